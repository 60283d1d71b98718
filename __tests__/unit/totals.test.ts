// The runner's own totals (src/report/totals.ts), read from real runner output in the fixtures
// and from the summary lines each runner prints.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { countTotals, junitTotals, readTotals } from '../../src/report/totals.js'

const FIXTURES = path.resolve(__dirname, '..', '..', '__fixtures__')
const lines = (file: string): string[] => readFileSync(path.join(FIXTURES, file), 'utf8').split(/\r?\n|\r/)
const counts = (input: string[] | string): [number | undefined, number | undefined, number | undefined, string] | undefined => {
  const t = countTotals(typeof input === 'string' ? lines(input) : input)
  return t && [t.passed, t.failed, t.skipped, t.source]
}

describe('totals from fixture logs of each runner', () => {
  it.each([
    ['logs/python-pytest/code-assertion-and-attributeerror-timestamps.log', [9, 2, 0, 'pytest']],
    ['logs/python-unittest/code-assertion-and-typeerror.log', [5, 2, 0, 'unittest']],
    ['logs/js-jest/code-assertion-and-typeerror-ansi.log', [5, 2, 0, 'jest']],
    ['logs/js-vitest/pg-client-connect-econnrefused.log', [3, 0, 1, 'vitest']],
    ['logs/js-mocha/code-deepstrictequal-failures.log', [4, 2, 0, 'mocha']],
    ['logs/js-node-test/code-deepequal-and-throws.log', [4, 2, 0, 'tap']],
    ['logs/go/code-testing-errorf.log', [1, 2, 0, 'go']],
    ['logs/rust/code-assert-eq-and-char-boundary-panic.log', [1, 3, 0, 'cargo']],
    ['logs/ruby-rspec/code-expectation-and-nomethoderror.log', [4, 2, 0, 'rspec']],
    ['logs/java-maven/code-assertionfailederror-and-npe.log', [4, 2, 0, 'surefire']],
    ['logs/java-gradle/code-assertionfailederror-terse.log', [62, 2, 0, 'gradle']],
    ['logs/dotnet-xunit/code-assert-equal-values-differ.log', [58, 2, 0, 'dotnet']],
    ['floor/mixed-runners/minitest-failure-among-refused.log', [0, 3, 0, 'minitest']],
    ['floor/mixed-runners/junit4-assertion-and-jdbc-refused.log', [0, 2, undefined, 'junit4']],
    ['floor/mixed-runners/tape-one-failure-among-refused-files.log', [0, 4, 0, 'tap']],
    ['floor/other-program-before-pass/shell-tap-syntax-error-then-ok.log', [1, 0, 1, 'tap']]
  ] as const)('%s', (file, expected) => {
    expect(counts(file)).toEqual(expected)
  })

  it('states nothing for a log without a runner summary (a compile error, a killed runner)', () => {
    expect(counts('logs/rust/code-compile-error-e0308.log')).toBeUndefined()
    expect(counts('logs/python-pytest/code-ambiguous-runner-killed.log')).toBeUndefined()
  })
})

