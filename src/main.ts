// The imperative shell: reads the world, calls the pure steps in the order of docs/design.md, writes
// the results. Nothing clever happens here; every decision lives in its own module.
import * as core from '@actions/core'
import { mkdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { annotationsFor, limitAnnotations } from './report/annotations.js'
import { LogClassifier, PASSED_VERDICT, type Verdict } from './classify/classifier.js'
import { combineVerdicts } from './classify/junit-verdict.js'
import { decide } from './decide/decision.js'
import { probeDocker } from './services/docker-probe.js'
import { establishPullRequest, originOf, readEvent, type EstablishedPullRequest } from './inputs/event.js'
import { pullRequestSource, readFileAtCommit, readPullRequestFacts } from './inputs/github-api.js'
import { readJUnitReports } from './tests/junit-reports.js'
import { locateFailures } from './report/locations.js'
import { INPUTS, OUTPUTS, STATE } from './common/names.js'
import { escapeHtml } from './common/markdown.js'
import { boundOutputs } from './report/output-bounds.js'
import { buildCrashReport, buildOutputs, buildReport, crashOutputs, reportFileName, reportJson } from './report/report.js'
import { readEarlierAttempts } from './decide/earlier-reports.js'
import { countRepeats } from './decide/repeats.js'
import { attemptLogPath, retryRefusal, type AttemptSummary } from './tests/retries.js'
import type { RunRecord } from './report/run-record.js'
import { guardRunnerFiles } from './tests/runner-files.js'
import { defaultReportDirectory, InputError, parseShard, readSettings, type Settings } from './inputs/settings.js'
import { planServices } from './services/catalogue.js'
import { serviceFailureVerdict } from './services/outcome.js'
import { serviceHost } from './services/platform.js'
import { withServices } from './services/provide.js'
import { renderSummary } from './report/summary.js'
import { failureSignature } from './decide/signature.js'
import { resolveTask, type TaskInputs } from './task/task.js'
import { runTests, sanitisedEnv, type TestRunResult } from './tests/test-runner.js'
import { safeLine } from './common/text.js'
import { checkTrust } from './inputs/trust.js'

// Named, not `core[level]`: a dynamic lookup would make the bundler keep all of @actions/core
// (and the HTTP client it loads only for OIDC tokens) in the code every run parses.
const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice } as const

/** Every line the gate itself writes to the job log: it may quote the PR, a task or the tests. */
const say = (line: string): void => core.info(safeLine(line))

export async function run(): Promise<void> {
  // A cancelled job gets SIGINT, then SIGTERM: stop the tests, but still report. Kept for the
  // whole run, so a second signal cannot cut the report short.
  const cancel = new AbortController()
  const onSignal = (): void => cancel.abort()
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    const settings = readSettings(name => core.getInput(name), process.env)
    const gated = { ...(await gate(settings, cancel.signal)), shard: settings.shard }
    const record = await lookBack(gated, settings)
    await publish(record, settings)
  } catch (error) {
    await reportCrash(error)
  }
}

