// Issue 27, item 3, through the built action: node:test (TAP and spec), vitest and jest each get
// one annotation on the line where the test failed, whose message keeps the compared values; the
// `::error` a runner prints itself is its annotation, never a failing unit of its own.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAction, ROOT } from '../harness/action.js'

const fixture = (name: string): string => readFileSync(path.join(ROOT, '__fixtures__/logs', name), 'utf8')

// The scratch project the node:test fixtures were generated from, its passing tests left out.
const NODE_TEST = [
  "import { test } from 'node:test'",
  "import assert from 'node:assert'",
  '',
  'function add(a, b) {',
  '  return a + b',
  '}',
  '',
  "test('adds two numbers', () => {",
  '  assert.strictEqual(add(1, 1), 2)',
  '})',
  '',
  "test('compares three and four', () => {",
  '  assert.strictEqual(3, 4)',
  '})',
  ''
].join('\n')

/** The gate's error annotations that sit on a file (what the tests printed, between the stop-commands, is not one). */
const onFiles = (stdout: string): string[] => stdout.split('\n').filter(l => /^::error title=coach-gate[^:]*,file=/.test(l))

describe('node:test, vitest and jest: one annotation at the failing line, with the values', () => {
  it.each([['tap'], ['spec']])('node:test, %s reporter', async reporter => {
    const run = await runAction({ inputs: { 'test-command': `node --test --test-reporter=${reporter}` }, files: { 'package.json': '{"type":"module"}\n', 'test/x.test.js': NODE_TEST } })
    expect(run.outputs).toMatchObject({ decision: 'feedback', classification: 'code' })
    const annotations = onFiles(run.stdout)
    expect(annotations, run.stdout).toHaveLength(1)
    expect(annotations[0]).toMatch(/^::error title=coach-gate%3A compares three and four failed \(code\),file=test\/x\.test\.js,line=13::.*Expected values to be strictly equal: 3 !== 4/)
    expect(run.summary).toContain('3 !== 4')
  })

  it('vitest under GITHUB_ACTIONS: its own ::error and its tree line are no failing unit', async () => {
    const files = { 'vitest-output.txt': fixture('js-vitest/code-tobe-github-actions-error.log'), 'test/x.test.js': '// stand-in\n' }
    const run = await runAction({ inputs: { 'test-command': 'sed "s#/tmp/nv/vt#$PWD#g" vitest-output.txt; exit 1' }, files })
    expect(run.outputs).toMatchObject({ decision: 'feedback', classification: 'code' })
    const annotations = onFiles(run.stdout)
    expect(annotations, run.stdout).toHaveLength(1)
    expect(annotations[0]).toMatch(/^::error title=coach-gate%3A test\/x\.test\.js > math > compares three and four failed \(code\),file=test\/x\.test\.js,line=13::.*expected 3 to be 4/)
    // No annotation, summary line or failing test quotes the runner's workflow command.
    const afterTests = run.stdout.slice(run.stdout.search(/^::[0-9a-f]{32}::$/m))
    expect(afterTests.split('\n').filter(l => /error file=|%250A|outside any test/.test(l))).toEqual([])
    // (The log's tail, quoted verbatim at the end of the summary, still shows it.)
    expect(run.summary.split('<details><summary>Log tail')[0]).not.toMatch(/::error|%0A|outside any test/)
    expect(run.summary).toContain('The failing unit fails in the code')
  })

  it('jest with its github-actions reporter: Expected and Received kept', async () => {
    const files = { 'jest-output.txt': fixture('js-jest/code-tobe-github-actions-reporter.log'), 'test/x.test.js': '// stand-in\n' }
    const run = await runAction({ inputs: { 'test-command': 'sed "s#/tmp/nv/jt#$PWD#g" jest-output.txt; exit 1' }, files })
    expect(run.outputs).toMatchObject({ decision: 'feedback', classification: 'code' })
    const annotations = onFiles(run.stdout)
    expect(annotations, run.stdout).toHaveLength(1)
    expect(annotations[0]).toMatch(/^::error title=coach-gate%3A math › compares three and four failed \(code\),file=test\/x\.test\.js,line=11::.*Expected: 4 \/ Received: 3/)
    expect(run.summary).toContain('Expected: 4 / Received: 3')
  })
})
