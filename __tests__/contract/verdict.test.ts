// The cases the verdict core was rebuilt for (issue "The verdict core, rebuilt on structure"),
// through the built action under Node 24: each runner's output replayed as the test command's
// own output (__fixtures__/verdict/README.md), a task that declares the service, no Docker.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAction } from '../harness/action.js'

const FIXTURES = path.resolve(__dirname, '../../__fixtures__/verdict')

function task(services: readonly string[]): string {
  return ['---', 'id: T-verdict', 'requires_infrastructure:', ...services.map(s => `  - ${s}`), '---', '', 'A task that needs its services.'].join('\n')
}

/** Runs the gate on a replayed log, with `declared` in the task file and no Docker daemon. */
async function gateOn(log: string, declared: readonly string[], env?: Record<string, string>) {
  return runAction({
    inputs: { 'test-command': 'cat output.log; exit 1', 'task-file': 'tasks/task.md' },
    files: { 'output.log': readFileSync(path.join(FIXTURES, log), 'utf8'), 'tasks/task.md': task(declared) },
    docker: 'no-daemon',
    ...(env ? { env } : {})
  })
}

/**
 * A step's PATH whose python3 finds no package at all: the gate asks the project's toolchain whether a
 * module the log says is missing really is (SPEC, corroboration), and the machine's own Python may have it.
 */
function pythonWithoutPackages(): Record<string, string> {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'coach-gate-python-'))
  writeFileSync(path.join(bin, 'python3'), '#!/bin/sh\necho absent\n')
  chmodSync(path.join(bin, 'python3'), 0o755)
  return { PATH: [bin, '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].join(':') }
}

describe('the verdict core, under Node 24', () => {
  it('go test -v: a passing table test’s `got X, want Y` lines never count; one assertion makes the run code beside a refusal', async () => {
    const run = await gateOn('go-v-passing-table-logs-assertion-and-refusal.log', ['postgresql'])
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'code', confidence: 'high', summary: 'FEEDBACK: code failure' })
    const failing = run.report?.issues[0].failing_tests.map((t: { name: string; classification: string }) => [t.name, t.classification])
    expect(failing).toEqual([['TestAdd', 'code'], ['TestStore', 'infrastructure']])
    const failingSection = run.summary.slice(run.summary.indexOf('### Failing tests'))
    expect(failingSection.split('\n').slice(0, 6).join('\n')).toMatch(/### Failing tests \(2\)/)
    expect(run.report?.issues[0].evidence.map((e: { text: string }) => e.text).join('\n')).not.toContain('got 1, want 1')
  })

  it('a script: a refusal it went on past explains nothing; the golden-file diff that ended it decides', async () => {
    const run = await gateOn('script-continuing-refusal-then-diff.log', ['redis'])
    expect(run.outputs).toMatchObject({ decision: 'feedback', classification: 'code', rule: 'code.diff' })
  })

  it('mocha: a passing test’s console output never counts; the one failing test was refused, so it approves conditionally', async () => {
    const run = await gateOn('mocha-passing-console-assertion-and-refusal.log', ['postgresql'])
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', classification: 'infrastructure', confidence: 'high', service: 'postgresql', summary: 'APPROVED (infra-dependent, independent tests skipped)' })
  })

  it('the floor: a bare ConnectionRefusedError with PostgreSQL declared approves conditionally, and says the log named no service', async () => {
    const run = await gateOn('pytest-bare-connection-refused.log', ['postgresql'])
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', classification: 'infrastructure', confidence: 'high', service: '' })
    expect(run.summary).toContain('the log named no service')
    expect(run.stdout).toMatch(/::warning[^\n]*APPROVED \(infra-dependent/)
  })

  it('the floor: a missing SQLAlchemy names the SQL family, which the declared PostgreSQL satisfies', async () => {
    const run = await gateOn('pytest-missing-sqlalchemy.log', ['postgres'], pythonWithoutPackages())
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', classification: 'infrastructure', confidence: 'high', service: 'sql' })
  })

  it('a service the log names that the task did not declare is feedback', async () => {
    const run = await gateOn('pytest-redis-refused.log', ['postgresql'])
    expect(run.outputs).toMatchObject({ decision: 'feedback', classification: 'infrastructure', confidence: 'high', service: 'redis', summary: 'FEEDBACK: infrastructure failure (redis)' })
    expect(run.summary).toContain('not among the task')
  })
})
