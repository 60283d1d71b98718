// A tiny Redis client over node:net (RESP2, one command at a time). Enough for the example.
import net from 'node:net'

export async function connect(url = process.env.REDIS_URL || 'redis://127.0.0.1:6379') {
  const u = new URL(url)
  const socket = net.createConnection({ host: u.hostname, port: Number(u.port || 6379) })
  // A server that accepts and then stays silent must fail the test, not hang it.
  socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer from ${u.host} within 10 s`)))
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject))
  return new Client(socket)
}

class Client {
  constructor(socket) {
    this.socket = socket
    this.buffer = Buffer.alloc(0)
    this.pending = []
    socket.on('data', chunk => {
      this.buffer = Buffer.concat([this.buffer, chunk])
      for (;;) {
        const parsed = parse(this.buffer, 0)
        if (!parsed) break
        this.buffer = this.buffer.subarray(parsed.end)
        const waiter = this.pending.shift()
        if (parsed.value instanceof Error) waiter?.reject(parsed.value)
        else waiter?.resolve(parsed.value)
      }
    })
    socket.on('error', error => { for (const w of this.pending.splice(0)) w.reject(error) })
  }

  command(...args) {
    const parts = [`*${args.length}\r\n`]
    for (const arg of args) parts.push(`$${Buffer.byteLength(String(arg))}\r\n${arg}\r\n`)
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject })
      this.socket.write(parts.join(''))
    })
  }

  close() {
    this.socket.end()
  }
}

function parse(buf, at) {
  const eol = buf.indexOf('\r\n', at)
  if (eol < 0) return undefined
  const type = String.fromCharCode(buf[at])
  const line = buf.subarray(at + 1, eol).toString()
  const next = eol + 2
  if (type === '+') return { value: line, end: next }
  if (type === '-') return { value: new Error(line), end: next }
  if (type === ':') return { value: Number(line), end: next }
  if (type === '$') {
    const length = Number(line)
    if (length < 0) return { value: null, end: next }
    if (buf.length < next + length + 2) return undefined
    return { value: buf.subarray(next, next + length).toString(), end: next + length + 2 }
  }
  if (type === '*') {
    const count = Number(line)
    const items = []
    let end = next
    for (let i = 0; i < count; i++) {
      const item = parse(buf, end)
      if (!item) return undefined
      items.push(item.value)
      end = item.end
    }
    return { value: items, end }
  }
  throw new Error(`unexpected RESP type ${type}`)
}
