// A teardown that fails on the handle its scope's refused setup never made (issue 23, item 1):
// each runner's own shape of it, and the same teardown error where nothing ties it to a refused
// setup (another file, another describe or suite, a handle the frame does not name). Shapes are
// those of the real runs under __fixtures__/logs (jest 29, vitest 4, mocha 11, pytest 7,
// unittest, minitest 5, RSpec 3, the JUnit Platform Console Launcher).
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'
import { assignedHandleIn, closedReceiverIn, javaReceiver } from '../../src/classify/handles.js'
import { CLOSING_HANDLE, NULL_DEREFERENCE } from '../../src/classify/rules/index.js'

const verdict = (lines: readonly string[]): string => {
  const v = classifyText(lines.join('\n'))
  return `${v.classification}/${v.confidence}/${v.services.join(',')}`
}

const JEST_REFUSED_TESTS = ['FAIL test/orders.test.js', '  ● orders › counts', '', '    connect ECONNREFUSED 127.0.0.1:5432', '', '  ● orders › sums', '', '    connect ECONNREFUSED 127.0.0.1:5432', '']
const jestTeardown = (property: string, frame: string): string[] => [
  '  ● Test suite failed to run', '', `    TypeError: Cannot read properties of undefined (reading '${property}')`, '',
  '       9 |   afterAll(async () => {', `    > 10 |     ${frame}`, '         |                  ^', '      11 |   })', '', `      at Object.${property} (test/orders.test.js:10:18)`, ''
]
const JEST_TOTALS = ['Test Suites: 1 failed, 1 total', 'Tests:       2 failed, 2 total']

describe('the closing call of a handle', () => {
  it('is read in each language\'s words', () => {
    for (const line of [
      "TypeError: Cannot read properties of undefined (reading 'end')",
      "AttributeError: 'NoneType' object has no attribute 'close'",
      "NoMethodError: undefined method `quit' for nil:NilClass",
      "Error: Call to a member function disconnect() on null",
      'java.lang.NullPointerException: Cannot invoke "java.sql.Connection.close()" because "this.conn" is null'
    ]) expect(NULL_DEREFERENCE.test(line) && CLOSING_HANDLE.test(line), line).toBe(true)
    for (const line of ["TypeError: Cannot read properties of undefined (reading 'endsWith')", "TypeError: Cannot read properties of undefined (reading 'trim')", "AttributeError: 'NoneType' object has no attribute 'closed_at'"]) {
      expect(NULL_DEREFERENCE.test(line) && CLOSING_HANDLE.test(line), line).toBe(false)
    }
  })
  it('names its receiver from a source line, a handle only when named as one', () => {
    expect(closedReceiverIn('    > 10 |     await client.end()')).toEqual({ name: 'client', handle: true })
    expect(closedReceiverIn('>       self.conn.close()')).toEqual({ name: 'self.conn', handle: true })
    expect(closedReceiverIn('Failure/Error: @redis.quit')).toEqual({ name: '@redis', handle: true })
    // Held as a setup holds it: another object's property is not the setup's variable.
    expect(closedReceiverIn('Failure/Error: @audit.conn.close')).toEqual({ name: '@audit.conn', handle: true })
    expect(closedReceiverIn('    await audit.client.close()')).toEqual({ name: 'audit.client', handle: true })
    expect(closedReceiverIn('    cls.addClassCleanup(lambda: cls.pgConn.close())')).toEqual({ name: 'self.pgConn', handle: true })
    expect(closedReceiverIn('    > 19 |   afterAll(done => { state.srv.close(done) })')).toEqual({ name: 'state.srv', handle: false })
    expect(closedReceiverIn('>       self._sock.close()')).toEqual({ name: 'self._sock', handle: false })
    // Two calls on one line: the caret decides; an optional call never throws on null.
    expect(closedReceiverIn('    > 9 |     await Promise.all([db?.release(), server.close()])')).toEqual({ name: 'server', handle: false })
    expect(closedReceiverIn('      await Promise.all([db.release(), server.close()])')).toBeUndefined()
    expect(closedReceiverIn('      await Promise.all([db.release(), server.close()])', 45)).toEqual({ name: 'server', handle: false })
    // A name a project gives its own objects as often as a service's handle proves nothing.
    expect(closedReceiverIn('    await priceCache.close()')).toBeUndefined()
    expect(closedReceiverIn('    await stub.close()')).toEqual({ name: 'stub', handle: false })
    expect(closedReceiverIn('  expect(total).toBe(3)')).toBeUndefined()
  })
  it('reads what a setup assigns, held as it holds it, and no declaration of a local', () => {
    expect(assignedHandleIn('    >  8 |     client = await pool.connect()')).toBe('client')
    expect(assignedHandleIn('    self.conn = psycopg2.connect(DSN)')).toBe('self.conn')
    expect(assignedHandleIn('    cls.conn = psycopg2.connect(DSN)')).toBe('self.conn')
    expect(assignedHandleIn('Failure/Error: @conn = PG.connect(**DB)')).toBe('@conn')
    expect(assignedHandleIn('Failure/Error: conn = PG.connect(**DB)')).toBe('conn')
    expect(assignedHandleIn('      9|   const client = await pool.connect()')).toBeUndefined()
    expect(assignedHandleIn('    stub = start_stub()')).toBeUndefined()
  })
  it('takes Java\'s word for the null\'s type: a service client\'s, or one named after a service', () => {
    expect(javaReceiver('java.lang.NullPointerException: Cannot invoke "java.sql.Connection.close()" because "this.conn" is null')?.handle).toBe(true)
    expect(javaReceiver('Cannot invoke "com.example.shop.RespClient.close()" because "this.redis" is null')?.handle).toBe(true)
    expect(javaReceiver('Cannot invoke "com.example.shop.PaymentClient.close()" because "this.client" is null')?.handle).toBe(false)
    expect(javaReceiver('Cannot invoke "java.io.BufferedWriter.close()" because "this.out" is null')?.handle).toBe(false)
  })
})

