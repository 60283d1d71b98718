// jest, vitest, mocha, node:test and TAP.
import type { Dialect } from './dialect.js'

// poku (wellwelwel/poku, src/services/reporters/poku.ts): `◌ title` when a describe or an it
// starts (onDescribeStart, onItStart), `● title › 1.234567ms` when it ends (logEndResult), and
// the outcome only in that line's colour: red (`\x1b[91m`, fail()) when it failed, green
// (`\x1b[32m`, success()) when it passed. What the test printed comes between the two; an `it`
// that throws prints the error there (console.error, src/modules/helpers/it.ts), but nothing
// for node:assert's AssertionError. Under node --test's TAP reporter each line is a `# ` comment.
// The CLI prints each file's line first (`› path › 12ms`, red or green), its output under it,
// and after `N test file(s) failed:` every failed file's output again, then ` PASS › n  FAIL › m`.
// classifier.ts (onPoku) reads the colour from the raw line. Tried before jest, whose `● ` it would read.
export const POKU: Dialect = {
  id: 'poku',
  markers: [
    { event: 'run', pattern: /^(?:# )?\s*◌ (?<name>\S[^\n]{0,500})$/ },
    { event: 'end', pattern: /^(?:# )?\s*● (?<name>[^\n]{1,500}?) › [\d.]{1,20} ?ms$/ },
    { event: 'start', pattern: /^\s{0,4}› (?<name>\S[^\n]{0,500}?) › [\d.]{1,20} ?ms$/ },
    { event: 'details', pattern: /^\s{0,4}\d{1,6} test file\(s\) failed:$/ }
  ],
  // onExit: ` PASS › n   FAIL › m ` on one line, or `FAIL › m` alone when skips and todos are shown. Files, not tests.
  reportedFailures: /^\s{0,4}(?:PASS › \d{1,6}\s{1,8})?FAIL › (\d{1,6})\s*$/
}

export const JEST: Dialect = {
  id: 'jest',
  markers: [
    // `● Console` is logging, not a test; the file's PASS/FAIL line and the totals end a unit.
    { event: 'quiet', pattern: /^\s{0,6}● Console\s*$|^\s{0,6}console\.(?:log|info|warn|error|debug|trace)\s*$/ },
    // jest-validate's notices on the configuration (`● Validation Warning:`, `● Deprecation Warning:`) fail nothing.
    { event: 'quiet', pattern: /^\s{0,6}● (?:Validation|Deprecation) Warning:\s*$/ },
    { event: 'end', pattern: /^Test Suites: / },
    // A file's results: jest prints an `afterAll`'s error once for the file, as `Test suite failed to run`.
    // In colour, the badge's padding stays (` FAIL  path`); vitest's ` FAIL  file > test` and `file [ file ]` are not files' lines.
    { event: 'end', pattern: /^ ?(?:PASS|FAIL) {1,2}(?![^\n]{0,600}(?: > | \[ ))(?<name>\S[^\n]{0,500}?)(?: \(\d[\d.]{0,12} m?s(?:, [^)]{0,80})?\))?\s*$/, namesFile: true },
    { event: 'outside', pattern: /^\s{0,6}● (?<name>Test suite failed to run)\s*$/ },
    { event: 'start', pattern: /^\s{0,6}● (?<name>\S[^\n]{0,500})$/ }
  ],
  reportedFailures: /^Tests:\s+(\d{1,6}) failed\b/,
  // jest's count when no test failed.
  passedAll: /^Tests:\s{1,20}(?![^\n]{0,200}\bfailed\b)\d{1,9} (?:skipped|todo|passed), [^\n]{0,200}\d{1,9} total$/,
  // jest-message-util's formatResultsErrors prints one `● ancestors › title` a failure under the file's header.
  repeatsInFileAreFailures: true
}

export const VITEST: Dialect = {
  id: 'vitest',
  markers: [
    // ` FAIL  file > suite > test` under `Failed Tests`, separated by `⎯⎯⎯` rules; `stdout | file > test` is logging.
    { event: 'start', pattern: /^\s{0,2}FAIL\s{1,3}(?<name>\S[^\n]{0,500}? > [^\n]{1,500})$/ },
    { event: 'outside', pattern: /^\s{0,2}FAIL\s{1,3}(?<name>\S{1,500}\.[cm]?[jt]sx? \[[^\n]{1,300}\])$|^⎯{3,} (?<name2>Unhandled (?:Errors?|Rejection)) ⎯{3,}$/ },
    // What a test printed, under the test's own name: logging, and the test's (a refusal its client logged there ties a timeout to it).
    { event: 'quiet', pattern: /^(?:stdout|stderr) \| (?<name>\S[^\n]{0,500})$/ },
    // The default reporter's tree of a finished file: `   × math > compares three and four 9ms`, then
    // `     → expected 3 to be 4`, the first line of what `Failed Tests` prints in full under ` FAIL `.
    { event: 'quiet', pattern: /^\s{3,8}× \S[^\n]{0,500}? \d+ ?ms$/ },
    // A file's line in that tree (` ❯ file (2 tests | 1 failed) 2017ms`): the logging above it has ended.
    { event: 'quiet', pattern: /^\s{0,2}[❯✓×↓] \S[^\n]{0,500}? \(\d{1,6} tests?[| \w]{0,80}\)(?: \d{1,7} ?ms)?$/ },
    { event: 'end', pattern: /^\s*⎯{3,} Failed Suites (?<count>\d{1,6}) ⎯{3,}\s*$/, section: 'suites' },
    { event: 'end', pattern: /^\s*⎯{3,} Failed Tests \d{1,6} ⎯{3,}\s*$|^\s*Test Files\s/, section: 'tests' },
    { event: 'end', pattern: /^\s*⎯{3,}/ }
  ],
  reportedFailures: /^\s*Tests\s+(\d{1,6}) failed\b/,
  // vitest's count when no test failed.
  passedAll: /^\s{0,20}Tests\s{1,20}\d{1,9} passed(?![^\n]{0,200}\bfailed\b)[^\n]{0,200}\(\d{1,9}\)$/,
  groupsIdenticalFailures: true
}

// AVA: `✘ [fail]: title message` as each test ends, the details under a `─` rule, each headed by
// its test's title alone, then `1 test failed`. A test file that crashed prints `Uncaught exception
// in test/x.js` and its error, then `✘ test/x.js exited with a non-zero exit code: 1`: one failure.
export const AVA: Dialect = {
  id: 'ava',
  markers: [
    // Printed when the test ends, after what it printed: what follows is other tests' output (AVA runs files in parallel
    // workers), never this test's (attack 33b); its details come later, under its title (`titledDetails`).
    { event: 'listed', pattern: /^\s{0,4}✘ \[fail\]: (?<name>\S[^\n]{0,500})$/, afterOutput: true },
    // A passing test's line (ava lib/reporters/default.js: `✔` then the title), printed when it ends: what another worker
    // printed just before it (a passing test's logged fallback) is not the failing test's above (attack 33b).
    { event: 'pass', pattern: /^\s{0,4}✔ (?!\[)\S[^\n]{0,500}$/, afterOutput: true },
    { event: 'outside', pattern: /^\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\S[^\n]{0,300})$/ },
    { event: 'outside', pattern: /^\s{0,4}✘ (?<name>\S[^\n]{0,300}?) exited with a non-zero exit code: \d{1,4}$/ },
    { event: 'details', pattern: /^\s{0,4}─$/ },
    // `✘ 18 tests remaining in test/x.js`: the tests a crashed or stopped file never ran, not failures of their own.
    { event: 'end', pattern: /^\s{0,4}✘ \d{1,6} tests? remaining in \S/ },
    { event: 'end', pattern: /^\s{0,4}\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/ }
  ],
  reportedFailures: /^\s{0,4}(\d{1,6}) tests? failed$/,
  titledDetails: true
}

// Jasmine: `Failures:`, then `1) suite spec` at the line's start with `Message:` and `Stack:`; its
// totals (`2 specs, 1 failure`) end the run. Its numbered lines are not read as units (a numbered
// list at a line's start is too common elsewhere): a Jasmine log is judged as a whole.
export const JASMINE: Dialect = {
  id: 'jasmine',
  markers: [
    { event: 'end', pattern: /^\d{1,6} specs?, \d{1,6} failures?(?:, \d{1,6} pending specs?)?$|^Finished in [\d.]{1,12} seconds?$/ }
  ],
  reportedFailures: /^\d{1,6} specs?, (\d{1,6}) failures?/,
  // Jasmine's summary when no spec failed.
  passedAll: /^\d{1,9} specs?, 0 failures(?:, \d{1,9} pending specs?)?$/
}

// uvu (lukeed/uvu src/index.js): progress marks while the suites run, then each failure as `   FAIL  suite  "title"`
// with the assertion's message (the developer's own, or uvu's default), a `++expected (Expected)` / `--actual (Actual)`
// diff and the stack; it closes with `  Total:`, `  Passed:`, `  Skipped:`. A failure it printed is a unit (attack 36b).
export const UVU: Dialect = {
  id: 'uvu',
  markers: [
    // Listed, not opened: uvu prints a suite's failures when the suite ends, and the next file's output runs on after them
    // with nothing marking where a block stops (attack 37a). Its message, diff and stack are read outside any unit: a
    // mismatch there counts against the run, a refusal there explains no test.
    { event: 'listed', pattern: /^\s{0,4}FAIL {1,4}(?<name>\S[^\n]{0,300}? {1,4}"[^"\n]{1,300}")$/ },
    { event: 'end', pattern: /^\s{0,4}Total:\s{1,10}\d{1,9}$/ }
  ]
}

export const MOCHA: Dialect = {
  id: 'mocha',
  markers: [
    // Inline, `  1) does x` lists a failing test; its details come after `N failing` under the same number.
    // A passing test's line ends whatever came before; what a test prints comes before its line.
    { event: 'pass', pattern: /^\s*(?:✓|✔|√) \S/, afterOutput: true },
    { event: 'start', pattern: /^\s{0,40}<dt class="error">(?![/.]|[A-Za-z]:\\)(?<name>[^<\n]{1,300})<\/dt>$/, afterOutput: true },
    // A hook's inline line (`  1) "before each" hook for "x"`) comes after what the hook printed, as a test's does.
    { event: 'outside', pattern: /^\s{1,8}(?<key>\d{1,5})\) (?<name>[^\n]{0,300}"(?:before all|after all|before each|after each)" hook[^\n]{0,300})$/, afterOutput: true },
    // Spec's `  1) does x`, or the list reporter's `  suite does x:   1) suite does x`.
    // minitest's `  1) Error:` / `  1) Failure:` is that runner's, whose details follow the line.
    // mocha before 6 printed a failure's details under `fullTitle()`, its root suite's empty title and a space
    // before the test's (lib/runnable.js: `this.parent.fullTitle() + ' ' + this.title`): a failure outside any
    // suite (`Uncaught error outside test suite`, a root hook) is headed `  1)  Uncaught error outside test suite:`.
    { event: 'listed', pattern: /^\s{1,8}(?:\S[^\n]{0,500}?: {1,8})?(?<key>\d{1,5})\) {1,2}(?!(?:Error|Failure):$)(?<name>\S[^\n]{0,500})$/, afterOutput: true },
    { event: 'details', pattern: /^\s*\d+ failing$/ },
    { event: 'end', pattern: /^\s*\d+ (?:passing|pending)\b/ }
  ],
  reportedFailures: /^\s*(\d{1,6}) failing$/,
  // mocha's count of passing tests; with a failure its `N failing` follows, a count of its own (reportedFailures).
  passedAll: /^\s{0,4}\d{1,9} passing \(\d{1,9}(?:ms|s|m)\)$/
}

export const NODE_TEST: Dialect = {
  id: 'node:test',
  markers: [
    { event: 'details', pattern: /^\s*✖ failing tests:$/ },
    // TAP's passing result, with the dash or without it (tape: `ok 2 should be strictly equal`, attack 35c).
    { event: 'pass', pattern: /^\s*✔ |^\s*ok \d{1,6}(?: -)? \S/, afterOutput: true },
    // TAP's YAML block after `not ok` ends at `  ...`: what follows is the next test's output.
    { event: 'end', pattern: /^ℹ (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \d|^# (?:tests|pass|fail|suites) \d|^ {2}\.\.\.$/ },
    // mocha's CLI prints `✖ ERROR: <error>` when it cannot load or run (a --require, a root hook): no test's line.
    { event: 'start', pattern: /^\s*✖ (?!ERROR: )(?<name>\S[^\n]{0,500}?)(?: \([\d.]+m?s\))?$/, afterOutput: true, detailsIndented: true },
    // TAP: `not ok 3 - name`, or without the dash (tape, node-tap's plain form).
    { event: 'start', pattern: /^\s*not ok \d+(?: -)? (?<name>[^\n#]{1,500}?)(?: # [^\n]{0,200})?$/, afterOutput: true }
  ],
  reportedFailures: /^ℹ fail (\d{1,6})$|^# fail (\d{1,6})$/,
  // node:test's count when no test failed (spec and tap reporters).
  passedAll: /^ℹ fail 0$|^# fail 0$/,
  // The TAP reporter's YAML block names where the test is (`location: '/x/test/a.test.js:19:3'`):
  // a title in two suites or files is two tests.
  unitIdentity: /^\s*location: '([^'\n]{1,500})'\s*$/,
  // A subtest cancelled by its parent's end says only that (rules/signs.ts CANCELLED_BY_PARENT): why is its parent's.
  uninformative: /^\s*(?:error: '(?:test failed|\d+ subtests? failed|test did not finish before its parent and was cancelled)'|'test did not finish before its parent and was cancelled'|failureType: '\w+'|code: 'ERR_TEST_FAILURE')\s*$/
}

// bun test: a test's error comes first, then `(fail) suite > test [1.2ms]`, the last line of it;
// a timeout's `^ this test timed out after 5000ms.` is the one line below it that is still its.
// The totals (` 1 fail`, `Ran 3 tests across 1 file.`) end the run.
export const BUN: Dialect = {
  id: 'bun',
  markers: [
    { event: 'start', pattern: /^\(fail\) (?<name>\S[^\n]{0,500}?)(?: \[[\d.]{1,12} ?m?s\])?$/, afterOutput: true, closes: true },
    // An error no test owns (a test file that fails to load, a rejection after its test ended),
    // between `-------------------------------` rules: outside any test, never the next test's output.
    { event: 'outside', pattern: /^# (?<name>Unhandled error between tests)$/ },
    { event: 'pass', pattern: /^\((?:pass|skip|todo)\) \S/, afterOutput: true },
    { event: 'note', pattern: /^\s{0,8}\^ this test timed out after \d{1,9} ?ms\.?$/ },
    { event: 'end', pattern: /^ \d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\(\) calls)\b|^Ran \d{1,6} tests? across \d{1,6} files?\./ }
  ],
  reportedFailures: /^ (\d{1,6}) fail$/
}

// deno test: progress lines (`name ... ok (2ms)`, `  step ... FAILED (8ms)`) while the tests run,
// then ` ERRORS ` with each failure's details under `suite ... step => ./file_test.ts:6:11`, then
// ` FAILURES ` listing the same names, the totals (`FAILED | 1 passed | 2 failed`) and deno's own
// `error: Test failed`, which says nothing of why.
export const DENO: Dialect = {
  id: 'deno',
  markers: [
    { event: 'details', pattern: /^\s{0,2}ERRORS\s{0,2}$/ },
    { event: 'end', pattern: /^\s{0,2}FAILURES\s{0,2}$|^(?:FAILED|ok) \| \d{1,6} passed\b/ },
    // What a test prints while it runs is its output; its error is under ERRORS. deno ends the
    // line with the test's duration: cargo's `test x ... FAILED` (no duration) is cargo's, and
    // what follows it (a test binary aborting) is no test's output.
    { event: 'quiet', pattern: /^\s{0,40}\S[^\n]{0,500}? \.\.\. FAILED(?: \(due to [^()\n]{1,200}\))? \([\d.]{1,12} ?[mµn]?s\)$/, contains: ' ... FAILED' },
    { event: 'quiet', pattern: /^Uncaught error from \S{1,300} FAILED$/ },
    { event: 'pass', pattern: /^\s{0,40}\S[^\n]{0,500}? \.\.\. (?:ok|ignored) \([\d.]{1,12} ?(?:[mµn]?s)\)$/, contains: ' ... ' },
    { event: 'outside', pattern: /^(?<name>\S{1,300}) \(uncaught error\)$/, contains: ' (uncaught error)' },
    { event: 'start', pattern: /^(?<name>\S[^\n]{0,500}?) => (?:\.{1,2}\/|file:\/\/\/?|\/)\S{0,300}?:\d{1,6}:\d{1,6}$/, contains: ' => ' }
  ],
  reportedFailures: /^FAILED \| \d{1,6} passed(?: \(\d{1,6} steps?\))? \| (\d{1,6}) failed/,
  uninformative: /^error: Test failed$/
}

// Playwright Test: a line per test while it runs (`  ✘  1 file.spec.ts:4:3 › suite › name (8ms)`, or
// the dot reporter's `F·`), then each failure numbered, `  1) [project] › file.spec.ts:4:3 › suite ›
// name ───` with its error below (and `Retry #1 ───` blocks), and `  2 failed` with the names again.
// Tried before mocha, whose `  1) name` it would otherwise read.
export const PLAYWRIGHT: Dialect = {
  id: 'playwright',
  markers: [
    { event: 'start', pattern: /^\s{0,4}\d{1,5}\) (?<name>(?:\[[^\]\n]{1,100}\] › )?\S{1,300}:\d{1,6}:\d{1,6} › [^\n]{1,500}?) ─{3,}\s*$/ },
    // A failed test's progress line: its error comes later, numbered. What follows it belongs to no
    // test it names (the next tests' output, a global teardown's error): judged outside any test.
    { event: 'end', pattern: /^\s{0,4}(?:✘|×|✗)\s{1,3}\d{1,6} (?:\[[^\]\n]{1,100}\] › )?\S{1,300}:\d{1,6}:\d{1,6} › / },
    { event: 'pass', pattern: /^\s{0,4}(?:✓|✔|-)\s{1,3}\d{1,6} (?:\[[^\]\n]{1,100}\] › )?\S{1,300}:\d{1,6}:\d{1,6} › / },
    { event: 'end', pattern: /^\s{0,4}\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \([\d.]{1,12}m?s\))?$/ }
  ],
  reportedFailures: /^\s{0,4}(\d{1,6}) failed$/
}

// Japa (AdonisJS's runner): `  ✖ creates an order (7.81ms)` as each test ends (node:test's mark,
// read by that dialect), then under ` ERRORS ` each failure as `❯ Group / test title` (a hook's as
// `❯ Group: Setup hook`) with its error, `[1/2]─` between them, and `Tests  1 passed, 2 failed (3)`.
// A failure's details belong to the test its `✖` line named: the key is its title.
export const JAPA: Dialect = {
  id: 'japa',
  markers: [
    { event: 'outside', pattern: /^❯ (?<name>\S[^\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/ },
    { event: 'start', pattern: /^❯ (?<name>\S[^\n]{0,300}? \/ [^\n]{1,300}?)$/, keyFromName: name => `node:test:${name.split(' / ').pop() ?? name}` },
    { event: 'end', pattern: /^\[\d{1,6}\/\d{1,6}\]─|^\s?FAILED\s?$|^Tests\s{1,4}\d{1,6} (?:passed|failed)\b/ }
  ],
  reportedFailures: /^Tests\s{1,4}(?:\d{1,6} passed, )?(\d{1,6}) failed/
}
