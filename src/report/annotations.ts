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
export function annotationsFor(run: Pick<RunRecord, 'decision' | 'verdict'> & Partial<Pick<RunRecord, 'locations' | 'attempts'>>): Annotation[] {
  const { decision, verdict } = run
  if (decision.approvedWithoutIndependentTests) {
    return [{ level: 'warning', title: 'coach-gate approved without independent tests', message: `WARNING: ${decision.headline}. ${decision.rationale.join(' ')}` }]
  }
  const first = run.attempts?.[0]
  const flaky = first !== undefined && !first.passed && run.attempts?.[run.attempts.length - 1]?.passed === true
    ? [{ level: 'warning', title: 'coach-gate: flaky tests', message: `The tests failed on attempt 1 and passed on attempt ${run.attempts?.length ?? 2}. Failed first: ${first.failingTests.length > 0 ? first.failingTests.join(', ') : 'the test command (no failing test was named)'}.` } satisfies Annotation]
    : []
  if (decision.decision !== 'feedback') return flaky
  return [
    { level: 'error', title: 'coach-gate', message: `${decision.headline}. ${decision.rationale[0] ?? ''}` },
    ...flaky,
    ...onTheFailingLine(run),
    ...verdict.evidence.filter(e => e.kind === verdict.classification).map((e): Annotation => ({ level: 'error', title: `coach-gate evidence ${e.ruleId}`, message: `log line ${e.line}: ${e.text}` }))
  ]
}

/** One error per located failing unit, on the file and line where it failed (issue 16). */
function onTheFailingLine(run: Pick<RunRecord, 'verdict'> & Partial<Pick<RunRecord, 'locations'>>): Annotation[] {
  const out: Annotation[] = []
  run.verdict.tests.forEach((t, i) => {
    const at = run.locations?.[i]
    if (!at) return
    const why = t.evidence ? `${t.evidence.text} (log line ${t.evidence.line})` : `no rule matched its lines (log line ${t.line})`
    out.push({ level: 'error', title: `coach-gate: ${t.name} failed (${t.classification})`, message: `${t.ruleId}: ${why}`, file: at.file, line: at.line })
  })
  return out
}
