// Step 6 of the flow: classify a failed run from its log. Lines are fed as they arrive
// (push); state is bounded (a batch of lines, capped evidence, capped blocks);
// the verdict is a pure function of what was seen (result).
//
// Every signal belongs to the failing test whose block it appeared in (see failures.ts),
// or to the run when it appeared outside any test. The verdict is decided test by test.
import { ALL_RULES, ASSERTION_CONTEXT, RETRY_CONTEXT, TEST_TIMEOUT, type Confidence, type FailureKind, type Rule } from './knowledge-base.js'
import { BOUNDARY_SCAN, boundaryOf, ERROR_HEADLINE, isWrapperHeadline, PARENT_MARKER, UNINFORMATIVE } from './failures.js'
import { contextOf, interpret, type Context } from './interpret.js'
import { MATCH_WINDOW, normaliseLine } from './normalise.js'
import { decideVerdict, type Verdict } from './verdict.js'
import { clip as clipText } from '../text.js'

export type { Classification, ConfidenceOutput, TestVerdict, Verdict } from './verdict.js'
export { PASSED_VERDICT } from './verdict.js'

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
  /** The failing test the line belongs to, when the runner's output could be split. */
  readonly test?: string
}

/** A signal as collected; its service may still be filled in from later lines. */
export interface Signal {
  ruleId: string
  title: string
  kind: FailureKind
  confidence: Confidence
  service: string
  line: number
  text: string
  note?: string
  test?: string
  /** Key of the block the signal was seen in. */
  blockKey?: string
}

/** One failing test's block of the log. */
export interface Block {
  readonly key: string
  readonly name: string
  readonly runner: string
  readonly line: number
  /** `pending`: go printed `=== RUN` but not yet PASS or FAIL. */
  state: 'failing' | 'pending'
  /** The test only reports that its subtests failed. */
  parent: boolean
  /** Some line of the block looked like an error, whether or not a rule knew it. */
  errorLike: boolean
  /** The runner said the test ran out of time. */
  timedOut: boolean
  /** Error headlines (ERROR_HEADLINE) in the block that no rule explained. */
  unexplained: number
  /** The runner's own words that the cause is printed elsewhere (UNINFORMATIVE lines). */
  wrapped: boolean
  code: number
  high: number
  ambiguous: number
  readonly signals: Signal[]
}

const CONTEXT_LINES = 40
const EVIDENCE_PER_RULE = 3
const EVIDENCE_PER_KIND = 12
const EVIDENCE_PER_BLOCK = 4
const EVIDENCE_TEXT_MAX = 300
/** Blocks kept in full; beyond this, further failing tests are only counted. */
const MAX_BLOCKS = 500
const MAX_PENDING = 64

// Cheap gate before any rule runs: most lines of a log are passing-test chatter. Its words are
// ASCII where they can be (`[Ff]ail` also lets ava's `✘ [fail]` through): a non-ASCII alternative
// alone makes the scan a third slower.
const CANDIDATE = /^e: |\.go:\d|cannot use|invalid operation|incompatible types|RROR|refus|ECONN|Errno|rror|xception|ssert|xpect|eceived|anic|odule|ackage|not found|ocker|getaddrinfo|lookup|host|socket|[Ff]ail|got|want|But was|aise|hrow|imeout|roker|Selection|redis|Redis|Broker|onnect|PG::|possible|overflow|pointer|out of|abgelehnt|rehusada|rifiutata|recusada|odmówiono|отказано|拒绝|拒否|such file|gem '|suitable driver|E {3}|egmentation|SIGSEGV|SIGABRT|illed|terminated by|xception|SystemExit|FAILURES!|not ok|FAILED|Uncaught|Fatal|FATAL|Unhandled|\*\* \(|\.[A-Z]\w*: |ERROR/

/** A runner's own count of failed tests: pytest's closing line, mocha, jest, vitest. */
const REPORTED_FAILURES = /^=+ (\d{1,6}) failed\b|^\s*(\d{1,6}) failing$|^Tests:\s+(\d{1,6}) failed\b|^\s*Tests\s+(\d{1,6}) failed\b/

/** go's per-package result line: `ok  \texample.com/pkg\t0.01s`, `FAIL\texample.com/pkg\t0.01s`. */
const GO_PACKAGE_RESULT = /^(?:ok|FAIL)\s+[\w.-]+\/\S+\s/

/** A pytest section header: `==== FAILURES ====`, `==== PASSES ====`, `==== short test summary info ====`. */
const PYTEST_SECTION = /^={3,} (.{1,80}?) ={3,}$/

interface PendingService {
  readonly signal: Signal
  readonly block: Block | undefined
  remaining: number
}

