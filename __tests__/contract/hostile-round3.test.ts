// Hostile conditions, round 3 (issue 26), through the built action under Node 24: each attack as
// it was reproduced, and what now holds. Vacuous retries, writes through planted links, borrowed
// declarations, a misconfigured Docker client, duplicate shards.
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIST, MERGE_DIST, pullRequestPayload, runAction, tempDir, type ActionResult } from '../harness/action.js'
import { startApiServer, type ApiServer } from '../harness/api-server.js'

// The bundles under test (the gate's and the merge's).
const GATE = DIST
const MERGE = MERGE_DIST

const PG_REFUSED = 'psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused'
const INFRA_FAILURE = `echo '${PG_REFUSED}'; exit 1`
const task = (id: string, services: string[]): string => ['---', `id: ${id}`, `requires_infrastructure: [${services.join(', ')}]`, '---', ''].join('\n')

// A test that fails on a real assertion, run through make: the target is the JUnit report pytest
// writes even when the tests fail, so a second `make test` has nothing to do.
const STORE_TEST = ['def test_load():', '    assert {} == {"ok": True}', '', '', 'def test_save():', '    assert True', ''].join('\n')
const MAKEFILE = ['test: reports/junit.xml', '', 'reports/junit.xml:', '\tpython3 -m pytest -p no:cacheprovider --junitxml=reports/junit.xml tests', ''].join('\n')

describe('1. a retry that runs nothing is not a pass', () => {
  it('make test whose target a failed attempt wrote: the retry ran no tests, feedback', async () => {
    const run = await runAction({ entry: GATE, inputs: { 'test-command': 'make test', retries: '1', 'fail-on-feedback': 'false' }, files: { Makefile: MAKEFILE, 'tests/test_store.py': STORE_TEST } })
    expect(readFileSync(run.report?.attempts[1].log_path, 'utf8')).toContain("Nothing to be done for 'test'")
    expect(run.outputs).toMatchObject({ decision: 'feedback', summary: 'FEEDBACK: the retry ran no tests', 'approved-without-independent-tests': 'false' })
    expect(run.summary).toContain('ran no tests')
  })

  it('a retry that deselects the failed test: it was not seen to pass, feedback', async () => {
    const script = ['if [ -e .ran-once ]; then exec python3 -m pytest -p no:cacheprovider -v tests -k test_save; fi', 'touch .ran-once', 'exec python3 -m pytest -p no:cacheprovider tests', ''].join('\n')
    const run = await runAction({ entry: GATE, inputs: { 'test-command': 'bash run.sh', retries: '1', 'fail-on-feedback': 'false' }, files: { 'run.sh': script, 'tests/test_store.py': STORE_TEST } })
    expect(run.outputs).toMatchObject({ decision: 'feedback', summary: 'FEEDBACK: the retry did not rerun the failed tests' })
    expect(run.summary).toContain('test&#95;load')
  })

  it('the failed test seen passing by name on the retry is still a flaky pass', async () => {
    const script = ['if [ -e .ran-once ]; then sed -i \'s/== {"ok": True}/== {}/\' tests/test_store.py; exec python3 -m pytest -p no:cacheprovider -v tests; fi', 'touch .ran-once', 'exec python3 -m pytest -p no:cacheprovider tests', ''].join('\n')
    const run = await runAction({ entry: GATE, inputs: { 'test-command': 'bash run.sh', retries: '1' }, files: { 'run.sh': script, 'tests/test_store.py': STORE_TEST } })
    expect(run.outputs).toMatchObject({ decision: 'approve', summary: 'APPROVED (flaky: passed on a retry)' })
  })
})

describe('2. nothing the tests leave can redirect a write after the tests', () => {
  // The paths are not in the tests' environment, but the action's own is readable under /proc.
  const learn = `eval "$(tr '\\0' '\\n' < /proc/$PPID/environ | grep -E '^(GITHUB_PATH|RUNNER_TEMP)=' | sed 's/^/export /')"`

  it('a link from the audit report to GITHUB_PATH: the report is written beside it, GITHUB_PATH stays empty, and the summary says tampering', async () => {
    const command = [learn, 'ln -s "$GITHUB_PATH" "$RUNNER_TEMP/coach-gate/coach_turn_1.json"', 'echo "AssertionError: expected :/tmp/evil-bin: to be ok"', 'exit 1'].join('\n')
    const run = await runAction({ entry: GATE, inputs: { 'test-command': command, 'fail-on-feedback': 'false' } })
    expect(run.runnerFiles.GITHUB_PATH).toBe('')
    expect(run.runnerFiles.GITHUB_PATH).not.toContain('/tmp/evil-bin')
    const reportPath = run.outputs['report-path'] as string
    expect(lstatSync(reportPath).isSymbolicLink()).toBe(false)
    expect(run.report?.decision).toBe('feedback')
    expect(run.summary).toContain('Tampering: a symbolic link was planted at')
    expect(run.summary).toContain('coach&#95;turn&#95;1.json')
  })

  it('a link planted at the next attempt\'s log: the retry\'s output never reaches the file it points to', async () => {
    const dir = tempDir()
    const victim = path.join(dir, 'victim.txt')
    writeFileSync(victim, '')
    const command = [learn, `if [ ! -e .ran-once ]; then touch .ran-once; ln -s ${victim} "$RUNNER_TEMP/coach-gate/test_output_1.attempt2.log"; echo "AssertionError: boom"; exit 1; fi`, 'echo "written through the link"', 'exit 1'].join('\n')
    const run = await runAction({ entry: GATE, inputs: { 'test-command': command, retries: '1', 'fail-on-feedback': 'false' } })
    expect(run.report?.attempts).toHaveLength(2)
    expect(readFileSync(victim, 'utf8')).toBe('')
    expect(run.summary).toContain('Tampering: a symbolic link was planted at')
  })
})

