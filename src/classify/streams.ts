// A monorepo's packages, each a test runner's log of its own. A task runner may prefix each line
// with the package it came from and interleave the packages' lines (pnpm's `packages/api test: `,
// turbo's `@shop/api:test: ` when it streams); run one after another, each package's lines follow
// the package manager's `> name@version script` header (npm --workspaces, pnpm one at a time, nx
// and lerna over npm scripts). Each package's lines are judged apart and the verdicts combined, so
// that a hang in one package is never read as a line of another package's refused test, and no
// runner's markers are hidden behind a prefix.
import type { Verdict } from './verdict.js'

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]/g
/**
 * pnpm: a package's path, a space, the script (`packages/api test: `); turbo: the package (an npm
 * name, lower case), `:`, the task (`@shop/api:test: `). A script or task begins with a lower-case
 * letter, as npm's do: `file.go:12: `, a logger's `tests/test_cache.py WARNING: ` or
 * `WARNING:root: ` are none.
 */
const TASK_PREFIX = /^(?:(?:[\w.@-]{1,100}\/){1,6}[\w.@-]{1,100} [a-z][\w:.-]{0,60}|(?:@[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100}:[a-z][\w:.-]{0,60}):(?: |$)/

/**
 * The first word runs to a `:` followed by a task (turbo's `package:test`), or to a space after a
 * path (pnpm's `packages/api test:`): a cheap test before the expression.
 */
function startsLikeAPrefix(raw: string, from: number): boolean {
  let slash = false
  for (let i = from; i < from + 400 && i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c === 47) slash = true
    else if (c === 32) return slash && i > from
    else if (c === 58) {
      const next = raw.charCodeAt(i + 1)
      return i > from && next >= 97 && next <= 122
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64 || c === 46 || c === 45 || c === 95 || (slash && c >= 65 && c <= 90))) return false
  }
  return false
}

/**
 * npm, pnpm and yarn print `> name@version script` (pnpm adds the package's folder) before they
 * run a package's script: run one after another (`npm test --workspaces`, `pnpm -r
 * --workspace-concurrency=1`), each package's lines follow its header, with no prefix.
 */
const SCRIPT_HEADER = /^> ((?:@[a-z0-9][\w.-]{0,100}\/)?[a-z0-9][\w.-]{0,100})@[\w.+-]{1,60} ([\w:.-]{1,80})(?: \/\S{0,300})?\s*$/

/** The section a package manager's script header opens (`@shop/web test`), or undefined. */
export function scriptSection(raw: string): string | undefined {
  if (raw.charCodeAt(0) !== 62) return undefined
  const found = SCRIPT_HEADER.exec(raw)
  return found ? `${found[1] as string} ${found[2] as string}` : undefined
}

/**
 * nx (and lerna, which runs on it) heads each project's task `> nx run @shop/web:test`; under
 * GitHub Actions in a group whose title marks a failed task with ❌. The npm header of a script
 * the task runs inside it is the same task.
 */
const NX_HEADER = /^(?:::group::(?<mark>✅|❌|⚠️)?\s?)?> nx run (?<task>(?:@[a-z0-9][\w.-]{0,100}\/)?[a-z0-9][\w.-]{0,100}:[\w:.-]{1,80})(?:\s|$)/

/** The task an nx header opens (`@shop/web:test`), and whether its group says it failed. */
export function nxSection(raw: string): { readonly task: string; readonly failed: boolean } | undefined {
  if (!raw.includes('nx run')) return undefined
  const found = NX_HEADER.exec(raw.includes('\u001b') ? raw.replace(ANSI, '') : raw)
  return found?.groups ? { task: found.groups.task as string, failed: found.groups.mark === '❌' } : undefined
}

/**
 * nx's `--output-style=stream` prefixes each line of a task with its project (`@shop/web: `), the
 * project a `> nx run @shop/web:test` header named: the project and the line, or undefined.
 */
