import net from 'node:net'
import { readSettings } from '../../src/inputs/settings.js'
import { afterEach, describe, expect, it } from 'vitest'
import { connectionEnv, planServices } from '../../src/services/catalogue.js'
import { redactUrl } from '../../src/services/redact.js'
import { containerName, parsePublishedPort, runArguments, runIdentity } from '../../src/services/containers.js'
import { renderServices, serviceFailureVerdict, servicesOutput, NO_SERVICES, type ServicesRecord } from '../../src/services/outcome.js'
import { decide } from '../../src/decide/decision.js'
import { backoffDelay, judgeAmqp, judgeMongo, judgeMysql, judgePostgres, judgeRedis, mongoHello, postgresStartup, probe, readBsonTop, waitUntilReady } from '../../src/services/readiness.js'

describe('planServices', () => {
  it('starts known services with default or overridden images, in order, once each', () => {
    const plan = planServices(['postgresql', 'redis', 'postgresql', 'rabbitmq'], { postgres: 'local/pg:1' })
    expect(plan.start.map(p => [p.spec.service, p.image])).toEqual([['postgresql', 'local/pg:1'], ['redis', 'redis:7-alpine'], ['rabbitmq', 'rabbitmq:3-alpine']])
    expect(plan.skipped).toEqual([])
  })
  it('reports unknown and unstartable services and stray overrides', () => {
    const plan = planServices(['frobnicator', 'kafka', 'docker', 'mongodb'], { kafka: 'x', nosuch: 'y', mongo: 'mongo:6' })
    expect(plan.start.map(p => [p.spec.service, p.image])).toEqual([['mongodb', 'mongo:6']])
    expect(plan.skipped.map(s => s.service)).toEqual(['frobnicator', 'kafka', 'docker'])
    expect(plan.skipped[0]?.reason).toMatch(/unknown service/)
    expect(plan.skipped[1]?.reason).toMatch(/cannot start kafka/)
    expect(plan.unusedImages).toEqual(['kafka', 'nosuch'])
  })
  it('defaults to the official images', () => {
    const images = Object.fromEntries(planServices(['postgresql', 'mysql', 'mariadb', 'redis', 'mongodb', 'rabbitmq'], {}).start.map(p => [p.spec.service, p.image]))
    expect(images).toEqual({ postgresql: 'postgres:16-alpine', mysql: 'mysql:8', mariadb: 'mariadb:11', redis: 'redis:7-alpine', mongodb: 'mongo:7', rabbitmq: 'rabbitmq:3-alpine' })
  })
})

describe('connection settings', () => {
  it('gives each service its variables', () => {
    const env = connectionEnv([{ service: 'postgresql', host: '127.0.0.1', port: 40001 }, { service: 'redis', host: '127.0.0.1', port: 40002 }, { service: 'mysql', host: '127.0.0.1', port: 40003 }, { service: 'mongodb', host: '127.0.0.1', port: 40004 }, { service: 'rabbitmq', host: '127.0.0.1', port: 40005 }])
    expect(env).toMatchObject({
      DATABASE_URL: 'postgresql://test:test@127.0.0.1:40001/test', PGHOST: '127.0.0.1', PGPORT: '40001', PGUSER: 'test', PGPASSWORD: 'test', PGDATABASE: 'test',
      REDIS_URL: 'redis://127.0.0.1:40002', MYSQL_URL: 'mysql://test:test@127.0.0.1:40003/test', MYSQL_HOST: '127.0.0.1', MYSQL_PORT: '40003', MYSQL_USER: 'test', MYSQL_PASSWORD: 'test', MYSQL_DATABASE: 'test',
      MONGODB_URL: 'mongodb://127.0.0.1:40004/test', AMQP_URL: 'amqp://test:test@127.0.0.1:40005/'
    })
  })
  it('points DATABASE_URL at MySQL when there is no PostgreSQL', () => {
    expect(connectionEnv([{ service: 'mariadb', host: '127.0.0.1', port: 3 }]).DATABASE_URL).toBe('mysql://test:test@127.0.0.1:3/test')
  })
  it('hides passwords', () => {
    expect(redactUrl('postgresql://test:secret@127.0.0.1:5/test')).toBe('postgresql://test:***@127.0.0.1:5/test')
    expect(redactUrl('redis://127.0.0.1:5')).toBe('redis://127.0.0.1:5')
  })
})

