const { validate } = require('../lib')

describe('order lines', () => {
  it('accepts a price under the limit', () => { expect(validate({ sku: 'A1', price: '12.50', qty: 2 }).cents).toBe(1250) })
  it('refuses a zero quantity', () => { expect(() => validate({ sku: 'A1', price: '1.00', qty: 0 })).toThrowError(/quantity 0/) })
})
