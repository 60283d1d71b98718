// Issue 23, what a careful reader sees: PHP's missing extensions and libraries, mocha's CLI error,
// vitest's grouped failures and a test's own logging beside a timeout. Each log is shaped as the
// runner or the language prints it (PHP's own messages, mocha's lib/cli, vitest's reporter).
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const verdict = (lines: readonly string[]): string => {
  const v = classifyText(lines.join('\n'))
  return `${v.classification}/${v.confidence}/${v.services.join(',')}`
}

describe('PHP: a client whose extension or library is not installed', () => {
  it('names the service whose class is missing (PHP 8 and PHP 7 quoting)', () => {
    expect(verdict(['PHP Fatal error:  Uncaught Error: Class "Redis" not found in /app/src/Cache.php:14'])).toBe('infrastructure/high/redis')
    expect(verdict(["PHP Fatal error:  Uncaught Error: Class 'Memcached' not found in /app/src/Store.php:9"])).toBe('infrastructure/high/memcached')
    expect(verdict(['Error: Class "MongoDB\\Driver\\Manager" not found'])).toBe('infrastructure/high/mongodb')
    expect(verdict(['Error: Class "PhpAmqpLib\\Connection\\AMQPStreamConnection" not found'])).toBe('infrastructure/high/rabbitmq')
  })
  it('reads another name under a client\'s namespace as only possibly the missing library (a typo reads the same)', () => {
    expect(verdict(['Error: Class "Predis\\Clent" not found'])).toBe('infrastructure/ambiguous/redis')
  })
  it('names the service whose extension functions are undefined', () => {
    expect(verdict(['PHP Fatal error:  Uncaught Error: Call to undefined function pg_connect() in /app/db.php:3'])).toBe('infrastructure/high/postgresql')
    expect(verdict(['Error: Call to undefined function mysqli_connect()'])).toBe('infrastructure/high/mysql')
  })
  it('keeps the project\'s own missing class or function the code\'s', () => {
    expect(verdict(['Error: Class "App\\Service\\RedisCache" not found'])).toBe('code/high/')
    expect(verdict(['Error: Call to undefined function App\\helpers\\slugify()'])).toBe('code/high/')
    expect(verdict(['Error: Call to undefined function pgsql_escape()'])).toBe('code/high/')
    expect(verdict(['Error: Call to undefined function pg_table()'])).toBe('code/high/')
  })
  it('reads PDO\'s missing driver by the connection Laravel names, never for SQLite, and otherwise as only possibly infrastructure', () => {
    // A DSN nearby is only a mention: `postgresql:` (no PDO driver's prefix) gives the same error with pdo_pgsql installed.
    expect(verdict(['PDOException: could not find driver', "#0 /app/src/Db.php(12): PDO->__construct('pgsql:host=127.0.0.1;dbname=app', 'app', Object(SensitiveParameterValue))"])).toBe('infrastructure/ambiguous/postgresql')
    expect(verdict(['Illuminate\\Database\\QueryException: could not find driver (Connection: mysql, SQL: select * from `users`)'])).toBe('infrastructure/high/mysql')
    expect(verdict(['PDOException: could not find driver'])).toBe('infrastructure/ambiguous/')
    expect(verdict(['Illuminate\\Database\\QueryException: could not find driver (Connection: sqlite, SQL: select 1)'])).not.toMatch(/^infrastructure\/high/)
  })
})

describe("mocha's CLI error", () => {
  it('is no failing test: a root hook that cannot load the client', () => {
    expect(verdict(['', "✖ ERROR: Error: Cannot find module 'pg'", 'Require stack:', '- /app/test/hooks.js', '- /app/node_modules/mocha/lib/cli/run-helpers.js'])).toBe('infrastructure/high/postgresql')
  })
  it('still reads node:test\'s ✖ lines as failing tests', () => {
    expect(verdict(['✖ adds numbers (1.2ms)', '  AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:', '  3 !== 4'])).toBe('code/high/')
  })
})