export function nxPrefixed(raw: string, projects: { has(project: string): boolean; readonly size: number }): TaskLine | undefined {
  if (projects.size === 0) return undefined
  const plain = raw.includes('\u001b') ? raw.replace(ANSI, '') : raw
  const colon = plain.indexOf(':')
  if (colon < 1 || colon > 201 || (plain.length > colon + 1 && plain.charCodeAt(colon + 1) !== 32)) return undefined
  const project = plain.slice(0, colon)
  return projects.has(project) ? { stream: project, line: plain.slice(colon + 2) } : undefined
}

/** An nx header of a task whose output nx replays from its cache (or left as is), whole, right after it. */
export function nxCached(raw: string): boolean {
  return /\[(?:local cache|remote cache|existing outputs match the cache, left as is)\]/.test(raw.includes('\u001b') ? raw.replace(ANSI, '') : raw)
}

/** nx's summary lists the tasks that failed under `Failed tasks:`, one `- @shop/web:test` a line. */
const NX_FAILED_ITEM = /^- ((?:@[a-z0-9][\w.-]{0,100}\/)?[a-z0-9][\w.-]{0,100}):([\w:.-]{1,80})\s*$/

/** A line without its colour codes. */
export function plainText(raw: string): string {
  return raw.includes('\u001b') ? raw.replace(ANSI, '') : raw
}

/** The project and task an item of nx's `Failed tasks:` list names. */
export function nxFailedItem(raw: string): { readonly project: string; readonly task: string } | undefined {
  const found = NX_FAILED_ITEM.exec(raw.includes('\u001b') ? raw.replace(ANSI, '') : raw)
  return found ? { project: found[1] as string, task: `${found[1] as string}:${found[2] as string}` } : undefined
}

/**
 * The sections a header proves exited 0: npm (and pnpm with pre/post scripts) runs `preX` before
 * `X` and `postX` after it only when the one before succeeded, and a script `npm run a && npm run
 * b` reaches `b` only when `a` succeeded. `chains` holds, per package, the scripts its scripts'
 * command lines join with `&&` (`a` before `b`).
 */
export function succeededBefore(opened: string, chains: ReadonlyMap<string, ReadonlyMap<string, string>>): string[] {
  const space = opened.lastIndexOf(' ')
  const pkg = opened.slice(0, space)
  const script = opened.slice(space + 1)
  const done = [`${pkg} pre${script}`]
  if (script.startsWith('post') && script.length > 4) done.push(`${pkg} ${script.slice(4)}`)
  const before = chains.get(pkg)?.get(script)
  if (before !== undefined) done.push(`${pkg} ${before}`)
  return done
}

/** A script run by a package manager, in a command line: `npm run build`, `pnpm run lint`, `yarn run x`; `npm test`. */
const RUN_SCRIPT = /^\s*(?:npm run(?:-script)?|pnpm run|yarn run) ([\w:.-]{1,80})\s*$/
const NPM_TEST = /^\s*(?:npm|pnpm) t(?:est)?\s*$/

/** The pairs (`a` before `b`) of scripts a command line (`> npm run a && npm run b`) joins with `&&`. */
export function chainedScripts(command: string): [string, string][] {
  if (!command.includes('&&')) return []
  const scripts = command.split('&&').map(part => RUN_SCRIPT.exec(part)?.[1] ?? (NPM_TEST.test(part) ? 'test' : undefined))
  const pairs: [string, string][] = []
  for (let i = 1; i < scripts.length; i++) {
    const a = scripts[i - 1]
    const b = scripts[i]
    if (a !== undefined && b !== undefined) pairs.push([a, b])
  }
  return pairs
}

/** How many packages are judged apart; the lines of any more stay in the main log. */
export const MAX_STREAMS = 32

export interface TaskLine {
  /** The package and task, as the prefix names them (`packages/api test`). */
  readonly stream: string
  /** The line as the package's runner printed it. */
  readonly line: string
}

/** The package a line comes from and its own text, when a task runner's prefix stands before it. */
export function taskLine(raw: string): TaskLine | undefined {
  // A first word that cannot be a package's (most lines): no prefix, and no expression run. A
  // colour code may stand before the prefix (turbo colours it).
  let from = 0
  while (raw.charCodeAt(from) === 27) {
    const end = raw.indexOf('m', from)
    if (end < 0 || end - from > 20) return undefined
    from = end + 1
  }
  if (!startsLikeAPrefix(raw, from)) return undefined
  const plain = raw.charCodeAt(0) === 27 ? raw.replace(ANSI, '') : raw
  const found = TASK_PREFIX.exec(plain)
  if (!found) return undefined
  const prefix = found[0]
  return { stream: prefix.replace(/: ?$/, ''), line: plain.slice(prefix.length) }
}

