// Readiness: does the service accept a client? Each probe speaks the first step of the
// service's own protocol over node:net, because Docker's port proxy accepts TCP
// connections long before the service inside listens. Only node:net; no drivers.
import net from 'node:net'
import type { Readiness } from '../knowledge/definitions.js'

/** A protocol by name, or a service definition's readiness (which may be a text greeting). */
export type ProbeKind = Exclude<Readiness['protocol'], 'text'> | Readiness

export interface ProbeResult {
  readonly ready: boolean
  /** What the service said (or why the probe failed), one line. */
  readonly detail: string
}

/** What to send first (if anything), and how to judge the bytes received so far. */
interface Protocol {
  readonly hello: Buffer | undefined
  /** undefined: need more bytes; otherwise the verdict. */
  judge(received: Buffer): ProbeResult | undefined
}

export function probe(kind: ProbeKind, host: string, port: number, timeoutMs = 1000): Promise<ProbeResult> {
  const protocol = protocolFor(kind)
  return new Promise(resolve => {
    let received = Buffer.alloc(0)
    let settled = false
    const socket = net.createConnection({ host, port })
    const done = (result: ProbeResult): void => {
      if (settled) return
      settled = true
      socket.destroy()
      resolve(result)
    }
    socket.setNoDelay(true)
    socket.setTimeout(timeoutMs, () => done({ ready: false, detail: `no answer within ${timeoutMs} ms` }))
    socket.on('connect', () => {
      if (protocol.hello) socket.write(protocol.hello)
    })
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk])
      const verdict = protocol.judge(received)
      if (verdict) done(verdict)
      else if (received.length > 64 * 1024) done({ ready: false, detail: 'unrecognised answer' })
    })
    socket.on('error', error => done({ ready: false, detail: error.message }))
    // Docker's proxy accepts, then closes when nothing listens behind it.
    socket.on('close', () => done({ ready: false, detail: received.length === 0 ? 'connection closed without an answer' : 'connection closed mid-answer' }))
  })
}

export interface WaitOptions {
  readonly timeoutMs: number
  readonly signal?: AbortSignal
  /** Per-attempt socket timeout. */
  readonly attemptTimeoutMs?: number
  readonly backoff?: Backoff
  /** The probe to poll; defaults to the protocol probe. Replaceable for the benchmark's baseline. */
  readonly check?: () => Promise<ProbeResult>
}

export interface WaitResult {
  readonly ready: boolean
  readonly attempts: number
  readonly elapsedMs: number
  /** The last probe's detail: the greeting when ready, the last failure otherwise. */
  readonly detail: string
  readonly aborted: boolean
}

export interface Backoff {
  readonly initialMs: number
  readonly factor: number
  readonly maxMs: number
}

/**
 * Short first waits catch fast services at once; the cap bounds how late a ready service
 * is noticed (the readiness latency) while keeping a slow start to a few probes a second.
 */
export const DEFAULT_BACKOFF: Backoff = { initialMs: 10, factor: 1.5, maxMs: 100 }

/** The wait before attempt n+1 (n counts from 0). Pure, for the unit tests. */
export function backoffDelay(attempt: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  return Math.min(backoff.maxMs, backoff.initialMs * backoff.factor ** attempt)
}

