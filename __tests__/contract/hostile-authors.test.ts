// Hostile authors, round 2 (issue 12), through the built action under Node 24: each attack as
// it was found, and what now holds. Workflow commands are judged by a model of the runner's
// own parser (harness/runner-commands.ts): what counts is what the runner would obey.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pullRequestPayload, runAction, tempDir, type ActionResult, type RunOptions } from '../harness/action.js'
import { startApiServer, type ApiServer } from '../harness/api-server.js'
import { obeyedCommands } from '../harness/runner-commands.js'

const PG_REFUSED = 'psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused'
const INFRA_FAILURE = `echo '${PG_REFUSED}'; exit 1`
const TASK = ['---', 'id: TASK-12', 'requires_infrastructure: [postgresql]', '---', '', 'Needs PostgreSQL.'].join('\n')
const NO_INFRA_TASK = ['---', 'id: TASK-12', 'requires_infrastructure: []', '---', ''].join('\n')
/** Characters that hide or reorder text: bidi embeddings, overrides, isolates and marks, zero-width and format characters. */
const HIDDEN = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff\u00ad]/u

let api: ApiServer
beforeAll(async () => {
  api = await startApiServer({
    // A fork's PR, linked from an issue comment.
    23: { body: 'fix', files: [], head: 'evil/widgets' },
    // A same-repository PR, linked from an issue comment.
    24: { body: 'fix', files: [], head: 'octo-org/widgets' },
    // declarations-from: base. The PR edits tasks/t.md; the base commit has its own version.
    40: { body: TASK, files: [{ filename: 'tasks/t.md', status: 'modified' }], baseSha: '4'.repeat(40), baseFiles: { 'tasks/t.md': NO_INFRA_TASK } },
    41: { body: 'no frontmatter', files: [{ filename: 'tasks/t.md', status: 'modified' }], baseSha: '5'.repeat(40), baseFiles: { 'tasks/t.md': TASK } },
    42: { body: TASK, files: [{ filename: 'tasks/new.md', status: 'added' }], baseSha: '6'.repeat(40), baseFiles: {} },
    43: { body: 'fix', files: [{ filename: 'tasks/t.md' }], baseSha: '7'.repeat(40), baseFiles: { 'tasks/t.md': { symlink: '/etc/passwd' } } },
    44: { body: 'fix', files: [], head: 'octo-org/widgets', baseSha: '8'.repeat(40), baseFiles: { 'tasks/t.md': TASK } }
  })
})
afterAll(() => api.close())

/** The report's notes, as plain text. */
const notes = (run: ActionResult): string => (run.report?.issues ?? []).filter((i: { category: string }) => i.category === 'note').map((i: { description: string }) => i.description).join('\n')

/** The lines of stdout before the gate's own stop-commands token. */
function beforeStop(run: ActionResult): string {
  const start = /^::stop-commands::[0-9a-f]{32}$/m.exec(run.stdout)
  if (!start) throw new Error(`no ::stop-commands:: line in stdout:\n${run.stdout.slice(0, 2000)}`)
  return run.stdout.slice(0, start.index)
}

