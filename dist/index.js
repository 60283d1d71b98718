import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import "./chunks/chunk-26LI6IR6.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message2) {
  const cmd = new Command(command, properties, message2);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message2) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message2;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message2) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message2)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code3, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code3), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message2) {
  process.exitCode = ExitCode.Failure;
  error(message2);
}
function error(message2, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function warning(message2, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function info(message2) {
  process.stdout.write(message2 + os4.EOL);
}

// src/main.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/classify/knowledge-base.ts
var infra = (id, title, service, pattern, why, interpret2) => ({
  id,
  title,
  kind: "infrastructure",
  confidence: "high",
  service,
  pattern,
  why,
  ...interpret2 ? { interpret: interpret2 } : {}
});
var ambiguousInfra = (id, title, pattern, why, interpret2) => ({
  id,
  title,
  kind: "infrastructure",
  confidence: "ambiguous",
  service: "",
  pattern,
  why,
  ...interpret2 ? { interpret: interpret2 } : {}
});
var code = (id, title, pattern, why) => ({
  id,
  title,
  kind: "code",
  confidence: "high",
  service: "",
  pattern,
  why
});
var HOST_PORT = String.raw`(?<host>\[[0-9A-Fa-f:.]{1,64}\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\w.-]{1,255}):(?<port>\d{1,5})(?!\d)`;
var CONNECTION_RULES = [
  // Libpq (psycopg2, psycopg, Ruby pg, any libpq client) in its several generations.
  infra(
    "postgresql.libpq.server-at",
    "PostgreSQL refused the connection (libpq)",
    "postgresql",
    /connection to server at "(?<host>[^"]{1,255})"(?: \([^)]{0,64}\))?, port (?<port>\d{1,5}) failed/,
    "libpq reports the host and port it could not reach",
    "endpoint"
  ),
  infra(
    "postgresql.libpq.socket",
    "PostgreSQL socket missing (libpq)",
    "postgresql",
    /connection to server on socket "(?<socket>[^"]{1,255})" failed|accepting connections on Unix domain socket "(?<socket2>[^"]{1,255})"/,
    "no server is listening on the local PostgreSQL socket"
  ),
  infra(
    "postgresql.libpq.could-not-connect",
    "PostgreSQL unreachable (libpq)",
    "postgresql",
    /could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[oó]n rehusada)|Is the server running (?:on host|locally)/,
    "the libpq client could not reach a PostgreSQL server"
  ),
  infra(
    "postgresql.ruby.connection-bad",
    "PostgreSQL unreachable (Ruby pg)",
    "postgresql",
    /PG::ConnectionBad\b/,
    "the pg gem raises ConnectionBad when it cannot connect"
  ),
  infra(
    "postgresql.jdbc.refused",
    "PostgreSQL refused the connection (PgJDBC)",
    "postgresql",
    new RegExp(String.raw`PSQLException: Connection to ${HOST_PORT} refused`),
    "PgJDBC names the host and port it could not reach",
    "endpoint"
  ),
  infra(
    "postgresql.npgsql",
    "PostgreSQL unreachable (Npgsql)",
    "postgresql",
    /Npgsql(?:\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/,
    "Npgsql could not open a connection"
  ),
  infra(
    "postgresql.asyncpg",
    "PostgreSQL unreachable (asyncpg)",
    "postgresql",
    /asyncpg\.exceptions\.(?:CannotConnectNowError|ConnectionDoesNotExistError)|asyncpg.{0,80}Connect call failed/,
    "asyncpg could not reach the server"
  ),
  infra(
    "mysql.cant-connect",
    "MySQL unreachable",
    "mysql",
    /Can't connect to (?:local )?MySQL server (?:on '?(?<host>[\w.:-]{1,255})'?|through socket)/,
    "the MySQL client library could not reach the server",
    "endpoint"
  ),
  infra(
    "mysql.jdbc.link-failure",
    "MySQL unreachable (Connector/J)",
    "mysql",
    /CommunicationsException: Communications link failure/,
    "Connector/J reports a link failure when nothing answers"
  ),
  infra(
    "mysql.mariadb-jdbc",
    "MariaDB unreachable (MariaDB Connector/J)",
    "mysql",
    /Could not connect to address=\(host=(?<host>[\w.:-]{1,255})\)\(port=(?<port>\d{1,5})\)/,
    "the MariaDB driver names the address it could not reach",
    "endpoint"
  ),
  infra(
    "mysql.dotnet",
    "MySQL unreachable (.NET)",
    "mysql",
    /Unable to connect to any of the specified MySQL hosts/,
    "MySqlConnector/Connector/NET could not reach any host"
  ),
  infra(
    "redis.py.connecting",
    "Redis unreachable (redis-py)",
    "redis",
    new RegExp(String.raw`Error (?:-?\d+ )?(?:while )?connecting to ${HOST_PORT}`),
    "redis-py names the endpoint it could not reach",
    "endpoint"
  ),
  infra(
    "redis.ruby.cannot-connect",
    "Redis unreachable (Ruby)",
    "redis",
    /(?:Redis|RedisClient)::CannotConnectError/,
    "the redis gem could not connect"
  ),
  infra(
    "redis.jedis",
    "Redis unreachable (Jedis)",
    "redis",
    /JedisConnectionException: (?:Could not get a resource|Failed to connect|java\.net\.ConnectException)/,
    "Jedis could not connect to Redis"
  ),
  infra(
    "redis.lettuce",
    "Redis unreachable (Lettuce)",
    "redis",
    /RedisConnectionException: Unable to connect/,
    "Lettuce could not connect to Redis"
  ),
  infra(
    "redis.stackexchange",
    "Redis unreachable (StackExchange.Redis)",
    "redis",
    /It was not possible to connect to the redis server/,
    "StackExchange.Redis could not connect"
  ),
  infra(
    "mongodb.server-selection",
    "MongoDB unreachable (server selection)",
    "mongodb",
    /ServerSelectionTimeoutError|MongoServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable|A timeout occurred after \d+ms selecting a server/,
    "the MongoDB driver found no server to talk to"
  ),
  infra(
    "rabbitmq.unreachable",
    "RabbitMQ unreachable",
    "rabbitmq",
    /AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed|amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i,
    "the AMQP client could not reach the broker"
  ),
  infra(
    "kafka.unreachable",
    "Kafka unreachable",
    "kafka",
    /NoBrokersAvailable|KafkaJSConnectionError|Broker may not be available|KafkaJSNumberOfRetriesExceeded/,
    "the Kafka client found no broker"
  ),
  infra(
    "elasticsearch.unreachable",
    "Elasticsearch unreachable",
    "elasticsearch",
    /elasticsearch\.exceptions\.ConnectionError|opensearchpy\.exceptions\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/,
    "the Elasticsearch client could not connect"
  ),
  infra(
    "sqlserver.unreachable",
    "SQL Server unreachable",
    "sqlserver",
    /error occurred while establishing a connection to SQL Server|The TCP\/IP connection to the host (?<host>[\w.-]{1,255}), port (?<port>\d{1,5}) has failed|Login timeout expired/,
    "the SQL Server client could not connect",
    "endpoint"
  ),
  // Docker: the CLI, docker-py, and Testcontainers in each language.
  infra(
    "docker.daemon.cli",
    "Docker daemon not running",
    "docker",
    /Cannot connect to the Docker daemon|Is the docker daemon running\?|permission denied while trying to connect to the Docker daemon|error during connect: .{0,80}docker/i,
    "the Docker CLI could not reach the daemon"
  ),
  infra(
    "docker.daemon.docker-py",
    "Docker daemon not reachable (docker-py)",
    "docker",
    /DockerException: Error while fetching server API version/,
    "docker-py could not reach the daemon"
  ),
  infra(
    "docker.testcontainers",
    "No Docker for Testcontainers",
    "docker",
    /Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i,
    "Testcontainers needs a Docker daemon and found none"
  ),
  // Generic refusals carry no service of their own: it comes from the endpoint or the context.
  infra(
    "network.connect-refused.endpoint",
    "Connection refused",
    "",
    /(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\w.-]{1,255}\/)?|Connect call failed \(')(?<host>\[[0-9A-Fa-f:.]{1,64}\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\w.-]{1,255})(?:'?, |:)(?<port>\d{1,5})(?!\d)/,
    "a client was refused by the endpoint it names",
    "endpoint"
  ),
  infra(
    "network.connect-refused.ruby",
    "Connection refused (Ruby)",
    "",
    /Connection refused - connect\(2\) for "?(?<host>[\w.:-]{1,255})"? port (?<port>\d{1,5})/,
    "a Ruby client was refused by the endpoint it names",
    "endpoint"
  ),
  infra(
    "network.connect-refused.http-pool",
    "HTTP endpoint refused (urllib3)",
    "",
    /HTTPConnectionPool\(host='(?<host>[^']{1,255})', port=(?<port>\d{1,5})\)/,
    "urllib3 names the endpoint it could not reach",
    "endpoint"
  ),
  infra(
    "network.connect-refused.kafka-node",
    "Kafka node unreachable",
    "kafka",
    new RegExp(String.raw`Connection to node -?\d+ \((?:[\w.-]*/)?${HOST_PORT}\) could not be established`),
    "the Kafka client names the broker it could not reach",
    "endpoint"
  ),
  infra(
    "network.connection-refused.python",
    "ConnectionRefusedError",
    "",
    /ConnectionRefusedError|\[Errno 111\] Connection refused|\[Errno 61\] Connection refused/,
    "the OS refused a connection; the service comes from the surrounding lines"
  ),
  infra(
    "network.connection-refused.generic",
    "Connection refused",
    "",
    /java\.net\.ConnectException: Connection refused|ConnectionRefused|Connection refused \(os error 111\)|SocketException \(111\)|actively refused it|ECONNREFUSED|Connexion refusée|Verbindungsaufbau abgelehnt|Conexión rehusada|Connessione rifiutata|Conexão recusada/,
    "the OS refused a connection; the service comes from the surrounding lines"
  ),
  infra(
    "network.unix-socket.missing",
    "Service socket missing",
    "",
    /dial unix (?<socket>\/[^\s:]{1,255}): connect: (?:no such file or directory|connection refused)/,
    "no server listens on the unix socket",
    "endpoint"
  ),
  infra(
    "network.database-operational-error",
    "Database driver could not connect",
    "",
    /OperationalError\)? .{0,80}(?:connect|connection)/i,
    "a database driver raised OperationalError while connecting"
  ),
  // DNS failures: a service host name (as compose or `services:` name them) that does not resolve.
  infra(
    "network.dns.service-host",
    "Service host name does not resolve",
    "",
    /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\w.-]{1,255})|could not translate host name "(?<host2>[\w.-]{1,255})"|lookup (?<host3>[\w.-]{1,255})(?: on [\d.:[\]]+)?: no such host|Error -[23] connecting to (?<host4>[\w.-]{1,255}):|Name or service not known.{0,40}\b(?<host5>[\w.-]{1,255}):\d|Temporary failure in name resolution/,
    "the client could not resolve the service host",
    "dns"
  ),
  // Host tools a test script shells out to.
  infra(
    "tool.missing",
    "Service client tool not installed",
    "",
    /(?:^|[\s:])(?<tool>psql|pg_isready|pg_dump|createdb|mysql|mysqladmin|redis-cli|redis-server|mongosh|mongo|mongod|docker|docker-compose|rabbitmqctl|kafka-topics(?:\.sh)?): (?:command )?not found/,
    "the test script needs a service client tool that is not installed",
    "tool"
  )
];
var MISSING_MODULE_RULES = [
  ambiguousInfra(
    "module.python.missing",
    "Python module not installed",
    /(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\w.]{1,200})'?/,
    "a Python import failed; a service client missing is infrastructure",
    "module:python"
  ),
  ambiguousInfra("module.python.libpq", "libpq shared library missing", /ImportError: libpq\.so/, "psycopg2 needs the libpq client library", void 0),
  ambiguousInfra(
    "module.npm.missing",
    "npm package not installed",
    /Cannot find (?:module|package) '(?<module>[^'\s]{1,200})'/,
    "a Node import failed; a service client missing is infrastructure",
    "module:npm"
  ),
  ambiguousInfra(
    "module.ruby.missing",
    "Ruby library not installed",
    /cannot load such file -- (?<module>[\w/.-]{1,200})|Could not find gem '(?<module2>[\w-]{1,100})/,
    "a Ruby require failed",
    "module:ruby"
  ),
  ambiguousInfra(
    "module.java.jdbc-driver",
    "JDBC driver not on the classpath",
    /No suitable driver found for jdbc:(?<protocol>\w{1,40})/,
    "no JDBC driver is registered for the URL",
    "jdbc"
  ),
  ambiguousInfra(
    "module.java.class-not-found",
    "Java class not found",
    /ClassNotFoundException: (?<module>[\w.$]{1,200})/,
    "a class is missing from the classpath; a known driver class is infrastructure",
    "module:java"
  )
];
var CODE_RULES = [
  code("code.assertion.python", "Assertion failed (Python)", /(?<!except |raise )\bAssertionError(?=:|\s*$)|^E\s+assert\b|^E\s+(?:where|and) |Failed: DID NOT RAISE/, "a test assertion failed"),
  code("code.assertion.jest", "Expectation failed (jest/vitest)", /^\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /, "jest or vitest printed a failed expectation"),
  code("code.assertion.node", "Assertion failed (node:assert/chai)", /AssertionError \[ERR_ASSERTION\]|\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\b/, "an assertion failed"),
  code("code.assertion.java", "Assertion failed (JUnit/AssertJ)", /AssertionFailedError|java\.lang\.AssertionError|ComparisonFailure|expected:\s?<.{0,200}> but was:\s?</, "a JUnit assertion failed"),
  code("code.assertion.go", "Assertion failed (Go)", /Error:\s+(?:Not equal|Should (?:be|not be|contain)|Expected|"[^"]*" does not contain)|\bgot:? .{0,200}\bwant:? |\bwant .{0,200}, got /, "a Go test assertion failed"),
  code("code.assertion.rust", "Assertion failed (Rust)", /assertion `left (?:==|!=) right` failed|assertion failed: |assertion failed: `\(left (?:==|!=) right\)`/, "a Rust assertion failed"),
  code("code.assertion.ruby", "Expectation failed (RSpec/Minitest)", /^\s+expected: |^\s+got: |\(compared using (?:==|eql\?|equal\?)\)|Expected .{0,200} to (?:be|equal|include|eq)\b/, "an RSpec or Minitest expectation failed"),
  code("code.assertion.dotnet", "Assertion failed (.NET)", /Assert\.\w+\(\) Failure|^\s*But was:|Expected: .{0,200}\s+But was:|Xunit\.Sdk\.\w+Exception/, "an xUnit or NUnit assertion failed"),
  code("code.expects-error", "A test expected an error and got another", /pytest\.raises\(|assertRaises|assertThrows|\.rejects\.toThrow|\.toThrow(?:Error)?\(|to\.throw\(|raise_error\b|Assert\.Throws|should\.throw/, "the test checks error behaviour, so a connection error in it is the subject under test"),
  // Only an exception as raised (name then ':' or end of line), not a name in quoted source (`except TypeError:`).
  code("code.runtime-error", "Runtime error in the code", /(?<!except |except \(|rescue |catch \()\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException)(?=:|\s*$)/, "the code raised a programming error"),
  code("code.compile-error", "Does not compile", /error\[E\d{4}\]|error TS\d{4}|error CS\d{4}|(?<!except )\b(?:SyntaxError|IndentationError)(?=:|\s*$)|cannot find symbol|COMPILATION ERROR|\.go:\d+:\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used)|Compilation failed/, "the code does not compile"),
  code("code.panic", "Panic (Go/Rust runtime error)", /panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference/, "the code panicked on a programming error")
];
var SERVICE_CLIENTS = {
  python: {
    psycopg2: "postgresql",
    psycopg: "postgresql",
    asyncpg: "postgresql",
    pg8000: "postgresql",
    sqlalchemy: "",
    pymongo: "mongodb",
    motor: "mongodb",
    mongoengine: "mongodb",
    redis: "redis",
    aioredis: "redis",
    cassandra: "cassandra",
    pymysql: "mysql",
    MySQLdb: "mysql",
    aiomysql: "mysql",
    pika: "rabbitmq",
    aio_pika: "rabbitmq",
    kafka: "kafka",
    confluent_kafka: "kafka",
    aiokafka: "kafka",
    elasticsearch: "elasticsearch",
    opensearchpy: "elasticsearch",
    pymssql: "sqlserver",
    pyodbc: "sqlserver",
    pymemcache: "memcached",
    docker: "docker",
    testcontainers: "docker"
  },
  npm: {
    pg: "postgresql",
    "pg-promise": "postgresql",
    postgres: "postgresql",
    mysql: "mysql",
    mysql2: "mysql",
    mariadb: "mysql",
    ioredis: "redis",
    redis: "redis",
    mongodb: "mongodb",
    mongoose: "mongodb",
    amqplib: "rabbitmq",
    "amqp-connection-manager": "rabbitmq",
    kafkajs: "kafka",
    "@elastic/elasticsearch": "elasticsearch",
    "@opensearch-project/opensearch": "elasticsearch",
    mssql: "sqlserver",
    tedious: "sqlserver",
    memjs: "memcached",
    dockerode: "docker",
    testcontainers: "docker"
  },
  ruby: { pg: "postgresql", mysql2: "mysql", redis: "redis", mongo: "mongodb", bunny: "rabbitmq", elasticsearch: "elasticsearch", dalli: "memcached", tiny_tds: "sqlserver" },
  java: {
    "org.postgresql.Driver": "postgresql",
    "com.mysql.cj.jdbc.Driver": "mysql",
    "com.mysql.jdbc.Driver": "mysql",
    "org.mariadb.jdbc.Driver": "mysql",
    "com.microsoft.sqlserver.jdbc.SQLServerDriver": "sqlserver"
  }
};
var JDBC_PROTOCOLS = { postgresql: "postgresql", mysql: "mysql", mariadb: "mysql", sqlserver: "sqlserver", mongodb: "mongodb" };
var TOOL_SERVICES = {
  psql: "postgresql",
  pg_isready: "postgresql",
  pg_dump: "postgresql",
  createdb: "postgresql",
  mysql: "mysql",
  mysqladmin: "mysql",
  "redis-cli": "redis",
  "redis-server": "redis",
  mongosh: "mongodb",
  mongo: "mongodb",
  mongod: "mongodb",
  docker: "docker",
  "docker-compose": "docker",
  rabbitmqctl: "rabbitmq",
  "kafka-topics": "kafka",
  "kafka-topics.sh": "kafka"
};
var SERVICE_HOSTNAMES = {
  postgres: "postgresql",
  postgresql: "postgresql",
  pg: "postgresql",
  db: "",
  database: "",
  mysql: "mysql",
  mariadb: "mysql",
  redis: "redis",
  cache: "",
  mongo: "mongodb",
  mongodb: "mongodb",
  rabbitmq: "rabbitmq",
  rabbit: "rabbitmq",
  broker: "",
  kafka: "kafka",
  elasticsearch: "elasticsearch",
  opensearch: "elasticsearch",
  es: "elasticsearch",
  mssql: "sqlserver",
  sqlserver: "sqlserver",
  memcached: "memcached",
  docker: "docker"
};
var SERVICE_HINTS = [
  { service: "postgresql", pattern: /psycopg|asyncpg|libpq|pg8000|org\.postgresql|jdbc:postgresql|Npgsql|\bPG::|node_modules\/pg\/|node_modules\/pg-pool|\bpgx\b|lib\/pq|\.s\.PGSQL|postgres(?:ql)?(?:\+\w+)?:\/\/|PSQLException|port 5432\b|:5432\b|sqlx::postgres/i },
  { service: "mysql", pattern: /pymysql|MySQLdb|mysql\.connector|mysql2|jdbc:mysql|jdbc:mariadb|com\.mysql|MySqlConnector|go-sql-driver|mysqld\.sock|mysql(?:\+\w+)?:\/\/|:3306\b|port 3306\b/i },
  { service: "redis", pattern: /\bredis\b|ioredis|jedis|lettuce|StackExchange\.Redis|:6379\b|port 6379\b/i },
  { service: "mongodb", pattern: /pymongo|mongoose|mongodb|\bmongo\b|:27017\b/i },
  { service: "rabbitmq", pattern: /amqp|rabbitmq|\bpika\b|kombu|bunny|:5672\b/i },
  { service: "kafka", pattern: /kafka|:9092\b/i },
  { service: "elasticsearch", pattern: /elasticsearch|opensearch|:9200\b/i },
  { service: "sqlserver", pattern: /sqlserver|SqlClient|mssql|tedious|:1433\b/i },
  { service: "memcached", pattern: /memcache|:11211\b/i },
  { service: "docker", pattern: /docker\.sock|docker daemon|testcontainers/i }
];
var ASSERTION_CONTEXT = /AssertionError|AssertionFailedError|\bassert(?:Equals?|That|Raises|Throws)?\b|\bexpect\(|\bExpected(?: \w+)?:|\bReceived(?: \w+)?:|\bto (?:equal|match|include|contain|throw|be)\b|\bshould (?:equal|be|match|include|contain|raise)\b|\bbut was\b|pytest\.raises|Assert\.\w+\(/;
var ALL_RULES = [...CODE_RULES, ...CONNECTION_RULES, ...MISSING_MODULE_RULES];

// src/classify/normalise.ts
var MATCH_WINDOW = 4096;
var ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
var TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
var CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
function normaliseLine(raw) {
  let line = raw.length > MATCH_WINDOW * 2 ? raw.slice(0, MATCH_WINDOW * 2) : raw;
  if (line.includes("\x1B")) line = line.replace(ANSI, "");
  if (line.endsWith("\r")) line = line.slice(0, -1);
  line = line.replace(TIMESTAMP, "");
  if (CONTROL.test(line)) line = line.replace(CONTROLS, " ");
  return line.length > MATCH_WINDOW ? line.slice(0, MATCH_WINDOW) : line;
}

// src/services.ts
var SERVICES = [
  { name: "postgresql", aliases: ["postgres", "pg", "pgsql", "postgresql"], ports: [5432], remediation: "Start PostgreSQL (a `postgres` service container) and export DATABASE_URL / PG* to the tests." },
  { name: "mysql", aliases: ["mysql"], ports: [3306], remediation: "Start MySQL (a `mysql` service container) and export MYSQL_URL / DATABASE_URL to the tests." },
  { name: "mariadb", aliases: ["mariadb"], ports: [], remediation: "Start MariaDB (a `mariadb` service container) and export MYSQL_URL / DATABASE_URL to the tests." },
  { name: "redis", aliases: ["redis", "valkey"], ports: [6379], remediation: "Start Redis (a `redis` service container) and export REDIS_URL to the tests." },
  { name: "mongodb", aliases: ["mongo", "mongodb"], ports: [27017], remediation: "Start MongoDB (a `mongo` service container) and export MONGODB_URL to the tests." },
  { name: "rabbitmq", aliases: ["rabbitmq", "rabbit", "amqp"], ports: [5672], remediation: "Start RabbitMQ (a `rabbitmq` service container) and export AMQP_URL to the tests." },
  { name: "kafka", aliases: ["kafka"], ports: [9092], remediation: "Start Kafka (a broker container) and point the tests at its bootstrap servers." },
  { name: "elasticsearch", aliases: ["elasticsearch", "elastic", "opensearch", "es"], ports: [9200], remediation: "Start Elasticsearch/OpenSearch and point the tests at it." },
  { name: "sqlserver", aliases: ["sqlserver", "mssql", "sql-server"], ports: [1433], remediation: "Start SQL Server and point the tests at it." },
  { name: "memcached", aliases: ["memcached", "memcache"], ports: [11211], remediation: "Start memcached and point the tests at it." },
  { name: "docker", aliases: ["docker", "dockerd", "testcontainers"], ports: [2375, 2376], remediation: "Run the job on a runner with a Docker daemon (ubuntu-latest has one), or declare the dependency so a conditional approval is possible." }
];
var byAlias = /* @__PURE__ */ new Map();
for (const service of SERVICES) {
  byAlias.set(service.name, service);
  for (const alias of service.aliases) byAlias.set(alias, service);
}
var byPort = /* @__PURE__ */ new Map();
for (const service of SERVICES) for (const port of service.ports) byPort.set(port, service);
function canonicalService(name) {
  return byAlias.get(name.trim().toLowerCase())?.name;
}
function serviceForPort(port) {
  return byPort.get(port)?.name;
}
function serviceInfo(name) {
  return byAlias.get(name);
}
function sameService(declared, detected) {
  if (declared === detected) return true;
  const mysqlFamily = /* @__PURE__ */ new Set(["mysql", "mariadb"]);
  return mysqlFamily.has(declared) && mysqlFamily.has(detected);
}

// src/classify/classifier.ts
var CONTEXT_LINES = 20;
var EVIDENCE_PER_RULE = 3;
var EVIDENCE_PER_KIND = 12;
var EVIDENCE_TEXT_MAX = 300;
var CANDIDATE = /refus|ECONN|Errno|rror|xception|ssert|xpect|eceived|anic|odule|ackage|not found|ocker|getaddrinfo|lookup|host|socket|[Ff]ail|got|want|But was|aise|hrow|imeout|roker|Selection|redis|Redis|Broker|onnect|PG::|possible|overflow|pointer|out of|abgelehnt|rehusada|rifiutata|recusada|such file|gem '|suitable driver|E {3}/;
var LogClassifier = class {
  lineNumber = 0;
  recent = [];
  signals = [];
  perRule = /* @__PURE__ */ new Map();
  counts = { infrastructureHigh: 0, infrastructureAmbiguous: 0, code: 0 };
  pending = [];
  keptByKind = { infrastructure: 0, code: 0 };
  /** Feed one line of the log (without its newline). */
  push(rawLine) {
    this.lineNumber++;
    const line = normaliseLine(rawLine);
    if (this.pending.length > 0) this.resolvePending(line);
    if (CANDIDATE.test(line)) this.match(line);
    this.recent.push(line);
    if (this.recent.length > CONTEXT_LINES) this.recent.shift();
  }
  get lines() {
    return this.lineNumber;
  }
  result() {
    return decideVerdict(this.signals, this.counts);
  }
  match(line) {
    let infra2;
    let codeRule;
    for (const rule of ALL_RULES) {
      if (rule.kind === "code" && codeRule) continue;
      if (rule.kind === "infrastructure" && infra2) continue;
      const found = rule.pattern.exec(line);
      if (!found) continue;
      if (rule.kind === "code") codeRule = rule;
      else infra2 = { rule, groups: found.groups ?? {} };
      if (codeRule && infra2) break;
    }
    if (infra2 && (codeRule || ASSERTION_CONTEXT.test(line))) {
      this.record({
        ruleId: "code.infrastructure-words-in-assertion",
        title: "Connection error text inside an assertion",
        kind: "code",
        confidence: "high",
        service: "",
        line: this.lineNumber,
        text: clip(line),
        note: `matched ${infra2.rule.id}, but on an assertion line`
      });
      return;
    }
    if (codeRule) {
      this.record(evidence(codeRule, this.lineNumber, line, codeRule.kind, codeRule.confidence, ""));
      return;
    }
    if (!infra2) return;
    const interpreted = interpret(infra2.rule, infra2.groups);
    const signal = { ...evidence(infra2.rule, this.lineNumber, line, interpreted.kind, interpreted.confidence, interpreted.service), ...interpreted.note ? { note: interpreted.note } : {} };
    const index = this.record(signal);
    if (index >= 0 && signal.kind === "infrastructure" && signal.service === "" && interpreted.needsContext) this.findServiceInContext(index);
  }
  record(signal) {
    if (signal.kind === "code") this.counts.code++;
    else if (signal.confidence === "high") this.counts.infrastructureHigh++;
    else this.counts.infrastructureAmbiguous++;
    const seen = this.perRule.get(signal.ruleId) ?? 0;
    this.perRule.set(signal.ruleId, seen + 1);
    if (seen >= EVIDENCE_PER_RULE || this.keptByKind[signal.kind] >= EVIDENCE_PER_KIND) return -1;
    this.keptByKind[signal.kind]++;
    this.signals.push(signal);
    return this.signals.length - 1;
  }
  /** A generic refusal names no service: look at the lines around it, nearest first. */
  findServiceInContext(index) {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const service = hintedService(this.recent[i]);
      if (service) return this.setService(index, service);
    }
    this.pending.push({ index, remaining: CONTEXT_LINES });
  }
  resolvePending(line) {
    const service = hintedService(line);
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const entry = this.pending[i];
      if (service) this.setService(entry.index, service);
      if (service || --entry.remaining <= 0) this.pending.splice(i, 1);
    }
  }
  setService(index, service) {
    const signal = this.signals[index];
    if (signal) this.signals[index] = { ...signal, service, note: `service named by a nearby line` };
  }
};
var PASSED_VERDICT = {
  classification: "none",
  confidence: "n/a",
  services: [],
  ruleId: "none",
  title: "Tests passed",
  explanation: "The tests passed.",
  evidence: [],
  counts: { infrastructureHigh: 0, infrastructureAmbiguous: 0, code: 0 }
};
function decideVerdict(signals, counts) {
  const code3 = signals.filter((s) => s.kind === "code");
  const high = signals.filter((s) => s.kind === "infrastructure" && s.confidence === "high");
  const ambiguous = signals.filter((s) => s.kind === "infrastructure" && s.confidence === "ambiguous");
  if (code3.length > 0) {
    const first = code3[0];
    const infraNote = high.length + ambiguous.length > 0 ? " Infrastructure errors also appear, but a code failure is never excused by them." : "";
    return verdict("code", "high", [], first, [...code3, ...high, ...ambiguous], counts, `${first.title} (line ${first.line}).${infraNote}`);
  }
  if (high.length > 0) {
    const services = [...new Set(high.map((s) => s.service).filter((s) => s !== ""))].sort();
    const first = high[0];
    const named = services.length > 0 ? services.join(", ") : "a service coach-gate could not name";
    return verdict("infrastructure", "high", services, first, [...high, ...ambiguous], counts, `${first.title}: ${named} was not available (line ${first.line}).`);
  }
  if (ambiguous.length > 0) {
    const first = ambiguous[0];
    const services = [...new Set(ambiguous.map((s) => s.service).filter((s) => s !== ""))].sort();
    return verdict("infrastructure", "ambiguous", services, first, ambiguous, counts, `${first.title} (line ${first.line})${first.note ? `: ${first.note}` : ""}; not enough to say a service was missing.`);
  }
  return {
    classification: "code",
    confidence: "ambiguous",
    services: [],
    ruleId: "code.unrecognised",
    title: "Tests failed for a reason no rule recognises",
    explanation: "The tests failed and no infrastructure cause was found in the log, so the failure is treated as the code\u2019s.",
    evidence: [],
    counts
  };
}
function verdict(classification, confidence, services, first, evidence2, counts, explanation) {
  return { classification, confidence, services, ruleId: first.ruleId, title: first.title, explanation, evidence: evidence2.slice(0, EVIDENCE_PER_KIND), counts };
}
function evidence(rule, line, text, kind, confidence, service) {
  return { ruleId: rule.id, title: rule.title, kind, confidence, service, line, text: clip(text) };
}
function clip(text) {
  const trimmed = text.trim();
  return trimmed.length > EVIDENCE_TEXT_MAX ? `${trimmed.slice(0, EVIDENCE_TEXT_MAX)}\u2026` : trimmed;
}
function hintedService(line) {
  for (const hint of SERVICE_HINTS) if (hint.pattern.test(line)) return hint.service;
  return void 0;
}
function interpret(rule, groups) {
  const fixed = { kind: rule.kind, confidence: rule.confidence, service: rule.service, needsContext: rule.service === "" };
  switch (rule.interpret) {
    case "endpoint":
      return interpretEndpoint(rule, groups);
    case "dns":
      return interpretDns(groups);
    case "tool": {
      const service = TOOL_SERVICES[groups.tool ?? ""] ?? "";
      return { kind: "infrastructure", confidence: "high", service };
    }
    case "jdbc": {
      const service = JDBC_PROTOCOLS[(groups.protocol ?? "").toLowerCase()];
      return service ? { kind: "infrastructure", confidence: "high", service } : { kind: "infrastructure", confidence: "ambiguous", service: "", note: `no known driver for jdbc:${groups.protocol}` };
    }
    case "module:python":
    case "module:npm":
    case "module:ruby":
    case "module:java":
      return interpretModule(rule.interpret, groups.module ?? groups.module2 ?? "");
    default:
      return fixed;
  }
}
var LOCAL_HOST = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\]|0\.0\.0\.0|::|\[::\]|host\.docker\.internal|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|[\w-]+|[\w.-]+\.(?:local|internal|localdomain|svc|cluster\.local))$/i;
function interpretEndpoint(rule, groups) {
  const socket = groups.socket ?? groups.socket2;
  if (socket !== void 0) {
    const service = /PGSQL/i.test(socket) ? "postgresql" : /docker/i.test(socket) ? "docker" : /mysql/i.test(socket) ? "mysql" : /redis/i.test(socket) ? "redis" : rule.service;
    return { kind: "infrastructure", confidence: "high", service, needsContext: service === "" };
  }
  const host = (groups.host ?? "").replace(/^'|'$/g, "");
  const port = groups.port === void 0 ? void 0 : Number(groups.port);
  if (host !== "" && !LOCAL_HOST.test(host)) {
    return { kind: "infrastructure", confidence: "ambiguous", service: "", note: `remote host ${host} is not a service this job provides` };
  }
  if (rule.service !== "") return { kind: "infrastructure", confidence: "high", service: rule.service };
  const byPort2 = port === void 0 ? void 0 : serviceForPort(port);
  if (byPort2) return { kind: "infrastructure", confidence: "high", service: byPort2 };
  if (port !== void 0) {
    return { kind: "code", confidence: "high", service: "", note: `port ${port} is no known service's: the project's own server was not listening` };
  }
  return { kind: "infrastructure", confidence: "high", service: "", needsContext: true };
}
function interpretDns(groups) {
  const host = groups.host ?? groups.host2 ?? groups.host3 ?? groups.host4 ?? groups.host5;
  if (host === void 0) return { kind: "infrastructure", confidence: "ambiguous", service: "", note: "name resolution failed for a host the log does not name" };
  const label = host.toLowerCase();
  if (label in SERVICE_HOSTNAMES) {
    const service = SERVICE_HOSTNAMES[label] ?? "";
    return { kind: "infrastructure", confidence: "high", service, needsContext: service === "" };
  }
  return { kind: "infrastructure", confidence: "ambiguous", service: "", note: `host ${host} did not resolve; it is not a service host name` };
}
function interpretModule(kind, name) {
  if (kind === "module:java") {
    const service = SERVICE_CLIENTS.java[name];
    return service ? { kind: "infrastructure", confidence: "high", service } : { kind: "code", confidence: "high", service: "", note: `class ${name} is not a known driver: a classpath or code problem` };
  }
  if (kind === "module:python") {
    const root2 = name.split(".")[0] ?? name;
    const client2 = SERVICE_CLIENTS.python[root2];
    if (name.includes(".")) {
      return { kind: "code", confidence: "high", service: "", note: client2 !== void 0 ? `${root2} is installed; its submodule ${name} is missing` : `${name} is a submodule, not a missing package` };
    }
    return client2 !== void 0 ? { kind: "infrastructure", confidence: "high", service: client2 } : { kind: "infrastructure", confidence: "ambiguous", service: "", note: `${name} is not a service client` };
  }
  if (name.startsWith(".") || name.startsWith("/") || name.startsWith("~")) {
    return { kind: "code", confidence: "high", service: "", note: `${name} is a file of the project` };
  }
  const segments = name.split("/");
  const root = name.startsWith("@") ? segments.slice(0, 2).join("/") : segments[0] ?? name;
  const table = kind === "module:npm" ? SERVICE_CLIENTS.npm : SERVICE_CLIENTS.ruby;
  const client = table[root];
  if (root !== name) {
    return { kind: "code", confidence: "high", service: "", note: client !== void 0 ? `${root} is installed; its path ${name} is missing` : `${name} is a path inside a package` };
  }
  return client !== void 0 ? { kind: "infrastructure", confidence: "high", service: client } : { kind: "infrastructure", confidence: "ambiguous", service: "", note: `${name} is not a service client` };
}

// src/decision.ts
var CONDITIONAL_HEADLINE = "APPROVED (infra-dependent, independent tests skipped)";
function decide(inputs) {
  const { verdict: verdict2, declared, gates } = inputs;
  const failedGates = gates.filter((g) => !g.passed);
  if (failedGates.length > 0) {
    const names = failedGates.map((g) => `${g.name} (${g.outcome})`).join(", ");
    return feedback(`FEEDBACK: quality gate failed (${failedGates.map((g) => g.name).join(", ")})`, [`Quality gates failed: ${names}. Every gate must pass before approval.`], [`Fix the failing gates: ${names}.`]);
  }
  if (inputs.testsPassed) {
    return { decision: "approve", approvedWithoutIndependentTests: false, headline: "APPROVED", rationale: ["The tests passed when run independently, and every gate passed."], remediation: [] };
  }
  if (inputs.timedOut) {
    return feedback("FEEDBACK: tests timed out", ["The test command did not finish within test-timeout and was stopped; a timeout is never excused as infrastructure."], ["Find the hanging test (the log tail shows the last output), or raise test-timeout if the suite is just slow."]);
  }
  if (verdict2.classification === "code") {
    return feedback("FEEDBACK: code failure", [`The tests failed and the failure is in the code: ${verdict2.explanation}`], ["Fix the failing tests listed below; the evidence lines show where each failure was reported."]);
  }
  const services = verdict2.services;
  const serviceText = services.length > 0 ? services.join(", ") : "unnamed service";
  const headline = `FEEDBACK: infrastructure failure (${serviceText})`;
  const remediation = remediationFor(services);
  if (verdict2.confidence !== "high") {
    return feedback(headline, [`The failure looks like infrastructure, but not certainly: ${verdict2.explanation} Only a high-confidence infrastructure failure can be approved conditionally.`], remediation);
  }
  if (declared.length === 0) {
    return feedback(headline, [`The tests need ${serviceText}, but the task declares no requires_infrastructure, so the failure cannot be excused.`], [...remediation, `If the task really needs ${serviceText}, declare it in the task's frontmatter: requires_infrastructure: [${services.join(", ") || "service"}].`]);
  }
  if (inputs.dockerAvailable) {
    return feedback(headline, [`Docker is available, so the declared services could have been provided and the tests run against them; the failure is not excused.`], [...remediation, "Enable start-services (the default) so coach-gate starts the declared services itself, or check why they did not start."]);
  }
  const undeclared = services.filter((s) => !declared.some((d) => sameService(d, s)));
  if (undeclared.length > 0) {
    return feedback(headline, [`The failing service (${undeclared.join(", ")}) is not among the task's declared infrastructure (${declared.join(", ")}): the two signals disagree.`], [...remediation, `Declare ${undeclared.join(", ")} in requires_infrastructure if the task needs it; otherwise the tests should not depend on it.`]);
  }
  return {
    decision: "approve",
    approvedWithoutIndependentTests: true,
    headline: CONDITIONAL_HEADLINE,
    rationale: [
      `The tests failed only because ${serviceText} was not available (${verdict2.explanation}).`,
      `The task declares it needs ${declared.join(", ")}, Docker is unavailable to provide it, and every gate passed.`,
      "Approved conditionally: the independent tests did not really run, so a human should check this work where the infrastructure exists."
    ],
    remediation: []
  };
}
function feedback(headline, rationale, remediation) {
  return { decision: "feedback", approvedWithoutIndependentTests: false, headline, rationale, remediation };
}
function remediationFor(services) {
  if (services.length === 0) return ["Provide the service the tests connect to (see the evidence lines), or make the tests independent of it."];
  return services.map((service) => serviceInfo(service)?.remediation ?? `Provide ${service} to the tests.`);
}

// src/docker-probe.ts
import { spawn } from "node:child_process";
async function probeDocker(timeoutSeconds, env = process.env) {
  const started = Date.now();
  return new Promise((resolve) => {
    let settled = false;
    let stdout = "";
    let stderr = "";
    const finish = (state, detail) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ available: state === "available", state, detail: oneLine(detail), durationMs: Date.now() - started });
    };
    const child = spawn("docker", ["info", "--format", "{{.ServerVersion}}"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const timer = setTimeout(() => {
      killGroup(child.pid);
      finish("timed-out", `docker info did not answer within ${timeoutSeconds}s`);
    }, timeoutSeconds * 1e3);
    child.stdout.on("data", (chunk) => stdout = (stdout + chunk.toString()).slice(-4096));
    child.stderr.on("data", (chunk) => stderr = (stderr + chunk.toString()).slice(-4096));
    child.on("error", (error2) => {
      finish(error2.code === "ENOENT" ? "no-binary" : "daemon-unreachable", error2.code === "ENOENT" ? "no docker binary on PATH" : error2.message);
    });
    child.on("close", (code3) => {
      const version = stdout.trim();
      if (code3 === 0 && version !== "" && !/error/i.test(version)) finish("available", `server ${version}`);
      else finish("daemon-unreachable", `docker info exited ${code3 ?? "by signal"}: ${stderr.trim() || version || "no output"}`);
    });
  });
}
function killGroup(pid) {
  if (pid === void 0) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
  }
}
function oneLine(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 300)}\u2026` : line;
}
function describeDocker(probe) {
  switch (probe.state) {
    case "available":
      return `available (${probe.detail})`;
    case "no-binary":
      return "unavailable: no docker binary";
    case "daemon-unreachable":
      return `unavailable: daemon not reachable (${probe.detail})`;
    case "timed-out":
      return `unavailable: timed out (${probe.detail})`;
  }
}

// src/event.ts
import { readFileSync } from "node:fs";
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function readEvent(env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  if (!PR_EVENTS.has(name) || !env.GITHUB_EVENT_PATH) return { name, pullRequest: void 0 };
  let payload;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
  } catch {
    return { name, pullRequest: void 0 };
  }
  return { name, pullRequest: pullRequestFrom(payload, env.GITHUB_REPOSITORY ?? "") };
}
function pullRequestFrom(payload, repository) {
  const pr = payload?.pull_request;
  if (!pr || typeof pr.number !== "number") return void 0;
  const base = payload.repository?.full_name;
  const [owner, repo] = (typeof base === "string" ? base : repository).split("/");
  if (!owner || !repo) return void 0;
  return { owner, repo, number: pr.number, payloadBody: typeof pr.body === "string" ? pr.body : null };
}

// src/github-api.ts
var ATTEMPTS = 3;
var REQUEST_TIMEOUT_MS = 15e3;
function pullRequestSource(ref, token, sleep = defaultSleep) {
  if (token === "") return { number: ref.number, payloadBody: ref.payloadBody };
  let client;
  const connect = () => client ??= import("./chunks/github-YGUI2RQJ.js").then((github) => github.getOctokit(token, { request: { retries: 0 } }));
  const params = { owner: ref.owner, repo: ref.repo, pull_number: ref.number };
  return {
    number: ref.number,
    payloadBody: ref.payloadBody,
    fetchBody: async () => {
      const octokit = await connect();
      const response = await withRetry(() => octokit.rest.pulls.get({ ...params, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep);
      return response.data.body ?? null;
    },
    listChangedFiles: async () => {
      const octokit = await connect();
      const files = await withRetry(() => octokit.paginate(octokit.rest.pulls.listFiles, { ...params, per_page: 100, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep);
      return files.filter((file) => file.status !== "removed").map((file) => file.filename);
    }
  };
}
async function withRetry(call, sleep = defaultSleep) {
  let lastError;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      return await call();
    } catch (error2) {
      lastError = error2;
      if (!isTransient(error2) || attempt === ATTEMPTS) break;
      await sleep(retryDelayMs(error2, attempt));
    }
  }
  throw new Error(describeApiError(lastError));
}
function isTransient(error2) {
  const status = error2.status;
  if (status === void 0) return true;
  if (status === 429 || status >= 500) return true;
  return status === 403 && /rate limit/i.test(String(error2.message));
}
function retryDelayMs(error2, attempt) {
  const headers = error2.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return Math.min(retryAfter * 1e3, 1e4);
  return 300 * 3 ** (attempt - 1);
}
function describeApiError(error2) {
  const status = error2.status;
  const message2 = (error2 instanceof Error ? error2.message : String(error2)).split("\n")[0]?.slice(0, 200);
  return status ? `GitHub API answered ${status} after ${ATTEMPTS} attempts: ${message2}` : `GitHub API unreachable after ${ATTEMPTS} attempts: ${message2}`;
}
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// src/report.ts
var SCHEMA_VERSION = "1.0";
function reportFileName(turn) {
  return `coach_turn_${turn}.json`;
}
function buildReport(run2, generatedAt) {
  const { verdict: verdict2, decision, tests, task } = run2;
  const failureIssue = tests.passed ? [] : [{
    severity: decision.approvedWithoutIndependentTests ? "warning" : "error",
    category: tests.timedOut ? "timeout" : verdict2.classification === "infrastructure" ? "infrastructure" : "code",
    description: verdict2.explanation,
    failure_classification: verdict2.classification,
    failure_confidence: verdict2.confidence,
    service: verdict2.services.join(","),
    rule: verdict2.ruleId,
    evidence: verdict2.evidence.map((e) => ({ line: e.line, rule: e.ruleId, kind: e.kind, confidence: e.confidence, service: e.service, text: e.text, ...e.note ? { note: e.note } : {} }))
  }];
  const gateIssues = run2.gates.filter((g) => !g.passed).map((g) => ({
    severity: "error",
    category: "quality-gate",
    description: `Quality gate ${g.name} ended ${g.outcome}`,
    failure_classification: "n/a",
    failure_confidence: "n/a",
    service: "",
    rule: "",
    evidence: []
  }));
  const noteIssues = [...task.notes, ...run2.notes].map((note) => ({
    severity: "info",
    category: "note",
    description: note,
    failure_classification: "n/a",
    failure_confidence: "n/a",
    service: "",
    rule: "",
    evidence: []
  }));
  return {
    schema_version: SCHEMA_VERSION,
    generated_at: generatedAt.toISOString(),
    task_id: task.taskId,
    turn: run2.turn,
    decision: decision.decision,
    summary: decision.headline,
    approved_without_independent_tests: decision.approvedWithoutIndependentTests,
    docker_available: run2.docker.available,
    docker: { state: run2.docker.state, detail: run2.docker.detail },
    requires_infrastructure: task.requiresInfrastructure,
    task: {
      source: task.source,
      declared_by: task.declaredBy,
      tasks: task.tasks.map((t) => ({ origin: t.origin, id: t.id, requires_infrastructure: t.requiresInfrastructure, ...t.error ? { error: t.error } : {} }))
    },
    validation_results: {
      quality_gates: { gates: run2.gates.map((g) => ({ name: g.name, outcome: g.outcome, passed: g.passed })), all_gates_passed: run2.gates.every((g) => g.passed) },
      independent_tests: {
        tests_passed: tests.passed,
        test_command: tests.command,
        working_directory: tests.workingDirectory,
        exit_code: tests.exitCode,
        timed_out: tests.timedOut,
        cancelled: tests.cancelled,
        duration_seconds: Math.round(tests.durationSeconds * 1e3) / 1e3,
        output_bytes: tests.bytes,
        output_lines: tests.lines,
        log_path: run2.logPath,
        test_output_summary: tests.tail.slice(-20).join("\n")
      }
    },
    classification: {
      classification: verdict2.classification,
      confidence: verdict2.confidence,
      services: verdict2.services,
      rule: verdict2.ruleId,
      counts: verdict2.counts
    },
    issues: [...gateIssues, ...failureIssue, ...noteIssues],
    rationale: decision.rationale.join(" "),
    remediation: decision.remediation
  };
}
function buildOutputs(run2) {
  return {
    decision: run2.decision.decision,
    "approved-without-independent-tests": String(run2.decision.approvedWithoutIndependentTests),
    "tests-passed": String(run2.tests.passed),
    "exit-code": String(run2.tests.exitCode),
    classification: run2.verdict.classification,
    confidence: run2.verdict.confidence,
    service: run2.verdict.services.join(","),
    rule: run2.verdict.ruleId,
    "docker-available": String(run2.docker.available),
    "requires-infrastructure": JSON.stringify(run2.task.requiresInfrastructure),
    "task-id": run2.task.taskId,
    summary: run2.decision.headline,
    "report-path": run2.reportPath,
    "log-path": run2.logPath
  };
}

// src/settings.ts
var InputError = class extends Error {
  constructor(input, problem) {
    super(`Input '${input}': ${problem}`);
    this.input = input;
    this.name = "InputError";
  }
  input;
};
var PASSING_OUTCOMES = /* @__PURE__ */ new Set(["success", "skipped"]);
function readSettings(input, env = {}) {
  const testCommand = input("test-command").trim();
  if (testCommand === "") throw new InputError("test-command", "is required: the shell command that runs the tests");
  const requiresRaw = input("requires-infrastructure");
  return {
    testCommand,
    workingDirectory: input("working-directory").trim() || ".",
    taskFile: input("task-file").trim(),
    taskGlob: input("task-glob").trim() || "tasks/**/*.md",
    requiresInfrastructure: requiresRaw.trim() === "" ? void 0 : parseList(requiresRaw),
    gates: parseGates(input("gates")),
    dockerProbeTimeoutSeconds: parseNumber("docker-probe-timeout", input("docker-probe-timeout"), 10, { min: 0.1, max: 600 }),
    startServices: parseBoolean("start-services", input("start-services"), true),
    serviceImages: parseServiceImages(input("service-images")),
    testTimeoutMinutes: parseNumber("test-timeout", input("test-timeout"), 0, { min: 0, max: 24 * 60 }),
    failOnFeedback: parseBoolean("fail-on-feedback", input("fail-on-feedback"), true),
    githubToken: input("github-token").trim(),
    reportDirectory: input("report-directory").trim() || defaultReportDirectory(env)
  };
}
function defaultReportDirectory(env) {
  const base = env.RUNNER_TEMP || env.TMPDIR || "/tmp";
  return `${base.replace(/\/+$/, "")}/coach-gate`;
}
function parseList(raw) {
  const items = raw.split(/[,\n]/).map((item) => item.trim()).filter((item) => item !== "");
  return [...new Set(items)];
}
function parseGates(raw) {
  const gates = [];
  const lines = raw.split("\n");
  lines.forEach((line, index) => {
    const text = line.trim();
    if (text === "" || text.startsWith("#")) return;
    const eq = text.indexOf("=");
    if (eq < 0) throw new InputError("gates", `line ${index + 1} ('${clip2(text)}') has no '=': write one name=outcome a line, e.g. lint=\${{ steps.lint.outcome }}`);
    const name = text.slice(0, eq).trim();
    const outcome = text.slice(eq + 1).trim().toLowerCase();
    if (name === "") throw new InputError("gates", `line ${index + 1} ('${clip2(text)}') has no gate name before '='`);
    if (outcome === "") throw new InputError("gates", `gate '${clip2(name)}' has an empty outcome; an unset step outcome usually means the step id is misspelt`);
    if (gates.some((g) => g.name === name)) throw new InputError("gates", `gate '${clip2(name)}' is listed twice`);
    gates.push({ name, outcome, passed: PASSING_OUTCOMES.has(outcome) });
  });
  return gates;
}
function parseServiceImages(raw) {
  const images = {};
  raw.split("\n").forEach((line, index) => {
    const text = line.trim();
    if (text === "" || text.startsWith("#")) return;
    const eq = text.indexOf("=");
    if (eq < 0) throw new InputError("service-images", `line ${index + 1} ('${clip2(text)}') has no '=': write one service=image a line, e.g. postgresql=postgres:16-alpine`);
    const service = text.slice(0, eq).trim().toLowerCase();
    const image = text.slice(eq + 1).trim();
    if (service === "" || image === "") throw new InputError("service-images", `line ${index + 1} ('${clip2(text)}') needs both a service and an image`);
    if (/\s/.test(image)) throw new InputError("service-images", `image '${clip2(image)}' for '${service}' contains white space`);
    images[service] = image;
  });
  return images;
}
function parseNumber(name, raw, fallback, range) {
  const text = raw.trim();
  if (text === "") return fallback;
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(text)) throw new InputError(name, `'${clip2(text)}' is not a number (expected e.g. ${fallback || 10})`);
  const value = Number(text);
  if (value !== 0 && (value < range.min || value > range.max)) {
    throw new InputError(name, `${text} is out of range (${range.min} to ${range.max})`);
  }
  if (value === 0 && range.min > 0) throw new InputError(name, `must be greater than 0`);
  return value;
}
function parseBoolean(name, raw, fallback) {
  const text = raw.trim().toLowerCase();
  if (text === "") return fallback;
  if (["true", "yes", "on", "1"].includes(text)) return true;
  if (["false", "no", "off", "0"].includes(text)) return false;
  throw new InputError(name, `'${clip2(text)}' is not a boolean (use true or false)`);
}
function clip2(text, max = 60) {
  return text.length > max ? `${text.slice(0, max)}\u2026` : text;
}

// src/markdown.ts
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}
function escapeMarkdown(text) {
  return escapeHtml(text.replace(/\r?\n|\r/g, " ")).replace(/[\\`*_[\]~]/g, (char) => `\\${char}`).replace(/\|/g, "&#124;").replace(/@/g, "@\u200B");
}
function code2(text) {
  return `<code>${escapeHtml(text.replace(/\r?\n|\r/g, " ")).replace(/\|/g, "&#124;")}</code>`;
}

