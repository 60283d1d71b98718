// The container lifecycle: pull if missing, run with a Docker-chosen port on 127.0.0.1,
// wait until the service really answers, hand over the connection settings, and remove
// every container afterwards. Names and labels make each run's containers findable.
import { randomHex } from '../common/random.js'
import { connectionEnv, type PlannedService, type ServicePlan } from './catalogue.js'
import { docker, failureReason } from './docker-cli.js'
import { waitUntilReady } from './readiness.js'

export const LABEL_MANAGED = 'coach-gate.managed'
export const LABEL_RUN = 'coach-gate.run'
export const LABEL_INVOCATION = 'coach-gate.invocation'
export const LABEL_SERVICE = 'coach-gate.service'
const HOST = '127.0.0.1'
const LOG_LINES = 20
const PULL_TIMEOUT_MS = 10 * 60_000

export interface RunIdentity {
  /** `<GITHUB_RUN_ID>-<GITHUB_RUN_ATTEMPT>`: the same for every step of one run attempt. */
  readonly run: string
  /** Random per invocation of the action: two gates in one job never touch each other's containers. */
  readonly invocation: string
}

export function runIdentity(env: Readonly<Record<string, string | undefined>>, random = randomHex(4)): RunIdentity {
  const id = (env.GITHUB_RUN_ID || 'local').replace(/[^A-Za-z0-9_.-]/g, '')
  const attempt = (env.GITHUB_RUN_ATTEMPT || '1').replace(/[^A-Za-z0-9_.-]/g, '')
  return { run: `${id}-${attempt}`, invocation: random }
}

export function containerName(identity: RunIdentity, service: string): string {
  return `coach-gate-${identity.run}-${identity.invocation}-${service}`.replace(/[^A-Za-z0-9_.-]/g, '-')
}

export function labelFilters(identity: RunIdentity): string[] {
  return ['--filter', `label=${LABEL_RUN}=${identity.run}`, '--filter', `label=${LABEL_INVOCATION}=${identity.invocation}`]
}

/** `docker run` arguments for one service; the port is published on 127.0.0.1 at a port Docker picks. */
export function runArguments(planned: PlannedService, identity: RunIdentity, name: string): string[] {
  const { spec, image } = planned
  const args = ['run', '--detach', '--name', name,
    '--label', `${LABEL_MANAGED}=true`, '--label', `${LABEL_RUN}=${identity.run}`,
    '--label', `${LABEL_INVOCATION}=${identity.invocation}`, '--label', `${LABEL_SERVICE}=${spec.service}`,
    '--publish', `${HOST}::${spec.containerPort}`]
  for (const [key, value] of Object.entries(spec.containerEnv)) args.push('--env', `${key}=${value}`)
  return [...args, image, ...spec.command]
}

/** The host port from `docker port` output (`127.0.0.1:49153`, possibly several lines). */
export function parsePublishedPort(output: string): number | undefined {
  for (const line of output.split('\n')) {
    const match = /^127\.0\.0\.1:(\d+)\s*$/.exec(line.trim())
    if (match) return Number(match[1])
  }
  return undefined
}

export interface StartedService {
  readonly service: string
  readonly image: string
  readonly container: string
  readonly host: string
  readonly port: number
  readonly url: string
  /** From `docker run` returning to the first successful protocol probe. */
  readonly readyMs: number
  readonly attempts: number
  readonly greeting: string
}

export type FailureStage = 'pull' | 'start' | 'readiness' | 'exited' | 'cancelled'

export interface ServiceFailure {
  readonly service: string
  readonly image: string
  readonly stage: FailureStage
  readonly reason: string
  /** The container's last log lines, when there was a container. */
  readonly logs: readonly string[]
}

export interface Removal {
  readonly removed: readonly string[]
  readonly problem: string | undefined
}

export interface StartOptions {
  readonly timeoutMs: number
  readonly signal?: AbortSignal
  readonly log?: (line: string) => void
}

export interface StartOutcome {
  readonly started: readonly StartedService[]
  readonly failures: readonly ServiceFailure[]
  /** Connection variables for the test process. */
  readonly env: Record<string, string>
}

/** One invocation's containers. `removeAll` is safe to call any time, more than once. */
export class ServiceSession {
  private readonly names = new Set<string>()

  constructor(readonly identity: RunIdentity) {}

  async start(plan: ServicePlan, options: StartOptions): Promise<StartOutcome> {
    const results = await Promise.all(plan.start.map(planned => this.startOne(planned, options)))
    const started = results.filter((r): r is StartedService => 'port' in r)
    const failures = results.filter((r): r is ServiceFailure => 'stage' in r)
    return { started, failures, env: connectionEnv(started) }
  }

