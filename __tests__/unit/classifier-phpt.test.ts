// run-tests.php (.phpt) prints a test's result line last: `TEST n/m [file]`, the diff between
// `========DIFF========` and `========DONE========`, then `FAIL title [file]`. What follows that
// line is the next test's output, never the failed test's details.
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const refused = (file: string): string[] => [
  '========DIFF========',
  `001+ Fatal error: Uncaught AMQPConnectionException: Socket error: could not connect to host. in /app/tests/${file}.php:3`,
  '002+ Stack trace:',
  `003+ #0 /app/tests/${file}.php(3): AMQPConnection->connect()`,
  '001- ok',
  '========DONE========'
]

const run = (lines: string[]): string => ['Running selected tests.', ...lines, '=====================================================================', 'TEST RESULT SUMMARY', 'Tests failed    :    2', ''].join('\n')

describe('run-tests.php output', () => {
  it('gives each failed test the output printed after the previous result line', () => {
    const verdict = classifyText(run([
      'TEST 1/3 [tests/a.phpt]', ...refused('a'), 'FAIL connects [tests/a.phpt]',
      'TEST 2/3 [tests/b.phpt]', ...refused('b'), 'FAIL consumes [tests/b.phpt]',
      'TEST 3/3 [tests/c.phpt]', 'PASS passes [tests/c.phpt]'
    ]))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('infrastructure/high')
    expect(verdict.tests.map(t => `${t.name}: ${t.outcome}`)).toEqual(['connects [tests/a.phpt]: infrastructure', 'consumes [tests/b.phpt]: infrastructure'])
  })

  it('never lends a refused test\'s output to the failed test before it', () => {
    const verdict = classifyText(run([
      'TEST 1/2 [tests/a.phpt]',
      '========DIFF========',
      '001+ int(3)',
      '001- int(4)',
      '========DONE========',
      'FAIL adds [tests/a.phpt]',
      'TEST 2/2 [tests/b.phpt]', ...refused('b'), 'FAIL consumes [tests/b.phpt]'
    ]))
    expect(verdict.classification === 'infrastructure' && verdict.confidence === 'high').toBe(false)
    expect(verdict.tests.find(t => t.name === 'adds [tests/a.phpt]')?.outcome).not.toBe('infrastructure')
  })
})
