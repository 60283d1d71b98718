#!/usr/bin/env node
// Generates, so they cannot drift:
// - README.md's input and output tables, from action.yml (the gate) and merge/action.yml (the
//   merge sub-action);
// - README.md's and BENCHMARKS.md's accuracy tables, from `node scripts/accuracy.mjs --json`;
// - BENCHMARKS.md's bundle sizes, from the built files in dist/ (sizes rounded to whole KB; each
//   file's largest parts from the `// node_modules/<package>/...` and `// src/...` headers esbuild
//   writes before each module's code).
//
//   node scripts/docs.mjs           rewrite the blocks between the marker comments
//   node scripts/docs.mjs --check   exit 1 (and say what differs) when a file is out of date
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { figures } from './lib/corpus.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

/** Text safe inside a markdown table cell: one line, pipes escaped. */
export function cell(text) {
  return String(text).trim().replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')
}

export function inputsTable(action) {
  const rows = Object.entries(action.inputs ?? {}).map(([name, spec]) => {
    const required = spec.required === true || spec.required === 'true'
    const fallback = spec.default === undefined || spec.default === '' ? (required ? '**required**' : '(empty)') : `\`${cell(spec.default)}\``
    return `| \`${name}\` | ${fallback} | ${cell(spec.description ?? '')} |`
  })
  return ['| input | default | description |', '|---|---|---|', ...rows].join('\n')
}

export function outputsTable(action) {
  const rows = Object.entries(action.outputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? '')} |`)
  return ['| output | description |', '|---|---|', ...rows].join('\n')
}

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export function replaceBetween(text, name, body, source = 'action.yml', file = 'README.md') {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} markers`)
  return `${text.slice(0, from + start.length)}\n<!-- generated from ${source} by \`npm run docs\`; do not edit by hand -->\n${body}\n${text.slice(to)}`
}

/** The gate's tables from action.yml and, when given, the merge sub-action's from merge/action.yml. */
export function renderReadme(readme, actionYaml, mergeYaml) {
  const action = parse(actionYaml)
  const gate = replaceBetween(replaceBetween(readme, 'inputs', inputsTable(action)), 'outputs', outputsTable(action))
  if (mergeYaml === undefined) return gate
  const merge = parse(mergeYaml)
  return replaceBetween(replaceBetween(gate, 'merge-inputs', inputsTable(merge), 'merge/action.yml'), 'merge-outputs', outputsTable(merge), 'merge/action.yml')
}

const pct = x => `${(100 * x).toFixed(1)}%`

/** Per split, the figures of `accuracy.mjs --json`'s cases, checked against its own `splits`. */
export function splitFigures(accuracy) {
  const out = {}
  for (const name of ['test', 'train']) {
    const cases = accuracy.cases.filter(c => c.split === name)
    const f = figures(cases)
    for (const key of ['precision', 'recall', 'accuracy', 'dangerous']) {
      if (Math.abs(f[key] - accuracy.splits[name][key]) > 1e-9) throw new Error(`accuracy --json: the ${name} split's ${key} is not what its cases give`)
    }
    out[name] = { ...f, projects: new Set(cases.map(c => c.project)).size }
  }
  return out
}

/** The accuracy table (both splits), the same in README.md and BENCHMARKS.md. */
export function accuracyTable(accuracy) {
  const f = splitFigures(accuracy)
  const row = (label, s) => `| ${label} | ${s.projects} | ${s.cases} | ${pct(s.precision)} (${s.counts.rightHigh}/${s.counts.calledHigh}) | ${pct(s.recall)} (${s.counts.rightHigh}/${s.counts.expectedHigh}) | ${pct(s.accuracy)} (${s.counts.threeWay}/${s.cases}) | ${s.dangerous} |`
  return [
    `On projects the rules were not written from (the test split: ${f.test.projects} projects, ${f.test.cases} logs), the classifier's precision is ${pct(f.test.precision)}, its recall ${pct(f.test.recall)} and its three-way accuracy ${pct(f.test.accuracy)}.`,
    '',
    '| split | projects | logs | precision of infrastructure/high, right service | recall of infrastructure/high, right service | three-way accuracy (infrastructure/high, /ambiguous, code) | code defects called infrastructure/high |',
    '|---|---|---|---|---|---|---|',
    row('test: projects the rules were not written from', f.test),
    row('train', f.train),
    '| target | | | ≥ 98% | ≥ 90% | ≥ 90% | 0 |'
  ].join('\n')
}