describe('summary lines', () => {
  it('pytest: errors count as failed, xfailed as skipped, deselected and warnings not at all', () => {
    expect(counts(['= 1 failed, 8 passed, 1 skipped, 1 deselected, 1 warning, 3 errors in 28.79s ==='])).toEqual([8, 4, 1, 'pytest'])
    expect(counts(['2 failed, 9 passed, 2 xfailed, 1 xpassed in 0.02s'])).toEqual([10, 2, 2, 'pytest'])
    expect(counts(['================== 1 failed, 10409 passed in 76.01s (0:01:16) =================='])).toEqual([10409, 1, 0, 'pytest'])
    // Not pytest's words: no count.
    expect(counts(['3 apples, 2 pears in 1s'])).toBeUndefined()
  })

  it('jest and vitest, todo counted with skipped', () => {
    expect(counts(['Tests:       1 failed, 2 skipped, 1 todo, 4 passed, 8 total'])).toEqual([4, 1, 3, 'jest'])
    expect(counts(['      Tests  1 failed | 3 passed | 1 skipped (5)'])).toEqual([3, 1, 1, 'vitest'])
  })

  it('mocha and cargo, summed over several runs', () => {
    expect(counts(['  3 passing (12ms)', '  1 pending', '  2 failing', '', '  4 passing (1s)'])).toEqual([7, 2, 1, 'mocha'])
    expect(counts(['test result: ok. 3 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.00s', 'test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.36s'])).toEqual([3, 1, 1, 'cargo'])
  })

  it('go: subtests count, their parents do not; without -v only the failures are known', () => {
    const verbose = ['=== RUN   TestA', '=== RUN   TestA/one', '    --- PASS: TestA/one (0.00s)', '=== RUN   TestA/two', '    --- FAIL: TestA/two (0.00s)', '--- FAIL: TestA (0.00s)', '=== RUN   TestB', '--- SKIP: TestB (0.00s)', 'FAIL\tex.com/p\t0.01s']
    expect(counts(verbose)).toEqual([1, 1, 1, 'go'])
    expect(counts(['--- FAIL: TestA (0.00s)', 'FAIL\tex.com/p\t0.01s'])).toEqual([undefined, 1, undefined, 'go'])
  })

  it('Surefire: the module total, not the classes again; classes alone when no total is printed', () => {
    const classes = ['[INFO] Tests run: 3, Failures: 0, Errors: 0, Skipped: 1, Time elapsed: 0.061 s -- in com.acme.MoneyTest', '[ERROR] Tests run: 1, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 0.1 s <<< FAILURE! -- in com.acme.StoreTest']
    expect(counts([...classes, '[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 1'])).toEqual([2, 1, 1, 'surefire'])
    expect(counts(classes)).toEqual([2, 1, 1, 'surefire'])
  })

  it('RSpec, minitest, test-unit, ExUnit, unittest, PHPUnit, dotnet', () => {
    expect(counts(['5 examples, 2 failures, 1 pending'])).toEqual([2, 2, 1, 'rspec'])
    expect(counts(['3 runs, 1 assertions, 1 failures, 1 errors, 1 skips'])).toEqual([0, 2, 1, 'minitest'])
    expect(counts(['2 tests, 1 assertions, 1 failures, 0 errors, 0 pendings, 0 omissions, 0 notifications'])).toEqual([1, 1, 0, 'minitest'])
    expect(counts(['1 doctest, 5 tests, 2 failures, 1 excluded'])).toEqual([3, 2, 1, 'minitest'])
    expect(counts(['Ran 6 tests in 0.01s', '', 'FAILED (failures=1, errors=1, skipped=2)'])).toEqual([2, 2, 2, 'unittest'])
    expect(counts(['Ran 3 tests in 0.01s', '', 'OK'])).toEqual([3, 0, 0, 'unittest'])
    expect(counts(['Tests: 5, Assertions: 9, Failures: 1, Errors: 1, Skipped: 1.'])).toEqual([2, 2, 1, 'phpunit'])
    expect(counts(['Passed!  - Failed:     0, Passed:    12, Skipped:     1, Total:    13, Duration: 1 s - A.dll (net8.0)'])).toEqual([12, 0, 1, 'dotnet'])
  })

  it('two runners in one log add up; a count one of them does not state is unknown', () => {
    expect(counts(['Tests:       1 failed, 4 passed, 5 total', '2 failed, 9 passed in 0.02s'])).toEqual([13, 3, 0, 'jest, pytest'])
    expect(counts(['Tests:       1 failed, 4 passed, 5 total', '--- FAIL: TestA (0.00s)'])).toEqual([undefined, 2, undefined, 'jest, go'])
  })

  it('reads through timestamps, colours and CRLF', () => {
    expect(counts(['2026-11-22T09:14:04.5980000Z \u001b[31m=== 2 failed, 9 passed in 0.02s ===\u001b[0m\r'])).toEqual([9, 2, 0, 'pytest'])
  })
})

describe('JUnit and the log file', () => {
  it('counts the cases of the reports', () => {
    expect(junitTotals(['passed', 'failure', 'error', 'skipped', 'passed'])).toEqual({ passed: 2, failed: 2, skipped: 1, source: 'junit' })
  })

  it('reads a whole log file, and nothing when there is none', async () => {
    expect(await readTotals(path.join(FIXTURES, 'logs/js-jest/code-assertion-and-typeerror-ansi.log'))).toMatchObject({ passed: 5, failed: 2, skipped: 0 })
    expect(await readTotals(path.join(FIXTURES, 'no-such.log'))).toBeUndefined()
  })
})
