import { describe, expect, it } from 'vitest'
import { withRetry } from '../../src/github-api.js'

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
