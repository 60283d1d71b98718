// The example's tests talk to real services: PostgreSQL at DATABASE_URL, Redis at REDIS_URL.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import * as pg from './lib/pg.js'
import * as redis from './lib/redis.js'

test('PostgreSQL stores and returns visitors', async () => {
  const db = await pg.connect()
  try {
    await db.query('CREATE TABLE IF NOT EXISTS visitors (name text PRIMARY KEY, first_seen timestamptz DEFAULT now())')
    await db.query("INSERT INTO visitors (name) VALUES ('ada'), ('grace') ON CONFLICT DO NOTHING")
    const rows = await db.query('SELECT name FROM visitors ORDER BY name')
    assert.deepEqual(rows.map(r => r[0]), ['ada', 'grace'])
    const [[version]] = await db.query('SHOW server_version')
    console.log(`PostgreSQL server_version ${version}`)
  } finally {
    db.close()
  }
})

test('Redis counts visits', async () => {
  const client = await redis.connect()
  try {
    assert.equal(await client.command('PING'), 'PONG')
    await client.command('DEL', 'visits:home')
    for (let i = 0; i < 3; i++) await client.command('INCR', 'visits:home')
    assert.equal(await client.command('GET', 'visits:home'), '3')
  } finally {
    client.close()
  }
})
