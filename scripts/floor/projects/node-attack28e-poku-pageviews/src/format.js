'use strict'

/** A price in cents as the page shows it: `€12.50`. */
function formatPrice(cents) {
  // The defect: cents are divided by 10, not 100.
  return `€${(cents / 10).toFixed(2)}`
}

module.exports = { formatPrice }
