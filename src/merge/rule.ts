// The merge rule: one verdict for a matrix of gate runs, a pure function of the shards'
// reports and of what could not be read. It never approves what it did not see: a missing,
// unreadable or foreign report is feedback, and so is finding no report at all.
import { createHash } from 'node:crypto'
import type { Classification, ConfidenceOutput } from '../classify/classifier.js'
import { CONDITIONAL_HEADLINE } from '../decide/decision.js'
import { MERGE_INPUTS } from '../common/names.js'
import type { ReportProblem, ShardReport } from './shard-report.js'

export interface MergeInputs {
  readonly shards: readonly ShardReport[]
  /** Globs that matched nothing, files that could not be read or were of another schema. */
  readonly problems: readonly ReportProblem[]
  /** The `expected-shards` input: how many reports there must be; undefined when not checked. */
  readonly expectedShards?: number
}

export interface MergedVerdict {
  readonly decision: 'approve' | 'feedback'
  readonly approvedWithoutIndependentTests: boolean
  readonly testsPassed: boolean
  readonly classification: Classification
  readonly confidence: ConfidenceOutput
  readonly services: readonly string[]
  readonly rule: string
  readonly failureSignature: string
  readonly headline: string
  /** Why, in the order a reviewer reads it. */
  readonly rationale: readonly string[]
  readonly shards: readonly ShardReport[]
  /** The inputs' problems, and the count check's. */
  readonly problems: readonly ReportProblem[]
  /** The shard whose classification is the matrix's; undefined without shards. */
  readonly worst: ShardReport | undefined
}

/** The `file` of the problem raised by the count check: the input it checks against. */
export const EXPECTED_SHARDS = MERGE_INPUTS.expectedShards

/**
 * Worse is further from an approval: a pass, an infrastructure failure the gate was sure of,
 * one it was not sure of, a failure that may be the code's, one that certainly is.
 */
export function severity(classification: Classification, confidence: ConfidenceOutput): number {
  if (classification === 'none') return 0
  if (classification === 'infrastructure') return confidence === 'high' ? 1 : 2
  return confidence === 'high' ? 4 : 3
}

/** The first shard of the highest severity (input order breaks ties). */
export function worstShard(shards: readonly ShardReport[]): ShardReport | undefined {
  let worst: ShardReport | undefined
  for (const shard of shards) if (worst === undefined || severity(shard.classification, shard.confidence) > severity(worst.classification, worst.confidence)) worst = shard
  return worst
}

export function mergeShards(inputs: MergeInputs): MergedVerdict {
  // One shard, one vote: reports that name the same shard and agree count once; reports of one
  // shard that disagree are a problem of their own (issue 26), never two votes.
  const distinct = distinctShards(inputs.shards)
  const shards = distinct.shards
  const count = countCheck({ ...inputs, shards })
  const problems = [...inputs.problems, ...distinct.problems, ...(count === undefined ? [] : [count.problem])]
  const feedbackShards = shards.filter(s => s.decision === 'feedback')
  const conditional = shards.filter(s => s.decision === 'approve' && s.approvedWithoutIndependentTests)
  const approve = shards.length > 0 && feedbackShards.length === 0 && problems.length === 0
  const worst = worstShard(shards)
  const classification = worst?.classification ?? 'none'
  const services = [...new Set(shards.filter(s => s.classification === classification && classification !== 'none').flatMap(s => s.services))]
  const n = shards.length
  const rationale: string[] = []
  let headline: string
  if (approve) {
    headline = conditional.length > 0 ? `${CONDITIONAL_HEADLINE.slice(0, -1)} in ${conditional.length} of ${plural(n, 'shard')})` : `APPROVED (${plural(n, 'shard')})`
    rationale.push(conditional.length > 0
      ? `Every shard approved, ${conditional.length} of them only conditionally (their tests could not run for missing infrastructure the task declares), so the matrix is approved conditionally: ${names(conditional)}.`
      : `Every shard approved: the tests of all ${plural(n, 'shard')} passed when run independently.`)
  } else {
    headline = `FEEDBACK: ${feedbackHeadline(feedbackShards, n, [...inputs.problems, ...distinct.problems], count?.phrase)}`
    if (feedbackShards.length > 0) rationale.push(`${feedbackShards.length} of ${plural(n, 'shard')} gave feedback (${names(feedbackShards)}), and one shard's feedback is the whole matrix's.`)
    if (problems.length > 0) rationale.push('A shard report that is missing, unreadable or of another schema version counts as feedback: the merge never approves what it could not read.')
    if (n === 0 && problems.length === 0) rationale.push('No shard report was given, and an empty matrix is never approved.')
    rationale.push(...problems.map(p => `${p.file}: ${p.detail}`))
  }
  rationale.push(...distinct.notes)
  return {
    decision: approve ? 'approve' : 'feedback',
    approvedWithoutIndependentTests: approve && conditional.length > 0,
    testsPassed: n > 0 && problems.length === 0 && shards.every(s => s.testsPassed),
    classification,
    confidence: worst?.confidence ?? 'n/a',
    services,
    rule: worst?.rule ?? 'none',
    failureSignature: mergedSignature(shards),
    headline,
    rationale,
    shards,
    problems,
    worst
  }
}

