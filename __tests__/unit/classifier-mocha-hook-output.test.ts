// mocha's spec reporter prints a failed hook's inline line (`  1) "before each" hook for "x"`) when
// the hook fails, after whatever the hook printed while it ran (mocha lib/reporters/spec.js: the
// `fail` event's line), as it prints a test's line after the test's output. What a retrying client
// logged there (promised-retry around node-postgres: `Failed retry attempt for ...: Error: connect
// ECONNREFUSED`) is the hook's own output. A hook's timeout never proves where it hung, so such a
// hook is at most infrastructure/ambiguous.
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const verdict = (log: string): string => {
  const v = classifyText(log)
  return `${v.classification}/${v.confidence}/${v.services.join(',')}`
}

const TIMEOUT = '     Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure "done()" is called; if returning a Promise, ensure it resolves. (/work/app/test/main.spec.js)'

const hookRun = (before: string[], details: string[] = [TIMEOUT, '      at listOnTimeout (node:internal/timers:581:17)']): string => [
  '', '',
  '  Pubsub',
  '    init',
  ...before,
  '      1) "before each" hook for "should publish"',
  '', '',
  '  0 passing (2s)',
  '  1 failing',
  '',
  '  1) Pubsub',
  '       "before each" hook for "should publish":',
  ...details,
  '', ''
].join('\n')

const RETRIES = [
  'Failed retry attempt for pgClientRetry: Error: connect ECONNREFUSED 127.0.0.1:5432',
  '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)',
  'Retry 1: Waiting 245 ms to try pgClientRetry again',
  'Failed retry attempt for pgClientRetry: Error: connect ECONNREFUSED 127.0.0.1:5432',
  '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)',
  'Retry 2: Waiting 1266 ms to try pgClientRetry again'
]

describe('mocha: what a failed hook printed before its inline line', () => {
  it('is the hook\'s: a hook that timed out after its client logged refusals is infrastructure, likely only', () => {
    expect(verdict(hookRun(RETRIES))).toBe('infrastructure/ambiguous/postgresql')
  })

  it('names the host that did not resolve, likely only', () => {
    const lines = RETRIES.map(l => l.replace('connect ECONNREFUSED 127.0.0.1:5432', 'getaddrinfo ENOTFOUND postgres').replace('TCPConnectWrap.afterConnect', 'GetAddrInfoReqWrap.onlookupall'))
    expect(verdict(hookRun(lines))).toBe('infrastructure/ambiguous/postgresql')
  })

  it('counter-example: a hook that timed out with nothing printed stays the code\'s', () => {
    expect(verdict(hookRun([]))).toMatch(/^code\//)
  })

  it('counter-example: a refusal a passing test printed before its own line is not the hook\'s', () => {
    const log = hookRun([...RETRIES, '      ✔ reconnects after a refusal'])
    expect(verdict(log)).toMatch(/^code\//)
  })

  it('counter-example: a hook whose own error is a defect is the code\'s, refusals above or not', () => {
    const log = hookRun(RETRIES, ["     TypeError: Cannot read properties of undefined (reading 'length')", '      at Context.<anonymous> (test/main.spec.js:66:34)'])
    expect(verdict(log)).toMatch(/^code\//)
  })
})

// A null handle (`reading 'query'`) after a refusal in the same unit is read as the refused
// connection's consequence. When the refusal is only what the unit printed (a retrying client's
// log), the same lines come from a client logging beside code that never assigned its handle:
// likely only, for a hook as for a test.
describe('a null handle excused only by refusals the unit printed', () => {
  const NULL_QUERY = ["     TypeError: Cannot read properties of undefined (reading 'query')", '      at Context.<anonymous> (test/main.spec.js:66:34)']

  it('is infrastructure, likely only, in a hook', () => {
    expect(verdict(hookRun(RETRIES, NULL_QUERY))).toBe('infrastructure/ambiguous/postgresql')
  })

  it('is infrastructure, likely only, in a test', () => {
    const log = [
      '', '', '  Pubsub', '    init', ...RETRIES, '      1) should publish', '', '',
      '  0 passing (2s)', '  1 failing', '',
      '  1) Pubsub', '       init', '         should publish:', ...NULL_QUERY, '', ''
    ].join('\n')
    expect(verdict(log)).toBe('infrastructure/ambiguous/postgresql')
  })

  it('stays high when the unit\'s own error is the refusal', () => {
    const log = [
      '', '', '  Pubsub', '    init', '      1) should publish', '', '',
      '  0 passing (2s)', '  1 failing', '',
      '  1) Pubsub', '       init', '         should publish:',
      '     Error: connect ECONNREFUSED 127.0.0.1:5432',
      '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)', '', ''
    ].join('\n')
    expect(verdict(log)).toBe('infrastructure/high/postgresql')
  })
})

describe("a hook's own error that only names the connection, beside refusals it printed (attack 28i)", () => {
  const refused = ['redis: connect ECONNREFUSED 127.0.0.1:6379', 'redis: connect ECONNREFUSED 127.0.0.1:6379']
  it('is likely the outage, never surely: its own guard reads the same', () => {
    const log = hookRun(refused, ['     Error: VisitCounter: the Redis connection is closed', '      at VisitCounter.reset (lib/visits.js:31:28)'])
    expect(verdict(log)).not.toMatch(/^infrastructure\/high/)
  })
  it('the same with an error class of the project\'s own (attack 28j)', () => {
    const log = hookRun(refused, ['     StoreUnavailableError: session store is closed', '      at SessionStore.destroy (lib/store.js:40:13)'])
    expect(verdict(log)).not.toMatch(/^infrastructure\/high/)
  })
  it('the refusal as the hook\'s own error is still the outage', () => {
    const log = hookRun([], ['     Error: connect ECONNREFUSED 127.0.0.1:6379', '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)'])
    expect(verdict(log)).toBe('infrastructure/high/redis')
  })
})
