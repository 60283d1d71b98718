// minitest's wrapper of an unexpected exception, and a log no dialect splits into tests whose runner
// counted more failures than it shows refusals (attack 29d: minitest-reporters' ProgressReporter and
// DefaultReporter with fast_fail print failures where no dialect reads them).
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/classifier.js'

const verdictOf = (lines: string[]) => {
  const v = classifyText(lines.join('\n'))
  return { classification: v.classification, confidence: v.confidence, services: [...v.services] }
}

const refusal = [
  'Minitest::UnexpectedError:         Redis::CannotConnectError: Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)',
  "            /usr/share/rubygems-integration/all/gems/redis-4.8.0/lib/redis/client.rb:398:in `rescue in establish_connection'",
  "            test/prices_test.rb:27:in `test_reserve'",
  ''
]

const progress = (failures: string[][], totals: string) => [
  'Started with run options --seed 1',
  '',
  ...failures.flatMap((f, i) => [`ERROR["test_${i}", Minitest::Result, 2026-12-05 12:26:41 +0000]`, ` test_${i}#Minitest::Result (0.01s)`, ...f]),
  '====================================================================|',
  '',
  'Finished in 0.01069s',
  totals
]

describe('minitest’s wrapper of an unexpected exception', () => {
  it('a cause no rule knows (`Prices::Invalid`) is an error no rule explains, beside a refusal', () => {
    const cause = ['Minitest::UnexpectedError:         Prices::Invalid: not a price: "5"', "            test/prices_test.rb:16:in `test_cents_whole'", '']
    expect(verdictOf(progress([refusal, cause], '2 tests, 0 assertions, 0 failures, 2 errors, 0 skips'))).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })

  it('counter-example: a cause a rule knows (redis-rb refused) is that rule’s: infrastructure, only ambiguous while no test’s lines are read', () => {
    expect(verdictOf(progress([refusal, refusal], '2 tests, 0 assertions, 0 failures, 2 errors, 0 skips'))).toEqual({ classification: 'infrastructure', confidence: 'ambiguous', services: ['redis'] })
  })
})

describe('a log no dialect splits, judged by its last error', () => {
  it('counter-example: without a runner’s count, a refusal that ended the run is the outage', () => {
    expect(verdictOf(['Connecting to the cache...', 'Redis::CannotConnectError: Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)', "    /usr/share/rubygems-integration/all/gems/redis-4.8.0/lib/redis/client.rb:398:in `rescue in establish_connection'"])).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
  })

  it('is not sure when the runner counted its failures: which line is which failure is unknown (attacks 29d, 29g)', () => {
    expect(verdictOf(progress([refusal, ['Something went wrong in the price table', '']], '2 tests, 0 assertions, 0 failures, 2 errors, 0 skips'))).toMatchObject({ classification: 'infrastructure', confidence: 'ambiguous' })
  })

  it('a failed assertion printed as `Minitest::Assertion:` is the code’s', () => {
    expect(verdictOf(progress([refusal, ['Minitest::Assertion:         Expected: 33.3', '  Actual: 33', '']], '2 tests, 1 assertions, 1 failures, 1 errors, 0 skips'))).toMatchObject({ classification: 'code' })
  })

  it('a refusal a passing test printed (its fallback) beside an unread failure is not sure either (attacks 29e, 29g)', () => {
    const logged = ['W, [2026-12-06T04:10:12.138494 #32326]  WARN -- : price cache unavailable, computing total: Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)']
    expect(verdictOf([...progress([refusal, ['a whole price is a price', '']], '2 tests, 1 assertions, 1 failures, 1 errors, 0 skips').slice(0, -4), ...logged, '', 'Finished in 0.01069s', '2 tests, 1 assertions, 1 failures, 1 errors, 0 skips'])).toMatchObject({ classification: 'infrastructure', confidence: 'ambiguous' })
  })
})

describe('Jasmine, judged as a whole, its failures counted: never sure (attack 29h)', () => {
  const jasmine = (before: string[], failures: string[][], totals: string) => [
    'Randomized with seed 47729',
    'Started',
    ...before,
    '.F',
    '',
    'Failures:',
    ...failures.flatMap((f, i) => [`${i + 1}) db spec ${i}`, '  Message:', ...f.map(l => `    ${l}`), '  Stack:', ...(f[0]?.includes('ECONNREFUSED') ? ["    error properties: Object({ errno: -111, code: 'ECONNREFUSED', syscall: 'connect', address: '127.0.0.1', port: 5432 })", '        at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)'] : ['        at <Jasmine>', '        at UserContext.<anonymous> (spec/price.spec.js:5:20)']), '']),
    totals,
    'Finished in 0.016 seconds'
  ]

  it('a refusal as the one listed failure’s message is likely the outage, not proven (an afterEach’s refusal lists the same way)', () => {
    expect(verdictOf(jasmine([], [['Error: connect ECONNREFUSED 127.0.0.1:5432']], '2 specs, 1 failure'))).toEqual({ classification: 'infrastructure', confidence: 'ambiguous', services: ['postgresql'] })
  })

  it('a passing spec’s printed refusal, before the listing, does not account for a failure no rule reads', () => {
    expect(verdictOf(jasmine(['cache unavailable: Error: connect ECONNREFUSED 127.0.0.1:6379'], [['Expected 1205 to be 1250.']], '2 specs, 1 failure'))).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })

  it('two counted failures are not shown to be refusals one each', () => {
    expect(verdictOf(jasmine([], [['Error: connect ECONNREFUSED 127.0.0.1:5432'], ['a whole price is a price']], '3 specs, 2 failures'))).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })
})
