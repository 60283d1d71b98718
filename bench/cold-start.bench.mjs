// Cold start: the time for Node 24 to load dist/index.js and reach its first decision (no
// inputs, so it stops at the first input check), against `node -e 0`. Then the bundle: its size
// on disk, what every run loads, and what dominates it (esbuild's metafile of the same build).
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { against, DIST, fmt, interleaved, machineLoad, NODE24, ROOT, runCount, stats, timed, triple, writeResult } from './lib/measure.mjs'

const runs = runCount(20)
const env = { PATH: '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' }
const failures = []
const run = (args, expected) => async () => {
  const result = await timed(NODE24, args, { env, cwd: ROOT })
  if (result.code !== expected) failures.push(`node ${args.join(' ')} exited ${result.code}, expected ${expected}`)
  return result
}
// Exit 1 is expected: without INPUT_TEST-COMMAND the action reports the missing input and fails.
const samples = await interleaved({ baseline: run(['-e', '0'], 0), load: run([DIST], 1) }, { runs })
const wall = name => samples[name].map(r => r.ms)
const cpu = name => samples[name].map(r => r.cpuMs)
const { ratio, difference } = against(wall('load'), wall('baseline'))
const cpuAdded = against(cpu('load'), cpu('baseline'))
const base = stats(wall('baseline'))
const load = stats(wall('load'))

console.log(`cold start: ${runs} interleaved runs under Node 24; ${machineLoad()}`)
console.log(`  node -e 0 (baseline)              ${triple(base, ' ms')}`)
console.log(`  node dist/index.js (no inputs)    ${triple(load, ' ms')}`)
console.log(`  ratio                             ${triple(ratio, '×', 2)}`)
console.log(`  added by the bundle               ${triple(difference, ' ms')}`)
console.log(`  CPU: node -e 0 median ${fmt(stats(cpu('baseline')).median)} ms, dist/index.js median ${fmt(stats(cpu('load')).median)} ms; added ${triple(cpuAdded.difference, ' ms')}, ratio ${triple(cpuAdded.ratio, '×', 2)}`)

// Bundle size: every file of dist/, and the entry chunk that every run parses.
const files = []
const walk = dir => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full)
    else files.push({ file: path.relative(ROOT, full), bytes: statSync(full).size })
  }
}
walk(path.join(ROOT, 'dist'))
files.sort((a, b) => b.bytes - a.bytes)
const total = files.reduce((sum, f) => sum + f.bytes, 0)
const entry = files.find(f => f.file === 'dist/index.js')?.bytes ?? 0
const kb = bytes => `${fmt(bytes / 1024)} KB`
console.log(`bundle: ${kb(total)} in ${files.length} files; loaded by every run: dist/index.js ${kb(entry)} (+ shared chunks it imports)`)
for (const f of files) console.log(`  ${f.file.padEnd(40)} ${kb(f.bytes).padStart(9)}`)

// What dominates: rebuild in memory with the same options and a metafile (needs esbuild,
// a devDependency; skipped with a note when it is not installed).
let contributors = {}
try {
  const { build } = await import('esbuild')
  const { buildOptions, vendorOptions } = await import(path.join(ROOT, 'scripts', 'build-options.mjs'))
  const outputs = {}
  for (const options of [buildOptions, vendorOptions]) {
    const result = await build({ ...options, absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'silent' })
    Object.assign(outputs, result.metafile.outputs)
  }
  for (const [file, output] of Object.entries(outputs)) {
    const byPackage = {}
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)
      const owner = match ? match[1] : input.startsWith('src/') ? 'src (coach-gate)' : input
      byPackage[owner] = (byPackage[owner] ?? 0) + bytesInOutput
    }
    const top = Object.entries(byPackage).sort((a, b) => b[1] - a[1]).slice(0, 6)
    if (top.length === 0) continue // esbuild's shared runtime helpers
    contributors[file] = Object.fromEntries(top)
    console.log(`  ${file}: ${top.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`)
  }
} catch (error) {
  contributors = { error: String(error) }
  console.log(`  (contributors not computed: ${error.message})`)
}

writeResult('cold-start', {
  runs,
  samples_ms: samples,
  bundle: { total_bytes: total, entry_bytes: entry, files, contributors },
  figures: [
    { name: 'cold start: load dist/index.js, wall', unit: 'ms', value: difference.median, baseline: `node -e 0: median ${fmt(base.median)} ms`, ratio, difference },
    { name: 'cold start: load dist/index.js, CPU', unit: 'ms', value: cpuAdded.difference.median, baseline: `node -e 0: median ${fmt(stats(cpu('baseline')).median)} ms CPU`, ratio: cpuAdded.ratio, difference: cpuAdded.difference },
    { name: 'bundle: dist/index.js (every run)', unit: 'KB', value: entry / 1024, baseline: `all of dist/: ${kb(total)}` }
  ],
  failures
})
if (failures.length > 0) {
  console.error(`cold start: ${[...new Set(failures)].join('; ')}`)
  process.exit(1)
}
