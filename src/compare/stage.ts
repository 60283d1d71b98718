// The comparison with the base commit as a stage (issue 25): when it is wanted and can change
// something, the same test command runs in the same working-directory of a worktree of the base
// commit, under the same timeout, its log streamed into its own file and a fresh classifier,
// and the head's failing units are matched to it. The worktree is always removed.
import { createReadStream } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { LogClassifier, PASSED_VERDICT, type Verdict } from '../classify/classifier.js'
import { combineVerdicts } from '../classify/junit-verdict.js'
import type { DecisionResult } from '../decide/decision.js'
import type { EstablishedPullRequest } from '../inputs/event.js'
import type { Settings } from '../inputs/settings.js'
import { readJUnitReports } from '../tests/junit-reports.js'
import { guardRunnerFiles } from '../tests/runner-files.js'
import { sanitisedEnv, type TestRunOptions, type TestRunResult } from '../tests/test-runner.js'
import { matchAgainstBase, type Matching } from './match.js'
import { PassingCollector, type PassingTests } from './passing.js'
import { decideAgainstBase, type ComparisonOutcome, type HeadFacts } from './rule.js'
import { changedSince, fingerprint, repositoryOf, type Untouched } from './untouched.js'
import { checkOutBase, realGit, removeBase, type BaseCheckout, type Git } from './worktree.js'

/** What the audit report and the summary say about the comparison. */
export interface BaseComparison {
  /** The base commit's tests ran and were matched. */
  readonly ran: boolean
  /** Why they did not, when they did not. */
  readonly reason?: string
  /** The base as asked for: the event's base SHA or the base-ref input; '' when none. */
  readonly ref: string
  readonly refSource: 'base-ref' | 'pull-request' | 'none'
  readonly sha?: string
  readonly fetched?: boolean
  readonly links?: readonly string[]
  readonly tests?: {
    readonly passed: boolean
    readonly exitCode: number
    readonly timedOut: boolean
    readonly durationSeconds: number
    readonly logPath: string
    readonly classification: Verdict['classification']
    readonly confidence: Verdict['confidence']
    readonly failingTests: number
  }
  readonly matching?: Matching
  /** Wall time of the whole comparison: checkout, tests, clean-up. */
  readonly durationSeconds: number
  readonly notes: readonly string[]
}

export interface CompareOptions {
  readonly settings: Pick<Settings, 'compareBase' | 'baseRef' | 'compareBaseLinks' | 'testCommand' | 'workingDirectory' | 'testTimeoutMinutes' | 'junitPaths' | 'gates'>
  readonly env: NodeJS.ProcessEnv
  readonly workspace: string
  /** The head's working directory (absolute). */
  readonly cwd: string
  /** The head's log; the base run's goes beside it. */
  readonly logPath: string
  readonly carried: EstablishedPullRequest
  readonly head: {
    readonly result: Pick<TestRunResult, 'exitCode' | 'timedOut' | 'cancelled' | 'startError'>
    readonly passed: boolean
    readonly verdict: Verdict
    readonly logPath: string
    /** Service containers the head's tests ran against: the base run would not have them. */
    readonly servicesStarted: number
  }
  readonly plain: DecisionResult
  readonly declared: readonly string[]
  readonly judge: (verdict: Verdict) => DecisionResult
  readonly runTests: (options: TestRunOptions) => Promise<TestRunResult>
  readonly echo: NodeJS.WritableStream
  readonly signal: AbortSignal
  readonly now: () => Date
  readonly log: (line: string) => void
  /** git, for tests; the real one by default. */
  readonly git?: Git
  /** What the base run depends on, fingerprinted before the head's tests ran (untouched.ts). */
  readonly before?: Untouched
}

/** Where the base worktree goes: a folder of its own under the runner's temporary folder. */
export const baseParent = (env: NodeJS.ProcessEnv): string => env.RUNNER_TEMP || tmpdir()

/** Taken before the tests, when a comparison may follow: nothing else of the comparison runs then. */
export async function beforeTheTests(settings: Settings, cwd: string, env: NodeJS.ProcessEnv): Promise<Untouched | undefined> {
  if (settings.compareBase === 'off') return undefined
  return fingerprint(await repositoryOf(cwd), baseParent(env))
}

