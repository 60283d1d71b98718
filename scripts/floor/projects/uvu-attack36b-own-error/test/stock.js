const { suite } = require('uvu')
const assert = require('uvu/assert')
const { reserve } = require('../src/stock')

const stock = suite('stock')

stock('reserves even when the audit log is away', async () => {
  assert.is(await reserve('SKU-1', 10, 4), 6)
})

stock('reserves the last units', async () => {
  assert.is(await reserve('SKU-1', 3, 3), 0)
})

stock.run()
