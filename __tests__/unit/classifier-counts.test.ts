// A runner that counts failures and errors apart (pytest, unittest, PHPUnit, minitest and its reporters, surefire)
// reports both in its totals; a failure counted there but never printed is unaccounted for, so the
// run is not proven infrastructure (__fixtures__/counts/README.md).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const COUNTS = path.resolve(__dirname, '../../__fixtures__/counts')
const runners = readdirSync(COUNTS).filter(f => f.endsWith('-all-printed.log')).map(f => f.replace('-all-printed.log', ''))

describe('failures and errors counted apart', () => {
  it('covers every runner that counts them apart', () => {
    expect(runners.sort()).toEqual(['minitest', 'minitest-reporters', 'phpunit', 'pytest', 'surefire', 'unittest'])
  })

  it.each(runners)('%s: a failure counted but not printed keeps the run from infrastructure/high', runner => {
    const verdict = classifyText(readFileSync(path.join(COUNTS, `${runner}-failure-unprinted.log`), 'utf8'))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('infrastructure/ambiguous')
    expect(verdict.explanation).toMatch(/reports [2-9] failure\(s\) but printed 1/)
  })

  it.each(runners)('%s: totals that count only what was printed leave it infrastructure/high', runner => {
    const verdict = classifyText(readFileSync(path.join(COUNTS, `${runner}-all-printed.log`), 'utf8'))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('infrastructure/high')
  })
})

// Two runners in one log (an `npm test` that runs the unit tests, then the integration tests): each count is its own
// runner's, so they add up, and so do two runs of one runner; the same totals printed again with no test's line between are
// one summary (attacks 38b, 39b).
const MOCHA_REFUSED = ['', '  database', '    1) answers a ping', '', '', '  0 passing (12ms)', '  1 failing', '', '  1) database', '       answers a ping:',
  '     Error: connect ECONNREFUSED 127.0.0.1:5432', '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)', '']
const JEST_SUMMARY = ['Test Suites: 1 failed, 1 total', 'Tests:       1 failed, 1 passed, 2 total', 'Snapshots:   0 total', 'Time:        0.412 s', 'Ran all test suites.']
const verdictOf = (lines: readonly string[]): string => {
  const v = classifyText(lines.join('\n'))
  return `${v.classification}/${v.confidence}`
}

describe('counts of two runners in one log', () => {
  it('adds jest’s totals to mocha’s, whichever comes first', () => {
    expect(verdictOf([...JEST_SUMMARY, ...MOCHA_REFUSED])).toBe('infrastructure/ambiguous')
    expect(verdictOf([...MOCHA_REFUSED, ...JEST_SUMMARY])).toBe('infrastructure/ambiguous')
  })

  it('adds two runs of one runner (jest twice, a retried step): more than their units show is never sure', () => {
    const JEST_REFUSED = ['FAIL test/integration/db.test.js', '  ● database › answers a ping', '', '    connect ECONNREFUSED 127.0.0.1:5432', '', ...JEST_SUMMARY]
    expect(verdictOf(JEST_REFUSED)).toBe('infrastructure/high')
    expect(verdictOf([...JEST_SUMMARY, ...JEST_REFUSED])).toBe('infrastructure/ambiguous')
    expect(verdictOf(MOCHA_REFUSED)).toBe('infrastructure/high')
    // A retried step: the same test printed by each run is one unit, and a unit stands for one failure, whatever test the
    // second run reopened it with (attacks 41a, 42a): counted twice, shown once, not sure.
    expect(verdictOf([...JEST_REFUSED, ...JEST_REFUSED])).toBe('infrastructure/ambiguous')
    expect(verdictOf([...MOCHA_REFUSED, ...MOCHA_REFUSED])).toBe('infrastructure/ambiguous')
  })

  it('counts the same totals printed again, even with no test’s line between: a second run reporting only its totals reads so (attack 40b)', () => {
    const JEST_REFUSED = ['FAIL test/integration/db.test.js', '  ● database › answers a ping', '', '    connect ECONNREFUSED 127.0.0.1:5432', '', ...JEST_SUMMARY]
    expect(verdictOf([...JEST_REFUSED, ...JEST_SUMMARY])).toBe('infrastructure/ambiguous')
  })
})

