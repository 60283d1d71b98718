// Splits a test log into failure blocks, one per failing test, from the markers each runner
// prints. The classifier judges every block on its own lines, so a run is infrastructure only
// when each failing test is, and one test's connection error cannot excuse another's assertion.
//
// Boundaries are data, like the rules: a runner, the line that marks it, and what it means.
// `start` opens a failing test's block; `run` opens a block that fails only if the runner
// later says so (go test prints output between `=== RUN` and `--- FAIL`); `fail` marks a
// block failed and makes it current (go prints non-verbose output after `--- FAIL`); `pass`
// drops a block; `end` closes the current block (a section header, a summary line).

export type BoundaryEvent = 'start' | 'run' | 'fail' | 'pass' | 'end'

export interface Boundary {
  readonly runner: string
  readonly event: BoundaryEvent
  /** Named group `name` is the test; `key`, when present, identifies it (mocha/RSpec numbers). */
  readonly pattern: RegExp
  /** How the block is keyed when the same test is named differently in two places. */
  readonly keyFromName?: (name: string) => string
}

export const BOUNDARIES: readonly Boundary[] = [
  // pytest: `____ test_name ____`, `____ ERROR at setup of test_x ____`, `____ ERROR collecting tests/x.py ____`.
  { runner: 'pytest', event: 'start', pattern: /^_{3,} (?:(?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) )?(?<name>\S[^\n]{0,400}?) _{3,}$/ },
  // pytest's short summary, one line a test (`-rA`, `--tb=no`): `FAILED tests/a.py::Cls::test_x - Reason`.
  // The key matches the `____ Cls.test_x ____` header, so a test with both is one block.
  { runner: 'pytest', event: 'start', pattern: /^(?:FAILED|ERROR) (?<path>[^\s:]{1,300})::(?<name>[^\s]{1,400}?)(?: - (?<reason>[^\n]{0,2000}))?$/, keyFromName: name => `pytest:${name.replace(/::/g, '.')}` },
  // `=== RUN` (go) is not a pytest section rule.
  { runner: 'pytest', event: 'end', pattern: /^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\b)|$)/ },
  // unittest: `FAIL: test_x (pkg.module.Class.test_x)`, closed by `Ran N tests`.
  // (A module that failed to import is named dotted: `ERROR: tests.test_repo (unittest.loader._FailedTest...)`.)
  { runner: 'unittest', event: 'start', pattern: /^(?:ERROR|FAIL): (?<name>[\w.]{1,300} \([\w.]+\)[^\n]{0,200})$/ },
  { runner: 'unittest', event: 'end', pattern: /^Ran \d+ tests? in / },
  // jest: `  ● Suite › test`; `● Console` is logging, not a test.
  { runner: 'jest', event: 'end', pattern: /^\s{0,6}● Console\s*$|^Test Suites: |^(?:PASS|FAIL) \S/ },
  { runner: 'jest', event: 'start', pattern: /^\s{0,6}● (?<name>\S[^\n]{0,500})$/ },
  // vitest: ` FAIL  file > suite > test` under `Failed Tests`, separated by `⎯⎯⎯` rules.
  { runner: 'vitest', event: 'start', pattern: /^\s{0,2}FAIL\s{1,3}(?<name>\S[^\n]{0,500}? > [^\n]{1,500})$/ },
  { runner: 'vitest', event: 'end', pattern: /^\s*⎯{3,}|^\s*Test Files\s/ },
  // mocha and RSpec number their failures: `  1) Suite does x`. The inline mark and the
  // later failure section share the number, so they are one block.
  { runner: 'mocha/rspec', event: 'start', pattern: /^\s{1,8}(?<key>\d{1,5})\) (?<name>\S[^\n]{0,500})$/ },
  { runner: 'mocha/rspec', event: 'end', pattern: /^\s*\d+ (?:passing|failing|pending)\b|^Finished in |^Failed examples:|^\d+ examples?, / },
  // node:test: spec reporter `✖ name (1.2ms)`, TAP `not ok 3 - name`.
  { runner: 'node:test', event: 'end', pattern: /^\s*✖ failing tests:|^ℹ (?:tests|suites|pass|fail) \d|^\s*ok \d+ - |^# (?:tests|pass|fail) \d/ },
  { runner: 'node:test', event: 'start', pattern: /^\s*✖ (?<name>\S[^\n]{0,500}?)(?: \([\d.]+m?s\))?$/ },
  { runner: 'node:test', event: 'start', pattern: /^\s*not ok \d+ - (?<name>[^\n]{1,500})$/ },
  // go test.
  { runner: 'go', event: 'run', pattern: /^=== (?:RUN|CONT)\s+(?<name>\S{1,500})/ },
  { runner: 'go', event: 'fail', pattern: /^\s*--- FAIL: (?<name>\S{1,500})/ },
  { runner: 'go', event: 'pass', pattern: /^\s*--- (?:PASS|SKIP): (?<name>\S{1,500})/ },
  { runner: 'go', event: 'end', pattern: /^(?:FAIL|ok)(?:\s|$)|^PASS$/ },
  // Maven surefire: `[ERROR] testX(com.a.FooTest)  Time elapsed: 0.1 s  <<< ERROR!`.
  { runner: 'surefire', event: 'start', pattern: /^\[ERROR\] (?<name>\S[^\n]{0,400}?)(?: --)?\s+Time elapsed: [^\n]{0,60}<<< (?:FAILURE|ERROR)!$/ },
  { runner: 'surefire', event: 'end', pattern: /^\[INFO\]|^\[ERROR\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \[Help)|^\[WARNING\] Tests run:/ },
  // Gradle: `FooTest > testX() FAILED`, then indented exception lines.
  { runner: 'gradle', event: 'start', pattern: /^(?<name>[\w.$]{1,300} > [^\n]{1,400}) FAILED$/ },
  { runner: 'gradle', event: 'end', pattern: /^\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/ },
  // cargo test: `---- tests::x stdout ----`.
  { runner: 'cargo', event: 'start', pattern: /^---- (?<name>\S{1,500}) stdout ----$/ },
  { runner: 'cargo', event: 'end', pattern: /^failures:$|^test result: / },
  // dotnet test (VSTest console logger) and xunit's own lines.
  { runner: 'dotnet', event: 'start', pattern: /^\s*Failed (?<name>\S[^\n]{0,400}?) \[[^\]\n]{1,20}\]$|^\[xUnit\.net [\d:.]+\]\s+(?<name2>\S[^\n]{0,400}?) \[FAIL\]$/ },
  { runner: 'dotnet', event: 'end', pattern: /^\s*(?:Passed|Skipped) \S|^(?:Failed|Passed)!\s+-|^Total tests:|^Test Run (?:Failed|Successful)/ }
]

