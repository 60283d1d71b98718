// ExUnit's failure blocks (elixir-lang/elixir lib/ex_unit/lib/ex_unit/formatter.ex, cli_formatter.ex): the
// CLI formatter prints a failed test's block as soon as the test finishes, the counter right-aligned
// (`  1)`, ` 10)`) and every detail line indented five spaces; with `capture_log: true`, the test's log
// follows its failure under `The following output was logged:`, indented alike. A line indented less (a
// passing test's `.` or `--trace` line, a log line) is no longer the block's, and what the test logged is
// not its failure: a refusal there explains no failure message no rule reads (attack 38a,
// __fixtures__/floor/other-test-output/exunit-* and logged-after-assertion/exunit-*).
// Real output in __fixtures__/exunit (its README says how each was made).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/classifier.js'

const FIXTURES = path.resolve(__dirname, '../../__fixtures__/exunit')
const real = (name: string) => classifyText(readFileSync(path.join(FIXTURES, `${name}.log`), 'utf8'))
const synthetic = (lines: readonly string[]) => classifyText(lines.join('\n'))
const verdict = (v: ReturnType<typeof classifyText>) => `${v.classification}/${v.confidence}`
const outcomes = (v: ReturnType<typeof classifyText>) => v.tests.map(t => `${t.name}: ${t.outcome}/${t.confidence}`)

describe('real ExUnit runs', () => {
  it('a custom assertion message no rule reads stays unexplained beside a later passing test\'s refusal', () => {
    for (const name of ['code-plain', 'code-capture', 'code-capture-trace']) {
      const v = real(name)
      expect(verdict(v), name).not.toBe('infrastructure/high')
      expect(outcomes(v), name).toEqual(['test an order of exactly 100.00 gets 10% off (Probe.CodeTest): unexplained/ambiguous'])
    }
  })
  it('reads every block of eleven failures, the counter right-aligned, each refusal only in its captured log', () => {
    const v = real('many')
    expect(v.tests).toHaveLength(11)
    expect(v.tests.every(t => t.outcome === 'unexplained')).toBe(true)
    expect(verdict(v)).toBe('code/ambiguous')
  })
  it('an outage whose failures are the refusals themselves stays infrastructure/high, captured log or not, traced or not', () => {
    for (const name of ['down-plain', 'down-capture', 'down-capture-trace']) {
      const v = real(name)
      expect(verdict(v), name).toBe('infrastructure/high')
      expect(v.tests, name).toHaveLength(3)
      expect(v.tests.every(t => t.outcome === 'infrastructure' && t.confidence === 'high'), name).toBe(true)
    }
  })
  it('a failure that is the code\'s fallback value (right: :none) is not excused by the refusal its test logged', () => {
    const v = real('outage-capture')
    expect(verdict(v)).toBe('infrastructure/ambiguous')
    expect(outcomes(v)).toContain('test the cache answers (logged and asserted) (Probe.OutageTest): unexplained/ambiguous')
  })
})

const block = (n: number, name: string, failure: readonly string[], logged: readonly string[] = []) => [
  `${String(n).padStart(3)}) test ${name} (Shop.CartTest)`, '     test/cart_test.exs:4', ...failure.map(l => `     ${l}`), '     stacktrace:', '       test/cart_test.exs:5: (test)', '',
  ...(logged.length > 0 ? ['     The following output was logged:', '     ', ...logged.map(l => `     ${l}`), '     '] : [])]
const customMessage = ['orders of 100.00 or more get 10% off', 'code: assert Shop.Cart.total([{"MUG", 4}]) == 9000, "orders of 100.00 or more get 10% off"']
const refusedRight = ['match (=) failed', 'code:  assert {:ok, _} = Redix.start_link()', 'left:  {:ok, _}', 'right: {:error, %Redix.ConnectionError{reason: :econnrefused}}']
const logged = '12:00:00.000 [warning] price cache disabled (redis 127.0.0.1:6379): :econnrefused'
const totals = (failures: number) => ['Finished in 0.1 seconds (0.00s async, 0.1s sync)', `3 tests, ${failures} failure${failures === 1 ? '' : 's'}`, '', 'Randomized with seed 2']

describe('ExUnit\'s blocks', () => {
  it('a line indented less than the block\'s details ends it: a passing test\'s refusal after it is not the failure', () => {
    expect(verdict(synthetic(['', '', ...block(1, 'discount', customMessage), logged, '..', ...totals(1)]))).toBe('code/ambiguous')
    expect(verdict(synthetic(['', '', ...block(1, 'discount', customMessage), `  * test prices [L#12]${logged.slice(13)}`, '  * test prices (1.2ms) [L#12]', ...totals(1)]))).toBe('code/ambiguous')
  })
  it('what the test logged is not its failure: only the failure ExUnit printed explains it', () => {
    expect(verdict(synthetic(['', ...block(1, 'discount', customMessage, [logged]), ...totals(1)]))).toBe('code/ambiguous')
    expect(verdict(synthetic(['', ...block(1, 'discount', ['Assertion failed, no matching message after 0ms', 'Showing 1 of 1 message in the mailbox', 'code: assert_received {:order_placed, 9000}'], [logged]), ...totals(1)]))).toBe('code/ambiguous')
  })
  it('a failure that is the refusal is explained by it, whatever the test logged', () => {
    expect(verdict(synthetic(['', ...block(1, 'connects', refusedRight, [logged]), ...totals(1)]))).toBe('infrastructure/high')
    expect(verdict(synthetic(['', ...block(1, 'connects', ['** (MatchError) no match of right hand side value: {:error, :econnrefused}'], [logged]), ...totals(1)]))).toBe('infrastructure/high')
  })
  it('the log section ends with the block: a later block\'s failure is read again', () => {
    const v = synthetic(['', ...block(1, 'discount', customMessage, [logged]), '.', ...block(2, 'connects', refusedRight), ...totals(2)])
    expect(outcomes(v)).toEqual(['test discount (Shop.CartTest): unexplained/ambiguous', 'test connects (Shop.CartTest): infrastructure/high'])
  })
  it('a counter of two digits is right-aligned: still a block of its own', () => {
    const v = synthetic(['', ...block(9, 'connects', refusedRight), ...block(10, 'discount', customMessage, [logged]), ...totals(2)])
    expect(outcomes(v)).toEqual(['test connects (Shop.CartTest): infrastructure/high', 'test discount (Shop.CartTest): unexplained/ambiguous'])
  })
})
