const test = require('node:test')
const net = require('node:net')
const dial = port => new Promise((resolve, reject) => {
  const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve() })
  s.on('error', reject)
})
test('saves a document', () => dial(27017))
test('finds a document', () => dial(27017))
