// Step 2 of the flow: is a Docker daemon usable? `docker info` under a timeout.
import { docker } from './docker-cli.js'

/**
 * `misconfigured` is a probe failure, not an absence (issue 26): the client could not even try
 * the daemon (a context that does not exist, a config file it cannot parse, a TLS error from a
 * host that answered, a socket it may not open). It never counts as "Docker unavailable" for a
 * conditional approval: something the workflow (or the code an earlier step ran) did to the
 * client must not pass for missing infrastructure.
 */
export type DockerState = 'available' | 'no-binary' | 'daemon-unreachable' | 'timed-out' | 'misconfigured'

export interface DockerProbe {
  readonly available: boolean
  readonly state: DockerState
  /** One line a human can read: the server version, or why Docker is unavailable. */
  readonly detail: string
  readonly durationMs: number
  /** The daemon's `OSType` (`linux`, `windows`); empty when Docker is unavailable or did not say. */
  readonly osType: string
  /** The daemon runs Linux containers, so it can run the (Linux) service images. */
  readonly canRunLinuxImages: boolean
  /** For `misconfigured`: what to fix, in one sentence. */
  readonly fix?: string
}

export async function probeDocker(timeoutSeconds: number, env: NodeJS.ProcessEnv = process.env): Promise<DockerProbe> {
  const started = Date.now()
  const finish = (state: DockerState, detail: string, daemon?: DaemonInfo, fix?: string): DockerProbe =>
    ({ available: state === 'available', state, detail: oneLine(detail), durationMs: Date.now() - started, osType: daemon?.osType ?? '', canRunLinuxImages: daemon !== undefined && runsLinuxImages(daemon), ...(fix === undefined ? {} : { fix }) })
  const result = await docker(['info', '--format', DOCKER_INFO_FORMAT], timeoutSeconds * 1000, undefined, env)
  if (result.timedOut) return finish('timed-out', `docker info did not answer within ${timeoutSeconds}s`)
  if (result.notFound) return finish('no-binary', 'no docker binary on PATH')
  const daemon = parseDaemonInfo(result.stdout)
  if (result.code === 0 && daemon !== undefined) return finish('available', describeDaemon(daemon), daemon)
  const said = `${result.stderr.trim()}\n${result.stdout.trim()}`.trim()
  const detail = `docker info exited ${result.code ?? 'by signal'}: ${said || 'no output'}`
  const misconfigured = clientMisconfiguration(said)
  if (misconfigured !== undefined) return finish('misconfigured', detail, undefined, misconfigured)
  return finish('daemon-unreachable', detail)
}

/**
 * Tells a client that is misconfigured from a daemon that is not there, by what `docker info`
 * printed when it failed: the fix for the former (one sentence), or undefined for the latter
 * (no socket, connection refused: the daemon is absent). Checked before the absence signs, since
 * a context error also says "no such file or directory" (of the context's metadata). Pure.
 */
export function clientMisconfiguration(output: string): string | undefined {
  if (/context "[^"]*": context not found|\bcontext not found\b|load context|unable to resolve docker endpoint|current context|DOCKER_CONTEXT/i.test(output)) {
    return 'the Docker client names a context that does not exist: run `docker context use default` (or unset DOCKER_CONTEXT), or fix `currentContext` in ~/.docker/config.json; a step before the gate (e.g. an install script) may have written it'
  }
  if (/(error (parsing|loading|reading) config file|config file .*(invalid|cannot|could not)|\.docker[/\\]config\.json.*(invalid|unexpected|error)|failed to load config)/i.test(output)) {
    return 'the Docker client cannot read its configuration: fix or remove ~/.docker/config.json (or the DOCKER_CONFIG directory); a step before the gate may have written it'
  }
  if (/\b(tls:|x509:|certificate (signed by unknown|is not valid|has expired)|remote error: tls|DOCKER_CERT_PATH|could not read CA certificate|unable to load (client )?(key|certificate))/i.test(output)) {
    return 'the Docker daemon answered, but the TLS handshake failed: fix DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH (or the context\'s TLS material)'
  }
  if (/permission denied while trying to connect to the docker (daemon|API)|dial unix [^:]+: connect: permission denied/i.test(output)) {
    return 'the Docker daemon is there, but this user may not use its socket: add the runner\'s user to the docker group, or point DOCKER_HOST at a socket it may use'
  }
  if (/invalid bind address|unable to parse docker host|error parsing (DOCKER_HOST|host)|unsupported protocol scheme|protocol not available/i.test(output)) {
    return 'DOCKER_HOST is not an address the Docker client understands: fix or unset it'
  }
  return undefined
}

/**
 * What `docker info` prints, one `key=value` a line: the server version (proof a daemon
 * answered) and the daemon's OS, in the same call, so no second process is needed.
 */
export const DOCKER_INFO_FORMAT = 'server_version={{.ServerVersion}}\nos_type={{.OSType}}\narchitecture={{.Architecture}}\noperating_system={{.OperatingSystem}}'

export interface DaemonInfo {
  readonly serverVersion: string
  /** `linux` or `windows`, as the daemon reports it; empty when it did not. */
  readonly osType: string
  readonly architecture: string
  readonly operatingSystem: string
}

/**
 * Reads DOCKER_INFO_FORMAT's output. undefined unless a daemon answered: `docker info` can
 * exit 0 while printing a server error, so only a real server version counts.
 */
export function parseDaemonInfo(stdout: string): DaemonInfo | undefined {
  const fields = new Map<string, string>()
  for (const line of stdout.split(/\r?\n/)) {
    const eq = line.indexOf('=')
    if (eq > 0) fields.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim())
  }
  // A CLI that lacks a field prints `<no value>`: the daemon did not say.
  const field = (name: string): string => {
    const value = fields.get(name) ?? ''
    return value === '<no value>' ? '' : value
  }
  const serverVersion = field('server_version')
  if (serverVersion === '' || /error/i.test(serverVersion)) return undefined
  return { serverVersion, osType: field('os_type').toLowerCase(), architecture: field('architecture'), operatingSystem: field('operating_system') }
}

/**
 * The service images are Linux images: only a daemon that says it runs Linux containers can
 * start them. A Windows-containers daemon (GitHub's Windows runners) cannot, and neither can
 * one that does not name its OS.
 */
export function runsLinuxImages(daemon: DaemonInfo): boolean {
  return daemon.osType === 'linux'
}

function describeDaemon(daemon: DaemonInfo): string {
  const platform = [daemon.osType || 'OS not reported', daemon.architecture].filter(Boolean).join('/')
  return `server ${daemon.serverVersion}, ${platform}${daemon.operatingSystem ? `, ${daemon.operatingSystem}` : ''}`
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}

export function describeDocker(probe: DockerProbe): string {
  switch (probe.state) {
    case 'available':
      return probe.canRunLinuxImages
        ? `available (${probe.detail})`
        : `available, but cannot run the Linux service images: the daemon runs ${probe.osType === '' ? 'containers of an OS it does not name' : `${probe.osType} containers`} (${probe.detail})`
    case 'no-binary':
      return 'unavailable: no docker binary'
    case 'daemon-unreachable':
      return `unavailable: daemon not reachable (${probe.detail})`
    case 'timed-out':
      return `unavailable: timed out (${probe.detail})`
    case 'misconfigured':
      return `probe failed: the Docker client is misconfigured, so whether a daemon is there is unknown (${probe.detail}). To fix: ${probe.fix ?? 'fix the Docker client configuration'}`
  }
}
