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

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g
/** Everything a reader or a log viewer takes as the end of a line. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g
/**
 * Characters that are invisible or change how their neighbours look: controls (tab aside),
 * format characters (bidi overrides and isolates, zero-width space/joiners, word joiner,
 * BOM, soft hyphen, tag characters...), lone surrogates, and the blank fillers that render
 * as nothing. Exported for the audit report, which keeps them as \u escapes instead.
 */
// eslint-disable-next-line no-control-regex
export const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\p{Cf}\p{Cs}\u115f\u1160\u3164\uffa0]/gu

/**
 * THE sanitiser for text from the pull request, a task or the tests' output wherever it is
 * written as one line (job log, outputs, annotations, summary cells, log tail lines):
 * - colour codes are dropped, line breaks become spaces;
 * - other control characters, bidirectional and zero-width format characters become U+FFFD,
 *   so tampering stays visible instead of disguising the text;
 * - workflow-command syntax is defused: the runner obeys `::cmd::` at the start of a line
 *   (after white space) and the legacy `##[cmd]` anywhere in it.
 */
export function safeLine(text: string): string {
  return text
    .replace(ANSI, '')
    .replace(LINE_BREAKS, ' ')
    .replace(HIDDEN_CHARACTERS, '\uFFFD')
    .replace(/##\[/g, '## [')
    .replace(/^(\s*):(?=:)/u, '$1: ')
}

/** safeLine, then bounded: blank runs collapsed, at most `max` characters (matrix values, report fields). */
export function oneLine(text: string, max = 300): string {
  return clip(safeLine(text.replace(/\t/g, ' ')).replace(/ {2,}/g, ' ').trim(), max)
}