describe('containers', () => {
  const identity = runIdentity({ GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '2' }, 'abcd1234')
  it('names and labels each container by run, attempt and invocation, and lets Docker pick the port', () => {
    expect(identity).toEqual({ run: '123-2', invocation: 'abcd1234' })
    const name = containerName(identity, 'postgresql')
    expect(name).toBe('coach-gate-123-2-abcd1234-postgresql')
    const args = runArguments(planServices(['postgresql'], {}).start[0]!, identity, name)
    expect(args.slice(0, 4)).toEqual(['run', '--detach', '--name', name])
    expect(args).toContain('coach-gate.run=123-2')
    expect(args).toContain('coach-gate.invocation=abcd1234')
    expect(args[args.indexOf('--publish') + 1]).toBe('127.0.0.1::5432')
    expect(args).toContain('POSTGRES_PASSWORD=test')
    expect(args.at(-1)).toBe('postgres:16-alpine')
  })
  it('two invocations of one run never share a name', () => {
    expect(containerName(runIdentity({ GITHUB_RUN_ID: '1' }), 'redis')).not.toBe(containerName(runIdentity({ GITHUB_RUN_ID: '1' }), 'redis'))
  })
  it('reads the published port', () => {
    expect(parsePublishedPort('127.0.0.1:49153\n')).toBe(49153)
    expect(parsePublishedPort('0.0.0.0:1\n127.0.0.1:49154\n')).toBe(49154)
    expect(parsePublishedPort('')).toBeUndefined()
  })
})

describe('protocol judges', () => {
  it('PostgreSQL: an authentication request is ready, 57P03 is not yet', () => {
    const startup = postgresStartup('u', 'd')
    expect(startup.readInt32BE(0)).toBe(startup.length)
    expect(startup.readInt32BE(4)).toBe(196608)
    expect(judgePostgres(Buffer.from([0x52, 0, 0, 0, 12, 0, 0, 0, 10]))?.ready).toBe(true)
    const starting = pgError({ S: 'FATAL', C: '57P03', M: 'the database system is starting up' })
    expect(judgePostgres(starting)).toEqual({ ready: false, detail: 'the database system is starting up' })
    expect(judgePostgres(starting.subarray(0, 10))).toBeUndefined()
    expect(judgePostgres(pgError({ S: 'FATAL', C: '3D000', M: 'database "x" does not exist' }))?.ready).toBe(true)
    expect(judgePostgres(Buffer.from('-ERR unknown\r\n'))?.ready).toBe(false)
  })
  it('MySQL: protocol 10 greeting is ready, an error packet is not', () => {
    expect(judgeMysql(mysqlPacket(Buffer.concat([Buffer.from([10]), Buffer.from('8.0.36\0'), Buffer.alloc(20)])))).toEqual({ ready: true, detail: 'MySQL handshake, server 8.0.36' })
    expect(judgeMysql(mysqlPacket(Buffer.concat([Buffer.from([0xff, 0x10, 0x04]), Buffer.from('Too many connections')])))?.ready).toBe(false)
    expect(judgeMysql(Buffer.from([50, 0, 0, 0, 10]))).toBeUndefined()
  })
  it('Redis: PONG and NOAUTH are ready, LOADING is not', () => {
    expect(judgeRedis(Buffer.from('+PONG\r\n'))?.ready).toBe(true)
    expect(judgeRedis(Buffer.from('-NOAUTH Authentication required.\r\n'))?.ready).toBe(true)
    expect(judgeRedis(Buffer.from('-LOADING Redis is loading the dataset in memory\r\n'))?.ready).toBe(false)
    expect(judgeRedis(Buffer.from('+PO'))).toBeUndefined()
  })
  it('MongoDB: hello with ok 1 is ready', () => {
    const hello = mongoHello()
    expect(hello.readInt32LE(0)).toBe(hello.length)
    expect(hello.readInt32LE(12)).toBe(2013)
    expect(readBsonTop(hello.subarray(21))).toEqual({ hello: 1, $db: 'admin' })
    expect(judgeMongo(mongoReply(1))?.ready).toBe(true)
    expect(judgeMongo(mongoReply(0))?.ready).toBe(false)
    expect(judgeMongo(mongoReply(1).subarray(0, 30))).toBeUndefined()
  })
  it('AMQP: Connection.Start is ready; a protocol header back is not', () => {
    expect(judgeAmqp(amqpStart())?.ready).toBe(true)
    expect(judgeAmqp(Buffer.from([0x41, 0x4d, 0x51, 0x50, 0, 0, 9, 1]))).toEqual({ ready: false, detail: 'broker wants AMQP 0-9-1' })
  })
})

