'use strict'
const { subtotal } = require('./cart')

class OrderStore {
  constructor(db) {
    this.db = db
  }

  async migrate() {
    await this.db.query(`create temporary table if not exists orders (
      id int auto_increment primary key,
      customer varchar(100) not null,
      total_cents int not null
    )`)
  }

  async save(customer, items) {
    const [result] = await this.db.execute('insert into orders (customer, total_cents) values (?, ?)', [customer, subtotal(items)])
    return result.insertId
  }

  async find(id) {
    const [rows] = await this.db.execute('select id, customer, total_cents from orders where id = ?', [id])
    return rows[0]
  }
}

module.exports = { OrderStore }
