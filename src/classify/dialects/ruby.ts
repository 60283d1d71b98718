// RSpec, minitest and test-unit.
import type { Dialect } from './dialect.js'

export const RSPEC: Dialect = {
  id: 'rspec',
  markers: [
    // Under `Failures:`, `  1) User does x`; `An error occurred while loading ./spec/x_spec.rb.` is outside any example.
    { event: 'outside', pattern: /^An error occurred (?:while loading (?<name>\S{1,300})|(?<name2>in an? `(?:before|after)\(:(?:suite|context|all)\)` hook))/ },
    // An example with errors in its hooks too: `Got 0 failures and 2 other errors:`, then `1.1)`, `1.2)`.
    { event: 'phases', pattern: /^\s{1,12}Got \d{1,6} failures? and \d{1,6} other errors?:$/ },
    // Pending examples are numbered like failures: none of them failed.
    { event: 'passes', pattern: /^Pending: / },
    { event: 'details', pattern: /^Failures:$/ },
    { event: 'listed', pattern: /^\s{1,8}(?<key>\d{1,5})\) (?<name>\S[^\n]{0,500})$/ },
    // The failures formatter (`--format failures`, rspec-core FailureListFormatter) lists each failed example as
    // `path:line:description` and nothing else: a failure listed without details (attack 36c).
    { event: 'listed', pattern: /^(?<name>\.\/\S{1,300}_spec\.rb:\d{1,6}:\S[^\n]{0,500})$/ },
    { event: 'end', pattern: /^Finished in |^Failed examples:|^\d+ examples?, / }
  ],
  reportedFailures: /^\d+ examples?, (\d{1,6}) failures?/,
  // RSpec's summary with nothing failed (with an error outside the examples it goes on: `, 1 error occurred outside of examples`).
  // Its JSON formatter's one line holds the same summary (`"summary_line":"2 examples, 0 failures"`, attack 32a).
  passedAll: /^\d{1,9} examples?, 0 failures(?:, \d{1,9} pending)?$|"summary_line":"\d{1,9} examples?, 0 failures(?:, \d{1,9} pending)?"/,
  // The spec file an example or a hook's error was raised in: its first frame there.
  unitFile: /^\s{0,20}# (\.\/\S{1,300}_spec\.rb):\d{1,6}:in /,
  // An example's description, however it reads (`raises ArgumentError`): the rerun list under
  // `Failed examples:` and the documentation formatter's `(FAILED - 3)` lines.
  uninformative: /^rspec \S{1,300}(?::\d{1,6}|\[[\d:,]{1,100}\]) # |\(FAILED - \d{1,6}\)\s*$/
}

export const MINITEST: Dialect = {
  id: 'minitest',
  markers: [
    // `  1) Failure:` / `  2) Error:` then `TestUser#test_x [test/user_test.rb:12]:` on the next line.
    { event: 'start', pattern: /^\s{0,4}(?<key>\d{1,5})\) (?<name>Failure):$/, asserts: true, namedBelow: true },
    { event: 'start', pattern: /^\s{0,4}(?<key>\d{1,5})\) (?<name>Error):$/, namedBelow: true },
    // A second error of the same test, unnumbered (its teardown's, after the test's own): its phases.
    { event: 'phases', pattern: /^Error:$/ },
    { event: 'end', pattern: /^\d+ runs, \d+ assertions, / }
  ],
  reportedFailures: /^\d+ runs, \d+ assertions, (\d{1,6}) failures(?:, (\d{1,6}) errors)?/,
  // minitest's summary with nothing failed.
  passedAll: /^\d{1,9} runs, \d{1,9} assertions, 0 failures, 0 errors, \d{1,9} skips$/
}

