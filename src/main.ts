// The imperative shell: reads the world, calls the pure steps in SPEC.md's order, writes
// the results. Nothing clever happens here; every decision lives in its own module.
import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { LogClassifier, PASSED_VERDICT } from './classify/classifier.js'
import { decide } from './decision.js'
import { probeDocker } from './docker-probe.js'
import { readEvent } from './event.js'
import { pullRequestSource } from './github-api.js'
import { buildOutputs, buildReport, reportFileName } from './report.js'
import type { RunRecord } from './run-record.js'
import { InputError, readSettings, type Settings } from './settings.js'
import { renderSummary } from './summary.js'
import { decideServiceFailure } from './services/outcome.js'
import { withServices } from './services/provide.js'
import { resolveTask } from './task.js'
import { runTests, sanitisedEnv } from './test-runner.js'

export async function run(): Promise<void> {
  try {
    const settings = readSettings(name => core.getInput(name), process.env)
    const record = await gate(settings)
    await publish(record, settings)
  } catch (error) {
    await reportCrash(error)
  }
}

async function gate(settings: Settings): Promise<RunRecord> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const turn = Number.parseInt(process.env.GITHUB_RUN_ATTEMPT ?? '', 10) || 1
  await mkdir(settings.reportDirectory, { recursive: true })
  const reportPath = path.resolve(settings.reportDirectory, reportFileName(turn))
  const logPath = path.resolve(settings.reportDirectory, `test_output_${turn}.log`)
  const event = readEvent(process.env)

  // Steps 2 and 3 do not depend on each other: probe Docker while the task is read.
  const [docker, task] = await Promise.all([
    probeDocker(settings.dockerProbeTimeoutSeconds),
    resolveTask({
      requiresInfrastructure: settings.requiresInfrastructure,
      taskFile: settings.taskFile,
      taskGlob: settings.taskGlob,
      workspace,
      pullRequest: event.pullRequest ? pullRequestSource(event.pullRequest, settings.githubToken) : undefined
    })
  ])
  core.info(`coach-gate: Docker ${docker.available ? 'available' : `unavailable (${docker.state})`}; task ${task.taskId || '(none)'} from ${task.source}; declared: ${JSON.stringify(task.requiresInfrastructure)}`)

  const notes: string[] = []
  const cwd = path.resolve(workspace, settings.workingDirectory)
  const cancel = new AbortController()
  const onSignal = (): void => cancel.abort()
  // `on`, not `once`: a second signal during clean-up must not kill the action before the containers are gone.
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  const classifier = new LogClassifier()
  const provided = await withServices({
    declared: task.requiresInfrastructure,
    dockerAvailable: docker.available,
    startServices: settings.startServices,
    serviceImages: settings.serviceImages,
    serviceTimeoutSeconds: settings.serviceTimeoutSeconds,
    env: process.env,
    signal: cancel.signal,
    log: line => core.info(line),
    remember: identity => {
      core.saveState('run', identity.run)
      core.saveState('invocation', identity.invocation)
    }
  }, async serviceEnv => {
    core.info(`coach-gate: running tests in ${cwd}: ${settings.testCommand}`)
    return runTests({
      command: settings.testCommand,
      cwd,
      env: sanitisedEnv(process.env, serviceEnv),
      logPath,
      timeoutMs: settings.testTimeoutMinutes * 60_000,
      onLine: line => classifier.push(line),
      echo: process.stdout,
      signal: cancel.signal
    })
  }).finally(() => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  })
  const services = provided.record
  const result = provided.result
  if (result === undefined) {
    const { verdict, decision } = decideServiceFailure(services.failures, task.requiresInfrastructure, settings.gates)
    await writeFile(logPath, '')
    const notRun = `not run: ${verdict.explanation}`
    return {
      turn, docker, task, gates: settings.gates, verdict, decision, reportPath, logPath, notes, services,
      tests: { command: settings.testCommand, workingDirectory: settings.workingDirectory, passed: false, exitCode: -1, timedOut: false, cancelled: cancel.signal.aborted, durationSeconds: 0, bytes: 0, lines: 0, tail: [], notRun }
    }
  }
  if (result.cancelled) notes.push('The job was cancelled while the tests ran; the tests were stopped.')
  if (result.timedOut) notes.push(`The tests ran past test-timeout (${settings.testTimeoutMinutes} min) and their whole process tree was stopped.`)

  const passed = result.exitCode === 0 && !result.timedOut && !result.cancelled
  const verdict = passed ? PASSED_VERDICT : classifier.result()
  const decision = decide({
    testsPassed: passed,
    timedOut: result.timedOut || result.cancelled,
    verdict,
    declared: task.requiresInfrastructure,
    dockerAvailable: docker.available,
    gates: settings.gates
  })
  return {
    turn, docker, task, gates: settings.gates, verdict, decision, reportPath, logPath, notes, services,
    tests: { command: settings.testCommand, workingDirectory: settings.workingDirectory, passed, ...result }
  }
}

async function publish(record: RunRecord, settings: Settings): Promise<void> {
  const { decision, verdict } = record
  await writeFile(record.reportPath, `${JSON.stringify(buildReport(record, new Date()), null, 2)}\n`)
  for (const [name, value] of Object.entries(buildOutputs(record))) core.setOutput(name, value)
  await core.summary.addRaw(renderSummary(record)).write()

  if (decision.approvedWithoutIndependentTests) {
    core.warning(`WARNING: ${decision.headline}. ${decision.rationale.join(' ')}`, { title: 'coach-gate approved without independent tests' })
  } else if (decision.decision === 'feedback') {
    core.error(`${decision.headline}. ${decision.rationale[0] ?? ''}`, { title: 'coach-gate' })
    for (const e of verdict.evidence.filter(e => e.kind === verdict.classification).slice(0, 5)) {
      core.error(`log line ${e.line}: ${e.text}`, { title: `coach-gate evidence ${e.ruleId}` })
    }
  }
  core.info(`coach-gate: ${decision.headline}`)
  if (decision.decision === 'feedback' && settings.failOnFeedback) core.setFailed(decision.headline)
}

/** Bad input or an unexpected error: still set the outputs and say what went wrong. */
async function reportCrash(error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error)
  const headline = error instanceof InputError ? 'FEEDBACK: invalid input' : 'FEEDBACK: coach-gate failed'
  core.setOutput('decision', 'feedback')
  core.setOutput('approved-without-independent-tests', 'false')
  core.setOutput('summary', headline)
  try {
    await core.summary.addRaw(`## ❌ ${headline}\n\n<pre>${message.replace(/[&<>]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string)}</pre>\n`).write()
  } catch {
    // no summary file outside Actions
  }
  core.setFailed(message)
}
