#!/usr/bin/env node
// Scores the floor (__fixtures__/floor): honest logs of broken code that each also contain a
// refused connection somewhere. None of them may come out infrastructure/high: that verdict lets a
// PR be approved without its tests, and in every one of these a real defect (or a failure nothing
// explains) is in the log. Prints each case's expected and actual verdict, totals per kind, and
// exits 1 when any case is called infrastructure/high.
//
// Usage: node scripts/floor/score.mjs [--quiet] [--json]
//   --quiet  only the cases called infrastructure/high, and the totals
//   --json   one JSON object with every case's verdict (for tooling)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { loadClassifier } from '../classifier-bundle.mjs'

const args = process.argv.slice(2)
const quiet = args.includes('--quiet')
const asJson = args.includes('--json')
const FLOOR = path.resolve('__fixtures__/floor')

function* cases(folder) {
  for (const entry of readdirSync(folder).sort()) {
    const full = path.join(folder, entry)
    if (statSync(full).isDirectory()) yield* cases(full)
    else if (entry.endsWith('.json') && existsSync(full.replace(/\.json$/, '.log'))) yield full
  }
}

const { classifyText } = await loadClassifier()
const isHigh = v => v.classification === 'infrastructure' && v.confidence === 'high'
const label = v => (v.classification === 'code' ? 'code' : `${v.classification}/${v.confidence}`)

const results = []
for (const file of cases(FLOOR)) {
  const spec = JSON.parse(readFileSync(file, 'utf8'))
  if (spec.expected.classification === 'infrastructure' && spec.expected.confidence === 'high') {
    throw new Error(`${file}: a floor case is never labelled infrastructure/high`)
  }
  const kind = spec.kind ?? path.basename(path.dirname(file))
  const v = classifyText(readFileSync(file.replace(/\.json$/, '.log'), 'utf8'))
  results.push({ id: spec.id, kind, expected: label(spec.expected), got: label(v), service: (v.services ?? []).join(','), high: isHigh(v) })
}

const high = results.filter(r => r.high)
const kinds = [...new Set(results.map(r => r.kind))]
if (asJson) {
  console.log(JSON.stringify({ cases: results.length, infrastructureHigh: high.length, results }, null, 2))
} else {
  const rows = quiet ? high : results
  const w = Math.max(10, ...rows.map(r => `${r.kind}/${r.id}`.length))
  if (rows.length > 0) console.log(`${'case'.padEnd(w)}  ${'expected'.padEnd(24)}  ${'got'.padEnd(24)}  service`)
  for (const r of rows) {
    console.log(`${`${r.kind}/${r.id}`.padEnd(w)}  ${r.expected.padEnd(24)}  ${(r.got + (r.high ? ' !!' : '')).padEnd(24)}  ${r.service}`)
  }
  console.log('')
  for (const k of kinds) {
    const of = results.filter(r => r.kind === k)
    console.log(`${k.padEnd(28)} ${of.filter(r => r.high).length} of ${of.length} called infrastructure/high`)
  }
  console.log(`\n${high.length} of ${results.length} called infrastructure/high`)
}
process.exit(high.length > 0 ? 1 : 0)
