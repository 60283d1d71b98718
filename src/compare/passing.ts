// Which tests a log shows passing, by the same identity the failing units carry (match.ts): a
// runner's own line for a passed test. Only runners that name each passing test are read
// (pytest -v / -rA, TAP and node:test, go test -v, Gradle, RSpec's documentation format is not);
// a runner seen here "lists its passing tests", so a test it does not list did not run at all.
// Pure: a function of the lines.
import { unitKey } from './identity.js'

interface PassLine {
  readonly runner: string
  readonly pattern: RegExp
}

const PASS_LINES: readonly PassLine[] = [
  // pytest -v: `tests/test_db.py::TestX::test_y[1] PASSED   [ 50%]`; -rA: `PASSED tests/test_db.py::test_y`
  { runner: 'pytest', pattern: /^(?<name>\S{1,500}::\S{1,500}) PASSED\b/ },
  { runner: 'pytest', pattern: /^PASSED (?<name>\S{1,500}::\S{1,500})/ },
  // TAP (node:test, tape, node-tap): `ok 3 - name`, not a skipped or todo one.
  { runner: 'node:test', pattern: /^\s*ok \d{1,7}(?: -)? (?<name>(?:(?!\s#\s(?:SKIP|TODO)\b).){1,500})$/i },
  { runner: 'go', pattern: /^\s*--- PASS: (?<name>\S{1,500})/ },
  { runner: 'gradle', pattern: /^(?<name>[\w.$]{1,300} > [^\n]{1,400}) PASSED$/ }
]

export interface PassingTests {
  /** Identity keys of the tests seen passing (bounded). */
  readonly keys: ReadonlySet<string>
  /** Runners that named at least one passing test: they list every test they ran. */
  readonly listing: ReadonlySet<string>
}

const MAX_KEYS = 200_000

export class PassingCollector {
  private readonly keys = new Set<string>()
  private readonly listing = new Set<string>()

  push(line: string): void {
    if (line.length > 2000 || !/PASS|ok /.test(line)) return
    for (const { runner, pattern } of PASS_LINES) {
      const name = pattern.exec(line)?.groups?.name
      if (name === undefined) continue
      this.listing.add(runner)
      if (this.keys.size < MAX_KEYS) this.keys.add(unitKey(runner, name.trim()))
      return
    }
  }

  result(): PassingTests {
    return { keys: this.keys, listing: this.listing }
  }
}

export function passingTests(lines: Iterable<string>): PassingTests {
  const collector = new PassingCollector()
  for (const line of lines) collector.push(line)
  return collector.result()
}
