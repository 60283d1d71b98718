const assert = require('node:assert')
const { MemoryDb } = require('../memorydb')

describe('export', () => {
  const state = {}
  before(() => { state.db = new MemoryDb() })
  // Defect: setup keeps the store as `db`, teardown reads `database`.
  after(() => { state.database.query('DELETE FROM exports') })

  it('records the export', () => {
    state.db.insert('exports', { file: 'a.csv' })
    assert.strictEqual(state.db.tables.exports.length, 1)
  })
})