describe('vitest: grouped failures and a test\'s own logging', () => {
  const block = (name: string, body: readonly string[]): string[] => [`stderr | ${name}`, ...body, '']
  const refusal = ['[ioredis] Unhandled error event: Error: connect ECONNREFUSED 127.0.0.1:6379', '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)']
  const tail = (names: readonly string[], error: string): string[] => [
    ' ❯ test/q.test.js (2 tests | 2 failed) 6030ms', '', '⎯⎯⎯⎯⎯⎯⎯ Failed Tests 2 ⎯⎯⎯⎯⎯⎯⎯', '',
    ...names.map(n => ` FAIL  ${n}`), error, 'If this is a long-running hook, pass a timeout value as the last argument or configure it globally with "hookTimeout".', '⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯[1/1]⎯', '', ' Test Files  1 failed (1)', '      Tests  2 failed (2)'
  ]
  const a = 'test/q.test.js > Queue > adds'
  const b = 'test/q.test.js > Queue > counts'

  it('gives the tests whose markers stand on consecutive lines the one error printed below them', () => {
    const log = [...tail([a, b], 'AssertionError: expected 3 to be 4 // Object.is equality')]
    const v = classifyText(log.join('\n'))
    expect(v.tests.map(t => `${t.name}:${t.classification}/${t.confidence}`)).toEqual([`${a}:code/high`, `${b}:code/high`])
  })
  it('reads a timeout beside nothing but a client\'s refusals in the test\'s own logging as likely, not proven, infrastructure', () => {
    expect(verdict([...block(a, refusal), ...block(b, refusal), ...tail([a, b], 'Error: Hook timed out in 3000ms.')])).toBe('infrastructure/ambiguous/redis')
  })
  it('leaves the timeout unexplained when the test\'s logging also shows the code going on without the service', () => {
    const v = classifyText([...block(a, [...refusal, 'cache read failed, loading from the catalogue instead']), ...block(b, refusal), ...tail([a, b], 'Error: Hook timed out in 3000ms.')].join('\n'))
    expect(v.tests.map(t => `${t.name}:${t.ruleId}`)).toEqual([`${a}:test.timeout`, `${b}:network.refused.endpoint`])
    expect(`${v.classification}/${v.confidence}`).toBe('infrastructure/ambiguous')
  })
  it('does not tie a test to refusals a file printed while it loaded', () => {
    expect(verdict([...block('test/q.test.js', refusal), ...tail([a, b], 'Error: Hook timed out in 3000ms.')])).toBe('code/ambiguous/')
  })
})

describe('the refusal as an assertion\'s actual value', () => {
  const phpunit = (expected: string): string[] => ['There was 1 failure:', '', '1) Tests\\ClientTest::testCommand',
    `Failed asserting that exception of type "Predis\\Connection\\ConnectionException" matches expected exception "${expected}". Message was: "Connection refused [tcp://127.0.0.1:6379]" at`,
    '/app/src/Connection/AbstractConnection.php:155', '/app/tests/ClientTest.php:40', '', 'FAILURES!', 'Tests: 3, Assertions: 2, Failures: 1.']
  it('is the outage when the test wanted the server\'s answer (PHPUnit expectException)', () => {
    expect(verdict(phpunit('Predis\\Response\\ServerException'))).toBe('infrastructure/high/redis')
  })
  it('is what the test checks when it expected another connection error, or an unavailable service\'s', () => {
    expect(verdict(phpunit('Predis\\Connection\\ConnectionTimeoutException'))).toBe('code/high/')
    expect(verdict(phpunit('App\\Cache\\CacheUnavailableException'))).toBe('code/high/')
  })
  const pytest = (assertion: string): string[] => ['______________________________ test_publish ______________________________', '    def test_publish():',
    '        err = publish()', '>       assert err is None', `E       AssertionError: ${assertion}`, 'tests/test_pub.py:12: AssertionError',
    '=========================== short test summary info ============================', `FAILED tests/test_pub.py::test_publish - AssertionError: ${assertion}`]
  it('is only possibly the outage when pytest\'s `assert X is None` got the connection error back as a value (the code caught it; the test may check that)', () => {
    expect(verdict(pytest("assert AMQPConnectionError(ConnectionRefusedError(111, 'Connection refused')) is None"))).toBe('infrastructure/ambiguous/')
  })
  it('stays the code\'s when the value is not a connection error (the location line restates it)', () => {
    expect(verdict(pytest("assert ValueError('bad routing key') is None"))).toBe('code/high/')
  })
})

