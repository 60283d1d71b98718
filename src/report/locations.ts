// Where each failing test failed in the code (issue 16): the deepest stack frame, or the failure
// location a runner prints, that lies inside the workspace, as a workspace-relative file and a
// line, so the annotation shows on the PR's Files tab. Frames in dependencies (node_modules,
// site-packages, vendored or generated code) and runtimes are skipped. The pure part reads a
// unit's log lines; the shell part (locateFailures) reads those lines back from the log file,
// so the classifier's one pass over the log stays as it is.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { TestVerdict } from '../classify/classifier.js'
import { normaliseLine } from '../classify/normalise.js'
import type { Verdict } from '../classify/verdict.js'

export interface FailureLocation {
  /** Workspace-relative, `/`-separated. */
  readonly file: string
  readonly line: number
  readonly column?: number
}

export interface Frame {
  readonly path: string
  readonly line: number
  readonly column?: number
  /** Python prints the outermost frame first; most other runtimes print the innermost first. */
  readonly outermostFirst: boolean
  /**
   * Where the failing test is declared, not where it failed (node:test's TAP `location:`, its spec
   * reporter's `test at x.js:8:1`): used only when no frame of the unit says where it failed.
   */
  readonly declaration?: boolean
}

// Colours, cursor moves and OSC titles, as the classifier strips them (classify/normalise.ts).
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g
// A source file: a path with an extension of the languages the classifier reads.
const FILE = String.raw`(?:[A-Za-z]:)?[^\s:"'()<>|]*?\.(?:py|js|mjs|cjs|jsx|ts|mts|cts|tsx|rb|go|rs|java|kt|scala|cs|php|ex|exs)`

const SHAPES: readonly { readonly pattern: RegExp; readonly outermostFirst: boolean; readonly declaration?: boolean }[] = [
  // Python: `  File "/app/tests/test_x.py", line 12, in test_x`
  { pattern: new RegExp(String.raw`^\s*File "(${FILE})", line (\d+)`), outermostFirst: true },
  // pytest, at the start of the line: `tests/test_x.py:12: AssertionError`, `tests/test_x.py:12: in helper`, `tests/test_x.py:10: `
  { pattern: new RegExp(String.raw`^(${FILE}):(\d+):(?:\s.*)?$`), outermostFirst: true },
  // JavaScript: `    at fn (/repo/tests/x.test.js:10:15)`, `    at /repo/x.js:3:1`, `    at file:///repo/x.mjs:3:1`
  { pattern: new RegExp(String.raw`^\s*at (?:.*? \()?(?:file://)?(${FILE}):(\d+)(?::(\d+))?\)?\s*$`), outermostFirst: false },
  // Ruby / RSpec: `# ./spec/models/user_spec.rb:12:in 'block (2 levels)'`
  { pattern: new RegExp(String.raw`^\s*(?:#\s*)?(${FILE}):(\d+):in\b`), outermostFirst: false },
  // Rust: `thread 'x' panicked at src/lib.rs:10:5`; PHPUnit `/app/tests/XTest.php:12`; go `    x_test.go:12: msg`
  { pattern: new RegExp(String.raw`panicked at (${FILE}):(\d+):(\d+)`), outermostFirst: false },
  { pattern: new RegExp(String.raw`^\s+(${FILE}):(\d+)(?::(\d+))?(?::\s|$)`), outermostFirst: false },
  // node:test's TAP reporter: the YAML `stack: |-` block lists frames without `at `:
  // `    TestContext.<anonymous> (file:///repo/test/x.test.js:13:10)`, `    file:///repo/test/x.test.js:3:1`.
  { pattern: new RegExp(String.raw`^\s+(?:(?:async |new )?[^\s()]{1,300}(?: \[as [^\]\s]{1,100}\])? \()?file://(${FILE}):(\d+):(\d+)\)?\s*$`), outermostFirst: false },
  { pattern: new RegExp(String.raw`^\s+(?:async |new )?[^\s()]{1,300}(?: \[as [^\]\s]{1,100}\])? \((${FILE}):(\d+):(\d+)\)\s*$`), outermostFirst: false },
  // vitest: ` ❯ test/x.test.js:13:15`, ` ❯ helper src/x.ts:3:9` under the failure.
  { pattern: new RegExp(String.raw`^\s*❯ (?:[^\s()]{1,300} )?(${FILE}):(\d+):(\d+)\s*$`), outermostFirst: false },
  // A test runner's own annotation (vitest's and jest's github-actions reporters), which the gate
  // does not let GitHub obey: `::error file=/repo/test/x.test.js,line=13,column=15,title=…::…`.
  { pattern: new RegExp(String.raw`^::(?:error|warning|notice) (?:[^:]*?,)?file=(${FILE}),(?:[^:]*?,)?line=(\d+)(?:,(?:[^:]*?,)?column=(\d+))?[,:]`), outermostFirst: false },
  // node:test, where the failing test is declared: TAP's `location: '/repo/test/x.test.js:12:1'`, spec's `test at test/x.test.js:12:1`.
  { pattern: new RegExp(String.raw`^\s*location: '(?:file://)?(${FILE}):(\d+):(\d+)'\s*$`), outermostFirst: false, declaration: true },
  { pattern: new RegExp(String.raw`^test at (?:file://)?(${FILE}):(\d+):(\d+)\s*$`), outermostFirst: false, declaration: true }
]

