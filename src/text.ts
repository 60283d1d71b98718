// Small text helpers shared by every module that quotes input or errors back to a person.

/** At most `max` characters, ending in `…` when cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** The first line of an error's message, bounded: enough for a summary note, never a stack. */
export function firstLineOf(error: unknown, max = 200): string {
  const message = error instanceof Error ? error.message : String(error)
  return (message.split('\n')[0] ?? '').slice(0, max)
}