describe('a Python client imported as None (its ImportError caught)', () => {
  it('is the missing client when the log shows its import failing and the line above calls the module\'s connect or class', () => {
    expect(verdict(["ImportError: No module named 'psycopg2'", '____________________________ test_store ____________________________', '    def test_store():', '>       conn = psycopg2.connect(DSN)',
      "E       AttributeError: 'NoneType' object has no attribute 'connect'", 'tests/test_store.py:8: AttributeError',
      '=========================== short test summary info ============================', "FAILED tests/test_store.py::test_store - AttributeError: 'NoneType' object has no attribute 'connect'"])).toBe('infrastructure/high/postgresql')
    expect(verdict(["ImportError: No module named 'redis'", 'Traceback (most recent call last):', '  File "/app/tests/test_cache.py", line 12, in test_get', '    client = redis.Redis(host="localhost")', "AttributeError: 'NoneType' object has no attribute 'Redis'"])).not.toMatch(/^code/)
  })
  it('is only possibly the missing client when no failed import shows (a lazy import bound to another name leaves it None too)', () => {
    expect(verdict(['____________________________ test_store ____________________________', '>       conn = psycopg2.connect(DSN)', "E       AttributeError: 'NoneType' object has no attribute 'connect'"])).toBe('infrastructure/ambiguous/')
  })
  it('stays the code\'s for a variable named like the client, or any other None', () => {
    expect(verdict(['____________________________ test_get ____________________________', '>       value = redis.get("k")', "E       AttributeError: 'NoneType' object has no attribute 'get'"])).toBe('code/high/')
    expect(verdict(['____________________________ test_user ____________________________', '>       name = user.name.strip()', "E       AttributeError: 'NoneType' object has no attribute 'name'"])).toBe('code/high/')
  })
})

describe('an assertion whose whole message is the connection error the test caught', () => {
  const junit = (message: string): string[] => ['Time: 30.289', 'There was 1 failure:', '1) testReset(com.example.PoolTest)', `junit.framework.AssertionFailedError: ${message}`,
    '\tat junit.framework.Assert.fail(Assert.java:57)', '\tat com.example.PoolTest.testReset(PoolTest.java:103)', '', 'FAILURES!!!', 'Tests run: 5,  Failures: 1']
  it('is likely the outage (JUnit fail(e.getMessage()))', () => {
    // Likely, not proven: a test that checks the code never connects fails the same way when it does.
    // JUnit 4's text runner is split into its failures (dialects/jvm.ts JUNITCORE): like every runner's
    // failing unit, one only possibly refused names no service.
    expect(verdict(junit('org.postgresql.util.PSQLException: Connection to 127.0.0.1:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.'))).toBe('infrastructure/ambiguous/')
    expect(verdict(junit('Connections could not be acquired from the underlying database!'))).toBe('infrastructure/ambiguous/')
  })
  it('is what the test checks when the message says what it expected', () => {
    expect(verdict(junit('expected Connection to 127.0.0.1:5432 refused. to be thrown'))).toBe('code/high/')
    expect(verdict(junit('should have failed with Connection refused'))).toBe('code/high/')
  })
})

