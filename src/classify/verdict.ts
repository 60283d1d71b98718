// From the signals and failing-test blocks a log produced to one verdict. Pure.
// A run is infrastructure/high only when every failing test is, each for a named service;
// one test failing in the code makes the run code; a test whose failure no rule explains
// keeps the run from being excused.
import type { Confidence } from './knowledge-base.js'
import type { Block, Evidence, Signal } from './classifier.js'

export type Classification = 'none' | 'infrastructure' | 'code'
export type ConfidenceOutput = Confidence | 'n/a'

export interface TestVerdict {
  readonly name: string
  readonly runner: string
  /** Line of the log (or of the JUnit report) where the test's failure starts. */
  readonly line: number
  readonly classification: Exclude<Classification, 'none'>
  readonly confidence: Confidence
  readonly services: readonly string[]
  /** The rule that decided this test, `code.unrecognised` when none did. */
  readonly ruleId: string
  /** The deciding line, when a rule matched. */
  readonly evidence?: Evidence
}

export interface Verdict {
  readonly classification: Classification
  readonly confidence: ConfidenceOutput
  /** Detected services, sorted; empty when none could be named. */
  readonly services: readonly string[]
  /** The rule that decided the verdict, or `none`. */
  readonly ruleId: string
  readonly title: string
  readonly explanation: string
  /** The deciding evidence first, then supporting lines; bounded. */
  readonly evidence: readonly Evidence[]
  readonly counts: { readonly infrastructureHigh: number; readonly infrastructureAmbiguous: number; readonly code: number }
  /** Failing tests, each judged on its own lines (bounded); empty when the log could not be split. */
  readonly tests: readonly TestVerdict[]
  /** How many failing tests were found, including those beyond the list's bound. */
  readonly failingTests: number
}

const EVIDENCE_MAX = 12
const TESTS_MAX = 100
const NAMES_IN_TEXT = 5

export const PASSED_VERDICT: Verdict = {
  classification: 'none', confidence: 'n/a', services: [], ruleId: 'none', title: 'Tests passed', explanation: 'The tests passed.', evidence: [],
  counts: { infrastructureHigh: 0, infrastructureAmbiguous: 0, code: 0 }, tests: [], failingTests: 0
}

