// run() driven through a fake runtime (src/shell/runtime.ts): the whole pipeline of stages, with
// the test process, the Docker probe and everything written for GitHub replaced, and the files
// (workspace, report directory, log) real in a temporary folder. The contract tests run the
// built dist/ the way GitHub does; these show the shell's wiring on its own.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { run } from '../../src/main.js'
import type { AnnotationLevel, Runtime } from '../../src/shell/runtime.js'
import type { DockerProbe } from '../../src/services/docker-probe.js'
import type { Checks, Target } from '../../src/corroborate/checks.js'
import type { TestRunOptions, TestRunResult } from '../../src/tests/test-runner.js'
import { tempDir } from '../harness/action.js'

const NO_DOCKER: DockerProbe = { available: false, state: 'no-binary', detail: 'no docker binary on PATH', durationMs: 1, osType: '', canRunLinuxImages: false }

interface Seen {
  outputs: Record<string, string>
  summary: string
  annotations: { level: AnnotationLevel; message: string }[]
  failed: (string | undefined)[]
  info: string[]
  commands: string[]
  closed: number
}

/** A fake test process: prints `lines` through the consumer and into the log file, exits with `exitCode`. */
function fakeTests(lines: readonly string[], outcome: Partial<TestRunResult> = {}): (o: TestRunOptions) => Promise<TestRunResult> {
  return async o => {
    writeFileSync(o.logPath, lines.map(l => `${l}\n`).join(''))
    for (const line of lines) o.onLine(line)
    return { exitCode: 0, signal: null, timedOut: false, cancelled: false, durationSeconds: 0.1, bytes: 1, lines: lines.length, tail: lines.slice(-5), ...outcome }
  }
}

/** Checks on a runner where nothing listens, nothing resolves and nothing is installed; `accepting` lists what answers. */
function fakeChecks(accepting: readonly string[] = [], asked: string[] = []): Checks {
  const key = (t: Target): string => ('path' in t ? t.path : `${t.host}:${t.port}`)
  return {
    connect: async t => {
      asked.push(`connect ${key(t)}`)
      return accepting.includes(key(t)) ? { outcome: 'accepted', detail: 'accepted a connection' } : { outcome: 'refused', detail: 'ECONNREFUSED' }
    },
    resolve: async host => {
      asked.push(`resolve ${host}`)
      return { outcome: 'not-found', detail: 'ENOTFOUND' }
    },
    module: async (ecosystem, name) => {
      asked.push(`module ${ecosystem} ${name}`)
      return accepting.includes(name) ? { outcome: 'present', detail: 'found' } : { outcome: 'absent', detail: 'not found' }
    },
    pythonDistributions: async names => names.filter(n => accepting.includes(n)),
    tool: async name => ({ outcome: 'absent', detail: `no ${name}` })
  }
}

/** `more`: inputs besides a test command and a report directory in the temporary folder. */
function fakeRuntime(more: Record<string, string>, tests: (o: TestRunOptions) => Promise<TestRunResult>, options: { cancel?: boolean; checks?: Checks; env?: Record<string, string> } = {}): { rt: Runtime; seen: Seen } {
  const dir = tempDir('coach-gate-main-')
  mkdirSync(path.join(dir, 'ws'))
  const inputs: Record<string, string> = { 'test-command': 'pytest -q', 'report-directory': path.join(dir, 'reports'), ...more }
  const seen: Seen = { outputs: {}, summary: '', annotations: [], failed: [], info: [], commands: [], closed: 0 }
  const cancel = new AbortController()
  const rt: Runtime = {
    input: name => (inputs[name] ?? '').trim(),
    env: { GITHUB_WORKSPACE: path.join(dir, 'ws'), GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'acme/widgets', GITHUB_RUN_ATTEMPT: '1', PATH: process.env.PATH, ...options.env },
    now: () => new Date('2026-12-05T12:00:00Z'),
    cancelled: cancel.signal,
    probeDocker: async () => NO_DOCKER,
    runTests: async o => {
      seen.commands.push(o.command)
      if (options.cancel) cancel.abort()
      return tests(o)
    },
    checks: options.checks ?? fakeChecks(),
    echo: new PassThrough(),
    info: line => seen.info.push(line),
    warning: line => seen.info.push(`warning: ${line}`),
    setOutput: (name, value) => (seen.outputs[name] = value),
    saveState: () => undefined,
    writeSummary: async markdown => {
      seen.summary += markdown
    },
    annotate: (level, message) => seen.annotations.push({ level, message }),
    fail: message => seen.failed.push(message),
    close: () => seen.closed++
  }
  return { rt, seen }
}

