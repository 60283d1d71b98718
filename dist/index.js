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
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
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
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
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
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}

// src/main.ts
import { mkdir as mkdir2, stat as stat4, writeFile as writeFile2 } from "node:fs/promises";
import path3 from "node:path";

// src/text.ts
function clip(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function firstLineOf(error2, max = 200) {
  const message = error2 instanceof Error ? error2.message : String(error2);
  return (message.split("\n")[0] ?? "").slice(0, max);
}

// src/annotations.ts
var ANNOTATIONS_PER_TYPE = 10;
var ANNOTATION_MESSAGE_MAX = 1e3;
var TITLE_MAX = 100;
function limitAnnotations(annotations, perType = ANNOTATIONS_PER_TYPE) {
  const out = [];
  for (const level of ["error", "warning", "notice"]) {
    const ofLevel = annotations.filter((a) => a.level === level);
    const shown = ofLevel.length > perType ? ofLevel.slice(0, perType - 1) : ofLevel;
    out.push(...shown.map(clipAnnotation));
    const rest = ofLevel.length - shown.length;
    if (rest > 0) {
      out.push({ level, title: "coach-gate", message: `${rest} more ${level} annotation${rest === 1 ? "" : "s"} not shown (GitHub shows ${perType} per type); the job summary and the audit report have them all.` });
    }
  }
  return out;
}
function clipAnnotation(annotation) {
  const message = clip(annotation.message, ANNOTATION_MESSAGE_MAX);
  return annotation.title === void 0 ? { level: annotation.level, message } : { level: annotation.level, message, title: clip(annotation.title, TITLE_MAX) };
}
function annotationsFor(run2) {
  const { decision, verdict } = run2;
  if (decision.approvedWithoutIndependentTests) {
    return [{ level: "warning", title: "coach-gate approved without independent tests", message: `WARNING: ${decision.headline}. ${decision.rationale.join(" ")}` }];
  }
  if (decision.decision !== "feedback") return [];
  return [
    { level: "error", title: "coach-gate", message: `${decision.headline}. ${decision.rationale[0] ?? ""}` },
    ...verdict.evidence.filter((e) => e.kind === verdict.classification).map((e) => ({ level: "error", title: `coach-gate evidence ${e.ruleId}`, message: `log line ${e.line}: ${e.text}` }))
  ];
}

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
    /Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\w.:-]{1,255})'?|through socket)|Mysql2::Error::ConnectionError/,
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
    "redis.ioredis.max-retries",
    "Redis unreachable (ioredis)",
    "redis",
    /MaxRetriesPerRequestError: Reached the max retries per request limit/,
    "ioredis gives up on a command only when it cannot reach the server"
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
    /ServerSelectionTimeoutError|MongoServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable|A timeout occurred after \d+ms selecting a server|server selection error: server selection timeout/,
    "the MongoDB driver found no server to talk to"
  ),
  infra(
    "memcached.unreachable",
    "memcached unreachable",
    "memcached",
    /Dalli::RingError: No server available|MemcacheServerError: .{0,80}(?:refused|unreachable)|memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i,
    "the memcached client found no server"
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
    /NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/,
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
    "network.failed-to-connect.endpoint",
    "Failed to connect",
    "",
    new RegExp(String.raw`Failed to connect to ${HOST_PORT}(?: -| in|:|$)`),
    "a client (tedious, many others) names the endpoint it could not reach",
    "endpoint"
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
    /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\w.-]{1,255})|could not translate host name "(?<host2>[\w.-]{1,255})"|lookup (?<host3>[\w.-]{1,255})(?: on [\d.:[\]]+)?: no such host|Error -[23] connecting to (?<host4>[\w.-]{1,255}):|Name or service not known.{0,40}\b(?<host5>[\w.-]{1,255}):\d/,
    "the client could not resolve the service host",
    "dns"
  ),
  ambiguousInfra(
    "network.dns.unnamed-host",
    "A host name does not resolve",
    /gaierror: \[Errno -[235]\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known/,
    "name resolution failed and the line does not say for which host: it may be a service host or a remote one"
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
    /Cannot find (?:module|package) '(?<module>[^'\s]{1,200})'|Failed to load url (?<module2>[^\s(]{1,200}) \(resolved id|Failed to resolve (?:import|entry for package) "(?<module3>[^"\s]{1,200})"/,
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
  // Checked first: these come in the same driver exceptions as a refusal, but the server answered.
  code("code.service-rejected-client", "The service answered and rejected the client", /FATAL:\s+(?:password authentication failed|database "[^"]{1,200}" does not exist|role "[^"]{1,200}" does not exist|sorry, too many clients already|no pg_hba\.conf entry)|server does not support SSL|Access denied for user '|Unknown database '|\[SSL: [A-Z_]{1,60}\]|NOAUTH Authentication required|WRONGPASS|ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/, "the service was running and refused the credentials, database or TLS settings the project gave it: a configuration defect, not missing infrastructure"),
  code("code.assertion.python", "Assertion failed (Python)", /(?<!except |raise )\bAssertionError(?=:|\s*$)|^E\s+assert\b|^E\s+(?:where|and) |Failed: DID NOT RAISE/, "a test assertion failed"),
  code("code.assertion.jest", "Expectation failed (jest/vitest)", /^\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /, "jest or vitest printed a failed expectation"),
  code("code.assertion.node", "Assertion failed (node:assert/chai)", /AssertionError \[ERR_ASSERTION\]|Expected values to be (?:strictly |loosely )?(?:deep-)?equal|\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\b/, "an assertion failed"),
  code("code.assertion.java", "Assertion failed (JUnit/AssertJ)", /AssertionFailedError|java\.lang\.AssertionError|ComparisonFailure|expected:\s?<.{0,200}> but was:\s?</, "a JUnit assertion failed"),
  code("code.assertion.go", "Assertion failed (Go)", /Error:\s+(?:Not equal|Should (?:be|not be|contain)|Expected|"[^"]*" does not contain)|\bgot:? .{0,200}\bwant:? |\bwant .{0,200}, got |_test\.go:\d+: .{0,300}\b(?:want|wanted|expected)\b/, "a Go test assertion failed"),
  code("code.assertion.rust", "Assertion failed (Rust)", /assertion `left (?:==|!=) right` failed|assertion failed: |assertion failed: `\(left (?:==|!=) right\)`/, "a Rust assertion failed"),
  code("code.assertion.expected-value", "Expected value differs (RSpec, Minitest, node:test)", /^\s+expected: |^\s+got: |\(compared using (?:==|eql\?|equal\?)\)|Expected .{0,200} to (?:be|equal|include|eq)\b/, "an expectation printed the value it wanted (RSpec, Minitest, node:test)"),
  code("code.assertion.dotnet", "Assertion failed (.NET)", /Assert\.\w+\(\) Failure|^\s*But was:|Expected: .{0,200}\s+But was:|Xunit\.Sdk\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception/, "an xUnit or NUnit assertion failed"),
  code("code.assertion.expected-got", "Expected one value, got another", /\bexpected:? [^\n]{1,100}, got:? \S|\bexpected:? [^\n]{1,100} but got:? \S/i, "a check compared a value and found another"),
  code("code.expects-error", "A test expected an error and got another", /pytest\.raises\(|assertRaises|assertThrows|\.rejects\.toThrow|\.toThrow(?:Error)?\(|to\.throw\(|raise_error\b|Assert\.Throws|should\.throw/, "the test checks error behaviour, so a connection error in it is the subject under test"),
  // Only an exception as raised (name then ':' or end of line), not a name in quoted source (`except TypeError:`).
  code("code.runtime-error", "Runtime error in the code", /(?<!except |except \(|rescue |catch \()\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException)(?=\s?:|\s*$| at [\w$.]{1,200}\.(?:java|kt|scala|groovy):\d)/, "the code raised a programming error"),
  code("code.compile-error", "Does not compile", /error\[E\d{4}\]|error TS\d{4}|error CS\d{4}|(?<!except )\b(?:SyntaxError|IndentationError)(?=:|\s*$)|cannot find symbol|COMPILATION ERROR|\.java:\[\d+,\d+\] (?:incompatible types|cannot find symbol)|^e: \S{1,500}\.kts?:\d+:\d+ |\.go:\d+:\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)|Compilation failed/, "the code does not compile"),
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
  { service: "redis", pattern: /redis|ioredis|jedis|lettuce|StackExchange\.Redis|:6379\b|port 6379\b/i },
  { service: "mongodb", pattern: /pymongo|mongoose|mongodb|\bmongo\b|:27017\b/i },
  { service: "rabbitmq", pattern: /amqp|rabbitmq|\bpika\b|kombu|bunny|:5672\b/i },
  { service: "kafka", pattern: /kafka|:9092\b/i },
  { service: "elasticsearch", pattern: /elasticsearch|opensearch|:9200\b/i },
  { service: "sqlserver", pattern: /sqlserver|SqlClient|mssql|tedious|:1433\b/i },
  { service: "memcached", pattern: /memcache|:11211\b/i },
  { service: "docker", pattern: /docker\.sock|docker daemon|testcontainers/i }
];
var ASSERTION_CONTEXT = /AssertionError|AssertionFailedError|\bassert(?:Equals?|That|Raises|Throws)?\b|\bexpect\(|\bExpected(?: \w+)?:|\bReceived(?: \w+)?:|\bto (?:equal|match|include|contain|throw|be)\b|\bshould (?:equal|be|match|include|contain|raise)\b|\bbut was\b|pytest\.raises|Assert\.\w+\(/;
var RETRY_CONTEXT = /\bretrying (?:in |after |the |connection|\.\.\.|…)|\bretrying\s*$|\bwill retry\b|\bretry(?:ing)? in \d|\breconnecting\b|\battempt \d{1,4}\s?(?:\/|of)\s?\d/i;
var TEST_TIMEOUT = /Timeout of \d+ ?ms exceeded|Exceeded timeout of \d+ ?ms|Test timed out in \d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \d/;
var ALL_RULES = [...CODE_RULES, ...CONNECTION_RULES, ...MISSING_MODULE_RULES];

// src/classify/failures.ts
var BOUNDARIES = [
  // pytest: `____ test_name ____`, `____ ERROR at setup of test_x ____`, `____ ERROR collecting tests/x.py ____`.
  { runner: "pytest", event: "start", pattern: /^_{3,} (?:(?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) )?(?<name>\S[^\n]{0,400}?) _{3,}$/ },
  // pytest's short summary, one line a test (`-rA`, `--tb=no`): `FAILED tests/a.py::Cls::test_x - Reason`.
  // The key matches the `____ Cls.test_x ____` header, so a test with both is one block.
  { runner: "pytest", event: "start", pattern: /^(?:FAILED|ERROR) (?<path>[^\s:]{1,300})::(?<name>[^\s]{1,400}?)(?: - (?<reason>[^\n]{0,2000}))?$/, keyFromName: (name) => `pytest:${name.replace(/::/g, ".")}` },
  // `=== RUN` (go) is not a pytest section rule.
  { runner: "pytest", event: "end", pattern: /^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\b)|$)/ },
  // unittest: `FAIL: test_x (pkg.module.Class.test_x)`, closed by `Ran N tests`.
  // (A module that failed to import is named dotted: `ERROR: tests.test_repo (unittest.loader._FailedTest...)`.)
  { runner: "unittest", event: "start", pattern: /^(?:ERROR|FAIL): (?<name>[\w.]{1,300} \([\w.]+\)[^\n]{0,200})$/ },
  { runner: "unittest", event: "end", pattern: /^Ran \d+ tests? in / },
  // jest: `  ● Suite › test`; `● Console` is logging, not a test.
  { runner: "jest", event: "end", pattern: /^\s{0,6}● Console\s*$|^Test Suites: |^(?:PASS|FAIL) \S/ },
  { runner: "jest", event: "start", pattern: /^\s{0,6}● (?<name>\S[^\n]{0,500})$/ },
  // vitest: ` FAIL  file > suite > test` under `Failed Tests`, separated by `⎯⎯⎯` rules.
  { runner: "vitest", event: "start", pattern: /^\s{0,2}FAIL\s{1,3}(?<name>\S[^\n]{0,500}? > [^\n]{1,500})$/ },
  { runner: "vitest", event: "end", pattern: /^\s*⎯{3,}|^\s*Test Files\s/ },
  // mocha and RSpec number their failures: `  1) Suite does x`. The inline mark and the
  // later failure section share the number, so they are one block.
  { runner: "mocha/rspec", event: "start", pattern: /^\s{1,8}(?<key>\d{1,5})\) (?<name>\S[^\n]{0,500})$/ },
  { runner: "mocha/rspec", event: "end", pattern: /^\s*\d+ (?:passing|failing|pending)\b|^Finished in |^Failed examples:|^\d+ examples?, / },
  // node:test: spec reporter `✖ name (1.2ms)`, TAP `not ok 3 - name`.
  { runner: "node:test", event: "end", pattern: /^\s*✖ failing tests:|^ℹ (?:tests|suites|pass|fail) \d|^\s*ok \d+ - |^# (?:tests|pass|fail) \d/ },
  { runner: "node:test", event: "start", pattern: /^\s*✖ (?<name>\S[^\n]{0,500}?)(?: \([\d.]+m?s\))?$/ },
  { runner: "node:test", event: "start", pattern: /^\s*not ok \d+ - (?<name>[^\n]{1,500})$/ },
  // go test.
  { runner: "go", event: "run", pattern: /^=== (?:RUN|CONT)\s+(?<name>\S{1,500})/ },
  { runner: "go", event: "fail", pattern: /^\s*--- FAIL: (?<name>\S{1,500})/ },
  { runner: "go", event: "pass", pattern: /^\s*--- (?:PASS|SKIP): (?<name>\S{1,500})/ },
  { runner: "go", event: "end", pattern: /^(?:FAIL|ok)(?:\s|$)|^PASS$/ },
  // Maven surefire: `[ERROR] testX(com.a.FooTest)  Time elapsed: 0.1 s  <<< ERROR!`.
  { runner: "surefire", event: "start", pattern: /^\[ERROR\] (?<name>\S[^\n]{0,400}?)(?: --)?\s+Time elapsed: [^\n]{0,60}<<< (?:FAILURE|ERROR)!$/ },
  { runner: "surefire", event: "end", pattern: /^\[INFO\]|^\[ERROR\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \[Help)|^\[WARNING\] Tests run:/ },
  // Gradle: `FooTest > testX() FAILED`, then indented exception lines.
  { runner: "gradle", event: "start", pattern: /^(?<name>[\w.$]{1,300} > [^\n]{1,400}) FAILED$/ },
  { runner: "gradle", event: "end", pattern: /^\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/ },
  // cargo test: `---- tests::x stdout ----`.
  { runner: "cargo", event: "start", pattern: /^---- (?<name>\S{1,500}) stdout ----$/ },
  { runner: "cargo", event: "end", pattern: /^failures:$|^test result: / },
  // dotnet test (VSTest console logger) and xunit's own lines.
  { runner: "dotnet", event: "start", pattern: /^\s*Failed (?<name>\S[^\n]{0,400}?) \[[^\]\n]{1,20}\]$|^\[xUnit\.net [\d:.]+\]\s+(?<name2>\S[^\n]{0,400}?) \[FAIL\]$/ },
  { runner: "dotnet", event: "end", pattern: /^\s*(?:Passed|Skipped) \S|^(?:Failed|Passed)!\s+-|^Total tests:|^Test Run (?:Failed|Successful)/ }
];
var BOUNDARY_START = String.raw`(?:_{3}|={3}|FAILED |ERROR[ :]|Ran |\s{0,8}(?:●|✖|ℹ|\d{1,5}\)|not ok|ok \d|# )|\s{0,6}(?:FAIL|PASS|ok)|Test (?:Suites|Files|Run)|\s*⎯|\s*\d+ (?:passing|failing|pending)|Finished in|Failed examples|\d+ examples?|\s*--- |-{4} |\[(?:ERROR|INFO|WARNING|xUnit)|[\w.$]+ > |\d+ tests? completed|> Task|FAILURE:|BUILD|failures:|test result:|\s*(?:Failed|Passed|Skipped) |Total tests)`;
var MAYBE_BOUNDARY = new RegExp(`^${BOUNDARY_START}`);
var BOUNDARY_SCAN = new RegExp(String.raw`^(?:\d{4}-\d\d-\d\dT[\d:.]{8,20}Z ?)?` + BOUNDARY_START, "gm");
function boundaryOf(line) {
  if (!MAYBE_BOUNDARY.test(line)) return void 0;
  for (const boundary of BOUNDARIES) {
    const found = boundary.pattern.exec(line);
    if (!found) continue;
    const groups = found.groups ?? {};
    const name = (groups.name ?? groups.name2 ?? "").trim();
    const key = groups.key !== void 0 ? `${boundary.runner}#${groups.key}` : boundary.keyFromName ? boundary.keyFromName(name) : `${boundary.runner}:${name}`;
    return { runner: boundary.runner, event: boundary.event, name, key, ...groups.reason ? { reason: groups.reason } : {} };
  }
  return void 0;
}
var PARENT_MARKER = /failureType: '?subtestsFailed|^\s*error: '?\d+ subtests? failed/;
var UNINFORMATIVE = /^error: test failed, to rerun pass |^\s*(?:error: '(?:test failed|\d+ subtests? failed)'|failureType: '\w+'|code: 'ERR_TEST_FAILURE')\s*$|^\s+(?:Caused by: )?[\w$.]{0,200}\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|\w{0,60}Connect(?:ion)?\w{0,60}Exception) at [\w$.]{1,200}:-?\d+\s*$|^\s+(?:Caused by: )?[\w$.]{0,200}\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|[\w$]{0,80}(?:Connection|Docker|Container|Kafka|Redis|Mongo|Jdbc|Pool)[\w$]{0,80})\.java:-?\d+\s*$/;
var ERROR_HEADLINE = /^(?:E {1,8})?(?:Caused by: |Error: |\s{0,8})?(?:[A-Za-z_$][\w$]{0,80}\.){0,8}(?:[A-Z][\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \[\w{1,40}\])?: \S|^\s{1,8}[\w-]{1,100}_test\.go:\d{1,6}: \S|^(?:FAIL|Error|error): \S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\d{1,6}:\d{1,6}: (?:fatal )?error|^(?:E {1,8})?\s{0,8}(?:[A-Za-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80}: \S|^\s{1,8}[\w-]{1,100}\.go:\d{1,6}: \S|^not ok \d|: Failure$|: FAILED:$|^Failed asserting |^\s*✘ |^\[ {2}FAILED {2}\] |^(?:FAILURES|ERRORS)!$|\b[1-9]\d{0,5} (?:tests?|specs?) failed\b|^\d{1,6} specs?, [1-9]\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread "|\((?:[A-Z]\w{0,80}::){0,8}[A-Z]\w{0,80}(?:Error|Exception)\)\s*$|^\*\* \([A-Z][\w.]{0,200}\)|^Unhandled exception\. |^Fatal error: |^\s{1,8}Error: \S|^(?:ERROR|FATAL): \S|\bERROR: \S|^\S{1,300}:\d{1,6}: (?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z]\w{0,80}(?:Error|Exception): \S/;
var HEADLINE_CLASS = /([A-Za-z_$][\w$.]{0,200}(?:Error|Exception|Failure))(?: \[\w{1,40}\])?: /;
var WRAPPER_CLASS = /(?:Connect|Connection|Timeout|TimedOut|Pool|Context|Bean|Dependency|Execution|Completion|Container|Jdbc|JDBC|DataAccess|Socket|Unavailable|Refused|Jedis|Redis|Mongo|Kafka|Amqp|AMQP|SQL|Sql|Operational|Interface|Aggregate|Transport|Network|Docker)\w{0,80}(?:Error|Exception|Failure)$/;
var WRAPPER_MESSAGE = /\b(?:container|docker|dial|connect|connecting|connection|database|postgres|postgresql|redis|mongo|mongodb|mysql|broker|rabbitmq|kafka|Postgres|PostgreSQL|Redis|MongoDB|MySQL|Docker)\b/;
var CONNECTION_WORDS = /connect|refus|unreachable|unavailable|timed? ?out|docker|container|pool|bean|context|abgelehnt|rehusada|rifiutata|recusada|отказ|отклон/i;
function isWrapperHeadline(line) {
  if (line.includes("Failed to import test module")) return true;
  const named = HEADLINE_CLASS.exec(line);
  if (named) return WRAPPER_CLASS.test(named[1]) && CONNECTION_WORDS.test(line);
  return WRAPPER_MESSAGE.test(line);
}

// src/service-names.ts
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
  const mysqlFamily2 = /* @__PURE__ */ new Set(["mysql", "mariadb"]);
  return mysqlFamily2.has(declared) && mysqlFamily2.has(detected);
}

// src/classify/interpret.ts
function hintedService(line) {
  for (const hint of SERVICE_HINTS) if (hint.pattern.test(line)) return hint.service;
  return void 0;
}
var LOCAL_ENDPOINT = /(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0):(\d{2,5})(?!\d)|\(\s?'(?:localhost|127\.0\.0\.1|::1)',\s?(\d{2,5})\s?\)/;
function contextOf(line) {
  const service = hintedService(line);
  if (service) return { service };
  const found = LOCAL_ENDPOINT.exec(line);
  if (!found) return void 0;
  const port = Number(found[1] ?? found[2]);
  const known = serviceForPort(port);
  return known ? { service: known } : { ownPort: port };
}
function interpret(rule, groups, line = "") {
  const fixed = { kind: rule.kind, confidence: rule.confidence, service: rule.service, needsContext: rule.service === "" };
  switch (rule.interpret) {
    case "endpoint":
      return interpretEndpoint(rule, groups, line);
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
      return interpretModule(rule.interpret, groups.module ?? groups.module2 ?? groups.module3 ?? "");
    default:
      return fixed;
  }
}
var LOCAL_HOST = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\]|0\.0\.0\.0|::|\[::\]|host\.docker\.internal|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|[\w-]+|[\w.-]+\.(?:local|internal|localdomain|svc|cluster\.local))$/i;
var HTTP_SERVICES = /* @__PURE__ */ new Set(["elasticsearch", "docker"]);
function interpretEndpoint(rule, groups, line) {
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
  const viaHttp = rule.id === "network.connect-refused.http-pool" || /\bhttps?:\/\//.test(line);
  if (byPort2 && viaHttp && !HTTP_SERVICES.has(byPort2)) {
    return { kind: "code", confidence: "high", service: "", note: `an HTTP client was refused on port ${port}, and ${byPort2} speaks no HTTP: the project's own server was not listening` };
  }
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

// src/classify/normalise.ts
var MATCH_WINDOW = 4096;
var ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
var TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
var SERVICE_PREFIX = /^(?:[\w.-]{1,80}\s{1,20}\| |##\[(?:error|warning|group|endgroup)\])/;
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
var CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
function normaliseLine(raw) {
  let line = raw.length > MATCH_WINDOW * 2 ? raw.slice(0, MATCH_WINDOW * 2) : raw;
  if (line.includes("\x1B")) line = line.replace(ANSI, "");
  if (line.endsWith("\r")) line = line.slice(0, -1);
  line = line.replace(TIMESTAMP, "").replace(SERVICE_PREFIX, "");
  if (CONTROL.test(line)) line = line.replace(CONTROLS, " ");
  return line.length > MATCH_WINDOW ? line.slice(0, MATCH_WINDOW) : line;
}

// src/classify/verdict.ts
var EVIDENCE_MAX = 12;
var TESTS_MAX = 100;
var NAMES_IN_TEXT = 5;
var PASSED_VERDICT = {
  classification: "none",
  confidence: "n/a",
  services: [],
  ruleId: "none",
  title: "Tests passed",
  explanation: "The tests passed.",
  evidence: [],
  counts: { infrastructureHigh: 0, infrastructureAmbiguous: 0, code: 0 },
  tests: [],
  failingTests: 0
};
function decideVerdict(signals, blocks, counts, overflowTests = 0, unexplainedOutsideTests = 0, reportedFailures = 0) {
  const failing = failingBlocks(blocks);
  const failingKeys = new Set(failing.map((b) => b.key));
  const relevant = signals.filter((s) => s.blockKey === void 0 || failingKeys.has(s.blockKey));
  const tests = failing.map(testVerdict);
  const base = { counts, tests: tests.slice(0, TESTS_MAX), failingTests: failing.length + overflowTests };
  const code3 = relevant.filter((s) => s.kind === "code");
  const high = relevant.filter(isHigh);
  const ambiguous = relevant.filter((s) => s.kind === "infrastructure" && !isHigh(s));
  const ordered = (first) => [...first, ...relevant.filter((s) => !first.includes(s))];
  if (code3.length > 0) {
    const first = code3[0];
    const codeTests = tests.filter((t) => t.classification === "code" && t.ruleId !== "code.unrecognised");
    const which2 = codeTests.length > 0 ? ` ${codeTests.length} of ${tests.length} failing tests fail in the code: ${names(codeTests)}.` : "";
    const infraNote = high.length + ambiguous.length > 0 ? " Infrastructure errors also appear, but a code failure is never excused by them." : "";
    return { ...base, ...head("code", "high", [], first), evidence: evidenceOf(ordered(code3)), explanation: `${first.title} (line ${first.line}).${which2}${infraNote}` };
  }
  const informative = tests.filter((t) => t.ruleId !== "none");
  if (informative.length > 0) {
    const unexplained = tests.filter((t) => t.ruleId === "code.unrecognised" || t.ruleId === "none");
    const unsure = tests.filter((t) => t.classification === "infrastructure" && t.confidence === "ambiguous");
    const sure = tests.filter((t) => t.classification === "infrastructure" && t.confidence === "high");
    const timedOut = tests.filter((t) => t.ruleId === "test.timeout");
    const unprinted = Math.max(0, reportedFailures - failing.length - overflowTests);
    if (unexplained.length === 0 && unsure.length === 0 && timedOut.length === 0 && overflowTests === 0 && unexplainedOutsideTests === 0 && unprinted === 0 && sure.length > 0) {
      return infrastructureByTests(base, sure, relevant, high);
    }
    const reasons = [
      unexplainedOutsideTests > 0 ? `${unexplainedOutsideTests} error line(s) outside any failing test match no rule` : "",
      unprinted > 0 ? `the runner reports ${reportedFailures} failed test(s) but printed ${failing.length}` : "",
      overflowTests > 0 ? `${overflowTests} more failing test(s) were past the ${tests.length}-test bound and not judged one by one` : "",
      timedOut.length > 0 ? `${timedOut.length} failing test(s) timed out, and a timeout is never excused (${names(timedOut)})` : "",
      unexplained.length > 0 ? `${unexplained.length} failing test(s) show no infrastructure cause (${names(unexplained)})` : "",
      unsure.length > 0 ? `${unsure.length} failing test(s) fail for a reason that is only possibly infrastructure (${names(unsure)})` : ""
    ].filter(Boolean).join("; ");
    const infraFirst = [...high, ...ambiguous];
    if (infraFirst.length > 0) {
      const first = unsure[0]?.evidence ?? infraFirst[0];
      const services = namedServices(infraFirst);
      return { ...base, ...head("infrastructure", "ambiguous", services, first), evidence: evidenceOf(ordered(infraFirst)), explanation: `${first.title} (line ${first.line}), but ${reasons}: not every failing test is explained by a missing service.` };
    }
    return unrecognised(base, `${reasons}; the failures are treated as the code\u2019s.`);
  }
  const unnamedHigh = high.filter((s) => s.service === "");
  const silent = tests.filter((t) => failing.some((b) => b.name === t.name && !b.wrapped && b.signals.length === 0));
  const doubts = [
    unexplainedOutsideTests > 0 ? `${unexplainedOutsideTests} other error line(s) match no rule` : "",
    ambiguous.length > 0 ? `${ambiguous.length} line(s) are only possibly infrastructure (${ambiguous[0]?.title})` : "",
    unnamedHigh.length > 0 && unnamedHigh.length < high.length ? "some failures name no service" : "",
    // Failing tests were found that printed nothing at all, not even the runner's pointer to a
    // cause printed elsewhere: the refusal elsewhere may not be theirs.
    silent.length > 0 ? `${silent.length} failing test(s) show no reason (${names(silent)})` : ""
  ].filter(Boolean);
  if (high.length > 0 && doubts.length > 0) {
    const first = high[0];
    return { ...base, ...head("infrastructure", "ambiguous", namedServices(high), first), evidence: evidenceOf(ordered(high)), explanation: `${first.title} (line ${first.line}), but ${doubts.join("; ")}: the log cannot be split into tests, so the refusal may not explain every failure.` };
  }
  if (high.length > 0) {
    const services = namedServices(high);
    const first = high[0];
    const what = services.length > 0 ? `${services.join(", ")} was not available` : "a service was not available, but no line names which, so it cannot be checked against the declared infrastructure";
    return { ...base, ...head("infrastructure", "high", services, first), evidence: evidenceOf(ordered(high)), explanation: `${first.title}: ${what} (line ${first.line}).` };
  }
  if (ambiguous.length > 0) {
    const first = ambiguous[0];
    const note = first.confidence === "high" ? ": no driver, port or nearby line names the service, so it may be the project\u2019s own server" : first.note ? `: ${first.note}` : "";
    return { ...base, ...head("infrastructure", "ambiguous", namedServices(ambiguous), first), evidence: evidenceOf(ordered(ambiguous)), explanation: `${first.title} (line ${first.line})${note}; not enough to say a service was missing.` };
  }
  return unrecognised(base, "The tests failed and no infrastructure cause was found in the log, so the failure is treated as the code\u2019s.");
}
function infrastructureByTests(base, sure, relevant, high) {
  const named = [...new Set(sure.flatMap((t) => t.services))].sort();
  const unnamed = sure.filter((t) => t.services.length === 0);
  const first = sure[0]?.evidence ?? high[0];
  const ordered = [...high, ...relevant.filter((s) => !high.includes(s))];
  if (unnamed.length > 0 && named.length > 0) {
    return { ...base, ...head("infrastructure", "ambiguous", named, first), evidence: evidenceOf(ordered), explanation: `${first.title} (line ${first.line}): ${named.join(", ")} was not available, but no line names the service ${names(unnamed)} failed to reach.` };
  }
  const count = sure.length === 1 ? "the failing test" : `all ${sure.length} failing tests`;
  return { ...base, ...head("infrastructure", "high", named, first), evidence: evidenceOf(ordered), explanation: `${first.title}: ${named.length > 0 ? named.join(", ") : "a service no line names"} was not available (line ${first.line}); ${count} failed for that reason alone.` };
}
function isHigh(s) {
  return s.kind === "infrastructure" && s.confidence === "high" && (s.service !== "" || s.ruleId.startsWith("module."));
}
function failingBlocks(blocks) {
  const failing = blocks.filter((b) => !b.parent && (b.state === "failing" || b.code + b.high + b.ambiguous > 0));
  return failing.filter((b) => !(b.runner === "go" && b.code + b.high + b.ambiguous === 0 && failing.some((o) => o !== b && o.name.startsWith(`${b.name}/`))));
}
function testVerdict(block) {
  const base = { name: block.name, runner: block.runner, line: block.line };
  const pick = (kind) => block.signals.find((s) => kind === "code" ? s.kind === "code" : s.kind === "infrastructure" && s.confidence === kind);
  if (block.code > 0) {
    const s = pick("code");
    return { ...base, classification: "code", confidence: "high", services: [], ruleId: s?.ruleId ?? "code", ...s ? { evidence: freeze(s) } : {} };
  }
  const highs = block.signals.filter(isHigh);
  const doubtful = block.signals.some((s) => s.kind === "infrastructure" && s.confidence === "ambiguous" && !s.note?.startsWith("logged by a client that retries"));
  if (highs.length > 0 && (block.unexplained > 0 || doubtful)) {
    const s = highs[0];
    return { ...base, classification: "infrastructure", confidence: "ambiguous", services: namedServices(highs), ruleId: "test.unexplained-error", ...s ? { evidence: freeze(s) } : {} };
  }
  if (highs.length > 0) {
    const s = highs[0];
    return { ...base, classification: "infrastructure", confidence: "high", services: namedServices(highs), ruleId: s?.ruleId ?? "infrastructure", ...s ? { evidence: freeze(s) } : {} };
  }
  if (block.high + block.ambiguous > 0) {
    const s = pick("high") ?? pick("ambiguous");
    return { ...base, classification: "infrastructure", confidence: "ambiguous", services: s && s.service ? [s.service] : [], ruleId: s?.ruleId ?? "infrastructure", ...s ? { evidence: freeze(s) } : {} };
  }
  if (block.timedOut) return { ...base, classification: "code", confidence: "ambiguous", services: [], ruleId: "test.timeout" };
  return { ...base, classification: "code", confidence: "ambiguous", services: [], ruleId: block.errorLike || block.unexplained > 0 ? "code.unrecognised" : "none" };
}
function unrecognised(base, explanation) {
  return { ...base, classification: "code", confidence: "ambiguous", services: [], ruleId: "code.unrecognised", title: "Tests failed for a reason no rule recognises", explanation, evidence: [] };
}
function head(classification, confidence, services, first) {
  return { classification, confidence, services, ruleId: first.ruleId, title: first.title };
}
function namedServices(signals) {
  return [...new Set(signals.map((s) => s.service).filter((s) => s !== ""))].sort();
}
function names(tests) {
  const shown = tests.slice(0, NAMES_IN_TEXT).map((t) => t.name).join(", ");
  return tests.length > NAMES_IN_TEXT ? `${shown} and ${tests.length - NAMES_IN_TEXT} more` : shown;
}
function evidenceOf(signals) {
  return signals.slice(0, EVIDENCE_MAX).map(freeze);
}
function freeze(s) {
  return { ruleId: s.ruleId, title: s.title, kind: s.kind, confidence: s.confidence, service: s.service, line: s.line, text: s.text, ...s.note ? { note: s.note } : {}, ...s.test ? { test: s.test } : {} };
}

// src/classify/classifier.ts
var CONTEXT_LINES = 40;
var EVIDENCE_PER_RULE = 3;
var EVIDENCE_PER_KIND = 12;
var EVIDENCE_PER_BLOCK = 4;
var EVIDENCE_TEXT_MAX = 300;
var MAX_BLOCKS = 500;
var MAX_PENDING = 64;
var CANDIDATE = /^e: |\.go:\d|cannot use|invalid operation|incompatible types|RROR|refus|ECONN|Errno|rror|xception|ssert|xpect|eceived|anic|odule|ackage|not found|ocker|getaddrinfo|lookup|host|socket|[Ff]ail|got|want|But was|aise|hrow|imeout|roker|Selection|redis|Redis|Broker|onnect|PG::|possible|overflow|pointer|out of|abgelehnt|rehusada|rifiutata|recusada|odmówiono|отказано|拒绝|拒否|such file|gem '|suitable driver|E {3}|egmentation|SIGSEGV|SIGABRT|illed|terminated by|xception|SystemExit|FAILURES!|not ok|FAILED|Uncaught|Fatal|FATAL|Unhandled|\*\* \(|\.[A-Z]\w*: |ERROR/;
var REPORTED_FAILURES = /^=+ (\d{1,6}) failed\b|^\s*(\d{1,6}) failing$|^Tests:\s+(\d{1,6}) failed\b|^\s*Tests\s+(\d{1,6}) failed\b/;
var GO_PACKAGE_RESULT = /^(?:ok|FAIL)\s+[\w.-]+\/\S+\s/;
var PYTEST_SECTION = /^={3,} (.{1,80}?) ={3,}$/;
var BATCH_LINES = 1024;
var BATCH_CHARS = 1 << 20;
var CANDIDATE_SCAN = new RegExp(CANDIDATE.source, "g");
var ESCAPE_SCAN = /\u001b/g;
var LogClassifier = class {
  lineNumber = 0;
  batch = [];
  batchChars = 0;
  /** The raw lines before the current one, for context: this batch up to `index`, then `tail`. */
  context = { lines: [], index: 0 };
  tail = [];
  /** Line number of the last test boundary: context never reaches across it. */
  contextFloor = 0;
  signals = [];
  perRule = /* @__PURE__ */ new Map();
  counts = { infrastructureHigh: 0, infrastructureAmbiguous: 0, code: 0 };
  pending = [];
  keptByKind = { infrastructure: 0, code: 0 };
  blocks = /* @__PURE__ */ new Map();
  current;
  overflowTests = 0;
  unexplainedOutsideTests = 0;
  inPytestPasses = false;
  goTestFailedInPackage = false;
  /** Some rule matched since go's last package line (a TestMain panic names its cause). */
  signalSincePackage = false;
  /** The most failed tests a runner's closing summary reported. */
  reportedFailures = 0;
  /** Feed one line of the log (without its newline); `lineNumber` sets its number explicitly. */
  push(rawLine, lineNumber) {
    if (lineNumber === void 0) {
      this.batch.push(bounded(rawLine));
      this.batchChars += rawLine.length;
      if (this.batch.length >= BATCH_LINES || this.batchChars >= BATCH_CHARS) this.flush();
      return;
    }
    this.flush();
    this.lineNumber = lineNumber;
    this.context = { lines: [], index: 0 };
    const line = bounded(rawLine);
    this.processLine(line);
    this.remember([line]);
  }
  get lines() {
    return this.lineNumber + this.batch.length;
  }
  result() {
    this.flush();
    return decideVerdict(this.signals, [...this.blocks.values()], this.counts, this.overflowTests, this.unexplainedOutsideTests, this.reportedFailures);
  }
  flush() {
    const lines = this.batch;
    if (lines.length === 0) return;
    this.batch = [];
    this.batchChars = 0;
    const flags = interestingLines(lines);
    const base = this.lineNumber;
    let i = 0;
    while (i < lines.length) {
      if (this.pending.length === 0) {
        const next = flags.indexOf(1, i);
        if (next < 0) break;
        i = next;
      }
      this.lineNumber = base + i + 1;
      this.context = { lines, index: i };
      this.processLine(lines[i]);
      i++;
    }
    this.lineNumber = base + lines.length;
    this.context = { lines: [], index: 0 };
    this.remember(lines);
  }
  remember(lines) {
    this.tail = lines.length >= CONTEXT_LINES ? lines.slice(-CONTEXT_LINES) : [...this.tail, ...lines].slice(-CONTEXT_LINES);
  }
  processLine(rawLine) {
    const line = normaliseLine(rawLine);
    let boundary = boundaryOf(line);
    const section = PYTEST_SECTION.exec(line);
    if (section) this.inPytestPasses = section[1] === "PASSES";
    if (boundary && this.inPytestPasses && boundary.runner === "pytest" && boundary.event === "start" && !boundary.reason && line.startsWith("_")) {
      boundary = { ...boundary, event: "end" };
    }
    if (boundary) this.onBoundary(boundary.event, boundary.key, boundary.name, boundary.runner);
    if (boundary?.event === "fail" && boundary.runner === "go") this.goTestFailedInPackage = true;
    if (GO_PACKAGE_RESULT.test(line)) {
      if (line.startsWith("FAIL") && !this.goTestFailedInPackage && !this.signalSincePackage) this.unexplainedOutsideTests++;
      this.goTestFailedInPackage = false;
      this.signalSincePackage = false;
    }
    const reported = REPORTED_FAILURES.exec(line);
    if (reported) this.reportedFailures = Math.max(this.reportedFailures, Number(reported[1] ?? reported[2] ?? reported[3] ?? reported[4]));
    if (this.pending.length > 0) this.resolvePending(line);
    if (CANDIDATE.test(line)) {
      if (this.current && !boundary && UNINFORMATIVE.test(line)) this.current.wrapped = true;
      if (this.current && !boundary && !UNINFORMATIVE.test(line)) {
        this.current.errorLike = true;
        if (PARENT_MARKER.test(line)) this.current.parent = true;
        if (TEST_TIMEOUT.test(line)) this.current.timedOut = true;
      }
      const explained = this.match(line);
      const headline = boundary ? boundary.reason?.endsWith("...") ? void 0 : boundary.reason : line;
      if (!explained && headline !== void 0 && ERROR_HEADLINE.test(headline) && !isWrapperHeadline(headline) && !UNINFORMATIVE.test(headline)) {
        if (this.current) this.current.unexplained++;
        else this.unexplainedOutsideTests++;
      }
    }
  }
  /** The `back`-th line before the current one (1 = the previous), normalised; undefined past the floor. */
  previousLine(back) {
    if (this.lineNumber - back <= this.contextFloor) return void 0;
    const { lines, index } = this.context;
    const at = index - back;
    const raw = at >= 0 ? lines[at] : this.tail[this.tail.length + at];
    return raw === void 0 ? void 0 : normaliseLine(raw);
  }
  /** Open a failing test's block explicitly (a JUnit report names its tests itself). */
  beginTest(name, runner = "junit") {
    this.onBoundary("start", `${runner}:${name}`, name, runner);
  }
  endTest() {
    this.current = void 0;
  }
  onBoundary(event, key, name, runner) {
    this.contextFloor = this.lineNumber - 1;
    if (event === "end") {
      this.current = void 0;
      return;
    }
    if (event === "pass") {
      const block2 = this.blocks.get(key);
      if (block2 && block2.state === "pending") this.blocks.delete(key);
      this.current = void 0;
      return;
    }
    let block = this.blocks.get(key);
    if (!block) {
      if (this.blocks.size >= MAX_BLOCKS) this.evictQuietBlock();
      if (this.blocks.size >= MAX_BLOCKS) {
        if (event !== "run") this.overflowTests++;
        this.current = void 0;
        return;
      }
      block = { key, name, runner, line: this.lineNumber, state: event === "run" ? "pending" : "failing", parent: false, errorLike: false, timedOut: false, unexplained: 0, wrapped: false, code: 0, high: 0, ambiguous: 0, signals: [] };
      this.blocks.set(key, block);
    } else if (event !== "run") {
      block.state = "failing";
    }
    this.current = block;
  }
  /** go prints `=== RUN` for every test: drop one that has shown nothing yet to make room. */
  evictQuietBlock() {
    for (const [key, block] of this.blocks) {
      if (block.state === "pending" && block.signals.length === 0 && block !== this.current) {
        this.blocks.delete(key);
        return;
      }
    }
  }
  /** Records what the rules make of the line; false when no rule matched it. */
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
    if (infra2 && !codeRule && ASSERTION_CONTEXT.test(line)) {
      this.record({
        ruleId: "code.infrastructure-words-in-assertion",
        title: "Connection error text inside an assertion",
        kind: "code",
        confidence: "high",
        service: "",
        line: this.lineNumber,
        text: clip2(line),
        note: `matched ${infra2.rule.id}, but on an assertion line`
      });
      return true;
    }
    if (codeRule) {
      this.record({ ...signalOf(codeRule, this.lineNumber, line), kind: "code", confidence: codeRule.confidence, service: "", ...infra2 ? { note: `also matched ${infra2.rule.id}` } : {} });
      return true;
    }
    if (!infra2) return false;
    let interpreted = interpret(infra2.rule, infra2.groups, line);
    if (interpreted.kind === "infrastructure" && interpreted.confidence === "high" && RETRY_CONTEXT.test(line)) {
      interpreted = { ...interpreted, confidence: "ambiguous", note: "logged by a client that retries; a later attempt may have connected" };
    }
    const signal = { ...signalOf(infra2.rule, this.lineNumber, line), kind: interpreted.kind, confidence: interpreted.confidence, service: interpreted.service, ...interpreted.note ? { note: interpreted.note } : {} };
    const kept = this.record(signal);
    if (kept && signal.kind === "infrastructure" && signal.service === "" && interpreted.needsContext) this.findServiceInContext(signal);
    return true;
  }
  /** Counts the signal, and keeps it as evidence while the caps allow. Returns whether it was kept. */
  record(signal) {
    this.signalSincePackage = true;
    if (signal.kind === "code") this.counts.code++;
    else if (signal.confidence === "high") this.counts.infrastructureHigh++;
    else this.counts.infrastructureAmbiguous++;
    const block = this.current;
    let kept = false;
    if (block) {
      signal.test = block.name;
      signal.blockKey = block.key;
      if (signal.kind === "code") block.code++;
      else if (signal.confidence === "high") block.high++;
      else block.ambiguous++;
      if (block.signals.length < EVIDENCE_PER_BLOCK) {
        block.signals.push(signal);
        kept = true;
      }
    }
    const seen = this.perRule.get(signal.ruleId) ?? 0;
    this.perRule.set(signal.ruleId, seen + 1);
    if (seen < EVIDENCE_PER_RULE && this.keptByKind[signal.kind] < EVIDENCE_PER_KIND) {
      this.keptByKind[signal.kind]++;
      this.signals.push(signal);
      kept = true;
    }
    return kept;
  }
  /** A generic refusal names no service: look at the lines around it, nearest first. */
  findServiceInContext(signal) {
    for (let back = 1; back <= CONTEXT_LINES; back++) {
      const line = this.previousLine(back);
      if (line === void 0) break;
      const context = contextOf(line);
      if (context) return applyContext(signal, this.current, context);
    }
    if (this.pending.length < MAX_PENDING) this.pending.push({ signal, block: this.current, remaining: CONTEXT_LINES });
  }
  resolvePending(line) {
    const context = contextOf(line);
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const entry = this.pending[i];
      const sameBlock = entry.block === this.current;
      if (context && sameBlock) applyContext(entry.signal, entry.block, context);
      if (context && sameBlock || !sameBlock || --entry.remaining <= 0) this.pending.splice(i, 1);
    }
  }
};
function interestingLines(lines) {
  const flags = new Uint8Array(lines.length);
  const text = lines.join("\n");
  for (const scan of [CANDIDATE_SCAN, BOUNDARY_SCAN, ESCAPE_SCAN]) {
    let line = 0;
    let lineEnd = text.indexOf("\n");
    scan.lastIndex = 0;
    for (let found = scan.exec(text); found; found = scan.exec(text)) {
      while (lineEnd >= 0 && lineEnd < found.index) {
        line++;
        lineEnd = text.indexOf("\n", lineEnd + 1);
      }
      flags[line] = 1;
      if (lineEnd < 0) break;
      scan.lastIndex = lineEnd + 1;
    }
  }
  return flags;
}
function applyContext(signal, block, context) {
  if ("service" in context) {
    signal.service = context.service;
    signal.note = "service named by a nearby line";
    return;
  }
  if (block && signal.blockKey === block.key) {
    if (signal.confidence === "high") block.high--;
    else block.ambiguous--;
    block.code++;
  }
  signal.kind = "code";
  signal.confidence = "high";
  signal.note = `a nearby line names 127.0.0.1:${context.ownPort}, no known service's port: the project's own server was not listening`;
}
function signalOf(rule, line, text) {
  return { ruleId: rule.id, title: rule.title, line, text: clip2(text) };
}
function clip2(text) {
  return clip(text.trim(), EVIDENCE_TEXT_MAX + 1);
}
function bounded(line) {
  return line.length > MATCH_WINDOW * 2 ? Buffer.from(line.slice(0, MATCH_WINDOW * 2)).toString() : line;
}

