// PHPUnit 9 reports a data provider that threw as a failure named `Error` (ErrorTestCase), numbered like a
// test's: each is a unit, judged by what follows it (real shape: __fixtures__/corpus/runs/php-ninja-mutex).
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/classifier.js'

const verdictOf = (lines: string[]) => {
  const v = classifyText(lines.join('\n'))
  return { classification: v.classification, confidence: v.confidence, services: [...v.services] }
}

const phpunit = (causes: string[]) => [
  'PHPUnit 9.6.7 by Sebastian Bergmann and contributors.',
  '',
  `${'E'.repeat(causes.length)}.                                     ${causes.length + 1} / ${causes.length + 1} (100%)`,
  '',
  'Time: 00:02.020, Memory: 8.00 MB',
  '',
  `There were ${causes.length} errors:`,
  '',
  ...causes.flatMap((cause, i) => [`${i + 1}) Error`, `The data provider specified for App\\Tests\\LockTest::testAcquire${i} is invalid.`, cause, '/app/tests/AbstractTest.php:195', '/app/tests/AbstractTest.php:85', '']),
  'ERRORS!',
  `Tests: ${causes.length + 1}, Assertions: 1, Errors: ${causes.length}.`
]

describe('PHPUnit: a data provider that threw (`1) Error`)', () => {
  it('each refused provider is a unit the refusal accounts for', () => {
    expect(verdictOf(phpunit(['RedisException: Connection refused', 'RedisException: Connection refused']))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
  })

  it('counter-example: a provider that failed on the code’s own error is not excused by another’s refusal', () => {
    expect(verdictOf(phpunit(['RedisException: Connection refused', 'TypeError: App\\Lock::__construct(): Argument #1 ($ttl) must be of type int, string given']))).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })

  it('numbering restarts in each section: a `1) Warning` after a refused `1) Error` is a failure of its own (attack 29i)', () => {
    const log = [...phpunit(['RedisException: Connection refused']).slice(0, -2), '--', '', 'There was 1 warning:', '', '1) Warning', 'No tests found in class "App\\Tests\\PriceTest".', '', 'ERRORS!', 'Tests: 2, Assertions: 1, Errors: 1, Warnings: 1.']
    expect(verdictOf(log)).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })

  it('two runs in one log: each `1) Error` is its own failure, the second’s own exception not excused by the first’s refusal (attack 29i)', () => {
    const log = [...phpunit(['RedisException: Connection refused']), '', ...phpunit(['App\\InvalidPrice: "0.5" is not a price'])]
    expect(verdictOf(log)).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })
})
