// Everything one run observed and decided. The summary, the audit report and the outputs
// are each a pure function of this record.
import type { Verdict } from './classify/classifier.js'
import type { DecisionResult } from './decision.js'
import type { DockerProbe } from './docker-probe.js'
import type { Gate } from './settings.js'
import type { TaskResolution } from './task.js'

export interface TestsRecord {
  readonly command: string
  readonly workingDirectory: string
  readonly passed: boolean
  readonly exitCode: number
  readonly timedOut: boolean
  readonly cancelled: boolean
  readonly durationSeconds: number
  readonly bytes: number
  readonly lines: number
  readonly tail: readonly string[]
  readonly startError?: string
}

export interface RunRecord {
  readonly turn: number
  readonly docker: DockerProbe
  readonly task: TaskResolution
  readonly gates: readonly Gate[]
  readonly tests: TestsRecord
  readonly verdict: Verdict
  readonly decision: DecisionResult
  readonly reportPath: string
  readonly logPath: string
  /** Problems worth a reviewer's eye that did not change the decision. */
  readonly notes: readonly string[]
}
