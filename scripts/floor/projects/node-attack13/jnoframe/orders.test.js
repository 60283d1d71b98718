const { Client } = require('pg')
const { PriceCache, priceCache } = require('./price-cache')

describe('orders', () => {
  const client = new Client({ host: '127.0.0.1', port: 5432, user: 'app', database: 'shop' })
  beforeAll(async () => {
    await client.connect()
  })
  afterAll(async () => {
    await client.end()
  })
  test('counts open orders', async () => {
    const r = await client.query('select count(*)::int as n from orders')
    expect(r.rows[0].n).toBeGreaterThanOrEqual(0)
  })
})

describe('price cache', () => {
  afterAll(async () => {
    await priceCache.close()
  })
  test('returns a cached price', async () => {
    const local = new PriceCache({ ttlMs: 1000 })
    local.set('sku-1', 1250)
    expect(local.get('sku-1')).toBe(1250)
    await local.close()
  })
})
