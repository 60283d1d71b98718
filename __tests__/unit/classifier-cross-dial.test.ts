// A service's client that dialled another service's host name (a setting copied from the wrong
// service, or host and database swapped in a DSN) shows no outage of its own service for sure:
// on its own line, and for the rest of the run, where the same client fails naming no host.
// Each case beside its counter-example: the same client at its own service's host name.
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/classifier.js'

const verdictOf = (lines: string[]) => {
  const v = classifyText(lines.join('\n'))
  return { classification: v.classification, confidence: v.confidence, services: [...v.services] }
}

const minitest = (error: string) => [
  'Run options: --seed 11900',
  '',
  '# Running:',
  '',
  'E',
  '',
  'Finished in 0.000833s, 1200.0106 runs/s, 0.0000 assertions/s.',
  '',
  '  1) Error:',
  'TotalsCacheTest#test_remembers_a_total:',
  error,
  "    /usr/share/rubygems-integration/all/gems/redis-4.8.0/lib/redis/client.rb:398:in `rescue in establish_connection'",
  "    /usr/share/rubygems-integration/all/gems/redis-4.8.0/lib/redis/client.rb:379:in `establish_connection'",
  "    test/totals_cache_test.rb:6:in `test_remembers_a_total'",
  '',
  '1 runs, 0 assertions, 0 failures, 1 errors, 0 skips'
]

const mochaIoredis = (host: string) => [
  '',
  '  cache',
  ...Array.from({ length: 3 }, () => [`[ioredis] Unhandled error event: Error: getaddrinfo EAI_AGAIN ${host}`, '    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:122:26)']).flat(),
  '    1) remembers a total',
  '',
  '',
  '  0 passing (180ms)',
  '  1 failing',
  '',
  '  1) cache',
  '       remembers a total:',
  '     MaxRetriesPerRequestError: Reached the max retries per request limit (which is 2). Refer to "maxRetriesPerRequest" option for details.',
  '      at Socket.<anonymous> (/app/node_modules/ioredis/built/redis/event_handler.js:207:37)',
  '      at Object.onceWrapper (node:events:639:26)',
  ''
]

const goTest = (message: string) => [
  '=== RUN   TestCount',
  `    store_test.go:12: store: open: ${message}`,
  '--- FAIL: TestCount (0.00s)',
  'FAIL',
  'FAIL\tgithub.com/acme/orders/store\t0.003s',
  'FAIL'
]

