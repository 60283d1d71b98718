// JUnit XML reports written for real by pytest, node:test and vitest (see each expected.json
// for how), classified test by test; and the same runs' console logs split per runner.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/classifier.js'
import { parseJUnit } from '../../src/classify/junit.js'
import { classifyJUnit, combineVerdicts } from '../../src/classify/junit-verdict.js'

const root = path.resolve('__fixtures__/junit')
const cases = readdirSync(root).sort()

const summary = (v: ReturnType<typeof classifyText>) => ({
  verdict: { classification: v.classification, confidence: v.confidence, services: [...v.services] },
  tests: v.tests.map(t => ({ name: t.name, classification: t.classification, confidence: t.confidence, services: [...t.services] }))
})

describe('JUnit reports', () => {
  it('has real reports to read', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4)
  })

  it.each(cases)('%s: each failing test classified on its own', name => {
    const dir = path.join(root, name)
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'))
    const parsed = parseJUnit(readFileSync(path.join(dir, 'report.xml'), 'utf8')).map(c => ({ ...c, report: 'report.xml' }))
    const v = classifyJUnit(parsed)
    expect(summary(v)).toEqual({ verdict: expected.verdict, tests: expected.tests })
    for (const t of v.tests) expect(t.evidence?.line, t.name).toBeGreaterThan(0)
  })

  it.each(cases)('%s: the console log of the same run, split per runner, agrees', name => {
    const dir = path.join(root, name)
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'))
    const v = classifyText(readFileSync(path.join(dir, 'out.log'), 'utf8'))
    expect(summary(v).verdict).toEqual(expected.verdict)
    expect(v.tests.map(t => t.classification)).toEqual(expected.tests.map((t: { classification: string }) => t.classification))
  })
})

describe('parseJUnit', () => {
  it('reads outcomes, attributes with entities, and CDATA verbatim', () => {
    const xml = `<?xml version="1.0"?>
<testsuites><testsuite name="s">
  <testcase classname="a.B" name="ok"/>
  <testcase classname="a.B" name="skips"><skipped message="later"/></testcase>
  <testcase classname="a.B" name="fails &amp; says &quot;why&quot;"><failure type="AssertionError" message="1 &lt; 2">
<![CDATA[Traceback: x < y && "z"]]> &amp; more</failure></testcase>
  <testcase classname="a.B" name="errs"><error message="boom" type="Err"/></testcase>
</testsuite></testsuites>`
    const parsed = parseJUnit(xml)
    expect(parsed.map(c => [c.name, c.outcome])).toEqual([['ok', 'passed'], ['skips', 'skipped'], ['fails & says "why"', 'failure'], ['errs', 'error']])
    expect(parsed[2]).toMatchObject({ type: 'AssertionError', message: '1 < 2', text: '\nTraceback: x < y && "z" & more', line: 5, id: 'a.B.fails & says "why"' })
  })

  it('refuses a file that is not JUnit XML, saying so', () => {
    expect(() => parseJUnit('{"tests": []}')).toThrow(/not a JUnit XML report/)
  })
})

describe('combineVerdicts', () => {
  it('lets a code failure seen in the log win over a report that says infrastructure', () => {
    const log = classifyText('E       AssertionError: totals differ')
    const junit = classifyJUnit(parseJUnit('<testsuite><testcase name="t"><failure message="connect ECONNREFUSED 127.0.0.1:5432"/></testcase></testsuite>').map(c => ({ ...c, report: 'r.xml' })))
    expect(junit.classification).toBe('infrastructure')
    const v = combineVerdicts(log, junit)
    expect(v.classification).toBe('code')
    expect(v.tests.map(t => t.name)).toEqual(['t'])
  })

  it('keeps the log verdict when the report has no failing test', () => {
    const log = classifyText('Error: connect ECONNREFUSED 127.0.0.1:6379')
    const junit = classifyJUnit(parseJUnit('<testsuite><testcase name="t"/></testsuite>').map(c => ({ ...c, report: 'r.xml' })))
    expect(combineVerdicts(log, junit)).toBe(log)
  })
})

describe('log splitting per runner', () => {
  const split = (log: string[]) => classifyText(log.join('\n')).tests.map(t => [t.runner, t.name, t.classification])

  it('go test: failing tests, passing ones dropped, parents of failed subtests dropped', () => {
    expect(split([
      '=== RUN   TestA', '    a_test.go:9: got 3, want 4', '--- FAIL: TestA (0.00s)',
      '=== RUN   TestB', '    b_test.go:3: retrying: connect ECONNREFUSED', '--- PASS: TestB (0.00s)',
      '--- FAIL: TestC (0.00s)', '    --- FAIL: TestC/sub (0.00s)', '        c_test.go:12: dial tcp 127.0.0.1:5432: connect: connection refused',
      'FAIL', 'FAIL\texample.com/x\t0.01s'
    ])).toEqual([['go', 'TestA', 'code'], ['go', 'TestC/sub', 'infrastructure']])
  })

  it('Maven surefire', () => {
    expect(split([
      '[ERROR] Tests run: 2, Failures: 1, Errors: 1, Skipped: 0, Time elapsed: 0.3 s <<< FAILURE! -- in com.acme.StoreTest',
      '[ERROR] com.acme.StoreTest.saves -- Time elapsed: 0.1 s <<< ERROR!',
      'org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct.',
      '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)',
      '[ERROR] com.acme.StoreTest.totals -- Time elapsed: 0.01 s <<< FAILURE!',
      'org.opentest4j.AssertionFailedError: expected: <4> but was: <3>',
      '[INFO] Results:'
    ])).toEqual([['surefire', 'com.acme.StoreTest.saves', 'infrastructure'], ['surefire', 'com.acme.StoreTest.totals', 'code']])
  })

  it('RSpec and mocha number their failures', () => {
    expect(split([
      'Failures:', '', '  1) User saves', '     Failure/Error: User.create!(name: "x")', '     PG::ConnectionBad:', '       connection to server at "127.0.0.1", port 5432 failed: Connection refused',
      '', '  2) User greets', '     Failure/Error: expect(user.greeting).to eq("hi")', '', '       expected: "hi"', '            got: "hello"', '', 'Finished in 0.1 seconds'
    ])).toEqual([['rspec', 'User saves', 'infrastructure'], ['rspec', 'User greets', 'code']])
  })

  it('cargo test, dotnet test, unittest and node:test spec', () => {
    expect(split(['---- tests::ping stdout ----', "thread 'tests::ping' panicked at src/lib.rs:9:5:", 'Failed to connect to 127.0.0.1:6379 - connection refused', 'failures:', 'test result: FAILED. 0 passed; 1 failed'])).toEqual([['cargo', 'tests::ping', 'infrastructure']])
    expect(split(['  Failed Shop.Tests.OrderTests.Saves [120 ms]', '  Error Message:', '   Npgsql.NpgsqlException : Failed to connect to 127.0.0.1:5432', 'Failed!  - Failed: 1, Passed: 3'])).toEqual([['dotnet', 'Shop.Tests.OrderTests.Saves', 'infrastructure']])
    expect(split(['======', 'FAIL: test_total (tests.test_cart.CartTest.test_total)', '------', 'AssertionError: 3 != 4', '------', 'Ran 3 tests in 0.001s'])).toEqual([['unittest', 'test_total (tests.test_cart.CartTest.test_total)', 'code']])
    expect(split(['✖ saves an order (3.1ms)', '  Error: connect ECONNREFUSED 127.0.0.1:27017', 'ℹ tests 2'])).toEqual([['node:test', 'saves an order', 'infrastructure']])
  })
})
