// Flaky or broken (issue 16): which failed runs are run again, and how the attempts are recorded.
// Only a failure the classifier puts on the code is retried. A cancelled job is going away; a
// timeout would take as long again and is never excused; a missing service does not come back on
// a retry, and a lucky retry must not turn a missing service into a "flaky" approval. Each of
// those is not retried, and the summary and the audit report say why.
import type { Verdict } from '../classify/classifier.js'
import type { TestRunResult } from './test-runner.js'

export interface AttemptSummary {
  readonly attempt: number
  readonly passed: boolean
  readonly exitCode: number
  readonly timedOut: boolean
  readonly cancelled: boolean
  readonly durationSeconds: number
  readonly logPath: string
  readonly classification: Verdict['classification']
  readonly signature: string
  /** The failing units' names (bounded like the verdict's list). */
  readonly failingTests: readonly string[]
}

/** Why a failed attempt is not run again, or undefined when it is retried. */
export function retryRefusal(result: Pick<TestRunResult, 'cancelled' | 'timedOut' | 'startError'>, verdict: Pick<Verdict, 'classification' | 'services'>): string | undefined {
  if (result.cancelled) return 'the job was cancelled'
  if (result.timedOut) return 'the tests timed out: a timeout is never retried into a pass'
  if (result.startError !== undefined) return 'the test command could not be started'
  if (verdict.classification === 'infrastructure') {
    const services = verdict.services.length > 0 ? ` (${verdict.services.join(', ')})` : ''
    return `the failure is infrastructure${services}: a missing service is not retried into a flaky pass`
  }
  return undefined
}

/** The log of attempt n: the first keeps the usual name, so log-path means the same without retries. */
export function attemptLogPath(logPath: string, attempt: number): string {
  return attempt <= 1 ? logPath : logPath.replace(/(\.log)?$/, `.attempt${attempt}$1`)
}