describe('go test -json over packages that run in parallel', () => {
  const event = (pkg: string, action: string, test?: string, output?: string): string =>
    JSON.stringify({ Time: '2026-12-05T15:24:39.343Z', Action: action, Package: pkg, ...(test ? { Test: test } : {}), ...(output !== undefined ? { Output: output } : {}) })
  it('ends only the tests of the package whose result it reads', () => {
    const a = 'example.com/db/autorc'
    const b = 'example.com/db/native'
    const log = [
      event(a, 'run', 'TestReconnect'), event(a, 'output', 'TestReconnect', '=== RUN   TestReconnect\n'),
      event(b, 'run', 'TestPing'), event(b, 'output', 'TestPing', '=== RUN   TestPing\n'),
      event(b, 'output', 'TestPing', '    native_test.go:43: Error: dial tcp 127.0.0.1:3306: connect: connection refused\n'),
      event(b, 'output', 'TestPing', '--- FAIL: TestPing (0.00s)\n'), event(b, 'fail', 'TestPing'),
      event(b, 'output', undefined, 'FAIL\n'), event(b, 'output', undefined, `FAIL\t${b}\t0.012s\n`), event(b, 'fail'),
      event(a, 'output', 'TestReconnect', '    autorecon_test.go:18: Error: dial tcp 127.0.0.1:3306: connect: connection refused\n'),
      event(a, 'output', 'TestReconnect', '--- FAIL: TestReconnect (28.06s)\n'), event(a, 'fail', 'TestReconnect'),
      event(a, 'output', undefined, 'FAIL\n'), event(a, 'output', undefined, `FAIL\t${a}\t28.070s\n`), event(a, 'fail')
    ]
    const v = classifyText(log.join('\n'))
    expect(v.tests.map(t => `${t.name}:${t.ruleId}`).sort()).toEqual(['TestPing:network.refused.endpoint', 'TestReconnect:network.refused.endpoint'])
    expect(`${v.classification}/${v.confidence}/${v.services.join(',')}`).toBe('infrastructure/high/mysql')
  })
})

describe('a test that wanted the server\'s answer and got the refusal', () => {
  const go = (message: string): string[] => ['--- FAIL: TestParseError (0.00s)', `    conn_test.go:1017: ${message}`, 'FAIL', 'FAIL\texample.com/db\t0.012s']
  it('is the outage: only a server that answered gives a syntax error, a constraint, a scan error', () => {
    expect(verdict(go('expected syntax error, got dial tcp 127.0.0.1:5432: connect: connection refused'))).toBe('infrastructure/high/postgresql')
    expect(verdict(go('Scanning -/+infinity, expected error to match regexp "^sql: Scan error on column index 0", got "dial tcp 127.0.0.1:5432: connect: connection refused"'))).toBe('infrastructure/high/postgresql')
  })
  it('is what the test checks when it wanted the code\'s own handling (a validation, an unavailable cache)', () => {
    expect(verdict(go('expected validation error, got dial tcp 127.0.0.1:5432: connect: connection refused'))).toBe('code/high/')
    expect(verdict(go('expected ErrCacheUnavailable, got dial tcp 127.0.0.1:6379: connect: connection refused'))).toBe('code/high/')
  })
})

describe('runner structure', () => {
  it('counts each of unittest\'s repeated blocks of one name as its own failure (a module per import that failed)', () => {
    const block = ['======================================================================', 'ERROR: tests (unittest.loader._FailedTest.tests)', '----------------------------------------------------------------------',
      'ImportError: Failed to import test module: tests', 'Traceback (most recent call last):', '  File "/app/tests/base.py", line 3, in <module>', '    import psycopg2', "ModuleNotFoundError: No module named 'psycopg2'", '']
    const v = classifyText([...block, ...block, ...block, '----------------------------------------------------------------------', 'Ran 3 tests in 0.001s', '', 'FAILED (errors=3)'].join('\n'))
    expect(v.failingTests).toBe(3)
    expect(`${v.classification}/${v.confidence}/${v.services.join(',')}`).toBe('infrastructure/high/postgresql')
  })
  it('reads PHP 7\'s lower-case stream warning as PHP 8\'s', () => {
    expect(verdict(['PHP Warning:  stream_socket_client(): unable to connect to tcp://127.0.0.1:6379 (Connection refused) in /app/vendor/predis/src/Connection/StreamConnection.php on line 128'])).toBe('infrastructure/high/redis')
    expect(verdict(['PHP Warning:  stream_socket_client(): unable to connect to tcp://redis:6379 (php_network_getaddresses: getaddrinfo failed: Name or service not known) in /app/x.php on line 3'])).toBe('infrastructure/high/redis')
  })
})

