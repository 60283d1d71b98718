// Which dialect marker a line is, if any. Pure; the classifier keeps the state.
import { DIALECTS, type Dialect, type Marker, type MarkerEvent } from './dialects/index.js'
import { lineStartIndex } from './derived.js'
import type { LineStartIndex } from './scan.js'

export interface MarkerMatch {
  readonly dialect: Dialect
  readonly event: MarkerEvent
  readonly name: string
  readonly key: string
  /** The failure's reason when the marker line carries it (pytest's short summary). */
  readonly reason?: string
  readonly afterOutput: boolean
  /** The test's line ends it (dialect.ts, `closes`). */
  readonly closes: boolean
  /** The test's closing line, its outcome said below it (dialect.ts, `awaitsResult`). */
  readonly awaitsResult?: boolean
  /** The marker alone says the unit failed an assertion (dialect.ts, `asserts`). */
  readonly asserts: boolean
  /** The details section this header opens lists failed assertions only (dialect.ts, `listsAssertions`). */
  readonly listsAssertions?: boolean
  /** The marker's name is the file whose results follow (dialect.ts, `namesFile`). */
  readonly namesFile: boolean
  /** Read only after the dialect's own test lines (dialect.ts, `afterItsTests`). */
  readonly afterItsTests: boolean
  readonly namedBelow: boolean
  readonly detailsIndented: boolean
  /** How far the marker's line is indented. */
  readonly indent: number
  /** Failures of suites or of tests follow (dialect.ts, `section`). */
  readonly section?: 'suites' | 'tests'
  /** What the test printed above its line is a passing test's (dialect.ts, `dropsOutput`). */
  readonly dropsOutput?: boolean
  /** The section this header opens lists entries counted under another heading (dialect.ts, `entriesCountedApart`). */
  readonly entriesCountedApart?: boolean
  /** The runner counts this failure under another heading (dialect.ts, `countedApart`). */
  readonly countedApart?: boolean
  /** The closing list this header opens (dialect.ts, `entries`). */
  readonly entries?: { readonly last: RegExp; readonly end: RegExp; readonly keyFromName?: (name: string) => string }
  /** Read by the classifier's state, not by a pattern alone: a closing list's entry (dialect.ts, `entries`). */
  readonly listEntry?: boolean
  /** A failure headed by a line that names no test, keyed by the line below it (dialect.ts `headedBelow`): that line is no finding, so the unit is one no rule explains. */
  readonly unnamedEntry?: boolean
  /** A count the marker line states (group `count`: vitest's `Failed Suites 2`). */
  readonly count?: number
  /** The file a marker line names the test in (group `path`: pytest's `ERROR tests/x.py::test_y`). */
  readonly path?: string
}

const ALL_MARKERS: readonly { readonly dialect: Dialect; readonly marker: Marker }[] = DIALECTS.flatMap(dialect => dialect.markers.map(marker => ({ dialect, marker })))
export const MARKER_PATTERNS: readonly RegExp[] = ALL_MARKERS.map(m => m.marker.pattern)
/**
 * Failure counts in a runner's machine-readable report printed to the log, whichever runner wrote it: mocha's `json`
 * and `json-stream` stats (`"failures": 2`), jest's and vitest's `--json` (`"numFailedTests":1`, suites that could not
 * run: `"numRuntimeErrorTestSuites":1`), and a JUnit XML root or suite element (`failures="1"`, `errors="2"`, either
 * order). No dialect splits such a report into units, so its count is all that shows a test failed.
 */
