// Overhead: what the gate adds to a job. The built action running a test command that does
// nothing (`true`), under Node 24 with the runner's environment and Docker unavailable, against
// bare Node 24 running the same command. Also times the parts, to show where the time goes.
import path from 'node:path'
import { actionRun } from './lib/action-env.mjs'
import { against, DIST, fmt, interleaved, NODE24, ROOT, runCount, stats, timed, triple, writeResult } from './lib/measure.mjs'

const TARGET_MS = 100
const runs = runCount(15)

const failures = []
const check = (label, result, expected = 0) => {
  if (result.code !== expected) failures.push(`${label} exited ${result.code} (expected ${expected}): ${result.stderr.trim().split('\n').pop()}`)
  return result.ms
}
const bare = path.join(ROOT, 'bench', 'fixtures', 'bare-run.mjs')
const inRunner = async (label, args, { testCommand = 'true', expected = 0, drop = [] } = {}) => {
  const run = actionRun(testCommand)
  for (const name of drop) delete run.env[name]
  try {
    return check(label, await timed(NODE24, args, { cwd: run.workspace, env: run.env }), expected)
  } finally {
    run.cleanup()
  }
}

const samples = await interleaved({
  baseline: () => inRunner('bare node', [bare, 'true']),
  action: () => inRunner('action', [DIST]),
  // The parts: Node itself, loading the bundle (it stops at the first input check), the probe.
  nodeStartup: () => inRunner('node -e 0', ['-e', '0']),
  bundleLoad: () => inRunner('bundle load', [DIST], { drop: ['INPUT_TEST-COMMAND'], expected: 1 }),
  dockerProbe: async () => {
    const run = actionRun('true')
    try {
      // Exit 1 is the expected answer of `docker info` with no daemon; no binary is a 0 ms probe.
      return await timed('docker', ['info', '--format', '{{.ServerVersion}}'], { env: run.env }).then(r => r.ms, () => 0)
    } finally {
      run.cleanup()
    }
  }
}, { runs })

const { ratio, difference } = against(samples.action, samples.baseline)
const s = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, stats(values)]))
console.log(`overhead: ${runs} interleaved runs, test command \`true\`, Docker unavailable (socket nobody listens on), Node ${NODE24}`)
console.log(`  bare node 24 + command (baseline)  ${triple(s.baseline, ' ms')}`)
console.log(`  built action + command             ${triple(s.action, ' ms')}`)
console.log(`  ratio action / baseline            ${triple(ratio, '×', 2)}`)
console.log(`  overhead (action − baseline)       ${triple(difference, ' ms')}   target ≤ ${TARGET_MS} ms at the median: ${difference.median <= TARGET_MS ? 'met' : 'NOT met'}`)
console.log('  where the time goes (medians):')
console.log(`    node -e 0                        ${fmt(s.nodeStartup.median)} ms`)
console.log(`    bundle load (to first input check) ${fmt(s.bundleLoad.median - s.nodeStartup.median)} ms above node -e 0`)
console.log(`    docker info, no daemon           ${fmt(s.dockerProbe.median)} ms (concurrent with the task read and the tests)`)
console.log(`    rest of the run (settings, task, tests, report, outputs, summary) ${fmt(s.action.median - s.bundleLoad.median - (s.baseline.median - s.nodeStartup.median))} ms`)

writeResult('overhead', {
  runs,
  samples_ms: samples,
  figures: [
    { name: 'overhead: action vs bare node, `true`', unit: 'ms', value: difference.median, baseline: `bare Node 24 running the command: median ${fmt(s.baseline.median)} ms`, ratio, difference, target: `≤ ${TARGET_MS} ms`, met: difference.median <= TARGET_MS }
  ],
  parts_ms: { node_startup: s.nodeStartup, bundle_load: s.bundleLoad, docker_probe: s.dockerProbe },
  failures
})
if (failures.length > 0) {
  console.error(`overhead: ${failures.length} run(s) went wrong:\n  ${[...new Set(failures)].join('\n  ')}`)
  process.exit(1)
}
