// The pre-filter: most lines of a log are passing tests' chatter, and a line that holds none of
// the knowledge base's anchors cannot change a verdict. The anchors are derived from every rule,
// marker and sign (anchors.ts), never written by hand, so a new rule can never be hidden by it.
// Nothing here is built when the module loads: `prefilter()` builds it on first use (a run whose
// tests pass never pays for it).
import { anchorsOf, minimalAnchors } from './anchors.js'
import { unnamed } from './any-of.js'
import { DIALECTS } from './dialects/index.js'
import { GO_EXAMPLE_GOT, GO_EXAMPLE_WANT, MARKER_PATTERNS, REPORTED_OF_DIALECTS } from './markers.js'
import { ALL_RULES, EXPECTS_ERROR, NO_ERROR_EXPECTED, NULL_DEREFERENCE } from './rules/index.js'
import { CAUSED_BY, DATA_START, DIRECT_CAUSE, DOTTED_HEADLINE, DURING_HANDLING, ERROR_HEADLINE, FAILURE_SHAPE, FAILURE_SHAPE_AT_START, FATAL, PANIC_HEADER, STACK_FRAME, PARENT_MARKER, SPEC_LINE, TAP_RESULT, TAP_SUBTEST, TEST_TIMEOUT, UNINFORMATIVE, VITEST_BANNER, VITEST_REPORT_FILE, VITEST_TOTALS, PERL_SCRIPT_DIED, PERL_BAILED_OUT } from './rules/signs.js'
import { AnchorScanner, LineStartIndex, type LineStartData, type ScannerData } from './scan.js'
import { patternsKey, storedPiece, type Stored } from './derived.js'

/** The top-level branches of an expression's source (split at `|` outside groups and classes). */
export function topLevelBranches(source: string): string[] {
  const branches: string[] = []
  let depth = 0
  let inClass = false
  let from = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
    } else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      branches.push(source.slice(from, i))
      from = i + 1
    }
  }
  branches.push(source.slice(from))
  return branches
}

export interface Prefilter {
  /** Every expression a line is tested against when it passes the pre-filter. */
  readonly FILTERED_PATTERNS: readonly RegExp[]
  /**
   * Expressions tested only where a line starts: every branch starts with `^` (runner markers,
   * summaries). Their words (`PASS`, `ok`, `examples`) then admit no line in the middle of other
   * text; a test holds the expressions with no anchor at all to these.
   */
  readonly LINE_START: readonly RegExp[]
  /** Expressions with no provable anchor (each must be a line-start shape: a test holds them to that). */
  readonly UNANCHORED: readonly RegExp[]
  readonly ANCHORS: readonly string[]
  /** Whether one normalised line may matter: an anchor anywhere, or a line-start shape at its start. */
  readonly CANDIDATE: { test(line: string): boolean }
  /**
   * Whether a raw line is worth a closer look: an anchor, an escape code, a line-start shape
   * (after a runner's timestamp, a compose or `##[error]` prefix), or go test -json.
   */
  interesting(raw: string): boolean
  /** Whether a normalised line may match a rule at all: the rules' own anchors (a rule with none is always tried). */
  mayMatchARule(line: string): boolean
}

let built: Prefilter | undefined

export function prefilter(): Prefilter {
  if (built) return built
  const patterns = filteredPatterns()
  return (built = buildPrefilter(patterns, storedPiece<PrefilterData>('prefilter', prefilterKey(patterns))))
}

/** The pre-filter derived from the rules, markers and signs, as `npm run build` stores it (derived.ts). */
export function derivePrefilter(): Stored<PrefilterData> {
  const patterns = filteredPatterns()
  return { key: prefilterKey(patterns), value: derive(patterns) }
}

const ANCHOR = 1
const RULE_ANCHOR = 2

// go test -json lines are JSON (escaped text) and always decoded (normalise.ts); a runner's
// timestamp, and then a compose or `##[error]` prefix, may stand before a shape.
const TIMESTAMP = /\d{4}-\d\d-\d\dT[\d:.]{8,20}Z/iy
const PREFIX = /[\w.-]{1,80}\s{1,20}\| |##\[\w{1,20}\]/iy