const kb = bytes => `${Math.round(bytes / 1024)} KB`

/** Bytes of a built file per package (or `coach-gate` for src/), from esbuild's module headers. */
export function partsOf(text) {
  const parts = {}
  let owner
  for (const line of text.split('\n')) {
    const header = /^\/\/ (node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\/\S*|src\/\S+|[a-z-]+:\S+)$/.exec(line)
    if (header) owner = header[2] ?? (header[1].startsWith('src/') ? 'coach-gate' : header[1].split(':')[1])
    if (owner !== undefined) parts[owner] = (parts[owner] ?? 0) + Buffer.byteLength(line) + 1
  }
  return Object.entries(parts).sort((a, b) => b[1] - a[1])
}

const BUNDLES = [
  { pattern: /^index\.js$/, label: '`dist/index.js`', loaded: 'every run' },
  { pattern: /^post\.js$/, label: '`dist/post.js`', loaded: 'the post step (removes surviving service containers)' },
  { pattern: /^merge\.js$/, label: '`dist/merge.js`', loaded: 'the merge sub-action (`merge/action.yml`)' },
  { pattern: /^chunks\/github-.*\.js$/, label: '`dist/chunks/github-*.js`', loaded: 'pull request events with a token, at the first API call' },
  { pattern: /^vendor\/gray-matter\.cjs$/, label: '`dist/vendor/gray-matter.cjs`', loaded: "when a task's frontmatter is parsed" },
  { pattern: /^chunks\/junit-reports-.*\.js$/, label: '`dist/chunks/junit-reports-*.js`', loaded: 'a failed run with `junit-paths` (the XML parser)' },
  // What the entry points share with the chunks they load on demand: esbuild puts it in chunks of
  // its own. Those index.js imports (directly or through another) are loaded by every run.
  { pattern: /^chunks\/chunk-.*\.js$/, atStart: true, label: '`dist/chunks/chunk-*.js` imported by `dist/index.js`', loaded: 'every run (code index.js shares with the chunks loaded on demand)', several: true },
  { pattern: /^chunks\/.*\.js$/, atStart: false, label: 'the other `dist/chunks/*.js`', loaded: 'on demand: the classifier at the first line of test output; what only a failed run needs (verdicts combined, runner checks, compare-base, locations); services; minimatch; the file walker', several: true }
]

/** The chunks dist/index.js imports statically, directly or through one another. */
function chunksAtStart(files) {
  const byName = new Map(files.map(f => [f.file, f]))
  const found = new Set()
  const visit = (file, dir) => {
    for (const m of byName.get(file)?.text().matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*"\.\/([^"]+)"/gm) ?? []) {
      const target = path.posix.join(dir, m[1])
      if (found.has(target)) continue
      found.add(target)
      visit(target, path.posix.dirname(target))
    }
  }
  visit('index.js', '.')
  return found
}

/** Every file of a dist/ folder: path relative to it, bytes, text. */
export function distFiles(dist) {
  const files = []
  const walk = dir => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry)
      if (statSync(full).isDirectory()) walk(full)
      else files.push({ file: path.relative(dist, full).split(path.sep).join('/'), bytes: statSync(full).size, text: () => readFileSync(full, 'utf8') })
    }
  }
  walk(dist)
  return files
}

