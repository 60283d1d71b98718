#!/usr/bin/env node
// How right the classifier is on real failure logs nobody wrote for it (__fixtures__/corpus: suites
// run here under controlled conditions, and logs quoted in public issue threads), and on the
// project's own fixtures (__fixtures__/logs). Each case is <id>.log beside <id>.json with the
// expected verdict and where the log came from (see __fixtures__/corpus/README.md).
//
// The real corpus is split by a hash of each case's id: a third is the frozen test split, not read
// while writing rules. Figures per split: precision and recall of infrastructure/high with the
// right service (the class that approves), three-way accuracy, the confusion matrix, per
// ecosystem. Fails (CI's floor) when a code defect comes out infrastructure/high (except the real
// logs __fixtures__/corpus/floor.json lists as known: a wrong port that reads exactly like a
// missing service), or when a split's precision, recall or accuracy falls below what it records.
//
// Usage: node scripts/accuracy.mjs [--show] [--record] [--corpus dir]
//   --show    list the misclassified cases of the train split (never the test split's)
//   --record  write today's figures as the new floor
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { loadClassifier } from './classifier-bundle.mjs'

const args = process.argv.slice(2)
const show = args.includes('--show')
const record = args.includes('--record')
const corpusArg = args.indexOf('--corpus')
const CORPUS = path.resolve(corpusArg >= 0 ? args[corpusArg + 1] : '__fixtures__/corpus')
const OWN = path.resolve('__fixtures__/logs')
const FLOOR = path.join(CORPUS, 'floor.json')
const { classifyText } = await loadClassifier()

function* cases(folder) {
  if (!existsSync(folder)) return
  for (const entry of readdirSync(folder).sort()) {
    const full = path.join(folder, entry)
    if (statSync(full).isDirectory()) yield* cases(full)
    else if (entry.endsWith('.json') && existsSync(full.replace(/\.json$/, '.log'))) yield full
  }
}

/** The frozen split: a third of the ids, by hash, never by content. */
export function splitOf(id) {
  return createHash('sha256').update(id).digest()[0] % 3 === 0 ? 'test' : 'train'
}

const THREE_WAY = v => (v.classification === 'code' ? 'code' : v.classification === 'infrastructure' ? `infrastructure/${v.confidence}` : 'none')
const LABELS = ['infrastructure/high', 'infrastructure/ambiguous', 'code']

function evaluate(root, withSplit) {
  const results = []
  for (const file of cases(root)) {
    const spec = JSON.parse(readFileSync(file, 'utf8'))
    const id = spec.id ?? path.relative(root, file).replace(/\.json$/, '')
    const v = classifyText(readFileSync(file.replace(/\.json$/, '.log'), 'utf8'))
    const expected = spec.expected
    const ecosystem = spec.ecosystem ?? spec.stack ?? id.split('/')[0]
    results.push({ id, split: withSplit ? splitOf(id) : 'own', ecosystem, expected, actual: v })
  }
  return results
}

function figures(results) {
  const total = results.length
  const isHigh = v => v.classification === 'infrastructure' && v.confidence === 'high'
  const sameService = r => (r.expected.service ?? '') === r.actual.services.join(',')
  const expectedHigh = results.filter(r => isHigh(r.expected))
  const calledHigh = results.filter(r => isHigh(r.actual))
  const rightHigh = calledHigh.filter(r => isHigh(r.expected) && sameService(r))
  const threeWay = results.filter(r => THREE_WAY(r.expected) === THREE_WAY(r.actual)).length
  const dangerous = results.filter(r => r.expected.classification === 'code' && isHigh(r.actual))
  const matrix = Object.fromEntries(LABELS.map(e => [e, Object.fromEntries(LABELS.map(a => [a, results.filter(r => THREE_WAY(r.expected) === e && THREE_WAY(r.actual) === a).length]))]))
  return {
    cases: total,
    precision: calledHigh.length === 0 ? 1 : rightHigh.length / calledHigh.length,
    recall: expectedHigh.length === 0 ? 1 : rightHigh.length / expectedHigh.length,
    accuracy: total === 0 ? 1 : threeWay / total,
    counts: { expectedHigh: expectedHigh.length, calledHigh: calledHigh.length, rightHigh: rightHigh.length, threeWay, dangerous: dangerous.length },
    matrix,
    dangerous
  }
}

