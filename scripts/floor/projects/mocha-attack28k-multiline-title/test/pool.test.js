const assert = require('assert')
const { Pool } = require('../lib/pool')
const { deadPort } = require('./support/dead-port')

describe('Pool', function () {
  let pool

  beforeEach(async function () {
    pool = new Pool({ port: await deadPort(), attempts: 3 })
    await pool.warm()
  })

  afterEach(function () {
    if (pool) pool.close()
  })

  it('keeps ECONNREFUSED as the last error when the broker is down', function () {
    assert.strictEqual(pool.lastError.code, 'ECONNREFUSED')
    assert.strictEqual(pool.sockets.length, 0)
  })
})
