// Every lookup about services, derived from the one definition per service (definitions.ts):
// names people declare, ports, host names, URL schemes, client packages, tools, JDBC protocols,
// sockets, the words that mention a service, and the family a generic client names.
import { GENERIC_CONNECTION_VARIABLES, GENERIC_SERVICE_HOSTS, GENERIC_SQL_CLIENTS, SERVICE_DEFINITIONS, type Ecosystem, type ServiceDefinition } from './definitions.js'
import { SQL_FAMILY } from './names.js'

// What a run needs before any failure is in names.ts, derived from the same definitions.
export { SQL_FAMILY, canonicalService, remediationFor, satisfies } from './names.js'

export const SERVICES: readonly ServiceDefinition[] = SERVICE_DEFINITIONS

/** The name a service goes by in logs and outputs (its `reportsAs`, else its own). */
export const reportedName = (s: ServiceDefinition): string => s.reportsAs ?? s.name

const byName = new Map<string, ServiceDefinition>()
for (const s of SERVICES) for (const alias of [s.name, ...s.aliases]) byName.set(alias.toLowerCase(), s)

const byPort = new Map<number, string>()
for (const s of SERVICES) for (const port of s.ports) byPort.set(port, s.name)

const byHost = new Map<string, string>()
for (const s of SERVICES) for (const host of s.hostnames) byHost.set(host, s.name)

const byScheme = new Map<string, string>()
for (const s of SERVICES) for (const scheme of s.urlSchemes) if (!byScheme.has(scheme)) byScheme.set(scheme, s.name)

const byTool = new Map<string, string>()
for (const s of SERVICES) for (const tool of s.tools) if (!byTool.has(tool)) byTool.set(tool, s.name)

const byJdbc = new Map<string, string>()
for (const s of SERVICES) for (const protocol of s.jdbc ?? []) byJdbc.set(protocol, reportedName(s))

export function serviceDefinition(name: string): ServiceDefinition | undefined {
  return byName.get(name.toLowerCase())
}

export function serviceForPort(port: number): string | undefined {
  return byPort.get(port)
}

/** The service a host name stands for: its name, '' for a generic service host (`db`), undefined for any other host. */
export function serviceForHost(host: string): string | undefined {
  // No host ends in a number or in a top-level name reserved never to resolve (`redis.6379`, `redis.invalid`: attack 29b).
  if (/\.(?:\d{1,10}|invalid|example)$/i.test(host) && !/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return undefined
  // `redis-1`, and a name inside a domain (`mariadb.example.com`): its first label names it.
  const label = (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) ? host : host.split('.')[0] ?? host).toLowerCase().replace(/[-_]?\d+$/, '')
  if (byHost.has(label)) return byHost.get(label)
  return GENERIC_SERVICE_HOSTS.includes(label) ? '' : undefined
}

export function serviceForScheme(scheme: string): string | undefined {
  return byScheme.get(scheme.toLowerCase().replace(/\+.*$/, ''))
}

export function serviceForTool(tool: string): string | undefined {
  return byTool.get(tool.replace(/\.sh$/, '')) ?? byTool.get(tool)
}

export function serviceForJdbc(protocol: string): string | undefined {
  return byJdbc.get(protocol.toLowerCase())
}

export function serviceForSocket(path: string): string | undefined {
  return SERVICES.find(s => s.socket?.test(path))?.name
}

/** The variables that tell a test step where the service is: its own, then the generic database ones for an SQL service. */
export function connectionVariablesOf(service: string): readonly string[] {
  const s = serviceDefinition(service)
  if (service === SQL_FAMILY) return [...new Set(SERVICES.filter(d => d.family === SQL_FAMILY).flatMap(d => d.connectionVariables).concat(GENERIC_CONNECTION_VARIABLES))]
  if (s === undefined) return []
  return s.family === SQL_FAMILY ? [...new Set([...s.connectionVariables, ...GENERIC_CONNECTION_VARIABLES])] : s.connectionVariables
}

export function speaksHttp(service: string): boolean | 'shared' {
  return serviceDefinition(service)?.http ?? false
}

/**
 * The service whose client package this is: its name, `sql` for a generic SQL client, or
 * undefined. Java and Go match by package prefix (`org.postgresql.Driver`, `github.com/lib/pq/...`).
 */
export function serviceForClient(ecosystem: Ecosystem, name: string): string | undefined {
  const prefix = ecosystem === 'java' || ecosystem === 'go'
  const sep = ecosystem === 'java' ? '.' : '/'
  const matches = (client: string): boolean => name === client || (prefix && name.startsWith(client + sep))
  for (const s of SERVICES) if ((s.clients[ecosystem] ?? []).some(matches)) return reportedName(s)
  if (GENERIC_SQL_CLIENTS[ecosystem].some(matches)) return SQL_FAMILY
  return undefined
}

