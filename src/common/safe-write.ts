// Writes after the tests (issue 26): the tests ran as this same user and may have left a link
// (or a hard link, a directory, a FIFO) where the gate is about to write, to turn the gate's own
// write into a write of theirs (the audit report into GITHUB_PATH). Every write after the tests
// goes through a path the gate creates then: a new file (O_CREAT|O_EXCL|O_NOFOLLOW) renamed into
// place, or an append opened with O_NOFOLLOW. What was found in the way is returned, to be
// reported as tampering; nothing is ever written through it.
import { randomHex } from './random.js'
import { appendFileSync, closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readlinkSync, renameSync, rmSync, unlinkSync, writeFileSync, type Stats } from 'node:fs'
import path from 'node:path'

const NOFOLLOW = constants.O_NOFOLLOW ?? 0

// The writes below are synchronous behind their promises: they run after the tests, when nothing
// else is waiting on the event loop, and a handful of file operations done in place cost the run
// less than the same operations each sent to libuv's thread pool and awaited (issue 28).

/** What is at `file` that the gate did not put there for this write: undefined for nothing or a regular file. */
export async function inspectWriteTarget(file: string): Promise<string | undefined> {
  return inspectWriteTargetSync(file)
}

function inspectWriteTargetSync(file: string): string | undefined {
  const dir = path.dirname(file)
  const dirInfo = lstatOrUndefined(dir)
  if (dirInfo?.isSymbolicLink()) return `the directory ${dir} was replaced by a symbolic link (to ${safeReadlink(dir)})`
  const info = lstatOrUndefined(file)
  if (info === undefined || (info.isFile() && info.nlink === 1)) return undefined
  if (info.isSymbolicLink()) return `a symbolic link was planted at ${file} (to ${safeReadlink(file)})`
  if (info.isFile()) return `${file} is a hard link to another file (${info.nlink} names)`
  return `${file} is not a regular file (${info.isDirectory() ? 'a directory' : 'a special file'})`
}

/** The sentence the summary shows for something found in the way of a write. */
export function tamperingNote(found: string): string {
  return `Tampering: ${found}. coach-gate wrote nothing through it: it wrote a new file of its own in its place.`
}

/**
 * Writes `content` as a new file created now, renamed over `file`: a link at `file` is replaced,
 * never followed; a link in place of the directory is removed and a directory made. Returns what
 * was found in the way (for a tampering note), or undefined.
 */
export async function writeNewFile(file: string, content: string | Buffer): Promise<string | undefined> {
  const found = inspectWriteTargetSync(file)
  const dir = path.dirname(file)
  const dirInfo = lstatOrUndefined(dir)
  if (dirInfo !== undefined && !dirInfo.isDirectory()) rmSync(dir, { force: true })
  mkdirSync(dir, { recursive: true })
  const temporary = path.join(dir, `.${path.basename(file)}.${randomHex(6)}.tmp`)
  const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o644)
  try {
    writeFileSync(fd, content)
  } finally {
    closeSync(fd)
  }
  const info = lstatOrUndefined(file)
  if (info?.isDirectory()) rmSync(file, { recursive: true, force: true })
  renameSync(temporary, file)
  return found
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file)
  } catch {
    return undefined
  }
}

/**
 * Opens `file` for writing as a new file (synchronously, for a stream's fd): whatever is there
 * is removed first, so neither a symbolic link nor a hard link planted there receives a byte.
 */
export function openNewFileSync(file: string): { fd: number; found: string | undefined } {
  let found: string | undefined
  try {
    const info = lstatSync(file)
    if (info.isSymbolicLink()) found = `a symbolic link was planted at ${file}`
    else if (!info.isFile()) found = `${file} is not a regular file`
    else if (info.nlink > 1) found = `${file} is a hard link to another file (${info.nlink} names)`
    unlinkSync(file)
  } catch {
    // nothing there (or a directory, which the exclusive open below refuses)
  }
  return { fd: openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o644), found }
}

/**
 * Appends to an existing file (a runner file GitHub created) without following a link at its
 * path, synchronously as @actions/core appends. A link found there is removed and a new file
 * made in its place first. Returns what was found, or undefined.
 */
export function appendNoFollowSync(file: string, text: string): string | undefined {
  let found: string | undefined
  let fd: number
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | NOFOLLOW)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ELOOP' && code !== 'ENOENT' && code !== 'EMLINK') throw error
    if (code !== 'ENOENT') {
      found = `a symbolic link was planted at ${file} (to ${safeReadlink(file)})`
      unlinkSync(file)
    }
    fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o644)
  }
  try {
    if (!fstatSync(fd).isFile()) throw new Error(`${file} is not a regular file`)
    appendFileSync(fd, text)
  } finally {
    closeSync(fd)
  }
  return found
}

function safeReadlink(file: string): string {
  try {
    return readlinkSync(file)
  } catch {
    return '?'
  }
}
