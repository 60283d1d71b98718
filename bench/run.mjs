// `npm run bench`: runs every bench/*.bench.mjs in turn (each prints its own figures and writes
// .tmp/bench/<name>.json), then prints one table of every figure. Exits non-zero when a
// benchmark failed. Usage: node bench/run.mjs [name ...]  (e.g. `npm run bench -- overhead`).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const resultsDir = path.join(here, '..', '.tmp', 'bench')
const wanted = process.argv.slice(2)
const benches = readdirSync(here)
  .filter(file => file.endsWith('.bench.mjs'))
  .map(file => file.slice(0, -'.bench.mjs'.length))
  .filter(name => wanted.length === 0 || wanted.includes(name))
  .sort()
if (benches.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ')}`)
  process.exit(1)
}

const outcomes = []
for (const name of benches) {
  const resultFile = path.join(resultsDir, `${name}.json`)
  rmSync(resultFile, { force: true }) // a failed run must not show the last run's figures
  console.log(`\n── bench/${name}.bench.mjs`)
  const started = Date.now()
  const run = spawnSync(process.execPath, [path.join(here, `${name}.bench.mjs`)], { stdio: 'inherit' })
  const seconds = (Date.now() - started) / 1000
  const ok = run.status === 0
  let result
  try {
    result = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : undefined
  } catch (error) {
    console.error(`bench/${name}: unreadable ${resultFile}: ${error.message}`)
  }
  outcomes.push({ name, ok: ok && result !== undefined, status: run.status ?? run.signal, seconds, result })
}

const fmt = value => (typeof value !== 'number' ? String(value) : Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(Math.abs(value) >= 10 ? 1 : 2))
const triple = s => (s && typeof s.median === 'number' ? `${fmt(s.min)} / ${fmt(s.median)} / ${fmt(s.max)}` : '')
/** Figures a benchmark lists; without a `figures` list, its top-level numbers. */
function figuresOf(result) {
  if (Array.isArray(result?.figures)) return result.figures
  return Object.entries(result ?? {}).filter(([, value]) => typeof value === 'number').map(([name, value]) => ({ name, value }))
}

const rows = [['bench', 'figure', 'value', 'ratio min / median / max', 'baseline', 'target']]
for (const outcome of outcomes) {
  if (!outcome.ok) {
    rows.push([outcome.name, `FAILED (exit ${outcome.status})`, '', '', '', ''])
    continue
  }
  for (const figure of figuresOf(outcome.result)) {
    const target = figure.target ? `${figure.target}${figure.met === undefined ? '' : figure.met ? ' met' : ' NOT met'}` : ''
    rows.push([outcome.name, figure.name, `${fmt(figure.value)}${figure.unit ? ` ${figure.unit}` : ''}`, triple(figure.ratio), figure.baseline ?? '', target])
  }
}
const widths = rows[0].map((_, column) => Math.max(...rows.map(row => row[column].length)))
console.log(`\n── benchmarks, ${new Date().toISOString().slice(0, 10)}, ${process.platform} ${process.arch}, results in .tmp/bench/`)
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd())
  if (i === 0) console.log(widths.map(width => '─'.repeat(width)).join('  '))
}
const failed = outcomes.filter(outcome => !outcome.ok)
console.log(`\n${outcomes.length - failed.length} of ${outcomes.length} benchmarks ran${failed.length ? `; failed: ${failed.map(o => o.name).join(', ')}` : ''}`)
process.exit(failed.length > 0 ? 1 : 0)
