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
      } catch (_a2) {
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
function debug(message) {
  issueCommand("debug", {}, message);
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
import { mkdir as mkdir3 } from "node:fs/promises";

// src/common/safe-write.ts
import { randomBytes } from "node:crypto";
import { appendFileSync as appendFileSync2, closeSync, constants as constants3, fstatSync, lstatSync, openSync, readlinkSync, unlinkSync } from "node:fs";
import { lstat as lstat2, mkdir as mkdir2, open as open2, readlink as readlink2, rename as rename2, rm as rm2 } from "node:fs/promises";
import path from "node:path";
var NOFOLLOW = constants3.O_NOFOLLOW ?? 0;
async function inspectWriteTarget(file) {
  const dir = path.dirname(file);
  const dirInfo = await lstat2(dir).catch(() => void 0);
  if (dirInfo?.isSymbolicLink()) return `the directory ${dir} was replaced by a symbolic link (to ${await readlink2(dir).catch(() => "?")})`;
  const info2 = await lstat2(file).catch(() => void 0);
  if (info2 === void 0 || info2.isFile() && info2.nlink === 1) return void 0;
  if (info2.isSymbolicLink()) return `a symbolic link was planted at ${file} (to ${await readlink2(file).catch(() => "?")})`;
  if (info2.isFile()) return `${file} is a hard link to another file (${info2.nlink} names)`;
  return `${file} is not a regular file (${info2.isDirectory() ? "a directory" : "a special file"})`;
}
async function writeNewFile(file, content) {
  const found = await inspectWriteTarget(file);
  const dir = path.dirname(file);
  const dirInfo = await lstat2(dir).catch(() => void 0);
  if (dirInfo !== void 0 && !dirInfo.isDirectory()) await rm2(dir, { force: true });
  await mkdir2(dir, { recursive: true });
  const temporary = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open2(temporary, constants3.O_WRONLY | constants3.O_CREAT | constants3.O_EXCL | NOFOLLOW, 420);
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
  const info2 = await lstat2(file).catch(() => void 0);
  if (info2?.isDirectory()) await rm2(file, { recursive: true, force: true });
  await rename2(temporary, file);
  return found;
}

// src/merge/main.ts
import path9 from "node:path";

// src/common/text.ts
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

// src/common/markdown.ts
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

// src/report/output-bounds.ts
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

// src/common/names.ts
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
  flaky: "flaky",
  introducedFailures: "introduced-failures",
  preExistingFailures: "pre-existing-failures"
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

// src/inputs/settings.ts
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

// src/knowledge/definitions.ts
var CREDENTIALS = { user: "test", password: "test", database: "test" };
var { user, password, database } = CREDENTIALS;
var ind = (id, title, patterns, examples, why, interpret, counterExamples) => ({ id, title, patterns, examples, why, ...interpret ? { interpret } : {}, ...counterExamples ? { counterExamples } : {} });
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
    connectionVariables: ["DATABASE_URL", "POSTGRES_URL", "POSTGRESQL_URL", "PG_URL", "PGHOST", "PGPORT", "POSTGRES_HOST", "POSTGRES_PORT"],
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
        "postgresql.pdo",
        "PostgreSQL unreachable (PDO)",
        [/SQLSTATE\[08006\] \[7\] (?:could not connect to server|connection to server at|could not translate host name)/],
        ["SQLSTATE[08006] [7] could not connect to server: Connection refused", 'Doctrine\\DBAL\\Exception\\ConnectionException: An exception occurred in the driver: SQLSTATE[08006] [7] connection to server at "127.0.0.1", port 5432 failed: Connection refused'],
        "PDO's pgsql driver could not open a connection (SQLSTATE class 08, connection exception)",
        void 0,
        ['SQLSTATE[08P01] [7] FATAL:  password authentication failed for user "app"', 'SQLSTATE[42P01]: Undefined table: 7 ERROR:  relation "users" does not exist']
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
    connectionVariables: ["MYSQL_URL", "MYSQL_HOST", "MYSQL_PORT", "MYSQL_TCP_PORT", "DATABASE_URL"],
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
    reportsAs: "mysql",
    aliases: ["mariadb"],
    connectionVariables: ["MARIADB_URL", "MARIADB_HOST", "MARIADB_PORT", "MYSQL_URL", "MYSQL_HOST", "MYSQL_PORT", "MYSQL_TCP_PORT", "DATABASE_URL"],
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
    connectionVariables: ["REDIS_URL", "REDIS_HOST", "REDIS_PORT", "REDIS_URI", "VALKEY_URL"],
    ports: [6379],
    hostnames: ["redis", "valkey"],
    urlSchemes: ["redis", "rediss"],
    clients: {
      python: ["redis", "aioredis", "valkey"],
      npm: ["ioredis", "redis", "@redis/client", "iovalkey"],
      ruby: ["redis", "redis-client", "redis_client", "hiredis"],
      java: ["redis.clients.jedis", "io.lettuce"],
      php: ["predis/predis"],
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
      // The sentence alone is also what an authentication failure prints; only the failure kind after it says the server was not there.
      ind(
        "redis.phpredis",
        "Redis unreachable (phpredis)",
        [/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/],
        ["RedisException: Connection refused", "PHP Fatal error:  Uncaught RedisException: php_network_getaddresses: getaddrinfo for redis failed: Name or service not known"],
        "the phpredis extension could not reach the server",
        void 0,
        ["RedisException: ERR wrong number of arguments for 'set' command", "RedisException: NOAUTH Authentication required."]
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
    connectionVariables: ["MONGODB_URI", "MONGODB_URL", "MONGO_URL", "MONGO_URI", "MONGO_HOST", "MONGO_PORT", "MONGODB_HOST", "MONGODB_PORT"],
    ports: [27017],
    hostnames: ["mongo", "mongodb"],
    urlSchemes: ["mongodb", "mongodb+srv"],
    clients: {
      python: ["pymongo", "motor", "mongoengine"],
      npm: ["mongodb", "mongoose"],
      ruby: ["mongo", "mongoid"],
      java: ["com.mongodb", "org.mongodb"],
      php: ["mongodb/mongodb"],
      go: ["go.mongodb.org/mongo-driver"]
    },
    jdbc: ["mongodb"],
    tools: ["mongosh", "mongo", "mongod"],
    mentions: /pymongo|mongoose|mongodb|\bmongo\b/i,
    unreachable: [
      ind(
        "mongodb.server-selection",
        "MongoDB unreachable (server selection)",
        [/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/, /Operation `[^`]{1,200}` buffering timed out after \d+ ?ms/, /A timeout occurred after \d+ms selecting a server/, /server selection error: server selection timeout/],
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
    connectionVariables: ["AMQP_URL", "RABBITMQ_URL", "AMQP_URI", "RABBITMQ_HOST", "RABBITMQ_PORT", "BROKER_URL", "CELERY_BROKER_URL"],
    ports: [5672],
    hostnames: ["rabbitmq", "rabbit", "amqp"],
    urlSchemes: ["amqp", "amqps"],
    clients: {
      python: ["pika", "aio_pika", "amqp", "aiormq", "rabbitpy", "amqpstorm"],
      npm: ["amqplib", "amqp-connection-manager", "rascal"],
      ruby: ["bunny"],
      java: ["com.rabbitmq"],
      php: ["php-amqplib/php-amqplib"],
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
    connectionVariables: ["KAFKA_BROKERS", "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_URL", "KAFKA_HOST", "KAFKA_PORT"],
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
    connectionVariables: ["ELASTICSEARCH_URL", "ES_URL", "ELASTICSEARCH_HOST", "ELASTICSEARCH_PORT", "ELASTIC_URL"],
    ports: [9200],
    hostnames: ["elasticsearch", "opensearch", "es", "elastic"],
    urlSchemes: [],
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
    connectionVariables: ["MEMCACHED_URL", "MEMCACHED_HOST", "MEMCACHED_PORT", "MEMCACHE_SERVERS", "MEMCACHIER_SERVERS"],
    ports: [11211],
    hostnames: ["memcached", "memcache"],
    urlSchemes: ["memcached"],
    clients: { python: ["pymemcache", "pylibmc", "bmemcached", "memcache"], npm: ["memjs", "memcached"], ruby: ["dalli"], java: ["net.spy.memcached", "net.rubyeye.xmemcached"], go: ["github.com/bradfitz/gomemcache"] },
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
    connectionVariables: ["CASSANDRA_HOST", "CASSANDRA_PORT", "CASSANDRA_CONTACT_POINTS"],
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
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
var DRIVER_FRAMES = SERVICES.flatMap((s) => {
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

// src/report/report.ts
var SCHEMA_VERSION = "1.0";

// src/services/docker-cli.ts
var OUTPUT_MAX = 256 * 1024;

// src/report/summary.ts
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
  const label = { missing: "missing", unreadable: "unreadable", schema: "other schema version", count: "wrong count", duplicate: "reports disagree" }[problem.kind];
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
import { readFile, stat as stat2 } from "node:fs/promises";
import path8 from "node:path";

// node_modules/@actions/glob/lib/internal-globber.js
import * as fs3 from "fs";

// node_modules/@actions/glob/lib/internal-glob-options-helper.js
function getOptions(copy) {
  const result = {
    followSymbolicLinks: true,
    implicitDescendants: true,
    matchDirectories: true,
    omitBrokenSymbolicLinks: true,
    excludeHiddenFiles: false
  };
  if (copy) {
    if (typeof copy.followSymbolicLinks === "boolean") {
      result.followSymbolicLinks = copy.followSymbolicLinks;
      debug(`followSymbolicLinks '${result.followSymbolicLinks}'`);
    }
    if (typeof copy.implicitDescendants === "boolean") {
      result.implicitDescendants = copy.implicitDescendants;
      debug(`implicitDescendants '${result.implicitDescendants}'`);
    }
    if (typeof copy.matchDirectories === "boolean") {
      result.matchDirectories = copy.matchDirectories;
      debug(`matchDirectories '${result.matchDirectories}'`);
    }
    if (typeof copy.omitBrokenSymbolicLinks === "boolean") {
      result.omitBrokenSymbolicLinks = copy.omitBrokenSymbolicLinks;
      debug(`omitBrokenSymbolicLinks '${result.omitBrokenSymbolicLinks}'`);
    }
    if (typeof copy.excludeHiddenFiles === "boolean") {
      result.excludeHiddenFiles = copy.excludeHiddenFiles;
      debug(`excludeHiddenFiles '${result.excludeHiddenFiles}'`);
    }
  }
  return result;
}

// node_modules/@actions/glob/lib/internal-globber.js
import * as path6 from "path";

// node_modules/@actions/glob/lib/internal-path-helper.js
import * as path2 from "path";
import assert from "assert";
var IS_WINDOWS3 = process.platform === "win32";
function dirname2(p) {
  p = safeTrimTrailingSeparator(p);
  if (IS_WINDOWS3 && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p)) {
    return p;
  }
  let result = path2.dirname(p);
  if (IS_WINDOWS3 && /^\\\\[^\\]+\\[^\\]+\\$/.test(result)) {
    result = safeTrimTrailingSeparator(result);
  }
  return result;
}
function ensureAbsoluteRoot(root, itemPath) {
  assert(root, `ensureAbsoluteRoot parameter 'root' must not be empty`);
  assert(itemPath, `ensureAbsoluteRoot parameter 'itemPath' must not be empty`);
  if (hasAbsoluteRoot(itemPath)) {
    return itemPath;
  }
  if (IS_WINDOWS3) {
    if (itemPath.match(/^[A-Z]:[^\\/]|^[A-Z]:$/i)) {
      let cwd = process.cwd();
      assert(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
      if (itemPath[0].toUpperCase() === cwd[0].toUpperCase()) {
        if (itemPath.length === 2) {
          return `${itemPath[0]}:\\${cwd.substr(3)}`;
        } else {
          if (!cwd.endsWith("\\")) {
            cwd += "\\";
          }
          return `${itemPath[0]}:\\${cwd.substr(3)}${itemPath.substr(2)}`;
        }
      } else {
        return `${itemPath[0]}:\\${itemPath.substr(2)}`;
      }
    } else if (normalizeSeparators(itemPath).match(/^\\$|^\\[^\\]/)) {
      const cwd = process.cwd();
      assert(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
      return `${cwd[0]}:\\${itemPath.substr(1)}`;
    }
  }
  assert(hasAbsoluteRoot(root), `ensureAbsoluteRoot parameter 'root' must have an absolute root`);
  if (root.endsWith("/") || IS_WINDOWS3 && root.endsWith("\\")) {
  } else {
    root += path2.sep;
  }
  return root + itemPath;
}
function hasAbsoluteRoot(itemPath) {
  assert(itemPath, `hasAbsoluteRoot parameter 'itemPath' must not be empty`);
  itemPath = normalizeSeparators(itemPath);
  if (IS_WINDOWS3) {
    return itemPath.startsWith("\\\\") || /^[A-Z]:\\/i.test(itemPath);
  }
  return itemPath.startsWith("/");
}
function hasRoot(itemPath) {
  assert(itemPath, `isRooted parameter 'itemPath' must not be empty`);
  itemPath = normalizeSeparators(itemPath);
  if (IS_WINDOWS3) {
    return itemPath.startsWith("\\") || /^[A-Z]:/i.test(itemPath);
  }
  return itemPath.startsWith("/");
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS3) {
    p = p.replace(/\//g, "\\");
    const isUnc = /^\\\\+[^\\]/.test(p);
    return (isUnc ? "\\" : "") + p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function safeTrimTrailingSeparator(p) {
  if (!p) {
    return "";
  }
  p = normalizeSeparators(p);
  if (!p.endsWith(path2.sep)) {
    return p;
  }
  if (p === path2.sep) {
    return p;
  }
  if (IS_WINDOWS3 && /^[A-Z]:\\$/i.test(p)) {
    return p;
  }
  return p.substr(0, p.length - 1);
}

// node_modules/@actions/glob/lib/internal-match-kind.js
var MatchKind;
(function(MatchKind2) {
  MatchKind2[MatchKind2["None"] = 0] = "None";
  MatchKind2[MatchKind2["Directory"] = 1] = "Directory";
  MatchKind2[MatchKind2["File"] = 2] = "File";
  MatchKind2[MatchKind2["All"] = 3] = "All";
})(MatchKind || (MatchKind = {}));

// node_modules/@actions/glob/lib/internal-pattern-helper.js
var IS_WINDOWS4 = process.platform === "win32";
function getSearchPaths(patterns) {
  patterns = patterns.filter((x) => !x.negate);
  const searchPathMap = {};
  for (const pattern of patterns) {
    const key = IS_WINDOWS4 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
    searchPathMap[key] = "candidate";
  }
  const result = [];
  for (const pattern of patterns) {
    const key = IS_WINDOWS4 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
    if (searchPathMap[key] === "included") {
      continue;
    }
    let foundAncestor = false;
    let tempKey = key;
    let parent = dirname2(tempKey);
    while (parent !== tempKey) {
      if (searchPathMap[parent]) {
        foundAncestor = true;
        break;
      }
      tempKey = parent;
      parent = dirname2(tempKey);
    }
    if (!foundAncestor) {
      result.push(pattern.searchPath);
      searchPathMap[key] = "included";
    }
  }
  return result;
}
function match(patterns, itemPath) {
  let result = MatchKind.None;
  for (const pattern of patterns) {
    if (pattern.negate) {
      result &= ~pattern.match(itemPath);
    } else {
      result |= pattern.match(itemPath);
    }
  }
  return result;
}
function partialMatch(patterns, itemPath) {
  return patterns.some((x) => !x.negate && x.partialMatch(itemPath));
}

// node_modules/@actions/glob/lib/internal-pattern.js
import * as os5 from "os";
import * as path5 from "path";
import assert3 from "assert";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  if (str.indexOf("\\") === -1) {
    return str;
  }
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  if (str.indexOf("\0") === -1) {
    return str;
  }
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open3 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open3.push(i);
    } else if (c === 125 && open3.length) {
      open3.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open3.length; i++) {
    const at = open3[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = isPadded(n[0]) || isPadded(n[1]);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path3 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep2 = defaultPlatform === "win32" ? path3.win32.sep : path3.posix.sep;
minimatch.sep = sep2;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match2 = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match2;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which2 = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which2 === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which2 === "b")
          return false;
        which2 = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which2 === "a")
          return false;
        which2 = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open3, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open3 + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open3 + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// node_modules/@actions/glob/lib/internal-path.js
import * as path4 from "path";
import assert2 from "assert";
var IS_WINDOWS5 = process.platform === "win32";
var Path = class {
  /**
   * Constructs a Path
   * @param itemPath Path or array of segments
   */
  constructor(itemPath) {
    this.segments = [];
    if (typeof itemPath === "string") {
      assert2(itemPath, `Parameter 'itemPath' must not be empty`);
      itemPath = safeTrimTrailingSeparator(itemPath);
      if (!hasRoot(itemPath)) {
        this.segments = itemPath.split(path4.sep);
      } else {
        let remaining = itemPath;
        let dir = dirname2(remaining);
        while (dir !== remaining) {
          const basename3 = path4.basename(remaining);
          this.segments.unshift(basename3);
          remaining = dir;
          dir = dirname2(remaining);
        }
        this.segments.unshift(remaining);
      }
    } else {
      assert2(itemPath.length > 0, `Parameter 'itemPath' must not be an empty array`);
      for (let i = 0; i < itemPath.length; i++) {
        let segment = itemPath[i];
        assert2(segment, `Parameter 'itemPath' must not contain any empty segments`);
        segment = normalizeSeparators(itemPath[i]);
        if (i === 0 && hasRoot(segment)) {
          segment = safeTrimTrailingSeparator(segment);
          assert2(segment === dirname2(segment), `Parameter 'itemPath' root segment contains information for multiple segments`);
          this.segments.push(segment);
        } else {
          assert2(!segment.includes(path4.sep), `Parameter 'itemPath' contains unexpected path separators`);
          this.segments.push(segment);
        }
      }
    }
  }
  /**
   * Converts the path to it's string representation
   */
  toString() {
    let result = this.segments[0];
    let skipSlash = result.endsWith(path4.sep) || IS_WINDOWS5 && /^[A-Z]:$/i.test(result);
    for (let i = 1; i < this.segments.length; i++) {
      if (skipSlash) {
        skipSlash = false;
      } else {
        result += path4.sep;
      }
      result += this.segments[i];
    }
    return result;
  }
};

// node_modules/@actions/glob/lib/internal-pattern.js
var IS_WINDOWS6 = process.platform === "win32";
var Pattern = class _Pattern {
  constructor(patternOrNegate, isImplicitPattern = false, segments, homedir2) {
    this.negate = false;
    let pattern;
    if (typeof patternOrNegate === "string") {
      pattern = patternOrNegate.trim();
    } else {
      segments = segments || [];
      assert3(segments.length, `Parameter 'segments' must not empty`);
      const root = _Pattern.getLiteral(segments[0]);
      assert3(root && hasAbsoluteRoot(root), `Parameter 'segments' first element must be a root path`);
      pattern = new Path(segments).toString().trim();
      if (patternOrNegate) {
        pattern = `!${pattern}`;
      }
    }
    while (pattern.startsWith("!")) {
      this.negate = !this.negate;
      pattern = pattern.substr(1).trim();
    }
    pattern = _Pattern.fixupPattern(pattern, homedir2);
    this.segments = new Path(pattern).segments;
    this.trailingSeparator = normalizeSeparators(pattern).endsWith(path5.sep);
    pattern = safeTrimTrailingSeparator(pattern);
    let foundGlob = false;
    const searchSegments = this.segments.map((x) => _Pattern.getLiteral(x)).filter((x) => !foundGlob && !(foundGlob = x === ""));
    this.searchPath = new Path(searchSegments).toString();
    this.rootRegExp = new RegExp(_Pattern.regExpEscape(searchSegments[0]), IS_WINDOWS6 ? "i" : "");
    this.isImplicitPattern = isImplicitPattern;
    const minimatchOptions = {
      dot: true,
      nobrace: true,
      nocase: IS_WINDOWS6,
      nocomment: true,
      noext: true,
      nonegate: true
    };
    pattern = IS_WINDOWS6 ? pattern.replace(/\\/g, "/") : pattern;
    this.minimatch = new Minimatch(pattern, minimatchOptions);
  }
  /**
   * Matches the pattern against the specified path
   */
  match(itemPath) {
    if (this.segments[this.segments.length - 1] === "**") {
      itemPath = normalizeSeparators(itemPath);
      if (!itemPath.endsWith(path5.sep) && this.isImplicitPattern === false) {
        itemPath = `${itemPath}${path5.sep}`;
      }
    } else {
      itemPath = safeTrimTrailingSeparator(itemPath);
    }
    if (this.minimatch.match(itemPath)) {
      return this.trailingSeparator ? MatchKind.Directory : MatchKind.All;
    }
    return MatchKind.None;
  }
  /**
   * Indicates whether the pattern may match descendants of the specified path
   */
  partialMatch(itemPath) {
    itemPath = safeTrimTrailingSeparator(itemPath);
    if (dirname2(itemPath) === itemPath) {
      return this.rootRegExp.test(itemPath);
    }
    return this.minimatch.matchOne(itemPath.split(IS_WINDOWS6 ? /\\+/ : /\/+/), this.minimatch.set[0], true);
  }
  /**
   * Escapes glob patterns within a path
   */
  static globEscape(s) {
    return (IS_WINDOWS6 ? s : s.replace(/\\/g, "\\\\")).replace(/(\[)(?=[^/]+\])/g, "[[]").replace(/\?/g, "[?]").replace(/\*/g, "[*]");
  }
  /**
   * Normalizes slashes and ensures absolute root
   */
  static fixupPattern(pattern, homedir2) {
    assert3(pattern, "pattern cannot be empty");
    const literalSegments = new Path(pattern).segments.map((x) => _Pattern.getLiteral(x));
    assert3(literalSegments.every((x, i) => (x !== "." || i === 0) && x !== ".."), `Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
    assert3(!hasRoot(pattern) || literalSegments[0], `Invalid pattern '${pattern}'. Root segment must not contain globs.`);
    pattern = normalizeSeparators(pattern);
    if (pattern === "." || pattern.startsWith(`.${path5.sep}`)) {
      pattern = _Pattern.globEscape(process.cwd()) + pattern.substr(1);
    } else if (pattern === "~" || pattern.startsWith(`~${path5.sep}`)) {
      homedir2 = homedir2 || os5.homedir();
      assert3(homedir2, "Unable to determine HOME directory");
      assert3(hasAbsoluteRoot(homedir2), `Expected HOME directory to be a rooted path. Actual '${homedir2}'`);
      pattern = _Pattern.globEscape(homedir2) + pattern.substr(1);
    } else if (IS_WINDOWS6 && (pattern.match(/^[A-Z]:$/i) || pattern.match(/^[A-Z]:[^\\]/i))) {
      let root = ensureAbsoluteRoot("C:\\dummy-root", pattern.substr(0, 2));
      if (pattern.length > 2 && !root.endsWith("\\")) {
        root += "\\";
      }
      pattern = _Pattern.globEscape(root) + pattern.substr(2);
    } else if (IS_WINDOWS6 && (pattern === "\\" || pattern.match(/^\\[^\\]/))) {
      let root = ensureAbsoluteRoot("C:\\dummy-root", "\\");
      if (!root.endsWith("\\")) {
        root += "\\";
      }
      pattern = _Pattern.globEscape(root) + pattern.substr(1);
    } else {
      pattern = ensureAbsoluteRoot(_Pattern.globEscape(process.cwd()), pattern);
    }
    return normalizeSeparators(pattern);
  }
  /**
   * Attempts to unescape a pattern segment to create a literal path segment.
   * Otherwise returns empty string.
   */
  static getLiteral(segment) {
    let literal = "";
    for (let i = 0; i < segment.length; i++) {
      const c = segment[i];
      if (c === "\\" && !IS_WINDOWS6 && i + 1 < segment.length) {
        literal += segment[++i];
        continue;
      } else if (c === "*" || c === "?") {
        return "";
      } else if (c === "[" && i + 1 < segment.length) {
        let set = "";
        let closed = -1;
        for (let i2 = i + 1; i2 < segment.length; i2++) {
          const c2 = segment[i2];
          if (c2 === "\\" && !IS_WINDOWS6 && i2 + 1 < segment.length) {
            set += segment[++i2];
            continue;
          } else if (c2 === "]") {
            closed = i2;
            break;
          } else {
            set += c2;
          }
        }
        if (closed >= 0) {
          if (set.length > 1) {
            return "";
          }
          if (set) {
            literal += set;
            i = closed;
            continue;
          }
        }
      }
      literal += c;
    }
    return literal;
  }
  /**
   * Escapes regexp special characters
   * https://javascript.info/regexp-escaping
   */
  static regExpEscape(s) {
    return s.replace(/[[\\^$.|?*+()]/g, "\\$&");
  }
};

// node_modules/@actions/glob/lib/internal-search-state.js
var SearchState = class {
  constructor(path10, level) {
    this.path = path10;
    this.level = level;
  }
};

// node_modules/@actions/glob/lib/internal-globber.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
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
var __asyncValues = function(o) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var m = o[Symbol.asyncIterator], i;
  return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
    return this;
  }, i);
  function verb(n) {
    i[n] = o[n] && function(v) {
      return new Promise(function(resolve, reject) {
        v = o[n](v), settle(resolve, reject, v.done, v.value);
      });
    };
  }
  function settle(resolve, reject, d, v) {
    Promise.resolve(v).then(function(v2) {
      resolve({ value: v2, done: d });
    }, reject);
  }
};
var __await = function(v) {
  return this instanceof __await ? (this.v = v, this) : new __await(v);
};
var __asyncGenerator = function(thisArg, _arguments, generator) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var g = generator.apply(thisArg, _arguments || []), i, q = [];
  return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function() {
    return this;
  }, i;
  function awaitReturn(f) {
    return function(v) {
      return Promise.resolve(v).then(f, reject);
    };
  }
  function verb(n, f) {
    if (g[n]) {
      i[n] = function(v) {
        return new Promise(function(a, b) {
          q.push([n, v, a, b]) > 1 || resume(n, v);
        });
      };
      if (f) i[n] = f(i[n]);
    }
  }
  function resume(n, v) {
    try {
      step(g[n](v));
    } catch (e) {
      settle(q[0][3], e);
    }
  }
  function step(r) {
    r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
  }
  function fulfill(value) {
    resume("next", value);
  }
  function reject(value) {
    resume("throw", value);
  }
  function settle(f, v) {
    if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
  }
};
var IS_WINDOWS7 = process.platform === "win32";
var DefaultGlobber = class _DefaultGlobber {
  constructor(options) {
    this.patterns = [];
    this.searchPaths = [];
    this.options = getOptions(options);
  }
  getSearchPaths() {
    return this.searchPaths.slice();
  }
  glob() {
    return __awaiter2(this, void 0, void 0, function* () {
      var _a2, e_1, _b, _c;
      const result = [];
      try {
        for (var _d = true, _e = __asyncValues(this.globGenerator()), _f; _f = yield _e.next(), _a2 = _f.done, !_a2; _d = true) {
          _c = _f.value;
          _d = false;
          const itemPath = _c;
          result.push(itemPath);
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (!_d && !_a2 && (_b = _e.return)) yield _b.call(_e);
        } finally {
          if (e_1) throw e_1.error;
        }
      }
      return result;
    });
  }
  globGenerator() {
    return __asyncGenerator(this, arguments, function* globGenerator_1() {
      const options = getOptions(this.options);
      const patterns = [];
      for (const pattern of this.patterns) {
        patterns.push(pattern);
        if (options.implicitDescendants && (pattern.trailingSeparator || pattern.segments[pattern.segments.length - 1] !== "**")) {
          patterns.push(new Pattern(pattern.negate, true, pattern.segments.concat("**")));
        }
      }
      const stack = [];
      for (const searchPath of getSearchPaths(patterns)) {
        debug(`Search path '${searchPath}'`);
        try {
          yield __await(fs3.promises.lstat(searchPath));
        } catch (err) {
          if (err.code === "ENOENT") {
            continue;
          }
          throw err;
        }
        stack.unshift(new SearchState(searchPath, 1));
      }
      const traversalChain = [];
      while (stack.length) {
        const item = stack.pop();
        const match3 = match(patterns, item.path);
        const partialMatch2 = !!match3 || partialMatch(patterns, item.path);
        if (!match3 && !partialMatch2) {
          continue;
        }
        const stats = yield __await(
          _DefaultGlobber.stat(item, options, traversalChain)
          // Broken symlink, or symlink cycle detected, or no longer exists
        );
        if (!stats) {
          continue;
        }
        if (options.excludeHiddenFiles && path6.basename(item.path).match(/^\./)) {
          continue;
        }
        if (stats.isDirectory()) {
          if (match3 & MatchKind.Directory && options.matchDirectories) {
            yield yield __await(item.path);
          } else if (!partialMatch2) {
            continue;
          }
          const childLevel = item.level + 1;
          const childItems = (yield __await(fs3.promises.readdir(item.path))).map((x) => new SearchState(path6.join(item.path, x), childLevel));
          stack.push(...childItems.reverse());
        } else if (match3 & MatchKind.File) {
          yield yield __await(item.path);
        }
      }
    });
  }
  /**
   * Constructs a DefaultGlobber
   */
  static create(patterns, options) {
    return __awaiter2(this, void 0, void 0, function* () {
      const result = new _DefaultGlobber(options);
      if (IS_WINDOWS7) {
        patterns = patterns.replace(/\r\n/g, "\n");
        patterns = patterns.replace(/\r/g, "\n");
      }
      const lines = patterns.split("\n").map((x) => x.trim());
      for (const line of lines) {
        if (!line || line.startsWith("#")) {
          continue;
        } else {
          result.patterns.push(new Pattern(line));
        }
      }
      result.searchPaths.push(...getSearchPaths(result.patterns));
      return result;
    });
  }
  static stat(item, options, traversalChain) {
    return __awaiter2(this, void 0, void 0, function* () {
      let stats;
      if (options.followSymbolicLinks) {
        try {
          stats = yield fs3.promises.stat(item.path);
        } catch (err) {
          if (err.code === "ENOENT") {
            if (options.omitBrokenSymbolicLinks) {
              debug(`Broken symlink '${item.path}'`);
              return void 0;
            }
            throw new Error(`No information found for the path '${item.path}'. This may indicate a broken symbolic link.`);
          }
          throw err;
        }
      } else {
        stats = yield fs3.promises.lstat(item.path);
      }
      if (stats.isDirectory() && options.followSymbolicLinks) {
        const realPath = yield fs3.promises.realpath(item.path);
        while (traversalChain.length >= item.level) {
          traversalChain.pop();
        }
        if (traversalChain.some((x) => x === realPath)) {
          debug(`Symlink cycle detected for path '${item.path}' and realpath '${realPath}'`);
          return void 0;
        }
        traversalChain.push(realPath);
      }
      return stats;
    });
  }
};

// node_modules/@actions/glob/lib/glob.js
var __awaiter3 = function(thisArg, _arguments, P, generator) {
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
function create(patterns, options) {
  return __awaiter3(this, void 0, void 0, function* () {
    return yield DefaultGlobber.create(patterns, options);
  });
}

// src/common/find-files.ts
import { lstat as lstat3 } from "node:fs/promises";
import path7 from "node:path";
var SKIPPED = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var escapeRoot = (root) => process.platform === "win32" ? root.replace(/[*?[]/g, (c) => `[${c}]`) : root.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
function anchorPattern(pattern, root) {
  const negated = pattern.startsWith("!");
  const body = (negated ? pattern.slice(1) : pattern).replace(/^\.\//, "");
  const anchored = path7.isAbsolute(body) ? body : `${escapeRoot(root)}/${body}`;
  return negated ? `!${anchored}` : anchored;
}
async function findFiles(patterns, root, limit) {
  const files = [];
  if (patterns.length === 0) return { files, tooMany: false };
  const globber = await create(patterns.map((p) => anchorPattern(p, root)).join("\n"), { followSymbolicLinks: false, matchDirectories: false, implicitDescendants: true });
  for await (const absolute of globber.globGenerator()) {
    const relative = path7.relative(root, absolute).split(path7.sep).join("/");
    if (relative.split("/").some((segment) => SKIPPED.has(segment))) continue;
    if (!await lstat3(absolute).then((info2) => info2.isFile(), () => false)) continue;
    files.push({ absolute, relative: relative.startsWith("..") ? absolute : relative });
    if (files.length > limit) break;
  }
  files.sort((a, b) => a.relative.localeCompare(b.relative));
  return { files, tooMany: files.length > limit };
}

// src/merge/shard-report.ts
function isProblem(read) {
  return "kind" in read;
}
var MAJOR = SCHEMA_VERSION.split(".")[0];
var CLASSIFICATIONS = ["none", "infrastructure", "code", "setup"];
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
async function readReports(globs, workspace, options = {}) {
  const problems = [];
  const matches = /* @__PURE__ */ new Map();
  for (const glob of globs) {
    const found = await findMatches(glob, workspace, options.windows ?? process.platform === "win32");
    if (found.length === 0) problems.push({ file: glob, kind: "missing", detail: "no report file matches this glob" });
    for (const match3 of found) if (match3.absolute !== options.exclude && !matches.has(match3.absolute)) matches.set(match3.absolute, match3);
  }
  const sorted = [...matches.values()].sort((a, b) => a.file.localeCompare(b.file, "en", { numeric: true }));
  if (sorted.length > MAX_REPORTS) {
    problems.push({ file: globs.join(", "), kind: "unreadable", detail: `${sorted.length} files match, more than the ${MAX_REPORTS} a merge reads; narrow the reports glob` });
    return { shards: [], problems, matched: sorted.length };
  }
  const shards = [];
  for (const match3 of sorted) {
    const parsed = await readOne(match3);
    if (isProblem(parsed)) problems.push(parsed);
    else shards.push(parsed);
  }
  shards.sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }) || a.file.localeCompare(b.file, "en", { numeric: true }));
  return { shards, problems, matched: sorted.length };
}
async function readOne(match3) {
  try {
    const info2 = await stat2(match3.absolute);
    if (info2.size > MAX_REPORT_BYTES) return { file: match3.file, kind: "unreadable", detail: `larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB` };
    return parseShardReport(await readFile(match3.absolute, "utf8"), match3);
  } catch (error2) {
    const code2 = error2.code;
    return { file: match3.file, kind: "unreadable", detail: `could not be read (${code2 ?? (error2 instanceof Error ? error2.message : String(error2))})` };
  }
}
async function findMatches(rawGlob, workspace, windows) {
  const glob = windows ? rawGlob.replace(/\\/g, "/") : rawGlob;
  const { base, pattern } = splitGlob(glob.replace(/^\.\//, ""));
  const root = path8.resolve(workspace, base === "" ? "." : base);
  const show = (absolute) => {
    const relative = path8.relative(workspace, absolute);
    return oneLine(relative !== "" && !relative.startsWith("..") && !path8.isAbsolute(relative) ? relative.split(path8.sep).join("/") : absolute, 400);
  };
  if (pattern === "" || !WILDCARD.test(pattern)) {
    const literal = path8.resolve(root, pattern);
    const info2 = await stat2(literal).catch(() => void 0);
    if (info2?.isFile()) return [{ absolute: literal, file: show(literal), relative: path8.basename(literal) }];
    if (!info2?.isDirectory()) return [];
    return collect(literal, ["**/*.json"], show);
  }
  return collect(root, [pattern], show);
}
async function collect(root, patterns, show) {
  const { files } = await findFiles(patterns, root, MAX_REPORTS);
  return files.map(({ absolute, relative }) => ({ absolute, file: show(absolute), relative }));
}
var WILDCARD = /[*?[]/;
function splitGlob(glob) {
  const segments = glob.split("/");
  const first = segments.findIndex((segment) => WILDCARD.test(segment));
  const cut = first < 0 ? segments.length - 1 : first;
  const baseSegments = segments.slice(0, cut);
  const base = baseSegments.length === 1 && baseSegments[0] === "" ? "/" : baseSegments.join("/");
  return { base: /^[A-Za-z]:$/.test(base) ? `${base}/` : base, pattern: segments.slice(cut).join("/") };
}

// src/merge/rule.ts
import { createHash } from "node:crypto";

// src/decide/decision.ts
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
  const distinct = distinctShards(inputs.shards);
  const shards = distinct.shards;
  const count = countCheck({ ...inputs, shards });
  const problems = [...inputs.problems, ...distinct.problems, ...count === void 0 ? [] : [count.problem]];
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
    headline = `FEEDBACK: ${feedbackHeadline(feedbackShards, n, [...inputs.problems, ...distinct.problems], count?.phrase)}`;
    if (feedbackShards.length > 0) rationale.push(`${feedbackShards.length} of ${plural(n, "shard")} gave feedback (${names(feedbackShards)}), and one shard's feedback is the whole matrix's.`);
    if (problems.length > 0) rationale.push("A shard report that is missing, unreadable or of another schema version counts as feedback: the merge never approves what it could not read.");
    if (n === 0 && problems.length === 0) rationale.push("No shard report was given, and an empty matrix is never approved.");
    rationale.push(...problems.map((p) => `${p.file}: ${p.detail}`));
  }
  rationale.push(...distinct.notes);
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
    const missing = missingShardNames(shards.map((s) => s.name), expectedShards);
    const named = missing.length > 0 ? ` (${missing.length === 1 ? "shard" : "shards"} ${missing.join(", ")})` : "";
    const phrase = `${expectedShards - found} of ${expectedShards} expected reports missing${named}`;
    const seen = missing.length > 0 || shards.length === 0 ? "" : `; the shards found: ${names(shards)}`;
    return { phrase, problem: { file: EXPECTED_SHARDS, kind: "missing", detail: `${phrase} (found ${found}${seen})` } };
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
  const conflicting = problems.filter((p) => p.kind === "duplicate");
  const schema = problems.filter((p) => p.kind === "schema").length;
  if (n === 0 && globMisses > 0 && unreadable + schema === 0) parts.push("no shard reports found");
  else if (globMisses > 0) parts.push(globMisses === 1 ? "a reports glob matched nothing" : `${globMisses} reports globs matched nothing`);
  if (conflicting.length > 0) parts.push(conflicting.length === 1 ? `two reports of shard ${conflicting[0]?.file ?? ""} disagree` : `${conflicting.length} shards have reports that disagree`);
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
function verdictKey(shard) {
  return JSON.stringify([shard.decision, shard.approvedWithoutIndependentTests, shard.testsPassed, shard.classification, shard.confidence, [...shard.services].sort(), shard.rule, shard.failureSignature, shard.summary]);
}
function distinctShards(reports) {
  const byName2 = /* @__PURE__ */ new Map();
  for (const report of reports) byName2.set(report.name, [...byName2.get(report.name) ?? [], report]);
  const shards = [];
  const problems = [];
  const notes = [];
  for (const [name, group] of byName2) {
    if (group.length === 1) {
      shards.push(group[0]);
      continue;
    }
    const files = group.map((r) => r.file).join(", ");
    if (new Set(group.map(verdictKey)).size === 1) {
      shards.push(group[0]);
      notes.push(`${group.length} reports name the shard ${name} and agree (${files}); the shard counts once. A duplicate report never stands in for another shard.`);
    } else {
      shards.push(worstShard(group));
      problems.push({ file: name, kind: "duplicate", detail: `${group.length} reports name the shard ${name} and disagree (${files}): which one is the shard's is unknown. Give each matrix job its own shard name (e.g. shard: \${{ matrix.os }}-\${{ matrix.shard }}).` });
    }
  }
  return { shards, problems, notes };
}
function missingShardNames(found, expected) {
  if (found.length === 0) return [];
  const parsed = found.map((name) => /^(.*?)(\d+)(\D*)$/.exec(name));
  if (parsed.some((m) => m === null)) return [];
  const matches = parsed;
  const numbers = matches.map((m) => Number(m[2]));
  const first = matches[0];
  if (matches.some((m) => m[1] !== first[1] || m[3] !== first[3])) return [];
  const start = numbers.includes(0) ? 0 : 1;
  if (numbers.some((n) => n < start || n >= start + expected)) return [];
  const missing = [];
  for (let n = start; n < start + expected; n++) if (!numbers.includes(n)) missing.push(`${first[1]}${n}${first[3]}`);
  return missing;
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
    await mkdir3(settings.reportDirectory, { recursive: true });
    const reportPath = path9.resolve(settings.reportDirectory, mergeReportFileName(turn));
    const read = await readReports(settings.reports, workspace, { exclude: reportPath });
    info(`coach-gate merge: ${read.matched} report file(s) matched ${JSON.stringify(settings.reports)}; ${read.shards.length} read, ${read.problems.length} problem(s)`);
    const verdict = mergeShards({ shards: read.shards, problems: read.problems, expectedShards: settings.expectedShards });
    for (const shard of verdict.shards) info(`coach-gate merge: shard ${shard.name}: ${shard.summary} (${shard.file})`);
    for (const problem of verdict.problems) info(`coach-gate merge: ${problem.file}: ${problem.kind}, ${problem.detail}`);
    const context = { globs: settings.reports, expectedShards: settings.expectedShards, reportPath, turn };
    await writeNewFile(reportPath, `${JSON.stringify(buildMergeReport(verdict, context, /* @__PURE__ */ new Date()), null, 2)}
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
