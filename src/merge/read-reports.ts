// Finds the shards' audit reports (the `reports` input: globs, absolute or relative to the
// workspace) and reads each one. Whatever cannot be found or read is returned as a problem,
// so the rule sees it; nothing is skipped in silence.
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { findFiles } from '../common/find-files.js'
import { oneLine } from '../common/text.js'
import { isProblem, parseShardReport, type FoundReport, type ReportProblem, type ShardReport } from './shard-report.js'

export const MAX_REPORTS = 1000
/** A gate's report is a few KiB; even thousands of failing tests stay far below this. */
export const MAX_REPORT_BYTES = 32 * 1024 * 1024

export interface ReadReports {
  readonly shards: ShardReport[]
  readonly problems: ReportProblem[]
  /** How many files the globs matched. */
  readonly matched: number
}

export interface Match extends FoundReport {
  readonly absolute: string
}

export async function readReports(globs: readonly string[], workspace: string, options: { exclude?: string; windows?: boolean } = {}): Promise<ReadReports> {
  const problems: ReportProblem[] = []
  const matches = new Map<string, Match>()
  for (const glob of globs) {
    const found = await findMatches(glob, workspace, options.windows ?? process.platform === 'win32')
    if (found.length === 0) problems.push({ file: glob, kind: 'missing', detail: 'no report file matches this glob' })
    for (const match of found) if (match.absolute !== options.exclude && !matches.has(match.absolute)) matches.set(match.absolute, match)
  }
  const sorted = [...matches.values()].sort((a, b) => a.file.localeCompare(b.file, 'en', { numeric: true }))
  if (sorted.length > MAX_REPORTS) {
    problems.push({ file: globs.join(', '), kind: 'unreadable', detail: `${sorted.length} files match, more than the ${MAX_REPORTS} a merge reads; narrow the reports glob` })
    return { shards: [], problems, matched: sorted.length }
  }
  const shards: ShardReport[] = []
  for (const match of sorted) {
    const parsed = await readOne(match)
    if (isProblem(parsed)) problems.push(parsed)
    else shards.push(parsed)
  }
  // Rows in the order of the shards' names (shard 2 before shard 10), whatever the files are called.
  shards.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }) || a.file.localeCompare(b.file, 'en', { numeric: true }))
  return { shards, problems, matched: sorted.length }
}

async function readOne(match: Match): Promise<ShardReport | ReportProblem> {
  try {
    const info = await stat(match.absolute)
    if (info.size > MAX_REPORT_BYTES) return { file: match.file, kind: 'unreadable', detail: `larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB` }
    return parseShardReport(await readFile(match.absolute, 'utf8'), match)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { file: match.file, kind: 'unreadable', detail: `could not be read (${code ?? (error instanceof Error ? error.message : String(error))})` }
  }
}

/** The files one glob names. A glob without wildcards names a file, or a directory: every `.json` below it. */
export async function findMatches(rawGlob: string, workspace: string, windows: boolean): Promise<Match[]> {
  const glob = windows ? rawGlob.replace(/\\/g, '/') : rawGlob
  const { base, pattern } = splitGlob(glob.replace(/^\.\//, ''))
  const root = path.resolve(workspace, base === '' ? '.' : base)
  const show = (absolute: string): string => {
    const relative = path.relative(workspace, absolute)
    // File names are anyone's text too: one line, like everything else shown.
    return oneLine(relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : absolute, 400)
  }
  if (pattern === '' || !WILDCARD.test(pattern)) {
    const literal = path.resolve(root, pattern)
    const info = await stat(literal).catch(() => undefined)
    if (info?.isFile()) return [{ absolute: literal, file: show(literal), relative: path.basename(literal) }]
    if (!info?.isDirectory()) return []
    return collect(literal, ['**/*.json'], show)
  }
  return collect(root, [pattern], show)
}

async function collect(root: string, patterns: string[], show: (absolute: string) => string): Promise<Match[]> {
  // Enough to say there are too many (one more than MAX_REPORTS); the rule turns that into feedback.
  const { files } = await findFiles(patterns, root, MAX_REPORTS)
  return files.map(({ absolute, relative }) => ({ absolute, file: show(absolute), relative }))
}

const WILDCARD = /[*?[]/

/**
 * A glob split where its wildcards begin: the literal directory it starts from (`base`, '' for
 * the current one, '/' or `C:/` when absolute) and the pattern below it. The path below `base`
 * is a shard's fallback name. Paths use `/`; on Windows the caller turns `\` into `/` first.
 */
export function splitGlob(glob: string): { base: string; pattern: string } {
  const segments = glob.split('/')
  const first = segments.findIndex(segment => WILDCARD.test(segment))
  // No wildcard: the last segment is the pattern (a file name), the rest is the base.
  const cut = first < 0 ? segments.length - 1 : first
  const baseSegments = segments.slice(0, cut)
  const base = baseSegments.length === 1 && baseSegments[0] === '' ? '/' : baseSegments.join('/')
  return { base: /^[A-Za-z]:$/.test(base) ? `${base}/` : base, pattern: segments.slice(cut).join('/') }
}
