// Step 2 of the flow: is a Docker daemon usable? `docker info` under a timeout.
import { docker } from './services/docker-cli.js'

export type DockerState = 'available' | 'no-binary' | 'daemon-unreachable' | 'timed-out'

export interface DockerProbe {
  readonly available: boolean
  readonly state: DockerState
  /** One line a human can read: the server version, or why Docker is unavailable. */
  readonly detail: string
  readonly durationMs: number
}

export async function probeDocker(timeoutSeconds: number, env: NodeJS.ProcessEnv = process.env): Promise<DockerProbe> {
  const started = Date.now()
  const finish = (state: DockerState, detail: string): DockerProbe => ({ available: state === 'available', state, detail: oneLine(detail), durationMs: Date.now() - started })
  const result = await docker(['info', '--format', '{{.ServerVersion}}'], timeoutSeconds * 1000, undefined, env)
  if (result.timedOut) return finish('timed-out', `docker info did not answer within ${timeoutSeconds}s`)
  if (result.notFound) return finish('no-binary', 'no docker binary on PATH')
  const version = result.stdout.trim()
  // `docker info` can exit 0 while printing a server error; trust only a server version.
  if (result.code === 0 && version !== '' && !/error/i.test(version)) return finish('available', `server ${version}`)
  return finish('daemon-unreachable', `docker info exited ${result.code ?? 'by signal'}: ${result.stderr.trim() || version || 'no output'}`)
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}

export function describeDocker(probe: DockerProbe): string {
  switch (probe.state) {
    case 'available':
      return `available (${probe.detail})`
    case 'no-binary':
      return 'unavailable: no docker binary'
    case 'daemon-unreachable':
      return `unavailable: daemon not reachable (${probe.detail})`
    case 'timed-out':
      return `unavailable: timed out (${probe.detail})`
  }
}
