// Runner-contract tests for issue 16, the built action under Node 24: the failure signature across
// runs, repeat-count across attempts, annotations on the failing line, and flaky tests.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { MERGE_DIST, runAction, tempDir } from '../harness/action.js'

// A real pytest failure whose message holds what changes from run to run: the time, pytest's
// numbered temporary directory, a process id.
const storeProject = (failing: 'test_load' | 'test_save'): Record<string, string> => ({
  'app/__init__.py': '',
  'app/store.py': ['import json', '', '', 'def load(path):', '    return json.loads(path.read_text())', '', '', 'def save(path, data):', '    path.write_text(json.dumps(data))', ''].join('\n'),
  'tests/test_store.py': [
    'import datetime, os',
    'from app.store import load, save',
    '',
    '',
    'def test_load(tmp_path):',
    '    target = tmp_path / "users.json"',
    '    target.write_text("{}")',
    `    assert ${failing === 'test_load' ? 'load(target) == {"ok": True}' : 'True'}, f"at {datetime.datetime.now().isoformat()} pid {os.getpid()} read {target}"`,
    '',
    '',
    'def test_save(tmp_path):',
    '    target = tmp_path / "users.json"',
    '    save(target, {"ok": True})',
    `    assert ${failing === 'test_save' ? 'load(target) == {}' : 'True'}, f"at {datetime.datetime.now().isoformat()} pid {os.getpid()} wrote {target}"`,
    ''
  ].join('\n')
})
const PYTEST = 'python3 -m pytest -p no:cacheprovider'

// jest 29's output for a failing test, as it prints it (paths under <rootDir> absolute, as on a runner).
const JEST_OUTPUT = `FAIL tests/sum.test.js
  sum
    ✕ adds (3 ms)

  ● sum › adds

    expect(received).toBe(expected) // Object.is equality

    Expected: 4
    Received: 3

       7 | describe('sum', () => {
       8 |   it('adds', () => {
    >  9 |     expect(sum(1, 2)).toBe(4)
         |                       ^
      10 |   })

      at Object.toBe (<rootDir>/tests/sum.test.js:9:23)
      at Promise.then.completed (<rootDir>/node_modules/jest-circus/build/utils.js:298:28)

Test Suites: 1 failed, 1 total
Tests:       1 failed, 1 total
Snapshots:   0 total
Time:        0.412 s
Ran all test suites.
`

describe('failure signature', () => {
  it('is the same for the same failure in two runs with other times and temporary paths, and another for another test', async () => {
    const first = await runAction({ inputs: { 'test-command': PYTEST }, files: storeProject('test_load') })
    const second = await runAction({ inputs: { 'test-command': PYTEST }, files: storeProject('test_load') })
    const other = await runAction({ inputs: { 'test-command': PYTEST }, files: storeProject('test_save') })
    // The messages really differ: pytest's temporary directory and the time are in them.
    const evidence = (run: typeof first): string => run.report?.issues.find((i: { category: string }) => i.category === 'code')?.failing_tests[0].evidence.text
    expect(evidence(first)).toMatch(/pytest-\d+/)
    expect(evidence(first)).not.toBe(evidence(second))
    expect(first.outputs['failure-signature']).toMatch(/^[0-9a-f]{16}$/)
    expect(second.outputs['failure-signature']).toBe(first.outputs['failure-signature'])
    expect(other.outputs['failure-signature']).toMatch(/^[0-9a-f]{16}$/)
    expect(other.outputs['failure-signature']).not.toBe(first.outputs['failure-signature'])
    expect(first.report?.failure_signature).toBe(first.outputs['failure-signature'])
    expect(first.summary).toContain(`| Failure signature | <code>${first.outputs['failure-signature']}</code> |`)
  })

  it('is empty when the tests pass', async () => {
    const run = await runAction({ inputs: { 'test-command': `${PYTEST} -k nothing_fails --co -q || true` }, files: storeProject('test_load') })
    expect(run.outputs).toMatchObject({ 'tests-passed': 'true', 'failure-signature': '', 'repeat-count': '0', flaky: 'false' })
    expect(run.report).toMatchObject({ failure_signature: '', repeat_count: 0, flaky: false })
  })
})

