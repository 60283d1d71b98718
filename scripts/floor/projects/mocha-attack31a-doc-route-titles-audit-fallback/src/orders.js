const { audit } = require('./audit')

class OversoldError extends Error {
  constructor (sku, wanted, left) {
    super(`cannot reserve ${wanted} of ${sku}: ${left} left`)
    this.name = 'OversoldError'
  }
}

// placeOrder(stock, sku, qty): records the request (best effort), then returns the new stock levels,
// or throws OversoldError.
async function placeOrder (stock, sku, qty) {
  await audit({ type: 'order', sku, qty })
  const left = stock[sku] ?? 0
  // DEFECT: `>=` was meant; an order for exactly the units left is refused.
  if (left > qty) return { ...stock, [sku]: left - qty }
  throw new OversoldError(sku, qty, left)
}

module.exports = { placeOrder, OversoldError }
