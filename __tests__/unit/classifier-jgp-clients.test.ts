// Java, Go and PHP clients' own words, end to end in the runner's failure block: each line is
// taken from the client's source (definitions.ts and rules/connection.ts cite them), and each has
// a neighbour with the same words where the service was there (a pool exhausted, a handshake refused).
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'
import { ASSERTION_CONTEXT } from '../../src/classify/rules/signs.js'

const surefire = (head: string[], causes: string[], frame: string): string => [
  '[INFO] -------------------------------------------------------',
  '[INFO]  T E S T S',
  '[INFO] -------------------------------------------------------',
  '[INFO] Running com.acme.store.StoreIT',
  '[ERROR] Tests run: 1, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 2.479 s <<< FAILURE! -- in com.acme.store.StoreIT',
  '[ERROR] com.acme.store.StoreIT.savesOrder -- Time elapsed: 2.401 s <<< ERROR!',
  ...head,
  `\tat ${frame}(Source.java:120)`,
  '\tat com.acme.store.Store.save(Store.java:31)',
  '\tat com.acme.store.StoreIT.savesOrder(StoreIT.java:22)',
  ...causes.flatMap(c => [`Caused by: ${c}`, '\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)', '\t... 12 more']),
  '',
  '[INFO] Results:',
  '[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0',
  '[INFO] BUILD FAILURE',
  ''
].join('\n')

const phpunit = (head: string, frame: string): string => [
  'PHPUnit 10.5.20 by Sebastian Bergmann and contributors.',
  '',
  '.E.                                                                 3 / 3 (100%)',
  '',
  'There was 1 error:',
  '',
  '1) Tests\\StoreTest::testSavesOrder',
  head,
  '',
  frame,
  '/app/src/Store.php:31',
  '/app/tests/StoreTest.php:22',
  '',
  'ERRORS!',
  'Tests: 3, Assertions: 2, Errors: 1.',
  ''
].join('\n')

const verdict = (log: string): string => {
  const v = classifyText(log)
  return `${v.classification}/${v.confidence}${v.confidence === 'high' && v.classification === 'infrastructure' ? `/${v.services.join(',')}` : ''}`
}

describe('Java clients that could not reach their service', () => {
  it.each([
    ['Jedis 2 and 3, the pool over a refusal', ['redis.clients.jedis.exceptions.JedisConnectionException: Could not get a resource from the pool'], ['redis.clients.jedis.exceptions.JedisConnectionException: java.net.ConnectException: Connection refused (Connection refused)', 'java.net.ConnectException: Connection refused (Connection refused)'], 'redis.clients.util.Pool.getResource', 'redis']
  ])('%s is infrastructure/high', (_, head, causes, frame, service) => {
    expect(verdict(surefire(head, causes, frame))).toBe(`infrastructure/high/${service}`)
  })

  // A connect that timed out is possible only (attack 27b: nothing local answers that slowly), and ClickHouse's HTTP port is
  // other servers' too: the service is named, the verdict is a look.
  it.each([
    ['PgJDBC, its connect timed out', ['org.postgresql.util.PSQLException: The connection attempt failed.'], ['java.net.SocketTimeoutException: Connect timed out'], 'org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl', 'postgresql'],
    ['the Elasticsearch RestClient, HttpCore\'s connect timeout', ['java.net.ConnectException: Timeout connecting to [localhost/127.0.0.1:9200]'], [], 'org.elasticsearch.client.RestClient.extractAndWrapCause', 'elasticsearch'],
    ['ClickHouse JDBC over Apache HttpClient 5', ['java.sql.SQLException: Connect to http://localhost:8123 [localhost/127.0.0.1] failed: Connection refused'], ['org.apache.hc.client5.http.HttpHostConnectException: Connect to http://localhost:8123 [localhost/127.0.0.1] failed: Connection refused'], 'com.clickhouse.jdbc.SqlExceptionUtils.handle', 'clickhouse']
  ])('%s is infrastructure/ambiguous', (_, head, causes, frame) => {
    expect(verdict(surefire(head, causes, frame))).toBe('infrastructure/ambiguous')
  })

  it.each([
    ['Jedis\'s pool exhausted (a leak)', ['redis.clients.jedis.exceptions.JedisConnectionException: Could not get a resource from the pool'], ['java.util.NoSuchElementException: Timeout waiting for idle object'], 'redis.clients.jedis.util.Pool.getResource'],
    ['HikariCP with every connection handed out', ['java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30001ms (total=10, active=10, idle=0, waiting=2)'], [], 'com.zaxxer.hikari.pool.HikariPool.createTimeoutException'],
    ['a connect timeout to a remote Elasticsearch', ['java.net.ConnectException: Timeout connecting to [search.example.com/93.184.216.34:9200]'], [], 'org.elasticsearch.client.RestClient.extractAndWrapCause'],
    ['the project\'s own HTTP server, refused', ['org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://localhost:8080/api": Connect to http://localhost:8080 [localhost/127.0.0.1] failed: Connection refused'], [], 'org.springframework.web.client.RestTemplate.createResourceAccessException'],
    ['a read that timed out', ['java.net.SocketTimeoutException: Read timed out'], [], 'org.postgresql.core.VisibleBufferedInputStream.readMore']
  ])('%s is not infrastructure/high', (_, head, causes, frame) => {
    expect(verdict(surefire(head, causes, frame))).not.toMatch(/^infrastructure\/high/)
  })
})

