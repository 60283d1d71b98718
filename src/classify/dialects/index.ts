// Every runner dialect the classifier knows, in the order their markers are tried. A log that
// none of them splits is judged by its fatal error (see verdict.ts): the generic dialect.
import type { Dialect } from './dialect.js'
import { CARGO } from './rust.js'
import { DOTNET } from './dotnet.js'
import { GO, GOCHECK, GOTESTSUM } from './go.js'
import { CONSOLE_FLAT, CONSOLE_LAUNCHER, GRADLE, JUNITCORE, SUREFIRE } from './jvm.js'
import { AVA, BUN, DENO, JAPA, JASMINE, JEST, MOCHA, NODE_TEST, PLAYWRIGHT, POKU, UVU, VITEST } from './javascript.js'
import { PYTEST, UNITTEST } from './python.js'
import { MINITEST, MINITEST_REPORTERS, RSPEC, TEST_UNIT } from './ruby.js'
import { EXUNIT } from './elixir.js'
import { COLLISION, NETTE_TESTER, PHPT, PHPUNIT, TESTDOX } from './php.js'
import { PROVE } from './perl.js'

export type { Dialect, Marker, MarkerEvent } from './dialect.js'

// Order matters where two runners' markers could read one line: pytest before go (`===`),
// jest before mocha, ExUnit before mocha (`  1) test x (Mod)` is ExUnit's, detailed in place), mocha before RSpec (both number failures; RSpec's are only after `Failures:`),
// .phpt first (`FAIL title [x.phpt]` is neither jest's file line nor a go package).
// minitest-reporters before minitest: after its DefaultReporter's `Finished tests in` line, a bare `Error:` is its failure, not minitest's second phase.
// prove first: under its `t/x.t .. ` line the script's TAP (`not ok 2 - x`) is its stream, not node:test's result (dialect.ts `ofAnnounced`).
// gotestsum before pytest, whose section rule (`=== ... ===`) would read its `=== FAIL: pkg Test (0.00s)`.
export const DIALECTS: readonly Dialect[] = [PROVE, PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, UVU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, PLAYWRIGHT, MOCHA, NODE_TEST, DENO, JAPA, GOCHECK, GO, CONSOLE_FLAT, CONSOLE_LAUNCHER, JUNITCORE, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, COLLISION, NETTE_TESTER, MINITEST_REPORTERS, MINITEST, TEST_UNIT, RSPEC]
