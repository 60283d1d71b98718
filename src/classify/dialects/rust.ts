// cargo test and cargo-nextest.
import type { Dialect } from './dialect.js'

export const CARGO: Dialect = {
  id: 'cargo',
  markers: [
    { event: 'start', pattern: /^---- (?<name>\S{1,500}) stdout ----$/ },
    // nextest: `--- STDOUT:              crate::bin tests::x ---` and `        FAIL [   0.003s] crate tests::x`.
    { event: 'start', pattern: /^--- STD(?:OUT|ERR):\s+(?<name>\S[^\n]{0,500}?) ---$/ },
    { event: 'listed', pattern: /^\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \[\s*[\d.]+s\] (?<name>\S[^\n]{0,500})$/ },
    // cargo's word on a test binary that ended without libtest's own failure status (101): it died inside a test (a
    // `process::exit` in the code, attack 35b), with no result of that test printed. A failure of its own, unexplained.
    { event: 'outside', pattern: /^\s{0,8}process didn't exit successfully: `(?<name>[^`\n]{1,500})` \(exit status: (?!101\))\d{1,3}\)$/ },
    { event: 'end', pattern: /^failures:$|^test result: |^\s+Summary \[/ }
  ],
  reportedFailures: /^test result: FAILED\. \d+ passed; (\d{1,6}) failed/,
  // libtest's result line when no test failed.
  passedAll: /^test result: ok\. \d{1,9} passed; 0 failed;/
}
