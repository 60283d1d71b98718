'use strict'
const { orderTotal } = require('./pricing')

async function placeOrder (redis, id, lines, code) {
  const total = orderTotal(lines, code)
  await redis.set(`order:${id}:total`, String(total))
  return total
}

module.exports = { placeOrder }
