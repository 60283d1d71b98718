// The run's verdict from its failing units. Pure. A run is infrastructure/high only when every
// failing unit is infrastructure with high confidence; one code unit makes it code; an
// unexplained one keeps it at most ambiguous. A log no dialect could split is judged by its
// fatal error, the one that ended the run (see the `Fatal` record the classifier keeps).
import type { Confidence } from './rules/index.js'
import { hasFindings, mayCloseItsHandles, unitOutcome, type Finding, type Unit, type UnitOutcome } from './units.js'
import { DIALECTS } from './dialects/index.js'

/** Runners whose failure count includes the parents of failed subtests (dialect.ts, `countsParents`). */
const COUNTS_PARENTS: ReadonlySet<string> = new Set(DIALECTS.filter(d => d.countsParents).map(d => d.id))

/** `setup` is never the classifier's: the shell decides it from the exit code, the shell's message and the workspace (src/corroborate/setup.ts). */
export type Classification = 'none' | 'infrastructure' | 'code' | 'setup'
export type ConfidenceOutput = Confidence | 'n/a'
export type Evidence = Readonly<Finding>

export interface TestVerdict {
  readonly name: string
  readonly runner: string
  /** `test`, or `outside` for a failure outside any test (collection, a hook, a crash). */
  readonly scope: 'test' | 'outside'
  /** Line of the log (or of the JUnit report) where the unit starts. */
  readonly line: number
  readonly outcome: UnitOutcome['kind']
  readonly classification: Exclude<Classification, 'none'>
  readonly confidence: Confidence
  readonly services: readonly string[]
  /** The rule that decided the unit: its evidence's, or what left it unexplained. */
  readonly ruleId: string
  readonly evidence?: Evidence
}

export interface Verdict {
  readonly classification: Classification
  readonly confidence: ConfidenceOutput
  /** Services the log names, sorted; `sql` for a generic SQL client. */
  readonly services: readonly string[]
  /** Some infrastructure failure names no service: it is attributed to the declaration. */
  readonly unnamedService: boolean
  /** The rule that decided the verdict, or `none`. */
  readonly ruleId: string
  readonly title: string
  readonly explanation: string
  /** The deciding evidence first, then supporting lines; bounded. */
  readonly evidence: readonly Evidence[]
  readonly counts: { readonly infrastructureHigh: number; readonly infrastructureAmbiguous: number; readonly code: number }
  /** Failing units, each judged on its own lines (bounded); empty when the log could not be split. */
  readonly tests: readonly TestVerdict[]
  /** How many failing units were found, including those beyond the list's bound. */
  readonly failingTests: number
}

/** What a log that could not be split is judged by. */
export interface RunFindings {
  /** The last finding that was not a client going on past an error: the fatal one. */
  readonly fatal: Finding | undefined
  /** The first code finding anywhere. */
  readonly firstCode: Finding | undefined
  /** The services high infrastructure findings named. */
  readonly services: ReadonlySet<string>
  /** The first infrastructure finding, for the explanation. */
  readonly firstInfra: Finding | undefined
  /** A service the log mentions anywhere, for an unnamed fatal refusal. */
  readonly mention: string | undefined
  /** The first findings of the run, for display (bounded). */
  readonly evidence: readonly Finding[]
}

const EVIDENCE_MAX = 12
const TESTS_MAX = 100
const NAMES_IN_TEXT = 5

export { PASSED_VERDICT } from './passed.js'

/** A test's own logging (vitest's `stderr | file > test`): the services its clients were refused by there, and whether anything else went wrong there. */
export interface Logged {
  readonly services: Set<string>
  /** Findings naming a service's failure (a retrying client's refusals). */
  refusals: number
  /** Anything else that went wrong, or the code going on without the service (a fallback): it may be why the test hung. */
  other: number
  first: Finding | undefined
}

