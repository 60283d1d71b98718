// Keeps its audit rows in the shop database, through the pool it is given.
class AuditLog {
  constructor (pool) {
    this.pool = pool
  }

  async record (event) {
    await this.pool.query('insert into audit (event) values ($1)', [event])
  }
}
module.exports = { AuditLog }