/** The file locations one log line names, in the order of its runtime. */
export function frameOf(rawLine: string): Frame | undefined {
  const line = rawLine.replace(ANSI, '').replace(/^\d{4}-\d\d-\d\dT[\d:.]+Z /, '')
  if (line.length > 2000) return undefined
  for (const { pattern, outermostFirst, declaration } of SHAPES) {
    const found = pattern.exec(line)
    if (!found) continue
    const [, file, lineText, column] = found
    const lineNumber = Number(lineText)
    if (!file || !Number.isSafeInteger(lineNumber) || lineNumber < 1) continue
    return { path: file, line: lineNumber, ...(column ? { column: Number(column) } : {}), outermostFirst, ...(declaration ? { declaration } : {}) }
  }
  return undefined
}

/** Code that is not the project's own: dependencies, vendored copies, generated files, runtimes. */
const FOREIGN = /(?:^|[\\/])(?:node_modules|site-packages|dist-packages|vendor|third_party|third-party|\.venv|venv|\.tox|\.nox|__generated__|generated|\.yarn|\.pnpm-store|\.cargo|\.rustup|go\/pkg\/mod|\.bundle|gems|jspm_packages|bower_components)(?:[\\/]|$)|^node:|^internal\/|(?:^|\/)lib\/python\d|\.min\.js$|\.(?:pb|generated|gen|g)\.\w+$|_pb2\.py$/

export function isForeign(file: string): boolean {
  return FOREIGN.test(file)
}

/** Directories tests often run from in a container; a path under one maps to the same path in the workspace. */
const CONTAINER_ROOTS = ['/github/workspace', '/workspace', '/workspaces', '/app', '/src', '/code', '/usr/src/app', '/opt/app', '/home/app', '/repo', '/project']

export interface PathContext {
  /** Absolute path of the workspace. */
  readonly workspace: string
  /** Absolute path the test command ran in (working-directory). */
  readonly cwd: string
  /** Whether a workspace-relative file exists (the shell checks the disk; tests pass a set). */
  readonly exists: (relative: string) => boolean
}

/**
 * The workspace-relative path a frame's path names, or undefined when it lies outside. Absolute
 * paths from another machine or a container are mapped back by finding the longest tail of the
 * path that exists in the workspace (after a known container root first).
 */
