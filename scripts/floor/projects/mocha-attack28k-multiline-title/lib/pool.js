// A pool of raw TCP connections to a broker. warm() opens the first connection (with retries) and
// never rejects: a broker that cannot be reached is recorded in lastError for the health check.
const net = require('net')
const { withRetry } = require('./retry')

function dial (host, port) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port })
    socket.once('connect', () => resolve(socket))
    socket.once('error', reject)
  })
}

class Pool {
  constructor ({ host = '127.0.0.1', port, attempts = 3 } = {}) {
    Object.assign(this, { host, port, attempts })
    this.sockets = []
    this.lastError = null
  }

  async warm () {
    try {
      this.sockets.push(await withRetry(() => dial(this.host, this.port), { attempts: this.attempts }))
    } catch (err) {
      this.lastError = err
    }
  }

  close () {
    for (const socket of this.sockets) socket.destroy()
  }
}

module.exports = { Pool, dial }
