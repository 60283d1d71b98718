// The judgement, pure: for each claim, which check to make (or the answer the run already
// gives: a container the gate started and saw ready, a step configured for another endpoint),
// what the check's answer means, and what all of them say together. docs/design.md,
// "Corroboration".
import type { Verdict } from '../classify/classifier.js'
import { canonicalService, satisfies, serviceDefinition } from '../knowledge/registry.js'
import { describeClaim, normalHost, type Claim } from './claims.js'
import type { CheckAnswer, Target } from './checks.js'
import { configuredEndpoints, describeConfigured, matchesConfigured, sameHost, type ConfiguredEndpoint } from './configured.js'

/** corroborated: the runner agrees; code: the service was there or configured elsewhere; not-missing: something answers now; unestablished: no answer. */
export type ClaimResult = 'corroborated' | 'code' | 'not-missing' | 'unestablished'

export interface StartedEndpoint {
  readonly service: string
  readonly host: string
  readonly port: number
}

export interface CorroborationContext {
  readonly declared: readonly string[]
  /** The environment the tests ran with: the step's, and what the gate exported. */
  readonly env: Readonly<Record<string, string | undefined>>
  /** Containers the gate started and saw accept clients (the primary path). */
  readonly started: readonly StartedEndpoint[]
  /** The Docker probe's answer, for a claim that Docker itself was missing. */
  readonly docker: { readonly available: boolean; readonly detail: string }
}

export type CheckRequest =
  | { readonly kind: 'connect'; readonly target: Target }
  | { readonly kind: 'resolve'; readonly host: string }
  | { readonly kind: 'module'; readonly ecosystem: 'npm' | 'python'; readonly name: string }
  | { readonly kind: 'tool'; readonly name: string }

export interface Decided {
  readonly result: ClaimResult
  /** One clause: `nothing accepts on 127.0.0.1:5432`. */
  readonly reason: string
}

/** Either a check to make, or what the run already shows. */
export interface PlannedCheck {
  readonly claim: Claim
  /** The service the claim is about ('' when none is known). */
  readonly service: string
  readonly check: string
  readonly request?: CheckRequest
  readonly decided?: Decided
}

export interface CheckRecord {
  readonly claim: string
  readonly check: string
  readonly result: ClaimResult
  readonly reason: string
  readonly timeMs: number
}

export interface Corroboration {
  readonly outcome: ClaimResult
  /** The sentence the decision gives. */
  readonly reason: string
  readonly checks: readonly CheckRecord[]
  /** What to do, when the outcome is not corroborated. */
  readonly remediation: readonly string[]
}

const where = (host: string, port: number): string => `${host.includes(':') ? `[${host}]` : host}:${port}`

/** The services a claim can be about: its own, or (when it names none) the declared ones. */
function servicesOf(claim: Claim, declared: readonly string[]): string[] {
  if (claim.service !== '') return [claim.service]
  return declared.map(d => canonicalService(d) ?? d)
}

/** The checks for the claims: an unnamed claim with several services declared is one check each. */
export function planChecks(claims: readonly Claim[], ctx: CorroborationContext): PlannedCheck[] {
  return claims.flatMap(claim => {
    if (claim.kind === 'service' && claim.service === '' && ctx.declared.length > 0) return servicesOf(claim, ctx.declared).map(s => planCheck({ ...claim, service: s }, ctx))
    return [planCheck(claim, ctx)]
  })
}

