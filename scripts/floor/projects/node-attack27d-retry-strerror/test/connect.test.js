'use strict'
const assert = require('node:assert/strict')
const net = require('node:net')
const { connectWithRetry } = require('../src/connect')

const listen = (port = 0) => new Promise(resolve => {
  const server = net.createServer(socket => socket.end())
  server.listen(port, '127.0.0.1', () => resolve(server))
})
const close = server => new Promise(resolve => server.close(resolve))

/** A loopback port nothing listens on: a server is opened on it and closed again. */
async function freePort() {
  const server = await listen()
  const { port } = server.address()
  await close(server)
  return port
}

describe('connectWithRetry', () => {
  let server
  afterEach(async () => { if (server?.listening) await close(server) })

  it('connects at once when the server listens', async () => {
    server = await listen()
    const socket = await connectWithRetry('127.0.0.1', server.address().port, { pause: () => assert.fail('no pause expected') })
    socket.destroy()
  })

  it('tries again after a refusal, up to its attempts', async () => {
    const port = await freePort()
    const pauses = []
    // The server starts listening after the second refusal: the third attempt connects.
    const socket = await connectWithRetry('127.0.0.1', port, {
      attempts: 3,
      pause: async attempt => {
        pauses.push(attempt)
        if (attempt === 2) server = await listen(port)
      }
    })
    socket.destroy()
    assert.deepEqual(pauses, [1, 2])
  })
})
