// minitest-reporters' SpecReporter and DefaultReporter (lib/minitest/reporters/spec_reporter.rb, default_reporter.rb, base_reporter.rb,
// relative_position.rb): each test as `  name` left-justified to 63 columns, `%5s` of its result and
// ` (%.2fs)`, the failure's details right below. Without this dialect a run printed so had no unit at
// all, and a failed assertion beside refusals was read as an outage (ruby-queue_classic's mixed run).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/classifier.js'

const verdictOf = (lines: string[]) => {
  const v = classifyText(lines.join('\n'))
  return { classification: v.classification, confidence: v.confidence, services: [...v.services], units: v.tests.length }
}

const FIXTURES = path.resolve(__dirname, '../../__fixtures__/minitest-reporters')
const fixture = (name: string) => readFileSync(path.join(FIXTURES, `${name}.log`), 'utf8').split('\n')

const pad = (name: string, mark: string, time = '0.00') => `  ${name.padEnd(63)}${mark.padStart(5)} (${time}s)`

const refused = (name: string) => [
  '',
  'QueueTest',
  pad(name, 'ERROR'),
  'Minitest::UnexpectedError:         PG::ConnectionBad: connection to server at "127.0.0.1", port 5432 failed: Connection refused',
  '        \tIs the server running on that host and accepting TCP/IP connections?',
  '        ',
  "            /usr/lib/ruby/vendor_ruby/pg/connection.rb:632:in `async_connect_or_reset'",
  "            /work/app/lib/app/conn_adapter.rb:87:in `establish_new'",
  "            /work/app/test/helper.rb:22:in `setup'",
  ''
]

const passed = (name: string) => ['', 'QueueTest', pad(name, 'PASS')]

const run = (body: string[], failures: number, errors: number, tests = 4) => [
  'Started with run options --seed 36880',
  ...body,
  '',
  'Finished in 0.41270s',
  `${tests} tests, 3 assertions, ${failures} failures, ${errors} errors, 0 skips`
]

describe('minitest-reporters SpecReporter', () => {
  it('reads each ERROR line as a failing test: every one refused is an outage', () => {
    expect(verdictOf(run([...refused('test_enqueue'), ...refused('test_lock'), ...passed('test_config')], 0, 2))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'], units: 2 })
  })

  it('a name longer than 63 columns runs into ERROR with no space between', () => {
    const long = 'test_lock_with_future_job_with_enqueue_at_with_a_float_timestamp'
    expect(pad(long, 'ERROR')).toContain('timestampERROR (0.00s)')
    expect(verdictOf(run([...refused(long), ...refused('test_lock')], 0, 2))).toMatchObject({ classification: 'infrastructure', confidence: 'high', units: 2 })
  })

  it('a FAIL line beside refusals is a failed assertion: code, never the outage', () => {
    const failed = ['', 'HardCodingTest', pad('test_for_hard_coded_table_names', 'FAIL'), 'Minitest::Assertion:         --- expected', '        +++ actual', "        /work/app/test/hard_coding_test.rb:16:in `test_for_hard_coded_table_names'", '']
    expect(verdictOf(run([...refused('test_enqueue'), ...failed, ...refused('test_lock')], 1, 2))).toMatchObject({ classification: 'code', confidence: 'high', units: 3 })
  })

  it('an ERROR of a code defect beside refusals stays code', () => {
    const nil = ['', 'WorkerTest', pad('test_work', 'ERROR'), "Minitest::UnexpectedError:         NoMethodError: undefined method `each' for nil:NilClass", "            /work/app/lib/app/worker.rb:136:in `call'", '']
    expect(verdictOf(run([...refused('test_enqueue'), ...nil], 0, 2))).toMatchObject({ classification: 'code' })
  })

  it('its totals count failures and errors: one counted but never printed keeps the run from infrastructure/high', () => {
    expect(verdictOf(run([...refused('test_enqueue'), ...refused('test_lock')], 1, 2))).toMatchObject({ classification: 'infrastructure', confidence: 'ambiguous' })
  })

  it('a line that only ends in FAIL or ERROR without the reporter\'s time is no test of it', () => {
    const v = verdictOf(['  checking replica FAIL', '  checking primary ERROR', 'PG::ConnectionBad: connection to server at "127.0.0.1", port 5432 failed: Connection refused'])
    expect(v.units).toBe(0)
  })
})

describe('minitest-reporters on real runs (__fixtures__/minitest-reporters)', () => {
  it('SpecReporter: four refused tests, the same names in two classes, are four units of an outage', () => {
    expect(verdictOf(fixture('spec-refused'))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'], units: 4 })
  })

  it('SpecReporter: a failed assertion beside the refusals is code', () => {
    expect(verdictOf(fixture('spec-refused-and-assertion'))).toMatchObject({ classification: 'code', confidence: 'high', units: 6 })
  })

  it('DefaultReporter: each `Error:` after `Finished tests in` is a failing test, named by the line below', () => {
    const v = classifyText(fixture('default-refused').join('\n'))
    expect(v.tests.map(t => t.name).sort()).toEqual(['Minitest::Result#test_load', 'Minitest::Result#test_load', 'Minitest::Result#test_save', 'Minitest::Result#test_save'])
    expect(verdictOf(fixture('default-refused'))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'], units: 4 })
  })

  it('DefaultReporter: a `Failure:` beside the refusals is code (it was called an outage before this dialect)', () => {
    expect(verdictOf(fixture('default-refused-and-assertion'))).toMatchObject({ classification: 'code', confidence: 'high', units: 6 })
  })

  it('a bare `Error:` before any `Finished tests in` line stays minitest\'s own: a second phase of the numbered failure above it', () => {
    const v = classifyText([
      'Run options: --seed 1', '', '# Running:', '', 'E', '', 'Finished in 0.01s, 100.0 runs/s, 0.0 assertions/s.', '',
      '  1) Error:', 'StoreTest#test_save:', 'PG::ConnectionBad: connection to server at "127.0.0.1", port 5432 failed: Connection refused', "    test/store_test.rb:9:in `setup'", '',
      'Error:', 'StoreTest#test_save:', "NoMethodError: undefined method `close' for nil:NilClass", "    test/store_test.rb:14:in `teardown'", '',
      '1 runs, 0 assertions, 0 failures, 1 errors, 0 skips'
    ].join('\n'))
    expect(v.tests.map(t => t.runner)).toEqual(['minitest'])
  })
})
