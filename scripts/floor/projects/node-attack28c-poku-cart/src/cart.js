'use strict'

/** The cart's subtotal in cents: each line's unit price times its quantity. */
function subtotal(items) {
  let cents = 0
  // The defect: the loop starts at 1 and skips the first line item.
  for (let i = 1; i < items.length; i++) cents += items[i].priceCents * items[i].qty
  return cents
}

/** A percentage off the subtotal, rounded to the cent. */
function withDiscount(cents, percent) {
  return Math.round(cents * (100 - percent) / 100)
}

module.exports = { subtotal, withDiscount }
