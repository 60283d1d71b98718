import { describe, expect, it } from 'vitest'
import { classifyText, PASSED_VERDICT, type Verdict } from '../../src/classify/classifier.js'
import { CONDITIONAL_HEADLINE, decide, type DecisionInputs } from '../../src/decide/decision.js'

const infraHigh: Verdict = classifyText("psycopg2.OperationalError: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: Connection refused")
const infraAmbiguous: Verdict = classifyText("ModuleNotFoundError: No module named 'requests'")
const codeFailure: Verdict = classifyText('E       AssertionError: assert 2 == 3')

const base: DecisionInputs = { testsPassed: false, timedOut: false, verdict: infraHigh, declared: ['postgresql'], dockerAvailable: false, gates: [{ name: 'lint', outcome: 'success', passed: true }], trust: { allowed: true, reason: 'same repository' } }

describe('decide', () => {
  it('sanity: the verdicts used here are what they claim', () => {
    expect([infraHigh.classification, infraHigh.confidence, infraHigh.services]).toEqual(['infrastructure', 'high', ['postgresql']])
    expect([infraAmbiguous.classification, infraAmbiguous.confidence]).toEqual(['infrastructure', 'ambiguous'])
    expect(codeFailure.classification).toBe('code')
  })

  it('approves conditionally: infrastructure/high + declared + Docker unavailable + gates pass', () => {
    const result = decide(base)
    expect(result).toMatchObject({ decision: 'approve', approvedWithoutIndependentTests: true, headline: CONDITIONAL_HEADLINE })
    expect(CONDITIONAL_HEADLINE).toBe('APPROVED (infra-dependent, independent tests skipped)')
  })

  it('gives feedback for infrastructure/high with nothing declared', () => {
    expect(decide({ ...base, declared: [] })).toMatchObject({ decision: 'feedback', approvedWithoutIndependentTests: false, headline: 'FEEDBACK: infrastructure failure (postgresql)' })
  })

  it('gives feedback for ambiguous + declared', () => {
    expect(decide({ ...base, verdict: infraAmbiguous })).toMatchObject({ decision: 'feedback', approvedWithoutIndependentTests: false })
  })

  it('gives feedback for infrastructure/high + declared + Docker available', () => {
    const result = decide({ ...base, dockerAvailable: true })
    expect(result).toMatchObject({ decision: 'feedback', approvedWithoutIndependentTests: false })
    expect(result.rationale[0]).toContain('Docker is available')
  })

  it('gives feedback when a gate failed, whatever else holds', () => {
    const failing = [{ name: 'lint', outcome: 'failure', passed: false }]
    expect(decide({ ...base, gates: failing })).toMatchObject({ decision: 'feedback', headline: 'FEEDBACK: quality gate failed (lint)' })
    expect(decide({ ...base, testsPassed: true, verdict: PASSED_VERDICT, gates: failing }).decision).toBe('feedback')
  })

  it('approves passing tests', () => {
    expect(decide({ ...base, testsPassed: true, verdict: PASSED_VERDICT, declared: [] })).toMatchObject({ decision: 'approve', approvedWithoutIndependentTests: false, headline: 'APPROVED' })
  })

  it('gives feedback for a code failure even with everything else in place', () => {
    expect(decide({ ...base, verdict: codeFailure })).toMatchObject({ decision: 'feedback', headline: 'FEEDBACK: code failure' })
  })

  it('gives feedback when the detected service is not the declared one', () => {
    const result = decide({ ...base, declared: ['redis'] })
    expect(result.decision).toBe('feedback')
    expect(result.rationale[0]).toContain('not among the task')
  })

  it('treats a declared mariadb as covering a detected mysql', () => {
    const mysql = classifyText("pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'localhost' ([Errno 111] Connection refused)\")")
    expect(mysql.services).toEqual(['mysql'])
    expect(decide({ ...base, verdict: mysql, declared: ['mariadb'] }).decision).toBe('approve')
  })

  it('refuses a conditional approval the trust policy does not allow, saying why', () => {
    const result = decide({ ...base, trust: { allowed: false, reason: 'The pull request comes from the fork outsider/widgets.' } })
    expect(result).toMatchObject({ decision: 'feedback', approvedWithoutIndependentTests: false, headline: 'FEEDBACK: infrastructure failure (postgresql)' })
    expect(result.rationale[0]).toContain('trust policy refuses it: The pull request comes from the fork outsider/widgets.')
  })

  it('does not let the trust policy change an ordinary approval', () => {
    expect(decide({ ...base, testsPassed: true, verdict: PASSED_VERDICT, trust: { allowed: false, reason: 'fork' } }).decision).toBe('approve')
  })

  it('never excuses a timeout', () => {
    expect(decide({ ...base, timedOut: true })).toMatchObject({ decision: 'feedback', headline: 'FEEDBACK: tests timed out' })
  })

  // The whole matrix: exactly one combination approves conditionally.
  it('approves conditionally in exactly one cell of the matrix', () => {
    const approvals: string[] = []
    for (const verdict of [infraHigh, infraAmbiguous, codeFailure])
      for (const declared of [[], ['postgresql']])
        for (const dockerAvailable of [false, true])
          for (const gatePassed of [false, true])
            for (const trusted of [false, true]) {
              const trust = { allowed: trusted, reason: trusted ? 'same repository' : 'a fork' }
              const result = decide({ ...base, verdict, declared, dockerAvailable, gates: [{ name: 'g', outcome: gatePassed ? 'success' : 'failure', passed: gatePassed }], trust })
              if (result.approvedWithoutIndependentTests) approvals.push(`${verdict.ruleId}/${declared.length}/${dockerAvailable}/${gatePassed}/${trusted}`)
              expect(result.decision === 'approve').toBe(result.approvedWithoutIndependentTests)
            }
    expect(approvals).toEqual([`${infraHigh.ruleId}/1/false/true/true`])
  })
})

describe('a misconfigured Docker client (issue 26)', () => {
  it('is never Docker being unavailable: no conditional approval, and the fix is named', () => {
    expect(decide(base)).toMatchObject({ decision: 'approve', approvedWithoutIndependentTests: true })
    const r = decide({ ...base, dockerMisconfigured: 'run `docker context use default`' })
    expect(r).toMatchObject({ decision: 'feedback', approvedWithoutIndependentTests: false })
    expect(r.rationale.join(' ')).toContain('a probe failure never counts as Docker being unavailable')
    expect(r.remediation).toContain('Fix the Docker client: run `docker context use default`.')
  })
})