describe('jest: an afterAll is printed once for the file, as `Test suite failed to run`', () => {
  // The file is no scope of its own (a describe may hold the teardown): likely, never proven.
  it('is likely the refused setup\'s consequence when the file\'s tests were refused and the frame closes a handle', () => {
    expect(verdict([...JEST_REFUSED_TESTS, ...jestTeardown('end', 'await client.end()'), ...JEST_TOTALS])).toBe('infrastructure/ambiguous/postgresql')
  })
  it('stays the code\'s when the frame closes something that is no handle (another describe\'s server)', () => {
    expect(verdict([...JEST_REFUSED_TESTS, ...jestTeardown('close', 'state.srv.close(done)'), ...JEST_TOTALS])).toBe('code/high/')
  })
  it('stays the code\'s when the teardown is another file\'s', () => {
    expect(verdict([...JEST_REFUSED_TESTS, 'FAIL test/report.test.js', ...jestTeardown('end', 'await client.end()'), ...JEST_TOTALS])).toBe('code/high/')
  })
  it('stays the code\'s when a test of the file failed on its own', () => {
    const own = ['  ● orders › formats', '', '    expect(received).toBe(expected) // Object.is equality', '', '    Expected: "1,234.50"', '    Received: "1234.5"', '']
    expect(verdict([...JEST_REFUSED_TESTS, ...own, ...jestTeardown('end', 'await client.end()'), ...JEST_TOTALS])).toBe('code/high/')
  })
  it('stays the code\'s when the property read is no closing call', () => {
    expect(verdict([...JEST_REFUSED_TESTS, ...jestTeardown('length', 'expect(client.rows.length)'), ...JEST_TOTALS])).toBe('code/high/')
  })
  it('reads the file\'s line in colour, where the badge keeps its padding', () => {
    expect(verdict([' FAIL  test/orders.test.js', ...JEST_REFUSED_TESTS.slice(1), ...jestTeardown('end', 'await client.end()'), ' PASS  test/money.test.js', ...JEST_TOTALS])).toBe('infrastructure/ambiguous/postgresql')
  })
})

