// The pre-filter: most lines of a log are passing tests' chatter, and a line that holds none of
// the knowledge base's anchors cannot change a verdict. The anchors are derived from every rule,
// marker and sign (anchors.ts), never written by hand, so a new rule can never be hidden by it.
import { anchorsOf, minimalAnchors } from './anchors.js'
import { DIALECTS } from './dialects/index.js'
import { MARKER_PATTERNS } from './markers.js'
import { ALL_RULES, EXPECTS_ERROR, NO_ERROR_EXPECTED, NULL_DEREFERENCE } from './rules/index.js'
import { CHAIN_LINK, DOTTED_HEADLINE, ERROR_HEADLINE, FATAL, PARENT_MARKER, TEST_TIMEOUT, UNINFORMATIVE } from './rules/signs.js'

/** Every expression a line is tested against when it passes the pre-filter. */
export const FILTERED_PATTERNS: readonly RegExp[] = [
  ...ALL_RULES.flatMap(r => r.patterns),
  ...MARKER_PATTERNS,
  ...DIALECTS.flatMap(d => [d.reportedFailures, d.uninformative].filter((p): p is RegExp => p !== undefined)),
  ERROR_HEADLINE, DOTTED_HEADLINE, CHAIN_LINK, FATAL, PARENT_MARKER, TEST_TIMEOUT, UNINFORMATIVE, NO_ERROR_EXPECTED, NULL_DEREFERENCE, EXPECTS_ERROR
]

/**
 * Expressions with no provable anchor. Each must start at the line's start (`^` on every branch),
 * so testing it on every line costs one failed comparison; a test holds this list to those.
 */
export const UNANCHORED: readonly RegExp[] = FILTERED_PATTERNS.filter(p => anchorsOf(p.source) === undefined)

export const ANCHORS: readonly string[] = minimalAnchors(FILTERED_PATTERNS.flatMap(p => anchorsOf(p.source) ?? []))

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
// Named groups repeat across expressions: one alternation needs them unnamed.
const unnamed = (source: string): string => source.replace(/\(\?<([A-Za-z]\w*)>/g, '(?:')

const ANCHOR_SOURCE = ANCHORS.map(escape).join('|')
// Each unanchored expression is one branch starting with `^` (a test holds them to that).
const LINE_START_SOURCE = UNANCHORED.map(p => `(?:${unnamed(p.source.replace(/^\^/, ''))})`).join('|') || '(?!)'

/** Whether one normalised line may matter. */
export const CANDIDATE: RegExp = new RegExp(`${ANCHOR_SOURCE}|^(?:${LINE_START_SOURCE})`, 'i')
/** The same over a batch of raw lines: anchors anywhere, line-start shapes after an optional runner timestamp. */
export const ANCHOR_SCAN: RegExp = new RegExp(ANCHOR_SOURCE, 'gi')
// go test -json lines are JSON (escaped text) and always decoded (normalise.ts); a compose or
// `##[error]` prefix may stand before a shape.
export const LINE_START_SCAN: RegExp = new RegExp(String.raw`^(?:\{"|(?:\d{4}-\d\d-\d\dT[\d:.]{8,20}Z ?)?(?:[\w.-]{1,80}\s{1,20}\| |##\[\w{1,20}\])?(?:${LINE_START_SOURCE}))`, 'gm')