async function gate(settings: Settings, cancelled: AbortSignal): Promise<RunRecord> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const turn = Number.parseInt(process.env.GITHUB_RUN_ATTEMPT ?? '', 10) || 1
  await mkdir(settings.reportDirectory, { recursive: true })
  const reportPath = path.resolve(settings.reportDirectory, reportFileName(turn))
  const logPath = path.resolve(settings.reportDirectory, `test_output_${turn}.log`)
  const event = readEvent(process.env)
  const notes: string[] = []

  // Steps 2 and 3 do not depend on each other: probe Docker while the task is read.
  const probing = probeDocker(settings.dockerProbeTimeoutSeconds)
  // An issue comment only links its pull request: read it, to know where the code comes from.
  const token = settings.githubToken
  const established = await establishPullRequest(event.carried, token === '' ? undefined : ref => readPullRequestFacts(ref, token))
  if (established.note) notes.push(established.note)
  const task = await resolveTask({
    requiresInfrastructure: settings.requiresInfrastructure,
    taskFile: settings.taskFile,
    taskGlob: settings.taskGlob,
    workspace,
    pullRequest: event.pullRequest ? pullRequestSource(event.pullRequest, token) : undefined,
    ...baseFiles(settings, established.carried)
  })
  // Without declared services the probe goes on alongside the tests and only the decision waits for it.
  // With services declared the probe's answer can decide an approval, so it is never raced
  // against (or disturbed by) the tests' own load.
  const early = task.requiresInfrastructure.length > 0 ? await probing : undefined
  say(`coach-gate: task ${task.taskId || '(none)'} from ${task.source}; declared: ${JSON.stringify(task.requiresInfrastructure)}`)

  const cwd = path.resolve(workspace, settings.workingDirectory)
  if (!(await isDirectory(cwd))) throw new InputError(INPUTS.workingDirectory, `${settings.workingDirectory} is not a directory of the workspace (${cwd})`)
  let classifier = new LogClassifier()
  let testsStarted = new Date()
  // Issue 16: a failure the classifier puts on the code is run again, up to `retries` times.
  const attempts: AttemptSummary[] = []
  let retryRefused: string | undefined
  let lastVerdict: Verdict | undefined
  let lastLog = logPath
  // A daemon that answers may still be unable to run the (Linux) service images (Windows runners).
  const plan = planServices(task.requiresInfrastructure, settings.serviceImages)
  const earlyHost = early ? serviceHost(early, plan) : undefined
  const provided = await withServices({
    declared: task.requiresInfrastructure,
    // Known exactly when services are to be started (see `early` above); otherwise unused.
    dockerAvailable: earlyHost?.canProvide ?? false,
    startServices: settings.startServices,
    serviceImages: settings.serviceImages,
    serviceTimeoutSeconds: settings.serviceTimeoutSeconds,
    env: process.env,
    signal: cancelled,
    log: say,
    remember: identity => {
      core.saveState(STATE.run, identity.run)
      core.saveState(STATE.invocation, identity.invocation)
    }
  }, async serviceEnv => {
    // One line: a multi-line command must not put a workflow command at the start of a log line.
    say(`coach-gate: running tests in ${cwd}: ${JSON.stringify(settings.testCommand)}`)
    // Recorded last thing before the tests (after the state the services saved), restored first thing after the last attempt.
    const runnerFiles = await guardRunnerFiles(process.env)
    const attempt = async (n: number): Promise<TestRunResult> => {
      classifier = new LogClassifier()
      testsStarted = new Date()
      lastLog = attemptLogPath(logPath, n)
      lastVerdict = undefined
      const result = await runTests({
        command: settings.testCommand,
        cwd,
        env: sanitisedEnv(process.env, { ...serviceEnv, ...runnerFiles.testEnv }),
        logPath: lastLog,
        timeoutMs: settings.testTimeoutMinutes * 60_000,
        onLine: line => classifier.push(line),
        echo: process.stdout,
        signal: cancelled
      })
      const passed = result.exitCode === 0 && !result.timedOut && !result.cancelled
      if (!passed) lastVerdict = classifier.result()
      const verdict = lastVerdict ?? PASSED_VERDICT
      attempts.push({
        attempt: n, passed, exitCode: result.exitCode, timedOut: result.timedOut, cancelled: result.cancelled, durationSeconds: result.durationSeconds, logPath: lastLog,
        classification: verdict.classification, signature: passed ? '' : failureSignature(verdict, result.timedOut ? ['timeout'] : []), failingTests: verdict.tests.map(t => t.name)
      })
      return result
    }
    try {
      for (let n = 1; ; n++) {
        const result = await attempt(n)
        const last = attempts[attempts.length - 1] as AttemptSummary
        if (last.passed || settings.retries === 0) return result
        retryRefused = retryRefusal(result, lastVerdict ?? PASSED_VERDICT)
        if (retryRefused !== undefined || n > settings.retries) return result
        say(`coach-gate: the tests failed on attempt ${n} (${last.classification}); running them again (retries: ${settings.retries})`)
      }
    } finally {
      notes.push(...(await runnerFiles.restore()))
    }
  })
  const docker = early ?? (await probing)
  const host = earlyHost ?? serviceHost(docker, plan)
  say(`coach-gate: Docker ${docker.available ? 'available' : `unavailable (${docker.state})`}${docker.available && !docker.canRunLinuxImages ? `, but it runs ${docker.osType || 'unnamed'} containers, not Linux ones` : ''}`)
  if (host.reason !== undefined && task.requiresInfrastructure.length > 0) notes.push(host.reason)
  const services = provided.record
  const result = provided.result
  if (result === undefined) {
    const verdict = serviceFailureVerdict(services.failures)
    const decision = decide({
      testsPassed: false, timedOut: false, cancelled: cancelled.aborted, serviceFailures: services.failures, verdict,
      declared: task.requiresInfrastructure, dockerAvailable: host.canProvide, gates: settings.gates, trust: checkTrust(settings.conditionalApproval, originOf(event.name, established.carried, process.env.GITHUB_REPOSITORY ?? ''))
    })
    await writeFile(logPath, '')
    const notRun = `not run: ${verdict.explanation}`
    return {
      turn, docker, serviceHost: host, task, gates: settings.gates, verdict, decision, reportPath, logPath, notes, services,
      tests: { command: settings.testCommand, workingDirectory: settings.workingDirectory, passed: false, exitCode: -1, timedOut: false, cancelled: cancelled.aborted, durationSeconds: 0, bytes: 0, lines: 0, tail: [], notRun },
      failureSignature: failureSignature(verdict)
    }
  }
  if (result.startError) notes.push(`The test command could not be started: ${result.startError}`)
  if (result.logError) notes.push(`The full log could not be written (${result.logError}); the tests ran to the end and were classified as they streamed.`)
  if (result.cancelled) notes.push('The job was cancelled while the tests ran; the tests were stopped.')
  if (result.timedOut) notes.push(`The tests ran past test-timeout (${settings.testTimeoutMinutes} min) and their whole process tree was stopped.`)

  const passed = result.exitCode === 0 && !result.timedOut && !result.cancelled
  const junit = passed || settings.junitPaths.length === 0 ? undefined : await readJUnitReports(settings.junitPaths, cwd, testsStarted)
  if (junit) notes.push(...junit.notes)
  const verdict = passed ? PASSED_VERDICT : combineVerdicts(lastVerdict ?? classifier.result(), junit?.verdict)
  const first = attempts[0]
  const flaky = passed && first !== undefined && !first.passed ? { attempts: attempts.length, failedFirst: first.failingTests } : undefined
  if (retryRefused !== undefined) notes.push(`Not retried: ${retryRefused}.`)
  const decision = decide({
    flaky,
    flakyDecision: settings.flakyDecision,
    testsPassed: passed,
    timedOut: result.timedOut,
    cancelled: result.cancelled,
    verdict,
    declared: task.requiresInfrastructure,
    // Docker that cannot run the service images counts as unavailable for them (SPEC step 2).
    dockerAvailable: host.canProvide,
    gates: settings.gates,
    trust: checkTrust(settings.conditionalApproval, originOf(event.name, established.carried, process.env.GITHUB_REPOSITORY ?? ''))
  })
  const locations = passed ? [] : await locateFailures(lastLog, verdict.tests, workspace, cwd)
  return {
    turn, docker, serviceHost: host, task, gates: settings.gates, verdict, decision, reportPath, logPath: lastLog, notes, services,
    tests: { command: settings.testCommand, workingDirectory: settings.workingDirectory, passed, ...result },
    failureSignature: passed ? '' : failureSignature(verdict, result.timedOut ? ['timeout'] : []),
    attempts, locations, ...(retryRefused !== undefined ? { retryRefused } : {})
  }
}

