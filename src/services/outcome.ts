// What the services part of a run looked like, and how it reads: the record kept in the
// RunRecord, the verdict and decision when a service could not be provided, the summary
// section, the report section and the `services` output. All pure.
import type { Verdict } from '../classify/classifier.js'
import { failedGatesFeedback, feedback, type DecisionResult } from '../decision.js'
import { code, escapeHtml, escapeMarkdown } from '../markdown.js'
import type { Gate } from '../settings.js'
import { redactUrl } from './catalogue.js'
import type { ServiceFailure, StartedService } from './containers.js'

export type ServicesMode =
  /** Containers were started (or tried). */
  | 'started'
  | 'none-declared'
  | 'disabled'
  | 'docker-unavailable'

export interface ServicesRecord {
  readonly mode: ServicesMode
  readonly started: readonly StartedService[]
  readonly failures: readonly ServiceFailure[]
  readonly skipped: readonly { readonly service: string; readonly reason: string }[]
  readonly unusedImages: readonly string[]
  /** Problem removing containers, if any; undefined when everything was removed. */
  readonly cleanupProblem: string | undefined
  readonly removed: readonly string[]
}

export const NO_SERVICES: ServicesRecord = { mode: 'none-declared', started: [], failures: [], skipped: [], unusedImages: [], cleanupProblem: undefined, removed: [] }

export function serviceFailureVerdict(failures: readonly ServiceFailure[]): Verdict {
  const services = [...new Set(failures.map(f => f.service))].sort()
  return {
    classification: 'infrastructure',
    confidence: 'high',
    services,
    ruleId: 'service-not-ready',
    title: 'Declared service could not be provided',
    explanation: failures.map(f => `${f.service}: ${f.reason}`).join('; '),
    evidence: [],
    tests: [],
    failingTests: 0,
    counts: { infrastructureHigh: failures.length, infrastructureAmbiguous: 0, code: 0 }
  }
}

/**
 * The decision when the tests never ran because a declared service could not be provided.
 * Docker was there to provide it, so nothing is excused: always feedback, a failed gate first.
 */
export function decideServiceFailure(failures: readonly ServiceFailure[], gates: readonly Gate[]): { verdict: Verdict; decision: DecisionResult } {
  const verdict = serviceFailureVerdict(failures)
  const gateFailure = failedGatesFeedback(gates)
  if (gateFailure) return { verdict, decision: gateFailure }
  if (failures.some(f => f.stage === 'cancelled')) {
    return { verdict, decision: feedback('FEEDBACK: cancelled while services started', ['The job was cancelled while the declared services were starting; the tests did not run, and the containers were removed.'], ['Re-run the job.']) }
  }
  const remediation = failures.map(f => {
    switch (f.stage) {
      case 'pull': return `Make ${f.image} pullable on the runner, or point service-images at an image that is (${f.service}=<image>).`
      case 'start': return `Check that ${f.image} can run as a ${f.service} server on this runner (see the reason above).`
      case 'exited': return `The ${f.service} container stopped by itself: its last log lines below say why (often a missing or wrong environment variable of the image).`
      default: return `Raise service-timeout if ${f.service} is just slow to start, or check that ${f.image} really runs ${f.service} (its last log lines are below).`
    }
  })
  const rationale = [`The tests did not run: the declared ${verdict.services.join(', ')} could not be provided (${verdict.explanation}).`, 'Docker is available, so this is a problem of the service containers, not excused: the work was not independently tested.']
  return { verdict, decision: feedback(`FEEDBACK: infrastructure failure (${verdict.services.join(', ')})`, rationale, remediation) }
}

export function servicesOutput(record: ServicesRecord): string {
  return JSON.stringify(record.started.map(s => ({ service: s.service, image: s.image, host: s.host, port: s.port, url: s.url })))
}

export function servicesReport(record: ServicesRecord): Record<string, unknown> {
  return {
    mode: record.mode,
    started: record.started.map(s => ({ service: s.service, image: s.image, container: s.container, host: s.host, port: s.port, url: redactUrl(s.url), ready_ms: Math.round(s.readyMs), probes: s.attempts, greeting: s.greeting })),
    failures: record.failures.map(f => ({ service: f.service, image: f.image, stage: f.stage, reason: f.reason, logs: f.logs })),
    skipped: record.skipped,
    unused_image_overrides: record.unusedImages,
    removed_containers: record.removed,
    cleanup_problem: record.cleanupProblem ?? null
  }
}

export function renderServices(record: ServicesRecord): string[] {
  if (record.mode !== 'started' && record.skipped.length === 0 && record.unusedImages.length === 0) return []
  const out: string[] = ['### Services', '']
  for (const s of record.started) {
    out.push(`- ✅ ${escapeMarkdown(s.service)}: ${code(s.image)} at ${code(redactUrl(s.url))}, accepted clients ${(s.readyMs / 1000).toFixed(2)} s after start (${s.attempts} probe${s.attempts === 1 ? '' : 's'})`)
  }
  for (const f of record.failures) out.push(`- ❌ ${escapeMarkdown(f.service)} (${code(f.image)}): ${escapeMarkdown(f.reason)}`)
  for (const s of record.skipped) out.push(`- ⚠️ ${escapeMarkdown(s.service)}: ${escapeMarkdown(s.reason)}`)
  if (record.unusedImages.length > 0) out.push(`- ⚠️ service-images names services coach-gate cannot start: ${record.unusedImages.map(s => escapeMarkdown(s)).join(', ')}`)
  if (record.started.length + record.failures.length > 0) {
    out.push(record.cleanupProblem ? `- ❌ Clean-up: ${escapeMarkdown(record.cleanupProblem)}` : `- Clean-up: ${record.removed.length} container${record.removed.length === 1 ? '' : 's'} removed`)
  }
  out.push('')
  for (const f of record.failures.filter(f => f.logs.length > 0)) {
    out.push(`<details open><summary>${escapeHtml(`${f.service}: last ${f.logs.length} log lines of the container`)}</summary>`, '', `<pre>${escapeHtml(f.logs.join('\n'))}</pre>`, '', '</details>', '')
  }
  return out
}
