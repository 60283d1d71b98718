// The runner's own totals (issue 27): how many tests passed, failed and were skipped, as the
// runner itself counted them in its summary lines (pytest's `== 2 failed, 9 passed in 0.1s ==`,
// jest's `Tests:`, mocha's `N passing`, cargo's `test result:`, Surefire's `Tests run:`, ...),
// or as the JUnit reports list them. Never guessed: a count the log does not state is unknown,
// and the outputs leave it empty. The pure part reads lines (TotalsCounter); readTotals feeds it
// the whole log file after the run, so the classifier's one pass over the stream stays as it is.
import { createReadStream } from 'node:fs'
import { lstat } from 'node:fs/promises'
import { normaliseLine } from '../classify/normalise.js'

export interface Totals {
  /** Undefined: the runner did not say. */
  readonly passed: number | undefined
  readonly failed: number | undefined
  readonly skipped: number | undefined
  /** Which runners' summaries (or `junit`) the counts come from, e.g. `pytest`, `jest, go`. */
  readonly source: string
}

interface Count {
  passed?: number
  failed?: number
  skipped?: number
}

/** One runner family: its counts over the whole log (summed when it ran several times). */
class Family {
  passed = 0
  failed = 0
  skipped = 0
  knows = { passed: true, failed: true, skipped: true }
  seen = false

  add(count: Count): void {
    this.seen = true
    for (const key of ['passed', 'failed', 'skipped'] as const) {
      const value = count[key]
      if (value === undefined) this.knows[key] = false
      else this[key] += Math.max(0, value)
    }
  }
}

