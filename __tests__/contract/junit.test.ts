// junit-paths end to end: the built action runs node:test with its real JUnit reporter, reads
// the report after the tests and judges each failing test on its own.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runAction } from '../harness/action.js'

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
})