// minitest-reporters (kern/minitest-reporters), whose reporters replace minitest's own output.
// SpecReporter (spec_reporter.rb, relative_position.rb): the class name on a line of its own, then each
// test as `pad_test(name)` (two spaces, the name left-justified to 63 columns), `pad_mark(result)`
// (`%5s` of PASS, FAIL, ERROR, SKIP) and ` (%.2fs)`; a failure's details follow at once, the
// exception's class then its message padded by eight spaces (`Minitest::Assertion:` for a failed
// assertion, `Minitest::UnexpectedError:` wrapping an exception); it closes with `Finished in %.5fs`.
// A name longer than 63 columns runs into ERROR (`test_..._timestampERROR (0.00s)`); FAIL keeps its
// padding space. It prints the test's name without its class, so two classes' `test_insert` are two
// failures of one name (`repeatsAreFailures`).
// DefaultReporter (default_reporter.rb, the reporter `Minitest::Reporters.use!` installs by default):
// progress marks, `Finished tests in %.6fs, %.4f tests/s, %.4f assertions/s.`, then each failure as
// `Failure:` / `Error:` (`Skipped:` with detailed_skip) alone on a line with `Class#test [loc]` or
// `Class#test:` below it. Those bare words are minitest's own second-phase `Error:` too, so they are
// read as this reporter's only after its `Finished tests in` line (`afterItsTests`).
// Both close with base_reporter.rb's `%d tests, %d assertions, %d failures, %d errors, %d skips`.
export const MINITEST_REPORTERS: Dialect = {
  id: 'minitest-reporters',
  markers: [
    { event: 'start', pattern: /^ {2}(?<name>\S[^\n]{0,500}?) {1,63}FAIL \(\d{1,6}\.\d\ds\)$/, asserts: true },
    { event: 'start', pattern: /^ {2}(?<name>\S[^\n]{0,500}?) {0,63}ERROR \(\d{1,6}\.\d\ds\)$/ },
    { event: 'pass', pattern: /^ {2}(?<name>\S[^\n]{0,500}?) {1,63}(?:PASS|SKIP) \(\d{1,6}\.\d\ds\)$/ },
    { event: 'details', pattern: /^Finished tests in \d{1,6}\.\d{6}s, \d{1,9}\.\d{4} tests\/s, \d{1,9}\.\d{4} assertions\/s\.$/ },
    { event: 'start', pattern: /^(?<name>Failure):$/, asserts: true, namedBelow: true, afterItsTests: true },
    { event: 'start', pattern: /^(?<name>Error):$/, namedBelow: true, afterItsTests: true },
    { event: 'pass', pattern: /^(?<name>Skipped):$/, namedBelow: true, afterItsTests: true },
    { event: 'end', pattern: /^Finished in \d{1,6}\.\d{5}s$|^\d+ tests, \d+ assertions, \d+ failures, \d+ errors, \d+ skips$/ }
  ],
  reportedFailures: /^\d+ tests, \d+ assertions, (\d{1,6}) failures, (\d{1,6}) errors, \d{1,6} skips$/,
  // base_reporter.rb's summary with nothing failed.
  passedAll: /^\d{1,9} tests, \d{1,9} assertions, 0 failures, 0 errors, \d{1,9} skips$/,
  repeatsAreFailures: true
}

// test-unit (Ruby's bundled xUnit): each problem between `====` rules, `Failure: test_x(Class)`
// for a failed assertion (its message may be a power-assert diagram), `Error: test_x(Class): Ex: msg`
// for an exception; the totals line counts both.
export const TEST_UNIT: Dialect = {
  id: 'test-unit',
  markers: [
    { event: 'start', pattern: /^Failure: (?<name>\w[^\n(]{0,300}\([\w:]{1,200}\))(?::|$| \[)/, asserts: true },
    { event: 'start', pattern: /^Error: (?<name>\w[^\n(]{0,300}\([\w:]{1,200}\)): (?<reason>\S[^\n]{0,2000})$/ },
    { event: 'end', pattern: /^={40,}$|^\d+ tests, \d+ assertions, / }
  ],
  reportedFailures: /^\d+ tests, \d+ assertions, (\d{1,6}) failures(?:, (\d{1,6}) errors)?/,
  // test-unit's summary with nothing failed.
  passedAll: /^\d{1,9} tests, \d{1,9} assertions, 0 failures, 0 errors, \d{1,9} pendings, \d{1,9} omissions, \d{1,9} notifications$/
}
