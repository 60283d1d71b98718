// What `npm run build` stores of the knowledge base (the classifier's derived knowledge,
// src/classify/derived.ts; the services' names, src/knowledge/names.ts) is exactly what the
// knowledge base derives now, and a piece is used only for the very sources it was derived from.
import { describe, expect, it } from 'vitest'
import { DERIVED } from '../../src/classify/derived.generated.js'
import { derivedModule, deriveKnowledge } from '../../src/classify/derive-all.js'
import { lineStartIndex, storedPiece } from '../../src/classify/derived.js'
import { AnchorScanner, LineStartIndex } from '../../src/classify/scan.js'
import { MARKER_PATTERNS } from '../../src/classify/markers.js'
import { readFileSync } from 'node:fs'
import { SERVICE_NAMES } from '../../src/knowledge/names.generated.js'
import { deriveNames, namesModule } from '../../src/knowledge/derive-names.js'

describe('the derived knowledge the build stores', () => {
  it('is what the rules, markers and signs derive now (run `npm run build` when this fails)', () => {
    const derived = deriveKnowledge()
    expect(JSON.parse(DERIVED)).toEqual(derived)
    expect(readFileSync('src/classify/derived.generated.ts', 'utf8')).toBe(derivedModule())
  })

  it('is used only for the sources it was derived from', () => {
    const markers = deriveKnowledge().markers as { key: string }
    expect(storedPiece('markers', markers.key)).toBeDefined()
    expect(storedPiece('markers', `${markers.key}\n/^a new marker/`)).toBeUndefined()
    expect(storedPiece('no such piece', markers.key)).toBeUndefined()
    // A marker the stored index was not derived from is still indexed (derived on the spot).
    const added = [...MARKER_PATTERNS, /^ZZZ new runner (?<name>\S+)/]
    const index = lineStartIndex('markers', added)
    expect(index.candidates('ZZZ new runner x')).toContain(added.length - 1)
  })

  it('restores an automaton and an index that answer as the ones derived', () => {
    const scanner = new AnchorScanner(['refused', 'econn', 'pass ', '✓ '], [1, 2, 4, 8], [[0], [], [1], [2]], 3)
    const restored = new AnchorScanner(scanner.toData())
    const tags = new Int32Array(scanner.words)
    const again = new Int32Array(restored.words)
    for (const line of ['connection refused', 'ECONNREFUSED', 'PASS x', '  ✓ ok', 'nothing', 'Refused ✓ pass econn']) {
      expect(restored.scan(line, again)).toBe(scanner.scan(line, tags))
      expect([...again]).toEqual([...tags])
    }
    // Tags read after the scan (tagsOfLastScan), and a line too long to note its outputs one by one, answer the same.
    const later = new Int32Array(scanner.words)
    for (const line of ['PASS ✓ refused', `${'x'.repeat(9000)} pass ✓ `, `${'pass '.repeat(3000)}econn`]) {
      const bits = scanner.scan(line, tags)
      expect(restored.scan(line)).toBe(bits)
      restored.tagsOfLastScan(later)
      expect([...later]).toEqual([...tags])
      expect(bits & 15).toBe(line.includes('econn') ? 6 : 12 | (line.includes('refused') ? 1 : 0))
    }
    const patterns = [{ source: '^\\s*ok ', caseless: false }, { source: '^PASS', caseless: true }, { source: 'anywhere', caseless: false }]
    const index = new LineStartIndex(patterns)
    const copy = new LineStartIndex(index.toData())
    for (const line of ['ok 1', '   ok 2', 'pass', 'x', '', '   ']) expect(copy.candidates(line)).toEqual(index.candidates(line))
  })
})

describe('the services\' names the build stores', () => {
  it('are what definitions.ts gives now (run `npm run build` when this fails)', () => {
    expect(SERVICE_NAMES).toEqual(deriveNames())
    expect(readFileSync('src/knowledge/names.generated.ts', 'utf8')).toBe(namesModule())
  })
})
