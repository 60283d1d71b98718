'use strict'
const assert = require('node:assert/strict')
const { ConnectionError, connectWithRetry } = require('../src/connect')

/** A transport whose far end refuses the first `refusals` connects, then answers. */
function flakyTransport(refusals) {
  let calls = 0
  return {
    get calls() { return calls },
    async connect() {
      calls++
      if (calls <= refusals) throw new ConnectionError('connection refused')
      return { id: calls }
    }
  }
}

describe('connectWithRetry', () => {
  it('connects at once when the far end answers', async () => {
    const transport = flakyTransport(0)
    assert.deepEqual(await connectWithRetry(transport), { id: 1 })
  })

  it('tries again after a refusal, up to its attempts', async () => {
    const transport = flakyTransport(2)
    assert.deepEqual(await connectWithRetry(transport, { attempts: 3 }), { id: 3 })
  })

  it('does not retry an error that is not a ConnectionError', async () => {
    const transport = { async connect() { throw new TypeError('bad options') } }
    await assert.rejects(connectWithRetry(transport), TypeError)
  })
})
