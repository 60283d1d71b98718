// The traps of issue 3, each on a realistic log: failures that mention a connection, a
// missing module or a service, and are still the code's (or at most ambiguous).
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/classifier.js'

const verdictOf = (lines: string[]) => {
  const v = classifyText(lines.join('\n'))
  return { classification: v.classification, confidence: v.confidence, services: [...v.services] }
}

const pytest = (name: string, body: string[], summary: string) => [
  '============================= test session starts ==============================',
  'platform linux -- Python 3.11.7, pytest-8.3.2, pluggy-1.5.0',
  'collected 4 items',
  '',
  'tests/test_app.py ..F.                                                  [100%]',
  '',
  '=================================== FAILURES ===================================',
  `${'_'.repeat(20)} ${name} ${'_'.repeat(20)}`,
  '',
  ...body,
  '=========================== short test summary info ============================',
  summary,
  '========================= 1 failed, 3 passed in 0.42s =========================='
]

describe('traps: not infrastructure/high', () => {
  it('a refusal from the project’s own test server on an ephemeral port is code', () => {
    const log = pytest('test_health', [
      "base_url = 'http://127.0.0.1:38211'",
      '',
      '    def test_health(base_url):',
      ">       assert urllib.request.urlopen(base_url + '/health').read() == b'ok'",
      '/usr/lib/python3.11/urllib/request.py:1351: in do_open',
      '    raise URLError(err)',
      'E   urllib.error.URLError: <urlopen error [Errno 111] Connection refused>'
    ], 'FAILED tests/test_app.py::test_health - urllib.error.URLError: <urlopen error [Errno 111] Connection refused>')
    expect(verdictOf(log)).toMatchObject({ classification: 'code', confidence: 'high' })
  })

  it('a refusal naming a local non-service port is code (node)', () => {
    const log = ['  ● api › GET /health', '', '    connect ECONNREFUSED 127.0.0.1:41873', '', '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)', '', 'Tests:       1 failed, 5 passed, 6 total']
    expect(verdictOf(log)).toMatchObject({ classification: 'code', confidence: 'high' })
  })

  it('"Connection refused" inside an assertion message is code', () => {
    const log = ['  ● client › reports a refused connection', '', '    expect(received).toBe(expected) // Object.is equality', '', '    Expected: "Connection refused by upstream"', '    Received: "connection refused"', '', '      12 |     expect(err.message).toBe("Connection refused by upstream")']
    expect(verdictOf(log)).toMatchObject({ classification: 'code', confidence: 'high' })
  })

  it('a test that expects a connection error and fails on its type is code', () => {
    const log = pytest('test_reports_refused', [
      '    def test_reports_refused():',
      '        with pytest.raises(ServiceUnavailable):',
      ">           client.fetch('http://localhost:5432/')",
      'E           ConnectionRefusedError: [Errno 111] Connection refused'
    ], 'FAILED tests/test_app.py::test_reports_refused - ConnectionRefusedError: [Errno 111] Connection refused')
    expect(verdictOf(log)).toMatchObject({ classification: 'code', confidence: 'high' })
  })

  it('a missing submodule of an installed client is code', () => {
    const log = pytest('ERROR collecting tests/test_cache.py', ['tests/test_cache.py:3: in <module>', '    from redis._compat import nativestr', "E   ModuleNotFoundError: No module named 'redis._compat'"], "ERROR tests/test_cache.py - ModuleNotFoundError: No module named 'redis._compat'")
    expect(verdictOf(log)).toMatchObject({ classification: 'code', confidence: 'high' })
  })

  it('a missing module of the project itself is code', () => {
    const log = pytest('ERROR collecting tests/test_orders.py', ['tests/test_orders.py:1: in <module>', '    from shop.orders.models import Order', "E   ModuleNotFoundError: No module named 'shop.orders'"], "ERROR tests/test_orders.py - ModuleNotFoundError: No module named 'shop.orders'")
    expect(verdictOf(log)).toMatchObject({ classification: 'code', confidence: 'high' })
    expect(verdictOf(["Error: Cannot find module './db/pool'", "Require stack:", "- /app/src/server.js"])).toMatchObject({ classification: 'code', confidence: 'high' })
    expect(verdictOf(["Error: Cannot find module 'pg/lib/native'"])).toMatchObject({ classification: 'code', confidence: 'high' })
  })

  it('only the client package itself missing counts', () => {
    expect(verdictOf(["Error: Cannot find module 'pg'", 'Require stack:', '- /app/src/db.js'])).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'] })
    expect(verdictOf(["E   ModuleNotFoundError: No module named 'redis'"])).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
  })

  it('a remote third-party host on the public internet is at most ambiguous', () => {
    const log = ['  1) payments', '       charges a card:', '     Error: connect ECONNREFUSED 54.187.216.72:443', '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)']
    expect(verdictOf(log).confidence).not.toBe('high')
    expect(verdictOf(['E   requests.exceptions.ConnectionError: HTTPSConnectionPool(host=\'api.stripe.com\', port=443): Max retries exceeded']).confidence).not.toBe('high')
    expect(verdictOf(["Error: getaddrinfo ENOTFOUND api.github.com"]).confidence).not.toBe('high')
  })

  it('retries that log "refused" and then succeed, followed by a different final error, are not infrastructure', () => {
    const log = [
      'WARN  worker: attempt 1/5: connect ECONNREFUSED 127.0.0.1:5672, retrying in 300ms',
      'WARN  worker: attempt 2/5: connect ECONNREFUSED 127.0.0.1:5672, retrying in 300ms',
      'INFO  worker: connected to amqp://127.0.0.1:5672 on attempt 3',
      '  ● worker › acknowledges a message',
      '',
      '    TypeError: Cannot read properties of undefined (reading \'ack\')',
      '',
      '      at Worker.handle (src/worker.js:41:17)'
    ]
    expect(verdictOf(log)).toMatchObject({ classification: 'code', confidence: 'high' })
    // With a final error no rule knows, the retries alone are still not enough.
    expect(verdictOf([log[0] as string, log[1] as string, log[2] as string, 'Error: job 7 was not processed']).confidence).not.toBe('high')
  })

  it('one test failing on an assertion makes the run code even when another failed on a missing service', () => {
    const log = pytest('test_orders_saved', [
      'E   psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused',
      `${'_'.repeat(20)} test_total ${'_'.repeat(20)}`,
      '>       assert total([1, 2]) == 4',
      'E       assert 3 == 4'
    ], 'FAILED tests/test_app.py::test_total - assert 3 == 4')
    const v = classifyText(log.join('\n'))
    expect(v.classification).toBe('code')
    expect(v.tests.map(t => [t.name, t.classification])).toEqual([['test_orders_saved', 'infrastructure'], ['test_total', 'code']])
    expect(v.explanation).toContain('test_total')
  })

  it('a test whose failure no rule explains keeps the run from infrastructure/high', () => {
    const log = [
      '--- FAIL: TestStore (0.01s)',
      '    store_test.go:21: dial tcp 127.0.0.1:5432: connect: connection refused',
      '--- FAIL: TestRender (0.00s)',
      '    render_test.go:9: unexpected end of template',
      'FAIL',
      'FAIL\texample.com/app\t0.02s'
    ]
    const v = classifyText(log.join('\n'))
    expect(v.confidence).not.toBe('high')
    expect(v.tests.find(t => t.name === 'TestRender')).toMatchObject({ outcome: 'unexplained', ruleId: 'test.unexplained-error' })
  })
})

