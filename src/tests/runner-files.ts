// The step's runner files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE,
// GITHUB_STEP_SUMMARY) carry this step's results to the runner and to later steps. The tests
// run as the same user, so they can find the files even without the variables (through
// /proc/<pid>/environ of this process, or by listing the runner's temp directory). Hiding the
// paths is only a first line; what holds is the restore: each file is recorded before the
// tests and put back afterwards, whatever they wrote, replaced or deleted.
import type { Stats } from 'node:fs'
import { chmod, copyFile, lstat, mkdtemp, open, rm, writeFile } from 'node:fs/promises'
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
  const scratch = env.RUNNER_TEMP ? await mkdtemp(path.join(tmpdir(), 'coach-gate-tests-')) : undefined
  const testEnv: Record<string, string> = {}
  if (scratch !== undefined) {
    testEnv.RUNNER_TEMP = scratch
    if (env.GITHUB_EVENT_PATH) {
      const event = path.join(scratch, 'event.json')
      // No payload (a local run) is no reason to stop: the tests then get none either.
      if (await copyFile(env.GITHUB_EVENT_PATH, event).then(() => true, () => false)) testEnv.GITHUB_EVENT_PATH = event
    }
  }
  return {
    testEnv,
    restore: async () => {
      if (scratch !== undefined) await rm(scratch, { recursive: true, force: true }).catch(() => undefined)
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
      const info = await lstat(file)
      recorded.push({ variable, path: file, content: await readPrefix(file, info.size), mode: info.mode & 0o7777, dev: info.dev, ino: info.ino })
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
      const what = await restoreOne(file)
      if (what !== undefined) changes.push({ variable: file.variable, what })
    } catch (error) {
      // Never report on top of what the tests wrote: failing here fails the run.
      throw new Error(`could not restore ${file.variable} after the tests changed it: ${(error as Error).message}`)
    }
  }
  return changes
}

async function restoreOne(file: RecordedFile): Promise<string | undefined> {
  let now: Stats | undefined
  try {
    now = await lstat(file.path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  if (file.content === undefined) {
    if (now === undefined) return undefined
    await rm(file.path, { force: true, recursive: true })
    return 'created'
  }
  if (now === undefined) {
    await rewrite(file)
    return 'deleted'
  }
  if (!now.isFile() || now.dev !== file.dev || now.ino !== file.ino) {
    // A symlink or another file in its place: our later writes must not follow it.
    await rm(file.path, { force: true, recursive: true })
    await rewrite(file)
    return now.isSymbolicLink() ? 'replaced by a symlink' : 'replaced'
  }
  const modeChanged = (now.mode & 0o7777) !== file.mode
  if (modeChanged) await chmod(file.path, file.mode)
  const size = now.size
  if (size >= file.content.length && (await readPrefix(file.path, file.content.length)).equals(file.content)) {
    if (size === file.content.length) return modeChanged ? 'permissions changed' : undefined
    await truncateTo(file.path, file.content.length)
    return `${size - file.content.length} bytes appended`
  }
  await rewrite(file)
  return 'rewritten'
}

async function readPrefix(file: string, length: number): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(length)
    let read = 0
    while (read < length) {
      const { bytesRead } = await handle.read(buffer, read, length - read, read)
      if (bytesRead === 0) break
      read += bytesRead
    }
    return buffer.subarray(0, read)
  } finally {
    await handle.close()
  }
}

async function truncateTo(file: string, length: number): Promise<void> {
  const handle = await open(file, 'r+')
  try {
    await handle.truncate(length)
  } finally {
    await handle.close()
  }
}

async function rewrite(file: RecordedFile): Promise<void> {
  // 'wx' creates a new file and never follows a link someone put in its place meanwhile.
  await rm(file.path, { force: true })
  await writeFile(file.path, file.content ?? Buffer.alloc(0), { flag: 'wx', mode: file.mode })
  await chmod(file.path, file.mode)
}

function describeChanges(changes: readonly RunnerFileChange[]): string {
  const list = changes.map(c => `${c.variable}: ${c.what}`).join('; ')
  return `The tests changed this step's runner files (${list}); coach-gate restored each to what it held before the tests, so nothing they wrote reaches the runner or later steps.`
}