// src/classify/junit-verdict.ts
function classifyJUnit(cases) {
  const classifier = new LogClassifier();
  for (const c of cases) {
    if (c.outcome !== "failure" && c.outcome !== "error") continue;
    classifier.beginTest(c.id);
    const head2 = [c.type, c.message].filter(Boolean).join(": ");
    if (head2 !== "") classifier.push(head2, c.line);
    c.text.split("\n").forEach((line, i) => classifier.push(line, c.line + 1 + i));
    classifier.endTest();
  }
  return classifier.result();
}
function combineVerdicts(log, junit) {
  if (!junit || junit.failingTests === 0) return log;
  if (leniency(junit) > leniency(log)) {
    return { ...log, tests: junit.tests, failingTests: Math.max(junit.failingTests, log.failingTests), explanation: `${log.explanation} (The JUnit report alone would say ${junit.classification}/${junit.confidence}, but the log is stricter and a report can leave failures out.)` };
  }
  return junit;
}
function leniency(verdict) {
  if (verdict.classification === "code") return verdict.confidence === "high" ? 0 : 1;
  return verdict.confidence === "high" ? 3 : 2;
}

// src/decision.ts
var CONDITIONAL_HEADLINE = "APPROVED (infra-dependent, independent tests skipped)";
function decide(inputs) {
  const { verdict, declared, gates } = inputs;
  const gateFailure = failedGatesFeedback(gates);
  if (gateFailure) return gateFailure;
  if (inputs.testsPassed) {
    return { decision: "approve", approvedWithoutIndependentTests: false, headline: "APPROVED", rationale: ["The tests passed when run independently, and every gate passed."], remediation: [] };
  }
  if (inputs.cancelled === true) {
    return feedback("FEEDBACK: run cancelled", ["The job was cancelled while the tests ran, so they did not finish; an unfinished run is never approved."], ["Re-run the job to get a decision."]);
  }
  if (inputs.timedOut) {
    return feedback("FEEDBACK: tests timed out", ["The test command did not finish within test-timeout and was stopped; a timeout is never excused as infrastructure."], ["Find the hanging test (the log tail shows the last output), or raise test-timeout if the suite is just slow."]);
  }
  if (verdict.classification === "code") {
    return feedback("FEEDBACK: code failure", [`The tests failed and the failure is in the code: ${verdict.explanation}`], ["Fix the code behind the failing tests; the evidence lines above show where each failure was reported."]);
  }
  const services = verdict.services;
  const serviceText = services.length > 0 ? services.join(", ") : "unnamed service";
  const headline = `FEEDBACK: infrastructure failure (${serviceText})`;
  const remediation = remediationFor(services);
  if (verdict.confidence !== "high") {
    return feedback(headline, [`The failure looks like infrastructure, but not certainly: ${verdict.explanation} Only a high-confidence infrastructure failure can be approved conditionally.`], remediation);
  }
  if (declared.length === 0) {
    return feedback(headline, [`The tests need ${serviceText}, but the task declares no requires_infrastructure, so the failure cannot be excused.`], [...remediation, `If the task really needs ${serviceText}, declare it in the task's frontmatter: requires_infrastructure: [${services.join(", ") || "service"}].`]);
  }
  if (inputs.dockerAvailable) {
    return feedback(headline, [`Docker is available, so the declared services could have been provided and the tests run against them; the failure is not excused.`], [...remediation, "Enable start-services (the default) so coach-gate starts the declared services itself, or check why they did not start."]);
  }
  if (services.length === 0) {
    return feedback(headline, ["The failure is infrastructure, but no line of the log names the service, so it cannot be checked against the declared infrastructure: the two signals cannot agree."], remediation);
  }
  const undeclared = services.filter((s) => !declared.some((d) => sameService(d, s)));
  if (undeclared.length > 0) {
    return feedback(headline, [`The failing service (${undeclared.join(", ")}) is not among the task's declared infrastructure (${declared.join(", ")}): the two signals disagree.`], [...remediation, `Declare ${undeclared.join(", ")} in requires_infrastructure if the task needs it; otherwise the tests should not depend on it.`]);
  }
  if (!inputs.trust.allowed) {
    return feedback(headline, [`Every other condition for a conditional approval holds, but the trust policy refuses it: ${inputs.trust.reason}`], [...remediation, "Run the tests where the declared infrastructure exists (e.g. a runner with Docker), or have a maintainer review the work; set conditional-approval: always only if forks are trusted."]);
  }
  return {
    decision: "approve",
    approvedWithoutIndependentTests: true,
    headline: CONDITIONAL_HEADLINE,
    rationale: [
      `The tests failed only because ${serviceText} was not available (${verdict.title}${verdict.evidence[0] ? `, log line ${verdict.evidence[0].line}` : ""}).`,
      `The task declares it needs ${declared.join(", ")}, Docker is unavailable to provide it, and every gate passed.`,
      "Approved conditionally: the independent tests did not really run, so a human should check this work where the infrastructure exists."
    ],
    remediation: []
  };
}
function failedGatesFeedback(gates) {
  const failed = gates.filter((g) => !g.passed);
  if (failed.length === 0) return void 0;
  const names2 = failed.map((g) => `${g.name} (${g.outcome})`).join(", ");
  return feedback(`FEEDBACK: quality gate failed (${failed.map((g) => g.name).join(", ")})`, [`Quality gates failed: ${names2}. Every gate must pass before approval.`], [`Fix the failing gates: ${names2}.`]);
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
function describeDocker(probe2) {
  switch (probe2.state) {
    case "available":
      return `available (${probe2.detail})`;
    case "no-binary":
      return "unavailable: no docker binary";
    case "daemon-unreachable":
      return `unavailable: daemon not reachable (${probe2.detail})`;
    case "timed-out":
      return `unavailable: timed out (${probe2.detail})`;
  }
}

// src/event.ts
import { readFileSync } from "node:fs";
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function readEvent(env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const repository = env.GITHUB_REPOSITORY ?? "";
  if (!PR_EVENTS.has(name)) return { name, pullRequest: void 0, origin: { isPullRequest: false, headRepository: null, baseRepository: repository } };
  let payload;
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8"));
  } catch {
    payload = void 0;
  }
  return { name, pullRequest: pullRequestFrom(payload, repository), origin: originFrom(payload, repository) };
}
function originFrom(payload, repository) {
  const pr = payload?.pull_request;
  const head2 = pr?.head?.repo?.full_name;
  const base = pr?.base?.repo?.full_name;
  return { isPullRequest: true, headRepository: typeof head2 === "string" ? head2 : null, baseRepository: typeof base === "string" ? base : repository };
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
function pullRequestSource(ref, token, sleep2 = defaultSleep) {
  if (token === "") return { number: ref.number, payloadBody: ref.payloadBody };
  let client;
  const connect = () => client ??= import("./chunks/github-YGUI2RQJ.js").then((github) => github.getOctokit(token, { request: { retries: 0 } }));
  const params = { owner: ref.owner, repo: ref.repo, pull_number: ref.number };
  return {
    number: ref.number,
    payloadBody: ref.payloadBody,
    fetchBody: async () => {
      const octokit = await connect();
      const response = await withRetry(() => octokit.rest.pulls.get({ ...params, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep2);
      return response.data.body ?? null;
    },
    listChangedFiles: async () => {
      const octokit = await connect();
      const files = await withRetry(() => octokit.paginate(octokit.rest.pulls.listFiles, { ...params, per_page: 100, request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } }), sleep2);
      return files.filter((file) => file.status !== "removed").map((file) => file.filename);
    }
  };
}
async function withRetry(call, sleep2 = defaultSleep) {
  let lastError;
  let attempts = 0;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    attempts = attempt;
    try {
      return await call();
    } catch (error2) {
      lastError = error2;
      if (!isTransient(error2) || attempt === ATTEMPTS) break;
      await sleep2(retryDelayMs(error2, attempt));
    }
  }
  throw new Error(describeApiError(lastError, attempts));
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
function describeApiError(error2, attempts) {
  const status = error2.status;
  const message = firstLineOf(error2);
  const tries = attempts === 1 ? "(not retried)" : `after ${attempts} attempts`;
  return status ? `GitHub API answered ${status} ${tries}: ${message}` : `GitHub API unreachable ${tries}: ${message}`;
}
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// src/junit-reports.ts
import { readdir as readdir2, readFile, stat as stat2 } from "node:fs/promises";
import path from "node:path";

// src/classify/junit.ts
function parseJUnit(xml) {
  if (!/<(?:testsuites|testsuite|testcase)\b/.test(xml.slice(0, 64 * 1024)) && !xml.includes("<testcase")) {
    throw new Error("not a JUnit XML report (no <testsuites>, <testsuite> or <testcase> element)");
  }
  const cases = [];
  let at = 0;
  let lineAt = 0;
  let line = 1;
  for (; ; ) {
    const start = xml.indexOf("<testcase", at);
    if (start < 0) break;
    const openEnd = tagEnd(xml, start);
    if (openEnd < 0) break;
    line += countNewlines(xml, lineAt, start);
    lineAt = start;
    const attrs = attributes(xml.slice(start + "<testcase".length, openEnd));
    const selfClosing = xml[openEnd - 1] === "/";
    let body = "";
    let next = openEnd + 1;
    if (!selfClosing) {
      const close = xml.indexOf("</testcase>", openEnd);
      body = close < 0 ? xml.slice(openEnd + 1) : xml.slice(openEnd + 1, close);
      next = close < 0 ? xml.length : close + "</testcase>".length;
    }
    cases.push(caseOf(attrs, body, line));
    at = next;
  }
  return cases;
}
function caseOf(attrs, body, line) {
  const name = attrs.name ?? "";
  const classname = attrs.classname ?? attrs.class ?? "";
  const base = { id: classname ? `${classname}.${name}` : name, name, classname, file: attrs.file ?? "", line };
  for (const outcome of ["failure", "error"]) {
    const element = firstElement(body, outcome);
    if (element) return { ...base, outcome, type: element.attrs.type ?? "", message: element.attrs.message ?? "", text: element.text };
  }
  if (firstElement(body, "skipped")) return { ...base, outcome: "skipped", type: "", message: "", text: "" };
  return { ...base, outcome: "passed", type: "", message: "", text: "" };
}
function firstElement(body, tag) {
  const pattern = new RegExp(`<${tag}(?=[\\s/>])`);
  const found = pattern.exec(body);
  if (!found) return void 0;
  const openEnd = tagEnd(body, found.index);
  if (openEnd < 0) return void 0;
  const attrs = attributes(body.slice(found.index + tag.length + 1, openEnd));
  if (body[openEnd - 1] === "/") return { attrs, text: "" };
  const close = body.indexOf(`</${tag}>`, openEnd);
  return { attrs, text: textOf(body.slice(openEnd + 1, close < 0 ? body.length : close)) };
}
function tagEnd(xml, from) {
  let quote = "";
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i;
  }
  return -1;
}
var ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
function attributes(source) {
  const attrs = {};
  for (const m of source.matchAll(ATTRIBUTE)) attrs[m[1]] = decodeEntities(m[2] ?? m[3] ?? "");
  return attrs;
}
function textOf(content) {
  let out = "";
  let at = 0;
  for (; ; ) {
    const cdata = content.indexOf("<![CDATA[", at);
    if (cdata < 0) {
      out += decodeEntities(content.slice(at));
      break;
    }
    out += decodeEntities(content.slice(at, cdata));
    const end = content.indexOf("]]>", cdata);
    out += content.slice(cdata + 9, end < 0 ? content.length : end);
    at = end < 0 ? content.length : end + 3;
  }
  return out;
}
var NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeEntities(text) {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos));/g, (whole, hex, dec, name) => {
    if (name) return NAMED[name];
    const code3 = hex !== void 0 ? Number.parseInt(hex, 16) : Number(dec);
    return code3 <= 1114111 ? String.fromCodePoint(code3) : whole;
  });
}
function countNewlines(text, from, to) {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
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

// src/junit-reports.ts
var MAX_FILES = 1e3;
var MAX_BYTES = 64 * 1024 * 1024;
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
async function readJUnitReports(patterns, cwd, since) {
  const matchers = patterns.map((p) => globToRegExp(p.replace(/^\.\//, "")));
  const notes = [];
  const files = [];
  for await (const rel of walk(cwd, "")) {
    if (!matchers.some((m) => m.test(rel))) continue;
    if (files.length >= MAX_FILES) {
      notes.push(`More than ${MAX_FILES} files match junit-paths; the rest were not read.`);
      break;
    }
    files.push(rel);
  }
  const cases = [];
  const used = [];
  for (const rel of files) {
    const full = path.join(cwd, rel);
    const info2 = await stat2(full);
    if (info2.mtimeMs < since.getTime() - 1e3) {
      notes.push(`JUnit report ${rel} predates this run and was ignored.`);
      continue;
    }
    if (info2.size > MAX_BYTES) {
      notes.push(`JUnit report ${rel} is larger than ${MAX_BYTES / 1024 / 1024} MiB and was not read.`);
      continue;
    }
    try {
      for (const c of parseJUnit(await readFile(full, "utf8"))) cases.push({ ...c, report: rel });
      used.push(rel);
    } catch (error2) {
      notes.push(`JUnit report ${rel} could not be read: ${error2 instanceof Error ? error2.message : String(error2)}`);
    }
  }
  if (patterns.length > 0 && used.length === 0) notes.push(`No JUnit report from this run matched junit-paths (${patterns.join(", ")}); the log alone was classified.`);
  return { files: used, verdict: used.length > 0 ? classifyJUnit(cases) : void 0, notes };
}
async function* walk(root, rel) {
  let entries;
  try {
    entries = await readdir2(path.join(root, rel), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const child = rel === "" ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* walk(root, child);
    } else if (entry.isFile()) yield child;
  }
}

// src/markdown.ts
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var ANSI2 = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
var CONTROLS2 = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
function printable(text) {
  return text.replace(ANSI2, "").replace(CONTROLS2, "\uFFFD");
}
function escapeHtml(text) {
  return printable(text).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}
function escapeMarkdown(text) {
  return escapeHtml(text.replace(/\r?\n|\r/g, " ")).replace(/[\\`*_[\]~]/g, (char) => `\\${char}`).replace(/\|/g, "&#124;").replace(/@/g, "@\u200B");
}
function code2(text) {
  return `<code>${escapeHtml(text.replace(/\r?\n|\r/g, " ")).replace(/[|\\`*_[\]~]/g, (char) => `&#${char.charCodeAt(0)};`)}</code>`;
}

// src/output-bounds.ts
var OUTPUT_MAX_BYTES = 16 * 1024;
function boundOutputs(outputs, max = OUTPUT_MAX_BYTES) {
  const bounded2 = {};
  for (const [name, value] of Object.entries(outputs)) bounded2[name] = boundValue(value, max);
  return bounded2;
}
function boundValue(value, max) {
  if (Buffer.byteLength(value) <= max) return value;
  const items = jsonStringArray(value);
  if (items !== void 0) {
    const kept = [];
    for (const item of items) {
      if (Buffer.byteLength(JSON.stringify([...kept, item])) > max) break;
      kept.push(item);
    }
    return JSON.stringify(kept);
  }
  const marker = "\u2026(truncated)";
  return Buffer.from(value).subarray(0, max - Buffer.byteLength(marker)).toString("utf8").replace(/\uFFFD$/, "") + marker;
}
function jsonStringArray(value) {
  if (!value.startsWith("[")) return void 0;
  try {
    const parsed = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === "string") ? parsed : void 0;
  } catch {
    return void 0;
  }
}

// src/services/catalogue.ts
var CREDENTIALS = { user: "test", password: "test", database: "test" };
var { user, password, database } = CREDENTIALS;
var postgresUrl = (host, port) => `postgresql://${user}:${password}@${host}:${port}/${database}`;
var mysqlUrl = (host, port) => `mysql://${user}:${password}@${host}:${port}/${database}`;
function mysqlFamily(service, defaultImage) {
  return {
    service,
    defaultImage,
    containerPort: 3306,
    probe: "mysql",
    // The mariadb image reads MARIADB_* and, for compatibility, the MYSQL_* names too.
    containerEnv: { MYSQL_ROOT_PASSWORD: password, MYSQL_DATABASE: database, MYSQL_USER: user, MYSQL_PASSWORD: password },
    command: [],
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
var CATALOGUE = {
  postgresql: {
    service: "postgresql",
    defaultImage: "postgres:16-alpine",
    containerPort: 5432,
    probe: "postgresql",
    containerEnv: { POSTGRES_USER: user, POSTGRES_PASSWORD: password, POSTGRES_DB: database },
    command: [],
    connection: (host, port) => ({
      DATABASE_URL: postgresUrl(host, port),
      PGHOST: host,
      PGPORT: String(port),
      PGUSER: user,
      PGPASSWORD: password,
      PGDATABASE: database
    }),
    url: postgresUrl
  },
  mysql: mysqlFamily("mysql", "mysql:8"),
  mariadb: mysqlFamily("mariadb", "mariadb:11"),
  redis: {
    service: "redis",
    defaultImage: "redis:7-alpine",
    containerPort: 6379,
    probe: "redis",
    containerEnv: {},
    command: [],
    connection: (host, port) => ({ REDIS_URL: `redis://${host}:${port}`, REDIS_HOST: host, REDIS_PORT: String(port) }),
    url: (host, port) => `redis://${host}:${port}`
  },
  mongodb: {
    service: "mongodb",
    defaultImage: "mongo:7",
    containerPort: 27017,
    probe: "mongodb",
    // No MONGO_INITDB_ROOT_* variables: without them mongod starts once, without auth.
    containerEnv: {},
    command: [],
    connection: (host, port) => ({ MONGODB_URL: `mongodb://${host}:${port}/${database}`, MONGODB_URI: `mongodb://${host}:${port}/${database}`, MONGO_URL: `mongodb://${host}:${port}/${database}` }),
    url: (host, port) => `mongodb://${host}:${port}/${database}`
  },
  rabbitmq: {
    service: "rabbitmq",
    defaultImage: "rabbitmq:3-alpine",
    containerPort: 5672,
    probe: "amqp",
    // RabbitMQ's `guest` may only log in from localhost, and a published port is not localhost.
    containerEnv: { RABBITMQ_DEFAULT_USER: user, RABBITMQ_DEFAULT_PASS: password },
    command: [],
    connection: (host, port) => ({ AMQP_URL: `amqp://${user}:${password}@${host}:${port}/`, RABBITMQ_URL: `amqp://${user}:${password}@${host}:${port}/` }),
    url: (host, port) => `amqp://${user}:${password}@${host}:${port}/`
  }
};
function planServices(declared, overrides) {
  const images = {};
  const unusedImages = [];
  for (const [name, image] of Object.entries(overrides)) {
    const canonical = canonicalService(name);
    if (canonical !== void 0 && CATALOGUE[canonical]) images[canonical] = image;
    else unusedImages.push(name);
  }
  const start = [];
  const skipped = [];
  for (const name of declared) {
    const canonical = canonicalService(name) ?? name;
    const spec = CATALOGUE[canonical];
    if (spec) {
      if (!start.some((s) => s.spec.service === canonical)) start.push({ spec, image: images[canonical] ?? spec.defaultImage });
    } else if (canonical === "docker") {
      skipped.push({ service: name, reason: "Docker itself is available; nothing to start" });
    } else if (canonicalService(name) === void 0) {
      skipped.push({ service: name, reason: "unknown service: coach-gate does not know it, so it was not started" });
    } else {
      skipped.push({ service: name, reason: `coach-gate cannot start ${canonical} as a container yet (it starts ${Object.keys(CATALOGUE).join(", ")}); it was not started` });
    }
  }
  return { start, skipped, unusedImages };
}
function connectionEnv(started) {
  const env = {};
  for (const s of started) Object.assign(env, CATALOGUE[s.service]?.connection(s.host, s.port));
  if (env.DATABASE_URL === void 0 && env.MYSQL_URL !== void 0) env.DATABASE_URL = env.MYSQL_URL;
  return env;
}
function redactUrl(url) {
  return url.replace(/^([a-z]+:\/\/[^:/@]+:)[^@]*@/i, "$1***@");
}

// src/services/outcome.ts
function serviceFailureVerdict(failures) {
  const services = [...new Set(failures.map((f) => f.service))].sort();
  return {
    classification: "infrastructure",
    confidence: "high",
    services,
    ruleId: "service-not-ready",
    title: "Declared service could not be provided",
    explanation: failures.map((f) => `${f.service}: ${f.reason}`).join("; "),
    evidence: [],
    tests: [],
    failingTests: 0,
    counts: { infrastructureHigh: failures.length, infrastructureAmbiguous: 0, code: 0 }
  };
}
function decideServiceFailure(failures, gates) {
  const verdict = serviceFailureVerdict(failures);
  const gateFailure = failedGatesFeedback(gates);
  if (gateFailure) return { verdict, decision: gateFailure };
  if (failures.some((f) => f.stage === "cancelled")) {
    return { verdict, decision: feedback("FEEDBACK: cancelled while services started", ["The job was cancelled while the declared services were starting; the tests did not run, and the containers were removed."], ["Re-run the job."]) };
  }
  const remediation = failures.map((f) => {
    switch (f.stage) {
      case "pull":
        return `Make ${f.image} pullable on the runner, or point service-images at an image that is (${f.service}=<image>).`;
      case "start":
        return `Check that ${f.image} can run as a ${f.service} server on this runner (see the reason above).`;
      case "exited":
        return `The ${f.service} container stopped by itself: its last log lines below say why (often a missing or wrong environment variable of the image).`;
      default:
        return `Raise service-timeout if ${f.service} is just slow to start, or check that ${f.image} really runs ${f.service} (its last log lines are below).`;
    }
  });
  const rationale = [`The tests did not run: the declared ${verdict.services.join(", ")} could not be provided (${verdict.explanation}).`, "Docker is available, so this is a problem of the service containers, not excused: the work was not independently tested."];
  return { verdict, decision: feedback(`FEEDBACK: infrastructure failure (${verdict.services.join(", ")})`, rationale, remediation) };
}
function servicesOutput(record) {
  return JSON.stringify(record.started.map((s) => ({ service: s.service, image: s.image, host: s.host, port: s.port, url: s.url })));
}
function servicesReport(record) {
  return {
    mode: record.mode,
    started: record.started.map((s) => ({ service: s.service, image: s.image, container: s.container, host: s.host, port: s.port, url: redactUrl(s.url), ready_ms: Math.round(s.readyMs), probes: s.attempts, greeting: s.greeting })),
    failures: record.failures.map((f) => ({ service: f.service, image: f.image, stage: f.stage, reason: f.reason, logs: f.logs })),
    skipped: record.skipped,
    unused_image_overrides: record.unusedImages,
    removed_containers: record.removed,
    cleanup_problem: record.cleanupProblem ?? null
  };
}
function renderServices(record) {
  if (record.mode !== "started" && record.skipped.length === 0 && record.unusedImages.length === 0) return [];
  const out = ["### Services", ""];
  for (const s of record.started) {
    out.push(`- \u2705 ${escapeMarkdown(s.service)}: ${code2(s.image)} at ${code2(redactUrl(s.url))}, accepted clients ${(s.readyMs / 1e3).toFixed(2)} s after start (${s.attempts} probe${s.attempts === 1 ? "" : "s"})`);
  }
  for (const f of record.failures) out.push(`- \u274C ${escapeMarkdown(f.service)} (${code2(f.image)}): ${escapeMarkdown(f.reason)}`);
  for (const s of record.skipped) out.push(`- \u26A0\uFE0F ${escapeMarkdown(s.service)}: ${escapeMarkdown(s.reason)}`);
  if (record.unusedImages.length > 0) out.push(`- \u26A0\uFE0F service-images names services coach-gate cannot start: ${record.unusedImages.map((s) => escapeMarkdown(s)).join(", ")}`);
  if (record.started.length + record.failures.length > 0) {
    out.push(record.cleanupProblem ? `- \u274C Clean-up: ${escapeMarkdown(record.cleanupProblem)}` : `- Clean-up: ${record.removed.length} container${record.removed.length === 1 ? "" : "s"} removed`);
  }
  out.push("");
  for (const f of record.failures.filter((f2) => f2.logs.length > 0)) {
    out.push(`<details open><summary>${escapeHtml(`${f.service}: last ${f.logs.length} log lines of the container`)}</summary>`, "", `<pre>${escapeHtml(f.logs.join("\n"))}</pre>`, "", "</details>", "");
  }
  return out;
}

// src/report.ts
var SCHEMA_VERSION = "1.0";
function reportFileName(turn) {
  return `coach_turn_${turn}.json`;
}
function buildReport(run2, generatedAt) {
  const { verdict, decision, tests, task } = run2;
  const failureIssue = tests.passed ? [] : [{
    severity: decision.approvedWithoutIndependentTests ? "warning" : "error",
    category: tests.cancelled ? "cancelled" : tests.timedOut ? "timeout" : verdict.classification === "infrastructure" ? "infrastructure" : "code",
    description: verdict.explanation,
    failure_classification: verdict.classification,
    failure_confidence: verdict.confidence,
    service: verdict.services.join(","),
    rule: verdict.ruleId,
    evidence: verdict.evidence.map((e) => ({ line: e.line, rule: e.ruleId, kind: e.kind, confidence: e.confidence, service: e.service, text: e.text, ...e.note ? { note: e.note } : {}, ...e.test ? { test: e.test } : {} })),
    failing_tests: verdict.tests.map((t) => ({
      name: t.name,
      runner: t.runner,
      line: t.line,
      classification: t.classification,
      confidence: t.confidence,
      services: t.services,
      rule: t.ruleId,
      ...t.evidence ? { evidence: { line: t.evidence.line, text: t.evidence.text } } : {}
    }))
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
    cancelled: tests.cancelled,
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
        exit_code: tests.notRun ? null : tests.exitCode,
        ...tests.notRun ? { not_run: tests.notRun } : {},
        timed_out: tests.timedOut,
        cancelled: tests.cancelled,
        duration_seconds: Math.round(tests.durationSeconds * 1e3) / 1e3,
        output_bytes: tests.bytes,
        output_lines: tests.lines,
        log_path: run2.logPath,
        test_output_summary: tests.tail.slice(-20).join("\n")
      }
    },
    services: servicesReport(run2.services),
    classification: {
      classification: verdict.classification,
      confidence: verdict.confidence,
      services: verdict.services,
      rule: verdict.ruleId,
      counts: verdict.counts,
      failing_tests: verdict.failingTests
    },
    issues: [...gateIssues, ...failureIssue, ...noteIssues],
    rationale: decision.rationale.join(" "),
    remediation: decision.remediation
  };
}
function buildCrashReport(turn, category, message, generatedAt) {
  return {
    schema_version: SCHEMA_VERSION,
    generated_at: generatedAt.toISOString(),
    task_id: "",
    turn,
    decision: "feedback",
    summary: category === "input" ? "FEEDBACK: invalid input" : "FEEDBACK: coach-gate failed",
    approved_without_independent_tests: false,
    docker_available: false,
    requires_infrastructure: [],
    validation_results: {
      quality_gates: { gates: [], all_gates_passed: false },
      independent_tests: { tests_passed: false, test_command: "", exit_code: null, duration_seconds: 0, test_output_summary: "not run: the gate stopped before the tests" }
    },
    issues: [{ severity: "error", category, description: message, failure_classification: "n/a", failure_confidence: "n/a", service: "", rule: "", evidence: [] }],
    rationale: category === "input" ? "The inputs were invalid, so the tests were not run." : "coach-gate failed before it could decide, so nothing is approved."
  };
}
function crashOutputs(headline) {
  return {
    decision: "feedback",
    "approved-without-independent-tests": "false",
    "tests-passed": "false",
    "exit-code": "",
    classification: "none",
    confidence: "n/a",
    service: "",
    rule: "none",
    "docker-available": "false",
    "requires-infrastructure": "[]",
    "task-id": "",
    summary: headline,
    "report-path": "",
    "log-path": "",
    services: "[]"
  };
}
function buildOutputs(run2) {
  return {
    decision: run2.decision.decision,
    "approved-without-independent-tests": String(run2.decision.approvedWithoutIndependentTests),
    "tests-passed": String(run2.tests.passed),
    "exit-code": run2.tests.notRun ? "" : String(run2.tests.exitCode),
    classification: run2.verdict.classification,
    confidence: run2.verdict.confidence,
    service: run2.verdict.services.join(","),
    rule: run2.verdict.ruleId,
    "docker-available": String(run2.docker.available),
    "requires-infrastructure": JSON.stringify(run2.task.requiresInfrastructure),
    "task-id": run2.task.taskId,
    summary: run2.decision.headline,
    "report-path": run2.reportPath,
    "log-path": run2.logPath,
    services: servicesOutput(run2.services)
  };
}

// src/trust.ts
var CONDITIONAL_APPROVAL_POLICIES = ["same-repo", "always", "never"];
function checkTrust(policy, origin) {
  if (policy === "never") return { allowed: false, reason: "conditional-approval is set to never, so tests that could not run are never excused." };
  if (policy === "always") return { allowed: true, reason: "conditional-approval is set to always: any pull request, forks included, may be approved conditionally." };
  if (!origin.isPullRequest) return { allowed: true, reason: "The code under test is already in the repository (not a pull request)." };
  const head2 = origin.headRepository;
  if (head2 !== null && head2 !== "" && head2.toLowerCase() === origin.baseRepository.toLowerCase()) {
    return { allowed: true, reason: `The pull request comes from ${origin.baseRepository} itself.` };
  }
  const from = head2 === null || head2 === "" ? "a repository GitHub no longer knows (a deleted fork)" : `the fork ${head2}`;
  return {
    allowed: false,
    reason: `The pull request comes from ${from}, not from ${origin.baseRepository || "the base repository"}; with conditional-approval: same-repo (the default) only same-repository pull requests may be approved without independent tests.`
  };
}

// src/settings.ts
var clip3 = (text) => clip(text, 61);
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
    serviceTimeoutSeconds: parseNumber("service-timeout", input("service-timeout"), 60, { min: 1, max: 3600 }),
    testTimeoutMinutes: parseNumber("test-timeout", input("test-timeout"), 0, { min: 0, max: 24 * 60 }),
    failOnFeedback: parseBoolean("fail-on-feedback", input("fail-on-feedback"), true),
    githubToken: input("github-token").trim(),
    reportDirectory: input("report-directory").trim() || defaultReportDirectory(env),
    conditionalApproval: parseChoice("conditional-approval", input("conditional-approval"), CONDITIONAL_APPROVAL_POLICIES, "same-repo"),
    junitPaths: parseJUnitPaths(input("junit-paths"))
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
function parseJUnitPaths(raw) {
  const globs = [...new Set(raw.split(/\n|,(?![^{}]*\})/).map((g) => g.trim()).filter((g) => g !== ""))];
  for (const glob of globs) {
    if (glob.startsWith("/") || glob.split("/").includes("..")) throw new InputError("junit-paths", `'${clip3(glob)}' must be a glob relative to working-directory, e.g. reports/junit-*.xml`);
  }
  return globs;
}
function parseGates(raw) {
  const gates = [];
  const lines = raw.split("\n");
  lines.forEach((line, index) => {
    const text = line.trim();
    if (text === "" || text.startsWith("#")) return;
    const eq = text.indexOf("=");
    if (eq < 0) throw new InputError("gates", `line ${index + 1} ('${clip3(text)}') has no '=': write one name=outcome a line, e.g. lint=\${{ steps.lint.outcome }}`);
    const name = text.slice(0, eq).trim();
    const outcome = text.slice(eq + 1).trim().toLowerCase();
    if (name === "") throw new InputError("gates", `line ${index + 1} ('${clip3(text)}') has no gate name before '='`);
    if (outcome === "") throw new InputError("gates", `gate '${clip3(name)}' has an empty outcome; an unset step outcome usually means the step id is misspelt`);
    if (gates.some((g) => g.name === name)) throw new InputError("gates", `gate '${clip3(name)}' is listed twice`);
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
    if (eq < 0) throw new InputError("service-images", `line ${index + 1} ('${clip3(text)}') has no '=': write one service=image a line, e.g. postgresql=postgres:16-alpine`);
    const service = text.slice(0, eq).trim().toLowerCase();
    const image = text.slice(eq + 1).trim();
    if (service === "" || image === "") throw new InputError("service-images", `line ${index + 1} ('${clip3(text)}') needs both a service and an image`);
    if (/\s/.test(image)) throw new InputError("service-images", `image '${clip3(image)}' for '${service}' contains white space`);
    images[service] = image;
  });
  return images;
}
function parseNumber(name, raw, fallback, range) {
  const text = raw.trim();
  if (text === "") return fallback;
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(text)) throw new InputError(name, `'${clip3(text)}' is not a number (expected e.g. ${fallback || 10})`);
  const value = Number(text);
  if (value !== 0 && (value < range.min || value > range.max)) {
    throw new InputError(name, `${text} is out of range (${range.min} to ${range.max})`);
  }
  if (value === 0 && range.min > 0) throw new InputError(name, `must be greater than 0`);
  return value;
}
function parseChoice(name, raw, choices, fallback) {
  const text = raw.trim().toLowerCase();
  if (text === "") return fallback;
  const choice = choices.find((c) => c === text);
  if (choice === void 0) throw new InputError(name, `'${clip3(text)}' is not one of ${choices.join(", ")}`);
  return choice;
}
function parseBoolean(name, raw, fallback) {
  const text = raw.trim().toLowerCase();
  if (text === "") return fallback;
  if (["true", "yes", "on", "1"].includes(text)) return true;
  if (["false", "no", "off", "0"].includes(text)) return false;
  throw new InputError(name, `'${clip3(text)}' is not a boolean (use true or false)`);
}

// src/services/containers.ts
import { randomBytes } from "node:crypto";

// src/services/docker-cli.ts
import { spawn as spawn2 } from "node:child_process";
var OUTPUT_MAX = 256 * 1024;
function docker(args, timeoutMs = 6e4, signal) {
  if (signal?.aborted) return Promise.resolve({ code: null, stdout: "", stderr: "cancelled before the docker command started", timedOut: false });
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    let settled = false;
    const child = spawn2("docker", [...args], { stdio: ["ignore", "pipe", "pipe"], detached: true });
    const kill = () => {
      try {
        if (child.pid !== void 0) process.kill(-child.pid, "SIGKILL");
      } catch {
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    signal?.addEventListener("abort", kill, { once: true });
    const finish = (code3, error2) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", kill);
      resolve({ code: code3, stdout, stderr: error2 ?? stderr, timedOut });
    };
    child.stdout.on("data", (chunk) => stdout = (stdout + chunk.toString()).slice(-OUTPUT_MAX));
    child.stderr.on("data", (chunk) => stderr = (stderr + chunk.toString()).slice(-OUTPUT_MAX));
    child.on("error", (error2) => finish(null, error2.message));
    child.on("close", (code3) => finish(code3));
  });
}
function failureReason(result) {
  if (result.timedOut) return "the docker command timed out";
  const text = (result.stderr || result.stdout).replace(/\s+/g, " ").trim();
  return (text.length > 400 ? `${text.slice(0, 400)}\u2026` : text) || `docker exited ${result.code}`;
}

// src/services/readiness.ts
import net from "node:net";
function probe(kind, host, port, timeoutMs = 1e3) {
  const protocol = PROTOCOLS[kind]();
  return new Promise((resolve) => {
    let received = Buffer.alloc(0);
    let settled = false;
    const socket = net.createConnection({ host, port });
    const done = (result) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(result);
    };
    socket.setNoDelay(true);
    socket.setTimeout(timeoutMs, () => done({ ready: false, detail: `no answer within ${timeoutMs} ms` }));
    socket.on("connect", () => {
      if (protocol.hello) socket.write(protocol.hello);
    });
    socket.on("data", (chunk) => {
      received = Buffer.concat([received, chunk]);
      const verdict = protocol.judge(received);
      if (verdict) done(verdict);
      else if (received.length > 64 * 1024) done({ ready: false, detail: "unrecognised answer" });
    });
    socket.on("error", (error2) => done({ ready: false, detail: error2.message }));
    socket.on("close", () => done({ ready: false, detail: received.length === 0 ? "connection closed without an answer" : "connection closed mid-answer" }));
  });
}
var DEFAULT_BACKOFF = { initialMs: 10, factor: 1.5, maxMs: 100 };
function backoffDelay(attempt, backoff = DEFAULT_BACKOFF) {
  return Math.min(backoff.maxMs, backoff.initialMs * backoff.factor ** attempt);
}
async function waitUntilReady(kind, host, port, options) {
  const started = performance.now();
  const deadline = started + options.timeoutMs;
  const attemptTimeout = options.attemptTimeoutMs ?? 1e3;
  const check = options.check ?? (() => probe(kind, host, port, Math.max(50, Math.min(attemptTimeout, deadline - performance.now()))));
  let attempts = 0;
  let detail = "not probed";
  for (; ; ) {
    if (options.signal?.aborted) return { ready: false, attempts, elapsedMs: performance.now() - started, detail: "cancelled", aborted: true };
    attempts++;
    const result = await check();
    detail = result.detail;
    if (result.ready) return { ready: true, attempts, elapsedMs: performance.now() - started, detail, aborted: false };
    const remaining = deadline - performance.now();
    if (remaining <= 0) return { ready: false, attempts, elapsedMs: performance.now() - started, detail, aborted: false };
    await sleep(Math.min(backoffDelay(attempts - 1, options.backoff), remaining), options.signal);
  }
}
function sleep(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
var PROTOCOLS = {
  postgresql: () => ({ hello: postgresStartup("test", "test"), judge: judgePostgres }),
  mysql: () => ({ hello: void 0, judge: judgeMysql }),
  redis: () => ({ hello: Buffer.from("*1\r\n$4\r\nPING\r\n"), judge: judgeRedis }),
  mongodb: () => ({ hello: mongoHello(), judge: judgeMongo }),
  amqp: () => ({ hello: Buffer.from([65, 77, 81, 80, 0, 0, 9, 1]), judge: judgeAmqp })
};
function postgresStartup(user2, database2) {
  const params = Buffer.from(`user\0${user2}\0database\0${database2}\0application_name\0coach-gate-readiness\0\0`);
  const head2 = Buffer.alloc(8);
  head2.writeInt32BE(8 + params.length, 0);
  head2.writeInt32BE(196608, 4);
  return Buffer.concat([head2, params]);
}
function judgePostgres(data) {
  if (data.length < 5) return void 0;
  const type = String.fromCharCode(data[0]);
  const length = data.readInt32BE(1);
  if (type === "R") return { ready: true, detail: "PostgreSQL asked for authentication" };
  if (type !== "E") return { ready: false, detail: `unexpected PostgreSQL message '${type}'` };
  if (data.length < 1 + length) return void 0;
  const fields = parsePostgresError(data.subarray(5, 1 + length));
  if (fields.C === "57P03") return { ready: false, detail: fields.M ?? "starting up" };
  return { ready: true, detail: `PostgreSQL answered: ${fields.M ?? fields.C ?? "error"}` };
}
function parsePostgresError(body) {
  const fields = {};
  let at = 0;
  while (at < body.length && body[at] !== 0) {
    const code3 = String.fromCharCode(body[at]);
    const end = body.indexOf(0, at + 1);
    if (end < 0) break;
    fields[code3] = body.subarray(at + 1, end).toString("utf8");
    at = end + 1;
  }
  return fields;
}
function judgeMysql(data) {
  if (data.length < 5) return void 0;
  const length = data.readUIntLE(0, 3);
  if (data.length < 4 + length) return void 0;
  const payload = data.subarray(4, 4 + length);
  if (payload[0] === 10) {
    const end = payload.indexOf(0, 1);
    return { ready: true, detail: `MySQL handshake, server ${payload.subarray(1, end < 0 ? void 0 : end).toString("latin1")}` };
  }
  if (payload[0] === 255) return { ready: false, detail: `MySQL error: ${payload.subarray(3).toString("utf8").replace(/^#\w{5}/, "")}` };
  return { ready: false, detail: `unexpected MySQL packet 0x${(payload[0] ?? 0).toString(16)}` };
}
function judgeRedis(data) {
  const end = data.indexOf("\r\n");
  if (end < 0) return void 0;
  const line = data.subarray(0, end).toString("utf8");
  if (line === "+PONG") return { ready: true, detail: "Redis answered PONG" };
  if (/^-(NOAUTH|WRONGPASS)/.test(line)) return { ready: true, detail: `Redis answered ${line.slice(1)}` };
  return { ready: false, detail: `Redis answered ${line}` };
}
function mongoHello() {
  const doc = bson([["hello", 1], ["$db", "admin"]]);
  const header = Buffer.alloc(16);
  const body = Buffer.concat([Buffer.alloc(4), Buffer.from([0]), doc]);
  header.writeInt32LE(16 + body.length, 0);
  header.writeInt32LE(1, 4);
  header.writeInt32LE(0, 8);
  header.writeInt32LE(2013, 12);
  return Buffer.concat([header, body]);
}
function judgeMongo(data) {
  if (data.length < 4) return void 0;
  const length = data.readInt32LE(0);
  if (length < 21 || length > 48 * 1024 * 1024) return { ready: false, detail: "not a MongoDB reply" };
  if (data.length < length) return void 0;
  if (data.readInt32LE(12) !== 2013) return { ready: false, detail: `unexpected MongoDB opcode ${data.readInt32LE(12)}` };
  if (data[20] !== 0) return { ready: false, detail: "unexpected MongoDB section" };
  const fields = readBsonTop(data.subarray(21, length));
  if (fields.ok === 1) return { ready: true, detail: "MongoDB answered hello" };
  return { ready: false, detail: `MongoDB hello not ok${typeof fields.errmsg === "string" ? `: ${fields.errmsg}` : ""}` };
}
function judgeAmqp(data) {
  if (data.length >= 4 && data.subarray(0, 4).toString("latin1") === "AMQP") {
    return data.length < 8 ? void 0 : { ready: false, detail: `broker wants AMQP ${data[5]}-${data[6]}-${data[7]}` };
  }
  if (data.length < 11) return void 0;
  if (data[0] === 1 && data.readUInt16BE(1) === 0 && data.readUInt16BE(7) === 10 && data.readUInt16BE(9) === 10) {
    return { ready: true, detail: "AMQP Connection.Start received" };
  }
  return { ready: false, detail: "unexpected AMQP frame" };
}
function bson(fields) {
  const parts = [];
  for (const [name, value] of fields) {
    const key = Buffer.from(`${name}\0`);
    if (typeof value === "number") {
      const v = Buffer.alloc(4);
      v.writeInt32LE(value, 0);
      parts.push(Buffer.from([16]), key, v);
    } else {
      const text = Buffer.from(`${value}\0`);
      const len = Buffer.alloc(4);
      len.writeInt32LE(text.length, 0);
      parts.push(Buffer.from([2]), key, len, text);
    }
  }
  const body = Buffer.concat([...parts, Buffer.from([0])]);
  const size = Buffer.alloc(4);
  size.writeInt32LE(4 + body.length, 0);
  return Buffer.concat([size, body]);
}
function readBsonTop(doc) {
  const out = {};
  let at = 4;
  const fixed = { 1: 8, 7: 12, 8: 1, 9: 8, 10: 0, 16: 4, 17: 8, 18: 8, 19: 16, 127: 0, 255: 0 };
  while (at < doc.length && doc[at] !== 0) {
    const type = doc[at];
    const nameEnd = doc.indexOf(0, at + 1);
    if (nameEnd < 0) break;
    const name = doc.subarray(at + 1, nameEnd).toString("utf8");
    at = nameEnd + 1;
    if (type === 1) out[name] = doc.readDoubleLE(at);
    else if (type === 16) out[name] = doc.readInt32LE(at);
    else if (type === 8) out[name] = doc[at] === 1;
    else if (type === 2) out[name] = doc.subarray(at + 4, at + 4 + doc.readInt32LE(at) - 1).toString("utf8");
    if (type in fixed) at += fixed[type];
    else if (type === 2 || type === 13 || type === 14) at += 4 + doc.readInt32LE(at);
    else if (type === 3 || type === 4) at += doc.readInt32LE(at);
    else if (type === 5) at += 5 + doc.readInt32LE(at);
    else break;
  }
  return out;
}

// src/services/containers.ts
var LABEL_MANAGED = "coach-gate.managed";
var LABEL_RUN = "coach-gate.run";
var LABEL_INVOCATION = "coach-gate.invocation";
var LABEL_SERVICE = "coach-gate.service";
var HOST = "127.0.0.1";
var LOG_LINES = 20;
var PULL_TIMEOUT_MS = 10 * 6e4;
function runIdentity(env, random = randomBytes(4).toString("hex")) {
  const id = (env.GITHUB_RUN_ID || "local").replace(/[^A-Za-z0-9_.-]/g, "");
  const attempt = (env.GITHUB_RUN_ATTEMPT || "1").replace(/[^A-Za-z0-9_.-]/g, "");
  return { run: `${id}-${attempt}`, invocation: random };
}
function containerName(identity, service) {
  return `coach-gate-${identity.run}-${identity.invocation}-${service}`.replace(/[^A-Za-z0-9_.-]/g, "-");
}
function runArguments(planned, identity, name) {
  const { spec, image } = planned;
  const args = [
    "run",
    "--detach",
    "--name",
    name,
    "--label",
    `${LABEL_MANAGED}=true`,
    "--label",
    `${LABEL_RUN}=${identity.run}`,
    "--label",
    `${LABEL_INVOCATION}=${identity.invocation}`,
    "--label",
    `${LABEL_SERVICE}=${spec.service}`,
    "--publish",
    `${HOST}::${spec.containerPort}`
  ];
  for (const [key, value] of Object.entries(spec.containerEnv)) args.push("--env", `${key}=${value}`);
  return [...args, image, ...spec.command];
}
function parsePublishedPort(output) {
  for (const line of output.split("\n")) {
    const match = /^127\.0\.0\.1:(\d+)\s*$/.exec(line.trim());
    if (match) return Number(match[1]);
  }
  return void 0;
}
var ServiceSession = class {
  constructor(identity) {
    this.identity = identity;
  }
  identity;
  names = /* @__PURE__ */ new Set();
  async start(plan, options) {
    const results = await Promise.all(plan.start.map((planned) => this.startOne(planned, options)));
    const started = results.filter((r) => "port" in r);
    const failures = results.filter((r) => "stage" in r);
    return { started, failures, env: connectionEnv(started) };
  }
  /** Removes every container this session created; safe to call again. */
  async removeAll() {
    const names2 = [...this.names];
    if (names2.length === 0) return { removed: [], problem: void 0 };
    const result = await docker(["rm", "--force", "--volumes", ...names2], 6e4);
    const problems = result.stderr.split("\n").filter((line) => line.trim() !== "" && !/No such container/i.test(line));
    const removed = result.stdout.split("\n").map((line) => line.trim()).filter((line) => names2.includes(line));
    if (result.code === 0 || problems.length === 0 && !result.timedOut) {
      this.names.clear();
      return { removed, problem: void 0 };
    }
    return { removed, problem: `could not remove ${names2.join(", ")}: ${failureReason({ ...result, stderr: problems.join(" ") })}` };
  }
  async startOne(planned, options) {
    const { spec, image } = planned;
    const fail = (stage, reason, logs = []) => ({ service: spec.service, image, stage, reason, logs });
    const log = options.log ?? (() => void 0);
    const cancelled = () => options.signal?.aborted ? fail("cancelled", "the job was cancelled while services started") : void 0;
    const present = await docker(["image", "inspect", "--format", "{{.Id}}", image], 3e4);
    if (present.code !== 0) {
      log(`coach-gate: pulling ${image} for ${spec.service}`);
      const pulled = await docker(["pull", "--quiet", image], PULL_TIMEOUT_MS, options.signal);
      if (cancelled()) return cancelled();
      if (pulled.code !== 0) return fail("pull", `could not pull ${image}: ${failureReason(pulled)}`);
    }
    if (cancelled()) return cancelled();
    const name = containerName(this.identity, spec.service);
    this.names.add(name);
    const run2 = await docker(runArguments(planned, this.identity, name), 12e4);
    if (run2.code !== 0) return fail("start", `docker run ${image} failed: ${failureReason(run2)}`);
    const runReturned = performance.now();
    const portResult = await docker(["port", name, `${spec.containerPort}/tcp`], 3e4);
    const port = parsePublishedPort(portResult.stdout);
    if (port === void 0) return fail("start", `no published port for ${spec.containerPort}/tcp: ${failureReason(portResult)}`, await this.logs(name));
    log(`coach-gate: ${spec.service} (${image}) is container ${name} on ${HOST}:${port}; waiting until it accepts clients`);
    const stopWatching = new AbortController();
    const abortWait = new AbortController();
    const onCancel = () => abortWait.abort();
    options.signal?.addEventListener("abort", onCancel, { once: true });
    const exited = docker(["wait", name], options.timeoutMs + 6e4, stopWatching.signal).then((result) => {
      if (!stopWatching.signal.aborted) abortWait.abort();
      return result;
    });
    const wait = await waitUntilReady(spec.probe, HOST, port, { timeoutMs: options.timeoutMs, signal: abortWait.signal });
    stopWatching.abort();
    options.signal?.removeEventListener("abort", onCancel);
    if (wait.ready) {
      void exited;
      return { service: spec.service, image, container: name, host: HOST, port, url: spec.url(HOST, port), readyMs: performance.now() - runReturned, attempts: wait.attempts, greeting: wait.detail };
    }
    if (options.signal?.aborted) return fail("cancelled", "the job was cancelled while services started");
    const exit = await exited;
    if (abortWait.signal.aborted && exit.code === 0) {
      return fail("exited", `the container exited (status ${exit.stdout.trim() || "?"}) before ${spec.service} accepted clients`, await this.logs(name));
    }
    return fail("readiness", `${spec.service} did not accept clients within ${Math.round(options.timeoutMs / 1e3)} s (${wait.attempts} probes; last: ${wait.detail})`, await this.logs(name));
  }
  async logs(name) {
    const result = await docker(["logs", "--tail", String(LOG_LINES), name], 15e3);
    const text = `${result.stdout}${result.stderr}`;
    return text.split("\n").map((line) => line.trimEnd()).filter((line) => line !== "").slice(-LOG_LINES);
  }
};

// src/services/provide.ts
async function withServices(options, body) {
  const plan = planServices(options.declared, options.serviceImages);
  const base = { started: [], failures: [], skipped: plan.skipped, unusedImages: plan.unusedImages, cleanupProblem: void 0, removed: [] };
  if (options.declared.length === 0) return { record: { ...base, mode: "none-declared", skipped: [] }, result: await body({}) };
  if (!options.dockerAvailable) return { record: { ...base, mode: "docker-unavailable", skipped: [] }, result: await body({}) };
  if (!options.startServices) return { record: { ...base, mode: "disabled", skipped: [] }, result: await body({}) };
  if (plan.start.length === 0) return { record: { ...base, mode: "started" }, result: await body({}) };
  let cleanup = { removed: [], problem: void 0 };
  const session = new ServiceSession(runIdentity(options.env));
  options.remember(session.identity);
  let outcome = { started: [], failures: [], env: {} };
  let result;
  try {
    outcome = await session.start(plan, { timeoutMs: options.serviceTimeoutSeconds * 1e3, signal: options.signal, log: options.log });
    for (const s of outcome.started) options.log(`coach-gate: ${s.service} accepts clients (${s.greeting}) ${Math.round(s.readyMs)} ms after start`);
    for (const f of outcome.failures) options.log(`coach-gate: ${f.service} could not be provided: ${f.reason}`);
    if (outcome.failures.length === 0) result = await body(outcome.env);
  } finally {
    cleanup = await session.removeAll();
    options.log(cleanup.problem ? `coach-gate: ${cleanup.problem}` : `coach-gate: removed ${cleanup.removed.length} service container(s)`);
  }
  return { record: { ...base, mode: "started", started: outcome.started, failures: outcome.failures, cleanupProblem: cleanup.problem, removed: cleanup.removed }, result };
}

// src/summary.ts
var FAILING_TESTS_SHOWN = 30;
var SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
function renderSummary(run2) {
  const { decision, verdict, tests, task } = run2;
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
    ["Classification", verdict.classification],
    ["Confidence", verdict.confidence],
    ["Service", verdict.services.length > 0 ? verdict.services.join(", ") : "\u2014"],
    ["Rule", verdict.ruleId === "none" ? "\u2014" : code2(verdict.ruleId)],
    ["Gates", gates],
    ["Exit code", tests.notRun ? "\u2014 (tests not run)" : tests.timedOut ? `${tests.exitCode} (timed out)` : tests.cancelled ? `${tests.exitCode} (cancelled)` : String(tests.exitCode)],
    ["Duration", `${tests.durationSeconds.toFixed(1)} s`]
  ];
  out.push("| Check | Result |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${v} |`), "");
  if (decision.rationale.length > 1) {
    out.push("### Why", "", ...decision.rationale.slice(1).map((line) => `- ${escapeMarkdown(line)}`), "");
  }
  if (verdict.evidence.length > 0) {
    out.push("### Evidence", "");
    for (const e of verdict.evidence) {
      const service = e.service !== "" ? ` \xB7 ${escapeMarkdown(e.service)}` : "";
      const note = e.note ? ` \u2014 ${escapeMarkdown(e.note)}` : "";
      const test = e.test ? ` \xB7 test ${code2(e.test)}` : "";
      out.push(`- line ${e.line}${test} \xB7 ${code2(e.ruleId)} (${e.kind}, ${e.confidence}${service}): ${code2(e.text)}${note}`);
    }
    out.push("");
  }
  if (verdict.tests.length > 0) {
    const shown = verdict.tests.slice(0, FAILING_TESTS_SHOWN);
    out.push(`### Failing tests (${verdict.failingTests})`, "");
    for (const t of shown) {
      const service = t.services.length > 0 ? ` \xB7 ${escapeMarkdown(t.services.join(", "))}` : "";
      const where = t.evidence ? ` line ${t.evidence.line}: ${code2(t.evidence.text)}` : ` (from line ${t.line}; no rule matched)`;
      out.push(`- ${code2(t.name)} \u2014 ${t.classification}/${t.confidence}${service} \xB7 ${code2(t.ruleId)}${where}`);
    }
    if (verdict.failingTests > shown.length) out.push(`- \u2026 and ${verdict.failingTests - shown.length} more (see the audit report)`);
    out.push("");
  }
  out.push(...renderServices(run2.services));
  if (decision.remediation.length > 0) {
    out.push(verdict.classification === "code" ? "### What to fix" : "### What to do", "", ...decision.remediation.map((line) => `- ${escapeMarkdown(line)}`), "");
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
import { open as open2, stat as stat3 } from "node:fs/promises";
import path2 from "node:path";

// lazy:gray-matter
import { createRequire } from "node:module";
var matter;
function lazyMatter(input, options) {
  matter ??= createRequire(import.meta.url)("./vendor/gray-matter.cjs");
  return matter(input, options);
}

// src/frontmatter.ts
var MAX_FRONTMATTER_BYTES = 64 * 1024;
var MAX_FRONTMATTER_VALUES = 1e4;
var MAX_DECLARED_SERVICES = 32;
var SERVICE_NAME_MAX = 64;
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
    return { ...empty, error: `frontmatter is not valid YAML: ${firstLineOf(error2)}` };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { ...empty, error: "frontmatter is not a mapping of keys to values" };
  }
  if (exceedsValues(data, MAX_FRONTMATTER_VALUES)) {
    return { ...empty, error: `frontmatter expands to more than ${MAX_FRONTMATTER_VALUES} values (a YAML alias bomb?) and is refused` };
  }
  const fields = data;
  const id = readId(fields);
  const declared = fields.requires_infrastructure;
  if (declared === void 0 || declared === null) return { ...empty, id };
  if (!Array.isArray(declared) || !declared.every((item) => typeof item === "string")) {
    return { ...empty, id, error: `requires_infrastructure must be a list of service names (strings), got ${describeType(declared)}` };
  }
  if (declared.length > MAX_DECLARED_SERVICES) {
    return { ...empty, id, error: `requires_infrastructure lists ${declared.length} services, more than the ${MAX_DECLARED_SERVICES} allowed` };
  }
  const tooLong = declared.find((name) => name.trim().length > SERVICE_NAME_MAX);
  if (tooLong !== void 0) {
    return { ...empty, id, error: `requires_infrastructure has a name longer than ${SERVICE_NAME_MAX} characters ('${tooLong.slice(0, 40)}\u2026')` };
  }
  const { services, unknown } = normaliseServices(declared);
  return { origin, id, requiresInfrastructure: services, unknownServices: unknown };
}
function normaliseServices(names2) {
  const services = [];
  const unknown = [];
  for (const raw of names2) {
    const name = raw.trim();
    if (name === "") continue;
    const canonical = canonicalService(name);
    if (canonical === void 0) unknown.push(name.toLowerCase());
    const value = canonical ?? name.toLowerCase();
    if (!services.includes(value)) services.push(value);
  }
  return { services, unknown };
}
function exceedsValues(value, limit) {
  let budget = limit;
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (--budget < 0) return true;
    if (node === null || typeof node !== "object") continue;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (stack.length > budget) return true;
      stack.push(child);
    }
  }
  return false;
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
    const text = await readBounded(path2.resolve(inputs.workspace, inputs.taskFile));
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
      notes.push(`Could not read pull request #${pr.number} live (${firstLineOf(error2)}); used the event payload's body instead`);
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
    notes.push(`Could not list the files of pull request #${pr.number} (${firstLineOf(error2)}); no task was read from them`);
    return { source: "none", tasks: [] };
  }
  const matches = globToRegExp(inputs.taskGlob);
  const taskFiles = files.filter((file) => matches.test(file)).sort();
  if (taskFiles.length === 0) return { source: "none", tasks: [] };
  const tasks = [];
  for (const file of taskFiles) {
    const text = await readBounded(path2.resolve(inputs.workspace, file));
    tasks.push(text.error !== void 0 ? { origin: file, id: "", requiresInfrastructure: [], unknownServices: [], error: text.error } : parseTask(text.content, file));
  }
  return { source: "changed-files", tasks };
}
async function readBounded(file) {
  const limit = MAX_FRONTMATTER_BYTES * 16;
  try {
    if (!(await stat3(file)).isFile()) return { error: "not a regular file" };
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
    return { error: code3 === "ENOENT" ? "file not found in the workspace (is the repository checked out?)" : firstLineOf(error2) };
  }
}
function unique(items) {
  return [...new Set(items)];
}

// src/test-runner.ts
import { spawn as spawn3 } from "node:child_process";
import { createWriteStream, existsSync as existsSync2, readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { randomBytes as randomBytes2 } from "node:crypto";
import { constants as osConstants } from "node:os";
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
  let logError;
  log.on("error", (error2) => {
    logError ??= error2.message;
    log.emit("drain");
  });
  const stopToken = randomBytes2(16).toString("hex");
  options.echo.write(`::stop-commands::${stopToken}
`);
  const tail = [];
  let bytes = 0;
  let lines = 0;
  let lastByte = 10;
  let pendingText = "";
  const decoder = new StringDecoder("utf8");
  let inLongLine = false;
  const emitLine = (line, complete = true) => {
    if (!inLongLine) lines++;
    inLongLine = !complete;
    options.onLine(line);
    tail.push(line.length > TAIL_LINE_MAX ? `${line.slice(0, TAIL_LINE_MAX)}\u2026 (${line.length} characters)` : line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  let skipLeadingLF = false;
  const consume = (text) => {
    let start = 0;
    if (skipLeadingLF && text.startsWith("\n")) start = 1;
    if (text !== "") skipLeadingLF = false;
    const lineEnd = /\r\n|\r|\n/g;
    lineEnd.lastIndex = start;
    for (let match = lineEnd.exec(text); match !== null; match = lineEnd.exec(text)) {
      emitLine(pendingText + text.slice(start, match.index));
      pendingText = "";
      start = match.index + match[0].length;
      if (match[0] === "\r" && start === text.length) skipLeadingLF = true;
    }
    pendingText += text.slice(start);
    while (pendingText.length > LINE_MAX) {
      emitLine(pendingText.slice(0, LINE_MAX), false);
      pendingText = pendingText.slice(LINE_MAX);
    }
  };
  return new Promise((resolve) => {
    let timedOut = false;
    let cancelled = false;
    let finished = false;
    let killTimer;
    const cookie = randomBytes2(16).toString("hex");
    const child = spawn3(shell, args, { cwd: options.cwd, env: { ...options.env, [COOKIE_NAME]: cookie }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const signalTree = (signal) => {
      signalGroup(child.pid, signal);
      signalCookie(cookie, signal);
    };
    const killTree = () => {
      signalTree("SIGTERM");
      killTimer ??= setTimeout(() => signalTree("SIGKILL"), KILL_GRACE_MS);
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
    if (options.signal?.aborted) onAbort();
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
      if (chunk.length > 0) lastByte = chunk[chunk.length - 1];
      if (logError === void 0 && !log.write(chunk)) holdUntilDrained(log);
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
      signalTree("SIGKILL");
      consume(decoder.end());
      if (pendingText !== "") emitLine(pendingText);
      options.echo.write(`${lastByte === 10 ? "" : "\n"}::${stopToken}::
`);
      const settle = () => {
        const durationSeconds = Number(process.hrtime.bigint() - started) / 1e9;
        const code3 = startError ? 127 : timedOut ? 124 : exitCode ?? (exitSignal ? 128 + signalNumber(exitSignal) : 1);
        resolve({ exitCode: code3, signal: exitSignal, timedOut, cancelled, durationSeconds, bytes, lines, tail, ...startError ? { startError } : {}, ...logError !== void 0 ? { logError } : {} });
      };
      if (logError !== void 0) settle();
      else {
        log.end((error2) => {
          if (error2) logError ??= error2.message;
          settle();
        });
      }
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
        signalTree("SIGKILL");
        child.stdout.destroy();
        child.stderr.destroy();
        finish();
      }, DRAIN_MS).unref();
    });
  });
}
var COOKIE_NAME = "COACH_GATE_RUN_COOKIE";
function signalCookie(cookie, signal) {
  const needle = Buffer.from(`${COOKIE_NAME}=${cookie}\0`);
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync2(`/proc/${entry}/environ`).includes(needle)) process.kill(Number(entry), signal);
    } catch {
    }
  }
}
function signalGroup(pid, signal) {
  if (pid === void 0) return;
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
function signalNumber(signal) {
  return osConstants.signals[signal] ?? 0;
}

// src/main.ts
var ANNOTATE = { error, warning, notice };
async function run() {
  const cancel = new AbortController();
  const onSignal = () => cancel.abort();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const settings = readSettings((name) => getInput(name), process.env);
    const record = await gate(settings, cancel.signal);
    await publish(record, settings);
  } catch (error2) {
    await reportCrash(error2);
  }
}
async function gate(settings, cancelled) {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const turn = Number.parseInt(process.env.GITHUB_RUN_ATTEMPT ?? "", 10) || 1;
  await mkdir2(settings.reportDirectory, { recursive: true });
  const reportPath = path3.resolve(settings.reportDirectory, reportFileName(turn));
  const logPath = path3.resolve(settings.reportDirectory, `test_output_${turn}.log`);
  const event = readEvent(process.env);
  const probing = probeDocker(settings.dockerProbeTimeoutSeconds);
  const task = await resolveTask({
    requiresInfrastructure: settings.requiresInfrastructure,
    taskFile: settings.taskFile,
    taskGlob: settings.taskGlob,
    workspace,
    pullRequest: event.pullRequest ? pullRequestSource(event.pullRequest, settings.githubToken) : void 0
  });
  const early = task.requiresInfrastructure.length > 0 ? await probing : void 0;
  info(`coach-gate: task ${task.taskId || "(none)"} from ${task.source}; declared: ${JSON.stringify(task.requiresInfrastructure)}`);
  const notes = [];
  const cwd = path3.resolve(workspace, settings.workingDirectory);
  if (!await isDirectory2(cwd)) throw new InputError("working-directory", `${settings.workingDirectory} is not a directory of the workspace (${cwd})`);
  const classifier = new LogClassifier();
  const testsStarted = /* @__PURE__ */ new Date();
  const provided = await withServices({
    declared: task.requiresInfrastructure,
    // Known exactly when services are to be started (see `early` above); otherwise unused.
    dockerAvailable: early?.available ?? false,
    startServices: settings.startServices,
    serviceImages: settings.serviceImages,
    serviceTimeoutSeconds: settings.serviceTimeoutSeconds,
    env: process.env,
    signal: cancelled,
    log: (line) => info(line),
    remember: (identity) => {
      saveState("run", identity.run);
      saveState("invocation", identity.invocation);
    }
  }, (serviceEnv) => {
    info(`coach-gate: running tests in ${cwd}: ${JSON.stringify(settings.testCommand)}`);
    return runTests({
      command: settings.testCommand,
      cwd,
      env: sanitisedEnv(process.env, serviceEnv),
      logPath,
      timeoutMs: settings.testTimeoutMinutes * 6e4,
      onLine: (line) => classifier.push(line),
      echo: process.stdout,
      signal: cancelled
    });
  });
  const docker2 = early ?? await probing;
  info(`coach-gate: Docker ${docker2.available ? "available" : `unavailable (${docker2.state})`}`);
  const services = provided.record;
  const result = provided.result;
  if (result === void 0) {
    const { verdict: verdict2, decision: decision2 } = decideServiceFailure(services.failures, settings.gates);
    await writeFile2(logPath, "");
    const notRun = `not run: ${verdict2.explanation}`;
    return {
      turn,
      docker: docker2,
      task,
      gates: settings.gates,
      verdict: verdict2,
      decision: decision2,
      reportPath,
      logPath,
      notes,
      services,
      tests: { command: settings.testCommand, workingDirectory: settings.workingDirectory, passed: false, exitCode: -1, timedOut: false, cancelled: cancelled.aborted, durationSeconds: 0, bytes: 0, lines: 0, tail: [], notRun }
    };
  }
  if (result.startError) notes.push(`The test command could not be started: ${result.startError}`);
  if (result.logError) notes.push(`The full log could not be written (${result.logError}); the tests ran to the end and were classified as they streamed.`);
  if (result.cancelled) notes.push("The job was cancelled while the tests ran; the tests were stopped.");
  if (result.timedOut) notes.push(`The tests ran past test-timeout (${settings.testTimeoutMinutes} min) and their whole process tree was stopped.`);
  const passed = result.exitCode === 0 && !result.timedOut && !result.cancelled;
  const junit = passed || settings.junitPaths.length === 0 ? void 0 : await readJUnitReports(settings.junitPaths, cwd, testsStarted);
  if (junit) notes.push(...junit.notes);
  const verdict = passed ? PASSED_VERDICT : combineVerdicts(classifier.result(), junit?.verdict);
  const decision = decide({
    testsPassed: passed,
    timedOut: result.timedOut,
    cancelled: result.cancelled,
    verdict,
    declared: task.requiresInfrastructure,
    dockerAvailable: docker2.available,
    gates: settings.gates,
    trust: checkTrust(settings.conditionalApproval, event.origin)
  });
  return {
    turn,
    docker: docker2,
    task,
    gates: settings.gates,
    verdict,
    decision,
    reportPath,
    logPath,
    notes,
    services,
    tests: { command: settings.testCommand, workingDirectory: settings.workingDirectory, passed, ...result }
  };
}
async function publish(record, settings) {
  const { decision } = record;
  await writeFile2(record.reportPath, `${JSON.stringify(buildReport(record, /* @__PURE__ */ new Date()), null, 2)}
`);
  for (const [name, value] of Object.entries(boundOutputs(buildOutputs(record)))) setOutput(name, value);
  await summary.addRaw(renderSummary(record)).write();
  for (const a of limitAnnotations(annotationsFor(record))) ANNOTATE[a.level](a.message, a.title === void 0 ? {} : { title: a.title });
  info(`coach-gate: ${decision.headline}`);
  if (decision.decision === "feedback" && settings.failOnFeedback || record.tests.cancelled) process.exitCode = ExitCode.Failure;
}
async function reportCrash(error2) {
  const message = error2 instanceof Error ? error2.message : String(error2);
  const category = error2 instanceof InputError ? "input" : "internal";
  const report = buildCrashReport(Number.parseInt(process.env.GITHUB_RUN_ATTEMPT ?? "", 10) || 1, category, message, /* @__PURE__ */ new Date());
  const headline = String(report.summary);
  let reportPath = "";
  try {
    const directory = getInput("report-directory").trim() || defaultReportDirectory(process.env);
    await mkdir2(directory, { recursive: true });
    reportPath = path3.resolve(directory, reportFileName(Number(report.turn)));
    await writeFile2(reportPath, `${JSON.stringify(report, null, 2)}
`);
  } catch (writeError) {
    reportPath = "";
    warning(`coach-gate could not write its audit report: ${String(writeError)}`);
  }
  for (const [name, value] of Object.entries({ ...crashOutputs(headline), "report-path": reportPath })) setOutput(name, value);
  try {
    await summary.addRaw(`## \u274C ${headline}

<pre>${escapeHtml(message)}</pre>
`).write();
  } catch {
  }
  setFailed(message);
}
async function isDirectory2(dir) {
  try {
    return (await stat4(dir)).isDirectory();
  } catch {
    return false;
  }
}

// src/index.ts
await run();
