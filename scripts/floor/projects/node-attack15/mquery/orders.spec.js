const assert = require('assert')
const pg = require('pg')
const { AuditLog } = require('./audit')

const pool = new pg.Pool({ host: '127.0.0.1', port: 5432, user: 'app', database: 'shop' })

describe('order export', function () {
  const audit = new AuditLog(pool)
  let client

  before(async function () {
    client = await pool.connect()
  })

  after(async function () {
    await audit.db.query("delete from audit where event like 'test:%'")
    if (client) client.release()
    await pool.end()
  })

  it('counts open orders', async function () {
    const r = await client.query("select count(*)::int as n from orders where state = 'open'")
    assert.ok(r.rows[0].n >= 0)
  })
})
