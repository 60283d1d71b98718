// Runner-contract tests: the built action under Node 24, as GitHub runs it.
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exampleFiles, pullRequestPayload, runAction, tempDir } from '../harness/action.js'
import { startApiServer, type ApiServer } from '../harness/api-server.js'

const example = exampleFiles

const TASK_BODY = ['---', 'id: TASK-42-user-store', 'requires_infrastructure:', '  - postgres', '---', '', 'Store users in PostgreSQL.'].join('\n')
// The needs-postgres example without its task file: the task must come from the PR.
const needsPostgres = (): Record<string, string> => {
  const files = example('needs-postgres')
  delete files['tasks/add-user-store.md']
  return files
}

let api: ApiServer
beforeAll(async () => {
  const manyFiles = Array.from({ length: 130 }, (_, i) => ({ filename: `src/module_${String(i).padStart(3, '0')}.js` }))
  api = await startApiServer({
    17: { body: TASK_BODY, files: [{ filename: 'user-store.test.js' }] },
    18: { body: 'Implements the user store.\n\nSee the task file.', files: [...manyFiles, { filename: 'tasks/user-store.md' }, { filename: 'tasks/old-task.md', status: 'removed' }] },
    19: { body: TASK_BODY, files: [] }
  })
})
afterAll(() => api.close())