export interface CompareResult {
  readonly comparison: BaseComparison
  readonly decision: DecisionResult
}

/** undefined when compare-base is off or the tests passed: nothing to say. */
export async function compareWithBase(options: CompareOptions): Promise<CompareResult | undefined> {
  const { settings, head, plain } = options
  if (settings.compareBase === 'off' || head.passed) return undefined
  const started = Date.now()
  const { ref, refSource } = baseRefOf(settings.baseRef, options.carried)
  const notRun = (reason: string, extra: Partial<BaseComparison> = {}): CompareResult => {
    const comparison: BaseComparison = { ran: false, reason, ref, refSource, durationSeconds: (Date.now() - started) / 1000, notes: [], ...extra }
    options.log(`coach-gate: not compared with the base commit: ${reason}`)
    return { comparison, decision: decideAgainstBase(headFacts(options), plain, { ran: false, reason }) }
  }
  const skip = skipReason(options)
  if (skip !== undefined) {
    // Nothing the base could show would change the decision: say why, and spend nothing.
    return { comparison: { ran: false, reason: skip, ref, refSource, durationSeconds: 0, notes: [] }, decision: plain }
  }
  if (ref === '') return notRun('the event names no base commit (no pull_request.base.sha) and base-ref is not set')

  const git = options.git ?? realGit(sanitisedEnv(options.env), options.signal)
  const parent = baseParent(options.env)
  if (options.before) {
    const changed = await changedSince(options.before, await repositoryOf(options.cwd), parent)
    if (changed !== undefined) return notRun(changed)
  }
  let checkout: BaseCheckout
  try {
    checkout = await checkOutBase(git, { cwd: options.cwd, ref, parent, links: settings.compareBaseLinks, workingDirectory: settings.workingDirectory })
  } catch (error) {
    return notRun(`the base commit ${ref} could not be checked out (${error instanceof Error ? error.message : String(error)})`)
  }
  const notes: string[] = []
  let ran: Awaited<ReturnType<typeof runBase>> | undefined
  let failure: string | undefined
  try {
    options.log(`coach-gate: running the tests on the base commit ${checkout.sha}${checkout.fetched ? ' (fetched from origin)' : ''}${checkout.links.length > 0 ? `, with ${checkout.links.join(', ')} linked from the checkout` : ''}`)
    ran = await runBase(options, checkout, notes)
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error)
  } finally {
    const left = await removeBase(git, checkout)
    if (left !== undefined) notes.push(left)
  }
  const facts = { sha: checkout.sha, fetched: checkout.fetched, links: checkout.links, notes }
  if (ran === undefined) return notRun(`the base run failed (${failure ?? 'unknown error'})`, facts)
  if (ran.result.startError !== undefined) return notRun(`the base run could not start (${ran.result.startError})`, facts)
  if (ran.result.cancelled) return notRun('the job was cancelled while the base commit was tested', facts)

  const headPassing = await passingInFile(head.logPath)
  const matching = matchAgainstBase({ verdict: head.verdict, passing: headPassing, passed: false }, { verdict: ran.verdict, passing: ran.passing, passed: ran.passed })
  const outcome: ComparisonOutcome = { ran: true, matching, baseSha: checkout.sha }
  const comparison: BaseComparison = {
    ran: true, ref, refSource, ...facts, matching,
    tests: { passed: ran.passed, exitCode: ran.result.exitCode, timedOut: ran.result.timedOut, durationSeconds: ran.result.durationSeconds, logPath: ran.logPath, classification: ran.verdict.classification, confidence: ran.verdict.confidence, failingTests: ran.verdict.failingTests },
    durationSeconds: (Date.now() - started) / 1000
  }
  const { preExisting, introduced } = matching.counts
  options.log(`coach-gate: against the base commit: ${preExisting} failing unit(s) fail the same way, ${introduced} introduced, ${matching.counts.new} new`)
  return { comparison, decision: decideAgainstBase(headFacts(options), plain, outcome) }
}

