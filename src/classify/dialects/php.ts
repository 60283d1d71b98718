// PHPUnit: after the progress dots, `There were 2 errors:` and `There was 1 failure:` sections,
// each numbered from 1 (`1) Ns\ClassTest::testX`), then `ERRORS!`/`FAILURES!` and the totals.
import type { Dialect } from './dialect.js'

export const PHPUNIT: Dialect = {
  id: 'phpunit',
  markers: [
    { event: 'details', pattern: /^There (?:was|were) \d{1,6} (?:errors?|failures?):$/ },
    // Numbering restarts in each section: a test is known by its name.
    { event: 'start', pattern: /^\d{1,6}\) (?<name>[\w\\]{1,300}::\w{1,300})(?: with data set [^\n]{1,300})?$/, keyFromName: name => `phpunit:${name}` },
    { event: 'end', pattern: /^(?:FAILURES|ERRORS)!$|^Tests: \d{1,9}, Assertions: \d{1,9}|^OK \(\d{1,9} tests?|^There (?:was|were) \d{1,6} (?:warnings?|risky tests?|skipped tests?|incomplete tests?):$/ }
  ],
  reportedFailures: /^Tests: \d{1,9}, Assertions: \d{1,9}, (?:Errors|Failures): (\d{1,6})/
}
