import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  SQL_FAMILY
} from "./chunk-HLOXVYSR.js";

// src/knowledge/definitions.ts
var CREDENTIALS = { user: "test", password: "test", database: "test" };
var { user, password, database } = CREDENTIALS;
var ind = (id, title, patterns, examples, why, interpret, counterExamples) => ({ id, title, patterns, examples, why, ...interpret ? { interpret } : {}, ...counterExamples ? { counterExamples } : {} });
var timeout = (indication) => ({ ...indication, timesOutOn: true });
var HOST_PORT = String.raw`(?<host>\[[0-9A-Fa-f:.]{1,64}\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\w.-]{1,255}):(?<port>\d{1,5})(?!\d)`;
var postgresUrl = (host, port) => `postgresql://${user}:${password}@${host}:${port}/${database}`;
var mysqlUrl = (host, port) => `mysql://${user}:${password}@${host}:${port}/${database}`;
function mysqlContainer(image) {
  return {
    image,
    port: 3306,
    readiness: { protocol: "mysql" },
    // The mariadb image reads MARIADB_* and, for compatibility, the MYSQL_* names too.
    env: { MYSQL_ROOT_PASSWORD: password, MYSQL_DATABASE: database, MYSQL_USER: user, MYSQL_PASSWORD: password },
    connection: (host, port) => ({
      MYSQL_URL: mysqlUrl(host, port),
      MYSQL_HOST: host,
      MYSQL_PORT: String(port),
      MYSQL_TCP_PORT: String(port),
      MYSQL_USER: user,
      MYSQL_PASSWORD: password,
      MYSQL_DATABASE: database
    }),
    url: mysqlUrl
  };
}
var NOT_A_LOOKUP = String.raw`(?![^\n]{0,200}(?:Errno -\d|\[Errno -\d\]|Name or service not known|name resolution|nodename nor servname|getaddrinfo|No address associated))`;
var MYSQL_UNREACHABLE = [
  // libmysqlclient 8 and Connector/Python name the port too (`on '127.0.0.1:3306'`); older clients the host alone.
  // Not Mysql2::Error::ConnectionError by its class: mysql2 (lib/mysql2/error.rb CODES) gives it to
  // 1045 Access denied, 2006 gone away and 2013 lost connection too, which a server that was there returns.
  ind(
    "mysql.cant-connect",
    "MySQL unreachable",
    [new RegExp(String.raw`Can't connect to (?:MySQL )?server on '${HOST_PORT}'${NOT_A_LOOKUP}`), new RegExp(String.raw`Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\w.:-]{1,255})'?|through socket)${NOT_A_LOOKUP}`)],
    ["Can't connect to MySQL server on '127.0.0.1' (111)", "Mysql2::Error::ConnectionError: Can't connect to local MySQL server through socket '/run/mysqld/mysqld.sock' (2)", "Can't connect to MySQL server on '127.0.0.1:3306' (111)", "mysql.connector.errors.InterfaceError: 2003: Can't connect to MySQL server on 'localhost:3306' (Errno 111: Connection refused)"],
    `the MySQL client library could not reach the server (CR_CONN_HOST_ERROR, libmysql/errmsg.cc "Can't connect to MySQL server on '%-.100s:%u' (%d)" in MySQL 8, Connector/Python locales/eng/client_error.py the same; older clients name the host alone)`,
    "endpoint",
    // Connector/Python fills its format only with a numeric port: a port given as a string is the project's.
    ["mysql.connector.errors.InterfaceError: 2003: Can't connect to MySQL server on '%-.100s:%u' (%s) (Warning: %u format: a real number is required, not str)", "Mysql2::Error::ConnectionError: MySQL server has gone away", "Mysql2::Error::ConnectionError: Lost connection to MySQL server during query", "Mysql2::Error::ConnectionError: Access denied for user 'app'@'172.18.0.1' (using password: YES)"]
  ),
  // The same words over a name that did not resolve: the host's name says whether it is the service's (`mysql`) or mistyped (`myslq`).
  // getaddrinfo's lookup failures only (-2 EAI_NONAME, -3 EAI_AGAIN, -5 EAI_NODATA): -8 (`Servname not supported`) is a port the code built wrong (attack 29c).
  ind(
    "mysql.cant-connect.lookup",
    "MySQL host does not resolve",
    [/Can't connect to (?:MySQL )?server on '(?<host>[\w.-]{1,255})(?::\d{1,5})?'[^\n]{0,40}?(?:Errno -[235]\b|\[Errno -[235]\]|Name or service not known|name resolution|nodename nor servname)/],
    ["mysql.connector.errors.InterfaceError: 2003: Can't connect to MySQL server on 'mysql:3306' (Errno -3: Temporary failure in name resolution)", `pymysql.err.OperationalError: (2003, "Can't connect to MySQL server on 'mysql' ([Errno -2] Name or service not known)")`],
    "Connector/Python and PyMySQL put the resolver's error after the host they could not reach",
    "dns",
    ["Can't connect to MySQL server on '127.0.0.1:3306' (111)", `pymysql.err.OperationalError: (2003, "Can't connect to MySQL server on 'localhost' ([Errno -8] Servname not supported for ai_socktype)")`]
  ),
  ind(
    "mysql.pdo",
    "MySQL unreachable (PDO)",
    [/SQLSTATE\[HY000\] \[2002\] Connection refused/],
    ["SQLSTATE[HY000] [2002] Connection refused"],
    "PDO's MySQL driver was refused (client error 2002, CR_CONNECTION_ERROR)",
    void 0,
    // The socket variant is most often a host configured as `localhost` where the server is elsewhere (a container): not sure.
    ["PDOException: SQLSTATE[HY000] [2002] No such file or directory", "SQLSTATE[HY000] [1045] Access denied for user 'root'@'localhost' (using password: YES)", "SQLSTATE[HY000] [1049] Unknown database 'app'"]
  ),
  ind(
    "mysql.client-library",
    "MySQL client library missing",
    [/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\w.]{0,20}(?:: cannot open shared object file|\.dylib)/],
    ["django.core.exceptions.ImproperlyConfigured: Error loading MySQLdb module: dlopen(_mysql.so, 2): Library not loaded: libmysqlclient.18.dylib", "E   ImportError: libmariadb.so.3: cannot open shared object file: No such file or directory"],
    "the MySQL client library the driver needs (libmysqlclient, or MariaDB Connector/C's libmariadb, which Debian's mysqlclient and mysql2 link) is not installed"
  ),
  ind(
    "mysql.sqlobject.driver-missing",
    "MySQL driver missing (SQLObject)",
    [/ImportError: Cannot find a MySQL driver, tried /],
    ["E           ImportError: Cannot find a MySQL driver, tried mysqldb", "ImportError: Cannot find a MySQL driver, tried pymysql,connector"],
    'SQLObject (sqlobject/mysql/mysqlconnection.py MySQLConnection.__init__: ImportError("Cannot find a MySQL driver, tried %s") after an ImportError for every driver of the URI\'s `driver=` list) could import none of them',
    void 0,
    ['ValueError: Unknown MySQL driver "mysqldbx", expected mysqldb, connector, connector-python, oursql, pymysql, mariadb, odbc, pyodbc or pypyodbc', "ImportError: Cannot find a PostgreSQL driver, tried pg8000"]
  ),
  ind(
    "mysql.jdbc.link-failure",
    "MySQL unreachable (Connector/J)",
    [/CommunicationsException: Communications link failure/],
    ["com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure"],
    "Connector/J reports a link failure when nothing answers"
  ),
  ind(
    "mysql.mariadb-jdbc",
    "MariaDB unreachable (MariaDB Connector/J)",
    [/Could not connect to address=\(host=(?<host>[\w.:-]{1,255})\)\(port=(?<port>\d{1,5})\)/],
    ["java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=localhost)(port=3306)(type=master) : Connection refused"],
    "the MariaDB driver names the address it could not reach",
    "endpoint"
  ),
  ind(
    "mysql.dotnet",
    "MySQL unreachable (.NET)",
    [/Unable to connect to any of the specified MySQL hosts/],
    ["MySqlConnector.MySqlException : Unable to connect to any of the specified MySQL hosts."],
    "MySqlConnector/Connector/NET could not reach any host"
  ),
  // Client knowledge from the clients' own sources (issue 23).
  ind(
    "mysql.unknown-host",
    "MySQL host does not resolve (libmysqlclient CR_UNKNOWN_HOST)",
    [/Unknown (?:MySQL )?server host '(?<host>[\w.-]{1,255})'/],
    [`MySQLdb.OperationalError: (2005, "Unknown MySQL server host 'mysql' (-2)")`, `MySQLdb._exceptions.OperationalError: (2005, "Unknown server host 'mysql' (-2)")`, "mysql.connector.errors.DatabaseError: 2005 (HY000): Unknown MySQL server host 'db' (-2)"],
    `client error 2005, CR_UNKNOWN_HOST: "Unknown MySQL server host '%-.100s' (%d)" (libmysqlclient errmsg.c; mysqlclient, Connector/Python, the mysql2 gem print it), "Unknown server host" in MariaDB Connector/C (libmariadb/ma_errmsg.c), which the same drivers link on Debian`,
    "dns",
    ["ERROR 1049 (42000): Unknown database 'app_test'", `(2003, "Can't connect to MySQL server on 'db.example.com' (110)")`]
  ),
  ind(
    "mysql.php.connect",
    "MySQL unreachable (PHP mysqli and PDO)",
    [/\(HY000\/2002\): (?:Connection refused|Connection timed out|Operation timed out)/, /mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/, /SQLSTATE\[HY000\] \[2002\] (?:Connection timed out|Operation timed out)/],
    ["Warning: mysqli::real_connect(): (HY000/2002): Connection refused in /app/src/Db.php on line 12", "PHP Fatal error:  Uncaught mysqli_sql_exception: Connection refused in /app/src/Db.php:12", "PDOException: SQLSTATE[HY000] [2002] Connection timed out"],
    `mysqlnd reports client error 2002 with the socket's own words (php-src ext/mysqli: warnings "(%s/%d): %s", or mysqli_sql_exception in strict mode; PDO: SQLSTATE[HY000] [2002])`,
    void 0,
    ["Warning: mysqli::real_connect(): (HY000/1045): Access denied for user 'app'@'172.18.0.1' (using password: YES)", "mysqli_sql_exception: Table 'app.users' doesn't exist", "PDOException: SQLSTATE[HY000] [2002] No such file or directory"]
  ),
  ind(
    "mysql.trilogy",
    "MySQL unreachable (Ruby Trilogy)",
    [new RegExp(String.raw`(?<!\()trilogy_connect - unable to connect to ${HOST_PORT}(?!\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))`)],
    ["Trilogy::SyscallError::ECONNREFUSED: Connection refused - trilogy_connect - unable to connect to 127.0.0.1:3306", "Trilogy::TimeoutError: trilogy_connect - unable to connect to 127.0.0.1:3306"],
    'Trilogy (trilogy-libraries/trilogy contrib/ruby/ext/trilogy-ruby/cext.c, handle_trilogy_error: "trilogy_connect - unable to connect to %s:%hu") could not open the socket',
    "endpoint",
    ["Trilogy::ProtocolError: 1045: Access denied for user 'root'@'172.18.0.1' (using password: YES) (trilogy_connect - unable to connect to 127.0.0.1:3306)", "Trilogy::SSLError: trilogy_connect - unable to connect to 127.0.0.1:3306: SSL Error: certificate verify failed", "Trilogy::BaseConnectionError: trilogy_connect - unable to connect to dbhost:3306: TRILOGY_DNS_ERROR"]
  ),
  // Client knowledge from the clients' own sources (know-pyrb).
  ind(
    "mysql.activerecord-adapter",
    "MySQL adapter gem missing (Active Record)",
    [/Error loading the '(?:mysql2|trilogy)' Active Record adapter\. Missing a gem it depends on\? (?!can't activate)/],
    ["LoadError: Error loading the 'mysql2' Active Record adapter. Missing a gem it depends on? mysql2 is not part of the bundle. Add it to your Gemfile.", "Error loading the 'trilogy' Active Record adapter. Missing a gem it depends on? cannot load such file -- trilogy"],
    `Active Record (connection_adapters.rb / database_configurations: "Error loading the '#{adapter}' Active Record adapter. Missing a gem it depends on? #{e.message}") could not require the mysql2 or trilogy gem`,
    void 0,
    ["Error loading the 'mysql2' Active Record adapter. Missing a gem it depends on? can't activate mysql2 (~> 0.5), already activated mysql2-0.4.10. Make sure all dependencies are added to Gemfile."]
  )
];
var MYSQL_REJECTED = [
  ind(
    "mysql.rejected",
    "MySQL answered and rejected the client",
    [/Access denied for user '/, /Unknown database '/, /ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/],
    ["Access denied for user 'root'@'172.17.0.1' (using password: YES)", "ER_BAD_DB_ERROR: Unknown database 'app_test'"],
    "the server was running and refused the credentials or database the project gave it"
  ),
  ind(
    "mysql.rejected.auth-plugin",
    "MySQL answered with an authentication method the client is not set up for",
    [/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\w-]{1,64}' cannot be loaded/],
    ["java.sql.SQLNonTransientConnectionException: Public Key Retrieval is not allowed", "Error: ER_NOT_SUPPORTED_AUTH_MODE: Client does not support authentication protocol requested by server; consider upgrading MySQL client", `MySQLdb.OperationalError: (2059, "Authentication plugin 'caching_sha2_password' cannot be loaded: /usr/lib/x86_64-linux-gnu/mariadb19/plugin/caching_sha2_password.so: cannot open shared object file: No such file or directory")`],
    "the server answered and asked for an authentication plugin the client is not configured for: Connector/J (LocalizedErrorMessages.properties Sha256PasswordPlugin.2), mysqljs (ER_NOT_SUPPORTED_AUTH_MODE, 1251), libmysqlclient (CR_AUTH_PLUGIN_CANNOT_LOAD, 2059)",
    void 0,
    ["Can't connect to MySQL server on '127.0.0.1' (111)", "CommunicationsException: Communications link failure"]
  )
];
var GENERIC_SQL_CLIENTS = {
  python: ["sqlalchemy", "peewee", "databases", "pyodbc", "sqlmodel", "tortoise"],
  npm: ["knex", "sequelize", "typeorm", "kysely", "objection", "mikro-orm", "@mikro-orm/core", "slonik"],
  ruby: ["sequel", "activerecord"],
  java: ["org.hibernate", "org.jooq", "org.flywaydb", "org.liquibase", "com.zaxxer.hikari"],
  go: ["gorm.io/gorm", "github.com/jmoiron/sqlx"],
  php: ["doctrine/dbal", "illuminate/database"]
};
var GENERIC_SERVICE_HOSTS = ["db", "database", "cache", "queue", "mq", "sql", "primary", "replica"];
var GENERIC_CONNECTION_VARIABLES = ["DATABASE_URL", "DB_URL", "DB_HOST", "DB_PORT", "DATABASE_HOST", "DATABASE_PORT"];
var SERVICE_DEFINITIONS = [
  {
    name: "postgresql",
    family: "sql",
    aliases: ["postgresql", "postgres", "pg", "pgsql"],
    connectionVariables: ["DATABASE_URL", "POSTGRES_URL", "POSTGRESQL_URL", "PG_URL", "PGHOST", "PGPORT", "POSTGRES_HOST", "POSTGRES_PORT"],
    ports: [5432],
    hostnames: ["postgres", "postgresql", "pg", "pgsql"],
    urlSchemes: ["postgres", "postgresql"],
    phpNames: ["pg_connect", "pg_pconnect", "pg_connect_poll", "PgSql\\Connection"],
    clients: {
      // psycopg2cffi (chtd/psycopg2cffi, Debian python3-psycopg2cffi): psycopg2's API over libpq through cffi; SQLAlchemy's postgresql+psycopg2cffi dialect imports it.
      python: ["psycopg2", "psycopg", "psycopg2cffi", "asyncpg", "pg8000", "aiopg"],
      npm: ["pg", "pg-promise", "postgres", "pg-pool", "pg-native"],
      ruby: ["pg"],
      java: ["org.postgresql"],
      go: ["github.com/lib/pq", "github.com/jackc/pgx", "github.com/jackc/pgconn", "github.com/go-pg/pg", "github.com/uptrace/bun/driver/pgdriver"]
    },
    jdbc: ["postgresql"],
    tools: ["psql", "pg_isready", "pg_dump", "createdb", "dropdb", "pg_restore", "initdb", "pg_ctl", "postgres", "pg_ctlcluster"],
    socket: /PGSQL/i,
    mentions: /psycopg|asyncpg|libpq|pg8000|org\.postgresql|jdbc:postgresql|Npgsql|\bPG::|node_modules\/pg\/|node_modules\/pg-pool|\bpgx\b|lib\/pq|\.s\.PGSQL|postgres(?:ql)?(?:\+\w+)?:\/\/|PSQLException|sqlx::postgres|\bpgsql:(?:host|port|dbname)=|pdo_pgsql|accepting TCP\/IP connections|\bpostgres(?:ql)?\b/i,
    unreachable: [
      ind(
        "postgresql.libpq.server-at",
        "PostgreSQL refused the connection (libpq)",
        [/connection to server at "(?<host>[^"]{1,255})"(?: \([^)]{0,64}\))?, port (?<port>\d{1,5}) failed(?::?\s*$|: (?:Connection refused|No route to host|Network is unreachable|Cannot assign requested address|could not connect|server closed the connection unexpectedly))/],
        ['psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused'],
        "libpq reports the host and port it could not reach (pytest's short summary cuts the line after `failed`; the unit's full line says why); not what it says after the server answered (a certificate file, SSL), which the project set (attack 27g)",
        "endpoint",
        ['connection to server at "127.0.0.1", port 5432 failed: root certificate file "/app/config/ca.pem" does not exist', 'connection to server at "127.0.0.1", port 5432 failed: SSL SYSCALL error: EOF detected']
      ),
      // libpq's connect_timeout: possible only, as every connect that timed out (nothing local answers that slowly).
      timeout(ind(
        "postgresql.libpq.server-at.timeout",
        "PostgreSQL did not answer in time (libpq)",
        [/connection to server at "(?<host>[^"]{1,255})"(?: \([^)]{0,64}\))?, port (?<port>\d{1,5}) failed: (?:timeout expired|Connection timed out)/],
        ['psycopg2.OperationalError: connection to server at "10.0.0.5", port 5432 failed: timeout expired'],
        "libpq gave up connecting after connect_timeout",
        "endpoint"
      )),
      // libpq's own words for a host that did not resolve (fe-connect.c: `could not translate host name "%s" to address: %s`,
      // the string in Debian's libpq.so.5 16/15). Any other name is read by network.dns.service-host (`postgres` the
      // service's, `postgress` mistyped); `localhost` is no setting anyone mistypes: the environment lost its loopback name
      // (a container's /etc/hosts without it), so PostgreSQL's client could not reach its server.
      ind(
        "postgresql.libpq.loopback-unresolved",
        "PostgreSQL host localhost does not resolve (libpq)",
        [/could not translate host name "localhost" to address: /],
        ['psycopg2.OperationalError: could not translate host name "localhost" to address: Name or service not known', 'E   sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not translate host name "localhost" to address: Temporary failure in name resolution'],
        `libpq (src/interfaces/libpq/fe-connect.c, "could not translate host name "%s" to address: %s") could not resolve localhost, the loopback name no project mistypes: the runner's resolver lost it, and the PostgreSQL client never reached a server`,
        void 0,
        [
          'psycopg2.OperationalError: could not translate host name "postgress" to address: Name or service not known',
          'could not translate host name "localhost.example.com" to address: Name or service not known',
          'could not translate Unix-domain socket path "/tmp/.s.PGSQL.5432" to address: Name too long',
          // Loopback names a distribution's /etc/hosts may or may not have (Fedora's `localhost6`): a project's setting (attack 28h).
          'could not translate host name "localhost6" to address: Name or service not known',
          'could not translate host name "localhost.localdomain" to address: Name or service not known'
        ]
      ),
      ind(
        "postgresql.libpq.socket",
        "PostgreSQL socket missing (libpq)",
        [/connection to server on socket "(?<socket>[^"]{1,255})" failed/, /accepting connections on Unix domain socket "(?<socket>[^"]{1,255})"/],
        ['connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: No such file or directory'],
        "no server is listening on the local PostgreSQL socket"
      ),
      ind(
        "postgresql.libpq.could-not-connect",
        "PostgreSQL unreachable (libpq)",
        [/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[oó]n rehusada)/, /Is the server running (?:on host|locally)/],
        ["could not connect to server: Connection refused", '	Is the server running on host "localhost" (127.0.0.1) and accepting'],
        "the libpq client could not reach a PostgreSQL server"
      ),
      ind(
        "postgresql.pdo",
        "PostgreSQL unreachable (PDO)",
        [/SQLSTATE\[08006\] \[7\] (?:could not connect to server|connection to server at|could not translate host name)/],
        ["SQLSTATE[08006] [7] could not connect to server: Connection refused", 'Doctrine\\DBAL\\Exception\\ConnectionException: An exception occurred in the driver: SQLSTATE[08006] [7] connection to server at "127.0.0.1", port 5432 failed: Connection refused'],
        "PDO's pgsql driver could not open a connection (SQLSTATE class 08, connection exception)",
        void 0,
        ['SQLSTATE[08P01] [7] FATAL:  password authentication failed for user "app"', 'SQLSTATE[42P01]: Undefined table: 7 ERROR:  relation "users" does not exist']
      ),
      // Not the class alone (RSpec prints it on a line of its own: its message below decides) nor the
      // pg gem's own words for a connection the code closed or misconfigured (ext/pg_connection.c
      // "connection is closed", "PQsocket() can't get socket descriptor"; lib/pg/connection.rb "could not match … port numbers").
      ind(
        "postgresql.ruby.connection-bad",
        "PostgreSQL unreachable (Ruby pg)",
        [/PG::ConnectionBad\b(?!:?\s*$|: (?:FATAL|connection is closed|PQ\w{1,40}\(\)|could not match \d|PG::CancelConnection|invalid (?:sslmode|connection option|port|integer|URI|value|channel_binding|target_session_attrs|gssencmode)|missing "=" after|unterminated quoted string|unrecognized|invalid \w{1,40} value|could not translate host name|connection to server at))/],
        ["PG::ConnectionBad: could not connect to server: Connection refused", "PG::ConnectionBad: timeout expired"],
        "the pg gem raises ConnectionBad when it cannot connect; not for libpq's own reading of the connection string (fe-connect.c: invalid sslmode value, invalid connection option), which the project wrote (attack 27e)",
        void 0,
        ["PG::ConnectionBad: connection is closed", "PG::ConnectionBad: PQsocket() can't get socket descriptor", 'PG::ConnectionBad: invalid sslmode value: "requre"', 'PG::ConnectionBad: invalid connection option "hostt"', "PG::ConnectionBad: could not match 2 port numbers to 1 hosts", "     PG::ConnectionBad:"]
      ),
      ind(
        "postgresql.jdbc.refused",
        "PostgreSQL refused the connection (PgJDBC)",
        [new RegExp(String.raw`PSQLException: Connection to ${HOST_PORT} refused`)],
        ["org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct"],
        "PgJDBC names the host and port it could not reach",
        "endpoint"
      ),
      ind(
        "postgresql.npgsql",
        "PostgreSQL unreachable (Npgsql)",
        [/Npgsql(?:\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/],
        ["Npgsql.NpgsqlException : Failed to connect to 127.0.0.1:5432"],
        "Npgsql could not open a connection"
      ),
      ind(
        "postgresql.asyncpg",
        "PostgreSQL unreachable (asyncpg)",
        [/asyncpg\.exceptions\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/, /asyncpg.{0,80}Connect call failed/],
        ["asyncpg.exceptions.CannotConnectNowError: the database system is starting up"],
        "asyncpg could not reach the server"
      ),
      ind(
        "postgresql.client-library",
        "PostgreSQL client library missing (libpq)",
        [/ImportError: libpq\.so|Library not loaded: .{0,80}libpq|\blibpq\.so(?:\.\d{1,3})?: cannot open shared object file/],
        ["ImportError: libpq.so.5: cannot open shared object file: No such file or directory", "libpq.so.5: cannot open shared object file: No such file or directory - /usr/local/bundle/gems/pg-1.5.6/lib/pg_ext.so"],
        "psycopg2 and the pg gem (its pg_ext.so, a LoadError in Ruby) need the libpq client library, which is not installed"
      ),
      // Client knowledge from the clients' own sources (know-pyrb).
      ind(
        "postgresql.psycopg.no-wrapper",
        "PostgreSQL client library missing (psycopg 3)",
        [/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\w{1,20}' implementation: libpq library not found|^\s{0,8}(?:E\s{1,8})?ImportError: libpq library not found/],
        ["E   ImportError: no pq wrapper available.", "- couldn't import psycopg 'python' implementation: libpq library not found"],
        'psycopg 3 (psycopg/pq/__init__.py import_libpq: "no pq wrapper available. Attempts made: \u2026"; pq/_pq_ctypes.py "libpq library not found") found neither its binary package nor a libpq to load',
        void 0,
        ["ImportError: cannot import name 'sql' from 'psycopg' (/app/psycopg/__init__.py)", "ModuleNotFoundError: No module named 'psycopg_pool'"]
      ),
      ind(
        "postgresql.django.driver-missing",
        "PostgreSQL driver missing (Django)",
        [/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/],
        ["django.core.exceptions.ImproperlyConfigured: Error loading psycopg2 or psycopg module", "django.core.exceptions.ImproperlyConfigured: Error loading psycopg2 module: No module named 'psycopg2'"],
        `Django's postgresql backend (django/db/backends/postgresql/base.py: ImproperlyConfigured("Error loading psycopg2 or psycopg module"), before 4.2 "Error loading psycopg2 module: %s") could import neither driver`,
        void 0,
        ["django.core.exceptions.ImproperlyConfigured: settings.DATABASES is improperly configured. Please supply the ENGINE value.", "django.core.exceptions.ImproperlyConfigured: 'django.db.backends.postgres' isn't an available database backend or couldn't be imported."]
      ),
      ind(
        "postgresql.sqlobject.driver-missing",
        "PostgreSQL driver missing (SQLObject)",
        [/ImportError: Cannot find a PostgreSQL driver, tried /],
        ["E           ImportError: Cannot find a PostgreSQL driver, tried pg8000", "ImportError: Cannot find a PostgreSQL driver, tried psycopg,psycopg2,pygresql,pg8000"],
        'SQLObject (sqlobject/postgres/pgconnection.py PostgresConnection.__init__: ImportError("Cannot find a PostgreSQL driver, tried %s") after an ImportError for every driver of the URI\'s `driver=` list; a name it does not know is a ValueError "Unknown PostgreSQL driver") could import none of them',
        void 0,
        ['ValueError: Unknown PostgreSQL driver "pg8k", expected psycopg, psycopg2, pygresql, pypostgresql, pg8000, odbc, pyodbc or pypyodbc', "ImportError: Cannot find an SQLite driver, tried pysqlite2,sqlite3,sqlite"]
      ),
      // A connect that timed out is possible only: nothing local answers that slowly (attack 27c: a mistyped address).
      timeout(ind(
        "postgresql.psycopg.connect-timeout",
        "PostgreSQL unreachable (psycopg 3 connect timeout)",
        [/ConnectionTimeout: connection timeout expired/],
        ["psycopg.errors.ConnectionTimeout: connection timeout expired"],
        'psycopg 3.2 (psycopg/generators.py _connect: ConnectionTimeout("connection timeout expired")) gave up while the connection was being opened, before any query',
        void 0,
        ["psycopg.errors.QueryCanceled: canceling statement due to statement timeout", "psycopg_pool.PoolTimeout: couldn't get a connection after 30.00 sec"]
      )),
      // pg8000 says the same for a host that did not resolve: a name is read as a name (`postgres` the service's, `postgress` mistyped, attack 27c).
      ind(
        "postgresql.pg8000.connect-host",
        "PostgreSQL host unreachable (pg8000)",
        [/Can't create a connection to host (?<host>(?!localhost |127\.0\.0\.1 |::1 )[\w.-]{1,255}) and port \d{1,5} \(timeout is/],
        ["pg8000.exceptions.InterfaceError: Can't create a connection to host postgres and port 5432 (timeout is None and source_address is None)."],
        "pg8000 (src/pg8000/core.py _make_socket) could not reach the host it names, refused or unresolved",
        "dns",
        ["pg8000.exceptions.InterfaceError: Can't create a connection to host localhost and port 5432 (timeout is None and source_address is None)."]
      ),
      ind(
        "postgresql.pg8000.connect",
        "PostgreSQL unreachable (pg8000)",
        [new RegExp(String.raw`Can't create a connection to host (?<host>localhost|127\.0\.0\.1|::1) and port (?<port>\d{1,5}) \(timeout is`)],
        ["pg8000.exceptions.InterfaceError: Can't create a connection to host localhost and port 5432 (timeout is None and source_address is None)."],
        `pg8000 (src/pg8000/core.py _make_socket: socket.create_connection failed, "Can't create a connection to host {host} and port {port} (timeout is \u2026 and source_address is \u2026).") could not open the socket: refused, unresolved or timed out`,
        "endpoint",
        ["pg8000.exceptions.InterfaceError: network error", `pg8000.exceptions.DatabaseError: {'S': 'FATAL', 'V': 'FATAL', 'C': '28P01', 'M': 'password authentication failed for user "app"'}`]
      ),
      ind(
        "postgresql.activerecord-adapter",
        "PostgreSQL adapter gem missing (Active Record)",
        [/Error loading the 'postgresql' Active Record adapter\. Missing a gem it depends on\? (?!can't activate)/],
        ["Gem::LoadError: Error loading the 'postgresql' Active Record adapter. Missing a gem it depends on? pg is not part of the bundle. Add it to your Gemfile."],
        "Active Record cannot load the pg gem"
      ),
      // Client knowledge from the clients' own sources (issue 23): each line below is built from the client's format string.
      ind(
        "postgresql.pgx.dial",
        "PostgreSQL unreachable (Go pgx)",
        [new RegExp(String.raw`(?:^|\s|: )${HOST_PORT} \([^)]{0,255}\): dial error: `), new RegExp(String.raw`failed to connect to \`[^\`]{1,300}\`: dial error \((?:dial tcp ${HOST_PORT}|dial unix \S{0,300}\.s\.PGSQL\.\d{1,5}:)`)],
        ["failed to connect to `user=postgres database=test`: 127.0.0.1:5432 (localhost): dial error: dial tcp 127.0.0.1:5432: connect: connection refused", "	[::1]:5432 (localhost): dial error: dial tcp [::1]:5432: connect: cannot assign requested address", "failed to connect to `host=localhost user=postgres database=test`: dial error (dial tcp 127.0.0.1:5432: connect: connection refused)"],
        'pgconn (jackc/pgx pgconn/errors.go ConnectError, pgconn.go "dial error"; v5 before 5.5: `failed to connect to `host=\u2026 user=\u2026 database=\u2026`: dial error (\u2026)`) could not open a socket to the server; the endpoint is read from the dial inside (attack 28a: a port the test chose itself)',
        "endpoint",
        ['failed to connect to `user=app database=app`: 127.0.0.1:5432 (localhost): server error: FATAL: password authentication failed for user "app" (SQLSTATE 28P01)', "failed to connect to `user=app database=app`: 127.0.0.1:5432 (localhost): tls error: server refused TLS connection"]
      ),
      // pgconn v1 resolves every host before dialling: a lookup error, or a lookup that found no address (Go's resolver
      // with `hosts: files` and no entry), is reported under the configured host. The name is read as any unresolved
      // host: `postgres` is the service's, another name is only possibly it (interpretDns).
      ind(
        "postgresql.pgx.resolve",
        "PostgreSQL host does not resolve (Go pgx)",
        [/failed to connect to `host=(?<host>[\w.-]{1,255}) (?![^`]{0,300}\b(?:database|user)=(?:localhost|127\.0\.0\.1|::1)\b)[^`]{0,300}`: hostname resolving error/],
        ["failed to connect to `host=postgres user=postgres database=test`: hostname resolving error (ip addr wasn't found)", "failed to connect to `host=db.internal user=app database=app`: hostname resolving error (lookup db.internal on 127.0.0.53:53: no such host)"],
        'pgconn v1 (jackc/pgconn pgconn.go ConnectConfig: connectError{msg: "hostname resolving error"}, with errors.New("ip addr wasn\'t found") when the lookup returned no address; errors.go connectError.Error "failed to connect to `host=%s user=%s database=%s`: %s (%s)") could not resolve the server\'s host',
        "dns",
        [
          'failed to connect to `host=postgres user=app database=app`: server error (FATAL: password authentication failed for user "app" (SQLSTATE 28P01))',
          "failed to connect to `host=postgres user=app database=app`: dial error (dial tcp 10.0.0.5:5432: connect: connection refused)",
          "failed to connect to `host=postgres user=app database=app`: failed to write startup message (x509: certificate signed by unknown authority)",
          // A loopback name where the database or user goes: the settings were swapped, the host is the database's name (attack 28l).
          "failed to connect to `host=postgres user=postgres database=localhost`: hostname resolving error (lookup postgres on 10.255.255.53:53: dial udp 10.255.255.53:53: connect: network is unreachable)"
        ]
      ),
      ind(
        "postgresql.node-pg.connect-timeout",
        "PostgreSQL unreachable (node-postgres connection timeout)",
        [/Connection terminated due to connection timeout/],
        ["Error: Connection terminated due to connection timeout"],
        "pg-pool (brianc/node-postgres packages/pg-pool/index.js) raises this when connectionTimeoutMillis passed before a new client connected",
        void 0,
        ["Error: Connection terminated unexpectedly", 'error: password authentication failed for user "app"']
      ),
      ind(
        "postgresql.postgres-js.connect-timeout",
        "PostgreSQL unreachable (postgres.js)",
        [new RegExp(String.raw`write CONNECT_TIMEOUT ${HOST_PORT}`)],
        ["Error: write CONNECT_TIMEOUT 127.0.0.1:5432"],
        'postgres.js (porsager/postgres src/errors.js `write ${code} ${host}:${port}`, README "CONNECT_TIMEOUT") gave up connecting',
        "endpoint",
        ["Error: write CONNECTION_DESTROYED 127.0.0.1:5432", 'PostgresError: password authentication failed for user "app"']
      ),
      ind(
        "postgresql.rust.connect",
        "PostgreSQL unreachable (Rust tokio-postgres / postgres)",
        [/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/, /Error \{ kind: Connect, cause: Some\((?:Os \{ code: \d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \{ kind: TimedOut)/],
        ["Error: error connecting to server: Connection refused (os error 111)", "error connecting to server: connection timed out", 'called `Result::unwrap()` on an `Err` value: Error { kind: Connect, cause: Some(Os { code: 111, kind: ConnectionRefused, message: "Connection refused" }) }'],
        'tokio-postgres (sfackler/rust-postgres tokio-postgres/src/error/mod.rs: Kind::Connect displays "error connecting to server"; connect_socket.rs "connection timed out") could not open the socket; a name that did not resolve is left to the host-aware DNS rules',
        void 0,
        ["error connecting to server: database does not allow writes", 'Error { kind: Connect, cause: Some(Custom { kind: PermissionDenied, error: "database does not allow writes" }) }', "error connecting to server: failed to lookup address information: Name or service not known", 'db error: FATAL: password authentication failed for user "postgres"']
      )
    ],
    rejected: [
      ind(
        "postgresql.rejected",
        "PostgreSQL answered and rejected the client",
        [/FATAL:\s+(?:password authentication failed|database "[^"]{1,200}" does not exist|role "[^"]{1,200}" does not exist|sorry, too many clients already|no pg_hba\.conf entry)/, /server does not support SSL/, /fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/],
        ['FATAL:  password authentication failed for user "app"', 'psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: FATAL:  database "app_test" does not exist'],
        "the server was running and refused the credentials, database or TLS settings the project gave it"
      ),
      ind(
        "postgresql.rejected.client-config",
        "PostgreSQL answered and the client was not configured for it",
        [/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/],
        ["pq: SSL is not enabled on the server", "org.postgresql.util.PSQLException: The server requested SCRAM-based authentication, but no password was provided.", "Error: SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string"],
        "the server answered the client, which had no password or wanted TLS the server does not offer: lib/pq (conn.go ErrSSLNotSupported), PgJDBC (ConnectionFactoryImpl.java, AuthenticationPluginManager.java), node-postgres (lib/crypto/sasl.js)",
        void 0,
        ["dial tcp 127.0.0.1:5432: connect: connection refused", "org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct"]
      )
    ],
    remediation: "Start PostgreSQL (a `postgres` service container) and export DATABASE_URL / PG* to the tests.",
    container: {
      image: "postgres:16-alpine",
      port: 5432,
      readiness: { protocol: "postgresql" },
      env: { POSTGRES_USER: user, POSTGRES_PASSWORD: password, POSTGRES_DB: database },
      connection: (host, port) => ({ DATABASE_URL: postgresUrl(host, port), PGHOST: host, PGPORT: String(port), PGUSER: user, PGPASSWORD: password, PGDATABASE: database }),
      url: postgresUrl
    }
  },
  {
    name: "mysql",
    family: "sql",
    aliases: ["mysql"],
    connectionVariables: ["MYSQL_URL", "MYSQL_HOST", "MYSQL_PORT", "MYSQL_TCP_PORT", "DATABASE_URL"],
    ports: [3306],
    hostnames: ["mysql", "mysqld"],
    urlSchemes: ["mysql", "mysqlx"],
    phpNames: ["mysqli", "mysqli_connect", "mysqli_init", "mysqli_real_connect", "mysql_connect"],
    clients: {
      python: ["pymysql", "MySQLdb", "aiomysql", "mysql", "asyncmy"],
      // `mysql2/promise` is mysql2's documented entry point (package.json exports): a loader that
      // cannot find it cannot find mysql2.
      npm: ["mysql", "mysql2", "mysql2/promise"],
      // trilogy: Rails 7.1's other MySQL adapter (trilogy-libraries/trilogy contrib/ruby).
      ruby: ["mysql2", "trilogy"],
      java: ["com.mysql"],
      go: ["github.com/go-sql-driver/mysql", "github.com/ziutek/mymysql", "github.com/go-mysql-org/go-mysql", "github.com/siddontang/go-mysql"]
    },
    jdbc: ["mysql"],
    tools: ["mysql", "mysqladmin", "mysqldump", "mysqld"],
    socket: /mysql/i,
    mentions: /pymysql|MySQLdb|mysql\.connector|mysql2|jdbc:mysql|com\.mysql|MySqlConnector|go-sql-driver|mysqld\.sock|mysql(?:\+\w+)?:\/\/|pdo_mysql|\bmysql\b/i,
    unreachable: MYSQL_UNREACHABLE,
    rejected: MYSQL_REJECTED,
    remediation: "Start MySQL (a `mysql` service container) and export MYSQL_URL / DATABASE_URL to the tests.",
    container: mysqlContainer("mysql:8")
  },
  {
    // MariaDB speaks MySQL's protocol: drivers report it as MySQL, and a declared one satisfies the other.
    name: "mariadb",
    family: "sql",
    reportsAs: "mysql",
    aliases: ["mariadb"],
    connectionVariables: ["MARIADB_URL", "MARIADB_HOST", "MARIADB_PORT", "MYSQL_URL", "MYSQL_HOST", "MYSQL_PORT", "MYSQL_TCP_PORT", "DATABASE_URL"],
    ports: [],
    hostnames: ["mariadb"],
    urlSchemes: ["mariadb"],
    clients: { python: ["mariadb"], npm: ["mariadb"], java: ["org.mariadb"] },
    jdbc: ["mariadb"],
    tools: ["mariadb", "mariadb-admin", "mariadbd"],
    mentions: /jdbc:mariadb|org\.mariadb|\bmariadb\b/i,
    unreachable: [
      // A connect that timed out is possible only: nothing local answers that slowly (attack 27c: a mistyped address).
      timeout(ind(
        "mariadb.node.connect-timeout",
        "MariaDB unreachable (MariaDB Connector/Node.js connect timeout)",
        [/\(conn[:=]-?\d{1,12}, no: 45012, SQLState: 08S01\) Connection timeout: failed to create socket after \d{1,9}ms/],
        ["SqlError: (conn:-1, no: 45012, SQLState: 08S01) Connection timeout: failed to create socket after 1002ms", "SqlError: (conn=-1, no: 45012, SQLState: 08S01) Connection timeout: failed to create socket after 10001ms"],
        'MariaDB Connector/Node.js (lib/connection.js connectTimeoutReached: ER_CONNECTION_TIMEOUT 45012, "Connection timeout: failed to create socket after %dms"; lib/misc/errors.js the "(conn:\u2026, no: \u2026, SQLState: \u2026)" header) gave up opening the socket',
        void 0,
        ["SqlError: (conn:-1, no: 45028, SQLState: HY000) pool timeout: failed to retrieve a connection from pool after 10001ms", "SqlError: (conn:12, no: 1045, SQLState: 28000) Access denied for user 'app'@'172.18.0.1' (using password: YES)", "SqlError: (conn:12, no: 45026, SQLState: 08S01) socket timeout"]
      ))
    ],
    remediation: "Start MariaDB (a `mariadb` service container) and export MYSQL_URL / DATABASE_URL to the tests.",
    container: mysqlContainer("mariadb:11")
  },
  {
    name: "redis",
    aliases: ["redis", "valkey"],
    connectionVariables: ["REDIS_URL", "REDIS_HOST", "REDIS_PORT", "REDIS_URI", "VALKEY_URL"],
    ports: [6379],
    hostnames: ["redis", "valkey"],
    urlSchemes: ["redis", "rediss"],
    phpNames: ["Redis", "RedisCluster", "RedisArray", "RedisSentinel", "Predis\\Client"],
    clients: {
      python: ["redis", "aioredis", "valkey"],
      npm: ["ioredis", "redis", "@redis/client", "iovalkey"],
      ruby: ["redis", "redis-client", "redis_client", "hiredis"],
      java: ["redis.clients.jedis", "io.lettuce"],
      php: ["predis/predis"],
      // redigo's first home (garyburd) and go-redis's gopkg.in versions are still imported by older projects.
      go: ["github.com/go-redis/redis", "github.com/redis/go-redis", "github.com/gomodule/redigo", "github.com/garyburd/redigo", "gopkg.in/redis.v3", "gopkg.in/redis.v4", "gopkg.in/redis.v5", "github.com/mediocregopher/radix", "github.com/redis/rueidis", "github.com/rueian/rueidis"]
    },
    tools: ["redis-cli", "redis-server", "valkey-cli"],
    socket: /redis/i,
    mentions: /redis|jedis|lettuce|valkey/i,
    unreachable: [
      // Not a negative number: getaddrinfo's errors, never a refusal. -2/-3/-5 (EAI_NONAME, EAI_AGAIN, EAI_NODATA) are a name that
      // did not resolve, read as a lookup below; -6, -8 (ai_family, Servname not supported) are settings the code built wrong (attack 29c).
      ind(
        "redis.py.connecting",
        "Redis unreachable (redis-py)",
        [new RegExp(String.raw`Error (?:(?!-)\d+ )?(?:while )?connecting to ${HOST_PORT}`)],
        ["redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused."],
        "redis-py names the endpoint it could not reach",
        "endpoint",
        ["redis.exceptions.ConnectionError: Error -2 connecting to REDIS_HOST:6379. Name or service not known.", "redis.exceptions.ConnectionError: Error -6 connecting to localhost:6379. ai_family not supported."]
      ),
      ind(
        "redis.py.lookup",
        "Redis host does not resolve (redis-py)",
        [/Error -[235] connecting to (?<host>[\w.-]{1,255}):\d{1,5}\./],
        ["redis.exceptions.ConnectionError: Error -2 connecting to redis:6379. Name or service not known.", "redis.exceptions.ConnectionError: Error -3 connecting to redis-master:6379. Temporary failure in name resolution.", "redis.exceptions.ConnectionError: Error -3 connecting to localhost:6379. Temporary failure in name resolution."],
        "redis-py (redis/connection.py _error_message: \"Error {errno} connecting to {host}:{port}. {strerror}.\", errno from socket.gaierror) could not resolve the host; the host is read as any lookup's (a setting's name, `REDIS_HOST`, is no outage)",
        "dns",
        ["redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused."]
      ),
      ind(
        "redis.py.socket",
        "Redis socket missing (redis-py)",
        [/Error \d{1,4} connecting to unix socket: (?<socket>\S{1,255}?)\.? (?:No such file or directory|Connection refused)/],
        ["redis.exceptions.ConnectionError: Error 2 connecting to unix socket: /tmp/redis.sock. No such file or directory."],
        "no Redis listens on the unix socket"
      ),
      // The message is ioredis's own (lib/errors/MaxRetriesPerRequestError.ts); bun prints it without the class (`error: Reached ...`).
      ind(
        "redis.ioredis.max-retries",
        "Redis unreachable (ioredis)",
        [/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \(which is \d{1,6}\)\. Refer to "maxRetriesPerRequest" option/],
        ['MaxRetriesPerRequestError: Reached the max retries per request limit (which is 20). Refer to "maxRetriesPerRequest" option for details.', 'error: Reached the max retries per request limit (which is 1). Refer to "maxRetriesPerRequest" option for details.'],
        "ioredis gives up on a command only when it cannot reach the server"
      ),
      // Not when redis-rb's own sentence follows with an endpoint no server could be at (`redis://localhost:6379/1:6379`,
      // a URL passed as the host: attack 29a), an address the project built wrong (EINVAL), or only a timeout (a timeout
      // of the code's own choosing reads the same): those are read, if at all, by the endpoint rules below.
      ind(
        "redis.ruby.cannot-connect",
        "Redis unreachable (Ruby)",
        [/(?:Redis|RedisClient)::CannotConnectError(?!:?\s{1,4}Error connecting to Redis on (?!(?:[\w.-]{1,255}:\d{1,5}|\/[^\s()]{1,255}) \((?!Errno::EINVAL\)|Redis::TimeoutError\)|SocketError\))))/],
        ["Redis::CannotConnectError: Error connecting to Redis on localhost:6379 (Errno::ECONNREFUSED)", "Redis::CannotConnectError (Redis::CannotConnectError)"],
        "the redis gem could not connect",
        void 0,
        ["Redis::CannotConnectError: Error connecting to Redis on redis://localhost:6379/1:6379 (SocketError)", "Redis::CannotConnectError: Error connecting to Redis on 127.0.0.1:6379 (Errno::EINVAL)", "Redis::CannotConnectError: Error connecting to Redis on 127.0.0.1:6379 (Redis::TimeoutError)"]
      ),
      // A name that did not resolve (SocketError): the service's host name is the outage; another name is a setting.
      // `localhost` is no setting anyone mistypes: the runner's resolver lost its loopback name (as libpq's loopback-unresolved).
      ind(
        "redis.ruby.loopback-unresolved",
        "Redis host localhost does not resolve (redis-rb)",
        [/Error connecting to Redis on localhost:\d{1,5} \(SocketError\)/],
        ["Redis::CannotConnectError: Error connecting to Redis on localhost:6379 (SocketError)"],
        "redis-rb 4.x (lib/redis/client.rb establish_connection, SocketError from the lookup) could not resolve localhost, the loopback name no project mistypes: the runner's resolver lost it",
        void 0,
        ["Error connecting to Redis on localhost6:6379 (SocketError)", "Error connecting to Redis on localhost.localdomain:6379 (SocketError)"]
      ),
      ind(
        "redis.ruby.connect-lookup",
        "Redis host does not resolve (redis-rb)",
        [/Error connecting to Redis on (?!localhost:)(?<host>[\w.-]{1,255}):\d{1,5} \(SocketError\)/],
        ["Error connecting to Redis on redis:6379 (SocketError)", "Redis::CannotConnectError: Error connecting to Redis on redis-cache:6379 (SocketError)"],
        `redis-rb 4.x (lib/redis/client.rb establish_connection rescues the lookup's SocketError into CannotConnectError "Error connecting to Redis on host:port (SocketError)") could not resolve the host`,
        "dns",
        ["Error connecting to Redis on redis://localhost:6379/1:6379 (SocketError)"]
      ),
      // redis-rb 4.x's own sentence, which RSpec prints on the line under the class name: the endpoint it
      // dialled decides (its default port, or another port that may be configured wrong). EINVAL is left out
      // (an address the project built wrong), and so are what it says once connected (Redis::ConnectionError
      // "Connection lost", Redis::CommandError from the server).
      ind(
        "redis.ruby.connect-endpoint",
        "Redis unreachable (redis-rb)",
        [new RegExp(String.raw`Error connecting to Redis on ${HOST_PORT} \((?:Errno::ECONNREFUSED|Errno::EHOSTDOWN|Errno::EHOSTUNREACH|Errno::ENETUNREACH|Errno::EADDRNOTAVAIL|Errno::ETIMEDOUT)\)`), /Error connecting to Redis on (?<socket>\/[^\s()]{1,255}) \((?:Errno::ENOENT|Errno::ECONNREFUSED)\)/],
        ["       Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)", "Error connecting to Redis on /var/run/redis/redis.sock (Errno::ENOENT)"],
        'redis-rb 4.x (lib/redis/client.rb establish_connection: rescue of SocketError, ECONNREFUSED, EHOSTUNREACH, ETIMEDOUT, TimeoutError ... raise CannotConnectError, "Error connecting to Redis on #{location} (#{error.class})", location being path || "host:port") could not open the socket',
        "endpoint",
        ["Error connecting to Redis on 127.0.0.1:6379 (Errno::EINVAL)", "Error connecting to Redis on redsi:6379 (SocketError)", "Error connecting to Redis on 127.0.0.1:6379 (Redis::TimeoutError)", "Redis::ConnectionError: Connection lost (ECONNRESET)", "Redis::CommandError: NOAUTH Authentication required.", "Redis::CommandError: ERR wrong number of arguments for 'set' command"]
      ),
      // Not `Could not get a resource from the pool` alone: commons-pool's exhaustion (a leaked
      // connection, `NoSuchElementException: Timeout waiting for idle object`) reads the same; the
      // cause under it says whether Redis was refused (redis/jedis src/main/java/redis/clients/jedis/util/Pool.java).
      ind(
        "redis.jedis",
        "Redis unreachable (Jedis)",
        [/JedisConnectionException: (?:Failed to connect|java\.net\.ConnectException)/],
        ["redis.clients.jedis.exceptions.JedisConnectionException: Failed to connect to any host resolved for DNS name.", "redis.clients.jedis.exceptions.JedisConnectionException: Failed to connect to localhost:6379.", "Caused by: redis.clients.jedis.exceptions.JedisConnectionException: java.net.ConnectException: Connection refused (Connection refused)"],
        `Jedis (DefaultJedisSocketFactory.java: "Failed to connect to " + hostAndPort; 2.x/3.x wrap the socket's ConnectException) could not connect to Redis`,
        void 0,
        ["redis.clients.jedis.exceptions.JedisConnectionException: Could not get a resource from the pool", "redis.clients.jedis.exceptions.JedisConnectionException: Unexpected end of stream."]
      ),
      ind(
        "redis.lettuce",
        "Redis unreachable (Lettuce)",
        [/RedisConnectionException: Unable to connect/],
        ["io.lettuce.core.RedisConnectionException: Unable to connect to localhost/<unresolved>:6379"],
        "Lettuce could not connect to Redis"
      ),
      // The sentence alone is also what an authentication failure prints; only the failure kind after it says the server was not there.
      // Not `Redis server went away`: phpredis says it of any command on a socket never opened or closed since (attack 28h:
      // a client the code never connected), the server up or not.
      ind(
        "redis.phpredis",
        "Redis unreachable (phpredis)",
        [/RedisException: (?:Connection refused|php_network_getaddresses|No route to host)/],
        ["RedisException: Connection refused", "PHP Fatal error:  Uncaught RedisException: php_network_getaddresses: getaddrinfo for redis failed: Name or service not known"],
        "the phpredis extension could not reach the server",
        void 0,
        ["RedisException: ERR wrong number of arguments for 'set' command", "RedisException: NOAUTH Authentication required.", "PHP Fatal error:  Uncaught RedisException: Redis server went away in /app/src/Cache.php:31"]
      ),
      ind(
        "redis.stackexchange",
        "Redis unreachable (StackExchange.Redis)",
        [/It was not possible to connect to the redis server\(s\)[^\n]{0,300}?\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\b/],
        ["StackExchange.Redis.RedisConnectionException : It was not possible to connect to the redis server(s). UnableToConnect on localhost:6379", "It was not possible to connect to the redis server(s); to create a disconnected multiplexer, disable AbortOnConnectFail. SocketFailure on PING"],
        "StackExchange.Redis could not connect",
        void 0,
        ["It was not possible to connect to the redis server(s). There was an authentication failure; check that passwords (or client certificates) are configured correctly.", "It was not possible to connect to the redis server(s); to create a disconnected multiplexer, disable AbortOnConnectFail. "]
      ),
      ind(
        "redis.node-redis.closed",
        "Redis unreachable (node-redis)",
        [/\bRedis connection (?:to \S{1,300} )?failed|Redis connection in broken state/],
        ["Error: Redis connection to 127.0.0.1:6379 failed - connect ECONNREFUSED 127.0.0.1:6379"],
        "node-redis could not connect"
      ),
      // Client knowledge from the clients' own sources (issue 23).
      ind(
        "redis.py.connect-timeout",
        "Redis unreachable (redis-py connect timeout)",
        [/TimeoutError: Timeout connecting to server/],
        ["redis.exceptions.TimeoutError: Timeout connecting to server"],
        'redis-py (redis/connection.py, redis/asyncio/connection.py: TimeoutError("Timeout connecting to server")) gave up opening the socket',
        void 0,
        ["redis.exceptions.TimeoutError: Timeout reading from socket", "redis.exceptions.ResponseError: WRONGTYPE Operation against a key holding the wrong kind of value"]
      ),
      ind(
        "redis.predis",
        "Redis unreachable (Predis)",
        [new RegExp(String.raw`ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \[(?:tcp|tls|redis|rediss)://${HOST_PORT}\]`), /ConnectionException: (?:No such file or directory|Connection refused) \[unix:(?<socket>[^\]\s]{1,255})\]/],
        ["Predis\\Connection\\ConnectionException: Connection timed out [tcp://127.0.0.1:6379]", "Predis\\Connection\\ConnectionException: No such file or directory [unix:/var/run/redis/redis.sock]"],
        `Predis (src/Connection/AbstractConnection.php onConnectionError: "$message [$parameters]", the message being stream_socket_client's error) could not open the socket`,
        "endpoint",
        ["Predis\\Connection\\ConnectionException: Failed: ERR AUTH <password> called without any password configured for the default user. [tcp://127.0.0.1:6379]", "Predis\\Response\\ServerException: NOAUTH Authentication required."]
      ),
      ind(
        "redis.phpredis.timed-out",
        "Redis unreachable (phpredis connect timeout)",
        [/RedisException: (?:Connection timed out|Operation timed out)\b/],
        ["PHP Fatal error:  Uncaught RedisException: Connection timed out in /app/src/Cache.php:14"],
        "phpredis (library.c: the stream transport's error, thrown as RedisException when connect fails) timed out connecting",
        void 0,
        ["RedisException: read error on connection to 127.0.0.1:6379", "RedisException: NOAUTH Authentication required."]
      ),
      ind(
        "redis.node-redis.connect-timeout",
        "Redis unreachable (node-redis connect timeout)",
        [/ConnectionTimeoutError: Connection timeout/],
        ["ConnectionTimeoutError: Connection timeout"],
        'node-redis (packages/client/lib/errors.ts ConnectionTimeoutError, "Connection timeout") gave up connecting within connectTimeout',
        void 0,
        ["ClientClosedError: The client is closed", "SocketClosedUnexpectedlyError: Socket closed unexpectedly"]
      )
    ],
    rejected: [
      ind(
        "redis.rejected",
        "Redis answered and rejected the client",
        [/NOAUTH Authentication required|WRONGPASS/],
        ["ReplyError: NOAUTH Authentication required."],
        "the server was running and refused the credentials the project gave it"
      ),
      ind(
        "redis.rejected.auth-config",
        "Redis answered that it has no password to check",
        [/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/],
        ["Predis\\Connection\\ConnectionException: Failed: ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct? [tcp://127.0.0.1:6379]", "redis.exceptions.AuthenticationError: ERR Client sent AUTH, but no password is set"],
        "the server answered AUTH and has no requirepass (Redis 6+ ACL text, and the older one): the project sent a password the server was not configured with",
        void 0,
        ["redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused."]
      )
    ],
    remediation: "Start Redis (a `redis` service container) and export REDIS_URL to the tests.",
    container: {
      image: "redis:7-alpine",
      port: 6379,
      readiness: { protocol: "redis" },
      env: {},
      connection: (host, port) => ({ REDIS_URL: `redis://${host}:${port}`, REDIS_HOST: host, REDIS_PORT: String(port) }),
      url: (host, port) => `redis://${host}:${port}`
    }
  },
  {
    name: "mongodb",
    aliases: ["mongodb", "mongo"],
    connectionVariables: ["MONGODB_URI", "MONGODB_URL", "MONGO_URL", "MONGO_URI", "MONGO_HOST", "MONGO_PORT", "MONGODB_HOST", "MONGODB_PORT"],
    ports: [27017],
    hostnames: ["mongo", "mongodb"],
    urlSchemes: ["mongodb", "mongodb+srv"],
    phpNames: ["MongoDB\\Client", "MongoDB\\Driver\\Manager", "MongoClient"],
    clients: {
      python: ["pymongo", "motor", "mongoengine"],
      npm: ["mongodb", "mongoose"],
      ruby: ["mongo", "mongoid"],
      java: ["com.mongodb", "org.mongodb"],
      php: ["mongodb/mongodb"],
      go: ["go.mongodb.org/mongo-driver", "gopkg.in/mgo.v2", "github.com/globalsign/mgo"]
    },
    jdbc: ["mongodb"],
    tools: ["mongosh", "mongo", "mongod"],
    mentions: /pymongo|mongoose|mongodb|\bmongo\b/i,
    unreachable: [
      ind(
        "mongodb.server-selection",
        "MongoDB unreachable (server selection)",
        [/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/, /A timeout occurred after \d+ms selecting a server/, /server selection error: server selection timeout/],
        ["pymongo.errors.ServerSelectionTimeoutError: localhost:27017: [Errno 111] Connection refused", "MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017"],
        "the MongoDB driver found no server to talk to",
        void 0,
        // pymongo (pymongo/synchronous/topology.py _error_message) says which servers it knows: a known server that is no primary, or a wrong replica set name, answered.
        ['pymongo.errors.ServerSelectionTimeoutError: No replica set members match selector "Primary()", Timeout: 30s, Topology Description: <TopologyDescription id: 65f, topology_type: ReplicaSetNoPrimary>', "pymongo.errors.ServerSelectionTimeoutError: No primary available for writes, Timeout: 30s", 'pymongo.errors.ServerSelectionTimeoutError: No replica set members available for replica set name "rs0", Timeout: 30s']
      ),
      // Client knowledge from the clients' own sources (issue 23).
      ind(
        "mongodb.go.topology-unknown",
        "MongoDB unreachable (Go driver, every server Unknown)",
        [/server selection error: .{0,200}?current topology: \{ Type: \w{1,40}, Servers: \[\{ Addr: [^,\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/],
        ["server selection error: context deadline exceeded, current topology: { Type: Unknown, Servers: [{ Addr: localhost:27017, Type: Unknown, Last error: dial tcp [::1]:27017: connect: connection refused }, ] }"],
        "mongo-go-driver (x/mongo/driver/topology/errors.go ServerSelectionError, description Topology/Server String()) lists each server it could not reach as Type: Unknown with its last error",
        void 0,
        ["server selection error: context deadline exceeded, current topology: { Type: ReplicaSetNoPrimary, Servers: [{ Addr: mongo:27017, Type: RSSecondary, Average RTT: 1204000 }, ] }", 'server selection error: context deadline exceeded, current topology: { Type: Single, Servers: [{ Addr: localhost:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: auth error: sasl conversation error: unable to authenticate using mechanism "SCRAM-SHA-256": (AuthenticationFailed) Authentication failed. }, ] }']
      ),
      ind(
        "mongodb.libmongoc.no-suitable-servers",
        "MongoDB unreachable (libmongoc: PHP mongodb extension, C/C++)",
        [/No suitable servers found[^[]{0,80}\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/],
        ["MongoDB\\Driver\\Exception\\ConnectionTimeoutException: No suitable servers found (`serverSelectionTryOnce` set): [connection refused calling hello on 'localhost:27017']", "No suitable servers found: `serverSelectionTimeoutMS` expired: [connection timeout calling hello on 'localhost:27017']"],
        'libmongoc (mongoc-topology.c "No suitable servers found \u2026", scanner errors from mongoc-async.c "connection refused" / "connection timeout", mongoc-client.c "Failed to resolve") found no server',
        void 0,
        ["No suitable servers found (`serverSelectionTryOnce` set): [TLS handshake failed: certificate verify failed calling hello on 'localhost:27017']", "MongoDB\\Driver\\Exception\\AuthenticationException: Authentication failed.", "No suitable servers found (`serverSelectionTryOnce` set): [Failed to resolve 'mongo']"]
      ),
      ind(
        "mongodb.libmongoc.unresolved",
        "MongoDB host does not resolve (libmongoc)",
        [/No suitable servers found[^[]{0,80}\[Failed to resolve '(?<host>[\w.-]{1,255})'/],
        ["MongoDB\\Driver\\Exception\\ConnectionTimeoutException: No suitable servers found (`serverSelectionTryOnce` set): [Failed to resolve 'mongo']"],
        `libmongoc (mongoc-topology-scanner.c "Failed to resolve '%s'") could not resolve the host: a service host name is the service missing, another name is read as any unresolved host`,
        "dns"
      ),
      ind(
        "mongodb.rust.selection-timeout",
        "MongoDB unreachable (Rust driver)",
        [/Server selection timeout: No available servers/],
        ["Kind: Server selection timeout: No available servers. Topology: { Type: Unknown, Servers: [ { Address: localhost:27017, Type: Unknown, Error: Kind: I/O error: Connection refused (os error 111), labels: {} } ] }, labels: {}"],
        "the mongodb crate (driver/src/sdam/description/topology/server_selection.rs) found no server before serverSelectionTimeout",
        void 0,
        ["Kind: Server selection timeout: None of the available servers suitable for criteria ReadPreference(Primary). Topology: { Type: ReplicaSetNoPrimary }"]
      )
    ],
    rejected: [
      ind(
        "mongodb.rejected",
        "MongoDB answered and rejected the credentials",
        [/\(AuthenticationFailed\) Authentication failed|unable to authenticate using mechanism "|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/],
        ["pymongo.errors.OperationFailure: Authentication failed., full error: {'ok': 0.0, 'errmsg': 'Authentication failed.', 'code': 18, 'codeName': 'AuthenticationFailed'}", "MongoServerError: Authentication failed.", 'connection() error occurred during connection handshake: auth error: sasl conversation error: unable to authenticate using mechanism "SCRAM-SHA-256": (AuthenticationFailed) Authentication failed.'],
        'the server answered and refused the credentials (server error 18, AuthenticationFailed; mongo-go-driver x/mongo/driver/auth/auth.go "unable to authenticate using mechanism", errors.go "(Name) Message"); a Java or Go server-selection timeout that carries it is this, not an outage',
        void 0,
        ["pymongo.errors.ServerSelectionTimeoutError: localhost:27017: [Errno 111] Connection refused"]
      )
    ],
    remediation: "Start MongoDB (a `mongo` service container) and export MONGODB_URL to the tests.",
    container: {
      image: "mongo:7",
      port: 27017,
      readiness: { protocol: "mongodb" },
      // No MONGO_INITDB_ROOT_* variables: without them mongod starts once, without auth.
      env: {},
      connection: (host, port) => ({ MONGODB_URL: `mongodb://${host}:${port}/${database}`, MONGODB_URI: `mongodb://${host}:${port}/${database}`, MONGO_URL: `mongodb://${host}:${port}/${database}` }),
      url: (host, port) => `mongodb://${host}:${port}/${database}`
    }
  },
  {
    name: "rabbitmq",
    aliases: ["rabbitmq", "rabbit", "amqp"],
    connectionVariables: ["AMQP_URL", "RABBITMQ_URL", "AMQP_URI", "RABBITMQ_HOST", "RABBITMQ_PORT", "BROKER_URL", "CELERY_BROKER_URL"],
    ports: [5672],
    hostnames: ["rabbitmq", "rabbit", "amqp"],
    urlSchemes: ["amqp", "amqps"],
    phpNames: ["AMQPConnection", "AMQPChannel", "AMQPExchange", "AMQPQueue", "PhpAmqpLib\\Connection\\AMQPStreamConnection", "PhpAmqpLib\\Connection\\AMQPSocketConnection"],
    clients: {
      python: ["pika", "aio_pika", "amqp", "aiormq", "rabbitpy", "amqpstorm"],
      // `amqplib/callback_api` is amqplib's documented callback entry point (amqp-node/amqplib callback_api.js).
      npm: ["amqplib", "amqplib/callback_api", "amqp-connection-manager", "rascal"],
      ruby: ["bunny"],
      java: ["com.rabbitmq"],
      php: ["php-amqplib/php-amqplib"],
      go: ["github.com/rabbitmq/amqp091-go", "github.com/streadway/amqp"]
    },
    tools: ["rabbitmqctl", "rabbitmq-server"],
    mentions: /amqp|rabbitmq|\bpika\b|kombu|bunny/i,
    unreachable: [
      ind(
        "rabbitmq.unreachable",
        "RabbitMQ unreachable",
        [/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/, /amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i, /AMQPConnectionException: Socket error: could not connect to host/],
        ["pika.exceptions.AMQPConnectionError", "RabbitMQ.Client.Exceptions.BrokerUnreachableException: None of the specified endpoints were reachable", "Fatal error: Uncaught AMQPConnectionException: Socket error: could not connect to host. in /app/tests/x.php:3"],
        "the AMQP client could not reach the broker (php-amqp: librabbitmq's socket could not connect)"
      ),
      // Client knowledge from the clients' own sources.
      ind(
        "rabbitmq.php-amqplib.connect",
        "RabbitMQ unreachable (php-amqplib)",
        [/Error Connecting to server ?\(-?\d{1,5}\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/],
        ["PhpAmqpLib\\Exception\\AMQPRuntimeException: Error Connecting to server(111): Connection refused ", "PhpAmqpLib\\Exception\\AMQPIOException: Error Connecting to server (111): Connection refused"],
        `php-amqplib (PhpAmqpLib/Wire/IO/StreamIO.php "Error Connecting to server(%s): %s ", SocketIO.php "Error Connecting to server (%s): %s", with the socket's errno and text) could not open the socket`,
        void 0,
        ["PhpAmqpLib\\Exception\\AMQPIOException: Error Connecting to server(0): ", "PhpAmqpLib\\Exception\\AMQPConnectionClosedException: ACCESS_REFUSED - Login was refused using authentication mechanism AMQPLAIN. For details see the broker logfile.(0, 0)", "PhpAmqpLib\\Exception\\AMQPConnectionClosedException: Broken pipe or closed connection"]
      )
    ],
    rejected: [
      ind(
        "rabbitmq.rejected",
        "RabbitMQ answered and rejected the client",
        [/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \S{1,200} not found|access to vhost '[^']{0,200}' refused)/],
        ["pika.exceptions.ProbableAuthenticationError: ConnectionClosedByBroker: (403) 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.'", 'Error: Handshake terminated by server: 530 (NOT-ALLOWED) with message "NOT_ALLOWED - vhost test not found"'],
        "the broker was running and refused the credentials or virtual host the project gave it (RabbitMQ's own connection.close texts, which every client repeats)"
      ),
      ind(
        "rabbitmq.rejected.client",
        "RabbitMQ closed the connection during authentication (client classes)",
        [/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \(403\) Reason: "(?:username or password not allowed|no access to this vhost)"|Authentication with RabbitMQ failed\. Please check your connection settings/],
        ["pika.exceptions.ProbableAuthenticationError: ProbableAuthenticationError: Client was disconnected at a connection stage indicating a probable authentication error: ('ConnectionClosedByBroker: (403) ...',)", 'Exception (403) Reason: "username or password not allowed"', "Bunny::AuthenticationFailureError: Authentication with RabbitMQ failed. Please check your connection settings. Username: guest, vhost: /, password length: 5"],
        "the broker accepted the TCP connection and closed it at the authentication stage: pika (pika/exceptions.py ProbableAuthenticationError, ProbableAccessDeniedError), amqp091-go (types.go ErrCredentials, ErrVhost), Bunny (lib/bunny/exceptions.rb PossibleAuthenticationFailureError)",
        void 0,
        ["pika.exceptions.AMQPConnectionError", "Bunny::TCPConnectionFailedForAllHosts: Could not establish TCP connection to any of the configured hosts"]
      )
    ],
    remediation: "Start RabbitMQ (a `rabbitmq` service container) and export AMQP_URL to the tests.",
    container: {
      image: "rabbitmq:3-alpine",
      port: 5672,
      readiness: { protocol: "amqp" },
      // RabbitMQ's `guest` may only log in from localhost, and a published port is not localhost.
      env: { RABBITMQ_DEFAULT_USER: user, RABBITMQ_DEFAULT_PASS: password },
      connection: (host, port) => ({ AMQP_URL: `amqp://${user}:${password}@${host}:${port}/`, RABBITMQ_URL: `amqp://${user}:${password}@${host}:${port}/` }),
      url: (host, port) => `amqp://${user}:${password}@${host}:${port}/`
    }
  },
  {
    name: "kafka",
    aliases: ["kafka"],
    connectionVariables: ["KAFKA_BROKERS", "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_URL", "KAFKA_HOST", "KAFKA_PORT"],
    ports: [9092],
    hostnames: ["kafka", "broker"],
    urlSchemes: ["kafka"],
    clients: {
      python: ["kafka", "confluent_kafka", "aiokafka"],
      npm: ["kafkajs", "node-rdkafka", "@confluentinc/kafka-javascript"],
      // ruby-kafka's gem is required as `kafka` (zendesk/ruby-kafka lib/kafka.rb).
      ruby: ["rdkafka", "ruby-kafka", "kafka"],
      java: ["org.apache.kafka"],
      go: ["github.com/segmentio/kafka-go", "github.com/IBM/sarama", "github.com/Shopify/sarama", "github.com/confluentinc/confluent-kafka-go"]
    },
    tools: ["kafka-topics", "kafka-topics.sh"],
    mentions: /kafka/i,
    unreachable: [
      // Not KafkaJSNumberOfRetriesExceeded by its name: kafkajs (src/errors.js, src/retry/index.js) wraps the
      // last error of any retried operation in it, a broker's retriable answer too (`This server does not
      // host this topic-partition`); only its cause's words (`Connection error: `, `Connection timeout`, both
      // src/network/connection.js) say the broker was not reached.
      ind(
        "kafka.unreachable",
        "Kafka unreachable",
        [/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\b|Failed to connect: ))/, /Broker may not be available/, /KafkaJS\w{0,40}: Connection (?:error: |timeout\b)/],
        ["kafka.errors.NoBrokersAvailable: NoBrokersAvailable", "KafkaJSConnectionError: Connection error: connect ECONNREFUSED 127.0.0.1:9092", '"message":"[Consumer] Crash: KafkaJSNumberOfRetriesExceeded: Connection error: connect ECONNREFUSED 127.0.0.1:9092"', "KafkaJSConnectionError: Connection timeout"],
        'the Kafka client found no broker (kafkajs src/network/connection.js: "Connection error: \u2026" on a socket error, "Connection timeout" on connectionTimeout; not its "Connection closed by the server", "Not connected" or "Failed to connect: " for options that threw)',
        void 0,
        ['"message":"[Consumer] Crash: KafkaJSNumberOfRetriesExceeded: This server does not host this topic-partition"', "KafkaJSNonRetriableError", "KafkaJSConnectionError: Connection closed by the server", "KafkaJSConnectionError: Not connected", 'KafkaJSConnectionError: Failed to connect: "config.brokers" threw: brokers is not iterable']
      ),
      ind(
        "kafka.node-unreachable",
        "Kafka node unreachable",
        [new RegExp(String.raw`Connection to node -?\d+ \((?:[\w.-]*/)?${HOST_PORT}\) could not be established`)],
        ["[Producer clientId=producer-1] Connection to node -1 (localhost/127.0.0.1:9092) could not be established. Broker may not be available."],
        "the Kafka client names the broker it could not reach",
        "endpoint"
      ),
      // Client knowledge from the clients' own sources (issue 23).
      ind(
        "kafka.librdkafka.connect",
        "Kafka broker unreachable (librdkafka: confluent-kafka, rdkafka, Confluent.Kafka)",
        [new RegExp(String.raw`Connect to ipv[46]#${HOST_PORT} failed: `)],
        ["localhost:9092/bootstrap: Connect to ipv4#127.0.0.1:9092 failed: Connection refused (after 0ms in state CONNECT)"],
        'librdkafka (src/rdkafka_transport.c "Connect to %s failed: %s", the address printed with its family) could not open the socket',
        "endpoint",
        ["SASL authentication error: Authentication failed during authentication due to invalid credentials with SASL mechanism PLAIN", "Broker: Unknown topic or partition"]
      ),
      ind(
        "kafka.aiokafka.bootstrap",
        "Kafka unreachable (aiokafka)",
        [/KafkaConnectionError: Unable to bootstrap from \[\('(?<host>[^']{1,255})', (?<port>\d{1,5})/],
        ["aiokafka.errors.KafkaConnectionError: KafkaConnectionError: Unable to bootstrap from [('localhost', 9092, <AddressFamily.AF_UNSPEC: 0>)]"],
        'aiokafka (aiokafka/client.py: KafkaConnectionError(f"Unable to bootstrap from {self.hosts}")) reached no bootstrap server',
        "endpoint",
        ["aiokafka.errors.UnknownTopicOrPartitionError: [Error 3] UnknownTopicOrPartitionError"]
      ),
      ind(
        "kafka.sarama.out-of-brokers",
        "Kafka unreachable (Go sarama)",
        [/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/],
        ["kafka: client has run out of available brokers to talk to: dial tcp 127.0.0.1:9092: connect: connection refused"],
        "sarama (errors.go ErrOutOfBrokers) could reach none of the brokers it was given",
        void 0,
        ["kafka: invalid configuration (Net.SASL.User must not be empty when SASL is enabled)", "kafka: client has run out of available brokers to talk to: dial tcp: lookup kafka-1.internal on 127.0.0.53:53: no such host"]
      ),
      ind(
        "kafka.ruby-kafka.seed-brokers",
        "Kafka unreachable (ruby-kafka)",
        [/Could not connect to any of the seed brokers/],
        ["Kafka::ConnectionError: Could not connect to any of the seed brokers:"],
        "ruby-kafka (lib/kafka/cluster.rb) reached none of the seed brokers",
        void 0,
        ["Kafka::UnknownTopicOrPartition: Unknown topic or partition"]
      )
    ],
    remediation: "Start Kafka (a broker container) and point the tests at its bootstrap servers."
  },
  {
    name: "elasticsearch",
    aliases: ["elasticsearch", "elastic", "opensearch", "es"],
    connectionVariables: ["ELASTICSEARCH_URL", "ES_URL", "ELASTICSEARCH_HOST", "ELASTICSEARCH_PORT", "ELASTIC_URL"],
    ports: [9200],
    hostnames: ["elasticsearch", "opensearch", "es", "elastic"],
    urlSchemes: [],
    phpNames: ["Elasticsearch\\ClientBuilder", "Elastic\\Elasticsearch\\ClientBuilder"],
    clients: {
      python: ["elasticsearch", "opensearchpy", "elasticsearch_dsl"],
      npm: ["@elastic/elasticsearch", "@opensearch-project/opensearch", "elasticsearch"],
      ruby: ["elasticsearch", "opensearch-ruby"],
      java: ["org.elasticsearch", "co.elastic.clients", "org.opensearch"],
      php: ["elasticsearch/elasticsearch"],
      go: ["github.com/elastic/go-elasticsearch", "github.com/olivere/elastic"]
    },
    tools: [],
    http: true,
    mentions: /elasticsearch|opensearch/i,
    unreachable: [
      ind(
        "elasticsearch.unreachable",
        "Elasticsearch unreachable",
        [/elasticsearch\.exceptions\.ConnectionError|opensearchpy\.exceptions\.ConnectionError|NoLivingConnectionsError/, /Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/],
        ["elasticsearch.exceptions.ConnectionError: ConnectionError(<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused)", 'Elastic::Transport::Transport::Error: Failed to open TCP connection to localhost:9200 (Connection refused - connect(2) for "localhost" port 9200)'],
        // elastic-transport-ruby (lib/elastic/transport/transport/base.rb perform_request) raises its base Error with the message of a host_unreachable exception (Faraday::ConnectionFailed, but Faraday::TimeoutError too);
        // its Errors::* are the server's HTTP answers; "Cannot get new connection from pool." is a collection with no connection at all (connections/collection.rb get_connection falls back to a dead one), a configuration's.
        "the Elasticsearch client could not connect",
        void 0,
        ['Elastic::Transport::Transport::Errors::NotFound: [404] {"error":{"root_cause":[{"type":"index_not_found_exception","reason":"no such index [orders]"}]},"status":404}', "Elastic::Transport::Transport::Error: Net::ReadTimeout with #<TCPSocket:(closed)>", "Elastic::Transport::Transport::Error: Cannot get new connection from pool."]
      ),
      // Client knowledge from the clients' own sources (issue 23).
      ind(
        "elasticsearch.transport-py",
        "Elasticsearch unreachable (elastic-transport, Python client 8)",
        [/elastic_transport\.ConnectionError: Connection error caused by: (?![^\n]{0,400}\[Errno -[235]\])/, /elastic_transport\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/],
        ["elastic_transport.ConnectionError: Connection error caused by: NewConnectionError(<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused)"],
        'elastic-transport (elastic_transport/_exceptions.py ConnectionError.__str__: "Connection error caused by: \u2026") could not open a connection',
        void 0,
        ["elastic_transport.TlsError: TLS error caused by: SSLError([SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed)", "elastic_transport.ConnectionError: Connection error caused by: NameResolutionError(<urllib3.connection.HTTPConnection object at 0x7f>: Failed to resolve 'es01' ([Errno -2] Name or service not known))", "elasticsearch.NotFoundError: NotFoundError(404, 'index_not_found_exception', 'no such index [test]')"]
      ),
      ind(
        "elasticsearch.php.no-alive-nodes",
        "Elasticsearch unreachable (elasticsearch-php)",
        [/NoNodeAvailableException: (?:No alive nodes\. All the \d{1,4} nodes seem to be down|Exceeded maximum number of retries)/, /NoNodesAvailableException: No alive nodes found in your cluster/],
        ["Elastic\\Transport\\Exception\\NoNodeAvailableException: No alive nodes. All the 1 nodes seem to be down.", "Elasticsearch\\Common\\Exceptions\\NoNodesAvailableException: No alive nodes found in your cluster"],
        "elastic-transport-php (NodePool/SimpleNodePool.php, Transport.php) and elasticsearch-php 7 (connection pools) found no node that answered",
        void 0,
        ['Elastic\\Elasticsearch\\Exception\\ClientResponseException: 404 Not Found: {"error":{"type":"index_not_found_exception"}}']
      ),
      ind(
        "elasticsearch.olivere",
        "Elasticsearch unreachable (Go olivere/elastic)",
        [/no (?:active connection found: no )?Elasticsearch node available/],
        ["no active connection found: no Elasticsearch node available", "health check timeout: no Elasticsearch node available"],
        "olivere/elastic (client.go ErrNoClient) found no node that answered its health check",
        void 0,
        ["elastic: Error 404 (Not Found): no such index [orders] [type=index_not_found_exception]"]
      )
    ],
    remediation: "Start Elasticsearch/OpenSearch and point the tests at it."
  },
  {
    name: "sqlserver",
    family: "sql",
    aliases: ["sqlserver", "mssql", "sql-server"],
    connectionVariables: ["MSSQL_URL", "MSSQL_HOST", "MSSQL_PORT", "SQLSERVER_HOST", "SQLSERVER_PORT", "DATABASE_URL"],
    ports: [1433],
    hostnames: ["mssql", "sqlserver"],
    urlSchemes: ["mssql", "sqlserver"],
    clients: { python: ["pymssql"], npm: ["mssql", "tedious"], ruby: ["tiny_tds"], java: ["com.microsoft.sqlserver"], go: ["github.com/denisenkom/go-mssqldb", "github.com/microsoft/go-mssqldb"] },
    jdbc: ["sqlserver"],
    tools: ["sqlcmd"],
    mentions: /sqlserver|SqlClient|mssql|tedious/i,
    unreachable: [
      ind(
        "sqlserver.unreachable",
        "SQL Server unreachable",
        [/error (?:has )?occurred while establishing a connection to SQL Server/, /The TCP\/IP connection to the host (?<host>[\w.-]{1,255}), port (?<port>\d{1,5}) has failed/, /Login timeout expired/],
        ["A network-related or instance-specific error occurred while establishing a connection to SQL Server."],
        "the SQL Server client could not connect",
        "endpoint"
      ),
      // Client knowledge from the clients' own sources (issue 23).
      ind(
        "sqlserver.go-mssqldb",
        "SQL Server unreachable (Go go-mssqldb)",
        [new RegExp(String.raw`unable to open tcp connection with host '${HOST_PORT}'(?!: dial tcp: lookup )`)],
        ["unable to open tcp connection with host 'localhost:1433': dial tcp 127.0.0.1:1433: connect: connection refused"],
        `go-mssqldb (protocol_go113.go: "unable to open tcp connection with host '%v:%v': %w") could not open the socket`,
        "endpoint",
        ["mssql: login error: Login failed for user 'sa'.", "unable to open tcp connection with host 'sqlhost:1433': dial tcp: lookup sqlhost on 127.0.0.53:53: no such host"]
      ),
      ind(
        "sqlserver.odbc.tcp-provider",
        "SQL Server unreachable (Microsoft ODBC Driver: pdo_sqlsrv, sqlsrv, pyodbc, sqlcmd)",
        [/(?:\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\b/],
        ["PDOException: SQLSTATE[08001]: [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: Error code 0x2749", "Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : TCP Provider: Error code 0x2749."],
        'the Microsoft ODBC Driver reports the socket error of its connect as a Windows code: 0x2749 (what the Linux driver gives for a port nothing listens on, microsoft/mssql-docker#203 before the server is up), 0x274D (WSAECONNREFUSED), 0x2AF9 (WSAHOST_NOT_FOUND); its companion lines are "Login timeout expired" and "A network-related or instance-specific error has occurred while establishing a connection to SQL Server" (microsoft/msphpsql#1405)',
        void 0,
        ["PDOException: SQLSTATE[08001]: [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: Error code 0x2746", "SQLSTATE[08S01]: [Microsoft][ODBC Driver 17 for SQL Server]TCP Provider: Error code 0x68", "SQLSTATE[28000]: [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Login failed for user 'sa'."]
      ),
      ind(
        "sqlserver.freetds",
        "SQL Server unreachable (FreeTDS: pymssql, tiny_tds)",
        [/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/],
        ["pymssql._pymssql.OperationalError: (20009, b'DB-Lib error message 20009, severity 9:\\nUnable to connect: Adaptive Server is unavailable or does not exist (localhost)\\n')", "TinyTds::Error: Unable to connect: Adaptive Server is unavailable or does not exist"],
        "FreeTDS (SYBECONN/TDSECONN 20009, src/dblib/dblib.c and src/tds/util.c) could not reach the server",
        void 0,
        ["TinyTds::Error: Login failed for user 'sa'.", "DB-Lib error message 20018, severity 16: General SQL Server error: Check messages from the SQL Server"]
      ),
      // Client knowledge from the clients' own sources (know-pyrb).
      ind(
        "sqlserver.odbc.driver-missing",
        "SQL Server ODBC driver not installed (pyodbc, unixODBC)",
        [/Can't open lib '(?:ODBC Driver \d{1,2} for SQL Server|[^'\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\n]{0,100})' : file not found/],
        [`pyodbc.Error: ('01000', "[01000] [unixODBC][Driver Manager]Can't open lib 'ODBC Driver 18 for SQL Server' : file not found (0) (SQLDriverConnect)")`],
        `unixODBC's driver manager (DriverManager/SQLConnect.c: "Can't open lib '%s' : %s") could not load the SQL Server driver the connection names: Microsoft's msodbcsql or FreeTDS's is not installed`,
        void 0,
        ["pyodbc.InterfaceError: ('IM002', '[IM002] [unixODBC][Driver Manager]Data source name not found and no default driver specified (0) (SQLDriverConnect)')", `pyodbc.Error: ('01000', "[01000] [unixODBC][Driver Manager]Can't open lib 'PostgreSQL Unicode' : file not found (0) (SQLDriverConnect)")`]
      )
    ],
    remediation: "Start SQL Server and point the tests at it."
  },
  {
    name: "memcached",
    aliases: ["memcached", "memcache"],
    connectionVariables: ["MEMCACHED_URL", "MEMCACHED_HOST", "MEMCACHED_PORT", "MEMCACHE_SERVERS", "MEMCACHIER_SERVERS"],
    ports: [11211],
    hostnames: ["memcached", "memcache"],
    urlSchemes: ["memcached"],
    phpNames: ["Memcached", "Memcache", "memcache_connect"],
    clients: { python: ["pymemcache", "pylibmc", "bmemcached", "memcache"], npm: ["memjs", "memcached"], ruby: ["dalli"], java: ["net.spy.memcached", "net.rubyeye.xmemcached"], go: ["github.com/bradfitz/gomemcache"] },
    tools: ["memcached", "memcached-tool", "memcstat"],
    mentions: /memcache/i,
    unreachable: [
      ind(
        "memcached.unreachable",
        "memcached unreachable",
        [/Dalli::RingError\b/, /MemcacheServerError: .{0,80}(?:refused|unreachable)/i, /memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i, /MemJS: Server <[^>]{1,300}> failed/],
        ["Dalli::RingError: No server available", "MemJS: Server <localhost:11211> failed after (2) retries with error - connect ECONNREFUSED 127.0.0.1:11211"],
        "the memcached client found no server"
      ),
      // Client knowledge from the clients' own sources (issue 23).
      ind(
        "memcached.node-memcached.not-available",
        "memcached unreachable (Node memcached)",
        [new RegExp(String.raw`^\s*(?:Error: )?Server at ${HOST_PORT} not available\s*$`)],
        ["Error: Server at localhost:11211 not available", "Server at 127.0.0.1:11211 not available"],
        'the memcached package (3rd-Eden/memcached lib/memcached.js: "Server at <server> not available") has marked the server failed after its connection attempts, or never connected to it',
        "endpoint",
        ["Error: Server at localhost:11211 not available for writes (read-only mode)", "Error: Item is not available"]
      ),
      ind(
        "memcached.gomemcache.connect-timeout",
        "memcached unreachable (Go gomemcache)",
        [new RegExp(String.raw`memcache: connect timeout to ${HOST_PORT}`)],
        ["memcache: connect timeout to 127.0.0.1:11211"],
        'gomemcache (memcache/memcache.go ConnectTimeoutError: "memcache: connect timeout to " + addr) gave up connecting',
        "endpoint",
        ["memcache: cache miss", "memcache: no servers configured or available"]
      ),
      ind(
        "memcached.xmemcached",
        "memcached unreachable (Java XMemcached)",
        [/MemcachedException: There is no available connection at this moment/],
        ["net.rubyeye.xmemcached.exception.MemcachedException: There is no available connection at this moment"],
        "XMemcached (impl/MemcachedConnector.java) has no open session to any server",
        void 0,
        ["net.rubyeye.xmemcached.exception.MemcachedServerException: ERR unknown command"]
      ),
      // With the endpoint it names: another service's port there is the project's setting (attack 18).
      ind(
        "memcached.libmemcached.endpoint",
        "memcached unreachable (libmemcached, at the endpoint it names)",
        [new RegExp(String.raw`[Mm]emcached?\b[^\n]{0,160}(?<![\w.:[\]-])${HOST_PORT}[^\w\n][^\n]{0,60}?\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\b`)],
        // The endpoint nearest the message, not a cache key before it (`set of order:5432 on 127.0.0.1:11211`).
        ["RuntimeException: Memcached 127.0.0.1:11211: CONNECTION FAILURE", "RuntimeException: Memcached set of order:5432 on 127.0.0.1:11211 failed: CONNECTION FAILURE"],
        "libmemcached (memcached_strerror) could not reach the server at the endpoint the message names",
        "endpoint",
        ["RuntimeException: Memcached 127.0.0.1:11211: NOT STORED"]
      ),
      ind(
        "memcached.libmemcached",
        "memcached unreachable (libmemcached: pylibmc, PHP Memcached)",
        [/pylibmc\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /, /\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\b/, /(?:[Mm]emcache|memcached_\w{1,40}\().{0,200}?\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\b/],
        ["pylibmc.ConnectionError: error 3 from memcached_get(greeting): CONNECTION FAILURE", "Memcached::set() failed: SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY", 'string(21) "SERVER IS MARKED DEAD"', "RuntimeException: Memcached: CONNECTION FAILURE"],
        "libmemcached (memcached_strerror: CONNECTION FAILURE, HOSTNAME LOOKUP FAILURE, SERVER IS MARKED DEAD, SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY) and pylibmc (_pylibmcmodule.h: CONNECTION_FAILURE \u2192 pylibmc.ConnectionError, SERVER_MARKED_DEAD \u2192 ServerDead) could not reach the server",
        // Not its HOSTNAME LOOKUP FAILURE: libmemcached reports it the same for a host a malformed
        // setting made up (a URL split at its scheme looks up `memcached`): __fixtures__/floor/client-named-code.
        void 0,
        ["pylibmc.NotFound: error 16 from memcached_delete(greeting): NOT FOUND", "Memcached::getResultMessage(): NOT STORED", "Upload failed: CONNECTION FAILURE (HTTP 502)", "RuntimeException: Memcached memcached:11211: getaddrinfo() or getnameinfo() HOSTNAME LOOKUP FAILURE"]
      ),
      ind(
        "memcached.spymemcached.inactive-node",
        "memcached unreachable (spymemcached: node not connected)",
        [new RegExp(String.raw`Connection Status \{ ?(?:[\w.-]{0,255})?\/?${HOST_PORT} active: false\b`)],
        ["net.spy.memcached.OperationTimeoutException: Timeout waiting for value: waited 2,500 ms. Node status: Connection Status { /127.0.0.1:11211 active: false, authed: true, last read: 2,567 ms ago }"],
        "spymemcached (MemcachedConnection.connectionsStatus, MemcachedNode.isActive) reports the node it timed out on as not connected",
        "endpoint",
        ["net.spy.memcached.OperationTimeoutException: Timeout waiting for value: waited 2,500 ms. Node status: Connection Status { /127.0.0.1:11211 active: true, authed: true, last read: 2,502 ms ago }"]
      ),
      timeout(ind(
        "memcached.spymemcached.timeout",
        "memcached operation timed out (spymemcached)",
        [/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \S{1,300})?/, /^\s{0,20}java\.lang\.RuntimeException: Timed out waiting for operation\s*$/, /OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/],
        ["Caused by: net.spy.memcached.internal.CheckedOperationTimeoutException: Timed out waiting for operation - failing node: /127.0.0.1:11211", "java.lang.RuntimeException: Timed out waiting for operation", "net.spy.memcached.OperationTimeoutException: Mutate operation timed out,unable to modify counter [hits:c-1]"],
        "spymemcached (internal/OperationFuture.get, MemcachedClient.mutate) gave up waiting for the node: a node that is down, or one too slow",
        void 0,
        ["java.util.concurrent.TimeoutException: Timed out waiting for the report"]
      ))
    ],
    remediation: "Start memcached and point the tests at it.",
    container: {
      image: "memcached:1-alpine",
      port: 11211,
      readiness: { protocol: "text", hello: "version\r\n", ready: /^VERSION / },
      env: {},
      connection: (host, port) => ({ MEMCACHED_URL: `${host}:${port}`, MEMCACHED_HOST: host, MEMCACHED_PORT: String(port) }),
      url: (host, port) => `memcached://${host}:${port}`
    }
  },
  {
    name: "cassandra",
    aliases: ["cassandra", "scylla", "scylladb"],
    connectionVariables: ["CASSANDRA_HOST", "CASSANDRA_PORT", "CASSANDRA_CONTACT_POINTS"],
    ports: [9042],
    hostnames: ["cassandra", "scylla"],
    urlSchemes: [],
    // The DataStax Ruby driver's gem is cassandra-driver, required as `cassandra`.
    clients: { python: ["cassandra"], npm: ["cassandra-driver"], ruby: ["cassandra-driver", "cassandra"], java: ["com.datastax"], go: ["github.com/gocql/gocql"] },
    tools: ["cqlsh"],
    mentions: /cassandra|datastax|gocql|scylla/i,
    unreachable: [
      // Not when the one host it names answered and refused the credentials: cassandra-driver (lib/errors.js
      // NoHostAvailableError, " First host tried, %s: %s") and the Python driver (NoHostAvailable's dict of
      // per-host errors) print the server's AuthenticationError / AuthenticationFailed on the same line.
      ind(
        "cassandra.no-host",
        "Cassandra unreachable",
        [/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\(s\) tried for query failed)(?![^\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\/or password are incorrect))/],
        [`cassandra.cluster.NoHostAvailable: ('Unable to connect to any servers', {'127.0.0.1:9042': ConnectionRefusedError(111, "Tried connecting to [('127.0.0.1', 9042)]. Last error: Connection refused")})`, "gocql: unable to create session: unable to discover protocol version: dial tcp 127.0.0.1:9042: connect: connection refused"],
        "the Cassandra driver could reach no node",
        void 0,
        ["NoHostAvailableError: All host(s) tried for query failed. First host tried, 127.0.0.1:9042: AuthenticationError: Provided username cassandra and/or password are incorrect. See innerErrors.", `cassandra.cluster.NoHostAvailable: ('Unable to connect to any servers', {'127.0.0.1:9042': AuthenticationFailed('Failed to authenticate to 127.0.0.1:9042: Error from server: code=0100 [Bad credentials] message="Provided username cassandra and/or password are incorrect"')})`]
      ),
      // Client knowledge from the clients' own sources (issue 23).
      ind(
        "cassandra.java-driver4.contact-points",
        "Cassandra unreachable (DataStax Java driver 4)",
        [/AllNodesFailedException: Could not reach any contact point(?![^\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/],
        ["com.datastax.oss.driver.api.core.AllNodesFailedException: Could not reach any contact point, make sure you've provided valid addresses (showing first 1 nodes, use getAllErrors() for more): Node(endPoint=localhost/127.0.0.1:9042, hostId=null, hashCode=1b2c3d4e): [io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: localhost/127.0.0.1:9042]"],
        "the DataStax Java driver 4 (core/.../control/ControlConnection.java rewords the initial AllNodesFailedException) reached no contact point",
        void 0,
        ["com.datastax.oss.driver.api.core.AllNodesFailedException: Could not reach any contact point, make sure you've provided valid addresses (showing first 1 nodes, use getAllErrors() for more): Node(endPoint=localhost/127.0.0.1:9042, hostId=null, hashCode=1b2c3d4e): [com.datastax.oss.driver.api.core.auth.AuthenticationException: Authentication error on node localhost/127.0.0.1:9042: server replied with 'Provided username cassandra and/or password are incorrect']"]
      )
    ],
    rejected: [
      ind(
        "cassandra.rejected",
        "Cassandra answered and rejected the credentials",
        [/AuthenticationFailed\('Failed to authenticate to |code=0100 \[Bad credentials\]/],
        [`cassandra.cluster.NoHostAvailable: ('Unable to connect to any servers', {'127.0.0.1:9042': AuthenticationFailed('Failed to authenticate to 127.0.0.1:9042: Error from server: code=0100 [Bad credentials] message="Provided username cassandra and/or password are incorrect"')})`],
        `the node answered and refused the credentials: python-driver (cassandra/connection.py "Failed to authenticate to %s: %s", the server's 0x0100 Bad credentials error)`,
        void 0,
        [`cassandra.cluster.NoHostAvailable: ('Unable to connect to any servers', {'127.0.0.1:9042': ConnectionRefusedError(111, "Tried connecting to [('127.0.0.1', 9042)]. Last error: Connection refused")})`]
      )
    ],
    remediation: "Start Cassandra (a `cassandra` service container) and point the tests at it."
  },
  {
    // Added as the proof that a service is one entry: names, driver errors, container and readiness.
    name: "nats",
    aliases: ["nats", "nats-server"],
    connectionVariables: ["NATS_URL", "NATS_HOST", "NATS_PORT"],
    ports: [4222],
    hostnames: ["nats"],
    urlSchemes: ["nats", "tls"],
    clients: { python: ["nats"], npm: ["nats", "@nats-io/transport-node", "@nats-io/nats-core"], ruby: ["nats", "nats-pure"], java: ["io.nats"], go: ["github.com/nats-io/nats.go"] },
    tools: ["nats-server", "nats"],
    mentions: /\bnats\b|nats\.go|nats-io/i,
    unreachable: [
      ind(
        "nats.no-servers",
        "NATS unreachable",
        [/nats: no servers available for connection/, /NoServersError/, /NatsError: CONNECTION_REFUSED/, /Unable to connect to NATS servers?/],
        ["nats: no servers available for connection", "NatsError: CONNECTION_REFUSED", "nats.errors.NoServersError: nats: no servers available for connection"],
        "the NATS client found no server to connect to"
      )
    ],
    remediation: "Start a NATS server (a `nats` service container) and export NATS_URL to the tests.",
    container: {
      image: "nats:2-alpine",
      port: 4222,
      // The server speaks first: `INFO {...}`.
      readiness: { protocol: "text", ready: /^INFO \{/ },
      env: {},
      connection: (host, port) => ({ NATS_URL: `nats://${host}:${port}` }),
      url: (host, port) => `nats://${host}:${port}`
    }
  },
  {
    name: "clickhouse",
    family: "sql",
    aliases: ["clickhouse", "clickhouse-server"],
    connectionVariables: ["CLICKHOUSE_URL", "CLICKHOUSE_HOST", "CLICKHOUSE_PORT"],
    // 9000, its native port, is also MinIO's and PHP-FPM's: only the HTTP port names it alone.
    ports: [8123],
    hostnames: ["clickhouse"],
    // clickhouse-connect and the JDBC driver speak HTTP to 8123, and so do other servers on that port
    // (Home Assistant's): an HTTP client refused there may be the project's own server (attack 27b).
    http: "shared",
    urlSchemes: ["clickhouse"],
    clients: { python: ["clickhouse_driver", "clickhouse_connect", "aiochclient"], npm: ["@clickhouse/client", "clickhouse"], java: ["com.clickhouse", "ru.yandex.clickhouse"], go: ["github.com/ClickHouse/clickhouse-go"] },
    jdbc: ["clickhouse", "ch"],
    tools: ["clickhouse-client", "clickhouse"],
    mentions: /clickhouse/i,
    unreachable: [
      ind(
        "clickhouse.unreachable",
        "ClickHouse unreachable",
        [/clickhouse_driver\.errors\.NetworkError: Code: 210/, /ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/, /clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i],
        ["clickhouse_driver.errors.NetworkError: Code: 210. Connection refused (localhost:9000)", "com.clickhouse.client.ClickHouseException: Connection refused: localhost/127.0.0.1:8123"],
        "the ClickHouse client could not reach the server"
      )
    ],
    remediation: "Start ClickHouse (a `clickhouse/clickhouse-server` service container) and export CLICKHOUSE_URL to the tests.",
    container: {
      image: "clickhouse/clickhouse-server:24",
      port: 8123,
      readiness: { protocol: "text", hello: "GET /ping HTTP/1.0\r\n\r\n", ready: /^HTTP\/1\.[01] 200/ },
      env: { CLICKHOUSE_USER: user, CLICKHOUSE_PASSWORD: password, CLICKHOUSE_DB: database },
      connection: (host, port) => ({ CLICKHOUSE_URL: `http://${user}:${password}@${host}:${port}/${database}`, CLICKHOUSE_HOST: host, CLICKHOUSE_PORT: String(port) }),
      url: (host, port) => `http://${user}:${password}@${host}:${port}/${database}`
    }
  },
  {
    // S3-compatible object storage. Its API port, 9000, is also ClickHouse's native one: ClickHouse's
    // drivers name their own service first, so a bare refusal on 9000 is read as MinIO's.
    name: "minio",
    aliases: ["minio", "s3-minio"],
    connectionVariables: ["MINIO_ENDPOINT", "MINIO_URL", "MINIO_HOST", "MINIO_PORT", "S3_ENDPOINT", "S3_ENDPOINT_URL", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3"],
    ports: [9e3],
    hostnames: ["minio", "s3"],
    urlSchemes: ["minio"],
    clients: { python: ["minio"], npm: ["minio"], java: ["io.minio"], go: ["github.com/minio/minio-go"] },
    tools: ["mc"],
    http: true,
    mentions: /\bminio\b/i,
    unreachable: [
      ind(
        "minio.unreachable",
        "MinIO unreachable",
        [/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i, /io\.minio\.(?:errors\.)?\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/],
        ["urllib3.exceptions.MaxRetryError: ... raised by minio: Connection refused", "io.minio.errors.ServerException: Failed to connect to localhost/127.0.0.1:9000"],
        "the MinIO client could not reach the server",
        void 0,
        ["minio.error.S3Error: S3 operation failed; code: NoSuchBucket, message: The specified bucket does not exist", "S3Error: Access Denied."]
      ),
      // Client knowledge from the clients' own sources (issue 23).
      ind(
        "minio.botocore.endpoint",
        "S3 endpoint unreachable (boto3/botocore)",
        [/Could not connect to the endpoint URL: "https?:\/\/(?<host>[\w.-]{1,255})(?::(?<port>\d{1,5}))?[/"]/],
        ['botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "http://localhost:9000/test-bucket"'],
        `botocore (botocore/exceptions.py EndpointConnectionError: 'Could not connect to the endpoint URL: "{endpoint_url}"') could not reach the endpoint; a remote endpoint (AWS itself) stays ambiguous`,
        "endpoint",
        ["botocore.exceptions.NoCredentialsError: Unable to locate credentials", "botocore.exceptions.ClientError: An error occurred (NoSuchBucket) when calling the GetObject operation: The specified bucket does not exist"]
      )
    ],
    rejected: [
      ind(
        "minio.rejected",
        "MinIO answered and rejected the client",
        [/\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\b/],
        ["S3Error: The Access Key Id you provided does not exist in our records. code: InvalidAccessKeyId"],
        "the server was running and refused the credentials the project gave it"
      )
    ],
    remediation: "Start MinIO (a `minio/minio` service container, `server /data`) and export MINIO_ENDPOINT / S3_ENDPOINT to the tests.",
    container: {
      image: "minio/minio:latest",
      port: 9e3,
      command: ["server", "/data"],
      readiness: { protocol: "text", hello: "GET /minio/health/live HTTP/1.0\r\n\r\n", ready: /^HTTP\/1\.[01] 200/ },
      // MinIO wants a root password of 8 characters or more.
      env: { MINIO_ROOT_USER: user, MINIO_ROOT_PASSWORD: `${password}-${password}` },
      connection: (host, port) => ({ MINIO_ENDPOINT: `http://${host}:${port}`, MINIO_HOST: host, MINIO_PORT: String(port), MINIO_ACCESS_KEY: user, MINIO_SECRET_KEY: `${password}-${password}`, S3_ENDPOINT: `http://${host}:${port}`, AWS_ENDPOINT_URL: `http://${host}:${port}` }),
      url: (host, port) => `http://${host}:${port}`
    }
  },
  {
    name: "docker",
    aliases: ["docker", "dockerd", "testcontainers"],
    connectionVariables: ["DOCKER_HOST"],
    ports: [2375, 2376],
    hostnames: ["docker", "dind"],
    urlSchemes: [],
    clients: { python: ["docker", "testcontainers"], npm: ["dockerode", "testcontainers"], java: ["org.testcontainers", "com.github.dockerjava"], go: ["github.com/docker/docker/client", "github.com/testcontainers/testcontainers-go"] },
    tools: ["docker", "docker-compose"],
    socket: /docker/i,
    http: true,
    mentions: /docker\.sock|docker daemon|testcontainers|\bdockerd?\b/i,
    unreachable: [
      ind(
        "docker.daemon.cli",
        "Docker daemon not running",
        [/Cannot connect to the Docker daemon|Is the docker daemon running\?|permission denied while trying to connect to the Docker daemon/i, /error during connect: .{0,80}docker/i],
        ["Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"],
        "the Docker CLI could not reach the daemon"
      ),
      ind(
        "docker.daemon.sdk",
        "Docker daemon not reachable (SDK)",
        [/DockerException: Error while fetching server API version: [^\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/, /FileNotFoundError: \[Errno 2\] No such file or directory.{0,40}(?:docker|sock)/i, /connect ENOENT \/var\/run\/docker\.sock/],
        ["docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))", "Error: connect ENOENT /var/run/docker.sock", "docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', ConnectionRefusedError(111, 'Connection refused'))", "DockerException: Error while fetching server API version: (2, 'WaitNamedPipe', 'The system cannot find the file specified.')"],
        "the Docker SDK could not reach the daemon (docker-py docker/api/client.py _retrieve_server_version wraps whatever the version request raised: only a socket that is missing, refuses or is not permitted is the daemon absent)",
        void 0,
        ["docker.errors.DockerException: Error while fetching server API version: Not supported URL scheme http+docker", "docker.errors.DockerException: Error while fetching server API version: 500 Server Error for http+docker://localhost/version: Internal Server Error"]
      ),
      ind(
        "docker.socket-missing",
        "Docker socket missing (SDK)",
        [/SocketNotFoundError\("?[^")\n]{0,200}docker\.sock/, /docker\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i],
        ['failed to start registry: Client(Init(SocketNotFoundError("/var/run/docker.sock")))'],
        "the Docker SDK found no daemon socket"
      ),
      ind(
        "docker.testcontainers",
        "No Docker for Testcontainers",
        [/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i],
        ["java.lang.IllegalStateException: Could not find a valid Docker environment. Please see logs and check configuration", "Error: Could not find a working container runtime strategy"],
        "Testcontainers needs a Docker daemon and found none"
      )
    ],
    remediation: "Run the job on a runner with a Docker daemon (ubuntu-latest has one), or declare the dependency so a conditional approval is possible."
  }
];

// src/knowledge/registry.ts
var SERVICES = SERVICE_DEFINITIONS;
var reportedName = (s) => s.reportsAs ?? s.name;
var byName = /* @__PURE__ */ new Map();
for (const s of SERVICES) for (const alias of [s.name, ...s.aliases]) byName.set(alias.toLowerCase(), s);
var byPort = /* @__PURE__ */ new Map();
for (const s of SERVICES) for (const port of s.ports) byPort.set(port, s.name);
var byHost = /* @__PURE__ */ new Map();
for (const s of SERVICES) for (const host of s.hostnames) byHost.set(host, s.name);
var byScheme = /* @__PURE__ */ new Map();
for (const s of SERVICES) for (const scheme of s.urlSchemes) if (!byScheme.has(scheme)) byScheme.set(scheme, s.name);
var byTool = /* @__PURE__ */ new Map();
for (const s of SERVICES) for (const tool of s.tools) if (!byTool.has(tool)) byTool.set(tool, s.name);
var byJdbc = /* @__PURE__ */ new Map();
for (const s of SERVICES) for (const protocol of s.jdbc ?? []) byJdbc.set(protocol, reportedName(s));
function serviceDefinition(name) {
  return byName.get(name.toLowerCase());
}
function serviceForPort(port) {
  return byPort.get(port);
}
function serviceForHost(host) {
  if (/\.(?:\d{1,10}|invalid|example)$/i.test(host) && !/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return void 0;
  const label = (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) ? host : host.split(".")[0] ?? host).toLowerCase().replace(/[-_]?\d+$/, "");
  if (byHost.has(label)) return byHost.get(label);
  return GENERIC_SERVICE_HOSTS.includes(label) ? "" : void 0;
}
function serviceForScheme(scheme) {
  return byScheme.get(scheme.toLowerCase().replace(/\+.*$/, ""));
}
function serviceForTool(tool) {
  return byTool.get(tool.replace(/\.sh$/, "")) ?? byTool.get(tool);
}
function serviceForJdbc(protocol) {
  return byJdbc.get(protocol.toLowerCase());
}
function serviceForSocket(path) {
  return SERVICES.find((s) => s.socket?.test(path))?.name;
}
function connectionVariablesOf(service) {
  const s = serviceDefinition(service);
  if (service === SQL_FAMILY) return [...new Set(SERVICES.filter((d) => d.family === SQL_FAMILY).flatMap((d) => d.connectionVariables).concat(GENERIC_CONNECTION_VARIABLES))];
  if (s === void 0) return [];
  return s.family === SQL_FAMILY ? [.../* @__PURE__ */ new Set([...s.connectionVariables, ...GENERIC_CONNECTION_VARIABLES])] : s.connectionVariables;
}
function speaksHttp(service) {
  return serviceDefinition(service)?.http ?? false;
}
function serviceForClient(ecosystem, name) {
  const prefix = ecosystem === "java" || ecosystem === "go";
  const sep = ecosystem === "java" ? "." : "/";
  const matches = (client) => name === client || prefix && name.startsWith(client + sep);
  for (const s of SERVICES) if ((s.clients[ecosystem] ?? []).some(matches)) return reportedName(s);
  if (GENERIC_SQL_CLIENTS[ecosystem].some(matches)) return SQL_FAMILY;
  return void 0;
}
function serviceForPhpName(name) {
  const bare = name.replace(/^\\/, "");
  for (const s of SERVICES) if ((s.phpNames ?? []).includes(bare)) return reportedName(s);
  return void 0;
}
function phpClientNamespace(name) {
  const root = name.replace(/^\\/, "").split("\\")[0] ?? "";
  for (const s of SERVICES) if ((s.phpNames ?? []).some((n) => n.includes("\\") && n.split("\\")[0] === root)) return reportedName(s);
  return void 0;
}
function serviceForPhpLibraryFile(path) {
  const vendored = /(?:^|\/)vendor\/(?:composer\/\.\.\/)?([\w.-]{1,100}\/[\w.-]{1,100})\//.exec(path);
  if (vendored) return serviceForClient("php", (vendored[1] ?? "").toLowerCase());
  const layout = /^(?:\/usr\/share\/php\/)?([A-Za-z_]\w{0,60})\/(?:autoload|Autoloader)\.php$/.exec(path);
  if (!layout) return void 0;
  const root = layout[1] ?? "";
  for (const s of SERVICES) if ((s.clients.php ?? []).length > 0 && (s.phpNames ?? []).some((n) => n.includes("\\") && n.split("\\")[0] === root)) return reportedName(s);
  return void 0;
}
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
var driverFrames;
var buildDriverFrames = () => SERVICES.flatMap((s) => {
  const alternatives = [
    ...(s.clients.npm ?? []).map((p) => `node_modules/${escapeRe(p)}/`),
    ...(s.clients.python ?? []).map((p) => `-packages/${escapeRe(p)}/`),
    ...(s.clients.ruby ?? []).map((p) => `/gems/${escapeRe(p)}-\\d`),
    ...(s.clients.java ?? []).map((p) => `\\b${escapeRe(p)}\\.`),
    ...(s.clients.go ?? []).map((p) => escapeRe(p)),
    ...(s.clients.php ?? []).map((p) => `vendor/${escapeRe(p)}/`)
  ];
  return alternatives.length === 0 ? [] : [{ service: reportedName(s), pattern: new RegExp(alternatives.join("|")) }];
});
function driverFrameService(line) {
  driverFrames ??= buildDriverFrames();
  return driverFrames.find((d) => d.pattern.test(line))?.service;
}
function mentionedService(line) {
  for (const s of SERVICES) if (s.mentions.test(line)) return reportedName(s);
  return void 0;
}
function mentionedServices(line) {
  return [...new Set(SERVICES.filter((s) => s.mentions.test(line)).map(reportedName))];
}
var SERVICE_WORDS = [...new Set(SERVICES.flatMap((s) => [s.name, ...s.aliases, ...s.hostnames]).filter((w) => w.length >= 4))];

export {
  CREDENTIALS,
  HOST_PORT,
  GENERIC_SQL_CLIENTS,
  SERVICES,
  reportedName,
  serviceDefinition,
  serviceForPort,
  serviceForHost,
  serviceForScheme,
  serviceForTool,
  serviceForJdbc,
  serviceForSocket,
  connectionVariablesOf,
  speaksHttp,
  serviceForClient,
  serviceForPhpName,
  phpClientNamespace,
  serviceForPhpLibraryFile,
  driverFrameService,
  mentionedService,
  mentionedServices,
  SERVICE_WORDS
};
