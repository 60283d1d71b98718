// PHPUnit: after the progress dots, `There were 2 errors:` and `There was 1 failure:` sections,
// each numbered from 1 (`1) Ns\ClassTest::testX`), then `ERRORS!`/`FAILURES!` and the totals.
import type { Dialect } from './dialect.js'

export const PHPUNIT: Dialect = {
  id: 'phpunit',
  markers: [
    { event: 'details', pattern: /^There (?:was|were) \d{1,6} (?:errors?|failures?):$/ },
    // Numbering restarts in each section: a test is known by its name, each data set apart (PHPUnit counts each).
    { event: 'start', pattern: /^\d{1,6}\) (?<name>[\w\\]{1,300}::\w{1,300}(?: with data set [^\n]{1,300})?)$/, keyFromName: name => `phpunit:${name}` },
    // `There were 295 skipped tests:` numbers tests that did not fail (their reasons may read like failures).
    // Risky tests and warnings fail a run that sets failOnRisky/failOnWarning: their entries stay units.
    { event: 'passes', pattern: /^There (?:was|were) \d{1,6} (?:skipped tests?|incomplete tests?):$/ },
    { event: 'details', pattern: /^There (?:was|were) \d{1,6} (?:warnings?|risky tests?):$/ },
    { event: 'end', pattern: /^(?:FAILURES|ERRORS)!$|^Tests: \d{1,9}, Assertions: \d{1,9}|^OK \(\d{1,9} tests?/ }
  ],
  reportedFailures: /^Tests: \d{1,9}, Assertions: \d{1,9}, (?:Errors: (\d{1,6})(?:, Failures: (\d{1,6}))?|Failures: (\d{1,6}))/
}

// PHPUnit's --testdox: `Class name` headers, `✔ Test` passing, `✘ Test [1.2 ms]` failing with its details behind `│`.
export const TESTDOX: Dialect = {
  id: 'phpunit',
  markers: [
    // The name is the method's, prettified (NamePrettifier::prettifyTestMethod drops a leading `test`), so a
    // method named `test` prints an empty name: ` ✘ ` alone, or ` ✘  [1.20 ms]` with the runtime.
    { event: 'start', pattern: /^\s{1,8}✘ (?:(?<name>\S[^\n]{0,500}?))?(?: \[[\d.]{1,12} ?m?s\])?$/ },
    // A risky test (☢) or one with a warning (⚠) fails a run that sets failOnRisky/failOnWarning: a unit no rule explains.
    { event: 'start', pattern: /^\s{1,8}(?:☢|⚠) (?:(?<name>\S[^\n]{0,500}?))?(?: \[[\d.]{1,12} ?m?s\])?$/ },
    { event: 'pass', pattern: /^\s{1,8}[✔↩] (?:\S|$)/ },
    // A class's header (`Fetch Empty (Doctrine\DBAL\Tests\Functional\Connection\FetchEmpty)`): the tests below are
    // its own, so two classes' `✘ Fetch associative` are two failures, as PHPUnit counts them.
    { event: 'end', pattern: /^(?<name>[A-Z][\w ]{0,300} \([A-Za-z_][\w\\]{0,600}\\\w{1,200}\))\s*$/, contains: '\\', namesFile: true, afterItsTests: true },
    // A class outside any namespace is headed by its name alone, prettified (PHPUnit 9's NamePrettifier::
    // prettifyTestClass: `CredisStandaloneTest` → `Credis Standalone`): two such classes' `✘ Ping` are two failures.
    // Words only, one lowercase letter at least, so a runner's `FAIL` or `OK` is never read as one.
    { event: 'end', pattern: /^(?<name>(?=[A-Z][\w ]{0,300}?[a-z])[A-Z][A-Za-z0-9_ ]{0,300}?)\s*$/, namesFile: true, afterItsTests: true }
  ],
  // Under a class's header each test's result is printed once (CliTestDoxPrinter::writeTestResult), yet two tests
  // may print one name: the data-provider errors PHPUnit reports as `PHPUnit\Framework\ErrorTestCase` (all `✘ Error`
  // under `Error Test Case`), methods that differ only by trailing digits (prettifyTestMethod strips them). The
  // `Summary of non-successful tests` prints the class header again before repeating them.
  repeatsInFileAreFailures: true
}