/** Lines are gathered into batches so the pre-filters run once over many lines. */
const BATCH_LINES = 1024
/** A batch of long lines is flushed early, so memory stays bounded whatever the line lengths. */
const BATCH_CHARS = 1 << 20
// The pre-filter over a joined batch: a line with none of these, no boundary and no escape
// code cannot change the verdict (the per-line path tests the same words after normalising).
const CANDIDATE_SCAN = new RegExp(CANDIDATE.source, 'g')
// eslint-disable-next-line no-control-regex
const ESCAPE_SCAN = /\u001b/g

export class LogClassifier {
  private lineNumber = 0
  private batch: string[] = []
  private batchChars = 0
  /** The raw lines before the current one, for context: this batch up to `index`, then `tail`. */
  private context: { lines: readonly string[]; index: number } = { lines: [], index: 0 }
  private tail: string[] = []
  /** Line number of the last test boundary: context never reaches across it. */
  private contextFloor = 0
  private readonly signals: Signal[] = []
  private readonly perRule = new Map<string, number>()
  private readonly counts = { infrastructureHigh: 0, infrastructureAmbiguous: 0, code: 0 }
  private readonly pending: PendingService[] = []
  private keptByKind = { infrastructure: 0, code: 0 }
  private readonly blocks = new Map<string, Block>()
  private current: Block | undefined
  private overflowTests = 0
  private unexplainedOutsideTests = 0
  private inPytestPasses = false
  private goTestFailedInPackage = false
  /** Some rule matched since go's last package line (a TestMain panic names its cause). */
  private signalSincePackage = false
  /** The most failed tests a runner's closing summary reported. */
  private reportedFailures = 0

  /** Feed one line of the log (without its newline); `lineNumber` sets its number explicitly. */
  push(rawLine: string, lineNumber?: number): void {
    if (lineNumber === undefined) {
      this.batch.push(bounded(rawLine))
      this.batchChars += rawLine.length
      if (this.batch.length >= BATCH_LINES || this.batchChars >= BATCH_CHARS) this.flush()
      return
    }
    this.flush()
    this.lineNumber = lineNumber
    this.context = { lines: [], index: 0 }
    const line = bounded(rawLine)
    this.processLine(line)
    this.remember([line])
  }

  get lines(): number {
    return this.lineNumber + this.batch.length
  }

  result(): Verdict {
    this.flush()
    return decideVerdict(this.signals, [...this.blocks.values()], this.counts, this.overflowTests, this.unexplainedOutsideTests, this.reportedFailures)
  }

  private flush(): void {
    const lines = this.batch
    if (lines.length === 0) return
    this.batch = []
    this.batchChars = 0
    const flags = interestingLines(lines)
    const base = this.lineNumber
    let i = 0
    while (i < lines.length) {
      // Skip to the next line that matters, unless a refusal still waits for its service.
      if (this.pending.length === 0) {
        const next = flags.indexOf(1, i)
        if (next < 0) break
        i = next
      }
      this.lineNumber = base + i + 1
      this.context = { lines, index: i }
      this.processLine(lines[i] as string)
      i++
    }
    this.lineNumber = base + lines.length
    this.context = { lines: [], index: 0 }
    this.remember(lines)
  }

  private remember(lines: readonly string[]): void {
    this.tail = lines.length >= CONTEXT_LINES ? lines.slice(-CONTEXT_LINES) : [...this.tail, ...lines].slice(-CONTEXT_LINES)
  }

