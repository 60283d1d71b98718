// Step 5 of the flow: run the test command through a shell in working-directory.
// Output is streamed live to the job log, written whole to the log file, and fed line by
// line to a consumer (the classifier); memory stays bounded whatever the output's size.
// Its own spawn, not @actions/exec (which runs the docker CLI): exec hides the child, so it
// cannot start it as a process-group leader (detached) to kill the whole tree on a timeout or
// a cancelled job, cannot pause the child's pipes when the log file or job log falls behind
// (backpressure), and buffers every line it splits, which a test printing gigabytes on one
// line would turn into unbounded memory.
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, rmSync, writeFileSync } from 'node:fs'
import { openNewFileSync } from '../common/safe-write.js'
import { randomHex } from '../common/random.js'
import { constants as osConstants } from 'node:os'
import path from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { signalCookie } from '../common/process-cookie.js'

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
  /** The OS to behave as (process.platform by default); tests run the macOS path on Linux. */
  readonly platform?: NodeJS.Platform
  /** The shell to use instead of the platform's own (findShell); tests of the Windows path on Linux. */
  readonly shell?: string
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
  /** Something was in the way of the log file when it was created (a link a test planted): removed, never written through. */
  readonly logTampering?: string
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
  const platform = options.platform ?? process.platform
  const killing = treeKillPlan(platform)
  const shell = options.shell ?? findShell(platform, options.env, existsSync)
  // Windows: the command goes in a script file, as `shell: bash` does; a `-c` argument would
  // pass through Windows' command-line quoting and MSYS's re-parsing of it first.
  const script = platform === 'win32' ? `${options.logPath}.command.sh` : undefined
  if (shell === undefined && platform === 'win32') {
    // Not `bash` from PATH: on Windows that can be WSL's launcher, a Linux in another file system.
    writeFileSync(options.logPath, '')
    return Promise.resolve({ exitCode: 127, signal: null, timedOut: false, cancelled: false, durationSeconds: 0, bytes: 0, lines: 0, tail: [], startError: 'no bash found: install Git for Windows, whose bash runs the test command (as shell: bash does)' })
  }
  // No shell found on POSIX: `bash` from PATH, whose failure to start is then reported.
  const invocation = shellInvocation(shell ?? 'bash', options.command, script)
  // A new file, created now: a link a previous attempt's tests planted at this path receives nothing (issue 26).
  let logTampering: string | undefined
  const log = (() => {
    try {
      const opened = openNewFileSync(options.logPath)
      logTampering = opened.found
      return createWriteStream(options.logPath, { fd: opened.fd })
    } catch {
      // Could not be created: the stream reports the error as before (the run goes on without the file).
      return createWriteStream(options.logPath, { flags: 'wx' })
    }
  })()
  // A full disk must not crash the gate: stop writing the file, keep running, and say so.
  let logError: string | undefined
  log.on('error', error => {
    logError ??= error.message
    log.emit('drain')
  })
  // Workflow commands printed by the tests (::set-output, ::add-mask::, ...) must not be obeyed.
  const stopToken = randomHex(16)
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
    if (!text.includes('\r')) {
      // Most output holds no carriage return: its lines end at each LF, found by indexOf (a
      // regular expression's match per line costs several times as much).
      for (let end = text.indexOf('\n', start); end >= 0; end = text.indexOf('\n', start)) {
        emitLine(pendingText + text.slice(start, end))
        pendingText = ''
        start = end + 1
      }
    } else {
      const lineEnd = /\r\n|\r|\n/g
      lineEnd.lastIndex = start
      for (let match = lineEnd.exec(text); match !== null; match = lineEnd.exec(text)) {
        emitLine(pendingText + text.slice(start, match.index))
        pendingText = ''
        start = match.index + match[0].length
        if (match[0] === '\r' && start === text.length) skipLeadingLF = true
      }
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
    const cookie = randomHex(16)
    // A script that cannot be written makes bash fail on the missing file; the reason is kept.
    let scriptError: string | undefined
    if (script !== undefined) {
      try {
        writeFileSync(script, `${options.command}\n`)
      } catch (error) {
        scriptError = `could not write the command to ${script}: ${(error as Error).message}`
      }
    }
    // detached on POSIX: the shell leads a new process group, so the whole tree can be signalled.
    // On Windows `detached` would mean a new console instead; the tree is ended with taskkill.
    const child = spawn(invocation.file, [...invocation.args], {
      cwd: options.cwd, env: { ...options.env, [COOKIE_NAME]: cookie }, stdio: ['ignore', 'pipe', 'pipe'], detached: killing.processGroup, windowsHide: true
    })
    const running = (): boolean => child.exitCode === null && child.signalCode === null
    const signalTree = (signal: NodeJS.Signals): void => {
      if (killing.processGroup) signalGroup(child.pid, signal)
      if (killing.cookieScan) signalCookie(COOKIE_NAME, cookie, signal)
      // Only while the shell lives: its PID may be reused once it is gone, and taskkill /T
      // finds the tree through the parent's PID.
      if (killing.taskkill && child.pid !== undefined && running()) taskkillTree(child.pid, options.env)
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

    const finish = (spawnError?: string): void => {
      const startError = spawnError ?? scriptError
      if (finished) return
      finished = true
      if (timeout) clearTimeout(timeout)
      if (killTimer) clearTimeout(killTimer)
      options.signal?.removeEventListener('abort', onAbort)
      // Whatever the shell left behind, in its process group or not, goes with it.
      signalTree('SIGKILL')
      if (script !== undefined) rmSync(script, { force: true })
      consume(decoder.end())
      if (pendingText !== '') emitLine(pendingText)
      // The resume token must start a line, or the runner would never see it.
      options.echo.write(`${lastByte === 0x0a ? '' : '\n'}::${stopToken}::\n`)
      const settle = (): void => {
        const durationSeconds = Number(process.hrtime.bigint() - started) / 1e9
        const code = startError ? 127 : timedOut ? 124 : exitCode ?? (exitSignal ? 128 + signalNumber(exitSignal) : 1)
        resolve({ exitCode: code, signal: exitSignal, timedOut, cancelled, durationSeconds, bytes, lines, tail, ...(startError ? { startError } : {}), ...(logError !== undefined ? { logError } : {}), ...(logTampering !== undefined ? { logTampering } : {}) })
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
    child.on('error', error => finish(`could not start ${invocation.file}: ${error.message}`))
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

/**
 * The shell that runs the test command. POSIX: /bin/bash, else /bin/sh. Windows: the bash of
 * Git for Windows, as `shell: bash` uses: found beside `git` on PATH, in the usual install
 * directories, or as `bash` on PATH unless that is the WSL launcher in System32 (a Linux bash in
 * another file system, which would not see the runner's tools). undefined when there is none.
 */
export function findShell(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, exists: (file: string) => boolean): string | undefined {
  if (platform !== 'win32') return ['/bin/bash', '/bin/sh'].find(file => exists(file))
  const win = path.win32
  const value = (name: string): string | undefined => Object.entries(env).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1]
  const pathDirs = (value('PATH') ?? '').split(';').map(dir => dir.trim().replace(/^"(.*)"$/, '$1')).filter(dir => dir !== '')
  const candidates: string[] = []
  for (const dir of pathDirs) {
    if (!exists(win.join(dir, 'git.exe'))) continue
    // git.exe sits in <Git>\cmd, <Git>\bin or <Git>\mingw64\bin.
    for (const root of [win.dirname(dir), win.dirname(win.dirname(dir))]) candidates.push(win.join(root, 'bin', 'bash.exe'), win.join(root, 'usr', 'bin', 'bash.exe'))
  }
  for (const base of [value('ProgramFiles'), value('ProgramW6432'), value('ProgramFiles(x86)'), value('LOCALAPPDATA') && win.join(value('LOCALAPPDATA') as string, 'Programs')]) {
    if (base) candidates.push(win.join(base, 'Git', 'bin', 'bash.exe'), win.join(base, 'Git', 'usr', 'bin', 'bash.exe'))
  }
  const systemRoot = (value('SystemRoot') ?? 'C:\\Windows').toLowerCase()
  for (const dir of pathDirs) {
    const lower = dir.toLowerCase()
    if (lower.startsWith(systemRoot) || lower.includes('\\windowsapps')) continue
    candidates.push(win.join(dir, 'bash.exe'))
  }
  return candidates.find(file => exists(file))
}

/** The arguments for the shell: the command as `-c` text, or (Windows) the script file that holds it. */
export function shellInvocation(shell: string, command: string, scriptFile?: string): { readonly file: string; readonly args: readonly string[] } {
  const isBash = /bash(\.exe)?$/i.test(shell)
  const options = isBash ? ['--noprofile', '--norc', '-o', 'pipefail'] : []
  // Forward slashes: MSYS bash reads C:/x/y like C:\x\y, and nothing in them needs escaping.
  return { file: shell, args: scriptFile === undefined ? [...options, '-c', command] : [...options, scriptFile.replace(/\\/g, '/')] }
}

export interface TreeKillPlan {
  /** Signal the shell's process group (POSIX: it was started as a group leader). */
  readonly processGroup: boolean
  /** Also find escapees by the environment cookie; needs Linux's /proc. */
  readonly cookieScan: boolean
  /** End the tree with `taskkill /T /F` (Windows has no process groups nor signals). */
  readonly taskkill: boolean
}

/** How the test tree is ended on each OS. macOS and the BSDs take the POSIX path without /proc. */
export function treeKillPlan(platform: NodeJS.Platform): TreeKillPlan {
  if (platform === 'win32') return { processGroup: false, cookieScan: false, taskkill: true }
  return { processGroup: true, cookieScan: platform === 'linux', taskkill: false }
}

/** taskkill ends the process and every descendant (/T), without asking (/F: console programs ignore the polite request). */
export function taskkillCommand(pid: number, env: NodeJS.ProcessEnv): { readonly file: string; readonly args: readonly string[] } {
  const systemRoot = Object.entries(env).find(([key]) => key.toLowerCase() === 'systemroot')?.[1]
  return { file: systemRoot ? path.win32.join(systemRoot, 'System32', 'taskkill.exe') : 'taskkill.exe', args: ['/T', '/F', '/PID', String(pid)] }
}

function taskkillTree(pid: number, env: NodeJS.ProcessEnv): void {
  const { file, args } = taskkillCommand(pid, env)
  // The job's environment: without SystemRoot, taskkill.exe is looked up on its PATH.
  const killer = spawn(file, [...args], { env, stdio: 'ignore', windowsHide: true })
  killer.on('error', () => undefined)
}

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
