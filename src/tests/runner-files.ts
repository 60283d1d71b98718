// The step's runner files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE,
// GITHUB_STEP_SUMMARY) carry this step's results to the runner and to later steps. The tests
// run as the same user, so they can find the files even without the variables (through
// /proc/<pid>/environ of this process, or by listing the runner's temp directory). Hiding the
// paths is only a first line; what holds is the restore: each file is recorded before the
// tests and put back afterwards, whatever they wrote, replaced or deleted.
// Synchronous calls: a few small files, read and written in place, cost less than a trip through
// the thread pool each (which a passing run would otherwise start just for them).
import { chmodSync, closeSync, copyFileSync, ftruncateSync, lstatSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync, type Stats } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const RUNNER_FILE_VARIABLES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const

interface RecordedFile {
  readonly variable: string
  readonly path: string
  /** undefined when the file did not exist before the tests. */
  readonly content: Buffer | undefined
  readonly mode: number
  readonly dev: number
  readonly ino: number
}

export interface RunnerFilesGuard {
  /**
   * Variables for the test process: a RUNNER_TEMP of its own, so the tests keep a scratch
   * directory without being pointed at the directory that holds the runner files, and the
   * event payload copied into it (the runner keeps the original in that same directory).
   */
  readonly testEnv: Record<string, string>
  /** Puts every runner file back as it was; returns one note when the tests changed any. */
  restore(): Promise<string[]>
}

/** Call right before the tests start (after everything this step itself must record, such as state). */
export async function guardRunnerFiles(env: Readonly<Record<string, string | undefined>>): Promise<RunnerFilesGuard> {
  const recorded = await recordRunnerFiles(env)
  const scratch = env.RUNNER_TEMP ? mkdtempSync(path.join(tmpdir(), 'coach-gate-tests-')) : undefined
  const testEnv: Record<string, string> = {}
  if (scratch !== undefined) {
    testEnv.RUNNER_TEMP = scratch
    if (env.GITHUB_EVENT_PATH) {
      const event = path.join(scratch, 'event.json')
      // No payload (a local run) is no reason to stop: the tests then get none either.
      if (copied(env.GITHUB_EVENT_PATH, event)) testEnv.GITHUB_EVENT_PATH = event
    }
  }
  return {
    testEnv,
    restore: async () => {
      if (scratch !== undefined) removeQuietly(scratch)
      const changes = await restoreRunnerFiles(recorded)
      return changes.length === 0 ? [] : [describeChanges(changes)]
    }
  }
}

export async function recordRunnerFiles(env: Readonly<Record<string, string | undefined>>): Promise<RecordedFile[]> {
  const recorded: RecordedFile[] = []
  // Two variables naming one file are recorded once.
  const paths = new Set<string>()
  for (const variable of RUNNER_FILE_VARIABLES) {
    const file = env[variable]
    if (!file || paths.has(path.resolve(file))) continue
    paths.add(path.resolve(file))
    try {
      const info = lstatSync(file)
      recorded.push({ variable, path: file, content: readPrefix(file, info.size), mode: info.mode & 0o7777, dev: info.dev, ino: info.ino })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`could not record ${variable} before the tests: ${(error as Error).message}`)
      recorded.push({ variable, path: file, content: undefined, mode: 0o644, dev: 0, ino: 0 })
    }
  }
  return recorded
}

export interface RunnerFileChange {
  readonly variable: string
  /** What the tests had done, in a few words. */
  readonly what: string
}

/** Restores each recorded file; returns what the tests had changed. Throws when a file cannot be put back. */
export async function restoreRunnerFiles(recorded: readonly RecordedFile[]): Promise<RunnerFileChange[]> {
  const changes: RunnerFileChange[] = []
  for (const file of recorded) {
    try {
      const what = restoreOne(file)
      if (what !== undefined) changes.push({ variable: file.variable, what })
    } catch (error) {
      // Never report on top of what the tests wrote: failing here fails the run.
      throw new Error(`could not restore ${file.variable} after the tests changed it: ${(error as Error).message}`)
    }
  }
  return changes
}

function restoreOne(file: RecordedFile): string | undefined {
  let now: Stats | undefined
  try {
    now = lstatSync(file.path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  if (file.content === undefined) {
    if (now === undefined) return undefined
    rmSync(file.path, { force: true, recursive: true })
    return 'created'
  }
  if (now === undefined) {
    rewrite(file)
    return 'deleted'
  }
  if (!now.isFile() || now.dev !== file.dev || now.ino !== file.ino) {
    // A symlink or another file in its place: our later writes must not follow it.
    rmSync(file.path, { force: true, recursive: true })
    rewrite(file)
    return now.isSymbolicLink() ? 'replaced by a symlink' : 'replaced'
  }
  const modeChanged = (now.mode & 0o7777) !== file.mode
  if (modeChanged) chmodSync(file.path, file.mode)
  const size = now.size
  if (size >= file.content.length && readPrefix(file.path, file.content.length).equals(file.content)) {
    if (size === file.content.length) return modeChanged ? 'permissions changed' : undefined
    truncateTo(file.path, file.content.length)
    return `${size - file.content.length} bytes appended`
  }
  rewrite(file)
  return 'rewritten'
}

function readPrefix(file: string, length: number): Buffer {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(length)
    let read = 0
    while (read < length) {
      const bytesRead = readSync(fd, buffer, read, length - read, read)
      if (bytesRead === 0) break
      read += bytesRead
    }
    return buffer.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

function truncateTo(file: string, length: number): void {
  const fd = openSync(file, 'r+')
  try {
    ftruncateSync(fd, length)
  } finally {
    closeSync(fd)
  }
}

function rewrite(file: RecordedFile): void {
  // 'wx' creates a new file and never follows a link someone put in its place meanwhile.
  rmSync(file.path, { force: true })
  writeFileSync(file.path, file.content ?? Buffer.alloc(0), { flag: 'wx', mode: file.mode })
  chmodSync(file.path, file.mode)
}

/** Copies a file; false when it could not be copied. */
function copied(from: string, to: string): boolean {
  try {
    copyFileSync(from, to)
    return true
  } catch {
    return false
  }
}

function removeQuietly(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true })
  } catch {
    // a scratch directory left behind is harmless
  }
}

function describeChanges(changes: readonly RunnerFileChange[]): string {
  const list = changes.map(c => `${c.variable}: ${c.what}`).join('; ')
  return `The tests changed this step's runner files (${list}); coach-gate restored each to what it held before the tests, so nothing they wrote reaches the runner or later steps.`
}
