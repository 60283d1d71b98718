// Perl's prove (TAP::Harness with its console formatter, Test-Harness's lib/TAP/Formatter/*.pm) running Test::More
// scripts (Test-Simple's Test::Builder).
//
// prove announces each script by its name padded with dots (Formatter/Base.pm _format_name: "$name $periods ",
// `[HH:MM:SS] ` before it under --timer) and concludes it on that line or below: `ok` (and its timing) or
// `skipped: reason` when it passed; when it did not (Formatter/Session.pm _output_test_failure),
// `Dubious, test returned %d (wstat %d, 0x%x)` if it exited non-zero, then `Failed %d/%d subtests ` or
// `No subtests run ` (or `All %d subtests passed ` after a Dubious). Without -v its TAP is not printed; with -v it
// is, between the name and the conclusion, then a lone `ok` for a script that passed. The script's stderr
// (its warnings, its die message, Test::More's diagnostics) is not parsed: it is printed where it falls, ABOVE
// the name's line when stdout is a file or a pipe, below it under --merge (stderr joined to the TAP). Either way
// what lies between one script's conclusion and the next's is that script's own: the name's line is a `run`
// that takes what came above it (`afterOutput`), its conclusions take its key (`ofAnnounced`), and the TAP under
// it is its stream, not node:test's (whose test prints its output before its `not ok`).
//
// The Test Summary Report (Formatter/Base.pm _output_summary_failure) lists each script that failed as
// `t/x.t (Wstat: 256 (exited 1) Tests: 3 Failed: 1)`, its `Failed test:  2`, `Non-zero exit status: 1` and
// `Parse errors: ...` below it; then `Files=N, Tests=M, ...` and `Result: FAIL`.
import type { Dialect } from './dialect.js'

/** prove's name for a script: its path as given (`t/01-slug.t`, `xt/author/pod.t`): the default `.t` extension. */
const SCRIPT = String.raw`[\w./+-]{0,300}\.t`
const proveKey = (name: string): string => `prove:${name}`

export const PROVE: Dialect = {
  id: 'prove',
  markers: [
    // The script's line with its result still to come (a failure, or -v's TAP below it): what came above it is its stderr.
    { event: 'run', pattern: new RegExp(String.raw`^(?:\[\d\d:\d\d:\d\d\] )?(?<name>${SCRIPT}) \.{2,}\s*$`), afterOutput: true, keyFromName: proveKey },
    // It passed on its own line (`t/02-trim.t .. ok`, `ok     12 ms ( ... )` under --timer, `skipped: no database`).
    { event: 'pass', pattern: new RegExp(String.raw`^(?:\[\d\d:\d\d:\d\d\] )?(?<name>${SCRIPT}) \.{2,} (?:ok(?:\s{1,20}\d{1,9} m?s\b[^\n]{0,200})?|skipped: [^\n]{0,500})\s*$`), afterOutput: true, keyFromName: proveKey },
    // Under the announced script's line: its failure (Dubious when it exited non-zero; the subtest count ends its block).
    { event: 'fail', pattern: /^Dubious, test returned \d{1,3} \(wstat \d{1,6}, 0x[0-9a-f]{1,6}\)\s*$/, ofAnnounced: true },
    { event: 'fail', pattern: /^(?:Failed \d{1,6}\/\d{1,6} subtests|No subtests run|All \d{1,6} subtests passed)\s*$/, ofAnnounced: true, closes: true },
    // -v: a lone `ok` (and its timing) or `skipped:` concludes a script that passed.
    { event: 'pass', pattern: /^(?:ok(?:\s{1,20}\d{1,9} m?s\b[^\n]{0,200})?|skipped: [^\n]{0,500})\s*$/, ofAnnounced: true, closes: true },
    // -v: the script's TAP (`ok 1 - name`, `not ok 2 - name`, `1..3`, `Bail out!`): its own stream, read as output.
    { event: 'data', pattern: /^(?:not )?ok \d{1,6}\b|^1\.\.\d{1,6}\b|^Bail out!/, ofAnnounced: true },
    // The summary names each script that failed: one it never concluded above is a failure with no account.
    { event: 'listed', pattern: new RegExp(String.raw`^(?<name>${SCRIPT})\s{1,300}\(Wstat: \d{1,6}(?: \([^)\n]{1,60}\))? Tests: \d{1,6} Failed: \d{1,6}\)\s*$`), keyFromName: proveKey },
    { event: 'end', pattern: /^Test Summary Report\s*$|^Files=\d{1,9}, Tests=\d{1,9}, |^Result: (?:FAIL|PASS|NOTESTS)\s*$/ }
  ],
  // The summary's count of a script's failed subtests (`Tests: 3 Failed: 1`): a script that died before any test counts none.
  reportedFailures: new RegExp(String.raw`^${SCRIPT}\s{1,300}\(Wstat: \d{1,6}(?: \([^)\n]{1,60}\))? Tests: \d{1,6} Failed: (\d{1,6})\)\s*$`),
  // Formatter/Base.pm _output_success.
  passedAll: /^All tests successful\.$/,
  // prove's and Test::More's words that a script failed, which say nothing about why.
  uninformative: /^Dubious, test returned |^(?:Failed \d{1,6}\/\d{1,6} subtests|No subtests run|All \d{1,6} subtests passed)\s*$|^# Looks like (?:you failed \d|you planned \d|your test exited with \d)|^\s{2}(?:Failed tests?|Non-zero exit status|Parse errors|Non-zero wait status):/
}