describe('the merge sub-action reads the signature', () => {
  it('one failing shard: the matrix has its signature; two failing shards: a signature of both, whatever their order', async () => {
    const shard = async (name: string, failing: 'test_load' | 'test_save' | 'none'): Promise<string> => {
      const files = failing === 'none' ? storeProject('test_load') : storeProject(failing)
      const run = await runAction({ inputs: { 'test-command': failing === 'none' ? `${PYTEST} -k test_save` : PYTEST, shard: name, 'fail-on-feedback': 'false' }, files })
      return readFileSync(run.outputs['report-path'] as string, 'utf8')
    }
    const [a, b, c] = await Promise.all([shard('a', 'test_load'), shard('b', 'none'), shard('c', 'test_save')])
    const signatureOf = (report: string): string => JSON.parse(report).failure_signature
    expect(signatureOf(a)).toMatch(/^[0-9a-f]{16}$/)
    expect(signatureOf(b)).toBe('')
    const merge = (reports: Record<string, string>) => runAction({ entry: MERGE_DIST, inputs: { reports: 'reports/*.json' }, files: Object.fromEntries(Object.entries(reports).map(([n, r]) => [`reports/${n}.json`, r])) })
    const one = await merge({ a, b })
    expect(one.outputs['failure-signature']).toBe(signatureOf(a))
    const both = await merge({ a, b, c })
    const reversed = await merge({ x: c, y: b, z: a })
    expect(both.outputs['failure-signature']).toMatch(/^[0-9a-f]{16}$/)
    expect(both.outputs['failure-signature']).not.toBe(signatureOf(a))
    expect(reversed.outputs['failure-signature']).toBe(both.outputs['failure-signature'])
  })
})

describe('repeat-count', () => {
  it('counts the second attempt of a run with the same failure as 2, and says "same failure"; a restored report of another run counts too', async () => {
    const reports = tempDir('coach-gate-reports-')
    const files = storeProject('test_load')
    const first = await runAction({ inputs: { 'test-command': PYTEST, 'report-directory': reports }, files, env: { GITHUB_RUN_ATTEMPT: '1' } })
    expect(first.outputs['repeat-count']).toBe('1')
    expect(first.summary).not.toContain('Same failure')
    const second = await runAction({ inputs: { 'test-command': PYTEST, 'report-directory': reports }, files, env: { GITHUB_RUN_ATTEMPT: '2' } })
    expect(path.basename(second.outputs['report-path'] ?? '')).toBe('coach_turn_2.json')
    expect(second.outputs['repeat-count']).toBe('2')
    expect(second.outputs['failure-signature']).toBe(first.outputs['failure-signature'])
    expect(second.summary).toContain('**Same failure as attempt 1** (2 attempts in a row')
    expect(second.summary).toContain('What changed since: nothing: the same commit, and the same tests fail.')
    expect(second.report).toMatchObject({ repeat_count: 2, repeat_of: { turn: 1, name: 'attempt 1' }, run_id: '9001' })

    // The next push: another run, a new commit, the two reports restored from a cache into the workspace.
    const restored: Record<string, string> = { ...files }
    for (const n of [1, 2]) restored[`.coach-gate-history/9001-${n}.json`] = readFileSync(path.join(reports, `coach_turn_${n}.json`), 'utf8')
    const next = await runAction({
      inputs: { 'test-command': PYTEST, 'previous-reports': '.coach-gate-history/*.json', 'report-directory': tempDir('coach-gate-reports-') },
      files: restored,
      env: { GITHUB_RUN_ID: '9002', GITHUB_RUN_ATTEMPT: '1', GITHUB_SHA: 'b'.repeat(40) }
    })
    expect(next.outputs['repeat-count']).toBe('3')
    expect(next.summary).toContain('**Same failure as run 9001 attempt 2** (3 attempts in a row')
    expect(next.summary).toContain('since run 9001 attempt 1')
    expect(next.summary).toContain('new commit bbbbbbb (was aaaaaaa)')

    // Another failure ends the streak.
    const fixed = await runAction({ inputs: { 'test-command': PYTEST, 'previous-reports': '.coach-gate-history/*.json' }, files: { ...restored, ...storeProject('test_save') }, env: { GITHUB_RUN_ID: '9003' } })
    expect(fixed.outputs['repeat-count']).toBe('1')
  })

  it('a previous-reports glob that matches nothing is a note, not an error', async () => {
    const run = await runAction({ inputs: { 'test-command': PYTEST, 'previous-reports': 'history/*.json' }, files: storeProject('test_load') })
    expect(run.outputs).toMatchObject({ decision: 'feedback', classification: 'code', 'repeat-count': '1' })
    expect(JSON.stringify(run.report?.issues)).toContain('previous-reports: no file matches history/*.json')
  })
})

