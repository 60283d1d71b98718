// Reads the JUnit XML reports the test command wrote (input `junit-paths`), for the
// test-by-test classification. Only reports written during this run count: a stale report
// from an earlier run must not speak for tests that never ran now.
import { readFile, stat } from 'node:fs/promises'
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
  const files = found.files.slice(0, MAX_FILES).map(f => f.relative)
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
