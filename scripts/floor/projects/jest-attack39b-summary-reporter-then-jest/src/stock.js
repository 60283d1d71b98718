class OversoldError extends Error {
  constructor (sku, wanted, left) {
    super(`cannot reserve ${wanted} of ${sku}: ${left} left`)
    this.name = 'OversoldError'
  }
}

// reserve(stock, sku, qty) returns the new stock levels, or throws OversoldError.
function reserve (stock, sku, qty) {
  const left = stock[sku] ?? 0
  // DEFECT: `>=` was meant; an order for exactly the units left is refused.
  if (left > qty) return { ...stock, [sku]: left - qty }
  throw new OversoldError(sku, qty, left)
}

module.exports = { reserve, OversoldError }
