// The triggering event, read from GITHUB_EVENT_PATH. Only pull_request and
// pull_request_target events carry a pull request the task can come from.
import { readFileSync } from 'node:fs'
import type { PullRequestRef } from './github-api.js'

export interface EventInfo {
  readonly name: string
  readonly pullRequest: PullRequestRef | undefined
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])

export function readEvent(env: NodeJS.ProcessEnv): EventInfo {
  const name = env.GITHUB_EVENT_NAME ?? ''
  if (!PR_EVENTS.has(name) || !env.GITHUB_EVENT_PATH) return { name, pullRequest: undefined }
  let payload: unknown
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
  } catch {
    return { name, pullRequest: undefined }
  }
  return { name, pullRequest: pullRequestFrom(payload, env.GITHUB_REPOSITORY ?? '') }
}

export function pullRequestFrom(payload: unknown, repository: string): PullRequestRef | undefined {
  const pr = (payload as { pull_request?: { number?: unknown; body?: unknown } } | null)?.pull_request
  if (!pr || typeof pr.number !== 'number') return undefined
  const base = (payload as { repository?: { full_name?: unknown } }).repository?.full_name
  const [owner, repo] = (typeof base === 'string' ? base : repository).split('/')
  if (!owner || !repo) return undefined
  return { owner, repo, number: pr.number, payloadBody: typeof pr.body === 'string' ? pr.body : null }
}
