// Overhead: what the gate adds to a job. The built action running a test command that does
// nothing (`true`), under Node 24 with the runner's environment and Docker unavailable, against
// bare Node 24 running the same command. Also times the parts, to show where the time goes.
import path from 'node:path'
import { actionRun } from './lib/action-env.mjs'
import { against, DIST, fmt, interleaved, machineLoad, NODE24, ROOT, runCount, stats, timed, triple, writeResult } from './lib/measure.mjs'

// Absolute times differ from machine to machine: the target is the ratio to bare Node in the same run.
const TARGET_RATIO = 1.3
const runs = runCount(15)
const failures = []
const bare = path.join(ROOT, 'bench', 'fixtures', 'bare-run.mjs')
const least = path.join(ROOT, 'bench', 'fixtures', 'least-run.mjs')

/** One run in a fresh runner directory; `expected` is the exit code that means it went right. */
const inRunner = (label, command, args, { expected = 0, drop = [] } = {}) => async () => {
  const run = actionRun('true')
  for (const name of drop) delete run.env[name]
  try {
    const result = await timed(command, args, { cwd: run.workspace, env: run.env })
    if (![expected].flat().includes(result.code)) {
      failures.push(`${label} exited ${result.code} (expected ${expected}): ${result.stderr.trim().split('\n').pop()}`)
    }
    return result
  } finally {
    run.cleanup()
  }
}

const samples = await interleaved({
  baseline: inRunner('bare node', NODE24, [bare, 'true']),
  action: inRunner('action', NODE24, [DIST]),
  // The floor: a hand-written script doing only what SPEC.md's flow asks of a passing run (least-run.mjs).
  leastFlow: inRunner('least flow', NODE24, [least]),
  // The parts: Node itself, loading the bundle (it stops at the first input check), the probe.
  nodeStartup: inRunner('node -e 0', NODE24, ['-e', '0']),
  bundleLoad: inRunner('bundle load', NODE24, [DIST], { drop: ['INPUT_TEST-COMMAND'], expected: 1 }),
  // `docker info` answers 1 without a daemon; 127 (no docker binary) makes the probe instant.
  dockerProbe: inRunner('docker info', 'docker', ['info', '--format', '{{.ServerVersion}}'], { expected: [1, 127] })
}, { runs })

const wall = name => samples[name].map(r => r.ms)
const cpu = name => samples[name].map(r => r.cpuMs)
const overhead = against(wall('action'), wall('baseline'))
const overheadCpu = against(cpu('action'), cpu('baseline'))
const floor = against(wall('leastFlow'), wall('baseline'))
const w = Object.fromEntries(Object.keys(samples).map(name => [name, stats(wall(name))]))
const c = Object.fromEntries(Object.keys(samples).map(name => [name, stats(cpu(name))]))
const met = overhead.ratio.median <= TARGET_RATIO
console.log(`overhead: ${runs} interleaved runs, test command \`true\`, Docker unavailable (socket nobody listens on), Node 24; ${machineLoad()}`)
console.log(`  bare Node 24 + command (baseline)  wall ${triple(w.baseline, ' ms')};  CPU median ${fmt(c.baseline.median)} ms`)
console.log(`  built action + command             wall ${triple(w.action, ' ms')};  CPU median ${fmt(c.action.median)} ms`)
console.log(`  ratio action / baseline            wall ${triple(overhead.ratio, '×', 2)};  CPU ${triple(overheadCpu.ratio, '×', 2)}`)
console.log(`  overhead (action − baseline)       wall ${triple(overhead.difference, ' ms')};  CPU ${triple(overheadCpu.difference, ' ms')}`)
console.log(`  target: ≤ ${TARGET_RATIO}× bare Node, wall at the median: ${met ? 'met' : 'NOT met'}`)
console.log(`  floor: SPEC's flow and nothing else (bench/fixtures/least-run.mjs) / baseline, wall ${triple(floor.ratio, '×', 2)}`)
console.log('  where the time goes (medians, wall / CPU):')
console.log(`    Node 24 start (node -e 0)         ${fmt(w.nodeStartup.median)} / ${fmt(c.nodeStartup.median)} ms (paid by the baseline too)`)
console.log(`    loading dist/index.js             ${fmt(w.bundleLoad.median - w.nodeStartup.median)} / ${fmt(c.bundleLoad.median - c.nodeStartup.median)} ms above node -e 0`)
console.log(`    docker info, no daemon            ${fmt(w.dockerProbe.median)} / ${fmt(c.dockerProbe.median)} ms (runs alongside the task read and the tests)`)
console.log(`    the rest of the run               ${fmt(w.action.median - w.bundleLoad.median - (w.baseline.median - w.nodeStartup.median))} / ${fmt(c.action.median - c.bundleLoad.median - c.dockerProbe.median - (c.baseline.median - c.nodeStartup.median))} ms (settings, task, spawn, report, outputs, summary)`)

writeResult('overhead', {
  runs,
  samples,
  figures: [
    { name: 'overhead: action vs bare node, wall', unit: 'ms', value: overhead.difference.median, baseline: `bare Node 24 running \`true\`: median ${fmt(w.baseline.median)} ms`, ratio: overhead.ratio, difference: overhead.difference, target: `≤ ${TARGET_RATIO}× bare Node`, met },
    { name: 'overhead floor: least SPEC flow vs bare node, wall', unit: 'ms', value: floor.difference.median, baseline: `bare Node 24 running \`true\`: median ${fmt(w.baseline.median)} ms`, ratio: floor.ratio, difference: floor.difference },
    { name: 'overhead: action vs bare node, CPU', unit: 'ms', value: overheadCpu.difference.median, baseline: `bare Node 24 running \`true\`: median ${fmt(c.baseline.median)} ms CPU`, ratio: overheadCpu.ratio, difference: overheadCpu.difference }
  ],
  parts: { wall_ms: w, cpu_ms: c },
  failures
})
if (failures.length > 0) {
  console.error(`overhead: ${failures.length} run(s) went wrong:\n  ${[...new Set(failures)].join('\n  ')}`)
  process.exit(1)
}
