// The decision when the base commit was tested too (docs/design.md, "Against the base commit").
// Pure. On top of the plain rule (decide/decision.ts), never instead of its other conditions:
// - a unit the PR introduced with a code or unexplained outcome blocks any conditional approval;
// - failing units that all fail the same way at base (or are new and infrastructure/high on
//   their own), each showing infrastructure evidence at any confidence, are approved
//   conditionally when the plain rule's other conditions hold (declared services, Docker
//   unavailable, the services agree, trust, gates): "the same N tests fail the same way on the
//   base commit, where this PR's changes are absent";
// - a comparison that could not run changes nothing, and the rationale says so.
import type { Verdict } from '../classify/classifier.js'
import { CONDITIONAL_HEADLINE, feedback, type DecisionResult } from '../decide/decision.js'
import type { Matching, MatchedUnit } from './match.js'

export type ComparisonOutcome =
  | { readonly ran: true; readonly matching: Matching; readonly baseSha: string }
  | { readonly ran: false; readonly reason: string }

export const INTRODUCED_HEADLINE = 'FEEDBACK: failure introduced by this pull request'

const NAMES_SHOWN = 5

export interface HeadFacts {
  /** The head run's verdict, as the plain rule saw it. */
  readonly verdict: Verdict
  readonly declared: readonly string[]
  /** The plain rule with every input as it was but the verdict (decide/decision.ts). */
  readonly judge: (verdict: Verdict) => DecisionResult
}

export function decideAgainstBase(head: HeadFacts, plain: DecisionResult, comparison: ComparisonOutcome): DecisionResult {
  if (!comparison.ran) return withReason(plain, `Not compared with the base commit: ${comparison.reason}. Decided as without the comparison.`)
  const { matching } = comparison
  const at = `the base commit ${comparison.baseSha.slice(0, 12)}`
  const blocking = matching.units.filter(u => u.status === 'introduced' && (u.outcome === 'code' || u.outcome === 'unexplained'))
  if (blocking.length > 0) {
    const why = `${count(blocking.length, 'failing test')} this pull request introduced ${blocking.length === 1 ? 'fails' : 'fail'} in the code or for no explained reason, and not the same way on ${at}: ${names(blocking)}.`
    if (plain.approvedWithoutIndependentTests) {
      return feedback(INTRODUCED_HEADLINE, [why, `The log alone would have been approved conditionally (${plain.rationale[0] ?? ''}), but a failure the PR introduced is never excused as infrastructure.`], ['Fix the failures this pull request introduced; they pass (or fail otherwise) without its changes.'])
    }
    return withReason(plain, why)
  }
  const excused = (u: MatchedUnit): boolean => u.infrastructureEvidence && (u.status === 'pre-existing' || (u.status === 'new' && u.outcome === 'infrastructure' && u.confidence === 'high'))
  const units = matching.units
  if (units.length === 0 || matching.unlisted > 0 || !units.every(excused)) return withReason(plain, describe(matching, at))

  // Every failure is the base commit's too (or a new test's own outage): judged as an
  // infrastructure failure, by the plain rule's remaining conditions.
  const sameAtBase = units.filter(u => u.status === 'pre-existing')
  const services = [...new Set(units.filter(u => u.outcome === 'infrastructure').flatMap(u => u.services))].sort()
  const verdict: Verdict = { ...head.verdict, classification: 'infrastructure', confidence: 'high', services, unnamedService: units.some(u => u.services.length === 0) }
  const judged = head.judge(verdict)
  const fresh = units.length - sameAtBase.length
  const sentence = sameAtBase.length === 0
    ? `Every failing test is new (absent on ${at}) and fails only because a service was not available.`
    : `The same ${count(sameAtBase.length, 'test')} ${sameAtBase.length === 1 ? 'fails' : 'fail'} the same way on ${at}, where this PR's changes are absent${fresh > 0 ? `; ${count(fresh, 'new test')} ${fresh === 1 ? 'fails' : 'fail'} only because a service was not available` : ''}.`
  if (!judged.approvedWithoutIndependentTests) {
    if (plain.approvedWithoutIndependentTests) return withReason(plain, sentence)
    return withReason(plain, `${sentence} Not approved on that ground: ${judged.rationale[0] ?? judged.headline}`)
  }
  return {
    decision: 'approve',
    approvedWithoutIndependentTests: true,
    headline: CONDITIONAL_HEADLINE,
    rationale: [
      sentence,
      `Each shows infrastructure evidence (${services.length > 0 ? services.join(', ') : 'no service named; attributed to the declaration'}); the task declares ${head.declared.join(', ')}, Docker is unavailable to provide it, and every gate passed.`,
      ...(plain.approvedWithoutIndependentTests ? [] : [`The log alone was not enough (${head.verdict.classification}/${head.verdict.confidence}: ${head.verdict.explanation}); the base commit's run is the independent signal.`]),
      'Approved conditionally: the independent tests did not really run, so a human should check this work where the infrastructure exists.'
    ],
    remediation: []
  }
}

function describe(matching: Matching, at: string): string {
  const { preExisting, introduced } = matching.counts
  const parts = [`${preExisting} of ${matching.units.length} failing units fail the same way on ${at}`]
  if (introduced > 0) parts.push(`${introduced} ${introduced === 1 ? 'was' : 'were'} introduced by this PR`)
  if (matching.counts.new > 0) parts.push(`${matching.counts.new} ${matching.counts.new === 1 ? 'is' : 'are'} new`)
  if (matching.unlisted > 0) parts.push(`${matching.unlisted} more could not be matched (beyond the listed failures)`)
  const lacking = matching.units.filter(u => !u.infrastructureEvidence).length
  const tail = lacking > 0 ? `; ${count(lacking, 'failing unit')} ${lacking === 1 ? 'shows' : 'show'} no infrastructure evidence` : ''
  return `Against the base commit: ${parts.join(', ')}${tail}. The comparison does not excuse this run.`
}

function withReason(result: DecisionResult, line: string): DecisionResult {
  const [first, ...rest] = result.rationale
  return { ...result, rationale: first === undefined ? [line] : [first, line, ...rest] }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function names(units: readonly MatchedUnit[]): string {
  const shown = units.slice(0, NAMES_SHOWN).map(u => u.name).join(', ')
  return units.length > NAMES_SHOWN ? `${shown} and ${units.length - NAMES_SHOWN} more` : shown
}
