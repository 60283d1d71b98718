// JUnit XML, the report format nearly every runner can write (pytest --junitxml, jest-junit,
// vitest's junit reporter, node:test's junit reporter, mocha-junit-reporter, surefire, gradle,
// go-junit-report, cargo2junit, the .NET JUnit logger, rspec_junit_formatter). Only what
// classification needs is read: each test case, its failures and errors (type, message and
// text), whether it was skipped, and its own output.
//
// Read by a real XML parser (fast-xml-parser), checked for well-formedness first, so that text
// is text: a passing test whose <system-out> quotes `<failure message="boom"/>` in CDATA stays
// passing, and a failing test whose output contains `</testcase>` stays failing.
//
// A report is untrusted input. Nothing in it is ever evaluated or fetched: entities declared in a
// DOCTYPE are never expanded (a reference to one stays literal text), only the five predefined
// XML entities and numeric character references are decoded, and decoding never makes text
// longer than its source, so the work is linear in the size of the report (the caller bounds the
// file at 64 MiB).
import { XMLParser, XMLValidator, type EntityDecoderOptions, type X2jOptions } from 'fast-xml-parser'

export interface JUnitFailure {
  /** `failure` (an assertion did not hold) or `error` (the test raised). */
  readonly kind: 'failure' | 'error'
  /** The element's `type` attribute (an exception class, usually). */
  readonly type: string
  readonly message: string
  /** The element's text, CDATA included verbatim: the trace, or the runner's message block. */
  readonly text: string
  /** 1-based line of the report where the element starts. */
  readonly line: number
  /** 1-based line of the report where the element's text starts. */
  readonly textLine: number
}

export interface JUnitCase {
  /** `classname.name`, or `name` alone. */
  readonly id: string
  readonly name: string
  readonly classname: string
  readonly file: string
  /** The `time` attribute in seconds, when it is a number. */
  readonly time: number | undefined
  readonly outcome: 'passed' | 'failure' | 'error' | 'skipped'
  /** The first failure's (else the first error's) `type` attribute. */
  readonly type: string
  readonly message: string
  /** The first failure's (else the first error's) text. */
  readonly text: string
  /** Every `<failure>` and `<error>` of the case, in document order. */
  readonly failures: readonly JUnitFailure[]
  /** The case's own `<system-out>` and `<system-err>` text (empty when absent). */
  readonly systemOut: string
  readonly systemErr: string
  /** 1-based line of the report where the test case starts. */
  readonly line: number
}

/**
 * Only the predefined XML entities and numeric character references. DOCTYPE entities reach
 * `addInputEntities` and are dropped there, so `&lol9;` in a billion-laughs document stays the
 * six characters it is. (fast-xml-parser's own decoder, with `htmlEntities: false`, would leave
 * `&#10;` undecoded, and it accepts DOCTYPE entities within limits; this one does neither.)
 */
const entityDecoder: EntityDecoderOptions = {
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
  decode: decodeEntities
}

const TEXT = '#text'
const CDATA = '#cdata'
const ATTRIBUTES = ':@'

const OPTIONS: X2jOptions = {
  preserveOrder: true, // text, CDATA and elements in document order
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false, // strings stay strings
  parseAttributeValue: false,
  trimValues: false, // a trace keeps its indentation
  cdataPropName: CDATA, // CDATA is never entity-decoded
  commentPropName: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true, // through entityDecoder below: predefined entities and NCRs only
  htmlEntities: false,
  entityDecoder,
  stopNodes: [],
  unpairedTags: [],
  allowBooleanAttributes: false,
  captureMetaData: true // element start offsets, for line numbers
}

const META = XMLParser.getMetaDataSymbol() as unknown as string

type XmlNode = Record<string, unknown>

/** Every test case of a report. Throws a clear error when the text is not (well-formed) JUnit XML. */
export function parseJUnit(source: string): JUnitCase[] {
  const xml = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  if (!/<(?:testsuites|testsuite|testcase)[\s/>]/.test(xml)) {
    throw new Error('not a JUnit XML report (no <testsuites>, <testsuite> or <testcase> element)')
  }
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new Error(notWellFormed(valid.err))
  let document: XmlNode[]
  try {
    document = new XMLParser(OPTIONS).parse(xml) as XmlNode[]
  } catch (error) {
    // Well-formed, but refused: an external or parameter entity, nesting past maxNestedTags.
    throw new Error(`XML not accepted: ${error instanceof Error ? error.message : String(error)}`)
  }
  const lines = new LineIndex(xml)
  const cases: JUnitCase[] = []
  let found = false
  const visit = (nodes: readonly XmlNode[]): void => {
    for (const node of nodes) {
      const tag = tagOf(node)
      if (tag === 'testcase') {
        found = true
        cases.push(caseOf(node, lines, xml))
      } else if (tag === 'testsuites' || tag === 'testsuite') {
        found = true
        visit(childrenOf(node, tag))
      }
    }
  }
  visit(document)
  if (!found) throw new Error('not a JUnit XML report (its root element is not <testsuites>, <testsuite> or <testcase>)')
  return cases
}

