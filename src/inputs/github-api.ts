// The pull request as the REST API sees it: the live body and the paginated changed files.
// Calls are retried a bounded number of times on transient errors, then reported.
import { firstLineOf } from '../common/text.js'

/** What the gate needs from the pull request; backed by the REST API below. */
export interface PullRequestSource {
  readonly number: number
  /** The body from the event payload (stale on a re-run; may be null). */
  readonly payloadBody: string | null
  /** The live body; throws when the API cannot be reached. */
  fetchBody?(): Promise<string | null>
  /** The files the PR changes (removed files excluded), with whether each is new; throws on API failure. */
  listChangedFiles?(): Promise<ChangedFile[]>
  /** The PR's title and head branch, from the event payload: they may name the PR's task. */
  readonly title?: string
  readonly headRef?: string
}

export interface ChangedFile {
  readonly path: string
  /** The PR adds the file (its base commit does not have it). */
  readonly added: boolean
}

export interface PullRequestRef {
  readonly owner: string
  readonly repo: string
  readonly number: number
  readonly payloadBody: string | null
  readonly title?: string
  readonly headRef?: string
}

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>

const ATTEMPTS = 3
const REQUEST_TIMEOUT_MS = 15_000

// Loaded on first use: the client (and its HTTP stack) is most of the bundle, and only
// pull request events with a token need it.
const clients = new Map<string, Promise<Octokit>>()
function client(token: string): Promise<Octokit> {
  let octokit = clients.get(token)
  if (octokit === undefined) {
    octokit = import('@actions/github').then(github => github.getOctokit(token, { request: { retries: 0 } }))
    clients.set(token, octokit)
  }
  return octokit
}

