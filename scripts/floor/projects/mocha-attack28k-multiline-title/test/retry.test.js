const assert = require('assert')
const { withRetry } = require('../lib/retry')
const { dial } = require('../lib/pool')
const { deadPort } = require('./support/dead-port')

describe('withRetry', function () {
  describe('transient errors', function () {
    it(`gives up after 3 attempts when the peer keeps refusing
      (connect ECONNREFUSED)`, async function () {
      const port = await deadPort()
      let calls = 0
      await assert.rejects(withRetry(() => { calls++; return dial('127.0.0.1', port) }), { code: 'ECONNREFUSED' })
      assert.strictEqual(calls, 3)
    })
  })

  describe('other errors:', function () {
    it('does not retry a TypeError', async function () {
      let calls = 0
      await assert.rejects(withRetry(() => { calls++; throw new TypeError('bad frame') }), TypeError)
      assert.strictEqual(calls, 1)
    })
  })
})
