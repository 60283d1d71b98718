const { suite } = require('uvu')
const assert = require('uvu/assert')
const { reserve } = require('../src/stock')

const inventory = suite('inventory')

inventory('reserves the last units', async () => {
  assert.is(await reserve('SKU-1', 3, 3), 0)
})

inventory.run()