export function pullRequestSource(ref: PullRequestRef, token: string, sleep = defaultSleep): PullRequestSource {
  const named = { ...(ref.title === undefined ? {} : { title: ref.title }), ...(ref.headRef === undefined ? {} : { headRef: ref.headRef }) }
  if (token === '') return { number: ref.number, payloadBody: ref.payloadBody, ...named }
  const connect = (): Promise<Octokit> => client(token)
  const params = { owner: ref.owner, repo: ref.repo, pull_number: ref.number }
  return {
    number: ref.number,
    payloadBody: ref.payloadBody,
    ...named,
    fetchBody: async () => {
      const octokit = await connect()
      const response = await withRetry(() => octokit.rest.pulls.get({ ...params, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep)
      return response.data.body ?? null
    },
    listChangedFiles: async () => {
      const octokit = await connect()
      const files = await withRetry(() => octokit.paginate(octokit.rest.pulls.listFiles, { ...params, per_page: 100, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep)
      return files.filter(file => file.status !== 'removed').map(file => ({ path: file.filename, added: file.status === 'added' }))
    }
  }
}

/** What the trust policy and declarations-from: base need from a pull request the event only links. */
export interface PullRequestFacts {
  /** owner/name of the head repository; null when GitHub no longer knows it (a deleted fork). */
  readonly head: string | null
  readonly base: string | null
  readonly baseSha: string | null
}

export async function readPullRequestFacts(ref: { owner: string; repo: string; number: number }, token: string, sleep = defaultSleep): Promise<PullRequestFacts> {
  const octokit = await client(token)
  const { data } = await withRetry(() => octokit.rest.pulls.get({ owner: ref.owner, repo: ref.repo, pull_number: ref.number, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep)
  const name = (repo: unknown): string | null => {
    const full = (repo as { full_name?: unknown } | null | undefined)?.full_name
    return typeof full === 'string' && full !== '' ? full : null
  }
  return { head: name(data.head?.repo), base: name(data.base?.repo), baseSha: typeof data.base?.sha === 'string' && data.base.sha !== '' ? data.base.sha : null }
}

/** A task file is small: the contents API serves files up to 1 MB inline, and larger ones are refused here. */
const BASE_FILE_MAX_BYTES = 1024 * 1024

/**
 * The text of a file at a commit, through the contents API; undefined when the commit has no
 * such file (a task the pull request adds). Anything but a regular file (a symlink, a
 * directory, a submodule) is refused, as in the workspace.
 */
export async function readFileAtCommit(repo: { owner: string; repo: string }, file: string, sha: string, token: string, sleep = defaultSleep): Promise<string | undefined> {
  const octokit = await client(token)
  const response = await withRetry(async () => {
    try {
      return await octokit.rest.repos.getContent({ owner: repo.owner, repo: repo.repo, path: file, ref: sha, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } })
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined
      throw error
    }
  }, sleep)
  if (response === undefined) return undefined
  const data = response.data as unknown as { type?: string; encoding?: string; content?: string; size?: number } | unknown[]
  if (Array.isArray(data)) throw new Error('is a directory in the base commit')
  if (data.type !== 'file') throw new Error(`is not a regular file in the base commit (a ${data.type ?? 'thing of unknown type'})`)
  if ((data.size ?? 0) > BASE_FILE_MAX_BYTES || data.encoding !== 'base64' || typeof data.content !== 'string') throw new Error(`is too large to read from the base commit (${data.size ?? '?'} bytes)`)
  return Buffer.from(data.content, 'base64').toString('utf8')
}

export async function withRetry<T>(call: () => Promise<T>, sleep = defaultSleep): Promise<T> {
  let lastError: unknown
  let attempts = 0
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    attempts = attempt
    try {
      return await call()
    } catch (error) {
      lastError = error
      if (!isTransient(error) || attempt === ATTEMPTS) break
      await sleep(retryDelayMs(error, attempt))
    }
  }
  throw new Error(describeApiError(lastError, attempts))
}

function isTransient(error: unknown): boolean {
  const status = (error as { status?: number }).status
  if (status === undefined) return true // network error, timeout
  if (status === 429 || status >= 500) return true
  return status === 403 && /rate limit/i.test(String((error as Error).message))
}

function retryDelayMs(error: unknown, attempt: number): number {
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {}
  const retryAfter = Number(headers['retry-after'])
  // Honour Retry-After, but a gate must not stall a job for minutes on it.
  if (Number.isFinite(retryAfter) && retryAfter > 0) return Math.min(retryAfter * 1000, 10_000)
  return 300 * 3 ** (attempt - 1)
}

function describeApiError(error: unknown, attempts: number): string {
  const status = (error as { status?: number }).status
  const message = firstLineOf(error)
  const tries = attempts === 1 ? '(not retried)' : `after ${attempts} attempts`
  return status ? `GitHub API answered ${status} ${tries}: ${message}` : `GitHub API unreachable ${tries}: ${message}`
}

const defaultSleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/** The pull request a sticky comment goes on. */
export interface CommentTarget {
  readonly owner: string
  readonly repo: string
  readonly number: number
}

/**
 * Keeps one comment on the pull request: the first comment the token's own identity wrote that
 * starts with `marker` is updated in place; without one, a comment is created. A comment anyone
 * else wrote (a person, another bot) is never touched, even when it quotes the marker.
 */
export async function upsertComment(target: CommentTarget, token: string, marker: string, body: string, sleep = defaultSleep): Promise<{ action: 'created' | 'updated'; url: string }> {
  const octokit = await client(token)
  const params = { owner: target.owner, repo: target.repo, issue_number: target.number }
  const comments = await withRetry(() => octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep)
  // Ours: written by the token's own identity (GITHUB_TOKEN is github-actions[bot]; a PAT is its
  // user) and starting with the marker, as every comment the gate writes does. Another bot that
  // quotes someone's text (the marker included) is never edited.
  const me = await octokit.rest.users.getAuthenticated({ request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }).then(r => r.data.login, () => 'github-actions[bot]')
  const ours = comments.find(c => c.user?.login === me && typeof c.body === 'string' && c.body.startsWith(marker))
  if (ours) {
    const { data } = await withRetry(() => octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: ours.id, body, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep)
    return { action: 'updated', url: data.html_url }
  }
  const { data } = await withRetry(() => octokit.rest.issues.createComment({ ...params, body, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep)
  return { action: 'created', url: data.html_url }
}
