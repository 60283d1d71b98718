// junit-paths end to end: the built action runs node:test with its real JUnit reporter, reads
// the report after the tests and judges each failing test on its own.
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runAction, tempDir } from '../harness/action.js'

const TESTS = readFileSync(path.join(ROOT, '__fixtures__/junit/node-mixed/db.test.mjs'), 'utf8')
const COMMAND = 'mkdir -p reports && node --test --test-reporter=junit --test-reporter-destination=reports/junit.xml --test-reporter=spec --test-reporter-destination=stdout'

describe('junit-paths', () => {
  it('lists each failing test with its own verdict; one code failure makes the run code', async () => {
    const run = await runAction({ inputs: { 'test-command': COMMAND, 'junit-paths': 'reports/*.xml', 'requires-infrastructure': 'postgresql' }, files: { 'test/db.test.mjs': TESTS }, docker: 'no-daemon' })
    expect(run.outputs).toMatchObject({ decision: 'feedback', classification: 'code', confidence: 'high' })
    expect(run.summary).toContain('### Failing tests (2)')
    expect(run.summary).toMatch(/<code>test\.reads accounts from postgres<\/code> — infrastructure\/high · postgresql/)
    expect(run.summary).toMatch(/<code>test\.formats money<\/code> — code\/high · <code>code\.assertion<\/code>/)
    const tests = run.report?.issues[0].failing_tests
    expect(tests.map((t: any) => [t.name, t.classification, t.services])).toEqual([['test.reads accounts from postgres', 'infrastructure', ['postgresql']], ['test.formats money', 'code', []]])
  })

  it('says so when no report matched, and classifies the log alone', async () => {
    const run = await runAction({ inputs: { 'test-command': 'node --test', 'junit-paths': 'reports/*.xml' }, files: { 'test/db.test.mjs': TESTS }, docker: 'no-daemon' })
    expect(run.outputs.classification).toBe('code')
    expect(run.summary).toContain('No JUnit report from this run matched junit-paths')
  })

  it('rejects an absolute junit-paths glob, naming the input', async () => {
    const run = await runAction({ inputs: { 'test-command': 'true', 'junit-paths': '/etc/*.xml' } })
    expect(run.outputs.summary).toBe('FEEDBACK: invalid input')
    expect(run.stdout).toContain("Input 'junit-paths'")
  })

  // Attack 38b: `npm test` runs node:test reporting only to a file, then mocha, whose one test PostgreSQL refused: the log
  // shows only the refusal. Without junit-paths the gate finds the report the tests wrote and counts its failure.
  const P = path.join(ROOT, 'scripts/floor/projects/node-attack38b-junit-destination-then-mocha')
  const MOCHA_PART = readFileSync(path.join(ROOT, '__fixtures__/floor-open/node-test-junit-destination-then-mocha-refused-npm-test-script.log'), 'utf8')
  const files = {
    'src/stock.js': readFileSync(path.join(P, 'src/stock.js'), 'utf8'),
    'test/unit/stock.test.js': readFileSync(path.join(P, 'test/unit/stock.test.js'), 'utf8'),
    'integration.log': MOCHA_PART,
    'tasks/task.md': ['---', 'id: T-report', 'requires_infrastructure:', '  - postgresql', '---', '', 'Reserves stock.'].join('\n')
  }
  const UNIT_TO_FILE = 'mkdir -p reports; node --test --test-reporter=junit --test-reporter-destination=reports/unit.xml test/unit/; cat integration.log; exit 1'

  it('without junit-paths, finds the report a runner wrote only to a file and counts its failure: never approved', async () => {
    const run = await runAction({ inputs: { 'test-command': UNIT_TO_FILE, 'task-file': 'tasks/task.md' }, files, docker: 'no-daemon' })
    expect(run.outputs['approved-without-independent-tests']).toBe('false')
    expect(run.outputs.decision).toBe('feedback')
    expect(`${run.outputs.classification}/${run.outputs.confidence}`).not.toBe('infrastructure/high')
    expect(run.summary).toContain('Read the JUnit report the test command wrote (reports/unit.xml)')
    expect(run.summary).toContain('reserves the last units')
  })

  it('reads no report written before the run: a stale one speaks for no test', async () => {
    const stale = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>', '<testsuite name="stock" tests="1" failures="1">',
      '<testcase name="an old failure" classname="stock"><failure type="Error" message="old">Error: old</failure></testcase>', '</testsuite>', '</testsuites>'].join('\n')
    // Written, and dated, before the run: a report an earlier job left in the workspace.
    const workspace = tempDir('coach-gate-stale-report-')
    for (const [file, content] of Object.entries({ ...files, 'reports/old.xml': stale })) {
      mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
      writeFileSync(path.join(workspace, file), content)
    }
    const hourAgo = new Date(Date.now() - 3_600_000)
    utimesSync(path.join(workspace, 'reports/old.xml'), hourAgo, hourAgo)
    const run = await runAction({ inputs: { 'test-command': 'cat integration.log; exit 1', 'task-file': 'tasks/task.md' }, workspace, docker: 'no-daemon' })
    expect(run.summary).not.toContain('Read the JUnit report')
    expect(run.summary).not.toContain('an old failure')
  })
})

