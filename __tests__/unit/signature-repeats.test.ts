// Failure signature, repeat count and retry policy (issue 16): pure parts.
import { describe, expect, it } from 'vitest'
import { classifyText, PASSED_VERDICT } from '../../src/classify/classifier.js'
import { decide } from '../../src/decide/decision.js'
import { attemptName, changesSince, countRepeats, parseAttempt, type Attempt } from '../../src/decide/repeats.js'
import { attemptLogPath, retryRefusal } from '../../src/tests/retries.js'
import { readSettings } from '../../src/inputs/settings.js'
import { failureSignature, normaliseMessage, normaliseName } from '../../src/decide/signature.js'

const pytestLog = (opts: { test: string; tmp: string; time: string; port: number; took: string }): string => `============================= test session starts ==============================
platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0
collected 2 items

tests/test_store.py F.                                                   [100%]

=================================== FAILURES ===================================
${'_'.repeat(20)} ${opts.test} ${'_'.repeat(20)}

tmp_path = PosixPath('${opts.tmp}')

    def ${opts.test}(tmp_path):
>       assert load(tmp_path / "users.json") == {"ok": True}
E       AssertionError: at ${opts.time} worker-${opts.port % 7} wrote ${opts.tmp}/users.json via 127.0.0.1:${opts.port} (object 0x7f${opts.port}ab) in ${opts.took}

tests/test_store.py:12: AssertionError
=========================== short test summary info ============================
FAILED tests/test_store.py::${opts.test} - AssertionError: at ${opts.time} worker-${opts.port % 7}...
========================= 1 failed, 1 passed in ${opts.took} ==========================`

describe('failure signature', () => {
  const monday = pytestLog({ test: 'test_load', tmp: '/tmp/pytest-of-runner/pytest-3/test_load0', time: '2026-11-23T09:14:02.118Z', port: 45123, took: '0.84s' })
  const friday = pytestLog({ test: 'test_load', tmp: '/tmp/pytest-of-runner/pytest-17/test_load0', time: '2026-11-27T17:55:40.902Z', port: 38811, took: '1.37s' })
  const other = pytestLog({ test: 'test_save', tmp: '/tmp/pytest-of-runner/pytest-3/test_save0', time: '2026-11-23T09:14:02.118Z', port: 45123, took: '0.84s' })

  it('is the same for the same failure on another day, with other temporary paths, ports and addresses', () => {
    const a = failureSignature(classifyText(monday))
    expect(a).toMatch(/^[0-9a-f]{16}$/)
    expect(failureSignature(classifyText(friday))).toBe(a)
  })

  it('differs for another failing test, and is empty when the tests passed', () => {
    expect(failureSignature(classifyText(other))).not.toBe(failureSignature(classifyText(monday)))
    expect(failureSignature(PASSED_VERDICT)).toBe('')
  })

  it('a timeout signs differently from the same lines without one', () => {
    const verdict = classifyText(monday)
    expect(failureSignature(verdict, ['timeout'])).not.toBe(failureSignature(verdict))
  })

  it('normalises what changes run to run, and keeps what tells failures apart', () => {
    expect(normaliseMessage('2026-11-23 09:14:02,118 took 35 ms at 0x7ffd12ab on 10.1.2.3:5432 container 3f2a9c81d0e4 session_1234')).toBe('<time> took <duration> at <addr> on <ip>:<port> container <hex> session_<n>')
    expect(normaliseMessage('C:\\Users\\dev\\AppData\\Local\\Temp\\xyz\\a.txt missing, id 123e4567-e89b-12d3-a456-426614174000')).toBe('<tmp> missing, id <uuid>')
    expect(normaliseMessage('expected 3 to equal 4')).toBe('expected 3 to equal 4')
    expect(normaliseMessage('pid 812 on port=80 with --randomly-seed=42')).toBe('pid <n> on port=<n> with --randomly-seed=<n>')
    expect(normaliseName('adds two numbers (12 ms)')).toBe('adds two numbers')
    expect(normaliseName('test_case_2')).toBe('test_case_2')
  })
})

const attempt = (over: Partial<Attempt>): Attempt => ({ runId: '9001', turn: 1, generatedAt: '2026-11-29T10:00:00.000Z', signature: 'abc', testsPassed: false, commit: 'a'.repeat(40), failingTests: ['t1'], file: 'f', ...over })

