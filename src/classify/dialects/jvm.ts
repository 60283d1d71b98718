// Maven Surefire and Gradle.
import type { Dialect } from './dialect.js'

export const SUREFIRE: Dialect = {
  id: 'surefire',
  markers: [
    // `[ERROR] testX(com.a.FooTest)  Time elapsed: 0.1 s  <<< ERROR!`; a class-level failure names the class alone.
    { event: 'start', pattern: /^\[ERROR\] (?<name>\S[^\n]{0,400}?)(?: --)?\s+Time elapsed: [^\n]{0,60}<<< (?:FAILURE|ERROR)!$/ },
    { event: 'end', pattern: /^\[INFO\]|^\[ERROR\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \[Help)|^\[WARNING\] Tests run:/ }
  ],
  // The module's totals, not each class's line (`..., Time elapsed: 0.2 s <<< FAILURE! -- in com.acme.OrdersTest`), which
  // the totals count again: a reactor's modules each print theirs, and they add up.
  reportedFailures: /^\[(?:ERROR|WARNING)\] Tests run: \d+, Failures: (\d+)(?:, Errors: (\d+))?(?![^\n]{0,200}Time elapsed)/
}

// Gradle's console shows a failing test as `ExceptionClass at File.java:42`; for the classes that
// only wrap a cause (a Spring context, a Testcontainers strategy, a driver) the cause is in the
// output above, so such a line neither explains nor contradicts anything.
const WRAPPER_ECHO = /^\s+(?:Caused by: )?[\w$.]{0,200}\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\w$]{0,60}Connect(?:ion)?\w{0,60}Exception) at [\w$.]{1,200}:-?\d+\s*$|^\s+(?:Caused by: )?[\w$.]{0,200}\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\.java:-?\d+\s*$/

export const GRADLE: Dialect = {
  id: 'gradle',
  markers: [
    // Gradle prints a test's output before its result line, under `X > y STANDARD_OUT` when shown.
    { event: 'run', pattern: /^(?<name>[\w.$]{1,300} > [^\n]{1,400}) STANDARD_(?:OUT|ERROR)$/ },
    { event: 'pass', pattern: /^(?<name>[\w.$]{1,300} > [^\n]{1,400}) (?:PASSED|SKIPPED)$/, afterOutput: true },
    { event: 'start', pattern: /^(?<name>[\w.$]{1,300} > [^\n]{1,400}) FAILED$/, afterOutput: true },
    { event: 'end', pattern: /^\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/ }
  ],
  reportedFailures: /^\d+ tests? completed, (\d+) failed/,
  wrapperEcho: WRAPPER_ECHO
}

// The JUnit Platform Console Launcher (`java -jar junit-platform-console-standalone.jar`): a tree
// of results, then `Failures (N):` with each failure under its engine's path (`  JUnit
// Jupiter:Class:method()`, a class's own failure as `  JUnit Jupiter:Class`) and `=> Exception`,
// then a summary box (`[   2 tests failed   ]`), which is a count, not an error.
export const CONSOLE_LAUNCHER: Dialect = {
  id: 'junit-console',
  markers: [
    { event: 'details', pattern: /^Failures \(\d{1,6}\):$/ },
    { event: 'start', pattern: /^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\n]{1,500})$/ },
    { event: 'end', pattern: /^Test run finished after \d{1,9} ms$|^\[\s{1,20}\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\s{0,20}\]$/ }
  ],
  // Its summary box (MutableTestExecutionSummary.printTo) counts failed containers (a class whose
  // `@BeforeAll` threw, an engine) apart from failed tests, each line below `Test run finished after`:
  // both are failures it lists, in the tree's `Failures (N):` as in the flat mode's `=> Exception:` blocks.
  reportedFailures: /^\[\s{1,20}(\d{1,6}) (?:tests|containers) failed\s{0,20}\]$/,
  reportedSumFrom: /^Test run finished after \d{1,9} ms$/,
  // The path is display names (MutableTestExecutionSummary.describeTest): a class's simple name, so
  // `a.StoreTest` and `b.StoreTest` print alike; the source below it (printSource) tells them apart.
  unitIdentity: /^\s{2,8}((?:MethodSource|ClassSource) \[className = '[^'\n]{1,300}'[^\n]{0,500})$/
}

