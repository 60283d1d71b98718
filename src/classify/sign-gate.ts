// The signs the classifier tests on every line it judges are all line-start expressions, and most
// lines it judges are runner markers (`[INFO] Tests run:`, `✓ ...`, `ok  pkg`) that none of them
// can match. Each sign here tests as its expression does, but first asks the line-start index
// (scan.ts) whether a match may begin with the line's first character (or the first after its
// indentation): the expression runs only when it may. The index is derived from the expressions
// themselves (stored by the build, derived.ts), built on first use.
import { lineStartIndex } from './derived.js'
import { DIALECTS } from './dialects/index.js'
import { CAUSED_BY, DIRECT_CAUSE, DURING_HANDLING, PANIC_HEADER, PY_TRACEBACK, STACK_FRAME, UNINFORMATIVE } from './rules/signs.js'
import type { LineStartIndex } from './scan.js'

const DIALECT_UNINFORMATIVE = DIALECTS.map(d => d.uninformative).filter((p): p is RegExp => p !== undefined)
const DIALECT_WRAPPER_ECHOES = DIALECTS.map(d => d.wrapperEcho).filter((p): p is RegExp => p !== undefined)

/** The gated signs, in the index's order (at most 31: a line's candidates are one bit mask). */
export const SIGN_PATTERNS: readonly RegExp[] = [PY_TRACEBACK, STACK_FRAME, PANIC_HEADER, CAUSED_BY, DIRECT_CAUSE, DURING_HANDLING, UNINFORMATIVE, ...DIALECT_UNINFORMATIVE, ...DIALECT_WRAPPER_ECHOES]

export interface LineTest {
  test(line: string): boolean
}

let index: LineStartIndex | undefined
/** Each candidate list of the index as a bit mask, by the list's number. */
let masks: Int32Array | undefined
let lastLine: string | undefined
let lastMask = 0

function mayMatch(line: string, n: number): boolean {
  if (line !== lastLine) {
    if (index === undefined) {
      const built = lineStartIndex('signs', SIGN_PATTERNS)
      masks = Int32Array.from(built.lists, list => list.reduce((mask, k) => mask | (1 << k), 0))
      index = built
    }
    lastMask = (masks as Int32Array)[index.listId(line)] as number
    lastLine = line
  }
  return (lastMask & (1 << n)) !== 0
}

const gate = (n: number): LineTest => {
  const pattern = SIGN_PATTERNS[n] as RegExp
  return { test: line => mayMatch(line, n) && pattern.test(line) }
}

/** The signs, each tested only where it may match. */
export const GATED = {
  PY_TRACEBACK: gate(0),
  STACK_FRAME: gate(1),
  PANIC_HEADER: gate(2),
  CAUSED_BY: gate(3),
  DIRECT_CAUSE: gate(4),
  DURING_HANDLING: gate(5),
  UNINFORMATIVE: gate(6),
  DIALECT_UNINFORMATIVE: DIALECT_UNINFORMATIVE.map((_, k) => gate(7 + k)),
  WRAPPER_ECHOES: DIALECT_WRAPPER_ECHOES.map((_, k) => gate(7 + DIALECT_UNINFORMATIVE.length + k))
} as const
