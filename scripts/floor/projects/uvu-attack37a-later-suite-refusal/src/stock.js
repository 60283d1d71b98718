'use strict'
const { record } = require('./audit')

class Oversold extends Error {
  constructor(message) {
    super(message)
    this.name = 'Oversold'
  }
}

/** Takes qty units from stock; the last units can be reserved (stock 3, qty 3 leaves 0). */
async function reserve(sku, stock, qty) {
  // The defect: `>` typed for `>=`, so the last units can never be reserved.
  if (!(stock > qty)) throw new Oversold(`only ${stock} left, ${qty} wanted`)
  await record({ type: 'stock.reserved', sku, qty })
  return stock - qty
}

module.exports = { reserve, Oversold }
