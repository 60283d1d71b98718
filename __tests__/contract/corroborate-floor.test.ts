// The floor's known exceptions (__fixtures__/corpus/floor.json, `known_dangerous`: code defects
// that read exactly like a missing service) that corroboration can decide, rebuilt from their
// kinds (issue 24). None of the corpus logs is used: each test writes a small project or log of
// the same kind and runs the built action under Node 24 in its own network namespace, where
// nothing listens unless the test says so (RunOptions.listening).
//
// Decided here:
// - a wrong port (python-adhocracy's kind): the tests dial the client's default port while the
//   step's AMQP_URL names another: `code` when the log shows the port; when it shows none (a bare
//   `ConnectionRefusedError`), the configured endpoint is what gets checked, and a broker
//   accepting there means not approved;
// - a compose host name that does not resolve while the step configured 127.0.0.1: `code`;
// - the app that dialled 127.0.0.1 instead of the compose host `db` (php-docker-symfony's kind):
//   `code` when the log names the host; PDO's `SQLSTATE[HY000] [2002] Connection refused`, which
//   names none, is checked against the configured `db`, which this runner cannot reach: not
//   established, so not approved (never `code`: nothing shows where the tests dialled);
// - `connect ECONNREFUSED ::1:27017` while MONGODB_URI names 127.0.0.1 (`localhost` resolved to
//   IPv6): infrastructure/ambiguous before any check, not approved;
// - a refusal on 127.0.0.1:5432 while something accepts there now: corroborate.test.ts; here the
//   variant of the project's own server on no service's port, which the classifier already calls
//   code before any check.
//
// Still undecidable on the runner (the checks agree with the log, so these are approved as before):
// - `connect ENOENT /var/run/docker.sock` from an old Testcontainers (node-pinpoint-node-agent):
//   the runner really has no Docker socket; the defect was the library version's socket detection,
//   which nothing on the runner shows.
// - the bare `java.net.ConnectException: Connection refused` (java-opendj): no host, no port, and
//   the refused server was the project's own in-process listener that returned from start() before
//   binding. It is gone with the test process; the only endpoint to check is the declared
//   service's configured or own port, which refuses too. The same holds for any server of the
//   tests' own that binds late on a service's port and does not outlive them.
// - a bare refusal with no configuration in the step's environment (adhocracy as it really was:
//   the broker's port 5006 lived in a buildout file, not in an environment variable): the check
//   can only try the service's own port, which refuses, as it would with the broker stopped.
// - compose services on another Docker network (node-jtl-reporter): `getaddrinfo ENOTFOUND db` and
//   a refusal on 172.18.0.3:27017 are what the runner sees with the containers missing, too; which
//   network a container was on is not visible from the runner.
import { describe, expect, it } from 'vitest'
import { runAction } from '../harness/action.js'

/** A node:test file whose one test dials host:port and passes only if something accepts. */
const dialTest = (name: string, host: string, port: number): string => [
  "const { test } = require('node:test')",
  "const net = require('node:net')",
  '',
  `test('${name}', () => new Promise((resolve, reject) => {`,
  `  const socket = net.connect(${port}, '${host}')`,
  "  socket.on('connect', () => { socket.end(); resolve() })",
  "  socket.on('error', reject)",
  '}))',
  ''
].join('\n')

/** An amqplib-style client of the adhocracy kind: the port is a constant of the code, and the traceback shows neither it nor the host. */
const BARE_AMQP = [
  'import socket',
  'import unittest',
  '',
  "BROKER = ('127.0.0.1', 5672)",
  '',
  '',
  'def connection():',
  '    return socket.create_connection(BROKER, timeout=2)',
  '',
  '',
  'class QueueTest(unittest.TestCase):',
  '    def test_publish(self):',
  '        connection().close()',
  ''
].join('\n')

