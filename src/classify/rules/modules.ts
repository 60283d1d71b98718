// A library that is not installed. A service's client missing is infrastructure (the job lacks
// what reaches the service); another package is only possibly so; a submodule or a file of the
// project is the code's. interpret.ts reads the `module` group against the service definitions.
import { rule, type Indication, type Rule } from '../../knowledge/rule.js'
import { SERVICES } from '../../knowledge/registry.js'

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
// The service client libraries PHP loads from files (definitions.ts `clients.php`, composer names), and their namespace
// roots (the namespaced `phpNames` of a service that has such a library: `Predis`, `PhpAmqpLib`; never an
// extension-only service's, `PgSql`). A path naming one of them is that library's file.
const PHP_LIBRARY_SERVICES = SERVICES.filter(s => (s.clients.php ?? []).length > 0)
const PHP_CLIENT_PACKAGES = PHP_LIBRARY_SERVICES.flatMap(s => s.clients.php ?? []).map(escapeRe).join('|')
const PHP_LIBRARY_ROOTS = [...new Set(PHP_LIBRARY_SERVICES.flatMap(s => (s.phpNames ?? []).filter(n => n.includes('\\')).map(n => n.split('\\')[0] ?? '')))].map(escapeRe).join('|')
const PHP_CLIENT_FILE = String.raw`(?<path>(?:[^'()\s]{0,300}/)?vendor/(?:composer/\.\./)?(?:${PHP_CLIENT_PACKAGES})/[^'()\s]{1,300}|(?:/usr/share/php/)?(?:${PHP_LIBRARY_ROOTS})/(?:autoload|Autoloader)\.php)`

const maybe = (indication: Indication): Rule => rule('infrastructure', 'ambiguous', '', indication)
const infra = (indication: Indication): Rule => rule('infrastructure', 'high', '', indication)

