import test from 'ava'
import { Outbox } from '../src/messages.js'

test('announces each message it sends', async t => {
  const outbox = new Outbox()
  outbox.on('sent', m => t.is(m.text, 'Welcome, Ada!'))
  outbox.add('ada@example.com', 'en', 'welcome', { name: 'Ada' })
  await outbox.flush()
})
