// Writes audit entries through whatever pg pool the app hands it.
class AuditLog {
  constructor (pool) { this.pool = pool }
  async record (entry) { await this.pool.query('insert into audit(entry) values ($1)', [entry]) }
}
module.exports = { AuditLog }