// src/summary.ts
var SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
function renderSummary(run2) {
  const { decision, verdict: verdict2, tests, task } = run2;
  const icon = decision.approvedWithoutIndependentTests ? "\u26A0\uFE0F" : decision.decision === "approve" ? "\u2705" : "\u274C";
  const out = [];
  out.push(`## ${icon} ${decision.headline}`, "");
  out.push(`${escapeMarkdown(decision.rationale[0] ?? "")}`, "");
  const gates = run2.gates.length === 0 ? "none configured" : run2.gates.map((g) => `${g.passed ? "\u2705" : "\u274C"} ${escapeMarkdown(g.name)} (${escapeMarkdown(g.outcome)})`).join(", ");
  const taskText = task.taskId !== "" ? `${code2(task.taskId)} (${sourceName(task.source)})` : task.source === "none" ? "no task found" : `task without id (${sourceName(task.source)})`;
  const declared = task.requiresInfrastructure.length > 0 ? task.requiresInfrastructure.map((s) => escapeMarkdown(s)).join(", ") + (task.declaredBy === "input" ? " (from input)" : "") : "none";
  const rows = [
    ["Task", taskText],
    ["Declared infrastructure", declared],
    ["Docker", escapeMarkdown(describeDocker(run2.docker))],
    ["Classification", verdict2.classification],
    ["Confidence", verdict2.confidence],
    ["Service", verdict2.services.length > 0 ? verdict2.services.join(", ") : "\u2014"],
    ["Rule", verdict2.ruleId === "none" ? "\u2014" : code2(verdict2.ruleId)],
    ["Gates", gates],
    ["Exit code", tests.timedOut ? `${tests.exitCode} (timed out)` : tests.cancelled ? `${tests.exitCode} (cancelled)` : String(tests.exitCode)],
    ["Duration", `${tests.durationSeconds.toFixed(1)} s`]
  ];
  out.push("| | |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${v} |`), "");
  if (decision.rationale.length > 1) {
    out.push("### Why", "", ...decision.rationale.map((line) => `- ${escapeMarkdown(line)}`), "");
  }
  if (verdict2.evidence.length > 0) {
    out.push("### Evidence", "");
    for (const e of verdict2.evidence) {
      const service = e.service !== "" ? ` \xB7 ${escapeMarkdown(e.service)}` : "";
      const note = e.note ? ` \u2014 ${escapeMarkdown(e.note)}` : "";
      out.push(`- line ${e.line} \xB7 ${code2(e.ruleId)} (${e.kind}, ${e.confidence}${service}): ${code2(e.text)}${note}`);
    }
    out.push("");
  }
  if (decision.remediation.length > 0) {
    out.push(verdict2.classification === "code" ? "### What to fix" : "### What to do", "", ...decision.remediation.map((line) => `- ${escapeMarkdown(line)}`), "");
  }
  const notes = [...task.notes, ...run2.notes];
  if (tests.startError) notes.unshift(`The test command could not be started: ${tests.startError}`);
  if (notes.length > 0) out.push("### Notes", "", ...notes.map((n) => `- ${escapeMarkdown(n)}`), "");
  const tailHeader = `Log tail (last ${tests.tail.length} of ${tests.lines} lines, ${formatBytes(tests.bytes)})`;
  out.push(`<details><summary>${escapeHtml(tailHeader)}</summary>`, "", `<pre>${escapeHtml(tests.tail.join("\n"))}</pre>`, "", "</details>", "");
  out.push(`Audit report: ${code2(run2.reportPath)} \xB7 full log: ${code2(run2.logPath)}`, "");
  return fitSummary(out.join("\n"));
}
function fitSummary(markdown, limit = SUMMARY_MAX_BYTES) {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = "\n\n_(summary trimmed to stay under GitHub\u2019s 1 MiB limit; the full log and the audit report have everything)_\n";
  let cut = Buffer.from(markdown).subarray(0, limit - Buffer.byteLength(note) - 32).toString("utf8");
  const lastOpen = cut.lastIndexOf("<");
  if (lastOpen > cut.lastIndexOf(">")) cut = cut.slice(0, lastOpen);
  if ((cut.match(/<pre>/g) ?? []).length > (cut.match(/<\/pre>/g) ?? []).length) cut += "</pre>";
  if ((cut.match(/<details>/g) ?? []).length > (cut.match(/<\/details>/g) ?? []).length) cut += "\n</details>";
  return cut.replace(/\uFFFD$/, "") + note;
}
function sourceName(source) {
  return { "task-file": "task-file input", "pull-request-body": "pull request body", "changed-files": "changed task files", none: "none" }[source];
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// src/task.ts
import { open as open2 } from "node:fs/promises";
import path from "node:path";

// lazy:gray-matter
import { createRequire } from "node:module";
var matter;
function lazyMatter(input, options) {
  matter ??= createRequire(import.meta.url)("./vendor/gray-matter.cjs");
  return matter(input, options);
}

// src/frontmatter.ts
var MAX_FRONTMATTER_BYTES = 64 * 1024;
var refuse = (language) => ({
  parse: () => {
    throw new Error(`'${language}' frontmatter is executable and is refused; use YAML`);
  },
  stringify: () => {
    throw new Error("not supported");
  }
});
var ENGINES = {
  js: refuse("js"),
  javascript: refuse("javascript"),
  coffee: refuse("coffee"),
  coffeescript: refuse("coffeescript"),
  cson: refuse("cson")
};
var FRONTMATTER_START = /^\uFEFF?---[^\S\r\n]*([A-Za-z]*)[^\S\r\n]*\r?\n/;
function hasFrontmatter(text) {
  return FRONTMATTER_START.test(text);
}
function parseTask(text, origin) {
  const empty = { origin, id: "", requiresInfrastructure: [], unknownServices: [] };
  const opening = FRONTMATTER_START.exec(text);
  if (!opening) return { ...empty, error: "no frontmatter block (the file must start with ---)" };
  const language = (opening[1] ?? "").toLowerCase();
  if (language !== "" && language !== "yaml" && language !== "yml") {
    return { ...empty, error: `'---${language}' frontmatter is refused: only YAML is read, never executed` };
  }
  const close = text.slice(opening[0].length).search(/^---[^\S\r\n]*\r?$/m);
  const blockBytes = Buffer.byteLength(close < 0 ? text : text.slice(0, opening[0].length + close));
  if (blockBytes > MAX_FRONTMATTER_BYTES) {
    return { ...empty, error: `frontmatter is ${blockBytes} bytes, over the ${MAX_FRONTMATTER_BYTES}-byte limit` };
  }
  if (close < 0) return { ...empty, error: "frontmatter block is not closed by a --- line" };
  let data;
  try {
    data = lazyMatter(`${text.slice(0, opening[0].length + close)}---
`, { engines: ENGINES, language: "yaml" }).data;
  } catch (error2) {
    return { ...empty, error: `frontmatter is not valid YAML: ${firstLine(error2)}` };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { ...empty, error: "frontmatter is not a mapping of keys to values" };
  }
  const fields = data;
  const id = readId(fields);
  const declared = fields.requires_infrastructure;
  if (declared === void 0 || declared === null) return { ...empty, id };
  if (!Array.isArray(declared) || !declared.every((item) => typeof item === "string")) {
    return { ...empty, id, error: `requires_infrastructure must be a list of service names (strings), got ${describeType(declared)}` };
  }
  const { services, unknown } = normaliseServices(declared);
  return { origin, id, requiresInfrastructure: services, unknownServices: unknown };
}
function normaliseServices(names) {
  const services = [];
  const unknown = [];
  for (const raw of names) {
    const name = raw.trim();
    if (name === "") continue;
    const canonical = canonicalService(name);
    if (canonical === void 0) unknown.push(name.toLowerCase());
    const value = canonical ?? name.toLowerCase();
    if (!services.includes(value)) services.push(value);
  }
  return { services, unknown };
}
function readId(fields) {
  for (const key of ["id", "task_id", "task-id"]) {
    const value = fields[key];
    if (typeof value === "string" && value.trim() !== "") return value.trim().slice(0, 200);
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return "";
}
function describeType(value) {
  if (Array.isArray(value)) return "a list with non-string items";
  if (value === null) return "null";
  return `a ${typeof value}`;
}
function firstLine(error2) {
  const message2 = error2 instanceof Error ? error2.message : String(error2);
  return (message2.split("\n")[0] ?? "").slice(0, 200);
}

// src/glob.ts
function globToRegExp(glob) {
  let pattern = "";
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === "*") {
      if (glob[i + 1] === "*") {
        const slash = glob[i + 2] === "/";
        pattern += slash ? "(?:[^/]*/)*" : ".*";
        i += slash ? 2 : 1;
      } else {
        pattern += "[^/]*";
      }
    } else if (char === "?") pattern += "[^/]";
    else if (char === "{") {
      braceDepth++;
      pattern += "(?:";
    } else if (char === "}" && braceDepth > 0) {
      braceDepth--;
      pattern += ")";
    } else if (char === "," && braceDepth > 0) pattern += "|";
    else pattern += char.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${pattern}$`);
}

// src/task.ts
async function resolveTask(inputs) {
  const notes = [];
  const found = await findTasks(inputs, notes);
  for (const task of found.tasks) {
    if (task.error) notes.push(`Task ${task.origin} could not be read and declares nothing: ${task.error}`);
    if (task.unknownServices.length > 0) {
      notes.push(`Task ${task.origin} declares services coach-gate does not know: ${task.unknownServices.join(", ")}`);
    }
  }
  const taskId = unique(found.tasks.map((t) => t.id).filter((id) => id !== "")).join(",");
  if (inputs.requiresInfrastructure !== void 0) {
    const { services, unknown } = normaliseServices(inputs.requiresInfrastructure);
    if (unknown.length > 0) notes.push(`Input requires-infrastructure names services coach-gate does not know: ${unknown.join(", ")}`);
    return { declaredBy: "input", source: found.source, tasks: found.tasks, taskId, requiresInfrastructure: services, notes };
  }
  const declared = unique(found.tasks.flatMap((t) => t.requiresInfrastructure));
  return { declaredBy: found.source, source: found.source, tasks: found.tasks, taskId, requiresInfrastructure: declared, notes };
}
async function findTasks(inputs, notes) {
  if (inputs.taskFile !== "") {
    const origin = inputs.taskFile;
    const text = await readBounded(path.resolve(inputs.workspace, inputs.taskFile));
    if (text.error !== void 0) {
      notes.push(`task-file ${origin} could not be read: ${text.error}`);
      return { source: "task-file", tasks: [{ origin, id: "", requiresInfrastructure: [], unknownServices: [], error: text.error }] };
    }
    return { source: "task-file", tasks: [parseTask(text.content, origin)] };
  }
  const pr = inputs.pullRequest;
  if (pr === void 0) return { source: "none", tasks: [] };
  let body = pr.payloadBody;
  if (pr.fetchBody) {
    try {
      body = await pr.fetchBody();
    } catch (error2) {
      notes.push(`Could not read pull request #${pr.number} live (${message(error2)}); used the event payload's body instead`);
    }
  }
  if (body !== null && hasFrontmatter(body)) {
    return { source: "pull-request-body", tasks: [parseTask(body, `pull request #${pr.number} body`)] };
  }
  if (!pr.listChangedFiles) return { source: "none", tasks: [] };
  let files;
  try {
    files = await pr.listChangedFiles();
  } catch (error2) {
    notes.push(`Could not list the files of pull request #${pr.number} (${message(error2)}); no task was read from them`);
    return { source: "none", tasks: [] };
  }
  const matches = globToRegExp(inputs.taskGlob);
  const taskFiles = files.filter((file) => matches.test(file)).sort();
  if (taskFiles.length === 0) return { source: "none", tasks: [] };
  const tasks = [];
  for (const file of taskFiles) {
    const text = await readBounded(path.resolve(inputs.workspace, file));
    tasks.push(text.error !== void 0 ? { origin: file, id: "", requiresInfrastructure: [], unknownServices: [], error: text.error } : parseTask(text.content, file));
  }
  return { source: "changed-files", tasks };
}
async function readBounded(file) {
  const limit = MAX_FRONTMATTER_BYTES * 16;
  try {
    const handle = await open2(file, "r");
    try {
      const buffer = Buffer.alloc(limit);
      const { bytesRead } = await handle.read(buffer, 0, limit, 0);
      return { content: buffer.subarray(0, bytesRead).toString("utf8") };
    } finally {
      await handle.close();
    }
  } catch (error2) {
    const code3 = error2.code;
    return { error: code3 === "ENOENT" ? "file not found in the workspace (is the repository checked out?)" : message(error2) };
  }
}
function unique(items) {
  return [...new Set(items)];
}
function message(error2) {
  return (error2 instanceof Error ? error2.message : String(error2)).split("\n")[0]?.slice(0, 200) ?? "";
}

