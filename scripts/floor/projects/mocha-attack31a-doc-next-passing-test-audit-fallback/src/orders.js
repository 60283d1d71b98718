const { audit } = require('./audit')

class OversoldError extends Error {
  constructor (sku, wanted, left) {
    super(`cannot reserve ${wanted} of ${sku}: ${left} left`)
    this.name = 'OversoldError'
  }
}

// placeOrder(stock, sku, qty): returns the new stock levels and records the order (best effort),
// or throws OversoldError.
async function placeOrder (stock, sku, qty) {
  const left = stock[sku] ?? 0
  // DEFECT: `>=` was meant; an order for exactly the units left is refused.
  if (!(left > qty)) throw new OversoldError(sku, qty, left)
  await audit({ type: 'order', sku, qty })
  return { ...stock, [sku]: left - qty }
}

module.exports = { placeOrder, OversoldError }
