// Every project fixture's verdict asserted (hand-made logs, and real runs rules were written from): each __fixtures__/logs case's expected verdict (its .json,
// __fixtures__/logs/README.md), and each review trap's (__fixtures__/review-traps/expected.json),
// classification, confidence and services alike. An expectation that is right but that the
// classifier does not meet yet is listed in KNOWN_WRONG with the reason; the test asserts it still
// fails, so a fix has to remove it from the list.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyText } from '../../src/classify/index.js'

const ROOT = path.resolve(__dirname, '../..')
const verdictOf = (file: string): string => {
  const v = classifyText(readFileSync(file, 'utf8'))
  return `${v.classification}/${v.confidence}/${v.services.join(',')}`
}

/** Checks a case: its verdict is the expected one, or, if it is known wrong, still is not. */
function check(file: string, expected: string, knownWrong: string | undefined): void {
  const got = verdictOf(file)
  if (knownWrong === undefined) expect(got).toBe(expected)
  else expect(got, `fixed? remove it from KNOWN_WRONG (${knownWrong})`).not.toBe(expected)
}

// ---------------------------------------------------------------------------------------------
// __fixtures__/logs: hand-made cases, and real runs of projects the split's rule places in test but rules were written from.

const LOGS = path.join(ROOT, '__fixtures__/logs')
const fixtures = readdirSync(LOGS)
  .filter(d => statSync(path.join(LOGS, d)).isDirectory())
  .flatMap(d => readdirSync(path.join(LOGS, d)).filter(f => f.endsWith('.json')).map(f => `${d}/${f.replace(/\.json$/, '')}`))
  .sort()