/** Lenient is closer to an approval: only infrastructure/high can lead to a conditional one. */
function leniency(verdict: Verdict): number {
  if (verdict.classification === 'code') return verdict.confidence === 'high' ? 0 : 1
  return verdict.confidence === 'high' ? 3 : 2
}

const EVIDENCE_MAX = 12
const TESTS_MAX = 100

/**
 * One verdict for the packages' logs, each judged on its own: the least lenient decides (a
 * package whose failure the outage does not explain keeps the run from infrastructure/high), and
 * when every package failed for a missing service, their services are united.
 */
export function combineStreams(streams: readonly { readonly name: string; readonly verdict: Verdict }[]): Verdict {
  const [first] = streams
  if (first === undefined) throw new Error('combineStreams: no stream to combine')
  if (streams.length === 1) return first.verdict
  const deciding = streams.reduce((worst, s) => (leniency(s.verdict) < leniency(worst.verdict) ? s : worst))
  const all = streams.map(s => s.verdict)
  const tests = all.flatMap(v => v.tests).slice(0, TESTS_MAX)
  const failingTests = all.reduce((n, v) => n + v.failingTests, 0)
  const counts = {
    infrastructureHigh: all.reduce((n, v) => n + v.counts.infrastructureHigh, 0),
    infrastructureAmbiguous: all.reduce((n, v) => n + v.counts.infrastructureAmbiguous, 0),
    code: all.reduce((n, v) => n + v.counts.code, 0)
  }
  const evidence = [...deciding.verdict.evidence, ...all.filter(v => v !== deciding.verdict).flatMap(v => v.evidence)].slice(0, EVIDENCE_MAX)
  const names = streams.map(s => s.name).join(', ')
  if (all.every(v => v.classification === 'infrastructure' && v.confidence === 'high')) {
    const services = [...new Set(all.flatMap(v => v.services))].sort()
    return {
      ...deciding.verdict, services, unnamedService: all.some(v => v.unnamedService), tests, failingTests, counts, evidence,
      explanation: `Each package's log judged on its own (${names}): every one failed for a missing service. ${streams.map(s => `${s.name}: ${s.verdict.explanation}`).join(' ')}`
    }
  }
  return {
    ...deciding.verdict, tests, failingTests, counts, evidence,
    explanation: `Each package's log judged on its own (${names}); ${deciding.name} decides: ${deciding.verdict.explanation}`
  }
}

/**
 * A package's own line saying its task failed, as the task runner or the package manager running
 * the script prints it: pnpm's `Failed` (its reporter's last line of a package whose script
 * exited non-zero), npm's `npm error code 1` / `Lifecycle script ... failed`, pnpm's
 * ` ELIFECYCLE  Test failed.`, yarn's `error Command failed with exit code 1.`, bun's
 * `error: script "test" exited with code 1`, nx's run-commands `Warning: command "node check.js"
 * exited with non-zero status code`.
 */
const TASK_FAILED = /^(?:Failed|npm (?:error|ERR!) (?:code (?:[1-9]\d{0,2}|ELIFECYCLE)|Lifecycle script .{1,200} failed\b.*)|\s*ELIFECYCLE\s+(?:Test|Command) failed\b.*|error Command failed with exit code [1-9]\d{0,2}\.?|error: script ".{1,200}" exited with code [1-9]\d{0,2}|Warning: command ".{1,500}" exited with non-zero status code)\s*$/

/** The package's task failed, by its own lines (a line as `taskLine` gave it). */
export function taskFailedLine(line: string): boolean {
  const plain = line.includes('\u001b') ? line.replace(ANSI, '') : line
  return TASK_FAILED.test(plain)
}

