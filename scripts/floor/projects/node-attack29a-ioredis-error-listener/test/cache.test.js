const assert = require('assert')
const cache = require('../cache')

describe('cache', function () {
  after(() => cache.close())

  it('remembers a total', async function () {
    assert.strictEqual(await cache.rememberTotal(1, 12.5), 12.5)
  })
})
