// The audit report: one JSON file a run, the trail an auditor reads. It holds no secrets:
// nothing from the environment, only what the run observed and decided.
import { OUTPUTS, type OutputName } from '../common/names.js'
import { attemptName } from '../decide/repeats.js'
import type { RunRecord } from './run-record.js'
import { servicesOutput, servicesReport } from '../services/outcome.js'
import { HIDDEN_CHARACTERS } from '../common/text.js'
import { baseComparisonOutputs, baseComparisonReport } from './base-comparison.js'

export const SCHEMA_VERSION = '1.0'

export function reportFileName(turn: number): string {
  return `coach_turn_${turn}.json`
}

export function buildReport(run: RunRecord, generatedAt: Date): Record<string, unknown> {
  const { verdict, decision, tests, task } = run
  const failureIssue = tests.passed
    ? []
    : [{
        severity: decision.approvedWithoutIndependentTests ? 'warning' : 'error',
        category: tests.cancelled ? 'cancelled' : tests.timedOut ? 'timeout' : verdict.classification === 'infrastructure' || verdict.classification === 'setup' ? verdict.classification : 'code',
        description: verdict.explanation,
        failure_classification: verdict.classification,
        failure_confidence: verdict.confidence,
        service: verdict.services.join(','),
        rule: verdict.ruleId,
        evidence: verdict.evidence.map(e => ({ line: e.line, rule: e.ruleId, kind: e.kind, confidence: e.confidence, service: e.service, text: e.text, ...(e.note ? { note: e.note } : {}), ...(e.test ? { test: e.test } : {}) })),
        failing_tests: verdict.tests.map((t, i) => ({
          name: t.name, runner: t.runner, line: t.line, classification: t.classification, confidence: t.confidence, services: t.services, rule: t.ruleId,
          ...(t.evidence ? { evidence: { line: t.evidence.line, text: t.evidence.text } } : {}),
          ...(run.locations?.[i] ? { location: run.locations[i] } : {})
        }))
      }]
  const gateIssues = run.gates.filter(g => !g.passed).map(g => ({
    severity: 'error', category: 'quality-gate', description: `Quality gate ${g.name} ended ${g.outcome}`,
    failure_classification: 'n/a', failure_confidence: 'n/a', service: '', rule: '', evidence: []
  }))
  const repeatNotes = (run.repeats?.problems ?? []).map(p => `Earlier report not counted: ${p}`)
  const noteIssues = [...task.notes, ...run.notes, ...repeatNotes].map(note => ({
    severity: 'info', category: 'note', description: note, failure_classification: 'n/a', failure_confidence: 'n/a', service: '', rule: '', evidence: []
  }))
  return {
    schema_version: SCHEMA_VERSION,
    generated_at: generatedAt.toISOString(),
    task_id: task.taskId,
    shard: run.shard ?? '',
    turn: run.turn,
    run_id: run.runId ?? '',
    commit: run.commit ?? '',
    decision: decision.decision,
    summary: decision.headline,
    failure_signature: run.failureSignature ?? '',
    repeat_count: run.repeats?.count ?? 0,
    ...(run.repeats?.previous ? { repeat_of: { run_id: run.repeats.previous.runId, turn: run.repeats.previous.turn, name: attemptName(run.repeats.previous, run.runId ?? ''), report: run.repeats.previous.file } } : {}),
    flaky: isFlaky(run),
    attempts: (run.attempts ?? []).map(a => ({
      attempt: a.attempt, tests_passed: a.passed, exit_code: a.exitCode, timed_out: a.timedOut, cancelled: a.cancelled, duration_seconds: Math.round(a.durationSeconds * 1000) / 1000,
      classification: a.classification, failure_signature: a.signature, failing_tests: a.failingTests, log_path: a.logPath
    })),
    ...(run.retryRefused !== undefined ? { not_retried: run.retryRefused } : {}),
    cancelled: tests.cancelled,
    approved_without_independent_tests: decision.approvedWithoutIndependentTests,
    docker_available: run.docker.available,
    docker: {
      state: run.docker.state,
      detail: run.docker.detail,
      os_type: run.docker.osType,
      can_run_linux_images: run.docker.canRunLinuxImages,
      ...(run.docker.fix === undefined ? {} : { fix: run.docker.fix }),
      // What the decision used: false also when Docker answered but cannot run the service images.
      can_provide_services: run.serviceHost.canProvide,
      ...(run.serviceHost.reason !== undefined ? { services_reason: run.serviceHost.reason } : {})
    },
    requires_infrastructure: task.requiresInfrastructure,
    task: {
      source: task.source,
      declared_by: task.declaredBy,
      tasks: task.tasks.map(t => ({ origin: t.origin, id: t.id, requires_infrastructure: t.requiresInfrastructure, ...(t.error ? { error: t.error } : {}) }))
    },
    validation_results: {
      quality_gates: { gates: run.gates.map(g => ({ name: g.name, outcome: g.outcome, passed: g.passed })), all_gates_passed: run.gates.every(g => g.passed) },
      independent_tests: {
        tests_passed: tests.passed,
        test_command: tests.command,
        working_directory: tests.workingDirectory,
        exit_code: tests.notRun ? null : tests.exitCode,
        ...(tests.notRun ? { not_run: tests.notRun } : {}),
        timed_out: tests.timedOut,
        cancelled: tests.cancelled,
        duration_seconds: Math.round(tests.durationSeconds * 1000) / 1000,
        output_bytes: tests.bytes,
        output_lines: tests.lines,
        log_path: run.logPath,
        test_output_summary: tests.tail.slice(-20).join('\n'),
        totals: run.totals ? { passed: run.totals.passed ?? null, failed: run.totals.failed ?? null, skipped: run.totals.skipped ?? null, source: run.totals.source } : null
      }
    },
    services: servicesReport(run.services),
    classification: {
      classification: verdict.classification,
      confidence: verdict.confidence,
      services: verdict.services,
      rule: verdict.ruleId,
      counts: verdict.counts,
      failing_tests: verdict.failingTests
    },
    // Each claim of an infrastructure verdict, checked on the runner (src/corroborate): what, how, what came of it, how long.
    corroboration: (run.corroboration?.checks ?? []).map(c => ({ claim: c.claim, check: c.check, result: c.result, reason: c.reason, time_ms: c.timeMs })),
    ...(run.corroboration ? { corroboration_outcome: run.corroboration.outcome } : {}),
    ...(run.setup ? { setup: { rule: run.setup.ruleId, title: run.setup.title, explanation: run.setup.explanation } } : {}),
    ...(run.baseComparison ? { base_comparison: baseComparisonReport(run.baseComparison) } : {}),
    issues: [...gateIssues, ...failureIssue, ...noteIssues],
    rationale: decision.rationale.join(' '),
    remediation: decision.remediation
  }
}

