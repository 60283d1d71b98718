'use strict'
const net = require('node:net')

// Sends audit events to the collector (127.0.0.1:6379 in this setup). A disabled auditor sends
// nothing and keeps no error.
class Auditor {
  constructor (enabled) {
    this.enabled = enabled
    this.lastError = null
  }

  record (event) {
    // DEFECT: the enabled flag is never checked, so a disabled auditor dials the collector too.
    return new Promise(resolve => {
      const socket = net.connect(6379, '127.0.0.1', () => { socket.end(event); resolve() })
      socket.on('error', err => { this.lastError = err; resolve() })
    })
  }
}

module.exports = { Auditor }
