// The README's input and output tables are generated from action.yml and merge/action.yml (scripts/docs.mjs).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../harness/action.js'
// @ts-expect-error plain ESM script without type declarations
import { cell, renderReadme, replaceBetween } from '../../scripts/docs.mjs'

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
