// Node.js and .NET clients on realistic runner output: what each says when its service cannot be
// reached (infrastructure/high with the service), and its words when the server answered, or a
// wrapper's over the code's own error (never infrastructure/high). Each message is the client's own
// (the rule's `why` names the source); the classifier-rules test checks the lines alone.
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/classifier.js'

const verdictOf = (text: string) => {
  const v = classifyText(text)
  return { classification: v.classification, confidence: v.confidence, services: [...v.services] }
}

const indent = (lines: string[], n: number) => lines.map(l => ' '.repeat(n) + l).join('\n')

/** Two failing jest tests with the same error, and a passing file. */
const jest = (message: string[], frames: string[]) => ['FAIL test/repo.test.js',
  ...['creates a record', 'reads it back'].map(t => `  ● repository › ${t}\n\n${indent(message, 4)}\n\n${indent(frames, 6)}\n`),
  'PASS test/money.test.js', '', 'Test Suites: 1 failed, 1 passed, 2 total', 'Tests:       2 failed, 4 passed, 6 total', 'Ran all test suites.'].join('\n')

/** A jest file that could not load. */
const jestSuite = (message: string[]) => ['FAIL test/repo.test.ts', '  ● Test suite failed to run', '', indent(message, 4), '',
  '      at Resolver._throwModNotFoundError (node_modules/jest-resolve/build/resolver.js:427:11)', '',
  'PASS test/money.test.ts', '', 'Test Suites: 1 failed, 1 passed, 2 total', 'Tests:       4 passed, 4 total', 'Ran all test suites.'].join('\n')

/** Two failing xUnit tests under dotnet test, with the same error. */
const xunit = (message: string[], frames: string[]) => ['Starting test execution, please wait...', '[xUnit.net 00:00:00.17]   Starting:    App.Tests',
  ...['Saves_order', 'Lists_orders'].map(t => `  Failed App.Tests.RepositoryTests.${t} [61 ms]\n  Error Message:\n${indent(message, 3)}\n  Stack Trace:\n${indent(frames, 5)}\n`),
  '[xUnit.net 00:00:04.41]   Finished:    App.Tests', '', 'Failed!  - Failed:     2, Passed:    42, Skipped:     0, Total:    44, Duration: 3 s - App.Tests.dll (net8.0)'].join('\n')

const high = (service: string) => ({ classification: 'infrastructure', confidence: 'high', services: [service] })
const possible = (_service: string) => ({ classification: 'infrastructure', confidence: 'ambiguous' })
const notHigh = (v: ReturnType<typeof verdictOf>) => expect(`${v.classification}/${v.confidence}`).not.toBe('infrastructure/high')

