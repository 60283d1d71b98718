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


const high = (service: string) => ({ classification: 'infrastructure', confidence: 'high', services: [service] })
const notHigh = (v: ReturnType<typeof verdictOf>) => expect(`${v.classification}/${v.confidence}`).not.toBe('infrastructure/high')

describe('Node.js clients: words an answering server or the code also gives', () => {
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
