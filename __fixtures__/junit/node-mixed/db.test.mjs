import { test } from 'node:test'
import assert from 'node:assert'
import net from 'node:net'

const connect = (port) => new Promise((resolve, reject) => {
  const socket = net.connect({ host: '127.0.0.1', port })
  socket.once('connect', () => resolve(socket))
  socket.once('error', reject)
})

test('reads accounts from postgres', async () => {
  const socket = await connect(5432)
  socket.end()
})

test('formats money', () => {
  assert.strictEqual((1234.5).toFixed(2).replace('.', ','), '1.234,50')
})
