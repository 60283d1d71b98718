const assert = require('node:assert')
const { reserve } = require('../src/stock')
const { ping } = require('../src/db')

describe('stock', function () {
  it('reserves the last units', function () {
    assert.deepStrictEqual(reserve({ apple: 3 }, 'apple', 3), { apple: 0 })
  })

  it('keeps what is left', function () {
    assert.deepStrictEqual(reserve({ apple: 3, pear: 1 }, 'apple', 1), { apple: 2, pear: 1 })
  })
})

describe('database', function () {
  it('answers a ping', async function () {
    assert.strictEqual(await ping(), 1)
  })
})
