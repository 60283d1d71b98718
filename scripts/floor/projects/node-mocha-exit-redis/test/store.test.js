const net = require('node:net')

describe('store', () => {
  it('warms the cache', function (done) {
    const socket = net.connect(6379, '127.0.0.1', () => { socket.end(); done() })
    socket.on('error', err => {
      console.error('cache connection failed:', err.message)
      process.exit(1)
    })
  })
})