/** BENCHMARKS.md's bundle table, from the built files. */
export function sizesTable(files) {
  const atStart = chunksAtStart(files)
  const named = BUNDLES.filter(b => b.atStart === undefined)
  const rows = BUNDLES.map(b => {
    const matched = files.filter(f => b.pattern.test(f.file) && (b.atStart === undefined || (atStart.has(f.file) === b.atStart && !named.some(n => n.pattern.test(f.file)))))
    if (matched.length === 0 || (matched.length > 1 && !b.several)) throw new Error(`dist/: expected one file for ${b.label}, found ${matched.length} (run npm run build)`)
    const bytes = matched.reduce((sum, f) => sum + f.bytes, 0)
    const merged = new Map()
    for (const f of matched) for (const [name, n] of partsOf(f.text())) merged.set(name, (merged.get(name) ?? 0) + n)
    const parts = [...merged].sort((a, b) => b[1] - a[1]).filter(([, n]) => n >= 1024).slice(0, 3).map(([name, n]) => `${name} ${kb(n)}`)
    const label = matched.length > 1 ? `${b.label} (${matched.length} files)` : b.label
    return `| ${label} | ${kb(bytes)} | ${b.loaded} | ${parts.join(', ') || '(none over 1 KB)'} |`
  })
  const total = files.reduce((sum, f) => sum + f.bytes, 0)
  return ['| file | size | loaded | largest parts |', '|---|---|---|---|', ...rows, `| all of \`dist/\` (${files.length} files, \`licenses.txt\` included) | ${kb(total)} | | |`].join('\n')
}

/** The blocks BENCHMARKS.md generates. */
export function renderBenchmarks(text, accuracy, files) {
  const withAccuracy = replaceBetween(text, 'accuracy', accuracyTable(accuracy), '`npm run -s accuracy -- --json`', 'BENCHMARKS.md')
  return replaceBetween(withAccuracy, 'sizes', sizesTable(files), 'the built dist/', 'BENCHMARKS.md')
}

/** README.md: the action tables, and the accuracy table. */
export function renderReadmeAll(readme, actionYaml, mergeYaml, accuracy) {
  return replaceBetween(renderReadme(readme, actionYaml, mergeYaml), 'accuracy', accuracyTable(accuracy), '`npm run -s accuracy -- --json`')
}

/** What `node scripts/accuracy.mjs --json` prints, whatever its exit status (a broken floor is its own check). */
export function accuracyJson() {
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'accuracy.mjs'), '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  try {
    return JSON.parse(run.stdout)
  } catch {
    throw new Error(`scripts/accuracy.mjs --json printed no JSON (exit ${run.status}): ${run.stderr.slice(-500)}`)
  }
}

function main() {
  const check = process.argv.includes('--check')
  const dist = path.join(root, 'dist')
  if (!existsSync(path.join(dist, 'index.js'))) {
    console.error('docs: dist/ is not built: run npm run build first')
    process.exit(1)
  }
  const accuracy = accuracyJson()
  const targets = [
    { file: 'README.md', render: text => renderReadmeAll(text, readFileSync(path.join(root, 'action.yml'), 'utf8'), readFileSync(path.join(root, 'merge', 'action.yml'), 'utf8'), accuracy), from: 'action.yml, merge/action.yml and accuracy --json' },
    { file: 'BENCHMARKS.md', render: text => renderBenchmarks(text, accuracy, distFiles(dist)), from: 'accuracy --json and the built dist/' }
  ]
  let stale = 0
  for (const { file, render, from } of targets) {
    const full = path.join(root, file)
    const have = readFileSync(full, 'utf8')
    const wanted = render(have)
    if (wanted === have) {
      console.log(`docs: ${file} matches ${from}`)
      continue
    }
    if (!check) {
      writeFileSync(full, wanted)
      console.log(`docs: ${file} rewritten from ${from}`)
      continue
    }
    stale++
    const haveLines = have.split('\n')
    const wantLines = wanted.split('\n')
    const first = wantLines.findIndex((line, i) => line !== haveLines[i])
    console.error(`docs: ${file} is out of date with ${from} (first difference at ${file}:${first + 1})`)
    console.error(`  ${file} has:  ${haveLines[first] ?? '(end of file)'}`)
    console.error(`  generated:   ${wantLines[first] ?? '(end of file)'}`)
  }
  if (stale > 0) {
    console.error('Run `npm run docs` and commit the files.')
    process.exit(1)
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
