// Step 3 of the flow: find the task and what it declares, from the sources of docs/design.md
// in order of precedence. No task is not an error; an unreadable task declares nothing.
import { constants } from 'node:fs'
import { open, realpath } from 'node:fs/promises'
import path from 'node:path'
import { bodyFrontmatter, MAX_FRONTMATTER_BYTES, normaliseServices, parseTask, withSuggestion, type ParsedTask } from './frontmatter.js'
import { firstLineOf } from '../common/text.js'
import type { PullRequestSource } from '../inputs/github-api.js'

export type { PullRequestSource }

export type TaskSource = 'task-file' | 'pull-request-body' | 'changed-files' | 'none'

export interface TaskResolution {
  /** Where the declaration came from; `input` when requires-infrastructure overrode it. */
  readonly declaredBy: TaskSource | 'input'
  readonly source: TaskSource
  readonly tasks: readonly ParsedTask[]
  readonly taskId: string
  readonly requiresInfrastructure: readonly string[]
  /** Things a reviewer should know: unreadable tasks, unknown services, API trouble. */
  readonly notes: readonly string[]
  /** declarations-from: base: the one file whose declaration applied (issue 26); absent otherwise. */
  readonly declarationFile?: string
}

export interface TaskInputs {
  readonly requiresInfrastructure: readonly string[] | undefined
  readonly taskFile: string
  readonly taskGlob: string
  /** Root that task-file and changed files are read from (the checked-out workspace). */
  readonly workspace: string
  /** Present only for pull_request and pull_request_target events. */
  readonly pullRequest: PullRequestSource | undefined
  /**
   * declarations-from: base, for an event that carries a pull request: task files are read from
   * the base commit (never the workspace, never the PR body), or nothing is declared when the base
   * cannot be read. Absent: the workspace and the PR body, as docs/design.md orders them.
   */
  readonly base?: BaseFiles | { readonly unavailable: string }
}

/** Files as the pull request's base commit has them. */
export interface BaseFiles {
  /** e.g. `base commit 1a2b3c4`, for origins and notes. */
  readonly label: string
  /** The file's text; undefined when the base commit has no such file. Throws when it cannot be read. */
  read(file: string): Promise<string | undefined>
}

export async function resolveTask(inputs: TaskInputs): Promise<TaskResolution> {
  const notes: string[] = []
  const found = await findTasks(inputs, notes)
  for (const task of found.tasks) {
    if (task.error) notes.push(`Task ${task.origin} could not be read and declares nothing: ${task.error}`)
    if (task.unknownServices.length > 0) {
      notes.push(`Task ${task.origin} declares services coach-gate does not know: ${task.unknownServices.map(withSuggestion).join(', ')}`)
    }
  }
  const taskId = unique(found.tasks.map(t => t.id).filter(id => id !== '')).join(',')
  if (inputs.requiresInfrastructure !== undefined) {
    const { services, unknown } = normaliseServices(inputs.requiresInfrastructure)
    if (unknown.length > 0) notes.push(`Input requires-infrastructure names services coach-gate does not know: ${unknown.map(withSuggestion).join(', ')}`)
    return { declaredBy: 'input', source: found.source, tasks: found.tasks, taskId, requiresInfrastructure: services, notes }
  }
  const declared = unique(found.tasks.flatMap(t => t.requiresInfrastructure))
  const declarationFile = found.declarationFile ?? (inputs.base !== undefined && found.tasks.length === 1 ? found.tasks[0]?.origin : undefined)
  return { declaredBy: found.source, source: found.source, tasks: found.tasks, taskId, requiresInfrastructure: declared, notes, ...(declarationFile === undefined ? {} : { declarationFile }) }
}

async function findTasks(inputs: TaskInputs, notes: string[]): Promise<{ source: TaskSource; tasks: ParsedTask[]; declarationFile?: string }> {
  const base = inputs.base
  if (base !== undefined && 'unavailable' in base) {
    notes.push(`declarations-from is base, but the base commit's task files could not be read (${base.unavailable}); nothing is declared`)
    return { source: 'none', tasks: [] }
  }
  const read = base === undefined ? (file: string) => readInWorkspace(inputs.workspace, file) : (file: string) => readAtBase(base, file)
  const originOf = (file: string): string => (base === undefined ? file : `${file} (${base.label})`)
  if (inputs.taskFile !== '') {
    const origin = originOf(inputs.taskFile)
    const text = await read(inputs.taskFile)
    if (text.error !== undefined) {
      notes.push(`task-file ${origin} could not be read: ${text.error}`)
      return { source: 'task-file', tasks: [{ origin, id: '', requiresInfrastructure: [], unknownServices: [], error: text.error }] }
    }
    return { source: 'task-file', tasks: [parseTask(text.content, origin)] }
  }

  const pr = inputs.pullRequest
  if (pr === undefined) return { source: 'none', tasks: [] }
  // The body is the PR author's to write: with declarations-from: base it declares nothing.
  if (base !== undefined) return theTaskOfThePullRequest(pr, inputs, base, notes)

  let body = pr.payloadBody
  if (pr.fetchBody) {
    try {
      body = await pr.fetchBody()
    } catch (error) {
      notes.push(`Could not read pull request #${pr.number} live (${firstLineOf(error)}); used the event payload's body instead`)
    }
  }
  const declared = body === null ? undefined : bodyFrontmatter(body)
  if (declared !== undefined) {
    return { source: 'pull-request-body', tasks: [parseTask(declared, `pull request #${pr.number} body`)] }
  }

  return changedTaskFiles(pr, inputs.taskGlob, read, originOf, notes)
}

