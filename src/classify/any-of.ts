// Many expressions as one: a line none of them matches costs one test, not one per expression.

/** Named groups repeat across expressions: one alternation needs them unnamed. */
export const unnamed = (source: string): string => source.replace(/\(\?<([A-Za-z]\w*)>/g, '(?:')

/** Whether any of `patterns` matches; case-insensitive patterns get an alternation of their own. */
export function anyOf(patterns: readonly RegExp[]): (line: string) => boolean {
  const join = (list: readonly RegExp[]): RegExp | undefined => (list.length === 0 ? undefined : new RegExp(list.map(p => `(?:${unnamed(p.source)})`).join('|'), list[0]?.flags.includes('i') ? 'i' : ''))
  const plain = join(patterns.filter(p => !p.flags.includes('i')))
  const folded = join(patterns.filter(p => p.flags.includes('i')))
  return line => (plain?.test(line) ?? false) || (folded?.test(line) ?? false)
}
