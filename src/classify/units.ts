// Failing units and their outcomes. A unit is a failing test, or a failure outside any test
// (collection, a hook or fixture, a suite that failed to load, a crash). Each finding on its
// lines is counted (never capped); the unit's outcome is a pure function of those counts.
// Kept evidence is bounded, and only for display: no bound ever changes an outcome.
import type { Confidence } from './rules/index.js'

export type FindingKind = 'infrastructure' | 'code' | 'unexplained'

export interface Finding {
  readonly ruleId: string
  readonly title: string
  kind: FindingKind
  confidence: Confidence
  /** '' when no line names the service. */
  service: string
  /** 1-based line number in the whole log (or the JUnit report). */
  readonly line: number
  readonly text: string
  note?: string
  /** The unit the finding belongs to, when it belongs to one. */
  test?: string
  /** Logged by a client that goes on (retries, falls back): it explains nothing by itself. */
  readonly continuing?: boolean
  /** A null dereference of a connection's handle (`Cannot read properties of undefined (reading 'query')`). */
  readonly nullHandle?: boolean
  /** A null dereference of a handle's closing method (`reading 'end'`): a consequence only in a teardown whose scope's setup was refused. */
  closesHandle?: boolean
  /** Shown by the task runner's structure (a package it says failed), not by a line of the log: its text says what. */
  readonly structural?: boolean
}

export type Scope = 'test' | 'outside'

