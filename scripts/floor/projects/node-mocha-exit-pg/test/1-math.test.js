const assert = require('node:assert')
const { add, round2, subtract } = require('../math')

describe('math', () => {
  it('adds numbers', () => assert.strictEqual(add(2, 2), 4))
  it('rounds totals', () => assert.strictEqual(round2(41.999), 42))
  it('subtracts', () => assert.strictEqual(subtract(5, 3), 2))
})
