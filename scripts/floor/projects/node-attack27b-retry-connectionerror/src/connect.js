'use strict'

/** What a transport throws when the far end is not there: the caller may try again. */
class ConnectionError extends Error {
  constructor(message) {
    super(message)
    this.name = 'ConnectionError'
  }
}

const sleep = ms => new Promise(r => setTimeout(r, ms))

/** Opens `transport`, trying `attempts` times in all, `delayMs` apart, when it throws a ConnectionError. */
async function connectWithRetry(transport, { attempts = 3, delayMs = 10 } = {}) {
  let last
  for (let attempt = 1; attempt < attempts; attempt++) { // the defect (floor): one attempt short (<= attempts)
    try {
      return await transport.connect()
    } catch (err) {
      if (!(err instanceof ConnectionError)) throw err
      last = err
      await sleep(delayMs)
    }
  }
  throw last
}

module.exports = { ConnectionError, connectWithRetry }