export interface VerdictInputs {
  readonly units: readonly Unit[]
  /** Every unit, failing or not, and the outside: what a log that could not be split must account for. */
  readonly all: readonly Unit[]
  /** Findings outside any unit and outside logging zones, gathered as one unit. */
  readonly outside: Unit
  readonly run: RunFindings
  readonly counts: Verdict['counts']
  /** The failures the runners' own summaries reported, added up. */
  readonly reportedFailures: number
  /** The last line where a runner's summary said no test failed (0: none did). */
  readonly passedSummaryLine?: number
  /** The last line where a runner that printed its banner marked a test's progress (dialect.ts `progress`; 0: none). */
  readonly progressLine?: number
  /** Each test's own logging, by the test's name. */
  readonly logged?: ReadonlyMap<string, Logged>
  /** Why a runner of this log may fail a test without printing why (poku and node:assert): then nothing is sure. */
  readonly silentFailures?: string
  /** Services whose client the log shows dialling another service's host name, and the first line that shows it. */
  readonly crossDialled?: ReadonlyMap<string, number>
}

export function decideVerdict(inputs: VerdictInputs): Verdict {
  const verdict = decideFromUnits(inputs)
  if (verdict.classification !== 'infrastructure' || verdict.confidence !== 'high') return verdict
  if (inputs.silentFailures !== undefined) return { ...verdict, confidence: 'ambiguous', explanation: `${verdict.explanation.replace(/\.$/, '')}; but ${inputs.silentFailures}: not every failure can be shown to be a missing service.` }
  // A client seen dialling another service's host name (a setting copied from the wrong service) also fails where
  // its error names no host (ioredis's MaxRetriesPerRequestError after `getaddrinfo EAI_AGAIN postgres`, attack 27h).
  const copied = verdict.services.find(s => inputs.crossDialled?.has(s) === true)
  if (copied === undefined) return verdict
  return { ...verdict, confidence: 'ambiguous', explanation: `${verdict.explanation.replace(/\.$/, '')}; but the ${copied} client dialled another service's host name (line ${inputs.crossDialled?.get(copied) ?? 0}): its failures may be a setting copied from that service, not ${copied} missing.` }
}