// One cheap test before the boundaries run: every marker starts with one of these.
const BOUNDARY_START = String.raw`(?:_{3}|={3}|FAILED |ERROR[ :]|Ran |\s{0,8}(?:●|✖|ℹ|\d{1,5}\)|not ok|ok \d|# )|\s{0,6}(?:FAIL|PASS|ok)|Test (?:Suites|Files|Run)|\s*⎯|\s*\d+ (?:passing|failing|pending)|Finished in|Failed examples|\d+ examples?|\s*--- |-{4} |\[(?:ERROR|INFO|WARNING|xUnit)|[\w.$]+ > |\d+ tests? completed|> Task|FAILURE:|BUILD|failures:|test result:|\s*(?:Failed|Passed|Skipped) |Total tests)`
const MAYBE_BOUNDARY = new RegExp(`^${BOUNDARY_START}`)

/** The same test over a batch of raw lines (multiline), allowing a runner's timestamp prefix. */
export const BOUNDARY_SCAN = new RegExp(String.raw`^(?:\d{4}-\d\d-\d\dT[\d:.]{8,20}Z ?)?` + BOUNDARY_START, 'gm')

export interface BoundaryMatch {
  readonly runner: string
  readonly event: BoundaryEvent
  readonly name: string
  readonly key: string
  /** The failure's reason when the marker line carries it (pytest's short summary). */
  readonly reason?: string
}

/** The boundary a line marks, if any. Pure; the classifier keeps the state. */
export function boundaryOf(line: string): BoundaryMatch | undefined {
  if (!MAYBE_BOUNDARY.test(line)) return undefined
  for (const boundary of BOUNDARIES) {
    const found = boundary.pattern.exec(line)
    if (!found) continue
    const groups = found.groups ?? {}
    const name = (groups.name ?? groups.name2 ?? '').trim()
    const key = groups.key !== undefined ? `${boundary.runner}#${groups.key}` : boundary.keyFromName ? boundary.keyFromName(name) : `${boundary.runner}:${name}`
    return { runner: boundary.runner, event: boundary.event, name, key, ...(groups.reason ? { reason: groups.reason } : {}) }
  }
  return undefined
}

/** Markers inside a block that say it is a parent whose children failed, not a failure of its own. */
export const PARENT_MARKER = /failureType: '?subtestsFailed|^\s*error: '?\d+ subtests? failed/

