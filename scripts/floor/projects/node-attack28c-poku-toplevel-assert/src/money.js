'use strict'

/** '12.50', '12.5' and '12' as integer cents. */
function toCents(amount) {
  const [whole, fraction = ''] = String(amount).trim().split('.')
  // The defect: padStart where padEnd was meant ('5' becomes '05', not '50').
  return Number(whole) * 100 + Number(fraction.padStart(2, '0'))
}

module.exports = { toCents }