describe('the built action under Node 24', () => {
  it('approves passing tests', async () => {
    const run = await runAction({ inputs: { 'test-command': 'node --test' }, files: example('passing') })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'false', 'tests-passed': 'true', 'exit-code': '0', classification: 'none', confidence: 'n/a', service: '', 'docker-available': 'false', 'requires-infrastructure': '[]', summary: 'APPROVED' })
    expect(run.summary.split('\n')[0]).toBe('## ✅ APPROVED')
    expect(run.report).toMatchObject({ schema_version: '1.0', decision: 'approve', turn: 1, validation_results: { independent_tests: { tests_passed: true, test_command: 'node --test', exit_code: 0 }, quality_gates: { all_gates_passed: true } } })
    expect(path.basename(run.outputs['report-path'] ?? '')).toBe('coach_turn_1.json')
    expect(readFileSync(run.outputs['log-path'] as string, 'utf8')).toContain('# pass 1')
  })

  it('gives feedback on a code failure and fails the step', async () => {
    const run = await runAction({ inputs: { 'test-command': 'node --test' }, files: example('code-defect') })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'tests-passed': 'false', 'exit-code': '1', classification: 'code', summary: 'FEEDBACK: code failure' })
    expect(run.summary).toMatch(/^## ❌ FEEDBACK: code failure/)
    expect(run.summary).toContain('### What to fix')
    expect(run.stdout).toContain('::error title=coach-gate::FEEDBACK: code failure')
    expect(run.report?.issues[0]).toMatchObject({ severity: 'error', category: 'code', failure_classification: 'code' })
    expect(run.report?.issues[0].evidence.length).toBeGreaterThan(0)
  })

  it('approves conditionally when the PR body declares PostgreSQL, it is missing and Docker is unavailable', async () => {
    const run = await runAction({
      inputs: { 'test-command': 'node --test' },
      files: needsPostgres(),
      event: { name: 'pull_request', payload: pullRequestPayload({ number: 17, body: TASK_BODY }) },
      apiUrl: api.url,
      docker: 'no-daemon'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      decision: 'approve', 'approved-without-independent-tests': 'true', 'tests-passed': 'false', classification: 'infrastructure', confidence: 'high',
      service: 'postgresql', 'docker-available': 'false', 'requires-infrastructure': '["postgresql"]', 'task-id': 'TASK-42-user-store',
      summary: 'APPROVED (infra-dependent, independent tests skipped)'
    })
    expect(run.summary.split('\n')[0]).toBe('## ⚠️ APPROVED (infra-dependent, independent tests skipped)')
    expect(run.summary).toContain('daemon not reachable')
    expect(run.stdout).toMatch(/^::warning title=coach-gate approved without independent tests::WARNING: APPROVED \(infra-dependent/m)
    expect(run.report).toMatchObject({ task_id: 'TASK-42-user-store', approved_without_independent_tests: true, docker_available: false, requires_infrastructure: ['postgresql'], task: { source: 'pull-request-body' } })
    expect(api.requests.some(r => r.path === '/repos/octo-org/widgets/pulls/17' && r.authorization === 'token ghs_testtoken')).toBe(true)
  })

  it('reads the task from a changed file on the second page of the PR files', async () => {
    const run = await runAction({
      inputs: { 'test-command': 'node --test' },
      files: { ...needsPostgres(), 'tasks/user-store.md': TASK_BODY.replace('postgres', 'postgresql') },
      event: { name: 'pull_request', payload: pullRequestPayload({ number: 18, body: 'Implements the user store.' }) },
      apiUrl: api.url,
      docker: 'no-binary'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', 'task-id': 'TASK-42-user-store', 'docker-available': 'false' })
    expect(run.summary).toContain('no docker binary')
    expect(run.report?.task).toMatchObject({ source: 'changed-files', tasks: [{ origin: 'tasks/user-store.md' }] })
    expect(api.requests.filter(r => r.path.startsWith('/repos/octo-org/widgets/pulls/18/files')).length).toBe(2)
  })

  it('uses the live PR body on a re-run whose payload body is null', async () => {
    const run = await runAction({
      inputs: { 'test-command': 'node --test' },
      files: needsPostgres(),
      event: { name: 'pull_request', payload: pullRequestPayload({ number: 19, body: null }) },
      apiUrl: api.url
    })
    expect(run.outputs['task-id']).toBe('TASK-42-user-store')
    expect(run.outputs.decision).toBe('approve')
  })

  it('reads task-file on a push event and ignores pull request sources', async () => {
    const run = await runAction({ inputs: { 'test-command': 'node --test', 'task-file': 'tasks/add-user-store.md' }, files: example('needs-postgres') })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', 'task-id': 'TASK-42-user-store', service: 'postgresql' })
    expect(run.report?.task).toMatchObject({ source: 'task-file' })
  })

  it('gives feedback for the same failure when nothing is declared', async () => {
    const run = await runAction({ inputs: { 'test-command': 'node --test' }, files: needsPostgres() })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'feedback', classification: 'infrastructure', confidence: 'high', service: 'postgresql', 'requires-infrastructure': '[]' })
    expect(run.summary).toContain('declares no requires\\_infrastructure')
  })

  it('gives feedback when a quality gate failed, even with passing tests', async () => {
    const run = await runAction({ inputs: { 'test-command': 'true', gates: 'lint=success\ntypecheck=failure' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'tests-passed': 'true', summary: 'FEEDBACK: quality gate failed (typecheck)' })
    expect(run.report?.validation_results.quality_gates).toEqual({ gates: [{ name: 'lint', outcome: 'success', passed: true }, { name: 'typecheck', outcome: 'failure', passed: false }], all_gates_passed: false })
  })

  it('keeps feedback from failing the step when fail-on-feedback is false', async () => {
    const run = await runAction({ inputs: { 'test-command': 'exit 3', 'fail-on-feedback': 'false' } })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'exit-code': '3' })
  })

  it.each([
    ['docker-probe-timeout', 'soon', /Input 'docker-probe-timeout': 'soon' is not a duration/],
    ['gates', 'lint success', /Input 'gates': line 1 \('lint success'\) has no '='/],
    ['test-timeout', '-1', /Input 'test-timeout': '-1' is not a duration/],
    ['fail-on-feedback', 'maybe', /Input 'fail-on-feedback': 'maybe' is not a boolean/]
  ])('rejects %s=%s with a message naming the input', async (name, value, message) => {
    const run = await runAction({ inputs: { 'test-command': 'true', [name]: value } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(new RegExp(`::error::${message.source}`))
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', summary: 'FEEDBACK: invalid input', 'tests-passed': 'false', classification: 'setup', confidence: 'high', 'docker-available': 'false', 'requires-infrastructure': '[]', 'exit-code': '', 'task-id': '' })
    expect(run.summary).toContain('FEEDBACK: invalid input')
    expect(run.report).toMatchObject({ schema_version: '1.0', decision: 'feedback', approved_without_independent_tests: false, issues: [{ severity: 'error', category: 'input', description: expect.stringContaining(`Input '${name}'`) }] })
  })

  it('rejects a working-directory that does not exist, before running anything', async () => {
    const run = await runAction({ inputs: { 'test-command': 'touch ran', 'working-directory': 'no/such/dir' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain("::error::Input 'working-directory': no/such/dir is not a directory of the workspace")
    expect(run.outputs).toMatchObject({ decision: 'feedback', summary: 'FEEDBACK: invalid input', 'tests-passed': 'false' })
    expect(run.report?.issues[0]).toMatchObject({ category: 'input' })
  })

  it('keeps going when the log file cannot be written, and says so', async () => {
    // A directory where the log goes: the file cannot be created (as on a full disk, the run goes on).
    const dir = tempDir()
    mkdirSync(path.join(dir, 'test_output_1.log', 'inside'), { recursive: true })
    const run = await runAction({ inputs: { 'test-command': 'echo start; exit 1', 'report-directory': dir } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'exit-code': '1', 'tests-passed': 'false' })
    expect(run.summary).toContain('The full log could not be written')
    expect(run.report?.decision).toBe('feedback')
  })

  it('never writes the log through a link found where it goes (issue 26): it is replaced, and reported', async () => {
    // This used to be how a full disk was simulated (a link to /dev/full); a link is now never followed.
    const dir = tempDir()
    symlinkSync('/dev/full', path.join(dir, 'test_output_1.log'))
    const run = await runAction({ inputs: { 'test-command': 'echo start; exit 1', 'report-directory': dir } })
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'exit-code': '1' })
    expect(readFileSync(path.join(dir, 'test_output_1.log'), 'utf8')).toBe('start\n')
    expect(run.summary).toContain('Tampering: a symbolic link was planted at')
  })

  it('requires test-command', async () => {
    const run = await runAction({ inputs: {} })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain("Input 'test-command': is required")
  })

  it('sees the real engine as available and then does not excuse a missing service', async () => {
    const run = await runAction({ inputs: { 'test-command': 'node --test', 'task-file': 'tasks/add-user-store.md', 'start-services': 'false' }, files: example('needs-postgres'), docker: 'real', network: 'isolated' })
    expect(run.outputs['docker-available'], `the Docker engine must run for this test (bash scripts/docker/engine.sh ensure): ${run.summary.slice(0, 400)}`).toBe('true')
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'feedback', classification: 'infrastructure', confidence: 'high', service: 'postgresql' })
    expect(run.summary).toMatch(/\| Docker \| available \(server [\d.]+/)
  })

  it('says the Docker probe timed out when docker info hangs', async () => {
    const run = await runAction({ inputs: { 'test-command': 'true', 'docker-probe-timeout': '0.5' }, docker: 'hang' })
    expect(run.outputs['docker-available']).toBe('false')
    expect(run.summary).toContain('unavailable: timed out')
    expect(run.report?.docker).toMatchObject({ state: 'timed-out' })
  })
})
