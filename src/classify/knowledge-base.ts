// The knowledge base of failure causes. Each rule is data: a name, what it implicates,
// how sure it makes us, the pattern that is its evidence, and why. The classifier only
// interprets these; adding a cause is adding an entry here.
//
// Patterns are matched against one normalised line (see normalise.ts) of at most a few
// KiB. They are written to stay linear: literal anchors, no nested quantifiers.

export type FailureKind = 'infrastructure' | 'code'
export type Confidence = 'high' | 'ambiguous'

/**
 * How a match is interpreted beyond its fixed verdict:
 * - `endpoint`: named groups `host`/`port`/`socket` decide locality and service;
 *   a remote host is at most ambiguous, a local non-service port is the project's own server.
 * - `module:<ecosystem>`: the named group `module` is a missing package; only a known
 *   service client is high, a submodule or relative path is code.
 * - `tool`: the named group `tool` is a missing command line client.
 * - `jdbc`: the named group `protocol` is a JDBC sub-protocol.
 * - `dns`: the named group `host` could not be resolved; a service-like name is local infra.
 */
export type Interpretation = 'endpoint' | 'module:python' | 'module:npm' | 'module:ruby' | 'module:java' | 'tool' | 'jdbc' | 'dns'

export interface Rule {
  readonly id: string
  readonly title: string
  readonly kind: FailureKind
  readonly confidence: Confidence
  /** The service a match implicates; empty when it must come from the line or its context. */
  readonly service: string
  readonly pattern: RegExp
  readonly interpret?: Interpretation
  readonly why: string
}

const infra = (id: string, title: string, service: string, pattern: RegExp, why: string, interpret?: Interpretation): Rule => ({
  id, title, kind: 'infrastructure', confidence: 'high', service, pattern, why, ...(interpret ? { interpret } : {})
})

const ambiguousInfra = (id: string, title: string, pattern: RegExp, why: string, interpret?: Interpretation): Rule => ({
  id, title, kind: 'infrastructure', confidence: 'ambiguous', service: '', pattern, why, ...(interpret ? { interpret } : {})
})

const code = (id: string, title: string, pattern: RegExp, why: string): Rule => ({
  id, title, kind: 'code', confidence: 'high', service: '', pattern, why
})

// Host and port as drivers print them: `127.0.0.1:5432`, `[::1]:6379`, `localhost:27017`.
const HOST_PORT = String.raw`(?<host>\[[0-9A-Fa-f:.]{1,64}\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\w.-]{1,255}):(?<port>\d{1,5})(?!\d)`

