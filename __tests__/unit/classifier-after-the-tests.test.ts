// What a log shows after a refusal can prove the refusal did not end the run (SPEC, the burden of proof): the
// runner's own summary that no test failed, a later test's pass or progress mark, or a failure count in a
// machine-readable report. Each case beside its counter-example: the same refusal where nothing after it says so.
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const verdictOf = (log: string): string => {
  const v = classifyText(log)
  return `${v.classification}/${v.confidence}`
}
const REFUSAL = 'cart: price cache disabled: Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)'

// Each runner's summary of a run in which no test failed, as the runner prints it.
const PASSED: readonly (readonly [string, string])[] = [
  ['rspec', '2 examples, 0 failures'],
  ['rspec, pending', '3 examples, 0 failures, 1 pending'],
  ['minitest', '2 runs, 2 assertions, 0 failures, 0 errors, 0 skips'],
  ['minitest-reporters', '2 tests, 2 assertions, 0 failures, 0 errors, 0 skips'],
  ['test-unit', '2 tests, 2 assertions, 0 failures, 0 errors, 0 pendings, 0 omissions, 0 notifications'],
  ['phpunit', 'OK (3 tests, 3 assertions)'],
  ['phpunit, skipped', 'OK, but incomplete, skipped, or risky tests!'],
  ['junitcore', 'OK (3 tests)'],
  ['pytest', '============================== 30 passed in 1.21s =============================='],
  ['pytest, skipped and warnings', '=================== 3 passed, 1 skipped, 2 warnings in 0.12s ==================='],
  ['jest', 'Tests:       1 skipped, 2 passed, 3 total'],
  ['vitest', '      Tests  2 passed | 1 skipped (3)'],
  ['mocha', '  3 passing (12ms)'],
  ['node:test', 'ℹ fail 0'],
  ['jasmine', '3 specs, 0 failures'],
  ['cargo', 'test result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s'],
  ['dotnet', 'Passed!  - Failed:     0, Passed:     3, Skipped:     0, Total:     3, Duration: 12 ms']
]

// The same runners' summaries when a test did fail or error: none says the run passed.
const NOT_PASSED: readonly (readonly [string, string])[] = [
  ['rspec, an error outside the examples', '0 examples, 0 failures, 1 error occurred outside of examples'],
  ['minitest', '2 runs, 2 assertions, 0 failures, 1 errors, 0 skips'],
  ['pytest', '========================= 1 failed, 2 passed in 0.12s =========================='],
  ['pytest, an error', '========================== 2 passed, 1 error in 0.12s ==========================='],
  ['jest', 'Tests:       1 failed, 1 passed, 2 total'],
  ['vitest', '      Tests  1 failed | 1 passed (2)'],
  ['node:test', 'ℹ fail 1']
]

describe('a summary that no test failed, printed after the refusal', () => {
  it('the refusal alone ends the run', () => {
    expect(verdictOf(`${REFUSAL}\n`)).toBe('infrastructure/high')
  })

  it.each(PASSED)('%s: the refusal failed no test, so it is not what failed the run', (_runner, summary) => {
    expect(verdictOf(`${REFUSAL}\nleak check: 2 cart(s) never closed\n\n${summary}\n`)).toBe('code/ambiguous')
  })

  it.each(PASSED)('%s: a refusal printed after the summary (a suite hook, a later step) still ends the run', (_runner, summary) => {
    expect(verdictOf(`${summary}\n${REFUSAL}\n`)).toBe('infrastructure/high')
  })

  it.each(NOT_PASSED)('%s: a summary with a failure says nothing of the kind', (_runner, summary) => {
    expect(verdictOf(`${REFUSAL}\n${summary}\n`)).not.toBe('code/ambiguous')
  })

  it('pytest stopped by a fixture counts only the tests that ran before: its refusal still ended the run', () => {
    const log = [
      'tests/test_conninfo.py::TestConnectionInfo::test_attrs[attr0] ',
      '',
      '! _pytest.outcomes.Exit: failed to connect to the test database: connection failed: Connection refused',
      '\tIs the server running on that host and accepting TCP/IP connections? !',
      '============================== 30 passed in 1.21s =============================='
    ].join('\n')
    expect(verdictOf(log)).toBe('infrastructure/high')
  })
})

