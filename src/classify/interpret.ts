// What a matched rule means on this line: the endpoint it names (local service, remote host,
// the project's own server), the module that is missing (a service client, a submodule, a file
// of the project), the tool, the JDBC protocol, the host that did not resolve. Pure functions.
import { JDBC_PROTOCOLS, SERVICE_CLIENTS, SERVICE_HINTS, SERVICE_HOSTNAMES, TOOL_SERVICES, type Confidence, type FailureKind, type Rule } from './knowledge-base.js'
import { serviceForPort } from '../service-names.js'

export function hintedService(line: string): string | undefined {
  for (const hint of SERVICE_HINTS) if (hint.pattern.test(line)) return hint.service
  return undefined
}

// A loopback endpoint in a URL, a `host = '127.0.0.1:38211'` local, a log line.
const LOCAL_ENDPOINT = /(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0):(\d{2,5})(?!\d)|\(\s?'(?:localhost|127\.0\.0\.1|::1)',\s?(\d{2,5})\s?\)/

/** What a line near a generic refusal says about it: the service, or the project's own server. */
export type Context = { readonly service: string } | { readonly ownPort: number }

export function contextOf(line: string): Context | undefined {
  const service = hintedService(line)
  if (service) return { service }
  const found = LOCAL_ENDPOINT.exec(line)
  if (!found) return undefined
  const port = Number(found[1] ?? found[2])
  const known = serviceForPort(port)
  return known ? { service: known } : { ownPort: port }
}

export interface Interpreted {
  readonly kind: FailureKind
  readonly confidence: Confidence
  readonly service: string
  readonly note?: string
  /** The service must come from the surrounding lines. */
  readonly needsContext?: boolean
}

export function interpret(rule: Rule, groups: Record<string, string | undefined>, line = ''): Interpreted {
  const fixed: Interpreted = { kind: rule.kind, confidence: rule.confidence, service: rule.service, needsContext: rule.service === '' }
  switch (rule.interpret) {
    case 'endpoint':
      return interpretEndpoint(rule, groups, line)
    case 'dns':
      return interpretDns(groups)
    case 'tool': {
      const service = TOOL_SERVICES[groups.tool ?? ''] ?? ''
      return { kind: 'infrastructure', confidence: 'high', service }
    }
    case 'jdbc': {
      const service = JDBC_PROTOCOLS[(groups.protocol ?? '').toLowerCase()]
      return service ? { kind: 'infrastructure', confidence: 'high', service } : { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: `no known driver for jdbc:${groups.protocol}` }
    }
    case 'module:python':
    case 'module:npm':
    case 'module:ruby':
    case 'module:java':
      return interpretModule(rule.interpret, groups.module ?? groups.module2 ?? groups.module3 ?? '')
    default:
      return fixed
  }
}

const LOCAL_HOST = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\]|0\.0\.0\.0|::|\[::\]|host\.docker\.internal|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|[\w-]+|[\w.-]+\.(?:local|internal|localdomain|svc|cluster\.local))$/i

/** Services that speak HTTP: an HTTP client refused on their port may really mean them. */
const HTTP_SERVICES = new Set(['elasticsearch', 'docker'])

function interpretEndpoint(rule: Rule, groups: Record<string, string | undefined>, line: string): Interpreted {
  const socket = groups.socket ?? groups.socket2
  if (socket !== undefined) {
    const service = /PGSQL/i.test(socket) ? 'postgresql' : /docker/i.test(socket) ? 'docker' : /mysql/i.test(socket) ? 'mysql' : /redis/i.test(socket) ? 'redis' : rule.service
    return { kind: 'infrastructure', confidence: 'high', service, needsContext: service === '' }
  }
  const host = (groups.host ?? '').replace(/^'|'$/g, '')
  const port = groups.port === undefined ? undefined : Number(groups.port)
  if (host !== '' && !LOCAL_HOST.test(host)) {
    return { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: `remote host ${host} is not a service this job provides` }
  }
  if (rule.service !== '') return { kind: 'infrastructure', confidence: 'high', service: rule.service }
  const byPort = port === undefined ? undefined : serviceForPort(port)
  // An HTTP client refused on 5432 or 6379 was calling the project's own HTTP server on that
  // port, not PostgreSQL or Redis, which speak no HTTP.
  const viaHttp = rule.id === 'network.connect-refused.http-pool' || /\bhttps?:\/\//.test(line)
  if (byPort && viaHttp && !HTTP_SERVICES.has(byPort)) {
    return { kind: 'code', confidence: 'high', service: '', note: `an HTTP client was refused on port ${port}, and ${byPort} speaks no HTTP: the project's own server was not listening` }
  }
  if (byPort) return { kind: 'infrastructure', confidence: 'high', service: byPort }
  if (port !== undefined) {
    return { kind: 'code', confidence: 'high', service: '', note: `port ${port} is no known service's: the project's own server was not listening` }
  }
  return { kind: 'infrastructure', confidence: 'high', service: '', needsContext: true }
}

function interpretDns(groups: Record<string, string | undefined>): Interpreted {
  const host = groups.host ?? groups.host2 ?? groups.host3 ?? groups.host4 ?? groups.host5
  if (host === undefined) return { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: 'name resolution failed for a host the log does not name' }
  const label = host.toLowerCase()
  if (label in SERVICE_HOSTNAMES) {
    const service = SERVICE_HOSTNAMES[label] ?? ''
    return { kind: 'infrastructure', confidence: 'high', service, needsContext: service === '' }
  }
  return { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: `host ${host} did not resolve; it is not a service host name` }
}

function interpretModule(kind: 'module:python' | 'module:npm' | 'module:ruby' | 'module:java', name: string): Interpreted {
  if (kind === 'module:java') {
    const service = SERVICE_CLIENTS.java[name]
    return service ? { kind: 'infrastructure', confidence: 'high', service } : { kind: 'code', confidence: 'high', service: '', note: `class ${name} is not a known driver: a classpath or code problem` }
  }
  if (kind === 'module:python') {
    const root = name.split('.')[0] ?? name
    const client = SERVICE_CLIENTS.python[root]
    if (name.includes('.')) {
      // `No module named 'a.b'` means package `a` imported and lacks `b`: a broken install or the project's own module.
      return { kind: 'code', confidence: 'high', service: '', note: client !== undefined ? `${root} is installed; its submodule ${name} is missing` : `${name} is a submodule, not a missing package` }
    }
    return client !== undefined ? { kind: 'infrastructure', confidence: 'high', service: client } : { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: `${name} is not a service client` }
  }
  if (name.startsWith('.') || name.startsWith('/') || name.startsWith('~')) {
    return { kind: 'code', confidence: 'high', service: '', note: `${name} is a file of the project` }
  }
  const segments = name.split('/')
  const root = name.startsWith('@') ? segments.slice(0, 2).join('/') : (segments[0] ?? name)
  const table = kind === 'module:npm' ? SERVICE_CLIENTS.npm : SERVICE_CLIENTS.ruby
  const client = table[root]
  if (root !== name) {
    return { kind: 'code', confidence: 'high', service: '', note: client !== undefined ? `${root} is installed; its path ${name} is missing` : `${name} is a path inside a package` }
  }
  return client !== undefined ? { kind: 'infrastructure', confidence: 'high', service: client } : { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: `${name} is not a service client` }
}