describe('run() with a fake runtime', () => {
  it('approves passing tests and writes the audit report', async () => {
    const { rt, seen } = fakeRuntime({}, fakeTests(['1 passed in 0.01s']))
    await run(rt)
    expect(seen.commands).toEqual(['pytest -q'])
    expect(seen.outputs).toMatchObject({ decision: 'approve', 'tests-passed': 'true', classification: 'none', 'approved-without-independent-tests': 'false' })
    const report = JSON.parse(readFileSync(seen.outputs['report-path'] as string, 'utf8'))
    expect(report.decision).toBe('approve')
    expect(seen.failed).toEqual([])
    expect(seen.closed).toBe(1)
  })

  it('approves conditionally a refused declared service with Docker down', async () => {
    const log = ['E   psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused', 'FAILED tests/test_db.py::test_insert - psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed', '1 failed in 0.05s']
    const { rt, seen } = fakeRuntime({ 'requires-infrastructure': 'postgresql' }, fakeTests(log, { exitCode: 1 }))
    await run(rt)
    expect(seen.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', classification: 'infrastructure', confidence: 'high', service: 'postgresql', 'docker-available': 'false' })
    expect(seen.annotations.some(a => a.level === 'warning')).toBe(true)
    expect(seen.failed).toEqual([])
  })

  const REFUSED_5432 = ['E   psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused', 'FAILED tests/test_db.py::test_insert - psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed', '1 failed in 0.05s']

  it('corroborates the refused endpoint before approving, and records the check', async () => {
    const asked: string[] = []
    const { rt, seen } = fakeRuntime({ 'requires-infrastructure': 'postgresql' }, fakeTests(REFUSED_5432, { exitCode: 1 }), { checks: fakeChecks([], asked) })
    await run(rt)
    expect(asked).toEqual(['connect 127.0.0.1:5432'])
    expect(seen.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true' })
    expect(seen.summary).toContain('checked: nothing accepts on 127.0.0.1:5432')
    const report = JSON.parse(readFileSync(seen.outputs['report-path'] as string, 'utf8'))
    expect(report.corroboration).toEqual([expect.objectContaining({ claim: expect.stringMatching(/^127\.0\.0\.1:5432 \(log line \d\)$/), check: 'connect to 127.0.0.1:5432', result: 'corroborated', time_ms: expect.any(Number) })])
  })

  it('does not approve when something accepts on the refused endpoint now', async () => {
    const { rt, seen } = fakeRuntime({ 'requires-infrastructure': 'postgresql' }, fakeTests(REFUSED_5432, { exitCode: 1 }), { checks: fakeChecks(['127.0.0.1:5432']) })
    await run(rt)
    expect(seen.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'code', confidence: 'ambiguous' })
    expect(seen.summary).toContain('something accepts on 127.0.0.1:5432 now')
  })

  it('calls a refusal on an endpoint the step did not configure code', async () => {
    const asked: string[] = []
    const { rt, seen } = fakeRuntime({ 'requires-infrastructure': 'postgresql' }, fakeTests(REFUSED_5432, { exitCode: 1 }), { checks: fakeChecks([], asked), env: { DATABASE_URL: 'postgresql://app:secret@127.0.0.1:5433/app' } })
    await run(rt)
    expect(asked).toEqual([])
    expect(seen.outputs).toMatchObject({ decision: 'feedback', classification: 'code', confidence: 'high' })
    expect(seen.summary).toContain('DATABASE\\_URL names 127.0.0.1:5433')
    expect(seen.summary).not.toContain('secret')
  })

  it('classifies a test command the shell did not find as setup, with workflow remediation', async () => {
    const { rt, seen } = fakeRuntime({ 'test-command': 'pytset -q', 'requires-infrastructure': 'postgresql' }, fakeTests(['bash: line 1: pytset: command not found'], { exitCode: 127 }))
    await run(rt)
    expect(seen.outputs).toMatchObject({ decision: 'feedback', classification: 'setup', 'approved-without-independent-tests': 'false' })
    expect(seen.summary).toContain('pytset')
    expect(seen.summary).toContain('What to change in the workflow')
  })

  it('classifies an invalid input as setup', async () => {
    const { rt, seen } = fakeRuntime({ 'test-timeout': 'soon' }, fakeTests([]))
    await run(rt)
    expect(seen.outputs).toMatchObject({ decision: 'feedback', classification: 'setup' })
  })

  it('gives feedback on a code failure and fails the step', async () => {
    const log = ['    def test_add():', '>       assert add(1, 2) == 4', 'E       assert 3 == 4', 'FAILED tests/test_math.py::test_add - assert 3 == 4', '1 failed in 0.02s']
    const { rt, seen } = fakeRuntime({}, fakeTests(log, { exitCode: 1 }))
    await run(rt)
    expect(seen.outputs).toMatchObject({ decision: 'feedback', classification: 'code', 'tests-passed': 'false', 'exit-code': '1' })
    expect(seen.failed).toEqual([undefined])
    expect(seen.summary).toContain('FEEDBACK')
  })

  it('reports a crash with every output set and the step failed, naming the bad input', async () => {
    const { rt, seen } = fakeRuntime({ 'test-timeout': '-1' }, fakeTests([]))
    await run(rt)
    expect(seen.commands).toEqual([])
    expect(seen.outputs.decision).toBe('feedback')
    expect(seen.outputs['tests-passed']).toBe('false')
    expect(seen.failed).toHaveLength(1)
    expect(seen.failed[0]).toContain('test-timeout')
    expect(readFileSync(seen.outputs['report-path'] as string, 'utf8')).toContain('test-timeout')
    expect(seen.closed).toBe(1)
  })

  it('reports an unexpected error inside a stage as a crash, not a verdict', async () => {
    const { rt, seen } = fakeRuntime({}, async () => {
      throw new Error('spawn exploded')
    })
    await run(rt)
    expect(seen.outputs.decision).toBe('feedback')
    expect(seen.failed[0]).toContain('spawn exploded')
  })

  it('a cancelled run fails the step even when fail-on-feedback is off', async () => {
    const { rt, seen } = fakeRuntime({ 'fail-on-feedback': 'false' }, fakeTests(['collected 3 items'], { exitCode: 130, cancelled: true }), { cancel: true })
    await run(rt)
    expect(seen.outputs.decision).toBe('feedback')
    expect(seen.outputs['approved-without-independent-tests']).toBe('false')
    expect(seen.failed).toEqual([undefined])
    expect(seen.summary.toLowerCase()).toContain('cancel')
  })
})
