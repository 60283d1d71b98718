import { describe, expect, it } from 'vitest'
import { ANNOTATION_MESSAGE_MAX, annotationsFor, limitAnnotations, type Annotation } from '../../src/report/annotations.js'
import { PASSED_VERDICT, type TestVerdict, type Verdict } from '../../src/classify/classifier.js'
import { feedback } from '../../src/decide/decision.js'
import { boundOutputs, OUTPUT_MAX_BYTES } from '../../src/report/output-bounds.js'

const many = (level: Annotation['level'], n: number): Annotation[] => Array.from({ length: n }, (_, i) => ({ level, message: `${level} ${i}` }))

describe('limitAnnotations', () => {
  it('keeps up to 10 of a type untouched', () => {
    expect(limitAnnotations(many('error', 10))).toEqual(many('error', 10))
  })

  it('shows 9 of each type and counts the rest in the tenth', () => {
    const out = limitAnnotations([...many('error', 25), ...many('warning', 11), ...many('notice', 3)])
    const errors = out.filter(a => a.level === 'error')
    expect(errors).toHaveLength(10)
    expect(errors[8]?.message).toBe('error 8')
    expect(errors[9]?.message).toMatch(/^16 more error annotations not shown/)
    expect(out.filter(a => a.level === 'warning').map(a => a.message).at(-1)).toMatch(/^2 more warning annotations/)
    expect(out.filter(a => a.level === 'notice')).toHaveLength(3)
  })

  it('clips long messages and titles', () => {
    const [a] = limitAnnotations([{ level: 'error', message: 'x'.repeat(50_000), title: 't'.repeat(500) }])
    expect(a?.message.length).toBe(ANNOTATION_MESSAGE_MAX)
    expect(a?.title?.length).toBe(100)
  })
})

describe('boundOutputs', () => {
  it('leaves ordinary outputs alone', () => {
    expect(boundOutputs({ decision: 'approve', 'requires-infrastructure': '["postgresql"]' })).toEqual({ decision: 'approve', 'requires-infrastructure': '["postgresql"]' })
  })

  it('clips a long text output on a character boundary and says so', () => {
    const value = boundOutputs({ 'task-id': 'é'.repeat(OUTPUT_MAX_BYTES) })['task-id'] as string
    expect(Buffer.byteLength(value)).toBeLessThanOrEqual(OUTPUT_MAX_BYTES)
    expect(value).toMatch(/^é+…\(truncated\)$/)
  })

  it('keeps a long JSON array output valid JSON by dropping whole items', () => {
    const services = Array.from({ length: 5000 }, (_, i) => `service-${i}`)
    const value = boundOutputs({ 'requires-infrastructure': JSON.stringify(services) })['requires-infrastructure'] as string
    expect(Buffer.byteLength(value)).toBeLessThanOrEqual(OUTPUT_MAX_BYTES)
    const parsed = JSON.parse(value) as string[]
    expect(parsed.length).toBeGreaterThan(100)
    expect(parsed).toEqual(services.slice(0, parsed.length))
  })
})

describe('annotations on the failing line (issue 16)', () => {
  const test = (i: number): TestVerdict => ({ name: `test_${i}`, runner: 'pytest', scope: 'test', line: 10 * i, outcome: 'code', classification: 'code', confidence: 'high', services: [], ruleId: 'code.assertion', evidence: { ruleId: 'code.assertion', title: 'Assertion failed', kind: 'code', confidence: 'high', service: '', line: 10 * i + 3, text: `E assert ${i} == 0` } })
  const verdict = (n: number): Verdict => ({ ...PASSED_VERDICT, classification: 'code', confidence: 'high', ruleId: 'code.assertion', tests: Array.from({ length: n }, (_, i) => test(i + 1)), failingTests: n, evidence: [] })
  const decision = feedback('FEEDBACK: code failure', ['why'], [])

  it('one error per located test, on its file and line; none for a test without a location', () => {
    const out = annotationsFor({ decision, verdict: verdict(3), locations: [{ file: 'tests/test_a.py', line: 6 }, undefined, { file: 'src/b.js', line: 12, column: 3 }] })
    expect(out.filter(a => a.file !== undefined)).toEqual([
      { level: 'error', title: 'coach-gate: test_1 failed (code)', message: 'code.assertion: E assert 1 == 0 (log line 13)', file: 'tests/test_a.py', line: 6 },
      { level: 'error', title: 'coach-gate: test_3 failed (code)', message: 'code.assertion: E assert 3 == 0 (log line 33)', file: 'src/b.js', line: 12 }
    ])
  })

  it('within GitHub\'s 10 a step: the headline, then the located failures, and the tenth counts the rest', () => {
    const out = limitAnnotations(annotationsFor({ decision, verdict: verdict(14), locations: Array.from({ length: 14 }, (_, i) => ({ file: `tests/test_${i}.py`, line: i + 1 })) }))
    expect(out).toHaveLength(10)
    expect(out[0]?.title).toBe('coach-gate')
    expect(out.slice(1, 9).every(a => a.file !== undefined && a.line !== undefined)).toBe(true)
    expect(out[9]?.message).toMatch(/^6 more error annotations not shown/)
  })

  it('a flaky pass raises one warning naming the tests that failed first', () => {
    const attempts = [
      { attempt: 1, passed: false, exitCode: 1, timedOut: false, cancelled: false, durationSeconds: 1, logPath: 'a', classification: 'code' as const, signature: 'abc', failingTests: ['test_1', 'test_2'] },
      { attempt: 2, passed: true, exitCode: 0, timedOut: false, cancelled: false, durationSeconds: 1, logPath: 'b', classification: 'none' as const, signature: '', failingTests: [] }
    ]
    const approve = { decision: 'approve' as const, approvedWithoutIndependentTests: false, headline: 'APPROVED (flaky: passed on a retry)', rationale: [], remediation: [] }
    expect(annotationsFor({ decision: approve, verdict: PASSED_VERDICT, attempts })).toEqual([{ level: 'warning', title: 'coach-gate: flaky tests', message: 'The tests failed on attempt 1 and passed on attempt 2. Failed first: test_1, test_2.' }])
    expect(annotationsFor({ decision: approve, verdict: PASSED_VERDICT, attempts: attempts.slice(1) })).toEqual([])
  })
})
