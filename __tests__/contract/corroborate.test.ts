// Corroboration and `setup` (SPEC, Classification; issue 24) through the built action under
// Node 24, in a network namespace of its own where nothing listens unless the test says so
// (RunOptions.listening starts a listener inside that namespace, beside the action).
import { describe, expect, it } from 'vitest'
import { runAction } from '../harness/action.js'

const REFUSED_5432 = [
  '============================= test session starts ==============================',
  'collected 1 item',
  '',
  'tests/test_db.py F                                                        [100%]',
  '',
  '=================================== FAILURES ===================================',
  '________________________________ test_insert _________________________________',
  'E   psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused',
  '=========================== short test summary info ============================',
  'FAILED tests/test_db.py::test_insert - psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused',
  '============================== 1 failed in 0.05s ==============================='
].join('\n')

const replay = (log: string, exit = 1): { inputs: Record<string, string>; files: Record<string, string> } => ({
  inputs: { 'test-command': `cat output.log; exit ${exit}`, 'requires-infrastructure': 'postgresql' },
  files: { 'output.log': `${log}\n` }
})

describe('corroboration on the runner, under Node 24', () => {
  it('refused, and nothing listens there now: approved, with the check recorded', async () => {
    const run = await runAction({ ...replay(REFUSED_5432), docker: 'no-daemon' })
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', classification: 'infrastructure', confidence: 'high', service: 'postgresql' })
    expect(run.report?.corroboration).toEqual([expect.objectContaining({ claim: expect.stringContaining('127.0.0.1:5432'), check: 'connect to 127.0.0.1:5432', result: 'corroborated', time_ms: expect.any(Number) })])
    expect(run.report?.corroboration[0].time_ms).toBeLessThan(1000)
    expect(run.summary).toContain('checked: nothing accepts on 127.0.0.1:5432')
  })

  it('the same log while something accepts on 127.0.0.1:5432: not approved, and the summary says why', async () => {
    const run = await runAction({ ...replay(REFUSED_5432), docker: 'no-daemon', listening: [5432] })
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'code', confidence: 'ambiguous' })
    expect(run.report?.corroboration).toEqual([expect.objectContaining({ result: 'not-missing' })])
    expect(run.summary).toContain('something accepts on 127.0.0.1:5432 now')
  })

  it('refused on 5432 while the step\'s DATABASE_URL names 5433: code, the configuration ignored', async () => {
    const run = await runAction({ ...replay(REFUSED_5432), docker: 'no-daemon', env: { DATABASE_URL: 'postgresql://app:hunter2@127.0.0.1:5433/app' } })
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'code', confidence: 'high' })
    expect(run.summary).toContain('the code ignored its configuration')
    expect(run.summary).toContain('127.0.0.1:5433')
    expect(JSON.stringify(run.report)).not.toContain('hunter2')
    expect(run.summary).not.toContain('hunter2')
  })

  it('a missing motor while the project\'s other packages are installed, mongodb declared: still approved (the floor)', async () => {
    const run = await runAction({
      inputs: { 'test-command': 'python3 -m pytest -q -p no:cacheprovider tests', 'requires-infrastructure': 'mongodb' },
      files: { 'requirements.txt': 'pytest\nmotor>=3\n', 'tests/test_store.py': 'import motor.motor_asyncio\n\n\ndef test_store():\n    assert motor\n' },
      docker: 'no-daemon'
    })
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', classification: 'infrastructure', confidence: 'high', service: 'mongodb' })
    expect(run.report?.corroboration).toEqual([expect.objectContaining({ result: 'corroborated', check: "find_spec('motor') in working-directory" })])
    expect(run.summary).toContain('checked: motor is not installed for Python in working-directory')
  })
})

describe('setup: the tests could not run, under Node 24', () => {
  it('package.json lists pg and there is no node_modules: setup, install advice, never approved', async () => {
    const run = await runAction({
      inputs: { 'test-command': 'node test/db.test.js', 'requires-infrastructure': 'postgresql' },
      files: {
        'package.json': JSON.stringify({ name: 'app', private: true, dependencies: { pg: '^8.11.0' } }),
        'package-lock.json': JSON.stringify({ name: 'app', lockfileVersion: 3, packages: {} }),
        'test/db.test.js': "const { Client } = require('pg')\nnew Client().connect()\n"
      },
      docker: 'no-daemon'
    })
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'setup', confidence: 'high', rule: 'setup.dependencies-not-installed' })
    expect(run.summary).toContain('npm ci')
    expect(run.summary).not.toMatch(/Start PostgreSQL/)
    expect(run.report?.issues[0]).toMatchObject({ category: 'setup', failure_classification: 'setup' })
  })

  it('`pytset -q`: the shell did not find the test command, setup', async () => {
    const run = await runAction({ inputs: { 'test-command': 'pytset -q', 'requires-infrastructure': 'postgresql' }, docker: 'no-daemon' })
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'setup', 'exit-code': '127', rule: 'setup.command-not-found' })
    expect(run.summary).toContain('pytset')
    expect(run.summary).toContain('test-command')
  })

  it('an invalid input: setup', async () => {
    const run = await runAction({ inputs: { 'test-command': 'true', 'test-timeout': 'soon' }, docker: 'no-daemon' })
    expect(run.outputs).toMatchObject({ decision: 'feedback', classification: 'setup', rule: 'setup.invalid-input' })
  })
})