/** Fixtures whose label is right and the classifier wrong, with why (for whoever fixes it). */
const KNOWN_WRONG_FIXTURES: Record<string, string> = {
  'perl-prove/pg-refused-verbose': 'infrastructure/ambiguous: a Perl test script that died (`# Looks like your test exited with N`) is never explained, even when the line above it is the refusal it died of (here DBI\'s or Redis.pm\'s), because END blocks and DESTROY methods print between a die and that line (attack 41a, __fixtures__/floor/died-in-test/prove-*-end-*): nothing in prove\'s output tells the die\'s own message apart',
  'perl-prove/pg-refused-verbose-merge': 'infrastructure/ambiguous: a Perl test script that died (`# Looks like your test exited with N`) is never explained, even when the line above it is the refusal it died of (here DBI\'s or Redis.pm\'s), because END blocks and DESTROY methods print between a die and that line (attack 41a, __fixtures__/floor/died-in-test/prove-*-end-*): nothing in prove\'s output tells the die\'s own message apart',
  'perl-prove/redis-refused-parallel': 'infrastructure/ambiguous: a Perl test script that died (`# Looks like your test exited with N`) is never explained, even when the line above it is the refusal it died of (here DBI\'s or Redis.pm\'s), because END blocks and DESTROY methods print between a die and that line (attack 41a, __fixtures__/floor/died-in-test/prove-*-end-*): nothing in prove\'s output tells the die\'s own message apart',
  'perl-prove/redis-refused-plain': 'infrastructure/ambiguous: a Perl test script that died (`# Looks like your test exited with N`) is never explained, even when the line above it is the refusal it died of (here DBI\'s or Redis.pm\'s), because END blocks and DESTROY methods print between a die and that line (attack 41a, __fixtures__/floor/died-in-test/prove-*-end-*): nothing in prove\'s output tells the die\'s own message apart',
  'ruby-minitest/sidekiq-service-absent-per-file':
    'infrastructure/ambiguous: minitest run once per file numbers each run\'s failures from 1, so the second run\'s `1) Error:` reopens the first run\'s unit: 15 failures counted, 8 units printed. A unit keyed by its number stands for one failure however many runs name it (attack 41a: RSpec and ExUnit runs whose merged unit hid a defect)',
  'js-node-test/before-hook-refused-children-cancelled-spec':
    'infrastructure/ambiguous: the spec reporter prints a suite and a test that has subtests alike, and a test that ended without awaiting its subtests cancels them in the same words (attack 27f, __fixtures__/floor/failing-hook/node-test-spec-*): only TAP\'s `type: \'suite\'` and `failureType: \'hookFailed\'` say the children never ran',
  'php-phpunit/memcached-extension-hostname-lookup-failure':
    'code/ambiguous: libmemcached says HOSTNAME LOOKUP FAILURE for memcached:11211 alike when the service host does not resolve and when a malformed setting made the host up (a URL split at its scheme, __fixtures__/floor/client-named-code): the rule was withdrawn, and nothing else on the line tells the two apart',
  'java-gradle/spring-hikari-postgres-refused':
    'infrastructure/ambiguous: the second test fails on Spring\'s `IllegalStateException at DefaultCacheAwareContextLoaderDelegate.java:145`, the context-failure threshold, i.e. the refused context load of the first test; the classifier reads it as a wrapper echo that explains nothing',
  'java-gradle/testcontainers-no-valid-docker-environment':
    'infrastructure/ambiguous: both classes fail on `IllegalStateException at DockerClientProviderStrategy.java:277`, the line Testcontainers throws when it finds no Docker environment (the ERROR line above says so); read as a wrapper echo that explains nothing',
  'python-pytest/docker-py-no-daemon':
    'code/ambiguous: the Docker daemon answered and the image pull failed because registry-1.docker.io does not resolve (a remote host: infrastructure/ambiguous); the classifier does not read the DNS failure quoted in the daemon\'s 500 message',
  'java-maven/trap-own-http-server-8080-refused':
    'code/ambiguous: the app printed `App failed to start: java.lang.IllegalStateException: APP_SECRET must be set` in the test\'s own output, then the test\'s JDK HttpClient got a bare ConnectException; the reason is in the log, so the code verdict is high',
  'php-phpunit/doctrine-dbal-mysql-host-not-found-pdo-eai-again':
    'infrastructure/high with mariadb: the host `mariadb.ci.internal` names MariaDB, which the corpus labels mysql (MariaDB reports as mysql); the right outcome under another of its names',
  'python-pytest/pymemcache-host-not-found-memcached-q-line':
    "infrastructure/ambiguous: pytest's `--tb=line` prints one bare `path:line: socket.gaierror: ...` line a failure with no test header, so the errors are tied to no test, and a gaierror names no host",
  'ruby-minitest/sidekiq-host-not-found-redis':
    "code/high: after the outer `before`'s refused flushdb, minitest's second `Error:` of the same test is the `after` block's `TypeError: no implicit conversion of nil into String` on an instance variable the inner `before` never set; only a closing call on a null handle is read as a teardown's consequence",
  'ruby-minitest/sidekiq-service-absent-all-verbose':
    "code/high: as sidekiq-host-not-found-redis, the `after` block's TypeError on an unset instance variable",
  'ruby-minitest/sidekiq-service-absent-redis-subset':
    "code/high: as sidekiq-host-not-found-redis, the `after` block's TypeError on an unset instance variable",
  'php-phpunit/doctrine-dbal-client-absent-pdo-pgsql':
    "infrastructure/ambiguous: PDO's `could not find driver` is named only by Doctrine DBAL's driver frame as installed (vendor/, /usr/share/php); this run is DBAL's own suite, whose driver is a frame of the project's tree, as a project's copy of the driver would be (__fixtures__/floor/client-named-code/phpunit-dbal-driver-copied-into-project-wrong-dsn-prefix)",
  'java-junit-console/pgjdbc-service-absent':
    "code/high: each test's failure is `MultipleFailuresError: Multiple Failures (2 failures)` over its body's and its @After's refused connections; the collection is read as an assertion, since reading it as a wrapper let a body's exception no rule reads (a custom or message-less one, indented as the flat layout indents) pass as the refusal's (attack 26)",
  'java-junit-console/pgjdbc-service-absent-flat':
    "code/high: each test's failure is `MultipleFailuresError: Multiple Failures (2 failures)` over its body's and its @After's refused connections; the collection is read as an assertion, since reading it as a wrapper let a body's exception no rule reads (a custom or message-less one, indented as the flat layout indents) pass as the refusal's (attack 26)",
  'java-junit-console/pgjdbc-host-not-found-postgres':
    "code/high: each test's failure is `MultipleFailuresError: Multiple Failures (2 failures)` over its body's and its @After's refused connections; the collection is read as an assertion, since reading it as a wrapper let a body's exception no rule reads (a custom or message-less one, indented as the flat layout indents) pass as the refusal's (attack 26)",
  'java-junit-console/pgjdbc-defect-boolean-t':
    'code/ambiguous: the console launcher shows the failure as `=> org.postgresql.util.PSQLException: Cannot cast to boolean: " t"`, the driver\'s own conversion error with PostgreSQL up; an exception no rule reads is unexplained, so the run is code only at ambiguous',
  'js-mocha/sequelize-client-absent-pg':
    "infrastructure/ambiguous: pg was not installed and sequelize says `Please install pg package manually`, but it says the same for any MODULE_NOT_FOUND while pg loads (a project's wrong jest.mock path, __fixtures__/floor/client-named-code/jest-sequelize-mock-path-reworded-as-driver-missing): the wording proves nothing",
  'js-vitest/code-inline-snapshot-mismatch':
    'code/ambiguous: vitest stopped on `CACError: Unknown option --ci` before running a test; the test command is wrong and the log says so (relabelled, see its .json)'
}

