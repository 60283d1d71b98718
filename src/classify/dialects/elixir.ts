// ExUnit (Elixir): a passing test prints `.`, a failing one `  1) test name (Module)` with its
// details right below it (never listed first and detailed later, as mocha does), then the totals.
import type { Dialect } from './dialect.js'

export const EXUNIT: Dialect = {
  id: 'exunit',
  markers: [
    { event: 'start', pattern: /^\s{2}(?<key>\d{1,5})\) (?<name>(?:test|doctest|property) [^\n]{1,500}? \([A-Z][\w.]{0,200}\))$/ },
    // A module's setup_all failed: every test of the module failed outside any test.
    { event: 'outside', pattern: /^\s{2}(?<key>\d{1,5})\) (?<name>[A-Z][\w.]{0,200}: failure on setup_all callback[^\n]{0,200})$/ },
    { event: 'end', pattern: /^Finished in [\d.]+ seconds?/ }
  ],
  reportedFailures: /^\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\n]{0,200}?, (\d{1,6}) failures?\b/
}
