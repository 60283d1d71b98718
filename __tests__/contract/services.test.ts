// The primary path against the real Docker engine: the built action starts the declared
// services as containers, waits until they answer, runs the tests against them and removes
// them. Needs `scripts/docker/engine.sh ensure` and `scripts/docker/build-images.sh` first;
// without them these tests fail (they never skip).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exampleFiles, runAction, runPost } from '../harness/action.js'

const PG = 'coach-gate-local/postgres:15'
const REDIS = 'coach-gate-local/redis:7'
const NEVER_READY = 'coach-gate-local/never-ready:1'
const MARIADB = 'coach-gate-local/mariadb:10'
const LOCAL_IMAGES = `postgresql=${PG}\nredis=${REDIS}`

const example = exampleFiles

/** A run id no other test (or helper) shares, so the label filter sees only this run's containers. */
function uniqueRun(): { GITHUB_RUN_ID: string; GITHUB_RUN_ATTEMPT: string; label: string } {
  const id = `test${randomBytes(4).toString('hex')}`
  return { GITHUB_RUN_ID: id, GITHUB_RUN_ATTEMPT: '1', label: `coach-gate.run=${id}-1` }
}

function containersLabelled(label: string): string[] {
  return execFileSync('docker', ['ps', '--all', '--quiet', '--filter', `label=${label}`], { encoding: 'utf8' }).split('\n').filter(Boolean)
}

/** Still running: in /proc and not a zombie (an ended orphan waits there until PID 1 reaps it). */
function running(pid: number): boolean {
  const stat = `/proc/${pid}/stat`
  if (!existsSync(stat)) return false
  const state = readFileSync(stat, 'utf8').replace(/^.*\) /s, '')[0]
  return state !== 'Z' && state !== 'X'
}

