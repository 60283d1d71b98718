// What a verdict claims about the runner, as things the runner can be asked: the endpoint that
// refused (host and port, or a Unix socket), the host name that did not resolve, the client
// library or tool that was missing, or only the service (a refusal that names no endpoint).
// Read from the text of the verdict's infrastructure evidence, with the shapes the service
// definitions use (HOST_PORT). Pure.
import type { Verdict } from '../classify/classifier.js'
import { interpretationOf } from '../classify/rules/index.js'
import { HOST_PORT } from '../knowledge/definitions.js'
import { serviceDefinition, serviceForPort, serviceForSocket } from '../knowledge/registry.js'

export type Claim =
  | { readonly kind: 'endpoint'; readonly service: string; readonly host: string; readonly port: number; readonly line: number; readonly text: string; readonly defaultPort?: boolean }
  | { readonly kind: 'socket'; readonly service: string; readonly path: string; readonly line: number; readonly text: string }
  | { readonly kind: 'dns'; readonly service: string; readonly host: string; readonly line: number; readonly text: string }
  | { readonly kind: 'module'; readonly service: string; readonly ecosystem: string; readonly module: string; readonly line: number; readonly text: string }
  | { readonly kind: 'tool'; readonly service: string; readonly tool: string; readonly line: number; readonly text: string }
  /** A failure that names the service (or not even that) but no endpoint. */
  | { readonly kind: 'service'; readonly service: string; readonly line: number; readonly text: string }

/** At most this many claims are checked: each check is bounded, and so is their number. */
export const CLAIMS_MAX = 8

const HP = (cue: string): RegExp => new RegExp(String.raw`${cue}\s*\(?(?:[\w.-]{0,255}\/)?${HOST_PORT}`)
/** Where drivers print the endpoint they could not reach, most specific first. */
const ENDPOINT_SHAPES: readonly RegExp[] = [
  // libpq: `connection to server at "localhost" (127.0.0.1), port 5432 failed`
  /connection to server at "(?<name>[^"]{1,255})"(?: \((?<host>[^)]{1,64})\))?, port (?<port>\d{1,5})/,
  /Connect call failed \('(?<host>[^']{1,255})', (?<port>\d{1,5})/,
  /connect\(2\) for "?(?<host>[\w.:-]{1,255})"? port (?<port>\d{1,5})/,
  /HTTPConnectionPool\(host='(?<host>[^']{1,255})', port=(?<port>\d{1,5})\)/,
  /\(host=(?<host>[\w.:-]{1,255})\)\(port=(?<port>\d{1,5})\)/,
  /connection to the host (?<host>[\w.-]{1,255}), port (?<port>\d{1,5})/,
  /database server at `?(?<host>[\w.-]{1,255})`?:`?(?<port>\d{1,5})/,
  HP(String.raw`(?:ECONNREFUSED|dial tcp|[Rr]efused:|[Cc]onnect(?:ing)? to|[Cc]onnection to(?: node -?\d+)?|UnableToConnect on|server at|for DNS name)`)
]
/** A host without a port (`Can't connect to MySQL server on '127.0.0.1' (111)`): the service's own port. */
const HOST_ONLY = /server on '?(?<host>[\w.:-]{1,255}?)'? \(/
const SOCKET_SHAPES: readonly RegExp[] = [
  /socket "(?<path>\/[^"]{1,255})"/,
  /unix socket: (?<path>\/\S{1,255}?)\.? (?:No such file|Connection refused)/,
  /dial unix (?<path>\/[^\s:]{1,255})/,
  /connect E(?:NOENT|CONNREFUSED) (?<path>\/\S{1,255})/,
  /unix:\/\/(?<path>\/[^\s"'?]{1,255}?)\.?(?=[\s"'?]|$)/,
  /through socket '(?<path>\/[^']{1,255})'/,
  /SocketNotFoundError\("?(?<path>\/[^")]{1,255})/,
  /(?<path>\/[\w./-]{1,255}docker\.sock)/
]
const DNS_SHAPES: readonly RegExp[] = [
  /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\w.-]{1,255})/, /could not translate host name "(?<host>[\w.-]{1,255})"/,
  /lookup (?<host>[\w.-]{1,255})(?: on [\d.:[\]]+)?: /, /Error -[23] connecting to (?<host>[\w.-]{1,255}):/,
  /\b(?<host>[\w.-]{1,255}):\d{1,5}\b.{0,80}Name or service not known|Name or service not known.{0,40}\b(?<host2>[\w.-]{1,255}):\d/,
  /UnknownHostException: (?<host>[\w.-]{1,255})/
]
const MODULE_SHAPES: Readonly<Record<string, RegExp>> = {
  'module.python.missing': /No module named '?(?<module>[\w.]{1,200})'?/,
  'module.npm.missing': /Cannot find (?:module|package) '(?<module>[^'\s]{1,200})'|Failed to load url (?<module2>[^\s(]{1,200}) |Failed to resolve (?:import|entry for package) "(?<module3>[^"\s]{1,200})"/
}
const TOOL_SHAPE = /(?:^|[\s:])(?<tool>[\w.-]{2,40}): (?:command )?not found|exec: "(?<tool2>[\w.-]{2,40})": executable file not found/

