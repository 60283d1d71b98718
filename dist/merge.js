import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);

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
  addRaw(text2, addEOL = false) {
    this._buffer += text2;
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
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
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
  addHeading(text2, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text2);
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
  addQuote(text2, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text2, attrs);
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
  addLink(text2, href) {
    const element = this.wrap("a", text2, { href });
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
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/merge/main.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/text.ts
function clip(text2, max) {
  return text2.length > max ? `${text2.slice(0, max - 1)}\u2026` : text2;
}
var ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
var LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
var HIDDEN_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\p{Cf}\p{Cs}\u115f\u1160\u3164\uffa0]/gu;
function safeLine(text2) {
  return text2.replace(ANSI, "").replace(LINE_BREAKS, " ").replace(HIDDEN_CHARACTERS, "\uFFFD").replace(/##\[/g, "## [").replace(/^(\s*):(?=:)/u, "$1: ");
}
function oneLine(text2, max = 300) {
  return clip(safeLine(text2.replace(/\t/g, " ")).replace(/ {2,}/g, " ").trim(), max);
}

// src/markdown.ts
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text2) {
  return text2.split(/\r?\n/).map(safeLine).join("\n").replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}
function escapeMarkdown(text2) {
  return escapeHtml(safeLine(text2)).replace(/[\\`*_[\]~]/g, (char) => `\\${char}`).replace(/\|/g, "&#124;").replace(/@/g, "@\u200B");
}
function code(text2) {
  return `<code>${escapeHtml(safeLine(text2)).replace(/[|\\`*_[\]~]/g, (char) => `&#${char.charCodeAt(0)};`)}</code>`;
}

// src/output-bounds.ts
var OUTPUT_MAX_BYTES = 16 * 1024;
function boundOutputs(outputs, max = OUTPUT_MAX_BYTES) {
  const bounded = {};
  for (const [name, value] of Object.entries(outputs)) bounded[name] = boundValue(value, max);
  return bounded;
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

// src/names.ts
var OUTPUTS = {
  decision: "decision",
  approvedWithoutIndependentTests: "approved-without-independent-tests",
  testsPassed: "tests-passed",
  exitCode: "exit-code",
  classification: "classification",
  confidence: "confidence",
  service: "service",
  rule: "rule",
  dockerAvailable: "docker-available",
  requiresInfrastructure: "requires-infrastructure",
  taskId: "task-id",
  summary: "summary",
  reportPath: "report-path",
  logPath: "log-path",
  services: "services",
  failureSignature: "failure-signature",
  repeatCount: "repeat-count",
  flaky: "flaky"
};
var MERGE_INPUTS = {
  reports: "reports",
  expectedShards: "expected-shards",
  failOnFeedback: "fail-on-feedback",
  reportDirectory: "report-directory"
};
var MERGE_OUTPUTS = {
  decision: OUTPUTS.decision,
  approvedWithoutIndependentTests: OUTPUTS.approvedWithoutIndependentTests,
  testsPassed: OUTPUTS.testsPassed,
  classification: OUTPUTS.classification,
  confidence: OUTPUTS.confidence,
  service: OUTPUTS.service,
  rule: OUTPUTS.rule,
  failureSignature: OUTPUTS.failureSignature,
  summary: OUTPUTS.summary,
  reportPath: OUTPUTS.reportPath
};

// src/settings.ts
var clip2 = (text2) => clip(text2, 61);
var InputError = class extends Error {
  constructor(input, problem) {
    super(`Input '${input}': ${problem}`);
    this.input = input;
    this.name = "InputError";
  }
  input;
};
function defaultReportDirectory(env) {
  const base = env.RUNNER_TEMP || env.TMPDIR || "/tmp";
  return `${base.replace(/\/+$/, "")}/coach-gate`;
}
function parseBoolean(name, raw, fallback) {
  const text2 = raw.trim().toLowerCase();
  if (text2 === "") return fallback;
  if (["true", "yes", "on", "1"].includes(text2)) return true;
  if (["false", "no", "off", "0"].includes(text2)) return false;
  throw new InputError(name, `'${clip2(text2)}' is not a boolean (use true or false)`);
}

// src/services/definitions.ts
var CREDENTIALS = { user: "test", password: "test", database: "test" };
var { user, password, database } = CREDENTIALS;
var ind = (id, title, patterns, examples, why, interpret) => ({ id, title, patterns, examples, why, ...interpret ? { interpret } : {} });
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
var MYSQL_UNREACHABLE = [
  ind(
    "mysql.cant-connect",
    "MySQL unreachable",
    [/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\w.:-]{1,255})'?|through socket)/, /Mysql2::Error::ConnectionError/],
    ["Can't connect to MySQL server on '127.0.0.1' (111)", "Mysql2::Error::ConnectionError: Can't connect to local MySQL server through socket '/run/mysqld/mysqld.sock' (2)"],
    "the MySQL client library could not reach the server",
    "endpoint"
  ),
  ind(
    "mysql.client-library",
    "MySQL client library missing",
    [/Error loading MySQLdb module|libmysqlclient[\w.]{0,20}(?:: cannot open shared object file|\.dylib)/],
    ["django.core.exceptions.ImproperlyConfigured: Error loading MySQLdb module: dlopen(_mysql.so, 2): Library not loaded: libmysqlclient.18.dylib"],
    "the MySQL client library the driver needs is not installed"
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
  )
];
var MYSQL_REJECTED = [
  ind(
    "mysql.rejected",
    "MySQL answered and rejected the client",
    [/Access denied for user '/, /Unknown database '/, /ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/],
    ["Access denied for user 'root'@'172.17.0.1' (using password: YES)", "ER_BAD_DB_ERROR: Unknown database 'app_test'"],
    "the server was running and refused the credentials or database the project gave it"
  )
];
var SERVICE_DEFINITIONS = [
  {
    name: "postgresql",
    family: "sql",
    aliases: ["postgresql", "postgres", "pg", "pgsql"],
    ports: [5432],
    hostnames: ["postgres", "postgresql", "pg", "pgsql"],
    urlSchemes: ["postgres", "postgresql"],
    clients: {
      python: ["psycopg2", "psycopg", "asyncpg", "pg8000"],
      npm: ["pg", "pg-promise", "postgres", "pg-pool", "pg-native"],
      ruby: ["pg"],
      java: ["org.postgresql"],
      go: ["github.com/lib/pq", "github.com/jackc/pgx", "github.com/jackc/pgconn"]
    },
    jdbc: ["postgresql"],
    tools: ["psql", "pg_isready", "pg_dump", "createdb", "dropdb", "pg_restore"],
    socket: /PGSQL/i,
    mentions: /psycopg|asyncpg|libpq|pg8000|org\.postgresql|jdbc:postgresql|Npgsql|\bPG::|node_modules\/pg\/|node_modules\/pg-pool|\bpgx\b|lib\/pq|\.s\.PGSQL|postgres(?:ql)?(?:\+\w+)?:\/\/|PSQLException|sqlx::postgres|\bpostgres(?:ql)?\b/i,
    unreachable: [
      ind(
        "postgresql.libpq.server-at",
        "PostgreSQL refused the connection (libpq)",
        [/connection to server at "(?<host>[^"]{1,255})"(?: \([^)]{0,64}\))?, port (?<port>\d{1,5}) failed/],
        ['psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused'],
        "libpq reports the host and port it could not reach",
        "endpoint"
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
        "postgresql.ruby.connection-bad",
        "PostgreSQL unreachable (Ruby pg)",
        [/PG::ConnectionBad\b(?!: FATAL)/],
        ["PG::ConnectionBad: could not connect to server: Connection refused"],
        "the pg gem raises ConnectionBad when it cannot connect"
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
        [/ImportError: libpq\.so|Library not loaded: .{0,80}libpq/],
        ["ImportError: libpq.so.5: cannot open shared object file: No such file or directory"],
        "psycopg2 needs the libpq client library, which is not installed"
      ),
      ind(
        "postgresql.activerecord-adapter",
        "PostgreSQL adapter gem missing (Active Record)",
        [/Error loading the 'postgresql' Active Record adapter\. Missing a gem it depends on\? (?!can't activate)/],
        ["Gem::LoadError: Error loading the 'postgresql' Active Record adapter. Missing a gem it depends on? pg is not part of the bundle. Add it to your Gemfile."],
        "Active Record cannot load the pg gem"
      )
    ],
    rejected: [
      ind(
        "postgresql.rejected",
        "PostgreSQL answered and rejected the client",
        [/FATAL:\s+(?:password authentication failed|database "[^"]{1,200}" does not exist|role "[^"]{1,200}" does not exist|sorry, too many clients already|no pg_hba\.conf entry)/, /server does not support SSL/, /fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/],
        ['FATAL:  password authentication failed for user "app"', 'psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: FATAL:  database "app_test" does not exist'],
        "the server was running and refused the credentials, database or TLS settings the project gave it"
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
    ports: [3306],
    hostnames: ["mysql", "mysqld"],
    urlSchemes: ["mysql", "mysqlx"],
    clients: {
      python: ["pymysql", "MySQLdb", "aiomysql", "mysql", "asyncmy"],
      npm: ["mysql", "mysql2"],
      ruby: ["mysql2"],
      java: ["com.mysql"],
      go: ["github.com/go-sql-driver/mysql"]
    },
    jdbc: ["mysql"],
    tools: ["mysql", "mysqladmin", "mysqldump"],
    socket: /mysql/i,
    mentions: /pymysql|MySQLdb|mysql\.connector|mysql2|jdbc:mysql|com\.mysql|MySqlConnector|go-sql-driver|mysqld\.sock|mysql(?:\+\w+)?:\/\/|\bmysql\b/i,
    unreachable: MYSQL_UNREACHABLE,
    rejected: MYSQL_REJECTED,
    remediation: "Start MySQL (a `mysql` service container) and export MYSQL_URL / DATABASE_URL to the tests.",
    container: mysqlContainer("mysql:8")
  },
  {
    // MariaDB speaks MySQL's protocol: drivers report it as MySQL, and a declared one satisfies the other.
    name: "mariadb",
    family: "sql",
    aliases: ["mariadb"],
    ports: [],
    hostnames: ["mariadb"],
    urlSchemes: ["mariadb"],
    clients: { python: ["mariadb"], npm: ["mariadb"], java: ["org.mariadb"] },
    jdbc: ["mariadb"],
    tools: ["mariadb", "mariadb-admin"],
    mentions: /jdbc:mariadb|org\.mariadb|\bmariadb\b/i,
    unreachable: [],
    remediation: "Start MariaDB (a `mariadb` service container) and export MYSQL_URL / DATABASE_URL to the tests.",
    container: mysqlContainer("mariadb:11")
  },
  {
    name: "redis",
    aliases: ["redis", "valkey"],
    ports: [6379],
    hostnames: ["redis", "valkey"],
    urlSchemes: ["redis", "rediss"],
    clients: {
      python: ["redis", "aioredis", "valkey"],
      npm: ["ioredis", "redis", "@redis/client", "iovalkey"],
      ruby: ["redis", "redis-client", "redis_client", "hiredis"],
      java: ["redis.clients.jedis", "io.lettuce"],
      go: ["github.com/go-redis/redis", "github.com/redis/go-redis", "github.com/gomodule/redigo"]
    },
    tools: ["redis-cli", "redis-server", "valkey-cli"],
    socket: /redis/i,
    mentions: /redis|jedis|lettuce|valkey/i,
    unreachable: [
      ind(
        "redis.py.connecting",
        "Redis unreachable (redis-py)",
        [new RegExp(String.raw`Error (?:-?\d+ )?(?:while )?connecting to ${HOST_PORT}`)],
        ["redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused."],
        "redis-py names the endpoint it could not reach",
        "endpoint"
      ),
      ind(
        "redis.py.socket",
        "Redis socket missing (redis-py)",
        [/Error \d{1,4} connecting to unix socket: (?<socket>\S{1,255}?)\.? (?:No such file or directory|Connection refused)/],
        ["redis.exceptions.ConnectionError: Error 2 connecting to unix socket: /tmp/redis.sock. No such file or directory."],
        "no Redis listens on the unix socket"
      ),
      ind(
        "redis.ioredis.max-retries",
        "Redis unreachable (ioredis)",
        [/MaxRetriesPerRequestError: Reached the max retries per request limit/],
        ['MaxRetriesPerRequestError: Reached the max retries per request limit (which is 20). Refer to "maxRetriesPerRequest" option for details.'],
        "ioredis gives up on a command only when it cannot reach the server"
      ),
      ind(
        "redis.ruby.cannot-connect",
        "Redis unreachable (Ruby)",
        [/(?:Redis|RedisClient)::CannotConnectError/],
        ["Redis::CannotConnectError: Error connecting to Redis on localhost:6379 (Errno::ECONNREFUSED)"],
        "the redis gem could not connect"
      ),
      ind(
        "redis.jedis",
        "Redis unreachable (Jedis)",
        [/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\.net\.ConnectException)/],
        ["redis.clients.jedis.exceptions.JedisConnectionException: Failed to connect to any host resolved for DNS name."],
        "Jedis could not connect to Redis"
      ),
      ind(
        "redis.lettuce",
        "Redis unreachable (Lettuce)",
        [/RedisConnectionException: Unable to connect/],
        ["io.lettuce.core.RedisConnectionException: Unable to connect to localhost/<unresolved>:6379"],
        "Lettuce could not connect to Redis"
      ),
      ind(
        "redis.stackexchange",
        "Redis unreachable (StackExchange.Redis)",
        [/It was not possible to connect to the redis server/],
        ["StackExchange.Redis.RedisConnectionException : It was not possible to connect to the redis server(s). UnableToConnect on localhost:6379"],
        "StackExchange.Redis could not connect"
      ),
      ind(
        "redis.node-redis.closed",
        "Redis unreachable (node-redis)",
        [/\bRedis connection (?:to \S{1,300} )?failed|Redis connection in broken state/],
        ["Error: Redis connection to 127.0.0.1:6379 failed - connect ECONNREFUSED 127.0.0.1:6379"],
        "node-redis could not connect"
      )
    ],
    rejected: [
      ind(
        "redis.rejected",
        "Redis answered and rejected the client",
        [/NOAUTH Authentication required|WRONGPASS/],
        ["ReplyError: NOAUTH Authentication required."],
        "the server was running and refused the credentials the project gave it"
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
    ports: [27017],
    hostnames: ["mongo", "mongodb"],
    urlSchemes: ["mongodb", "mongodb+srv"],
    clients: {
      python: ["pymongo", "motor", "mongoengine"],
      npm: ["mongodb", "mongoose"],
      ruby: ["mongo", "mongoid"],
      java: ["com.mongodb", "org.mongodb"],
      go: ["go.mongodb.org/mongo-driver"]
    },
    jdbc: ["mongodb"],
    tools: ["mongosh", "mongo", "mongod"],
    mentions: /pymongo|mongoose|mongodb|\bmongo\b/i,
    unreachable: [
      ind(
        "mongodb.server-selection",
        "MongoDB unreachable (server selection)",
        [/ServerSelectionTimeoutError|MongoServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/, /Operation `[^`]{1,200}` buffering timed out after \d+ ?ms/, /A timeout occurred after \d+ms selecting a server/, /server selection error: server selection timeout/],
        ["pymongo.errors.ServerSelectionTimeoutError: localhost:27017: [Errno 111] Connection refused", "MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017"],
        "the MongoDB driver found no server to talk to"
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
    ports: [5672],
    hostnames: ["rabbitmq", "rabbit", "amqp"],
    urlSchemes: ["amqp", "amqps"],
    clients: {
      python: ["pika", "aio_pika", "amqp", "aiormq", "rabbitpy", "amqpstorm"],
      npm: ["amqplib", "amqp-connection-manager", "rascal"],
      ruby: ["bunny"],
      java: ["com.rabbitmq"],
      go: ["github.com/rabbitmq/amqp091-go", "github.com/streadway/amqp"]
    },
    tools: ["rabbitmqctl"],
    mentions: /amqp|rabbitmq|\bpika\b|kombu|bunny/i,
    unreachable: [
      ind(
        "rabbitmq.unreachable",
        "RabbitMQ unreachable",
        [/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/, /amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i],
        ["pika.exceptions.AMQPConnectionError", "RabbitMQ.Client.Exceptions.BrokerUnreachableException: None of the specified endpoints were reachable"],
        "the AMQP client could not reach the broker"
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
    ports: [9092],
    hostnames: ["kafka", "broker"],
    urlSchemes: ["kafka"],
    clients: {
      python: ["kafka", "confluent_kafka", "aiokafka"],
      npm: ["kafkajs", "node-rdkafka", "@confluentinc/kafka-javascript"],
      ruby: ["rdkafka", "ruby-kafka"],
      java: ["org.apache.kafka"],
      go: ["github.com/segmentio/kafka-go", "github.com/IBM/sarama", "github.com/Shopify/sarama", "github.com/confluentinc/confluent-kafka-go"]
    },
    tools: ["kafka-topics", "kafka-topics.sh"],
    mentions: /kafka/i,
    unreachable: [
      ind(
        "kafka.unreachable",
        "Kafka unreachable",
        [/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/, /Broker may not be available/],
        ["kafka.errors.NoBrokersAvailable: NoBrokersAvailable", "KafkaJSConnectionError: Connection error: connect ECONNREFUSED 127.0.0.1:9092"],
        "the Kafka client found no broker"
      ),
      ind(
        "kafka.node-unreachable",
        "Kafka node unreachable",
        [new RegExp(String.raw`Connection to node -?\d+ \((?:[\w.-]*/)?${HOST_PORT}\) could not be established`)],
        ["[Producer clientId=producer-1] Connection to node -1 (localhost/127.0.0.1:9092) could not be established. Broker may not be available."],
        "the Kafka client names the broker it could not reach",
        "endpoint"
      )
    ],
    remediation: "Start Kafka (a broker container) and point the tests at its bootstrap servers."
  },
  {
    name: "elasticsearch",
    aliases: ["elasticsearch", "elastic", "opensearch", "es"],
    ports: [9200],
    hostnames: ["elasticsearch", "opensearch", "es", "elastic"],
    urlSchemes: [],
    clients: {
      python: ["elasticsearch", "opensearchpy", "elasticsearch_dsl"],
      npm: ["@elastic/elasticsearch", "@opensearch-project/opensearch", "elasticsearch"],
      ruby: ["elasticsearch", "opensearch-ruby"],
      java: ["org.elasticsearch", "co.elastic.clients", "org.opensearch"],
      go: ["github.com/elastic/go-elasticsearch", "github.com/olivere/elastic"]
    },
    tools: [],
    http: true,
    mentions: /elasticsearch|opensearch/i,
    unreachable: [
      ind(
        "elasticsearch.unreachable",
        "Elasticsearch unreachable",
        [/elasticsearch\.exceptions\.ConnectionError|opensearchpy\.exceptions\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/],
        ["elasticsearch.exceptions.ConnectionError: ConnectionError(<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused)"],
        "the Elasticsearch client could not connect"
      )
    ],
    remediation: "Start Elasticsearch/OpenSearch and point the tests at it."
  },
  {
    name: "sqlserver",
    family: "sql",
    aliases: ["sqlserver", "mssql", "sql-server"],
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
        [/error occurred while establishing a connection to SQL Server/, /The TCP\/IP connection to the host (?<host>[\w.-]{1,255}), port (?<port>\d{1,5}) has failed/, /Login timeout expired/],
        ["A network-related or instance-specific error occurred while establishing a connection to SQL Server."],
        "the SQL Server client could not connect",
        "endpoint"
      )
    ],
    remediation: "Start SQL Server and point the tests at it."
  },
  {
    name: "memcached",
    aliases: ["memcached", "memcache"],
    ports: [11211],
    hostnames: ["memcached", "memcache"],
    urlSchemes: ["memcached"],
    clients: { python: ["pymemcache", "pylibmc", "bmemcached", "memcache"], npm: ["memjs", "memcached"], ruby: ["dalli"], go: ["github.com/bradfitz/gomemcache"] },
    tools: [],
    mentions: /memcache/i,
    unreachable: [
      ind(
        "memcached.unreachable",
        "memcached unreachable",
        [/Dalli::RingError: No server available/, /MemcacheServerError: .{0,80}(?:refused|unreachable)/i, /memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i, /MemJS: Server <[^>]{1,300}> failed/],
        ["Dalli::RingError: No server available", "MemJS: Server <localhost:11211> failed after (2) retries with error - connect ECONNREFUSED 127.0.0.1:11211"],
        "the memcached client found no server"
      )
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
    ports: [9042],
    hostnames: ["cassandra", "scylla"],
    urlSchemes: [],
    clients: { python: ["cassandra"], npm: ["cassandra-driver"], java: ["com.datastax"], go: ["github.com/gocql/gocql"] },
    tools: ["cqlsh"],
    mentions: /cassandra|datastax|gocql|scylla/i,
    unreachable: [
      ind(
        "cassandra.no-host",
        "Cassandra unreachable",
        [/NoHostAvailable(?:Error|Exception)?:/, /gocql: no hosts available in the pool|gocql: unable to create session/, /All host\(s\) tried for query failed/],
        [`cassandra.cluster.NoHostAvailable: ('Unable to connect to any servers', {'127.0.0.1:9042': ConnectionRefusedError(111, "Tried connecting to [('127.0.0.1', 9042)]. Last error: Connection refused")})`, "gocql: unable to create session: unable to discover protocol version: dial tcp 127.0.0.1:9042: connect: connection refused"],
        "the Cassandra driver could reach no node"
      )
    ],
    remediation: "Start Cassandra (a `cassandra` service container) and point the tests at it."
  },
  {
    // Added as the proof that a service is one entry: names, driver errors, container and readiness.
    name: "nats",
    aliases: ["nats", "nats-server"],
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
    // 9000, its native port, is also MinIO's and PHP-FPM's: only the HTTP port names it alone.
    ports: [8123],
    hostnames: ["clickhouse"],
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
    name: "docker",
    aliases: ["docker", "dockerd", "testcontainers"],
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
        [/DockerException: Error while fetching server API version/, /FileNotFoundError: \[Errno 2\] No such file or directory.{0,40}(?:docker|sock)/i, /connect ENOENT \/var\/run\/docker\.sock/],
        ["docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))", "Error: connect ENOENT /var/run/docker.sock"],
        "the Docker SDK could not reach the daemon"
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

// src/services/registry.ts
var SERVICES = SERVICE_DEFINITIONS;
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
for (const s of SERVICES) for (const protocol of s.jdbc ?? []) byJdbc.set(protocol, s.name === "mariadb" ? "mysql" : s.name);
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
var DRIVER_FRAMES = SERVICES.flatMap((s) => {
  const alternatives = [
    ...(s.clients.npm ?? []).map((p) => `node_modules/${escapeRe(p)}/`),
    ...(s.clients.python ?? []).map((p) => `-packages/${escapeRe(p)}/`),
    ...(s.clients.ruby ?? []).map((p) => `/gems/${escapeRe(p)}-\\d`),
    ...(s.clients.java ?? []).map((p) => `\\b${escapeRe(p)}\\.`),
    ...(s.clients.go ?? []).map((p) => escapeRe(p))
  ];
  return alternatives.length === 0 ? [] : [{ service: s.name === "mariadb" ? "mysql" : s.name, pattern: new RegExp(alternatives.join("|")) }];
});
var SERVICE_WORDS = [...new Set(SERVICES.flatMap((s) => [s.name, ...s.aliases, ...s.hostnames]).filter((w) => w.length >= 4))];

// src/services/catalogue.ts
var CATALOGUE = Object.fromEntries(
  SERVICES.flatMap((s) => s.container ? [[s.name, {
    service: s.name,
    defaultImage: s.container.image,
    containerPort: s.container.port,
    probe: s.container.readiness,
    containerEnv: s.container.env,
    command: s.container.command ?? [],
    connection: s.container.connection,
    url: s.container.url
  }]] : [])
);

// src/report.ts
var SCHEMA_VERSION = "1.0";

// src/services/docker-cli.ts
var OUTPUT_MAX = 256 * 1024;

// src/summary.ts
var SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
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

// src/merge/publish.ts
function mergeReportFileName(turn) {
  return `coach_merge_${turn}.json`;
}
function renderMergeSummary(verdict, context) {
  const icon = verdict.approvedWithoutIndependentTests ? "\u26A0\uFE0F" : verdict.decision === "approve" ? "\u2705" : "\u274C";
  const out = [`## ${icon} ${escapeMarkdown(verdict.headline)}`, "", escapeMarkdown(verdict.rationale[0] ?? ""), ""];
  const dash = (text2) => text2 === "" ? "\u2014" : text2;
  out.push(
    "| Matrix | Result |",
    "|---|---|",
    `| Shards | ${verdict.shards.length} read${verdict.problems.length > 0 ? `, ${verdict.problems.length} ${verdict.problems.length === 1 ? "problem" : "problems"}` : ""}${context.expectedShards === void 0 ? "" : ` (${context.expectedShards} expected)`} |`,
    `| Classification | ${verdict.classification} |`,
    `| Confidence | ${verdict.confidence} |`,
    `| Service | ${dash(verdict.services.map((s) => escapeMarkdown(s)).join(", "))} |`,
    `| Rule | ${verdict.rule === "none" ? "\u2014" : code(verdict.rule)} |`,
    ...verdict.failureSignature === "" ? [] : [`| Failure signature | ${code(verdict.failureSignature)} |`],
    ""
  );
  out.push("### Shards", "", "| Shard | Verdict | Classification | Rule | Service | Evidence |", "|---|---|---|---|---|---|");
  for (const shard of verdict.shards) out.push(shardRow(shard));
  for (const problem of verdict.problems) out.push(problemRow(problem));
  out.push("");
  const why = verdict.rationale.slice(1);
  if (why.length > 0) out.push("### Why", "", ...why.map((line) => `- ${escapeMarkdown(line)}`), "");
  out.push(`Merged report: ${code(context.reportPath)} \xB7 reports: ${context.globs.map((g) => code(g)).join(", ")}`, "");
  return fitSummary(out.join("\n"));
}
function shardRow(shard) {
  const icon = shard.decision === "feedback" ? "\u274C" : shard.approvedWithoutIndependentTests ? "\u26A0\uFE0F" : "\u2705";
  const classification = shard.classification === "none" ? "none" : `${shard.classification}/${shard.confidence}`;
  const cells = [
    code(shard.name),
    `${icon} ${escapeMarkdown(shard.summary)}`,
    classification,
    shard.rule === "none" || shard.rule === "" ? "\u2014" : code(shard.rule),
    shard.services.length > 0 ? escapeMarkdown(shard.services.join(", ")) : "\u2014",
    shard.evidence === "" ? "\u2014" : code(shard.evidence)
  ];
  return `| ${cells.join(" | ")} |`;
}
function problemRow(problem) {
  const label = { missing: "missing", unreadable: "unreadable", schema: "other schema version", count: "wrong count" }[problem.kind];
  return `| ${code(problem.file)} | \u274C ${label} | \u2014 | \u2014 | \u2014 | ${escapeMarkdown(problem.detail)} |`;
}
function buildMergeReport(verdict, context, generatedAt) {
  return {
    schema_version: SCHEMA_VERSION,
    kind: "merge",
    generated_at: generatedAt.toISOString(),
    turn: context.turn,
    decision: verdict.decision,
    summary: verdict.headline,
    approved_without_independent_tests: verdict.approvedWithoutIndependentTests,
    tests_passed: verdict.testsPassed,
    classification: { classification: verdict.classification, confidence: verdict.confidence, services: verdict.services, rule: verdict.rule },
    failure_signature: verdict.failureSignature,
    reports: { globs: context.globs, expected_shards: context.expectedShards ?? null },
    shards: verdict.shards.map((s) => ({
      shard: s.name,
      file: s.file,
      decision: s.decision,
      approved_without_independent_tests: s.approvedWithoutIndependentTests,
      tests_passed: s.testsPassed,
      classification: s.classification,
      confidence: s.confidence,
      services: s.services,
      rule: s.rule,
      evidence: s.evidence,
      summary: s.summary,
      task_id: s.taskId,
      turn: s.turn ?? null,
      failure_signature: s.failureSignature
    })),
    problems: verdict.problems.map((p) => ({ file: p.file, kind: p.kind, detail: p.detail })),
    rationale: verdict.rationale.join(" ")
  };
}
function mergeOutputs(verdict, reportPath) {
  return {
    [MERGE_OUTPUTS.decision]: verdict.decision,
    [MERGE_OUTPUTS.approvedWithoutIndependentTests]: String(verdict.approvedWithoutIndependentTests),
    [MERGE_OUTPUTS.testsPassed]: String(verdict.testsPassed),
    [MERGE_OUTPUTS.classification]: verdict.classification,
    [MERGE_OUTPUTS.confidence]: verdict.confidence,
    [MERGE_OUTPUTS.service]: verdict.services.join(","),
    [MERGE_OUTPUTS.rule]: verdict.rule,
    [MERGE_OUTPUTS.failureSignature]: verdict.failureSignature,
    [MERGE_OUTPUTS.summary]: verdict.headline,
    [MERGE_OUTPUTS.reportPath]: reportPath
  };
}

// src/merge/read-reports.ts
import { readdir as readdir2, readFile, stat as stat2 } from "node:fs/promises";
import path from "node:path";

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
var WILDCARD = /[*?{]/;
function splitGlob(glob) {
  const segments = glob.split("/");
  const first = segments.findIndex((segment) => WILDCARD.test(segment));
  const cut = first < 0 ? segments.length - 1 : first;
  const baseSegments = segments.slice(0, cut);
  const base = baseSegments.length === 1 && baseSegments[0] === "" ? "/" : baseSegments.join("/");
  return { base: /^[A-Za-z]:$/.test(base) ? `${base}/` : base, pattern: segments.slice(cut).join("/") };
}

// src/merge/shard-report.ts
function isProblem(read) {
  return "kind" in read;
}
var MAJOR = SCHEMA_VERSION.split(".")[0];
var CLASSIFICATIONS = ["none", "infrastructure", "code"];
var CONFIDENCES = ["high", "ambiguous", "n/a"];
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var text = (value) => typeof value === "string" ? value : "";
function parseShardReport(source, found) {
  const problem = (kind, detail) => ({ file: found.file, kind, detail });
  let json;
  try {
    json = JSON.parse(source);
  } catch (error2) {
    return problem("unreadable", `not JSON (${oneLine(error2 instanceof Error ? error2.message : String(error2), 120)})`);
  }
  if (!isObject(json)) return problem("unreadable", "not a coach-gate audit report (not a JSON object)");
  if (!("schema_version" in json)) return problem("unreadable", "not a coach-gate audit report (no schema_version)");
  const version = text(json.schema_version);
  if (version.split(".")[0] !== MAJOR || !/^\d+\.\d+$/.test(version)) {
    return problem("schema", `schema_version ${JSON.stringify(oneLine(String(json.schema_version), 40))}, this merge reads ${MAJOR}.x`);
  }
  if (json.kind === "merge") return problem("unreadable", "a merged report, not a shard\u2019s (narrow the reports glob)");
  const decision = json.decision;
  if (decision !== "approve" && decision !== "feedback") return problem("unreadable", `decision ${JSON.stringify(oneLine(String(decision), 40))} is neither approve nor feedback`);
  const conditional = json.approved_without_independent_tests;
  if (typeof conditional !== "boolean") return problem("unreadable", "approved_without_independent_tests is not true or false");
  const tests = isObject(json.validation_results) && isObject(json.validation_results.independent_tests) ? json.validation_results.independent_tests : void 0;
  if (tests === void 0 || typeof tests.tests_passed !== "boolean") return problem("unreadable", "validation_results.independent_tests.tests_passed is missing");
  const testsPassed = tests.tests_passed;
  if (decision === "approve" && !testsPassed && !conditional) return problem("unreadable", "approves failed tests without saying the approval is conditional");
  if (conditional && (decision !== "approve" || testsPassed)) return problem("unreadable", "a conditional approval must be an approval of failed tests");
  const issues = Array.isArray(json.issues) ? json.issues.filter(isObject) : [];
  const failure = issues.find((i) => i.failure_classification === "infrastructure" || i.failure_classification === "code");
  const summaryBlock = isObject(json.classification) ? json.classification : void 0;
  const classification = pick(summaryBlock?.classification, failure?.failure_classification, CLASSIFICATIONS, "none");
  const confidence = pick(summaryBlock?.confidence, failure?.failure_confidence, CONFIDENCES, "n/a");
  if (testsPassed && classification !== "none") return problem("unreadable", `tests passed but the classification is ${classification}`);
  const services = Array.isArray(summaryBlock?.services) ? summaryBlock.services.filter((s) => typeof s === "string") : text(failure?.service).split(",");
  const rule = oneLine(text(summaryBlock?.rule) || text(failure?.rule) || "none", 120);
  const shard = oneLine(text(json.shard), 200);
  const turn = typeof json.turn === "number" && Number.isInteger(json.turn) ? json.turn : void 0;
  return {
    file: found.file,
    name: shard !== "" ? shard : oneLine(found.relative, 200),
    decision,
    approvedWithoutIndependentTests: conditional,
    testsPassed,
    classification,
    confidence,
    services: [...new Set(services.map((s) => oneLine(s, 60)).filter((s) => s !== ""))],
    rule: rule === "" ? "none" : rule,
    evidence: testsPassed && decision === "approve" ? "" : evidenceLine(issues, failure, classification),
    summary: oneLine(text(json.summary), 200) || (decision === "approve" ? "APPROVED" : "FEEDBACK"),
    taskId: oneLine(text(json.task_id), 200),
    turn,
    failureSignature: oneLine(text(json.failure_signature), 128)
  };
}
function pick(primary, secondary, allowed, fallback) {
  for (const value of [primary, secondary]) if (typeof value === "string" && allowed.includes(value)) return value;
  return fallback;
}
function evidenceLine(issues, failure, classification) {
  const evidence = Array.isArray(failure?.evidence) ? failure.evidence.filter(isObject) : [];
  const chosen = evidence.find((e) => e.kind === classification) ?? evidence[0];
  if (chosen !== void 0 && text(chosen.text) !== "") {
    const line = typeof chosen.line === "number" ? `line ${chosen.line}: ` : "";
    return `${line}${oneLine(text(chosen.text), 240)}`;
  }
  const error2 = failure ?? issues.find((i) => i.severity === "error") ?? issues.find((i) => i.severity === "warning");
  return oneLine(text(error2?.description), 240);
}

// src/merge/read-reports.ts
var MAX_REPORTS = 1e3;
var MAX_REPORT_BYTES = 32 * 1024 * 1024;
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
async function readReports(globs, workspace, options = {}) {
  const problems = [];
  const matches = /* @__PURE__ */ new Map();
  for (const glob of globs) {
    const found = await findMatches(glob, workspace, options.windows ?? process.platform === "win32");
    if (found.length === 0) problems.push({ file: glob, kind: "missing", detail: "no report file matches this glob" });
    for (const match of found) if (match.absolute !== options.exclude && !matches.has(match.absolute)) matches.set(match.absolute, match);
  }
  const sorted = [...matches.values()].sort((a, b) => a.file.localeCompare(b.file, "en", { numeric: true }));
  if (sorted.length > MAX_REPORTS) {
    problems.push({ file: globs.join(", "), kind: "unreadable", detail: `${sorted.length} files match, more than the ${MAX_REPORTS} a merge reads; narrow the reports glob` });
    return { shards: [], problems, matched: sorted.length };
  }
  const shards = [];
  for (const match of sorted) {
    const parsed = await readOne(match);
    if (isProblem(parsed)) problems.push(parsed);
    else shards.push(parsed);
  }
  shards.sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }) || a.file.localeCompare(b.file, "en", { numeric: true }));
  return { shards, problems, matched: sorted.length };
}
async function readOne(match) {
  try {
    const info2 = await stat2(match.absolute);
    if (info2.size > MAX_REPORT_BYTES) return { file: match.file, kind: "unreadable", detail: `larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB` };
    return parseShardReport(await readFile(match.absolute, "utf8"), match);
  } catch (error2) {
    const code2 = error2.code;
    return { file: match.file, kind: "unreadable", detail: `could not be read (${code2 ?? (error2 instanceof Error ? error2.message : String(error2))})` };
  }
}
async function findMatches(rawGlob, workspace, windows) {
  const glob = windows ? rawGlob.replace(/\\/g, "/") : rawGlob;
  const { base, pattern } = splitGlob(glob.replace(/^\.\//, ""));
  const root = path.resolve(workspace, base === "" ? "." : base);
  const show = (absolute) => {
    const relative = path.relative(workspace, absolute);
    return oneLine(relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative.split(path.sep).join("/") : absolute, 400);
  };
  if (pattern === "" || !/[*?{]/.test(pattern)) {
    const literal = path.resolve(root, pattern);
    const info2 = await stat2(literal).catch(() => void 0);
    if (info2?.isFile()) return [{ absolute: literal, file: show(literal), relative: path.basename(literal) }];
    if (!info2?.isDirectory()) return [];
    return collect(literal, globToRegExp("**/*.json"), show);
  }
  return collect(root, globToRegExp(pattern), show);
}
async function collect(root, matcher, show) {
  const matches = [];
  for await (const relative of walk(root, "")) {
    if (!matcher.test(relative)) continue;
    const absolute = path.join(root, relative);
    matches.push({ absolute, file: show(absolute), relative });
    if (matches.length > MAX_REPORTS) break;
  }
  return matches;
}
async function* walk(root, relative) {
  let entries;
  try {
    entries = await readdir2(path.join(root, relative), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* walk(root, child);
    } else if (entry.isFile()) yield child;
  }
}

// src/merge/rule.ts
import { createHash } from "node:crypto";

// src/decision.ts
var CONDITIONAL_HEADLINE = "APPROVED (infra-dependent, independent tests skipped)";

// src/merge/rule.ts
var EXPECTED_SHARDS = MERGE_INPUTS.expectedShards;
function severity(classification, confidence) {
  if (classification === "none") return 0;
  if (classification === "infrastructure") return confidence === "high" ? 1 : 2;
  return confidence === "high" ? 4 : 3;
}
function worstShard(shards) {
  let worst;
  for (const shard of shards) if (worst === void 0 || severity(shard.classification, shard.confidence) > severity(worst.classification, worst.confidence)) worst = shard;
  return worst;
}
function mergeShards(inputs) {
  const { shards } = inputs;
  const count = countCheck(inputs);
  const problems = count === void 0 ? inputs.problems : [...inputs.problems, count.problem];
  const feedbackShards = shards.filter((s) => s.decision === "feedback");
  const conditional = shards.filter((s) => s.decision === "approve" && s.approvedWithoutIndependentTests);
  const approve = shards.length > 0 && feedbackShards.length === 0 && problems.length === 0;
  const worst = worstShard(shards);
  const classification = worst?.classification ?? "none";
  const services = [...new Set(shards.filter((s) => s.classification === classification && classification !== "none").flatMap((s) => s.services))];
  const n = shards.length;
  const rationale = [];
  let headline;
  if (approve) {
    headline = conditional.length > 0 ? `${CONDITIONAL_HEADLINE.slice(0, -1)} in ${conditional.length} of ${plural(n, "shard")})` : `APPROVED (${plural(n, "shard")})`;
    rationale.push(conditional.length > 0 ? `Every shard approved, ${conditional.length} of them only conditionally (their tests could not run for missing infrastructure the task declares), so the matrix is approved conditionally: ${names(conditional)}.` : `Every shard approved: the tests of all ${plural(n, "shard")} passed when run independently.`);
  } else {
    headline = `FEEDBACK: ${feedbackHeadline(feedbackShards, n, inputs.problems, count?.phrase)}`;
    if (feedbackShards.length > 0) rationale.push(`${feedbackShards.length} of ${plural(n, "shard")} gave feedback (${names(feedbackShards)}), and one shard's feedback is the whole matrix's.`);
    if (problems.length > 0) rationale.push("A shard report that is missing, unreadable or of another schema version counts as feedback: the merge never approves what it could not read.");
    if (n === 0 && problems.length === 0) rationale.push("No shard report was given, and an empty matrix is never approved.");
    rationale.push(...problems.map((p) => `${p.file}: ${p.detail}`));
  }
  rationale.push(...duplicateNames(shards));
  return {
    decision: approve ? "approve" : "feedback",
    approvedWithoutIndependentTests: approve && conditional.length > 0,
    testsPassed: n > 0 && problems.length === 0 && shards.every((s) => s.testsPassed),
    classification,
    confidence: worst?.confidence ?? "n/a",
    services,
    rule: worst?.rule ?? "none",
    failureSignature: mergedSignature(shards),
    headline,
    rationale,
    shards,
    problems,
    worst
  };
}
function countCheck({ shards, problems, expectedShards }) {
  if (expectedShards === void 0) return void 0;
  const found = shards.length + problems.filter((p) => p.kind === "unreadable" || p.kind === "schema").length;
  if (found < expectedShards) {
    const phrase = `${expectedShards - found} of ${expectedShards} expected reports missing`;
    return { phrase, problem: { file: EXPECTED_SHARDS, kind: "missing", detail: `${phrase} (found ${found})` } };
  }
  if (found > expectedShards) {
    const phrase = `found ${found} reports where ${expectedShards} were expected`;
    return { phrase, problem: { file: EXPECTED_SHARDS, kind: "count", detail: `${phrase}: a stray or duplicate report, or expected-shards is out of date` } };
  }
  return void 0;
}
function feedbackHeadline(feedbackShards, n, problems, countPhrase) {
  const parts = [];
  const worst = worstShard(feedbackShards);
  if (worst !== void 0) {
    const reason = worst.summary.replace(/^FEEDBACK:?\s*/i, "").trim() || "feedback";
    parts.push(`${reason} in ${feedbackShards.length} of ${plural(n, "shard")}`);
  }
  const globMisses = problems.filter((p) => p.kind === "missing").length;
  const unreadable = problems.filter((p) => p.kind === "unreadable").length;
  const schema = problems.filter((p) => p.kind === "schema").length;
  if (n === 0 && globMisses > 0 && unreadable + schema === 0) parts.push("no shard reports found");
  else if (globMisses > 0) parts.push(globMisses === 1 ? "a reports glob matched nothing" : `${globMisses} reports globs matched nothing`);
  if (countPhrase !== void 0) parts.push(countPhrase);
  if (unreadable > 0) parts.push(`${unreadable} unreadable ${unreadable === 1 ? "report" : "reports"}`);
  if (schema > 0) parts.push(`${plural(schema, "report")} of another schema version`);
  if (parts.length === 0) parts.push("no shard reports found");
  return parts.join("; ");
}
function mergedSignature(shards) {
  const signatures = [...new Set(shards.filter((s) => !s.testsPassed && s.failureSignature !== "").map((s) => s.failureSignature))].sort();
  if (signatures.length <= 1) return signatures[0] ?? "";
  return createHash("sha256").update(signatures.join("\n")).digest("hex").slice(0, 16);
}
function duplicateNames(shards) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of shards) counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([name, count]) => `${count} reports name the shard ${name}; every one counts. Give each matrix job its own shard name (e.g. shard: \${{ matrix.os }}-\${{ matrix.shard }}).`);
}
function names(shards) {
  const shown = shards.slice(0, 10).map((s) => s.name).join(", ");
  return shards.length > 10 ? `${shown} and ${shards.length - 10} more` : shown;
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/merge/settings.ts
function readMergeSettings(input, env = {}) {
  const reports = parseReportGlobs(input(MERGE_INPUTS.reports));
  if (reports.length === 0) throw new InputError(MERGE_INPUTS.reports, "is required: a glob of the shards' audit reports, e.g. reports/**/coach_turn_*.json");
  return {
    reports,
    expectedShards: parseExpectedShards(input(MERGE_INPUTS.expectedShards)),
    failOnFeedback: parseBoolean(MERGE_INPUTS.failOnFeedback, input(MERGE_INPUTS.failOnFeedback), true),
    reportDirectory: input(MERGE_INPUTS.reportDirectory).trim() || defaultReportDirectory(env)
  };
}
function parseReportGlobs(raw) {
  return [...new Set(raw.split(/\n|,(?![^{}]*\})/).map((g) => g.trim()).filter((g) => g !== ""))];
}
function parseExpectedShards(raw) {
  const text2 = raw.trim();
  if (text2 === "") return void 0;
  if (!/^\d+$/.test(text2) || Number(text2) < 1 || Number(text2) > 1e4) throw new InputError(MERGE_INPUTS.expectedShards, `'${clip(text2, 61)}' is not a whole number of shards from 1 to 10000`);
  return Number(text2);
}

// src/merge/main.ts
async function runMerge() {
  try {
    const settings = readMergeSettings((name) => getInput(name), process.env);
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const turn = Number.parseInt(process.env.GITHUB_RUN_ATTEMPT ?? "", 10) || 1;
    await mkdir2(settings.reportDirectory, { recursive: true });
    const reportPath = path2.resolve(settings.reportDirectory, mergeReportFileName(turn));
    const read = await readReports(settings.reports, workspace, { exclude: reportPath });
    info(`coach-gate merge: ${read.matched} report file(s) matched ${JSON.stringify(settings.reports)}; ${read.shards.length} read, ${read.problems.length} problem(s)`);
    const verdict = mergeShards({ shards: read.shards, problems: read.problems, expectedShards: settings.expectedShards });
    for (const shard of verdict.shards) info(`coach-gate merge: shard ${shard.name}: ${shard.summary} (${shard.file})`);
    for (const problem of verdict.problems) info(`coach-gate merge: ${problem.file}: ${problem.kind}, ${problem.detail}`);
    const context = { globs: settings.reports, expectedShards: settings.expectedShards, reportPath, turn };
    await writeFile2(reportPath, `${JSON.stringify(buildMergeReport(verdict, context, /* @__PURE__ */ new Date()), null, 2)}
`);
    for (const [name, value] of Object.entries(boundOutputs(mergeOutputs(verdict, reportPath)))) setOutput(name, value);
    await summary.addRaw(renderMergeSummary(verdict, context)).write();
    annotate(verdict);
    info(`coach-gate merge: ${verdict.headline}`);
    if (verdict.decision === "feedback" && settings.failOnFeedback) process.exitCode = ExitCode.Failure;
  } catch (error2) {
    await reportCrash(error2);
  }
}
function annotate(verdict) {
  if (verdict.approvedWithoutIndependentTests) {
    warning(`WARNING: ${verdict.headline}. ${verdict.rationale.join(" ")}`, { title: "coach-gate approved without independent tests" });
  } else if (verdict.decision === "feedback") {
    error(`${verdict.headline}. ${verdict.rationale.slice(0, 3).join(" ")}`.slice(0, 1e3), { title: "coach-gate merge" });
  }
}
async function reportCrash(error2) {
  const message = error2 instanceof Error ? error2.message : String(error2);
  const headline = error2 instanceof InputError ? "FEEDBACK: invalid input" : "FEEDBACK: coach-gate merge failed";
  const outputs = {
    [MERGE_OUTPUTS.decision]: "feedback",
    [MERGE_OUTPUTS.approvedWithoutIndependentTests]: "false",
    [MERGE_OUTPUTS.testsPassed]: "false",
    [MERGE_OUTPUTS.classification]: "none",
    [MERGE_OUTPUTS.confidence]: "n/a",
    [MERGE_OUTPUTS.service]: "",
    [MERGE_OUTPUTS.rule]: "none",
    [MERGE_OUTPUTS.failureSignature]: "",
    [MERGE_OUTPUTS.summary]: headline,
    [MERGE_OUTPUTS.reportPath]: ""
  };
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
  try {
    await summary.addRaw(`## \u274C ${headline}

<pre>${escapeHtml(message)}</pre>
`).write();
  } catch {
  }
  setFailed(message);
}

// src/merge/index.ts
await runMerge();
