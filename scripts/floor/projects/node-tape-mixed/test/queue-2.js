const test = require('tape')
const net = require('node:net')
test('queue consumer 2', t => {
  const s = net.connect(5672, '127.0.0.1', () => { s.end(); t.end() })
  s.on('error', err => { t.error(err, 'connects to the broker'); t.end() })
})