/** The tests failed at first and passed on a retry. */
export function isFlaky(run: Pick<RunRecord, 'attempts' | 'tests'>): boolean {
  const attempts = run.attempts ?? []
  return run.tests.passed && attempts.length > 1 && attempts[0]?.passed === false
}

/** The report of a run that could not gate at all (bad input, an internal error): still a trail. */
export function buildCrashReport(turn: number, category: 'input' | 'internal', message: string, generatedAt: Date, shard = ''): Record<string, unknown> {
  return {
    schema_version: SCHEMA_VERSION,
    generated_at: generatedAt.toISOString(),
    task_id: '',
    shard,
    turn,
    decision: 'feedback',
    summary: category === 'input' ? 'FEEDBACK: invalid input' : 'FEEDBACK: coach-gate failed',
    failure_signature: '',
    repeat_count: 0,
    flaky: false,
    approved_without_independent_tests: false,
    docker_available: false,
    requires_infrastructure: [],
    validation_results: {
      quality_gates: { gates: [], all_gates_passed: false },
      independent_tests: { tests_passed: false, test_command: '', exit_code: null, duration_seconds: 0, test_output_summary: 'not run: the gate stopped before the tests' }
    },
    corroboration: [],
    // An invalid input is the workflow's: `setup`, like a test command that is not there.
    issues: [{ severity: 'error', category, description: message, failure_classification: category === 'input' ? 'setup' : 'n/a', failure_confidence: category === 'input' ? 'high' : 'n/a', service: '', rule: category === 'input' ? 'setup.invalid-input' : '', evidence: [] }],
    rationale: category === 'input' ? 'The inputs were invalid, so the tests were not run.' : 'coach-gate failed before it could decide, so nothing is approved.',
    remediation: category === 'input' ? ['Fix the input in the workflow file (the message above names it).'] : []
  }
}

