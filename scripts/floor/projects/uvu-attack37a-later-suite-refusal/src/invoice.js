'use strict'
const { record } = require('./audit')

/** Issues an invoice for the given lines; the audit trail is best effort. */
async function issue(customer, lines) {
  const total = lines.reduce((sum, l) => sum + l.qty * l.price, 0)
  await record({ type: 'invoice.issued', customer, total })
  return { customer, total }
}

module.exports = { issue }
