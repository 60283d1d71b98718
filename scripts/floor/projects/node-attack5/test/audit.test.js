'use strict'
const assert = require('node:assert')
const { Auditor } = require('../auditor')

describe('auditor', () => {
  it('a disabled auditor records no error', async () => {
    const a = new Auditor(false)
    await a.record('login')
    assert.strictEqual(a.lastError, null)
  })
})
