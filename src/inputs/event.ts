// The triggering event, read from GITHUB_EVENT_PATH: the pull request a task may come from,
// and the pull request the payload carries at all, which says where the code under test comes
// from (for the trust policy) and which commit is its base (for declarations-from: base).
import { readFileSync } from 'node:fs'
import type { PullRequestRef } from './github-api.js'
import type { CodeOrigin } from './trust.js'

/** What the payload says about the pull request (or foreign head) it carries. */
export type CarriedPullRequest =
  /** No pull request: push, schedule, workflow_dispatch, merge_group, an issue comment on an issue... */
  | { readonly kind: 'none' }
  | {
      readonly kind: 'known'
      readonly number: number | null
      /** owner/name of the head repository; null when it cannot be established. */
      readonly head: string | null
      /** Why the head is unknown, when it is. */
      readonly headUnknownBecause?: string
      readonly base: string
      /** The base commit the pull request is compared with; null when the payload does not say. */
      readonly baseSha: string | null
    }
  /** The payload only links the pull request (issue_comment): read it through the API. */
  | { readonly kind: 'linked'; readonly owner: string; readonly repo: string; readonly number: number }
  /** A pull request event whose payload cannot be read or does not carry the pull request. */
  | { readonly kind: 'unknown'; readonly why: string }

export type EstablishedPullRequest = Exclude<CarriedPullRequest, { kind: 'linked' }>

export interface EventInfo {
  readonly name: string
  /** The pull request the task may come from: pull_request and pull_request_target only (docs/design.md). */
  readonly pullRequest: PullRequestRef | undefined
  readonly carried: CarriedPullRequest
}

const TASK_EVENTS = new Set(['pull_request', 'pull_request_target'])
/** Events whose payload carries a pull request (docs/design.md, Trust): without one, the origin is unknown. */
const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'workflow_run'])

export function readEvent(env: NodeJS.ProcessEnv): EventInfo {
  const name = env.GITHUB_EVENT_NAME ?? ''
  const repository = env.GITHUB_REPOSITORY ?? ''
  let payload: unknown
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8'))
  } catch {
    payload = undefined
  }
  return { name, pullRequest: TASK_EVENTS.has(name) ? pullRequestFrom(payload, repository) : undefined, carried: carriedPullRequest(name, payload, repository) }
}

type Json = Record<string, unknown>
const object = (value: unknown): Json | undefined => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined)
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)
const fullName = (repo: unknown): string | null => text(object(repo)?.full_name)

/** Pure: the pull request a payload carries, by event. An unreadable payload of a pull request event is unknown, never trusted. */
export function carriedPullRequest(name: string, payload: unknown, repository: string): CarriedPullRequest {
  const body = object(payload)
  const base = fullName(body?.repository) ?? repository
  const pr = object(body?.pull_request)
  if (pr) {
    // pull_request, pull_request_target, pull_request_review, pull_request_review_comment
    const headRepo = object(pr.head)?.repo
    return {
      kind: 'known',
      number: typeof pr.number === 'number' ? pr.number : null,
      head: fullName(headRepo),
      ...(fullName(headRepo) === null ? { headUnknownBecause: headRepo === null ? 'a repository GitHub no longer knows (a deleted fork)' : `a head repository the ${name} payload does not name` } : {}),
      base: fullName(object(pr.base)?.repo) ?? base,
      baseSha: text(object(pr.base)?.sha)
    }
  }
  const issue = object(body?.issue)
  if (issue && issue.pull_request !== undefined && issue.pull_request !== null) {
    // issue_comment on a pull request: the payload links it, it does not describe it.
    const [owner, repo] = base.split('/')
    if (typeof issue.number !== 'number' || !owner || !repo) return { kind: 'unknown', why: `a pull request the ${name} payload does not identify` }
    return { kind: 'linked', owner, repo, number: issue.number }
  }
  const run = object(body?.workflow_run)
  if (run) {
    // The head repository is the fork for a run a fork's pull request triggered. Its pull_requests
    // list is empty then; for a same-repository one it names the base commit.
    const prs = Array.isArray(run.pull_requests) ? run.pull_requests.map(object) : []
    const own = prs.find(p => text(object(p?.head)?.sha) === text(run.head_sha)) ?? (prs.length === 1 ? prs[0] : undefined)
    const head = fullName(run.head_repository)
    return {
      kind: 'known',
      number: typeof own?.number === 'number' ? own.number : null,
      head,
      ...(head === null ? { headUnknownBecause: 'a head repository the workflow_run payload does not name' } : {}),
      base: fullName(run.repository) ?? base,
      baseSha: text(object(own?.base)?.sha)
    }
  }
  // An unreadable issue_comment payload may be about a pull request: it cannot be told apart.
  if (body === undefined && (PR_EVENTS.has(name) || name === 'issue_comment')) return { kind: 'unknown', why: `a ${name} event whose payload could not be read` }
  if (PR_EVENTS.has(name)) return { kind: 'unknown', why: `a ${name} event whose payload carries no pull request` }
  return { kind: 'none' }
}

