// Step 4 of the flow, the primary path: provide the declared services around the tests.
// The containers are removed whatever happens to the tests: pass, fail, timeout, cancel.
import type { ServicePlan } from './catalogue.js'
import type { Removal, RunIdentity, StartOutcome } from './containers.js'
import type { ServicesRecord } from './outcome.js'

export interface ProvideOptions {
  readonly declared: readonly string[]
  /** planServices(declared, service-images): which declared services become containers. */
  readonly plan: ServicePlan
  readonly dockerAvailable: boolean
  readonly startServices: boolean
  readonly serviceTimeoutSeconds: number
  readonly env: Readonly<Record<string, string | undefined>>
  readonly signal: AbortSignal
  readonly log: (line: string) => void
  /** Called before any container exists, so the post step can find survivors by label. */
  readonly remember: (identity: RunIdentity) => void
}

export interface Provided<T> {
  readonly record: ServicesRecord
  /** undefined when the tests did not run (a service could not be provided). */
  readonly result: T | undefined
}

export async function withServices<T>(options: ProvideOptions, body: (env: Record<string, string>) => Promise<T>): Promise<Provided<T>> {
  const plan = options.plan
  const base = { started: [], failures: [], skipped: plan.skipped, unusedImages: plan.unusedImages, cleanupProblem: undefined, removed: [] }
  if (options.declared.length === 0) return { record: { ...base, mode: 'none-declared', skipped: [] }, result: await body({}) }
  if (!options.dockerAvailable) return { record: { ...base, mode: 'docker-unavailable', skipped: [] }, result: await body({}) }
  if (!options.startServices) return { record: { ...base, mode: 'disabled', skipped: [] }, result: await body({}) }
  if (plan.start.length === 0) return { record: { ...base, mode: 'started' }, result: await body({}) }

  let cleanup: Removal = { removed: [], problem: undefined }
  // The container code (and the readiness probes) is loaded only by a run that starts services.
  const { runIdentity, ServiceSession } = await import('./containers.js')
  const session = new ServiceSession(runIdentity(options.env))
  options.remember(session.identity)
  let outcome: StartOutcome = { started: [], failures: [], env: {} }
  let result: T | undefined
  try {
    outcome = await session.start(plan, { timeoutMs: options.serviceTimeoutSeconds * 1000, signal: options.signal, log: options.log })
    for (const s of outcome.started) options.log(`coach-gate: ${s.service} accepts clients (${s.greeting}) ${Math.round(s.readyMs)} ms after start`)
    for (const f of outcome.failures) options.log(`coach-gate: ${f.service} could not be provided: ${f.reason}`)
    if (outcome.failures.length === 0) result = await body(outcome.env)
  } finally {
    cleanup = await session.removeAll()
    options.log(cleanup.problem ? `coach-gate: ${cleanup.problem}` : `coach-gate: removed ${cleanup.removed.length} service container(s)`)
  }
  return { record: { ...base, mode: 'started', started: outcome.started, failures: outcome.failures, cleanupProblem: cleanup.problem, removed: cleanup.removed }, result }
}