beforeAll(() => {
  try {
    execFileSync('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'pipe', timeout: 15_000 })
  } catch (error) {
    throw new Error(`These tests need the real Docker engine and it is not reachable (${(error as Error).message.split('\n')[0]}). Run scripts/docker/engine.sh ensure first.`)
  }
  const missing = [PG, REDIS, NEVER_READY, MARIADB].filter(image => {
    try {
      execFileSync('docker', ['image', 'inspect', image], { stdio: 'pipe' })
      return false
    } catch {
      return true
    }
  })
  if (missing.length > 0) throw new Error(`Local service images missing: ${missing.join(', ')}. Run scripts/docker/build-images.sh first.`)
})

describe('services as real containers', () => {
  it('starts PostgreSQL and Redis, runs the tests against them, approves, and removes the containers', async () => {
    const run = uniqueRun()
    const result = await runAction({
      docker: 'real',
      env: { GITHUB_RUN_ID: run.GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT: run.GITHUB_RUN_ATTEMPT },
      files: example('with-services'),
      // frobnicator: a service the gate does not know is reported, not started.
      inputs: { 'test-command': 'node --test', 'task-file': 'tasks/visit-counter.md', 'requires-infrastructure': 'postgres\nredis\nfrobnicator', 'service-images': LOCAL_IMAGES }
    })
    expect(result.stdout).toContain('# pass 2')
    expect(result.outputs).toMatchObject({ decision: 'approve', 'tests-passed': 'true', 'docker-available': 'true', 'approved-without-independent-tests': 'false', 'task-id': 'TASK-7-visit-counter' })
    expect(result.exitCode).toBe(0)
    const services = JSON.parse(result.outputs.services ?? '[]') as { service: string; image: string; host: string; port: number; url: string }[]
    expect(services.map(s => [s.service, s.image, s.host])).toEqual([['postgresql', PG, '127.0.0.1'], ['redis', REDIS, '127.0.0.1']])
    for (const s of services) expect(s.port).toBeGreaterThan(0)
    expect(services[0]?.url).toBe(`postgresql://test:test@127.0.0.1:${services[0]?.port}/test`)
    expect(services[1]?.url).toBe(`redis://127.0.0.1:${services[1]?.port}`)
    // Docker picked the ports: not the services' well-known ones.
    expect(services.map(s => s.port)).not.toContain(5432)
    expect(result.summary).toContain('### Services')
    expect(result.summary).toMatch(/frobnicator: unknown service: coach-gate does not know it, so it was not started/)
    expect(result.summary).toContain('Clean-up: 2 containers removed')
    expect(result.report?.services).toMatchObject({ mode: 'started', failures: [], cleanup_problem: null })
    expect(result.report?.services.started[0].url).toBe(`postgresql://test:***@127.0.0.1:${services[0]?.port}/test`)
    expect(JSON.stringify(result.report)).not.toContain('test:test@')
    expect(containersLabelled(run.label)).toEqual([])
  })

  it('starts MariaDB and recognises its real MySQL handshake', async () => {
    const run = uniqueRun()
    const result = await runAction({
      docker: 'real',
      env: { GITHUB_RUN_ID: run.GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT: run.GITHUB_RUN_ATTEMPT },
      inputs: { 'test-command': 'echo "got MYSQL_URL=$MYSQL_URL DATABASE_URL=$DATABASE_URL"', 'requires-infrastructure': 'mariadb', 'service-images': `mariadb=${MARIADB}` }
    })
    expect(result.outputs).toMatchObject({ decision: 'approve', 'tests-passed': 'true' })
    expect(result.stdout).toMatch(/mariadb accepts clients \(MySQL handshake, server [\d.-]+MariaDB/)
    expect(result.stdout).toMatch(/got MYSQL_URL=mysql:\/\/test:test@127\.0\.0\.1:(\d+)\/test DATABASE_URL=mysql:\/\/test:test@127\.0\.0\.1:\1\/test/)
    expect(containersLabelled(run.label)).toEqual([])
  })

  it('ends with infrastructure feedback when a service never becomes ready, within service-timeout, leaving no container', async () => {
    const run = uniqueRun()
    const result = await runAction({
      docker: 'real',
      env: { GITHUB_RUN_ID: run.GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT: run.GITHUB_RUN_ATTEMPT },
      files: example('with-services'),
      inputs: { 'test-command': 'echo TESTS-RAN; node --test', 'task-file': 'tasks/visit-counter.md', 'service-images': `postgresql=${NEVER_READY}\nredis=${REDIS}`, 'service-timeout': '3' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).not.toContain('TESTS-RAN')
    expect(result.outputs).toMatchObject({ decision: 'feedback', classification: 'infrastructure', confidence: 'high', service: 'postgresql', 'tests-passed': 'false', 'exit-code': '', summary: 'FEEDBACK: infrastructure failure (postgresql)' })
    expect(result.summary).toMatch(/postgresql did not accept clients within 3 s/)
    expect(result.summary).toContain('Raise service-timeout')
    expect(result.report?.services.failures[0]).toMatchObject({ service: 'postgresql', image: NEVER_READY, stage: 'readiness' })
    expect(result.report?.validation_results.independent_tests).toMatchObject({ tests_passed: false, exit_code: null })
    expect(containersLabelled(run.label)).toEqual([])
  })

  it('shows the container’s last log lines when the service does not answer its protocol', async () => {
    const run = uniqueRun()
    // A Redis server where PostgreSQL is expected: it runs and logs, but never answers a startup packet.
    const result = await runAction({
      docker: 'real',
      env: { GITHUB_RUN_ID: run.GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT: run.GITHUB_RUN_ATTEMPT },
      files: example('with-services'),
      inputs: { 'test-command': 'node --test', 'requires-infrastructure': 'postgresql', 'service-images': `postgresql=${REDIS}`, 'service-timeout': '3' }
    })
    expect(result.outputs).toMatchObject({ decision: 'feedback', classification: 'infrastructure', service: 'postgresql' })
    expect(result.summary).toMatch(/postgresql: last \d+ log lines of the container/)
    expect(result.summary).toContain('Ready to accept connections')
    expect(containersLabelled(run.label)).toEqual([])
  })

  it('reports an image that cannot be pulled, with the reason', async () => {
    const run = uniqueRun()
    const result = await runAction({
      docker: 'real',
      env: { GITHUB_RUN_ID: run.GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT: run.GITHUB_RUN_ATTEMPT },
      files: example('with-services'),
      inputs: { 'test-command': 'node --test', 'requires-infrastructure': 'redis', 'service-images': 'redis=coach-gate-local/no-such-image:0' }
    })
    expect(result.outputs).toMatchObject({ decision: 'feedback', classification: 'infrastructure', service: 'redis' })
    expect(result.report?.services.failures[0]).toMatchObject({ service: 'redis', stage: 'pull' })
    expect(result.report?.services.failures[0].reason).toMatch(/could not pull coach-gate-local\/no-such-image:0: .+/)
    expect(result.summary).toContain('could not pull coach-gate-local/no-such-image:0')
  })

  it('removes the containers after failing tests and after a test timeout', async () => {
    const failing = uniqueRun()
    const failed = await runAction({
      docker: 'real',
      env: { GITHUB_RUN_ID: failing.GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT: failing.GITHUB_RUN_ATTEMPT },
      inputs: { 'test-command': 'echo "got REDIS_URL=$REDIS_URL"; echo "AssertionError: expected 3 to equal 4"; exit 3', 'requires-infrastructure': 'redis', 'service-images': LOCAL_IMAGES }
    })
    expect(failed.stdout).toMatch(/got REDIS_URL=redis:\/\/127\.0\.0\.1:\d+/)
    expect(failed.outputs).toMatchObject({ decision: 'feedback', 'exit-code': '3', classification: 'code' })
    expect(containersLabelled(failing.label)).toEqual([])

    const slow = uniqueRun()
    const timedOut = await runAction({
      docker: 'real',
      env: { GITHUB_RUN_ID: slow.GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT: slow.GITHUB_RUN_ATTEMPT },
      inputs: { 'test-command': 'sleep 60', 'requires-infrastructure': 'redis', 'service-images': LOCAL_IMAGES, 'test-timeout': '0.03' }
    })
    expect(timedOut.outputs).toMatchObject({ decision: 'feedback', 'exit-code': '124', summary: 'FEEDBACK: tests timed out' })
    expect(containersLabelled(slow.label)).toEqual([])
  })

  it('on cancellation mid-test ends the test process tree and removes the containers', async () => {
    const run = uniqueRun()
    const files = { ...example('with-services'), 'hang.sh': 'sleep 300 &\necho $! > sleeper.pid\necho "DB=$DATABASE_URL"\necho TESTS-STARTED\nwait\n' }
    const result = await runAction({
      docker: 'real',
      env: { GITHUB_RUN_ID: run.GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT: run.GITHUB_RUN_ATTEMPT },
      files,
      signalOn: { signal: 'SIGTERM', text: 'TESTS-STARTED' },
      inputs: { 'test-command': 'bash hang.sh', 'task-file': 'tasks/visit-counter.md', 'service-images': LOCAL_IMAGES }
    })
    expect(result.stdout).toMatch(/DB=postgresql:\/\/test:test@127\.0\.0\.1:\d+\/test/)
    expect(result.outputs).toMatchObject({ decision: 'feedback', 'tests-passed': 'false' })
    expect(result.summary).toContain('cancelled')
    expect(result.stdout).toMatch(/removed 2 service container\(s\)/)
    expect(containersLabelled(run.label)).toEqual([])
    const sleeper = Number(readFileSync(path.join(result.workspace, 'sleeper.pid'), 'utf8'))
    expect(running(sleeper)).toBe(false)
  })

  it('on cancellation while a service starts, stops waiting and removes the containers', async () => {
    const run = uniqueRun()
    const result = await runAction({
      docker: 'real',
      env: { GITHUB_RUN_ID: run.GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT: run.GITHUB_RUN_ATTEMPT },
      signalOn: { signal: 'SIGINT', text: 'waiting until it accepts clients' },
      inputs: { 'test-command': 'echo TESTS-RAN', 'requires-infrastructure': 'postgresql', 'service-images': `postgresql=${NEVER_READY}`, 'service-timeout': '120' }
    })
    expect(result.stdout).not.toContain('TESTS-RAN')
    expect(result.outputs).toMatchObject({ decision: 'feedback', summary: 'FEEDBACK: cancelled while services started' })
    expect(result.report?.services.failures[0]).toMatchObject({ service: 'postgresql', stage: 'cancelled' })
    expect(containersLabelled(run.label)).toEqual([])
  })

  it('the post step removes what a killed main step left behind', async () => {
    const run = uniqueRun()
    const result = await runAction({
      docker: 'real',
      env: { GITHUB_RUN_ID: run.GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT: run.GITHUB_RUN_ATTEMPT },
      files: { ...example('with-services'), 'hang.sh': 'echo $$ > sleeper.pid\necho TESTS-STARTED\nexec sleep 30\n' },
      // SIGKILL: the main step gets no chance to clean up, as when the runner process dies.
      signalOn: { signal: 'SIGKILL', text: 'TESTS-STARTED' },
      inputs: { 'test-command': 'bash hang.sh', 'task-file': 'tasks/visit-counter.md', 'service-images': LOCAL_IMAGES }
    })
    expect(result.signal).toBe('SIGKILL')
    expect(containersLabelled(run.label)).toHaveLength(2)
    expect(result.state).toMatchObject({ run: `${run.GITHUB_RUN_ID}-1` })
    const post = await runPost(result)
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain('removed 2 leftover service container(s)')
    expect(containersLabelled(run.label)).toEqual([])
    // The killed step's own `sleep 30` (its own process group) is ended by its pid.
    const sleeper = Number(readFileSync(path.join(result.workspace, 'sleeper.pid'), 'utf8'))
    try {
      process.kill(-sleeper, 'SIGKILL')
    } catch {
      // already gone
    }
  })

  it('Docker unavailable: the same project falls back to the conditional approval of docs/design.md', async () => {
    const result = await runAction({
      docker: 'no-daemon',
      files: example('with-services'),
      inputs: { 'test-command': 'node --test', 'task-file': 'tasks/visit-counter.md', 'service-images': LOCAL_IMAGES }
    })
    expect(result.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', classification: 'infrastructure', confidence: 'high', 'docker-available': 'false', services: '[]' })
    expect(result.summary).toContain('APPROVED (infra-dependent, independent tests skipped)')
  })
})