describe('every __fixtures__/logs verdict', () => {
  it('finds the cases, each with its log', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(129)
    for (const c of fixtures) expect(existsSync(path.join(LOGS, `${c}.log`)), c).toBe(true)
    for (const c of Object.keys(KNOWN_WRONG_FIXTURES)) expect(fixtures, c).toContain(c)
  })

  it.each(fixtures)('%s', c => {
    const { expected } = JSON.parse(readFileSync(path.join(LOGS, `${c}.json`), 'utf8')) as { expected: { classification: string; confidence: string; service?: string } }
    check(path.join(LOGS, `${c}.log`), `${expected.classification}/${expected.confidence}/${expected.service ?? ''}`, KNOWN_WRONG_FIXTURES[c])
  })
})

// ---------------------------------------------------------------------------------------------
// __fixtures__/review-traps: 140 logs built to make the classifier excuse a defect.

const TRAPS = path.join(ROOT, '__fixtures__/review-traps')
const { expected: TRAP_EXPECTED } = JSON.parse(readFileSync(path.join(TRAPS, 'expected.json'), 'utf8')) as { expected: Record<string, string> }
const walk = (dir: string): string[] => readdirSync(dir).sort().flatMap(f => (statSync(path.join(dir, f)).isDirectory() ? walk(path.join(dir, f)) : f.endsWith('.log') ? [path.relative(TRAPS, path.join(dir, f)).replace(/\.log$/, '')] : []))
const traps = walk(TRAPS)

