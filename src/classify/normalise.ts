// Turns a raw log line into the text rules are matched against: no colour codes,
// no runner timestamps, no trailing CR, and a bounded length so that no pattern
// ever sees an adversarially long line.

export const MATCH_WINDOW = 4096

// CSI sequences (colours, cursor moves) and OSC sequences (titles, hyperlinks).
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g
// GitHub Actions prefixes each line of a downloaded log with an ISO timestamp.
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/
// docker compose's `app_1  | ` and the runner's `##[error]` put a prefix before each line.
// A compose service's prefix (`web_1  | `), never vitest's own `stdout | ` / `stderr | ` headers, which name a test.
const SERVICE_PREFIX = /^(?:(?!(?:stdout|stderr) \| )[\w.-]{1,80}\s{1,20}\| |##\[(?:error|warning|group|endgroup)\])/
// A workflow command a test runner prints to annotate a failure (vitest's and jest's github-actions
// reporters): `::error file=/repo/test/x.test.js,line=13,column=15,title=x > y::AssertionError: …%0A…`.
// The gate prints ::stop-commands:: around the tests, so GitHub does not obey it; it repeats, on
// one percent-encoded line after the runner's summary, a failure the runner already printed in
// full inside its test. It is the runner's annotation (report/locations.ts reads its file and
// line), never a failure of its own.
export const RUNNER_ANNOTATION = /^::(?:error|warning|notice)(?: [^:\n]{0,2000})?::/
// In colour (`--colors=always`) it marks each part of a failure by its own character
// (CliTestDoxPrinter's PREFIX_DECORATED: `┐` start, `├` message, `┊` diff, `╵` trace, `┴` last).
const TESTDOX_BAR = /^\s{0,12}(?:│ ?|[┐├┊╵┴](?: |$))/
const TESTDOX_MARKS = /^\s{0,12}[│┐├┊╵┴]/
const PHPT_ERROR = /^\d{3}\+ (?=(?:PHP )?(?:Fatal error|Parse error|Warning|Notice|Deprecated): )/
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g

// go test -json: `{"Time":"...","Action":"output","Package":"p","Test":"TestX","Output":"--- FAIL: TestX\n"}`.
const GO_JSON = /^\{"Time":"[^"]{0,60}","Action":"(\w{1,20})"/

/** The text a go test -json event carries: its output line, or nothing for the other events. */
function goJsonOutput(line: string): string | undefined {
  const found = GO_JSON.exec(line)
  if (!found) return undefined
  if (found[1] !== 'output') return ''
  try {
    const event = JSON.parse(line) as { Output?: unknown }
    return typeof event.Output === 'string' ? event.Output.replace(/\r?\n$/, '') : ''
  } catch {
    return undefined
  }
}

export function normaliseLine(raw: string): string {
  let line = raw.length > MATCH_WINDOW * 2 ? raw.slice(0, MATCH_WINDOW * 2) : raw
  if (line.startsWith('{"Time"')) line = goJsonOutput(line) ?? line
  if (line.includes('\u001b')) line = line.replace(ANSI, '')
  if (line.endsWith('\r')) line = line.slice(0, -1)
  // Each prefix is looked for only where it can be (a digit first; a `| ` or `##[`): most lines have neither.
  const first = line.charCodeAt(0)
  if (first >= 48 && first <= 57) line = line.replace(TIMESTAMP, '')
  if (line.includes('| ') || line.startsWith('##[')) line = line.replace(SERVICE_PREFIX, '')
  if (line.startsWith('::') && RUNNER_ANNOTATION.test(line)) return ''
  if (CONTROL.test(line)) line = line.replace(CONTROLS, ' ')
  // TAP diagnostics: `#     Expected: 4` is the line `    Expected: 4` (poku, tap, node:test's TAP reporter).
  if (line.startsWith('#  ')) line = line.slice(1)
  // PHPUnit's testdox prints a failure's details behind a box-drawing bar: `   │ PDOException: ...`,
  // in colour `   ├ PDOException: ...`.
  if (TESTDOX_MARKS.test(line)) line = line.replace(TESTDOX_BAR, '')
  // run-tests.php (.phpt): a diff line `002+ PHP Fatal error: ...` is an error the test script died of. Its
  // other lines (`002+ text` printed, `002- text` expected) are output the test compares: data (php.ts).
  if (first >= 48 && first <= 57) line = line.replace(PHPT_ERROR, '')
  return line.length > MATCH_WINDOW ? line.slice(0, MATCH_WINDOW) : line
}