/**
 * The count check: fewer reports than expected means a shard's report is missing; more, a stray
 * report or a stale count. Its problem, and the phrase the headline uses for it.
 */
function countCheck({ shards, problems, expectedShards }: MergeInputs): { problem: ReportProblem; phrase: string } | undefined {
  if (expectedShards === undefined) return undefined
  // Files that were found but could not be used still stand for a shard.
  const found = shards.length + problems.filter(p => p.kind === 'unreadable' || p.kind === 'schema').length
  if (found < expectedShards) {
    const missing = missingShardNames(shards.map(s => s.name), expectedShards)
    const named = missing.length > 0 ? ` (${missing.length === 1 ? 'shard' : 'shards'} ${missing.join(', ')})` : ''
    const phrase = `${expectedShards - found} of ${expectedShards} expected reports missing${named}`
    const seen = missing.length > 0 || shards.length === 0 ? '' : `; the shards found: ${names(shards)}`
    return { phrase, problem: { file: EXPECTED_SHARDS, kind: 'missing', detail: `${phrase} (found ${found}${seen})` } }
  }
  if (found > expectedShards) {
    const phrase = `found ${found} reports where ${expectedShards} were expected`
    return { phrase, problem: { file: EXPECTED_SHARDS, kind: 'count', detail: `${phrase}: a stray or duplicate report, or expected-shards is out of date` } }
  }
  return undefined
}

/** `problems`: those of the inputs (the count check's comes as `countPhrase`). */
function feedbackHeadline(feedbackShards: readonly ShardReport[], n: number, problems: readonly ReportProblem[], countPhrase: string | undefined): string {
  const parts: string[] = []
  const worst = worstShard(feedbackShards)
  if (worst !== undefined) {
    const reason = worst.summary.replace(/^FEEDBACK:?\s*/i, '').trim() || 'feedback'
    parts.push(`${reason} in ${feedbackShards.length} of ${plural(n, 'shard')}`)
  }
  const globMisses = problems.filter(p => p.kind === 'missing').length
  const unreadable = problems.filter(p => p.kind === 'unreadable').length
  const conflicting = problems.filter(p => p.kind === 'duplicate')
  const schema = problems.filter(p => p.kind === 'schema').length
  if (n === 0 && globMisses > 0 && unreadable + schema === 0) parts.push('no shard reports found')
  else if (globMisses > 0) parts.push(globMisses === 1 ? 'a reports glob matched nothing' : `${globMisses} reports globs matched nothing`)
  if (conflicting.length > 0) parts.push(conflicting.length === 1 ? `two reports of shard ${conflicting[0]?.file ?? ''} disagree` : `${conflicting.length} shards have reports that disagree`)
  if (countPhrase !== undefined) parts.push(countPhrase)
  if (unreadable > 0) parts.push(`${unreadable} unreadable ${unreadable === 1 ? 'report' : 'reports'}`)
  if (schema > 0) parts.push(`${plural(schema, 'report')} of another schema version`)
  if (parts.length === 0) parts.push('no shard reports found')
  return parts.join('; ')
}

