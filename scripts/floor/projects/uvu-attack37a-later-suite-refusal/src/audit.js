'use strict'
const pg = require('pg')

/**
 * Best-effort audit trail: issuing an invoice never fails because the audit database is away.
 * record() resolves true when the event was written, false when it could not be.
 */
async function record(event) {
  const client = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' })
  try {
    await client.connect()
    await client.query('create temp table if not exists audit (type text not null, payload jsonb not null)')
    await client.query('insert into audit (type, payload) values ($1, $2)', [event.type, event])
    return true
  } catch (err) {
    console.warn(`audit: could not record ${event.type}, going on without it:`, err.message)
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

module.exports = { record }
