'use strict'

/** The cart's subtotal in cents. */
function subtotal(items) {
  return items.reduce((cents, item) => cents + item.priceCents * item.qty, 0)
}

/** A percentage off, rounded to the cent. */
function withDiscount(cents, percent) {
  // The defect: the percentage is taken off twice over (100 - 2 * percent).
  return Math.round(cents * (100 - 2 * percent) / 100)
}

module.exports = { subtotal, withDiscount }
