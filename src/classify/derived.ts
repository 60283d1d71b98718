// What the classifier derives from the knowledge base's expressions (the pre-filter's automaton,
// the line-start indexes) is a pure function of their sources, and deriving it means parsing
// every expression: about 0.2 s of CPU on the first line of every run. `npm run build` derives
// it once (scripts/derive-knowledge.mjs, deriveKnowledge() below) into derived.generated.ts,
// each piece with the sources it was derived from; at run time a piece is taken from there only
// when those sources are exactly the ones in use, else derived as before. So a rule added
// without a build costs time, never a line: and a unit test fails until the build is run.
import { DERIVED } from './derived.generated.js'
import { LineStartIndex, type LineStartData } from './scan.js'

/** A derived piece and the sources it was derived from. */
export interface Stored<T> {
  readonly key: string
  readonly value: T
}

/** The sources and flags of expressions, as a key (and of anything else a piece depends on, first). */
export function patternsKey(patterns: readonly RegExp[], prefix = ''): string {
  let key = prefix
  for (const p of patterns) key += `\n/${p.source}/${p.flags}`
  return key
}

let stored: Record<string, Stored<unknown> | undefined> | undefined

/** The piece `name` as the build derived it, when it was derived from exactly `key`. */
export function storedPiece<T>(name: string, key: string): T | undefined {
  stored ??= JSON.parse(DERIVED) as Record<string, Stored<unknown> | undefined>
  const entry = stored[name]
  return entry !== undefined && entry.key === key ? (entry.value as T) : undefined
}

/** A line-start index over `patterns`: the stored one when it is of these very expressions. */
export function lineStartIndex(name: string, patterns: readonly RegExp[]): LineStartIndex {
  const data = storedPiece<LineStartData>(name, patternsKey(patterns))
  return new LineStartIndex(data ?? lineStartInput(patterns))
}

/** What a line-start index is derived from. */
export const lineStartInput = (patterns: readonly RegExp[]): { source: string; caseless: boolean }[] => patterns.map(p => ({ source: p.source, caseless: p.flags.includes('i') }))

/** A line-start index derived from `patterns`, as the build stores it. */
export function deriveLineStart(patterns: readonly RegExp[]): Stored<LineStartData> {
  return { key: patternsKey(patterns), value: new LineStartIndex(lineStartInput(patterns)).toData() }
}
