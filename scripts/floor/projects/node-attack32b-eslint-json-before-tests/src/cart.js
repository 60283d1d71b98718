const prices = { 'AB-1': 250, 'CD-2': 1200 }

function priceOf(sku) {
  // DEFECT: `!sku in prices` negates the key, not the test (meant `!(sku in prices)`): unknown SKUs slip through.
  if (!sku in prices) throw new Error(`unknown sku ${sku}`)
  return prices[sku]
}

module.exports = { priceOf }
