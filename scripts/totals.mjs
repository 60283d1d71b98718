#!/usr/bin/env node
// Prints the totals of every suite CI ran, as its last line: `N passed, N failed`.
// Each suite leaves a JSON result in .tmp/results/: vitest's JSON report, or {passed, failed}.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const dir = path.resolve('.tmp/results')
let passed = 0
let failed = 0
const files = existsSync(dir) ? readdirSync(dir).filter(f => f.endsWith('.json')).sort() : []
for (const file of files) {
  const result = JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
  // vitest's JSON reporter, or a plain {passed, failed}
  const p = result.numPassedTests ?? result.passed ?? 0
  const f = (result.numFailedTests ?? result.failed ?? 0) + (result.numFailedTestSuites ?? 0)
  console.log(`${file.replace(/\.json$/, '').padEnd(16)} ${p} passed, ${f} failed`)
  passed += p
  failed += f
}
if (files.length === 0) {
  console.log('no suite results found in .tmp/results')
  failed += 1
}
console.log(`${passed} passed, ${failed} failed`)
