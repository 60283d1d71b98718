// Step 3 of the flow: the event, the pull request it carries (read through the API when the
// payload only links it), and the task with its declarations (task.ts, by precedence).
import { establishPullRequest, readEvent, type EstablishedPullRequest, type EventInfo } from '../inputs/event.js'
import { pullRequestSource, readFileAtCommit, readPullRequestFacts } from '../inputs/github-api.js'
import type { Settings } from '../inputs/settings.js'
import { resolveTask, type TaskInputs, type TaskResolution } from './task.js'

export interface TaskStage {
  readonly event: EventInfo
  readonly established: EstablishedPullRequest
  readonly task: TaskResolution
  readonly notes: readonly string[]
}

export async function readTaskStage(settings: Settings, env: NodeJS.ProcessEnv, workspace: string): Promise<TaskStage> {
  const event = readEvent(env)
  const notes: string[] = []
  // An issue comment only links its pull request: read it, to know where the code comes from.
  const token = settings.githubToken
  const established = await establishPullRequest(event.carried, token === '' ? undefined : ref => readPullRequestFacts(ref, token))
  if (established.note) notes.push(established.note)
  const task = await resolveTask({
    requiresInfrastructure: settings.requiresInfrastructure,
    taskFile: settings.taskFile,
    taskGlob: settings.taskGlob,
    workspace,
    pullRequest: event.pullRequest ? pullRequestSource(event.pullRequest, token) : undefined,
    ...baseFiles(settings, established.carried)
  })
  return { event, established: established.carried, task, notes }
}

/** declarations-from: base for an event that carries a pull request: its base commit's files, through the API. */
function baseFiles(settings: Settings, carried: EstablishedPullRequest): Pick<TaskInputs, 'base'> {
  // Without a pull request the workspace holds the repository's own code: nothing to set apart.
  if (settings.declarationsFrom !== 'base' || carried.kind === 'none') return {}
  if (carried.kind === 'unknown') return { base: { unavailable: `the event's pull request is unknown: ${carried.why}` } }
  const sha = carried.baseSha
  const [owner, repo] = carried.base.split('/')
  if (sha === null || !owner || !repo) return { base: { unavailable: 'the event does not name the pull request\'s base commit' } }
  if (settings.githubToken === '') return { base: { unavailable: 'github-token is empty, and the base commit is read through the API' } }
  return { base: { label: `base commit ${sha.slice(0, 7)}`, read: file => readFileAtCommit({ owner, repo }, file, sha, settings.githubToken) } }
}
