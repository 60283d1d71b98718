const assert = require('assert')
const { Pool } = require('pg')

describe('orders', function () {
  let client
  before(async function () {
    const pool = new Pool({ host: '127.0.0.1', port: 5432, user: 'app', database: 'shop' })
    client = await pool.connect()
  })
  after(async function () {
    if (client) client.release()
  })
  it('counts open orders', async function () {
    const r = await client.query('select count(*)::int as n from orders')
    assert.ok(r.rows[0].n >= 0)
  })
})
