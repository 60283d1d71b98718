// Every rule of the knowledge base: an example line it must recognise (through the classifier,
// so the cheap pre-filter is covered too), and proof that no pattern backtracks catastrophically.
//
// Why not a timed assertion: speed is the benchmark's business. Catastrophic backtracking is
// caught two ways instead: structurally (no quantified group contains a quantifier, the shape
// every exponential regex has), and by running each pattern on ~1 MB adversarial lines in a
// worker, with a wall-clock guard of minutes that only a runaway pattern can reach; the test
// then names it. (In production no pattern ever sees more than normalise.ts's 4 KiB window.)
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/classifier.js'
import { ALL_RULES, ASSERTION_CONTEXT, RETRY_CONTEXT, SERVICE_HINTS, TEST_TIMEOUT } from '../../src/classify/knowledge-base.js'
import { BOUNDARIES, PARENT_MARKER, UNINFORMATIVE } from '../../src/classify/failures.js'

const EXAMPLES: Record<string, string> = {
  'postgresql.libpq.server-at': 'psycopg.OperationalError: connection to server at "127.0.0.1", port 5432 failed: Connection refused',
  'postgresql.libpq.socket': 'PG::ConnectionBad: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: No such file or directory',
  'postgresql.libpq.could-not-connect': 'psycopg2.OperationalError: could not connect to server: Connection refused',
  'postgresql.ruby.connection-bad': 'ActiveRecord::ConnectionNotEstablished: PG::ConnectionBad',
  'postgresql.jdbc.refused': 'org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct',
  'postgresql.npgsql': 'Npgsql.NpgsqlException : Failed to connect to 127.0.0.1:5432',
  'postgresql.asyncpg': 'asyncpg.exceptions.CannotConnectNowError: the database system is starting up',
  'mysql.cant-connect': "pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'localhost' ([Errno 111] Connection refused)\")",
  'mysql.jdbc.link-failure': 'com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure',
  'mysql.mariadb-jdbc': 'java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=localhost)(port=3306)(type=master) : Connection refused',
  'mysql.dotnet': 'MySqlConnector.MySqlException : Unable to connect to any of the specified MySQL hosts.',
  'redis.py.connecting': 'redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.',
  'redis.ioredis.max-retries': 'MaxRetriesPerRequestError: Reached the max retries per request limit (which is 20). Refer to "maxRetriesPerRequest" option for details.',
  'redis.ruby.cannot-connect': 'Redis::CannotConnectError: Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)',
  'redis.jedis': 'redis.clients.jedis.exceptions.JedisConnectionException: Failed to connect to any host resolved for DNS name.',
  'redis.lettuce': 'io.lettuce.core.RedisConnectionException: Unable to connect to localhost/<unresolved>:6379',
  'redis.stackexchange': 'StackExchange.Redis.RedisConnectionException : It was not possible to connect to the redis server(s). UnableToConnect on localhost:6379/Interactive',
  'mongodb.server-selection': 'pymongo.errors.ServerSelectionTimeoutError: localhost:27017: [Errno 111] Connection refused',
  'memcached.unreachable': 'Dalli::RingError: No server available',
  'rabbitmq.unreachable': 'pika.exceptions.AMQPConnectionError',
  'kafka.unreachable': 'kafka.errors.NoBrokersAvailable: NoBrokersAvailable',
  'elasticsearch.unreachable': "elasticsearch.exceptions.ConnectionError: ConnectionError(<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused)",
  'sqlserver.unreachable': 'com.microsoft.sqlserver.jdbc.SQLServerException: The TCP/IP connection to the host localhost, port 1433 has failed.',
  'docker.daemon.cli': 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
  'docker.daemon.docker-py': "docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))",
  'docker.testcontainers': 'java.lang.IllegalStateException: Could not find a valid Docker environment. Please see logs and check configuration',
  'network.connect-refused.endpoint': 'Error: connect ECONNREFUSED 127.0.0.1:27017',
  'network.connect-refused.ruby': 'Errno::ECONNREFUSED: Connection refused - connect(2) for "127.0.0.1" port 5672',
  'network.connect-refused.http-pool': "urllib3.exceptions.MaxRetryError: HTTPConnectionPool(host='localhost', port=9200): Max retries exceeded with url: /",
  'network.connect-refused.kafka-node': '[Producer clientId=producer-1] Connection to node -1 (localhost/127.0.0.1:9092) could not be established. Broker may not be available.',
  'network.connection-refused.python': '  File "/usr/lib/python3/dist-packages/pymemcache/client/base.py", line 270, in _connect\nConnectionRefusedError: [Errno 111] Connection refused',
  'network.connection-refused.generic': 'Caused by: java.net.ConnectException: Connection refused\n\tat org.postgresql.core.PGStream.createSocket(PGStream.java:243)',
  'network.failed-to-connect.endpoint': 'ConnectionError: Failed to connect to localhost:1433 - Could not connect (sequence)',
  'network.unix-socket.missing': 'Cannot connect: dial unix /var/run/docker.sock: connect: no such file or directory',
  'network.database-operational-error': 'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) FATAL: could not open connection to postgres://localhost/app',
  'network.dns.service-host': 'Error: getaddrinfo ENOTFOUND postgres',
  'network.dns.unnamed-host': '  File "/usr/lib/python3/dist-packages/pika/adapters/utils/selector_ioloop_adapter.py", line 565, in _resolve\nsocket.gaierror: [Errno -2] Name or service not known',
  'tool.missing': 'scripts/test.sh: line 3: psql: command not found',
  'module.python.missing': "ModuleNotFoundError: No module named 'asyncpg'",
  'module.python.libpq': 'ImportError: libpq.so.5: cannot open shared object file: No such file or directory',
  'module.npm.missing': "Error: Cannot find module 'mysql2'",
  'module.ruby.missing': "LoadError: cannot load such file -- redis",
  'module.java.jdbc-driver': 'java.sql.SQLException: No suitable driver found for jdbc:postgresql://localhost:5432/app',
  'module.java.class-not-found': 'java.lang.ClassNotFoundException: com.mysql.cj.jdbc.Driver',
  'code.assertion.python': 'E       AssertionError: totals differ',
  'code.assertion.jest': '    Expected: 4',
  'code.assertion.node': 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:',
  'code.assertion.java': 'org.opentest4j.AssertionFailedError: expected: <4> but was: <3>',
  'code.assertion.go': '        Error:      \tNot equal: ',
  'code.assertion.expected-got': 'test_total ... FAIL: expected 30, got 29',
  'code.assertion.rust': "thread 'tests::sum' panicked at src/lib.rs:12:9:\nassertion `left == right` failed",
  'code.service-rejected-client': 'E   psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: FATAL:  password authentication failed for user "shop"',
  'code.assertion.expected-value': '       expected: 4\n            got: 3',
  'code.assertion.dotnet': 'Assert.Equal() Failure: Values differ',
  'code.expects-error': '        with pytest.raises(ValueError):',
  'code.runtime-error': "TypeError: Cannot read properties of undefined (reading 'id')",
  'code.compile-error': 'src/app.ts(3,7): error TS2322: Type \'string\' is not assignable to type \'number\'.',
  'code.panic': 'panic: runtime error: invalid memory address or nil pointer dereference'
}

