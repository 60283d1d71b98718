// A tiny PostgreSQL client over node:net (protocol 3.0, SCRAM-SHA-256/md5/cleartext auth,
// simple queries only), so the example needs no npm packages. Enough for the example's tests.
import net from 'node:net'
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto'

// Without DATABASE_URL, the conventional local server (as a developer's machine would have).
export async function connect(url = process.env.DATABASE_URL || 'postgresql://test:test@127.0.0.1:5432/test') {
  const u = new URL(url)
  const socket = net.createConnection({ host: u.hostname, port: Number(u.port || 5432) })
  // A server that accepts and then stays silent must fail the test, not hang it.
  socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer from ${u.host} within 10 s`)))
  const conn = new Connection(socket)
  await conn.open(decodeURIComponent(u.username), decodeURIComponent(u.password), u.pathname.slice(1) || decodeURIComponent(u.username))
  return conn
}

class Connection {
  constructor(socket) {
    this.socket = socket
    this.buffer = Buffer.alloc(0)
    this.waiters = []
    this.messages = []
    this.failure = undefined
    socket.on('data', chunk => {
      this.buffer = Buffer.concat([this.buffer, chunk])
      while (this.buffer.length >= 5) {
        const length = this.buffer.readInt32BE(1)
        if (this.buffer.length < 1 + length) break
        this.messages.push({ type: String.fromCharCode(this.buffer[0]), body: this.buffer.subarray(5, 1 + length) })
        this.buffer = this.buffer.subarray(1 + length)
      }
      this.wake()
    })
    socket.on('error', error => { this.failure = error; this.wake() })
    socket.on('close', () => { this.failure ??= new Error('connection closed'); this.wake() })
  }

  wake() {
    for (const w of this.waiters.splice(0)) w()
  }

  async next() {
    for (;;) {
      if (this.messages.length > 0) return this.messages.shift()
      if (this.failure) throw this.failure
      await new Promise(resolve => this.waiters.push(resolve))
    }
  }

  send(type, body) {
    const head = Buffer.alloc(type ? 5 : 4)
    if (type) head.write(type, 0, 'latin1')
    head.writeInt32BE(body.length + 4, type ? 1 : 0)
    this.socket.write(Buffer.concat([head, body]))
  }

  async open(user, password, database) {
    const params = Buffer.from(`user\0${user}\0database\0${database}\0\0`)
    const version = Buffer.alloc(4)
    version.writeInt32BE(196608)
    this.send('', Buffer.concat([version, params]))
    let scram
    for (;;) {
      const m = await this.next()
      if (m.type === 'E') throw new Error(errorText(m.body))
      if (m.type === 'Z') return
      if (m.type !== 'R') continue
      const code = m.body.readInt32BE(0)
      if (code === 3) this.send('p', Buffer.from(`${password}\0`))
      else if (code === 5) {
        const inner = createHash('md5').update(password + user).digest('hex')
        this.send('p', Buffer.from(`md5${createHash('md5').update(Buffer.concat([Buffer.from(inner), m.body.subarray(4, 8)])).digest('hex')}\0`))
      } else if (code === 10) {
        const nonce = randomBytes(18).toString('base64')
        scram = { bare: `n=*,r=${nonce}`, nonce }
        const first = Buffer.from(`n,,${scram.bare}`)
        const len = Buffer.alloc(4)
        len.writeInt32BE(first.length)
        this.send('p', Buffer.concat([Buffer.from('SCRAM-SHA-256\0'), len, first]))
      } else if (code === 11) {
        const serverFirst = m.body.subarray(4).toString()
        const attrs = Object.fromEntries(serverFirst.split(',').map(kv => [kv[0], kv.slice(2)]))
        if (!attrs.r.startsWith(scram.nonce)) throw new Error('SCRAM: server nonce does not extend ours')
        const salted = pbkdf2Sync(password, Buffer.from(attrs.s, 'base64'), Number(attrs.i), 32, 'sha256')
        const clientKey = createHmac('sha256', salted).update('Client Key').digest()
        const storedKey = createHash('sha256').update(clientKey).digest()
        const withoutProof = `c=biws,r=${attrs.r}`
        const signature = createHmac('sha256', storedKey).update(`${scram.bare},${serverFirst},${withoutProof}`).digest()
        const proof = Buffer.from(clientKey.map((b, i) => b ^ signature[i])).toString('base64')
        this.send('p', Buffer.from(`${withoutProof},p=${proof}`))
      } else if (code !== 0 && code !== 12) throw new Error(`unsupported authentication request ${code}`)
    }
  }

  /** Runs a simple query; resolves to the rows of the last statement (arrays of strings or null). */
  async query(sql) {
    this.send('Q', Buffer.from(`${sql}\0`))
    let rows = []
    let error
    for (;;) {
      const m = await this.next()
      if (m.type === 'T') rows = []
      else if (m.type === 'D') rows.push(dataRow(m.body))
      else if (m.type === 'E') error = new Error(errorText(m.body))
      else if (m.type === 'Z') {
        if (error) throw error
        return rows
      }
    }
  }

  close() {
    this.send('X', Buffer.alloc(0))
    this.socket.end()
  }
}

function dataRow(body) {
  const count = body.readInt16BE(0)
  const values = []
  let at = 2
  for (let i = 0; i < count; i++) {
    const length = body.readInt32BE(at)
    at += 4
    if (length < 0) values.push(null)
    else {
      values.push(body.subarray(at, at + length).toString('utf8'))
      at += length
    }
  }
  return values
}

function errorText(body) {
  const fields = {}
  for (const part of body.toString('utf8').split('\0')) if (part) fields[part[0]] = part.slice(1)
  return `${fields.S ?? 'ERROR'} ${fields.C ?? ''}: ${fields.M ?? 'unknown error'}`
}
