// What a matched rule means on this line: the endpoint it names (a local service, a remote host,
// the project's own server), the module that is missing (a service client, a submodule, a file of
// the project), the tool, the JDBC protocol, the host that did not resolve. Pure functions over
// the service registry.
import { canonicalService, mentionedService, mentionedServices, serviceDefinition, serviceForClient, serviceForHost, serviceForJdbc, phpClientNamespace, serviceForPhpLibraryFile, serviceForPhpName, serviceForPort, serviceForSocket, serviceForTool, speaksHttp } from '../knowledge/registry.js'
import type { Confidence, FailureKind, RuleMatch } from './rules/index.js'

/** A line near a refusal that names no service: the service, or the project's own server (and why). */
export type Context = { readonly service: string } | { readonly ownServer: string }

/** Words for the project's own server: a refusal next to them was the test calling its own code. */
const OWN_SERVER = /\b(?:test|app|api|http|web|mock|stub|fake|dev|local|embedded) server\b|\bserver failed to start\b|\bfailed to (?:start|bind|listen)\b|address already in use|EADDRINUSE/i

// A loopback endpoint in a URL, a `host = '127.0.0.1:38211'` local, a log line. Python's socket
// repr names its own end `laddr=('127.0.0.1', 37268)` (an ephemeral port): no endpoint of anyone's.
const LOCAL_ENDPOINT = /(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0):(\d{2,5})(?!\d)|(?<!laddr=)\(\s?'(?:localhost|127\.0\.0\.1|::1)',\s?(\d{2,5})\s?\)/

export function contextOf(line: string): Context | undefined {
  const own = OWN_SERVER.exec(line)
  if (own) return { ownServer: `a nearby line speaks of the project's own server ("${own[0]}")` }
  const found = LOCAL_ENDPOINT.exec(line)
  // A loopback endpoint on a port no service owns is the project's own server, whatever words share its line.
  if (found && serviceForPort(Number(found[1] ?? found[2])) === undefined) return { ownServer: `a nearby line names 127.0.0.1:${found[1] ?? found[2]}, no known service's port: the project's own server was not listening` }
  const service = mentionedService(line)
  if (service) return { service }
  if (!found) {
    const port = PORT_MENTION.exec(line)
    const known = port ? serviceForPort(Number(port[1])) : undefined
    return known ? { service: known } : undefined
  }
  const port = Number(found[1] ?? found[2])
  const known = serviceForPort(port)
  return known ? { service: known } : { ownServer: `a nearby line names 127.0.0.1:${port}, no known service's port: the project's own server was not listening` }
}

/** A port named anywhere (`db:5432`, `port 6379`): a well-known one names its service. */
const PORT_MENTION = /(?:[\w\]]:|\bport )(\d{2,5})(?!\d)/

export interface Interpreted {
  readonly kind: FailureKind
  readonly confidence: Confidence
  /** '' when the line names no service (it may come from the unit's other lines). */
  readonly service: string
  readonly note?: string
  /** The service should come from the surrounding lines. */
  readonly needsContext?: boolean
  /** A local port no known service owns: the project's own server, unless the unit names a service. */
  readonly ownPort?: number
  /** Evidence too weak to explain or doubt anything alone (a refusal on ::1 beside one on 127.0.0.1). */
  readonly weak?: boolean
  /**
   * This service's client dialled another service's host name (a setting copied from the wrong service):
   * none of this client's failures in the run, even those that name no host, is then surely an outage.
   */
  readonly dialledOther?: string
}

/** One service under either of its names (MariaDB's logs and outputs say `mysql`). */
const reportedAs = (service: string): string => serviceDefinition(service)?.reportsAs ?? service
const sameService = (a: string, b: string): boolean => reportedAs(a) === reportedAs(b)

