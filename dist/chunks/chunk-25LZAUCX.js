import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  ALL_RULES,
  CLOSING_HANDLE,
  CONNECTING_WORDS,
  ENDPOINT_REFUSAL,
  EXPECTED_ANSWER_ERROR,
  EXPECTS_ERROR,
  NAMES_AN_ERROR,
  NO_ERROR_EXPECTED,
  NULL_DEREFERENCE,
  NULL_HANDLE,
  SERVER_ANSWER,
  SQL_HANDLE,
  assertionSides,
  matchRule
} from "./chunk-HF33PRPG.js";
import {
  clip
} from "./chunk-3S6MWH67.js";
import {
  MATCH_WINDOW,
  normaliseLine
} from "./chunk-M5XEW74J.js";
import {
  SERVICE_WORDS,
  driverFrameService,
  mentionedService,
  phpClientNamespace,
  serviceDefinition,
  serviceForClient,
  serviceForHost,
  serviceForJdbc,
  serviceForPhpName,
  serviceForPort,
  serviceForSocket,
  serviceForTool,
  speaksHttp
} from "./chunk-SYBPZOM4.js";
import {
  canonicalService
} from "./chunk-HLOXVYSR.js";

// src/classify/interpret.ts
var OWN_SERVER = /\b(?:test|app|api|http|web|mock|stub|fake|dev|local|embedded) server\b|\bserver failed to start\b|\bfailed to (?:start|bind|listen)\b|address already in use|EADDRINUSE/i;
var LOCAL_ENDPOINT = /(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0):(\d{2,5})(?!\d)|\(\s?'(?:localhost|127\.0\.0\.1|::1)',\s?(\d{2,5})\s?\)/;
function contextOf(line) {
  const own = OWN_SERVER.exec(line);
  if (own) return { ownServer: `a nearby line speaks of the project's own server ("${own[0]}")` };
  const found = LOCAL_ENDPOINT.exec(line);
  if (found && serviceForPort(Number(found[1] ?? found[2])) === void 0) return { ownServer: `a nearby line names 127.0.0.1:${found[1] ?? found[2]}, no known service's port: the project's own server was not listening` };
  const service = mentionedService(line);
  if (service) return { service };
  if (!found) {
    const port2 = PORT_MENTION.exec(line);
    const known3 = port2 ? serviceForPort(Number(port2[1])) : void 0;
    return known3 ? { service: known3 } : void 0;
  }
  const port = Number(found[1] ?? found[2]);
  const known2 = serviceForPort(port);
  return known2 ? { service: known2 } : { ownServer: `a nearby line names 127.0.0.1:${port}, no known service's port: the project's own server was not listening` };
}
var PORT_MENTION = /(?:[\w\]]:|\bport )(\d{2,5})(?!\d)/;
function interpret(match, line = "") {
  const { rule, groups } = match;
  switch (rule.interpret) {
    case "endpoint":
      return interpretEndpoint(match, line);
    case "dns":
      return interpretDns(groups.host, line);
    case "named": {
      const service = canonicalService(groups.service ?? "");
      return service ? { kind: "infrastructure", confidence: "high", service } : void 0;
    }
    case "tool": {
      const service = serviceForTool(groups.tool ?? "");
      return service ? { kind: "infrastructure", confidence: rule.confidence, service } : void 0;
    }
    case "jdbc": {
      const service = serviceForJdbc(groups.protocol ?? "");
      return service ? { kind: "infrastructure", confidence: "high", service } : { kind: "code", confidence: "high", service: "", note: `jdbc:${groups.protocol} is no service's driver: an embedded database or a classpath problem of the project` };
    }
    case "module:python":
    case "module:npm":
    case "module:ruby":
    case "module:java":
    case "module:go":
    case "module:maven":
      return interpretModule(rule.interpret, groups.module ?? "");
    case "module:php": {
      const name = groups.module ?? "";
      const service = serviceForPhpName(name);
      if (service) return { kind: "infrastructure", confidence: "high", service };
      const library = phpClientNamespace(name);
      if (library) return { kind: "infrastructure", confidence: "ambiguous", service: library, note: `${name} is in the ${library} client's namespace but is not its entry point: the library may be missing, or the name mistyped` };
      return { kind: "code", confidence: "high", service: "", note: `${name} is no service client's: an autoload or code problem of the project` };
    }
    default:
      return { kind: rule.kind, confidence: rule.confidence, service: rule.service, needsContext: rule.kind === "infrastructure" && rule.service === "" };
  }
}
var LOCAL_HOST = /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\]|0\.0\.0\.0|::|\[::\]|host\.docker\.internal|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|[\w-]+|[\w.-]+\.(?:local|internal|localdomain|svc|cluster\.local))$/i;
function interpretEndpoint({ rule, groups }, line) {
  const socket = groups.socket;
  if (socket !== void 0) {
    const service = serviceForSocket(socket) ?? rule.service;
    return { kind: "infrastructure", confidence: "high", service, needsContext: service === "" };
  }
  const host = (groups.host ?? "").replace(/^'|'$/g, "");
  const port = groups.port === void 0 ? void 0 : Number(groups.port);
  if (host !== "" && !LOCAL_HOST.test(host)) {
    return { kind: "infrastructure", confidence: "ambiguous", service: "", note: `remote host ${host} is not a service this job provides` };
  }
  if (/^127\./.test(host) && host !== "127.0.0.1") {
    return { kind: "infrastructure", confidence: "ambiguous", service: port === void 0 ? rule.service : serviceForPort(port) ?? rule.service, note: `refused on ${host}, not 127.0.0.1: the host may be configured wrong` };
  }
  if (rule.service !== "") return namedServicePort(rule.service, port);
  if (/^\[?::1\]?$/.test(host) && /connect ECONNREFUSED /.test(line) && !/127\.0\.0\.1/.test(line)) {
    return { kind: "infrastructure", confidence: "ambiguous", service: port === void 0 ? "" : serviceForPort(port) ?? "", weak: true, note: "refused on ::1: the server may be listening on 127.0.0.1 only (localhost resolved to IPv6)" };
  }
  const byHost = host === "" ? void 0 : serviceForHost(host);
  const byPort = port === void 0 ? void 0 : serviceForPort(port);
  const viaHttp = rule.httpClient === true || /\bhttps?:\/\/|Failed to open TCP connection to /.test(line);
  if (byPort && viaHttp && !speaksHttp(byPort)) {
    return { kind: "code", confidence: "high", service: "", note: `an HTTP client was refused on port ${port}, and ${byPort} speaks no HTTP: the project's own server was not listening` };
  }
  if (byPort) return { kind: "infrastructure", confidence: "high", service: byPort };
  if (byHost) return { kind: "infrastructure", confidence: "high", service: byHost };
  if (port !== void 0) {
    return { kind: "code", confidence: "high", service: "", ownPort: port, note: `port ${port} is no known service's: the project's own server was not listening` };
  }
  return { kind: "infrastructure", confidence: "high", service: byHost ?? "", needsContext: true };
}
function namedServicePort(service, port) {
  const defaults = serviceDefinition(service)?.ports ?? [];
  if (port === void 0 || defaults.length === 0 || defaults.includes(port)) return { kind: "infrastructure", confidence: "high", service };
  const owner = serviceForPort(port);
  if (owner !== void 0 && owner !== service) {
    return { kind: "code", confidence: "high", service: "", note: `the ${service} client dialled port ${port}, ${owner}'s: the configured port is wrong` };
  }
  return { kind: "infrastructure", confidence: "ambiguous", service, note: `refused on port ${port}, not ${service}'s ${defaults.join("/")}: the service may be running on another port, or the port is configured wrong` };
}
function interpretDns(host, line = "") {
  const netHttp = /Failed to open TCP connection to [\w.-]{1,255}:(\d{1,5})/.exec(line);
  const httpTo = netHttp ? serviceForPort(Number(netHttp[1])) : void 0;
  if (httpTo && !speaksHttp(httpTo)) return { kind: "code", confidence: "high", service: "", note: `an HTTP client (Net::HTTP) dialled port ${netHttp?.[1]}, ${httpTo}'s, which speaks no HTTP: the project's configuration` };
  if (host === void 0) return { kind: "infrastructure", confidence: "ambiguous", service: "", note: "name resolution failed for a host the log does not name" };
  const service = serviceForHost(host);
  if (service !== void 0) return { kind: "infrastructure", confidence: "high", service, needsContext: service === "" };
  return { kind: "infrastructure", confidence: "ambiguous", service: "", note: `host ${host} did not resolve; it is not a service host name` };
}
function interpretModule(kind, raw) {
  if (kind === "module:java" || kind === "module:maven") {
    const name = raw.replace(/\//g, ".");
    const service = serviceForClient("java", name);
    if (service) return { kind: "infrastructure", confidence: "high", service };
    return kind === "module:maven" ? { kind: "infrastructure", confidence: "ambiguous", service: "", note: `${name} is not a service client: the repository may be unreachable, or the build names a wrong artifact` } : { kind: "code", confidence: "high", service: "", note: `class ${name} is not a known driver: a classpath or code problem` };
  }
  if (kind === "module:go") {
    const service = serviceForClient("go", raw);
    return service ? { kind: "infrastructure", confidence: "high", service } : { kind: "code", confidence: "high", service: "", note: `${raw} is not a service client: the build is broken` };
  }
  if (kind === "module:python") {
    const root2 = raw.split(".")[0] ?? raw;
    const client2 = serviceForClient("python", root2);
    if (raw.includes(".")) {
      return { kind: "code", confidence: "high", service: "", note: client2 !== void 0 ? `${root2} is installed; its submodule ${raw} is missing` : `${raw} is a submodule, not a missing package` };
    }
    return client2 !== void 0 ? { kind: "infrastructure", confidence: "high", service: client2 } : { kind: "infrastructure", confidence: "ambiguous", service: "", note: `${raw} is not a service client` };
  }
  if (raw.startsWith(".") || raw.startsWith("/") || raw.startsWith("~")) {
    return { kind: "code", confidence: "high", service: "", note: `${raw} is a file of the project` };
  }
  const segments = raw.split("/");
  const root = raw.startsWith("@") ? segments.slice(0, 2).join("/") : segments[0] ?? raw;
  const client = serviceForClient(kind === "module:npm" ? "npm" : "ruby", root);
  if (root !== raw) {
    if (kind === "module:ruby" && client !== void 0) return { kind: "infrastructure", confidence: "high", service: client };
    return { kind: "code", confidence: "high", service: "", note: client !== void 0 ? `${root} is installed; its path ${raw} is missing` : `${raw} is a path inside a package` };
  }
  return client !== void 0 ? { kind: "infrastructure", confidence: "high", service: client } : { kind: "infrastructure", confidence: "ambiguous", service: "", note: `${raw} is not a service client` };
}

// src/classify/dialects/rust.ts
var CARGO = {
  id: "cargo",
  markers: [
    { event: "start", pattern: /^---- (?<name>\S{1,500}) stdout ----$/ },
    // nextest: `--- STDOUT:              crate::bin tests::x ---` and `        FAIL [   0.003s] crate tests::x`.
    { event: "start", pattern: /^--- STD(?:OUT|ERR):\s+(?<name>\S[^\n]{0,500}?) ---$/ },
    { event: "listed", pattern: /^\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \[\s*[\d.]+s\] (?<name>\S[^\n]{0,500})$/ },
    { event: "end", pattern: /^failures:$|^test result: |^\s+Summary \[/ }
  ],
  reportedFailures: /^test result: FAILED\. \d+ passed; (\d{1,6}) failed/
};

// src/classify/dialects/dotnet.ts
var DOTNET = {
  id: "dotnet",
  markers: [
    { event: "start", pattern: /^\s*Failed (?<name>\S[^\n]{0,400}?) \[[^\]\n]{1,20}\]$|^\[xUnit\.net [\d:.]+\]\s+(?<name2>\S[^\n]{0,400}?) \[FAIL\]$/ },
    { event: "end", pattern: /^\s*(?:Passed|Skipped) \S|^(?:Failed|Passed)!\s+-|^Total tests:|^Test Run (?:Failed|Successful)/ }
  ],
  reportedFailures: /^Failed!\s+-\s+Failed:\s+(\d{1,6})/
};

// src/classify/dialects/go.ts
var GOCHECK = {
  id: "gocheck",
  markers: [
    { event: "start", pattern: /^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\S{1,300}\.go:\d{1,6}: [\w.]{1,300})$/ },
    { event: "end", pattern: /^OOPS: \d{1,6} passed/ }
  ],
  reportedFailures: /^OOPS: \d{1,6} passed, (\d{1,6}) FAILED/,
  wrapsInGoTest: true
};
var GO = {
  id: "go",
  concludesEveryTest: true,
  ownLinesAfterTests: /^exit status \d{1,3}$|^coverage: |^\s*(?:PASS|FAIL)\s*$|^testing: warning: no tests to run$/,
  markers: [
    // `=== NAME` (go 1.20+) and `=== CONT` switch between parallel tests: what follows is that test's.
    { event: "run", pattern: /^=== (?:RUN|CONT|NAME)\s+(?<name>\S{1,500})/ },
    { event: "fail", pattern: /^\s*--- FAIL: (?<name>\S{1,500})/ },
    { event: "pass", pattern: /^\s*--- (?:PASS|SKIP): (?<name>\S{1,500})/ },
    // `ok  \texample.com/pkg\t0.01s`, `FAIL\texample.com/pkg\t0.01s`: a package's result. What a
    // package printed outside its tests comes before it.
    { event: "group-pass", pattern: /^ok {1,3}\t?(?<name>[\w.-]{1,200}(?:\/\S{1,300})?)\s/, afterOutput: true },
    { event: "group-fail", pattern: /^FAIL\s{1,3}(?<name>[\w.-]{1,200}(?:\/\S{1,300})?)(?:\s|$)/, afterOutput: true },
    { event: "end", pattern: /^FAIL$|^PASS$/ }
  ]
};
var GOTESTSUM = {
  id: "gotestsum",
  markers: [
    { event: "outside", pattern: /^=== FAIL: (?<name>\S{1,300}) {2}\([\d.]{1,12}s\)$|^=== (?<name2>Errors)$/ },
    { event: "start", pattern: /^=== FAIL: (?<name>\S{1,300} \S[^\n]{0,500}?) \([\d.]{1,12}s\)$/ },
    { event: "end", pattern: /^DONE \d{1,7} tests?\b/ }
  ],
  reportedFailures: /^DONE \d{1,7} tests?(?:, \d{1,7} skipped)?, (\d{1,7}) failures?/,
  subtestsBySlash: true,
  holdsOutputOf: "go",
  countsParents: true
};

// src/classify/dialects/jvm.ts
var SUREFIRE = {
  id: "surefire",
  markers: [
    // `[ERROR] testX(com.a.FooTest)  Time elapsed: 0.1 s  <<< ERROR!`; a class-level failure names the class alone.
    { event: "start", pattern: /^\[ERROR\] (?<name>\S[^\n]{0,400}?)(?: --)?\s+Time elapsed: [^\n]{0,60}<<< (?:FAILURE|ERROR)!$/ },
    { event: "end", pattern: /^\[INFO\]|^\[ERROR\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \[Help)|^\[WARNING\] Tests run:/ }
  ],
  reportedFailures: /^\[(?:ERROR|WARNING)\] Tests run: \d+, Failures: (\d+)(?:, Errors: (\d+))?/
};
var WRAPPER_ECHO = /^\s+(?:Caused by: )?[\w$.]{0,200}\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\w$]{0,60}Connect(?:ion)?\w{0,60}Exception) at [\w$.]{1,200}:-?\d+\s*$|^\s+(?:Caused by: )?[\w$.]{0,200}\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\.java:-?\d+\s*$/;
var GRADLE = {
  id: "gradle",
  markers: [
    // Gradle prints a test's output before its result line, under `X > y STANDARD_OUT` when shown.
    { event: "run", pattern: /^(?<name>[\w.$]{1,300} > [^\n]{1,400}) STANDARD_(?:OUT|ERROR)$/ },
    { event: "pass", pattern: /^(?<name>[\w.$]{1,300} > [^\n]{1,400}) (?:PASSED|SKIPPED)$/, afterOutput: true },
    { event: "start", pattern: /^(?<name>[\w.$]{1,300} > [^\n]{1,400}) FAILED$/, afterOutput: true },
    { event: "end", pattern: /^\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/ }
  ],
  reportedFailures: /^\d+ tests? completed, (\d+) failed/,
  wrapperEcho: WRAPPER_ECHO
};
var CONSOLE_LAUNCHER = {
  id: "junit-console",
  markers: [
    { event: "details", pattern: /^Failures \(\d{1,6}\):$/ },
    { event: "start", pattern: /^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\n]{1,500})$/ },
    { event: "end", pattern: /^Test run finished after \d{1,9} ms$|^\[\s{1,20}\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\s{0,20}\]$/ }
  ],
  reportedFailures: /^\[\s{1,20}(\d{1,6}) tests failed\s{0,20}\]$/
};
var JUNITCORE = {
  id: "junitcore",
  markers: [
    { event: "details", pattern: /^There (?:was 1 failure|were \d{1,6} failures):$/ },
    { event: "start", pattern: /^(?<key>\d{1,5})\) (?<name>[\w$]{1,300}\([\w.$]{1,300}\)|[a-z][\w$]{0,100}\.[\w$.]{1,300})$/ },
    { event: "end", pattern: /^FAILURES!!!$|^OK \(\d{1,6} tests?\)$|^Tests run: \d{1,6},\s{1,3}Failures: \d{1,6}$/ }
  ],
  reportedFailures: /^Tests run: \d{1,6},\s{1,3}Failures: (\d{1,6})$/,
  namesPhasesAlike: true
};

// src/classify/dialects/javascript.ts
var POKU = {
  id: "poku",
  markers: [
    { event: "run", pattern: /^\s*◌ (?<name>\S[^\n]{0,500})$/ },
    { event: "end", pattern: /^\s*● [^\n]{1,500}? › [\d.]{1,20} ?ms$/ }
  ]
};
var JEST = {
  id: "jest",
  markers: [
    // `● Console` is logging, not a test; the file's PASS/FAIL line and the totals end a unit.
    { event: "quiet", pattern: /^\s{0,6}● Console\s*$|^\s{0,6}console\.(?:log|info|warn|error|debug|trace)\s*$/ },
    // jest-validate's notices on the configuration (`● Validation Warning:`, `● Deprecation Warning:`) fail nothing.
    { event: "quiet", pattern: /^\s{0,6}● (?:Validation|Deprecation) Warning:\s*$/ },
    { event: "end", pattern: /^Test Suites: / },
    // A file's results: jest prints an `afterAll`'s error once for the file, as `Test suite failed to run`.
    // In colour, the badge's padding stays (` FAIL  path`); vitest's ` FAIL  file > test` and `file [ file ]` are not files' lines.
    { event: "end", pattern: /^ ?(?:PASS|FAIL) {1,2}(?![^\n]{0,600}(?: > | \[ ))(?<name>\S[^\n]{0,500}?)(?: \(\d[\d.]{0,12} m?s(?:, [^)]{0,80})?\))?\s*$/, namesFile: true },
    { event: "outside", pattern: /^\s{0,6}● (?<name>Test suite failed to run)\s*$/ },
    { event: "start", pattern: /^\s{0,6}● (?<name>\S[^\n]{0,500})$/ }
  ],
  reportedFailures: /^Tests:\s+(\d{1,6}) failed\b/
};
var VITEST = {
  id: "vitest",
  markers: [
    // ` FAIL  file > suite > test` under `Failed Tests`, separated by `⎯⎯⎯` rules; `stdout | file > test` is logging.
    { event: "start", pattern: /^\s{0,2}FAIL\s{1,3}(?<name>\S[^\n]{0,500}? > [^\n]{1,500})$/ },
    { event: "outside", pattern: /^\s{0,2}FAIL\s{1,3}(?<name>\S{1,500}\.[cm]?[jt]sx? \[[^\n]{1,300}\])$|^⎯{3,} (?<name2>Unhandled (?:Errors?|Rejection)) ⎯{3,}$/ },
    // What a test printed, under the test's own name: logging, and the test's (a refusal its client logged there ties a timeout to it).
    { event: "quiet", pattern: /^(?:stdout|stderr) \| (?<name>\S[^\n]{0,500})$/ },
    // The default reporter's tree of a finished file: `   × math > compares three and four 9ms`, then
    // `     → expected 3 to be 4`, the first line of what `Failed Tests` prints in full under ` FAIL `.
    { event: "quiet", pattern: /^\s{3,8}× \S[^\n]{0,500}? \d+ ?ms$/ },
    // A file's line in that tree (` ❯ file (2 tests | 1 failed) 2017ms`): the logging above it has ended.
    { event: "quiet", pattern: /^\s{0,2}[❯✓×↓] \S[^\n]{0,500}? \(\d{1,6} tests?[| \w]{0,80}\)(?: \d{1,7} ?ms)?$/ },
    { event: "end", pattern: /^\s*⎯{3,} Failed Suites (?<count>\d{1,6}) ⎯{3,}\s*$/, section: "suites" },
    { event: "end", pattern: /^\s*⎯{3,} Failed Tests \d{1,6} ⎯{3,}\s*$|^\s*Test Files\s/, section: "tests" },
    { event: "end", pattern: /^\s*⎯{3,}/ }
  ],
  reportedFailures: /^\s*Tests\s+(\d{1,6}) failed\b/,
  groupsIdenticalFailures: true
};
var AVA = {
  id: "ava",
  markers: [
    { event: "start", pattern: /^\s{0,4}✘ \[fail\]: (?<name>\S[^\n]{0,500})$/ },
    { event: "end", pattern: /^\s{0,4}\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/ }
  ],
  reportedFailures: /^\s{0,4}(\d{1,6}) tests? failed$/
};
var JASMINE = {
  id: "jasmine",
  markers: [
    { event: "end", pattern: /^\d{1,6} specs?, \d{1,6} failures?(?:, \d{1,6} pending specs?)?$|^Finished in [\d.]{1,12} seconds?$/ }
  ],
  reportedFailures: /^\d{1,6} specs?, (\d{1,6}) failures?/
};
var MOCHA = {
  id: "mocha",
  markers: [
    // Inline, `  1) does x` lists a failing test; its details come after `N failing` under the same number.
    // A passing test's line ends whatever came before; what a test prints comes before its line.
    { event: "pass", pattern: /^\s*(?:✓|✔|√) \S/, afterOutput: true },
    { event: "outside", pattern: /^\s{1,8}(?<key>\d{1,5})\) (?<name>[^\n]{0,300}"(?:before all|after all|before each|after each)" hook[^\n]{0,300})$/ },
    // Spec's `  1) does x`, or the list reporter's `  suite does x:   1) suite does x`.
    // minitest's `  1) Error:` / `  1) Failure:` is that runner's, whose details follow the line.
    { event: "listed", pattern: /^\s{1,8}(?:\S[^\n]{0,500}?: {1,8})?(?<key>\d{1,5})\) (?!(?:Error|Failure):$)(?<name>\S[^\n]{0,500})$/, afterOutput: true },
    { event: "details", pattern: /^\s*\d+ failing$/ },
    { event: "end", pattern: /^\s*\d+ (?:passing|pending)\b/ }
  ],
  reportedFailures: /^\s*(\d{1,6}) failing$/
};
var NODE_TEST = {
  id: "node:test",
  markers: [
    { event: "details", pattern: /^\s*✖ failing tests:$/ },
    { event: "pass", pattern: /^\s*✔ |^\s*ok \d+ - /, afterOutput: true },
    // TAP's YAML block after `not ok` ends at `  ...`: what follows is the next test's output.
    { event: "end", pattern: /^ℹ (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \d|^# (?:tests|pass|fail|suites) \d|^ {2}\.\.\.$/ },
    // mocha's CLI prints `✖ ERROR: <error>` when it cannot load or run (a --require, a root hook): no test's line.
    { event: "start", pattern: /^\s*✖ (?!ERROR: )(?<name>\S[^\n]{0,500}?)(?: \([\d.]+m?s\))?$/, afterOutput: true, detailsIndented: true },
    // TAP: `not ok 3 - name`, or without the dash (tape, node-tap's plain form).
    { event: "start", pattern: /^\s*not ok \d+(?: -)? (?<name>[^\n#]{1,500}?)(?: # [^\n]{0,200})?$/, afterOutput: true }
  ],
  reportedFailures: /^ℹ fail (\d{1,6})$|^# fail (\d{1,6})$/,
  uninformative: /^\s*(?:error: '(?:test failed|\d+ subtests? failed)'|failureType: '\w+'|code: 'ERR_TEST_FAILURE')\s*$/
};
var BUN = {
  id: "bun",
  markers: [
    { event: "start", pattern: /^\(fail\) (?<name>\S[^\n]{0,500}?)(?: \[[\d.]{1,12} ?m?s\])?$/, afterOutput: true, closes: true },
    // An error no test owns (a test file that fails to load, a rejection after its test ended),
    // between `-------------------------------` rules: outside any test, never the next test's output.
    { event: "outside", pattern: /^# (?<name>Unhandled error between tests)$/ },
    { event: "pass", pattern: /^\((?:pass|skip|todo)\) \S/, afterOutput: true },
    { event: "note", pattern: /^\s{0,8}\^ this test timed out after \d{1,9} ?ms\.?$/ },
    { event: "end", pattern: /^ \d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\(\) calls)\b|^Ran \d{1,6} tests? across \d{1,6} files?\./ }
  ],
  reportedFailures: /^ (\d{1,6}) fail$/
};
var DENO = {
  id: "deno",
  markers: [
    { event: "details", pattern: /^\s{0,2}ERRORS\s{0,2}$/ },
    { event: "end", pattern: /^\s{0,2}FAILURES\s{0,2}$|^(?:FAILED|ok) \| \d{1,6} passed\b/ },
    // What a test prints while it runs is its output; its error is under ERRORS. deno ends the
    // line with the test's duration: cargo's `test x ... FAILED` (no duration) is cargo's, and
    // what follows it (a test binary aborting) is no test's output.
    { event: "quiet", pattern: /^\s{0,40}\S[^\n]{0,500}? \.\.\. FAILED(?: \(due to [^()\n]{1,200}\))? \([\d.]{1,12} ?[mµn]?s\)$/, contains: " ... FAILED" },
    { event: "quiet", pattern: /^Uncaught error from \S{1,300} FAILED$/ },
    { event: "pass", pattern: /^\s{0,40}\S[^\n]{0,500}? \.\.\. (?:ok|ignored) \([\d.]{1,12} ?(?:[mµn]?s)\)$/, contains: " ... " },
    { event: "outside", pattern: /^(?<name>\S{1,300}) \(uncaught error\)$/, contains: " (uncaught error)" },
    { event: "start", pattern: /^(?<name>\S[^\n]{0,500}?) => (?:\.{1,2}\/|file:\/\/\/?|\/)\S{0,300}?:\d{1,6}:\d{1,6}$/, contains: " => " }
  ],
  reportedFailures: /^FAILED \| \d{1,6} passed(?: \(\d{1,6} steps?\))? \| (\d{1,6}) failed/,
  uninformative: /^error: Test failed$/
};
var PLAYWRIGHT = {
  id: "playwright",
  markers: [
    { event: "start", pattern: /^\s{0,4}\d{1,5}\) (?<name>(?:\[[^\]\n]{1,100}\] › )?\S{1,300}:\d{1,6}:\d{1,6} › [^\n]{1,500}?) ─{3,}\s*$/ },
    // A failed test's progress line: its error comes later, numbered. What follows it belongs to no
    // test it names (the next tests' output, a global teardown's error): judged outside any test.
    { event: "end", pattern: /^\s{0,4}(?:✘|×|✗)\s{1,3}\d{1,6} (?:\[[^\]\n]{1,100}\] › )?\S{1,300}:\d{1,6}:\d{1,6} › / },
    { event: "pass", pattern: /^\s{0,4}(?:✓|✔|-)\s{1,3}\d{1,6} (?:\[[^\]\n]{1,100}\] › )?\S{1,300}:\d{1,6}:\d{1,6} › / },
    { event: "end", pattern: /^\s{0,4}\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \([\d.]{1,12}m?s\))?$/ }
  ],
  reportedFailures: /^\s{0,4}(\d{1,6}) failed$/
};
var JAPA = {
  id: "japa",
  markers: [
    { event: "outside", pattern: /^❯ (?<name>\S[^\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/ },
    { event: "start", pattern: /^❯ (?<name>\S[^\n]{0,300}? \/ [^\n]{1,300}?)$/, keyFromName: (name) => `node:test:${name.split(" / ").pop() ?? name}` },
    { event: "end", pattern: /^\[\d{1,6}\/\d{1,6}\]─|^\s?FAILED\s?$|^Tests\s{1,4}\d{1,6} (?:passed|failed)\b/ }
  ],
  reportedFailures: /^Tests\s{1,4}(?:\d{1,6} passed, )?(\d{1,6}) failed/
};

// src/classify/dialects/python.ts
var PYTEST = {
  id: "pytest",
  markers: [
    // `____ ERROR at setup of test_x ____`, `____ ERROR collecting tests/x.py ____`: failures outside the test body.
    { event: "outside", pattern: /^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\S[^\n]{0,400}?) _{1,80}$/ },
    // pytest centres the name between underscores: one each side when the name is long.
    { event: "start", pattern: /^_{1,80} (?<name>[\w.[\]:/-][^\n]{0,400}?) _{1,80}$/ },
    // The short summary, one line a test (`-rA`, `--tb=no`): `FAILED tests/a.py::Cls::test_x - Reason`.
    // The key matches the `____ Cls.test_x ____` header, so a test with both is one unit.
    { event: "start", pattern: /^(?:FAILED|ERROR) (?<path>[^\s:]{1,300})::(?<name>[^\s]{1,400}?)(?: - (?<reason>[^\n]{0,2000}))?$/, keyFromName: (name) => `pytest:${name.replace(/::/g, ".")}` },
    { event: "outside", pattern: /^ERROR (?<name>[^\s:]{1,300}\.py)(?: - (?<reason>[^\n]{0,2000}))?$/ },
    { event: "passes", pattern: /^={3,} PASSES ={3,}$/ },
    // `=== RUN` (go) is not a pytest section rule.
    { event: "end", pattern: /^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\b)|$)/ }
  ],
  // `= 1 failed, 3 passed, 2 errors in 0.4s =`: a setup's or teardown's error is counted apart from its test's failure.
  reportedFailures: /^=+ (?:[^\n]{0,200}?, )??(?:(\d{1,6}) failed\b(?:, [^\n]{0,200}?\b(\d{1,6}) errors?\b)?|(\d{1,6}) errors?\b)/,
  countsPhases: true
};
var UNITTEST = {
  id: "unittest",
  markers: [
    // `FAIL: test_x (pkg.module.Class.test_x)`; a module that failed to import is named dotted.
    { event: "start", pattern: /^(?:ERROR|FAIL): (?<name>[\w.]{1,300} \([\w.]+\)[^\n]{0,200})$/ },
    // Python 3.11+: `ERROR: test_x (pkg.Class.test_x)`; nose: `ERROR: Failure: ImportError (No module named x)`.
    { event: "outside", pattern: /^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\n]{0,300})$/ },
    { event: "end", pattern: /^Ran \d+ tests? in / },
    // An unexpected success fails the run and gets no block of its own: a failure nothing explains.
    { event: "outside", pattern: /^FAILED \([^)\n]{0,100}?(?<name>unexpected successes=\d{1,6})/ }
  ],
  reportedFailures: /^FAILED \((?:failures=(\d{1,6})(?:, errors=(\d{1,6}))?|errors=(\d{1,6}))/,
  repeatsAreFailures: true,
  namesPhasesAlike: true
};

// src/classify/dialects/ruby.ts
var RSPEC = {
  id: "rspec",
  markers: [
    // Under `Failures:`, `  1) User does x`; `An error occurred while loading ./spec/x_spec.rb.` is outside any example.
    { event: "outside", pattern: /^An error occurred (?:while loading (?<name>\S{1,300})|(?<name2>in an? `(?:before|after)\(:(?:suite|context|all)\)` hook))/ },
    // An example with errors in its hooks too: `Got 0 failures and 2 other errors:`, then `1.1)`, `1.2)`.
    { event: "phases", pattern: /^\s{1,12}Got \d{1,6} failures? and \d{1,6} other errors?:$/ },
    // Pending examples are numbered like failures: none of them failed.
    { event: "passes", pattern: /^Pending: / },
    { event: "details", pattern: /^Failures:$/ },
    { event: "listed", pattern: /^\s{1,8}(?<key>\d{1,5})\) (?<name>\S[^\n]{0,500})$/ },
    { event: "end", pattern: /^Finished in |^Failed examples:|^\d+ examples?, / }
  ],
  reportedFailures: /^\d+ examples?, (\d{1,6}) failures?/,
  // The spec file an example or a hook's error was raised in: its first frame there.
  unitFile: /^\s{0,20}# (\.\/\S{1,300}_spec\.rb):\d{1,6}:in /,
  // An example's description, however it reads (`raises ArgumentError`): the rerun list under
  // `Failed examples:` and the documentation formatter's `(FAILED - 3)` lines.
  uninformative: /^rspec \S{1,300}(?::\d{1,6}|\[[\d:,]{1,100}\]) # |\(FAILED - \d{1,6}\)\s*$/
};
var MINITEST = {
  id: "minitest",
  markers: [
    // `  1) Failure:` / `  2) Error:` then `TestUser#test_x [test/user_test.rb:12]:` on the next line.
    { event: "start", pattern: /^\s{0,4}(?<key>\d{1,5})\) (?<name>Failure):$/, asserts: true, namedBelow: true },
    { event: "start", pattern: /^\s{0,4}(?<key>\d{1,5})\) (?<name>Error):$/, namedBelow: true },
    // A second error of the same test, unnumbered (its teardown's, after the test's own): its phases.
    { event: "phases", pattern: /^Error:$/ },
    { event: "end", pattern: /^\d+ runs, \d+ assertions, / }
  ],
  reportedFailures: /^\d+ runs, \d+ assertions, (\d{1,6}) failures(?:, (\d{1,6}) errors)?/
};
var TEST_UNIT = {
  id: "test-unit",
  markers: [
    { event: "start", pattern: /^Failure: (?<name>\w[^\n(]{0,300}\([\w:]{1,200}\))(?::|$| \[)/, asserts: true },
    { event: "start", pattern: /^Error: (?<name>\w[^\n(]{0,300}\([\w:]{1,200}\)): (?<reason>\S[^\n]{0,2000})$/ },
    { event: "end", pattern: /^={40,}$|^\d+ tests, \d+ assertions, / }
  ],
  reportedFailures: /^\d+ tests, \d+ assertions, (\d{1,6}) failures(?:, (\d{1,6}) errors)?/
};

// src/classify/dialects/elixir.ts
var EXUNIT = {
  id: "exunit",
  markers: [
    { event: "start", pattern: /^\s{2}(?<key>\d{1,5})\) (?<name>(?:test|doctest|property) [^\n]{1,500}? \([A-Z][\w.]{0,200}\))$/ },
    // A module's setup_all failed: every test of the module failed outside any test.
    { event: "outside", pattern: /^\s{2}(?<key>\d{1,5})\) (?<name>[A-Z][\w.]{0,200}: failure on setup_all callback[^\n]{0,200})$/ },
    { event: "end", pattern: /^Finished in [\d.]+ seconds?/ }
  ],
  reportedFailures: /^\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\n]{0,200}?, (\d{1,6}) failures?\b/
};

// src/classify/dialects/php.ts
var PHPUNIT = {
  id: "phpunit",
  markers: [
    { event: "details", pattern: /^There (?:was|were) \d{1,6} (?:errors?|failures?):$/ },
    // Numbering restarts in each section: a test is known by its name, each data set apart (PHPUnit counts each).
    { event: "start", pattern: /^\d{1,6}\) (?<name>[\w\\]{1,300}::\w{1,300}(?: with data set [^\n]{1,300})?)$/, keyFromName: (name) => `phpunit:${name}` },
    // `There were 295 skipped tests:` numbers tests that did not fail (their reasons may read like failures).
    // Risky tests and warnings fail a run that sets failOnRisky/failOnWarning: their entries stay units.
    { event: "passes", pattern: /^There (?:was|were) \d{1,6} (?:skipped tests?|incomplete tests?):$/ },
    { event: "details", pattern: /^There (?:was|were) \d{1,6} (?:warnings?|risky tests?):$/ },
    { event: "end", pattern: /^(?:FAILURES|ERRORS)!$|^Tests: \d{1,9}, Assertions: \d{1,9}|^OK \(\d{1,9} tests?/ }
  ],
  reportedFailures: /^Tests: \d{1,9}, Assertions: \d{1,9}, (?:Errors: (\d{1,6})(?:, Failures: (\d{1,6}))?|Failures: (\d{1,6}))/
};
var TESTDOX = {
  id: "phpunit",
  markers: [
    { event: "start", pattern: /^\s{1,8}✘ (?<name>\S[^\n]{0,500}?)(?: \[[\d.]{1,12} ?m?s\])?$/ },
    // A risky test (☢) or one with a warning (⚠) fails a run that sets failOnRisky/failOnWarning: a unit no rule explains.
    { event: "start", pattern: /^\s{1,8}(?:☢|⚠) (?<name>\S[^\n]{0,500}?)(?: \[[\d.]{1,12} ?m?s\])?$/ },
    { event: "pass", pattern: /^\s{1,8}[✔↩] \S/ }
  ]
};
var PHPT = {
  id: "phpt",
  markers: [
    { event: "start", pattern: /^FAIL (?<name>[^\n]{0,400}? \[[^\]\n]{1,300}\.phpt\])\s*$/, afterOutput: true },
    // BORK: the .phpt file itself is broken (a misspelled section): a failure no rule explains.
    { event: "start", pattern: /^BORK (?<name>[^\n]{0,400}\[[^\]\n]{1,300}\.phpt\])/, afterOutput: true },
    { event: "pass", pattern: /^(?:PASS|SKIP|XFAIL) [^\n]{0,500}\[[^\]\n]{1,300}\.phpt\]/, afterOutput: true },
    // The closing list repeats each failure's title (`Upgrade: AMQPConnectionException: ... [tests/x.phpt]`): names, not events.
    { event: "quiet", pattern: /^FAILED TEST SUMMARY$/ },
    { event: "end", pattern: /^Tests failed\s{0,20}:|^TEST RESULT SUMMARY$/ }
  ],
  reportedFailures: /^Tests (?:failed|borked)\s{0,20}:\s{0,20}(\d{1,6})/,
  // What the test printed (`002+ text`) and what it should have (`002- text`) are output it compares: data.
  uninformative: /^\d{3}[+-] /
};
var COLLISION = {
  id: "collision",
  markers: [
    { event: "start", pattern: /^\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\s{1,4}(?<name>\S[^\n>]{0,300} > [^\n]{1,500}?)(?:\s{2,}[A-Z]\w{0,100})?\s*$/ },
    { event: "start", pattern: /^\s{0,4}• (?<name>[\w\\]{1,300} > [^\n]{1,500}?)\s*$/ },
    // The rule between failures ends the one above it.
    { event: "end", pattern: /^\s{0,4}─{20,}\s*$|^\s{0,4}Tests:\s{2,10}\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\b/ }
  ],
  reportedFailures: /^\s{0,4}Tests:\s{2,10}(?:[^\n]{0,200}?, )?(\d{1,6}) failed\b/
};

// src/classify/dialects/index.ts
var DIALECTS = [PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, PLAYWRIGHT, MOCHA, NODE_TEST, DENO, JAPA, GOCHECK, GO, CONSOLE_LAUNCHER, JUNITCORE, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, COLLISION, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 244\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,46,48,139,204,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,396,398,399,400,401,402,403,404,407,408,409,411],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,35,94,9472,10003,10004,8730,10006,8505,10095,9762,9888,8226,43,9654,65123,36],"words":8,"quiet":11457,"states":12891,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAAA1RQYABgAAAGseAgAHAAAA/fIGAAgAAADs6AEACQAAAL2LAAAKAAAAAUcAAAsAAAC+mggADAAAAO2QAAANAAAAqxcAAA4AAAAtdQEADwAAACKtAAAQAAAA7yUAABEAAAB4ggEAEgAAABQJAAATAAAA9NsBABQAAACeEwsAFQAAAP4JAgAWAAAAShIBABcAAACY9AEAGAAAAJ0LAgAZAAAA//0BABoAAABXFQIAGwAAAEyZAgAcAAAA+9MCAB0AAAAAAAAAHgAAAHyrDAAfAAAAkAgBACAAAADQPwIAIQAAAAAAAAAiAAAAqsIBACMAAACS8AAAJAAAAE8UBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAARaEBACkAAADOsQEAKgAAAAYYCgArAAAAQOoLACwAAAAAAAAALQAAAA7wAQAuAAAAAAAAAC8AAABaRAIAMAAAAKLIAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAADX/woAPAAAADcKCwA9AAAA3QMMAD4AAAAAAAAAPwAAAIMEDABAAAAAAAAAAEEAAACVJQwAQgAAAHIqDABDAAAATy8MAEQAAABOOwwARQAAAL4kDQBGAAAABl0MAEcAAABZXQwASAAAAKxdDABJAAAA1G8MAEoAAAC4cwwASwAAABWiDABMAAAAjh8NAE0AAADhHw0ATgAAAGskDQBPAAAA9sINAFAAAAA7GA4AUQAAAI4YDgBSAAAA4RgOAFUAAACmAAAAVgAAAKLBAwBYAAAAmQoJAFkAAAAIPwEAXAAAAE2bAABeAAAAT5cJAF8AAAAS6QcAZwAAADUOAgBqAAAAGL0DAHAAAAChPAAAqQAAAPkAAACzAAAAnvgCALUAAABxRAoA/AAAAJOCDgBRAQAAnwEAAKUBAADyAQAA+QEAAEUCAABNAgAAmAIAAJoCAADrAgAA9AIAAD4DAABIAwAAkQMAAJwDAADkAwAA8AMAADcEAABEBAAAigQAAJQEAADdBAAA6wQAADAFAAA/BQAAgwUAAIUFAADWBQAA4AUAACkGAAA3BgAAfAYAAIEGAADPBgAA3AYAACIHAAAqBwAAdQcAAIUHAADIBwAAygcAABsIAAApCAAAbggAAH8IAADmgg4AyAgAADmDDgAWCQAAiWIMABwJAABnCQAAKQkAAK1fCgAtCQAA/10MADAJAAA/BAoAbgkAALoJAAB0CQAAL3EKAL8JAAANCgAAGQoAAGAKAABjCgAAswoAALsKAAAGCwAAEwsAAFkLAABeCwAArAsAALYLAAD/CwAABwwAAFIMAABeDAAApQwAAGEMAABmBwIAuAwAAPgMAAAGDQAASw0AAE4NAACeDQAAqA0AAIyDDgDzDQAAJ3EAAPQNAADkogEA9g0AAEQOAAD6DQAAQEQLAPsNAAAEaAIA/A0AAOMBAgD9DQAA1B0AAP4NAABiRAwA/w0AALB6AQAADgAAqS8AAAIOAABwLgMABQ4AALi5AgAODgAA1aIDABEOAABpQwwASg4AAJcOAABTDgAAUicIAJ0OAADqDgAA/g4AAD0PAABSDwAAkA8AAJgPAADjDwAA7Q8AADYQAAA7EAAAiRAAAI4QAADcEAAA5BAAAC8RAABFEQAAghEAAIQRAADVEQAA4hEAACgSAAA8EgAAexIAAIMSAADOEgAA3RIAACETAAAyEwAAdBMAAIITAADHEwAA0xMAABoUAAAnFAAAbRQAAHcUAADAFAAAwxQAABMVAAAbFQAAZhUAAGgVAAC5FQAAyhUAAAwWAAASFgAAXxYAAGsWAACyFgAAtBYAAAUXAAAMFwAAWBcAAGwXAADfgw4ArBcAAFpDDgCtFwAAYysCALAXAAD+FwAAtBcAAN/eAQC5FwAAOh4DAAAYAABXyQAAARgAAE6xBwAFGAAARMgJAAYYAABRGAAACBgAAHc7AQAJGAAARXcHAAsYAACshwYADRgAAFumCgAPGAAAT1kGABQYAACMMQIAFxgAAHr0BQBSGAAApBgAAFQYAAD7vgUAVxgAAG3HCgC7GAAA9xgAAA8ZAABKGQAAVRkAAJ0ZAAC2GQAA8BkAAPIZAABDGgAAXRoAAJYaAAClGgAA6RoAAO4aAAA8GwAASRsAAI8bAACfGwAA4hsAAOobAAA1HAAAQRwAAIgcAACVHAAA2xwAAOUcAAAuHQAANB0AAIEdAACVHQAAMoQOANodAAAnHgAA3h0AADH4CwDrHQAA/dYKAEIeAAB6HgAAhh4AAM0eAADTHgAAIB8AACMfAAAbiwUAKB8AAHMfAAB2HwAAh6sFAHofAADGHwAAfh8AAJiMBACBHwAA7m8DAMsfAAAZIAAAJSAAAGwgAABvIAAAvyAAAMcgAAASIQAAHyEAAGUhAABqIQAAuCEAAMIhAAALIgAAEyIAAF4iAABhIgAAsSIAALoiAAAEIwAABSMAAFcjAABYIwAAqiMAAK8jAAD9IwAAAyQAAFAkAABaJAAAoyQAAKskAAD2JAAA+SQAAEklAABMJQAAnCUAAK0lAACFhA4A8SUAAAaqAQD0JQAA3BYLAPglAAAl1A0A+yUAAEImAAD9JQAA+g8IAFomAACVJgAAmCYAAOgmAAD0JgAAOycAAEgnAACOJwAAlScAAOEnAADjJwAANCgAAD0oAACHKAAAkSgAANooAADlKAAALSkAAEkpAACAKQAAiCkAANiEDgDYKQAAJioAAC4qAAB5KgAAeioAAMwqAADOKgAAHysAACIrAAByKwAAdSsAACuFDgDKKwAAGCwAAB4sAABrLAAAciwAAL4sAADGLAAAES0AABQtAABkLQAAbS0AALctAAC4LQAACi4AAAsuAABdLgAAbi4AALAuAAC+LgAAAy8AAA8vAABWLwAAXS8AAH6FDgCvLwAA/C8AAP4vAABPMAAAZTAAAKIwAACqMAAA9TAAAPcwAABIMQAAUTEAAJsxAAClMQAA7jEAAPkxAABBMgAATTIAAJQyAAChMgAA5zIAAPEyAAA6MwAASDMAAI0zAACcMwAA4DMAAOIzAAAzNAAAPTQAAIY0AACUNAAA2TQAAN40AAAsNQAAOTUAAH81AACHNQAA0jUAANg1AAAlNgAAMTYAAHg2AACVNgAAyzYAANQ2AAAeNwAALDcAAHE3AAB3NwAAxDcAANA3AAAXOAAAGjgAAGo4AAByOAAAvTgAAM44AAAQOQAAHjkAAGM5AAB8OQAAtjkAALc5AAAJOgAAJjoAANGFDgBhOgAArzoAALU6AAACOwAACjsAAFU7AABeOwAAqDsAAKs7AAD7OwAABzwAAE48AABUPAAAd4YOAL08AAD0PAAA/DwAAMqGDgBKPQAAmj0AAKs9AADtPQAA9T0AAEA+AABOPgAAkz4AAJY+AADmPgAA7j4AADk/AABGPwAAjD8AAJE/AADfPwAA6T8AADJAAAA6QAAAhUAAAJFAAADYQAAA5UAAACtBAAAtQQAAfkEAAJdBAADRQQAA4kEAACRCAAAwQgAAd0IAAH5CAADKQgAA0kIAAB1DAAAiQwAAcEMAAH1DAADDQwAAy0MAABZEAAAgRAAAaUQAAHREAAC8RAAAyEQAAA9FAAAXRQAAHYcOAG5FAAC1RQAAu0UAAAhGAAAjRgAAW0YAAGdGAACuRgAAtEYAAHCHDgAGRwAAJhwCAAdHAAD1ugQACEcAALPZBgAMRwAAVEcAAA1HAACKvgkAD0cAACZaBQAVRwAAOiUCAGBHAACnRwAArUcAAIEVDQCvRwAAw4cOAAZIAABNSAAAU0gAAKBIAAC7SAAA80gAAP9IAABGSQAATEkAAJlJAAChSQAA7EkAAPJJAAA/SgAAS0oAAJJKAACvSgAA5UoAAO5KAAA4SwAAREsAAItLAACOSwAA3ksAAOhLAAAxTAAAPUwAAIRMAACLTAAA10wAAN9MAAAqTQAAK00AAP9eAAAtTQAAfU0AAIxNAADQTQAA1k0AACNOAAAlTgAAdk4AAIxOAADJTgAA504AABxPAAA1TwAAb08AAHFPAADCTwAAxU8AABVQAAAhUAAAaFAAAG9QAAC7UAAAw1AAAA5RAAAQUQAAYVEAAGpRAAC0UQAAvlEAAAdSAAASUgAAWlIAAGZSAACtUgAAulIAAABTAAAKUwAAU1MAAGFTAACmUwAAtVMAAPlTAAD7UwAATFQAAFZUAACfVAAArVQAAPJUAAD3VAAARVUAAFJVAACYVQAArVUAAOtVAADzVQAAPlYAAFdWAACRVgAAmlYAAORWAADuVgAAN1cAAD9XAACKVwAAl1cAAN1XAADiVwAAMFgAADhYAACDWAAAhFgAANZYAADYWAAAKVkAACxZAAB8WQAAf1kAABaIDgDUWQAAIloAAChaAAB1WgAAfFoAAMhaAADQWgAAG1sAAB9bAABuWwAAcFsAAMFbAADEWwAAFFwAABxcAABnXAAAaFwAALpcAADAXAAADV0AABJdAABgXQAAe10AALNdAADBXQAABl4AAA1eAABZXgAAZV4AAKxeAACzXgAAaYgOAAFfAABSXwAAVV8AAKVfAACoXwAAvIgOAP1fAABLYAAAUWAAAJ5gAAClYAAA8WAAAA9hAABEYQAAXWEAAJdhAACZYQAA6mEAAO1hAAA9YgAASWIAAJBiAACXYgAA42IAAOtiAAA2YwAAOGMAAIljAACSYwAA3GMAAOZjAAAvZAAAOmQAAIJkAACOZAAA1WQAAOJkAAAoZQAAMmUAAHtlAACJZQAAzmUAAN1lAAAhZgAAI2YAAHRmAAB+ZgAAx2YAANVmAAAaZwAAH2cAAG1nAAB6ZwAAwGcAANVnAAATaAAAG2gAAGZoAAB/aAAAuWgAAMJoAAAMaQAAFmkAAF9pAABnaQAAsmkAAL9pAAAFagAACmoAAFhqAABgagAAq2oAAKxqAAD+agAAAGsAAFFrAABUawAApGsAAKdrAAAPiQ4A/GsAAEpsAABQbAAAnWwAAKRsAADwbAAA+GwAAENtAABHbQAAlm0AAJhtAADpbQAA7G0AADxuAABEbgAAj24AAJBuAADibgAA6G4AADVvAAA6bwAAiG8AAKNvAADbbwAA6W8AAC5wAAA1cAAAgXAAAI1wAADUcAAA23AAAGKJDgAqcQAAenEAAItxAADNcQAA1XEAADKMAQDpcQAAIHIAAChyAAC1iQ4AgnIAAMZyAADMcgAAGXMAABtzAABscwAAgnMAAL9zAADdcwAAEnQAABV0AABldAAAcXQAALh0AAC+dAAAC3UAACZ1AABedQAAanUAALF1AAC3dQAABHYAACJ2AABXdgAAZ3YAAKp2AAC4dgAA/XYAAAN3AABQdwAAU3cAAKN3AACtdwAA9ncAABR4AABJeAAAX3gAAJx4AACoeAAA73gAAPJ4AABCeQAARXkAAJV5AACXeQAA6HkAAP95AAA7egAAR3oAAI56AACqegAA4XoAAOl6AAAIig4ARXsAAId7AACVewAA2nsAAOZ7AAAtfAAAOnwAAIB8AACKfAAA03wAANt8AAAmfQAAJ30AAHl9AAB7fQAAzH0AAM99AAAffgAAIn4AAFuKDgB3fgAAxX4AAMt+AAAYfwAAH38AAGt/AABzfwAAvn8AANR/AAARgAAAGoAAAGSAAABngAAAt4AAAMGAAAAKgQAAEoEAAF2BAAB2gQAAsIEAALyBAAADggAAC4IAAK6KDgBeggAAqYIAAKyCAAD8ggAABoMAAE+DAABVgwAAooMAALCDAAD1gwAAAoQAAEiEAABfhAAAAYsOAJyEAABZVg0AnoQAAHWmAQChhAAAWVACAKKEAABvywYAo4QAABKkBQCkhAAAiMIAAKWEAACoLQIAqIQAANksDQCqhAAA7oQAAKyEAAAFjAcAsYQAAOXNBQCyhAAAT9wLAPiEAABoawgA/YQAAEGFAABNhQAAlIUAAJWFAABigwMAl4UAAOeFAADqhQAAOoYAAEGGAADZgAEAQoYAAI2GAABShgAA/CgBAJSGAADghgAA7IYAADOHAABAhwAAhocAAJSHAADZhwAA5YcAACyIAAAziAAAf4gAAIeIAADSiAAA4ogAACWJAAAqiQAAeIkAAH6JAADLiQAA04kAAB6KAAAnigAAcYoAAHSKAADEigAA0IoAABeLAAAdiwAAVIsOAImLAACniw4AyosAABCMAAASjAAAN/0AABOMAAARcgIAF4wAADecAgAbjAAA0AALAByMAACVxQEAH4wAAKf6CgApjAAAikkCADCMAABjjAAAcIwAALaMAAC7jAAACY0AAA2NAABcjQAAaY0AAK+NAAC3jQAAAo4AALqNAADKqQkACY4AAFWOAABXjgAAqI4AALKOAAD7jgAA/Y4AAE6PAABnjwAAoY8AAKOPAAD0jwAA948AAEeQAABTkAAAmpAAAKKQAAD6iw4A85AAAECRAAD1kAAAyTEQAPyQAAD/4QUA/pAAADY5BgAAkQAArUsBAAmRAABlzQsARpEAAJrjAABYkQAAk5EAAJWRAADmkQAAoJEAAACmAACskQAAvJcAAPWRAAA5kgAASJIAAIySAACYkgAA35IAAOKSAAAykwAANZMAAIWTAACdkwAA2JMAAN+TAAArlAAAN5QAAH6UAACLlAAA0ZQAAN+UAAAklQAAMJUAAHeVAAB+lQAAypUAAOKVAAAdlgAAKZYAAHCWAAB2lgAAw5YAAMmWAAAWlwAAG5cAAGmXAABvlwAAoIwOAL6XAAAPmAAAFpgAAGKYAAB6mAAAtZgAALyYAAAImQAAIZkAAFuZAABzmQAArpkAALqZAAABmgAAB5oAAFSaAABamgAAp5oAAKyaAAD6mgAAAJsAAPOMDgBmmwAAoJsAALGbAADzmwAAAZwAAEacAABVnAAAmZwAAKGcAADsnAAADJ0AAD+dAABLnQAAkp0AAKadAADlnQAA7Z0AADieAAA+ngAAi54AAJeeAADengAA6J4AADGfAAA3nwAAhJ8AAJKfAADXnwAA458AACqgAABFoAAAfaAAAH+gAADQoAAA4aAAACOhAAAroQAAdqEAAIShAADJoQAAzKEAAByiAAAkogAAb6IAAHyiAADCogAAx6IAABWjAAAfowAAaKMAAHCjAAC7owAAvaMAAA6kAAAfpAAAYaQAAHKkAAC0pAAAuaQAAAelAAALpQAAWqUAAGalAACtpQAAtKUAAEaNDgAFpgAAU6YAAF2mAACmpgAAvqYAAPmmAAD8pgAATKcAAFWnAACfpwAAoKcAAPKnAADzpwAARagAAEqoAACYqAAAnqgAAOuoAAD1qAAAPqkAAEqpAACRqQAAmKkAAOSpAAD8qQAAN6oAADmqAACKqgAAk6oAAN2qAADnqgAAMKsAADurAACDqwAAm6sAANarAADsqwAAKawAAC6sAAB8rAAAg6wAAM+sAADbrAAAmY0OACStAAB8ngIAJ60AAPC4AQArrQAAhrcFAC2tAACqRQcAM60AAHWtAAB3rQAAE1oCAIOtAADIrQAA1K0AABuuAADXrQAA7L4HACiuAABurgAAeK4AAMGuAADCrgAAyjMOAMmuAAAUrwAAG68AAGevAAAvrwAARpUBAGyvAAC6rwAAxq8AAA2wAAAQsAAAYLAAAGiwAACzsAAAwLAAAAaxAAALsQAAWbEAAGOxAACssQAAtLEAAP+xAAACsgAAUrIAAFuyAAClsgAAprIAAPiyAAD5sgAAS7MAAFCzAACeswAApLMAAPGzAAD7swAARLQAAEy0AACXtAAAmbQAAOq0AADztAAAPbUAAEe1AACQtQAAm7UAAOO1AADvtQAANrYAAEO2AACJtgAAk7YAANy2AADqtgAAL7cAAD63AACCtwAAhLcAANW3AADftwAAKLgAADa4AAB7uAAAgLgAAM64AADbuAAAIbkAACm5AAB0uQAAdbkAAMe5AADNuQAAGroAAB+6AABtugAAd7oAAMC6AADFugAAE7sAACK7AABmuwAAa7sAALm7AADKuwAADLwAABS8AABfvAAAZbwAALK8AAC+vAAABb0AACK9AABYvQAAYb0AAKu9AAC3vQAA/r0AAAG+AABRvgAAW74AAKS+AACwvgAA974AAP6+AABKvwAAUr8AAJ2/AAC2vwAA8L8AAATAAABDwAAAS8AAAJbAAACZwAAA6cAAAPXAAAA8wQAAQsEAAI/BAACqwQAA4sEAAO7BAAA1wgAAO8IAAOyNDgCSwgAA28IAAObCAAAuwwAANsMAAF3UAAA6wwAAgcMAAI7DAADUwwAA3sMAACfEAAA1xAAAesQAAInEAADNxAAAz8QAACDFAAAqxQAAc8UAAIHFAADGxQAAy8UAABnGAAAmxgAAbMYAAHTGAAC/xgAAwMYAABLHAADDxgAAq2MBAM/GAAChiAEAI8cAAGXHAABuxwAAuMcAAM/HAAALyAAAGcgAAF7IAABryAAAscgAALnIAAAEyQAAI8kAAD+ODgBgyQAAqskAALTJAAD9yQAACMoAAJKODgBSygAAo8oAAKzKAAD2ygAAAMsAAEnLAABUywAAnMsAAKjLAADvywAA/MsAAELMAABMzAAAlcwAAKPMAADozAAA98wAADvNAAA9zQAAjs0AAJjNAADhzQAA780AADTOAAA5zgAAh84AAJTOAADazgAA4s4AAC3PAAAzzwAAgM8AAIzPAADTzwAA8M8AACbQAAAv0AAAedAAAIfQAADM0AAA0tAAAB/RAAAr0QAActEAAHnRAADljg4Ax9EAAFgJAgDL0QAAGNIAAB3SAABr0gAAJtIAAHcmBAB40gAAvtIAANXSAAAR0wAAEtMAAGTTAABm0wAAt9MAALrTAAAK1AAADdQAADiPDgB+1AAAsNQAALHUAAAD1QAABdUAAFbVAABZ1QAAqdUAAKzVAACLjw4AAdYAAE/WAABV1gAAotYAAKnWAAD11gAAF9cAAEjXAABQ1wAAm9cAAKrXAADu1wAA8NcAAEHYAABS2AAAlNgAAKXYAADn2AAA89gAADrZAABB2QAAjdkAAJXZAADg2QAA5NkAADPaAABB2gAAhtoAAJDaAADZ2gAA5NoAACzbAAAx2wAAf9sAAIjbAADS2wAA3NsAACXcAAAt3AAAeNwAAHrcAADL3AAA2NwAAB7dAAAy3QAAcd0AAHndAADE3QAAxd0AABfeAAAZ3gAAat4AAG3eAAC93gAAwN4AAN6PDgAV3wAAY98AAGnfAAC23wAAvd8AAAngAAAR4AAAXOAAAGvgAACv4AAAtOAAAALhAAAP4QAAVeEAAGXhAACo4QAAtuEAAPvhAAAS4gAATuIAAFfiAACh4gAAp+IAAPTiAAAA4wAAR+MAAE7jAAAxkA4An+MAAGy4AgCi4wAA7eMAAKfjAAD18QgA/OMAAEDkAABR5AAAk+QAAKHkAADm5AAA8uQAADnlAABG5QAAjOUAAJblAADf5QAA5+UAADLmAAA15gAAheYAAJHmAADY5gAA5eYAACvnAAA15wAAfucAAIbnAADR5wAA0+cAACToAAAt6AAAd+gAAIHoAADK6AAA1egAAB3pAAAy6QAAcOkAAHjpAADD6QAA3OkAABbqAAAf6gAAaeoAAHPqAAC86gAAxOoAAA/rAAAc6wAAYusAAGfrAAC16wAAvesAAAjsAAAJ7AAAW+wAAF3sAACu7AAAsewAAAHtAAAE7QAAhJAOAFntAACn7QAAre0AAPrtAAAB7gAATe4AAFXuAACg7gAAru4AAPPuAAD27gAARu8AAE7vAACZ7wAAnO8AAOzvAAD47wAAP/AAAEnwAADXkA4Ak/AAAL03DACU8AAA5fAAAJXwAACrHQsAnPAAAAI6DACd8AAAN44EAKHwAADk9QEAovAAAMbSCgC28AAAAtoBAO7wAAA48QAAQvEAAIvxAACW8QAA3vEAAOrxAAAx8gAAPvIAAITyAACO8gAA1/IAAOXyAAAq8wAAOfMAAH3zAAB/8wAA0PMAANrzAAAj9AAAMfQAAHb0AAB79AAAyfQAANb0AAAc9QAALPUAAG/1AABx9QAAwvUAAND1AAAV9gAAJvYAACqRDgBv9gAAfZEOAMP2AADQkQ4AF/cAAGH3AABr9wAAtPcAAL/3AAAH+AAAE/gAAFr4AABn+AAArfgAALf4AAAA+QAADvkAAFP5AABi+QAApvkAAKj5AAD5+QAAA/oAAEz6AABa+gAAn/oAAKT6AADy+gAA//oAAEX7AABN+wAAmPsAAKj7AADr+wAA7fsAAD78AABM/AAAkfwAAKL8AAAjkg4A6/wAAHaSDgBQ/QAAiv0AAJv9AADd/QAA6f0AADD+AAA4/gAAyZIOAIj+AADW/gAA3v4AACn/AAAr/wAAfP8AAC7/AAC1wQYAOP8AAKB/BACF/wAAz/8AAIv/AADaPAkA2f8AACIAAQAtAAEAdQABAIEAAQDIAAEA1QABABsBAQAlAQEAbgEBAHwBAQDBAQEA0AEBABQCAQAWAgEAZwIBAHECAQC6AgEAxgIBAA0DAQAVAwEAHJMOAGMDAQCzAwEAwQMBAAYEAQATBAEAWQQBAHAEAQCsBAEAtAQBAP8EAQAVBQEAUgUBAF4FAQClBQEAtAUBAPgFAQADBgEASwYBAE0GAQCeBgEAqwYBAPEGAQD/BgEARAcBAEcHAQCXBwEArQcBAOoHAQDyBwEAPQgBAE8IAQBvkw4AnQgBALupCwCfCAEA4wgBAOgIAQA2CQEAPQkBAIkJAQCVCQEA3AkBAOkJAQAvCgEAMQoBAIIKAQCYCgEA1QoBAOEKAQAoCwEARwsBAHsLAQCXCwEAzgsBANYLAQDCkw4AIwwBAHQMAQB9DAEAxwwBANEMAQAaDQEAJQ0BAG0NAQB5DQEAwA0BAM0NAQATDgEAHQ4BAGYOAQB0DgEAuQ4BAMgOAQAMDwEADg8BAF8PAQBpDwEAsg8BAMAPAQAFEAEAChABAFgQAQBlEAEAqxABALsQAQD+EAEAABEBAFERAQBfEQEApBEBALURAQAVlA4A/hEBAGiUDgBMEgEAW9AEAE8SAQCdEgEAUxIBAHq9AQBWEgEAXf0GAFgSAQCLlwEAXhIBADxSBACkEgEAxyAKAKoSAQDwEgEABxMBAEMTAQBIEwEAlhMBAJkTAQDpEwEAoBMBAOOSBQCyEwEAQ50FAO4TAQDAlwUA9RMBADwUAQBCFAEAOyABAEsUAQCPFAEAmBQBAOIUAQDoFAEANRUBAEMVAQCIFQEAkhUBANsVAQDvFQEALhYBADoWAQCBFgEAlBYBANQWAQDjFgEAJxcBADMXAQB6FwEAexcBAM0XAQDXFwEAIBgBAC4YAQBzGAEAeBgBAMYYAQDTGAEADpUOACwZAQBsGQEAexkBAL8ZAQDLGQEAEhoBABMaAQBlGgEAbxoBALgaAQDGGgEACxsBABAbAQBeGwEAaxsBAAeWDgCzGwEABBwBAA0cAQBXHAEAYRwBAKocAQC1HAEA/RwBAAkdAQBQHQEAXR0BAKMdAQCtHQEA9h0BAAQeAQBJHgEAWB4BAJweAQCeHgEA7x4BAPkeAQBCHwEAUB8BAJUfAQCiHwEA6B8BAP8fAQBalg4AViABAI4gAQCaIAEA4SABAOcgAQA0IQEAQCEBAIchAQCNIQEA2iEBAOAhAQAtIgEAMiIBAIAiAQCGIgEArZYOANwiAQAmIwEAMCMBAHkjAQCEIwEAzCMBANgjAQAfJAEALCQBAHIkAQB8JAEAxSQBANMkAQAYJQEAJyUBAGslAQBtJQEAviUBAMglAQARJgEAHyYBAGQmAQBpJgEAtyYBAMQmAQAKJwEAEicBAF0nAQBtJwEAsCcBALInAQADKAEAESgBAFYoAQBnKAEAppcOALAoAQD5lw4AAikBAE8pAQBbKQEAoikBALIpAQD1KQEA/ikBAEgqAQBLKgEAmyoBAKcqAQDuKgEA9SoBAEErAQBJKwEAlCsBALIrAQDnKwEA7ysBADosAQBLLAEAjSwBAJIsAQDgLAEA9ywBADMtAQBBLQEAhi0BAJMtAQDZLQEA4S0BACwuAQAwLgEAfy4BAIEuAQDSLgEA1S4BACUvAQAtLwEAeC8BAH4vAQDLLwEA1y8BAB4wAQAuMAEAcTABAHowAQDEMAEAxzABABcxAQAjMQEAajEBAHExAQBMmA4AxjEBABAyAQATMgEAYzIBAHEyAQC2MgEAwzIBAAkzAQAgMwEAXDMBAGQzAQCvMwEAsTMBAAI0AQALNAEAVTQBAF80AQCoNAEAszQBAPs0AQAHNQEATjUBAFs1AQChNQEAqzUBAPQ1AQACNgEARzYBAFY2AQCaNgEAnDYBAO02AQD3NgEAQDcBAE43AQCTNwEAmDcBAOY3AQDzNwEAOTgBAEE4AQCMOAEAojgBAN84AQDrOAEAMjkBAEE5AQCFOQEAkDkBANg5AQDaOQEAKzoBADg6AQB+OgEAjDoBANE6AQDUOgEAJDsBADo7AQCfmA4AfzsBAEQAAgCFOwEANG0CAI87AQDKOwEAzDsBAB08AQAuPAEAcDwBAIE8AQDDPAEAyDwBABY9AQAaPQEAaT0BAHU9AQC8PQEAwz0BAA8+AQAXPgEAYj4BAIA+AQC1PgEAvT4BAPKYDgANPwEAWz8BAFw/AQAcTgwAaj8BAMs8CwB0PwEArj8BALA/AQABQAEAGkABAFRAAQBlQAEAp0ABALNAAQD6QAEA/EABAE1BAQBWQQEAoEEBAFxBAQAjRwEAqkEBAPNBAQD+QQEARkIBAFJCAQCZQgEApkIBAOxCAQD2QgEAP0MBAE1DAQCSQwEAoUMBAOVDAQDnQwEAOEQBAEJEAQCLRAEAmUQBAN5EAQDjRAEAMUUBAD5FAQCERQEAkEUBANdFAQDdRQEAKkYBADBGAQB9RgEAgkYBANBGAQDWRgEARZkOADJHAQB2RwEAgkcBAMlHAQDMRwEAHEgBAB9IAQBvSAEAdkgBAMJIAQDOSAEAFUkBACJJAQBoSQEAdkkBALtJAQDHSQEADkoBABVKAQCYmQ4AZ0oBALRKAQC6SgEAB0sBAAxLAQBaSwEAYEsBAOuZDgCuSwEAi+oBALdLAQBnvAoAuUsBAGRxDgC7SwEAtj8LALxLAQAATAEADEwBAFNMAQBUTAEApkwBAF9MAQBGTwsAsEwBAPlMAQAHTQEATE0BAFFNAQCfTQEArE0BAD6aDgD0TQEA6wgLAABOAQCZ/AoAFU4BAEVOAQBqTgEAmE4BAL5OAQDrTgEAEk8BAD5PAQBiTwEAkU8BAJlPAQCRmg4A8E8BADdQAQA5UAEAilABAI1QAQDdUAEA4lABADBRAQA9UQEAg1EBAJ9RAQDWUQEA3lEBAOSaDgAyUgEAfFIBADZSAQA2XAEAf1IBAM9SAQDbUgEAIlMBAChTAQB1UwEAglMBAMhTAQDKUwEAG1QBADFUAQBuVAEAelQBAMFUAQDJVAEAN5sOABpVAQBnVQEAb1UBALpVAQC7VQEADVYBAA9WAQBgVgEAY1YBALNWAQC2VgEAipsOAAtXAQBZVwEAX1cBAKxXAQCzVwEA/1cBAAdYAQBSWAEAX1gBAKVYAQCqWAEA+FgBAAJZAQBLWQEAU1kBAJ5ZAQCgWQEA8VkBAAJaAQBEWgEAVVoBAJdaAQCcWgEA6loBAO5aAQA9WwEASVsBAJBbAQCXWwEA41sBAPVbAQDdmw4AO1wBAIlcAQCRXAEA3FwBAN5cAQAvXQEAPl0BAIJdAQCRXQEA1V0BAOFdAQAoXgEAK14BAHteAQB+XgEAzl4BANZeAQAhXwEAK18BAHRfAQB5XwEAx18BAM9fAQAaYAEAJGABAG1gAQB4YAEAwGABAM5gAQATYQEAFmEBAGZhAQBuYQEAuWEBANRhAQAMYgEAF2IBAF9iAQBkYgEAsmIBALViAQAFYwEAD2MBAFhjAQBqYwEAMJwOALljAQD+YwEACGQBAFFkAQBcZAEApGQBAKxkAQD3ZAEA/WQBAEplAQBMZQEAnWUBALZlAQDwZQEACWYBAENmAQBRZgEAlmYBAKBmAQDpZgEA/2YBADxnAQBZZwEAj2cBAJdnAQDiZwEA8mcBADVoAQA3aAEAiGgBAJZoAQDbaAEA7GgBAIOcDgA1aQEA1pwOAIJpAQDUaQEA5WkBACdqAQAzagEAemoBAHxqAQDNagEA0GoBACBrAQAsawEAc2sBAHtrAQB8nQ4A0WsBABlsAQAlbAEAbGwBAHtsAQC/bAEA32wBABJtAQAabQEAZW0BAHltAQC4bQEAvW0BAAtuAQAUbgEAXm4BAGRuAQCxbgEAuW4BAARvAQATbwEAV28BAFxvAQCqbwEAt28BAP1vAQAKcAEAUHABAFxwAQCjcAEAsnABAPZwAQAAcQEASXEBAFdxAQCccQEAoXEBAO9xAQD8cQEAQnIBAEpyAQCVcgEAmHIBAOhyAQD0cgEAO3MBAEVzAQCOcwEAmHMBAOFzAQDvcwEANHQBAEF0AQCHdAEAnnQBANp0AQDddAEAz50OADB1AQB1mAMAN3UBAHtCBQA6dQEAgHUBAD11AQDvfgsAPnUBAH96AgBDdQEAS/EDAId1AQAVQgIAinUBAJI1AwCPdQEAEhkNAJt1AQDTdQEA1XUBACZ2AQA3dgEAeXYBAId2AQDMdgEA03YBAB93AQAhdwEAcncBACR3AQDwXgIAJ3cBAK6SAQCBdwEAxXcBANR3AQAYeAEAJHgBAGt4AQBueAEAvngBAMF4AQAReQEAMXkBAGR5AQBweQEAt3kBAMt5AQAKegEAGHoBAF16AQBkegEAIp4OAMd6AQADewEABXsBANPcCgAGewEA2tsKABB7AQBWewEAWHsBAKl7AQCzewEA/HsBALp7AQBk4AoABXwBAE98AQBVfAEAonwBAK58AQD1fAEA/HwBAEh9AQBNfQEAm30BAKd9AQDufQEA8X0BAEF+AQBOfgEAlH4BAJl+AQDnfgEA8X4BADp/AQBQfwEAjX8BAI9/AQDgfwEA6n8BADOAAQBCgAEAhoABAJGAAQB1ng4A5YABACyBAQA5gQEAf4EBAI2BAQDSgQEA3oEBACWCAQAsggEAyJ4OAH2CAQDLggEAhIIBAPTaDQCGggEAe/YDAM2CAQBQYgMA0IIBADzVCQDiggEAHoMBACyDAQBxgwEAfoMBAMSDAQDMgwEAF4QBACGEAQArvQYAJ4QBAGqEAQBshAEAvYQBAMuEAQAQhQEAIYUBABufDgBqhQEAbp8OALuFAQAJhgEAD4YBAFyGAQBkhgEAr4YBALiGAQAChwEABYcBAFWHAQBhhwEAqIcBAK6HAQD7hwEAA4gBAE6IAQBtiAEAFKAOAKOIAQD0iAEAAokBAEeJAQBYiQEAZ6AOAKGJAQC6oA4A8okBAECKAQBGigEAk4oBAJuKAQDmigEA74oBADmLAQA8iwEAjIsBAJiLAQDfiwEA5YsBAGChDgA0jAEAhYwBAI6MAQDYjAEA4owBACuNAQA2jQEAfo0BAIqNAQDRjQEA3o0BACSOAQAujgEAd44BAIWOAQDKjgEA2Y4BAB2PAQAfjwEAcI8BAHqPAQDDjwEA0Y8BABaQAQAbkAEAaZABAHaQAQC8kAEAxJABAA+RAQAfkQEAYpEBAGSRAQC1kQEAw5EBAAiSAQAZkgEAs6EOAGKSAQAGog4At5IBAAGTAQAEkwEAVJMBAGCTAQCnkwEArZMBAPqTAQAHlAEATZQBAE+UAQCglAEAtpQBAPOUAQD/lAEAWaIOAFKVAQCZlQEAn5UBAOyVAQDvlQEAP5YBAE2WAQCSlgEAl5YBAOWWAQDylgEAOJcBAECXAQCsog4AmJcBAN6XAQDslwEAMZgBAEeYAQCEmAEAjZgBANeYAQDtmAEAKpkBADKZAQB9mQEAgJkBANCZAQDZmQEAI5oBACSaAQB2mgEAd5oBAMmaAQDOmgEAHJsBACKbAQBvmwEAeZsBAMKbAQDOmwEAFZwBABycAQBonAEAcJwBALucAQC9nAEADp0BAA+dAQBhnQEAb50BALSdAQC8nQEAB54BACKeAQBangEAZp4BAK2eAQCzngEAAJ8BAAOfAQBTnwEAYZ8BAKafAQCrnwEA+Z8BAAagAQBMoAEAVKABAJ+gAQCtoAEA8qABAPWgAQD/og4ASKEBAJihAQBJoQEA8sIIAFGhAQAPswgAU6EBAK/fDABYoQEAewoNAJuhAQDroQEA/KEBAD6iAQBaogEAkaIBAJmiAQBSow4A9aIBADejAQA/owEAiqMBAJCjAQDdowEA4qMBADCkAQA5pAEAg6QBAI2kAQDWpAEA5KQBACmlAQA2pQEAfKUBAIilAQDPpQEA0qUBACKmAQA+pgEApaMOAHimAQDIpgEAiaYBAEbaAwDUpgEAG6cBACGnAQBupwEAeKcBAPijDgDGpwEAFKgBACGoAQBnqAEAb6gBAG2rDgBzqAEAuqgBAHeoAQA2rwEAwKgBAA2pAQATqQEAYKkBAGWpAQCzqQEAuakBAEukDgAQqgEAzN0KABSqAQBZqgEAaqoBAJ6kDgCzqgEA8aQOAAerAQBEpQ4AYKsBAKWrAQCsqwEA+KsBAACsAQBLrAEAWKwBAJ6sAQCjrAEA8awBAPusAQBErQEATK0BAJetAQCdrQEA6q0BAOytAQA9rgEAS64BAJCuAQCTrgEA464BAO+uAQCXpQ4AOK8BAImvAQCXrwEA3K8BAO2vAQDqpQ4ANrABAD2mDgCIsAEA1bABANuwAQAosQEALbEBAHuxAQCBsQEAkKYOANCxAQAhsgEA17EBAP+wDADasQEAnAIFADyyAQB0sgEAdrIBAMeyAQDhsgEAGrMBACezAQDWxggAK7MBAG2zAQBvswEAwLMBAM2zAQATtAEAKrQBAGa0AQCAtAEAubQBALu0AQAMtQEAv7QBALjNCwAPtQEAX7UBAGK1AQCytQEAvrUBAAW2AQALtgEAWLYBAGK2AQDjpg4AsLYBAP62AQALtwEAUbcBAF23AQCktwEAqrcBAPe3AQD9twEASrgBAE+4AQCduAEAo7gBADanDgD3uAEArj4NAPm4AQBakAMA/bgBADiQAgABuQEA+vMLAAa5AQBDuQEARLkBAJa5AQBZuQEAJW0EAJi5AQDpuQEApLkBAHLDAgDvuQEAPLoBAEq6AQCPugEAkroBAOK6AQDnugEANbsBAEK7AQCIuwEAmLsBANu7AQDduwEALrwBADy8AQCBvAEAkrwBAImnDgDavAEAJ70BADO9AQDcpw4Ai70BAM29AQDXvQEAIL4BAC6+AQBzvgEAdL4BAMa+AQDXvgEAGb8BACW/AQBsvwEAfL8BAL+/AQDBvwEAEsABACDAAQBlwAEAdsABAC+oDgC+wAEAC8EBABfBAQCCqA4AZMEBALHBAQC3wQEABMIBAAnCAQBXwgEAXcIBACipDgCywgEA/cIBAAfDAQCR+wwAFsMBAFDDAQBZwwEAo8MBAK3DAQD2wwEA/sMBAEnEAQBNxAEAnMQBAJ7EAQDvxAEA8sQBAELFAQBexQEAe6kOAKjFAQDoxQEA6cUBADvGAQBHxgEAjsYBAJ3GAQDhxgEA68YBADTHAQBAxwEAh8cBAI7HAQDOqQ4A4McBAJ1yCwDtxwEALcgBADzIAQCAyAEAjMgBANPIAQDUyAEAJskBADDJAQB5yQEAh8kBAMzJAQDRyQEAH8oBACzKAQB0qg4AesoBAMXKAQDRygEAGMsBACvLAQBrywEAbMsBAL7LAQDKywEAEcwBACDMAQBkzAEAbswBALfMAQDDzAEACs0BABHNAQDHqg4Abs0BALDNAQC8zQEAA84BABPOAQBWzgEAYM4BAKnOAQCxzgEA/M4BACfPAQBPzwEAKM8BANnTAQB6zwEAos8BAKrPAQD1zwEA+88BAEjQAQBW0AEAm9ABALLQAQDu0AEA+dABAEHRAQBL0QEAlNEBAL7RAQDn0QEA79EBADrSAQBK0gEAjdIBAI/SAQDg0gEA7tIBADPTAQBE0wEAwKsOAI3TAQATrA4ABNQBACzUAQA01AEAf9QBAIXUAQDS1AEA4NQBACXVAQA81QEAeNUBAIPVAQDL1QEA1dUBAB7WAQBI1gEAcdYBAHnWAQDE1gEA1NYBABfXAQAZ1wEAatcBAHjXAQC91wEAztcBAGasDgAX2AEAuawOAGXYAQC22AEAxNgBAAnZAQAa2QEADK0OAGPZAQBfrQ4At9kBALKtDgAK2gEABa4OAFfaAQCo2gEAttoBAPvaAQAM2wEAWK4OAFTbAQCh2wEArdsBAKuuDgD92wEAR9wBAFTcAQCa3AEAqNwBAO3cAQD33AEAQN0BAFrdAQCT3QEAlt0BAObdAQDt3QEAOd4BAFneAQCM3gEApt4BAP6uDgDs3gEAMt8BAPDeAQDKNAIA9d4BAGKKAgBA3wEAhd8BAI/fAQDY3wEA8t8BACvgAQA74AEAfuABAITgAQDR4AEA0+ABACThAQA64QEAd+EBAIPhAQDK4QEAzuEBAB3iAQAi4gEAcOIBAHbiAQDD4gEA4+IBABbjAQAw4wEAaeMBAGvjAQC84wEAv+MBAA/kAQAS5AEAYuQBAG7kAQC15AEAu+QBAAjlAQAS5QEAUa8OAGDlAQCu5QEAu+UBAAHmAQAN5gEAVOYBAGfmAQCn5gEAtuYBAPrmAQAG5wEATecBAE7nAQCg5wEAqucBAPPnAQAB6AEARugBAEvoAQCZ6AEApugBAKSvDgDt6AEA5z8KAO7oAQBtGgsA7+gBANFHCwDx6AEAYzENAPLoAQAFhQgA8+gBADALCwD26AEATAAMAPfoAQANEAsA+OgBALQLCgD56AEAN7cKAProAQCHiAoA++gBAEDIBAD86AEAP+kBAATpAQD7yw8ABukBAH+HDAAI6QEAv74NAA/pAQCajwwAF+kBANGTDAAq6QEAMAQMADHpAQA3VgwAQekBAJLpAQBQ6QEA3VYMAKDpAQDl6QEA9ukBAPevDgA/6gEASrAOAJfqAQDe6gEA7eoBADHrAQA76wEAhOsBAJDrAQDX6wEAp+sBAFRGDADe6wEA8LAOACzsAQB97AEAjuwBANDsAQDZ7AEAI+0BAC/tAQB27QEAee0BAMntAQDR7QEAHO4BACbuAQBv7gEAdO4BAMLuAQDK7gEAFe8BAC7vAQBo7wEAdO8BALvvAQDD7wEAlrEOABbwAQDpsQ4AZPABALTwAQC38AEAB/EBABPxAQBa8QEAYPEBAK3xAQC38QEAPLIOAAXyAQBT8gEAYPIBAKbyAQCu8gEAj7IOAP/yAQBM8wEAUvMBAJ/zAQCk8wEA8vMBAPjzAQDisg4ATfQBADWzDgCa9AEAU7oJAJ30AQDr9AEApPQBAJ50CQD19AEAPvUBAPr0AQApewcARvUBAGx5CwBa9QEAkfUBAJn1AQCIsw4A6fUBADf2AQBN9gEAivYBAIv2AQDd9gEA3/YBADD3AQA29wEAg/cBAI/3AQDW9wEA3fcBACn4AQAx+AEAfPgBAIX4AQDP+AEA0vgBACL5AQAw+QEAdfkBAIL5AQDI+QEA3/kBABv6AQAj+gEAbvoBAHr6AQBn+wEAmfoBAMH6AQDs+gEAFPsBADj7AQDbsw4AhPsBALr7AQDD+wEAs/wBAMv7AQAN/AEAO/wBAGD8AQCE/AEALrQOALX8AQAG/QEAF/0BAFn9AQCH/QEArP0BAND9AQCBtA4ABf4BAGjTBQAI/gEAUv4BAAv+AQDCRw0AXP4BAKX+AQBf/gEAMNsFAGD+AQDd/AwArf4BAPj+AQD8/gEAS/8BAE3/AQCe/wEAof8BAPH/AQANAAIA1LQOAEkAAgA58goATgACAKxkCwBQAAIAlwACAFQAAgDzAgoAtAACAOoAAgDzAAIAPQECAD8BAgCQAQIAoQECACe1DgDoAQIANgICAD8CAgCJAgIAmgICANwCAgDjAgIALwMCADcDAgCCAwIASQMCAJsjAgCPAwIAKAQCAJEDAgB0BQIAmwMCANUDAgDhAwIAerUOAC0EAgB7BAIAhQQCAM4EAgDWBAIAzbUOAC0FAgAgtg4AeQUCAMcFAgDUBQIAGgYCACQGAgBtBgIAbwYCAMAGAgDOBgIAEwcCACAHAgBztg4AawcCALkHAgDGBwIADAgCABYIAgBfCAIAYQgCALIIAgDACAIABQkCABIJAgDGtg4AWwkCAI3YDABeCQIALSENAGUJAgCrCQIAtQkCABm3DgAGCgIAUQoCAFMKAgBQHA0AaAoCAKQKAgCpCgIA9woCAAELAgBKCwIAUgsCAGy3DgCnCwIA8AsCAPwLAgBDDAIARgwCAJYMAgCgDAIA6QwCAAMNAgA8DQIAUw0CAI8NAgCUDQIA4g0CAP4NAgC/tw4APw4CAIgOAgBGDgIApS4HAJQOAgDbDgIA3g4CAC4PAgA4DwIAgQ8CAJsPAgDUDwIA2g8CACcQAgApEAIAehACAIgQAgDNEAIA0BACACARAgAsEQIAcxECAHYRAgDGEQIA6RECABK4DgAbEgIAbBICAHoSAgC/EgIAwhICABITAgAeEwIAZRMCAGgTAgBluA4AwxMCAAsUAgARFAIAXhQCAGMUAgCxFAIAtRQCAAQVAgAHFQIAuLgOAFgVAgAz4AsAWhUCAOOtDQBdFQIAqhUCAGAVAgDBpg0AYRUCADQaAgBjFQIA85MNAGUVAgB+jA0AZhUCAG+aDQBnFQIA97YNAG4VAgCT8QoAcRUCACyHDAC2FQIA/RUCACYWAgBQFgIAXBYCAKMWAgCyFgIA9hYCAAAXAgBJFwIATBcCAJwXAgC2FwIA7xcCAPkXAgBCGAIARxgCAJUYAgCfGAIA6BgCAPMYAgA7GQIAQRkCAI4ZAgCTGQIA4RkCAOUZAgALuQ4AORoCAIcaAgBCGgIAPqENAJEaAgDaGgIA5RoCAC0bAgAzGwIAgBsCAIUbAgDTGwIA1xsCAF65DgArHAIAIasCAC0cAgAPRAwALhwCACFsCwAwHAIABQ8NAEAcAgB5HAIAgxwCAMwcAgDXHAIAHx0CACUdAgByHQIAdx0CAMUdAgDJHQIAGB4CADseAgCxuQ4AbR4CAL4eAgBuHgIAetEKAHAeAgBjVAgAdB4CAM1+CgB3HgIAfycCAHkeAgA0IA0Ayx4CABROAgDMHgIAER8CABQfAgBkHwIAcB8CALcfAgDPHwIACiACABYgAgBdIAIAYyACALAgAgC2IAIAAyECAAghAgBWIQIAXCECAAS6DgCzIQIA/CECAAciAgBPIgIAVSICAKIiAgCnIgIA9SICAPkiAgBIIwIASyMCAFe6DgClIwIA7iMCAPkjAgBBJAIARyQCAJQkAgCZJAIA5yQCAOskAgCqug4AOyUCAI0lAgCZJQIA4CUCAOwlAgAzJgIAOSYCAIYmAgCMJgIA2SYCAN4mAgAsJwIAMicCAP26DgCBJwIAdeQEAIYnAgAF9AQAjicCAHNkAgCPJwIA0icCAN4nAgAlKAIAKygCAHgoAgCEKAIAyygCANgoAgAeKQIALSkCAHEpAgB9KQIAxCkCANApAgAXKgIAHSoCAGoqAgBwKgIAvSoCAMIqAgAQKwIAFisCAFC7DgBtKwIAoqUHAHkrAgC2KwIAfCsCACeMCADCKwIACSwCABEsAgDgcA8AFSwCAFwsAgBiLAIArywCALUsAgACLQIABy0CAFUtAgBbLQIAo7sOALAtAgCvyg8Asi0CAPstAgABLgIATi4CAAcuAgD+AgMAXC4CAKEuAgC6LgIA9C4CAP0uAgBHLwIAUS8CAJovAgCmLwIA7S8CAPkvAgBAMAIARjACAJMwAgCZMAIA5jACAOswAgA5MQIAPzECAPa7DgCYMQIA3zECAOkxAgAyMgIAPTICAIUyAgCKMgIA2DICAN8yAgArMwIANzMCAH4zAgCEMwIA0TMCANczAgAkNAIAKTQCAHc0AgB9NAIASbwOANs0AgAdNQIAHjUCAHA1AgAjNQIATToCAHU1AgDDNQIA0TUCABY2AgAjNgIAaTYCAHM2AgC8NgIAyDYCAA83AgAVNwIAYjcCAG43AgC1NwIAyDcCAAg4AgAXOAIAWzgCAGc4AgCuOAIArzgCAAE5AgALOQIAVDkCAGI5AgCnOQIArDkCAPo5AgAHOgIAnLwOAFk6AgCgOgIAsDoCAPM6AgD/OgIARjsCAEw7AgCZOwIApTsCAOw7AgD5OwIAPzwCAE48AgCSPAIAnjwCAOU8AgDxPAIAOD0CAEs9AgCLPQIAmj0CAN49AgDqPQIAMT4CADI+AgCEPgIAjj4CANc+AgDlPgIAKj8CAC8/AgB9PwIAij8CAO+8DgDSPwIAV/kFANw/AgAjQAIA3T8CAHQnCQDePwIAqeIKADdAAgB2QAIAgkACAMlAAgDPQAIAHEECACJBAgBvQQIAdEECAMJBAgDIQQIAQr0OACFCAgBoQgIAdUICAKO8AgB7QgIAu0ICAMBCAgDqUwIAw0ICAHv9AgDHQgIADkMCABRDAgBhQwIAZ0MCALRDAgC5QwIAB0QCAA1EAgCVvQ4AZkQCAK1EAgCzRAIAAEUCAAVFAgBTRQIAWkUCAKZFAgC0RQIA+UUCABRGAgBMRgIAWkYCAJ9GAgCiRgIA8kYCAABHAgBFRwIASkcCAJhHAgClRwIA60cCAPdHAgA+SAIAREgCAJFIAgCXSAIA5EgCAOlIAgA3SQIAPUkCAOi9DgCPSQIA3UkCAOZJAgAwSgIAPUoCAINKAgCKSgIA1koCAOdKAgApSwIALksCAHxLAgCLSwIAz0sCANFLAgAiTAIAM0wCAHVMAgCBTAIAyEwCAM5MAgAbTQIAIU0CAG5NAgBzTQIAwU0CAMdNAgA7vg4AK04CAGdOAgBzTgIAuk4CAMZOAgANTwIAE08CAGBPAgBmTwIAs08CALhPAgAGUAIADFACAI6+DgBfUAIAoYECAHBQAgCsUAIAtVACAP9QAgAVUQIAUlECAF5RAgClUQIAslECAPhRAgACUgIAS1ICAFdSAgCeUgIApFICAPFSAgD3UgIARFMCAElTAgCXUwIAnVMCAOG+DgDzUwIAPVQCAEdUAgCQVAIAlVQCAONUAgDzVAIANlUCAE9VAgCJVQIAjlUCANxVAgDlVQIAL1YCADxWAgCCVgIAiVYCANVWAgDYVgIAKFcCADRXAgB7VwIAjlcCAM5XAgDdVwIAIVgCAC1YAgB0WAIAdVgCAMdYAgDRWAIAGlkCAChZAgBtWQIAclkCAMBZAgDNWQIANL8OABZaAgBmWgIAaVoCALlaAgDGWgIAK6EKAMhaAgAMWwIADlsCAF9bAgBiWwIAslsCALxbAgAFXAIAEVwCAFhcAgBrXAIAq1wCALpcAgD+XAIACl0CAFFdAgBSXQIApF0CAK5dAgD3XQIABV4CAEpeAgBPXgIAnV4CAKpeAgCHvw4A8V4CAENfAgBPXwIAll8CAJxfAgDpXwIA618CADxgAgBGYAIAj2ACAJ1gAgDiYAIA52ACADVhAgBCYQIAiGECAJRhAgDbYQIA7mECAC5iAgA9YgIAgWICAI1iAgDUYgIA1WICACdjAgAxYwIAemMCAIhjAgDNYwIA0mMCACBkAgAtZAIA2r8OAHxkAgDGZAIAf2QCAJZzCwDMZAIAGWUCABxlAgBsZQIAemUCAL9lAgDEZQIAEmYCAB9mAgBlZgIAcWYCALhmAgC+ZgIAC2cCABFnAgBeZwIAY2cCALFnAgC3ZwIALcAOAAZoAgBXaAIAC2gCAAQiDABmaAIAqmgCAMpoAgD9aAIAAmkCAFBpAgBraQIAo2kCAK9pAgD2aQIA/GkCAElqAgBZagIAnGoCAK1qAgDvagIA9GoCAEJrAgBGawIAlWsCAKFrAgDoawIA7msCADtsAgBBbAIAjmwCAJNsAgDhbAIA52wCAIDADgBDbQIAGCQNAEptAgCHbQIAiG0CANptAgDrbQIALW4CADluAgCAbgIAlm4CANNuAgDfbgIAJm8CADNvAgB5bwIAg28CAMxvAgDYbwIAH3ACACZwAgBycAIAfnACAMVwAgDLcAIAGHECAB5xAgBrcQIAcHECAL5xAgDEcQIA08AOABNyAgDrTQ0AGnICAGRyAgBlcgIAt3ICALhyAgAKcwIAD3MCAF1zAgBjcwIAsHMCALpzAgADdAIAD3QCAFZ0AgBddAIAqXQCAK50AgD8dAIA/XQCAE91AgBbdQIAonUCAKh1AgD1dQIA93UCAEh2AgBSdgIAm3YCAKl2AgDudgIA83YCAEF3AgBOdwIAlHcCAKB3AgDndwIA+ncCADp4AgBJeAIAjXgCAJl4AgDgeAIA4XgCADN5AgA9eQIAhnkCAJR5AgDZeQIA3nkCACx6AgA5egIAJsEOAJB6AgDSegIA3noCACV7AgA8ewIAeHsCAHp7AgDLewIA3HsCAB58AgAgfAIAcXwCAHd8AgDEfAIA23wCABd9AgAgfQIAan0CAIB9AgC9fQIAyX0CABB+AgAdfgIAY34CAG1+AgC2fgIAwn4CAAl/AgAcfwIAXH8CAGt/AgCvfwIAu38CAAKAAgADgAIAVYACAF+AAgCogAIAtoACAPuAAgAAgQIAToECAFuBAgB5wQ4Ao4ECAPSBAgAIggIAR4ICAFWCAgCaggIAp4ICAO2CAgD0ggIAQIMCAEyDAgCTgwIApoMCAOaDAgDrgwIAOYQCAEKEAgCMhAIAloQCAN+EAgDkhAIAMoUCAEKFAgCFhQIAnoUCANiFAgDdhQIAK4YCADSGAgB+hgIAi4YCANGGAgDYhgIAJIcCACeHAgB3hwIAg4cCAMqHAgDdhwIAHYgCACyIAgBwiAIAfIgCAMOIAgDEiAIAFokCACCJAgBpiQIAd4kCALyJAgDBiQIAD4oCAByKAgDMwQ4Ae4oCALWKAgDBigIACIsCAA6LAgBbiwIAa4sCAK6LAgCziwIAAYwCAAeMAgBUjAIAaowCAKeMAgCpjAIA+owCAASNAgBNjQIAWY0CAKCNAgCzjQIA840CAAKOAgBGjgIAUo4CAJmOAgCajgIA7I4CAPaOAgA/jwIATY8CAJKPAgCXjwIA5Y8CAPKPAgAfwg4AO5ACAMgGDABCkAIAXm0NAESQAgD25QgARZACAKh5AwBHkAIAi5ACAJSQAgDekAIA5JACADGRAgA3kQIAhJECAJCRAgDXkQIA5JECACqSAgA0kgIAfZICAJOSAgDQkgIA1ZICACOTAgAqkwIAdpMCAISTAgDJkwIA2ZMCAByUAgAqlAIAb5QCAH6UAgDClAIAxJQCABWVAgAflQIAaJUCAHaVAgC7lQIAwJUCAA6WAgAblgIAYZYCAG2WAgC0lgIAx5YCAAeXAgAWlwIAWpcCAGaXAgCtlwIArpcCAACYAgAKmAIAU5gCAGGYAgCmmAIAq5gCAPmYAgAGmQIAcsIOAE6ZAgCfmQIAWJkCANvdCACwmQIA8pkCAPuZAgBFmgIAUZoCAJiaAgCkmgIA65oCAPGaAgA+mwIARJsCAJGbAgCWmwIA5JsCAOqbAgDFwg4AQ5wCAIqcAgCanAIA3ZwCAOucAgAwnQIAPZ0CAIOdAgCPnQIA1p0CAN2dAgApngIAMZ4CABjDDgCFngIAFuINAImeAgDiswIAjZ4CAM+eAgDgngIAIp8CACqfAgB1nwIALp8CAGC2CwB/nwIAyJ8CAM2fAgAboAIAI6ACAG6gAgBwoAIAwaACAHegAgBEpgIAyaACABShAgAqoQIAZ6ECAHOhAgC6oQIA0KECAA2iAgAmogIAYKICAGyiAgCzogIAuaICAAajAgAOowIAWaMCAGmjAgCsowIAtaMCAP+jAgAMpAIAUqQCAGGkAgClpAIAr6QCAPikAgAGpQIAS6UCAFClAgCepQIAq6UCAPGlAgD5pQIAa8MOAFGmAgCXpgIAnqYCAOqmAgD2pgIAPacCAE2nAgCQpwIAnqcCAOOnAgDwpwIANqgCAEKoAgCJqAIAkKgCANyoAgDkqAIAvsMOADupAgCCqQIAjKkCANWpAgDgqQIAKKoCAC2qAgB7qgIAgqoCAM6qAgDWqgIAEcQOACmrAgB0qwIAhKsCAMerAgDTqwIAGqwCAB6sAgBtrAIAdawCAMCsAgDCrAIAE60CABmtAgBmrQIAfa0CALmtAgDCrQIADK4CACKuAgBfrgIAa64CALKuAgC/rgIABa8CAA+vAgBYrwIAW68CAKuvAgCzrwIA/q8CAAiwAgBRsAIAVrACAKSwAgCssAIA97ACAAexAgBKsQIAU7ECAJ2xAgCqsQIA8LECAP+xAgBDsgIATbICAJayAgCksgIA6bICAO6yAgA8swIASbMCAI+zAgCXswIAZMQOAO+zAgA1tAIAAbQCAAVOBAA6tAIAiLQCAJK0AgDbtAIA47QCAC61AgDytAIAY4QNADS1AgCBtQIAPLUCAF/CCwA9tQIAKNoHAD61AgA0wAIAP7UCAAuCCgCNtQIA1LUCANa1AgDKmwsA27UCACe2AgAztgIAerYCAIm2AgDNtgIA3rYCACC3AgAitwIAc7cCAHm3AgDGtwIA0rcCABm4AgAhuAIAt8QOAHK4AgAKxQ4Ay7gCAF3FDgAVuQIAA8YOAGi5AgBWxg4AarkCAE0sBAC7uQIAZdQKAMW5AgALugIAFboCAF66AgBgugIAsboCAMS6AgAEuwIAELsCAFe7AgBduwIAqrsCALC7AgD9uwIAArwCAFC8AgBWvAIAqcYOAK28AgD2vAIA+LwCAEm9AgBTvQIAnL0CAKq9AgDvvQIA9L0CAEK+AgBPvgIAlb4CAKG+AgDovgIA7r4CADu/AgBBvwIAjr8CAJO/AgDhvwIA578CAPzGDgBCwAIAh8ACAJTAAgDawAIA4cACAC3BAgA1wQIAgMECAIHBAgD9MAoAg8ECANPBAgCWwQIACy8KAOfBAgAmwgIAPMICAHnCAgCSwgIAzMICANHCAgAfwwIAMMMCAE/HDgCDwwIAxcMCAMfDAgAYxAIAIsQCAGvEAgB5xAIAvsQCAMPEAgARxQIAHsUCAGTFAgBsxQIAt8UCAMPFAgAKxgIAx8UCAFbHAgAQxgIAXcYCAGPGAgCwxgIAtcYCAAPHAgAJxwIAoscOAFjHAgCpxwIAt8cCAPzHAgANyAIA9ccOAFbIAgBIyA4AqsgCAPXIAgDnyAIAZvgPAAPJAgBIyQIABMkCAHjOAgBVyQIAm8kCAKrJAgDuyQIA88kCAEHKAgBXygIAlMoCAJXKAgDnygIA6coCADrLAgBEywIAjcsCAJvLAgDgywIA+csCADPMAgBEzAIAhswCAJLMAgDZzAIA4cwCAEHJDgBAzQIAf80CAIDNAgDSzQIA3s0CACXOAgAozgIAlMkOAHrOAgDLzgIA2M4CAB7PAgArzwIAcc8CAHbPAgDEzwIAzs8CABfQAgAf0AIAatACAHrQAgC90AIAy9ACABDRAgAd0QIAY9ECAGrRAgC20QIAvtECAAnSAgAM0gIAXNICAHDSAgCv0gIAxdICAALTAgAb0wIAVdMCAFrTAgCo0wIAudMCAOfJDgAD1AIAOsoOAAfUAgB/9ggAF9QCABwyEABb1AIAodQCAKjUAgD01AIAANUCAEfVAgBX1QIAmtUCAKjVAgDt1QIA+tUCAEDWAgBM1gIAk9YCAJrWAgCNyg4A6NYCADnXAgDr1gIAFtUDAEbXAgCM1wIAmdcCAN/XAgDk1wIAMtgCADzYAgCF2AIAjdgCANjYAgDh2AIAK9kCAC7ZAgB+2QIAitkCAODKDgDW2QIAJNoCAN3ZAgCjiwkAKdoCAHfaAgB/2gIAytoCAODaAgAd2wIAH9sCAHDbAgB92wIAw9sCANfbAgAzyw4AG9wCAGncAgBx3AIAiIMJAHPcAgC83AIAxNwCAA/dAgAb3QIAYt0CAG/dAgC13QIAut0CAAjeAgAR3gIAW94CAHLeAgCu3gIAud4CAIbLDgAP3wIAVN8CAFffAgCn3wIAqt8CAPrfAgAI4AIATeACAFrgAgCg4AIAt+ACAPPgAgD74AIARuECAEzhAgCZ4QIApeECAOzhAgD24QIAP+ICAEjiAgCS4gIAmOICAOXiAgDy4gIA2csOAETjAgCL4wIARuMCAC2QCQCa4wIA3uMCAO/jAgAx5AIAM+QCAITkAgCK5AIA1+QCAOPkAgAq5QIAMeUCAH3lAgCF5QIA0OUCANLlAgAj5gIAMOYCAHbmAgB95gIAyeYCANHmAgAc5wIAKecCAG/nAgB05wIAwucCAMznAgAV6AIAHegCAGjoAgBx6AIAu+gCAL7oAgAO6QIAGukCAGHpAgBo6QIALMwOAMHpAgAH6gIAyukCAOTuAgDq6QIAZJQJACLqAgBa6gIAXOoCAK3qAgC+6gIAAOsCAA7rAgBT6wIAWusCAKbrAgCu6wIA+esCAP7rAgBM7AIATewCAJ/sAgCr7AIA8uwCAPjsAgBF7QIAR+0CAJjtAgCi7QIA6+0CAPntAgA+7gIAQ+4CAJHuAgCe7gIAf8wOAOXuAgA37wIAPO8CAIrvAgCQ7wIA3e8CAOfvAgAw8AIAPPACAIPwAgCK8AIA1vACAN7wAgAp8QIAK/ECAHzxAgCJ8QIAz/ECANbxAgAi8gIAKvICAHXyAgCC8gIAyPICAM3yAgAb8wIAJfMCAG7zAgB28wIAwfMCAMrzAgAU9AIAF/QCAGf0AgBz9AIAuvQCAMH0AgDSzA4AGfUCAHOGCQAh9QIAYPUCAG31AgCz9QIAvfUCAAb2AgAI9gIAWfYCAGz2AgCs9gIAtPYCAP/2AgAL9wIAUvcCAFj3AgCl9wIAq/cCAPj3AgD99wIAS/gCAFH4AgAlzQ4ArPgCAPH4AgAA+QIARPkCAGD5AgCX+QIAZPkCAGg7AwCf+QIAeM0OAPP5AgA9+gIASvoCAJD6AgCa+gIA4/oCAPH6AgA2+wIATPsCAIn7AgCV+wIA3PsCAOT7AgDLzQ4ANfwCAIL8AgCI/AIA1fwCANr8AgAo/QIALv0CAB7ODgCA/QIAzv0CANf9AgAh/gIAK/4CAHT+AgB8/gIAx/4CAMz+AgAa/wIAKv8CAG3/AgB1/wIAwP8CAMb/AgCyAQMA2f8CABMAAwAYAAMAZgADAG8AAwC5AAMAxgADAAwBAwATAQMAXwEDAGIBAwBxzg4AtAEDAAUCAwASAgMAWAIDAG8CAwCrAgMAtwIDAMTODgAUAwMAUQMDAFIDAwCkAwMArgMDAPcDAwD/AwMASgQDAFQEAwCdBAMAogQDAPAEAwD4BAMAQwUDAEUFAwCWBQMARgUDAMYKAwBKBQMAZBgDAFkFAwCVEQMAnQUDAOkFAwDwBQMAPAYDAEQGAwCPBgMAkwYDAOIGAwDwBgMANQcDAD8HAwCIBwMAkwcDANsHAwDjBwMALggDADMIAwCBCAMAnAgDANQIAwDgCAMAJwkDAC0JAwB6CQMAigkDAM0JAwDeCQMAIAoDACUKAwBzCgMAdwoDABfPDgDPCgMAGQsDADILAwBsCwMAdgsDAL8LAwDFCwMAEgwDABQMAwBlDAMAdAwDALgMAwDCDAMACw0DABMNAwBeDQMAYg0DALENAwC/DQMABA4DAA4OAwBXDgMAYg4DAKoOAwCyDgMA/Q4DAAIPAwBQDwMAaw8DAKMPAwCvDwMA9g8DAPwPAwBJEAMAWRADAJwQAwCtEAMA7xADAPQQAwBCEQMARhEDAGrPDgCeEQMA6BEDAPkRAwA7EgMARRIDAI4SAwCcEgMA4RIDAOISAwA0EwMARRMDAIcTAwCbEwMA2hMDAOITAwAtFAMAMRQDAIAUAwCOFAMA0xQDAN0UAwAmFQMAMRUDAHkVAwCBFQMAzBUDANEVAwAfFgMAOhYDAHIWAwB+FgMAxRYDAMsWAwAYFwMAKBcDAGsXAwB8FwMAvhcDAMMXAwARGAMAFRgDAL3PDgByGAMAtxgDANIYAwAKGQMAGBkDAF0ZAwBkGQMAsBkDALwZAwADGgMACxoDABDQDgBkGgMAqRoDALMaAwD8GgMABxsDAE8bAwBXGwMAohsDAKcbAwD1GwMAEBwDAEgcAwBUHAMAmxwDAKEcAwDuHAMA/hwDAEEdAwBSHQMAlB0DAJkdAwDnHQMA6x0DAGPQDgBLHgMAjR4DAJUeAwDgHgMA4R4DADMfAwA4HwMAhh8DAJQfAwDZHwMA5h8DACwgAwA2IAMAfyADAIsgAwDSIAMA2CADACUhAwAtIQMAeCEDAH8hAwDLIQMA1yEDAB4iAwAkIgMAcSIDAH0iAwDEIgMA1CIDABcjAwAjIwMAaiMDAHAjAwC9IwMAySMDABAkAwAdJAMAYyQDAHIkAwC2JAMAwiQDALbQDgAMJQMAXCUDAF8lAwCvJQMAvSUDAAImAwAZJgMAVSYDAGImAwCoJgMAviYDAPsmAwAHJwMATicDAFsnAwChJwMAqycDAPQnAwD8JwMARygDAFEoAwCaKAMAnygDAO0oAwD1KAMAQCkDAEwpAwCTKQMAoCkDAOYpAwDwKQMAOSoDAD8qAwCMKgMAoCoDAN8qAwDnKgMAMisDAEArAwCFKwMAkisDANgrAwDgKwMAKywDADgsAwB+LAMAjCwDANEsAwDiLAMAJC0DACwtAwB3LQMAjS0DAMotAwDMLQMAHS4DAB4uAwAJ0Q4Afi4DAMMuAwDSLgMAFi8DACIvAwBpLwMAcS8DAFzRDgDBLwMADzADABgwAwBiMAMAbzADALUwAwC8MAMACDEDAAsxAwBbMQMAYzEDAK4xAwCzMQMAATIDAAoyAwBUMgMAXjIDAKcyAwCvMgMA+jIDAP8yAwBNMwMAXTMDAKAzAwCoMwMA8zMDAPkzAwBGNAMASDQDAJk0AwCmNAMA7DQDAAM1AwA/NQMASzUDAK/RDgCeNQMA5TUDAPw1AwA4NgMARDYDAIs2AwCRNgMA3jYDAOY2AwAxNwMAODcDAIQ3AwCSNwMA1zcDAPI3AwAqOAMAODgDAH04AwCEOAMA0DgDANw4AwAjOQMAKzkDAALSDgCKOQMAyTkDANE5AwAcOgMASzoDAG86AwB7OgMAwjoDAMg6AwAVOwMAGjsDAFXSDgB0OwMAuzsDAMI7AwAOPAMAFjwDAGE8AwBjPAMAtDwDAL48AwAHPQMADz0DAKjSDgBoPQMA+EoDAGk9AwCtPQMArz0DAAA+AwARPgMAUz4DAGQ+AwCmPgMAsj4DAPk+AwAAPwMATD8DAFQ/AwCfPwMAyT8DAPI/AwD3PwMARUADAEZAAwCYQAMAokADAOtAAwD5QAMAPkEDAENBAwCRQQMAnkEDAORBAwAAQgMAN0IDAFNCAwD70g4Al0IDAN1CAwDhQgMAMEMDADZDAwCDQwMAhUMDANZDAwDXQwMAKUQDAExEAwB8RAMAoEQDAM9EAwD5RAMAIkUDACpFAwB1RQMAekUDAMhFAwDVRQMAG0YDACNGAwBuRgMAcEYDAMFGAwDJRgMAFEcDAD5HAwBnRwMAdEcDALpHAwC/RwMADUgDABpIAwBgSAMAbEgDALNIAwDdSAMABkkDAA5JAwBZSQMAdEkDAKxJAwCuSQMA/0kDABBKAwBSSgMAW0oDAKVKAwCxSgMATtMOAAVLAwBLSwMAUksDAJ5LAwCqSwMA8UsDAARMAwBETAMATEwDAJdMAwCcTAMA6kwDAPNMAwA9TQMAR00DAJBNAwCYTQMA400DAOhNAwA2TgMARk4DAIlOAwCRTgMA3E4DAPVOAwAvTwMANE8DAIJPAwCLTwMA1U8DAOJPAwAoUAMAL1ADAHtQAwB+UAMAodMOANBQAwAhUQMAK1EDAHRRAwB2UQMAx1EDAOBRAwAaUgMAHFIDAG1SAwBwUgMAwFIDAMxSAwATUwMAG1MDAPTTDgB6UwMAuVMDALxTAwAMVAMAFlQDAF9UAwBrVAMAslQDAMhUAwAFVQMADVUDAFhVAwBmVQMAq1UDAK5VAwD+VQMABlYDAFFWAwBUVgMApFYDAF9WAwBzXQMArlYDAPdWAwCvVgMA4lkDAPlWAwBKVwMAUFcDAJ1XAwCnVwMA8FcDAP5XAwBDWAMAUFgDAJZYAwCtWAMA6VgDAPFYAwA8WQMARVkDAI9ZAwCQWQMAR9QOAOtZAwA1WgMAP1oDAIhaAwCSWgMA21oDAOlaAwAuWwMAO1sDAIFbAwCYWwMA1FsDANxbAwAnXAMALlwDAHpcAwB/XAMAzVwDANFcAwAgXQMALV0DAJrUDgCAXQMAxl0DAM5dAwAZXgMAH14DAGxeAwB4XgMAv14DAM5eAwASXwMAF18DAGVfAwCAXwMAuF8DAMRfAwALYAMAEWADAF5gAwByYAMAsWADALlgAwAEYQMAGmEDAFdhAwBcYQMAqmEDALFhAwD9YQMACWIDAO3UDgBXYgMAo2IDALFiAwD2YgMAA2MDAEljAwBgYwMAnGMDAKRjAwDvYwMA9WMDAEJkAwBOZAMAlWQDAJxkAwDoZAMA9mQDADtlAwA+ZQMAjmUDAJZlAwDhZQMA72UDADRmAwA3ZgMAh2YDAI9mAwDaZgMA62YDAC1nAwAyZwMAgGcDAIJnAwDTZwMA2mcDACZoAwA0aAMAeWgDAIZoAwDMaAMA42gDAB9pAwAnaQMAcmkDAHxpAwDFaQMA0GkDABhqAwAkagMAa2oDAHNqAwBA1Q4AwGoDABFrAwAbawMAZGsDAGZrAwC3awMAumsDAApsAwAWbAMAXWwDAGdsAwCwbAMAuGwDAANtAwARbQMAVm0DAGNtAwCpbQMAsW0DAPxtAwASbgMAT24DAFtuAwCibgMAuG4DAPVuAwD6bgMASG8DAE5vAwCbbwMAr28DAJPVDgDxbwMAQXADAElwAwCUcAMAonADAOdwAwCqcAMAwh4HAPRwAwA6cQMAQnEDAI1xAwCXcQMA4HEDAOtxAwAzcgMAP3IDAIZyAwCOcgMA5tUOAN9yAwAscwMAMXMDAH9zAwCOcwMA0nMDAN5zAwAldAMAKHQDAHh0AwB7dAMAy3QDANN0AwAedQMAI3UDAHF1AwCBdQMAxHUDAMx1AwAXdgMAGnYDAGp2AwB0dgMAvXYDAL92AwAQdwMAFncDAGN3AwBtdwMAtncDAMR3AwAJeAMAFngDAFx4AwBzeAMAr3gDALd4AwACeQMAC3kDAFV5AwBWeQMAOdYOALR5AwD7eQMA/nkDAC3qCAAKegMATnoDAA56AwBK2ggAWHoDAKF6AwCpegMADe4DAK16AwDGag0Ar3oDAPR6AwC9egMA1s0HAPl6AwBHewMAAXsDAKHGBABUewMAmnsDAJ17AwAyVAkAoHsDANGvCACiewMA7XsDAKR7AwAHggUApnsDANJlBQDwewMAZUMHAPN7AwA95QUA93sDAEB8AwD7ewMAKRoJAP17AwAjHQcARXwDAJN8AwBMfAMAxBsEAJt8AwDmfAMA6XwDADl9AwBFfQMAjH0DAJJ9AwDffQMA+n0DADJ+AwA+fgMAhX4DAIt+AwDYfgMA4H4DACt/AwAtfwMAfn8DADB/AwAkgAMAiH8DANF/AwDZfwMAjNYOADGAAwB3gAMAf4ADAMqAAwDNgAMAHYEDACKBAwBwgQMAf4EDAMOBAwDjgQMAFoIDACKCAwBpggMAc4IDALyCAwDEggMAD4MDACGDAwAy1w4AbIMDALWDAwDDgwMACIQDABWEAwBbhAMAcoQDAK6EAwC2hAMAAYUDABCFAwBUhQMAWYUDAKeFAwC0hQMA+oUDAAeGAwBNhgMAWYYDAKCGAwCvhgMA84YDAP2GAwBGhwMAVIcDAJmHAwCehwMA7IcDAPmHAwA/iAMAQogDAJKIAwCaiAMA5YgDAOqIAwA4iQMARYkDAIuJAwCTiQMA3okDAOeJAwAxigMAPooDAISKAwCSigMA14oDAOqKAwAqiwMAMosDAH2LAwCEiwMA0IsDANWLAwAjjAMAOYwDAHaMAwB4jAMAyYwDANeMAwAcjQMAKY0DAG+NAwB3jQMAwo0DAMWNAwAVjgMAGo4DAGiOAwB3jgMAu44DANuOAwAOjwMAGo8DAGGPAwBrjwMAtI8DALyPAwAHkAMAGZADAIXXDgBrkAMArZADALSQAwAAkQMACJEDAFORAwBgkQMAppEDAKuRAwD5kQMAA5IDAEySAwBUkgMAn5IDAKGSAwBoZAkApJIDAIg+BwCpkgMAsn0JAK6SAwDykgMAr5IDAM4tCAD3kgMARZMDAFKTAwCYkwMApZMDAOuTAwD3kwMAPpQDAE2UAwCRlAMAm5QDAOSUAwDslAMAN5UDAEGVAwCKlQMAj5UDAN2VAwDllQMA2NcOADyWAwCDlgMAiZYDANaWAwDxlgMAKZcDADWXAwB8lwMAgpcDAM+XAwDrlwMAIpgDACqYAwAr2A4AfZgDAMiYAwDSmAMAG5kDACaZAwBumQMAepkDAMGZAwDJmQMAftgOACCaAwBnmgMAbZoDALqaAwDVmgMADZsDABmbAwBgmwMAZpsDALObAwC7mwMABpwDAAycAwBZnAMAYpwDAKycAwC5nAMA/5wDAAydAwBSnQMAYJ0DAKWdAwCynQMA+J0DAA+eAwBLngMAU54DAJ6eAwCjngMA8Z4DAK+eAwDjoAMA/p4DAESfAwBMnwMAl58DAKKfAwDqnwMA758DAD2gAwBAoAMAkKADAJqgAwDR2A4A6KADADahAwBFoQMAiaEDAIuhAwDcoQMA7aEDAC+iAwBAogMAgqIDAJaiAwAk2Q4A5qIDACijAwArowMAe6MDADCjAwCr5gYANaMDAHReDQCFowMAzqMDANCjAwAhpAMAK6QDAHSkAwCApAMAx6QDAO+kAwAapQMAJaUDAARaBABApQMAbaUDAJ6lAwDApQMA5qUDABOmAwA5pgMAZqYDAJimAwC5pgMA6aYDAAynAwAUpwMAX6cDAIenAwCypwMA5acDAAWoAwA1qAMAWKgDAGCoAwCrqAMAuqgDAP6oAwADqQMAUakDAFqpAwCkqQMAXqkDABmxAwC1qQMA96kDAP6pAwBKqgMAUqoDAJ2qAwCqqgMA8KoDAPWqAwBDqwMATasDAJarAwCeqwMA6asDAPOrAwCVtwMA+KsDADysAwBBrAMAj6wDAJysAwDirAMA76wDADWtAwBBrQMAiK0DAJetAwDbrQMA5a0DAC6uAwA2rgMAga4DAIuuAwDUrgMA2a4DACevAwAvrwMAd9kOAIavAwDNrwMA068DACCwAwA7sAMAc7ADAH+wAwDGsAMAzLADAMrZDgAmsQMAbLEDAHixAwC/sQMAzrEDABKyAwAcsgMAZbIDAHOyAwC4sgMAvbIDAAuzAwAYswMAXrMDAGazAwCxswMAu7MDAAS0AwAJtAMAV7QDAF+0AwCqtAMArbQDAP20AwAJtQMAULUDAFa1AwCjtQMAvrUDAPa1AwACtgMASbYDAE+2AwCctgMApLYDAO+2AwDxtgMAQrcDAEy3AwAd2g4Am7cDAOi3AwDqtwMAO7gDAEi4AwCOuAMAkbgDAOG4AwDyuAMANLkDADa5AwCHuQMAkbkDANq5AwDmuQMALboDADW6AwBw2g4AhboDANO6AwDWugMAJrsDADC7AwB5uwMAgbsDAMy7AwDZuwMAH7wDACG8AwByvAMAiLwDAMW8AwDRvAMAw9oOADS9AwBrvQMAh70DABbbDgDDvQMAEb4DAB6+AwBkvgMAcb4DALe+AwDDvgMACr8DABm/AwBdvwMAZ78DALC/AwC+vwMAA8ADAAjAAwBWwAMAY8ADAKnAAwDCwAMA/MADAP7AAwBPwQMAVsEDAGnbDgC/wQMA9cEDAAbCAwBIwgMAVMIDAJvCAwCuwgMA7sIDAP3CAwBBwwMATcMDAJTDAwCVwwMA58MDAPHDAwA6xAMASMQDAI3EAwCSxAMA4MQDAO3EAwC82w4AOMUDAIbFAwCTxQMA2cUDAObFAwAsxgMAOMYDAH/GAwCOxgMA0sYDANzGAwAlxwMAM8cDAHjHAwB9xwMAy8cDANjHAwAeyAMAJsgDAHHIAwB7yAMAxMgDAMnIAwAXyQMAH8kDALXcDgBsyQMAvckDAMvJAwAQygMAIcoDAAjdDgBqygMAW90OALvKAwAJywMAEcsDAFzLAwBrywMAr8sDALTLAwACzAMAD8wDAFXMAwBizAMAqMwDALTMAwD7zAMACs0DAE7NAwBYzQMAAd4OAKPNAwD6mQwAp80DAKUSCwC0zQMA9M0DAAPOAwBHzgMAU84DAJrOAwCbzgMA7c4DAPfOAwBAzwMATs8DAJPPAwCYzwMA5s8DAPPPAwBU3g4APdADAIzQAwCX0AMA39ADAO3QAwAy0QMAQ9EDAIXRAwCR0QMA2NEDAODRAwCn3g4AMNIDAH7SAwCL0gMA0dIDAN7SAwAk0wMAMNMDAHfTAwCG0wMAytMDANTTAwAd1AMAK9QDAHDUAwB91AMAw9QDANrUAwD63g4AI9UDAGnVAwB21QMAvNUDAMjVAwAP1gMAHtYDAGLWAwBs1gMAtdYDAMPWAwAI1wMA0dYDAC9/CAAN1wMAW9cDAGjXAwCu1wMAttcDAAHYAwAH2AMAVNgDAGDYAwCn2AMAt9gDAPrYAwAD2QMATdkDAFDZAwCg2QMArNkDAPPZAwD62QMATd8OAFPaAwCZ2gMAqNoDAOzaAwDt2gMAP9sDAFbbAwCS2wMArNsDAOXbAwDx2wMAONwDAEvcAwCL3AMAmtwDAN7cAwDq3AMAMd0DADLdAwCE3QMAjt0DANfdAwDl3QMAKt4DAC/eAwB93gMAit4DAKDfDgDq3gMAI98DADLfAwB23wMAeN8DAMnfAwB73wMA8uUDANbfAwAc4AMAKeADAG/gAwB04AMAwuADAMzgAwAV4QMAJOEDAGjhAwBt4QMAu+EDAMjhAwAO4gMAG+IDAGHiAwBt4gMAtOIDAMPiAwAH4wMAEeMDAFrjAwBn4wMAreMDALLjAwAA5AMABOQDAFPkAwBf5AMApuQDAKzkAwD55AMA/+QDAEzlAwBR5QMAn+UDAKXlAwDz3w4A/+UDAEXmAwBS5gMAmOYDAKTmAwDr5gMA+uYDAD7nAwBI5wMAkecDAJ/nAwDk5wMA6ecDADfoAwBE6AMAiugDAJHoAwDd6AMA4ugDADDpAwA86QMAg+kDAIbpAwDW6QMA4+kDACnqAwAu6gMAfOoDAIbqAwDP6gMA2+oDACLrAwA16wMAdesDAIPrAwDI6wMAy+sDABvsAwAl7AMAbuwDAHrsAwDB7AMAx+wDABTtAwAa7QMAZ+0DAGztAwC67QMAwO0DAEbgDgAX7gMAQBQGABnuAwCKHwgAHO4DAGDuAwBi7gMAs+4DAMTuAwAG7wMAF+8DAFnvAwBh7wMArO8DALzvAwD/7wMAAfADAFLwAwBg8AMApfADALbwAwCZ4A4A//ADAOzgDgBM8QMAnvEDAKPxAwDx8QMA9/EDAETyAwBO8gMAl/IDAKPyAwDq8gMA8PIDAD3zAwBD8wMAkPMDAJXzAwDj8wMA6fMDAD/hDgBE9AMAifQDAKL0AwDc9AMA3fQDAC/1AwBM9QMAgvUDAJz1AwDV9QMA2PUDACj2AwAt9gMAOOIOAJT2AwDO9gMA1PYDACH3AwDk9gMASGgEACP3AwB09wMAevcDAMf3AwDb9wMAGvgDACL4AwBt+AMAevgDAMD4AwDF+AMAE/kDAB35AwBm+QMAbvkDALn5AwDK+QMADPoDABH6AwBf+gMAYfoDALL6AwC5+gMABfsDABH7AwBY+wMAX/sDAKv7AwDH+wMA/vsDAAb8AwCL4g4AVvwDAKT8AwCm/AMA9/wDAP78AwBK/QMAWP0DAJ39AwCq/QMA8P0DAAf+AwBD/gMAS/4DAJb+AwCg/gMA6f4DAKz+AwARZAQA9P4DADz/AwBI/wMAj/8DAJf/AwDe4g4A4/8DADUABAA6AAQAiAAEAIsABADbAAQA5QAEAC4BBABFAQQAgQEEAIcBBADUAQQA4AEEACcCBAAqAgQAegIEAJcCBADNAgQA3gIEACADBAA/AwQAcwMEAHsDBADGAwQAyAMEABkEBAAoBAQAbAQEAHYEBAC/BAQAzQQEABIFBAAtBQQAZQUEAHEFBAC4BQQAwAUEADHjDgAXBgQAXgYEAG0GBACxBgQAtgYEAAQHBAAKBwQAVwcEAF4HBACqBwQAsgcEAP0HBAD/BwQAUAgEAFcIBACjCAQApQgEAPYIBAD3CAQASQkEAFMJBACcCQQAqAkEAO8JBAD1CQQAQgoEAFwKBACVCgQAnQoEAOgKBAD+CgQAOwsEAEkLBACOCwQAkQsEAOELBADkCwQANAwEAEIMBACHDAQAlAwEANoMBADxDAQALQ0EADUNBACADQQAgg0EANMNBADbDQQAJg4EAD0OBAB5DgQAhQ4EAMwOBADiDgQAHw8EACcPBAByDwQAgA8EAMUPBADPDwQAGBAEACAQBABrEAQAchAEAL4QBADKEAQAEREEABIRBABkEQQAcBEEALcRBADEEQQAChIEABESBABdEgQAYBIEALASBAC4EgQAAxMEAAgTBABWEwQAYxMEAKkTBADXEwQA/BMEAAQUBACE4w4AVxQEAL4WDwBrFAQAohQEAKoUBADX4w4AAxUEAEgVBABKFQQAmxUEAKwVBADuFQQA9hUEAEEWBABNFgQAlBYEAJoWBADnFgQA7RYEADoXBAA/FwQAjRcEAJMXBAAq5A4A5RcEADMYBADsFwQAf+ELADsYBACGGAQAixgEAFZDCQCMGAQA2jUKAJIYBAAe8QkAlRgEANkYBACXGAQAQjMKAN4YBAAsGQQA3xgEADpOCAA5GQQAfxkEAIwZBADSGQQA3hkEACUaBAA0GgQAeBoEAIIaBAB25Q4A1RoEAB4bBAAjGwQAcRsEAHkbBADJ5Q4AyhsEABccBAAtHAQAahwEAHgcBAC9HAQAyhwEABAdBAASHQQAYx0EAG0dBAC2HQQAwh0EAAkeBAAQHgQAXB4EAGQeBACvHgQAth4EAAIfBAALHwQAVR8EAGEfBACoHwQAsB8EAG/mDgAAIAQATiAEAFYgBAChIAQAsCAEAPQgBAD5IAQARyEEAFQhBACaIQQApyEEAO0hBAD5IQQAQCIEAE8iBACTIgQAnSIEAOYiBAD0IgQAOSMEAD4jBACMIwQAmSMEAN8jBADnIwQAMiQEADwkBACFJAQAkyQEANgkBADuJAQAKyUEADclBAB+JQQAgyUEANElBADaJQQAJCYEAC4mBADC5g4AgSYEAMomBADWJgQAHScEACUnBAAV5w4AdScEAMMnBADQJwQAFigEACMoBABpKAQAdSgEALwoBADLKAQADykEABkpBABiKQQAeikEALUpBAC/KQQACCoEABYqBABbKgQAcSoEAK4qBAC6KgQAASsEAAYrBABUKwQAXSsEAKcrBACxKwQA+isEAAIsBABo5w4AWiwEAKAsBABjLAQA8kUOAK0sBADzLAQA/ywEAEYtBABVLQQAmS0EAKMtBADsLQQA+i0EAD8uBABMLgQAki4EAKkuBADlLgQA7S4EADgvBABCLwQAiy8EAJAvBADeLwQA5i8EALvnDgA9MAQAhDAEAIowBADXMAQA8jAEACoxBAA2MQQAfTEEAIMxBADQMQQA7DEEACMyBAArMgQADugOAHsyBADJMgQA1jIEABwzBAApMwQAbzMEAHszBADCMwQA0TMEABU0BAAfNAQAaDQEAHY0BAC7NAQAwDQEAA41BAAbNQQAYTUEAGk1BAC0NQQAujUEAAc2BAC+NQQA+TcEABM2BABaNgQAajYEAK02BAC2NgQAADcEAAM3BABTNwQAXzcEAKY3BACtNwQAYegOAAc4BABMOAQAYjgEAJ84BACrOAQA8jgEAPk4BABFOQQATTkEAJg5BACdOQQA6zkEAPQ5BAA+OgQASDoEALToDgCWOgQA5DoEAJ06BAAbPwQA7DoEADc7BAA9OwQAijsEAI87BADdOwQA5jsEADA8BAA6PAQAgzwEAI88BADWPAQA3jwEAAfpDgAuPQQAfD0EAIQ9BADPPQQA2j0EACI+BAAnPgQAdT4EAHg+BADIPgQA0j4EAFrpDgAlPwQAbj8EAHI/BADBPwQAxj8EABRABAAaQAQAZ0AEAIdABAC6QAQAwkAEAA1BBAAbQQQAYEEEAGNBBACzQQQAu0EEAAZCBAAPQgQAWUIEAGZCBACsQgQAskIEAP9CBAALQwQAUkMEAFRDBAClQwQAtEMEAPhDBAADRAQAS0QEAE1EBACeRAQAt0QEAPFEBAACRQQAREUEAFBFBACt6Q4An0UEAOpFBAAKRgQAPUYEAEtGBACQRgQAnUYEAONGBADqRgQANkcEAFJHBACJRwQAkUcEAADqDgDhRwQAL0gEADxIBACCSAQAj0gEANVIBADhSAQAKEkEADdJBAB7SQQAhUkEAM5JBADjSQQAIUoEAClKBAB0SgQAg0oEAMdKBADJSgQAGksEACNLBABtSwQAcEsEAMBLBADMSwQAE0wEAC9MBABmTAQAbkwEAFPqDgC+TAQADE0EACJNBABfTQQAa00EALJNBADVTQQApuoOAA9OBABYTgQAYE4EAKtOBACxTgQAhqIIALpOBAD+TgQAA08EAFFPBABeTwQApE8EALFPBAD3TwQAA1AEAEpQBABZUAQAnVAEAKdQBADwUAQA+FAEAENRBABNUQQAllEEAJtRBADpUQQA8VEEAPnqDgA/UgQAj1IEAKxSBADiUgQA81IEADVTBABDUwQADKAEAGpTBACIUwQApFMEANtTBAD3UwQATOsOADRUBACBVAQAh1QEANRUBADZVAQAJ1UEAC1VBACf6w4Af1UEAM1VBADaVQQAIFYEAC1WBABzVgQAf1YEAMZWBADVVgQAGVcEACNXBABsVwQAelcEAL9XBADEVwQAElgEAB9YBABlWAQAcVgEALhYBAC+WAQAC1kEABFZBABeWQQAY1kEALFZBAC3WQQAmOwOABhaBABXWgQAfVoEAKpaBADQWgQA/VoEACNbBABQWwQAgFsEAKNbBACrWwQA9lsEAB5cBABJXAQAflwEAJxcBADCXAQA71wEABVdBABCXQQAd10EAJVdBADFXQQA6F0EAPBdBAA7XgQAQF4EAB+1BABKXgQAjl4EAJNeBADhXgQA7l4EADRfBABBXwQAh18EAJNfBADaXwQA6V8EAC1gBAA3YAQAgGAEAI5gBADTYAQA2GAEACZhBAAzYQQAeWEEAIFhBADMYQQA0mEEAB9iBADWYQQAh7IEACtiBAByYgQAgmIEAMViBADOYgQAGGMEABtjBABrYwQAd2MEAL5jBADFYwQA6+wOACVkBABkZAQAZ2QEALdkBADUZAQACmUEABtlBABdZQQAZGUEALBlBADJZQQAA2YEAAtmBABWZgQAbGYEAKlmBACuZgQA/GYEAANnBABPZwQAWGcEAKJnBACzZwQA9WcEAAFoBAA+7Q4ASmgEAIZrBABcaAQAm2gEAJ5oBADuaAQAC2kEAEFpBABSaQQAlGkEAKNpBADnaQQA+GkEADpqBABIagQAjWoEAJlqBADgagQA7WoEADNrBAA9awQAke0OAIxrBADZawQA52sEACxsBAAubAQAf2wEAIZsBADSbAQA62wEAOTtDgAubQQAeG0EAIVtBADLbQQA2W0EAB5uBAAtbgQAcW4EAHNuBADEbgQAzm4EABdvBAAlbwQAam8EAG9vBAC9bwQAym8EABBwBAATcAQAY3AEAG9wBAC2cAQAyXAEAAlxBAAYcQQAXHEEAGhxBACvcQQAsHEEAAJyBAAMcgQAVXIEAGNyBACocgQArXIEAPtyBAAIcwQAN+4OAFNzBAChcwQAt3MEAPRzBAAKdAQAR3QEAFB0BACadAQAp3QEAO10BAD7dAQAQHUEAE91BACTdQQAlXUEAOZ1BADwdQQAOXYEAEd2BACMdgQAkXYEAN92BADsdgQAMncEADV3BACFdwQAjXcEANh3BADpdwQAK3gEADl4BAB+eAQAi3gEANF4BADxeAQAJHkEACx5BAB3eQQAh3kEAMp5BADMeQQAHXoEACt6BABwegQAgXoEADDvDgDJegQAFnsEACJ7BACD7w4AcHsEALx7BAB2ewQAujIGAMN7BAAPfAQAFXwEAGJ8BABufAQAtXwEALh8BAAIfQQAC30EAFt9BACGfQQArn0EANF9BAABfgQADH4EAFR+BABZfgQAp34EAKp+BAD6fgQABH8EAE1/BAB4fwQA1u8OAKV/BADzfwQAAIAEAEaABABTgAQAmYAEAKWABADsgAQA+4AEAD+BBABJgQQAkoEEAJqBBADlgQQA74EEADiCBAA9ggQAi4IEAJOCBAAp8A4A64IEADGDBABFgwQAhIMEAIyDBADXgwQA3IMEACqEBAA6hAQAfYQEAIWEBADQhAQA2oQEACOFBAAuhQQAdoUEAIKFBADJhQQA0YUEAHzwDgAdhgQAb4YEAHuGBADChgQA0YYEABWHBAAjhwQAaIcEAHiHBAC7hwQAyYcEAA6IBAAaiAQAYYgEAGiIBAC0iAQAvIgEAAeJBAAdiQQAWokEAG6JBACtiQQAsIkEAACKBAAdigQAU4oEAGSKBACmigQArooEAPmKBAAEiwQATIsEAFGLBACfiwQAoosEAPKLBAD8iwQARYwEAEiMBADP8A4AmowEAAAiBwCdjAQA64wEAO6MBAA+jQQASI0EAJGNBACZjQQA5I0EAAOOBAAi8Q4AS44EAIqOBACwjgQA3Y4EAAOPBAAwjwQAVo8EAIOPBAC5jwQA1o8EAAuQBAApkAQAT5AEAHyQBACikAQAz5AEAASRBAAikQQARpEEAHWRBACRkQQAyJEEANCRBAB18Q4AIJIEAG6SBAB7kgQAwZIEAM6SBAAUkwQAIJMEAGeTBAB2kwQAupMEAMSTBAANlAQAG5QEAGCUBABllAQAs5QEAMCUBAAGlQQADpUEAFmVBABflQQArJUEAGOVBACelwQAuJUEAP+VBAAPlgQAUpYEAFuWBACllgQAqJYEAPiWBAAElwQAS5cEAFKXBADI8Q4ArJcEAPGXBAAHmAQARJgEAFCYBACXmAQAnpgEAOqYBADymAQAPZkEAEKZBACQmQQAmZkEAOOZBADtmQQAG/IOADeaBACJmgQAlZoEANyaBADimgQAL5sEADGbBACCmwQAjJsEANWbBADjmwQAKJwEAC2cBAB7nAQAiJwEAM6cBADWnAQAIZ0EACudBAB0nQQAgp0EAMedBADdnQQAGp4EACaeBABtngQAdJ4EAMCeBADIngQAE58EABifBABmnwQAb58EALmfBADDnwQAbvIOACSgBABfoAQAYqAEALKgBADPoAQABaEEABahBABYoQQAcKEEAKuhBAC3oQQA/qEEABGiBABRogQAYKIEAKSiBACwogQA96IEAPiiBABKowQAVKMEAJ2jBACrowQA8KMEAPWjBABDpAQAUKQEAMHyDgCbpAQA6aQEAPakBAA8pQQASaUEAI+lBACbpQQA4qUEAPGlBAA1pgQAP6YEAIimBACWpgQA26YEAOCmBAAupwQAO6cEAIGnBACJpwQA1KcEANqnBAAnqAQA3qcEABmqBAAzqAQAeqgEAIqoBADNqAQA1qgEACCpBAAjqQQAc6kEAH+pBADGqQQAzakEALrzDgAnqgQAbKoEAIKqBAC/qgQAy6oEABKrBAAZqwQAZasEAG2rBAC4qwQAvasEAAusBAAUrAQAXqwEAGisBAAN9A4AsqwEAAStBAAQrQQAV60EAF2tBACqrQQArK0EAP2tBAAHrgQAUK4EAF6uBACjrgQAqK4EAPauBAADrwQASa8EAFGvBACcrwQApq8EAO+vBAD9rwQAQrAEAFiwBACVsAQAobAEAOiwBADvsAQAO7EEAEOxBACOsQQAk7EEAOGxBADqsQQANLIEAD6yBABg9A4AlbIEANqyBADwsgQALbMEADmzBACAswQAh7MEANOzBADbswQAJrQEACu0BAB5tAQAgrQEAMy0BADWtAQAs/QOACC1BABytQQAfrUEAMW1BADLtQQAGLYEABq2BABrtgQAdbYEAL62BADMtgQAEbcEABa3BABktwQAcbcEALe3BAC/twQACrgEABS4BABduAQAa7gEALC4BADGuAQAA7kEAA+5BABWuQQAXbkEAKm5BACxuQQA/LkEAAG6BABPugQAWLoEAKK6BACsugQABvUOAPe6BAAEKQsAA7sEAEi7BABZuwQAm7sEAKC7BADuuwQABbwEAEG8BABVvAQAlLwEAKy8BADnvAQA9rwEADq9BAA/vQQAjb0EAJq9BADgvQQA7b0EADO+BAA/vgQAhr4EAJW+BADZvgQA474EACy/BAA0vwQAf78EAJ2/BADSvwQA2r8EACXABAAuwAQAeMAEAIXABADLwAQAzcAEAB7BBAA3wQQAccEEAILBBADEwQQA0MEEABfCBAAfwgQAWfUOAG/CBAC9wgQAxcIEABDDBAAfwwQAY8MEAGjDBAC2wwQAw8MEAAnEBAAWxAQAXMQEAGjEBACvxAQAvsQEAALFBAAMxQQAVcUEAF3FBACoxQQAssUEAPvFBAAAxgQATsYEAFbGBACs9Q4AuMYEAPTGBAD8xgQAR8cEAFHHBACaxwQAn8cEAO3HBAD1xwQA//UOAEXIBACTyAQAnMgEAA6xCgCgyAQA5sgEAKnIBACf+QwA8MgEADXBDADzyAQAOckEAEXJBACMyQQAm8kEAN/JBADpyQQAMsoEADrKBAD6AQoAQMoEAIXKBACSygQA2MoEAO/KBAArywQAM8sEAH7LBACIywQA0csEANbLBAAkzAQALMwEAFL2DgCEzAQAyswEANjMBAAdzQQAMM0EAHDNBAB4zQQAw80EAMbNBAAWzgQAG84EAGnOBAB4zgQAvM4EANzOBAAPzwQAG88EAGLPBABszwQAtc8EANHPBAAI0AQAENAEAKX2DgBu0AQArtAEALTQBAAB0QQADdEEAFTRBABe0QQAp9EEAK3RBAD60QQACNIEAE3SBABZ0gQAoNIEAKPSBADz0gQA9NIEAEbTBABS0wQAmdMEAJ/TBADs0wQA8tMEAD/UBABL1AQAktQEAK/UBADl1AQA7tQEADjVBABE1QQAi9UEAI7VBADe1QQA6NUEADHWBAA91gQAhNYEAIrWBADX1gQA3dYEACrXBAAv1wQAfdcEAIPXBAD49g4A3NcEACPYBAAl2AQAdtgEAIXYBADJ2AQA1NgEABzZBAAo2QQAb9kEAHbZBADC2QQAytkEABXaBAAf2gQAaNoEAHPaBAC72gQAx9oEAA7bBAAW2wQA8fcOAGPbBAC02wQAx9sEAAfcBAAP3AQAWtwEAGDcBACt3AQAudwEAADdBAAK3QQAU90EAFndBACm3QQAtN0EAPndBAAF3gQATN4EAE/eBACf3gQAp94EAPLeBADz3gQARd8EAFHfBACY3wQAnt8EAOvfBADz3wQAPuAEAETgBACR4AQAneAEAOTgBAAB4QQAN+EEAEDhBACK4QQAluEEAN3hBADg4QQAMOIEADriBACD4gQAi+IEANbiBADn4gQAKeMEADfjBAB84wQAkuMEAM/jBADd4wQAIuQEACzkBABE+A4AhOQEAMjkBADT5AQAG+UEACflBABu5QQAdeUEAMHlBADJ5QQAFOYEAB7mBABn5gQAcuYEALrmBADG5gQADecEABXnBACX+A4AYucEALPnBADG5wQABugEAA7oBABZ6AQAX+gEAKzoBAC46AQA/+gEAAnpBABS6QQAWOkEAKXpBACz6QQA+OkEAATqBABL6gQATuoEAJ7qBACm6gQA8eoEAPLqBABE6wQAUOsEAJfrBACd6wQA6usEAPLrBAA97AQAQ+wEAJDsBACc7AQA4+wEAADtBAA27QQAP+0EAIntBACV7QQA3O0EAN/tBAAv7gQAOe4EAILuBACK7gQA1e4EAObuBAAo7wQANu8EAHvvBACR7wQAzu8EANzvBAAh8AQAK/AEAHTwBAB88AQAx/AEAOrwBAAa8QQAHvEEAG3xBAB48QQAwPEEAM7xBAAT8gQAIvIEAGbyBABx8gQAufIEAMHyBAAM8wQAGvMEAF/zBABi8wQAsvMEALrzBADq+A4AE/QEAFj0BABb9AQAq/QEALP0BAALUgUAt/QEAJInBQC69AQA1PoEAMf0BAD+9AQAGvUEAD35DgBT9QQApPUEALH1BAD39QQABPYEAEr2BABP9gQAnfYEAKf2BADw9gQA//YEAEP3BABI9wQAlvcEAKP3BADp9wQA9vcEADz4BABI+AQAj/gEAJ74BADi+AQA7PgEADX5BABB+QQAiPkEAI75BADb+QQA4fkEAC76BAAz+gQAgfoEAIf6BACQ+Q4A2foEADIdBQDl+gQAJ/sEADX7BAB6+wQAhvsEAM37BADa+wQAIPwEACr8BABz/AQAj/wEAMb8BADi/AQA4/kOABv9BABs/QQAef0EAL/9BADM/QQAEv4EABf+BABl/gQAb/4EALj+BADH/gQAC/8EABD/BABe/wQAa/8EALH/BAC+/wQABAAFABAABQBXAAUAZgAFAKoABQC0AAUA/QAFAAkBBQBQAQUAVgEFAKMBBQCpAQUA9gEFAPsBBQBJAgUATwIFADb6DgCjAgUA7wIFAP0CBQBCAwUARQMFAJUDBQCkAwUA6AMFAO0DBQA7BAUASAQFAI4EBQCbBAUA4QQFAO0EBQA0BQUAQwUFAIcFBQCRBQUA2gUFAOgFBQAtBgUAMgYFAIAGBQCNBgUA0wYFAN8GBQAmBwUAOQcFAHkHBQCIBwUAzAcFANgHBQAfCAUAIAgFAHIIBQB8CAUAxQgFANMIBQAYCQUAHQkFAGsJBQB4CQUAifoOAMMJBQARCgUAGgoFAGQKBQB1CgUAtwoFAL4KBQAKCwUAEgsFAF0LBQBqCwUAsAsFALULBQADDAUADQwFAFYMBQBeDAUAqQwFAMAMBQD8DAUACA0FAE8NBQBZDQUAog0FAKoNBQD1DQUA9w0FAEgOBQBQDgUAmw4FAKEOBQDuDgUA+g4FAEEPBQBEDwUAlA8FAJkPBQDnDwUA8A8FADoQBQBAEAUAjRAFAJwQBQDgEAUA7BAFAIL7DgA1EQUAhhEFAJQRBQDZEQUA6hEFANX7DgAzEgUAKPwOAIQSBQDSEgUA2hIFACUTBQA0EwUAeBMFAH0TBQDLEwUA2BMFAB4UBQArFAUAcRQFAH0UBQDEFAUA0xQFABcVBQAhFQUAzvwOAGwVBQC9FQUA2BUFABAWBQASFgUAYxYFAH0WBQC2FgUAwxYFAAkXBQAVFwUAXBcFAGYXBQCvFwUAyRcFAAIYBQARGAUAVRgFAFoYBQCoGAUAtRgFAPsYBQAIGQUAThkFAFoZBQChGQUAsBkFAPQZBQD+GQUARxoFAFMaBQCaGgUArRoFAO0aBQD8GgUAQBsFAEwbBQCTGwUAlBsFAOYbBQDwGwUAORwFAEccBQCMHAUAkRwFAN8cBQDsHAUAIf0OAD8dBQCFHQUAkh0FANgdBQDkHQUAKx4FADoeBQB+HgUAiB4FANEeBQDfHgUAJB8FACkfBQB3HwUAhB8FAMofBQDWHwUAHSAFADAgBQBwIAUAfyAFAMMgBQDPIAUAFiEFABchBQBpIQUAcyEFALwhBQDKIQUADyIFABQiBQBiIgUAbyIFAHT9DgDCIgUACCMFAAojBQBbIwUAdCMFAK4jBQC/IwUAASQFAA0kBQBUJAUAXCQFAG3+DgCsJAUA+iQFAAIlBQBNJQUAXCUFAKAlBQClJQUA8yUFAAAmBQBGJgUAUyYFAJkmBQClJgUA7CYFAPsmBQA/JwUASScFAMD+DgClJwUA5ScFAPQnBQA4KAUARCgFAIsoBQCMKAUA3igFAOgoBQAxKQUAPykFAIQpBQCJKQUA1ykFAOQpBQAT/w4ALyoFAH0qBQCKKgUA0CoFAN0qBQAjKwUALysFAHYrBQCFKwUAySsFANMrBQAcLAUAKiwFAG8sBQB0LAUAwiwFAM8sBQAVLQUAHS0FAGgtBQBuLQUAuy0FAHItBQCZeQUAxy0FAA4uBQAeLgUAYS4FAGouBQC0LgUAty4FAAcvBQATLwUAWi8FAGEvBQAMAA8AuC8FAAAwBQABMAUAUzAFAGswBQCmMAUAszAFAPkwBQAFMQUATDEFAFYxBQCfMQUAozEFAPIxBQD3MQUARTIFAEsyBQCYMgUAuDIFAOsyBQADMwUAPjMFAFUzBQCRMwUAnTMFAOQzBQDuMwUANzQFADk0BQCKNAUAkTQFAN00BQDkNAUAMDUFADY1BQCDNQUAjzUFANY1BQDZNQUAKTYFACw2BQB8NgUAiDYFAM82BQDSNgUAXwAPACc3BQB1NwUAfTcFAMg3BQDONwUAGzgFACA4BQBuOAUAdzgFAME4BQDLOAUAFDkFACA5BQBnOQUAbzkFALIADwC/OQUADToFABU6BQBgOgUAazoFALM6BQC4OgUABjsFAAk7BQBZOwUAYzsFAAUBDwC4OwUA/zsFAAY8BQBSPAUAYDwFAKU8BQCoPAUA+DwFAAA9BQBLPQUATj0FAJ49BQCqPQUA8T0FAPc9BQBEPgUAXz4FAJc+BQCjPgUA6j4FAPA+BQA9PwUART8FAJA/BQCUPwUA4z8FAO8/BQA2QAUAQ0AFAIlABQCTQAUA3EAFAORABQAvQQUAMUEFAIJBBQCGQQUA1UEFANdBBQAoQgUAPEIFAFgBDwCDQgUAzkIFANJCBQAhQwUAI0MFAHRDBQB3QwUAx0MFAM9DBQAaRAUAJ0QFAG1EBQByRAUAwEQFAMpEBQATRQUAG0UFAGZFBQBnRQUAuUUFAL5FBQAMRgUAD0YFAF9GBQBiRgUAskYFAMBGBQAFRwUAHkcFAFhHBQBpRwUAq0cFALdHBQD+RwUABkgFAKsBDwBWSAUApEgFAKxIBQD3SAUABkkFAEpJBQBPSQUAnUkFAKpJBQDwSQUA/UkFAENKBQBPSgUAlkoFAKVKBQDpSgUA80oFADxLBQBESwUAj0sFAJlLBQDiSwUA50sFADVMBQA9TAUA/gEPAJNMBQDbTAUA50wFAC5NBQA2TQUAUQIPAI1NBQDUTQUA200FACdOBQA1TgUAek4FAH1OBQDNTgUA1U4FACBPBQAjTwUAc08FAH9PBQDGTwUAzE8FABlQBQA0UAUAbFAFAHhQBQC/UAUAxVAFABJRBQA1UQUAZVEFAGhRBQC4UQUA3FEFAKQCDwAaUgUAXlIFAGNSBQCxUgUAvlIFAARTBQARUwUAV1MFAGNTBQCqUwUAuVMFAP1TBQAHVAUAUFQFAF5UBQCjVAUAqFQFAPZUBQADVQUASVUFAFFVBQD3Ag8AqVUFAO9VBQD3VQUAQlYFAFtWBQCVVgUAm1YFAOhWBQDtVgUAO1cFAFtXBQCOVwUAmlcFAOFXBQDuVwUANFgFADxYBQCHWAUAilgFANpYBQDkWAUALVkFAC9ZBQCAWQUAilkFANNZBQDfWQUASgMPADxaBQB5WgUAhVoFAMxaBQDRWgUAH1sFANRaBQALBRAAKFsFAHJbBQB8WwUAxVsFAM1bBQAlSgkA0VsFABhcBQDoWwUASTkJAB5cBQBrXAUAK1wFAMhgCwBxXAUAvlwFAMNcBQARXQUAF10FAJ0DDwByXQUAt10FAM1dBQAKXgUAFl4FAF1eBQBiXgUAsF4FALleBQADXwUADV8FAFZfBQBeXwUAqV8FALhfBQD8XwUAAWAFAE9gBQBcYAUAomAFAK9gBQD1YAUAAWEFAEhhBQBXYQUAm2EFAKVhBQDuYQUA/GEFAEFiBQBOYgUAlGIFAKtiBQDnYgUA72IFADpjBQBEYwUAjWMFAJJjBQDgYwUA6GMFAJYEDwA/ZAUAhmQFAIxkBQDZZAUA9GQFACxlBQA4ZQUAf2UFAIVlBQDpBA8A5WUFACVmBQA0ZgUAeGYFAIRmBQDLZgUAzGYFAB5nBQAoZwUAcWcFAH9nBQDEZwUAyWcFABdoBQAkaAUAPAUPAG9oBQC9aAUAxWgFABBpBQATaQUAY2kFAGxpBQC2aQUAxWkFAAlqBQAUagUAXGoFAGRqBQCvagUAv2oFAAJrBQAQawUAVWsFAGZrBQCoawUAtGsFAPtrBQADbAUANQYPAFRsBQChbAUAqWwFAPRsBQD7bAUAR20FAFVtBQCabQUAoG0FAO1tBQD5bQUAQG4FAE9uBQCTbgUAnW4FAOZuBQDrbgUAOW8FAD9vBQCMbwUAoG8FAN9vBQDnbwUAMnAFAFpwBQCFcAUAjnAFANhwBQDlcAUAK3EFADlxBQB+cQUAkXEFANFxBQDtcQUAiAYPAClyBQB3cgUAhHIFAMpyBQDXcgUAHXMFAClzBQBwcwUAf3MFAMNzBQDNcwUAFnQFACR0BQBpdAUAbnQFALx0BQDJdAUAD3UFABd1BQBidQUAaHUFALV1BQDBdQUACHYFABh2BQBbdgUAZHYFAK52BQCxdgUAAXcFAA13BQBUdwUAW3cFANsGDwDPdwUA+ncFAAN4BQBNeAUAWngFAKB4BQCueAUA83gFAAZ5BQBGeQUAYnkFAC4HDwCneQUA7HkFAAJ6BQA/egUAS3oFAJJ6BQCZegUA5XoFAO16BQA4ewUAPXsFAIt7BQCUewUA3nsFAOh7BQCBBw8AMnwFAIR8BQCQfAUA13wFAN18BQAqfQUALH0FAH19BQCHfQUA0H0FAN59BQAjfgUAKH4FAHZ+BQCDfgUAyX4FANF+BQAcfwUAJn8FAG9/BQB9fwUAwn8FANh/BQAVgAUAIYAFAGiABQBvgAUAu4AFAMOABQAOgQUAE4EFAGGBBQBqgQUAtIEFAL6BBQDUBw8AFYIFAFqCBQBwggUArYIFALmCBQAAgwUABYMFAFODBQBcgwUApoMFALCDBQD5gwUABYQFAEyEBQBShAUAn4QFAKWEBQDyhAUA94QFAEWFBQBLhQUAJwgPAJ2FBQDrhQUA+IUFAD6GBQBLhgUAkYYFAJ2GBQDkhgUA84YFADeHBQBBhwUAiocFAJiHBQDdhwUA4ocFADCIBQA9iAUAg4gFAIuIBQDWiAUA4IgFACmJBQA3iQUAfIkFAJKJBQDPiQUA24kFACKKBQAnigUAdYoFAH6KBQDIigUA0ooFACAJDwAniwUAbosFAH+LBQDBiwUAzYsFABSMBQAjjAUAZ4wFAHGMBQC6jAUAyIwFAA2NBQASjQUAYI0FAG2NBQCzjQUAvY0FAAaOBQC/jQUAl5EFABSOBQBZjgUAb44FAKyOBQC4jgUA/44FAASPBQBSjwUAW48FAKWPBQCvjwUA+I8FAASQBQBLkAUAUZAFAJ6QBQCkkAUA8ZAFAPaQBQBEkQUASpEFAHMJDwCdkQUA6pEFAPCRBQA9kgUAQpIFAJCSBQCWkgUAxgkPAPGSBQA2kwUATJMFAImTBQCVkwUA3JMFAOGTBQAvlAUAOJQFAIKUBQCMlAUA1ZQFAOGUBQAolQUAO5UFAHuVBQCKlQUAzpUFANqVBQAhlgUAIpYFAHSWBQB+lgUAx5YFANWWBQAalwUAH5cFAG2XBQB6lwUAGQoPAM+XBQATmAUAM5gFAGaYBQBymAUAuZgFAMOYBQAMmQUAEZkFAF+ZBQBgmQUAspkFAL6ZBQAFmgUAEpoFAFiaBQBkmgUAq5oFAL6aBQD+mgUADZsFAFGbBQBdmwUApJsFAKWbBQD3mwUAAZwFAEqcBQBYnAUAnZwFAKKcBQDwnAUA/ZwFAGwKDwBfnQUAvwoPAJydBQDpnQUA750FADyeBQBBngUAj54FAJWeBQASCw8A554FADWfBQA4nwUAiJ8FAJSfBQDbnwUA4Z8FAC6gBQBJoAUAgaAFAI2gBQDUoAUA2qAFACehBQApoQUAeqEFAJWhBQDNoQUAz6EFACCiBQAuogUAc6IFAISiBQDGogUAyKIFABmjBQAyowUAbKMFAH2jBQC/owUAy6MFAAsMDwAcpAUAZaQFAHOkBQC4pAUAzqQFAAulBQAXpQUAXqUFAGOlBQCxpQUAuqUFAASmBQAOpgUAV6YFAF+mBQCqpgUAr6YFAP2mBQAMpwUAUKcFAF+nBQCjpwUArKcFAPanBQD8pwUASagFAE+oBQCcqAUAqKgFAO+oBQD2qAUAQqkFAEqpBQCVqQUAl6kFAOipBQD4qQUAO6oFAEWqBQCOqgUAmqoFAOGqBQDnqgUANKsFADyrBQBeDA8Ak6sFANqrBQDrqwUALawFADmsBQCArAUAj6wFANOsBQDdrAUAJq0FADStBQB5rQUAfq0FAMytBQDZrQUAH64FACeuBQByrgUAfK4FAHfFBQB+rgUAxa4FAMuuBQAYrwUAHq8FAGuvBQBwrwUAvq8FAMSvBQCxDA8AHbAFAGSwBQBqsAUAt7AFANKwBQAKsQUAFrEFAF2xBQBjsQUAsLEFALixBQADsgUABrIFAFayBQBisgUAqbIFALqyBQD8sgUACLMFAE+zBQBeswUAorMFAKyzBQD1swUAA7QFAEi0BQBNtAUAm7QFAKi0BQDutAUA9rQFAEG1BQBLtQUAlLUFAKK1BQDntQUA/bUFADq2BQBGtgUAjbYFAJK2BQDgtgUA6bYFADO3BQA9twUAqg0PAIy3BQDZtwUA37cFACy4BQA4uAUAf7gFAIy4BQDSuAUA3LgFACW5BQAtuQUAeLkFAIK5BQDLuQUA0LkFAB66BQAfugUAcboFAHa6BQDEugUA1boFABe7BQAcuwUAarsFAIG7BQC9uwUA0bsFABC8BQAsvAUAY7wFAGu8BQD9DQ8AvrwFAAm9BQATvQUAXL0FAHC9BQCvvQUAsL0FAAK+BQAOvgUAVb4FAHG+BQCovgUAsL4FAFAODwAEvwUATr8FAFy/BQChvwUAXb8FAF/QCQCrvwUA9L8FAPa/BQBHwAUAYMAFAJrABQCrwAUA7cAFAPnABQBAwQUASMEFAKMODwCfwQUA5sEFAOzBBQA5wgUAVMIFAIzCBQCYwgUA38IFAOXCBQAywwUANcMFAIXDBQCNwwUA2MMFAOjDBQArxAUAMMQFAH7EBQCHxAUA0cQFAN7EBQAkxQUAK8UFAPYODwCFxQUAysUFAODFBQAdxgUAKcYFAHDGBQB1xgUAw8YFAMzGBQAWxwUAIMcFAGnHBQCFxwUAvMcFAMTHBQBJDw8AFMgFAGLIBQBqyAUAtcgFALfIBQAIyQUAI8kFAFvJBQBdyQUArskFALzJBQABygUAEsoFAFTKBQBWygUAp8oFAMDKBQD6ygUAC8sFAE3LBQBZywUAoMsFAKjLBQCcDw8A/8sFAEbMBQBMzAUAmcwFALTMBQDszAUA+MwFAD/NBQBFzQUAks0FAJXNBQDvDw8AAs4FADjOBQA5zgUAi84FAJrOBQDezgUA484FADHPBQA+zwUAhM8FAJHPBQDXzwUA488FACrQBQA50AUAfdAFAIfQBQDQ0AUA3tAFACPRBQAo0QUAdtEFAIPRBQDJ0QUA1dEFABzSBQAi0gUAb9IFAC/SBQAv5wUAddIFAMLSBQDH0gUAFdMFABvTBQBCEA8AbdMFALvTBQDb0wUADtQFABrUBQBh1AUAZ9QFALTUBQC81AUA9QYGAL3UBQAH1QUAFNUFAFrVBQBg1QUArdUFALnVBQAA1gUAAtYFAFPWBQBi1gUAptYFALHWBQD51gUA+9YFAEzXBQBl1wUAn9cFALDXBQDy1wUA/tcFAEXYBQBR2AUAmNgFAKvYBQDr2AUA+tgFAD7ZBQBK2QUAkdkFAJLZBQDk2QUA7tkFADfaBQBF2gUAitoFAI/aBQDd2gUA6toFAJUQDwA92wUAg9sFAJfbBQDW2wUA8tsFACncBQBF3AUA6BAPAIvcBQDP3AUA0NwFACLdBQAx3QUAdd0FAHrdBQDI3QUA1d0FABveBQAo3gUAbt4FAHreBQDB3gUA0N4FABTfBQAe3wUAZ98FAHXfBQC63wUAv98FAA3gBQAa4AUAYOAFAHDgBQCz4AUAteAFAAbhBQAU4QUAWeEFAGrhBQA7EQ8As+EFAI4RDwAE4gUAUuIFAF/iBQCl4gUAsuIFAPjiBQD+4gUAS+MFAFfjBQCe4wUAruMFAPHjBQD64wUAROQFAEfkBQCX5AUAo+QFAOrkBQDx5AUA4REPAEnlBQCQ5QUAoOUFAOPlBQDs5QUANuYFADnmBQCJ5gUAleYFANzmBQDj5gUANBIPAD7nBQCC5wUAjucFANXnBQDW5wUAKOgFADLoBQB76AUAiegFAM7oBQDT6AUAIekFAC7pBQCHEg8AeekFAMfpBQDW6QUAGuoFADrqBQBt6gUAeeoFAMDqBQDK6gUAE+sFABvrBQBm6wUAcusFALnrBQC/6wUADOwFABLsBQBf7AUAZOwFALLsBQC47AUAgBMPAArtBQBY7QUAYe0FAKvtBQC87QUA/u0FAAXuBQBR7gUAWe4FAKTuBQCx7gUA9+4FAPzuBQBK7wUAVO8FAJ3vBQCl7wUA8O8FAP/vBQBD8AUASPAFAJbwBQCj8AUA6fAFAPbwBQA88QUASPEFAI/xBQCe8QUA4vEFAOzxBQA18gUAPfIFAIjyBQCS8gUA2/IFAODyBQAu8wUANvMFAHkUDwCG8wUA1PMFANfzBQAn9AUAMfQFAMwUDwCA9AUAzfQFANL0BQAg9QUAQPUFAHP1BQB/9QUAxvUFAMz1BQAZ9gUAHPYFAGz2BQBu9gUAv/YFANr2BQAS9wUAFPcFAGX3BQBz9wUAuPcFAMn3BQAL+AUADfgFAF74BQB3+AUAsfgFAML4BQAE+QUAEPkFAB8VDwBn+QUAqvkFAMr5BQD9+QUA//kFAFD6BQBc+gUALmgNAF/6BQDfFQYAbPoFANciBgB5+gUAo/oFAKb6BQD2+gUAA/sFANP/BQAF+wUASfsFAE77BQCc+wUAqfsFAO/7BQD8+wUAQvwFAE78BQCV/AUApPwFAOj8BQDy/AUAO/0FAEn9BQCO/QUAk/0FAOH9BQDu/QUANP4FAED+BQCH/gUAjf4FANr+BQDg/gUALf8FADL/BQCA/wUAhv8FAHIVDwDc/wUAJgAGADwABgB5AAYAkgAGAMwABgDYAAYAHwEGACUBBgByAQYAdwEGAMUBBgDVAQYAGAIGAB4CBgBrAgYAdwIGAL4CBgDIAgYAEQMGABcDBgBkAwYAcgMGALcDBgDDAwYACgQGAA0EBgBdBAYAaQQGALAEBgDDBAYAAwUGABIFBgBWBQYAYgUGAKkFBgC1BQYA/AUGAAMGBgBPBgYAWwYGAKIGBgCpBgYAxRUPAAsHBgBIBwYASgcGAJsHBgCvBwYA7gcGAPYHBgBBCAYATggGAJQIBgCZCAYA5wgGAPEIBgA6CQYAQgkGAI0JBgCmCQYA4AkGAOwJBgAzCgYAOwoGABgWDwChCgYA2QoGANsKBgAsCwYAOgsGAH8LBgCQCwYA0gsGANQLBgAlDAYAPgwGAHgMBgCJDAYAywwGANcMBgBrFg8AIw0GAHENBgB6DQYAxA0GANUNBgAXDgYAHg4GAGoOBgByDgYAvQ4GAMoOBgAQDwYAFQ8GAGMPBgBtDwYAtg8GAL4PBgAJEAYAIhAGAFwQBgBoEAYArxAGALcQBgARFw8ABREGAFURBgBfEQYAqBEGAKoRBgD7EQYAFBIGAE4SBgBfEgYAoRIGAK8SBgD0EgYA9xIGAEcTBgBSEwYAmhMGAKYTBgDtEwYA9BMGAGQXDwBFFAYAkxQGAJsUBgDmFAYA9BQGADkVBgA6FQYAjBUGAKcVBgC3Fw8A5BUGADIWBgA/FgYAhRYGAJIWBgDYFgYA5BYGACsXBgA6FwYAfhcGAIgXBgDRFwYA3xcGACQYBgApGAYAdxgGAIQYBgDKGAYA1hgGAB0ZBgAjGQYAcBkGAHYZBgDDGQYAyBkGABYaBgAcGgYAChgPAHYaBgC8GgYAvhoGAA8bBgAoGwYAYhsGAHMbBgC1GwYAwRsGAAgcBgAQHAYAAxkPAGAcBgCuHAYAthwGAAEdBgAaHQYAVB0GAFkdBgCnHQYArB0GAPodBgAEHgYATR4GAFAeBgCgHgYAqh4GAPMeBgD5HgYARh8GAEgfBgCZHwYAmh8GAOwfBgD0HwYAPyAGAE8gBgCSIAYAmCAGAOUgBgDqIAYAOCEGAE4hBgCLIQYAkyEGAN4hBgAGIgYAMSIGAFQiBgCEIgYAoyIGAFYZDwDfIgYAqRkPADsjBgB9IwYAiyMGANAjBgDcIwYAIyQGADAkBgB2JAYAgCQGAMkkBgDRJAYAHCUGACclBgBvJQYAcSUGAMIlBgDFJQYAFSYGAB0mBgBoJgYAbiYGALsmBgDEJgYADicGABsnBgBhJwYAaScGALQnBgC5JwYABygGABAoBgBaKAYAZCgGAK0oBgC1KAYAACkGAAUpBgBTKQYAYykGAKYpBgCuKQYA+SkGAPspBgBMKgYAZyoGAJ8qBgChKgYA8ioGAAArBgBFKwYAVisGAJgrBgCaKwYA6ysGAAQsBgA+LAYATywGAJEsBgCdLAYA5CwGAOwsBgD8GQ8APS0GAIotBgCPLQYA3S0GAP0tBgAwLgYAPC4GAIMuBgCJLgYA1i4GANkuBgApLwYAMS8GAHwvBgCGLwYAzy8GANQvBgAiMAYAKjAGAHUwBgB/MAYAyDAGAMowBgAbMQYALDEGAG4xBgCOMQYAwTEGAMkxBgAUMgYAHjIGAGcyBgBsMgYATxoPAM4yBgANMwYAFTMGAGAzBgBlMwYAszMGAMMzBgAGNAYADjQGAFk0BgBjNAYArDQGALc0BgD/NAYACzUGAFI1BgBaNQYAohoPALE1BgD4NQYABDYGAEs2BgBSNgYAnjYGAKY2BgDxNgYACjcGAEQ3BgBKNwYAlzcGAJw3BgDqNwYACjgGAD04BgBJOAYAkDgGAJY4BgDjOAYA5jgGAPUaDwA4OQYAiTkGAEQ5BgDVVQ4AjDkGANw5BgDmOQYALzoGAD06BgCCOgYAkToGANU6BgDYOgYAKDsGAO06BgAeYAYA8ToGADRRBgA0OwYAezsGAH07BgDOOwYA1DsGACE8BgAwPAYAdDwGAH88BgDHPAYAzzwGAASfBgDhPAYAGj0GACY9BgBtPQYAgD0GAMA9BgDPPQYAEz4GAB8+BgBmPgYAZz4GALk+BgDDPgYADD8GABo/BgBfPwYAZD8GALI/BgC/PwYASBsPAB9ABgBYQAYAZ0AGAKtABgCwQAYA/kAGAAtBBgBRQQYAXkEGAKRBBgCwQQYA90EGAAZCBgBKQgYAVEIGAJ1CBgCrQgYA8EIGAPVCBgBDQwYAUEMGAJZDBgCiQwYA6UMGAO9DBgA8RAYAQkQGAI9EBgCURAYA4kQGAOhEBgCbGw8ANkUGAIhFBgA+RQYA+6kIAEJFBgDhlQgAVUUGAGVzDACURQYA20UGAOFFBgAeWQcA6EUGAC5GBgAxRgYAgUYGAI1GBgDURgYA1kYGACdHBgAtRwYAekcGAIlHBgDNRwYA2EcGACBIBgAhSAYAc0gGAIdIBgDGSAYA4EgGABlJBgAlSQYAbEkGAH9JBgC/SQYAzkkGABJKBgAeSgYAZUoGAGZKBgC4SgYAwkoGAAtLBgAZSwYAXksGAGNLBgCxSwYAvksGAO4bDwAeTAYAV0wGAGZMBgCqTAYAr0wGAP1MBgAKTQYAUE0GAF1NBgCjTQYAr00GAPZNBgAFTgYASU4GAFNOBgCcTgYAqk4GAO9OBgD0TgYAQk8GAE9PBgCVTwYAoU8GAOhPBgDuTwYAO1AGAEFQBgCOUAYAk1AGAOFQBgDnUAYAQRwPAFBRBgCUHA8AjVEGANpRBgDcUQYALVIGADpSBgCAUgYAg1IGANNSBgDUUgYAJlMGACtTBgB5UwYAf1MGAMxTBgDWUwYAH1QGADtUBgByVAYAjlQGAOccDwDLVAYAGFUGABpVBgBrVQYAeFUGAL5VBgDBVQYAEVYGABJWBgBkVgYAaVYGALdWBgC9VgYAClcGABRXBgBdVwYAeVcGALBXBgDMVwYAOh0PAAlYBgBWWAYAXFgGAKlYBgCuWAYA/FgGAAJZBgCNHQ8AXVkGAKJZBgC9WQYA9VkGAANaBgBIWgYAVVoGAJtaBgCyWgYA7loGAP1aBgBBWwYARlsGAJRbBgChWwYA51sGAPRbBgA6XAYARlwGAI1cBgCcXAYA4FwGAOpcBgAzXQYAQV0GAIZdBgCLXQYA2V0GAOZdBgAsXgYAL14GAH9eBgCLXgYA0l4GANheBgAlXwYAK18GAHhfBgB9XwYAy18GANFfBgDgHQ8AKGAGAHFgBgB3YAYAxGAGAMZgBgAXYQYAJGEGAGphBgBtYQYAvWEGAL5hBgAQYgYAFWIGAGNiBgBpYgYAtmIGAMBiBgAJYwYAI2MGAFxjBgBrYwYAr2MGALRjBgACZAYAD2QGAFVkBgBiZAYAqGQGALRkBgD7ZAYACmUGAE5lBgBYZQYAoWUGAK9lBgD0ZQYA+WUGAEdmBgBUZgYAmmYGAKRmBgBUcAYApmYGAO1mBgDzZgYAQGcGAEZnBgCTZwYAmGcGAOZnBgDsZwYAMx4PAD5oBgCMaAYAmWgGAN9oBgDsaAYAMmkGAD5pBgCFaQYAlGkGANhpBgDiaQYAK2oGADlqBgB+agYAg2oGANFqBgDeagYAJGsGACxrBgB3awYAg2sGAMprBgDQawYAHWwGACNsBgBwbAYAdWwGAMNsBgDJbAYALB8PABhtBgBpbQYAcm0GALxtBgC/bQYAD24GABtuBgBibgYAaW4GALVuBgC9bgYACG8GACFvBgBbbwYAb28GAK5vBgDKbwYAAXAGAAlwBgDSHw8AYnAGAKdwBgC9cAYA+nAGAAZxBgBNcQYAUnEGAKBxBgCpcQYA83EGAP1xBgBGcgYAYnIGAJlyBgChcgYAJSAPAPFyBgA/cwYATHMGAJJzBgCfcwYA5XMGAPFzBgA4dAYAR3QGAIt0BgCVdAYA3nQGAOx0BgAxdQYANnUGAIR1BgCRdQYA13UGAN91BgAqdgYANHYGAH12BgCLdgYA0HYGAOZ2BgAjdwYAL3cGAHZ3BgB7dwYAyXcGANJ3BgAceAYAJngGAG94BgB3eAYAwngGANF4BgAVeQYAF3kGAGh5BgBxeQYAu3kGAL55BgAOegYAGnoGAGF6BgBoegYAtHoGALx6BgAHewYAIHsGAFp7BgBuewYArXsGAMl7BgAAfAYACHwGAHggDwBYfAYApnwGALN8BgD5fAYABn0GAEx9BgBYfQYAn30GAK59BgDyfQYA/H0GAEV+BgBPfgYAmH4GAKZ+BgDrfgYAAX8GAD5/BgBKfwYAkX8GAJZ/BgDkfwYA7X8GADeABgBBgAYAioAGAJaABgDdgAYA44AGADCBBgA2gQYAg4EGAIiBBgDWgQYA3IEGAMsgDwA1ggYAfIIGAICCBgDPggYA3oIGACKDBgAngwYAdYMGAIKDBgDIgwYA1YMGABuEBgAnhAYAboQGAH2EBgDBhAYAy4QGABSFBgAihQYAZ4UGAGyFBgC6hQYAx4UGAA2GBgAZhgYAYIYGAGaGBgCzhgYAuYYGAAaHBgALhwYAWYcGAF+HBgAeIQ8AsYcGAP+HBgAGiAYAUogGAF6IBgCliAYAp4gGAPiIBgCoiAYAe44GABOJBgBLiQYATYkGAJ6JBgCsiQYA8YkGAAKKBgBEigYARooGAJeKBgCwigYA6ooGAPuKBgA9iwYASYsGAJCLBgCciwYA44sGAPaLBgA2jAYARYwGAImMBgCVjAYA3IwGAN2MBgAvjQYAOY0GAIKNBgCQjQYA1Y0GANqNBgAojgYANY4GAHEhDwB9jgYAzo4GAOmOBgAhjwYAI48GAHSPBgCCjwYAx48GANiPBgAakAYAHJAGAG2QBgCGkAYAwJAGANGQBgATkQYAH5EGAGaRBgBykQYAuZEGAMyRBgAMkgYAG5IGAF+SBgBrkgYAspIGALOSBgAFkwYAD5MGAFiTBgBmkwYAq5MGALCTBgD+kwYAC5QGAGoiDwBWlAYApJQGAKyUBgD3lAYA+ZQGAEqVBgBblQYAnZUGAKuVBgDwlQYAC5YGAEOWBgBPlgYAlpYGAJ6WBgBjIw8A7pYGADyXBgBDlwYAj5cGAJuXBgDilwYA5ZcGADWYBgA9mAYAiJgGAJiYBgDbmAYA4JgGAC6ZBgA3mQYAgZkGAI6ZBgDUmQYA25kGACeaBgAvmgYAtiMPAIeaBgDNmgYA1ZoGACCbBgA0mwYAc5sGAHibBgDGmwYAz5sGABmcBgAfnAYAbJwGAHScBgC/nAYAzpwGABKdBgAjnQYAZZ0GAG6dBgC4nQYAu50GAAueBgAVngYAXp4GAGqeBgCxngYAt54GAAkkDwARnwYAV58GAFyfBgCqnwYAsZ8GAP2fBgAJoAYAUKAGAFigBgBcJA8AvqAGAPagBgD4oAYASaEGAFehBgCcoQYAraEGAO+hBgDxoQYAQqIGAFuiBgCVogYApqIGAOiiBgD0ogYAryQPAEqjBgCOowYAnaMGAOGjBgDqowYANKQGADqkBgCHpAYAjaQGANqkBgDmpAYALaUGADSlBgCApQYAiKUGANOlBgDXpQYAJqYGADGmBgB5pgYAh6YGAMymBgDdpgYAH6cGACunBgBypwYAeqcGAAIlDwDIpwYAGKgGACKoBgBrqAYAbagGAL6oBgDXqAYAEakGACKpBgBkqQYAcqkGALepBgC6qQYACqoGABWqBgBdqgYAa6oGALCqBgC9qgYAA6sGABqrBgBWqwYAXqsGAKmrBgCrqwYA/KsGAASsBgBPrAYAXqwGAKKsBgCnrAYA9awGAAKtBgBIrQYAVa0GAJutBgCnrQYA7q0GAP2tBgBBrgYAS64GAJSuBgCirgYA564GAOyuBgA6rwYAR68GAI2vBgCVrwYA4K8GAOqvBgAzsAYAOLAGAIawBgCOsAYA2bAGANywBgAssQYASbEGAH+xBgCQsQYA0rEGANqxBgAlsgYAKLIGAHiyBgCEsgYAy7IGANGyBgAeswYAObMGAHGzBgB9swYAxLMGAMqzBgBVJQ8AJrQGAGq0BgBrtAYAvbQGAPO0BgAQtQYAHrUGAGO1BgBktQYAtrUGAL61BgAJtgYAGLYGAFy2BgBhtgYAr7YGALy2BgACtwYAD7cGAFW3BgBhtwYAqLcGALe3BgD7twYABbgGAE64BgBcuAYAobgGAKa4BgD0uAYAAbkGAEe5BgBPuQYAmrkGAKS5BgDtuQYA8rkGAEC6BgBIugYAk7oGAJ26BgDmugYA8boGADm7BgBFuwYAjLsGAJS7BgCoJQ8A5LsGADK8BgA1vAYAhbwGAI+8BgDYvAYA4LwGAPslDwA5vQYAfr0GAJS9BgDRvQYA3b0GACS+BgApvgYAd74GAIC+BgDKvgYA1L4GAB2/BgAlvwYAcL8GAHy/BgDDvwYA1r8GABbABgAXwAYAacAGAHfABgC8wAYAwsAGAA/BBgAbwQYAYsEGAGnBBgBOJg8AtsEGAAjCBgAUwgYAW8IGAGjCBgCuwgYAtsIGAAHDBgALwwYAVMMGAGPDBgCnwwYAqMMGAPrDBgACxAYATcQGAFzEBgCgxAYApcQGAPPEBgAAxQYARsUGAFPFBgCZxQYApcUGAOzFBgD7xQYAP8YGAEnGBgCSxgYAoMYGAOXGBgDqxgYAOMcGAEXHBgCLxwYAk8cGAN7HBgDixwYAMcgGAD/IBgCEyAYAjsgGANfIBgDiyAYAKskGADLJBgB9yQYAiMkGANDJBgDVyQYAI8oGACbKBgB2ygYAgMoGAMnKBgDRygYAHMsGADvLBgChJg8AccsGAMLLBgDDywYAFcwGAB/MBgBozAYAdswGALvMBgDWzAYADs0GABrNBgBhzQYAac0GAPQmDwDAzQYAB84GAA3OBgBazgYAdc4GAK3OBgC5zgYAAM8GAAbPBgBTzwYAW88GAKbPBgC0zwYA+c8GAPzPBgBM0AYAVNAGAJ/QBgCo0AYA8tAGAP/QBgBF0QYAR9EGAJjRBgCz0QYA69EGAO3RBgA+0gYATNIGAJHSBgCi0gYA5NIGAObSBgA30wYAUNMGAIrTBgCb0wYA3dMGAOnTBgAw1AYAONQGAEcnDwCJ1AYA1tQGAN7UBgAp1QYAMNUGAHzVBgCB1QYAz9UGANvVBgAi1gYAJdYGAHXWBgB91gYAyNYGANXWBgAb1wYAINcGAG7XBgB41wYAwdcGAMnXBgAU2AYAINgGAGfYBgB62AYAutgGAMjYBgAN2QYAENkGAGDZBgBq2QYAmicPALbZBgAG2gYADtoGAFnaBgBc2gYArNoGALjaBgD/2gYABdsGAFLbBgBt2wYApdsGALHbBgD42wYA/tsGAEvcBgBT3AYAntwGAKzcBgDx3AYA9NwGAETdBgBM3QYAl90GAKDdBgDq3QYA990GAD3eBgA/3gYAkN4GAKveBgDj3gYA5d4GADbfBgBE3wYAid8GAJrfBgDc3wYA3t8GAC/gBgBI4AYAguAGAJPgBgDV4AYA4eAGACjhBgAw4QYA7ScPAIHhBgDO4QYA1uEGACHiBgAo4gYAdOIGAHniBgDH4gYA0+IGABrjBgAd4wYAbeMGAHXjBgDA4wYAzeMGABPkBgAY5AYAZuQGAHDkBgC55AYAweQGAAzlBgAY5QYAX+UGAHLlBgCy5QYAwOUGAAXmBgAI5gYAWOYGAGLmBgBAKA8AruYGAP7mBgAK5wYAUecGAFfnBgCk5wYAv+cGAPfnBgAD6AYASugGAFDoBgCd6AYApegGAPDoBgD+6AYAQ+kGAEbpBgCW6QYAnukGAOnpBgDy6QYAPOoGAEnqBgCP6gYAkeoGAOLqBgD96gYANesGADfrBgCI6wYAlusGANvrBgDs6wYALuwGADDsBgCB7AYAmuwGANTsBgDl7AYAJ+0GADPtBgB67QYAgu0GAJMoDwDT7QYAIO4GACjuBgBz7gYAeu4GAMbuBgDL7gYAGe8GACXvBgBs7wYAb+8GAL/vBgDH7wYAEvAGAB/wBgBl8AYAavAGALjwBgDC8AYAC/EGABPxBgBe8QYAavEGALHxBgDE8QYABPIGABLyBgBX8gYAWvIGAKryBgC08gYA5igPAP/yBgBQ8wYAAvMGAGoACAAG8wYA1QIOAAnzBgCAIQ0AC/MGAKBjCABa8wYA/HoNAGHzBgCj8wYAtPMGAPbzBgAE9AYASfQGAGX0BgCc9AYAuPQGADkpDwD99AYAQvUGAE/1BgCV9QYArPUGAOj1BgD09QYAO/YGAEH2BgCO9gYAlPYGAOH2BgDm9gYANPcGADr3BgCMKQ8AjPcGANr3BgDi9wYALfgGADD4BgCA+AYAjPgGANP4BgDZ+AYAJvkGAEH5BgB5+QYAhfkGAMz5BgDS+QYAH/oGACf6BgBy+gYAdPoGAMX6BgDg+gYAGPsGABr7BgBr+wYAefsGAL77BgDP+wYAEfwGABP8BgBk/AYAffwGALf8BgDI/AYACv0GABb9BgCFKg8Ac/0GALD9BgC//QYAA/4GANn9BgDgAgcABf4GAFb+BgBl/gYAqf4GALT+BgD8/gYACP8GAE//BgBS/wYAov8GAFb/BgBHDAcAa/8GAB4GBwCu/wYA9f8GAPv/BgBIAAcAYwAHAJsABwCnAAcA7gAHAPQABwBBAQcATQEHAJQBBwCaAQcA5wEHAO0BBwA6AgcAPwIHAI0CBwCTAgcA2CoPAOMCBwAzAwcATwMHAIYDBwCOAwcA0SsPAOUDBwAsBAcAMgQHAH8EBwCaBAcA0gQHAN4EBwAlBQcAKwUHAHgFBwCABQcAywUHAOwFBwAkLA8AJgYHAHcsDwB2BgcAxAYHANEGBwAXBwcAJAcHAGoHBwB2BwcAvQcHAMwHBwAQCAcAGggHAGMIBwBrCAcAtggHAMAIBwAJCQcAFwkHAFwJBwByCQcArwkHALsJBwACCgcABwoHAFUKBwBeCgcAqAoHALIKBwD7CgcAAwsHAE4LBwBYCwcAoQsHAKYLBwD0CwcA/AsHAMosDwBTDAcAmgwHAK0MBwDtDAcA/AwHAEANBwBMDQcAkw0HAJQNBwDmDQcA8A0HADkOBwBHDgcAjA4HAJEOBwDfDgcA7A4HAB0tDwA9DwcAhQ8HAJEPBwDYDwcA3g8HACsQBwA3EAcAfhAHAIYQBwAWLg8A1BAHACQRBwAsEQcAdxEHAIQRBwDKEQcAzxEHAB0SBwAlEgcAcBIHAHISBwDDEgcA3hIHABYTBwAYEwcAaRMHAHcTBwC8EwcAzRMHAA8UBwARFAcAYhQHAHsUBwC1FAcAxhQHAAgVBwAUFQcAWxUHAGMVBwBpLg8AsxUHAAEWBwAOFgcAVBYHAGEWBwCnFgcAsxYHAPoWBwAJFwcATRcHAFcXBwCgFwcArhcHAPMXBwD4FwcARhgHAFMYBwCZGAcAoRgHAOwYBwDuGAcAPxkHAEkZBwCSGQcAmhkHALwuDwDwGQcAOBoHAEYaBwCLGgcAjhoHAN4aBwDmGgcAMRsHAEcbBwCEGwcAiRsHANcbBwDtGwcAKhwHADYcBwB9HAcAihwHANAcBwDaHAcADy8PACUdBwB2HQcAhB0HAMkdBwDaHQcAYi8PACIeBwBvHgcAex4HALUvDwDEHgcAFR8HABsfBwBoHwcAiB8HALsfBwDHHwcADiAHABUgBwBhIAcAaSAHALQgBwC7IAcAByEHABMhBwBaIQcAXCEHAK0hBwC0IQcACDAPAAMiBwBTIgcAWyIHAKYiBwC2IgcA+SIHAPsiBwBMIwcAWiMHAJ8jBwCwIwcAWzAPAPkjBwCuMA8AUiQHAJgkBwCfJAcA6yQHAPMkBwA+JQcATCUHAJElBwCUJQcA5CUHAOwlBwA3JgcAPiYHAIomBwCYJgcA3SYHAOAmBwAwJwcAMicHAIMnBwCcJwcA1icHAOcnBwApKAcANSgHAHwoBwCDKAcAzygHANcoBwAiKQcAKykHAHUpBwCCKQcAyCkHANIpBwAbKgcAKSoHAG4qBwB/KgcAwSoHAMkqBwAUKwcAHisHAGcrBwB1KwcAuisHANArBwANLAcAGSwHAGAsBwBnLAcAsywHALssBwAGLQcADC0HAFktBwBlLQcArC0HALYtBwD/LQcABS4HAFIuBwBmLgcAVDEPALMuBwD4LgcAES8HAEsvBwBhLwcAni8HAK0vBwDxLwcACzAHAEQwBwBHMAcAITUHAE8wBwD+OQcAUzAHAJcwBwCcMAcA6jAHAPcwBwA9MQcASjEHAJAxBwCcMQcA4zEHAPIxBwA2MgcAQDIHAIkyBwCXMgcA3DIHAOEyBwAvMwcAPDMHAIIzBwCOMwcA1TMHANszBwAoNAcALjQHAHs0BwCANAcAzjQHANQ0BwCnMQ8ALTUHAHQ1BwB6NQcAxzUHAOI1BwAaNgcAJjYHAG02BwBzNgcAwDYHAMc2BwATNwcAGDcHALI4BwAfNwcAZjcHAGg3BwC5NwcAwDcHAAw4BwAoOAcAXzgHAGc4BwCgMg8AtjgHAAU5BwASOQcAWDkHAHQ5BwCrOQcAszkHAPMyDwADOgcAUToHAFQ6BwCkOgcArjoHAPc6BwAIOwcASjsHAE87BwCdOwcAojsHAPA7BwAQPAcAQzwHAEw8BwCWPAcAlzwHAOk8BwD1PAcAPD0HAEI9BwCPPQcAlT0HAOI9BwDnPQcANT4HADs+BwBGMw8AiT4HANs+BwDnPgcALj8HADs/BwCBPwcAiT8HANQ/BwDdPwcAJ0AHADRABwB6QAcAiEAHAM1ABwDgQAcAIEEHAChBBwBzQQcAdkEHAMZBBwDLQQcAGUIHAChCBwBsQgcAjEIHAL9CBwDLQgcAEkMHABxDBwA/NA8Ab0MHALhDBwC6QwcAC0QHABVEBwBeRAcAZ0QHALFEBwC0RAcABEUHAAxFBwBXRQcAi0UHAJI0DwC2RQcA/UUHAAxGBwBQRgcAcEYHAKNGBwCvRgcA9kYHAP1GBwBJRwcATkcHAJxHBwCdRwcA70cHAPtHBwBCSAcASEgHAJVIBwCXSAcA6EgHAPJIBwA7SQcASUkHAI5JBwCTSQcA4UkHAO5JBwA0SgcAPkoHAIdKBwCVSgcA2koHAPBKBwAtSwcAOUsHAIBLBwCFSwcA00sHANxLBwAmTAcAMEwHAHlMBwCFTAcAzEwHAN9MBwAfTQcALk0HAHJNBwB+TQcAxU0HAMZNBwAYTgcAIk4HAGtOBwB5TgcAvk4HAMNOBwARTwcAHk8HAOU0DwByTwcAt08HAM1PBwAKUAcAFlAHAF1QBwBkUAcAsFAHALhQBwADUQcACFEHAFZRBwBfUQcAqVEHALNRBwD8UQcABFIHAE9SBwBTUgcAolIHAKRSBwD1UgcAA1MHAEhTBwBSUwcAm1MHAKlTBwDuUwcA+1MHAEFUBwBYVAcAlFQHAJxUBwDnVAcA91QHADpVBwA/VQcAjVUHAJNVBwDgVQcA6FUHADNWBwA4VgcAhlYHAIdWBwDZVgcA5VYHACxXBwAyVwcAf1cHAIFXBwDSVwcA3FcHACVYBwAzWAcAeFgHAH1YBwDLWAcA2FgHAN41DwAgWQcAcVkHAHtZBwDEWQcA0lkHABdaBwAcWgcAaloHAHdaBwC9WgcAv1oHAKcICQDHWgcAEFsHAB5bBwBjWwcAeVsHALZbBwDCWwcACVwHAA5cBwBcXAcAZVwHAK9cBwC5XAcAAl0HAA5dBwBVXQcAaF0HAKhdBwC3XQcA+10HAAdeBwBOXgcAT14HAKFeBwCrXgcA9F4HAAJfBwBHXwcATF8HAJpfBwCnXwcAMTYPAPZfBwBAYAcASmAHAJNgBwCVYAcA5mAHAPBgBwA5YQcARWEHAIxhBwCUYQcAKjcPAOBhBwAyYgcAPmIHAIViBwCLYgcA2GIHANpiBwArYwcANWMHAH5jBwCMYwcA0WMHANZjBwAkZAcAMWQHAHdkBwB/ZAcAymQHANRkBwAdZQcAK2UHAHBlBwCGZQcAw2UHAM9lBwAWZgcAHWYHAGlmBwBxZgcAvGYHAMFmBwAPZwcAGGcHAGJnBwBsZwcAtWcHAMpnBwAIaAcAEWgHAFtoBwBoaAcArmgHALBoBwABaQcAGmkHAFRpBwBlaQcAp2kHALNpBwD6aQcAAmoHAH03DwBSagcAoGoHAKhqBwDzagcACWsHAEZrBwBLawcAmWsHAKBrBwDsawcA+msHAD9sBwBPbAcAkmwHAKZsBwDlbAcA7WwHADhtBwBHbQcAi20HAJBtBwDebQcA520HADFuBwA+bgcAhG4HAI5uBwDXbgcA424HACpvBwAwbwcA0DcPAItvBwDQbwcA5m8HACNwBwAvcAcAdnAHAHtwBwDJcAcA0nAHABxxBwAmcQcAb3EHAHdxBwDCcQcAxnEHABVyBwAXcgcAaHIHAHZyBwC7cgcAxXIHAA5zBwAccwcAYXMHAG5zBwC0cwcAy3MHAAd0BwAPdAcAWnQHAGp0BwCtdAcAsnQHAAB1BwAGdQcAU3UHAFt1BwCmdQcAwXUHAPl1BwD7dQcATHYHAF12BwCfdgcAqHYHAPJ2BwD+dgcAIzgPAEp3BwCYdwcAm3cHAOt3BwD1dwcAPngHAEB4BwCReAcArHgHAOR4BwDmeAcAN3kHAEV5BwCKeQcAm3kHAN15BwDfeQcAMHoHAEl6BwCDegcAlHoHANZ6BwDiegcAdjgPAEZ7BwB8ewcAjXsHAM97BwDrewcAInwHACp8BwDJOA8AenwHAMh8BwDQfAcAG30HACZ9BwBufQcAc30HAMF9BwDEfQcAFH4HAB5+BwBnfgcAan4HALp+BwDCfgcADX8HAA9/BwBgfwcAe38HALN/BwC1fwcABoAHABSABwBZgAcAaoAHAKyABwCugAcA/4AHABiBBwBSgQcAY4EHAKWBBwCxgQcA+IEHAACCBwAcOQ8AWIIHAJ6CBwCmggcA8YIHAPuCBwBEgwcAT4MHAJeDBwCjgwcA6oMHAPKDBwBvOQ8AQoQHAJCEBwCVhAcA44QHAPSEBwDCOQ8AQ4UHAImFBwCLhQcA3IUHAPWFBwAvhgcAQIYHAIKGBwCOhgcA1YYHAN2GBwAVOg8ALYcHAHuHBwCDhwcAzocHAN2HBwAhiAcAJ4gHAHSIBwCAiAcAx4gHAMmIBwAaiQcAJIkHAG2JBwB5iQcAwIkHAMiJBwBoOg8AH4oHAGaKBwBpigcAuYoHALyKBwAMiwcAGosHAF+LBwBkiwcAsosHAL+LBwC7Og8AFowHAFiMBwBgjAcAq4wHAGWMBwC/lQcAtowHAP6MBwADjQcAUY0HAFSNBwCkjQcAro0HAPeNBwAajgcASo4HAE2OBwCdjgcAwY4HAPCOBwD4jgcADjsPAEmPBwCWjwcApI8HAOmPBwD1jwcAPJAHAEOQBwCPkAcAl5AHAOKQBwDykAcANZEHADqRBwCIkQcAjpEHANuRBwDjkQcALpIHAEuSBwCBkgcAipIHANSSBwDgkgcAJ5MHAC2TBwB6kwcAjpMHAM2TBwDVkwcAIJQHADCUBwBzlAcAdZQHAMaUBwDUlAcAGZUHACqVBwBhOw8Ac5UHALQ7DwDElQcAEpYHABmWBwBllgcAcZYHALiWBwC7lgcAC5cHABuXBwBelwcAYJcHALGXBwC/lwcABJgHABWYBwAHPA8AXpgHAFo8DwC9mAcA/ZgHAAyZBwBQmQcAXJkHAKOZBwCkmQcA9pkHAACaBwBJmgcAV5oHAJyaBwChmgcA75oHAPyaBwCtPA8AR5sHAJWbBwCemwcA6JsHAPmbBwA7nAcAQpwHAI6cBwCWnAcA4ZwHAO6cBwA0nQcAOZ0HAIedBwCRnQcA2p0HAOKdBwAtngcAM54HAICeBwCMngcA054HANWeBwAmnwcANZ8HAHmfBwCEnwcAzJ8HANSfBwAfoAcAIaAHAHKgBwB/oAcAxaAHANmgBwAYoQcAIKEHAGuhBwB6oQcAvqEHAMOhBwARogcAHqIHAGSiBwBuogcAt6IHALmiBwAKowcAGaMHAF2jBwBnowcAsKMHALijBwADpAcABKQHAFakBwBbpAcAqaQHALekBwD8pAcACaUHAE+lBwBZpQcApj0PAKWlBwD1pQcAAaYHAN+0BwARpgcASKYHAFCmBwD5PQ8AoKYHAO6mBwD2pgcAQacHAESnBwCUpwcAoKcHAOenBwDtpwcAOqgHAFWoBwCNqAcAmagHAOCoBwDmqAcAM6kHADapBwCGqQcAjqkHANmpBwDbqQcALKoHAEeqBwB/qgcAgaoHANKqBwDgqgcAJasHADarBwB4qwcAeqsHAMurBwDkqwcAHqwHAC+sBwBxrAcAfawHAMSsBwDMrAcATD4PABytBwBqrQcAcK0HAL2tBwDFrQcAEK4HAB+uBwBjrgcAaK4HALauBwDDrgcACa8HABavBwBcrwcAaK8HAK+vBwC+rwcAArAHAAywBwBVsAcAY7AHAKiwBwCtsAcA+7AHAAixBwCfPg8AWrEHAKGxBwCnsQcA9LEHAA+yBwBHsgcAU7IHAJqyBwCgsgcA7bIHAPCyBwBAswcATLMHAJOzBwCZswcA5rMHAOyzBwA5tAcAPrQHAIy0BwCStAcA8j4PAOW0BwAytQcAOLUHAIW1BwCKtQcA2LUHAN61BwBFPw8AMLYHAH62BwCLtgcA0bYHAN62BwAktwcAMLcHAHe3BwCGtwcAyrcHANS3BwAduAcAK7gHAHC4BwB1uAcAw7gHANC4BwAWuQcALrkHAGm5BwBvuQcAvLkHAMi5BwAPugcAH7oHAGK6BwBrugcAtboHALi6BwAIuwcAFLsHAFu7BwBiuwcAPkAPALC7BwABvAcAC7wHAFS8BwBXvAcAp7wHAK+8BwD6vAcA/bwHAE29BwBZvQcAoL0HAKa9BwDzvQcADr4HAEa+BwBSvgcAmb4HAJ++BwCRQA8ADL8HAD+/BwBKvwcAkr8HAJe/BwDlvwcA7r8HADjABwA7wAcAi8AHAJfABwDewAcA6sAHAD7LBwD2wAcAMcEHADjBBwCEwQcAisEHANfBBwDlwQcAKsIHAEXCBwB9wgcAicIHANDCBwDWwgcAI8MHAD3DBwB2wwcAgsMHAMnDBwDPwwcAHMQHACLEBwBvxAcAdMQHAMLEBwDIxAcA5EAPACLFBwBoxQcAdMUHALvFBwDFxQcADsYHABLGBwBhxgcAZsYHALTGBwC6xgcAB8cHACfHBwBaxwcAZscHAK3HBwCzxwcAAMgHAAbIBwBTyAcAWMgHAKbIBwCsyAcAikEPAP7IBwBMyQcAU8kHAJ/JBwCryQcA8skHAA7KBwBFygcATcoHAINCDwDPygcA68oHABHLBwDWQg8AUcsHAJHLBwCgywcA5MsHAPDLBwA3zAcAOMwHAIrMBwCUzAcA3cwHAOvMBwAwzQcANc0HAIPNBwCQzQcAKUMPAN7NBwAiRA8ALs4HAHzOBwCJzgcAz84HANzOBwAizwcALs8HAHXPBwCEzwcAyM8HANLPBwAb0AcAKdAHAG7QBwBz0AcAwdAHAM7QBwAU0QcAHNEHAGfRBwBt0QcAutEHAMbRBwAN0gcAHdIHAGDSBwBp0gcAs9IHALbSBwAG0wcAEtMHAFnTBwBg0wcAdUQPALfTBwD/0wcAC9QHAFLUBwBa1AcAyEQPALLUBwD41AcA/9QHAEvVBwBM1QcAntUHAKPVBwDx1QcA/9UHAETWBwBR1gcAl9YHAKHWBwDq1gcA8tYHAD3XBwBG1wcAkNcHAJbXBwDj1wcA9NcHADbYBwBS2AcAidgHAJHYBwAbRQ8A59gHAC/ZBwA52QcAgtkHAIzZBwDV2QcA1tkHAG5FDwAt2gcAe9oHAIjaBwDO2gcA29oHACHbBwAt2wcAdNsHAIPbBwDH2wcA0dsHABrcBwAi3AcAbdwHAHfcBwDA3AcAxdwHABPdBwAb3QcAwUUPAHHdBwC53QcAxd0HAAzeBwAU3gcAFEYPAGTeBwCy3gcAwd4HAAXfBwAl3wcAWN8HAGTfBwCr3wcAsd8HAP7fBwAG4AcAUeAHAFjgBwCk4AcApuAHAPfgBwAD4QcASuEHAGDhBwCd4QcAouEHAPDhBwD94QcAZ0YPAEjiBwCW4gcApeIHAOniBwAJ4wcAPOMHAEjjBwCP4wcAleMHAOLjBwDq4wcANeQHADzkBwCI5AcAiuQHANvkBwDn5AcALuUHAETlBwCB5QcAhuUHANTlBwDh5QcAJ+YHAC/mBwB65gcAgOYHAM3mBwDW5gcAIOcHAC3nBwBz5wcAgOcHAMbnBwDU5wcAGegHACboBwBs6AcAg+gHAL/oBwDt6AcAukYPABjpBwBl6QcAH+kHAKE0DQB76QcAuOkHAMbpBwAL6gcADuoHAF7qBwBh6gcAseoHAL/qBwAE6wcACesHAFfrBwBk6wcAqusHALLrBwD96wcABOwHAFDsBwBc7AcAo+wHALDsBwD27AcABO0HAEntBwBV7QcAnO0HAKPtBwDv7QcA9+0HAELuBwBG7gcAle4HAKDuBwDo7gcA9u4HADvvBwBM7wcAju8HAJrvBwDh7wcA6e8HAA1HDwA68AcAh/AHAJvwBwDa8AcA6PAHAC3xBwA68QcAgPEHAJfxBwDT8QcA2/EHACbyBwAw8gcAefIHAH7yBwDM8gcA1PIHAB/zBwAu8wcAcvMHAHfzBwDF8wcA0vMHABj0BwAl9AcAa/QHAHf0BwC+9AcAzfQHABH1BwAb9QcAZPUHAGz1BwC39QcAwfUHAAr2BwAP9gcAXfYHAGX2BwBgRw8Au/YHAAP3BwAP9wcAVvcHAF73BwCzRw8ArvcHAPz3BwAL+AcAT/gHAG/4BwCi+AcArvgHAPX4BwD7+AcASPkHAFD5BwCb+QcAovkHAO75BwDw+QcAQfoHAE36BwCU+gcAqvoHAOf6BwDs+gcAOvsHAEf7BwAGSA8AlvsHAOD7BwDm+wcAM/wHAEH8BwCG/AcAk/wHANn8BwDw/AcALP0HADT9BwB//QcAjv0HANL9BwDX/QcAJf4HADL+BwB4/gcAhf4HAMv+BwDX/gcAHv8HAC3/BwBx/wcAe/8HAMT/BwDg/wcAFwAIAB8ACABZSA8AdwAIANHtCwB5AAgAvQAIAMcACADQTAwA3QAIABABCAAcAQgAYwEIAGkBCAC2AQgAvgEIAOhBCADCAQgACQIIANABCACCLAgAHAIIAFwCCABrAggArwIIALsCCAACAwgAAwMIAFUDCABfAwgAqAMIALYDCAD7AwgAAAQIAE4ECABbBAgArEgPAKcECAD0BAgA+gQIAEcFCABMBQgAmgUIAKAFCAClSQ8A+AUIAEAGCABOBggAkwYIAKQGCADmBggA8gYIADkHCABBBwgAS0oPAJgHCADfBwgA6QcIADIICABBCAgAhQgIAJAICADYCAgA5ggIACsJCAA4CQgAfgkIAJUJCADRCQgA2QkIACQKCAAnCggAdwoIAIMKCADKCggA0AoIAB0LCAA4CwgAcAsIAHwLCADDCwgAyQsIABYMCAAeDAgAaQwIAGsMCAC8DAgAvQwIAA8NCAAdDQgAYg0IAGoNCAC1DQgA0A0IAAgOCAAUDggAWw4IAGEOCACuDggAsQ4IAAEPCAAPDwgAVA8IAFkPCACnDwgAtA8IAJ5KDwAHEAgA5UkMAAsQCABNEAgADRAIAGiiDABZEAgAoBAIAK0QCADzEAgA+BAIAEYRCABQEQgAmREIAKkRCADsEQgA8REIAD8SCABIEggAkhIIAJ8SCADlEggA7BIIADgTCABEEwgAixMIAJETCADeEwgA5BMIADEUCAA2FAgAhBQIAIoUCADxSg8A4xQIACoVCAAwFQgAfRUIAIMVCADQFQgA3RUIACMWCAAoFggAdhYIAH4WCADJFggA/hYIABwXCABMFwgAbxcIAHcXCADCFwgAzxcIABUYCAAaGAgAaBgIAHAYCAC7GAgAvhgIAA4ZCAAXGQgAYRkIAHAZCAC0GQgAvxkIAAcaCAAPGggAWhoIAGoaCACtGggAuxoIAAAbCAARGwgAUxsIAF8bCACmGwgArhsIAOpLDwD/GwgATBwIAFQcCACfHAgAphwIAPIcCAAAHQgARR0IAEsdCACYHQgApB0IAOsdCAD6HQgAPh4IAEgeCACRHggAlh4IAOQeCADqHggANx8IAEsfCAA9TA8Alx8IAN0fCACZHwgAYmAIAOIfCAAwIAgAPCAIAIMgCACQIAgA1iAIAOAgCACQTA8ARCEIAHwhCAB+IQgAzyEIANUhCAAiIggAWCIIAHUiCAB7IggAyCIIANEiCAAbIwgAKCMIAG4jCACkIwgAwSMIAMgjCAAUJAgAGSQIAGckCAB2JAgAuiQIANokCAANJQgAGSUIAGAlCABmJQgAsyUIAM0lCAAGJggACSYIAFkmCABeJggArCYIALsmCAD/JggAHycIADZNDwByJwgApScIALEnCAD4JwgAAigIAEsoCABXKAgAE9YIAFgoCACeKAgAoygIAPEoCAD7KAgARCkIAFQpCACXKQgAnCkIAOopCADzKQgAPSoIAEoqCACQKggAlyoIAOMqCADvKggANisIADwrCACJKwgAjysIANwrCADhKwgALywIADUsCACJTQ8AhSwIANUsCADaLAgAKC0IADctCAB7LQgAmy0IAC9ODwDcLQgAIS4IAC4uCAB0LggAey4IAMcuCADPLggAGi8IABwvCABtLwgAIS8IAJfBCgAxLwgAO4cKAHMvCADeqwoAdS8IAMAvCADELwgAiDcIANYvCABnaQoA2y8IABMwCAAVMAgAZjAIAHcwCAC5MAgAxzAIAAwxCAATMQgAXzEIAGcxCACyMQgAuTEIAAUyCAAKMggAWDIIAGcyCACrMggAyzIIAP4yCAAKMwgAUTMIAFczCACkMwgArDMIAPczCAADNAgASjQIAFc0CACdNAgAuDQIAPA0CAD+NAgAQzUIAEk1CACWNQgAmzUIAOk1CAD2NQgAPDYIAFI2CACPNggAmzYIAOI2CADvNggANTcIAD83CACCTg8AjTcIANs3CADhNwgALjgIAE44CACBOAgAjzgIANQ4CADhOAgAJzkIAD45CAB6OQgAgjkIAM05CADcOQgAIDoIACU6CABzOggAgDoIAMY6CADQOggAGTsIABs7CABsOwgAejsIAL87CADMOwgAEjwIAB48CABlPAgAazwIALg8CADAPAgACz0IABE9CABePQgAZz0IALE9CAC+PQgABD4IAA4+CABXPggAZT4IAKo+CADAPggA/T4IAAk/CABQPwgAWD8IANVODwCtPwgA9j8IAPw/CABJQAgAS0AIAJxACACmQAgA70AIAPtACABCQQgAWUEIAJVBCACpQQgAKE8PAPZBCAA7QggAPkIIAI5CCACWQggA4UIIAO1CCAA0QwgAQkMIAIdDCACRQwgA2kMIAOVDCAAtRAgAOUQIAIBECACGRAgA00QIANtECAAmRQgAM0UIAHlFCAB+RQgAzEUIANZFCAAfRggAJ0YIAHJGCAB4RggAxUYIAM5GCAAYRwgAJUcIAGtHCAB4RwgAvkcIAMxHCAARSAgAHkgIAGRICAB7SAgAt0gIAL9ICAAKSQgAD0kIAF1JCABjSQgAsEkIALhJCAADSggAGUoIAFZKCABkSggAqUoIAKxKCAD8SggAC0sIAE9LCABUSwgAoksIAK9LCAD1SwgABUwIAEhMCABWTAgAm0wIALJMCADuTAgA90wIAEFNCABHTQgAlE0IAKBNCADnTQgA7k0IAHtPDwBGTggAjU4IAI9OCADgTggA6k4IADNPCAA/TwgAhk8IAI5PCADOTw8A3k8IACxQCAA7UAgAf1AIAJ9QCADSUAgA3lAIACVRCAArUQgAeFEIAIBRCADLUQgAzFEIAB5SCAAkUggAcVIIAHZSCADEUggA31IIABdTCAAlUwgAalMIAHFTCAC9UwgAyVMIABBUCAAWVAgAIVAPAGhUCAC2VAgAwFQIAAlVCAAaVQgAXFUIAGhVCACvVQgAslUIAAJWCAAFVggAVVYIAF1WCACoVggAr1YIAPtWCAAAVwgATlcIAF1XCAChVwgAwVcIAPRXCAAAWAgAR1gIAE1YCACaWAgAolgIAO1YCAD6WAgAQFkIAEVZCACTWQgAnVkIAOZZCADuWQgAOVoIAElaCACMWggAkVoIAN9aCADoWggAMlsIAD9bCACFWwgAjFsIAHRQDwDdWwgAK1wIADpcCAB+XAgAnlwIANFcCADdXAgAJF0IACpdCAB3XQgAf10IAMpdCADWXQgAHV4IACpeCABwXggAd14IAMNeCADEXggAFl8IABtfCABpXwgAd18IALxfCADJXwgAD2AIABlgCADHUA8AZ2AIALVgCADCYAgACGEIABVhCABbYQgAYWEIAK5hCAC6YQgAAWIIABFiCABUYggAXWIIAKdiCACqYggA+mIIAAZjCABNYwgAVGMIABpRDwCiYwgA82MIAKdjCAA0gQsAsGMIAL3WDQAEZAgARmQIAE5kCACZZAgAo2QIAOxkCAD7ZAgAP2UIAEBlCACSZQgAmmUIAMBRDwDtZQgAE1IPAFZmCACLZggAW2YIAILSCABgZggA94YIAJNmCADeZggA7WYIADFnCAA2ZwgAhGcIAJFnCADXZwgA5GcIACpoCAA2aAgAfWgIAIxoCADQaAgA2mgIACNpCABGaQgAdmkIAKtpCADJaQgA7WkIABxqCAAkaggAX1MPAHRqCADCaggAyGoIABVrCAAdawgAslMPAHZrCAC7awgA1msIAA5sCAAabAgAYWwIAHJsCAC0bAgAyGwIAAdtCAAPbQgAWm0IAGBtCACtbQgAuW0IAABuCAAQbggAU24IAFxuCACmbggAqW4IAPluCAAFbwgATG8IAFNvCAAFVA8ArW8IAPJvCAD8bwgAWFQPAEpwCACYcAgApXAIAOtwCAD4cAgAPnEIAEpxCACRcQgAoHEIAORxCADucQgAN3IIAEVyCACKcggAj3IIAN1yCADqcggAMHMIADhzCACDcwgAiXMIANZzCADicwgAKXQIADl0CAB8dAgAhXQIAM90CADSdAgAInUIAC51CAB1dQgAfHUIAKtUDwDXdQgAG3YIACB2CABudggAe3YIAMF2CADOdggAFHcIABp3CABndwgAc3cIALp3CADKdwgADXgIABZ4CABgeAgAY3gIALN4CAC/eAgABnkIAA15CAD+VA8AXnkIAKx5CAC5eQgA/3kIAB16CABSeggAXnoIAKV6CAC4eggA+HoIAAZ7CABLewgATnsIAJ57CACoewgA8XsIAP97CABEfAgAUXwIAJd8CACufAgA6nwIAPJ8CAA9fQgARH0IAJB9CACVfQgA430IAPl9CAA2fggAOH4IAIl+CACXfggA3H4IAOl+CABRVQ8AN38IAKRVDwCHfwgA1X8IAOJ/CAAogAgANYAIAHuACACHgAgAzoAIAN2ACAAhgQgAK4EIAHSBCACCgQgAx4EIAMyBCAAagggAJ4IIAG2CCAB1gggAwIIIAMaCCAATgwgAH4MIAGaDCAB2gwgAuYMIAMKDCAAMhAgAD4QIAF+ECABrhAgAsoQIALmECAD3VQ8AEYUIAFiFCABohQgAq4UIALSFCAD+hQgAAYYIAFGGCABdhggApIYIAKuGCABKVg8AAIcIADWKCAABhwgASocIAFmHCACdhwgAW4cIAOmICACehwgA8IcIAAyICABDiAgAeYgIAJaICADMiAgAnVYPAOyICAA8iQgAWIkIAI+JCADFiQgA4okIABiKCADwVg8AQooIAIiKCACWiggA24oIAO6KCAAuiwgASosIAIGLCAC3iwgA1IsIAAqMCABDVw8AOIwIAHqMCACGjAgAzYwIANWMCACWVw8AJY0IAHONCAB7jQgAxo0IANWNCAAZjggAHo4IAGyOCAB5jggAv44IAMyOCAASjwgAHo8IAGWPCAB0jwgAuI8IAMKPCAALkAgAE5AIAF6QCABokAgAsZAIALaQCAAEkQgADJEIAOlXDwBmkQgAqpEIAGiRCAD2kggAq5EIAP2RCAAZkggAUJIIAIaSCACjkggA2ZIIADxYDwD5kggASZMIAGWTCACckwgA0pMIAO+TCAAllAgAj1gPAEWUCACVlAgAppQIAOiUCAAElQgAO5UIAHGVCACOlQgAxJUIAOJYDwDulQgANJYIAECWCACHlggAlpYIANqWCADklggALZcIADuXCACAlwgAhZcIANOXCADglwgAJpgIAC6YCAB5mAgAf5gIAMyYCACJmAgAEPoIANiYCAAfmQgAL5kIAHKZCAB7mQgAxZkIAMiZCAAYmggAJJoIAGuaCABymggANVkPAMOaCADDSQsAyJoIABGbCADKmggA9eMKABubCABkmwgAZZsIALebCADGmwgACpwIAA+cCABdnAgAapwIALCcCAC9nAgAA50IAA+dCABWnQgAZZ0IAKmdCACznQgA/J0IAAqeCABPnggAVJ4IAKKeCACvnggA9Z4IAPaeCABInwgATZ8IAJufCACgnwgA7p8IAP+fCABBoAgAZKAIAJSgCACfoAgA56AIAOygCAA6oQgAPaEIAI2hCACXoQgA4KEIAAuiCAAzoggAUqIIAIhZDwCSoggA2aIIANuiCAAsowgAO6MIAH+jCACKowgA0qMIANqjCAAlpAgALKQIAHikCAB6pAgAy6QIANWkCAAepQgAIKUIAHGlCACKpQgAxKUIAMalCAAXpggAGqYIAGqmCAB2pggAvaYIAMWmCADbWQ8AHKcIAGOnCABppwgAtqcIANGnCAAJqAgAFagIAFyoCABiqAgAr6gIALeoCAACqQgABKkIAFWpCABfqQgAqKkIALCpCAAuWg8ADKoIAE6qCABVqggAoaoIAKmqCAD0qggAAasIAEerCABMqwgAmqsIAKSrCADtqwgA9asIAECsCABPrAgAk6wIAJisCADmrAgA86wIADmtCABGrQgAjK0IAJitCADfrQgA7q0IADKuCAA8rggAha4IAI2uCADYrggA4q4IACuvCAAwrwgAfq8IAIavCACBWg8A3a8IACSwCAA0sAgAd7AIAICwCADKsAgAzbAIAB2xCAApsQgAcLEIAHexCADUWg8AybEIABayCAAcsggAabIIAG6yCAC8sggAwrIIACdbDwAVswgAYrMIAGizCAC1swgAurMIAPvgDADCswgACLQIAA20CABbtAgAY7QIAK60CADgtAgAI7wIAOW0CAABtQgAOLUIAFS1CACLtQgAp7UIANe1CAD6tQgAArYIAE22CABctggAoLYIAKW2CADztggAALcIAEa3CABTtwgAmbcIAKW3CADstwgA+7cIAD+4CABJuAgAkrgIAKC4CADluAgA6rgIADi5CABFuQgAi7kIAJO5CADeuQgA5LkIADG6CAA9uggAhLoIAJS6CADXuggA4LoIACq7CAAtuwgAfbsIAIm7CADQuwgA17sIAHpbDwBavAgAdrwIAKa8CADJvAgA0bwIABy9CAArvQgAb70IAHS9CADCvQgAz70IABW+CAAivggAaL4IAHS+CAC7vggAyr4IAA6/CAAYvwgAYb8IAG+/CAC0vwgAub8IAAfACAAUwAgAWsAIAGLACACtwAgAs8AIAADBCAAMwQgAU8EIAGPBCACmwQgAr8EIAPnBCAD8wQgATMIIAFjCCACfwggApsIIAM1bDwD0wggAOPAMAADDCABFwwgAUsMIAJjDCACkwwgA68MIAPHDCAA+xAgARMQIAJHECACWxAgA5MQIAOrECAAgXA8AXcUIAIrFCACwxQgA3cUIAA/GCAAwxggAZ8YIAIPGCACzxggAxlwPAOLGCAApxwgA5MYIAM3YCQAzxwgAfMcIAJbHCADPxwgA3scIACLICAAnyAgAdcgIAILICADIyAgA1cgIABvJCAAnyQgAbskIAH3JCADByQgAy8kIABTKCAAgyggAZ8oIAHrKCAC6yggAycoIAA3LCAAZywgAYMsIAGHLCACzywgAvcsIAAbMCAAUzAgAWcwIAF7MCACszAgAucwIABldDwAEzQgAUs0IAF/NCAClzQgAss0IAPjNCAAEzggAS84IAFrOCACezggAqM4IAPHOCAD/zggARM8IAEnPCACXzwgApM8IAOrPCADyzwgAPdAIAEPQCACQ0AgAnNAIAOPQCADz0AgANtEIAD/RCACJ0QgAjNEIANzRCADo0QgAL9IIADbSCAASXg8Ah9IIANXSCADY0ggAKNMIADDTCAB70wgAh9MIAM7TCADU0wgAIdQIACfUCAB01AgAedQIAMfUCADN1AgAZV4PAFHVCABt1QgApNUIAMDVCADk1QgAC18PABnWCAAl8AkAJtYIAGbWCAB11ggAudYIAMXWCAAM1wgADdcIAF/XCABp1wgAstcIAMDXCAAF2AgACtgIAFjYCABl2AgAXl8PAM7YCAD+2AgANdkIAFHZCACI2QgApNkIANvZCAD32QgAG9oIALFfDwBY2ggAndoIAKLaCADw2ggA/doIAEPbCABL2wgAltsIAJzbCADp2wgA9dsIADzcCABM3AgAj9wIAJjcCADi3AgA5dwIADXdCABt3QgAiN0IAJTdCAAEYA8A4d0IAC7eCABH3ggAgd4IAI/eCADU3ggA4d4IACffCAAu3wgAet8IAIPfCADN3wgA2t8IACDgCAA34AgAc+AIAHbgCADG4AgAyOAIABnhCAAi4QgAbOEIAHzhCAC/4QgA2OEIABLiCAAU4ggAZeIIAG7iCAC44ggAwOIIAAvjCAAN4wgAXuMIAHfjCACx4wgAyOMIAATkCAAQ5AgAV+QIAGjkCACq5AgAtuQIAP3kCAAI5QgAUOUIAF3lCACj5QgAreUIAFdgDwAJ5ggASeYIAFfmCACc5ggAg+YIALfuCADV5ggA7+YIAPzmCABC5wgASucIAJXnCACb5wgA6OcIAPTnCAA76AgARugIAI7oCACX6AgA4egIAOToCAA06QgANukIAIfpCACO6QgA2ukIANzpCACqYA8AMOoIAIDqCACO6ggA0+oIANjqCAAm6wgAM+sIAHnrCACF6wgAzOsIANTrCAD9YA8ALewIAHLsCACC7AgAxewIANPsCAAY7QgAIe0IAGvtCAB17QgAvu0IAMDtCAAR7ggAG+4IAGTuCABm7ggAUGEPALzuCAAK7wgAEu8IAF3vCABj7wgAsO8IALzvCAAD8AgAEvAIAFbwCABf8AgAqfAIAKzwCAD88AgA/vAIAE/xCABW8QgAovEIAKTxCACjYQ8A+vEIAEjyCABk8ggAm/IIALfyCAD2YQ8A+/IIAFMNCgD98ggAQfMIAEbzCACU8wgAofMIAOfzCAD08wgAOvQIAED0CACN9AgAmfQIAOD0CADw9AgAM/UIADz1CACG9QgAifUIANn1CADl9QgALPYIADP2CABJYg8AjvYIANL2CADX9ggAJfcIADL3CAB49wgAhfcIAMv3CADR9wgAHvgIACr4CABx+AgAgfgIAMT4CADN+AgAF/kIABr5CABq+QgAdvkIAL35CADE+QgAnGIPABL6CABj+ggAcfoIALb6CADH+ggA72IPABD7CABCYw8AZPsIAJVjDwC0+wgAAvwIAA/8CABV/AgAYvwIAKj8CAC0/AgA+/wIAAr9CABO/QgAWP0IAKH9CACv/QgA9P0IAPn9CABH/ggAVP4IAJr+CACi/ggA7f4IAPP+CABA/wgATP8IAJP/CACj/wgA5v8IAO//CAA5AAkAPAAJAIwACQCYAAkA3wAJAOYACQDoYw8ANwEJAIUBCQCNAQkA2AEJANsBCQArAgkANAIJAH4CCQCNAgkA0QIJANwCCQAkAwkALAMJAHcDCQCHAwkAygMJANgDCQAdBAkALgQJAHAECQB8BAkAwwQJAMsECQA7ZA8AHAUJAGkFCQBxBQkAvAUJAMMFCQAPBgkAHQYJAGIGCQBoBgkAtQYJAMEGCQAIBwkAFwcJAFsHCQBlBwkArgcJALMHCQABCAkABwgJAFQICQBoCAkAjmQPALgICQD6CAkABgkJAE0JCQBTCQkAoAkJAKYJCQDzCQkA+AkJAEYKCQBMCgkA4WQPAJ4KCQDsCgkA/QoJAD8LCQBHCwkAkgsJAEsLCQAnMgkATQsJANpzDQCcCwkA5QsJAPMLCQA4DAkATgwJAIsMCQCXDAkA3gwJAOUMCQAxDQkAOQ0JAIQNCQCJDQkA1w0JAOANCQAqDgkANA4JAH0OCQCFDgkA0A4JANQOCQAjDwkALg8JAHYPCQCEDwkAyQ8JANoPCQAcEAkAKBAJAG8QCQB3EAkANGUPAMQQCQAVEQkAIxEJAGgRCQByEQkAuxEJAMkRCQAOEgkAGxIJAGESCQB4EgkAtBIJALwSCQAHEwkAFxMJAFoTCQBfEwkArRMJALMTCQAAFAkACBQJAFMUCQBVFAkAphQJALMUCQD5FAkAARUJAEwVCQBRFQkAnxUJAKAVCQDyFQkA/hUJAEUWCQBSFgkAmBYJAKAWCQDrFgkA+hYJAD4XCQBDFwkAkRcJAJ4XCQDkFwkA8RcJADcYCQBDGAkAihgJAJkYCQDdGAkA5xgJADAZCQA+GQkAgxkJAIgZCQDWGQkA4xkJAIdlDwAsGgkAfBoJAIQaCQDPGgkA3BoJACIbCQAnGwkAdRsJAH8bCQDIGwkA0BsJABscCQAdHAkAbhwJAIkcCQDBHAkAwxwJABQdCQAiHQkAZx0JAHgdCQC6HQkAvB0JAA0eCQAmHgkAYB4JAHEeCQCzHgkAvx4JAAYfCQAbHwkAWR8JAGEfCQCsHwkAsh8JAP8fCQALIAkAUiAJAG8gCQClIAkAriAJAPggCQAEIQkASyEJAE4hCQCeIQkAqCEJAPEhCQD5IQkARCIJAE4iCQCXIgkApSIJAOoiCQAAIwkAPSMJAEkjCQCQIwkAlyMJAOMjCQDrIwkANiQJADskCQCJJAkAkiQJANwkCQDmJAkALyUJADclCQCCJQkAhCUJANUlCQDlJQkAKCYJADImCQB7JgkAhyYJAM4mCQDUJgkAIScJACknCQDaZQ8AgCcJAMcnCQDaJwkAGigJADYoCQBtKAkAdSgJAC1mDwDOKAkAEykJACkpCQBmKQkAcikJALkpCQC+KQkADCoJABUqCQBfKgkAaSoJALIqCQC6KgkABSsJAAcrCQBYKwkAZysJAKsrCQDIKwkA/isJAAcsCQBRLAkAXywJAKQsCQCqLAkA9ywJAAUtCQBKLQkAVy0JAJ0tCQC0LQkA8C0JAPgtCQBDLgkARS4JAJYuCQCeLgkA6S4JAPguCQA8LwkAQS8JAI8vCQCcLwkA4i8JAO8vCQA1MAkAQTAJAIgwCQCXMAkA2zAJAOUwCQAuMQkAPDEJAIExCQCGMQkA1DEJAOExCQCAZg8ALTIJAHoyCQCAMgkAzTIJANIyCQAgMwkAJjMJANNmDwCBMwkAxjMJANwzCQAZNAkAJTQJAGw0CQBxNAkAvzQJAMg0CQASNQkAHDUJAGU1CQCINQkAuDUJALw1CQALNgkAxzUJAFc3CQANNgkAXjYJAGw2CQCxNgkAuzYJAAQ3CQAoNwkAzGcPAF03CQCqNwkAtjcJAP03CQD/NwkAUDgJAFo4CQCjOAkArzgJAPY4CQAaOQkAH2gPAE05CQCcOQkAWDkJAOg6CQCeOQkA7zkJAP05CQBCOgkATDoJAJU6CQC5OgkAcmgPAO46CQA7OwkARzsJAI47CQCQOwkA4TsJAOs7CQA0PAkAQDwJAIc8CQCrPAkAxWgPAPc8CQAtPQkANj0JAIA9CQCOPQkA0z0JANk9CQAmPgkAMj4JAHk+CQCBPgkAGGkPANM+CQAfPwkAOD8JAHI/CQCBPwkAxT8JAM0/CQAYQAkAJ0AJAGtACQBwQAkAvkAJAMtACQARQQkAHkEJAGRBCQBwQQkAt0EJAMZBCQAKQgkAFEIJAF1CCQBrQgkAsEIJALVCCQADQwkAEEMJAGtpDwBXQwkAhLMJAG9DCQCpQwkAs0MJAPxDCQD+QwkAT0QJAF1ECQCiRAkAr0QJAPVECQD9RAkASEUJAHFFCQCbRQkAokUJAO5FCQAHRgkAQUYJAFBGCQCURgkAnEYJAOdGCQD2RgkAOkcJAD9HCQCNRwkAmkcJAOBHCQDtRwkAM0gJAD9ICQCGSAkAlUgJANlICQDjSAkALEkJADpJCQB/SQkAhEkJANJJCQDfSQkAvmkPACpKCQCgTgsAMUoJAHhKCQBNSgkAZBAQAItKCQDLSgkA2koJAB5LCQAqSwkAcUsJAH1LCQDESwkAy0sJABdMCQAjTAkAakwJAHFMCQC9TAkAxUwJABBNCQAUTQkAY00JAG5NCQC2TQkAwk0JAAlOCQAWTgkAXE4JAGROCQCvTgkAuU4JAAJPCQAITwkAVU8JAGlPCQCoTwkAtk8JAPtPCQAIUAkATlAJAGVQCQChUAkAqVAJAPRQCQD+UAkAR1EJAExRCQCaUQkAolEJAO1RCQD8UQkAQFIJAEVSCQCTUgkAoFIJAOZSCQDzUgkAOVMJAEVTCQCMUwkAm1MJAN9TCQDpUwkAEWoPADpUCQCFVAkAlFQJANhUCQDdVAkAK1UJADRVCQB+VQkAj1UJANFVCQDYVQkAJFYJACxWCQB3VgkAhFYJAMpWCQDPVgkAHVcJACdXCQBwVwkAeFcJAMNXCQDcVwkAFlgJACJYCQBpWAkAcVgJAGRqDwDLWAkAD1kJACxZCQBiWQkAa1kJALVZCQDDWQkACFoJAA5aCQBbWgkAZ1oJAK5aCQC1WgkAAVsJAAlbCQBUWwkAZFsJAKdbCQCtWwkA+lsJAP9bCQBNXAkAY1wJAKBcCQCoXAkA81wJAP1cCQBGXQkAUV0JAJldCQClXQkA7F0JAPRdCQC3ag8ATF4JAJJeCQCZXgkA5V4JAPFeCQA4XwkAPl8JAItfCQCcXwkA3l8JAPJfCQAxYAkAP2AJAIRgCQCRYAkA12AJAO5gCQAqYQkAMmEJAH1hCQCEYQkA0GEJANJhCQAjYgkALWIJAHZiCQB4YgkAyWIJAOJiCQAcYwkAHmMJAG9jCQByYwkAwmMJAM5jCQAVZAkAQWQJAAprDwB3ZAkAu2QJANhkCQAOZQkAF2UJAGFlCQBvZQkAtGUJALplCQAHZgkAE2YJAFpmCQBiZgkAXWsPALVmCQAAZwkABmcJAFNnCQBfZwkApmcJAKlnCQD5ZwkA/mcJAExoCQBVaAkAn2gJAKVoCQDyaAkAAWkJAEVpCQBRaQkAmGkJAKBpCQCwaw8A8WkJAD5qCQBDagkAkWoJAKdqCQDkagkA7GoJADdrCQBFawkAimsJAJRrCQDdawkA4GsJADBsCQA4bAkAg2wJAIRsCQDWbAkA3GwJACltCQA3bQkAfG0JAJJtCQDPbQkA0W0JACJuCQAobgkAdW4JAIluCQDIbgkA0G4JABtvCQArbwkAbm8JAHBvCQDBbwkA0G8JABRwCQAecAkAZ3AJAGxwCQC6cAkAwHAJAA1xCQAhcQkAYHEJAGhxCQCzcQkAuHEJAAZyCQAMcgkAWXIJAGFyCQCscgkAr3IJAP9yCQAEcwkAUnMJAFtzCQClcwkAq3MJAPhzCQAHdAkAS3QJAFd0CQADbA8AqHQJAPF0CQDzdAkARHUJAEt1CQCXdQkAnnUJAOp1CQDwdQkAPXYJAEt2CQCQdgkAnXYJAON2CQDzdgkANncJADt3CQCJdwkAkXcJANx3CQCldwkAzOQJAOh3CQAveAkAMXgJABp7CQA8eAkAgngJAId4CQDVeAkA33gJACh5CQA4eQkAe3kJAIB5CQDOeQkA13kJACF6CQAuegkAdHoJAHt6CQDHegkAz3oJAFZsDwAoewkAbXsJAIV7CQDAewkAwnsJABN8CQAqfAkAZnwJAGh8CQC5fAkAx3wJAAx9CQAZfQkAX30JAGd9CQCpbA8AuH0JAAV+CQAHfgkAWH4JAGV+CQCrfgkArn4JAP5+CQAPfwkAUX8JAFN/CQCkfwkArn8JAPd/CQADgAkASoAJAFKACQD8bA8AooAJAPCACQDzgAkAQ4EJAE2BCQCWgQkAnoEJAOmBCQD2gQkAPIIJAD6CCQCPggkApYIJAOKCCQDuggkANYMJAD2DCQBPbQ8Ai4MJANuDCQDkgwkALoQJADyECQCurQkAPYQJAIGECQCMhAkA1IQJANyECQAnhQkAMoUJAHqFCQB/hQkAzYUJANCFCQAghgkAKoYJAPVtDwB5hgkAxoYJAH2GCQB3lAwA4YYJABmHCQAlhwkAbIcJAHKHCQC/hwkAx4cJABKICQAoiAkAZYgJAHOICQC4iAkAu4gJAAuJCQAkiQkAXokJAGqJCQCxiQkAvIkJAASKCQAGigkAV4oJAHKKCQCqigkAuIoJAP2KCQAKiwkAUIsJAGeLCQBIbg8ApYsJALyWDAC5iwkA9osJAPeLCQBJjAkATowJAJyMCQCijAkA74wJAPGMCQBCjQkASI0JAJWNCQCpjQkA6I0JAPCNCQA7jgkAS44JAI6OCQCQjgkA4Y4JAO+OCQA0jwkARY8JAJtuDwCNjwkA2o8JAOaPCQDubg8AL5AJAICQCQCRkAkA05AJANuQCQAmkQkAL5EJAHmRCQCAkQkAzJEJAM2RCQBBbw8AK5IJAHKSCQB0kgkAxZIJAMySCQAYkwkAIJMJAGuTCQB0kwkAvpMJAMWTCQARlAkAEpQJAJRvDwBplAkAt5QJAL+UCQAKlQkAFJUJAF2VCQBrlQkAsJUJAMaVCQADlgkAD5YJAFaWCQBblgkAqZYJALKWCQD8lgkABpcJAOdvDwBQlwkAopcJAKqXCQAr9AoAupcJAPWXCQACmAkASJgJAFSYCQCbmAkApZgJAO6YCQDymAkAQZkJAEaZCQCUmQkAmpkJAOeZCQAHmgkAOpoJAFKaCQCNmgkApJoJAOCaCQDsmgkAM5sJAD2bCQCGmwkAiJsJANmbCQDgmwkALJwJADOcCQB/nAkAhZwJANKcCQDenAkAJZ0JACidCQB4nQkAe50JAMudCQDXnQkAHp4JACGeCQBxngkAjZ4JAMSeCQDMngkAOnAPACOfCQBqnwkAdJ8JAL2fCQC/nwkAEKAJABegCQBjoAkAaqAJALagCQC8oAkACaEJABehCQBcoQkAaaEJAK+hCQC/oQkAAqIJAAeiCQBVogkAXaIJAKiiCQC4ogkA+6IJAACjCQBOowkAVKMJAKGjCQCpowkAjXAPAPqjCQBHpAkAT6QJAJqkCQCdpAkA7aQJAPmkCQBApQkARqUJAJOlCQCupQkA5qUJAPSlCQA5pgkASKYJAIymCQCYpgkA36YJAOemCQAzcQ8AN6cJAIWnCQCPpwkA2KcJAOCnCQArqAkAS6gJAH6oCQCLqAkA0agJANaoCQAkqQkAKKkJAHepCQCEqQkAhnEPAM+pCQAdqgkAIKoJAHCqCQB6qgkAw6oJAM+qCQAWqwkAKasJAGmrCQB4qwkAvKsJAMirCQAPrAkAEKwJAGKsCQBsrAkAtawJAMOsCQAIrQkADa0JAFutCQBorQkA2XEPALitCQABrgkAA64JAFSuCQBtrgkAp64JALiuCQD6rgkABq8JAE2vCQBVrwkA0nIPAKevCQDzrwkA+q8JAEawCQBMsAkAmbAJAKWwCQDssAkA77AJAD+xCQBCsQkAkrEJAJqxCQDlsQkA9bEJADiyCQA9sgkAi7IJAJSyCQDesgkA67IJADGzCQA4swkAJXMPAJCzCQDXswkA5LMJACq0CQAytAkAfbQJAIe0CQDQtAkA37QJACO1CQAktQkAdrUJAH61CQDJtQkA2LUJABy2CQAhtgkAb7YJAHy2CQDCtgkAz7YJABW3CQAhtwkAaLcJAHe3CQC7twkAxbcJAA64CQAcuAkAYbgJAGa4CQC0uAkAwbgJAAe5CQAPuQkAWrkJAGS5CQCtuQkAsrkJAAC6CQAIugkAeHMPAGG6CQCmugkAsroJAPm6CQD/ugkATLsJAFK7CQCfuwkApLsJAPK7CQD4uwkAy3MPAFG8CQCYvAkAnrwJAOu8CQDxvAkAPr0JAEu9CQCRvQkAlr0JAOS9CQDsvQkAN74JAFW+CQDEdA8AjL4JALv8CwCNvgkAI1QLAJC+CQAl6QoAoL4JAN2+CQDevgkAML8JADW/CQCDvwkAib8JANa/CQDYvwkAKcAJAC/ACQB8wAkAkMAJAM/ACQDXwAkAIsEJADLBCQB1wQkAd8EJAMjBCQDWwQkAG8IJACzCCQAXdQ8AdMIJAMHCCQDNwgkAanUPACHDCQBnwwkAb8MJALrDCQDHwwkADcQJAA/ECQBgxAkAdsQJALPECQC/xAkABsUJAA7FCQAQdg8AZcUJAKzFCQCvxQkA/8UJAATGCQBSxgkAY8YJAKXGCQCuxgkA+MYJAALHCQBLxwkAWccJAJ7HCQCjxwkA8ccJAP7HCQBjdg8AUMgJAJfICQCkyAkA6sgJAOzICQA9yQkAU8kJAJDJCQCcyQkA48kJAOvJCQC2dg8AO8oJAInKCQCPygkA3MoJAOTKCQAvywkAMssJAILLCQCOywkA1csJANvLCQAozAkAQ8wJAHvMCQCIzAkAzswJANDMCQAhzQkAN80JAHTNCQCAzQkAx80JAM/NCQAJdw8AIM4JAG3OCQByzgkAwM4JANvOCQATzwkAIc8JAGbPCQBtzwkAuc8JAMXPCQAM0AkAE9AJAFx3DwBq0AkAstAJALrQCQAF0QkAENEJAFjRCQBd0QkAq9EJAK7RCQD+0QkACNIJAFHSCQBZ0gkApNIJALLSCQD30gkA+tIJAErTCQBS0wkAndMJAL3TCQDw0wkA/dMJAEPUCQBI1AkAltQJAJrUCQDp1AkA9tQJAK93DwBc1QkAj9UJAJjVCQDi1QkA49UJADXWCQA91gkAiNYJAJjWCQDb1gkA3dYJAC7XCQA81wkAgdcJAJLXCQACeA8A2tcJACfYCQAz2AkAVXgPAIHYCQCoeA8A0tgJACDZCQA62QkAc9kJAILZCQDG2QkA0dkJABnaCQAb2gkAbNoJAHnaCQC/2gkAzNoJABLbCQAe2wkAZdsJAHbbCQC42wkAu9sJAAvcCQAl3AkAXtwJAGfcCQCx3AkAvtwJAATdCQAK3QkAV90JAGPdCQCq3QkArd0JAP3dCQAC3gkAUN4JAGHeCQCj3gkAvt4JAPbeCQAC3wkASd8JAFDfCQCc3wkAnt8JAO/fCQD23wkAQuAJAEngCQCV4AkAm+AJAOjgCQD04AkAO+EJAD7hCQCO4QkAkeEJAOHhCQDt4QkANOIJAEfiCQCH4gkAluIJANriCQDm4gkALeMJAC7jCQCA4wkAiuMJANPjCQDh4wkAJuQJACvkCQB55AkAhuQJAPt4DwDU5AkATnkPACHlCQBy5QkAiOUJAMXlCQDR5QkAGOYJACDmCQCheQ8AceYJAL7mCQDG5gkAEecJABTnCQBk5wkAcOcJALfnCQC95wkACugJACXoCQBd6AkAa+gJALDoCQC/6AkAA+kJAA/pCQBW6QkAXukJAPR5DwCu6QkA/OkJAAbqCQBP6gkAV+oJAKLqCQDC6gkA9eoJAALrCQBI6wkATesJAJvrCQCf6wkA7usJAPvrCQBHeg8AZOwJAJTsCQCX7AkA5+wJAOzsCQA67QkASe0JAI3tCQCt7QkA4O0JAOztCQAz7gkAPe4JAIbuCQCS7gkA2e4JAN/uCQAs7wkAMu8JAH/vCQCE7wkA0u8JANjvCQCaeg8AK/AJAHjwCQB98AkAy/AJANHwCQBAew8AIfEJAHHxCQB78QkAxPEJAMbxCQAX8gkAMPIJAGryCQB78gkAvfIJAMvyCQAQ8wkAE/MJAGPzCQBu8wkAtvMJAL7zCQAJ9AkAC/QJAFz0CQBk9AkAr/QJALz0CQAC9QkADvUJAFX1CQBZ9QkAqPUJALD1CQD79QkACvYJAE72CQBT9gkAofYJAK72CQD09gkAAfcJAEf3CQBT9wkAmvcJAKn3CQDt9wkA9/cJAED4CQBO+AkAk/gJAJj4CQDm+AkA8/gJAJN7DwBB+QkA5nsPAJD5CQDD/QkAmPkJAN/5CQDl+QkAMvoJADj6CQCF+gkAkvoJANj6CQDd+gkAK/sJADP7CQB++wkAsPsJAHf8CQC1+wkA0fsJAPf7CQDK/AkACPwJACT8CQBb/AkAOXwPAK78CQCMfA8A8PwJAB39CQBP/QkAcP0JAKf9CQDffA8A0f0JABb+CQAj/gkAaf4JAHX+CQC8/gkAwv4JAA//CQAV/wkAYv8JAGf/CQC1/wkAu/8JADJ9DwAuAAoAAQEKAD8ACgBbAAoAkgAKANh9DwDlAAoAK34PACcBCgBUAQoAhgEKAKcBCgDeAQoAfn4PAAQCCgBNAgoAUgIKAKACCgCoAgoA0X4PAPgCCgBGAwoATwMKAJkDCgCmAwoA7AMKAPMDCgAkfw8ARwQKAHd/DwClBAoA5QQKAPEECgA4BQoARwUKAIsFCgCUBQoA3gUKAOgFCgAxBgoAMwYKAIQGCgCdBgoA1wYKAOgGCgAqBwoANgcKAH0HCgCFBwoAyn8PAN4HCgAjCAoANAgKAHYICgCCCAoAyQgKANEICgAdgA8AIQkKAG8JCgB5CQoAwgkKAMoJCgAVCgoAJQoKAGgKCgBtCgoAuwoKAMQKCgAOCwoAGwsKAGELCgBoCwoAcIAPALoLCgAWPA0AwQsKAAcMCgDHCwoA2DgNAAwMCgBaDAoAZgwKAK0MCgC6DAoAAA0KAAoNCgDDgA8AWA0KAKYNCgCyDQoA+Q0KAAYOCgBMDgoAVg4KAJ8OCgC7DgoA8g4KAPoOCgAWgQ8ASg8KAJgPCgCgDwoA6w8KAO4PCgA+EAoARxAKAJEQCgCgEAoA5BAKAO8QCgA3EQoAPxEKAIoRCgCaEQoA3REKAOsRCgAwEgoAQRIKAIMSCgCPEgoA1hIKAN4SCgBpgQ8ALxMKAHwTCgCEEwoAzxMKANYTCgAiFAoAMBQKAHUUCgB7FAoAyBQKANQUCgAbFQoAKhUKAG4VCgB4FQoAwRUKAMYVCgAUFgoAGhYKAGcWCgB7FgoAuhYKAMIWCgANFwoAKxcKAGAXCgBoFwoAvIEPALsXCgAPgg8ADhgKAFkYCgByGAoArBgKALUYCgD/GAoADxkKAFIZCgBiGQoApRkKALEZCgD4GQoA/hkKAEsaCgBZGgoAnhoKAKsaCgDxGgoACBsKAEQbCgBMGwoAlxsKAKEbCgDqGwoA+BsKAD0cCgBTHAoAkBwKAJwcCgDjHAoA6hwKADYdCgA+HQoAiR0KAI4dCgDcHQoA5R0KAC8eCgA5HgoAgh4KAIoeCgDVHgoA1x4KACgfCgA4HwoAex8KAIUfCgDOHwoA2h8KACEgCgAnIAoAdCAKAHwgCgC1gg8A0CAKABohCgArIQoAbSEKAHkhCgDAIQoAzSEKABMiCgAYIgoAZiIKAHAiCgC5IgoAySIKAAwjCgARIwoAXyMKAGgjCgCyIwoAvyMKAAUkCgAMJAoAWCQKAGQkCgCrJAoAsSQKAP4kCgAEJQoAUSUKAFYlCgCkJQoAqiUKAAiDDwD8JQoASiYKAFImCgCdJgoAsyYKAPAmCgD1JgoAQycKAEonCgCWJwoAnycKAOknCgD6JwoAPCgKAEgoCgCPKAoAlygKAAGEDwDkKAoANSkKAEspCgCIKQoAlCkKANspCgDiKQoALioKADYqCgBUhA8AhioKANQqCgDcKgoAJysKAD0rCgB6KwoAfysKAM0rCgDUKwoAICwKACksCgBzLAoAhCwKAMYsCgDSLAoAGS0KACEtCgCnhA8Abi0KAL8tCgDVLQoAEi4KAB4uCgBlLgoAbC4KALguCgDALgoA+oQPABAvCgBeLwoAZS8KALEvCgC6LwoABDAKABUwCgBXMAoAYzAKAKowCgCyMAoATYUPAP8wCgBQMQoAXzEKAKMxCgDDMQoA9jEKAPgxCgBJMgoAYDIKAJwyCgCoMgoA7zIKAPcyCgDzhQ8ARzMKAJUzCgCXMwoA6DMKAO8zCgA7NAoAQzQKAI40CgCXNAoA4TQKAOc0CgA0NQoARTUKAIc1CgCPNQoAmYYPAOY1CgAtNgoAMDYKAIA2CgCFNgoA0zYKAOQ2CgAmNwoAQTcKAHk3CgCFNwoAzDcKANQ3CgDshg8ANTgKAHI4CgBzOAoAxTgKAMo4CgAYOQoAHjkKAGs5CgB1OQoAvjkKAMY5CgAROgoAIzoKAD+HDwBxOgoAtzoKAME6CgAKOwoAEDsKAF07CgBxOwoAsDsKALg7CgADPAoAEzwKAFY8CgBbPAoAqTwKAK88CgD8PAoABD0KAE89CgBQPQoAoj0KAKQ9CgD1PQoABD4KAEg+CgBoPgoAmz4KAJ0+CgDuPgoABT8KAEE/CgBNPwoAlD8KAJw/CgCShw8A6T8KADpACgDzPwoANW4MAD1ACgA/9gsAR0AKAFMGCwBJQAoAjUAKAK1ACgDgQAoA4kAKADNBCgBKQQoAhkEKAJJBCgDZQQoA4UEKADiIDwAuQgoAf0IKAIxCCgDSQgoA20IKACVDCgAnQwoAeEMKAIlDCgDLQwoA3EMKAB5ECgAyRAoAi4gPAJFECgDERAoAxkQKABdFCgAuRQoAakUKAHZFCgC9RQoAxUUKAN6IDwASRgoAY0YKAGZGCgC2RgoAvkYKAAlHCgAWRwoAXEcKAGFHCgCvRwoAuUcKAAJICgAKSAoAVUgKAG5ICgCoSAoAtEgKAPtICgAHSQoATkkKAFtJCgChSQoAqUkKAPRJCgAESgoAR0oKAExKCgCaSgoAo0oKAO1KCgD6SgoAQEsKAEdLCgCTSwoAm0sKADGJDwDzSwoAOUwKADxMCgCMTAoAlkwKAN9MCgDhTAoAMk0KAENNCgCFTQoAlk0KANhNCgDkTQoAK04KADJOCgB+TgoAmE4KANFOCgDZTgoAJE8KACVPCgCLWAoALk8KAHdPCgB9TwoAyk8KAN5PCgAdUAoAJVAKAHBQCgB6UAoAw1AKAMhQCgAWUQoAHlEKAGlRCgB3UQoAvFEKAMlRCgAPUgoAElIKAGJSCgBsUgoAtVIKALdSCgAIUwoAGVMKAFtTCgBsUwoArlMKALZTCgCEiQ8AC1QKAFRUCgBwVAoAp1QKAK9UCgDXiQ8A+1QKAE1VCgBjVQoAoFUKAKhVCgDzVQoAAVYKAEZWCgBTVgoAmVYKAJxWCgDsVgoA9lYKAD9XCgBBVwoAklcKAKNXCgDlVwoA9lcKADhYCgBAWAoAKooPAJxYCgDeWAoA6lgKADFZCgAzWQoAhFkKAIdZCgDXWQoA41kKACpaCgAyWgoAfYoPAIZaCgDQWgoA3VoKACNbCgArWwoAdlsKAIhbCgDJWwoA1lsKABxcCgAdXAoAb1wKAIVcCgDCXAoAylwKABVdCgAjXQoAaF0KAHVdCgC7XQoAvl0KAA5eCgAYXgoAYV4KAGNeCgC0XgoAxV4KAAdfCgAYXwoAWl8KAGJfCgDQig8AtV8KAABgCgAZYAoAU2AKAFxgCgCmYAoAsGAKAPlgCgABYQoATGEKAFxhCgCfYQoApGEKAPJhCgD7YQoARWIKAFJiCgCYYgoAn2IKAOtiCgDzYgoAI4sPAEhjCgCRYwoAmWMKAORjCgDyYwoAN2QKAERkCgCKZAoAkmQKAN1kCgDfZAoAMGUKADhlCgCDZQoAhGUKANZlCgDYZQoAKWYKADhmCgB8ZgoAnGYKAM9mCgDRZgoAImcKADlnCgB1ZwoAgWcKAMhnCgDiZwoAG2gKAERoCgBuaAoAcWgKAMFoCgDGaAoAFGkKACFpCgB2iw8AaWkKALppCgDEaQoADWoKABxqCgBgagoAa2oKALNqCgDBagoABmsKABNrCgBZawoAcGsKAKxrCgC0awoA/2sKAABsCgBSbAoAVGwKAKVsCgC0bAoA+GwKABhtCgBLbQoATW0KAJ5tCgC1bQoA8W0KAP1tCgBEbgoATG4KAMmLDwCcbgoA6m4KAPBuCgA9bwoARW8KAJBvCgCvbwoA428KAPBvCgA2cAoAN3AKAIlwCgCfcAoA3HAKAPhwCgAcjA8ANHEKAIJxCgCMcQoA1XEKAN1xCgAocgoAKXIKAHtyCgAqcgoAPHsKAIFyCgDOcgoA2nIKACFzCgAxcwoAdHMKAIJzCgDHcwoA2nMKABp0CgAmdAoAbXQKAHR0CgDAdAoAyHQKABN1CgAXdQoAZnUKAHR1CgC5dQoAw3UKAAx2CgAXdgoAX3YKAGd2CgCydgoA6HYKAAV3CgANdwoAWHcKAF13CgCrdwoAsXcKAP53CgAGeAoAUXgKAGt4CgCkeAoA2ngKAPd4CgD/eAoASnkKAE95CgCdeQoAo3kKAPB5CgD4eQoAQ3oKAF16CgCWegoAsHoKAOl6CgAfewoAb4wPAER7CgCPewoAlnsKAOJ7CgDuewoANXwKADZ8CgCIfAoAlHwKANt8CgDofAoALn0KADV9CgCBfQoAjX0KANR9CgDhfQoAJ34KADZ+CgB6fgoAjn4KAMKMDwDafgoAIH8KACp/CgBzfwoAgX8KAMZ/CgDcfwoAGYAKACWACgBsgAoAeIAKAL+ACgDFgAoAEoEKABiBCgBlgQoAaoEKALiBCgC+gQoAFY0PABCCCgBeggoAYIIKALGCCgC4ggoABIMKAAyDCgBXgwoAWoMKAKqDCgCzgwoA/YMKAAyECgBQhAoAW4QKAKOECgCrhAoA9oQKAAaFCgBJhQoAV4UKAJyFCgCthQoA74UKAPuFCgBChgoASoYKAA6ODwCzhgoA6IYKAPCGCgBhjg8AR4cKAI6HCgCkhwoA4YcKAOmHCgA0iAoAU4gKALSODwCKiAoArL4KAJSICgDaiAoA3YgKAIYlDgDiiAoALYkKAOSICgBuWgwAL4kKAICJCgA3iQoAf5UKAD6JCgCwjgoAjYkKANOJCgDniQoAJooKAC6KCgB5igoAfooKAMyKCgDcigoAH4sKACeLCgByiwoAfIsKAMWLCgDQiwoAGIwKACSMCgBrjAoAc4wKAAePDwDDjAoAEY0KABqNCgBkjQoAao0KALeNCgDGjQoACo4KABaOCgBdjgoAYI4KAFqPDwC1jgoAA48KABKPCgBWjwoAWI8KAKmPCgC6jwoA/I8KAA2QCgBPkAoAY5AKAKKQCgCqkAoA9ZAKAAORCgBIkQoAVZEKAJuRCgCekQoA7pEKAPiRCgBBkgoAQ5IKAJSSCgClkgoA55IKAPiSCgA6kwoARpMKAI2TCgCUkwoA4JMKAOiTCgAzlAoASpQKAIaUCgCSlAoA2ZQKAO+UCgAslQoAL5UKAK2PDwCKlQoA0pUKAN6VCgAllgoALZYKAACQDwCElgoAy5YKAOGWCgAelwoAIZcKAHGXCgB5lwoAxJcKAMaXCgAXmAoAMpgKAGqYCgBsmAoAvZgKAMuYCgAQmQoAIZkKAGOZCgBlmQoAtpkKAM+ZCgAJmgoAGpoKAFyaCgBomgoAU5APALWaCgACmwoAEJsKAFWbCgBwmwoAqJsKALSbCgD7mwoAAZwKAE6cCgBWnAoAoZwKALGcCgD0nAoA+ZwKAEedCgBQnQoAmp0KAKedCgDtnQoA9J0KAECeCgBIngoAppAPAJieCgDmngoA7J4KADmfCgBBnwoAjJ8KALWfCgDfnwoA5p8KADKgCgBLoAoAhaAKAJSgCgDYoAoA9KAKAPmQDwAwoQoAfqEKAIihCgDRoQoA4aEKACSiCgApogoAd6IKAICiCgDKogoA16IKAB2jCgAkowoAcKMKAHyjCgDDowoA1qMKABakCgAlpAoAaaQKAHWkCgC8pAoAvaQKAA+lCgAZpQoAYqUKAHClCgC1pQoAuqUKAAimCgAVpgoATJEPAGymCgCupgoAsKYKAAGnCgAEpwoAVKcKAFenCgCnpwoArqcKAPqnCgAGqAoATagKAF2oCgCgqAoAsKgKAPOoCgD4qAoARqkKAE+pCgCZqQoApqkKAOypCgDzqQoAP6oKAEuqCgCSqgoAmKoKAOWqCgDrqgoAOKsKAD2rCgCLqwoAkasKAEWSDwDoqwoAMawKAD+sCgCErAoAlKwKANesCgDZrAoAKq0KADmtCgB9rQoAh60KANCtCgDYrQoAPpMPACmuCgB2rgoAgq4KAJGTDwDOrgoAHK8KACSvCgBvrwoAf68KAMKvCgDQrwoAFbAKACKwCgBosAoAb7AKALuwCgDDsAoAN5QPAB+xCgBhsQoAaLEKALSxCgC8sQoAB7IKABSyCgBasgoAX7IKAK2yCgC3sgoAALMKAAizCgBTswoAbLMKAKazCgCyswoA+bMKAAG0CgCKlA8AWLQKAJ+0CgCitAoA8rQKAPe0CgBFtQoAVrUKAJi1CgCztQoA67UKAPe1CgA+tgoARbYKAJG2CgCttgoA5LYKAOy2CgDdlA8APLcKAIq3CgCUtwoA3bcKAOW3CgAwuAoAQLgKAIO4CgCIuAoA1rgKAN+4CgApuQoANrkKAHy5CgCDuQoAMJUPANi5CgAiugoAL7oKAHW6CgCEugoAyLoKANK6CgAbuwoAKbsKAG67CgBzuwoAwbsKAM67CgAUvAoAHLwKAIOVDwBzvAoAurwKAMe8CgANvQoAEL0KAGC9CgBuvQoAs70KALi9CgAGvgoAE74KAFm+CgBhvgoA1pUPALS+CgD/vgoABb8KAFK/CgAGvwoAKBgLAF6/CgClvwoAwr8KAPi/CgABwAoAS8AKAFnACgCewAoApMAKAPHACgD9wAoARMEKAEvBCgAplg8AncEKAOrBCgD4wQoAPcIKAFjCCgCQwgoAnMIKAOPCCgDpwgoAfJYPAFnDCgCJwwoAmMMKANzDCgDhwwoAL8QKADzECgCCxAoAj8QKANXECgDhxAoAKMUKADfFCgB7xQoAhcUKAM7FCgDcxQoAIcYKACbGCgB0xgoAgcYKAMfGCgDjxgoAGscKACLHCgDPlg8AeccKAMDHCgDdxwoAE8gKABzICgBmyAoAdMgKALnICgC/yAoADMkKABjJCgBfyQoAZskKALLJCgC6yQoABcoKABvKCgBYygoAXcoKAKvKCgCyygoA/soKAAfLCgBRywoAYssKAKTLCgCwywoA98sKAP/LCgB1lw8AUMwKAJ3MCgCizAoA8MwKAAvNCgBDzQoAUc0KAJbNCgCdzQoA6c0KAPXNCgA8zgoAP84KAI/OCgCXzgoA4s4KAOPOCgA1zwoAN88KAIjPCgCXzwoA288KAPvPCgAu0AoAMNAKAIHQCgCY0AoA1NAKAODQCgAn0QoAL9EKAMiXDwB70QoAzdEKANnRCgAg0goAL9IKAHPSCgB70goAG5gPAMjSCgAZ0woAJ9MKAGzTCgB90woAbpgPAMbTCgDBmA8AGtQKAGeZDwBv1AoAuNQKAMTUCgAL1QoAIdUKAF7VCgBq1QoAsdUKAMTVCgAE1goAEtYKAFfWCgBh1goAupkPALLWCgANmg8AE9cKAFDXCgBc1woAo9cKALDXCgD21woAANgKAEnYCgBL2AoAnNgKAKbYCgDv2AoA/dgKAELZCgBH2QoAldkKAKLZCgDo2QoA8NkKADvaCgBL2goAjtoKAJDaCgDh2goA6toKADTbCgBF2woAh9sKAJHbCgBgmg8A5tsKAC3cCgBE3AoAgNwKAJvcCgCzmg8A7NwKACbdCgAs3QoAed0KAIPdCgAGmw8Azt0KAB/eCgAw3goAct4KAHreCgDF3goAjt4KAAAGCwDR3goAGN8KAB7fCgBr3woAcd8KAL7fCgDD3woAEeAKABfgCgBZmw8AgOAKALfgCgC/4AoAUpwPABjhCgBd4QoAbuEKALDhCgDB4QoAA+IKAA/iCgBW4goAXeIKAKWcDwC64goA/OIKAA3jCgBP4woAW+MKAKLjCgCp4woA+JwPAPfjCgBI5AoASeQKAJvkCgCj5AoA7uQKAPPkCgBB5QoASuUKAJTlCgCe5QoA5+UKAO/lCgA65goAP+YKAI3mCgCd5goA4OYKAOjmCgAz5woASecKAIbnCgCS5woA2ecKAO/nCgAs6AoAMegKAH/oCgCF6AoA0ugKAOboCgBLnQ8AO+kKAHjpCgCG6QoAy+kKANjpCgAe6goAIOoKAHHqCgB76goAxOoKANDqCgAX6woAHusKAGrrCgBy6woAvesKANbrCgAQ7AoAJOwKAGPsCgBr7AoAtuwKALjsCgAJ7QoAFu0KAFztCgBh7QoAr+0KALntCgAC7goADe4KAFXuCgBh7goAqO4KAK7uCgD77goAA+8KAE7vCgBP7woAoe8KAKfvCgD07woA+e8KAEfwCgBW8AoAmvAKAKbwCgDt8AoA8PAKAEDxCgBD8QoAnp0PAJjxCgDm8QoAAvIKAPGdDwBZ8goAjPIKAJTyCgBEng8A5fIKADLzCgA+8woAl54PAIvzCgDY8woA5PMKANygDwAs9AoAvPcKADv0CgB+9AoAgPQKANH0CgDb9AoAJPUKACb1CgB39QoAiPUKAMr1CgDS9QoAHfYKACn2CgBw9goAdvYKAMP2CgDJ9goAFvcKABv3CgBp9woAb/cKAC+hDwC+9woAD/gKABX4CgBi+AoAZfgKALX4CgDB+AoACPkKABD5CgAoog8AYfkKAK75CgC0+QoAAfoKAAb6CgBU+goAWvoKAHuiDwCp+goA+voKAAP7CgBN+woAZPsKAKD7CgCr+woA8/sKAP37CgBG/AoATvwKAHSjDwCm/AoA7PwKAPT8CgA//QoASf0KAJL9CgCd/QoA5f0KAOv9CgA4/goARP4KAIv+CgCN/goA3v4KAOX+CgAx/woAOf8KAIT/CgCW/woAx6MPABIACwAqAAsAMgALAH0ACwCgAAsAwKQPANIACwAjAQsAMAELAHYBCwB9AQsAyQELANoBCwAcAgsAKAILAG8CCwB2AgsAwgILAMMCCwDbIgsAygILABOlDwAoAwsAaAMLAHcDCwC7AwsAxwMLAA4ECwAPBAsAYQQLAGsECwC0BAsAwgQLAAcFCwAMBQsAWgULAGcFCwBmpQ8AtQULALmlDwAIBgsADKYPAGEGCwCmBgsAtQYLAPkGCwAZBwsATAcLAFgHCwCfBwsApgcLAPIHCwD6BwsARQgLAEcICwCYCAsAoggLAAWnDwD1CAsAPgkLAEYJCwBYpw8AmwkLAOQJCwDsCQsAq6cPAHMKCwCKCgsAkgoLAN0KCwD7CgsA/qcPAD4LCwCDCwsAigsLANZXDACTCwsA1gsLAOYLCwApDAsANQwLAHwMCwCCDAsAzwwLAOsMCwAiDQsAKg0LAFGoDwCJDQsAyA0LANINCwAbDgsAJw4LAG4OCwB2DgsApKgPAMwOCwAUDwsAFg8LAGcPCwBtDwsAug8LAMIPCwD3qA8ADxALAGAQCwBjEAsAsxALALsQCwAGEQsAFhELAFkRCwBbEQsArBELALoRCwD/EQsAEBILAEqpDwBZEgsAnakPAKsSCwD4EgsA/RILAEsTCwBREwsA8KkPAKsTCwDxEwsA+xMLAEQUCwBGFAsAlxQLAKoUCwDqFAsA8hQLAD0VCwBJFQsAkBULAJYVCwDjFQsA6RULADYWCwA7FgsAiRYLAI8WCwDpqg8A5RYLAC8XCwA8FwsAghcLAIkXCwDVFwsA3RcLADyrDwA0GAsAexgLAIUYCwDOGAsA2hgLACEZCwAwGQsAdBkLAH4ZCwDHGQsA0xkLABoaCwAhGgsAj6sPAHAaCwDuKQ0AcxoLAMAaCwB8GgsARkgMAMwaCwATGwsAGxsLAOKrDwByGwsAuRsLAMMbCwAMHAsAGBwLAF8cCwBuHAsAshwLALwcCwAFHQsAER0LAFgdCwBfHQsANawPALkdCwD+HQsAyx0LAAk5DAAVHgsAUR4LAF4eCwCkHgsAph4LAPceCwAIHwsASh8LAGYfCwCdHwsApR8LAIisDwAJIAsAQyALAFcgCwCWIAsAniALAOkgCwDsIAsAPCELAEohCwCPIQsApiELAOIhCwDvIQsANSILADciCwCIIgsAmSILANusDwDhIgsALiMLADMjCwCBIwsAlyMLANQjCwDiIwsAJyQLACokCwB6JAsAhiQLAM0kCwDTJAsAICULACwlCwBzJQsAnCULAMYlCwDSJQsAGSYLACgmCwBsJgsAdiYLAL8mCwDNJgsAEicLABcnCwBlJwsAcicLAC6tDwC6JwsACygLABkoCwBeKAsAaygLALEoCwDDKAsAga0PABMpCwBXKQsAYykLAKopCwDDKQsA/SkLAP8pCwBQKgsAXyoLAKMqCwDDKgsA9ioLAP4qCwBJKwsAbCsLAJwrCwCyKwsA7ysLAPQrCwBCLAsARSwLAJUsCwCfLAsA6CwLAPAsCwA7LQsAQS0LAI4tCwCaLQsA4S0LAPAtCwA0LgsAQC4LAIcuCwCULgsA2i4LAOQuCwAtLwsANS8LAIAvCwCPLwsA0y8LANUvCwAmMAsANzALAHkwCwCKMAsAzDALANQwCwAfMQsAMDELAHIxCwB0MQsAxTELAMgxCwAYMgsAIjILAGsyCwCPMgsAvjILANoyCwDUrQ8AFzMLAGQzCwBpMwsAtzMLAMYzCwAKNAsAFjQLAF00CwBgNAsAsDQLALM0CwADNQsACzULAFY1CwBlNQsAqTULAK41CwD8NQsAEjYLAE82CwBQNgsAojYLALM2CwD1NgsAATcLAEg3CwBSNwsAmzcLAKc3CwDuNwsA9TcLACeuDwBFOAsAlDgLAKI4CwDnOAsA8TgLADo5CwBFOQsAjTkLAJU5CwDgOQsA7DkLADM6CwBGOgsAhjoLAJQ6CwDZOgsA4zoLACw7CwA0OwsAfzsLAI47CwDSOwsA1zsLACU8CwAsPAsAeDwLAIQ8CwB6rg8A1zwLAB49CwAhPQsAcT0LAHQ9CwDEPQsA3j0LABc+CwAjPgsAaj4LAH0+CwC9PgsAyz4LABA/CwAaPwsAYz8LAIY/CwDNrg8AwD8LAAlACwAVQAsAXEALAGNACwCvQAsAt0ALAAJBCwAGQQsAVUELAGNBCwCoQQsAskELAPtBCwAGQgsATkILAFZCCwChQgsAsEILAPRCCwD5QgsAR0MLAE5DCwCaQwsApkMLAO1DCwD1QwsAIK8PAFZECwCJCA0AWUQLAJNECwCdRAsA5kQLAPJECwA5RQsAPEULAIxFCwCWRQsA30ULAOJFCwAyRgsAQkYLAIVGCwCHRgsA2EYLAOZGCwArRwsAPEcLAHOvDwCFRwsAxq8PANpHCwAkSAsA20cLABX1DADxRwsACi0MAD1ICwB3SAsAgUgLAMpICwDWSAsAHUkLACBJCwBwSQsAekkLABmwDwDISQsAFkoLADZKCwBpSgsAcUoLAGywDwDKSgsAD0sLACVLCwBiSwsAbksLALVLCwC8SwsACEwLABBMCwBbTAsAYEwLAK5MCwC3TAsAAU0LAAtNCwBUTQsAXE0LAKdNCwC1TQsA+k0LAAdOCwBNTgsAVU4LAL+wDwCwTgsA804LAPtOCwASsQ8ATU8LAJlPCwClTwsA7E8LAPNPCwA/UAsAR1ALAJJQCwCcUAsA5VALAPNQCwA4UQsATlELAItRCwCXUQsA3lELAONRCwAxUgsAOlILAIRSCwCOUgsA11ILAN9SCwAqUwsAL1MLAH1TCwCNUwsA0FMLANhTCwBlsQ8ALVQLAHZUCwB5VAsAF+QLAH5UCwC4sQ8A11QLABxVCwAyVQsAb1ULAHtVCwDCVQsAyVULABVWCwAdVgsAaFYLAG1WCwC7VgsAxFYLAA5XCwAYVwsAYVcLAGlXCwC0VwsAtlcLAA1jCwDCVwsAB1gLABRYCwBaWAsAYlgLAAuyDwC5WAsAAFkLAANZCwBTWQsAXVkLAF6yDwC0WQsA+VkLAA9aCwBMWgsAWFoLAJ9aCwCmWgsA8loLAPpaCwBFWwsASlsLAJhbCwChWwsA61sLAPVbCwA+XAsARlwLAJFcCwCTXAsA5FwLAPRcCwA3XQsAQV0LAIpdCwCWXQsA3V0LAONdCwAEsw8APl4LAINeCwCZXgsA1l4LAOJeCwApXwsALl8LAHxfCwCFXwsAz18LANlfCwAiYAsAKmALAHVgCwCXYAsAV7MPANdgCwAbYQsAJ2ELAG5hCwBvYQsAwWELAMthCwAUYgsAImILAGdiCwBsYgsAumILAMdiCwCqsw8AHWMLAGBjCwBqYwsAs2MLAL9jCwAGZAsADGQLAFlkCwBhZAsAo7QPALFkCwD/ZAsAB2ULAFJlCwBeZQsADG8LAGtlCwClZQsAsWULAPhlCwAAZgsA9rQPAFhmCwCeZgsApmYLAPFmCwD/ZgsARGcLAFFnCwCXZwsAmmcLAOpnCwD0ZwsAPWgLAD9oCwCQaAsAnWgLAONoCwDyaAsANmkLAEJpCwCJaQsAkWkLAEm1DwDsaQsAL2oLADdqCwCCagsAjmoLANVqCwDbagsAKGsLAC5rCwB7awsAgGsLAM5rCwDUawsAnLUPAC5sCwB0bAsAeWwLAMdsCwDRbAsAGm0LACJtCwBtbQsAeW0LAMBtCwDTbQsAE24LACFuCwBmbgsAaW4LALluCwDDbgsA77UPAB9vCwBfbwsAbW8LALJvCwC1bwsABXALAA9wCwBCtg8AXXALAKtwCwBmcAsAf44LALNwCwD+cAsACnELAFFxCwBXcQsApHELAGRxCwA6jAsAqnELAPdxCwD8cQsASnILAFByCwCVtg8Ao3ILAPByCwD1cgsAQ3MLAElzCwDotg8ApHMLAOlzCwAEdAsAPHQLAEh0CwCPdAsAlnQLADu3DwDrdAsANXULAEJ1CwCIdQsAlHULANt1CwDudQsALnYLAC92CwCBdgsAjXYLANR2CwDjdgsAJ3cLADF3CwB6dwsAhncLAM13CwDUdwsAjrcPACZ4CwBzeAsAeXgLAMZ4CwDLeAsAGXkLAB95CwA0uA8AdXkLAL95CwDMeQsAEnoLABZ6CwBlegsAZ3oLALh6CwDFegsAC3sLABV7CwCHuA8AZXsLALF7CwC5ewsABHwLABB8CwBXfAsAanwLAKp8CwC5fAsA/XwLAAl9CwBQfQsAUX0LAKN9CwCtfQsA9n0LAAR+CwBJfgsATn4LAJx+CwCpfgsA2rgPAPt+CwBCfwsASH8LAJV/CwCbfwsA6H8LAO1/CwA7gAsAQYALAC25DwCTgAsA4YALAOuACwDTuQ8APIELAIeBCwCUgQsA2oELAN+BCwAtggsAN4ILAICCCwCIggsA04ILAN+CCwAmgwsAOYMLAHmDCwB6gwsAzIMLANiDCwAfhAsALoQLAHKECwB8hAsAxYQLAM2ECwAYhQsAGoULACa6DwB0hQsAvoULAM2FCwARhgsAIIYLAGSGCwBwhgsAt4YLALqGCwAKhwsADYcLAHm6DwBfhwsAsIcLALOHCwADiAsAC4gLAFaICwBjiAsAqYgLAK6ICwD8iAsABokLAE+JCwBXiQsAookLAK6JCwD1iQsACIoLAEiKCwBJigsAm4oLAKeKCwDuigsA/YoLAEGLCwBLiwsAlIsLAKCLCwDniwsA7osLAMy6DwBJjAsAjYwLAJmMCwDgjAsA4YwLADONCwA9jQsAho0LAJSNCwDZjQsA3o0LACyOCwA5jgsAH7sPAJCOCwByuw8A344LACWPCwAzjwsAeI8LAImPCwDLjwsA7Y8LAMW7DwAjkAsAcZALACSQCwCdxQsAeZALAMSQCwDFkAsA+5QLAMeQCwD0lQsAyZALAAKUCwDKkAsAQJcLAMuQCwAJkwsA05ALABeRCwDdkAsAK5oLAByRCwBqkQsAd5ELAL2RCwDKkQsAEJILABySCwBjkgsAcpILALaSCwDAkgsAGLwPABeTCwBckwsAXpMLAK+TCwDAkwsAa7wPAAOUCwBVlAsAYZQLAKiUCwC1lAsAvrwPAAmVCwBOlQsAW5ULAKGVCwC4lQsAEb0PAP2VCwCMmAsA/pULAEeWCwBJlgsAmpYLAKCWCwDtlgsA95YLAGS9DwBMlwsAk5cLAJWXCwDmlwsA9ZcLADmYCwBEmAsAt70PAJuYCwDfmAsA7pgLADKZCwA+mQsAhZkLAJGZCwDYmQsA35kLAAq+DwA3mgsAfpoLAIaaCwBdvg8A6poLACSbCwA1mwsAd5sLAIObCwCwvg8A0ZsLAB2cCwAlnAsAcJwLAHGcCwDDnAsAyZwLABadCwAbnQsAaZ0LAGqdCwC8nQsAyJ0LAA+eCwAVngsAYp4LAGyeCwC1ngsAw54LAOWjCwDJngsACJ8LABCfCwADvw8Aa58LAK6fCwC2nwsAAaALAAqgCwBUoAsADqALAOyiCwBhoAsAp6ALAK6gCwD6oAsABqELAE2hCwBdoQsAoKELAK6hCwDzoQsAAKILAEaiCwBSogsAmaILAKCiCwBWvw8A9aILAD+jCwBQowsAkqMLAKOjCwCpvw8A8aMLADikCwA7pAsAi6QLAJOkCwDepAsA46QLADGlCwBBpQsAhKULAIylCwDXpQsA4KULACqmCwDkpQsAwqgLADemCwB9pgsAhKYLANCmCwDcpgsAI6cLADOnCwB2pwsAhKcLAMmnCwDWpwsAHKgLACioCwBvqAsAdqgLAPy/DwDLqAsAFakLACapCwBoqQsAeakLAE/ADwDAqQsADqoLABuqCwBhqgsAbaoLALSqCwC+qgsAB6sLABurCwBaqwsAW6sLAK2rCwC5qwsAAKwLAB+sCwBTrAsAW6wLAKasCwCrrAsA+awLABKtCwBMrQsAda0LAJ+tCwCrrQsA8q0LAAGuCwBFrgsAT64LAJiuCwCgrgsA664LAPauCwA+rwsAQK8LAJGvCwCUrwsA5K8LAOyvCwA3sAsARLALAIqwCwCPsAsA3bALAOWwCwAwsQsAMrELAIOxCwCNsQsA1rELAOCxCwApsgsAL7ILAHyyCwCKsgsAz7ILAOiyCwAiswsAK7MLAHWzCwB/swsAyLMLANSzCwCiwA8AJ7QLAG60CwB4tAsAwbQLAMy0CwAUtQsAGbULAGe1CwButQsAurULAMK1CwANtgsAN7YLAPXADwBntgsAs7YLALu2CwAGtwsAMLcLAFm3CwBetwsArLcLAK23CwD/twsACbgLAFK4CwBguAsApbgLAKq4CwD4uAsABbkLAEu5CwBnuQsAnrkLALq5CwBIwQ8A/rkLAES6CwBIugsAl7oLAJ26CwDqugsA7LoLAD27CwA+uwsAkLsLALO7CwDjuwsAB7wLADa8CwBgvAsAibwLAJG8CwDcvAsA4bwLAC+9CwA8vQsAgr0LAIq9CwDVvQsA170LACi+CwAwvgsAe74LAKW+CwDOvgsA274LACG/CwAmvwsAdL8LAIG/CwDHvwsA078LABrACwBEwAsAbcALAHXACwDAwAsA28ALABPBCwAVwQsAZsELAHfBCwC5wQsAwsELAAzCCwAYwgsAm8EPAGzCCwCywgsAzcILAAXDCwAKwwsAWMMLAHjDCwCrwwsAt8MLAP7DCwAGxAsA7sEPAF/ECwCkxAsArsQLAPfECwACxQsASsULAFLFCwCUwg8ApsULAPDFCwD6xQsAQ8YLAE7GCwCWxgsAqsYLAOnGCwD+xgsAPMcLAETHCwCPxwsApscLAOLHCwDnxwsANcgLAD/ICwCIyAsAkMgLAOfCDwDdyAsALskLAD/JCwCByQsAhMkLANTJCwDgyQsAOsMPADXKCwB6ygsAi8oLAI3DDwDQygsAIMsLACPLCwBzywsAf8sLAMbLCwDMywsAGcwLACPMCwDgww8AecwLAL/MCwDWzAsAEs0LABrNCwAzxA8Abc0LAIbEDwDBzQsAC84LABjOCwBezgsAaM4LALHOCwC/zgsABM8LABrPCwBXzwsAY88LAKrPCwC2zwsA/c8LABDQCwBQ0AsAX9ALAKPQCwCv0AsA9tALAPfQCwBJ0QsAU9ELAJzRCwCq0QsA79ELAPTRCwBC0gsAT9ILANnEDwCj0gsA6NILAP7SCwA70wsAR9MLAI7TCwCV0wsA4dMLAOnTCwA01AsAOdQLAIfUCwCQ1AsA2tQLAOTUCwAt1QsANdULAIDVCwCE1QsA09ULANXVCwAm1gsANNYLAHnWCwCD1gsAzNYLANrWCwAf1wsALNcLAHLXCwCJ1wsAxdcLAM3XCwAY2AsAKNgLAGvYCwBw2AsAvtgLAMTYCwAR2QsAGdkLAGTZCwBp2QsAt9kLALjZCwAK2gsAFtoLAF3aCwBj2gsAsNoLALLaCwAD2wsADdsLAFbbCwBk2wsAqdsLAK7bCwD82wsACdwLANLFDwBm3AsAotwLAKjcCwD13AsAAd0LAEjdCwBf3QsAm90LAJ3dCwDu3QsA+N0LAEHeCwBN3gsAlN4LAKDeCwDn3gsA7d4LADrfCwBA3wsAjd8LAJLfCwDg3wsA5t8LACXGDwA24AsAbbINAD7gCwCG4AsAh+ALANngCwDj4AsALOELAFzhCwB4xg8AguELANLhCwDc4QsAy8YPAC7iCwB44gsAjuILAMviCwDh4gsAHuMLACDjCwBx4wsAd+MLAMTjCwDY4wsAcccPAB/kCwBq5AsAM+QLAHEaEABw5AsAy9sMAHrkCwC95AsAg+QLAHc6DQC/5AsAEOULAB7lCwBj5QsAdOULAMTHDwC95QsAF8gPABLmCwCyuwwAFeYLAFzmCwBf5gsAr+YLALjmCwAC5wsAE+cLAFXnCwBf5wsAqOcLALDnCwD75wsAxOcLADYIDQD+5wsATugLAFfoCwCh6AsAt+gLAPToCwAK6QsAR+kLAEnpCwCa6QsAoOkLAO3pCwAB6gsAasgPAGvqCwCT6gsAvuoLAL3IDwDs6gsA5KgMAPLqCwCF7AsA8+oLAIOqDAD16gsAiqkMAPbqCwA56wsAO+sLAIzrCwCa6wsA3+sLAPDrCwAQyQ8AOuwLAGPJDwCL7AsA2OwLAN7sCwAr7QsAMO0LAH7tCwCE7QsAtskPAN3tCwAk7gsALO4LAFzKDwCD7gsAyu4LANTuCwAd7wsAJu8LAHDvCwBx7wsAw+8LAMvvCwAW8AsAG/ALAGnwCwB58AsAAssPAMjwCwAP8QsAEfELAGLxCwBo8QsAtfELALzxCwAI8gsADfILAFvyCwBf8gsArvILALvyCwAB8wsACfMLAFTzCwBZ8wsAp/MLALfzCwBVyw8AC/QLAE30CwBZ9AsAoPQLAK/0CwDz9AsA/fQLAEb1CwBU9QsAmfULAKb1CwDs9QsAA/YLAKjLDwBC9gsATswPAJX2CwDl9gsAmfYLAOXaDwDt9gsAOPcLAGP3CwCL9wsAtvcLAN73CwAJ+AsAocwPADr4CwCE+AsAhfgLANf4CwDm+AsAKvkLAO34CwDJ+gsAO/kLAH35CwB/+QsA0PkLANP5CwAj+gsAJvoLAHb6CwB++gsAms0PAM76CwAc+wsAI/sLAG/7CwB4+wsAwvsLANP7CwAV/AsAIfwLAGj8CwBw/AsA7c0PAMH8CwAO/QsAFf0LAGH9CwBm/QsAtP0LALj9CwAH/gsAFP4LAFr+CwBp/gsArf4LAL7+CwAA/wsAAv8LAFP/CwBW/wsApv8LAKn/CwD5/wsAAQAMAEDODwBRAAwAVi4MAFcADAASvw0AWAAMAJ8ADACiAAwA8gAMAPwADACTzg8ATgEMAJgBDACnAQwA6wEMAPoBDAA+AgwASgIMAJECDACUAgwA5AIMAOcCDADmzg8AOgMMAIoDDAC1AwwAOc8PAOUDDACMzw8AOAQMAN/PDwCLBAwAMtAPANsEDAApBQwANgUMAHwFDAB/BQwAzwUMANQFDAAiBgwAMwYMAHUGDACBBgwAhdAPAM0GDAAbBwwALAcMAG4HDAB6BwwAwQcMANsHDAAUCAwAGAgMAAYKDAAbCAwASwwMAB4IDACXDQwAIAgMAP8KDAAiCAwADQkMACUIDABnCAwAbAgMALoIDADRCAwA2NAPABoJDABgCQwAcAkMALMJDAC4CQwAK9EPAAgKDABZCgwAXwoMAKwKDAC5CgwAftEPAAULDABSCwwAWAsMAKULDACqCwwA+AsMAP4LDADR0Q8AVwwMAJ4MDAC3DAwA8QwMAPoMDABEDQwAWw0MACTSDwCdDQwA6g0MAOwNDAA9DgwATA4MAJAODACcDgwAd9IPAOUODAA2DwwARw8MAIkPDACXDwwA3A8MAOMPDAAvEAwAMRAMAIIQDACMEAwA1RAMAOMQDAAoEQwALREMAHsRDACIEQwAzhEMANYRDAAhEgwAJRIMAHQSDAB2EgwAxxIMAM0SDAAaEwwAJxMMAMrSDwB6EwwAwBMMANcTDAATFAwALxQMAB3TDwByFAwAuRQMALoUDAAMFQwAEhUMAF8VDABrFQwAshUMAMEVDAAFFgwABxYMAFgWDABiFgwAqxYMALkWDAD+FgwAAxcMAFEXDABeFwwApBcMAKwXDAD3FwwA+xcMAEoYDABMGAwAnRgMAKMYDADwGAwA/RgMAHDTDwBQGQwAlhkMAK0ZDADpGQwABRoMAMPTDwBFGgwAjxoMAJ0aDADiGgwA7BoMADUbDABBGwwAiBsMAIsbDADbGwwA9xsMAC4cDAA2HAwAFtQPAI0cDADUHAwA1xwMACcdDAAxHQwAD9UPAIMdDADNHQwA2x0MACAeDAAqHgwAcx4MAH8eDADGHgwAzh4MALXVDwAbHwwAbB8MAHofDAC/HwwA0B8MAAjWDwAZIAwAW9YPAGogDAC4IAwAwCAMAAshDAARIQwAXiEMAGchDACxIQwAviEMAAHXDwAJIgwAVyIMABAiDAD2IwwAYCIMAKoiDAC0IgwA/SIMAAUjDABQIwwAkCMMAKMjDACrIwwAVNcPAPwjDABJJAwATyQMAJwkDACkJAwA7yQMAC8lDABCJQwASiUMAKfXDwCdJQwA+tcPAPElDAA7JgwASSYMAI4mDACYJgwA4SYMAO0mDAA0JwwANycMAIcnDACPJwwAoNgPAOYnDAAtKAwAMCgMAIAoDACKKAwA89gPANsoDABG2Q8ANCkMAHkpDACKKQwAzCkMANgpDAAfKgwAIioMAJnZDwC0KgwAxSoMAAcrDADs2Q8AKCsMAGsrDABtKwwAvisMAMwrDAARLAwAIiwMAD/aDwCALAwAtywMAL8sDACS2g8AGC0MAF0tDABeLQwAONsPALwtDAADLgwACi4MAIvbDwBdLgwAqS4MAK4uDADe2w8ABC8MADHcDwBXLwwAoi8MAJIvDABgTg4Aoy8MAEiDDAClLwwAOoUMAKsvDAD1LwwArC8MAPyBDACyLwwAQYQMAAIwDABIMAwAUzAMAJswDACdMAwA7jAMAPswDABBMQwASDEMAJQxDAClMQwA5zEMAPMxDAA6MgwAQTIMAI0yDACVMgwAhNwPAOYyDAAzMwwAOTMMAIYzDACLMwwA2TMMAN8zDADX3A8AODQMAH80DACJNAwA0jQMANY0DAAlNQwAMTUMAHg1DACENQwAyzUMANg1DAAeNgwAJjYMAHE2DAB7NgwAxDYMANA2DAAXNwwAGjcMAGo3DAB0NwwAfd0PAL83DAAQOAwAEzgMAGM4DABmOAwAI94PAL44DAB23g8AFzkMAFw5DABdOQwAyd4PALc5DAAc3w8ABzoMAFU6DABcOgwAqDoMAK06DABv3w8AAzsMAMLfDwBWOwwAoTsMAKs7DAD0OwwA/zsMAEc8DABVPAwAmjwMAJ08DADtPAwA9TwMAEA9DABKPQwAkz0MAJ89DADmPQwA6T0MADk+DABDPgwAFeAPAJo+DADfPgwA9T4MADI/DAA+PwwAhT8MAIw/DADYPwwA4D8MACtADAAwQAwAfkAMAIdADADRQAwA20AMACRBDAAsQQwAd0EMAHlBDADKQQwA2kEMAB1CDAAnQgwAcEIMAHxCDADDQgwAyUIMABZDDAAeQwwAu+APAHdDDAC8QwwAvUMMAA7hDwAURAwAYeEPAGREDAC1RAwAtkQMAAhFDAALRQwAW0UMAGZFDACuRQwAs0UMAAFGDAALRgwAtOEPAHhGDACnRgwAr0YMAAfiDwD8RgwATUcMAF5HDACgRwwAsUcMAPNHDAD2RwwAWuIPAExIDACZSAwAnkgMAOxIDADvSAwAP0kMAEJJDACSSQwAmkkMAK3iDwDzSQwAOEoMADtKDACLSgwAlkoMAN5KDADqSgwAMUsMADhLDACESwwAjEsMANdLDADlSwwAKkwMADdMDAB9TAwAhUwMAADjDwDcTAwAI00MACZNDAB2TQwAgE0MAMlNDADRTQwAU+MPAChODABvTgwAdU4MAMJODADMTgwAFU8MAClPDABoTwwAcE8MAKbjDwDITwwADlAMABZQDABhUAwAZFAMALRQDADAUAwAB1EMABFRDABaUQwAY1EMAK1RDACuUQwAAFIMABhSDABTUgwAVVIMAKZSDAC3UgwA+VIMAApTDABMUwwAVFMMAJ9TDACuUwwA8lMMAPRTDABFVAwAVlQMAJhUDACpVAwA61QMAARVDAA+VQwAQFUMAJFVDACgVQwA5FUMAARWDABM5A8AfFYMAIpWDADPVgwAn+QPAN9WDAAwVwwAUFcMAINXDACXVwwA8uQPAN5XDAApWAwANlgMAHxYDACBWAwAz1gMANlYDAAiWQwAKlkMAHVZDAB7WQwAyFkMANFZDAAbWgwAKFoMAEXlDwB6WgwAwVoMAMdaDAAUWwwAGlsMAGdbDABwWwwAulsMALtbDAANXAwAF1wMAGBcDABsXAwAs1wMALpcDACY5Q8ADl0MAOvlDwBhXQwAPuYPALRdDACR5g8AC14MAFJeDABiXgwApV4MAKpeDAD4XgwA/l4MAEtfDABXXwwAnl8MAKZfDADk5g8AAmAMAERgDABVYAwAl2AMAKlgDADqYAwA8mAMAD1hDABIYQwAkGEMAJVhDADjYQwA6GEMADZiDABWYgwAN+cPAJliDADcYgwA5mIMAC9jDAA7YwwAgmMMAIhjDADVYwwA3WMMAChkDAAqZAwAe2QMADRkDAD+aQwAjGQMAM5kDADfZAwAIWUMADNlDAB0ZQwAfGUMAMdlDADSZQwAGmYMAB9mDABtZgwAcmYMAMBmDADgZgwAiucPABVnDABmZwwAdWcMALlnDADEZwwADGgMAB5oDABfaAwAZ2gMALJoDAC9aAwABWkMAAppDABYaQwAXWkMAKtpDADLaQwA3ecPAABqDABRagwAYGoMAKRqDACvagwA92oMAAlrDABKawwAUmsMAJ1rDACoawwA8GsMAPVrDABDbAwASGwMAJZsDAC2bAwAMOgPAPZsDAA8bQwAU20MAIPoDwCcbQwA4m0MAPltDADW6A8AQm4MAIhuDACPbgwA224MAOluDAAubwwAO28MAIFvDACYbwwAKekPANxvDAB86Q8AKXAMAHpwDACIcAwAzXAMAN5wDADP6Q8ALXEMAHNxDACKcQwAIuoPANBxDAAZcgwAJXIMAGxyDABvcgwAv3IMAMlyDAB16g8ALnMMAMjqDwBtcwwAG+sPAMBzDAALdAwADHQMAJx3DAAOdAwAqnUMABJ0DABrfgwAFXQMAF50DAAadAwAjnkMABt0DACVeAwAY3QMAMV9DABqdAwAsXQMALR0DAAEdQwADnUMAG7rDwBfdQwAwesPALN1DAD9dQwAynUMAHl8DAALdgwAUHYMAFp2DACjdgwAr3YMAPZ2DAD5dgwASXcMAFF3DAAU7A8AnncMAO93DADydwwAQngMAEV4DABn7A8Al3gMAOh4DAD2eAwAO3kMAEx5DAAN7Q8AkHkMAOF5DADueQwANHoMAEN6DACHegwAk3oMANp6DADregwALXsMAD57DACAewwAjHsMANN7DADaewwAJnwMAC58DACz7Q8Ah3wMAMx8DADNfAwABu4PACt9DAByfQwAeX0MAFnuDwDMfQwAGH4MAB1+DAD/7g8AdH4MAL5+DADEfgwAEX8MABN/DABkfwwAbn8MALd/DADFfwwACoAMAA+ADABdgAwAaoAMALCADADIgAwAA4EMABmBDABWgQwAWYEMAKmBDACxgQwApe8PAAiCDABPggwAUoIMAKKCDACsggwA+O8PAP2CDABL8A8ASoMMAJuDDACegwwA7oMMAPGDDACe8A8AQ4QMAJSEDACihAwA54QMAPiEDABE8Q8AQ4UMAI2FDACbhQwA4IUMAKaFDACcFg4A6oUMADOGDAA/hgwAhoYMAImGDADZhgwA4YYMAOrxDwBGhwwAPfIPAJmHDADShwwA7IcMAJDyDwAqiAwAXIwMADOIDAACjQwANYgMAHiIDAB6iAwAy4gMANmIDAAeiQwAL4kMAOPyDwB4iQwANvMPAMqJDAAXigwAHYoMAGqKDABvigwAvYoMAMOKDACJ8w8AFosMAGOLDABoiwwAtosMAMyLDAAJjAwAEYwMAC/0DwB8jAwAr4wMALeMDACC9A8AGY0MAFWNDABijQwAqI0MAK2NDAD7jQwAAY4MAE6ODABajgwAoY4MAKiODAD0jgwA/I4MAEePDABqjwwAKPUPAKOPDADtjwwA+o8MAECQDABPkAwAk5AMAJWQDADmkAwA75AMADmRDABQkQwAjJEMAJeRDADfkQwA6ZEMADKSDAA6kgwAe/UPAIuSDADYkgwA3pIMACuTDAAwkwwAfpMMAISTDADO9Q8A85MMACSUDAAslAwAdPYPAICUDADKlAwAy5QMAB2VDAAllQwAcJUMAHuVDADDlQwAyJUMABaWDAAblgwAaZYMAImWDADH9g8AwpYMAA+XDAAWlwwAYpcMAGeXDAC1lwwAuZcMAAiYDAAVmAwAW5gMAGOYDACumAwAuZgMAAGZDAAGmQwAVJkMAFmZDACnmQwAx5kMABr3DwAJmgwATZoMAFiaDACgmgwAqJoMAPOaDAD2mgwARpsMAP2aDAAxngwAUpsMAJmbDACjmwwA7JsMAPWbDAA/nAwAQJwMAJKcDACanAwA5ZwMAPCcDAA4nQwAPZ0MAIudDACQnQwA3p0MAP6dDABt9w8APZ4MAISeDACGngwA154MAN2eDAAqnwwAMZ8MAH2fDACCnwwA0J8MANSfDAAjoAwAMKAMAHagDAB+oAwAyaAMANSgDAAcoQwAIaEMAG+hDAB0oQwAwqEMAOKhDADA9w8AHaIMABP4DwByogwAu6IMAMSiDAAOowwAFKMMAGGjDABtowwAtKMMANKjDAAHpAwACKQMAFqkDABcpAwAraQMALqkDAAApQwADqUMAFOlDABipQwApqUMAMKlDAD5pQwAAaYMALn4DwBfpgwAn6YMAKCmDADypgwA/qYMAEWnDABUpwwAmKcMAKKnDADrpwwA96cMAD6oDABFqAwADPkPAJmoDABf+Q8A7agMADepDABEqQwAsvkPAI+pDADdqQwA6qkMADCqDAA6qgwABfoPAIWqDADWqgwA7KoMACmrDAA1qwwAWPoPAISrDABewA0AmqsMAM+rDADtqwwAIqwMACqsDAB1rAwARKwMAK7kDQB2rAwAFK4MAHisDABgrwwAgawMAAHlDQCFrAwAyKwMAMqsDAAbrQwAKa0MAG6tDAB/rQwAq/oPAMmtDAD++g8AFq4MAGeuDABqrgwAuq4MAL2uDABR+w8AFa8MAKT7DwBqrwwA+AQNAICvDACzrwwAwa8MAAawDAAHsAwA9/sPAGGwDABK/A8Az7AMAJ38DwAMsQwAUrEMAGCxDAClsQwAr7EMAPixDAAAsgwAS7IMAEyyDAAotwwAZrIMAOO0DAB0sgwAnrIMAKeyDADxsgwA8rIMAESzDABSswwAl7MMAKGzDADqswwA9rMMAD20DABDtAwAkLQMAKy0DADw/A8A8bQMADa1DABDtQwAibUMAJO1DADctQwA3rUMAC+2DABGtgwAgrYMAI62DADVtgwA8bYMAEP9DwA5twwAe7cMAH23DADOtwwA2LcMACG4DAAxuAwAdLgMAHm4DADHuAwAzbgMABq5DAAwuQwAbbkMAHW5DADAuQwAw7kMABO6DAAcugwAZroMAHS6DAC5ugwAw7oMAAy7DAAYuwwAX7sMAHu7DACW/Q8Av7sMAAW8DAANvAwAWLwMAFu8DACWEg0AaLwMAKu8DACtvAwAnRENALm8DAD+vAwAC70MAFG9DABfvQwApL0MAKe9DAD3vQwAAr4MAEq+DABWvgwAnb4MAKS+DADwvgwA+L4MAEO/DABFvwwAlr8MAKa/DADpvwwA878MADzADABIwAwAj8AMAJXADADiwAwA6sAMAOn9DwA3wQwAiMEMAJbBDADbwQwA6MEMAC7CDAA6wgwAgcIMAIfCDADUwgwA18IMACfDDAAvwwwAesMMAHzDDABXyAwAfcMMABnFDACKwwwAzcMMAM/DDADhzAwA0sMMACDEDAApxAwAc8QMAIDEDADGxAwAzcQMADz+DwAixQwAScoMACPFDAC4xgwAOcUMAGzFDAB6xQwAv8UMAMDFDACP/g8AHsYMAGXGDABsxgwA4v4PALrGDAALxwwAEccMAF7HDABoxwwAsccMAL3HDAAEyAwAC8gMADX/DwBwyAwAqsgMAK/IDAD9yAwAA8kMAFDJDABayQwAo8kMAK/JDAD2yQwA/ckMAIj/DwBYygwAnMoMAKvKDADvygwA+8oMAELLDABFywwAlcsMAJjLDADoywwA+MsMADvMDABEzAwAjswMAJ/MDADb/w8A78wMADTNDABFzQwALgAQAI7NDACBABAA4s0MAC3ODAAvzgwACtMMADDODADMzwwAPc4MAIDODACCzgwAlNcMAIXODADTzgwA3M4MACbPDAAzzwwAec8MAIDPDADUABAA1c8MAPzUDADWzwwAa9EMAOzPDAAf0AwALdAMAHLQDABz0AwAJwEQANHQDAAY0QwAH9EMAHoBEABt0QwAvtEMAMTRDAAR0gwAG9IMAGTSDABw0gwAt9IMAL7SDADNARAAI9MMAF3TDABi0wwAsNMMALbTDAAD1AwADdQMAFbUDABi1AwAqdQMALDUDAAgAhAAC9UMAE/VDABe1QwAotUMAK7VDAD11QwA+NUMAEjWDABL1gwAm9YMAKvWDADu1gwA99YMAEHXDABS1wwAcwIQAKLXDADn1wwA+NcMAMYCEABB2AwAGQMQAJXYDADg2AwAF9kMADPZDAA72QwAhtkMAJbZDADZ2QwA29kMACzaDAA62gwAf9oMAJDaDABsAxAA2NoMACXbDAAx2wwAvwMQAKTbDABlBBAA1NsMAB7cDAAr3AwAcdwMAI3cDADE3AwAzNwMALgEEAAo3QwAat0MAGzdDAC93QwAvt0MABDeDAAT3gwAY94MAG/eDAC23gwAvd4MAAnfDAAl3wwAXN8MAGTfDABeBRAAvN8MAALgDAAS4AwAVeAMAFrgDACo4AwA2OAMALEFEAAB4QwABAYQAFbhDACh4QwAouEMALXqDACn4QwAUGgOAKvhDAD04QwAreEMACvmDACx4QwAjOQMAL/hDADz7QwA+eEMANtgDgD/4QwA/lsOAADiDABH4gwASuIMAJriDACk4gwAVwYQAPXiDABA4wwARuMMAJPjDACc4wwA5uMMAPPjDAA55AwAVeQMAKoGEACO5AwA3+QMAJHkDADhaw4A7eQMADLlDABD5QwA/QYQAIvlDADY5QwA5OUMAFAHEAAx5gwAfuYMAITmDADR5gwA1uYMACTnDAAq5wwASQgQAH7nDABCCRAAz+cMAB3oDAAl6AwAcOgMAHzoDADD6AwA1ugMABbpDAAi6QwAaekMAHjpDAC86QwAxekMAA/qDAAZ6gwAYuoMAG7qDADoCRAAxuoMAAjrDAAU6wwAW+sMAF3rDACu6wwAsesMAAHsDAAN7AwAVOwMAFzsDAA7ChAAs+wMAPrsDAAK7QwATe0MAFntDACg7QwApu0MAI4KEAAV7gwARu4MAE7uDACZ7gwAwe4MAOzuDAD37gwAP+8MAEvvDACS7wwAo+8MAOXvDADm7wwA4QoQAD7wDACL8AwAmPAMADQLEADr8AwAMfEMAEjxDACE8QwAtPEMANfxDADf8QwAKvIMADTyDAB98gwAifIMANDyDADT8gwAI/MMAC3zDACHCxAAfvMMAMnzDADP8wwAHPQMACX0DABv9AwAfPQMAML0DADe9AwA2gsQABf1DABo9QwAHPUMAGACDQB19QwAu/UMAML1DAAO9gwAEPYMAGH2DABn9gwAtPYMALv2DAAH9wwAH/cMAFr3DABf9wwArfcMAGb3DABT+AwAtvcMAAD4DAAK+AwALQwQAFn4DACm+AwArPgMAPn4DAD++AwATPkMAFL5DACADBAAoPkMAPL5DAAD+gwARfoMAFH6DACY+gwAovoMAOv6DAD3+gwAPvsMAEX7DADTDBAAk/sMAOT7DACc+wwAjXcOAOf7DAA3/AwAV/wMAIr8DACS/AwAJg0QAO78DAAw/QwAN/0MAIP9DACL/QwA1v0MANn9DAB1/wwA5v0MACn+DAAr/gwAfP4MAIr+DADP/gwA4P4MAHkNEAAp/wwAzA0QAH7/DADI/wwA1/8MABsADQAqAA0AbgANAHoADQDBAA0AxAANABQBDQAXAQ0AZwENAHcBDQC6AQ0AwwENAA0CDQAeAg0AHw4QAGUCDQCzAg0AvAINAAYDDQAQAw0AWQMNAGEDDQCsAw0AygMNAP8DDQAdBA0AUgQNAHAEDQClBA0AwwQNAHIOEAD/BA0ASwUNAFAFDQCeBQ0AVwUNAJcGDQCnBQ0A8QUNAPsFDQBEBg0AYAYNAMUOEACdBg0A6gYNAPAGDQA9Bw0AWQcNABgPEAC4Bw0Avg8QAAsIDQAREBAAPggNAAoREACfCA0A3AgNAN4IDQAvCQ0ANQkNAIIJDQCWCQ0A1QkNAN0JDQAoCg0AUAoNAF0REACECg0AzgoNANsKDQAhCw0ALwsNAHQLDQB+Cw0AxwsNAOELDQAaDA0AJwwNAG0MDQB5DA0AwAwNAMoMDQATDQ0AGw0NALAREABtDQ0AuQ0NAMENDQADEhAA5Q0NAPwSEAAYDg0AXw4NAGYODQCyDg0Aug4NAFYSEAAHDw0AWA8NAGkPDQCrDw0Asw8NAP4PDQAIEA0AURANAF0QDQCkEA0ApxANAPcQDQABEQ0ATxMQAGYRDQCiExAAqxENAPARDQABEg0A9RMQAEoSDQBIFBAAnxINAOkSDQD4Eg0APBMNAEsTDQCPEw0AmxMNAOITDQDlEw0ANRQNADgUDQCIFA0AmBQNANsUDQDkFA0ALhUNAD8VDQCbFBAAjRUNANQVDQDcFQ0A7hQQACkWDQB6Fg0AMxYNACAXDQB9Fg0AzRYNANUWDQBBFRAAJhcNAHMXDQB/Fw0AxhcNAM4XDQCUFRAAJRgNAGwYDQBvGA0AvxgNAMkYDQDnFRAAFxkNAGUZDQB7GQ0AuBkNALkZDQALGg0AHBoNAF4aDQBqGg0AsRoNALsaDQAEGw0AEBsNADoWEABjGw0AqhsNAK0bDQD9Gw0ABxwNAOAWEABTHA0AoxwNAKYcDQD2HA0AAh0NAEkdDQBPHQ0AnB0NAKYdDQAzFxAA9B0NAEIeDQBPHg0AlR4NAJgeDQDoHg0ABB8NADsfDQBDHw0AhhcQAJYfDQDZFxAA6R8NACwYEAA3IA0AhyANAEsgDQCF3g0ApyANANogDQDuIA0AfxgQADohDQDSGBAAgSENANMhDQDZIQ0AJiINADIiDQB5Ig0AiCINAMwiDQDOIg0AHyMNACkjDQByIw0AfiMNAMUjDQDMIw0AJRkQACQkDQB4GRAAcyQNAMsZEAADJQ0AESUNAFYlDQBkJQ0AqSUNALclDQD8JQ0ACiYNAE8mDQBdJg0AoiYNALAmDQD1Jg0AHhoQAAUnDQBWJw0AZCcNAKknDQC6Jw0AxBoQAAIoDQBPKA0AWygNABcbEACoKA0A9SgNAPsoDQBIKQ0ATSkNAJspDQChKQ0AvRsQAPEpDQBBKg0ATSoNAJQqDQCaKg0A5yoNAPEqDQBjHBAAPysNAI0rDQCaKw0A4CsNAOMrDQAzLA0ASCwNAIYsDQCOLA0AthwQAOEsDQAsLQ0AOC0NAH8tDQCFLQ0A0i0NANgtDQAlLg0AKi4NAHguDQB+Lg0AqB4QANouDQAeLw0ALS8NAHEvDQB6Lw0AxC8NAMovDQAXMA0AHTANAGowDQB2MA0AvTANAMQwDQAQMQ0AGDENAE4fEABtMQ0AtjENAMExDQAJMg0AFTINAFwyDQBiMg0ArzINALcyDQACMw0ADjMNAFUzDQBbMw0AqDMNAK4zDQD7Mw0AADQNAE40DQBUNA0AoR8QAKg0DQD0NA0AAjUNAEc1DQBUNQ0AmjUNALE1DQDtNQ0ACTYNAEA2DQBINg0A9B8QAKY2DQDmNg0A6DYNADk3DQBPNw0AjDcNAI03DQDfNw0A8DcNADI4DQA+OA0ARyAQAKE4DQCaIBAA2jgNACs5DQBBOQ0AfjkNAH85DQDROQ0A4jkNACQ6DQAwOg0A7SAQAHw6DQDKOg0A0DoNAB07DQA9Ow0AcDsNAHw7DQDDOw0AyjsNAEAhEAAcPA0AaTwNAG48DQC8PA0AwjwNAJMhEAAjPQ0AYj0NAGM9DQC1PQ0AwT0NAAg+DQAkPg0AWz4NAGM+DQCMIhAAuj4NAAE/DQAdPw0AVD8NAFw/DQAyIxAAsz8NAPo/DQAAQA0ATUANAFNADQCgQA0AuEANAPNADQD9QA0ARkENAFJBDQCZQQ0AnEENAOxBDQD2QQ0AP0INAFdCDQCSQg0AokINAOVCDQDnQg0AOEMNAEZDDQCLQw0AnEMNAIUjEADkQw0AMUQNAD1EDQDYIxAAjEQNAH4kEADjRA0AKkUNAC1FDQB9RQ0Ah0UNANEkEADSRQ0AI0YNADFGDQB2Rg0Ah0YNAHclEADQRg0AyiUQACRHDQAdJhAAd0cNABYnEADERw0AFUgNACJIDQBoSA0Ad0gNALtIDQDBSA0ADkkNABpJDQBhSQ0AY0kNALRJDQC+SQ0AB0oNABVKDQBaSg0AX0oNAK1KDQC6Sg0AAEsNAAxLDQBTSw0AZksNAKZLDQC1Sw0A+UsNAAVMDQBMTA0ATUwNAJ9MDQCpTA0A8kwNAABNDQBFTQ0ASk0NAJhNDQClTQ0AaScQAPVNDQA+Tg0ATE4NAJFODQCUTg0A5E4NAPRODQA3Tw0ARU8NAIpPDQCWTw0A3U8NAORPDQAwUA0AN1ANAINQDQCPUA0A1lANANdQDQApUQ0ANVENAHxRDQCJUQ0Az1ENANZRDQAiUg0ALlINAHVSDQCCUg0AyFINANdSDQAbUw0AL1MNAG5TDQB6Uw0AwVMNANRTDQAUVA0AI1QNAGdUDQBzVA0AulQNALtUDQANVQ0AF1UNAGBVDQBuVQ0As1UNALhVDQAGVg0AE1YNALwnEABaVg0ArFYNAL1WDQD/Vg0ADVcNAFJXDQBhVw0ApVcNAKdXDQD4Vw0AAlgNAEtYDQBZWA0AnlgNAKNYDQDxWA0A/lgNAERZDQBTWQ0Al1kNAJxZDQDqWQ0A91kNAD1aDQBHWg0AkFoNAJxaDQDjWg0A9loNADZbDQBAWw0AiVsNAJVbDQDcWw0A71sNAC9cDQA+XA0AglwNAI5cDQDVXA0A1lwNAChdDQAyXQ0Ae10NAIldDQDOXQ0A010NACFeDQAuXg0ADygQAHleDQDHXg0A1F4NABpfDQAkXw0AbV8NAHNfDQDAXw0Awl8NABNgDQAgYA0AZmANAGlgDQC5YA0Ax2ANAAxhDQAYYQ0AX2ENAGxhDQCyYQ0AvGENAAViDQAUYg0AWGINAF1iDQCrYg0AuGINAP5iDQALYw0AUWMNAF1jDQCkYw0As2MNAPdjDQABZA0ASmQNAFhkDQCdZA0AomQNAPBkDQD9ZA0AQ2UNAE9lDQCWZQ0AqWUNAOllDQD4ZQ0APGYNAEhmDQCPZg0AkGYNAOJmDQDsZg0ANWcNAENnDQCIZw0AjWcNANtnDQDoZw0AYigQAEFoDQCBaA0AkGgNANRoDQDgaA0AJ2kNAChpDQB6aQ0AhGkNAM1pDQDbaQ0AIGoNACVqDQBzag0AgGoNALUoEADZag0AGWsNAChrDQBsaw0AeGsNAL9rDQDAaw0AEmwNABxsDQBlbA0Ac2wNALhsDQC9bA0AC20NABhtDQAIKRAAYG0NALFtDQC/bQ0ABG4NABFuDQBXbg0AY24NAKpuDQCwbg0A/W4NAA5vDQBQbw0AUm8NAKNvDQCsbw0A9m8NAANwDQBJcA0AWHANAJxwDQCncA0A73ANAPtwDQBCcQ0AVXENAJVxDQCkcQ0A6HENAPRxDQA7cg0APHINAI5yDQCYcg0A4XINAO9yDQA0cw0AOXMNAIdzDQCUcw0AWykQAOdzDQAtdA0AO3QNAIB0DQCKdA0A03QNAOF0DQAmdQ0AKHUNAHl1DQCKdQ0AzHUNANp1DQAfdg0ATnYNAHJ2DQB0dg0AxXYNAM92DQAYdw0AJncNAGt3DQBwdw0AvncNAMt3DQAReA0AHXgNAGR4DQB3eA0At3gNAMZ4DQAKeQ0AFnkNAF15DQBeeQ0AsHkNALp5DQADeg0AEXoNAFZ6DQBbeg0AqXoNALZ6DQCuKRAA/noNAE97DQBRew0AonsNALF7DQD1ew0ABHwNAEh8DQBUfA0Am3wNAJ58DQDufA0A8XwNAEF9DQBHfQ0AlH0NAKB9DQDnfQ0A6n0NADp+DQA/fg0AjX4NAJZ+DQDgfg0A5n4NADN/DQBCfw0Ahn8NAJJ/DQDZfw0A6X8NACyADQAugA0Af4ANAI2ADQDSgA0A44ANAAEqEAArgQ0AeIENAISBDQBUKhAA3oENAB6CDQAtgg0AcYINAH2CDQDEgg0AxYINABeDDQAhgw0AaoMNAHiDDQC9gw0AwoMNABCEDQAdhA0ApyoQAG+EDQC2hA0AwIQNAAmFDQAyhQ0AXIUNAGOFDQCvhQ0AyIUNAAKGDQARhg0AVYYNAGSGDQCohg0ArYYNAPuGDQAIhw0ATocNAFuHDQChhw0ArYcNAPSHDQADiA0AR4gNAFGIDQCaiA0AqIgNAO2IDQDyiA0AQIkNAE2JDQCTiQ0An4kNAOaJDQD5iQ0AOYoNAEiKDQCMig0AmIoNAN+KDQDgig0AMosNADyLDQCFiw0Ak4sNANiLDQDdiw0AK4wNADiMDQD6KhAAj4wNANGMDQDijA0AJI0NADCNDQB3jQ0Ajo0NAMqNDQDMjQ0AHY4NAC6ODQBwjg0Ac44NAMOODQDNjg0AFo8NABiPDQBpjw0Ac48NALyPDQDIjw0AD5ANABuQDQBikA0AdZANALWQDQDEkA0ACJENABSRDQBbkQ0AXJENAK6RDQC4kQ0AAZINAA+SDQBUkg0AWZINAKeSDQC0kg0ATSsQAPySDQBNkw0AV5MNAKCTDQCokw0AoCsQAAaUDQBGlA0AUpQNAJmUDQColA0A7JQNAPWUDQA/lQ0ASZUNAJKVDQCglQ0A5ZUNAOqVDQA4lg0ARZYNAIuWDQCXlg0A3pYNAPGWDQAxlw0AQJcNAISXDQCQlw0A15cNANiXDQAqmA0ANJgNAH2YDQCLmA0A0JgNANWYDQAjmQ0AMJkNAPMrEAB4mQ0AyZkNANOZDQAcmg0AJJoNAEYsEAB0mg0AwpoNANiaDQAVmw0AFpsNAGibDQB5mw0Au5sNAMebDQAOnA0AGJwNAGGcDQBvnA0AtJwNALmcDQAHnQ0AFJ0NAFqdDQBmnQ0ArZ0NAMCdDQAAng0AD54NAFOeDQBfng0App4NAKeeDQD5ng0AA58NAEyfDQBanw0An58NAKSfDQDynw0A/58NAJksEABHoA0AmKANAKKgDQDroA0A86ANAOwsEABUoQ0AkaENAJ2hDQDkoQ0A6aENADeiDQBAog0AiqINAJSiDQDdog0A6aINADCjDQBDow0Ag6MNAJKjDQDWow0A4qMNACmkDQAqpA0AfKQNAIakDQDPpA0A3aQNACKlDQAnpQ0AdaUNAIKlDQA/LRAAyqUNABumDQAlpg0AbqYNAHamDQCSLRAAzqYNABSnDQAjpw0AZ6cNAHKnDQC6pw0AxqcNAA2oDQAcqA0AYKgNAICoDQCzqA0Av6gNAAapDQANqQ0AWakNAGepDQCsqQ0AsakNAP+pDQALqg0AUqoNAGWqDQClqg0AtKoNAPiqDQAEqw0AS6sNAEyrDQCeqw0AqKsNAPGrDQD/qw0ARKwNAEmsDQCXrA0ApKwNAOUtEADsrA0APa0NAEetDQCQrQ0AmK0NADguEAAArg0ANq4NAEeuDQCJrg0Ala4NANyuDQDvrg0AL68NAD6vDQCCrw0Ajq8NANWvDQDWrw0AKLANADKwDQB7sA0AibANAM6wDQDTsA0AIbENAC6xDQCLLhAAdrENAMexDQDRsQ0AGrINACKyDQDeLhAAirINAMCyDQDRsg0AE7MNAB+zDQBmsw0AebMNALmzDQDIsw0ADLQNABi0DQBftA0AYLQNALK0DQC8tA0ABbUNABO1DQBYtQ0AXbUNAKu1DQC4tQ0AMS8QAAC2DQBRtg0AW7YNAKS2DQCstg0AhC8QAAi3DQBKtw0AXrcNAJ23DQChtw0A8LcNAPK3DQBDuA0AV7gNAJa4DQCZuA0A6bgNAAa5DQA8uQ0ATbkNAI+5DQCbuQ0A4rkNAPW5DQA1ug0ARLoNAIi6DQCUug0A27oNANy6DQAuuw0AOLsNAIG7DQCPuw0A1LsNANm7DQAnvA0ANLwNANcvEAB8vA0AzbwNANe8DQAgvQ0AKL0NACowEAB1vQ0Axr0NANS9DQAZvg0AKr4NAH0wEABzvg0A0DAQAMe+DQBvMhAAGL8NAGW/DQBqvw0AuL8NALy/DQALwA0AGMANAMIyEABhwA0A4cUNAGrADQCxwA0AxMANAATBDQAFwQ0AV8ENAGPBDQCqwQ0AucENAP3BDQAHwg0AUMINAFzCDQCjwg0AqsINABUzEAD+wg0AScMNAEvDDQD1zg0ATMMNACbIDQBPww0AnMMNAFXDDQBryg0AVsMNADkwDgCoww0A78MNAP7DDQBCxA0ATsQNAJXEDQCjxA0A6MQNAAPFDQA7xQ0AR8UNAI7FDQCVxQ0AaDMQAO7FDQA0xg0ANsYNAIfGDQCIxg0A2sYNAN3GDQAtxw0AOMcNAIDHDQCFxw0A08cNAN3HDQC7MxAAM8gNAHnIDQB7yA0AzMgNAM3IDQAfyQ0AIskNAHLJDQB9yQ0AxckNAMrJDQAYyg0AIsoNAA40EAB+yg0AvsoNAL/KDQARyw0AHcsNAGTLDQBzyw0At8sNAMHLDQAKzA0AFswNAF3MDQBkzA0AYTQQALjMDQADzQ0ABc0NAFbNDQBlzQ0Aqc0NALPNDQD8zQ0ABc4NAE/ODQBRzg0Aos4NALPODQAHNRAABM8NAEjPDQBSzw0Am88NAKTPDQDuzw0A8M8NAEHQDQBS0A0AlNANAJzQDQDn0A0ABdENADrRDQBC0Q0AjdENAJnRDQDg0Q0A89ENADPSDQA00g0AhtINAJLSDQDZ0g0A6NINACzTDQA20w0Af9MNAIvTDQDS0w0A2dMNAFo1EAA21A0AeNQNAInUDQDL1A0A09QNAB7VDQAl1Q0AcdUNAH/VDQDE1Q0A1NUNABfWDQAn1g0AatYNAIbWDQCtNRAAzdYNABDXDQAc1w0AY9cNAGnXDQC21w0AxNcNAAnYDQAW2A0AXNgNAHPYDQCv2A0At9gNAALZDQAQ2Q0AVdkNAF/ZDQCo2Q0AtNkNAPvZDQAR2g0ATtoNAFHaDQCh2g0AvdoNAAA2EAAE2w0AR9sNAFHbDQCa2w0AotsNAO3bDQD82w0AQNwNAEXcDQCT3A0AoNwNAObcDQDw3A0AOd0NADvdDQCM3Q0Amt0NAN/dDQDs3Q0AMt4NADXeDQBTNhAAkN4NANjeDQDi3g0AK98NADPfDQB+3w0Ajd8NANHfDQDW3w0AJOANADHgDQB34A0AgeANAMrgDQDM4A0AHeENACvhDQBw4Q0AfeENAMPhDQDG4Q0ApjYQABniDQBp4g0AdeINALziDQDD4g0AD+MNABfjDQBi4w0Ae+MNALXjDQDJ4w0ACOQNACTkDQBb5A0AY+QNAEw3EAC25A0AnzcQAA7lDQBU5Q0AW+UNAKflDQCv5Q0A+uUNAP/lDQBN5g0AXeYNAKDmDQCo5g0A8+YNAAHnDQBG5w0AU+cNAJnnDQCm5w0A7OcNAPjnDQA/6A0ARegNAJLoDQCa6A0A5egNAPHoDQA46Q0AS+kNAIvpDQCa6Q0A3ukNAOrpDQAx6g0AMuoNAITqDQCO6g0A1+oNAOXqDQAq6w0AL+sNAH3rDQCK6w0A8jcQANPrDQAj7A0ALewNAHbsDQB47A0AyewNANjsDQAc7Q0APO0NAG/tDQB37Q0Awu0NAMztDQAV7g0AG+4NAGjuDQBq7g0Au+4NAMruDQAO7w0AGu8NAGHvDQBp7w0ARTgQANLvDQAH8A0AJfANAJg4EABz8A0ArfANALLwDQAA8Q0AG/ENAFPxDQBf8Q0ApvENAK7xDQDrOBAADPINAEzyDQBb8g0An/INAKvyDQDy8g0A8/INAEXzDQBP8w0AmPMNAKbzDQDr8w0A8PMNAD70DQBL9A0APjkQAJX0DQDk9A0A5vQNADf1DQA69Q0AivUNAJL1DQDd9Q0A5/UNADD2DQA79g0Ag/YNAI/2DQDW9g0A3vYNAJE5EAA39w0AfPcNAIL3DQDP9w0A2/cNACL4DQAx+A0AdfgNAH/4DQDI+A0A0PgNABv5DQAq+Q0AbvkNAHD5DQDB+Q0AyvkNABT6DQAX+g0AZ/oNAHP6DQC6+g0AwvoNAOQ5EAAd+w0AYPsNAGj7DQCz+w0AvfsNAAb8DQAR/A0AWfwNAGX8DQCs/A0AtPwNADc6EAAE/Q0AUv0NAGP9DQCl/Q0Atv0NAPj9DQD9/Q0AS/4NAE/+DQCe/g0ArP4NAPH+DQD+/g0ARP8NAFv/DQCX/w0An/8NAOr/DQD2/w0APQAOAFAADgCQAA4AnwAOAOMADgDvAA4ANgEOADcBDgCJAQ4AkwEOANwBDgDqAQ4ALwIOADQCDgCCAg4AjwIOAIo6EADbAg4AKAMOADYDDgB7Aw4AiAMOAM4DDgDlAw4AIQQOACkEDgB0BA4AfwQOAMcEDgDJBA4AGgUOACcFDgBtBQ4AdAUOAMAFDgDRBQ4AEwYOACEGDgBmBg4AcwYOALkGDgDQBg4ADAcOABQHDgBfBw4AZAcOALIHDgDCBw4ABQgOAA0IDgBYCA4AYggOAKsIDgC2CA4A/ggOAAoJDgBRCQ4AWQkOADA7EAC9CQ4A9wkOAPwJDgBKCg4AZQoOAJ0KDgCpCg4A8AoOAPgKDgCDOxAAVgsOAJYLDgClCw4A6QsOAPULDgA8DA4APQwOAI8MDgCZDA4A4gwOAPAMDgA1DQ4AOg0OAIgNDgCVDQ4A1jsQAOMNDgAuDg4AMA4OAIEODgCODg4A1A4OANkODgAnDw4AMQ8OAHoPDgCFDw4AzQ8OANkPDgAgEA4AJhAOAHMQDgB7EA4AxhAOANIQDgAZEQ4ALBEOAGwRDgB7EQ4AvxEOAMsRDgASEg4AExIOAGUSDgBvEg4AuBIOAMYSDgALEw4AEBMOAF4TDgBrEw4AKTwQALYTDgAEFA4AExQOAFcUDgBmFA4AqhQOALMUDgD9FA4AAxUOAFAVDgBWFQ4AoxUOAK8VDgD2FQ4A/RUOAEkWDgBlFg4AfDwQAKYWDgDvFg4A+xYOAEIXDgBFFw4AlRcOAJ8XDgDPPBAA8BcOACI9EABDGA4AdT0QAJYYDgDIPRAA6RgOADQZDgA1GQ4AqSAOAEEZDgCHGQ4ASBkOABEeDgBLGQ4AJScOAE0ZDgC2Kg4AiBkOANoZDgDwGQ4ALRoOADUaDgCAGg4AghoOABgdDgCOGg4A0xoOANsaDgAbPhAA4BoOACYbDgApGw4AeRsOAIMbDgDMGw4AzhsOAB8cDgAwHA4AchwOAIMcDgDFHA4AzRwOAG4+EAAfHQ4Aax0OAHIdDgC+HQ4Axh0OAME+EAATHg4AZB4OAGoeDgC3Hg4AxB4OAAofDgASHw4AXR8OAF8fDgCwHw4Atx8OAAMgDgAKIA4AViAOAF4gDgAUPxAAtiAOAPwgDgD9IA4ATyEOAGUhDgCiIQ4AqiEOAPUhDgD3IQ4AjSQOAAMiDgBIIg4AUCIOAGc/EABVIg4AmyIOAJ4iDgDuIg4A+CIOAEEjDgBDIw4AlCMOAKUjDgDnIw4A+CMOADokDgBCJA4Auj8QAJQkDgDgJA4A5yQOADMlDgA7JQ4ADUAQAJAlDgDZJQ4A2yUOACwmDgA9Jg4AfyYOAJAmDgDSJg4A2iYOAGBAEAAqJw4Ami4OADEnDgB4Jw4AjicOAMsnDgDTJw4AHigOACwoDgBxKA4AfigOAMQoDgDHKA4AFykOACEpDgBqKQ4AbCkOAL0pDgDOKQ4AECoOACEqDgBjKg4AayoOALNAEAC/Kg4ACSsOABYrDgBcKw4AYysOAK8rDgDAKw4AAiwOAA4sDgBVLA4AXSwOAAZBEAC1LA4A+ywOAP4sDgBOLQ4AWC0OAKEtDgCjLQ4A9C0OAAUuDgBHLg4AWC4OAFlBEACiLg4A7S4OAAQvDgBALw4ATC8OAJMvDgCdLw4A5i8OAO4vDgCsQRAAOjAOAIwwDgCiMA4A3zAOAOcwDgAyMQ4AQDEOAIUxDgCNMQ4A/0EQAJIxDgDYMQ4A2zEOACsyDgA1Mg4AfjIOAIAyDgDRMg4A4jIOACQzDgA1Mw4AdzMOAH8zDgBSQhAA0DMOAB00DgAiNA4AcDQOAIs0DgDDNA4A0TQOABY1DgAdNQ4AaTUOAHU1DgC8NQ4AwjUOAA82DgASNg4AYjYOAGw2DgC1Ng4AuzYOAAg3DgAKNw4AWzcOAGU3DgCuNw4AujcOAAE4DgAYOA4AVDgOAGg4DgCnOA4AwzgOAPo4DgACOQ4ApUIQAE85DgCgOQ4ArjkOAPM5DgAEOg4A+EIQAE06DgBLQxAApzoOAOw6DgD2Og4APzsOAEo7DgCSOw4AmjsOAOU7DgDxOw4AODwOAEs8DgCLPA4AmjwOAN48DgDqPA4AMT0OADI9DgCEPQ4Ajj0OANc9DgDlPQ4AKj4OAC8+DgB9Pg4Aij4OAPFDEADYPg4AIz8OAC0/DgB2Pw4Aez8OAMk/DgDRPw4AHEAOACJADgBvQA4Ae0AOAMJADgDIQA4AFUEOAB5BDgBoQQ4AdUEOALtBDgDDQQ4ADkIOAA9CDgBhQg4AY0IOALRCDgC3Qg4AB0MOAApDDgCXRBAAcEMOAK1DDgC1Qw4AAEQOAAxEDgBTRA4AWUQOAKZEDgCsRA4A+UQOAP5EDgCfRQ4AJUUOAExFDgBURQ4APUUQAKVFDgCQRRAACEYOAEVGDgBHRg4AmEYOAKVGDgDrRg4A8kYOAD5HDgBGRw4AkUcOAKFHDgDkRw4A5kcOADdIDgBFSA4AikgOAJtIDgA2RhAA5EgOAIlGEAA+SQ4Ag0kOAI1JDgDWSQ4A4UkOAClKDgAxSg4AfEoOAIhKDgDPSg4A4koOACJLDgAwSw4AdUsOAH9LDgDISw4A0EsOABtMDgAqTA4AbkwOAHNMDgDBTA4AyEwOABRNDgAgTQ4AL0cQAKJNDgC6TQ4A9U0OAA1ODgAVTg4AgkcQAIhODgCzTg4Av04OAAZPDgAMTw4AWU8OAF9PDgCsTw4AsU8OAP9PDgAFUA4A1UcQAFNQDgClUA4Aq1AOAPhQDgD9UA4AS1EOAFpRDgCeUQ4AqlEOAPFRDgD0UQ4ARFIOAEdSDgCXUg4An1IOAOpSDgD5Ug4APVMOAEJTDgCQUw4AplMOAONTDgDkUw4ANlQOAEdUDgCJVA4AlVQOANxUDgDmVA4AL1UOADtVDgCCVQ4AiVUOAChIEADlVQ4AKFYOADRWDgB7Vg4AilYOAM5WDgDiVg4AIVcOADBXDgB0Vw4AhVcOAMdXDgDTVw4Ae0gQABxYDgBtWA4Ae1gOAMBYDgDRWA4AzkgQABlZDgBmWQ4AclkOACFJEAC/WQ4ADFoOABJaDgBfWg4AZFoOALJaDgC4Wg4AGkoQAApbDgBYWw4AWlsOAKtbDgC8Ww4AZksQAApcDgBRXA4AV1wOAKRcDgCwXA4A91wOAP9cDgC5SxAAUF0OAJ1dDgCpXQ4A8F0OAPhdDgAMTBAAT14OAJZeDgCZXg4A6V4OAPNeDgBfTBAAPl8OAI9fDgCdXw4A4l8OAPNfDgAFTRAAO2AOAIhgDgCUYA4AWE0QAONgDgAuYQ4AMWEOAIFhDgCNYQ4A1GEOAOBhDgAnYg4AL2IOAP5NEACFYg4AzWIOANliDgAgYw4AKGMOAFFOEAB8Yw4AxmMOANdjDgAZZA4AKmQOAGxkDgB0ZA4Av2QOAMJkDgASZQ4AHGUOAGVlDgBnZQ4AuGUOAMdlDgALZg4AK2YOAF5mDgBmZg4AsWYOALtmDgAEZw4ACmcOAFdnDgBZZw4AqmcOALlnDgD9Zw4ACWgOAKROEABcaA4Ao2gOAMFoDgD2aA4A/GgOAElpDgBSaQ4AnGkOAKlpDgDvaQ4A92kOAEJqDgBYag4AlWoOAJdqDgDoag4AA2sOADtrDgBHaw4AjmsOAJtrDgD3ThAA52sOADRsDgA8bA4Ah2wOAJ1sDgDabA4A32wOAC1tDgAzbQ4AgG0OAIxtDgDTbQ4A220OAEpPEAAzbg4AeW4OAIluDgDMbg4A0W4OAB9vDgAlbw4Acm8OAIhvDgDFbw4Ax28OABhwDgAicA4Aa3AOAHlwDgC+cA4Aw3AOABFxDgAecQ4AnU8QAHNxDgC3cQ4AwHEOAApyDgAUcg4AXXIOAGtyDgCwcg4AtXIOAANzDgAQcw4AVnMOAF5zDgCpcw4AuXMOAPxzDgD+cw4AT3QOAF10DgCidA4As3QOAPBPEAD8dA4AQ1AQAE11DgCbdQ4AoXUOAO51DgD2dQ4AQXYOAEt2DgCUdg4AlnYOAOd2DgDqdg4AOncOAFp3DgDpUBAAmXcOAOB3DgDmdw4AM3gOAD94DgCGeA4AjngOADxREADleA4ALHkOADJ5DgB/eQ4Ai3kOANJ5DgDaeQ4Aj1EQACd6DgB4eg4AhnoOAMt6DgDceg4A4lEQACt7DgBxew4AiHsOADVSEADOew4AF3wOACN8DgBqfA4AbXwOAL18DgDHfA4AiFIQABV9DgBjfQ4AbH0OALZ9DgDHfQ4ACX4OABB+DgBcfg4AZH4OAK9+DgC8fg4AAn8OAAd/DgBVfw4AX38OAKh/DgCwfw4A+38OAAqADgBOgA4AU4AOAKGADgC3gA4A9IAOAPWADgBHgQ4AVYEOAJqBDgCrgQ4A7YEOAPmBDgBAgg4ASIIOAC5TEACXgg4ATAEAAJuCDgBp1A8An4IOAGYNDQDygg4AwQgAAEGDDgAkhg4A5YQOANMpAAAvhQ4AxSsAADSGDgBcOgAAzYYOAEc9AAAghw4AYkUAAMWHDgBa8A0AxocOAPpHAADKhw4AzlADAM2HDgAXtAYAGogOAM9ZAADAiA4A+F8AABOJDgD3awAAuIkOAHNyAAAXig4ANHsAAF+KDgByfgAAsIoOAFaCAABciw4AaosAABmMDgBNjA4Amo4OAFDKAACPjw4A/NUAAOKPDgAQ3wAAiJAOAFTtAAA2kQ4AaPYAAKGRDgC79gAA0pEOAA73AAAvkg4A5PwAANOSDgCD/gAAJZMOAGADAQDhkw4AIQwBACGUDgD3EQEAh5QOALuUDgAqlQ4AYZUOAGmVDgC0lQ4AwJUOABkZAQAPlg4AsRsBAMmWDgAAlw4ACJcOAFOXDgBVlw4A0yIBALKXDgCpKAEAVJgOAL0xAQCkmQ4AYUoBAEaaDgDyTQEAWpoOAF+mDwBimg4AbaQPAJeaDgDkTwEA9poOAClSAQA8mw4AFFUBAI6bDgAGVwEAj5wOAC5pAQDwnA4AKZ0OADGdDgCBaQEAi50OAMZrAQAnnw4AY4UBAHafDgDBnw4A0Z8OALaFAQBzoA4AmokBAMKgDgANoQ4AHaEOAO2JAQC/oQ4AW5IBAP6jDgAZEgIAAqQOALgTAgAGpA4AwacBABKkDgCpIQIApqQOALzUDwCnpA4AI64KAKqkDgCsqgEAuqQOAKrWCgD5pA4AI+UOAA2lDgD/qgEAHaUOAKkSEABLpQ4AUqsBAE6lDgAwXgsA9qUOAC+wAQBJpg4AgrABAPGmDgCrtgEAkqcOANS8AQA4qA4AuMABAIWoDgDVqA4A4agOAF7BAQDWqQ4AIaoOACSqDgBFAQwALaoOANrHAQCJqg4AcsoBAOiqDgAaqw4AcasOAFHECwB9qw4AY9gBAJerDgBdzQEAzKsOAIbTAQByrA4AENgBABitDgBc2QEAe60OAK/ZAQAVrg4AVdoBAGGuDgBO2wEAX68OAFvlAQAAsA4AhfMKAAOwDgA46gEABbAOAOlsDABSsA4ATdgPAGSwDgCdsA4A+LAOAEOxDgAMsQ4ARfQBAEaxDgBrhQsATbEOAB6QCwBQsQ4AWHALAF6xDgAq7AEAZLEOANKOCwDrsQ4AYfABABGyDgAYKwwASrIOAADyAQCbsg4A+fIBAOa1DgAhBQIALsMOABu0CwDOww4Az7kKANTDDgAvqQIADcUOADagDwASxQ4AsMUOACbFDgCbyA4ALsUOABqkDwAyxQ4Av7gCALLFDgCRCQsAtMUOAF2HCwC1xQ4AO6MGALfFDgCN+wcAusUOABK5AgC/xQ4AZbkCAMHFDgBR/AMA5MUOAJdFBAAByA4AT8gCAKPIDgDuyA4A78gOABEzCwD4yA4A10QNAP3IDgAQfQ4ADckOADkiEABLyQ4ALM0CAD3KDgAN9QIAQMoOAB+SCQBByg4AOOMCAEPKDgBO1AIARMoOANHZAgBGyg4Aoc0DAEfKDgAW3AIASMoOALTpAgBJyg4A5tYCAErKDgBqyQMAUMoOAAHfAgB1yg4AZ00OAHrNDgAJJQMAfs0OAOr5AgCCzQ4ArVgLANfNDgAv/AIAFNAOAFYaAwB10Q4AvC8DABvSDgB2OQMAx9IOAFo9AwAE0w4AikIDAPfTDgBmUwMAR9UOAL5qAwDn1Q4A2XIDAJ7WDgDf1g4A2tcOAGl7BADb1w4AMJYDAOLXDgCs0wcAgdgOABSaAwCF2A4AQ+IHAHrZDgB6rwMAe9oOAIC6AwAl2w4Avr0DANjbDgAP3A4AF9wOAGLcDgBx3A4AM8UDABHdDgDf8goAFN0OAGPKAwBj3Q4Art0OAHfdDgDqng8AuN0OALbKAwBc3g4AOdADALbeDgAr0gMAo98OANDeAwCl4A4A+PADAPTgDgBmUg8AW+EOAJLhDgCa4Q4A5eEOAPLhDgCBKgoA9uEOADb0AwD94g4A4v8DADfjDgALBgQA3uMOAPUUBADj4w4AyHUIAOTjDgBZeQgA5uMOAEVwCABG5A4AfeQOAIXkDgDQ5A4AJeUOAM3KCwAr5Q4APZ8PAC3lDgDgFwQAL+UOAJM2DQBG5Q4A5iEQAGPlDgCERA0AfuUOAMsaBADz5Q4AHOYOAHnmDgD7HwQAJOcOAHAnBAC+5w4AMTAEABvoDgCROgQAHegOAHYyBAAR6Q4AKT0EAA/qDgDcRwQAVuoOALlMBABY6w4ALlQEALvrDgDy6w4ADuwOAEXsDgBU7A4AelUEAFPuDgCK7g4Aku4OAN3uDgDs7g4ATnMEADnvDgDDegQAK/AOAN6CBAA28A4ArrsHAH/wDgAchgQAevEOADaaBACE8Q4AG5IEAN3yDgAU8w4AHPMOAGfzDgBs8w4AsawEAHbzDgCWpAQAY/UOAGrCBABb9g4Ad8wEABT3DgBL9w4AU/cOAJ73DgCk9w4A0NcEAAf4DgBh2wQArfgOAGDnBABM+Q4AUfUEAPL5DgAZ/QQApfoOANz6DgDk+g4AL/sOAD77DgC+CQUAP/sOADMRBQBY+w4AahUFAOH7DgAsEgUAMPwOAHv8DgCF/A4AfxIFAJD9DgDH/Q4Az/0OABr+DgAj/g4AtSIFAHf+DgCnJAUAL/8OAGb/DgBu/w4Auf8OALr/DgCtLwUAvv8OADF8BQC//w4ArDsFAMb/DgAiNwUAyP8OACoqBQC8AA8AujkFALUBDwBRSAUACAIPAIhMBQBXAg8AgU0FAAUDDwCcVQUAuQMPAPADDwD4Aw8AQwQPAE0EDwBkXQUAmQQPADNkBQBYBQ8AjwUPAJcFDwDiBQ8A7wUPAGpoBQDxBQ8AJHIFADoGDwBObAUA4wYPAKd3BQBDCA8AeggPAIIIDwDNCA8A3AgPAJiFBQDLCg8Alp0FAC4LDwBlCw8AgQsPALgLDwDFCw8A4p4FAM0MDwAEDQ8ADA0PAFcNDwBaDQ8AEbAFADEODwC2vAUApg4PAJPBBQCqDg8Ar5oKAFYPDwAPyAUAnw8PAPPLBQDyEA8AfNwFAEcRDwCs4QUAPBIPADhmCABQEg8A5WUIAKMSDwDaEg8A4hIPAC0TDwAwEw8AdOkFAJwTDwDTEw8A2xMPACYUDwA1FA8ABe0FAIQUDwCB8wUAGhYPAIYKBgDKFg8AoigNAM0WDwAeDQYAzhYPAAMnDQAdFw8AAhEGACYYDwBdGA8AZRgPALAYDwC5GA8AaRoGAA0ZDwBbHAYAuBkPACojBgAVGg8ANy0GAKUaDwClNQYASxsPAAVABgDxGw8ABEwGAJ4cDwCHUQYA8RwPAMVUBgBGHQ8AA1gGAE8eDwCGHg8Ajh4PANkeDwDoHg8AOWgGADQfDwB/Hw8Ajh8PABZtBgA0IA8A7HIGAIUgDwApggYAhyAPAFN8BgCNIQ8AxCEPAMwhDwAXIg8AhiIPAL0iDwDFIg8AECMPAB0jDwBRlAYAcCMPAOmWBgDEIw8AepoGAF4kDwCjoAYADiUPAMWnBgCzJQ8A37sGAPcmDwC0zQYATCcPAIPUBgDyJw8Ae+EGAJgoDwDN7QYAPykPAO/0BgCoKQ8A3ykPAOcpDwAyKg8APyoPAIf3BgD0Kg8AKysPADMrDwB+Kw8A1CsPANkDBwCGLA8AcQYHADktDwBwLQ8AeC0PAMMtDwDNLQ8AMg8HACQuDwDREAcAeC4PAK4VBwDGLg8A5RkHAGsvDwAcHgcAZzAPAPIjBwC2MA8AATEPAAMxDwBFJAcAwzEPAPoxDwACMg8ATTIPAGIzDwCZMw8AoTMPAOwzDwABNQ8AODUPAEA1DwCLNQ8AlTUPAGRPBwBNNg8AhDYPAIw2DwDXNg8A4TYPAH1vBwDtNg8A7V8HAC83DwDfYQcAhzcPAE1qBwDSOA8ANoUHANY4DwB1fAcAKjkPAEuCBwBwOQ8APYQHAB86DwAohwcAazoPABOKBwAYOw8AQ48HAG07DwBslQcAEzwPAFeYBwBmPA8AqpgHAMk8DwAAPQ8ACD0PAFM9DwBiPQ8AQpsHAAY+DwCbpgcAXD4PABetBwBhPw8AmD8PAKA/DwDrPw8A+j8PACu2BwDnQA8AN0EPAFFBDwAVxQcApkEPAN1BDwDlQQ8AMEIPAD9CDwD5yAcAuEIPAJjKBwBFQw8AfEMPAIRDDwDPQw8AMUQPACnOBwDURA8ApdQHAC1FDwDc2AcAyEUPANhbCADLRQ8AZt0HABtGDwBf3gcAF0cPADTwBwBqRw8AsPYHALpHDwCp9wcAyEgPAP9IDwAHSQ8AUkkPAF5JDwChBAgArUkPAPhJDwD8SQ8A7QUIAFtKDwCMBwgADUsPAERLDwBMSw8Al0sPAL9LDwDXFAgA70sPAPkbCABZTA8AsxcKAJhMDwDjTA8AGU0PACkhCACsTQ8A3E0PANhODwCjPwgA1U8PANlPCAAiUQ8AbVEPAIlSDwC5Ug8A2FIPAAxTDwBvUw8Ab2oIAA1UDwCfbwgAsVUPADIBCQCzVQ8Agn8IAKBXDwAgjQgA7FcPAEKUCADzVw8AV5EIAN5ZDwAQpwgA4FoPAMOxCAAoXA8Ac1wPAKpcDwA3xQgANV0PAGxdDwB0XQ8Av10PAM5dDwD/zAgAbV4PALheDwDvXg8AGtUIAGZfDwCr2AgAA2EPAB/sCAACYg8A7vIIAPtiDwAJ+wgAXmMPAFz7CACkYw8Ar/sIAEBkDwAWBQkAOGUPAMIQCQA3Zg8AwCgJAO9mDwAmZw8ALmcPAHlnDwCDZw8AczMJAEFpDwDMPgkAZmoPALxYCQDAag8AP14JAF9rDwCtZgkAwGsPAOtpCQAHbQ8AnYAJAGFtDwCibQ8ApG4PAIePCQBRcA8AF58JAOVwDwD0owkAQHEPADKnCQD1cQ8ALHIPADRyDwB/cg8A1HIPAKCvCQDncw8AHnQPACZ0DwBxdA8AmXQPAEW8CQAgdQ8AbsIJAHJ1DwC9dQ8Ay3UPABTDCQAWdg8AWcUJAMN2DwA2ygkACncPABrOCQALeA8A1NcJAA54DwB62AkAW3kPAB/lCQCmeQ8Aa+YJAAF6DwCp6QkAT3oPAEHsCQC+eg8A7XoPAK97DwA5+QkADnwPAIz5CQA6fQ8AhX0PALd9DwCuAAoAvH0PAAgACgCDfw8AkgQKANp/DwDQBwoAKoAPABwJCgAjgQ8ARQ8KAG6BDwApEwoALoIPAGKCDwAkgw8AW4MPAGODDwCugw8Au4MPAPclCgAOhA8A4igKALSEDwBsLQoAbIUPAKCFDwAFhg8AIpcPABKGDwBGhg8A+IYPAGQ6CgD6hg8AHzgKAKSHDwDlhw8ATogPACxCCgDpiA8AEEYKAD+JDwDmSwoAkokPAAFUCgDkiQ8A+lQKAIOKDwB9WgoAMYsPAD5jCgDZiw8Al24KADGNDwBojQ8AcI0PALuNDwAsjg8AlYYKAAqPDwC+jAoAF5APAHiWCgC2kA8Ak54KAGiRDwCfkQ8Ap5EPAPKRDwBhkg8AmJIPAKCSDwDrkg8AlJMPAJCfDwCZkw8A5JMPAJuTDwAPPQ0ArZMPAPTMDwDukw8Aya4KAJCUDwBMtAoAhJYPADbDCgB2lw8ASswKAHqYDwC/0woAkpgPAPwuDADJmA8AFJkPADKZDwAS1AoAu5oPAJAHDQAOmw8A4wcNAHWbDwCsmw8AtJsPAP+bDwBynA8ACuEKAACdDwDwHwsAn54PAPnjDwCYnw8ArLAMAKyfDwC3EBAAvJ8PAOOfDwAPoA8AeNsMAGKgDwCJoA8A36APABIEEABLoQ8AgqEPAIqhDwDVoQ8ANKIPAFv5CgCXog8AzqIPANaiDwAhow8AgKMPAMSJDADdow8AuCcLAB+lDwAVAwsAgKUPAK0FCwBnpg8AsqYPAA2nDwD5NhAAYKgPAMEOCwBqqA8AdQ0LAFapDwBSEgsADKoPAEOqDwBLqg8AlqoPAOmrDwBmGwsAL64PAEE4CwB/rw8AfkcLAHawDwC8SgsAu7EPADwaDAC+sQ8ACeYLAMKxDwDJVAsAyLEPACYpDABmsg8AsbIPALuyDwCmWQsAxrMPAP2zDwAFtA8AULQPAPi0DwBLZgsATrUPANxpCwBDtw8A4nQLAJa3DwDhtw8A7bcPACB4CwCTuA8AXnsLADW5DwCAuQ8Al7kPAI6ACwBfvg8A0ZoLAAi/DwBbnwsAUcEPAPG5CwAAwg8AQcIPAPTCDwAnygsA98IPANvICwDuww8AbMwLAPXEDwAsxQ8ANMUPAH/FDwCJxQ8AldILANPGDwAexw8AIccPACXiCwDQxw8AtuULAMXIDwDm6gsA6MgPAAkdEAAsyQ8AMuwLALnJDwAJyg8AssoPAHfuCwC5yg8AvPALAFrMDwCS9gsAXMwPAI9tDAD8zA8AR80PAJbODwDazQwA8s4PADcDDAA50A8AZhQMADzQDwCBHAwAQdAPANYEDABN0A8A4w4MANjSDwBtEwwAftMPAEMZDADI1A8ATKYMAOTUDwBrDxAAF9UPAGLVDwBl1Q8Aeh0MAMXVDwAZHwwAFNYPABIgDABj1g8ArtYPALjWDwBlIAwAUNgPAOglDABX2A8A2icMAPbYDwDTKAwAb9oPAGQsDAD62g8AHEcNADnbDwCwLQwAkNwPAOAyDADf3A8AKt0PAEPdDwAsNAwAgN0PANDdDwBH3g8AtjgMAO3eDwCvOQwAk98PAPs6DAAd4A8AaOAPAHLgDwCMPgwAD+EPAAwODQAW4g8A+kYMAP7jDwC7TwwA5uYPAPFfDADw5g8AE2cMAIzpDwAncAwA3ekPACBxDAAq6g8AxnEMAHjqDwAScwwAcesPAFd1DABv7A8AuuwPABXtDwBg7Q8AB+4PAB99DABh7g8ArO4PAAfvDwBS7w8A++8PAPWCDACm8A8A8fAPAEzxDwCX8Q8AmPIPACWIDADv8g8AcYkMAJHzDwDc8w8A7PMPABCLDACl9A8A1fQPAIf1DwCFkgwA8vUPACH2DwAo+Q8AkagMAMf6DwDBrQwAbfsPAA2vDAAT/A8AWbAMAJD+DwASxgwAOgAQAIfNDAAoARAAxdAMANICEAA62AwAdQMQANLaDAAXBRAAF90MADQGEABO4QwAWgYQAO3iDACyBhAAcCYQAAYHEACF5QwACQcQAHfnDABTBxAAowcQAL8HEAD2BxAATAgQAJwIEAC4CBAA7wgQAEoJEACVCRAAnwkQAMrnDADwCRAAE0sQAEEKEACn7AwAQgsQAN7wDACKCxAAdvMMAOILEADDJhAA6AwQAG9HDQCFDRAAIv8MABoREABzvQ0AYBIQABkYDQBSExAAShENAAEUEABDEg0A8hQQACcWDQBCFhAAjRYQAJcWEABXGw0AQRcQAO8dDQDNGhAA/CcNADMbEABqGxAA2RsQABAcEABxHBAAOisNADQdEABcHRAAhx0QAK8dEADaHRAAAh4QAC0eEABVHhAAsB4QAPseEAAAHxAAyy4NAEogEACFOA0A8iEQALlZDgD2IRAAGlgOAKsiEADfIhAAUSMQAKc/DQCOIxAA3kMNAPcjEAArJBAA2SQQACQlEAA0JRAA0EUNAIMlEADJRg0A3yUQANA+DgAKKhAAJYENAGAqEADLgQ0AVSsQAPqSDQD7KxAAdpkNAKEsEABFoA0ARy0QAMilDQDtLRAA6qwNAJMuEAB0sQ0AOS8QAP61DQDfLxAAerwNAIkwEABsvg0A6jAQACMxEAArMRAAdjEQAGk0EAC0NBAA0jQQALDMDQD6NxAA0OsNAGM4EAC07w0A9zgQAPnxDQBGORAAkfQNAJg5EAAp9w0A6TkQAA37DQBHOhAA//wNAKY6EADdOhAAMjsQAKQJDgCPOxAAQwsOAOs7EADbDQ4AMTwQALETDgDrPBAA6BcOABRBEACoLA4AtUIQAE05DgAEQxAARjoOAFNDEACeQxAAokMQAJk6DgD5QxAAREQQAJ9EEADqRBAAmEUQAONFEABCRhAA3UgOAJFGEADcRhAA4EYQADBJDgAFSBAAUlAOANdIEAATWQ4AJEkQAHRJEACfSRAAx0kQAB1KEABtShAAmEoQAMBKEAAqSxAABVsOALtLEABKXQ4AFkwQAENeDgBnTBAAskwQAMJMEAA8Xw4ADk0QADVgDgBbTRAAq00QAAhOEAB6Yg4AYU4QAHNjDgBYTxAAJm4OAPxPEAD1dA4AS1AQAJZQEACmUBAASHUOAEBREADZeA4An1EQACV6DgDwURAAHnsOAD1SEADEew4Ai1IQANtSEAA=","fail":"AAAAAAAAAACbhAAAdaYBAMXRAAA1RQYAax4CAP3yBgDs6AEAbRoLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAAAAAADs6AEAMAsLAGoACADtkAAA8Q0AAOzoAQA3twoAircKAN23CgAwuAoAlwACANg4DQC2PwsAdZgDAAAAAAA1RQYAax4CAGseAgCeEwsA/gkCAFEKAgBMAAwAVi4MACGrAgB0qwIAShIBAFvQBADZLA0AnhMLAOzoAQBAyAQAda0AAMitAAAbrgAAbq4AAMGuAADxDQAA7OgBAG0aCwAFjAcAax4CAH8nAgB15AQAb8sGAAAAAAA1RQYA7OgBAOc/CgAYvQMAnQsCAL6aCAD//QEAm4QAAFcVAgBvmg0AwpoNADiQAgDvJQAA7OgBALQLCgAHDAoAAUcAAPW6BADtkAAAQJEAAEyZAgDb3QgALt4IAOzoAQAwCwsAagAIAO2QAADxDQAA7OgBADe3CgCKtwoA3bcKADC4CgDRRwsAJEgLAFMAAABTAAAAmQoJAGseAgABRwAA7OgBANFHCwDkogEAAAAAAO2QAACdCwIA8Q0AANQdAACrFwAA/fIGAFDzBgCIwgAA28IAAC7DAAD70wIAFtwCAGncAgCIgwkApBgAADpACgA/9gsATAEAAJ8BAADyAQAARQIAAJgCAADRRwsAJEgLAFMAAABTAAAAeIIBAHv2AwDtkAAAIq0AAGseAgC+HgIA5c0FAOzoAQBtGgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAAAFhQgAWIUIAAAAAAC9iwAALXUBAGseAgB/JwIA8Q0AAOzoAQB4ggEAe/YDAM72AwBTAAAA7YkBAECKAQCTigEA5ooBADmLAQCMiwEA34sBAAAAAAD70wIADfUCAOSiAQA3owEAiqMBAIeICgCsvgoA/74KADe3CgCKtwoA3bcKADC4CgCXAAIABwwKAGMrAgAnjAgAeowIAM2MCAD98gYA7OgBAGMxDQDhlQgA7OgBAEwADAASvw0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAAL6aCAD14woA0UcLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAAWFCABYhQgAAAAAAL2LAADtkAAA8Q0AAARoAgCKvgkA/fIGAOzoAQDRRwsAqS8AAPwvAABPMAAAojAAAHyrDAD//QEAm4QAAHWmAQDUHQAA/fIGAOzoAQBtGgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAP4JAgBRCgIA//0BAFL+AQCl/gEA+P4BADe3CgCKtwoAURgAAKQYAAA6QAoAP/YLAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAAFgJAgCN2AwA4NgMAOc/CgAIPwEAWz8BAEyZAgAtdQEA/fIGAIAhDQDnPwoAOkAKAD/2CwBMAQAAnwEAAPIBAABFAgAAfKsMAP/9AQCbhAAAdaYBANQdAAD98gYA7OgBAG0aCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEAN7cKAIq3CgBRGAAApBgAADpACgA/9gsATAEAAJ8BAADyAQAARQIAAJgCAADF0QAAWAkCAI3YDADg2AwA5z8KAAg/AQBbPwEATJkCAC11AQD98gYAgCENAJuEAAB1pgEAcC4DAPvTAgAN9QIAqS8AAPwvAABPMAAAojAAAHyrDADxDQAA1B0AACceAAB6HgAAzR4AACAfAAB8qwwA7yUAAPoPCABrHgIAetEKAARoAgB8qwwAShIBAF39BgDxDQAA5KIBACdxAABP3AsAnnQJAGXNCwDm1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAA5z8KADpACgA/9gsATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAer0BAPENAAAEaAIA7OgBAP/9AQDCRw0AbRoLABKkBQDRRwsAFfUMAPW6BABIuwQAgHUBAAAAAAAirQAAIq0AAO2QAADxDQAA5KIBAOzoAQAwCwsAgCENAKsXAAA6HgMA7ZAAAP3yBgDs6AEAP+kBANwWCwBrHgIA7OgBAL2LAADxDQAA1B0AAOzoAQAAAAAAqxcAANA/AgB0JwkA/hcAAMXRAACrFwAA7OgBADALCwBQ8wYA/HoNAE97DQD//QEAm4QAAHWmAQDUHQAAAAAAAGseAgCdCwIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBAP3yBgCAIQ0AqxcAADoeAwDtkAAA/fIGAJ0LAgDtkAAAQJEAAJrjAABsuAIA//0BAJuEAABvywYAnQsCAP3yBgD//QEAnQsCAO2QAABAkQAAmuMAAGy4AgC9iwAA//0BAHiCAQB79gMAIq0AAOzoAQDQPwIAI0ACAHZAAgDs6AEABYUIAFiFCAABRwAA9boEAEi7BADtkAAATJkCAJ+ZAgDymQIA7OgBAIeICgCsvgoA/74KADe3CgCKtwoA3bcKADC4CgBtGgsABYwHAFiMBwDLggEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AAEBECwBTAAAAUwAAAJkKCQBrHgIAAUcAAIq+CQD98gYAnQsCAJuEAACIwgAA28IAAC7DAACdCwIAShIBAJ0SAQDHIAoAAAAAAHiCAQB79gMA7ZAAAKsXAAABRwAA7OgBADALCwBqAAgA7ZAAAPENAADs6AEAN7cKAIq3CgDdtwoAMLgKANFHCwAkSAsAUwAAAFMAAACZCgkAax4CAAFHAADs6AEAbRoLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAACYcAgAirQAA8LgBAPrzCwDs6AEABYUIAFiFCAAAAAAAvYsAAO2QAADxDQAABGgCAIq+CQD98gYA7OgBAP/9AQCeEwsA7OgBANFHCwDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAAJloFACKtAAB8ngIAqC0CACZaBQA1RQYA4ZUIAOzoAQDnPwoAeIIBAL2LAACY9AEALXUBAIB1AQDs6AEAm4QAAIjCAADbwgAAXdQAAG0aCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAAWFCABYhQgAAAAAAL2LAAAtdQEAax4CAH8nAgAAAAAAax4CAGNUCADhlQgAmPQBAFMAAACmAAAA+QAAAOzoAQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAAKrCAQD9wgEAQMgEAHyeAgDPngIAIp8CAGC2CwCztgsABrcLAMXRAAAtdQEAe0IFAFRHAADDSQsA+6kIAAFHAADs6AEAbRoLANksDQCeEwsA7OgBAOc/CgA6QAoAP/YLAEwBAACfAQAA8gEAAEUCAACYAgAAQMgEAJPIBADmyAQA7yUAAPoPCACY9AEAvYsAAGseAgB/JwIAax4CAOzoAQBAyAQAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAA0UcLANQdAACrFwAAAUcAAOzoAQBtGgsAiMIAANvCAAAuwwAA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEAN7cKAIq3CgBRGAAApBgAADpACgA/9gsATAEAAJ8BAADyAQAARQIAAJgCAACHiAoArL4KAP++CgDRRwsA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAO8lAAAGqgEAWaoBAKyqAQBPFAQAbRoLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAGMrAgAnjAgAeowIAM2MCAAgjQgAc40IAMaNCABtGgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAIq+CQC9iwAA8Q0AALB6AQCAdQEAmPQBAOzoAQBKEgEAXf0GAP/hBQCqRQcAm4QAANksDQA6HgMAdZgDAEoSAQDs6AEAAAAAACKtAADwuAEArj4NAAE/DQCrFwAAYysCALYrAgAJLAIAkAgBAPvTAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADvJQAABqoBAFmqAQCsqgEAAAAAADVFBgDhlQgAmPQBAOv0AQDxDQAA1B0AAP/hBQCGtwUA2bcFADQgDQB7QgUAOiUCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAoc0DAPTNAwBHzgMAms4DAO3OAwBAzwMAk88DAObPAwA50AMA6wgLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAgHUBACceAAB6HgAAzR4AACAfAAB/JwIAQJEAAJrjAABsuAIAbRoLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAJ0LAgBrHgIAfycCANInAgAl1A0A8Q0AANQdAAD98gYA7OgBAHyrDABewA0AeIIBAMuCAQAegwEAcYMBAMSDAQAXhAEAxdEAAFgJAgCN2AwA4NgMAAWFCABYhQgAq4UIAP6FCABRhggApIYIAOzoAQC9iwAA8Q0AALB6AQCAdQEAmPQBAOzoAQBtGgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEAXf0GAP/hBQCqRQcAm4QAANksDQA6HgMAdZgDAAFHAACdCwIAm4QAAAWMBwBYjAcAy4IBAMXRAADtkAAA/fIGAOzoAQB8qwwAax4CAGNUCAD//QEAm4QAAP/9AQB4ggEA9NoNAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAAbLgCAO6EAABBhQAAlIUAAOeFAAA6hgAA2YABACyBAQB/gQEA0oEBACWCAQCAIQ0AQJEAAJrjAABsuAIA9NsBACKtAADtkAAAUwAAAAFHAAAmWgUANUUGAOzoAQCajwwAAAAAAAAAAAAAAAAATxQEAAWFCABYhQgAdeQEAHWmAQBEDgAA4ZUIAPvTAgAUCQAAvYsAAPENAADUHQAAJx4AAKsXAABjKwIAtisCAAksAgD0owkAR6QJAJqkCQDnPwoAOkAKAD/2CwBMAQAAnwEAAPIBAABFAgAAmAIAADe3CgCKtwoA3bcKADC4CgBtGgsABYwHAFiMBwDLggEAxdEAAO2QAAD98gYAqxcAAP4XAABRGAAAbRoLAEZIDABBhQAAlIUAAOeFAAA6hgAAjYYAAEwADABWLgwAIWwLAEwADAASvw0ALXUBAHWYAwDImAMATJkCAL6aCADDSQsA8Q0AAARoAgDF0QAALXUBAHtCBQBURwAA7OgBAAWFCAC+HgIA//0BAP/9AQAtdQEAe0IFAEoSAQAAAAAA7OgBAD/pAQCS6QEA5ekBADjqAQDs6AEA5z8KAHiCAQD02g0Am4QAAHWmAQDUHQAAQMgEAKpFBwD9RQcAUEYHAKNGBwDs6AEAnhMLADVFBgD7qQgAax4CAOzoAQBAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQAhcoEAEd7AwCaewMA7XsDAGVDBwDUHQAAMfgLAAFHAAAmWgUAgHUBAJj0AQAAAAAAqxcAAEyZAgCfmQIA8pkCAHv2AwD98gYAUPMGAO6EAABBhQAAlIUAAOeFAAA6hgAAaUMMACNAAgB2QAIALXUBAC11AQCY9AEAqxcAAGMrAgCipQcAvYsAAGseAgB/JwIABfQEAGoACADtkAAA8Q0AAGJEDAD+FwAAdzsBAEoSAQBb0AQAqC0CACKtAAD98gYAgCENAKsXAAA6HgMA7ZAAAAAAAAA1RQYAmPQBAC11AQCAdQEA7OgBAD/pAQCS6QEA5ekBADjqAQA/6QEA3BYLAGseAgDs6AEAvYsAAPENAADUHQAAJx4AAOzoAQA/6QEAkukBAOXpAQA46gEAP+kBANwWCwBrHgIA7OgBAL2LAADxDQAA1B0AAOzoAQBtGgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAAChiAEA9IgBAEeJAQCaiQEA7OgBAL2LAADxDQAA1B0AACceAACrFwAAYysCALYrAgBMmQIA290IAC7eCAB60QoAsHoBADVFBgDhlQgALXUBAIB1AQA6HgMAS/EDAHq9AQBKEgEA7OgBANFHCwAkSAsAUwAAAFMAAACZCgkAax4CAAFHAACKvgkA/fIGAOzoAQBtGgsAWVYNAC11AQDs6AEATJkCANvdCAAu3ggAetEKALB6AQA1RQYA4ZUIAOzoAQCHiAoAAAAAAPENAADkogEAN6MBAPvTAgDxDQAAcC4DAOzoAQAFhQgAY1QIAPupCAABRwAAJloFAIB1AQDtkAAA8Q0AAPENAADkogEA1B0AACceAAAmWgUANUUGAOGVCADtkAAAQJEAAJrjAABsuAIAm4QAAC11AQD02g0A+9MCADjjAgAtkAkA1lcMAClYDAB8WAwAz1gMACJZDAB1WQwAyFkMAL4eAgARHwIAZB8CAO8lAAAGqgEAWaoBAKyqAQCAIQ0AQJEAAJrjAABsuAIAAAAAAJuEAABMmQIAn5kCAFcVAgB4ggEAm4QAANksDQCY9AEAVxUCAJuEAAB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAA2pAQBgqQEAs6kBADVFBgBKEgEAUwAAAKYAAABZUAIANCANAIcgDQBEDgAA4ZUIAO8lAAAGqgEAWaoBACOuCgB2rgoAvYsAAHiCAQABRwAAJloFAFMAAAB4ggEA9NoNAEfbDQAGqgEAWaoBACOuCgB2rgoA1B0AACceAACa4wAAbLgCAAAAAADs6AEA//0BAFL+AQCl/gEA+P4BAEv/AQCe/wEA8f8BAO2QAACtSwEAi+oBAN7qAQAx6wEAhOsBANfrAQC0CwoA2DgNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAP4JAgBRCgIAtAsKANg4DQCL6gEA3uoBADHrAQCE6wEA1+sBAAYYCgB4ggEA9NoNAEfbDQCa2w0A7dsNANGTDACT6gsA7OgBAAWFCAA0IA0Ahd4NANjeDQAr3w0ABhgKAFkYCgA/6QEAkukBAOXpAQA46gEAAAAAAEDqCwDs6AEABYUIADQgDQCF3g0A2N4NACvfDQAGGAoAWRgKAD/pAQCS6QEA5ekBADjqAQA/6QEAkukBAOXpAQA46gEA/6oBAE8UBAADJw0AVicNAKknDQD8Jw0ATygNAAAAAAC9iwAAEIwAADoeAwB7QgUAVxUCAOOtDQD98gYA0D8CAL2LAAAQjAAAOh4DAHtCBQBXFQIA97YNAGseAgC+HgIA5c0FAF39BgDF0QAANUUGAGseAgDQPwIAVxUCAJuEAAB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAA7yUAAAaqAQBZqgEArKoBAFMAAAAS6QcA/+EFAAFHAACKvgkATJkCAJ+ZAgDymQIARZoCAJiaAgDxDQAA7OgBAEwADABWLgwAIWwLAP/9AQDCRw0AAAAAAG0aCwDuKQ0AQSoNAJQqDQDnKg0AOisNAI0rDQDgKw0AtAsKABY8DQBpPA0AvDwNAPvTAgAAAAAANUUGAAFHAAD70wIAIq0AAPC4AQBDuQEAlrkBAOm5AQA8ugEAfycCAAX0BADs6AEAvYsAAPENAACwegEAgHUBAJj0AQDs6AEA0ZMMAJPqCwC0CwoAAAAAAHiCAQAAAAAAvYsAAJuEAAAFjAcAAAAAAAAAAAC9iwAAAUcAAOzoAQDF0QAAWAkCAI3YDADs6AEAtAsKAAAAAAC9iwAAm4QAAL6aCADDSQsA+6kIAE6qCAChqggA9KoIAP/9AQBHqwgAmqsIAO2rCAD//QEAQMgEAJPIBADmyAQANcEMAIjBDADbwQwAQMgEAJPIBADmyAQANcEMAIjBDADbwQwAm4QAANksDQAAAAAA7OgBAJj0AQDr9AEAPvUBAAAAAAABRwAAir4JACNUCwB2VAsAVxUCAJPxCgDm8QoAnhMLAAFHAACKvgkAI1QLAHZUCwBXFQIAqhUCAL4eAgARHwIAZB8CALcfAgDxDQAA9boEAAQpCwARHwIAZB8CALcfAgABRwAAVEcAAGseAgBjVAgAxdEAAAAAAABrHgIAfycCAM6xAQCcAgUA/+EFAAFHAADxDQAAVxUCADQaAgCHGgIA2hoCAC0bAgCAGwIA0xsCAAFHAAAmHAIABQ8NAFRHAABrHgIAY1QIADVFBgBXFQIANBoCAFRHAABrHgIAY1QIAMXRAAAAAAAAm4QAAC11AQB1mAMA1B0AAJ0LAgDtkAAAQJEAAJrjAABsuAIAVxUCADQaAgBURwAAax4CAGNUCADF0QAAVxUCADQaAgBURwAAax4CAGNUCACeEwsAUwAAABLpBwDtkAAAQJEAAJrjAABsuAIA7ZAAAO8lAABCJgAAQJEAAH8nAgCrFwAAIq0AAO2QAADtkAAAQJEAAJrjAABsuAIAm4QAAOXNBQBd/QYA7ZAAAECRAACa4wAAbLgCAAFHAAABRwAA9boEAEi7BAD//QEAUv4BAKX+AQCKvgkA7ZAAAECRAACa4wAAbLgCAEoSAQBd/QYAAUcAAFRHAADDSQsA/fIGAIAhDQBAkQAAmuMAAGy4AgB4ggEAeIIBAFMAAACZCgkALXUBAIB1AQCSNQMA5TUDACXpCgB/JwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAGseAgB/JwIA0icCACUoAgB4KAIAyygCAB4pAgBxKQIAxCkCABcqAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAAAAAO2QAACeEwsA7ZAAAECRAACa4wAAbLgCAP3yBgCAIQ0ArUsBAGRxDgBAkQAAmuMAAGy4AgAAAAAA7ZAAAECRAABjVAgA/fIGAKBjCABMmQIALXUBAHWYAwCwegEANUUGAOGVCADtkAAAQJEAAJrjAABsuAIA//0BADVFBgD7qQgAEIwAADecAgB4ggEAy4IBACKtAAB8ngIAz54CAPTaDQBAkQAAmuMAAGy4AgDZLA0AmPQBAJ50CQDtkAAAQJEAAJrjAABsuAIAax4CAJj0AQC9iwAAShIBAF39BgCrFwAAAUcAAIq+CQAl6QoAmuMAAGy4AgA1RQYA+6kIAAFHAAAmHAIA7yUAAP/9AQA1RQYA+6kIABCMAAA3nAIA8Q0AANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAm4QAAHWmAQDIpgEAqS8AAHyeAgB1pgEABGgCAIq+CQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAagAIAIhFBgDbRQYAHlkHAHFZBwDEWQcAF1oHAGpaBwC9WgcA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQD/4QUAhrcFANm3BQB60QoAsHoBADVFBgDhlQgA7ZAAAECRAACa4wAAbLgCAAFHAACbhAAA7oQAANA/AgA1RQYATJkCANvdCAAu3ggA7yUAAHiCAQDLggEAxdEAAO2QAABAkQAAmuMAAGy4AgAmWgUAeVoFAJ7xAwB4ggEA9NoNAEoSAQBd/QYAqxcAAAFHAACKvgkA/fIGAIAhDQBAkQAAmuMAAGy4AgDxDQAAQEQLAFMAAABTAAAAmQoJAGseAgABRwAAir4JAP3yBgBqAAgAiEUGANtFBgAeWQcAcVkHAMRZBwAXWgcAaloHAL1aBwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAHiCAQB4ggEA9NoNAJj0AQBTugkABYwHAJuEAABZUAIArFACAP9QAgBSUQIApVECAPhRAgBLUgIAnlICAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBrHgIAvh4CAJ4TCwAtdQEAgHUBABVCAgBoQgIAu0ICAOpTAgA9VAIAkFQCAONUAgA2VQIAiVUCANxVAgAvVgIAglYCANVWAgAoVwIAe1cCAM5XAgAhWAIAdFgCAMdYAgAaWQIAbVkCAMBZAgBKEgEA//0BAMJHDQBAkQAA7yUAANwWCwBrHgIAShIBAFvQBACoLQIAir4JAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDhlQgAIq0AAIa3BQDZtwUALLgFAH+4BQDSuAUAJbkFAEoSAQCdEgEAxyAKAKBjCAC91g0A+g8IACKtAAB8ngIAqC0CACZaBQA1RQYA4ZUIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAAAAAJuEAAAFjAcAvYsAAO2QAADtkAAAQJEAAJrjAABsuAIA/fIGAIAhDQDvJQAA+g8IAOVJDADtkAAA/fIGAJuEAAAFjAcAWIwHAKuMBwBMAAwAVi4MACFsCwBtGgsAEqQFAEoSAQBd/QYAsP0GAP/9AQDCRw0AQJEAAOzoAQA/6QEAJdQNABCMAACn+goAAUcAACZaBQA1RQYA4ZUIAL2LAAAQjAAAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIAKZ4CABu0CwButAsAwbQLABS1CwBntQsAurULADVFBgDs6AEAP+kBAEImAADF0QAA7OgBAG0aCwDAGgsArFACAP9QAgBSUQIApVECAPhRAgBLUgIA8Q0AAOzoAQBMAAwAVi4MACFsCwA/6QEAJdQNABCMAACn+goAAUcAACZaBQA1RQYA4ZUIANksDQCrFwAA/hcAAHc7AQBEAAIABYUIAFiFCAAF9AQAgCENAP/hBQB1rQAAE1oCAFlQAgB/JwIAY1QIAEWhAQBMAAwAQMgEAJ4TCwDxEwsARBQLAJcUCwDqFAsA7ZAAAECRAACa4wAAbLgCAKsXAAABRwAAm4QAAKgtAgAmWgUANUUGAOGVCADtkAAAQJEAAJrjAABsuAIA8wIKAPoPCADlSQwAFUICAOzoAQDRRwsAuLkCAEoSAQD//QEANUUGAC11AQB/egIAm4QAAKgtAgAmWgUANUUGAOGVCADs6AEAtAsKABY8DQBpPA0AvDwNAD/pAQCS6QEA5ekBADjqAQAAAAAA7OgBAIeICgDaiAoAEhkNAGUZDQC4GQ0ACxoNAOm5AQCoLQIAJloFAP/9AQB4ggEA9NoNAEwADAA6JQIAjSUCAOAlAgBAyAQAfJ4CAOKzAgA1tAIAiLQCANu0AgAutQIANMACAIfAAgDawAIALcECAIDBAgDTwQIAJsICAHnCAgDMwgIAH8MCAAAAAAC9iwAAEIwAADecAgCKnAIA3ZwCADCdAgCDnQIA1p0CAEDIBAB8ngIA4rMCADW0AgCItAIA27QCAC61AgC9iwAA8Q0AAEwADABWLgwAIasCAHSrAgBKEgEAW9AEANksDQA3twoAircKAN23CgAwuAoAlwACAAcMCgBaDAoA+6kIAJj0AQBKEgEAi5cBAHWYAwDkogEAsHoBAIB1AQCY9AEA7OgBAAWFCABYhQgAAUcAAL2LAABrHgIAMAsLAIAhDQD/4QUAda0AABNaAgBZUAIAfycCAAX0BADs6AEAbRoLANksDQD98gYA7OgBADe3CgCKtwoA3bcKADC4CgC9iwAA8Q0AANQdAACHiAoA2ogKANN1AQAmdgEAeXYBAMx2AQAfdwEArpIBAGMxDQCIRQYA20UGAB5ZBwBxWQcAxFkHABdaBwBqWgcAS/EDAJ7xAwDx8QMARPIDAJfyAwDq8gMA/fIGAOzoAQBtGgsA2SwNAP3yBgDs6AEAN7cKAIq3CgDdtwoAMLgKAL2LAADxDQAA1B0AANFHCwC4uQIAC7oCAF66AgCxugIABLsCAD0VCwCQFQsA4xULADYWCwCJFgsA2SwNADoeAwAirQAA+9MCAB+SCQDNfgoAIH8KAHN/CgDGfwoAGYAKAGyACgAX3QwAFjwNAGk8DQC8PA0A7OgBAGMxDQD7qQgAAUcAAOzoAQBjMQ0A7yUAAOzoAQD//QEANUUGAPupCAAQjAAAN5wCAAWFCAC+HgIAFE4CAGdOAgCKvgkA3b4JADC/CQABRwAA7OgBAEwADABWLgwAIWwLAG0aCwBvywYA/fIGAOzoAQDF0QAALXUBAHtCBQBURwAA7OgBAGMxDQBMmQIA290IAC7eCADvJQAAeIIBAMuCAQDRRwsAJEgLAHdICwDKSAsA9boEAAQpCwBXKQsAaGsIAOzoAQDF0QAALXUBAHtCBQBURwAA7OgBAGMxDQBMmQIA290IAC7eCADvJQAAeIIBAMuCAQBKEgEAer0BAM29AQAgvgEAc74BAMa+AQAZvwEAnhMLAOzoAQDF0QAALXUBAHtCBQBURwAA7OgBAGMxDQBMmQIA290IAC7eCADvJQAAeIIBAMuCAQAwCwsAgwsLAEyZAgAtdQEA/fIGAIAhDQDF0QAALXUBAHtCBQBURwAA7OgBAGMxDQBMmQIA290IAC7eCADvJQAAeIIBAMuCAQAtdQEAf3oCAOzoAQDnPwoAmQoJAC11AQCAdQEAkjUDAOU1AwAl6QoA7OgBADALCwCAIQ0AQJEAAH8nAgDSJwIAJSgCAHgoAgDLKAIAHikCAHEpAgBtGgsA7ikNAEEqDQCwegEAA3sBAFZ7AQBKEgEAXf0GAKsXAAABRwAA7OgBAEwADABWLgwAIWwLALQLCgAHDAoAAUcAAPW6BACeEwsA7OgBAIeICgDaiAoALYkKADe3CgA6HgMAjR4DAOAeAwBKEgEAW9AEAHiCAQB79gMAIq0AAO2QAAD//QEANUUGAPupCAAQjAAAN5wCAPENAADs6AEAYzENAPupCAABRwAA7OgBAGMxDQDvJQAA7OgBAAWFCAC+HgIAFE4CAGdOAgABRwAAir4JAJj0AQCedAkAQJEAAOzoAQAwCwsAgwsLAEyZAgAtdQEA/fIGAIAhDQD//QEAnhMLAOzoAQBaRAIArUQCAABFAgDQPwIAI0ACAP3yBgDs6AEAbRoLAKgtAgCQCAEA4wgBAHyeAgDPngIAIp8CAGC2CwCztgsABrcLAFm3CwCstwsA/7cLAFK4CwCluAsA+LgLAEu5CwCeuQsA8bkLAES6CwCXugsA6roLAD27CwCQuwsA47sLADa8CwCJvAsA3LwLAC+9CwCCvQsA1b0LACi+CwB7vgsAzr4LACG/CwB0vwsAx78LABrACwBtwAsAwMALABPBCwBmwQsAucELAAzCCwAtdQEAgHUBABVCAgBoQgIAu0ICAHv9AgDO/QIAIf4CAHT+AgDH/gIAGv8CAG3/AgDA/wIAEwADAGYAAwC5AAMADAEDAF8BAwAwCwsAUPMGAPx6DQBPew0A//0BAJuEAAB1pgEA1B0AANFHCwC4uQIAZdQKALjUCgAL1QoAXtUKAOzoAQCHiAoArL4KAP++CgDRRwsAFfUMAGj1DABZUAIAAUcAACZaBQCAdQEAmPQBAOzoAQC9iwAA4wECAL2LAAABRwAAAUcAACZaBQCAdQEAmPQBAOzoAQAwCwsAagAIAMXRAACHiAoA2ogKAC2JCgAFhQgAWIUIAHNkAgBS4gUATJkCANvdCAAu3ggAnhMLAOzoAQBKEgEAnRIBAMcgCgCbhAAAb8sGAKBjCACAdQEAmPQBAOzoAQAFhQgAWIUIAAX0BABY9AQAq/QEAAtSBQCHiAoArL4KAP++CgB4ggEAy4IBAFBiAwCjYgMA9mIDAEljAwCcYwMA72MDAEwADAASvw0Ap0cAAM5QAwAhUQMAdFEDAMdRAwB1pgEA1B0AADH4CwDs6AEAh4gKANqICgAtiQoAShIBAF39BgCw/QYAnRIBAGseAgCHiAoArL4KAP++CgCHiAoA2ogKAC2JCgB/lQoA0pUKACWWCgDnPwoACD8BAFs/AQDLPAsAHj0LAHE9CwDEPQsA7OgBAGMxDQDvJQAA7OgBANFHCwAV9QwAaPUMAFlQAgABRwAAJloFAIB1AQCY9AEA7OgBAL2LAAA0lggAh5YIANqWCAAtlwgAgJcIANOXCAAmmAgAeZgIAEwADABWLgwAIWwLANFHCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABtGgsAqC0CAGMxDQDhlQgA7OgBANFHCwBEDgAAUicIAKUnCAD4JwgASygIAOzoAQBTAAAAAUcAACZaBQCAdQEAmPQBAOzoAQBAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQAhcoEAEd7AwCaewMAMlQJAIVUCQBjMQ0A4ZUIAOzoAQC9iwAAEIwAADoeAwD02wEA7OgBADALCwBqAAgAShIBAFvQBAAtdQEAgHUBAOzoAQDRRwsARA4AAFInCAClJwgA+CcIAEsoCADs6AEA+6kIAE6qCAChqggA9KoIAEerCACaqwgA7asIAECsCACTrAgA5qwIADmtCACMrQgA360IADKuCACFrggA2K4IACuvCAB+rwgA0UcLANQdAAAnHgAAeh4AAM0eAAAgHwAA+9MCAPENAADs6AEATAAMABK/DQCnRwAA+kcAAE1IAACgSAAA80gAAEZJAACZSQAA7EkAAD9KAADNfgoAIH8KAKsXAAA6HgMAgHUBAJj0AQDs6AEAYzENAOGVCADs6AEADRALAMNJCwDxDQAAeIIBAMuCAQAirQAAfJ4CAM+eAgAinwIAAAAAAHiCAQDxDQAABGgCAFdoAgCoLQIAir4JAEWhAQAAAAAAAAAAAAAAAAAAAAAAAAAAAKLIAgD1yAIARaEBAAAAAACiyAIA9cgCAHjOAgCTyAQADrEKAGGxCgC0sQoAB7IKAFqyCgCtsgoAALMKAFOzCgDykgMARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwDdlQMAMJYDAIOWAwDWlgMAKZcDAHyXAwDmyAQAOckEAIzJBADfyQQAMsoEAIXKBABHewMAmnsDAO17AwBAfAMAk3wDAOZ8AwA5fQMAjH0DAN99AwAyfgMAhX4DANh+AwArfwMAfn8DALJ9CQAFfgkAWH4JAKt+CQD+fgkAUX8JAKR/CQD3fwkASoAJAJ2ACQDwgAkAQ4EJAJaBCQDpgQkAPIIJAI+CCQDiggkAmPQBAPvTAgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA//0BAJuEAADxDQAA1aIDACijAwD02g0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAQHwDAJN8AwA/6QEAkukBAOXpAQA46gEA2icMADMYBACGGAQA2RgEACwZBAB/GQQA0hkEACUaBAB4GgQAtAsKANg4DQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAxdEAAL6aCAAtdQEAf3oCAPTaDQBAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQAhcoEANjKBACTyAQA5sgEADnJBACMyQQA38kEADLKBACFygQAR3sDAJp7AwDtewMAPeUFAJDlBQDj5QUANuYFAInmBQDc5gUAuLkCAAu6AgAirQAAUwAAABi9AwBXFQIA85MNAEaUDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAVxUCAG+aDQB8ngIA4rMCADW0AgCItAIA27QCACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwCrFwAA/hcAAMXRAADtkAAAQJEAAJrjAABsuAIAwpoNADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA/fIGAGoACADtkAAA8Q0AAGJEDAD+FwAAdzsBAIq+CQCtSwEAtj8LAHWYAwAEaAIAir4JACXpCgCa4wAAbLgCAOzoAQBAyAQAfJ4CAM+eAgAinwIAdZ8CAD/pAQCS6QEA5ekBADjqAQBKEgEAUwAAAJkKCQBrHgIAAUcAAIq+CQAl6QoAmuMAAGy4AgB4ggEAe/YDAM72AwBTAAAAoTwAAFcVAgDjrQ0ALXUBAP/9AQBo0wUAvh4CAFlQAgCeEwsA7OgBADe3CgCKtwoA3bcKADC4CgB4ggEAy4IBAFBiAwCjYgMAgCENAP3yBgD70wIAeIIBAMuCAQBQYgMAo2IDAPZiAwBJYwMAnGMDAO9jAwBMAAwAEr8NAKdHAACQCAEAUwAAAJkKCQDxDQAABGgCAJj0AQBrHgIAfycCAPENAADVogMAKKMDAJAIAQDs6AEAbRoLAEZIDABoawgAu2sIAA5sCABhbAgABYUIAFiFCABzZAIAUuIFAGseAgD98gYA7OgBAG0aCwBvywYAwssGABXMBgBozAYAir4JACXpCgBXFQIA7OgBAEoSAQCLlwEAdZgDAOSiAQCwegEAgHUBAJj0AQDs6AEAbRoLABKkBQCY9AEAnnQJAEoSAQDs6AEAh4gKAHtCBQDOQgUAMAsLAIAhDQDTIQ0AEukHAKE0DQD0NA0A8Q0AAOzoAQBjMQ0A4ZUIAAAAAAAAAAAA+9MCADjjAgAtkAkAgJAJANOQCQAmkQkAtAsKABY8DQBpPA0AvDwNAEwADABWLgwAIWwLAEDIBACTyAQA5sgEADnJBACMyQQA38kEAPoBCgBNAgoAoAIKAJ8ADAAl6QoAeOkKAMvpCgAe6goAceoKAMTqCgAX6woAausKAL3rCgAwCwsA1QIOAO2QAABMAAwAVi4MACFsCwBAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQAhcoEAEd7AwCaewMA7XsDAEB8AwAmWgUAeVoFAMxaBQAfWwUAclsFADQgDQB7QgUAir4JAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBACdCwIA8AsCACZaBQB5WgUAzFoFAB9bBQByWwUAxVsFAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAIXKBADYygQAK8sEAH7LBADRywQAJMwEANFHCwDUHQAAJx4AAHoeAADNHgAAIB8AAPvTAgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAEB8AwAmWgUAeVoFAMxaBQD98gYA7OgBAGMxDQD7qQgAFtwCAGncAgCIgwkAbccKAGNUCAD7qQgAAUcAAIq+CQBMAAwAVi4MACFsCwANEAsAw0kLAPENAADtkAAAAUcAAMXRAAA1RQYAax4CANA/AgDs6AEAh4gKAKy+CgD/vgoAvYsAABCMAABrHgIAfycCAHXkBADI5AQAG+UEAJuEAAD//QEAeIIBAAAAAADs6AEA0D8CAKniCgCAdQEAFUICAPvTAgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMA/gkCAFEKAgBAyAQAfJ4CABbiDQBp4g0AvOINAGXNCwAN9QIARA4AAEoSAQBd/QYAkAgBAAFHAADs6AEAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPoBCgBNAgoAoAIKAJ4TCwDxDQAA1aIDACijAwAAAAAA+9MCAH/2CABAkQAAmuMAAGy4AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA0mUFAECRAACa4wAAbLgCAL6aCACeEwsAAAAAAAAAAAAAAAAAosgCAPXIAgBFoQEAAAAAAAAAAAAAAAAAAAAAAKLIAgD1yAIAeM4CAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAIXKBABHewMAmnsDAO17AwA95QUAkOUFAOPlBQA25gUAieYFANzmBQBKEgEAPFIEAI9SBADiUgQANVMEAP3yBgD//QEA7OgBAEoSAQCdEgEAxyAKABohCgBtIQoAShIBADxSBACPUgQA4lIEADVTBAAirQAAda0AAMitAAAbrgAAbq4AAFvQBABZUAIANCANAJuEAABvywYAShIBAHq9AQAQjAAAOh4DACKtAAB8ngIAqC0CACZaBQA1RQYA4ZUIAPENAADUHQAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAObWAgAW1QMAn/kMACVtBAB4bQQAy20EAB5uBABxbgQAxG4EABdvBABqbwQAvW8EABBwBABjcAQA7OgBAHiCAQB79gMAgHUBANA/AgDs6AEAP+kBAJLpAQDl6QEAhfMKANjzCgBtGgsAb8sGAP3yBgBrHgIAfycCAPENAADkogEAQOoLAJLwAAA3jgQAw0kLAPENAAAEaAIAGY4IAGyOCAC/jggAEo8IAGWPCAC4jwgAC5AIAF6QCACxkAgABJEIAG0aCwDZLA0AnhMLAOzoAQBjMQ0A7yUAAOzoAQBMAAwAEr8NAKdHAAD6RwAAUwAAABLpBwD/4QUALXUBAO9+CwD6DwgA7ZAAAP3yBgDs6AEAShIBADxSBACPUgQA4lIEADVTBACr5gYADRALAMNJCwDxDQAABGgCAA0QCwDDSQsA8Q0AAARoAgDs6AEAvpoIAJ4TCwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE8UBACiFAQARXAIAJhwCADrcAgAPnEIAJFxCADkcQgAN3IIAIpyCADdcggAMHMIAINzCADWcwgAKXQIAHx0CADPdAgAInUIAHV1CABAfAMAJloFAHlaBQDMWgUA/fIGAOzoAQBjMQ0A+6kIAGMxDQCIRQYA20UGAB5ZBwBxWQcAxFkHABdaBwBqWgcAvVoHAOzoAQBMAAwAJloFAHlaBQDMWgUA/fIGAOzoAQBjMQ0A+6kIAHv2AwCdCwIA8Q0AANWiAwAoowMAnQsCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwBAfAMAJloFAHlaBQDMWgUA/fIGAOzoAQBjMQ0A+6kIAGMxDQCIRQYA20UGAB5ZBwBxWQcAxFkHABdaBwBqWgcAvVoHAOzoAQBMAAwAJloFAHlaBQDMWgUA/fIGAOzoAQBjMQ0A+6kIAEB8AwAmWgUAeVoFAMxaBQD98gYA7OgBAGMxDQD7qQgAYzENAIhFBgDbRQYAHlkHAHFZBwDEWQcAF1oHAGpaBwC9WgcA7OgBAEwADAAmWgUAeVoFAMxaBQD98gYA7OgBAGMxDQD7qQgAax4CADQgDQB/egIAy4IBAB6DAQCeEwsAnQsCACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwAN7gMAfKsMAF7ADQC9iwAAEIwAADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AACgfwQA838EAEaABACZgAQA7IAEAD+BBACSgQQA5YEEADiCBACLggQAgHUBAJj0AQDs6AEATAAMAFYuDAAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAKHGBAD0xgQAR8cEAJrHBADtxwQAvYsAABCMAAA6HgMA9NsBAOzoAQDRRwsARA4AAFInCAClJwgA+CcIAEsoCAD70wIAm4QAAPTbAQBrHgIAfycCAAFHAAD1ugQASLsEAO2QAADxDQAAUwAAABLpBwBl6QcAmuMAAH8nAgAAAAAAvYsAAO2QAADxDQAABGgCAIq+CQAl6QoAmuMAAGy4AgAfkgkAcpIJAMWSCQDI5AQAG+UEAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBACz5wQABugEAFnoBACs6AQA/+gEAFLpBACl6QQA+OkEAEvqBACe6gQA8eoEAETrBACX6wQA6usEAD3sBACQ7AQA4+wEADbtBACJ7QQA3O0EAC/uBACC7gQA1e4EACjvBAB77wQAzu8EACHwBACbhAAA7oQAAKpFBwD9RQcA/fIGAOzoAQBMAAwAEr8NAKdHAABKEgEAW9AEAK7QBADs6AEABYUIAFiFCAABRwAA9boEAEi7BADtkAAA8Q0AAOzoAQDnPwoANW4MAGXpBwDs6AEABYUIAFiFCAAAAAAAvYsAAO2QAADxDQAABGgCAOzoAQB4ggEAe/YDAEvxAwCLlwEAe0IFAM5CBQCajwwAxdEAAL6aCAAtdQEAIq0AAKpFBwDs6AEAh4gKAKy+CgD98gYAoGMIAHWYAwD70wIAIq0AAHyeAgDiswIANbQCAIi0AgDbtAIAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAMZqDQAl6QoAmuMAAGy4AgCpLwAAda0AAMitAAAbrgAAbq4AAMGuAAD70wIAIq0AAHyeAgDiswIANbQCAIi0AgDbtAIAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAMZqDQAl6QoAmuMAAGy4AgDtkAAA/fIGAKBjCAB1mAMAqS8AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDANJlBQAlZgUAeGYFAMtmBQAeZwUAcWcFAMRnBQAXaAUAJHIFAHdyBQAOsQoAYbEKALSxCgAHsgoAWrIKAK2yCgAAswoAU7MKAJj0AQCedAkA8XQJAOzoAQBtGgsAEqQFAAWFCABYhQgA8Q0AAEQOAAD7qQgAax4CACKtAABqyQMAvckDABDKAwBjygMAtsoDAAnLAwBcywMAr8sDAALMAwBVzAMAqMwDAPvMAwBOzQMAzrEBACGyAQB0sgEAx7IBABqzAQDWxggAKccIAHzHCADPxwgAIsgIAHXICADIyAgAG8kIAG7JCADByQgAFMoIAGfKCAC6yggADcsIAGDLCACzywgABswIAFnMCACszAgA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA0mUFACVmBQB4ZgUAy2YFAB5nBQBxZwUAxGcFABdoBQBO1AIAodQCADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AACgfwQA838EAEaABACZgAQA7IAEAD+BBADUHQAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMA5z8KAE+XCQCilwkA9ZcJAEiYCQCbmAkA7pgJAEGZCQCUmQkA55kJADqaCQCNmgkA4JoJADObCQCGmwkA2ZsJACycCQB/nAkA0pwJACWdCQB4nQkAy50JAB6eCQAW3AIAadwCAIiDCQBtxwoAY1QIAPupCAABRwAAir4JAEwADABWLgwAIWwLAA0QCwDDSQsA8Q0AAB+SCQBykgkABfQEAFj0BACr9AQAC1IFANFHCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAADF0QAA7ZAAAKsXAAABRwAA7OgBAG0aCwDF0QAAWAkCAAFHAADs6AEAxdEAAFgJAgCN2AwA4NgMADe3CgCKtwoA3bcKADC4CgDnPwoAmQoJAPENAADkogEAsHoBAP/9AQB4ggEA9NoNAEwADABWLgwAIWwLAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBAD6AQoATQIKAKACCgBMAAwAEr8NAKdHAAAFhQgAWIUIAAX0BABY9AQAq/QEAAtSBQDRRwsA1B0AACceAAB6HgAAzR4AACAfAACS8AAAqx0LAMiYAwBAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQAhcoEAEd7AwCaewMAKRoJANqICgAtiQoA//0BAGjTBQC70wUADtQFAGHUBQCrFwAA7OgBANFHCwAV9QwAaPUMAKgtAgAtdQEAS/EDAF39BgA1RQYA+6kIAAFHAACKvgkAJekKAJrjAABsuAIA10QNACZaBQB5WgUAzFoFAB9bBQByWwUAxVsFACVKCQBAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQAhcoEANjKBAArywQAfssEANHLBAAkzAQA0UcLANQdAAAnHgAAeh4AAM0eAADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BABbcAgBp3AIAiIMJANuDCQAuhAkAgYQJANSECQAnhQkAP+kBAPoPCABNEAgAoBAIAGMxDQBrHgIA7OgBADALCwCDCwsAax4CAH8nAgBzZAIAAUcAACYcAgBrHgIAnhMLAOzoAQBFoQEAvYsAABCMAAA6HgMA9NsBAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMAOGYIAPeGCAA1iggAiIoIANuKCAAuiwgAQHwDACZaBQB5WgUAzFoFAP3yBgDs6AEAYzENAPupCABjMQ0AiEUGANtFBgAeWQcAcVkHAMRZBwAXWgcAaloHAL1aBwDs6AEATAAMACZaBQB5WgUAzFoFAP3yBgDs6AEAYzENAPupCAABRwAAJloFAHlaBQDMWgUAH1sFAHJbBQDFWwUAGFwFAGtcBQC+XAUAEV0FABB9DgBjfQ4AadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAQHwDACZaBQB5WgUAzFoFAB9bBQByWwUAetEKANQdAAA2OQYA9NoNAP/hBQABRwAAJloFADVFBgDhlQgAAUcAACZaBQB5WgUAzFoFAB9bBQByWwUAxVsFABhcBQBrXAUAvlwFABFdBQDtkAAAQJEAAJrjAABsuAIAPvUBACZaBQB5WgUAzFoFAB9bBQByWwUAxVsFABhcBQDIYAsAG2ELAG5hCwDBYQsAFGILAGdiCwC6YgsARA4AAFInCAClJwgA+CcIAEsoCAAmHAIAiEUGANtFBgAuRgYA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQD70wIAf/YIAECRAACa4wAAbLgCAKsXAAD+FwAATrEHAKGxBwD0sQcAR7IHAJqyBwDtsgcAvh4CAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQDs6AEATAAMACZaBQB5WgUAzFoFAB9bBQByWwUAxVsFACVKCQCgTgsAIq0AACKtAACGtwUA2bcFACy4BQB/uAUABfQEAOzoAQBtGgsA7yUAAAFHAACKvgkAJekKANFHCwDUHQAANjkGAPTaDQD/4QUAAUcAACZaBQA1RQYA4ZUIAOzoAQC0CwoAFjwNAGk8DQC8PA0ADfUCAHOGCQDGhgkAGYcJAGyHCQC/hwkAEogJAIerBQDaqwUALawFAICsBQDTrAUAJq0FAHmtBQDMrQUAH64FAHKuBQB3xQUAysUFAB3GBQBwxgUAw8YFABbHBQC9iwAAax4CAGseAgB/JwIAqxcAAAFHAADs6AEATAAMAFYuDACIRQYAmQoJAHiCAQDLggEAHoMBAJ4TCwD70wIAAAAAAOzoAQBMAAwAOiUCAI0lAgDgJQIAZc0LANFHCwAkSAsALXUBAHtCBQCbhAAA//0BAHiCAQD02g0A0UcLANQdAAAnHgAAeh4AAM0eAAAgHwAAG4sFAOzoAQA/6QEA3BYLAC8XCwCCFwsATAAMACZaBQB5WgUAzFoFAB9bBQByWwUAxVsFAPvTAgAW3AIAadwCAIiDCQBtGgsATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAPTaDQDRRwsA1B0AACceAAB6HgAAzR4AACAfAABKEgEAAAAAAFMAAAAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA0mUFAECRAACa4wAAbLgCAGseAgBjVAgAZXMMACNAAgBAkQAAzX4KACB/CgBrHgIAfycCAHXkBADI5AQAG+UEAJuEAAD//QEAeIIBAPTaDQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BABCMAACrFwAAnhMLAPvTAgABRwAAIq0AAFMAAAAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA7yUAAAaqAQBZqgEArKoBACKtAADwuAEAOJACAKh5AwBrHgIAfycCANInAgAl1A0A8Q0AANQdAADMmAgAH5kIAHKZCADFmQgAGJoIAGuaCAAlZgUAeGYFAMtmBQAeZwUAcWcFAMRnBQAXaAUADfUCAEQOAABSJwgApScIAPgnCABLKAgA7OgBALQLCgAWPA0AaTwNALw8DQAQfQ4AY30OALZ9DgAJfg4AXH4OAK9+DgACfw4AVX8OAKh/DgD7fw4AToAOAKGADgCYkwMA65MDAD6UAwCRlAMA5JQDADeVAwCKlQMA3ZUDAA0QCwDDSQsA8Q0AAP/9AQBo0wUAu9MFAA7UBQBh1AUAtNQFAHrRCgAncQAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAJuEAADvJQAA0D8CAFf5BQDOsQEA8Q0AAKkvAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwDSZQUAQJEAAJrjAABsuAIAYkQMAN/eAQBiigIAtYoCAAiLAgBbiwIAY1QIAO8lAABrHgIAfycCAAFHAAD1ugQASLsEAO2QAADxDQAA1B0AAK1LAQAATAEAU0wBAEZPCwCZTwsA7E8LAOzoAQBKEgEAW9AEAJ4TCwDs6AEAN7cKAIq3CgDdtwoAMLgKAP/9AQDCRw0AbRoLAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQBAyAQAk8gEAA6xCgBhsQoAtLEKAAeyCgBasgoArbIKAACzCgBTswoAprMKAPmzCgC0CwoA8Q0AAARoAgBXaAIA//0BAHiCAQB79gMAdZgDAOMBAgD14woATAAMAFYuDAAhbAsAh4gKAFMAAADuhAAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA0mUFAECRAACa4wAAbLgCAE7UAgCh1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAP/9AQA1RQYANUUGAAFHAADxDQAABGgCAPW6BAAEKQsAWVYNAOzoAQA/6QEAax4CAGNUCABKEgEA7OgBAEWhAQCS8AAA+9MCAObWAgB1rQAAyK0AABuuAABurgAAwa4AABSvAAANEAsAYBALALMQCwAGEQsABYUIAM1+CgAgfwoA7OgBAGMxDQD7qQgAAUcAAOzoAQBjMQ0A7yUAAOzoAQBtGgsATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAPTaDQD//QEAaNMFALvTBQAO1AUAYdQFALTUBQB60QoA7OgBAEwADABWLgwAIWwLAEwADACbhAAABYwHANA/AgDs6AEATAAMANksDQCeEwsA7OgBAGMxDQDvJQAA7OgBAEwADAASvw0Ap0cAAPpHAABNSAAA7ZAAAP3yBgDs6AEA//0BAGjTBQC70wUADtQFAGHUBQC01AUAeIIBAJuEAAB1pgEABGgCACZaBQAirQAA8Q0AANQdAACbhAAAWVACACKtAACqRQcAVxUCAPOTDQBGlA0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AAFcVAgBvmg0AwpoNADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA0mUFAECRAACa4wAAbLgCAAAAAABTAAAAEukHAKE0DQDxDQAA1B0AAJuEAABZUAIAIq0AAKpFBwBTAAAANQ4CAFcVAgDzkw0ARpQNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAABXFQIAb5oNAMKaDQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDANJlBQBAkQAAmuMAAGy4AgD70wIAAUcAAPW6BAAEKQsAFE4CAPENAABTAAAAmQoJAGseAgABRwAA+9MCAAFHAAD1ugQABCkLABROAgDxDQAAUwAAAJkKCQBrHgIAAUcAAPvTAgB/9ggAQJEAAJrjAABsuAIAeIIBAHv2AwBMmQIALXUBAIB1AQCY9AEAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDADJUCQDUHQAAJx4AAJrjAABsuAIAnQsCAPALAgD1ugQABCkLABROAgDxDQAAUwAAAJkKCQBrHgIAAUcAAFcVAgBvmg0AwpoNADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA0mUFAECRAACa4wAAbLgCABB9DgBjfQ4AadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAtAsKABY8DQBpPA0AvDwNAGW5AgB8ngIAFuINAGniDQC84g0AD+MNAGLjDQC14w0ACOQNAFvkDQAHggUAWoIFAK2CBQAAgwUAU4MFAKaDBQD5gwUA+9MCAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAQHwDACZaBQB5WgUAzFoFAB9bBQByWwUAxVsFACVKCQBAyAQAfJ4CABbiDQBp4g0AvOINAA/jDQBi4w0AteMNAAjkDQBb5A0A5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAFHAAAmWgUAeVoFAMxaBQAfWwUAclsFAMVbBQAYXAUAa1wFAL5cBQARXQUAFtwCAO2QAADF0QAAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDANJlBQBAkQAAmuMAAGy4AgDhlQgA/hcAAETICQCXyAkAm4QAAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQD02g0A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAJ3EAAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQD02g0A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAW3AIAadwCAIiDCQBtGgsABYwHAHv2AwBMmQIA290IADe3CgCKtwoARMgJAJfICQDxDQAA7OgBAD/pAQDcFgsALxcLAIIXCwDVFwsAh4gKANqICgAtiQoAnhMLADVFBgD7qQgAax4CAOzoAQBAyAQAda0AAL2LAADxDQAABGgCAIq+CQDs6AEAN7cKAIq3CgBEyAkAl8gJAG0aCwBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAYzENACKtAAAirQAAhrcFANm3BQAsuAUAf7gFAAX0BADs6AEAxdEAAL6aCAAtdQEAf3oCAPTaDQC0CwoA8Q0AAARoAgBXaAIA//0BAHiCAQB79gMAdZgDAOMBAgAtdQEAgHUBAJj0AQDs6AEAbRoLABKkBQBAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQAhcoEAEd7AwCaewMA7XsDAEB8AwCTfAMA5nwDADl9AwDVogMAKKMDAKvmBgD+5gYAUecGAKTnBgD35wYASugGAEwADAAirQAAUwAAAAAAAAAtdQEAUwAAAOzoAQBAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQAhcoEAEd7AwCaewMA7XsDAEB8AwCTfAMA5nwDAEwADAASvw0Ap0cAAA0QCwDDSQsA8Q0AAARoAgBMAAwAJloFAHlaBQDMWgUAH1sFAHJbBQDFWwUAJUoJAHhKCQDLSgkAi+oBAC11AQBrHgIAfycCAGMxDQCIRQYA20UGAC5GBgDs6AEATAAMACKtAABTAAAA7OgBAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBACFygQAR3sDAJp7AwDtewMAxdEAAC11AQB7QgUAVEcAAOzoAQANEAsAw0kLAPENAAAEaAIA7OgBAP3yBgBQ8wYAWVYNAAFHAAAmWgUATJkCANvdCADRRwsA1B0AACceAAB6HgAAzR4AACAfAABzHwAA7m8DAEFwAwCUcAMAvYsAABCMAAA3/QAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAPTaDQBjMQ0Aax4CAOzoAQAwCwsAagAIAO2QAADxDQAA7OgBADe3CgCKtwoA3bcKADC4CgCXAAIA2DgNALY/CwB1mAMA/fIGAPENAADs6AEA0UcLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAO5vAwBBcAMAlHADAL2LAAAQjAAAN/0AAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQD02g0AYzENAGseAgDs6AEAMAsLAGoACADtkAAA8Q0AAOzoAQA3twoAircKAN23CgAwuAoAlwACANg4DQC2PwsAdZgDAOzoAQDRRwsA1B0AACceAAB6HgAAzR4AACAfAABzHwAA7m8DAEFwAwCUcAMAvYsAABCMAAA3/QAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAPTaDQBjMQ0Aax4CAOzoAQAwCwsAagAIAO2QAADxDQAA7OgBADe3CgCKtwoA3bcKADC4CgCXAAIA2DgNALY/CwB1mAMAAAAAAJuEAAAFjAcAWIwHAHv2AwD70wIAax4CADQgDQCAdQEAmPQBAJ50CQBAkQAAmuMAAGy4AgAW3AIAadwCAIiDCQDbgwkA1B0AACceAAB6HgAAzR4AACAfAABzHwAAbRoLAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQDtkAAAShIBACKtAAB8ngIA7oQAAKpFBwD9RQcA8Q0AANQdAAAnHgAAeh4AAM0eAAAgHwAAfycCAECRAACa4wAAbLgCAM6xAQDxDQAA+9MCAA31AgBzhgkAxoYJABmHCQBshwkAv4cJABKICQBlzQsA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAPoBCgBNAgoAJloFAHlaBQDMWgUAH1sFAHJbBQDFWwUAJUoJAEwADABWLgwA/fIGAIAhDQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA0dkCABK/DQCnRwAAgRUNANQVDQCHiAoArL4KAP++CgA3twoAircKAFEYAABtGgsATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAPTaDQBAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQAhcoEAEd7AwCaewMA7XsDAG0aCwCoLQIAvPALABK/DQAtdQEAdZgDAMiYAwBKEgEAnRIBAEoSAQBd/QYAqxcAABD6CABj+ggAtvoIAIXzCgDY8woAShIBAFvQBABZUAIA0D8CACNAAgD98gYA7OgBADALCwCAIQ0Am4QAAGAQCwCzEAsABhELAFkRCwCsEQsA/xELAFISCwDNygsA2SwNAP3yBgDs6AEAh4gKAKy+CgD/vgoAKBgLAIMLCwB1mAMAJ3EAAP/9AQB4ggEA9NoNAP3yBgDs6AEAvYsAABCMAAABRwAAJloFAH96AgDs6AEATAAMACZaBQB5WgUAzFoFAP3yBgDs6AEABYUIAFiFCAABRwAA9boEAHiCAQB79gMAzvYDAEhoBAAirQAAVxUCAG+aDQDCmg0AOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwDSZQUAQJEAAJrjAABsuAIA460NANQdAAAnHgAAeh4AAM0eAAAgHwAA/fIGAIAhDQCbhAAAb8sGAPvTAgBqAAgAxdEAAKsXAAD70wIAvpoIAMNJCwDxDQAABGgCAHiCAQDLggEAPNUJAI/VCQDi1QkANdYJABLpBwBl6QcAmuMAAGy4AgA58goAiEUGANtFBgAuRgYA7OgBAL2LAAAQjAAAOh4DAPTbAQDs6AEA0UcLAEQOAABSJwgApScIAPgnCADRRwsAFfUMAGj1DACoLQIAvYsAAPENAADs6AEAvpoIAPXjCgD/4QUA0D8CACNAAgD98gYAagAIAIhFBgDbRQYAHlkHAHFZBwDEWQcAF1oHAGpaBwC9WgcAEFsHAGNbBwC2WwcACVwHAFxcBwCvXAcAAl0HAFVdBwCoXQcA+10HAE5eBwChXgcA9F4HAEdfBwCaXwcAfW8HANBvBwAjcAcAdnAHAP3yBgDs6AEAYzENAPupCAABRwAA7OgBAMXRAABYCQIALXUBAHtCBQAmWgUAgHUBAJj0AQDs6AEAP+kBANwWCwBrHgIA7OgBAGMxDQCIRQYA20UGAB5ZBwBxWQcAxFkHABdaBwBqWgcAZekHAL4eAgCoLQIAJloFADVFBgDhlQgAAUcAACZaBQB5WgUAzFoFAB9bBQByWwUAxVsFABhcBQDIYAsAG2ELAG5hCwDBYQsAFGILAGdiCwC6YgsAAd8CAHq9AQABRwAAm4QAAKgtAgCKvgkAYzENAIhFBgDbRQYAHlkHAHFZBwDEWQcAF1oHAGpaBwC9WgcA7OgBAEwADAAmWgUAeVoFAMxaBQD98gYA7OgBAGMxDQD7qQgAAUcAAP4JAgC9iwAAEIwAADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AABKEgEAnRIBAMcgCgCgYwgAvdYNAJ4TCwDs6AEAQMgEAJPIBAAOsQoAEIwAAAFHAACKvgkA0dkCACZaBQB5WgUAzFoFAB9bBQByWwUAxVsFACVKCQDF0QAAWAkCAC11AQB7QgUAJloFAIB1AQCY9AEA7OgBAD/pAQDcFgsAax4CAOzoAQBMmQIAn5kCAPKZAgBFmgIAvpoIAMNJCwDxDQAABGgCAFdoAgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAIq0AAAAAAAB4ggEA+9MCABbcAgBp3AIAiIMJAA0QCwDDSQsA8Q0AAARoAgDxDQAA7OgBAG0aCwBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEA9NoNAIeICgDaiAoALYkKAH+VCgDSlQoAJZYKAOc/CgCZCgkA7AoJAE7UAgCh1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAKB/BABrHgIAfycCAHXkBACoLQIAir4JANFHCwDUHQAA8Q0AAOSiAQCwegEANUUGAHiCAQB4ggEA7OgBAA0QCwDDSQsA8Q0AAARoAgCS8AAAqx0LAE8UBABMAAwA9boEAEi7BADtkAAA/fIGAOzoAQA/6QEA3BYLAGseAgDs6AEAAAAAAL2LAADtkAAAQJEAAJ4TCwDs6AEAP+kBAJLpAQDl6QEAOOoBAKsXAAD+FwAARMgJAJfICQDxDQAA7yUAAAaqAQBZqgEArKoBAIAhDQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA5tYCABbVAwAOsQoAYbEKALSxCgAHsgoAWrIKAK2yCgAAswoAU7MKAAWFCABYhQgAdeQEAMjkBAAb5QQA7OgBAG0aCwDZLA0AnhMLAOzoAQBAyAQAk8gEAObIBAA1wQwAiMEMAO6EAABoawgA7OgBAOc/CgCZCgkALXUBAIB1AQCoLQIA8Q0AAPvTAgAW3AIAadwCAIiDCQDbgwkA1B0AACceAAB6HgAAzR4AACAfAAAbiwUA7OgBAG0aCwBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEA9NoNAD/pAQDcFgsAax4CAOzoAQBAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQAhcoEAEd7AwDxDQAA1B0AACceAAB6HgAAzR4AACAfAAAbiwUAbosFACceAACa4wAAbLgCANQdAAAnHgAAmuMAAGy4AgAQfQ4AY30OAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAnQsCAGseAgB/JwIA0icCACXUDQDxDQAA1B0AAHRsCwBjKwIAoqUHAPWlBwDs6AEA0UcLANQdAAAnHgAAeh4AAM0eAAAirQAA0D8CAL6aCADDSQsA+6kIAPENAADUHQAAnQsCAP3yBgBrHgIANCANAEyZAgDb3QgALt4IAFcVAgDzkw0AQJEAAJrjAABsuAIAVxUCAKsXAADtkAAAAUcAAMXRAAA1RQYAax4CANA/AgAjQAIAQJEAAJrjAABsuAIAEH0OAGN9DgCuPg0AAT8NAFQ/DQAAAAAAAAAAAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA+9MCAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMATAAMABK/DQCnRwAAtAsKAAcMCgD98gYAUwAAAJkKCQAtdQEAgHUBAJI1AwDs6AEAvYsAAGseAgB4ggEA+9MCABQJAAC+mggAEZsIAGSbCABAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQA+gEKAE0CCgCgAgoATAAMABK/DQCnRwAAzlADAGoACAC9AAgAEAEIAGMBCAC2AQgA6EEIADALCwBQ8wYA7ZAAAEoSAQCdEgEAzlADAGoACAC9AAgAEAEIAGMBCAC2AQgA6EEIADALCwBQ8wYA7ZAAAEoSAQCdEgEA8BIBAOzoAQAFhQgAzX4KACB/CgCrFwAAOh4DAIB1AQCY9AEA7ZAAAECRAABKEgEAi5cBAHWYAwDkogEAsHoBADVFBgDhlQgA7OgBADALCwCAIQ0AqxcAADoeAwDtkAAA/fIGAOzoAQDF0QAAvpoIAC11AQB/egIA9NoNAEwADAD1ugQAnhMLAC11AQCAdQEAmPQBAOzoAQBMAAwAVi4MACFsCwBAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQA+gEKAE0CCgCgAgoATAAMABK/DQCnRwAAzlADAGoACAC9AAgAEAEIAGMBCAC2AQgA6EEIADALCwBQ8wYA7ZAAAEoSAQCdEgEAMAsLANUCDgAoAw4AewMOAM4DDgAhBA4AdAQOAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBADWzQcANUUGACKtAADQPwIAI0ACAECRAAB/JwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKHNAwClEgsA+BILAEsTCwBdhwsAvpoIAC11AQB/egIA9NoNAD/pAQBCJgAAAUcAACKtAACqRQcALXUBAIB1AQCY9AEA7OgBANFHCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABtGgsAWVYNAC11AQDs6AEATJkCANvdCAAu3ggAetEKALB6AQA1RQYALXUBAH96AgD02g0AqxcAAP4XAAB3OwEA7yUAANwWCwAvFwsAghcLANUXCwCKnAIAQJEAAJrjAABsuAIARaEBAA+zCABiswgAtbMIAAi0CABbtAgArrQIAAAAAACiyAIA9cgCADe3CgCKtwoAURgAAPu+BQBOvwUAX9AJALLQCQAF0QkAP+kBAPoPCABNEAgAoBAIAGMxDQBrHgIA7OgBADALCwCDCwsAax4CAH8nAgBzZAIAAUcAACYcAgBrHgIAtAsKAAcMCgBaDAoArQwKAAANCgAAAAAATJkCAJ+ZAgBZUAIAAAAAAGseAgDNfgoAIH8KAAAAAAD98gYAagAIAL0ACAAQAQgAYwEIALYBCACCLAgA1SwIACgtCAB7LQgAIq0AANA/AgAjQAIAAUcAAKsXAAD+FwAAdzsBAO8lAADcFgsALxcLAIIXCwDVFwsAipwCAECRAACa4wAAbLgCAFcVAgDjrQ0ARA4AAFInCACDuAoA+g8IAOVJDAAVQgIA7OgBAG0aCwASpAUATJkCAJ+ZAgDymQIAe/YDAP3yBgDs6AEAMAsLAGoACAC9AAgAEAEIAGMBCAC2AQgA6EEIALQLCgAHDAoATJkCAC11AQBrHgIAY1QIAOGVCABKEgEAXf0GAKsXAADF0QAANUUGAGseAgDQPwIAqeIKAIB1AQCY9AEA7OgBAEDIBACTyAQA5sgEADXBDACIwQwA28EMAC7CDACBwgwA1MIMAOzoAQAFhQgAzX4KACB/CgBzfwoAxn8KABmACgBsgAoA0UcLABX1DAD1ugQABCkLAKgtAgCKvgkAmPQBAOzoAQCHiAoArL4KAP++CgC0CwoALXUBAHtCBQBURwAAp0cAAIEVDQDs6AEAN7cKAIq3CgDdtwoAMLgKAAWFCADNfgoAIH8KAKsXAAA6HgMAgHUBAJj0AQDs6AEAYzENAGseAgDs6AEAShIBAIuXAQB1mAMAqS8AAPC4AQA4kAIA7yUAAPoPCACY9AEAvYsAAGseAgB/JwIAax4CAH8nAgB15AQAqC0CAIq+CQAwCwsAagAIAL0ACAAQAQgAYwEIALYBCADoQQgA5z8KAAg/AQBbPwEATJkCAC11AQD98gYAgCENADVFBgA1RQYAAUcAAHiCAQD02g0A8Q0AAOSiAQDs6AEAMAsLAGoACAC9AAgAEAEIAGMBCAC2AQgA6EEIADe3CgCKtwoA3bcKADC4CgCDuAoA1rgKACm5CgB8uQoAMAsLAGoACAC9AAgAEAEIAGMBCAC2AQgA6EEIALQLCgAHDAoA/fIGAFMAAACZCgkALXUBAIB1AQD/4QUAUuIFAKXiBQD44gUAS+MFAJ7jBQDx4wUAROQFAJfkBQDq5AUALXUBAJuEAAAFjAcA7OgBAEwADAAirQAAUwAAAPvTAgDs6AEAfKsMAF7ADQBAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQAkvAAAAAAAABPFAQAAycNANwWCwBrHgIAAUcAACZaBQBMmQIA290IADY5BgCeEwsA7OgBAAWFCABYhQgAq4UIAP6FCABRhggApIYIAOzoAQCHiAoA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwChzQMA/+EFAFLiBQCl4gUA+OIFAEvjBQCe4wUA8eMFAETkBQCX5AUA6uQFABbcAgBp3AIArIcGAHyrDADtkAAArUsBALY/CwB1mAMABGgCACZaBQCAdQEAmPQBAOzoAQAwCwsAagAIAEoSAQBb0AQALXUBANbNBwApzgcAfM4HAM/OBwAizwcAdc8HAMjPBwAb0AcAbtAHAMHQBwAU0QcAZ9EHALrRBwAN0gcAYNIHALPSBwAG0wcAWdMHAGseAgB/JwIA0icCACXUDQDxDQAA1B0AAEWhAQABRwAAIq0AAFMAAAD70wIAAAAAAHiCAQDxDQAA+9MCAAAAAAC9iwAAEIwAADoeAwD02wEA+9MCAAAAAAD//QEAeIIBAPTaDQBMAAwAVi4MACFsCwBAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQA+gEKAE0CCgCgAgoATAAMACKtAABTAAAA+9MCAAAAAAB4ggEA8Q0AAPvTAgAAAAAA0UcLAOSiAQA3owEA+9MCAAAAAACrFwAAqxcAAO2QAAD/4QUAAUcAACZaBQA1RQYA4ZUIAOzoAQAFhQgAWIUIAKuFCAD+hQgAUYYIAKSGCAAAAAAAAUcAAAFHAABTAAAAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAFpDDgCZCgkA7AoJAD8LCQCS8AAAN44EAMNJCwDxDQAABGgCAEDqCwAFhQgAWIUIAHXkBADI5AQAG+UEAOzoAQAwCwsAUPMGAPx6DQBPew0A//0BAJuEAAB1pgEA1B0AANFHCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABtGgsAqC0CAL2LAAB4ggEA/fIGAOzoAQA3twoAircKAN23CgAwuAoAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPoBCgBNAgoAoAIKAGseAgB/JwIA0icCACXUDQDxDQAA1B0AAIAhDQBAkQAAmuMAAGy4AgDtkAAAQJEAAJrjAAD18QgASPIIAFEYAAAAAAAAAAAAAAAAAACiyAIA9cgCAHjOAgCTyAQA5sgEADnJBACMyQQA38kEADLKBACFygQAR3sDAJp7AwDtewMAPeUFAJDlBQDj5QUANuYFAInmBQDc5gUAAAAAAAAAAACiyAIA9cgCAHjOAgCTyAQA5sgEADnJBACMyQQA38kEADLKBACFygQAR3sDAJp7AwDtewMAPeUFAJDlBQDj5QUANuYFAInmBQDc5gUAxdEAAC11AQCAdQEA7ZAAAECRAACa4wAAbLgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAqxcAAO2QAAABRwAAVxUCAG+aDQDCmg0AOJACAKh5AwD7eQMATnoDAKF6AwDGag0AGWsNAGxrDQC/aw0AEmwNAGVsDQC4bA0AC20NAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMAmo8MADVFBgDxDQAA7OgBALQLCgAWPA0AaTwNALw8DQAAAAAAAAAAAAAAAACKvgkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQBFTgEAAAAAAAAAAAAAAAAArUsBALY/CwA1RQYA4ZUIAOzoAQAFhQgAWIUIAKuFCAD+hQgAUYYIAAAAAADtkAAAQJEAAP/9AQAtdQEAgHUBABVCAgDVAg4AEIwAAJj0AQDxDQAAJ3EAAIjCAADvJQAA//0BAJuEAACIwgAA7OgBAG0aCwD//QEAmPQBAJ50CQA2OQYA9NoNAL6aCACrFwAA7ZAAAK1LAQC2PwsAAAAAAKsXAADs6AEABYUIAFiFCAC+mggAvYsAAPENAAAncQAAb8sGAPENAADkogEAsHoBADVFBgDhlQgA7ZAAAAWFCAA0IA0A734LAPoPCAC9iwAAAUcAAJuEAACoLQIAAAAAADVFBgDs6AEABYUIAFiFCABzZAIAxmQCAPENAAAncQAAb8sGAKsXAAD+FwAA+9MCAH/2CADS9ggAJfcIAHj3CADL9wgAHvgIAHH4CADE+AgAF/kIAGr5CAC9+QgA7ZAAAP/hBQBS4gUApeIFAPjiBQBL4wUAnuMFAPHjBQBE5AUAl+QFAOrkBQA/6QEAkukBAOXpAQA46gEA/6oBAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMAFtwCAGncAgCIgwkA24MJAC6ECQCBhAkA1IQJACeFCQA/6QEA+g8IAE0QCACgEAgAYzENAGseAgDs6AEAMAsLAIMLCwBrHgIAfycCAHNkAgABRwAAJhwCAGseAgBjKwIABYwHAPTaDQBAkQAAmuMAAGy4AgA1RQYANUUGAHiCAQDs6AEATAAMACZaBQB5WgUAzFoFAP3yBgDs6AEAYzENAPupCAABRwAA7OgBAMXRAAC+mggALXUBAH96AgD02g0AxdEAAFgJAgAtdQEAe0IFACZaBQCAdQEAmPQBAOzoAQA/6QEA3BYLAGseAgDs6AEAbRoLANksDQAsLQ0AYzENAIhFBgDbRQYALkYGAOzoAQBAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQAhcoEAEd7AwCHiAoArL4KAP++CgA3twoAircKAN23CgAwuAoAbRoLAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQD02g0A/gkCAFEKAgAFhQgAWIUIAAAAAAC9iwAA7ZAAAPENAAAEaAIA7OgBAEwADAAmWgUAeVoFAMxaBQD98gYA7OgBAGMxDQD7qQgAAUcAAOzoAQBtGgsA7yUAAAFHAACKvgkAJekKAKsXAADtkAAArUsBAPvTAgDR2QIAJloFAHlaBQDMWgUAH1sFAHJbBQDFWwUAJUoJAG0aCwBGSAwAAAAAAL2LAAAtdQEAax4CADQgDQCAdQEAmPQBAOzoAQBtGgsAEqQFAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBACFygQAR3sDAPTaDQBAkQAAmuMAAGy4AgDXRA0AJloFAHlaBQDMWgUAH1sFAHJbBQDFWwUASTkJAJw5CQDvOQkAQjoJAJU6CQDoOgkAOzsJAI47CQDhOwkANDwJAIc8CQCS8AAAxdEAAFgJAgAtdQEAe0IFAOT1AQBrHgIAfycCAHXkBACoLQIAir4JAEZIDAAAAAAAvYsAAC11AQBrHgIAfycCAM6xAQD98gYA//0BACKtAADs6AEAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAIXKBABHewMAYzENAP/9AQABRwAAm4QAAC11AQCAdQEA7OgBAM6xAQD98gYA//0BACKtAADs6AEAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAIXKBABHewMA7OgBALQLCgDYOA0AAEwBAFNMAQBGTwsAmU8LAOxPCwA/UAsAklALAMXRAAC+mggA9eMKAKsXAADs6AEATAAMAPW6BACeEwsALXUBAIB1AQCY9AEA7OgBAEwADABWLgwAIWwLAEDIBACTyAQA5sgEADnJBACMyQQA38kEAPENAADs6AEAQMgEAJPIBAAOsQoAYbEKALSxCgAHsgoAWrIKAK2yCgAAswoAU7MKAKazCgD5swoAbRoLAEZIDAAAAAAAvYsAAC11AQBrHgIAfycCAAX0BADs6AEAP+kBAGseAgBjVAgAShIBAOzoAQBMAAwAEr8NAKdHAAC9iwAAEIwAADecAgCKnAIAQJEAAHiCAQCeEwsALXUBAIB1AQCY9AEA7OgBADALCwBQ8wYA/HoNAE97DQD//QEAm4QAAHWmAQDUHQAAbRoLAEZIDAAAAAAAvYsAAC11AQBrHgIAfycCAG0aCwASpAUABYUIAFiFCADxDQAARA4AAPupCABrHgIAIq0AAO2QAAA/6QEAax4CAGNUCABKEgEA7OgBAIeICgB7QgUA8Q0AAOzoAQDnPwoACD8BADQgDQBL8QMAW9AEAFlQAgCeEwsA7OgBAD/pAQCS6QEA7oQAAGhrCAAmHAIAax4CAJ4TCwDs6AEAYzENAGseAgDs6AEA0UcLAEQOAAD7qQgAax4CACKtAADtkAAAAUcAAJuEAABvywYA/fIGAGseAgA0IA0AgHUBAO8lAADcFgsA7OgBALQLCgAHDAoAWgwKAHc7AQDvJQAA3BYLAC8XCwCCFwsA1RcLAJuEAAAtdQEAnQsCAJuEAABP3AsAU7oJAKa6CQCAdQEArGQLAPW6BAAEKQsAFE4CAPENAABwLgMAm4QAAKgtAgCKvgkADRALAMNJCwDxDQAABGgCAOzoAQA3twoAYysCALYrAgAJLAIAURgAAPu+BQBOvwUAX9AJALLQCQAF0QkAWNEJAKvRCQD+0QkA1B0AACceAAB6HgAAzR4AACAfAABzHwAAShIBAIuXAQB1mAMA//0BAMJHDQC+mggAm4QAAEyZAgAtdQEAgHUBAJ8ADADdvgkAML8JAIO/CQDWvwkAKcAJAHzACQDPwAkAIsEJAHXBCQDIwQkAG8IJAG7CCQDBwgkAgwsLAPNjCABGZAgAmWQIAL2LAAD98gYABYUIAFiFCAB15AQAb8sGAOzoAQC9iwAA/fIGAAAAAAA1RQYA7OgBAEwADAAmWgUAeVoFAMxaBQAfWwUAclsFAL6aCABTAAAAnQsCAKsXAADtkAAAAUcAAMXRAAA1RQYAax4CANA/AgCdCwIAmPQBAJ50CQDxdAkARHUJAJd1CQDqdQkAPXYJAH8nAgDxDQAA5KIBANQdAADxDQAA+9MCAJj0AQCedAkA8XQJAER1CQCXdQkA6nUJAD12CQCQdgkA43YJADZ3CQCJdwkA3HcJAD/pAQDcFgsAax4CAGMxDQBrHgIA7OgBANFHCwDUHQAAJx4AAHoeAAAtdQEAIq0AAO2QAAA3twoAircKAN23CgAwuAoA0D8CAHQnCQD+FwAAxdEAAL6aCADDSQsA8Q0AAARoAgCKvgkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKG/BQD0vwUAR8AFAJrABQDtwAUAQMEFAG0aCwBvywYA/fIGAGseAgB/JwIA8Q0AAOSiAQDs6AEAP+kBANwWCwAvFwsAghcLAIhFBgDbRQYALkYGAOzoAQBMAAwAIq0AAFMAAADs6AEAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAIXKBABHewMAmnsDAO17AwBAfAMAk3wDAJuEAAAtdQEA7ZAAAECRAACa4wAAbLgCAEWhAQAPswgAYrMIALWzCAAItAgAW7QIAK60CADtkAAAShIBAFMAAACZCgkAax4CAL4eAgBZUAIAnhMLAOzoAQA/6QEAkukBAOXpAQCF8woA2PMKAIeICgDaiAoALYkKADe3CgBjKwIAtisCAAksAgAFhQgAWIUIAPENAABEDgAAeIIBAL2LAAABRwAAJloFADVFBgD98gYAgCENAKsXAABjKwIAtisCAAksAgA3twoAircKAGseAgDs6AEA0UcLANQdAAAnHgAAeh4AAKsXAABjKwIAtisCAAksAgDnPwoACD8BAFs/AQBMmQIALXUBAP3yBgCAIQ0AIq0AAKpFBwDs6AEADRALAMNJCwDxDQAABGgCAOzoAQCHiAoArL4KAP++CgDQPwIAdCcJAP4XAADF0QAANUUGAGVzDAC9iwAAUwAAAOzoAQA/6QEAkukBAOXpAQCF8woA2PMKADjqAQA6HgMANUUGAFcVAgBvmg0AqkUHAJuEAADZLA0AqxcAAO2QAAA2OQYA8Q0AAFcVAgDBpg0AFKcNAGseAgB/JwIA8Q0AAEQOAAB4ggEATJkCANvdCAD98gYAUPMGAG/LBgD98gYAax4CAH8nAgDxDQAA5KIBANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA+9MCABbcAgBjKwIAtisCAAksAgD0owkAR6QJAJqkCQDtpAkAQKUJAJOlCQDmpQkAOaYJAIymCQDfpgkAMqcJAIWnCQDYpwkAK6gJAH6oCQDRqAkAJKkJAHepCQDs6AEAmo8MAKsdCwBEDgAAUicIAKUnCAD4JwgASygIABPWCAAl8AkAePAJAMvwCQAl6QoAmuMAAGy4AgC0CwoA8Q0AAARoAgBXaAIA//0BAHiCAQB79gMAdZgDAOMBAgDs6AEAbRoLABKkBQA3twoA7ZAAAMXRAADs6AEAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAIXKBABHewMA+9MCAEWhAQAPswgAYrMIALWzCAAItAgAW7QIAK60CAABtQgAVLUIACO8CAAAAAAAAAAAAAAAAADywggARcMIAJjDCADrwwgAPsQIAJHECADkxAgAN8UIAAAAAAAAAAAAisUIAN3FCAAwxggADe4DAEAUBgCTFAYAP+kBANwWCwAvFwsAghcLAPvTAgChzQMA9M0DAGRxDgC3cQ4ACnIOAF1yDgCbhAAA//0BAHiCAQD02g0AP+kBAPoPCABNEAgAoBAIADe3CgCKtwoA3bcKADC4CgCDuAoA1rgKACm5CgB8uQoA7ZAAAKsXAAD+FwAA7ZAAAKsXAACrFwAA/hcAAO2QAACrFwAAAUcAAPvTAgAW3AIAadwCAIiDCQDbgwkALoQJAIGECQDUhAkAJ4UJAD/pAQD6DwgATRAIAKAQCABjMQ0Aax4CAOzoAQAwCwsAgwsLAGseAgB/JwIAc2QCAAFHAAAmHAIAax4CAJ4TCwDs6AEAfKsMAPvTAgAAAAAA7OgBAP/9AQBS/gEA7yUAAO8lAABCJgAAQJEAADQgDQCAdQEAmPQBAOzoAQBMAAwAJloFAHlaBQDMWgUA/fIGAOzoAQBjMQ0A+6kIAAFHAADs6AEAbRoLAO8lAAABRwAAir4JACXpCgD98gYA1QIOAHiCAQD02g0AqxcAAP4XAAB3OwEA7yUAANwWCwAvFwsAghcLANUXCwCKnAIAQJEAAJrjAABsuAIAFtwCAGncAgCIgwkAShIBAJ0SAQDHIAoAGiEKAG0hCgDAIQoAN7cKAGMrAgC2KwIACSwCAP3yBgAW3AIAadwCAIiDCQBKEgEAnRIBAMcgCgAaIQoAbSEKAMAhCgA3twoAYysCALYrAgAJLAIA/fIGAEoSAQCdEgEAxyAKABohCgBtIQoAwCEKAOc/CgA6QAoAjUAKAOBACgAzQQoAhkEKANlBCgB4ggEAy4IBAFBiAwCjYgMA7OgBAL2LAABrHgIAeIIBAAWFCABYhQgA8Q0AAEQOAAB4ggEATJkCANvdCACHiAoAS/EDAJ7xAwDx8QMARPIDAJfyAwDs6AEAtAsKAAcMCgABRwAA9boEAJ4TCwDs6AEAP+kBANwWCwBrHgIA7OgBAOc/CgA6QAoAjUAKAOBACgAzQQoAhkEKANlBCgBTAAAApgAAAHFECgDERAoAF0UKAGpFCgC9RQoAShIBAFvQBADZLA0A394BAJuEAAAFjAcAWIwHAO6EAADQPwIAV/kFAE/cCwCedAkADRALAGAQCwCzEAsABhELADe3CgCKtwoA3bcKADC4CgD//QEAwkcNAO2QAACrFwAA7OgBAD/pAQDcFgsALxcLAIIXCwDVFwsAh4gKANqICgCGJQ4A2SUOACwmDgB/Jg4A0iYOAPTaDQD98gYAVxUCAOzoAQBMAAwA9boEAJ4TCwDs6AEATAAMAFYuDAAhbAsAh4gKANqICgCGJQ4A2SUOACwmDgB/Jg4A0iYOAIeICgB7QgUA+9MCABbcAgBaQw4ArUMOAABEDgCHiAoA2ogKAIYlDgDZJQ4ALCYOAH8mDgDSJg4A5z8KAHiCAQD02g0Am4QAAHWmAQDUHQAABYUIAM1+CgAgfwoA7OgBABQJAACrFwAAWkMOAK1DDgAARA4Ah4gKANqICgCGJQ4A2SUOACwmDgB/Jg4A0iYOAP4JAgBRCgIA//0BAFL+AQCl/gEA+P4BAD/pAQDcFgsALxcLAIIXCwDVFwsAh4gKAHtCBQDOQgUAh4gKANqICgAtiQoAgIkKABKkBQDnPwoAOkAKAI1ACgDgQAoAM0EKAIZBCgDZQQoAVxUCAM6xAQDxDQAARA4AAEoSAQBb0AQAqC0CACKtAACqRQcALXUBAIB1AQCY9AEA7OgBAOc/CgA6QAoAjUAKAOBACgAzQQoAhkEKANlBCgA/6QEA3BYLAGseAgDs6AEAkAgBALupCwBaQw4ArUMOADe3CgCKtwoA3bcKADC4CgDnPwoACD8BAH8nAgDSJwIA+g8IAGiiDADtkAAA/fIGAOzoAQDF0QAALXUBAHtCBQBURwAA7OgBAAAAAADs6AEAYzENAGseAgDs6AEAf4cMAAAAAADs6AEAYzENAGseAgDs6AEAf4cMANKHDABtGgsAEqQFADALCwCAIQ0A0yENABLpBwChNA0A9DQNAIAhDQCrFwAAIq0AAL2LAAAQjAAAAUcAACZaBQB5WgUAzFoFAO2QAABAkQAAmuMAAGy4AgB4ggEAy4IBAFBiAwCjYgMA7OgBANFHCwAkSAsAIq0AAKpFBwDs6AEAP+kBAPoPCABNEAgAoBAIAHyrDADPqwwAmPQBAJ50CQBKEgEA7OgBAC11AQCAdQEA7OgBAG0aCwDZLA0AnhMLAOzoAQBjMQ0A7yUAAOzoAQBMAAwAEr8NAKdHAAD6RwAARA4AAPupCABrHgIAIq0AAO2QAAB4ggEAy4IBACKtAAB8ngIAz54CACKfAgCeEwsA7OgBAIeICgDaiAoAhiUOANklDgAsJg4AfyYOANImDgD02g0A/fIGAOzoAQCY9AEAnnQJAEoSAQBMAAwAEr8NAKdHAACY9AEAnnQJAEoSAQDxDQAA7OgBAG0aCwBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAMAsLAGseAgA0IA0ATJkCANvdCAAu3ggA7OgBAD/pAQDcFgsALxcLAIIXCwDVFwsAP+kBANwWCwBrHgIA7OgBAM6xAQD98gYA//0BACKtAABiRAwA/hcAAHc7AQDvJQAA3BYLAC8XCwCCFwsA1RcLAIqcAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAIq0AAHWtAAATWgIAZloCALlaAgD98gYAgCENAO8lAADvJQAA3BYLAC8XCwCCFwsA1RcLAIqcAgBAkQAAmuMAAGy4AgDAGgsAAUcAACZaBQDvfgsABqoBAO6EAABoawgAvYsAAGseAgBMAAwAVi4MACFsCwA/6QEA+g8IAOVJDAAVQgIAWpADAK2QAwAAkQMAU5EDAKaRAwD5kQMATJIDAJ+SAwD//QEAwkcNAAWFCABYhQgA8Q0AAEQOAAB4ggEATJkCANvdCAD98gYA+9MCAKsXAAD+FwAAdzsBAEQAAgDzAgoARgMKAJkDCgDsAwoAP+kBACXUDQAQjAAAp/oKAAFHAAAmWgUANUUGAOGVCAABRwAAir4JAKsXAADxDQAAsHoBADVFBgDhlQgAdZgDAMiYAwAFhQgAWIUIAAAAAAC9iwAALXUBAGseAgB/JwIAMAsLAGseAgA0IA0ATJkCANvdCADs6AEAmo8MAOT1AQA39gEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwD70wIABYUIAFiFCAAAAAAAvYsAAC11AQBrHgIAfycCAAX0BADs6AEAShIBAJ0SAQDHIAoAGiEKAG0hCgDAIQoA5z8KAAg/AQBbPwEATJkCAC11AQD98gYAgCENAPENAADs6AEA5z8KADpACgCNQAoA4EAKADNBCgCGQQoA2UEKAPENAABTAAAAEukHAP/hBQDvJQAABqoBAFmqAQCsqgEAfKsMAPENAAAEaAIAir4JAN2+CQBd/QYArUsBALY/CwD70wIAmPQBAEoSAQBd/QYAqxcAAAFHAACbhAAAqC0CACZaBQA1RQYA4ZUIAOzoAQA/6QEAkukBAIjCAAB4ggEA8Q0AANQdAAD91goAU7oJAP/9AQBo0wUAqC0CAJuEAAAFjAcA7OgBALQLCgAWPA0AaTwNALw8DQAFjAcA+9MCANA/AgCp4goA/OIKAE/jCgCi4woALXUBAH96AgDSegIAJXsCAO2QAACbhAAAWVYNAOzoAQBjMQ0A+6kIAAFHAADs6AEAYzENAO8lAADs6AEAShIBAF39BgCw/QYAnRIBAGseAgBAkQAAShIBAIuXAQDelwEAYysCAKKlBwCKvgkA/fIGAOzoAQD//QEAnhMLAOzoAQBtGgsA2SwNAP4XAAB3OwEAVEcAAKdHAACBFQ0A7OgBAOc/CgAIPwEAWz8BAMs8CwAePQsAcT0LAJj0AQDr9AEAYzENAGVzDACF8woA2PMKACOuCgB2rgoA7OgBAD/pAQCS6QEAzN0KAB/eCgBy3goAxd4KABjfCgBr3woAvt8KABHgCgDnPwoAOkAKAFlQAgB60QoA1B0AALQLCgAWPA0AaTwNALw8DQAirQAAfJ4CABbiDQCY9AEAvpoIABGbCACHiAoA2ogKAC2JCgB/lQoA0pUKAGW/DQB/JwIAdeQEAG/LBgDs6AEAAAAAANf/CgDs6AEAvpoIAJuEAADZLA0A/fIGAHiCAQD02g0A/fIGALQLCgDYOA0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAVxUCAPvTAgCe+AIA8fgCAET5AgBoOwMAuzsDAA48AwBhPAMAtDwDAG0aCwCoLQIAbRoLAKgtAgAAAAAANwoLAOzoAQD98gYAoGMIAL3WDQAQ1w0AY9cNALbXDQD70wIA//0BAJ4TCwABRwAAir4JAObWAgCqRQcAm4QAAFlQAgC+mggAm4QAAHWmAQDs6AEAP+kBAJLpAQDl6QEAOOoBABY8DQBpPA0AvDwNAAAAAACrFwAAAUcAAJuEAAD02wEA7OgBALQLCgAWPA0AaTwNALw8DQA1RQYA+6kIABCMAAA3nAIAMAsLAIAhDQABRwAAir4JAP/hBQABRwAAir4JAJuEAABZUAIAfycCADALCwCAIQ0AAUcAAIq+CQD/4QUAAUcAAIq+CQDxDQAAsHoBAAN7AQBWewEAqXsBAGTgCgC34AoA7OgBAP/9AQCeEwsA7OgBANFHCwCwegEAA3sBAFZ7AQCpewEAUwAAAAg/AQBbPwEAShIBAIuXAQB1mAMA1B0AACceAAB/JwIAzrEBAJwCBQD/4QUAAUcAACZaBQA1RQYAShIBAFvQBAAtdQEAgHUBAL4eAgDuhAAA7ZAAAP/9AQCbhAAA7oQAANA/AgDs6AEAmo8MAEoSAQCdEgEA8Q0AAARoAgDs6AEABYUIAFiFCABzZAIAlnMLAKsXAAABRwAA7OgBAEDIBAB8ngIAz54CACKfAgB1nwIAeIIBAJuEAAB1pgEABGgCAE8UBADnPwoACD8BAFs/AQDLPAsAHj0LAHE9CwDEPQsA7OgBAEDIBACTyAQAn/kMAPL5DABF+gwAmPoMAOv6DAA++wwA7OgBAMXRAAAtdQEAe0IFAFRHAADs6AEAtAsKANg4DQC2PwsACUALAM5CBQBAyAQAk8gEAK4+DQAirQAA7ZAAAPENAADkogEAVxUCAPOTDQBGlA0Atj8LAAlACwAtdQEAe0IFAIq+CQD98gYA7OgBAMXRAAAtdQEAe0IFAFRHAADs6AEAQMgEAJPIBACuPg0AAT8NAL2LAAD//QEAAUcAAIq+CQAjVAsAdlQLABfkCwDvJQAABqoBAFmqAQCsqgEA8Q0AAEBECwCTRAsA5kQLADlFCwCMRQsANUUGADVFBgBlcwwATAAMACZaBQB5WgUAzFoFAP3yBgDs6AEAYzENAPupCAABRwAA7OgBAIeICgDaiAoAYzENAO8lAADtkAAA/fIGAIAhDQD98gYA7OgBAEwADAAmWgUAeVoFAMxaBQAfWwUAclsFAMVbBQAlSgkAoE4LAPNOCwDxDQAABGgCAEwADAAmWgUAeVoFAMxaBQD98gYA7OgBAGMxDQD7qQgAAUcAAOzoAQCHiAoA2ogKANHZAgCjiwkA8gAMAMlUCwAcVQsAb1ULAMJVCwAVVgsAaFYLALtWCwAOVwsAYVcLALRXCwANYwsAYGMLALNjCwAGZAsA0dkCACZaBQB5WgUAzFoFAB9bBQByWwUAxVsFACVKCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAbRoLAO8lAAABRwAAir4JACXpCgBMAAwAVi4MACFsCwD//QEAwkcNAG0aCwDZLA0ALC0NAIeICgDaiAoAhiUOANklDgAsJg4A2SwNACKtAADtkAAAYzENAO8lAADs6AEAtAsKABY8DQBpPA0AvDwNAOzoAQA3twoAircKAN23CgAwuAoAlwACANg4DQC2PwsAdZgDALQLCgDYOA0Atj8LAHWYAwA3twoAircKAFEYAAC0CwoAFjwNAGk8DQC8PA0AFjwNAGk8DQC8PA0A7ZAAAC11AQBMmQIA290IAOzoAQC9iwAAEIwAAJXFAQDoxQEAO8YBAI7GAQDhxgEANMcBAIfHAQDaxwEAnXILAPByCwBDcwsA7OgBAL2LAAAQjAAAxdEAAFgJAgCrCQIAir4JAP3yBgDs6AEAtAsKANg4DQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDvJQAAQiYAAECRAACa4wAAbLgCAJj0AQDr9AEA/fIGAOzoAQA3twoAircKAN23CgAwuAoAlwACANg4DQCL6gEA3uoBADHrAQCE6wEA7OgBANFHCwAkSAsAIq0AACKtAADtkAAA8Q0AAMXRAABYCQIAjdgMAODYDAA3twoAircKAN23CgAwuAoAlwACANg4DQCL6gEA3uoBADHrAQCE6wEA1+sBANg4DQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQA6HgMAAAAAAKsXAAA6HgMAjR4DAEwADABWLgwAIWwLAEDIBACTyAQA5sgEADnJBACMyQQA38kEADALCwCDCwsA82MIAGMxDQCIRQYA20UGAOc/CgAtdQEAgHUBANFHCwAV9QwAaPUMAFlQAgAFhQgAWIUIAHXkBADI5AQAJEgLACKtAAAirQAA7ZAAAO2QAAD//QEAwkcNAG0aCwD//QEAeIIBAHXkBABvywYA7OgBAOc/CgAIPwEAWz8BABxODABvTgwAwk4MABVPDABoTwwAYzENAO8lAADs6AEAvYsAABCMAAA3nAIAipwCAN2cAgAwnQIAg50CANadAgA3twoA394BAMo0AgAmWgUA7ZAAAPENAADs6AEAYzENAO8lAADs6AEAvYsAABCMAAA3nAIAipwCAN2cAgAwnQIAg50CANadAgA3twoA394BAMo0AgCrFwAA/hcAAKyHBgDtkAAAAUcAADolAgCNJQIA4CUCAJAIAQDs6AEAYzENAP/9AQDOsQEAnAIFAP/hBQABRwAA7OgBAA0QCwBgEAsAsxALAAYRCwA3twoAircKAFEYAABtGgsAqC0CAPstAgBOLgIAoS4CAPQuAgBHLwIAmi8CAEoSAQBd/QYAAUcAAFRHAADDSQsA/fIGAOzoAQD02g0A/fIGAOzoAQAGGAoANUUGAIhFBgABRwAAJloFADVFBgDhlQgA+9MCAL2LAAAQjAAAxdEAABjSAAC+HgIAWVYNAJLwAAAC2gEABhgKAFkYCgBjMQ0A4ZUIAOzoAQBtGgsAEqQFAAYYCgCrFwAA/hcAAKyHBgDtkAAABhgKAFkYCgBMmQIAn5kCAPKZAgBFmgIAh4gKANqICgDTdQEANUUGAGVzDAAjQAIAxdEAAC11AQB7QgUAVEcAAPW6BADNfgoAAUcAAFRHAACeEwsA/gkCAFEKAgCkCgIA9woCAEoLAgA/6QEAkukBAAWMBwDxDQAAN7cKADoeAwBtGgsA7ikNAEEqDQCUKg0A5yoNADorDQCAdQEAmPQBAPvTAgCqFQIAzX4KACB/CgBzfwoAxn8KABmACgBsgAoAv4AKAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDR2QIAJloFAHlaBQDMWgUA/fIGAOzoAQBjMQ0A+6kIAAFHAADs6AEAxdEAAFgJAgAtdQEAe0IFACZaBQCAdQEAmPQBAOzoAQA/6QEA3BYLAGseAgDs6AEAYzENAIhFBgDbRQYAHlkHAHFZBwDEWQcAF1oHAGpaBwCY9AEAmPQBAGseAgB/JwIAmPQBAFO6CQCoLQIAir4JAO2QAABAkQAAmuMAAGy4AgBTAAAAT5cJAKKXCQABRwAAnwAMAPIADAA8GgwAjxoMAIkIDQDcCA0ALwkNAIIJDQDxDQAA7OgBAD/pAQCS6QEA5ekBADjqAQAFhQgAWIUIAPENAABARAsAeIIBAAFHAADs6AEA0UcLACRICwCJCA0A3AgNAC8JDQCCCQ0AAAAAAEDqCwDs6AEAP+kBAJLpAQDl6QEAqtYKALQLCgAWPA0AaTwNALw8DQDhlQgA7ZAAANFHCwDUHQAAMfgLAIT4CwDX+AsA7OgBAGMxDQBMAAwAnwAMALv8CwAO/QsAYf0LALT9CwAH/gsAWv4LAOzoAQBjMQ0AeIIBAHiCAQD02g0A/+EFAAFHAAAmWgUAgHUBAPkAAABmDQ0A8Q0AAOzoAQDRkwwAk+oLAAFHAAC9iwAAUwAAACKtAAB1rQAAE1oCAGZaAgC5WgIAShIBAJ0SAQDHIAoAGiEKAG0hCgDAIQoAm4QAAFlQAgD98gYAagAIAMXRAACrFwAAIq0AAHWtAAATWgIAZloCALlaAgABRwAAir4JACNUCwBrhQsAvoULABGGCwBkhgsAt4YLAAqHCwDUHQAA8Q0AAAAAAAAAAAAAAAAAAEDIBACTyAQA5sgEAMgGDAAbBwwAbgcMAPENAABEDgAAeIIBAPTaDQBXFQIAeIIBAMuCAQB+jA0AgHUBAO8lAADF0QAAWAkCAC0hDQDzkw0AQJEAAJrjAABsuAIA/fIGAIAhDQD//QEAUv4BADQaAgD1ugQABCkLAFcpCwBMmQIAn5kCAPKZAgB79gMA/fIGAFDzBgD8eg0AJloFADVFBgDhlQgA7OgBAMXRAABYCQIALSENADoeAwCAdQEAmPQBADALCwCAIQ0A0yENACYiDQB5Ig0AzCINAB8jDQByIw0AJloFADVFBgDhlQgA7OgBAMXRAABYCQIALSENADoeAwCAdQEAmPQBANFHCwAkSAsALXUBAHtCBQCKvgkAI1QLAPvTAgBMAAwAnwAMAPIADAA8GgwAjxoMAOIaDAA1GwwAiBsMAD/pAQCS6QEA5ekBADjqAQDaJwwAMxgEAIYYBADaNQoAzX4KALPZBgBqAAgA+6kIAAFHAADs6AEAAAAAAIAhDQBAkQAAmuMAAO3jAAAAAAAAAAAAANFHCwAkSAsALXUBAHtCBQCKvgkAI1QLAOAXBAB/4QsA0uELANrNDAA/6QEA+g8IAE0QCACgEAgAAAAAAHIqDABFoQEA7yUAAAaqAQBZqgEAosgCAPvTAgBpQwwAvEMMAAwODQBfDg0AJhwCAA9EDABPFAQAAAAAAOzoAQC9iwAAEIwAANAACwAjAQsAdgELAMkBCwAcAgsAbwILAMICCwAVAwsAFjwNAGk8DQC8PA0A//0BAMJHDQABRwAAxdEAAO2QAADtkAAAqxcAAOzoAQBMAAwAnwAMAPIADABTAAAApgAAAPkAAABPFAQAaUMMALxDDABPFAQAAUcAACYcAgAPRAwATxQEAAAAAADs6AEATAAMABK/DQAtdQEAdZgDAMiYAwAbmQMAnwAMAPIADADJVAsAHFULAG9VCwDCVQsAFVYLAGhWCwC7VgsADlcLAGFXCwC0VwsADWMLAGBjCwCzYwsABmQLAFlkCwDQPwIAqeIKAP3yBgCrFwAAYysCAFlWDQCiwQMA4wECADYCAgCS8AAAAtoBAB4NBgB8ngIAz54CACKfAgDuhAAAax4CAGNUCADxDQAA5KIBAIB1AQA6HgMAdZgDAOMBAgD14woA/fIGAOzoAQCHiAoA2ogKAAFHAACKvgkAI1QLAHZUCwCIRQYA20UGAB5ZBwABRwAAOiUCAGMxDQDhlQgA7OgBANFHCwDUHQAAMfgLAIT4CwDX+AsAnQsCAJuEAAAFjAcAWIwHAKuMBwBAyAQAfJ4CAM+eAgAinwIA//0BAJuEAADuhAAAviQNABElDQB4ggEAm4QAANA/AgA0gQsAh4ELANqBCwAtggsAgIILANOCCwAFhQgAzX4KAJI1AwDlNQMAJekKAJrjAADNfgoAUwAAAAFHAACKvgkAAAAAAAAAAAAAAAAA//0BAMJHDQDvJQAA3BYLAGseAgB/JwIAbRoLAAWMBwBYjAcAFAkAAGcJAAANEAsAw0kLABZKCwCbhAAA7yUAAAFHAACKvgkAJekKAOzoAQBtGgsABYwHAFiMBwAUCQAAZwkAAA0QCwDDSQsAFkoLALQLCgCbhAAA7oQAAKpFBwAUCQAAZwkAAA0QCwDDSQsAFkoLALQLCgCbhAAA7oQAAKpFBwAUCQAAZwkAAA0QCwDDSQsAFkoLAHv2AwCAdQEAsHoBAIB1AQAS6QcAoTQNAPQ0DQBHNQ0AmjUNAAAAAAA/6QEAkukBAOXpAQDpbAwAPG0MAOzoAQBMAAwAnwAMAPIADADazQwA0D8CAAAAAADs6AEATAAMAJ8ADADyAAwA2s0MANFHCwAkSAsALXUBAHtCBQCKvgkAI1QLAOc/CgA6QAoAP/YLAD/pAQCS6QEA5ekBAEDIBAB8ngIA4rMCACKtAADtkAAANjkGAHiCAQD02g0A/fIGAAotDABdLQwAsC0MAAMuDABWLgwAqS4MADALCwDVAg4AKAMOAL4eAgCoLQIAJloFADVFBgDhlQgAnQsCAEoSAQDxDQAATAAMAJ8ADADyAAwA2s0MAOc/CgA6QAoAP/YLAD/pAQCS6QEA5ekBANFHCwAkSAsALXUBAHtCBQCKvgkAI1QLAFcVAgBXFQIALIcMAOzoAQA/6QEAkukBAOXpAQA46gEAtAsKABY8DQBpPA0AvDwNAD/pAQBrHgIAY1QIAEoSAQBjMQ0AZXMMAIeICgCY9AEAqxcAAP4XAABrHgIAfycCAAX0BADs6AEAkvAAAL2LAAAQjAAAp/oKAPr6CgBN+woAoPsKAPP7CgBG/AoAxIkMABeKDABqigwAvYoMAEDqCwCqwgEAMfgLAIT4CwDX+AsA7OgBAA0QCwDDSQsAFkoLALv8CwAO/QsAYf0LALT9CwAH/gsAWv4LAOzoAQANEAsAw0kLABZKCwCbhAAA7oQAAKpFBwDs6AEA0UcLANQdAAAx+AsAhPgLANf4CwDs6AEADRALAMNJCwAWSgsATAAMAJ8ADAC7/AsADv0LAGH9CwC0/QsAB/4LAFr+CwDs6AEADRALAMNJCwAWSgsAAAAAAPTbAQABRwAAvYsAAGseAgB/JwIAfKsMAFMAAACmAAAAnvgCAPH4AgBE+QIAl/kCALQLCgDYOA0Ai+oBAN7qAQAx6wEAhOsBANfrAQBF9AEABYUIAM1+CgBAyAQAk8gEAObIBAA3twoAYysCALYrAgAAAAAAfKsMAM+rDABewA0AP+kBAJLpAQDl6QEAqtYKAOc/CgA6QAoAP/YLAPvTAgDhxQ0ACi0MAF0tDAD70wIA7OgBAL2LAAAQjAAAOh4DAHtCBQDOQgUAzrEBAP+wDABTAAAALXUBAHtCBQCKvgkAJekKAEyZAgAtdQEAgHUBAJI1AwCbhAAAT9wLAJ50CQDnPwoAeIIBAJuEAACoLQIA7yUAANwWCwBrHgIAShIBAOzoAQDRRwsAJEgLAC11AQB7QgUAir4JAM1+CgAgfwoA7OgBAD/pAQD6DwgA5UkMADhKDACLSgwA3koMADFLDACESwwA10sMAG0aCwDvJQAAAUcAAIq+CQAl6QoAXm0NALFtDQAEbg0AV24NAKpuDQD9bg0AetEKAOzoAQA/6QEA3BYLAC8XCwCCFwsA0UcLAAotDABdLQwAsC0MAAMuDAAV9QwAaPUMAFlQAgABRwAAir4JAG0aCwD//QEANUUGAGseAgABRwAAir4JACRICwAirQAAIq0AAO2QAADxDQAA5KIBAO8lAAAl1A0AkukBAOXpAQA46gEAF+QLAGrkCwC95AsA3BYLAC8XCwCCFwsA0UcLAAotDABdLQwAsC0MAAMuDAAV9QwAaPUMAFlQAgABRwAAir4JAG0aCwD//QEANUUGAGseAgABRwAAir4JACRICwAirQAAIq0AAO2QAADxDQAA5KIBAO8lAAAl1A0AEOULAGPlCwC25QsAdaYBAOzoAQAAAAAA7OgBAD/pAQCS6QEA5ekBAIXzCgDY8woAAAAAAAWFCADNfgoAIH8KAPvTAgC0CwoANjkGAIk5BgBZVg0AosEDANQdAAD98gYA+9MCAC11AQCAdQEA7yUAANwWCwBsuAIAosgCAPXIAgBMAAwAnwAMAPIADADazQwALc4MAMvbDAAe3AwAcdwMAD/pAQCS6QEA5ekBAIXzCgDY8woAtAsKABY8DQBpPA0AvDwNADjqAQDaJwwAMxgEAIYYBAAe8QkA2DgNAGRxDgC3cQ4ACnIOAF1yDgDnPwoAeIIBAPTaDQCbhAAAdaYBANQdAAAFhQgAWIUIAKuFCAAlKAIAfKsMAKrCAQD9wgEARaEBAL6aCAD14woANjkGAFgJAgAtIQ0AOh4DAIB1AQCY9AEAosgCAPXIAgBMAAwAnwAMAPIADADazQwALc4MAMvbDAAe3AwAcdwMAARoAgBXaAIA2SwNAP3yBgBQ8wYAWVACAP3yBgCdCwIANUUGAPupCADtkAAAQJEAAJrjAABsuAIAQ7kBAJa5AQB4ggEA9NoNAAFHAACKvgkATAAMAJuEAAB1pgEAaUMMAC11AQB/egIA/fIGAOzoAQA/6QEAkukBAOXpAQA46gEA0UcLACRICwAirQAAIq0AAO2QAADxDQAA5KIBAO8lAAAl1A0ABCIMAFciDACqIgwA/SIMAFAjDAB8qwwAz6sMACKsDAAV9QwAYAINALMCDQAGAw0AWQMNAPYjDABJJAwAnCQMAOzoAQDs6AEA+9MCAEoSAQBKEgEAW9AEAFlQAgCeEwsA7OgBAPTbAQBH3AEAmtwBAO3cAQBA3QEAk90BAKsXAADtkAAAAUcAABunAQD98gYAUwAAABLpBwD98gYAAUcAAJuEAAAFjAcA7OgBAEwADACfAAwA8gAMANrNDACS6QEA5ekBADjqAQDRRwsAJEgLACKtAAAirQAA7ZAAAPENAADkogEA7yUAACXUDQBAkQAAfycCAMXRAABYCQIAjdgMAO2QAABAkQAAfycCAEwADACfAAwA8gAMACKtAADwuAEAQ7kBAJa5AQB4ggEA9NoNAAFHAABMAAwAnwAMAPIADABtGgsA7ikNAEEqDQCUKg0A5yoNADorDQCNKw0A4CsNADMsDQD70wIAAAAAAAAAAAAtdQEAdZgDAGlDDABZUAIA7ZAAAFMAAAAIPwEAfycCAHNkAgB8ngIAqC0CAIq+CQAirQAAAAAAAAAAAAC+JA0AESUNAGQlDQC3JQ0ACiYNAF0mDQA/6QEAkukBAOXpAQCF8woA2PMKALQLCgAWPA0AaTwNALw8DQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEA8Q0AAP4JAgCrFwAA7OgBALQLCgAWPA0AaTwNALw8DQA7owYAjqMGAOGjBgA0pAYAh6QGANqkBgAtpQYAgKUGADVFBgABRwAAVEcAAKdHAACBFQ0A7OgBALQLCgAWPA0AaTwNALw8DQCrFwAA/fIGAKBjCACAdQEAmPQBAPvTAgC0CwoA2DgNACs5DQB+OQ0A0TkNACQ6DQDxDQAArUsBAJuEAADlzQUAUwAAAHiCAQD//QEANUUGAGseAgDQPwIAI0ACAECRAACa4wAAbLgCAAFHAAA6JQIAjSUCAOAlAgBlzQsA/fIGAIAhDQBlzQsAkAgBAO2QAABAkQAAmuMAAJ0LAgDwCwIAQwwCAJYMAgDpDAIAnQsCAO8lAAAGqgEAWaoBACOuCgB2rgoAAAAAANHZAgCjiwkA8gAMACYpDACS6QEA5ekBADjqAQD+CQIA/gkCAO2QAACbhAAA2SwNACKtAABrHgIAfycCAHXkBACoLQIAJloFADVFBgDhlQgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAncQAAqC0CACZaBQB1mAMA7yUAAPoPCADtkAAA/fIGAP3yBgCAIQ0A0yENABLpBwChNA0A9DQNAIAhDQCrFwAAIq0AAJ4TCwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAFMAAABTAAAAeIIBAHv2AwAirQAAfJ4CAKgtAgAmWgUANUUGAOGVCAAirQAA8LgBADiQAgBebQ0Air4JAK1LAQBnvAoAurwKAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCrFwAA/hcAAKyHBgABRwAA9boEAAQpCwAUTgIA8Q0AALB6AQDtkAAAqxcAAAFHAAAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA0mUFACVmBQB4ZgUAy2YFAB5nBQBxZwUAxGcFABdoBQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAIq+CQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAUcAAJuEAAAtdQEAgHUBAO2QAABAkQAAeIIBAJuEAACIwgAAEIwAAKf6CgCqRQcA/UUHAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQB79gMAgHUBADoeAwB7QgUAJloFAJuEAAAFjAcAe/YDAFpEAgCbhAAAqC0CACZaBQA1RQYA4ZUIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqC0CAJuEAACbhAAA7oQAAEGFAACUhQAA54UAADqGAABrHgIAfycCAPENAABEDgAA+6kIAGseAgAirQAA7ZAAAO8lAAAGqgEAWaoBACOuCgB2rgoA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCY9AEAnnQJAPF0CQDOsQEA/fIGAP/9AQAirQAAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDANJlBQAlZgUAeGYFAMtmBQAeZwUAcWcFAMRnBQAXaAUALXUBAH96AgDSegIAJXsCAHh7AgDLewIAHnwCAPENAAAEaAIAV2gCAKgtAgCKvgkA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEA6wgLAD4JCwDtkAAArUsBAGRxDgC3cQ4ACnIOAF1yDgCwcg4AA3MOAFZzDgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDrCAsAPgkLACKtAADwuAEAQ7kBAJa5AQB4ggEA9NoNAAFHAAAmWgUANUUGAOGVCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDrCAsAPgkLACZaBQB5WgUAzFoFAB9bBQByWwUAxVsFABhcBQDIYAsAG2ELAG5hCwDBYQsAFGILAGdiCwC6YgsA8k0BAOsICwA+CQsAvYsAABCMAACn+goAqkUHAP1FBwBQRgcAo0YHAPZGBwBJRwcAoGMIADVFBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDrCAsAPgkLAPENAADVogMAKKMDAPTaDQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAOsICwA+CQsAosEDAPXBAwBIwgMAm8IDAO7CAwBBwwMAlMMDAOfDAwA6xAMAjcQDAODEAwDyTQEA6wgLAD4JCwDvJQAAeIIBAJ4TCwDF0QAAWAkCAJ4TCwDxDQAA1aIDACijAwD02g0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDrCAsAPgkLAGrJAwC9yQMAEMoDAGPKAwD70wIAVEcAAGseAgBjVAgAxdEAAOzoAQC0CwoA2DgNAIvqAQDe6gEAMesBAITrAQDX6wEAAAAAAOzoAQAFhQgAWIUIAHNkAgCWcwsA6XMLADx0CwCPdAsA0UcLAGJEDAC1RAwACEUMAFtFDACuRQwAAUYMANFHCwBiRAwAtUQMAAhFDABbRQwArkUMAAFGDAC0CwoA2DgNAIvqAQDe6gEAMesBAITrAQDX6wEAfKsMAF7ADQBtGgsARkgMAGhrCAC9iwAAm4QAAG0aCwBGSAwAaGsIAL2LAACbhAAABYwHAOzoAQB8qwwAXsANALHADQAEwQ0AV8ENAKrBDQD9wQ0AUMINAKPCDQC9iwAAeIIBAHiCAQDs6AEAMAsLAIMLCwDWCwsAKQwLAO9+CwDvJQAAQiYAAECRAAA0IA0AgHUBAJj0AQDs6AEAh4gKAHtCBQCKvgkA3b4JAPENAADtkAAA7yUAAAFHAADs6AEAQMgEAJPIBADmyAQANcEMAIjBDADbwQwALsIMAJj0AQC+mggAEZsIAOzoAQBAyAQAk8gEAObIBAA1wQwAiMEMANvBDAAuwgwAiMIAAPENAADUHQAA/fIGAOzoAQD//QEAnhMLAPvTAgCqwgEAscANAAcMCgD98gYA7OgBAGMxDQDvJQAA7OgBAIeICgDaiAoAqxcAAO2QAABAkQAA7OgBALQLCgDYOA0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BANFHCwAV9QwAaPUMAKpoAgD9aAIA7OgBAEwADAD1ugQABCkLAFcpCwCqKQsAfKsMAM+rDABtGgsA//0BADVFBgBMmQIA290IALQLCgDYOA0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAMXRAABYCQIAjdgMAODYDABMAAwAEr8NAKdHAADOUAMAgwsLAGseAgB/JwIAc2QCAAFHAADs6AEAQMgEAHyeAgAW4g0AaeINALziDQBjMQ0A7yUAAOzoAQBMAAwAEr8NAKdHAAA/6QEA3BYLAHiCAQB4ggEAy4IBAMXRAAAtdQEAgHUBAJj0AQDs6AEAtAsKANg4DQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQC9iwAAax4CADQgDQCAdQEAmPQBAOzoAQANEAsAYBALANksDQD98gYAeIIBAHv2AwCAdQEAmPQBAOzoAQBjMQ0A7yUAAOzoAQBMAAwAEr8NAKdHAABa8A0ArfANAADxDQBT8Q0ApvENAPnxDQBM8g0An/INAPLyDQBF8w0AmPMNAOvzDQA+9A0A/gkCAFEKAgBQHA0A2SwNAP4XAAB3OwEAVEcAAKdHAACBFQ0A7OgBALQLCgDYOA0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAGMxDQAirQAAIq0AAIa3BQDZtwUALLgFAH+4BQAF9AQAd0gLAMpICwAdSQsAcEkLAPvTAgAAAAAAAAAAAAAAAADs6AEAN7cKAFpDDgCtQw4AAEQOAIeICgDaiAoAhiUOANklDgAsJg4AfyYOANImDgBtGgsAb8sGAP3yBgCeEwsAm4QAAFlQAgCrFwAA7OgBAG0aCwBvywYA/fIGAOc/CgCrFwAAWkMOAK1DDgAARA4Ah4gKANqICgCGJQ4A2SUOACwmDgB/Jg4A0iYOAG0aCwBvywYA/fIGAPENAAAEaAIAV2gCAAWMBwBYjAcAmPQBAJ50CQBKEgEA7OgBAIeICgDaiAoAhiUOANklDgAsJg4AfyYOANImDgD//QEAUv4BADDbBQA3nAIAeIIBAPTaDQCHiAoA2ogKAIYlDgDZJQ4ALCYOAH8mDgDr9AEA7OgBAJj0AQCedAkA8XQJADe3CgBaQw4ArUMOAABEDgCHiAoA2ogKAIYlDgDZJQ4ALCYOAH8mDgDSJg4AUwAAAAg/AQBbPwEATJkCAC11AQD98gYAgCENAECRAAB60QoABGgCAPW6BAAEKQsAqC0CAIq+CQCY9AEAnhMLAPvTAgBqyQMAvckDABDKAwBjygMAxdEAAC11AQB7QgUAVEcAAOzoAQC0CwoA2DgNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAP4JAgBRCgIATAAMAFYuDAAhbAsABYUIAFiFCABAkQAAzX4KACB/CgDs6AEA5z8KADpACgA/9gsAUwAAAEoSAQDs6AEAtAsKABY8DQBpPA0AAAAAALw8DQCf+QwAJW0EAFvQBADZLA0A/fIGAOzoAQA/6QEAkukBAOXpAQA46gEAxdEAAC11AQB7QgUAVEcAAOzoAQC0CwoA2DgNALY/CwAJQAsAzkIFAEDIBACTyAQArj4NANf/CgAqAAsAKgALAE8vDABFoQEAD7MIAGKzCAC1swgA++AMAE7hDABTAAAACD8BAFs/AQDLPAsAHj0LAHE9CwDEPQsA7OgBAEDIBACTyAQAn/kMAPL5DABF+gwAmPoMAOv6DAA++wwAe/YDAO9+CwBCfwsA/+EFAJ4TCwAirQAAda0AAMbSCgAZ0woAbNMKACOuCgB2rgoA7ZAAAECRAACa4wAAbLgCAJj0AQDr9AEAm4QAABK/DQCnRwAAgRUNANQVDQBtGgsAwBoLABMbCwBMAAwAnwAMAPIADAAmKQwAkukBAOXpAQCF8woA2PMKAFYuDAAhbAsA0UcLANQdAADtkAAATAAMABK/DQCnRwAAP+kBACXUDQB41A0Ay9QNAB7VDQDRRwsAFfUMAGj1DACqaAIA/WgCAOzoAQBMAAwA9boEAAQpCwBXKQsABYUIAFiFCAB8qwwAax4CAM1+CgAgfwoA7OgBAEoSAQBb0AQATJkCANvdCADcFgsAax4CAOzoAQBKEgEAnRIBAGseAgB/JwIAh4gKANqICgDvJQAA3BYLAGseAgBKEgEAW9AEAKgtAgAmWgUANUUGAO2QAAD/4QUAhrcFAAFHAAAmWgUANUUGAOGVCADs6AEAP+kBAJLpAQDl6QEAOOoBAD/pAQDcFgsAax4CAOzoAQBMAAwAm4QAAHWmAQASvw0Ap0cAAIEVDQDUFQ0AJxYNACAXDQBzFw0AxhcNAD/pAQCS6QEA5ekBAOlsDAA8bQwA7OgBAEwADACfAAwA8gAMAObWAgAW1QMADrEKAGGxCgC0sQoAB7IKAFqyCgCtsgoAALMKAFOzCgDykgMARZMDAJ/5DADy+QwAcsMCAMXDAgD02g0AyKYBAGegDgC6oA4ABGgCAJ4TCwCeEwsAN6MBADrKDgBOzA8A/fIGAKE8AAANoQ4AYKEOADrKDgDDhw4AmUkAAMkxEABOzA8A/fIGAE7MDwBOzA8A/fIGADrKDgCGxA8ATswPAMkxEACY9AEAJx4AAJAIAQDJMRAAkAgBAArFDgAKxQ4A/fIGAIAhDQAgHwAAkAgBAC7DAAAF9AQAk4IOAJOCDgBOzA8ABfQEAE7MDwAx+AsAnqQOAPGkDgC+Fg8AZ6AOALqgDgCWVw8AyTEQABQJAAA6yg4AnqQOAPGkDgCQCAEAPpoOAF+mDwCypg8AVN4OAJj0AQAKxQ4Am8gOAO7IDgBnoA4AuqAOAEpWDwBKEgEAXsANAArFDgDIng4ACsUOAOGVCAC+Fg8AOsoOAOBwDwBOzA8AFAkAABQJAAD3rw4ASrAOAJ2wDgDJMRAA8Q0AAP3yBgCqRQcA/fIGAPevDgBKsA4ATdgPAJAIAQD3rw4ASrAOAE3YDwAnHgAAZ6AOALqgDgAJLAIA7OgBAKy+CgA6yg4A+9MCAAFHAAAKxQ4Af3oCAP3yBgA6yg4Atx8CAJ6kDgDxpA4ACsUOAPijDgBLpA4AnqQOAJGTDwCepA4AkZMPAJCfDwAKxQ4A1LQOAPCwDgBDsQ4APpoOAPCwDgAAAAAA7OgBAPevDgBKsA4A968OAEqwDgD3rw4ASrAOAESlDgC+Fg8AxBoQABcbEABXFQIA+KMOAD6aDgCepA4A8aQOAFcVAgD98gYA7OgBAMkxEADs6AEAYxwQAG2rDgCTIRAAOsoOADrKDgBPFAQATxQEAE8UBAD70wIABYwHAMJHDQBArAgAwkcNAC7CDAAuwgwAAUcAAGx5CwDxnQ8AkvAAAPENAADxDQAAXrkOAMXRAACS8AAACsUOAPENAADF0QAACsUOAArFDgAKxQ4ACsUOAArFDgA+mg4APpoOAArFDgAKxQ4ACsUOAArFDgAKxQ4ACsUOAD6aDgA+mg4APpoOAArFDgAKxQ4ACsUOAD6aDgA+mg4ANL8OAD6aDgA+mg4ACsUOAOzoAQDs6AEAGMMOAA22CwDs6AEAyTEQAGseAgAPswgA7OgBAPENAADxDQAACsUOAArFDgB4ggEAkyEQAPevDgBKsA4A+9MCADrKDgDJMRAA8Q0AAE/HDgDs6AEAKZ4CANQdAACeEwsAvpoIAKsXAAD98gYAvVoHAP3yBgDpqg8AOsoOAAsFEACTIRAA8Q0AALpOAgDF0QAAxdEAAMXRAADJMRAAxdEAAMQpAgBZVg0AyTEQALpOAgDJMRAAU0UCAK/KDwBIwQ8Am8EPAHHODgDJMRAAUwAAAKsXAACAIQ0Aw4cOAJ4TCwAAkA8AUwAAAK/KDwAUCQAAFAkAABQJAACBWg8AOsoOAMOHDgAEaAIAnhMLANjXDgDPlwMA0X8DAPxsDwA1gwkAHDIQAG/LBgA+mg4AX6YPALKmDwDmfAMA968OAEqwDgBN2A8AduUOAD6aDgDJMRAAK8sEADQSDwA+mg4ACsUOAArFDgD3rw4ASrAOAArFDgCbyA4A7sgOAEQOAAA6yg4Aw4cOAMkxEADs6AEAOsoOAJMhEACbyA4A7sgOAOzoAQAyygQA0X4PAAYYCgDJMRAAxVsFAMkxEAAlSgkAUvYOADrKDgBN3w4AAUcAAMkxEAAEaAIA9NoNADrKDgCGxA8AkvAAANF+DwAcMhAACsUOAJvIDgAcMhAACsUOADQSDwDAIQoAwa4AAP/9AQA+mg4AX6YPALKmDwD3rw4A3KAPAEDqCwDpVw8Aw4cOAPENAACQCAEA1+MOAKtUDwABRwAAAUcAAD6aDgBfpg8AsqYPAE3fDgABRwAAAUcAAAFHAAABRwAAyZIOACnwDgAhbAsA//UOADrKDgAKxQ4Am8gOAO7IDgCX+A4AdPAEAMOHDgD/vgoAHDIQAArFDgAcMhAACsUOADwFDwCPBQ8A4gUPAO2QAAAI3Q4AW90OAK7dDgAB3g4AGV0PADwFDwCPBQ8A4gUPAMmSDgCSgQQAPpoOAF+mDwCypg8ATd8OAHGeCQDJMRAABGgCAJ4TCwDJMRAA0X4PAMOHDgBPFAQA7XsDAIq+CQAKxQ4Am8gOAO7IDgBS9g4AIB8AAD6aDgBfpg8AsqYPAMkxEAD70wIATd8OAIGLCAABRwAAAUcAAJ0DDwDwAw8AQwQPAMVbBQCdAw8ACsUOAKqzDwA+mg4AHDIQAArFDgCbyA4AHDIQAPTaDQDs6AEAkyEQAJvIDgDuyA4AaccFADrKDgCGxA8AyTEQANUXCwA6yg4AyTEQABuLBQAKxQ4APpoOABwyEACepA4A8aQOAP3yBgA1WQ8APAUPAI8FDwDiBQ8AkyEQAJvIDgDuyA4A2NcOAARoAgD02g0ACsUOAD9QCwDJMRAA9NoNAOzoAQCKlA8A/fIGAEyZAgAKxQ4Am8gOAO7IDgDJkg4AkAgBADrKDgDJMRAAVi4MAMOHDgB60QoAPpoOAArFDgA+mg4ACsUOABwyEAAcMhAAHDIQAArFDgAKxQ4ACsUOAJvIDgDuyA4AkyEQALDFDgBMNxAAOsoOAEw3EACdAw8ACsUOAD6aDgBfpg8AsqYPAD6aDgBfpg8AsqYPAMkxEAA8qw8AJekKAMkxEAD02g0AyTEQAJ3oBgDDhw4A7OgBAAX0BACQCAEAyTEQAMkxEAAEaAIAyTEQAARoAgDJMRAABGgCABwyEAAKxQ4Am8gOAO7IDgD02g0ACsUOAJvIDgDuyA4AOsoOAAAAAACGxA8AIWwLAD6aDgBfpg8AsqYPAO4UEADJMRAAr8oPAAFHAADvYg8A3KAPAG/LBgBKqQ8AnakPAE3YDwCeEwsACsUOAJvIDgDuyA4AOsoOADrKDgAKxQ4Am8gOAO7IDgBLKAgAAAAAADE2DwCENg8A1zYPAL1aBwCqsw8A/bMPAFC0DwDJMRAAyZIOACXpCgCYmgIA9NoNADrKDgDJMRAAAJAPAD8LCQDJkg4AyTEQAOGVCAC+Fg8A968OAEqwDgCepA4A8aQOAD6aDgBfpg8AsqYPAJI1AwA6yg4AyTEQAJp7AwAKxQ4ACsUOAJvIDgDuyA4A/fIGACAfAAAKxQ4ANqAPAArFDgCbyA4A7sgOADIjEAAAAAAAPpoOAF+mDwCypg8AOsoOAE3fDgDDhw4AOsoOALebCADRfg8Aw4cOAPASAQAAAAAAyTEQANF+DwDDhw4A8BIBACJEDwA+mg4AX6YPALKmDwDwqQ8AsMUOAMkxEADhlQgACsUOAJvIDgDuyA4AyTEQAJ4TCwDDgA8A7OgBAC9ODwAKxQ4AkvAAAKUnCAABRwAACwUQAJ4TCwAF9AQAyTEQAECRAAAwlQ8AkjUDAOERDwDs6AEA7OgBADrKDgBN2A8A5iEQAJAIAQC+Fg8A7OgBAEpWDwB7QgUATd8OAOERDwCAdQEAIkQPAHVEDwD98gYAAAAAAAAAAAAAAAAAyTEQANF+DwAAAAAAAAAAAAAAAABKVg8AkAgBAMkxEACvyg8A0X4PAP3yBgAKxQ4ANBIPADQSDwAKxQ4AsMUOAKLIAgAIKRAAX6YPALKmDwBN3w4AkyEQALDFDgBPFAQAPpoOAE8UBADtkAAAAUcAAMLLBgDJMRAAm4QAAMLLBgAcMhAAnGIPAOERDwD3rw4ASrAOAESlDgBN3w4AyTEQAJ4TCwAKxQ4AyTEQAJp7AwDs6AEAOsoOAJp7AwAKxQ4Am8gOAO7IDgByaA8AxWgPAE8UBABPFAQAyTEQAJp7AwCaewMAMsoEAIqUDwDDhw4AAAAAAMkxEADJMRAA7ZAAADyrDwDs6AEAyTEQAOBwDwAUCQAAUdIJAJj0AQAXdQ8AanUPAFMAAABTAAAAxVsFADrKDgDs6AEAyTEQAMkxEACrFwAAPpoOAF+mDwCypg8Aow4PANUXCwDmfAMACsUOAJvIDgDuyA4AfKsMAPevDgDcoA8A5JMPAOBwDwDhlQgA4HAPAOBwDwD98gYAqxcAAPevDgDcoA8ASrAOAD6aDgA6yg4A4HAPADNxDwCGcQ8AQHsPABqkDwAKxQ4AmnsDADrKDgCntQgAdrwIAAAAAAAgXA8Ac1wPAAAAAAAAAAAAg8YIAOYUBgDVFwsAOsoOAMkxEADJMRAAMJUPAAFHAAA6yg4AyTEQAF7ADQA6yg4AkAgBAOzoAQAKxQ4Am8gOAO7IDgDJMRAA7OgBAMkxEADs6AEAyTEQAJAIAQA4iA8AkAgBAOzoAQDJMRAAFAkAADiIDwAUCQAA3ogPAJ4TCwDJMRAAPKsPAGBAEAA6yg4AYEAQAMkxEABgQBAAPKsPAOGVCAA4iA8A+9MCAAAAAACeEwsACsUOAJvIDgDuyA4AyTEQAF7ADQCQCAEAw4cOAPENAADxDQAAw4cOAPTaDQA8qw8A+9MCAD6aDgBfpg8AsqYPAArFDgCbyA4A7sgOAOzoAQB/JwIAyTEQAOzoAQDJMRAAOsoOACR/DwDs6AEA7OgBAAX0BAAu3ggAOsoOABQJAADJMRAAOIgPAOzoAQCepA4A8aQOACPlDgBewA0ACUALADrKDgABRwAATJkCAAFHAACTIRAAm8gOAO7IDgA6yg4A+JwPAP3yBgCeEwsAxD0LAPvTAgAb6w8A3KAPAP+qAQDs6AEA8Q0AAAAAAAB60QoAAAAAAJGTDwBZmw8ArJsPAP+bDwDJMRAAkyEQAJvIDgDuyA4A7OgBABQJAABPFAQATxQEAJqPDADs6AEAPpoOAOzoAQA6yg4A+9MCADrKDgAHPQMAr8oPAK/KDwB8qwwAOsoOAMkxEADs6AEA968OAEqwDgCTIRAAm8gOAO7IDgCTIRAA7OgBAP3yBgDJMRAA/fIGAFKcDwBk4AoA4ZUIABQJAACiFAQA0wwQAAE/DQCS8AAAyTEQAJ6kDgDxpA4A30ULABvrDwAtiQoA7OgBABKxDwDs6AEALYkKAJPODwC4sQ8AWWQLAKrCAQA+mg4AX6YPALKmDwDs6AEAyTEQAMkxEACTIRAABGgCAARoAgCTIRAAkyEQAP3yBgDOqQ4AIaoOAOi2DwAZtw4APpoOAArFDgCwxQ4APvUBAG0aCwDkogEA8LAOAD6aDgCNHgMAqsIBADLKBABGZAgALkYGAJj0AQABRwAAG+UEAP3yBgDJMRAA9NoNAKbjDwApngIAHTUCACmeAgAdNQIA7S8CAAYYCgAcMhAAmJoCAMkxEAAUCQAA7OgBAGy3DgDUHQAAjR4DAGMcEADs6AEAOsoOAD6aDgBfpg8AsqYPAL1aBwAKxQ4AosgCAJPODwC4sQ8A1QkNAPevDgBKsA4A1QkNAJPqCwD3rw4ADZoPAJMhEAA2oA8AyTEQAOzoAQDvJQAA7yUAAJj0AQCdCwIAk4IOAL3IDwBlzQsAhsQPAOzoAQDJMRAA7OgBAHZUCwB5ug8AQOoLAOzoAQDs6AEA7OgBAMEHDAAegwEA3BYLANIYEAAKxQ4AmPQBAKopCwDSGBAA+9MCANIYEAD70wIAOsoOAOzoAQDs6AEAk84PALixDwDJMRAA968OAEqwDgBN2A8AIH8KAOzoAQDs6AEA7OgBACPlDgDs6AEAy8YPAC3ODADxDQAAxSoMAJ6kDgA6yg4AuQ0NAA7hDwCyDg0AYeEPAL4WDwATpQ8AkyEQALDFDgCTzg8A2s0MAJOCDgC+Fg8ADuEPAL4WDwBh4Q8AvhYPAJPODwC4sQ8Ao7QPAFMAAABqAAgAAUcAAAWuDgDxDQAA7OgBAC2JCgC4sQ8A7OgBAOSTDwDQPwIAZCUNAJ4TCwAgfwoA/fIGAOzoAQDs6AEA7OgBAMkxEABpSgsAaUoLAGlKCwBpSgsAmPQBAJj0AQDtNQ0A7OgBAPevDgCD6A8Ak84PAHEaEADs6AEAk84PAC3ODADs6AEATswPAGnUDwD3rw4AvNQPAOzoAQA42w8Ai9sPAFYSEADe2w8A7OgBAOzoAQCTzg8ALc4MAE7MDwBp1A8A968OALzUDwDs6AEALIcMAD3yDwD3rw4ASrAOAJMhEACwxQ4A7OgBABvrDwCajwwAmo8MAHSjDwCJ8w8AGqQPAP3CAQBpSgsAaUoLAGlKCwBpSgsA7OgBAL4kDQB4zQ4A8LAOADWzDgAgfwoANcEMAAksAgD3rw4ADZoPAE7MDwA6yg4AONsPADrKDgCajwwA+9MCAGXNCwBlzQsA7OgBANUXCwA42w8Ai9sPAP3yBgD98gYAeNQNAPevDgBKsA4A1RcLADjbDwCL2w8A/fIGAP3yBgB41A0AxMcPABfIDwD3rw4A3KAPAJCfDwAAAAAAOsoOAMkxEAA6yg4AosgCAArFDgCTzg8AxNwMAPevDgDcoA8AEgQQALcQEACTIRAANqAPAPvTAgBKsA4ATdgPAIq+CQDJMRAAeCgCAFMAAADSGBAAk84PAMTcDAABRwAACsUOAP3yBgDs6AEA968OAEqwDgB41A0AIqwMAPvTAgD70wIARaEBAEWhAQBFoQEARaEBAPvTAgA6yg4ARaEBAOzoAQDs6AEA7OgBAAAAAAAAAAAAk84PAHEaEAD3rw4ASrAOAHjUDQDJMRAA4NgMAMkxEACTzg8Air4JAMkxEACTzg8AYxwQADrKDgDs6AEA7OgBAJ4TCwCrFwAA/fIGAO2QAADs6AEAsCYNAPvTAgD3rw4A3KAPAPTMDwCTIRAAm8gOAPijDgBRCgIAvcgPAAkdEABcHRAArx0QAAIeEACTIRAAsMUOANOlBgCTIRAAOsoOAO0gEAD70wIA9NoNAP3yBgAKxQ4Amo8MAJAIAQCGxA8AkAgBAIbEDwCepA4AkZMPAJAIAQDs6AEAk84PALixDwD3rw4ASrAOAFEKAgC4BBAAuAQQAFEKAgA+mg4APpoOAD6aDgA8BQ8APpoOAD6aDgA+mg4APpoOAJ6kDgCRkw8APpoOADwFDwA+mg4AWKcPAD6aDgBYpw8APpoOAFinDwCqsw8AWKcPAD6aDgBYpw8APpoOAFinDwC82w4AWKcPAD6aDgBYpw8ACN0OAFvdDgCdsA4A7OgBAOzoAQD70wIAOsoOAKsXAADwsA4AO7cPALThDwC04Q8A8LAOAEOxDgAFjAcAFTMQAPvTAgD70wIA8Q0AAPENAACo0g4AOsoOAP3CAQA+mg4AyTEQACKsDADJMRAAPpoOAMOHDgDJMRAAw4cOAD6aDgBfpg8Aw4cOAOs4EAA+ORAAPpoOAPvTAgAZsA8AOsoOAOzoAQDs6AEA7OgBAGBAEADs6AEA7OgBAOzoAQBgQBAA7OgBAKuMBwBgQBAAyTEQANImDgDs6AEA7OgBAGBAEAA6yg4ACN0OAFvdDgCu3Q4APpoOAPJNAQBOzA8AadQPAOzoAQCTIRAAsMUOAPevDgBKsA4ATdgPAAE/DQB9AAsABAYQANMMEAD02g0AbpgPAJGTDwCQnw8AQOoLAArFDgA2oA8AQOoLAMkxEAAFjAcA7hQQAOKrDwCTzg8AuLEPAPevDgDcoA8AEgQQAMkxEADDhw4AqikLAKsXAADJMRAA4ZUIAPevDgBKsA4ATdgPAGlDDADuFBAAlBUQAPevDgCD6A8Ak84PANrNDADJMRAA","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAAAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIADAAAAAQAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAgAEAAAAAAACAAQAAgAAAAIABAAAAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAIAAQAABgAACAAAQAAAoCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAABAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAACAAEAAAYAAAgAAEAAAKAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAgABAAAGAAAIAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAACAAAAAACAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAgABAAAGAAAIAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAIAAQAABgAACAAAQAAAoCMQgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAgABAAAGAAAIAABAAACgIxCAAAAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAACAAEAAAYAAAgAAEAAAKAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAIAAQAABgAACAAAQAAAoCMQgAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAACAAEAAAYAAAgAAEAAAKAjEIAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAgABAAAGAAAIAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAABAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAgABAAAGAAAIAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAIAAQAABgAACAAAQAAAoCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAACAAEAAAYAAAgAAEAAAKAjEIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAgABAAAGAAAIAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAgABAAAGAAAIAABAAACgIxCAAAAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAgABAAAGAAAIAABAAACgIxCAAAAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAABAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAACAAEAAAYAAAgAAEAAAKAjEIAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAgABAAAGAAAIAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAgABAAAGAAAIAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAACAAEAAAYAAAgAAEAAAKAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAEAAAAAAAAAAACAAAgAAAAAAIAAQAABgAACAAAQAAApCMQgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAIACAgAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAABAAAAAAAAAAAAABAAAAAQAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAACAAEAAAYAAAgAAEAAAKAjEIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAEUAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAgAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAACAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAgAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAIAACAAAEAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAgAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAABAAAAAAAAAAAAgAAAAAACAAAAAAEAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAgABAAIGAAAIAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAgAAAAAAAABIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAIAAQAABoAACAAAQAAAoCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAABAAAAAAAAAAAAgAAIAAAAAACAAEAAAaAAAgAAEAAAKQjUIAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAEAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAgACAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAIAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAQAAAoCMQgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAACAAEAAAYAAIgAAEAAAKAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAgABAAAGAAAIAAhAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAQAAAAAAAAAAAAAAgACAAAAAAAAAAIAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgACAAAAAAAAAAIAABABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAQAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAMAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAACAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAgABAAAGAAAIAABAAACgIxiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAQgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIABCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAACAAEAAAYAAAgAAEAAAKAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAACAAEAAAYAAAgAAEAAAKAjEIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAIAAQAABgAACAAAQAAAoCMQgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAMAAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgACAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAIAAQAABgAACAAAQAAAoCMQgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAEAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAEA"},"index":{"lists":[[81,83,84,85],[1,2,4,7,8,29,30,31,32,33,36,37,38,39,42,43,44,45,46,47,48,49,53,58,59,61,62,63,64,65,66,67,68,69,70,71,72,76,77,78,79,81,83,84,85,89,94,95,122,125,126,128,139,140,141,142,143,144,145,146,147,155,158,168,169,173,174,177,186,187,191,195,197,198,199,200,202,204,205,207,210,211,212,213,227],[1,2,4,7,8,29,30,31,32,33,35,36,37,38,39,42,43,44,45,46,47,48,49,53,54,58,59,61,62,63,64,65,66,67,68,69,70,71,72,75,76,77,78,79,81,83,84,85,89,94,95,101,122,125,126,128,139,140,141,142,143,144,145,146,147,155,158,168,169,170,173,174,177,186,187,191,195,197,198,199,200,202,204,205,207,210,211,212,213,216,217,218,227],[51,74,81,83,84,85,176,216,233],[81,83,84,85,113,114,115,219,220,221,222,223,224,225],[50,52,81,83,84,85],[81,83,84,85,207,226],[63,81,83,84,85,94,95,120,121,207,212,213],[81,83,84,85,113,114,115],[49,56,61,64,68,69,81,83,84,85,105,113,114,115,116,133,146,147,149,153,161,163,169,171,172,173,174,185,192,193,194,201,227],[15,16,17,23,24,81,83,84,85,93,152,165],[81,83,84,85,117,239],[6,81,83,84,85],[1,8,81,83,84,85,113,114,115,154,195,199,200,227],[10,81,83,84,85,113,114,115,119,195,199,200,227],[32,81,83,84,85,113,114,115,177,195,199,200,211,227],[18,81,83,84,85,113,114,115,142,164,195,199,200,215,227],[0,2,4,5,21,22,25,26,78,81,83,84,85,113,114,115,136,142,148,151,177,179,195,196,199,200,203,206,208,227,228,231,234,235,238,240],[3,9,12,21,25,26,28,35,38,39,57,60,79,80,81,83,84,85,89,91,97,98,100,106,113,114,115,118,123,126,129,136,142,150,157,159,160,166,177,178,189,195,199,200,227,236,241],[81,83,84,85,113,114,115,195,199,200,227],[81,83,84,85,113,114,115,142,195,199,200,227],[7,81,83,84,85,113,114,115,195,199,200,227],[81,83,84,85,113,114,115,195,199,200,227,232],[77,81,83,84,85,113,114,115,142,195,199,200,217,227,229,230],[72,80,81,83,84,85,92,96,107,113,114,115,138,181,195,199,200,217,227],[11,35,81,83,84,85,91,99,113,114,115,128,129,156,195,199,200,227],[4,27,55,81,83,84,85,113,114,115,142,195,199,200,227],[11,41,81,83,84,85,113,114,115,128,195,199,200,227],[13,14,34,46,81,83,84,85,90,102,104,108,113,114,115,124,130,131,132,134,135,137,145,162,167,168,180,183,188,190,191,195,199,200,209,214,227],[8,81,82,83,84,85,113,114,115,195,199,200,227],[11,81,83,84,85,113,114,115,195,199,200,227],[81,83,84,85,88,103,109,110,111,112,127,182,184,237],[53,81,83,84,85],[19,20,81,83,84,85,113,114,115,195,199,200,227],[29,81,83,84,85],[30,31,33,36,37,81,83,84,85],[40,44,45,47,81,83,84,85],[43,62,81,83,84,85],[43,81,83,84,85,86,87],[43,63,65,81,83,84,85],[43,81,83,84,85],[48,62,81,83,84,85,202],[62,81,83,84,85,202],[63,65,71,81,83,84,85,218],[65,81,83,84,85],[70,76,81,83,84,85,202,218],[73,81,83,84,85,175],[81,83,84,85,143],[81,83,84,85,144],[81,83,84,85,202],[81,83,84,85,218],[67,81,83,84,85,205],[67,81,83,84,85,205,216],[67,81,83,84,85,186,187,205],[67,81,83,84,85,205,207],[63,67,81,83,84,85,94,95,205,207,212,213],[67,75,81,83,84,85,186,187,205],[49,54,58,59,61,64,66,67,68,69,81,83,84,85,146,147,158,169,170,173,174,186,187,205,227],[1,8,67,81,83,84,85,186,187,195,197,198,199,200,205,210,227],[67,81,83,84,85,186,187,195,197,198,199,200,205,227],[32,67,81,83,84,85,177,186,187,195,197,198,199,200,205,211,227],[67,81,83,84,85,142,186,187,195,197,198,199,200,205,227],[2,4,67,78,81,83,84,85,142,177,186,187,195,197,198,199,200,204,205,227],[35,38,39,67,79,81,83,84,85,89,122,126,142,177,186,187,195,197,198,199,200,205,227],[67,81,83,84,85,155,186,187,195,197,198,199,200,205,227],[7,67,81,83,84,85,101,186,187,195,197,198,199,200,205,227],[67,77,81,83,84,85,142,186,187,195,197,198,199,200,205,217,227],[67,72,81,83,84,85,186,187,195,197,198,199,200,205,217,227],[35,67,81,83,84,85,128,186,187,195,197,198,199,200,205,227],[4,67,81,83,84,85,142,186,187,195,197,198,199,200,205,227],[67,81,83,84,85,122,125,128,186,187,195,197,198,199,200,205,227],[46,67,81,83,84,85,122,145,168,186,187,191,195,197,198,199,200,205,227],[8,67,81,83,84,85,186,187,195,197,198,199,200,205,227],[53,67,81,83,84,85,205],[67,81,83,84,85,186,187,195,199,200,205,227],[29,67,81,83,84,85,205],[30,31,33,36,37,67,81,83,84,85,205],[44,45,47,67,81,83,84,85,205],[42,43,62,67,81,83,84,85,205],[43,67,81,83,84,85,205],[43,63,65,67,81,83,84,85,205],[48,62,67,81,83,84,85,139,202,205],[62,67,81,83,84,85,202,205],[63,65,67,71,81,83,84,85,141,205,218],[65,67,81,83,84,85,205],[67,70,76,81,83,84,85,202,205,218],[67,81,83,84,85,140,205],[67,81,83,84,85,141,205],[67,81,83,84,85,143,205],[67,81,83,84,85,144,205],[67,81,83,84,85,202,205],[67,81,83,84,85,205,218]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,20,21,19,19,22,23,24,25,19,26,27,28,29,19,20,30,19,19,31,0,0,32,33,0,13,14,15,16,17,18,19,19,20,21,19,19,22,23,24,25,19,26,27,28,29,19,20,30,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[9135,36],[215,37],[10095,38],[10003,39],[8595,40],[10008,41],[10007,42],[10004,43],[8730,44],[10006,45],[8505,46],[9762,0],[9888,0],[8617,0],[8226,47],[9472,48],[10060,49],[9654,50],[65123,50]],"plainDefault":0,"spaced":[51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,52,53,51,51,51,51,51,51,54,51,55,56,51,57,57,57,57,57,57,57,57,57,57,51,51,51,51,51,51,51,58,59,60,61,62,63,64,59,61,65,59,59,59,66,67,68,59,69,70,71,72,59,61,59,59,59,51,51,51,73,74,51,58,59,60,61,62,63,64,59,61,65,59,59,59,66,67,68,59,69,70,71,72,59,61,59,59,59,51,51,51,51,51],"spacedOther":[[160,51],[5760,51],[8192,51],[8193,51],[8194,51],[8195,51],[8196,51],[8197,51],[8198,51],[8199,51],[8200,51],[8201,51],[8202,51],[8232,51],[8233,51],[8239,51],[8287,51],[12288,51],[65279,51],[9676,75],[9679,76],[9135,77],[215,78],[10095,79],[10003,80],[8595,79],[10008,81],[10007,82],[10004,83],[8730,84],[10006,85],[8505,51],[9762,86],[9888,86],[8617,87],[8226,88],[9472,89],[10060,90],[9654,91],[65123,91]],"spacedDefault":51,"blank":51}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[61,63,64,65],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,39,42,43,45,46,47,48,49,50,51,52,53,54,55,57,58,59,60,61,63,64,65,68,72,73,91,92,93,94,100,101,102,103,104,105,106,107,114,117],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,39,40,42,43,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,63,64,65,68,72,73,78,91,92,93,94,100,101,102,103,104,105,106,107,114,117],[37,56,61,63,64,65],[61,63,64,65,85,86,87],[36,38,61,63,64,65],[47,61,63,64,65,72,73,89,90],[35,41,45,48,52,53,61,63,64,65,81,85,86,87,88,96,106,107,109,112,118],[5,6,12,13,61,63,64,65,71,112],[61,63,64,65,88],[61,63,64,65,85,86,87,113],[1,61,63,64,65,85,86,87,88],[7,61,63,64,65,85,86,87,103],[10,11,14,15,59,61,63,64,65,85,86,87,99,103,108,111],[0,3,10,14,15,17,23,26,27,41,44,60,61,63,64,65,68,69,75,76,77,82,85,86,87,88,93,94,99,103,110,116,118],[61,63,64,65,85,86,87,103],[61,63,64,65,70,82,85,86,87,99],[2,23,61,63,64,65,69,76,85,86,87,94,115],[16,40,61,63,64,65,85,86,87,103],[2,61,63,64,65,85,86,87,94],[4,22,32,61,63,64,65,68,79,80,82,85,86,87,94,95,97,98,99,105],[61,62,63,64,65,85,86,87],[2,61,63,64,65,85,86,87],[61,63,64,65,68,79,83,84,93],[39,61,63,64,65],[8,9,61,63,64,65,85,86,87],[20,61,63,64,65,85,86,87],[61,63,64,65,85,86,87,92],[58,61,63,64,65,85,86,87],[55,60,61,63,64,65,74,85,86,87],[28,61,63,64,65,85,86,87],[18,61,63,64,65],[19,20,21,24,25,61,63,64,65],[27,31,32,33,61,63,64,65],[30,46,61,63,64,65],[30,61,63,64,65,66,67],[30,47,49,61,63,64,65],[30,61,63,64,65],[34,46,61,63,64,65],[46,61,63,64,65],[47,49,55,61,63,64,65],[49,61,63,64,65],[54,57,61,63,64,65],[56,61,63,64,65],[61,63,64,65,104],[61,63,64,65,105],[51,61,63,64,65],[51,56,61,63,64,65],[47,51,61,63,64,65,72,73],[35,40,42,43,45,48,50,51,52,53,61,63,64,65,106,107,117],[51,61,63,64,65,103],[51,59,61,63,64,65,103],[23,26,27,51,60,61,63,64,65,68,91,93,94,103],[51,61,63,64,65,114],[51,61,63,64,65,78],[23,51,61,63,64,65,94],[40,51,61,63,64,65,103],[51,61,63,64,65,91,92,94],[32,51,61,63,64,65,68,91,94,105],[51,61,63,64,65,68,93],[39,51,61,63,64,65],[20,51,61,63,64,65],[51,61,63,64,65,92],[51,58,61,63,64,65],[51,55,60,61,63,64,65],[18,51,61,63,64,65],[19,20,21,24,25,51,61,63,64,65],[27,31,32,33,51,61,63,64,65],[29,30,46,51,61,63,64,65],[30,51,61,63,64,65],[30,47,49,51,61,63,64,65],[34,46,51,61,63,64,65,100],[46,51,61,63,64,65],[47,49,51,55,61,63,64,65,102],[49,51,61,63,64,65],[51,54,57,61,63,64,65],[51,61,63,64,65,101],[51,61,63,64,65,102],[51,61,63,64,65,104],[51,61,63,64,65,105]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,4,12,13,14,4,4,15,4,4,4,4,15,16,17,4,18,19,20,21,4,15,22,4,4,23,0,0,24,25,0,4,4,26,4,4,27,4,4,4,4,4,4,4,28,29,4,4,4,30,27,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,31],[9679,32],[9135,33],[215,34],[10095,35],[10003,36],[8595,37],[10008,38],[10007,39],[10004,40],[8730,41],[10006,42],[8505,43],[9762,0],[9888,0],[8617,0],[8226,44],[9472,45]],"plainDefault":0,"spaced":[46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,47,46,46,46,46,46,46,46,46,46,48,47,46,49,49,49,49,49,49,49,49,49,49,46,46,46,46,46,46,46,46,46,46,50,51,52,53,46,50,54,46,46,46,50,46,55,46,56,57,58,46,46,50,46,46,46,59,46,46,60,46,46,46,46,61,46,46,62,46,46,46,46,46,46,46,63,64,46,46,46,46,62,46,46,46,46,46,46,46,46,46,46,46],"spacedOther":[[160,46],[5760,46],[8192,46],[8193,46],[8194,46],[8195,46],[8196,46],[8197,46],[8198,46],[8199,46],[8200,46],[8201,46],[8202,46],[8232,46],[8233,46],[8239,46],[8287,46],[12288,46],[65279,46],[9676,65],[9679,66],[9135,67],[215,68],[10095,69],[10003,70],[8595,69],[10008,71],[10007,72],[10004,73],[8730,74],[10006,75],[8505,47],[9762,76],[9888,76],[8617,77],[8226,78],[9472,79]],"spacedDefault":46,"blank":46}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

// src/classify/scan.ts
var WS = [9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279];
var IS_WS = new Uint8Array(65536);
for (const c of WS) IS_WS[c] = 1;
function canonicalize(c) {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  const s = String.fromCharCode(c);
  const upper = s.toUpperCase();
  if (upper.length !== 1) return c;
  const u = upper.charCodeAt(0);
  return c >= 128 && u < 128 ? c : u;
}
var UNKNOWN = 65535;
var TAGGED = 1 << 31;
function encodeInts(values) {
  const bytes = Buffer.alloc(values.length * 4);
  for (let i = 0; i < values.length; i++) bytes.writeInt32LE(values[i], i * 4);
  return bytes.toString("base64");
}
var LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
function decodeInts(text) {
  const bytes = Buffer.from(text, "base64");
  if (LITTLE_ENDIAN) return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const values = new Int32Array(bytes.length / 4);
  for (let i = 0; i < values.length; i++) values[i] = bytes.readInt32LE(i * 4);
  return values;
}
function alphabet(canon) {
  const canonClass = /* @__PURE__ */ new Map();
  canon.forEach((c, n) => canonClass.set(c, n + 1));
  const classOf = new Uint16Array(65536).fill(UNKNOWN, 128);
  for (let c = 0; c < 128; c++) classOf[c] = canonClass.get(canonicalize(c)) ?? 0;
  return { width: canon.length + 1, canonClass, classOf };
}
var AnchorScanner = class {
  /** Each character's class: 0 for a character no anchor holds; UNKNOWN until a non-ASCII one is met. */
  classOf;
  canonClass;
  width;
  /**
   * The transitions, each a state's row offset (its number × width), so that a step is one load.
   * States with an output are numbered last: from `firstOutput` on.
   */
  delta;
  /** Each state's failure link, as a row offset, by state number. */
  failOffset;
  firstOutput;
  /** The outputs of the states from `firstOutput` on, by number − firstOutput / width. */
  out;
  ascii;
  /**
   * The transitions again, as a scan reads them: a row per state whose columns are the ASCII
   * characters themselves (no class lookup on the way), then class 0 beyond ASCII, then each
   * non-ASCII class. A row is the state's number + 1, shifted left by `shift` (0: a transition not
   * yet looked up, taken from `delta` when a line first needs it). Zeroed memory is only touched
   * where a scan goes.
   */
  wide;
  shift;
  /** The class of each column of `wide`, and the column of each class. */
  columnClass;
  classColumn;
  /** Each character's column in `wide` beyond ASCII: UNKNOWN until first met. */
  columnOf = new Uint16Array(65536).fill(UNKNOWN, 128);
  /** The first row of `wide` with an output. */
  firstOutputRow;
  /** Words of tag bits per state (from `firstOutput` on, as `out`). */
  tagWords;
  /** How many 32-bit words a line's tags take. */
  words;
  /**
   * `masks`: each anchor's bits; `tags`: each anchor's tags (small numbers), reported by `scan` as
   * bits of the words it is given (a gate for each of many expressions).
   */
  constructor(anchors, masks2 = [], tags = [], tagCount = 0) {
    if ("states" in anchors) {
      const { width: width2, canonClass: canonClass2, classOf } = alphabet(anchors.canon);
      this.words = anchors.words;
      this.canonClass = canonClass2;
      this.width = width2;
      this.classOf = classOf;
      const delta2 = new Int32Array(anchors.states * width2).fill(-1);
      const edges2 = decodeInts(anchors.edges);
      for (let e = 0; e < edges2.length; e += 2) delta2[edges2[e]] = edges2[e + 1];
      this.delta = delta2;
      this.failOffset = decodeInts(anchors.fail);
      this.firstOutput = anchors.quiet * width2;
      this.out = decodeInts(anchors.out);
      this.tagWords = decodeInts(anchors.tagWords);
      this.ascii = classOf.slice(0, 128);
      ({ wide: this.wide, shift: this.shift, columnClass: this.columnClass, classColumn: this.classColumn, firstOutputRow: this.firstOutputRow } = this.wideLayout());
      return;
    }
    const words2 = Math.ceil(tagCount / 32);
    this.words = words2;
    const canonClass = /* @__PURE__ */ new Map();
    for (const a of anchors) {
      for (let i = 0; i < a.length; i++) {
        const k = canonicalize(a.charCodeAt(i));
        if (!canonClass.has(k)) canonClass.set(k, canonClass.size + 1);
      }
    }
    this.canonClass = canonClass;
    const width = canonClass.size + 1;
    this.width = width;
    this.classOf = new Uint16Array(65536).fill(UNKNOWN, 128);
    for (let c = 0; c < 128; c++) this.classOf[c] = canonClass.get(canonicalize(c)) ?? 0;
    let chars = 1;
    for (const a of anchors) chars += a.length;
    const delta = new Int32Array(chars * width).fill(-1);
    const out = new Int32Array(chars);
    const tagged = new Int32Array(chars * words2);
    let states = 1;
    const edges = [];
    anchors.forEach((anchor, n) => {
      let s = 0;
      for (let i = 0; i < anchor.length; i++) {
        const cls = this.classOf_(anchor.charCodeAt(i));
        let next = delta[s * width + cls];
        if (next < 0) {
          next = states++;
          delta[s * width + cls] = next;
          edges.push(s, cls, next);
        }
        s = next;
      }
      out[s] = out[s] | masks2[n];
      for (const t of tags[n] ?? []) {
        tagged[s * words2 + (t >> 5)] = tagged[s * words2 + (t >> 5)] | 1 << (t & 31);
        out[s] = out[s] | TAGGED;
      }
    });
    const children = Array.from({ length: states }, () => []);
    for (let e = 0; e < edges.length; e += 3) children[edges[e]].push(edges[e + 1], edges[e + 2]);
    const fail = new Int32Array(states);
    const go = (from, cls) => {
      let f = from;
      for (; ; ) {
        const next = delta[f * width + cls];
        if (next >= 0) return next;
        if (f === 0) return 0;
        f = fail[f];
      }
    };
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const st = queue[head];
      const own = children[st];
      for (let e = 0; e < own.length; e += 2) {
        const cls = own[e];
        const next = own[e + 1];
        const f = st === 0 ? 0 : go(fail[st], cls);
        fail[next] = f;
        out[next] = out[next] | out[f];
        for (let w = 0; w < words2; w++) tagged[next * words2 + w] = tagged[next * words2 + w] | tagged[f * words2 + w];
        queue.push(next);
      }
    }
    const order = [0];
    for (let st = 1; st < states; st++) if (out[st] === 0) order.push(st);
    const quiet = order.length;
    for (let st = 1; st < states; st++) if (out[st] !== 0) order.push(st);
    const renumbered = new Int32Array(states);
    order.forEach((st, n) => {
      renumbered[st] = n;
    });
    const table = new Int32Array(states * width).fill(-1);
    const failOffset = new Int32Array(states);
    for (let st = 0; st < states; st++) {
      const own = children[st];
      const row = renumbered[st] * width;
      for (let e = 0; e < own.length; e += 2) table[row + own[e]] = renumbered[own[e + 1]] * width;
      failOffset[renumbered[st]] = renumbered[fail[st]] * width;
    }
    for (let cls = 0; cls < width; cls++) if (table[cls] < 0) table[cls] = 0;
    const outputs = new Int32Array(states - quiet);
    const tagWords = new Int32Array((states - quiet) * words2);
    for (let n = quiet; n < states; n++) {
      const st = order[n];
      outputs[n - quiet] = out[st];
      for (let w = 0; w < words2; w++) tagWords[(n - quiet) * words2 + w] = tagged[st * words2 + w];
    }
    this.delta = table;
    this.failOffset = failOffset;
    this.tagWords = tagWords;
    this.firstOutput = quiet * width;
    this.out = outputs;
    this.ascii = this.classOf.slice(0, 128);
    ({ wide: this.wide, shift: this.shift, columnClass: this.columnClass, classColumn: this.classColumn, firstOutputRow: this.firstOutputRow } = this.wideLayout());
  }
  /** The layout of `wide` for this alphabet (empty: filled as scans need it). */
  wideLayout() {
    const { width, canonClass } = this;
    const nonAscii = [...canonClass].filter(([c]) => c >= 128);
    const columns = 129 + nonAscii.length;
    const shift = 32 - Math.clz32(columns - 1);
    const columnClass = new Int32Array(1 << shift);
    for (let c = 0; c < 128; c++) columnClass[c] = this.ascii[c];
    const classColumn = new Int32Array(width).fill(128);
    for (const [c, cls] of canonClass) if (c < 128) classColumn[cls] = c;
    nonAscii.forEach(([, cls], k) => {
      columnClass[129 + k] = cls;
      classColumn[cls] = 129 + k;
    });
    const states = this.delta.length / width;
    return { wide: new Int32Array(states + 1 << shift), shift, columnClass, classColumn, firstOutputRow: this.firstOutput / width + 1 << shift };
  }
  /** What restores this automaton without its anchors (taken before any scan: a scan adds transitions). */
  toData() {
    const { delta, width } = this;
    const edges = [];
    for (let i = 0; i < delta.length; i++) if (delta[i] >= 0) edges.push(i, delta[i]);
    const canon = [];
    for (const [c, cls] of this.canonClass) canon[cls - 1] = c;
    return { canon, words: this.words, quiet: this.firstOutput / width, states: delta.length / width, edges: encodeInts(edges), fail: encodeInts(this.failOffset), out: encodeInts(this.out), tagWords: encodeInts(this.tagWords) };
  }
  /** The transition from the state at row `row` on `cls` the trie lacks: its failure link's, remembered. */
  follow(row, cls) {
    const { delta, failOffset, width } = this;
    let f = row;
    let next;
    do {
      f = failOffset[f / width];
      next = delta[f + cls];
    } while (next < 0);
    delta[row + cls] = next;
    return next;
  }
  classOf_(c) {
    let cls = this.classOf[c];
    if (cls === UNKNOWN) {
      cls = this.canonClass.get(canonicalize(c)) ?? 0;
      this.classOf[c] = cls;
    }
    return cls;
  }
  /** The column of `wide` a character beyond ASCII is read in. */
  columnOf_(c) {
    let col = this.columnOf[c];
    if (col === UNKNOWN) {
      col = this.classColumn[this.classOf_(c)];
      this.columnOf[c] = col;
    }
    return col;
  }
  /** The transition of `wide` at `row`, `col` not yet looked up: from `delta`, remembered. */
  miss(row, col) {
    const { width, shift } = this;
    const from = ((row >> shift) - 1) * width;
    const cls = this.columnClass[col];
    const next = this.delta[from + cls];
    const target = (next >= 0 ? next : this.follow(from, cls)) / width + 1 << shift;
    this.wide[row + col] = target;
    return target;
  }
  /**
   * The bits of every anchor `line` holds; with `tags`, the tags of those anchors (the array is
   * cleared first, `words` long).
   */
  scan(line, tags) {
    const { wide, out, shift, firstOutputRow, words: words2, tagWords } = this;
    if (tags) tags.fill(0);
    const root = 1 << shift;
    let s = root;
    let found = 0;
    for (let i = 0, n = line.length; i < n; i++) {
      const c = line.charCodeAt(i);
      const col = c < 128 ? c : this.columnOf_(c);
      const next = wide[s + col];
      s = next !== 0 ? next : this.miss(s, col);
      if (s >= firstOutputRow) {
        const k = s - firstOutputRow >> shift;
        const o = out[k];
        found |= o;
        if (tags && (o & TAGGED) !== 0) for (let w = 0; w < words2; w++) tags[w] = tags[w] | tagWords[k * words2 + w];
      }
    }
    return found;
  }
};
var WS_LOW = 31 << 9;
var WS_SPACE = 1;
var CharSet = class _CharSet {
  any = false;
  ascii = [0, 0, 0, 0];
  other;
  static any() {
    const set = new _CharSet();
    set.any = true;
    return set;
  }
  static of(...codes) {
    const set = new _CharSet();
    for (const c of codes) set.add(c);
    return set;
  }
  add(c) {
    if (c < 128) this.ascii[c >> 5] = this.ascii[c >> 5] | 1 << (c & 31);
    else (this.other ??= /* @__PURE__ */ new Set()).add(c);
  }
  has(c) {
    return c < 128 ? (this.ascii[c >> 5] & 1 << (c & 31)) !== 0 : this.other?.has(c) === true;
  }
  addAll(from) {
    if (from.any) this.any = true;
    if (this.any) return;
    for (let k = 0; k < 4; k++) this.ascii[k] = this.ascii[k] | from.ascii[k];
    if (from.other) for (const c of from.other) this.add(c);
  }
  hasWs() {
    if ((this.ascii[0] & WS_LOW) !== 0 || (this.ascii[1] & WS_SPACE) !== 0) return true;
    if (this.other) {
      for (const c of this.other) if (IS_WS[c] === 1) return true;
    }
    return false;
  }
  withoutWs() {
    const set = new _CharSet();
    set.ascii[0] = this.ascii[0] & ~WS_LOW;
    set.ascii[1] = this.ascii[1] & ~WS_SPACE;
    set.ascii[2] = this.ascii[2];
    set.ascii[3] = this.ascii[3];
    if (this.other) {
      for (const c of this.other) if (IS_WS[c] === 0) set.add(c);
    }
    return set;
  }
  /** Every code unit listed (none when `any`). */
  codes() {
    const out = [];
    for (let k = 0; k < 4; k++) {
      let bits = this.ascii[k];
      while (bits !== 0) {
        const low = bits & -bits;
        out.push(k * 32 + 31 - Math.clz32(low));
        bits ^= low;
      }
    }
    if (this.other) out.push(...this.other);
    return out;
  }
  /** The only code unit, when there is exactly one. */
  single() {
    if (this.any) return void 0;
    const codes = this.codes();
    return codes.length === 1 ? codes[0] : void 0;
  }
};
var ANY = () => CharSet.any();
var NONE = () => new CharSet();
var union = (into, from) => into.addAll(from);
var range = (from, to) => {
  if (to - from > 4096) return ANY();
  const set = NONE();
  for (let c = from; c <= to; c++) set.add(c);
  return set;
};
var WORD_CODES = [...range(48, 57).codes(), ...range(65, 90).codes(), ...range(97, 122).codes(), 95];
var WORD_SET = CharSet.of(...WORD_CODES);
var WORD = () => {
  const set = NONE();
  set.addAll(WORD_SET);
  return set;
};
var SPACE_SET = CharSet.of(...WS);
var SPACE = () => {
  const set = NONE();
  set.addAll(SPACE_SET);
  return set;
};
var hasWs = (set) => set.any || set.hasWs();
var withoutWs = (set) => set.any ? ANY() : set.withoutWs();
function atomChars(src, i) {
  const c = src[i];
  if (c === "\\") return escapeChars(src, i, false);
  if (c === "[") {
    let j = i + 1;
    const negated = src[j] === "^";
    if (negated) j++;
    const set = NONE();
    let first = true;
    while (j < src.length && (src[j] !== "]" || first)) {
      first = false;
      let from;
      let code;
      if (src[j] === "\\") {
        const [escaped, next] = escapeChars(src, j, true);
        from = escaped;
        if (escaped) code = escaped.single();
        j = next;
      } else {
        code = src.charCodeAt(j);
        from = CharSet.of(code);
        j++;
      }
      if (src[j] === "-" && src[j + 1] !== "]" && code !== void 0) {
        j++;
        let to;
        if (src[j] === "\\") {
          const [escaped, next] = escapeChars(src, j, true);
          to = escaped?.single() ?? 65535;
          j = next;
        } else {
          to = src.charCodeAt(j);
          j++;
        }
        from = range(code, to);
      }
      if (from) union(set, from);
    }
    return [negated ? ANY() : set, j + 1];
  }
  if (c === ".") return [ANY(), i + 1];
  if (c === "^" || c === "$") return [void 0, i + 1];
  return [CharSet.of(src.charCodeAt(i)), i + 1];
}
function escapeChars(src, i, inClass) {
  const e = src[i + 1];
  switch (e) {
    case "d":
      return [range(48, 57), i + 2];
    case "w":
      return [WORD(), i + 2];
    case "s":
      return [SPACE(), i + 2];
    case "D":
    case "W":
    case "S":
      return [ANY(), i + 2];
    case "b":
      return inClass ? [CharSet.of(8), i + 2] : [void 0, i + 2];
    case "B":
      return [void 0, i + 2];
    case "n":
      return [CharSet.of(10), i + 2];
    case "r":
      return [CharSet.of(13), i + 2];
    case "t":
      return [CharSet.of(9), i + 2];
    case "f":
      return [CharSet.of(12), i + 2];
    case "v":
      return [CharSet.of(11), i + 2];
    case "0":
      return [CharSet.of(0), i + 2];
    case "u":
      return [CharSet.of(Number.parseInt(src.slice(i + 2, i + 6), 16)), i + 6];
    case "x":
      return [CharSet.of(Number.parseInt(src.slice(i + 2, i + 4), 16)), i + 4];
    case "p":
    case "P":
      return [ANY(), src.indexOf("}", i) + 1];
    case "k":
      return [ANY(), src.indexOf(">", i) + 1];
    default:
      if (/\d/.test(e)) {
        let j = i + 1;
        while (/\d/.test(src[j] ?? "")) j++;
        return [ANY(), j];
      }
      return [CharSet.of(src.charCodeAt(i + 1)), i + 2];
  }
}
function quantifierAt(src, i) {
  const c = src[i];
  let min = 1;
  let j = i;
  if (c === "?" || c === "*") {
    min = 0;
    j = i + 1;
  } else if (c === "+") {
    j = i + 1;
  } else if (c === "{") {
    const found = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
    if (!found) return [1, i];
    min = Number(found[1]);
    j = i + found[0].length;
  } else {
    return [1, i];
  }
  if (src[j] === "?") j++;
  return [min, j];
}
function parseAlternatives(src, at) {
  const first = NONE();
  const afterWs = NONE();
  let nullable = false;
  let wsOnly = false;
  let i = at;
  for (; ; ) {
    const [alt, next] = parseSeq(src, i);
    union(first, alt.first);
    union(afterWs, alt.afterWs);
    nullable ||= alt.nullable;
    wsOnly ||= alt.wsOnly;
    i = next;
    if (src[i] === "|") {
      i++;
      continue;
    }
    return [{ first, afterWs, nullable, wsOnly }, i];
  }
}
function parseSeq(src, at) {
  const first = NONE();
  const afterWs = NONE();
  let nullable = true;
  let wsOnly = true;
  let i = at;
  while (i < src.length && src[i] !== "|" && src[i] !== ")") {
    let atom;
    if (src[i] === "(") {
      let j = i + 1;
      let lookaround = false;
      if (src[j] === "?") {
        if (src[j + 1] === ":") j += 2;
        else if (src[j + 1] === "=" || src[j + 1] === "!") {
          lookaround = true;
          j += 2;
        } else if (src[j + 1] === "<" && (src[j + 2] === "=" || src[j + 2] === "!")) {
          lookaround = true;
          j += 3;
        } else if (src[j + 1] === "<") j = src.indexOf(">", j) + 1;
      }
      const [inner, close] = parseAlternatives(src, j);
      i = close + 1;
      atom = lookaround ? void 0 : inner;
    } else {
      const [chars, next2] = atomChars(src, i);
      i = next2;
      atom = chars === void 0 ? void 0 : { first: chars, nullable: false, afterWs: withoutWs(chars), wsOnly: hasWs(chars) };
    }
    const [min, next] = quantifierAt(src, i);
    i = next;
    if (atom === void 0) continue;
    if (nullable) union(first, atom.first);
    if (wsOnly) union(afterWs, atom.afterWs);
    if (min > 0 && !atom.nullable) nullable = false;
    if (min > 0 && !atom.wsOnly) wsOnly = false;
  }
  return [{ first, afterWs, nullable, wsOnly }, i];
}
function firstOf(source, caseless) {
  const [parsed] = parseAlternatives(source, 0);
  if (!caseless) return parsed;
  const fold = (set) => {
    if (set.any) return set;
    const out = NONE();
    for (const c of set.codes()) {
      if (c < 128) {
        out.add(c);
        if (c >= 65 && c <= 90) out.add(c + 32);
        else if (c >= 97 && c <= 122) out.add(c - 32);
        continue;
      }
      const s = String.fromCharCode(c);
      const variants = [s, s.toLowerCase(), s.toUpperCase()].filter((v) => v.length === 1);
      if (c >= 128 && variants.some((v) => v !== s)) return ANY();
      for (const v of variants) out.add(v.charCodeAt(0));
    }
    return out;
  };
  return { first: fold(parsed.first), afterWs: fold(parsed.afterWs), nullable: parsed.nullable, wsOnly: parsed.wsOnly };
}
function anchoredAtStart(source) {
  let depth = 0;
  let inClass = false;
  let atBranchStart = true;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (atBranchStart) {
      if (c !== "^") return false;
      atBranchStart = false;
    }
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) atBranchStart = true;
  }
  return !atBranchStart;
}
var LineStartIndex = class {
  plain = [];
  plainOther = /* @__PURE__ */ new Map();
  plainDefault;
  spaced = [];
  spacedOther = /* @__PURE__ */ new Map();
  spacedDefault;
  /** Lines of white space only. */
  blank;
  /**
   * Each distinct list once, by number (`listId`), so that what a caller derives from a list is
   * found by a number instead of a map lookup; and the number of each ASCII character's lists.
   */
  lists = [];
  plainId = new Int32Array(128);
  spacedId = new Int32Array(128);
  ids = /* @__PURE__ */ new Map();
  constructor(patterns) {
    if ("lists" in patterns) {
      const list = (id) => patterns.lists[id];
      for (let c = 0; c < 128; c++) {
        this.plain[c] = list(patterns.plain[c]);
        this.spaced[c] = list(patterns.spaced[c]);
      }
      for (const [c, id] of patterns.plainOther) this.plainOther.set(c, list(id));
      for (const [c, id] of patterns.spacedOther) this.spacedOther.set(c, list(id));
      this.plainDefault = list(patterns.plainDefault);
      this.spacedDefault = list(patterns.spacedDefault);
      this.blank = list(patterns.blank);
      this.numberLists();
      return;
    }
    const infos = patterns.map((p) => anchoredAtStart(p.source) ? firstOf(p.source, p.caseless) : void 0);
    const keys = /* @__PURE__ */ new Set();
    for (const info of infos) {
      if (!info) continue;
      for (const c of info.first.codes()) keys.add(c);
      for (const c of info.afterWs.codes()) keys.add(c);
    }
    const always = (info) => !info || info.nullable || info.first.any;
    const plain = [];
    const spaced = [];
    const plainOther = /* @__PURE__ */ new Map();
    const spacedOther = /* @__PURE__ */ new Map();
    const plainDefault = [];
    const spacedDefault = [];
    const blank = [];
    for (let c = 0; c < 128; c++) {
      plain[c] = [];
      spaced[c] = [];
    }
    for (const c of keys) {
      if (c < 128) continue;
      plainOther.set(c, []);
      spacedOther.set(c, []);
    }
    const lists = (ascii, other, fallback) => [...ascii, ...other.values(), fallback];
    infos.forEach((info, n) => {
      if (always(info)) {
        for (const list of lists(plain, plainOther, plainDefault)) list.push(n);
      } else {
        for (const c of info.first.codes()) (c < 128 ? plain[c] : plainOther.get(c))?.push(n);
      }
      const spacedAlways = !info || info.nullable || hasWs(info.first) && (info.wsOnly || info.afterWs.any);
      if (spacedAlways) {
        for (const list of lists(spaced, spacedOther, spacedDefault)) list.push(n);
        blank.push(n);
      } else if (hasWs(info.first)) {
        for (const c of info.afterWs.codes()) (c < 128 ? spaced[c] : spacedOther.get(c))?.push(n);
      }
    });
    for (let c = 0; c < 128; c++) {
      this.plain[c] = keys.has(c) ? plain[c] : plainDefault;
      this.spaced[c] = keys.has(c) ? spaced[c] : spacedDefault;
    }
    for (const [c, list] of plainOther) this.plainOther.set(c, list);
    for (const [c, list] of spacedOther) this.spacedOther.set(c, list);
    this.plainDefault = plainDefault;
    this.spacedDefault = spacedDefault;
    this.blank = blank;
    this.numberLists();
  }
  numberLists() {
    const id = (list) => {
      let n = this.ids.get(list);
      if (n === void 0) {
        n = this.lists.length;
        this.ids.set(list, n);
        this.lists.push(list);
      }
      return n;
    };
    for (let c = 0; c < 128; c++) {
      this.plainId[c] = id(this.plain[c]);
      this.spacedId[c] = id(this.spaced[c]);
    }
    for (const list of [...this.plainOther.values(), ...this.spacedOther.values(), this.plainDefault, this.spacedDefault, this.blank]) id(list);
  }
  /** What restores this index without its expressions: each distinct list once, and which list each character gets. */
  toData() {
    const lists = [];
    const ids = /* @__PURE__ */ new Map();
    const id = (list) => {
      const key = list.join(",");
      let n = ids.get(key);
      if (n === void 0) {
        n = lists.length;
        ids.set(key, n);
        lists.push(list);
      }
      return n;
    };
    return {
      lists,
      plain: this.plain.map(id),
      plainOther: [...this.plainOther].map(([c, list]) => [c, id(list)]),
      plainDefault: id(this.plainDefault),
      spaced: this.spaced.map(id),
      spacedOther: [...this.spacedOther].map(([c, list]) => [c, id(list)]),
      spacedDefault: id(this.spacedDefault),
      blank: id(this.blank)
    };
  }
  /** The number, in `lists`, of the list `candidates` gives. */
  listId(line, at = 0) {
    const n = line.length;
    if (at >= n) return this.ids.get(this.blank);
    let c = line.charCodeAt(at);
    if (IS_WS[c] === 0) return c < 128 ? this.plainId[c] : this.ids.get(this.plainOther.get(c) ?? this.plainDefault);
    let i = at + 1;
    while (i < n && IS_WS[line.charCodeAt(i)] === 1) i++;
    if (i >= n) return this.ids.get(this.blank);
    c = line.charCodeAt(i);
    return c < 128 ? this.spacedId[c] : this.ids.get(this.spacedOther.get(c) ?? this.spacedDefault);
  }
  candidates(line, at = 0) {
    const n = line.length;
    if (at >= n) return this.blank;
    let c = line.charCodeAt(at);
    if (IS_WS[c] === 0) return c < 128 ? this.plain[c] : this.plainOther.get(c) ?? this.plainDefault;
    let i = at + 1;
    while (i < n && IS_WS[line.charCodeAt(i)] === 1) i++;
    if (i >= n) return this.blank;
    c = line.charCodeAt(i);
    return c < 128 ? this.spaced[c] : this.spacedOther.get(c) ?? this.spacedDefault;
  }
};

// src/classify/derived.ts
function patternsKey(patterns, prefix = "") {
  let key = prefix;
  for (const p of patterns) key += `
/${p.source}/${p.flags}`;
  return key;
}
var stored;
function storedPiece(name, key) {
  stored ??= JSON.parse(DERIVED);
  const entry = stored[name];
  return entry !== void 0 && entry.key === key ? entry.value : void 0;
}
function lineStartIndex(name, patterns) {
  const data = storedPiece(name, patternsKey(patterns));
  return new LineStartIndex(data ?? lineStartInput(patterns));
}
var lineStartInput = (patterns) => patterns.map((p) => ({ source: p.source, caseless: p.flags.includes("i") }));

// src/classify/markers.ts
var ALL_MARKERS = DIALECTS.flatMap((dialect) => dialect.markers.map((marker) => ({ dialect, marker })));
var MARKER_PATTERNS = ALL_MARKERS.map((m) => m.marker.pattern);
var REPORTED_OF_DIALECTS = DIALECTS.map((d) => d.reportedFailures).filter((p) => p !== void 0);
var index;
function markerOf(line) {
  index ??= lineStartIndex("markers", MARKER_PATTERNS);
  for (const n of index.candidates(line)) {
    const { dialect, marker } = ALL_MARKERS[n];
    if (marker.contains !== void 0 && !line.includes(marker.contains)) continue;
    const found = marker.pattern.exec(line);
    if (!found) continue;
    const groups = found.groups ?? {};
    const name = (groups.name ?? groups.name2 ?? "").trim();
    const key = groups.key !== void 0 ? `#${groups.key}` : marker.keyFromName ? marker.keyFromName(name) : `${dialect.id}:${name}`;
    return { dialect, event: marker.event, name, key, afterOutput: marker.afterOutput === true, closes: marker.closes === true, asserts: marker.asserts === true, namesFile: marker.namesFile === true, namedBelow: marker.namedBelow === true, detailsIndented: marker.detailsIndented === true, indent: line.length - line.trimStart().length, ...marker.section ? { section: marker.section } : {}, ...groups.count !== void 0 ? { count: Number(groups.count) } : {}, ...groups.path !== void 0 ? { path: groups.path } : {}, ...groups.reason ? { reason: groups.reason } : {} };
  }
  return void 0;
}

// src/classify/any-of.ts
var unnamed = (source) => source.replace(/\(\?<([A-Za-z]\w*)>/g, "(?:");
function anyOf(patterns) {
  const join = (list) => list.length === 0 ? void 0 : new RegExp(list.map((p) => `(?:${unnamed(p.source)})`).join("|"), list[0]?.flags.includes("i") ? "i" : "");
  const plain = join(patterns.filter((p) => !p.flags.includes("i")));
  const folded = join(patterns.filter((p) => p.flags.includes("i")));
  return (line) => (plain?.test(line) ?? false) || (folded?.test(line) ?? false);
}

// src/classify/anchors.ts
var MIN_ANCHOR = 3;
var MAX_RUNS = 16;
function weight(anchor) {
  let w = 0;
  for (const ch of anchor) w += ch.charCodeAt(0) > 127 ? 3 : 1;
  return w;
}
var known = /* @__PURE__ */ new Map();
var minWeight = MIN_ANCHOR;
function anchorsOf(source, min = MIN_ANCHOR) {
  const key = min === MIN_ANCHOR ? source : `${min}\0${source}`;
  if (known.has(key)) return known.get(key);
  minWeight = min;
  try {
    const [parsed] = parseAlternation(source, 0);
    const anchors = parsed.anchors?.map((a) => a.toLowerCase());
    known.set(key, anchors);
    return anchors;
  } finally {
    minWeight = MIN_ANCHOR;
  }
}
function parseAlternation(src, at) {
  const union2 = [];
  const literals = [];
  let provable = true;
  let allLiteral = true;
  let i = at;
  for (; ; ) {
    const [parsed, next] = parseSequence(src, i);
    if (parsed.anchors === void 0) provable = false;
    else union2.push(...parsed.anchors);
    if (parsed.literals === void 0) allLiteral = false;
    else literals.push(...parsed.literals);
    i = next;
    if (src[i] === "|") {
      i++;
      continue;
    }
    return [{ anchors: provable ? [...new Set(union2)] : void 0, ...allLiteral ? { literals } : {} }, i];
  }
}
function parseSequence(src, at) {
  let best;
  let bestScore = 0;
  let runs = [""];
  let tail = "";
  let pure = true;
  const consider = (anchors) => {
    if (!anchors || anchors.length === 0) return;
    let least = Infinity;
    for (const a of anchors) least = Math.min(least, weight(a));
    const score = least - anchors.length * 0.01;
    if (least >= minWeight && score > bestScore) {
      best = [...new Set(anchors)];
      bestScore = score;
    }
  };
  const settle = () => {
    if (tail !== "") runs = runs.map((r) => r + tail);
    tail = "";
  };
  const flush = () => {
    settle();
    consider(runs);
    runs = [""];
  };
  let i = at;
  while (i < src.length && src[i] !== "|" && src[i] !== ")") {
    const [piece, next] = parsePiece(src, i);
    const [min, afterQuantifier] = quantifier(src, next);
    const quantified = afterQuantifier !== next;
    i = afterQuantifier;
    if (min === 0) {
      pure = false;
      flush();
      continue;
    }
    if (piece.char !== void 0) {
      tail += min === 1 ? piece.char : piece.char.repeat(Math.min(min, 8));
      if (quantified) {
        pure = false;
        flush();
      }
      continue;
    }
    pure = false;
    if (piece.literals !== void 0 && !quantified && runs.length * piece.literals.length <= MAX_RUNS) {
      settle();
      runs = runs.flatMap((r) => piece.literals.map((l) => r + l));
      continue;
    }
    flush();
    consider(piece.anchors);
  }
  settle();
  const literals = pure && runs.length === 1 ? [runs[0]] : void 0;
  flush();
  return [{ anchors: best, ...literals ? { literals } : {} }, i];
}
var CLASS_ESCAPES = /* @__PURE__ */ new Set(["d", "D", "w", "W", "s", "S", "b", "B", "p", "P", "k"]);
function parsePiece(src, i) {
  const c = src[i];
  if (c === "\\") {
    const e = src[i + 1];
    if (e === "p" || e === "P" || e === "k") {
      const close = src.indexOf(e === "k" ? ">" : "}", i);
      return [{ anchors: void 0 }, close + 1];
    }
    if (e === "u") return [{ anchors: void 0, char: String.fromCharCode(Number.parseInt(src.slice(i + 2, i + 6), 16)) }, i + 6];
    if (e === "x") return [{ anchors: void 0, char: String.fromCharCode(Number.parseInt(src.slice(i + 2, i + 4), 16)) }, i + 4];
    if (CLASS_ESCAPES.has(e) || /\d/.test(e) || "nrtfv0".includes(e)) return [{ anchors: void 0 }, i + 2];
    return [{ anchors: void 0, char: e }, i + 2];
  }
  if (c === "[") {
    let j = i + 1;
    if (src[j] === "^") j++;
    if (src[j] === "]") j++;
    while (j < src.length && src[j] !== "]") j += src[j] === "\\" ? 2 : 1;
    return [{ anchors: void 0 }, j + 1];
  }
  if (c === "(") {
    let j = i + 1;
    let lookaround = false;
    if (src[j] === "?") {
      if (src[j + 1] === ":") j += 2;
      else if (src[j + 1] === "=" || src[j + 1] === "!") {
        lookaround = true;
        j += 2;
      } else if (src[j + 1] === "<" && (src[j + 2] === "=" || src[j + 2] === "!")) {
        lookaround = true;
        j += 3;
      } else if (src[j + 1] === "<") j = src.indexOf(">", j) + 1;
    }
    const [parsed, close] = parseAlternation(src, j);
    return [lookaround ? { anchors: void 0, literals: [""] } : parsed, close + 1];
  }
  if (c === "." || c === "^" || c === "$") return [c === "." ? { anchors: void 0 } : { anchors: void 0, literals: [""] }, i + 1];
  return [{ anchors: void 0, char: c }, i + 1];
}
function quantifier(src, i) {
  const c = src[i];
  let min = 1;
  let j = i;
  if (c === "?" || c === "*") {
    min = 0;
    j = i + 1;
  } else if (c === "+") {
    j = i + 1;
  } else if (c === "{") {
    const found = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
    if (!found) return [1, i];
    min = Number(found[1]);
    j = i + found[0].length;
  } else {
    return [1, i];
  }
  if (src[j] === "?") j++;
  return [min, min === 1 && c === "{" && src.slice(i, j).startsWith("{1}") ? i : j];
}
function minimalAnchors(anchors) {
  const sorted = [...new Set(anchors)].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const kept = [];
  for (const a of sorted) if (!kept.some((k) => a.includes(k))) kept.push(a);
  return kept;
}

// src/classify/rules/signs.ts
var ERROR_HEADLINE = /^(?:E {1,8})?(?:Caused by: |Error: |\s{0,8}Suppressed: |\s{0,8})?(?:[A-Za-z_$][\w$]{0,80}\.){0,8}(?:[A-Z][\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \[\w{1,40}\])?: \S|^\s{1,8}[\w-]{1,100}_test\.go:\d{1,6}: \S|^(?:FAIL|Error|error): \S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\d{1,6}:\d{1,6}: (?:fatal )?error|^\s{1,8}[\w-]{1,100}\.go:\d{1,6}: \S|^not ok \d|: Failure$|: FAILED:$|^\s*✘ |^\[ {2}FAILED {2}\] |^(?:FAILURES|ERRORS)!$|\b[1-9]\d{0,5} (?:tests?|specs?) failed\b|^\d{1,6} specs?, [1-9]\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread "|\((?:[A-Z]\w{0,80}::){0,8}[A-Z]\w{0,80}(?:Error|Exception)\)\s*$|^\s{0,8}\*\* \([A-Z][\w.]{0,200}\)|^Unhandled exception\. |^Fatal error: |^\s{1,8}Error: \S|^(?:ERROR|FATAL): \S|\bERROR: \S|^\S{1,300}:\d{1,6}: (?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z]\w{0,80}(?:Error|Exception): \S|^thread '[^']{1,300}'(?: \(\d{1,10}\))? panicked at|^\s{2,}(?:Caused by: )?[\w$.]{1,200}(?:Exception|Error) at [\w$]{1,200}\.(?:java|kt|scala|groovy):-?\d{1,6}\s*$/;
var DOTTED_HEADLINE = /^(?:E {1,8})?\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80}: \S|^E {1,8}(?:[A-Za-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80}\s*$|^\s{2,}(?:[A-Z]\w{0,80}::){1,8}[A-Z]\w{0,80}:\s*$|^\s{2,}[A-Z]\w{0,80}(?:Error|Exception|Failure):\s*$|^\s*(?:[A-Za-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80} : \S|^\s{0,8}(?:[a-z_]\w{0,80}\.){1,8}[A-Z]\w{0,80}(?:Exception|Error)\s*$/;
var FATAL = /^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\w{0,60}(?:Error|Exception))|^Exception in thread "main"|^Traceback \(most recent call last\):|^Error: Process completed with exit code|process\.exit\(|exited with code [1-9]/i;
var HEADLINE_CLASS = /([A-Za-z_$][\w$.]{0,200}(?:Error|Exception|Failure))(?: \[\w{1,40}\])?: /;
var WRAPPER_CLASS = /(?:Connect|Connection|Timeout|TimedOut|Pool|Context|Bean|Dependency|Execution|Completion|Container|Jdbc|JDBC|DataAccess|Socket|Unavailable|Refused|Jedis|Redis|Mongo|Kafka|Amqp|AMQP|SQL|Sql|Operational|Interface|Aggregate|Transport|Network|Docker|NoHostAvailable|Nats)\w{0,80}(?:Error|Exception|Failure)$/;
var WRAPPER_MESSAGE = new RegExp(String.raw`\b(?:container|docker|dial|connect|connecting|connection|database|broker|${SERVICE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")).join("|")})\b`, "i");
var CONNECTION_WORDS = /connect|refus|unreachable|unavailable|timed? ?out|docker|container|pool|bean|context|abgelehnt|rehusada|rifiutata|recusada|отказ|отклон/i;
var INSTALL_HINT = /:\s{0,4}run\s{0,4}$|\bplease install (?:the )?[\w@/.-]{1,100}(?: package| module)?(?: manually)?\b|\b(?:npm|yarn|pnpm) (?:i|install|add) [\w@/.-]{1,100}\s{0,4}$/i;
function isWrapperHeadline(line) {
  if (INSTALL_HINT.test(line)) return true;
  if (line.includes("Failed to import test module")) return true;
  const named = HEADLINE_CLASS.exec(line);
  if (named) return WRAPPER_CLASS.test(named[1]) && CONNECTION_WORDS.test(line);
  return WRAPPER_MESSAGE.test(line);
}
var UNINFORMATIVE = /^\$ npm (?:i|install|add) |^\$ yarn add |^\$ pnpm (?:i|install|add) |^\$ pip3? install |^\$ gem install |^\$ bundle install|^\$ go get |^\+ npm (?:i|install) |^\s*\w{1,80}ClientProviderStrategy: failed with exception (?![^\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\[\d+\])?: \*\*\* |^##\[error\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \((?:failures|errors)=|^\[ERROR\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \d+ previous error|^FAIL\s*$/;
var ASSERTION_CONTEXT = /AssertionError|AssertionFailedError|\bassert(?:Equals?|That|Raises|Throws)?\b|\bexpect\(|\bExpected(?: \w+)?:|\bReceived(?: \w+)?:|\bto (?:equal|match|include|contain|throw|be)\b(?! up to date\b)|\bshould (?:equal|be|match|include|contain|raise)\b|\bbut was\b|pytest\.raises|Assert\.\w+\(/;
var RETRY_CONTEXT = /(?<!un)\bcaught (?:an? )?exception\b|\[ioredis\] Unhandled error event\b|^\s{0,8}(?:\[?(?:WARN(?:ING)?|[Ww]arn(?:ing)?)\]?:? |\(node:\d{1,10}\) Warning: )|\bretrying (?:in |after |the |connection|\.\.\.|…)|\bretrying\s*$|\bwill retry\b|\bretry(?:ing)? in \d|\breconnecting\b|\battempt \d{1,4}\s?(?:\/|of)\s?\d|\bcontinuing without\b|\bfalling back\b|\bfall(?:ing)? back to\b|\(continuing\b|\bignoring\b|\bskipping\b/i;
var CAUSED_BY = /^\s*Caused by: |^\s*---> [\w.]{1,200}(?:Exception|Error)|^\s*--- End of inner exception stack trace ---/;
var DIRECT_CAUSE = /^The above exception was the direct cause of the following exception:/;
var DURING_HANDLING = /^During handling of the above exception, another exception occurred:/;
var IO_ERROR = /\b(?:OSError|IOError|FileNotFoundError|ConnectionError|ConnectionResetError|BrokenPipeError|ProtocolError|TimeoutError|timeout|gaierror|herror|SSLError|MaxRetryError|NewConnectionError|ConnectTimeout(?:Error)?|ReadTimeout(?:Error)?|RemoteDisconnected|IncompleteRead)\b/;
var TEST_TIMEOUT = /Hook timed out in \d+ ?ms|Timeout of \d+ ?ms exceeded|Exceeded timeout of \d+ ?ms|Test timed out in \d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \d/;
var FAILURE_SHAPE = /^@@ -\d{1,9}(?:,\d{1,9})? \+\d{1,9}(?:,\d{1,9})? @@|^\S{1,300} \S{1,300} differ: (?:byte|char) \d|\bcheck .{1,300} has failed\b|^\S{1,300}:\d{1,6}: error: \S|^\S{1,300}\(\d{1,6}\): (?:fatal )?error\b|\b[Ss]yntax error\b|^Found [1-9]\d{0,5} errors? in \d{1,6} files?|\bAssertion [`'"].{1,300}['"`] failed|^\*\*\* [1-9]\d{0,5} failures? (?:is|are) detected|\(signal: \d{1,2}, SIG[A-Z]{2,6}|\bsignal: (?:\d{1,2}|SIG[A-Z]{2,6})\b|\bkilled by signal\b/;
var FAILURE_SHAPE_AT_START = /^\d{1,9}(?:,\d{1,9})?[acd]\d{1,9}(?:,\d{1,9})?\s*$|^\s{0,8}[✗✘✖❌] \S|^E\s{1,40}(?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z][\w$]{1,120}(?::\s.*|\s*)$|^\s{2,12}error: ['"]\S|^\s{4}\S[^\n]{0,500} thrown$|^error$/;
var EXPECTED_NOTHING = /^\s{0,12}expected: (?:~|null|undefined),?\s*$/;
var RESTATEMENT = /^\s*(?:Caused by: |\[cause\]: |Serialized Error: )|^\s{1,8}(?:code|errno|syscall): ['"-]?[\w-]{1,40}['"]?,?\s*$/;
var PYTEST_LOCATION = /^[\w./\\-]{1,300}\.py:\d{1,6}: [\w.]{1,200}$/;
var DATA_START = /^\s*(?:- Expected\b|\+ Received\b|- Snapshot\b|\+ Snapshot\b|\+ expected - actual\b|\+ actual - expected\b)|^E\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/;
var PY_TRACEBACK = /^(?:E\s{1,8})?Traceback \(most recent call last\):\s*$/;
var PY_FRAME = /^\s|^E\s{1,12}(?:File "|\S)/;
var EXCEPTION_LINE = /^(?:E\s{1,8})?\s{0,8}(?:Uncaught )?(?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z][\w$]{1,120}(?: \[[\w-]{1,40}\])?(?::\s.*|:?\s*)$/;
var STACK_FRAME = /^\s{1,12}at \S/;
var PANIC_HEADER = /^thread '[^']{1,300}'(?: \(\d{1,10}\))? panicked at \S{1,300}:\d{1,6}:\d{1,6}:$/;
var TAP_SUBTEST = /^( {0,64})# Subtest: /;
var TAP_RESULT = /^( {0,64})(not )?ok \d{1,6}\b/;
var SPEC_LINE = /^( {0,64})(▶|✖|✔|﹣) \S/;
var SPEC_DURATION_END = /\(\d[\d.]{0,20}m?s\)(?: # [^\n]{0,200})?$/;
var PARENT_MARKER = /failureType: '?subtestsFailed|^\s*error: '?\d+ subtests? failed/;

// src/classify/prefilter.ts
function topLevelBranches(source) {
  const branches = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      branches.push(source.slice(from, i));
      from = i + 1;
    }
  }
  branches.push(source.slice(from));
  return branches;
}
var built;
function prefilter() {
  if (built) return built;
  const patterns = filteredPatterns();
  return built = buildPrefilter(patterns, storedPiece("prefilter", prefilterKey(patterns)));
}
var ANCHOR = 1;
var RULE_ANCHOR = 2;
var TIMESTAMP = /\d{4}-\d\d-\d\dT[\d:.]{8,20}Z/iy;
var PREFIX = /[\w.-]{1,80}\s{1,20}\| |##\[\w{1,20}\]/iy;
function filteredPatterns() {
  return [
    ...ALL_RULES.flatMap((r) => r.patterns),
    ...MARKER_PATTERNS,
    ...DIALECTS.flatMap((d) => [d.reportedFailures, d.uninformative, d.wrapperEcho].filter((p) => p !== void 0)),
    ERROR_HEADLINE,
    DOTTED_HEADLINE,
    FAILURE_SHAPE,
    FAILURE_SHAPE_AT_START,
    DATA_START,
    PANIC_HEADER,
    STACK_FRAME,
    CAUSED_BY,
    DIRECT_CAUSE,
    DURING_HANDLING,
    FATAL,
    PARENT_MARKER,
    TAP_SUBTEST,
    TAP_RESULT,
    SPEC_LINE,
    TEST_TIMEOUT,
    UNINFORMATIVE,
    NO_ERROR_EXPECTED,
    NULL_DEREFERENCE,
    EXPECTS_ERROR
  ];
}
var prefilterKey = (patterns) => patternsKey(patterns, `rules ${ALL_RULES.reduce((n, r) => n + r.patterns.length, 0)}`);
var isLineStart = (p) => topLevelBranches(p.source).every((b) => b.startsWith("^"));
function derive(FILTERED_PATTERNS) {
  const LINE_START = FILTERED_PATTERNS.filter(isLineStart);
  const UNANCHORED = FILTERED_PATTERNS.filter((p) => anchorsOf(p.source) === void 0);
  const lineStart = new Set(LINE_START);
  const anchors = [...new Set(FILTERED_PATTERNS.filter((p) => !lineStart.has(p)).flatMap((p) => anchorsOf(p.source) ?? []))];
  const safe = UNANCHORED.every((p) => LINE_START.includes(p));
  const rulePatterns = ALL_RULES.flatMap((r) => r.patterns);
  const ruleAnchors = rulePatterns.some((p) => anchorsOf(p.source) === void 0) ? void 0 : rulePatterns.flatMap((p) => anchorsOf(p.source) ?? []);
  const masks2 = /* @__PURE__ */ new Map();
  if (safe) for (const a of anchors) masks2.set(a, ANCHOR);
  for (const a of ruleAnchors ?? []) masks2.set(a, (masks2.get(a) ?? 0) | RULE_ANCHOR);
  const branches = LINE_START.flatMap((p) => topLevelBranches(p.source));
  const branchAnchors = branches.map((b) => anchorsOf(b) ?? anchorsOf(b, 2));
  const tags = /* @__PURE__ */ new Map();
  branchAnchors.forEach((anchors2, n) => {
    for (const a of anchors2 ?? []) {
      if (!masks2.has(a)) masks2.set(a, 0);
      tags.set(a, [...tags.get(a) ?? [], n]);
    }
  });
  const list = [...masks2.keys()];
  return {
    lineStart: FILTERED_PATTERNS.flatMap((p, n) => lineStart.has(p) ? [n] : []),
    safe,
    ruleGate: ruleAnchors !== void 0,
    gated: branchAnchors.map((anchors2) => anchors2 !== void 0),
    scanner: new AnchorScanner(list, list.map((a) => masks2.get(a)), list.map((a) => tags.get(a) ?? []), branches.length).toData(),
    index: new LineStartIndex(branches.map((source) => ({ source, caseless: true }))).toData()
  };
}
function buildPrefilter(FILTERED_PATTERNS, stored2) {
  const data = stored2 ?? derive(FILTERED_PATTERNS);
  const { safe, gated } = data;
  const LINE_START = data.lineStart.map((n) => FILTERED_PATTERNS[n]);
  const branches = LINE_START.flatMap((p) => topLevelBranches(p.source));
  const scanner = new AnchorScanner(data.scanner);
  const sticky = branches.map((b) => new RegExp(unnamed(b.slice(1)), "iy"));
  const index3 = new LineStartIndex(data.index);
  const words2 = scanner.words;
  const splits = index3.lists.map((list) => {
    const gatedBits = new Int32Array(words2);
    for (const n of list) if (gated[n] === true) gatedBits[n >> 5] = gatedBits[n >> 5] | 1 << (n & 31);
    return { open: list.filter((n) => gated[n] !== true), gatedBits };
  });
  const matchesAt = (n, line, at) => {
    const pattern = sticky[n];
    pattern.lastIndex = at;
    return pattern.test(line);
  };
  const lineStartAt = (line, at, lineTags) => {
    const { open, gatedBits } = splits[index3.listId(line, at)];
    for (let k = 0; k < open.length; k++) if (matchesAt(open[k], line, at)) return true;
    for (let w = 0; w < words2; w++) {
      let bits = gatedBits[w] & lineTags[w];
      while (bits !== 0) {
        const low = bits & -bits;
        if (matchesAt(w * 32 + 31 - Math.clz32(low), line, at)) return true;
        bits ^= low;
      }
    }
    return false;
  };
  const shapeAfterPrefix = (raw, at) => {
    if (lineStartAt(raw, at, lastTags)) return true;
    const bar = raw.indexOf("| ", at);
    if (bar > at && bar <= at + 101 || raw.startsWith("##[", at)) {
      PREFIX.lastIndex = at;
      if (PREFIX.test(raw) && lineStartAt(raw, PREFIX.lastIndex, lastTags)) return true;
    }
    return false;
  };
  let lastLine2;
  let lastBits = 0;
  const lastTags = new Int32Array(scanner.words);
  const scan = (line) => {
    if (line !== lastLine2) {
      lastBits = scanner.scan(line, lastTags);
      lastLine2 = line;
    }
    return lastBits;
  };
  const interesting = (raw) => {
    if (!safe) return true;
    if (raw.includes("\x1B") || raw.startsWith('{"')) return true;
    if ((scan(raw) & ANCHOR) !== 0) return true;
    if (shapeAfterPrefix(raw, 0)) return true;
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      TIMESTAMP.lastIndex = 0;
      if (TIMESTAMP.test(raw)) {
        const end = TIMESTAMP.lastIndex;
        if (shapeAfterPrefix(raw, end)) return true;
        if (raw.charCodeAt(end) === 32 && shapeAfterPrefix(raw, end + 1)) return true;
      }
    }
    return false;
  };
  const CANDIDATE = {
    test: (line) => {
      if (!safe) return true;
      const bits = scan(line);
      return (bits & ANCHOR) !== 0 || lineStartAt(line, 0, lastTags);
    }
  };
  const mayMatchARule = !data.ruleGate ? () => true : (line) => (scan(line) & RULE_ANCHOR) !== 0;
  let minimal;
  return {
    FILTERED_PATTERNS,
    LINE_START,
    CANDIDATE,
    interesting,
    mayMatchARule,
    get UNANCHORED() {
      return FILTERED_PATTERNS.filter((p) => anchorsOf(p.source) === void 0);
    },
    get ANCHORS() {
      const lineStart = new Set(LINE_START);
      return minimal ??= minimalAnchors(FILTERED_PATTERNS.filter((p) => !lineStart.has(p)).flatMap((p) => anchorsOf(p.source) ?? []));
    }
  };
}

// src/classify/sign-gate.ts
var DIALECT_UNINFORMATIVE = DIALECTS.map((d) => d.uninformative).filter((p) => p !== void 0);
var DIALECT_WRAPPER_ECHOES = DIALECTS.map((d) => d.wrapperEcho).filter((p) => p !== void 0);
var SIGN_PATTERNS = [PY_TRACEBACK, STACK_FRAME, PANIC_HEADER, CAUSED_BY, DIRECT_CAUSE, DURING_HANDLING, UNINFORMATIVE, ...DIALECT_UNINFORMATIVE, ...DIALECT_WRAPPER_ECHOES];
var index2;
var masks;
var lastLine;
var lastMask = 0;
function mayMatch(line, n) {
  if (line !== lastLine) {
    if (index2 === void 0) {
      const built2 = lineStartIndex("signs", SIGN_PATTERNS);
      masks = Int32Array.from(built2.lists, (list) => list.reduce((mask, k) => mask | 1 << k, 0));
      index2 = built2;
    }
    lastMask = masks[index2.listId(line)];
    lastLine = line;
  }
  return (lastMask & 1 << n) !== 0;
}
var gate = (n) => {
  const pattern = SIGN_PATTERNS[n];
  return { test: (line) => mayMatch(line, n) && pattern.test(line) };
};
var GATED = {
  PY_TRACEBACK: gate(0),
  STACK_FRAME: gate(1),
  PANIC_HEADER: gate(2),
  CAUSED_BY: gate(3),
  DIRECT_CAUSE: gate(4),
  DURING_HANDLING: gate(5),
  UNINFORMATIVE: gate(6),
  DIALECT_UNINFORMATIVE: DIALECT_UNINFORMATIVE.map((_, k) => gate(7 + k)),
  WRAPPER_ECHOES: DIALECT_WRAPPER_ECHOES.map((_, k) => gate(7 + DIALECT_UNINFORMATIVE.length + k))
};

// src/classify/units.ts
var EVIDENCE_PER_UNIT = 4;
function newUnit(key, name, runner, line, scope, state) {
  return {
    key,
    name,
    runner,
    line,
    scope,
    state,
    wrapped: false,
    listed: false,
    parent: false,
    timedOut: false,
    hookTimedOut: false,
    timeoutNoted: false,
    high: 0,
    ambiguous: 0,
    continuing: 0,
    code: 0,
    unexplained: 0,
    consequences: 0,
    nullHandles: 0,
    closingHandles: 0,
    file: void 0,
    holdsHooks: false,
    highFromOutput: 0,
    phases: 1,
    phaseStart: 0,
    path: void 0,
    conflated: false,
    closingNamed: 0,
    closingOther: 0,
    closedReceivers: /* @__PURE__ */ new Set(),
    assigned: /* @__PURE__ */ new Set(),
    suitePath: void 0,
    unconcluded: false,
    services: /* @__PURE__ */ new Set(),
    infraServices: /* @__PURE__ */ new Set(),
    unnamed: 0,
    mention: void 0,
    driver: void 0,
    lastInfraLine: 0,
    chain: [],
    lastUnexplained: void 0,
    wrapsNext: false,
    awaitingError: void 0,
    evidence: [],
    sharesDetailsOf: void 0
  };
}
function count(unit, finding, evidence = true) {
  finding.test = unit.scope === "test" ? unit.name : void 0;
  unit.lastUnexplained = finding.kind === "unexplained" ? finding : void 0;
  if (finding.kind === "code") {
    unit.code++;
    if (finding.nullHandle) unit.nullHandles++;
    else if (finding.closesHandle) unit.closingHandles++;
  } else if (finding.kind === "unexplained") unit.unexplained++;
  else if (finding.continuing) unit.continuing++;
  else if (finding.confidence === "high") {
    unit.high++;
    if (finding.service === "") unit.unnamed++;
    else unit.services.add(finding.service);
  } else unit.ambiguous++;
  if (finding.kind === "infrastructure") {
    unit.lastInfraLine = finding.line;
    if (finding.service !== "") unit.infraServices.add(finding.service);
  }
  if (evidence) keep(unit, finding);
}
function recount(unit, finding, change) {
  uncount(unit, finding);
  change(finding);
  count(unit, finding, false);
}
function linkChain(unit, link, isIoError) {
  const last = unit.lastUnexplained;
  if (link === "direct-cause") {
    unit.wrapsNext = last === void 0 && unit.lastInfraLine > 0;
    if (last && unit.chain.length < 64) unit.chain.push(last);
  } else if (last && (link === "caused-by" || isIoError(last)) && unit.chain.length < 64) unit.chain.push(last);
  unit.lastUnexplained = void 0;
}
function settleChain(unit) {
  for (const link of unit.chain) {
    unit.unexplained--;
    const at = unit.evidence.indexOf(link);
    if (at >= 0) unit.evidence.splice(at, 1);
  }
  unit.chain.length = 0;
}
function uncount(unit, finding) {
  if (finding.kind === "code") {
    unit.code--;
    if (finding.nullHandle) unit.nullHandles--;
    else if (finding.closesHandle) unit.closingHandles--;
  } else if (finding.kind === "unexplained") unit.unexplained--;
  else if (finding.continuing) unit.continuing--;
  else if (finding.confidence === "high") {
    if (finding.service === "") unit.unnamed--;
  } else unit.ambiguous--;
}
function keep(unit, finding) {
  if (unit.evidence.length < EVIDENCE_PER_UNIT) {
    unit.evidence.push(finding);
    return;
  }
  if (finding.kind === "code" && !unit.evidence.some((e) => e.kind === "code")) {
    for (let at = unit.evidence.length - 1; at >= 0; at--) {
      if (unit.evidence[at].kind === "code") continue;
      unit.evidence[at] = finding;
      return;
    }
  }
}
function absorb(into, from) {
  into.high += from.high;
  into.highFromOutput += from.high;
  into.ambiguous += from.ambiguous;
  into.continuing += from.continuing;
  into.code += from.code;
  into.unexplained += from.unexplained;
  into.consequences += from.consequences;
  into.nullHandles += from.nullHandles;
  into.closingHandles += from.closingHandles;
  into.closingNamed += from.closingNamed;
  into.closingOther += from.closingOther;
  for (const r of from.closedReceivers) into.closedReceivers.add(r);
  for (const a of from.assigned) into.assigned.add(a);
  into.unnamed += from.unnamed;
  into.timedOut ||= from.timedOut;
  into.hookTimedOut ||= from.hookTimedOut;
  into.timeoutNoted ||= from.timeoutNoted;
  for (const s of from.services) into.services.add(s);
  for (const s of from.infraServices) into.infraServices.add(s);
  into.mention ??= from.mention;
  into.lastInfraLine = Math.max(into.lastInfraLine, from.lastInfraLine);
  for (const f of from.evidence) {
    if (into.scope === "test") f.test = into.name;
    keep(into, f);
  }
}
function hasFindings(unit) {
  return unit.high + unit.ambiguous + unit.continuing + unit.code + unit.unexplained + unit.consequences > 0 || unit.timedOut;
}
function unitOutcome(unit) {
  const first = (test) => unit.evidence.find(test);
  const infraEvidence = first((f) => f.kind === "infrastructure" && f.confidence === "high" && !f.continuing) ?? first((f) => f.kind === "infrastructure");
  const closingsExcused = unit.holdsHooks && !unit.conflated && unit.high > 0 && unit.closingHandles > 0 && mayCloseItsHandles(unit, unit.assigned);
  const nullsLikely = unit.holdsHooks && !unit.conflated && unit.high > 0 && unit.nullHandles > 0 && unit.code === unit.nullHandles + (closingsExcused ? unit.closingHandles : 0);
  const closings = (closingsExcused ? unit.closingHandles : 0) + (nullsLikely ? unit.nullHandles : 0);
  if (unit.code > closings) {
    const evidence = first((f) => f.kind === "code");
    return evidence ? { kind: "code", evidence } : { kind: "code" };
  }
  const services = namedServices(unit);
  if (unit.high > 0) {
    const likelyTeardown = closingsExcused || nullsLikely;
    const loggedBesideTimeout = unit.timedOut && unit.high <= unit.highFromOutput;
    const confidence = unit.unexplained > 0 || unit.ambiguous > 0 || unit.hookTimedOut || unit.timeoutNoted || loggedBesideTimeout || likelyTeardown ? "ambiguous" : "high";
    return { kind: "infrastructure", confidence, services, ...infraEvidence ? { evidence: infraEvidence } : {} };
  }
  if (unit.ambiguous + unit.continuing > 0 && unit.unexplained === 0) {
    return { kind: "infrastructure", confidence: "ambiguous", services, ...infraEvidence ? { evidence: infraEvidence } : {} };
  }
  const unexplained = first((f) => f.kind === "unexplained");
  if (unit.unexplained > 0 || unit.ambiguous + unit.continuing > 0) return { kind: "unexplained", reason: "error", ...unexplained ?? infraEvidence ? { evidence: unexplained ?? infraEvidence } : {} };
  if (unit.timedOut) return { kind: "unexplained", reason: "timeout" };
  if (unit.unconcluded) return { kind: "unexplained", reason: "unconcluded" };
  return { kind: "unexplained", reason: unit.wrapped ? "wrapped" : "silent" };
}
function mayCloseItsHandles(unit, assigned) {
  if (unit.closingOther > 0) return false;
  return assigned.size === 0 || [...unit.closedReceivers].every((r) => assigned.has(r));
}
function namedServices(unit) {
  const named = [...unit.services];
  if (named.length === 0 && unit.unnamed > 0 && unit.mention) named.push(unit.mention);
  return named.sort();
}

// src/classify/verdict.ts
var COUNTS_PARENTS = new Set(DIALECTS.filter((d) => d.countsParents).map((d) => d.id));
var EVIDENCE_MAX = 12;
var TESTS_MAX = 100;
var NAMES_IN_TEXT = 5;
function decideVerdict(inputs) {
  const failing = failingUnits(inputs.units);
  if (failing.length === 0) return judgeByFatal(inputs.run, inputs.counts, unaccounted(inputs.all));
  const judged = withLoggedClientTimeouts(withHandleConsequences(failing.map((u) => ({ unit: u, outcome: unitOutcome(detailsOf(u)) }))), inputs.logged);
  explainWrapped(judged, inputs.outside);
  const outside = unitOutcome(inputs.outside);
  if (hasOwnFindings(inputs.outside) && !(outside.kind === "infrastructure" && outside.confidence === "high")) judged.push({ unit: inputs.outside, outcome: outside });
  const tests = judged.map(toTestVerdict);
  const base = { counts: inputs.counts, tests: tests.slice(0, TESTS_MAX), failingTests: failing.length };
  const evidence = collectEvidence(judged);
  const code = tests.filter((t) => t.outcome === "code");
  if (code.length > 0) {
    const first = code[0];
    const infra2 = tests.some((t) => t.outcome === "infrastructure") ? " Infrastructure errors also appear, but a code failure is never excused by them." : "";
    return {
      ...base,
      classification: "code",
      confidence: "high",
      services: [],
      unnamedService: false,
      ruleId: first.ruleId,
      title: first.evidence?.title ?? "Code failure",
      evidence,
      explanation: `${first.evidence?.title ?? "A code failure"} (line ${first.evidence?.line ?? first.line}). ${tests.length === 1 ? "The failing unit fails" : `${code.length} of ${tests.length} failing units fail`} in the code: ${names(code)}.${infra2}`
    };
  }
  const infra = tests.filter((t) => t.outcome === "infrastructure");
  const sure = infra.filter((t) => t.confidence === "high");
  const services = [...new Set(infra.flatMap((t) => t.services))].sort();
  const unnamed2 = sure.some((t) => t.services.length === 0);
  const countedParents = inputs.units.filter((u) => u.state === "failing" && !failing.includes(u) && COUNTS_PARENTS.has(u.runner)).length;
  const printed = failing.reduce((n, u) => n + u.phases, 0);
  const unprinted = Math.max(0, inputs.reportedFailures - printed - countedParents);
  if (sure.length === tests.length && unprinted === 0) {
    const first = sure[0];
    const count2 = failing.length === 1 ? "the failing unit" : `all ${failing.length} failing units`;
    const what = services.length > 0 ? `${services.join(", ")} was not available` : "a service was not available (no line names which)";
    return {
      ...base,
      classification: "infrastructure",
      confidence: "high",
      services: sure.flatMap((t) => t.services).length > 0 ? [...new Set(sure.flatMap((t) => t.services))].sort() : [],
      unnamedService: unnamed2,
      ruleId: first.ruleId,
      title: first.evidence?.title ?? "Infrastructure failure",
      evidence,
      explanation: `${first.evidence?.title ?? "Infrastructure failure"}: ${what} (line ${first.evidence?.line ?? first.line}); ${count2} failed for that reason alone.`
    };
  }
  const doubts = [
    unprinted > 0 ? `the runner reports ${inputs.reportedFailures} failure(s) but printed ${failing.length}` : "",
    describe(tests.filter((t) => t.outcome === "unexplained" && t.ruleId === "test.timeout"), "timed out, and a timeout is never excused"),
    describe(tests.filter((t) => t.ruleId === "test.never-concluded"), "were started and never concluded (the process died inside them)"),
    describe(tests.filter((t) => t.outcome === "unexplained" && t.ruleId !== "test.timeout" && t.ruleId !== "test.never-concluded"), "show no infrastructure cause"),
    describe(infra.filter((t) => t.confidence === "ambiguous"), "fail for a reason that is only possibly infrastructure")
  ].filter(Boolean).join("; ");
  if (infra.length > 0) {
    const first = infra.find((t) => t.confidence === "ambiguous") ?? infra[0];
    return {
      ...base,
      classification: "infrastructure",
      confidence: "ambiguous",
      services,
      unnamedService: false,
      ruleId: first.ruleId,
      title: first.evidence?.title ?? "Possibly infrastructure",
      evidence,
      explanation: `${first.evidence?.title ?? "Infrastructure failure"} (line ${first.evidence?.line ?? first.line}), but ${doubts}: not every failure is explained by a missing service.`
    };
  }
  return { ...base, ...unrecognised(`${doubts}; the failures are treated as the code\u2019s.`), evidence };
}
var OUTSIDE = "(outside any test)";
function detailsOf(unit) {
  let at = unit;
  for (let hops = 0; at.sharesDetailsOf && !hasFindings(at) && hops < 1e3; hops++) at = at.sharesDetailsOf;
  return at;
}
function failingUnits(units) {
  const failing = units.filter((u) => u.state === "failing" && !(u.parent && u.code + u.high + u.ambiguous + u.unexplained === 0));
  return failing.filter((u) => !(u.runner === "go" && u.code + u.high + u.ambiguous + u.unexplained === 0 && failing.some((o) => o !== u && o.name.startsWith(`${u.name}/`))));
}
function hasOwnFindings(outside) {
  return outside.code + outside.high + outside.ambiguous + outside.unexplained > 0;
}
var SETUP = /"before (?:all|each)" hook|\bat setup of\b|\bset_?[Uu]p(?:Class|Module|_class|_module)?\b|\bbefore(?:All|Each)\b|@Before(?:All|Each|Class)?\b|\bfixture\b/i;
var TEARDOWN = /"after (?:all|each)" hook|\bat teardown of\b|\btear_?[Dd]own(?:Class|Module)?\b|\bafter(?:All|Each)\b|@After/i;
function scopeOf(name) {
  const hook = /hook (?:for|in) "([^"]{1,500})"/.exec(name);
  if (hook) return `hook:${hook[1]}`;
  const cut = name.search(/ > |::| › /);
  return cut > 0 ? name.slice(0, cut) : "";
}
function scopeKey(unit) {
  return unit.suitePath !== void 0 ? `suite:${unit.suitePath}` : scopeOf(unit.name);
}
function withHandleConsequences(judged) {
  return judged.map((j) => {
    const u = j.unit;
    const setups = refusedSetupOf(u, judged);
    const setup = setups[0];
    if (!setup || u.conflated) return j;
    const assigned = new Set(setups.flatMap((s) => [...s.unit.assigned]));
    const closingsOk = u.closingHandles === 0 || mayCloseItsHandles(u, assigned);
    const onlyHandles = j.outcome.kind === "code" && u.code > 0 && u.code === u.nullHandles + u.closingHandles && closingsOk && u.unexplained === 0 && u.ambiguous === 0;
    const onlyTimedOut = j.outcome.kind === "unexplained" && j.outcome.reason === "timeout";
    if (onlyHandles && setup.outcome.kind === "infrastructure") return { unit: u, outcome: { ...setup.outcome, confidence: "ambiguous" } };
    if (onlyTimedOut && setup.outcome.kind === "infrastructure") return { unit: u, outcome: { ...setup.outcome, confidence: "ambiguous" } };
    return j;
  });
}
var PHASES_ALIKE = new Set(DIALECTS.filter((d) => d.namesPhasesAlike).map((d) => d.id));
var byFile = (unit) => unit.scope === "outside" && unit.file !== void 0 && !TEARDOWN.test(unit.name) && !PHASES_ALIKE.has(unit.runner);
var refusedForSure = (j) => j.outcome.kind === "infrastructure" && j.outcome.confidence === "high";
function refusedSetupOf(unit, judged) {
  const sameName = PHASES_ALIKE.has(unit.runner) ? judged.find((o) => o.unit !== unit && refusedForSure(o) && o.unit.runner === unit.runner && o.unit.name === unit.name) : void 0;
  if (sameName) return [sameName];
  if (TEARDOWN.test(unit.name)) {
    const scope = scopeKey(unit);
    if (scope === "") return [];
    return judged.filter((o) => refusedForSure(o) && SETUP.test(o.unit.name) && scopeKey(o.unit) === scope).slice(0, 1);
  }
  if (!byFile(unit)) return [];
  if (unit.closingNamed < unit.closingHandles) return [];
  const tests = judged.filter((o) => o.unit !== unit && o.unit.scope === "test" && o.unit.file === unit.file);
  return tests.length > 0 && tests.every(refusedForSure) ? tests : [];
}
function withLoggedClientTimeouts(judged, logged) {
  if (!logged || logged.size === 0) return judged;
  return judged.map((j) => {
    if (j.outcome.kind !== "unexplained" || j.outcome.reason !== "timeout" || j.unit.scope !== "test") return j;
    const name = j.unit.name;
    const within = (logName) => logName.includes(" > ") && (logName === name || name.startsWith(`${logName} > `) || logName.startsWith(`${name} > `));
    const related = [...logged].filter(([logName]) => within(logName)).map(([, l]) => l);
    if (related.length === 0 || related.some((l) => l.other > 0) || !related.some((l) => l.refusals > 0)) return j;
    const services = [...new Set(related.flatMap((l) => [...l.services]))].sort();
    const evidence = related.find((l) => l.first)?.first;
    return { unit: j.unit, outcome: { kind: "infrastructure", confidence: "ambiguous", services, ...evidence ? { evidence: { ...evidence, note: "the test timed out while its own logging shows only this client failing to reach the service: likely why, not proven (a test that hangs on its own shows the same lines beside a retrying client)" } } : {} } };
  });
}
function explainWrapped(judged, outside) {
  const sure = (o) => o.kind === "infrastructure" && o.confidence === "high";
  const classOf = (name) => name.split(" > ")[0] ?? name;
  const outsideOutcome = unitOutcome(outside);
  judged.forEach((j, i) => {
    if (j.outcome.kind !== "unexplained" || j.outcome.reason !== "wrapped") return;
    const sibling = judged.find((o) => o !== j && sure(o.outcome) && classOf(o.unit.name) === classOf(j.unit.name));
    const shown = sibling?.outcome ?? (sure(outsideOutcome) ? outsideOutcome : void 0);
    if (shown) judged[i] = { unit: j.unit, outcome: shown };
  });
}
function toTestVerdict({ unit, outcome }) {
  const base = { name: unit.scope === "outside" && unit.key === OUTSIDE_KEY ? OUTSIDE : unit.name, runner: unit.runner, scope: unit.scope, line: unit.line, outcome: outcome.kind };
  const evidence = outcome.evidence ? { evidence: outcome.evidence } : {};
  switch (outcome.kind) {
    case "code":
      return { ...base, classification: "code", confidence: "high", services: [], ruleId: outcome.evidence?.ruleId ?? "code", ...evidence };
    case "infrastructure":
      return { ...base, classification: "infrastructure", confidence: outcome.confidence, services: outcome.services, ruleId: outcome.evidence?.ruleId ?? "infrastructure", ...evidence };
    default:
      return { ...base, classification: "code", confidence: "ambiguous", services: [], ruleId: UNEXPLAINED_RULE[outcome.reason], ...evidence };
  }
}
var OUTSIDE_KEY = "\0outside";
var UNEXPLAINED_RULE = {
  timeout: "test.timeout",
  silent: "test.no-reason",
  wrapped: "test.unexplained-error",
  error: "test.unexplained-error",
  unconcluded: "test.never-concluded"
};
function unaccounted(parts) {
  for (const part of parts) {
    if (part.code + part.high + part.ambiguous + part.unexplained === 0) continue;
    const outcome = unitOutcome(part);
    if (!(outcome.kind === "infrastructure" && outcome.confidence === "high")) return outcome;
  }
  return void 0;
}
function judgeByFatal(run, counts, other) {
  const shown = (first) => [...first ? [first] : [], ...run.evidence.filter((e) => e !== first)].slice(0, EVIDENCE_MAX);
  const base = { counts, tests: [], failingTests: 0, unnamedService: false };
  if (run.firstCode) {
    const f = run.firstCode;
    return { ...base, classification: "code", confidence: "high", services: [], ruleId: f.ruleId, title: f.title, evidence: shown(f), explanation: `${f.title} (line ${f.line}).` };
  }
  const fatal = run.fatal;
  if (!fatal) {
    const note = run.firstInfra ? ` The only connection error (line ${run.firstInfra.line}) was logged by a client that went on past it.` : "";
    return { ...base, ...unrecognised(`The tests failed and no cause was found in the log, so the failure is treated as the code\u2019s.${note}`), evidence: run.firstInfra ? [run.firstInfra] : [] };
  }
  const evidence = shown(fatal);
  if (fatal.kind === "infrastructure" && fatal.confidence === "high" && other) {
    const shown2 = other.evidence && other.evidence !== fatal ? `${other.evidence.title.toLowerCase()} (line ${other.evidence.line})` : "a failure no rule explains";
    return { ...base, classification: "infrastructure", confidence: "ambiguous", services: fatal.service ? [fatal.service] : [], ruleId: fatal.ruleId, title: fatal.title, evidence, explanation: `${fatal.title} (line ${fatal.line}) ended the run, but the log also shows ${shown2}: not every failure is explained by a missing service.` };
  }
  if (fatal.kind === "infrastructure" && fatal.confidence === "high") {
    const named = run.services.size > 0 ? [...run.services] : run.mention ? [run.mention] : [];
    const services = [...new Set(named)].sort();
    const what = services.length > 0 ? `${services.join(", ")} was not available` : "a service was not available, and no line names which";
    return { ...base, classification: "infrastructure", confidence: "high", services, unnamedService: services.length === 0, ruleId: fatal.ruleId, title: fatal.title, evidence, explanation: `${fatal.title}: ${what} (line ${fatal.line}); it is the error that ended the run.` };
  }
  if (fatal.kind === "infrastructure") {
    return { ...base, classification: "infrastructure", confidence: "ambiguous", services: fatal.service ? [fatal.service] : [], ruleId: fatal.ruleId, title: fatal.title, evidence, explanation: `${fatal.title} (line ${fatal.line})${fatal.note ? `: ${fatal.note}` : ""}; not enough to say a service was missing.` };
  }
  if (run.firstInfra) {
    const f = run.firstInfra;
    return { ...base, classification: "infrastructure", confidence: "ambiguous", services: f.service ? [f.service] : [], ruleId: f.ruleId, title: f.title, evidence, explanation: `${f.title} (line ${f.line}), but the run ended with an error no rule explains (line ${fatal.line}): the connection error may not be why it failed.` };
  }
  if (fatal.structural) return { ...base, ...unrecognised(`${fatal.title}: ${fatal.text}; the failure is treated as the code\u2019s.`), evidence };
  return { ...base, ...unrecognised(`The run ended with an error no rule explains (line ${fatal.line}), so the failure is treated as the code\u2019s.`), evidence };
}
function unrecognised(explanation) {
  return { classification: "code", confidence: "ambiguous", services: [], unnamedService: false, ruleId: "code.unrecognised", title: "Tests failed for a reason no rule recognises", explanation };
}
function collectEvidence(judged) {
  const deciding = judged.map((j) => j.outcome.evidence).filter((e) => e !== void 0);
  const ordered = [...deciding.filter((e) => e.kind === "code"), ...deciding.filter((e) => e.kind !== "code")];
  const rest = judged.flatMap((j) => j.unit.evidence).filter((e) => !ordered.includes(e));
  return [...ordered, ...rest].slice(0, EVIDENCE_MAX);
}
function describe(tests, what) {
  return tests.length === 0 ? "" : `${tests.length} failing unit${tests.length === 1 ? "" : "s"} ${what} (${names(tests)})`;
}
function names(tests) {
  const shown = tests.slice(0, NAMES_IN_TEXT).map((t) => t.name).join(", ");
  return tests.length > NAMES_IN_TEXT ? `${shown} and ${tests.length - NAMES_IN_TEXT} more` : shown;
}

// src/classify/streams.ts
var ANSI = /\u001b\[[0-?]*[ -/]*[@-~]/g;
var TASK_PREFIX = /^(?:(?:[\w.@-]{1,100}\/){1,6}[\w.@-]{1,100} [a-z][\w:.-]{0,60}|(?:@[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100}:[a-z][\w:.-]{0,60}):(?: |$)/;
function startsLikeAPrefix(raw, from) {
  let slash = false;
  for (let i = from; i < from + 400 && i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 47) slash = true;
    else if (c === 32) return slash && i > from;
    else if (c === 58) {
      const next = raw.charCodeAt(i + 1);
      return i > from && next >= 97 && next <= 122;
    } else if (!(c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 64 || c === 46 || c === 45 || c === 95 || slash && c >= 65 && c <= 90)) return false;
  }
  return false;
}
var SCRIPT_HEADER = /^> ((?:@[a-z0-9][\w.-]{0,100}\/)?[a-z0-9][\w.-]{0,100})@[\w.+-]{1,60} ([\w:.-]{1,80})(?: \/\S{0,300})?\s*$/;
function scriptSection(raw) {
  if (raw.charCodeAt(0) !== 62) return void 0;
  const found = SCRIPT_HEADER.exec(raw);
  return found ? `${found[1]} ${found[2]}` : void 0;
}
var NX_HEADER = /^(?:::group::(?<mark>✅|❌|⚠️)?\s?)?> nx run (?<task>(?:@[a-z0-9][\w.-]{0,100}\/)?[a-z0-9][\w.-]{0,100}:[\w:.-]{1,80})(?:\s|$)/;
function nxSection(raw) {
  if (!raw.includes("nx run")) return void 0;
  const found = NX_HEADER.exec(raw.includes("\x1B") ? raw.replace(ANSI, "") : raw);
  return found?.groups ? { task: found.groups.task, failed: found.groups.mark === "\u274C" } : void 0;
}
function nxPrefixed(raw, projects) {
  if (projects.size === 0) return void 0;
  const plain = raw.includes("\x1B") ? raw.replace(ANSI, "") : raw;
  const colon = plain.indexOf(":");
  if (colon < 1 || colon > 201 || plain.length > colon + 1 && plain.charCodeAt(colon + 1) !== 32) return void 0;
  const project = plain.slice(0, colon);
  return projects.has(project) ? { stream: project, line: plain.slice(colon + 2) } : void 0;
}
function nxCached(raw) {
  return /\[(?:local cache|remote cache|existing outputs match the cache, left as is)\]/.test(raw.includes("\x1B") ? raw.replace(ANSI, "") : raw);
}
var NX_FAILED_ITEM = /^- ((?:@[a-z0-9][\w.-]{0,100}\/)?[a-z0-9][\w.-]{0,100}):([\w:.-]{1,80})\s*$/;
function plainText(raw) {
  return raw.includes("\x1B") ? raw.replace(ANSI, "") : raw;
}
function nxFailedItem(raw) {
  const found = NX_FAILED_ITEM.exec(raw.includes("\x1B") ? raw.replace(ANSI, "") : raw);
  return found ? { project: found[1], task: `${found[1]}:${found[2]}` } : void 0;
}
function succeededBefore(opened, chains) {
  const space = opened.lastIndexOf(" ");
  const pkg = opened.slice(0, space);
  const script = opened.slice(space + 1);
  const done = [`${pkg} pre${script}`];
  if (script.startsWith("post") && script.length > 4) done.push(`${pkg} ${script.slice(4)}`);
  const before = chains.get(pkg)?.get(script);
  if (before !== void 0) done.push(`${pkg} ${before}`);
  return done;
}
var RUN_SCRIPT = /^\s*(?:npm run(?:-script)?|pnpm run|yarn run) ([\w:.-]{1,80})\s*$/;
var NPM_TEST = /^\s*(?:npm|pnpm) t(?:est)?\s*$/;
function chainedScripts(command) {
  if (!command.includes("&&")) return [];
  const scripts = command.split("&&").map((part) => RUN_SCRIPT.exec(part)?.[1] ?? (NPM_TEST.test(part) ? "test" : void 0));
  const pairs = [];
  for (let i = 1; i < scripts.length; i++) {
    const a = scripts[i - 1];
    const b = scripts[i];
    if (a !== void 0 && b !== void 0) pairs.push([a, b]);
  }
  return pairs;
}
var MAX_STREAMS = 32;
function taskLine(raw) {
  let from = 0;
  while (raw.charCodeAt(from) === 27) {
    const end = raw.indexOf("m", from);
    if (end < 0 || end - from > 20) return void 0;
    from = end + 1;
  }
  if (!startsLikeAPrefix(raw, from)) return void 0;
  const plain = raw.charCodeAt(0) === 27 ? raw.replace(ANSI, "") : raw;
  const found = TASK_PREFIX.exec(plain);
  if (!found) return void 0;
  const prefix = found[0];
  return { stream: prefix.replace(/: ?$/, ""), line: plain.slice(prefix.length) };
}
function leniency(verdict) {
  if (verdict.classification === "code") return verdict.confidence === "high" ? 0 : 1;
  return verdict.confidence === "high" ? 3 : 2;
}
var EVIDENCE_MAX2 = 12;
var TESTS_MAX2 = 100;
function combineStreams(streams) {
  const [first] = streams;
  if (first === void 0) throw new Error("combineStreams: no stream to combine");
  if (streams.length === 1) return first.verdict;
  const deciding = streams.reduce((worst, s) => leniency(s.verdict) < leniency(worst.verdict) ? s : worst);
  const all = streams.map((s) => s.verdict);
  const tests = all.flatMap((v) => v.tests).slice(0, TESTS_MAX2);
  const failingTests = all.reduce((n, v) => n + v.failingTests, 0);
  const counts = {
    infrastructureHigh: all.reduce((n, v) => n + v.counts.infrastructureHigh, 0),
    infrastructureAmbiguous: all.reduce((n, v) => n + v.counts.infrastructureAmbiguous, 0),
    code: all.reduce((n, v) => n + v.counts.code, 0)
  };
  const evidence = [...deciding.verdict.evidence, ...all.filter((v) => v !== deciding.verdict).flatMap((v) => v.evidence)].slice(0, EVIDENCE_MAX2);
  const names2 = streams.map((s) => s.name).join(", ");
  if (all.every((v) => v.classification === "infrastructure" && v.confidence === "high")) {
    const services = [...new Set(all.flatMap((v) => v.services))].sort();
    return {
      ...deciding.verdict,
      services,
      unnamedService: all.some((v) => v.unnamedService),
      tests,
      failingTests,
      counts,
      evidence,
      explanation: `Each package's log judged on its own (${names2}): every one failed for a missing service. ${streams.map((s) => `${s.name}: ${s.verdict.explanation}`).join(" ")}`
    };
  }
  return {
    ...deciding.verdict,
    tests,
    failingTests,
    counts,
    evidence,
    explanation: `Each package's log judged on its own (${names2}); ${deciding.name} decides: ${deciding.verdict.explanation}`
  };
}
var TASK_FAILED = /^(?:Failed|npm (?:error|ERR!) (?:code (?:[1-9]\d{0,2}|ELIFECYCLE)|Lifecycle script .{1,200} failed\b.*)|\s*ELIFECYCLE\s+(?:Test|Command) failed\b.*|error Command failed with exit code [1-9]\d{0,2}\.?|error: script ".{1,200}" exited with code [1-9]\d{0,2}|Warning: command ".{1,500}" exited with non-zero status code)\s*$/;
function taskFailedLine(line) {
  const plain = line.includes("\x1B") ? line.replace(ANSI, "") : line;
  return TASK_FAILED.test(plain);
}
var TURBO_TASK_FAILED = /^((?:@[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100})#([a-z][\w:.-]{0,60}): {1,4}(?:(?:ERROR|WARNING) {1,4})?command (?:\(.{0,1000}\) .{0,1000} exited \(\d{1,3}\)|finished with error)/;
var TURBO_FAILED_LIST = /^Failed: {1,10}((?:@[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100}#[a-z][\w:.-]{0,60}(?:, (?:@[a-z0-9][a-z0-9._-]{0,100}\/)?[a-z0-9][a-z0-9._-]{0,100}#[a-z][\w:.-]{0,60}){0,1000})\s*$/;
var PNPM_SCRIPT_FAILED = /^\s{0,2}ERROR\s{1,4}((?:@[a-z0-9][\w.-]{0,100}\/)?[a-z0-9][\w.-]{0,100})@[\w.+-]{1,60} ([\w:.-]{1,80}): `/;
function failedTasksNamed(raw) {
  const script = raw.includes("ERROR") ? PNPM_SCRIPT_FAILED.exec(raw.includes("\x1B") ? raw.replace(ANSI, "") : raw) : null;
  if (script) return [{ name: `${script[1]} ${script[2]}`, byPackageName: true }];
  if (!raw.includes("#")) return [];
  const plain = raw.includes("\x1B") ? raw.replace(ANSI, "") : raw;
  const one = TURBO_TASK_FAILED.exec(plain);
  if (one) return [{ name: `${one[1]}:${one[2]}`, byPackageName: false }];
  const list = TURBO_FAILED_LIST.exec(plain);
  return list ? list[1].split(", ").map((task) => ({ name: task.replace("#", ":"), byPackageName: false })) : [];
}
var StreamSplitter = class {
  /** The streams judged apart, once a line belonged to a package (no more than MAX_STREAMS). */
  streams;
  /** The packages whose task the task runner, or the package manager in it, says failed. */
  failedTasks = /* @__PURE__ */ new Set();
  /** Failed tasks named in the runner's own words that must have a stream of their own (a name keyed as the streams are). */
  namedFailed = /* @__PURE__ */ new Set();
  /** The script section a package manager's header opened, which an unprefixed line belongs to. */
  section;
  /** The script sections a later header proves exited 0 (`succeededBefore`). */
  succeeded = /* @__PURE__ */ new Set();
  /** Per package, the script each script follows in a `&&` chain of its command lines. */
  chains = /* @__PURE__ */ new Map();
  /** The header just read: the next line may be the command it runs (`> npm run a && npm run b`). */
  justOpened = false;
  /** The section is an nx task's (`nxSection`). */
  inNxTask = false;
  /** The nx tasks each project's header named (its `--output-style=stream` prefix names only the project). */
  nxProjects = /* @__PURE__ */ new Map();
  /** The open nx task has printed no line yet (another header now means tasks running at once). */
  nxTaskQuiet = false;
  /** nx headers came one after another with no line between: their tasks run at once. */
  nxConcurrent = false;
  /** Tasks running at once printed unprefixed lines into one another's sections. */
  nxInterleaved;
  /** A line nx prefixed with its project came (`--output-style=stream`). */
  nxPrefixSeen = false;
  /** The lines after nx's `Failed tasks:`. */
  nxFailedList = false;
  /** Lines go to streams: the log is a monorepo's. */
  get splitting() {
    return this.streams !== void 0;
  }
  /** Where a raw line goes and the text to feed there; undefined while no line has belonged to a package (the main log's, as it is). */
  route(rawLine) {
    const task = taskLine(rawLine) ?? nxPrefixed(rawLine, this.nxProjects) ?? this.sectionLine(rawLine);
    if (task === void 0 && this.streams === void 0) return void 0;
    this.streams ??= /* @__PURE__ */ new Set();
    let judgedApart = task !== void 0 && this.streams.has(task.stream);
    if (task && !judgedApart && this.streams.size < MAX_STREAMS) {
      this.streams.add(task.stream);
      judgedApart = true;
    }
    if (task && taskFailedLine(task.line)) this.failedTasks.add(task.stream);
    const prefixed = task !== void 0 && task.line !== rawLine ? this.nxProjects.get(task.stream) : void 0;
    if (prefixed !== void 0) this.nxPrefixSeen = true;
    if (prefixed !== void 0 && prefixed.size > 1) this.nxInterleaved ??= [...prefixed];
    if (!task || task.line === rawLine) this.nxFailedListLine(rawLine);
    if (!task || task.line === rawLine) {
      for (const { name, byPackageName } of failedTasksNamed(rawLine)) {
        this.failedTasks.add(name);
        if (!byPackageName || this.section !== void 0) this.namedFailed.add(name);
      }
    }
    return task && judgedApart ? { stream: task.stream, line: task.line } : { stream: void 0, line: rawLine };
  }
  /** An unprefixed line in the section a package manager's `> name@version script` header opened. */
  sectionLine(rawLine) {
    if (this.inNxTask && rawLine.startsWith("::endgroup::")) {
      this.inNxTask = false;
      this.section = void 0;
      return void 0;
    }
    const nx = nxSection(rawLine);
    if (nx !== void 0) {
      if (this.inNxTask && this.nxTaskQuiet) this.nxConcurrent = true;
      this.section = nx.task;
      this.inNxTask = true;
      this.nxTaskQuiet = !nxCached(rawLine);
      this.justOpened = false;
      const project = nx.task.slice(0, nx.task.indexOf(":", 1));
      const tasks = this.nxProjects.get(project) ?? /* @__PURE__ */ new Set();
      tasks.add(nx.task);
      this.nxProjects.set(project, tasks);
      if (nx.failed) this.failedTasks.add(nx.task);
      return { stream: nx.task, line: rawLine };
    }
    if (this.inNxTask && rawLine.trim() !== "") {
      this.nxTaskQuiet = false;
      if (this.nxConcurrent && !this.nxPrefixSeen) this.nxInterleaved ??= [...this.nxProjects.values()].flatMap((t) => [...t]);
    }
    const opened = this.inNxTask ? void 0 : scriptSection(rawLine);
    if (opened !== void 0) {
      this.succeeded.delete(opened);
      for (const name of succeededBefore(opened, this.chains)) if (this.streams?.has(name)) this.succeeded.add(name);
      this.section = opened;
      this.justOpened = true;
    } else if (this.justOpened) {
      this.justOpened = false;
      const section = this.section;
      if (rawLine.startsWith("> ")) {
        const pkg = section.slice(0, section.lastIndexOf(" "));
        for (const [a, b] of chainedScripts(rawLine.slice(2))) {
          const chain = this.chains.get(pkg) ?? /* @__PURE__ */ new Map();
          chain.set(b, a);
          this.chains.set(pkg, chain);
        }
      }
    }
    return this.section === void 0 ? void 0 : { stream: this.section, line: rawLine };
  }
  /** nx's summary: `Failed tasks:`, then `- @shop/web:test` for each (the task and its project's prefixed stream failed). */
  nxFailedListLine(rawLine) {
    const plain = plainText(rawLine).trim();
    if (plain === "Failed tasks:") {
      this.nxFailedList = true;
      return;
    }
    if (!this.nxFailedList || plain === "") return;
    const item = nxFailedItem(plain);
    if (item === void 0) {
      this.nxFailedList = false;
      return;
    }
    this.failedTasks.add(item.task);
    this.failedTasks.add(item.project);
  }
  /**
   * The streams whose verdicts the run's combines, in the order they were opened; the failures of
   * the run only the task runner's structure shows are counted in `main` (the main log's
   * classifier), before its verdict is asked for.
   */
  failingStreams(streams, main) {
    const headerOnly = (name) => {
      const colon = name.indexOf(":", 1);
      return colon > 0 && this.nxProjects.get(name.slice(0, colon))?.has(name) === true && this.streams?.has(name.slice(0, colon)) === true;
    };
    const judged = [...streams].filter(([name, stream]) => !(headerOnly(name) && stream.saidNothing())).map(([name, stream]) => {
      const failed = this.failedTasks.has(name);
      if (failed && stream.saidNothing()) {
        stream.unexplained({ ruleId: "task.failed-unexplained", title: "A package's task failed and its lines show no failure", text: `the task runner reports that ${name} failed, and no failure in its lines explains it` });
      }
      return { name, verdict: stream.verdict(), quiet: !failed && stream.saidNothing() };
    });
    const survived = judged.filter((s) => this.succeeded.has(s.name) && s.verdict.classification === "infrastructure" && s.verdict.confidence === "high");
    const failing = judged.filter((s) => !s.quiet && !survived.includes(s));
    if (survived.length > 0 && failing.length === 0) {
      main.unexplained({ ruleId: "task.survived-refusal", title: "Only scripts that exited 0 show a missing service", text: `${survived.map((s) => s.name).join(", ")} went on after its refusal (the package manager ran the script that follows it only because it exited 0), and no line shows what failed the run` });
    }
    if (this.nxInterleaved !== void 0 && judged.some((s) => !s.quiet)) {
      main.unexplained({ ruleId: "task.interleaved", title: "Tasks' lines are interleaved", text: `nx ran ${this.nxInterleaved.join(", ")} at once and printed their lines interleaved with nothing naming the task: no line can be told to be one task's, so no task's failure is accounted for` });
    }
    return failing;
  }
  /**
   * A task the runner says failed whose lines are in no package's stream (more packages than are
   * judged apart): the main log's to explain.
   */
  failedOutsideStreams() {
    return [...this.namedFailed].some((name) => !this.streams?.has(name));
  }
};

// src/classify/handles.ts
var CLOSING_METHOD = "(?:end|close|quit|disconnect|destroy|shutdown|release|dispose|finish)";
var CLOSING_CALL = new RegExp(`((?:[A-Za-z_$][\\w$]{0,100}\\??(?:\\.|->)){0,8})([A-Za-z_$][\\w$]{0,100})(\\?)?(?:\\.|->)\\$?${CLOSING_METHOD}\\b`, "g");
function holderOf(prefix) {
  const p = prefix.replace(/\?/g, "").replace(/->/g, ".");
  if (p === "") return "";
  if (/^(?:self|cls)\.$/.test(p)) return "self.";
  if (/^\$?this\.$/.test(p)) return "this.";
  return p;
}
var LIBRARY_PATH = /(?:site-packages|dist-packages|node_modules|\/gems\/|rubygems|\/vendor\/|\/usr\/lib\/|\/lib\/python3)/;
var CARET_LINE = /^\s{0,200}(?:\|\s{0,200})?\^{1,200}\s*$/;
var MARKED_FRAME = /^\s{0,12}>\s{0,12}\d{1,6}\s?\|/;
var JAVA_NPE = /Cannot invoke "([\w$.]{1,300})\.[\w$]{1,100}\([^")]{0,300}\)" because (?:"([^"]{1,300})"|the return value of "[^"]{1,300}") is null/;
var HANDLE_WORDS = /* @__PURE__ */ new Set([
  "conn",
  "connection",
  "connections",
  "client",
  "clients",
  "pool",
  "db",
  "database",
  "redis",
  "channel",
  "producer",
  "consumer",
  "sequelize",
  "knex",
  "prisma",
  "mongoose",
  "mongo",
  "mongodb",
  "driver",
  "datasource",
  "jedis",
  "lettuce",
  "cursor",
  "broker",
  "amqp",
  "rabbit",
  "rabbitmq",
  "pg",
  "postgres",
  "postgresql",
  "mysql",
  "mariadb",
  "memcached",
  "memcache",
  "mc",
  "kafka",
  "elastic",
  "elasticsearch",
  "es",
  "nats",
  "publisher",
  "subscriber",
  "pdo",
  "cassandra",
  "etcd"
]);
var MAYBE_WORDS = /* @__PURE__ */ new Set(["cache", "queue", "session", "store", "storage", "backend", "bus", "index", "search"]);
var GENERIC_WORDS = /* @__PURE__ */ new Set(["conn", "connection", "connections", "client", "clients", "pool", "driver", "datasource", "cursor", "channel", "producer", "consumer", "publisher", "subscriber", "broker", "db", "database"]);
var JAVA_CLIENT_PACKAGE = /^(?:java\.sql|javax\.sql|org\.postgresql|com\.mysql|org\.mariadb|redis\.clients|io\.lettuce|org\.redisson|com\.rabbitmq|net\.spy\.memcached|net\.rubyeye\.xmemcached|com\.mongodb|org\.mongodb|org\.apache\.kafka|co\.elastic|org\.elasticsearch|org\.opensearch|com\.zaxxer\.hikari|io\.nats|com\.datastax|org\.springframework\.(?:jdbc|data\.redis|amqp))\./;
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function namesHandle(name) {
  return words(name).some((w) => HANDLE_WORDS.has(w));
}
function namesService(name) {
  return words(name).some((w) => HANDLE_WORDS.has(w) && !GENERIC_WORDS.has(w));
}
function closedReceiverIn(sourceLine, caretColumn2) {
  const calls = [...sourceLine.matchAll(CLOSING_CALL)].filter((c) => c[3] === void 0 && !/^(?:this|self|cls|state|ctx|context)$/.test(c[2]));
  const pointed = caretColumn2 === void 0 ? void 0 : calls.find((c) => caretColumn2 >= c.index && caretColumn2 < c.index + c[0].length);
  const call = pointed ?? (calls.length === 1 ? calls[0] : void 0);
  if (call === void 0) return void 0;
  const name = call[2];
  if (!namesHandle(name) && words(name).some((w) => MAYBE_WORDS.has(w))) return void 0;
  const ruby = /@$/.test(sourceLine.slice(0, call.index)) ? "@" : "";
  return { name: `${holderOf(`${ruby}${call[1]}`)}${name}`, handle: namesHandle(name) };
}
function caretColumn(line) {
  return CARET_LINE.test(line) ? line.indexOf("^") : void 0;
}
function javaReceiver(line) {
  const found = JAVA_NPE.exec(line);
  if (!found) return void 0;
  const type = found[1];
  if (found[2] === void 0) return { name: "", handle: false };
  const expression = found[2].split(".").pop();
  if (expression.startsWith("<")) return void 0;
  const handle = namesHandle(expression) && (JAVA_CLIENT_PACKAGE.test(type) || namesService(expression) || namesService(type.split(".").pop()));
  return { name: bare(expression), handle };
}
var ASSIGNMENT = /(?:^|[\s>|:;({])((?:const|let|var)\s+)?((?:this|self|cls|state|ctx)\.|@|\$this->)?([A-Za-z_$][\w$]{0,100})\s*=\s*(?![=>])[^\n]{0,300}$/;
function assignedHandleIn(sourceLine) {
  const found = ASSIGNMENT.exec(sourceLine);
  if (!found || found[1] !== void 0) return void 0;
  const name = found[3];
  return namesHandle(name) ? `${holderOf(found[2] ?? "")}${name}` : void 0;
}
function bare(name) {
  return name.replace(/^[$@]+/, "");
}

// src/classify/source-lines.ts
var FRAME_LOCATION = /^\s{0,12}File "[^"\n]{1,500}", line \d{1,7}, in |^\S{1,300}:\d{1,6}: in \S/;
var WATCH_LINES = 12;
var ASSIGN_LOOKS = 4;
var BARE_HEADLINE = /^\s{0,40}[A-Z][\w:]{0,200}(?:Error|Exception):\s*$/;
function nameReceiver(unit, receiver) {
  if (!receiver.handle) {
    unit.closingOther++;
    return;
  }
  unit.closingNamed++;
  if (unit.closedReceivers.size < 16) unit.closedReceivers.add(receiver.name);
}
var SourceLines = class {
  constructor(log) {
    this.log = log;
  }
  log;
  /** A closing call on a null handle was just recorded: the source line printed below it (a code frame) may name the receiver. */
  closeFrameWatch;
  /** A refusal was just recorded: the source line printed below it may show what its setup assigned. */
  assignWatch;
  assignLooks = /* @__PURE__ */ new Map();
  /** A code finding on an exception's bare class (`NoMethodError:`), whose message is the next line. */
  headlineAbove;
  /** Whether a line that matches nothing must still be shown (the classifier's fast path skips it otherwise). */
  get watching() {
    return this.closeFrameWatch !== void 0 || this.assignWatch !== void 0 || this.headlineAbove !== void 0;
  }
  /** The message under a bare exception class: a closing call on a null there is the finding's. */
  readHeadlineMessage(line) {
    const above = this.headlineAbove;
    if (above === void 0) return;
    this.headlineAbove = void 0;
    if (this.log.lineNumber() !== above.line + 1 || !NULL_DEREFERENCE.test(line) || !CLOSING_HANDLE.test(line) || NULL_HANDLE.test(line)) return;
    recount(above.unit, above.finding, (f) => {
      f.closesHandle = true;
    });
    this.nameClosed(above.unit, line);
  }
  /** A code finding on this line; if the line is an exception's class alone, its message is read from the next. */
  codeFound(unit, finding, line) {
    if (BARE_HEADLINE.test(line)) this.headlineAbove = { unit, finding, line: this.log.lineNumber() };
  }
  /** Each line: the code frames watched for after a closing null or a refusal. */
  follow(line) {
    if (this.closeFrameWatch) this.watchCloseFrame(line, this.closeFrameWatch);
    if (this.assignWatch) this.watchAssignment(line, this.assignWatch);
  }
  /** Whom a closing call on a null closed: Java says; else a source line above, or one below (watched). */
  nameClosed(unit, line) {
    const java = javaReceiver(line);
    if (java) return nameReceiver(unit, java);
    for (let back = 1; back <= 6; back++) {
      const source = this.sourceAbove(back);
      if (source === void 0) continue;
      const below = back > 1 ? this.log.previousLine(back - 1) : void 0;
      const receiver = closedReceiverIn(source, below === void 0 ? void 0 : caretColumn(below));
      if (receiver) nameReceiver(unit, receiver);
      return;
    }
    this.closeFrameWatch = { unit, until: this.log.lineNumber() + WATCH_LINES };
  }
  /** A refusal counted in `unit`: what its setup was assigning is looked for, a few refusals a unit. */
  refusalFound(unit) {
    const looks = this.assignLooks.get(unit) ?? 0;
    if (looks >= ASSIGN_LOOKS) return;
    this.assignLooks.set(unit, looks + 1);
    this.noteAssignment(unit);
  }
  /** The source line this line is or points at: jest's marked frame, or the line above a caret. */
  sourceBelow(line) {
    if (MARKED_FRAME.test(line)) return line;
    return CARET_LINE.test(line) ? this.log.previousLine(1) : void 0;
  }
  /** The source line `back` lines up, if it is one: pytest's `>`, RSpec's `Failure/Error:`, Python's line under `File ...`, a marked frame. */
  sourceAbove(back) {
    const line = this.log.previousLine(back);
    if (line === void 0) return void 0;
    if (/^\s{0,12}>\s/.test(line) || /^\s{0,20}(?:\d{1,5}\.\d{1,5}\) )?Failure\/Error: /.test(line)) return line;
    return FRAME_LOCATION.test(this.log.previousLine(back + 1) ?? "") ? line : void 0;
  }
  watchCloseFrame(line, watch) {
    if (this.log.lineNumber() > watch.until || markerOf(line)) {
      this.closeFrameWatch = void 0;
      return;
    }
    const caret = caretColumn(line);
    const previous = this.log.previousLine(1);
    if (caret !== void 0 && previous !== void 0) {
      const receiver = closedReceiverIn(previous, caret);
      if (receiver) nameReceiver(watch.unit, receiver);
      if (receiver || MARKED_FRAME.test(previous)) this.closeFrameWatch = void 0;
      return;
    }
    if (previous !== void 0 && MARKED_FRAME.test(previous)) {
      const receiver = closedReceiverIn(previous);
      if (receiver) nameReceiver(watch.unit, receiver);
      this.closeFrameWatch = void 0;
    }
  }
  watchAssignment(line, watch) {
    if (this.log.lineNumber() > watch.until || markerOf(line)) {
      this.assignWatch = void 0;
      return;
    }
    const source = this.sourceBelow(line);
    const name = source === void 0 ? void 0 : assignedHandleIn(source);
    if (name !== void 0 && watch.unit.assigned.size < 16) watch.unit.assigned.add(name);
  }
  /**
   * What a refused setup was assigning: a source line of the project's above its refusal, or one
   * below (watched). A library's frame is not the setup (psycopg2's own `conn = _connect(...)`):
   * Python's line is kept only under a `File` outside the libraries, pytest's `>` only with its
   * frame's location (`tests/conftest.py:17: in db`) printed between it and the refusal.
   */
  noteAssignment(unit) {
    for (let back = 1; back <= 8; back++) {
      const source = this.sourceAbove(back);
      const name = source === void 0 ? void 0 : assignedHandleIn(source);
      if (name === void 0 || unit.assigned.size >= 16) continue;
      if (/^\s{0,12}>\s/.test(source)) {
        let located = false;
        for (let at = back - 1; at >= 1 && !located; at--) {
          const location = /^(\S{1,300}):\d{1,6}:(?: in \S|\s*$)/.exec(this.log.previousLine(at) ?? "");
          if (location) located = !LIBRARY_PATH.test(location[1]);
        }
        if (!located) continue;
      } else if (LIBRARY_PATH.test(this.log.previousLine(back + 1) ?? "")) continue;
      unit.assigned.add(name);
    }
    this.assignWatch = { unit, until: this.log.lineNumber() + WATCH_LINES };
  }
};

// src/classify/classifier.ts
var CONTEXT_LINES = 40;
var EVIDENCE_TEXT_MAX = 300;
var AWAIT_ERROR_LINES = 3;
var MAX_UNITS = 2e4;
var MAX_PENDING = 64;
var INFRA_RULES = ALL_RULES.filter((r) => r.kind === "infrastructure");
var PROMOTED_BY_CONTEXT = /* @__PURE__ */ new Set(["network.dns.unnamed-host", "network.aggregate-error"]);
var GO_JSON_TEST = /"Action":"output","Package":"[^"]{0,300}","Test":"([^"]{1,500})"/;
var GO_JSON_PACKAGE = /"Package":"([^"]{1,300})"/;
var ASSERTED = /* @__PURE__ */ new Set(["code.assertion", "code.expectation"]);
function sameVendor(expected, actual) {
  const root = (name) => /^[\s"'`]*([A-Za-z_][\w$]{0,100})\\/.exec(name)?.[1] ?? "";
  const a = root(actual);
  return a !== "" && a === root(expected) && phpClientNamespace(`${a}\\x`) !== void 0;
}
var TAP_DEPTH_MAX = 64;
var SUITE_DEPTH_MAX = 16;
function indentOf(line) {
  return line.length - line.trimStart().length;
}
var UNIT_FILE = new Map(DIALECTS.flatMap((d) => d.unitFile ? [[d.id, d.unitFile]] : []));
var ENDS_RUN_UNSEEN = new Set(DIALECTS.filter((d) => d.markers.some((m) => m.event === "details") && !d.markers.some((m) => m.event === "pass")));
var HOOK_TITLE = /^"(?:before|after) (?:all|each)" hook[^\n]{0,500}:$/;
var SPEC_MARKS = new Set(["\u25B6", "\u2716", "\u2714", "\uFE63"].map((c) => c.charCodeAt(0)));
function firstMark(line) {
  let i = 0;
  while (i < 65 && line.charCodeAt(i) === 32) i++;
  return line.charCodeAt(i);
}
var HOLDERS = new Map(DIALECTS.flatMap((d) => d.holdsOutputOf ? [[d.id, d.holdsOutputOf]] : []));
var HOOK_TIMEOUT = /\bHook timed out\b|\bfor a hook\b|" hook\b/i;
var BARE_ASSERTION = /^\s*(?:[\w$]{1,100}\.){0,8}(?:AssertionFailedError|AssertionError|AssertionFailure): (.{1,600})$/;
var EXPECTATION_WORDS = /\b(?:expected|expect|should|must|to be|to equal|but (?:was|got)|instead|not thrown|to throw|to raise)\b/i;
var RECENT_OUTSIDE = 4096;
var RUN_EVIDENCE = 12;
var CONCLUDING_RUNNERS = new Set(DIALECTS.filter((d) => d.concludesEveryTest).map((d) => d.id));
var knowledgeBuilt;
function knowledge() {
  return knowledgeBuilt ??= {
    prefilter: prefilter(),
    anyRule: anyOf(ALL_RULES.flatMap((r) => r.patterns)),
    reported: lineStartIndex("reported", REPORTED_OF_DIALECTS)
  };
}
var MAX_LOGGED = 4096;
var TROUBLE_WORDS = /\b(?:fail|error|exception|unable|cannot|can't|could not|timed? ?out|denied|invalid|unexpected|warn|unavailable|not available)|\b(?:falling back|fall back|loading from|using|continuing|skipping|ignoring|instead)\b/i;
var ERROR_DECORATION = /^\s*(?:at\s|\.\.\. \d+ more|[{}\][],?$|(?:errno|code|syscall|address|port|hostname|host|name|message|cause|stack|errors|level|timestamp):\s)/;
var BATCH_LINES = 1024;
var BATCH_CHARS = 1 << 20;
var SIGNAL_EXIT = /^(?:129|13[0-9]|14[0-9]|15[0-9])$/;
var LogClassifier = class _LogClassifier {
  lineNumber = 0;
  batch = [];
  batchChars = 0;
  /** The raw lines before the current one, for context: this batch up to `index`, then `tail`. */
  context = { lines: [], index: 0 };
  tail = [];
  /** Line number of the last unit marker: context never reaches across it. */
  contextFloor = 0;
  counts = { infrastructureHigh: 0, infrastructureAmbiguous: 0, code: 0 };
  pending = [];
  units = /* @__PURE__ */ new Map();
  current;
  /** Findings outside any unit, outside logging zones: judged as one unit of their own. */
  outside = newUnit(OUTSIDE_KEY, "outside any test", "log", 1, "outside", "failing");
  /**
   * Findings outside any unit since the last test line, while a runner that prints a test's line
   * after its output (mocha, node:test) may yet claim them; otherwise they join `outside`.
   */
  preceding = newUnit("\0preceding", "preceding output", "log", 1, "outside", "failing");
  /** After a logging marker (`● Console`, `stdout |`, pytest's PASSES): what follows is not a failure. */
  quiet = false;
  /** Under pytest's PASSES section: its test headers are passing tests'. */
  passes;
  /** After `N failing` / `Failures:`: numbered markers open their details. */
  detailsDialect;
  reportedFailures = 0;
  /** The runner of the marker after which `preceding` began: its output is a test's only if that runner's. */
  precedingAfter;
  /** Inside an assertion's printed expected/received values (DATA_START): data, not events. */
  inData = false;
  /** A panic header whose message is the next line: unexplained unless that line is explained. */
  header;
  /** Inside a Python traceback: its first line that is not a frame is its exception. */
  inTraceback = false;
  /** The last line a rule, a sign or a marker accounted for (a finding, a wrapper, a marker). */
  handledLine = 0;
  /** The last stack frame line: a frame right after another continues the same stack. */
  frameLine = 0;
  /** After a runner's `end` marker, the lines it prints itself (dialect.ts `ownLinesAfterTests`). */
  afterTests;
  /** Fed a report's test cases (beginTest): runner markers mean nothing inside them. */
  reportMode = false;
  recentOutside = [];
  runEvidence = [];
  /** A test failed since the last group (go package) result. */
  failedInGroup = false;
  // What a log no dialect splits is judged by (verdict.ts, RunFindings).
  fatal;
  firstCode;
  firstInfra;
  runServices = /* @__PURE__ */ new Set();
  runMention;
  /** Attributes read as a client module imported as None, by attribute: a restatement reads the same. */
  noneModules = /* @__PURE__ */ new Map();
  /** Python modules whose import the log shows failing (`No module named 'psycopg2'`), caught or not. */
  failedImports = /* @__PURE__ */ new Set();
  /** The package of the go test -json event being read, and the package each go unit was seen in. */
  jsonPackage;
  unitPackage = /* @__PURE__ */ new WeakMap();
  /** Each test's own logging (vitest's `stderr | file > test`): what its clients logged there. */
  logged = /* @__PURE__ */ new Map();
  /** The named logging block being read, and the line its header was on. */
  logScope;
  logScopeLine = 0;
  /** Open TAP subtests by indentation, and whether a deeper `not ok` came inside each. */
  tapScopes = [];
  /** Open node:test spec suites (`▶ suite`) by indentation, and whether a deeper `✖` came inside each. */
  specScopes = [];
  /** The line of a TAP `not ok` or a spec suite's `✖` that only reports its subtests' failures. */
  tapParentAt = 0;
  /** The line of a spec suite's `✖` over a failing `✖`: a parent unless it prints a failure of its own. */
  specParentAt = 0;
  /** Suites made parents by the spec reporter's nesting alone, until a line of their own says otherwise. */
  specParents = /* @__PURE__ */ new WeakSet();
  /** The last failing test's marker, for a runner that prints one error for several tests. */
  lastStart;
  /** The last line a finding naming a service was recorded in a logging block. */
  loggedRefusalLine = 0;
  /** Splits a monorepo's log into its packages' streams (streams.ts) and keeps what the task runner says of their tasks. */
  splitter = new StreamSplitter();
  /** Each package's lines, when a monorepo's task runner prefixed them (streams.ts), judged apart. */
  streams = /* @__PURE__ */ new Map();
  /** Lines pushed without a number: the log's own line numbers, once lines go to streams. */
  pushed = 0;
  /** Feed one line of the log (without its newline); `lineNumber` sets its number explicitly. */
  push(rawLine, lineNumber) {
    if (lineNumber === void 0 && !this.reportMode) {
      this.pushed++;
      const routed = this.splitter.route(rawLine);
      if (routed !== void 0) {
        const into = routed.stream === void 0 ? this : this.streamOf(routed.stream);
        into.pushOwn(routed.line, this.pushed);
        return;
      }
    }
    this.pushOwn(rawLine, lineNumber);
  }
  /** The classifier of a package's stream, opened with its first line. */
  streamOf(name) {
    let stream = this.streams.get(name);
    if (stream === void 0) {
      stream = new _LogClassifier();
      this.streams.set(name, stream);
    }
    return stream;
  }
  pushOwn(rawLine, lineNumber) {
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
    if (this.logScope) this.noteLoggedLine(line);
    this.remember([line]);
  }
  get lines() {
    return Math.max(this.lineNumber + this.batch.length, this.pushed);
  }
  result(end) {
    if (!this.splitter.splitting) return this.ownResult(end);
    const judged = new Map([...this.streams].map(([name, stream]) => [name, stream.judged()]));
    const failing = this.splitter.failingStreams(judged, this.judged(end));
    const own = this.ownResult(end);
    const mainSpeaks = !this.saidNothing() || this.splitter.failedOutsideStreams();
    const speaking = [...mainSpeaks ? [{ name: "the log outside any package", verdict: own }] : [], ...failing];
    return speaking.length === 0 ? own : combineStreams(speaking);
  }
  /** This classifier as the splitter asks a stream at the end (streams.ts, `JudgedStream`). */
  judged(end) {
    return {
      saidNothing: () => this.saidNothing(),
      unexplained: (failure) => this.runFailure({ ruleId: failure.ruleId, title: failure.title, kind: "unexplained", confidence: "high", service: "", line: this.lineNumber, text: failure.text }),
      verdict: () => this.ownResult(end)
    };
  }
  /** A failure of the run the task runner's structure shows and no line does: outside any test, and the run's last word (so a verdict names it). */
  runFailure(finding) {
    const structural = { ...finding, structural: true };
    count(this.outside, structural);
    this.remember_(structural);
  }
  /** Nothing in the lines fed so far: no failing test, no finding, no runner's failure count. */
  saidNothing() {
    return this.units.size === 0 && this.fatal === void 0 && this.firstCode === void 0 && this.firstInfra === void 0 && this.reportedFailures === 0 && !hasFindings(this.outside) && !hasFindings(this.preceding);
  }
  ownResult(end) {
    this.flush();
    this.settleHeader();
    this.settlePreceding(void 0);
    for (const unit of this.units.values()) this.conclude(unit);
    if (new Set([...this.suiteUnits].map((u) => u.name)).size < this.suitesReported) for (const unit of this.suiteUnits) unit.holdsHooks = false;
    if (end && (end.signal || SIGNAL_EXIT.test(String(end.exitCode)))) {
      const how = end.signal ? `signal ${end.signal}` : `exit status ${end.exitCode}, a signal's`;
      count(this.outside, { ruleId: "process.signal", title: "The test process was ended by a signal", kind: "unexplained", confidence: "high", service: "", line: this.lineNumber, text: `the test command ended with ${how}` });
    }
    return decideVerdict({
      units: [...this.units.values()],
      all: [this.outside, ...this.units.values()],
      outside: this.outside,
      counts: this.counts,
      reportedFailures: this.reportedFailures,
      logged: this.logged,
      run: { fatal: this.fatal, firstCode: this.firstCode, firstInfra: this.firstInfra, services: this.runServices, mention: this.runMention, evidence: this.runEvidence }
    });
  }
  /** Open a failing unit explicitly (a JUnit report names its tests itself). */
  beginTest(name, runner = "junit") {
    this.reportMode = true;
    this.inData = false;
    this.header = void 0;
    this.contextFloor = this.lineNumber;
    this.current = this.openUnit(`${runner}:${name}`, name, runner, "test", "failing");
  }
  endTest() {
    this.flush();
    this.settleHeader();
    this.current = void 0;
    this.inData = false;
  }
  /** A panic header whose message never came is a panic no rule explains. */
  settleHeader() {
    if (this.header) this.record(this.header);
    this.header = void 0;
  }
  flush() {
    const lines = this.batch;
    if (lines.length === 0) return;
    this.batch = [];
    this.batchChars = 0;
    const { interesting } = knowledge().prefilter;
    const base = this.lineNumber;
    const context = { lines, index: 0 };
    for (let i = 0; i < lines.length; i++) {
      if (this.pending.length === 0 && this.current?.awaitingError === void 0 && !(this.current !== void 0 && this.specParents.has(this.current)) && this.header === void 0 && !this.inTraceback && this.afterTests === void 0 && this.logScope === void 0 && this.suiteTitles === void 0 && this.nameBelow === void 0 && this.detailsIndent === void 0 && !(this.current !== void 0 && this.current.file === void 0 && UNIT_FILE.has(this.current.runner)) && !this.source.watching && !interesting(lines[i])) continue;
      this.lineNumber = base + i + 1;
      context.index = i;
      this.context = context;
      this.processLine(lines[i]);
      if (this.logScope) this.noteLoggedLine(lines[i]);
    }
    this.lineNumber = base + lines.length;
    this.context = { lines: [], index: 0 };
    this.remember(lines);
  }
  remember(lines) {
    this.tail = lines.length >= CONTEXT_LINES ? lines.slice(-CONTEXT_LINES) : [...this.tail, ...lines].slice(-CONTEXT_LINES);
  }
  processLine(rawLine) {
    const json = rawLine.startsWith('{"Time"');
    this.jsonPackage = json ? GO_JSON_PACKAGE.exec(rawLine)?.[1] : void 0;
    const jsonTest = json ? GO_JSON_TEST.exec(rawLine)?.[1] : void 0;
    if (jsonTest !== void 0 && this.current?.name !== jsonTest && !this.reportMode) {
      this.onMarker({ dialect: GO, event: "run", name: jsonTest, key: `go:${jsonTest}`, afterOutput: false, closes: false, asserts: false, namesFile: false, namedBelow: false, detailsIndented: false, indent: 0 });
    }
    if (this.jsonPackage !== void 0 && this.current?.runner === "go" && !this.unitPackage.has(this.current)) this.unitPackage.set(this.current, this.jsonPackage);
    if (this.noteOpen) {
      this.noteOpen = false;
      this.current = void 0;
    }
    const line = normaliseLine(rawLine);
    if (line === "") return;
    this.source.readHeadlineMessage(line);
    if (this.detailsIndent && this.current === this.detailsIndent.unit && line.trim() !== "" && indentOf(line) <= this.detailsIndent.indent && !markerOf(line)) {
      this.current = void 0;
      this.detailsIndent = void 0;
    }
    const current = this.current;
    if (current !== void 0 && current.file === void 0) {
      const file = UNIT_FILE.get(current.runner)?.exec(line)?.[1];
      if (file !== void 0) current.file = file;
    }
    if (this.nameBelow) {
      const unit = this.nameBelow;
      this.nameBelow = void 0;
      const name = /^(\S[^\n]{0,500}?)(?: \[[^\]\n]{1,300}\])?:$/.exec(line.trim())?.[1];
      if (name !== void 0 && !markerOf(line)) {
        unit.name = name;
        return;
      }
    }
    if (this.suiteTitles && this.takeSuiteTitle(line)) return;
    this.source.follow(line);
    if (line.includes("ok ") || line.includes("# Subtest: ")) this.trackTap(line);
    if (SPEC_MARKS.has(firstMark(line))) this.trackSpec(line);
    const own = this.current;
    if (own && this.specParents.has(own) && line.trim() !== "" && !SPEC_LINE.test(line) && !PARENT_MARKER.test(line) && !markerOf(line)) {
      own.parent = false;
      this.specParents.delete(own);
    }
    if (this.afterTests && !markerOf(line)) {
      if (line.trim() !== "" && !this.afterTests.test(line)) {
        this.judgeLine(line);
        if (this.handledLine !== this.lineNumber) this.record(this.unexplained(line, "harness.after-tests", "Output after the last test, before the package result (TestMain)"));
      }
      return;
    }
    if (this.inTraceback && !PY_FRAME.test(line)) {
      this.inTraceback = false;
      const before = this.handledLine;
      this.judgeLine(line);
      if (this.handledLine === before && EXCEPTION_LINE.test(line) && !isWrapperHeadline(line)) this.record(this.unexplained(line, "error.exception", "An exception no rule explains"));
      return;
    }
    if (GATED.PY_TRACEBACK.test(line)) this.inTraceback = true;
    if (GATED.STACK_FRAME.test(line) && !this.inData) {
      const first = this.frameLine !== this.lineNumber - 1;
      this.frameLine = this.lineNumber;
      const above = first && this.handledLine !== this.lineNumber - 1 ? this.previousLine(1) : void 0;
      if (above !== void 0 && EXCEPTION_LINE.test(above) && !GATED.UNINFORMATIVE.test(above) && !isWrapperHeadline(above) && !markerOf(above)) {
        this.record({ ...this.unexplained(above, "error.exception", "An exception no rule explains"), line: this.lineNumber - 1 });
      }
    }
    const header = this.header;
    this.header = void 0;
    if (header) {
      this.explainedByRule = false;
      this.judgeLine(line);
      if (!this.explainedByRule) this.record(header);
      return;
    }
    this.judgeLine(line);
  }
  /** Set when a rule explained the line being judged. */
  explainedByRule = false;
  judgeLine(line) {
    const marker = this.reportMode ? void 0 : markerOf(line);
    if (marker) {
      this.handledLine = this.lineNumber;
      this.onMarker(marker);
      if (marker.asserts && this.current) this.record({ ruleId: "code.assertion", title: "Assertion failed", kind: "code", confidence: "high", service: "", line: this.lineNumber, text: clip2(line), note: `${marker.dialect.id} reports this as a failed assertion` });
    }
    for (const n of knowledge().reported.candidates(line)) {
      const found = REPORTED_OF_DIALECTS[n].exec(line);
      if (found) this.reportedFailures = Math.max(this.reportedFailures, found.slice(1).reduce((sum, g) => g === void 0 ? sum : sum + Number(g), 0));
    }
    if (this.pending.length > 0) this.resolvePending(line);
    if (!knowledge().prefilter.CANDIDATE.test(line)) {
      this.expireAwaiting();
      return;
    }
    if (GATED.PANIC_HEADER.test(line)) {
      this.header = { ruleId: "error.panic", title: "A panic no rule explains", kind: "unexplained", confidence: "high", service: "", line: this.lineNumber, text: clip2(line) };
      return;
    }
    if (this.inData) return;
    if (!marker && DATA_START.test(line) && this.target()) {
      this.inData = true;
      this.record({ ruleId: "code.assertion-values", title: "An assertion's expected and received values differ", kind: "code", confidence: "high", service: "", line: this.lineNumber, text: clip2(line) });
      return;
    }
    const unit = this.current;
    const target = this.target();
    if (target) {
      const link = GATED.CAUSED_BY.test(line) ? "caused-by" : GATED.DIRECT_CAUSE.test(line) ? "direct-cause" : GATED.DURING_HANDLING.test(line) ? "handling" : void 0;
      if (link) linkChain(target, link, (f) => IO_ERROR.test(f.text));
    }
    const echo = GATED.WRAPPER_ECHOES.some((p) => p.test(line));
    if (echo && unit && !marker) unit.wrapped = true;
    const uninformative = echo || GATED.UNINFORMATIVE.test(line) || GATED.DIALECT_UNINFORMATIVE.some((p) => p.test(line)) || EXPECTED_NOTHING.test(line);
    if (unit && (!marker || marker.event === "note")) {
      if (PARENT_MARKER.test(line)) unit.parent = true;
      if (TEST_TIMEOUT.test(line)) {
        unit.timedOut = true;
        if (HOOK_TIMEOUT.test(line)) unit.hookTimedOut = true;
        if (marker?.event === "note") unit.timeoutNoted = true;
      }
    }
    if (uninformative) {
      this.handledLine = this.lineNumber;
      return;
    }
    if (marker?.reason?.endsWith("...")) {
      this.explainCutReason(marker.reason);
      return;
    }
    const text = marker ? marker.reason : line;
    if (text === void 0) return;
    if (this.match(text)) {
      this.explainedByRule = true;
      this.handledLine = this.lineNumber;
      return;
    }
    this.expireAwaiting();
    if (FAILURE_SHAPE.test(text) || FAILURE_SHAPE_AT_START.test(text)) {
      this.record({ ruleId: "failure.unexplained-shape", title: "Failure text no rule explains", kind: "unexplained", confidence: "high", service: "", line: this.lineNumber, text: clip2(text) });
      return;
    }
    if ((ERROR_HEADLINE.test(text) || DOTTED_HEADLINE.test(text)) && (isWrapperHeadline(text) || TEST_TIMEOUT.test(text))) this.handledLine = this.lineNumber;
    if ((ERROR_HEADLINE.test(text) || DOTTED_HEADLINE.test(text)) && !isWrapperHeadline(text) && !TEST_TIMEOUT.test(text)) {
      const target2 = this.target();
      if (target2 && RESTATEMENT.test(text) && (target2.lastInfraLine > 0 || target2.code > 0)) {
        this.handledLine = this.lineNumber;
        return;
      }
      if (target2?.wrapsNext) {
        target2.wrapsNext = false;
        this.handledLine = this.lineNumber;
        return;
      }
      this.record({ ruleId: "error.unexplained", title: "An error no rule explains", kind: "unexplained", confidence: "high", service: "", line: this.lineNumber, text: clip2(text) });
    }
  }
  /**
   * Output since the last test line goes to `into` (the test it was printed by), is dropped (a
   * passing test's), or joins the outside. Whatever happens, what follows begins after the marker
   * being handled.
   */
  settlePreceding(into, after = this.markerRunner) {
    const preceding = this.preceding;
    this.precedingAfter = after;
    if (!hasFindings(preceding)) return;
    if (into !== "drop") absorb(into ?? this.outside, preceding);
    this.preceding = newUnit("\0preceding", "preceding output", "log", this.lineNumber, "outside", "failing");
    this.pending.length = 0;
  }
  /** The runner of the marker being handled (undefined outside onMarker). */
  markerRunner;
  /**
   * A passing test's line drops what came before it only when that output provably is its own:
   * printed after a line of the same runner. Output before the runner's first line (another
   * program, another runner's failure) is not.
   */
  provablyOf(marker) {
    return this.precedingAfter === marker.dialect.id ? "drop" : void 0;
  }
  onMarker(marker) {
    const holder = this.current && HOLDERS.get(this.current.runner);
    if (holder !== void 0 && holder === marker.dialect.id && this.current?.name.endsWith(` ${marker.name}`)) return;
    this.markerRunner = marker.dialect.id;
    this.afterTests = marker.event === "end" ? marker.dialect.ownLinesAfterTests : void 0;
    this.logScope = marker.event === "quiet" && marker.name !== "" ? this.loggedFor(marker.name) : void 0;
    this.logScopeLine = this.lineNumber;
    try {
      this.handleMarker(marker);
    } finally {
      this.precedingAfter = hasFindings(this.preceding) ? this.precedingAfter : marker.event === "end" && ENDS_RUN_UNSEEN.has(marker.dialect) ? void 0 : marker.dialect.id;
      this.markerRunner = void 0;
    }
  }
  /** The source lines printed around an error: what a teardown closed, what a refused setup assigned (source-lines.ts). */
  source = new SourceLines({ lineNumber: () => this.lineNumber, previousLine: (back) => this.previousLine(back) });
  /** The file whose results a runner that reports by file (jest's `FAIL path`) prints now. */
  file;
  /** The failed test whose details are the lines indented under it (dialect.ts, `detailsIndented`). */
  detailsIndent;
  /** A unit whose name is the next line (dialect.ts, `namedBelow`). */
  nameBelow;
  /** vitest's count of failed suites, and the units its `Failed Suites` printed: fewer names than suites means two suites share one. */
  suitesReported = 0;
  suiteUnits = /* @__PURE__ */ new Set();
  /** The failures printed now are suites' (vitest's `Failed Suites`). */
  suiteSection = false;
  /** A hook's details whose suite titles are still being printed (mocha's nested suites, one a line). */
  suiteTitles;
  /**
   * mocha prints a hook's nested suites one a line under `1) outer`, then the hook's title ending
   * in `:`. Returns true for a suite's line, which is a title and nothing else.
   */
  takeSuiteTitle(line) {
    const titles = this.suiteTitles;
    const title = line.trim();
    if (title === "" || title.endsWith(":") || ++titles.lines > SUITE_DEPTH_MAX || markerOf(line)) {
      this.suiteTitles = void 0;
      if (titles.named && HOOK_TITLE.test(title)) titles.unit.name = title.slice(0, -1);
      return false;
    }
    titles.unit.suitePath = `${titles.unit.suitePath ?? ""} > ${title}`;
    return true;
  }
  /** The last marker was an inner runner's end (gocheck's `OOPS:`) inside a go test. */
  innerRunnerEnded = false;
  /** The test whose closing line (`closes`) was the last marker: a `note` below it is its. */
  closedUnit;
  /** The current unit was reopened for its note's line only. */
  noteOpen = false;
  handleMarker(marker) {
    const closed = this.closedUnit;
    this.closedUnit = void 0;
    if (marker.event === "phases") {
      this.current = closed ?? this.current;
      if (this.current && this.current.runner === marker.dialect.id) this.current.holdsHooks = true;
      return;
    }
    if (marker.event === "note") {
      this.current = closed;
      this.noteOpen = closed !== void 0;
      return;
    }
    const afterInnerRunner = this.innerRunnerEnded;
    this.innerRunnerEnded = marker.event === "end" && marker.dialect.wrapsInGoTest === true;
    this.contextFloor = this.lineNumber - 1;
    this.inData = false;
    if (!marker.afterOutput && marker.event !== "details" || this.detailsDialect !== void 0) this.settlePreceding(void 0);
    if (marker.event === "fail" || marker.event === "start" || marker.event === "outside") this.failedInGroup = true;
    const runner = marker.key.startsWith("#") && this.detailsDialect ? this.detailsDialect.id : marker.dialect.id;
    if (this.passes && (marker.event === "start" || marker.event === "listed") && marker.reason === void 0) return;
    if (marker.event !== "passes") this.passes = void 0;
    switch (marker.event) {
      case "passes":
        this.passes = marker.dialect;
        this.current = void 0;
        this.quiet = true;
        return;
      case "quiet":
        this.current = void 0;
        this.quiet = true;
        return;
      case "details":
        this.settlePreceding(this.provablyOf(marker));
        this.current = void 0;
        this.quiet = false;
        this.detailsDialect = marker.dialect;
        return;
      case "end":
        this.current = void 0;
        this.quiet = false;
        if (marker.namesFile) this.file = { dialect: marker.dialect, name: marker.name };
        if (marker.section) this.suiteSection = marker.section === "suites";
        if (marker.section === "suites" && marker.count !== void 0) this.suitesReported = marker.count;
        return;
      case "group-pass":
        this.retireGroup(false);
        this.failedInGroup = false;
        this.settlePreceding(this.provablyOf(marker));
        this.current = void 0;
        return;
      case "group-fail": {
        const died = [...this.units.values()].some((u) => u.runner === marker.dialect.id && u.state === "pending" && CONCLUDING_RUNNERS.has(u.runner) && !u.key.includes("@"));
        this.retireGroup(true);
        this.current = void 0;
        if (this.failedInGroup || died) this.settlePreceding(void 0);
        else this.settlePreceding(this.openUnit(marker.key, marker.name, runner, "outside", "failing"));
        this.failedInGroup = false;
        return;
      }
      case "pass": {
        const unit = this.units.get(marker.key);
        if (unit && unit.state === "pending") this.units.delete(marker.key);
        if (marker.afterOutput) this.settlePreceding(this.provablyOf(marker));
        this.current = void 0;
        return;
      }
      case "listed": {
        const known2 = this.units.get(marker.key);
        const unit = known2 ?? this.openUnit(marker.key, marker.name, runner, "test", "failing");
        unit.runner = runner;
        unit.listed = true;
        if (this.detailsDialect === MOCHA && (known2 === void 0 || known2.scope === "outside" && marker.name !== known2.name)) {
          unit.suitePath = marker.name;
          this.suiteTitles = { unit, lines: 0, named: known2 === void 0 };
        }
        if (marker.afterOutput) this.settlePreceding(unit);
        this.current = this.detailsDialect !== void 0 ? unit : void 0;
        this.quiet = false;
        return;
      }
      default: {
        const scope = marker.event === "outside" ? "outside" : "test";
        const state = marker.event === "run" ? "pending" : "failing";
        const file = this.file?.dialect === marker.dialect ? this.file.name : void 0;
        const markerKey = file === void 0 ? marker.key : `${marker.key}\0${file}`;
        const known2 = this.units.get(markerKey);
        const again = known2 !== void 0 && marker.dialect.repeatsAreFailures === true && marker.event === "start" && known2.state === "failing";
        const unit = known2 && !again ? known2 : this.openUnit(again ? `${markerKey}@${this.lineNumber}` : markerKey, marker.name || marker.dialect.id, runner, scope, state);
        unit.file ??= file;
        if (marker.path !== void 0) {
          if (unit.path !== void 0 && unit.path !== marker.path) unit.conflated = true;
          unit.path ??= marker.path;
        }
        if (marker.namedBelow) this.nameBelow = unit;
        this.detailsIndent = marker.detailsIndented ? { unit, indent: marker.indent } : void 0;
        if (this.suiteSection || scope === "outside") unit.holdsHooks = true;
        if (this.suiteSection && this.suiteUnits.size < MAX_UNITS) this.suiteUnits.add(unit);
        if (known2 && !again && known2.line !== this.lineNumber && (known2.holdsHooks || marker.event === "outside")) {
          if (marker.dialect.countsPhases && marker.path === void 0 && (marker.event === "outside" || known2.holdsHooks)) known2.phases++;
          known2.phaseStart = this.lineNumber;
        }
        if (state === "failing") unit.state = "failing";
        if (this.tapParentAt === this.lineNumber) unit.parent = true;
        if (marker.dialect.subtestsBySlash && [...this.units.values()].some((u) => u !== unit && u.runner === runner && u.name.startsWith(`${unit.name}/`))) unit.parent = true;
        if (this.specParentAt === this.lineNumber) this.specParents.add(unit);
        if (marker.event === "fail" && marker.dialect === GO && afterInnerRunner) unit.parent = true;
        const above = this.lastStart;
        if (marker.dialect.groupsIdenticalFailures && above && above.line === this.lineNumber - 1 && above.unit !== unit && !hasFindings(above.unit)) above.unit.sharesDetailsOf = unit;
        this.lastStart = marker.event === "start" ? { unit, line: this.lineNumber } : void 0;
        if (marker.afterOutput) this.settlePreceding(unit);
        this.current = marker.closes ? void 0 : unit;
        this.closedUnit = marker.closes ? unit : void 0;
        this.quiet = false;
      }
    }
  }
  /**
   * A TAP `not ok` whose subtest held a deeper `not ok` only reports its children's failure (node-tap
   * prints `not ok 1 - file.test.js` over the test that failed inside it): a parent, no unit of its own.
   * Decided by the nesting TAP prints, never by distance.
   */
  trackTap(line) {
    const subtest = TAP_SUBTEST.exec(line);
    if (subtest) {
      if (this.tapScopes.length < TAP_DEPTH_MAX) this.tapScopes.push({ indent: subtest[1].length, failedInside: false });
      return;
    }
    const result = TAP_RESULT.exec(line);
    if (!result) return;
    const indent = result[1].length;
    let scope;
    while (this.tapScopes.length > 0 && this.tapScopes[this.tapScopes.length - 1].indent >= indent) {
      const top = this.tapScopes.pop();
      if (top.indent === indent) {
        scope = top;
        break;
      }
    }
    if (result[2] === void 0) return;
    for (const outer of this.tapScopes) if (outer.indent < indent) outer.failedInside = true;
    if (scope?.failedInside) this.tapParentAt = this.lineNumber;
  }
  /**
   * A node:test spec suite's closing `✖ suite` whose suite held a failing `✖` only reports its
   * children's failure: a parent, like TAP's. Decided by the nesting the reporter prints.
   */
  trackSpec(line) {
    const result = SPEC_LINE.exec(line);
    if (!result) return;
    const indent = result[1].length;
    if (result[2] === "\u25B6" && !SPEC_DURATION_END.test(line)) {
      if (this.specScopes.length < TAP_DEPTH_MAX) this.specScopes.push({ indent, failedInside: false });
      return;
    }
    let scope;
    while (this.specScopes.length > 0 && this.specScopes[this.specScopes.length - 1].indent >= indent) {
      const top = this.specScopes.pop();
      if (top.indent === indent) {
        scope = top;
        break;
      }
    }
    if (result[2] !== "\u2716") return;
    for (const outer of this.specScopes) if (outer.indent < indent) outer.failedInside = true;
    if (scope?.failedInside) {
      this.tapParentAt = this.lineNumber;
      this.specParentAt = this.lineNumber;
    }
  }
  /** A test announced and never concluded becomes a failing unit of its own (a crash, a panic, `log.Fatal` inside it). */
  conclude(unit) {
    if (unit.state !== "pending" || !CONCLUDING_RUNNERS.has(unit.runner)) return;
    unit.state = "failing";
    unit.unconcluded = true;
  }
  /**
   * A package's result ends its tests: another package's test of the same name is another unit.
   * A package that failed with a test still running died inside that test; one that passed
   * concluded them all.
   */
  retireGroup(failed) {
    for (const [key, unit] of [...this.units]) {
      if (unit.runner !== "go" || key.includes("@")) continue;
      const own = this.unitPackage.get(unit);
      if (this.jsonPackage !== void 0 && own !== void 0 && own !== this.jsonPackage) continue;
      this.units.delete(key);
      if (unit.state === "pending" && !failed) continue;
      if (failed) this.conclude(unit);
      this.units.set(`${key}@${this.lineNumber}`, unit);
    }
  }
  openUnit(key, name, runner, scope, state) {
    if (this.units.size >= MAX_UNITS) this.evictPassing();
    const unit = newUnit(key, name, runner, this.lineNumber, scope, state);
    unit.mention = mentionedService(name);
    this.units.set(key, unit);
    return unit;
  }
  /** go prints `=== RUN` for every test: forget the oldest that has shown nothing to make room. */
  evictPassing() {
    for (const [key, unit] of this.units) {
      if (unit.state === "pending" && unit.evidence.length === 0 && unit !== this.current) {
        this.units.delete(key);
        return;
      }
    }
  }
  /** Where a finding on the current line is counted: its unit, the outside, or nowhere (logging). */
  target() {
    if (this.current) return this.current;
    if (this.quiet) return void 0;
    return this.detailsDialect === void 0 ? this.preceding : this.outside;
  }
  unexplained(text, ruleId, title) {
    return { ruleId, title, kind: "unexplained", confidence: "high", service: "", line: this.lineNumber, text: clip2(text) };
  }
  record(finding) {
    this.handledLine = this.lineNumber;
    if (finding.kind === "code") this.counts.code++;
    else if (finding.kind === "infrastructure") {
      if (finding.confidence === "high") this.counts.infrastructureHigh++;
      else this.counts.infrastructureAmbiguous++;
    }
    this.remember_(finding);
    const unit = this.target();
    if (unit) {
      count(unit, finding);
      if (finding.kind === "infrastructure" && finding.confidence === "high" && !finding.continuing && unit === this.current) this.source.refusalFound(unit);
    } else if (this.logScope && this.quiet) this.noteLogged(finding);
    if (!this.current) {
      if (this.recentOutside.length >= RECENT_OUTSIDE) this.recentOutside.shift();
      this.recentOutside.push(finding);
    }
  }
  loggedFor(name) {
    const known2 = this.logged.get(name);
    if (known2 || this.logged.size >= MAX_LOGGED) return known2;
    const created = { services: /* @__PURE__ */ new Set(), refusals: 0, other: 0, first: void 0 };
    this.logged.set(name, created);
    return created;
  }
  /** A finding in a test's own logging: its client's refusal of a named service, or anything else. */
  noteLogged(finding) {
    const scope = this.logScope;
    if (finding.kind !== "infrastructure") {
      scope.other++;
      return;
    }
    this.loggedRefusalLine = this.lineNumber;
    if (finding.service === "") return;
    scope.refusals++;
    scope.services.add(finding.service);
    scope.first ??= finding;
  }
  /**
   * A line of a test's own logging that no rule or marker took, no part of an error's stack, that
   * says something went wrong or that the code went on without the service (a fallback).
   */
  noteLoggedLine(line) {
    const scope = this.logScope;
    if (!scope || !this.quiet || this.lineNumber === this.logScopeLine || this.loggedRefusalLine === this.lineNumber || this.handledLine === this.lineNumber) return;
    const text = normaliseLine(line);
    if (text.trim() === "" || ERROR_DECORATION.test(text)) return;
    if (TROUBLE_WORDS.test(text)) scope.other++;
  }
  /** What a log no dialect splits is judged by: the last error, and any code error. */
  remember_(finding) {
    if (this.runEvidence.length < RUN_EVIDENCE) this.runEvidence.push(finding);
    if (finding.kind === "code") this.firstCode ??= finding;
    if (finding.kind === "infrastructure") this.firstInfra ??= finding;
    if (finding.continuing) return;
    this.fatal = finding;
    if (finding.kind === "infrastructure" && finding.confidence === "high" && finding.service !== "") this.runServices.add(finding.service);
  }
  /**
   * pytest cut the unit's one-line reason short (`FAILED x::t - psycopg2.OperationalError: conn...`);
   * the whole line was printed above it (`--tb=line`), outside any unit: its finding counts here.
   */
  explainCutReason(reason) {
    const prefix = reason.slice(0, -3).trimEnd();
    const unit = this.current;
    if (!unit || prefix.length < 5) return;
    for (let i = this.recentOutside.length - 1; i >= 0; i--) {
      const finding = this.recentOutside[i];
      const error = finding.text.replace(/^\S{1,300}:\d{1,6}: /, "");
      if (!(prefix.length >= 12 ? error.includes(prefix) : error.startsWith(prefix))) continue;
      count(unit, { ...finding });
      return;
    }
  }
  /** Records what the rules make of the line; false when no rule matched it. */
  match(line) {
    const { prefilter: filter, anyRule } = knowledge();
    if (!filter.mayMatchARule(line) || !anyRule(line)) {
      this.noteMention(line);
      return false;
    }
    let infra;
    let codeRule;
    for (const rule of ALL_RULES) {
      if (rule.kind === "code" ? codeRule : infra) continue;
      const found = matchRule(rule, line);
      if (!found) continue;
      if (rule.kind === "code") codeRule = rule;
      else infra = found;
      if (codeRule && infra) break;
    }
    const unit = this.current;
    this.noteMention(line);
    if (!infra && !codeRule) return false;
    if (unit && PYTEST_LOCATION.test(line) && (unit.lastInfraLine > 0 || unit.code > 0)) return true;
    const interpreted = infra ? this.withEndpoint(infra, line, interpret(infra, line)) : void 0;
    const infraHere = interpreted !== void 0 && interpreted.kind === "infrastructure";
    if (NO_ERROR_EXPECTED.test(line) && !EXPECTS_ERROR.test(line)) {
      if (infraHere) {
        this.recordInfra(infra, interpreted, line, "an assertion that expected no error reports this error: it is what happened");
        return true;
      }
      if (unit && codeRule) {
        const finding = this.finding(codeRule, line, "code");
        unit.awaitingError = { finding, until: this.lineNumber + AWAIT_ERROR_LINES };
        this.record(finding);
        return true;
      }
    }
    if (codeRule && infraHere && interpreted.confidence === "high" && !EXPECTS_ERROR.test(line)) {
      const message = BARE_ASSERTION.exec(line)?.[1];
      if (message !== void 0 && !EXPECTATION_WORDS.test(message) && assertionSides(line) === void 0 && this.infraIn(message)) {
        this.recordInfra(infra, { ...interpreted, confidence: "ambiguous", note: "the assertion's message is this connection error: the test failed with the error it caught (a test that checks the code never connects fails the same way)" }, line);
        return true;
      }
    }
    const sides = codeRule && infraHere && ASSERTED.has(codeRule.id) ? assertionSides(line) : void 0;
    const wantedAnswer = sides !== void 0 && !CONNECTING_WORDS.test(sides.expected) && (EXPECTED_ANSWER_ERROR.test(sides.expected) && sameVendor(sides.expected, sides.actual) || SERVER_ANSWER.test(sides.expected));
    if (sides !== void 0 && (!EXPECTS_ERROR.test(line) || wantedAnswer)) {
      const actualIsRefusal = this.infraIn(sides.actual);
      const bare2 = (side) => side.replace(/^.{0,300}?\b(?:expected|want(?:ed)?)\b:?\s*/i, "").trim().replace(/^["'`]|["'`,.;:]+$/g, "");
      const expectedRefusal = this.infraIn(sides.expected);
      const sameRefusal = expectedRefusal && bare2(sides.expected) === bare2(sides.actual);
      if (actualIsRefusal && (sameRefusal || !expectedRefusal && (!NAMES_AN_ERROR.test(sides.expected) || wantedAnswer))) {
        const read = interpreted;
        if (sides.returned) this.recordInfra(infra, { ...read, confidence: "ambiguous", note: "the code returned this connection error where the test expected nothing: the outage, or handling the test checks" }, line);
        else this.recordInfra(infra, read, line, "the assertion's actual value is this connection error");
        return true;
      }
    }
    if (codeRule && !infra) {
      const missing = this.driverImportedAsNone(line);
      if (missing) {
        const confidence = missing.confidence ?? (this.failedImports.has(missing.module) ? "high" : "ambiguous");
        if (this.noneModules.size < 64) this.noneModules.set(/has no attribute '(\w{1,100})'/.exec(line)?.[1] ?? "", { service: missing.service, module: missing.module, confidence });
        this.record({ ruleId: "module.python.imported-as-none", title: "Python client not installed (imported as None)", kind: "infrastructure", confidence, service: missing.service, line: this.lineNumber, text: clip2(line), note: `the code calls ${missing.call}, and ${missing.module} is None: its import failed and was caught` });
        return true;
      }
    }
    if (codeRule) {
      const target2 = this.target();
      const notAHandle = javaReceiver(line)?.handle === false;
      const closesHandle = !infra && NULL_DEREFERENCE.test(line) && CLOSING_HANDLE.test(line);
      const nullHandle = !infra && !closesHandle && !notAHandle && NULL_DEREFERENCE.test(line) && NULL_HANDLE.test(line);
      if (closesHandle && target2 && /^\s{0,40}Suppressed: /.test(line)) target2.holdsHooks = true;
      if (target2 && target2.lastInfraLine > target2.phaseStart && nullHandle && mayBeHandleOf(line, target2)) {
        target2.consequences++;
        return true;
      }
      const note = infra ? `also matched ${infra.rule.id}` : void 0;
      const finding = { ...this.finding(codeRule, line, "code"), ...note ? { note } : {}, ...nullHandle ? { nullHandle } : {}, ...closesHandle ? { closesHandle } : {} };
      this.record(finding);
      if (closesHandle && target2) this.source.nameClosed(target2, line);
      if (target2 && !nullHandle && !closesHandle) this.source.codeFound(target2, finding, line);
      return true;
    }
    if (!infra || !interpreted) return false;
    if (infraHere && ASSERTION_CONTEXT.test(line)) {
      this.record({ ruleId: "code.connection-words-in-assertion", title: "Connection error text inside an assertion", kind: "code", confidence: "high", service: "", line: this.lineNumber, text: clip2(line), note: `matched ${infra.rule.id}, but on an assertion line` });
      return true;
    }
    if (unit?.awaitingError && infraHere) {
      const awaited = unit.awaitingError.finding;
      uncount(unit, awaited);
      unit.evidence.splice(unit.evidence.indexOf(awaited), 1);
      if (this.firstCode === awaited) this.firstCode = void 0;
      unit.awaitingError = void 0;
      this.counts.code--;
      this.recordInfra(infra, interpreted, line, "the assertion above expected no error; this is the error that happened");
      return true;
    }
    const target = this.target();
    if (RESTATEMENT.test(line) && target && target.lastInfraLine > 0 && (interpreted.service === "" || target.infraServices.has(interpreted.service))) return true;
    this.recordInfra(infra, interpreted, line);
    return true;
  }
  /**
   * A service's own words (`MongooseServerSelectionError`) on a line that also names the endpoint
   * it was refused on (`connect ECONNREFUSED ::1:27017`): the endpoint still says where, so a
   * refusal on ::1 alone, on another loopback address or on a remote host is read as such.
   */
  withEndpoint(match, line, read) {
    if (match.rule.interpret !== void 0 || read === void 0 || read.kind !== "infrastructure" || read.confidence !== "high") return read;
    const endpoint = matchRule(ENDPOINT_REFUSAL, line);
    const where = endpoint ? interpret(endpoint, line) : void 0;
    if (!where || where.kind === "infrastructure" && where.confidence === "high") return read;
    return { ...where, service: where.service || read.service };
  }
  recordInfra(match, read, line, note) {
    if (match.rule.interpret === "module:python" && this.failedImports.size < 256) this.failedImports.add((match.groups.module ?? "").split(".")[0] ?? "");
    const reraised = match.rule.provenByFailedImport && this.failedImports.has(match.groups.module ?? "") ? serviceForClient("python", match.groups.module ?? "") : void 0;
    const reread = reraised ? { kind: "infrastructure", confidence: "high", service: reraised } : read;
    const interpreted = match.rule.timesOutOn && reread.kind === "infrastructure" ? { ...reread, confidence: "ambiguous", note: "the client's own operation timed out: a server that is down, or one too slow (or one that came up after it was refused)" } : reread;
    const retrying = interpreted.kind === "infrastructure" && RETRY_CONTEXT.test(line);
    const finding = {
      ...this.finding(match.rule, line, interpreted.kind),
      confidence: interpreted.confidence,
      service: interpreted.service,
      ...retrying || interpreted.weak ? { continuing: true } : {},
      ...retrying ? { note: "logged by a client that retries or goes on without the service" } : interpreted.note ? { note: interpreted.note } : note ? { note } : {}
    };
    if (interpreted.ownPort !== void 0) {
      const named = this.serviceNearby();
      if (named) {
        finding.kind = "infrastructure";
        finding.service = named;
        finding.note = `port ${interpreted.ownPort} is no service's default, but the failing code is the ${named} client`;
      }
    }
    this.record(finding);
    const target = this.target();
    if (target && finding.kind === "infrastructure" && finding.confidence === "high" && !finding.continuing) settleChain(target);
    if (finding.kind === "infrastructure" && finding.service === "" && (interpreted.needsContext || PROMOTED_BY_CONTEXT.has(match.rule.id))) this.findServiceInContext(finding);
  }
  /** A service the line names by its driver: the unit's, and the run's, for refusals that name none. */
  noteMention(line) {
    if (this.current && !this.current.driver) this.current.driver = driverFrameService(line);
    const mention = mentionedService(line);
    if (!mention) return;
    this.runMention ??= mention;
    if (this.current && !this.current.mention) this.current.mention = mention;
  }
  /**
   * `'NoneType' object has no attribute 'connect'` where the source line just above (a traceback's
   * or pytest's `>` line) calls `psycopg2.connect(`: the module is None because its import failed.
   */
  driverImportedAsNone(line) {
    const attribute = /'NoneType' object has no attribute '(\w{1,100})'/.exec(line)?.[1];
    if (attribute === void 0 || !/^(?:[A-Z]\w*|connect|connect_async|create_pool|create_connection|from_url)$/.test(attribute)) return void 0;
    const seen = this.noneModules.get(attribute);
    if (seen) return { ...seen, call: `.${attribute}` };
    const above = this.previousLine(1);
    const found = above === void 0 ? null : new RegExp(String.raw`(?<![\w.])([A-Za-z_]\w{0,100})\.${attribute}\b`).exec(above);
    const module = found?.[1];
    const service = module === void 0 ? void 0 : serviceForClient("python", module);
    return module && service ? { service, module, call: `${module}.${attribute}` } : void 0;
  }
  /** Whether a part of a line is itself a connection failure. */
  infraIn(text) {
    for (const rule of INFRA_RULES) {
      const found = matchRule(rule, text);
      if (found) return interpret(found, text)?.kind === "infrastructure";
    }
    return false;
  }
  finding(rule, line, kind) {
    return { ruleId: rule.id, title: rule.title, kind, confidence: rule.confidence, service: rule.service, line: this.lineNumber, text: clip2(line) };
  }
  expireAwaiting() {
    const unit = this.current;
    if (unit?.awaitingError && this.lineNumber > unit.awaitingError.until) unit.awaitingError = void 0;
  }
  /** The `back`-th line before the current one (1 = the previous), normalised; undefined past the floor. */
  previousLine(back) {
    if (this.lineNumber - back <= this.contextFloor) return void 0;
    const { lines, index: index3 } = this.context;
    const at = index3 - back;
    const raw = at >= 0 ? lines[at] : this.tail[this.tail.length + at];
    return raw === void 0 ? void 0 : normaliseLine(raw);
  }
  /**
   * A service whose client library is in the failing test's own stack frames (never its name,
   * never across tests, never in an unsplit log): a refusal on an odd port from that client was it.
   */
  serviceNearby() {
    if (!this.current) return void 0;
    if (this.current.driver) return this.current.driver;
    for (let back = 1; back <= CONTEXT_LINES; back++) {
      const line = this.previousLine(back);
      if (line === void 0) break;
      const service = driverFrameService(line);
      if (service) return service;
    }
    return void 0;
  }
  /** A generic refusal names no service: look at the lines around it, nearest first. */
  findServiceInContext(finding) {
    const own = contextOf(finding.text);
    if (own && "ownServer" in own) return this.applyContext(finding, this.target(), own);
    for (let back = 1; back <= CONTEXT_LINES; back++) {
      const line = this.previousLine(back);
      if (line === void 0) break;
      const context = contextOf(line);
      if (context && "ownServer" in context) return this.applyContext(finding, this.target(), context);
    }
    if (own) return this.applyContext(finding, this.target(), own);
    for (let back = 1; back <= CONTEXT_LINES; back++) {
      const line = this.previousLine(back);
      if (line === void 0) break;
      const context = contextOf(line);
      if (context) return this.applyContext(finding, this.target(), context);
    }
    const unit = this.target();
    if (unit && this.pending.length < MAX_PENDING) this.pending.push({ finding, unit, remaining: CONTEXT_LINES });
  }
  resolvePending(line) {
    const context = contextOf(line);
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const entry = this.pending[i];
      const sameUnit = entry.unit === this.target();
      if (context && sameUnit) this.applyContext(entry.finding, entry.unit, context);
      if (context && sameUnit || !sameUnit || --entry.remaining <= 0) this.pending.splice(i, 1);
    }
  }
  /** Names the refusal's service, or makes it a code finding when it was the project's own server. */
  applyContext(finding, unit, context) {
    const change = (f) => {
      if ("service" in context) {
        f.service = context.service;
        f.note = "service named by a nearby line";
        if (PROMOTED_BY_CONTEXT.has(f.ruleId)) f.confidence = "high";
      } else {
        f.kind = "code";
        f.confidence = "high";
        f.note = context.ownServer;
      }
    };
    if (!("service" in context) && unit?.driver) return;
    if (unit) recount(unit, finding, change);
    else change(finding);
    if (finding.kind === "code") this.firstCode ??= finding;
    else if (finding === this.fatal) this.runServices.add(finding.service);
  }
};
function classifyText(text) {
  const classifier = new LogClassifier();
  let start = 0;
  for (; ; ) {
    const end = text.indexOf("\n", start);
    if (end < 0) {
      if (start < text.length) classifier.push(text.slice(start));
      break;
    }
    classifier.push(text.slice(start, end));
    start = end + 1;
  }
  return classifier.result();
}
function clip2(text) {
  return clip(text.trim(), EVIDENCE_TEXT_MAX + 1);
}
function lastShown(line) {
  let end = line.length;
  for (; ; ) {
    const start = line.lastIndexOf("\r", end - 1);
    if (start < 0) return line.slice(0, end);
    if (start < end - 1) return line.slice(start + 1, end);
    end = start;
    if (end === 0) return "";
  }
}
function bounded(raw) {
  let line = raw;
  if (line.includes("\r")) line = lastShown(line);
  if (line.includes("\u2028") || line.includes("\u2029")) line = line.replace(/[\u2028\u2029]/g, " ");
  return line.length > MATCH_WINDOW * 2 ? Buffer.from(line.slice(0, MATCH_WINDOW * 2)).toString() : line;
}
function mayBeHandleOf(line, unit) {
  if (!SQL_HANDLE.test(line) || unit.infraServices.size === 0) return true;
  return [...unit.infraServices].some((s) => s === "sql" || serviceDefinition(s)?.family === "sql");
}

export {
  LogClassifier,
  classifyText,
  lastShown
};
