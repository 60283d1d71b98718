const assert = require('node:assert')
const net = require('node:net')

describe('notify', () => {
  it('formats a subject', () => assert.strictEqual(`[${'ops'}] down`, '[ops] down'))
  it('queues a message', function () {
    this.timeout(3000)
    return new Promise((resolve, reject) => {
      const s = net.connect(5672, '127.0.0.1', () => { s.end(); resolve() })
      s.on('error', reject)
    })
  })
})