// vitest's file reporters print only where their results went (`JUNIT report written to F`): without its totals in the
// log, a test it failed is in no line of it.
describe('a vitest run reported only to a file', () => {
  it('keeps a refusal elsewhere in the log from being sure', () => {
    const v = classifyText(['JUNIT report written to /app/reports/unit.xml', ...MOCHA_REFUSED].join('\n'))
    expect(`${v.classification}/${v.confidence}`).toBe('infrastructure/ambiguous')
    expect(v.explanation).toMatch(/vitest wrote its results to a file \(line 1\)/)
  })

  it('changes nothing when vitest printed its totals too (the default reporter beside the file one)', () => {
    const text = [' ✓ test/unit/stock.test.js (2 tests) 3ms', '', ' Test Files  1 passed (1)', '      Tests  2 passed (2)', 'JUNIT report written to /app/reports/unit.xml', ...MOCHA_REFUSED].join('\n')
    expect(verdictOf(text.split('\n'))).toBe('infrastructure/high')
  })
})

describe('each run’s own summary', () => {
  const REFUSED_VITEST = [' RUN  v2.1.9 /app', '', ' ❯ test/integration/db.test.js (1 test | 1 failed) 9ms', '   × database > answers a ping 8ms', '     → connect ECONNREFUSED 127.0.0.1:5432', '',
    '⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯', '', ' FAIL  test/integration/db.test.js > database > answers a ping', 'Error: connect ECONNREFUSED 127.0.0.1:5432', ' ❯ TCPConnectWrap.afterConnect [as oncomplete] node:net:1611:16', '',
    ' Test Files  1 failed (1)', '      Tests  1 failed (1)']
  it('a vitest run that wrote its report to a file and printed no totals caps the run, whatever a later run printed (attack 39b)', () => {
    expect(verdictOf(REFUSED_VITEST)).toBe('infrastructure/high')
    expect(verdictOf(['JUNIT report written to /app/reports/unit.xml', ...REFUSED_VITEST])).toBe('infrastructure/ambiguous')
    // Its own totals, then its report: the run's failures are in the log.
    expect(verdictOf([...REFUSED_VITEST, 'JUNIT report written to /app/reports/unit.xml'])).toBe('infrastructure/high')
  })

  it('reads pytest -q’s bare totals as a count (attack 39b)', () => {
    const refused = ['F                                                                        [100%]', '=================================== FAILURES ===================================', '___________________________________ test_ping ___________________________________',
      'E   psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused', '=========================== short test summary info ============================',
      'FAILED tests/test_db.py::test_ping - psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused', '============================== 1 failed in 0.05s ==============================']
    expect(verdictOf(refused)).toBe('infrastructure/high')
    expect(verdictOf(['F.                                                                       [100%]', '1 failed, 1 passed in 0.01s', ...refused])).toBe('infrastructure/ambiguous')
  })

  it('reads Gomega’s failed match (`Expected` alone, then the values) as a failure no rule explains beside a logged refusal (attack 39b)', () => {
    const log = ['=== RUN   TestCart', 'Running Suite: Cart Suite', 'price cache unavailable, computing: dial tcp 127.0.0.1:6379: connect: connection refused', '• Failure [0.000 seconds]',
      'Total [It] gives 10% off from 100 up ', '/app/cart_test.go:15', '', '  Expected', '      <float64>: 100', '  to equal', '      <float64>: 90', '', '  /app/cart_test.go:16',
      '--- FAIL: TestCart (0.00s)', 'FAIL', 'FAIL\tgithub.com/acme/cart\t0.005s']
    expect(verdictOf(log)).not.toBe('infrastructure/high')
  })
})
