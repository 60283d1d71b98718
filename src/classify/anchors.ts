// Literal anchors of a regular expression: a set of strings such that every line the expression
// matches contains at least one of them (compared case-insensitively). The classifier's
// pre-filter is built from the anchors of every rule, marker and sign, so it is derived from the
// knowledge base and can never silently hide a line a rule would match. `undefined`: the
// expression has a branch with no literal the scanner can prove is required.
//
// A required run of literals may pass through a group of literal alternatives: `(?:PASS|FAIL) `
// holds `pass ` or `fail `, which is rarer than either word alone.

interface Parsed {
  /** Alternatives of required literals; undefined: none provable. */
  readonly anchors: readonly string[] | undefined
  /** Every alternative is a plain literal (no classes, quantifiers, groups): their texts. */
  readonly literals?: readonly string[]
}

interface Piece extends Parsed {
  /** A single literal character. */
  readonly char?: string
}

const MIN_ANCHOR = 3
/** How many alternative runs a cross-product may hold before it is cut. */
const MAX_RUNS = 16

/** A non-ASCII character is as rare as three ASCII ones. */
function weight(anchor: string): number {
  let w = 0
  for (const ch of anchor) w += ch.charCodeAt(0) > 127 ? 3 : 1
  return w
}

/** Each source's anchors, computed once (the pre-filter asks for many sources more than once). */
const known = new Map<string, readonly string[] | undefined>()
/** The weight an anchor needs (MIN_ANCHOR unless asked otherwise). */
let minWeight = MIN_ANCHOR

/** `min`: a smaller weight, for a gate on one expression rather than a pre-filter over all lines. */
export function anchorsOf(source: string, min = MIN_ANCHOR): readonly string[] | undefined {
  const key = min === MIN_ANCHOR ? source : `${min}\u0000${source}`
  if (known.has(key)) return known.get(key)
  minWeight = min
  try {
    const [parsed] = parseAlternation(source, 0)
    const anchors = parsed.anchors?.map(a => a.toLowerCase())
    known.set(key, anchors)
    return anchors
  } finally {
    minWeight = MIN_ANCHOR
  }
}

/** Parses alternatives until `)` or the end: the union of their anchors. */
function parseAlternation(src: string, at: number): [Parsed, number] {
  const union: string[] = []
  const literals: string[] = []
  let provable = true
  let allLiteral = true
  let i = at
  for (;;) {
    const [parsed, next] = parseSequence(src, i)
    if (parsed.anchors === undefined) provable = false
    else union.push(...parsed.anchors)
    if (parsed.literals === undefined) allLiteral = false
    else literals.push(...parsed.literals)
    i = next
    if (src[i] === '|') {
      i++
      continue
    }
    return [{ anchors: provable ? [...new Set(union)] : undefined, ...(allLiteral ? { literals } : {}) }, i]
  }
}

/** The best anchor set of one alternative: its longest required literal runs, or a required group's anchors. */
function parseSequence(src: string, at: number): [Parsed, number] {
  let best: string[] | undefined
  let bestScore = 0
  /** The alternative literal texts the current run may be, each followed by `tail`. */
  let runs: string[] = ['']
  /** Characters that follow every run (kept apart so one character costs one concatenation). */
  let tail = ''
  let pure = true
  const consider = (anchors: readonly string[] | undefined): void => {
    if (!anchors || anchors.length === 0) return
    let least = Infinity
    for (const a of anchors) least = Math.min(least, weight(a))
    const score = least - anchors.length * 0.01
    if (least >= minWeight && score > bestScore) {
      best = [...new Set(anchors)]
      bestScore = score
    }
  }
  const settle = (): void => {
    if (tail !== '') runs = runs.map(r => r + tail)
    tail = ''
  }
  const flush = (): void => {
    settle()
    consider(runs)
    runs = ['']
  }
  let i = at
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const [piece, next] = parsePiece(src, i)
    const [min, afterQuantifier] = quantifier(src, next)
    const quantified = afterQuantifier !== next
    i = afterQuantifier
    if (min === 0) {
      pure = false
      flush()
      continue
    }
    if (piece.char !== undefined) {
      // `a{3,}` holds `aaa`; `a+` holds `a`; either way what follows is not adjacent.
      tail += min === 1 ? piece.char : piece.char.repeat(Math.min(min, 8))
      if (quantified) {
        pure = false
        flush()
      }
      continue
    }
    pure = false
    if (piece.literals !== undefined && !quantified && runs.length * piece.literals.length <= MAX_RUNS) {
      // A required group of literal alternatives continues the run: `(?:PASS|FAIL) ` → `pass `, `fail `.
      settle()
      runs = runs.flatMap(r => piece.literals!.map(l => r + l))
      continue
    }
    flush()
    consider(piece.anchors)
  }
  settle()
  const literals = pure && runs.length === 1 ? [runs[0] as string] : undefined
  flush()
  return [{ anchors: best, ...(literals ? { literals } : {}) }, i]
}

