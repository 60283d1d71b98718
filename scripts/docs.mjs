#!/usr/bin/env node
// Generates the README's input and output tables from action.yml, so the two cannot drift.
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
export function replaceBetween(text, name, body) {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} markers`)
  return `${text.slice(0, from + start.length)}\n<!-- generated from action.yml by \`npm run docs\`; do not edit by hand -->\n${body}\n${text.slice(to)}`
}

export function renderReadme(readme, actionYaml) {
  const action = parse(actionYaml)
  return replaceBetween(replaceBetween(readme, 'inputs', inputsTable(action)), 'outputs', outputsTable(action))
}

function main() {
  const check = process.argv.includes('--check')
  const readmePath = path.join(root, 'README.md')
  const readme = readFileSync(readmePath, 'utf8')
  const wanted = renderReadme(readme, readFileSync(path.join(root, 'action.yml'), 'utf8'))
  if (!check) {
    if (wanted !== readme) writeFileSync(readmePath, wanted)
    console.log(wanted === readme ? 'docs: README.md already matches action.yml' : 'docs: README.md tables rewritten from action.yml')
    return
  }
  if (wanted === readme) {
    console.log('docs: README.md input/output tables match action.yml')
    return
  }
  const have = readme.split('\n')
  const want = wanted.split('\n')
  const first = want.findIndex((line, i) => line !== have[i])
  console.error(`docs: README.md is out of date with action.yml (first difference at README.md:${first + 1})`)
  console.error(`  README.md has:  ${have[first] ?? '(end of file)'}`)
  console.error(`  action.yml says: ${want[first] ?? '(end of file)'}`)
  console.error('Run `npm run docs` and commit README.md.')
  process.exit(1)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