function decideFromUnits(inputs: VerdictInputs): Verdict {
  const failing = failingUnits(inputs.units)
  if (failing.length === 0) return judgeByFatal(inputs.run, inputs.counts, unaccounted(inputs.all), inputs.reportedFailures, inputs.passedSummaryLine, inputs.progressLine)

  const judged = withCancelledByParent(withLoggedClientTimeouts(withHandleConsequences(failing.map(u => ({ unit: u, outcome: unitOutcome(detailsOf(u)) }))), inputs.logged))
  explainWrapped(judged, inputs.outside)
  // Findings outside any test count like a unit of their own when they could change the verdict:
  // a code or unexplained error, or a possible infrastructure cause; a refusal there changes nothing.
  // Findings outside any test count like a unit of their own when they could change the verdict:
  // a code or unexplained error, or a possible infrastructure cause; a refusal there explains no unit.
  const outside = unitOutcome(inputs.outside)
  if (hasOwnFindings(inputs.outside) && !(outside.kind === 'infrastructure' && outside.confidence === 'high')) judged.push({ unit: inputs.outside, outcome: outside })
  const tests = judged.map(toTestVerdict)
  const base = { counts: inputs.counts, tests: tests.slice(0, TESTS_MAX), failingTests: failing.length }
  const evidence = collectEvidence(judged)

  const code = tests.filter(t => t.outcome === 'code')
  if (code.length > 0) {
    const first = code[0] as TestVerdict
    const infra = tests.some(t => t.outcome === 'infrastructure') ? ' Infrastructure errors also appear, but a code failure is never excused by them.' : ''
    return {
      ...base, classification: 'code', confidence: 'high', services: [], unnamedService: false, ruleId: first.ruleId, title: first.evidence?.title ?? 'Code failure', evidence,
      explanation: `${first.evidence?.title ?? 'A code failure'} (line ${first.evidence?.line ?? first.line}). ${tests.length === 1 ? 'The failing unit fails' : `${code.length} of ${tests.length} failing units fail`} in the code: ${names(code)}.${infra}`
    }
  }

  const infra = tests.filter(t => t.outcome === 'infrastructure')
  const sure = infra.filter(t => t.confidence === 'high')
  const services = [...new Set(infra.flatMap(t => t.services))].sort()
  const unnamed = sure.some(t => t.services.length === 0)
  // A runner that counts a parent among its failures (gotestsum's `TestX` over `TestX/sub`) printed it too.
  const countedParents = inputs.units.filter(u => u.state === 'failing' && !failing.includes(u) && COUNTS_PARENTS.has(u.runner)).length
  // Two tests of one name printed as one unit (units.ts `identities`) are two failures the runner counts.
  // pytest's summary listing one test under FAILED and ERROR (its call, and its teardown) names two of its failures.
  // A runner run twice in one log (a step per file, a retried step) may reopen a unit by its name or number with another
  // test: the unit stands for one failure, and the second run's count is then more than was printed (attacks 41a, 42a).
  const printed = failing.reduce((n, u) => n + Math.max(u.phases, u.identities.size, u.summaryKinds.size), 0)
  const unprinted = Math.max(0, inputs.reportedFailures - printed - countedParents)
  if (sure.length === tests.length && unprinted === 0) {
    const first = sure[0] as TestVerdict
    const count = failing.length === 1 ? 'the failing unit' : `all ${failing.length} failing units`
    const what = services.length > 0 ? `${services.join(', ')} was not available` : 'a service was not available (no line names which)'
    return {
      ...base, classification: 'infrastructure', confidence: 'high', services: sure.flatMap(t => t.services).length > 0 ? [...new Set(sure.flatMap(t => t.services))].sort() : [], unnamedService: unnamed,
      ruleId: first.ruleId, title: first.evidence?.title ?? 'Infrastructure failure', evidence,
      explanation: `${first.evidence?.title ?? 'Infrastructure failure'}: ${what} (line ${first.evidence?.line ?? first.line}); ${count} failed for that reason alone.`
    }
  }

  const doubts = [
    unprinted > 0 ? `the runner reports ${inputs.reportedFailures} failure(s) but printed ${printed + countedParents} of them` : '',
    describe(tests.filter(t => t.outcome === 'unexplained' && t.ruleId === 'test.timeout'), 'timed out, and a timeout is never excused'),
    describe(tests.filter(t => t.ruleId === 'test.never-concluded'), 'were started and never concluded (the process died inside them)'),
    describe(tests.filter(t => t.outcome === 'unexplained' && t.ruleId !== 'test.timeout' && t.ruleId !== 'test.never-concluded'), 'show no infrastructure cause'),
    describe(infra.filter(t => t.confidence === 'ambiguous'), 'fail for a reason that is only possibly infrastructure')
  ].filter(Boolean).join('; ')
  if (infra.length > 0) {
    const first = (infra.find(t => t.confidence === 'ambiguous') ?? infra[0]) as TestVerdict
    return {
      ...base, classification: 'infrastructure', confidence: 'ambiguous', services, unnamedService: false, ruleId: first.ruleId, title: first.evidence?.title ?? 'Possibly infrastructure', evidence,
      explanation: `${first.evidence?.title ?? 'Infrastructure failure'} (line ${first.evidence?.line ?? first.line}), but ${doubts}: not every failure is explained by a missing service.`
    }
  }
  return { ...base, ...unrecognised(`${doubts}; the failures are treated as the code’s.`), evidence }
}

const OUTSIDE = '(outside any test)'

/** The unit whose details are this one's: itself, or the test whose shared error the runner printed once below both. */
function detailsOf(unit: Unit): Unit {
  let at = unit
  for (let hops = 0; at.sharesDetailsOf && !hasFindings(at) && hops < 1000; hops++) at = at.sharesDetailsOf
  return at
}

