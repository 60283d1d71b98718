import test from 'ava'
import { openStore } from '../src/store.js'

let store
test.before(async () => { store = await openStore() })
test.after.always(() => store?.end())

test('renders with or without the store', async t => {
  await new Promise(resolve => setTimeout(resolve, 600))
  t.is(store === null || typeof store === 'object', true)
})