export function decideVerdict(signals: readonly Signal[], blocks: readonly Block[], counts: Verdict['counts'], overflowTests = 0, unexplainedOutsideTests = 0, reportedFailures = 0): Verdict {
  const failing = failingBlocks(blocks)
  const failingKeys = new Set(failing.map(b => b.key))
  // Signals of tests that passed (go's --- PASS) or only reported failed subtests do not count.
  const relevant = signals.filter(s => s.blockKey === undefined || failingKeys.has(s.blockKey))
  const tests = failing.map(testVerdict)
  const base = { counts, tests: tests.slice(0, TESTS_MAX), failingTests: failing.length + overflowTests }

  const code = relevant.filter(s => s.kind === 'code')
  const high = relevant.filter(isHigh)
  const ambiguous = relevant.filter(s => s.kind === 'infrastructure' && !isHigh(s))
  const ordered = (first: readonly Signal[]) => [...first, ...relevant.filter(s => !first.includes(s))]

  if (code.length > 0) {
    const first = code[0] as Signal
    const codeTests = tests.filter(t => t.classification === 'code' && t.ruleId !== 'code.unrecognised')
    const which = codeTests.length > 0 ? ` ${codeTests.length} of ${tests.length} failing tests fail in the code: ${names(codeTests)}.` : ''
    const infraNote = high.length + ambiguous.length > 0 ? ' Infrastructure errors also appear, but a code failure is never excused by them.' : ''
    return { ...base, ...head('code', 'high', [], first), evidence: evidenceOf(ordered(code)), explanation: `${first.title} (line ${first.line}).${which}${infraNote}` }
  }

  const informative = tests.filter(t => t.ruleId !== 'none')
  if (informative.length > 0) {
    // A failing test that printed nothing at all is as unexplained as one with an unknown error.
    const unexplained = tests.filter(t => t.ruleId === 'code.unrecognised' || t.ruleId === 'none')
    const unsure = tests.filter(t => t.classification === 'infrastructure' && t.confidence === 'ambiguous')
    const sure = tests.filter(t => t.classification === 'infrastructure' && t.confidence === 'high')
    const timedOut = tests.filter(t => t.ruleId === 'test.timeout')
    // A test that timed out is never excused by another test's refusal, and tests the list
    // could not hold (overflow) were never judged: either keeps the run from infrastructure/high.
    // A runner that reports more failures than it printed (a crashed pytest-xdist worker) hides some.
    const unprinted = Math.max(0, reportedFailures - failing.length - overflowTests)
    if (unexplained.length === 0 && unsure.length === 0 && timedOut.length === 0 && overflowTests === 0 && unexplainedOutsideTests === 0 && unprinted === 0 && sure.length > 0) {
      return infrastructureByTests(base, sure, relevant, high)
    }
    const reasons = [
      unexplainedOutsideTests > 0 ? `${unexplainedOutsideTests} error line(s) outside any failing test match no rule` : '',
      unprinted > 0 ? `the runner reports ${reportedFailures} failed test(s) but printed ${failing.length}` : '',
      overflowTests > 0 ? `${overflowTests} more failing test(s) were past the ${tests.length}-test bound and not judged one by one` : '',
      timedOut.length > 0 ? `${timedOut.length} failing test(s) timed out, and a timeout is never excused (${names(timedOut)})` : '',
      unexplained.length > 0 ? `${unexplained.length} failing test(s) show no infrastructure cause (${names(unexplained)})` : '',
      unsure.length > 0 ? `${unsure.length} failing test(s) fail for a reason that is only possibly infrastructure (${names(unsure)})` : ''
    ].filter(Boolean).join('; ')
    const infraFirst = [...high, ...ambiguous]
    if (infraFirst.length > 0) {
      const first = (unsure[0]?.evidence ?? infraFirst[0]) as Evidence
      const services = namedServices(infraFirst)
      return { ...base, ...head('infrastructure', 'ambiguous', services, first), evidence: evidenceOf(ordered(infraFirst)), explanation: `${first.title} (line ${first.line}), but ${reasons}: not every failing test is explained by a missing service.` }
    }
    return unrecognised(base, `${reasons}; the failures are treated as the code’s.`)
  }

  // The log could not be split into tests (or the tests showed nothing): judge the run as a whole.
  // Without tests to judge one by one, anything else in the log that is not a named service's
  // refusal (an unknown error, an only-possibly-infrastructure line, a refusal naming no service)
  // may be another failure: the run is then not certainly infrastructure.
  const unnamedHigh = high.filter(s => s.service === '')
  const silent = tests.filter(t => failing.some(b => b.name === t.name && !b.wrapped && b.signals.length === 0))
  const doubts = [
    unexplainedOutsideTests > 0 ? `${unexplainedOutsideTests} other error line(s) match no rule` : '',
    ambiguous.length > 0 ? `${ambiguous.length} line(s) are only possibly infrastructure (${ambiguous[0]?.title})` : '',
    unnamedHigh.length > 0 && unnamedHigh.length < high.length ? 'some failures name no service' : '',
    // Failing tests were found that printed nothing at all, not even the runner's pointer to a
    // cause printed elsewhere: the refusal elsewhere may not be theirs.
    silent.length > 0 ? `${silent.length} failing test(s) show no reason (${names(silent)})` : ''
  ].filter(Boolean)
  if (high.length > 0 && doubts.length > 0) {
    const first = high[0] as Signal
    return { ...base, ...head('infrastructure', 'ambiguous', namedServices(high), first), evidence: evidenceOf(ordered(high)), explanation: `${first.title} (line ${first.line}), but ${doubts.join('; ')}: the log cannot be split into tests, so the refusal may not explain every failure.` }
  }
  if (high.length > 0) {
    const services = namedServices(high)
    const first = high[0] as Signal
    const what = services.length > 0 ? `${services.join(', ')} was not available` : 'a service was not available, but no line names which, so it cannot be checked against the declared infrastructure'
    return { ...base, ...head('infrastructure', 'high', services, first), evidence: evidenceOf(ordered(high)), explanation: `${first.title}: ${what} (line ${first.line}).` }
  }
  if (ambiguous.length > 0) {
    const first = ambiguous[0] as Signal
    const note = first.confidence === 'high' ? ': no driver, port or nearby line names the service, so it may be the project’s own server' : first.note ? `: ${first.note}` : ''
    return { ...base, ...head('infrastructure', 'ambiguous', namedServices(ambiguous), first), evidence: evidenceOf(ordered(ambiguous)), explanation: `${first.title} (line ${first.line})${note}; not enough to say a service was missing.` }
  }
  return unrecognised(base, 'The tests failed and no infrastructure cause was found in the log, so the failure is treated as the code’s.')
}

/** Every failing test is infrastructure/high: the run is, if each test's service can be named. */
function infrastructureByTests(base: Pick<Verdict, 'counts' | 'tests' | 'failingTests'>, sure: readonly TestVerdict[], relevant: readonly Signal[], high: readonly Signal[]): Verdict {
  const named = [...new Set(sure.flatMap(t => t.services))].sort()
  const unnamed = sure.filter(t => t.services.length === 0)
  const first = (sure[0]?.evidence ?? high[0]) as Evidence
  const ordered = [...high, ...relevant.filter(s => !high.includes(s))]
  if (unnamed.length > 0 && named.length > 0) {
    // Some tests name their service and some do not: the unnamed ones may need another one.
    return { ...base, ...head('infrastructure', 'ambiguous', named, first), evidence: evidenceOf(ordered), explanation: `${first.title} (line ${first.line}): ${named.join(', ')} was not available, but no line names the service ${names(unnamed)} failed to reach.` }
  }
  const count = sure.length === 1 ? 'the failing test' : `all ${sure.length} failing tests`
  return { ...base, ...head('infrastructure', 'high', named, first), evidence: evidenceOf(ordered), explanation: `${first.title}: ${named.length > 0 ? named.join(', ') : 'a service no line names'} was not available (line ${first.line}); ${count} failed for that reason alone.` }
}