export interface Unit {
  readonly key: string
  name: string
  runner: string
  readonly line: number
  readonly scope: Scope
  /** `pending`: go printed `=== RUN` but not yet PASS or FAIL. */
  state: 'failing' | 'pending'
  /** Shows only a runner's echo of a wrapper exception whose cause was printed elsewhere (Gradle). */
  wrapped: boolean
  /** Listed by a runner that prints the details later (mocha's inline `1) x`). */
  listed: boolean
  /**
   * Listed in a runner's section of failed assertions (PHPUnit's `There were N failures:`, dialect.ts
   * `listsAssertions`): with nothing else shown, it failed an assertion, a code failure.
   */
  assertedBySection: Finding | undefined
  /** Only reports that its subtests failed (node:test, a go parent). */
  parent: boolean
  timedOut: boolean
  /** The timeout was a hook's (`Hook timed out`, `for a hook`, `"after all" hook`): it says nothing of where it hung. */
  hookTimedOut: boolean
  /**
   * The runner noted the test timed out below its closing line (bun's `^ this test timed out`):
   * what it printed above is its output, where a refusal may be a client's beside a test that
   * hangs on its own code.
   */
  timeoutNoted: boolean
  high: number
  /** Only-possibly infrastructure (a remote host, a package that is no service client). */
  ambiguous: number
  /** Connection errors a client logged and went on past. */
  continuing: number
  code: number
  /** Error lines no rule explains. */
  unexplained: number
  /** Null dereferences after a connection failure in the unit: consequences, not defects. */
  consequences: number
  /** Code findings that are null dereferences of a connection's handle (a consequence when a setup was refused). */
  nullHandles: number
  /** Code findings that are null dereferences of a handle's closing method (rules/code.ts CLOSING_HANDLE). */
  closingHandles: number
  /** The file the runner reported this unit under (jest's `FAIL path`), when it groups by file. */
  file: string | undefined
  /** Closing calls whose receiver the log shows to be a handle to a service (handles.ts). */
  closingNamed: number
  /** Closing calls whose receiver the log shows to be something else (a stub, a server, a file). */
  closingOther: number
  /** The handles those closing calls closed, by name. */
  readonly closedReceivers: Set<string>
  /** The handles the unit's source lines show it assigning (`db = await pool.connect()`). */
  readonly assigned: Set<string>
  /** Sure refusals the unit took from what it printed before its line (mocha, node:test): its output, not its error. */
  highFromOutput: number
  /**
   * Failures the runner counts for this unit (pytest's setup and teardown errors of one test: 2); 0 for
   * a failure it counts under another heading (run-tests.php's WARN&FAIL, counted as warned).
   */
  phases: number
  /** Announced (`run`) and printed a block the runner prints only for a test that did not pass (dialect.ts `failedBlock`). */
  failedBlock: boolean
  /** The file the runner named it in (pytest's short summary), and whether it named two: two tests of one name. */
  path: string | undefined
  conflated: boolean
  /**
   * Which tests of this name the runner showed it to be (pytest's summary path, node:test's
   * `location:`, the console launcher's `MethodSource [...]`, jest's n-th `● title` under one file):
   * two tests of one name printed as one unit, each a failure the runner counts.
   */
  identities: Set<string>
  /**
   * The kinds of report pytest's short summary listed it under (`FAILED` for its call, `ERROR` for a
   * setup or teardown): a test whose call failed and whose teardown errored is two failures in the
   * count, though `--tb=line` and `--tb=no` print no header for the call (terminal.py short_test_summary
   * lists one line a report). Kinds, not lines: a second session's summary naming it again is not another phase.
   */
  readonly summaryKinds: Set<string>
  /** Line where its last phase began (pytest's `ERROR at teardown of`); 0 for its first. */
  phaseStart: number
  /** A suite's failure, holding its hooks' errors (vitest's `Failed Suites`), not a test's. */
  holdsHooks: boolean
  /** The suite path the runner printed above a hook's title (mocha's `1) suite` details): the hook's scope. */
  suitePath: string | undefined
  /** Announced by the runner (go's `=== RUN`) and never concluded: the process died inside it. */
  unconcluded: boolean
  /** Its closing line was read, its outcome said by the lines below it (dialect.ts `awaitsResult`): it did not die inside. */
  concluded: boolean
  /** Services named by the unit's high findings. */
  readonly services: Set<string>
  /** Services named by any of its infrastructure findings, whatever their confidence. */
  readonly infraServices: Set<string>
  /** High findings that name no service. */
  unnamed: number
  /** A service the unit's name or lines mention (a driver frame, a test path), for unnamed refusals. */
  mention: string | undefined
  /** A service whose client library appears in the unit's stack frames: stronger than a mention. */
  driver: string | undefined
  /** Line of the unit's last infrastructure finding (0: none yet). */
  lastInfraLine: number
  /** Unexplained errors followed by a chain link that makes them wrappers or causes of what comes next. */
  readonly chain: Finding[]
  /** Errors a connection failure later in the unit settled as its causes (settleChain): a conflated unit's twin may have settled the other's. */
  settledLinks: number
  /** Wrapper headlines read as their cause's (signs.ts isWrapperHeadline): a conflated unit's cause may be the other twin's. */
  wrapperHeadlines: number
  /** Of those, the ones in the project's own words (signs.ts isOwnWordsWrapper): a guard of the code reads the same. */
  ownWordsWrappers: number
  /** The last unexplained error, until a chain link claims it. */
  lastUnexplained: Finding | undefined
  /** The last finding was a connection failure and a `direct cause` link followed: the next error wraps it. */
  wrapsNext: boolean
  /** An assertion that expected no error, waiting for the error on the next lines. */
  awaitingError: { finding: Finding; until: number } | undefined
  readonly evidence: Finding[]
  /** Printed on the line just above another failing test's marker, with nothing of its own: that test's details are its too. */
  sharesDetailsOf: Unit | undefined
  /**
   * node:test cancelled it, unfinished, when its parent's run ended (`test did not finish before its
   * parent and was cancelled`): the failing parent whose result line closed its scope, once known.
   */
  cancelledBy: Unit | undefined
  /** node:test's TAP says this suite failed in a hook (`failureType: 'hookFailed'`): its unfinished children never ran. */
  hookFailed: boolean
  /** node:test's TAP says this unit is a suite (`type: 'suite'`). */
  suite: boolean
}

export const EVIDENCE_PER_UNIT = 4