function headFacts(options: CompareOptions): HeadFacts {
  return { verdict: options.head.verdict, declared: options.declared, judge: options.judge }
}

/** The base-ref input first (explicit), else the base commit the pull request event names. */
export function baseRefOf(input: string, carried: EstablishedPullRequest): { ref: string; refSource: BaseComparison['refSource'] } {
  if (input !== '') return { ref: input, refSource: 'base-ref' }
  if (carried.kind === 'known' && carried.baseSha) return { ref: carried.baseSha, refSource: 'pull-request' }
  return { ref: '', refSource: 'none' }
}

/** Why the comparison would change nothing, or undefined when it can. */
export function skipReason(options: { readonly head: Pick<CompareOptions['head'], 'result' | 'servicesStarted'>; readonly settings: Pick<Settings, 'gates'> }): string | undefined {
  const { head } = options
  if (head.result.cancelled) return 'the job was cancelled'
  if (head.result.timedOut) return 'the tests timed out, and a timeout is never excused'
  if (head.result.startError !== undefined) return 'the test command could not be started'
  if (options.settings.gates.some(g => !g.passed)) return 'a quality gate failed, so the decision is feedback whatever the base commit does'
  if (head.servicesStarted > 0) return 'the tests ran against service containers, which the base run would not have'
  // A conditional approval from the log alone is compared too: a failure the PR introduced blocks it.
  return undefined
}

async function runBase(options: CompareOptions, checkout: BaseCheckout, notes: string[]): Promise<{ result: TestRunResult; verdict: Verdict; passing: PassingTests; passed: boolean; logPath: string }> {
  const within = path.relative(checkout.repository, options.cwd)
  const cwd = path.join(checkout.dir, within.startsWith('..') ? '' : within)
  const workspaceWithin = path.relative(checkout.repository, options.workspace)
  const logPath = options.logPath.replace(/(\.log)?$/, '.base$1')
  const classifier = new LogClassifier()
  const passing = new PassingCollector()
  const startedAt = options.now()
  // The runner's files are guarded as around the head's tests (tests/runner-files.ts).
  const guard = await guardRunnerFiles(options.env)
  let result: TestRunResult
  try {
    result = await options.runTests({
      command: options.settings.testCommand,
      cwd,
      env: sanitisedEnv(options.env, { ...guard.testEnv, ...(workspaceWithin.startsWith('..') ? {} : { GITHUB_WORKSPACE: path.join(checkout.dir, workspaceWithin) }) }),
      logPath,
      timeoutMs: options.settings.testTimeoutMinutes * 60_000,
      onLine: line => {
        classifier.push(line)
        passing.push(line)
      },
      echo: options.echo,
      signal: options.signal
    })
  } finally {
    notes.push(...(await guard.restore()))
  }
  const passed = result.exitCode === 0 && !result.timedOut && !result.cancelled
  let verdict = passed ? PASSED_VERDICT : classifier.result(result.timedOut || result.cancelled ? undefined : { exitCode: result.exitCode, signal: result.signal })
  if (!passed && options.settings.junitPaths.length > 0) {
    const junit = await readJUnitReports(options.settings.junitPaths, cwd, startedAt)
    notes.push(...junit.notes.map(n => `Base run: ${n}`))
    verdict = combineVerdicts(verdict, junit.verdict)
  }
  return { result, verdict, passing: passing.result(), passed, logPath }
}

/** The passing tests a log file shows, read as a stream (the file may be large). */
export async function passingInFile(file: string): Promise<PassingTests> {
  const collector = new PassingCollector()
  const decoder = new StringDecoder('utf8')
  let pending = ''
  try {
    for await (const chunk of createReadStream(file)) {
      const text = pending + decoder.write(chunk as Buffer)
      const lines = text.split(/\r\n|\r|\n/)
      pending = lines.pop() ?? ''
      // A line longer than any passing test's is never one: keep memory bounded.
      if (pending.length > 4096) pending = ''
      for (const line of lines) collector.push(line)
    }
    collector.push(pending + decoder.end())
  } catch {
    // No log (it could not be written): no passing tests are known.
  }
  return collector.result()
}
