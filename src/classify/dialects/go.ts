// go test: plain, -v, and -json (normalise.ts turns -json events back into these lines).
import type { Dialect } from './dialect.js'

// gocheck (gopkg.in/check.v1), a runner inside one go test: `FAIL: file_test.go:42: Suite.TestX` or
// `PANIC: ...` then its details, `OOPS: 1 passed, 29 FAILED` at the end, and go's own
// `--- FAIL: TestGocheck` over it (which only reports those failures: a parent).
export const GOCHECK: Dialect = {
  id: 'gocheck',
  markers: [
    { event: 'start', pattern: /^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\S{1,300}\.go:\d{1,6}: [\w.]{1,300})$/ },
    { event: 'end', pattern: /^OOPS: \d{1,6} passed/ }
  ],
  reportedFailures: /^OOPS: \d{1,6} passed, (\d{1,6}) FAILED/,
  wrapsInGoTest: true
}

export const GO: Dialect = {
  id: 'go',
  concludesEveryTest: true,
  ownLinesAfterTests: /^exit status \d{1,3}$|^coverage: |^\s*(?:PASS|FAIL)\s*$|^testing: warning: no tests to run$/,
  markers: [
    // `=== NAME` (go 1.20+) and `=== CONT` switch between parallel tests: what follows is that test's.
    { event: 'run', pattern: /^=== (?:RUN|CONT|NAME)\s+(?<name>\S{1,500})/ },
    { event: 'fail', pattern: /^\s*--- FAIL: (?<name>\S{1,500})/ },
    { event: 'pass', pattern: /^\s*--- (?:PASS|SKIP): (?<name>\S{1,500})/ },
    // `ok  \texample.com/pkg\t0.01s`, `FAIL\texample.com/pkg\t0.01s`: a package's result. What a
    // package printed outside its tests comes before it.
    { event: 'group-pass', pattern: /^ok {1,3}\t?(?<name>[\w.-]{1,200}(?:\/\S{1,300})?)\s/, afterOutput: true },
    { event: 'group-fail', pattern: /^FAIL\s{1,3}(?<name>[\w.-]{1,200}(?:\/\S{1,300})?)(?:\s|$)/, afterOutput: true },
    { event: 'end', pattern: /^FAIL$|^PASS$/ }
  ]
}

// gotestsum (its default `pkgname` format): `✖  pkg (3ms)` per package, then under `=== Failed`
// each failing test as `=== FAIL: pkg TestName (0.00s)` with its output below it; a package that
// failed outside its tests has no test name (`=== FAIL: pkg  (0.00s)`); build errors come under
// `=== Errors`; `DONE 7 tests, 2 failures in 0.7s` ends the run.
export const GOTESTSUM: Dialect = {
  id: 'gotestsum',
  markers: [
    { event: 'outside', pattern: /^=== FAIL: (?<name>\S{1,300}) {2}\([\d.]{1,12}s\)$|^=== (?<name2>Errors)$/ },
    { event: 'start', pattern: /^=== FAIL: (?<name>\S{1,300} \S[^\n]{0,500}?) \([\d.]{1,12}s\)$/ },
    { event: 'end', pattern: /^DONE \d{1,7} tests?\b/ }
  ],
  reportedFailures: /^DONE \d{1,7} tests?(?:, \d{1,7} skipped)?, (\d{1,7}) failures?/,
  subtestsBySlash: true,
  holdsOutputOf: 'go',
  countsParents: true
}
