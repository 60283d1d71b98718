const net = require('node:net')
const assert = require('node:assert')

const connect = (host, port) => new Promise((resolve, reject) => {
  const s = net.connect({ host, port }, () => { s.end(); resolve() })
  s.on('error', reject)
})

describe('database', () => {
  it('connects to the configured host', async () => {
    try {
      await connect('::1', 5433)
    } catch (err) {
      console.log(err)
      throw err
    }
  })
  it('parses the pool size', () => assert.strictEqual(Number('10'), 10))
})
