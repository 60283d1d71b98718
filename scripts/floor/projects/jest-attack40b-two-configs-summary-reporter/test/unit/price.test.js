'use strict'
const { withVat } = require('../../lib/price')
describe('withVat', () => {
  test('rounds half a cent up', () => {
    expect(withVat(1050, 0.19)).toBe(1250)
  })
})
