'use strict'
const net = require('node:net')

/**
 * A client for a line protocol (one request line, one reply line). Like mysql2 it gives up on a
 * connect that takes longer than connectTimeout with Node's own words: `connect ETIMEDOUT`.
 */
class LineClient {
  constructor({ host = '127.0.0.1', port, connectTimeout = 1000 }) {
    this.host = host
    this.port = port
    this.connectTimeout = connectTimeout
    this.socket = undefined
  }

  connect() {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: this.host, port: this.port })
      const timer = setTimeout(() => {
        socket.destroy()
        const err = new Error('connect ETIMEDOUT')
        err.code = 'ETIMEDOUT'
        err.syscall = 'connect'
        reject(err)
      }, this.connectTimeout)
      socket.once('connection', () => { // the defect (floor): a socket emits 'connect'; 'connection' is net.Server's
        clearTimeout(timer)
        this.socket = socket
        resolve(this)
      })
      socket.once('error', err => {
        clearTimeout(timer)
        reject(err)
      })
    })
  }

  request(line) {
    return new Promise((resolve, reject) => {
      let buffer = ''
      const onData = chunk => {
        buffer += chunk
        const end = buffer.indexOf('\n')
        if (end === -1) return
        this.socket.off('data', onData)
        resolve(buffer.slice(0, end))
      }
      this.socket.setEncoding('utf8')
      this.socket.on('data', onData)
      this.socket.once('error', reject)
      this.socket.write(line + '\n')
    })
  }

  close() {
    this.socket?.end()
  }
}

module.exports = { LineClient }
