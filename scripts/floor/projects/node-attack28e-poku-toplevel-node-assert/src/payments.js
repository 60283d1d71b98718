'use strict'
const { toCents } = require('./money')

class PaymentStore {
  constructor(client) {
    this.client = client
  }

  async record(order, amount) {
    const { rows } = await this.client.query('insert into payments (order_id, cents) values ($1, $2) returning id', [order, toCents(amount)])
    return rows[0].id
  }
}

module.exports = { PaymentStore }
