import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { createRequire } from 'node:module'
const { Queue, connectCache } = createRequire(import.meta.url)('../app.js')

describe('queue', () => {
  const queue = new Queue()
  let cache

  beforeAll(async () => { cache = await connectCache() })
  afterAll(async () => { await queue.stop() }, 1000)

  it('starts empty', () => {
    expect(queue.jobs).toHaveLength(0)
    expect(cache).toBeTruthy()
  })
})
