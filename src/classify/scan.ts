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
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c
  const s = String.fromCharCode(c)
  const upper = s.toUpperCase()
  if (upper.length !== 1) return c
  const u = upper.charCodeAt(0)
  return c >= 128 && u < 128 ? c : u
}

const UNKNOWN = 0xffff
/** The outputs a scan notes one by one (a longer line is scanned the slow way: `scanLong`). */
const HITS = 8192
/** The bit of a state whose anchors carry tags (bit 31: callers' masks use the low bits). */
const TAGGED = 1 << 31

/** An automaton as `npm run build` stores it (derived.ts): its alphabet, and its tables as little-endian 32-bit integers in base64. */
export interface ScannerData {
  /** The canonical character of each class, from class 1 on. */
  readonly canon: readonly number[]
  readonly words: number
  /** The number of the first state with an output. */
  readonly quiet: number
  readonly states: number
  /** The transitions the automaton is built with: index and row offset, in pairs. */
  readonly edges: string
  readonly fail: string
  readonly out: string
  readonly tagWords: string
}

function encodeInts(values: ArrayLike<number>): string {
  const bytes = Buffer.alloc(values.length * 4)
  for (let i = 0; i < values.length; i++) bytes.writeInt32LE(values[i] as number, i * 4)
  return bytes.toString('base64')
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

function decodeInts(text: string): Int32Array {
  const bytes = Buffer.from(text, 'base64')
  // The bytes as they are, on a little-endian machine (a copy: a small Buffer may sit unaligned in Node's pool).
  if (LITTLE_ENDIAN) return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))
  const values = new Int32Array(bytes.length / 4)
  for (let i = 0; i < values.length; i++) values[i] = bytes.readInt32LE(i * 4)
  return values
}

/** The classes of an alphabet given as each class's canonical character (class 0: any other character). */
function alphabet(canon: readonly number[]): { width: number; canonClass: Map<number, number>; classOf: Uint16Array } {
  const canonClass = new Map<number, number>()
  canon.forEach((c, n) => canonClass.set(c, n + 1))
  const classOf = new Uint16Array(65536).fill(UNKNOWN, 128)
  for (let c = 0; c < 128; c++) classOf[c] = canonClass.get(canonicalize(c)) ?? 0
  return { width: canon.length + 1, canonClass, classOf }
}

/**
 * Aho–Corasick over `anchors` (lower case, as anchors.ts gives them), each with a bit of
 * `masks` (32 bits); `scan` returns the bits of the anchors a line holds (stopping once `want` is covered).
 */
export class AnchorScanner {
  /** Each character's class: 0 for a character no anchor holds; UNKNOWN until a non-ASCII one is met. */
  private readonly classOf: Uint16Array
  private readonly canonClass: Map<number, number>
  private readonly width: number
  /**
   * The transitions, each a state's row offset (its number × width), so that a step is one load.
   * States with an output are numbered last: from `firstOutput` on.
   */
  private readonly delta: Int32Array
  /** Each state's failure link, as a row offset, by state number. */
  private readonly failOffset: Int32Array
  private readonly firstOutput: number
  /** The outputs of the states from `firstOutput` on, by number − firstOutput / width. */
  private readonly out: Int32Array
  /**
   * The transitions again, as a scan reads them: the states renumbered breadth first from the
   * root (the shallow states a line of chatter keeps to sit together in memory), a row of `width`
   * per state. An entry is the target's row offset doubled, plus 1 when the target has an output
   * (so a step is one load and a shift); -1 until a scan first needs it (then from `delta`).
   */
  private readonly table: Int32Array
  /** Each state's number in `table`'s order, by its number in `delta`, and back. */
  private readonly rankOf: Int32Array
  private readonly stateOf: Int32Array
  /** The outputs of each state, in `table`'s order (0: none). */
  private readonly rankOut: Int32Array
  /** Words of tag bits of each state, in `table`'s order. */
  private readonly rankTags: Int32Array
  /** Words of tag bits per state (from `firstOutput` on, as `out`). */
  private readonly tagWords: Int32Array
  /** How many 32-bit words a line's tags take. */
  readonly words: number

