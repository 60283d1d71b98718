'use strict'
const net = require('node:net')

/** The far end did not take the connection: the caller may try again later. */
class ConnectionError extends Error {
  constructor(message) {
    super(message)
    this.name = 'ConnectionError'
  }
}

function dial(host, port) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port })
    socket.once('connect', () => resolve(socket))
    socket.once('error', err => reject(err.code === 'ECONNREFUSED' ? new ConnectionError('Connection refused') : err))
  })
}

/** Connects to host:port, `attempts` times in all, calling `pause(attempt)` after each refusal. */
async function connectWithRetry(host, port, { attempts = 3, pause = attempt => new Promise(r => setTimeout(r, 100 * attempt)) } = {}) {
  let last
  for (let attempt = 1; attempt < attempts; attempt++) { // the defect (floor): one attempt short (<= attempts)
    try {
      return await dial(host, port)
    } catch (err) {
      if (!(err instanceof ConnectionError)) throw err
      last = err
      await pause(attempt)
    }
  }
  throw last
}

module.exports = { ConnectionError, connectWithRetry }
