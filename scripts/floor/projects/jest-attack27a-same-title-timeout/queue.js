const { EventEmitter } = require('node:events')

class Queue extends EventEmitter {
  constructor(store) {
    super()
    this.store = store
    this.pending = 0
  }

  async push(job) {
    this.pending++
    try {
      await this.store.save(job)
    } finally {
      this.pending--
      if (this.pending === 0) this.emit('drained')
    }
  }

  drain() {
    return new Promise(resolve => this.once('drained', resolve))
  }
}

module.exports = { Queue }