  private processLine(rawLine: string): void {
    const line = normaliseLine(rawLine)
    let boundary = boundaryOf(line)
    const section = PYTEST_SECTION.exec(line)
    if (section) this.inPytestPasses = section[1] === 'PASSES'
    // pytest -rP/-rA prints a `____ name ____` header for each test that passed, under PASSES.
    if (boundary && this.inPytestPasses && boundary.runner === 'pytest' && boundary.event === 'start' && !boundary.reason && line.startsWith('_')) {
      boundary = { ...boundary, event: 'end' }
    }
    if (boundary) this.onBoundary(boundary.event, boundary.key, boundary.name, boundary.runner)
    // go prints `FAIL\t<package>` after each package; one with no failing test since the last
    // package line failed outside any test (a panic in init, log.Fatal, a build error).
    if (boundary?.event === 'fail' && boundary.runner === 'go') this.goTestFailedInPackage = true
    if (GO_PACKAGE_RESULT.test(line)) {
      if (line.startsWith('FAIL') && !this.goTestFailedInPackage && !this.signalSincePackage) this.unexplainedOutsideTests++
      this.goTestFailedInPackage = false
      this.signalSincePackage = false
    }
    const reported = REPORTED_FAILURES.exec(line)
    if (reported) this.reportedFailures = Math.max(this.reportedFailures, Number(reported[1] ?? reported[2] ?? reported[3] ?? reported[4]))
    if (this.pending.length > 0) this.resolvePending(line)
    if (CANDIDATE.test(line)) {
      if (this.current && !boundary && UNINFORMATIVE.test(line)) this.current.wrapped = true
      if (this.current && !boundary && !UNINFORMATIVE.test(line)) {
        this.current.errorLike = true
        if (PARENT_MARKER.test(line)) this.current.parent = true
        if (TEST_TIMEOUT.test(line)) this.current.timedOut = true
      }
      const explained = this.match(line)
      // A marker line is no error of its own, unless it carries the reason (pytest's short summary);
      // a reason pytest cut short (`No m...`) cannot be judged, and its full text is above.
      const headline = boundary ? (boundary.reason?.endsWith('...') ? undefined : boundary.reason) : line
      if (!explained && headline !== undefined && ERROR_HEADLINE.test(headline) && !isWrapperHeadline(headline) && !UNINFORMATIVE.test(headline)) {
        if (this.current) this.current.unexplained++
        else this.unexplainedOutsideTests++
      }
    }
  }

  /** The `back`-th line before the current one (1 = the previous), normalised; undefined past the floor. */
  private previousLine(back: number): string | undefined {
    if (this.lineNumber - back <= this.contextFloor) return undefined
    const { lines, index } = this.context
    const at = index - back
    const raw = at >= 0 ? lines[at] : this.tail[this.tail.length + at]
    return raw === undefined ? undefined : normaliseLine(raw)
  }

  /** Open a failing test's block explicitly (a JUnit report names its tests itself). */
  beginTest(name: string, runner = 'junit'): void {
    this.onBoundary('start', `${runner}:${name}`, name, runner)
  }

  endTest(): void {
    this.current = undefined
  }

  private onBoundary(event: string, key: string, name: string, runner: string): void {
    // Context never crosses from one test into another.
    this.contextFloor = this.lineNumber - 1
    if (event === 'end') {
      this.current = undefined
      return
    }
    if (event === 'pass') {
      const block = this.blocks.get(key)
      if (block && block.state === 'pending') this.blocks.delete(key)
      this.current = undefined
      return
    }
    let block = this.blocks.get(key)
    if (!block) {
      if (this.blocks.size >= MAX_BLOCKS) this.evictQuietBlock()
      if (this.blocks.size >= MAX_BLOCKS) {
        if (event !== 'run') this.overflowTests++
        this.current = undefined
        return
      }
      block = { key, name, runner, line: this.lineNumber, state: event === 'run' ? 'pending' : 'failing', parent: false, errorLike: false, timedOut: false, unexplained: 0, wrapped: false, code: 0, high: 0, ambiguous: 0, signals: [] }
      this.blocks.set(key, block)
    } else if (event !== 'run') {
      block.state = 'failing'
    }
    this.current = block
  }

  /** go prints `=== RUN` for every test: drop one that has shown nothing yet to make room. */
  private evictQuietBlock(): void {
    for (const [key, block] of this.blocks) {
      if (block.state === 'pending' && block.signals.length === 0 && block !== this.current) {
        this.blocks.delete(key)
        return
      }
    }
  }

  /** Records what the rules make of the line; false when no rule matched it. */
  private match(line: string): boolean {
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
    if (infra && !codeRule && ASSERTION_CONTEXT.test(line)) {
      // Infrastructure words inside an assertion are what the test checks, not why it failed.
      this.record({
        ruleId: 'code.infrastructure-words-in-assertion', title: 'Connection error text inside an assertion', kind: 'code', confidence: 'high', service: '',
        line: this.lineNumber, text: clip(line), note: `matched ${infra.rule.id}, but on an assertion line`
      })
      return true
    }
    if (codeRule) {
      // A code rule wins over connection words on the same line (an assertion about them, a
      // server that answered and refused the client's settings).
      this.record({ ...signalOf(codeRule, this.lineNumber, line), kind: 'code', confidence: codeRule.confidence, service: '', ...(infra ? { note: `also matched ${infra.rule.id}` } : {}) })
      return true
    }
    if (!infra) return false
    let interpreted = interpret(infra.rule, infra.groups, line)
    if (interpreted.kind === 'infrastructure' && interpreted.confidence === 'high' && RETRY_CONTEXT.test(line)) {
      // A client that says it will retry may well connect on the next attempt.
      interpreted = { ...interpreted, confidence: 'ambiguous', note: 'logged by a client that retries; a later attempt may have connected' }
    }
    const signal: Signal = { ...signalOf(infra.rule, this.lineNumber, line), kind: interpreted.kind, confidence: interpreted.confidence, service: interpreted.service, ...(interpreted.note ? { note: interpreted.note } : {}) }
    const kept = this.record(signal)
    if (kept && signal.kind === 'infrastructure' && signal.service === '' && interpreted.needsContext) this.findServiceInContext(signal)
    return true
  }

