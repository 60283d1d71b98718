const assert = require('node:assert')
const fixtures = [{ amount: '19.99' }, { amount: '22.00' }]
// The bug: amounts are strings, so this concatenates.
const total = fixtures.reduce((sum, r) => sum + r.amount, 0)
assert.strictEqual(total, 41.99)
console.log('totals ok')
