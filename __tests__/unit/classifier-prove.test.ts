// Perl's prove (TAP::Harness, src/classify/dialects/perl.ts): a script's stderr lands above its `t/x.t .. ` line (below
// it under --merge), its TAP under it with -v, and `Dubious, test returned N` / `Failed N/M subtests` conclude it.
// Test::More's `#   Failed test` is a failure no rule explains unless the script's own lines show a refusal as its cause.
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const verdictOf = (lines: string[]): string => {
  const v = classifyText(lines.join('\n') + '\n')
  return `${v.classification}/${v.confidence}`
}

const REDIS_DIES = 'Could not connect to Redis server at 127.0.0.1:6379: Connection refused at lib/Shop/Stock.pm line 9.'
const REDIS_WARNS = 'slug cache unavailable, using memory: Could not connect to Redis server at 127.0.0.1:6379: Connection refused at lib/Shop/Catalog.pm line 11.'
const summary = (...failed: string[]): string[] => ['', 'Test Summary Report', '-------------------', ...failed, 'Files=2, Tests=5,  0 wallclock secs ( 0.01 usr  0.00 sys +  0.10 cusr  0.03 csys =  0.14 CPU)', 'Result: FAIL']

describe('prove', () => {
  it('reads a script that died on a refusal before any test as the outage', () => {
    expect(verdictOf([REDIS_DIES, 't/01-stock.t .. ', 'Dubious, test returned 111 (wstat 28416, 0x6f00)', 'No subtests run ',
      ...summary('t/01-stock.t (Wstat: 28416 (exited 111) Tests: 0 Failed: 0)', '  Non-zero exit status: 111', '  Parse errors: No plan found in TAP output')])).toBe('infrastructure/high')
  })

  it('never excuses a failed Test::More test by a refusal its script only logged', () => {
    expect(verdictOf([REDIS_WARNS, '', "#   Failed test 'every space becomes a dash'", '#   at t/01-slug.t line 10.', '# Looks like you failed 1 test of 3.',
      't/01-slug.t .. ', 'Dubious, test returned 1 (wstat 256, 0x100)', 'Failed 1/3 subtests ', REDIS_WARNS, 't/02-trim.t .. ok',
      ...summary('t/01-slug.t (Wstat: 256 (exited 1) Tests: 3 Failed: 1)', '  Failed test:  2', '  Non-zero exit status: 1')])).not.toBe('infrastructure/high')
  })

  it('reads -v\'s TAP under a script\'s line as that script\'s, not node:test\'s (what precedes `not ok 1` is no test\'s output)', () => {
    const v = classifyText([REDIS_WARNS, "#   Failed test 'an order of exactly 100.00 gets 10% off'", '#   at t/01-discount.t line 8.',
      't/01-discount.t .. ', 'not ok 1 - an order of exactly 100.00 gets 10% off', 'ok 2 - a small order pays full price', '1..2',
      'Dubious, test returned 1 (wstat 256, 0x100)', 'Failed 1/2 subtests ', ...summary('t/01-discount.t (Wstat: 256 (exited 1) Tests: 2 Failed: 1)')].join('\n'))
    expect(`${v.classification}/${v.confidence}`).not.toBe('infrastructure/high')
    expect(v.tests.map(t => `${t.runner}:${t.name}`)).toEqual(['prove:t/01-discount.t'])
  })

  it('reads --merge\'s stream (stderr under the script\'s line) the same way', () => {
    expect(verdictOf(['t/01-discount.t .. ', REDIS_WARNS, 'not ok 1 - an order of exactly 100.00 gets 10% off', '',
      "#   Failed test 'an order of exactly 100.00 gets 10% off'", '#   at t/01-discount.t line 8.', REDIS_WARNS, 'ok 2 - a small order pays full price', '1..2',
      '# Looks like you failed 1 test of 2.', 'Dubious, test returned 1 (wstat 256, 0x100)', 'Failed 1/2 subtests ',
      ...summary('t/01-discount.t (Wstat: 256 (exited 1) Tests: 2 Failed: 1)')])).not.toBe('infrastructure/high')
  })

  it('drops what a passing script printed, under -v too', () => {
    expect(verdictOf([REDIS_WARNS, 't/01-a.t .. ', 'ok 1 - a', '1..1', 'ok', 't/02-b.t .. ', 'ok 1 - b', '1..1',
      'Dubious, test returned 3 (wstat 768, 0x300)', 'All 1 subtests passed ', ...summary('t/02-b.t (Wstat: 768 (exited 3) Tests: 1 Failed: 0)')])).toBe('code/ambiguous')
  })

  it('reads Perl\'s own fatal error in a script as the code\'s, whatever refusal it logged before', () => {
    expect(verdictOf(['order audit disabled: connection to server at "127.0.0.1", port 5432 failed: Connection refused', '\tIs the server running on that host and accepting TCP/IP connections?',
      'Can\'t locate object method "sub_total" via package "Shop::Order" at lib/Shop/Order.pm line 33.', '# Looks like your test exited with 255 just after 1.',
      't/01-discount.t .. ', 'Dubious, test returned 255 (wstat 65280, 0xff00)', 'Failed 1/2 subtests ',
      ...summary('t/01-discount.t (Wstat: 65280 (exited 255) Tests: 1 Failed: 0)', '  Non-zero exit status: 255', '  Parse errors: Bad plan.  You planned 2 tests but ran 1.')])).toBe('code/high')
  })

  it('counts a script the summary lists as failed though its block was never printed', () => {
    expect(verdictOf([REDIS_DIES, 't/01-stock.t .. ', 'Dubious, test returned 111 (wstat 28416, 0x6f00)', 'No subtests run ',
      ...summary('t/01-stock.t (Wstat: 28416 (exited 111) Tests: 0 Failed: 0)', 't/02-price.t (Wstat: 256 (exited 1) Tests: 3 Failed: 1)', '  Failed test:  3')])).not.toBe('infrastructure/high')
  })

  it('counts the summary\'s failed subtests beyond what the log shows', () => {
    // A refusal outside any script's block and a summary counting a failed subtest no line explains.
    expect(verdictOf([REDIS_WARNS, ...summary('t/02-price.t (Wstat: 256 (exited 1) Tests: 3 Failed: 1)', '  Failed test:  3')])).not.toBe('infrastructure/high')
  })

  it('leaves node:test\'s TAP to node:test outside a prove script', () => {
    const v = classifyText(['TAP version 13', '# Subtest: saves', 'not ok 1 - saves', '  ---', "  error: 'connect ECONNREFUSED 127.0.0.1:5432'", '  ...', '1..1', '# fail 1', ''].join('\n'))
    expect(v.tests.map(t => t.runner)).toEqual(['node:test'])
  })
})

describe('prove, a method called on a handle never made', () => {
  it('is not excused by the refusal logged before it (DBI->connect with RaiseError off returns undef, and so can the code)', () => {
    expect(verdictOf(['order audit disabled: connection to server at "127.0.0.1", port 5432 failed: Connection refused', '\tIs the server running on that host and accepting TCP/IP connections?',
      'Can\'t call method "do" on an undefined value at lib/Shop/Order.pm line 40.', '# Looks like your test exited with 255 just after 1.',
      't/01-discount.t .. ', 'Dubious, test returned 255 (wstat 65280, 0xff00)', 'Failed 1/2 subtests ',
      '', 'Test Summary Report', '-------------------', 't/01-discount.t (Wstat: 65280 (exited 255) Tests: 1 Failed: 0)', 'Files=1, Tests=1,  0 wallclock secs', 'Result: FAIL'])).toBe('infrastructure/ambiguous')
  })
})