describe('an expected side that is itself a refusal', () => {
  const go = (message: string): string[] => ['--- FAIL: TestCopy (0.00s)', `    copy_test.go:291: ${message}`, 'FAIL', 'FAIL\texample.com/db\t0.012s']
  it('is the outage when both sides are the same words (both came of it)', () => {
    expect(verdict(go('expected dial tcp 127.0.0.1:5432: connect: connection refused, got dial tcp 127.0.0.1:5432: connect: connection refused'))).toBe('infrastructure/high/postgresql')
  })
  it('is what the test checks when they differ: the test expected the refusal, and the difference is the defect', () => {
    expect(verdict(go('got "gave up after 2 attempts: dial tcp 127.0.0.1:6379: connect: connection refused", want "gave up after 3 attempts: dial tcp 127.0.0.1:6379: connect: connection refused"'))).toBe('code/high/')
  })
  it('never takes a generic word for the server\'s answer (a fake server answers "server error" too)', () => {
    expect(verdict(go('expected server error, got Get "http://127.0.0.1:9200/_doc/1": dial tcp 127.0.0.1:9200: connect: connection refused'))).toBe('code/high/')
    expect(verdict(go('expected file does not exist, got dial tcp 127.0.0.1:6379: connect: connection refused'))).toBe('code/high/')
  })
})

describe('TAP nesting', () => {
  const child = ['# Subtest: store.test.js', '    # Subtest: counts rows', '        not ok 1 - connect ECONNREFUSED 127.0.0.1:5432', '          ---', '          code: ECONNREFUSED', '          ...', '        1..1', '    not ok 1 - counts rows # time=19.805ms']
  it('reads a not ok over a failing subtest as its parent, no failure of its own', () => {
    expect(verdict([...child, '    1..1', 'not ok 1 - store.test.js # time=61.128ms', '1..1'])).toBe('infrastructure/high/postgresql')
  })
  it('keeps a parent that shows a failure of its own', () => {
    expect(verdict([...child, '    1..1', 'not ok 1 - store.test.js # time=61.128ms', '  ---', "  error: \"TypeError: Cannot read properties of undefined (reading 'close')\"", '  ...', '1..1'])).not.toBe('infrastructure/high/postgresql')
  })
})

describe('gocheck inside go test', () => {
  const block = (name: string, value: string): string[] => ['', '----------------------------------------------------------------------', `FAIL: loader_test.go:42: ${name}`, '', 'loader_test.go:45:', '    c.Assert(err, IsNil)', `... value ${value}`, '']
  const refused = '*net.OpError = &net.OpError{Op:"dial", Net:"tcp", Source:net.Addr(nil)} ("dial tcp 127.0.0.1:5432: connect: connection refused")'
  it('splits its failures and reads go\'s --- FAIL over them as their parent', () => {
    expect(verdict([...block('LoaderTest.TestQuery', refused), ...block('LoaderTest.TestInts', refused), 'OOPS: 1 passed, 2 FAILED', '--- FAIL: TestGocheck (0.31s)', 'FAIL', 'FAIL\texample.com/pg\t0.320s'])).toBe('infrastructure/high/postgresql')
  })
  it('keeps a failure of its own code the code\'s', () => {
    expect(verdict([...block('LoaderTest.TestQuery', refused), ...block('LoaderTest.TestInts', '*errors.errorString = &errors.errorString{s:"scan: column count 2 != 3"} ("scan: column count 2 != 3")'), 'OOPS: 1 passed, 2 FAILED', '--- FAIL: TestGocheck (0.31s)', 'FAIL'])).not.toMatch(/^infrastructure\/high/)
  })
})