describe('annotations on the failing line', () => {
  it('pytest: an error on the test file and line, relative to the workspace', async () => {
    const files = {
      ...storeProject('test_load'),
      'tests/test_calc.py': ['def add(a, b):', '    return a - b', '', '', 'def test_add():', '    assert add(2, 2) == 4', ''].join('\n')
    }
    const run = await runAction({ inputs: { 'test-command': `${PYTEST} tests/test_calc.py` }, files })
    expect(run.outputs.classification).toBe('code')
    expect(run.stdout).toMatch(/^::error title=coach-gate%3A test_add failed \(code\),file=tests\/test_calc\.py,line=6::/m)
    const failing = run.report?.issues.find((i: { category: string }) => i.category === 'code')?.failing_tests
    expect(failing[0]).toMatchObject({ name: 'test_add', location: { file: 'tests/test_calc.py', line: 6 } })
    expect(run.summary).toContain('at <code>tests/test&#95;calc.py:6</code>')
  })

  it('pytest in a working-directory: the path is made relative to the workspace', async () => {
    const files: Record<string, string> = {}
    for (const [name, content] of Object.entries(storeProject('test_save'))) files[`backend/${name}`] = content
    const run = await runAction({ inputs: { 'test-command': PYTEST, 'working-directory': 'backend' }, files })
    expect(run.stdout).toMatch(/^::error title=coach-gate%3A test_save failed \(code\),file=backend\/tests\/test_store\.py,line=14::/m)
  })

  it('jest: an error on the test file and line, from an absolute path, past node_modules frames', async () => {
    const files = {
      'jest-output.txt': JEST_OUTPUT,
      'tests/sum.test.js': "const sum = require('../src/sum')\n\n\n\n\n\ndescribe('sum', () => {\n  it('adds', () => {\n    expect(sum(1, 2)).toBe(4)\n  })\n})\n",
      'src/sum.js': 'module.exports = (a, b) => a + b\n',
      'node_modules/jest-circus/build/utils.js': '// stand-in\n'
    }
    const run = await runAction({ inputs: { 'test-command': 'sed "s#<rootDir>#$PWD#g" jest-output.txt; exit 1' }, files })
    expect(run.outputs.classification).toBe('code')
    expect(run.stdout).toMatch(/^::error title=coach-gate%3A sum › adds failed \(code\),file=tests\/sum\.test\.js,line=9::/m)
    expect(run.stdout).not.toMatch(/file=node_modules/)
  })
})