export function planCheck(claim: Claim, ctx: CorroborationContext): PlannedCheck {
  const services = servicesOf(claim, ctx.declared)
  const service = claim.service
  const plan = (check: string, rest: Pick<PlannedCheck, 'request' | 'decided'>): PlannedCheck => ({ claim, service, check, ...rest })
  const started = ctx.started.find(s => services.some(name => satisfies(s.service, name) || satisfies(name, s.service)))

  if (claim.kind === 'module') {
    if (claim.ecosystem !== 'npm' && claim.ecosystem !== 'python') {
      return plan(`${claim.ecosystem} package lookup`, { decided: { result: 'unestablished', reason: `whether ${claim.module || 'the package'} is installed for ${claim.ecosystem} cannot be checked on the runner (only npm and Python packages are)` } })
    }
    if (claim.module === '') return plan('package lookup', { decided: { result: 'unestablished', reason: 'the missing package is not named on the line' } })
    return plan(claim.ecosystem === 'npm' ? `require.resolve('${claim.module}') in working-directory` : `find_spec('${claim.module}') in working-directory`, { request: { kind: 'module', ecosystem: claim.ecosystem, name: claim.module } })
  }
  if (claim.kind === 'tool') return plan(`${claim.tool} on the step's PATH`, { request: { kind: 'tool', name: claim.tool } })

  // The primary path: the gate started the service and saw it accept clients.
  if (started && claim.kind !== 'socket') {
    const at = where(started.host, started.port)
    const there = claim.kind === 'endpoint' && normalHost(claim.host) === normalHost(started.host) && claim.port === started.port
    const reason = claim.kind === 'endpoint' && !there
      ? `refused on ${describeClaim(claim)}, but coach-gate started ${started.service} at ${at} and exported its connection variables: the code ignored its configuration`
      : `coach-gate started ${started.service} at ${at} and saw it accept clients before the tests: the service was there`
    return plan(`${started.service} container started and ready`, { decided: { result: 'code', reason } })
  }

  const configured = services.flatMap(s => configuredEndpoints(ctx.env, s))
  if (claim.kind === 'endpoint') {
    const tcp = configured.filter(c => c.socket === undefined)
    if (tcp.length > 0 && !tcp.some(c => claim.defaultPort ? sameHost(c.host, claim.host) : matchesConfigured(c, claim.host, claim.port))) {
      return plan('the step\'s connection variables', { decided: { result: 'code', reason: ignored(`refused on ${describeClaim(claim)}`, tcp) } })
    }
    const configuredPort = claim.defaultPort ? tcp.find(c => c.port !== undefined)?.port : undefined
    const port = configuredPort ?? claim.port
    return plan(`connect to ${where(claim.host, port)}`, { request: { kind: 'connect', target: { host: claim.host, port } } })
  }
  if (claim.kind === 'socket') {
    const sockets = configured.filter(c => c.socket !== undefined)
    if (sockets.length > 0 && !sockets.some(c => claim.path === c.socket || claim.path.startsWith(`${c.socket?.replace(/\/$/, '')}/`))) {
      return plan('the step\'s connection variables', { decided: { result: 'code', reason: ignored(`refused on ${describeClaim(claim)}`, sockets) } })
    }
    return plan(`connect to ${claim.path}`, { request: { kind: 'connect', target: { path: claim.path } } })
  }
  if (claim.kind === 'dns') {
    const hosts = configured.filter(c => c.host !== '')
    if (hosts.length > 0 && !hosts.some(c => normalHost(c.host) === normalHost(claim.host))) {
      return plan('the step\'s connection variables', { decided: { result: 'code', reason: ignored(`${describeClaim(claim)} did not resolve`, hosts) } })
    }
    return plan(`look up ${claim.host}`, { request: { kind: 'resolve', host: claim.host } })
  }
  // Only the service: where the step said it is, or its own port on this machine.
  if (service === 'docker' || (service === '' && services.includes('docker'))) {
    return plan('docker info (the probe)', { decided: ctx.docker.available ? { result: 'not-missing', reason: 'docker info answers on this runner' } : { result: 'corroborated', reason: `docker info does not answer (${ctx.docker.detail})` } })
  }
  const target = configured.find(c => c.socket === undefined && (c.host !== '' || c.port !== undefined))
  const own = serviceDefinition(service)?.ports[0]
  const host = target?.host || '127.0.0.1'
  const port = target?.port ?? own
  if (port === undefined) return plan('connect', { decided: { result: 'unestablished', reason: `the log names no endpoint for ${service || 'the service'}, and none is known to check` } })
  return plan(`connect to ${where(host, port)}${target ? ` (${target.variable})` : ` (${service}'s own port)`}`, { request: { kind: 'connect', target: { host, port } } })
}

/** `refused on 127.0.0.1:5672` / `the host name db did not resolve`, and where the step said the service is. */
function ignored(failed: string, configured: readonly ConfiguredEndpoint[]): string {
  return `${failed}, while in the test step's environment ${configured.slice(0, 3).map(describeConfigured).join('; ')}: the code ignored its configuration`
}

/** What a check's answer means for the claim. */
export function judgeAnswer(planned: PlannedCheck, answer: CheckAnswer<string>): Decided {
  const request = planned.request
  if (!request) return planned.decided ?? { result: 'unestablished', reason: 'nothing was checked' }
  switch (request.kind) {
    case 'connect': {
      const target = 'path' in request.target ? `the socket ${request.target.path}` : where(request.target.host, request.target.port)
      if (answer.outcome === 'refused') return { result: 'corroborated', reason: `nothing accepts on ${target} (${answer.detail})` }
      if (answer.outcome === 'accepted') return { result: 'not-missing', reason: `something accepts on ${target} now: the service was there, so the failure is not missing infrastructure (a wrong address, or a server that was not ready)` }
      return { result: 'unestablished', reason: `${target} neither refused nor accepted (${answer.detail}): the refusal could not be checked` }
    }
    case 'resolve':
      if (answer.outcome === 'not-found') return { result: 'corroborated', reason: `${request.host} does not resolve (${answer.detail})` }
      if (answer.outcome === 'resolved') return { result: 'not-missing', reason: `${request.host} ${answer.detail} on this runner: the host exists` }
      return { result: 'unestablished', reason: `looking up ${request.host} gave no answer (${answer.detail})` }
    case 'module':
      if (answer.outcome === 'absent') return { result: 'corroborated', reason: `${request.name} is not installed for ${request.ecosystem === 'npm' ? 'Node' : 'Python'} in working-directory (${answer.detail})` }
      if (answer.outcome === 'present') return { result: 'not-missing', reason: `${request.name} is installed for ${request.ecosystem === 'npm' ? 'Node' : 'Python'} in working-directory (${answer.detail}): the tests ran with another environment, not without the library` }
      return { result: 'unestablished', reason: `whether ${request.name} is installed could not be established: ${answer.detail}` }
    case 'tool':
      if (answer.outcome === 'absent') return { result: 'corroborated', reason: `${request.name} is not on the step's PATH` }
      return { result: 'not-missing', reason: `${request.name} is on the step's PATH (${answer.detail})` }
  }
}

const RANK: Readonly<Record<ClaimResult, number>> = { corroborated: 0, unestablished: 1, 'not-missing': 2, code: 3 }

/** All the checks together: the worst result decides, and its reason is the decision's. */
export function corroborationOf(records: readonly CheckRecord[]): Corroboration {
  if (records.length === 0) return { outcome: 'unestablished', reason: 'The verdict made no claim coach-gate could check on the runner.', checks: [], remediation: [] }
  const worst = records.reduce((a, b) => (RANK[b.result] > RANK[a.result] ? b : a))
  const outcome = worst.result
  const reason = outcome === 'corroborated'
    ? `Checked on the runner: ${records.map(r => r.reason).join('; ')}.`
    : outcome === 'unestablished'
      ? `The claim could not be checked on the runner: ${worst.reason}; a claim that cannot be checked is not approved on its strength.`
      : `Checked on the runner: ${worst.reason}.`
  const remediation = outcome === 'code'
    ? ['Make the tests connect where the step configures the service (the connection variables coach-gate names above), not to an address of their own.']
    : outcome === 'not-missing'
      ? ['The service (or library) is there on the runner: find why the tests could not reach it (an address, a start-up race, another interpreter or node_modules).']
      : []
  return { outcome, reason, checks: records, remediation }
}

/** The verdict once the runner has been asked: unchanged unless the checks showed the service was there or configured elsewhere. */
export function verdictAfter(verdict: Verdict, corroboration: Corroboration): Verdict {
  if (corroboration.outcome !== 'code' && corroboration.outcome !== 'not-missing') return verdict
  const code = corroboration.outcome === 'code'
  return {
    ...verdict,
    classification: 'code',
    confidence: code ? 'high' : 'ambiguous',
    services: [],
    unnamedService: false,
    ruleId: code ? 'corroboration.service-configured-or-there' : 'corroboration.not-missing',
    title: code ? 'The service was there or configured elsewhere (checked on the runner)' : 'Not missing infrastructure (checked on the runner)',
    explanation: `${corroboration.reason} The log said: ${verdict.title}${verdict.evidence[0] ? ` (line ${verdict.evidence[0].line})` : ''}.`
  }
}
