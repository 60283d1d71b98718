// The README's input and output tables are generated from action.yml and merge/action.yml, its and
// BENCHMARKS.md's accuracy tables from `accuracy --json`, and BENCHMARKS.md's sizes from dist/ (scripts/docs.mjs).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../harness/action.js'
// @ts-expect-error plain ESM script without type declarations
import { accuracyTable, cell, distFiles, partsOf, renderReadme, replaceBetween, sizesTable, splitFigures } from '../../scripts/docs.mjs'

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
const ACTION = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
const MERGE = readFileSync(path.join(ROOT, 'merge', 'action.yml'), 'utf8')

/** The README's text between a pair of markers. */
const block = (text: string, name: string): string => text.split(`<!-- ${name}:start -->`)[1]?.split(`<!-- ${name}:end -->`)[0] ?? ''

describe('scripts/docs.mjs', () => {
  it('finds the committed README in step with action.yml and merge/action.yml', () => {
    expect(renderReadme(README, ACTION, MERGE)).toBe(README)
  })

  it('notices a changed merge input, in the merge tables only', () => {
    const rendered = renderReadme(README, ACTION, MERGE.replace('default: \'\'\n', "default: '4'\n"))
    expect(block(rendered, 'merge-inputs')).toContain('| `expected-shards` | `4` |')
    expect(block(rendered, 'inputs')).toBe(block(README, 'inputs'))
    expect(block(rendered, 'merge-inputs')).toContain('<!-- generated from merge/action.yml by')
  })

  it('notices a new input and a changed description', () => {
    const changed = ACTION.replace('inputs:\n', "inputs:\n  extra-reports:\n    description: Extra report files | globs.\n    required: false\n    default: ''\n").replace('description: approve or feedback.', 'description: approve, or feedback.')
    const rendered = renderReadme(README, changed)
    expect(rendered).not.toBe(README)
    expect(rendered).toContain('| `extra-reports` | (empty) | Extra report files \\| globs. |')
    expect(rendered).toContain('| `decision` | approve, or feedback. |')
    // Only the generated blocks change.
    expect(rendered.split('<!-- inputs:start -->')[0]).toBe(README.split('<!-- inputs:start -->')[0])
  })

  it('lists every input and output of each action exactly once, in its own tables', () => {
    const gate = block(README, 'inputs') + block(README, 'outputs')
    for (const name of ['test-command', 'gates', 'task-file', 'fail-on-feedback', 'shard']) expect(gate.split(`| \`${name}\` |`).length).toBe(2)
    for (const name of ['decision', 'approved-without-independent-tests', 'report-path']) expect(gate.split(`| \`${name}\` |`).length).toBe(2)
    expect(README).toContain('| `test-command` | **required** |')
    const merge = block(README, 'merge-inputs') + block(README, 'merge-outputs')
    for (const name of ['reports', 'expected-shards', 'fail-on-feedback', 'decision', 'failure-signature', 'report-path']) expect(merge.split(`| \`${name}\` |`).length).toBe(2)
    expect(merge).toContain('| `reports` | **required** |')
    expect(merge).not.toContain('`test-command`')
  })

  it('keeps cells on one line with pipes escaped, and refuses a README without markers', () => {
    expect(cell('a | b\n  c')).toBe('a \\| b c')
    expect(() => replaceBetween('# no markers', 'inputs', 'x')).toThrow(/<!-- inputs:start -->/)
  })
})

describe('docs/design.md', () => {
  const design = readFileSync(path.join(ROOT, 'docs', 'design.md'), 'utf8')
  // The first column of the markdown table that follows a heading.
  const tableNames = (heading: string): string[] => {
    const section = design.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? ''
    return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map(m => m[1] as string)
  }
  const actionNames = (key: 'inputs' | 'outputs'): string[] => {
    const block = ACTION.split(`\n${key}:\n`)[1]?.split(/\n[a-z]+:\n/)[0] ?? ''
    return [...block.matchAll(/^ {2}([a-z-]+):$/gm)].map(m => m[1] as string)
  }

  it('lists exactly the inputs and outputs of action.yml', () => {
    expect(actionNames('inputs')).toContain('test-command')
    expect(tableNames('Inputs').sort()).toEqual(actionNames('inputs').sort())
    expect(tableNames('Outputs').sort()).toEqual(actionNames('outputs').sort())
  })

  it('is what the code cites: no source or test cites a contract outside the repository', () => {
    const cited = ['src/shell/gate.ts', 'src/task/task.ts', 'src/report/report.ts'].map(file => readFileSync(path.join(ROOT, file), 'utf8'))
    for (const text of cited) {
      expect(text).toContain('docs/design.md')
      expect(text).not.toMatch(/\bSPEC\.md\b/)
    }
  })
})