export function newUnit(key: string, name: string, runner: string, line: number, scope: Scope, state: Unit['state']): Unit {
  return {
    key, name, runner, line, scope, state, wrapped: false, listed: false, assertedBySection: undefined, parent: false, timedOut: false, hookTimedOut: false, timeoutNoted: false, high: 0, ambiguous: 0, continuing: 0, code: 0, unexplained: 0,
    consequences: 0, nullHandles: 0, closingHandles: 0, file: undefined, holdsHooks: false, highFromOutput: 0, phases: 1, phaseStart: 0, path: undefined, conflated: false, identities: new Set(), summaryKinds: new Set(), closingNamed: 0, closingOther: 0, closedReceivers: new Set(), assigned: new Set(), suitePath: undefined, unconcluded: false, concluded: false, services: new Set(), infraServices: new Set(), unnamed: 0, mention: undefined, driver: undefined, lastInfraLine: 0, chain: [], settledLinks: 0, wrapperHeadlines: 0, ownWordsWrappers: 0, lastUnexplained: undefined, wrapsNext: false, awaitingError: undefined, evidence: [], sharesDetailsOf: undefined, cancelledBy: undefined, hookFailed: false, suite: false, failedBlock: false
  }
}

/** Counts a finding in its unit; keeps it as evidence while the unit's bound allows. */
export function count(unit: Unit, finding: Finding, evidence = true): void {
  finding.test = unit.scope === 'test' ? unit.name : undefined
  unit.lastUnexplained = finding.kind === 'unexplained' ? finding : undefined
  if (finding.kind === 'code') {
    unit.code++
    if (finding.nullHandle) unit.nullHandles++
    else if (finding.closesHandle) unit.closingHandles++
  } else if (finding.kind === 'unexplained') unit.unexplained++
  else if (finding.continuing) unit.continuing++
  else if (finding.confidence === 'high') {
    unit.high++
    if (finding.service === '') unit.unnamed++
    else unit.services.add(finding.service)
  } else unit.ambiguous++
  if (finding.kind === 'infrastructure') {
    unit.lastInfraLine = finding.line
    if (finding.service !== '') unit.infraServices.add(finding.service)
  }
  if (evidence) keep(unit, finding)
}

/** Changes what a counted finding says (context named its service, or showed it was the project's own server). */
export function recount(unit: Unit, finding: Finding, change: (f: Finding) => void): void {
  uncount(unit, finding)
  change(finding)
  count(unit, finding, false)
}

/**
 * A chain link follows the unit's last error. `caused-by` (Java): that error wraps what follows.
 * `handling` (Python): it is its own error, unless it was only an I/O error beneath a client's.
 * `direct-cause` (Python): it caused what follows; if it was a connection failure, what follows wraps it.
 */
export function linkChain(unit: Unit, link: 'caused-by' | 'handling' | 'direct-cause', isIoError: (f: Finding) => boolean): void {
  const last = unit.lastUnexplained
  // Only the error right after a direct cause wraps it: another link ends that (a wrapper a rule read is no error
  // line of its own, and an error while handling it is one, attack 36a).
  if (link !== 'direct-cause') unit.wrapsNext = false
  if (link === 'direct-cause') {
    unit.wrapsNext = last === undefined && unit.lastInfraLine > 0
    if (last && unit.chain.length < 64) unit.chain.push(last)
  } else if (last && (link === 'caused-by' || isIoError(last)) && unit.chain.length < 64) unit.chain.push(last)
  unit.lastUnexplained = undefined
}

/**
 * The chain ended in a connection failure: its earlier links (Python's `During handling of the
 * above exception`, Java's wrappers above `Caused by:`) are that failure's causes and wrappers,
 * not errors of their own.
 */
export function settleChain(unit: Unit): void {
  unit.settledLinks += unit.chain.length
  for (const link of unit.chain) {
    unit.unexplained--
    const at = unit.evidence.indexOf(link)
    if (at >= 0) unit.evidence.splice(at, 1)
  }
  unit.chain.length = 0
}

/** Withdraws a finding counted earlier (a refusal that context showed was the project's own server). */
export function uncount(unit: Unit, finding: Finding): void {
  if (finding.kind === 'code') {
    unit.code--
    if (finding.nullHandle) unit.nullHandles--
    else if (finding.closesHandle) unit.closingHandles--
  }
  else if (finding.kind === 'unexplained') unit.unexplained--
  else if (finding.continuing) unit.continuing--
  else if (finding.confidence === 'high') {
    if (finding.service === '') unit.unnamed--
    // A named service stays named: another finding may name it too.
  } else unit.ambiguous--
}