describe('flaky or broken', () => {
  // Fails on the first run, passes on the next: the marker file survives between attempts, and
  // the second run (verbose, so each passing test is named) finds test_load fixed.
  const flakyFiles = (): Record<string, string> => ({
    ...storeProject('test_load'),
    'run.sh': ['if [ -e .ran-once ]; then sed -i \'s/== {"ok": True}/== {}/\' tests/test_store.py; exec python3 -m pytest -p no:cacheprovider -v tests/test_store.py; fi', 'touch .ran-once', 'exec python3 -m pytest -p no:cacheprovider tests/test_store.py', ''].join('\n')
  })

  it('a failing-then-passing command with retries: 1 is flaky: tests passed, approved with a warning, both attempts shown', async () => {
    const run = await runAction({ inputs: { 'test-command': 'bash run.sh', retries: '1' }, files: flakyFiles() })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ flaky: 'true', 'tests-passed': 'true', decision: 'approve', summary: 'APPROVED (flaky: passed on a retry)', 'failure-signature': '', 'exit-code': '0' })
    expect(run.stdout).toMatch(/^::warning title=coach-gate%3A flaky tests::The tests failed on attempt 1 and passed on attempt 2\. Failed first: test_load\./m)
    expect(run.summary).toContain('### Attempts')
    expect(run.summary).toMatch(/- attempt 1: ❌ failed \(code\) · exit code 1 · [\d.]+ s · failing: <code>test&#95;load<\/code>/)
    expect(run.summary).toMatch(/- attempt 2: ✅ passed · exit code 0/)
    expect(run.report).toMatchObject({ flaky: true, attempts: [{ attempt: 1, tests_passed: false, failing_tests: ['test_load'] }, { attempt: 2, tests_passed: true }] })
    expect(run.report?.attempts[0].failure_signature).toMatch(/^[0-9a-f]{16}$/)
    expect(readFileSync(run.report?.attempts[0].log_path, 'utf8')).toContain('1 failed')
    expect(run.outputs['log-path']).toBe(run.report?.attempts[1].log_path)
  })

  it('flaky-decision: feedback refuses a pass that needed a retry', async () => {
    const run = await runAction({ inputs: { 'test-command': 'bash run.sh', retries: '2', 'flaky-decision': 'feedback' }, files: flakyFiles() })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ flaky: 'true', 'tests-passed': 'true', decision: 'feedback', summary: 'FEEDBACK: flaky tests' })
  })

  it('without retries the same command fails once and is not flaky', async () => {
    const run = await runAction({ inputs: { 'test-command': 'bash run.sh' }, files: flakyFiles() })
    expect(run.outputs).toMatchObject({ flaky: 'false', 'tests-passed': 'false', decision: 'feedback' })
    expect(run.report?.attempts).toHaveLength(1)
  })

  it('a broken test fails every attempt: the last decides, and every attempt is shown', async () => {
    const run = await runAction({ inputs: { 'test-command': PYTEST, retries: '2' }, files: storeProject('test_load') })
    expect(run.outputs).toMatchObject({ flaky: 'false', 'tests-passed': 'false', decision: 'feedback', classification: 'code' })
    expect(run.report?.attempts.map((a: { tests_passed: boolean }) => a.tests_passed)).toEqual([false, false, false])
    expect(run.summary).toContain('| Attempts | 3 (retries: the tests failed, then failed again) |')
  })

  it('an infrastructure failure is not retried into a flaky pass, and the summary says so', async () => {
    const script = ['if [ -e .ran-once ]; then echo "1 passed"; exit 0; fi', 'touch .ran-once', 'echo "Traceback (most recent call last):"', 'echo "ConnectionRefusedError: [Errno 111] Connection refused"', 'exit 1', ''].join('\n')
    const run = await runAction({ inputs: { 'test-command': 'bash infra.sh', retries: '3' }, files: { 'infra.sh': script } })
    expect(run.outputs).toMatchObject({ flaky: 'false', 'tests-passed': 'false', classification: 'infrastructure', decision: 'feedback' })
    expect(run.report?.attempts).toHaveLength(1)
    expect(run.report?.not_retried).toBe('the failure is infrastructure: a missing service is not retried into a flaky pass')
    expect(run.summary).toContain('- not retried: the failure is infrastructure')
  })

  it('a timeout is not retried', async () => {
    const run = await runAction({ inputs: { 'test-command': 'if [ -e .ran-once ]; then exit 0; fi; touch .ran-once; sleep 30', retries: '1', 'test-timeout': '0.02' }, files: {} })
    expect(run.outputs).toMatchObject({ flaky: 'false', 'tests-passed': 'false', 'exit-code': '124', summary: 'FEEDBACK: tests timed out' })
    expect(run.report?.not_retried).toBe('the tests timed out: a timeout is never retried into a pass')
    expect(run.outputs['failure-signature']).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('crash path', () => {
  it('a bad retries input still sets every output, the new ones included', async () => {
    const run = await runAction({ inputs: { 'test-command': 'true', retries: 'many' }, files: {} })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ summary: 'FEEDBACK: invalid input', 'failure-signature': '', 'repeat-count': '0', flaky: 'false' })
    expect(run.stdout).toContain("Input 'retries': 'many' is not a whole number")
    expect(run.report).toMatchObject({ failure_signature: '', repeat_count: 0, flaky: false })
  })
})