/** Failing units: a parent that only reports its children's failures is not one of its own. */
function failingUnits(units: readonly Unit[]): Unit[] {
  // A parent that only reports its children's failures is none of its own; one with a failure of its own stays.
  const failing = units.filter(u => u.state === 'failing' && !(u.parent && u.code + u.high + u.ambiguous + u.unexplained === 0))
  // go reports a parent test as failed when a subtest failed; the subtest carries the reason.
  return failing.filter(u => !(u.runner === 'go' && u.code + u.high + u.ambiguous + u.unexplained === 0 && failing.some(o => o !== u && o.name.startsWith(`${u.name}/`))))
}

function hasOwnFindings(outside: Unit): boolean {
  return outside.code + outside.high + outside.ambiguous + outside.unexplained > 0
}

interface Judged {
  readonly unit: Unit
  readonly outcome: UnitOutcome
}

/** Setup that runs before a suite's, class's or file's tests: a hook, a fixture, `setUp`. */
const SETUP = /"before (?:all|each)" hook|\bat setup of\b|\bset_?[Uu]p(?:Class|Module|_class|_module)?\b|\bbefore(?:All|Each)\b|@Before(?:All|Each|Class)?\b|\bfixture\b/i
/** A teardown hook or `@After`: it runs after setup, whether or not setup could connect. */
const TEARDOWN = /"after (?:all|each)" hook|\bat teardown of\b|\btear_?[Dd]own(?:Class|Module)?\b|\bafter(?:All|Each)\b|@After/i

/**
 * The scope a unit runs in, from the runner's structure: a mocha hook's `for "test"`, a JVM
 * class (`Class > test`), a file (`file.py::test`, `file > test`). '' when the name shows none.
 */
function scopeOf(name: string): string {
  const hook = /hook (?:for|in) "([^"]{1,500})"/.exec(name)
  if (hook) return `hook:${hook[1]}`
  const cut = name.search(/ > |::| › /)
  return cut > 0 ? name.slice(0, cut) : ''
}

/** A hook's scope: the suite path its runner printed above it (mocha's details), or what its name shows. */
function scopeKey(unit: Unit): string {
  return unit.suitePath !== undefined ? `suite:${unit.suitePath}` : scopeOf(unit.name)
}

/**
 * A teardown that fails only on what may be the handle its scope's refused setup never created
 * (`Cannot read properties of undefined (reading 'end')` in an `afterAll`, `'NoneType' object has
 * no attribute 'cursor'` in a `tearDown`), or that only timed out there, is likely that outage's
 * consequence: infrastructure with the refused setup's service, ambiguous (no line says which
 * object it was). Tied by the runner's structure (a setup and a teardown of one scope), never by
 * distance, and never for a test's own body: a test that fails on a null, even a handle-named one,
 * stays code, and so does a teardown of another scope or one shown closing something else.
 */
function withHandleConsequences(judged: Judged[]): Judged[] {
  return judged.map(j => {
    const u = j.unit
    const setups = refusedSetupOf(u, judged)
    const setup = setups[0]
    if (!setup || u.conflated) return j
    // A closing call (`reading 'end'`) counts only here, in a teardown of the refused scope, and
    // only on what may be a handle to a service, the one the setup assigned where its source shows it.
    const assigned = new Set(setups.flatMap(s => [...s.unit.assigned]))
    const closingsOk = u.closingHandles === 0 || mayCloseItsHandles(u, assigned)
    const onlyHandles = j.outcome.kind === 'code' && u.code > 0 && u.code === u.nullHandles + u.closingHandles && closingsOk && u.unexplained === 0 && u.ambiguous === 0
    const onlyTimedOut = j.outcome.kind === 'unexplained' && j.outcome.reason === 'timeout'
    // Likely, never proven: no line says which object a teardown's null was (units.ts mayCloseItsHandles).
    if (onlyHandles && setup.outcome.kind === 'infrastructure') return { unit: u, outcome: { ...setup.outcome, confidence: 'ambiguous' } }
    // A hook's timeout says nothing of where it hung (a stop() waiting for the wrong event hangs with the service up): likely, not proven.
    if (onlyTimedOut && setup.outcome.kind === 'infrastructure') return { unit: u, outcome: { ...setup.outcome, confidence: 'ambiguous' } }
    return j
  })
}

