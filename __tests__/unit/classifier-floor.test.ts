// The floor rules of docs/design.md, each on its own line and in a realistic traceback.
import { describe, expect, it } from 'vitest'
import { classifyText, LogClassifier } from '../../src/classify/classifier.js'

const verdictOf = (log: string) => {
  const v = classifyText(log)
  return { classification: v.classification, confidence: v.confidence, services: v.services }
}

describe('floor rules', () => {
  it.each([
    ['psycopg2.OperationalError: could not connect to server: Connection refused\n\tIs the server running on host "localhost" (127.0.0.1) and accepting\n\tTCP/IP connections on port 5432?', ['postgresql']],
    ['sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "127.0.0.1", port 5432 failed: Connection refused', ['postgresql']],
    ['redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.', ['redis']],
    ["pymongo.errors.ServerSelectionTimeoutError: localhost:27017: [Errno 111] Connection refused, Timeout: 30s", ['mongodb']],
    ['Error: connect ECONNREFUSED 127.0.0.1:5432', ['postgresql']],
    ['dial tcp 127.0.0.1:6379: connect: connection refused', ['redis']],
    ['org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.', ['postgresql']]
  ])('a refused local service is infrastructure/high: %s', (log, services) => {
    expect(verdictOf(log)).toEqual({ classification: 'infrastructure', confidence: 'high', services })
  })

  it.each(['psycopg2', 'asyncpg', 'pymongo', 'redis', 'psycopg', 'sqlalchemy', 'motor', 'aioredis', 'cassandra'])('a missing %s is infrastructure/high', module => {
    expect(verdictOf(`ModuleNotFoundError: No module named '${module}'`)).toMatchObject({ classification: 'infrastructure', confidence: 'high' })
    expect(verdictOf(`ImportError: No module named ${module}`)).toMatchObject({ classification: 'infrastructure', confidence: 'high' })
  })

  // The floor holds literally (docs/design.md, "Service attribution"): a bare refusal with nothing
  // else wrong is infrastructure/high with no service; the decision attributes it to the declaration.
  it('calls a bare ConnectionRefusedError that names no service infrastructure/high, service empty', () => {
    expect(verdictOf('ConnectionRefusedError: [Errno 111] Connection refused')).toEqual({ classification: 'infrastructure', confidence: 'high', services: [] })
    const traceback = ['Traceback (most recent call last):', '  File "/app/db.py", line 3, in <module>', '    s.connect(("localhost", 5433))', 'ConnectionRefusedError: [Errno 111] Connection refused']
    expect(verdictOf(traceback.join('\n'))).toEqual({ classification: 'infrastructure', confidence: 'high', services: [] })
  })

  it("keeps No module named 'requests' ambiguous", () => {
    expect(verdictOf("ModuleNotFoundError: No module named 'requests'")).toEqual({ classification: 'infrastructure', confidence: 'ambiguous', services: [] })
  })

  it("promotes No module named 'sqlalchemy' to high, naming the SQL family any declared database satisfies", () => {
    expect(verdictOf("E   ModuleNotFoundError: No module named 'sqlalchemy'")).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['sql'] })
  })

  it('calls anything else code', () => {
    expect(verdictOf('FAILED tests/test_math.py::test_add - assert 3 == 4')).toMatchObject({ classification: 'code' })
    expect(verdictOf('something went wrong')).toEqual({ classification: 'code', confidence: 'ambiguous', services: [] })
  })

  it('names the service of a bare ConnectionRefusedError from the traceback around it', () => {
    const log = [
      '  File "/usr/lib/python3/dist-packages/redis/connection.py", line 707, in connect',
      '    sock = self.retry.call_with_retry(',
      'ConnectionRefusedError: [Errno 111] Connection refused'
    ].join('\n')
    expect(verdictOf(log)).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
  })

  it('looks ahead for the service when the refusal comes first', () => {
    const log = ['java.net.ConnectException: Connection refused', '\tat java.base/sun.nio.ch.Net.connect0(Native Method)', '\tat org.postgresql.core.PGStream.createSocket(PGStream.java:243)'].join('\n')
    expect(verdictOf(log).services).toEqual(['postgresql'])
  })

  it('records evidence with rule ids and line numbers', () => {
    const c = new LogClassifier()
    c.push('collected 3 items')
    c.push('tests/test_db.py F')
    c.push("E   psycopg2.OperationalError: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: Connection refused")
    const v = c.result()
    expect(v.ruleId).toBe('postgresql.libpq.server-at')
    expect(v.evidence[0]).toMatchObject({ line: 3, ruleId: 'postgresql.libpq.server-at', service: 'postgresql' })
  })
})
