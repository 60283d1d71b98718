// Generic connection failures: a refusal, an unreachable host, a pool that never got a
// connection, a host name that does not resolve, a missing tool. They carry no service of their
// own: it comes from the endpoint they name (interpret.ts) or from the unit's other lines.
import { GENERIC_SQL_CLIENTS, HOST_PORT } from '../../knowledge/definitions.js'
import { SERVICES } from '../../knowledge/registry.js'
import { rule, type Indication, type Rule } from '../../knowledge/rule.js'
import { GO_CONNECTION_ERROR } from './code.js'

const infra = (service: string, indication: Indication): Rule => rule('infrastructure', 'high', service, indication)
const maybe = (indication: Indication): Rule => rule('infrastructure', 'ambiguous', '', indication)

/** Every name a service goes by, longest first, for lines that name the service in words. */
const SERVICE_NAMES = [...new Set(SERVICES.flatMap(s => [s.name, ...s.aliases]).filter(n => n.length >= 4))].sort((a, b) => b.length - a.length).map(n => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')

const HOST = String.raw`(?<host>\[[0-9A-Fa-f:.]{1,64}\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\w.-]{1,255})`

/**
 * Mongoose queued an operation for a connection it never had: MongoDB was down, or the code never
 * called `mongoose.connect()` (or called it after the operation). Only possibly the service.
 */
export const NEVER_CONNECTED_RULES: readonly Rule[] = [
  rule('infrastructure', 'ambiguous', 'mongodb', {
    id: 'mongodb.mongoose-buffering', title: 'Mongoose never had a connection',
    patterns: [/Operation `[^`]{1,200}` buffering timed out after \d+ ?ms/],
    examples: ['MongooseError: Operation `users.insertOne()` buffering timed out after 10000ms'],
    counterExamples: ['MongooseServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017'],
    why: 'mongoose buffers operations until a connection opens: none did, whether the server was down or the code never connected'
  }),
  rule('infrastructure', 'ambiguous', 'kafka', {
    id: 'kafka.librdkafka.all-brokers-down', title: 'librdkafka has no broker connection left',
    patterns: [/Local: All broker connections are down/],
    examples: ['RdKafka\\Exception: Local: All broker connections are down', 'KafkaError{code=_ALL_BROKERS_DOWN,val=-187,str="Failed to get watermark offsets: Local: All broker connections are down"}'],
    counterExamples: ['Local: Broker transport failure'],
    why: 'librdkafka (RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN, "Local: All broker connections are down") summarises every broker connection lost: a broker not there, or one that closed a TLS or SASL handshake the client got wrong'
  }),
  // PHP's own database extensions handed a connection that was never opened: pg_connect() returns
  // false when it fails (php-src ext/pgsql/pgsql.c), and a handle left unset is null; the next call
  // then fails on its typed parameter (ext/pgsql/pgsql.stub.php `PgSql\Connection $connection`,
  // ext/mysqli/mysqli.stub.php `mysqli $mysql`; before PHP 8.1 a resource, "expects parameter 1 to
  // be resource"). The connect that failed may be another test's (a library that keeps one handle):
  // the server was down, refused the credentials, or the code never connected. Only possibly the service.
  rule('infrastructure', 'ambiguous', 'postgresql', {
    id: 'postgresql.php.connection-never-opened', title: 'A PostgreSQL connection that was never opened (PHP pgsql)',
    patterns: [/\bpg_\w{1,40}\(\): Argument #1 \(\$connection\) must be of type \??PgSql\\Connection, (?:bool|null) given/, /\bpg_\w{1,40}\(\) expects parameter 1 to be resource, (?:bool|boolean|null) given/],
    examples: ['TypeError: pg_escape_string(): Argument #1 ($connection) must be of type PgSql\\Connection, bool given', 'PHP Fatal error:  Uncaught TypeError: pg_query(): Argument #1 ($connection) must be of type PgSql\\Connection, bool given in /app/src/Db.php:20', 'Warning: pg_query() expects parameter 1 to be resource, boolean given in /app/db.php on line 9'],
    counterExamples: ['TypeError: pg_query(): Argument #2 ($query) must be of type string, array given', 'TypeError: pg_fetch_assoc(): Argument #1 ($result) must be of type PgSql\\Result, bool given', 'TypeError: fclose(): Argument #1 ($stream) must be of type resource, bool given'],
    why: 'a PHP pgsql function got false or null for its connection: pg_connect() failed (a server down, or one that refused the credentials) or was never called'
  }),
  rule('infrastructure', 'ambiguous', 'mysql', {
    id: 'mysql.php.connection-never-opened', title: 'A MySQL connection that was never opened (PHP mysqli)',
    patterns: [/\bmysqli_\w{1,40}\(\): Argument #1 \(\$mysql\) must be of type mysqli, (?:bool|null) given/, /\bmysqli_\w{1,40}\(\) expects parameter 1 to be mysqli, (?:bool|boolean|null) given/],
    examples: ['TypeError: mysqli_real_escape_string(): Argument #1 ($mysql) must be of type mysqli, null given', 'PHP Warning:  mysqli_query() expects parameter 1 to be mysqli, boolean given in /app/db.php on line 7'],
    counterExamples: ['TypeError: mysqli_query(): Argument #2 ($query) must be of type string, null given', 'TypeError: mysqli_fetch_assoc(): Argument #1 ($result) must be of type mysqli_result, bool given'],
    why: 'a PHP mysqli function got false or null for its connection: mysqli_connect() failed (a server down, or one that refused the credentials) or was never called'
  })
]

/** The service answered but was not ready yet: a readiness race of the harness, not a missing service. */
export const NOT_READY_RULES: readonly Rule[] = [
  maybe({
    id: 'service.not-ready', title: 'The service answered that it is not ready yet',
    patterns: [/the database system is (?:starting up|shutting down|in recovery mode)/, /LOADING Redis is loading the dataset in memory/, /server is in the process of starting up/i],
    examples: ['asyncpg.exceptions.CannotConnectNowError: the database system is starting up', 'FATAL:  the database system is starting up'],
    why: 'a server was there and answered that it is starting: the tests did not wait for it to be ready'
  })
]

/** A refusal that names its endpoint: read for where it was refused even when a service's own rule matched the line. */
export const ENDPOINT_REFUSAL: Rule = infra('', {
    id: 'network.refused.endpoint', title: 'Connection refused',
    patterns: [
      new RegExp(String.raw`(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\w.-]{0,255}\/)?|Connect call failed \(')${HOST}(?:'?, |:)(?<port>\d{1,5})(?!\d)`),
      // Java prints an InetSocketAddress as `hostname/literal:port`, the hostname empty when the address was given as a literal
      // (JDK java/net/InetSocketAddress.java toString); netty wraps the refusal in `AbstractChannel$AnnotatedConnectException`,
      // whose message is the JDK's followed by `: ` and that address (netty/netty transport/src/main/java/io/netty/channel/
      // AbstractChannel.java, annotateConnectException): `Connection refused: /127.0.0.1:6379` (the `Connection refused: ` above).
      /Connection refused - connect\(2\) for "?(?<host>[\w.:-]{1,255})"? port (?<port>\d{1,5})/,
      /actively refused it\.? \(?(?<host>[\w.-]{1,255}):(?<port>\d{1,5})\)?/,
      /tcp connect \((?<host>[\w.-]{1,255}):(?<port>\d{1,5})\): (?:connection refused|econnrefused|non-existing domain)/,
      // Go dials the local system for an address without a host (`:6379`).
      /dial tcp :(?<port>\d{1,5}): connect: connection refused/,
      new RegExp(String.raw`https?://${HOST}:(?<port>\d{1,5})[^\s"']{0,300}["']?:? (?:Connection refused|connect(?:ion)? refused)`, 'i'),
      // PHP: Predis `Connection refused [tcp://127.0.0.1:6379]`, streams `Unable to connect to tcp://host:port (Connection refused)`.
      new RegExp(String.raw`Connection refused \[(?:tcp|tls|unix)://${HOST}:(?<port>\d{1,5})\]`),
      new RegExp(String.raw`[Uu]nable to connect to (?:tcp|tls|ssl)://${HOST}:(?<port>\d{1,5}) \((?:Connection refused|.{0,40}\b111\b)`),
      // A client that names the URL it dialled, then the refusal: `Connection to Redis tcp://127.0.0.1:6379 failed ... (111) Connection refused`.
      new RegExp(String.raw`\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?)://${HOST}:(?<port>\d{1,5})(?![\d/])[^\n]{0,160}?\b(?:Connection refused|ECONNREFUSED)`),
      // Any client that says where: `... at localhost:6379: Connection refused`, `127.0.0.1:5432 (Connection refused)`.
      new RegExp(String.raw`\b(?:at|to|on) ${HOST}:(?<port>\d{1,5})(?!\d)[.:,]? \(?(?:[Cc]onnection refused|ECONNREFUSED)`)
    ],
    examples: ['Predis\\Connection\\ConnectionException: Connection refused [tcp://127.0.0.1:6379]', 'stream_socket_client(): Unable to connect to tcp://127.0.0.1:5672 (Connection refused)', 'CredisException: Connection to Redis tcp://127.0.0.1:6379 failed after 1 failures.Last Error : (111) Connection refused', '_pytest.outcomes.Exit: Could not connect to Redis at localhost:6379: Connection refused', 'Error: connect ECONNREFUSED 127.0.0.1:5432', 'dial tcp 127.0.0.1:6379: connect: connection refused', 'redistore_test.go:430: dial tcp :6379: connect: connection refused', "ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 5432)", 'Errno::ECONNREFUSED: Connection refused - connect(2) for "localhost" port 6379', 'java.net.ConnectException: Connection refused: localhost/127.0.0.1:5672', '=> java.util.concurrent.ExecutionException: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: /127.0.0.1:6379', 'Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: localhost/127.0.0.1:5432', 'ResourceAccessException: I/O error on POST request for "http://localhost:8080/api/orders": Connection refused'],
    counterExamples: ['io.netty.channel.ConnectTimeoutException: connection timed out: /127.0.0.1:6379', 'ConnectionError: connection refused by policy: user is not authorized'],
    why: 'a client was refused by the endpoint it names', interpret: 'endpoint'
  })

