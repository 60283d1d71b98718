// Step 2 of the flow: is a Docker daemon usable? `docker info` under a timeout.
import { spawn } from 'node:child_process'

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
  return new Promise(resolve => {
    let settled = false
    let stdout = ''
    let stderr = ''
    const finish = (state: DockerState, detail: string): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve({ available: state === 'available', state, detail: oneLine(detail), durationMs: Date.now() - started })
    }
    // detached: a hung CLI (and anything it spawned) is killed as a group on timeout.
    const child = spawn('docker', ['info', '--format', '{{.ServerVersion}}'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    const timer = setTimeout(() => {
      killGroup(child.pid)
      finish('timed-out', `docker info did not answer within ${timeoutSeconds}s`)
    }, timeoutSeconds * 1000)
    child.stdout.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString()).slice(-4096)))
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4096)))
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish(error.code === 'ENOENT' ? 'no-binary' : 'daemon-unreachable', error.code === 'ENOENT' ? 'no docker binary on PATH' : error.message)
    })
    child.on('close', code => {
      const version = stdout.trim()
      // `docker info` can exit 0 while printing a server error; trust only a server version.
      if (code === 0 && version !== '' && !/error/i.test(version)) finish('available', `server ${version}`)
      else finish('daemon-unreachable', `docker info exited ${code ?? 'by signal'}: ${stderr.trim() || version || 'no output'}`)
    })
  })
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // already gone
  }
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
