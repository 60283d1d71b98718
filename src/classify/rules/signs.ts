// Signs that shape how a unit is judged without being failure causes of their own: an error
// line nothing explains, an exception that only wraps a cause printed nearby, a client saying it
// will retry, a test that ran out of time, an assertion about an error.
import { SERVICE_WORDS, serviceForClient } from '../../knowledge/registry.js'

/**
 * A line that reports an error of its own: an exception raised, a go test's `file_test.go:12:`
 * message, an `Error:` line, or a crash. When no rule explains such a line, something failed for a
 * reason nobody knows, and the unit cannot be excused as infrastructure.
 * Nette Tester names a PHP error by its type (`E_WARNING: ...`, `E_USER_ERROR: ...`).
 * Test::More reports a failed test as a diagnostic (Test-Simple lib/Test/Builder.pm `_ok`: `#   Failed test 'name'`, or
 * `#   Failed test at t/x.t line 9.` for one without a name; `Failed (TODO) test` is no failure), which
 * normalise.ts reads without its `#`: the test's own check failed, for a reason its lines may or may not show.
 * Perl's `Can't call method "do" on an undefined value` (perldiag) is a handle that was never made: a refused connect
 * (DBI->connect with RaiseError off returns undef) or the code's own slip, so it is explained by no rule either.
 */
