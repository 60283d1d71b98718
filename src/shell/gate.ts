// One run, stage by stage in the order of docs/design.md: probe Docker while the task is read,
// provide the declared services around the tests, classify, decide. Each stage is a function of
// its own folder; this file only passes one stage's result to the next and collects the record.
import { mkdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { STATE, INPUTS } from '../common/names.js'
import { safeLine } from '../common/text.js'
import { tamperingNote, writeNewFile } from '../common/safe-write.js'
import { PASSED_VERDICT } from '../classify/passed.js'
import type { corroborateStage } from '../corroborate/stage.js'
import { decide } from '../decide/decision.js'
import { failureSignature } from '../decide/signature.js'
import { originOf } from '../inputs/event.js'
import { defaultReportDirectory, InputError, type Settings } from '../inputs/settings.js'
import { checkTrust } from '../inputs/trust.js'
import { reportFileName } from '../report/report.js'
import { junitTotals, readTotals } from '../report/totals.js'
import { planComment } from '../report/comment.js'
import type { RunRecord } from '../report/run-record.js'
import type { ServicePlan } from '../services/catalogue.js'
import { serviceFailureVerdict } from '../services/outcome.js'
import { serviceHost } from '../services/platform.js'
import { describeDocker } from '../services/docker-probe.js'
import { withServices } from '../services/provide.js'
import { readTaskStage } from '../task/stage.js'
import { guardRunnerFiles } from '../tests/runner-files.js'
import { runTestStage, type TestStage } from '../tests/stage.js'
import { sanitisedEnv } from '../tests/test-runner.js'
import type { Runtime } from './runtime.js'

export async function gate(settings: Settings, rt: Runtime): Promise<RunRecord> {
  const say = (line: string): void => rt.info(safeLine(line))
  const workspace = rt.env.GITHUB_WORKSPACE || process.cwd()
  const turn = Number.parseInt(rt.env.GITHUB_RUN_ATTEMPT ?? '', 10) || 1
  const notes: string[] = []
  const reportDirectory = await ownDirectory(settings.reportDirectory, workspace, rt.env, notes)
  const reportPath = path.resolve(reportDirectory, reportFileName(turn))
  const logPath = path.resolve(reportDirectory, `test_output_${turn}.log`)

  // Steps 2 and 3 do not depend on each other: probe Docker while the task is read.
  const probing = rt.probeDocker(settings.dockerProbeTimeoutSeconds)
  const { event, established, task, notes: taskNotes } = await readTaskStage(settings, rt.env, workspace)
  notes.unshift(...taskNotes)
  const trust = checkTrust(settings.conditionalApproval, originOf(event.name, established, rt.env.GITHUB_REPOSITORY ?? ''))
  // Without declared services the probe goes on alongside the tests and only the decision waits for it.
  // With services declared the probe's answer can decide an approval, so it is never raced
  // against (or disturbed by) the tests' own load.
  const early = task.requiresInfrastructure.length > 0 ? await probing : undefined
  say(`coach-gate: task ${task.taskId || '(none)'} from ${task.source}; declared: ${JSON.stringify(task.requiresInfrastructure)}`)

  const cwd = path.resolve(workspace, settings.workingDirectory)
  if (!(await isDirectory(cwd))) throw new InputError(INPUTS.workingDirectory, `${settings.workingDirectory} is not a directory of the workspace (${cwd})`)
  // A daemon that answers may still be unable to run the (Linux) service images (Windows runners).
  const plan = await planServices(task.requiresInfrastructure, settings.serviceImages)
  const earlyHost = early ? serviceHost(early, plan) : undefined
  // What the primary path exported to the tests: part of the environment they were configured with.
  let exported: Record<string, string> = {}
  // compare-base: what the base run will depend on, as it stands before the tests can touch it.
  const untouched = settings.compareBase === 'off' ? undefined : await (await import('../compare/stage.js')).beforeTheTests(settings, cwd, rt.env)
  const provided = await withServices({
    declared: task.requiresInfrastructure,
    plan,
    // Known exactly when services are to be started (see `early` above); otherwise unused.
    dockerAvailable: earlyHost?.canProvide ?? false,
    startServices: settings.startServices,
    serviceTimeoutSeconds: settings.serviceTimeoutSeconds,
    env: rt.env,
    signal: rt.cancelled,
    log: say,
    remember: identity => {
      rt.saveState(STATE.run, identity.run)
      rt.saveState(STATE.invocation, identity.invocation)
    }
  }, async (serviceEnv): Promise<TestStage> => {
    exported = serviceEnv
    // One line: a multi-line command must not put a workflow command at the start of a log line.
    say(`coach-gate: running tests in ${cwd}: ${JSON.stringify(settings.testCommand)}`)
    return runTestStage({
      command: settings.testCommand, cwd, env: rt.env, serviceEnv, logPath, timeoutMs: settings.testTimeoutMinutes * 60_000,
      retries: settings.retries, signal: rt.cancelled, echo: rt.echo, now: () => rt.now(), runTests: o => rt.runTests(o), log: say
    })
  })
  const docker = early ?? (await probing)
  const host = earlyHost ?? serviceHost(docker, plan)
  say(`coach-gate: Docker ${docker.available ? 'available' : docker.state === 'misconfigured' ? `probe failed, the client is misconfigured (${docker.detail})` : `unavailable (${docker.state})`}${docker.available && !docker.canRunLinuxImages ? `, but it runs ${docker.osType || 'unnamed'} containers, not Linux ones` : ''}`)
  const services = provided.record
  const stage = provided.result
  if (stage) notes.push(...stage.notes)
  if (host.reason !== undefined && task.requiresInfrastructure.length > 0) notes.push(host.reason)
  const comment = settings.comment ? { comment: planComment(event, established, settings.githubToken) } : {}
  const facts = { turn, docker, serviceHost: host, task, gates: settings.gates, reportPath, notes, services, ...comment }
  const decideWith = (inputs: Omit<Parameters<typeof decide>[0], 'declared' | 'dockerAvailable' | 'gates' | 'trust'>): ReturnType<typeof decide> =>
    // Docker that cannot run the service images counts as unavailable for them (docs/design.md, step 2).
    decide({ ...inputs, declared: task.requiresInfrastructure, dockerAvailable: host.canProvide, ...(docker.state === 'misconfigured' ? { dockerMisconfigured: docker.fix ?? docker.detail } : {}), gates: settings.gates, trust })

  if (stage === undefined) {
    // A declared service could not be provided: the tests did not run.
    const verdict = serviceFailureVerdict(services.failures)
    const decision = decideWith({ testsPassed: false, timedOut: false, cancelled: rt.cancelled.aborted, serviceFailures: services.failures, verdict })
    const found = await writeNewFile(logPath, '')
    if (found !== undefined) notes.push(tamperingNote(found))
    return {
      ...facts, verdict, decision, logPath,
      tests: { command: settings.testCommand, workingDirectory: settings.workingDirectory, passed: false, exitCode: -1, timedOut: false, cancelled: rt.cancelled.aborted, durationSeconds: 0, bytes: 0, lines: 0, tail: [], notRun: `not run: ${verdict.explanation}` },
      failureSignature: failureSignature(verdict)
    }
  }
  const { result, attempts, retryRefused } = stage
  if (result.startError) notes.push(`The test command could not be started: ${result.startError}`)
  if (result.logError) notes.push(`The full log could not be written (${result.logError}); the tests ran to the end and were classified as they streamed.`)
  if (result.cancelled) notes.push('The job was cancelled while the tests ran; the tests were stopped.')
  if (result.timedOut) notes.push(`The tests ran past test-timeout (${settings.testTimeoutMinutes} min) and their whole process tree was stopped.`)

  const passed = result.exitCode === 0 && !result.timedOut && !result.cancelled
  // The XML parser is loaded only by a failed run that has reports to read.
  // Without junit-paths, the reports the tests wrote are found by what they are: a runner that reports only to a file
  // leaves its failures out of the log.
  const reports = passed ? undefined : await import('../tests/junit-reports.js')
  const junit = reports === undefined ? undefined : settings.junitPaths.length > 0 ? await reports.readJUnitReports(settings.junitPaths, cwd, stage.started) : await reports.discoverJUnitReports(cwd, stage.started)
  if (junit) notes.push(...junit.notes)
  // What only a failed run needs (combining verdicts, the runner checks, the base commit, locations) is loaded only by one.
  const classified = passed ? PASSED_VERDICT : (await import('../classify/junit-verdict.js')).combineVerdicts(stage.verdict ?? PASSED_VERDICT, junit?.verdict)
  // Could the tests run at all (setup), and is an infrastructure verdict true on this runner? Not for a timeout or a cancelled job.
  const corroborate = async (v: typeof classified): Promise<Awaited<ReturnType<typeof corroborateStage>>> => {
    // The checks start processes (an interpreter, node) after the tests: what they write to the
    // runner's files is removed, as what the tests wrote was.
    const guard = await guardRunnerFiles(rt.env)
    try {
      return await (await import('../corroborate/stage.js')).corroborateStage({
        verdict: v, command: settings.testCommand, exitCode: result.exitCode, tail: result.tail, totalLines: result.lines, cwd, workspace,
        declared: task.requiresInfrastructure, env: sanitisedEnv(rt.env, exported), started: services.started, checks: rt.checks,
        docker: { available: host.canProvide, detail: describeDocker(docker) }
      })
    } finally {
      notes.push(...(await guard.restore()))
    }
  }
  const checked = passed || result.timedOut || result.cancelled ? { verdict: classified } : await corroborate(classified)
  const verdict = checked.verdict
  for (const c of checked.corroboration?.checks ?? []) say(`coach-gate: checked ${c.claim}: ${c.reason} (${c.result}, ${c.timeMs} ms)`)
  const first = attempts[0]
  const flaky = passed && first !== undefined && !first.passed ? { attempts: attempts.length, failedFirst: first.failingTests, ...(stage.retryUnproven === undefined ? {} : { unproven: stage.retryUnproven }) } : undefined
  if (stage.retryUnproven !== undefined) notes.push(`Not a pass: ${stage.retryUnproven.reason}.`)
  if (retryRefused !== undefined) notes.push(`Not retried: ${retryRefused}.`)
  const checkedInputs = { ready: services.started.map(s => s.service), ...(checked.corroboration ? { corroboration: checked.corroboration } : {}), ...(checked.setup ? { setupRemediation: checked.setup.remediation } : {}) }
  const decision = decideWith({ flaky, flakyDecision: settings.flakyDecision, testsPassed: passed, timedOut: result.timedOut, cancelled: result.cancelled, verdict, ...checkedInputs })
  // compare-base (issue 25): the same tests on the base commit, when that can change the decision.
  // What the runner checks showed still holds for a decision the comparison makes.
  const base = passed || settings.compareBase === 'off' ? undefined : await (await import('../compare/stage.js')).compareWithBase({
    settings, env: rt.env, workspace, cwd, logPath, carried: established, plain: decision, declared: task.requiresInfrastructure,
    head: { result, passed, verdict, logPath: stage.logPath, servicesStarted: services.started.length },
    judge: v => decideWith({ testsPassed: passed, timedOut: result.timedOut, cancelled: result.cancelled, verdict: v, ...checkedInputs }),
    runTests: o => rt.runTests(o), echo: rt.echo, signal: rt.cancelled, now: () => rt.now(), log: say,
    ...(untouched ? { before: untouched } : {})
  })
  // An approval the comparison grants (the log alone did not) is a claim of missing infrastructure
  // too: it is checked on the runner like any other before it stands.
  let finalDecision = base?.decision ?? decision
  let baseChecks: Awaited<ReturnType<typeof corroborateStage>>['corroboration']
  if (base && base.decision.approvedWithoutIndependentTests && !decision.approvedWithoutIndependentTests && checked.corroboration === undefined) {
    const raised = await corroborate({ ...verdict, classification: 'infrastructure', confidence: 'high' })
    baseChecks = raised.corroboration
    for (const c of baseChecks?.checks ?? []) say(`coach-gate: checked ${c.claim}: ${c.reason} (${c.result}, ${c.timeMs} ms)`)
    if (baseChecks?.outcome !== 'corroborated') {
      finalDecision = { ...decision, rationale: [...decision.rationale, `The base commit fails the same way, but the claim of missing infrastructure was not corroborated on the runner: ${baseChecks?.reason ?? 'nothing could be checked'}.`] }
    }
  }
  const failures = passed ? undefined : await import('../report/locations.js')
  const details = failures ? await failures.readFailures(stage.logPath, verdict.tests, workspace, cwd) : { locations: [], values: [] }
  const { locations } = details
  // The reports list every case; the log's summary lines are the runner's own word otherwise.
  // Reports found without junit-paths may be one runner's of several: the log's summary lines say more then.
  const totals = junit && junit.files.length > 0 && settings.junitPaths.length > 0 ? junitTotals(junit.outcomes) : await readTotals(stage.logPath)
  return {
    // What a reader is shown: each evidence line with the values its assertion compared.
    ...facts, verdict: failures ? failures.withValues(verdict, details.values) : verdict, decision: finalDecision, logPath: stage.logPath, ...(base ? { baseComparison: base.comparison } : {}),
    tests: { command: settings.testCommand, workingDirectory: settings.workingDirectory, passed, ...result },
    failureSignature: passed ? '' : failureSignature(verdict, result.timedOut ? ['timeout'] : []),
    attempts, locations, ...(totals ? { totals } : {}), ...(retryRefused !== undefined ? { retryRefused } : {}),
    ...(checked.corroboration ?? baseChecks ? { corroboration: checked.corroboration ?? baseChecks } : {}), ...(checked.setup ? { setup: checked.setup } : {})
  }
}

/** Which declared services become containers. The catalogue (and the service definitions, 70 KB to parse) is loaded only when there is something to plan. */
async function planServices(declared: readonly string[], images: Readonly<Record<string, string>>): Promise<ServicePlan> {
  if (declared.length === 0 && Object.keys(images).length === 0) return { start: [], skipped: [], unusedImages: [] }
  return (await import('../services/catalogue.js')).planServices(declared, images)
}

/**
 * report-directory, made if missing. Inside the workspace, a folder the pull request commits as a
 * link would carry the gate's writes elsewhere: then the default directory is used, and the
 * summary says why.
 */
async function ownDirectory(wanted: string, workspace: string, env: NodeJS.ProcessEnv, notes: string[]): Promise<string> {
  // Synchronous: a few calls before anything else runs, cheaper in place than through the thread pool.
  const resolved = path.resolve(wanted)
  mkdirSync(resolved, { recursive: true })
  const inside = !path.relative(workspace, resolved).startsWith('..') && !path.isAbsolute(path.relative(workspace, resolved))
  const real = realpathSync.native(resolved)
  const realWorkspace = realpathOr(workspace)
  const lexical = path.join(realWorkspace, path.relative(workspace, resolved))
  if (!inside || real === lexical) return resolved
  const fallback = defaultReportDirectory(env)
  mkdirSync(fallback, { recursive: true })
  notes.push(`Tampering: report-directory ${wanted} leads through a link in the workspace (to ${real}); the report and the log were written to ${fallback} instead.`)
  return fallback
}

function realpathOr(dir: string): string {
  try {
    return realpathSync.native(dir)
  } catch {
    return dir
  }
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return statSync(dir).isDirectory()
  } catch {
    return false
  }
}
