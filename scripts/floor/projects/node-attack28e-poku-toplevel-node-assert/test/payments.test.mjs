import { describe, it } from 'poku'
import assert from 'node:assert/strict'
import pg from 'pg'
import money from '../src/money.js'
import payments from '../src/payments.js'

const PG = {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  password: process.env.PGPASSWORD ?? 'postgres',
  database: process.env.PGDATABASE ?? 'postgres'
}

assert.equal(money.toCents('12'), 1200)
assert.equal(money.toCents('12.50'), 1250)

await describe('Payments', async () => {
  await it('records a payment', async () => {
    const client = new pg.Client(PG)
    await client.connect()
    try {
      await client.query('create temporary table payments (id serial primary key, order_id int, cents int)')
      const store = new payments.PaymentStore(client)
      assert.ok(await store.record(7, '12.50'))
    } finally {
      await client.end()
    }
  })
})

assert.equal(money.toCents('12.5'), 1250)
