// poku prints no node:assert failure (only its ● line's colour says a test failed), so a poku log shows an outage as possible only:
// its refusals are read and named, never sure (attacks 28c, 28e).
// poku's groups under node --test (TAP, each line a `# ` comment) and under poku's own CLI. Each
// `◌ title` ... `● title › Nms` is a unit whose outcome only the `●`'s colour tells (classifier.ts
// onPoku); the file's result (TAP `not ok N`) only reports the failed groups inside it, unless the
// file printed a failure of its own outside them.
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
    expect(verdictOf(log)).toEqual({ classification: 'infrastructure', confidence: 'ambiguous', services: ['mysql'] })
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

// poku's reporter (wellwelwel/poku src/services/reporters/poku.ts): `◌ title` opens a describe or
// an it, `● title › Nms` closes it, red (`\x1b[91m`) when it failed and green (`\x1b[32m`) when it
// passed; node:assert's AssertionError prints nothing (src/modules/helpers/it.ts).
const RED = 91
const GREEN = 32
const open = (title: string, indent = '  ', tap = true) => `${tap ? '#' : ''}${indent}\u001b[2m◌ ${title}\u001b[0m`
const close = (title: string, colour: number | undefined, indent = '  ', tap = true) =>
  colour === undefined ? `${tap ? '#' : ''}${indent}● ${title} › 1.2ms` : `${tap ? '#' : ''}${indent}\u001b[${colour}m\u001b[1m● ${title}\u001b[0m \u001b[${colour}m\u001b[2m› 1.216023ms\u001b[0m`
const tapFile = (describeTitle: string, body: string[], colour: number | undefined = RED) => [
  'TAP version 13',
  `# \u001b[1m\u001b[2m◌ ${describeTitle}\u001b[0m`,
  ...body,
  colour === undefined ? `# ● ${describeTitle} › 22.3ms` : `# \u001b[${colour}m\u001b[1m● ${describeTitle}\u001b[0m \u001b[${colour}m\u001b[2m› 22.315074ms\u001b[0m`,
  '# Subtest: /app/test/cart.test.mjs',
  'not ok 1 - /app/test/cart.test.mjs',
  '  ---',
  "  location: '/app/test/cart.test.mjs:1:1'",
  "  error: 'test failed'",
  "  code: 'ERR_TEST_FAILURE'",
  '  ...',
  '1..1',
  '# tests 1',
  '# pass 0',
  '# fail 1'
].join('\n')

describe('poku units: each it is read as poku prints it, its outcome from the colour of its `●`', () => {
  it('every failed it refused: the refusal (example)', () => {
    const log = tapFile('Cart', [open('stores an order'), ...refusal(3306), close('stores an order', RED), open('reads it back'), ...refusal(3306), close('reads it back', RED)])
    expect(verdictOf(log)).toEqual({ classification: 'infrastructure', confidence: 'ambiguous', services: ['mysql'] })
  })

  it('a red it that printed nothing (node:assert) beside a refused it is unexplained', () => {
    const log = tapFile('Cart', [open('stores an order'), ...refusal(3306), close('stores an order', RED), open('adds up the line items'), close('adds up the line items', RED), open('takes a percentage off'), close('takes a percentage off', GREEN)])
    expect(verdictOf(log)).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })

  it('a refusal printed by a green it explains no red one', () => {
    const log = tapFile('Billing', [open('never fails a checkout'), `#   audit: could not record checkout, going on without it Error: connect ECONNREFUSED 127.0.0.1:5432`, close('never fails a checkout', GREEN), open('numbers invoices per year'), close('numbers invoices per year', RED)])
    expect(verdictOf(log)).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })

  it('without colour, an it that printed nothing may have failed: never explained by a sibling', () => {
    const log = tapFile('Cart', [open('stores an order'), ...refusal(3306), close('stores an order', undefined), open('adds up the line items'), close('adds up the line items', undefined)], undefined)
    expect(verdictOf(log)).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })

  it('without colour, every it refused: the refusal', () => {
    const log = tapFile('Cart', [open('stores an order'), ...refusal(3306), close('stores an order', undefined), open('reads it back'), ...refusal(3306), close('reads it back', undefined)], undefined)
    expect(verdictOf(log)).toEqual({ classification: 'infrastructure', confidence: 'ambiguous', services: ['mysql'] })
  })

  it("poku's own assert at a file's top level (`# ✘ message`, then `Code ERR_ASSERTION`) is the code", () => {
    const log = tapFile('Payments', [open('records a payment'), ...refusal(5432), close('records a payment', RED)]).replace(
      '# Subtest:',
      ['# \u001b[91m\u001b[1m✘ parses one decimal to cents\u001b[0m', '#       File test/money.test.mjs:24:8', '#       Code ERR_ASSERTION', '#   Operator strictEqual', '#   Actual:', '#   1205', '#   Expected:', '#   1250', '# Subtest:'].join('\n')
    )
    expect(verdictOf(log).classification).toBe('code')
  })

  it("poku's passing asserts (`✔ message`) inside a refused it are no other runner's passing tests", () => {
    const log = tapFile('Cart', [open('stores an order'), '#   \u001b[32m\u001b[1m✔ the table exists\u001b[0m', ...refusal(3306), '#   \u001b[32m\u001b[1m✔ the row is back\u001b[0m', close('stores an order', RED)])
    expect(verdictOf(log)).toEqual({ classification: 'infrastructure', confidence: 'ambiguous', services: ['mysql'] })
  })
})

