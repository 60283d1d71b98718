const { validate, client } = require('../lib')

describe('order lines', () => {
  let db
  beforeEach(() => { db = client() })
  // Each spec may leave a scratch table behind.
  afterEach(async () => { await db.connect(); await db.query('DROP TABLE IF EXISTS order_lines_scratch'); await db.end() })
  it('accepts a price under the limit', () => { expect(validate({ sku: 'A1', price: '12.50', qty: 2 }).cents).toBe(1250) })
})
