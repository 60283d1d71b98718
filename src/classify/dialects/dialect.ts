// A runner dialect turns a runner's output into failing units: each failing test, and each
// failure outside a test (collection, a hook or fixture, a suite that failed to load, a crash).
// A dialect is data: the lines that mark where a unit starts, fails, passes or ends, as
// dorny/test-reporter has one parser per report format. units.ts applies them to the stream.

/**
 * What a marker line means:
 * - `start`: a failing test's details begin here;
 * - `outside`: a failure outside any test begins here (collection, hook, suite load, crash);
 * - `run`: a test began, and fails only if the runner later says so (go's `=== RUN`);
 * - `fail`: the test failed; its details follow (go prints them after `--- FAIL`);
 * - `listed`: the test failed, its details come later under the same key (mocha's inline `1) x`);
 * - `pass`: the test passed: what it printed never counts;
 * - `end`: the current unit ends (a section header, a summary, a passing test's line);
 * - `quiet`: what follows is logging, until the next marker (jest's `● Console`, vitest's `stdout |`);
 *   when it names a test (vitest's `stderr | file > test`), that logging is the test's own;
 * - `passes`: what follows is passing tests' output, their headers included (pytest's PASSES),
 *   until the dialect's next section;
 * - `group-pass` / `group-fail`: a group of tests ended (a go package); a group that failed
 *   with no failing test failed outside any test (a panic in init, log.Fatal, a build error);
 * - `details`: the section where listed tests' details are printed begins (`N failing`,
 *   `Failures:`): what came before it outside any unit was passing tests' output;
 * - `phases`: the current unit holds more than one error: its hooks' (setup's, teardown's) too
 *   (RSpec's `Got 0 failures and 2 other errors:`, minitest's second, unnumbered `Error:`);
 * - `note`: a note on the test whose closing line (`closes`) came just before it (bun's
 *   `^ this test timed out after 5000ms.` under `(fail) x`): that test's, not the next one's;
 * - `data`: a line of the announced test's own stream (prove -v's TAP under `t/x.t .. `, Marker
 *   `ofAnnounced`): no marker of any runner, and nothing happens.
 */
export type MarkerEvent = 'phases' | 'start' | 'outside' | 'run' | 'fail' | 'listed' | 'pass' | 'end' | 'quiet' | 'passes' | 'details' | 'group-pass' | 'group-fail' | 'note' | 'data'

