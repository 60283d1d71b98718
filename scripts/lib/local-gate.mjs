// Runs the built gate (dist/index.js) on a project outside GitHub, the way the runner would:
// inputs as INPUT_* variables, output, state and summary files. Shared by scripts/run-local.mjs
// (one project, the step's exit code) and scripts/examples.mjs (every bundled example).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The inputs a project implies: its package.json test script and its first task file, unless given. */
export function defaultInputs(projectDir, inputs = {}) {
  const result = { ...inputs }
  if (!result['test-command']) {
    const pkg = path.join(projectDir, 'package.json')
    const script = existsSync(pkg) ? JSON.parse(readFileSync(pkg, 'utf8')).scripts?.test : undefined
    if (script) result['test-command'] = script
  }
  if (!result['task-file']) {
    const tasks = path.join(projectDir, 'tasks')
    const first = existsSync(tasks) ? readdirSync(tasks).filter(f => f.endsWith('.md')).sort()[0] : undefined
    if (first) result['task-file'] = path.join('tasks', first)
  }
  return result
}

/**
 * Runs the gate on projectDir with these inputs. The job log goes to `echo` (a function taking
 * text), minus the workflow-command lines the runner would interpret. Returns the step's exit
 * status, its outputs and where the summary and job log are.
 */
export function runGate(projectDir, inputs, { echo = text => process.stdout.write(text), env: extraEnv = {} } = {}) {
  const out = path.join(ROOT, '.coach-gate', path.basename(projectDir))
  mkdirSync(out, { recursive: true })
  const outputFile = path.join(out, 'outputs.txt')
  const summaryFile = path.join(out, 'summary.md')
  const stateFile = path.join(out, 'state.txt')
  const jobLog = path.join(out, 'job.log')
  for (const file of [outputFile, summaryFile, stateFile]) writeFileSync(file, '')

  const env = { ...process.env, ...extraEnv, GITHUB_WORKSPACE: projectDir, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_STATE: stateFile, RUNNER_TEMP: out, GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_RUN_ATTEMPT: '1' }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'index.js')], { env, cwd: projectDir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })

  // The job log as the runner shows it, without the workflow-command lines it interprets.
  const commandLine = /^::(stop-commands|[0-9a-f]{32})::/
  const log = `${run.stdout.split('\n').filter(line => !commandLine.test(line)).join('\n')}${run.stderr}`
  writeFileSync(jobLog, log)
  echo(log)
  return { status: run.status ?? 1, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summaryFile, jobLog, error: run.error?.message }
}

/** Parses the `name<<delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputs(text) {
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