describe('1. a task id cannot start a workflow command', () => {
  // After the attacker's stop-commands, the tests resume with the attacker's token, obey
  // their own commands, and finally stop commands for good: the gate's warning is never seen.
  const testCommand = ['echo "::pwn::"', 'echo "::notice::owned"', 'echo "::add-mask::FEEDBACK"', 'echo "::save-state name=run::evil"', 'echo "::stop-commands::zzz"', INFRA_FAILURE].join('\n')
  const attack = (id: string): Promise<ActionResult> => {
    const body = ['---', `id: "${id}"`, 'requires_infrastructure: [postgresql]', '---', ''].join('\n')
    return runAction({ inputs: { 'test-command': testCommand, 'fail-on-feedback': 'false' }, event: { name: 'pull_request', payload: pullRequestPayload({ number: 25, body }) }, apiUrl: api.url })
  }

  it.each([
    ['line feeds', 'T-9\\n::stop-commands::pwn\\nx'],
    ['lone carriage returns', 'T-9\\r::stop-commands::pwn\\rx'],
    ['CRLF and a line separator', 'T-9\\r\\n  ::stop-commands::pwn\\u2028x'],
    ['the legacy ##[ syntax, which works anywhere in a line', 'T-9 ##[stop-commands]pwn'],
    ['a leading ::', '::stop-commands::pwn']
  ])('with %s in the id, the runner obeys only the gate', async (_name, id) => {
    const run = await attack(id)
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true' })
    const obeyed = obeyedCommands(run.stdout)
    // The gate's own stop-commands, then (after its resume) its own warning, and nothing else.
    expect(obeyed.map(c => c.command)).toEqual(['stop-commands', 'warning'])
    expect(obeyed[0]?.data).toMatch(/^[0-9a-f]{32}$/)
    expect(obeyed[1]?.line).toMatch(/^::warning title=coach-gate approved without independent tests::WARNING: APPROVED \(infra-dependent/)
    // The id is still shown, on the gate's one line, with every line break turned into a space.
    const before = beforeStop(run)
    expect(before).toMatch(/^coach-gate: task (T-9|::stop-commands::pwn) /m)
    expect(before.split(/\r\n|\r|\n/).filter(line => /^\s*::|##\[/.test(line))).toEqual([])
    expect(run.outputs['task-id']).not.toMatch(/[\r\n\u2028]|^\s*::|##\[/)
  })

  it('keeps the error annotations of a feedback run as well', async () => {
    const body = ['---', 'id: "T-9\\n::stop-commands::pwn\\nx"', '---', ''].join('\n')
    const run = await runAction({ inputs: { 'test-command': testCommand }, event: { name: 'pull_request', payload: pullRequestPayload({ number: 25, body }) }, apiUrl: api.url })
    expect(run.outputs.decision).toBe('feedback')
    const obeyed = obeyedCommands(run.stdout)
    expect(obeyed[0]?.command).toBe('stop-commands')
    expect(obeyed.slice(1).map(c => c.command)).toContain('error')
    expect(obeyed.slice(1).every(c => c.command === 'error')).toBe(true)
    expect(obeyed.some(c => /owned|evil|zzz/.test(c.line))).toBe(false)
  })
})

describe('2. trust comes from every event that carries a pull request', () => {
  const repo = { id: 1, name: 'widgets', full_name: 'octo-org/widgets', private: false, owner: { login: 'octo-org', type: 'Organization' }, fork: false, default_branch: 'main' }
  const pr = (fork: boolean): Record<string, unknown> => (pullRequestPayload({ number: 26, fork }) as { pull_request: Record<string, unknown> }).pull_request
  const evilRepo = { ...repo, id: 666, full_name: 'evil/widgets', owner: { login: 'evil', type: 'User' }, fork: true }
  const payloads: Record<string, (fork: boolean) => unknown> = {
    pull_request_review: fork => ({ action: 'submitted', review: { id: 1, state: 'approved', user: { login: 'maintainer' } }, pull_request: pr(fork), repository: repo, sender: { login: 'maintainer' } }),
    pull_request_review_comment: fork => ({ action: 'created', comment: { id: 2, body: 'run the gate' }, pull_request: pr(fork), repository: repo, sender: { login: 'maintainer' } }),
    issue_comment: fork => ({ action: 'created', issue: { number: fork ? 23 : 24, title: 'PR', pull_request: { url: `https://api.github.com/repos/octo-org/widgets/pulls/${fork ? 23 : 24}` } }, comment: { id: 3, body: '/gate' }, repository: repo, sender: { login: 'maintainer' } }),
    workflow_run: fork => ({
      action: 'completed',
      workflow_run: { id: 77, name: 'CI', event: 'pull_request', status: 'completed', conclusion: 'success', head_branch: 'feature', head_sha: 'b'.repeat(40), head_repository: fork ? evilRepo : repo, repository: repo, pull_requests: fork ? [] : [{ number: 26, head: { sha: 'b'.repeat(40), ref: 'feature', repo: { id: 1, name: 'widgets' } }, base: { sha: 'c'.repeat(40), ref: 'main', repo: { id: 1, name: 'widgets' } } }] },
      repository: repo,
      sender: { login: 'evil' }
    })
  }
  const gate = (name: string, payload: unknown, extra: Partial<RunOptions> = {}): Promise<ActionResult> =>
    runAction({ inputs: { 'test-command': INFRA_FAILURE, 'task-file': 'tasks/t.md', 'fail-on-feedback': 'false' }, files: { 'tasks/t.md': TASK }, event: { name, payload }, apiUrl: api.url, ...extra })

  it.each(Object.keys(payloads))('refuses a fork under %s, and approves the same repository', async name => {
    const build = payloads[name] as (fork: boolean) => unknown
    const fork = await gate(name, build(true))
    expect(fork.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'infrastructure', confidence: 'high' })
    expect(fork.summary).toMatch(/comes from the fork (evil|outsider)\/widgets, not from octo-org\/widgets/)
    const same = await gate(name, build(false))
    expect(same.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true' })
  })

  it('does not trust an issue comment whose pull request cannot be read', async () => {
    const payload = { ...(payloads.issue_comment as (fork: boolean) => Record<string, unknown>)(true), issue: { number: 99, pull_request: { url: 'x' } } }
    const run = await gate('issue_comment', payload)
    expect(run.outputs.decision).toBe('feedback')
    expect(run.summary).toContain('Could not read pull request #99 to learn where its code comes from')
    const noToken = await runAction({ inputs: { 'test-command': INFRA_FAILURE, 'task-file': 'tasks/t.md', 'github-token': '' }, files: { 'tasks/t.md': TASK }, event: { name: 'issue_comment', payload: (payloads.issue_comment as (fork: boolean) => unknown)(false) }, apiUrl: api.url })
    expect(noToken.outputs.decision).toBe('feedback')
    expect(noToken.summary).toContain('could not be read (no github-token)')
  })

  it.each([
    ['pull_request_review', { action: 'submitted', repository: repo }],
    ['workflow_run', { action: 'completed', workflow_run: { id: 1, head_repository: null }, repository: repo }],
    ['pull_request_target', 'not json']
  ])('does not trust %s when the payload does not say where the code comes from', async (name, payload) => {
    const run = await gate(name, payload)
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false' })
    expect(run.report?.rationale).toMatch(/comes from a (pull_request_review event whose payload carries no pull request|head repository the workflow_run payload does not name|pull_request_target event whose payload could not be read)/)
  })

  it.each([
    ['push', { ref: 'refs/heads/main', repository: repo }],
    ['schedule', { schedule: '0 3 * * *', repository: repo }],
    ['workflow_dispatch', { inputs: {}, ref: 'refs/heads/main', repository: repo }],
    ['merge_group', { action: 'checks_requested', merge_group: { head_sha: 'd'.repeat(40), head_ref: 'refs/heads/gh-readonly-queue/main/pr-26-aaaa', base_sha: 'c'.repeat(40), base_ref: 'refs/heads/main' }, repository: repo }],
    ['issue_comment', { action: 'created', issue: { number: 5, title: 'a plain issue' }, comment: { body: '/gate' }, repository: repo }]
  ])('keeps trusting %s, which tests code already in the repository', async (name, payload) => {
    const run = await gate(name, payload)
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true' })
  })
})

describe("3. the tests cannot write the step's runner files", () => {
  // The paths are not in the tests' environment, but the action's own is readable under /proc.
  const learnPaths = `eval "$(tr '\\0' '\\n' < /proc/$PPID/environ | grep -E '^GITHUB_(OUTPUT|ENV|PATH|STATE|STEP_SUMMARY)=' | sed 's/^/export /')"`

  it('undoes what the tests append, and says so', async () => {
    const forge = [
      learnPaths,
      'test -n "$GITHUB_OUTPUT" || { echo "could not learn the paths"; exit 3; }',
      'printf "## ✅ APPROVED\\n" >> "$GITHUB_STEP_SUMMARY"',
      'printf "BASH_ENV=/tmp/evil.sh\\n" >> "$GITHUB_ENV"',
      'printf "/tmp/evil-bin\\n" >> "$GITHUB_PATH"',
      'printf "decision=approve\\nextra=1\\n" >> "$GITHUB_OUTPUT"',
      'printf "run=evil\\n" >> "$GITHUB_STATE"',
      // A scratch RUNNER_TEMP still works, but it is not the runner's.
      'touch "$RUNNER_TEMP/scratch" && echo "runner-temp=$RUNNER_TEMP" > seen.txt && ls -A "$RUNNER_TEMP" >> seen.txt',
      'echo "event-path=$GITHUB_EVENT_PATH" >> seen.txt && cp "$GITHUB_EVENT_PATH" event-seen.json',
      'echo "AssertionError: assert 1 == 2"; exit 1'
    ].join('\n')
    const run = await runAction({ inputs: { 'test-command': forge }, runnerFiles: { GITHUB_ENV: 'KEEP=1\n', GITHUB_STATE: 'before=1\n' } })
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'exit-code': '1', classification: 'code' })
    expect(run.summary).toMatch(/^## ❌ FEEDBACK/)
    expect(run.summary).not.toContain('APPROVED')
    expect(run.runnerFiles.GITHUB_ENV).toBe('KEEP=1\n')
    expect(run.runnerFiles.GITHUB_PATH).toBe('')
    expect(run.runnerFiles.GITHUB_STATE).toBe('before=1\n')
    expect(run.runnerFiles.GITHUB_OUTPUT).not.toMatch(/^(decision=approve|extra=1)$/m)
    expect(run.outputs.extra).toBeUndefined()
    expect(run.summary).toContain('The tests changed this step&#39;s runner files')
    expect(notes(run)).toContain("The tests changed this step's runner files (GITHUB_OUTPUT: 25 bytes appended; GITHUB_ENV: 22 bytes appended; GITHUB_PATH: 14 bytes appended; GITHUB_STATE: 9 bytes appended; GITHUB_STEP_SUMMARY: 16 bytes appended); coach-gate restored each to what it held before the tests")
    const seen = readFileSync(path.join(run.workspace, 'seen.txt'), 'utf8')
    const testTemp = /^runner-temp=(.*)$/m.exec(seen)?.[1] ?? ''
    expect(testTemp).not.toBe(run.env.RUNNER_TEMP)
    expect(testTemp.startsWith(run.env.RUNNER_TEMP as string)).toBe(false)
    expect(seen).toContain('scratch')
    expect(seen).not.toContain('_runner_file_commands')
    // The event payload is still there for the tests, from a copy in their own RUNNER_TEMP.
    expect(seen).toContain(`event-path=${testTemp}/event.json`)
    expect(readFileSync(path.join(run.workspace, 'event-seen.json'), 'utf8')).toBe(readFileSync(run.env.GITHUB_EVENT_PATH as string, 'utf8'))
    // The scratch directory goes with the tests.
    expect(existsSync(testTemp)).toBe(false)
  })

  it('puts back files the tests replaced by a symlink, rewrote or deleted', async () => {
    const elsewhere = path.join(tempDir(), 'attacker-output')
    const forge = [
      learnPaths,
      `printf 'decision=approve\\n' > '${elsewhere}'`,
      `rm -f "$GITHUB_OUTPUT" && ln -s '${elsewhere}' "$GITHUB_OUTPUT"`,
      'printf "KEEP=0\\nBASH_ENV=/tmp/evil.sh\\n" > "$GITHUB_ENV"',
      'rm -f "$GITHUB_STATE"',
      'chmod 0444 "$GITHUB_STEP_SUMMARY"',
      'exit 1'
    ].join('\n')
    const run = await runAction({ inputs: { 'test-command': forge, 'fail-on-feedback': 'false' }, runnerFiles: { GITHUB_ENV: 'KEEP=1\n', GITHUB_STATE: 'before=1\n' } })
    expect(run.outputs.decision).toBe('feedback')
    expect(run.runnerFiles.GITHUB_ENV).toBe('KEEP=1\n')
    expect(run.runnerFiles.GITHUB_STATE).toBe('before=1\n')
    // The gate's outputs went to the runner's file, not through the link.
    expect(readFileSync(elsewhere, 'utf8')).toBe('decision=approve\n')
    expect(run.runnerFiles.GITHUB_OUTPUT).toContain('decision<<')
    expect(run.summary).toMatch(/^## ❌ FEEDBACK/)
    expect(notes(run)).toContain('(GITHUB_OUTPUT: replaced by a symlink; GITHUB_ENV: rewritten; GITHUB_STATE: deleted; GITHUB_STEP_SUMMARY: permissions changed)')
  })
})

describe('4. task files are read only inside the workspace', () => {
  const outside = (): string => {
    const dir = tempDir('coach-gate-outside-')
    writeFileSync(path.join(dir, 'task.md'), TASK)
    mkdirSync(path.join(dir, 'tasks'))
    writeFileSync(path.join(dir, 'tasks', 'inner.md'), TASK)
    return dir
  }

  it('refuses a changed task file that is a symlink out of the workspace', async () => {
    const dir = outside()
    const api2 = await startApiServer({ 27: { body: 'see tasks', files: [{ filename: 'tasks/evil.md' }, { filename: 'tasks/linked/inner.md' }] } })
    try {
      const run = await runAction({
        inputs: { 'test-command': INFRA_FAILURE },
        symlinks: { 'tasks/evil.md': path.join(dir, 'task.md'), 'tasks/linked': path.join(dir, 'tasks') },
        event: { name: 'pull_request', payload: pullRequestPayload({ number: 27, body: 'see tasks' }) },
        apiUrl: api2.url
      })
      expect(run.outputs).toMatchObject({ decision: 'feedback', 'requires-infrastructure': '[]', 'task-id': '' })
      expect(run.report?.task.tasks.map((t: { error?: string }) => t.error)).toEqual([
        'resolves outside the workspace (through a symlink); only files inside the workspace are read',
        'resolves outside the workspace (through a symlink); only files inside the workspace are read'
      ])
    } finally {
      await api2.close()
    }
  })

  it.each([
    ['a symlink out of the workspace', (dir: string) => ({ symlinks: { 'tasks/t.md': path.join(dir, 'task.md') }, taskFile: 'tasks/t.md' })],
    ['a path that climbs out', (dir: string) => ({ symlinks: {}, taskFile: path.relative('/', path.join(dir, 'task.md')).replace(/^/, '../'.repeat(20)) })],
    ['an absolute path outside', (dir: string) => ({ symlinks: {}, taskFile: path.join(dir, 'task.md') })]
  ])('refuses task-file as %s', async (_name, setup) => {
    const { symlinks, taskFile } = setup(outside())
    const run = await runAction({ inputs: { 'test-command': INFRA_FAILURE, 'task-file': taskFile }, symlinks })
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'requires-infrastructure': '[]' })
    expect(run.summary).toContain('resolves outside the workspace')
  })

  it('still reads a symlink that stays inside the workspace', async () => {
    const run = await runAction({ inputs: { 'test-command': INFRA_FAILURE, 'task-file': 'current.md' }, files: { 'tasks/t.md': TASK }, symlinks: { 'current.md': 'tasks/t.md' } })
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', 'task-id': 'TASK-12' })
  })
})

describe('5. bidi and zero-width characters reach no output, annotation or summary', () => {
  it('shows them as U+FFFD in the task id, the summary and the log tail', async () => {
    const body = ['---', 'id: "\\u202eDEVORPPA\\u200b\\ufeff\\u2066x\\u2069"', 'requires_infrastructure: [postgresql]', '---', ''].join('\n')
    const log = "printf 'E       AssertionError: total \\xe2\\x80\\xae0001\\xe2\\x80\\xac is \\xe2\\x80\\x8bwrong\\n'; exit 1"
    const run = await runAction({ inputs: { 'test-command': log, 'fail-on-feedback': 'false' }, event: { name: 'pull_request', payload: pullRequestPayload({ number: 28, body }) }, apiUrl: api.url })
    expect(run.outputs['task-id']).toBe('\uFFFDDEVORPPA\uFFFD\uFFFD\uFFFDx\uFFFD')
    for (const value of Object.values(run.outputs)) expect(value).not.toMatch(HIDDEN)
    expect(run.summary).not.toMatch(HIDDEN)
    expect(run.summary).toContain('total \uFFFD0001\uFFFD is \uFFFDwrong')
    const annotations = run.stdout.split('\n').filter(line => /^::(error|warning|notice)/.test(line))
    expect(annotations.length).toBeGreaterThan(0)
    expect(annotations.join('\n')).not.toMatch(HIDDEN)
    expect(beforeStop(run)).not.toMatch(HIDDEN)
    // The audit report keeps the characters, written as escapes an auditor sees.
    const reportText = readFileSync(run.outputs['report-path'] as string, 'utf8')
    expect(reportText).not.toMatch(HIDDEN)
    expect(reportText).toContain('"task_id": "\\u202eDEVORPPA\\u200b\\ufeff\\u2066x\\u2069"')
    expect(run.report?.task_id).toBe('\u202eDEVORPPA\u200b\ufeff\u2066x\u2069')
  })
})

describe('declarations-from: base', () => {
  const withBaseSha = (payload: Record<string, unknown>, sha: string): Record<string, unknown> => {
    const pr = payload.pull_request as { base: Record<string, unknown> }
    pr.base = { ...pr.base, sha }
    return payload
  }
  const run = (number: number, sha: string, inputs: Record<string, string> = {}, files: Record<string, string> = {}, body: string | null = TASK): Promise<ActionResult> =>
    runAction({
      inputs: { 'test-command': INFRA_FAILURE, 'declarations-from': 'base', 'fail-on-feedback': 'false', ...inputs },
      files,
      event: { name: 'pull_request', payload: withBaseSha(pullRequestPayload({ number, body }), sha) },
      apiUrl: api.url
    })

  it("ignores the PR body and the PR's edit of the task: the base declares nothing, so no conditional approval", async () => {
    // The PR's body and its version of tasks/t.md both declare postgresql; the base's does not.
    const pr = await run(40, '4'.repeat(40), {}, { 'tasks/t.md': TASK })
    expect(pr.outputs).toMatchObject({ decision: 'feedback', 'requires-infrastructure': '[]', 'task-id': 'TASK-12' })
    expect(pr.report?.task.tasks[0].origin).toBe('tasks/t.md (base commit 4444444)')
    // The same run reading the pull request, as by default, approves conditionally.
    const head = await run(40, '4'.repeat(40), { 'declarations-from': 'pull-request' }, { 'tasks/t.md': TASK })
    expect(head.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true' })
  })

  it('uses the declaration reviewed before the PR, whatever the PR made of it', async () => {
    const r = await run(41, '5'.repeat(40), {}, { 'tasks/t.md': NO_INFRA_TASK }, 'no frontmatter')
    expect(r.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', 'requires-infrastructure': '["postgresql"]' })
    expect(api.requests.some(q => decodeURIComponent(q.path).startsWith('/repos/octo-org/widgets/contents/tasks/t.md?ref=5555555555'))).toBe(true)
  })

  it('declares nothing for a task the PR adds, or one the base has as a symlink', async () => {
    const added = await run(42, '6'.repeat(40), {}, { 'tasks/new.md': TASK })
    expect(added.outputs).toMatchObject({ decision: 'feedback', 'requires-infrastructure': '[]' })
    expect(added.summary).toContain('not in the base commit 6666666 (a task the pull request adds declares nothing until it is merged)')
    const link = await run(43, '7'.repeat(40), {}, { 'tasks/t.md': TASK }, 'fix')
    expect(link.outputs['requires-infrastructure']).toBe('[]')
    expect(link.summary).toContain('is not a regular file in the base commit (a symlink)')
  })

  it('reads task-file from the base commit of a pull request an issue comment links', async () => {
    const payload = { action: 'created', issue: { number: 44, pull_request: { url: 'x' } }, comment: { body: '/gate' }, repository: { full_name: 'octo-org/widgets' } }
    const r = await runAction({ inputs: { 'test-command': INFRA_FAILURE, 'declarations-from': 'base', 'task-file': 'tasks/t.md' }, files: { 'tasks/t.md': NO_INFRA_TASK }, event: { name: 'issue_comment', payload }, apiUrl: api.url })
    expect(r.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', 'requires-infrastructure': '["postgresql"]' })
  })

  it('declares nothing, and says why, when the base cannot be read', async () => {
    const r = await run(40, '4'.repeat(40), { 'github-token': '' }, { 'tasks/t.md': TASK })
    expect(r.outputs).toMatchObject({ decision: 'feedback', 'requires-infrastructure': '[]' })
    expect(r.summary).toContain("declarations-from is base, but the base commit&#39;s task files could not be read (github-token is empty")
  })

  it('reads the workspace on a push, where the checked-out code is the repository', async () => {
    const r = await runAction({ inputs: { 'test-command': INFRA_FAILURE, 'declarations-from': 'base', 'task-file': 'tasks/t.md' }, files: { 'tasks/t.md': TASK } })
    expect(r.outputs).toMatchObject({ decision: 'approve', 'requires-infrastructure': '["postgresql"]' })
  })

  it('names the input when its value is wrong', async () => {
    const r = await runAction({ inputs: { 'test-command': 'true', 'declarations-from': 'head-only' } })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toContain("Input 'declarations-from': 'head-only' is not one of pull-request, base")
  })
})
