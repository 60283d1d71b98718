'use strict'
const { Auditor } = require('../auditor')

describe('auditor', () => {
  test('a disabled auditor records no error', async () => {
    const a = new Auditor(false)
    await a.record('login')
    expect(a.lastError).toBeNull()
  })
})
