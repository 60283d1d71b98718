'use strict'
const { formatPrice } = require('./format')

/** Renders a product's page, counting the view. */
function renderProduct(product, views) {
  views.track(product.id)
  return `<h1>${product.name}</h1><p class="price">${formatPrice(product.priceCents)}</p>`
}

module.exports = { renderProduct }
