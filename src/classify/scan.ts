// The two scanners the classifier's fast path is made of, both built from the knowledge base's
// own expressions (never written by hand) and both built on first use, never at module load:
//
// - AnchorScanner: one automaton (Aho–Corasick, as a DFA over a small alphabet) over every
//   anchor of every expression (anchors.ts), compared case-insensitively as a regular
//   expression's `i` flag compares them. One pass over a line's characters says whether it holds
//   any anchor, and whether it holds a rule's, with no allocation.
// - LineStartIndex: expressions that only match where a line starts (runner markers, summaries,
//   line-start shapes), indexed by the first character a match may begin with, and, for a line
//   that begins with white space, by the first character after it. A line is tested only
//   against the expressions that may match it, in their order.

/** The code units `\s` matches. */
const WS: readonly number[] = [9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279]
const IS_WS = new Uint8Array(65536)
for (const c of WS) IS_WS[c] = 1

/** The canonical form the `i` flag compares without `u` (ECMA-262 Canonicalize). */
function canonicalize(c: number): number {
  const s = String.fromCharCode(c)
  const upper = s.toUpperCase()
  if (upper.length !== 1) return c
  const u = upper.charCodeAt(0)
  return c >= 128 && u < 128 ? c : u
}

/** Every code unit whose canonical form is one of `canons`. */
function caseVariants(canons: ReadonlySet<number>): Map<number, number> {
  const found = new Map<number, number>()
  if (canons.size === 0) return found
  for (let c = 0; c < 65536; c++) {
    const k = canonicalize(c)
    if (canons.has(k)) found.set(c, k)
  }
  return found
}

/**
 * Aho–Corasick over `anchors` (lower case, as anchors.ts gives them), each with a bit of
 * `masks` (32 bits); `scan` returns the bits of the anchors a line holds (stopping once `want` is covered).
 */
export class AnchorScanner {
  private readonly classOf: Uint16Array
  private readonly width: number
  private readonly delta: Int32Array
  private readonly out: Int32Array

  constructor(anchors: readonly string[], masks: readonly number[]) {
    // The alphabet: every canonical character of the anchors; 0 is any other character.
    const canons = new Set<number>()
    for (const a of anchors) for (let i = 0; i < a.length; i++) canons.add(canonicalize(a.charCodeAt(i)))
    const canonClass = new Map<number, number>()
    for (const k of canons) canonClass.set(k, canonClass.size + 1)
    this.width = canonClass.size + 1
    this.classOf = new Uint16Array(65536)
    const ascii = [...canons].every(k => k < 128 && String.fromCharCode(k).toLowerCase().charCodeAt(0) < 128)
    if (ascii) {
      for (let c = 0; c < 128; c++) {
        const cls = canonClass.get(canonicalize(c))
        if (cls !== undefined) this.classOf[c] = cls
      }
    } else {
      for (const [c, k] of caseVariants(canons)) this.classOf[c] = canonClass.get(k) as number
    }
    // The trie.
    const goto: number[][] = [[]]
    const out: number[] = [0]
    anchors.forEach((anchor, n) => {
      let s = 0
      for (let i = 0; i < anchor.length; i++) {
        const cls = this.classOf[anchor.charCodeAt(i)] as number
        let next = goto[s]![cls]
        if (next === undefined) {
          next = goto.length
          goto.push([])
          out.push(0)
          goto[s]![cls] = next
        }
        s = next
      }
      out[s] = (out[s] as number) | (masks[n] as number)
    })
    // Failure links, breadth first, folded into a full transition table.
    const states = goto.length
    const delta = new Int32Array(states * this.width)
    const fail = new Int32Array(states)
    const queue: number[] = []
    for (let cls = 1; cls < this.width; cls++) {
      const next = goto[0]![cls]
      if (next !== undefined) {
        delta[cls] = next
        queue.push(next)
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head] as number
      out[s] = (out[s] as number) | (out[fail[s] as number] as number)
      for (let cls = 0; cls < this.width; cls++) {
        const next = goto[s]![cls]
        if (next === undefined) {
          delta[s * this.width + cls] = delta[(fail[s] as number) * this.width + cls] as number
        } else {
          fail[next] = delta[(fail[s] as number) * this.width + cls] as number
          delta[s * this.width + cls] = next
          queue.push(next)
        }
      }
    }
    this.delta = delta
    this.out = Int32Array.from(out)
  }

