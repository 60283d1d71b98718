// Step 5 of the flow: run the test command through a shell in working-directory.
// Output is streamed live to the job log, written whole to the log file, and fed line by
// line to a consumer (the classifier); memory stays bounded whatever the output's size.
// Its own spawn, not @actions/exec (which runs the docker CLI): exec hides the child, so it
// cannot start it as a process-group leader (detached) to kill the whole tree on a timeout or
// a cancelled job, cannot pause the child's pipes when the log file or job log falls behind
// (backpressure), and buffers every line it splits, which a test printing gigabytes on one
// line would turn into unbounded memory.
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { constants as osConstants } from 'node:os'
import { StringDecoder } from 'node:string_decoder'
import { signalCookie } from './process-cookie.js'

export interface TestRunOptions {
  readonly command: string
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
  readonly logPath: string
  /** 0 means no timeout. */
  readonly timeoutMs: number
  /** Receives every line (without its end), in order. */
  readonly onLine: (line: string) => void
  /** Where the live copy goes; the job log. */
  readonly echo: NodeJS.WritableStream
  /** Aborting (a cancelled job) ends the whole process tree. */
  readonly signal?: AbortSignal
}

export interface TestRunResult {
  readonly exitCode: number
  readonly signal: string | null
  readonly timedOut: boolean
  readonly cancelled: boolean
  readonly durationSeconds: number
  readonly bytes: number
  readonly lines: number
  /** The last lines of output, for the summary. */
  readonly tail: readonly string[]
  /** Set when the command could not be started at all. */
  readonly startError?: string
  /** Set when the log file could not be written (a full disk): the tests still ran to the end. */
  readonly logError?: string
}

const TAIL_LINES = 60
const TAIL_LINE_MAX = 500
/** A line longer than this is handed to the consumer in pieces; the log file keeps it whole. */
const LINE_MAX = 64 * 1024
const KILL_GRACE_MS = 3000
/** After the shell exits, how long a background job may keep the output open. */
const DRAIN_MS = 2000

export function sanitisedEnv(env: NodeJS.ProcessEnv, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(env)) {
    // The PR's tests must not write the step's outputs, env, path, state or summary, nor see the token.
    if (/^GITHUB_(OUTPUT|ENV|PATH|STATE|STEP_SUMMARY|TOKEN)$/.test(key)) continue
    if (/^INPUT_/.test(key) || key === 'ACTIONS_RUNTIME_TOKEN' || key === 'ACTIONS_ID_TOKEN_REQUEST_TOKEN') continue
    clean[key] = value
  }
  return { ...clean, ...extra }
}

