import { describe, it, after } from 'node:test'
import pg from 'pg'

// Export files the report opens; the suite's leak check fails on any left open.
const open = []
describe('orders report', () => {
  after(() => {
    // The project's leak check throws a plain message, as its other checks do.
    if (open.length) throw `${open.length} export file(s) left open: ${open.join(', ')}`
  })
  it('exports the month', async () => {
    open.push('/tmp/export-2026-11.csv') // defect: the export file is never closed
    const client = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'app', database: 'app' })
    await client.connect()
  })
})