  /**
   * `masks`: each anchor's bits; `tags`: each anchor's tags (small numbers), reported by `scan` as
   * bits of the words it is given (a gate for each of many expressions).
   */
  constructor(anchors: readonly string[] | ScannerData, masks: readonly number[] = [], tags: readonly (readonly number[])[] = [], tagCount = 0) {
    if ('states' in anchors) {
      // Restored from what `npm run build` derived (derived.ts): no expression is parsed.
      const { width, canonClass, classOf } = alphabet(anchors.canon)
      this.words = anchors.words
      this.canonClass = canonClass
      this.width = width
      this.classOf = classOf
      const delta = new Int32Array(anchors.states * width).fill(-1)
      const edges = decodeInts(anchors.edges)
      for (let e = 0; e < edges.length; e += 2) delta[edges[e] as number] = edges[e + 1] as number
      this.delta = delta
      this.failOffset = decodeInts(anchors.fail)
      this.firstOutput = anchors.quiet * width
      this.out = decodeInts(anchors.out)
      this.tagWords = decodeInts(anchors.tagWords)
      ;({ table: this.table, rankOf: this.rankOf, stateOf: this.stateOf, rankOut: this.rankOut, rankTags: this.rankTags } = this.scanLayout())
      this.makeRun()
      return
    }
    const words = Math.ceil(tagCount / 32)
    this.words = words
    // The alphabet: every canonical character of the anchors; 0 is any other character.
    const canonClass = new Map<number, number>()
    for (const a of anchors) {
      for (let i = 0; i < a.length; i++) {
        const k = canonicalize(a.charCodeAt(i))
        if (!canonClass.has(k)) canonClass.set(k, canonClass.size + 1)
      }
    }
    this.canonClass = canonClass
    const width = canonClass.size + 1
    this.width = width
    // A non-ASCII character's class is found the first time a line holds it (canonicalize is slow).
    this.classOf = new Uint16Array(65536).fill(UNKNOWN, 128)
    for (let c = 0; c < 128; c++) this.classOf[c] = canonClass.get(canonicalize(c)) ?? 0
    // The trie, in the transition table itself (a state's row is filled in below).
    let chars = 1
    for (const a of anchors) chars += a.length
    const delta = new Int32Array(chars * width).fill(-1)
    const out = new Int32Array(chars)
    const tagged = new Int32Array(chars * words)
    let states = 1
    /** The trie's edges, as they are made: parent, class, child. */
    const edges: number[] = []
    anchors.forEach((anchor, n) => {
      let s = 0
      for (let i = 0; i < anchor.length; i++) {
        const cls = this.classOf_(anchor.charCodeAt(i))
        let next = delta[s * width + cls] as number
        if (next < 0) {
          next = states++
          delta[s * width + cls] = next
          edges.push(s, cls, next)
        }
        s = next
      }
      out[s] = (out[s] as number) | (masks[n] as number)
      for (const t of tags[n] ?? []) {
        tagged[s * words + (t >> 5)] = (tagged[s * words + (t >> 5)] as number) | (1 << (t & 31))
        out[s] = (out[s] as number) | TAGGED
      }
    })
    // The trie's edges, parent first (states are numbered in the order they were made, so a
    // parent's number is smaller than its children's: ordering by depth needs a queue).
    const children: number[][] = Array.from({ length: states }, () => [])
    for (let e = 0; e < edges.length; e += 3) (children[edges[e] as number] as number[]).push(edges[e + 1] as number, edges[e + 2] as number)
    // Failure links, breadth first, over the trie's edges only: a transition the trie lacks is
    // found when a line first needs it (scan), so building costs the anchors' length, not
    // states × alphabet.
    const fail = new Int32Array(states)
    const go = (from: number, cls: number): number => {
      let f = from
      for (;;) {
        const next = delta[f * width + cls] as number
        if (next >= 0) return next
        if (f === 0) return 0
        f = fail[f] as number
      }
    }
    const queue: number[] = [0]
    for (let head = 0; head < queue.length; head++) {
      const st = queue[head] as number
      const own = children[st] as number[]
      for (let e = 0; e < own.length; e += 2) {
        const cls = own[e] as number
        const next = own[e + 1] as number
        const f = st === 0 ? 0 : go(fail[st] as number, cls)
        fail[next] = f
        out[next] = (out[next] as number) | (out[f] as number)
        for (let w = 0; w < words; w++) tagged[next * words + w] = (tagged[next * words + w] as number) | (tagged[f * words + w] as number)
        queue.push(next)
      }
    }
    // Renumber: the root first, states without output, then those with one; a transition is
    // the target's row offset (number × width), -1 until it is first needed.
    const order: number[] = [0]
    for (let st = 1; st < states; st++) if (out[st] === 0) order.push(st)
    const quiet = order.length
    for (let st = 1; st < states; st++) if (out[st] !== 0) order.push(st)
    const renumbered = new Int32Array(states)
    order.forEach((st, n) => {
      renumbered[st] = n
    })
    const table = new Int32Array(states * width).fill(-1)
    const failOffset = new Int32Array(states)
    for (let st = 0; st < states; st++) {
      const own = children[st] as number[]
      const row = (renumbered[st] as number) * width
      for (let e = 0; e < own.length; e += 2) table[row + (own[e] as number)] = (renumbered[own[e + 1] as number] as number) * width
      failOffset[renumbered[st] as number] = (renumbered[fail[st] as number] as number) * width
    }
    // The root's row is whole: a character no anchor begins with stays at the root.
    for (let cls = 0; cls < width; cls++) if ((table[cls] as number) < 0) table[cls] = 0
    const outputs = new Int32Array(states - quiet)
    const tagWords = new Int32Array((states - quiet) * words)
    for (let n = quiet; n < states; n++) {
      const st = order[n] as number
      outputs[n - quiet] = out[st] as number
      for (let w = 0; w < words; w++) tagWords[(n - quiet) * words + w] = tagged[st * words + w] as number
    }
    this.delta = table
    this.failOffset = failOffset
    this.tagWords = tagWords
    this.firstOutput = quiet * width
    this.out = outputs
    ;({ table: this.table, rankOf: this.rankOf, stateOf: this.stateOf, rankOut: this.rankOut, rankTags: this.rankTags } = this.scanLayout())
    this.makeRun()
  }

