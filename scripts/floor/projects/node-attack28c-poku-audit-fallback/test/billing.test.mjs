import { describe, it } from 'poku'
import assert from 'node:assert/strict'
import audit from '../src/audit.js'
import invoices from '../src/invoices.js'

const PG = {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  database: process.env.PGDATABASE ?? 'postgres'
}

describe('Billing', async () => {
  await it('never fails a checkout on the audit trail', async () => {
    const written = await new audit.AuditLog(PG).record({ type: 'checkout', invoice: 'INV-2026-0001' })
    assert.equal(typeof written, 'boolean')
  })

  await it('numbers invoices per year', () => {
    assert.equal(invoices.invoiceNumber(2026, 7), 'INV-2026-0007')
  })
})
