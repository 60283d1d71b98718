// Memory: peak RSS of the action running a test command that prints 1 GB, against the same
// action running one that prints nothing. The action's own peak comes from the kernel
// (fixtures/max-rss.mjs); the whole process tree (node, bash, the command) is sampled from /proc.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { clearInterval, setInterval } from 'node:timers'
import { pathToFileURL } from 'node:url'
import { actionRun } from './lib/action-env.mjs'
import { against, DIST, fmt, machineLoad, NODE24, ROOT, runCount, stats, timed, triple, writeResult } from './lib/measure.mjs'

const TARGET_MB = 100
const GB = 1024 ** 3
const runs = runCount(3)
const LINE = 'ok 1 - user_store saves a user and reads it back (12 ms) with an ordinary line of output'
// pipefail is on in the action; `head` ending `yes` early must not count as a failure here.
const PRINTS_1GB = `set +o pipefail; yes '${LINE}' | head -c ${GB}`
const preload = pathToFileURL(path.join(ROOT, 'bench', 'fixtures', 'max-rss.mjs')).href
const failures = []

/** Sum of VmRSS over a process and its descendants, in KB (0 once it is gone). */
function treeRss(pid) {
  let total = 0
  const pending = [pid]
  while (pending.length > 0) {
    const current = pending.pop()
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${current}/status`, 'utf8'))?.[1] ?? 0)
      for (const task of readdirSync(`/proc/${current}/task`)) {
        pending.push(...readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number))
      }
    } catch {
      // exited between two reads
    }
  }
  return total
}

async function measure(label, testCommand, expectedBytes) {
  const run = actionRun(testCommand)
  const rssFile = path.join(run.dir, 'max-rss')
  let treePeak = 0
  let timer
  try {
    const pending = timed(NODE24, ['--import', preload, DIST], { cwd: run.workspace, env: { ...run.env, BENCH_RSS_FILE: rssFile } })
    // timed() spawned synchronously; find the child through this process's children.
    const sample = () => {
      for (const child of readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').split(' ').filter(Boolean)) {
        treePeak = Math.max(treePeak, treeRss(Number(child)))
      }
    }
    if (existsSync('/proc/self/status')) timer = setInterval(sample, 25)
    const result = await pending
    if (result.code !== 0) failures.push(`${label}: action exited ${result.code}: ${result.stderr.trim().split('\n').pop()}`)
    if (result.bytes < expectedBytes) failures.push(`${label}: the job log got ${result.bytes} bytes, expected at least ${expectedBytes}`)
    return { actionKB: Number(readFileSync(rssFile, 'utf8')), treeKB: treePeak, ms: result.ms }
  } finally {
    clearInterval(timer)
    run.cleanup()
  }
}

const quiet = []
const loud = []
for (let i = 0; i < runs; i++) {
  quiet.push(await measure('prints nothing', 'true', 0))
  loud.push(await measure('prints 1 GB', PRINTS_1GB, GB))
}
const mb = kb => kb / 1024
const actionDiff = against(loud.map(r => mb(r.actionKB)), quiet.map(r => mb(r.actionKB)))
const treeDiff = against(loud.map(r => mb(r.treeKB)), quiet.map(r => mb(r.treeKB)))
const s = (list, key) => stats(list.map(r => mb(r[key])))
console.log(`memory: ${runs} runs each, peak RSS in MB; ${machineLoad()}`)
console.log(`  action, prints nothing (baseline)  ${triple(s(quiet, 'actionKB'), ' MB')}`)
console.log(`  action, prints 1 GB                ${triple(s(loud, 'actionKB'), ' MB')}   (${fmt(stats(loud.map(r => r.ms / 1000)).median)} s a run)`)
console.log(`  ratio                              ${triple(actionDiff.ratio, '×', 2)}`)
console.log(`  added by 1 GB of output            ${triple(actionDiff.difference, ' MB')}   target < ${TARGET_MB} MB: ${actionDiff.difference.max < TARGET_MB ? 'met' : 'NOT met'}`)
console.log(`  whole tree (sampled every 25 ms):  nothing ${triple(s(quiet, 'treeKB'), ' MB')}; 1 GB ${triple(s(loud, 'treeKB'), ' MB')}`)

writeResult('memory', {
  runs,
  samples: { quiet, loud },
  figures: [
    { name: 'memory: peak RSS added by 1 GB of output', unit: 'MB', value: actionDiff.difference.median, baseline: `same action printing nothing: median ${fmt(s(quiet, 'actionKB').median)} MB`, ratio: actionDiff.ratio, difference: actionDiff.difference, target: `< ${TARGET_MB} MB`, met: actionDiff.difference.max < TARGET_MB },
    { name: 'memory: whole tree peak added by 1 GB', unit: 'MB', value: treeDiff.difference.median, baseline: 'same tree printing nothing', ratio: treeDiff.ratio, difference: treeDiff.difference }
  ],
  failures
})
if (failures.length > 0) {
  console.error(`memory: ${[...new Set(failures)].join('; ')}`)
  process.exit(1)
}