function filteredPatterns(): readonly RegExp[] {
  return [
    ...ALL_RULES.flatMap(r => r.patterns),
    ...MARKER_PATTERNS,
    ...REPORTED_OF_DIALECTS,
    GO_EXAMPLE_GOT, GO_EXAMPLE_WANT,
    ...DIALECTS.flatMap(d => [d.reportedFailures, d.passedAll, d.interrupted, d.banner, d.reportedSumFrom, d.uninformative, d.wrapperEcho, d.failedBlock, d.wrappedResults?.first, d.wrappedResults?.last, d.wrappedResults?.after, d.headedBelow?.head, d.headedBelow?.name, d.headedBelow?.underFile].filter((p): p is RegExp => p !== undefined)),
    ...DIALECTS.flatMap(d => d.markers.flatMap(m => (m.entries ? [m.entries.last, m.entries.end] : []))),
    VITEST_BANNER, VITEST_REPORT_FILE, VITEST_TOTALS, PERL_SCRIPT_DIED, PERL_BAILED_OUT, ERROR_HEADLINE, DOTTED_HEADLINE, FAILURE_SHAPE, FAILURE_SHAPE_AT_START, DATA_START, PANIC_HEADER, STACK_FRAME, CAUSED_BY, DIRECT_CAUSE, DURING_HANDLING, FATAL, PARENT_MARKER, TAP_SUBTEST, TAP_RESULT, SPEC_LINE, TEST_TIMEOUT, UNINFORMATIVE, NO_ERROR_EXPECTED, NULL_DEREFERENCE, EXPECTS_ERROR
  ]
}

/** The rules' expressions come first in `patterns`: how many they are is part of what the pre-filter depends on. */
const prefilterKey = (patterns: readonly RegExp[]): string => patternsKey(patterns, `rules ${ALL_RULES.reduce((n, r) => n + r.patterns.length, 0)}`)

/** What the pre-filter derives from the expressions' sources (stored by the build). */
export interface PrefilterData {
  /** The expressions tested only where a line starts, by their number in the filtered patterns. */
  readonly lineStart: readonly number[]
  /** No expression without an anchor can match anywhere but a line's start. */
  readonly safe: boolean
  /** Every rule expression has anchors: a line holding none of them matches no rule. */
  readonly ruleGate: boolean
  /** Which line-start branches have anchors of their own (tags of the automaton). */
  readonly gated: readonly boolean[]
  readonly scanner: ScannerData
  readonly index: LineStartData
}

const isLineStart = (p: RegExp): boolean => topLevelBranches(p.source).every(b => b.startsWith('^'))

function derive(FILTERED_PATTERNS: readonly RegExp[]): PrefilterData {
  const LINE_START = FILTERED_PATTERNS.filter(isLineStart)
  const UNANCHORED = FILTERED_PATTERNS.filter(p => anchorsOf(p.source) === undefined)
  const lineStart = new Set(LINE_START)
  // Every anchor, as the automaton takes them.
  const anchors = [...new Set(FILTERED_PATTERNS.filter(p => !lineStart.has(p)).flatMap(p => anchorsOf(p.source) ?? []))]
  // An expression with no anchor that is not a line-start shape could match anywhere: then every line passes.
  const safe = UNANCHORED.every(p => LINE_START.includes(p))
  const rulePatterns = ALL_RULES.flatMap(r => r.patterns)
  const ruleAnchors = rulePatterns.some(p => anchorsOf(p.source) === undefined) ? undefined : rulePatterns.flatMap(p => anchorsOf(p.source) ?? [])

  const masks = new Map<string, number>()
  if (safe) for (const a of anchors) masks.set(a, ANCHOR)
  for (const a of ruleAnchors ?? []) masks.set(a, (masks.get(a) ?? 0) | RULE_ANCHOR)

  // Every line-start branch, compared case-insensitively (as one `i` expression always compared
  // them). A branch with anchors can only match a line that holds one of them: a line that holds
  // no such anchor is tried only against the branches without any.
  const branches = LINE_START.flatMap(p => topLevelBranches(p.source))
  // A gate on one branch may use two-character anchors (`) ` for a numbered failure): only the
  // lines that hold one are tried against that branch.
  const branchAnchors = branches.map(b => anchorsOf(b) ?? anchorsOf(b, 2))
  // A branch with anchors is tried only on a line that holds one of its own (its tag, n).
  const tags = new Map<string, number[]>()
  branchAnchors.forEach((anchors, n) => {
    for (const a of anchors ?? []) {
      if (!masks.has(a)) masks.set(a, 0)
      tags.set(a, [...(tags.get(a) ?? []), n])
    }
  })
  const list = [...masks.keys()]
  return {
    lineStart: FILTERED_PATTERNS.flatMap((p, n) => (lineStart.has(p) ? [n] : [])),
    safe,
    ruleGate: ruleAnchors !== undefined,
    gated: branchAnchors.map(anchors => anchors !== undefined),
    scanner: new AnchorScanner(list, list.map(a => masks.get(a) as number), list.map(a => tags.get(a) ?? []), branches.length).toData(),
    index: new LineStartIndex(branches.map(source => ({ source, caseless: true }))).toData()
  }
}

