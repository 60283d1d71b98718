import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);

// src/knowledge/names.generated.ts
var SERVICE_NAMES = [
  { "name": "postgresql", "aliases": ["postgresql", "postgres", "pg", "pgsql"], "family": "sql", "remediation": "Start PostgreSQL (a `postgres` service container) and export DATABASE_URL / PG* to the tests." },
  { "name": "mysql", "aliases": ["mysql"], "family": "sql", "remediation": "Start MySQL (a `mysql` service container) and export MYSQL_URL / DATABASE_URL to the tests." },
  { "name": "mariadb", "aliases": ["mariadb"], "family": "sql", "reportsAs": "mysql", "remediation": "Start MariaDB (a `mariadb` service container) and export MYSQL_URL / DATABASE_URL to the tests." },
  { "name": "redis", "aliases": ["redis", "valkey"], "remediation": "Start Redis (a `redis` service container) and export REDIS_URL to the tests." },
  { "name": "mongodb", "aliases": ["mongodb", "mongo"], "remediation": "Start MongoDB (a `mongo` service container) and export MONGODB_URL to the tests." },
  { "name": "rabbitmq", "aliases": ["rabbitmq", "rabbit", "amqp"], "remediation": "Start RabbitMQ (a `rabbitmq` service container) and export AMQP_URL to the tests." },
  { "name": "kafka", "aliases": ["kafka"], "remediation": "Start Kafka (a broker container) and point the tests at its bootstrap servers." },
  { "name": "elasticsearch", "aliases": ["elasticsearch", "elastic", "opensearch", "es"], "remediation": "Start Elasticsearch/OpenSearch and point the tests at it." },
  { "name": "sqlserver", "aliases": ["sqlserver", "mssql", "sql-server"], "family": "sql", "remediation": "Start SQL Server and point the tests at it." },
  { "name": "memcached", "aliases": ["memcached", "memcache"], "remediation": "Start memcached and point the tests at it." },
  { "name": "cassandra", "aliases": ["cassandra", "scylla", "scylladb"], "remediation": "Start Cassandra (a `cassandra` service container) and point the tests at it." },
  { "name": "nats", "aliases": ["nats", "nats-server"], "remediation": "Start a NATS server (a `nats` service container) and export NATS_URL to the tests." },
  { "name": "clickhouse", "aliases": ["clickhouse", "clickhouse-server"], "family": "sql", "remediation": "Start ClickHouse (a `clickhouse/clickhouse-server` service container) and export CLICKHOUSE_URL to the tests." },
  { "name": "minio", "aliases": ["minio", "s3-minio"], "remediation": "Start MinIO (a `minio/minio` service container, `server /data`) and export MINIO_ENDPOINT / S3_ENDPOINT to the tests." },
  { "name": "docker", "aliases": ["docker", "dockerd", "testcontainers"], "remediation": "Run the job on a runner with a Docker daemon (ubuntu-latest has one), or declare the dependency so a conditional approval is possible." }
];

// src/knowledge/names.ts
var SQL_FAMILY = "sql";
var byName = /* @__PURE__ */ new Map();
for (const s of SERVICE_NAMES) for (const alias of [s.name, ...s.aliases]) byName.set(alias.toLowerCase(), s);
function canonicalService(name) {
  const key = name.trim().toLowerCase();
  if (key === SQL_FAMILY) return SQL_FAMILY;
  return byName.get(key)?.name;
}
function satisfies(declared, detected) {
  const d = canonicalService(declared) ?? declared;
  if (d === detected) return true;
  if (detected === SQL_FAMILY) return d === SQL_FAMILY || byName.get(d.toLowerCase())?.family === SQL_FAMILY;
  const declaredAs = byName.get(d.toLowerCase());
  const detectedAs = byName.get(detected.toLowerCase());
  return declaredAs !== void 0 && detectedAs !== void 0 && (declaredAs.reportsAs ?? declaredAs.name) === (detectedAs.reportsAs ?? detectedAs.name);
}
function remediationFor(service) {
  if (service === SQL_FAMILY) return "Start the SQL database the tests connect to (the task declares which) and export its connection variables to the tests.";
  return byName.get(service.toLowerCase())?.remediation ?? `Provide ${service} to the tests.`;
}

export {
  SERVICE_NAMES,
  SQL_FAMILY,
  canonicalService,
  satisfies,
  remediationFor
};
