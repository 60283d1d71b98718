function total (invoice) {
  // The bug: lines is optional, and an invoice without it crashes.
  return invoice.lines.reduce((sum, l) => sum + l.amount, 0)
}
module.exports = { total }
