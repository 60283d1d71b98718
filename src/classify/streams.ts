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