/**
 * A subtest node:test cancelled, unfinished, when its parent's run ended (units.ts `cancelledBy`)
 * shows nothing of its own: it never got to fail. It follows its parent's failure only when that
 * failure is a sure refusal (a `before` hook's, the parent's body's); a parent that ended by itself
 * (a subtest it did not await, a timeout, a defect) leaves it unexplained.
 */
function withCancelledByParent(judged: Judged[]): Judged[] {
  return judged.map(j => {
    const u = j.unit
    const by = u.cancelledBy
    if (by === undefined || u.conflated || u.timedOut || j.outcome.kind !== 'unexplained' || u.code + u.high + u.ambiguous + u.continuing + u.unexplained > 0) return j
    const parent = judged.find(o => o.unit === by)
    // Only a suite whose hook failed (TAP's `type: 'suite'` and `failureType: 'hookFailed'`): a test that
    // ends before its subtests did not await them, a defect whatever else refused it (attack 27f).
    if (!parent || !parent.unit.suite || !parent.unit.hookFailed || parent.unit.conflated || parent.unit.cancelledBy !== undefined || !refusedForSure(parent)) return j
    return { unit: u, outcome: parent.outcome }
  })
}

/** Runners that print a test's or class's setup and teardown failures apart under one name (dialect.ts `namesPhasesAlike`). */
const PHASES_ALIKE: ReadonlySet<string> = new Set(DIALECTS.filter(d => d.namesPhasesAlike).map(d => d.id))

/** A failure a runner reports once for a whole file (jest's `Test suite failed to run`, RSpec's `after(:context)`). */
const byFile = (unit: Unit): boolean => unit.scope === 'outside' && unit.file !== undefined && !TEARDOWN.test(unit.name) && !PHASES_ALIKE.has(unit.runner)

const refusedForSure = (j: Judged): boolean => j.outcome.kind === 'infrastructure' && j.outcome.confidence === 'high'

/**
 * The refused setup of a teardown's scope: a failure the runner printed under the same name
 * (unittest, JUnit 4); a setup hook of the same scope (mocha's and jest's hook names, mocha's suite
 * path); or, for a failure a runner reports for a whole file after its tests (jest's `Test suite
 * failed to run`, RSpec's `after(:context)`), that file's tests, when every one that failed was
 * refused for sure (jest gives a failing `beforeAll`'s error to each test).
 */
function refusedSetupOf(unit: Unit, judged: readonly Judged[]): Judged[] {
  // A runner that prints a cleanup's error as another failure under the same name (unittest's
  // `addCleanup`/`addClassCleanup`: `ERROR: setUpClass (x.Class)` twice): the same scope.
  const sameName = PHASES_ALIKE.has(unit.runner) ? judged.find(o => o.unit !== unit && refusedForSure(o) && o.unit.runner === unit.runner && o.unit.name === unit.name) : undefined
  if (sameName) return [sameName]
  if (TEARDOWN.test(unit.name)) {
    const scope = scopeKey(unit)
    if (scope === '') return []
    return judged.filter(o => refusedForSure(o) && SETUP.test(o.unit.name) && scopeKey(o.unit) === scope).slice(0, 1)
  }
  if (!byFile(unit)) return []
  // Nothing ties the teardown to the refused tests' scope but the file (a describe of its own may
  // hold it): a source line must show each handle it closed by name, and it is only likely.
  if (unit.closingNamed < unit.closingHandles) return []
  const tests = judged.filter(o => o.unit !== unit && o.unit.scope === 'test' && o.unit.file === unit.file)
  return tests.length > 0 && tests.every(refusedForSure) ? tests : []
}