describe('vitest: Failed Suites hold a suite\'s hooks\' errors under its name', () => {
  const suite = (name: string, error: string, ...frame: string[]): string[] => [` FAIL  ${name}`, error, ...frame, '⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯[1/2]⎯', '']
  const closeFrame = (receiver: string): string[] => [' ❯ test/amqp.test.js:5:35', `      5| afterAll(async () => { await ${receiver}.close() })`, '       |                                   ^']
  // Likely, never proven: the same held name may be another module's or another object's (attack 17).
  it('is likely the consequence when the same suite\'s beforeAll was refused assigning the handle its frame closes', () => {
    const assigning = [' ❯ test/amqp.test.js:4:35', '      4| beforeAll(async () => { conn = await amqp.connect(url) })', '       |                               ^']
    expect(verdict(['⎯⎯⎯⎯⎯⎯ Failed Suites 1 ⎯⎯⎯⎯⎯⎯⎯', '', ...suite('test/amqp.test.js [ test/amqp.test.js ]', 'Error: connect ECONNREFUSED 127.0.0.1:5672', ...assigning), ...suite('test/amqp.test.js [ test/amqp.test.js ]', "TypeError: Cannot read properties of undefined (reading 'close')", ...closeFrame('conn')), ' Test Files  1 failed (1)'])).toBe('infrastructure/ambiguous/rabbitmq')
    // The setup's source not shown: likely only.
    expect(verdict(['⎯⎯⎯⎯⎯⎯ Failed Suites 1 ⎯⎯⎯⎯⎯⎯⎯', '', ...suite('test/amqp.test.js [ test/amqp.test.js ]', 'Error: connect ECONNREFUSED 127.0.0.1:5672'), ...suite('test/amqp.test.js [ test/amqp.test.js ]', "TypeError: Cannot read properties of undefined (reading 'close')", ...closeFrame('conn')), ' Test Files  1 failed (1)'])).toBe('infrastructure/ambiguous/rabbitmq')
  })
  it('is only likely when no frame shows what was closed, and the code\'s when it closed a stub', () => {
    expect(verdict(['⎯⎯⎯⎯⎯⎯ Failed Suites 1 ⎯⎯⎯⎯⎯⎯⎯', '', ...suite('test/amqp.test.js [ test/amqp.test.js ]', 'Error: connect ECONNREFUSED 127.0.0.1:5672'), ...suite('test/amqp.test.js [ test/amqp.test.js ]', "TypeError: Cannot read properties of undefined (reading 'close')"), ' Test Files  1 failed (1)'])).toBe('infrastructure/ambiguous/rabbitmq')
    expect(verdict(['⎯⎯⎯⎯⎯⎯ Failed Suites 1 ⎯⎯⎯⎯⎯⎯⎯', '', ...suite('test/amqp.test.js [ test/amqp.test.js ]', 'Error: connect ECONNREFUSED 127.0.0.1:5672'), ...suite('test/amqp.test.js [ test/amqp.test.js ]', "TypeError: Cannot read properties of undefined (reading 'close')", ...closeFrame('stub')), ' Test Files  1 failed (1)'])).toBe('code/high/')
  })
  it('stays the code\'s in another describe\'s suite', () => {
    expect(verdict(['⎯⎯⎯⎯⎯⎯ Failed Suites 2 ⎯⎯⎯⎯⎯⎯⎯', '', ...suite('test/x.test.js > orders', 'Error: connect ECONNREFUSED 127.0.0.1:5432'), ...suite('test/x.test.js > report', "TypeError: Cannot read properties of undefined (reading 'close')"), ' Test Files  1 failed (1)'])).toBe('code/high/')
  })
  it('stays the code\'s in a failed test (not a suite) that was refused and then closes', () => {
    expect(verdict(['⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯', '', ...suite('test/x.test.js > orders > counts', 'Error: connect ECONNREFUSED 127.0.0.1:5432'), ...suite('test/x.test.js > orders > counts', "TypeError: Cannot read properties of undefined (reading 'close')"), ' Test Files  1 failed (1)'])).toBe('code/high/')
  })
})

describe('mocha: a hook\'s suite is printed above its title in the details', () => {
  const details = (suite: string[], hook: string, error: string, n: number): string[] => [`  ${n}) ${suite[0]}`, ...suite.slice(1).map((s, i) => `${' '.repeat(7 + 2 * i)}${s}`), `       ${hook}:`, `     ${error}`, '      at Context.<anonymous> (test/x.test.js:11:18)', '']
  const run = (a: string[], b: string[]): string[] => ['', '  1 passing (12ms)', '  2 failing', '', ...a, ...b]
  // mocha prints no source line: what the hook closed is likely the refused hook's handle, never proven.
  it('ties an after all hook to the same suite\'s refused before all, as likely only', () => {
    expect(verdict(run(details(['orders'], '"before all" hook for "counts"', 'Error: connect ECONNREFUSED 127.0.0.1:5432', 1), details(['orders'], '"after all" hook for "sums"', "TypeError: Cannot read properties of undefined (reading 'end')", 2)))).toBe('infrastructure/ambiguous/postgresql')
  })
  it('ties them through nested suites', () => {
    expect(verdict(run(details(['shop', 'orders'], '"before all" hook for "counts"', 'Error: connect ECONNREFUSED 127.0.0.1:5432', 1), details(['shop', 'orders'], '"after all" hook for "sums"', "TypeError: Cannot read properties of undefined (reading 'end')", 2)))).toBe('infrastructure/ambiguous/postgresql')
  })
  it('keeps another suite\'s after all hook the code\'s, nested or not', () => {
    expect(verdict(run(details(['orders'], '"before all" hook for "counts"', 'Error: connect ECONNREFUSED 127.0.0.1:5432', 1), details(['report'], '"after all" hook for "formats"', "TypeError: Cannot read properties of undefined (reading 'close')", 2)))).toBe('code/high/')
    expect(verdict(run(details(['shop', 'orders'], '"before all" hook for "counts"', 'Error: connect ECONNREFUSED 127.0.0.1:5432', 1), details(['shop', 'report'], '"after all" hook for "formats"', "TypeError: Cannot read properties of undefined (reading 'close')", 2)))).toBe('code/high/')
  })
})

