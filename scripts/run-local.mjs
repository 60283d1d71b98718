#!/usr/bin/env node
// Runs the built gate (dist/index.js) on a project outside GitHub, the way the runner
// would: inputs as INPUT_* variables, output and summary files, then prints the verdict.
//
//   node scripts/run-local.mjs [project-dir] [--test-command CMD] [--task-file FILE] [--input name=value ...]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
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
if (!inputs['test-command']) {
  const pkg = path.join(projectDir, 'package.json')
  const script = existsSync(pkg) ? JSON.parse(readFileSync(pkg, 'utf8')).scripts?.test : undefined
  if (!script) {
    console.error('run-local: give --test-command (the project has no package.json test script)')
    process.exit(2)
  }
  inputs['test-command'] = script
}
if (!inputs['task-file']) {
  const tasks = path.join(projectDir, 'tasks')
  const first = existsSync(tasks) ? readdirSync(tasks).filter(f => f.endsWith('.md')).sort()[0] : undefined
  if (first) inputs['task-file'] = path.join('tasks', first)
}

const out = path.join(root, '.coach-gate', path.basename(projectDir))
mkdirSync(out, { recursive: true })
const outputFile = path.join(out, 'outputs.txt')
const summaryFile = path.join(out, 'summary.md')
const stateFile = path.join(out, 'state.txt')
writeFileSync(outputFile, '')
writeFileSync(summaryFile, '')
writeFileSync(stateFile, '')

const env = { ...process.env, GITHUB_WORKSPACE: projectDir, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_STATE: stateFile, RUNNER_TEMP: out, GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_RUN_ATTEMPT: '1' }
for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
const run = spawnSync(process.execPath, [path.join(root, 'dist', 'index.js')], { env, cwd: projectDir, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' })

// Show the job log as the runner would, minus the workflow-command lines it interprets.
const commandLine = /^::(stop-commands|[0-9a-f]{32})::/
process.stdout.write(run.stdout.split('\n').filter(line => !commandLine.test(line)).join('\n'))

const outputs = parseOutputs(readFileSync(outputFile, 'utf8'))
console.log('\n──────── coach-gate verdict ────────')
console.log(outputs.summary ?? '(no verdict: see the errors above)')
for (const name of ['decision', 'approved-without-independent-tests', 'classification', 'confidence', 'service', 'rule', 'docker-available', 'requires-infrastructure', 'task-id']) {
  if (name in outputs) console.log(`  ${name.padEnd(36)} ${outputs[name]}`)
}
console.log(`\nJob summary written to ${path.relative(process.cwd(), summaryFile)}`)
if (outputs['report-path']) console.log(`Audit report: ${outputs['report-path']}\nFull test log: ${outputs['log-path']}`)
process.exit(run.status ?? 1)

function parseOutputs(text) {
  const result = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const value = []
    while (++i < lines.length && lines[i] !== match[2]) value.push(lines[i])
    result[match[1]] = value.join('\n')
  }
  return result
}
