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

// Text written by someone else (a report from another runner, a matrix value): before it reaches
// an output, the log or the summary it becomes one bounded line with no control, bidirectional
// or zero-width format characters, so it can neither start a workflow command nor disguise itself.

// eslint-disable-next-line no-control-regex
const CONTROL_OR_FORMAT = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g

/** One line of at most `max` characters: breaks and tabs become spaces, format characters go. */
export function oneLine(text: string, max = 300): string {
  const flat = text.replace(/[\r\n\t\u2028\u2029\u0085]+/g, ' ').replace(CONTROL_OR_FORMAT, '').replace(/ {2,}/g, ' ').trim()
  return clip(flat, max)
}
