// Python and Ruby clients on whole logs (know-pyrb): what a rule's examples alone cannot show,
// such as RSpec printing an exception's class on a line of its own with its message below it.
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/classifier.js'

const verdictOf = (lines: string[]) => {
  const v = classifyText(lines.join('\n'))
  return { classification: v.classification, confidence: v.confidence, services: [...v.services] }
}

/** One failing RSpec example whose error is `klass` with `message` below it, as RSpec prints it. */
const rspec = (klass: string, message: string[]) => [
  '..F.',
  '',
  'Failures:',
  '',
  '  1) Store saves a record',
  '     Failure/Error: @store = Store.connect(ENV["DATABASE_URL"])',
  '',
  `     ${klass}:`,
  ...message.map(l => `       ${l}`),
  "     # ./lib/store.rb:12:in `connect'",
  "     # ./spec/store_spec.rb:6:in `block (2 levels) in <top (required)>'",
  '',
  'Finished in 0.41 seconds (files took 0.52 seconds to load)',
  '4 examples, 1 failure',
  '',
  'Failed examples:',
  '',
  'rspec ./spec/store_spec.rb:9 # Store saves a record'
]

const pytest = (exception: string) => [
  '============================= test session starts ==============================',
  'collected 2 items',
  '',
  'tests/test_store.py F.                                                   [100%]',
  '',
  '=================================== FAILURES ===================================',
  '__________________________________ test_save ___________________________________',
  '',
  '    def test_save():',
  '>       store = Store.connect()',
  '',
  'tests/test_store.py:8: ',
  `E   ${exception}`,
  '=========================== short test summary info ============================',
  `FAILED tests/test_store.py::test_save - ${exception.slice(0, 50)}...`,
  '========================= 1 failed, 1 passed in 0.42s =========================='
]