  /** Counts the signal, and keeps it as evidence while the caps allow. Returns whether it was kept. */
  private record(signal: Signal): boolean {
    this.signalSincePackage = true
    if (signal.kind === 'code') this.counts.code++
    else if (signal.confidence === 'high') this.counts.infrastructureHigh++
    else this.counts.infrastructureAmbiguous++
    const block = this.current
    let kept = false
    if (block) {
      signal.test = block.name
      signal.blockKey = block.key
      if (signal.kind === 'code') block.code++
      else if (signal.confidence === 'high') block.high++
      else block.ambiguous++
      if (block.signals.length < EVIDENCE_PER_BLOCK) {
        block.signals.push(signal)
        kept = true
      }
    }
    const seen = this.perRule.get(signal.ruleId) ?? 0
    this.perRule.set(signal.ruleId, seen + 1)
    if (seen < EVIDENCE_PER_RULE && this.keptByKind[signal.kind] < EVIDENCE_PER_KIND) {
      this.keptByKind[signal.kind]++
      this.signals.push(signal)
      kept = true
    }
    return kept
  }

  /** A generic refusal names no service: look at the lines around it, nearest first. */
  private findServiceInContext(signal: Signal): void {
    for (let back = 1; back <= CONTEXT_LINES; back++) {
      const line = this.previousLine(back)
      if (line === undefined) break
      const context = contextOf(line)
      if (context) return applyContext(signal, this.current, context)
    }
    if (this.pending.length < MAX_PENDING) this.pending.push({ signal, block: this.current, remaining: CONTEXT_LINES })
  }

  private resolvePending(line: string): void {
    const context = contextOf(line)
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const entry = this.pending[i] as PendingService
      // The service of a test's error comes from that test's own lines.
      const sameBlock = entry.block === this.current
      if (context && sameBlock) applyContext(entry.signal, entry.block, context)
      if ((context && sameBlock) || !sameBlock || --entry.remaining <= 0) this.pending.splice(i, 1)
    }
  }
}

/** Indexes of the lines worth a closer look: a candidate word, a test boundary, or an escape code. */
function interestingLines(lines: readonly string[]): Uint8Array {
  const flags = new Uint8Array(lines.length)
  const text = lines.join('\n')
  for (const scan of [CANDIDATE_SCAN, BOUNDARY_SCAN, ESCAPE_SCAN]) {
    let line = 0
    let lineEnd = text.indexOf('\n')
    scan.lastIndex = 0
    for (let found = scan.exec(text); found; found = scan.exec(text)) {
      while (lineEnd >= 0 && lineEnd < found.index) {
        line++
        lineEnd = text.indexOf('\n', lineEnd + 1)
      }
      flags[line] = 1
      if (lineEnd < 0) break
      // The rest of this line is already flagged: resume at the next one.
      scan.lastIndex = lineEnd + 1
    }
  }
  return flags
}

/** Names the refusal's service, or turns it into a code signal when it was the project's own server. */
function applyContext(signal: Signal, block: Block | undefined, context: Context): void {
  if ('service' in context) {
    signal.service = context.service
    signal.note = 'service named by a nearby line'
    return
  }
  if (block && signal.blockKey === block.key) {
    if (signal.confidence === 'high') block.high--
    else block.ambiguous--
    block.code++
  }
  signal.kind = 'code'
  signal.confidence = 'high'
  signal.note = `a nearby line names 127.0.0.1:${context.ownPort}, no known service's port: the project's own server was not listening`
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

function signalOf(rule: Rule, line: number, text: string): Pick<Signal, 'ruleId' | 'title' | 'line' | 'text'> {
  return { ruleId: rule.id, title: rule.title, line, text: clip(text) }
}

function clip(text: string): string {
  return clipText(text.trim(), EVIDENCE_TEXT_MAX + 1)
}


/**
 * Only the start of a line is ever matched (normalise.ts), so a long line is cut before it is
 * kept. The copy through a Buffer matters: a plain slice would keep the whole original alive.
 */
function bounded(line: string): string {
  return line.length > MATCH_WINDOW * 2 ? Buffer.from(line.slice(0, MATCH_WINDOW * 2)).toString() : line
}
