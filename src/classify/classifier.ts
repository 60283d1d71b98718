// Step 6 of the flow: classify a failed run from its log. Lines are fed as they arrive
// (push), state is bounded (a short ring of recent lines, capped evidence), and the
// verdict is a pure function of the lines seen (result).
import {
  ALL_RULES,
  ASSERTION_CONTEXT,
  JDBC_PROTOCOLS,
  SERVICE_CLIENTS,
  SERVICE_HINTS,
  SERVICE_HOSTNAMES,
  TOOL_SERVICES,
  type Confidence,
  type FailureKind,
  type Rule
} from './knowledge-base.js'
import { normaliseLine } from './normalise.js'
import { serviceForPort } from '../services.js'

export type Classification = 'none' | 'infrastructure' | 'code'
export type ConfidenceOutput = Confidence | 'n/a'

export interface Evidence {
  readonly ruleId: string
  readonly title: string
  readonly kind: FailureKind
  readonly confidence: Confidence
  readonly service: string
  /** 1-based line number in the whole log. */
  readonly line: number
  readonly text: string
  /** Why this line counts the way it does, when interpretation changed the rule's verdict. */
  readonly note?: string
}

export interface Verdict {
  readonly classification: Classification
  readonly confidence: ConfidenceOutput
  /** Detected services, sorted; empty when none could be named. */
  readonly services: readonly string[]
  /** The rule that decided the verdict, or `none`. */
  readonly ruleId: string
  readonly title: string
  readonly explanation: string
  /** The deciding evidence first, then supporting lines; bounded. */
  readonly evidence: readonly Evidence[]
  readonly counts: { readonly infrastructureHigh: number; readonly infrastructureAmbiguous: number; readonly code: number }
}

const CONTEXT_LINES = 20
const EVIDENCE_PER_RULE = 3
const EVIDENCE_PER_KIND = 12
const EVIDENCE_TEXT_MAX = 300

// Cheap gate before any rule runs: most lines of a log are passing-test chatter.
const CANDIDATE = /refus|ECONN|Errno|rror|xception|ssert|xpect|eceived|anic|odule|ackage|not found|ocker|getaddrinfo|lookup|host|socket|[Ff]ail|got|want|But was|aise|hrow|imeout|roker|Selection|redis|Redis|Broker|onnect|PG::|possible|overflow|pointer|out of|abgelehnt|rehusada|rifiutata|recusada|such file|gem '|suitable driver|E {3}/

interface PendingService {
  readonly index: number
  remaining: number
}

export class LogClassifier {
  private lineNumber = 0
  private readonly recent: string[] = []
  private readonly signals: Evidence[] = []
  private readonly perRule = new Map<string, number>()
  private readonly counts = { infrastructureHigh: 0, infrastructureAmbiguous: 0, code: 0 }
  private readonly pending: PendingService[] = []
  private keptByKind = { infrastructure: 0, code: 0 }

  /** Feed one line of the log (without its newline). */
  push(rawLine: string): void {
    this.lineNumber++
    const line = normaliseLine(rawLine)
    if (this.pending.length > 0) this.resolvePending(line)
    if (CANDIDATE.test(line)) this.match(line)
    this.recent.push(line)
    if (this.recent.length > CONTEXT_LINES) this.recent.shift()
  }

  get lines(): number {
    return this.lineNumber
  }

  result(): Verdict {
    return decideVerdict(this.signals, this.counts)
  }

  private match(line: string): void {
    let infra: { rule: Rule; groups: Record<string, string | undefined> } | undefined
    let codeRule: Rule | undefined
    for (const rule of ALL_RULES) {
      if (rule.kind === 'code' && codeRule) continue
      if (rule.kind === 'infrastructure' && infra) continue
      const found = rule.pattern.exec(line)
      if (!found) continue
      if (rule.kind === 'code') codeRule = rule
      else infra = { rule, groups: found.groups ?? {} }
      if (codeRule && infra) break
    }
    if (infra && (codeRule || ASSERTION_CONTEXT.test(line))) {
      // Infrastructure words inside an assertion are what the test checks, not why it failed.
      this.record({
        ruleId: 'code.infrastructure-words-in-assertion', title: 'Connection error text inside an assertion', kind: 'code', confidence: 'high', service: '',
        line: this.lineNumber, text: clip(line), note: `matched ${infra.rule.id}, but on an assertion line`
      })
      return
    }
    if (codeRule) {
      this.record(evidence(codeRule, this.lineNumber, line, codeRule.kind, codeRule.confidence, ''))
      return
    }
    if (!infra) return
    const interpreted = interpret(infra.rule, infra.groups)
    const signal: Evidence = { ...evidence(infra.rule, this.lineNumber, line, interpreted.kind, interpreted.confidence, interpreted.service), ...(interpreted.note ? { note: interpreted.note } : {}) }
    const index = this.record(signal)
    if (index >= 0 && signal.kind === 'infrastructure' && signal.service === '' && interpreted.needsContext) this.findServiceInContext(index)
  }

