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

// node_modules/@actions/core/lib/core.js
import * as os3 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL2 } from "os";
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
    return this.addRaw(EOL2);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
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

// node_modules/@actions/core/lib/platform.js
import os2 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os2.platform();
var arch = os2.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os3.EOL);
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
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

// src/services/docker-cli.ts
import { spawn } from "node:child_process";
var OUTPUT_MAX = 256 * 1024;
function docker(args, timeoutMs = 6e4, signal) {
  if (signal?.aborted) return Promise.resolve({ code: null, stdout: "", stderr: "cancelled before the docker command started", timedOut: false });
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    let settled = false;
    const child = spawn("docker", [...args], { stdio: ["ignore", "pipe", "pipe"], detached: true });
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
    const finish = (code, error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", kill);
      resolve({ code, stdout, stderr: error ?? stderr, timedOut });
    };
    child.stdout.on("data", (chunk) => stdout = (stdout + chunk.toString()).slice(-OUTPUT_MAX));
    child.stderr.on("data", (chunk) => stderr = (stderr + chunk.toString()).slice(-OUTPUT_MAX));
    child.on("error", (error) => finish(null, error.message));
    child.on("close", (code) => finish(code));
  });
}
function failureReason(result) {
  if (result.timedOut) return "the docker command timed out";
  const text = (result.stderr || result.stdout).replace(/\s+/g, " ").trim();
  return (text.length > 400 ? `${text.slice(0, 400)}\u2026` : text) || `docker exited ${result.code}`;
}

// src/services/containers.ts
var LABEL_RUN = "coach-gate.run";
var LABEL_INVOCATION = "coach-gate.invocation";
var PULL_TIMEOUT_MS = 10 * 6e4;
function labelFilters(identity) {
  return ["--filter", `label=${LABEL_RUN}=${identity.run}`, "--filter", `label=${LABEL_INVOCATION}=${identity.invocation}`];
}

// src/post.ts
async function post() {
  const run = getState("run");
  const invocation = getState("invocation");
  if (run === "" || invocation === "") {
    info("coach-gate post: no service containers were started by this step");
    return;
  }
  const listed = await docker(["ps", "--all", "--quiet", ...labelFilters({ run, invocation })], 3e4);
  if (listed.code !== 0) {
    warning(`coach-gate post: could not list leftover service containers: ${failureReason(listed)}`);
    return;
  }
  const ids = listed.stdout.split("\n").map((id) => id.trim()).filter((id) => id !== "");
  if (ids.length === 0) {
    info(`coach-gate post: no leftover service containers for ${run}/${invocation}`);
    return;
  }
  const removed = await docker(["rm", "--force", "--volumes", ...ids], 6e4);
  if (removed.code === 0) info(`coach-gate post: removed ${ids.length} leftover service container(s): ${ids.join(", ")}`);
  else warning(`coach-gate post: could not remove ${ids.join(", ")}: ${failureReason(removed)}`);
}
await post();
export {
  post
};