/**
 * A test or hook that only timed out, while its own logging (vitest's `stderr | file > test`, or
 * its suite's) shows nothing but a client's failures to reach a service, probably hung waiting
 * for that client (a retrying client queues the test's commands until the service comes): likely
 * infrastructure, and only that. Not proven: a client created when the file loaded retries in the
 * same test's logging while the test hangs on its own code (__fixtures__/floor/timed-out-test/
 * vitest-timeout-own-hang-beside-ambient-client), and nothing in the log tells the two apart.
 * Scope is the runner's naming (the same name, or one inside the other), never a distance. Any
 * other error or sign of the code going on there (a fallback, a caught error, a TypeError) leaves
 * the timeout unexplained.
 */
function withLoggedClientTimeouts(judged: Judged[], logged: ReadonlyMap<string, Logged> | undefined): Judged[] {
  if (!logged || logged.size === 0) return judged
  return judged.map(j => {
    if (j.outcome.kind !== 'unexplained' || j.outcome.reason !== 'timeout' || j.unit.scope !== 'test') return j
    const name = j.unit.name
    // A file's own logging (`stderr | file`) was printed while it loaded, before any test: a client
    // created then is no test's, and may retry beside a test that hangs on its own.
    const within = (logName: string): boolean => logName.includes(' > ') && (logName === name || name.startsWith(`${logName} > `) || logName.startsWith(`${name} > `))
    const related = [...logged].filter(([logName]) => within(logName)).map(([, l]) => l)
    if (related.length === 0 || related.some(l => l.other > 0) || !related.some(l => l.refusals > 0)) return j
    const services = [...new Set(related.flatMap(l => [...l.services]))].sort()
    const evidence = related.find(l => l.first)?.first
    return { unit: j.unit, outcome: { kind: 'infrastructure', confidence: 'ambiguous', services, ...(evidence ? { evidence: { ...evidence, note: 'the test timed out while its own logging shows only this client failing to reach the service: likely why, not proven (a test that hangs on its own shows the same lines beside a retrying client)' } } : {}) } }
  })
}

/**
 * A test that shows only the runner's echo of a wrapper (Gradle's `BeanCreationException at ...`)
 * failed for a cause printed once for the whole group: the refusal of a shared context, a class
 * fixture, a hook. It takes that cause's outcome, when one unit shows it.
 */
function explainWrapped(judged: Judged[], outside: Unit): void {
  const sure = (o: UnitOutcome): boolean => o.kind === 'infrastructure' && o.confidence === 'high'
  const classOf = (name: string): string => name.split(' > ')[0] ?? name
  const outsideOutcome = unitOutcome(outside)
  judged.forEach((j, i) => {
    if (j.outcome.kind !== 'unexplained' || j.outcome.reason !== 'wrapped') return
    // The cause of a group's shared failure: printed for a test of the same class, or outside any test.
    const sibling = judged.find(o => o !== j && sure(o.outcome) && classOf(o.unit.name) === classOf(j.unit.name))
    const shown = sibling?.outcome ?? (sure(outsideOutcome) ? outsideOutcome : undefined)
    if (shown) judged[i] = { unit: j.unit, outcome: shown }
  })
}

function toTestVerdict({ unit, outcome }: Judged): TestVerdict {
  const base = { name: unit.scope === 'outside' && unit.key === OUTSIDE_KEY ? OUTSIDE : unit.name, runner: unit.runner, scope: unit.scope, line: unit.line, outcome: outcome.kind }
  const evidence = outcome.evidence ? { evidence: outcome.evidence } : {}
  switch (outcome.kind) {
    case 'code':
      return { ...base, classification: 'code', confidence: 'high', services: [], ruleId: outcome.evidence?.ruleId ?? 'code', ...evidence }
    case 'infrastructure':
      return { ...base, classification: 'infrastructure', confidence: outcome.confidence, services: outcome.services, ruleId: outcome.evidence?.ruleId ?? 'infrastructure', ...evidence }
    default:
      return { ...base, classification: 'code', confidence: 'ambiguous', services: [], ruleId: UNEXPLAINED_RULE[outcome.reason], ...evidence }
  }
}

export const OUTSIDE_KEY = '\u0000outside'

