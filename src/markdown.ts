// Text from the log or the PR is hostile: it must render as text, never as markup.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g

/** Log text made safe to show: colour codes dropped, other control characters (NUL, lone CR, ...) made visible. */
export function printable(text: string): string {
  return text.replace(ANSI, '').replace(CONTROLS, '\uFFFD')
}

/** For text inside HTML elements such as <pre> and <code>. */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"']/g, char => HTML_ENTITIES[char] as string)
}

/**
 * For text in markdown paragraphs, list items and table cells: HTML-escaped, markdown
 * punctuation backslash-escaped, pipes encoded, and kept on one line.
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text.replace(/\r?\n|\r/g, ' '))
    .replace(/[\\`*_[\]~]/g, char => `\\${char}`)
    .replace(/\|/g, '&#124;')
    .replace(/@/g, '@\u200b') // no @-mentions from PR text
}

/**
 * Inline code that survives any content: HTML-escaped inside <code>. Markdown still parses the
 * text between raw <code> tags (`[x](url)` there becomes a link), so its punctuation goes in as
 * character references, which render as the characters and never as structure.
 */
export function code(text: string): string {
  return `<code>${escapeHtml(text.replace(/\r?\n|\r/g, ' ')).replace(/[|\\`*_[\]~]/g, char => `&#${char.charCodeAt(0)};`)}</code>`
}
