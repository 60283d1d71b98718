const assert = require('node:assert')
const { withdraw } = require('../ledger')

describe('withdraw', () => {
  it('leaves the rest', async () => {
    assert.strictEqual(await withdraw(10, 4), 6)
  })
  it('may empty the account', async () => {
    assert.strictEqual(await withdraw(10, 10), 0)
  })
})
