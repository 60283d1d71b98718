'use strict'

/** '12.5' -> 1250 cents. */
function toCents(text) {
  const [whole, fraction = ''] = text.trim().split('.')
  // The defect: padStart where padEnd was meant ('5' becomes '05', so 12.5 is 1205 cents).
  return Number(whole) * 100 + Number(fraction.padStart(2, '0').slice(0, 2))
}

module.exports = { toCents }