describe('traps: noisy but real infrastructure', () => {
  it('reads through ANSI colour codes, CRLF and timestamp prefixes', () => {
    const log = [
      '2026-11-22T09:14:04.1540000Z \u001b[31m\u001b[1mE       redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.\u001b[0m\r'
    ]
    expect(verdictOf(log)).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
  })

  it('reads localised messages', () => {
    expect(verdictOf(['psycopg2.OperationalError: could not connect to server: Connexion refusée', '\tIs the server running on host "localhost" (127.0.0.1) and accepting', '\tTCP/IP connections on port 5432?'])).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'] })
    expect(verdictOf(['  File "/usr/lib/python3/dist-packages/psycopg2/__init__.py", line 122, in connect', 'psycopg2.OperationalError: connection to server at "localhost" (::1), port 5432 failed: Verbindungsaufbau abgelehnt'])).toMatchObject({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'] })
  })

  it('finds the decisive lines far from the end of a very long log', () => {
    const lines: string[] = ['  ● cache › stores a value', '', '    connect ECONNREFUSED 127.0.0.1:6379', '']
    for (let i = 0; i < 200_000; i++) lines.push(`    debug: tick ${i} queue=${i % 17} state=idle`)
    expect(verdictOf(lines)).toEqual({ classification: 'infrastructure', confidence: 'high', services: ['redis'] })
  })

  it('is not thrown by a line of megabytes', () => {
    const log = ['x'.repeat(3_000_000), 'Error: connect ECONNREFUSED 127.0.0.1:5432', `${'Connection refused '.repeat(100_000)}`]
    expect(verdictOf(log)).toMatchObject({ classification: 'infrastructure', services: ['postgresql'] })
  })
})
