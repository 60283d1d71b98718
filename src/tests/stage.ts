// Step 5 of the flow, with its retries: run the test command, classify a failure as it streams,
// and run it again while `retries` allows and the failure is the code's (retries.ts). The runner's
// files (GITHUB_OUTPUT and the rest) are guarded around all attempts (runner-files.ts).
import type { LogClassifier, RunEnd, Verdict } from '../classify/classifier.js'
import { PASSED_VERDICT } from '../classify/passed.js'
import { failureSignature } from '../decide/signature.js'
import { attemptLogPath, retryRefusal, RetryWitness, unprovenRetry, type AttemptSummary } from './retries.js'
import { guardRunnerFiles } from './runner-files.js'
import { tamperingNote } from '../common/safe-write.js'
import { sanitisedEnv, type TestRunOptions, type TestRunResult } from './test-runner.js'

export interface TestStageOptions {
  readonly command: string
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
  /** Variables the primary path exports (the services' connection variables). */
  readonly serviceEnv: Record<string, string>
  /** The first attempt's log; later attempts get their own beside it. */
  readonly logPath: string
  readonly timeoutMs: number
  readonly retries: number
  readonly signal: AbortSignal
  readonly echo: NodeJS.WritableStream
  readonly now: () => Date
  readonly runTests: (options: TestRunOptions) => Promise<TestRunResult>
  readonly log: (line: string) => void
}

export interface TestStage {
  /** The last attempt's run. */
  readonly result: TestRunResult
  /** The last attempt's verdict; undefined when it passed. */
  readonly verdict: Verdict | undefined
  readonly logPath: string
  /** When the last attempt started: reports older than this are not its. */
  readonly started: Date
  readonly attempts: readonly AttemptSummary[]
  readonly retryRefused?: string
  /**
   * The last attempt was a retry that exited 0 without proving the tests that failed before now
   * pass (issue 26): why, and whether it ran no tests at all. Not a pass.
   */
  readonly retryUnproven?: { readonly ranNothing: boolean; readonly reason: string }
  /** What restoring the runner's files found (a test that wrote to them). */
  readonly notes: readonly string[]
}

/**
 * The classifier, loaded (with its knowledge) on the first line the tests print: a run that prints
 * nothing never loads it. Lines that arrive while the module loads (a few milliseconds) are held
 * and fed in order.
 */
class StreamingClassifier {
  private classifier: LogClassifier | undefined
  private loading: Promise<LogClassifier> | undefined
  private held: string[] = []

  push(line: string): void {
    if (this.classifier) {
      this.classifier.push(line)
      return
    }
    this.held.push(line)
    // A module that fails to load is reported by result(), where the stage awaits it.
    this.load().catch(() => undefined)
  }

  async result(end?: RunEnd): Promise<Verdict> {
    return (await this.load()).result(end)
  }

  private load(): Promise<LogClassifier> {
    this.loading ??= import('../classify/classifier.js').then(loaded => {
      const classifier = new loaded.LogClassifier()
      for (const line of this.held) classifier.push(line)
      this.held = []
      this.classifier = classifier
      return classifier
    })
    return this.loading
  }
}

export async function runTestStage(options: TestStageOptions): Promise<TestStage> {
  // Recorded last thing before the tests (after the state the services saved), restored first thing after the last attempt.
  const runnerFiles = await guardRunnerFiles(options.env)
  const attempts: AttemptSummary[] = []
  const notes: string[] = []
  const attempt = async (n: number): Promise<{ result: TestRunResult; verdict: Verdict | undefined; logPath: string; started: Date; retryUnproven?: TestStage['retryUnproven'] }> => {
    const classifier = new StreamingClassifier()
    // Every test that failed in an earlier attempt must be seen to pass in this one.
    const failedBefore = [...new Set(attempts.flatMap(a => a.failingTests))]
    const witness = n > 1 ? new RetryWitness(failedBefore) : undefined
    const started = options.now()
    const logPath = attemptLogPath(options.logPath, n)
    const result = await options.runTests({
      command: options.command,
      cwd: options.cwd,
      env: sanitisedEnv(options.env, { ...options.serviceEnv, ...runnerFiles.testEnv }),
      logPath,
      timeoutMs: options.timeoutMs,
      onLine: line => {
        classifier.push(line)
        witness?.push(line)
      },
      echo: options.echo,
      signal: options.signal
    })
    if (result.logTampering !== undefined) notes.push(tamperingNote(result.logTampering))
    const passed = result.exitCode === 0 && !result.timedOut && !result.cancelled
    // A timeout or a cancelled job is reported as such; any other signal is a failure the log must account for.
    const verdict = passed ? undefined : await classifier.result(result.timedOut || result.cancelled ? undefined : { exitCode: result.exitCode, signal: result.signal })
    const shown = verdict ?? PASSED_VERDICT
    attempts.push({
      attempt: n, passed, exitCode: result.exitCode, timedOut: result.timedOut, cancelled: result.cancelled, durationSeconds: result.durationSeconds, logPath,
      classification: shown.classification, signature: passed ? '' : failureSignature(shown, result.timedOut ? ['timeout'] : []), failingTests: shown.tests.map(t => t.name)
    })
    const retryUnproven = passed && witness !== undefined ? unprovenRetry(witness.result(), failedBefore) : undefined
    return { result, verdict, logPath, started, ...(retryUnproven === undefined ? {} : { retryUnproven }) }
  }
  try {
    for (let n = 1; ; n++) {
      const last = await attempt(n)
      const summary = attempts[attempts.length - 1] as AttemptSummary
      const done = (retryRefused?: string): TestStage => ({ ...last, attempts, notes, ...(retryRefused === undefined ? {} : { retryRefused }) })
      if (summary.passed || options.retries === 0) return done()
      const refused = retryRefusal(last.result, last.verdict ?? PASSED_VERDICT)
      if (refused !== undefined || n > options.retries) return done(refused)
      options.log(`coach-gate: the tests failed on attempt ${n} (${summary.classification}); running them again (retries: ${options.retries})`)
    }
  } finally {
    notes.push(...(await runnerFiles.restore()))
  }
}
