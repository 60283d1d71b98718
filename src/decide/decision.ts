// Step 7 of the flow, the rule itself (docs/design.md, "The decision rule"): a pure function from
// what was observed to the decision. Nothing else decides: a declared service that could not be
// started is one of its inputs like the others.
import type { Verdict } from '../classify/classifier.js'
import type { Gate } from '../inputs/settings.js'
import { remediationFor, satisfies } from '../knowledge/names.js'
import type { ServiceFailure } from '../services/containers.js'
import type { TrustCheck } from '../inputs/trust.js'

export type Decision = 'approve' | 'feedback'

export interface DecisionInputs {
  readonly testsPassed: boolean
  readonly timedOut: boolean
  /** The job was cancelled (SIGINT/SIGTERM) while the tests ran. */
  readonly cancelled?: boolean
  /** Declared services Docker was there to provide and that could not be started: the tests did not run. */
  readonly serviceFailures?: readonly ServiceFailure[]
  readonly verdict: Verdict
  readonly declared: readonly string[]
  /** Docker can provide the declared services: false also for a daemon that cannot run their (Linux) images. */
  readonly dockerAvailable: boolean
  /**
   * The Docker probe failed on the client's configuration (a missing context, a config file it
   * cannot read, a TLS error): what to fix. Never "unavailable": no conditional approval.
   */
  readonly dockerMisconfigured?: string
  readonly gates: readonly Gate[]
  /** The conditional-approval trust policy applied to where the code comes from (see trust.ts). */
  readonly trust: TrustCheck
  /** The tests failed, then passed on a retry (issue 16): the attempts and the tests that failed first. */
  readonly flaky?: {
    readonly attempts: number
    readonly failedFirst: readonly string[]
    /** The passing retry did not show the failed tests passing again (issue 26): not a pass. */
    readonly unproven?: { readonly ranNothing: boolean; readonly reason: string }
  }
  /** The `flaky-decision` input: what a flaky pass gets. */
  readonly flakyDecision?: 'approve' | 'feedback'
  /**
   * The verdict's claims checked on the runner (src/corroborate): a conditional approval needs
   * `corroborated`; `code` and `not-missing` come with a verdict already turned to code. Absent
   * when nothing was checked (a caller that does not corroborate, such as the merge).
   */
  readonly corroboration?: { readonly outcome: 'corroborated' | 'code' | 'not-missing' | 'unestablished'; readonly reason: string; readonly remediation: readonly string[] }
  /** What to do about a `setup` verdict: the workflow, not the code or a service. */
  readonly setupRemediation?: readonly string[]
  /** Services the gate started and saw accept clients: never advised to be started. */
  readonly ready?: readonly string[]
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
  const failedGates = gates.filter(g => !g.passed)
  if (failedGates.length > 0) {
    const names = failedGates.map(g => `${g.name} (${g.outcome})`).join(', ')
    return feedback(`FEEDBACK: quality gate failed (${failedGates.map(g => g.name).join(', ')})`, [`Quality gates failed: ${names}. Every gate must pass before approval.`], [`Fix the failing gates: ${names}.`])
  }
  const serviceFailures = inputs.serviceFailures ?? []
  if (serviceFailures.some(f => f.stage === 'cancelled')) {
    return feedback('FEEDBACK: cancelled while services started', ['The job was cancelled while the declared services were starting; the tests did not run, and the containers were removed.'], ['Re-run the job.'])
  }
  if (serviceFailures.length > 0) return serviceFailureFeedback(serviceFailures)
  if (inputs.testsPassed && inputs.flaky) return flakyResult(inputs.flaky, inputs.flakyDecision ?? 'approve')
  if (inputs.testsPassed) {
    return { decision: 'approve', approvedWithoutIndependentTests: false, headline: 'APPROVED', rationale: ['The tests passed when run independently, and every gate passed.'], remediation: [] }
  }
  if (inputs.cancelled === true) {
    return feedback('FEEDBACK: run cancelled', ['The job was cancelled while the tests ran, so they did not finish; an unfinished run is never approved.'], ['Re-run the job to get a decision.'])
  }
  if (inputs.timedOut) {
    return feedback('FEEDBACK: tests timed out', ['The test command did not finish within test-timeout and was stopped; a timeout is never excused as infrastructure.'], ['Find the hanging test (the log tail shows the last output), or raise test-timeout if the suite is just slow.'])
  }
  if (verdict.classification === 'setup') {
    return feedback('FEEDBACK: setup failure (the tests could not run)', [`The tests could not run because of the workflow, not the code or a service: ${verdict.explanation}`, 'A setup failure is never approved: no test ran.'], [...(inputs.setupRemediation ?? ['Fix the workflow step that runs the tests (the command, or the dependencies it needs installed first).'])])
  }
  const checked = inputs.corroboration
  if (verdict.classification === 'code' && checked && (checked.outcome === 'code' || checked.outcome === 'not-missing')) {
    const what = checked.outcome === 'code' ? 'FEEDBACK: code failure (checked on the runner)' : 'FEEDBACK: not missing infrastructure (checked on the runner)'
    return feedback(what, [`The log reads like a missing service, but the runner says otherwise. ${checked.reason}`], [...checked.remediation])
  }
  if (verdict.classification === 'code') {
    return feedback('FEEDBACK: code failure', [`The tests failed and the failure is in the code: ${verdict.explanation}`], ['Fix the code behind the failing tests; the evidence lines above show where each failure was reported.'])
  }

