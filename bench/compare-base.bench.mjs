// compare-base: the wall time the comparison with the base commit adds to a failing run. The built
// action under Node 24, a real git repository (a base commit, a pull request's commit on a
// branch, the event's pull_request.base.sha naming the base), a test command that takes about
// half a second and fails, with compare-base off and on-failure, interleaved. On a failing run
// the comparison costs one more test run plus a worktree checkout and removal; a passing run
// costs nothing (it is never compared), so that case is not measured.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { actionRun } from './lib/action-env.mjs'
import { against, DIST, fmt, interleaved, machineLoad, NODE24, runCount, stats, timed, triple, writeResult } from './lib/measure.mjs'

const runs = runCount(7)
const failures = []
// A TAP suite of 40 tests that takes ~0.5 s and fails one of them the same way at base and head.
const SUITE = [
  "const sleep = ms => new Promise(r => setTimeout(r, ms))",
  ';(async () => {',
  "  console.log('TAP version 13'); console.log('1..40')",
  '  for (let i = 1; i <= 40; i++) {',
  '    await sleep(12)',
  "    if (i === 7) { console.log(`not ok ${i} - totals ${i}`); console.log('  ---'); console.log('  message: \"expected 4 to equal 5\"'); console.log('  ...') }",
  '    else console.log(`ok ${i} - totals ${i}`)',
  '  }',
  '  process.exit(1)',
  '})()',
  ''
].join('\n')

const git = (cwd, ...args) => execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim()

const variant = compare => async () => {
  const run = actionRun('node test/suite.cjs')
  try {
    const ws = run.workspace
    git(ws, 'init', '-q')
    mkdirSync(path.join(ws, 'test'), { recursive: true })
    writeFileSync(path.join(ws, 'test', 'suite.cjs'), SUITE)
    writeFileSync(path.join(ws, 'app.js'), 'module.exports = 1\n')
    git(ws, 'add', '-A')
    git(ws, 'commit', '-qm', 'base')
    const baseSha = git(ws, 'rev-parse', 'HEAD')
    git(ws, 'checkout', '-qb', 'feature')
    writeFileSync(path.join(ws, 'app.js'), 'module.exports = 2\n')
    git(ws, 'commit', '-qam', 'head')
    const repo = { full_name: 'octo-org/widgets', name: 'widgets', owner: { login: 'octo-org' } }
    writeFileSync(run.env.GITHUB_EVENT_PATH, JSON.stringify({ number: 1, pull_request: { number: 1, body: null, head: { sha: 'b'.repeat(40), repo }, base: { sha: baseSha, repo } }, repository: repo }))
    const env = { ...run.env, GITHUB_EVENT_NAME: 'pull_request', 'INPUT_GITHUB-TOKEN': '', 'INPUT_FAIL-ON-FEEDBACK': 'false', 'INPUT_COMPARE-BASE': compare, 'INPUT_REQUIRES-INFRASTRUCTURE': 'postgresql' }
    const result = await timed(NODE24, [DIST], { cwd: ws, env })
    if (result.code !== 0) failures.push(`compare-base ${compare} exited ${result.code}: ${result.stderr.trim().split('\n').pop()}`)
    const outputs = execFileSync('cat', [run.env.GITHUB_OUTPUT], { encoding: 'utf8' })
    const compared = /pre-existing-failures<<\S+\n1\n/.test(outputs)
    if (compare === 'on-failure' && !compared) failures.push('compare-base on-failure did not compare (pre-existing-failures is not 1)')
    if (compare === 'off' && compared) failures.push('compare-base off compared')
    return result
  } finally {
    run.cleanup()
  }
}

const samples = await interleaved({ off: variant('off'), on: variant('on-failure') }, { runs, warmup: 1 })
const wall = name => samples[name].map(r => r.ms)
const added = against(wall('on'), wall('off'))
const off = stats(wall('off'))
const on = stats(wall('on'))
console.log(`compare-base: ${runs} interleaved runs of a failing 40-test TAP suite (~0.5 s), Node 24; ${machineLoad()}`)
console.log(`  compare-base off          wall ${triple(off, ' ms')}`)
console.log(`  compare-base on-failure   wall ${triple(on, ' ms')}`)
console.log(`  ratio on / off            wall ${triple(added.ratio, '×', 2)}`)
console.log(`  added (on − off)          wall ${triple(added.difference, ' ms')}`)
console.log('  what is added: one more run of the suite at base, plus git rev-parse, worktree add, the links, worktree remove and prune')
writeResult('compare-base', {
  runs,
  samples,
  figures: [
    { name: 'compare-base: added wall time on a failing run', unit: 'ms', value: added.difference.median, baseline: `compare-base off: median ${fmt(off.median)} ms`, ratio: added.ratio, difference: added.difference }
  ],
  failures
})
if (failures.length > 0) {
  console.error(`compare-base: ${failures.length} run(s) went wrong:\n  ${[...new Set(failures)].join('\n  ')}`)
  process.exit(1)
}
