import net from 'node:net'
import assert from 'node:assert'
import { afterEach, test } from 'vitest'
import { live, schedule, stop } from './timers.js'

afterEach(() => {
  const n = live.size
  for (const t of live) clearInterval(t)
  live.clear()
  assert.strictEqual(n, 0, 'leaked timers')
})

test('publishes to nats', () => new Promise((resolve, reject) => {
  const s = net.connect(4222, '127.0.0.1', () => { s.end(); resolve() })
  s.on('error', reject)
}))

test('stops the retry timer', () => {
  stop(schedule(() => {}))
})