/**
 * turbo's own lines outside any package naming a task that failed: `@shop/web#test:  ERROR  command
 * (/repo/packages/web) npm run test exited (1)`, `... WARNING  command finished with error, but
 * continuing...` (`--continue`), and its summary `Failed:    @shop/api#test, @shop/web#test`.
 */
const TURBO_TASK_FAILED = /^((?:@[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100})#([a-z][\w:.-]{0,60}): {1,4}(?:(?:ERROR|WARNING) {1,4})?command (?:\(.{0,1000}\) .{0,1000} exited \(\d{1,3}\)|finished with error)/
const TURBO_FAILED_LIST = /^Failed: {1,10}((?:@[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100}#[a-z][\w:.-]{0,60}(?:, (?:@[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100}#[a-z][\w:.-]{0,60}){0,1000})\s*$/

/** pnpm's summary of a recursive run: ` ERROR  @shop/web@1.0.0 test: \`node check.js\`` for each package that failed. */
const PNPM_SCRIPT_FAILED = /^\s{0,2}ERROR\s{1,4}((?:@[a-z0-9][\w.-]{0,100}\/)?[a-z0-9][\w.-]{0,100})@[\w.+-]{1,60} ([\w:.-]{1,80}): `/

/** The streams (as `taskLine` or a script section names them) a line of the runner's own says failed. */
export function failedTasksNamed(raw: string): { readonly name: string; readonly byPackageName: boolean }[] {
  const script = raw.includes('ERROR') ? PNPM_SCRIPT_FAILED.exec(raw.includes('\u001b') ? raw.replace(ANSI, '') : raw) : null
  if (script) return [{ name: `${script[1] as string} ${script[2] as string}`, byPackageName: true }]
  if (!raw.includes('#')) return []
  const plain = raw.includes('\u001b') ? raw.replace(ANSI, '') : raw
  const one = TURBO_TASK_FAILED.exec(plain)
  if (one) return [{ name: `${one[1]}:${one[2]}`, byPackageName: false }]
  const list = TURBO_FAILED_LIST.exec(plain)
  return list ? (list[1] as string).split(', ').map(task => ({ name: task.replace('#', ':'), byPackageName: false })) : []
}

/** Where a line goes: a package's stream (by its name) or, with `stream` undefined, the main log; and the text to feed it. */
export interface RoutedLine {
  readonly stream: string | undefined
  readonly line: string
}

/** A failure of the run the task runner's structure shows and no line does. */
export interface UnexplainedFailure {
  readonly ruleId: string
  readonly title: string
  readonly text: string
}

/** A stream's classifier (or the main log's), as the splitter asks it once every line is in. */
export interface JudgedStream {
  /** Nothing in its lines so far: no failing test, no finding, no runner's failure count. */
  saidNothing(): boolean
  /** Counts a failure no line shows: outside any test, and the run's last word (so a verdict names it). */
  unexplained(failure: UnexplainedFailure): void
  verdict(): Verdict
}

/**
 * Splits a monorepo's log into its packages' streams (a task runner's prefix, a package manager's
 * script section, an nx task), line by line, and keeps what the runners' own lines say of the
 * tasks: which failed, which a later header proves exited 0, which ran at once interleaved.
 */
export class StreamSplitter {
  /** The streams judged apart, once a line belonged to a package (no more than MAX_STREAMS). */
  private streams: Set<string> | undefined
  /** The packages whose task the task runner, or the package manager in it, says failed. */
  private readonly failedTasks = new Set<string>()
  /** Failed tasks named in the runner's own words that must have a stream of their own (a name keyed as the streams are). */
  private readonly namedFailed = new Set<string>()
  /** The script section a package manager's header opened, which an unprefixed line belongs to. */
  private section: string | undefined
  /** The script sections a later header proves exited 0 (`succeededBefore`). */
  private readonly succeeded = new Set<string>()
  /** Per package, the script each script follows in a `&&` chain of its command lines. */
  private readonly chains = new Map<string, Map<string, string>>()
  /** The header just read: the next line may be the command it runs (`> npm run a && npm run b`). */
  private justOpened = false
  /** The section is an nx task's (`nxSection`). */
  private inNxTask = false
  /** The nx tasks each project's header named (its `--output-style=stream` prefix names only the project). */
  private readonly nxProjects = new Map<string, Set<string>>()
  /** The open nx task has printed no line yet (another header now means tasks running at once). */
  private nxTaskQuiet = false
  /** nx headers came one after another with no line between: their tasks run at once. */
  private nxConcurrent = false
  /** Tasks running at once printed unprefixed lines into one another's sections. */
  private nxInterleaved: string[] | undefined
  /** A line nx prefixed with its project came (`--output-style=stream`). */
  private nxPrefixSeen = false
  /** The lines after nx's `Failed tasks:`. */
  private nxFailedList = false

  /** Lines go to streams: the log is a monorepo's. */
  get splitting(): boolean {
    return this.streams !== undefined
  }

  /** Where a raw line goes and the text to feed there; undefined while no line has belonged to a package (the main log's, as it is). */
  route(rawLine: string): RoutedLine | undefined {
    const task = taskLine(rawLine) ?? nxPrefixed(rawLine, this.nxProjects) ?? this.sectionLine(rawLine)
    if (task === undefined && this.streams === undefined) return undefined
    this.streams ??= new Set()
    let judgedApart = task !== undefined && this.streams.has(task.stream)
    if (task && !judgedApart && this.streams.size < MAX_STREAMS) {
      this.streams.add(task.stream)
      judgedApart = true
    }
    if (task && taskFailedLine(task.line)) this.failedTasks.add(task.stream)
    // A line nx prefixed with its project: the project's tasks, all of them (the prefix names no task).
    const prefixed = task !== undefined && task.line !== rawLine ? this.nxProjects.get(task.stream) : undefined
    if (prefixed !== undefined) this.nxPrefixSeen = true
    if (prefixed !== undefined && prefixed.size > 1) this.nxInterleaved ??= [...prefixed]
    if (!task || task.line === rawLine) this.nxFailedListLine(rawLine)
    // The task runner's own lines (unprefixed: the main log's, or a script section's) name failed tasks.
    if (!task || task.line === rawLine) {
      for (const { name, byPackageName } of failedTasksNamed(rawLine)) {
        this.failedTasks.add(name)
        // pnpm's summary names a package, not the folder its prefix shows: it is matched only against script sections.
        if (!byPackageName || this.section !== undefined) this.namedFailed.add(name)
      }
    }
    return task && judgedApart ? { stream: task.stream, line: task.line } : { stream: undefined, line: rawLine }
  }

  /** An unprefixed line in the section a package manager's `> name@version script` header opened. */
  private sectionLine(rawLine: string): TaskLine | undefined {
    // A GitHub group an nx task opened ends with it: what follows is the main log's again.
    if (this.inNxTask && rawLine.startsWith('::endgroup::')) {
      this.inNxTask = false
      this.section = undefined
      return undefined
    }
    const nx = nxSection(rawLine)
    if (nx !== undefined) {
      if (this.inNxTask && this.nxTaskQuiet) this.nxConcurrent = true
      this.section = nx.task
      this.inNxTask = true
      // A cached task's output is replayed whole right after its header.
      this.nxTaskQuiet = !nxCached(rawLine)
      this.justOpened = false
      const project = nx.task.slice(0, nx.task.indexOf(':', 1))
      const tasks = this.nxProjects.get(project) ?? new Set<string>()
      tasks.add(nx.task)
      this.nxProjects.set(project, tasks)
      if (nx.failed) this.failedTasks.add(nx.task)
      return { stream: nx.task, line: rawLine }
    }
    if (this.inNxTask && rawLine.trim() !== '') {
      this.nxTaskQuiet = false
      // Under `--output-style=stream` the tasks' lines are prefixed; the unprefixed ones are nx's own summary.
      if (this.nxConcurrent && !this.nxPrefixSeen) this.nxInterleaved ??= [...this.nxProjects.values()].flatMap(t => [...t])
    }
    // Inside an nx task, the npm header of the script it runs is the same task.
    const opened = this.inNxTask ? undefined : scriptSection(rawLine)
    if (opened !== undefined) {
      this.succeeded.delete(opened)
      for (const name of succeededBefore(opened, this.chains)) if (this.streams?.has(name)) this.succeeded.add(name)
      this.section = opened
      this.justOpened = true
    } else if (this.justOpened) {
      this.justOpened = false
      const section = this.section as string
      if (rawLine.startsWith('> ')) {
        const pkg = section.slice(0, section.lastIndexOf(' '))
        for (const [a, b] of chainedScripts(rawLine.slice(2))) {
          const chain = this.chains.get(pkg) ?? new Map<string, string>()
          chain.set(b, a)
          this.chains.set(pkg, chain)
        }
      }
    }
    return this.section === undefined ? undefined : { stream: this.section, line: rawLine }
  }

  /** nx's summary: `Failed tasks:`, then `- @shop/web:test` for each (the task and its project's prefixed stream failed). */
  private nxFailedListLine(rawLine: string): void {
    const plain = plainText(rawLine).trim()
    if (plain === 'Failed tasks:') {
      this.nxFailedList = true
      return
    }
    if (!this.nxFailedList || plain === '') return
    const item = nxFailedItem(plain)
    if (item === undefined) {
      this.nxFailedList = false
      return
    }
    this.failedTasks.add(item.task)
    this.failedTasks.add(item.project)
  }

  /**
   * The streams whose verdicts the run's combines, in the order they were opened; the failures of
   * the run only the task runner's structure shows are counted in `main` (the main log's
   * classifier), before its verdict is asked for.
   */
  failingStreams(streams: ReadonlyMap<string, JudgedStream>, main: Pick<JudgedStream, 'unexplained'>): { readonly name: string; readonly verdict: Verdict }[] {
    // A package whose lines show neither a failing test nor any finding passed: it says nothing,
    // unless the task runner says its task failed: then its failure is one nothing explains.
    // Under `--output-style=stream` a task's header is its section's only line: its lines are its project's prefixed stream.
    const headerOnly = (name: string): boolean => {
      const colon = name.indexOf(':', 1)
      return colon > 0 && this.nxProjects.get(name.slice(0, colon))?.has(name) === true && this.streams?.has(name.slice(0, colon)) === true
    }
    const judged = [...streams].filter(([name, stream]) => !(headerOnly(name) && stream.saidNothing())).map(([name, stream]) => {
      const failed = this.failedTasks.has(name)
      if (failed && stream.saidNothing()) {
        stream.unexplained({ ruleId: 'task.failed-unexplained', title: "A package's task failed and its lines show no failure", text: `the task runner reports that ${name} failed, and no failure in its lines explains it` })
      }
      return { name, verdict: stream.verdict(), quiet: !failed && stream.saidNothing() }
    })
    // A script section a later header proves exited 0 (npm ran its post script, or the next
    // script of its `&&` chain) did not fail the run: a missing service its lines show is one the
    // script survived, never the run's failure. When no other section speaks, what failed the
    // run is something no line shows.
    const survived = judged.filter(s => this.succeeded.has(s.name) && s.verdict.classification === 'infrastructure' && s.verdict.confidence === 'high')
    const failing = judged.filter(s => !s.quiet && !survived.includes(s))
    if (survived.length > 0 && failing.length === 0) {
      main.unexplained({ ruleId: 'task.survived-refusal', title: 'Only scripts that exited 0 show a missing service', text: `${survived.map(s => s.name).join(', ')} went on after its refusal (the package manager ran the script that follows it only because it exited 0), and no line shows what failed the run` })
    }
    // nx ran tasks at once and their lines came without a prefix (`--output-style=stream-without-prefixes`),
    // or one project's tasks share its prefix: which task's lines show which failure cannot be told.
    if (this.nxInterleaved !== undefined && judged.some(s => !s.quiet)) {
      main.unexplained({ ruleId: 'task.interleaved', title: "Tasks' lines are interleaved", text: `nx ran ${this.nxInterleaved.join(', ')} at once and printed their lines interleaved with nothing naming the task: no line can be told to be one task's, so no task's failure is accounted for` })
    }
    return failing
  }

  /**
   * A task the runner says failed whose lines are in no package's stream (more packages than are
   * judged apart): the main log's to explain.
   */
  failedOutsideStreams(): boolean {
    return [...this.namedFailed].some(name => !this.streams?.has(name))
  }
}
