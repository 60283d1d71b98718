// Each failing unit at head matched to the base commit's run by its identity (identity.ts):
//   pre-existing  it fails at base with the same normalised failure signature;
//   introduced    it passes at base, or fails there differently, or (when the base run does not
//                 list its passing tests) it simply does not fail there;
//   new           it is absent at base: the base run lists the tests it ran, and not this one.
// The tests the pull request fixed (failing at base, seen passing at head) are listed too.
// Pure: a function of the two verdicts and the passing tests each log showed.
import type { Evidence, TestVerdict, Verdict } from '../classify/classifier.js'
import { normaliseMessage } from '../decide/signature.js'
import { unitKey } from './identity.js'
import type { PassingTests } from './passing.js'

export type BaseStatus = 'pre-existing' | 'introduced' | 'new'

/** One failing unit as the comparison sees it: a test, a failure outside any test, or a whole run no dialect split. */
export interface ComparedUnit {
  readonly name: string
  readonly runner: string
  readonly outcome: TestVerdict['outcome']
  readonly confidence: TestVerdict['confidence']
  readonly services: readonly string[]
  readonly ruleId: string
  readonly evidence?: Evidence
  /** The unit shows an infrastructure finding, whatever its outcome and confidence. */
  readonly infrastructureEvidence: boolean
}

export interface MatchedUnit extends ComparedUnit {
  readonly status: BaseStatus
  /** How it fared at base, in words ("fails the same way", "passes", "fails differently: …", "absent"). */
  readonly atBase: string
  /** The base run's unit of the same identity, when it failed there. */
  readonly base?: ComparedUnit
}

export interface Matching {
  readonly units: readonly MatchedUnit[]
  /** Failing units at head beyond the verdict's bounded list: not matched, so never pre-existing. */
  readonly unlisted: number
  /** Tests failing at base and seen passing at head. */
  readonly fixed: readonly string[]
  readonly counts: { readonly preExisting: number; readonly introduced: number; readonly new: number }
}

/** The unit of a log no dialect could split: the whole run, judged by its deciding error. */
export const WHOLE_RUN = '(the whole run)'

/** The failing units of a failed run's verdict (a run no dialect split is one unit). */
export function failingUnits(verdict: Verdict): ComparedUnit[] {
  if (verdict.classification === 'none') return []
  if (verdict.tests.length === 0) {
    const deciding = verdict.evidence[0]
    return [{
      name: WHOLE_RUN, runner: 'log',
      outcome: verdict.classification === 'infrastructure' ? 'infrastructure' : verdict.confidence === 'high' ? 'code' : 'unexplained',
      confidence: verdict.confidence === 'high' ? 'high' : 'ambiguous',
      services: verdict.services, ruleId: verdict.ruleId, ...(deciding ? { evidence: deciding } : {}),
      infrastructureEvidence: verdict.evidence.some(e => e.kind === 'infrastructure')
    }]
  }
  return verdict.tests.map(t => ({
    name: t.name, runner: t.runner, outcome: t.outcome, confidence: t.confidence, services: t.services, ruleId: t.ruleId, ...(t.evidence ? { evidence: t.evidence } : {}),
    infrastructureEvidence: t.outcome === 'infrastructure' || t.evidence?.kind === 'infrastructure' || verdict.evidence.some(e => e.kind === 'infrastructure' && e.test === t.name)
  }))
}

/** What a unit failed with, normalised as the failure signature normalises it: its deciding rule and line. */
export function unitSignature(unit: Pick<ComparedUnit, 'ruleId' | 'evidence'>): string {
  return `${unit.ruleId}\u0000${normaliseMessage(unit.evidence?.text ?? '')}`
}

export interface RunUnits {
  readonly verdict: Verdict
  readonly passing: PassingTests
  /** The run passed as a whole (exit 0, in time). */
  readonly passed: boolean
}

export function matchAgainstBase(head: RunUnits, base: RunUnits): Matching {
  const baseUnits = failingUnits(base.verdict)
  const baseByKey = new Map<string, ComparedUnit>()
  for (const u of baseUnits) if (!baseByKey.has(unitKey(u.runner, u.name))) baseByKey.set(unitKey(u.runner, u.name), u)
  // A bounded base list may leave a head unit's failure out: it is then never "absent".
  const baseComplete = base.verdict.failingTests <= base.verdict.tests.length || base.verdict.tests.length === 0

  const units = failingUnits(head.verdict).map((unit): MatchedUnit => {
    const key = unitKey(unit.runner, unit.name)
    const there = baseByKey.get(key)
    if (there) {
      return unitSignature(there) === unitSignature(unit)
        ? { ...unit, status: 'pre-existing', atBase: 'fails the same way', base: there }
        : { ...unit, status: 'introduced', atBase: `fails differently (${there.ruleId}${there.evidence ? `: ${there.evidence.text}` : ''})`, base: there }
    }
    if (unit.name === WHOLE_RUN) return { ...unit, status: 'introduced', atBase: base.passed ? 'the base run passes' : 'the base run fails otherwise' }
    if (base.passing.keys.has(key)) return { ...unit, status: 'introduced', atBase: 'passes' }
    if (base.passing.listing.has(unit.runner) && baseComplete) return { ...unit, status: 'new', atBase: 'absent (not run at base)' }
    return { ...unit, status: 'introduced', atBase: base.passed ? 'does not fail (the base run passes)' : 'does not fail' }
  })

  const headFailing = new Set(failingUnits(head.verdict).map(u => unitKey(u.runner, u.name)))
  const fixed = baseUnits.filter(u => u.name !== WHOLE_RUN && !headFailing.has(unitKey(u.runner, u.name)) && head.passing.keys.has(unitKey(u.runner, u.name))).map(u => u.name)
  const count = (status: BaseStatus): number => units.filter(u => u.status === status).length
  return {
    units,
    unlisted: Math.max(0, head.verdict.failingTests - head.verdict.tests.length),
    fixed,
    counts: { preExisting: count('pre-existing'), introduced: count('introduced'), new: count('new') }
  }
}
