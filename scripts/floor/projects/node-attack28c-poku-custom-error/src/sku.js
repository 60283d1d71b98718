'use strict'

class SkuRejected extends Error {}

const SKU = /^[A-Z]{2}-\d{2,4}$/

/** ' ab-12 ' -> 'AB-12': two letters, a dash and 2 to 4 digits, whatever the case it was typed in. */
function parseSku(raw) {
  // The defect: the input is trimmed but no longer upper-cased before the check.
  const sku = String(raw).trim()
  if (!SKU.test(sku)) throw new SkuRejected(`sku ${sku} is not two letters, a dash and 2 to 4 digits`)
  return sku
}

module.exports = { SkuRejected, parseSku }
