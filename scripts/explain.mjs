#!/usr/bin/env node
// Prints the classifier's verdict on one log, unit by unit: `node scripts/explain.mjs path/to.log`.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadClassifier } from './classifier-bundle.mjs'

const { classifyText } = await loadClassifier(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'))
for (const file of process.argv.slice(2)) {
  const v = classifyText(readFileSync(file, 'utf8'))
  console.log(`${file}: ${v.classification}/${v.confidence} [${v.services.join(',')}${v.unnamedService ? ' +unnamed' : ''}] ${v.ruleId}`)
  console.log(`  ${v.explanation}`)
  for (const t of v.tests) console.log(`  - ${t.scope} ${t.runner} ${JSON.stringify(t.name).slice(0, 80)}: ${t.outcome} ${t.classification}/${t.confidence} [${t.services}] ${t.ruleId} ${t.evidence ? `@${t.evidence.line} ${t.evidence.text.slice(0, 100)}` : ''}`)
  for (const e of v.evidence.slice(0, 6)) console.log(`    · ${e.line} ${e.kind}/${e.confidence} ${e.service} ${e.ruleId}: ${e.text.slice(0, 110)}${e.note ? ` (${e.note})` : ''}`)
}
