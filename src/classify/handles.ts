// Which handle a teardown closed, and which a refused setup was making: read from the source
// lines runners print around an error (jest's `> 10 |` frame, vitest's and Ruby's line above a
// caret, pytest's `>` line, Python's source line under `File ...`, RSpec's `Failure/Error:`) and
// from Java's helpful NullPointerException (`Cannot invoke "T.close()" because "this.conn" is
// null`). They can only lower a teardown's null to code (it closed a stub, a server, another
// object's property, a name the setup did not assign); that it closed the refused setup's handle
// is never more than likely (units.ts mayCloseItsHandles).

/** A method that closes a handle, as the closing call on a null names it (rules/code.ts CLOSING_HANDLE). */
const CLOSING_METHOD = '(?:end|close|quit|disconnect|destroy|shutdown|release|dispose|finish)'

/** `recv.close(`, `@redis.quit`, `$this->db->close(`: the receiver is group 1, `?.` in group 2 (an optional call never throws on null). */
const CLOSING_CALL = new RegExp(`((?:[A-Za-z_$][\\w$]{0,100}\\??(?:\\.|->)){0,8})([A-Za-z_$][\\w$]{0,100})(\\?)?(?:\\.|->)\\$?${CLOSING_METHOD}\\b`, 'g')

/**
 * Who holds a variable, as a setup and a teardown both write it: `this.`, Python's `self.`/`cls.`
 * (one class's attribute), Ruby's `@`, PHP's `$this->`, a suite's `state.`; none for a plain
 * variable. A local of one function (JS `const`, a Python or Ruby bare name) is another's never.
 */
function holderOf(prefix: string): string {
  const p = prefix.replace(/\?/g, '').replace(/->/g, '.')
  if (p === '') return ''
  if (/^(?:self|cls)\.$/.test(p)) return 'self.'
  if (/^\$?this\.$/.test(p)) return 'this.'
  return p
}

/** A frame in a library's code, not the project's (a driver's own `conn = _connect(...)`). */

export const LIBRARY_PATH = /(?:site-packages|dist-packages|node_modules|\/gems\/|rubygems|\/vendor\/|\/usr\/lib\/|\/lib\/python3)/

/** A line that only points at the column above it (vitest's `   |      ^`, Ruby's `   ^^^^^`). */
export const CARET_LINE = /^\s{0,200}(?:\|\s{0,200})?\^{1,200}\s*$/

/** jest's marked frame line (`    > 10 |     await client.end()`). */
export const MARKED_FRAME = /^\s{0,12}>\s{0,12}\d{1,6}\s?\|/

/** Java's helpful NullPointerException: the type whose method was invoked, and the null expression. */
const JAVA_NPE = /Cannot invoke "([\w$.]{1,300})\.[\w$]{1,100}\([^")]{0,300}\)" because (?:"([^"]{1,300})"|the return value of "[^"]{1,300}") is null/

/** Words a handle to a service is named by, alone or in a compound (`redisClient`, `db_conn`, `pgPool`). */
const HANDLE_WORDS: ReadonlySet<string> = new Set([
  'conn', 'connection', 'connections', 'client', 'clients', 'pool', 'db', 'database', 'redis', 'channel', 'producer', 'consumer',
  'sequelize', 'knex', 'prisma', 'mongoose', 'mongo', 'mongodb', 'driver', 'datasource', 'jedis', 'lettuce', 'cursor', 'broker',
  'amqp', 'rabbit', 'rabbitmq', 'pg', 'postgres', 'postgresql', 'mysql', 'mariadb', 'memcached', 'memcache', 'mc', 'kafka',
  'elastic', 'elasticsearch', 'es', 'nats', 'publisher', 'subscriber', 'pdo', 'cassandra', 'etcd'
])

/** Words that name a service's handle as often as a project's own object (a Ruby Queue, an in-memory cache, an HTTP session): unproven either way. */
const MAYBE_WORDS: ReadonlySet<string> = new Set(['cache', 'queue', 'session', 'store', 'storage', 'backend', 'bus', 'index', 'search'])

/** Handle words that say what kind of handle, not which service: a project's own `PaymentClient` is one too. */
const GENERIC_WORDS: ReadonlySet<string> = new Set(['conn', 'connection', 'connections', 'client', 'clients', 'pool', 'driver', 'datasource', 'cursor', 'channel', 'producer', 'consumer', 'publisher', 'subscriber', 'broker', 'db', 'database'])

/** Packages of the service clients a Java project uses: a handle of these types is one. */
const JAVA_CLIENT_PACKAGE = /^(?:java\.sql|javax\.sql|org\.postgresql|com\.mysql|org\.mariadb|redis\.clients|io\.lettuce|org\.redisson|com\.rabbitmq|net\.spy\.memcached|net\.rubyeye\.xmemcached|com\.mongodb|org\.mongodb|org\.apache\.kafka|co\.elastic|org\.elasticsearch|org\.opensearch|com\.zaxxer\.hikari|io\.nats|com\.datastax|org\.springframework\.(?:jdbc|data\.redis|amqp))\./

function words(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean)
}

