// Follows the log to the source lines runners print around an error, for handles.ts to read: what
// a closing call on a null closed (the line above, or a code frame below), and what a refused setup
// was assigning. The classifier tells it when to look; it records what it finds on the unit.
import { markerOf } from './markers.js'
import { CLOSING_HANDLE, NULL_DEREFERENCE, NULL_HANDLE } from './rules/index.js'
import { recount, type Finding, type Unit } from './units.js'
import { assignedHandleIn, CARET_LINE, caretColumn, closedReceiverIn, javaReceiver, LIBRARY_PATH, MARKED_FRAME, type Receiver } from './handles.js'

/** The classifier's view of the log: the current line's number and the lines before it, normalised. */
export interface LogView {
  lineNumber(): number
  previousLine(back: number): string | undefined
}

/** A frame's location above its source line: Python's `File "x.py", line 3, in f`, pytest's short `x.py:3: in f`. */
const FRAME_LOCATION = /^\s{0,12}File "[^"\n]{1,500}", line \d{1,7}, in |^\S{1,300}:\d{1,6}: in \S/
/** How many lines below a closing null (or a refusal) its code frame may be printed. */
const WATCH_LINES = 12
/** How many refusals of one unit are looked at for what its setup assigned. */
const ASSIGN_LOOKS = 4
/**
 * The PHP class that opened a PDO connection, in a frame: Doctrine DBAL's own driver for a
 * database (`Driver/PDO/PgSQL/Driver.php`, DBAL 2's `Driver/PDOPgSql/Driver.php`), as installed
 * (composer's vendor/, Debian's /usr/share/php). It builds the DSN's prefix itself, so PDO's
 * `could not find driver` names that database's extension. Not a copy of it in the project's tree,
 * nor Laravel's connectors or DBAL's exception converters: a project's subclass or another driver
 * passes through those with a DSN of its own (attack 25).
 */
const PDO_DRIVER_FRAME = /(?:\/vendor\/doctrine\/dbal\/(?:src|lib\/Doctrine\/DBAL)|\/share\/php\/Doctrine\/DBAL)\/Driver\/PDO\/?(PgSQL|PgSql|MySQL|MySql|SQLSrv|Sqlsrv)\/Driver\.php/
const PDO_DATABASE: Readonly<Record<string, string>> = { pgsql: 'postgresql', mysql: 'mysql', sqlsrv: 'sqlserver' }
/** An exception's class alone on its line (RSpec's `NoMethodError:`): its message is the next line. */
const BARE_HEADLINE = /^\s{0,40}[A-Z][\w:]{0,200}(?:Error|Exception):\s*$/

interface Watch {
  readonly unit: Unit
  readonly until: number
}

/** Counts what a closing call on a null closed. */
function nameReceiver(unit: Unit, receiver: Receiver): void {
  if (!receiver.handle) {
    unit.closingOther++
    return
  }
  unit.closingNamed++
  if (unit.closedReceivers.size < 16) unit.closedReceivers.add(receiver.name)
}

export class SourceLines {
  /** A closing call on a null handle was just recorded: the source line printed below it (a code frame) may name the receiver. */
  private closeFrameWatch: Watch | undefined
  /** A refusal was just recorded: the source line printed below it may show what its setup assigned. */
  private assignWatch: Watch | undefined
  private readonly assignLooks = new Map<Unit, number>()
  /** PDO could not find a driver: the frames below may name the database whose driver it was. */
  private pdoWatch: { readonly unit: Unit; readonly finding: Finding; readonly until: number } | undefined
  /** A code finding on an exception's bare class (`NoMethodError:`), whose message is the next line. */
  private headlineAbove: { readonly unit: Unit; readonly finding: Finding; readonly line: number } | undefined

  constructor(private readonly log: LogView) {}

  /** Whether a line that matches nothing must still be shown (the classifier's fast path skips it otherwise). */
  get watching(): boolean {
    return this.closeFrameWatch !== undefined || this.assignWatch !== undefined || this.headlineAbove !== undefined || this.pdoWatch !== undefined
  }

  /** The message under a bare exception class: a closing call on a null there is the finding's. */
  readHeadlineMessage(line: string): void {
    const above = this.headlineAbove
    if (above === undefined) return
    this.headlineAbove = undefined
    if (this.log.lineNumber() !== above.line + 1 || !NULL_DEREFERENCE.test(line) || !CLOSING_HANDLE.test(line) || NULL_HANDLE.test(line)) return
    recount(above.unit, above.finding, f => { f.closesHandle = true })
    this.nameClosed(above.unit, line)
  }

  /** A code finding on this line; if the line is an exception's class alone, its message is read from the next. */
  codeFound(unit: Unit, finding: Finding, line: string): void {
    if (BARE_HEADLINE.test(line)) this.headlineAbove = { unit, finding, line: this.log.lineNumber() }
  }

  /** Each line: the code frames watched for after a closing null or a refusal. */
  follow(line: string): void {
    if (this.closeFrameWatch) this.watchCloseFrame(line, this.closeFrameWatch)
    if (this.assignWatch) this.watchAssignment(line, this.assignWatch)
    if (this.pdoWatch) this.watchPdoDriver(line, this.pdoWatch)
  }

  /** PDO's `could not find driver`, possibly infrastructure until a frame below names the database's driver. */
  pdoDriverMissing(unit: Unit, finding: Finding): void {
    if (finding.service === '' && finding.confidence === 'ambiguous') this.pdoWatch = { unit, finding, until: this.log.lineNumber() + WATCH_LINES }
  }

