// Finds and reads the earlier audit reports repeat-count is counted from (repeats.ts): those of
// earlier attempts of this run in report-directory, and those the `previous-reports` globs name.
// Kept apart from repeats.ts so the report and summary modules do not import the file walker.
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseAttempt, type Attempt } from './repeats.js'
import { oneLine } from '../common/text.js'

export const MAX_PREVIOUS_REPORTS = 200
const MAX_REPORT_BYTES = 32 * 1024 * 1024

/**
 * Earlier attempts: `coach_turn_<n>.json` in the report directory for every n before this turn,
 * and the files the globs name (relative to the workspace). Unreadable files become problems.
 */
export async function readEarlierAttempts(reportDirectory: string, turn: number, globs: readonly string[], workspace: string, exclude: string): Promise<{ attempts: Attempt[]; problems: string[] }> {
  const files = new Set<string>()
  for (let n = Math.max(1, turn - MAX_PREVIOUS_REPORTS); n < turn; n++) files.add(path.resolve(reportDirectory, `coach_turn_${n}.json`))
  const problems: string[] = []
  // The file walker (@actions/glob) is loaded only when previous-reports names globs.
  const { findFiles } = globs.length > 0 ? await import('../common/find-files.js') : { findFiles: undefined }
  for (const glob of globs) {
    const { files: found } = await (findFiles as NonNullable<typeof findFiles>)([process.platform === 'win32' ? glob.replace(/\\/g, '/') : glob], workspace, MAX_PREVIOUS_REPORTS * 2)
    if (found.length === 0) problems.push(`previous-reports: no file matches ${oneLine(glob, 200)}`)
    for (const match of found) files.add(match.absolute)
  }
  files.delete(path.resolve(exclude))
  const attempts: Attempt[] = []
  for (const file of [...files].slice(0, MAX_PREVIOUS_REPORTS * 2)) {
    try {
      const info = await stat(file)
      if (!info.isFile() || info.size > MAX_REPORT_BYTES) continue
      const parsed = parseAttempt(await readFile(file, 'utf8'), file)
      if (typeof parsed === 'string') problems.push(parsed)
      else if (parsed) attempts.push(parsed)
    } catch (error) {
      // An earlier attempt of this run that left no report (the default path): nothing to count.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push(`${file}: could not be read`)
    }
  }
  return { attempts, problems }
}
