// How many consecutive attempts ended with the same failure (issue 16), from earlier audit
// reports: those of earlier attempts of this run in report-directory, and any the workflow
// restored (from a cache, or downloaded artifacts of earlier runs: the `previous-reports` input).
// Pure: ordering and counting; earlier-reports.ts finds and reads the files.
import { oneLine } from '../common/text.js'

/** What an earlier report says about its attempt. */
export interface Attempt {
  readonly runId: string
  readonly turn: number
  readonly generatedAt: string
  readonly signature: string
  readonly testsPassed: boolean
  readonly commit: string
  readonly failingTests: readonly string[]
  /** Where it was read from, for the audit report. */
  readonly file: string
}

export interface Repeats {
  /** Consecutive attempts, this one included, that ended with this signature; 0 when it passed. */
  readonly count: number
  /** The latest earlier attempt with the same failure, when count ≥ 2. */
  readonly previous?: Attempt
  /** The first attempt of the streak. */
  readonly first?: Attempt
  /** Earlier attempts read (after removing copies of the same report). */
  readonly read: number
  readonly problems: readonly string[]
}


/** The attempts before this one, newest first: one per report, copies (the same run and turn) once. */
export function orderAttempts(attempts: readonly Attempt[], current: { runId: string; turn: number }): Attempt[] {
  const unique = new Map<string, Attempt>()
  for (const a of attempts) {
    if (a.runId === current.runId && a.turn >= current.turn) continue
    const key = `${a.runId}\u0000${a.turn}\u0000${a.generatedAt}`
    if (!unique.has(key)) unique.set(key, a)
  }
  return [...unique.values()].sort((a, b) => b.generatedAt.localeCompare(a.generatedAt) || b.turn - a.turn)
}

export function countRepeats(signature: string, earlier: readonly Attempt[], current: { runId: string; turn: number }, problems: readonly string[] = []): Repeats {
  const ordered = orderAttempts(earlier, current)
  if (signature === '') return { count: 0, read: ordered.length, problems }
  let count = 1
  let first: Attempt | undefined
  for (const attempt of ordered) {
    if (attempt.testsPassed || attempt.signature !== signature) break
    count++
    first = attempt
  }
  const previous = count >= 2 ? ordered[0] : undefined
  return { count, read: ordered.length, problems, ...(previous ? { previous } : {}), ...(first ? { first } : {}) }
}

/** How an attempt is named to a reader: `attempt 2` in this run, `run 123 attempt 1` in another. */
export function attemptName(attempt: Pick<Attempt, 'runId' | 'turn'>, currentRunId: string): string {
  return attempt.runId === currentRunId || attempt.runId === '' ? `attempt ${attempt.turn}` : `run ${attempt.runId} attempt ${attempt.turn}`
}

/** What changed between the previous attempt and this one: the commit, and which tests fail. */
export function changesSince(previous: Attempt, current: { commit: string; failingTests: readonly string[] }): string {
  const parts: string[] = []
  const before = new Set(previous.failingTests)
  const now = new Set(current.failingTests)
  const newly = current.failingTests.filter(t => !before.has(t))
  const fixed = previous.failingTests.filter(t => !now.has(t))
  if (previous.commit !== '' && current.commit !== '' && previous.commit !== current.commit) parts.push(`new commit ${current.commit.slice(0, 7)} (was ${previous.commit.slice(0, 7)})`)
  if (newly.length > 0) parts.push(`now failing: ${list(newly)}`)
  if (fixed.length > 0) parts.push(`no longer failing: ${list(fixed)}`)
  if (parts.length === 0) return 'nothing: the same commit, and the same tests fail'
  if (newly.length === 0 && fixed.length === 0) parts.push('the same tests fail')
  return parts.join('; ')
}

function list(names: readonly string[]): string {
  const shown = names.slice(0, 5).join(', ')
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown
}

/** An earlier gate report's attempt, or a problem; reports of other kinds (a merge) are not attempts. */
export function parseAttempt(text: string, file: string): Attempt | string | undefined {
  let json: Record<string, unknown>
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    return `${file}: not JSON`
  }
  if (typeof json !== 'object' || json === null || typeof json.decision !== 'string' || !('turn' in json)) return undefined
  const tests = (json.validation_results as { independent_tests?: { tests_passed?: unknown } } | undefined)?.independent_tests
  const issues = Array.isArray(json.issues) ? (json.issues as Record<string, unknown>[]) : []
  const failing = issues.flatMap(i => (Array.isArray(i.failing_tests) ? (i.failing_tests as Record<string, unknown>[]) : [])).map(t => oneLine(String(t.name ?? ''), 300)).filter(Boolean)
  return {
    runId: oneLine(String(json.run_id ?? ''), 40),
    turn: Number(json.turn) || 0,
    generatedAt: oneLine(String(json.generated_at ?? ''), 40),
    signature: oneLine(String(json.failure_signature ?? ''), 128),
    testsPassed: tests?.tests_passed === true,
    commit: oneLine(String(json.commit ?? ''), 64),
    failingTests: failing,
    file
  }
}
