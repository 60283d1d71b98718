// Step 7 of the flow, the writing half: the audit report, the outputs, the job summary and the
// annotations, from the run's record; and, when the run could not finish, the same from the
// error, so later steps never read an unset output.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { escapeHtml } from '../common/markdown.js'
import { inspectWriteTarget, tamperingNote, writeNewFile } from '../common/safe-write.js'
import { INPUTS, OUTPUTS } from '../common/names.js'
import { safeLine } from '../common/text.js'
import { defaultReportDirectory, InputError, parseShard } from '../inputs/settings.js'
import { annotationsFor, limitAnnotations } from './annotations.js'
import { boundOutputs } from './output-bounds.js'
import { buildCrashReport, buildOutputs, buildReport, crashOutputs, reportFileName, reportJson } from './report.js'
import type { RunRecord } from './run-record.js'
import { renderSummary } from './summary.js'

/** The reporting end of the runtime (src/shell/runtime.ts): what publishing needs of it. */
export interface Publisher {
  input(name: string): string
  readonly env: NodeJS.ProcessEnv
  now(): Date
  info(line: string): void
  warning(line: string): void
  setOutput(name: string, value: string): void
  writeSummary(markdown: string): Promise<void>
  annotate(level: 'error' | 'warning' | 'notice', message: string, place: { title?: string; file?: string; startLine?: number }): void
  /** The step fails, with this message when one is given. */
  fail(message?: string): void
}

export async function publish(checked: RunRecord, failOnFeedback: boolean, out: Publisher): Promise<void> {
  // Whatever the tests left where the report goes is reported as tampering, and never written through.
  const found = await inspectWriteTarget(checked.reportPath)
  const record: RunRecord = found === undefined ? checked : { ...checked, notes: [...checked.notes, tamperingNote(found)] }
  if (found !== undefined) out.warning(safeLine(tamperingNote(found)))
  const { decision } = record
  await writeNewFile(record.reportPath, reportJson(buildReport(record, out.now())))
  setOutputs(buildOutputs(record), out)
  await out.writeSummary(renderSummary(record))
  // Capped per type (annotations.ts); the headline annotation is also the step's failure message.
  for (const a of limitAnnotations(annotationsFor(record))) {
    out.annotate(a.level, a.message, { ...(a.title === undefined ? {} : { title: a.title }), ...(a.file === undefined ? {} : { file: a.file, startLine: a.line }) })
  }
  out.info(safeLine(`coach-gate: ${decision.headline}`))
  // A cancelled run is never a success, whatever fail-on-feedback says.
  if ((decision.decision === 'feedback' && failOnFeedback) || record.tests.cancelled) out.fail()
}

/** Bad input or an unexpected error: still set the outputs and say what went wrong. */
export async function reportCrash(error: unknown, out: Publisher): Promise<void> {
  const message = error instanceof Error ? error.message : String(error)
  const category = error instanceof InputError ? 'input' : 'internal'
  // The shard's name still goes in, so a merge can say which shard could not gate.
  const report = buildCrashReport(Number.parseInt(out.env.GITHUB_RUN_ATTEMPT ?? '', 10) || 1, category, message, out.now(), parseShard(out.input(INPUTS.shard)))
  const headline = String(report.summary)
  let reportPath = ''
  try {
    // The input may be what was bad, so the report goes where the default would put it.
    const directory = out.input(INPUTS.reportDirectory).trim() || defaultReportDirectory(out.env)
    await mkdir(directory, { recursive: true })
    reportPath = path.resolve(directory, reportFileName(Number(report.turn)))
    const found = await writeNewFile(reportPath, reportJson(report))
    if (found !== undefined) out.warning(safeLine(tamperingNote(found)))
  } catch (writeError) {
    reportPath = ''
    out.warning(safeLine(`coach-gate could not write its audit report: ${String(writeError)}`))
  }
  // Every output is set, so later steps never read an unset one: nothing ran, nothing passed.
  setOutputs({ ...crashOutputs(headline, category), [OUTPUTS.reportPath]: reportPath }, out)
  try {
    await out.writeSummary(`## ❌ ${headline}\n\n<pre>${escapeHtml(message)}</pre>\n`)
  } catch {
    // no summary file outside Actions
  }
  out.fail(safeLine(message))
}

/** Outputs are one line each (a later step may echo one into the log), sanitised, then bounded. */
function setOutputs(outputs: Record<string, string>, out: Publisher): void {
  const safe = Object.fromEntries(Object.entries(outputs).map(([name, value]) => [name, safeLine(value)]))
  for (const [name, value] of Object.entries(boundOutputs(safe))) out.setOutput(name, value)
}