/** undefined: the match means nothing here (a tool no service owns). */
export function interpret(match: RuleMatch, line = ''): Interpreted | undefined {
  const { rule, groups } = match
  switch (rule.interpret) {
    case 'endpoint': {
      // The endpoint names the service; it does not make a possible cause (a connect that timed out) a sure one.
      const read = interpretEndpoint(match, line)
      return read.kind === 'infrastructure' && rule.confidence === 'ambiguous' ? { ...read, confidence: 'ambiguous' } : read
    }
    case 'dns': {
      const read = interpretDns(groups.host, line)
      // A service's own client that dialled another service's host name (pg8000 at `redis`, PyMySQL at `postgres`):
      // a setting copied from the wrong service, not that service missing (attack 27e).
      // `localhost` is no setting anyone mistypes: the runner's resolver lost its loopback name, and this service's client
      // could not reach its server (as libpq's postgresql.libpq.loopback-unresolved).
      if (rule.service !== '' && groups.host?.toLowerCase() === 'localhost' && LOOKUP_FAILED.test(line)) return { kind: 'infrastructure', confidence: 'high', service: rule.service, note: 'localhost did not resolve: the runner lost its loopback name' }
      // A host name of the service's own word and a role (`redis-master.ci`, `postgres-primary`), dialled by that service's
      // client: its host. Not a setting's or a variable's name (`redis_host`, `POSTGRES_HOST`: attack 29b), never a host.
      const role = rule.service !== '' && read.kind === 'infrastructure' && read.confidence === 'ambiguous' && read.service === '' && groups.host !== undefined && !NO_HOST_LABEL.test(groups.host) ? ROLE_HOST.exec(groups.host) : null
      if (role && serviceForHost(role[1] ?? '') !== undefined && sameService(serviceForHost(role[1] ?? '') ?? '', rule.service)) return { kind: 'infrastructure', confidence: 'high', service: rule.service }
      const compound = rule.service !== '' && read.kind === 'infrastructure' && read.service === '' && groups.host !== undefined ? otherServiceIn(groups.host, rule.service) : undefined
      if (compound) return { kind: 'infrastructure', confidence: 'ambiguous', service: rule.service, dialledOther: rule.service, note: `the ${rule.service} client dialled ${groups.host ?? ''}, a name for ${compound}: a setting copied from another service, or that service missing` }
      if (rule.service !== '' && read.kind === 'infrastructure' && read.service !== '' && !sameService(read.service, rule.service)) {
        return { kind: 'infrastructure', confidence: 'ambiguous', service: rule.service, dialledOther: rule.service, note: `the ${rule.service} client dialled ${groups.host ?? ''}, ${read.service}'s host name: a setting copied from another service, or that service missing` }
      }
      return read
    }
    case 'named': {
      const service = canonicalService(groups.service ?? '')
      return service ? { kind: 'infrastructure', confidence: rule.confidence, service } : undefined
    }
    case 'tool': {
      const service = serviceForTool(groups.tool ?? '')
      return service ? { kind: 'infrastructure', confidence: rule.confidence, service } : undefined
    }
    case 'jdbc': {
      const service = serviceForJdbc(groups.protocol ?? '')
      // A pool's driver lookup (HikariCP): no registered driver accepts the URL, which an installed driver also says of a URL built wrong.
      if (service && groups.lookup !== undefined) return { kind: 'infrastructure', confidence: 'ambiguous', service, note: `no registered driver accepted this jdbc:${groups.protocol ?? ''} URL: the driver is missing, or the installed one refused a URL the code built wrong` }
      return service ? { kind: 'infrastructure', confidence: 'high', service } : { kind: 'code', confidence: 'high', service: '', note: `jdbc:${groups.protocol} is no service's driver: an embedded database or a classpath problem of the project` }
    }
    case 'module:python':
    case 'module:npm':
    case 'module:ruby':
    case 'module:java':
    case 'module:go':
    case 'module:maven':
      return interpretModule(rule.interpret, groups.module ?? '')
    case 'module:php': {
      const name = groups.module ?? ''
      const service = serviceForPhpName(name)
      if (service) return { kind: 'infrastructure', confidence: 'high', service }
      const library = phpClientNamespace(name)
      if (library) return { kind: 'infrastructure', confidence: 'ambiguous', service: library, note: `${name} is in the ${library} client's namespace but is not its entry point: the library may be missing, or the name mistyped` }
      return { kind: 'code', confidence: 'high', service: '', note: `${name} is no service client's: an autoload or code problem of the project` }
    }
    case 'file:php': {
      // A file PHP could not open for `require`: a client library's only when its path is that library's (registry.ts).
      const service = serviceForPhpLibraryFile(groups.path ?? '')
      // Never sure (attack 31b): a path the project built wrong under an installed client, or an include_path it replaced.
      return service ? { kind: 'infrastructure', confidence: 'ambiguous', service, note: 'the project may have built the path or the include_path wrong' } : undefined
    }
    default: {
      const other = rule.kind === 'infrastructure' && rule.service !== '' ? otherServiceHost(line, rule.service) : undefined
      // A service's client whose own message names the endpoint it dialled (`Error connecting to Redis on postgres:6379`):
      // another service's host name there is a setting copied from that service (attack 27h).
      if (other) return { kind: 'infrastructure', confidence: 'ambiguous', service: rule.service, dialledOther: rule.service, note: `the ${rule.service} client dialled ${other.host}, ${other.service}'s host name: a setting copied from another service, or that service missing` }
      return { kind: rule.kind, confidence: rule.confidence, service: rule.service, needsContext: rule.kind === 'infrastructure' && rule.service === '' }
    }
  }
}