describe('pytest: a test\'s setup and teardown errors are counted apart under one name', () => {
  const block = (phase: string, source: string, error: string): string[] => [`________ ERROR at ${phase} of TestOrders.test_total ________`, '', `>       ${source}`, `E       ${error}`, '', 'tests/conftest.py:32: ' + error.split(':')[0], '']
  // --tb=short: the project's frame (`tests/conftest.py:17: in db` over its line), then the driver's.
  const refused = ['________ ERROR at setup of TestOrders.test_total ________', 'tests/conftest.py:17: in db', '    self.conn = psycopg2.connect(DSN)', '/usr/lib/python3/dist-packages/psycopg2/__init__.py:122: in connect', '    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)', 'E   psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused', '']
  it('is likely the consequence when the teardown closes what the refused setup was assigning, and the run\'s count of errors is accounted for', () => {
    expect(verdict(['==================================== ERRORS ====================================', ...refused, ...block('teardown', 'self.conn.close()', "AttributeError: 'NoneType' object has no attribute 'close'"), '============================== 2 errors in 0.43s =============================='])).toBe('infrastructure/ambiguous/postgresql')
  })
  it('stays the code\'s when the teardown closes another object, or nothing in the test was refused', () => {
    expect(verdict(['==================================== ERRORS ====================================', ...refused, ...block('teardown', 'self._conn.close()', "AttributeError: 'NoneType' object has no attribute 'close'"), '============================== 2 errors in 0.43s =============================='])).toBe('code/high/')
    expect(verdict(['==================================== ERRORS ====================================', ...block('teardown', 'self.conn.close()', "AttributeError: 'NoneType' object has no attribute 'close'"), '============================== 1 error in 0.43s =============================='])).toBe('code/high/')
  })
})

describe('unittest: a cleanup\'s error is printed again under the setup\'s name', () => {
  const block = (error: string, frame: string, source: string): string[] => ['======================================================================', 'ERROR: setUpClass (test_accounts.AccountStoreTest)', '----------------------------------------------------------------------', 'Traceback (most recent call last):', `  File "/app/tests/test_accounts.py", line 14, in ${frame}`, `    ${source}`, error, '']
  const refused = block('psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused', 'setUpClass', 'cls.conn = psycopg2.connect(DSN)')
  it('ties the second to the first, as likely, when it closes the handle the first was assigning', () => {
    expect(verdict([...refused, ...block("AttributeError: 'NoneType' object has no attribute 'close'", '<lambda>', 'cls.addClassCleanup(lambda: cls.conn.close())'), 'Ran 0 tests in 0.003s', '', 'FAILED (errors=2)'])).toBe('infrastructure/ambiguous/postgresql')
  })
  it('keeps a cleanup that closes another handle, or a stub, the code\'s', () => {
    expect(verdict([...refused, ...block("AttributeError: 'NoneType' object has no attribute 'close'", '<lambda>', 'cls.addClassCleanup(lambda: cls.cache_client.close())'), 'Ran 0 tests in 0.003s', '', 'FAILED (errors=2)'])).toBe('code/high/')
    expect(verdict([...refused, ...block("AttributeError: 'NoneType' object has no attribute 'close'", 'stop', 'self._sock.close()'), 'Ran 0 tests in 0.003s', '', 'FAILED (errors=2)'])).toBe('code/high/')
  })
})

