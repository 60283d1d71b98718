// The pre-filter: most lines of a log are passing tests' chatter, and a line that holds none of
// the knowledge base's anchors cannot change a verdict. The anchors are derived from every rule,
// marker and sign (anchors.ts), never written by hand, so a new rule can never be hidden by it.
import { anchorsOf, minimalAnchors } from './anchors.js'
import { unnamed } from './any-of.js'
import { DIALECTS } from './dialects/index.js'
import { MARKER_PATTERNS } from './markers.js'
import { ALL_RULES, EXPECTS_ERROR, NO_ERROR_EXPECTED, NULL_DEREFERENCE } from './rules/index.js'
import { CAUSED_BY, DATA_START, DIRECT_CAUSE, DOTTED_HEADLINE, DURING_HANDLING, ERROR_HEADLINE, FAILURE_SHAPE, FAILURE_SHAPE_AT_START, FATAL, PANIC_HEADER, STACK_FRAME, PARENT_MARKER, TEST_TIMEOUT, UNINFORMATIVE } from './rules/signs.js'

/** Every expression a line is tested against when it passes the pre-filter. */
export const FILTERED_PATTERNS: readonly RegExp[] = [
  ...ALL_RULES.flatMap(r => r.patterns),
  ...MARKER_PATTERNS,
  ...DIALECTS.flatMap(d => [d.reportedFailures, d.uninformative, d.wrapperEcho].filter((p): p is RegExp => p !== undefined)),
  ERROR_HEADLINE, DOTTED_HEADLINE, FAILURE_SHAPE, FAILURE_SHAPE_AT_START, DATA_START, PANIC_HEADER, STACK_FRAME, CAUSED_BY, DIRECT_CAUSE, DURING_HANDLING, FATAL, PARENT_MARKER, TEST_TIMEOUT, UNINFORMATIVE, NO_ERROR_EXPECTED, NULL_DEREFERENCE, EXPECTS_ERROR
]

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

/**
 * Expressions tested only where a line starts: every branch starts with `^` (runner markers,
 * summaries). Testing them costs one comparison at each line's start, and their words
 * (`PASS`, `ok`, `examples`) then admit no line in the middle of other text; a test holds the
 * expressions with no anchor at all to these.
 */
export const LINE_START: readonly RegExp[] = FILTERED_PATTERNS.filter(p => topLevelBranches(p.source).every(b => b.startsWith('^')))

/** Expressions with no provable anchor (each must be a line-start shape: a test holds them to that). */
export const UNANCHORED: readonly RegExp[] = FILTERED_PATTERNS.filter(p => anchorsOf(p.source) === undefined)

export const ANCHORS: readonly string[] = minimalAnchors(FILTERED_PATTERNS.filter(p => !LINE_START.includes(p)).flatMap(p => anchorsOf(p.source) ?? []))

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

const ANCHOR_SOURCE = ANCHORS.map(escape).join('|')
const LINE_START_SOURCE = LINE_START.flatMap(p => topLevelBranches(p.source).map(b => `(?:${unnamed(b.slice(1))})`)).join('|') || '(?!)'

/** An expression with no anchor that is not a line-start shape could match anywhere: then every line passes. */
const SAFE = UNANCHORED.every(p => LINE_START.includes(p))

/** Whether one normalised line may matter. */
export const CANDIDATE: RegExp = SAFE ? new RegExp(`${ANCHOR_SOURCE}|^(?:${LINE_START_SOURCE})`, 'i') : /(?:)/
/** The anchors alone, for one raw line. */
export const ANCHORED: RegExp = SAFE ? new RegExp(ANCHOR_SOURCE, 'i') : /(?:)/
// go test -json lines are JSON (escaped text) and always decoded (normalise.ts); a compose or
// `##[error]` prefix may stand before a shape.
export const LINE_START_SCAN: RegExp = new RegExp(String.raw`^(?:\{"|(?:\d{4}-\d\d-\d\dT[\d:.]{8,20}Z ?)?(?:[\w.-]{1,80}\s{1,20}\| |##\[\w{1,20}\])?(?:${LINE_START_SOURCE}))`, 'gmi')

/** Whether a line may match a rule at all: the rules' own anchors (a rule with none is always tried). */
const RULE_PATTERNS = ALL_RULES.flatMap(r => r.patterns)
const RULE_ANCHORS = RULE_PATTERNS.some(p => anchorsOf(p.source) === undefined) ? undefined : minimalAnchors(RULE_PATTERNS.flatMap(p => anchorsOf(p.source) ?? []))
export const MAY_MATCH_A_RULE: RegExp = RULE_ANCHORS === undefined ? /(?:)/ : new RegExp(RULE_ANCHORS.map(escape).join('|'), 'i')