/** The verdict's infrastructure claims, deduplicated (one per endpoint, host, module, service), bounded. */
export function claimsOf(verdict: Verdict, declared: readonly string[]): Claim[] {
  const findings = [...verdict.evidence, ...verdict.tests.flatMap(t => (t.evidence ? [t.evidence] : []))]
    .filter(f => f.kind === 'infrastructure' && f.confidence === 'high')
  const claims = new Map<string, Claim>()
  for (const f of findings) {
    const claim = claimOf(f.ruleId, f.text, f.service, f.line)
    const key = claimKey(claim)
    if (!claims.has(key)) claims.set(key, claim)
  }
  // A run judged infrastructure with no evidence line kept (a JUnit report's message): the services it names.
  if (claims.size === 0 && verdict.classification === 'infrastructure') {
    for (const s of verdict.services.length > 0 ? verdict.services : declared) claims.set(`service:${s}`, { kind: 'service', service: s, line: 0, text: verdict.title })
  }
  // A claim naming only the service is covered when an endpoint of that service is checked.
  const out = [...claims.values()]
  const specific = new Set(out.filter(c => c.kind !== 'service').map(c => c.service))
  return out.filter(c => c.kind !== 'service' || !specific.has(c.service) || c.service === '').slice(0, CLAIMS_MAX)
}

export function claimKey(claim: Claim): string {
  switch (claim.kind) {
    case 'endpoint': return `endpoint:${normalHost(claim.host)}:${claim.port}`
    case 'socket': return `socket:${claim.path}`
    case 'dns': return `dns:${claim.host.toLowerCase()}`
    case 'module': return `module:${claim.ecosystem}:${claim.module}`
    case 'tool': return `tool:${claim.tool}`
    default: return `service:${claim.service}`
  }
}

/** One finding's claim: what its rule says it is, read from its text. */
export function claimOf(ruleId: string, text: string, service: string, line: number): Claim {
  const base = { line, text }
  if (ruleId.startsWith('network.dns')) {
    for (const shape of DNS_SHAPES) {
      const g = shape.exec(text)?.groups
      const host = g?.host ?? g?.host2
      if (host) return { kind: 'dns', service, host, ...base }
    }
  }
  if (ruleId.startsWith('module.')) {
    const g = MODULE_SHAPES[ruleId]?.exec(text)?.groups
    const module = g?.module ?? g?.module2 ?? g?.module3
    return { kind: 'module', service, ecosystem: ruleId.split('.')[1] ?? '', module: module ? packageOf(ruleId, module) : '', ...base }
  }
  if (interpretationOf(ruleId) === 'tool') {
    const g = TOOL_SHAPE.exec(text)?.groups
    const tool = g?.tool ?? g?.tool2
    if (tool) return { kind: 'tool', service, tool, ...base }
  }
  for (const shape of SOCKET_SHAPES) {
    const path = shape.exec(text)?.groups?.path
    if (path) return { kind: 'socket', service: service || (serviceForSocket(path) ?? ''), path, ...base }
  }
  for (const shape of ENDPOINT_SHAPES) {
    const g = shape.exec(text)?.groups
    const host = g?.host ?? g?.name
    const port = Number(g?.port)
    if (host && Number.isInteger(port) && port > 0 && port < 65536) return { kind: 'endpoint', service: service || (serviceForPort(port) ?? ''), host: stripBrackets(host), port, ...base }
  }
  const hostOnly = HOST_ONLY.exec(text)?.groups?.host
  const known = service ? serviceDefinition(service)?.ports[0] : undefined
  if (hostOnly && known !== undefined) return { kind: 'endpoint', service, host: hostOnly, port: known, defaultPort: true, ...base }
  return { kind: 'service', service, ...base }
}

/** `pg/lib/client` → `pg`, `@redis/client/dist` → `@redis/client`, `psycopg2.extensions` → `psycopg2`. */
function packageOf(ruleId: string, module: string): string {
  const reads = interpretationOf(ruleId)
  if (reads === 'module:python') return module.split('.')[0] ?? module
  if (reads === 'module:npm') {
    const parts = module.replace(/^node:/, '').split('/')
    return module.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? module)
  }
  return module
}

const stripBrackets = (host: string): string => host.replace(/^\[(.*)\]$/, '$1')

/** Loopback names are one host: a refusal on `localhost` is one on 127.0.0.1 or ::1. */
export function normalHost(host: string): string {
  const h = stripBrackets(host.trim().toLowerCase())
  return /^(?:localhost|127\.0\.0\.1|::1|0\.0\.0\.0|::|ip6-localhost)$/.test(h) ? 'loopback' : h
}

/** How a claim reads in a sentence: `127.0.0.1:5432`, `the socket /run/x.sock`, `module pg (npm)`. */
export function describeClaim(claim: Claim): string {
  switch (claim.kind) {
    case 'endpoint': return `${claim.host.includes(':') ? `[${claim.host}]` : claim.host}:${claim.port}`
    case 'socket': return `the socket ${claim.path}`
    case 'dns': return `the host name ${claim.host}`
    case 'module': return `the ${claim.ecosystem} package ${claim.module || '(unnamed)'}`
    case 'tool': return `the command ${claim.tool}`
    default: return claim.service ? `${claim.service} (no endpoint named)` : 'a service (none named)'
  }
}
