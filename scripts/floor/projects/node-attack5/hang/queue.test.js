'use strict'
const assert = require('node:assert')
const { Queue, connectCache } = require('../app')

describe('queue', function () {
  this.timeout(1000)
  const queue = new Queue()
  let cache

  before(async () => { cache = await connectCache() })
  after(async () => { await queue.stop() })

  it('starts empty', () => {
    assert.strictEqual(queue.jobs.length, 0)
    assert.ok(cache)
  })
})
