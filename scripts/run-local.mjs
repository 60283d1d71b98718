#!/usr/bin/env node
// Runs the built gate (dist/index.js) on one project outside GitHub, the way the runner
// would, prints the verdict, and exits with the step's exit code (1 on feedback), for scripting.
// `npm run example` runs every bundled example instead (scripts/examples.mjs).
//
//   node scripts/run-local.mjs [project-dir] [--test-command CMD] [--task-file FILE] [--input name=value ...]
import { existsSync } from 'node:fs'
import path from 'node:path'
import { defaultInputs, runGate } from './lib/local-gate.mjs'

const args = process.argv.slice(2)
const inputs = {}
let project = 'examples/needs-postgres'
for (let i = 0; i < args.length; i++) {
  const arg = args[i]
  if (arg === '--test-command') inputs['test-command'] = args[++i]
  else if (arg === '--task-file') inputs['task-file'] = args[++i]
  else if (arg === '--input') {
    const [name, ...value] = args[++i].split('=')
    inputs[name] = value.join('=')
  } else if (arg === '--help' || arg === '-h') {
    console.log('usage: node scripts/run-local.mjs [project-dir] [--test-command CMD] [--task-file FILE] [--input name=value ...]')
    process.exit(0)
  } else project = arg
}

const projectDir = path.resolve(project)
if (!existsSync(projectDir)) {
  console.error(`run-local: no such project directory: ${project}`)
  process.exit(2)
}
const all = defaultInputs(projectDir, inputs)
if (!all['test-command']) {
  console.error('run-local: give --test-command (the project has no package.json test script)')
  process.exit(2)
}

const run = runGate(projectDir, all)
console.log('\n──────── coach-gate verdict ────────')
console.log(run.outputs.summary ?? '(no verdict: see the errors above)')
for (const name of ['decision', 'approved-without-independent-tests', 'classification', 'confidence', 'service', 'rule', 'docker-available', 'requires-infrastructure', 'task-id']) {
  if (name in run.outputs) console.log(`  ${name.padEnd(36)} ${run.outputs[name]}`)
}
console.log(`\nJob summary written to ${path.relative(process.cwd(), run.summaryFile)}`)
if (run.outputs['report-path']) console.log(`Audit report: ${run.outputs['report-path']}\nFull test log: ${run.outputs['log-path']}`)
process.exit(run.status)
