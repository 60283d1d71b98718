// The pull request as the REST API sees it: the live body and the paginated changed files.
// Calls are retried a bounded number of times on transient errors, then reported.
import type { PullRequestSource } from './task.js'
import { firstLineOf } from './text.js'

export interface PullRequestRef {
  readonly owner: string
  readonly repo: string
  readonly number: number
  readonly payloadBody: string | null
}

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>

const ATTEMPTS = 3
const REQUEST_TIMEOUT_MS = 15_000

export function pullRequestSource(ref: PullRequestRef, token: string, sleep = defaultSleep): PullRequestSource {
  if (token === '') return { number: ref.number, payloadBody: ref.payloadBody }
  // Loaded on first use: the client (and its HTTP stack) is most of the bundle, and only
  // pull request events with a token need it.
  let client: Promise<Octokit> | undefined
  const connect = (): Promise<Octokit> => (client ??= import('@actions/github').then(github => github.getOctokit(token, { request: { retries: 0 } })))
  const params = { owner: ref.owner, repo: ref.repo, pull_number: ref.number }
  return {
    number: ref.number,
    payloadBody: ref.payloadBody,
    fetchBody: async () => {
      const octokit = await connect()
      const response = await withRetry(() => octokit.rest.pulls.get({ ...params, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep)
      return response.data.body ?? null
    },
    listChangedFiles: async () => {
      const octokit = await connect()
      const files = await withRetry(() => octokit.paginate(octokit.rest.pulls.listFiles, { ...params, per_page: 100, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep)
      return files.filter(file => file.status !== 'removed').map(file => file.filename)
    }
  }
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