export async function waitUntilReady(kind: ProbeKind, host: string, port: number, options: WaitOptions): Promise<WaitResult> {
  const started = performance.now()
  const deadline = started + options.timeoutMs
  const attemptTimeout = options.attemptTimeoutMs ?? 1000
  const check = options.check ?? ((): Promise<ProbeResult> => probe(kind, host, port, Math.max(50, Math.min(attemptTimeout, deadline - performance.now()))))
  let attempts = 0
  let detail = 'not probed'
  for (;;) {
    if (options.signal?.aborted) return { ready: false, attempts, elapsedMs: performance.now() - started, detail: 'cancelled', aborted: true }
    attempts++
    const result = await check()
    detail = result.detail
    if (result.ready) return { ready: true, attempts, elapsedMs: performance.now() - started, detail, aborted: false }
    const remaining = deadline - performance.now()
    if (remaining <= 0) return { ready: false, attempts, elapsedMs: performance.now() - started, detail, aborted: false }
    await sleep(Math.min(backoffDelay(attempts - 1, options.backoff), remaining), options.signal)
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise(resolve => {
    const timer = setTimeout(done, ms)
    function done(): void {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}

// ── The protocols ────────────────────────────────────────────────────────────────

function protocolFor(kind: ProbeKind): Protocol {
  const readiness: Readiness = typeof kind === 'string' ? { protocol: kind } : kind
  if (readiness.protocol === 'text') return textProtocol(readiness.hello, readiness.ready)
  return PROTOCOLS[readiness.protocol]()
}

/** A text protocol (memcached's `version`, NATS's `INFO {...}` greeting): ready when the first line matches. */
function textProtocol(hello: string | undefined, ready: RegExp): Protocol {
  return {
    hello: hello === undefined ? undefined : Buffer.from(hello),
    judge: data => {
      const end = data.indexOf('\n')
      if (end < 0) return data.length > 4096 ? { ready: false, detail: 'no line in the first 4 KiB' } : undefined
      const line = data.subarray(0, end).toString('utf8').replace(/\r$/, '')
      return ready.test(line) ? { ready: true, detail: `answered ${line.slice(0, 80)}` } : { ready: false, detail: `answered ${line.slice(0, 80)}` }
    }
  }
}

const PROTOCOLS: Record<Exclude<Readiness['protocol'], 'text'>, () => Protocol> = {
  postgresql: () => ({ hello: postgresStartup('test', 'test'), judge: judgePostgres }),
  mysql: () => ({ hello: undefined, judge: judgeMysql }),
  redis: () => ({ hello: Buffer.from('*1\r\n$4\r\nPING\r\n'), judge: judgeRedis }),
  mongodb: () => ({ hello: mongoHello(), judge: judgeMongo }),
  amqp: () => ({ hello: Buffer.from([0x41, 0x4d, 0x51, 0x50, 0, 0, 9, 1]), judge: judgeAmqp })
}

/** A StartupMessage (protocol 3.0), as pg_isready sends. Any authentication request means ready. */
export function postgresStartup(user: string, database: string): Buffer {
  const params = Buffer.from(`user\0${user}\0database\0${database}\0application_name\0coach-gate-readiness\0\0`)
  const head = Buffer.alloc(8)
  head.writeInt32BE(8 + params.length, 0)
  head.writeInt32BE(196608, 4)
  return Buffer.concat([head, params])
}

export function judgePostgres(data: Buffer): ProbeResult | undefined {
  if (data.length < 5) return undefined
  const type = String.fromCharCode(data[0] as number)
  const length = data.readInt32BE(1)
  if (type === 'R') return { ready: true, detail: 'PostgreSQL asked for authentication' }
  if (type !== 'E') return { ready: false, detail: `unexpected PostgreSQL message '${type}'` }
  if (data.length < 1 + length) return undefined
  const fields = parsePostgresError(data.subarray(5, 1 + length))
  // 57P03: the database system is starting up (or shutting down, or in recovery): not yet.
  if (fields.C === '57P03') return { ready: false, detail: fields.M ?? 'starting up' }
  // Any other error (no such database, auth) still proves the server accepts clients.
  return { ready: true, detail: `PostgreSQL answered: ${fields.M ?? fields.C ?? 'error'}` }
}

function parsePostgresError(body: Buffer): Record<string, string> {
  const fields: Record<string, string> = {}
  let at = 0
  while (at < body.length && body[at] !== 0) {
    const code = String.fromCharCode(body[at] as number)
    const end = body.indexOf(0, at + 1)
    if (end < 0) break
    fields[code] = body.subarray(at + 1, end).toString('utf8')
    at = end + 1
  }
  return fields
}

/** The server speaks first: a HandshakeV10 packet (protocol 10), or an error packet (0xff). */
export function judgeMysql(data: Buffer): ProbeResult | undefined {
  if (data.length < 5) return undefined
  const length = data.readUIntLE(0, 3)
  if (data.length < 4 + length) return undefined
  const payload = data.subarray(4, 4 + length)
  if (payload[0] === 0x0a) {
    const end = payload.indexOf(0, 1)
    return { ready: true, detail: `MySQL handshake, server ${payload.subarray(1, end < 0 ? undefined : end).toString('latin1')}` }
  }
  if (payload[0] === 0xff) return { ready: false, detail: `MySQL error: ${payload.subarray(3).toString('utf8').replace(/^#\w{5}/, '')}` }
  return { ready: false, detail: `unexpected MySQL packet 0x${(payload[0] ?? 0).toString(16)}` }
}

export function judgeRedis(data: Buffer): ProbeResult | undefined {
  const end = data.indexOf('\r\n')
  if (end < 0) return undefined
  const line = data.subarray(0, end).toString('utf8')
  if (line === '+PONG') return { ready: true, detail: 'Redis answered PONG' }
  // Auth required still means Redis accepts clients; LOADING means the dataset is not in memory yet.
  if (/^-(NOAUTH|WRONGPASS)/.test(line)) return { ready: true, detail: `Redis answered ${line.slice(1)}` }
  return { ready: false, detail: `Redis answered ${line}` }
}

/** OP_MSG { hello: 1, $db: 'admin' }: the handshake every current driver starts with. */
export function mongoHello(): Buffer {
  const doc = bson([['hello', 1], ['$db', 'admin']])
  const header = Buffer.alloc(16)
  const body = Buffer.concat([Buffer.alloc(4), Buffer.from([0]), doc])
  header.writeInt32LE(16 + body.length, 0)
  header.writeInt32LE(1, 4)
  header.writeInt32LE(0, 8)
  header.writeInt32LE(2013, 12)
  return Buffer.concat([header, body])
}

export function judgeMongo(data: Buffer): ProbeResult | undefined {
  if (data.length < 4) return undefined
  const length = data.readInt32LE(0)
  if (length < 21 || length > 48 * 1024 * 1024) return { ready: false, detail: 'not a MongoDB reply' }
  if (data.length < length) return undefined
  if (data.readInt32LE(12) !== 2013) return { ready: false, detail: `unexpected MongoDB opcode ${data.readInt32LE(12)}` }
  // flagBits (4), then section kind 0 and its document.
  if (data[20] !== 0) return { ready: false, detail: 'unexpected MongoDB section' }
  const fields = readBsonTop(data.subarray(21, length))
  if (fields.ok === 1) return { ready: true, detail: 'MongoDB answered hello' }
  return { ready: false, detail: `MongoDB hello not ok${typeof fields.errmsg === 'string' ? `: ${fields.errmsg}` : ''}` }
}

/** The server's first frame: Connection.Start (class 10, method 10) on channel 0. */
export function judgeAmqp(data: Buffer): ProbeResult | undefined {
  if (data.length >= 4 && data.subarray(0, 4).toString('latin1') === 'AMQP') {
    return data.length < 8 ? undefined : { ready: false, detail: `broker wants AMQP ${data[5]}-${data[6]}-${data[7]}` }
  }
  if (data.length < 11) return undefined
  if (data[0] === 1 && data.readUInt16BE(1) === 0 && data.readUInt16BE(7) === 10 && data.readUInt16BE(9) === 10) {
    return { ready: true, detail: 'AMQP Connection.Start received' }
  }
  return { ready: false, detail: 'unexpected AMQP frame' }
}

// ── Just enough BSON ─────────────────────────────────────────────────────────────

function bson(fields: [string, number | string][]): Buffer {
  const parts: Buffer[] = []
  for (const [name, value] of fields) {
    const key = Buffer.from(`${name}\0`)
    if (typeof value === 'number') {
      const v = Buffer.alloc(4)
      v.writeInt32LE(value, 0)
      parts.push(Buffer.from([0x10]), key, v)
    } else {
      const text = Buffer.from(`${value}\0`)
      const len = Buffer.alloc(4)
      len.writeInt32LE(text.length, 0)
      parts.push(Buffer.from([0x02]), key, len, text)
    }
  }
  const body = Buffer.concat([...parts, Buffer.from([0])])
  const size = Buffer.alloc(4)
  size.writeInt32LE(4 + body.length, 0)
  return Buffer.concat([size, body])
}

/** Top-level numbers and strings of a BSON document; nested values are skipped. */
export function readBsonTop(doc: Buffer): Record<string, number | string | boolean> {
  const out: Record<string, number | string | boolean> = {}
  let at = 4
  const fixed: Record<number, number> = { 0x01: 8, 0x07: 12, 0x08: 1, 0x09: 8, 0x0a: 0, 0x10: 4, 0x11: 8, 0x12: 8, 0x13: 16, 0x7f: 0, 0xff: 0 }
  while (at < doc.length && doc[at] !== 0) {
    const type = doc[at] as number
    const nameEnd = doc.indexOf(0, at + 1)
    if (nameEnd < 0) break
    const name = doc.subarray(at + 1, nameEnd).toString('utf8')
    at = nameEnd + 1
    if (type === 0x01) out[name] = doc.readDoubleLE(at)
    else if (type === 0x10) out[name] = doc.readInt32LE(at)
    else if (type === 0x08) out[name] = doc[at] === 1
    else if (type === 0x02) out[name] = doc.subarray(at + 4, at + 4 + doc.readInt32LE(at) - 1).toString('utf8')
    if (type in fixed) at += fixed[type] as number
    else if (type === 0x02 || type === 0x0d || type === 0x0e) at += 4 + doc.readInt32LE(at)
    else if (type === 0x03 || type === 0x04) at += doc.readInt32LE(at)
    else if (type === 0x05) at += 5 + doc.readInt32LE(at)
    else break
  }
  return out
}
