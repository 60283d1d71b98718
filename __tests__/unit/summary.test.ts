// The summary's first screen and the annotations (issue 27): verdict, why, counts, failing tests
// with identical evidence collapsed, code failures first; the facts folded; one annotation per
// failing test or distinct finding; declaration problems leading when they decide.
import { describe, expect, it } from 'vitest'
import { PASSED_VERDICT, type TestVerdict, type Verdict } from '../../src/classify/classifier.js'
import { feedback } from '../../src/decide/decision.js'
import { annotationsFor } from '../../src/report/annotations.js'
import type { RunRecord } from '../../src/report/run-record.js'
import { renderSummary, renderTotals } from '../../src/report/summary.js'
import { NO_SERVICES } from '../../src/services/outcome.js'

const refused = (name: string, line: number): TestVerdict => ({
  name, runner: 'pytest', scope: 'test', line, outcome: 'infrastructure', classification: 'infrastructure', confidence: 'high', services: ['postgresql'], ruleId: 'connection.refused',
  evidence: { ruleId: 'connection.refused', title: 'Connection refused', kind: 'infrastructure', confidence: 'high', service: 'postgresql', line: line + 5, text: 'psycopg2.OperationalError: connection to server at "localhost", port 5432 failed: Connection refused' }
})
const assertion: TestVerdict = {
  name: 'test_total', runner: 'pytest', scope: 'test', line: 90, outcome: 'code', classification: 'code', confidence: 'high', services: [], ruleId: 'code.assertion',
  evidence: { ruleId: 'code.assertion', title: 'Assertion failed', kind: 'code', confidence: 'high', service: '', line: 95, text: 'E       assert 3 == 4' }
}
const verdict: Verdict = {
  ...PASSED_VERDICT, classification: 'code', confidence: 'high', ruleId: 'code.assertion', title: 'Assertion failed', explanation: 'x',
  tests: [refused('test_a', 10), refused('test_b', 30), refused('test_c', 50), assertion], failingTests: 4,
  evidence: [assertion.evidence!, refused('test_a', 10).evidence!]
}

function record(overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    turn: 1,
    docker: { available: false, state: 'daemon-unreachable', detail: 'daemon not reachable', durationMs: 1, osType: '', canRunLinuxImages: false },
    serviceHost: { canProvide: false },
    task: { declaredBy: 'none', source: 'none', tasks: [], taskId: '', requiresInfrastructure: [], notes: [] },
    gates: [],
    tests: { command: 'pytest', workingDirectory: '.', passed: false, exitCode: 1, timedOut: false, cancelled: false, durationSeconds: 2, bytes: 10, lines: 3, tail: ['a'] },
    services: NO_SERVICES,
    verdict,
    decision: feedback('FEEDBACK: code failure', ['The tests failed and the failure is in the code.'], ['Fix the code.']),
    reportPath: '/tmp/r.json',
    logPath: '/tmp/l.log',
    notes: [],
    totals: { passed: 2, failed: 4, skipped: 1, source: 'pytest' },
    ...overrides
  } as RunRecord
}