/** `2 failed, 9 passed, 1 skipped` → {failed: 2, passed: 9, skipped: 1}; words lower-cased. */
function items(text: string): Map<string, number> {
  const found = new Map<string, number>()
  for (const m of text.matchAll(/(\d{1,9}) ([a-z][a-z ]{0,30}?)(?=,|\||$|\s*\()/gi)) {
    const word = (m[2] ?? '').trim().toLowerCase()
    found.set(word, (found.get(word) ?? 0) + Number(m[1]))
  }
  return found
}

const sum = (map: ReadonlyMap<string, number>, ...words: string[]): number => words.reduce((n, w) => n + (map.get(w) ?? 0), 0)

const PYTEST_WORDS = new Set(['passed', 'failed', 'error', 'errors', 'skipped', 'xfailed', 'xpassed', 'deselected', 'warning', 'warnings', 'rerun', 'reruns'])
// `==== 2 failed, 9 passed, 1 skipped in 0.12s ====` (and `-q`'s bare `2 failed, 9 passed in 0.12s`).
const PYTEST = /^(?:=+ )?((?:\d{1,9} [a-z]+, ){0,9}\d{1,9} [a-z]+) in [\d.]+s(?: \([\d:.]+\))?(?: =+)?$/
const PYTEST_NONE = /^=+ no tests ran in [\d.]+s =+$/
// jest: `Tests:       1 failed, 1 skipped, 4 passed, 6 total`.
const JEST = /^Tests:\s+((?:\d{1,9} [a-z]+, ){0,6}\d{1,9} total)$/
// vitest: `      Tests  1 failed | 3 passed | 1 skipped (5)`.
const VITEST = /^\s*Tests\s+(\d{1,9} [a-z]+(?: \| \d{1,9} [a-z]+){0,6}) \((\d{1,9})\)$/
// mocha: `  3 passing (12ms)`, `  1 pending`, `  2 failing`.
const MOCHA = /^\s*(\d{1,9}) (passing \(\S{1,20}\)|pending|failing)$/
// node:test (spec `ℹ pass 3`, TAP `# pass 3`), tap, poku.
const TAP_SUMMARY = /^(?:# |ℹ )(tests|pass|fail|skip|skipped|todo|cancelled)\s+(\d{1,9})$/
// Plain TAP (bats, prove): a plan, then one `ok N` / `not ok N` a test, at the start of the line.
const TAP_PLAN = /^1\.\.\d{1,9}\b/
const TAP_LINE = /^(not )?ok\b(?: \d{1,9})?(.*)$/
const TAP_SKIP = /#\s*(?:skip|todo)\b/i
// go: `--- PASS: TestX (0.00s)` (indented for subtests); a package's result line ends its tests.
const GO_TEST = /^\s*--- (PASS|FAIL|SKIP): (\S{1,500})/
const GO_RUN = /^=== RUN\s/
const GO_PACKAGE = /^(?:ok|FAIL)\s+\S+\s+(?:[\d.]+s|\(cached\)|\[)/
// cargo: `test result: FAILED. 2 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; ...`.
const CARGO = /^test result: \S{1,40}\. (\d{1,9}) passed; (\d{1,9}) failed; (\d{1,9}) ignored\b/
// RSpec: `5 examples, 2 failures, 1 pending`, `0 examples, 0 failures, 1 error occurred outside of examples`.
const RSPEC = /^(\d{1,9}) examples?, (\d{1,9}) failures?(?:, (\d{1,9}) pending)?(?:, (\d{1,9}) errors? occurred outside of examples)?$/
// minitest `3 runs, 4 assertions, 1 failures, 1 errors, 0 skips`; test-unit `2 tests, 1 assertions, 1 failures, 1 errors, 0 pendings, 0 omissions, 0 notifications`;
// ExUnit `1 doctest, 5 tests, 2 failures, 1 excluded`.
const RUNS = /^(?:\d{1,9} doctests?, )?\d{1,9} (?:runs|tests?), (?:\d{1,9} assertions?, )?\d{1,9} failures?\b(?:, \d{1,9} [a-z]+)*(?: \(.*\))?$/
// Surefire / Failsafe: `[ERROR] Tests run: 4, Failures: 1, Errors: 1, Skipped: 0` (the module's total)
// and the same with `, Time elapsed: ... -- in com.acme.XTest` (one class).
const SUREFIRE = /^(?:\[(?:INFO|ERROR|WARNING|WARN)\] )?Tests run: (\d{1,9}), Failures: (\d{1,9}), Errors: (\d{1,9}), Skipped: (\d{1,9})(.*)$/
// JUnit 4's console runner: `Tests run: 3,  Failures: 1`, or `OK (3 tests)`.
const JUNIT4 = /^Tests run: (\d{1,9}),\s+Failures: (\d{1,9})$/
const JUNIT4_OK = /^OK \((\d{1,9}) tests?\)$/
// Gradle: `12 tests completed, 1 failed, 2 skipped` (printed when some failed).
const GRADLE = /^(\d{1,9}) tests? completed, (\d{1,9}) failed(?:, (\d{1,9}) skipped)?$/
// dotnet test: `Failed!  - Failed:     1, Passed:    52, Skipped:     0, Total:    53, Duration: 1 s - App.Tests.dll (net8.0)`.
const DOTNET = /^(?:Failed|Passed)!\s+-\s+Failed:\s+(\d{1,9}),\s+Passed:\s+(\d{1,9}),\s+Skipped:\s+(\d{1,9}),\s+Total:\s+\d{1,9}/
// unittest: `Ran 5 tests in 0.01s`, then `OK`, `OK (skipped=1)` or `FAILED (failures=1, errors=2)`.
const UNITTEST_RAN = /^Ran (\d{1,9}) tests? in [\d.]+s$/
const UNITTEST_END = /^(OK|FAILED)(?: \(([a-z =\d,]{1,200})\))?$/
// PHPUnit: `Tests: 5, Assertions: 9, Failures: 1, Errors: 1, Skipped: 1.` / `OK (5 tests, 9 assertions)`.
const PHPUNIT = /^Tests: (\d{1,9}), Assertions: \d{1,9}((?:, [A-Za-z]+: \d{1,9}){0,8})\.$/
const PHPUNIT_OK = /^OK \((\d{1,9}) tests?, \d{1,9} assertions?\)$/

/** Counts the runner's totals line by line; `result()` once the log has been read. */
export class TotalsCounter {
  private readonly families = new Map<string, Family>()
  private tapPlan = false
  private readonly tapLines = new Family()
  private readonly goTests: { name: string; status: string; pkg: number }[] = []
  private goPackage = 0
  private goVerbose = false
  private readonly surefireClasses = new Family()
  private unittestRan: number | undefined

  private family(id: string): Family {
    let family = this.families.get(id)
    if (!family) this.families.set(id, (family = new Family()))
    return family
  }

  push(raw: string): void {
    const line = normaliseLine(raw)
    if (line.length > 400) return
    if (!/\d/.test(line)) {
      if (GO_RUN.test(line)) this.goVerbose = true
      else if (line === 'OK' && this.unittestRan !== undefined) this.unittest(line)
      if (!line.includes('--- ')) return
    }
    let m: RegExpExecArray | null
    if ((m = GO_TEST.exec(line))) {
      this.goTests.push({ name: m[2] as string, status: m[1] as string, pkg: this.goPackage })
      return
    }
    if (GO_RUN.test(line)) {
      this.goVerbose = true
      return
    }
    if (GO_PACKAGE.test(line)) {
      this.goPackage++
      return
    }
    if ((m = TAP_SUMMARY.exec(line))) {
      const n = Number(m[2])
      const key = m[1] as string
      const f = this.family('tap')
      if (key === 'pass') f.add({ passed: n, failed: 0, skipped: 0 })
      else if (key === 'fail' || key === 'cancelled') f.add({ passed: 0, failed: n, skipped: 0 })
      else if (key !== 'tests') f.add({ passed: 0, failed: 0, skipped: n })
      return
    }
    if (TAP_PLAN.test(line)) {
      this.tapPlan = true
      return
    }
    if ((m = TAP_LINE.exec(line)) && this.tapPlan) {
      if (TAP_SKIP.test(m[2] ?? '')) this.tapLines.add({ passed: 0, failed: 0, skipped: 1 })
      else this.tapLines.add(m[1] ? { passed: 0, failed: 1, skipped: 0 } : { passed: 1, failed: 0, skipped: 0 })
      return
    }
    if ((m = PYTEST.exec(line)) || PYTEST_NONE.test(line)) {
      const found = m ? items(m[1] as string) : new Map<string, number>()
      if ([...found.keys()].every(w => PYTEST_WORDS.has(w))) {
        this.family('pytest').add({ passed: sum(found, 'passed', 'xpassed'), failed: sum(found, 'failed', 'error', 'errors'), skipped: sum(found, 'skipped', 'xfailed') })
      }
      return
    }
    if ((m = JEST.exec(line))) {
      const found = items(m[1] as string)
      this.family('jest').add({ passed: sum(found, 'passed'), failed: sum(found, 'failed'), skipped: sum(found, 'skipped', 'todo') })
      return
    }
    if ((m = VITEST.exec(line))) {
      const found = items(m[1] as string)
      this.family('vitest').add({ passed: sum(found, 'passed'), failed: sum(found, 'failed'), skipped: sum(found, 'skipped', 'todo') })
      return
    }
    if ((m = MOCHA.exec(line))) {
      const n = Number(m[1])
      const word = (m[2] as string).split(' ')[0]
      this.family('mocha').add(word === 'passing' ? { passed: n, failed: 0, skipped: 0 } : word === 'failing' ? { passed: 0, failed: n, skipped: 0 } : { passed: 0, failed: 0, skipped: n })
      return
    }
    if ((m = CARGO.exec(line))) {
      this.family('cargo').add({ passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3]) })
      return
    }
    if ((m = RSPEC.exec(line))) {
      const [examples, failures, pending, outside] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number]
      const p = Number.isNaN(pending) ? 0 : pending
      this.family('rspec').add({ passed: examples - failures - p, failed: failures + (Number.isNaN(outside) ? 0 : outside), skipped: p })
      return
    }
    if (RUNS.test(line)) {
      const found = items(line.replace(/ \(.*\)$/, ''))
      const total = sum(found, 'runs', 'tests', 'test', 'doctest', 'doctests')
      const failed = sum(found, 'failures', 'failure', 'errors', 'error', 'invalid')
      const skipped = sum(found, 'skips', 'skip', 'skipped', 'pendings', 'pending', 'omissions', 'excluded')
      this.family('minitest').add({ passed: total - failed - skipped, failed, skipped })
      return
    }
    if ((m = SUREFIRE.exec(line))) {
      const [run, failures, errors, skipped] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number]
      const count = { passed: run - failures - errors - skipped, failed: failures + errors, skipped }
      if (/Time elapsed|\bin [\w.$]+\s*$/.test(m[5] ?? '')) this.surefireClasses.add(count)
      else this.family('surefire').add(count)
      return
    }
    if ((m = JUNIT4.exec(line))) {
      this.family('junit4').add({ passed: Number(m[1]) - Number(m[2]), failed: Number(m[2]) })
      return
    }
    if ((m = JUNIT4_OK.exec(line))) {
      this.family('junit4').add({ passed: Number(m[1]), failed: 0 })
      return
    }
    if ((m = GRADLE.exec(line))) {
      const [total, failed, skipped] = [m[1], m[2], m[3] ?? '0'].map(Number) as [number, number, number]
      this.family('gradle').add({ passed: total - failed - skipped, failed, skipped })
      return
    }
    if ((m = DOTNET.exec(line))) {
      this.family('dotnet').add({ failed: Number(m[1]), passed: Number(m[2]), skipped: Number(m[3]) })
      return
    }
    if ((m = UNITTEST_RAN.exec(line))) {
      this.unittestRan = Number(m[1])
      return
    }
    if (UNITTEST_END.test(line) && this.unittestRan !== undefined) {
      this.unittest(line)
      return
    }
    if ((m = PHPUNIT.exec(line))) {
      const counts = new Map<string, number>()
      for (const x of (m[2] ?? '').matchAll(/([A-Za-z]+): (\d{1,9})/g)) counts.set((x[1] as string).toLowerCase(), Number(x[2]))
      const failed = sum(counts, 'failures', 'errors')
      const skipped = sum(counts, 'skipped', 'incomplete')
      this.family('phpunit').add({ passed: Number(m[1]) - failed - skipped, failed, skipped })
      return
    }
    if ((m = PHPUNIT_OK.exec(line))) {
      this.family('phpunit').add({ passed: Number(m[1]), failed: 0, skipped: 0 })
    }
  }

  private unittest(line: string): void {
    const m = UNITTEST_END.exec(line)
    const ran = this.unittestRan
    this.unittestRan = undefined
    if (!m || ran === undefined) return
    const counts = new Map<string, number>()
    for (const x of (m[2] ?? '').matchAll(/([a-z ]+)=(\d{1,9})/g)) counts.set((x[1] as string).trim(), Number(x[2]))
    const failed = sum(counts, 'failures', 'errors', 'unexpected successes')
    const skipped = sum(counts, 'skipped', 'expected failures')
    this.family('unittest').add({ passed: ran - failed - skipped, failed, skipped })
  }

  result(): Totals | undefined {
    const families = [...this.families.entries()].filter(([, f]) => f.seen)
    // Plain TAP lines count only when no TAP summary said it better (node:test prints both).
    if (this.tapLines.seen && !this.families.get('tap')?.seen) families.push(['tap', this.tapLines])
    // A module's Surefire total, when printed, already counts its classes.
    if (this.surefireClasses.seen && !this.families.get('surefire')?.seen) families.push(['surefire', this.surefireClasses])
    const go = this.goFamily()
    if (go) families.push(['go', go])
    if (families.length === 0) return undefined
    const known = (key: 'passed' | 'failed' | 'skipped'): number | undefined =>
      families.every(([, f]) => f.knows[key]) ? families.reduce((n, [, f]) => n + f[key], 0) : undefined
    return { passed: known('passed'), failed: known('failed'), skipped: known('skipped'), source: families.map(([id]) => id).join(', ') }
  }

  /** go: one count a test that concluded; a parent whose subtests concluded is not counted again. */
  private goFamily(): Family | undefined {
    if (this.goTests.length === 0) return undefined
    const family = new Family()
    for (const t of this.goTests) {
      const parent = this.goTests.some(o => o.pkg === t.pkg && o.name.startsWith(`${t.name}/`))
      if (parent) continue
      // Without -v go prints only failures (and no `=== RUN`): the passes and skips are unknown.
      if (!this.goVerbose) family.add({ failed: t.status === 'FAIL' ? 1 : 0 })
      else family.add({ passed: t.status === 'PASS' ? 1 : 0, failed: t.status === 'FAIL' ? 1 : 0, skipped: t.status === 'SKIP' ? 1 : 0 })
    }
    return family
  }
}

