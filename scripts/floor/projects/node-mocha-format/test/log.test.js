const assert = require('node:assert')
const { entry } = require('../log')

describe('log entry', () => {
  it('records a refused dependency as an error', () => {
    const err = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED', syscall: 'connect' })
    assert.deepStrictEqual(entry(err), { level: 'error', msg: 'connect ECONNREFUSED 127.0.0.1:3306', code: 'ECONNREFUSED', syscall: 'connect' })
  })
})
