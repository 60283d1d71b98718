// poku's group lines (`◌ describe`, `● describe › 12ms`) never say a group failed (only the colour
// does): they open no unit. Under node's test runner (TAP), each file's output, poku groups and
// all, is printed as `# ` lines before that file's `# Subtest:` and `not ok N` line, and belongs
// to that file's unit, whether the group that printed it is a describe or an `it` nested in it.
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/classifier.js'

const verdictOf = (text: string) => {
  const v = classifyText(text)
  return { classification: v.classification, confidence: v.confidence, services: [...v.services] }
}

const refusal = (port: number) => [
  `# Error: connect ECONNREFUSED 127.0.0.1:${port}`,
  '#     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16) {',
  '#   errno: -111,',
  "#   code: 'ECONNREFUSED',",
  "#   syscall: 'connect',",
  "#   address: '127.0.0.1',",
  `#   port: ${port},`,
  '#   fatal: true',
  '# }'
]

const closedState = (file: string) => [
  "# Error: Can't add new command when connection is in closed state",
  '#     at Connection._addCommandClosedState (/app/lib/base/connection.js:208:17)',
  '#     at Connection.end (/app/lib/base/connection.js:1106:26)',
  `#     at <anonymous> (/app/test/integration/${file}:23:14)`,
  '# }'
]

const typeError = (file: string) => [
  "# TypeError: Cannot read properties of undefined (reading 'readInt16')",
  '#     at Packet.readDateTime (/app/lib/packets/packet.js:311:22)',
  `#     at <anonymous> (/app/test/unit/${file}:18:30)`
]

/** One file under node --test's TAP reporter: its poku groups' output, then its result. */
const file = (n: number, name: string, path: string, groups: { it: string; lines: string[]; failed: boolean }[], after: string[] = []) => [
  `# \u001b[1m\u001b[2m◌ ${name}\u001b[0m`,
  ...groups.flatMap(g => [
    `#   \u001b[2m◌ ${g.it}\u001b[0m`,
    ...g.lines,
    `#   \u001b[${g.failed ? 91 : 32}m\u001b[1m● ${g.it}\u001b[0m \u001b[${g.failed ? 91 : 32}m\u001b[2m› 15.241505ms\u001b[0m`
  ]),
  ...after,
  `# \u001b[91m\u001b[1m● ${name}\u001b[0m \u001b[91m\u001b[2m› 231.729897ms\u001b[0m`,
  `# Subtest: ${path}`,
  ...(groups.some(g => g.failed) || after.length > 0
    ? [`not ok ${n} - ${path}`, '  ---', '  duration_ms: 2151.97', `  location: '${path}:1:1'`, "  failureType: 'testCodeFailure'", '  exitCode: 1', '  signal: ~', "  error: 'test failed'", "  code: 'ERR_TEST_FAILURE'", '  ...']
    : [`ok ${n} - ${path}`, '  ---', '  duration_ms: 300.1', '  ...'])
]

const tap = (files: string[][], failed: number) => ['TAP version 13', ...files.flat(), `1..${files.length}`, `# tests ${files.length}`, '# suites 0', `# pass ${files.length - failed}`, `# fail ${failed}`, '# cancelled 0'].join('\n')

describe('poku groups under node --test (TAP)', () => {
  it('a file whose nested `it` group shows the refusal is that refusal', () => {
    const log = tap([
      file(1, 'Execute Bind Boolean', '/app/test/integration/bind-boolean.test.mts', [{ it: 'should bind boolean values correctly', lines: refusal(3306), failed: true }], closedState('bind-boolean.test.mts')),
      file(2, 'Execute Bind Null', '/app/test/integration/bind-null.test.mts', [{ it: 'should bind null values correctly', lines: refusal(3306), failed: true }], closedState('bind-null.test.mts'))
    ], 2)
    expect(verdictOf(log)).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['mysql'] })
  })

  it('a TypeError in another group of the same refused file is the code', () => {
    const log = tap([
      file(1, 'Packets', '/app/test/integration/packets.test.mts', [
        { it: 'connects', lines: refusal(3306), failed: true },
        { it: 'parses a datetime packet', lines: typeError('packets.test.mts'), failed: true }
      ])
    ], 1)
    expect(verdictOf(log).classification).toBe('code')
  })

  it('a refusal printed by a passing file explains no other file, nor a failing file that printed nothing', () => {
    const log = tap([
      file(1, 'Pool', '/app/test/integration/pool.test.mts', [{ it: 'retries when the server is away', lines: refusal(3306), failed: false }]),
      file(2, 'DateTime', '/app/test/unit/datetime.test.mts', [{ it: 'parses a datetime packet', lines: [], failed: true }])
    ], 1)
    expect(verdictOf(log)).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })

  it('a TypeError in a unit file beside refused integration files is the code', () => {
    const log = tap([
      file(1, 'Execute Bind Boolean', '/app/test/integration/bind-boolean.test.mts', [{ it: 'should bind boolean values correctly', lines: refusal(3306), failed: true }], closedState('bind-boolean.test.mts')),
      file(2, 'DateTime', '/app/test/unit/datetime.test.mts', [{ it: 'parses a datetime packet', lines: typeError('datetime.test.mts'), failed: true }])
    ], 2)
    expect(verdictOf(log).classification).toBe('code')
  })
})
