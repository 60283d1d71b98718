// Runner-contract tests for issue 25, the built action under Node 24: compare-base on real git
// repositories made here (a base commit, a pull request's head commit on a branch), the event's
// pull_request.base.sha naming the base. The tests are pytest (Debian's python3-pytest, -v so it
// names its passing tests), and a refusal is a connection to 127.0.0.1:5432 in the action's own
// network namespace, where nothing listens.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { pullRequestPayload, runAction, tempDir, type ActionResult } from '../harness/action.js'

const PYTEST = 'python3 -m pytest -v -p no:cacheprovider tests'
// pytest is part of the test setup (scripts/test-setup.sh installs Debian's python3-pytest): without it these fail, never skip.
execFileSync('/usr/bin/python3', ['-c', 'import pytest'], { stdio: 'ignore' })

const CONNECT = ['import socket', '', '', 'def db():', '    return socket.create_connection(("127.0.0.1", 5432), timeout=2)', '']
/** A refusal the classifier alone excuses: a bare ConnectionRefusedError, infrastructure/high. */
const REFUSED = (name: string): string[] => [`def ${name}():`, '    db()', '', '']
/** A refusal the classifier alone does not excuse: wrapped in the project's own error (infrastructure/ambiguous). */
const WRAPPED = (name: string): string[] => [
  `def ${name}():`, '    try:', '        db()', '    except OSError as error:', '        raise StoreUnavailable("the order store is down") from error', '', ''
]
const STORE_ERROR = ['class StoreUnavailable(Exception):', '    pass', '', '']
const PASSES = (name: string): string[] => [`def ${name}():`, '    assert 2 + 2 == 4', '', '']
/** A defect in a shape no rule knows: the project's own exception with its own words. */
const UNKNOWN_DEFECT = (name: string): string[] => [
  'class LedgerDrift(Exception):', '    pass', '', '', `def ${name}():`, '    raise LedgerDrift("ledger drifted by 3 widgets against the stock book")', '', ''
]
const ASSERTION = (name: string): string[] => [`def ${name}():`, '    assert 2 + 2 == 5, "the totals disagree"', '', '']

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