describe('repeat count', () => {
  it('counts consecutive attempts with the same signature, newest first, this one included', () => {
    const earlier = [
      attempt({ turn: 1, generatedAt: '2026-11-29T10:00:00Z', signature: 'old' }),
      attempt({ turn: 2, generatedAt: '2026-11-29T10:10:00Z' }),
      attempt({ turn: 3, generatedAt: '2026-11-29T10:20:00Z' })
    ]
    const repeats = countRepeats('abc', earlier, { runId: '9001', turn: 4 })
    expect(repeats.count).toBe(3)
    expect(repeats.previous?.turn).toBe(3)
    expect(repeats.first?.turn).toBe(2)
  })

  it('a pass or another signature ends the streak; a passing run counts 0; copies count once', () => {
    const earlier = [attempt({ turn: 1, generatedAt: '2026-11-29T10:00:00Z' }), attempt({ turn: 2, generatedAt: '2026-11-29T10:10:00Z', testsPassed: true, signature: '' })]
    expect(countRepeats('abc', earlier, { runId: '9001', turn: 3 }).count).toBe(1)
    expect(countRepeats('', earlier, { runId: '9001', turn: 3 }).count).toBe(0)
    const copies = [attempt({ turn: 1 }), attempt({ turn: 1, file: 'copy' })]
    expect(countRepeats('abc', copies, { runId: '9001', turn: 2 }).count).toBe(2)
    // This attempt's own report (restored again), or a later one of this run, is not earlier.
    expect(countRepeats('abc', [attempt({ turn: 2 }), attempt({ turn: 5 })], { runId: '9001', turn: 2 }).count).toBe(1)
  })

  it('names attempts of this run and of others, and says what changed', () => {
    expect(attemptName({ runId: '9001', turn: 2 }, '9001')).toBe('attempt 2')
    expect(attemptName({ runId: '77', turn: 1 }, '9001')).toBe('run 77 attempt 1')
    expect(changesSince(attempt({}), { commit: 'a'.repeat(40), failingTests: ['t1'] })).toBe('nothing: the same commit, and the same tests fail')
    expect(changesSince(attempt({}), { commit: 'b'.repeat(40), failingTests: ['t1', 't2'] })).toBe('new commit bbbbbbb (was aaaaaaa); now failing: t2')
  })

  it('reads an earlier gate report, and skips other JSON', () => {
    const report = JSON.stringify({ decision: 'feedback', turn: 2, run_id: '9001', generated_at: 'x', failure_signature: 'abc', commit: 'c', validation_results: { independent_tests: { tests_passed: false } }, issues: [{ failing_tests: [{ name: 'test_a\n::error::x' }] }] })
    expect(parseAttempt(report, 'r.json')).toMatchObject({ turn: 2, runId: '9001', signature: 'abc', testsPassed: false, failingTests: ['test_a ::error::x'] })
    expect(parseAttempt('{"name":"package"}', 'p.json')).toBeUndefined()
    expect(parseAttempt('{', 'b.json')).toBe('b.json: not JSON')
  })
})

describe('retries', () => {
  const code = classifyText(pytestLog({ test: 'test_load', tmp: '/tmp/x', time: 't', port: 1, took: '1s' }))
  const infra = classifyText('Traceback (most recent call last):\n  File "t.py", line 3, in <module>\nConnectionRefusedError: [Errno 111] Connection refused')
  const ran = { cancelled: false, timedOut: false }

  it('retries a code failure only, and says why anything else is not retried', () => {
    expect(retryRefusal(ran, code)).toBeUndefined()
    expect(retryRefusal({ ...ran, cancelled: true }, code)).toBe('the job was cancelled')
    expect(retryRefusal({ ...ran, timedOut: true }, code)).toMatch(/timed out/)
    expect(retryRefusal({ ...ran, startError: 'ENOENT' }, code)).toMatch(/could not be started/)
    expect(infra.classification).toBe('infrastructure')
    expect(retryRefusal(ran, infra)).toMatch(/^the failure is infrastructure/)
  })

  it('keeps the first attempt\'s log name and numbers the others', () => {
    expect(attemptLogPath('/r/test_output_1.log', 1)).toBe('/r/test_output_1.log')
    expect(attemptLogPath('/r/test_output_1.log', 2)).toBe('/r/test_output_1.attempt2.log')
  })

  it('the decision for flaky tests: approve by default, feedback when asked, a failed gate still first', () => {
    const base = { testsPassed: true, timedOut: false, verdict: PASSED_VERDICT, declared: [], dockerAvailable: false, gates: [], trust: { allowed: true, reason: '' }, flaky: { attempts: 2, failedFirst: ['test_load'] } } as const
    expect(decide(base)).toMatchObject({ decision: 'approve', headline: 'APPROVED (flaky: passed on a retry)', approvedWithoutIndependentTests: false })
    expect(decide(base).rationale[0]).toContain('test_load')
    expect(decide({ ...base, flakyDecision: 'feedback' })).toMatchObject({ decision: 'feedback', headline: 'FEEDBACK: flaky tests' })
    expect(decide({ ...base, gates: [{ name: 'lint', outcome: 'failure', passed: false }] }).headline).toBe('FEEDBACK: quality gate failed (lint)')
  })

  it('reads the new inputs, and names the input when one is bad', () => {
    const read = (inputs: Record<string, string>) => readSettings(name => inputs[name] ?? '', {})
    expect(read({ 'test-command': 't' })).toMatchObject({ retries: 0, flakyDecision: 'approve', previousReports: [] })
    expect(read({ 'test-command': 't', retries: '2', 'flaky-decision': 'FEEDBACK', 'previous-reports': 'a/*.json\nb/*.json' })).toMatchObject({ retries: 2, flakyDecision: 'feedback', previousReports: ['a/*.json', 'b/*.json'] })
    expect(() => read({ 'test-command': 't', retries: '1.5' })).toThrow("Input 'retries': '1.5' is not a whole number")
    expect(() => read({ 'test-command': 't', retries: '9' })).toThrow("Input 'retries': 9 is out of range (0 to 5)")
    expect(() => read({ 'test-command': 't', 'flaky-decision': 'maybe' })).toThrow("Input 'flaky-decision': 'maybe' is not one of approve, feedback")
  })
})
