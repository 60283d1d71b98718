'use strict'
const { test } = require('node:test')
const assert = require('node:assert/strict')
const { setTimeout: sleep } = require('node:timers/promises')
const pg = require('pg')
const { SessionStore } = require('../src/sessions')

const PG = {
  host: process.env.PGHOST || '127.0.0.1',
  port: Number(process.env.PGPORT || 5432),
  user: process.env.PGUSER || 'postgres',
  database: process.env.PGDATABASE || 'postgres'
}

test('SessionStore', async (t) => {
  const pool = new pg.Pool(PG)
  let created
  const ready = () => (created ??= pool.query('create table if not exists sessions (id text primary key, data text not null)'))
  t.after(async () => {
    await pool.query("delete from sessions where id like 'test-%'")
    await pool.end()
  })

  await t.test('saves a session and loads it back', async () => {
    await ready()
    await new SessionStore({ db: pool }).save('test-s2', { user: 9, role: 'admin' })
    assert.deepEqual(await new SessionStore({ db: pool }).load('test-s2'), { user: 9, role: 'admin' })
  })

  await t.test('loads nothing for an unknown session', async () => {
    await ready()
    assert.equal(await new SessionStore({ db: pool }).load('test-nope'), undefined)
  })

  t.test('forgets a cached session once its ttl has passed', async () => {
    const store = new SessionStore({ ttlMs: 50 })
    store.cache('test-s1', { user: 7 })
    assert.deepEqual(store.cached('test-s1'), { user: 7 })
    await sleep(80)
    assert.equal(store.cached('test-s1'), undefined)
  })
})