/** PHPUnit with Doctrine over PDO, MySQL refused: the message names no host. */
const PDO_REFUSED = [
  'PHPUnit 10.5.20 by Sebastian Bergmann and contributors.',
  '',
  'Runtime:       PHP 8.3.6',
  '',
  'E                                                                   1 / 1 (100%)',
  '',
  'Time: 00:00.052, Memory: 8.00 MB',
  '',
  'There was 1 error:',
  '',
  '1) App\\Tests\\Repository\\UserRepositoryTest::testFindsByEmail',
  'Doctrine\\DBAL\\Exception\\ConnectionException: An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused',
  '',
  '/app/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103',
  '/app/vendor/doctrine/dbal/src/Connection.php:1943',
  '/app/tests/Repository/UserRepositoryTest.php:21',
  '',
  'Caused by',
  'Doctrine\\DBAL\\Driver\\PDO\\Exception: SQLSTATE[HY000] [2002] Connection refused',
  '',
  '/app/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28',
  '/app/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34',
  '',
  'ERRORS!',
  'Tests: 1, Assertions: 0, Errors: 1.'
].join('\n')

/** pytest with PyMySQL refused on 127.0.0.1: the host is named, the port is the client's default. */
const PYMYSQL_REFUSED = [
  '============================= test session starts ==============================',
  'collected 1 item',
  '',
  'tests/test_users.py F                                                     [100%]',
  '',
  '=================================== FAILURES ===================================',
  '_________________________________ test_create __________________________________',
  'E   pymysql.err.OperationalError: (2003, "Can\'t connect to MySQL server on \'127.0.0.1\' ([Errno 111] Connection refused)")',
  '=========================== short test summary info ============================',
  'FAILED tests/test_users.py::test_create - pymysql.err.OperationalError: (2003, "Can\'t connect to MySQL server on \'127.0.0.1\' ([Errno 111] Connection refused)")',
  '============================== 1 failed in 0.06s ==============================='
].join('\n')

const replay = (log: string, service: string, exit = 1): { inputs: Record<string, string>; files: Record<string, string> } => ({
  inputs: { 'test-command': `cat output.log; exit ${exit}`, 'requires-infrastructure': service },
  files: { 'output.log': `${log}\n` }
})

