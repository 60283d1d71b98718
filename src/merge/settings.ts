// The merge's inputs (merge/action.yml), read once into one typed object; a bad value fails
// with a message that names the input.
import { MERGE_INPUTS } from '../common/names.js'
import { defaultReportDirectory, InputError, parseBoolean, type InputReader } from '../inputs/settings.js'
import { clip } from '../common/text.js'

export interface MergeSettings {
  /** Globs of shard reports, absolute or relative to the workspace. */
  readonly reports: readonly string[]
  /** How many reports there must be; undefined when not checked. */
  readonly expectedShards: number | undefined
  readonly failOnFeedback: boolean
  /** Where the merged report is written. */
  readonly reportDirectory: string
}

export function readMergeSettings(input: InputReader, env: Readonly<Record<string, string | undefined>> = {}): MergeSettings {
  const reports = parseReportGlobs(input(MERGE_INPUTS.reports))
  if (reports.length === 0) throw new InputError(MERGE_INPUTS.reports, 'is required: a glob of the shards\' audit reports, e.g. reports/**/coach_turn_*.json')
  return {
    reports,
    expectedShards: parseExpectedShards(input(MERGE_INPUTS.expectedShards)),
    failOnFeedback: parseBoolean(MERGE_INPUTS.failOnFeedback, input(MERGE_INPUTS.failOnFeedback), true),
    reportDirectory: input(MERGE_INPUTS.reportDirectory).trim() || defaultReportDirectory(env)
  }
}

/** One glob a line, or comma separated (commas inside `{a,b}` belong to the glob). */
export function parseReportGlobs(raw: string): string[] {
  return [...new Set(raw.split(/\n|,(?![^{}]*\})/).map(g => g.trim()).filter(g => g !== ''))]
}

export function parseExpectedShards(raw: string): number | undefined {
  const text = raw.trim()
  if (text === '') return undefined
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 10_000) throw new InputError(MERGE_INPUTS.expectedShards, `'${clip(text, 61)}' is not a whole number of shards from 1 to 10000`)
  return Number(text)
}
