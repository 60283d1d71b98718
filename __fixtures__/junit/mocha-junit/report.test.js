const assert = require('node:assert')
const net = require('node:net')

function ping(port) {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve('PONG') })
    s.on('error', reject)
  })
}

describe('report', function () {
  it('renders the xml snippet', function () {
    console.log('snippet: <failure message="boom"/> ]]> </testcase>')
    assert.strictEqual('<failure message="boom"/>'.length, 25)
  })
  it('totals an order', function () {
    console.log('writing </testcase> into the report before the check')
    assert.strictEqual(0.1 + 0.2, 0.3)
  })
  it('reads the cache', async function () {
    assert.strictEqual(await ping(6379), 'PONG')
  })
  it.skip('exports to csv', function () {})
})