/**
 * A high signal counts as high only when it names its service: a refusal nothing ties to a
 * service could be the project's own server. A missing client package is named by the package.
 */
function isHigh(s: Signal): boolean {
  return s.kind === 'infrastructure' && s.confidence === 'high' && (s.service !== '' || s.ruleId.startsWith('module.'))
}

function failingBlocks(blocks: readonly Block[]): Block[] {
  const failing = blocks.filter(b => !b.parent && (b.state === 'failing' || b.code + b.high + b.ambiguous > 0))
  // go reports a parent test as failed when a subtest failed; the subtest carries the reason.
  return failing.filter(b => !(b.runner === 'go' && b.code + b.high + b.ambiguous === 0 && failing.some(o => o !== b && o.name.startsWith(`${b.name}/`))))
}

function testVerdict(block: Block): TestVerdict {
  const base = { name: block.name, runner: block.runner, line: block.line }
  const pick = (kind: 'code' | 'high' | 'ambiguous') =>
    block.signals.find(s => (kind === 'code' ? s.kind === 'code' : s.kind === 'infrastructure' && s.confidence === kind))
  if (block.code > 0) {
    const s = pick('code')
    return { ...base, classification: 'code', confidence: 'high', services: [], ruleId: s?.ruleId ?? 'code', ...(s ? { evidence: freeze(s) } : {}) }
  }
  const highs = block.signals.filter(isHigh)
  // A refusal does not explain an unknown error, or an only-possibly-infrastructure one (a missing
  // non-client package, a remote host), printed in the same test.
  const doubtful = block.signals.some(s => s.kind === 'infrastructure' && s.confidence === 'ambiguous' && !s.note?.startsWith('logged by a client that retries'))
  if (highs.length > 0 && (block.unexplained > 0 || doubtful)) {
    const s = highs[0]
    return { ...base, classification: 'infrastructure', confidence: 'ambiguous', services: namedServices(highs), ruleId: 'test.unexplained-error', ...(s ? { evidence: freeze(s) } : {}) }
  }
  if (highs.length > 0) {
    const s = highs[0]
    return { ...base, classification: 'infrastructure', confidence: 'high', services: namedServices(highs), ruleId: s?.ruleId ?? 'infrastructure', ...(s ? { evidence: freeze(s) } : {}) }
  }
  if (block.high + block.ambiguous > 0) {
    const s = pick('high') ?? pick('ambiguous')
    return { ...base, classification: 'infrastructure', confidence: 'ambiguous', services: s && s.service ? [s.service] : [], ruleId: s?.ruleId ?? 'infrastructure', ...(s ? { evidence: freeze(s) } : {}) }
  }
  // No rule matched. A block with error-like lines is an unexplained failure; one without
  // (a suite header, a bare name) says nothing either way.
  if (block.timedOut) return { ...base, classification: 'code', confidence: 'ambiguous', services: [], ruleId: 'test.timeout' }
  return { ...base, classification: 'code', confidence: 'ambiguous', services: [], ruleId: block.errorLike || block.unexplained > 0 ? 'code.unrecognised' : 'none' }
}

function unrecognised(base: Pick<Verdict, 'counts' | 'tests' | 'failingTests'>, explanation: string): Verdict {
  return { ...base, classification: 'code', confidence: 'ambiguous', services: [], ruleId: 'code.unrecognised', title: 'Tests failed for a reason no rule recognises', explanation, evidence: [] }
}

function head(classification: Classification, confidence: Confidence, services: readonly string[], first: Evidence): Pick<Verdict, 'classification' | 'confidence' | 'services' | 'ruleId' | 'title'> {
  return { classification, confidence, services, ruleId: first.ruleId, title: first.title }
}

function namedServices(signals: readonly Signal[]): string[] {
  return [...new Set(signals.map(s => s.service).filter(s => s !== ''))].sort()
}

function names(tests: readonly TestVerdict[]): string {
  const shown = tests.slice(0, NAMES_IN_TEXT).map(t => t.name).join(', ')
  return tests.length > NAMES_IN_TEXT ? `${shown} and ${tests.length - NAMES_IN_TEXT} more` : shown
}

function evidenceOf(signals: readonly Signal[]): Evidence[] {
  return signals.slice(0, EVIDENCE_MAX).map(freeze)
}

function freeze(s: Signal): Evidence {
  return { ruleId: s.ruleId, title: s.title, kind: s.kind, confidence: s.confidence, service: s.service, line: s.line, text: s.text, ...(s.note ? { note: s.note } : {}), ...(s.test ? { test: s.test } : {}) }
}
