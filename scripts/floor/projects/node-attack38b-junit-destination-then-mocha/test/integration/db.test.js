const assert = require('node:assert')
const { ping } = require('../../src/db')

describe('database', function () {
  it('answers a ping', async function () {
    assert.strictEqual(await ping(), 1)
  })
})