  private record(signal: Evidence): number {
    if (signal.kind === 'code') this.counts.code++
    else if (signal.confidence === 'high') this.counts.infrastructureHigh++
    else this.counts.infrastructureAmbiguous++
    const seen = this.perRule.get(signal.ruleId) ?? 0
    this.perRule.set(signal.ruleId, seen + 1)
    if (seen >= EVIDENCE_PER_RULE || this.keptByKind[signal.kind] >= EVIDENCE_PER_KIND) return -1
    this.keptByKind[signal.kind]++
    this.signals.push(signal)
    return this.signals.length - 1
  }

  /** A generic refusal names no service: look at the lines around it, nearest first. */
  private findServiceInContext(index: number): void {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const service = hintedService(this.recent[i] as string)
      if (service) return this.setService(index, service)
    }
    this.pending.push({ index, remaining: CONTEXT_LINES })
  }

  private resolvePending(line: string): void {
    const service = hintedService(line)
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const entry = this.pending[i] as PendingService
      if (service) this.setService(entry.index, service)
      if (service || --entry.remaining <= 0) this.pending.splice(i, 1)
    }
  }

  private setService(index: number, service: string): void {
    const signal = this.signals[index]
    if (signal) this.signals[index] = { ...signal, service, note: `service named by a nearby line` }
  }
}

/** Classify a whole log held in memory (tests, the accuracy script). */
export function classifyText(text: string): Verdict {
  const classifier = new LogClassifier()
  let start = 0
  for (;;) {
    const end = text.indexOf('\n', start)
    if (end < 0) {
      if (start < text.length) classifier.push(text.slice(start))
      break
    }
    classifier.push(text.slice(start, end))
    start = end + 1
  }
  return classifier.result()
}

export const PASSED_VERDICT: Verdict = {
  classification: 'none', confidence: 'n/a', services: [], ruleId: 'none', title: 'Tests passed', explanation: 'The tests passed.', evidence: [],
  counts: { infrastructureHigh: 0, infrastructureAmbiguous: 0, code: 0 }
}

function decideVerdict(signals: readonly Evidence[], counts: Verdict['counts']): Verdict {
  const code = signals.filter(s => s.kind === 'code')
  const high = signals.filter(s => s.kind === 'infrastructure' && s.confidence === 'high')
  const ambiguous = signals.filter(s => s.kind === 'infrastructure' && s.confidence === 'ambiguous')
  if (code.length > 0) {
    const first = code[0] as Evidence
    const infraNote = high.length + ambiguous.length > 0 ? ' Infrastructure errors also appear, but a code failure is never excused by them.' : ''
    return verdict('code', 'high', [], first, [...code, ...high, ...ambiguous], counts, `${first.title} (line ${first.line}).${infraNote}`)
  }
  if (high.length > 0) {
    const services = [...new Set(high.map(s => s.service).filter(s => s !== ''))].sort()
    const first = high[0] as Evidence
    const named = services.length > 0 ? services.join(', ') : 'a service coach-gate could not name'
    return verdict('infrastructure', 'high', services, first, [...high, ...ambiguous], counts, `${first.title}: ${named} was not available (line ${first.line}).`)
  }
  if (ambiguous.length > 0) {
    const first = ambiguous[0] as Evidence
    const services = [...new Set(ambiguous.map(s => s.service).filter(s => s !== ''))].sort()
    return verdict('infrastructure', 'ambiguous', services, first, ambiguous, counts, `${first.title} (line ${first.line})${first.note ? `: ${first.note}` : ''}; not enough to say a service was missing.`)
  }
  return {
    classification: 'code', confidence: 'ambiguous', services: [], ruleId: 'code.unrecognised', title: 'Tests failed for a reason no rule recognises',
    explanation: 'The tests failed and no infrastructure cause was found in the log, so the failure is treated as the code’s.', evidence: [], counts
  }
}

function verdict(classification: Classification, confidence: Confidence, services: string[], first: Evidence, evidence: Evidence[], counts: Verdict['counts'], explanation: string): Verdict {
  return { classification, confidence, services, ruleId: first.ruleId, title: first.title, explanation, evidence: evidence.slice(0, EVIDENCE_PER_KIND), counts }
}

function evidence(rule: Rule, line: number, text: string, kind: FailureKind, confidence: Confidence, service: string): Evidence {
  return { ruleId: rule.id, title: rule.title, kind, confidence, service, line, text: clip(text) }
}

function clip(text: string): string {
  const trimmed = text.trim()
  return trimmed.length > EVIDENCE_TEXT_MAX ? `${trimmed.slice(0, EVIDENCE_TEXT_MAX)}…` : trimmed
}

function hintedService(line: string): string | undefined {
  for (const hint of SERVICE_HINTS) if (hint.pattern.test(line)) return hint.service
  return undefined
}

interface Interpreted {
  readonly kind: FailureKind
  readonly confidence: Confidence
  readonly service: string
  readonly note?: string
  /** The service must come from the surrounding lines. */
  readonly needsContext?: boolean
}