/**
 * Packages whose exceptions wrap a socket's refusal as their message: the JDK's, and the service clients' and generic SQL
 * clients' of the knowledge base, and the frameworks around them.
 */
const JAVA_WRAPPER_PACKAGES = [...new Set(['io.netty', 'io.vertx', 'reactor', 'org.springframework', 'org.apache.http', 'org.apache.hc', 'org.apache.commons.dbcp2', 'org.apache.tomcat.jdbc', 'okhttp3', 'feign', 'retrofit2', 'io.grpc',
  ...SERVICES.flatMap(s => s.clients.java ?? []), ...GENERIC_SQL_CLIENTS.java])]
/**
 * The JDK's own classes that only ever carry another exception (a task's, a future's, an I/O call's): never the class a
 * project throws with a message of its own. Not `RuntimeException` or `IllegalStateException`, which a project throws
 * with any string (attack 34b); a real wrap of a refusal prints its `Caused by:` line, read on its own.
 */
const JDK_WRAPPERS = ['java.util.concurrent.ExecutionException', 'java.util.concurrent.CompletionException', 'java.io.UncheckedIOException', 'java.lang.reflect.UndeclaredThrowableException', 'java.lang.reflect.InvocationTargetException']

/** Dotted names as one group of literal alternatives. */
const dotted = (names: readonly string[]): string => `(?:${names.map(n => n.replace(/\./g, '\\.')).join('|')})`