function keep(unit: Unit, finding: Finding): void {
  if (unit.evidence.length < EVIDENCE_PER_UNIT) {
    unit.evidence.push(finding)
    return
  }
  // A code finding is the one a reader needs: it displaces the last kept non-code finding.
  if (finding.kind === 'code' && !unit.evidence.some(e => e.kind === 'code')) {
    for (let at = unit.evidence.length - 1; at >= 0; at--) {
      if ((unit.evidence[at] as Finding).kind === 'code') continue
      unit.evidence[at] = finding
      return
    }
  }
}

/** Moves what `from` counted into `into` (output printed before a test's line belongs to that test). */
export function absorb(into: Unit, from: Unit): void {
  into.high += from.high
  into.highFromOutput += from.high
  into.ambiguous += from.ambiguous
  into.continuing += from.continuing
  into.code += from.code
  into.unexplained += from.unexplained
  into.consequences += from.consequences
  into.settledLinks += from.settledLinks
  into.wrapperHeadlines += from.wrapperHeadlines
  into.ownWordsWrappers += from.ownWordsWrappers
  into.nullHandles += from.nullHandles
  into.closingHandles += from.closingHandles
  into.closingNamed += from.closingNamed
  into.closingOther += from.closingOther
  for (const r of from.closedReceivers) into.closedReceivers.add(r)
  for (const a of from.assigned) into.assigned.add(a)
  into.unnamed += from.unnamed
  into.timedOut ||= from.timedOut
  into.hookTimedOut ||= from.hookTimedOut
  into.timeoutNoted ||= from.timeoutNoted
  for (const s of from.services) into.services.add(s)
  for (const s of from.infraServices) into.infraServices.add(s)
  into.mention ??= from.mention
  into.lastInfraLine = Math.max(into.lastInfraLine, from.lastInfraLine)
  for (const f of from.evidence) {
    if (into.scope === 'test') f.test = into.name
    keep(into, f)
  }
}

export function hasFindings(unit: Unit): boolean {
  return unit.high + unit.ambiguous + unit.continuing + unit.code + unit.unexplained + unit.consequences > 0 || unit.timedOut
}

export type UnitOutcome =
  | { readonly kind: 'infrastructure'; readonly confidence: Confidence; readonly services: readonly string[]; readonly evidence?: Finding }
  | { readonly kind: 'code'; readonly evidence?: Finding }
  /** No rule explains it: an unknown error, a timeout, or nothing printed at all. */
  | { readonly kind: 'unexplained'; readonly reason: 'error' | 'timeout' | 'silent' | 'wrapped' | 'unconcluded'; readonly evidence?: Finding }