/** Named as a handle to a service (`client`, `redisConn`), not as a stub, a server, a file or a socket of the project's. */
export function namesHandle(name: string): boolean {
  return words(name).some(w => HANDLE_WORDS.has(w))
}

/** Named after a service, not only after a kind of handle (`redis`, `pgPool`; not `client`). */
function namesService(name: string): boolean {
  return words(name).some(w => HANDLE_WORDS.has(w) && !GENERIC_WORDS.has(w))
}

export interface Receiver {
  readonly name: string
  /** The receiver is a handle to a service (rules above). */
  readonly handle: boolean
}

/**
 * The receiver of the closing call a source line shows, if it shows one for sure: the call under
 * the caret when the runner points at a column (vitest, jest, Ruby, Python 3.11), else the only
 * closing call on the line. A receiver named ambiguously (`cache`, `queue`) shows nothing for sure.
 */
export function closedReceiverIn(sourceLine: string, caretColumn?: number): Receiver | undefined {
  const calls = [...sourceLine.matchAll(CLOSING_CALL)].filter(c => c[3] === undefined && !/^(?:this|self|cls|state|ctx|context)$/.test(c[2] as string))
  const pointed = caretColumn === undefined ? undefined : calls.find(c => caretColumn >= (c.index as number) && caretColumn < (c.index as number) + c[0].length)
  const call = pointed ?? (calls.length === 1 ? calls[0] : undefined)
  if (call === undefined) return undefined
  const name = call[2] as string
  if (!namesHandle(name) && words(name).some(w => MAYBE_WORDS.has(w))) return undefined
  // Held as the setup would hold it: `self.conn` is not `conn`, nor another object's `audit.conn`.
  const ruby = /@$/.test(sourceLine.slice(0, call.index as number)) ? '@' : ''
  return { name: `${holderOf(`${ruby}${call[1] as string}`)}${name}`, handle: namesHandle(name) }
}

/** The column a caret line points at (its first `^`), if it is one. */
export function caretColumn(line: string): number | undefined {
  return CARET_LINE.test(line) ? line.indexOf('^') : undefined
}

/**
 * Java names the type and the null expression: a handle when the expression names one and the
 * type is a service client's (java.sql.Connection) or named after a service (a RespClient held
 * as `this.redis`); the project's own `PaymentClient` held as `this.client` is not.
 */
export function javaReceiver(line: string): Receiver | undefined {
  const found = JAVA_NPE.exec(line)
  if (!found) return undefined
  const type = found[1] as string
  // A method's return value (`ClientDirectory.find(String)` found nothing) is no handle a setup made.
  if (found[2] === undefined) return { name: '', handle: false }
  const expression = found[2].split('.').pop() as string
  if (expression.startsWith('<')) return undefined
  const handle = namesHandle(expression) && (JAVA_CLIENT_PACKAGE.test(type) || namesService(expression) || namesService(type.split('.').pop() as string))
  return { name: bare(expression), handle }
}

/** `client = await pool.connect()`, `self.conn = psycopg2.connect(...)`, `@redis = Redis.new`: the name a setup assigns. */
const ASSIGNMENT = /(?:^|[\s>|:;({])((?:const|let|var)\s+)?((?:this|self|cls|state|ctx)\.|@|\$this->)?([A-Za-z_$][\w$]{0,100})\s*=\s*(?![=>])[^\n]{0,300}$/

/**
 * What a source line assigns, held as it is held (`self.conn`, `@conn`, `this.client`, `client`),
 * when it assigns a handle. A declaration (`const client = ...`) makes a local another hook never
 * sees: no assignment of what a teardown closes.
 */
export function assignedHandleIn(sourceLine: string): string | undefined {
  const found = ASSIGNMENT.exec(sourceLine)
  if (!found || found[1] !== undefined) return undefined
  const name = found[3] as string
  return namesHandle(name) ? `${holderOf(found[2] ?? '')}${name}` : undefined
}

function bare(name: string): string {
  return name.replace(/^[$@]+/, '')
}
