const assert = require('node:assert')
const { Pool } = require('../pool')

describe('pool', () => {
  const pool = new Pool()
  afterEach('no connection left checked out', () => {
    assert.strictEqual(pool.active, 0)
  })
  it('acquires and releases', () => {
    const c = pool.acquire()
    pool.release(c)
  })
})
