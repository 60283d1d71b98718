'use strict'
const { toCents } = require('./money')

class Payments {
  constructor(db) {
    this.db = db
  }

  async record(invoice, amount) {
    await this.db.query('create temp table if not exists payments (invoice text not null, cents integer not null)')
    await this.db.query('insert into payments (invoice, cents) values ($1, $2)', [invoice, toCents(amount)])
    const { rows } = await this.db.query('select sum(cents)::int as cents from payments where invoice = $1', [invoice])
    return rows[0].cents
  }
}

module.exports = { Payments }
