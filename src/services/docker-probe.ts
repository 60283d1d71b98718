// Step 2 of the flow: is a Docker daemon usable? `docker info` under a timeout.
import { docker } from './docker-cli.js'

export type DockerState = 'available' | 'no-binary' | 'daemon-unreachable' | 'timed-out'

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
}

export async function probeDocker(timeoutSeconds: number, env: NodeJS.ProcessEnv = process.env): Promise<DockerProbe> {
  const started = Date.now()
  const finish = (state: DockerState, detail: string, daemon?: DaemonInfo): DockerProbe =>
    ({ available: state === 'available', state, detail: oneLine(detail), durationMs: Date.now() - started, osType: daemon?.osType ?? '', canRunLinuxImages: daemon !== undefined && runsLinuxImages(daemon) })
  const result = await docker(['info', '--format', DOCKER_INFO_FORMAT], timeoutSeconds * 1000, undefined, env)
  if (result.timedOut) return finish('timed-out', `docker info did not answer within ${timeoutSeconds}s`)
  if (result.notFound) return finish('no-binary', 'no docker binary on PATH')
  const daemon = parseDaemonInfo(result.stdout)
  if (result.code === 0 && daemon !== undefined) return finish('available', describeDaemon(daemon), daemon)
  return finish('daemon-unreachable', `docker info exited ${result.code ?? 'by signal'}: ${result.stderr.trim() || result.stdout.trim() || 'no output'}`)
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
  }
}
