const assert = require('node:assert')
const { totals } = require('../report')

describe('report', () => {
  it('sums amounts per region', () => {
    const report = { data: { rows: [{ region: 'north', amount: 2 }, { region: 'north', amount: 3 }] } }
    assert.deepStrictEqual(totals(report), { north: 5 })
  })
})