describe('probes over real sockets', () => {
  const servers: net.Server[] = []
  afterEach(() => {
    for (const s of servers.splice(0)) s.close()
  })
  const serve = async (onConnection: (socket: net.Socket) => void): Promise<number> => {
    const server = net.createServer(onConnection)
    servers.push(server)
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    return (server.address() as net.AddressInfo).port
  }

  it('each probe recognises its protocol', async () => {
    const pg = await serve(s => s.once('data', () => s.write(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0]))))
    const redis = await serve(s => s.once('data', () => s.write('+PONG\r\n')))
    const mysql = await serve(s => s.write(mysqlPacket(Buffer.concat([Buffer.from([10]), Buffer.from('10.11.6-MariaDB\0'), Buffer.alloc(20)]))))
    const mongo = await serve(s => s.once('data', () => s.write(mongoReply(1))))
    const amqp = await serve(s => s.once('data', () => s.write(amqpStart())))
    expect(await probe('postgresql', '127.0.0.1', pg)).toMatchObject({ ready: true })
    expect(await probe('redis', '127.0.0.1', redis)).toMatchObject({ ready: true })
    expect(await probe('mysql', '127.0.0.1', mysql)).toMatchObject({ ready: true, detail: 'MySQL handshake, server 10.11.6-MariaDB' })
    expect(await probe('mongodb', '127.0.0.1', mongo)).toMatchObject({ ready: true })
    expect(await probe('amqp', '127.0.0.1', amqp)).toMatchObject({ ready: true })
  })

  it('an accepted-then-closed connection (Docker’s proxy with nothing behind it) is not ready', async () => {
    const port = await serve(s => s.destroy())
    expect(await probe('redis', '127.0.0.1', port)).toEqual({ ready: false, detail: 'connection closed without an answer' })
  })

  it('waits with backoff until the service answers, and gives up at the timeout', async () => {
    let connections = 0
    const port = await serve(s => {
      connections++
      if (connections < 4) s.destroy()
      else s.once('data', () => s.write('+PONG\r\n'))
    })
    const ready = await waitUntilReady('redis', '127.0.0.1', port, { timeoutMs: 5000 })
    expect(ready).toMatchObject({ ready: true, attempts: 4 })
    const never = await serve(s => s.destroy())
    const gaveUp = await waitUntilReady('redis', '127.0.0.1', never, { timeoutMs: 300 })
    expect(gaveUp).toMatchObject({ ready: false, detail: 'connection closed without an answer' })
    expect(gaveUp.attempts).toBeGreaterThan(2)
  })

  it('stops waiting when cancelled', async () => {
    const port = await serve(s => s.destroy())
    const controller = new AbortController()
    const waiting = waitUntilReady('redis', '127.0.0.1', port, { timeoutMs: 60_000, signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    expect(await waiting).toMatchObject({ ready: false, aborted: true })
  })
})

describe('backoff', () => {
  it('starts short and is capped', () => {
    const delays = Array.from({ length: 12 }, (_, i) => backoffDelay(i))
    expect(delays[0]).toBe(10)
    expect(delays[1]).toBe(15)
    expect(Math.max(...delays)).toBe(100)
    expect(delays).toEqual([...delays].sort((a, b) => a - b))
  })
})

describe('outcome', () => {
  const failure = { service: 'postgresql', image: 'postgres:16-alpine', stage: 'readiness' as const, reason: 'postgresql did not accept clients within 60 s', logs: ['<b>LOG</b> starting'] }
  // One decider: a declared service that could not be started is one of decide()'s inputs.
  const decideFailure = (gates: { name: string; outcome: string; passed: boolean }[]) => {
    const verdict = serviceFailureVerdict([failure])
    const decision = decide({ testsPassed: false, timedOut: false, serviceFailures: [failure], verdict, declared: ['postgresql'], dockerAvailable: true, gates, trust: { allowed: true, reason: 'same repository' } })
    return { verdict, decision }
  }
  it('a service that cannot be provided is infrastructure/high feedback', () => {
    const { verdict, decision } = decideFailure([])
    expect(verdict).toMatchObject({ classification: 'infrastructure', confidence: 'high', services: ['postgresql'] })
    expect(decision).toMatchObject({ decision: 'feedback', approvedWithoutIndependentTests: false, headline: 'FEEDBACK: infrastructure failure (postgresql)' })
    expect(decision.remediation[0]).toMatch(/service-timeout/)
  })
  it('a failed gate still decides first', () => {
    const { decision } = decideFailure([{ name: 'lint', outcome: 'failure', passed: false }])
    expect(decision.headline).toBe('FEEDBACK: quality gate failed (lint)')
  })
  it('renders the failure with the container log, escaped', () => {
    const record: ServicesRecord = { ...NO_SERVICES, mode: 'started', failures: [failure] }
    const text = renderServices(record).join('\n')
    expect(text).toContain('❌ postgresql')
    expect(text).toContain('&lt;b&gt;LOG&lt;/b&gt; starting')
    expect(renderServices(NO_SERVICES)).toEqual([])
    expect(servicesOutput(NO_SERVICES)).toBe('[]')
  })
})