/** One unit's outcome, from its counts alone. */
export function unitOutcome(unit: Unit): UnitOutcome {
  const first = (test: (f: Finding) => boolean): Finding | undefined => unit.evidence.find(test)
  const infraEvidence = first(f => f.kind === 'infrastructure' && f.confidence === 'high' && !f.continuing) ?? first(f => f.kind === 'infrastructure')
  // A suite's or a test's phases' failure that holds a sure refusal (vitest's `Failed Suites`,
  // pytest's `ERROR at setup of`/`at teardown of`): a closing call on a null handle there is the
  // teardown of what the refused setup never made, in whichever order the runner printed them.
  // Two tests of one name in two files (pytest names a module's test without its file) are no scope.
  const closingsExcused = unit.holdsHooks && !unit.conflated && unit.high > 0 && unit.closingHandles > 0 && mayCloseItsHandles(unit, unit.assigned)
  // A handle-named null in another phase than the refusal (a teardown's `reading 'query'`): its
  // receiver is not checked, so it is only likely the refused handle.
  const nullsLikely = unit.holdsHooks && !unit.conflated && unit.high > 0 && unit.nullHandles > 0 && unit.code === unit.nullHandles + (closingsExcused ? unit.closingHandles : 0)
  const closings = (closingsExcused ? unit.closingHandles : 0) + (nullsLikely ? unit.nullHandles : 0)
  if (unit.code > closings) {
    const evidence = first(f => f.kind === 'code')
    return evidence ? { kind: 'code', evidence } : { kind: 'code' }
  }
  const services = namedServices(unit)
  if (unit.high > 0) {
    // A refusal does not explain an unknown error, or an only-possibly-infrastructure one, in the same
    // test; nor, for sure, a hook's timeout beside it (vitest prints a suite's beforeAll refusal and its
    // afterAll timeout as one failure: the afterAll may hang on its own code); nor a timeout noted
    // below a test's line, whose refusals above were only its output.
    // A teardown's null excused above is likely the refused handle, never proven (mayCloseItsHandles).
    const likelyTeardown = closingsExcused || nullsLikely
    // A test that timed out with refusals only in what it printed (node:test and mocha print a
    // test's output before its line): a client logging beside a test that hangs on its own code
    // reads the same (attack 21), likely only.
    const loggedBesideTimeout = unit.timedOut && unit.high <= unit.highFromOutput
    // A null handle excused by refusals only in what the unit printed (a client logging beside a
    // test or hook whose own code dereferenced an unassigned handle reads the same): likely only.
    // Nor a test's or hook's own error that only names the connection in its own words (`Error: the Redis
    // connection is closed`) when its refusals are only what it printed: its own guard reads the same (attack 28i).
    // (The log's own `outside` unit is judged by what ended the run instead.)
    const loggedBesideOwnError = (unit.consequences > 0 || (unit.ownWordsWrappers > 0 && unit.runner !== 'log')) && unit.high <= unit.highFromOutput
    // Two tests of one name read as one unit (units.ts `identities`): one's refusal excuses nothing
    // of the other's, neither a null handle nor a timeout (attack 27a), nor an error its chain settled (attack 27e).
    const twinExcused = unit.conflated && (unit.consequences > 0 || unit.timedOut || unit.hookTimedOut || unit.settledLinks > 0 || unit.wrapperHeadlines > 0)
    // A host name that did not resolve names one service while the unit's own client frames are another's
    // (node-postgres at `redis`, PgJDBC at `redis`): a setting copied from the wrong service (attack 27h).
    const hostOfAnother = unit.driver !== undefined && unit.evidence.some(f => f.kind === 'infrastructure' && f.ruleId.startsWith('network.dns.') && f.service !== '' && f.service !== unit.driver)
    const confidence: Confidence = unit.unexplained > 0 || unit.ambiguous > 0 || unit.hookTimedOut || unit.timeoutNoted || loggedBesideTimeout || loggedBesideOwnError || likelyTeardown || twinExcused || hostOfAnother ? 'ambiguous' : 'high'
    return { kind: 'infrastructure', confidence, services, ...(infraEvidence ? { evidence: infraEvidence } : {}) }
  }
  if (unit.ambiguous + unit.continuing > 0 && unit.unexplained === 0) {
    return { kind: 'infrastructure', confidence: 'ambiguous', services, ...(infraEvidence ? { evidence: infraEvidence } : {}) }
  }
  const unexplained = first(f => f.kind === 'unexplained')
  if (unit.unexplained > 0 || unit.ambiguous + unit.continuing > 0) return { kind: 'unexplained', reason: 'error', ...(unexplained ?? infraEvidence ? { evidence: unexplained ?? infraEvidence } : {}) }
  if (unit.timedOut) return { kind: 'unexplained', reason: 'timeout' }
  if (unit.unconcluded) return { kind: 'unexplained', reason: 'unconcluded' }
  // Nothing shown but the runner's word that an assertion failed (its section of failures).
  if (unit.assertedBySection && !unit.wrapped) return { kind: 'code', evidence: unit.assertedBySection }
  return { kind: 'unexplained', reason: unit.wrapped ? 'wrapped' : 'silent' }
}

/**
 * The unit's closing calls on null may have closed the handle the refused setup never made: none
 * is shown closing something else (a stub, a server, another object's property) or a name the
 * setup's own source shows it did not assign. Likely at most, never proven: the same held name
 * can be another object's, another function's or another module's (attacks 12 to 17,
 * __fixtures__/floor/failing-hook), and no log line says which object a teardown closed.
 */
export function mayCloseItsHandles(unit: Unit, assigned: ReadonlySet<string>): boolean {
  if (unit.closingOther > 0) return false
  return assigned.size === 0 || [...unit.closedReceivers].every(r => assigned.has(r))
}

/** The services a unit's refusals name; an unnamed refusal takes the service the unit mentions. */
function namedServices(unit: Unit): string[] {
  const named = [...unit.services]
  if (named.length === 0 && unit.unnamed > 0 && unit.mention) named.push(unit.mention)
  return named.sort()
}