export function countTotals(lines: Iterable<string>): Totals | undefined {
  const counter = new TotalsCounter()
  for (const line of lines) counter.push(line)
  return counter.result()
}

/** The totals of the JUnit reports' cases. */
export function junitTotals(outcomes: readonly ('passed' | 'failure' | 'error' | 'skipped')[]): Totals {
  const count = (...kinds: string[]): number => outcomes.filter(o => kinds.includes(o)).length
  return { passed: count('passed'), failed: count('failure', 'error'), skipped: count('skipped'), source: 'junit' }
}

/** A log larger than this is not read again for its totals (they are then unknown). */
const LOG_MAX_BYTES = 256 * 1024 * 1024

/** The totals the whole log states; undefined when it states none, cannot be read or is too large. */
export async function readTotals(logPath: string): Promise<Totals | undefined> {
  const counter = new TotalsCounter()
  try {
    // Only the log the gate wrote: a regular file, read up to its size now (never a device
    // such as /dev/full, which a test could have linked there and which never ends).
    const info = await lstat(logPath)
    if (!info.isFile() || info.size > LOG_MAX_BYTES) return undefined
    if (info.size === 0) return counter.result()
    const { createInterface } = await import('node:readline')
    const lines = createInterface({ input: createReadStream(logPath, { encoding: 'utf8', highWaterMark: 1024 * 1024, end: info.size - 1 }), crlfDelay: Infinity })
    for await (const line of lines) counter.push(line.length > 8192 ? line.slice(0, 8192) : line)
  } catch {
    return undefined
  }
  return counter.result()
}