/** Issue 16: how many attempts before this one ended with the same failure. */
async function lookBack(record: RunRecord, settings: Settings): Promise<RunRecord> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const runId = process.env.GITHUB_RUN_ID ?? ''
  const commit = process.env.GITHUB_SHA ?? ''
  const signature = record.failureSignature ?? ''
  const earlier = await readEarlierAttempts(settings.reportDirectory, record.turn, settings.previousReports, workspace, record.reportPath)
  const repeats = countRepeats(signature, earlier.attempts, { runId, turn: record.turn }, earlier.problems)
  if (repeats.count >= 2) say(`coach-gate: the same failure (${signature}) for the ${repeats.count}th attempt in a row`)
  return { ...record, repeats, runId, commit }
}

async function publish(record: RunRecord, settings: Settings): Promise<void> {
  const { decision } = record
  await writeFile(record.reportPath, reportJson(buildReport(record, new Date())))
  setOutputs(buildOutputs(record))
  await core.summary.addRaw(renderSummary(record)).write()

  // Capped per type (annotations.ts); the headline annotation is also the step's failure message.
  for (const a of limitAnnotations(annotationsFor(record))) {
    ANNOTATE[a.level](a.message, { ...(a.title === undefined ? {} : { title: a.title }), ...(a.file === undefined ? {} : { file: a.file, startLine: a.line }) })
  }
  say(`coach-gate: ${decision.headline}`)
  // A cancelled run is never a success, whatever fail-on-feedback says.
  if ((decision.decision === 'feedback' && settings.failOnFeedback) || record.tests.cancelled) process.exitCode = core.ExitCode.Failure
}

