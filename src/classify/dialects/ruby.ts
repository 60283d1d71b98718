// RSpec and minitest.
import type { Dialect } from './dialect.js'

export const RSPEC: Dialect = {
  id: 'rspec',
  markers: [
    // Under `Failures:`, `  1) User does x`; `An error occurred while loading ./spec/x_spec.rb.` is outside any example.
    { event: 'outside', pattern: /^An error occurred (?:while loading (?<name>\S{1,300})|in a `(?:before|after)\(:(?:suite|context|all)\)` hook)/ },
    // Pending examples are numbered like failures: none of them failed.
    { event: 'passes', pattern: /^Pending: / },
    { event: 'details', pattern: /^Failures:$/ },
    { event: 'listed', pattern: /^\s{1,8}(?<key>\d{1,5})\) (?<name>\S[^\n]{0,500})$/ },
    { event: 'end', pattern: /^Finished in |^Failed examples:|^\d+ examples?, / }
  ],
  reportedFailures: /^\d+ examples?, (\d{1,6}) failures?/
}

export const MINITEST: Dialect = {
  id: 'minitest',
  markers: [
    // `  1) Failure:` / `  2) Error:` then `TestUser#test_x [test/user_test.rb:12]:` on the next line.
    { event: 'start', pattern: /^\s{0,4}(?<key>\d{1,5})\) (?<name>Failure|Error):$/ },
    { event: 'end', pattern: /^\d+ runs, \d+ assertions, / }
  ],
  reportedFailures: /^\d+ runs, \d+ assertions, (\d{1,6}) failures/
}