  /**
   * `table`'s order (breadth first over the trie's edges, the only transitions `delta` holds
   * before any scan) and each state's outputs in it; the table itself is filled as scans go.
   */
  private scanLayout(): { table: Int32Array; rankOf: Int32Array; stateOf: Int32Array; rankOut: Int32Array; rankTags: Int32Array } {
    const { delta, width, words, firstOutput } = this
    const states = delta.length / width
    const rankOf = new Int32Array(states).fill(-1)
    const stateOf = new Int32Array(states)
    rankOf[0] = 0
    let ranked = 1
    for (let head = 0; head < ranked; head++) {
      const row = (stateOf[head] as number) * width
      for (let cls = 0; cls < width; cls++) {
        const next = delta[row + cls] as number
        if (next < 0 || rankOf[next / width] !== -1) continue
        rankOf[next / width] = ranked
        stateOf[ranked++] = next / width
      }
    }
    const rankOut = new Int32Array(states)
    const rankTags = new Int32Array(states * words)
    for (let n = 0; n < states; n++) {
      const k = ((stateOf[n] as number) * width - firstOutput) / width
      if (k < 0) continue
      rankOut[n] = this.out[k] as number
      for (let w = 0; w < words; w++) rankTags[n * words + w] = this.tagWords[k * words + w] as number
    }
    return { table: new Int32Array(states * width).fill(-1), rankOf, stateOf, rankOut, rankTags }
  }

  /** What restores this automaton without its anchors (taken before any scan: a scan adds transitions). */
  toData(): ScannerData {
    const { delta, width } = this
    const edges: number[] = []
    for (let i = 0; i < delta.length; i++) if ((delta[i] as number) >= 0) edges.push(i, delta[i] as number)
    const canon: number[] = []
    for (const [c, cls] of this.canonClass) canon[cls - 1] = c
    return { canon, words: this.words, quiet: this.firstOutput / width, states: delta.length / width, edges: encodeInts(edges), fail: encodeInts(this.failOffset), out: encodeInts(this.out), tagWords: encodeInts(this.tagWords) }
  }

  /** The transition from the state at row `row` on `cls` the trie lacks: its failure link's, remembered. */
  private follow(row: number, cls: number): number {
    const { delta, failOffset, width } = this
    let f = row
    let next: number
    do {
      f = failOffset[f / width] as number
      next = delta[f + cls] as number
    } while (next < 0)
    delta[row + cls] = next
    return next
  }