function pgError(fields: Record<string, string>): Buffer {
  const body = Buffer.from(`${Object.entries(fields).map(([k, v]) => `${k}${v}\0`).join('')}\0`)
  const head = Buffer.alloc(5)
  head.write('E', 0, 'latin1')
  head.writeInt32BE(body.length + 4, 1)
  return Buffer.concat([head, body])
}

function mysqlPacket(payload: Buffer): Buffer {
  const head = Buffer.alloc(4)
  head.writeUIntLE(payload.length, 0, 3)
  return Buffer.concat([head, payload])
}

function mongoReply(ok: number): Buffer {
  const fields: Buffer[] = []
  const isWritable = Buffer.concat([Buffer.from([0x08]), Buffer.from('isWritablePrimary\0'), Buffer.from([1])])
  const okField = Buffer.alloc(8)
  okField.writeDoubleLE(ok)
  fields.push(isWritable, Buffer.from([0x01]), Buffer.from('ok\0'), okField)
  const body = Buffer.concat([...fields, Buffer.from([0])])
  const doc = Buffer.concat([Buffer.alloc(4), body])
  doc.writeInt32LE(doc.length)
  const header = Buffer.alloc(21)
  header.writeInt32LE(21 + doc.length, 0)
  header.writeInt32LE(2013, 12)
  return Buffer.concat([header, doc])
}

function amqpStart(): Buffer {
  const payload = Buffer.alloc(4 + 2)
  payload.writeUInt16BE(10, 0)
  payload.writeUInt16BE(10, 2)
  const frame = Buffer.alloc(7)
  frame.writeUInt8(1, 0)
  frame.writeUInt16BE(0, 1)
  frame.writeUInt32BE(payload.length, 3)
  return Buffer.concat([frame, payload, Buffer.from([0xce])])
}

describe('service-timeout input', () => {
  const read = (value: string): number => readSettings(name => ({ 'test-command': 'npm test', 'service-timeout': value })[name] ?? '').serviceTimeoutSeconds
  it('defaults to 60 seconds and accepts fractions', () => {
    expect(read('')).toBe(60)
    expect(read('2.5')).toBe(2.5)
  })
  it('rejects bad values naming the input', () => {
    expect(() => read('soon')).toThrow(/Input 'service-timeout': 'soon' is not a duration \(e.g. 30 \(seconds\), 30s, 2m or 1h\)/)
    expect(() => read('0')).toThrow(/Input 'service-timeout'/)
  })
})

describe('connection variables (knowledge/definitions.ts)', () => {
  it('name every host, port and URL variable the gate exports for a container it starts', async () => {
    const { SERVICE_DEFINITIONS } = await import('../../src/knowledge/definitions.js')
    for (const s of SERVICE_DEFINITIONS) {
      if (!s.container) continue
      const exported = Object.keys(s.container.connection('127.0.0.1', 49153)).filter(v => /(URL|URI|HOST|PORT)$/.test(v))
      expect(exported.filter(v => !s.connectionVariables.includes(v)), s.name).toEqual([])
    }
  })

  it('MariaDB reports as MySQL, and each satisfies a declaration of the other', async () => {
    const { satisfies, serviceForClient, connectionVariablesOf } = await import('../../src/knowledge/registry.js')
    expect(serviceForClient('npm', 'mariadb')).toBe('mysql')
    expect(satisfies('mariadb', 'mysql')).toBe(true)
    expect(satisfies('mysql', 'mariadb')).toBe(true)
    expect(satisfies('postgresql', 'mysql')).toBe(false)
    expect(connectionVariablesOf('postgresql')).toContain('PGPORT')
    expect(connectionVariablesOf('sql')).toContain('DATABASE_URL')
    expect(connectionVariablesOf('redis')).not.toContain('DATABASE_URL')
  })
})