const DEFECT_UNEXPLAINED = 'a code defect with a clear message (an exception, an assertion, a panic, a rejected login) beside a refusal: the classifier leaves it unexplained (infrastructure/ambiguous) where it is a code outcome, so the run is code'
const MISSING_NOT_TIED = 'round4/README.md: every failure follows from the missing service; the classifier does not tie them all to it'
const KNOWN_WRONG_TRAPS = new Map<string, string>([
  ['go-refusal-and-http-500', DEFECT_UNEXPLAINED],
  ['go-verbose-refusal-and-http-500', DEFECT_UNEXPLAINED],
  ['round2/cargo2', DEFECT_UNEXPLAINED],
  ['round2/go-fatal-concurrent', DEFECT_UNEXPLAINED],
  ['round2/go-outside-headline', DEFECT_UNEXPLAINED],
  ['round2/go-panic-init', DEFECT_UNEXPLAINED],
  ['round2/go-race', DEFECT_UNEXPLAINED],
  ['round2/go-ts', DEFECT_UNEXPLAINED],
  ['round2/gradle-stderr-refusal-npe', DEFECT_UNEXPLAINED],
  ['round2/jest-custom-matcher', DEFECT_UNEXPLAINED],
  ['round2/jest-globalteardown', DEFECT_UNEXPLAINED],
  ['round2/jest-thrown-string', DEFECT_UNEXPLAINED],
  ['round2/mocha-custom', DEFECT_UNEXPLAINED],
  ['round2/nodetest', DEFECT_UNEXPLAINED],
  ['round2/plain-exception', DEFECT_UNEXPLAINED],
  ['round2/plain-runtimeerror', DEFECT_UNEXPLAINED],
  ['round2/pytest-bare-exception-captured-refusal__redis', DEFECT_UNEXPLAINED],
  ['round2/pytest-fail-call-with-captured-refusal__redis', DEFECT_UNEXPLAINED],
  ['round2/pytest-runtimeerror-captured-refusal__redis', DEFECT_UNEXPLAINED],
  ['round2/pytest-tbno-reason-Exception', DEFECT_UNEXPLAINED],
  ['round2/pytest-tbno-reason-Exception--negative-', DEFECT_UNEXPLAINED],
  ['round2/pytest-tbno-reason-Failed--total-mismat', DEFECT_UNEXPLAINED],
  ['round2/pytest-tbno-reason-RuntimeError--negati', DEFECT_UNEXPLAINED],
  ['round2/pytest-xdist-v', DEFECT_UNEXPLAINED],
  ['round2/rspec-custom', DEFECT_UNEXPLAINED],
  ['round2/rspec-runtime', DEFECT_UNEXPLAINED],
  ['round2/surefire-ise', DEFECT_UNEXPLAINED],
  ['round2/surefire-rte', DEFECT_UNEXPLAINED],
  ['round2/unittest-exception', DEFECT_UNEXPLAINED],
  ['round2/unittest-runtimeerror', DEFECT_UNEXPLAINED],
  ['round2/vitest-wrapperword', DEFECT_UNEXPLAINED],
  ['round3/csharp-unhandled-and-pg', DEFECT_UNEXPLAINED],
  ['round3/elixir-raise-and-pg', DEFECT_UNEXPLAINED],
  ['round3/go-helper-file-message-with-logged-refusal', DEFECT_UNEXPLAINED],
  ['round3/gradle-psql-syntax-wrapped', DEFECT_UNEXPLAINED],
  ['round3/gradle-stderr-refusal-then-sqlexception-wrapped', DEFECT_UNEXPLAINED],
  ['round3/kotlin-exception-in-thread-and-pg', DEFECT_UNEXPLAINED],
  ['round3/php-fatal-uncaught-and-pgsql', DEFECT_UNEXPLAINED],
  ['round3/plain-sqlite-syntax-and-redis', DEFECT_UNEXPLAINED],
  ['round3/pytest-doesnotexist-logged-redis', DEFECT_UNEXPLAINED],
  ['round3/pytest-real-custom-exception-logged-refusal', DEFECT_UNEXPLAINED],
  ['round3/pytest-real-tbline-custom-exception', DEFECT_UNEXPLAINED],
  ['round3/pytest-sqlite-operationalerror-redis', DEFECT_UNEXPLAINED],
  ['round3/pytest-relation-does-not-exist-redis', DEFECT_UNEXPLAINED],
  ['round3/pytest-then-bats', DEFECT_UNEXPLAINED],
  ['round3/pytest-then-catch2', DEFECT_UNEXPLAINED],
  ['round3/pytest-then-gtest', DEFECT_UNEXPLAINED],
  ['round3/pytest-then-jasmine', DEFECT_UNEXPLAINED],
  ['round3/ruby-runtimeerror-suffix-and-pg', DEFECT_UNEXPLAINED],
  ['round3/rust-main-panicked-and-pg', DEFECT_UNEXPLAINED],
  ['round3/shell-ERROR-caps-and-pg', DEFECT_UNEXPLAINED],
  ['round3/swift-fatal-and-pg', DEFECT_UNEXPLAINED],
  ['round4/dotnet-domain-exception-with-logged-refusal', DEFECT_UNEXPLAINED],
  ['round4/gradle-own-illegalstate-echo-beside-pg-refusal', DEFECT_UNEXPLAINED],
  ['round4/pytest-defect-during-handling-redis', DEFECT_UNEXPLAINED],
  ['round4/pytest-messageless-domain-error-logged-refusal', DEFECT_UNEXPLAINED],
  ['round4/pytest-tenacity-retryerror-pg-missing', MISSING_NOT_TIED],
  ['round4/rspec-domain-error-plus-after-hook-redis', DEFECT_UNEXPLAINED],
  ['round4/surefire-kafka-producer-metadata-timeout', MISSING_NOT_TIED],
  ['round4/surefire-messageless-exception-suppressed-redis', DEFECT_UNEXPLAINED],
])

