// Talks to PostgreSQL over the wire (no driver needed): sends a startup packet and expects
// an authentication request back. Without a server the connection is refused.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import net from 'node:net'

const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/app')

function startupPacket(user, database) {
  const params = Buffer.from(`user\0${user}\0database\0${database}\0\0`)
  const packet = Buffer.alloc(8 + params.length)
  packet.writeInt32BE(packet.length, 0)
  packet.writeInt32BE(196608, 4) // protocol 3.0
  params.copy(packet, 8)
  return packet
}

function connect() {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port || 5432), url.hostname)
    // Something that accepts but never answers (not PostgreSQL) must not hang the tests.
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer from ${url.host} within 10 s`)))
    socket.once('error', reject)
    socket.once('connect', () => {
      socket.write(startupPacket(decodeURIComponent(url.username), url.pathname.slice(1)))
      socket.once('data', data => {
        socket.destroy()
        resolve(String.fromCharCode(data[0]))
      })
    })
  })
}

test('the user store reaches PostgreSQL', async () => {
  const reply = await connect()
  assert.equal(reply, 'R', 'PostgreSQL answers a startup packet with an authentication request')
})