describe('PHP clients that could not reach their service', () => {
  it.each([
    ['elastic-transport-php ("seem to be down" is no assertion)', 'Elastic\\Transport\\Exception\\NoNodeAvailableException: No alive nodes. All the 1 nodes seem to be down.', '/app/vendor/elastic/transport/src/Transport.php:328', 'elasticsearch'],
    ['php-amqplib\'s StreamIO', 'PhpAmqpLib\\Exception\\AMQPRuntimeException: Error Connecting to server(111): Connection refused ', '/app/vendor/php-amqplib/php-amqplib/PhpAmqpLib/Wire/IO/StreamIO.php:108', 'rabbitmq'],
    ['php-amqplib\'s SocketIO', 'PhpAmqpLib\\Exception\\AMQPIOException: Error Connecting to server (111): Connection refused', '/app/vendor/php-amqplib/php-amqplib/PhpAmqpLib/Wire/IO/SocketIO.php:85', 'rabbitmq'],
    ['pdo_sqlsrv, nothing on the port', 'PDOException: SQLSTATE[08001]: [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: Error code 0x2749', '/app/src/Db.php:12', 'sqlserver'],
    ['pdo_sqlsrv, the ODBC driver\'s own sentence', 'PDOException: SQLSTATE[08001]: [Microsoft][ODBC Driver 18 for SQL Server]A network-related or instance-specific error has occurred while establishing a connection to SQL Server. Server is not found or not accessible.', '/app/src/Db.php:12', 'sqlserver']
  ])('%s is infrastructure/high', (_, head, frame, service) => {
    expect(verdict(phpunit(head, frame))).toBe(`infrastructure/high/${service}`)
  })

  it.each([
    ['pdo_sqlsrv, the connection reset in its handshake', 'PDOException: SQLSTATE[08001]: [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: Error code 0x2746', '/app/src/Db.php:12'],
    ['php-amqplib, the broker refused the login', 'PhpAmqpLib\\Exception\\AMQPConnectionClosedException: ACCESS_REFUSED - Login was refused using authentication mechanism AMQPLAIN. For details see the broker logfile.(0, 0)', '/app/vendor/php-amqplib/php-amqplib/PhpAmqpLib/Connection/AbstractConnection.php:1017'],
    ['php-rdkafka, every broker connection down (a TLS or SASL handshake too)', 'RdKafka\\Exception: Local: All broker connections are down', '/app/src/Producer.php:20']
  ])('%s is not infrastructure/high', (_, head, frame) => {
    expect(verdict(phpunit(head, frame))).not.toMatch(/^infrastructure\/high/)
  })

  it('reads librdkafka\'s all-brokers-down as only possibly Kafka missing', () => {
    expect(verdict(phpunit('RdKafka\\Exception: Local: All broker connections are down', '/app/src/Producer.php:20'))).toBe('infrastructure/ambiguous')
  })
})

describe('an assertion\'s "to be"', () => {
  it('is an expectation, but a client\'s "seem to be down" is not', () => {
    expect(ASSERTION_CONTEXT.test('AssertionError: expected 3 to be 4')).toBe(true)
    expect(ASSERTION_CONTEXT.test('expect(received).toBe(expected) // expected connection to be closed')).toBe(true)
    expect(ASSERTION_CONTEXT.test('NoNodeAvailableException: No alive nodes. All the 1 nodes seem to be down.')).toBe(false)
    expect(ASSERTION_CONTEXT.test('The server appears to be down')).toBe(false)
  })
})
