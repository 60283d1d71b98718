// Step 6 of the flow (docs/design.md, "Classification"): classify a failed run from its log.
// Lines are fed as they arrive (push); state is bounded; the verdict is a pure function of what
// was seen (result). The runner dialects (dialects/) split the log into failing units; the
// knowledge base (rules/) turns lines into findings; each finding is counted in its unit
// (units.ts); verdict.ts decides the run from the units.
import { contextOf, interpret, type Context } from './interpret.js'
import { GO_EXAMPLE_GOT, GO_EXAMPLE_WANT, INTERRUPTED_OF_DIALECTS, markerOf, PASSED_OF_DIALECTS, PROGRESS_OF_DIALECTS, REPORTED_OF_DIALECTS, REPORTED_SUM_FROM, type MarkerMatch } from './markers.js'
import { MATCH_WINDOW, normaliseLine } from './normalise.js'
import { anyOf } from './any-of.js'
import { prefilter, type Prefilter } from './prefilter.js'
import type { LineStartIndex } from './scan.js'
import { lineStartIndex } from './derived.js'
import { ALL_RULES, namedByFrameBelow, REJECTION_SERVICE, ENDPOINT_REFUSAL, assertionSides, CONNECTING_WORDS, EXPECTED_ANSWER_ERROR, EXPECTS_ERROR, SERVER_ANSWER, matchRule, NAMES_AN_ERROR, NO_ERROR_EXPECTED, NULL_DEREFERENCE, NULL_HANDLE, CLOSING_HANDLE, SQL_HANDLE, type Rule, type RuleMatch } from './rules/index.js'
import { CARRIES_TRACEBACK, SPEC_DURATION_END, SPEC_LINE, TAP_RESULT, TAP_SUBTEST, ASSERTION_CONTEXT, DATA_START, DOTTED_HEADLINE, EXCEPTION_LINE, FAILURE_SHAPE, FAILURE_SHAPE_AT_START, IO_ERROR, PY_FRAME, ERROR_HEADLINE, EXPECTED_NOTHING, isWrapperHeadline, isOwnWordsWrapper, CANCELLED_BY_PARENT, PARENT_MARKER, PYTEST_LOCATION, RESTATEMENT, RETRY_CONTEXT, TEST_TIMEOUT, VITEST_BANNER, VITEST_REPORT_FILE, VITEST_TOTALS, PERL_SCRIPT_DIED, PERL_BAILED_OUT } from './rules/signs.js'
import { GATED } from './sign-gate.js'
import { absorb, count, hasFindings, linkChain, newUnit, recount, settleChain, uncount, type Finding, type Unit } from './units.js'
import { decideVerdict, OUTSIDE_KEY, type Logged, type Verdict } from './verdict.js'
import { combineStreams, StreamSplitter, type JudgedStream } from './streams.js'
import { DIALECTS, type Dialect } from './dialects/index.js'
import type { WrappedResults } from './dialects/dialect.js'
import { GO } from './dialects/go.js'
import { PYTEST } from './dialects/python.js'
import { NODE_TEST, POKU } from './dialects/javascript.js'
import { MOCHA } from './dialects/javascript.js'
import { javaReceiver } from './handles.js'
import { SourceLines } from './source-lines.js'
import { driverFrameService, mentionedService, phpClientNamespace, serviceDefinition, serviceForClient } from '../knowledge/registry.js'
import { clip as clipText } from '../common/text.js'

export type { Classification, ConfidenceOutput, Evidence, TestVerdict, Verdict } from './verdict.js'
export { PASSED_VERDICT } from './verdict.js'

/** node:test's TAP YAML for a suite whose `before`/`after` hook failed. */
/** Dialects whose failure may be headed by a line that names no test (dialect.ts `headedBelow`). */
const HEADED_BELOW: readonly Dialect[] = DIALECTS.filter(d => d.headedBelow !== undefined)
const HOOK_FAILED = /^\s{0,40}failureType: 'hookFailed'\s*$/
/** node:test's TAP YAML for a `describe` (a test that has subtests is no suite). */
const TAP_SUITE = /^\s{0,40}type: 'suite'\s*$/
/** PHPUnit testdox's bar and its coloured marks (normalise.ts TESTDOX_BAR). */
const BOX_MARK = /[│┐├┊╵┴]/

const CONTEXT_LINES = 40
/** A line saying its failed dial was a database connection (`connecting to test database`, `connect to database`). */
const DATABASE_DIAL = /\bconnect(?:ing|ion)? to (?:the |a |your )?(?:test |testing )?database\b|\bdatabase connection (?:failed|error|refused)\b/i
/** The project's own server named on the same line: its refusal stays the project's (interpret.ts OWN_SERVER). */
const OWN_SERVER_WORDS = /\b(?:test|app|api|http|web|mock|stub|fake|dev|local|embedded) server\b/i
const EVIDENCE_TEXT_MAX = 300
/** How many lines after "expected no error" the error itself may come (testify prints it below). */
const AWAIT_ERROR_LINES = 3
/** Units tracked one by one; go's passing tests are dropped first when the bound is reached. */
const MAX_UNITS = 20_000
const MAX_PENDING = 64

const INFRA_RULES = ALL_RULES.filter(r => r.kind === 'infrastructure')

/** Rules only possibly infrastructure alone, and certainly so when the lines around name a service's client. */
/** minitest's wrapper of an unexpected exception with its cause on the same line (minitest/test.rb UnexpectedError, as reporters print it). */
const MINITEST_WRAPPED = /^\s{0,12}Minitest::UnexpectedError:\s{1,12}[A-Z]\w{0,100}(?:::[A-Z]\w{0,100}){0,10}(?::|\s*$)/
const PROMOTED_BY_CONTEXT = new Set(['network.dns.unnamed-host', 'network.aggregate-error'])
/** The test an output event of go test -json belongs to (its text is decoded by normalise.ts). */
const GO_JSON_TEST = /"Action":"output","Package":"[^"]{0,300}","Test":"([^"]{1,500})"/
/** The package an event of go test -json belongs to: packages run in parallel and their events interleave. */
const GO_JSON_PACKAGE = /"Package":"([^"]{1,300})"/
/** Code rules that are assertions: their actual value may be the connection error itself. */
const ASSERTED = new Set(['code.assertion', 'code.expectation'])
/** AVA's TAP: every failure is named so, an assertion's or not. */
const AVA_TAP_NAME = /^\s{0,12}name: AssertionError\s*$/
/** A JavaScript runtime error's class or words, in what AVA's wrapper shows: the code's, whatever refusal sits beside it. */
const AVA_CODE_WORDS = /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|EvalError|URIError|AggregateError|AssertionError)\b|Cannot read propert|is not a function|is not defined|is not iterable|Cannot set propert|Cannot destructure/
/** RSpec's exception class on a line of its own, its message below (`     Faraday::ConnectionFailed:`). */
const RUBY_CLASS = String.raw`(?:[A-Z]\w{0,80}::){1,8}[A-Z]\w{0,80}:\s*$`
const RUBY_CLASS_HEADER = new RegExp(String.raw`^\s{2,}${RUBY_CLASS}`)
/** The same class as a finding's text holds it (trimmed). */
const RUBY_CLASS_ALONE = new RegExp(String.raw`^\s*${RUBY_CLASS}`)
/** RSpec's line before an exception's root cause (rspec-core formatters/exception_presenter.rb). */
const RSPEC_CAUSE = /^\s{0,12}# --- Caused by: ---\s*$/
/**
 * A Ruby client's or ORM's own class for a failed connection, printed alone (`ActiveRecord::DatabaseConnectionError:`):
 * the clients' classes by name, not any class whose name sounds like one (attack 27c: a project's `Rates::SourceUnavailable`).
 */
const RUBY_CONNECTION_WRAPPER = /^\s*(?:ActiveRecord::(?:ConnectionNotEstablished|DatabaseConnectionError)|Sequel::DatabaseConnectionError|Faraday::ConnectionFailed|Redis(?:Client)?::CannotConnectError|Mongo::Error::(?:NoServerAvailable|SocketError)|Bunny::TCPConnectionFailed(?:ForAllHosts)?|Dalli::RingError|Trilogy::(?:BaseConnectionError|ConnectionError)|Mysql2::Error::ConnectionError):\s*$/
/** A message that names another exception (`SQLite3::CantOpenException: unable to open database file`, `PG::ConnectionBad: invalid sslmode value`): the wrapper's cause is that one. */
const NAMES_ANOTHER_EXCEPTION = /\b(?:[A-Z]\w{0,80}::){0,8}[A-Z]\w{0,80}(?:Exception|Error)\b|\b(?:[A-Z]\w{0,80}::){1,8}[A-Z]\w{0,80}\b/
/** AVA's words for a failure that is another error's: a rejected promise or a throw, shown under `values:`. */
const AVA_TAP_WRAPPER = /^\s{0,12}message: (?:Rejected promise returned by test|Error thrown in test)\.?\s*$/
/**
 * The service whose client library a qualified class name belongs to: a Python module
 * (`pika.exceptions.X`), a Java package (`com.rabbitmq.client.X`), a PHP namespace (`Predis\X`).
 */