type ReadResult = { content: string; error?: undefined } | { error: string }

async function changedTaskFiles(pr: PullRequestSource, taskGlob: string, read: (file: string) => Promise<ReadResult>, originOf: (file: string) => string, notes: string[]): Promise<{ source: TaskSource; tasks: ParsedTask[] }> {
  if (!pr.listChangedFiles) return { source: 'none', tasks: [] }
  let files: string[]
  try {
    files = (await pr.listChangedFiles()).map(f => f.path)
  } catch (error) {
    notes.push(`Could not list the files of pull request #${pr.number} (${firstLineOf(error)}); no task was read from them`)
    return { source: 'none', tasks: [] }
  }
  // The PR's paths are strings, not files on disk: minimatch (the matcher inside @actions/glob), braces allowed as before.
  const { minimatch } = await import('minimatch')
  const taskFiles = files.filter(file => minimatch(file, taskGlob, { dot: true, noext: true, nocomment: true })).sort()
  if (taskFiles.length === 0) return { source: 'none', tasks: [] }
  const tasks: ParsedTask[] = []
  for (const file of taskFiles) {
    const origin = originOf(file)
    const text = await read(file)
    tasks.push(text.error !== undefined ? { origin, id: '', requiresInfrastructure: [], unknownServices: [], error: text.error } : parseTask(text.content, origin))
  }
  return { source: 'changed-files', tasks }
}

/**
 * declarations-from: base (issue 26): only the task the pull request is about counts, never the
 * union of every task file it touches (a typo fix in another task must not lend this PR that
 * task's reviewed declaration). The PR's task is the changed task file whose id the PR itself
 * names: a task file it adds (its id, read from the workspace only to name it), its title or its
 * branch. One changed task file and nothing naming another is that file. Several candidates and
 * no way to choose one: nothing is declared. The chosen file's declaration is read at the base.
 */
async function theTaskOfThePullRequest(pr: PullRequestSource, inputs: TaskInputs, base: BaseFiles, notes: string[]): Promise<{ source: TaskSource; tasks: ParsedTask[]; declarationFile?: string }> {
  if (!pr.listChangedFiles) return { source: 'none', tasks: [] }
  let files: { path: string; added: boolean }[]
  try {
    files = await pr.listChangedFiles()
  } catch (error) {
    notes.push(`Could not list the files of pull request #${pr.number} (${firstLineOf(error)}); no task was read from them`)
    return { source: 'none', tasks: [] }
  }
  const { minimatch } = await import('minimatch')
  const candidates = files.filter(file => minimatch(file.path, inputs.taskGlob, { dot: true, noext: true, nocomment: true })).sort((a, b) => a.path.localeCompare(b.path))
  if (candidates.length === 0) return { source: 'none', tasks: [] }
  const originOf = (file: string): string => `${file} (${base.label})`
  const atBase = new Map<string, ParsedTask>()
  const ids = new Map<string, string>()
  for (const file of candidates) {
    const text = await readAtBase(base, file.path)
    const parsed = text.error !== undefined ? { origin: originOf(file.path), id: '', requiresInfrastructure: [], unknownServices: [], error: text.error } : parseTask(text.content, originOf(file.path))
    atBase.set(file.path, parsed)
    // A file the PR adds has no base version: its id (never its declaration) is read from the workspace.
    let id = parsed.id
    if (file.added || id === '') {
      const head = await readInWorkspace(inputs.workspace, file.path)
      if (head.error === undefined) id = parseTask(head.content, file.path).id || id
    }
    ids.set(file.path, id)
  }
  const named = choosePullRequestTask(candidates.map(f => ({ path: f.path, added: f.added, id: ids.get(f.path) ?? '' })), [pr.title ?? '', pr.headRef ?? ''])
  const list = candidates.map(f => f.path).join(', ')
  if (named.chosen === undefined) {
    notes.push(`declarations-from is base, and the pull request changes ${candidates.length === 1 ? 'one task file' : `${candidates.length} task files`} (${list}); ${named.why}, so no task's declaration counts and nothing is declared`)
    return { source: 'changed-files', tasks: [] }
  }
  const chosen = atBase.get(named.chosen) as ParsedTask
  const others = candidates.filter(f => f.path !== named.chosen).map(f => f.path)
  if (others.length > 0) notes.push(`declarations-from is base: only ${named.chosen} counts (${named.why}); the other changed task files declare nothing for this pull request: ${others.join(', ')}`)
  return { source: 'changed-files', tasks: [chosen], declarationFile: chosen.origin }
}

