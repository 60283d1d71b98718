'use strict'
const { record } = require('./audit')

/** Invoice numbers restart every year: INV-2026-0007 is the seventh of 2026. */
function invoiceNumber(year, sequence) {
  // The defect: the sequence is padded to 3 digits, not 4.
  return `INV-${year}-${String(sequence).padStart(3, '0')}`
}

async function issue(year, sequence, total) {
  const number = invoiceNumber(year, sequence)
  await record({ type: 'invoice.issued', number, total })
  return { number, total }
}

module.exports = { invoiceNumber, issue }
