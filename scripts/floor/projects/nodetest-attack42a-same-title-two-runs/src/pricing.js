'use strict'

// Thrown as { status, message }: the API's error middleware answers with them as they are.
const DISCOUNTS = { WELCOME10: 10, VIP25: 25 }

function discountFor (code) {
  if (code === undefined) return 0
  const percent = DISCOUNTS[code.toLowerCase()]
  if (percent === undefined) throw { status: 422, message: `Unknown discount code ${code}` }
  return percent
}

function orderTotal (lines, code) {
  const subtotal = lines.reduce((sum, l) => sum + l.cents * l.qty, 0)
  const percent = discountFor(code)
  return subtotal - Math.round(subtotal * percent / 100)
}

module.exports = { orderTotal, discountFor }
