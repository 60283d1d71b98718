const assert = require('node:assert')
const { ping } = require('../src/store')
const { priceOf } = require('../src/cart')
describe('store', () => {
  it('database answers', async () => { await ping() })
  it('prices a known sku', () => { assert.strictEqual(priceOf('AB-1'), 250) })
})
