// What a reviewer sees (issue 27), through the built action under Node 24: the runner's counts as
// outputs and in the summary, durations with units, declarations read as users write them, and
// the sticky pull request comment against the stand-in API.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pullRequestPayload, ROOT, runAction } from '../harness/action.js'
import { startApiServer, type ApiServer } from '../harness/api-server.js'

const LOGS = path.join(ROOT, '__fixtures__', 'logs')
const replay = (log: string): Record<string, string> => ({ 'output.log': readFileSync(path.join(LOGS, log), 'utf8') })
const MARKER = '<!-- coach-gate:verdict -->'

let api: ApiServer
beforeAll(async () => {
  api = await startApiServer({
    21: { body: 'Adds the user store.\n\n```yaml\nid: TASK-21\nrequires_infrastructure: postgresql\n```\n', files: [] },
    22: { body: 'No task.', files: [], comments: [{ body: `I quote the marker: ${MARKER}`, user: { login: 'mallory', type: 'User' } }] },
    23: { body: 'No task.', files: [] }
  })
})
afterAll(() => api.close())

describe('the runner’s counts', () => {
  it('pytest: passed-count, failed-count, skipped-count and the summary’s Tests line', async () => {
    const run = await runAction({ inputs: { 'test-command': 'cat output.log; exit 1' }, files: replay('python-pytest/code-assertion-and-attributeerror-timestamps.log') })
    expect(run.outputs).toMatchObject({ 'passed-count': '9', 'failed-count': '2', 'skipped-count': '0', classification: 'code' })
    expect(run.summary.split('\n')[4]).toBe('**Tests:** 9 passed · 2 failed · 0 skipped <sub>(as pytest counted them)</sub>')
    expect(run.report?.validation_results.independent_tests.totals).toEqual({ passed: 9, failed: 2, skipped: 0, source: 'pytest' })
  })

  it('a passing node:test run counts its tests; a log without totals leaves the outputs empty', async () => {
    const passed = await runAction({ inputs: { 'test-command': 'node --test' }, files: { 'a.test.js': "const test = require('node:test')\ntest('one', () => {})\ntest('two', () => {})\ntest.skip('three', () => {})\n" } })
    expect(passed.outputs).toMatchObject({ decision: 'approve', 'passed-count': '2', 'failed-count': '0', 'skipped-count': '1' })
    const silent = await runAction({ inputs: { 'test-command': 'echo building; exit 1' } })
    expect(silent.outputs).toMatchObject({ 'passed-count': '', 'failed-count': '', 'skipped-count': '' })
  })
})

describe('inputs as users write them', () => {
  it('test-timeout takes a unit; an unknown unit names the accepted ones', async () => {
    const ok = await runAction({ inputs: { 'test-command': 'true', 'test-timeout': '90s' } })
    expect(ok.outputs.decision).toBe('approve')
    const bad = await runAction({ inputs: { 'test-command': 'true', 'test-timeout': '10x' } })
    expect(bad.outputs.summary).toBe('FEEDBACK: invalid input')
    expect(bad.summary).toContain("Input &#39;test-timeout&#39;: &#39;10x&#39; has an unknown unit &#39;x&#39;: use s (seconds), m (minutes) or h (hours)")
  })

  it('a task file’s YAML error is reported whole, with an annotation on its line', async () => {
    const task = ['---', 'id: TASK-7', 'requires_infrastructure: [postgresql', 'owner: me', '---', ''].join('\n')
    const run = await runAction({ inputs: { 'test-command': 'true', 'task-file': 'tasks/t.md' }, files: { 'tasks/t.md': task } })
    expect(run.outputs['requires-infrastructure']).toBe('[]')
    expect(run.stdout).toMatch(/^::warning title=coach-gate%3A the task declares nothing,file=tasks\/t\.md,line=4::frontmatter is not valid YAML: .* at line 4, column 1 \("owner: me"\)/m)
  })

  it('a misspelt service gets the nearest known one, ahead of the failures when it decides', async () => {
    const task = ['---', 'id: TASK-8', 'requires_infrastructure: postgress', '---', ''].join('\n')
    const run = await runAction({ inputs: { 'test-command': 'cat output.log; exit 1', 'task-file': 'tasks/t.md' }, files: { ...replay('python-pytest/psycopg2-connection-refused-localhost.log'), 'tasks/t.md': task }, docker: 'no-daemon' })
    expect(run.outputs).toMatchObject({ decision: 'feedback', classification: 'infrastructure', 'requires-infrastructure': '["postgress"]' })
    const firstScreen = run.summary.slice(0, run.summary.indexOf('### Failing tests'))
    expect(firstScreen).toContain('> ⚠️ Task tasks/t.md declares postgress (did you mean postgresql?), which coach-gate does not know.')
  })

  it('a PR body declares in a fenced yaml block anywhere, and a single name is a list of one', async () => {
    const run = await runAction({
      inputs: { 'test-command': 'cat output.log; exit 1' }, files: replay('python-pytest/psycopg2-connection-refused-localhost.log'),
      event: { name: 'pull_request', payload: pullRequestPayload({ number: 21, body: 'stale' }) }, apiUrl: api.url, docker: 'no-daemon'
    })
    expect(run.outputs).toMatchObject({ 'task-id': 'TASK-21', 'requires-infrastructure': '["postgresql"]', decision: 'approve', 'approved-without-independent-tests': 'true' })
  })
})