describe('the summary’s first screen', () => {
  const summary = renderSummary(record())
  const lines = summary.split('\n')

  it('is the verdict, one sentence of why, the counts, then the failing tests', () => {
    expect(lines.slice(0, 5)).toEqual(['## ❌ FEEDBACK: code failure', '', 'The tests failed and the failure is in the code.', '', '**Tests:** 2 passed · 4 failed · 1 skipped <sub>(as pytest counted them)</sub>'])
    expect(summary.indexOf('### Failing tests (4)')).toBeLessThan(summary.indexOf('<details><summary>Facts'))
  })

  it('lists the code failure first, and tests refused the same way as one line with a count', () => {
    const failing = lines.slice(lines.indexOf('### Failing tests (4)') + 2, lines.indexOf('### Failing tests (4)') + 4)
    expect(failing[0]).toMatch(/^- <code>test&#95;total<\/code> — code\/high · <code>code.assertion<\/code>: <code>E {7}assert 3 == 4<\/code>$/)
    expect(failing[1]).toMatch(/^- \*\*3 tests\*\* — infrastructure\/high · postgresql · <code>connection.refused<\/code>: <code>psycopg2.OperationalError: .*<\/code> — <code>test&#95;a<\/code>, <code>test&#95;b<\/code>, <code>test&#95;c<\/code>$/)
    expect(summary.match(/psycopg2.OperationalError/g)).toHaveLength(2) // the collapsed line, and once among the folded evidence
  })

  it('folds the facts table and the evidence lines', () => {
    const facts = summary.slice(summary.indexOf('<details><summary>Facts'), summary.indexOf('</details>'))
    expect(facts).toContain('| Check | Result |')
    expect(facts).toContain('**Evidence**')
  })

  it('says nothing about counts the runner did not state', () => {
    expect(renderTotals(undefined)).toBe('')
    expect(renderTotals({ passed: undefined, failed: 2, skipped: undefined, source: 'go' })).toBe('**Tests:** 2 failed <sub>(as go counted them)</sub>')
    expect(renderTotals({ passed: 5, failed: 0, skipped: 0, source: 'junit' })).toContain('from the JUnit reports')
    expect(renderSummary(record({ totals: undefined }))).not.toContain('**Tests:**')
  })

  it('leads with a declaration problem when it decides the outcome', () => {
    const infra = { ...verdict, classification: 'infrastructure' as const, tests: verdict.tests.slice(0, 3) }
    const task = { declaredBy: 'changed-files' as const, source: 'changed-files' as const, taskId: '', requiresInfrastructure: ['postgress'], notes: ['Task tasks/t.md declares services coach-gate does not know: postgress (did you mean postgresql?)'], tasks: [{ origin: 'tasks/t.md', id: '', requiresInfrastructure: ['postgress'], unknownServices: ['postgress'] }] }
    const text = renderSummary(record({ verdict: infra, task, decision: feedback('FEEDBACK: infrastructure failure (postgresql)', ['The failing service (postgresql) is not among the declared (postgress).'], ['Start PostgreSQL.']) }))
    const lines = text.split('\n')
    expect(lines[6]).toBe('> ⚠️ Task tasks/t.md declares postgress (did you mean postgresql?), which coach-gate does not know.')
    expect(text).not.toContain('### Notes')
  })
})

describe('annotations', () => {
  it('one per distinct finding: three tests refused the same way are one annotation that counts them', () => {
    const out = annotationsFor(record())
    expect(out.map(a => a.message)).toEqual([
      'FEEDBACK: code failure. The tests failed and the failure is in the code.',
      expect.stringMatching(/^log line 15: psycopg2.OperationalError: .* \(3 tests: test_a, test_b, test_c\)$/),
      'log line 95: E       assert 3 == 4 (test_total)'
    ])
  })

  it('one per failing test at its location, and no second one for the same evidence', () => {
    const out = annotationsFor(record({ locations: [{ file: 'tests/test_db.py', line: 4 }, { file: 'tests/test_db.py', line: 9 }, undefined, { file: 'src/total.py', line: 3 }] }))
    expect(out.filter(a => a.file !== undefined).map(a => `${a.file}:${a.line}`)).toEqual(['tests/test_db.py:4', 'tests/test_db.py:9', 'src/total.py:3'])
    // test_c has no location, but its evidence is already on test_a's and test_b's lines.
    expect(out).toHaveLength(4)
  })

  it('puts a YAML error on the task file’s line', () => {
    const task = { declaredBy: 'task-file' as const, source: 'task-file' as const, taskId: '', requiresInfrastructure: [], notes: [], tasks: [{ origin: 'tasks/t.md', id: '', requiresInfrastructure: [], unknownServices: [], error: 'frontmatter is not valid YAML: bad indentation at line 3', errorLine: 3 }] }
    const out = annotationsFor(record({ task }))
    expect(out[1]).toMatchObject({ level: 'error', file: 'tasks/t.md', line: 3, title: 'coach-gate: the task declares nothing' })
  })
})

describe('a timeout whose log shows refusals', () => {
  const refusal = (line: number) => ({ ruleId: 'connection.refused', title: 'Connection refused', kind: 'infrastructure' as const, confidence: 'high' as const, service: 'redis', line, text: 'Error: connect ECONNREFUSED 127.0.0.1:6379' })
  const timedOut = record({
    tests: { command: 'npm test', workingDirectory: '.', passed: false, exitCode: 143, timedOut: true, cancelled: false, durationSeconds: 60, bytes: 10, lines: 3, tail: [] },
    verdict: { ...PASSED_VERDICT, classification: 'infrastructure', confidence: 'high', services: ['redis'], evidence: Array.from({ length: 12 }, (_, i) => refusal(i + 3)) },
    decision: feedback('FEEDBACK: tests timed out', ['The test command did not finish within test-timeout and was stopped; a timeout is never excused as infrastructure.'], ['Find the hanging test (the log tail shows the last output), or raise test-timeout if the suite is just slow.']),
    totals: undefined
  })

  it('says the service was unreachable and the client kept retrying, and what to do first', () => {
    const text = renderSummary(timedOut)
    expect(text.split('\n')[4]).toBe('> ⏳ The tests did not hang on their own: redis was unreachable (log line 3: Error: connect ECONNREFUSED 127.0.0.1:6379), refused at least 12 times, and the client kept retrying until test-timeout stopped the run.')
    const todo = text.slice(text.indexOf('### What to do'))
    expect(todo.split('\n')[2]).toMatch(/^- Provide redis to the tests/)
    expect(todo).toContain('Find the hanging test')
  })

  it('leaves a timeout without refusals as it was', () => {
    expect(renderSummary(record({ ...timedOut, verdict: { ...PASSED_VERDICT, classification: 'code', confidence: 'ambiguous' } }))).not.toContain('⏳')
  })
})