function clientClassService(name: string): string | undefined {
  const bare = name.trim().replace(/^["'`<]+|["'`>.]+$/g, '')
  if (bare.includes('\\')) return phpClientNamespace(bare)
  if (!bare.includes('.')) return undefined
  return serviceForClient('python', bare.split('.')[0] as string) ?? serviceForClient('java', bare)
}
/** Two exception classes of one client library (`Predis\\Response\\...` and `Predis\\Connection\\...`): never the project's own namespace. */
function sameVendor(expected: string, actual: string): boolean {
  const root = (name: string): string => /^[\s"'`]*([A-Za-z_][\w$]{0,100})\\/.exec(name)?.[1] ?? ''
  const a = root(actual)
  return a !== '' && a === root(expected) && phpClientNamespace(`${a}\\x`) !== undefined
}

const TAP_DEPTH_MAX = 64
/** How deep poku's groups are followed (describe in describe in it...). */
const POKU_DEPTH_MAX = 64
/** The colour of poku's `●` or `›` mark: red (fail(), `\x1b[91m`) or green (success(), `\x1b[32m`). */
type PokuColour = 'red' | 'green'
/** The colour codes right before the first `●` or `›` of a raw line, whatever prefixes it (a timestamp, TAP's `# `). */
// eslint-disable-next-line no-control-regex
const POKU_MARK_COLOUR = /^[^●›\n]{0,300}?((?:\u001b\[[\d;]{0,20}m){1,8})[●›](?: |\u001b\[0m )/
/** poku's assertion lines, `✔ message` and `✘ message` (under TAP, `# ` comments). */
const POKU_ASSERTION = /^(?:# )?\s{0,40}([✔✘]) \S/
/** The same in poku's own colours (success().bold(), fail().bold()) right before the mark. */
// eslint-disable-next-line no-control-regex
const POKU_OWN_MARK = /^(?:# )?[^\S\n]{0,40}\u001b\[(?:32|91)m\u001b\[1m[✔✘] /
/** node:test's result for a file that passed: spec's `✔ path (12ms)`, TAP's `ok 1 - path`. */
const NODE_FILE_PASS = /^\s*✔ \S[^\n]{0,500}? \([\d.]{1,20}m?s\)$|^\s*ok \d{1,6} - /

function pokuColourOf(raw: string): PokuColour | undefined {
  const codes = POKU_MARK_COLOUR.exec(raw)?.[1]
  if (codes === undefined) return undefined
  // eslint-disable-next-line no-control-regex
  if (/\u001b\[91m/.test(codes)) return 'red'
  // eslint-disable-next-line no-control-regex
  if (/\u001b\[32m/.test(codes)) return 'green'
  return undefined
}
/** Beyond this many units, a titled details section's titles are not looked up (its lines stay where they are). */
const TITLED_LOOKUP_MAX = 2000
/** The most suite titles mocha prints above a hook's title that are read as its scope. */
const SUITE_DEPTH_MAX = 16
/** Where mocha's Base.list prints a title path's second element (its first is `  1) outer`, its message at 5). */
const MOCHA_TITLE_INDENT = 7
/** A mocha failure's title path being read, one element a line. */
interface SuiteTitles { readonly unit: Unit; lines: number; readonly named: boolean; readonly rename: boolean; readonly first: string; held?: string; last?: string }
/** The most cancelled subtests one scope holds for its parent (more stay unexplained: never an excuse past the bound). */
const CANCELLED_MAX = 4096

/** A TAP subtest or spec suite still open, by its indentation (trackTap, trackSpec). */
interface NestScope {
  readonly indent: number
  failedInside: boolean
  /** Its subtests node:test cancelled, unfinished, when its run ended (rules/signs.ts CANCELLED_BY_PARENT). */
  readonly cancelled: Unit[]
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length
}

/** How many lines below a failure's marker its identity (dialect.ts `unitIdentity`) may come. */
const IDENTITY_LINES = 6
/** The runners whose details name a unit's file (dialect.ts, `unitFile`). */
const UNIT_FILE: ReadonlyMap<string, RegExp> = new Map(DIALECTS.flatMap(d => (d.unitFile ? [[d.id, d.unitFile] as const] : [])))
/**
 * Runners that print no line for a passing test before their failures' details (JUnit 4's text
 * runner, the console launcher, RSpec): after their end of run, nothing is provably theirs.
 * Runners that do (mocha, node:test: `  ...` closes each TAP test mid-run) keep their reading.
 */
const ENDS_RUN_UNSEEN: ReadonlySet<Dialect> = new Set(DIALECTS.filter(d => d.markers.some(m => m.event === 'details') && !d.markers.some(m => m.event === 'pass')))
/** The dialects that read some markers only inside their sections (dialect.ts `sectionHeader`), with their `end` patterns. */
const SECTIONED: readonly { readonly dialect: Dialect; readonly header: RegExp; readonly ends: readonly RegExp[] }[] = DIALECTS.flatMap(d =>
  d.sectionHeader === undefined ? [] : [{ dialect: d, header: d.sectionHeader, ends: d.markers.filter(m => m.event === 'end' && m.afterItsTests !== true).map(m => m.pattern) }])
/** A mocha hook's title in its details (`"after all" hook for "sums":`). */
const HOOK_TITLE = /^"(?:before|after) (?:all|each)" hook[^\n]{0,500}:$/
/** The marks node:test's spec reporter begins a line with, after its indentation. */
const SPEC_MARKS: ReadonlySet<number> = new Set(['▶', '✖', '✔', '﹣'].map(c => c.charCodeAt(0)))

/** The first character after a line's indentation (spaces only). */
function firstMark(line: string): number {
  let i = 0
  while (i < 65 && line.charCodeAt(i) === 32) i++
  return line.charCodeAt(i)
}
/** The reported counts that add up below a summary's first line (dialect.ts `reportedSumFrom`): their index, that line. */
const SUMMED: readonly (readonly [number, RegExp])[] = REPORTED_SUM_FROM.flatMap((from, n) => (from === undefined ? [] : [[n, from] as const]))
/** Runners whose blocks hold another runner's output for their own test (dialect.ts, `holdsOutputOf`), by id. */
const HOLDERS: ReadonlyMap<string, string> = new Map(DIALECTS.flatMap(d => (d.holdsOutputOf ? [[d.id, d.holdsOutputOf] as const] : [])))

/** A hook's timeout, in the words of vitest, jest and mocha. */
const HOOK_TIMEOUT = /\bHook timed out\b|\bfor a hook\b|" hook\b/i

/** An assertion error and its message alone (`junit.framework.AssertionFailedError: <message>`). */
const BARE_ASSERTION = /^\s*(?:[\w$]{1,100}\.){0,8}(?:AssertionFailedError|AssertionError|AssertionFailure): (.{1,600})$/
/** A message that says what was expected: the connection error in it is what the test checks. */
const EXPECTATION_WORDS = /\b(?:expected|expect|should|must|to be|to equal|but (?:was|got)|instead|not thrown|to throw|to raise)\b/i
/** Error lines outside any unit, kept to explain a runner's one-line summary that it cut short. */
const RECENT_OUTSIDE = 4096
/** pytest's `=== FAILURES ===` header, the next section's header, and a `--tb=line` crash line (`path:lineno: message`). */
const TB_LINE_SECTION = /^=+ FAILURES =+$/
const TB_LINE_SECTION_END = /^={3,}/
const TB_CRASH_LINE = /^(?:[A-Za-z]:)?[^\s:][^:\n]{0,300}:\d{1,6}: \S/
/** A failed test in pytest's short summary (`FAILED tests/a.py::test_x`), with or without its reason. */
const TB_LISTED_FAILED = /^FAILED [^\s:]{1,300}::/
/**
 * Where a pytest session starts and ends (`=== test session starts ===`; its closing counts, `=== 2 failed in
 * 0.18s ===`, or `2 failed, 1 passed in 0.05s` under `-q`): a FAILURES section's crash lines belong to its own
 * session's short summary, never to a later session's (attack 28b: two pytest runs in one step).
 */
const PYTEST_SESSION_BOUNDARY = /^=+ test session starts =+$|^(?:=+ )?\d{1,7} (?:failed|passed|errors?|skipped|xfailed|xpassed|warnings?|deselected|rerun)\b[^=\n]{0,300}? in \d{1,7}(?:\.\d{1,4})?s(?: \([\d:]{1,12}\))?(?: =+)?$/
/** How many findings a unit has counted, of any kind. */
const tally = (unit: Unit): number => unit.high + unit.ambiguous + unit.code + unit.unexplained + unit.continuing
/** Findings of a log no dialect splits, kept for display. */
const RUN_EVIDENCE = 12
const CONCLUDING_RUNNERS = new Set(DIALECTS.filter(d => d.concludesEveryTest).map(d => d.id))
/** Blocks a runner prints only for a test that did not pass (dialect.ts `failedBlock`), by runner id. */
const FAILED_BLOCKS: ReadonlyMap<string, RegExp> = new Map(DIALECTS.flatMap(d => (d.failedBlock ? [[d.id, d.failedBlock] as const] : [])))
/** By runner: the indent of its failed tests' accounts (dialect.ts `accountIndent`) and the shape of their whole first line (`wholeBlockStart`). */
const OWN_INDENT: ReadonlyMap<string, string> = new Map(DIALECTS.flatMap(d => (d.accountIndent !== undefined ? [[d.id, d.accountIndent] as const] : [])))
const WHOLE_BLOCK_STARTS: ReadonlyMap<string, RegExp> = new Map(DIALECTS.flatMap(d => (d.wholeBlockStart ? [[d.id, d.wholeBlockStart] as const] : [])))
/** Runners whose closing line leaves the outcome to the lines below it (dialect.ts `awaitsResult`): their failed block counts only there. */
const AWAITS_RESULT: ReadonlySet<string> = new Set(DIALECTS.filter(d => d.markers.some(m => m.awaitsResult === true)).map(d => d.id))

/** What the classifier derives from the knowledge base: built on the first line, never at load. */
interface Knowledge {
  readonly prefilter: Prefilter
  readonly anyRule: (line: string) => boolean
  /** The runners' own failure counts, by what a line starts with. */
  readonly reported: LineStartIndex
  /** The runners' summaries of a run in which no test failed, by what a line starts with. */
  readonly passed: LineStartIndex
}
let knowledgeBuilt: Knowledge | undefined
function knowledge(): Knowledge {
  return (knowledgeBuilt ??= {
    prefilter: prefilter(),
    anyRule: anyOf(ALL_RULES.flatMap(r => r.patterns)),
    reported: lineStartIndex('reported', REPORTED_OF_DIALECTS),
    passed: lineStartIndex('passed', PASSED_OF_DIALECTS)
  })
}

/**
 * mocha's doc reporter (mochajs/mocha lib/reporters/doc.js) prints a failing test as `<dt class="error">title</dt>`, its file,
 * its code and `<dd class="error">message</dd>`, each test's own output printed before its lines and the next test's right
 * after them: nothing marks where one test's output ends. Reading it as units gave a passing test's logged refusal to the
 * failing test above it, or a title starting with `/` to nothing (attack 31a): a log it printed is never sure.
 */
const MOCHA_DOC_FAILURE = /^\s{0,40}<dt class="error">/

/** The runners whose units hold go test's examples. */
const GO_EXAMPLE_RUNNERS = new Set(['go', 'gotestsum'])

/** Named logging blocks tracked at most: a run of more tests' logging than this is judged without them. */
const MAX_LOGGED = 4096
/** A line that says something went wrong, or that the code went on without a service. */
const TROUBLE_WORDS = /\b(?:fail|error|exception|unable|cannot|can't|could not|timed? ?out|denied|invalid|unexpected|warn|unavailable|not available)|\b(?:falling back|fall back|loading from|using|continuing|skipping|ignoring|instead)\b/i
/** What a stack or an error object prints around an error: neither a new error nor the code going on. */
const ERROR_DECORATION = /^\s*(?:at\s|\.\.\. \d+ more|[{}\][],?$|(?:errno|code|syscall|address|port|hostname|host|name|message|cause|stack|errors|level|timestamp):\s)/

interface PendingService {
  readonly finding: Finding
  readonly unit: Unit
  remaining: number
}

/** Lines are gathered into batches so the pre-filter runs once over many lines. */
const BATCH_LINES = 1024
/** A batch of long lines is flushed early, so memory stays bounded whatever the line lengths. */
const BATCH_CHARS = 1 << 20

/** How the test process ended, when the caller knows (the gate does; a log file alone does not). */
export interface RunEnd {
  readonly exitCode: number
  /** The signal that ended the process, when one did. */
  readonly signal?: string | null
}

/** Exit statuses a shell gives a command a signal ended (128 + n). */
const SIGNAL_EXIT = /^(?:129|13[0-9]|14[0-9]|15[0-9])$/

export class LogClassifier {
  private lineNumber = 0
  private batch: string[] = []
  private batchChars = 0
  /** The raw lines before the current one, for context: this batch up to `index`, then `tail`. */
  private context: { lines: readonly string[]; index: number } = { lines: [], index: 0 }
  private tail: string[] = []
  /** Line number of the last unit marker: context never reaches across it. */
  private contextFloor = 0
  private readonly counts = { infrastructureHigh: 0, infrastructureAmbiguous: 0, code: 0 }
  private readonly pending: PendingService[] = []
  private readonly units = new Map<string, Unit>()
  private current: Unit | undefined
  /** Findings outside any unit, outside logging zones: judged as one unit of their own. */
  private outside: Unit = newUnit(OUTSIDE_KEY, 'outside any test', 'log', 1, 'outside', 'failing')
  /**
   * Findings outside any unit since the last test line, while a runner that prints a test's line
   * after its output (mocha, node:test) may yet claim them; otherwise they join `outside`.
   */
  private preceding: Unit = newUnit('\u0000preceding', 'preceding output', 'log', 1, 'outside', 'failing')
  /** After a logging marker (`● Console`, `stdout |`, pytest's PASSES): what follows is not a failure. */
  private quiet = false
  /** Under pytest's PASSES section: its test headers are passing tests'. */
  private passes: Dialect | undefined
  /** After `N failing` / `Failures:`: numbered markers open their details. */
  private detailsDialect: Dialect | undefined
  /**
   * The header of the details section open now (`There were 2 failures:`): JUnitCore prints PHPUnit's words, so the
   * runner whose test is listed below says whether it is its section of failed assertions (dialect.ts `listsAssertions`).
   */
  private detailsHeader: string | undefined
  private reportedFailures = 0
  /** The line a failed test's account began on (Dialect `failedBlock`). */
  private blockHeadLine = 0

  /** A summary whose counts still come a line each (dialect.ts `reportedSumFrom`), by its pattern's index: its count so far. */
  private readonly openSummaries = new Map<number, number>()
  /** The last line where a runner's summary said no test failed (dialect.ts `passedAll`). */
  private passedSummaryLine = 0
  /** A runner said it stopped the run early (dialect.ts `interrupted`): no summary says every test passed. */
  private interrupted = false
  /** Runners whose banner the log printed, whose progress marks are read from then on (dialect.ts `progress`). */
  private bannered: { readonly banner: RegExp; readonly progress: RegExp }[] = []
  /** The last line that began with such a runner's progress mark. */
  private progressLine = 0
  /** The dialects one of whose sections is open (dialect.ts `sectionHeader`, `inSection`). */
  private readonly sectionsOpen = new Set<Dialect>()
  /** The open details section's entries are counted under another heading (dialect.ts `entriesCountedApart`): its dialect. */
  private sectionApart: Dialect | undefined
  /** Inside a closing list whose entries are accounts (dialect.ts `entries`): its dialect and patterns. */
  private entries: { readonly dialect: Dialect; readonly list: NonNullable<MarkerMatch['entries']> } | undefined
  /** A result line whose title goes on below (dialect.ts `wrappedResults`): its first line, and how many more it may take. */
  /** Dialects under whose `headedBelow.underFile` header the lines now are. */
  private readonly underHeader = new Set<Dialect>()
  /** The dialect whose header, on the line before, named no test (dialect.ts `headedBelow`). */
  private headedBelow: { readonly dialect: Dialect; readonly title: string; readonly spec: NonNullable<Dialect['headedBelow']>; readonly blanks: number } | undefined
  private wrapped: { readonly dialect: Dialect; readonly spec: WrappedResults; readonly type: string; readonly title: string; readonly text: string; lines: number } | undefined
  /** The last marker's dialect and line (a wrapped result's first line follows one of them). */
  private lastMarker: { readonly dialect: Dialect; readonly line: number } | undefined
  /** The line a wrapped result may follow (WrappedResults `after`) was the one before this. */
  private resultMayFollow = 0
  /** The counts read so far below a summary's first line, by reported pattern (dialect.ts `reportedSumFrom`). */
  private readonly summed = new Map<number, number>()
  /** The runner of the marker after which `preceding` began: its output is a test's only if that runner's. */
  private precedingAfter: string | undefined
  /** Inside an assertion's printed expected/received values (DATA_START): data, not events. */
  private inData = false
  /** A panic header whose message is the next line: unexplained unless that line is explained. */
  private header: Finding | undefined
  /** Inside a Python traceback: its first line that is not a frame is its exception. */
  private inTraceback = false
  /** The last line a rule, a sign or a marker accounted for (a finding, a wrapper, a marker). */
  private handledLine = 0
  /** The last stack frame line: a frame right after another continues the same stack. */
  private frameLine = 0
  /** After a runner's `end` marker, the lines it prints itself (dialect.ts `ownLinesAfterTests`). */
  private afterTests: RegExp | undefined
  /** Fed a report's test cases (beginTest): runner markers mean nothing inside them. */
  private reportMode = false
  private readonly recentOutside: Finding[] = []
  private readonly runEvidence: Finding[] = []
  /** A test failed since the last group (go package) result. */
  private failedInGroup = false
  // What a log no dialect splits is judged by (verdict.ts, RunFindings).
  private fatal: Finding | undefined
  private firstCode: Finding | undefined
  private firstInfra: Finding | undefined
  private readonly runServices = new Set<string>()
  private runMention: string | undefined
  /** Attributes read as a client module imported as None, by attribute: a restatement reads the same. */
  private readonly noneModules = new Map<string, { service: string; module: string; confidence: Finding['confidence'] }>()
  /** Python modules whose import the log shows failing (`No module named 'psycopg2'`), caught or not. */
  private readonly failedImports = new Set<string>()
  /** The package of the go test -json event being read, and the package each go unit was seen in. */
  private jsonPackage: string | undefined
  private readonly unitPackage = new WeakMap<Unit, string>()
  /** Each test's own logging (vitest's `stderr | file > test`): what its clients logged there. */
  private readonly logged = new Map<string, Logged>()
  /** The named logging block being read, and the line its header was on. */
  private logScope: Logged | undefined
  private logScopeLine = 0
  /** Open TAP subtests by indentation, whether a deeper `not ok` came inside each, and its subtests cancelled by its end. */
  private readonly tapScopes: NestScope[] = []
  /** Open node:test spec suites (`▶ suite`) by indentation, whether a deeper `✖` came inside each, and its subtests cancelled by its end. */
  private readonly specScopes: NestScope[] = []
  /** The line of a failing TAP or spec result that closed a scope whose subtests its end cancelled, and those subtests. */
  private cancelParent: { readonly line: number; readonly children: readonly Unit[] } | undefined
  /** The line of a TAP `not ok` or a spec suite's `✖` that only reports its subtests' failures. */
  private tapParentAt = 0
  /** The line of a spec suite's `✖` over a failing `✖`: a parent unless it prints a failure of its own. */
  private specParentAt = 0
  /** Suites made parents by the spec reporter's nesting alone, until a line of their own says otherwise. */
  private readonly specParents = new WeakSet<Unit>()
  /** The last failing test's marker, for a runner that prints one error for several tests. */
  private lastStart: { unit: Unit; line: number } | undefined
  /** The last line a finding naming a service was recorded in a logging block. */
  private loggedRefusalLine = 0
  /**
   * pytest's `--tb=line` FAILURES section: one crash line a failed test (terminal.py
   * summary_failures writes `_getcrashline(rep)` for each, `path:lineno: message` cut at the
   * message's first newline), no test names. What each line was judged, and whether any line
   * was something else (a blank, a line of another shape, one no rule read as a sure refusal).
   */
  private tbLines: { open: boolean; spoiled: boolean; readonly findings: Finding[]; listed: number } | undefined

  /** Splits a monorepo's log into its packages' streams (streams.ts) and keeps what the task runner says of their tasks. */
  private readonly splitter = new StreamSplitter()
  /** Each package's lines, when a monorepo's task runner prefixed them (streams.ts), judged apart. */
  private readonly streams = new Map<string, LogClassifier>()
  /** Lines pushed without a number: the log's own line numbers, once lines go to streams. */
  private pushed = 0

  /** Feed one line of the log (without its newline); `lineNumber` sets its number explicitly. */
  push(rawLine: string, lineNumber?: number): void {
    if (lineNumber === undefined && !this.reportMode) {
      this.pushed++
      const routed = this.splitter.route(rawLine)
      if (routed !== undefined) {
        const into = routed.stream === undefined ? this : this.streamOf(routed.stream)
        into.pushOwn(routed.line, this.pushed)
        return
      }
    }
    this.pushOwn(rawLine, lineNumber)
  }

  /** The classifier of a package's stream, opened with its first line. */
  private streamOf(name: string): LogClassifier {
    let stream = this.streams.get(name)
    if (stream === undefined) {
      stream = new LogClassifier()
      this.streams.set(name, stream)
    }
    return stream
  }

  private pushOwn(rawLine: string, lineNumber?: number): void {
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
    if (this.logScope) this.noteLoggedLine(line)
    this.remember([line])
  }

  get lines(): number {
    return Math.max(this.lineNumber + this.batch.length, this.pushed)
  }

  result(end?: RunEnd): Verdict {
    if (!this.splitter.splitting) return this.ownResult(end)
    const judged = new Map([...this.streams].map(([name, stream]) => [name, stream.judged()] as const))
    // The failures only the task runner's structure shows are counted in the main log before its verdict.
    const failing = this.splitter.failingStreams(judged, this.judged(end))
    const own = this.ownResult(end)
    // The main log speaks when its lines show a failure, or a task the runner says failed has no stream of its own.
    const mainSpeaks = !this.saidNothing() || this.splitter.failedOutsideStreams()
    const speaking = [...(mainSpeaks ? [{ name: 'the log outside any package', verdict: own }] : []), ...failing]
    return speaking.length === 0 ? own : combineStreams(speaking)
  }

  /** This classifier as the splitter asks a stream at the end (streams.ts, `JudgedStream`). */
  private judged(end?: RunEnd): JudgedStream {
    return {
      saidNothing: () => this.saidNothing(),
      unexplained: failure => this.runFailure({ ruleId: failure.ruleId, title: failure.title, kind: 'unexplained', confidence: 'high', service: '', line: this.lineNumber, text: failure.text }),
      verdict: () => this.ownResult(end)
    }
  }

  /** A failure of the run the task runner's structure shows and no line does: outside any test, and the run's last word (so a verdict names it). */
  private runFailure(finding: Finding): void {
    const structural = { ...finding, structural: true }
    count(this.outside, structural)
    this.remember_(structural)
  }

  /** Nothing in the lines fed so far: no failing test, no finding, no runner's failure count. */
  private saidNothing(): boolean {
    return this.units.size === 0 && this.fatal === undefined && this.firstCode === undefined && this.firstInfra === undefined && this.reportedFailures === 0 && !hasFindings(this.outside) && !hasFindings(this.preceding)
  }

  private ownResult(end?: RunEnd): Verdict {
    this.flush()
    this.settleHeader()
    this.settlePreceding(undefined)
    // poku's groups still open at the end never ended.
    if (this.pokuStack.length > 0) this.pokuEndFile(false)
    // Announced and never concluded: the process died inside them (SPEC, the burden of proof).
    for (const unit of this.units.values()) this.conclude(unit)
    // Announced, and printed what the runner prints only for a test that did not pass: it failed, its result line unread.
    for (const unit of this.units.values()) if (unit.state === 'pending' && unit.failedBlock) unit.state = 'failing'
    // Two suites printed under one name (two `describe('orders')`) are one unit that is not one scope.
    if (new Set([...this.suiteUnits].map(u => u.name)).size < this.suitesReported) for (const unit of this.suiteUnits) unit.holdsHooks = false
    if (end && (end.signal || SIGNAL_EXIT.test(String(end.exitCode)))) {
      const how = end.signal ? `signal ${end.signal}` : `exit status ${end.exitCode}, a signal's`
      count(this.outside, { ruleId: 'process.signal', title: 'The test process was ended by a signal', kind: 'unexplained', confidence: 'high', service: '', line: this.lineNumber, text: `the test command ended with ${how}` })
    }
    return decideVerdict({
      units: [...this.units.values()],
      all: [this.outside, ...this.units.values()],
      outside: this.outside,
      counts: this.counts,
      reportedFailures: this.reportedFailures,
      passedSummaryLine: this.interrupted ? 0 : this.passedSummaryLine,
      progressLine: this.progressLine,
      logged: this.logged,
      // poku prints nothing for a test that failed on node:assert (its ● line's colour alone says so), and a
      // neighbour's unawaited output lands in any test's span (attacks 28c, 28e): its logs prove no outage alone.
      crossDialled: this.crossDialled,
      silentFailures: this.pokuSeen ? "poku prints no node:assert failure (only its ● line's colour says a test failed), so no test's lines can show all it failed on" : this.mochaDocSeen ? "mocha's doc reporter prints a failing test's error as HTML after the output of the tests around it (`<dd class=\"error\">`), so no test's lines can be told apart from its neighbours'" : this.reportFileLine > 0 ? `vitest wrote its results to a file (line ${this.reportFileLine}) in a run that printed no totals of its own, so a test it failed is in no line of this log` : undefined,
      run: { fatal: this.fatal, firstCode: this.firstCode, firstInfra: this.firstInfra, services: this.runServices, mention: this.runMention, evidence: this.runEvidence }
    })
  }

  /** Open a failing unit explicitly (a JUnit report names its tests itself). */
  beginTest(name: string, runner = 'junit'): void {
    this.reportMode = true
    this.inData = false
    this.header = undefined
    this.contextFloor = this.lineNumber
    this.current = this.openUnit(`${runner}:${name}`, name, runner, 'test', 'failing')
  }

  endTest(): void {
    this.flush()
    this.settleHeader()
    this.current = undefined
    this.inData = false
  }

  /** A panic header whose message never came is a panic no rule explains. */
  private settleHeader(): void {
    if (this.header) this.record(this.header)
    this.header = undefined
  }

  private flush(): void {
    const lines = this.batch
    if (lines.length === 0) return
    this.batch = []
    this.batchChars = 0
    const { interesting } = knowledge().prefilter
    const base = this.lineNumber
    // One context for the batch, its index moved line by line.
    const context = { lines, index: 0 }
    for (let i = 0; i < lines.length; i++) {
      // Skip a line that cannot matter, unless a refusal or an assertion still waits for its
      // context. A line is judged right after it is found to matter: what the pre-filter's scan
      // found in it is still at hand for the classifier's own tests.
      if (this.pending.length === 0 && this.current?.awaitingError === undefined && !(this.current !== undefined && this.specParents.has(this.current)) && this.header === undefined && !this.inTraceback && this.afterTests === undefined && this.logScope === undefined && this.suiteTitles === undefined && this.nameBelow === undefined && this.headedBelow === undefined && this.identityWatch === undefined && this.detailsIndent === undefined && !(this.current !== undefined && this.current.file === undefined && UNIT_FILE.has(this.current.runner)) && !this.source.watching && !this.detailsDialect?.titledDetails && this.avaNamed === undefined && this.avaWrapper === undefined && !(this.bannered.length > 0 && (lines[i] as string).charCodeAt(0) === 46) && this.goExample === undefined && !interesting(lines[i] as string)) continue
      this.lineNumber = base + i + 1
      context.index = i
      this.context = context
      this.processLine(lines[i] as string)
      if (this.logScope) this.noteLoggedLine(lines[i] as string)
    }
    this.lineNumber = base + lines.length
    this.context = { lines: [], index: 0 }
    this.remember(lines)
  }

  private remember(lines: readonly string[]): void {
    this.tail = lines.length >= CONTEXT_LINES ? lines.slice(-CONTEXT_LINES) : [...this.tail, ...lines].slice(-CONTEXT_LINES)
  }

  private processLine(rawLine: string): void {
    // go test -json names the test each line belongs to: parallel tests' lines interleave.
    const json = rawLine.startsWith('{"Time"')
    this.jsonPackage = json ? GO_JSON_PACKAGE.exec(rawLine)?.[1] : undefined
    const jsonTest = json ? GO_JSON_TEST.exec(rawLine)?.[1] : undefined
    if (jsonTest !== undefined && this.current?.name !== jsonTest && !this.reportMode) {
      this.onMarker({ dialect: GO, event: 'run', name: jsonTest, key: `go:${jsonTest}`, afterOutput: false, closes: false, asserts: false, namesFile: false, afterItsTests: false, namedBelow: false, detailsIndented: false, indent: 0 })
    }
    if (this.jsonPackage !== undefined && this.current?.runner === 'go' && !this.unitPackage.has(this.current)) this.unitPackage.set(this.current, this.jsonPackage)
    if (this.noteOpen) {
      this.noteOpen = false
      this.current = undefined
    }
    const line = normaliseLine(rawLine)
    this.rawText = rawLine
    this.pokuColour = rawLine.includes('●') || rawLine.includes('›') ? pokuColourOf(rawLine) : undefined
    if (this.tbLines?.open && TB_LINE_SECTION_END.test(line)) this.tbLines.open = false
    if (this.tbLines && PYTEST_SESSION_BOUNDARY.test(line)) this.tbLines = undefined
    if (this.tbLines?.open && this.readTbLine(line)) return
    if (TB_LINE_SECTION.test(line)) this.tbLines = { open: true, spoiled: false, findings: [], listed: 0 }
    if (line === '') return
    this.readProgress(line)
    this.readGoExample(line)
    if (!this.mochaDocSeen && line.includes('<dt') && MOCHA_DOC_FAILURE.test(line)) this.mochaDocSeen = true
    // Each vitest run's own: a report written by a run that printed no totals since its banner (or since the log began).
    if (line.includes('RUN') && VITEST_BANNER.test(line)) this.vitestRunLine = this.lineNumber
    if (line.includes('Test Files') && VITEST_TOTALS.test(line)) this.vitestTotalsLine = this.lineNumber
    if (this.reportFileLine === 0 && line.includes(' report written to ') && VITEST_REPORT_FILE.test(line) && !(this.vitestTotalsLine > this.vitestRunLine)) this.reportFileLine = this.lineNumber
    // A Perl test script that died, or bailed out: a failure no rule explains, whatever the lines above it say. Perl runs
    // END blocks and DESTROY methods between a `die` and Test::Builder's word of it, and what they print (a cache's
    // refusal while it saves its counts) lands on the line above (attack 41a).
    if (line.charCodeAt(0) === 35 && PERL_SCRIPT_DIED.test(line)) {
      this.record(this.unexplained(line, 'runner.script-died', 'A test script that died on an error no rule explains'))
      return
    }
    if ((line.charCodeAt(0) === 66 || line.charCodeAt(0) === 70) && PERL_BAILED_OUT.test(line)) {
      this.record(this.unexplained(line, 'runner.bailed-out', 'A test script stopped the whole run (bail out)'))
      return
    }
    if (this.current !== undefined && HOOK_FAILED.test(line)) this.current.hookFailed = true
    if (this.current !== undefined && TAP_SUITE.test(line)) this.current.suite = true
    // A line behind testdox's bar (`│`, in colour `├ ┊ ╵ ┐ ┴`) is a failure's detail, whatever words it holds
    // once the bar is gone: never a class's header (attack 27a: a custom assertion message `├ Slug has no dash`).
    this.behindBar = BOX_MARK.test(rawLine)
    this.source.readHeadlineMessage(line)
    // node:test's spec reporter: a line no deeper than the failed test's own is the next test's output.
    // A runner whose failure block ends with an empty line (dialect.ts `blankEndsDetails`): a line after it is not the
    // block's, however deep (ExUnit: a passing test's print indented five spaces, attack 40a), unless it opens its log.
    // Empty lines never reach here: a line more than one below the last the block read follows one.
    // Another stream's line right below a failed test's first account line, where the console launcher indents its own
    // 13 spaces (dialect.ts `resumesDetails`; the launcher writes its lines in blocks, a test's prints go out at once): the
    // rest of that first line may be what was pushed down (attack 41b: `=> Exception: `, then a passing test's printed
    // `java.net.ConnectException: Connection refused` and its frames), so the account is not read as whole. Further down a
    // print cuts only frames, as real runs show.
    const account = this.detailsIndent
    const ownIndent = account?.resumes !== undefined ? OWN_INDENT.get(account.unit.runner) : undefined
    if (account !== undefined && ownIndent !== undefined && account.cut !== true && this.current === account.unit && account.unit.failedBlock && this.blockHeadLine === this.lineNumber - 1 && line.trim() !== '' && !line.startsWith(ownIndent) && !markerOf(line)) {
      account.cut = true
      this.recordCutAccount(line)
    }
    const blockEnded = this.detailsIndent?.blankEnds === true && this.current === this.detailsIndent.unit && line.trim() !== '' && this.lineNumber > (this.detailsIndent.seenLine ?? this.lineNumber) + 1 && this.detailsIndent.logged?.test(line) !== true
    if (this.detailsIndent?.blankEnds === true && this.current === this.detailsIndent.unit) this.detailsIndent.seenLine = this.lineNumber
    if (this.detailsIndent && this.current === this.detailsIndent.unit && line.trim() !== '' && (blockEnded || indentOf(line) <= this.detailsIndent.indent) && !markerOf(line)) {
      // Another stream's line inside a failed test's account (the launcher writes its lines in blocks, a test's prints go
      // out at once): what the account said around it cannot be told from what was printed into it (attack 41b).
      // Only right below the account's first line: there the rest of that line may be what was pushed down (attack 41b:
      // `=> Exception: ` and then a passing test's printed `java.net.ConnectException: Connection refused`); further
      // down a print cuts only frames, as real runs show.
      this.current = undefined
      // A runner whose details another stream's lines can cut (dialect.ts `resumesDetails`) goes on with them below.
      if (this.detailsIndent.resumes === undefined) this.detailsIndent = undefined
    } else if (this.detailsIndent?.resumes !== undefined && this.current === undefined && this.detailsIndent.resumes.test(line) && !markerOf(line)) {
      this.current = this.detailsIndent.unit
    } else if (this.detailsIndent?.logging === true && line.trim() !== '' && indentOf(line) <= this.detailsIndent.indent && !markerOf(line)) {
      // The test's captured log ended with its details: what follows is no test's (dialect.ts `loggedSection`).
      this.detailsIndent = undefined
      this.quiet = false
      this.logScope = undefined
    }
    // What the failed test logged, printed below its failure (dialect.ts `loggedSection`): its own logging, not its failure.
    const details = this.detailsIndent
    if (details?.logged !== undefined && details.logging !== true && this.current === details.unit && details.logged.test(line)) {
      details.logging = true
      this.current = undefined
      this.quiet = true
      this.logScope = this.loggedFor(details.unit.name)
      this.logScopeLine = this.lineNumber
      return
    }
    const current = this.current
    if (current !== undefined && current.file === undefined) {
      const file = UNIT_FILE.get(current.runner)?.exec(line)?.[1]
      if (file !== undefined) current.file = file
    }
    if (this.detailsDialect?.titledDetails && /^ {2}\S/.test(line) && this.openTitledDetails(line.trim())) return
    if (this.avaNamed || this.avaWrapper) this.followAvaBlock(line)
    if (this.identityWatch) {
      const watch = this.identityWatch
      const identity = watch.pattern.exec(line)?.[1]
      if (identity !== undefined || --watch.lines <= 0 || watch.unit !== this.current) this.identityWatch = undefined
      if (identity !== undefined && watch.unit === this.current) {
        watch.unit.identities.add(identity)
        if (watch.unit.identities.size > 1) watch.unit.conflated = true
      }
    }
    if (this.nameBelow) {
      // `Class#test_x [test/x_test.rb:12]:` names the unit the line above opened; it is no finding
      // (minitest-reporters' DefaultReporter prints a failure's `Class#test_x [file:12]` without the colon).
      const unit = this.nameBelow
      this.nameBelow = undefined
      const name = /^(\S[^\n]{0,500}?)(?: \[[^\]\n]{1,300}\]:?|:)$/.exec(line.trim())?.[1]
      if (name !== undefined && !markerOf(line)) {
        unit.name = name
        return
      }
    }
    if (this.suiteTitles && this.takeSuiteTitle(line)) return
    this.source.follow(line)
    if (line.includes('ok ') || line.includes('# Subtest: ')) this.trackTap(line)
    if (SPEC_MARKS.has(firstMark(line))) this.trackSpec(line)
    // A suite whose only failure is its children's prints nothing under its `✖` (neither in the
    // tree nor in `✖ failing tests:`); one that failed by itself (a failing `after` hook, a hook's
    // timeout, a thrown string) prints its error there: it is no parent, whatever that error says.
    const own = this.current
    if (own && this.specParents.has(own) && line.trim() !== '' && !SPEC_LINE.test(line) && !PARENT_MARKER.test(line) && !markerOf(line)) {
      own.parent = false
      this.specParents.delete(own)
    }
    // What a harness prints after the tests ended and before the group's result (go's TestMain
    // after m.Run()) failed outside any test, whatever it says.
    if (this.afterTests && !markerOf(line)) {
      if (line.trim() !== '' && !this.afterTests.test(line)) {
        this.judgeLine(line)
        if (this.handledLine !== this.lineNumber) this.record(this.unexplained(line, 'harness.after-tests', 'Output after the last test, before the package result (TestMain)'))
      }
      return
    }
    // A Python traceback ends with its exception, whatever its name (`StopIteration`): the first
    // line that is not a frame is judged as one, and is unexplained when no rule explains it.
    if (this.inTraceback && !PY_FRAME.test(line)) {
      this.inTraceback = false
      const before = this.handledLine
      this.judgeLine(line)
      if (this.handledLine === before && EXCEPTION_LINE.test(line) && !isWrapperHeadline(line)) this.record(this.unexplained(line, 'error.exception', 'An exception no rule explains'))
      return
    }
    if (GATED.PY_TRACEBACK.test(line)) this.inTraceback = true
    // The line above the first frame of a stack is the exception it belongs to, whatever its name (`Overdraft: ...`).
    if (GATED.STACK_FRAME.test(line) && !this.inData) {
      const first = this.frameLine !== this.lineNumber - 1
      this.frameLine = this.lineNumber
      const above = first && this.handledLine !== this.lineNumber - 1 ? this.previousLine(1) : undefined
      if (above !== undefined && EXCEPTION_LINE.test(above) && !GATED.UNINFORMATIVE.test(above) && !isWrapperHeadline(above) && !markerOf(above)) {
        this.record({ ...this.unexplained(above, 'error.exception', 'An exception no rule explains'), line: this.lineNumber - 1 })
      }
    }
    const header = this.header
    this.header = undefined
    if (header) {
      // The panic's message is this line: the panic is explained only if a rule explains it.
      this.explainedByRule = false
      this.judgeLine(line)
      // RSpec's class alone keeps its message beside it: whether the class wraps its cause depends on it.
      if (!this.explainedByRule) this.record(RUBY_CLASS_ALONE.test(header.text) ? { ...header, note: `its message: ${clip(line.trim())}` } : header)
      return
    }
    this.judgeLine(line)
  }

  /** A failed Go example's output being read (`got:` seen, `want:` not yet): its unit, its lines, and the unit's sure findings before it. */
  private goExample: { readonly unit: Unit; lines: number; readonly sureBefore: number } | undefined

  /**
   * A failed Go example printed other output than it documents: the code's mismatch, read at `want:`, unless every line of
   * its output was a sure connection error (the example printed the error it met, as pgx's examples do with no database).
   * Any other output, a refusal among other lines or none, is the mismatch it says (attacks 33c, 34a).
   */
  private readGoExample(line: string): void {
    const unit = this.current
    if (GO_EXAMPLE_GOT.test(line) && unit !== undefined && GO_EXAMPLE_RUNNERS.has(unit.runner)) {
      this.goExample = { unit, lines: 0, sureBefore: unit.high }
      return
    }
    const block = this.goExample
    if (block === undefined) return
    if (block.unit !== unit) {
      this.goExample = undefined
      return
    }
    if (!GO_EXAMPLE_WANT.test(line)) {
      block.lines++
      return
    }
    this.goExample = undefined
    if (block.lines > 0 && block.unit.high - block.sureBefore >= block.lines) return
    this.record({ ruleId: 'code.go-example-output', title: 'A Go example printed other output than it documents', kind: 'code', confidence: 'high', service: '', line: this.lineNumber, text: clip(line), note: 'go test prints a failed example\'s output under `got:` and its `// Output:` under `want:`' })
  }

  /** A runner's banner, and after it that runner's progress marks at a line's start (dialect.ts `progress`). */
  private readProgress(line: string): void {
    if (this.bannered.length > 0 && line.charCodeAt(0) === 46 && this.bannered.some(b => b.progress.test(line))) this.progressLine = this.lineNumber
    // A banner starts with the runner's capitalised name or a rule of `=`: no other line pays for the test.
    const first = line.charCodeAt(0)
    if (((first >= 65 && first <= 90) || first === 61) && this.bannered.length < PROGRESS_OF_DIALECTS.length) for (const b of PROGRESS_OF_DIALECTS) if (!this.bannered.includes(b) && b.banner.test(line)) this.bannered.push(b)
  }

  /** Set when a rule explained the line being judged. */
  private explainedByRule = false

  /**
   * pytest's short summary line being read (`FAILED x::t - reason`): its kind of report counts as one of
   * the unit's failures (verdict.ts `printed`) only when the log holds an account of that report, so a
   * call whose failure no line explains is never vouched for by the teardown's refusal.
   */
  private summaryReport: { unit: Unit; kind: string; tally: number } | undefined

  private judgeLine(line: string): void {
    this.summaryReport = undefined
    this.judgeOneLine(line)
    const report = this.summaryReport as { unit: Unit; kind: string; tally: number } | undefined
    // `ERROR` lists a setup's or teardown's error, whose own `ERROR at ... of` block is its account; `FAILED`
    // lists the call, accounted for only when the line's reason (or the crash line it stands for) gave the unit a finding.
    if (report !== undefined && (report.kind === 'ERROR' ? report.unit.holdsHooks : tally(report.unit) > report.tally)) report.unit.summaryKinds.add(report.kind)
    this.summaryReport = undefined
  }

  private judgeOneLine(line: string): void {
    // A report's failure text belongs to its test case whatever runner markers it holds.
    this.lineText = line
    if (this.pokuRepeat && POKU.reportedFailures?.test(line)) {
      this.pokuRepeat = false
      this.quiet = false
    }
    if (!this.reportMode && !this.pokuRepeat && this.pokuAssertion(line, this.rawText)) return
    // poku's summary repeats failed files' output: no line of it is a marker of any runner.
    if (!this.reportMode && !this.pokuRepeat) this.trackSections(line)
    let marker = this.reportMode || this.pokuRepeat ? undefined : markerOf(line, this.behindBar ? undefined : this.dialectsSeen, this.sectionsOpen, this.current)
    // The announced test's own stream (prove -v's TAP): its line, read as nothing else (dialect.ts `ofAnnounced`).
    if (marker?.event === 'data') {
      this.handledLine = this.lineNumber
      return
    }
    if (!this.reportMode && !this.pokuRepeat) {
      const current = this.current
      if (current?.state === 'pending' && (current.concluded || !AWAITS_RESULT.has(current.runner)) && FAILED_BLOCKS.get(current.runner)?.test(line) === true) {
        current.failedBlock = true
        this.blockHeadLine = this.lineNumber
        if (WHOLE_BLOCK_STARTS.get(current.runner)?.test(line) === false) this.recordCutAccount(line)
      }
      const own = this.statefulMarker(line, marker)
      if (own === 'data') {
        this.handledLine = this.lineNumber
        return
      }
      marker = own
    }
    if (marker) {
      this.handledLine = this.lineNumber
      if (marker.dialect === PYTEST && this.tbLines && !this.tbLines.open && TB_LISTED_FAILED.test(line)) this.tbLines.listed++
      this.onMarker(marker)
      if (marker.unnamedEntry === true && this.current !== undefined) this.record(this.unexplained(line, 'runner.unnamed-entry', 'A failure the runner listed under no test’s name'))
      if (marker.event === 'details' || marker.event === 'end' || marker.event === 'passes') this.detailsHeader = marker.event === 'details' ? line : undefined
      else if (marker.event === 'start' && this.current && this.current.assertedBySection === undefined && this.listsAssertions(marker.dialect)) {
        this.current.assertedBySection = { ruleId: 'code.assertion', title: 'Assertion failed', kind: 'code', confidence: 'high', service: '', line: this.lineNumber, text: clip(line), note: `${marker.dialect.id} lists it among its failed assertions` }
      }
      if (marker.asserts && this.current) this.record({ ruleId: 'code.assertion', title: 'Assertion failed', kind: 'code', confidence: 'high', service: '', line: this.lineNumber, text: clip(line), note: `${marker.dialect.id} reports this as a failed assertion` })
    }
    for (const [n, from] of SUMMED) {
      if (!from.test(line)) continue
      this.summed.set(n, 0)
      this.openSummaries.delete(n)
    }
    // Every summary a runner prints counts: two runs of one runner in one log (`npm test` running jest twice, pytest
    // twice) or two runners (jest's totals, then mocha's) add up (attacks 38b, 39b). A line two runners' patterns both
    // read is one summary, at the largest count any of them reads. A summary whose counts come a line each below its
    // first line (dialect.ts `reportedSumFrom`) is one summary at its running sum. A run printed twice (a retried step)
    // counts twice: more than its units show, so never sure.
    let lineCount = 0
    let lineRunner: number | undefined
    for (const n of knowledge().reported.candidates(line)) {
      const found = (REPORTED_OF_DIALECTS[n] as RegExp).exec(line)
      if (!found) continue
      // A runner that counts failures and errors apart (pytest, unittest, PHPUnit, minitest, surefire) reports both.
      let count = found.slice(1).reduce((sum, g) => (g === undefined ? sum : sum + Number(g)), 0)
      // One that prints each count on a line of its own, below its summary's first line, reports their sum.
      const below = this.summed.get(n)
      if (below !== undefined) {
        count += below
        this.summed.set(n, count)
      }
      // The runner whose pattern reads the largest count (the first, at a tie).
      if (count > lineCount || lineRunner === undefined) {
        lineCount = count
        lineRunner = n
      }
    }
    if (lineRunner !== undefined) {
      const open = this.summed.has(lineRunner) ? this.openSummaries.get(lineRunner) : undefined
      // A summary whose counts come a line each grows: only what it adds counts again.
      if (open !== undefined) {
        this.reportedFailures += lineCount - open
        this.openSummaries.set(lineRunner, lineCount)
      } else {
        // The same totals again are counted again, even with no test's line between: jest under --bail prints its summary
        // twice, but so does a second run that reports only its totals (attack 40b), and nothing tells the two apart.
        if (this.summed.has(lineRunner)) this.openSummaries.set(lineRunner, lineCount)
        this.reportedFailures += lineCount
      }
    }
    for (const n of knowledge().passed.candidates(line)) if ((PASSED_OF_DIALECTS[n] as RegExp).test(line)) this.passedSummaryLine = this.lineNumber
    if (!this.interrupted && line.charCodeAt(0) === 33 && INTERRUPTED_OF_DIALECTS.some(p => p.test(line))) this.interrupted = true
    if (this.pending.length > 0) this.resolvePending(line)
    if (!knowledge().prefilter.CANDIDATE.test(line)) {
      this.expireAwaiting()
      return
    }
    if (GATED.PANIC_HEADER.test(line)) {
      this.header = { ruleId: 'error.panic', title: 'A panic no rule explains', kind: 'unexplained', confidence: 'high', service: '', line: this.lineNumber, text: clip(line) }
      return
    }
    // An assertion's printed values are data the test compared: nothing in them is an event.
    if (this.inData) return
    if (!marker && DATA_START.test(line) && this.target()) {
      this.inData = true
      this.record({ ruleId: 'code.assertion-values', title: 'An assertion\'s expected and received values differ', kind: 'code', confidence: 'high', service: '', line: this.lineNumber, text: clip(line) })
      return
    }
    const unit = this.current
    const target = this.target()
    // `Caused by: x.ConnectException: ...` is a link and a finding at once: link first.
    if (target) {
      const link = GATED.CAUSED_BY.test(line) ? 'caused-by' : GATED.DIRECT_CAUSE.test(line) ? 'direct-cause' : GATED.DURING_HANDLING.test(line) ? 'handling' : undefined
      // RSpec's `# --- Caused by: ---` follows any exception raised in a rescue, a defect's too
      // (`raise "no rate"` after a refusal): only a client's connection wrapper is its cause's.
      if (link === 'caused-by' && RSPEC_CAUSE.test(line)) linkChain(target, 'handling', f => RUBY_CONNECTION_WRAPPER.test(f.text) && !NAMES_ANOTHER_EXCEPTION.test(f.note ?? ''))
      else if (link) linkChain(target, link, f => IO_ERROR.test(f.text))
    }
    const echo = GATED.WRAPPER_ECHOES.some(p => p.test(line))
    if (echo && unit && !marker) unit.wrapped = true
    const uninformative = echo || GATED.UNINFORMATIVE.test(line) || GATED.DIALECT_UNINFORMATIVE.some(p => p.test(line)) || EXPECTED_NOTHING.test(line)
    if (unit && (!marker || marker.event === 'note')) {
      if (PARENT_MARKER.test(line)) unit.parent = true
      if (unit.runner === NODE_TEST.id && CANCELLED_BY_PARENT.test(line)) this.noteCancelled(unit)
      if (TEST_TIMEOUT.test(line)) {
        unit.timedOut = true
        if (HOOK_TIMEOUT.test(line)) unit.hookTimedOut = true
        if (marker?.event === 'note') unit.timeoutNoted = true
      }
    }
    if (uninformative) {
      this.handledLine = this.lineNumber
      return
    }
    // A marker line is no error of its own, unless it carries the reason (pytest's short summary);
    // a reason pytest cut short (`No m...`) cannot be judged, and its full text is above.
    if (marker?.reason?.endsWith('...')) {
      this.explainCutReason(marker.reason)
      return
    }
    const text = marker ? marker.reason : line
    if (text === undefined) {
      // pytest leaves the reason out when the test's name fills the line.
      if (marker?.dialect === PYTEST && this.current && TB_LISTED_FAILED.test(line)) this.explainByTbLines(this.current)
      return
    }
    if (this.match(text)) {
      this.explainedByRule = true
      this.handledLine = this.lineNumber
      return
    }
    this.expireAwaiting()
    // minitest's wrapper of an exception a test raised, its cause on the same line (`Minitest::UnexpectedError:   Prices::Invalid:
    // not a price`): no rule took the line, so the cause is an error no rule explains, whatever reporter printed it (attack 29d).
    if (MINITEST_WRAPPED.test(text)) {
      this.record({ ruleId: 'error.unexplained', title: 'An error no rule explains', kind: 'unexplained', confidence: 'high', service: '', line: this.lineNumber, text: clip(text) })
      return
    }
    if ((FAILURE_SHAPE.test(text) || FAILURE_SHAPE_AT_START.test(text)) && !CARRIES_TRACEBACK.test(text)) {
      this.record({ ruleId: 'failure.unexplained-shape', title: 'Failure text no rule explains', kind: 'unexplained', confidence: 'high', service: '', line: this.lineNumber, text: clip(text) })
      return
    }
    // A timeout is a consequence, counted on the unit (timedOut), not an error of its own.
    if ((ERROR_HEADLINE.test(text) || DOTTED_HEADLINE.test(text)) && (isWrapperHeadline(text) || TEST_TIMEOUT.test(text))) {
      this.handledLine = this.lineNumber
      // A wrapper is read as its cause's; in a unit of two same-named tests the cause may be the other twin's (attack 27g).
      const target = this.target()
      if (target && isWrapperHeadline(text)) {
        target.wrapperHeadlines++
        if (isOwnWordsWrapper(text)) target.ownWordsWrappers++
      }
    }
    if ((ERROR_HEADLINE.test(text) || DOTTED_HEADLINE.test(text)) && !isWrapperHeadline(text) && !TEST_TIMEOUT.test(text)) {
      // `raise ... from` a connection failure: the next error only wraps it (tenacity's RetryError).
      const target = this.target()
      // A restatement of an error this unit already judged adds no error of its own.
      if (target && RESTATEMENT.test(text) && (target.lastInfraLine > 0 || target.code > 0)) {
        this.handledLine = this.lineNumber
        return
      }
      if (target?.wrapsNext) {
        target.wrapsNext = false
        this.handledLine = this.lineNumber
        return
      }
      const finding: Finding = { ruleId: 'error.unexplained', title: 'An error no rule explains', kind: 'unexplained', confidence: 'high', service: '', line: this.lineNumber, text: clip(text) }
      // RSpec prints an exception's class on a line of its own and its message on the next
      // (`ActiveRecord::ConnectionNotEstablished:`, then `connection to server at ... refused`):
      // like a one-line `Class: message`, the class is explained only if its message is.
      if (RUBY_CLASS_HEADER.test(text) && !marker) {
        this.header = finding
        return
      }
      this.record(finding)
    }
  }

  /**
   * The lines a dialect's markers read only with what came before (dialect.ts `entries`, `wrappedResults`):
   * a closing list's entry's last line, or a wrapped result's last line, as the marker it is; `data` for
   * a line that is neither event nor finding (a wrapped result's title, a list's end).
   */
  private statefulMarker(line: string, marker: MarkerMatch | undefined): MarkerMatch | 'data' | undefined {
    // A header that names no test, then the line that does (dialect.ts `headedBelow`): the unit opens there.
    const headed = this.headedBelow
    this.headedBelow = undefined
    if (headed !== undefined && marker === undefined) {
      // testdox prints an empty line behind its bar first.
      if (line.trim() === '' && headed.blanks > 0) {
        this.headedBelow = { ...headed, blanks: headed.blanks - 1 }
        return 'data'
      }
      const name = headed.spec.name.exec(line.trim())?.groups?.name
      if (name !== undefined) return { ...this.synthetic(headed.dialect, 'start', name, headed.spec.keyFromName(name), false), afterOutput: false }
      // One whose next line names no test (`No tests found in class "X".`) is a failure all the same, keyed by what it
      // says (never by its number, which restarts in each section and each run): a retried run's same entry is one.
      // That line is read as no finding, so it is a failure no rule explains, whatever the lines below it say (attack 39a).
      return { ...this.synthetic(headed.dialect, 'start', headed.title, `${headed.dialect.id}:${headed.title}\u0000${line.trim()}`, false), afterOutput: false, unnamedEntry: true }
    }
    for (const dialect of HEADED_BELOW) {
      const spec = dialect.headedBelow
      if (spec === undefined) continue
      // Only under the header that says whose entries follow (testdox's `Error Test Case (PHPUnit\Framework\ErrorTestCase)`),
      // until the next class's: elsewhere ` ✘ Error` is a test named `testError` (attack 39a).
      if (spec.underFile !== undefined) {
        if (spec.underFile.test(line)) this.underHeader.add(dialect)
        else if (marker?.dialect === dialect && marker.event === 'end') this.underHeader.delete(dialect)
        if (!this.underHeader.has(dialect)) continue
      }
      if ((marker !== undefined && marker.dialect !== dialect) || (dialect.sectionHeader !== undefined && !this.sectionsOpen.has(dialect))) continue
      const title = spec.head.exec(line)?.groups?.name
      if (title === undefined) continue
      this.headedBelow = { dialect, title, spec, blanks: spec.blankLines ?? 0 }
      // A header that is the dialect's own test line (testdox's ` ✘ Error`) opens nothing by itself.
      if (marker !== undefined) return 'data'
    }
    const wrapped = this.wrapped
    if (wrapped !== undefined) {
      this.wrapped = undefined
      // Another runner's marker is not one here (jest's `FAIL path` header reads a title's `FAIL Price: ...`).
      if (marker === undefined || marker.dialect !== wrapped.dialect) {
        const last = wrapped.spec.last.exec(line)
        if (last?.groups?.name !== undefined) {
          const name = `${wrapped.title} ${last.groups.name.trim()}`
          const key = wrapped.spec.keyFromName ? wrapped.spec.keyFromName(name) : `${wrapped.dialect.id}:${name}`
          const failing = wrapped.spec.failing.test(wrapped.type)
          return { ...this.synthetic(wrapped.dialect, failing ? 'start' : 'pass', name, key, failing), ...(failing && wrapped.spec.countedApart.test(wrapped.type) ? { countedApart: true } : {}) }
        }
        if (wrapped.lines > 1 && marker === undefined) {
          wrapped.lines--
          this.wrapped = wrapped
          return 'data'
        }
      }
      // Its title never ended: the lines read as that title went unread, a failure no rule explains.
      this.record(this.unexplained(wrapped.text, 'runner.unended-result', 'A result line whose title never ended (its lines went unread)'))
    }
    const spec = this.lastMarker?.dialect.wrappedResults
    const follows = spec !== undefined && (this.lastMarker?.line === this.lineNumber - 1 || this.resultMayFollow === this.lineNumber - 1)
    if (spec?.after.test(line) === true) this.resultMayFollow = this.lineNumber
    if (marker !== undefined && (!follows || marker.dialect === this.lastMarker?.dialect)) return marker
    const list = marker === undefined ? this.entries : undefined
    if (list !== undefined) {
      if (list.list.end.test(line)) {
        // The list's end: what follows is the runner's closing output, until its next marker.
        this.entries = undefined
        this.current = undefined
        this.quiet = true
        return 'data'
      }
      const last = list.list.last.exec(line)
      const name = last?.groups?.name
      if (last && name !== undefined) {
        const key = list.list.keyFromName ? list.list.keyFromName(name) : `${list.dialect.id}:${name}`
        const reason = last.groups?.reason?.trim()
        return { ...this.synthetic(list.dialect, 'start', name, key, true), listEntry: true, ...(reason ? { reason } : {}) }
      }
      return undefined
    }
    if (spec === undefined || !follows || this.lastMarker === undefined) return marker
    const first = spec.first.exec(line)
    const type = first?.groups?.type
    const title = first?.groups?.name
    if (type === undefined || title === undefined) return marker
    this.wrapped = { dialect: this.lastMarker.dialect, spec, type, title: title.trim(), text: line, lines: spec.lines }
    return 'data'
  }

  /** A marker read by the classifier's state (statefulMarker): a test's line that comes after its output and ends it. */
  private synthetic(dialect: Dialect, event: 'start' | 'pass', name: string, key: string, closes: boolean): MarkerMatch {
    return { dialect, event, name, key, afterOutput: true, closes, asserts: false, namesFile: false, afterItsTests: false, namedBelow: false, detailsIndented: false, indent: 0 }
  }

  /** The known unit whose key's path the given key's path ends with, after a `/` (dialect.ts `pathKeys`): the longest. */
  private knownPathKey(key: string): string | undefined {
    const colon = key.indexOf(':')
    const prefix = key.slice(0, colon + 1)
    const path = key.slice(colon + 1)
    let best: string | undefined
    if (this.units.size > TITLED_LOOKUP_MAX) return undefined
    for (const known of this.units.keys()) {
      if (!known.startsWith(prefix) || known.length <= prefix.length) continue
      const tail = known.slice(prefix.length)
      if (path.endsWith(`/${tail}`) && (best === undefined || known.length > best.length)) best = known
    }
    return best
  }

  /**
   * Output since the last test line goes to `into` (the test it was printed by), is dropped (a
   * passing test's), or joins the outside. Whatever happens, what follows begins after the marker
   * being handled.
   */
  private settlePreceding(into: Unit | 'drop' | undefined, after = this.markerRunner): void {
    const preceding = this.preceding
    this.precedingAfter = after
    if (!hasFindings(preceding)) return
    if (into !== 'drop') absorb(into ?? this.outside, preceding)
    this.preceding = newUnit('\u0000preceding', 'preceding output', 'log', this.lineNumber, 'outside', 'failing')
    this.pending.length = 0
  }

  /** The runner of the marker being handled (undefined outside onMarker). */
  private markerRunner: string | undefined

  /**
   * A passing test's line drops what came before it only when that output provably is its own:
   * printed after a line of the same runner. Output before the runner's first line (another
   * program, another runner's failure) is not.
   */
  private provablyOf(marker: MarkerMatch): 'drop' | undefined {
    return this.precedingAfter === marker.dialect.id ? 'drop' : undefined
  }

  /** The listed tests whose details a titled details section has opened (dialect.ts, `titledDetails`). */
  private readonly detailed = new Set<Unit>()

  /**
   * A line of a titled details section that is a listed test's title (its listing line appended the
   * error's message): the first such test not yet detailed, as the runner prints details in the
   * order it listed the tests. Returns whether it opened one.
   */
  private openTitledDetails(title: string): boolean {
    const dialect = this.detailsDialect as Dialect
    if (this.units.size > TITLED_LOOKUP_MAX || markerOf(title)) return false
    for (const unit of this.units.values()) {
      if (unit.runner !== dialect.id || unit.scope !== 'test' || this.detailed.has(unit)) continue
      if (unit.name !== title && !unit.name.startsWith(`${title} `)) continue
      this.detailed.add(unit)
      this.current = unit
      this.quiet = false
      return true
    }
    return false
  }

  /** AVA's TAP names every failure `name: AssertionError` (a code finding as it stands); the line below may say it only wraps another error. */
  private avaNamed: { readonly unit: Unit; readonly finding: Finding; readonly line: number } | undefined
  /**
   * AVA's wrapper of a thrown or rejected error: withdrawn when its block ends (TAP's `...`) if what
   * it wraps, under its `values:`, was a sure refusal and nothing else (no code error, no error no
   * rule reads, no code's words beside the refusal: an AggregateError or a combined message, attack 25).
   */
  private avaWrapper: { readonly unit: Unit; readonly finding: Finding; refused: boolean; tainted: boolean } | undefined

  private followAvaBlock(line: string): void {
    const named = this.avaNamed
    this.avaNamed = undefined
    if (named !== undefined && this.lineNumber === named.line + 1 && AVA_TAP_WRAPPER.test(line)) {
      this.avaWrapper = { unit: named.unit, finding: named.finding, refused: false, tainted: false }
      return
    }
    const wrapper = this.avaWrapper
    if (wrapper === undefined) return
    if (AVA_CODE_WORDS.test(line)) wrapper.tainted = true
    if (/^\s{0,8}\.\.\.\s*$/.test(line)) {
      if (wrapper.refused && !wrapper.tainted) uncount(wrapper.unit, wrapper.finding)
      this.avaWrapper = undefined
    } else if (markerOf(line)) this.avaWrapper = undefined
  }

  /** A section header opens its dialect's sections, that dialect's `end` closes them (dialect.ts `sectionHeader`). */
  private trackSections(line: string): void {
    for (const { dialect, header, ends } of SECTIONED) {
      if (header.test(line)) this.sectionsOpen.add(dialect)
      else if (this.sectionsOpen.has(dialect) && ends.some(end => end.test(line))) this.sectionsOpen.delete(dialect)
    }
  }

  /** The line being judged was printed behind testdox's bar (processLine). */
  private behindBar = false

  /** The dialects whose test lines have been seen (dialect.ts, `afterItsTests`). */
  private readonly dialectsSeen = new Set<Dialect>()

  /** The open details section is, by its header, one the test's own runner lists failed assertions under. */
  private listsAssertions(dialect: Dialect): boolean {
    const header = this.detailsHeader
    return header !== undefined && dialect.markers.some(m => m.listsAssertions === true && m.event === 'details' && m.pattern.test(header))
  }

  private onMarker(marker: MarkerMatch): void {
    // A test passed here: whatever was printed before it did not end the run (verdict.ts judgeByFatal).
    if (marker.event === 'pass' && !this.reportMode) this.progressLine = this.lineNumber
    if (marker.dialect === POKU) {
      this.onPoku(marker)
      return
    }
    // node:test's result for a file ends the poku groups the file printed (javadoc of pokuEndFile).
    const pokuFailed = marker.dialect === NODE_TEST && (marker.event === 'start' || marker.event === 'pass') ? this.pokuEndFile(marker.event === 'pass' && NODE_FILE_PASS.test(this.lineText)) : false
    // Inside a block that holds another runner's output for its test, that runner's line naming the test is the test's own.
    const holder = this.current && HOLDERS.get(this.current.runner)
    if (holder !== undefined && holder === marker.dialect.id && this.current?.name.endsWith(` ${marker.name}`)) return
    // Its test lines, or the header of its details (minitest-reporters' `Finished tests in`), say the dialect is the one printing.
    if ((marker.event === 'start' || marker.event === 'pass' || marker.event === 'details') && this.dialectsSeen.size < 64) this.dialectsSeen.add(marker.dialect)
    this.lastMarker = { dialect: marker.dialect, line: this.lineNumber }
    // A closing list's entries go on until its end or another marker.
    if (marker.listEntry !== true) this.entries = marker.entries !== undefined ? { dialect: marker.dialect, list: marker.entries } : undefined
    this.markerRunner = marker.dialect.id
    this.afterTests = marker.event === 'end' ? marker.dialect.ownLinesAfterTests : undefined
    this.logScope = marker.event === 'quiet' && marker.name !== '' ? this.loggedFor(marker.name) : undefined
    this.logScopeLine = this.lineNumber
    try {
      this.handleMarker(marker)
      // A file whose poku groups failed reports their failures: a parent, unless it printed a failure of its own (a top-level assert).
      if (pokuFailed && marker.event === 'start' && this.current !== undefined) this.current.parent = true
    } finally {
      // After a run's own end (JUnit's `OK (1 test)`, its summary box), what follows is no test's
      // output of that runner: another run may have begun (attack 19), nothing there is provably passing.
      this.precedingAfter = hasFindings(this.preceding) ? this.precedingAfter : marker.event === 'end' && ENDS_RUN_UNSEEN.has(marker.dialect) ? undefined : marker.dialect.id
      this.markerRunner = undefined
    }
  }

  /** The normalised line being judged (judgeLine), for a marker's handler that needs its text. */
  private lineText = ''
  /** The raw line being read (processLine): poku says with colours what its text does not. */
  private rawText = ''
  /** The colour of poku's `●` or `›` on the raw line being read (pokuColourOf); undefined without one. */
  private pokuColour: PokuColour | undefined
  /** poku's open groups (describe, it), outermost first, and whether a group inside each failed. */
  private readonly pokuStack: { readonly unit: Unit; failedInside: boolean }[] = []
  /** A poku group failed (or closed without a colour) since the last file result. */
  private pokuFailedInFile = false
  /** poku groups closed without a colour since the last file result: their outcome is the file's. */
  private readonly pokuUnknown: Unit[] = []
  /** poku's CLI: the file whose line (`› path › 12ms`) came last, and whether it passed. */
  private pokuFile: Unit | undefined
  private pokuFilePassed = false
  /** After poku's `N test file(s) failed:`, every failed file's output again: a repeat. */
  private pokuRepeat = false
  /** A poku group or assertion was seen in this log. */
  private pokuSeen = false
  /** mocha's doc reporter printed a failing test (`<dt class="error">`): see MOCHA_DOC_FAILURE. */
  private mochaDocSeen = false
  /** Where vitest said it wrote its results to a file in a run that printed no totals of its own (VITEST_REPORT_FILE; 0: nowhere). */
  private reportFileLine = 0
  /** The last lines of vitest's banner (a run's start) and of its totals. */
  private vitestRunLine = 0
  private vitestTotalsLine = 0
  /** Services whose client the log shows dialling another service's host name, with the first line that shows it. */
  private readonly crossDialled = new Map<string, number>()

  /**
   * poku's own lines (dialects/javascript.ts POKU). `◌ title` opens a group (describe or it) and
   * `● title › Nms` closes it; only the `●`'s colour says how it ended. Red: the group failed, and
   * what it printed between the two is its failure's only account (a group holding a failed group
   * is that group's parent, no failure of its own unless it printed one). Green: it passed, and
   * what it printed explains nothing. No colour (stripped, or a reporter without it): the group
   * may have failed, so it must account for itself like a failed one, unless its file passed.
   */
  private onPoku(marker: MarkerMatch): void {
    this.contextFloor = this.lineNumber - 1
    this.inData = false
    this.detailsIndent = undefined
    this.closedUnit = undefined
    if (this.pokuRepeat) return
    this.pokuSeen = true
    switch (marker.event) {
      case 'details':
        // The summary prints each failed file's output once more: nothing new.
        this.pokuEndFile(false)
        this.pokuRepeat = true
        this.current = undefined
        this.quiet = true
        return
      case 'start': {
        // The CLI's line for a file, before the file's output: what the file prints outside its groups is its own.
        this.pokuEndFile(false)
        const passed = this.pokuColour === 'green'
        this.pokuFilePassed = passed
        this.pokuFile = passed ? undefined : this.openUnit(`poku-file:${marker.name}@${this.lineNumber}`, marker.name, POKU.id, 'outside', 'failing')
        this.current = this.pokuFile
        this.quiet = passed
        return
      }
      case 'run': {
        if (this.pokuStack.length >= POKU_DEPTH_MAX) return
        const unit = this.openUnit(`poku:${marker.name}@${this.lineNumber}`, marker.name, POKU.id, 'test', 'pending')
        this.pokuStack.push({ unit, failedInside: false })
        this.current = unit
        this.quiet = false
        return
      }
      default: {
        let at = this.pokuStack.length - 1
        while (at >= 0 && (this.pokuStack[at] as { unit: Unit }).unit.name !== marker.name) at--
        // A `●` of no open group closes nothing.
        if (at < 0) return
        // poku closes every group it opened: one left open inside this one never ended.
        while (this.pokuStack.length > at + 1) this.pokuClose(undefined, true)
        this.pokuClose(this.pokuColour, false)
        this.current = this.pokuStack.at(-1)?.unit ?? this.pokuFile
        this.quiet = this.pokuStack.length === 0 && this.pokuFilePassed
      }
    }
  }

  /** Closes the innermost open poku group with the colour of its `●` line (or as one that never ended). */
  private pokuClose(colour: PokuColour | undefined, unconcluded: boolean): void {
    const entry = this.pokuStack.pop()
    if (entry === undefined) return
    const unit = entry.unit
    if (colour === 'green' && !entry.failedInside) {
      this.units.delete(unit.key)
      return
    }
    unit.state = 'failing'
    if (unconcluded) unit.unconcluded = true
    if (entry.failedInside) unit.parent = true
    if (colour === undefined && !unconcluded) this.pokuUnknown.push(unit)
    const outer = this.pokuStack.at(-1)
    if (outer !== undefined) outer.failedInside = true
    else if (this.pokuFile !== undefined) this.pokuFile.parent = true
    this.pokuFailedInFile = true
  }

  /**
   * A file's result (node:test's `not ok N - path` or `✔ path (12ms)`, poku's next file line or
   * its summary): the poku groups still open never ended (the process died inside them). Groups
   * closed without a colour passed if the file passed, and are the file's failures if it did not.
   * Returns whether a group of the file failed, so that the file's result only reports them.
   */
  private pokuEndFile(filePassed: boolean): boolean {
    while (this.pokuStack.length > 0) this.pokuClose(undefined, true)
    if (filePassed) for (const unit of this.pokuUnknown) this.units.delete(unit.key)
    this.pokuUnknown.length = 0
    const failed = this.pokuFailedInFile && !filePassed
    this.pokuFailedInFile = false
    this.pokuFile = undefined
    this.pokuFilePassed = false
    return failed
  }

  /**
   * poku's assertion lines (src/services/reporters/poku.ts onAssertionSuccess, onAssertionFailure):
   * `✔ message` in green and `✘ message` in red, in bold, inside a group or at a file's top level,
   * never another runner's passing or failing test. A failed one is the unit's assertion; its
   * `File`, `Code`, `Operator`, `Actual:` and `Expected:` lines below are the compared values.
   * Returns whether the line was one.
   */
  private pokuAssertion(line: string, rawLine: string): boolean {
    const mark = POKU_ASSERTION.exec(line)?.[1]
    if (mark === undefined) return false
    // Inside a group, a mark without node:test's duration is poku's; at a file's top level, only in poku's own colours (mocha's `✔` is coloured before its indent).
    const own = this.pokuStack.length > 0 && !this.pokuRepeat ? !SPEC_DURATION_END.test(line) : this.pokuSeen && POKU_OWN_MARK.test(rawLine)
    if (!own) return false
    this.handledLine = this.lineNumber
    if (mark === '✘') {
      this.record({ ruleId: 'code.assertion', title: 'Assertion failed', kind: 'code', confidence: 'high', service: '', line: this.lineNumber, text: clip(line), note: 'poku reports this as a failed assertion' })
      this.inData = true
    }
    return true
  }

  /** The source lines printed around an error: what a teardown closed, what a refused setup assigned (source-lines.ts). */
  private readonly source = new SourceLines({ lineNumber: () => this.lineNumber, previousLine: back => this.previousLine(back) })

  /** The file whose results a runner that reports by file (jest's `FAIL path`) prints now. */
  private file: { readonly dialect: Dialect; readonly name: string } | undefined
  /** The failed test whose details are the lines indented under it (dialect.ts, `detailsIndented`). */
  private detailsIndent: { readonly unit: Unit; readonly indent: number; readonly resumes?: RegExp; readonly logged?: RegExp; logging?: boolean; readonly blankEnds?: boolean; seenLine?: number; cut?: boolean } | undefined

  /** A unit whose name is the next line (dialect.ts, `namedBelow`). */
  private nameBelow: Unit | undefined
  /** A failure's marker whose dialect says which test it is on a line just below (dialect.ts `unitIdentity`). */
  private identityWatch: { unit: Unit; pattern: RegExp; lines: number } | undefined
  /** How often each failure's title was printed under the current file's header (dialect.ts `repeatsInFileAreFailures`). */
  private readonly fileRepeats = new Map<string, number>()

  /** vitest's count of failed suites, and the units its `Failed Suites` printed: fewer names than suites means two suites share one. */
  private suitesReported = 0
  private readonly suiteUnits = new Set<Unit>()

  /** The failures printed now are suites' (vitest's `Failed Suites`). */
  private suiteSection = false
  /** A hook's details whose suite titles are still being printed (mocha's nested suites, one a line). */
  private suiteTitles: SuiteTitles | undefined

  /**
   * mocha's base reporter (lib/reporters/base.js, Base.list) prints a failure's title path one element a
   * line under `1) outer`, element i indented 5 + 2i spaces, the last ending in `:`, then the error's message
   * at 5. Returns true for a title's line, which is a title and nothing else; the message ends the titles
   * (a first line ending in `:` with the message below it was the whole title: `Uncaught error outside test suite:`).
   */
  private takeSuiteTitle(line: string): boolean {
    const titles = this.suiteTitles as SuiteTitles
    const title = line.trim()
    const indent = line.length - line.trimStart().length
    // mocha ends the path's last element with `:`: until a title line has ended so, a line is the title's still,
    // whatever its indentation (a title wrapped over lines, attack 28k).
    const pathEnded = (titles.last ?? titles.first).endsWith(':')
    if (title === '' || (indent < MOCHA_TITLE_INDENT && pathEnded) || titles.lines >= SUITE_DEPTH_MAX || markerOf(line)) {
      this.suiteTitles = undefined
      if (titles.lines === 0 && titles.named && titles.first.endsWith(':')) titles.unit.name = titles.first.slice(0, -1)
      return false
    }
    // A title may end in `:` itself (`describe('transient errors:')`): only the message's indentation ends the
    // path (attack 28g), and a hook's title line is a title too, never judged.
    titles.lines++
    titles.last = title
    // The last title is the test's or the hook's, no suite's: a title joins the suite path once another follows it.
    if (titles.rename && titles.held !== undefined) titles.unit.suitePath = `${titles.unit.suitePath ?? ''} > ${titles.held}`
    titles.held = undefined
    if (titles.named && HOOK_TITLE.test(title)) titles.unit.name = title.slice(0, -1)
    else titles.held = title
    return true
  }


  /** The last marker was an inner runner's end (gocheck's `OOPS:`) inside a go test. */
  private innerRunnerEnded = false
  /** The test whose closing line (`closes`) was the last marker: a `note` below it is its. */
  private closedUnit: Unit | undefined
  /** The current unit was reopened for its note's line only. */
  private noteOpen = false

  private handleMarker(marker: MarkerMatch): void {
    const closed = this.closedUnit
    this.closedUnit = undefined
    if (marker.event === 'phases') {
      // The same unit goes on: only what it holds is known better.
      this.current = closed ?? this.current
      // Only the runner's own unit (minitest's bare `Error:` in another runner's captured output is output).
      if (this.current && this.current.runner === marker.dialect.id) this.current.holdsHooks = true
      return
    }
    if (marker.event === 'note') {
      // Its line is judged in the test it is about; the next line is the next test's again.
      this.current = closed
      this.noteOpen = closed !== undefined
      return
    }
    const afterInnerRunner = this.innerRunnerEnded
    this.innerRunnerEnded = marker.event === 'end' && marker.dialect.wrapsInGoTest === true
    // Context never crosses from one unit into another.
    this.contextFloor = this.lineNumber - 1
    // Details cut by another stream's lines go on only until the runner's next line (dialect.ts `resumesDetails`).
    if (this.detailsIndent?.resumes !== undefined) this.detailsIndent = undefined
    this.inData = false
    if ((!marker.afterOutput && marker.event !== 'details') || this.detailsDialect !== undefined) this.settlePreceding(undefined)
    if (marker.event === 'fail' || marker.event === 'start' || marker.event === 'outside') this.failedInGroup = true
    const runner = marker.key.startsWith('#') && this.detailsDialect ? this.detailsDialect.id : marker.dialect.id
    // Under pytest's PASSES or RSpec's Pending, a test's header is not a failing test's.
    if (this.passes && (marker.event === 'start' || marker.event === 'listed') && marker.reason === undefined) return
    if (marker.event !== 'passes') this.passes = undefined
    if (marker.event === 'details' || marker.event === 'passes' || marker.event === 'end') this.sectionApart = marker.entriesCountedApart === true ? marker.dialect : undefined
    switch (marker.event) {
      case 'passes':
        this.passes = marker.dialect
        this.current = undefined
        this.quiet = true
        return
      case 'quiet':
        this.current = undefined
        this.quiet = true
        return
      case 'details':
        // What came since that runner's last test line was its passing tests' output; anything
        // before its first one (another program, another runner) still counts.
        this.settlePreceding(this.provablyOf(marker))
        this.current = undefined
        this.quiet = false
        this.detailsDialect = marker.dialect
        return
      case 'end':
        this.current = undefined
        this.quiet = false
        if (marker.namesFile) {
          this.file = { dialect: marker.dialect, name: marker.name }
          this.fileRepeats.clear()
        }
        if (marker.section) this.suiteSection = marker.section === 'suites'
        if (marker.section === 'suites' && marker.count !== undefined) this.suitesReported = marker.count
        return
      case 'group-pass':
        this.retireGroup(false)
        this.failedInGroup = false
        this.settlePreceding(this.provablyOf(marker))
        this.current = undefined
        return
      case 'group-fail': {
        const died = [...this.units.values()].some(u => u.runner === marker.dialect.id && u.state === 'pending' && CONCLUDING_RUNNERS.has(u.runner) && !u.key.includes('@'))
        this.retireGroup(true)
        this.current = undefined
        if (this.failedInGroup || died) this.settlePreceding(undefined)
        else this.settlePreceding(this.openUnit(marker.key, marker.name, runner, 'outside', 'failing'))
        this.failedInGroup = false
        return
      }
      case 'pass': {
        const unit = this.units.get(marker.key)
        if (unit && unit.state === 'pending') this.units.delete(marker.key)
        if (marker.afterOutput) this.settlePreceding(this.provablyOf(marker))
        this.current = undefined
        return
      }
      case 'listed': {
        const known = this.units.get(marker.key)
        const unit = known ?? this.openUnit(marker.key, marker.name, runner, 'test', 'failing')
        unit.runner = runner
        unit.listed = true
        // mocha's details name a hook's suite first (`1) orders`, nested suites below, then the
        // hook's title): the hook's scope, which its inline line (`"before all" hook for "x"`) lacks.
        // Without the inline list (the dot reporter), the details' first line opens the unit: its
        // hook's title, further down, names it.
        // The title path's further elements follow one a line, indented 7, 9, 11... spaces, the last
        // ending in `:`; the error's message starts at 5 (Base.list): a title line is never the failure,
        // whatever words a suite's title holds (attack 28d: `describe('on ECONNREFUSED')`).
        if (this.detailsDialect === MOCHA) {
          const rename = known === undefined || (known.scope === 'outside' && marker.name !== known.name)
          if (rename) unit.suitePath = marker.name
          this.suiteTitles = { unit, lines: 0, named: known === undefined, rename, first: marker.name }
        }
        if (marker.afterOutput) this.settlePreceding(unit)
        // Inline, a listed test's line comes after what it printed; under the details header, its details follow.
        this.current = this.detailsDialect !== undefined ? unit : undefined
        this.quiet = false
        return
      }
      default: {
        const scope = marker.event === 'outside' ? 'outside' : 'test'
        const state = marker.event === 'run' ? 'pending' : 'failing'
        // A runner that reports by file (jest): the same title in another file is another unit.
        const file = this.file?.dialect === marker.dialect ? this.file.name : undefined
        let markerKey = file === undefined ? marker.key : `${marker.key}\u0000${file}`
        if (marker.dialect.pathKeys && !this.units.has(markerKey)) markerKey = this.knownPathKey(markerKey) ?? markerKey
        // A test whose output passed (dialect.ts `dropsOutput`): what its announced unit holds is that output.
        if (marker.dropsOutput && this.units.get(markerKey)?.state === 'pending') this.units.delete(markerKey)
        const known = this.units.get(markerKey)
        const again = known !== undefined && marker.dialect.repeatsAreFailures === true && marker.event === 'start' && known.state === 'failing'
        const unit = known && !again ? known : this.openUnit(again ? `${markerKey}@${this.lineNumber}` : markerKey, marker.name || marker.dialect.id, runner, scope, state)
        // A test announced by its file alone (run-tests.php's `TEST n/m [x.phpt]`) is named by its result's line, which says more.
        if (known !== undefined && !again && known.state === 'pending' && marker.event === 'start' && marker.name !== '' && marker.name !== known.name) {
          known.name = marker.name
          known.mention = mentionedService(marker.name)
        }
        unit.file ??= file
        if (marker.path !== undefined) {
          if (unit.path !== undefined && unit.path !== marker.path) unit.conflated = true
          unit.path ??= marker.path
          unit.identities.add(`path:${marker.path}`)
        }
        if (marker.dialect.repeatsInFileAreFailures && file !== undefined && marker.event === 'start') {
          const seen = (this.fileRepeats.get(markerKey) ?? 0) + 1
          this.fileRepeats.set(markerKey, seen)
          unit.identities.add(`#${seen}`)
          if (seen > 1) unit.conflated = true
        }
        this.identityWatch = marker.dialect.unitIdentity !== undefined ? { unit, pattern: marker.dialect.unitIdentity, lines: IDENTITY_LINES } : undefined
        if (marker.namedBelow) this.nameBelow = unit
        const depth = marker.dialect.detailsDepth
        this.detailsIndent = marker.detailsIndented ? { unit, indent: depth === undefined ? marker.indent : depth - 1, ...(marker.dialect.resumesDetails ? { resumes: marker.dialect.resumesDetails } : {}), ...(marker.dialect.loggedSection ? { logged: marker.dialect.loggedSection } : {}), ...(marker.dialect.blankEndsDetails ? { blankEnds: true, seenLine: this.lineNumber } : {}) } : undefined
        if (this.suiteSection || scope === 'outside') unit.holdsHooks = true
        if (this.suiteSection && this.suiteUnits.size < MAX_UNITS) this.suiteUnits.add(unit)
        // pytest counts a test's setup and teardown errors apart, under one name.
        // Another block of a suite's or a test's phases (pytest's teardown after its setup, vitest's
        // afterAll after its beforeAll): what it shows is weighed as that phase's, not the first's.
        if (known && !again && known.line !== this.lineNumber && (known.holdsHooks || marker.event === 'outside')) {
          // pytest prints its ERRORS section (setup, teardown) before FAILURES (the call): a test's
          // teardown error and its failure are two phases, whichever comes first. Its short summary
          // (`FAILED path::name`, with a path) names them again and is no phase.
          if (marker.dialect.countsPhases && marker.path === undefined && (marker.event === 'outside' || known.holdsHooks)) known.phases++
          known.phaseStart = this.lineNumber
        }
        if (marker.dialect.countsPhases && marker.path !== undefined && marker.event === 'start') {
          const kind = /^(FAILED|ERROR) /.exec(this.lineText)?.[1]
          if (kind !== undefined) this.summaryReport = { unit, kind, tally: tally(unit) }
        }
        if (state === 'failing') unit.state = 'failing'
        // Its closing line (the console launcher's flat `Finished:`): concluded, its outcome still to be read below.
        if (marker.awaitsResult && unit.state === 'pending') unit.concluded = true
        // A test first listed under a section the runner counts apart (PHPUnit's risky tests) stands for none of its failures.
        // (PHPUnit 9's TestResult::run() records a test in one list only: error, failure, warning or risky, an elseif chain.)
        if (marker.countedApart || (known === undefined && marker.event === 'start' && this.sectionApart === marker.dialect)) unit.phases = 0
        if (this.tapParentAt === this.lineNumber) unit.parent = true
        if (marker.dialect.subtestsBySlash && [...this.units.values()].some(u => u !== unit && u.runner === runner && u.name.startsWith(`${unit.name}/`))) unit.parent = true
        if (this.specParentAt === this.lineNumber) this.specParents.add(unit)
        if (this.cancelParent?.line === this.lineNumber && marker.dialect === NODE_TEST) {
          for (const child of this.cancelParent.children) if (child !== unit) child.cancelledBy = unit
          this.cancelParent = undefined
        }
        // go's `--- FAIL: TestGocheck` right after gocheck's `OOPS:` reports gocheck's failures, each a unit of its own.
        if (marker.event === 'fail' && marker.dialect === GO && afterInnerRunner) unit.parent = true
        const above = this.lastStart
        // On the very next line: vitest prints the tests that failed with one error as consecutive lines.
        if (marker.dialect.groupsIdenticalFailures && above && above.line === this.lineNumber - 1 && above.unit !== unit && !hasFindings(above.unit)) above.unit.sharesDetailsOf = unit
        this.lastStart = marker.event === 'start' ? { unit, line: this.lineNumber } : undefined
        if (marker.afterOutput) this.settlePreceding(marker.dropsOutput ? this.provablyOf(marker) : unit)
        this.current = marker.closes ? undefined : unit
        this.closedUnit = marker.closes ? unit : undefined
        this.quiet = false
      }
    }
  }

  /**
   * A TAP `not ok` whose subtest held a deeper `not ok` only reports its children's failure (node-tap
   * prints `not ok 1 - file.test.js` over the test that failed inside it): a parent, no unit of its own.
   * Decided by the nesting TAP prints, never by distance.
   */
  private trackTap(line: string): void {
    const subtest = TAP_SUBTEST.exec(line)
    if (subtest) {
      if (this.tapScopes.length < TAP_DEPTH_MAX) this.tapScopes.push({ indent: (subtest[1] as string).length, failedInside: false, cancelled: [] })
      return
    }
    const result = TAP_RESULT.exec(line)
    if (!result) return
    const indent = (result[1] as string).length
    let scope: NestScope | undefined
    while (this.tapScopes.length > 0 && (this.tapScopes[this.tapScopes.length - 1] as NestScope).indent >= indent) {
      const top = this.tapScopes.pop() as NestScope
      if (top.indent === indent) {
        scope = top
        break
      }
    }
    if (result[2] === undefined) return
    for (const outer of this.tapScopes) if (outer.indent < indent) outer.failedInside = true
    if (scope?.failedInside) this.tapParentAt = this.lineNumber
    if (scope && scope.cancelled.length > 0) this.cancelParent = { line: this.lineNumber, children: scope.cancelled }
  }

  /**
   * A node:test spec suite's closing `✖ suite` whose suite held a failing `✖` only reports its
   * children's failure: a parent, like TAP's. Decided by the nesting the reporter prints.
   */
  private trackSpec(line: string): void {
    const result = SPEC_LINE.exec(line)
    if (!result) return
    const indent = (result[1] as string).length
    if (result[2] === '▶' && !SPEC_DURATION_END.test(line)) {
      if (this.specScopes.length < TAP_DEPTH_MAX) this.specScopes.push({ indent, failedInside: false, cancelled: [] })
      return
    }
    let scope: NestScope | undefined
    while (this.specScopes.length > 0 && (this.specScopes[this.specScopes.length - 1] as NestScope).indent >= indent) {
      const top = this.specScopes.pop() as NestScope
      if (top.indent === indent) {
        scope = top
        break
      }
    }
    if (result[2] !== '✖') return
    for (const outer of this.specScopes) if (outer.indent < indent) outer.failedInside = true
    if (scope && scope.cancelled.length > 0) this.cancelParent = { line: this.lineNumber, children: scope.cancelled }
    if (scope?.failedInside) {
      this.tapParentAt = this.lineNumber
      this.specParentAt = this.lineNumber
    }
  }

  /**
   * A subtest node:test cancelled when its parent's run ended: held by the scope it is nested in
   * (TAP's `# Subtest:`, the spec reporter's `▶ suite`), whose failing result line, printed after its
   * subtests, is the parent's. Only one reporter's nesting is open, or none is read.
   */
  private noteCancelled(unit: Unit): void {
    if ((this.tapScopes.length > 0) === (this.specScopes.length > 0)) return
    const scope = (this.tapScopes.length > 0 ? this.tapScopes : this.specScopes).at(-1) as NestScope
    if (!scope.cancelled.includes(unit) && scope.cancelled.length < CANCELLED_MAX) scope.cancelled.push(unit)
  }

  /** A test announced and never concluded becomes a failing unit of its own (a crash, a panic, `log.Fatal` inside it). */
  private conclude(unit: Unit): void {
    if (unit.state !== 'pending' || unit.concluded || !CONCLUDING_RUNNERS.has(unit.runner)) return
    unit.state = 'failing'
    unit.unconcluded = true
  }

  /**
   * A package's result ends its tests: another package's test of the same name is another unit.
   * A package that failed with a test still running died inside that test; one that passed
   * concluded them all.
   */
  private retireGroup(failed: boolean): void {
    for (const [key, unit] of [...this.units]) {
      if (unit.runner !== 'go' || key.includes('@')) continue
      // go test -json: only the tests of the package whose result this is.
      const own = this.unitPackage.get(unit)
      if (this.jsonPackage !== undefined && own !== undefined && own !== this.jsonPackage) continue
      this.units.delete(key)
      if (unit.state === 'pending' && !failed) continue
      if (failed) this.conclude(unit)
      this.units.set(`${key}@${this.lineNumber}`, unit)
    }
  }

  private openUnit(key: string, name: string, runner: string, scope: Unit['scope'], state: Unit['state']): Unit {
    if (this.units.size >= MAX_UNITS) this.evictPassing()
    const unit = newUnit(key, name, runner, this.lineNumber, scope, state)
    unit.mention = mentionedService(name)
    this.units.set(key, unit)
    return unit
  }

  /** go prints `=== RUN` for every test: forget the oldest that has shown nothing to make room. */
  private evictPassing(): void {
    for (const [key, unit] of this.units) {
      if (unit.state === 'pending' && !unit.failedBlock && unit.evidence.length === 0 && unit !== this.current) {
        this.units.delete(key)
        return
      }
    }
  }

  /** Where a finding on the current line is counted: its unit, the outside, or nowhere (logging). */
  private target(): Unit | undefined {
    if (this.current) return this.current
    if (this.quiet) return undefined
    return this.detailsDialect === undefined ? this.preceding : this.outside
  }

  private unexplained(text: string, ruleId: string, title: string): Finding {
    return { ruleId, title, kind: 'unexplained', confidence: 'high', service: '', line: this.lineNumber, text: clip(text) }
  }

  /** A failed test's account that another stream's print was written into (Dialect `wholeBlockStart`, `accountIndent`): unread. */
  private recordCutAccount(line: string): void {
    this.record(this.unexplained(line, 'runner.cut-account', 'A failed test’s account cut by other output written into it'))
  }

  private record(finding: Finding): void {
    this.handledLine = this.lineNumber
    if (finding.kind === 'code') this.counts.code++
    else if (finding.kind === 'infrastructure') {
      if (finding.confidence === 'high') this.counts.infrastructureHigh++
      else this.counts.infrastructureAmbiguous++
    }
    this.remember_(finding)
    const unit = this.target()
    if (unit) {
      count(unit, finding)
      // What AVA's wrapper wraps, printed under its `values:`: a sure refusal alone, or anything else too.
      if (this.avaWrapper?.unit === unit) {
        if (finding.kind === 'infrastructure' && finding.confidence === 'high' && !finding.continuing && !AVA_CODE_WORDS.test(finding.text)) this.avaWrapper.refused = true
        else this.avaWrapper.tainted = true
      }
      if (finding.kind === 'code' && AVA_TAP_NAME.test(finding.text)) this.avaNamed = { unit, finding, line: this.lineNumber }
      if (namedByFrameBelow(finding.ruleId)) this.source.pdoDriverMissing(unit, finding)
      // What a refused setup was assigning, for a teardown of its scope to be checked against (a few refusals a unit).
      if (finding.kind === 'infrastructure' && finding.confidence === 'high' && !finding.continuing && unit === this.current) this.source.refusalFound(unit)
    } else if (this.logScope && this.quiet) this.noteLogged(finding)
    if (!this.current) {
      if (this.recentOutside.length >= RECENT_OUTSIDE) this.recentOutside.shift()
      this.recentOutside.push(finding)
    }
  }

  private loggedFor(name: string): Logged | undefined {
    const known = this.logged.get(name)
    if (known || this.logged.size >= MAX_LOGGED) return known
    const created: Logged = { services: new Set(), refusals: 0, other: 0, first: undefined }
    this.logged.set(name, created)
    return created
  }

  /** A finding in a test's own logging: its client's refusal of a named service, or anything else. */
  private noteLogged(finding: Finding): void {
    const scope = this.logScope as Logged
    if (finding.kind !== 'infrastructure') {
      scope.other++
      return
    }
    // A restatement (`code: 'ECONNREFUSED'`) names no service: it is the same failure, not another.
    this.loggedRefusalLine = this.lineNumber
    if (finding.service === '') return
    scope.refusals++
    scope.services.add(finding.service)
    scope.first ??= finding
  }

  /**
   * A line of a test's own logging that no rule or marker took, no part of an error's stack, that
   * says something went wrong or that the code went on without the service (a fallback).
   */
  private noteLoggedLine(line: string): void {
    const scope = this.logScope
    if (!scope || !this.quiet || this.lineNumber === this.logScopeLine || this.loggedRefusalLine === this.lineNumber || this.handledLine === this.lineNumber) return
    const text = normaliseLine(line)
    if (text.trim() === '' || ERROR_DECORATION.test(text)) return
    if (TROUBLE_WORDS.test(text)) scope.other++
  }

  /** What a log no dialect splits is judged by: the last error, and any code error. */
  private remember_(finding: Finding): void {
    if (this.runEvidence.length < RUN_EVIDENCE) this.runEvidence.push(finding)
    if (finding.kind === 'code') this.firstCode ??= finding
    if (finding.kind === 'infrastructure') this.firstInfra ??= finding
    if (finding.continuing) return
    this.fatal = finding
    if (finding.kind === 'infrastructure' && finding.confidence === 'high' && finding.service !== '') this.runServices.add(finding.service)
  }

  /**
   * pytest cut the unit's one-line reason short (`FAILED x::t - psycopg2.OperationalError: conn...`);
   * the whole line was printed above it (`--tb=line`), outside any unit: its finding counts here.
   */
  private explainCutReason(reason: string): void {
    const prefix = reason.slice(0, -3).trimEnd()
    const unit = this.current
    if (!unit) return
    if (prefix.length < 5) {
      this.explainByTbLines(unit, prefix)
      return
    }
    for (let i = this.recentOutside.length - 1; i >= 0; i--) {
      const finding = this.recentOutside[i] as Finding
      // `--tb=line` prints `path/to/file.py:122: ExceptionName: message`.
      const error = finding.text.replace(/^\S{1,300}:\d{1,6}: /, '')
      if (!(prefix.length >= 12 ? error.includes(prefix) : error.startsWith(prefix))) continue
      count(unit, { ...finding })
      return
    }
    this.explainByTbLines(unit, prefix)
  }

  /**
   * A line of pytest's FAILURES section while it may be `--tb=line`'s: a crash line, judged here,
   * that a rule reads as a sure outage. Any other line (a test's `____ header ____` of another
   * `--tb` style, a blank crash line, a message's second line) ends the reading, and the section
   * proves nothing; that line is read as any other (false).
   */
  private readTbLine(line: string): boolean {
    const section = this.tbLines as NonNullable<typeof this.tbLines>
    if (!TB_CRASH_LINE.test(line) || this.current !== undefined) {
      section.open = false
      section.spoiled = true
      return false
    }
    this.judgeLine(line)
    const finding = this.recentOutside.at(-1)
    if (this.current !== undefined || finding === undefined || finding.line !== this.lineNumber || finding.kind !== 'infrastructure' || finding.confidence !== 'high' || finding.continuing) section.spoiled = true
    else section.findings.push(finding)
    return true
  }

  /**
   * A failed test in pytest's short summary whose reason was cut too short to tell which crash
   * line is its own (`FAILED x::test_long_name - M...`), or left out (`FAILED x::test_longer_name`):
   * the FAILURES section printed one crash line for each failed test, in the summary's order
   * (both list the `failed` reports). When every line there is a sure outage of one service,
   * its own is one of them, whichever it is. Any other line (an assertion, a blank crash line,
   * a message's second line) proves nothing, and the unit stays as it was.
   */
  private explainByTbLines(unit: Unit, prefix = ''): void {
    const section = this.tbLines
    if (!section || section.open || section.spoiled || section.findings.length === 0) return
    // A unit already accounted for needs no crash line; but a test whose setup or teardown errored (its
    // `ERROR at teardown of` block) has no account yet of its call, which `FAILED` lists and `--tb=line` printed.
    const callOfHookedTest = unit.holdsHooks && TB_LISTED_FAILED.test(this.lineText)
    if (!callOfHookedTest && unit.high + unit.ambiguous + unit.code + unit.unexplained > 0) return
    const index = section.listed - 1
    const finding = section.findings[index]
    if (finding === undefined) return
    // What pytest kept of the reason must be the start of that crash line's message (`AssertionError: an ord...`
    // is no refusal's, whatever its position says).
    if (!finding.text.replace(/^\S{1,300}:\d{1,6}: /, '').startsWith(prefix)) return
    const services = new Set(section.findings.map(f => f.service))
    if (services.size !== 1) return
    count(unit, { ...finding, note: 'pytest --tb=line printed one crash line for each failed test, in this order, and every one of them is this outage' })
  }

  /** Records what the rules make of the line; false when no rule matched it. */
  private match(line: string): boolean {
    const { prefilter: filter, anyRule } = knowledge()
    if (!filter.mayMatchARule(line) || !anyRule(line)) {
      this.noteMention(line)
      return false
    }
    let infra: RuleMatch | undefined
    let codeRule: Rule | undefined
    for (const rule of ALL_RULES) {
      if (rule.kind === 'code' ? codeRule : infra) continue
      const found = matchRule(rule, line)
      if (!found) continue
      if (rule.kind === 'code') codeRule = rule
      else infra = found
      if (codeRule && infra) break
    }
    const unit = this.current
    this.noteMention(line)
    if (!infra && !codeRule) return false
    // pytest restates the exception's class under the traceback whose `E` lines this unit already judged.
    if (unit && PYTEST_LOCATION.test(line) && (unit.lastInfraLine > 0 || unit.code > 0)) return true
    const interpreted = infra ? this.withEndpoint(infra, line, interpret(infra, line)) : undefined
    const infraHere = interpreted !== undefined && interpreted.kind === 'infrastructure'

    // An assertion that no error was expected carries, on its line or below, the error that happened.
    if (NO_ERROR_EXPECTED.test(line) && !EXPECTS_ERROR.test(line)) {
      if (infraHere) {
        this.recordInfra(infra as RuleMatch, interpreted, line, 'an assertion that expected no error reports this error: it is what happened')
        return true
      }
      if (unit && codeRule) {
        const finding = this.finding(codeRule, line, 'code')
        unit.awaitingError = { finding, until: this.lineNumber + AWAIT_ERROR_LINES }
        this.record(finding)
        return true
      }
    }
    // JUnit's `fail(e.getMessage())`: the assertion's whole message is the connection error the test caught.
    if (codeRule && infraHere && interpreted.confidence === 'high' && !EXPECTS_ERROR.test(line)) {
      const message = BARE_ASSERTION.exec(line)?.[1]
      if (message !== undefined && !EXPECTATION_WORDS.test(message) && assertionSides(line) === undefined && this.infraIn(message)) {
        // Likely the outage; not proven: a test that must not connect fails the same way when the code does.
        this.recordInfra(infra as RuleMatch, { ...interpreted, confidence: 'ambiguous', note: 'the assertion\'s message is this connection error: the test failed with the error it caught (a test that checks the code never connects fails the same way)' }, line)
        return true
      }
    }
    // A service's rejection named only as what an assertion wanted (`X is not an instance of <class
    // 'pika.exceptions.ProbableAccessDeniedError'>`) is the answer the test expected, not one that came;
    // only as that service's client's own class (`shop.errors.AccessDenied` is the project's, attack 24).
    const wantsRejection = codeRule !== undefined && REJECTION_SERVICE.has(codeRule) && ASSERTION_CONTEXT.test(line)
    const sides = codeRule && infraHere && (ASSERTED.has(codeRule.id) || wantsRejection) ? assertionSides(line) : undefined
    // What the test wanted was the server's answer: the same client's own answer error
    // (`Predis\\Response\\ServerException` for a `Predis\\Connection\\...`), or what only a server gives
    // (`expected syntax error, got dial tcp ...`). A project's exception, a built-in one or a
    // validation error is the handling the test checks.
    const wantedAnswer = sides !== undefined && !CONNECTING_WORDS.test(sides.expected) && ((EXPECTED_ANSWER_ERROR.test(sides.expected) && sameVendor(sides.expected, sides.actual)) || SERVER_ANSWER.test(sides.expected) || (wantsRejection && matchRule(codeRule as Rule, sides.expected) !== undefined && matchRule(codeRule as Rule, sides.actual) === undefined && clientClassService(sides.expected) === REJECTION_SERVICE.get(codeRule as Rule)))
    if (sides !== undefined && (!EXPECTS_ERROR.test(line) || wantedAnswer)) {
      // The assertion's actual value is the connection error, and it expected no error of its own
      // or the server's answer: the code under test could not reach the service.
      const actualIsRefusal = this.infraIn(sides.actual)
      // An expected side that is itself a refusal: the test expected the refusal, and the difference
      // between the two is the defect; unless they are the same words (both sides came of the outage).
      const bare = (side: string): string => side.replace(/^.{0,300}?\b(?:expected|want(?:ed)?)\b:?\s*/i, '').trim().replace(/^["'`]|["'`,.;:]+$/g, '')
      const expectedRefusal = this.infraIn(sides.expected)
      const sameRefusal = expectedRefusal && bare(sides.expected) === bare(sides.actual)
      if (actualIsRefusal && (sameRefusal || (!expectedRefusal && (!NAMES_AN_ERROR.test(sides.expected) || wantedAnswer)))) {
        const read = interpreted as NonNullable<typeof interpreted>
        if (sides.returned) this.recordInfra(infra as RuleMatch, { ...read, confidence: 'ambiguous', note: 'the code returned this connection error where the test expected nothing: the outage, or handling the test checks' }, line)
        else this.recordInfra(infra as RuleMatch, read, line, 'the assertion\'s actual value is this connection error')
        return true
      }
    }
    if (codeRule && !infra) {
      // A driver imported as None (`except ImportError: psycopg2 = None`) fails on its first use.
      const missing = this.driverImportedAsNone(line)
      if (missing) {
        // Proven only when the log shows that module's import failing; a lazy import bound elsewhere leaves it None too.
        const confidence = missing.confidence ?? (this.failedImports.has(missing.module) ? 'high' : 'ambiguous')
        // pytest's short summary restates the `E` line: the same attribute, the same reading.
        if (this.noneModules.size < 64) this.noneModules.set(/has no attribute '(\w{1,100})'/.exec(line)?.[1] ?? '', { service: missing.service, module: missing.module, confidence })
        this.record({ ruleId: 'module.python.imported-as-none', title: 'Python client not installed (imported as None)', kind: 'infrastructure', confidence, service: missing.service, line: this.lineNumber, text: clip(line), note: `the code calls ${missing.call}, and ${missing.module} is None: its import failed and was caught` })
        return true
      }
    }
    if (codeRule) {
      // After a connection failure in the same unit, a null handle is its consequence, not a defect.
      const target = this.target()
      // Java names the null's type: the project's own PaymentClient held as `this.client` is no service's handle.
      const notAHandle = javaReceiver(line)?.handle === false
      // A closing call is read as one (its receiver checked), whatever handle word the line holds.
      const closesHandle = !infra && NULL_DEREFERENCE.test(line) && CLOSING_HANDLE.test(line)
      const nullHandle = !infra && !closesHandle && !notAHandle && NULL_DEREFERENCE.test(line) && NULL_HANDLE.test(line)
      // The JVM says this exception was thrown while the one above unwound (a teardown's, under a refused setup's).
      if (closesHandle && target && /^\s{0,40}Suppressed: /.test(line)) target.holdsHooks = true
      // In the same phase: a teardown's null after its setup's refusal is weighed as a teardown's (verdict.ts).
      if (target && target.lastInfraLine > target.phaseStart && nullHandle && mayBeHandleOf(line, target)) {
        target.consequences++
        return true
      }
      // A code rule wins over connection words on the same line (an assertion about them, a
      // server that answered and refused the client's settings).
      const note = infra ? `also matched ${infra.rule.id}` : undefined
      const finding: Finding = { ...this.finding(codeRule, line, 'code'), ...(note ? { note } : {}), ...(nullHandle ? { nullHandle } : {}), ...(closesHandle ? { closesHandle } : {}) }
      this.record(finding)
      if (closesHandle && target) this.source.nameClosed(target, line)
      // RSpec prints an exception's class alone (`NoMethodError:`) and its message on the next line.
      if (target && !nullHandle && !closesHandle) this.source.codeFound(target, finding, line)
      return true
    }
    if (!infra || !interpreted) return false
    if (infraHere && ASSERTION_CONTEXT.test(line)) {
      // Infrastructure words inside an assertion are what the test checks, not why it failed.
      this.record({ ruleId: 'code.connection-words-in-assertion', title: 'Connection error text inside an assertion', kind: 'code', confidence: 'high', service: '', line: this.lineNumber, text: clip(line), note: `matched ${infra.rule.id}, but on an assertion line` })
      return true
    }
    if (unit?.awaitingError && infraHere) {
      // testify: `Error: Received unexpected error:` then the error on the next line.
      const awaited = unit.awaitingError.finding
      uncount(unit, awaited)
      unit.evidence.splice(unit.evidence.indexOf(awaited), 1)
      if (this.firstCode === awaited) this.firstCode = undefined
      unit.awaitingError = undefined
      this.counts.code--
      this.recordInfra(infra, interpreted, line, 'the assertion above expected no error; this is the error that happened')
      return true
    }
    // A restatement (`Caused by:`, an error object's `code:` field) of an error this unit already
    // showed never outranks the specific line: it adds nothing unless it names another service.
    const target = this.target()
    if (RESTATEMENT.test(line) && target && target.lastInfraLine > 0 && (interpreted.service === '' || target.infraServices.has(interpreted.service))) return true
    this.recordInfra(infra, interpreted, line)
    return true
  }

  /**
   * A service's own words (`MongooseServerSelectionError`) on a line that also names the endpoint
   * it was refused on (`connect ECONNREFUSED ::1:27017`): the endpoint still says where, so a
   * refusal on ::1 alone, on another loopback address or on a remote host is read as such.
   */
  private withEndpoint(match: RuleMatch, line: string, read: ReturnType<typeof interpret>): ReturnType<typeof interpret> {
    if (match.rule.interpret !== undefined || read === undefined || read.kind !== 'infrastructure' || read.confidence !== 'high') return read
    const endpoint = matchRule(ENDPOINT_REFUSAL, line)
    const where = endpoint ? interpret(endpoint, line) : undefined
    if (!where || (where.kind === 'infrastructure' && where.confidence === 'high')) return read
    return { ...where, service: where.service || read.service }
  }

  private recordInfra(match: RuleMatch, read: NonNullable<ReturnType<typeof interpret>>, line: string, note?: string): void {
    if (match.rule.interpret === 'module:python' && this.failedImports.size < 256) this.failedImports.add((match.groups.module ?? '').split('.')[0] ?? '')
    // The project's own words for an import the log shows failing (`During handling` of it): that failure, restated.
    const reraised = match.rule.provenByFailedImport && this.failedImports.has(match.groups.module ?? '') ? serviceForClient('python', match.groups.module ?? '') : undefined
    const reread: typeof read = reraised ? { kind: 'infrastructure', confidence: 'high', service: reraised } : read
    // A client's own operation timeout is only possibly the outage (rule.ts `timesOutOn`).
    const interpreted: typeof read = match.rule.timesOutOn && reread.kind === 'infrastructure'
      ? { ...reread, confidence: 'ambiguous', note: 'the client\'s own operation timed out: a server that is down, or one too slow (or one that came up after it was refused)' }
      : reread
    const retrying = interpreted.kind === 'infrastructure' && RETRY_CONTEXT.test(line)
    if (interpreted.dialledOther !== undefined && !this.crossDialled.has(interpreted.dialledOther) && this.crossDialled.size < 16) this.crossDialled.set(interpreted.dialledOther, this.lineNumber)
    const finding: Finding = {
      ...this.finding(match.rule, line, interpreted.kind), confidence: interpreted.confidence, service: interpreted.service,
      ...(retrying || interpreted.weak ? { continuing: true } : {}),
      ...(retrying ? { note: 'logged by a client that retries or goes on without the service' } : interpreted.note ? { note: interpreted.note } : note ? { note } : {})
    }
    if (interpreted.ownPort !== undefined) {
      // A local port no service owns: the project's own server, unless the unit's lines name the driver.
      const named = this.serviceNearby()
      if (named) {
        finding.kind = 'infrastructure'
        finding.service = named
        finding.note = `port ${interpreted.ownPort} is no service's default, but the failing code is the ${named} client`
      } else if (DATABASE_DIAL.test(line) && !OWN_SERVER_WORDS.test(line)) {
        // `connecting to test database, but got err=dial tcp 127.0.0.1:9920: connect: connection refused`: the
        // line itself says the dial was a database connection (a compose-mapped port), not the project's own
        // server. Possibly the database missing, possibly its port configured wrong: at most ambiguous.
        const mention = this.current?.mention ?? this.sqlMentionAbove() ?? this.runMention
        finding.kind = 'infrastructure'
        finding.confidence = 'ambiguous'
        finding.service = mention !== undefined && serviceDefinition(mention)?.family === 'sql' ? mention : 'sql'
        finding.note = `port ${interpreted.ownPort} is no service's default, but the line says it was connecting to a database: the database missing, or its port configured wrong`
      }
    }
    this.record(finding)
    const target = this.target()
    if (target && finding.kind === 'infrastructure' && finding.confidence === 'high' && !finding.continuing) settleChain(target)
    if (finding.kind === 'infrastructure' && finding.service === '' && (interpreted.needsContext || PROMOTED_BY_CONTEXT.has(match.rule.id))) this.findServiceInContext(finding)
  }

  /** A service the line names by its driver: the unit's, and the run's, for refusals that name none. */
  private noteMention(line: string): void {
    if (this.current && !this.current.driver) this.current.driver = driverFrameService(line)
    const mention = mentionedService(line)
    if (!mention) return
    this.runMention ??= mention
    if (this.current && !this.current.mention) this.current.mention = mention
  }

  /**
   * `'NoneType' object has no attribute 'connect'` where the source line just above (a traceback's
   * or pytest's `>` line) calls `psycopg2.connect(`: the module is None because its import failed.
   */
  private driverImportedAsNone(line: string): { service: string; module: string; call: string; confidence?: Finding['confidence'] } | undefined {
    const attribute = /'NoneType' object has no attribute '(\w{1,100})'/.exec(line)?.[1]
    // Only what a module offers (a class, DB-API's connect, a pool or URL factory): `redis.get` on a
    // variable named like the client that came back None is the code's own null.
    if (attribute === undefined || !/^(?:[A-Z]\w*|connect|connect_async|create_pool|create_connection|from_url)$/.test(attribute)) return undefined
    // pytest's short summary restates the `E` line this unit already read.
    const seen = this.noneModules.get(attribute)
    if (seen) return { ...seen, call: `.${attribute}` }
    // The source line the runner prints right above the error (a traceback's, pytest's `>` line).
    const above = this.previousLine(1)
    const found = above === undefined ? null : new RegExp(String.raw`(?<![\w.])([A-Za-z_]\w{0,100})\.${attribute}\b`).exec(above)
    const module = found?.[1]
    const service = module === undefined ? undefined : serviceForClient('python', module)
    return module && service ? { service, module, call: `${module}.${attribute}` } : undefined
  }

  /** Whether a part of a line is itself a connection failure. */
  private infraIn(text: string): boolean {
    for (const rule of INFRA_RULES) {
      const found = matchRule(rule, text)
      if (found) return interpret(found, text)?.kind === 'infrastructure'
    }
    return false
  }

  private finding(rule: Rule, line: string, kind: Finding['kind']): Finding {
    return { ruleId: rule.id, title: rule.title, kind, confidence: rule.confidence, service: rule.service, line: this.lineNumber, text: clip(line) }
  }

  private expireAwaiting(): void {
    const unit = this.current
    if (unit?.awaitingError && this.lineNumber > unit.awaitingError.until) unit.awaitingError = undefined
  }

  /** The `back`-th line before the current one (1 = the previous), normalised; undefined past the floor. */
  private previousLine(back: number): string | undefined {
    if (this.lineNumber - back <= this.contextFloor) return undefined
    const { lines, index } = this.context
    const at = index - back
    const raw = at >= 0 ? lines[at] : this.tail[this.tail.length + at]
    return raw === undefined ? undefined : normaliseLine(raw)
  }

  /**
   * A service whose client library is in the failing test's own stack frames (never its name,
   * never across tests, never in an unsplit log): a refusal on an odd port from that client was it.
   */
  private serviceNearby(): string | undefined {
    if (!this.current) return undefined
    if (this.current.driver) return this.current.driver
    for (let back = 1; back <= CONTEXT_LINES; back++) {
      const line = this.previousLine(back)
      if (line === undefined) break
      const service = driverFrameService(line)
      if (service) return service
    }
    return undefined
  }

  /** The SQL database the few lines above name (`testing postgres...` before a test binary's own connect). */
  private sqlMentionAbove(): string | undefined {
    for (let back = 1; back <= 3; back++) {
      const line = this.previousLine(back)
      if (line === undefined) break
      const service = mentionedService(line)
      if (service !== undefined && serviceDefinition(service)?.family === 'sql') return service
    }
    return undefined
  }

  /** A generic refusal names no service: look at the lines around it, nearest first. */
  private findServiceInContext(finding: Finding): void {
    // The line itself first: its own words may name the client (`kombu.exceptions.OperationalError: [Errno -2] ...`).
    const own = contextOf(finding.text)
    if (own && 'ownServer' in own) return this.applyContext(finding, this.target(), own)
    for (let back = 1; back <= CONTEXT_LINES; back++) {
      const line = this.previousLine(back)
      if (line === undefined) break
      const context = contextOf(line)
      if (context && 'ownServer' in context) return this.applyContext(finding, this.target(), context)
    }
    if (own) return this.applyContext(finding, this.target(), own)
    for (let back = 1; back <= CONTEXT_LINES; back++) {
      const line = this.previousLine(back)
      if (line === undefined) break
      const context = contextOf(line)
      if (context) return this.applyContext(finding, this.target(), context)
    }
    const unit = this.target()
    if (unit && this.pending.length < MAX_PENDING) this.pending.push({ finding, unit, remaining: CONTEXT_LINES })
  }

  private resolvePending(line: string): void {
    const context = contextOf(line)
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const entry = this.pending[i] as PendingService
      // The service of a unit's error comes from that unit's own lines.
      const sameUnit = entry.unit === this.target()
      if (context && sameUnit) this.applyContext(entry.finding, entry.unit, context)
      if ((context && sameUnit) || !sameUnit || --entry.remaining <= 0) this.pending.splice(i, 1)
    }
  }

  /** Names the refusal's service, or makes it a code finding when it was the project's own server. */
  private applyContext(finding: Finding, unit: Unit | undefined, context: Context): void {
    const change = (f: Finding): void => {
      if ('service' in context) {
        f.service = context.service
        f.note = 'service named by a nearby line'
        // A host that did not resolve, next to the service's driver, was the service's host.
        if (PROMOTED_BY_CONTEXT.has(f.ruleId)) f.confidence = 'high'
      } else {
        f.kind = 'code'
        f.confidence = 'high'
        f.note = context.ownServer
      }
    }
    // A unit whose stack frames are a service's client was refused by that service, whatever the port.
    if (!('service' in context) && unit?.driver) return
    if (unit) recount(unit, finding, change)
    else change(finding)
    if (finding.kind === 'code') this.firstCode ??= finding
    else if (finding === this.fatal) this.runServices.add(finding.service)
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

function clip(text: string): string {
  return clipText(text.trim(), EVIDENCE_TEXT_MAX + 1)
}

/** The last non-empty piece between carriage returns: what a log viewer shows of a rewritten line. */
export function lastShown(line: string): string {
  let end = line.length
  for (;;) {
    const start = line.lastIndexOf('\r', end - 1)
    if (start < 0) return line.slice(0, end)
    if (start < end - 1) return line.slice(start + 1, end)
    end = start
    if (end === 0) return ''
  }
}

/**
 * Only the start of a line is ever matched (normalise.ts), so a long line is cut before it is
 * kept. The copy through a Buffer matters: a plain slice would keep the whole original alive.
 */
function bounded(raw: string): string {
  let line = raw
  // A carriage return rewrites the line (progress bars, mocha's list reporter): only what follows
  // the last one is shown, and only that is kept, so no scan ever walks a run of them.
  if (line.includes('\r')) line = lastShown(line)
  // Other line terminators to a regular expression's `^` (U+2028, U+2029) are only characters here.
  if (line.includes('\u2028') || line.includes('\u2029')) line = line.replace(/[\u2028\u2029]/g, ' ')
  return line.length > MATCH_WINDOW * 2 ? Buffer.from(line.slice(0, MATCH_WINDOW * 2)).toString() : line
}

/**
 * A null handle can be the one a refused service never gave: not when it is a SQL database's (a
 * `query` method, a result's `rows`) and every service the unit names as refused is no SQL
 * database (a cache, a broker): the code's own handle, which that outage did not leave null.
 */
function mayBeHandleOf(line: string, unit: Unit): boolean {
  if (!SQL_HANDLE.test(line) || unit.infraServices.size === 0) return true
  return [...unit.infraServices].some(s => s === 'sql' || serviceDefinition(s)?.family === 'sql')
}