export function runTests(options: TestRunOptions): Promise<TestRunResult> {
  const started = process.hrtime.bigint()
  const shell = existsSync('/bin/bash') ? '/bin/bash' : '/bin/sh'
  const args = shell.endsWith('bash') ? ['--noprofile', '--norc', '-o', 'pipefail', '-c', options.command] : ['-c', options.command]
  const log = createWriteStream(options.logPath)
  // A full disk must not crash the gate: stop writing the file, keep running, and say so.
  let logError: string | undefined
  log.on('error', error => {
    logError ??= error.message
    log.emit('drain')
  })
  // Workflow commands printed by the tests (::set-output, ::add-mask::, ...) must not be obeyed.
  const stopToken = randomBytes(16).toString('hex')
  options.echo.write(`::stop-commands::${stopToken}\n`)

  const tail: string[] = []
  let bytes = 0
  let lines = 0
  let lastByte = 0x0a
  let pendingText = ''
  const decoder = new StringDecoder('utf8')

  // A line longer than LINE_MAX reaches the consumer in pieces but counts as one line.
  let inLongLine = false
  const emitLine = (line: string, complete = true): void => {
    if (!inLongLine) lines++
    inLongLine = !complete
    options.onLine(line)
    tail.push(line.length > TAIL_LINE_MAX ? `${line.slice(0, TAIL_LINE_MAX)}… (${line.length} characters)` : line)
    if (tail.length > TAIL_LINES) tail.shift()
  }
  // Lines end in LF, CRLF or a lone CR (progress bars, old Mac tools); a CRLF split across
  // two chunks is still one line end.
  let skipLeadingLF = false
  const consume = (text: string): void => {
    let start = 0
    if (skipLeadingLF && text.startsWith('\n')) start = 1
    if (text !== '') skipLeadingLF = false
    const lineEnd = /\r\n|\r|\n/g
    lineEnd.lastIndex = start
    for (let match = lineEnd.exec(text); match !== null; match = lineEnd.exec(text)) {
      emitLine(pendingText + text.slice(start, match.index))
      pendingText = ''
      start = match.index + match[0].length
      if (match[0] === '\r' && start === text.length) skipLeadingLF = true
    }
    pendingText += text.slice(start)
    while (pendingText.length > LINE_MAX) {
      emitLine(pendingText.slice(0, LINE_MAX), false)
      pendingText = pendingText.slice(LINE_MAX)
    }
  }

  return new Promise(resolve => {
    let timedOut = false
    let cancelled = false
    let finished = false
    let killTimer: NodeJS.Timeout | undefined
    // Every process the tests start inherits this cookie, so one that left the process group
    // (setsid, a double fork) is still found and ended (the way Jenkins' ProcessTreeKiller does).
    const cookie = randomBytes(16).toString('hex')
    const child = spawn(shell, args, { cwd: options.cwd, env: { ...options.env, [COOKIE_NAME]: cookie }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    const signalTree = (signal: NodeJS.Signals): void => {
      signalGroup(child.pid, signal)
      signalCookie(COOKIE_NAME, cookie, signal)
    }

    const killTree = (): void => {
      signalTree('SIGTERM')
      killTimer ??= setTimeout(() => signalTree('SIGKILL'), KILL_GRACE_MS)
    }
    const timeout = options.timeoutMs > 0 ? setTimeout(() => {
      timedOut = true
      killTree()
    }, options.timeoutMs) : undefined
    const onAbort = (): void => {
      cancelled = true
      killTree()
    }
    options.signal?.addEventListener('abort', onAbort, { once: true })
    if (options.signal?.aborted) onAbort()

    let exitCode: number | null = null
    let exitSignal: string | null = null
    let openStreams = 2
    let held = 0
    const holdUntilDrained = (stream: NodeJS.WritableStream): void => {
      if (held++ === 0) {
        child.stdout.pause()
        child.stderr.pause()
      }
      stream.once('drain', () => {
        if (--held === 0) {
          child.stdout.resume()
          child.stderr.resume()
        }
      })
    }
    const onData = (chunk: Buffer): void => {
      bytes += chunk.length
      if (chunk.length > 0) lastByte = chunk[chunk.length - 1] as number
      // Backpressure: a slow disk or job log pauses the child instead of buffering without bound.
      if (logError === undefined && !log.write(chunk)) holdUntilDrained(log)
      if (!options.echo.write(chunk)) holdUntilDrained(options.echo)
      consume(decoder.write(chunk))
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)

    const finish = (startError?: string): void => {
      if (finished) return
      finished = true
      if (timeout) clearTimeout(timeout)
      if (killTimer) clearTimeout(killTimer)
      options.signal?.removeEventListener('abort', onAbort)
      // Whatever the shell left behind, in its process group or not, goes with it.
      signalTree('SIGKILL')
      consume(decoder.end())
      if (pendingText !== '') emitLine(pendingText)
      // The resume token must start a line, or the runner would never see it.
      options.echo.write(`${lastByte === 0x0a ? '' : '\n'}::${stopToken}::\n`)
      const settle = (): void => {
        const durationSeconds = Number(process.hrtime.bigint() - started) / 1e9
        const code = startError ? 127 : timedOut ? 124 : exitCode ?? (exitSignal ? 128 + signalNumber(exitSignal) : 1)
        resolve({ exitCode: code, signal: exitSignal, timedOut, cancelled, durationSeconds, bytes, lines, tail, ...(startError ? { startError } : {}), ...(logError !== undefined ? { logError } : {}) })
      }
      if (logError !== undefined) settle()
      else {
        log.end((error?: Error | null) => {
          if (error) logError ??= error.message
          settle()
        })
      }
    }
    const streamEnded = (): void => {
      if (--openStreams === 0 && exitCode !== null) finish()
      else if (openStreams === 0 && exitSignal !== null) finish()
    }
    child.stdout.on('end', streamEnded)
    child.stderr.on('end', streamEnded)
    child.on('error', error => finish(`could not start ${shell}: ${error.message}`))
    child.on('exit', (code, signal) => {
      exitCode = code
      exitSignal = signal
      if (openStreams === 0) return finish()
      // A background job may hold the pipes open; give it a moment, then end it.
      setTimeout(() => {
        if (finished) return
        signalTree('SIGKILL')
        child.stdout.destroy()
        child.stderr.destroy()
        finish()
      }, DRAIN_MS).unref()
    })
  })
}

const COOKIE_NAME = 'COACH_GATE_RUN_COOKIE'

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, signal)
  } catch {
    // the group is already gone
  }
}

function signalNumber(signal: string): number {
  return osConstants.signals[signal as NodeJS.Signals] ?? 0
}