describe('every review trap verdict', () => {
  it('has an expected verdict for every trap log, and none for a log that is gone', () => {
    expect(traps.length).toBeGreaterThanOrEqual(140)
    expect(Object.keys(TRAP_EXPECTED).sort()).toEqual([...traps].sort())
    for (const t of KNOWN_WRONG_TRAPS.keys()) expect(traps, t).toContain(t)
  })

  it('expects infrastructure/high only where round4/README.md says every failure is the missing service, and for the SQLAlchemy trap the contract changed', () => {
    const high = Object.entries(TRAP_EXPECTED).filter(([, v]) => v.startsWith('infrastructure/high')).map(([t]) => t).sort()
    expect(high).toEqual([
      'round2/plain-plus-sqlalchemy',
      'round4/go-json-parallel-name-lines-pg-missing',
      'round4/go-parallel-name-lines-pg-missing',
      'round4/go-v-same-test-name-two-packages-pg-missing',
      'round4/jest-node20-pg-aggregateerror-empty-message',
      'round4/pytest-same-test-name-two-files-pg-missing',
      'round4/pytest-tenacity-retryerror-pg-missing',
      'round4/rspec-pending-section-pg-missing',
      'round4/surefire-kafka-producer-metadata-timeout'
    ])
  })

  it.each(traps)('%s', t => {
    check(path.join(TRAPS, `${t}.log`), TRAP_EXPECTED[t] as string, KNOWN_WRONG_TRAPS.get(t))
    // Known wrong or not, a trap is never a code defect called infrastructure/high.
    if ((TRAP_EXPECTED[t] as string).startsWith('code')) expect(verdictOf(path.join(TRAPS, `${t}.log`))).not.toMatch(/^infrastructure\/high/)
  })
})

// PHPUnit 9's testdox prints a method named `test` with an empty name (NamePrettifier::prettifyTestMethod drops the
// leading `test`): ` ✘ ` alone, or ` ✘  [1.20 ms]` with --verbose. Each class's block counts its own failures.
describe('testdox: a test method named `test`', () => {
  const refused = ['   │', '   │ PhpAmqpLib\\Exception\\AMQPIOException: stream_socket_client(): Unable to connect to tcp://127.0.0.1:5672 (Connection refused)', '   │', '   │ /usr/share/php/PhpAmqpLib/Wire/IO/StreamIO.php:108', '   │', '']
  const asserted = ['   │', '   │ Failed asserting that null is an instance of interface "Interop\\Queue\\Message".', '   │', '   │ /work/p/queue-spec/src/SendToAndReceiveFromQueueSpec.php:49', '   │', '']
  const log = (blocks: [string, string, string[]][], count: number): string => [
    'PHPUnit 9.6.7 by Sebastian Bergmann and contributors.', '',
    ...blocks.flatMap(([header, mark, details]) => [header, mark, ...details]),
    'Time: 00:00.050, Memory: 8.00 MB', '', 'ERRORS!', `Tests: ${count}, Assertions: 0, Errors: ${count}.`, ''
  ].join('\n')
  const a = 'Amqp Send To And Receive From Queue (Enqueue\\AmqpLib\\Tests\\Spec\\AmqpSendToAndReceiveFromQueue)'
  const b = 'Amqp Send To And Receive From Topic (Enqueue\\AmqpLib\\Tests\\Spec\\AmqpSendToAndReceiveFromTopic)'
  const c = 'Amqp Producer (Enqueue\\AmqpLib\\Tests\\Spec\\AmqpProducer)'

  it('reads each empty-named failure as its own unit, so three refusals are all three failures', () => {
    const v = classifyText(log([[c, ' ✘ Should implement context interface', refused], [a, ' ✘ ', refused], [b, ' ✘  [0.20 ms]', refused]], 3))
    expect(`${v.classification}/${v.confidence}`).toBe('infrastructure/high')
    expect(v.services).toEqual(['rabbitmq'])
  })

  it('counter-example: an empty-named failure that asserted is a unit no outage explains', () => {
    const v = classifyText(log([[c, ' ✘ Should implement context interface', refused], [a, ' ✘ ', asserted], [b, ' ✘ ', refused]], 3))
    expect(v.classification).toBe('code')
  })

  it('counter-example: the runner counts more failures than the empty-named lines show', () => {
    const v = classifyText(log([[a, ' ✘ ', refused]], 2))
    expect(`${v.classification}/${v.confidence}`).not.toBe('infrastructure/high')
  })
})