/** The outputs of a run that could not gate at all: every output named, nothing passed. */
export function crashOutputs(headline: string, category: 'input' | 'internal' = 'internal'): Record<OutputName, string> {
  // An invalid input is a setup failure (the workflow's); an internal error classifies nothing.
  const setup = category === 'input'
  return {
    [OUTPUTS.decision]: 'feedback', [OUTPUTS.approvedWithoutIndependentTests]: 'false', [OUTPUTS.testsPassed]: 'false', [OUTPUTS.exitCode]: '',
    [OUTPUTS.classification]: setup ? 'setup' : 'none', [OUTPUTS.confidence]: setup ? 'high' : 'n/a', [OUTPUTS.service]: '', [OUTPUTS.rule]: setup ? 'setup.invalid-input' : 'none', [OUTPUTS.dockerAvailable]: 'false',
    [OUTPUTS.requiresInfrastructure]: '[]', [OUTPUTS.taskId]: '', [OUTPUTS.summary]: headline, [OUTPUTS.reportPath]: '', [OUTPUTS.logPath]: '',
    [OUTPUTS.services]: '[]', [OUTPUTS.failureSignature]: '', [OUTPUTS.repeatCount]: '0', [OUTPUTS.flaky]: 'false',
    ...baseComparisonOutputs(undefined),
    [OUTPUTS.passedCount]: '', [OUTPUTS.failedCount]: '', [OUTPUTS.skippedCount]: ''
  }
}

/** The step's outputs, all strings, exactly as docs/design.md names them. */
export function buildOutputs(run: RunRecord): Record<OutputName, string> {
  return {
    [OUTPUTS.decision]: run.decision.decision,
    [OUTPUTS.approvedWithoutIndependentTests]: String(run.decision.approvedWithoutIndependentTests),
    [OUTPUTS.testsPassed]: String(run.tests.passed),
    [OUTPUTS.exitCode]: run.tests.notRun ? '' : String(run.tests.exitCode),
    [OUTPUTS.classification]: run.verdict.classification,
    [OUTPUTS.confidence]: run.verdict.confidence,
    [OUTPUTS.service]: run.verdict.services.join(','),
    [OUTPUTS.rule]: run.verdict.ruleId,
    [OUTPUTS.dockerAvailable]: String(run.docker.available),
    [OUTPUTS.requiresInfrastructure]: JSON.stringify(run.task.requiresInfrastructure),
    [OUTPUTS.taskId]: run.task.taskId,
    [OUTPUTS.summary]: run.decision.headline,
    [OUTPUTS.reportPath]: run.reportPath,
    [OUTPUTS.logPath]: run.logPath,
    [OUTPUTS.services]: servicesOutput(run.services),
    [OUTPUTS.failureSignature]: run.failureSignature ?? '',
    [OUTPUTS.repeatCount]: String(run.repeats?.count ?? 0),
    [OUTPUTS.flaky]: String(isFlaky(run)),
    ...baseComparisonOutputs(run.baseComparison),
    [OUTPUTS.passedCount]: countText(run.totals?.passed),
    [OUTPUTS.failedCount]: countText(run.totals?.failed),
    [OUTPUTS.skippedCount]: countText(run.totals?.skipped)
  }
}

const countText = (n: number | undefined): string => (n === undefined ? '' : String(n))

/**
 * The report as JSON text. Strings keep every character, but the invisible and
 * direction-changing ones are written as \u escapes: the file parses to the same data and an
 * auditor reading it sees them instead of being misled by them.
 */
export function reportJson(report: Record<string, unknown>): string {
  const escape = (hidden: string): string => Array.from({ length: hidden.length }, (_, i) => `\\u${hidden.charCodeAt(i).toString(16).padStart(4, '0')}`).join('')
  return `${JSON.stringify(report, null, 2).replace(HIDDEN_CHARACTERS, escape)}\n`
}
