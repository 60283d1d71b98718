// The docker CLI, run through @actions/exec with argument arrays (never through a shell). The
// one bounded runner for every docker call: the probe, the services' run/inspect/port/wait/logs/rm
// and the post step's clean-up. Output is kept bounded and each call has a deadline.
import { exec } from '@actions/exec'
import { randomBytes } from 'node:crypto'
import { signalCookie } from '../common/process-cookie.js'

export interface DockerResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly timedOut: boolean
  /** No docker executable on PATH: the call never started. */
  readonly notFound: boolean
}

const OUTPUT_MAX = 256 * 1024
/** After the CLI exits, how long a process it started may keep its output open. */
const STREAM_GRACE_MS = 1000
/** @actions/exec (through @actions/io's which) words a missing executable this way. */
const NOT_FOUND = /^Unable to locate executable file/
const COOKIE_NAME = 'COACH_GATE_DOCKER_COOKIE'

/**
 * Runs `docker <args>`. @actions/exec gives no handle on the child, no timeout and no abort, so
 * every call carries a cookie in its environment: on a deadline or an abort, whatever process
 * carries it (the CLI and anything it started, such as a credential helper) is killed.
 */
export async function docker(args: readonly string[], timeoutMs = 60_000, signal?: AbortSignal, env: NodeJS.ProcessEnv = process.env): Promise<DockerResult> {
  // Cancelled before it started: the abort listener below would never fire.
  if (signal?.aborted) return { code: null, stdout: '', stderr: 'cancelled before the docker command started', timedOut: false, notFound: false }
  const cookie = randomBytes(16).toString('hex')
  let stdout = ''
  let stderr = ''
  let timedOut = false
  const kill = (): void => signalCookie(COOKIE_NAME, cookie, 'SIGKILL')
  const onAbort = (): void => kill()
  signal?.addEventListener('abort', onAbort, { once: true })
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<'timed-out'>(resolve => {
    timer = setTimeout(() => {
      timedOut = true
      kill()
      resolve('timed-out')
    }, timeoutMs)
  })
  try {
    const running = exec('docker', [...args], {
      env: { ...definedOnly(env), [COOKIE_NAME]: cookie },
      silent: true,
      ignoreReturnCode: true,
      delay: STREAM_GRACE_MS,
      listeners: {
        stdout: chunk => (stdout = (stdout + chunk.toString()).slice(-OUTPUT_MAX)),
        stderr: chunk => (stderr = (stderr + chunk.toString()).slice(-OUTPUT_MAX))
      }
    })
    // Where the cookie cannot reach the process (no /proc), the deadline still ends the wait.
    const code = await Promise.race([running, deadline])
    return { code: code === 'timed-out' ? null : code, stdout, stderr, timedOut, notFound: false }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { code: null, stdout, stderr: message, timedOut, notFound: NOT_FOUND.test(message) }
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}

/** The reason a docker call failed, one line, for the summary. */
export function failureReason(result: DockerResult): string {
  if (result.timedOut) return 'the docker command timed out'
  if (result.notFound) return 'no docker binary on PATH'
  const text = (result.stderr || result.stdout).replace(/\s+/g, ' ').trim()
  return (text.length > 400 ? `${text.slice(0, 400)}…` : text) || `docker exited ${result.code}`
}

function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [key, value] of Object.entries(env)) if (value !== undefined) result[key] = value
  return result
}