describe('a test that went on after the refusal', () => {
  const phpunit = (after: string): string => ['PHPUnit 9.6.7 by Sebastian Bergmann and contributors.', '', 'price cache disabled: RedisException: Connection refused', after].join('\n')

  it('PHPUnit marked more tests as passed after it, then died without its summary', () => {
    expect(verdictOf(phpunit('..invalid price: 12,50'))).toBe('infrastructure/ambiguous')
  })

  it('JUnitCore started another test after it, then died', () => {
    const log = ['JUnit version 4.13.2', '.health: database down: org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.', '.invalid price: 12,50'].join('\n')
    expect(verdictOf(log)).toBe('infrastructure/ambiguous')
  })

  it('counter-example: the refusal is the last thing PHPUnit printed (a test that dies on it, `or die()`)', () => {
    expect(verdictOf(['PHPUnit 9.6.7 by Sebastian Bergmann and contributors.', '', '..', 'price cache disabled: RedisException: Connection refused'].join('\n'))).toBe('infrastructure/high')
  })

  it('counter-example: without the runner\'s banner a line starting with dots is no progress mark', () => {
    expect(verdictOf(['price cache disabled: RedisException: Connection refused', '...done'].join('\n'))).toBe('infrastructure/high')
  })

  it('a passing test\'s mark after a logged refusal, and nothing failed: not high', () => {
    const log = ['  audit', 'audit: event not written: connect ECONNREFUSED 127.0.0.1:5432', '    ✓ never fails an order', '', 'catalogue: pear: price 9.5 is not a whole number of cents'].join('\n')
    expect(verdictOf(log)).not.toBe('infrastructure/high')
  })
})

describe('failure counts in a machine-readable report printed to the log', () => {
  const refusedThen = (report: string): string => `audit: event not written: connect ECONNREFUSED 127.0.0.1:5432\n${report}\n`

  it.each([
    ['mocha json', '{\n  "stats": {\n    "suites": 2,\n    "tests": 3,\n    "passes": 2,\n    "pending": 0,\n    "failures": 1,\n    "duration": 12\n  }\n}'],
    ['mocha json-stream', '["end",{"suites":2,"tests":3,"passes":2,"pending":0,"failures":1,"duration":12}]'],
    ['jest/vitest json', '{"numFailedTestSuites":1,"numFailedTests":1,"numPassedTests":2,"numTotalTests":3,"success":false}'],
    ['JUnit XML, failures', '<testsuites name="Mocha Tests" time="0.0060" tests="3" failures="1">'],
    ['JUnit XML, errors first', '<testsuite name="stock" tests="3" errors="1" failures="0" skipped="0">']
  ])('%s: a counted failure no dialect splits keeps the refusal from being sure', (_what, report) => {
    expect(verdictOf(refusedThen(report))).toBe('infrastructure/ambiguous')
  })

  it.each([
    ['mocha json', '{"stats":{"suites":1,"tests":1,"passes":0,"pending":0,"failures":0}}'],
    ['JUnit XML', '<testsuites name="Mocha Tests" tests="1" failures="0" errors="0">']
  ])('counter-example, %s: a count of zero leaves the refusal the error that ended the run', (_what, report) => {
    expect(verdictOf(refusedThen(report))).toBe('infrastructure/high')
  })
})

describe('a failed Go example: its output under got:, what it documents under want:', () => {
  const example = (got: readonly string[]): string => ['=== RUN   ExampleReport', '2026/12/06 06:23:47 cart: price cache disabled: dial tcp 127.0.0.1:6379: connect: connection refused', '--- FAIL: ExampleReport (0.00s)', 'got:', ...got, 'want:', '4.05', 'FAIL', 'FAIL\texample.com/cart\t0.002s'].join('\n')

  it('output other than it documents is the code\'s mismatch, a logged refusal beside it or not', () => {
    expect(classifyText(example(['4.5'])).ruleId).toBe('code.go-example-output')
    expect(verdictOf(example(['4.5']))).toBe('code/high')
  })

  it('an output that is only the connection error it met is the outage\'s', () => {
    expect(verdictOf(example(['failed to connect to `host=127.0.0.1 user=postgres database=test`: dial error (dial tcp 127.0.0.1:5432: connect: connection refused)']))).toBe('infrastructure/high')
  })

  it('a refusal among other lines of output (one it was meant to print) leaves the mismatch', () => {
    expect(verdictOf(example(['cache: down (dial tcp 127.0.0.1:6379: connect: connection refused)', 'db: up', '1 of 3 up']))).toBe('code/high')
  })
})
