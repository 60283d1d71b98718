const assert = require('node:assert')
const { add } = require('../math')

describe('arith', () => {
  it('adds numbers', () => {
    assert.strictEqual(add('2', 3), 5)
  })
  it('adds zero', () => {
    assert.strictEqual(add(0, 0), 0)
  })
})
