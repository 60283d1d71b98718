// The house (docs/design.md, "Where each step lives"): src/ has a folder per stage, a thin shell
// at the top, and imports that go one way, from the shell down to knowledge/ and common/, which
// import nothing of the project. A new import that goes up or sideways fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve(__dirname, '../../src')

/** What each folder may import besides itself. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  knowledge: [],
  common: [],
  classify: ['knowledge', 'common'],
  inputs: ['knowledge', 'common'],
  task: ['inputs', 'knowledge', 'common'],
  services: ['classify', 'inputs', 'knowledge', 'common'],
  corroborate: ['classify', 'knowledge', 'common'],
  decide: ['services', 'classify', 'inputs', 'knowledge', 'common'],
  tests: ['decide', 'services', 'classify', 'inputs', 'knowledge', 'common'],
  compare: ['tests', 'decide', 'services', 'classify', 'inputs', 'knowledge', 'common'],
  report: ['corroborate', 'compare', 'tests', 'decide', 'services', 'task', 'classify', 'inputs', 'knowledge', 'common'],
  shell: ['corroborate', 'report', 'compare', 'tests', 'decide', 'services', 'task', 'classify', 'inputs', 'knowledge', 'common'],
  merge: ['report', 'decide', 'classify', 'inputs', 'knowledge', 'common']
}

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) yield* sources(full)
    else if (entry.endsWith('.ts')) yield full
  }
}

const folderOf = (file: string): string => path.relative(SRC, file).split(path.sep)[0] as string

describe('the house', () => {
  it('has at most four files at the top of src/ and a thin main.ts', () => {
    const top = readdirSync(SRC).filter(e => statSync(path.join(SRC, e)).isFile())
    expect(top.length).toBeLessThanOrEqual(4)
    expect(readFileSync(path.join(SRC, 'main.ts'), 'utf8').split('\n').length).toBeLessThanOrEqual(80)
  })

  it('has a README in every folder saying what it owns and what it may import', () => {
    for (const folder of Object.keys(MAY_IMPORT)) {
      const text = readFileSync(path.join(SRC, folder, 'README.md'), 'utf8')
      expect(text, folder).toMatch(/may\s+import/i)
    }
  })

  it('imports only downwards', () => {
    const wrong: string[] = []
    for (const file of sources(SRC)) {
      const from = folderOf(file)
      const allowed = MAY_IMPORT[from]
      if (allowed === undefined) continue // the entry points at the top
      for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const to = folderOf(path.resolve(path.dirname(file), match[1] as string))
        if (to !== from && !allowed.includes(to)) wrong.push(`${path.relative(SRC, file)} imports ${match[1]}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('knows every folder', () => {
    const folders = readdirSync(SRC).filter(e => statSync(path.join(SRC, e)).isDirectory())
    expect(folders.sort()).toEqual(Object.keys(MAY_IMPORT).sort())
  })
})

describe('the documents name files that exist', () => {
  it('every src/ path README.md, docs/design.md and BENCHMARKS.md cite is there', () => {
    const root = path.resolve(SRC, '..')
    const missing: string[] = []
    for (const doc of ['README.md', 'docs/design.md', 'BENCHMARKS.md']) {
      for (const match of readFileSync(path.join(root, doc), 'utf8').matchAll(/\bsrc\/[\w/.-]+\.(?:ts|md)\b/g)) {
        try {
          statSync(path.join(root, match[0]))
        } catch {
          missing.push(`${doc}: ${match[0]}`)
        }
      }
    }
    expect(missing).toEqual([])
  })
})