describe('the sticky comment (comment: true)', () => {
  const onPr = (number: number, options: { fork?: boolean } = {}, extra: Record<string, string> = {}) => runAction({
    inputs: { 'test-command': 'cat output.log; exit 1', comment: 'true', ...extra }, files: replay('js-jest/code-assertion-and-typeerror-ansi.log'),
    event: { name: 'pull_request', payload: pullRequestPayload({ number, fork: options.fork }) }, apiUrl: api.url, env: { GITHUB_RUN_ID: '4242', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo-org/widgets' }
  })

  it('creates one comment with the verdict, then updates it in place; a person’s comment quoting the marker is left alone', async () => {
    const first = await onPr(22)
    const ours = () => api.comments.filter(c => c.issue === 22 && c.user.type === 'Bot')
    expect(ours()).toHaveLength(1)
    expect(ours()[0]?.body).toMatch(/^<!-- coach-gate:verdict -->\n### ❌ coach-gate: FEEDBACK: code failure\n/)
    expect(ours()[0]?.body).toContain('**Tests:** 5 passed · 2 failed · 0 skipped')
    expect(ours()[0]?.body).toContain('(https://github.com/octo-org/widgets/actions/runs/4242)')
    expect(first.summary).toMatch(/The verdict comment on pull request #22 was created: https:\/\/github\.example\/octo-org\/widgets\/pull\/22#issuecomment-\d+/)
    const second = await onPr(22)
    expect(ours()).toHaveLength(1)
    expect(second.summary).toContain('The verdict comment on pull request #22 was updated')
    expect(api.comments.find(c => c.user.login === 'mallory')?.body).toBe(`I quote the marker: ${MARKER}`)
  })

  it('posts nothing on a fork’s pull request, and the summary says why', async () => {
    const before = api.requests.filter(r => r.path.includes('/comments')).length
    const run = await onPr(23, { fork: true })
    expect(api.requests.filter(r => r.path.includes('/comments')).length).toBe(before)
    expect(run.summary).toContain('No comment: the pull request comes from a fork (outsider/widgets)')
  })

  it('a token that cannot write: the summary says which permission is missing, and the verdict stands', async () => {
    api.readOnly(true)
    try {
      const run = await onPr(23)
      expect(run.outputs.decision).toBe('feedback')
      expect(run.summary).toContain('The verdict comment could not be written: GitHub API answered 403')
      expect(run.summary).toContain('pull-requests: write')
    } finally {
      api.readOnly(false)
    }
  })

  it('is off by default: no comment API call', async () => {
    const before = api.requests.filter(r => r.path.includes('/comments')).length
    await runAction({ inputs: { 'test-command': 'true' }, event: { name: 'pull_request', payload: pullRequestPayload({ number: 23 }) }, apiUrl: api.url })
    expect(api.requests.filter(r => r.path.includes('/comments')).length).toBe(before)
  })
})