describe('minitest and RSpec: one test\'s several errors (its setup\'s and its teardown\'s)', () => {
  // minitest prints no source for the refused setup: what the teardown closed is likely its handle, not proven.
  it('minitest: a second, unnumbered Error: is the same test\'s teardown', () => {
    expect(verdict(['  1) Error:', 'SessionStoreTest#test_destroy:', 'Redis::CannotConnectError: Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)', "    test/session_store_test.rb:6:in `setup'", '', 'Error:', 'SessionStoreTest#test_destroy:', "NoMethodError: undefined method `quit' for nil:NilClass", '', '    @redis.quit', '          ^^^^^', "    test/session_store_test.rb:12:in `teardown'", '', '1 runs, 0 assertions, 0 failures, 1 errors, 0 skips'])).toBe('infrastructure/ambiguous/redis')
  })
  it('minitest: names each unit by its test, so two tests are never one scope', () => {
    const v = classifyText(['  1) Error:', 'OrdersTest#test_a:', 'PG::ConnectionBad: connection to server at "127.0.0.1", port 5432 failed: Connection refused', '', '  2) Error:', 'InvoiceTest#test_b:', "NoMethodError: undefined method `close' for nil:NilClass", '', '2 runs, 0 assertions, 0 failures, 2 errors, 0 skips'].join('\n'))
    expect(`${v.classification}/${v.confidence}`).toBe('code/high')
    expect(v.tests.map(t => t.name)).toEqual(['OrdersTest#test_a', 'InvoiceTest#test_b'])
  })
  it('RSpec: `Got 0 failures and 2 other errors:` holds the example\'s hooks\' errors, the message on the line below the class', () => {
    expect(verdict(['Failures:', '', '  1) SessionStore destroys a session', '     Got 0 failures and 2 other errors:', '', '     1.1) Failure/Error: @redis = Redis.new(host: "127.0.0.1").tap(&:ping)', '', '          Redis::CannotConnectError:', '            Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)', '', '     1.2) Failure/Error: @redis.quit', '', '          NoMethodError:', "            undefined method `quit' for nil:NilClass", '', 'Finished in 0.01 seconds', '1 example, 1 failure'])).toBe('infrastructure/ambiguous/redis')
  })
  it('RSpec: one error alone on nil stays the code\'s', () => {
    expect(verdict(['Failures:', '', '  1) Invoice renders', '     Failure/Error: @output.close', '', '     NoMethodError:', "       undefined method `close' for nil:NilClass", '', 'Finished in 0.01 seconds', '1 example, 1 failure'])).toBe('code/high/')
  })
})

describe('the JUnit Platform Console Launcher', () => {
  it('reads its failures by engine path, and its summary box as counts, not errors', () => {
    const log = ['Failures (1):', '  JUnit Jupiter:OrderRepository', "    ClassSource [className = 'com.example.OrderRepositoryTest', filePosition = null]", '    => org.postgresql.util.PSQLException: Connection to 127.0.0.1:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.', '       Suppressed: java.lang.NullPointerException: Cannot invoke "java.sql.Connection.close()" because "com.example.OrderRepositoryTest.conn" is null', '', 'Test run finished after 120 ms', '[         1 containers failed     ]', '[         0 tests successful      ]', '[         0 tests failed          ]']
    // The Suppressed NPE is the teardown's; nothing shows the setup assigning `conn`: likely only.
    expect(verdict(log)).toBe('infrastructure/ambiguous/postgresql')
  })
})

describe('RSpec: an after(:context) hook\'s error is printed once, outside any example', () => {
  const hook = (file: string, handle: string): string[] => ['FFF', 'An error occurred in an `after(:context)` hook.', `Failure/Error: ${handle}.close`, '', 'NoMethodError:', "  undefined method `close' for nil:NilClass", '', `# ${file}:10:in \`block (2 levels) in <top (required)>'`, '']
  const refused = (n: number, file: string): string[] => [`  ${n}) OrderRepository#create returns id ${n}`, '     Failure/Error: @conn = PG.connect(host: "127.0.0.1")', '', '     PG::ConnectionBad:', '       connection to server at "127.0.0.1", port 5432 failed: Connection refused', `     # ${file}:5:in \`block (2 levels) in <top (required)>'`, '']
  const totals = ['Finished in 0.01 seconds', '2 examples, 2 failures, 1 error occurred outside of examples']
  it('is likely the consequence when every failing example of its spec file was refused and it closes a handle by name', () => {
    expect(verdict([...hook('./spec/orders_spec.rb', '@conn'), 'Failures:', '', ...refused(1, './spec/orders_spec.rb'), ...refused(2, './spec/orders_spec.rb'), ...totals])).toBe('infrastructure/ambiguous/postgresql')
  })
  it('stays the code\'s when it is another spec file\'s, or closes what is no handle', () => {
    expect(verdict([...hook('./spec/report_spec.rb', '@conn'), 'Failures:', '', ...refused(1, './spec/orders_spec.rb'), ...refused(2, './spec/orders_spec.rb'), ...totals])).toBe('code/high/')
    expect(verdict([...hook('./spec/orders_spec.rb', '@ouptut'), 'Failures:', '', ...refused(1, './spec/orders_spec.rb'), ...refused(2, './spec/orders_spec.rb'), ...totals])).toBe('code/high/')
  })
})