  const named = verdict.services
  const serviceText = named.length > 0 ? named.join(', ') : 'unnamed service'
  const headline = `FEEDBACK: infrastructure failure (${serviceText})`
  // A service the gate started and saw ready is never advised to be started.
  const ready = inputs.ready ?? []
  const advice = (s: string): string => ready.some(r => satisfies(r, s) || satisfies(s, r))
    ? `coach-gate started ${s} and saw it accept clients: make the tests use the connection variables it exported, rather than an address of their own.`
    : remediationFor(s)
  const remediation = named.length > 0 ? named.map(advice) : ['Provide the service the tests connect to (see the evidence lines), or make the tests independent of it.']
  if (verdict.confidence !== 'high') {
    return feedback(headline, [`The failure looks like infrastructure, but not certainly: ${verdict.explanation} Only a high-confidence infrastructure failure can be approved conditionally.`], remediation)
  }
  if (declared.length === 0) {
    return feedback(headline, [`The tests need ${serviceText}, but the task declares no requires_infrastructure, so the failure cannot be excused.`], [...remediation, `If the task really needs ${serviceText}, declare it in the task's frontmatter: requires_infrastructure: [${named.join(', ') || 'service'}].`])
  }
  if (inputs.dockerAvailable) {
    return feedback(headline, ['Docker is available, so the declared services could have been provided and the tests run against them; the failure is not excused.'], [...remediation, 'Enable start-services (the default) so coach-gate starts the declared services itself, or check why they did not start.'])
  }
  if (inputs.dockerMisconfigured !== undefined) {
    return feedback(headline, ['The Docker probe failed on the client\'s configuration, not on a missing daemon: whether Docker could have provided the declared services is unknown, and a probe failure never counts as Docker being unavailable.'], [...remediation, `Fix the Docker client: ${inputs.dockerMisconfigured}.`])
  }
  const undeclared = named.filter(s => !declared.some(d => satisfies(d, s)))
  if (undeclared.length > 0) {
    return feedback(headline, [`The failing service (${undeclared.join(', ')}) is not among the task's declared infrastructure (${declared.join(', ')}): the two signals disagree.`], [...remediation, `Declare ${undeclared.join(', ')} in requires_infrastructure if the task needs it; otherwise the tests should not depend on it.`])
  }
  if (checked && checked.outcome !== 'corroborated') {
    return feedback(headline, [`Every other condition for a conditional approval holds, but the claim was not corroborated on the runner. ${checked.reason}`], [...remediation, ...checked.remediation])
  }
  // Last, so the summary names the one thing that stood between this run and approval.
  if (!inputs.trust.allowed) {
    return feedback(headline, [`Every other condition for a conditional approval holds, but the trust policy refuses it: ${inputs.trust.reason}`], [...remediation, 'Run the tests where the declared infrastructure exists (e.g. a runner with Docker), or have a maintainer review the work; set conditional-approval: always only if forks are trusted.'])
  }
  const first = verdict.evidence[0]
  const cause = named.length > 0
    ? `The tests failed only because ${serviceText} was not available (${verdict.title}${first ? `, log line ${first.line}` : ''}).`
    : `The tests failed only because a service was not available (${verdict.title}${first ? `, log line ${first.line}` : ''}); the log named no service, so the failure is attributed to the declared ${declared.join(', ')}.`
  const unnamedToo = named.length > 0 && verdict.unnamedService ? ' Some failures named no service; they are attributed to the declaration.' : ''
  return {
    decision: 'approve',
    approvedWithoutIndependentTests: true,
    headline: CONDITIONAL_HEADLINE,
    rationale: [
      `${cause}${unnamedToo}`,
      `The task declares it needs ${declared.join(', ')}, Docker is unavailable to provide it, and every gate passed.`,
      ...(checked ? [checked.reason] : []),
      'Approved conditionally: the independent tests did not really run, so a human should check this work where the infrastructure exists.'
    ],
    remediation: []
  }
}

