// The docker CLI, run with argument arrays (never through a shell), each call bounded.
import { spawn } from 'node:child_process'

export interface DockerResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly timedOut: boolean
}

const OUTPUT_MAX = 256 * 1024

export function docker(args: readonly string[], timeoutMs = 60_000, signal?: AbortSignal): Promise<DockerResult> {
  // Cancelled before it started: the abort listener below would never fire.
  if (signal?.aborted) return Promise.resolve({ code: null, stdout: '', stderr: 'cancelled before the docker command started', timedOut: false })
  return new Promise(resolve => {
    let stdout = ''
    let stderr = ''
    let timedOut = false
    let settled = false
    // detached: a hung CLI is killed with anything it started.
    const child = spawn('docker', [...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    const kill = (): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
    const timer = setTimeout(() => {
      timedOut = true
      kill()
    }, timeoutMs)
    signal?.addEventListener('abort', kill, { once: true })
    const finish = (code: number | null, error?: string): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', kill)
      resolve({ code, stdout, stderr: error ?? stderr, timedOut })
    }
    child.stdout.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString()).slice(-OUTPUT_MAX)))
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-OUTPUT_MAX)))
    child.on('error', error => finish(null, error.message))
    child.on('close', code => finish(code))
  })
}

/** The reason a docker call failed, one line, for the summary. */
export function failureReason(result: DockerResult): string {
  if (result.timedOut) return 'the docker command timed out'
  const text = (result.stderr || result.stdout).replace(/\s+/g, ' ').trim()
  return (text.length > 400 ? `${text.slice(0, 400)}…` : text) || `docker exited ${result.code}`
}
