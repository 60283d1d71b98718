const { suite } = require('uvu')
const assert = require('uvu/assert')
const { invoiceNumber, issue } = require('../src/invoices')

const invoices = suite('invoices')

invoices('issues an invoice even when the audit log is away', async () => {
  const invoice = await issue(2026, 12, 4200)
  assert.is(invoice.total, 4200)
})

invoices('pads the sequence to four digits', () => {
  assert.is(invoiceNumber(2026, 7), 'INV-2026-0007', 'sequence padded to four digits')
})

invoices.run()