const pct = x => `${(100 * x).toFixed(1)}%`
function print(name, f) {
  console.log(`\n${name}: ${f.cases} cases`)
  console.log(`  infrastructure/high with the right service: precision ${pct(f.precision)} (${f.counts.rightHigh}/${f.counts.calledHigh}), recall ${pct(f.recall)} (${f.counts.rightHigh}/${f.counts.expectedHigh})`)
  console.log(`  three-way accuracy (infrastructure/high, infrastructure/ambiguous, code): ${pct(f.accuracy)} (${f.counts.threeWay}/${f.cases})`)
  console.log(`  code defects called infrastructure/high: ${f.counts.dangerous}`)
  console.log(`  confusion (rows expected, columns classified): ${LABELS.map(l => l.padStart(26)).join('')}`)
  for (const e of LABELS) console.log(`  ${e.padEnd(48)}${LABELS.map(a => String(f.matrix[e][a]).padStart(26)).join('')}`)
}

const real = evaluate(CORPUS, true)
const own = evaluate(OWN, false)
const splits = { train: real.filter(r => r.split === 'train'), test: real.filter(r => r.split === 'test') }
const report = { date: new Date().toISOString().slice(0, 10), train: figures(splits.train), test: figures(splits.test), own: figures(own) }

console.log(`real-log corpus: ${CORPUS} (${real.length} cases; frozen test split: ${splits.test.length})`)
print('train split', report.train)
print('test split (frozen)', report.test)
const ecosystems = [...new Set(real.map(r => r.ecosystem))].sort()
console.log('\nper ecosystem (both splits): three-way accuracy, infrastructure/high precision and recall')
for (const e of ecosystems) {
  const f = figures(real.filter(r => r.ecosystem === e))
  console.log(`  ${e.padEnd(10)} ${String(f.cases).padStart(4)} cases  accuracy ${pct(f.accuracy).padStart(6)}  precision ${pct(f.precision).padStart(6)}  recall ${pct(f.recall).padStart(6)}`)
}
print('project fixtures (__fixtures__/logs, hand-made; not the published figure)', report.own)

const describe = r => `${r.id}: expected ${THREE_WAY(r.expected)} ${r.expected.service ?? ''}, got ${THREE_WAY(r.actual)} ${r.actual.services.join(',')} [${r.actual.ruleId}]`
if (show) {
  const wrong = [...splits.train, ...own].filter(r => THREE_WAY(r.expected) !== THREE_WAY(r.actual) || (THREE_WAY(r.expected) === 'infrastructure/high' && (r.expected.service ?? '') !== r.actual.services.join(',')))
  console.log(`\nmisclassified, train split and project fixtures (${wrong.length}):`)
  for (const r of wrong) console.log(`  ${describe(r)}`)
}
const dangerous = [...real, ...own].filter(r => r.expected.classification === 'code' && r.actual.classification === 'infrastructure' && r.actual.confidence === 'high')
for (const r of dangerous) console.log(`DANGEROUS (a code defect called infrastructure/high): ${r.split === 'test' ? `${r.id} (test split)` : describe(r)}`)

// The floor: what the repository recorded, per split. A code defect called infrastructure/high
// fails, except the real logs recorded as indistinguishable (a wrong port that reads exactly as
// a missing service); the project's own fixtures allow none.
const floor = existsSync(FLOOR) ? JSON.parse(readFileSync(FLOOR, 'utf8')) : undefined
const known = new Set(floor?.known_dangerous ?? [])
const failures = dangerous.filter(r => r.split === 'own' || !known.has(r.id)).map(r => `code defect called infrastructure/high: ${r.split === 'test' ? `(test split) ${r.id}` : r.id}`)
if (floor && !record) {
  for (const split of ['train', 'test']) {
    for (const key of ['precision', 'recall', 'accuracy']) {
      const recorded = floor[split]?.[key]
      if (recorded !== undefined && report[split][key] + 1e-9 < recorded) failures.push(`${split} ${key} ${pct(report[split][key])} is below the recorded floor ${pct(recorded)}`)
    }
  }
}
if (record) {
  const keep = s => ({ cases: report[s].cases, precision: report[s].precision, recall: report[s].recall, accuracy: report[s].accuracy })
  const knownDangerous = dangerous.filter(r => r.split !== 'own').map(r => r.id).sort()
  writeFileSync(FLOOR, `${JSON.stringify({ date: report.date, train: keep('train'), test: keep('test'), known_dangerous: knownDangerous }, null, 2)}\n`)
  console.log(`\nrecorded the floor in ${path.relative(process.cwd(), FLOOR)}`)
}
for (const f of failures) console.log(`FLOOR BROKEN: ${f}`)

mkdirSync('.tmp/results', { recursive: true })
writeFileSync('.tmp/results/accuracy.json', `${JSON.stringify({ passed: failures.length === 0 ? 1 : 0, failed: failures.length === 0 ? 0 : 1, train: report.train.counts, test: report.test.counts })}\n`)
process.exit(failures.length === 0 ? 0 : 1)
