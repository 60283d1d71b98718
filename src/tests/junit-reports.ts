// Reads the JUnit XML reports the test command wrote (input `junit-paths`), for the
// test-by-test classification. Only reports written during this run count: a stale report
// from an earlier run must not speak for tests that never ran now.
import { open, readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { classifyJUnit, type ReportCase } from '../classify/junit-verdict.js'
import { parseJUnit, type JUnitCase } from '../classify/junit.js'
import type { Verdict } from '../classify/classifier.js'
import { findFiles } from '../common/find-files.js'

const MAX_FILES = 1000
const MAX_BYTES = 64 * 1024 * 1024

export interface JUnitResult {
  readonly files: readonly string[]
  readonly verdict: Verdict | undefined
  readonly notes: readonly string[]
  /** Every case's outcome, in the reports' order: the reports' own totals. */
  readonly outcomes: readonly JUnitCase['outcome'][]
}

/** `patterns`: globs relative to `cwd`, one a line or comma separated. */
export async function readJUnitReports(patterns: readonly string[], cwd: string, since: Date): Promise<JUnitResult> {
  const notes: string[] = []
  const found = await findFiles(patterns, cwd, MAX_FILES)
  if (found.tooMany) notes.push(`More than ${MAX_FILES} files match junit-paths; the rest were not read.`)
  return readReports(found.files.slice(0, MAX_FILES).map(f => f.relative), cwd, since, notes, patterns)
}

/** Folders no test command writes its own reports into: installed dependencies and version control. */
const NOT_SEARCHED = new Set(['node_modules', '.git', 'vendor', '.venv', 'venv', '.tox', '.gradle', '.m2', '.cache'])
const DISCOVER_DEPTH = 8
const DISCOVER_ENTRIES = 50_000
/** A JUnit report's root element: the first element, after a byte order mark, an XML declaration, comments and a doctype (a `phpunit.xml` holds `<testsuites>` inside its own root). */
const JUNIT_ROOT = /^\uFEFF?\s*(?:(?:<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^>]*>)\s*)*<testsuites?[\s>/]/
const SNIFF_BYTES = 4096

/**
 * Without junit-paths: the JUnit XML reports the test command wrote during this run anywhere under
 * `cwd`, found by what they are (an `.xml` file written since the run started whose root element is
 * `<testsuite>` or `<testsuites>`). A runner told to report only to a file (jest-junit alone, node:test's
 * `--test-reporter-destination`, vitest's junit reporter) leaves its failures out of the log: the log
 * alone would show only the other runners' (attack 38b). Bounded: depth, entries visited, files read.
 */
export async function discoverJUnitReports(cwd: string, since: Date): Promise<JUnitResult> {
  const notes: string[] = []
  const files: string[] = []
  let visited = 0
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > DISCOVER_DEPTH || visited >= DISCOVER_ENTRIES || files.length >= MAX_FILES) return
    const entries = await readdir(path.join(cwd, dir), { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (++visited > DISCOVER_ENTRIES) return
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        if (!NOT_SEARCHED.has(entry.name)) await walk(rel, depth + 1)
      } else if (entry.isFile() && entry.name.endsWith('.xml') && (await isReportOfThisRun(path.join(cwd, rel), since))) {
        files.push(rel)
        if (files.length >= MAX_FILES) return
      }
    }
  }
  await walk('', 0)
  if (visited > DISCOVER_ENTRIES) notes.push(`More than ${DISCOVER_ENTRIES} entries under the working directory: JUnit reports the tests wrote deeper were not looked for.`)
  files.sort()
  const result = await readReports(files, cwd, since, notes, [])
  if (result.files.length > 0) notes.push(`Read ${result.files.length === 1 ? 'the JUnit report' : `${result.files.length} JUnit reports`} the test command wrote (${result.files.slice(0, 5).join(', ')}${result.files.length > 5 ? ', ...' : ''}): their failures count with the log's.`)
  return result
}

async function isReportOfThisRun(full: string, since: Date): Promise<boolean> {
  const info = await stat(full).catch(() => undefined)
  if (!info || info.mtimeMs < since.getTime() - 1000 || info.size > MAX_BYTES) return false
  const handle = await open(full, 'r').catch(() => undefined)
  if (!handle) return false
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0)
    return JUNIT_ROOT.test(buffer.subarray(0, bytesRead).toString('utf8'))
  } finally {
    await handle.close()
  }
}

async function readReports(files: readonly string[], cwd: string, since: Date, notes: string[], patterns: readonly string[]): Promise<JUnitResult> {
  const cases: ReportCase[] = []
  const used: string[] = []
  for (const rel of files) {
    const full = path.join(cwd, rel)
    const info = await stat(full)
    // mtime has a coarse resolution on some file systems: allow a second of slack.
    if (info.mtimeMs < since.getTime() - 1000) {
      notes.push(`JUnit report ${rel} predates this run and was ignored.`)
      continue
    }
    if (info.size > MAX_BYTES) {
      notes.push(`JUnit report ${rel} is larger than ${MAX_BYTES / 1024 / 1024} MiB and was not read.`)
      continue
    }
    try {
      for (const c of parseJUnit(await readFile(full, 'utf8'))) cases.push({ ...c, report: rel })
      used.push(rel)
    } catch (error) {
      notes.push(`JUnit report ${rel} could not be read: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  if (patterns.length > 0 && used.length === 0) notes.push(`No JUnit report from this run matched junit-paths (${patterns.join(', ')}); the log alone was classified.`)
  return { files: used, outcomes: cases.map(c => c.outcome), verdict: used.length > 0 ? classifyJUnit(cases) : undefined, notes }
}