  /** Removes every container this session created; safe to call again. */
  async removeAll(): Promise<Removal> {
    const names = [...this.names]
    if (names.length === 0) return { removed: [], problem: undefined }
    const result = await docker(['rm', '--force', '--volumes', ...names], 60_000)
    // `No such container`: it never got created, or is already gone. Either is fine.
    const problems = result.stderr.split('\n').filter(line => line.trim() !== '' && !/No such container/i.test(line))
    const removed = result.stdout.split('\n').map(line => line.trim()).filter(line => names.includes(line))
    if (result.code === 0 || (problems.length === 0 && !result.timedOut)) {
      this.names.clear()
      return { removed, problem: undefined }
    }
    return { removed, problem: `could not remove ${names.join(', ')}: ${failureReason({ ...result, stderr: problems.join(' ') })}` }
  }

  private async startOne(planned: PlannedService, options: StartOptions): Promise<StartedService | ServiceFailure> {
    const { spec, image } = planned
    const fail = (stage: FailureStage, reason: string, logs: readonly string[] = []): ServiceFailure => ({ service: spec.service, image, stage, reason, logs })
    const log = options.log ?? ((): void => undefined)
    const cancelled = (): ServiceFailure | undefined => (options.signal?.aborted ? fail('cancelled', 'the job was cancelled while services started') : undefined)

    const present = await docker(['image', 'inspect', '--format', '{{.Id}}', image], 30_000)
    if (present.code !== 0) {
      log(`coach-gate: pulling ${image} for ${spec.service}`)
      const pulled = await docker(['pull', '--quiet', image], PULL_TIMEOUT_MS, options.signal)
      if (cancelled()) return cancelled() as ServiceFailure
      if (pulled.code !== 0) return fail('pull', `could not pull ${image}: ${failureReason(pulled)}`)
    }
    if (cancelled()) return cancelled() as ServiceFailure

    const name = containerName(this.identity, spec.service)
    // Remembered before `docker run`: a run cut short may still have created it.
    this.names.add(name)
    const run = await docker(runArguments(planned, this.identity, name), 120_000)
    if (run.code !== 0) return fail('start', `docker run ${image} failed: ${failureReason(run)}`)
    const runReturned = performance.now()
    const portResult = await docker(['port', name, `${spec.containerPort}/tcp`], 30_000)
    const port = parsePublishedPort(portResult.stdout)
    if (port === undefined) return fail('start', `no published port for ${spec.containerPort}/tcp: ${failureReason(portResult)}`, await this.logs(name))
    log(`coach-gate: ${spec.service} (${image}) is container ${name} on ${HOST}:${port}; waiting until it accepts clients`)

    // A container that exits (bad image, bad settings) fails at once instead of at the timeout.
    const stopWatching = new AbortController()
    const abortWait = new AbortController()
    const onCancel = (): void => abortWait.abort()
    options.signal?.addEventListener('abort', onCancel, { once: true })
    const exited = docker(['wait', name], options.timeoutMs + 60_000, stopWatching.signal).then(result => {
      if (!stopWatching.signal.aborted) abortWait.abort()
      return result
    })
    const wait = await waitUntilReady(spec.probe, HOST, port, { timeoutMs: options.timeoutMs, signal: abortWait.signal })
    stopWatching.abort()
    options.signal?.removeEventListener('abort', onCancel)
    if (wait.ready) {
      void exited
      return { service: spec.service, image, container: name, host: HOST, port, url: spec.url(HOST, port), readyMs: performance.now() - runReturned, attempts: wait.attempts, greeting: wait.detail }
    }
    if (options.signal?.aborted) return fail('cancelled', 'the job was cancelled while services started')
    const exit = await exited
    if (abortWait.signal.aborted && exit.code === 0) {
      return fail('exited', `the container exited (status ${exit.stdout.trim() || '?'}) before ${spec.service} accepted clients`, await this.logs(name))
    }
    return fail('readiness', `${spec.service} did not accept clients within ${Math.round(options.timeoutMs / 1000)} s (${wait.attempts} probes; last: ${wait.detail})`, await this.logs(name))
  }

  private async logs(name: string): Promise<string[]> {
    const result = await docker(['logs', '--tail', String(LOG_LINES), name], 15_000)
    const text = `${result.stdout}${result.stderr}`
    return text.split('\n').map(line => line.trimEnd()).filter(line => line !== '').slice(-LOG_LINES)
  }
}
