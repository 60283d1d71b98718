// Parses a task's frontmatter. The text comes from the PR's author, so it is data:
// gray-matter's executable engines are replaced by ones that refuse, the size is bounded,
// and every field is type-checked before it is believed.
import matter from 'gray-matter'
import { canonicalService, SERVICE_NAMES } from '../knowledge/names.js'
import { firstLineOf } from '../common/text.js'

export const MAX_FRONTMATTER_BYTES = 64 * 1024
export const MAX_FRONTMATTER_VALUES = 10_000
/** More declared services than any task needs is a sign of abuse, and would swell the outputs. */
export const MAX_DECLARED_SERVICES = 32
const SERVICE_NAME_MAX = 64

export interface ParsedTask {
  /** Where the task came from: a path, or `pull request body`. */
  readonly origin: string
  readonly id: string
  /** Declared services, canonical names where known, original spelling otherwise. */
  readonly requiresInfrastructure: readonly string[]
  /** Declared names coach-gate does not know (still counted as declared). */
  readonly unknownServices: readonly string[]
  /** Set when the task could not be read; the task then declares nothing. */
  readonly error?: string
  /** The line of the task's text the error is on (1-based), when the YAML parser said. */
  readonly errorLine?: number
}

const refuse = (language: string) => ({
  parse: (): never => {
    throw new Error(`'${language}' frontmatter is executable and is refused; use YAML`)
  },
  stringify: (): never => {
    throw new Error('not supported')
  }
})

const ENGINES = {
  js: refuse('js'),
  javascript: refuse('javascript'),
  coffee: refuse('coffee'),
  coffeescript: refuse('coffeescript'),
  cson: refuse('cson')
}

const FRONTMATTER_START = /^\uFEFF?---[^\S\r\n]*([A-Za-z]*)[^\S\r\n]*\r?\n/

/** True when the text opens with a frontmatter fence (`---` on the first line). */
export function hasFrontmatter(text: string): boolean {
  return FRONTMATTER_START.test(text)
}

export function parseTask(text: string, origin: string): ParsedTask {
  const empty = { origin, id: '', requiresInfrastructure: [], unknownServices: [] }
  const opening = FRONTMATTER_START.exec(text)
  if (!opening) return { ...empty, error: 'no frontmatter block (the file must start with ---)' }
  const language = (opening[1] ?? '').toLowerCase()
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return { ...empty, error: `'---${language}' frontmatter is refused: only YAML is read, never executed` }
  }
  const close = text.slice(opening[0].length).search(/^---[^\S\r\n]*\r?$/m)
  const blockBytes = Buffer.byteLength(close < 0 ? text : text.slice(0, opening[0].length + close))
  if (blockBytes > MAX_FRONTMATTER_BYTES) {
    return { ...empty, error: `frontmatter is ${blockBytes} bytes, over the ${MAX_FRONTMATTER_BYTES}-byte limit` }
  }
  if (close < 0) return { ...empty, error: 'frontmatter block is not closed by a --- line' }

  let data: unknown
  try {
    // Passing options also bypasses gray-matter's global cache, which would keep every body alive.
    data = matter(`${text.slice(0, opening[0].length + close)}---\n`, { engines: ENGINES, language: 'yaml' }).data
  } catch (error) {
    return { ...empty, ...yamlError(error, text.slice(0, opening[0].length)) }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ...empty, error: 'frontmatter is not a mapping of keys to values' }
  }
  // YAML aliases share nodes, so a few lines can stand for billions of values (an alias
  // bomb); anything later that walked them would never finish. Count with repetition.
  if (exceedsValues(data, MAX_FRONTMATTER_VALUES)) {
    return { ...empty, error: `frontmatter expands to more than ${MAX_FRONTMATTER_VALUES} values (a YAML alias bomb?) and is refused` }
  }
  const fields = data as Record<string, unknown>
  const id = readId(fields)
  const given = fields.requires_infrastructure
  if (given === undefined || given === null) return { ...empty, id }
  // `requires_infrastructure: postgresql` is a list of one; `postgresql, redis` a list of two.
  const declared = typeof given === 'string' ? given.split(',').map(name => name.trim()).filter(name => name !== '') : given
  if (!Array.isArray(declared) || !declared.every(item => typeof item === 'string')) {
    return { ...empty, id, error: `requires_infrastructure must be a list of service names (strings), got ${describeType(declared)}` }
  }
  if (declared.length > MAX_DECLARED_SERVICES) {
    return { ...empty, id, error: `requires_infrastructure lists ${declared.length} services, more than the ${MAX_DECLARED_SERVICES} allowed` }
  }
  const tooLong = (declared as string[]).find(name => name.trim().length > SERVICE_NAME_MAX)
  if (tooLong !== undefined) {
    return { ...empty, id, error: `requires_infrastructure has a name longer than ${SERVICE_NAME_MAX} characters ('${tooLong.slice(0, 40)}…')` }
  }
  const { services, unknown } = normaliseServices(declared as string[])
  return { origin, id, requiresInfrastructure: services, unknownServices: unknown }
}

