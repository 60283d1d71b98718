const test = require('node:test')
const assert = require('node:assert')
const { Client } = require('pg')
const connect = () => new Client({ host: '127.0.0.1', port: 5432, user: 'app', password: 'app', database: 'app' }).connect()
// the bug: an empty queue waits for the next poll (3 s) instead of resolving at once
const drain = async (queue) => {
  connect().catch(e => console.error('drain: could not record the run:', e)) // best effort, not awaited
  return new Promise(resolve => queue.length ? resolve(queue.splice(0)) : setTimeout(() => resolve([]), 3000))
}
test('loads the jobs', async () => { await connect() })
test('drains an empty queue', { timeout: 400 }, async () => {
  assert.deepStrictEqual(await drain([]), [])
})