// The same launcher with `--details=flat` (junit-team/junit5, junit-platform-console
// .../console/tasks/FlatPrintingListener.java): a line an event, `%-10s   %s (%s)` of the event's label,
// the display name and the unique id, for every container (engine, class) and test alike: `Started:`,
// `Finished:`, `Skipped:` (its `=> Reason:` below), `Reported:` (a report entry of a running test) and
// `Registered:` (a dynamic test). Below `Finished:` it prints `=> Exception: ` and the stack trace, each
// line indented 13 spaces (INDENTATION), whenever the result holds a throwable: a failed test's or
// container's, and an aborted one's too (an assumption that did not hold: opentest4j's
// TestAbortedException, JUnit 4's AssumptionViolatedException), which is no failure. A container that
// failed (`@BeforeAll`, `@BeforeClass`, a class rule) is reported on its own `Finished:` line, and its
// tests may never start. No `Failures (N):` section follows in this mode (ConsoleTestExecutor
// printSummary), only the summary box, read by CONSOLE_LAUNCHER above.
// What a test prints between its `Started:` and `Finished:` is its own; after its `Finished:`, a line no
// longer indented is no test's. The launcher's lines reach a log in blocks, so a test's output may land
// before them, even inside one of them (seen in real runs): only a test's `=> Exception:` block is
// surely its own account.
const FLAT_LINE = (label: string, pad: number): RegExp => new RegExp(`^${label}: {${pad}}(?<name>[^\\n]{1,600}? \\(\\[engine:[^\\n]{1,2000}\\))$`)

export const CONSOLE_FLAT: Dialect = {
  id: 'junit-console-flat',
  markers: [
    { event: 'run', pattern: FLAT_LINE('Started', 5), contains: '([engine:' },
    // Its outcome is the block below it, or nothing (it succeeded): concluded, not yet failed.
    { event: 'run', pattern: FLAT_LINE('Finished', 4), contains: '([engine:', awaitsResult: true, detailsIndented: true },
    { event: 'pass', pattern: FLAT_LINE('Skipped', 5), contains: '([engine:' },
    // Why it was skipped (a condition's words, `@Disabled("...")`): no account of any failure.
    { event: 'quiet', pattern: /^ {13}=> Reason: /, contains: '=> Reason: ' },
    // A running test's report entry, and a dynamic test registered before it starts: the test's lines.
    { event: 'run', pattern: FLAT_LINE('Reported', 4), contains: '([engine:' },
    { event: 'run', pattern: FLAT_LINE('Registered', 3), contains: '([engine:' },
    { event: 'end', pattern: /^Test execution (?:started\. Number of static tests: \d{1,9}|finished\.)$/ }
  ],
  // The `=> Exception:` block's own lines, each indented 13 spaces (FlatPrintingListener.indented), after a
  // test's output cut it (its writer flushes in blocks: seen cutting a stack frame in two in real runs).
  resumesDetails: /^ {13}\S/,
  // FlatPrintingListener.indented: every line of the account 13 spaces deep (a frame's tab after them).
  accountIndent: ' '.repeat(13),
  // Every test and container it starts it finishes: one started and never finished is one the JVM died inside.
  concludesEveryTest: true,
  // A throwable below `Finished:`, unless it says the test was aborted (Jupiter's and the vintage engine's
  // assumption failures are counted as aborted, in the summary's `tests aborted`, not as failed).
  failedBlock: /^(?: {13})?=> Exception: (?!(?:org\.opentest4j\.TestAbortedException|org\.junit\.(?:internal\.)?AssumptionViolatedException)(?::|\s*$))/,
  // Throwable.toString(): the class's binary name, then `: ` and the message, or nothing. The launcher's writer flushes
  // in blocks while a test's own prints go out at once, so one can land inside the line (`shop.PricingExceptiprice cache
  // unavailable...: java.net.ConnectException: Connection refused`, attack 39a): then the account is not read.
  wholeBlockStart: /^(?: {13})?=> Exception: [\w$]{1,200}(?:\.[\w$]{1,200}){0,40}(?::(?: |$)|\s*$)/
}

// JUnit 4's text runner (`java org.junit.runner.JUnitCore`, Ant's plain formatter is another): a
// dot a test (`E` for a failure) while it runs, then `There were 2 failures:` with each under
// `1) method(pkg.Class)` (a class-level failure, `@BeforeClass`'s, as `1) pkg.Class`), then
// `FAILURES!!!` and `Tests run: 8,  Failures: 2`, or `OK (8 tests)`.
export const JUNITCORE: Dialect = {
  id: 'junitcore',
  markers: [
    { event: 'details', pattern: /^There (?:was 1 failure|were \d{1,6} failures):$/ },
    { event: 'start', pattern: /^(?<key>\d{1,5})\) (?<name>[\w$]{1,300}\([\w.$]{1,300}\)|[a-z][\w$]{0,100}\.[\w$.]{1,300})$/ },
    { event: 'end', pattern: /^FAILURES!!!$|^OK \(\d{1,6} tests?\)$|^Tests run: \d{1,6},\s{1,3}Failures: \d{1,6}$/ }
  ],
  reportedFailures: /^Tests run: \d{1,6},\s{1,3}Failures: (\d{1,6})$/,
  // JUnitCore's footer when every test passed.
  passedAll: /^OK \(\d{1,9} tests?\)$/,
  // JUnitCore's `JUnit version 4.13.2`, then a `.` as each test starts (its output follows on the same line).
  banner: /^JUnit version \d{1,3}\.\d{1,3}(?:\.\d{1,3})?$/,
  progress: /^\.{1,200}(?![./])/,
  namesPhasesAlike: true
}