describe('knowledge base', () => {
  it('has unique rule ids, each with a title, a reason and an example', () => {
    const ids = ALL_RULES.map(r => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of ALL_RULES) {
      expect(rule.title, rule.id).not.toBe('')
      expect(rule.why, rule.id).not.toBe('')
    }
    expect(ids.filter(id => !(id in EXAMPLES))).toEqual([])
  })

  it.each(ALL_RULES.map(r => [r.id, r] as const))('recognises its example: %s', id => {
    const v = classifyText(EXAMPLES[id] as string)
    expect(v.evidence.map(e => e.ruleId)).toContain(id)
  })
})

// Every pattern the classifier runs on log lines.
const PATTERNS: { id: string; pattern: RegExp }[] = [
  ...ALL_RULES.map(r => ({ id: r.id, pattern: r.pattern })),
  ...BOUNDARIES.map((b, i) => ({ id: `boundary.${b.runner}.${b.event}.${i}`, pattern: b.pattern })),
  ...SERVICE_HINTS.map(h => ({ id: `hint.${h.service}`, pattern: h.pattern })),
  { id: 'assertion-context', pattern: ASSERTION_CONTEXT },
  { id: 'retry-context', pattern: RETRY_CONTEXT },
  { id: 'test-timeout', pattern: TEST_TIMEOUT },
  { id: 'parent-marker', pattern: PARENT_MARKER },
  { id: 'uninformative', pattern: UNINFORMATIVE }
]