  private watchPdoDriver(line: string, watch: { readonly unit: Unit; readonly finding: Finding; readonly until: number }): void {
    if (this.log.lineNumber() > watch.until || markerOf(line)) {
      this.pdoWatch = undefined
      return
    }
    const found = PDO_DRIVER_FRAME.exec(line)
    const service = found ? PDO_DATABASE[(found[1] ?? '').toLowerCase()] : undefined
    if (service === undefined) return
    this.pdoWatch = undefined
    recount(watch.unit, watch.finding, f => {
      f.confidence = 'high'
      f.service = service
      f.note = `the frame below is the ${service} driver's (${(found as RegExpExecArray)[0]}): its PDO extension is not installed`
    })
  }

  /** Whom a closing call on a null closed: Java says; else a source line above, or one below (watched). */
  nameClosed(unit: Unit, line: string): void {
    const java = javaReceiver(line)
    if (java) return nameReceiver(unit, java)
    // The nearest source line above is the innermost frame's (pytest's `>`, Python's line under
    // `File ...`, RSpec's `Failure/Error:`): it decides, named or not.
    for (let back = 1; back <= 6; back++) {
      const source = this.sourceAbove(back)
      if (source === undefined) continue
      const below = back > 1 ? this.log.previousLine(back - 1) : undefined
      const receiver = closedReceiverIn(source, below === undefined ? undefined : caretColumn(below))
      if (receiver) nameReceiver(unit, receiver)
      return
    }
    this.closeFrameWatch = { unit, until: this.log.lineNumber() + WATCH_LINES }
  }

  /** A refusal counted in `unit`: what its setup was assigning is looked for, a few refusals a unit. */
  refusalFound(unit: Unit): void {
    const looks = this.assignLooks.get(unit) ?? 0
    if (looks >= ASSIGN_LOOKS) return
    this.assignLooks.set(unit, looks + 1)
    this.noteAssignment(unit)
  }

  /** The source line this line is or points at: jest's marked frame, or the line above a caret. */
  private sourceBelow(line: string): string | undefined {
    if (MARKED_FRAME.test(line)) return line
    return CARET_LINE.test(line) ? this.log.previousLine(1) : undefined
  }

  /** The source line `back` lines up, if it is one: pytest's `>`, RSpec's `Failure/Error:`, Python's line under `File ...`, a marked frame. */
  private sourceAbove(back: number): string | undefined {
    const line = this.log.previousLine(back)
    if (line === undefined) return undefined
    if (/^\s{0,12}>\s/.test(line) || /^\s{0,20}(?:\d{1,5}\.\d{1,5}\) )?Failure\/Error: /.test(line)) return line
    // Python's line under `File "x.py", line 3, in f`, or under pytest's short frame `x.py:3: in f`.
    return FRAME_LOCATION.test(this.log.previousLine(back + 1) ?? '') ? line : undefined
  }

  private watchCloseFrame(line: string, watch: Watch): void {
    if (this.log.lineNumber() > watch.until || markerOf(line)) {
      this.closeFrameWatch = undefined
      return
    }
    // A frame the runner points into (vitest's and jest's caret under the call) decides, named or not.
    const caret = caretColumn(line)
    const previous = this.log.previousLine(1)
    if (caret !== undefined && previous !== undefined) {
      const receiver = closedReceiverIn(previous, caret)
      if (receiver) nameReceiver(watch.unit, receiver)
      if (receiver || MARKED_FRAME.test(previous)) this.closeFrameWatch = undefined
      return
    }
    // jest's marked frame with no caret under it: the line's only closing call, if it has one.
    if (previous !== undefined && MARKED_FRAME.test(previous)) {
      const receiver = closedReceiverIn(previous)
      if (receiver) nameReceiver(watch.unit, receiver)
      this.closeFrameWatch = undefined
    }
  }

  private watchAssignment(line: string, watch: Watch): void {
    if (this.log.lineNumber() > watch.until || markerOf(line)) {
      this.assignWatch = undefined
      return
    }
    const source = this.sourceBelow(line)
    const name = source === undefined ? undefined : assignedHandleIn(source)
    if (name !== undefined && watch.unit.assigned.size < 16) watch.unit.assigned.add(name)
  }

  /**
   * What a refused setup was assigning: a source line of the project's above its refusal, or one
   * below (watched). A library's frame is not the setup (psycopg2's own `conn = _connect(...)`):
   * Python's line is kept only under a `File` outside the libraries, pytest's `>` only with its
   * frame's location (`tests/conftest.py:17: in db`) printed between it and the refusal.
   */
  private noteAssignment(unit: Unit): void {
    for (let back = 1; back <= 8; back++) {
      const source = this.sourceAbove(back)
      const name = source === undefined ? undefined : assignedHandleIn(source)
      if (name === undefined || unit.assigned.size >= 16) continue
      if (/^\s{0,12}>\s/.test(source as string)) {
        let located = false
        for (let at = back - 1; at >= 1 && !located; at--) {
          const location = /^(\S{1,300}):\d{1,6}:(?: in \S|\s*$)/.exec(this.log.previousLine(at) ?? '')
          if (location) located = !LIBRARY_PATH.test(location[1] as string)
        }
        if (!located) continue
      } else if (LIBRARY_PATH.test(this.log.previousLine(back + 1) ?? '')) continue
      unit.assigned.add(name)
    }
    this.assignWatch = { unit, until: this.log.lineNumber() + WATCH_LINES }
  }
}
