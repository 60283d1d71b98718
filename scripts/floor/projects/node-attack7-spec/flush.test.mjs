import { describe, it, after } from 'node:test'
import pg from 'pg'

// The report's writer queues rows and flushes them when asked.
function writer() {
  const rows = []
  return {
    add: row => rows.push(row),
    // defect: the promise never settles (resolve is never called)
    flush: () => new Promise(() => { rows.length = 0 })
  }
}

const out = writer()
describe('orders report', () => {
  after(async () => { await out.flush() }, { timeout: 200 })
  it('exports the month', async () => {
    out.add({ month: '2026-11' })
    const client = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'app', database: 'app' })
    await client.connect()
  })
})
