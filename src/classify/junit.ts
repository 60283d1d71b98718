// JUnit XML, the report format nearly every runner can write (pytest --junitxml, jest-junit,
// vitest's junit reporter, surefire, gradle, go-junit-report, cargo2junit, the .NET JUnit
// logger, rspec_junit_formatter). Only what classification needs is read: each test case,
// whether it failed or errored, and the failure's type, message and text.
//
// A tiny scanner rather than an XML library: the format is flat, the scan is one linear pass
// with indexOf, and nothing in a report is ever evaluated (no DTDs, no external entities).

export interface JUnitCase {
  /** `classname.name`, or `name` alone. */
  readonly id: string
  readonly name: string
  readonly classname: string
  readonly file: string
  readonly outcome: 'passed' | 'failure' | 'error' | 'skipped'
  /** The failure's `type` attribute (an exception class, usually). */
  readonly type: string
  readonly message: string
  /** The failure element's text: the trace, or the runner's message block. */
  readonly text: string
  /** 1-based line of the report where the test case starts. */
  readonly line: number
}

/** The failing cases of a report. Throws a clear error when the text is not JUnit XML. */
export function parseJUnit(xml: string): JUnitCase[] {
  if (!/<(?:testsuites|testsuite|testcase)\b/.test(xml.slice(0, 64 * 1024)) && !xml.includes('<testcase')) {
    throw new Error('not a JUnit XML report (no <testsuites>, <testsuite> or <testcase> element)')
  }
  const cases: JUnitCase[] = []
  let at = 0
  let lineAt = 0
  let line = 1
  for (;;) {
    const start = xml.indexOf('<testcase', at)
    if (start < 0) break
    const openEnd = tagEnd(xml, start)
    if (openEnd < 0) break
    line += countNewlines(xml, lineAt, start)
    lineAt = start
    const attrs = attributes(xml.slice(start + '<testcase'.length, openEnd))
    const selfClosing = xml[openEnd - 1] === '/'
    let body = ''
    let next = openEnd + 1
    if (!selfClosing) {
      const close = xml.indexOf('</testcase>', openEnd)
      body = close < 0 ? xml.slice(openEnd + 1) : xml.slice(openEnd + 1, close)
      next = close < 0 ? xml.length : close + '</testcase>'.length
    }
    cases.push(caseOf(attrs, body, line))
    at = next
  }
  return cases
}

function caseOf(attrs: Record<string, string>, body: string, line: number): JUnitCase {
  const name = attrs.name ?? ''
  const classname = attrs.classname ?? attrs.class ?? ''
  const base = { id: classname ? `${classname}.${name}` : name, name, classname, file: attrs.file ?? '', line }
  for (const outcome of ['failure', 'error'] as const) {
    const element = firstElement(body, outcome)
    if (element) return { ...base, outcome, type: element.attrs.type ?? '', message: element.attrs.message ?? '', text: element.text }
  }
  // rspec/cargo reports sometimes put the failure in system-out only; the element decides.
  if (firstElement(body, 'skipped')) return { ...base, outcome: 'skipped', type: '', message: '', text: '' }
  return { ...base, outcome: 'passed', type: '', message: '', text: '' }
}

function firstElement(body: string, tag: string): { attrs: Record<string, string>; text: string } | undefined {
  const pattern = new RegExp(`<${tag}(?=[\\s/>])`)
  const found = pattern.exec(body)
  if (!found) return undefined
  const openEnd = tagEnd(body, found.index)
  if (openEnd < 0) return undefined
  const attrs = attributes(body.slice(found.index + tag.length + 1, openEnd))
  if (body[openEnd - 1] === '/') return { attrs, text: '' }
  const close = body.indexOf(`</${tag}>`, openEnd)
  return { attrs, text: textOf(body.slice(openEnd + 1, close < 0 ? body.length : close)) }
}

/** Index of the `>` closing a start tag, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = ''
  for (let i = from; i < xml.length; i++) {
    const c = xml[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return i
  }
  return -1
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  for (const m of source.matchAll(ATTRIBUTE)) attrs[m[1] as string] = decodeEntities(m[2] ?? m[3] ?? '')
  return attrs
}

/** Element content: CDATA sections verbatim, the rest with entities decoded. */
function textOf(content: string): string {
  let out = ''
  let at = 0
  for (;;) {
    const cdata = content.indexOf('<![CDATA[', at)
    if (cdata < 0) {
      out += decodeEntities(content.slice(at))
      break
    }
    out += decodeEntities(content.slice(at, cdata))
    const end = content.indexOf(']]>', cdata)
    out += content.slice(cdata + 9, end < 0 ? content.length : end)
    at = end < 0 ? content.length : end + 3
  }
  return out
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/g, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name] as string
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec)
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++
  return n
}
