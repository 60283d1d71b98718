// Faults through the built action: a hung Docker CLI, tests that outlive test-timeout with
// grandchildren and escaped background jobs, a cancelled job, and a failing GitHub API.
import { execFileSync } from 'node:child_process'
import { randomInt } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pullRequestPayload, runAction } from '../harness/action.js'
import { startApiServer, type ApiServer } from '../harness/api-server.js'

const PG_REFUSED = 'psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused'
const TASK = ['---', 'id: TASK-9', 'requires_infrastructure: [postgresql]', '---'].join('\n')

/** Processes still running whose command line contains the marker (ours only: unique numbers). */
function survivors(marker: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
  return out.split('\n').filter(line => line.includes(marker) && !line.includes('ps -eo') && !doomed(Number(line.trim().split(' ')[0])))
}

/**
 * A process the action sent SIGKILL that has not acted on it yet: on a loaded machine a process
 * in uninterruptible sleep (a fork's page faults) holds the signal pending for a while. Read from
 * the kernel, so no wait and no timing: the signal is there, or it is not.
 */
function doomed(pid: number): boolean {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    if (/^State:\s+[ZX]/m.test(status)) return true
    const pending = [...status.matchAll(/^(?:SigPnd|ShdPnd):\s+([0-9a-f]+)$/gm)].map(m => BigInt(`0x${m[1]}`))
    return pending.some(mask => (mask & (1n << 8n)) !== 0n)
  } catch {
    return true // gone since ps listed it
  }
}

/** Sleeps with durations no other process on the machine is likely to use. */
function sleepers(): { marker: string; sleep: (i: number) => string } {
  const base = randomInt(100_000, 900_000)
  return { marker: `sleep ${base}`, sleep: i => `sleep ${base}${i}` }
}

describe('test-timeout', () => {
  it('ends the whole process tree, grandchildren, background and setsid jobs included, and says so', async () => {
    const { marker, sleep } = sleepers()
    const command = [
      `${sleep(1)} &`,
      `bash -c '${sleep(2)}; echo never' &`,
      `setsid ${sleep(3)} > /dev/null 2>&1 &`,
      `( trap '' TERM; ${sleep(4)} ) &`,
      'echo started',
      sleep(5)
    ].join('\n')
    const run = await runAction({ inputs: { 'test-command': command, 'test-timeout': '0.02' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'exit-code': '124', 'tests-passed': 'false', summary: 'FEEDBACK: tests timed out' })
    expect(run.summary).toContain('ran past test-timeout (0.02 min) and their whole process tree was stopped')
    expect(run.summary).toContain('124 (timed out)')
    expect(run.report?.validation_results.independent_tests).toMatchObject({ timed_out: true, exit_code: 124 })
    expect(run.report?.issues[0]).toMatchObject({ category: 'timeout' })
    expect(survivors(marker)).toEqual([])
  })

  it('ends background jobs the tests leave behind when they finish normally', async () => {
    const { marker, sleep } = sleepers()
    const run = await runAction({ inputs: { 'test-command': `setsid ${sleep(1)} > /dev/null 2>&1 &\n${sleep(2)} > /dev/null 2>&1 &\necho done` } })
    expect(run.outputs.decision).toBe('approve')
    expect(survivors(marker)).toEqual([])
  })
})

describe('a cancelled job', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s ends the tests, writes the summary and the report marked cancelled, and exits', async signal => {
    const { marker, sleep } = sleepers()
    const run = await runAction({ inputs: { 'test-command': `${sleep(1)} &\necho started\n${sleep(2)}`, 'fail-on-feedback': 'false' }, signalAfter: { signal, ms: 1500 } })
    expect(run.signal).toBeNull()
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', summary: 'FEEDBACK: run cancelled' })
    expect(run.summary).toMatch(/^## ❌ FEEDBACK: run cancelled/)
    expect(run.summary).toContain('(cancelled)')
    expect(run.report).toMatchObject({ cancelled: true, decision: 'feedback', validation_results: { independent_tests: { cancelled: true, tests_passed: false } } })
    expect(run.report?.issues[0]).toMatchObject({ category: 'cancelled' })
    expect(survivors(marker)).toEqual([])
  })

  it('is reported as cancelled when the signal comes before the tests start (during a hung Docker probe)', async () => {
    // Sent once the action says which task it read: its signal handlers are in place by then,
    // whatever the machine's load (a fixed delay raced Node's start-up).
    const run = await runAction({ inputs: { 'test-command': 'echo should-not-matter; sleep 30', 'docker-probe-timeout': '3' }, docker: 'hang', signalOn: { signal: 'SIGTERM', text: 'coach-gate: task ' } })
    expect(run.exitCode).toBe(1)
    expect(run.report).toMatchObject({ cancelled: true, docker: { state: 'timed-out' } })
    expect(run.outputs.summary).toBe('FEEDBACK: run cancelled')
  })
})

describe('a failing GitHub API', () => {
  let api: ApiServer
  beforeAll(async () => {
    api = await startApiServer({ 40: { body: TASK, files: [] }, 41: { body: 'no task here', files: [{ filename: 'tasks/t.md' }] } })
  })
  afterAll(() => api.close())
  const infraRun = (number: number, body: string | null) =>
    runAction({
      inputs: { 'test-command': `echo '${PG_REFUSED}'; exit 1` },
      files: { 'tasks/t.md': TASK },
      event: { name: 'pull_request', payload: pullRequestPayload({ number, body }) },
      apiUrl: api.url
    })
  const calls = (path: string): number => api.requests.filter(r => r.path.split('?')[0] === path).length

  it.each([
    ['5xx', 502, {}],
    ['429 with Retry-After', 429, { 'retry-after': '1' }],
    ['403 rate limit', 403, { 'x-ratelimit-remaining': '0' }]
  ])('retries a %s and then reads the live body', async (_name, status, headers) => {
    const before = calls('/repos/octo-org/widgets/pulls/40')
    api.failNext(2, status, headers)
    const run = await infraRun(40, null)
    expect(calls('/repos/octo-org/widgets/pulls/40') - before).toBe(3)
    expect(run.outputs).toMatchObject({ 'task-id': 'TASK-9', decision: 'approve', 'approved-without-independent-tests': 'true' })
  })

  it('gives up after 3 attempts, reports it, and still decides from the event payload', async () => {
    const before = api.requests.length
    api.failNext(100, 503)
    const run = await infraRun(40, TASK)
    api.failNext(0, 200)
    expect(api.requests.length - before).toBe(3)
    expect(run.summary).toContain('Could not read pull request #40 live (GitHub API answered 503 after 3 attempts')
    expect(run.outputs).toMatchObject({ 'task-id': 'TASK-9', decision: 'approve', 'approved-without-independent-tests': 'true' })
  })

  it('does not retry a 404, and decides with nothing declared when the files cannot be listed', async () => {
    const before = api.requests.length
    api.failNext(100, 404)
    const run = await infraRun(41, 'no task here')
    api.failNext(0, 200)
    // One try for the body, one for the files: a 404 is not transient.
    expect(api.requests.length - before).toBe(2)
    expect(run.summary).toContain('Could not list the files of pull request #41')
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'requires-infrastructure': '[]', classification: 'infrastructure' })
  })
})