/** A runner's own words for "this test failed", which say nothing about why (node:test's YAML). */
// Gradle's console shows a failing test as `ExceptionClass at File.java:42`; for the classes
// that only wrap a cause (a Spring context, a Testcontainers strategy, a driver) the cause is
// in the output above, so such a line neither explains nor contradicts anything.
export const UNINFORMATIVE = /^error: test failed, to rerun pass |^\s*(?:error: '(?:test failed|\d+ subtests? failed)'|failureType: '\w+'|code: 'ERR_TEST_FAILURE')\s*$|^\s+(?:Caused by: )?[\w$.]{0,200}\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|\w{0,60}Connect(?:ion)?\w{0,60}Exception) at [\w$.]{1,200}:-?\d+\s*$|^\s+(?:Caused by: )?[\w$.]{0,200}\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|[\w$]{0,80}(?:Connection|Docker|Container|Kafka|Redis|Mongo|Jdbc|Pool)[\w$]{0,80})\.java:-?\d+\s*$/

/**
 * A line that reports an error of its own: an exception raised (`E   ValueError: ...`,
 * `Exception: ...`, `Caused by: x.YException: ...`, pytest's `Failed: ...`), a go test's
 * `file_test.go:12: message`, an `Error:` line, or a crash (a segfault, a fatal runtime error, a
 * panic, a killed or out-of-memory process, a compiler error). When no rule explains such a line,
 * something failed for a reason nobody knows, and the run cannot be excused as infrastructure.
 */
export const ERROR_HEADLINE = /^(?:E {1,8})?(?:Caused by: |Error: |\s{0,8})?(?:[A-Za-z_$][\w$]{0,80}\.){0,8}(?:[A-Z][\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \[\w{1,40}\])?: \S|^\s{1,8}[\w-]{1,100}_test\.go:\d{1,6}: \S|^(?:FAIL|Error|error): \S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\d{1,6}:\d{1,6}: (?:fatal )?error|^(?:E {1,8})?\s{0,8}(?:[A-Za-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80}: \S|^\s{1,8}[\w-]{1,100}\.go:\d{1,6}: \S|^not ok \d|: Failure$|: FAILED:$|^Failed asserting |^\s*✘ |^\[ {2}FAILED {2}\] |^(?:FAILURES|ERRORS)!$|\b[1-9]\d{0,5} (?:tests?|specs?) failed\b|^\d{1,6} specs?, [1-9]\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread "|\((?:[A-Z]\w{0,80}::){0,8}[A-Z]\w{0,80}(?:Error|Exception)\)\s*$|^\*\* \([A-Z][\w.]{0,200}\)|^Unhandled exception\. |^Fatal error: |^\s{1,8}Error: \S|^(?:ERROR|FATAL): \S|\bERROR: \S|^\S{1,300}:\d{1,6}: (?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z]\w{0,80}(?:Error|Exception): \S/

/** The exception class a headline names (`psycopg2.OperationalError`), for WRAPPER_HEADLINE. */
export const HEADLINE_CLASS = /([A-Za-z_$][\w$.]{0,200}(?:Error|Exception|Failure))(?: \[\w{1,40}\])?: /

/**
 * Exceptions that only wrap a cause printed nearby (a pool, a framework context, a driver's
 * connection error), judged on the class name alone: `ValueError: connection pool size` is the
 * code's. Free-text lines (go's `file_test.go:12:` messages, `Error:` lines) are wrappers when
 * they talk about the service itself (`starting postgres container: exit status 125`).
 */
export const WRAPPER_CLASS = /(?:Connect|Connection|Timeout|TimedOut|Pool|Context|Bean|Dependency|Execution|Completion|Container|Jdbc|JDBC|DataAccess|Socket|Unavailable|Refused|Jedis|Redis|Mongo|Kafka|Amqp|AMQP|SQL|Sql|Operational|Interface|Aggregate|Transport|Network|Docker)\w{0,80}(?:Error|Exception|Failure)$/
export const WRAPPER_MESSAGE = /\b(?:container|docker|dial|connect|connecting|connection|database|postgres|postgresql|redis|mongo|mongodb|mysql|broker|rabbitmq|kafka|Postgres|PostgreSQL|Redis|MongoDB|MySQL|Docker)\b/

const CONNECTION_WORDS = /connect|refus|unreachable|unavailable|timed? ?out|docker|container|pool|bean|context|abgelehnt|rehusada|rifiutata|recusada|отказ|отклон/i

/** Whether an error headline only wraps a service error printed nearby. */
export function isWrapperHeadline(line: string): boolean {
  // unittest's loader wraps the ImportError printed below it.
  if (line.includes('Failed to import test module')) return true
  const named = HEADLINE_CLASS.exec(line)
  // `sqlite3.OperationalError: near "FORM": syntax error` is the code's: a wrapper class wraps
  // only a connection problem.
  if (named) return WRAPPER_CLASS.test(named[1] as string) && CONNECTION_WORDS.test(line)
  return WRAPPER_MESSAGE.test(line)
}
