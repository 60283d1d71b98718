// Step 7 of the flow, the rule itself: a pure function from what was observed to the decision.
import type { Verdict } from './classify/classifier.js'
import type { Gate } from './settings.js'
import { sameService, serviceInfo } from './service-names.js'
import type { TrustCheck } from './trust.js'

export type Decision = 'approve' | 'feedback'

export interface DecisionInputs {
  readonly testsPassed: boolean
  readonly timedOut: boolean
  /** The job was cancelled (SIGINT/SIGTERM) while the tests ran. */
  readonly cancelled?: boolean
  readonly verdict: Verdict
  readonly declared: readonly string[]
  /** Docker can provide the declared services: false also for a daemon that cannot run their (Linux) images. */
  readonly dockerAvailable: boolean
  readonly gates: readonly Gate[]
  /** The conditional-approval trust policy applied to where the code comes from (see trust.ts). */
  readonly trust: TrustCheck
}

export interface DecisionResult {
  readonly decision: Decision
  readonly approvedWithoutIndependentTests: boolean
  /** The one-line verdict (also the `summary` output and the summary's heading). */
  readonly headline: string
  /** Why, in sentences a reviewer reads in order. */
  readonly rationale: readonly string[]
  /** What to do next; empty on approval. */
  readonly remediation: readonly string[]
}

export const CONDITIONAL_HEADLINE = 'APPROVED (infra-dependent, independent tests skipped)'

export function decide(inputs: DecisionInputs): DecisionResult {
  const { verdict, declared, gates } = inputs
  const gateFailure = failedGatesFeedback(gates)
  if (gateFailure) return gateFailure
  if (inputs.testsPassed) {
    return { decision: 'approve', approvedWithoutIndependentTests: false, headline: 'APPROVED', rationale: ['The tests passed when run independently, and every gate passed.'], remediation: [] }
  }
  if (inputs.cancelled === true) {
    return feedback('FEEDBACK: run cancelled', ['The job was cancelled while the tests ran, so they did not finish; an unfinished run is never approved.'], ['Re-run the job to get a decision.'])
  }
  if (inputs.timedOut) {
    return feedback('FEEDBACK: tests timed out', ['The test command did not finish within test-timeout and was stopped; a timeout is never excused as infrastructure.'], ['Find the hanging test (the log tail shows the last output), or raise test-timeout if the suite is just slow.'])
  }
  if (verdict.classification === 'code') {
    return feedback('FEEDBACK: code failure', [`The tests failed and the failure is in the code: ${verdict.explanation}`], ['Fix the code behind the failing tests; the evidence lines above show where each failure was reported.'])
  }

  const services = verdict.services
  const serviceText = services.length > 0 ? services.join(', ') : 'unnamed service'
  const headline = `FEEDBACK: infrastructure failure (${serviceText})`
  const remediation = remediationFor(services)
  if (verdict.confidence !== 'high') {
    return feedback(headline, [`The failure looks like infrastructure, but not certainly: ${verdict.explanation} Only a high-confidence infrastructure failure can be approved conditionally.`], remediation)
  }
  if (declared.length === 0) {
    return feedback(headline, [`The tests need ${serviceText}, but the task declares no requires_infrastructure, so the failure cannot be excused.`], [...remediation, `If the task really needs ${serviceText}, declare it in the task's frontmatter: requires_infrastructure: [${services.join(', ') || 'service'}].`])
  }
  if (inputs.dockerAvailable) {
    return feedback(headline, [`Docker is available, so the declared services could have been provided and the tests run against them; the failure is not excused.`], [...remediation, 'Enable start-services (the default) so coach-gate starts the declared services itself, or check why they did not start.'])
  }
  if (services.length === 0) {
    return feedback(headline, ['The failure is infrastructure, but no line of the log names the service, so it cannot be checked against the declared infrastructure: the two signals cannot agree.'], remediation)
  }
  const undeclared = services.filter(s => !declared.some(d => sameService(d, s)))
  if (undeclared.length > 0) {
    return feedback(headline, [`The failing service (${undeclared.join(', ')}) is not among the task's declared infrastructure (${declared.join(', ')}): the two signals disagree.`], [...remediation, `Declare ${undeclared.join(', ')} in requires_infrastructure if the task needs it; otherwise the tests should not depend on it.`])
  }
  // Last, so the summary names the one thing that stood between this run and approval.
  if (!inputs.trust.allowed) {
    return feedback(headline, [`Every other condition for a conditional approval holds, but the trust policy refuses it: ${inputs.trust.reason}`], [...remediation, 'Run the tests where the declared infrastructure exists (e.g. a runner with Docker), or have a maintainer review the work; set conditional-approval: always only if forks are trusted.'])
  }
  return {
    decision: 'approve',
    approvedWithoutIndependentTests: true,
    headline: CONDITIONAL_HEADLINE,
    rationale: [
      `The tests failed only because ${serviceText} was not available (${verdict.title}${verdict.evidence[0] ? `, log line ${verdict.evidence[0].line}` : ''}).`,
      `The task declares it needs ${declared.join(', ')}, Docker is unavailable to provide it, and every gate passed.`,
      'Approved conditionally: the independent tests did not really run, so a human should check this work where the infrastructure exists.'
    ],
    remediation: []
  }
}

/** A failed gate decides before anything else, wherever the decision is made. */
export function failedGatesFeedback(gates: readonly Gate[]): DecisionResult | undefined {
  const failed = gates.filter(g => !g.passed)
  if (failed.length === 0) return undefined
  const names = failed.map(g => `${g.name} (${g.outcome})`).join(', ')
  return feedback(`FEEDBACK: quality gate failed (${failed.map(g => g.name).join(', ')})`, [`Quality gates failed: ${names}. Every gate must pass before approval.`], [`Fix the failing gates: ${names}.`])
}

export function feedback(headline: string, rationale: string[], remediation: string[]): DecisionResult {
  return { decision: 'feedback', approvedWithoutIndependentTests: false, headline, rationale, remediation }
}

function remediationFor(services: readonly string[]): string[] {
  if (services.length === 0) return ['Provide the service the tests connect to (see the evidence lines), or make the tests independent of it.']
  return services.map(service => serviceInfo(service)?.remediation ?? `Provide ${service} to the tests.`)
}
