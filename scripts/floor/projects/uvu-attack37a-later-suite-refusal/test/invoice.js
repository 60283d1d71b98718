const { suite } = require('uvu')
const assert = require('uvu/assert')
const { issue } = require('../src/invoice')

const invoice = suite('invoice')

invoice('issues even when the audit log is away', async () => {
  const inv = await issue('ACME', [{ qty: 2, price: 5 }, { qty: 1, price: 3 }])
  assert.is(inv.total, 13)
})

invoice.run()