describe("poku's CLI: a file's line, its output, the failed files again, and its count", () => {
  const cli = (files: { path: string; failed: boolean; body: string[] }[]) => [
    ...files.flatMap(f => ['', `\u001b[${f.failed ? RED : GREEN}m\u001b[1m›\u001b[0m \u001b[${f.failed ? RED : GREEN}m\u001b[4m${f.path}\u001b[0m \u001b[${f.failed ? RED : GREEN}m\u001b[2m› 184.826947ms\u001b[0m`, ...f.body]),
    '',
    `\u001b[91m\u001b[1m${files.filter(f => f.failed).length}\u001b[0m \u001b[1mtest file(s) failed:\u001b[0m`,
    '',
    ...files.filter(f => f.failed).flatMap((f, i) => [`\u001b[2m\u001b[1m${i + 1})\u001b[0m \u001b[4m${f.path}\u001b[0m`, '', ...f.body]),
    '',
    `\u001b[42m\u001b[1m PASS › ${files.filter(f => !f.failed).length} \u001b[0m \u001b[101m\u001b[1m FAIL › ${files.filter(f => f.failed).length} \u001b[0m`
  ].join('\n')
  const plain = (lines: string[]) => lines.map(l => l.replace(/^#/, '  '))

  it('every failed file refused in its failed its: the refusal (example)', () => {
    const log = cli([
      { path: 'test/integration/a.test.mjs', failed: true, body: [open('A', '  ', false), open('reads', '    ', false), ...plain(refusal(5432)), close('reads', RED, '    ', false), close('A', RED, '  ', false)] },
      { path: 'test/unit/b.test.mjs', failed: false, body: [open('B', '  ', false), open('slugs', '    ', false), close('slugs', GREEN, '    ', false), close('B', GREEN, '  ', false)] }
    ])
    expect(verdictOf(log)).toEqual({ classification: 'infrastructure', confidence: 'ambiguous', services: ['postgresql'] })
  })

  it('a failed unit-test file whose red it printed nothing, beside a refused file, is unexplained', () => {
    const log = cli([
      { path: 'test/unit/slug.test.mjs', failed: true, body: [open('slugify', '  ', false), open('trims dashes', '    ', false), close('trims dashes', RED, '    ', false), close('slugify', RED, '  ', false)] },
      { path: 'test/integration/products.test.mjs', failed: true, body: [open('Products', '  ', false), open('finds a product', '    ', false), ...plain(refusal(5432)), close('finds a product', RED, '    ', false), close('Products', RED, '  ', false)] }
    ])
    expect(verdictOf(log)).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })

  it('a red file with no failed group of its own is unexplained', () => {
    const log = cli([
      { path: 'test/unit/slug.test.mjs', failed: true, body: [] },
      { path: 'test/integration/products.test.mjs', failed: true, body: [open('finds a product', '  ', false), ...plain(refusal(5432)), close('finds a product', RED, '  ', false)] }
    ])
    expect(verdictOf(log)).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })
})
