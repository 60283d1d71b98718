// JUnit XML reports written for real by pytest, node:test, vitest, jest-junit,
// mocha-junit-reporter and Maven Surefire (see each expected.json for how), read exactly and
// classified test by test; and the same runs' console logs split per runner.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/classifier.js'
import { parseJUnit } from '../../src/classify/junit.js'
import { classifyJUnit, combineVerdicts } from '../../src/classify/junit-verdict.js'
import { discoverJUnitReports, readJUnitReports } from '../../src/tests/junit-reports.js'

const root = path.resolve('__fixtures__/junit')
const cases = readdirSync(root).sort()

const summary = (v: ReturnType<typeof classifyText>) => ({
  verdict: { classification: v.classification, confidence: v.confidence, services: [...v.services] },
  tests: v.tests.map(t => ({ name: t.name, classification: t.classification, confidence: t.confidence, services: [...t.services] }))
})

describe('JUnit reports', () => {
  it('has real reports to read', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4)
  })

  it.each(cases)('%s: each failing test classified on its own', name => {
    const dir = path.join(root, name)
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'))
    const parsed = parseJUnit(readFileSync(path.join(dir, 'report.xml'), 'utf8')).map(c => ({ ...c, report: 'report.xml' }))
    const v = classifyJUnit(parsed)
    expect(summary(v)).toEqual({ verdict: expected.verdict, tests: expected.tests })
    for (const t of v.tests) expect(t.evidence?.line, t.name).toBeGreaterThan(0)
    // Every case of the report, read exactly: outcome, where it starts, each failure and error.
    if (expected.cases) expect(parsed.map(c => ({ id: c.id, outcome: c.outcome, line: c.line, failures: c.failures.map(f => f.kind) }))).toEqual(expected.cases)
  })

  // `logSplit: false`: the console log is kept for reference and must reach the same verdict, but
  // how it splits into units (a parent suite's ✖, Maven's closing [ERROR] block) is the log
  // classifier's business, not the report's.
  it.each(cases)('%s: the console log of the same run, split per runner, agrees', name => {
    const dir = path.join(root, name)
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'))
    const v = classifyText(readFileSync(path.join(dir, 'out.log'), 'utf8'))
    expect(summary(v).verdict).toEqual(expected.verdict)
    if (expected.logSplit === false) return
    expect(v.tests.map(t => t.classification)).toEqual(expected.tests.map((t: { classification: string }) => t.classification))
  })

  const report = (name: string) => parseJUnit(readFileSync(path.join(root, name, 'report.xml'), 'utf8'))

  it('Surefire: a passing test whose CDATA output quotes <failure message="boom"/> stays passing', () => {
    const [snippet, totals] = report('surefire-cdata')
    expect(snippet).toMatchObject({ name: 'rendersTheXmlSnippet', outcome: 'passed', failures: [], systemOut: 'snippet: <failure message="boom"/> & </testcase>\n' })
    expect(totals).toMatchObject({ name: 'totalsAnOrder', outcome: 'failure', message: 'order total ==> expected: <42.0> but was: <41.99>', systemOut: 'writing </testcase> into the report before the check\n' })
  })

  it('jest-junit: a suite-level CDATA <system-out> quoting a <testcase> adds no test case', () => {
    const parsed = report('jest-junit')
    expect(parsed.map(c => c.name)).toEqual(['report renders the xml snippet', 'report totals an order', 'report reads the cache', 'report exports to csv'])
    expect(parsed[1]?.failures.map(f => f.text.split('\n').slice(0, 4).join('|'))).toEqual([
      'Error: expect(received).toBe(expected) // Object.is equality||Expected: 0.3|Received: 0.30000000000000004',
      'Error: expect(received).toBe(expected) // Object.is equality||Expected: 0|Received: 1'
    ])
  })

  it('vitest and mocha write <system-out> before <failure>; pytest after: the same reading', () => {
    for (const name of ['vitest-soft', 'mocha-junit', 'py-logging']) {
      const totals = report(name).find(c => /totals/.test(c.name))
      expect(totals?.outcome, name).toBe('failure')
      expect(totals?.systemOut, name).toContain('writing </testcase> into the report before the check')
    }
    expect(report('vitest-soft')[1]?.failures.map(f => f.message)).toEqual(["expected 0.30000000000000004 to be 0.3 // Object.is equality", "expected 'Total: 41.99' to be 'Total: 42.00' // Object.is equality"])
    const [snippet, totals, , skipped] = report('py-logging')
    expect(snippet?.systemOut).toContain('snippet: <failure message="boom"/> ]]> </testcase> & done')
    expect(totals?.systemErr).toContain('stderr: #x1B[31mred#x1B[0m & é')
    expect(totals?.message).toBe("AssertionError: assert '0.30 <' == '0.30 &'\n  \n  - 0.30 &\n  ?      ^\n  + 0.30 <\n  ?      ^")
    expect(skipped).toMatchObject({ outcome: 'skipped', file: 'tests/test_report.py', time: 0 })
  })

  it('node:test: describe blocks as nested suites, &#10; in attributes', () => {
    const parsed = report('node-nested')
    expect(parsed.map(c => c.id)).toEqual(['report.rendering.renders the xml snippet', 'report.rendering.totals an order', 'report.cache.reads the cache', 'report.cache.exports to csv'])
    expect(parsed[1]?.message.split('\n')).toEqual(['Expected values to be strictly equal:', '+ actual - expected', '', "+ '0.30 & </testcase>'", "- '0.30 & more'", '          ^'])
    expect(parsed[0]).toMatchObject({ file: '/tmp/junit-gen/nodetest/report.test.mjs', time: 0.04205 })
  })
})

