// PHPUnit 9 reports a data provider that threw as a test named `Error` (TestBuilder's ErrorTestCase) whose message names
// the test: `1) Error`, then `The data provider specified for Ns\XTest::testY is invalid.`, then the provider's exception
// (testdox: ` ✘ Error` under `Error Test Case (PHPUnit\Framework\ErrorTestCase)`, the name behind the bar below). Each is
// a unit of its own, keyed as the test it names (dialect.ts `headedBelow`); a header whose next line names no test
// (`1) Warning`, `No tests found in class`) is a unit all the same, keyed by what it says, never by its number. The logs
// are PHPUnit 9.6.7's real output (__fixtures__/logs/php-phpunit/data-provider-*.json and the two floor cases under __fixtures__/floor/same-name/ say how each was made).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const log = (name: string): string => readFileSync(new URL(name.startsWith('floor:') ? `../../__fixtures__/floor/same-name/phpunit-${name.slice(6)}.log` : `../../__fixtures__/logs/php-phpunit/${name}.log`, import.meta.url), 'utf8')
const verdict = (text: string): string => {
  const v = classifyText(text)
  return `${v.classification}/${v.confidence}/${v.services.join(',')}`
}
const units = (text: string): string[] => classifyText(text).tests.map(t => `${t.name}: ${t.classification}/${t.confidence}`)

describe('PHPUnit 9 data-provider errors', () => {
  it('reads each refused provider as the test it names', () => {
    const text = log('data-provider-refused')
    expect(verdict(text)).toBe('infrastructure/high/redis')
    expect(units(text)).toEqual(['App\\Tests\\LockTest::testAcquire: infrastructure/high', 'App\\Tests\\LockTest::testAcquireTwiceFails: infrastructure/high'])
  })

  it('reads testdox’s ✘ Error the same way, the name behind its bar', () => {
    const text = log('data-provider-refused-testdox')
    expect(verdict(text)).toBe('infrastructure/high/redis')
    expect(classifyText(text).tests.map(t => t.name)).toEqual(['App\\Tests\\LockTest::testAcquire', 'App\\Tests\\LockTest::testAcquireTwiceFails'])
  })

  it('counts a run printed twice (a retried step) twice: one unit stands for one failure, so the verdict is not sure', () => {
    const once = log('data-provider-refused')
    const v = classifyText(`${once}\n${once}`)
    expect(`${v.classification}/${v.confidence}`).toBe('infrastructure/ambiguous')
    expect(v.failingTests).toBe(2)
  })

  it('keeps a provider’s own exception and a warning entry apart from the refused ones', () => {
    const text = log('floor:data-provider-refused-beside-own-exception-and-warning')
    expect(verdict(text)).toBe('infrastructure/ambiguous/redis')
    expect(units(text)).toEqual([
      'App\\Tests\\LockTest::testAcquire: infrastructure/high', 'App\\Tests\\LockTest::testAcquireTwiceFails: infrastructure/high',
      'App\\Tests\\TtlTest::testTtl: code/ambiguous', 'Warning: code/ambiguous'
    ])
  })

  it('keeps two runs’ errors numbered 1 apart by the tests they name', () => {
    const text = log('floor:data-provider-refused-then-own-exception-in-next-run')
    expect(verdict(text)).toBe('infrastructure/ambiguous/redis')
    expect(units(text)).toContain('App\\Tests\\TtlTest::testTtl: code/ambiguous')
  })

  it('reads a header whose next line names no test as a failure no rule explains, and only inside PHPUnit’s sections', () => {
    const entry = (message: string): string => ['PHPUnit 9.6.7 by Sebastian Bergmann and contributors.', '', 'E', '', 'There was 1 error:', '', '1) Error', message, '', 'ERRORS!', 'Tests: 1, Assertions: 0, Errors: 1.'].join('\n')
    // The line that keys it is read as its name, not as its error: a unit with no cause of its own is never sure.
    expect(verdict(entry('RedisException: Connection refused'))).toBe('code/ambiguous/')
    expect(classifyText(entry('Data set #0 is invalid.')).tests.map(t => `${t.name}: ${t.classification}/${t.confidence}`)).toEqual(['Error: code/ambiguous'])
    // Before PHPUnit's sections (a bootstrap's own report) the same lines head nothing.
    const before = ['1) Error', 'The data provider specified for App\\Tests\\LockTest::testAcquire is invalid.', 'RedisException: Connection refused', 'PHPUnit 9.6.7 by Sebastian Bergmann and contributors.', '', '.', '', 'OK (1 test, 1 assertion)'].join('\n')
    expect(classifyText(before).tests).toEqual([])
  })
})

describe('testdox’s ✘ Error outside ErrorTestCase’s header', () => {
  it('is a test named testError: its failed assertion is read, whatever its diff quotes (attack 39a)', () => {
    const text = ['PHPUnit 9.6.7 by Sebastian Bergmann and contributors.', '', 'Logger (App\\Tests\\Logger)', ' ✘ Error', '   │', '   │ Failed asserting that two strings are identical.',
      "   │ --- Expected", "   │ +++ Actual", '   │ @@ @@', "   │ -'[error] session store: RedisException: Connection refused'", "   │ +'[err] session store: RedisException: Connection refused'", '   │',
      '   │ /app/tests/LoggerTest.php:9', '   │', '', 'Time: 00:00.002, Memory: 6.00 MB', '', 'FAILURES!', 'Tests: 1, Assertions: 1, Failures: 1.'].join('\n')
    expect(verdict(text)).toBe('code/high/')
  })
})