describe('the floor\'s known exceptions that the runner can decide, rebuilt from their kinds (Node 24)', () => {
  it('a wrong port: the tests dial 5672 while the step\'s AMQP_URL names 5673: code, the configuration ignored', async () => {
    const run = await runAction({
      inputs: { 'test-command': 'node --test test/', 'requires-infrastructure': 'rabbitmq' },
      files: { 'test/queue.test.js': dialTest('publishes an order', '127.0.0.1', 5672) },
      env: { AMQP_URL: 'amqp://guest:guest@127.0.0.1:5673/' }
    })
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'code', confidence: 'high', rule: 'corroboration.service-configured-or-there' })
    expect(run.report?.corroboration).toEqual([expect.objectContaining({ claim: expect.stringContaining('127.0.0.1:5672'), check: "the step's connection variables", result: 'code' })])
    expect(run.summary).toContain('AMQP\\_URL names 127.0.0.1:5673')
    expect(run.summary).toContain('the code ignored its configuration')
    expect(run.summary).not.toContain('guest:guest')
  })

  it('a wrong port the log does not show (a bare ConnectionRefusedError) while a broker accepts on AMQP_URL\'s port: not approved', async () => {
    const run = await runAction({
      inputs: { 'test-command': 'python3 -m unittest -v test_queue', 'requires-infrastructure': 'rabbitmq' },
      files: { 'test_queue.py': BARE_AMQP },
      env: { AMQP_URL: 'amqp://guest:guest@127.0.0.1:5673/' },
      listening: [5673]
    })
    expect(run.stdout).toContain('ConnectionRefusedError: [Errno 111] Connection refused')
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'code', confidence: 'ambiguous', rule: 'corroboration.not-missing' })
    expect(run.report?.corroboration).toEqual([expect.objectContaining({ check: 'connect to 127.0.0.1:5673 (AMQP_URL)', result: 'not-missing' })])
    expect(run.summary).toContain('something accepts on 127.0.0.1:5673 now')
  })

  it('the same bare refusal with nothing on AMQP_URL\'s port either: approved, the configured endpoint being what was checked', async () => {
    const run = await runAction({
      inputs: { 'test-command': 'python3 -m unittest -v test_queue', 'requires-infrastructure': 'rabbitmq' },
      files: { 'test_queue.py': BARE_AMQP },
      env: { AMQP_URL: 'amqp://guest:guest@127.0.0.1:5673/' }
    })
    expect(run.outputs).toMatchObject({ decision: 'approve', 'approved-without-independent-tests': 'true', classification: 'infrastructure', confidence: 'high' })
    expect(run.report?.corroboration).toEqual([expect.objectContaining({ check: 'connect to 127.0.0.1:5673 (AMQP_URL)', result: 'corroborated' })])
    expect(run.summary).toContain('checked: nothing accepts on 127.0.0.1:5673')
  })

  it('a compose host name (db) that does not resolve while the step\'s DATABASE_URL names 127.0.0.1: code, configured elsewhere', async () => {
    const run = await runAction({
      inputs: { 'test-command': 'node --test test/', 'requires-infrastructure': 'postgresql' },
      files: { 'test/users.test.js': dialTest('stores a user', 'db', 5432) },
      env: { DATABASE_URL: 'postgresql://app:hunter2@127.0.0.1:5432/app' }
    })
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'code', confidence: 'high', rule: 'corroboration.service-configured-or-there' })
    expect(run.report?.corroboration).toEqual([expect.objectContaining({ claim: expect.stringContaining('the host name db'), result: 'code' })])
    expect(run.summary).toContain('the host name db did not resolve')
    expect(run.summary).toContain('DATABASE\\_URL names 127.0.0.1:5432')
    expect(JSON.stringify(run.report)).not.toContain('hunter2')
  })

  it('the app dialled 127.0.0.1 while the step names the compose host db, and the log names the host: code', async () => {
    const run = await runAction({ ...replay(PYMYSQL_REFUSED, 'mysql'), env: { DATABASE_URL: 'mysql://app:secret@db:3306/app' } })
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'code', confidence: 'high', rule: 'corroboration.service-configured-or-there' })
    expect(run.summary).toContain('refused on 127.0.0.1:3306')
    expect(run.summary).toContain('DATABASE\\_URL names db:3306')
  })

  it('PDO `SQLSTATE[HY000] [2002] Connection refused` (no host) with the step configured for db: checked against db, not established, not approved', async () => {
    const run = await runAction({ ...replay(PDO_REFUSED, 'mysql', 2), env: { DATABASE_URL: 'mysql://app:secret@db:3306/app' } })
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false' })
    expect(run.report?.corroboration).toEqual([expect.objectContaining({ check: 'connect to db:3306 (DATABASE_URL)', result: 'unestablished' })])
    expect(run.summary).toContain('not approved on its strength')
  })

  it('`connect ECONNREFUSED ::1:27017` while MONGODB_URI names 127.0.0.1, where mongod accepts: not approved, localhost resolved to IPv6', async () => {
    const run = await runAction({
      inputs: { 'test-command': 'node --test test/', 'requires-infrastructure': 'mongodb' },
      files: { 'test/store.test.js': dialTest('saves a document', '::1', 27017) },
      env: { MONGODB_URI: 'mongodb://127.0.0.1:27017/app' },
      listening: [27017]
    })
    expect(run.stdout).toContain('connect ECONNREFUSED ::1:27017')
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'infrastructure', confidence: 'ambiguous' })
    expect(run.summary).toContain('localhost resolved to IPv6')
  })

  it('the tests\' own server on no service\'s port, not listening: code before any check', async () => {
    const run = await runAction({
      inputs: { 'test-command': 'node --test test/', 'requires-infrastructure': 'postgresql' },
      files: { 'test/api.test.js': dialTest('talks to the fixture server', '127.0.0.1', 8765) }
    })
    expect(run.outputs).toMatchObject({ decision: 'feedback', 'approved-without-independent-tests': 'false', classification: 'code', confidence: 'high', rule: 'network.refused.endpoint' })
    expect(run.report?.corroboration).toEqual([])
    expect(run.summary).toContain('the project&#39;s own server was not listening')
  })
})