/** Bad input or an unexpected error: still set the outputs and say what went wrong. */
async function reportCrash(error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error)
  const category = error instanceof InputError ? 'input' : 'internal'
  // The shard's name still goes in, so a merge can say which shard could not gate.
  const report = buildCrashReport(Number.parseInt(process.env.GITHUB_RUN_ATTEMPT ?? '', 10) || 1, category, message, new Date(), parseShard(core.getInput(INPUTS.shard)))
  const headline = String(report.summary)
  let reportPath = ''
  try {
    // The input may be what was bad, so the report goes where the default would put it.
    const directory = core.getInput(INPUTS.reportDirectory).trim() || defaultReportDirectory(process.env)
    await mkdir(directory, { recursive: true })
    reportPath = path.resolve(directory, reportFileName(Number(report.turn)))
    await writeFile(reportPath, reportJson(report))
  } catch (writeError) {
    reportPath = ''
    core.warning(safeLine(`coach-gate could not write its audit report: ${String(writeError)}`))
  }
  // Every output is set, so later steps never read an unset one: nothing ran, nothing passed.
  setOutputs({ ...crashOutputs(headline), [OUTPUTS.reportPath]: reportPath })
  try {
    await core.summary.addRaw(`## ❌ ${headline}\n\n<pre>${escapeHtml(message)}</pre>\n`).write()
  } catch {
    // no summary file outside Actions
  }
  core.setFailed(safeLine(message))
}

/** Outputs are one line each (a later step may echo one into the log), sanitised, then bounded. */
function setOutputs(outputs: Record<string, string>): void {
  const safe = Object.fromEntries(Object.entries(outputs).map(([name, value]) => [name, safeLine(value)]))
  for (const [name, value] of Object.entries(boundOutputs(safe))) core.setOutput(name, value)
}

/** declarations-from: base for an event that carries a pull request: its base commit's files, through the API. */
function baseFiles(settings: Settings, carried: EstablishedPullRequest): Pick<TaskInputs, 'base'> {
  // Without a pull request the workspace holds the repository's own code: nothing to set apart.
  if (settings.declarationsFrom !== 'base' || carried.kind === 'none') return {}
  if (carried.kind === 'unknown') return { base: { unavailable: `the event's pull request is unknown: ${carried.why}` } }
  const sha = carried.baseSha
  const [owner, repo] = carried.base.split('/')
  if (sha === null || !owner || !repo) return { base: { unavailable: 'the event does not name the pull request\'s base commit' } }
  if (settings.githubToken === '') return { base: { unavailable: 'github-token is empty, and the base commit is read through the API' } }
  return { base: { label: `base commit ${sha.slice(0, 7)}`, read: file => readFileAtCommit({ owner, repo }, file, sha, settings.githubToken) } }
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory()
  } catch {
    return false
  }
}
