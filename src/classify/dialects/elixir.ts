// ExUnit (Elixir): a passing test prints `.`, a failing one `  1) test name (Module)` with its
// details right below it (never listed first and detailed later, as mocha does), then the totals.
// elixir-lang/elixir lib/ex_unit/lib/ex_unit/formatter.ex: with_counter/2 right-aligns the counter
// (`  1)`, ` 10)`, `100)`), test_location/2, error_info/2 and pad/1 indent every detail line with five
// spaces (the stacktrace with seven); cli_formatter.ex prints a failure as soon as its test finishes
// (handle_cast {:test_finished, ...}), then print_logs/1's `     The following output was logged:`
// and the test's captured log, each line indented five. A passing test's `.` (or its `--trace` line,
// `  * test name (1.2ms) [L#4]`) and anything printed outside the formatter come after, indented less.
import type { Dialect } from './dialect.js'

export const EXUNIT: Dialect = {
  id: 'exunit',
  markers: [
    // The counter is right-aligned in three columns (` 10)`, `100)`): the indentation shrinks as it grows.
    { event: 'start', pattern: /^\s{0,2}(?<key>\d{1,5})\) (?<name>(?:test|doctest|property) [^\n]{1,500}? \([A-Z][\w.]{0,200}\))$/, detailsIndented: true },
    // A module's setup_all failed: every test of the module failed outside any test.
    { event: 'outside', pattern: /^\s{0,2}(?<key>\d{1,5})\) (?<name>[A-Z][\w.]{0,200}: failure on setup_all callback[^\n]{0,200})$/, detailsIndented: true },
    { event: 'end', pattern: /^Finished in [\d.]+ seconds?/ }
  ],
  detailsDepth: 5,
  // format_test_failure ends each block with an empty line; a later test's print can be indented five spaces too (attack 40a).
  blankEndsDetails: true,
  loggedSection: /^ {5}The following output was logged:$/,
  reportedFailures: /^\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\n]{0,200}?, (\d{1,6}) failures?\b/
}