function interpret(rule: Rule, groups: Record<string, string | undefined>): Interpreted {
  const fixed: Interpreted = { kind: rule.kind, confidence: rule.confidence, service: rule.service, needsContext: rule.service === '' }
  switch (rule.interpret) {
    case 'endpoint':
      return interpretEndpoint(rule, groups)
    case 'dns':
      return interpretDns(groups)
    case 'tool': {
      const service = TOOL_SERVICES[groups.tool ?? ''] ?? ''
      return { kind: 'infrastructure', confidence: 'high', service }
    }
    case 'jdbc': {
      const service = JDBC_PROTOCOLS[(groups.protocol ?? '').toLowerCase()]
      return service ? { kind: 'infrastructure', confidence: 'high', service } : { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: `no known driver for jdbc:${groups.protocol}` }
    }
    case 'module:python':
    case 'module:npm':
    case 'module:ruby':
    case 'module:java':
      return interpretModule(rule.interpret, groups.module ?? groups.module2 ?? '')
    default:
      return fixed
  }
}

const LOCAL_HOST = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\]|0\.0\.0\.0|::|\[::\]|host\.docker\.internal|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|[\w-]+|[\w.-]+\.(?:local|internal|localdomain|svc|cluster\.local))$/i

function interpretEndpoint(rule: Rule, groups: Record<string, string | undefined>): Interpreted {
  const socket = groups.socket ?? groups.socket2
  if (socket !== undefined) {
    const service = /PGSQL/i.test(socket) ? 'postgresql' : /docker/i.test(socket) ? 'docker' : /mysql/i.test(socket) ? 'mysql' : /redis/i.test(socket) ? 'redis' : rule.service
    return { kind: 'infrastructure', confidence: 'high', service, needsContext: service === '' }
  }
  const host = (groups.host ?? '').replace(/^'|'$/g, '')
  const port = groups.port === undefined ? undefined : Number(groups.port)
  if (host !== '' && !LOCAL_HOST.test(host)) {
    return { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: `remote host ${host} is not a service this job provides` }
  }
  if (rule.service !== '') return { kind: 'infrastructure', confidence: 'high', service: rule.service }
  const byPort = port === undefined ? undefined : serviceForPort(port)
  if (byPort) return { kind: 'infrastructure', confidence: 'high', service: byPort }
  if (port !== undefined) {
    return { kind: 'code', confidence: 'high', service: '', note: `port ${port} is no known service's: the project's own server was not listening` }
  }
  return { kind: 'infrastructure', confidence: 'high', service: '', needsContext: true }
}

function interpretDns(groups: Record<string, string | undefined>): Interpreted {
  const host = groups.host ?? groups.host2 ?? groups.host3 ?? groups.host4 ?? groups.host5
  if (host === undefined) return { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: 'name resolution failed for a host the log does not name' }
  const label = host.toLowerCase()
  if (label in SERVICE_HOSTNAMES) {
    const service = SERVICE_HOSTNAMES[label] ?? ''
    return { kind: 'infrastructure', confidence: 'high', service, needsContext: service === '' }
  }
  return { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: `host ${host} did not resolve; it is not a service host name` }
}

function interpretModule(kind: 'module:python' | 'module:npm' | 'module:ruby' | 'module:java', name: string): Interpreted {
  if (kind === 'module:java') {
    const service = SERVICE_CLIENTS.java[name]
    return service ? { kind: 'infrastructure', confidence: 'high', service } : { kind: 'code', confidence: 'high', service: '', note: `class ${name} is not a known driver: a classpath or code problem` }
  }
  if (kind === 'module:python') {
    const root = name.split('.')[0] ?? name
    const client = SERVICE_CLIENTS.python[root]
    if (name.includes('.')) {
      // `No module named 'a.b'` means package `a` imported and lacks `b`: a broken install or the project's own module.
      return { kind: 'code', confidence: 'high', service: '', note: client !== undefined ? `${root} is installed; its submodule ${name} is missing` : `${name} is a submodule, not a missing package` }
    }
    return client !== undefined ? { kind: 'infrastructure', confidence: 'high', service: client } : { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: `${name} is not a service client` }
  }
  if (name.startsWith('.') || name.startsWith('/') || name.startsWith('~')) {
    return { kind: 'code', confidence: 'high', service: '', note: `${name} is a file of the project` }
  }
  const segments = name.split('/')
  const root = name.startsWith('@') ? segments.slice(0, 2).join('/') : (segments[0] ?? name)
  const table = kind === 'module:npm' ? SERVICE_CLIENTS.npm : SERVICE_CLIENTS.ruby
  const client = table[root]
  if (root !== name) {
    return { kind: 'code', confidence: 'high', service: '', note: client !== undefined ? `${root} is installed; its path ${name} is missing` : `${name} is a path inside a package` }
  }
  return client !== undefined ? { kind: 'infrastructure', confidence: 'high', service: client } : { kind: 'infrastructure', confidence: 'ambiguous', service: '', note: `${name} is not a service client` }
}