/** Reads a linked pull request through the API; anything that fails leaves the origin unknown (untrusted), with a note. */
export async function establishPullRequest(
  carried: CarriedPullRequest,
  read: ((ref: { owner: string; repo: string; number: number }) => Promise<{ head: string | null; base: string | null; baseSha: string | null }>) | undefined
): Promise<{ carried: EstablishedPullRequest; note?: string }> {
  if (carried.kind !== 'linked') return { carried }
  const unknown = (why: string, note: string): { carried: EstablishedPullRequest; note: string } => ({ carried: { kind: 'unknown', why }, note })
  if (read === undefined) {
    return unknown(`pull request #${carried.number}, which the event only links and which could not be read without a github-token`, `Pull request #${carried.number} could not be read (no github-token), so where its code comes from is unknown and it is not trusted.`)
  }
  try {
    const facts = await read(carried)
    return {
      carried: {
        kind: 'known',
        number: carried.number,
        head: facts.head,
        ...(facts.head === null ? { headUnknownBecause: 'a repository GitHub no longer knows (a deleted fork)' } : {}),
        base: facts.base ?? `${carried.owner}/${carried.repo}`,
        baseSha: facts.baseSha
      }
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return unknown(`pull request #${carried.number}, which could not be read (${reason})`, `Could not read pull request #${carried.number} to learn where its code comes from (${reason}); it is not trusted.`)
  }
}

/** Where the code under test comes from, for checkTrust. */
export function originOf(event: string, carried: EstablishedPullRequest, repository: string): CodeOrigin {
  if (carried.kind === 'none') return { event, isPullRequest: false, headRepository: null, baseRepository: repository }
  if (carried.kind === 'unknown') return { event, isPullRequest: true, headRepository: null, baseRepository: repository, unknownBecause: carried.why }
  return { event, isPullRequest: true, headRepository: carried.head, baseRepository: carried.base, ...(carried.headUnknownBecause ? { unknownBecause: carried.headUnknownBecause } : {}) }
}

export function pullRequestFrom(payload: unknown, repository: string): PullRequestRef | undefined {
  const pr = (payload as { pull_request?: { number?: unknown; body?: unknown; title?: unknown; head?: { ref?: unknown } } } | null)?.pull_request
  if (!pr || typeof pr.number !== 'number') return undefined
  const base = (payload as { repository?: { full_name?: unknown } }).repository?.full_name
  const [owner, repo] = (typeof base === 'string' ? base : repository).split('/')
  if (!owner || !repo) return undefined
  return {
    owner, repo, number: pr.number, payloadBody: typeof pr.body === 'string' ? pr.body : null,
    ...(typeof pr.title === 'string' ? { title: pr.title } : {}),
    ...(typeof pr.head?.ref === 'string' ? { headRef: pr.head.ref } : {})
  }
}
