import assert from 'node:assert/strict'
import net from 'node:net'
import { describe, it } from 'node:test'

function ping(port) {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve('PONG') })
    s.on('error', reject)
  })
}

describe('report', () => {
  describe('rendering', () => {
    it('renders the xml snippet', () => {
      console.log('snippet: <failure message="boom"/> ]]> </testcase>')
      assert.equal('<failure message="boom"/>'.length, 25)
    })
    it('totals an order', () => {
      assert.equal((0.1 + 0.2).toFixed(2) + ' & </testcase>', '0.30 & more')
    })
  })
  describe('cache', () => {
    it('reads the cache', async () => {
      assert.equal(await ping(6379), 'PONG')
    })
    it('exports to csv', { skip: 'not yet' }, () => {})
  })
})
