// The catalogue of services coach-gate knows by name: canonical names, the aliases
// people write in task frontmatter, and the well-known ports that identify them in logs.

export interface ServiceInfo {
  readonly name: string
  readonly aliases: readonly string[]
  readonly ports: readonly number[]
  /** What to tell a human when this service was missing. */
  readonly remediation: string
}

export const SERVICES: readonly ServiceInfo[] = [
  { name: 'postgresql', aliases: ['postgres', 'pg', 'pgsql', 'postgresql'], ports: [5432], remediation: 'Start PostgreSQL (a `postgres` service container) and export DATABASE_URL / PG* to the tests.' },
  { name: 'mysql', aliases: ['mysql'], ports: [3306], remediation: 'Start MySQL (a `mysql` service container) and export MYSQL_URL / DATABASE_URL to the tests.' },
  { name: 'mariadb', aliases: ['mariadb'], ports: [], remediation: 'Start MariaDB (a `mariadb` service container) and export MYSQL_URL / DATABASE_URL to the tests.' },
  { name: 'redis', aliases: ['redis', 'valkey'], ports: [6379], remediation: 'Start Redis (a `redis` service container) and export REDIS_URL to the tests.' },
  { name: 'mongodb', aliases: ['mongo', 'mongodb'], ports: [27017], remediation: 'Start MongoDB (a `mongo` service container) and export MONGODB_URL to the tests.' },
  { name: 'rabbitmq', aliases: ['rabbitmq', 'rabbit', 'amqp'], ports: [5672], remediation: 'Start RabbitMQ (a `rabbitmq` service container) and export AMQP_URL to the tests.' },
  { name: 'kafka', aliases: ['kafka'], ports: [9092], remediation: 'Start Kafka (a broker container) and point the tests at its bootstrap servers.' },
  { name: 'elasticsearch', aliases: ['elasticsearch', 'elastic', 'opensearch', 'es'], ports: [9200], remediation: 'Start Elasticsearch/OpenSearch and point the tests at it.' },
  { name: 'sqlserver', aliases: ['sqlserver', 'mssql', 'sql-server'], ports: [1433], remediation: 'Start SQL Server and point the tests at it.' },
  { name: 'memcached', aliases: ['memcached', 'memcache'], ports: [11211], remediation: 'Start memcached and point the tests at it.' },
  { name: 'docker', aliases: ['docker', 'dockerd', 'testcontainers'], ports: [2375, 2376], remediation: 'Run the job on a runner with a Docker daemon (ubuntu-latest has one), or declare the dependency so a conditional approval is possible.' }
]

const byAlias = new Map<string, ServiceInfo>()
for (const service of SERVICES) {
  byAlias.set(service.name, service)
  for (const alias of service.aliases) byAlias.set(alias, service)
}

const byPort = new Map<number, ServiceInfo>()
for (const service of SERVICES) for (const port of service.ports) byPort.set(port, service)

/** Canonical name for a declared service, or undefined when coach-gate does not know it. */
export function canonicalService(name: string): string | undefined {
  return byAlias.get(name.trim().toLowerCase())?.name
}

export function serviceForPort(port: number): string | undefined {
  return byPort.get(port)?.name
}

export function serviceInfo(name: string): ServiceInfo | undefined {
  return byAlias.get(name)
}

/** MySQL and MariaDB speak one protocol: a declared `mariadb` satisfies a detected `mysql`. */
export function sameService(declared: string, detected: string): boolean {
  if (declared === detected) return true
  const mysqlFamily = new Set(['mysql', 'mariadb'])
  return mysqlFamily.has(declared) && mysqlFamily.has(detected)
}
