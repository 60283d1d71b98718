// Annotations the step raises, planned as data so the platform's limits hold: GitHub shows
// at most 10 annotations of each type per step and drops the rest silently, so the tenth
// says how many more there were. Messages come from the PR's log: they are sanitised and
// clipped here (and @actions/core escapes %, CR, LF on top), so they cannot start a workflow
// command or hide characters.
import type { RunRecord } from './run-record.js'
import { clip, safeLine } from '../common/text.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  readonly level: AnnotationLevel
  readonly message: string
  readonly title?: string
  /** Workspace-relative file and line the annotation is shown on (the PR's Files tab). */
  readonly file?: string
  readonly line?: number
}

export const ANNOTATIONS_PER_TYPE = 10
export const ANNOTATION_MESSAGE_MAX = 1000
const TITLE_MAX = 100

export function limitAnnotations(annotations: readonly Annotation[], perType = ANNOTATIONS_PER_TYPE): Annotation[] {
  const out: Annotation[] = []
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = annotations.filter(a => a.level === level)
    const shown = ofLevel.length > perType ? ofLevel.slice(0, perType - 1) : ofLevel
    out.push(...shown.map(clipAnnotation))
    const rest = ofLevel.length - shown.length
    if (rest > 0) {
      out.push({ level, title: 'coach-gate', message: `${rest} more ${level} annotation${rest === 1 ? '' : 's'} not shown (GitHub shows ${perType} per type); the job summary and the audit report have them all.` })
    }
  }
  return out
}

function clipAnnotation(annotation: Annotation): Annotation {
  const message = clip(safeLine(annotation.message), ANNOTATION_MESSAGE_MAX)
  const place = annotation.file === undefined ? {} : { file: safeLine(annotation.file), ...(annotation.line === undefined ? {} : { line: annotation.line }) }
  return annotation.title === undefined ? { level: annotation.level, message, ...place } : { level: annotation.level, message, title: clip(safeLine(annotation.title), TITLE_MAX), ...place }
}

/** Everything the run wants to annotate, in order of importance, before the limits. */
export function annotationsFor(run: Pick<RunRecord, 'decision' | 'verdict'> & Partial<Pick<RunRecord, 'locations' | 'attempts' | 'task'>>): Annotation[] {
  const { decision } = run
  const declaration = onTheTaskLine(run)
  if (decision.approvedWithoutIndependentTests) {
    return [{ level: 'warning', title: 'coach-gate approved without independent tests', message: `WARNING: ${decision.headline}. ${decision.rationale.join(' ')}` }, ...declaration]
  }
  const first = run.attempts?.[0]
  const flaky = first !== undefined && !first.passed && run.attempts?.[run.attempts.length - 1]?.passed === true
    ? [{ level: 'warning', title: 'coach-gate: flaky tests', message: `The tests failed on attempt 1 and passed on attempt ${run.attempts?.length ?? 2}. Failed first: ${first.failingTests.length > 0 ? first.failingTests.join(', ') : 'the test command (no failing test was named)'}.` } satisfies Annotation]
    : []
  if (decision.decision !== 'feedback') return [...flaky, ...declaration]
  const located = onTheFailingLine(run)
  return distinct([
    { level: 'error', title: 'coach-gate', message: `${decision.headline}. ${decision.rationale[0] ?? ''}` },
    ...declaration,
    ...flaky,
    ...located,
    ...findings(run, new Set(located.map(a => a.evidence)))
  ]).map(({ evidence: _evidence, ...a }) => a)
}

type Planned = Annotation & { readonly evidence?: string }

/** Never two annotations that say the same thing on the same place. */
function distinct(annotations: readonly Planned[]): Planned[] {
  const seen = new Set<string>()
  return annotations.filter(a => {
    const key = `${a.level}\u0000${a.file ?? ''}\u0000${a.line ?? ''}\u0000${a.title ?? ''}\u0000${a.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** One error per located failing unit, on the file and line where it failed (issue 16). */
function onTheFailingLine(run: Pick<RunRecord, 'verdict'> & Partial<Pick<RunRecord, 'locations'>>): Planned[] {
  const out: Planned[] = []
  run.verdict.tests.forEach((t, i) => {
    const at = run.locations?.[i]
    if (!at) return
    const why = t.evidence ? `${t.evidence.text} (log line ${t.evidence.line})` : `no rule matched its lines (log line ${t.line})`
    out.push({ level: 'error', title: `coach-gate: ${t.name} failed (${t.classification})`, message: `${t.ruleId}: ${why}`, file: at.file, line: at.line, ...(t.evidence ? { evidence: t.evidence.text } : {}) })
  })
  return out
}

/**
 * One error per distinct finding that no located test already shows: tests refused by one
 * database the same way are one annotation that counts them; a log that could not be split
 * gives its deciding lines, each text once.
 */
function findings(run: Pick<RunRecord, 'verdict'> & Partial<Pick<RunRecord, 'locations'>>, shown: ReadonlySet<string | undefined>): Planned[] {
  const { verdict } = run
  const byText = new Map<string, { line: number; ruleId: string; tests: string[] }>()
  const add = (text: string, line: number, ruleId: string, test?: string): void => {
    if (shown.has(text)) return
    const entry = byText.get(text) ?? { line, ruleId, tests: [] }
    if (test !== undefined) entry.tests.push(test)
    byText.set(text, entry)
  }
  if (verdict.tests.length > 0) {
    verdict.tests.forEach((t, i) => {
      if (!run.locations?.[i] && t.evidence) add(t.evidence.text, t.evidence.line, t.ruleId, t.name)
    })
  } else {
    for (const e of verdict.evidence.filter(e => e.kind === verdict.classification)) add(e.text, e.line, e.ruleId)
  }
  return [...byText.entries()].map(([text, e]): Planned => {
    const tests = e.tests.length > 1 ? ` (${e.tests.length} tests: ${e.tests.slice(0, 5).join(', ')}${e.tests.length > 5 ? ` and ${e.tests.length - 5} more` : ''})` : e.tests.length === 1 ? ` (${e.tests[0]})` : ''
    return { level: 'error', title: `coach-gate evidence ${e.ruleId}`, message: `log line ${e.line}: ${text}${tests}`, evidence: text }
  })
}

/** A task file whose YAML could not be read: an annotation on its line, where the author fixes it. */
function onTheTaskLine(run: Partial<Pick<RunRecord, 'task' | 'decision'>>): Planned[] {
  const task = run.task
  if (!task || (task.source !== 'task-file' && task.source !== 'changed-files')) return []
  return task.tasks.filter(t => t.error !== undefined && t.errorLine !== undefined && !t.origin.includes(' ')).map(t => ({
    level: run.decision?.decision === 'feedback' ? 'error' : 'warning',
    title: 'coach-gate: the task declares nothing',
    message: `${t.error ?? ''}. requires_infrastructure is read from this frontmatter; until it parses, nothing is declared.`,
    file: t.origin,
    line: t.errorLine as number
  }))
}
