// Corroboration: what checking the claim on the runner adds to a run that approves. The built
// action (dist/index.js) replays a pytest log refused on 127.0.0.1:5432, postgresql declared,
// Docker unavailable: it connects to 127.0.0.1:5432 once, is refused, and approves conditionally.
// Against it, the same sources bundled the same way with the Runtime's checks answered at once
// (no connection, no lookup, no child process): the same run without the checks. Target: the
// checks add less than 50 ms at the median (issue 24).
import { build } from 'esbuild'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { actionRun } from './lib/action-env.mjs'
import { buildOptions } from '../scripts/build-options.mjs'
import { against, DIST, fmt, interleaved, machineLoad, NODE24, ROOT, runCount, stats, timed, triple, writeResult } from './lib/measure.mjs'

const TARGET_MS = 50
const runs = runCount(15)
const failures = []

// The same run without the checks: the Runtime of a real step, its checks answered at once.
const outdir = path.join(ROOT, '.tmp', 'bench', 'no-checks')
rmSync(outdir, { recursive: true, force: true })
await build({
  ...buildOptions,
  entryPoints: undefined,
  stdin: {
    resolveDir: ROOT,
    sourcefile: 'no-checks-entry.ts',
    loader: 'ts',
    contents: [
      "import { run } from './src/main.js'",
      "import { actionsRuntime } from './src/shell/runtime.js'",
      'const instant = { outcome: "refused", detail: "not checked (benchmark baseline)" } as const',
      'await run({ ...actionsRuntime(), checks: {',
      '  connect: async () => instant,',
      '  resolve: async () => ({ outcome: "not-found", detail: "not checked" }),',
      '  module: async () => ({ outcome: "absent", detail: "not checked" }),',
      '  pythonDistributions: async () => undefined,',
      '  tool: async () => ({ outcome: "absent", detail: "not checked" })',
      '} })'
    ].join('\n')
  },
  outdir,
  entryNames: 'index',
  chunkNames: 'chunks/[name]-[hash]'
})
// gray-matter is loaded from ./vendor beside the entry; this run reads no frontmatter, but keep the layout whole.
const NO_CHECKS = path.join(outdir, 'index.js')

const LOG = [
  'collected 1 item',
  'tests/test_db.py F',
  '=================================== FAILURES ===================================',
  'E   psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused',
  '=========================== short test summary info ============================',
  'FAILED tests/test_db.py::test_insert - psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused',
  '1 failed in 0.05s'
].join('\n')

const approving = (label, entry) => async () => {
  const run = actionRun('cat output.log; exit 1')
  run.env['INPUT_REQUIRES-INFRASTRUCTURE'] = 'postgresql'
  run.env['INPUT_REPORT-DIRECTORY'] = path.join(run.dir, 'reports')
  try {
    const { writeFileSync } = await import('node:fs')
    writeFileSync(path.join(run.workspace, 'output.log'), `${LOG}\n`)
    const result = await timed(NODE24, [entry], { cwd: run.workspace, env: run.env })
    const outputs = readFileSync(run.env.GITHUB_OUTPUT, 'utf8')
    if (!/approved-without-independent-tests<<\S+\ntrue\n/.test(outputs)) failures.push(`${label} did not approve conditionally (exit ${result.code}): ${result.stderr.trim().split('\n').pop()}`)
    if (label === 'with checks' && !readFileSync(run.env.GITHUB_STEP_SUMMARY, 'utf8').includes('checked: nothing accepts on 127.0.0.1:5432')) failures.push('with checks: the summary does not show the check')
    // The check's own time, as the action measured and reported it (report: corroboration[].time_ms).
    const report = JSON.parse(readFileSync(path.join(run.dir, 'reports', 'coach_turn_1.json'), 'utf8'))
    return { ...result, checkMs: (report.corroboration ?? []).reduce((sum, c) => sum + c.time_ms, 0) }
  } finally {
    run.cleanup()
  }
}

const samples = await interleaved({ withoutChecks: approving('without checks', NO_CHECKS), withChecks: approving('with checks', DIST) }, { runs })
const wall = name => samples[name].map(r => r.ms)
const cpu = name => samples[name].map(r => r.cpuMs)
const added = against(wall('withChecks'), wall('withoutChecks'))
const addedCpu = against(cpu('withChecks'), cpu('withoutChecks'))
const w = { with: stats(wall('withChecks')), without: stats(wall('withoutChecks')) }
const checkMs = stats(samples.withChecks.map(r => r.checkMs))
const met = added.difference.median < TARGET_MS
console.log(`corroborate: ${runs} interleaved runs of an approving run (refused on 127.0.0.1:5432, postgresql declared, Docker unavailable), Node 24; ${machineLoad()}`)
console.log(`  without the checks (instant answers)  wall ${triple(w.without, ' ms')}`)
console.log(`  with the checks (dist/index.js)       wall ${triple(w.with, ' ms')}`)
console.log(`  ratio with / without                  wall ${triple(added.ratio, '×', 3)};  CPU ${triple(addedCpu.ratio, '×', 3)}`)
console.log(`  added by the checks                   wall ${triple(added.difference, ' ms')};  CPU ${triple(addedCpu.difference, ' ms')}`)
console.log(`  the check itself (report time_ms)     ${triple(checkMs, ' ms', 2)}`)
console.log(`  target: < ${TARGET_MS} ms wall at the median: ${met ? 'met' : 'NOT met'}`)

writeResult('corroborate', {
  runs,
  samples,
  figures: [
    { name: 'corroboration: added to an approving run, wall', unit: 'ms', value: added.difference.median, baseline: `the same run, checks answered at once: median ${fmt(w.without.median)} ms`, ratio: added.ratio, difference: added.difference, target: `< ${TARGET_MS} ms`, met },
    { name: 'corroboration: added to an approving run, CPU', unit: 'ms', value: addedCpu.difference.median, baseline: 'the same run, checks answered at once', ratio: addedCpu.ratio, difference: addedCpu.difference },
    { name: 'corroboration: the connect check itself (report time_ms)', unit: 'ms', value: checkMs.median, baseline: 'one connect to 127.0.0.1:5432, refused' }
  ],
  failures
})
if (failures.length > 0) {
  console.error(`corroborate: ${failures.length} run(s) went wrong:\n  ${[...new Set(failures)].join('\n  ')}`)
  process.exit(1)
}
if (!met) process.exit(1)
