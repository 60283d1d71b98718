#!/usr/bin/env node
// Generates the README's input and output tables from action.yml (the gate) and
// merge/action.yml (the merge sub-action), so they cannot drift.
//
//   node scripts/docs.mjs           rewrite the tables between the marker comments in README.md
//   node scripts/docs.mjs --check   exit 1 (and say what differs) when README.md is out of date
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

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
export function replaceBetween(text, name, body, source = 'action.yml') {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} markers`)
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

function main() {
  const check = process.argv.includes('--check')
  const readmePath = path.join(root, 'README.md')
  const readme = readFileSync(readmePath, 'utf8')
  const wanted = renderReadme(readme, readFileSync(path.join(root, 'action.yml'), 'utf8'), readFileSync(path.join(root, 'merge', 'action.yml'), 'utf8'))
  if (!check) {
    if (wanted !== readme) writeFileSync(readmePath, wanted)
    console.log(wanted === readme ? 'docs: README.md already matches action.yml and merge/action.yml' : 'docs: README.md tables rewritten from action.yml and merge/action.yml')
    return
  }
  if (wanted === readme) {
    console.log('docs: README.md input/output tables match action.yml and merge/action.yml')
    return
  }
  const have = readme.split('\n')
  const want = wanted.split('\n')
  const first = want.findIndex((line, i) => line !== have[i])
  console.error(`docs: README.md is out of date with action.yml or merge/action.yml (first difference at README.md:${first + 1})`)
  console.error(`  README.md has:  ${have[first] ?? '(end of file)'}`)
  console.error(`  the actions say: ${want[first] ?? '(end of file)'}`)
  console.error('Run `npm run docs` and commit README.md.')
  process.exit(1)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
