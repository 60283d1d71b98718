// compare-base (issue 25), the pure parts: the identity of a failing unit across two runs, the
// passing tests a log names, the matching (pre-existing, introduced, new, fixed), the decision
// against the base commit, and the inputs.
import { describe, expect, it } from 'vitest'
import { classifyText, PASSED_VERDICT, type Evidence, type TestVerdict, type Verdict } from '../../src/classify/classifier.js'
import { canonicalName, unitKey } from '../../src/compare/identity.js'
import { failingUnits, matchAgainstBase, WHOLE_RUN, type RunUnits } from '../../src/compare/match.js'
import { passingTests, type PassingTests } from '../../src/compare/passing.js'
import { decideAgainstBase, INTRODUCED_HEADLINE, type HeadFacts } from '../../src/compare/rule.js'
import { baseRefOf, skipReason } from '../../src/compare/stage.js'
import { CONDITIONAL_HEADLINE, decide, type DecisionInputs } from '../../src/decide/decision.js'
import { InputError, readSettings } from '../../src/inputs/settings.js'

const evidence = (text: string, kind: Evidence['kind'], ruleId: string, extra: Partial<Evidence> = {}): Evidence =>
  ({ ruleId, title: ruleId, kind, confidence: kind === 'code' ? 'high' : 'high', service: '', line: 1, text, ...extra }) as Evidence

function unit(name: string, outcome: TestVerdict['outcome'], ruleId: string, text: string, extra: Partial<TestVerdict> = {}): TestVerdict {
  const kind = outcome === 'infrastructure' ? 'infrastructure' : outcome === 'code' ? 'code' : 'unexplained'
  return {
    name, runner: 'pytest', scope: 'test', line: 1, outcome, classification: outcome === 'infrastructure' ? 'infrastructure' : 'code',
    confidence: outcome === 'unexplained' ? 'ambiguous' : 'high', services: [], ruleId, evidence: evidence(text, kind, ruleId), ...extra
  }
}

function verdict(tests: TestVerdict[], extra: Partial<Verdict> = {}): Verdict {
  const code = tests.some(t => t.outcome === 'code')
  const sure = tests.every(t => t.outcome === 'infrastructure' && t.confidence === 'high')
  return {
    classification: code ? 'code' : tests.some(t => t.outcome === 'infrastructure') ? 'infrastructure' : 'code', confidence: code || sure ? 'high' : 'ambiguous',
    services: [], unnamedService: false, ruleId: tests[0]?.ruleId ?? 'none', title: 't', explanation: 'explained', evidence: tests.flatMap(t => (t.evidence ? [{ ...t.evidence, test: t.name }] : [])),
    counts: { infrastructureHigh: 0, infrastructureAmbiguous: 0, code: 0 }, tests, failingTests: tests.length, ...extra
  }
}

const NONE: PassingTests = { keys: new Set(), listing: new Set() }
const listing = (...names: string[]): PassingTests => ({ keys: new Set(names.map(n => unitKey('pytest', n))), listing: new Set(['pytest']) })
const run = (v: Verdict, passing: PassingTests = NONE, passed = false): RunUnits => ({ verdict: v, passing, passed })

const REFUSED = (port: number): TestVerdict => unit('test_save', 'infrastructure', 'network.refused', `E   psycopg2.OperationalError: connection to server at 127.0.0.1:${port} failed at 2025-0${port % 9 + 1}-01T10:00:0${port % 7}Z (pid ${port * 3}, /tmp/pytest-of-ci/pytest-${port}/db): Connection refused`)
const WRAPPED = unit('test_orders', 'infrastructure', 'network.refused', 'E   ConnectionRefusedError: [Errno 111] Connection refused', { confidence: 'ambiguous' })
const DEFECT = unit('test_ledger', 'unexplained', 'test.unexplained-error', 'E   app.LedgerDrift: drifted by 3')
const ASSERTED = unit('test_total', 'code', 'code.assertion', 'E   AssertionError: assert 4 == 5')