/**
 * Which changed task file the pull request is about, or why none can be chosen. Pure. `names`:
 * the PR's title and branch; an id counts as named there as a whole word (any case).
 */
export function choosePullRequestTask(candidates: readonly { path: string; added: boolean; id: string }[], names: readonly string[]): { chosen?: string; why: string } {
  const mentioned = (id: string): boolean => id !== '' && names.some(text => wordIn(text, id))
  const addedIds = new Set(candidates.filter(c => c.added && c.id !== '').map(c => c.id))
  const byAdded = candidates.filter(c => c.id !== '' && addedIds.has(c.id))
  const byName = candidates.filter(c => mentioned(c.id))
  const matching = [...new Set([...byAdded, ...byName])]
  if (matching.length === 1) {
    const only = matching[0] as { path: string; added: boolean; id: string }
    const how = byAdded.includes(only) ? 'the task file the pull request adds' : 'the task the pull request\'s title or branch names'
    return { chosen: only.path, why: `${how}, id ${only.id}` }
  }
  if (matching.length > 1) return { why: `${matching.length} of them (${matching.map(c => c.path).join(', ')}) are named by the pull request` }
  if (candidates.length === 1) {
    const only = candidates[0] as { path: string; id: string }
    // The title or branch naming another task of the same shape (TASK-7 where the file is TASK-8): the PR is about that one.
    const other = sameShapeId(only.id, names)
    if (other !== undefined) return { why: `the pull request names ${other}, not the changed file's ${only.id}` }
    return { chosen: only.path, why: 'the one task file the pull request changes' }
  }
  return { why: 'neither an added task file, the title nor the branch names one of them' }
}

/** An id shaped like `id` (its digits varied) named as a word in one of the texts, other than `id` itself. */
function sameShapeId(id: string, texts: readonly string[]): string | undefined {
  if (!/\d/.test(id) || !/[a-z]/i.test(id)) return undefined
  const shape = new RegExp(`(?<![a-z0-9])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\d+/g, '\\d+')}(?![a-z0-9])`, 'gi')
  for (const text of texts) for (const match of text.matchAll(shape)) if (match[0].toLowerCase() !== id.toLowerCase()) return match[0]
  return undefined
}

function wordIn(text: string, word: string): boolean {
  const haystack = text.toLowerCase()
  const needle = word.toLowerCase()
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' '
    const after = haystack[at + needle.length] ?? ' '
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true
  }
  return false
}

/** A task file is small; reading is capped so a huge file cannot exhaust memory. */
const TASK_FILE_MAX_BYTES = MAX_FRONTMATTER_BYTES * 16

/**
 * Reads a task file only when it is a regular file inside the workspace: the real path (every
 * symlink resolved) must stay in the workspace's real path, so a link the PR adds cannot make
 * the gate read (and believe) a file from elsewhere on the runner.
 */
export async function readInWorkspace(workspace: string, file: string): Promise<ReadResult> {
  let real: string
  try {
    const root = await realpath(workspace)
    real = await realpath(path.resolve(root, file))
    if (!isInside(root, real)) return { error: `resolves outside the workspace${real === path.resolve(root, file) ? '' : ' (through a symlink)'}; only files inside the workspace are read` }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { error: code === 'ENOENT' ? 'file not found in the workspace (is the repository checked out?)' : firstLineOf(error) }
  }
  try {
    // O_NONBLOCK: a FIFO must not hang the open; O_NOFOLLOW: the real path has no link left to follow.
    const handle = await open(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0))
    try {
      if (!(await handle.stat()).isFile()) return { error: 'not a regular file' }
      const buffer = Buffer.alloc(TASK_FILE_MAX_BYTES)
      const { bytesRead } = await handle.read(buffer, 0, TASK_FILE_MAX_BYTES, 0)
      return { content: buffer.subarray(0, bytesRead).toString('utf8') }
    } finally {
      await handle.close()
    }
  } catch (error) {
    return { error: firstLineOf(error) }
  }
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target)
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)
}

async function readAtBase(base: BaseFiles, file: string): Promise<ReadResult> {
  // The path is the one the workspace would use; one that climbs out names no file of the repository.
  const normalised = path.posix.normalize(file.replace(/\\/g, '/')).replace(/^\.\//, '')
  if (normalised.startsWith('../') || normalised === '..' || path.posix.isAbsolute(normalised)) return { error: 'is not a path inside the repository' }
  try {
    const content = await base.read(normalised)
    if (content === undefined) return { error: `not in the ${base.label} (a task the pull request adds declares nothing until it is merged)` }
    return { content: content.slice(0, TASK_FILE_MAX_BYTES) }
  } catch (error) {
    return { error: `could not be read from the ${base.label}: ${firstLineOf(error)}` }
  }
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}

