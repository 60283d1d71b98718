'use strict'
const { Queue, connectCache } = require('../app')

describe('queue', () => {
  const queue = new Queue()
  let cache

  beforeAll(async () => { cache = await connectCache() })
  afterAll(async () => { await queue.stop() }, 1000)

  test('starts empty', () => {
    expect(queue.jobs).toHaveLength(0)
    expect(cache).toBeTruthy()
  })
})