function buildPrefilter(FILTERED_PATTERNS: readonly RegExp[], stored: PrefilterData | undefined): Prefilter {
  const data = stored ?? derive(FILTERED_PATTERNS)
  const { safe, gated } = data
  const LINE_START = data.lineStart.map(n => FILTERED_PATTERNS[n] as RegExp)
  const branches = LINE_START.flatMap(p => topLevelBranches(p.source))
  const scanner = new AnchorScanner(data.scanner)
  const sticky = branches.map(b => new RegExp(unnamed(b.slice(1)), 'iy'))
  const index = new LineStartIndex(data.index)
  // Whether any branch matches is all that is asked, so the branches a character's list holds
  // are split once: those tried on every line, and those gated by their anchors, as bits a
  // line's tags select in one step.
  const words = scanner.words
  const splits = index.lists.map(list => {
    const gatedBits = new Int32Array(words)
    for (const n of list) if (gated[n] === true) gatedBits[n >> 5] = (gatedBits[n >> 5] as number) | (1 << (n & 31))
    return { open: list.filter(n => gated[n] !== true), gated: list.some(n => gated[n] === true), gatedBits }
  })
  const matchesAt = (n: number, line: string, at: number): boolean => {
    const pattern = sticky[n] as RegExp
    pattern.lastIndex = at
    return pattern.test(line)
  }
  const lineStartAt = (line: string, at: number): boolean => {
    const { open, gated: anyGated, gatedBits } = splits[index.listId(line, at)] as (typeof splits)[number]
    for (let k = 0; k < open.length; k++) if (matchesAt(open[k] as number, line, at)) return true
    if (!anyGated) return false
    const lineTags = tagsOf(line)
    for (let w = 0; w < words; w++) {
      let bits = (gatedBits[w] as number) & (lineTags[w] as number)
      while (bits !== 0) {
        const low = bits & -bits
        if (matchesAt(w * 32 + 31 - Math.clz32(low), line, at)) return true
        bits ^= low
      }
    }
    return false
  }
  /** A shape at `at`, or after a compose or `##[error]` prefix there. */
  const shapeAfterPrefix = (raw: string, at: number): boolean => {
    if (lineStartAt(raw, at)) return true
    const bar = raw.indexOf('| ', at)
    if ((bar > at && bar <= at + 101) || raw.startsWith('##[', at)) {
      PREFIX.lastIndex = at
      if (PREFIX.test(raw) && lineStartAt(raw, PREFIX.lastIndex)) return true
    }
    return false
  }
  // The last line scanned and what it holds: a normalised line is most often the raw line itself.
  // Its tags are read from the scan only when a gated branch asks for them.
  let lastLine: string | undefined
  let lastBits = 0
  let tagsRead = false
  const lastTags = new Int32Array(scanner.words)
  const scan = (line: string): number => {
    if (line !== lastLine) {
      lastBits = scanner.scan(line)
      lastLine = line
      tagsRead = false
    }
    return lastBits
  }
  const tagsOf = (line: string): Int32Array => {
    scan(line)
    if (!tagsRead) {
      scanner.tagsOfLastScan(lastTags)
      tagsRead = true
    }
    return lastTags
  }
  const interesting = (raw: string): boolean => {
    if (!safe) return true
    // A line with an escape code or go test -json is normalised before it is judged, and the
    // normalised line scanned then: scanning the raw one would only say what is already known.
    if (raw.includes('\u001b') || raw.startsWith('{"')) return true
    if ((scan(raw) & ANCHOR) !== 0) return true
    if (shapeAfterPrefix(raw, 0)) return true
    const c = raw.charCodeAt(0)
    if (c >= 48 && c <= 57) {
      TIMESTAMP.lastIndex = 0
      if (TIMESTAMP.test(raw)) {
        const end = TIMESTAMP.lastIndex
        if (shapeAfterPrefix(raw, end)) return true
        if (raw.charCodeAt(end) === 32 && shapeAfterPrefix(raw, end + 1)) return true
      }
    }
    return false
  }
  const CANDIDATE = {
    test: (line: string): boolean => {
      if (!safe) return true
      const bits = scan(line)
      return (bits & ANCHOR) !== 0 || lineStartAt(line, 0)
    }
  }
  const mayMatchARule = !data.ruleGate ? (): boolean => true : (line: string): boolean => (scan(line) & RULE_ANCHOR) !== 0
  // For the tests and for people, only when asked for: the expressions with no anchor, and the
  // smallest set of anchors that admits the same lines.
  let minimal: readonly string[] | undefined
  return {
    FILTERED_PATTERNS, LINE_START, CANDIDATE, interesting, mayMatchARule,
    get UNANCHORED(): readonly RegExp[] {
      return FILTERED_PATTERNS.filter(p => anchorsOf(p.source) === undefined)
    },
    get ANCHORS(): readonly string[] {
      const lineStart = new Set(LINE_START)
      return (minimal ??= minimalAnchors(FILTERED_PATTERNS.filter(p => !lineStart.has(p)).flatMap(p => anchorsOf(p.source) ?? [])))
    }
  }
}