export const MODULE_RULES: readonly Rule[] = [
  maybe({
    id: 'module.python.missing', title: 'Python module not installed',
    // A project that catches the import and re-raises it in its own words: `ImportError: psycopg2 is not installed`.
    patterns: [/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\w.]{1,200})'?/],
    examples: ["ModuleNotFoundError: No module named 'psycopg2'", 'ImportError: No module named redis'],
    why: 'a Python import failed', interpret: 'module:python'
  }),
  maybe({
    id: 'module.npm.missing', title: 'npm package not installed',
    patterns: [
      /Cannot find (?:module|package) '(?<module>[^'\s]{1,200})'/, /Failed to load url (?<module>[^\s(]{1,200}) \(resolved id/, /Failed to resolve (?:import|entry for package) "(?<module>[^"\s]{1,200})"/,
      // deno's resolver: a package.json dependency with no node_modules, an npm: specifier it cannot find, a bare name nothing maps.
      /Could not resolve "(?<module>[^"\s]{1,200})", but found it in a package\.json/, /Could not find a matching package for 'npm:(?<module>(?:@[\w.-]{1,100}\/)?[\w.-]{1,200})(?:@[^'\s]{0,60})?'/, /Relative import path "(?<module>[^"./\s][^"\s]{0,200})" not prefixed with \/ or \.\/ or \.\.\//, /Import "(?<module>[^"./\s][^"\s]{0,200})" not a dependency/
    ],
    examples: ["Error: Cannot find module 'pg'", "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'ioredis' imported from /app/test/a.test.js", 'error: Could not resolve "pg", but found it in a package.json. Deno expects the node_modules/ directory to be up to date.', "error: Could not find a matching package for 'npm:ioredis@^5' in the node_modules directory.", 'error: Relative import path "mysql2" not prefixed with / or ./ or ../', 'error: Import "pg" not a dependency'],
    // A shell's echo of an install command is what a script ran, not what failed.
    counterExamples: ['$ npm install pg --save', '+ npm install redis'],
    why: 'a Node import failed', interpret: 'module:npm'
  }),
  maybe({
    // ORMs that catch loading the driver and say so in their own words: sequelize's ConnectionManager
    // (for any MODULE_NOT_FOUND while pg loads, a jest.mock path of the project's too), TypeORM's
    // DriverPackageNotInstalledError (0.2, 0.3; for any error at all, a mock factory's too). The
    // wording never proves the package is absent: only possibly infrastructure.
    id: 'module.npm.orm-driver', title: 'npm driver reported missing by an ORM',
    patterns: [/Please install (?<module>(?:@[\w.-]{1,100}\/)?[\w.-]{1,200}) package manually/, /package has not been found installed\. (?:Try to install it: npm install|Please run "npm install) (?<module>(?:@[\w.-]{1,100}\/)?[\w.-]{1,200})/],
    examples: ['Error: Please install pg package manually', 'DriverPackageNotInstalledError: Postgres package has not been found installed. Please run "npm install pg".', 'DriverPackageNotInstalledError: Mysql package has not been found installed. Try to install it: npm install mysql --save'],
    counterExamples: ['$ npm install pg --save'],
    why: 'the ORM says its driver could not be loaded: a driver not installed, or an error inside loading it (a test\'s mock of the driver) that the ORM rewords'
  }),
  maybe({
    // A project's own words after catching the import: true most often, but only the import's failure proves it (an inverted guard says the same).
    id: 'module.python.reraised', title: 'Python module reported missing by the project',
    patterns: [/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\b/],
    examples: ['ImportError: psycopg2 is not installed', "RuntimeError: The 'redis' package is required"],
    counterExamples: ['ImportError: cannot import name x from y'],
    why: 'the project says a client library is missing; the import\'s own failure, when the log shows it, proves it', provenByFailedImport: true
  }),
  maybe({
    id: 'module.ruby.missing', title: 'Ruby library not installed',
    patterns: [/cannot load such file -- (?<module>[\w/.-]{1,200})/, /Could not find gem '(?<module>[\w-]{1,100})/, /Could not find (?<module>[a-z][\w-]{0,100}?)-\d[\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/],
    examples: ['LoadError: cannot load such file -- pg', "Bundler::GemNotFound: Could not find gem 'redis (~> 5.0)' in locally installed gems.", 'Could not find mysql2-0.5.6 in locally installed gems'],
    why: 'a Ruby require failed', interpret: 'module:ruby'
  }),
  maybe({
    id: 'module.java.jdbc-driver', title: 'JDBC driver not on the classpath',
    // HikariCP asks DriverManager.getDriver(jdbcUrl) when no driverClassName is set and wraps its only failure, SQLException
    // 'No suitable driver' (no registered driver accepts the URL): brettwooldridge/HikariCP
    // src/main/java/com/zaxxer/hikari/util/DriverDataSource.java, `"Failed to get driver instance for jdbcUrl=" + sanitizedUrl`.
    // Only a URL that starts well-formed (jdbc:<protocol>://) is read, and only as possible: an installed driver refuses a URL that
    // breaks later the same way (`jdbc:postgresql://localhost:null/orders`, attack 29a), and nothing on the line tells them apart.
    patterns: [/No suitable driver found for jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):/, /(?<lookup>Failed to get driver instance) for jdbcUrl=jdbc:(?<protocol>[a-z][a-z0-9]{0,39}):\/\//],
    examples: ['java.sql.SQLException: No suitable driver found for jdbc:postgresql://localhost:5432/test',
      'com.dieselpoint.norm.DbException: java.lang.RuntimeException: Failed to get driver instance for jdbcUrl=jdbc:mysql://localhost:3306/mydb?useSSL=false',
      'Caused by: java.lang.RuntimeException: Failed to get driver instance for jdbcUrl=jdbc:postgresql://postgres:5432/app'],
    // A URL without the `:` after its protocol, or with the protocol in capitals (drivers compare it case-sensitively), is one the
    // code built wrong, whatever driver is installed (attacks 29b, 29c).
    counterExamples: ['java.sql.SQLException: No suitable driver found for jdbc:POSTGRESQL://localhost:5432/orders', 'java.sql.SQLException: No suitable driver found for jdbc:postgresql//localhost:5432/orders', 'java.lang.RuntimeException: Driver org.postgresql.Driver claims to not accept jdbcUrl, jdbc:postgres://localhost:5432/app',
      'java.lang.RuntimeException: Failed to get driver instance for jdbcUrl=jdbc:mysql:localhost:3306/mydb',
      '[main] DEBUG com.zaxxer.hikari.util.DriverDataSource - Loaded driver with class name org.postgresql.Driver for jdbcUrl=jdbc:postgresql://localhost/app'],
    why: 'no JDBC driver is registered for the URL (DriverManager\'s "No suitable driver", also as HikariCP\'s DriverDataSource wraps it)', interpret: 'jdbc'
  }),
  maybe({
    id: 'module.java.class-not-found', title: 'Java class not found',
    patterns: [/ClassNotFoundException: (?<module>[\w.$]{1,200})/, /NoClassDefFoundError: (?<module>[\w/$]{1,200})/],
    examples: ['java.lang.ClassNotFoundException: org.postgresql.Driver', 'java.lang.NoClassDefFoundError: redis/clients/jedis/JedisPool'],
    why: 'a class is missing from the classpath', interpret: 'module:java'
  }),
  maybe({
    id: 'module.maven.unresolved', title: 'Maven dependency not resolved',
    patterns: [/Could not find artifact (?<module>[\w.-]{1,200}):[\w.-]{1,200}:/, /Failure to find (?<module>[\w.-]{1,200}):[\w.-]{1,200}:/, /artifacts? could not be resolved: (?<module>[\w.-]{1,200}):[\w.-]{1,200}:/],
    examples: ['[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project x:app:jar:1.0: Could not find artifact org.postgresql:postgresql:jar:42.7.1 in central'],
    why: 'Maven could not get a library the tests need', interpret: 'module:maven'
  }),
  maybe({
    id: 'module.php.missing', title: 'PHP class or function not defined',
    // PHP 8 quotes the class with ", PHP 7 with '; an extension that is not loaded defines neither its classes nor its functions.
    patterns: [/\b(?:Class|Interface) ["'](?<module>\\?[A-Za-z_][\w\\]{0,200})["'] not found/, /\bCall to undefined function (?<module>\\?[A-Za-z_][\w\\]{0,200})\(\)/],
    examples: ['PHP Fatal error:  Uncaught Error: Class "Redis" not found in /app/src/Cache.php:14', 'Error: Call to undefined function pg_connect()', "Error: Class 'Memcached' not found", 'Error: Class "MongoDB\\Driver\\Manager" not found'],
    counterExamples: ['Class "Redis" is not instantiable', 'Call to undefined method Redis::foo()'],
    why: 'PHP could not find a class or function: a service client whose extension or library is not installed, or the project\'s own code', interpret: 'module:php'
  }),
  // Only possible, never sure (attack 31b): the same words come from a path the project built wrong under an installed
  // client's directory (a `require_once __DIR__ . '/../vendor/...'` copied one directory deeper) and from an include_path
  // the code replaced (`set_include_path()` dropping /usr/share/php); the warning form never shows the include_path.
  maybe({
    id: 'module.php.required-client-file', title: 'PHP client library not installed (a required file of it is missing)',
    // php-src main/main.c php_message_handler_for_zend: ZMSG_FAILED_REQUIRE_FOPEN, "Failed opening required '%s'
    // (include_path='%s')" (a fatal error; PHPUnit prints it as `Error in bootstrap script`), after the stream
    // layer's warning "%s(%s): Failed to open stream: %s" (main/streams/streams.c php_stream_display_wrapper_errors;
    // "failed" before PHP 8). Only a path that is a service client library's (composer's vendor/<package>/ of a
    // listed client, or a client's autoloader in Debian's include_path layout) is read (interpret.ts `file:php`);
    // the project's own files, composer's own autoloader and any other package say nothing here.
    patterns: [new RegExp(String.raw`\bFailed opening required '${PHP_CLIENT_FILE}' \(include_path=`), new RegExp(String.raw`\brequire(?:_once)?\(${PHP_CLIENT_FILE}\): [Ff]ailed to open stream: No such file or directory`)],
    examples: ["Failed opening required 'Predis/autoload.php' (include_path='.:/usr/share/php')",
      "PHP Warning:  require_once(Predis/autoload.php): Failed to open stream: No such file or directory in /work/app/vendor/autoload.php on line 26",
      "PHP Fatal error:  Uncaught Error: Failed opening required '/app/vendor/composer/../predis/predis/src/Autoloader.php' (include_path='.:/usr/share/php') in /app/vendor/composer/autoload_real.php:41",
      "Warning: require(/srv/app/vendor/php-amqplib/php-amqplib/PhpAmqpLib/Connection/AMQPStreamConnection.php): failed to open stream: No such file or directory in /srv/app/src/Queue.php on line 5"],
    counterExamples: ["Failed opening required '/app/src/Predis/Cache.php' (include_path='.:/usr/share/php')",
      "Failed opening required 'vendor/autoload.php' (include_path='.:/usr/share/php')",
      "PHP Warning:  require_once(/app/tests/bootstrap.php): Failed to open stream: No such file or directory in /app/phpunit.php on line 3",
      "Failed opening required 'PgSql/autoload.php' (include_path='.:/usr/share/php')",
      "PHP Warning:  include(Predis/autoload.php): Failed to open stream: No such file or directory in /app/x.php on line 2",
      "Failed opening required '/app/vendor/acme/predis-helpers/src/functions.php' (include_path='.:/usr/share/php')"],
    why: 'PHP could not open a file of a service\'s client library for `require`: the library (composer package, or Debian\'s package under /usr/share/php) is not installed', interpret: 'file:php'
  }),
  maybe({
    id: 'module.php.extension', title: 'PHP extension not loaded',
    // dibi's drivers quote it (src/Dibi/Drivers/*/Connection.php: `PHP extension 'mysqli' is not loaded.`, after extension_loaded()).
    patterns: [/\b(?:The |PHP )?(?<module>[A-Za-z_]\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i, /\bExtension (?<module>[A-Za-z_]\w{1,40}) is required\b/, /\bPHP extension '(?<module>[A-Za-z_]\w{1,40})' is not loaded\b/],
    examples: ['The Redis extension is not loaded.', 'Extension memcached is required.', 'The amqp extension is not installed', "Dibi\\NotSupportedException: PHP extension 'mysqli' is not loaded."],
    counterExamples: ['Loaded the Redis extension in 0.2 ms', "PHP extension 'mysqli' is loaded."],
    why: 'the project says the PHP extension its client needs is not loaded; PHP\'s own error (a class or function not found) proves it'
  }),
  infra({
    id: 'module.php.pdo-driver.named', title: 'PDO driver not installed',
    // Laravel names the connection the driver was missing for: `could not find driver (Connection: pgsql, SQL: ...)`.
    patterns: [/\bcould not find driver \(Connection: (?<service>[\w-]{1,40})/],
    examples: ['Illuminate\\Database\\QueryException: could not find driver (Connection: pgsql, SQL: select * from "users")'],
    counterExamples: ['could not find driver config (Connection: pgsql)'],
    why: 'PDO has no driver for the connection: the PHP extension that reaches the service (pdo_pgsql, pdo_mysql) is not installed', interpret: 'named'
  }),
  maybe({
    id: 'module.php.pdo-driver', title: 'PDO driver not installed',
    // dibi rewords it (src/Dibi/Drivers/PDO/Connection.php: PDO's `could not find driver` becomes `PHP extension for PDO is not loaded.`).
    patterns: [/\bcould not find driver(?=$|["'.,;)]|\s\(|\s+in\s)/, /\bPHP extension for PDO is not loaded\b/],
    examples: ['PDOException: could not find driver', 'Doctrine\\DBAL\\Exception\\DriverException: An exception occurred in the driver: could not find driver', 'Dibi\\NotSupportedException: PHP extension for PDO is not loaded.'],
    counterExamples: ['Could not find driver for browser chrome', 'could not find driver config in settings.yml', 'PHP extension for PDO is loaded.'],
    why: 'PDO has no driver for the DSN: the extension for its database is not installed; which database comes from the DSN or the client around it',
    namedByFrameBelow: true
  }),
  maybe({
    id: 'module.go.missing', title: 'Go package not available',
    patterns: [/cannot find package "(?<module>[\w./-]{1,200})"/, /no required module provides package (?<module>[\w./-]{1,200})/],
    examples: ['store.go:5:2: cannot find package "github.com/lib/pq" in any of:', 'store.go:5:2: no required module provides package github.com/lib/pq; to add it:'],
    why: 'a Go package the build needs is not there', interpret: 'module:go'
  }),
  infra({
    id: 'module.go.client-no-go-files', title: 'Go client package not installed (its directory is empty)',
    // go/build's NoGoError (golang/go src/go/build/build.go: "no Go files in " + dir), as `go test` prints it
    // under the importing package (`imports <path>: no Go files in <dir>`). Only for an import path that IS
    // a client's package (lib/pq and go-sql-driver/mysql at their repository root, redigo's `redis`
    // below its root): its directory found empty means the client was not installed. A repository root
    // that holds no package (`github.com/gomodule/redigo`, attack 26 on the floor) is the code's wrong
    // import path, so the list names packages, never module roots; nor a root that is a package in one major
    // version only (pgx v3's `github.com/jackc/pgx`, go-redis v6's `github.com/go-redis/redis`: with v4 or v8
    // installed beside it, the root holds none, attack 28a).
    patterns: [/\bimports (?<module>github\.com\/lib\/pq|github\.com\/go-sql-driver\/mysql|github\.com\/jackc\/pgx\/v[45](?:\/stdlib|\/pgxpool)?|github\.com\/jackc\/pgconn|github\.com\/(?:go-redis\/redis\/v[7-9]|redis\/go-redis\/v9)|github\.com\/(?:gomodule|garyburd)\/redigo\/redis|github\.com\/ziutek\/mymysql\/(?:mysql|native|godrv|thrsafe|autorc)|go\.mongodb\.org\/mongo-driver\/mongo|gopkg\.in\/mgo\.v2|github\.com\/(?:streadway\/amqp|rabbitmq\/amqp091-go)): no Go files in \//],
    examples: ['\timports github.com/lib/pq: no Go files in /work/gopath/src/github.com/lib/pq', '\timports github.com/gomodule/redigo/redis: no Go files in /usr/share/gocode/src/github.com/gomodule/redigo/redis'],
    counterExamples: ['\timports github.com/jackc/pgx: no Go files in /usr/share/gocode/src/github.com/jackc/pgx', '\timports github.com/go-redis/redis: no Go files in /go/src/github.com/go-redis/redis', '\timports github.com/gomodule/redigo: no Go files in /usr/share/gocode/src/github.com/gomodule/redigo', '\timports github.com/lib/pq/oid: no Go files in /go/src/github.com/lib/pq/oid', '\timports github.com/acme/store: no Go files in /go/src/github.com/acme/store'],
    why: 'the importing package names a service client\'s package whose directory holds no Go files: the client library was not installed (go/build NoGoError)', interpret: 'module:go'
  })
]
