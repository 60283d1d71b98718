// PHPUnit lists its failures (AssertionFailedError: an assert*, `$this->fail()`, a mock's expectation) apart
// from its errors (any other Throwable): sebastianbergmann/phpunit src/Framework/TestResult.php run() and
// src/TextUI/DefaultResultPrinter.php printErrors()/printFailures(). A test listed under `There were N failures:`
// that shows nothing else failed an assertion whose message no rule reads: the code's.
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const verdict = (lines: readonly string[]): string => {
  const v = classifyText(lines.join('\n'))
  return `${v.classification}/${v.confidence}/${v.services.join(',')}`
}

const head = ['PHPUnit 9.6.7 by Sebastian Bergmann and contributors.', '', '.....FF...                                   10 / 10 (100%)', '', 'Time: 00:01.334, Memory: 6.00 MB', '']
const failure = (n: number, test: string, message: string): string[] => [`${n}) App\\Tests\\${test}`, message, '', '/app/tests/LimiterTest.php:32', '']

describe('PHPUnit: a test listed among its failures', () => {
  it('failed an assertion even when its message is the test\'s own `$this->fail()` words', () => {
    expect(verdict([...head, 'There were 2 failures:', '', ...failure(1, 'LimiterTest::testLimit', 'Limit should have been reached'),
      ...failure(2, 'LimiterTest::testReset', 'Limit should have been reached'), 'FAILURES!', 'Tests: 10, Assertions: 12, Failures: 2.'])).toBe('code/high/')
  })
  it('makes a run with a refused service and such a failure the code\'s', () => {
    expect(verdict([...head, 'There was 1 error:', '', '1) App\\Tests\\RedisLimiterTest::testLimit', 'RedisException: Connection refused', '', '/app/tests/RedisLimiterTest.php:23', '',
      '--', '', 'There was 1 failure:', '', ...failure(1, 'MemoryLimiterTest::testLimit', 'Limit should have been reached'), 'FAILURES!', 'Tests: 10, Assertions: 12, Errors: 1, Failures: 1.'])).toBe('code/high/')
  })
  it('keeps a refusal read in its message (an expectException that got the connection error)', () => {
    expect(verdict([...head, 'There was 1 failure:', '', '1) Tests\\ClientTest::testCommand',
      'Failed asserting that exception of type "Predis\\Connection\\ConnectionException" matches expected exception "Predis\\Response\\ServerException". Message was: "Connection refused [tcp://127.0.0.1:6379]" at',
      '/app/tests/ClientTest.php:40', '', 'FAILURES!', 'Tests: 3, Assertions: 2, Failures: 1.'])).toBe('infrastructure/high/redis')
  })
})

describe('counter-examples: not a failed assertion', () => {
  it('an error PHPUnit lists under errors with a message no rule reads stays unexplained (a project exception may wrap an outage)', () => {
    expect(verdict([...head, 'There was 1 error:', '', '1) App\\Tests\\LimiterTest::testLimit', 'App\\Exception\\LimitExceeded: Limit has been exceeded for identifier "test".', '',
      '/app/src/Limiter.php:22', '', 'ERRORS!', 'Tests: 10, Assertions: 12, Errors: 1.'])).toBe('code/ambiguous/')
  })
  it('JUnitCore\'s `There were N failures:` (JUnit 4 lists errors there too) is not PHPUnit\'s section of assertions', () => {
    expect(verdict(['JUnit version 4.13.2', '..E', 'Time: 0.5', 'There was 1 failure:', '1) testReset(com.example.PoolTest)', 'com.example.PoolClosedException', '\tat com.example.Pool.get(Pool.java:10)', '',
      'FAILURES!!!', 'Tests run: 2,  Failures: 1'])).toBe('code/ambiguous/')
  })
})