export const FLAKY_HEADLINE = 'APPROVED (flaky: passed on a retry)'

/** Failed, then passed on a retry: approved or not as the workflow chose, and never in silence. */
function flakyResult(flaky: NonNullable<DecisionInputs['flaky']>, choice: 'approve' | 'feedback'): DecisionResult {
  const names = flaky.failedFirst.length > 0 ? flaky.failedFirst.slice(0, 5).join(', ') + (flaky.failedFirst.length > 5 ? ` and ${flaky.failedFirst.length - 5} more` : '') : 'the test command (no failing test was named)'
  const what = `The tests failed, then passed on attempt ${flaky.attempts}: flaky. First failing: ${names}.`
  if (flaky.unproven !== undefined) {
    return feedback(
      flaky.unproven.ranNothing ? 'FEEDBACK: the retry ran no tests' : 'FEEDBACK: the retry did not rerun the failed tests',
      [`The tests failed on attempt 1 (first failing: ${names}); attempt ${flaky.attempts} exited 0, but ${flaky.unproven.reason.replace(/^the retry exited 0,? (but )?/, '')}. A retry is a pass only when the tests that failed before are seen to run again and pass.`],
      [`Fix the failing tests: ${names}.`, 'Make the test command run the tests on every call (not a build target a failed run already made), and name each passing test (pytest -v, go test -v, a JUnit report).']
    )
  }
  if (choice === 'feedback') return feedback('FEEDBACK: flaky tests', [what, 'flaky-decision is feedback: a pass that needed a retry is not approved.'], [`Make the flaky tests deterministic: ${names}.`])
  return { decision: 'approve', approvedWithoutIndependentTests: false, headline: FLAKY_HEADLINE, rationale: [what, 'flaky-decision is approve: the retry passed, so the work is approved; the flaky tests are named in a warning.'], remediation: [`Make the flaky tests deterministic: ${names}.`] }
}

/** The tests never ran: Docker was there to provide the declared services and could not. Nothing is excused. */
function serviceFailureFeedback(failures: readonly ServiceFailure[]): DecisionResult {
  const services = [...new Set(failures.map(f => f.service))].sort()
  const remediation = failures.map(f => {
    switch (f.stage) {
      case 'pull': return `Make ${f.image} pullable on the runner, or point service-images at an image that is (${f.service}=<image>).`
      case 'start': return `Check that ${f.image} can run as a ${f.service} server on this runner (see the reason above).`
      case 'exited': return `The ${f.service} container stopped by itself: its last log lines below say why (often a missing or wrong environment variable of the image).`
      default: return `Raise service-timeout if ${f.service} is just slow to start, or check that ${f.image} really runs ${f.service} (its last log lines are below).`
    }
  })
  const reasons = failures.map(f => `${f.service}: ${f.reason}`).join('; ')
  const rationale = [`The tests did not run: the declared ${services.join(', ')} could not be provided (${reasons}).`, 'Docker is available, so this is a problem of the service containers, not excused: the work was not independently tested.']
  return feedback(`FEEDBACK: infrastructure failure (${services.join(', ')})`, rationale, remediation)
}

export function feedback(headline: string, rationale: string[], remediation: string[]): DecisionResult {
  return { decision: 'feedback', approvedWithoutIndependentTests: false, headline, rationale, remediation }
}