export const ERROR_HEADLINE = /^\s{0,12}(?:# )?E_(?:ERROR|WARNING|NOTICE|DEPRECATED|STRICT|RECOVERABLE_ERROR|CORE_ERROR|CORE_WARNING|COMPILE_ERROR|COMPILE_WARNING|PARSE|USER_ERROR|USER_WARNING|USER_NOTICE|USER_DEPRECATED): \S|^(?:E {1,8})?(?:Caused by: |Error: |\s{0,8}Suppressed: |\s{0,8})?(?:[A-Za-z_$][\w$]{0,80}(?:\.|\\|::)){0,8}(?:[A-Z][\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \[\w{1,40}\])?: \S|^\s{1,8}[\w-]{1,100}_test\.go:\d{1,6}: \S|^(?:FAIL|Error|error): \S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\d{1,6}:\d{1,6}: (?:fatal )?error|^\s{1,8}[\w-]{1,100}\.go:\d{1,6}: \S|^not ok \d|^(?:#\s{1,4}|\s{2,4})Failed test(?: '| at \S)|Can't call method "\w{1,100}" on an undefined value\b|: Failure$|: FAILED:$|^\s*✘ |^\[ {2}FAILED {2}\] |^(?:FAILURES|ERRORS)!$|\b[1-9]\d{0,5} (?:tests?|specs?) failed\b|^\d{1,6} specs?, [1-9]\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread "|\((?:[A-Z]\w{0,80}::){0,8}[A-Z]\w{0,80}(?:Error|Exception)\)\s*$|^\s{0,8}\*\* \([A-Z][\w.]{0,200}\)|^Unhandled exception\. |^Fatal error: |^\s{1,8}Error: \S|^(?:ERROR|FATAL): \S|\bERROR: \S|^\S{1,300}:\d{1,6}: (?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z]\w{0,80}(?:Error|Exception): \S|^thread '[^']{1,300}'(?: \(\d{1,10}\))? panicked at|^\s{2,}(?:Caused by: )?[\w$.]{1,200}(?:Exception|Error) at [\w$]{1,200}\.(?:java|kt|scala|groovy):-?\d{1,6}\s*$/

/**
 * Exceptions named only by their class, each shape at a line's start (no literal anchors them):
 * a dotted class with a message (`sqlalchemy.orm.exc.NoResultFound: ...`), one raised without a
 * message (`E   shop.pricing.PricingError`, a bare `com.acme.PricingException`), RSpec's class on
 * its own line (`Shop::PricingError:`), VSTest's `Type : message`; a `Suppressed:` under the flat console launcher's 13 spaces and a tab (attack 41b).
 */
export const DOTTED_HEADLINE = /^(?:E {1,8})?(?:\s{0,8}| {13}\t(?=Suppressed: ))(?:Suppressed: )?(?:[A-Za-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80}: \S|^E {1,8}(?:[A-Za-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80}\s*$|^\s{2,}(?:[A-Z]\w{0,80}::){1,8}[A-Z]\w{0,80}:\s*$|^\s{2,}[A-Z]\w{0,80}(?:Error|Exception|Failure):\s*$|^\s*(?:[A-Za-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80} : \S|^\s{0,8}(?:[a-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80}(?:Exception|Error)\s*$/

/** A crash that ends the run: what a runner listed as failing before it may be explained by it. */
export const FATAL = /^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\w{0,60}(?:Error|Exception))|^Exception in thread "main"|^Traceback \(most recent call last\):|^Error: Process completed with exit code|process\.exit\(|exited with code [1-9]/i

/** The exception class a headline names (`psycopg2.OperationalError`). */
const HEADLINE_CLASS = /([A-Za-z_$][\w$.]{0,200}(?:Error|Exception|Failure))(?: \[\w{1,40}\])?: /

/**
 * Exceptions that only wrap a cause printed nearby (a pool, a framework context, a driver's
 * connection error), judged on the class name alone: `ValueError: connection pool size` is the
 * code's. Free-text lines are wrappers when they talk about the service itself.
 */
const WRAPPER_CLASS = /(?:Connect|Connection|Timeout|TimedOut|Pool|Context|Bean|Dependency|Execution|Completion|Container|Jdbc|JDBC|DataAccess|Socket|Unavailable|Refused|Jedis|Redis|Mongo|Kafka|Amqp|AMQP|SQL|Sql|Operational|Interface|Aggregate|Transport|Network|Docker|NoHostAvailable|Nats)\w{0,80}(?:Error|Exception|Failure)$/
const WRAPPER_MESSAGE = new RegExp(String.raw`\b(?:container|docker|dial|connect|connecting|connection|database|broker|${SERVICE_WORDS.map(w => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})\b`, 'i')
const CONNECTION_WORDS = /connect|refus|unreachable|unavailable|timed? ?out|docker|container|pool|bean|context|abgelehnt|rehusada|rifiutata|recusada|отказ|отклон/i

/**
 * An error whose message only tells the reader to install or run something (`Error: Knex: run`
 * above the package it names, `Please install the pg package`): a wrapper of the missing-package
 * error that names the package, never an error of its own. Counter-examples: `Error: failed to
 * run migrations`, `RuntimeError: install step exited 1`.
 */
export const INSTALL_HINT = /:\s{0,4}run\s{0,4}$|\bplease install (?:the )?[\w@/.-]{1,100}(?: package| module)?(?: manually)?\b|\b(?:npm|yarn|pnpm) (?:i|install|add) [\w@/.-]{1,100}\s{0,4}$/i

/** An exception whose message is another's traceback (a thread's or a subprocess's, re-raised by a harness): it wraps the exception that traceback ends in. */
export const CARRIES_TRACEBACK = /: Traceback \(most recent call last\):\s*$/

/**
 * EF Core's execution strategy rethrowing a transient failure as InvalidOperationException
 * (dotnet/efcore src/EFCore.SqlServer/Properties/SqlServerStrings.resx TransientExceptionDetected;
 * Npgsql's and Pomelo's providers reuse the sentence): the inner exception printed below is the cause.
 */
export const EF_TRANSIENT_WRAPPER = /An exception has been raised that is likely due to a transient failure\./

/** Whether an error headline only wraps a service error printed nearby. */
/**
 * A wrapper headline that is not a client's own exception: its class is not under a service client's package
 * (`org.apache.kafka.common.errors.TimeoutException`, `redis.exceptions.ConnectionError` are the clients'). A class
 * of the project's own (`StoreUnavailableError`, attack 28j), a bare `Error:` or a built-in reads like a guard of the
 * code, which a client's exception is not.
 */
export function isOwnWordsWrapper(line: string): boolean {
  const named = HEADLINE_CLASS.exec(line)?.[1]
  if (named === undefined || !named.includes('.')) return true
  return serviceForClient('java', named) === undefined && serviceForClient('python', named.split('.')[0] as string) === undefined
}

export function isWrapperHeadline(line: string): boolean {
  if (INSTALL_HINT.test(line)) return true
  if (EF_TRANSIENT_WRAPPER.test(line)) return true
  // unittest's loader wraps the ImportError printed below it.
  if (line.includes('Failed to import test module')) return true
  if (CARRIES_TRACEBACK.test(line)) return true
  const named = HEADLINE_CLASS.exec(line)
  // `sqlite3.OperationalError: near "FORM": syntax error` is the code's: a wrapper class wraps only a connection problem.
  if (named) return WRAPPER_CLASS.test(named[1] as string) && CONNECTION_WORDS.test(line)
  return WRAPPER_MESSAGE.test(line)
}

/** Tool and runner lines that say a step failed without saying why. */
export const UNINFORMATIVE = /^\$ npm (?:i|install|add) |^\$ yarn add |^\$ pnpm (?:i|install|add) |^\$ pip3? install |^\$ gem install |^\$ bundle install|^\$ go get |^\+ npm (?:i|install) |^\s*\w{1,80}ClientProviderStrategy: failed with exception (?![^\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\[\d+\])?: \*\*\* |^##\[error\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \((?:failures|errors)=|^\[ERROR\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \d+ previous error|^FAIL\s*$/

/**
 * A line that is an assertion or an expectation: infrastructure words on it are what the test
 * checks, not why it failed (unless it says no error was expected: rules/code.ts). Deno's
 * "expects the node_modules/ directory to be up to date" is a tool's message, not an expectation.
 */
export const ASSERTION_CONTEXT =
  /AssertionError|AssertionFailedError|\bassert(?:Equals?|That|Raises|Throws)?\b|\bexpect\(|\bExpected(?: \w+)?:|\bReceived(?: \w+)?:|(?<!\b(?:seems?|appears?) )\bto (?:equal|match|include|contain|throw|be)\b(?! up to date\b)|\bshould (?:equal|be|match|include|contain|raise)\b|\bbut was\b|pytest\.raises|Assert\.\w+\(/

/** A client announcing another attempt, going on without the service, or a program saying it caught (handled) an exception: not yet why anything failed. */
export const RETRY_CONTEXT = /(?<!un)\bcaught (?:an? )?exception\b|\[ioredis\] Unhandled error event\b|^\s{0,8}(?:\[?(?:WARN(?:ING)?|[Ww]arn(?:ing)?)\]?:? |\(node:\d{1,10}\) Warning: )|\bretrying (?:in |after |the |connection|\.\.\.|…)|\bretrying\s*$|\bwill retry\b|\bretry(?:ing)? in \d|\breconnecting\b|\battempt \d{1,4}\s?(?:\/|of)\s?\d|\bcontinuing without\b|\bfalling back\b|\bfall(?:ing)? back to\b|\(continuing\b|\bignoring\b|\bskipping\b/i

/**
 * Links of an exception chain, and which side is the failure's cause:
 * - Java's `Caused by:` (and .NET's inner exceptions): what follows caused what came before;
 * - Python's `direct cause` (`raise X from Y`): what came before caused what follows;
 * - Python's `During handling of the above exception`: what follows happened while handling
 *   what came before; they are two errors, unless the first was only the I/O error beneath.
 * - RSpec's `# --- Caused by: ---`: the root cause of the exception above, linked only when that
 *   exception is a client's connection wrapper (Ruby sets a cause on any raise in a rescue).
 */
export const CAUSED_BY = /^\s*Caused by: |^\s*---> [\w.]{1,200}(?:Exception|Error)|^\s*--- End of inner exception stack trace ---|^\s{0,12}# --- Caused by: ---\s*$/
export const DIRECT_CAUSE = /^The above exception was the direct cause of the following exception:/
export const DURING_HANDLING = /^During handling of the above exception, another exception occurred:/
/** The I/O errors beneath a client's own (urllib3's ProtocolError beneath requests' ConnectionError). */
export const IO_ERROR = /\b(?:OSError|IOError|FileNotFoundError|ConnectionError|ConnectionResetError|BrokenPipeError|ProtocolError|TimeoutError|timeout|gaierror|herror|SSLError|MaxRetryError|NewConnectionError|ConnectTimeout(?:Error)?|ReadTimeout(?:Error)?|RemoteDisconnected|IncompleteRead)\b/

/** A test that ran out of time: a consequence (of a service that never answered, or of a hang), never a cause. */
export const TEST_TIMEOUT = /Hook timed out in \d+ ?ms|Timeout of \d+ ?ms exceeded|Exceeded timeout of \d+ ?ms|Test timed out in \d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \d/

/**
 * Text with the shape of a failure in some language or tool that no rule explains (SPEC, "The
 * burden of proof"): a diff in any format (normal `3c3`, unified `@@`), `cmp`'s "differ", a check
 * mark, a checker's or compiler's `file:line: error:`, Boost.Test's `check ... has failed`, a
 * shell's syntax error. Unexplained, never ignored: a refusal elsewhere does not account for it.
 */
export const FAILURE_SHAPE = /^@@ -\d{1,9}(?:,\d{1,9})? \+\d{1,9}(?:,\d{1,9})? @@|^\S{1,300} \S{1,300} differ: (?:byte|char) \d|\bcheck .{1,300} has failed\b|^\S{1,300}:\d{1,6}: error: \S|^\S{1,300}\(\d{1,6}\): (?:fatal )?error\b|\b[Ss]yntax error\b|^Found [1-9]\d{0,5} errors? in \d{1,6} files?|\bAssertion [`'"].{1,300}['"`] failed|^\*\*\* [1-9]\d{0,5} failures? (?:is|are) detected|\(signal: \d{1,2}, SIG[A-Z]{2,6}|\bsignal: (?:\d{1,2}|SIG[A-Z]{2,6})\b|\bkilled by signal\b/

/**
 * The same, for shapes that only a line's start can show: a normal diff's `3c3`, a check mark, pytest's `E   StopIteration` (an `E` line naming an exception no rule knows),
 * bun's `error` alone on its line over a thrown value that is no Error (`throw { code: 'OUT_OF_STOCK' }`),
 * the JUnit console launcher's `=> java.lang.IllegalStateException` (its failure's headline; a refusal suppressed under it is the @AfterEach's, attack 26),
 * Gomega's failed match, `Expected` alone on its line, then the actual value (`<float64>: 100`), the matcher's words (`to equal`,
 * `to be true`) and the expected one (onsi/gomega format.Message): an assertion, whose actual value may be an error (a refusal
 * printed below it), so no rule's on its own (attack 39b). `Expected success, but got an error:` and `Unexpected error:` are not it.
 */
export const FAILURE_SHAPE_AT_START = /^\d{1,9}(?:,\d{1,9})?[acd]\d{1,9}(?:,\d{1,9})?\s*$|^\s{0,8}[✗✘✖❌] \S|^E\s{1,40}(?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z][\w$]{1,120}(?::\s.*|\s*)$|^\s{2,12}error: ['"]\S|^\s{4}\S[^\n]{0,500} thrown$|^error$|^\s{0,20}=> (?:Exception: )?[\w$.]{1,200}(?:Exception|Error|Throwable)\b|^\s{0,12}Expected$/

/**
 * A line that restates an error already printed (SPEC: "a restatement never outranks the
 * specific line it repeats"): Java's and Node's `Caused by:`/`[cause]:`, vitest's `Serialized Error:`, the fields of a Node
 * error object (`code: 'ECONNREFUSED'`, `errno: -111`, `syscall: 'connect'`).
 */
/** An assertion object's field saying nothing was expected (Node's `expected: null,`, TAP YAML's `expected: ~`): the headline above says what failed. */
export const EXPECTED_NOTHING = /^\s{0,12}expected: (?:~|null|undefined),?\s*$/

export const RESTATEMENT = /^\s*(?:Caused by: |\[cause\]: |Serialized Error: )|^\s{1,8}(?:code|errno|syscall): ['"-]?[\w-]{1,40}['"]?,?\s*$/

/** pytest's location line under a traceback, `tests/test_x.py:12: AssertionError`: the class of the `E` lines above, restated. */
export const PYTEST_LOCATION = /^[\w./\\-]{1,300}\.py:\d{1,6}: [\w.]{1,200}$/

/**
 * Where an assertion's expected and received values are printed as a multi-line diff (jest and
 * vitest diffs and snapshots, chai's and node:assert's `+ expected - actual`, pytest's full
 * diff): the assertion failed, and what follows in that unit is data the test compared, never an
 * event of its own. One-line `Expected:`/`Received:` pairs are read as assertions (code.ts).
 */
export const DATA_START = /^\s*(?:- Expected\b|\+ Received\b|- Snapshot\b|\+ Snapshot\b|\+ expected - actual\b|\+ actual - expected\b)|^E\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/

/** A Python traceback begins: its exception is the first line that is not a frame (FRAME_OR_SOURCE). */
export const PY_TRACEBACK = /^(?:E\s{1,8})?Traceback \(most recent call last\):\s*$/
/** A frame or source line inside a Python traceback: indented, or pytest's `E` continuation of it. */
export const PY_FRAME = /^\s|^E\s{1,12}(?:File "|\S)/

/**
 * An exception named by its class alone, as the line a traceback ends with or a runner prints
 * above a stack (`StopIteration`, `Overdraft: balance 10`, `RuntimeError`): in that place, any
 * capitalised name is an exception, whatever its suffix.
 */
export const EXCEPTION_LINE = /^(?:E\s{1,8})?\s{0,8}(?:Uncaught )?(?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z][\w$]{1,120}(?: \[[\w-]{1,40}\])?(?::\s.*|:?\s*)$/

/** A stack frame of Node, Java, .NET or Kotlin (`    at f (file:1:2)`, `\tat a.B.c(B.java:3)`). */
export const STACK_FRAME = /^\s{1,12}at \S/

/**
 * Rust's panic header when the message follows on the next line (Rust 1.73 and later): the header
 * says only that the test panicked; the next line says why, and is judged in its place.
 */
export const PANIC_HEADER = /^thread '[^']{1,300}'(?: \(\d{1,10}\))? panicked at \S{1,300}:\d{1,6}:\d{1,6}:$/

/** TAP's nesting (node-tap, node:test's TAP reporter): `# Subtest: x` opens x, its `ok`/`not ok` line at the same indentation closes it. */
export const TAP_SUBTEST = /^( {0,64})# Subtest: /
export const TAP_RESULT = /^( {0,64})(not )?ok \d{1,6}\b/
/**
 * node:test's spec reporter nests the same way: `▶ suite` opens a suite (node 20 also closes a
 * passing one with `▶ suite (1.2ms)`), a result line (`✖`, `✔`, `﹣`) at its indentation closes it.
 */
export const SPEC_LINE = /^( {0,64})(▶|✖|✔|﹣) \S/
export const SPEC_DURATION_END = /\(\d[\d.]{0,20}m?s\)(?: # [^\n]{0,200})?$/

/** Markers inside a unit that say it is a parent whose children failed, not a failure of its own. */
/**
 * node:test's failure of a subtest its parent's end cut short (lib/internal/test_runner/test.js
 * postRun cancels every unfinished subtest with ERR_TEST_FAILURE, failureType kCancelledByParent):
 * the spec reporter's quoted message, TAP's `error:` and `failureType:` keys.
 */
export const CANCELLED_BY_PARENT = /^\s*(?:error: )?'test did not finish before its parent and was cancelled'\s*$|^\s*failureType: 'cancelledByParent'\s*$/

export const PARENT_MARKER = /failureType: '?subtestsFailed|^\s*error: '?\d+ subtests? failed/

/**
 * vitest's file reporters say where their results went (`JUNIT report written to F`, `JSON report written to F`; vitest
 * packages/vitest/src/node/reporters junit.ts, json.ts, blob.ts); with no reporter that prints to the log beside them, its
 * totals (`Test Files  1 failed (1)`) are never printed, and a test it failed is in no line of the log (attack 38b).
 */
export const VITEST_REPORT_FILE = /^(?:JUNIT|JSON|blob) report written to \S/
/** vitest's banner as a run starts (` RUN  v1.6.0 /app`): what follows, to its totals, is that run's. */
export const VITEST_BANNER = /^\s{0,4}RUN\s{1,4}v\d{1,3}\.\d{1,3}\.\d{1,3}\b/
export const VITEST_TOTALS = /^\s{0,8}Test Files\s{1,8}\d{1,9} (?:failed|passed)\b/

/**
 * Test::Builder's word that a test script died partway (`# Looks like your test exited with 255 just after 2.`, `... before it
 * could output anything.`; Test-Simple lib/Test/Builder.pm _ending): what killed it is the line printed just above, the
 * script's own `die`. Only a sure refusal there explains it (attack 40a: `Invalid quantity 99 for SKU-2`, read by no rule).
 */
export const PERL_SCRIPT_DIED = /^# Looks like your test exited with \d{1,3} (?:just after \d{1,9}|before it could output anything)\.$/
/** A test script stopped the whole run (Test::More's BAIL_OUT; TAP::Harness `Bailout called.  Further testing stopped:`, prove's `FAILED--Further testing stopped:`). */
export const PERL_BAILED_OUT = /^(?:Bailout called\.\s{1,4}Further testing stopped:|FAILED--Further testing stopped\b)/

