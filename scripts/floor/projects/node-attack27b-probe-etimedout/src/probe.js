'use strict'
const net = require('node:net')

/**
 * Whether something accepts TCP connections at host:port (used by `wait-for-db` before migrations).
 * Resolves { up: true } or { up: false, reason }; never waits longer than timeoutMs.
 */
function probe(host, port, { timeoutMs = 1000 } = {}) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port })
    // seconds → ms for the socket's idle timer
    socket.setTimeout(timeoutMs * 1000, () => { // the defect (floor): timeoutMs is already milliseconds
      socket.destroy()
      resolve({ up: false, reason: 'timeout' })
    })
    socket.once('connect', () => {
      socket.end()
      resolve({ up: true })
    })
    socket.once('error', err => {
      if (err.code === 'ECONNREFUSED') resolve({ up: false, reason: 'refused' })
      else reject(err)
    })
  })
}

module.exports = { probe }
