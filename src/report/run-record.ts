// Everything one run observed and decided. The summary, the audit report and the outputs
// are each a pure function of this record.
import type { Verdict } from '../classify/classifier.js'
import type { Corroboration } from '../corroborate/judge.js'
import type { SetupFinding } from '../corroborate/setup.js'
import type { BaseComparison } from '../compare/stage.js'
import type { DecisionResult } from '../decide/decision.js'
import type { DockerProbe } from '../services/docker-probe.js'
import type { ServicesRecord } from '../services/outcome.js'
import type { ServiceHost } from '../services/platform.js'
import type { Gate } from '../inputs/settings.js'
import type { TaskResolution } from '../task/task.js'
import type { FailureLocation } from './locations.js'
import type { Totals } from './totals.js'
import type { CommentPlan } from './comment.js'
import type { Repeats } from '../decide/repeats.js'
import type { AttemptSummary } from '../tests/retries.js'
import type { TestRunResult } from '../tests/test-runner.js'

export interface TestsRecord extends Omit<TestRunResult, 'signal'> {
  readonly command: string
  readonly workingDirectory: string
  readonly passed: boolean
  /** Set when the tests were not run at all (a declared service could not be provided). */
  readonly notRun?: string
}

export interface RunRecord {
  readonly turn: number
  readonly docker: DockerProbe
  /** Whether that Docker can start the declared (Linux) service images; what the decision used. */
  readonly serviceHost: ServiceHost
  readonly task: TaskResolution
  readonly gates: readonly Gate[]
  readonly tests: TestsRecord
  /** The declared services and their containers (the primary path). */
  readonly services: ServicesRecord
  readonly verdict: Verdict
  readonly decision: DecisionResult
  readonly reportPath: string
  readonly logPath: string
  /** Problems worth a reviewer's eye that did not change the decision. */
  readonly notes: readonly string[]
  /** The `shard` input: this run's name in a matrix, for the merge sub-action; '' or absent when not given. */
  readonly shard?: string
  /** What failed, hashed (signature.ts); '' when the tests passed or did not run. */
  readonly failureSignature?: string
  /** Consecutive attempts with this signature, from earlier reports (repeats.ts). */
  readonly repeats?: Repeats
  /** Every run of the test command, the first included, when it ran (retries.ts). */
  readonly attempts?: readonly AttemptSummary[]
  /** Why a failed run was not run again, when retries were allowed. */
  readonly retryRefused?: string
  /** Where each of verdict.tests failed in the workspace, same order (locations.ts). */
  readonly locations?: readonly (FailureLocation | undefined)[]
  /** The runner's own counts of passed, failed and skipped tests (or the JUnit reports'); absent when unknown. */
  readonly totals?: Totals
  /** With `comment: true`: the pull request the verdict comment goes on, or why it does not. */
  readonly comment?: CommentPlan
  /** GITHUB_RUN_ID and GITHUB_SHA, so later runs can tell attempts apart. */
  readonly runId?: string
  readonly commit?: string
  /** The verdict's claims checked on the runner, when it was infrastructure/high (src/corroborate). */
  readonly corroboration?: Corroboration
  /** Why the tests could not run at all, when the verdict is `setup`. */
  readonly setup?: SetupFinding
  /** compare-base: the same tests on the base commit, and which failures the PR introduced; absent when off or the tests passed. */
  readonly baseComparison?: BaseComparison
}