describe('Node.js clients', () => {
  it('reads a client’s own connect timeout without an address from the client’s frames (mysql2, ioredis), as possible only (attack 27b)', () => {
    expect(verdictOf(jest(['connect ETIMEDOUT'], ['at Connection._handleTimeoutError (node_modules/mysql2/lib/base/connection.js:249:17)']))).toMatchObject(possible('mysql'))
    expect(verdictOf(jest(['connect ETIMEDOUT'], ['at Socket.<anonymous> (node_modules/ioredis/built/Redis.js:170:41)']))).toMatchObject(possible('redis'))
  })

  it('reads MariaDB Connector/Node.js’s socket timeout as possibly the MySQL-protocol service (a connect that timed out, attack 27c)', () => {
    expect(verdictOf(jest(['SqlError: (conn:-1, no: 45012, SQLState: 08S01) Connection timeout: failed to create socket after 1002ms'], ['at Connection.connectTimeoutReached (node_modules/mariadb/lib/connection.js:1162:29)']))).toMatchObject(possible('mysql'))
  })

  it('reads the memcached package’s dead server, and nats.js 3’s refusal as possible only (its words are any ConnectionError’s, attack 27b)', () => {
    expect(verdictOf(jest(['Server at localhost:11211 not available'], ['at Client.memcached.command (node_modules/memcached/lib/memcached.js:312:67)']))).toMatchObject(high('memcached'))
    expect(verdictOf(jest(['ConnectionError: connection refused'], ['at Socket.<anonymous> (node_modules/@nats-io/transport-node/lib/node_transport.js:112:19)']))).toMatchObject({ classification: 'infrastructure', confidence: 'ambiguous' })
  })

  it('a client’s documented entry point not found is the client not installed; a wrong path into it is the code’s', () => {
    expect(verdictOf(jestSuite(["Cannot find module 'mysql2/promise' from 'src/db.ts'"]))).toMatchObject(high('mysql'))
    expect(verdictOf(jestSuite(["Cannot find module 'amqplib/callback_api' from 'src/bus.js'"]))).toMatchObject(high('rabbitmq'))
    expect(verdictOf(jestSuite(["Cannot find module 'mysql2/promises' from 'src/db.ts'"]))).toMatchObject({ classification: 'code' })
  })

  it('kafkajs’s retries exhausted on a broker’s answer is not the broker missing', () => {
    const v = verdictOf(jest(['KafkaJSNonRetriableError', '  Caused by: KafkaJSProtocolError: This server does not host this topic-partition', '',
      '{"level":"ERROR","logger":"kafkajs","message":"[Consumer] Crash: KafkaJSNumberOfRetriesExceeded: This server does not host this topic-partition","retryCount":5}'],
    ['at createErrorFromCode (node_modules/kafkajs/src/protocol/error.js:581:10)']))
    notHigh(v)
    expect(verdictOf(jest(['KafkaJSNonRetriableError', '  Caused by: KafkaJSConnectionError: Connection error: connect ECONNREFUSED 127.0.0.1:9092'], ['at Socket.onError (node_modules/kafkajs/src/network/connection.js:210:23)']))).toMatchObject(high('kafka'))
  })

  it('cassandra-driver’s NoHostAvailableError over an authentication refusal is not the service missing', () => {
    notHigh(verdictOf(jest(['NoHostAvailableError: All host(s) tried for query failed. First host tried, 127.0.0.1:9042: AuthenticationError: Provided username cassandra and/or password are incorrect. See innerErrors.'], ['at ControlConnection._borrowFirstConnection (node_modules/cassandra-driver/lib/control-connection.js:336:15)'])))
    expect(verdictOf(jest(['NoHostAvailableError: All host(s) tried for query failed. First host tried, 127.0.0.1:9042: Error: connect ECONNREFUSED 127.0.0.1:9042. See innerErrors.'], ['at ControlConnection._borrowFirstConnection (node_modules/cassandra-driver/lib/control-connection.js:336:15)']))).toMatchObject(high('cassandra'))
  })

  it('Knex’s acquire timeout is a full pool as likely as a missing database', () => {
    notHigh(verdictOf(jest(['KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?'], ['at Client_PG.acquireConnection (node_modules/knex/lib/client.js:312:26)'])))
  })
})

describe('.NET clients', () => {
  const npgsql = ['at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)', 'at App.Tests.RepositoryTests.InitializeAsync() in /src/tests/App.Tests/RepositoryTests.cs:line 24']
  const wrapper = "System.InvalidOperationException : An exception has been raised that is likely due to a transient failure. Consider enabling transient error resiliency by adding 'EnableRetryOnFailure' to the 'UseNpgsql' call."

  it('reads through EF Core’s transient-failure wrapper to the inner exception', () => {
    expect(verdictOf(xunit([wrapper, '---- Npgsql.NpgsqlException : Failed to connect to 127.0.0.1:5432', '-------- System.Net.Sockets.SocketException : Connection refused'], npgsql))).toMatchObject(high('postgresql'))
    notHigh(verdictOf(xunit([wrapper, '---- Npgsql.PostgresException : 40001: could not serialize access due to concurrent update'], npgsql)))
    notHigh(verdictOf(xunit([wrapper], npgsql)))
  })

  it('reads HttpClient’s refusal by the endpoint it names (Elastic.Transport over HttpClient)', () => {
    const frames = ['at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)']
    expect(verdictOf(xunit(['Elastic.Transport.TransportException : Request failed to execute. Call: Status code unknown from: PUT /orders/_doc/1', '---- System.Net.Http.HttpRequestException : Connection refused (localhost:9200)', '-------- System.Net.Sockets.SocketException : Connection refused'], frames))).toMatchObject(high('elasticsearch'))
    // PostgreSQL speaks no HTTP: an HttpClient refused on 5432 was calling the project's own server.
    notHigh(verdictOf(xunit(['System.Net.Http.HttpRequestException : Connection refused (localhost:5432)', '---- System.Net.Sockets.SocketException : Connection refused'], frames)))
  })
})