describe('a client that dialled another service’s host name', () => {
  it('redis-rb naming postgres:6379 as the endpoint it could not reach is not sure Redis missing', () => {
    expect(verdictOf(minitest('Redis::CannotConnectError: Error connecting to Redis on postgres:6379 (SocketError)'))).toMatchObject({ classification: 'infrastructure', confidence: 'ambiguous' })
  })

  it('counter-examples: redis-rb at redis:6379 or at localhost:6379 is Redis missing', () => {
    expect(verdictOf(minitest('Redis::CannotConnectError: Error connecting to Redis on redis:6379 (SocketError)'))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
    expect(verdictOf(minitest('Redis::CannotConnectError: Error connecting to Redis on localhost:6379 (Errno::ECONNREFUSED)'))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
  })

  it('redis-rb at a compound name for another service (`postgres-db:6379`) is not sure Redis missing (attack 29a)', () => {
    expect(verdictOf(minitest('Redis::CannotConnectError: Error connecting to Redis on postgres-db:6379 (SocketError)'))).toMatchObject({ classification: 'infrastructure', confidence: 'ambiguous' })
    expect(verdictOf(minitest('Redis::CannotConnectError: Error connecting to Redis on mysql_primary:6379 (Errno::ECONNREFUSED)'))).toMatchObject({ classification: 'infrastructure', confidence: 'ambiguous' })
  })

  it('counter-example: a compound name for Redis itself (`redis-master.ci`) that did not resolve is Redis missing', () => {
    expect(verdictOf(minitest('Redis::CannotConnectError: Error connecting to Redis on redis-master.ci:6379 (SocketError)'))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
  })

  it('redis-rb given its URL as the host (`redis://localhost:6379/1:6379`) is no outage at all (attack 29a)', () => {
    expect(verdictOf(minitest('Redis::CannotConnectError: Error connecting to Redis on redis://localhost:6379/1:6379 (SocketError)'))).toMatchObject({ classification: 'code' })
  })

  it('redis-rb: a misspelt host, an address the code built wrong, a timeout are not sure Redis missing; localhost unresolved is', () => {
    expect(verdictOf(minitest('Redis::CannotConnectError: Error connecting to Redis on redsi:6379 (SocketError)'))).not.toMatchObject({ confidence: 'high' })
    expect(verdictOf(minitest('Redis::CannotConnectError: Error connecting to Redis on 127.0.0.1:6379 (Errno::EINVAL)'))).toMatchObject({ classification: 'code' })
    expect(verdictOf(minitest('Redis::CannotConnectError: Error connecting to Redis on 127.0.0.1:6379 (Redis::TimeoutError)'))).not.toMatchObject({ confidence: 'high' })
    expect(verdictOf(minitest('Redis::CannotConnectError: Error connecting to Redis on localhost:6379 (SocketError)'))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
  })

  it('a source file and line on the client’s line is no endpoint (`postgres.rb:10` beside a Redis refusal)', () => {
    const line = "/app/lib/postgres.rb:10:in `store': Error connecting to Redis on localhost:6379 (Errno::ECONNREFUSED) (Redis::CannotConnectError)"
    expect(verdictOf(minitest(line))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
  })

  it('ioredis logging `getaddrinfo EAI_AGAIN postgres`, then failing with MaxRetriesPerRequestError, is not sure Redis missing', () => {
    const v = classifyText(mochaIoredis('postgres').join('\n'))
    expect({ classification: v.classification, confidence: v.confidence }).toEqual({ classification: 'infrastructure', confidence: 'ambiguous' })
    expect(v.explanation).toMatch(/redis client dialled another service's host name \(line 3\)/)
  })

  it('counter-example: ioredis failing to resolve `redis` is Redis missing', () => {
    expect(verdictOf(mochaIoredis('redis'))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
  })
})

describe('connection settings printed beside a lookup that failed', () => {
  it('pgx’s `host=postgres ... database=localhost` (host and database swapped in the DSN) is not sure PostgreSQL missing', () => {
    const message = 'failed to connect to `host=postgres user=postgres database=localhost`: hostname resolving error (lookup postgres on 10.255.255.53:53: dial udp 10.255.255.53:53: connect: network is unreachable)'
    expect(verdictOf(goTest(message))).toMatchObject({ classification: 'infrastructure', confidence: 'ambiguous' })
  })

  it('counter-example: the same lookup under settings that hold no loopback name is PostgreSQL missing', () => {
    const message = 'failed to connect to `host=postgres user=postgres database=orders`: hostname resolving error (lookup postgres on 10.255.255.53:53: dial udp 10.255.255.53:53: connect: network is unreachable)'
    expect(verdictOf(goTest(message))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'] })
  })

  it('counter-example: a user or database merely starting with a loopback name is no swap (`database=localhost_orders`)', () => {
    const message = 'failed to connect to `host=postgres user=app database=localhost_orders`: hostname resolving error (lookup postgres on 10.255.255.53:53: no such host)'
    expect(verdictOf(goTest(message))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'] })
  })
})

describe('a pool’s JDBC driver lookup', () => {
  const junit = (cause: string) => [
    'JUnit version 4.13.2',
    '.E',
    'Time: 0.412',
    'There was 1 failure:',
    '1) testCount(com.acme.OrdersTest)',
    `java.lang.RuntimeException: ${cause}`,
    '	at com.zaxxer.hikari.util.DriverDataSource.<init>(DriverDataSource.java:110)',
    '	at com.acme.OrdersTest.testCount(OrdersTest.java:21)',
    'Caused by: java.sql.SQLException: No suitable driver',
    '	at java.sql/java.sql.DriverManager.getDriver(DriverManager.java:299)',
    '',
    'FAILURES!!!',
    'Tests run: 1,  Failures: 1',
    ''
  ]

  it('HikariCP’s `Failed to get driver instance` is only possibly a missing driver (an installed one refuses a URL built wrong: attack 29a)', () => {
    expect(verdictOf(junit('Failed to get driver instance for jdbcUrl=jdbc:postgresql://localhost:null/orders'))).toMatchObject({ classification: 'infrastructure', confidence: 'ambiguous' })
  })

  it('a URL without the `:` after its protocol, or with it in capitals, is the code’s, not a missing driver (attacks 29b, 29c)', () => {
    expect(verdictOf(junit('java.sql.SQLException: No suitable driver found for jdbc:postgresql//localhost:5432/orders'))).not.toMatchObject({ confidence: 'high', classification: 'infrastructure' })
    expect(verdictOf(junit('java.sql.SQLException: No suitable driver found for jdbc:POSTGRESQL://localhost:5432/orders'))).not.toMatchObject({ confidence: 'high', classification: 'infrastructure' })
  })

  it('counter-example: DriverManager’s own `No suitable driver found for jdbc:postgresql` stays a missing driver', () => {
    expect(verdictOf(junit('java.sql.SQLException: No suitable driver found for jdbc:postgresql://localhost:5432/orders'))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'] })
  })
})

describe('names that are no host (attack 29b)', () => {
  it('a variable’s or setting’s name given as the host is not sure the service missing (`redis_host`, `POSTGRES_HOST`)', () => {
    expect(verdictOf(minitest('Redis::CannotConnectError: Error connecting to Redis on redis_host:6379 (SocketError)'))).not.toMatchObject({ confidence: 'high' })
    expect(verdictOf(goTest('failed to connect to `host=POSTGRES_HOST user=postgres database=orders`: hostname resolving error (lookup POSTGRES_HOST on 10.255.255.53:53: no such host)'))).not.toMatchObject({ confidence: 'high' })
  })

  it('a name ending in a number or a reserved top-level name is no service’s host (`redis.6379`, `redis.invalid`)', () => {
    expect(verdictOf(minitest('Redis::CannotConnectError: Error connecting to Redis on redis.6379:6379 (SocketError)'))).not.toMatchObject({ confidence: 'high' })
    expect(verdictOf(minitest('Redis::CannotConnectError: Error connecting to Redis on redis.invalid:6379 (SocketError)'))).not.toMatchObject({ confidence: 'high' })
  })

  it('counter-examples: a service host name with a role (`postgres-primary`) or inside a domain (`redis.ci.internal`) is the service’s', () => {
    expect(verdictOf(goTest('failed to connect to `host=postgres-primary user=app database=orders`: hostname resolving error (lookup postgres-primary on 10.255.255.53:53: no such host)'))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'] })
    expect(verdictOf(minitest('Redis::CannotConnectError: Error connecting to Redis on redis.ci.internal:6379 (SocketError)'))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
  })

  const pytest = (error: string) => [
    '============================= test session starts ==============================',
    'collected 1 item',
    '',
    'tests/test_cache.py F                                                    [100%]',
    '',
    '=================================== FAILURES ===================================',
    '__________________________________ test_get ___________________________________',
    `E   ${error}`,
    '=========================== short test summary info ============================',
    `FAILED tests/test_cache.py::test_get - ${error}`,
    '============================== 1 failed in 0.05s ==============================='
  ]

  it('getaddrinfo errors that are no lookup (`Servname not supported`, `ai_family not supported`) are the code’s settings, even at localhost (attack 29c)', () => {
    expect(verdictOf(pytest(`pymysql.err.OperationalError: (2003, "Can't connect to MySQL server on 'localhost' ([Errno -8] Servname not supported for ai_socktype)")`))).not.toMatchObject({ confidence: 'high', classification: 'infrastructure' })
    expect(verdictOf(pytest('redis.exceptions.ConnectionError: Error -6 connecting to localhost:6379. ai_family not supported.'))).not.toMatchObject({ confidence: 'high', classification: 'infrastructure' })
  })

  it('a role host with a number for a label (`redis-master.6379`) is no host; a URL given as the host is the code’s (attack 29c)', () => {
    expect(verdictOf(pytest('redis.exceptions.ConnectionError: Error -3 connecting to redis-master.6379:6379. Temporary failure in name resolution.'))).not.toMatchObject({ confidence: 'high', classification: 'infrastructure' })
    expect(verdictOf(pytest('redis.exceptions.ConnectionError: Error -2 connecting to redis://localhost:6379/0:6379. Name or service not known.'))).toMatchObject({ classification: 'code', confidence: 'high' })
  })

  it('redis-py’s lookup failures are read as lookups: a setting’s name is not sure, Redis’s host and localhost are', () => {
    expect(verdictOf(pytest('redis.exceptions.ConnectionError: Error -2 connecting to REDIS_HOST:6379. Name or service not known.'))).not.toMatchObject({ confidence: 'high' })
    expect(verdictOf(pytest('redis.exceptions.ConnectionError: Error -2 connecting to redis:6379. Name or service not known.'))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
    expect(verdictOf(pytest('redis.exceptions.ConnectionError: Error -3 connecting to localhost:6379. Temporary failure in name resolution.'))).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
  })
})