describe('the handle the refused setup was making, where its source shows it', () => {
  it('jest: a teardown that closes another handle than the refused setup assigned stays the code\'s', () => {
    const refusedWithFrame = ['FAIL test/orders.test.js', '  ● orders › counts', '', '    connect ECONNREFUSED 127.0.0.1:5432', '', '       7 |   beforeAll(async () => {', '    >  8 |     db = await pool.connect()', '         |          ^', '']
    expect(verdict([...refusedWithFrame, ...jestTeardown('close', 'await client.close()'), ...JEST_TOTALS])).toBe('code/high/')
    expect(verdict([...refusedWithFrame, ...jestTeardown('release', 'await db.release()'), ...JEST_TOTALS])).toBe('infrastructure/ambiguous/postgresql')
  })
  it('vitest: two suites under one name (Failed Suites 2, one name) are not one scope', () => {
    const suite = (error: string, ...frame: string[]): string[] => [' FAIL  test/x.test.js > orders', error, ...frame, '⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯[1/2]⎯', '']
    const log = (n: number): string[] => [`⎯⎯⎯⎯⎯⎯ Failed Suites ${n} ⎯⎯⎯⎯⎯⎯⎯`, '', ...suite('Error: connect ECONNREFUSED 127.0.0.1:5432', '      4| beforeAll(async () => { client = await pool.connect() })', '       |                                            ^'), ...suite("TypeError: Cannot read properties of undefined (reading 'close')", '      5| afterAll(async () => { await client.close() })', '       |                                     ^'), ' Test Files  1 failed (1)']
    expect(verdict(log(2))).toBe('code/high/')
    expect(verdict(log(1))).toBe('infrastructure/ambiguous/postgresql')
  })
  it('a stub closed in the refused scope stays the code\'s (RSpec, minitest, pytest)', () => {
    expect(verdict(['Failures:', '', '  1) Payments charges', '     Got 0 failures and 2 other errors:', '', '     1.1) Failure/Error: @conn = PG.connect(host: "127.0.0.1")', '', '          PG::ConnectionBad:', '            connection to server at "127.0.0.1", port 5432 failed: Connection refused', '', '     1.2) Failure/Error: @stub.close', '', '          NoMethodError:', "            undefined method `close' for nil:NilClass", '', 'Finished in 0.01 seconds', '1 example, 1 failure'])).toBe('code/high/')
    expect(verdict(['==================================== ERRORS ====================================', '________ ERROR at setup of test_total ________', '>       conn = psycopg2.connect(DSN)', 'E       psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused', '', '________ ERROR at teardown of test_total ________', '>       self._sock.close()', "E       AttributeError: 'NoneType' object has no attribute 'close'", '', '============================== 2 errors in 0.43s =============================='])).toBe('code/high/')
  })
  it('minitest\'s bare `Error:` in another runner\'s output holds nothing', () => {
    const log = ['________________ TestExport.test_writes ________________', '----------------------------- Captured stdout call -----------------------------', 'Error:', 'audit: connection to server at "127.0.0.1", port 5432 failed: Connection refused', '>       self._fh.close()', "E       AttributeError: 'NoneType' object has no attribute 'close'", '=========================== 1 failed in 0.10s ===========================']
    expect(verdict(log)).toBe('code/high/')
  })
})

