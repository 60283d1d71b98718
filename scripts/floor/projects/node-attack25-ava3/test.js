const test = require('ava')
const net = require('net')

// Reads a user from the cache (redis on 6379), else from the local fixture store.
function fromCache (id) {
  return new Promise((resolve, reject) => {
    const s = net.connect(6379, '127.0.0.1')
    s.on('connect', () => { s.end(); resolve({ id }) })
    s.on('error', reject)
  })
}
async function fromStore (store, id) {
  // BUG: the store is keyed by string ids; `store.users` is undefined
  return store.users[id].name
}

test('loads a user from whichever source answers', async t => {
  const name = await Promise.any([fromCache(7), fromStore({ byId: { 7: { name: 'ann' } } }, 7)])
  t.is(name, 'ann')
})

test('falls back to the store when the cache is down', async t => {
  let name
  try {
    name = (await fromCache(7)).name
  } catch (cacheError) {
    try {
      name = await fromStore({ byId: { 7: { name: 'ann' } } }, 7)
    } catch (storeError) {
      throw new Error(`cache: ${cacheError.message}; store: ${storeError.message}`)
    }
  }
  t.is(name, 'ann')
})

test('adds', t => { t.is(1 + 1, 2) })
test('saves the order', async t => {
  const order = await fromCache(1).catch(e => { throw new TypeError(`Cannot read properties of undefined (reading 'id')`, { cause: e }) })
  t.is(order.id, 1)
})