/** A repository with a base commit on main and the pull request's commit on a branch, checked out. */
function repository(base: Record<string, string>, head: Record<string, string | null>): { workspace: string; baseSha: string } {
  const workspace = path.join(tempDir('coach-gate-compare-'), 'workspace')
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

async function gate(workspace: string, baseSha: string, inputs: Record<string, string> = {}): Promise<ActionResult> {
  return runAction({
    workspace,
    inputs: { 'test-command': PYTEST, 'requires-infrastructure': 'postgresql', 'compare-base': 'on-failure', 'github-token': '', 'fail-on-feedback': 'false', ...inputs },
    event: { name: 'pull_request', payload: payload(baseSha) },
    docker: 'no-daemon',
    timeoutMs: 60_000
  })
}

/** No worktree is left registered, and none is left on disk. */
function expectCleanedUp(run: ActionResult): void {
  expect(git(run.workspace, 'worktree', 'list', '--porcelain').split('\n').filter(l => l.startsWith('worktree ')).length).toBe(1)
  expect(readdirSync(path.join(run.dir, 'runner-temp')).filter(e => e.startsWith('coach-gate-base-'))).toEqual([])
}

/** The summary as a reader sees it: character references and markdown escapes undone. */
const readable = (run: ActionResult): string =>
  run.summary.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\\([\\`*_[\]~])/g, '$1')

const statuses = (run: ActionResult): Record<string, string> =>
  Object.fromEntries((run.report?.base_comparison?.failing_tests ?? []).map((t: { name: string; status: string }) => [t.name, t.status]))

describe('compare-base: the same tests on the base commit', () => {
  it('an introduced defect in a shape no rule knows is not approved', async () => {
    const base = { 'tests/test_orders.py': [...CONNECT, ...REFUSED('test_save_order'), ...PASSES('test_ledger')].join('\n') }
    const { workspace, baseSha } = repository(base, { 'tests/test_orders.py': [...CONNECT, ...REFUSED('test_save_order'), ...UNKNOWN_DEFECT('test_ledger')].join('\n') })
    const run = await gate(workspace, baseSha)
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', 'introduced-failures': '1', 'pre-existing-failures': '1' })
    expect(statuses(run)).toEqual({ test_save_order: 'pre-existing', test_ledger: 'introduced' })
    expect(run.report?.base_comparison).toMatchObject({ ran: true, commit: baseSha, ref_source: 'pull-request', fetched: false })
    expect(run.report?.base_comparison.failing_tests.find((t: { name: string }) => t.name === 'test_ledger')).toMatchObject({ at_base: 'passes', outcome: 'unexplained' })
    expect(run.summary).toContain('### Against the base commit')
    expect(readable(run)).toMatch(/<code>test_ledger<\/code> — \*\*introduced\*\*: at base passes/)
    expect(run.report?.rationale).toMatch(/introduced/)
    expectCleanedUp(run)
  })

  it('a refusal the same at base is approved, with the count', async () => {
    const base = { 'app/orders.py': 'def total(items):\n    return sum(items)\n', 'tests/test_orders.py': [...CONNECT, ...REFUSED('test_save_order'), ...PASSES('test_total')].join('\n') }
    const { workspace, baseSha } = repository(base, { 'app/orders.py': 'def total(items):\n    return sum(i for i in items)\n' })
    const run = await gate(workspace, baseSha)
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', classification: 'infrastructure', confidence: 'high', 'introduced-failures': '0', 'pre-existing-failures': '1' })
    expect(run.summary).toContain('The same 1 test fails the same way on the base commit')
    expect(readable(run)).toContain("where this PR's changes are absent")
    expect(run.report?.base_comparison.tests).toMatchObject({ tests_passed: false })
    expectCleanedUp(run)
  })

  it('a wrapped refusal the classifier alone would not approve, the same at base, is approved', async () => {
    const tests = [...CONNECT, ...STORE_ERROR, ...WRAPPED('test_save_order'), ...WRAPPED('test_cancel_order'), ...PASSES('test_total')].join('\n')
    const { workspace, baseSha } = repository({ 'tests/test_orders.py': tests, 'app/orders.py': 'RATE = 1\n' }, { 'app/orders.py': 'RATE = 2\n' })
    const without = await gate(workspace, baseSha, { 'compare-base': 'off' })
    // The log alone: infrastructure, but not certainly (the refusal is wrapped in the project's own error).
    expect(without.outputs).toMatchObject({ decision: 'feedback', classification: 'infrastructure', confidence: 'ambiguous', 'introduced-failures': '', 'pre-existing-failures': '' })
    expect(without.report?.base_comparison).toBeUndefined()
    const run = await gate(workspace, baseSha)
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', classification: 'infrastructure', confidence: 'ambiguous', 'introduced-failures': '0', 'pre-existing-failures': '2' })
    expect(run.summary).toContain('The same 2 tests fail the same way on the base commit')
    expect(run.summary).toContain('APPROVED (infra-dependent, independent tests skipped)')
    expectCleanedUp(run)
  })

  it('a new test that needs the service is judged on its own: a refusal is excused, an assertion is not', async () => {
    const base = [...CONNECT, ...STORE_ERROR, ...WRAPPED('test_save_order'), ...PASSES('test_total')]
    const refused = repository({ 'tests/test_orders.py': base.join('\n') }, { 'tests/test_orders.py': [...base, ...REFUSED('test_report')].join('\n') })
    const run = await gate(refused.workspace, refused.baseSha)
    expect(statuses(run)).toEqual({ test_save_order: 'pre-existing', test_report: 'new' })
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', 'introduced-failures': '0', 'pre-existing-failures': '1' })
    expect(run.summary).toContain('1 new test fails only because a service was not available')
    expectCleanedUp(run)

    const asserted = repository({ 'tests/test_orders.py': base.join('\n') }, { 'tests/test_orders.py': [...base, ...ASSERTION('test_report')].join('\n') })
    const broken = await gate(asserted.workspace, asserted.baseSha)
    expect(statuses(broken)).toEqual({ test_save_order: 'pre-existing', test_report: 'new' })
    expect(broken.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', 'introduced-failures': '0', 'pre-existing-failures': '1' })
    expectCleanedUp(broken)
  })

  it('a base that cannot be checked out is reported, and the run is decided as without it', async () => {
    const tests = [...CONNECT, ...STORE_ERROR, ...WRAPPED('test_save_order')].join('\n')
    const { workspace } = repository({ 'tests/test_orders.py': tests }, { 'README.md': 'changed\n' })
    const run = await gate(workspace, 'f'.repeat(40))
    expect(run.outputs).toMatchObject({ decision: 'feedback', classification: 'infrastructure', confidence: 'ambiguous', 'introduced-failures': '', 'pre-existing-failures': '' })
    expect(run.report?.base_comparison).toMatchObject({ ran: false, ref: 'f'.repeat(40) })
    expect(run.report?.base_comparison.reason).toMatch(/could not be checked out/)
    expect(readable(run)).toMatch(/Not compared: the base commit f{40} could not be checked out/)
    expectCleanedUp(run)
  })

  it('a base commit the shallow checkout lacks is fetched from origin (depth 1), tested, and removed', async () => {
    const tests = [...CONNECT, ...STORE_ERROR, ...WRAPPED('test_save_order'), ...PASSES('test_total')].join('\n')
    const origin = repository({ 'tests/test_orders.py': tests, 'app/orders.py': 'RATE = 1\n' }, { 'app/orders.py': 'RATE = 2\n' })
    git(origin.workspace, 'config', 'uploadpack.allowAnySHA1InWant', 'true')
    const workspace = path.join(tempDir('coach-gate-shallow-'), 'workspace')
    execFileSync('git', ['clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin.workspace}`, workspace])
    expect(() => git(workspace, 'cat-file', '-e', `${origin.baseSha}^{commit}`)).toThrow()
    const run = await gate(workspace, origin.baseSha)
    expect(run.report?.base_comparison).toMatchObject({ ran: true, commit: origin.baseSha, fetched: true })
    expect(run.outputs).toMatchObject({ decision: 'approve', 'pre-existing-failures': '1' })
    expectCleanedUp(run)
  })

  it('the dependency folders of the checkout are linked into the base worktree, and left alone when it goes', async () => {
    const tests = [...CONNECT, ...STORE_ERROR, 'import pathlib', '', '', 'def test_vendor():', '    assert (pathlib.Path(__file__).parent.parent / "node_modules" / "marker.txt").read_text() == "installed"', '', '', ...WRAPPED('test_save_order')].join('\n')
    const { workspace, baseSha } = repository({ 'tests/test_orders.py': tests, '.gitignore': 'node_modules/\n' }, { 'README.md': 'changed\n' })
    write(workspace, { 'node_modules/marker.txt': 'installed' })
    const run = await gate(workspace, baseSha)
    expect(run.report?.base_comparison).toMatchObject({ ran: true, linked: ['node_modules'] })
    expect(statuses(run)).toEqual({ test_save_order: 'pre-existing' })
    expect(existsSync(path.join(workspace, 'node_modules', 'marker.txt'))).toBe(true)
    expectCleanedUp(run)
  })
})