export const CONNECTION_RULES: readonly Rule[] = [
  maybe({
    // gocheck's `c.Assert` whose obtained value is a connection's error (`... obtained string = "dial tcp ...: connection
    // refused"`): what the test compared may be state another test left (a shared link's remembered error, attack 35a) as
    // well as its own refused call. Only possible.
    id: 'network.refused.gocheck-obtained', title: 'A compared value is a connection error',
    patterns: [new RegExp(String.raw`^\.\.\. obtained [\w.*[\]{}]{1,100} = (?=[^\n]{0,600}${GO_CONNECTION_ERROR})`)],
    examples: ['... obtained string = "dial tcp 127.0.0.1:6379: connect: connection refused"', '... obtained *net.OpError = &net.OpError{Op:"dial", Net:"tcp", Source:net.Addr(nil)}'],
    counterExamples: ['... obtained string = "reconnecting"'],
    why: 'the value a check compared is a connection error: the test\'s own refused call, or another test\'s'
  }),
  maybe({
    // The JDK's refusal as the message of another exception whose class is none of the JDK's, a client's or a framework's:
    // a project's own error that quotes a refusal's text as data (`com.acme.ErrorKind$UnknownError: java.net.ConnectException:
    // Connection refused` from a classifier of error messages that never connects, attack 33a). Only possible.
    id: 'network.refused.java-quoted', title: 'A refusal\'s text inside another exception\'s message',
    // The refusal may come after words of the project's own (`UnknownError: no kind for: java.net.ConnectException: ...`).
    patterns: [new RegExp(String.raw`(?<![\w$.])(?!${dotted(JAVA_WRAPPER_PACKAGES)}\.|${dotted(JDK_WRAPPERS)}: )(?:[A-Za-z_$][\w$.]{0,300}(?:Exception|Error)[\w$]{0,40}|[a-z][\w$]{0,60}\.[\w$.]{1,300}): (?:[^\n]{0,300}?[\s:(])?java\.net\.ConnectException: Connection refused`)],
    examples: ['    => com.acme.ErrorKind$UnknownError: java.net.ConnectException: Connection refused', '=> java.lang.IllegalStateException: java.net.ConnectException: Connection refused', '=> org.apache.alerts.ErrorKind$UnknownError: java.net.ConnectException: Connection refused', '=> com.acme.ErrorKind$UnknownError: no kind for: java.net.ConnectException: Connection refused', 'java.util.concurrent.ExecutionException: com.acme.status.Unclassified: java.net.ConnectException: Connection refused'],
    counterExamples: ['Caused by: java.net.ConnectException: Connection refused', 'java.util.concurrent.ExecutionException: java.net.ConnectException: Connection refused', 'redis.clients.jedis.exceptions.JedisConnectionException: java.net.ConnectException: Connection refused (Connection refused)', 'org.springframework.data.redis.RedisConnectionFailureException: java.net.ConnectException: Connection refused'],
    why: 'the text of a refusal inside an exception the project threw: a refusal it was given to handle, or one it met'
  }),
  ENDPOINT_REFUSAL,
  infra('', {
    // .NET's SocketsHttpHandler (dotnet/runtime System.Net.Http ConnectHelper.CreateWrappedException:
    // `$"{error.Message} ({host}:{port})"`) on Linux and macOS; Windows' words are read above (`actively refused it`).
    id: 'network.refused.dotnet-http', title: 'HTTP endpoint refused (.NET HttpClient)',
    patterns: [new RegExp(String.raw`HttpRequestException ?: Connection refused \(${HOST}:(?<port>\d{1,5})\)`)],
    examples: ['---- System.Net.Http.HttpRequestException : Connection refused (localhost:9200)', '# OriginalException: System.Net.Http.HttpRequestException: Connection refused (127.0.0.1:9200)'],
    counterExamples: ['System.Net.Http.HttpRequestException : Response status code does not indicate success: 503 (Service Unavailable).', 'System.Net.Http.HttpRequestException : Name or service not known (elasticsearch:9200)'],
    why: '.NET\'s HttpClient names the endpoint that refused it', interpret: 'endpoint', httpClient: true
  }),
  maybe({
    // Node's own connect error after the OS gave up (`connect ETIMEDOUT 10.0.0.5:5432`). Possible only: a local
    // service that is not running refuses at once; a connect that times out dialled an address that does not
    // answer, which is as often the code's (a test of its own timeout, a wrong host) as a service's (attack 27b).
    id: 'network.connect-timeout.endpoint', title: 'Connecting timed out',
    patterns: [new RegExp(String.raw`\bconnect ETIMEDOUT ${HOST}:(?<port>\d{1,5})(?!\d)`)],
    examples: ['Error: connect ETIMEDOUT 127.0.0.1:5432', 'connect ETIMEDOUT 10.1.2.3:6379'],
    counterExamples: ['Error: read ETIMEDOUT', 'Error: connect ETIMEDOUT'],
    why: 'the connection to the endpoint it names timed out before it opened', interpret: 'endpoint'
  }),
  maybe({
    // mysqljs (lib/Connection.js _handleConnectTimeout), mysql2 (lib/base/connection.js _handleTimeoutError)
    // and ioredis (lib/Redis.ts, connectTimeout) make this error themselves, without an address, when the
    // socket did not connect within connectTimeout: the service comes from the unit's other lines.
    id: 'network.connect-timeout.client', title: 'Connecting timed out (Node client connectTimeout)',
    patterns: [/^\s*(?:Error: )?connect ETIMEDOUT\s*$/],
    examples: ['    Error: connect ETIMEDOUT', 'connect ETIMEDOUT'],
    counterExamples: ['Error: read ETIMEDOUT', 'Error: connect ETIMEDOUT 10.1.2.3:5432', 'expect(err.message).toBe("connect ETIMEDOUT")'],
    why: 'a Node client gave up opening its socket (connectTimeout); the service comes from the unit\'s other lines'
  }),
  infra('', {
    id: 'network.refused.http-pool', title: 'HTTP endpoint refused (urllib3)',
    patterns: [/HTTPConnectionPool\(host='(?<host>[^']{1,255})', port=(?<port>\d{1,5})\)/],
    examples: ["requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=9200): Max retries exceeded with url: /"],
    why: 'urllib3 names the endpoint it could not reach', interpret: 'endpoint', httpClient: true
  }),
  infra('', {
    id: 'network.failed-to-connect.endpoint', title: 'Failed to connect',
    patterns: [new RegExp(String.raw`Failed to connect to ${HOST_PORT}(?: -| in|:|$)`), new RegExp(String.raw`Can't reach database server at \`?${HOST}\`?:\`?(?<port>\d{1,5})`), new RegExp(String.raw`[Cc]ould not connect to ${HOST_PORT}`)],
    examples: ['ConnectionError: Failed to connect to localhost:1433 - Could not connect (sequence)', "Error: P1001: Can't reach database server at `localhost`:`5432`"],
    why: 'a client names the endpoint it could not reach', interpret: 'endpoint'
  }),
  infra('', {
    id: 'network.refused', title: 'Connection refused',
    patterns: [/ConnectionRefusedError|\[Errno 111\] Connection refused|\[Errno 61\] Connection refused|\[WinError 10061\]/, /java\.net\.ConnectException: Connection refused|ConnectionRefused|Connection refused \(os error 111\)|SocketException \(111\)|actively refused it|ECONNREFUSED/, /Connexion refusée|Verbindungsaufbau abgelehnt|Conexión rehusada|Connessione rifiutata|Conexão recusada/, /Errno::ECONNREFUSED/, /:econnrefused\b/, /SQLSTATE\[HY000\] \[2002\] Connection refused/, /\b[Cc]onnection failed: Connection refused\b/],
    examples: [':econnrefused', 'ConnectionRefusedError: [Errno 111] Connection refused', 'psycopg.OperationalError: connection failed: Connection refused', 'java.net.ConnectException: Connection refused', 'Os { code: 111, kind: ConnectionRefused, message: "Connection refused" }', 'AggregateError [ECONNREFUSED]: '],
    counterExamples: ['ConnectionError: connection refused by policy: user is not authorized', 'ConnectionError: connection refused'],
    why: 'the OS refused a connection; the service comes from the unit\'s other lines'
  }),
  maybe({
    // nats.js 3 (nats-io/nats.js transport-node/src/node_transport.ts: ECONNREFUSED becomes `new errors.ConnectionError("connection refused")`):
    // a common class name and a common phrase, which a project's own client or fake throws too (attack 27b): possible only.
    id: 'network.refused.nats-js', title: 'Connection refused (nats.js?)',
    patterns: [/^\s*(?:Uncaught )?ConnectionError: connection refused\s*$/],
    examples: ['ConnectionError: connection refused'],
    counterExamples: ['ConnectionError: connection refused by policy: user is not authorized'],
    why: 'nats.js words a refused socket this way; so may any code that names its own error ConnectionError'
  }),
  maybe({
    // The OS's own words for ECONNREFUSED (strerror) as an exception's whole message: a client that
    // passes the socket's error on (mysqlnd's connect_error, which PHP database layers rethrow as
    // their own `DriverException`). Possible only: a project's own class says the same of its own
    // sockets (attack 27d: a retry loop one attempt short, a failover that dials the wrong node).
    id: 'network.refused.strerror', title: 'Connection refused',
    patterns: [/^(?:# )?\s{0,12}(?:PHP Fatal error:\s{1,4}Uncaught )?(?:[A-Za-z_$][\w$]{0,80}(?:\.|\\|::)){0,8}[A-Z]\w{0,80}(?:Exception|Error): Connection refused\.?\s*$/],
    examples: ['   Dibi\\DriverException: Connection refused', '# Dibi\\DriverException: Connection refused'],
    counterExamples: ['RuntimeException: Connection refused by policy for tenant 42', 'Dibi\\DriverException: Connection refused to user app'],
    why: 'a client passed the socket\'s own refusal on as its message; the service comes from the unit\'s other lines'
  }),
  infra('', {
    // Apache HttpClient 4 and 5 (HttpHostConnectException: "Connect to " + host + " " + addresses + " failed: " + cause): the endpoint is named.
    id: 'network.apache-httpclient.endpoint', title: 'HTTP endpoint refused (Apache HttpClient)',
    patterns: [new RegExp(String.raw`Connect to (?:https?://)?${HOST}:(?<port>\d{1,5}) \[[^\]\n]{0,300}\] failed: Connection refused`)],
    examples: ['java.sql.SQLException: Connect to http://localhost:8123 [localhost/127.0.0.1] failed: Connection refused', 'org.apache.http.conn.HttpHostConnectException: Connect to localhost:9200 [localhost/127.0.0.1, localhost/0:0:0:0:0:0:0:1] failed: Connection refused (Connection refused)'],
    counterExamples: ['org.apache.http.conn.HttpHostConnectException: Connect to localhost:9200 [localhost/127.0.0.1] failed: Read timed out', 'Timeout connecting to the database'],
    why: 'Apache HttpClient names the endpoint that refused it', interpret: 'endpoint', httpClient: true
  }),
  maybe({
    // The same client's connect timeout (ConnectTimeoutException), and HttpCore NIO's pool's (AbstractNIOConnPool.timeout:
    // "Timeout connecting to [" + address + "]", which the Elasticsearch RestClient rethrows): nothing local answers that
    // slowly, so an address that did not answer is possibly the service's, possibly the code's (attack 27b).
    id: 'network.apache-httpclient.connect-timeout', title: 'HTTP endpoint did not answer (Apache HttpClient)',
    patterns: [new RegExp(String.raw`Connect to (?:https?://)?${HOST}:(?<port>\d{1,5}) \[[^\]\n]{0,300}\] failed: (?:[Cc]onnect timed out|Connection timed out)`), new RegExp(String.raw`Timeout connecting to \[(?:[\w.-]{1,255}/)?${HOST}:(?<port>\d{1,5})\]`)],
    examples: ['org.apache.http.conn.ConnectTimeoutException: Connect to localhost:9200 [localhost/127.0.0.1] failed: connect timed out', 'java.net.ConnectException: Timeout connecting to [localhost/127.0.0.1:9200]'],
    counterExamples: ['org.apache.http.conn.HttpHostConnectException: Connect to localhost:9200 [localhost/127.0.0.1] failed: Read timed out', 'Timeout connecting to the database'],
    why: 'Apache HttpClient could not open a connection to the endpoint it names in time', interpret: 'endpoint', httpClient: true
  }),
  maybe({
    // The JDK's own words for a TCP connect that got no answer (NioSocketImpl.timedFinishConnect; the OS's ETIMEDOUT): not a read that timed out.
    // Possible only, as Node's above: nothing local refuses that slowly (attack 27b: a test of the code's own timeout fallback).
    id: 'network.jvm.connect-timeout', title: 'Connect timed out (JVM)',
    patterns: [/java\.net\.SocketTimeoutException: [Cc]onnect timed out\b/, /java\.net\.ConnectException: Connection timed out\b/],
    examples: ['Caused by: java.net.SocketTimeoutException: Connect timed out', 'java.net.SocketTimeoutException: connect timed out', 'java.net.ConnectException: Connection timed out (Connection timed out)'],
    counterExamples: ['java.net.SocketTimeoutException: Read timed out', 'java.net.SocketTimeoutException: timeout'],
    why: 'the JVM\'s TCP connect got no answer before its timeout; the service comes from the unit\'s other lines'
  }),
  infra('', {
    id: 'network.unix-socket.missing', title: 'Service socket missing',
    patterns: [/dial unix (?<socket>\/[^\s:]{1,255}): connect: (?:no such file or directory|connection refused)/, /connect ENOENT (?<socket>\/\S{1,255}\.sock)/],
    examples: ['dial unix /var/run/docker.sock: connect: no such file or directory'],
    why: 'no server listens on the unix socket', interpret: 'endpoint'
  }),
  infra('', {
    id: 'database.could-not-connect', title: 'Database driver could not connect',
    // Not SQLite's: an embedded database that cannot open its file (SQLITE_CANTOPEN, "unable to open database file") is a path the code gave it.
    patterns: [/(?<!sqlite3?\.)OperationalError\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i],
    examples: ['sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: Connection refused'],
    counterExamples: ['sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) unable to open database file', 'django.db.utils.OperationalError: unable to open database file', 'sqlite3.OperationalError: unable to open database file'],
    why: 'a database driver raised OperationalError while connecting'
  }),
  infra('', {
    // A pool that never got a connection: the database did not answer (a leak would say so first).
    id: 'database.pool-timeout', title: 'Connection pool never got a connection',
    patterns: [/pool timed out while waiting for an open connection/, /(?:Pool|pool)Error: Timeout\((?:Wait|Create)\)|deadpool.{0,80}Timeout\((?:Wait|Create)\)/, /Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/, /timeout exceeded when trying to connect/,
      // c3p0 after its acquisition attempts failed (not a checkout timeout, which a busy pool also gives).
      /Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/],
    examples: ['error returned from database: pool timed out while waiting for an open connection', 'Error: timeout exceeded when trying to connect', 'java.sql.SQLException: Connections could not be acquired from the underlying database!'],
    // HikariCP 5 counts the pool in the message (brettwooldridge/HikariCP HikariPool.java createTimeoutException): connections handed out and never returned are a leak, not an outage.
    counterExamples: ['java.sql.SQLException: An attempt by a client to checkout a Connection has timed out.', 'java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30001ms (total=10, active=10, idle=0, waiting=2)', 'KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?'],
    why: 'the pool could not open a single connection: the database did not answer'
  }),
  maybe({
    // HikariCP before 5 says the same of a pool whose connections the code leaked (a `try (PreparedStatement ps =
    // ds.getConnection().prepareStatement(...))` that closes only the statement, attack 33a) as of a database that never
    // answered; only the `Caused by:` under it (a refusal) tells them apart, and that is read on its own line.
    id: 'database.pool-timeout.hikari', title: 'HikariCP found no connection in time',
    patterns: [/Connection is not available, request timed out after \d+ ?ms(?! ?\(total=\d{1,6}, active=[1-9])/],
    examples: ['HikariPool-1 - Connection is not available, request timed out after 30001ms.'],
    counterExamples: ['java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30001ms (total=10, active=10, idle=0, waiting=2)'],
    why: 'HikariCP waited for a pooled connection: the database may not have answered, or the code held every connection'
  }),
  maybe({
    // Knex configures its pool with propagateCreateError (knex/knex lib/client.js getPoolSettings): a database
    // that refuses rejects the acquire with the driver's own error. This timeout is a pool that stayed full
    // (a leaked connection, a query outside its transaction: the message's own hint) or a connect that hung.
    id: 'database.pool-timeout.knex', title: 'Knex found no free connection in time',
    patterns: [/Knex: Timeout acquiring a connection/],
    examples: ['KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?'],
    why: 'Knex waited for a pooled connection: the database may not have answered, or the code held every connection'
  }),
  infra('', {
    id: 'network.dns.service-host', title: 'Service host name does not resolve',
    patterns: [/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\w.-]{1,255})/, /could not translate host name "(?<host>[\w.-]{1,255})"/, /lookup (?<host>[\w.-]{1,255})(?: on [\d.:[\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\/o timeout)/, /Error -[23] connecting to (?<host>[\w.-]{1,255}):\d/, /php_network_getaddresses: getaddrinfo for (?<host>[\w.-]{1,255}) failed/, /Name or service not known.{0,40}\b(?<host>[\w.-]{1,255}):\d/, /UnknownHostException: (?<host>[\w.-]{1,255})/, /dial (?:tcp|udp)\d?: address (?<host>[\w.-]{1,255}): no suitable address found/, /Failed to open TCP connection to (?<host>[\w.-]{1,255}):\d{1,5} \((?:getaddrinfo|Name or service not known|nodename nor servname)/, /[Uu]nable to connect to (?:tcp|tls|ssl):\/\/(?<host>[\w.-]{1,255}):\d{1,5} \(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/],
    examples: ['php_network_getaddresses: getaddrinfo for redis failed: Name or service not known', 'PhpAmqpLib\\Exception\\AMQPIOException: stream_socket_client(): Unable to connect to tcp://rabbitmq:5672 (-10001): Unknown host', 'Error: getaddrinfo ENOTFOUND postgres', 'could not translate host name "db" to address: Name or service not known', 'dial tcp: lookup redis on 127.0.0.11:53: no such host', 'redistore_test.go:117: dial tcp: address redis: no suitable address found', 'Failed to open TCP connection to rabbitmq:5672 (getaddrinfo: Name or service not known)', 'java.net.UnknownHostException: mysql'],
    why: 'the client could not resolve the service host', interpret: 'dns'
  }),
  maybe({
    // Node 20 tries every address localhost resolves to and reports all refusals as one.
    id: 'network.aggregate-error', title: 'Every address refused (Node AggregateError)',
    patterns: [/^\s*(?:Uncaught )?AggregateError(?: \[ECONNREFUSED\])?:?\s*$/],
    examples: ['    AggregateError', 'AggregateError [ECONNREFUSED]: '],
    why: 'node reports refusals on several addresses as one AggregateError; a client frame names the service'
  }),
  maybe({
    id: 'network.dns.unnamed-host', title: 'A host name does not resolve',
    patterns: [/gaierror: \[Errno -[235]\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/, /java\.nio\.channels\.UnresolvedAddressException|getaddrinfo: Name or service not known \(SocketError\)|^\s*SocketError\s*$/],
    examples: ['socket.gaierror: [Errno -2] Name or service not known', 'java.nio.channels.UnresolvedAddressException', 'getaddrinfo: Name or service not known (SocketError)'],
    why: 'name resolution failed and the line does not say for which host'
  }),
  infra('', {
    // urllib3 and requests: the message may wrap across lines, so the cause may not be on this one.
    id: 'network.new-connection-error', title: 'Failed to establish a new connection',
    patterns: [/Failed to establish a new connection: \[(?:Errno|WinError) (?:111|61|10061)\b/, /NewConnectionError\(.{0,200}Failed to establish a new connection(?!: \[Errno -)/],
    examples: ['urllib3.exceptions.NewConnectionError: <urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'],
    why: 'an HTTP client could not open a connection; the service comes from the unit\'s other lines'
  }),
  infra('', {
    // A suite's own banner, the line's whole statement: `Cannot connect to Redis.` (redis-rb's test helper, after its
    // own connection attempt failed), `Could not connect to PostgreSQL`.
    id: 'network.cannot-connect-named', title: 'Cannot connect to a named service',
    // Or as the message of Spring Data Redis's own exception (spring-data-redis LettuceConnectionFactory and
    // JedisConnectionFactory throw `RedisConnectionFailureException("Unable to connect to Redis", e)`). Not any class
    // named like a connection's failure: a project names its own guard's class so too (`CacheConnectionError`, attack 32c).
    patterns: [new RegExp(String.raw`^\s{0,40}(?:(?:org\.springframework\.data\.redis\.)?RedisConnectionFailureException: )?(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>${SERVICE_NAMES})\b(?! (?:at|on) [\w.-]{1,255}:\d)`, 'i')],
    examples: ['        Cannot connect to Redis.', 'Could not connect to PostgreSQL', 'org.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis'],
    counterExamples: ['Uncaught ConfigError: REDIS_URL is not set; cannot connect to redis', 'RuntimeError: could not connect to PostgreSQL: DATABASE_URL is empty', 'CacheConnectionError: cannot connect to redis: REDIS_URL redis://127.0.0.1:6379/0 is not redis://host:port[/db]', 'ConnectionError: cannot connect to redis'],
    why: 'the log names the service it could not reach', interpret: 'named'
  }),
  maybe({
    // The same words inside an error's message are the project's own reading, which its guards say before they ever dial
    // (`ConfigError: REDIS_URL is not set; cannot connect to redis`, attack 31c): only possible.
    id: 'network.cannot-connect-named.in-message', title: 'An error says it cannot connect to a named service',
    patterns: [new RegExp(String.raw`\S[^\n]{0,300}\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>${SERVICE_NAMES})\b(?! (?:at|on) [\w.-]{1,255}:\d)`, 'i')],
    examples: ['Uncaught ConfigError: REDIS_URL is not set; cannot connect to redis', 'RuntimeError: could not connect to PostgreSQL: DATABASE_URL is empty'],
    counterExamples: ['        Cannot connect to Redis.'],
    why: 'an error\'s message says it could not reach the service, in the project\'s words, not a client\'s', interpret: 'named'
  }),
  infra('', {
    id: 'tool.missing', title: 'Service client tool not installed',
    patterns: [/(?:^|[\s:])(?<tool>[\w.-]{2,40}): (?:command )?not found/, /exec: "(?<tool>[\w.-]{2,40})": executable file not found/],
    examples: ['bash: psql: command not found', 'sh: 1: redis-cli: not found', 'conn_test.go:368: error connection to database, exec: "redis-server": executable file not found in $PATH'],
    why: 'the tests need a service\'s client tool, or its server when they start it themselves, and it is not installed', interpret: 'tool'
  }),
  maybe({
    id: 'tool.spawn-failed', title: 'A service\'s program could not be started',
    // A suite that starts the server itself. The same words come from a working folder that does not exist (spawn's cwd): only possibly the program missing.
    patterns: [/\bspawn (?:[\w./-]{0,300}\/)?(?<tool>[\w.-]{2,40}) ENOENT\b/, /Errno::ENOENT: No such file or directory - (?:[\w./-]{0,300}\/)?(?<tool>[\w.-]{2,40})$/, /FileNotFoundError: \[Errno 2\] No such file or directory: '(?:[\w./-]{0,300}\/bin\/)?(?<tool>[\w.-]{2,40})'$/],
    examples: ['Error: spawn redis-server ENOENT', 'Errno::ENOENT: No such file or directory - memcached', "FileNotFoundError: [Errno 2] No such file or directory: '/usr/lib/postgresql/15/bin/initdb'"],
    counterExamples: ["FileNotFoundError: [Errno 2] No such file or directory: 'fixtures/users.json' (in /app)", 'Errno::ENOENT: No such file or directory @ rb_sysopen - config/redis.yml', "FileNotFoundError: [Errno 2] No such file or directory: 'migration/postgres'"],
    why: 'starting a service\'s program failed as if it were not installed (or its working folder is missing)', interpret: 'tool'
  })
]