export function toWorkspacePath(raw: string, context: PathContext): string | undefined {
  const file = raw.replace(/\\/g, '/')
  const workspace = context.workspace.replace(/\\/g, '/').replace(/\/+$/, '')
  const accept = (relative: string): string | undefined => {
    const clean = path.posix.normalize(relative).replace(/^\.\//, '')
    if (clean === '' || clean.startsWith('../') || clean === '..' || path.posix.isAbsolute(clean) || isForeign(clean)) return undefined
    return context.exists(clean) ? clean : undefined
  }
  const absolute = file.startsWith('/') || /^[A-Za-z]:\//.test(file)
  if (!absolute) {
    // Relative to where the tests ran, or (jest's rootDir, a runner's own root) to the workspace.
    const cwdRelative = path.posix.relative(workspace, path.posix.join(context.cwd.replace(/\\/g, '/'), file))
    return accept(cwdRelative) ?? accept(file)
  }
  if (file.startsWith(`${workspace}/`)) return accept(file.slice(workspace.length + 1))
  for (const root of CONTAINER_ROOTS) {
    if (file.startsWith(`${root}/`)) {
      const found = accept(file.slice(root.length + 1))
      if (found) return found
    }
  }
  // Another machine's checkout (/home/runner/work/repo/repo/...): the longest tail that exists.
  const parts = file.split('/').filter(Boolean)
  for (let skip = 1; skip < parts.length && skip <= 8; skip++) {
    const found = accept(parts.slice(skip).join('/'))
    if (found) return found
  }
  return undefined
}

/** The deepest frame inside the workspace among a unit's lines. */
export function locate(lines: readonly string[], context: PathContext): FailureLocation | undefined {
  const frames: { frame: Frame; file: string }[] = []
  for (const line of lines) {
    const frame = frameOf(line)
    if (!frame || isForeign(frame.path)) continue
    const file = toWorkspacePath(frame.path, context)
    if (file) frames.push({ frame, file })
  }
  if (frames.length === 0) return undefined
  // Where the test failed, when a frame says so; where it is declared otherwise.
  const failedAt = frames.filter(f => f.frame.declaration !== true)
  const candidates = failedAt.length > 0 ? failedAt : frames
  // Python's traceback ends with the innermost frame; a JavaScript or Ruby stack starts with it.
  const lastOutermost = [...candidates].reverse().find(f => f.frame.outermostFirst)
  const chosen = lastOutermost ?? candidates[0]
  if (!chosen) return undefined
  return { file: chosen.file, line: chosen.frame.line, ...(chosen.frame.column !== undefined ? { column: chosen.frame.column } : {}) }
}

/** The log lines each failing unit owns: from its first line to the next unit's, and around its evidence. */
export function unitWindows(tests: readonly TestVerdict[], maxLines = WINDOW_LINES): { start: number; end: number }[][] {
  const starts = [...new Set(tests.map(t => t.line))].sort((a, b) => a - b)
  return tests.map(t => {
    const next = starts.find(s => s > t.line) ?? Infinity
    const windows = [{ start: t.line, end: Math.min(next, t.line + maxLines) }]
    const evidence = t.evidence?.line
    if (evidence !== undefined && (evidence < t.line || evidence >= windows[0]!.end)) windows.push({ start: Math.max(1, evidence - 5), end: evidence + maxLines })
    return windows
  })
}

const WINDOW_LINES = 400
/** Units located: the annotations show 10 at most, the report a few more. */
export const LOCATED_MAX = 30
const LINE_MAX = 2000

/** What the log says about each failing unit beyond its evidence line: where it failed, and the values it compared. */
export interface FailureDetails {
  /** Same order as the units; undefined where none is in the workspace. */
  readonly locations: (FailureLocation | undefined)[]
  /** The values the unit's assertion compared, from the lines after its evidence (`3 !== 4`). */
  readonly values: (string | undefined)[]
}

/**
 * Locations of the failing units (same order as `tests`; undefined where none is in the
 * workspace), from the whole log written by the test runner. Units from a JUnit report
 * (their lines are the report's, not the log's) are not located.
 */
export async function locateFailures(logPath: string, tests: readonly TestVerdict[], workspace: string, cwd: string): Promise<(FailureLocation | undefined)[]> {
  return (await readFailures(logPath, tests, workspace, cwd)).locations
}

/** Locations and compared values of the failing units, from the whole log written by the test runner. */
export async function readFailures(logPath: string, tests: readonly TestVerdict[], workspace: string, cwd: string): Promise<FailureDetails> {
  const chosen = tests.slice(0, LOCATED_MAX)
  const inLog = chosen.map(t => t.runner !== 'junit')
  // Every unit's start bounds the one before it, located or not.
  const windows = unitWindows(tests).slice(0, chosen.length)
  const lines = new Map<number, string>()
  try {
    await readLogLines(logPath, mergeRanges(windows.filter((_, i) => inLog[i] === true).flat()), (n, line) => lines.set(n, line))
  } catch {
    return { locations: chosen.map(() => undefined), values: chosen.map(() => undefined) }
  }
  const known = new Map<string, boolean>()
  const exists = (relative: string): boolean => {
    // Filled in below, before `locate` runs: existence is checked on disk once per path.
    return known.get(relative) ?? false
  }
  const context: PathContext = { workspace, cwd, exists }
  const results: (FailureLocation | undefined)[] = []
  const values: (string | undefined)[] = []
  for (let i = 0; i < chosen.length; i++) {
    if (!inLog[i]) {
      results.push(undefined)
      values.push(undefined)
      continue
    }
    const evidence = chosen[i]?.evidence
    const shown = evidence ? lines.get(evidence.line) : undefined
    // The log file and the classifier disagree on line numbers (see readLogLines): locate nothing rather than the wrong thing.
    if (evidence && shown !== undefined && !shown.replace(ANSI, '').includes(evidence.text.slice(0, 40).replace(/…$/, ''))) {
      results.push(undefined)
      values.push(undefined)
      continue
    }
    values.push(evidence ? valuesAfter(evidence.text, range(evidence.line + 1, evidence.line + 1 + VALUES_LOOKAHEAD).map(n => lines.get(n)).filter((l): l is string => l !== undefined).map(normaliseLine)) : undefined)
    const unitLines = (windows[i] ?? []).flatMap(w => range(w.start, w.end).map(n => lines.get(n)).filter((l): l is string => l !== undefined))
    await checkCandidates(unitLines, workspace, cwd, known)
    results.push(locate(unitLines, context))
  }
  return { locations: results, values }
}

const VALUES_LOOKAHEAD = 24
const VALUES_MAX = 200
const VALUE_LINES = 4
// node:test's YAML keys and its error's own properties: what follows the message, not the message.
const ERROR_KEY = /^\s*(?:code|name|expected|actual|operator|stack|generatedMessage|failureType|location|error|duration_ms|type|cause|errno|syscall)\s*[:=]\s|^\s*(?:stack|error): \|-?\s*$|^\s*\.\.\.\s*$|^\s*---\s*$/
// A diff's legend (node's `+ actual - expected`, jest's and vitest's `- Expected` / `+ Received`): not yet the values.
const LEGEND = /^\s*(?:\+ actual - expected|- Expected(?: {1,4}- \d+)?|\+ Received(?: {1,4}\+ \d+)?)\s*$/

/**
 * The values an assertion compared, when its evidence line does not show them: node's
 * `Expected values to be strictly equal:` is followed by `3 !== 4`; jest's `Expected: 4` by
 * `Received: 3`. `following` are the normalised lines after the evidence line. Undefined when the
 * evidence shows its values itself (vitest's `expected 3 to be 4`) or none follow.
 */
export function valuesAfter(evidence: string, following: readonly string[]): string | undefined {
  const text = evidence.trim()
  if (text === '' || text.endsWith('…')) return undefined
  const content = following.map(l => l.trim())
  // jest: `Expected: 4` then `Received: 3` (also `Expected substring:` / `Received string:`, `Expected length:` / `Received length:`).
  if (/^Expected\b[^:]{0,30}:\s*\S/.test(text)) {
    const received = content.filter(l => l !== '').slice(0, 3).find(l => /^Received\b[^:]{0,30}:\s*\S/.test(l))
    return received === undefined ? undefined : clipValues(received.replace(/\s+/g, ' '))
  }
  if (!text.endsWith(':')) return undefined
  const taken: string[] = []
  let shown = false
  for (const line of content) {
    if (line === '') {
      if (shown) break
      continue
    }
    if (ERROR_KEY.test(line) || frameOf(line) !== undefined || /^at\s\S/.test(line) || /^\{$/.test(line) && taken.length === 0 && !shown) break
    taken.push(line.replace(/\s+/g, ' '))
    if (!LEGEND.test(line)) shown = true
    if (taken.length >= VALUE_LINES) break
  }
  if (!shown) {
    // node:test's TAP YAML (`actual: 3` / `expected: 4`), or its spec reporter's error properties (`actual: 3,`).
    const key = (name: string): string | undefined => content.map(l => new RegExp(`^${name}: (.{1,80}?),?$`).exec(l)?.[1]).find(v => v !== undefined && !/^[|>]-?$/.test(v))
    const actual = key('actual')
    const expected = key('expected')
    return actual !== undefined && expected !== undefined ? clipValues(`actual: ${actual}, expected: ${expected}`) : undefined
  }
  return clipValues(taken.join(' / '))
}

function clipValues(text: string): string {
  return text.length > VALUES_MAX ? `${text.slice(0, VALUES_MAX - 1)}…` : text
}

/**
 * The verdict as a reader is shown it: each failing unit's evidence line followed by the values
 * its assertion compared (`Expected values to be strictly equal: 3 !== 4`, `Expected: 4 / Received: 3`). The classifier's own
 * verdict (and the failure signature made from it) is unchanged.
 */
export function withValues(verdict: Verdict, values: readonly (string | undefined)[]): Verdict {
  if (!values.some(v => v !== undefined)) return verdict
  const byLine = new Map<number, string>()
  const tests = verdict.tests.map((t, i) => {
    const found = values[i]
    if (!t.evidence || found === undefined) return t
    // `Expected values to be strictly equal: 3 !== 4`, `Expected: 4 / Received: 3`.
    const text = `${t.evidence.text}${t.evidence.text.trimEnd().endsWith(':') ? ' ' : ' / '}${found}`
    byLine.set(t.evidence.line, text)
    return { ...t, evidence: { ...t.evidence, text } }
  })
  const evidence = verdict.evidence.map(e => {
    const text = byLine.get(e.line)
    return text === undefined || !text.startsWith(e.text) ? e : { ...e, text }
  })
  return { ...verdict, tests, evidence }
}

/**
 * The log's lines as the classifier numbered them (test-runner.ts: a line ends at LF, CRLF or a
 * lone CR). Only the lines in `ranges` ([start, end), sorted, not overlapping) are decoded and
 * handed to `keep`; the rest are only counted, on bytes, and reading stops after the last range.
 * (The runner hands a line longer than 64 Ki characters to the classifier in pieces, which it
 * numbers one by one: after one, the numbers here run behind; locateFailures checks each unit's
 * evidence line against its text and locates nothing when they disagree.)
 */
export async function readLogLines(file: string, ranges: readonly { start: number; end: number }[], keep: (lineNumber: number, text: string) => void): Promise<void> {
  if (ranges.length === 0) return
  let n = 1
  let r = 0
  const advance = (): boolean => {
    while (r < ranges.length && n >= (ranges[r] as { end: number }).end) r++
    return r < ranges.length && n >= (ranges[r] as { start: number }).start
  }
  let wanted = advance()
  let parts: Buffer[] = []
  let partBytes = 0
  let lineHasBytes = false
  let skipLF = false
  const hold = (bytes: Buffer): void => {
    if (partBytes >= LINE_MAX * 4) return
    const part = Buffer.from(bytes.subarray(0, LINE_MAX * 4 - partBytes))
    parts.push(part)
    partBytes += part.length
  }
  const endLine = (): void => {
    if (wanted) keep(n, clipLine(Buffer.concat(parts).toString('utf8')))
    parts = []
    partBytes = 0
    lineHasBytes = false
    n++
    wanted = advance()
  }
  const stream = createReadStream(file, { highWaterMark: 1 << 20 })
  try {
    for await (const raw of stream) {
      const chunk = raw as Buffer
      let start = skipLF && chunk[0] === 0x0a ? 1 : 0
      skipLF = false
      // Next LF and next CR, each searched again only once passed: linear in the chunk.
      let lf = chunk.indexOf(0x0a, start)
      let cr = chunk.indexOf(0x0d, start)
      for (;;) {
        if (lf >= 0 && lf < start) lf = chunk.indexOf(0x0a, start)
        if (cr >= 0 && cr < start) cr = chunk.indexOf(0x0d, start)
        const at = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr)
        if (at < 0) break
        if (wanted) hold(chunk.subarray(start, at))
        endLine()
        if (r >= ranges.length) return
        start = at + (chunk[at] === 0x0d && chunk[at + 1] === 0x0a ? 2 : 1)
        if (chunk[at] === 0x0d && at === chunk.length - 1) skipLF = true
      }
      if (start < chunk.length) {
        lineHasBytes = true
        if (wanted) hold(chunk.subarray(start))
      }
    }
    if (lineHasBytes) endLine()
  } finally {
    stream.destroy()
  }
}

function clipLine(line: string): string {
  return line.length > LINE_MAX ? line.slice(0, LINE_MAX) : line
}

/** Ranges sorted and merged, so the reader walks them in one pass. */
export function mergeRanges(ranges: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = ranges.filter(r => r.end > r.start).sort((a, b) => a.start - b.start)
  const out: { start: number; end: number }[] = []
  for (const range of sorted) {
    const last = out[out.length - 1]
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else out.push({ ...range })
  }
  return out
}

function range(start: number, end: number): number[] {
  const out: number[] = []
  for (let n = start; n < end; n++) out.push(n)
  return out
}

/** Checks on disk every workspace-relative path the frames of these lines could map to. */
async function checkCandidates(lines: readonly string[], workspace: string, cwd: string, known: Map<string, boolean>): Promise<void> {
  const candidates = new Set<string>()
  const collect: PathContext = {
    workspace, cwd,
    exists: relative => {
      candidates.add(relative)
      return false
    }
  }
  for (const line of lines) {
    const frame = frameOf(line)
    if (frame && !isForeign(frame.path)) toWorkspacePath(frame.path, collect)
  }
  for (const relative of candidates) {
    if (known.has(relative) || candidates.size > 500) continue
    known.set(relative, await isFile(path.join(workspace, relative)))
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}
