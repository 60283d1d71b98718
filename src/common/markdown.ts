// Text from the log or the PR is hostile: it must render as text, never as markup.
import { safeLine } from './text.js'

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** For text inside HTML elements such as <pre> and <code>: each line goes through safeLine, LF line ends stay. */
export function escapeHtml(text: string): string {
  return text.split(/\r?\n/).map(safeLine).join('\n').replace(/[&<>"']/g, char => HTML_ENTITIES[char] as string)
}

/**
 * For text in markdown paragraphs, list items and table cells: HTML-escaped, markdown
 * punctuation backslash-escaped, pipes encoded, and kept on one line.
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(safeLine(text))
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
  return `<code>${escapeHtml(safeLine(text)).replace(/[|\\`*_[\]~]/g, char => `&#${char.charCodeAt(0)};`)}</code>`
}