const UNEXPLAINED_RULE: Readonly<Record<Extract<UnitOutcome, { kind: 'unexplained' }>['reason'], string>> = {
  timeout: 'test.timeout',
  silent: 'test.no-reason',
  wrapped: 'test.unexplained-error',
  error: 'test.unexplained-error',
  unconcluded: 'test.never-concluded'
}

/** The first part of the log with findings that are not all a sure infrastructure failure: what a fatal refusal cannot account for. */
function unaccounted(parts: readonly Unit[]): UnitOutcome | undefined {
  for (const part of parts) {
    if (part.code + part.high + part.ambiguous + part.unexplained === 0) continue
    const outcome = unitOutcome(part)
    if (!(outcome.kind === 'infrastructure' && outcome.confidence === 'high')) return outcome
  }
  return undefined
}

/**
 * A log no dialect could split: judged by the error that ended the run, and only when every other
 * failure it shows is accounted for (each part of the log, chains settled). A refusal that ended
 * the run does not explain a diff or an unknown error printed before it.
 */
function judgeByFatal(run: RunFindings, counts: Verdict['counts'], other: UnitOutcome | undefined, reported = 0, passedSummaryLine = 0, progressLine = 0): Verdict {
  const shown = (first: Finding | undefined): Evidence[] => [...(first ? [first] : []), ...run.evidence.filter(e => e !== first)].slice(0, EVIDENCE_MAX)
  const base = { counts, tests: [], failingTests: 0, unnamedService: false }
  if (run.firstCode) {
    const f = run.firstCode
    return { ...base, classification: 'code', confidence: 'high', services: [], ruleId: f.ruleId, title: f.title, evidence: shown(f), explanation: `${f.title} (line ${f.line}).` }
  }
  const fatal = run.fatal
  if (!fatal) {
    const note = run.firstInfra ? ` The only connection error (line ${run.firstInfra.line}) was logged by a client that went on past it.` : ''
    return { ...base, ...unrecognised(`The tests failed and no cause was found in the log, so the failure is treated as the code’s.${note}`), evidence: run.firstInfra ? [run.firstInfra] : [] }
  }
  const evidence = shown(fatal)
  if (fatal.kind === 'infrastructure' && fatal.confidence === 'high' && other) {
    const shown = other.evidence && other.evidence !== fatal ? `${other.evidence.title.toLowerCase()} (line ${other.evidence.line})` : 'a failure no rule explains'
    return { ...base, classification: 'infrastructure', confidence: 'ambiguous', services: fatal.service ? [fatal.service] : [], ruleId: fatal.ruleId, title: fatal.title, evidence, explanation: `${fatal.title} (line ${fatal.line}) ended the run, but the log also shows ${shown}: not every failure is explained by a missing service.` }
  }
  // The runner counted its failures and no test's own lines could be read: which line is which failure is unknown, so a
  // refusal anywhere (a passing test's fallback printing the client's error, one traceback's two refusal lines) cannot
  // be shown to account for them; a failure printed where no dialect reads it would go unseen (attacks 29d, 29e, 29g).
  if (fatal.kind === 'infrastructure' && fatal.confidence === 'high' && reported > 0) {
    return { ...base, classification: 'infrastructure', confidence: 'ambiguous', services: fatal.service ? [fatal.service] : [], ruleId: fatal.ruleId, title: fatal.title, evidence, explanation: `${fatal.title} (line ${fatal.line}) ended the run, but the runner counted ${reported} failure(s) and no test's own lines could be read: not every failure is shown to be a missing service.` }
  }
  // The runner's own summary, printed after the refusal, says no test failed: the refusal failed none (a passing test's
  // fallback logged it), and what failed the run (a suite hook's exit, a test skipped under failOnSkipped) is not read.
  if (fatal.kind === 'infrastructure' && fatal.confidence === 'high' && reported === 0 && passedSummaryLine > fatal.line) {
    return { ...base, ...unrecognised(`The runner's summary (line ${passedSummaryLine}) says no test failed, after the only connection error (line ${fatal.line}) was printed: that error failed no test, and what failed the run is not in the log, so the failure is treated as the code’s.`), evidence }
  }
  // The runner marked another test's progress after the refusal: it went on, so the refusal did not end the run (a passing
  // test's fallback logged it), and what did (a process that exited inside a later test) is not read.
  if (fatal.kind === 'infrastructure' && fatal.confidence === 'high' && progressLine > fatal.line) {
    return { ...base, classification: 'infrastructure', confidence: 'ambiguous', services: fatal.service ? [fatal.service] : [], ruleId: fatal.ruleId, title: fatal.title, evidence, explanation: `${fatal.title} (line ${fatal.line}), but the runner went on to another test after it (line ${progressLine}) and the run ended without its summary: the connection error is not shown to be what ended the run.` }
  }
  if (fatal.kind === 'infrastructure' && fatal.confidence === 'high') {
    // Every service a decisive refusal named (a script may fail on two), or the one the log mentions.
    const named = run.services.size > 0 ? [...run.services] : run.mention ? [run.mention] : []
    const services = [...new Set(named)].sort()
    const what = services.length > 0 ? `${services.join(', ')} was not available` : 'a service was not available, and no line names which'
    return { ...base, classification: 'infrastructure', confidence: 'high', services, unnamedService: services.length === 0, ruleId: fatal.ruleId, title: fatal.title, evidence, explanation: `${fatal.title}: ${what} (line ${fatal.line}); it is the error that ended the run.` }
  }
  if (fatal.kind === 'infrastructure') {
    return { ...base, classification: 'infrastructure', confidence: 'ambiguous', services: fatal.service ? [fatal.service] : [], ruleId: fatal.ruleId, title: fatal.title, evidence, explanation: `${fatal.title} (line ${fatal.line})${fatal.note ? `: ${fatal.note}` : ''}; not enough to say a service was missing.` }
  }
  if (run.firstInfra) {
    const f = run.firstInfra
    return { ...base, classification: 'infrastructure', confidence: 'ambiguous', services: f.service ? [f.service] : [], ruleId: f.ruleId, title: f.title, evidence, explanation: `${f.title} (line ${f.line}), but the run ended with an error no rule explains (line ${fatal.line}): the connection error may not be why it failed.` }
  }
  // The task runner's structure, not a line, shows this failure: say what it shows.
  if (fatal.structural) return { ...base, ...unrecognised(`${fatal.title}: ${fatal.text}; the failure is treated as the code’s.`), evidence }
  return { ...base, ...unrecognised(`The run ended with an error no rule explains (line ${fatal.line}), so the failure is treated as the code’s.`), evidence }
}