describe('RSpec: a class on its own line is explained by its message', () => {
  it('Active Record wrapping a refused libpq connection is PostgreSQL missing', () => {
    expect(verdictOf(rspec('ActiveRecord::ConnectionNotEstablished', ['connection to server at "127.0.0.1", port 5432 failed: Connection refused', '\tIs the server running on that host and accepting TCP/IP connections?'])))
      .toMatchObject({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'] })
  })
  it('Faraday refused on 9200 is Elasticsearch missing', () => {
    expect(verdictOf(rspec('Faraday::ConnectionFailed', ['Failed to open TCP connection to localhost:9200 (Connection refused - connect(2) for "localhost" port 9200)'])))
      .toMatchObject({ classification: 'infrastructure', confidence: 'high', services: ['elasticsearch'] })
  })
  it('a class whose message no rule explains stays unexplained', () => {
    expect(verdictOf(rspec('ActiveRecord::ConnectionNotEstablished', ["No connection pool for 'ActiveRecord::Base' found."]))).not.toMatchObject({ classification: 'infrastructure' })
    expect(verdictOf(rspec('Elastic::Transport::Transport::Errors::NotFound', ['[404] {"error":{"type":"index_not_found_exception"},"status":404}']))).not.toMatchObject({ classification: 'infrastructure' })
  })
  it('a server that answered is the code’s, whatever class carries it', () => {
    expect(verdictOf(rspec('Mysql2::Error::ConnectionError', ['MySQL server has gone away']))).not.toMatchObject({ classification: 'infrastructure' })
    expect(verdictOf(rspec('Mysql2::Error::ConnectionError', ['Lost connection to MySQL server during query']))).not.toMatchObject({ classification: 'infrastructure' })
    expect(verdictOf(rspec('ActiveRecord::ConnectionNotEstablished', ['connection to server at "127.0.0.1", port 5432 failed: FATAL:  password authentication failed for user "app"'])))
      .toMatchObject({ classification: 'code' })
  })
  it('MySQL 8 clients name the port: the endpoint is read, not taken for a remote host', () => {
    expect(verdictOf(rspec('Mysql2::Error::ConnectionError', ["Can't connect to MySQL server on '127.0.0.1:3306' (111)"])))
      .toMatchObject({ classification: 'infrastructure', confidence: 'high', services: ['mysql'] })
  })
})

describe('RSpec: a cause below a connection wrapper', () => {
  const withCause = (klass: string, message: string[], cause: string[]) => {
    const log = rspec(klass, message)
    const at = log.findIndex(l => l.startsWith('Finished in')) - 1
    log.splice(at, 0, '     # ------------------', '     # --- Caused by: ---', ...cause.map(l => `     # ${l}`))
    return log
  }
  it('Rails 7.1’s hostname error caused by a refusal is PostgreSQL missing', () => {
    expect(verdictOf(withCause('ActiveRecord::DatabaseConnectionError', ['There is an issue connecting with your hostname: 127.0.0.1.', '', 'Please check your database configuration and ensure there is a valid connection to your database.'],
      ['PG::ConnectionBad:', '  connection to server at "127.0.0.1", port 5432 failed: Connection refused'])))
      .toMatchObject({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'] })
  })
  it('a defect raised while rescuing a refusal is not explained by it', () => {
    expect(verdictOf(withCause('RuntimeError', ['no rate for eur'], ['Errno::ECONNREFUSED:', '  Connection refused - connect(2) for "127.0.0.1" port 6379'])))
      .not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
    expect(verdictOf(withCause('Rates::LookupError', ['no rate for eur'], ['Errno::ECONNREFUSED:', '  Connection refused - connect(2) for "127.0.0.1" port 6379'])))
      .not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })
  it('the pg gem’s own words for a connection the code closed are no outage', () => {
    expect(verdictOf(rspec('PG::ConnectionBad', ['connection is closed']))).not.toMatchObject({ classification: 'infrastructure' })
  })
})

describe('Python clients', () => {
  it('clickhouse-connect refused on its HTTP port is possibly ClickHouse missing (8123 is other servers’ too, attack 27b), not surely the project’s server', () => {
    expect(verdictOf(pytest("clickhouse_connect.driver.exceptions.OperationalError: Error HTTPConnectionPool(host='localhost', port=8123): Max retries exceeded with url: /? (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused')) executing HTTP request attempt 1 (http://localhost:8123)")))
      .toMatchObject({ classification: 'infrastructure', confidence: 'ambiguous' })
  })
  it('docker-py that cannot speak to the daemon for a library’s reason is not Docker missing', () => {
    expect(verdictOf(pytest('docker.errors.DockerException: Error while fetching server API version: Not supported URL scheme http+docker'))).not.toMatchObject({ classification: 'infrastructure' })
  })
  it('a Cassandra node that refused the credentials is the code’s', () => {
    expect(verdictOf(pytest("cassandra.cluster.NoHostAvailable: ('Unable to connect to any servers', {'127.0.0.1:9042': AuthenticationFailed('Failed to authenticate to 127.0.0.1:9042: Error from server: code=0100 [Bad credentials] message=\"Provided username cassandra and/or password are incorrect\"')})")))
      .toMatchObject({ classification: 'code' })
  })
  it('pg8000 that could not open its socket is PostgreSQL missing', () => {
    expect(verdictOf(pytest("pg8000.exceptions.InterfaceError: Can't create a connection to host localhost and port 5432 (timeout is None and source_address is None).")))
      .toMatchObject({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'] })
  })
})

describe("pytest's --tb=line: one crash line a failed test, no names", () => {
  const refused = '/app/.venv/lib/python3.11/site-packages/psycopg2/__init__.py:122: psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused'
  /** A `-q --tb=line` run of three failed tests: the crash lines, then the short summary pytest cut to the terminal's width. */
  const tbLine = (crash: string[], last = 'FAILED tests/test_dates.py::DatetimeTests::test_type_roundtrip_datetimetz_array') => [
    'FFF                                                                      [100%]',
    '=================================== FAILURES ===================================',
    ...crash,
    '=========================== short test summary info ============================',
    'FAILED tests/test_dates.py::DatetimeTests::test_adapt_date - psycopg2.Operati...',
    'FAILED tests/test_dates.py::DatetimeTests::test_adapt_negative_timedelta - ps...',
    last,
    '3 failed in 0.12s'
  ]
  it('a test whose reason was cut too short, or left out, is one of the lines, all the same outage', () => {
    expect(verdictOf(tbLine([refused, refused, refused])))
      .toMatchObject({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'] })
  })
  it('one crash line that is an assertion leaves the short ones unexplained', () => {
    expect(verdictOf(tbLine([refused, '/app/tests/test_dates.py:88: AssertionError: assert 2 == 3', refused])))
      .not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
    expect(verdictOf(tbLine([refused, refused, '/app/tests/test_dates.py:88: AssertionError: assert 2 == 3'])))
      .not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })
  it('a blank crash line (a report with no crash location) or a message\'s second line proves nothing', () => {
    expect(verdictOf(tbLine([refused, refused, '']))).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
    expect(verdictOf(tbLine([refused, refused, 'Traceback (most recent call last):']))).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })
  it('fewer crash lines than failed tests listed proves nothing for the one left over', () => {
    expect(verdictOf(tbLine([refused, refused]))).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })
  it('crash lines of two services say nothing of which one a short reason was', () => {
    expect(verdictOf(tbLine([refused, refused, "/app/.venv/lib/python3.11/site-packages/redis/connection.py:617: redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused."])))
      .not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })
  it("a session's crash lines end with its closing counts: a later session's cut or nameless reasons are not theirs (attack 28b)", () => {
    const first = ['=================================== FAILURES ===================================', refused, refused, '============================== 2 failed in 0.18s ===============================']
    const second = ['.FF                                                                      [100%]', '=========================== short test summary info ============================']
    expect(verdictOf([...first, ...second, 'FAILED tests/unit/test_pricing.py::test_at_threshold - AssertionError: an ord...', 'FAILED tests/unit/test_pricing.py::test_at_custom - AssertionError: an order ...', '2 failed, 1 passed in 0.05s']))
      .not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
    expect(verdictOf([...first, ...second, 'FAILED tests/unit/test_pricing.py::test_orders_exactly_at_the_threshold_get_the_discount_applied_to_their', 'FAILED tests/unit/test_pricing.py::test_orders_exactly_at_a_custom_threshold_get_the_custom_discount_applie', '2 failed, 1 passed in 0.05s']))
      .not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
    // A new session's header ends the old section as well.
    expect(verdictOf([...first.slice(0, 3), '============================= test session starts ==============================', ...second, 'FAILED tests/unit/test_pricing.py::test_orders_exactly_at_the_threshold_get_the_discount_applied_to_their', '1 failed in 0.05s']))
      .not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })
  /**
   * Two tests whose call failed and whose teardown errored (the `cache` fixture's clear() after the test):
   * pytest counts each twice (`2 failed, 2 errors`), prints the teardowns' `ERROR at teardown of` blocks, one
   * crash line a failed call, and lists each test under FAILED and ERROR in its summary.
   */
  const redisRefused = '/usr/lib/python3/dist-packages/redis/connection.py:617: redis.exceptions.ConnectionError: Error 111 connecting to 127.0.0.1:6379. Connection refused.'
  const callAndTeardown = (crash: string[], failed = ['FAILED tests/test_backend.py::TestCache::test_setnx - redis.except...', 'FAILED tests/test_backend.py::TestCache::test_setnx_timeout - redi...']) => [
    'tests/test_backend.py FEFE                                               [100%]',
    '==================================== ERRORS ====================================',
    '_____________ ERROR at teardown of TestCache.test_setnx _____________',
    'E   redis.exceptions.ConnectionError: Error 111 connecting to 127.0.0.1:6379. Connection refused.',
    '_________ ERROR at teardown of TestCache.test_setnx_timeout _________',
    'E   redis.exceptions.ConnectionError: Error 111 connecting to 127.0.0.1:6379. Connection refused.',
    '=================================== FAILURES ===================================',
    ...crash,
    '=========================== short test summary info ============================',
    ...failed,
    'ERROR tests/test_backend.py::TestCache::test_setnx - redis.excepti...',
    'ERROR tests/test_backend.py::TestCache::test_setnx_timeout - redis...',
    '============= 2 failed, 2 errors in 1.12s ============='
  ]
  it("a test listed under FAILED and ERROR is two of the run's failures when both have an account", () => {
    expect(verdictOf(callAndTeardown([redisRefused, redisRefused])))
      .toMatchObject({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
  })
  it("a teardown's refusal never vouches for its test's call: an assertion's crash line leaves the call unaccounted", () => {
    expect(verdictOf(callAndTeardown([redisRefused, '/app/tests/test_backend.py:420: assert 21 == 19'])))
      .not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
    expect(verdictOf(callAndTeardown([redisRefused, redisRefused], ['FAILED tests/test_backend.py::TestCache::test_setnx - redis.except...', 'FAILED tests/test_backend.py::TestCache::test_setnx_timeout - assert 21 == 19'])))
      .not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })
  it('one crash line fewer than the calls listed leaves a call unaccounted', () => {
    expect(verdictOf(callAndTeardown([redisRefused])))
      .not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })
  it('what pytest kept of a cut reason must begin the crash line it is given', () => {
    expect(verdictOf(tbLine([refused, refused, refused], 'FAILED tests/test_dates.py::DatetimeTests::test_type_roundtrip - Asse...')))
      .not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
    expect(verdictOf(tbLine([refused, refused, refused], 'FAILED tests/test_dates.py::DatetimeTests::test_type_roundtrip - psyc...')))
      .toMatchObject({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'] })
  })
})

describe("libpq's own words for a host that did not resolve", () => {
  const pytestSetup = (message: string) => [
    'EE                                                                       [100%]',
    '==================================== ERRORS ====================================',
    '_______ ERROR at setup of TestAggregates.test_assigns_aggregates _______',
    `E   sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) ${message}`,
    '_______ ERROR at setup of TestAggregates.test_updates_aggregates _______',
    `E   sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) ${message}`,
    '============================== 2 errors in 0.40s =============================='
  ]
  it('localhost that does not resolve is the runner losing its loopback name: PostgreSQL not reached', () => {
    expect(verdictOf(pytestSetup('could not translate host name "localhost" to address: Name or service not known')))
      .toMatchObject({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'] })
  })
  it('a name that may be mistyped stays with the generic reading of host names', () => {
    expect(verdictOf(pytestSetup('could not translate host name "postgress" to address: Name or service not known')))
      .not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })
})

describe('psycopg2cffi is a PostgreSQL client (chtd/psycopg2cffi: psycopg2 over cffi)', () => {
  const collection = (module: string) => [
    '==================================== ERRORS ====================================',
    '_______ ERROR at setup of TestDatabasePostgresPsycoPG2CFFI.test_create_and_drop _______',
    '/usr/lib/python3/dist-packages/sqlalchemy/dialects/postgresql/psycopg2cffi.py:49: in dbapi',
    `    return __import__("${module}")`,
    `E   ModuleNotFoundError: No module named '${module}'`,
    '============================== 1 error in 0.40s =============================='
  ]
  it('its import failing is the PostgreSQL client missing', () => {
    expect(verdictOf(collection('psycopg2cffi'))).toMatchObject({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'] })
  })
  it('a submodule of it missing is no missing client', () => {
    expect(verdictOf(collection('psycopg2cffi._impl'))).not.toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })
})
