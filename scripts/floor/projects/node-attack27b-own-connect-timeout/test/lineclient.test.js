'use strict'
const assert = require('node:assert/strict')
const net = require('node:net')
const { LineClient } = require('../src/lineclient')

describe('LineClient', () => {
  let server
  let port

  before(async () => {
    server = net.createServer(socket => {
      socket.setEncoding('utf8')
      socket.on('data', data => {
        for (const line of data.split('\n').filter(Boolean)) socket.write(line === 'PING' ? 'PONG\n' : `ERR unknown ${line}\n`)
      })
    })
    await new Promise(r => server.listen(0, '127.0.0.1', r))
    port = server.address().port
  })

  after(() => server.close())

  it('answers PING with PONG', async () => {
    const client = await new LineClient({ port, connectTimeout: 200 }).connect()
    try {
      assert.equal(await client.request('PING'), 'PONG')
    } finally {
      client.close()
    }
  })

  it('rejects a port where nothing listens', async () => {
    const closed = net.createServer()
    await new Promise(r => closed.listen(0, '127.0.0.1', r))
    const free = closed.address().port
    await new Promise(r => closed.close(r))
    await assert.rejects(new LineClient({ port: free, connectTimeout: 200 }).connect(), { code: 'ECONNREFUSED' })
  })
})