describe('JUnit 4\'s text runner (JUnitCore)', () => {
  const run = (...failures: string[][]): string[] => ['.E.E', 'Time: 0.51', `There were ${failures.length} failures:`, ...failures.flat(), '', 'FAILURES!!!', `Tests run: 4,  Failures: ${failures.length}`]
  it('reads each failure under `N) method(Class)`, and a class\'s own under `N) pkg.Class`', () => {
    const v = classifyText(run(['1) com.example.OrdersTest', 'org.postgresql.util.PSQLException: Connection to 127.0.0.1:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.'], ['2) renders(com.example.InvoiceTest)', 'java.lang.AssertionError: expected:<3> but was:<4>']).join('\n'))
    expect(`${v.classification}/${v.confidence}`).toBe('code/high')
    expect(v.tests.map(t => t.name)).toEqual(['com.example.OrdersTest', 'renders(com.example.InvoiceTest)'])
  })
  it('ties an @AfterClass close() on null to the same class\'s refused @BeforeClass (two failures, one name)', () => {
    // Java prints no source of the setup: what was closed is likely the refused handle, not proven.
    expect(verdict(run(['1) com.example.OrdersTest', 'org.postgresql.util.PSQLException: Connection to 127.0.0.1:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.'], ['2) com.example.OrdersTest', 'java.lang.NullPointerException: Cannot invoke "java.sql.Connection.close()" because "com.example.OrdersTest.conn" is null']))).toBe('infrastructure/ambiguous/postgresql')
    expect(verdict(run(['1) com.example.OrdersTest', 'org.postgresql.util.PSQLException: Connection to 127.0.0.1:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.'], ['2) com.example.OrdersTest', 'java.lang.NullPointerException: Cannot invoke "com.example.PaymentClient.close()" because "this.client" is null']))).toBe('code/high/')
  })
})

describe('a client\'s own operation timeout (rule.ts timesOutOn)', () => {
  const refused = ['2026-12-05 19:17:01.841 INFO net.spy.memcached.MemcachedConnection:  Reconnecting due to failure to connect to {QA sa=/127.0.0.1:11211, #Rops=0, #Wops=1, #iq=0, topRop=null, topWop=null, toWrite=0, interested=0}', 'java.net.ConnectException: Connection refused', '\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)', '\tat net.spy.memcached.MemcachedConnection.handleIO(MemcachedConnection.java:450)']
  const failure = ['Time: 10.51', 'There was 1 failure:', '1) storesSession(com.acme.SessionCacheTest)', 'java.lang.RuntimeException: Timed out waiting for operation', '\tat net.spy.memcached.internal.OperationFuture.get(OperationFuture.java:142)', 'Caused by: net.spy.memcached.internal.CheckedOperationTimeoutException: Timed out waiting for operation - failing node: /127.0.0.1:11211', '', 'FAILURES!!!', 'Tests run: 2,  Failures: 1']
  // Only possibly the outage, whatever came before: a node refused earlier may have come up since
  // (__fixtures__/floor/timed-out-test/junitcore-spymemcached-nanosecond-budget-after-service-came-up).
  it('is only possibly the outage, even after the run showed that service refused, and without', () => {
    expect(verdict([...refused, ...failure])).toBe('infrastructure/ambiguous/')
    expect(verdict(failure)).toBe('infrastructure/ambiguous/')
  })
  it('takes spymemcached\'s `active: false` node as down by itself, and `active: true` as no outage', () => {
    const status = (active: boolean): string[] => ['There was 1 failure:', '1) readsSession(com.acme.SessionCacheTest)', `net.spy.memcached.OperationTimeoutException: Timeout waiting for value: waited 2,500 ms. Node status: Connection Status { /127.0.0.1:11211 active: ${active}, authed: true, last read: 2,567 ms ago }`, '', 'FAILURES!!!', 'Tests run: 1,  Failures: 1']
    expect(verdict(status(false))).toBe('infrastructure/high/memcached')
    expect(verdict(status(true))).not.toMatch(/^infrastructure\/high/)
  })
})

describe('libmemcached\'s own words (PHP Memcached, pylibmc)', () => {
  it('names memcached for a connection failure, and nothing for its other results', () => {
    expect(verdict(['1) CacheTest::testSet', 'RuntimeException: Memcached 127.0.0.1:11211: CONNECTION FAILURE'])).toBe('infrastructure/high/memcached')
    // A host lookup failure reads the same for a host a malformed setting made up (floor: client-named-code).
    expect(verdict(['1) CacheTest::testSet', 'RuntimeException: Memcached memcached:11211: getaddrinfo() or getnameinfo() HOSTNAME LOOKUP FAILURE'])).not.toMatch(/^infrastructure\/high/)
    expect(verdict(['1) UploadTest::testPost', 'RuntimeException: Upload failed: CONNECTION FAILURE (HTTP 502)'])).not.toMatch(/^infrastructure\/high/)
    // The endpoint it names is read as any driver's: another service's port is the project's setting (attack 18).
    expect(verdict(['1) CacheTest::testSet', 'RuntimeException: Memcached 127.0.0.1:6379: CONNECTION FAILURE'])).not.toMatch(/^infrastructure\/high/)
  })
})

