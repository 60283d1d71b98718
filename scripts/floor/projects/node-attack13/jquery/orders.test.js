const { Pool } = require('pg')
const { AuditLog } = require('./audit')

describe('orders', () => {
  let db
  beforeAll(async () => {
    const pool = new Pool({ host: '127.0.0.1', port: 5432, user: 'app', database: 'shop' })
    db = await pool.connect()
  })
  test('counts open orders', async () => {
    const r = await db.query('select count(*)::int as n from orders')
    expect(r.rows[0].n).toBeGreaterThanOrEqual(0)
  })
})

describe('audit log', () => {
  const recorded = []
  const audit = new AuditLog({ query: async (sql, params) => { recorded.push(params[0]) } })
  afterAll(async () => {
    await audit.db.query('delete from audit')
  })
  test('records an entry', async () => {
    await audit.record('order 7 shipped')
    expect(recorded).toEqual(['order 7 shipped'])
  })
})