export interface Marker {
  readonly event: MarkerEvent
  /** Group `name` (or `name2`) names the unit; `key`, when present, identifies it; `reason` carries a one-line cause. */
  readonly pattern: RegExp
  /** How the unit is keyed when one test is named differently in two places. */
  readonly keyFromName?: (name: string) => string
  /**
   * The runner prints a test's line after what the test printed (mocha, node:test): findings
   * since the previous test's line belong to this unit. A passing test's line drops them.
   */
  readonly afterOutput?: boolean
  /**
   * A literal every line of this marker holds, for a pattern whose first character can be any:
   * the expression runs only on lines that hold it (a cheap test first).
   */
  readonly contains?: string
  /**
   * The test's line is the last the runner prints of it (bun's `(fail) x [1.2ms]`, after its
   * error): what follows belongs to the next test, but for a `note` marker right below.
   */
  readonly closes?: boolean
  /**
   * The test's closing line, whose outcome only the lines right below it say (the console launcher's
   * `--details=flat` `Finished:`, with `=> Exception:` below it only when the test did not succeed): the
   * test is concluded (Dialect `concludesEveryTest`) but stays announced, and its dialect's `failedBlock`
   * read below this line, and only there, says it failed.
   */
  readonly awaitsResult?: boolean
  /**
   * The runner says, by this marker alone, that the unit failed an assertion (test-unit's and
   * minitest's `Failure:`, as opposed to their `Error:`): a code finding even when the message
   * below it is a diagram no rule reads.
   */
  readonly asserts?: boolean
  /**
   * This `details` header opens a section that lists only failed assertions (PHPUnit's `There were 2
   * failures:`, apart from its `errors:`): a test listed there that shows nothing else failed an assertion
   * whose message no rule reads (`$this->fail('Limit should have been reached')`).
   */
  readonly listsAssertions?: boolean
  /**
   * The marker's name is the file whose results follow (jest's `FAIL path`): the units after it
   * are that file's, and a failure the runner reports for the whole file (a teardown's) is scoped
   * to it.
   */
  readonly namesFile?: boolean
  /**
   * The runner prints a failed test's details indented under its line (node:test's spec reporter:
   * `✖ name (2ms)`, then `  'test timed out'`): a line no deeper than the test's own is no longer
   * its detail but the next test's output, which the runner prints before that test's line.
   */
  readonly detailsIndented?: boolean
  /** The unit's name is the next line (minitest's `  1) Error:`, then `Class#test_x [file:12]:`). */
  readonly namedBelow?: boolean
  /**
   * The failures that follow, until the next such header, are suites' (their hooks'), or tests'
   * again (vitest's `Failed Suites` and `Failed Tests`): a suite's unit holds its setup's and its
   * teardown's errors.
   */
  readonly section?: 'suites' | 'tests'
  /**
   * Read only once this dialect's own test lines (`start`, `pass`) or its details header (`details`) have been seen: testdox's class
   * header (`Fetch (Ns\\Fetch)`) is the shape of any message line that names a class in parentheses.
   */
  readonly afterItsTests?: boolean
  /**
   * Read only while the test this dialect announced (`run`) is the current unit: prove's lines under its
   * `t/x.t .. ` header, which name no file (`Dubious, test returned 1 (wstat 256, 0x100)`, `Failed 1/3
   * subtests`, a verbose run's lone `ok`). A `pass` or `fail` concludes that test and takes its key; a `data`
   * line is its own stream (the script's TAP, `not ok 2 - x`), no other runner's marker.
   */
  readonly ofAnnounced?: boolean
  /**
   * Read only inside one of the dialect's sections (Dialect `sectionHeader`), from its header to its `end` marker:
   * PHPUnit's `1) Class::method` heads a failure only under its `There were 2 errors:`; the same shape printed
   * before (a bootstrap's own numbered report) or after its summary is another program's output.
   */
  readonly inSection?: boolean
  /**
   * This `details` header opens a section whose entries the runner counts under another heading than the failures its
   * count (`reportedFailures`) reads (PHPUnit's `There was 1 risky test:`, counted as `Risky: 1`): a unit first listed
   * there stands for none of them (as Marker `countedApart`).
   */
  readonly entriesCountedApart?: boolean
  /**
   * The test's line says it failed after its own output passed (run-tests.php's BORK `reason: invalid
   * output from CLEAN`: the test passed, then its CLEAN section printed something): what it printed
   * above the line is a passing test's output, dropped; the failure's account is printed elsewhere.
   */
  readonly dropsOutput?: boolean
  /**
   * The runner counts this failed test under another heading than the failures its count
   * (`reportedFailures`) reads (run-tests.php counts a WARN&FAIL as warned): it covers none of them.
   */
  readonly countedApart?: boolean
  /**
   * This header opens a closing list whose entries hold accounts printed nowhere else (run-tests.php's
   * BORKED TEST SUMMARY: what a CLEAN section printed): each entry's lines, up to the one `last` reads
   * (group `name` names the test, `reason` is that line's own text), are that test's; `end` closes the list,
   * and what follows it is the runner's closing output, until its next marker.
   */
  readonly entries?: { readonly last: RegExp; readonly end: RegExp; readonly keyFromName?: (name: string) => string }
}