// src/test-runner.ts
import { spawn as spawn2 } from "node:child_process";
import { createWriteStream, existsSync as existsSync2 } from "node:fs";
import { randomBytes } from "node:crypto";
import { StringDecoder } from "node:string_decoder";
var TAIL_LINES = 60;
var TAIL_LINE_MAX = 500;
var LINE_MAX = 64 * 1024;
var KILL_GRACE_MS = 3e3;
var DRAIN_MS = 2e3;
function sanitisedEnv(env, extra = {}) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^GITHUB_(OUTPUT|ENV|PATH|STATE|STEP_SUMMARY|TOKEN)$/.test(key)) continue;
    if (/^INPUT_/.test(key) || key === "ACTIONS_RUNTIME_TOKEN" || key === "ACTIONS_ID_TOKEN_REQUEST_TOKEN") continue;
    clean[key] = value;
  }
  return { ...clean, ...extra };
}
function runTests(options) {
  const started = process.hrtime.bigint();
  const shell = existsSync2("/bin/bash") ? "/bin/bash" : "/bin/sh";
  const args = shell.endsWith("bash") ? ["--noprofile", "--norc", "-o", "pipefail", "-c", options.command] : ["-c", options.command];
  const log = createWriteStream(options.logPath);
  const stopToken = randomBytes(16).toString("hex");
  options.echo.write(`::stop-commands::${stopToken}
`);
  const tail = [];
  let bytes = 0;
  let lines = 0;
  let pendingText = "";
  const decoder = new StringDecoder("utf8");
  const emitLine = (line) => {
    lines++;
    options.onLine(line);
    tail.push(line.length > TAIL_LINE_MAX ? `${line.slice(0, TAIL_LINE_MAX)}\u2026 (${line.length} characters)` : line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  const consume = (text) => {
    let start = 0;
    for (; ; ) {
      const newline = text.indexOf("\n", start);
      if (newline < 0) break;
      emitLine(pendingText + text.slice(start, newline));
      pendingText = "";
      start = newline + 1;
    }
    pendingText += text.slice(start);
    if (pendingText.length > LINE_MAX) {
      emitLine(pendingText);
      pendingText = "";
    }
  };
  return new Promise((resolve) => {
    let timedOut = false;
    let cancelled = false;
    let finished = false;
    let killTimer;
    const child = spawn2(shell, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const killTree = () => {
      signalGroup(child.pid, "SIGTERM");
      killTimer ??= setTimeout(() => signalGroup(child.pid, "SIGKILL"), KILL_GRACE_MS);
    };
    const timeout = options.timeoutMs > 0 ? setTimeout(() => {
      timedOut = true;
      killTree();
    }, options.timeoutMs) : void 0;
    const onAbort = () => {
      cancelled = true;
      killTree();
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });
    let exitCode = null;
    let exitSignal = null;
    let openStreams = 2;
    let held = 0;
    const holdUntilDrained = (stream) => {
      if (held++ === 0) {
        child.stdout.pause();
        child.stderr.pause();
      }
      stream.once("drain", () => {
        if (--held === 0) {
          child.stdout.resume();
          child.stderr.resume();
        }
      });
    };
    const onData = (chunk) => {
      bytes += chunk.length;
      if (!log.write(chunk)) holdUntilDrained(log);
      if (!options.echo.write(chunk)) holdUntilDrained(options.echo);
      consume(decoder.write(chunk));
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    const finish = (startError) => {
      if (finished) return;
      finished = true;
      if (timeout) clearTimeout(timeout);
      if (killTimer) clearTimeout(killTimer);
      options.signal?.removeEventListener("abort", onAbort);
      signalGroup(child.pid, "SIGKILL");
      consume(decoder.end());
      if (pendingText !== "") emitLine(pendingText);
      options.echo.write(`::${stopToken}::
`);
      log.end(() => {
        const durationSeconds = Number(process.hrtime.bigint() - started) / 1e9;
        const code3 = startError ? 127 : timedOut ? 124 : exitCode ?? (exitSignal ? 128 + signalNumber(exitSignal) : 1);
        resolve({ exitCode: code3, signal: exitSignal, timedOut, cancelled, durationSeconds, bytes, lines, tail, ...startError ? { startError } : {} });
      });
    };
    const streamEnded = () => {
      if (--openStreams === 0 && exitCode !== null) finish();
      else if (openStreams === 0 && exitSignal !== null) finish();
    };
    child.stdout.on("end", streamEnded);
    child.stderr.on("end", streamEnded);
    child.on("error", (error2) => finish(`could not start ${shell}: ${error2.message}`));
    child.on("exit", (code3, signal) => {
      exitCode = code3;
      exitSignal = signal;
      if (openStreams === 0) return finish();
      setTimeout(() => {
        if (finished) return;
        signalGroup(child.pid, "SIGKILL");
        child.stdout.destroy();
        child.stderr.destroy();
        finish();
      }, DRAIN_MS).unref();
    });
  });
}
function signalGroup(pid, signal) {
  if (pid === void 0) return;
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
function signalNumber(signal) {
  const numbers = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  return numbers[signal] ?? 0;
}

// src/main.ts
async function run() {
  try {
    const settings = readSettings((name) => getInput(name), process.env);
    const record = await gate(settings);
    await publish(record, settings);
  } catch (error2) {
    await reportCrash(error2);
  }
}
async function gate(settings) {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const turn = Number.parseInt(process.env.GITHUB_RUN_ATTEMPT ?? "", 10) || 1;
  await mkdir2(settings.reportDirectory, { recursive: true });
  const reportPath = path2.resolve(settings.reportDirectory, reportFileName(turn));
  const logPath = path2.resolve(settings.reportDirectory, `test_output_${turn}.log`);
  const event = readEvent(process.env);
  const probing = probeDocker(settings.dockerProbeTimeoutSeconds);
  const task = await resolveTask({
    requiresInfrastructure: settings.requiresInfrastructure,
    taskFile: settings.taskFile,
    taskGlob: settings.taskGlob,
    workspace,
    pullRequest: event.pullRequest ? pullRequestSource(event.pullRequest, settings.githubToken) : void 0
  });
  const early = settings.startServices && task.requiresInfrastructure.length > 0 ? await probing : void 0;
  info(`coach-gate: task ${task.taskId || "(none)"} from ${task.source}; declared: ${JSON.stringify(task.requiresInfrastructure)}`);
  const notes = [];
  const cwd = path2.resolve(workspace, settings.workingDirectory);
  const cancel = new AbortController();
  const onSignal = () => cancel.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const classifier = new LogClassifier();
  info(`coach-gate: running tests in ${cwd}: ${settings.testCommand}`);
  const result = await runTests({
    command: settings.testCommand,
    cwd,
    env: sanitisedEnv(process.env),
    logPath,
    timeoutMs: settings.testTimeoutMinutes * 6e4,
    onLine: (line) => classifier.push(line),
    echo: process.stdout,
    signal: cancel.signal
  });
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  const docker = early ?? await probing;
  info(`coach-gate: Docker ${docker.available ? "available" : `unavailable (${docker.state})`}`);
  if (result.cancelled) notes.push("The job was cancelled while the tests ran; the tests were stopped.");
  if (result.timedOut) notes.push(`The tests ran past test-timeout (${settings.testTimeoutMinutes} min) and their whole process tree was stopped.`);
  const passed = result.exitCode === 0 && !result.timedOut && !result.cancelled;
  const verdict2 = passed ? PASSED_VERDICT : classifier.result();
  const decision = decide({
    testsPassed: passed,
    timedOut: result.timedOut || result.cancelled,
    verdict: verdict2,
    declared: task.requiresInfrastructure,
    dockerAvailable: docker.available,
    gates: settings.gates
  });
  return {
    turn,
    docker,
    task,
    gates: settings.gates,
    verdict: verdict2,
    decision,
    reportPath,
    logPath,
    notes,
    tests: { command: settings.testCommand, workingDirectory: settings.workingDirectory, passed, ...result }
  };
}
async function publish(record, settings) {
  const { decision, verdict: verdict2 } = record;
  await writeFile2(record.reportPath, `${JSON.stringify(buildReport(record, /* @__PURE__ */ new Date()), null, 2)}
`);
  for (const [name, value] of Object.entries(buildOutputs(record))) setOutput(name, value);
  await summary.addRaw(renderSummary(record)).write();
  if (decision.approvedWithoutIndependentTests) {
    warning(`WARNING: ${decision.headline}. ${decision.rationale.join(" ")}`, { title: "coach-gate approved without independent tests" });
  } else if (decision.decision === "feedback") {
    error(`${decision.headline}. ${decision.rationale[0] ?? ""}`, { title: "coach-gate" });
    for (const e of verdict2.evidence.filter((e2) => e2.kind === verdict2.classification).slice(0, 5)) {
      error(`log line ${e.line}: ${e.text}`, { title: `coach-gate evidence ${e.ruleId}` });
    }
  }
  info(`coach-gate: ${decision.headline}`);
  if (decision.decision === "feedback" && settings.failOnFeedback) setFailed(decision.headline);
}
async function reportCrash(error2) {
  const message2 = error2 instanceof Error ? error2.message : String(error2);
  const headline = error2 instanceof InputError ? "FEEDBACK: invalid input" : "FEEDBACK: coach-gate failed";
  setOutput("decision", "feedback");
  setOutput("approved-without-independent-tests", "false");
  setOutput("summary", headline);
  try {
    await summary.addRaw(`## \u274C ${headline}

<pre>${message2.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c])}</pre>
`).write();
  } catch {
  }
  setFailed(message2);
}

// src/index.ts
await run();
