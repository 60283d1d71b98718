// What the services part of a run looked like, and how it reads: the record kept in the
// RunRecord, the verdict when a service could not be provided, the summary section, the report
// section and the `services` output. All pure.
import type { Verdict } from '../classify/classifier.js'
import { code, escapeHtml, escapeMarkdown } from '../common/markdown.js'
import { redactUrl } from './redact.js'
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

/** The verdict of a run whose tests never ran because declared services could not be provided. */
export function serviceFailureVerdict(failures: readonly ServiceFailure[]): Verdict {
  const services = [...new Set(failures.map(f => f.service))].sort()
  return {
    classification: 'infrastructure',
    confidence: 'high',
    services,
    unnamedService: false,
    ruleId: 'service-not-ready',
    title: 'Declared service could not be provided',
    explanation: failures.map(f => `${f.service}: ${f.reason}`).join('; '),
    evidence: [],
    tests: [],
    failingTests: 0,
    counts: { infrastructureHigh: failures.length, infrastructureAmbiguous: 0, code: 0 }
  }
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
