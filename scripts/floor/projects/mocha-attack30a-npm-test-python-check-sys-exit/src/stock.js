const catalogue = require('./catalogue.json')

// price(sku, qty) in cents.
function price (sku, qty) {
  const item = catalogue[sku]
  if (!item) throw new Error(`unknown sku ${sku}`)
  return item.cents * qty
}

module.exports = { price }
