const assert = require('node:assert')
const { start } = require('../server')

describe('health', function () {
  this.timeout(1500)
  let server
  beforeEach(async () => { server = await start() })
  afterEach(() => server && server.close())

  it('answers ok', async () => {
    const res = await fetch(`http://127.0.0.1:${server.address().port}/`)
    assert.strictEqual(await res.text(), 'ok')
  })
})
