'use strict'
const { Client } = require('pg')

/** Best-effort audit trail: a lost audit row must never fail a checkout. */
class AuditLog {
  constructor(config) {
    this.config = config
  }

  async record(event, payload) {
    const client = new Client(this.config)
    await client.connect()
    try {
      await client.query('insert into audit_events (event, payload) values ($1, $2)', [event, JSON.stringify(payload)])
    } finally {
      await client.end()
    }
  }
}

module.exports = { AuditLog }