/**
 * Quantified groups that contain a quantifier, `(a+)+`, `(\w+\s?)*`: the shape of every
 * exponential backtracking regex. `?` outside (at most once) and bounded `{0,1}` are harmless.
 */
function nestedQuantifiers(source: string): string[] {
  const found: string[] = []
  const stack: { start: number; quantified: boolean }[] = []
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      continue
    }
    if (c === '[') inClass = true
    else if (c === '(') stack.push({ start: i, quantified: false })
    else if (c === '*' || c === '+' || (c === '{' && /^\{\d+,?\d*\}/.test(source.slice(i)))) {
      const top = stack[stack.length - 1]
      if (top) top.quantified = true
    } else if (c === ')') {
      const group = stack.pop()
      const after = source.slice(i + 1)
      const repeats = /^(?:[*+]|\{\d+,(?:\d*)\})/.exec(after)
      const bounded = repeats && /^\{\d+,(\d+)\}/.exec(repeats[0])
      const many = repeats && !(bounded && Number(bounded[1]) <= 1)
      if (group && group.quantified && many) found.push(source.slice(group.start, i + 1 + (repeats?.[0].length ?? 0)))
      const parent = stack[stack.length - 1]
      if (parent && group && (group.quantified || repeats)) parent.quantified = true
    }
  }
  return found
}

describe('patterns cannot backtrack catastrophically', () => {
  it('finds nested quantifiers when they are there (the analysis works)', () => {
    expect(nestedQuantifiers(String.raw`(a+)+b`)).toEqual(['(a+)+'])
    expect(nestedQuantifiers(String.raw`(?:\w+\s?)*$`)).toHaveLength(1)
    expect(nestedQuantifiers(String.raw`(?:\.\d+)?x`)).toEqual([])
  })

  it.each(PATTERNS.map(p => [p.id, p.pattern] as const))('%s has no quantified group containing a quantifier', (_id, pattern) => {
    expect(nestedQuantifiers(pattern.source)).toEqual([])
  })

  it('every pattern returns on adversarial 1 MB lines', async () => {
    const patterns = PATTERNS.map(p => ({ id: p.id, source: p.pattern.source, flags: p.pattern.flags }))
    const worker = new Worker(new URL('./helpers/adversarial-worker.mjs', import.meta.url), { workerData: { patterns } })
    const done = new Set<string>()
    let running = ''
    const outcome = await new Promise<string>(resolve => {
      // A guard, not a measurement: linear patterns finish in seconds; a runaway one never does.
      const guard = setTimeout(() => resolve(`still running after 240 s: ${running}`), 240_000)
      worker.on('message', (m: { id?: string; state: string }) => {
        if (m.state === 'start') running = m.id as string
        if (m.state === 'done') done.add(m.id as string)
        if (m.state === 'finished') {
          clearTimeout(guard)
          resolve('finished')
        }
      })
      worker.on('error', error => {
        clearTimeout(guard)
        resolve(`worker failed: ${error.message}`)
      })
    })
    await worker.terminate()
    expect(outcome).toBe('finished')
    expect(done.size).toBe(patterns.length)
  }, 300_000)
})
