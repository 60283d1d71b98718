'use strict'
const { describe, it, before, after } = require('node:test')
const assert = require('node:assert/strict')
const pg = require('pg')
const { SessionStore } = require('../src/sessions')

const PG = {
  host: process.env.PGHOST || '127.0.0.1',
  port: Number(process.env.PGPORT || 5432),
  user: process.env.PGUSER || 'postgres',
  database: process.env.PGDATABASE || 'postgres'
}

describe('SessionStore', () => {
  let db
  before(async () => {
    db = new pg.Client(PG)
    await db.connect()
    await db.query('create temp table sessions (id text primary key, data text not null)')
  })
  after(() => db?.end())

  it('saves a session and loads it back', async () => {
    await new SessionStore({ db }).save('s2', { user: 9, role: 'admin' })
    assert.deepEqual(await new SessionStore({ db }).load('s2'), { user: 9, role: 'admin' })
  })

  it('loads nothing for an unknown session', async () => {
    assert.equal(await new SessionStore({ db }).load('nope'), undefined)
  })
})