function notWellFormed(err: { code: string; msg: string; line: number; col: number }): string {
  // The validator reports elements left open at the end as a JSON list of their names.
  const open = /^Invalid '(\[[\s\S]*\])' found\.$/.exec(err.msg)?.[1]
  if (err.code === 'InvalidXml' && open !== undefined) {
    let names: unknown
    try {
      names = JSON.parse(open)
    } catch {
      names = undefined
    }
    if (Array.isArray(names)) return `not well-formed XML: the report ends inside ${names.map(n => `<${String(n)}>`).join(' ')} (cut short?)`
  }
  return `not well-formed XML at line ${err.line}, column ${err.col}: ${err.msg}`
}

function caseOf(node: XmlNode, lines: LineIndex, xml: string): JUnitCase {
  const attrs = attributesOf(node)
  const name = attrs.name ?? ''
  const classname = attrs.classname ?? attrs.class ?? ''
  const failures: JUnitFailure[] = []
  let skipped = false
  let systemOut = ''
  let systemErr = ''
  for (const child of childrenOf(node, 'testcase')) {
    const tag = tagOf(child)
    if (tag === 'failure' || tag === 'error') {
      const a = attributesOf(child)
      const start = startOf(child)
      failures.push({ kind: tag, type: a.type ?? '', message: a.message ?? '', text: textOf(childrenOf(child, tag)), line: lines.lineAt(start), textLine: lines.lineAt(openTagEnd(xml, start)) })
    } else if (tag === 'skipped') skipped = true
    else if (tag === 'system-out') systemOut += textOf(childrenOf(child, tag))
    else if (tag === 'system-err') systemErr += textOf(childrenOf(child, tag))
    // rspec/cargo reports sometimes put the failure in system-out only; the element decides.
  }
  const primary = failures.find(f => f.kind === 'failure') ?? failures[0]
  const time = attrs.time === undefined ? Number.NaN : Number(attrs.time.replaceAll(',', ''))
  return {
    id: classname ? `${classname}.${name}` : name,
    name,
    classname,
    file: attrs.file ?? '',
    time: Number.isFinite(time) ? time : undefined,
    outcome: primary ? primary.kind : skipped ? 'skipped' : 'passed',
    type: primary?.type ?? '',
    message: primary?.message ?? '',
    text: primary?.text ?? '',
    failures,
    systemOut,
    systemErr,
    line: lines.lineAt(startOf(node))
  }
}

/** The element name of a node in preserveOrder form (`{ tag: children, ':@': attributes }`). */
function tagOf(node: XmlNode): string | undefined {
  for (const key of Object.keys(node)) if (key !== ATTRIBUTES) return key
  return undefined
}

function childrenOf(node: XmlNode, tag: string): XmlNode[] {
  const children = node[tag]
  return Array.isArray(children) ? (children as XmlNode[]) : []
}

function attributesOf(node: XmlNode): Readonly<Partial<Record<string, string>>> {
  const raw = node[ATTRIBUTES]
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>
  if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw)) if (typeof value === 'string') attrs[key] = value
  }
  return attrs
}

function startOf(node: XmlNode): number {
  const meta = node[META] as { startIndex?: number } | undefined
  return meta?.startIndex ?? 0
}

/** An element's text content: text and CDATA in document order, nested elements' text included. */
function textOf(nodes: readonly XmlNode[]): string {
  let out = ''
  for (const node of nodes) {
    const tag = tagOf(node)
    if (tag === undefined) continue
    const value = node[tag]
    if (tag === TEXT) out += typeof value === 'string' ? value : String(value)
    else if (Array.isArray(value)) out += textOf(value as XmlNode[])
  }
  return out
}

/** Index just past the `>` that ends the start tag at `from`, skipping quoted attribute values. */
function openTagEnd(xml: string, from: number): number {
  let quote = ''
  for (let i = from; i < xml.length; i++) {
    const c = xml[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return i + 1
  }
  return from
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** The predefined entities and character references; anything else stays as written. Never lengthens. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/g, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name] as string
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec)
    if (code > 0x10ffff) return whole
    // NUL and lone surrogates are not characters XML allows.
    return code === 0 || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code)
  })
}

/** 1-based line numbers for offsets, by binary search over the newline offsets. */
class LineIndex {
  private readonly newlines: number[] = []

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.newlines.push(i)
  }

  lineAt(offset: number): number {
    let lo = 0
    let hi = this.newlines.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.newlines[mid] as number) < offset) lo = mid + 1
      else hi = mid
    }
    return lo + 1
  }
}