const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'p', 'P', 'k'])

function parsePiece(src: string, i: number): [Piece, number] {
  const c = src[i] as string
  if (c === '\\') {
    const e = src[i + 1] as string
    if (e === 'p' || e === 'P' || e === 'k') {
      const close = src.indexOf(e === 'k' ? '>' : '}', i)
      return [{ anchors: undefined }, close + 1]
    }
    if (e === 'u') return [{ anchors: undefined, char: String.fromCharCode(Number.parseInt(src.slice(i + 2, i + 6), 16)) }, i + 6]
    if (e === 'x') return [{ anchors: undefined, char: String.fromCharCode(Number.parseInt(src.slice(i + 2, i + 4), 16)) }, i + 4]
    if (CLASS_ESCAPES.has(e) || /\d/.test(e) || 'nrtfv0'.includes(e)) return [{ anchors: undefined }, i + 2]
    return [{ anchors: undefined, char: e }, i + 2]
  }
  if (c === '[') {
    let j = i + 1
    if (src[j] === '^') j++
    if (src[j] === ']') j++
    while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1
    return [{ anchors: undefined }, j + 1]
  }
  if (c === '(') {
    let j = i + 1
    let lookaround = false
    if (src[j] === '?') {
      if (src[j + 1] === ':') j += 2
      else if (src[j + 1] === '=' || src[j + 1] === '!') {
        lookaround = true
        j += 2
      } else if (src[j + 1] === '<' && (src[j + 2] === '=' || src[j + 2] === '!')) {
        lookaround = true
        j += 3
      } else if (src[j + 1] === '<') j = src.indexOf('>', j) + 1
    }
    const [parsed, close] = parseAlternation(src, j)
    // A lookaround is zero-width: it adds nothing to the text.
    return [lookaround ? { anchors: undefined, literals: [''] } : parsed, close + 1]
  }
  if (c === '.' || c === '^' || c === '$') return [c === '.' ? { anchors: undefined } : { anchors: undefined, literals: [''] }, i + 1]
  return [{ anchors: undefined, char: c }, i + 1]
}

/** The minimum count of a quantifier at `i` (1 when there is none), and where it ends. */
function quantifier(src: string, i: number): [number, number] {
  const c = src[i]
  let min = 1
  let j = i
  if (c === '?' || c === '*') {
    min = 0
    j = i + 1
  } else if (c === '+') {
    j = i + 1
  } else if (c === '{') {
    const found = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i))
    if (!found) return [1, i]
    min = Number(found[1])
    j = i + found[0].length
  } else {
    return [1, i]
  }
  if (src[j] === '?') j++
  // `x{1}` is x; any other quantifier breaks adjacency (handled by the caller).
  return [min, min === 1 && c === '{' && src.slice(i, j).startsWith('{1}') ? i : j]
}

/**
 * The smallest set of anchors that still admits every line: an anchor that contains another is
 * redundant (any line holding it holds the shorter one).
 */
export function minimalAnchors(anchors: Iterable<string>): string[] {
  // Shortest first (code-unit order within a length: localeCompare is slow, and the order of two
  // anchors of one length changes nothing, neither holding the other).
  const sorted = [...new Set(anchors)].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
  const kept: string[] = []
  for (const a of sorted) if (!kept.some(k => a.includes(k))) kept.push(a)
  return kept
}