/** The service whose PHP client's entry point this class or function is (`Redis`, `Predis\\Client`, `pg_connect`): matched whole. */
export function serviceForPhpName(name: string): string | undefined {
  const bare = name.replace(/^\\/, '')
  for (const s of SERVICES) if ((s.phpNames ?? []).includes(bare)) return reportedName(s)
  return undefined
}

/** A name under a PHP client's namespace that is not its entry point (`Predis\\Clent`): the library, or a typo of the project. */
export function phpClientNamespace(name: string): string | undefined {
  const root = name.replace(/^\\/, '').split('\\')[0] ?? ''
  for (const s of SERVICES) if ((s.phpNames ?? []).some(n => n.includes('\\') && n.split('\\')[0] === root)) return reportedName(s)
  return undefined
}

/**
 * The service whose PHP client library a file PHP could not open for `require` belongs to: a file under composer's
 * `vendor/<package>/` of a listed client package (`vendor/predis/predis/...`, also as composer's autoload_real
 * reaches it, `vendor/composer/../predis/predis/...`), or the autoloader of a client library in an include_path
 * layout (Debian's pkg-php-tools installs a library under its namespace root in /usr/share/php and its
 * dependants `require_once '<Root>/autoload.php'`). Any other path is the project's own, or not a client's.
 */
export function serviceForPhpLibraryFile(path: string): string | undefined {
  const vendored = /(?:^|\/)vendor\/(?:composer\/\.\.\/)?([\w.-]{1,100}\/[\w.-]{1,100})\//.exec(path)
  if (vendored) return serviceForClient('php', (vendored[1] ?? '').toLowerCase())
  const layout = /^(?:\/usr\/share\/php\/)?([A-Za-z_]\w{0,60})\/(?:autoload|Autoloader)\.php$/.exec(path)
  if (!layout) return undefined
  const root = layout[1] ?? ''
  // Only a library's namespace (a service with a PHP client package), not an extension's classes (`PgSql\\Connection`).
  for (const s of SERVICES) if ((s.clients.php ?? []).length > 0 && (s.phpNames ?? []).some(n => n.includes('\\') && n.split('\\')[0] === root)) return reportedName(s)
  return undefined
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * A stack frame inside a service's client library: `node_modules/pg/`, `site-packages/redis/`, `at org.postgresql.`.
 * Built on first use (the classifier's), never when the module loads.
 */
let driverFrames: readonly { readonly service: string; readonly pattern: RegExp }[] | undefined
const buildDriverFrames = (): readonly { readonly service: string; readonly pattern: RegExp }[] => SERVICES.flatMap(s => {
  const alternatives = [
    ...(s.clients.npm ?? []).map(p => `node_modules/${escapeRe(p)}/`),
    ...(s.clients.python ?? []).map(p => `-packages/${escapeRe(p)}/`),
    ...(s.clients.ruby ?? []).map(p => `/gems/${escapeRe(p)}-\\d`),
    ...(s.clients.java ?? []).map(p => `\\b${escapeRe(p)}\\.`),
    ...(s.clients.go ?? []).map(p => escapeRe(p)),
    ...(s.clients.php ?? []).map(p => `vendor/${escapeRe(p)}/`)
  ]
  return alternatives.length === 0 ? [] : [{ service: reportedName(s), pattern: new RegExp(alternatives.join('|')) }]
})

/** The service whose client library a stack frame is in: evidence of which service a refusal was. */
export function driverFrameService(line: string): string | undefined {
  driverFrames ??= buildDriverFrames()
  return driverFrames.find(d => d.pattern.test(line))?.service
}

/** The service a line mentions (a driver frame, a URL, a port), for a refusal that names none. */
export function mentionedService(line: string): string | undefined {
  for (const s of SERVICES) if (s.mentions.test(line)) return reportedName(s)
  return undefined
}

/** Every service a line's words name (a client, a driver frame, a URL scheme), in the definitions' order. */
export function mentionedServices(line: string): string[] {
  return [...new Set(SERVICES.filter(s => s.mentions.test(line)).map(reportedName))]
}

/** Every word that names some service, for the classifier's wrapper heuristics. */
export const SERVICE_WORDS: readonly string[] = [...new Set(SERVICES.flatMap(s => [s.name, ...s.aliases, ...s.hostnames]).filter(w => w.length >= 4))]
