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

  // show_result("BORK", $output, $file, 'reason: invalid output from SKIPIF'): what the SKIPIF printed
  // is the title, so an uncaught refusal there spans lines and only the last names the test.
  const skipifRefused = (file: string): string[] => [
    `BORK Fatal error: Uncaught RedisException: Connection refused in /app/tests/${file}.skip.php:3`,
    'Stack trace:',
    `#0 /app/tests/${file}.skip.php(3): Redis->connect('127.0.0.1', 6379)`,
    '#1 {main}',
    `  thrown in /app/tests/${file}.skip.php on line 3 [tests/${file}.phpt] reason: invalid output from SKIPIF`
  ]
  const defect = (file: string, title: string): string[] => [
    `TEST 3/3 [tests/${file}.phpt]`, '========DIFF========', '001+ int(10000)', '001- int(9000)', '========DONE========', `FAIL ${title} [tests/${file}.phpt] `
  ]
  const summary = (counts: { borked?: number; failed: number }): string[] => [
    '=====================================================================',
    `Number of tests :    3                 ${3 - (counts.borked ?? 0)}`,
    ...(counts.borked ? [`Tests borked    :    ${counts.borked} ( 33.3%) --------`] : []),
    'Tests skipped   :    0 (  0.0%) --------',
    'Tests warned    :    0 (  0.0%) (  0.0%)',
    `Tests failed    :    ${counts.failed} ( 66.7%) (100.0%)`,
    'Tests passed    :    0 (  0.0%) (  0.0%)',
    '====================================================================='
  ]
  const verdictOf = (lines: string[]): string => {
    const verdict = classifyText(lines.join('\n'))
    return `${verdict.classification}/${verdict.confidence}`
  }

  it('keeps a multi-line BORK\'s lines its own, never the next failed test\'s', () => {
    const verdict = classifyText([
      'Running selected tests.',
      'TEST 1/3 [tests/a.phpt]', ...refused('a'), 'FAIL connects [tests/a.phpt] ',
      `TEST 2/3 [tests/b.phpt]\r${skipifRefused('b').join('\n')}`,
      ...defect('c', 'discounts at the threshold'),
      ...summary({ borked: 1, failed: 2 })
    ].join('\n'))
    expect(`${verdict.classification}/${verdict.confidence}`).not.toBe('infrastructure/high')
    expect(verdict.tests.map(t => `${t.name}: ${t.outcome}`)).toEqual([
      'connects [tests/a.phpt]: infrastructure',
      '[tests/b.phpt] reason: invalid output from SKIPIF: infrastructure',
      'discounts at the threshold [tests/c.phpt]: unexplained'
    ])
  })

  it('never gives a BORK before the first failed test to that test', () => {
    const verdict = classifyText(['Running selected tests.', `TEST 1/2 [tests/b.phpt]\r${skipifRefused('b').join('\n')}`, ...defect('c', 'discounts'), ...summary({ borked: 1, failed: 1 })].join('\n'))
    expect(`${verdict.classification}/${verdict.confidence}`).not.toBe('infrastructure/high')
    expect(verdict.tests.find(t => t.name === 'discounts [tests/c.phpt]')?.outcome).toBe('unexplained')
  })

  it('reads a BORK whose SKIPIF was refused as that outage when nothing else is wrong', () => {
    // Example: the BORK and the failed test both refused by the absent server.
    expect(verdictOf(['Running selected tests.', 'TEST 1/2 [tests/a.phpt]', ...refused('a'), 'FAIL connects [tests/a.phpt] ', ...skipifRefused('b'), ...summary({ borked: 1, failed: 1 })])).toBe('infrastructure/high')
    // Counter-example: a BORK for a misspelt section is a failure no rule explains.
    expect(verdictOf(['Running selected tests.', 'TEST 1/2 [tests/a.phpt]', ...refused('a'), 'FAIL connects [tests/a.phpt] ', 'BORK Unknown section "EXPCET" [tests/b.phpt] ', ...summary({ borked: 1, failed: 1 })])).not.toBe('infrastructure/high')
  })

  it('counts borked tests among the failures the run reports', () => {
    // `-g FAIL` prints no BORK line, but `Tests borked` counts it: a failure never shown is never excused.
    const shown = ['Running selected tests.', 'TEST 1/2 [tests/a.phpt]', ...refused('a'), 'FAIL connects [tests/a.phpt] ']
    expect(verdictOf([...shown, ...summary({ borked: 1, failed: 1 })])).toBe('infrastructure/ambiguous')
    expect(verdictOf([...shown, ...summary({ failed: 1 })])).toBe('infrastructure/high')
    // Two runs in one log: each summary's counts add up, and one file's test named by both runs is one unit, one failure:
    // the second run may have reopened it with another failure (attacks 41a, 42a), so the run is not sure.
    expect(verdictOf([...shown, ...summary({ failed: 1 }), ...shown, ...summary({ failed: 1 })])).toBe('infrastructure/ambiguous')
  })

  it('never lends a passing test\'s output, shown by `-g FAIL --show-out` without its result line, to the next failed test', () => {
    const verdict = classifyText([
      'Running selected tests.',
      'TEST 1/2 [tests/a.phpt]\r',
      '========OUT========',
      'Fatal error: Uncaught RedisException: Connection refused in /app/tests/a.php:3',
      '========DONE========',
      `${' '.repeat(24)}\rTEST 2/2 [tests/c.phpt]\r`,
      '========OUT========',
      'int(10000)',
      '========DONE========',
      '========DIFF========', '001+ int(10000)', '001- int(9000)', '========DONE========',
      'FAIL discounts [tests/c.phpt] ',
      ...summary({ failed: 1 })
    ].join('\n'))
    expect(`${verdict.classification}/${verdict.confidence}`).not.toBe('infrastructure/high')
    expect(verdict.tests.map(t => `${t.name}: ${t.outcome}`)).toEqual(['discounts [tests/c.phpt]: unexplained'])
  })

  it('never gives what ran before the tests (a build, a setup script) to the first failed test', () => {
    const setup = ['PDOException: SQLSTATE[HY000] [2002] Connection refused', 'Running selected tests.']
    expect(verdictOf([...setup, ...defect('c', 'discounts'), ...summary({ failed: 1 })])).not.toMatch(/^infrastructure/)
    // Counter-example: the test's own refusal, after the header, is its own.
    expect(verdictOf(['Running selected tests.', 'TEST 1/1 [tests/a.phpt]', ...refused('a'), 'FAIL connects [tests/a.phpt] ', ...summary({ failed: 1 })])).toBe('infrastructure/high')
  })

  it('reads every result line that fails a test: a leak, a SKIPIF\'s note behind it', () => {
    for (const result of ['LEAK&FAIL adds [tests/c.phpt] ', 'FAIL adds [tests/c.phpt]  (info: needs ext/bcmath)', 'WARN&FAIL adds [tests/c.phpt]  (warn: slow host)']) {
      const verdict = classifyText(['Running selected tests.', 'TEST 1/2 [tests/a.phpt]', ...refused('a'), 'FAIL connects [tests/a.phpt] ', 'TEST 2/2 [tests/c.phpt]', '========DIFF========', '001+ int(3)', '001- int(4)', '========DONE========', result, ...summary({ failed: 2 })].join('\n'))
      expect(verdict.tests.map(t => t.name)).toContain('adds [tests/c.phpt]')
      expect(`${verdict.classification}/${verdict.confidence}`).not.toBe('infrastructure/high')
    }
    // Counter-examples: an expected failure, a warning on a passing test are no failures.
    for (const result of ['XFAIL adds [tests/c.phpt]   XFAIL REASON: known bug', 'WARN adds [tests/c.phpt]  (warn: XFAIL section but test passes)']) {
      const verdict = classifyText(['Running selected tests.', 'TEST 1/2 [tests/a.phpt]', ...refused('a'), 'FAIL connects [tests/a.phpt] ', `TEST 2/2 [tests/c.phpt]\r${result}`, ...summary({ failed: 1 })].join('\n'))
      expect(verdict.tests.map(t => t.name)).toEqual(['connects [tests/a.phpt]'])
    }
  })

  // A CLEAN section that printed anything borks a test that PASSED: show_result("BORK", $output, ...) prints the
  // test's own (expected) output as the BORK's title, and what the CLEAN printed only in BORKED TEST SUMMARY,
  // as "$clean_output [$file]" with the whole path.
  const cleanBork = (file: string): string[] => [
    `TEST 2/2 [tests/${file}.phpt]\rBORK bool(false)`,
    'RedisException: Connection refused',
    `int(1) [tests/${file}.phpt] reason: invalid output from CLEAN`
  ]
  const borkedSummary = (entries: string[][]): string[] => [
    '', '=====================================================================', 'BORKED TEST SUMMARY', '---------------------------------------------------------------------',
    ...entries.flat(), '====================================================================='
  ]
  const cleanEntry = (file: string, lines: string[]): string[] => ['', ...lines, ` [/app/tests/${file}.phpt]`]
  const refusedFirst = ['Running selected tests.', 'TEST 1/2 [tests/a.phpt]', ...refused('a'), 'FAIL connects [tests/a.phpt] ']

  it('reads a CLEAN BORK by what the CLEAN printed, never by the passing test\'s output printed as its title', () => {
    // Example: the test checks the outage path and prints the refusal it expects; the CLEAN's undefined variable is the failure.
    const typo = classifyText([...refusedFirst, ...cleanBork('q'), ...summary({ borked: 1, failed: 1 }),
      ...borkedSummary([cleanEntry('q', ['Warning: Undefined variable $spooldir in /app/src/Queue.php on line 47'])])].join('\n'))
    expect(`${typo.classification}/${typo.confidence}`).toBe('code/high')
    expect(typo.tests.map(t => `${t.name}: ${t.outcome}`)).toEqual(['connects [tests/a.phpt]: infrastructure', '[tests/q.phpt] reason: invalid output from CLEAN: code'])
    // A warning no rule reads: the BORK stays unexplained, whatever its title said.
    expect(verdictOf([...refusedFirst, ...cleanBork('q'), ...summary({ borked: 1, failed: 1 }),
      ...borkedSummary([cleanEntry('q', ['Warning: rmdir(/app/tests/spool): Directory not empty in /app/src/Queue.php on line 47'])])])).not.toBe('infrastructure/high')
    // Without the list (NO_PHPTEST_SUMMARY), the title alone explains nothing either.
    expect(verdictOf([...refusedFirst, ...cleanBork('q'), ...summary({ borked: 1, failed: 1 })])).not.toBe('infrastructure/high')
    // A passing test's `--show-out` block, announced by its progress line, is that passing output too.
    expect(verdictOf([...refusedFirst, 'TEST 2/2 [tests/q.phpt]\r', '========OUT========', 'RedisException: Connection refused', '========DONE========', 'BORK RedisException: Connection refused [tests/q.phpt] reason: invalid output from CLEAN', ...summary({ borked: 1, failed: 1 })])).not.toBe('infrastructure/high')
  })

  it('keeps reading a SKIPIF BORK by what the SKIPIF printed, its BORKED TEST SUMMARY entry (a whole path) being the same test', () => {
    // Counter-example: the SKIPIF's refusal is the BORK's own account; the list repeats it under the whole path.
    const verdict = classifyText([...refusedFirst, ...skipifRefused('b'), ...summary({ borked: 1, failed: 1 }),
      ...borkedSummary([['Fatal error: Uncaught RedisException: Connection refused in /app/tests/b.skip.php:3', 'Stack trace:', '#0 {main} [/app/tests/b.phpt]']])].join('\n'))
    expect(`${verdict.classification}/${verdict.confidence}`).toBe('infrastructure/high')
    expect(verdict.tests.map(t => t.name)).toEqual(['connects [tests/a.phpt]', '[tests/b.phpt] reason: invalid output from SKIPIF'])
    // Its entry with a defect of the SKIPIF's own is read into the same BORK.
    expect(verdictOf([...refusedFirst, 'BORK whatever [tests/b.phpt] reason: invalid output from SKIPIF', ...summary({ borked: 1, failed: 1 }),
      ...borkedSummary([['Warning: Undefined variable $host in /app/tests/b.skip.php on line 2', ' [/app/tests/b.phpt]']])])).toBe('code/high')
    // What follows the list (another list's names, CI's closing lines) is no test's.
    expect(verdictOf([...refusedFirst, ...summary({ failed: 1 }), ...borkedSummary([]), 'Error: Process completed with exit code 1.'])).toBe('infrastructure/high')
  })

  it('reads a result line whose --TEST-- title spans two lines', () => {
    const priceDefect = ['TEST 2/2 [tests/p.phpt]\r', '========DIFF========', '001+ int(10000)', '001- int(9000)', '========DONE========']
    // Example: the defect's two-line FAIL is a failure, with the refused test beside it.
    const verdict = classifyText([...refusedFirst, ...priceDefect, 'FAIL Price: exactly the threshold gets the discount,', 'one cent below pays full price [tests/p.phpt] ', ...summary({ failed: 2 })].join('\n'))
    expect(`${verdict.classification}/${verdict.confidence}`).not.toBe('infrastructure/high')
    expect(verdict.tests.map(t => `${t.name}: ${t.outcome}`)).toContain('Price: exactly the threshold gets the discount, one cent below pays full price [tests/p.phpt]: unexplained')
    // Its title is data: words of an outage there explain nothing.
    expect(verdictOf([...priceDefect, 'FAIL Queue: a push while Redis answers', 'fails with Connection refused when it does not [tests/p.phpt] ', ...summary({ failed: 1 })])).not.toMatch(/^infrastructure/)
    // Counter-examples: a two-line PASS, and an expected failure (its diff shown), are no failures.
    expect(verdictOf([...refusedFirst, 'TEST 2/2 [tests/p.phpt]\rPASS Price: exactly the threshold gets the discount,', 'one cent below pays full price [tests/p.phpt] ', ...summary({ failed: 1 })])).toBe('infrastructure/high')
    expect(verdictOf([...refusedFirst, ...priceDefect, 'XFAIL Price: exactly the threshold gets the discount,', 'one cent below pays full price [tests/p.phpt]   XFAIL REASON: known rounding bug', ...summary({ failed: 1 })])).toBe('infrastructure/high')
  })

  it('takes a test that printed its diff for failed, even when its result line is not read', () => {
    // `-g FAIL` shows a WARN&FAIL's diff (FAIL is in the group) but not its line (`WARN&FAIL` is not).
    const hidden = ['TEST 2/2 [tests/p.phpt]\r', '========DIFF========', '001+ int(10000)', '001- int(9000)', '========DONE========']
    expect(verdictOf([...refusedFirst, ...hidden, ...summary({ failed: 1 })])).not.toBe('infrastructure/high')
    // Counter-example: a passing test's `--show-out` block is no failure (the case above), nor a diff an XFAIL line claims.
    expect(verdictOf([...refusedFirst, ...hidden, 'XFAIL Price [tests/p.phpt]   XFAIL REASON: known rounding bug', ...summary({ failed: 1 })])).toBe('infrastructure/high')
  })

  it('never lets a WARN&FAIL, which run-tests.php counts as warned, cover a failure its `Tests failed` counts', () => {
    const warned = ['TEST 2/2 [tests/w.phpt]', ...refused('w'), 'WARN&FAIL pushes [tests/w.phpt]  (warn: REDIS_HOST is not set)']
    const counts = (failed: number): string[] => ['=====================================================================', 'Number of tests :    2                 2', 'Tests skipped   :    0 (  0.0%) --------', 'Tests warned    :    1 ( 50.0%) ( 50.0%)', `Tests failed    :    ${failed} ( 50.0%) ( 50.0%)`, 'Tests passed    :    0 (  0.0%) (  0.0%)']
    // Example: `Tests failed : 1` and only the WARN&FAIL read: the failed test was never shown.
    expect(verdictOf(['Running selected tests.', ...warned, ...counts(1)])).toBe('infrastructure/ambiguous')
    // Counter-examples: the failed test shown and refused too; no failed test counted.
    expect(verdictOf([...refusedFirst, ...warned, ...counts(1)])).toBe('infrastructure/high')
    expect(verdictOf(['Running selected tests.', ...warned, ...counts(0)])).toBe('infrastructure/high')
  })
})
