// One shard's audit report (the JSON file the gate writes, see src/report.ts), read into the
// few facts the merge needs. A pure function of the file's text: anything that is not a
// coach-gate report of a schema this merge understands becomes a problem, never a shard.
import type { Classification, ConfidenceOutput } from '../classify/classifier.js'
import { SCHEMA_VERSION } from '../report/report.js'
import { oneLine } from '../common/text.js'

export interface ShardReport {
  /** The report file as the summary shows it (relative to the workspace when inside it). */
  readonly file: string
  /** The gate's `shard` input, else the file's path below where the glob starts. */
  readonly name: string
  readonly decision: 'approve' | 'feedback'
  readonly approvedWithoutIndependentTests: boolean
  readonly testsPassed: boolean
  readonly classification: Classification
  readonly confidence: ConfidenceOutput
  readonly services: readonly string[]
  /** The rule that decided the shard's classification, or `none`. */
  readonly rule: string
  /** The line that best says why: `line N: text` from the log, or the failing issue's description; '' when the shard passed. */
  readonly evidence: string
  /** The shard's one-line verdict (its `summary` output). */
  readonly summary: string
  readonly taskId: string
  readonly turn: number | undefined
  /** From reports that carry one (a later version of the gate); '' otherwise. */
  readonly failureSignature: string
}

export type ProblemKind = 'missing' | 'unreadable' | 'schema' | 'count' | 'duplicate'

/** A report that should count and cannot: each one makes the merged decision feedback. */
export interface ReportProblem {
  /** The report file, the glob that matched nothing, or (a `duplicate`) the shard's name. */
  readonly file: string
  readonly kind: ProblemKind
  readonly detail: string
}

export function isProblem(read: ShardReport | ReportProblem): read is ReportProblem {
  return 'kind' in read
}

export interface FoundReport {
  /** As shown to people. */
  readonly file: string
  /** Fallback shard name: the path below the glob's literal directory. */
  readonly relative: string
}

/** The schema's major version: later minor versions only add fields, which the merge ignores. */
const MAJOR = SCHEMA_VERSION.split('.')[0] as string

const CLASSIFICATIONS: readonly string[] = ['none', 'infrastructure', 'code', 'setup']
const CONFIDENCES: readonly string[] = ['high', 'ambiguous', 'n/a']

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const text = (value: unknown): string => (typeof value === 'string' ? value : '')

export function parseShardReport(source: string, found: FoundReport): ShardReport | ReportProblem {
  const problem = (kind: ProblemKind, detail: string): ReportProblem => ({ file: found.file, kind, detail })
  let json: unknown
  try {
    json = JSON.parse(source)
  } catch (error) {
    return problem('unreadable', `not JSON (${oneLine(error instanceof Error ? error.message : String(error), 120)})`)
  }
  if (!isObject(json)) return problem('unreadable', 'not a coach-gate audit report (not a JSON object)')
  if (!('schema_version' in json)) return problem('unreadable', 'not a coach-gate audit report (no schema_version)')
  const version = text(json.schema_version)
  if (version.split('.')[0] !== MAJOR || !/^\d+\.\d+$/.test(version)) {
    return problem('schema', `schema_version ${JSON.stringify(oneLine(String(json.schema_version), 40))}, this merge reads ${MAJOR}.x`)
  }
  if (json.kind === 'merge') return problem('unreadable', 'a merged report, not a shard’s (narrow the reports glob)')
  const decision = json.decision
  if (decision !== 'approve' && decision !== 'feedback') return problem('unreadable', `decision ${JSON.stringify(oneLine(String(decision), 40))} is neither approve nor feedback`)
  const conditional = json.approved_without_independent_tests
  if (typeof conditional !== 'boolean') return problem('unreadable', 'approved_without_independent_tests is not true or false')
  const tests = isObject(json.validation_results) && isObject(json.validation_results.independent_tests) ? json.validation_results.independent_tests : undefined
  if (tests === undefined || typeof tests.tests_passed !== 'boolean') return problem('unreadable', 'validation_results.independent_tests.tests_passed is missing')
  const testsPassed = tests.tests_passed
  // A report that contradicts itself was not written by the gate as it stands: trust none of it.
  if (decision === 'approve' && !testsPassed && !conditional) return problem('unreadable', 'approves failed tests without saying the approval is conditional')
  if (conditional && (decision !== 'approve' || testsPassed)) return problem('unreadable', 'a conditional approval must be an approval of failed tests')

  const issues = Array.isArray(json.issues) ? json.issues.filter(isObject) : []
  const failure = issues.find(i => i.failure_classification === 'infrastructure' || i.failure_classification === 'code')
  const summaryBlock = isObject(json.classification) ? json.classification : undefined
  const classification = pick(summaryBlock?.classification, failure?.failure_classification, CLASSIFICATIONS, 'none') as Classification
  const confidence = pick(summaryBlock?.confidence, failure?.failure_confidence, CONFIDENCES, 'n/a') as ConfidenceOutput
  if (testsPassed && classification !== 'none') return problem('unreadable', `tests passed but the classification is ${classification}`)
  const services = Array.isArray(summaryBlock?.services)
    ? (summaryBlock.services as unknown[]).filter((s): s is string => typeof s === 'string')
    : text(failure?.service).split(',')
  const rule = oneLine(text(summaryBlock?.rule) || text(failure?.rule) || 'none', 120)
  const shard = oneLine(text(json.shard), 200)
  const turn = typeof json.turn === 'number' && Number.isInteger(json.turn) ? json.turn : undefined
  return {
    file: found.file,
    name: shard !== '' ? shard : oneLine(found.relative, 200),
    decision,
    approvedWithoutIndependentTests: conditional,
    testsPassed,
    classification,
    confidence,
    services: [...new Set(services.map(s => oneLine(s, 60)).filter(s => s !== ''))],
    rule: rule === '' ? 'none' : rule,
    evidence: testsPassed && decision === 'approve' ? '' : evidenceLine(issues, failure, classification),
    summary: oneLine(text(json.summary), 200) || (decision === 'approve' ? 'APPROVED' : 'FEEDBACK'),
    taskId: oneLine(text(json.task_id), 200),
    turn,
    failureSignature: oneLine(text(json.failure_signature), 128)
  }
}

/** The first value that is one of `allowed`, from the report's classification block, else its failure issue. */
function pick(primary: unknown, secondary: unknown, allowed: readonly string[], fallback: string): string {
  for (const value of [primary, secondary]) if (typeof value === 'string' && allowed.includes(value)) return value
  return fallback
}

/**
 * The one line that says why a shard did not simply pass: the failure's first evidence of the
 * kind that decided it (as the gate's annotations choose), else the first error's description.
 */
function evidenceLine(issues: readonly Json[], failure: Json | undefined, classification: Classification): string {
  const evidence = Array.isArray(failure?.evidence) ? failure.evidence.filter(isObject) : []
  const chosen = evidence.find(e => e.kind === classification) ?? evidence[0]
  if (chosen !== undefined && text(chosen.text) !== '') {
    const line = typeof chosen.line === 'number' ? `line ${chosen.line}: ` : ''
    return `${line}${oneLine(text(chosen.text), 240)}`
  }
  const error = failure ?? issues.find(i => i.severity === 'error') ?? issues.find(i => i.severity === 'warning')
  return oneLine(text(error?.description), 240)
}