  /** The bits of `want` that some anchor in `line` carries. */
  scan(line: string, want: number): number {
    const { classOf, delta, out, width } = this
    let s = 0
    let found = 0
    for (let i = 0, n = line.length; i < n; i++) {
      s = delta[s * width + (classOf[line.charCodeAt(i)] as number)] as number
      const o = out[s] as number
      if (o !== 0) {
        found |= o & want
        if (found === want) return found
      }
    }
    return found
  }
}

// ---------------------------------------------------------------------------------------------
// First characters of an expression, from its source.

/** A set of code units; `any`: it may be any character. */
interface CharSet {
  any: boolean
  readonly chars: Set<number>
}

interface First {
  /** Characters a match may begin with. */
  readonly first: CharSet
  /** The expression may match the empty string. */
  readonly nullable: boolean
  /** Characters the first non-white-space character of a match may be. */
  readonly afterWs: CharSet
  /** The expression may match a string of white space only (the empty string included). */
  readonly wsOnly: boolean
}

const ANY = (): CharSet => ({ any: true, chars: new Set() })
const NONE = (): CharSet => ({ any: false, chars: new Set() })
const union = (into: CharSet, from: CharSet): void => {
  if (from.any) into.any = true
  else for (const c of from.chars) into.chars.add(c)
}
const range = (from: number, to: number): CharSet => {
  if (to - from > 4096) return ANY()
  const set = NONE()
  for (let c = from; c <= to; c++) set.chars.add(c)
  return set
}
const WORD = (): CharSet => {
  const set = range(48, 57)
  for (let c = 65; c <= 90; c++) set.chars.add(c)
  for (let c = 97; c <= 122; c++) set.chars.add(c)
  set.chars.add(95)
  return set
}
const SPACE = (): CharSet => ({ any: false, chars: new Set(WS) })
const hasWs = (set: CharSet): boolean => set.any || WS.some(c => set.chars.has(c))
const withoutWs = (set: CharSet): CharSet => (set.any ? ANY() : { any: false, chars: new Set([...set.chars].filter(c => IS_WS[c] === 0)) })

/** One atom's characters, from `src[i]`; returns the set (or undefined for a zero-width atom) and where it ends. */
function atomChars(src: string, i: number): [CharSet | undefined, number] {
  const c = src[i] as string
  if (c === '\\') return escapeChars(src, i, false)
  if (c === '[') {
    let j = i + 1
    const negated = src[j] === '^'
    if (negated) j++
    const set = NONE()
    let first = true
    while (j < src.length && (src[j] !== ']' || first)) {
      first = false
      let from: CharSet | undefined
      let code: number | undefined
      if (src[j] === '\\') {
        const [escaped, next] = escapeChars(src, j, true)
        from = escaped
        if (escaped && !escaped.any && escaped.chars.size === 1) code = [...escaped.chars][0]
        j = next
      } else {
        code = src.charCodeAt(j)
        from = { any: false, chars: new Set([code]) }
        j++
      }
      if (src[j] === '-' && src[j + 1] !== ']' && code !== undefined) {
        j++
        let to: number
        if (src[j] === '\\') {
          const [escaped, next] = escapeChars(src, j, true)
          to = escaped && !escaped.any && escaped.chars.size === 1 ? ([...escaped.chars][0] as number) : 65535
          j = next
        } else {
          to = src.charCodeAt(j)
          j++
        }
        from = range(code, to)
      }
      if (from) union(set, from)
    }
    return [negated ? ANY() : set, j + 1]
  }
  if (c === '.') return [ANY(), i + 1]
  if (c === '^' || c === '$') return [undefined, i + 1]
  return [{ any: false, chars: new Set([src.charCodeAt(i)]) }, i + 1]
}

