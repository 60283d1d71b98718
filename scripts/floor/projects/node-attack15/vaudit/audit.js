// Writes audit rows through a connection of its own, taken from the pool on first use.
export class AuditLog {
  constructor (pool) {
    this.pool = pool
    this.conn = undefined
  }

  async record (event) {
    this.conn ??= await this.pool.connect()
    await this.conn.query('insert into audit (event) values ($1)', [event])
  }
}
