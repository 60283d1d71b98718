// The job summary as people see it: GitHub-flavoured markdown rendered to HTML (raw HTML
// allowed, as GitHub allows <details>, <pre> and <code> in summaries) and opened in headless
// Chromium. No sanitiser runs: the summary's own escaping is what is under test.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import MarkdownIt from 'markdown-it'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Set by any script or event handler that sneaks in from the log. */
export const PWNED_FLAG = '__coachGatePwned'

// GFM as GitHub renders it: tables, strikethrough, autolinked URLs, raw HTML passed through.
const markdown = new MarkdownIt({ html: true, linkify: true })

// A GitHub-like look of our own, so the screenshot reads like a job summary.
const CSS = `
  body { margin: 0; padding: 24px; background: #f6f8fa; color: #1f2328;
    font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", "Liberation Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
  .panel { max-width: 880px; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
  .panel > header { padding: 12px 16px; border-bottom: 1px solid #d0d7de; font-weight: 600; }
  .panel > header span { color: #59636e; font-weight: 400; }
  .markdown-body { padding: 16px 24px 8px; }
  .markdown-body > :first-child { margin-top: 0; }
  h2 { font-size: 1.5em; font-weight: 600; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; margin: 24px 0 16px; }
  h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; }
  p, ul, table, pre, details { margin: 0 0 16px; }
  ul { padding-left: 2em; }
  table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  tr:nth-child(2n) { background: #f6f8fa; }
  td:first-child { font-weight: 600; }
  code { font: 85% ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; background: #818b981f; border-radius: 6px; padding: .2em .4em; }
  pre { font: 85% ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; }
  summary { cursor: pointer; }
`

export function summaryToHtml(summaryMarkdown: string, title: string): string {
  const body = markdown.render(summaryMarkdown)
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${CSS}</style></head>
<body><div class="panel"><header>gate <span>summary</span></header><article class="markdown-body" id="summary">${body}</article></div></body></html>`
}

export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH`)
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'coach-gate-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 960, height: 800 },
    deviceScaleFactor: 1,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  // Nothing in a summary may reach the network: refuse every request but the page itself.
  await context.route('**/*', route => route.abort())
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    }
  }
}

/** What the rendered summary is made of, read from the live DOM. */
export interface SummaryDom {
  readonly firstElement: { tag: string; text: string }
  readonly headings: { tag: string; text: string }[]
  readonly tables: { header: string[]; rows: string[][] }[]
  readonly details: { open: boolean; summary: string; preText: string; childTags: string[] }[]
  /** Tag names of every element in the summary, in document order. */
  readonly tags: string[]
  readonly links: { href: string; text: string }[]
  readonly eventHandlerAttributes: string[]
  /** Text outside code, pre and links that GitHub would turn into an @mention. */
  readonly mentions: string[]
  readonly pwned: unknown
  readonly lastElementText: string
}

export async function openSummary(context: BrowserContext, html: string): Promise<Page> {
  const page = await context.newPage()
  page.on('dialog', dialog => void dialog.dismiss())
  await page.setContent(html, { waitUntil: 'load' })
  return page
}

export async function inspectSummary(page: Page): Promise<SummaryDom> {
  return page.evaluate(flag => {
    const root = document.getElementById('summary') as HTMLElement
    const text = (el: Element | null): string => (el?.textContent ?? '').trim()
    const all = [...root.querySelectorAll('*')]
    const mentions: string[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('code, pre, a')) continue
      for (const match of (node.textContent ?? '').matchAll(/(?:^|[^\w\u200b])@([A-Za-z0-9][\w-]*)/g)) mentions.push(match[1] as string)
    }
    return {
      firstElement: { tag: root.firstElementChild?.tagName.toLowerCase() ?? '', text: text(root.firstElementChild) },
      headings: [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => ({ tag: h.tagName.toLowerCase(), text: text(h) })),
      tables: [...root.querySelectorAll('table')].map(t => ({
        header: [...t.querySelectorAll('thead th')].map(text),
        rows: [...t.querySelectorAll('tbody tr')].map(tr => [...tr.children].map(text))
      })),
      details: [...root.querySelectorAll('details')].map(d => ({
        open: d.hasAttribute('open'),
        summary: text(d.querySelector(':scope > summary')),
        preText: d.querySelector('pre')?.textContent ?? '',
        childTags: [...d.children].map(c => c.tagName.toLowerCase())
      })),
      tags: all.map(e => e.tagName.toLowerCase()),
      links: [...root.querySelectorAll('a')].map(a => ({ href: a.getAttribute('href') ?? '', text: text(a) })),
      eventHandlerAttributes: all.flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => `${e.tagName.toLowerCase()}[${a.name}]`)),
      mentions,
      pwned: (window as unknown as Record<string, unknown>)[flag],
      lastElementText: text(root.lastElementChild)
    }
  }, PWNED_FLAG)
}
