// The merge's imperative shell: read the inputs, read the shards' reports, apply the rule,
// write the summary, the merged report and the outputs. Every decision lives in rule.ts.
import * as core from '@actions/core'
import { mkdir } from 'node:fs/promises'
import { writeNewFile } from '../common/safe-write.js'
import path from 'node:path'
import { escapeHtml } from '../common/markdown.js'
import { boundOutputs } from '../report/output-bounds.js'
import { MERGE_OUTPUTS, type MergeOutputName } from '../common/names.js'
import { InputError } from '../inputs/settings.js'
import { buildMergeReport, mergeOutputs, mergeReportFileName, renderMergeSummary, type MergeContext } from './publish.js'
import { readReports } from './read-reports.js'
import { mergeShards, type MergedVerdict } from './rule.js'
import { readMergeSettings } from './settings.js'

export async function runMerge(): Promise<void> {
  try {
    const settings = readMergeSettings(name => core.getInput(name), process.env)
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const turn = Number.parseInt(process.env.GITHUB_RUN_ATTEMPT ?? '', 10) || 1
    await mkdir(settings.reportDirectory, { recursive: true })
    const reportPath = path.resolve(settings.reportDirectory, mergeReportFileName(turn))
    // The merged report may sit where the glob looks: it is never read as a shard.
    const read = await readReports(settings.reports, workspace, { exclude: reportPath })
    core.info(`coach-gate merge: ${read.matched} report file(s) matched ${JSON.stringify(settings.reports)}; ${read.shards.length} read, ${read.problems.length} problem(s)`)
    const verdict = mergeShards({ shards: read.shards, problems: read.problems, expectedShards: settings.expectedShards })
    // Each line starts with fixed text, so a shard's name can never begin a workflow command.
    for (const shard of verdict.shards) core.info(`coach-gate merge: shard ${shard.name}: ${shard.summary} (${shard.file})`)
    for (const problem of verdict.problems) core.info(`coach-gate merge: ${problem.file}: ${problem.kind}, ${problem.detail}`)
    const context: MergeContext = { globs: settings.reports, expectedShards: settings.expectedShards, reportPath, turn }
    await writeNewFile(reportPath, `${JSON.stringify(buildMergeReport(verdict, context, new Date()), null, 2)}\n`)
    for (const [name, value] of Object.entries(boundOutputs(mergeOutputs(verdict, reportPath)))) core.setOutput(name, value)
    await core.summary.addRaw(renderMergeSummary(verdict, context)).write()
    annotate(verdict)
    core.info(`coach-gate merge: ${verdict.headline}`)
    if (verdict.decision === 'feedback' && settings.failOnFeedback) process.exitCode = core.ExitCode.Failure
  } catch (error) {
    await reportCrash(error)
  }
}

function annotate(verdict: MergedVerdict): void {
  if (verdict.approvedWithoutIndependentTests) {
    core.warning(`WARNING: ${verdict.headline}. ${verdict.rationale.join(' ')}`, { title: 'coach-gate approved without independent tests' })
  } else if (verdict.decision === 'feedback') {
    // @actions/core escapes line breaks and % in annotations; the text is already one line.
    core.error(`${verdict.headline}. ${verdict.rationale.slice(0, 3).join(' ')}`.slice(0, 1000), { title: 'coach-gate merge' })
  }
}

/** Bad input or an unexpected error: every output set, nothing approved, the reason shown. */
async function reportCrash(error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error)
  const headline = error instanceof InputError ? 'FEEDBACK: invalid input' : 'FEEDBACK: coach-gate merge failed'
  const outputs: Record<MergeOutputName, string> = {
    [MERGE_OUTPUTS.decision]: 'feedback', [MERGE_OUTPUTS.approvedWithoutIndependentTests]: 'false', [MERGE_OUTPUTS.testsPassed]: 'false',
    [MERGE_OUTPUTS.classification]: 'none', [MERGE_OUTPUTS.confidence]: 'n/a', [MERGE_OUTPUTS.service]: '', [MERGE_OUTPUTS.rule]: 'none',
    [MERGE_OUTPUTS.failureSignature]: '', [MERGE_OUTPUTS.summary]: headline, [MERGE_OUTPUTS.reportPath]: ''
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  try {
    await core.summary.addRaw(`## ❌ ${headline}\n\n<pre>${escapeHtml(message)}</pre>\n`).write()
  } catch {
    // no summary file outside Actions
  }
  core.setFailed(message)
}
