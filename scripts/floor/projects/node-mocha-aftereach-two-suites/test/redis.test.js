const net = require('node:net')

describe('redis cache', () => {
  it('sets a key', () => new Promise((resolve, reject) => {
    const s = net.connect(6379, '127.0.0.1', () => { s.end(); resolve() })
    s.on('error', reject)
  }))
})
