const Redis = require('ioredis')
const { Queue } = require('./queue')

const stores = [
  () => { const redis = new Redis({ maxRetriesPerRequest: 1 }); return { save: job => redis.rpush('jobs', job), close: () => redis.disconnect() } },
  () => { const saved = []; return { save: async job => { saved.push(job) }, close: () => {} } }
]

describe.each(stores)('Queue', (makeStore) => {
  let store
  beforeEach(() => { store = makeStore() })
  afterEach(() => store.close())

  it('drains after the last job', async () => {
    const queue = new Queue(store)
    await queue.push('a')
    await queue.drain()
    expect(queue.pending).toBe(0)
  }, 1000)
})