  private classOf_(c: number): number {
    let cls = this.classOf[c] as number
    if (cls === UNKNOWN) {
      cls = this.canonClass.get(canonicalize(c)) ?? 0
      this.classOf[c] = cls
    }
    return cls
  }

  /** The entry of `table` at `row` (a state's row offset there) on the character `c`, the first time it is needed: from `delta`, remembered. */
  private step(row: number, c: number): number {
    const cls = this.classOf_(c)
    const known = this.table[row + cls] as number
    if (known >= 0) return known
    const { width } = this
    const from = (this.stateOf[row / width] as number) * width
    const next = this.delta[from + cls] as number
    const target = this.rankOf[(next >= 0 ? next : this.follow(from, cls)) / width] as number
    const entry = ((target * width) << 1) | (this.rankOut[target] !== 0 ? 1 : 0)
    this.table[row + cls] = entry
    return entry
  }

  /** The rows (in `table`) of the output states the last scan passed, in order: its tags are read from them only when asked. */
  private readonly hits = new Int32Array(HITS)
  private hitCount = 0
  /** The tags of a line too long for `hits`, gathered as it was scanned. */
  private longTags: Int32Array | undefined
  private run: (line: string) => number = () => 0

  /**
   * The bits of every anchor `line` holds; with `tags`, the tags of those anchors (the array is
   * cleared first, `words` long), else `tagsOfLastScan` gives them later.
   */
  scan(line: string, tags?: Int32Array): number {
    let found = 0
    if (line.length > HITS) {
      found = this.scanLong(line)
    } else {
      const h = this.run(line)
      this.hitCount = h
      this.longTags = undefined
      const { hits, rankOut, width } = this
      for (let k = 0; k < h; k++) found |= rankOut[(hits[k] as number) / width] as number
    }
    if (tags) this.tagsOfLastScan(tags)
    return found
  }

  /**
   * The scan's loop, made once per automaton as a closure over its tables (measured about 15%
   * faster than the same loop as a method reading them from `this`). Notes each output's row in
   * `hits` (a line no longer than `hits`), and returns how many.
   */
  private makeRun(): void {
    const { table, classOf, hits } = this
    const step = (row: number, c: number): number => this.step(row, c)
    this.run = (line: string): number => {
      let h = 0
      let s = 0
      for (let i = 0, n = line.length; i < n; i++) {
        const c = line.charCodeAt(i)
        const cls = classOf[c] as number
        // A character not met before (UNKNOWN), or a transition not yet looked up.
        let entry = cls === UNKNOWN ? -1 : (table[s + cls] as number)
        if (entry < 0) entry = step(s, c)
        s = entry >> 1
        // Outputs are frequent in ordinary text (the gates' short anchors): only noted here.
        if ((entry & 1) !== 0) hits[h++] = s
      }
      return h
    }
  }

  /** A line longer than `hits`: its outputs and tags gathered as it is scanned. */
  private scanLong(line: string): number {
    const { rankOut, rankTags, words, width } = this
    const tags = (this.longTags = new Int32Array(words))
    let s = 0
    let found = 0
    for (let i = 0, n = line.length; i < n; i++) {
      const c = line.charCodeAt(i)
      const cls = this.classOf[c] as number
      let entry = cls === UNKNOWN ? -1 : (this.table[s + cls] as number)
      if (entry < 0) entry = this.step(s, c)
      s = entry >> 1
      if ((entry & 1) === 0) continue
      const k = s / width
      found |= rankOut[k] as number
      for (let w = 0; w < words; w++) tags[w] = (tags[w] as number) | (rankTags[k * words + w] as number)
    }
    return found
  }