const MACHINE_REPORT_COUNTS: readonly RegExp[] = [
  /"(?:failures|numFailedTests|numRuntimeErrorTestSuites|failure_count|errors_outside_of_examples_count)":\s{0,4}(\d{1,6})\b/,
  /<testsuites?\b[^>]{0,500}?\b(?:errors="(\d{1,6})"[^>]{0,500}?\bfailures="(\d{1,6})"|failures="(\d{1,6})"(?:[^>]{0,500}?\berrors="(\d{1,6})")?)/
]
/** The runners' own counts of failed tests (dialect.ts `reportedFailures`), and those of machine-readable reports. */
export const REPORTED_OF_DIALECTS: readonly RegExp[] = [...DIALECTS.map(d => d.reportedFailures).filter((p): p is RegExp => p !== undefined), ...MACHINE_REPORT_COUNTS]
/** The runners' own summaries of a run in which no test failed (dialect.ts `passedAll`). */
export const PASSED_OF_DIALECTS: readonly RegExp[] = DIALECTS.map(d => d.passedAll).filter((p): p is RegExp => p !== undefined)
/** A failed Go example's block (testing/run_example.go: `--- FAIL: %s (%s)\ngot:\n%s\nwant:\n%s\n`): its output, then what it documents. */
export const GO_EXAMPLE_GOT = /^got:$/
export const GO_EXAMPLE_WANT = /^want:$/
/** The runners' own lines that they stopped a run early (dialect.ts `interrupted`). */
export const INTERRUPTED_OF_DIALECTS: readonly RegExp[] = DIALECTS.map(d => d.interrupted).filter((p): p is RegExp => p !== undefined)
/** Runners that print a banner and then a progress mark for each test (dialect.ts `banner`, `progress`). */
export const PROGRESS_OF_DIALECTS: readonly { readonly banner: RegExp; readonly progress: RegExp }[] = DIALECTS.flatMap(d => (d.banner && d.progress ? [{ banner: d.banner, progress: d.progress }] : []))
/** By the same index: the first line of the summary below which those counts add up (dialect.ts `reportedSumFrom`). */
export const REPORTED_SUM_FROM: readonly (RegExp | undefined)[] = [...DIALECTS.filter(d => d.reportedFailures !== undefined).map(d => d.reportedSumFrom), ...MACHINE_REPORT_COUNTS.map(() => undefined)]

/**
 * `seen`: the dialects whose test lines the log has shown (dialect.ts, `afterItsTests`); `sections`: the dialects
 * one of whose sections is open (dialect.ts, `inSection`; not given: read everywhere).
 * Every marker is anchored at a line's start: a line is tried only against the markers whose
 * match may begin with its first character (or the first after its indentation), in the
 * dialects' order. Built on first use.
 */
let index: LineStartIndex | undefined

export function markerOf(line: string, seen?: ReadonlySet<Dialect>, sections?: ReadonlySet<Dialect>, announced?: { readonly runner: string; readonly key: string; readonly name: string }): MarkerMatch | undefined {
  index ??= lineStartIndex('markers', MARKER_PATTERNS)
  for (const n of index.candidates(line)) {
    const { dialect, marker } = ALL_MARKERS[n] as (typeof ALL_MARKERS)[number]
    if (marker.contains !== undefined && !line.includes(marker.contains)) continue
    // A marker read only after its runner's test lines is no marker before them (nor where the caller does not say).
    if (marker.afterItsTests === true && seen?.has(dialect) !== true) continue
    // A marker read only inside its runner's sections is no marker outside them (where the caller keeps them).
    if (marker.inSection === true && sections !== undefined && !sections.has(dialect)) continue
    // A line of the test its runner announced is no marker unless that test is the current unit (dialect.ts `ofAnnounced`).
    if (marker.ofAnnounced === true && announced?.runner !== dialect.id) continue
    const found = marker.pattern.exec(line)
    if (!found) continue
    if (marker.ofAnnounced === true && announced !== undefined) return { dialect, event: marker.event, name: announced.name, key: announced.key, afterOutput: false, closes: marker.closes === true, asserts: false, namesFile: false, afterItsTests: false, namedBelow: false, detailsIndented: false, indent: 0 }
    const groups = found.groups ?? {}
    const name = (groups.name ?? groups.name2 ?? '').trim()
    // Numbered failures (mocha, RSpec, minitest) share one key space: the inline mark and the details are one unit.
    const key = groups.key !== undefined ? `#${groups.key}` : marker.keyFromName ? marker.keyFromName(name) : `${dialect.id}:${name}`
    return { dialect, event: marker.event, name, key, afterOutput: marker.afterOutput === true, closes: marker.closes === true, asserts: marker.asserts === true, listsAssertions: marker.listsAssertions === true, namesFile: marker.namesFile === true, afterItsTests: marker.afterItsTests === true, namedBelow: marker.namedBelow === true,  detailsIndented: marker.detailsIndented === true, indent: line.length - line.trimStart().length, ...(marker.section ? { section: marker.section } : {}), ...(marker.dropsOutput ? { dropsOutput: true } : {}), ...(marker.awaitsResult ? { awaitsResult: true } : {}), ...(marker.countedApart ? { countedApart: true } : {}), ...(marker.entriesCountedApart ? { entriesCountedApart: true } : {}), ...(marker.entries ? { entries: marker.entries } : {}),  ...(groups.count !== undefined ? { count: Number(groups.count) } : {}), ...(groups.path !== undefined ? { path: groups.path } : {}), ...(groups.reason ? { reason: groups.reason } : {}) }
  }
  return undefined
}
