'use strict'
const net = require('node:net')
const { EventEmitter } = require('node:events')

// The app's job queue: stop() resolves once the queue has drained.
class Queue extends EventEmitter {
  constructor () { super(); this.jobs = [] }
  stop () {
    // DEFECT: waits for 'drained', but the queue emits 'drain' (and an empty queue emits nothing):
    // stop() never resolves.
    return new Promise(resolve => this.once('drained', resolve))
  }
}

function connectCache (port = 6379) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket))
    socket.once('error', reject)
  })
}

module.exports = { Queue, connectCache }
