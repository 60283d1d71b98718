// node:test cancels every subtest still unfinished when its parent's run ends (lib/internal/test_runner/
// test.js postRun: `test did not finish before its parent and was cancelled`, failureType
// 'cancelledByParent'). Such a subtest never got to fail: it follows its parent's failure only when
// that failure is a sure refusal (a suite's refused `before` hook). Shapes are those of the real runs
// under __fixtures__/logs/js-node-test/before-hook-refused-children-cancelled-* (Node 20).
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const verdict = (lines: readonly string[]): string => {
  const v = classifyText(lines.join('\n'))
  return `${v.classification}/${v.confidence}/${v.services.join(',')}`
}

const tapChild = (n: number, name: string, line: number): string[] => [
  `    # Subtest: ${name}`, `    not ok ${n} - ${name}`, '      ---', '      duration_ms: 0',
  `      location: '/w/test/store.test.js:${line}:3'`, "      failureType: 'cancelledByParent'",
  "      error: 'test did not finish before its parent and was cancelled'", "      code: 'ERR_TEST_FAILURE'", '      ...'
]
const tapSuite = (n: number, name: string, failure: readonly string[]): string[] => [
  `# Subtest: ${name}`, ...tapChild(1, 'gets', 6), ...tapChild(2, 'puts', 7), '    1..2',
  `not ok ${n} - ${name}`, '  ---', '  duration_ms: 5.1', "  type: 'suite'", "  location: '/w/test/store.test.js:3:1'", ...failure, '  ...'
]
const TAP_REFUSED = ["  failureType: 'hookFailed'", "  error: 'connect ECONNREFUSED 127.0.0.1:5432'", "  code: 'ECONNREFUSED'", '  stack: |-', '    TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)']
const TAP_DEFECT = ["  failureType: 'hookFailed'", "  error: 'map.sett is not a function'", "  code: 'ERR_TEST_FAILURE'", '  stack: |-', '    TestContext.<anonymous> (/w/test/store.test.js:11:32)']
const TAP_TOTALS = ['1..1', '# tests 2', '# suites 1', '# pass 0', '# fail 0', '# cancelled 2']

const specSuite = (name: string, failure: readonly string[]): string[] => [
  `▶ ${name}`, '  ✖ gets', "    'test did not finish before its parent and was cancelled'", '',
  '  ✖ puts', "    'test did not finish before its parent and was cancelled'", '', `✖ ${name} (4.6ms)`, ...failure, ''
]
const SPEC_REFUSED = ['  Error: connect ECONNREFUSED 127.0.0.1:5432', '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16) {', "    code: 'ECONNREFUSED'", '  }']
const SPEC_TOTALS = ['ℹ tests 2', 'ℹ suites 1', 'ℹ pass 0', 'ℹ fail 0', 'ℹ cancelled 2']

describe('a subtest cancelled by its parent', () => {
  it('follows a suite whose hook was refused (TAP says suite and hookFailed; the spec reporter says neither: possible only)', () => {
    expect(verdict(['TAP version 13', ...tapSuite(1, 'Store', TAP_REFUSED), ...TAP_TOTALS])).toBe('infrastructure/high/postgresql')
    // The spec reporter prints a test with subtests and a suite alike: a test that did not await its subtests reads the same (attack 27f).
    expect(verdict([...specSuite('Store', SPEC_REFUSED), ...SPEC_TOTALS])).toBe('infrastructure/ambiguous/postgresql')
  })

  it('is never excused by a test (not a suite) whose after hook was refused: it did not await the subtest (attack 27f)', () => {
    const asTest = tapSuite(1, 'Store', TAP_REFUSED).filter(l => l !== "  type: 'suite'")
    expect(verdict(['TAP version 13', ...asTest, ...TAP_TOTALS])).not.toMatch(/^infrastructure\/high/)
  })

  it('is never excused by a parent that failed in its code', () => {
    expect(verdict(['TAP version 13', ...tapSuite(1, 'Store', TAP_DEFECT), ...TAP_TOTALS])).not.toMatch(/^infrastructure\/high/)
    expect(verdict([...specSuite('Store', ['  TypeError [Error]: map.sett is not a function', '      at TestContext.<anonymous> (/w/test/store.test.js:11:32)']), ...SPEC_TOTALS])).not.toMatch(/^infrastructure\/high/)
  })

  it('is never excused by another suite\'s refusal', () => {
    // Store's hook refused; Cache's subtests cancelled under a parent that failed by itself.
    const log = ['TAP version 13', ...tapSuite(1, 'Store', TAP_REFUSED), ...tapSuite(2, 'Cache', TAP_DEFECT), '1..2', '# fail 0', '# cancelled 4']
    expect(verdict(log)).not.toMatch(/^infrastructure\/high/)
  })

  it('is never excused by a parent that passed its own body (a subtest it did not await)', () => {
    const log = ['TAP version 13', '# Subtest: batch', ...tapChild(1, 'flushes', 15), '    1..1', 'not ok 1 - batch', '  ---', "  location: '/w/test/store.test.js:14:1'",
      "  failureType: 'subtestsFailed'", "  error: '1 subtest failed'", "  code: 'ERR_TEST_FAILURE'", '  ...', ...tapSuite(2, 'Store', TAP_REFUSED), '1..2', '# fail 1', '# cancelled 3']
    expect(verdict(log)).not.toMatch(/^infrastructure\/high/)
  })
})