/**
 * The matrix's failure signature, from the shards that failed: theirs when they agree (one
 * failure seen by several shards, or one failing shard), else a hash of all of them, sorted,
 * so the same set of failures gives the same signature whatever order the shards ran in.
 */
export function mergedSignature(shards: readonly ShardReport[]): string {
  const signatures = [...new Set(shards.filter(s => !s.testsPassed && s.failureSignature !== '').map(s => s.failureSignature))].sort()
  if (signatures.length <= 1) return signatures[0] ?? ''
  return createHash('sha256').update(signatures.join('\n')).digest('hex').slice(0, 16)
}

/** What makes two reports of one shard the same report: every fact the merge reads from it. */
function verdictKey(shard: ShardReport): string {
  return JSON.stringify([shard.decision, shard.approvedWithoutIndependentTests, shard.testsPassed, shard.classification, shard.confidence, [...shard.services].sort(), shard.rule, shard.failureSignature, shard.summary])
}

/**
 * The shards by distinct name: reports of one shard that agree count once (a note says so);
 * reports of one shard that disagree are a `duplicate` problem, and the shard counts once (as
 * the worst of them, so its feedback is never lost) for the count check. Pure.
 */
export function distinctShards(reports: readonly ShardReport[]): { shards: ShardReport[]; problems: ReportProblem[]; notes: string[] } {
  const byName = new Map<string, ShardReport[]>()
  for (const report of reports) byName.set(report.name, [...(byName.get(report.name) ?? []), report])
  const shards: ShardReport[] = []
  const problems: ReportProblem[] = []
  const notes: string[] = []
  for (const [name, group] of byName) {
    if (group.length === 1) {
      shards.push(group[0] as ShardReport)
      continue
    }
    const files = group.map(r => r.file).join(', ')
    if (new Set(group.map(verdictKey)).size === 1) {
      shards.push(group[0] as ShardReport)
      notes.push(`${group.length} reports name the shard ${name} and agree (${files}); the shard counts once. A duplicate report never stands in for another shard.`)
    } else {
      shards.push(worstShard(group) as ShardReport)
      problems.push({ file: name, kind: 'duplicate', detail: `${group.length} reports name the shard ${name} and disagree (${files}): which one is the shard's is unknown. Give each matrix job its own shard name (e.g. shard: \${{ matrix.os }}-\${{ matrix.shard }}).` })
    }
  }
  return { shards, problems, notes }
}

/**
 * The names of the shards that are missing, when the names found say what they should be: each
 * carries its number last (`unit-1`, `2`, `shard-3-linux`), numbered 1..expected or 0..expected-1;
 * the missing ones get the same name with their number. Empty when the names say nothing.
 */
export function missingShardNames(found: readonly string[], expected: number): string[] {
  if (found.length === 0) return []
  const parsed = found.map(name => /^(.*?)(\d+)(\D*)$/.exec(name))
  if (parsed.some(m => m === null)) return []
  const matches = parsed as RegExpExecArray[]
  const numbers = matches.map(m => Number(m[2]))
  const first = matches[0] as RegExpExecArray
  if (matches.some(m => m[1] !== first[1] || m[3] !== first[3])) return []
  const start = numbers.includes(0) ? 0 : 1
  if (numbers.some(n => n < start || n >= start + expected)) return []
  const missing: string[] = []
  for (let n = start; n < start + expected; n++) if (!numbers.includes(n)) missing.push(`${first[1]}${n}${first[3]}`)
  return missing
}

function names(shards: readonly ShardReport[]): string {
  const shown = shards.slice(0, 10).map(s => s.name).join(', ')
  return shards.length > 10 ? `${shown} and ${shards.length - 10} more` : shown
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
