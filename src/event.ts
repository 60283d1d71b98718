// The triggering event, read from GITHUB_EVENT_PATH. Only pull_request and
// pull_request_target events carry a pull request the task can come from.
import { readFileSync } from 'node:fs'
import type { PullRequestRef } from './github-api.js'
import type { CodeOrigin } from './trust.js'

export interface EventInfo {
  readonly name: string
  readonly pullRequest: PullRequestRef | undefined
  /** Where the code under test comes from, for the conditional-approval trust policy. */
  readonly origin: CodeOrigin
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])

export function readEvent(env: NodeJS.ProcessEnv): EventInfo {
  const name = env.GITHUB_EVENT_NAME ?? ''
  const repository = env.GITHUB_REPOSITORY ?? ''
  if (!PR_EVENTS.has(name)) return { name, pullRequest: undefined, origin: { isPullRequest: false, headRepository: null, baseRepository: repository } }
  let payload: unknown
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8'))
  } catch {
    payload = undefined
  }
  return { name, pullRequest: pullRequestFrom(payload, repository), origin: originFrom(payload, repository) }
}

/** A pull request event whose payload cannot be read counts as coming from an unknown repository: untrusted. */
export function originFrom(payload: unknown, repository: string): CodeOrigin {
  const pr = (payload as { pull_request?: { head?: { repo?: { full_name?: unknown } | null }; base?: { repo?: { full_name?: unknown } } } } | null | undefined)?.pull_request
  const head = pr?.head?.repo?.full_name
  const base = pr?.base?.repo?.full_name
  return { isPullRequest: true, headRepository: typeof head === 'string' ? head : null, baseRepository: typeof base === 'string' ? base : repository }
}

export function pullRequestFrom(payload: unknown, repository: string): PullRequestRef | undefined {
  const pr = (payload as { pull_request?: { number?: unknown; body?: unknown } } | null)?.pull_request
  if (!pr || typeof pr.number !== 'number') return undefined
  const base = (payload as { repository?: { full_name?: unknown } }).repository?.full_name
  const [owner, repo] = (typeof base === 'string' ? base : repository).split('/')
  if (!owner || !repo) return undefined
  return { owner, repo, number: pr.number, payloadBody: typeof pr.body === 'string' ? pr.body : null }
}
