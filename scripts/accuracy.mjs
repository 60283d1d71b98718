#!/usr/bin/env node
// Accuracy of the classifier on the corpus of real failure logs in __fixtures__/logs
// (each <case>.log beside <case>.json with the expected verdict and its provenance).
// Prints accuracy, the confusion matrix, and the count of code defects called
// infrastructure/high, the one mistake that approves untested work: the script fails
// when that count is above zero. Usage: node scripts/accuracy.mjs [corpus-dir] [--verbose]
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { loadClassifier } from './classifier-bundle.mjs'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const dir = path.resolve(args.find(a => !a.startsWith('--')) ?? '__fixtures__/logs')
const { classifyText } = await loadClassifier()

function* cases(folder) {
  for (const entry of readdirSync(folder).sort()) {
    const full = path.join(folder, entry)
    if (statSync(full).isDirectory()) yield* cases(full)
    else if (entry.endsWith('.json') && existsSync(full.replace(/\.json$/, '.log'))) yield full
  }
}

const label = v => `${v.classification}/${v.confidence}`
const LABELS = ['infrastructure/high', 'infrastructure/ambiguous', 'code/high', 'code/ambiguous']
const matrix = new Map(LABELS.map(e => [e, new Map(LABELS.map(a => [a, 0]))]))
const byStack = new Map()
let total = 0
let exact = 0
let classOnly = 0
const dangerous = []
const overconfident = []
const wrong = []
for (const file of cases(dir)) {
  const spec = JSON.parse(readFileSync(file, 'utf8'))
  const log = readFileSync(file.replace(/\.json$/, '.log'), 'utf8')
  const v = classifyText(log)
  const expected = spec.expected
  const name = path.relative(dir, file).replace(/\.json$/, '')
  const actualService = v.services.join(',')
  const serviceOk = expected.classification !== 'infrastructure' || (expected.service ?? '') === actualService
  const ok = label(expected) === label(v) && serviceOk
  total++
  if (ok) exact++
  if (expected.classification === v.classification) classOnly++
  matrix.get(label(expected))?.set(label(v), (matrix.get(label(expected))?.get(label(v)) ?? 0) + 1)
  const stack = spec.stack ?? name.split('/')[0]
  const s = byStack.get(stack) ?? { total: 0, exact: 0 }
  s.total++
  if (ok) s.exact++
  byStack.set(stack, s)
  const line = `${name}: expected ${label(expected)} ${expected.service ?? ''}, got ${label(v)} ${actualService} [${v.ruleId}]`
  if (expected.classification === 'code' && label(v) === 'infrastructure/high') dangerous.push(line)
  else if (expected.confidence === 'ambiguous' && label(v) === 'infrastructure/high') overconfident.push(line)
  if (!ok) wrong.push(line)
}

if (total === 0) {
  console.error(`no cases found under ${dir}`)
  process.exit(1)
}
const pct = n => `${((100 * n) / total).toFixed(1)}%`
console.log(`corpus: ${dir} (${total} cases)`)
console.log(`accuracy (classification, confidence and service): ${exact}/${total} = ${pct(exact)}`)
console.log(`accuracy (classification only): ${classOnly}/${total} = ${pct(classOnly)}`)
console.log('\nconfusion matrix (rows expected, columns classified):')
const width = 26
console.log(''.padEnd(width) + LABELS.map(l => l.padStart(width)).join(''))
for (const e of LABELS) console.log(e.padEnd(width) + LABELS.map(a => String(matrix.get(e).get(a)).padStart(width)).join(''))
console.log('\nby stack:')
for (const [stack, s] of [...byStack].sort()) console.log(`  ${stack.padEnd(22)} ${s.exact}/${s.total}`)
if (wrong.length > 0 && (verbose || wrong.length <= 40)) console.log(`\nmisclassified (${wrong.length}):\n  ${wrong.join('\n  ')}`)
console.log(`\nambiguous infrastructure called infrastructure/high: ${overconfident.length}`)
for (const d of overconfident) console.log(`  ${d}`)
console.log(`code defects called infrastructure/high: ${dangerous.length}`)
for (const d of dangerous) console.log(`  ${d}`)

mkdirSync('.tmp/results', { recursive: true })
writeFileSync('.tmp/results/accuracy.json', `${JSON.stringify({ passed: dangerous.length === 0 ? 1 : 0, failed: dangerous.length === 0 ? 0 : 1, cases: total, exact, classOnly, dangerous: dangerous.length, overconfident: overconfident.length })}\n`)
process.exit(dangerous.length === 0 ? 0 : 1)