export interface Dialect {
  /** The runner family, as units and evidence name it. */
  readonly id: string
  readonly markers: readonly Marker[]
  /**
   * The runner announces every test (`run`) and always concludes it (`pass`/`fail`): a test
   * announced and never concluded is one the process died inside (go's `=== RUN`). A runner whose
   * `run` marks only open a group it may never close in text (poku, Gradle's output headers) does not.
   */
  readonly concludesEveryTest?: boolean
  /**
   * After this runner's `end` marker and before its group's result, what a harness prints around
   * the tests (go's TestMain after m.Run()) is a failure outside any test unless it is one of the
   * runner's own lines given here.
   */
  readonly ownLinesAfterTests?: RegExp
  /**
   * A line of a unit's details that names the file it is in (RSpec's `# ./spec/x_spec.rb:10:in`,
   * group 1): the unit's file, for a runner that prints no file header.
   */
  readonly unitFile?: RegExp
  /**
   * The runner's own lines reach the log in blocks, while what the tests print goes out at once (the console
   * launcher's writer is buffered): a test's output can cut a failed test's indented details (Marker
   * `detailsIndented`) in two. A line this reads, after such a cut and before the next marker, is those
   * details again (their own indentation: `             \tat ...`); the lines that cut them stay no test's.
   */
  readonly resumesDetails?: RegExp
  /**
   * How deep the runner indents every line of a failed test's details, whatever its marker's own indentation (Marker
   * `detailsIndented`): ExUnit right-aligns its counter (`  1)`, ` 10)`, `100)`) and pads each detail line with five
   * spaces, so a line indented less (a dot, a `--trace` line, a log line) is no longer the failure's.
   */
  readonly detailsDepth?: number
  /**
   * Inside a failed test's indented details (Marker `detailsIndented`), the line that opens what the test logged
   * (ExUnit's `capture_log: true`: `     The following output was logged:`): the lines below it, to the details'
   * end, are the test's own logging, printed after its failure, not the failure: a client's refusal there explains
   * no failure message above it (as a test's own output never does by itself).
   */
  readonly loggedSection?: RegExp
  /** The runner's own count of failed tests (group 1), to notice failures it never printed. */
  readonly reportedFailures?: RegExp
  /**
   * The runner's own summary when no test failed and nothing errored (`2 examples, 0 failures`, `OK (3 tests, 3 assertions)`):
   * an error printed above it failed no test, so it cannot be what failed the run (verdict.ts judgeByFatal).
   */
  readonly passedAll?: RegExp
  /**
   * The runner's own line that it stopped the run early: a `passedAll` summary after it speaks only for the tests that ran.
   * It starts with `!` (pytest's): the classifier tests no other line against it.
   */
  readonly interrupted?: RegExp
  /** The runner's banner, printed once before any test (`PHPUnit 9.6.7 by Sebastian Bergmann and contributors.`); it starts with a capital letter or `=`, the only lines tested. */
  readonly banner?: RegExp
  /**
   * The mark the runner prints at a line's start as a test starts or passes (PHPUnit's and JUnitCore's `.`), read only
   * after its banner: after a refusal, the runner went on to another test, so the refusal did not end the run.
   */
  readonly progress?: RegExp
  /**
   * The line that opens one of its sections of listed tests (PHPUnit's `There was 1 error:`, `There were 2 risky tests:`,
   * any kind it lists): its `inSection` markers are read from there to its next `end` marker. Tested on every line,
   * whatever dialect's marker claims it (JUnitCore prints PHPUnit's `There was 1 failure:` too).
   */
  readonly sectionHeader?: RegExp
  /**
   * The line that opens the runner's summary when it prints each kind of failure's count on a line
   * of its own (run-tests.php's `Number of tests :`, then `Tests borked : 1` and `Tests failed : 2`):
   * the counts its `reportedFailures` reads below it add up, until the next such line.
   */
  readonly reportedSumFrom?: RegExp
  /**
   * Its count holds each phase's error of a test apart (pytest's `ERROR at setup of x` and
   * `ERROR at teardown of x` are two errors), printed under the same name: one unit, counted twice.
   */
  readonly countsPhases?: boolean
  /**
   * It prints each failure of one test or class apart, under the same name (JUnit 4's `1) Class`
   * for `@BeforeClass`, `2) Class` for `@AfterClass`; unittest's cleanup under its setup's name):
   * two failing units of one name are one scope's setup and teardown.
   */
  readonly namesPhasesAlike?: boolean
  /** The runner's words for "this failed" that say nothing about why (node:test's YAML keys): they neither explain nor contradict. */
  readonly uninformative?: RegExp
  /**
   * The runner's one-line echo of a library's wrapper exception (Gradle's `BeanCreationException
   * at ...`): the cause was printed once for the whole group, elsewhere. A test that shows only
   * this takes the outcome of a unit of its own class that shows the cause.
   */
  readonly wrapperEcho?: RegExp
  /**
   * The runner prints one error once for every test that failed with it: failing tests' markers
   * on consecutive lines share the details below the last one (vitest's ` FAIL  a`, ` FAIL  b`).
   */
  readonly groupsIdenticalFailures?: boolean
  /**
   * The runner prints each failure once, so a name printed again is another failure of that name
   * (unittest's `ERROR: tests (unittest.loader._FailedTest.tests)` for every module it could not import).
   */
  readonly repeatsAreFailures?: boolean
  /**
   * A line right below a failure's marker that says which test it is (node:test's `location:
   * 'file:12:3'`, the console launcher's `MethodSource [className = 'a.StoreTest', ...]`), group 1:
   * two failures of one name at two places are two tests, as the runner's count has them.
   */
  readonly unitIdentity?: RegExp
  /**
   * Under one file's header it prints each failure once (jest's `● title` under `FAIL path`): the
   * same title again under that header is another failure (two `describe` blocks of one title);
   * the file's header again (jest's `Summary of all failing tests`) only repeats them.
   */
  readonly repeatsInFileAreFailures?: boolean
  /** A test listed after a failing test named `<its name>/...` only reports that subtest's failure (go's subtests): a parent. */
  readonly subtestsBySlash?: boolean
  /**
   * Its blocks hold another runner's output for the block's own test (gotestsum's `=== FAIL: pkg
   * TestX/sub` block ends with go's `--- FAIL: TestX/sub`): that runner's markers naming the block's
   * test are the test's own lines, not another test.
   */
  readonly holdsOutputOf?: string
  /** Its failure count (`reportedFailures`) includes the parents of failed subtests, which are no units of their own. */
  readonly countsParents?: boolean
  /**
   * Its details section heads each failure with the failed test's title alone on a line (AVA: `─`,
   * then `  file › title`), where its listing line appended the error's message (`✘ [fail]: file ›
   * title Rejected promise returned by test`): a details line that is a listed test's title opens
   * that test's details, in the order the tests were listed.
   */
  readonly titledDetails?: boolean
  /** The runner runs inside one go test, whose `--- FAIL` right after this runner's end only reports its failures. */
  readonly wrapsInGoTest?: boolean
  /**
   * Its keys are file paths (`keyFromName`), printed relative in one place and whole in another
   * (run-tests.php's result lines strip TEST_PHP_SRCDIR, its BORKED TEST SUMMARY does not): a key no
   * unit has is the known one whose path it ends with, after a `/`.
   */
  readonly pathKeys?: boolean
  /**
   * A block the runner prints only for a test that did not pass (run-tests.php's `========DIFF========`):
   * the pending test (`run`) that prints it failed, whether or not its result line is read, unless
   * that line says it passed (an expected failure).
   */
  readonly failedBlock?: RegExp
  /**
   * How the first line of a `failedBlock` reads when it is whole (the JUnit console launcher's `=> Exception: <class>` and
   * `: <message>` or nothing): one that opens the block and reads otherwise was cut by other output written into it, so
   * the test's own account of its failure is not there to read.
   */
  readonly wholeBlockStart?: RegExp
  /**
   * A failure's details end with an empty line (ExUnit's formatter): a line after it is no longer the failed test's, however
   * deep it is indented (a passing test's print), unless it opens the test's captured log (`loggedSection`).
   */
  readonly blankEndsDetails?: boolean
  /**
   * The indent the runner gives every line of a failed test's account, whose lines others' prints can cut (the flat console
   * launcher's 13 spaces): a line without it right below the account's first line means that line may be cut short.
   */
  readonly accountIndent?: string
  /**
   * Its result line holds the test's title as written, line breaks and all (run-tests.php's
   * show_result() with a --TEST-- of two lines): `first` reads a result's first line that names no
   * test (group `type`, group `name` its title's start) when no marker does, and `last`, at most
   * `lines` below, the line that names it (group `name`). The lines between are the title: data.
   * `failing` says which types are failures, `countedApart` which of those the runner counts under
   * another heading (Marker `countedApart`).
   */
  readonly wrappedResults?: WrappedResults
  /**
   * A failure whose numbered header names no test and whose next line does (PHPUnit 9's `1) Error`, then `The data provider
   * specified for Ns\\XTest::testY is invalid.`): inside the dialect's sections, `head` marks the header (group `name`, its
   * title), `name` (group `name`) the line below, which opens the unit, keyed as that test is. A header whose next line
   * names no test opens a unit all the same, titled by the header and keyed by that line's text. `blankLines`: how many
   * empty lines may come between (testdox's bar). A header that is one of the dialect's markers opens nothing by itself,
   * and counts only under a file header (Marker `namesFile`) that `underFile` matches, when given.
   */
  readonly headedBelow?: { readonly head: RegExp; readonly name: RegExp; readonly keyFromName: (name: string) => string; readonly blankLines?: number; readonly underFile?: RegExp }
}

export interface WrappedResults {
  readonly first: RegExp
  readonly last: RegExp
  readonly failing: RegExp
  readonly countedApart: RegExp
  /** At most this many lines below the first. */
  readonly lines: number
  /** A result's first line follows a marker of the dialect or this line (run-tests.php's `========DONE========`): never a test's output. */
  readonly after: RegExp
  readonly keyFromName?: (name: string) => string
}
