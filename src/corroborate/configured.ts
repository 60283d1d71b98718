// Where the test step was told a service is: the service's connection variables (knowledge:
// `connectionVariablesOf`) in the environment the tests got, read as endpoints. A URL gives host
// and port (the service's own port when it names none); `PGHOST`/`PGPORT` pairs give them apart;
// a list (`KAFKA_BROKERS=a:9092,b:9092`) gives several. Pure.
import { connectionVariablesOf, satisfies, serviceDefinition, serviceForScheme } from '../knowledge/registry.js'
import { normalHost } from './claims.js'

export interface ConfiguredEndpoint {
  /** The variable(s) it came from, e.g. `DATABASE_URL` or `PGHOST/PGPORT`. */
  readonly variable: string
  /** '' when only a port was configured. */
  readonly host: string
  /** undefined when only a host was configured (or a socket directory). */
  readonly port: number | undefined
  /** A Unix socket (path or directory), e.g. `PGHOST=/var/run/postgresql`. */
  readonly socket?: string
}

export function configuredEndpoints(env: Readonly<Record<string, string | undefined>>, service: string): ConfiguredEndpoint[] {
  const variables = connectionVariablesOf(service)
  const defaultPort = serviceDefinition(service)?.ports[0]
  const out: ConfiguredEndpoint[] = []
  const hosts = new Map<string, string>()
  const ports = new Map<string, number>()
  for (const name of variables) {
    const value = env[name]?.trim()
    if (!value) continue
    const prefix = name.replace(/_?(?:HOST|PORT|TCP_PORT)$/, '')
    if (/(?:^|_)(?:TCP_)?PORT$/.test(name) || name === 'PGPORT') {
      const port = Number(value)
      if (Number.isInteger(port) && port > 0 && port < 65536 && !ports.has(prefix)) ports.set(prefix, port)
      continue
    }
    if (/HOST$/.test(name) && !value.includes('://') && !/[,:]/.test(value.replace(/^\[.*\]$/, ''))) {
      if (!hosts.has(prefix)) hosts.set(prefix, value)
      continue
    }
    for (const part of value.split(/[,\s]+/).filter(Boolean)) {
      // DATABASE_URL naming MySQL says nothing about where PostgreSQL was to be found.
      const scheme = /^([a-z][\w+.-]*):\/\//i.exec(part)?.[1]
      const of = scheme === undefined ? undefined : serviceForScheme(scheme)
      if (of !== undefined && !satisfies(of, service) && !satisfies(service, of)) continue
      const endpoint = parseEndpoint(part, defaultPort)
      if (endpoint) out.push({ variable: name, ...endpoint })
    }
  }
  // Host and port variables of one prefix (PGHOST/PGPORT, REDIS_HOST/REDIS_PORT) make one endpoint.
  for (const prefix of new Set([...hosts.keys(), ...ports.keys()])) {
    const host = hosts.get(prefix)
    const port = ports.get(prefix)
    const names = variables.filter(v => v.replace(/_?(?:HOST|PORT|TCP_PORT)$/, '') === prefix && env[v]?.trim()).join('/')
    if (host?.startsWith('/')) out.push({ variable: names, host: '', port, socket: host })
    else out.push({ variable: names, host: host ?? '', port: port ?? (host !== undefined ? defaultPort : undefined) })
  }
  return out
}

/** `postgresql://u:p@db:5433/app`, `redis://localhost`, `localhost:9092`, `[::1]:6379`. */
function parseEndpoint(text: string, defaultPort: number | undefined): Omit<ConfiguredEndpoint, 'variable'> | undefined {
  if (text.includes('://')) {
    try {
      const url = new URL(text)
      // `postgresql:///app?host=/var/run/postgresql`: a socket.
      const socketHost = url.searchParams.get('host')
      if (url.hostname === '' && socketHost?.startsWith('/')) return { host: '', port: Number(url.port) || defaultPort, socket: socketHost }
      if (url.hostname === '') return undefined
      return { host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port: Number(url.port) || defaultPort }
    } catch {
      return undefined
    }
  }
  const found = /^\[?([\w.:-]*?)\]?:(\d{1,5})$/.exec(text)
  if (found) return { host: found[1] ?? '', port: Number(found[2]) }
  return /^[\w.-]+$/.test(text) ? { host: text, port: defaultPort } : undefined
}

/** The refused endpoint is one the step configured: same port (when known) and the same host (loopback names are one). */
export function matchesConfigured(configured: ConfiguredEndpoint, host: string, port: number): boolean {
  if (configured.socket !== undefined) return false
  if (configured.port !== undefined && configured.port !== port) return false
  return sameHost(configured.host, host)
}

const IP_LITERAL = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[\da-f]{0,4}(?::[\da-f]{0,4}){2,7})$/i

/**
 * The refused host is the configured one: no host configured, the same host (loopback names are
 * one), or a configured name (`postgres`, `db`) and a refused address off this machine
 * (`172.18.0.2`), which is what a container job's driver prints after resolving that name: the
 * log cannot show that it is another host. A loopback address is never a service host name's.
 */
export function sameHost(configured: string, refused: string): boolean {
  if (configured === '') return true
  const want = normalHost(configured)
  const got = normalHost(refused)
  if (want === got) return true
  return want !== 'loopback' && !IP_LITERAL.test(want) && got !== 'loopback' && IP_LITERAL.test(got)
}

export function describeConfigured(c: ConfiguredEndpoint): string {
  if (c.socket !== undefined) return `${c.variable} names the socket ${c.socket}`
  const host = c.host === '' ? '' : c.host.includes(':') ? `[${c.host}]` : c.host
  return `${c.variable} names ${host}${c.port === undefined ? '' : host === '' ? `port ${c.port}` : `:${c.port}`}`
}
