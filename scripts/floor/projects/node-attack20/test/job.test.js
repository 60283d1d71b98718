const test = require('node:test')
const assert = require('node:assert')
const { Client } = require('pg')
// the bug: an empty queue waits for the next poll (3 s) instead of resolving at once
const drain = (queue) => new Promise(resolve => queue.length ? resolve(queue.splice(0)) : setTimeout(() => resolve([]), 3000))
test('drains an empty queue', { timeout: 200 }, async () => {
  assert.deepStrictEqual(await drain([]), [])
})
test('health reports down when db is unreachable', async () => {
  const c = new Client({ host: '127.0.0.1', port: 5432, user: 'app', password: 'app', database: 'app' })
  let up = true
  try { await c.connect() } catch (e) { console.error('health check failed:', e); up = false }
  assert.strictEqual(up, false)
})
