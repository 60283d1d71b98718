import { describe, it } from 'poku'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import pricing from '../src/pricing.js'
import checkoutModule from '../src/checkout.js'
import auditModule from '../src/audit.js'

const PG = {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  password: process.env.PGPASSWORD ?? 'postgres',
  database: process.env.PGDATABASE ?? 'postgres'
}

const loadCart = async name => JSON.parse(await readFile(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'))

describe('Checkout', async () => {
  await it('places an order with its total', async () => {
    const items = await loadCart('two-items')
    const order = checkoutModule.checkout('ada', items, new auditModule.AuditLog(PG))
    assert.equal(order.totalCents, 699)
  })

  await it('takes a percentage off the total', async () => {
    const items = await loadCart('two-items')
    assert.equal(pricing.withDiscount(pricing.subtotal(items), 10), 629)
  })
})
