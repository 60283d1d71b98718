// What coach-gate knows about starting a service as a container: the default image, the
// port inside the container, the image's documented environment variables, and the
// connection settings the tests get. Pure data and pure functions; no Docker here.
import { canonicalService } from '../service-names.js'

import type { ProbeKind } from './readiness.js'

export interface ServiceSpec {
  readonly service: string
  readonly defaultImage: string
  readonly containerPort: number
  readonly probe: ProbeKind
  /** Environment of the container, as the official image documents it. */
  readonly containerEnv: Readonly<Record<string, string>>
  /** Extra arguments after the image name (the container's command), if any. */
  readonly command: readonly string[]
  /** Connection variables for the tests, given where Docker published the port. */
  connection(host: string, port: number): Record<string, string>
  /** The URL for the `services` output and, with the password hidden, the summary. */
  url(host: string, port: number): string
}

/** Throwaway credentials of a container bound to 127.0.0.1 that lives for one step. */
export const CREDENTIALS = { user: 'test', password: 'test', database: 'test' } as const
const { user, password, database } = CREDENTIALS

const postgresUrl = (host: string, port: number): string => `postgresql://${user}:${password}@${host}:${port}/${database}`
const mysqlUrl = (host: string, port: number): string => `mysql://${user}:${password}@${host}:${port}/${database}`

function mysqlFamily(service: 'mysql' | 'mariadb', defaultImage: string): ServiceSpec {
  return {
    service,
    defaultImage,
    containerPort: 3306,
    probe: 'mysql',
    // The mariadb image reads MARIADB_* and, for compatibility, the MYSQL_* names too.
    containerEnv: { MYSQL_ROOT_PASSWORD: password, MYSQL_DATABASE: database, MYSQL_USER: user, MYSQL_PASSWORD: password },
    command: [],
    connection: (host, port) => ({
      MYSQL_URL: mysqlUrl(host, port), MYSQL_HOST: host, MYSQL_PORT: String(port), MYSQL_TCP_PORT: String(port),
      MYSQL_USER: user, MYSQL_PASSWORD: password, MYSQL_DATABASE: database
    }),
    url: mysqlUrl
  }
}

export const CATALOGUE: Readonly<Record<string, ServiceSpec>> = {
  postgresql: {
    service: 'postgresql',
    defaultImage: 'postgres:16-alpine',
    containerPort: 5432,
    probe: 'postgresql',
    containerEnv: { POSTGRES_USER: user, POSTGRES_PASSWORD: password, POSTGRES_DB: database },
    command: [],
    connection: (host, port) => ({
      DATABASE_URL: postgresUrl(host, port), PGHOST: host, PGPORT: String(port), PGUSER: user, PGPASSWORD: password, PGDATABASE: database
    }),
    url: postgresUrl
  },
  mysql: mysqlFamily('mysql', 'mysql:8'),
  mariadb: mysqlFamily('mariadb', 'mariadb:11'),
  redis: {
    service: 'redis',
    defaultImage: 'redis:7-alpine',
    containerPort: 6379,
    probe: 'redis',
    containerEnv: {},
    command: [],
    connection: (host, port) => ({ REDIS_URL: `redis://${host}:${port}`, REDIS_HOST: host, REDIS_PORT: String(port) }),
    url: (host, port) => `redis://${host}:${port}`
  },
  mongodb: {
    service: 'mongodb',
    defaultImage: 'mongo:7',
    containerPort: 27017,
    probe: 'mongodb',
    // No MONGO_INITDB_ROOT_* variables: without them mongod starts once, without auth.
    containerEnv: {},
    command: [],
    connection: (host, port) => ({ MONGODB_URL: `mongodb://${host}:${port}/${database}`, MONGODB_URI: `mongodb://${host}:${port}/${database}`, MONGO_URL: `mongodb://${host}:${port}/${database}` }),
    url: (host, port) => `mongodb://${host}:${port}/${database}`
  },
  rabbitmq: {
    service: 'rabbitmq',
    defaultImage: 'rabbitmq:3-alpine',
    containerPort: 5672,
    probe: 'amqp',
    // RabbitMQ's `guest` may only log in from localhost, and a published port is not localhost.
    containerEnv: { RABBITMQ_DEFAULT_USER: user, RABBITMQ_DEFAULT_PASS: password },
    command: [],
    connection: (host, port) => ({ AMQP_URL: `amqp://${user}:${password}@${host}:${port}/`, RABBITMQ_URL: `amqp://${user}:${password}@${host}:${port}/` }),
    url: (host, port) => `amqp://${user}:${password}@${host}:${port}/`
  }
}

export interface PlannedService {
  readonly spec: ServiceSpec
  readonly image: string
}

export interface ServicePlan {
  /** Services to start, in declaration order. */
  readonly start: readonly PlannedService[]
  /** Declared services that will not be started, each with the reason, for the summary. */
  readonly skipped: readonly { readonly service: string; readonly reason: string }[]
  /** service-images lines that name no service coach-gate can start. */
  readonly unusedImages: readonly string[]
}

/** Which declared services become containers, with which image. */
export function planServices(declared: readonly string[], overrides: Readonly<Record<string, string>>): ServicePlan {
  const images: Record<string, string> = {}
  const unusedImages: string[] = []
  for (const [name, image] of Object.entries(overrides)) {
    const canonical = canonicalService(name)
    if (canonical !== undefined && CATALOGUE[canonical]) images[canonical] = image
    else unusedImages.push(name)
  }
  const start: PlannedService[] = []
  const skipped: { service: string; reason: string }[] = []
  for (const name of declared) {
    const canonical = canonicalService(name) ?? name
    const spec = CATALOGUE[canonical]
    if (spec) {
      if (!start.some(s => s.spec.service === canonical)) start.push({ spec, image: images[canonical] ?? spec.defaultImage })
    } else if (canonical === 'docker') {
      skipped.push({ service: name, reason: 'Docker itself is available; nothing to start' })
    } else if (canonicalService(name) === undefined) {
      skipped.push({ service: name, reason: 'unknown service: coach-gate does not know it, so it was not started' })
    } else {
      skipped.push({ service: name, reason: `coach-gate cannot start ${canonical} as a container yet (it starts ${Object.keys(CATALOGUE).join(', ')}); it was not started` })
    }
  }
  return { start, skipped, unusedImages }
}

/**
 * The variables the test process gets. DATABASE_URL belongs to PostgreSQL; when no
 * PostgreSQL was started it points at MySQL/MariaDB, the other common meaning.
 */
export function connectionEnv(started: readonly { readonly service: string; readonly host: string; readonly port: number }[]): Record<string, string> {
  const env: Record<string, string> = {}
  for (const s of started) Object.assign(env, CATALOGUE[s.service]?.connection(s.host, s.port))
  if (env.DATABASE_URL === undefined && env.MYSQL_URL !== undefined) env.DATABASE_URL = env.MYSQL_URL
  return env
}

/** Hides the password of a URL for the summary and the audit report. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]+:)[^@]*@/i, '$1***@')
}
