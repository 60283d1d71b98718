// Retries an operation that failed for a transient reason (a refused or reset connection), with a
// short pause between attempts, and gives up after `attempts` tries with the last error.
const TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'])

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))

async function withRetry (operation, { attempts = 3, pause = 20 } = {}) {
  for (;;) {
    let tries = 0 // DEFECT: declared inside the loop, so the count restarts at every attempt (it belongs above the `for`)
    try {
      return await operation()
    } catch (err) {
      if (!TRANSIENT.has(err.code) || ++tries >= attempts) throw err
      await sleep(pause)
    }
  }
}

module.exports = { withRetry, TRANSIENT }
