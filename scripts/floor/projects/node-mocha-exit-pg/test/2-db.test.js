const net = require('node:net')

// A tiny client like a pool's: a connection error is fatal for the worker.
function connect (port) {
  return new Promise(resolve => {
    const s = net.connect({ host: '127.0.0.1', port }, () => resolve(s))
    s.on('error', err => {
      console.error(err)
      process.exit(1)
    })
  })
}

describe('db', () => {
  it('inserts an invoice', async () => {
    const s = await connect(5432)
    s.end()
  })
})
