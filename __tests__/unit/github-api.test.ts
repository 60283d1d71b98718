import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileAtCommit, readPullRequestFacts, withRetry } from '../../src/inputs/github-api.js'
import { startApiServer, type ApiServer } from '../harness/api-server.js'

const httpError = (status: number, message = 'Server Error', headers: Record<string, string> = {}): Error => Object.assign(new Error(message), { status, response: { headers } })

describe('withRetry', () => {
  it('retries a timed-out (slow) request and 5xx answers, then succeeds', async () => {
    const waits: number[] = []
    const failures = [Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }), httpError(503)]
    const result = await withRetry(async () => {
      const next = failures.shift()
      if (next) throw next
      return 'ok'
    }, async ms => void waits.push(ms))
    expect(result).toBe('ok')
    expect(waits).toEqual([300, 900])
  })

  it('honours Retry-After but caps it, and gives up after 3 attempts with a clear message', async () => {
    const waits: number[] = []
    let calls = 0
    const call = async (): Promise<never> => {
      calls++
      throw httpError(429, 'Too Many Requests', { 'retry-after': '3600' })
    }
    await expect(withRetry(call, async ms => void waits.push(ms))).rejects.toThrow('GitHub API answered 429 after 3 attempts: Too Many Requests')
    expect(calls).toBe(3)
    expect(waits).toEqual([10_000, 10_000])
  })

  it('does not retry a 404 or a 403 that is not a rate limit', async () => {
    for (const error of [httpError(404, 'Not Found'), httpError(403, 'Resource not accessible by integration')]) {
      let calls = 0
      await expect(withRetry(async () => {
        calls++
        throw error
      }, async () => undefined)).rejects.toThrow(/GitHub API answered 40[34] \(not retried\)/)
      expect(calls).toBe(1)
    }
  })
})

describe('reading a linked pull request and its base commit (against the loopback API)', () => {
  let api: ApiServer
  const repo = { owner: 'octo-org', repo: 'widgets' }
  const sha = '9'.repeat(40)
  const noWait = async (): Promise<void> => undefined
  beforeAll(async () => {
    api = await startApiServer({
      5: { body: null, files: [], head: 'evil/widgets', baseSha: sha, baseFiles: { 'tasks/a b é.md': '---\nid: A\n---\n', 'tasks/link.md': { symlink: '../secret' } } },
      6: { body: null, files: [], head: null }
    })
    // @actions/github reads the API address when the client is made.
    process.env.GITHUB_API_URL = api.url
  })
  afterAll(async () => {
    delete process.env.GITHUB_API_URL
    await api.close()
  })

  it('reads head, base and base commit of a pull request', async () => {
    expect(await readPullRequestFacts({ ...repo, number: 5 }, 'token-facts', noWait)).toEqual({ head: 'evil/widgets', base: 'octo-org/widgets', baseSha: sha })
    expect(await readPullRequestFacts({ ...repo, number: 6 }, 'token-facts', noWait)).toMatchObject({ head: null })
    await expect(readPullRequestFacts({ ...repo, number: 404 }, 'token-facts', noWait)).rejects.toThrow('GitHub API answered 404 (not retried)')
  })

  it('reads a file at the base commit, answers undefined for a file it lacks, and refuses a symlink', async () => {
    expect(await readFileAtCommit(repo, 'tasks/a b é.md', sha, 'token-contents', noWait)).toBe('---\nid: A\n---\n')
    expect(await readFileAtCommit(repo, 'tasks/missing.md', sha, 'token-contents', noWait)).toBeUndefined()
    expect(await readFileAtCommit(repo, 'tasks/a b é.md', 'f'.repeat(40), 'token-contents', noWait)).toBeUndefined()
    await expect(readFileAtCommit(repo, 'tasks/link.md', sha, 'token-contents', noWait)).rejects.toThrow('is not a regular file in the base commit (a symlink)')
    expect(api.requests.filter(r => r.path.includes('/contents/')).every(r => r.authorization === 'token token-contents')).toBe(true)
  })
})

