// What the merge says: the job summary (the merged verdict first, then one row a shard), the
// merged audit report and the step's outputs. Pure functions of the merged verdict; every
// text that came from a shard's report is escaped where it lands.
import { code, escapeMarkdown } from '../common/markdown.js'
import { MERGE_OUTPUTS, type MergeOutputName } from '../common/names.js'
import { SCHEMA_VERSION } from '../report/report.js'
import { fitSummary } from '../report/summary.js'
import type { MergedVerdict } from './rule.js'
import type { ReportProblem, ShardReport } from './shard-report.js'

export interface MergeContext {
  readonly globs: readonly string[]
  readonly expectedShards: number | undefined
  readonly reportPath: string
  readonly turn: number
}

export function mergeReportFileName(turn: number): string {
  return `coach_merge_${turn}.json`
}

export function renderMergeSummary(verdict: MergedVerdict, context: MergeContext): string {
  const icon = verdict.approvedWithoutIndependentTests ? '⚠️' : verdict.decision === 'approve' ? '✅' : '❌'
  const out: string[] = [`## ${icon} ${escapeMarkdown(verdict.headline)}`, '', escapeMarkdown(verdict.rationale[0] ?? ''), '']
  const dash = (text: string): string => (text === '' ? '—' : text)
  out.push(
    '| Matrix | Result |',
    '|---|---|',
    `| Shards | ${verdict.shards.length} read${verdict.problems.length > 0 ? `, ${verdict.problems.length} ${verdict.problems.length === 1 ? 'problem' : 'problems'}` : ''}${context.expectedShards === undefined ? '' : ` (${context.expectedShards} expected)`} |`,
    `| Classification | ${verdict.classification} |`,
    `| Confidence | ${verdict.confidence} |`,
    `| Service | ${dash(verdict.services.map(s => escapeMarkdown(s)).join(', '))} |`,
    `| Rule | ${verdict.rule === 'none' ? '—' : code(verdict.rule)} |`,
    ...(verdict.failureSignature === '' ? [] : [`| Failure signature | ${code(verdict.failureSignature)} |`]),
    ''
  )
  out.push('### Shards', '', '| Shard | Verdict | Classification | Rule | Service | Evidence |', '|---|---|---|---|---|---|')
  for (const shard of verdict.shards) out.push(shardRow(shard))
  for (const problem of verdict.problems) out.push(problemRow(problem))
  out.push('')
  const why = verdict.rationale.slice(1)
  if (why.length > 0) out.push('### Why', '', ...why.map(line => `- ${escapeMarkdown(line)}`), '')
  out.push(`Merged report: ${code(context.reportPath)} · reports: ${context.globs.map(g => code(g)).join(', ')}`, '')
  return fitSummary(out.join('\n'))
}

function shardRow(shard: ShardReport): string {
  const icon = shard.decision === 'feedback' ? '❌' : shard.approvedWithoutIndependentTests ? '⚠️' : '✅'
  const classification = shard.classification === 'none' ? 'none' : `${shard.classification}/${shard.confidence}`
  const cells = [
    code(shard.name),
    `${icon} ${escapeMarkdown(shard.summary)}`,
    classification,
    shard.rule === 'none' || shard.rule === '' ? '—' : code(shard.rule),
    shard.services.length > 0 ? escapeMarkdown(shard.services.join(', ')) : '—',
    shard.evidence === '' ? '—' : code(shard.evidence)
  ]
  return `| ${cells.join(' | ')} |`
}

function problemRow(problem: ReportProblem): string {
  const label = { missing: 'missing', unreadable: 'unreadable', schema: 'other schema version', count: 'wrong count', duplicate: 'reports disagree' }[problem.kind]
  return `| ${code(problem.file)} | ❌ ${label} | — | — | — | ${escapeMarkdown(problem.detail)} |`
}

/** The merged audit report: the matrix's verdict and each shard's, for the auditor. */
export function buildMergeReport(verdict: MergedVerdict, context: MergeContext, generatedAt: Date): Record<string, unknown> {
  return {
    schema_version: SCHEMA_VERSION,
    kind: 'merge',
    generated_at: generatedAt.toISOString(),
    turn: context.turn,
    decision: verdict.decision,
    summary: verdict.headline,
    approved_without_independent_tests: verdict.approvedWithoutIndependentTests,
    tests_passed: verdict.testsPassed,
    classification: { classification: verdict.classification, confidence: verdict.confidence, services: verdict.services, rule: verdict.rule },
    failure_signature: verdict.failureSignature,
    reports: { globs: context.globs, expected_shards: context.expectedShards ?? null },
    shards: verdict.shards.map(s => ({
      shard: s.name, file: s.file, decision: s.decision, approved_without_independent_tests: s.approvedWithoutIndependentTests, tests_passed: s.testsPassed,
      classification: s.classification, confidence: s.confidence, services: s.services, rule: s.rule, evidence: s.evidence, summary: s.summary,
      task_id: s.taskId, turn: s.turn ?? null, failure_signature: s.failureSignature
    })),
    problems: verdict.problems.map(p => ({ file: p.file, kind: p.kind, detail: p.detail })),
    rationale: verdict.rationale.join(' ')
  }
}

/** The merge's outputs, named as the gate's where they mean the same. */
export function mergeOutputs(verdict: MergedVerdict, reportPath: string): Record<MergeOutputName, string> {
  return {
    [MERGE_OUTPUTS.decision]: verdict.decision,
    [MERGE_OUTPUTS.approvedWithoutIndependentTests]: String(verdict.approvedWithoutIndependentTests),
    [MERGE_OUTPUTS.testsPassed]: String(verdict.testsPassed),
    [MERGE_OUTPUTS.classification]: verdict.classification,
    [MERGE_OUTPUTS.confidence]: verdict.confidence,
    [MERGE_OUTPUTS.service]: verdict.services.join(','),
    [MERGE_OUTPUTS.rule]: verdict.rule,
    [MERGE_OUTPUTS.failureSignature]: verdict.failureSignature,
    [MERGE_OUTPUTS.summary]: verdict.headline,
    [MERGE_OUTPUTS.reportPath]: reportPath
  }
}
