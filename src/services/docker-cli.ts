// The docker CLI, run through node:child_process with argument arrays (never through a shell).
// The one bounded runner for every docker call: the probe, the services' run/inspect/port/wait/
// logs/rm and the post step's clean-up. Output is kept bounded and each call has a deadline.
// (It used @actions/exec and @actions/io's `which`: two packages every run loaded at start for
// one `docker info`.)
import { spawn } from 'node:child_process'
import { randomHex } from '../common/random.js'
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
const COOKIE_NAME = 'COACH_GATE_DOCKER_COOKIE'

/**
 * Runs `docker <args>`. Every call carries a cookie in its environment: on a deadline or an
 * abort, the CLI and whatever process carries the cookie (anything it started, such as a
 * credential helper, even one that left its process group) are killed.
 */
export async function docker(args: readonly string[], timeoutMs = 60_000, signal?: AbortSignal, env: NodeJS.ProcessEnv = process.env): Promise<DockerResult> {
  // Cancelled before it started: the abort listener below would never fire.
  if (signal?.aborted) return { code: null, stdout: '', stderr: 'cancelled before the docker command started', timedOut: false, notFound: false }
  const cookie = randomHex(16)
  let stdout = ''
  let stderr = ''
  let timedOut = false
  let child: ReturnType<typeof spawn> | undefined
  const kill = (): void => {
    signalCookie(COOKIE_NAME, cookie, 'SIGKILL')
    try {
      child?.kill('SIGKILL')
    } catch {
      // already gone
    }
  }
  const onAbort = (): void => kill()
  signal?.addEventListener('abort', onAbort, { once: true })
  let timer: NodeJS.Timeout | undefined
  let grace: NodeJS.Timeout | undefined
  const deadline = new Promise<'timed-out'>(resolve => {
    timer = setTimeout(() => {
      timedOut = true
      kill()
      resolve('timed-out')
    }, timeoutMs)
  })
  try {
    const running = new Promise<number | null>((resolve, reject) => {
      child = spawn('docker', [...args], { env: { ...definedOnly(env), [COOKIE_NAME]: cookie }, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true })
      child.stdout?.setEncoding('utf8')
      child.stderr?.setEncoding('utf8')
      child.stdout?.on('data', (chunk: string) => (stdout = (stdout + chunk).slice(-OUTPUT_MAX)))
      child.stderr?.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-OUTPUT_MAX)))
      child.on('error', reject)
      // The exit code once the output is read to its end, or STREAM_GRACE_MS after the CLI
      // exited if a process it started keeps the output open.
      child.on('exit', code => {
        grace = setTimeout(() => resolve(code), STREAM_GRACE_MS)
      })
      child.on('close', code => resolve(code))
    })
    // Where the cookie cannot reach the process (no /proc), the deadline still ends the wait.
    const code = await Promise.race([running, deadline])
    return { code: code === 'timed-out' ? null : code, stdout, stderr, timedOut, notFound: false }
  } catch (error) {
    const notFound = (error as NodeJS.ErrnoException)?.code === 'ENOENT'
    const message = notFound ? 'Unable to locate executable file: docker' : error instanceof Error ? error.message : String(error)
    return { code: null, stdout, stderr: message, timedOut, notFound }
  } finally {
    clearTimeout(timer)
    clearTimeout(grace)
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
