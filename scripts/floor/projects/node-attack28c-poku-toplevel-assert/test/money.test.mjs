import { assert, describe, it } from 'poku'
import pg from 'pg'
import money from '../src/money.js'
import payments from '../src/payments.js'

await describe('Payments', async () => {
  await it('records a payment against its invoice', async () => {
    const db = new pg.Client({
      host: process.env.PGHOST ?? '127.0.0.1',
      port: Number(process.env.PGPORT ?? 5432),
      user: process.env.PGUSER ?? 'postgres',
      database: process.env.PGDATABASE ?? 'postgres'
    })
    await db.connect()
    try {
      assert.strictEqual(await new payments.Payments(db).record('INV-1', '20.00'), 2000)
    } finally {
      await db.end()
    }
  })
})

assert.strictEqual(money.toCents('12.50'), 1250, 'parses two decimals to cents')
assert.strictEqual(money.toCents('12.5'), 1250, 'parses one decimal to cents')
assert.strictEqual(money.toCents('12'), 1200, 'parses a whole amount to cents')