function escapeChars(src: string, i: number, inClass: boolean): [CharSet | undefined, number] {
  const e = src[i + 1] as string
  switch (e) {
    case 'd': return [range(48, 57), i + 2]
    case 'w': return [WORD(), i + 2]
    case 's': return [SPACE(), i + 2]
    case 'D': case 'W': case 'S': return [ANY(), i + 2]
    case 'b': return inClass ? [{ any: false, chars: new Set([8]) }, i + 2] : [undefined, i + 2]
    case 'B': return [undefined, i + 2]
    case 'n': return [{ any: false, chars: new Set([10]) }, i + 2]
    case 'r': return [{ any: false, chars: new Set([13]) }, i + 2]
    case 't': return [{ any: false, chars: new Set([9]) }, i + 2]
    case 'f': return [{ any: false, chars: new Set([12]) }, i + 2]
    case 'v': return [{ any: false, chars: new Set([11]) }, i + 2]
    case '0': return [{ any: false, chars: new Set([0]) }, i + 2]
    case 'u': return [{ any: false, chars: new Set([Number.parseInt(src.slice(i + 2, i + 6), 16)]) }, i + 6]
    case 'x': return [{ any: false, chars: new Set([Number.parseInt(src.slice(i + 2, i + 4), 16)]) }, i + 4]
    case 'p': case 'P': return [ANY(), src.indexOf('}', i) + 1]
    case 'k': return [ANY(), src.indexOf('>', i) + 1]
    default:
      if (/\d/.test(e)) {
        let j = i + 1
        while (/\d/.test(src[j] ?? '')) j++
        return [ANY(), j]
      }
      return [{ any: false, chars: new Set([src.charCodeAt(i + 1)]) }, i + 2]
  }
}

/** The minimum count of a quantifier at `i` (1 when there is none), and where it ends. */
function quantifierAt(src: string, i: number): [number, number] {
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
  return [min, j]
}

function parseAlternatives(src: string, at: number): [First, number] {
  const first = NONE()
  const afterWs = NONE()
  let nullable = false
  let wsOnly = false
  let i = at
  for (;;) {
    const [alt, next] = parseSeq(src, i)
    union(first, alt.first)
    union(afterWs, alt.afterWs)
    nullable ||= alt.nullable
    wsOnly ||= alt.wsOnly
    i = next
    if (src[i] === '|') {
      i++
      continue
    }
    return [{ first, afterWs, nullable, wsOnly }, i]
  }
}

function parseSeq(src: string, at: number): [First, number] {
  const first = NONE()
  const afterWs = NONE()
  let nullable = true
  let wsOnly = true
  let i = at
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    let atom: First | undefined
    if (src[i] === '(') {
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
      const [inner, close] = parseAlternatives(src, j)
      i = close + 1
      // A lookaround consumes nothing.
      atom = lookaround ? undefined : inner
    } else {
      const [chars, next] = atomChars(src, i)
      i = next
      atom = chars === undefined ? undefined : { first: chars, nullable: false, afterWs: withoutWs(chars), wsOnly: hasWs(chars) }
    }
    const [min, next] = quantifierAt(src, i)
    i = next
    if (atom === undefined) continue
    // What comes before the first atom that must consume something contributes; so for white space.
    if (nullable) union(first, atom.first)
    if (wsOnly) union(afterWs, atom.afterWs)
    if (min > 0 && !atom.nullable) nullable = false
    if (min > 0 && !atom.wsOnly) wsOnly = false
  }
  return [{ first, afterWs, nullable, wsOnly }, i]
}

