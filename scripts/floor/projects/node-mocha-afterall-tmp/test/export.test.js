const assert = require('node:assert')
const fs = require('node:fs')
const net = require('node:net')
const { exportRows, cleanup } = require('../export')

describe('export', () => {
  after(() => {
    cleanup()
    const left = exportRows.made.filter(d => fs.existsSync(d))
    assert.deepStrictEqual(left, [], 'temporary folders left behind')
  })

  it('exports rows', () => {
    assert.ok(exportRows(['a,1', 'b,2']))
  })

  it('uploads to the object store', () => new Promise((resolve, reject) => {
    const s = net.connect(9000, '127.0.0.1', () => { s.end(); resolve() })
    s.on('error', reject)
  }))
})