// run-tests.php, PHP's own .phpt runner: `TEST 3/98 [tests/x.phpt]`, then for a failure the diff
// (`003+ what it printed`, `003- what it should have`) and `FAIL title [tests/x.phpt]` after it.
// The result line is the last it prints of a test (php-src's docs on --show-diff and --show-clean:
// `TEST n/m [file]`, the block between `========DIFF========` and `========DONE========`, then the
// result): what follows it is the next test's, never the failed one's details (`closes`).
export const PHPT: Dialect = {
  id: 'phpt',
  markers: [
    { event: 'start', pattern: /^FAIL (?<name>[^\n]{0,400}? \[[^\]\n]{1,300}\.phpt\])\s*$/, afterOutput: true, closes: true },
    // BORK: the .phpt file itself is broken (a misspelled section): a failure no rule explains.
    { event: 'start', pattern: /^BORK (?<name>[^\n]{0,400}\[[^\]\n]{1,300}\.phpt\])/, afterOutput: true, closes: true },
    { event: 'pass', pattern: /^(?:PASS|SKIP|XFAIL) [^\n]{0,500}\[[^\]\n]{1,300}\.phpt\]/, afterOutput: true },
    // The closing list repeats each failure's title (`Upgrade: AMQPConnectionException: ... [tests/x.phpt]`): names, not events.
    { event: 'quiet', pattern: /^FAILED TEST SUMMARY$/ },
    { event: 'end', pattern: /^Tests failed\s{0,20}:|^TEST RESULT SUMMARY$/ }
  ],
  reportedFailures: /^Tests (?:failed|borked)\s{0,20}:\s{0,20}(\d{1,6})/,
  // What the test printed (`002+ text`) and what it should have (`002- text`) are output it compares: data.
  uninformative: /^\d{3}[+-] /
}

// Collision, the printer of Pest and of Laravel's `php artisan test` (nunomaduro/collision,
// src/Adapters/Phpunit/Style.php): a class's recap (`   FAIL  Tests\Feature\OrderTest`, then
// `  ⨯ it stores an order  0.12s`), then each failure after a rule of `─`, headed
// `  FAILED  Tests\Feature\OrderTest > it stores an order   QueryException` (the exception's short
// name on the right; none for an assertion), its message indented by two spaces, `at file:line`,
// the code and the frames; `  Tests:    2 failed, 1 passed (3 assertions)` ends the run.
// Collision 5 and 6 (Pest 1) headed a failure `  • Tests\Feature\OrderTest > it stores an order`.
export const COLLISION: Dialect = {
  id: 'collision',
  markers: [
    { event: 'start', pattern: /^\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\s{1,4}(?<name>\S[^\n>]{0,300} > [^\n]{1,500}?)(?:\s{2,}[A-Z]\w{0,100})?\s*$/ },
    { event: 'start', pattern: /^\s{0,4}• (?<name>[\w\\]{1,300} > [^\n]{1,500}?)\s*$/ },
    // The rule between failures ends the one above it.
    { event: 'end', pattern: /^\s{0,4}─{20,}\s*$|^\s{0,4}Tests:\s{2,10}\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\b/ }
  ],
  reportedFailures: /^\s{0,4}Tests:\s{2,10}(?:[^\n]{0,200}?, )?(\d{1,6}) failed\b/
}

// Nette Tester (nette/tester src/Runner/Output/ConsolePrinter.php): after the dots (or a line a test
// in `-o console-lines`), each failure as `-- FAILED: title | file.phpt [dataprovider=...]` with its
// message indented by three spaces, a skipped test's reason as `-- Skipped: title`, then
// `FAILURES! (77 tests, 39 failures, 4 skipped, 7.5 seconds)` or `OK (...)`. Its TAP printer
// (TapPrinter.php) writes `not ok <file.phpt ...>` with no number, the message behind `# `.
export const NETTE_TESTER: Dialect = {
  id: 'nette-tester',
  markers: [
    { event: 'start', pattern: /^-- FAILED: (?<name>\S[^\n]{0,600})$/ },
    { event: 'pass', pattern: /^-- Skipped: \S/ },
    { event: 'start', pattern: /^not ok (?<name>[^\s#][^\n#]{0,400}\.phpt\b[^\n]{0,400})$/ },
    { event: 'end', pattern: /^(?:FAILURES!|OK) \(\d{1,9} tests?, / }
  ],
  reportedFailures: /^FAILURES! \(\d{1,9} tests?, (\d{1,6}) failures?, /
}
