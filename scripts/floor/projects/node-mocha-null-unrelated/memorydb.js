// An in-memory table store for the export tests (no service).
class MemoryDb {
  constructor() { this.tables = { exports: [] } }
  query(sql) { if (/^DELETE FROM (\w+)/.test(sql)) this.tables[RegExp.$1] = [] }
  insert(table, row) { this.tables[table].push(row) }
}
module.exports = { MemoryDb }
