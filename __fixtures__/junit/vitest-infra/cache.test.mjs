import { describe, expect, it, beforeAll } from 'vitest'
import net from 'node:net'

const connect = (port) => new Promise((resolve, reject) => {
  const socket = net.connect({ host: '127.0.0.1', port })
  socket.once('connect', () => resolve(socket))
  socket.once('error', reject)
})

describe('session cache', () => {
  let socket
  beforeAll(async () => { socket = await connect(6379) })
  it('stores a session', () => { expect(socket).toBeDefined() })
  it('expires a session', () => { expect(socket).toBeDefined() })
})

it('adds', () => { expect(1 + 1).toBe(2) })
