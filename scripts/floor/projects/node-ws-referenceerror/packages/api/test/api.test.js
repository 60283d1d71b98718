const net = require('node:net')
const ping = port => new Promise((resolve, reject) => {
  const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve() })
  s.on('error', reject)
})
describe('api', () => {
  it('serves health', () => {})
  it('reads sessions from redis', () => ping(6379))
  it('lists routes', () => {})
})
