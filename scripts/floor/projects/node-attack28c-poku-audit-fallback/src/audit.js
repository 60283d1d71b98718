'use strict'
const pg = require('pg')

/**
 * Best-effort audit trail: a checkout never fails because the audit database is away.
 * record() resolves true when the event was written, false when it could not be.
 */
class AuditLog {
  constructor(config) {
    this.config = config
  }

  async record(event) {
    const client = new pg.Client(this.config)
    try {
      await client.connect()
      await client.query('create temp table if not exists audit (type text not null, payload jsonb not null)')
      await client.query('insert into audit (type, payload) values ($1, $2)', [event.type, event])
      return true
    } catch (err) {
      console.error(`audit: could not record ${event.type}, going on without it`, err)
      return false
    } finally {
      await client.end().catch(() => {})
    }
  }
}

module.exports = { AuditLog }
