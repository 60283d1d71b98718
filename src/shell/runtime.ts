// The world one run touches, in one object: inputs, environment, clock, the Docker probe, the
// test process, the checks on the runner, and everything the run writes for GitHub (outputs, summary, annotations, state,
// the step's status). main.ts is given one; the action's entry gives the real one below, a unit
// test a fake one, so run() is tested without spawning dist/.
import * as core from '@actions/core'
import { randomUuid } from '../common/random.js'
import { EOL } from 'node:os'
import { appendNoFollowSync, tamperingNote } from '../common/safe-write.js'
import type { Checks } from '../corroborate/checks.js'
import { probeDocker, type DockerProbe } from '../services/docker-probe.js'
import { runTests, type TestRunOptions, type TestRunResult } from '../tests/test-runner.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface AnnotationPlace {
  readonly title?: string
  readonly file?: string
  readonly startLine?: number
}

export interface Runtime {
  /** An input as GitHub passes it (`INPUT_<NAME>`), trimmed. */
  input(name: string): string
  readonly env: NodeJS.ProcessEnv
  now(): Date
  /** Aborted when the job is cancelled: the tests stop, the run still reports. */
  readonly cancelled: AbortSignal
  probeDocker(timeoutSeconds: number): Promise<DockerProbe>
  runTests(options: TestRunOptions): Promise<TestRunResult>
  /** The bounded checks that corroborate an infrastructure verdict on the runner (src/corroborate/checks.ts). */
  readonly checks: Checks
  /** Where the tests' live output goes (the job log). */
  readonly echo: NodeJS.WritableStream
  /** One line of the gate's own to the job log; already made safe by the caller. */
  info(line: string): void
  warning(line: string): void
  setOutput(name: string, value: string): void
  saveState(name: string, value: string): void
  writeSummary(markdown: string): Promise<void>
  annotate(level: AnnotationLevel, message: string, place: AnnotationPlace): void
  /** The step fails, with this message when one is given. */
  fail(message?: string): void
  /** Called once the run has reported: listeners and timers the runtime holds are released. */
  close(): void
}

// Named, not `core[level]`: a dynamic lookup would make the bundler keep all of @actions/core
// (and the HTTP client it loads only for OIDC tokens) in the code every run parses.
const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice } as const

/** The runtime of a real step on a GitHub runner. */
/** The checks on the runner (sockets, name lookups), loaded only by a run that corroborates a verdict. */
const loadChecks = async (): Promise<Checks> => (await import('../corroborate/checks.js')).runnerChecks
const lazyChecks: Checks = {
  connect: async (target, timeoutMs) => (await loadChecks()).connect(target, timeoutMs),
  resolve: async (host, timeoutMs) => (await loadChecks()).resolve(host, timeoutMs),
  module: async (ecosystem, name, options) => (await loadChecks()).module(ecosystem, name, options),
  pythonDistributions: async (names, options) => (await loadChecks()).pythonDistributions(names, options),
  tool: async (name, env) => (await loadChecks()).tool(name, env)
}

export function actionsRuntime(): Runtime {
  // A cancelled job gets SIGINT, then SIGTERM: stop the tests, but still report. Kept for the
  // whole run, so a second signal cannot cut the report short.
  const cancel = new AbortController()
  const onSignal = (): void => cancel.abort()
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  // Appended as @actions/core appends (synchronously, in order), never through a link.
  const appendRunnerFile = (file: string, text: string): void => {
    const found = appendNoFollowSync(file, text)
    if (found !== undefined) core.warning(tamperingNote(found))
  }
  return {
    input: name => core.getInput(name),
    env: process.env,
    now: () => new Date(),
    cancelled: cancel.signal,
    probeDocker: timeoutSeconds => probeDocker(timeoutSeconds, process.env),
    runTests,
    checks: lazyChecks,
    echo: process.stdout,
    info: line => core.info(line),
    warning: line => core.warning(line),
    setOutput: (name, value) => {
      // As @actions/core writes it, but appended without following a link (issue 26): the tests may have left one.
      const file = process.env.GITHUB_OUTPUT
      if (!file) return core.setOutput(name, value)
      appendRunnerFile(file, keyValue(name, value))
    },
    saveState: (name, value) => core.saveState(name, value),
    writeSummary: async markdown => {
      const file = process.env.GITHUB_STEP_SUMMARY
      if (!file) {
        await core.summary.addRaw(markdown).write()
        return
      }
      appendRunnerFile(file, markdown)
    },
    annotate: (level, message, place) => ANNOTATE[level](message, place),
    fail: message => (message === undefined ? (process.exitCode = core.ExitCode.Failure) : core.setFailed(message)),
    close: () => {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  }
}

/** One output in the runner's file-command format, as @actions/core writes it (`name<<delimiter`). */
export function keyValue(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUuid()}`
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Unexpected input: name or value contains the delimiter ${delimiter}`)
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
}
