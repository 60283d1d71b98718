// mocha's base reporter prints each failure's title path one element a line, the last ending in
// `:` (mocha lib/reporters/base.js, Base.list). A `  1) title:` line is the whole title: the line
// below it is the error's message, never a suite's title (the dot/tap-less reporters print no
// inline list, so the details' first line opens the unit).
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const verdict = (log: string): string => {
  const v = classifyText(log)
  return `${v.classification}/${v.confidence}/${v.services.join(',')}`
}

const dotRun = (title: string, message: string, stack: string): string => [
  '',
  '  !!',
  '',
  '  0 passing (47ms)',
  '  2 failing',
  '',
  `  1) ${title}:`,
  `     ${message}`,
  `  ${stack}`,
  '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)',
  '',
  `  2) ${title}:`,
  `     ${message}`,
  `  ${stack}`,
  '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)',
  '',
  ''
].join('\n')

describe('mocha details whose first line is the whole title', () => {
  it('reads the message below a one-line title (node-redis refused, dot reporter)', () => {
    const log = dotRun('Uncaught error outside test suite',
      'Uncaught Redis connection to 127.0.0.1:6379 failed - connect ECONNREFUSED 127.0.0.1:6379',
      'Error: connect ECONNREFUSED 127.0.0.1:6379')
    expect(verdict(log)).toBe('infrastructure/high/redis')
  })

  it('reads an assertion below a one-line title as the code\'s', () => {
    const log = [
      '', '  ..!', '', '  2 passing (12ms)', '  1 failing', '',
      '  1) adds two numbers:', '',
      '      AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:', '',
      '3 !== 4', '',
      '      + expected - actual', '',
      '      at Context.<anonymous> (test/add.test.js:7:12)', '', ''
    ].join('\n')
    expect(verdict(log)).toMatch(/^code\//)
  })

  it('still reads a hook\'s nested suite titles (title on several lines)', () => {
    const log = [
      '', '  !', '', '  0 passing (8ms)', '  1 failing', '',
      '  1) Limiter with redis',
      '       "before each" hook:',
      '     Uncaught Redis connection to 127.0.0.1:6379 failed - connect ECONNREFUSED 127.0.0.1:6379',
      '  Error: connect ECONNREFUSED 127.0.0.1:6379',
      '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)', '', ''
    ].join('\n')
    expect(verdict(log)).toBe('infrastructure/high/redis')
  })

  it('does not take a refusal for the code\'s title when the message is a defect beside it', () => {
    const log = [
      '', '  !!', '', '  0 passing (8ms)', '  2 failing', '',
      '  1) Uncaught error outside test suite:',
      '     Uncaught Redis connection to 127.0.0.1:6379 failed - connect ECONNREFUSED 127.0.0.1:6379',
      '  Error: connect ECONNREFUSED 127.0.0.1:6379',
      '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)', '',
      '  2) parses the window:',
      '     TypeError: Cannot read properties of undefined (reading \'duration\')',
      '      at parse (lib/window.js:12:9)', '', ''
    ].join('\n')
    expect(verdict(log)).not.toBe('infrastructure/high/redis')
  })
})

describe("a title path's lines are titles, whatever words they hold (attack 28d)", () => {
  const timeout = "     Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure \"done()\" is called; if returning a Promise, ensure it resolves. (/app/test/cache.test.js)"
  it('a nested suite title under a first line ending in `:` is no refusal (dot reporter)', () => {
    const log = ['', '  !', '', '  0 passing (2s)', '  1 failing', '',
      '  1) cache:',
      '       on ECONNREFUSED',
      "         serves the loader's value:",
      timeout,
      '      at listOnTimeout (node:internal/timers:573:17)', '', ''].join('\n')
    expect(verdict(log)).not.toMatch(/^infrastructure\/high/)
  })
  it('the same under the spec reporter, whose inline list named the test already', () => {
    const log = ['', '  cache', '    on ECONNREFUSED', "      1) serves the loader's value", '', '', '  0 passing (2s)', '  1 failing', '',
      '  1) cache',
      '       on ECONNREFUSED',
      "         serves the loader's value:",
      timeout,
      '      at listOnTimeout (node:internal/timers:573:17)', '', ''].join('\n')
    expect(verdict(log)).not.toMatch(/^infrastructure\/high/)
  })
  it('a refusal in the message below the titles is still the failure', () => {
    const log = ['', '  !', '', '  0 passing (2s)', '  1 failing', '',
      '  1) cache:',
      '       with Redis',
      '         reads a key:',
      '     Error: connect ECONNREFUSED 127.0.0.1:6379',
      '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)', '', ''].join('\n')
    expect(verdict(log)).toBe('infrastructure/high/redis')
  })
})

describe("only the message's indentation ends a title path (attack 28g)", () => {
  const timeout = "     Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure \"done()\" is called; if returning a Promise, ensure it resolves. (/app/test/retry.test.js)"
  it("a suite title ending in ':' in the middle of the path leaves the test's title a title", () => {
    const log = ['', '  !', '', '  0 passing (2s)', '  1 failing', '',
      '  1) withRetry',
      '       transient errors:',
      '         gives up after 3 attempts on ECONNREFUSED:',
      timeout,
      '      at listOnTimeout (node:internal/timers:573:17)', '', ''].join('\n')
    expect(verdict(log)).not.toMatch(/^infrastructure\/high/)
  })
  it("a hook's title line is a title, whatever test title it quotes", () => {
    const log = ['', '  Pool', '    1) "before each" hook for "keeps ECONNREFUSED as the last error when the broker is down"', '', '', '  0 passing (2s)', '  1 failing', '',
      '  1) Pool',
      '       "before each" hook for "keeps ECONNREFUSED as the last error when the broker is down":',
      timeout,
      '      at listOnTimeout (node:internal/timers:573:17)', '', ''].join('\n')
    expect(verdict(log)).not.toMatch(/^infrastructure\/high/)
  })
})

describe('a title wrapped over lines is a title until the line that ends the path with `:` (attack 28k)', () => {
  it('the wrapped half of a test title, indented less than a title element, is no refusal', () => {
    const log = ['', '  !', '', '  0 passing (2s)', '  1 failing', '',
      '  1) withRetry',
      '       peer',
      '         gives up after 3 attempts when the peer keeps refusing',
      '      (connect ECONNREFUSED):',
      "     Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure \"done()\" is called; if returning a Promise, ensure it resolves. (/app/test/retry.test.js)",
      '      at listOnTimeout (node:internal/timers:573:17)', '', ''].join('\n')
    expect(verdict(log)).not.toMatch(/^infrastructure\/high/)
  })
})

// mocha before 6 headed a failure's details with `fullTitle()`: the root suite's empty title, a space, the
// runnable's (mocha 2.5 lib/runnable.js `this.parent.fullTitle() + ' ' + this.title`), so a failure outside any
// suite reads `  1)  Uncaught error outside test suite:`, two spaces after the number (kue's tests, mocha 2.5.3).
describe('mocha 2-5 details of a failure outside any suite (two spaces after the number)', () => {
  const specRun = (message: string, stack: string[]): string => [
    '', '  1) Uncaught error outside test suite', '  CONNECTION', '    ✓ should configure properly', '',
    '  1 passing (25ms)', '  1 failing', '',
    '  1)  Uncaught error outside test suite:',
    `     ${message}`,
    ...stack, '  ', '', ''
  ].join('\n')
  it('reads the refusal below the header as that failure\'s', () => {
    const log = specRun('Uncaught Redis connection to 127.0.0.1:6379 failed - connect ECONNREFUSED 127.0.0.1:6379',
      ['  Error: connect ECONNREFUSED 127.0.0.1:6379', '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)'])
    expect(verdict(log)).toBe('infrastructure/high/redis')
  })
  it('reads a TypeError below the same header as the code\'s', () => {
    const log = specRun('Uncaught TypeError: Cannot read properties of undefined (reading \'id\')',
      ['    at Worker.process (lib/queue/worker.js:98:21)', '    at processImmediate (node:internal/timers:483:21)'])
    expect(verdict(log)).toMatch(/^code\//)
  })
  it('a refusal printed before the run, with the header\'s own error a defect, is no outage', () => {
    const log = ['Redis connection to 127.0.0.1:6379 failed - connect ECONNREFUSED 127.0.0.1:6379',
      specRun('Uncaught AssertionError: expected 2 to equal 3', ['    at Context.<anonymous> (test/test.js:40:12)'])].join('\n')
    expect(verdict(log)).not.toMatch(/^infrastructure\/high/)
  })
})
