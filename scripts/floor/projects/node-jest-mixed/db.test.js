const net = require('node:net')
const dial = port => new Promise((resolve, reject) => {
  const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve() })
  s.on('error', reject)
})
describe('orders table', () => {
  test('inserts an order', () => dial(5432))
  test('reads an order', () => dial(5432))
  test('deletes an order', () => dial(5432))
})
