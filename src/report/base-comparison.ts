// compare-base in the run's writings (issue 25): the outputs introduced-failures and
// pre-existing-failures, the audit report's `base_comparison` block, and the summary's "Against
// the base commit" section. Pure functions of the comparison record (compare/stage.ts).
import { code, escapeMarkdown } from '../common/markdown.js'
import { OUTPUTS } from '../common/names.js'
import type { BaseComparison } from '../compare/stage.js'

const UNITS_SHOWN = 30

/** Counts when the base commit was tested; empty otherwise. */
export function baseComparisonOutputs(comparison: BaseComparison | undefined): Record<typeof OUTPUTS.introducedFailures | typeof OUTPUTS.preExistingFailures, string> {
  const matching = comparison?.ran ? comparison.matching : undefined
  return {
    [OUTPUTS.introducedFailures]: matching ? String(matching.counts.introduced) : '',
    [OUTPUTS.preExistingFailures]: matching ? String(matching.counts.preExisting) : ''
  }
}

export function baseComparisonReport(comparison: BaseComparison): Record<string, unknown> {
  const m = comparison.matching
  return {
    ran: comparison.ran,
    ...(comparison.reason !== undefined ? { reason: comparison.reason } : {}),
    ref: comparison.ref,
    ref_source: comparison.refSource,
    ...(comparison.sha !== undefined ? { commit: comparison.sha, fetched: comparison.fetched ?? false } : {}),
    ...(comparison.links !== undefined ? { linked: comparison.links } : {}),
    ...(comparison.tests ? {
      tests: {
        tests_passed: comparison.tests.passed, exit_code: comparison.tests.exitCode, timed_out: comparison.tests.timedOut,
        duration_seconds: round(comparison.tests.durationSeconds), log_path: comparison.tests.logPath,
        classification: comparison.tests.classification, confidence: comparison.tests.confidence, failing_tests: comparison.tests.failingTests
      }
    } : {}),
    ...(m ? {
      introduced: m.counts.introduced,
      pre_existing: m.counts.preExisting,
      new: m.counts.new,
      unmatched: m.unlisted,
      failing_tests: m.units.map(u => ({
        name: u.name, runner: u.runner, status: u.status, at_base: u.atBase, outcome: u.outcome, confidence: u.confidence, rule: u.ruleId,
        infrastructure_evidence: u.infrastructureEvidence, ...(u.evidence ? { evidence: { line: u.evidence.line, text: u.evidence.text } } : {}),
        ...(u.base ? { base: { outcome: u.base.outcome, rule: u.base.ruleId, ...(u.base.evidence ? { evidence: { line: u.base.evidence.line, text: u.base.evidence.text } } : {}) } } : {})
      })),
      fixed: m.fixed
    } : {}),
    duration_seconds: round(comparison.durationSeconds),
    notes: comparison.notes
  }
}

export function renderBaseComparison(comparison: BaseComparison | undefined): string[] {
  if (!comparison) return []
  const out = ['### Against the base commit', '']
  if (!comparison.ran) {
    out.push(`Not compared: ${escapeMarkdown(comparison.reason ?? 'unknown reason')}. Decided as without the comparison.`, '')
    out.push(...comparison.notes.map(n => `- ${escapeMarkdown(n)}`), ...(comparison.notes.length > 0 ? [''] : []))
    return out
  }
  const m = comparison.matching
  const t = comparison.tests
  const sha = comparison.sha ?? comparison.ref
  out.push(`The same test command ran on the base commit ${code(sha.slice(0, 12))}${comparison.fetched ? ' (fetched)' : ''}${t ? `: ${t.passed ? 'passed' : `failed (exit code ${t.exitCode}${t.timedOut ? ', timed out' : ''}, ${t.classification}/${t.confidence})`} in ${t.durationSeconds.toFixed(1)} s` : ''}; the comparison took ${comparison.durationSeconds.toFixed(1)} s in all.`, '')
  if (m) {
    out.push(`**${m.counts.preExisting} pre-existing** (fail the same way at base) · **${m.counts.introduced} introduced** by this PR · **${m.counts.new} new**${m.unlisted > 0 ? ` · ${m.unlisted} not matched (beyond the listed failures)` : ''}`, '')
    for (const u of m.units.slice(0, UNITS_SHOWN)) {
      out.push(`- ${code(u.name)} — **${u.status}**: at base ${escapeMarkdown(u.atBase)} · here ${u.outcome}/${u.confidence} ${code(u.ruleId)}`)
    }
    if (m.units.length > UNITS_SHOWN) out.push(`- … and ${m.units.length - UNITS_SHOWN} more (see the audit report)`)
    if (m.fixed.length > 0) out.push(`- fixed by this PR (fail at base, pass here): ${m.fixed.slice(0, 10).map(n => code(n)).join(', ')}${m.fixed.length > 10 ? ` and ${m.fixed.length - 10} more` : ''}`)
    out.push('')
  }
  if (comparison.links && comparison.links.length > 0) out.push(`Linked into the base worktree from the checkout: ${comparison.links.map(l => code(l)).join(', ')}.`, '')
  if (t) out.push(`Base log: ${code(t.logPath)}`, '')
  out.push(...comparison.notes.map(n => `- ${escapeMarkdown(n)}`), ...(comparison.notes.length > 0 ? [''] : []))
  return out
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000
}
