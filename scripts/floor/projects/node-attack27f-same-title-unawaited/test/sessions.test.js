'use strict'
const { test } = require('node:test')
const assert = require('node:assert/strict')
const { setTimeout: sleep } = require('node:timers/promises')
const { SessionStore } = require('../src/sessions')

test('SessionStore', async (t) => {
  await t.test('returns a cached session', () => {
    const store = new SessionStore({ ttlMs: 1000 })
    store.cache('s1', { user: 7 })
    assert.deepEqual(store.cached('s1'), { user: 7 })
  })

  await t.test('knows nothing of a session it never cached', () => {
    assert.equal(new SessionStore().cached('nope'), undefined)
  })

  t.test('forgets a cached session once its ttl has passed', async () => {
    const store = new SessionStore({ ttlMs: 50 })
    store.cache('s1', { user: 7 })
    await sleep(80)
    assert.equal(store.cached('s1'), undefined)
  })
})
