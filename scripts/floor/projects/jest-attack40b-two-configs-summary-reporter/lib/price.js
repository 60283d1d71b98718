'use strict'
// Price with VAT, in cents, rounded half up.
function withVat (cents, rate) {
  return Math.floor(cents * (1 + rate))
}
module.exports = { withVat }
