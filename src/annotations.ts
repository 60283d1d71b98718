// Annotations the step raises, planned as data so the platform's limits hold: GitHub shows
// at most 10 annotations of each type per step and drops the rest silently, so the tenth
// says how many more there were. Messages come from the PR's log: they are sanitised and
// clipped here (and @actions/core escapes %, CR, LF on top), so they cannot start a workflow
// command or hide characters.
import type { RunRecord } from './run-record.js'
import { clip, safeLine } from './text.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  readonly level: AnnotationLevel
  readonly message: string
  readonly title?: string
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
  return annotation.title === undefined ? { level: annotation.level, message } : { level: annotation.level, message, title: clip(safeLine(annotation.title), TITLE_MAX) }
}

/** Everything the run wants to annotate, in order of importance, before the limits. */
export function annotationsFor(run: Pick<RunRecord, 'decision' | 'verdict'>): Annotation[] {
  const { decision, verdict } = run
  if (decision.approvedWithoutIndependentTests) {
    return [{ level: 'warning', title: 'coach-gate approved without independent tests', message: `WARNING: ${decision.headline}. ${decision.rationale.join(' ')}` }]
  }
  if (decision.decision !== 'feedback') return []
  return [
    { level: 'error', title: 'coach-gate', message: `${decision.headline}. ${decision.rationale[0] ?? ''}` },
    ...verdict.evidence.filter(e => e.kind === verdict.classification).map((e): Annotation => ({ level: 'error', title: `coach-gate evidence ${e.ruleId}`, message: `log line ${e.line}: ${e.text}` }))
  ]
}
