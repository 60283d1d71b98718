import test from 'ava'
import { audit } from '../src/db.js'

// The audit trail is best effort: an order goes through whether or not its row is written.
test('an order goes through when the audit row cannot be written', async t => {
  t.is(typeof await audit('order-placed'), 'boolean')
})
