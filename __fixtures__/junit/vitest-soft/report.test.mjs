import net from 'node:net'
import { describe, expect, it } from 'vitest'

function ping(port) {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve('PONG') })
    s.on('error', reject)
  })
}

describe('report', () => {
  it('renders the xml snippet', () => {
    console.log('snippet: <failure message="boom"/> ]]> </testcase>')
    expect('<failure message="boom"/>').toHaveLength(25)
  })
  it('totals an order', () => {
    console.log('writing </testcase> into the report before the check')
    expect.soft(0.1 + 0.2).toBe(0.3)
    expect.soft('Total: 41.99').toBe('Total: 42.00')
  })
  it('reads the cache', async () => {
    expect(await ping(6379)).toBe('PONG')
  })
  it.skip('exports to csv', () => {})
})