export const CONNECTION_RULES: readonly Rule[] = [
  // Libpq (psycopg2, psycopg, Ruby pg, any libpq client) in its several generations.
  infra('postgresql.libpq.server-at', 'PostgreSQL refused the connection (libpq)', 'postgresql',
    /connection to server at "(?<host>[^"]{1,255})"(?: \([^)]{0,64}\))?, port (?<port>\d{1,5}) failed/,
    'libpq reports the host and port it could not reach', 'endpoint'),
  infra('postgresql.libpq.socket', 'PostgreSQL socket missing (libpq)', 'postgresql',
    /connection to server on socket "(?<socket>[^"]{1,255})" failed|accepting connections on Unix domain socket "(?<socket2>[^"]{1,255})"/,
    'no server is listening on the local PostgreSQL socket'),
  infra('postgresql.libpq.could-not-connect', 'PostgreSQL unreachable (libpq)', 'postgresql',
    /could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[oó]n rehusada)|Is the server running (?:on host|locally)/,
    'the libpq client could not reach a PostgreSQL server'),
  infra('postgresql.ruby.connection-bad', 'PostgreSQL unreachable (Ruby pg)', 'postgresql',
    /PG::ConnectionBad\b/, 'the pg gem raises ConnectionBad when it cannot connect'),
  infra('postgresql.jdbc.refused', 'PostgreSQL refused the connection (PgJDBC)', 'postgresql',
    new RegExp(String.raw`PSQLException: Connection to ${HOST_PORT} refused`), 'PgJDBC names the host and port it could not reach', 'endpoint'),
  infra('postgresql.npgsql', 'PostgreSQL unreachable (Npgsql)', 'postgresql',
    /Npgsql(?:\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/, 'Npgsql could not open a connection'),
  infra('postgresql.asyncpg', 'PostgreSQL unreachable (asyncpg)', 'postgresql',
    /asyncpg\.exceptions\.(?:CannotConnectNowError|ConnectionDoesNotExistError)|asyncpg.{0,80}Connect call failed/, 'asyncpg could not reach the server'),

  infra('mysql.cant-connect', 'MySQL unreachable', 'mysql',
    /Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\w.:-]{1,255})'?|through socket)|Mysql2::Error::ConnectionError/, 'the MySQL client library could not reach the server', 'endpoint'),
  infra('mysql.jdbc.link-failure', 'MySQL unreachable (Connector/J)', 'mysql',
    /CommunicationsException: Communications link failure/, 'Connector/J reports a link failure when nothing answers'),
  infra('mysql.mariadb-jdbc', 'MariaDB unreachable (MariaDB Connector/J)', 'mysql',
    /Could not connect to address=\(host=(?<host>[\w.:-]{1,255})\)\(port=(?<port>\d{1,5})\)/, 'the MariaDB driver names the address it could not reach', 'endpoint'),
  infra('mysql.dotnet', 'MySQL unreachable (.NET)', 'mysql',
    /Unable to connect to any of the specified MySQL hosts/, 'MySqlConnector/Connector/NET could not reach any host'),

  infra('redis.py.connecting', 'Redis unreachable (redis-py)', 'redis',
    new RegExp(String.raw`Error (?:-?\d+ )?(?:while )?connecting to ${HOST_PORT}`), 'redis-py names the endpoint it could not reach', 'endpoint'),
  infra('redis.ioredis.max-retries', 'Redis unreachable (ioredis)', 'redis',
    /MaxRetriesPerRequestError: Reached the max retries per request limit/, 'ioredis gives up on a command only when it cannot reach the server'),
  infra('redis.ruby.cannot-connect', 'Redis unreachable (Ruby)', 'redis',
    /(?:Redis|RedisClient)::CannotConnectError/, 'the redis gem could not connect'),
  infra('redis.jedis', 'Redis unreachable (Jedis)', 'redis',
    /JedisConnectionException: (?:Could not get a resource|Failed to connect|java\.net\.ConnectException)/, 'Jedis could not connect to Redis'),
  infra('redis.lettuce', 'Redis unreachable (Lettuce)', 'redis',
    /RedisConnectionException: Unable to connect/, 'Lettuce could not connect to Redis'),
  infra('redis.stackexchange', 'Redis unreachable (StackExchange.Redis)', 'redis',
    /It was not possible to connect to the redis server/, 'StackExchange.Redis could not connect'),

  infra('mongodb.server-selection', 'MongoDB unreachable (server selection)', 'mongodb',
    /ServerSelectionTimeoutError|MongoServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable|A timeout occurred after \d+ms selecting a server|server selection error: server selection timeout/,
    'the MongoDB driver found no server to talk to'),

  infra('memcached.unreachable', 'memcached unreachable', 'memcached',
    /Dalli::RingError: No server available|MemcacheServerError: .{0,80}(?:refused|unreachable)|memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i, 'the memcached client found no server'),

  infra('rabbitmq.unreachable', 'RabbitMQ unreachable', 'rabbitmq',
    /AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed|amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i, 'the AMQP client could not reach the broker'),
  infra('kafka.unreachable', 'Kafka unreachable', 'kafka',
    /NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/, 'the Kafka client found no broker'),
  infra('elasticsearch.unreachable', 'Elasticsearch unreachable', 'elasticsearch',
    /elasticsearch\.exceptions\.ConnectionError|opensearchpy\.exceptions\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/, 'the Elasticsearch client could not connect'),
  infra('sqlserver.unreachable', 'SQL Server unreachable', 'sqlserver',
    /error occurred while establishing a connection to SQL Server|The TCP\/IP connection to the host (?<host>[\w.-]{1,255}), port (?<port>\d{1,5}) has failed|Login timeout expired/, 'the SQL Server client could not connect', 'endpoint'),

  // Docker: the CLI, docker-py, and Testcontainers in each language.
  infra('docker.daemon.cli', 'Docker daemon not running', 'docker',
    /Cannot connect to the Docker daemon|Is the docker daemon running\?|permission denied while trying to connect to the Docker daemon|error during connect: .{0,80}docker/i, 'the Docker CLI could not reach the daemon'),
  infra('docker.daemon.docker-py', 'Docker daemon not reachable (docker-py)', 'docker',
    /DockerException: Error while fetching server API version/, 'docker-py could not reach the daemon'),
  infra('docker.testcontainers', 'No Docker for Testcontainers', 'docker',
    /Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i, 'Testcontainers needs a Docker daemon and found none'),

  // Generic refusals carry no service of their own: it comes from the endpoint or the context.
  infra('network.connect-refused.endpoint', 'Connection refused', '',
    /(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\w.-]{1,255}\/)?|Connect call failed \(')(?<host>\[[0-9A-Fa-f:.]{1,64}\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\w.-]{1,255})(?:'?, |:)(?<port>\d{1,5})(?!\d)/,
    'a client was refused by the endpoint it names', 'endpoint'),
  infra('network.connect-refused.ruby', 'Connection refused (Ruby)', '',
    /Connection refused - connect\(2\) for "?(?<host>[\w.:-]{1,255})"? port (?<port>\d{1,5})/, 'a Ruby client was refused by the endpoint it names', 'endpoint'),
  infra('network.connect-refused.http-pool', 'HTTP endpoint refused (urllib3)', '',
    /HTTPConnectionPool\(host='(?<host>[^']{1,255})', port=(?<port>\d{1,5})\)/, 'urllib3 names the endpoint it could not reach', 'endpoint'),
  infra('network.connect-refused.kafka-node', 'Kafka node unreachable', 'kafka',
    new RegExp(String.raw`Connection to node -?\d+ \((?:[\w.-]*/)?${HOST_PORT}\) could not be established`), 'the Kafka client names the broker it could not reach', 'endpoint'),
  infra('network.connection-refused.python', 'ConnectionRefusedError', '',
    /ConnectionRefusedError|\[Errno 111\] Connection refused|\[Errno 61\] Connection refused/, 'the OS refused a connection; the service comes from the surrounding lines'),
  infra('network.connection-refused.generic', 'Connection refused', '',
    /java\.net\.ConnectException: Connection refused|ConnectionRefused|Connection refused \(os error 111\)|SocketException \(111\)|actively refused it|ECONNREFUSED|Connexion refusée|Verbindungsaufbau abgelehnt|Conexión rehusada|Connessione rifiutata|Conexão recusada/,
    'the OS refused a connection; the service comes from the surrounding lines'),
  infra('network.failed-to-connect.endpoint', 'Failed to connect', '',
    new RegExp(String.raw`Failed to connect to ${HOST_PORT}(?: -| in|:|$)`), 'a client (tedious, many others) names the endpoint it could not reach', 'endpoint'),
  infra('network.unix-socket.missing', 'Service socket missing', '',
    /dial unix (?<socket>\/[^\s:]{1,255}): connect: (?:no such file or directory|connection refused)/, 'no server listens on the unix socket', 'endpoint'),
  infra('network.database-operational-error', 'Database driver could not connect', '',
    /OperationalError\)? .{0,80}(?:connect|connection)/i, 'a database driver raised OperationalError while connecting'),

  // DNS failures: a service host name (as compose or `services:` name them) that does not resolve.
  infra('network.dns.service-host', 'Service host name does not resolve', '',
    /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\w.-]{1,255})|could not translate host name "(?<host2>[\w.-]{1,255})"|lookup (?<host3>[\w.-]{1,255})(?: on [\d.:[\]]+)?: no such host|Error -[23] connecting to (?<host4>[\w.-]{1,255}):|Name or service not known.{0,40}\b(?<host5>[\w.-]{1,255}):\d/,
    'the client could not resolve the service host', 'dns'),
  ambiguousInfra('network.dns.unnamed-host', 'A host name does not resolve',
    /gaierror: \[Errno -[235]\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known/,
    'name resolution failed and the line does not say for which host: it may be a service host or a remote one'),

  // Host tools a test script shells out to.
  infra('tool.missing', 'Service client tool not installed', '',
    /(?:^|[\s:])(?<tool>psql|pg_isready|pg_dump|createdb|mysql|mysqladmin|redis-cli|redis-server|mongosh|mongo|mongod|docker|docker-compose|rabbitmqctl|kafka-topics(?:\.sh)?): (?:command )?not found/,
    'the test script needs a service client tool that is not installed', 'tool')
]