describe('identity', () => {
  it('is the runner and the name, a duration the runner appends normalised away', () => {
    expect(unitKey('jest', 'sum › adds (3 ms)')).toBe(unitKey('jest', 'sum › adds (12 ms)'))
    expect(unitKey('jest', 'adds')).not.toBe(unitKey('vitest', 'adds'))
    expect(unitKey('pytest', 'test_1')).not.toBe(unitKey('pytest', 'test_2'))
  })

  it("meets pytest's two names of one test: path::Class::test and Class.test", () => {
    expect(canonicalName('pytest', 'tests/test_db.py::TestStore::test_save[pg]')).toBe('TestStore.test_save[pg]')
    expect(unitKey('pytest', 'tests/test_db.py::TestStore::test_save')).toBe(unitKey('pytest', 'TestStore.test_save'))
    expect(canonicalName('go', 'TestA/sub::x')).toBe('TestA/sub::x')
  })
})

describe('passing tests a log names', () => {
  it('reads pytest -v and -rA, TAP, go -v and Gradle, and which runners list their passes', () => {
    const seen = passingTests([
      'tests/test_a.py::test_one PASSED                                    [ 50%]',
      'PASSED tests/test_a.py::TestX::test_two',
      'tests/test_a.py::test_three FAILED                                  [ 75%]',
      'ok 1 - adds numbers',
      'ok 2 - later # SKIP not today',
      '    --- PASS: TestParse/empty (0.00s)',
      'com.acme.StoreTest > saves PASSED'
    ])
    expect([...seen.listing].sort()).toEqual(['go', 'gradle', 'node:test', 'pytest'])
    expect(seen.keys.has(unitKey('pytest', 'test_one'))).toBe(true)
    expect(seen.keys.has(unitKey('pytest', 'TestX.test_two'))).toBe(true)
    expect(seen.keys.has(unitKey('pytest', 'test_three'))).toBe(false)
    expect(seen.keys.has(unitKey('node:test', 'adds numbers'))).toBe(true)
    expect(seen.keys.has(unitKey('node:test', 'later # SKIP not today'))).toBe(false)
    expect(seen.keys.has(unitKey('go', 'TestParse/empty'))).toBe(true)
    expect(seen.keys.has(unitKey('gradle', 'com.acme.StoreTest > saves'))).toBe(true)
  })

  it('lists nothing for a runner that prints no passing names (pytest -q)', () => {
    expect(passingTests(['..F.', '1 failed, 3 passed in 0.1s']).listing.size).toBe(0)
  })
})

