// Counts only, per project, for corpus projects kept out of rule-writing (issue 23, item 4):
//   node scripts/corpus/unseen-recall.mjs [--classifier-root DIR] [--runs DIR] ruby-sequel php-predis ...
// (folders under __fixtures__/corpus/runs, or under --runs DIR for runs kept outside the corpus;
// --classifier-root: a checkout whose src/classify to measure, default this one)
// Prints cases, infrastructure/high recall with the right service, and code runs called infrastructure/high.
// Deliberately prints no verdict of any single case.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { loadClassifier } from '../classifier-bundle.mjs'

const args = process.argv.slice(2)
const runsAt = args.indexOf('--runs')
const RUNS = path.resolve(runsAt >= 0 ? args.splice(runsAt, 2)[1] : '__fixtures__/corpus/runs')
const rootAt = args.indexOf('--classifier-root')
const root = rootAt >= 0 ? path.resolve(args.splice(rootAt, 2)[1]) : process.cwd()
const { classifyText } = await loadClassifier(root)
const isHigh = v => v.classification === 'infrastructure' && v.confidence === 'high'
const rows = []
const byCondition = {}
const total = { cases: 0, expectedHigh: 0, rightHigh: 0, code: 0, dangerous: 0, ambiguous: 0, ambiguousHigh: 0 }
for (const project of args) {
  const dir = path.join(RUNS, project)
  const row = { project, cases: 0, expectedHigh: 0, rightHigh: 0, code: 0, dangerous: 0, ambiguous: 0, ambiguousHigh: 0 }
  for (const f of readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
    const spec = JSON.parse(readFileSync(path.join(dir, f), 'utf8'))
    const v = classifyText(readFileSync(path.join(dir, f.replace(/\.json$/, '.log')), 'utf8'))
    row.cases++
    if (isHigh(spec.expected)) {
      const c = (byCondition[spec.condition] ??= { expectedHigh: 0, rightHigh: 0 })
      row.expectedHigh++
      c.expectedHigh++
      if (isHigh(v) && (spec.expected.service ?? '') === v.services.join(',')) {
        row.rightHigh++
        c.rightHigh++
      }
    }
    if (spec.expected.classification === 'infrastructure' && spec.expected.confidence === 'ambiguous') {
      row.ambiguous++
      if (isHigh(v)) row.ambiguousHigh++
    }
    if (spec.expected.classification === 'code') {
      row.code++
      if (isHigh(v)) row.dangerous++
    }
  }
  rows.push(row)
  for (const k of Object.keys(total)) total[k] += row[k]
}
rows.push({ project: 'all', ...total })
for (const r of rows) {
  console.log(`${r.project.padEnd(28)} cases ${String(r.cases).padStart(3)}  infra/high recall (right service) ${r.rightHigh}/${r.expectedHigh}  code called infra/high ${r.dangerous}/${r.code}` + (r.ambiguous ? `  infra/ambiguous called infra/high ${r.ambiguousHigh}/${r.ambiguous}` : ''))
}
for (const [c, n] of Object.entries(byCondition)) console.log(`  ${c.padEnd(26)} infra/high recall (right service) ${n.rightHigh}/${n.expectedHigh}`)