export const MISSING_MODULE_RULES: readonly Rule[] = [
  ambiguousInfra('module.python.missing', 'Python module not installed',
    /(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\w.]{1,200})'?/, 'a Python import failed; a service client missing is infrastructure', 'module:python'),
  ambiguousInfra('module.python.libpq', 'libpq shared library missing', /ImportError: libpq\.so/, 'psycopg2 needs the libpq client library', undefined),
  ambiguousInfra('module.npm.missing', 'npm package not installed',
    /Cannot find (?:module|package) '(?<module>[^'\s]{1,200})'|Failed to load url (?<module2>[^\s(]{1,200}) \(resolved id|Failed to resolve (?:import|entry for package) "(?<module3>[^"\s]{1,200})"/, 'a Node import failed; a service client missing is infrastructure', 'module:npm'),
  ambiguousInfra('module.ruby.missing', 'Ruby library not installed',
    /cannot load such file -- (?<module>[\w/.-]{1,200})|Could not find gem '(?<module2>[\w-]{1,100})/, 'a Ruby require failed', 'module:ruby'),
  ambiguousInfra('module.java.jdbc-driver', 'JDBC driver not on the classpath',
    /No suitable driver found for jdbc:(?<protocol>\w{1,40})/, 'no JDBC driver is registered for the URL', 'jdbc'),
  ambiguousInfra('module.java.class-not-found', 'Java class not found',
    /ClassNotFoundException: (?<module>[\w.$]{1,200})/, 'a class is missing from the classpath; a known driver class is infrastructure', 'module:java')
]

