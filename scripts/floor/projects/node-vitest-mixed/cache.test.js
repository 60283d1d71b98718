import net from 'node:net'
import { describe, it } from 'vitest'
const dial = port => new Promise((resolve, reject) => {
  const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve() })
  s.on('error', reject)
})
describe('cache', () => {
  it('sets', () => dial(6379))
  it('gets', () => dial(6379))
})