export function normaliseServices(names: readonly string[]): { services: string[]; unknown: string[] } {
  const services: string[] = []
  const unknown: string[] = []
  for (const raw of names) {
    const name = raw.trim()
    if (name === '') continue
    const canonical = canonicalService(name)
    if (canonical === undefined) unknown.push(name.toLowerCase())
    const value = canonical ?? name.toLowerCase()
    if (!services.includes(value)) services.push(value)
  }
  return { services, unknown }
}

/** True when walking the value would visit more than `limit` nodes, shared nodes counted each time. */
function exceedsValues(value: unknown, limit: number): boolean {
  let budget = limit
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const node = stack.pop()
    if (--budget < 0) return true
    if (node === null || typeof node !== 'object') continue
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (stack.length > budget) return true
      stack.push(child)
    }
  }
  return false
}

function readId(fields: Record<string, unknown>): string {
  for (const key of ['id', 'task_id', 'task-id']) {
    const value = fields[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 200)
    if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  }
  return ''
}

/**
 * The YAML parser's error, whole and on one line: what is wrong, where (the line of the task's
 * text, counting the opening `---`), and the line itself.
 */
function yamlError(error: unknown, opening: string): { error: string; errorLine?: number } {
  const reason = (error as { reason?: unknown }).reason
  const mark = (error as { mark?: { line?: unknown; column?: unknown; buffer?: unknown } }).mark
  if (typeof reason !== 'string' || typeof mark?.line !== 'number') return { error: `frontmatter is not valid YAML: ${firstLineOf(error)}` }
  // gray-matter hands the parser the text after the opening `---`, whose first line is that line's rest.
  const line = mark.line + opening.split('\n').length - 1
  const source = typeof mark.buffer === 'string' ? (mark.buffer.split('\n')[mark.line] ?? '').replace(/\0/g, '').trim() : ''
  const column = typeof mark.column === 'number' ? `, column ${mark.column + 1}` : ''
  return { error: `frontmatter is not valid YAML: ${reason} at line ${line}${column}${source ? ` (${JSON.stringify(source.slice(0, 80))})` : ''}`, errorLine: line }
}

/** The known service name nearest to a misspelt one (`postgress` → `postgresql`), when one is near. */
export function nearestService(name: string): string | undefined {
  const word = name.trim().toLowerCase()
  let best: { name: string; distance: number } | undefined
  for (const service of SERVICE_NAMES) {
    for (const candidate of [service.name, ...service.aliases]) {
      const distance = editDistance(word, candidate.toLowerCase())
      if (best === undefined || distance < best.distance) best = { name: service.name, distance }
    }
  }
  // Near: a few edits, and never most of the word (`foo` is not `mongo`).
  return best && best.distance <= Math.max(1, Math.min(3, Math.floor(word.length / 3))) ? best.name : undefined
}

/** `postgress (did you mean postgresql?)`, or the name alone. */
export function withSuggestion(name: string): string {
  const near = nearestService(name)
  return near ? `${name} (did you mean ${near}?)` : name
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.abs(a.length - b.length)
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length] as number
}

/**
 * The frontmatter of a pull request's body: a `---` block at its start, or else a fenced
 * ```yaml (or ```yml, or unlabelled) block anywhere in it that sets requires_infrastructure.
 * Returned as a task's text (a `---` block); undefined when the body has neither.
 */
export function bodyFrontmatter(body: string): string | undefined {
  if (hasFrontmatter(body)) return body
  const fence = /^[^\S\r\n]{0,3}(`{3,}|~{3,})[^\S\r\n]*(yaml|yml)?[^\S\r\n]*\r?\n([\s\S]*?)^[^\S\r\n]{0,3}\1[^\S\r\n]*\r?$/gm
  for (const block of body.slice(0, MAX_FRONTMATTER_BYTES * 4).matchAll(fence)) {
    const content = block[3] ?? ''
    if (/^requires_infrastructure[^\S\r\n]*:/m.test(content)) return `---\n${content.replace(/\r?\n?$/, '\n')}---\n`
  }
  return undefined
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list with non-string items'
  if (value === null) return 'null'
  return `a ${typeof value}`
}