  /** The tags of the anchors the last scan found, into `tags` (cleared first, `words` long). */
  tagsOfLastScan(tags: Int32Array): void {
    const { hits, hitCount, rankOut, rankTags, words, width } = this
    if (this.longTags) {
      tags.set(this.longTags)
      return
    }
    tags.fill(0)
    for (let k = 0; k < hitCount; k++) {
      const n = (hits[k] as number) / width
      if (((rankOut[n] as number) & TAGGED) === 0) continue
      for (let w = 0; w < words; w++) tags[w] = (tags[w] as number) | (rankTags[n * words + w] as number)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// First characters of an expression, from its source.

/** The ASCII white space as bits: 9 to 13 in the first word, the space (32) in the second. */
const WS_LOW = 0b11111 << 9
const WS_SPACE = 1

/** A set of code units (ASCII as bits, others listed); `any`: it may be any character. */
class CharSet {
  any = false
  private readonly ascii = [0, 0, 0, 0]
  private other: Set<number> | undefined

  static any(): CharSet {
    const set = new CharSet()
    set.any = true
    return set
  }

  static of(...codes: number[]): CharSet {
    const set = new CharSet()
    for (const c of codes) set.add(c)
    return set
  }

  add(c: number): void {
    if (c < 128) this.ascii[c >> 5] = (this.ascii[c >> 5] as number) | (1 << (c & 31))
    else (this.other ??= new Set()).add(c)
  }

  has(c: number): boolean {
    return c < 128 ? ((this.ascii[c >> 5] as number) & (1 << (c & 31))) !== 0 : this.other?.has(c) === true
  }

  addAll(from: CharSet): void {
    if (from.any) this.any = true
    if (this.any) return
    for (let k = 0; k < 4; k++) this.ascii[k] = (this.ascii[k] as number) | (from.ascii[k] as number)
    if (from.other) for (const c of from.other) this.add(c)
  }

  hasWs(): boolean {
    if (((this.ascii[0] as number) & WS_LOW) !== 0 || ((this.ascii[1] as number) & WS_SPACE) !== 0) return true
    if (this.other) for (const c of this.other) if (IS_WS[c] === 1) return true
    return false
  }

  withoutWs(): CharSet {
    const set = new CharSet()
    set.ascii[0] = (this.ascii[0] as number) & ~WS_LOW
    set.ascii[1] = (this.ascii[1] as number) & ~WS_SPACE
    set.ascii[2] = this.ascii[2] as number
    set.ascii[3] = this.ascii[3] as number
    if (this.other) for (const c of this.other) if (IS_WS[c] === 0) set.add(c)
    return set
  }

  /** Every code unit listed (none when `any`). */
  codes(): number[] {
    const out: number[] = []
    for (let k = 0; k < 4; k++) {
      let bits = this.ascii[k] as number
      while (bits !== 0) {
        const low = bits & -bits
        out.push(k * 32 + 31 - Math.clz32(low))
        bits ^= low
      }
    }
    if (this.other) out.push(...this.other)
    return out
  }

  /** The only code unit, when there is exactly one. */
  single(): number | undefined {
    if (this.any) return undefined
    const codes = this.codes()
    return codes.length === 1 ? codes[0] : undefined
  }
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

const ANY = (): CharSet => CharSet.any()
const NONE = (): CharSet => new CharSet()
const union = (into: CharSet, from: CharSet): void => into.addAll(from)
const range = (from: number, to: number): CharSet => {
  if (to - from > 4096) return ANY()
  const set = NONE()
  for (let c = from; c <= to; c++) set.add(c)
  return set
}
const WORD_CODES = [...range(48, 57).codes(), ...range(65, 90).codes(), ...range(97, 122).codes(), 95]
const WORD_SET = CharSet.of(...WORD_CODES)
const WORD = (): CharSet => {
  const set = NONE()
  set.addAll(WORD_SET)
  return set
}
const SPACE_SET = CharSet.of(...WS)
const SPACE = (): CharSet => {
  const set = NONE()
  set.addAll(SPACE_SET)
  return set
}
const hasWs = (set: CharSet): boolean => set.any || set.hasWs()
const withoutWs = (set: CharSet): CharSet => (set.any ? ANY() : set.withoutWs())

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
        if (escaped) code = escaped.single()
        j = next
      } else {
        code = src.charCodeAt(j)
        from = CharSet.of(code)
        j++
      }
      if (src[j] === '-' && src[j + 1] !== ']' && code !== undefined) {
        j++
        let to: number
        if (src[j] === '\\') {
          const [escaped, next] = escapeChars(src, j, true)
          to = escaped?.single() ?? 65535
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
  return [CharSet.of(src.charCodeAt(i)), i + 1]
}

function escapeChars(src: string, i: number, inClass: boolean): [CharSet | undefined, number] {
  const e = src[i + 1] as string
  switch (e) {
    case 'd': return [range(48, 57), i + 2]
    case 'w': return [WORD(), i + 2]
    case 's': return [SPACE(), i + 2]
    case 'D': case 'W': case 'S': return [ANY(), i + 2]
    case 'b': return inClass ? [CharSet.of(8), i + 2] : [undefined, i + 2]
    case 'B': return [undefined, i + 2]
    case 'n': return [CharSet.of(10), i + 2]
    case 'r': return [CharSet.of(13), i + 2]
    case 't': return [CharSet.of(9), i + 2]
    case 'f': return [CharSet.of(12), i + 2]
    case 'v': return [CharSet.of(11), i + 2]
    case '0': return [CharSet.of(0), i + 2]
    case 'u': return [CharSet.of(Number.parseInt(src.slice(i + 2, i + 6), 16)), i + 6]
    case 'x': return [CharSet.of(Number.parseInt(src.slice(i + 2, i + 4), 16)), i + 4]
    case 'p': case 'P': return [ANY(), src.indexOf('}', i) + 1]
    case 'k': return [ANY(), src.indexOf('>', i) + 1]
    default:
      if (/\d/.test(e)) {
        let j = i + 1
        while (/\d/.test(src[j] ?? '')) j++
        return [ANY(), j]
      }
      return [CharSet.of(src.charCodeAt(i + 1)), i + 2]
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
    for (const c of set.codes()) {
      // ASCII letters: both cases (toUpperCase and toLowerCase of the others are themselves).
      if (c < 128) {
        out.add(c)
        if (c >= 65 && c <= 90) out.add(c + 32)
        else if (c >= 97 && c <= 122) out.add(c - 32)
        continue
      }
      const s = String.fromCharCode(c)
      const variants = [s, s.toLowerCase(), s.toUpperCase()].filter(v => v.length === 1)
      // A non-ASCII letter may have more case variants than these: any character, then.
      if (c >= 128 && variants.some(v => v !== s)) return ANY()
      for (const v of variants) out.add(v.charCodeAt(0))
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

/** A line-start index as `npm run build` stores it (derived.ts): lists of expression numbers, and which list each character gets. */
export interface LineStartData {
  readonly lists: readonly (readonly number[])[]
  readonly plain: readonly number[]
  readonly plainOther: readonly (readonly [number, number])[]
  readonly plainDefault: number
  readonly spaced: readonly number[]
  readonly spacedOther: readonly (readonly [number, number])[]
  readonly spacedDefault: number
  readonly blank: number
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
  /**
   * Each distinct list once, by number (`listId`), so that what a caller derives from a list is
   * found by a number instead of a map lookup; and the number of each ASCII character's lists.
   */
  readonly lists: readonly (readonly number[])[] = []
  private readonly plainId = new Int32Array(128)
  private readonly spacedId = new Int32Array(128)
  private readonly ids = new Map<readonly number[], number>()

  constructor(patterns: readonly { readonly source: string; readonly caseless: boolean }[] | LineStartData) {
    if ('lists' in patterns) {
      // Restored from what `npm run build` derived (derived.ts): no expression is parsed.
      const list = (id: number): readonly number[] => patterns.lists[id] as readonly number[]
      for (let c = 0; c < 128; c++) {
        this.plain[c] = list(patterns.plain[c] as number)
        this.spaced[c] = list(patterns.spaced[c] as number)
      }
      for (const [c, id] of patterns.plainOther) this.plainOther.set(c, list(id))
      for (const [c, id] of patterns.spacedOther) this.spacedOther.set(c, list(id))
      this.plainDefault = list(patterns.plainDefault)
      this.spacedDefault = list(patterns.spacedDefault)
      this.blank = list(patterns.blank)
      this.numberLists()
      return
    }
    const infos = patterns.map(p => (anchoredAtStart(p.source) ? firstOf(p.source, p.caseless) : undefined))
    const keys = new Set<number>()
    for (const info of infos) {
      if (!info) continue
      for (const c of info.first.codes()) keys.add(c)
      for (const c of info.afterWs.codes()) keys.add(c)
    }
    // Each expression goes into the lists of the characters it may begin with, in order.
    const always = (info: First | undefined): boolean => !info || info.nullable || info.first.any
    const plain: number[][] = []
    const spaced: number[][] = []
    const plainOther = new Map<number, number[]>()
    const spacedOther = new Map<number, number[]>()
    const plainDefault: number[] = []
    const spacedDefault: number[] = []
    const blank: number[] = []
    for (let c = 0; c < 128; c++) {
      plain[c] = []
      spaced[c] = []
    }
    for (const c of keys) {
      if (c < 128) continue
      plainOther.set(c, [])
      spacedOther.set(c, [])
    }
    const lists = (ascii: number[][], other: Map<number, number[]>, fallback: number[]): number[][] => [...ascii, ...other.values(), fallback]
    infos.forEach((info, n) => {
      if (always(info)) {
        for (const list of lists(plain, plainOther, plainDefault)) list.push(n)
      } else {
        for (const c of (info as First).first.codes()) (c < 128 ? plain[c] : plainOther.get(c))?.push(n)
      }
      const spacedAlways = !info || info.nullable || (hasWs(info.first) && (info.wsOnly || info.afterWs.any))
      if (spacedAlways) {
        for (const list of lists(spaced, spacedOther, spacedDefault)) list.push(n)
        blank.push(n)
      } else if (hasWs((info as First).first)) {
        for (const c of (info as First).afterWs.codes()) (c < 128 ? spaced[c] : spacedOther.get(c))?.push(n)
      }
    })
    for (let c = 0; c < 128; c++) {
      this.plain[c] = keys.has(c) ? (plain[c] as number[]) : plainDefault
      this.spaced[c] = keys.has(c) ? (spaced[c] as number[]) : spacedDefault
    }
    for (const [c, list] of plainOther) this.plainOther.set(c, list)
    for (const [c, list] of spacedOther) this.spacedOther.set(c, list)
    this.plainDefault = plainDefault
    this.spacedDefault = spacedDefault
    this.blank = blank
    this.numberLists()
  }

  private numberLists(): void {
    const id = (list: readonly number[]): number => {
      let n = this.ids.get(list)
      if (n === undefined) {
        n = this.lists.length
        this.ids.set(list, n)
        ;(this.lists as (readonly number[])[]).push(list)
      }
      return n
    }
    for (let c = 0; c < 128; c++) {
      this.plainId[c] = id(this.plain[c] as readonly number[])
      this.spacedId[c] = id(this.spaced[c] as readonly number[])
    }
    for (const list of [...this.plainOther.values(), ...this.spacedOther.values(), this.plainDefault, this.spacedDefault, this.blank]) id(list)
  }

  /** What restores this index without its expressions: each distinct list once, and which list each character gets. */
  toData(): LineStartData {
    const lists: (readonly number[])[] = []
    const ids = new Map<string, number>()
    const id = (list: readonly number[]): number => {
      const key = list.join(',')
      let n = ids.get(key)
      if (n === undefined) {
        n = lists.length
        ids.set(key, n)
        lists.push(list)
      }
      return n
    }
    return {
      lists: lists as readonly (readonly number[])[],
      plain: this.plain.map(id), plainOther: [...this.plainOther].map(([c, list]) => [c, id(list)] as const), plainDefault: id(this.plainDefault),
      spaced: this.spaced.map(id), spacedOther: [...this.spacedOther].map(([c, list]) => [c, id(list)] as const), spacedDefault: id(this.spacedDefault),
      blank: id(this.blank)
    }
  }

  /** The number, in `lists`, of the list `candidates` gives. */
  listId(line: string, at = 0): number {
    const n = line.length
    if (at >= n) return this.ids.get(this.blank) as number
    let c = line.charCodeAt(at)
    if (IS_WS[c] === 0) return c < 128 ? (this.plainId[c] as number) : (this.ids.get(this.plainOther.get(c) ?? this.plainDefault) as number)
    let i = at + 1
    while (i < n && IS_WS[line.charCodeAt(i)] === 1) i++
    if (i >= n) return this.ids.get(this.blank) as number
    c = line.charCodeAt(i)
    return c < 128 ? (this.spacedId[c] as number) : (this.ids.get(this.spacedOther.get(c) ?? this.spacedDefault) as number)
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