// Evidence that the failure is in the code. Any of these in a failing run makes it a code failure,
// whatever else the log says: a conditional approval must never cover a real defect.
export const CODE_RULES: readonly Rule[] = [
  // Checked first: these come in the same driver exceptions as a refusal, but the server answered.
  code('code.service-rejected-client', 'The service answered and rejected the client', /FATAL:\s+(?:password authentication failed|database "[^"]{1,200}" does not exist|role "[^"]{1,200}" does not exist|sorry, too many clients already|no pg_hba\.conf entry)|server does not support SSL|Access denied for user '|Unknown database '|\[SSL: [A-Z_]{1,60}\]|NOAUTH Authentication required|WRONGPASS|ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/, 'the service was running and refused the credentials, database or TLS settings the project gave it: a configuration defect, not missing infrastructure'),
  code('code.assertion.python', 'Assertion failed (Python)', /(?<!except |raise )\bAssertionError(?=:|\s*$)|^E\s+assert\b|^E\s+(?:where|and) |Failed: DID NOT RAISE/, 'a test assertion failed'),
  code('code.assertion.jest', 'Expectation failed (jest/vitest)', /^\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /, 'jest or vitest printed a failed expectation'),
  code('code.assertion.node', 'Assertion failed (node:assert/chai)', /AssertionError \[ERR_ASSERTION\]|Expected values to be (?:strictly |loosely )?(?:deep-)?equal|\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\b/, 'an assertion failed'),
  code('code.assertion.java', 'Assertion failed (JUnit/AssertJ)', /AssertionFailedError|java\.lang\.AssertionError|ComparisonFailure|expected:\s?<.{0,200}> but was:\s?</, 'a JUnit assertion failed'),
  code('code.assertion.go', 'Assertion failed (Go)', /Error:\s+(?:Not equal|Should (?:be|not be|contain)|Expected|"[^"]*" does not contain)|\bgot:? .{0,200}\bwant:? |\bwant .{0,200}, got |_test\.go:\d+: .{0,300}\b(?:want|wanted|expected)\b/, 'a Go test assertion failed'),
  code('code.assertion.rust', 'Assertion failed (Rust)', /assertion `left (?:==|!=) right` failed|assertion failed: |assertion failed: `\(left (?:==|!=) right\)`/, 'a Rust assertion failed'),
  code('code.assertion.expected-value', 'Expected value differs (RSpec, Minitest, node:test)', /^\s+expected: |^\s+got: |\(compared using (?:==|eql\?|equal\?)\)|Expected .{0,200} to (?:be|equal|include|eq)\b/, 'an expectation printed the value it wanted (RSpec, Minitest, node:test)'),
  code('code.assertion.dotnet', 'Assertion failed (.NET)', /Assert\.\w+\(\) Failure|^\s*But was:|Expected: .{0,200}\s+But was:|Xunit\.Sdk\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception/, 'an xUnit or NUnit assertion failed'),
  code('code.assertion.expected-got', 'Expected one value, got another', /\bexpected:? [^\n]{1,100}, got:? \S|\bexpected:? [^\n]{1,100} but got:? \S/i, 'a check compared a value and found another'),
  code('code.expects-error', 'A test expected an error and got another', /pytest\.raises\(|assertRaises|assertThrows|\.rejects\.toThrow|\.toThrow(?:Error)?\(|to\.throw\(|raise_error\b|Assert\.Throws|should\.throw/, 'the test checks error behaviour, so a connection error in it is the subject under test'),
  // Only an exception as raised (name then ':' or end of line), not a name in quoted source (`except TypeError:`).
  code('code.runtime-error', 'Runtime error in the code', /(?<!except |except \(|rescue |catch \()\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException)(?=\s?:|\s*$| at [\w$.]{1,200}\.(?:java|kt|scala|groovy):\d)/, 'the code raised a programming error'),
  code('code.compile-error', 'Does not compile', /error\[E\d{4}\]|error TS\d{4}|error CS\d{4}|(?<!except )\b(?:SyntaxError|IndentationError)(?=:|\s*$)|cannot find symbol|COMPILATION ERROR|\.java:\[\d+,\d+\] (?:incompatible types|cannot find symbol)|^e: \S{1,500}\.kts?:\d+:\d+ |\.go:\d+:\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)|Compilation failed/, 'the code does not compile'),
  code('code.panic', 'Panic (Go/Rust runtime error)', /panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference/, 'the code panicked on a programming error')
]

/** Service client packages by ecosystem: a missing one of these is infrastructure/high. */
export const SERVICE_CLIENTS: Readonly<Record<'python' | 'npm' | 'ruby' | 'java', Readonly<Record<string, string>>>> = {
  python: {
    psycopg2: 'postgresql', psycopg: 'postgresql', asyncpg: 'postgresql', pg8000: 'postgresql',
    sqlalchemy: '', pymongo: 'mongodb', motor: 'mongodb', mongoengine: 'mongodb', redis: 'redis', aioredis: 'redis',
    cassandra: 'cassandra', pymysql: 'mysql', MySQLdb: 'mysql', aiomysql: 'mysql', pika: 'rabbitmq', aio_pika: 'rabbitmq',
    kafka: 'kafka', confluent_kafka: 'kafka', aiokafka: 'kafka', elasticsearch: 'elasticsearch', opensearchpy: 'elasticsearch',
    pymssql: 'sqlserver', pyodbc: 'sqlserver', pymemcache: 'memcached', docker: 'docker', testcontainers: 'docker'
  },
  npm: {
    pg: 'postgresql', 'pg-promise': 'postgresql', postgres: 'postgresql', mysql: 'mysql', mysql2: 'mysql', mariadb: 'mysql',
    ioredis: 'redis', redis: 'redis', mongodb: 'mongodb', mongoose: 'mongodb', amqplib: 'rabbitmq', 'amqp-connection-manager': 'rabbitmq',
    kafkajs: 'kafka', '@elastic/elasticsearch': 'elasticsearch', '@opensearch-project/opensearch': 'elasticsearch',
    mssql: 'sqlserver', tedious: 'sqlserver', memjs: 'memcached', dockerode: 'docker', testcontainers: 'docker'
  },
  ruby: { pg: 'postgresql', mysql2: 'mysql', redis: 'redis', mongo: 'mongodb', bunny: 'rabbitmq', elasticsearch: 'elasticsearch', dalli: 'memcached', tiny_tds: 'sqlserver' },
  java: {
    'org.postgresql.Driver': 'postgresql', 'com.mysql.cj.jdbc.Driver': 'mysql', 'com.mysql.jdbc.Driver': 'mysql', 'org.mariadb.jdbc.Driver': 'mysql',
    'com.microsoft.sqlserver.jdbc.SQLServerDriver': 'sqlserver'
  }
}

export const JDBC_PROTOCOLS: Readonly<Record<string, string>> = { postgresql: 'postgresql', mysql: 'mysql', mariadb: 'mysql', sqlserver: 'sqlserver', mongodb: 'mongodb' }

export const TOOL_SERVICES: Readonly<Record<string, string>> = {
  psql: 'postgresql', pg_isready: 'postgresql', pg_dump: 'postgresql', createdb: 'postgresql', mysql: 'mysql', mysqladmin: 'mysql',
  'redis-cli': 'redis', 'redis-server': 'redis', mongosh: 'mongodb', mongo: 'mongodb', mongod: 'mongodb', docker: 'docker',
  'docker-compose': 'docker', rabbitmqctl: 'rabbitmq', 'kafka-topics': 'kafka', 'kafka-topics.sh': 'kafka'
}

/** Names a service host is given in compose files and `services:` blocks. */
export const SERVICE_HOSTNAMES: Readonly<Record<string, string>> = {
  postgres: 'postgresql', postgresql: 'postgresql', pg: 'postgresql', db: '', database: '', mysql: 'mysql', mariadb: 'mysql',
  redis: 'redis', cache: '', mongo: 'mongodb', mongodb: 'mongodb', rabbitmq: 'rabbitmq', rabbit: 'rabbitmq', broker: '',
  kafka: 'kafka', elasticsearch: 'elasticsearch', opensearch: 'elasticsearch', es: 'elasticsearch', mssql: 'sqlserver',
  sqlserver: 'sqlserver', memcached: 'memcached', docker: 'docker'
}

/**
 * Lines that name a service without being a failure: driver frames in a stack trace,
 * connection URLs, well-known ports. They give a generic refusal its service.
 */
export const SERVICE_HINTS: readonly { readonly service: string; readonly pattern: RegExp }[] = [
  { service: 'postgresql', pattern: /psycopg|asyncpg|libpq|pg8000|org\.postgresql|jdbc:postgresql|Npgsql|\bPG::|node_modules\/pg\/|node_modules\/pg-pool|\bpgx\b|lib\/pq|\.s\.PGSQL|postgres(?:ql)?(?:\+\w+)?:\/\/|PSQLException|port 5432\b|:5432\b|sqlx::postgres/i },
  { service: 'mysql', pattern: /pymysql|MySQLdb|mysql\.connector|mysql2|jdbc:mysql|jdbc:mariadb|com\.mysql|MySqlConnector|go-sql-driver|mysqld\.sock|mysql(?:\+\w+)?:\/\/|:3306\b|port 3306\b/i },
  { service: 'redis', pattern: /redis|ioredis|jedis|lettuce|StackExchange\.Redis|:6379\b|port 6379\b/i },
  { service: 'mongodb', pattern: /pymongo|mongoose|mongodb|\bmongo\b|:27017\b/i },
  { service: 'rabbitmq', pattern: /amqp|rabbitmq|\bpika\b|kombu|bunny|:5672\b/i },
  { service: 'kafka', pattern: /kafka|:9092\b/i },
  { service: 'elasticsearch', pattern: /elasticsearch|opensearch|:9200\b/i },
  { service: 'sqlserver', pattern: /sqlserver|SqlClient|mssql|tedious|:1433\b/i },
  { service: 'memcached', pattern: /memcache|:11211\b/i },
  { service: 'docker', pattern: /docker\.sock|docker daemon|testcontainers/i }
]

/**
 * A line that is an assertion or an expectation about an error: infrastructure words on it
 * are the test's subject, not the cause of the failure.
 */
export const ASSERTION_CONTEXT =
  /AssertionError|AssertionFailedError|\bassert(?:Equals?|That|Raises|Throws)?\b|\bexpect\(|\bExpected(?: \w+)?:|\bReceived(?: \w+)?:|\bto (?:equal|match|include|contain|throw|be)\b|\bshould (?:equal|be|match|include|contain|raise)\b|\bbut was\b|pytest\.raises|Assert\.\w+\(/

/** A client announcing another attempt: its refusal is not yet the reason anything failed. */
export const RETRY_CONTEXT = /\bretrying (?:in |after |the |connection|\.\.\.|…)|\bretrying\s*$|\bwill retry\b|\bretry(?:ing)? in \d|\breconnecting\b|\battempt \d{1,4}\s?(?:\/|of)\s?\d/i

/** A test that ran out of time: a consequence (of a service that never answered, or of a hang), never a cause. */
export const TEST_TIMEOUT = /Timeout of \d+ ?ms exceeded|Exceeded timeout of \d+ ?ms|Test timed out in \d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \d/

export const ALL_RULES: readonly Rule[] = [...CODE_RULES, ...CONNECTION_RULES, ...MISSING_MODULE_RULES]