describe('attack 14: what a JUnit 4 failure and a client timeout must show', () => {
  it('a timeout on one node is not explained by another node\'s refusal', () => {
    const log = ['INFO net.spy.memcached.MemcachedConnection:  fallback: Connection Status { /127.0.0.1:11299 active: false, authed: true, last read: 0 ms ago }', 'There was 1 failure:', '1) readsPrice(com.acme.PriceCacheTest)', 'java.lang.RuntimeException: Timed out waiting for operation', 'Caused by: net.spy.memcached.internal.CheckedOperationTimeoutException: Timed out waiting for operation - failing node: /127.0.0.1:11411', '', 'FAILURES!!!', 'Tests run: 3,  Failures: 1']
    expect(verdict(log)).not.toMatch(/^infrastructure\/high/)
  })
  it('a null a method returned, or a project\'s own session field, is no handle a refused setup never made', () => {
    const run = (npe: string): string[] => ['There were 2 failures:', '1) summary(com.acme.BillingTest)', 'org.postgresql.util.PSQLException: Connection to 127.0.0.1:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.', '2) summary(com.acme.BillingTest)', npe, '', 'FAILURES!!!', 'Tests run: 2,  Failures: 2']
    expect(verdict(run('java.lang.NullPointerException: Cannot invoke "com.acme.Client.displayName()" because the return value of "com.acme.ClientDirectory.find(String)" is null'))).toBe('code/high/')
    expect(verdict(run('java.lang.NullPointerException: Cannot invoke "com.acme.BillingSession.signOut()" because "this.session" is null'))).toBe('code/high/')
    expect(verdict(run('java.lang.NullPointerException: Cannot invoke "java.sql.Connection.close()" because "this.conn" is null'))).toBe('infrastructure/ambiguous/postgresql')
  })
})

describe('attack 19: a second run of the same runner', () => {
  it('keeps what the second run printed before its failures header (nothing there is provably a passing test\'s)', () => {
    const log = ['JUnit version 4.13.2', '.', 'Time: 0.01', '', 'OK (1 test)', '', 'JUnit version 4.13.2', '.Exception in thread "Thread-0" java.lang.AssertionError: expected:<3> but was:<4>', '\tat com.acme.PriceTest.lambda$addsInBackground$0(PriceTest.java:12)', '.E', 'Time: 0.02', 'There was 1 failure:', '1) com.acme.DbTest', 'org.postgresql.util.PSQLException: Connection to 127.0.0.1:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.', '', 'FAILURES!!!', 'Tests run: 2,  Failures: 1']
    expect(verdict(log)).toBe('code/high/')
  })
})

describe('attack 20: node:test\'s spec reporter prints a failed test\'s details indented under its line', () => {
  it('gives a line no deeper than the test\'s own to the next test, whose output comes before its line', () => {
    const log = ['✖ drains an empty queue (202.48ms)', "  'test timed out after 200ms'", '', 'health check failed: Error: connect ECONNREFUSED 127.0.0.1:5432', '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)', '✔ health reports down when db is unreachable (5.2ms)', 'ℹ tests 2', 'ℹ pass 1', 'ℹ fail 0', 'ℹ cancelled 1']
    expect(verdict(log)).not.toMatch(/^infrastructure\/high/)
    // Its own details, indented, stay its: a refused test is still the outage.
    expect(verdict(['✖ reads orders (12.1ms)', '  Error: connect ECONNREFUSED 127.0.0.1:5432', '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)', 'ℹ tests 1', 'ℹ fail 1'])).toBe('infrastructure/high/postgresql')
  })
  it('TAP\'s `  ...` closing each test mid-run still lets a passing test\'s logging be dropped', () => {
    const log = ['not ok 1 - reads orders', '  ---', "  error: 'connect ECONNREFUSED 127.0.0.1:5432'", '  code: ECONNREFUSED', '  ...', 'caught: TypeError: Cannot read properties of undefined (reading \'x\')', 'ok 2 - formats totals', '# tests 2', '# pass 1', '# fail 1']
    expect(verdict(log)).toBe('infrastructure/high/postgresql')
  })
})

describe('attack 21: a test that timed out with refusals only in its own output', () => {
  it('is likely the outage, never proven: a client logging beside a test that hangs on its own code reads the same', () => {
    const log = ['✖ loads the jobs (3.1ms)', '  Error: connect ECONNREFUSED 127.0.0.1:5432', 'drain: connect failed: Error: connect ECONNREFUSED 127.0.0.1:5432', '✖ drains an empty queue (202.4ms)', "  'test timed out after 200ms'", 'ℹ tests 2', 'ℹ fail 1', 'ℹ cancelled 1']
    expect(verdict(log)).toBe('infrastructure/ambiguous/postgresql')
  })
})