function unrecognised(explanation: string): Pick<Verdict, 'classification' | 'confidence' | 'services' | 'ruleId' | 'title' | 'explanation' | 'unnamedService'> {
  return { classification: 'code', confidence: 'ambiguous', services: [], unnamedService: false, ruleId: 'code.unrecognised', title: 'Tests failed for a reason no rule recognises', explanation }
}

function collectEvidence(judged: readonly Judged[]): Evidence[] {
  const deciding = judged.map(j => j.outcome.evidence).filter((e): e is Finding => e !== undefined)
  const ordered = [...deciding.filter(e => e.kind === 'code'), ...deciding.filter(e => e.kind !== 'code')]
  const rest = judged.flatMap(j => j.unit.evidence).filter(e => !ordered.includes(e))
  return [...ordered, ...rest].slice(0, EVIDENCE_MAX)
}

function describe(tests: readonly TestVerdict[], what: string): string {
  return tests.length === 0 ? '' : `${tests.length} failing unit${tests.length === 1 ? '' : 's'} ${what} (${names(tests)})`
}

function names(tests: readonly TestVerdict[]): string {
  const shown = tests.slice(0, NAMES_IN_TEXT).map(t => t.name).join(', ')
  return tests.length > NAMES_IN_TEXT ? `${shown} and ${tests.length - NAMES_IN_TEXT} more` : shown
}