/**
 * Another service named by a host a client of `client` dialled: its host name (`postgres`), or one part of a
 * compound name (`postgres-db`, `mysql_primary`, `rabbitmq.internal`) when no part names the client's own service.
 * Only for doubting a client's failures (a setting copied from another service), never for naming an outage.
 */
function otherServiceIn(host: string, client: string): string | undefined {
  const whole = serviceForHost(host)
  if (whole) return sameService(whole, client) ? undefined : whole
  const named = servicesNamedIn(host)
  if (named.length === 0 || named.some(s => sameService(s, client))) return undefined
  return named[0]
}

/** A label no host name has, or a top-level name reserved never to resolve: `redis-master.6379`, `db-primary.invalid` (attack 29c). */
const NO_HOST_LABEL = /(?:^|\.)\d{1,10}(?:\.|$)|\.(?:invalid|example)$/i
/** What a resolver says when a name did not resolve (not `Servname not supported`, `ai_family not supported`: settings, attack 29c). */
const LOOKUP_FAILED = /Errno -[235]\b|\[Errno -[235]\]|Error -[235] |EAI_(?:NONAME|AGAIN|NODATA)|ENOTFOUND|Name or service not known|[Tt]emporary failure in name resolution|No address associated with hostname|nodename nor servname provided|no such host|could not translate host name|\(SocketError\)|hostname resolving error|server misbehaving|UnknownHostException/

/** A DNS host name (lower case, hyphens, no underscore) of a service's word and a role: `redis-master`, `postgres-primary-1.ci`. */
const ROLE_HOST = /^([a-z][a-z0-9]{1,30})-(?:master|primary|replica|slave|main|leader|follower|server|srv|svc|service|cache|db|database|node|cluster|sentinel|broker)(?:-?\d{1,3})?(?:\.[a-z0-9-]{1,63}){0,6}$/

/** The services a compound host name's parts name (`redis-master.ci`: redis). */
const servicesNamedIn = (host: string): string[] => host.toLowerCase().split(/[-_.]/).map(part => serviceForHost(part)).filter((s): s is string => s !== undefined && s !== '')