describe('matching the head failures to the base run', () => {
  it('a failure with the same normalised signature at base is pre-existing (ports, times, paths differ)', () => {
    const m = matchAgainstBase(run(verdict([REFUSED(5432)])), run(verdict([REFUSED(5433)])))
    expect(m.units.map(u => [u.name, u.status, u.atBase])).toEqual([['test_save', 'pre-existing', 'fails the same way']])
    expect(m.counts).toEqual({ preExisting: 1, introduced: 0, new: 0 })
  })

  it('the same test failing by another rule, or another message, at base is introduced (fails differently)', () => {
    const byRule = matchAgainstBase(run(verdict([unit('test_save', 'code', 'code.assertion', 'E   AssertionError: assert 1 == 2')])), run(verdict([REFUSED(5432)])))
    expect(byRule.units[0]).toMatchObject({ status: 'introduced', base: { ruleId: 'network.refused' } })
    expect(byRule.units[0]?.atBase).toMatch(/^fails differently/)
    const byMessage = matchAgainstBase(run(verdict([unit('test_total', 'code', 'code.assertion', 'E   AssertionError: assert 4 == 6')])), run(verdict([ASSERTED])))
    expect(byMessage.units[0]?.status).toBe('introduced')
  })

  it('a test seen passing at base is introduced; one a listing base never ran is new', () => {
    const m = matchAgainstBase(run(verdict([DEFECT, ASSERTED])), run(PASSED_VERDICT, listing('test_ledger', 'test_other'), true))
    expect(m.units.map(u => [u.name, u.status, u.atBase])).toEqual([['test_ledger', 'introduced', 'passes'], ['test_total', 'new', 'absent (not run at base)']])
  })

  it('without a list of the base run’s passing tests, a test that does not fail there is introduced, never new', () => {
    const m = matchAgainstBase(run(verdict([ASSERTED])), run(PASSED_VERDICT, NONE, true))
    expect(m.units[0]).toMatchObject({ status: 'introduced', atBase: 'does not fail (the base run passes)' })
  })

  it('a base list cut short cannot prove a test absent', () => {
    const m = matchAgainstBase(run(verdict([ASSERTED])), run(verdict([REFUSED(5432)], { failingTests: 500 }), listing('x')))
    expect(m.units[0]?.status).toBe('introduced')
  })

  it('a test of another runner with the same name is another test', () => {
    const m = matchAgainstBase(run(verdict([{ ...REFUSED(5432), runner: 'unittest' }])), run(verdict([REFUSED(5432)])))
    expect(m.units[0]?.status).toBe('introduced')
  })

  it('matches pytest names across the failure header and the -v line', () => {
    const head = run(verdict([unit('TestStore.test_save', 'code', 'code.assertion', 'E   AssertionError')]))
    const m = matchAgainstBase(head, run(verdict([REFUSED(5432)]), passingTests(['tests/test_s.py::TestStore::test_save PASSED'])))
    expect(m.units[0]).toMatchObject({ status: 'introduced', atBase: 'passes' })
  })

  it('a log no dialect split is one unit, the whole run, signed by its deciding error', () => {
    const script = (port: number): Verdict => classifyText(`seeding at 2025-01-0${port % 9 + 1} 10:00:00\nError: connect ECONNREFUSED 127.0.0.1:${port}\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)`)
    expect(failingUnits(script(5432))).toEqual([expect.objectContaining({ name: WHOLE_RUN, outcome: 'infrastructure', infrastructureEvidence: true })])
    expect(matchAgainstBase(run(script(5432)), run(script(6543))).units[0]?.status).toBe('pre-existing')
    expect(matchAgainstBase(run(script(5432)), run(PASSED_VERDICT, NONE, true)).units[0]).toMatchObject({ status: 'introduced', atBase: 'the base run passes' })
  })

  it('lists the tests the PR fixed: failing at base, seen passing here', () => {
    const m = matchAgainstBase(run(verdict([REFUSED(5432)]), listing('test_total')), run(verdict([REFUSED(5432), ASSERTED])))
    expect(m.fixed).toEqual(['test_total'])
  })

  it('counts failures beyond the bounded list as unmatched', () => {
    expect(matchAgainstBase(run(verdict([REFUSED(5432)], { failingTests: 140 })), run(verdict([REFUSED(5432)]))).unlisted).toBe(139)
  })

  it('sees infrastructure evidence in a unit whose outcome is not infrastructure', () => {
    const left = unit('test_wrapped', 'unexplained', 'test.unexplained-error', 'E   app.StoreDown: down')
    const v = verdict([left], { evidence: [evidence('ConnectionRefusedError', 'infrastructure', 'network.refused', { test: 'test_wrapped' })] })
    expect(failingUnits(v)[0]?.infrastructureEvidence).toBe(true)
    expect(failingUnits(verdict([DEFECT]))[0]?.infrastructureEvidence).toBe(false)
  })
})