describe('parseJUnit', () => {
  it('reads outcomes, attributes with entities, and CDATA verbatim', () => {
    const xml = `<?xml version="1.0"?>
<testsuites><testsuite name="s">
  <testcase classname="a.B" name="ok"/>
  <testcase classname="a.B" name="skips"><skipped message="later"/></testcase>
  <testcase classname="a.B" name="fails &amp; says &quot;why&quot;"><failure type="AssertionError" message="1 &lt; 2">
<![CDATA[Traceback: x < y && "z"]]> &amp; more</failure></testcase>
  <testcase classname="a.B" name="errs"><error message="boom" type="Err"/></testcase>
</testsuite></testsuites>`
    const parsed = parseJUnit(xml)
    expect(parsed.map(c => [c.name, c.outcome])).toEqual([['ok', 'passed'], ['skips', 'skipped'], ['fails & says "why"', 'failure'], ['errs', 'error']])
    expect(parsed[2]).toMatchObject({ type: 'AssertionError', message: '1 < 2', text: '\nTraceback: x < y && "z" & more', line: 5, id: 'a.B.fails & says "why"' })
  })

  it('refuses a file that is not JUnit XML, saying so', () => {
    expect(() => parseJUnit('{"tests": []}')).toThrow(/not a JUnit XML report/)
    expect(() => parseJUnit('<html><body><p>testcase</p><testcase name="x"/></body></html>')).toThrow(/not a JUnit XML report \(its root element/)
    expect(() => parseJUnit('<report><!-- <testcase name="x"/> --></report>')).toThrow(/not a JUnit XML report/)
  })

  const one = (body: string) => parseJUnit(`<testsuite name="s"><testcase classname="c" name="t">${body}</testcase></testsuite>`)[0]

  it('CDATA is text, verbatim: markup, entities and a split ]]> inside it mean nothing', () => {
    expect(one('<failure message="m"><![CDATA[a < b && </failure> &amp; <![CDATA[ ]]]]><![CDATA[> end]]></failure>')).toMatchObject({ outcome: 'failure', text: 'a < b && </failure> &amp; <![CDATA[ ]]> end' })
    expect(one('<system-out>before <![CDATA[<error message="x"/>]]> after &lt;skipped/&gt;</system-out>')).toMatchObject({ outcome: 'passed', systemOut: 'before <error message="x"/> after <skipped/>', failures: [] })
  })

  it('entities: the five predefined ones and character references, in attributes and text; nothing else', () => {
    const c = one('<failure type="E&amp;F" message="1 &lt; 2&#10;3 &gt; 2 &quot;q&quot; &apos;a&apos; &#x41;&#66;">x &lt;y&gt; &amp;amp; &#10;z &nbsp; &#0; &#xD800; &#1114112;</failure>')
    expect(c).toMatchObject({ type: 'E&F', message: '1 < 2\n3 > 2 "q" \'a\' AB', text: 'x <y> &amp; \nz &nbsp; \ufffd \ufffd &#1114112;' })
  })

  it('nested suites at any depth, a bare <testsuite> root, and a bare <testcase> root', () => {
    const xml = `<testsuites><testsuite name="a"><properties><property name="p" value="v"/></properties>
  <testsuite name="b"><testsuite name="c"><testcase name="deep"><error message="e"/></testcase></testsuite>
  <testcase name="mid"/></testsuite><testcase name="top"><skipped/></testcase><system-out><![CDATA[<testcase name="ghost"><failure/></testcase>]]></system-out></testsuite></testsuites>`
    expect(parseJUnit(xml).map(c => [c.name, c.outcome, c.line])).toEqual([['deep', 'error', 2], ['mid', 'passed', 3], ['top', 'skipped', 3]])
    expect(parseJUnit('<testcase name="alone" classname="k" file="f.py" time="1,234.5"><failure/></testcase>')).toMatchObject([{ id: 'k.alone', file: 'f.py', time: 1234.5, outcome: 'failure' }])
  })

  it('<system-out>/<system-err> before or after the failure: the same case', () => {
    const failure = '<failure message="expected 4, got 3" type="AssertionError"><![CDATA[trace]]></failure>'
    const out = '<system-out><![CDATA[log </testcase> <failure message="other"/>]]></system-out><system-err>err</system-err>'
    const before = one(out + failure)
    const after = one(failure + out)
    expect(before).toEqual({ ...after, failures: before?.failures })
    expect(before).toMatchObject({ outcome: 'failure', message: 'expected 4, got 3', type: 'AssertionError', text: 'trace', systemOut: 'log </testcase> <failure message="other"/>', systemErr: 'err' })
    expect(before?.failures).toHaveLength(1)
  })

  it('today\'s bug 1: a passing test whose CDATA <system-out> quotes <failure message="boom"/> is passing', () => {
    const parsed = parseJUnit('<testsuite><testcase name="quotes"><system-out><![CDATA[<failure message="boom"/>]]></system-out></testcase><testcase name="next"/></testsuite>')
    expect(parsed.map(c => [c.name, c.outcome])).toEqual([['quotes', 'passed'], ['next', 'passed']])
    expect(classifyJUnit(parsed.map(c => ({ ...c, report: 'r.xml' }))).failingTests).toBe(0)
  })

  it('today\'s bug 2: a failing test whose output has </testcase> before its <failure> is failing', () => {
    const parsed = parseJUnit('<testsuite><testcase name="fails"><system-out><![CDATA[closing </testcase> early]]></system-out><failure message="connect ECONNREFUSED 127.0.0.1:5432"/></testcase><testcase name="next"/></testsuite>')
    expect(parsed.map(c => [c.name, c.outcome, c.message])).toEqual([['fails', 'failure', 'connect ECONNREFUSED 127.0.0.1:5432'], ['next', 'passed', '']])
  })

  it('a case with several failures keeps each, in order; the first <failure> names the case', () => {
    const c = one('<error message="teardown" type="IOError">leaked</error><failure message="first" type="A">one</failure><failure message="second" type="B">two</failure>')
    expect(c).toMatchObject({ outcome: 'failure', message: 'first', type: 'A', text: 'one' })
    expect(c?.failures.map(f => [f.kind, f.message, f.text])).toEqual([['error', 'teardown', 'leaked'], ['failure', 'first', 'one'], ['failure', 'second', 'two']])
    // Each counts: a refusal and an assertion in one case is not an infrastructure case.
    const v = classifyJUnit(parseJUnit('<testsuite><testcase name="t"><failure message="connect ECONNREFUSED 127.0.0.1:6379"/><failure type="AssertionError" message="expected 0 open handles, got 1"/></testcase></testsuite>').map(x => ({ ...x, report: 'r.xml' })))
    expect(v.classification).toBe('code')
  })

  it('billion laughs: DOCTYPE entities are never expanded, and decoding never lengthens the text', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n')
    const refs = '&lol9;'.repeat(50_000)
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${levels}\n]>\n<testsuite><testcase name="&lol9;"><failure message="&lol9;&lol0;">${refs}</failure></testcase></testsuite>`
    const [c] = parseJUnit(xml)
    // The work is bounded by the input: each reference stays the six characters it is.
    expect(c).toMatchObject({ name: '&lol9;', message: '&lol9;&lol0;', outcome: 'failure' })
    expect(c?.text).toBe(refs)
    // A single big entity referenced many times (the quadratic blow-up) is as inert.
    const big = `<!DOCTYPE t [<!ENTITY a "${'x'.repeat(9_000)}">]><testsuite><testcase name="t"><failure>${'&a;'.repeat(10_000)}</failure></testcase></testsuite>`
    expect(parseJUnit(big)[0]?.text.length).toBe(30_000)
  })

  it('an external entity is refused, never fetched or read', () => {
    expect(() => parseJUnit('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><testsuite><testcase name="a"><failure>&xxe;</failure></testcase></testsuite>')).toThrow(/XML not accepted: External entities are not supported/)
  })

  it('malformed XML: a clear error with its place, never a crash or a partial reading', () => {
    expect(() => parseJUnit('<testsuite><testcase name="a"></testsuite></testcase>')).toThrow(/not well-formed XML at line 1, column 31: Expected closing tag 'testcase'/)
    expect(() => parseJUnit('<testsuite><testcase name="a"><failure message="x">boom')).toThrow(/not well-formed XML: the report ends inside <testsuite> <testcase> <failure> \(cut short\?\)/)
    expect(() => parseJUnit('<testsuite><testcase name="a"><system-out><![CDATA[oops</system-out></testcase></testsuite>')).toThrow(/not well-formed XML/)
    expect(() => parseJUnit('<testsuite><testcase name=a/></testsuite>')).toThrow(/not well-formed XML at line 1, column 22: Attribute 'name' is without value/)
    expect(() => parseJUnit('<testsuite><testcase name="a"/></testsuite><testsuite><testcase name="b"/></testsuite>')).toThrow(/not well-formed XML.*Multiple possible root nodes/)
    expect(() => parseJUnit(`<testsuites>${'<testsuite>'.repeat(200)}${'</testsuite>'.repeat(200)}</testsuites>`)).toThrow(/XML not accepted: Maximum nested tags exceeded/)
  })

  it('line numbers point into the file as written: a byte-order mark and CRLF line ends', () => {
    const [c] = parseJUnit('\uFEFF<?xml version="1.0"?>\r\n<testsuite>\r\n<testcase name="a">\r\n<failure message="m">x\r\ny</failure></testcase></testsuite>')
    expect(c).toMatchObject({ line: 3, text: 'x\ny', failures: [{ line: 4, textLine: 4 }] })
  })

  it('readJUnitReports turns a malformed report into a note and classifies from the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'junit-'))
    try {
      writeFileSync(path.join(dir, 'bad.xml'), '<testsuite><testcase name="a"><failure message="x">boom')
      writeFileSync(path.join(dir, 'good.xml'), '<testsuite><testcase name="b"><failure message="expected 4, got 3" type="AssertionError"/></testcase></testsuite>')
      const result = await readJUnitReports(['*.xml'], dir, new Date(Date.now() - 60_000))
      expect(result.files).toEqual(['good.xml'])
      expect(result.notes).toEqual(['JUnit report bad.xml could not be read: not well-formed XML: the report ends inside <testsuite> <testcase> <failure> (cut short?)'])
      expect(result.verdict?.classification).toBe('code')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('discoverJUnitReports (no junit-paths)', () => {
  it('finds the reports written during the run by their root element, nowhere it was not asked to look', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'junit-discover-'))
    const put = (file: string, content: string): string => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), content)
      return path.join(dir, file)
    }
    try {
      const failing = '<?xml version="1.0"?>\n<!-- node:test -->\n<testsuites><testsuite name="stock"><testcase name="reserves the last units"><failure type="OversoldError" message="cannot reserve 3 of apple: 3 left"/></testcase></testsuite></testsuites>'
      put('reports/unit.xml', failing)
      put('target/surefire-reports/TEST-app.StoreTest.xml', '<testsuite name="app.StoreTest" tests="1"><testcase name="saves"/></testsuite>')
      put('pom.xml', '<project><modelVersion>4.0.0</modelVersion></project>')
      put('node_modules/some-reporter/fixtures/report.xml', failing)
      put('vendor/lib/tests/report.xml', failing)
      const old = put('reports/yesterday.xml', failing)
      const dayAgo = new Date(Date.now() - 86_400_000)
      utimesSync(old, dayAgo, dayAgo)
      const result = await discoverJUnitReports(dir, new Date(Date.now() - 60_000))
      expect(result.files).toEqual(['reports/unit.xml', 'target/surefire-reports/TEST-app.StoreTest.xml'])
      expect(result.verdict?.tests.map(t => t.name)).toEqual(['reserves the last units'])
      expect(result.notes).toEqual(['Read 2 JUnit reports the test command wrote (reports/unit.xml, target/surefire-reports/TEST-app.StoreTest.xml): their failures count with the log\'s.'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('says nothing and reads nothing when the run wrote no report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'junit-discover-'))
    try {
      writeFileSync(path.join(dir, 'phpunit.xml'), '<phpunit><testsuites><testsuite name="all"><directory>tests</directory></testsuite></testsuites></phpunit>')
      const result = await discoverJUnitReports(dir, new Date(Date.now() - 60_000))
      expect(result).toMatchObject({ files: [], verdict: undefined, notes: [] })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('combineVerdicts', () => {
  it('lets a code failure seen in the log win over a report that says infrastructure', () => {
    const log = classifyText('E       AssertionError: totals differ')
    const junit = classifyJUnit(parseJUnit('<testsuite><testcase name="t"><failure message="connect ECONNREFUSED 127.0.0.1:5432"/></testcase></testsuite>').map(c => ({ ...c, report: 'r.xml' })))
    expect(junit.classification).toBe('infrastructure')
    const v = combineVerdicts(log, junit)
    expect(v.classification).toBe('code')
    expect(v.tests.map(t => t.name)).toEqual(['t'])
  })

  it('keeps the log verdict when the report has no failing test', () => {
    const log = classifyText('Error: connect ECONNREFUSED 127.0.0.1:6379')
    const junit = classifyJUnit(parseJUnit('<testsuite><testcase name="t"/></testsuite>').map(c => ({ ...c, report: 'r.xml' })))
    expect(combineVerdicts(log, junit)).toBe(log)
  })
})

describe('log splitting per runner', () => {
  const split = (log: string[]) => classifyText(log.join('\n')).tests.map(t => [t.runner, t.name, t.classification])

  it('go test: failing tests, passing ones dropped, parents of failed subtests dropped', () => {
    expect(split([
      '=== RUN   TestA', '    a_test.go:9: got 3, want 4', '--- FAIL: TestA (0.00s)',
      '=== RUN   TestB', '    b_test.go:3: retrying: connect ECONNREFUSED', '--- PASS: TestB (0.00s)',
      '--- FAIL: TestC (0.00s)', '    --- FAIL: TestC/sub (0.00s)', '        c_test.go:12: dial tcp 127.0.0.1:5432: connect: connection refused',
      'FAIL', 'FAIL\texample.com/x\t0.01s'
    ])).toEqual([['go', 'TestA', 'code'], ['go', 'TestC/sub', 'infrastructure']])
  })

  it('Maven surefire', () => {
    expect(split([
      '[ERROR] Tests run: 2, Failures: 1, Errors: 1, Skipped: 0, Time elapsed: 0.3 s <<< FAILURE! -- in com.acme.StoreTest',
      '[ERROR] com.acme.StoreTest.saves -- Time elapsed: 0.1 s <<< ERROR!',
      'org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct.',
      '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)',
      '[ERROR] com.acme.StoreTest.totals -- Time elapsed: 0.01 s <<< FAILURE!',
      'org.opentest4j.AssertionFailedError: expected: <4> but was: <3>',
      '[INFO] Results:'
    ])).toEqual([['surefire', 'com.acme.StoreTest.saves', 'infrastructure'], ['surefire', 'com.acme.StoreTest.totals', 'code']])
  })

  it('RSpec and mocha number their failures', () => {
    expect(split([
      'Failures:', '', '  1) User saves', '     Failure/Error: User.create!(name: "x")', '     PG::ConnectionBad:', '       connection to server at "127.0.0.1", port 5432 failed: Connection refused',
      '', '  2) User greets', '     Failure/Error: expect(user.greeting).to eq("hi")', '', '       expected: "hi"', '            got: "hello"', '', 'Finished in 0.1 seconds'
    ])).toEqual([['rspec', 'User saves', 'infrastructure'], ['rspec', 'User greets', 'code']])
  })

  it('cargo test, dotnet test, unittest and node:test spec', () => {
    expect(split(['---- tests::ping stdout ----', "thread 'tests::ping' panicked at src/lib.rs:9:5:", 'Failed to connect to 127.0.0.1:6379 - connection refused', 'failures:', 'test result: FAILED. 0 passed; 1 failed'])).toEqual([['cargo', 'tests::ping', 'infrastructure']])
    expect(split(['  Failed Shop.Tests.OrderTests.Saves [120 ms]', '  Error Message:', '   Npgsql.NpgsqlException : Failed to connect to 127.0.0.1:5432', 'Failed!  - Failed: 1, Passed: 3'])).toEqual([['dotnet', 'Shop.Tests.OrderTests.Saves', 'infrastructure']])
    expect(split(['======', 'FAIL: test_total (tests.test_cart.CartTest.test_total)', '------', 'AssertionError: 3 != 4', '------', 'Ran 3 tests in 0.001s'])).toEqual([['unittest', 'test_total (tests.test_cart.CartTest.test_total)', 'code']])
    expect(split(['✖ saves an order (3.1ms)', '  Error: connect ECONNREFUSED 127.0.0.1:27017', 'ℹ tests 2'])).toEqual([['node:test', 'saves an order', 'infrastructure']])
  })
})
