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

/**
 * What a passing retry showed of itself (issue 26): which of the tests that failed before it was
 * seen to pass by name, and whether it ran any test at all. An exit status of 0 alone proves
 * nothing: `make test` whose target a failed attempt already wrote, a baseline written on the
 * first failure, a stepwise cache all pass by running nothing.
 */
export interface RetryEvidence {
  /** The runner printed a result line or a summary with at least one test run. */
  readonly ranTests: boolean
  /** Of the names asked about, those seen passing. */
  readonly seen: readonly string[]
  readonly unseen: readonly string[]
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g

/** A line that reports one test passing, and the text that names it; undefined for any other line. */
export function passedTestText(rawLine: string): string | undefined {
  const line = rawLine.replace(ANSI, '').trimEnd()
  const patterns: readonly RegExp[] = [
    /^\s*(?:\[gw\d+\]\s*(?:\[\s*\d+%\]\s*)?)?PASSED\s+(\S+::\S.*)$/, // pytest -rA summary, xdist
    /^(\S+::\S.*?)\s+PASSED\b/, // pytest -v
    /^\s*--- PASS: (\S+)/, // go test -v
    /^\s*(?:✓|✔|√|✅)\s+(.+?)(?:\s+\(\d+(?:\.\d+)?\s*m?s\))?$/u, // jest, vitest, mocha, node --test spec
    /^\s*ok \d+ - (.+?)(?:\s+#.*)?$/, // TAP (node --test, prove)
    /^test (\S+) \.\.\. ok$/, // cargo test
    /^(.+ > .+) PASSED$/, // gradle
    /^\s*Passed (\S+)(?: \[|$)/ // dotnet test -v normal
  ]
  for (const pattern of patterns) {
    const match = pattern.exec(line)
    if (match?.[1]) return match[1]
  }
  return undefined
}

/** A runner's summary that says it ran at least one test (any outcome). */
const RAN_SOMETHING: readonly RegExp[] = [
  /\b[1-9]\d* (?:passed|passing|failed|failing|errors?|skipped|xfailed|xpassed)\b/i, // pytest, mocha, jest, vitest
  /\b[1-9]\d* examples?, \d+ failures?/, // rspec
  /^ok\s+\S+\s+\d+(?:\.\d+)?s\b/, // go test (a `(cached)` result ran nothing now)
  /\bTests run: [1-9]\d*/, // maven, junit
  /^test result: ok\. [1-9]\d* passed/, // cargo
  /^(?:# |ℹ )(?:pass|tests) [1-9]\d*/, // node --test
  /^1\.\.[1-9]\d*/, // a TAP plan
  /\bOK \([1-9]\d* tests?/, // phpunit
  /^Ran [1-9]\d* tests? in /, // unittest
  /\bPassed:\s+[1-9]\d*/ // dotnet
]

/** The test's names as a retry's pass line may write them: whole, or the last part of a nested name. */
function nameForms(name: string): string[] {
  const last = name.split(/::| › | > |\s+›\s+|#/).pop()?.trim() ?? name
  return [...new Set([name, last].filter(form => form.length >= 3 || form === name))]
}

function containsName(text: string, name: string): boolean {
  let from = 0
  for (;;) {
    const at = text.indexOf(name, from)
    if (at < 0) return false
    const before = text[at - 1] ?? ' '
    const after = text[at + name.length] ?? ' '
    if (!/[\w]/.test(before) && !/[\w]/.test(after)) return true
    from = at + 1
  }
}

/** Watches a retry's lines as they stream (so nothing is read back from disk). */
export class RetryWitness {
  private ran = false
  private readonly seen = new Set<string>()

  constructor(private readonly names: readonly string[]) {}

  push(line: string): void {
    const passed = passedTestText(line)
    if (passed !== undefined) {
      this.ran = true
      for (const name of this.names) if (!this.seen.has(name) && nameForms(name).some(form => containsName(passed, form))) this.seen.add(name)
      return
    }
    if (!this.ran) {
      const plain = line.replace(ANSI, '').trim()
      if (RAN_SOMETHING.some(pattern => pattern.test(plain))) this.ran = true
    }
  }

  result(): RetryEvidence {
    return { ranTests: this.ran, seen: this.names.filter(n => this.seen.has(n)), unseen: this.names.filter(n => !this.seen.has(n)) }
  }
}

/**
 * Why a passing retry is not a pass, or undefined when it is one: the tests that failed before
 * must be seen to pass by name; without names, the retry must have run tests at all.
 */
export function unprovenRetry(evidence: RetryEvidence, failedBefore: readonly string[]): { ranNothing: boolean; reason: string } | undefined {
  if (!evidence.ranTests) {
    return { ranNothing: true, reason: 'the retry exited 0 but ran no tests: its output has no test result and no runner summary (a build tool that found nothing to do, or state the failed attempt left behind)' }
  }
  if (failedBefore.length > 0 && evidence.unseen.length > 0) {
    const shown = evidence.unseen.slice(0, 5).join(', ') + (evidence.unseen.length > 5 ? ` and ${evidence.unseen.length - 5} more` : '')
    return { ranNothing: false, reason: `the retry exited 0, but the tests that failed before were not seen to run again and pass: ${shown} (run the tests verbosely, e.g. pytest -v or go test -v, so each passing test is named)` }
  }
  return undefined
}