describe('the decision against the base commit', () => {
  const inputs: DecisionInputs = { testsPassed: false, timedOut: false, verdict: PASSED_VERDICT, declared: ['postgresql'], dockerAvailable: false, gates: [], trust: { allowed: true, reason: 'same repository' } }
  const against = (head: Verdict, base: RunUnits, headPassing: PassingTests = NONE, over: Partial<DecisionInputs> = {}): ReturnType<typeof decide> => {
    const facts: HeadFacts = { verdict: head, declared: over.declared ?? inputs.declared, judge: v => decide({ ...inputs, ...over, verdict: v }) }
    const plain = decide({ ...inputs, ...over, verdict: head })
    return decideAgainstBase(facts, plain, { ran: true, matching: matchAgainstBase(run(head, headPassing), base), baseSha: 'c0ffee'.repeat(7).slice(0, 40) })
  }

  it('approves what fails the same way at base with infrastructure evidence, though the log alone is ambiguous', () => {
    const head = verdict([WRAPPED, { ...WRAPPED, name: 'test_cancel' }])
    expect(decide({ ...inputs, verdict: head }).decision).toBe('feedback')
    const result = against(head, run(head))
    expect(result).toMatchObject({ decision: 'approve', approvedWithoutIndependentTests: true, headline: CONDITIONAL_HEADLINE })
    expect(result.rationale[0]).toMatch(/^The same 2 tests fail the same way on the base commit c0ffeec0ffee, where this PR's changes are absent\.$/)
    expect(result.rationale.join(' ')).toMatch(/The log alone was not enough/)
  })

  it('a failure the PR introduced in the code, or unexplained, blocks even the log’s own conditional approval', () => {
    // The head is infrastructure/high by the log, but its one unit is new... and unexplained at head here.
    const head = verdict([REFUSED(5432), DEFECT])
    const base = run(verdict([REFUSED(5432)]), listing('test_ledger'))
    const result = against(head, base)
    expect(result.decision).toBe('feedback')
    expect(result.rationale[1]).toMatch(/1 failing test this pull request introduced fails in the code or for no explained reason.*test_ledger/)
    // A log-only approval that a comparison shows introduced: feedback with its own headline.
    const sure = verdict([REFUSED(5432)])
    const flipped = decideAgainstBase({ verdict: sure, declared: ['postgresql'], judge: v => decide({ ...inputs, verdict: v }) }, decide({ ...inputs, verdict: sure }), {
      ran: true, baseSha: 'a'.repeat(40), matching: { units: [{ ...failingUnits(verdict([DEFECT]))[0]!, status: 'introduced', atBase: 'passes' }], unlisted: 0, fixed: [], counts: { preExisting: 0, introduced: 1, new: 0 } }
    })
    expect(flipped).toMatchObject({ decision: 'feedback', headline: INTRODUCED_HEADLINE, approvedWithoutIndependentTests: false })
  })

  it('a new test is judged on its own: infrastructure/high is excused, an assertion is not', () => {
    const base = run(verdict([WRAPPED]), listing('test_total'))
    const refused = against(verdict([WRAPPED, REFUSED(5432)]), base)
    expect(refused).toMatchObject({ decision: 'approve', approvedWithoutIndependentTests: true })
    expect(refused.rationale[0]).toMatch(/The same 1 test fails the same way .*; 1 new test fails only because a service was not available\./)
    const asserted = against(verdict([WRAPPED, { ...ASSERTED, name: 'test_new' }]), base)
    expect(asserted.decision).toBe('feedback')
  })

  it('a pre-existing failure without infrastructure evidence is not excused by the comparison', () => {
    const head = verdict([ASSERTED])
    const result = against(head, run(head))
    expect(result.decision).toBe('feedback')
    expect(result.rationale[1]).toMatch(/1 of 1 failing units fail the same way .*1 failing unit shows no infrastructure evidence/)
  })

  it('the rule’s other conditions still hold: Docker available, nothing declared, distrust, an undeclared service', () => {
    const head = verdict([WRAPPED])
    expect(against(head, run(head), NONE, { dockerAvailable: true })).toMatchObject({ decision: 'feedback' })
    expect(against(head, run(head), NONE, { declared: [] })).toMatchObject({ decision: 'feedback' })
    const distrusted = against(head, run(head), NONE, { trust: { allowed: false, reason: 'a fork' } })
    expect(distrusted.decision).toBe('feedback')
    expect(distrusted.rationale[1]).toMatch(/Not approved on that ground: .*trust policy/)
    const redis = verdict([{ ...WRAPPED, services: ['redis'] }])
    expect(against(redis, run(redis)).decision).toBe('feedback')
  })

  it('failures beyond the bounded list are never excused', () => {
    const head = verdict([WRAPPED], { failingTests: 300 })
    expect(against(head, run(verdict([WRAPPED]))).decision).toBe('feedback')
  })

  it('a comparison that could not run changes nothing and says so', () => {
    const head = verdict([WRAPPED])
    const plain = decide({ ...inputs, verdict: head })
    const result = decideAgainstBase({ verdict: head, declared: ['postgresql'], judge: v => decide({ ...inputs, verdict: v }) }, plain, { ran: false, reason: 'the base commit x could not be checked out' })
    expect(result).toMatchObject({ decision: plain.decision, headline: plain.headline })
    expect(result.rationale[1]).toBe('Not compared with the base commit: the base commit x could not be checked out. Decided as without the comparison.')
  })
})

describe('when the comparison runs, and against what', () => {
  const head = { result: { exitCode: 1, timedOut: false, cancelled: false }, passed: false, verdict: PASSED_VERDICT, logPath: '', servicesStarted: 0 }
  const settings = { gates: [] }
  it('not when it cannot change anything', () => {
    expect(skipReason({ head, settings })).toBeUndefined()
    expect(skipReason({ head: { ...head, result: { ...head.result, timedOut: true } }, settings })).toMatch(/timed out/)
    expect(skipReason({ head: { ...head, result: { ...head.result, cancelled: true } }, settings })).toMatch(/cancelled/)
    expect(skipReason({ head: { ...head, result: { ...head.result, startError: 'no bash' } }, settings })).toMatch(/could not be started/)
    expect(skipReason({ head, settings: { gates: [{ name: 'lint', outcome: 'failure', passed: false }] } })).toMatch(/quality gate/)
    expect(skipReason({ head: { ...head, servicesStarted: 1 }, settings })).toMatch(/service containers/)
  })

  it('base-ref first, then the pull request’s base SHA', () => {
    const pr = { kind: 'known', number: 1, head: 'o/r', base: 'o/r', baseSha: 'b'.repeat(40) } as const
    expect(baseRefOf('main', pr)).toEqual({ ref: 'main', refSource: 'base-ref' })
    expect(baseRefOf('', pr)).toEqual({ ref: 'b'.repeat(40), refSource: 'pull-request' })
    expect(baseRefOf('', { kind: 'none' })).toEqual({ ref: '', refSource: 'none' })
  })
})

describe('the compare-base inputs', () => {
  const read = (inputs: Record<string, string>): ReturnType<typeof readSettings> => readSettings(name => inputs[name] ?? '')
  it('defaults to off, no base-ref, no extra links', () => {
    expect(read({ 'test-command': 'x' })).toMatchObject({ compareBase: 'off', baseRef: '', compareBaseLinks: [] })
  })

  it('reads on-failure, a base-ref and relative link folders', () => {
    expect(read({ 'test-command': 'x', 'compare-base': 'On-Failure', 'base-ref': 'release/2.x', 'compare-base-links': './build/deps/, packages/app/node_modules\npackages/app/node_modules' }))
      .toMatchObject({ compareBase: 'on-failure', baseRef: 'release/2.x', compareBaseLinks: ['build/deps', 'packages/app/node_modules'] })
  })

  it('rejects a mode, a ref or a link it cannot use, naming the input', () => {
    expect(() => read({ 'test-command': 'x', 'compare-base': 'always' })).toThrow(InputError)
    for (const ref of ['--upload-pack=evil', 'main..feature', 'a b', 'x.lock']) expect(() => read({ 'test-command': 'x', 'base-ref': ref }), ref).toThrow(/Input 'base-ref'/)
    for (const link of ['/etc', '../outside', 'a/../../b', 'C:\\deps']) expect(() => read({ 'test-command': 'x', 'compare-base-links': link }), link).toThrow(/Input 'compare-base-links'/)
  })
})