describe('BENCHMARKS.md sizes', () => {
  const BENCHMARKS = readFileSync(path.join(ROOT, 'BENCHMARKS.md'), 'utf8')
  const files = distFiles(path.join(ROOT, 'dist')) as { file: string; bytes: number }[]
  const sizes = block(BENCHMARKS, 'sizes')

  it('are the built files’ sizes, rounded to whole KB', () => {
    expect(sizes).toContain('<!-- generated from the built dist/ by')
    expect(sizesTable(distFiles(path.join(ROOT, 'dist')))).toBe(sizes.split('do not edit by hand -->\n')[1]?.trimEnd())
    const index = files.find(f => f.file === 'index.js')
    expect(index).toBeDefined()
    expect(sizes).toContain(`| \`dist/index.js\` | ${Math.round((index?.bytes ?? 0) / 1024)} KB | every run |`)
    const total = files.reduce((sum, f) => sum + f.bytes, 0)
    expect(sizes).toContain(`| ${Math.round(total / 1024)} KB |`)
  })

  it('quotes no other size of dist/index.js anywhere in the file', () => {
    const index = Math.round((files.find(f => f.file === 'index.js')?.bytes ?? 0) / 1024)
    const quoted = [...BENCHMARKS.matchAll(/`dist\/index\.js`\s*\|?\s*(\d+(?:\.\d+)?) KB/g)].map(m => Number(m[1]))
    expect(quoted).toEqual([index])
  })

  it('attributes a bundle’s bytes to the module headers esbuild writes', () => {
    const text = ['banner', '// node_modules/@actions/core/lib/core.js', 'x'.repeat(99), '// src/classify/index.ts', 'y'.repeat(9), '// node_modules/undici/lib/a.js', 'z'].join('\n')
    expect(partsOf(text)).toEqual([['@actions/core', 142], ['coach-gate', 35], ['undici', 34]])
  })
})

describe('accuracy tables', () => {
  const verdict = (classification: string, confidence: string, service = '') => ({ classification, confidence, service })
  const high = verdict('infrastructure', 'high', 'redis')
  const code = verdict('code', 'high')
  const sample = {
    cases: [
      { id: 'a', project: 'o/one', split: 'test', expected: high, got: high },
      { id: 'b', project: 'o/one', split: 'test', expected: code, got: high },
      { id: 'c', project: 'o/two', split: 'train', expected: code, got: code }
    ],
    splits: { test: { precision: 0.5, recall: 1, accuracy: 0.5, dangerous: 1 }, train: { precision: 1, recall: 1, accuracy: 1, dangerous: 0 } }
  }

  it('states the test split’s figures as those on projects the rules were not written from', () => {
    const table = accuracyTable(sample) as string
    expect(table).toContain('On projects the rules were not written from (the test split: 1 projects, 2 logs), the classifier\'s precision is 50.0%, its recall 100.0% and its three-way accuracy 50.0%.')
    expect(table).toContain('| test: projects the rules were not written from | 1 | 2 | 50.0% (1/2) | 100.0% (1/1) | 50.0% (1/2) | 1 |')
    expect(table).not.toContain('| a |')
  })

  it('refuses figures its cases do not give', () => {
    expect(() => splitFigures({ ...sample, splits: { ...sample.splits, test: { ...sample.splits.test, accuracy: 0.9 } } })).toThrow(/test split's accuracy/)
  })

  it('README and BENCHMARKS.md carry the same generated table', () => {
    const BENCHMARKS = readFileSync(path.join(ROOT, 'BENCHMARKS.md'), 'utf8')
    expect(block(README, 'accuracy')).toContain('On projects the rules were not written from')
    expect(block(README, 'accuracy')).toBe(block(BENCHMARKS, 'accuracy'))
  })
})