/** `host:port` where a client names the endpoint it dialled (`on postgres:6379`, `tcp://mysql:3306`), not a file's line (`client.rb:398`). */
const HOST_PORT_TOKEN = /(?:^|[\s('"[@=]|\/\/)([A-Za-z][\w-]{0,62}(?:\.[A-Za-z][\w-]{0,62}){0,6}):(\d{2,5})(?![\d:])/g
const SOURCE_FILE = /\.(?:[cm]?js|tsx?|rb|py|go|java|kt|scala|php|phpt|cs|rs|exs?|erl)$/i

/** Another service's host name in an endpoint the line names, for a client of `service`. */
function otherServiceHost(line: string, service: string): { host: string; service: string } | undefined {
  if (!line.includes(':')) return undefined
  for (const found of line.matchAll(HOST_PORT_TOKEN)) {
    const host = found[1] ?? ''
    if (SOURCE_FILE.test(host)) continue
    const named = otherServiceIn(host, service)
    if (named) return { host, service: named }
  }
  return undefined
}

const LOCAL_HOST = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\]|0\.0\.0\.0|::|\[::\]|host\.docker\.internal|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|[\w-]+|[\w.-]+\.(?:local|internal|localdomain|svc|cluster\.local))$/i

function interpretEndpoint({ rule, groups }: RuleMatch, line: string): Interpreted {
  const socket = groups.socket
  if (socket !== undefined) {
    const service = serviceForSocket(socket) ?? rule.service
    return { kind: 'infrastructure', confidence: 'high', service, needsContext: service === '' }
  }
  const host = (groups.host ?? '').replace(/^'|'$/g, '')
  const port = groups.port === undefined ? undefined : Number(groups.port)
  if (host !== '' && !LOCAL_HOST.test(host)) {
    return { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: `remote host ${host} is not a service this job provides` }
  }
  // Services listen on 127.0.0.1, ::1 or all addresses: another loopback address is a host configured wrong.
  if (/^127\./.test(host) && host !== '127.0.0.1') {
    return { kind: 'infrastructure', confidence: 'ambiguous', service: port === undefined ? rule.service : serviceForPort(port) ?? rule.service, note: `refused on ${host}, not 127.0.0.1: the host may be configured wrong` }
  }
  if (rule.service !== '') {
    // A service's own client that dialled another service's host name (redis-py at `postgres:6379`, attack 27g).
    const hostService = host === '' ? undefined : otherServiceIn(host, rule.service)
    if (hostService) return { kind: 'infrastructure', confidence: 'ambiguous', service: rule.service, dialledOther: rule.service, note: `the ${rule.service} client dialled ${host}, ${hostService}'s host name: a setting copied from another service, or that service missing` }
    return namedServicePort(rule.service, port)
  }
  // Node 17+ resolves localhost to ::1 first: a refusal there alone may be a server listening on 127.0.0.1 only.
  if (/^\[?::1\]?$/.test(host) && /connect ECONNREFUSED /.test(line) && !/127\.0\.0\.1/.test(line)) {
    return { kind: 'infrastructure', confidence: 'ambiguous', service: port === undefined ? '' : serviceForPort(port) ?? '', weak: true, note: 'refused on ::1: the server may be listening on 127.0.0.1 only (localhost resolved to IPv6)' }
  }
  // A compose-style host name (`postgres:5432`) names the service itself.
  const byHost = host === '' ? undefined : serviceForHost(host)
  const byPort = port === undefined ? undefined : serviceForPort(port)
  // An HTTP client refused on 5432 or 6379 was calling the project's own HTTP server on that
  // port, not PostgreSQL or Redis, which speak no HTTP.
  const viaHttp = rule.httpClient === true || /\bhttps?:\/\/|Failed to open TCP connection to /.test(line)
  if (byPort && viaHttp && !speaksHttp(byPort)) {
    return { kind: 'code', confidence: 'high', service: '', note: `an HTTP client was refused on port ${port}, and ${byPort} speaks no HTTP: the project's own server was not listening` }
  }
  if (byPort && viaHttp && speaksHttp(byPort) === 'shared') {
    return { kind: 'infrastructure', confidence: 'ambiguous', service: byPort, note: `an HTTP client was refused on port ${port}, ${byPort}'s HTTP port, which other servers use too: it may be the project's own server` }
  }
  // `postgres:6379`: the host says one service, the port another; a setting copied from the wrong service (attack 27g).
  if (byPort && byHost && !sameService(byPort, byHost)) return { kind: 'infrastructure', confidence: 'ambiguous', service: byPort, note: `${host} is ${byHost}'s host name and ${port} ${byPort}'s port: one of them was set for the other service` }
  if (byPort) return { kind: 'infrastructure', confidence: 'high', service: byPort }
  if (byHost) return { kind: 'infrastructure', confidence: 'high', service: byHost }
  if (port !== undefined) {
    return { kind: 'code', confidence: 'high', service: '', ownPort: port, note: `port ${port} is no known service's: the project's own server was not listening` }
  }
  return { kind: 'infrastructure', confidence: 'high', service: byHost ?? '', needsContext: true }
}

/**
 * A service's own driver names the port it dialled. Its default port (or none) is the service
 * missing; another service's port is a configuration defect; any other port may be a service
 * running elsewhere or a port configured wrong, so it is only possibly infrastructure.
 */
function namedServicePort(service: string, port: number | undefined): Interpreted {
  const defaults = serviceDefinition(service)?.ports ?? []
  if (port === undefined || defaults.length === 0 || defaults.includes(port)) return { kind: 'infrastructure', confidence: 'high', service }
  const owner = serviceForPort(port)
  if (owner !== undefined && owner !== service) {
    return { kind: 'code', confidence: 'high', service: '', note: `the ${service} client dialled port ${port}, ${owner}'s: the configured port is wrong` }
  }
  return { kind: 'infrastructure', confidence: 'ambiguous', service, note: `refused on port ${port}, not ${service}'s ${defaults.join('/')}: the service may be running on another port, or the port is configured wrong` }
}

/** `database=localhost`, `dbname=127.0.0.1`, `user=::1`: a key=value connection setting holding a loopback host. */
const SWAPPED_SETTINGS = /\b(?:database|dbname|user)=(?:localhost|127\.0\.0\.1|::1)(?![\w.-])/

function interpretDns(host: string | undefined, line = ''): Interpreted {
  const netHttp = /Failed to open TCP connection to [\w.-]{1,255}:(\d{1,5})/.exec(line)
  const httpTo = netHttp ? serviceForPort(Number(netHttp[1])) : undefined
  if (httpTo && speaksHttp(httpTo) === false) return { kind: 'code', confidence: 'high', service: '', note: `an HTTP client (Net::HTTP) dialled port ${netHttp?.[1]}, ${httpTo}'s, which speaks no HTTP: the project's configuration` }
  if (host === undefined) return { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: 'name resolution failed for a host the log does not name' }
  const service = serviceForHost(host)
  // Another service's client on the line, the host's name aside (psycopg2 at `redis`, redis-py at `postgres:6379`):
  // a setting copied from the wrong service, or that service missing (attack 27g).
  const client = service ? mentionedServices(line.split(host).join(' ')).find(s => !sameService(s, service)) : undefined
  if (service && client) return { kind: 'infrastructure', confidence: 'ambiguous', service: client, dialledOther: client, note: `the ${client} client dialled ${host}, ${service}'s host name: a setting copied from another service, or that service missing` }
  // Connection settings printed beside the lookup (pgconn's `host=postgres user=postgres database=localhost`) that put a
  // loopback name where the database or user goes: host and database were swapped in the code (attack 28l).
  if (service !== undefined && SWAPPED_SETTINGS.test(line)) return { kind: 'infrastructure', confidence: 'ambiguous', service, note: `the line's own connection settings name a loopback host as the database or user: ${host} may be the database's name given as the host` }
  if (service !== undefined) return { kind: 'infrastructure', confidence: 'high', service, needsContext: service === '' }
  return { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: `host ${host} did not resolve; it is not a service host name` }
}

type ModuleInterpretation = 'module:python' | 'module:npm' | 'module:ruby' | 'module:java' | 'module:go' | 'module:maven'

function interpretModule(kind: ModuleInterpretation, raw: string): Interpreted {
  if (kind === 'module:java' || kind === 'module:maven') {
    const name = raw.replace(/\//g, '.')
    const service = serviceForClient('java', name)
    if (service) return { kind: 'infrastructure', confidence: 'high', service }
    return kind === 'module:maven'
      ? { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: `${name} is not a service client: the repository may be unreachable, or the build names a wrong artifact` }
      : { kind: 'code', confidence: 'high', service: '', note: `class ${name} is not a known driver: a classpath or code problem` }
  }
  if (kind === 'module:go') {
    const service = serviceForClient('go', raw)
    return service ? { kind: 'infrastructure', confidence: 'high', service } : { kind: 'code', confidence: 'high', service: '', note: `${raw} is not a service client: the build is broken` }
  }
  if (kind === 'module:python') {
    const root = raw.split('.')[0] ?? raw
    const client = serviceForClient('python', root)
    if (raw.includes('.')) {
      // `No module named 'a.b'` means package `a` imported and lacks `b`: a broken install or the project's own module.
      return { kind: 'code', confidence: 'high', service: '', note: client !== undefined ? `${root} is installed; its submodule ${raw} is missing` : `${raw} is a submodule, not a missing package` }
    }
    return client !== undefined ? { kind: 'infrastructure', confidence: 'high', service: client } : { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: `${raw} is not a service client` }
  }
  if (raw.startsWith('.') || raw.startsWith('/') || raw.startsWith('~')) {
    return { kind: 'code', confidence: 'high', service: '', note: `${raw} is a file of the project` }
  }
  const segments = raw.split('/')
  const root = raw.startsWith('@') ? segments.slice(0, 2).join('/') : (segments[0] ?? raw)
  const client = serviceForClient(kind === 'module:npm' ? 'npm' : 'ruby', root)
  // A client's documented entry point (`mysql2/promise`), listed whole among its clients: every
  // version of the package has it, so not finding it is not finding the package.
  const entryPoint = root !== raw ? serviceForClient(kind === 'module:npm' ? 'npm' : 'ruby', raw) : undefined
  if (entryPoint !== undefined) return { kind: 'infrastructure', confidence: 'high', service: entryPoint }
  if (root !== raw) {
    // A file under a client's name (`kafka/consumer_utils`): the gem's, or the project's own `lib/kafka/` (attack 27c): possible only.
    if (kind === 'module:ruby' && client !== undefined) return { kind: 'infrastructure', confidence: 'ambiguous', service: client, note: `${raw} is a file under ${root}'s name: the ${root} gem may be missing, or the project's own ${root}/ may lack it` }
    return { kind: 'code', confidence: 'high', service: '', note: client !== undefined ? `${root} is installed; its path ${raw} is missing` : `${raw} is a path inside a package` }
  }
  return client !== undefined ? { kind: 'infrastructure', confidence: 'high', service: client } : { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: `${raw} is not a service client` }
}
