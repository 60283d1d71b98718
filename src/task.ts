// Step 3 of the flow: find the task and what it declares, from the sources of docs/design.md
// in order of precedence. No task is not an error; an unreadable task declares nothing.
import { open, stat } from 'node:fs/promises'
import path from 'node:path'
import { hasFrontmatter, MAX_FRONTMATTER_BYTES, normaliseServices, parseTask, type ParsedTask } from './frontmatter.js'
import { globToRegExp } from './glob.js'
import { firstLineOf } from './text.js'

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
}

/** What the gate needs from the pull request; backed by the REST API in main. */
export interface PullRequestSource {
  readonly number: number
  /** The body from the event payload (stale on a re-run; may be null). */
  readonly payloadBody: string | null
  /** The live body; throws when the API cannot be reached. */
  fetchBody?(): Promise<string | null>
  /** Paths of the files the PR changes (removed files excluded); throws on API failure. */
  listChangedFiles?(): Promise<string[]>
}

export interface TaskInputs {
  readonly requiresInfrastructure: readonly string[] | undefined
  readonly taskFile: string
  readonly taskGlob: string
  /** Root that task-file and changed files are read from (the checked-out workspace). */
  readonly workspace: string
  /** Present only for pull_request and pull_request_target events. */
  readonly pullRequest: PullRequestSource | undefined
}

export async function resolveTask(inputs: TaskInputs): Promise<TaskResolution> {
  const notes: string[] = []
  const found = await findTasks(inputs, notes)
  for (const task of found.tasks) {
    if (task.error) notes.push(`Task ${task.origin} could not be read and declares nothing: ${task.error}`)
    if (task.unknownServices.length > 0) {
      notes.push(`Task ${task.origin} declares services coach-gate does not know: ${task.unknownServices.join(', ')}`)
    }
  }
  const taskId = unique(found.tasks.map(t => t.id).filter(id => id !== '')).join(',')
  if (inputs.requiresInfrastructure !== undefined) {
    const { services, unknown } = normaliseServices(inputs.requiresInfrastructure)
    if (unknown.length > 0) notes.push(`Input requires-infrastructure names services coach-gate does not know: ${unknown.join(', ')}`)
    return { declaredBy: 'input', source: found.source, tasks: found.tasks, taskId, requiresInfrastructure: services, notes }
  }
  const declared = unique(found.tasks.flatMap(t => t.requiresInfrastructure))
  return { declaredBy: found.source, source: found.source, tasks: found.tasks, taskId, requiresInfrastructure: declared, notes }
}

async function findTasks(inputs: TaskInputs, notes: string[]): Promise<{ source: TaskSource; tasks: ParsedTask[] }> {
  if (inputs.taskFile !== '') {
    const origin = inputs.taskFile
    const text = await readBounded(path.resolve(inputs.workspace, inputs.taskFile))
    if (text.error !== undefined) {
      notes.push(`task-file ${origin} could not be read: ${text.error}`)
      return { source: 'task-file', tasks: [{ origin, id: '', requiresInfrastructure: [], unknownServices: [], error: text.error }] }
    }
    return { source: 'task-file', tasks: [parseTask(text.content, origin)] }
  }

  const pr = inputs.pullRequest
  if (pr === undefined) return { source: 'none', tasks: [] }

  let body = pr.payloadBody
  if (pr.fetchBody) {
    try {
      body = await pr.fetchBody()
    } catch (error) {
      notes.push(`Could not read pull request #${pr.number} live (${firstLineOf(error)}); used the event payload's body instead`)
    }
  }
  if (body !== null && hasFrontmatter(body)) {
    return { source: 'pull-request-body', tasks: [parseTask(body, `pull request #${pr.number} body`)] }
  }

  if (!pr.listChangedFiles) return { source: 'none', tasks: [] }
  let files: string[]
  try {
    files = await pr.listChangedFiles()
  } catch (error) {
    notes.push(`Could not list the files of pull request #${pr.number} (${firstLineOf(error)}); no task was read from them`)
    return { source: 'none', tasks: [] }
  }
  const matches = globToRegExp(inputs.taskGlob)
  const taskFiles = files.filter(file => matches.test(file)).sort()
  if (taskFiles.length === 0) return { source: 'none', tasks: [] }
  const tasks: ParsedTask[] = []
  for (const file of taskFiles) {
    const text = await readBounded(path.resolve(inputs.workspace, file))
    tasks.push(text.error !== undefined ? { origin: file, id: '', requiresInfrastructure: [], unknownServices: [], error: text.error } : parseTask(text.content, file))
  }
  return { source: 'changed-files', tasks }
}

/** A task file is small; reading is capped so a huge file cannot exhaust memory. */
async function readBounded(file: string): Promise<{ content: string; error?: undefined } | { error: string }> {
  const limit = MAX_FRONTMATTER_BYTES * 16
  try {
    // A PR can add a symlink to a FIFO or a device: reading one would hang or never end.
    if (!(await stat(file)).isFile()) return { error: 'not a regular file' }
    const handle = await open(file, 'r')
    try {
      const buffer = Buffer.alloc(limit)
      const { bytesRead } = await handle.read(buffer, 0, limit, 0)
      return { content: buffer.subarray(0, bytesRead).toString('utf8') }
    } finally {
      await handle.close()
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { error: code === 'ENOENT' ? 'file not found in the workspace (is the repository checked out?)' : firstLineOf(error) }
  }
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}