describe('3. declarations-from: base counts only the task the PR is about', () => {
  let api: ApiServer
  beforeAll(async () => {
    api = await startApiServer({
      // The PR's own task (TASK-7) declares nothing; it also fixes a typo in TASK-8, which declares postgresql.
      60: { body: 'fix', files: [{ filename: 'tasks/mine.md', status: 'modified' }, { filename: 'tasks/other.md', status: 'modified' }], baseSha: '6'.repeat(40), baseFiles: { 'tasks/mine.md': task('TASK-7', []), 'tasks/other.md': task('TASK-8', ['postgresql']) } }
    })
  })
  afterAll(() => api.close())
  const run = (title: string): Promise<ActionResult> => {
    const payload = pullRequestPayload({ number: 60, body: 'fix' }) as { pull_request: Record<string, unknown> }
    payload.pull_request.title = title
    payload.pull_request.base = { ...(payload.pull_request.base as Record<string, unknown>), sha: '6'.repeat(40) }
    return runAction({ entry: GATE, inputs: { 'test-command': INFRA_FAILURE, 'declarations-from': 'base', 'fail-on-feedback': 'false' }, files: { 'tasks/mine.md': task('TASK-7', []), 'tasks/other.md': task('TASK-8', ['postgresql']) }, event: { name: 'pull_request', payload }, apiUrl: api.url })
  }

  it("a typo fix in another task's file does not lend this PR that task's declaration", async () => {
    const r = await run('TASK-7: store users')
    expect(r.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', 'requires-infrastructure': '[]', 'task-id': 'TASK-7' })
    expect(r.summary).toContain('| Declaration from | <code>tasks/mine.md (base commit 6666666)</code> |')
  })

  it('two changed task files and nothing naming either: no declaration', async () => {
    const r = await run('Store users')
    expect(r.outputs).toMatchObject({ decision: 'feedback', 'requires-infrastructure': '[]' })
    expect(r.summary).toContain('neither an added task file, the title nor the branch names one of them')
  })
})

describe('4. a misconfigured Docker client is not "Docker unavailable"', () => {
  it('a currentContext that does not exist: the probe failed, no conditional approval, and the summary says what to fix', async () => {
    const home = tempDir()
    mkdirSync(path.join(home, '.docker'))
    writeFileSync(path.join(home, '.docker', 'config.json'), JSON.stringify({ currentContext: 'ghost' }))
    const run = await runAction({ entry: GATE, docker: 'real', network: 'isolated', env: { HOME: home }, inputs: { 'test-command': INFRA_FAILURE, 'requires-infrastructure': 'postgresql', 'fail-on-feedback': 'false' } })
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', 'docker-available': 'false', classification: 'infrastructure' })
    expect(run.report?.docker.state).toBe('misconfigured')
    expect(run.summary).toContain('probe failed: the Docker client is misconfigured')
    expect(run.summary).toContain('docker context use default')
  })

  it('no daemon at all is still unavailable, and approved conditionally', async () => {
    const run = await runAction({ entry: GATE, docker: 'no-daemon', inputs: { 'test-command': INFRA_FAILURE, 'requires-infrastructure': 'postgresql' } })
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true' })
  })
})

describe('5. merge: a duplicate report never stands in for a missing shard', () => {
  const reports: Record<string, string> = {}
  beforeAll(async () => {
    const shard = async (name: string, key: string, inputs: Record<string, string>): Promise<void> => {
      const run = await runAction({ entry: GATE, inputs: { shard: name, ...inputs }, docker: 'no-daemon' })
      reports[key] = readFileSync(run.outputs['report-path'] as string, 'utf8')
    }
    await Promise.all([
      shard('unit-1', 'unit-1', { 'test-command': 'true' }),
      shard('unit-2', 'unit-2', { 'test-command': 'true' }),
      shard('unit-1', 'unit-1-conditional', { 'test-command': INFRA_FAILURE, 'requires-infrastructure': 'postgresql' })
    ])
  }, 60_000)
  const merge = (files: Record<string, string>, inputs: Record<string, string>): Promise<ActionResult> =>
    runAction({ entry: MERGE, inputs: { reports: 'reports/**/coach_turn_*.json', ...inputs }, files })

  it('shard 1 twice and shard 3 missing: feedback naming shard 3', async () => {
    const run = await merge({
      'reports/coach-gate-unit-1/coach_turn_1.json': reports['unit-1'] as string,
      'reports/coach-gate-unit-1/copy/coach_turn_1.json': reports['unit-1'] as string,
      'reports/coach-gate-unit-2/coach_turn_1.json': reports['unit-2'] as string
    }, { 'expected-shards': '3' })
    expect(run.outputs).toMatchObject({ decision: 'feedback', summary: 'FEEDBACK: 1 of 3 expected reports missing (shard unit-3)' })
    expect(run.summary).toContain('the shard counts once')
  })

  it('two reports of one shard that disagree are an error', async () => {
    const run = await merge({
      'reports/a/coach_turn_1.json': reports['unit-1'] as string,
      'reports/b/coach_turn_1.json': reports['unit-1-conditional'] as string,
      'reports/c/coach_turn_1.json': reports['unit-2'] as string
    }, { 'expected-shards': '3' })
    expect(run.outputs.decision).toBe('feedback')
    expect(run.outputs.summary).toContain('two reports of shard unit-1 disagree')
    expect(existsSync(run.outputs['report-path'] as string)).toBe(true)
  })
})
