// Issue 16: how many attempts before this one ended with the same failure, from the audit
// reports of earlier attempts (earlier-reports.ts) and the counting rule (repeats.ts).
import { readEarlierAttempts } from './earlier-reports.js'
import { countRepeats, type Repeats } from './repeats.js'

export interface LookBack {
  readonly repeats: Repeats
  readonly runId: string
  readonly commit: string
}

export async function lookBack(
  record: { readonly turn: number; readonly failureSignature?: string; readonly reportPath: string },
  where: { readonly reportDirectory: string; readonly previousReports: readonly string[]; readonly workspace: string; readonly env: NodeJS.ProcessEnv }
): Promise<LookBack> {
  const runId = where.env.GITHUB_RUN_ID ?? ''
  const commit = where.env.GITHUB_SHA ?? ''
  const signature = record.failureSignature ?? ''
  const earlier = await readEarlierAttempts(where.reportDirectory, record.turn, where.previousReports, where.workspace, record.reportPath)
  const repeats = countRepeats(signature, earlier.attempts, { runId, turn: record.turn }, earlier.problems)
  return { repeats, runId, commit }
}