/** What a `^`-anchored expression's match may begin with; `i`: compared case-insensitively. */
function firstOf(source: string, caseless: boolean): First {
  const [parsed] = parseAlternatives(source, 0)
  if (!caseless) return parsed
  const fold = (set: CharSet): CharSet => {
    if (set.any) return set
    const out = NONE()
    for (const c of set.chars) {
      const s = String.fromCharCode(c)
      const variants = [s, s.toLowerCase(), s.toUpperCase()].filter(v => v.length === 1)
      // A non-ASCII letter may have more case variants than these: any character, then.
      if (c >= 128 && variants.some(v => v !== s)) return ANY()
      for (const v of variants) out.chars.add(v.charCodeAt(0))
    }
    return out
  }
  return { first: fold(parsed.first), afterWs: fold(parsed.afterWs), nullable: parsed.nullable, wsOnly: parsed.wsOnly }
}

/** Whether every top-level branch of `source` starts with `^`. */
export function anchoredAtStart(source: string): boolean {
  let depth = 0
  let inClass = false
  let atBranchStart = true
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (atBranchStart) {
      if (c !== '^') return false
      atBranchStart = false
    }
    if (c === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
    } else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) atBranchStart = true
  }
  return !atBranchStart
}

/**
 * Expressions indexed by what a line must begin with for them to match it. `candidates(line, at)`
 * gives, in their order, the indexes of the expressions that may match at `at`: those whose match
 * may begin with the line's character there, or, when white space is there, with the first other
 * character after it. An expression not anchored at a line's start is always a candidate.
 */
export class LineStartIndex {
  private readonly plain: (readonly number[])[] = []
  private readonly plainOther = new Map<number, readonly number[]>()
  private readonly plainDefault: readonly number[]
  private readonly spaced: (readonly number[])[] = []
  private readonly spacedOther = new Map<number, readonly number[]>()
  private readonly spacedDefault: readonly number[]
  /** Lines of white space only. */
  private readonly blank: readonly number[]

  constructor(patterns: readonly { readonly source: string; readonly caseless: boolean }[]) {
    const infos = patterns.map(p => (anchoredAtStart(p.source) ? firstOf(p.source, p.caseless) : undefined))
    const keys = new Set<number>()
    for (const info of infos) {
      if (!info) continue
      for (const c of info.first.chars) keys.add(c)
      for (const c of info.afterWs.chars) keys.add(c)
    }
    const plainFor = (c: number): number[] => infos.flatMap((info, n) => (!info || info.nullable || info.first.any || info.first.chars.has(c) ? [n] : []))
    const spacedFor = (c: number): number[] => infos.flatMap((info, n) => (!info || info.nullable || (hasWs(info.first) && (info.wsOnly || info.afterWs.any || info.afterWs.chars.has(c))) ? [n] : []))
    const NO_KEY = -1
    this.plainDefault = plainFor(NO_KEY)
    this.spacedDefault = spacedFor(NO_KEY)
    this.blank = infos.flatMap((info, n) => (!info || info.nullable || (hasWs(info.first) && (info.wsOnly || info.afterWs.any)) ? [n] : []))
    for (let c = 0; c < 128; c++) {
      this.plain[c] = keys.has(c) ? plainFor(c) : this.plainDefault
      this.spaced[c] = keys.has(c) ? spacedFor(c) : this.spacedDefault
    }
    for (const c of keys) {
      if (c < 128) continue
      this.plainOther.set(c, plainFor(c))
      this.spacedOther.set(c, spacedFor(c))
    }
  }

  candidates(line: string, at = 0): readonly number[] {
    const n = line.length
    if (at >= n) return this.blank
    let c = line.charCodeAt(at)
    if (IS_WS[c] === 0) return c < 128 ? (this.plain[c] as readonly number[]) : (this.plainOther.get(c) ?? this.plainDefault)
    let i = at + 1
    while (i < n && IS_WS[line.charCodeAt(i)] === 1) i++
    if (i >= n) return this.blank
    c = line.charCodeAt(i)
    return c < 128 ? (this.spaced[c] as readonly number[]) : (this.spacedOther.get(c) ?? this.spacedDefault)
  }
}
