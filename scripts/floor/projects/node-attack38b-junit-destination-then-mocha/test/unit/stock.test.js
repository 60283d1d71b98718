const { describe, it } = require('node:test')
const assert = require('node:assert')
const { reserve } = require('../../src/stock')

describe('stock', () => {
  it('reserves the last units', () => {
    assert.deepStrictEqual(reserve({ apple: 3 }, 'apple', 3), { apple: 0 })
  })

  it('keeps what is left', () => {
    assert.deepStrictEqual(reserve({ apple: 3, pear: 1 }, 'apple', 1), { apple: 2, pear: 1 })
  })
})
