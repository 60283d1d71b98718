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
} from "./chunk-TCKOCME6.js";
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
    { event: "pass", pattern: /^\s{1,8}[✔↩] \S/ },
    // A class's header (`Fetch Empty (Doctrine\DBAL\Tests\Functional\Connection\FetchEmpty)`): the tests below are
    // its own, so two classes' `✘ Fetch associative` are two failures, as PHPUnit counts them.
    { event: "end", pattern: /^(?<name>[A-Z][\w ]{0,300} \([A-Za-z_][\w\\]{0,600}\\\w{1,200}\))\s*$/, contains: "\\", namesFile: true, afterItsTests: true }
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
var DERIVED = `{"prefilter":{"key":"rules 244\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,46,48,139,204,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,397,399,400,401,402,403,404,405,408,409,410,412],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,35,94,9472,10003,10004,8730,10006,8505,10095,9762,9888,8226,43,9654,65123,36],"words":8,"quiet":11449,"states":12891,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAACPRAYABgAAABgeAgAHAAAAV/IGAAgAAACZ6AEACQAAAL2LAAAKAAAAAUcAAAsAAAAYmggADAAAAO2QAAANAAAAqxcAAA4AAADadAEADwAAACKtAAAQAAAA7yUAABEAAAAlggEAEgAAABQJAAATAAAAodsBABQAAACsEQsAFQAAAKsJAgAWAAAAShIBABcAAABF9AEAGAAAAEoLAgAZAAAArP0BABoAAAAEFQIAGwAAAPmYAgAcAAAAqNMCAB0AAAAAAAAAHgAAAOSoDAAfAAAAkAgBACAAAAB9PwIAIQAAAAAAAAAiAAAAV8IBACMAAACS8AAAJAAAAPwTBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA8qABACkAAAB7sQEAKgAAAGcWCgArAAAA++cLACwAAAAAAAAALQAAALvvAQAuAAAAAAAAAC8AAAAHRAIAMAAAAE/IAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAADl/QoAPAAAAEUICwA9AAAAmAEMAD4AAAAAAAAAPwAAAD4CDABAAAAAAAAAAEEAAABQIwwAQgAAAC0oDABDAAAACi0MAEQAAAAJOQwARQAAACYiDQBGAAAAwVoMAEcAAAAUWwwASAAAAGdbDABJAAAAj20MAEoAAABzcQwASwAAAH2fDABMAAAA9hwNAE0AAABJHQ0ATgAAANMhDQBPAAAAXsANAFAAAACjFQ4AUQAAAPYVDgBSAAAASRYOAFUAAACmAAAAVgAAAE/BAwBYAAAATQkJAFkAAAAIPwEAXAAAAE2bAABeAAAAA5YJAF8AAABs6AcAZwAAAOINAgBqAAAAxbwDAHAAAAChPAAAqQAAAPkAAACzAAAAS/gCALUAAADyYQoA/AAAAPt/DgBRAQAAnwEAAKUBAADyAQAA+QEAAEUCAABNAgAAmAIAAJoCAADrAgAA9AIAAD4DAABIAwAAkQMAAJwDAADkAwAA8AMAADcEAABEBAAAigQAAJQEAADdBAAA6wQAADAFAAA/BQAAgwUAAIUFAADWBQAA4AUAACkGAAA3BgAAfAYAAIEGAADPBgAA3AYAACIHAAAqBwAAdQcAAIUHAADIBwAAygcAABsIAAApCAAAbggAAH8IAABOgA4AyAgAAKGADgAWCQAARGAMABwJAABnCQAAKQkAAEg+CgAtCQAAulsMADAJAACgAgoAbgkAALoJAAB0CQAAyk8KAL8JAAANCgAAGQoAAGAKAABjCgAAswoAALsKAAAGCwAAEwsAAFkLAABeCwAArAsAALYLAAD/CwAABwwAAFIMAABeDAAApQwAAGEMAAATBwIAuAwAAPgMAAAGDQAASw0AAE4NAACeDQAAqA0AAPSADgDzDQAAJ3EAAPQNAACRogEA9g0AAEQOAAD6DQAA+0ELAPsNAACxZwIA/A0AAJABAgD9DQAA1B0AAP4NAAAdQgwA/w0AAF16AQAADgAAqS8AAAIOAAAdLgMABQ4AAGW5AgAODgAAgqIDABEOAAAkQQwASg4AAJcOAABTDgAArCYIAJ0OAADqDgAA/g4AAD0PAABSDwAAkA8AAJgPAADjDwAA7Q8AADYQAAA7EAAAiRAAAI4QAADcEAAA5BAAAC8RAABFEQAAghEAAIQRAADVEQAA4hEAACgSAAA8EgAAexIAAIMSAADOEgAA3RIAACETAAAyEwAAdBMAAIITAADHEwAA0xMAABoUAAAnFAAAbRQAAHcUAADAFAAAwxQAABMVAAAbFQAAZhUAAGgVAAC5FQAAyhUAAAwWAAASFgAAXxYAAGsWAACyFgAAtBYAAAUXAAAMFwAAWBcAAGwXAABHgQ4ArBcAAMJADgCtFwAAECsCALAXAAD+FwAAtBcAAIzeAQC5FwAA5x0DAAAYAABXyQAAARgAAKiwBwAFGAAA+MYJAAYYAABRGAAACBgAAHc7AQAJGAAAn3YHAAsYAAAGhwYADRgAALykCgAPGAAAqVgGABQYAAA5MQIAFxgAANTzBQBSGAAApBgAAFQYAABVvgUAVxgAAHvFCgC7GAAA9xgAAA8ZAABKGQAAVRkAAJ0ZAAC2GQAA8BkAAPIZAABDGgAAXRoAAJYaAAClGgAA6RoAAO4aAAA8GwAASRsAAI8bAACfGwAA4hsAAOobAAA1HAAAQRwAAIgcAACVHAAA2xwAAOUcAAAuHQAANB0AAIEdAACVHQAAmoEOANodAAAnHgAA3h0AAOz1CwDrHQAAC9UKAEIeAAB6HgAAhh4AAM0eAADTHgAAIB8AACMfAAB1igUAKB8AAHMfAAB2HwAA4aoFAHofAADGHwAAfh8AAEWMBACBHwAAm28DAMsfAAAZIAAAJSAAAGwgAABvIAAAvyAAAMcgAAASIQAAHyEAAGUhAABqIQAAuCEAAMIhAAALIgAAEyIAAF4iAABhIgAAsSIAALoiAAAEIwAABSMAAFcjAABYIwAAqiMAAK8jAAD9IwAAAyQAAFAkAABaJAAAoyQAAKskAAD2JAAA+SQAAEklAABMJQAAnCUAAK0lAADtgQ4A8SUAALOpAQD0JQAA6hQLAPglAACN0Q0A+yUAAEImAAD9JQAAVA8IAFomAACVJgAAmCYAAOgmAAD0JgAAOycAAEgnAACOJwAAlScAAOEnAADjJwAANCgAAD0oAACHKAAAkSgAANooAADlKAAALSkAAEkpAACAKQAAiCkAAECCDgDYKQAAJioAAC4qAAB5KgAAeioAAMwqAADOKgAAHysAACIrAAByKwAAdSsAAJOCDgDKKwAAGCwAAB4sAABrLAAAciwAAL4sAADGLAAAES0AABQtAABkLQAAbS0AALctAAC4LQAACi4AAAsuAABdLgAAbi4AALAuAAC+LgAAAy8AAA8vAABWLwAAXS8AAOaCDgCvLwAA/C8AAP4vAABPMAAAZTAAAKIwAACqMAAA9TAAAPcwAABIMQAAUTEAAJsxAAClMQAA7jEAAPkxAABBMgAATTIAAJQyAAChMgAA5zIAAPEyAAA6MwAASDMAAI0zAACcMwAA4DMAAOIzAAAzNAAAPTQAAIY0AACUNAAA2TQAAN40AAAsNQAAOTUAAH81AACHNQAA0jUAANg1AAAlNgAAMTYAAHg2AACVNgAAyzYAANQ2AAAeNwAALDcAAHE3AAB3NwAAxDcAANA3AAAXOAAAGjgAAGo4AAByOAAAvTgAAM44AAAQOQAAHjkAAGM5AAB8OQAAtjkAALc5AAAJOgAAJjoAADmDDgBhOgAArzoAALU6AAACOwAACjsAAFU7AABeOwAAqDsAAKs7AAD7OwAABzwAAE48AABUPAAA34MOAL08AAD0PAAA/DwAADKEDgBKPQAAmj0AAKs9AADtPQAA9T0AAEA+AABOPgAAkz4AAJY+AADmPgAA7j4AADk/AABGPwAAjD8AAJE/AADfPwAA6T8AADJAAAA6QAAAhUAAAJFAAADYQAAA5UAAACtBAAAtQQAAfkEAAJdBAADRQQAA4kEAACRCAAAwQgAAd0IAAH5CAADKQgAA0kIAAB1DAAAiQwAAcEMAAH1DAADDQwAAy0MAABZEAAAgRAAAaUQAAHREAAC8RAAAyEQAAA9FAAAXRQAAhYQOAG5FAAC1RQAAu0UAAAhGAAAjRgAAW0YAAGdGAACuRgAAtEYAANiEDgAGRwAA0xsCAAdHAACiugQACEcAAA3ZBgAMRwAAVEcAAA1HAAA+vQkAD0cAAIBZBQAVRwAA5yQCAGBHAACnRwAArUcAAOkSDQCvRwAAK4UOAAZIAABNSAAAU0gAAKBIAAC7SAAA80gAAP9IAABGSQAATEkAAJlJAAChSQAA7EkAAPJJAAA/SgAAS0oAAJJKAACvSgAA5UoAAO5KAAA4SwAAREsAAItLAACOSwAA3ksAAOhLAAAxTAAAPUwAAIRMAACLTAAA10wAAN9MAAAqTQAAK00AAP9eAAAtTQAAfU0AAIxNAADQTQAA1k0AACNOAAAlTgAAdk4AAIxOAADJTgAA504AABxPAAA1TwAAb08AAHFPAADCTwAAxU8AABVQAAAhUAAAaFAAAG9QAAC7UAAAw1AAAA5RAAAQUQAAYVEAAGpRAAC0UQAAvlEAAAdSAAASUgAAWlIAAGZSAACtUgAAulIAAABTAAAKUwAAU1MAAGFTAACmUwAAtVMAAPlTAAD7UwAATFQAAFZUAACfVAAArVQAAPJUAAD3VAAARVUAAFJVAACYVQAArVUAAOtVAADzVQAAPlYAAFdWAACRVgAAmlYAAORWAADuVgAAN1cAAD9XAACKVwAAl1cAAN1XAADiVwAAMFgAADhYAACDWAAAhFgAANZYAADYWAAAKVkAACxZAAB8WQAAf1kAAH6FDgDUWQAAIloAAChaAAB1WgAAfFoAAMhaAADQWgAAG1sAAB9bAABuWwAAcFsAAMFbAADEWwAAFFwAABxcAABnXAAAaFwAALpcAADAXAAADV0AABJdAABgXQAAe10AALNdAADBXQAABl4AAA1eAABZXgAAZV4AAKxeAACzXgAA0YUOAAFfAABSXwAAVV8AAKVfAACoXwAAJIYOAP1fAABLYAAAUWAAAJ5gAAClYAAA8WAAAA9hAABEYQAAXWEAAJdhAACZYQAA6mEAAO1hAAA9YgAASWIAAJBiAACXYgAA42IAAOtiAAA2YwAAOGMAAIljAACSYwAA3GMAAOZjAAAvZAAAOmQAAIJkAACOZAAA1WQAAOJkAAAoZQAAMmUAAHtlAACJZQAAzmUAAN1lAAAhZgAAI2YAAHRmAAB+ZgAAx2YAANVmAAAaZwAAH2cAAG1nAAB6ZwAAwGcAANVnAAATaAAAG2gAAGZoAAB/aAAAuWgAAMJoAAAMaQAAFmkAAF9pAABnaQAAsmkAAL9pAAAFagAACmoAAFhqAABgagAAq2oAAKxqAAD+agAAAGsAAFFrAABUawAApGsAAKdrAAB3hg4A/GsAAEpsAABQbAAAnWwAAKRsAADwbAAA+GwAAENtAABHbQAAlm0AAJhtAADpbQAA7G0AADxuAABEbgAAj24AAJBuAADibgAA6G4AADVvAAA6bwAAiG8AAKNvAADbbwAA6W8AAC5wAAA1cAAAgXAAAI1wAADUcAAA23AAAMqGDgAqcQAAenEAAItxAADNcQAA1XEAAN+LAQDpcQAAIHIAAChyAAAdhw4AgnIAAMZyAADMcgAAGXMAABtzAABscwAAgnMAAL9zAADdcwAAEnQAABV0AABldAAAcXQAALh0AAC+dAAAC3UAACZ1AABedQAAanUAALF1AAC3dQAABHYAACJ2AABXdgAAZ3YAAKp2AAC4dgAA/XYAAAN3AABQdwAAU3cAAKN3AACtdwAA9ncAABR4AABJeAAAX3gAAJx4AACoeAAA73gAAPJ4AABCeQAARXkAAJV5AACXeQAA6HkAAP95AAA7egAAR3oAAI56AACqegAA4XoAAOl6AABwhw4ARXsAAId7AACVewAA2nsAAOZ7AAAtfAAAOnwAAIB8AACKfAAA03wAANt8AAAmfQAAJ30AAHl9AAB7fQAAzH0AAM99AAAffgAAIn4AAMOHDgB3fgAAxX4AAMt+AAAYfwAAH38AAGt/AABzfwAAvn8AANR/AAARgAAAGoAAAGSAAABngAAAt4AAAMGAAAAKgQAAEoEAAF2BAAB2gQAAsIEAALyBAAADggAAC4IAABaIDgBeggAAqYIAAKyCAAD8ggAABoMAAE+DAABVgwAAooMAALCDAAD1gwAAAoQAAEiEAABfhAAAaYgOAJyEAADBUw0AnoQAACKmAQChhAAABlACAKKEAADJygYAo4QAAGyjBQCkhAAAiMIAAKWEAABVLQIAqIQAAEEqDQCqhAAA7oQAAKyEAABfiwcAsYQAAD/NBQCyhAAACtoLAPiEAADCaggA/YQAAEGFAABNhQAAlIUAAJWFAAAPgwMAl4UAAOeFAADqhQAAOoYAAEGGAACGgAEAQoYAAI2GAABShgAA/CgBAJSGAADghgAA7IYAADOHAABAhwAAhocAAJSHAADZhwAA5YcAACyIAAAziAAAf4gAAIeIAADSiAAA4ogAACWJAAAqiQAAeIkAAH6JAADLiQAA04kAAB6KAAAnigAAcYoAAHSKAADEigAA0IoAABeLAAAdiwAAvIgOAImLAAAPiQ4AyosAABCMAAASjAAAN/0AABOMAAC+cQIAF4wAAOSbAgAbjAAA3v4KAByMAABCxQEAH4wAALX4CgApjAAAN0kCADCMAABjjAAAcIwAALaMAAC7jAAACY0AAA2NAABcjQAAaY0AAK+NAAC3jQAAAo4AALqNAAB+qAkACY4AAFWOAABXjgAAqI4AALKOAAD7jgAA/Y4AAE6PAABnjwAAoY8AAKOPAAD0jwAA948AAEeQAABTkAAAmpAAAKKQAABiiQ4A85AAAECRAAD1kAAAyTEQAPyQAABZ4QUA/pAAAJA4BgAAkQAArUsBAAmRAAAgywsARpEAAJrjAABYkQAAk5EAAJWRAADmkQAAoJEAAACmAACskQAAvJcAAPWRAAA5kgAASJIAAIySAACYkgAA35IAAOKSAAAykwAANZMAAIWTAACdkwAA2JMAAN+TAAArlAAAN5QAAH6UAACLlAAA0ZQAAN+UAAAklQAAMJUAAHeVAAB+lQAAypUAAOKVAAAdlgAAKZYAAHCWAAB2lgAAw5YAAMmWAAAWlwAAG5cAAGmXAABvlwAACIoOAL6XAAAPmAAAFpgAAGKYAAB6mAAAtZgAALyYAAAImQAAIZkAAFuZAABzmQAArpkAALqZAAABmgAAB5oAAFSaAABamgAAp5oAAKyaAAD6mgAAAJsAAFuKDgBmmwAAoJsAALGbAADzmwAAAZwAAEacAABVnAAAmZwAAKGcAADsnAAADJ0AAD+dAABLnQAAkp0AAKadAADlnQAA7Z0AADieAAA+ngAAi54AAJeeAADengAA6J4AADGfAAA3nwAAhJ8AAJKfAADXnwAA458AACqgAABFoAAAfaAAAH+gAADQoAAA4aAAACOhAAAroQAAdqEAAIShAADJoQAAzKEAAByiAAAkogAAb6IAAHyiAADCogAAx6IAABWjAAAfowAAaKMAAHCjAAC7owAAvaMAAA6kAAAfpAAAYaQAAHKkAAC0pAAAuaQAAAelAAALpQAAWqUAAGalAACtpQAAtKUAAK6KDgAFpgAAU6YAAF2mAACmpgAAvqYAAPmmAAD8pgAATKcAAFWnAACfpwAAoKcAAPKnAADzpwAARagAAEqoAACYqAAAnqgAAOuoAAD1qAAAPqkAAEqpAACRqQAAmKkAAOSpAAD8qQAAN6oAADmqAACKqgAAk6oAAN2qAADnqgAAMKsAADurAACDqwAAm6sAANarAADsqwAAKawAAC6sAAB8rAAAg6wAAM+sAADbrAAAAYsOACStAAApngIAJ60AAJ24AQArrQAA4LYFAC2tAAAERQcAM60AAHWtAAB3rQAAwFkCAIOtAADIrQAA1K0AABuuAADXrQAARr4HACiuAABurgAAeK4AAMGuAADCrgAAMjEOAMmuAAAUrwAAG68AAGevAAAvrwAA85QBAGyvAAC6rwAAxq8AAA2wAAAQsAAAYLAAAGiwAACzsAAAwLAAAAaxAAALsQAAWbEAAGOxAACssQAAtLEAAP+xAAACsgAAUrIAAFuyAAClsgAAprIAAPiyAAD5sgAAS7MAAFCzAACeswAApLMAAPGzAAD7swAARLQAAEy0AACXtAAAmbQAAOq0AADztAAAPbUAAEe1AACQtQAAm7UAAOO1AADvtQAANrYAAEO2AACJtgAAk7YAANy2AADqtgAAL7cAAD63AACCtwAAhLcAANW3AADftwAAKLgAADa4AAB7uAAAgLgAAM64AADbuAAAIbkAACm5AAB0uQAAdbkAAMe5AADNuQAAGroAAB+6AABtugAAd7oAAMC6AADFugAAE7sAACK7AABmuwAAa7sAALm7AADKuwAADLwAABS8AABfvAAAZbwAALK8AAC+vAAABb0AACK9AABYvQAAYb0AAKu9AAC3vQAA/r0AAAG+AABRvgAAW74AAKS+AACwvgAA974AAP6+AABKvwAAUr8AAJ2/AAC2vwAA8L8AAATAAABDwAAAS8AAAJbAAACZwAAA6cAAAPXAAAA8wQAAQsEAAI/BAACqwQAA4sEAAO7BAAA1wgAAO8IAAFSLDgCSwgAA28IAAObCAAAuwwAANsMAAF3UAAA6wwAAgcMAAI7DAADUwwAA3sMAACfEAAA1xAAAesQAAInEAADNxAAAz8QAACDFAAAqxQAAc8UAAIHFAADGxQAAy8UAABnGAAAmxgAAbMYAAHTGAAC/xgAAwMYAABLHAADDxgAAWGMBAM/GAABOiAEAI8cAAGXHAABuxwAAuMcAAM/HAAALyAAAGcgAAF7IAABryAAAscgAALnIAAAEyQAAI8kAAKeLDgBgyQAAqskAALTJAAD9yQAACMoAAPqLDgBSygAAo8oAAKzKAAD2ygAAAMsAAEnLAABUywAAnMsAAKjLAADvywAA/MsAAELMAABMzAAAlcwAAKPMAADozAAA98wAADvNAAA9zQAAjs0AAJjNAADhzQAA780AADTOAAA5zgAAh84AAJTOAADazgAA4s4AAC3PAAAzzwAAgM8AAIzPAADTzwAA8M8AACbQAAAv0AAAedAAAIfQAADM0AAA0tAAAB/RAAAr0QAActEAAHnRAABNjA4Ax9EAAAUJAgDL0QAAGNIAAB3SAABr0gAAJtIAACQmBAB40gAAvtIAANXSAAAR0wAAEtMAAGTTAABm0wAAt9MAALrTAAAK1AAADdQAAKCMDgB+1AAAsNQAALHUAAAD1QAABdUAAFbVAABZ1QAAqdUAAKzVAADzjA4AAdYAAE/WAABV1gAAotYAAKnWAAD11gAAF9cAAEjXAABQ1wAAm9cAAKrXAADu1wAA8NcAAEHYAABS2AAAlNgAAKXYAADn2AAA89gAADrZAABB2QAAjdkAAJXZAADg2QAA5NkAADPaAABB2gAAhtoAAJDaAADZ2gAA5NoAACzbAAAx2wAAf9sAAIjbAADS2wAA3NsAACXcAAAt3AAAeNwAAHrcAADL3AAA2NwAAB7dAAAy3QAAcd0AAHndAADE3QAAxd0AABfeAAAZ3gAAat4AAG3eAAC93gAAwN4AAEaNDgAV3wAAY98AAGnfAAC23wAAvd8AAAngAAAR4AAAXOAAAGvgAACv4AAAtOAAAALhAAAP4QAAVeEAAGXhAACo4QAAtuEAAPvhAAAS4gAATuIAAFfiAACh4gAAp+IAAPTiAAAA4wAAR+MAAE7jAACZjQ4An+MAABm4AgCi4wAA7eMAAKfjAACp8AgA/OMAAEDkAABR5AAAk+QAAKHkAADm5AAA8uQAADnlAABG5QAAjOUAAJblAADf5QAA5+UAADLmAAA15gAAheYAAJHmAADY5gAA5eYAACvnAAA15wAAfucAAIbnAADR5wAA0+cAACToAAAt6AAAd+gAAIHoAADK6AAA1egAAB3pAAAy6QAAcOkAAHjpAADD6QAA3OkAABbqAAAf6gAAaeoAAHPqAAC86gAAxOoAAA/rAAAc6wAAYusAAGfrAAC16wAAvesAAAjsAAAJ7AAAW+wAAF3sAACu7AAAsewAAAHtAAAE7QAA7I0OAFntAACn7QAAre0AAPrtAAAB7gAATe4AAFXuAACg7gAAru4AAPPuAAD27gAARu8AAE7vAACZ7wAAnO8AAOzvAAD47wAAP/AAAEnwAAA/jg4Ak/AAAHg1DACU8AAA5fAAAJXwAAC5GwsAnPAAAL03DACd8AAA5I0EAKHwAACR9QEAovAAANTQCgC28AAAr9kBAO7wAAA48QAAQvEAAIvxAACW8QAA3vEAAOrxAAAx8gAAPvIAAITyAACO8gAA1/IAAOXyAAAq8wAAOfMAAH3zAAB/8wAA0PMAANrzAAAj9AAAMfQAAHb0AAB79AAAyfQAANb0AAAc9QAALPUAAG/1AABx9QAAwvUAAND1AAAV9gAAJvYAAJKODgBv9gAA5Y4OAMP2AAA4jw4AF/cAAGH3AABr9wAAtPcAAL/3AAAH+AAAE/gAAFr4AABn+AAArfgAALf4AAAA+QAADvkAAFP5AABi+QAApvkAAKj5AAD5+QAAA/oAAEz6AABa+gAAn/oAAKT6AADy+gAA//oAAEX7AABN+wAAmPsAAKj7AADr+wAA7fsAAD78AABM/AAAkfwAAKL8AACLjw4A6/wAAN6PDgBQ/QAAiv0AAJv9AADd/QAA6f0AADD+AAA4/gAAMZAOAIj+AADW/gAA3v4AACn/AAAr/wAAfP8AAC7/AAAPwQYAOP8AAE1/BACF/wAAz/8AAIv/AACOOwkA2f8AACIAAQAtAAEAdQABAIEAAQDIAAEA1QABABsBAQAlAQEAbgEBAHwBAQDBAQEA0AEBABQCAQAWAgEAZwIBAHECAQC6AgEAxgIBAA0DAQAVAwEAhJAOAGMDAQCzAwEAwQMBAAYEAQATBAEAWQQBAHAEAQCsBAEAtAQBAP8EAQAVBQEAUgUBAF4FAQClBQEAtAUBAPgFAQADBgEASwYBAE0GAQCeBgEAqwYBAPEGAQD/BgEARAcBAEcHAQCXBwEArQcBAOoHAQDyBwEAPQgBAE8IAQDXkA4AnQgBAHanCwCfCAEA4wgBAOgIAQA2CQEAPQkBAIkJAQCVCQEA3AkBAOkJAQAvCgEAMQoBAIIKAQCYCgEA1QoBAOEKAQAoCwEARwsBAHsLAQCXCwEAzgsBANYLAQAqkQ4AIwwBAHQMAQB9DAEAxwwBANEMAQAaDQEAJQ0BAG0NAQB5DQEAwA0BAM0NAQATDgEAHQ4BAGYOAQB0DgEAuQ4BAMgOAQAMDwEADg8BAF8PAQBpDwEAsg8BAMAPAQAFEAEAChABAFgQAQBlEAEAqxABALsQAQD+EAEAABEBAFERAQBfEQEApBEBALURAQB9kQ4A/hEBANCRDgBMEgEACNAEAE8SAQCdEgEAUxIBACe9AQBWEgEAt/wGAFgSAQA4lwEAXhIBAOlRBACkEgEAKB8KAKoSAQDwEgEABxMBAEMTAQBIEwEAlhMBAJkTAQDpEwEAoBMBAD2SBQCyEwEAnZwFAO4TAQAalwUA9RMBADwUAQBCFAEAOyABAEsUAQCPFAEAmBQBAOIUAQDoFAEANRUBAEMVAQCIFQEAkhUBANsVAQDvFQEALhYBADoWAQCBFgEAlBYBANQWAQDjFgEAJxcBADMXAQB6FwEAexcBAM0XAQDXFwEAIBgBAC4YAQBzGAEAeBgBAMYYAQDTGAEAdpIOACwZAQBsGQEAexkBAL8ZAQDLGQEAEhoBABMaAQBlGgEAbxoBALgaAQDGGgEACxsBABAbAQBeGwEAaxsBAG+TDgCzGwEABBwBAA0cAQBXHAEAYRwBAKocAQC1HAEA/RwBAAkdAQBQHQEAXR0BAKMdAQCtHQEA9h0BAAQeAQBJHgEAWB4BAJweAQCeHgEA7x4BAPkeAQBCHwEAUB8BAJUfAQCiHwEA6B8BAP8fAQDCkw4AViABAI4gAQCaIAEA4SABAOcgAQA0IQEAQCEBAIchAQCNIQEA2iEBAOAhAQAtIgEAMiIBAIAiAQCGIgEAFZQOANwiAQAmIwEAMCMBAHkjAQCEIwEAzCMBANgjAQAfJAEALCQBAHIkAQB8JAEAxSQBANMkAQAYJQEAJyUBAGslAQBtJQEAviUBAMglAQARJgEAHyYBAGQmAQBpJgEAtyYBAMQmAQAKJwEAEicBAF0nAQBtJwEAsCcBALInAQADKAEAESgBAFYoAQBnKAEADpUOALAoAQBhlQ4AAikBAE8pAQBbKQEAoikBALIpAQD1KQEA/ikBAEgqAQBLKgEAmyoBAKcqAQDuKgEA9SoBAEErAQBJKwEAlCsBALIrAQDnKwEA7ysBADosAQBLLAEAjSwBAJIsAQDgLAEA9ywBADMtAQBBLQEAhi0BAJMtAQDZLQEA4S0BACwuAQAwLgEAfy4BAIEuAQDSLgEA1S4BACUvAQAtLwEAeC8BAH4vAQDLLwEA1y8BAB4wAQAuMAEAcTABAHowAQDEMAEAxzABABcxAQAjMQEAajEBAHExAQC0lQ4AxjEBABAyAQATMgEAYzIBAHEyAQC2MgEAwzIBAAkzAQAgMwEAXDMBAGQzAQCvMwEAsTMBAAI0AQALNAEAVTQBAF80AQCoNAEAszQBAPs0AQAHNQEATjUBAFs1AQChNQEAqzUBAPQ1AQACNgEARzYBAFY2AQCaNgEAnDYBAO02AQD3NgEAQDcBAE43AQCTNwEAmDcBAOY3AQDzNwEAOTgBAEE4AQCMOAEAojgBAN84AQDrOAEAMjkBAEE5AQCFOQEAkDkBANg5AQDaOQEAKzoBADg6AQB+OgEAjDoBANE6AQDUOgEAJDsBADo7AQAHlg4AfzsBAPH/AQCFOwEA4WwCAI87AQDKOwEAzDsBAB08AQAuPAEAcDwBAIE8AQDDPAEAyDwBABY9AQAaPQEAaT0BAHU9AQC8PQEAwz0BAA8+AQAXPgEAYj4BAIA+AQC1PgEAvT4BAFqWDgANPwEAWz8BAFw/AQDXSwwAaj8BAIY6CwB0PwEArj8BALA/AQABQAEAGkABAFRAAQBlQAEAp0ABALNAAQD6QAEA/EABAE1BAQBWQQEAoEEBAFxBAQAjRwEAqkEBAPNBAQD+QQEARkIBAFJCAQCZQgEApkIBAOxCAQD2QgEAP0MBAE1DAQCSQwEAoUMBAOVDAQDnQwEAOEQBAEJEAQCLRAEAmUQBAN5EAQDjRAEAMUUBAD5FAQCERQEAkEUBANdFAQDdRQEAKkYBADBGAQB9RgEAgkYBANBGAQDWRgEArZYOADJHAQB2RwEAgkcBAMlHAQDMRwEAHEgBAB9IAQBvSAEAdkgBAMJIAQDOSAEAFUkBACJJAQBoSQEAdkkBALtJAQDHSQEADkoBABVKAQAAlw4AZ0oBALRKAQC6SgEAB0sBAAxLAQBaSwEAYEsBAFOXDgCuSwEAOOoBALdLAQDIugoAuUsBAMxuDgC7SwEAcT0LALxLAQAATAEADEwBAFNMAQBUTAEApkwBAF9MAQABTQsAsEwBAPlMAQAHTQEATE0BAFFNAQCfTQEArE0BAKaXDgD0TQEA+QYLAABOAQCn+goAFU4BAPmXDgBrTgEAmE4BAL9OAQDrTgEAD08BAD5PAQBGTwEATJgOAJ1PAQDkTwEA5k8BADdQAQA6UAEAilABAI9QAQDdUAEA6lABADBRAQBMUQEAg1EBAItRAQCfmA4A31EBAClSAQDjUQEA41sBACxSAQB8UgEAiFIBAM9SAQDVUgEAIlMBAC9TAQB1UwEAd1MBAMhTAQDeUwEAG1QBACdUAQBuVAEAdlQBAPKYDgDHVAEAFFUBABxVAQBnVQEAaFUBALpVAQC8VQEADVYBABBWAQBgVgEAY1YBAEWZDgC4VgEABlcBAAxXAQBZVwEAYFcBAKxXAQC0VwEA/1cBAAxYAQBSWAEAV1gBAKVYAQCvWAEA+FgBAABZAQBLWQEATVkBAJ5ZAQCvWQEA8VkBAAJaAQBEWgEASVoBAJdaAQCbWgEA6loBAPZaAQA9WwEARFsBAJBbAQCiWwEAmJkOAOhbAQA2XAEAPlwBAIlcAQCLXAEA3FwBAOtcAQAvXQEAPl0BAIJdAQCOXQEA1V0BANhdAQAoXgEAK14BAHteAQCDXgEAzl4BANheAQAhXwEAJl8BAHRfAQB8XwEAx18BANFfAQAaYAEAJWABAG1gAQB7YAEAwGABAMNgAQATYQEAG2EBAGZhAQCBYQEAuWEBAMRhAQAMYgEAEWIBAF9iAQBiYgEAsmIBALxiAQAFYwEAF2MBAOuZDgBmYwEAq2MBALVjAQD+YwEACWQBAFFkAQBZZAEApGQBAKpkAQD3ZAEA+WQBAEplAQBjZQEAnWUBALZlAQDwZQEA/mUBAENmAQBNZgEAlmYBAKxmAQDpZgEABmcBADxnAQBEZwEAj2cBAJ9nAQDiZwEA5GcBADVoAQBDaAEAiGgBAJloAQA+mg4A4mgBAJGaDgAvaQEAgWkBAJJpAQDUaQEA4GkBACdqAQApagEAemoBAH1qAQDNagEA2WoBACBrAQAoawEAN5sOAH5rAQDGawEA0msBABlsAQAobAEAbGwBAIxsAQC/bAEAx2wBABJtAQAmbQEAZW0BAGptAQC4bQEAwW0BAAtuAQARbgEAXm4BAGZuAQCxbgEAwG4BAARvAQAJbwEAV28BAGRvAQCqbwEAt28BAP1vAQAJcAEAUHABAF9wAQCjcAEArXABAPZwAQAEcQEASXEBAE5xAQCccQEAqXEBAO9xAQD3cQEAQnIBAEVyAQCVcgEAoXIBAOhyAQDycgEAO3MBAEVzAQCOcwEAnHMBAOFzAQDucwEANHQBAEt0AQCHdAEAinQBAIqbDgDddAEAIpgDAOR0AQDVQQUA53QBAC11AQDqdAEAqnwLAOt0AQAsegIA8HQBAPjwAwA0dQEAwkECADd1AQA/NQMAPHUBAHoWDQBIdQEAgHUBAIJ1AQDTdQEA5HUBACZ2AQA0dgEAeXYBAIB2AQDMdgEAznYBAB93AQDRdgEAnV4CANR2AQBbkgEALncBAHJ3AQCBdwEAxXcBANF3AQAYeAEAG3gBAGt4AQBueAEAvngBAN54AQAReQEAHXkBAGR5AQB4eQEAt3kBAMV5AQAKegEAEXoBAN2bDgB0egEAsHoBALJ6AQDh2goAs3oBAOjZCgC9egEAA3sBAAV7AQBWewEAYHsBAKl7AQBnewEAct4KALJ7AQD8ewEAAnwBAE98AQBbfAEAonwBAKl8AQD1fAEA+nwBAEh9AQBUfQEAm30BAJ59AQDufQEA+30BAEF+AQBGfgEAlH4BAJ5+AQDnfgEA/X4BADp/AQA8fwEAjX8BAJd/AQDgfwEA738BADOAAQA+gAEAMJwOAJKAAQDZgAEA5oABACyBAQA6gQEAf4EBAIuBAQDSgQEA2YEBAIOcDgAqggEAeIIBADGCAQBc2A0AM4IBACj2AwB6ggEA/WEDAH2CAQDw0wkAj4IBAMuCAQDZggEAHoMBACuDAQBxgwEAeYMBAMSDAQDOgwEAhbwGANSDAQAXhAEAGYQBAGqEAQB4hAEAvYQBAM6EAQDWnA4AF4UBACmdDgBohQEAtoUBALyFAQAJhgEAEYYBAFyGAQBlhgEAr4YBALKGAQAChwEADocBAFWHAQBbhwEAqIcBALCHAQD7hwEAGogBAM+dDgBQiAEAoYgBAK+IAQD0iAEABYkBACKeDgBOiQEAdZ4OAJ+JAQDtiQEA84kBAECKAQBIigEAk4oBAJyKAQDmigEA6YoBADmLAQBFiwEAjIsBAJKLAQAbnw4A4YsBADKMAQA7jAEAhYwBAI+MAQDYjAEA44wBACuNAQA3jQEAfo0BAIuNAQDRjQEA240BACSOAQAyjgEAd44BAIaOAQDKjgEAzI4BAB2PAQAnjwEAcI8BAH6PAQDDjwEAyI8BABaQAQAjkAEAaZABAHGQAQC8kAEAzJABAA+RAQARkQEAYpEBAHCRAQC1kQEAxpEBAG6fDgAPkgEAwZ8OAGSSAQCukgEAsZIBAAGTAQANkwEAVJMBAFqTAQCnkwEAtJMBAPqTAQD8kwEATZQBAGOUAQCglAEArJQBABSgDgD/lAEARpUBAEyVAQCZlQEAnJUBAOyVAQD6lQEAP5YBAESWAQCSlgEAn5YBAOWWAQDtlgEAZ6AOAEWXAQCLlwEAmZcBAN6XAQD0lwEAMZgBADqYAQCEmAEAmpgBANeYAQDfmAEAKpkBAC2ZAQB9mQEAhpkBANCZAQDRmQEAI5oBACSaAQB2mgEAe5oBAMmaAQDPmgEAHJsBACabAQBvmwEAe5sBAMKbAQDJmwEAFZwBAB2cAQBonAEAapwBALucAQC8nAEADp0BABydAQBhnQEAaZ0BALSdAQDPnQEAB54BABOeAQBangEAYJ4BAK2eAQCwngEAAJ8BAA6fAQBTnwEAWJ8BAKafAQCznwEA+Z8BAAGgAQBMoAEAWqABAJ+gAQCioAEAuqAOAPWgAQBFoQEA9qABAEzCCAD+oAEAabIIAAChAQAX3QwABaEBAOMHDQBIoQEAmKEBAKmhAQDroQEAB6IBAD6iAQBGogEADaEOAKKiAQDkogEA7KIBADejAQA9owEAiqMBAI+jAQDdowEA5qMBADCkAQA6pAEAg6QBAJGkAQDWpAEA46QBACmlAQA1pQEAfKUBAH+lAQDPpQEA66UBAGChDgAlpgEAdaYBADamAQDz2QMAgaYBAMimAQDOpgEAG6cBACWnAQCzoQ4Ac6cBAMGnAQDOpwEAFKgBAByoAQAoqQ4AIKgBAGeoAQAkqAEA464BAG2oAQC6qAEAwKgBAA2pAQASqQEAYKkBAGapAQAGog4AvakBANrbCgDBqQEABqoBABeqAQBZog4AYKoBAKyiDgC0qgEA/6IOAA2rAQBSqwEAWasBAKWrAQCtqwEA+KsBAAWsAQBLrAEAUKwBAJ6sAQCorAEA8awBAPmsAQBErQEASq0BAJetAQCZrQEA6q0BAPitAQA9rgEAQK4BAJCuAQCcrgEAUqMOAOWuAQA2rwEARK8BAImvAQCarwEApaMOAOOvAQD4ow4ANbABAIKwAQCIsAEA1bABANqwAQAosQEALrEBAEukDgB9sQEAzrEBAISxAQBnrgwAh7EBAPYBBQDpsQEAIbIBACOyAQB0sgEAjrIBAMeyAQDUsgEAMMYIANiyAQAaswEAHLMBAG2zAQB6swEAwLMBANezAQATtAEALbQBAGa0AQBotAEAubQBAGy0AQBzywsAvLQBAAy1AQAPtQEAX7UBAGu1AQCytQEAuLUBAAW2AQAPtgEAnqQOAF22AQCrtgEAuLYBAP62AQAKtwEAUbcBAFe3AQCktwEAqrcBAPe3AQD8twEASrgBAFC4AQDxpA4ApLgBABY8DQCmuAEAB5ADAKq4AQDljwIArrgBALXxCwCzuAEA8LgBAPG4AQBDuQEABrkBANJsBABFuQEAlrkBAFG5AQAfwwIAnLkBAOm5AQD3uQEAPLoBAD+6AQCPugEAlLoBAOK6AQDvugEANbsBAEW7AQCIuwEAirsBANu7AQDpuwEALrwBAD+8AQBEpQ4Ah7wBANS8AQDgvAEAl6UOADi9AQB6vQEAhL0BAM29AQDbvQEAIL4BACG+AQBzvgEAhL4BAMa+AQDSvgEAGb8BACm/AQBsvwEAbr8BAL+/AQDNvwEAEsABACPAAQDqpQ4Aa8ABALjAAQDEwAEAPaYOABHBAQBewQEAZMEBALHBAQC2wQEABMIBAArCAQDjpg4AX8IBAKrCAQC0wgEA+fgMAMPCAQD9wgEABsMBAFDDAQBawwEAo8MBAKvDAQD2wwEA+sMBAEnEAQBLxAEAnMQBAJ/EAQDvxAEAC8UBADanDgBVxQEAlcUBAJbFAQDoxQEA9MUBADvGAQBKxgEAjsYBAJjGAQDhxgEA7cYBADTHAQA7xwEAiacOAI3HAQBYcAsAmscBANrHAQDpxwEALcgBADnIAQCAyAEAgcgBANPIAQDdyAEAJskBADTJAQB5yQEAfskBAMzJAQDZyQEAL6gOACfKAQByygEAfsoBAMXKAQDYygEAGMsBABnLAQBrywEAd8sBAL7LAQDNywEAEcwBABvMAQBkzAEAcMwBALfMAQC+zAEAgqgOABvNAQBdzQEAac0BALDNAQDAzQEAA84BAA3OAQBWzgEAXs4BAKnOAQDUzgEA/M4BANXOAQCG0wEAJ88BAE/PAQBXzwEAos8BAKjPAQD1zwEAA9ABAEjQAQBf0AEAm9ABAKbQAQDu0AEA+NABAEHRAQBr0QEAlNEBAJzRAQDn0QEA99EBADrSAQA80gEAjdIBAJvSAQDg0gEA8dIBAHupDgA60wEAzqkOALHTAQDZ0wEA4dMBACzUAQAy1AEAf9QBAI3UAQDS1AEA6dQBACXVAQAw1QEAeNUBAILVAQDL1QEA9dUBAB7WAQAm1gEAcdYBAIHWAQDE1gEAxtYBABfXAQAl1wEAatcBAHvXAQAhqg4AxNcBAHSqDgAS2AEAY9gBAHHYAQC22AEAx9gBAMeqDgAQ2QEAGqsOAGTZAQBtqw4At9kBAMCrDgAE2gEAVdoBAGPaAQCo2gEAudoBABOsDgAB2wEATtsBAFrbAQBmrA4AqtsBAPTbAQAB3AEAR9wBAFXcAQCa3AEApNwBAO3cAQAH3QEAQN0BAEPdAQCT3QEAmt0BAObdAQAG3gEAOd4BAFPeAQC5rA4Amd4BAN/eAQCd3gEAdzQCAKLeAQAPigIA7d4BADLfAQA83wEAhd8BAJ/fAQDY3wEA6N8BACvgAQAx4AEAfuABAIDgAQDR4AEA5+ABACThAQAw4QEAd+EBAHvhAQDK4QEAz+EBAB3iAQAj4gEAcOIBAJDiAQDD4gEA3eIBABbjAQAY4wEAaeMBAGzjAQC84wEAv+MBAA/kAQAb5AEAYuQBAGjkAQC15AEAv+QBAAytDgAN5QEAW+UBAGjlAQCu5QEAuuUBAAHmAQAU5gEAVOYBAGPmAQCn5gEAs+YBAPrmAQD75gEATecBAFfnAQCg5wEArucBAPPnAQD45wEARugBAFPoAQBfrQ4AmugBAGhdCgCb6AEAexgLAJzoAQCMRQsAnugBAMsuDQCf6AEAX4QIAKDoAQA+CQsAo+gBAAf+CwCk6AEAGw4LAKXoAQAVCgoApugBAJi1CgCn6AEA6IYKAKjoAQDtxwQAqegBAOzoAQCx6AEAqMsPALPoAQA6hQwAtegBACe8DQC86AEAKPUPAMToAQA5kQwA1+gBAOsBDADe6AEA8lMMAO7oAQA/6QEA/egBAJhUDABN6QEAkukBAKPpAQCyrQ4A7OkBAAWuDgBE6gEAi+oBAJrqAQDe6gEA6OoBADHrAQA96wEAhOsBAFTrAQAPRAwAi+sBAKuuDgDZ6wEAKuwBADvsAQB97AEAhuwBANDsAQDc7AEAI+0BACbtAQB27QEAfu0BAMntAQDT7QEAHO4BACHuAQBv7gEAd+4BAMLuAQDb7gEAFe8BACHvAQBo7wEAcO8BAFGvDgDD7wEApK8OABHwAQBh8AEAZPABALTwAQDA8AEAB/EBAA3xAQBa8QEAZPEBAPevDgCy8QEAAPIBAA3yAQBT8gEAW/IBAEqwDgCs8gEA+fIBAP/yAQBM8wEAUfMBAJ/zAQCl8wEAnbAOAPrzAQDwsA4AR/QBAAe5CQBK9AEAmPQBAFH0AQBScwkAovQBAOv0AQCn9AEAg3oHAPP0AQAndwsAB/UBAD71AQBG9QEAQ7EOAJb1AQDk9QEA+vUBADf2AQA49gEAivYBAIz2AQDd9gEA4/YBADD3AQA89wEAg/cBAIr3AQDW9wEA3vcBACn4AQAy+AEAfPgBAH/4AQDP+AEA3fgBACL5AQAv+QEAdfkBAIz5AQDI+QEA0PkBABv6AQAn+gEAFPsBAEb6AQBu+gEAmfoBAMH6AQDl+gEAlrEOADH7AQBn+wEAcPsBAGD8AQB4+wEAuvsBAOj7AQAN/AEAMfwBAOmxDgBi/AEAs/wBAMT8AQAG/QEANP0BAFn9AQB9/QEAPLIOALL9AQDC0gUAtf0BAP/9AQC4/QEAKkUNAAn+AQBS/gEADP4BAIraBQAN/gEARfoMAFr+AQCl/gEAqf4BAPj+AQD6/gEAS/8BAE7/AQCe/wEAuv8BAI+yDgD2/wEAR/AKAPv/AQBnYgsA/f8BAEQAAgABAAIAVAEKAGEAAgCXAAIAoAACAOoAAgDsAAIAPQECAE4BAgDisg4AlQECAOMBAgDsAQIANgICAEcCAgCJAgIAkAICANwCAgDkAgIALwMCAPYCAgBIIwIAPAMCANUDAgA+AwIAIQUCAEgDAgCCAwIAjgMCADWzDgDaAwIAKAQCADIEAgB7BAIAgwQCAIizDgDaBAIA27MOACYFAgB0BQIAgQUCAMcFAgDRBQIAGgYCABwGAgBtBgIAewYCAMAGAgDNBgIALrQOABgHAgBmBwIAcwcCALkHAgDDBwIADAgCAA4IAgBfCAIAbQgCALIIAgC/CAIAgbQOAAgJAgD11QwACwkCAJUeDQASCQIAWAkCAGIJAgDUtA4AswkCAP4JAgAACgIAuBkNABUKAgBRCgIAVgoCAKQKAgCuCgIA9woCAP8KAgAntQ4AVAsCAJ0LAgCpCwIA8AsCAPMLAgBDDAIATQwCAJYMAgCwDAIA6QwCAAANAgA8DQIAQQ0CAI8NAgCrDQIAerUOAOwNAgA1DgIA8w0CAP8tBwBBDgIAiA4CAIsOAgDbDgIA5Q4CAC4PAgBIDwIAgQ8CAIcPAgDUDwIA1g8CACcQAgA1EAIAehACAH0QAgDNEAIA2RACACARAgAjEQIAcxECAJYRAgDNtQ4AyBECABkSAgAnEgIAbBICAG8SAgC/EgIAyxICABITAgAVEwIAILYOAHATAgC4EwIAvhMCAAsUAgAQFAIAXhQCAGIUAgCxFAIAtBQCAHO2DgAFFQIA7t0LAAcVAgBLqw0AChUCAFcVAgANFQIAKaQNAA4VAgDhGQIAEBUCAFuRDQASFQIA5okNABMVAgDXlw0AFBUCAF+0DQAbFQIAoe8KAB4VAgDnhAwAYxUCAKoVAgDTFQIA/RUCAAkWAgBQFgIAXxYCAKMWAgCtFgIA9hYCAPkWAgBJFwIAYxcCAJwXAgCmFwIA7xcCAPQXAgBCGAIATBgCAJUYAgCgGAIA6BgCAO4YAgA7GQIAQBkCAI4ZAgCSGQIAxrYOAOYZAgA0GgIA7xkCAKaeDQA+GgIAhxoCAJIaAgDaGgIA4BoCAC0bAgAyGwIAgBsCAIQbAgAZtw4A2BsCAM6qAgDaGwIAykEMANsbAgDcaQsA3RsCAG0MDQDtGwIAJhwCADAcAgB5HAIAhBwCAMwcAgDSHAIAHx0CACQdAgByHQIAdh0CAMUdAgDoHQIAbLcOABoeAgBrHgIAGx4CAIjPCgAdHgIAvVMIACEeAgAufQoAJB4CACwnAgAmHgIAnB0NAHgeAgDBTQIAeR4CAL4eAgDBHgIAER8CAB0fAgBkHwIAfB8CALcfAgDDHwIACiACABAgAgBdIAIAYyACALAgAgC1IAIAAyECAAkhAgC/tw4AYCECAKkhAgC0IQIA/CECAAIiAgBPIgIAVCICAKIiAgCmIgIA9SICAPgiAgASuA4AUiMCAJsjAgCmIwIA7iMCAPQjAgBBJAIARiQCAJQkAgCYJAIAZbgOAOgkAgA6JQIARiUCAI0lAgCZJQIA4CUCAOYlAgAzJgIAOSYCAIYmAgCLJgIA2SYCAN8mAgC4uA4ALicCACLkBAAzJwIAX/MEADsnAgAgZAIAPCcCAH8nAgCLJwIA0icCANgnAgAlKAIAMSgCAHgoAgCFKAIAyygCANooAgAeKQIAKikCAHEpAgB9KQIAxCkCAMopAgAXKgIAHSoCAGoqAgBvKgIAvSoCAMMqAgALuQ4AGisCAPykBwAmKwIAYysCACkrAgCBiwgAbysCALYrAgC+KwIAlG8PAMIrAgAJLAIADywCAFwsAgBiLAIArywCALQsAgACLQIACC0CAF65DgBdLQIAXMoPAF8tAgCoLQIAri0CAPstAgC0LQIAqwIDAAkuAgBOLgIAZy4CAKEuAgCqLgIA9C4CAP4uAgBHLwIAUy8CAJovAgCmLwIA7S8CAPMvAgBAMAIARjACAJMwAgCYMAIA5jACAOwwAgCxuQ4ARTECAIwxAgCWMQIA3zECAOoxAgAyMgIANzICAIUyAgCMMgIA2DICAOQyAgArMwIAMTMCAH4zAgCEMwIA0TMCANYzAgAkNAIAKjQCAAS6DgCINAIAyjQCAMs0AgAdNQIA0DQCAPo5AgAiNQIAcDUCAH41AgDDNQIA0DUCABY2AgAgNgIAaTYCAHU2AgC8NgIAwjYCAA83AgAbNwIAYjcCAHU3AgC1NwIAxDcCAAg4AgAUOAIAWzgCAFw4AgCuOAIAuDgCAAE5AgAPOQIAVDkCAFk5AgCnOQIAtDkCAFe6DgAGOgIATToCAF06AgCgOgIArDoCAPM6AgD5OgIARjsCAFI7AgCZOwIApjsCAOw7AgD7OwIAPzwCAEs8AgCSPAIAnjwCAOU8AgD4PAIAOD0CAEc9AgCLPQIAlz0CAN49AgDfPQIAMT4CADs+AgCEPgIAkj4CANc+AgDcPgIAKj8CADc/AgCqug4Afz8CALH4BQCJPwIA0D8CAIo/AgAoJgkAiz8CALfgCgDkPwIAI0ACAC9AAgB2QAIAfEACAMlAAgDPQAIAHEECACFBAgBvQQIAdUECAP26DgDOQQIAFUICACJCAgBQvAIAKEICAGhCAgBtQgIAl1MCAHBCAgAo/QIAdEICALtCAgDBQgIADkMCABRDAgBhQwIAZkMCALRDAgC6QwIAULsOABNEAgBaRAIAYEQCAK1EAgCyRAIAAEUCAAdFAgBTRQIAYUUCAKZFAgDBRQIA+UUCAAdGAgBMRgIAT0YCAJ9GAgCtRgIA8kYCAPdGAgBFRwIAUkcCAJhHAgCkRwIA60cCAPFHAgA+SAIAREgCAJFIAgCWSAIA5EgCAOpIAgCjuw4APEkCAIpJAgCTSQIA3UkCAOpJAgAwSgIAN0oCAINKAgCUSgIA1koCANtKAgApSwIAOEsCAHxLAgB+SwIAz0sCAOBLAgAiTAIALkwCAHVMAgB7TAIAyEwCAM5MAgAbTQIAIE0CAG5NAgB0TQIA9rsOANhNAgAUTgIAIE4CAGdOAgBzTgIAuk4CAMBOAgANTwIAE08CAGBPAgBlTwIAs08CALlPAgBJvA4ADFACAE6BAgAdUAIAWVACAGJQAgCsUAIAwlACAP9QAgALUQIAUlECAF9RAgClUQIAr1ECAPhRAgAEUgIAS1ICAFFSAgCeUgIApFICAPFSAgD2UgIARFMCAEpTAgCcvA4AoFMCAOpTAgD0UwIAPVQCAEJUAgCQVAIAoFQCAONUAgD8VAIANlUCADtVAgCJVQIAklUCANxVAgDpVQIAL1YCADZWAgCCVgIAhVYCANVWAgDhVgIAKFcCADtXAgB7VwIAilcCAM5XAgDaVwIAIVgCACJYAgB0WAIAflgCAMdYAgDVWAIAGlkCAB9ZAgBtWQIAelkCAO+8DgDDWQIAE1oCABZaAgBmWgIAc1oCAIyfCgB1WgIAuVoCALtaAgAMWwIAD1sCAF9bAgBpWwIAslsCAL5bAgAFXAIAGFwCAFhcAgBnXAIAq1wCALdcAgD+XAIA/1wCAFFdAgBbXQIApF0CALJdAgD3XQIA/F0CAEpeAgBXXgIAQr0OAJ5eAgDwXgIA/F4CAENfAgBJXwIAll8CAJhfAgDpXwIA818CADxgAgBKYAIAj2ACAJRgAgDiYAIA72ACADVhAgBBYQIAiGECAJthAgDbYQIA6mECAC5iAgA6YgIAgWICAIJiAgDUYgIA3mICACdjAgA1YwIAemMCAH9jAgDNYwIA2mMCAJW9DgApZAIAc2QCACxkAgBRcQsAeWQCAMZkAgDJZAIAGWUCACdlAgBsZQIAcWUCAL9lAgDMZQIAEmYCAB5mAgBlZgIAa2YCALhmAgC+ZgIAC2cCABBnAgBeZwIAZGcCAOi9DgCzZwIABGgCALhnAgC/HwwAE2gCAFdoAgB3aAIAqmgCAK9oAgD9aAIAGGkCAFBpAgBcaQIAo2kCAKlpAgD2aQIABmoCAElqAgBaagIAnGoCAKFqAgDvagIA82oCAEJrAgBOawIAlWsCAJtrAgDoawIA7msCADtsAgBAbAIAjmwCAJRsAgA7vg4A8GwCAIAhDQD3bAIANG0CADVtAgCHbQIAmG0CANptAgDmbQIALW4CAENuAgCAbgIAjG4CANNuAgDgbgIAJm8CADBvAgB5bwIAhW8CAMxvAgDTbwIAH3ACACtwAgBycAIAeHACAMVwAgDLcAIAGHECAB1xAgBrcQIAcXECAI6+DgDAcQIAU0sNAMdxAgARcgIAEnICAGRyAgBlcgIAt3ICALxyAgAKcwIAEHMCAF1zAgBncwIAsHMCALxzAgADdAIACnQCAFZ0AgBbdAIAqXQCAKp0AgD8dAIACHUCAE91AgBVdQIAonUCAKR1AgD1dQIA/3UCAEh2AgBWdgIAm3YCAKB2AgDudgIA+3YCAEF3AgBNdwIAlHcCAKd3AgDndwIA9ncCADp4AgBGeAIAjXgCAI54AgDgeAIA6ngCADN5AgBBeQIAhnkCAIt5AgDZeQIA5nkCAOG+DgA9egIAf3oCAIt6AgDSegIA6XoCACV7AgAnewIAeHsCAIl7AgDLewIAzXsCAB58AgAkfAIAcXwCAIh8AgDEfAIAzXwCABd9AgAtfQIAan0CAHZ9AgC9fQIAyn0CABB+AgAafgIAY34CAG9+AgC2fgIAyX4CAAl/AgAYfwIAXH8CAGh/AgCvfwIAsH8CAAKAAgAMgAIAVYACAGOAAgCogAIArYACAPuAAgAIgQIANL8OAFCBAgChgQIAtYECAPSBAgACggIAR4ICAFSCAgCaggIAoYICAO2CAgD5ggIAQIMCAFODAgCTgwIAmIMCAOaDAgDvgwIAOYQCAEOEAgCMhAIAkYQCAN+EAgDvhAIAMoUCAEuFAgCFhQIAioUCANiFAgDhhQIAK4YCADiGAgB+hgIAhYYCANGGAgDUhgIAJIcCADCHAgB3hwIAiocCAMqHAgDZhwIAHYgCACmIAgBwiAIAcYgCAMOIAgDNiAIAFokCACSJAgBpiQIAbokCALyJAgDJiQIAh78OACiKAgBiigIAbooCALWKAgC7igIACIsCABiLAgBbiwIAYIsCAK6LAgC0iwIAAYwCABeMAgBUjAIAVowCAKeMAgCxjAIA+owCAAaNAgBNjQIAYI0CAKCNAgCvjQIA840CAP+NAgBGjgIAR44CAJmOAgCjjgIA7I4CAPqOAgA/jwIARI8CAJKPAgCfjwIA2r8OAOiPAgCDBAwA748CAMZqDQDxjwIAquQIAPKPAgBVeQMA9I8CADiQAgBBkAIAi5ACAJGQAgDekAIA5JACADGRAgA9kQIAhJECAJGRAgDXkQIA4ZECACqSAgBAkgIAfZICAIKSAgDQkgIA15ICACOTAgAxkwIAdpMCAIaTAgDJkwIA15MCAByUAgArlAIAb5QCAHGUAgDClAIAzJQCABWVAgAjlQIAaJUCAG2VAgC7lQIAyJUCAA6WAgAalgIAYZYCAHSWAgC0lgIAw5YCAAeXAgATlwIAWpcCAFuXAgCtlwIAt5cCAACYAgAOmAIAU5gCAFiYAgCmmAIAs5gCAC3ADgD7mAIATJkCAAWZAgCP3AgAXZkCAJ+ZAgComQIA8pkCAP6ZAgBFmgIAUZoCAJiaAgCemgIA65oCAPGaAgA+mwIAQ5sCAJGbAgCXmwIAgMAOAPCbAgA3nAIAR5wCAIqcAgCYnAIA3ZwCAOqcAgAwnQIAPJ0CAIOdAgCKnQIA1p0CAN6dAgDTwA4AMp4CAH7fDQA2ngIAj7MCADqeAgB8ngIAjZ4CAM+eAgDXngIAIp8CANueAgAbtAsALJ8CAHWfAgB6nwIAyJ8CANCfAgAboAIAHaACAG6gAgAkoAIA8aUCAHagAgDBoAIA16ACABShAgAgoQIAZ6ECAH2hAgC6oQIA06ECAA2iAgAZogIAYKICAGaiAgCzogIAu6ICAAajAgAWowIAWaMCAGKjAgCsowIAuaMCAP+jAgAOpAIAUqQCAFykAgClpAIAs6QCAPikAgD9pAIAS6UCAFilAgCepQIApqUCACbBDgD+pQIARKYCAEumAgCXpgIAo6YCAOqmAgD6pgIAPacCAEunAgCQpwIAnacCAOOnAgDvpwIANqgCAD2oAgCJqAIAkagCAHnBDgDoqAIAL6kCADmpAgCCqQIAjakCANWpAgDaqQIAKKoCAC+qAgB7qgIAg6oCAMzBDgDWqgIAIasCADGrAgB0qwIAgKsCAMerAgDLqwIAGqwCACKsAgBtrAIAb6wCAMCsAgDGrAIAE60CACqtAgBmrQIAb60CALmtAgDPrQIADK4CABiuAgBfrgIAbK4CALKuAgC8rgIABa8CAAivAgBYrwIAYK8CAKuvAgC1rwIA/q8CAAOwAgBRsAIAWbACAKSwAgC0sAIA97ACAACxAgBKsQIAV7ECAJ2xAgCssQIA8LECAPqxAgBDsgIAUbICAJayAgCbsgIA6bICAPayAgA8swIARLMCAB/CDgCcswIA4rMCAK6zAgCyTQQA57MCADW0AgA/tAIAiLQCAJC0AgDbtAIAn7QCAMuBDQDhtAIALrUCAOm0AgAawAsA6rQCAILZBwDrtAIA4b8CAOy0AgBsgAoAOrUCAIG1AgCDtQIAhZkLAIi1AgDUtQIA4LUCACe2AgA2tgIAerYCAIu2AgDNtgIAz7YCACC3AgAmtwIAc7cCAH+3AgDGtwIAzrcCAHLCDgAfuAIAxcIOAHi4AgAYww4AwrgCAL7DDgAVuQIAEcQOABe5AgD6KwQAaLkCAHPSCgByuQIAuLkCAMK5AgALugIADboCAF66AgBxugIAsboCAL26AgAEuwIACrsCAFe7AgBduwIAqrsCAK+7AgD9uwIAA7wCAGTEDgBavAIAo7wCAKW8AgD2vAIAAL0CAEm9AgBXvQIAnL0CAKG9AgDvvQIA/L0CAEK+AgBOvgIAlb4CAJu+AgDovgIA7r4CADu/AgBAvwIAjr8CAJS/AgC3xA4A778CADTAAgBBwAIAh8ACAI7AAgDawAIA4sACAC3BAgAuwQIAXi8KADDBAgCAwQIAQ8ECAGwtCgCUwQIA08ECAOnBAgAmwgIAP8ICAHnCAgB+wgIAzMICAN3CAgAKxQ4AMMMCAHLDAgB0wwIAxcMCAM/DAgAYxAIAJsQCAGvEAgBwxAIAvsQCAMvEAgARxQIAGcUCAGTFAgBwxQIAt8UCAHTFAgADxwIAvcUCAArGAgAQxgIAXcYCAGLGAgCwxgIAtsYCAF3FDgAFxwIAVscCAGTHAgCpxwIAuscCALDFDgADyAIAA8YOAFfIAgCiyAIAlMgCAGb4DwCwyAIA9cgCALHIAgAlzgIAAskCAEjJAgBXyQIAm8kCAKDJAgDuyQIABMoCAEHKAgBCygIAlMoCAJbKAgDnygIA8coCADrLAgBIywIAjcsCAKbLAgDgywIA8csCADPMAgA/zAIAhswCAI7MAgD8xg4A7cwCACzNAgAtzQIAf80CAIvNAgDSzQIA1c0CAE/HDgAnzgIAeM4CAIXOAgDLzgIA2M4CAB7PAgAjzwIAcc8CAHvPAgDEzwIAzM8CABfQAgAn0AIAatACAHjQAgC90AIAytACABDRAgAX0QIAY9ECAGvRAgC20QIAudECAAnSAgAd0gIAXNICAHLSAgCv0gIAyNICAALTAgAH0wIAVdMCAGbTAgCixw4AsNMCAPXHDgC00wIAM/UIAMTTAgAcMhAACNQCAE7UAgBV1AIAodQCAK3UAgD01AIABNUCAEfVAgBV1QIAmtUCAKfVAgDt1QIA+dUCAEDWAgBH1gIASMgOAJXWAgDm1gIAmNYCAMPUAwDz1gIAOdcCAEbXAgCM1wIAkdcCAN/XAgDp1wIAMtgCADrYAgCF2AIAjtgCANjYAgDb2AIAK9kCADfZAgCbyA4Ag9kCANHZAgCK2QIAV4oJANbZAgAk2gIALNoCAHfaAgCN2gIAytoCAMzaAgAd2wIAKtsCAHDbAgCE2wIA7sgOAMjbAgAW3AIAHtwCADyCCQAg3AIAadwCAHHcAgC83AIAyNwCAA/dAgAc3QIAYt0CAGfdAgC13QIAvt0CAAjeAgAf3gIAW94CAGbeAgBByQ4AvN4CAAHfAgAE3wIAVN8CAFffAgCn3wIAtd8CAPrfAgAH4AIATeACAGTgAgCg4AIAqOACAPPgAgD54AIARuECAFLhAgCZ4QIAo+ECAOzhAgD14QIAP+ICAEXiAgCS4gIAn+ICAJTJDgDx4gIAOOMCAPPiAgDhjgkAR+MCAIvjAgCc4wIA3uMCAODjAgAx5AIAN+QCAITkAgCQ5AIA1+QCAN7kAgAq5QIAMuUCAH3lAgB/5QIA0OUCAN3lAgAj5gIAKuYCAHbmAgB+5gIAyeYCANbmAgAc5wIAIecCAG/nAgB55wIAwucCAMrnAgAV6AIAHugCAGjoAgBr6AIAu+gCAMfoAgAO6QIAFekCAOfJDgBu6QIAtOkCAHfpAgCR7gIAl+kCABiTCQDP6QIAB+oCAAnqAgBa6gIAa+oCAK3qAgC76gIAAOsCAAfrAgBT6wIAW+sCAKbrAgCr6wIA+esCAPrrAgBM7AIAWOwCAJ/sAgCl7AIA8uwCAPTsAgBF7QIAT+0CAJjtAgCm7QIA6+0CAPDtAgA+7gIAS+4CADrKDgCS7gIA5O4CAOnuAgA37wIAPe8CAIrvAgCU7wIA3e8CAOnvAgAw8AIAN/ACAIPwAgCL8AIA1vACANjwAgAp8QIANvECAHzxAgCD8QIAz/ECANfxAgAi8gIAL/ICAHXyAgB68gIAyPICANLyAgAb8wIAI/MCAG7zAgB38wIAwfMCAMTzAgAU9AIAIPQCAGf0AgBu9AIAjcoOAMb0AgAnhQkAzvQCAA31AgAa9QIAYPUCAGr1AgCz9QIAtfUCAAb2AgAZ9gIAWfYCAGH2AgCs9gIAuPYCAP/2AgAF9wIAUvcCAFj3AgCl9wIAqvcCAPj3AgD+9wIA4MoOAFn4AgCe+AIArfgCAPH4AgAN+QIARPkCABH5AgAVOwMATPkCADPLDgCg+QIA6vkCAPf5AgA9+gIAR/oCAJD6AgCe+gIA4/oCAPn6AgA2+wIAQvsCAIn7AgCR+wIAhssOAOL7AgAv/AIANfwCAIL8AgCH/AIA1fwCANv8AgDZyw4ALf0CAHv9AgCE/QIAzv0CANj9AgAh/gIAKf4CAHT+AgB5/gIAx/4CANf+AgAa/wIAIv8CAG3/AgBz/wIAXwEDAIb/AgDA/wIAxf8CABMAAwAcAAMAZgADAHMAAwC5AAMAwAADAAwBAwAPAQMALMwOAGEBAwCyAQMAvwEDAAUCAwAcAgMAWAIDAGQCAwB/zA4AwQIDAP4CAwD/AgMAUQMDAFsDAwCkAwMArAMDAPcDAwABBAMASgQDAE8EAwCdBAMApQQDAPAEAwDyBAMAQwUDAPMEAwBzCgMA9wQDABEYAwAGBQMAQhEDAEoFAwCWBQMAnQUDAOkFAwDxBQMAPAYDAEAGAwCPBgMAnQYDAOIGAwDsBgMANQcDAEAHAwCIBwMAkAcDANsHAwDgBwMALggDAEkIAwCBCAMAjQgDANQIAwDaCAMAJwkDADcJAwB6CQMAiwkDAM0JAwDSCQMAIAoDACQKAwDSzA4AfAoDAMYKAwDfCgMAGQsDACMLAwBsCwMAcgsDAL8LAwDBCwMAEgwDACEMAwBlDAMAbwwDALgMAwDADAMACw0DAA8NAwBeDQMAbA0DALENAwC7DQMABA4DAA8OAwBXDgMAXw4DAKoOAwCvDgMA/Q4DABgPAwBQDwMAXA8DAKMPAwCpDwMA9g8DAAYQAwBJEAMAWhADAJwQAwChEAMA7xADAPMQAwAlzQ4ASxEDAJURAwCmEQMA6BEDAPIRAwA7EgMASRIDAI4SAwCPEgMA4RIDAPISAwA0EwMASBMDAIcTAwCPEwMA2hMDAN4TAwAtFAMAOxQDAIAUAwCKFAMA0xQDAN4UAwAmFQMALhUDAHkVAwB+FQMAzBUDAOcVAwAfFgMAKxYDAHIWAwB4FgMAxRYDANUWAwAYFwMAKRcDAGsXAwBwFwMAvhcDAMIXAwB4zQ4AHxgDAGQYAwB/GAMAtxgDAMUYAwAKGQMAERkDAF0ZAwBpGQMAsBkDALgZAwDLzQ4AERoDAFYaAwBgGgMAqRoDALQaAwD8GgMABBsDAE8bAwBUGwMAohsDAL0bAwD1GwMAARwDAEgcAwBOHAMAmxwDAKscAwDuHAMA/xwDAEEdAwBGHQMAlB0DAJgdAwAezg4A+B0DADoeAwBCHgMAjR4DAI4eAwDgHgMA5R4DADMfAwBBHwMAhh8DAJMfAwDZHwMA4x8DACwgAwA4IAMAfyADAIUgAwDSIAMA2iADACUhAwAsIQMAeCEDAIQhAwDLIQMA0SEDAB4iAwAqIgMAcSIDAIEiAwDEIgMA0CIDABcjAwAdIwMAaiMDAHYjAwC9IwMAyiMDABAkAwAfJAMAYyQDAG8kAwBxzg4AuSQDAAklAwAMJQMAXCUDAGolAwCvJQMAxiUDAAImAwAPJgMAVSYDAGsmAwCoJgMAtCYDAPsmAwAIJwMATicDAFgnAwChJwMAqScDAPQnAwD+JwMARygDAEwoAwCaKAMAoigDAO0oAwD5KAMAQCkDAE0pAwCTKQMAnSkDAOYpAwDsKQMAOSoDAE0qAwCMKgMAlCoDAN8qAwDtKgMAMisDAD8rAwCFKwMAjSsDANgrAwDlKwMAKywDADksAwB+LAMAjywDANEsAwDZLAMAJC0DADotAwB3LQMAeS0DAMotAwDLLQMAxM4OACsuAwBwLgMAfy4DAMMuAwDPLgMAFi8DAB4vAwAXzw4Abi8DALwvAwDFLwMADzADABwwAwBiMAMAaTADALUwAwC4MAMACDEDABAxAwBbMQMAYDEDAK4xAwC3MQMAATIDAAsyAwBUMgMAXDIDAKcyAwCsMgMA+jIDAAozAwBNMwMAVTMDAKAzAwCmMwMA8zMDAPUzAwBGNAMAUzQDAJk0AwCwNAMA7DQDAPg0AwBqzw4ASzUDAJI1AwCpNQMA5TUDAPE1AwA4NgMAPjYDAIs2AwCTNgMA3jYDAOU2AwAxNwMAPzcDAIQ3AwCfNwMA1zcDAOU3AwAqOAMAMTgDAH04AwCJOAMA0DgDANg4AwC9zw4ANzkDAHY5AwB+OQMAyTkDAPg5AwAcOgMAKDoDAG86AwB1OgMAwjoDAMc6AwAQ0A4AITsDAGg7AwBvOwMAuzsDAMM7AwAOPAMAEDwDAGE8AwBrPAMAtDwDALw8AwBj0A4AFT0DAKVKAwAWPQMAWj0DAFw9AwCtPQMAvj0DAAA+AwARPgMAUz4DAF8+AwCmPgMArT4DAPk+AwABPwMATD8DAHY/AwCfPwMApD8DAPI/AwDzPwMARUADAE9AAwCYQAMApkADAOtAAwDwQAMAPkEDAEtBAwCRQQMArUEDAORBAwAAQgMAttAOAERCAwCKQgMAjkIDAN1CAwDjQgMAMEMDADJDAwCDQwMAhEMDANZDAwD5QwMAKUQDAE1EAwB8RAMApkQDAM9EAwDXRAMAIkUDACdFAwB1RQMAgkUDAMhFAwDQRQMAG0YDAB1GAwBuRgMAdkYDAMFGAwDrRgMAFEcDACFHAwBnRwMAbEcDALpHAwDHRwMADUgDABlIAwBgSAMAikgDALNIAwC7SAMABkkDACFJAwBZSQMAW0kDAKxJAwC9SQMA/0kDAAhKAwBSSgMAXkoDAAnRDgCySgMA+EoDAP9KAwBLSwMAV0sDAJ5LAwCxSwMA8UsDAPlLAwBETAMASUwDAJdMAwCgTAMA6kwDAPRMAwA9TQMARU0DAJBNAwCVTQMA400DAPNNAwA2TgMAPk4DAIlOAwCiTgMA3E4DAOFOAwAvTwMAOE8DAIJPAwCPTwMA1U8DANxPAwAoUAMAK1ADAFzRDgB9UAMAzlADANhQAwAhUQMAI1EDAHRRAwCNUQMAx1EDAMlRAwAaUgMAHVIDAG1SAwB5UgMAwFIDAMhSAwCv0Q4AJ1MDAGZTAwBpUwMAuVMDAMNTAwAMVAMAGFQDAF9UAwB1VAMAslQDALpUAwAFVQMAE1UDAFhVAwBbVQMAq1UDALNVAwD+VQMAAVYDAFFWAwAMVgMAIF0DAFtWAwCkVgMAXFYDAI9ZAwCmVgMA91YDAP1WAwBKVwMAVFcDAJ1XAwCrVwMA8FcDAP1XAwBDWAMAWlgDAJZYAwCeWAMA6VgDAPJYAwA8WQMAPVkDAALSDgCYWQMA4lkDAOxZAwA1WgMAP1oDAIhaAwCWWgMA21oDAOhaAwAuWwMARVsDAIFbAwCJWwMA1FsDANtbAwAnXAMALFwDAHpcAwB+XAMAzVwDANpcAwBV0g4ALV0DAHNdAwB7XQMAxl0DAMxdAwAZXgMAJV4DAGxeAwB7XgMAv14DAMReAwASXwMALV8DAGVfAwBxXwMAuF8DAL5fAwALYAMAH2ADAF5gAwBmYAMAsWADAMdgAwAEYQMACWEDAFdhAwBeYQMAqmEDALZhAwCo0g4ABGIDAFBiAwBeYgMAo2IDALBiAwD2YgMADWMDAEljAwBRYwMAnGMDAKJjAwDvYwMA+2MDAEJkAwBJZAMAlWQDAKNkAwDoZAMA62QDADtlAwBDZQMAjmUDAJxlAwDhZQMA5GUDADRmAwA8ZgMAh2YDAJhmAwDaZgMA32YDAC1nAwAvZwMAgGcDAIdnAwDTZwMA4WcDACZoAwAzaAMAeWgDAJBoAwDMaAMA1GgDAB9pAwApaQMAcmkDAH1pAwDFaQMA0WkDABhqAwAgagMA+9IOAG1qAwC+agMAyGoDABFrAwATawMAZGsDAGdrAwC3awMAw2sDAApsAwAUbAMAXWwDAGVsAwCwbAMAvmwDAANtAwAQbQMAVm0DAF5tAwCpbQMAv20DAPxtAwAIbgMAT24DAGVuAwCibgMAp24DAPVuAwD7bgMASG8DAFxvAwBO0w4Anm8DAO5vAwD2bwMAQXADAE9wAwCUcAMAV3ADABweBwChcAMA53ADAO9wAwA6cQMARHEDAI1xAwCYcQMA4HEDAOxxAwAzcgMAO3IDAKHTDgCMcgMA2XIDAN5yAwAscwMAO3MDAH9zAwCLcwMA0nMDANVzAwAldAMAKHQDAHh0AwCAdAMAy3QDANB0AwAedQMALnUDAHF1AwB5dQMAxHUDAMd1AwAXdgMAIXYDAGp2AwBsdgMAvXYDAMN2AwAQdwMAGncDAGN3AwBxdwMAtncDAMN3AwAJeAMAIHgDAFx4AwBkeAMAr3gDALh4AwACeQMAA3kDAPTTDgBheQMAqHkDAKt5AwDh6AgAt3kDAPt5AwC7eQMA/tgIAAV6AwBOegMAVnoDALrtAwBaegMALmgNAFx6AwChegMAanoDADDNBwCmegMA9HoDAK56AwBOxgQAAXsDAEd7AwBKewMA5lIJAE17AwArrwgAT3sDAJp7AwBRewMAYYEFAFN7AwAsZQUAnXsDAL9CBwCgewMAl+QFAKR7AwDtewMAqHsDAN0YCQCqewMAfRwHAPJ7AwBAfAMA+XsDAHEbBABIfAMAk3wDAJZ8AwDmfAMA8nwDADl9AwA/fQMAjH0DAKd9AwDffQMA630DADJ+AwA4fgMAhX4DAI1+AwDYfgMA2n4DACt/AwDdfgMA0X8DADV/AwB+fwMAhn8DAEfUDgDefwMAJIADACyAAwB3gAMAeoADAMqAAwDPgAMAHYEDACyBAwBwgQMAkIEDAMOBAwDPgQMAFoIDACCCAwBpggMAcYIDALyCAwDOggMA7dQOABmDAwBigwMAcIMDALWDAwDCgwMACIQDAB+EAwBbhAMAY4QDAK6EAwC9hAMAAYUDAAaFAwBUhQMAYYUDAKeFAwC0hQMA+oUDAAaGAwBNhgMAXIYDAKCGAwCqhgMA84YDAAGHAwBGhwMAS4cDAJmHAwCmhwMA7IcDAO+HAwA/iAMAR4gDAJKIAwCXiAMA5YgDAPKIAwA4iQMAQIkDAIuJAwCUiQMA3okDAOuJAwAxigMAP4oDAISKAwCXigMA14oDAN+KAwAqiwMAMYsDAH2LAwCCiwMA0IsDAOaLAwAjjAMAJYwDAHaMAwCEjAMAyYwDANaMAwAcjQMAJI0DAG+NAwByjQMAwo0DAMeNAwAVjgMAJI4DAGiOAwCIjgMAu44DAMeOAwAOjwMAGI8DAGGPAwBpjwMAtI8DAMaPAwBA1Q4AGJADAFqQAwBhkAMArZADALWQAwAAkQMADZEDAFORAwBYkQMAppEDALCRAwD5kQMAAZIDAEySAwBOkgMAHGMJAFGSAwDiPQcAVpIDAGZ8CQBbkgMAn5IDAFySAwAoLQgApJIDAPKSAwD/kgMARZMDAFKTAwCYkwMApJMDAOuTAwD6kwMAPpQDAEiUAwCRlAMAmZQDAOSUAwDulAMAN5UDADyVAwCKlQMAkpUDAJPVDgDplQMAMJYDADaWAwCDlgMAnpYDANaWAwDilgMAKZcDAC+XAwB8lwMAmJcDAM+XAwDXlwMA5tUOACqYAwB1mAMAf5gDAMiYAwDTmAMAG5kDACeZAwBumQMAdpkDADnWDgDNmQMAFJoDABqaAwBnmgMAgpoDALqaAwDGmgMADZsDABObAwBgmwMAaJsDALObAwC5mwMABpwDAA+cAwBZnAMAZpwDAKycAwC5nAMA/5wDAA2dAwBSnQMAX50DAKWdAwC8nQMA+J0DAACeAwBLngMAUJ4DAJ6eAwBcngMAkKADAKueAwDxngMA+Z4DAESfAwBPnwMAl58DAJyfAwDqnwMA7Z8DAD2gAwBHoAMAjNYOAJWgAwDjoAMA8qADADahAwA4oQMAiaEDAJqhAwDcoQMA7aEDAC+iAwBDogMA39YOAJOiAwDVogMA2KIDACijAwDdogMABeYGAOKiAwDcWw0AMqMDAHujAwB9owMAzqMDANijAwAhpAMALaQDAHSkAwCcpAMAx6QDANKkAwCxWQQA7aQDABqlAwBLpQMAbaUDAJOlAwDApQMA5qUDABOmAwBFpgMAZqYDAJamAwC5pgMAwaYDAAynAwA0pwMAX6cDAJKnAwCypwMA4qcDAAWoAwANqAMAWKgDAGeoAwCrqAMAsKgDAP6oAwAHqQMAUakDAAupAwDGsAMAYqkDAKSpAwCrqQMA96kDAP+pAwBKqgMAV6oDAJ2qAwCiqgMA8KoDAPqqAwBDqwMAS6sDAJarAwCgqwMAQrcDAKWrAwDpqwMA7qsDADysAwBJrAMAj6wDAJysAwDirAMA7qwDADWtAwBErQMAiK0DAJKtAwDbrQMA460DAC6uAwA4rgMAga4DAIauAwDUrgMA3K4DADLXDgAzrwMAeq8DAICvAwDNrwMA6K8DACCwAwAssAMAc7ADAHmwAwCF1w4A07ADABmxAwAlsQMAbLEDAHuxAwC/sQMAybEDABKyAwAgsgMAZbIDAGqyAwC4sgMAxbIDAAuzAwATswMAXrMDAGizAwCxswMAtrMDAAS0AwAMtAMAV7QDAFq0AwCqtAMAtrQDAP20AwADtQMAULUDAGu1AwCjtQMAr7UDAPa1AwD8tQMASbYDAFG2AwCctgMAnrYDAO+2AwD5tgMA2NcOAEi3AwCVtwMAl7cDAOi3AwD1twMAO7gDAD64AwCOuAMAn7gDAOG4AwDjuAMANLkDAD65AwCHuQMAk7kDANq5AwDiuQMAK9gOADK6AwCAugMAg7oDANO6AwDdugMAJrsDAC67AwB5uwMAhrsDAMy7AwDOuwMAH7wDADW8AwByvAMAfrwDAH7YDgDhvAMAGL0DADS9AwDR2A4AcL0DAL69AwDLvQMAEb4DAB6+AwBkvgMAcL4DALe+AwDGvgMACr8DABS/AwBdvwMAa78DALC/AwC1vwMAA8ADABDAAwBWwAMAb8ADAKnAAwCrwAMA/MADAAPBAwAk2Q4AbMEDAKLBAwCzwQMA9cEDAAHCAwBIwgMAW8IDAJvCAwCqwgMA7sIDAPrCAwBBwwMAQsMDAJTDAwCewwMA58MDAPXDAwA6xAMAP8QDAI3EAwCaxAMAd9kOAOXEAwAzxQMAQMUDAIbFAwCTxQMA2cUDAOXFAwAsxgMAO8YDAH/GAwCJxgMA0sYDAODGAwAlxwMAKscDAHjHAwCFxwMAy8cDANPHAwAeyAMAKMgDAHHIAwB2yAMAxMgDAMzIAwBw2g4AGckDAGrJAwB4yQMAvckDAM7JAwDD2g4AF8oDABbbDgBoygMAtsoDAL7KAwAJywMAGMsDAFzLAwBhywMAr8sDALzLAwACzAMAD8wDAFXMAwBhzAMAqMwDALfMAwD7zAMABc0DALzbDgBQzQMAYpcMAFTNAwCzEAsAYc0DAKHNAwCwzQMA9M0DAADOAwBHzgMASM4DAJrOAwCkzgMA7c4DAPvOAwBAzwMARc8DAJPPAwCgzwMAD9wOAOrPAwA50AMARNADAIzQAwCa0AMA39ADAPDQAwAy0QMAPtEDAIXRAwCN0QMAYtwOAN3RAwAr0gMAONIDAH7SAwCL0gMA0dIDAN3SAwAk0wMAM9MDAHfTAwCB0wMAytMDANjTAwAd1AMAKtQDAHDUAwCH1AMAtdwOANDUAwAW1QMAI9UDAGnVAwB11QMAvNUDAMvVAwAP1gMAGdYDAGLWAwBw1gMAtdYDAH7WAwCJfggAutYDAAjXAwAV1wMAW9cDAGPXAwCu1wMAtNcDAAHYAwAN2AMAVNgDAGTYAwCn2AMAsNgDAPrYAwD92AMATdkDAFnZAwCg2QMAp9kDAAjdDgAA2gMARtoDAFXaAwCZ2gMAmtoDAOzaAwAD2wMAP9sDAFnbAwCS2wMAntsDAOXbAwD42wMAONwDAEfcAwCL3AMAl9wDAN7cAwDf3AMAMd0DADvdAwCE3QMAkt0DANfdAwDc3QMAKt4DADfeAwBb3Q4Al94DANDeAwDf3gMAI98DACXfAwB23wMAKN8DAJ/lAwCD3wMAyd8DANbfAwAc4AMAIeADAG/gAwB54AMAwuADANHgAwAV4QMAGuEDAGjhAwB14QMAu+EDAMjhAwAO4gMAGuIDAGHiAwBw4gMAtOIDAL7iAwAH4wMAFOMDAFrjAwBf4wMAreMDALHjAwAA5AMADOQDAFPkAwBZ5AMApuQDAKzkAwD55AMA/uQDAEzlAwBS5QMArt0OAKzlAwDy5QMA/+UDAEXmAwBR5gMAmOYDAKfmAwDr5gMA9eYDAD7nAwBM5wMAkecDAJbnAwDk5wMA8ecDADfoAwA+6AMAiugDAI/oAwDd6AMA6egDADDpAwAz6QMAg+kDAJDpAwDW6QMA2+kDACnqAwAz6gMAfOoDAIjqAwDP6gMA4uoDACLrAwAw6wMAdesDAHjrAwDI6wMA0usDABvsAwAn7AMAbuwDAHTsAwDB7AMAx+wDABTtAwAZ7QMAZ+0DAG3tAwAB3g4AxO0DAJoTBgDG7QMA5B4IAMntAwAN7gMAD+4DAGDuAwBx7gMAs+4DAMTuAwAG7wMADu8DAFnvAwBp7wMArO8DAK7vAwD/7wMADfADAFLwAwBj8AMAVN4OAKzwAwCn3g4A+fADAEvxAwBQ8QMAnvEDAKTxAwDx8QMA+/EDAETyAwBQ8gMAl/IDAJ3yAwDq8gMA8PIDAD3zAwBC8wMAkPMDAJbzAwD63g4A8fMDADb0AwBP9AMAifQDAIr0AwDc9AMA+fQDAC/1AwBJ9QMAgvUDAIX1AwDV9QMA2vUDAPPfDgBB9gMAe/YDAIH2AwDO9gMAkfYDAPVnBADQ9gMAIfcDACf3AwB09wMAiPcDAMf3AwDP9wMAGvgDACf4AwBt+AMAcvgDAMD4AwDK+AMAE/kDABv5AwBm+QMAd/kDALn5AwC++QMADPoDAA76AwBf+gMAZvoDALL6AwC++gMABfsDAAz7AwBY+wMAdPsDAKv7AwCz+wMARuAOAAP8AwBR/AMAU/wDAKT8AwCr/AMA9/wDAAX9AwBK/QMAV/0DAJ39AwC0/QMA8P0DAPj9AwBD/gMATf4DAJb+AwBZ/gMAvmMEAKH+AwDp/gMA9f4DADz/AwBE/wMAmeAOAJD/AwDi/wMA5/8DADUABAA4AAQAiAAEAJIABADbAAQA8gAEAC4BBAA0AQQAgQEEAI0BBADUAQQA1wEEACcCBABEAgQAegIEAIsCBADNAgQA7AIEACADBAAoAwQAcwMEAHUDBADGAwQA1QMEABkEBAAjBAQAbAQEAHoEBAC/BAQA2gQEABIFBAAeBQQAZQUEAG0FBADs4A4AxAUEAAsGBAAaBgQAXgYEAGMGBACxBgQAtwYEAAQHBAALBwQAVwcEAF8HBACqBwQArAcEAP0HBAAECAQAUAgEAFIIBACjCAQApAgEAPYIBAAACQQASQkEAFUJBACcCQQAogkEAO8JBAAJCgQAQgoEAEoKBACVCgQAqwoEAOgKBAD2CgQAOwsEAD4LBACOCwQAkQsEAOELBADvCwQANAwEAEEMBACHDAQAngwEANoMBADiDAQALQ0EAC8NBACADQQAiA0EANMNBADqDQQAJg4EADIOBAB5DgQAjw4EAMwOBADUDgQAHw8EAC0PBAByDwQAfA8EAMUPBADNDwQAGBAEAB8QBABrEAQAdxAEAL4QBAC/EAQAEREEAB0RBABkEQQAcREEALcRBAC+EQQAChIEAA0SBABdEgQAZRIEALASBAC1EgQAAxMEABATBABWEwQAhBMEAKkTBACxEwQAP+EOAAQUBADMFA8AGBQEAE8UBABXFAQAkuEOALAUBAD1FAQA9xQEAEgVBABZFQQAmxUEAKMVBADuFQQA+hUEAEEWBABHFgQAlBYEAJoWBADnFgQA7BYEADoXBABAFwQA5eEOAJIXBADgFwQAmRcEADrfCwDoFwQAMxgEADgYBAAKQgkAORgEADs0CgA/GAQAf+8JAEIYBACGGAQARBgEAKMxCgCLGAQA2RgEAIwYBACUTQgA5hgEACwZBAA5GQQAfxkEAIsZBADSGQQA4RkEACUaBAAvGgQAMeMOAIIaBADLGgQA0BoEAB4bBAAmGwQAhOMOAHcbBADEGwQA2hsEABccBAAlHAQAahwEAHccBAC9HAQAvxwEABAdBAAaHQQAYx0EAG8dBAC2HQQAvR0EAAkeBAARHgQAXB4EAGMeBACvHgQAuB4EAAIfBAAOHwQAVR8EAF0fBAAq5A4ArR8EAPsfBAADIAQATiAEAF0gBAChIAQApiAEAPQgBAABIQQARyEEAFQhBACaIQQApiEEAO0hBAD8IQQAQCIEAEoiBACTIgQAoSIEAOYiBADrIgQAOSMEAEYjBACMIwQAlCMEAN8jBADpIwQAMiQEAEAkBACFJAQAmyQEANgkBADkJAQAKyUEADAlBAB+JQQAhyUEANElBADbJQQAfeQOAC4mBAB3JgQAgyYEAMomBADSJgQA0OQOACInBABwJwQAfScEAMMnBADQJwQAFigEACIoBABpKAQAeCgEALwoBADGKAQADykEACcpBABiKQQAbCkEALUpBADDKQQACCoEAB4qBABbKgQAZyoEAK4qBACzKgQAASsEAAorBABUKwQAXisEAKcrBACvKwQAI+UOAAcsBABNLAQAECwEAFpDDgBaLAQAoCwEAKwsBADzLAQAAi0EAEYtBABQLQQAmS0EAKctBADsLQQA+S0EAD8uBABWLgQAki4EAJouBADlLgQA7y4EADgvBAA9LwQAiy8EAJMvBAB25Q4A6i8EADEwBAA3MAQAhDAEAJ8wBADXMAQA4zAEACoxBAAwMQQAfTEEAJkxBADQMQQA2DEEAMnlDgAoMgQAdjIEAIMyBADJMgQA1jIEABwzBAAoMwQAbzMEAH4zBADCMwQAzDMEABU0BAAjNAQAaDQEAG00BAC7NAQAyDQEAA41BAAWNQQAYTUEAGc1BAC0NQQAazUEAKY3BADANQQABzYEABc2BABaNgQAYzYEAK02BACwNgQAADcEAAw3BABTNwQAWjcEABzmDgC0NwQA+TcEAA84BABMOAQAWDgEAJ84BACmOAQA8jgEAPo4BABFOQQASjkEAJg5BAChOQQA6zkEAPU5BABv5g4AQzoEAJE6BABKOgQAyD4EAJk6BADkOgQA6joEADc7BAA8OwQAijsEAJM7BADdOwQA5zsEADA8BAA8PAQAgzwEAIs8BADC5g4A2zwEACk9BAAxPQQAfD0EAIc9BADPPQQA1D0EACI+BAAlPgQAdT4EAH8+BAAV5w4A0j4EABs/BAAfPwQAbj8EAHM/BADBPwQAxz8EABRABAA0QAQAZ0AEAG9ABAC6QAQAyEAEAA1BBAAQQQQAYEEEAGhBBACzQQQAvEEEAAZCBAATQgQAWUIEAF9CBACsQgQAuEIEAP9CBAABQwQAUkMEAGFDBAClQwQAsEMEAPhDBAD6QwQAS0QEAGREBACeRAQAr0QEAPFEBAD9RAQAaOcOAExFBACXRQQAt0UEAOpFBAD4RQQAPUYEAEpGBACQRgQAl0YEAONGBAD/RgQANkcEAD5HBAC75w4AjkcEANxHBADpRwQAL0gEADxIBACCSAQAjkgEANVIBADkSAQAKEkEADJJBAB7SQQAkEkEAM5JBADWSQQAIUoEADBKBAB0SgQAdkoEAMdKBADQSgQAGksEAB1LBABtSwQAeUsEAMBLBADcSwQAE0wEABtMBAAO6A4Aa0wEALlMBADPTAQADE0EABhNBABfTQQAgk0EAGHoDgC8TQQABU4EAA1OBABYTgQAXk4EAOChCABnTgQAq04EALBOBAD+TgQAC08EAFFPBABeTwQApE8EALBPBAD3TwQABlAEAEpQBABUUAQAnVAEAKVQBADwUAQA+lAEAENRBABIUQQAllEEAJ5RBAC06A4A7FEEADxSBABZUgQAj1IEAKBSBADiUgQA8FIEALmfBAAXUwQANVMEAFFTBACIUwQApFMEAAfpDgDhUwQALlQEADRUBACBVAQAhlQEANRUBADaVAQAWukOACxVBAB6VQQAh1UEAM1VBADaVQQAIFYEACxWBABzVgQAglYEAMZWBADQVgQAGVcEACdXBABsVwQAcVcEAL9XBADMVwQAElgEAB5YBABlWAQAa1gEALhYBAC+WAQAC1kEABBZBABeWQQAZFkEAFPqDgDFWQQABFoEACpaBABXWgQAfVoEAKpaBADQWgQA/VoEAC1bBABQWwQAWFsEAKNbBADLWwQA9lsEACtcBABJXAQAb1wEAJxcBADCXAQA71wEACRdBABCXQQAcl0EAJVdBACdXQQA6F0EAO1dBADMtAQA910EADteBABAXgQAjl4EAJteBADhXgQA7l4EADRfBABAXwQAh18EAJZfBADaXwQA5F8EAC1gBAA7YAQAgGAEAIVgBADTYAQA4GAEACZhBAAuYQQAeWEEAH9hBADMYQQAg2EEADSyBADYYQQAH2IEAC9iBAByYgQAe2IEAMViBADIYgQAGGMEACRjBABrYwQAcmMEAKbqDgDSYwQAEWQEABRkBABkZAQAgWQEALdkBADIZAQACmUEABFlBABdZQQAdmUEALBlBAC4ZQQAA2YEABlmBABWZgQAW2YEAKlmBACwZgQA/GYEAAVnBABPZwQAYGcEAKJnBACuZwQA+eoOAPdnBAAzawQACWgEAEhoBABLaAQAm2gEALhoBADuaAQA/2gEAEFpBABQaQQAlGkEAKVpBADnaQQA9WkEADpqBABGagQAjWoEAJpqBADgagQA6moEAEzrDgA5awQAhmsEAJRrBADZawQA22sEACxsBAAzbAQAf2wEAJhsBACf6w4A22wEACVtBAAybQQAeG0EAIZtBADLbQQA2m0EAB5uBAAgbgQAcW4EAHtuBADEbgQA0m4EABdvBAAcbwQAam8EAHdvBAC9bwQAwG8EABBwBAAccAQAY3AEAHZwBAC2cAQAxXAEAAlxBAAVcQQAXHEEAF1xBACvcQQAuXEEAAJyBAAQcgQAVXIEAFpyBACocgQAtXIEAPLrDgAAcwQATnMEAGRzBAChcwQAt3MEAPRzBAD9cwQAR3QEAFR0BACadAQAqHQEAO10BAD8dAQAQHUEAEJ1BACTdQQAnXUEAOZ1BAD0dQQAOXYEAD52BACMdgQAmXYEAN92BADidgQAMncEADp3BACFdwQAlncEANh3BADmdwQAK3gEADh4BAB+eAQAnngEANF4BADZeAQAJHkEADR5BAB3eQQAeXkEAMp5BADYeQQAHXoEAC56BADr7A4AdnoEAMN6BADPegQAPu0OAB17BABpewQAI3sEABQyBgBwewQAvHsEAMJ7BAAPfAQAG3wEAGJ8BABlfAQAtXwEALh8BAAIfQQAM30EAFt9BAB+fQQArn0EALl9BAABfgQABn4EAFR+BABXfgQAp34EALF+BAD6fgQAJX8EAJHtDgBSfwQAoH8EAK1/BADzfwQAAIAEAEaABABSgAQAmYAEAKiABADsgAQA9oAEAD+BBABHgQQAkoEEAJyBBADlgQQA6oEEADiCBABAggQA5O0OAJiCBADeggQA8oIEADGDBAA5gwQAhIMEAImDBADXgwQA54MEACqEBAAyhAQAfYQEAIeEBADQhAQA24QEACOFBAAvhQQAdoUEAH6FBAA37g4AyoUEAByGBAAohgQAb4YEAH6GBADChgQA0IYEABWHBAAlhwQAaIcEAHaHBAC7hwQAx4cEAA6IBAAViAQAYYgEAGmIBAC0iAQAyogEAAeJBAAbiQQAWokEAF2JBACtiQQAyokEAACKBAARigQAU4oEAFuKBACmigQAsYoEAPmKBAD+igQATIsEAE+LBACfiwQAqYsEAPKLBAD1iwQAiu4OAEeMBABaIQcASowEAJiMBACbjAQA64wEAPWMBAA+jQQARo0EAJGNBACwjQQA3e4OAPiNBAA3jgQAXY4EAIqOBACwjgQA3Y4EAAOPBAAwjwQAZo8EAIOPBAC4jwQA1o8EAPyPBAApkAQAT5AEAHyQBACxkAQAz5AEAPOQBAAikQQAPpEEAHWRBAB9kQQAMO8OAM2RBAAbkgQAKJIEAG6SBAB7kgQAwZIEAM2SBAAUkwQAI5MEAGeTBABxkwQAupMEAMiTBAANlAQAEpQEAGCUBABtlAQAs5QEALuUBAAGlQQADJUEAFmVBAAQlQQAS5cEAGWVBACslQQAvJUEAP+VBAAIlgQAUpYEAFWWBACllgQAsZYEAPiWBAD/lgQAg+8OAFmXBACelwQAtJcEAPGXBAD9lwQARJgEAEuYBACXmAQAn5gEAOqYBADvmAQAPZkEAEaZBACQmQQAmpkEANbvDgDkmQQANpoEAEKaBACJmgQAj5oEANyaBADemgQAL5sEADmbBACCmwQAkJsEANWbBADamwQAKJwEADWcBAB7nAQAg5wEAM6cBADYnAQAIZ0EAC+dBAB0nQQAip0EAMedBADTnQQAGp4EACGeBABtngQAdZ4EAMCeBADFngQAE58EAByfBABmnwQAcJ8EACnwDgDRnwQADKAEAA+gBABfoAQAfKAEALKgBADDoAQABaEEAB2hBABYoQQAZKEEAKuhBAC+oQQA/qEEAA2iBABRogQAXaIEAKSiBAClogQA96IEAAGjBABKowQAWKMEAJ2jBACiowQA8KMEAP2jBAB88A4ASKQEAJakBACjpAQA6aQEAPakBAA8pQQASKUEAI+lBACepQQA4qUEAOylBAA1pgQAQ6YEAIimBACNpgQA26YEAOimBAAupwQANqcEAIGnBACHpwQA1KcEAIunBADGqQQA4KcEACeoBAA3qAQAeqgEAIOoBADNqAQA0KgEACCpBAAsqQQAc6kEAHqpBAB18Q4A1KkEABmqBAAvqgQAbKoEAHiqBAC/qgQAxqoEABKrBAAaqwQAZasEAGqrBAC4qwQAwasEAAusBAAVrAQAyPEOAF+sBACxrAQAvawEAAStBAAKrQQAV60EAFmtBACqrQQAtK0EAP2tBAALrgQAUK4EAFWuBACjrgQAsK4EAPauBAD+rgQASa8EAFOvBACcrwQAqq8EAO+vBAAFsAQAQrAEAE6wBACVsAQAnLAEAOiwBADwsAQAO7EEAECxBACOsQQAl7EEAOGxBADrsQQAG/IOAEKyBACHsgQAnbIEANqyBADmsgQALbMEADSzBACAswQAiLMEANOzBADYswQAJrQEAC+0BAB5tAQAg7QEAG7yDgDNtAQAH7UEACu1BABytQQAeLUEAMW1BADHtQQAGLYEACK2BABrtgQAebYEAL62BADDtgQAEbcEAB63BABktwQAbLcEALe3BADBtwQACrgEABi4BABduAQAc7gEALC4BAC8uAQAA7kEAAq5BABWuQQAXrkEAKm5BACuuQQA/LkEAAW6BABPugQAWboEAMHyDgCkugQAEicLALC6BAD1ugQABrsEAEi7BABNuwQAm7sEALK7BADuuwQAArwEAEG8BABZvAQAlLwEAKO8BADnvAQA7LwEADq9BABHvQQAjb0EAJq9BADgvQQA7L0EADO+BABCvgQAhr4EAJC+BADZvgQA4b4EACy/BABKvwQAf78EAIe/BADSvwQA278EACXABAAywAQAeMAEAHrABADLwAQA5MAEAB7BBAAvwQQAccEEAH3BBADEwQQAzMEEABTzDgAcwgQAasIEAHLCBAC9wgQAzMIEABDDBAAVwwQAY8MEAHDDBAC2wwQAw8MEAAnEBAAVxAQAXMQEAGvEBACvxAQAucQEAALFBAAKxQQAVcUEAF/FBACoxQQArcUEAPvFBAADxgQAZ/MOAGXGBAChxgQAqcYEAPTGBAD+xgQAR8cEAEzHBACaxwQAoscEALrzDgDyxwQAQMgEAEnIBABvrwoATcgEAJPIBABWyAQAB/cMAJ3IBACdvgwAoMgEAObIBADyyAQAOckEAEjJBACMyQQAlskEAN/JBADnyQQAWwAKAO3JBAAyygQAP8oEAIXKBACcygQA2MoEAODKBAArywQANcsEAH7LBACDywQA0csEANnLBAAN9A4AMcwEAHfMBACFzAQAyswEAN3MBAAdzQQAJc0EAHDNBABzzQQAw80EAMjNBAAWzgQAJc4EAGnOBACJzgQAvM4EAMjOBAAPzwQAGc8EAGLPBAB+zwQAtc8EAL3PBABg9A4AG9AEAFvQBABh0AQArtAEALrQBAAB0QQAC9EEAFTRBABa0QQAp9EEALXRBAD60QQABtIEAE3SBABQ0gQAoNIEAKHSBADz0gQA/9IEAEbTBABM0wQAmdMEAJ/TBADs0wQA+NMEAD/UBABc1AQAktQEAJvUBADl1AQA8dQEADjVBAA71QQAi9UEAJXVBADe1QQA6tUEADHWBAA31gQAhNYEAIrWBADX1gQA3NYEACrXBAAw1wQAs/QOAInXBADQ1wQA0tcEACPYBAAy2AQAdtgEAIHYBADJ2AQA1dgEABzZBAAj2QQAb9kEAHfZBADC2QQAzNkEABXaBAAg2gQAaNoEAHTaBAC72gQAw9oEAKz1DgAQ2wQAYdsEAHTbBAC02wQAvNsEAAfcBAAN3AQAWtwEAGbcBACt3AQAt9wEAADdBAAG3QQAU90EAGHdBACm3QQAst0EAPndBAD83QQATN4EAFTeBACf3gQAoN4EAPLeBAD+3gQARd8EAEvfBACY3wQAoN8EAOvfBADx3wQAPuAEAErgBACR4AQAruAEAOTgBADt4AQAN+EEAEPhBACK4QQAjeEEAN3hBADn4QQAMOIEADjiBACD4gQAlOIEANbiBADk4gQAKeMEAD/jBAB84wQAiuMEAM/jBADZ4wQA//UOADHkBAB15AQAgOQEAMjkBADU5AQAG+UEACLlBABu5QQAduUEAMHlBADL5QQAFOYEAB/mBABn5gQAc+YEALrmBADC5gQAUvYOAA/nBABg5wQAc+cEALPnBAC75wQABugEAAzoBABZ6AQAZegEAKzoBAC26AQA/+gEAAXpBABS6QQAYOkEAKXpBACx6QQA+OkEAPvpBABL6gQAU+oEAJ7qBACf6gQA8eoEAP3qBABE6wQASusEAJfrBACf6wQA6usEAPDrBAA97AQASewEAJDsBACt7AQA4+wEAOzsBAA27QQAQu0EAIntBACM7QQA3O0EAObtBAAv7gQAN+4EAILuBACT7gQA1e4EAOPuBAAo7wQAPu8EAHvvBACJ7wQAzu8EANjvBAAh8AQAKfAEAHTwBACX8AQApfYOANLwBAAa8QQAKPEEAG3xBAB88QQAwPEEAMvxBAAT8gQAG/IEAGbyBAB08gQAufIEALzyBAAM8wQAFPMEAPj2DgBt8wQAsvMEALXzBAAF9AQADfQEAGVRBQAR9AQA7CYFABT0BAAu+gQAIfQEAFj0BAB09AQAS/cOAK30BAD+9AQAC/UEAFH1BABe9QQApPUEAKn1BAD39QQAAfYEAEr2BABZ9gQAnfYEAKL2BADw9gQA/fYEAEP3BABQ9wQAlvcEAKL3BADp9wQA+PcEADz4BABG+AQAj/gEAJv4BADi+AQA6PgEADX5BAA7+QQAiPkEAI35BADb+QQA4fkEAJ73DgAz+gQAjBwFAD/6BACB+gQAj/oEANT6BADg+gQAJ/sEADT7BAB6+wQAhPsEAM37BADp+wQAIPwEADz8BADx9w4AdfwEAMb8BADT/AQAGf0EACb9BABs/QQAcf0EAL/9BADJ/QQAEv4EACH+BABl/gQAav4EALj+BADF/gQAC/8EABj/BABe/wQAav8EALH/BADA/wQABAAFAA4ABQBXAAUAYwAFAKoABQCwAAUA/QAFAAMBBQBQAQUAVQEFAKMBBQCpAQUARPgOAP0BBQBJAgUAVwIFAJwCBQCfAgUA7wIFAP4CBQBCAwUARwMFAJUDBQCiAwUA6AMFAPUDBQA7BAUARwQFAI4EBQCdBAUA4QQFAOsEBQA0BQUAQgUFAIcFBQCMBQUA2gUFAOcFBQAtBgUAOQYFAIAGBQCTBgUA0wYFAOIGBQAmBwUAMgcFAHkHBQB6BwUAzAcFANYHBQAfCAUALQgFAHIIBQB3CAUAxQgFANIIBQCX+A4AHQkFAGsJBQB0CQUAvgkFAM8JBQARCgUAGAoFAGQKBQBsCgUAtwoFAMQKBQAKCwUADwsFAF0LBQBnCwUAsAsFALgLBQADDAUAGgwFAFYMBQBiDAUAqQwFALMMBQD8DAUABA0FAE8NBQBRDQUAog0FAKoNBQD1DQUA+w0FAEgOBQBUDgUAmw4FAJ4OBQDuDgUA8w4FAEEPBQBKDwUAlA8FAJoPBQDnDwUA9g8FADoQBQBGEAUAkPkOAI8QBQDgEAUA7hAFADMRBQBEEQUA4/kOAI0RBQA2+g4A3hEFACwSBQA0EgUAfxIFAI4SBQDSEgUA1xIFACUTBQAyEwUAeBMFAIUTBQDLEwUA1xMFAB4UBQAtFAUAcRQFAHsUBQDc+g4AxhQFABcVBQAyFQUAahUFAGwVBQC9FQUA1xUFABAWBQAdFgUAYxYFAG8WBQC2FgUAwBYFAAkXBQAjFwUAXBcFAGsXBQCvFwUAtBcFAAIYBQAPGAUAVRgFAGIYBQCoGAUAtBgFAPsYBQAKGQUAThkFAFgZBQChGQUArRkFAPQZBQAHGgUARxoFAFYaBQCaGgUAphoFAO0aBQDuGgUAQBsFAEobBQCTGwUAoRsFAOYbBQDrGwUAORwFAEYcBQAv+w4AmRwFAN8cBQDsHAUAMh0FAD4dBQCFHQUAlB0FANgdBQDiHQUAKx4FADkeBQB+HgUAgx4FANEeBQDeHgUAJB8FADAfBQB3HwUAih8FAMofBQDZHwUAHSAFACkgBQBwIAUAcSAFAMMgBQDNIAUAFiEFACQhBQBpIQUAbiEFALwhBQDJIQUAgvsOABwiBQBiIgUAZCIFALUiBQDOIgUACCMFABkjBQBbIwUAZyMFAK4jBQC2IwUAe/wOAAYkBQBUJAUAXCQFAKckBQC2JAUA+iQFAP8kBQBNJQUAWiUFAKAlBQCtJQUA8yUFAP8lBQBGJgUAVSYFAJkmBQCjJgUAzvwOAP8mBQA/JwUATicFAJInBQCeJwUA5ScFAOYnBQA4KAUAQigFAIsoBQCZKAUA3igFAOMoBQAxKQUAPikFACH9DgCJKQUA1ykFAOQpBQAqKgUANyoFAH0qBQCJKgUA0CoFAN8qBQAjKwUALSsFAHYrBQCEKwUAySsFAM4rBQAcLAUAKSwFAG8sBQB3LAUAwiwFAMgsBQAVLQUAzCwFAPN4BQAhLQUAaC0FAHgtBQC7LQUAxC0FAA4uBQARLgUAYS4FAG0uBQC0LgUAuy4FABr+DgASLwUAWi8FAFsvBQCtLwUAxS8FAAAwBQANMAUAUzAFAF8wBQCmMAUAsDAFAPkwBQD9MAUATDEFAFExBQCfMQUApTEFAPIxBQASMgUARTIFAF0yBQCYMgUArzIFAOsyBQD3MgUAPjMFAEgzBQCRMwUAkzMFAOQzBQDrMwUANzQFAD40BQCKNAUAkDQFAN00BQDpNAUAMDUFADM1BQCDNQUAhjUFANY1BQDiNQUAKTYFACw2BQBt/g4AgTYFAM82BQDXNgUAIjcFACg3BQB1NwUAejcFAMg3BQDRNwUAGzgFACU4BQBuOAUAejgFAME4BQDJOAUAwP4OABk5BQBnOQUAbzkFALo5BQDFOQUADToFABI6BQBgOgUAYzoFALM6BQC9OgUAE/8OABI7BQBZOwUAYDsFAKw7BQC6OwUA/zsFAAI8BQBSPAUAWjwFAKU8BQCoPAUA+DwFAAQ9BQBLPQUAUT0FAJ49BQC5PQUA8T0FAP09BQBEPgUASj4FAJc+BQCfPgUA6j4FAO4+BQA9PwUAST8FAJA/BQCdPwUA4z8FAO0/BQA2QAUAPkAFAIlABQCLQAUA3EAFAOBABQAvQQUAMUEFAIJBBQCWQQUAZv8OAN1BBQAoQgUALEIFAHtCBQB9QgUAzkIFANFCBQAhQwUAKUMFAHRDBQCBQwUAx0MFAMxDBQAaRAUAJEQFAG1EBQB1RAUAwEQFAMFEBQATRQUAGEUFAGZFBQBpRQUAuUUFALxFBQAMRgUAGkYFAF9GBQB4RgUAskYFAMNGBQAFRwUAEUcFAFhHBQBgRwUAuf8OALBHBQD+RwUABkgFAFFIBQBgSAUApEgFAKlIBQD3SAUABEkFAEpJBQBXSQUAnUkFAKlJBQDwSQUA/0kFAENKBQBNSgUAlkoFAJ5KBQDpSgUA80oFADxLBQBBSwUAj0sFAJdLBQAMAA8A7UsFADVMBQBBTAUAiEwFAJBMBQBfAA8A50wFAC5NBQA1TQUAgU0FAI9NBQDUTQUA100FACdOBQAvTgUAek4FAH1OBQDNTgUA2U4FACBPBQAmTwUAc08FAI5PBQDGTwUA0k8FABlQBQAfUAUAbFAFAI9QBQC/UAUAwlAFABJRBQA2UQUAsgAPAHRRBQC4UQUAvVEFAAtSBQAYUgUAXlIFAGtSBQCxUgUAvVIFAARTBQATUwUAV1MFAGFTBQCqUwUAuFMFAP1TBQACVAUAUFQFAF1UBQCjVAUAq1QFAAUBDwADVQUASVUFAFFVBQCcVQUAtVUFAO9VBQD1VQUAQlYFAEdWBQCVVgUAtVYFAOhWBQD0VgUAO1cFAEhXBQCOVwUAllcFAOFXBQDkVwUANFgFAD5YBQCHWAUAiVgFANpYBQDkWAUALVkFADlZBQBYAQ8AllkFANNZBQDfWQUAJloFACtaBQB5WgUALloFAAsFEACCWgUAzFoFANZaBQAfWwUAJ1sFANlICQArWwUAclsFAEJbBQD9NwkAeFsFAMVbBQCFWwUAg14LAMtbBQAYXAUAHVwFAGtcBQBxXAUAqwEPAMxcBQARXQUAJ10FAGRdBQBwXQUAt10FALxdBQAKXgUAE14FAF1eBQBnXgUAsF4FALheBQADXwUAEl8FAFZfBQBbXwUAqV8FALZfBQD8XwUACWAFAE9gBQBbYAUAomAFALFgBQD1YAUA/2AFAEhhBQBWYQUAm2EFAKhhBQDuYQUABWIFAEFiBQBJYgUAlGIFAJ5iBQDnYgUA7GIFADpjBQBCYwUApAIPAJljBQDgYwUA5mMFADNkBQBOZAUAhmQFAJJkBQDZZAUA32QFAPcCDwA/ZQUAf2UFAI5lBQDSZQUA3mUFACVmBQAmZgUAeGYFAIJmBQDLZgUA2WYFAB5nBQAjZwUAcWcFAH5nBQBKAw8AyWcFABdoBQAfaAUAamgFAG1oBQC9aAUAxmgFABBpBQAfaQUAY2kFAG5pBQC2aQUAvmkFAAlqBQAZagUAXGoFAGpqBQCvagUAwGoFAAJrBQAOawUAVWsFAF1rBQBDBA8ArmsFAPtrBQADbAUATmwFAFVsBQChbAUAr2wFAPRsBQD6bAUAR20FAFNtBQCabQUAqW0FAO1tBQD3bQUAQG4FAEVuBQCTbgUAmW4FAOZuBQD6bgUAOW8FAEFvBQCMbwUAtG8FAN9vBQDobwUAMnAFAD9wBQCFcAUAk3AFANhwBQDrcAUAK3EFAEdxBQCWBA8Ag3EFANFxBQDecQUAJHIFADFyBQB3cgUAg3IFAMpyBQDZcgUAHXMFACdzBQBwcwUAfnMFAMNzBQDIcwUAFnQFACN0BQBpdAUAcXQFALx0BQDCdAUAD3UFABt1BQBidQUAcnUFALV1BQC+dQUACHYFAAt2BQBbdgUAZ3YFAK52BQC1dgUA6QQPACl3BQBUdwUAXXcFAKd3BQC0dwUA+ncFAAh4BQBNeAUAYHgFAKB4BQC8eAUAPAUPAAF5BQBGeQUAXHkFAJl5BQCleQUA7HkFAPN5BQA/egUAR3oFAJJ6BQCXegUA5XoFAO56BQA4ewUAQnsFAI8FDwCMewUA3nsFAOp7BQAxfAUAN3wFAIR8BQCGfAUA13wFAOF8BQAqfQUAOH0FAH19BQCCfQUA0H0FAN19BQAjfgUAK34FAHZ+BQCAfgUAyX4FANd+BQAcfwUAMn8FAG9/BQB7fwUAwn8FAMl/BQAVgAUAHYAFAGiABQBtgAUAu4AFAMSABQAOgQUAGIEFAOIFDwBvgQUAtIEFAMqBBQAHggUAE4IFAFqCBQBfggUArYIFALaCBQAAgwUACoMFAFODBQBfgwUApoMFAKyDBQD5gwUA/4MFAEyEBQBRhAUAn4QFAKWEBQA1Bg8A94QFAEWFBQBShQUAmIUFAKWFBQDrhQUA94UFAD6GBQBNhgUAkYYFAJuGBQDkhgUA8oYFADeHBQA8hwUAiocFAJeHBQDdhwUA5YcFADCIBQA6iAUAg4gFAJGIBQDWiAUA7IgFACmJBQA1iQUAfIkFAIGJBQDPiQUA2IkFACKKBQAsigUALgcPAIGKBQDIigUA2YoFABuLBQAniwUAbosFAH2LBQDBiwUAy4sFABSMBQAijAUAZ4wFAGyMBQC6jAUAx4wFAA2NBQAXjQUAYI0FABmNBQDxkAUAbo0FALONBQDJjQUABo4FABKOBQBZjgUAXo4FAKyOBQC1jgUA/44FAAmPBQBSjwUAXo8FAKWPBQCrjwUA+I8FAP6PBQBLkAUAUJAFAJ6QBQCkkAUAgQcPAPeQBQBEkQUASpEFAJeRBQCckQUA6pEFAPCRBQDUBw8AS5IFAJCSBQCmkgUA45IFAO+SBQA2kwUAO5MFAImTBQCSkwUA3JMFAOaTBQAvlAUAO5QFAIKUBQCVlAUA1ZQFAOSUBQAolQUANJUFAHuVBQB8lQUAzpUFANiVBQAhlgUAL5YFAHSWBQB5lgUAx5YFANSWBQAnCA8AKZcFAG2XBQCNlwUAwJcFAMyXBQATmAUAHZgFAGaYBQBrmAUAuZgFALqYBQAMmQUAGJkFAF+ZBQBsmQUAspkFAL6ZBQAFmgUAGJoFAFiaBQBnmgUAq5oFALeaBQD+mgUA/5oFAFGbBQBbmwUApJsFALKbBQD3mwUA/JsFAEqcBQBXnAUAeggPALmcBQDNCA8A9pwFAEOdBQBJnQUAlp0FAJudBQDpnQUA750FACAJDwBBngUAj54FAJKeBQDingUA7p4FADWfBQA7nwUAiJ8FAKOfBQDbnwUA558FAC6gBQA0oAUAgaAFAIOgBQDUoAUA76AFACehBQApoQUAeqEFAIihBQDNoQUA3qEFACCiBQAiogUAc6IFAIyiBQDGogUA16IFABmjBQAlowUAGQoPAHajBQC/owUAzaMFABKkBQAopAUAZaQFAHGkBQC4pAUAvaQFAAulBQAUpQUAXqUFAGilBQCxpQUAuaUFAASmBQAJpgUAV6YFAGamBQCqpgUAuaYFAP2mBQAGpwUAUKcFAFanBQCjpwUAqacFAPanBQACqAUASagFAFCoBQCcqAUApKgFAO+oBQDxqAUAQqkFAFKpBQCVqQUAn6kFAOipBQD0qQUAO6oFAEGqBQCOqgUAlqoFAGwKDwDtqgUANKsFAEWrBQCHqwUAk6sFANqrBQDpqwUALawFADesBQCArAUAjqwFANOsBQDYrAUAJq0FADOtBQB5rQUAga0FAMytBQDWrQUA0cQFANitBQAfrgUAJa4FAHKuBQB4rgUAxa4FAMquBQAYrwUAHq8FAL8KDwB3rwUAvq8FAMSvBQARsAUALLAFAGSwBQBwsAUAt7AFAL2wBQAKsQUAErEFAF2xBQBgsQUAsLEFALyxBQADsgUAFLIFAFayBQBisgUAqbIFALiyBQD8sgUABrMFAE+zBQBdswUAorMFAKezBQD1swUAArQFAEi0BQBQtAUAm7QFAKW0BQDutAUA/LQFAEG1BQBXtQUAlLUFAKC1BQDntQUA7LUFADq2BQBDtgUAjbYFAJe2BQC4Cw8A5rYFADO3BQA5twUAhrcFAJK3BQDZtwUA5rcFACy4BQA2uAUAf7gFAIe4BQDSuAUA3LgFACW5BQAquQUAeLkFAHm5BQDLuQUA0LkFAB66BQAvugUAcboFAHa6BQDEugUA27oFABe7BQAruwUAarsFAIa7BQC9uwUAxbsFAAsMDwAYvAUAY7wFAG28BQC2vAUAyrwFAAm9BQAKvQUAXL0FAGi9BQCvvQUAy70FAAK+BQAKvgUAXgwPAF6+BQCovgUAtr4FAPu+BQC3vgUAE88JAAW/BQBOvwUAUL8FAKG/BQC6vwUA9L8FAAXABQBHwAUAU8AFAJrABQCiwAUAsQwPAPnABQBAwQUARsEFAJPBBQCuwQUA5sEFAPLBBQA5wgUAP8IFAIzCBQCPwgUA38IFAOfCBQAywwUAQsMFAIXDBQCKwwUA2MMFAOHDBQArxAUAOMQFAH7EBQCFxAUABA0PAN/EBQAkxQUAOsUFAHfFBQCDxQUAysUFAM/FBQAdxgUAJsYFAHDGBQB6xgUAw8YFAN/GBQAWxwUAHscFAFcNDwBuxwUAvMcFAMTHBQAPyAUAEcgFAGLIBQB9yAUAtcgFALfIBQAIyQUAFskFAFvJBQBsyQUArskFALDJBQABygUAGsoFAFTKBQBlygUAp8oFALPKBQD6ygUAAssFAKoNDwBZywUAoMsFAKbLBQDzywUADswFAEbMBQBSzAUAmcwFAJ/MBQDszAUA78wFAP0NDwBczQUAks0FAJPNBQDlzQUA9M0FADjOBQA9zgUAi84FAJjOBQDezgUA684FADHPBQA9zwUAhM8FAJPPBQDXzwUA4c8FACrQBQA40AUAfdAFAILQBQDQ0AUA3dAFACPRBQAv0QUAdtEFAHzRBQDJ0QUAidEFAInmBQDP0QUAHNIFACHSBQBv0gUAddIFAFAODwDH0gUAFdMFADXTBQBo0wUAdNMFALvTBQDB0wUADtQFABbUBQBPBgYAF9QFAGHUBQBu1AUAtNQFALrUBQAH1QUAE9UFAFrVBQBc1QUArdUFALzVBQAA1gUAC9YFAFPWBQBV1gUAptYFAL/WBQD51gUACtcFAEzXBQBY1wUAn9cFAKvXBQDy1wUABdgFAEXYBQBU2AUAmNgFAKTYBQDr2AUA7NgFAD7ZBQBI2QUAkdkFAJ/ZBQDk2QUA6dkFADfaBQBE2gUAow4PAJfaBQDd2gUA8doFADDbBQBM2wUAg9sFAJ/bBQD2Dg8A5dsFACncBQAq3AUAfNwFAIvcBQDP3AUA1NwFACLdBQAv3QUAdd0FAILdBQDI3QUA1N0FABveBQAq3gUAbt4FAHjeBQDB3gUAz94FABTfBQAZ3wUAZ98FAHTfBQC63wUAyt8FAA3gBQAP4AUAYOAFAG7gBQCz4AUAxOAFAEkPDwAN4QUAnA8PAF7hBQCs4QUAueEFAP/hBQAM4gUAUuIFAFjiBQCl4gUAseIFAPjiBQAI4wUAS+MFAFTjBQCe4wUAoeMFAPHjBQD94wUAROQFAEvkBQDvDw8Ao+QFAOrkBQD65AUAPeUFAEblBQCQ5QUAk+UFAOPlBQDv5QUANuYFAD3mBQBCEA8AmOYFANzmBQDo5gUAL+cFADDnBQCC5wUAjOcFANXnBQDj5wUAKOgFAC3oBQB76AUAiOgFAJUQDwDT6AUAIekFADDpBQB06QUAlOkFAMfpBQDT6QUAGuoFACTqBQBt6gUAdeoFAMDqBQDM6gUAE+sFABnrBQBm6wUAbOsFALnrBQC+6wUADOwFABLsBQCOEQ8AZOwFALLsBQC77AUABe0FABbtBQBY7QUAX+0FAKvtBQCz7QUA/u0FAAvuBQBR7gUAVu4FAKTuBQCu7gUA9+4FAP/uBQBK7wUAWe8FAJ3vBQCi7wUA8O8FAP3vBQBD8AUAUPAFAJbwBQCi8AUA6fAFAPjwBQA88QUARvEFAI/xBQCX8QUA4vEFAOzxBQA18gUAOvIFAIjyBQCQ8gUAhxIPAODyBQAu8wUAMfMFAIHzBQCL8wUA2hIPANrzBQAn9AUALPQFAHr0BQCa9AUAzfQFANn0BQAg9QUAJvUFAHP1BQB29QUAxvUFAMj1BQAZ9gUANPYFAGz2BQBu9gUAv/YFAM32BQAS9wUAI/cFAGX3BQBn9wUAuPcFANH3BQAL+AUAHPgFAF74BQBq+AUALRMPAMH4BQAE+QUAJPkFAFf5BQBZ+QUAqvkFALb5BQCWZQ0AufkFADkVBgDG+QUAMSIGANP5BQD9+QUAAPoFAFD6BQBd+gUALf8FAF/6BQCj+gUAqPoFAPb6BQAD+wUASfsFAFb7BQCc+wUAqPsFAO/7BQD++wUAQvwFAEz8BQCV/AUAo/wFAOj8BQDt/AUAO/0FAEj9BQCO/QUAmv0FAOH9BQDn/QUANP4FADr+BQCH/gUAjP4FANr+BQDg/gUAgBMPADb/BQCA/wUAlv8FANP/BQDs/wUAJgAGADIABgB5AAYAfwAGAMwABgDRAAYAHwEGAC8BBgByAQYAeAEGAMUBBgDRAQYAGAIGACICBgBrAgYAcQIGAL4CBgDMAgYAEQMGAB0DBgBkAwYAZwMGALcDBgDDAwYACgQGAB0EBgBdBAYAbAQGALAEBgC8BAYAAwUGAA8FBgBWBQYAXQUGAKkFBgC1BQYA/AUGAAMGBgDTEw8AZQYGAKIGBgCkBgYA9QYGAAkHBgBIBwYAUAcGAJsHBgCoBwYA7gcGAPMHBgBBCAYASwgGAJQIBgCcCAYA5wgGAAAJBgA6CQYARgkGAI0JBgCVCQYAJhQPAPsJBgAzCgYANQoGAIYKBgCUCgYA2QoGAOoKBgAsCwYALgsGAH8LBgCYCwYA0gsGAOMLBgAlDAYAMQwGAHkUDwB9DAYAywwGANQMBgAeDQYALw0GAHENBgB4DQYAxA0GAMwNBgAXDgYAJA4GAGoOBgBvDgYAvQ4GAMcOBgAQDwYAGA8GAGMPBgB8DwYAtg8GAMIPBgAJEAYAERAGAB8VDwBfEAYArxAGALkQBgACEQYABBEGAFURBgBuEQYAqBEGALkRBgD7EQYACRIGAE4SBgBREgYAoRIGAKwSBgD0EgYAABMGAEcTBgBOEwYAchUPAJ8TBgDtEwYA9RMGAEAUBgBOFAYAkxQGAJQUBgDmFAYAARUGAMUVDwA+FQYAjBUGAJkVBgDfFQYA7BUGADIWBgA+FgYAhRYGAJQWBgDYFgYA4hYGACsXBgA5FwYAfhcGAIMXBgDRFwYA3hcGACQYBgAwGAYAdxgGAH0YBgDKGAYA0BgGAB0ZBgAiGQYAcBkGAHYZBgAYFg8A0BkGABYaBgAYGgYAaRoGAIIaBgC8GgYAzRoGAA8bBgAbGwYAYhsGAGobBgARFw8AuhsGAAgcBgAQHAYAWxwGAHQcBgCuHAYAsxwGAAEdBgAGHQYAVB0GAF4dBgCnHQYAqh0GAPodBgAEHgYATR4GAFMeBgCgHgYAoh4GAPMeBgD0HgYARh8GAE4fBgCZHwYAqR8GAOwfBgDyHwYAPyAGAEQgBgCSIAYAqCAGAOUgBgDtIAYAOCEGAGAhBgCLIQYAriEGAN4hBgD9IQYAZBcPADkiBgC3Fw8AlSIGANciBgDlIgYAKiMGADYjBgB9IwYAiiMGANAjBgDaIwYAIyQGACskBgB2JAYAgSQGAMkkBgDLJAYAHCUGAB8lBgBvJQYAdyUGAMIlBgDIJQYAFSYGAB4mBgBoJgYAdSYGALsmBgDDJgYADicGABMnBgBhJwYAaicGALQnBgC+JwYABygGAA8oBgBaKAYAXygGAK0oBgC9KAYAACkGAAgpBgBTKQYAVSkGAKYpBgDBKQYA+SkGAPspBgBMKgYAWioGAJ8qBgCwKgYA8ioGAPQqBgBFKwYAXisGAJgrBgCpKwYA6ysGAPcrBgA+LAYARiwGAAoYDwCXLAYA5CwGAOksBgA3LQYAVy0GAIotBgCWLQYA3S0GAOMtBgAwLgYAMy4GAIMuBgCLLgYA1i4GAOAuBgApLwYALi8GAHwvBgCELwYAzy8GANkvBgAiMAYAJDAGAHUwBgCGMAYAyDAGAOgwBgAbMQYAIzEGAG4xBgB4MQYAwTEGAMYxBgBdGA8AKDIGAGcyBgBvMgYAujIGAL8yBgANMwYAHTMGAGAzBgBoMwYAszMGAL0zBgAGNAYAETQGAFk0BgBlNAYArDQGALQ0BgCwGA8ACzUGAFI1BgBeNQYApTUGAKw1BgD4NQYAADYGAEs2BgBkNgYAnjYGAKQ2BgDxNgYA9jYGAEQ3BgBkNwYAlzcGAKM3BgDqNwYA8DcGAD04BgBAOAYAAxkPAJI4BgDjOAYAnjgGAD1TDgDmOAYANjkGAEA5BgCJOQYAlzkGANw5BgDrOQYALzoGADI6BgCCOgYARzoGAHhfBgBLOgYAjlAGAI46BgDVOgYA1zoGACg7BgAuOwYAezsGAIo7BgDOOwYA2TsGACE8BgApPAYAXp4GADs8BgB0PAYAgDwGAMc8BgDaPAYAGj0GACk9BgBtPQYAeT0GAMA9BgDBPQYAEz4GAB0+BgBmPgYAdD4GALk+BgC+PgYADD8GABk/BgBWGQ8AeT8GALI/BgDBPwYABUAGAApABgBYQAYAZUAGAKtABgC4QAYA/kAGAApBBgBRQQYAYEEGAKRBBgCuQQYA90EGAAVCBgBKQgYAT0IGAJ1CBgCqQgYA8EIGAPxCBgBDQwYASUMGAJZDBgCcQwYA6UMGAO5DBgA8RAYAQkQGAKkZDwCQRAYA4kQGAJhEBgBVqQgAnEQGADuVCACvRAYAIHEMAO5EBgA1RQYAO0UGAHhYBwBCRQYAiEUGAItFBgDbRQYA50UGAC5GBgAwRgYAgUYGAIdGBgDURgYA40YGACdHBgAyRwYAekcGAHtHBgDNRwYA4UcGACBIBgA6SAYAc0gGAH9IBgDGSAYA2UgGABlJBgAoSQYAbEkGAHhJBgC/SQYAwEkGABJKBgAcSgYAZUoGAHNKBgC4SgYAvUoGAAtLBgAYSwYA/BkPAHhLBgCxSwYAwEsGAARMBgAJTAYAV0wGAGRMBgCqTAYAt0wGAP1MBgAJTQYAUE0GAF9NBgCjTQYArU0GAPZNBgAETgYASU4GAE5OBgCcTgYAqU4GAO9OBgD7TgYAQk8GAEhPBgCVTwYAm08GAOhPBgDtTwYAO1AGAEFQBgBPGg8AqlAGAKIaDwDnUAYANFEGADZRBgCHUQYAlFEGANpRBgDdUQYALVIGAC5SBgCAUgYAhVIGANNSBgDZUgYAJlMGADBTBgB5UwYAlVMGAMxTBgDoUwYA9RoPACVUBgByVAYAdFQGAMVUBgDSVAYAGFUGABtVBgBrVQYAbFUGAL5VBgDDVQYAEVYGABdWBgBkVgYAblYGALdWBgDTVgYAClcGACZXBgBIGw8AY1cGALBXBgC2VwYAA1gGAAhYBgBWWAYAXFgGAJsbDwC3WAYA/FgGABdZBgBPWQYAXVkGAKJZBgCvWQYA9VkGAAxaBgBIWgYAV1oGAJtaBgCgWgYA7loGAPtaBgBBWwYATlsGAJRbBgCgWwYA51sGAPZbBgA6XAYARFwGAI1cBgCbXAYA4FwGAOVcBgAzXQYAQF0GAIZdBgCJXQYA2V0GAOVdBgAsXgYAMl4GAH9eBgCFXgYA0l4GANdeBgAlXwYAK18GAO4bDwCCXwYAy18GANFfBgAeYAYAIGAGAHFgBgB+YAYAxGAGAMdgBgAXYQYAGGEGAGphBgBvYQYAvWEGAMNhBgAQYgYAGmIGAGNiBgB9YgYAtmIGAMViBgAJYwYADmMGAFxjBgBpYwYAr2MGALxjBgACZAYADmQGAFVkBgBkZAYAqGQGALJkBgD7ZAYACWUGAE5lBgBTZQYAoWUGAK5lBgD0ZQYA/mUGAK5vBgAAZgYAR2YGAE1mBgCaZgYAoGYGAO1mBgDyZgYAQGcGAEZnBgBBHA8AmGcGAOZnBgDzZwYAOWgGAEZoBgCMaAYAmGgGAN9oBgDuaAYAMmkGADxpBgCFaQYAk2kGANhpBgDdaQYAK2oGADhqBgB+agYAhmoGANFqBgDdagYAJGsGACprBgB3awYAfWsGAMprBgDPawYAHWwGACNsBgA6HQ8AcmwGAMNsBgDMbAYAFm0GABltBgBpbQYAdW0GALxtBgDDbQYAD24GABduBgBibgYAe24GALVuBgDJbgYACG8GACRvBgBbbwYAY28GAOAdDwC8bwYAAXAGABdwBgBUcAYAYHAGAKdwBgCscAYA+nAGAANxBgBNcQYAV3EGAKBxBgC8cQYA83EGAPtxBgAzHg8AS3IGAJlyBgCmcgYA7HIGAPlyBgA/cwYAS3MGAJJzBgChcwYA5XMGAO9zBgA4dAYARnQGAIt0BgCQdAYA3nQGAOt0BgAxdQYAOXUGAIR1BgCOdQYA13UGAOV1BgAqdgYAQHYGAH12BgCJdgYA0HYGANV2BgAjdwYALHcGAHZ3BgCAdwYAyXcGANF3BgAceAYAK3gGAG94BgBxeAYAwngGAMt4BgAVeQYAGHkGAGh5BgB0eQYAu3kGAMJ5BgAOegYAFnoGAGF6BgB6egYAtHoGAMh6BgAHewYAI3sGAFp7BgBiewYAhh4PALJ7BgAAfAYADXwGAFN8BgBgfAYApnwGALJ8BgD5fAYACH0GAEx9BgBWfQYAn30GAKl9BgDyfQYAAH4GAEV+BgBbfgYAmH4GAKR+BgDrfgYA8H4GAD5/BgBHfwYAkX8GAJt/BgDkfwYA8H8GADeABgA9gAYAioAGAJCABgDdgAYA4oAGADCBBgA2gQYA2R4PAI+BBgDWgQYA2oEGACmCBgA4ggYAfIIGAIGCBgDPggYA3IIGACKDBgAvgwYAdYMGAIGDBgDIgwYA14MGABuEBgAlhAYAboQGAHyEBgDBhAYAxoQGABSFBgAhhQYAZ4UGAHOFBgC6hQYAwIUGAA2GBgAThgYAYIYGAGWGBgCzhgYAuYYGACwfDwALhwYAWYcGAGCHBgCshwYAuIcGAP+HBgABiAYAUogGAAKIBgDVjQYAbYgGAKWIBgCniAYA+IgGAAaJBgBLiQYAXIkGAJ6JBgCgiQYA8YkGAAqKBgBEigYAVYoGAJeKBgCjigYA6ooGAPaKBgA9iwYAUIsGAJCLBgCfiwYA44sGAO+LBgA2jAYAN4wGAImMBgCTjAYA3IwGAOqMBgAvjQYANI0GAIKNBgCPjQYAfx8PANeNBgAojgYAQ44GAHuOBgB9jgYAzo4GANyOBgAhjwYAMo8GAHSPBgB2jwYAx48GAOCPBgAakAYAK5AGAG2QBgB5kAYAwJAGAMyQBgATkQYAJpEGAGaRBgB1kQYAuZEGAMWRBgAMkgYADZIGAF+SBgBpkgYAspIGAMCSBgAFkwYACpMGAFiTBgBlkwYAeCAPALCTBgD+kwYABpQGAFGUBgBTlAYApJQGALWUBgD3lAYABZUGAEqVBgBllQYAnZUGAKmVBgDwlQYA+JUGAHEhDwBIlgYAlpYGAJ2WBgDplgYA9ZYGADyXBgA/lwYAj5cGAJeXBgDilwYA8pcGADWYBgA6mAYAiJgGAJGYBgDbmAYA6JgGAC6ZBgA1mQYAgZkGAImZBgDEIQ8A4ZkGACeaBgAvmgYAepoGAI6aBgDNmgYA0poGACCbBgApmwYAc5sGAHmbBgDGmwYAzpsGABmcBgAonAYAbJwGAH2cBgC/nAYAyJwGABKdBgAVnQYAZZ0GAG+dBgC4nQYAxJ0GAAueBgARngYAFyIPAGueBgCxngYAtp4GAASfBgALnwYAV58GAGOfBgCqnwYAsp8GAGoiDwAYoAYAUKAGAFKgBgCjoAYAsaAGAPagBgAHoQYASaEGAEuhBgCcoQYAtaEGAO+hBgAAogYAQqIGAE6iBgC9Ig8ApKIGAOiiBgD3ogYAO6MGAESjBgCOowYAlKMGAOGjBgDnowYANKQGAECkBgCHpAYAjqQGANqkBgDipAYALaUGADGlBgCApQYAi6UGANOlBgDhpQYAJqYGADemBgB5pgYAhaYGAMymBgDUpgYAECMPACKnBgBypwYAfKcGAMWnBgDHpwYAGKgGADGoBgBrqAYAfKgGAL6oBgDMqAYAEakGABSpBgBkqQYAb6kGALepBgDFqQYACqoGABeqBgBdqgYAdKoGALCqBgC4qgYAA6sGAAWrBgBWqwYAXqsGAKmrBgC4qwYA/KsGAAGsBgBPrAYAXKwGAKKsBgCvrAYA9awGAAGtBgBIrQYAV60GAJutBgClrQYA7q0GAPytBgBBrgYARq4GAJSuBgChrgYA564GAO+uBgA6rwYARK8GAI2vBgCSrwYA4K8GAOivBgAzsAYANrAGAIawBgCjsAYA2bAGAOqwBgAssQYANLEGAH+xBgCCsQYA0rEGAN6xBgAlsgYAK7IGAHiyBgCTsgYAy7IGANeyBgAeswYAJLMGAGMjDwCAswYAxLMGAMWzBgAXtAYATbQGAGq0BgB4tAYAvbQGAL60BgAQtQYAGLUGAGO1BgBytQYAtrUGALu1BgAJtgYAFrYGAFy2BgBptgYAr7YGALu2BgACtwYAEbcGAFW3BgBftwYAqLcGALa3BgD7twYAALgGAE64BgBbuAYAobgGAKm4BgD0uAYA/rgGAEe5BgBMuQYAmrkGAKK5BgDtuQYA97kGAEC6BgBLugYAk7oGAJ+6BgDmugYA7roGALYjDwA+uwYAjLsGAI+7BgDfuwYA6bsGADK8BgA6vAYACSQPAJO8BgDYvAYA7rwGACu9BgA3vQYAfr0GAIO9BgDRvQYA2r0GACS+BgAuvgYAd74GAH++BgDKvgYA1r4GAB2/BgAwvwYAcL8GAHG/BgDDvwYA0b8GABbABgAcwAYAacAGAHXABgC8wAYAw8AGAFwkDwAQwQYAYsEGAG7BBgC1wQYAwsEGAAjCBgAQwgYAW8IGAGXCBgCuwgYAvcIGAAHDBgACwwYAVMMGAFzDBgCnwwYAtsMGAPrDBgD/wwYATcQGAFrEBgCgxAYArcQGAPPEBgD/xAYARsUGAFXFBgCZxQYAo8UGAOzFBgD6xQYAP8YGAETGBgCSxgYAn8YGAOXGBgDtxgYAOMcGADzHBgCLxwYAmccGAN7HBgDoxwYAMcgGADzIBgCEyAYAjMgGANfIBgDiyAYAKskGAC/JBgB9yQYAgMkGANDJBgDayQYAI8oGACvKBgB2ygYAlcoGAK8kDwDLygYAHMsGAB3LBgBvywYAecsGAMLLBgDQywYAFcwGADDMBgBozAYAdMwGALvMBgDDzAYAAiUPABrNBgBhzQYAZ80GALTNBgDPzQYAB84GABPOBgBazgYAYM4GAK3OBgC1zgYAAM8GAA7PBgBTzwYAVs8GAKbPBgCuzwYA+c8GAALQBgBM0AYAWdAGAJ/QBgCh0AYA8tAGAA3RBgBF0QYAR9EGAJjRBgCm0QYA69EGAPzRBgA+0gYAQNIGAJHSBgCq0gYA5NIGAPXSBgA30wYAQ9MGAIrTBgCS0wYAVSUPAOPTBgAw1AYAONQGAIPUBgCK1AYA1tQGANvUBgAp1QYANdUGAHzVBgB/1QYAz9UGANfVBgAi1gYAL9YGAHXWBgB61gYAyNYGANLWBgAb1wYAI9cGAG7XBgB61wYAwdcGANTXBgAU2AYAItgGAGfYBgBq2AYAutgGAMTYBgCoJQ8AENkGAGDZBgBo2QYAs9kGALbZBgAG2gYAEtoGAFnaBgBf2gYArNoGAMfaBgD/2gYAC9sGAFLbBgBY2wYApdsGAK3bBgD42wYABtwGAEvcBgBO3AYAntwGAKbcBgDx3AYA+twGAETdBgBR3QYAl90GAJndBgDq3QYABd4GAD3eBgA/3gYAkN4GAJ7eBgDj3gYA9N4GADbfBgA43wYAid8GAKLfBgDc3wYA7d8GAC/gBgA74AYAguAGAIrgBgD7JQ8A2+AGACjhBgAw4QYAe+EGAILhBgDO4QYA0+EGACHiBgAt4gYAdOIGAHfiBgDH4gYAz+IGABrjBgAn4wYAbeMGAHLjBgDA4wYAyuMGABPkBgAb5AYAZuQGAHLkBgC55AYAzOQGAAzlBgAa5QYAX+UGAGLlBgCy5QYAvOUGAE4mDwAI5gYAWOYGAGTmBgCr5gYAseYGAP7mBgAZ5wYAUecGAF3nBgCk5wYAqucGAPfnBgD/5wYASugGAFjoBgCd6AYAoOgGAPDoBgD46AYAQ+kGAEzpBgCW6QYAo+kGAOnpBgDr6QYAPOoGAFfqBgCP6gYAkeoGAOLqBgDw6gYANesGAEbrBgCI6wYAiusGANvrBgD06wYALuwGAD/sBgCB7AYAjewGANTsBgDc7AYAoSYPAC3tBgB67QYAgu0GAM3tBgDU7QYAIO4GACXuBgBz7gYAf+4GAMbuBgDJ7gYAGe8GACHvBgBs7wYAee8GAL/vBgDE7wYAEvAGABzwBgBl8AYAbfAGALjwBgDE8AYAC/EGAB7xBgBe8QYAbPEGALHxBgC08QYABPIGAA7yBgD0Jg8AWfIGAKryBgBc8gYAxP8HAGDyBgA9AA4AY/IGAOgeDQBl8gYA+mIIALTyBgBkeA0Au/IGAP3yBgAO8wYAUPMGAF7zBgCj8wYAv/MGAPbzBgAS9AYARycPAFf0BgCc9AYAqfQGAO/0BgAG9QYAQvUGAE71BgCV9QYAm/UGAOj1BgDu9QYAO/YGAED2BgCO9gYAlPYGAJonDwDm9gYANPcGADz3BgCH9wYAivcGANr3BgDm9wYALfgGADP4BgCA+AYAm/gGANP4BgDf+AYAJvkGACz5BgB5+QYAgfkGAMz5BgDO+QYAH/oGADr6BgBy+gYAdPoGAMX6BgDT+gYAGPsGACn7BgBr+wYAbfsGAL77BgDX+wYAEfwGACL8BgBk/AYAcPwGAJMoDwDN/AYACv0GABn9BgBd/QYAM/0GADoCBwBf/QYAsP0GAL/9BgAD/gYADv4GAFb+BgBi/gYAqf4GAKz+BgD8/gYAsP4GAKELBwDF/gYAeAUHAAj/BgBP/wYAVf8GAKL/BgC9/wYA9f8GAAEABwBIAAcATgAHAJsABwCnAAcA7gAHAPQABwBBAQcARwEHAJQBBwCZAQcA5wEHAO0BBwDmKA8APQIHAI0CBwCpAgcA4AIHAOgCBwDfKQ8APwMHAIYDBwCMAwcA2QMHAPQDBwAsBAcAOAQHAH8EBwCFBAcA0gQHANoEBwAlBQcARgUHADIqDwCABQcAhSoPANAFBwAeBgcAKwYHAHEGBwB+BgcAxAYHANAGBwAXBwcAJgcHAGoHBwB0BwcAvQcHAMUHBwAQCAcAGggHAGMIBwBxCAcAtggHAMwIBwAJCQcAFQkHAFwJBwBhCQcArwkHALgJBwACCgcADAoHAFUKBwBdCgcAqAoHALIKBwD7CgcAAAsHAE4LBwBWCwcA2CoPAK0LBwD0CwcABwwHAEcMBwBWDAcAmgwHAKYMBwDtDAcA7gwHAEANBwBKDQcAkw0HAKENBwDmDQcA6w0HADkOBwBGDgcAKysPAJcOBwDfDgcA6w4HADIPBwA4DwcAhQ8HAJEPBwDYDwcA4A8HACQsDwAuEAcAfhAHAIYQBwDREAcA3hAHACQRBwApEQcAdxEHAH8RBwDKEQcAzBEHAB0SBwA4EgcAcBIHAHISBwDDEgcA0RIHABYTBwAnEwcAaRMHAGsTBwC8EwcA1RMHAA8UBwAgFAcAYhQHAG4UBwC1FAcAvRQHAHcsDwANFQcAWxUHAGgVBwCuFQcAuxUHAAEWBwANFgcAVBYHAGMWBwCnFgcAsRYHAPoWBwAIFwcATRcHAFIXBwCgFwcArRcHAPMXBwD7FwcARhgHAEgYBwCZGAcAoxgHAOwYBwD0GAcAyiwPAEoZBwCSGQcAoBkHAOUZBwDoGQcAOBoHAEAaBwCLGgcAoRoHAN4aBwDjGgcAMRsHAEcbBwCEGwcAkBsHANcbBwDkGwcAKhwHADQcBwAdLQ8AfxwHANAcBwDeHAcAIx0HADQdBwBwLQ8AfB0HAMkdBwDVHQcAwy0PAB4eBwBvHgcAdR4HAMIeBwDiHgcAFR8HACEfBwBoHwcAbx8HALsfBwDDHwcADiAHABUgBwBhIAcAbSAHALQgBwC2IAcAByEHAA4hBwAWLg8AXSEHAK0hBwC1IQcAACIHABAiBwBTIgcAVSIHAKYiBwC0IgcA+SIHAAojBwBpLg8AUyMHALwuDwCsIwcA8iMHAPkjBwBFJAcATSQHAJgkBwCmJAcA6yQHAO4kBwA+JQcARiUHAJElBwCYJQcA5CUHAPIlBwA3JgcAOiYHAIomBwCMJgcA3SYHAPYmBwAwJwcAQScHAIMnBwCPJwcA1icHAN0nBwApKAcAMSgHAHwoBwCFKAcAzygHANwoBwAiKQcALCkHAHUpBwCDKQcAyCkHANkpBwAbKgcAIyoHAG4qBwB4KgcAwSoHAM8qBwAUKwcAKisHAGcrBwBzKwcAuisHAMErBwANLAcAFSwHAGAsBwBmLAcAsywHAL8sBwAGLQcAEC0HAFktBwBfLQcArC0HAMAtBwBiLw8ADS4HAFIuBwBrLgcApS4HALsuBwD4LgcABy8HAEsvBwBlLwcAni8HAKEvBwB7NAcAqS8HAFg5BwCtLwcA8S8HAPYvBwBEMAcAUTAHAJcwBwCkMAcA6jAHAPYwBwA9MQcATDEHAJAxBwCaMQcA4zEHAPExBwA2MgcAOzIHAIkyBwCWMgcA3DIHAOgyBwAvMwcANTMHAIIzBwCIMwcA1TMHANozBwAoNAcALjQHALUvDwCHNAcAzjQHANQ0BwAhNQcAPDUHAHQ1BwCANQcAxzUHAM01BwAaNgcAITYHAG02BwByNgcADDgHAHk2BwDANgcAwjYHABM3BwAaNwcAZjcHAII3BwC5NwcAwTcHAK4wDwAQOAcAXzgHAGw4BwCyOAcAzjgHAAU5BwANOQcAATEPAF05BwCrOQcArjkHAP45BwAIOgcAUToHAGI6BwCkOgcAqToHAPc6BwD8OgcASjsHAGo7BwCdOwcApjsHAPA7BwDxOwcAQzwHAE88BwCWPAcAnDwHAOk8BwDvPAcAPD0HAEE9BwCPPQcAlT0HAFQxDwDjPQcANT4HAEE+BwCIPgcAlT4HANs+BwDjPgcALj8HADc/BwCBPwcAjj8HANQ/BwDiPwcAJ0AHADpABwB6QAcAgkAHAM1ABwDQQAcAIEEHACVBBwBzQQcAgkEHAMZBBwDmQQcAGUIHACVCBwBsQgcAdkIHAE0yDwDJQgcAEkMHABRDBwBlQwcAb0MHALhDBwDBQwcAC0QHAA5EBwBeRAcAZkQHALFEBwDlRAcAoDIPABBFBwBXRQcAZkUHAKpFBwDKRQcA/UUHAAlGBwBQRgcAV0YHAKNGBwCoRgcA9kYHAPdGBwBJRwcAVUcHAJxHBwCiRwcA70cHAPFHBwBCSAcATEgHAJVIBwCjSAcA6EgHAO1IBwA7SQcASEkHAI5JBwCYSQcA4UkHAO9JBwA0SgcASkoHAIdKBwCTSgcA2koHAN9KBwAtSwcANksHAIBLBwCKSwcA00sHAN9LBwAmTAcAOUwHAHlMBwCITAcAzEwHANhMBwAfTQcAIE0HAHJNBwB8TQcAxU0HANNNBwAYTgcAHU4HAGtOBwB4TgcA8zIPAMxOBwARTwcAJ08HAGRPBwBwTwcAt08HAL5PBwAKUAcAElAHAF1QBwBiUAcAsFAHALlQBwADUQcADVEHAFZRBwBeUQcAqVEHAK1RBwD8UQcA/lEHAE9SBwBdUgcAolIHAKxSBwD1UgcAA1MHAEhTBwBVUwcAm1MHALJTBwDuUwcA9lMHAEFUBwBRVAcAlFQHAJlUBwDnVAcA7VQHADpVBwBCVQcAjVUHAJJVBwDgVQcA4VUHADNWBwA/VgcAhlYHAIxWBwDZVgcA21YHACxXBwA2VwcAf1cHAI1XBwDSVwcA11cHACVYBwAyWAcA7DMPAHpYBwDLWAcA1VgHAB5ZBwAsWQcAcVkHAHZZBwDEWQcA0VkHABdaBwAZWgcAWwcJACFaBwBqWgcAeFoHAL1aBwDTWgcAEFsHABxbBwBjWwcAaFsHALZbBwC/WwcACVwHABNcBwBcXAcAaFwHAK9cBwDCXAcAAl0HABFdBwBVXQcAYV0HAKhdBwCpXQcA+10HAAVeBwBOXgcAXF4HAKFeBwCmXgcA9F4HAAFfBwA/NA8AUF8HAJpfBwCkXwcA7V8HAO9fBwBAYAcASmAHAJNgBwCfYAcA5mAHAO5gBwA4NQ8AOmEHAIxhBwCYYQcA32EHAOVhBwAyYgcANGIHAIViBwCPYgcA2GIHAOZiBwArYwcAMGMHAH5jBwCLYwcA0WMHANljBwAkZAcALmQHAHdkBwCFZAcAymQHAOBkBwAdZQcAKWUHAHBlBwB3ZQcAw2UHAMtlBwAWZgcAG2YHAGlmBwByZgcAvGYHAMZmBwAPZwcAJGcHAGJnBwBrZwcAtWcHAMJnBwAIaAcACmgHAFtoBwB0aAcArmgHAL9oBwABaQcADWkHAFRpBwBcaQcAizUPAKxpBwD6aQcAAmoHAE1qBwBjagcAoGoHAKVqBwDzagcA+moHAEZrBwBUawcAmWsHAKlrBwDsawcAAGwHAD9sBwBHbAcAkmwHAKFsBwDlbAcA6mwHADhtBwBBbQcAi20HAJhtBwDebQcA6G0HADFuBwA9bgcAhG4HAIpuBwDeNQ8A5W4HACpvBwBAbwcAfW8HAIlvBwDQbwcA1W8HACNwBwAscAcAdnAHAIBwBwDJcAcA0XAHABxxBwAgcQcAb3EHAHFxBwDCcQcA0HEHABVyBwAfcgcAaHIHAHZyBwC7cgcAyHIHAA5zBwAlcwcAYXMHAGlzBwC0cwcAxHMHAAd0BwAMdAcAWnQHAGB0BwCtdAcAtXQHAAB1BwAbdQcAU3UHAFV1BwCmdQcAt3UHAPl1BwACdgcATHYHAFh2BwAxNg8ApHYHAPJ2BwD1dgcARXcHAE93BwCYdwcAmncHAOt3BwAGeAcAPngHAEB4BwCReAcAn3gHAOR4BwD1eAcAN3kHADl5BwCKeQcAo3kHAN15BwDueQcAMHoHADx6BwCENg8AoHoHANZ6BwDnegcAKXsHAEV7BwB8ewcAhHsHANc2DwDUewcAInwHACp8BwB1fAcAgHwHAMh8BwDNfAcAG30HAB59BwBufQcAeH0HAMF9BwDEfQcAFH4HABx+BwBnfgcAaX4HALp+BwDVfgcADX8HAA9/BwBgfwcAbn8HALN/BwDEfwcABoAHAAiABwBZgAcAcoAHAKyABwC9gAcA/4AHAAuBBwBSgQcAWoEHACo3DwCygQcA+IEHAACCBwBLggcAVYIHAJ6CBwCpggcA8YIHAP2CBwBEgwcATIMHAH03DwCcgwcA6oMHAO+DBwA9hAcAToQHANA3DwCdhAcA44QHAOWEBwA2hQcAT4UHAImFBwCahQcA3IUHAOiFBwAvhgcAN4YHACM4DwCHhgcA1YYHAN2GBwAohwcAN4cHAHuHBwCBhwcAzocHANqHBwAhiAcAI4gHAHSIBwB+iAcAx4gHANOIBwAaiQcAIokHAHY4DwB5iQcAwIkHAMOJBwATigcAFooHAGaKBwB0igcAuYoHAL6KBwAMiwcAGYsHAMk4DwBwiwcAsosHALqLBwAFjAcAv4sHABmVBwAQjAcAWIwHAF2MBwCrjAcArowHAP6MBwAIjQcAUY0HAHSNBwCkjQcAp40HAPeNBwAbjgcASo4HAFKOBwAcOQ8Ao44HAPCOBwD+jgcAQ48HAE+PBwCWjwcAnY8HAOmPBwDxjwcAPJAHAEyQBwCPkAcAlJAHAOKQBwDokAcANZEHAD2RBwCIkQcApZEHANuRBwDkkQcALpIHADqSBwCBkgcAh5IHANSSBwDokgcAJ5MHAC+TBwB6kwcAipMHAM2TBwDPkwcAIJQHAC6UBwBzlAcAhJQHAG85DwDNlAcAwjkPAB6VBwBslQcAc5UHAL+VBwDLlQcAEpYHABWWBwBllgcAdZYHALiWBwC6lgcAC5cHABmXBwBelwcAb5cHABU6DwC4lwcAaDoPABeYBwBXmAcAZpgHAKqYBwC2mAcA/ZgHAP6YBwBQmQcAWpkHAKOZBwCxmQcA9pkHAPuZBwBJmgcAVpoHALs6DwChmgcA75oHAPiaBwBCmwcAU5sHAJWbBwCcmwcA6JsHAPCbBwA7nAcASJwHAI6cBwCTnAcA4ZwHAOucBwA0nQcAPJ0HAIedBwCNnQcA2p0HAOadBwAtngcAL54HAICeBwCPngcA054HAN6eBwAmnwcALp8HAHmfBwB7nwcAzJ8HANmfBwAfoAcAM6AHAHKgBwB6oAcAxaAHANSgBwAYoQcAHaEHAGuhBwB4oQcAvqEHAMihBwARogcAE6IHAGSiBwBzogcAt6IHAMGiBwAKowcAEqMHAF2jBwBeowcAsKMHALWjBwADpAcAEaQHAFakBwBjpAcAqaQHALOkBwC0Ow8A/6QHAE+lBwBbpQcAObQHAGulBwCipQcAqqUHAAc8DwD6pQcASKYHAFCmBwCbpgcAnqYHAO6mBwD6pgcAQacHAEenBwCUpwcAr6cHAOenBwDzpwcAOqgHAECoBwCNqAcAkKgHAOCoBwDoqAcAM6kHADWpBwCGqQcAoakHANmpBwDbqQcALKoHADqqBwB/qgcAkKoHANKqBwDUqgcAJasHAD6rBwB4qwcAiasHAMurBwDXqwcAHqwHACasBwBaPA8AdqwHAMSsBwDKrAcAF60HAB+tBwBqrQcAea0HAL2tBwDCrQcAEK4HAB2uBwBjrgcAcK4HALauBwDCrgcACa8HABivBwBcrwcAZq8HAK+vBwC9rwcAArAHAAewBwBVsAcAYrAHAK08DwC0sAcA+7AHAAGxBwBOsQcAabEHAKGxBwCtsQcA9LEHAPqxBwBHsgcASrIHAJqyBwCmsgcA7bIHAPOyBwBAswcARrMHAJOzBwCYswcA5rMHAOyzBwAAPQ8AP7QHAIy0BwCStAcA37QHAOS0BwAytQcAOLUHAFM9DwCKtQcA2LUHAOW1BwArtgcAOLYHAH62BwCKtgcA0bYHAOC2BwAktwcALrcHAHe3BwCFtwcAyrcHAM+3BwAduAcAKrgHAHC4BwCIuAcAw7gHAMm4BwAWuQcAIrkHAGm5BwB5uQcAvLkHAMW5BwAPugcAEroHAGK6BwBuugcAtboHALy6BwBMPg8ACrsHAFu7BwBluwcArrsHALG7BwABvAcACbwHAFS8BwBXvAcAp7wHALO8BwD6vAcAAL0HAE29BwBovQcAoL0HAKy9BwDzvQcA+b0HAJ8+DwBmvgcAmb4HAKS+BwDsvgcA8b4HAD+/BwBIvwcAkr8HAJW/BwDlvwcA8b8HADjABwBEwAcAmMoHAFDABwCLwAcAksAHAN7ABwDkwAcAMcEHAD/BBwCEwQcAn8EHANfBBwDjwQcAKsIHADDCBwB9wgcAl8IHANDCBwDcwgcAI8MHACnDBwB2wwcAfMMHAMnDBwDOwwcAHMQHACLEBwDyPg8AfMQHAMLEBwDOxAcAFcUHAB/FBwBoxQcAbMUHALvFBwDAxQcADsYHABTGBwBhxgcAgcYHALTGBwDAxgcAB8cHAA3HBwBaxwcAYMcHAK3HBwCyxwcAAMgHAAbIBwCYPw8AWMgHAKbIBwCtyAcA+cgHAAXJBwBMyQcAaMkHAJ/JBwCnyQcAkUAPACnKBwBFygcAa8oHAORADwCrygcA68oHAPrKBwA+ywcASssHAJHLBwCSywcA5MsHAO7LBwA3zAcARcwHAIrMBwCPzAcA3cwHAOrMBwA3QQ8AOM0HADBCDwCIzQcA1s0HAOPNBwApzgcANs4HAHzOBwCIzgcAz84HAN7OBwAizwcALM8HAHXPBwCDzwcAyM8HAM3PBwAb0AcAKNAHAG7QBwB20AcAwdAHAMfQBwAU0QcAINEHAGfRBwB30QcAutEHAMPRBwAN0gcAENIHAGDSBwBs0gcAs9IHALrSBwCDQg8AEdMHAFnTBwBl0wcArNMHALTTBwDWQg8ADNQHAFLUBwBZ1AcApdQHAKbUBwD41AcA/dQHAEvVBwBZ1QcAntUHAKvVBwDx1QcA+9UHAETWBwBM1gcAl9YHAKDWBwDq1gcA8NYHAD3XBwBO1wcAkNcHAKzXBwDj1wcA69cHAClDDwBB2AcAidgHAJPYBwDc2AcA5tgHAC/ZBwAw2QcAfEMPAIfZBwDV2QcA4tkHACjaBwA12gcAe9oHAIfaBwDO2gcA3doHACHbBwAr2wcAdNsHAHzbBwDH2wcA0dsHABrcBwAf3AcAbdwHAHXcBwDPQw8Ay9wHABPdBwAf3QcAZt0HAG7dBwAiRA8Avt0HAAzeBwAb3gcAX94HAH/eBwCy3gcAvt4HAAXfBwAL3wcAWN8HAGDfBwCr3wcAst8HAP7fBwAA4AcAUeAHAF3gBwCk4AcAuuAHAPfgBwD84AcASuEHAFfhBwB1RA8AouEHAPDhBwD/4QcAQ+IHAGPiBwCW4gcAouIHAOniBwDv4gcAPOMHAETjBwCP4wcAluMHAOLjBwDk4wcANeQHAEHkBwCI5AcAnuQHANvkBwDg5AcALuUHADvlBwCB5QcAieUHANTlBwDa5QcAJ+YHADDmBwB65gcAh+YHAM3mBwDa5gcAIOcHAC7nBwBz5wcAgOcHAMbnBwDd5wcAGegHAEfoBwDIRA8AcugHAL/oBwB56AcACTINANXoBwAS6QcAIOkHAGXpBwBo6QcAuOkHALvpBwAL6gcAGeoHAF7qBwBj6gcAseoHAL7qBwAE6wcADOsHAFfrBwBe6wcAqusHALbrBwD96wcACuwHAFDsBwBe7AcAo+wHAK/sBwD27AcA/ewHAEntBwBR7QcAnO0HAKDtBwDv7QcA+u0HAELuBwBQ7gcAle4HAKbuBwDo7gcA9O4HADvvBwBD7wcAG0UPAJTvBwDh7wcA9e8HADTwBwBC8AcAh/AHAJTwBwDa8AcA8fAHAC3xBwA18QcAgPEHAIrxBwDT8QcA2PEHACbyBwAu8gcAefIHAIjyBwDM8gcA0fIHAB/zBwAs8wcAcvMHAH/zBwDF8wcA0fMHABj0BwAn9AcAa/QHAHX0BwC+9AcAxvQHABH1BwAb9QcAZPUHAGn1BwC39QcAv/UHAG5FDwAV9gcAXfYHAGn2BwCw9gcAuPYHAMFFDwAI9wcAVvcHAGX3BwCp9wcAyfcHAPz3BwAI+AcAT/gHAFX4BwCi+AcAqvgHAPX4BwD8+AcASPkHAEr5BwCb+QcAp/kHAO75BwAE+gcAQfoHAEb6BwCU+gcAofoHABRGDwDw+gcAOvsHAED7BwCN+wcAm/sHAOD7BwDt+wcAM/wHAEr8BwCG/AcAjvwHANn8BwDo/AcALP0HADH9BwB//QcAjP0HANL9BwDf/QcAJf4HADH+BwB4/gcAh/4HAMv+BwDV/gcAHv8HADr/BwBx/wcAef8HAGdGDwDR/wcAjOsLANP/BwAXAAgAIQAIAItKDAA3AAgAagAIAHYACAC9AAgAwwAIABABCAAYAQgAQkEIABwBCABjAQgAKgEIANwrCAB2AQgAtgEIAMUBCAAJAggAFQIIAFwCCABdAggArwIIALkCCAACAwgAEAMIAFUDCABaAwgAqAMIALUDCAC6Rg8AAQQIAE4ECABUBAgAoQQIAKYECAD0BAgA+gQIALNHDwBSBQgAmgUIAKgFCADtBQgA/gUIAEAGCABMBggAkwYIAJsGCABZSA8A8gYIADkHCABDBwgAjAcIAJsHCADfBwgA6gcIADIICABACAgAhQgIAJIICADYCAgA7wgIACsJCAAzCQgAfgkIAIEJCADRCQgA3QkIACQKCAAqCggAdwoIAJIKCADKCggA1goIAB0LCAAjCwgAcAsIAHgLCADDCwgAxQsIABYMCAAXDAgAaQwIAHcMCAC8DAgAxAwIAA8NCAAqDQgAYg0IAG4NCAC1DQgAuw0IAAgOCAALDggAWw4IAGkOCACuDggAsw4IAAEPCAAODwgArEgPAGEPCACgRwwAZQ8IAKcPCABnDwgA0J8MALMPCAD6DwgABxAIAE0QCABSEAgAoBAIAKoQCADzEAgAAxEIAEYRCABLEQgAmREIAKIRCADsEQgA+REIAD8SCABGEggAkhIIAJ4SCADlEggA6xIIADgTCAA+EwgAixMIAJATCADeEwgA5BMIAP9IDwA9FAgAhBQIAIoUCADXFAgA3RQIACoVCAA3FQgAfRUIAIIVCADQFQgA2BUIACMWCABYFggAdhYIAKYWCADJFggA0RYIABwXCAApFwgAbxcIAHQXCADCFwgAyhcIABUYCAAYGAgAaBgIAHEYCAC7GAgAyhgIAA4ZCAAZGQgAYRkIAGkZCAC0GQgAxBkIAAcaCAAVGggAWhoIAGsaCACtGggAuRoIAAAbCAAIGwgA+EkPAFkbCACmGwgArhsIAPkbCAAAHAgATBwIAFocCACfHAgApRwIAPIcCAD+HAgARR0IAFQdCACYHQgAoh0IAOsdCADwHQgAPh4IAEQeCACRHggApR4IAEtKDwDxHggANx8IAPMeCAC8XwgAPB8IAIofCACWHwgA3R8IAOofCAAwIAgAOiAIAJ5KDwCeIAgA1iAIANggCAApIQgALyEIAHwhCACyIQgAzyEIANUhCAAiIggAKyIIAHUiCACCIggAyCIIAP4iCAAbIwgAIiMIAG4jCABzIwgAwSMIANAjCAAUJAgANCQIAGckCABzJAgAuiQIAMAkCAANJQgAJyUIAGAlCABjJQgAsyUIALglCAAGJggAFSYIAFkmCAB5JggAREsPAMwmCAD/JggACycIAFInCABcJwgApScIALEnCAAa1QgAsicIAPgnCAD9JwgASygIAFUoCACeKAgArigIAPEoCAD2KAgARCkIAE0pCACXKQgApCkIAOopCADxKQgAPSoIAEkqCACQKggAlioIAOMqCADpKggANisIADsrCACJKwgAjysIAJdLDwDfKwgALywIADQsCACCLAgAkSwIANUsCAD1LAgAPUwPADYtCAB7LQgAiC0IAM4tCADVLQgAIS4IACkuCAB0LggAdi4IAMcuCAB7LggA+L8KAIsuCACchQoAzS4IAD+qCgDPLggAGi8IAB4vCADiNggAMC8IAAJICgA1LwgAbS8IAG8vCADALwgA0S8IABMwCAAhMAgAZjAIAG0wCAC5MAgAwTAIAAwxCAATMQgAXzEIAGQxCACyMQgAwTEIAAUyCAAlMggAWDIIAGQyCACrMggAsTIIAP4yCAAGMwgAUTMIAF0zCACkMwgAsTMIAPczCAASNAgASjQIAFg0CACdNAgAozQIAPA0CAD1NAgAQzUIAFA1CACWNQgArDUIAOk1CAD1NQgAPDYIAEk2CACPNggAmTYIAJBMDwDnNggANTcIADs3CACINwgAqDcIANs3CADpNwgALjgIADs4CACBOAgAmDgIANQ4CADcOAgAJzkIADY5CAB6OQgAfzkIAM05CADaOQgAIDoIACo6CABzOggAdToIAMY6CADUOggAGTsIACY7CABsOwgAeDsIAL87CADFOwgAEjwIABo8CABlPAgAazwIALg8CADBPAgACz0IABg9CABePQgAaD0IALE9CAC/PQgABD4IABo+CABXPggAYz4IAKo+CACyPggA40wPAAc/CABQPwgAVj8IAKM/CAClPwgA9j8IAABACABJQAgAVUAIAJxACACzQAgA70AIAANBCAA2TQ8AUEEIAJVBCACYQQgA6EEIAPBBCAA7QggAR0IIAI5CCACcQggA4UIIAOtCCAA0QwgAP0MIAIdDCACTQwgA2kMIAOBDCAAtRAgANUQIAIBECACNRAgA00QIANhECAAmRQgAMEUIAHlFCACBRQgAzEUIANJFCAAfRggAKEYIAHJGCAB/RggAxUYIANJGCAAYRwgAJkcIAGtHCAB4RwgAvkcIANVHCAARSAgAGUgIAGRICABpSAgAt0gIAL1ICAAKSQgAEkkIAF1JCABzSQgAsEkIAL5JCAADSggABkoIAFZKCABlSggAqUoIAK5KCAD8SggACUsIAE9LCABfSwgAoksIALBLCAD1SwgADEwIAEhMCABRTAgAm0wIAKFMCADuTAgA+kwIAEFNCABITQgAiU0PAKBNCADnTQgA6U0IADpOCABETggAjU4IAJlOCADgTggA6E4IANxNDwA4TwgAhk8IAJVPCADZTwgA+U8IACxQCAA4UAgAf1AIAIVQCADSUAgA2lAIACVRCAAmUQgAeFEIAH5RCADLUQgA0FEIAB5SCAA5UggAcVIIAH9SCADEUggAy1IIABdTCAAjUwgAalMIAHBTCAAvTg8AwlMIABBUCAAaVAgAY1QIAHRUCAC2VAgAwlQIAAlVCAAMVQgAXFUIAF9VCACvVQgAt1UIAAJWCAAJVggAVVYIAFpWCACoVggAt1YIAPtWCAAbVwgATlcIAFpXCAChVwgAp1cIAPRXCAD8VwgAR1gIAFRYCACaWAgAn1gIAO1YCAD3WAgAQFkIAEhZCACTWQgAo1kIAOZZCADrWQgAOVoIAEJaCACMWggAmVoIAN9aCADmWggAgk4PADdbCACFWwgAlFsIANhbCAD4WwgAK1wIADdcCAB+XAgAhFwIANFcCADZXAgAJF0IADBdCAB3XQgAhF0IAMpdCADRXQgAHV4IAB5eCABwXggAdV4IAMNeCADRXggAFl8IACNfCABpXwgAc18IANVODwDBXwgAD2AIABxgCABiYAgAb2AIALVgCAC7YAgACGEIABRhCABbYQgAa2EIAK5hCAC3YQgAAWIIAARiCABUYggAYGIIAKdiCACuYggAKE8PAPxiCABNYwgAAWMIAO9+CwAKYwgAJdQNAF5jCACgYwgAqGMIAPNjCAD9YwgARmQIAFVkCACZZAgAmmQIAOxkCAD0ZAgAzk8PAEdlCAAhUA8AsGUIAOVlCAC1ZQgAc1wPALplCABRhggA7WUIADhmCABHZggAi2YIAJBmCADeZggA62YIADFnCAA+ZwgAhGcIAJBnCADXZwgA5mcIACpoCAA0aAgAfWgIAKBoCADQaAgABWkIACNpCABHaQgAdmkIAH5pCABtUQ8AzmkIABxqCAAiaggAb2oIAHdqCADAUQ8A0GoIABVrCAAwawgAaGsIAHRrCAC7awgAzGsIAA5sCAAibAgAYWwIAGlsCAC0bAgAumwIAAdtCAATbQgAWm0IAGptCACtbQgAtm0IAABuCAADbggAU24IAF9uCACmbggArW4IABNSDwAHbwgATG8IAFZvCABmUg8ApG8IAPJvCAD/bwgARXAIAFJwCACYcAgApHAIAOtwCAD6cAgAPnEIAEhxCACRcQgAn3EIAORxCADpcQgAN3IIAERyCACKcggAknIIAN1yCADjcggAMHMIADxzCACDcwgAk3MIANZzCADfcwgAKXQIACx0CAB8dAgAiHQIAM90CADWdAgAuVIPADF1CAB1dQgAenUIAMh1CADVdQgAG3YIACh2CABudggAdHYIAMF2CADNdggAFHcIACR3CABndwgAcHcIALp3CAC9dwgADXgIABl4CABgeAgAZ3gIAAxTDwC4eAgABnkIABN5CABZeQgAd3kIAKx5CAC4eQgA/3kIABJ6CABSeggAYHoIAKV6CACoeggA+HoIAAJ7CABLewgAWXsIAJ57CACrewgA8XsIAAh8CABEfAgATHwIAJd8CACefAgA6nwIAO98CAA9fQgAU30IAJB9CACSfQgA430IAPF9CAA2fggAQ34IAF9TDwCRfggAslMPAOF+CAAvfwgAPH8IAIJ/CACPfwgA1X8IAOF/CAAogAgAN4AIAHuACACFgAgAzoAIANyACAAhgQgAJoEIAHSBCACBgQgAx4EIAM+BCAAagggAIIIIAG2CCAB5gggAwIIIANCCCAATgwgAHIMIAGaDCABpgwgAuYMIAMWDCAAMhAgAE4QIAAVUDwBrhAgAsoQIAMKECAAFhQgADoUIAFiFCABbhQgAq4UIALeFCAD+hQgABYYIAFhUDwBahggAj4kIAFuGCACkhggAs4YIAPeGCAC1hggAQ4gIAPiGCABKhwgAZocIAJ2HCADThwgA8IcIACaICACrVA8ARogIAJaICACyiAgA6YgIAB+JCAA8iQgAcokIAP5UDwCciQgA4okIAPCJCAA1iggASIoIAIiKCACkiggA24oIABGLCAAuiwgAZIsIAFFVDwCSiwgA1IsIAOCLCAAnjAgAL4wIAKRVDwB/jAgAzYwIANWMCAAgjQgAL40IAHONCAB4jQgAxo0IANONCAAZjggAJo4IAGyOCAB4jggAv44IAM6OCAASjwgAHI8IAGWPCABtjwgAuI8IAMKPCAALkAgAEJAIAF6QCABmkAgA91UPAMCQCAAEkQgAwpAIAFCSCAAFkQgAV5EIAHORCACqkQgA4JEIAP2RCAAzkggASlYPAFOSCACjkggAv5IIAPaSCAAskwgASZMIAH+TCACdVg8An5MIAO+TCAAAlAgAQpQIAF6UCACVlAgAy5QIAOiUCAAelQgA8FYPAEiVCACOlQgAmpUIAOGVCADwlQgANJYIAD6WCACHlggAlZYIANqWCADflggALZcIADqXCACAlwgAiJcIANOXCADZlwgAJpgIAOOXCADE+AgAMpgIAHmYCACJmAgAzJgIANWYCAAfmQgAIpkIAHKZCAB+mQgAxZkIAMyZCABDVw8AHZoIAH5HCwAimggAa5oIACSaCAAD4goAdZoIAL6aCAC/mggAEZsIACCbCABkmwgAaZsIALebCADEmwgACpwIABecCABdnAgAaZwIALCcCAC/nAgAA50IAA2dCABWnQgAZJ0IAKmdCACunQgA/J0IAAmeCABPnggAUJ4IAKKeCACnnggA9Z4IAPqeCABInwgAWZ8IAJufCAC+nwgA7p8IAPmfCABBoAgARqAIAJSgCACXoAgA56AIAPGgCAA6oQgAZaEIAI2hCACsoQgAllcPAOyhCAAzoggANaIIAIaiCACVoggA2aIIAOSiCAAsowgANKMIAH+jCACGowgA0qMIANSjCAAlpAgAL6QIAHikCAB6pAgAy6QIAOSkCAAepQgAIKUIAHGlCAB0pQgAxKUIANClCAAXpggAH6YIAOlXDwB2pggAvaYIAMOmCAAQpwgAK6cIAGOnCABvpwgAtqcIALynCAAJqAgAEagIAFyoCABeqAgAr6gIALmoCAACqQgACqkIADxYDwBmqQgAqKkIAK+pCAD7qQgAA6oIAE6qCABbqggAoaoIAKaqCAD0qggA/qoIAEerCABPqwgAmqsIAKmrCADtqwgA8qsIAECsCABNrAgAk6wIAKCsCADmrAgA8qwIADmtCABIrQgAjK0IAJatCADfrQgA560IADKuCAA8rggAha4IAIquCADYrggA4K4IAI9YDwA3rwgAfq8IAI6vCADRrwgA2q8IACSwCAAnsAgAd7AIAIOwCADKsAgA0bAIAOJYDwAjsQgAcLEIAHaxCADDsQgAyLEIABayCAAcsggANVkPAG+yCAC8sggAwrIIAA+zCAAUswgAY94MAByzCABiswgAZ7MIALWzCAC9swgACLQIADq0CAB9uwgAP7QIAFu0CACStAgArrQIAOW0CAABtQgAMbUIAFS1CABctQgAp7UIALa1CAD6tQgA/7UIAE22CABatggAoLYIAK22CADztggA/7YIAEa3CABVtwgAmbcIAKO3CADstwgA+rcIAD+4CABEuAgAkrgIAJ+4CADluAgA7bgIADi5CAA+uQgAi7kIAJe5CADeuQgA7rkIADG6CAA6uggAhLoIAIe6CADXuggA47oIACq7CAAxuwgAiFkPALS7CADQuwgAALwIACO8CAArvAgAdrwIAIW8CADJvAgAzrwIABy9CAApvQgAb70IAHy9CADCvQgAzr0IABW+CAAkvggAaL4IAHK+CAC7vggAyb4IAA6/CAATvwgAYb8IAG6/CAC0vwgAvL8IAAfACAANwAgAWsAIAGbACACtwAgAvcAIAADBCAAJwQgAU8EIAFbBCACmwQgAssEIAPnBCAAAwggA21kPAE7CCACg7QwAWsIIAJ/CCACswggA8sIIAP7CCABFwwgAS8MIAJjDCACewwgA68MIAPDDCAA+xAgARMQIAC5aDwC3xAgA5MQIAArFCAA3xQgAacUIAIrFCADBxQgA3cUIAA3GCADUWg8APMYIAIPGCAA+xggAgdcJAI3GCADWxggA8MYIACnHCAA4xwgAfMcIAIHHCADPxwgA3McIACLICAAvyAgAdcgIAIHICADIyAgA18gIABvJCAAlyQgAbskIAHrJCADByQgA1MkIABTKCAAjyggAZ8oIAHPKCAC6yggAu8oIAA3LCAAXywgAYMsIAG7LCACzywgAuMsIAAbMCAATzAgAJ1sPAF7MCACszAgAucwIAP/MCAAMzQgAUs0IAF7NCAClzQgAtM0IAPjNCAACzggAS84IAFnOCACezggAo84IAPHOCAD+zggARM8IAEzPCACXzwgAnc8IAOrPCAD2zwgAPdAIAE3QCACQ0AgAmdAIAOPQCADm0AgANtEIAELRCACJ0QgAkNEIACBcDwDf0QgAL9IIADfSCACC0ggAjtIIANXSCADb0ggAKNMIAC7TCAB70wgAgNMIAM7TCADU0wgAxlwPAFjUCAB01AgAq9QIAMfUCADr1AgAbF0PACDVCACG7gkALdUIAG3VCAB81QgAwNUIAMzVCAAT1ggAFNYIAGbWCABw1ggAudYIAMfWCAAM1wgAEdcIAF/XCABs1wgAv10PANXXCAASXg8APNgIAFjYCACP2AgAq9gIAM/YCABlXg8ADNkIAFHZCABW2QgApNkIALHZCAD32QgA/9kIAEraCABQ2ggAndoIAKnaCADw2ggAANsIAEPbCABM2wgAltsIAJnbCADp2wgAIdwIADzcCABI3AgAuF4PAJXcCADi3AgA+9wIADXdCABD3QgAiN0IAJXdCADb3QgA4t0IAC7eCAA33ggAgd4IAI7eCADU3ggA694IACffCAAq3wgAet8IAHzfCADN3wgA1t8IACDgCAAw4AgAc+AIAIzgCADG4AgAyOAIABnhCAAi4QgAbOEIAHThCAC/4QgAweEIABLiCAAr4ggAZeIIAHziCAC44ggAxOIIAAvjCAAc4wgAXuMIAGrjCACx4wgAvOMIAATkCAAR5AgAV+QIAGHkCAALXw8AveQIAP3kCAAL5QgAUOUIADflCABr7QgAieUIAKPlCACw5QgA9uUIAP7lCABJ5ggAT+YIAJzmCACo5ggA7+YIAPrmCABC5wgAS+cIAJXnCACY5wgA6OcIAOrnCAA76AgAQugIAI7oCACQ6AgAXl8PAOToCAA06QgAQukIAIfpCACM6QgA2ukIAOfpCAAt6ggAOeoIAIDqCACI6ggAsV8PAOHqCAAm6wgANusIAHnrCACH6wgAzOsIANXrCAAf7AgAKewIAHLsCAB07AgAxewIAM/sCAAY7QgAGu0IAARgDwBw7QgAvu0IAMbtCAAR7ggAF+4IAGTuCABw7ggAt+4IAMbuCAAK7wgAE+8IAF3vCABg7wgAsO8IALLvCAAD8AgACvAIAFbwCABY8AgAV2APAK7wCAD88AgAGPEIAE/xCABr8QgAqmAPAK/xCAC0CwoAsfEIAPXxCAD68QgASPIIAFXyCACb8ggAqPIIAO7yCAD08ggAQfMIAE3zCACU8wgApPMIAOfzCADw8wgAOvQIAD30CACN9AgAmfQIAOD0CADn9AgA/WAPAEL1CACG9QgAi/UIANn1CADm9QgALPYIADn2CAB/9ggAhfYIANL2CADe9ggAJfcIADX3CAB49wgAgfcIAMv3CADO9wgAHvgIACr4CABx+AgAePgIAFBhDwDG+AgAF/kIACX5CABq+QgAe/kIAKNhDwDE+QgA9mEPABj6CABJYg8AaPoIALb6CADD+ggACfsIABb7CABc+wgAaPsIAK/7CAC++wgAAvwIAAz8CABV/AgAY/wIAKj8CACt/AgA+/wIAAj9CABO/QgAVv0IAKH9CACn/QgA9P0IAAD+CABH/ggAV/4IAJr+CACj/ggA7f4IAPD+CABA/wgATP8IAJP/CACa/wgAnGIPAOv/CAA5AAkAQQAJAIwACQCPAAkA3wAJAOgACQAyAQkAQQEJAIUBCQCQAQkA2AEJAOABCQArAgkAOwIJAH4CCQCMAgkA0QIJAOICCQAkAwkAMAMJAHcDCQB/AwkA72IPANADCQAdBAkAJQQJAHAECQB3BAkAwwQJANEECQAWBQkAHAUJAGkFCQB1BQkAvAUJAMsFCQAPBgkAGQYJAGIGCQBnBgkAtQYJALsGCQAIBwkAHAcJAEJjDwBsBwkArgcJALoHCQABCAkABwgJAFQICQBaCAkApwgJAKwICQD6CAkAAAkJAJVjDwBSCQkAoAkJALEJCQDzCQkA+wkJAEYKCQD/CQkA2zAJAAEKCQBCcQ0AUAoJAJkKCQCnCgkA7AoJAAILCQA/CwkASwsJAJILCQCZCwkA5QsJAO0LCQA4DAkAPQwJAIsMCQCUDAkA3gwJAOgMCQAxDQkAOQ0JAIQNCQCIDQkA1w0JAOINCQAqDgkAOA4JAH0OCQCODgkA0A4JANwOCQAjDwkAKw8JAOhjDwB4DwkAyQ8JANcPCQAcEAkAJhAJAG8QCQB9EAkAwhAJAM8QCQAVEQkALBEJAGgRCQBwEQkAuxEJAMsRCQAOEgkAExIJAGESCQBnEgkAtBIJALwSCQAHEwkACRMJAFoTCQBnEwkArRMJALUTCQAAFAkABRQJAFMUCQBUFAkAphQJALIUCQD5FAkABhUJAEwVCQBUFQkAnxUJAK4VCQDyFQkA9xUJAEUWCQBSFgkAmBYJAKUWCQDrFgkA9xYJAD4XCQBNFwkAkRcJAJsXCQDkFwkA8hcJADcYCQA8GAkAihgJAJcYCQA7ZA8A4BgJADAZCQA4GQkAgxkJAJAZCQDWGQkA2xkJACkaCQAzGgkAfBoJAIQaCQDPGgkA0RoJACIbCQA9GwkAdRsJAHcbCQDIGwkA1hsJABscCQAsHAkAbhwJAHAcCQDBHAkA2hwJABQdCQAlHQkAZx0JAHMdCQC6HQkAzx0JAA0eCQAVHgkAYB4JAGYeCQCzHgkAvx4JAAYfCQAjHwkAWR8JAGIfCQCsHwkAuB8JAP8fCQACIAkAUiAJAFwgCQClIAkArSAJAPggCQACIQkASyEJAFkhCQCeIQkAtCEJAPEhCQD9IQkARCIJAEsiCQCXIgkAnyIJAOoiCQDvIgkAPSMJAEYjCQCQIwkAmiMJAOMjCQDrIwkANiQJADgkCQCJJAkAmSQJANwkCQDmJAkALyUJADslCQCCJQkAiCUJANUlCQDdJQkAjmQPADQmCQB7JgkAjiYJAM4mCQDqJgkAIScJACknCQDhZA8AgicJAMcnCQDdJwkAGigJACYoCQBtKAkAcigJAMAoCQDJKAkAEykJAB0pCQBmKQkAbikJALkpCQC7KQkADCoJABsqCQBfKgkAfCoJALIqCQC7KgkABSsJABMrCQBYKwkAXisJAKsrCQC5KwkA/isJAAssCQBRLAkAaCwJAKQsCQCsLAkA9ywJAPksCQBKLQkAUi0JAJ0tCQCsLQkA8C0JAPUtCQBDLgkAUC4JAJYuCQCjLgkA6S4JAPUuCQA8LwkASy8JAI8vCQCZLwkA4i8JAPAvCQA1MAkAOjAJAIgwCQCVMAkANGUPAOEwCQAuMQkANDEJAIExCQCGMQkA1DEJANoxCQCHZQ8ANTIJAHoyCQCQMgkAzTIJANkyCQAgMwkAJTMJAHMzCQB8MwkAxjMJANAzCQAZNAkAPDQJAGw0CQBwNAkAvzQJAHs0CQALNgkAwTQJABI1CQAgNQkAZTUJAG81CQC4NQkA3DUJAIBmDwARNgkAXjYJAGo2CQCxNgkAszYJAAQ3CQAONwkAVzcJAGM3CQCqNwkAzjcJANNmDwABOAkAUDgJAAw4CQCcOQkAUjgJAKM4CQCxOAkA9jgJAAA5CQBJOQkAbTkJACZnDwCiOQkA7zkJAPs5CQBCOgkARDoJAJU6CQCfOgkA6DoJAPQ6CQA7OwkAXzsJAHlnDwCrOwkA4TsJAOo7CQA0PAkAQjwJAIc8CQCNPAkA2jwJAOY8CQAtPQkANT0JAMxnDwCHPQkA0z0JAOw9CQAmPgkANT4JAHk+CQCBPgkAzD4JANs+CQAfPwkAJD8JAHI/CQB/PwkAxT8JANI/CQAYQAkAJEAJAGtACQB6QAkAvkAJAMhACQARQQkAH0EJAGRBCQBpQQkAt0EJAMRBCQAfaA8AC0IJADiyCQAjQgkAXUIJAGdCCQCwQgkAskIJAANDCQARQwkAVkMJAGNDCQCpQwkAsUMJAPxDCQAlRAkAT0QJAFZECQCiRAkAu0QJAPVECQAERQkASEUJAFBFCQCbRQkAqkUJAO5FCQDzRQkAQUYJAE5GCQCURgkAoUYJAOdGCQDzRgkAOkcJAElHCQCNRwkAl0cJAOBHCQDuRwkAM0gJADhICQCGSAkAk0gJAHJoDwDeSAkAW0wLAOVICQAsSQkAAUkJAGQQEAA/SQkAf0kJAI5JCQDSSQkA3kkJACVKCQAxSgkAeEoJAH9KCQDLSgkA10oJAB5LCQAlSwkAcUsJAHlLCQDESwkAyEsJABdMCQAiTAkAakwJAHZMCQC9TAkAykwJABBNCQAYTQkAY00JAG1NCQC2TQkAvE0JAAlOCQAdTgkAXE4JAGpOCQCvTgkAvE4JAAJPCQAZTwkAVU8JAF1PCQCoTwkAsk8JAPtPCQAAUAkATlAJAFZQCQChUAkAsFAJAPRQCQD5UAkAR1EJAFRRCQCaUQkAp1EJAO1RCQD5UQkAQFIJAE9SCQCTUgkAnVIJAMVoDwDuUgkAOVMJAEhTCQCMUwkAkVMJAN9TCQDoUwkAMlQJAENUCQCFVAkAjFQJANhUCQDgVAkAK1UJADhVCQB+VQkAg1UJANFVCQDbVQkAJFYJACxWCQB3VgkAkFYJAMpWCQDWVgkAHVcJACVXCQAYaQ8Af1cJAMNXCQDgVwkAFlgJAB9YCQBpWAkAd1gJALxYCQDCWAkAD1kJABtZCQBiWQkAaVkJALVZCQC9WQkACFoJABhaCQBbWgkAYVoJAK5aCQCzWgkAAVsJABdbCQBUWwkAXFsJAKdbCQCxWwkA+lsJAAVcCQBNXAkAWVwJAKBcCQCoXAkAa2kPAABdCQBGXQkATV0JAJldCQClXQkA7F0JAPJdCQA/XgkAUF4JAJJeCQCmXgkA5V4JAPNeCQA4XwkARV8JAItfCQCiXwkA3l8JAOZfCQAxYAkAOGAJAIRgCQCGYAkA12AJAOFgCQAqYQkALGEJAH1hCQCWYQkA0GEJANJhCQAjYgkAJmIJAHZiCQCCYgkAyWIJAPViCQC+aQ8AK2MJAG9jCQCMYwkAwmMJAMtjCQAVZAkAI2QJAGhkCQBuZAkAu2QJAMdkCQAOZQkAFmUJABFqDwBpZQkAtGUJALplCQAHZgkAE2YJAFpmCQBdZgkArWYJALJmCQAAZwkACWcJAFNnCQBZZwkApmcJALVnCQD5ZwkABWgJAExoCQBUaAkAZGoPAKVoCQDyaAkA92gJAEVpCQBbaQkAmGkJAKBpCQDraQkA+WkJAD5qCQBIagkAkWoJAJRqCQDkagkA7GoJADdrCQA4awkAimsJAJBrCQDdawkA62sJADBsCQBGbAkAg2wJAIVsCQDWbAkA3GwJACltCQA9bQkAfG0JAIRtCQDPbQkA320JACJuCQAkbgkAdW4JAIRuCQDIbgkA0m4JABtvCQAgbwkAbm8JAHRvCQDBbwkA1W8JABRwCQAccAkAZ3AJAGxwCQC6cAkAwHAJAA1xCQAVcQkAYHEJAGNxCQCzcQkAuHEJAAZyCQAPcgkAWXIJAF9yCQCscgkAu3IJAP9yCQALcwkAt2oPAFxzCQClcwkAp3MJAPhzCQD/cwkAS3QJAFJ0CQCedAkApHQJAPF0CQD/dAkARHUJAFF1CQCXdQkAp3UJAOp1CQDvdQkAPXYJAEV2CQCQdgkAWXYJAIDjCQCcdgkA43YJAOV2CQDOeQkA8HYJADZ3CQA7dwkAiXcJAJN3CQDcdwkA7HcJAC94CQA0eAkAgngJAIt4CQDVeAkA4ngJACh5CQAveQkAe3kJAIN5CQAKaw8A3HkJACF6CQA5egkAdHoJAHZ6CQDHegkA3noJABp7CQAcewkAbXsJAHt7CQDAewkAzXsJABN8CQAbfAkAXWsPAGx8CQC5fAkAu3wJAAx9CQAZfQkAX30JAGJ9CQCyfQkAw30JAAV+CQAHfgkAWH4JAGJ+CQCrfgkAt34JAP5+CQAGfwkAsGsPAFZ/CQCkfwkAp38JAPd/CQABgAkASoAJAFKACQCdgAkAqoAJAPCACQDygAkAQ4EJAFmBCQCWgQkAooEJAOmBCQDxgQkAA2wPAD+CCQCPggkAmIIJAOKCCQDwggkAYqwJAPGCCQA1gwkAQIMJAIiDCQCQgwkA24MJAOaDCQAuhAkAM4QJAIGECQCEhAkA1IQJAN6ECQCpbA8ALYUJAHqFCQAxhQkA35EMAJWFCQDNhQkA2YUJACCGCQAmhgkAc4YJAHuGCQDGhgkA3IYJABmHCQAnhwkAbIcJAG+HCQC/hwkA2IcJABKICQAeiAkAZYgJAHCICQC4iAkAuogJAAuJCQAmiQkAXokJAGyJCQCxiQkAvokJAASKCQAbigkA/GwPAFmKCQAklAwAbYoJAKqKCQCrigkA/YoJAAKLCQBQiwkAVosJAKOLCQCliwkA9osJAPyLCQBJjAkAXYwJAJyMCQCkjAkA74wJAP+MCQBCjQkARI0JAJWNCQCjjQkA6I0JAPmNCQBPbQ8AQY4JAI6OCQCajgkAom0PAOOOCQA0jwkARY8JAIePCQCPjwkA2o8JAOOPCQAtkAkANJAJAICQCQCBkAkA9W0PAN+QCQAmkQkAKJEJAHmRCQCAkQkAzJEJANSRCQAfkgkAKJIJAHKSCQB5kgkAxZIJAMaSCQBIbg8AHZMJAGuTCQBzkwkAvpMJAMiTCQARlAkAH5QJAGSUCQB6lAkAt5QJAMOUCQAKlQkAD5UJAF2VCQBmlQkAsJUJALqVCQCbbg8ABJYJAFaWCQBelgkAOfIKAG6WCQCplgkAtpYJAPyWCQAIlwkAT5cJAFmXCQCilwkAppcJAPWXCQD6lwkASJgJAE6YCQCbmAkAu5gJAO6YCQAGmQkAQZkJAFiZCQCUmQkAoJkJAOeZCQDxmQkAOpoJADyaCQCNmgkAlJoJAOCaCQDnmgkAM5sJADmbCQCGmwkAkpsJANmbCQDcmwkALJwJAC+cCQB/nAkAi5wJANKcCQDVnAkAJZ0JAEGdCQB4nQkAgJ0JAO5uDwDXnQkAHp4JACieCQBxngkAc54JAMSeCQDLngkAF58JAB6fCQBqnwkAcJ8JAL2fCQDLnwkAEKAJAB2gCQBjoAkAc6AJALagCQC7oAkACaEJABGhCQBcoQkAbKEJAK+hCQC0oQkAAqIJAAiiCQBVogkAXaIJAEFvDwCuogkA+6IJAAOjCQBOowkAUaMJAKGjCQCtowkA9KMJAPqjCQBHpAkAYqQJAJqkCQCopAkA7aQJAPykCQBApQkATKUJAJOlCQCbpQkA528PAOulCQA5pgkAQ6YJAIymCQCUpgkA36YJAP+mCQAypwkAP6cJAIWnCQCKpwkA2KcJANynCQArqAkAOKgJADpwDwCDqAkA0agJANSoCQAkqQkALqkJAHepCQCDqQkAyqkJAN2pCQAdqgkALKoJAHCqCQB8qgkAw6oJAMSqCQAWqwkAIKsJAGmrCQB3qwkAvKsJAMGrCQAPrAkAHKwJAI1wDwBsrAkAtawJALesCQAIrQkAIa0JAFutCQBsrQkArq0JALqtCQABrgkACa4JAIZxDwBbrgkAp64JAK6uCQD6rgkAAK8JAE2vCQBZrwkAoK8JAKOvCQDzrwkA9q8JAEawCQBOsAkAmbAJAKmwCQDssAkA8bAJAD+xCQBIsQkAkrEJAJ+xCQDlsQkA7LEJANlxDwBEsgkAi7IJAJiyCQDesgkA5rIJADGzCQA7swkAhLMJAJOzCQDXswkA2LMJACq0CQAytAkAfbQJAIy0CQDQtAkA1bQJACO1CQAwtQkAdrUJAIO1CQDJtQkA1bUJABy2CQArtgkAb7YJAHm2CQDCtgkA0LYJABW3CQAatwkAaLcJAHW3CQC7twkAw7cJAA64CQAYuAkAYbgJAGa4CQC0uAkAvLgJACxyDwAVuQkAWrkJAGa5CQCtuQkAs7kJAAC6CQAGugkAU7oJAFi6CQCmugkArLoJAH9yDwAFuwkATLsJAFK7CQCfuwkApbsJAPK7CQD/uwkARbwJAEq8CQCYvAkAoLwJAOu8CQAJvQkAeHMPAEC9CQB2+gsAQb0JAN5RCwBEvQkAM+cKAFS9CQCRvQkAkr0JAOS9CQDpvQkAN74JAD2+CQCKvgkAjL4JAN2+CQDjvgkAML8JAES/CQCDvwkAi78JANa/CQDmvwkAKcAJACvACQB8wAkAisAJAM/ACQDgwAkAy3MPACjBCQB1wQkAgcEJAB50DwDVwQkAG8IJACPCCQBuwgkAe8IJAMHCCQDDwgkAFMMJACrDCQBnwwkAc8MJALrDCQDCwwkAxHQPABnECQBgxAkAY8QJALPECQC4xAkABsUJABfFCQBZxQkAYsUJAKzFCQC2xQkA/8UJAA3GCQBSxgkAV8YJAKXGCQCyxgkAF3UPAATHCQBLxwkAWMcJAJ7HCQCgxwkA8ccJAAfICQBEyAkAUMgJAJfICQCfyAkAanUPAO/ICQA9yQkAQ8kJAJDJCQCYyQkA48kJAObJCQA2ygkAQsoJAInKCQCPygkA3MoJAPfKCQAvywkAPMsJAILLCQCEywkA1csJAOvLCQAozAkANMwJAHvMCQCDzAkAvXUPANTMCQAhzQkAJs0JAHTNCQCPzQkAx80JANXNCQAazgkAIc4JAG3OCQB5zgkAwM4JAMfOCQAQdg8AHs8JAGbPCQBuzwkAuc8JAMTPCQAM0AkAEdAJAF/QCQBi0AkAstAJALzQCQAF0QkADdEJAFjRCQBm0QkAq9EJAK7RCQD+0QkABtIJAFHSCQBx0gkApNIJALHSCQD30gkA/NIJAErTCQBO0wkAndMJAKrTCQBjdg8AENQJAEPUCQBM1AkAltQJAJfUCQDp1AkA8dQJADzVCQBM1QkAj9UJAJHVCQDi1QkA8NUJADXWCQBG1gkAtnYPAI7WCQDb1gkA59YJAAl3DwA11wkAXHcPAIbXCQDU1wkA7tcJACfYCQA22AkAetgJAIXYCQDN2AkAz9gJACDZCQAt2QkAc9kJAIDZCQDG2QkA0tkJABnaCQAq2gkAbNoJAG/aCQC/2gkA2doJABLbCQAb2wkAZdsJAHLbCQC42wkAvtsJAAvcCQAX3AkAXtwJAGHcCQCx3AkAttwJAATdCQAV3QkAV90JAHLdCQCq3QkAtt0JAP3dCQAE3gkAUN4JAFLeCQCj3gkAqt4JAPbeCQD93gkASd8JAE/fCQCc3wkAqN8JAO/fCQDy3wkAQuAJAEXgCQCV4AkAoeAJAOjgCQD74AkAO+EJAErhCQCO4QkAmuEJAOHhCQDi4QkANOIJAD7iCQCH4gkAleIJANriCQDf4gkALeMJADrjCQCvdw8AiOMJAAJ4DwDV4wkAJuQJADzkCQB55AkAheQJAMzkCQDU5AkAVXgPACXlCQBy5QkAeuUJAMXlCQDI5QkAGOYJACTmCQBr5gkAceYJAL7mCQDZ5gkAEecJAB/nCQBk5wkAc+cJALfnCQDD5wkACugJABLoCQCoeA8AYugJALDoCQC66AkAA+kJAAvpCQBW6QkAdukJAKnpCQC26QkA/OkJAAHqCQBP6gkAU+oJAKLqCQCv6gkA+3gPABjrCQBOeQ8ATesJAJvrCQCq6wkA7usJAA7sCQBB7AkATewJAJTsCQCe7AkA5+wJAPPsCQA67QkAQO0JAI3tCQCT7QkA4O0JAOXtCQAz7gkAOe4JAKF5DwCM7gkA2e4JAN7uCQAs7wkAMu8JAEd6DwCC7wkA0u8JANzvCQAl8AkAJ/AJAHjwCQCR8AkAy/AJANzwCQAe8QkALPEJAHHxCQB08QkAxPEJAM/xCQAX8gkAH/IJAGryCQBs8gkAvfIJAMXyCQAQ8wkAHfMJAGPzCQBv8wkAtvMJALrzCQAJ9AkAEfQJAFz0CQBr9AkAr/QJALT0CQAC9QkAD/UJAFX1CQBi9QkAqPUJALT1CQD79QkACvYJAE72CQBY9gkAofYJAK/2CQD09gkA+fYJAEf3CQBU9wkAmnoPAKL3CQDteg8A8fcJACT8CQD59wkAQPgJAEb4CQCT+AkAmfgJAOb4CQDz+AkAOfkJAD75CQCM+QkAlPkJAN/5CQAR+gkA2PoJABb6CQAy+gkAWPoJACv7CQBp+gkAhfoJALz6CQBAew8AD/sJAJN7DwBR+wkAfvsJALD7CQDR+wkACPwJAOZ7DwAy/AkAd/wJAIT8CQDK/AkA1vwJAB39CQAj/QkAcP0JAHb9CQDD/QkAyP0JABb+CQAc/gkAOXwPAI/+CQBi/wkAoP4JALz+CQDz/gkA33wPAEb/CQAyfQ8AiP8JALX/CQDn/wkACAAKAD8ACgCFfQ8AZQAKAK4ACgCzAAoAAQEKAAkBCgDYfQ8AWQEKAKcBCgCwAQoA+gEKAAcCCgBNAgoAVAIKACt+DwCoAgoAfn4PAAYDCgBGAwoAUgMKAJkDCgCoAwoA7AMKAPUDCgA/BAoASQQKAJIECgCUBAoA5QQKAP4ECgA4BQoASQUKAIsFCgCXBQoA3gUKAOYFCgDRfg8APwYKAIQGCgCVBgoA1wYKAOMGCgAqBwoAMgcKACR/DwCCBwoA0AcKANoHCgAjCAoAKwgKAHYICgCGCAoAyQgKAM4ICgAcCQoAJQkKAG8JCgB8CQoAwgkKAMkJCgB3fw8AGwoKAH45DQAiCgoAaAoKACgKCgBANg0AbQoKALsKCgDHCgoADgsKABsLCgBhCwoAawsKAMp/DwC5CwoABwwKABMMCgBaDAoAZwwKAK0MCgC3DAoAAA0KABwNCgBTDQoAWw0KAB2ADwCrDQoA+Q0KAAEOCgBMDgoATw4KAJ8OCgCoDgoA8g4KAAEPCgBFDwoAUA8KAJgPCgCgDwoA6w8KAPsPCgA+EAoATBAKAJEQCgCiEAoA5BAKAPAQCgA3EQoAPxEKAHCADwCQEQoA3REKAOURCgAwEgoANxIKAIMSCgCREgoA1hIKANwSCgApEwoANRMKAHwTCgCLEwoAzxMKANkTCgAiFAoAJxQKAHUUCgB7FAoAyBQKANwUCgAbFQoAIxUKAG4VCgCMFQoAwRUKAMkVCgDDgA8AHBYKABaBDwBvFgoAuhYKANMWCgANFwoAFhcKAGAXCgBwFwoAsxcKAMMXCgAGGAoAEhgKAFkYCgBfGAoArBgKALoYCgD/GAoADBkKAFIZCgBpGQoApRkKAK0ZCgD4GQoAAhoKAEsaCgBZGgoAnhoKALQaCgDxGgoA/RoKAEQbCgBLGwoAlxsKAJ8bCgDqGwoA7xsKAD0cCgBGHAoAkBwKAJocCgDjHAoA6xwKADYdCgA4HQoAiR0KAJkdCgDcHQoA5h0KAC8eCgA7HgoAgh4KAIgeCgDVHgoA3R4KALyBDwAxHwoAex8KAIwfCgDOHwoA2h8KACEgCgAuIAoAdCAKAHkgCgDHIAoA0SAKABohCgAqIQoAbSEKAHIhCgDAIQoAySEKABMiCgAgIgoAZiIKAG0iCgC5IgoAxSIKAAwjCgASIwoAXyMKAGUjCgCyIwoAtyMKAAUkCgALJAoAD4IPAF0kCgCrJAoAsyQKAP4kCgAUJQoAUSUKAFYlCgCkJQoAqyUKAPclCgAAJgoASiYKAFsmCgCdJgoAqSYKAPAmCgD4JgoACIMPAEUnCgCWJwoArCcKAOknCgD1JwoAPCgKAEMoCgCPKAoAlygKAFuDDwDnKAoANSkKAD0pCgCIKQoAnikKANspCgDgKQoALioKADUqCgCBKgoAiioKANQqCgDlKgoAJysKADMrCgB6KwoAgisKAK6DDwDPKwoAICwKADYsCgBzLAoAfywKAMYsCgDNLAoAGS0KACEtCgABhA8AcS0KAL8tCgDGLQoAEi4KABsuCgBlLgoAdi4KALguCgDELgoACy8KABMvCgBUhA8AYC8KALEvCgDALwoABDAKACQwCgBXMAoAWTAKAKowCgDBMAoA/TAKAAkxCgBQMQoAWDEKAPqEDwCoMQoA9jEKAPgxCgBJMgoAUDIKAJwyCgCkMgoA7zIKAPgyCgBCMwoASDMKAJUzCgCmMwoA6DMKAPAzCgCghQ8ARzQKAI40CgCRNAoA4TQKAOY0CgA0NQoARTUKAIc1CgCiNQoA2jUKAOY1CgAtNgoANTYKAPOFDwCWNgoA0zYKANQ2CgAmNwoAKzcKAHk3CgB/NwoAzDcKANY3CgAfOAoAJzgKAHI4CgCEOAoARoYPANI4CgAYOQoAIjkKAGs5CgBxOQoAvjkKANI5CgAROgoAGToKAGQ6CgB0OgoAtzoKALw6CgAKOwoAEDsKAF07CgBlOwoAsDsKALE7CgADPAoABTwKAFY8CgBlPAoAqTwKAMk8CgD8PAoA/jwKAE89CgBmPQoAoj0KAK49CgD1PQoA/T0KAJmGDwBQPgoAmz4KALQ+CgDuPgoA9z4KAEE/CgBLPwoAlD8KAJw/CgDnPwoA9z8KADpACgA/QAoAjUAKAJZACgDgQAoA7UAKADNBCgA6QQoAhkEKAI5BCgA/hw8A40EKACxCCgA0QgoAf0IKAI1CCgDSQgoA30IKACVDCgAtQwoAeEMKAHpDCgDLQwoA00MKAB5ECgAfRAoAcUQKAHNECgDERAoA00QKABdFCgA3RQoAakUKAGxFCgC9RQoA1EUKABBGCgAcRgoAY0YKAH1GCgC2RgoA30YKAAlHCgAMRwoAXEcKAGFHCgCvRwoAvEcKAJKHDwAESAoAVUgKAF9ICgCoSAoAt0gKAPtICgAGSQoATkkKAFxJCgChSQoArkkKAPRJCgALSgoAR0oKAE9KCgCaSgoAm0oKAO1KCgDvSgoAQEsKAE9LCgCTSwoAs0sKAOZLCgDoSwoAOUwKAFBMCgCMTAoAmEwKAN9MCgDnTAoA5YcPADdNCgCFTQoAi00KANhNCgDgTQoAK04KAEpOCgB+TgoAi04KANFOCgDSTgoAJE8KADpPCgB3TwoAk08KADiIDwDPTwoAHVAKACdQCgBwUAoAeFAKAMNQCgDEUAoAFlEKAMVQCgDXWQoAHFEKAGlRCgB1UQoAvFEKAMxRCgAPUgoAHVIKAGJSCgB1UgoAtVIKAMFSCgAIUwoAD1MKAFtTCgBjUwoArlMKALJTCgABVAoAD1QKAFRUCgBeVAoAp1QKALJUCgD6VAoAAlUKAE1VCgCDVQoAoFUKAKhVCgDzVQoA+FUKAEZWCgBMVgoAmVYKAKFWCgDsVgoABlcKAD9XCgB1VwoAklcKAJpXCgDlVwoA6lcKADhYCgA+WAoAi1gKAJNYCgDeWAoA+FgKADFZCgBLWQoAhFkKALpZCgCLiA8A31kKACpaCgAxWgoAfVoKAIlaCgDQWgoA0VoKACNbCgAvWwoAdlsKAINbCgDJWwoA0FsKABxcCgAoXAoAb1wKAHxcCgDCXAoA0VwKABVdCgApXQoA3ogPAGpdCgC7XQoAdF0KAPBrDAC+XQoA+vMLAMhdCgBhBAsAyl0KAA5eCgAuXgoAYV4KAGNeCgC0XgoAy14KAAdfCgATXwoAWl8KAGJfCgAxiQ8Ar18KAABgCgANYAoAU2AKAFxgCgCmYAoAqGAKAPlgCgAKYQoATGEKAF1hCgCfYQoAs2EKAISJDwASYgoARWIKAEdiCgCYYgoAr2IKAOtiCgD3YgoAPmMKAEZjCgDXiQ8Ak2MKAORjCgDnYwoAN2QKAD9kCgCKZAoAl2QKAN1kCgDiZAoAMGUKADplCgCDZQoAi2UKANZlCgDvZQoAKWYKADVmCgB8ZgoAiGYKAM9mCgDcZgoAImcKACpnCgB1ZwoAhWcKAMhnCgDNZwoAG2gKACRoCgBuaAoAe2gKAMFoCgDIaAoAFGkKABxpCgAqig8AdGkKALppCgC9aQoADWoKABdqCgBgagoAYmoKALNqCgDEagoABmsKABdrCgBZawoAZWsKAKxrCgCzawoA/2sKABlsCgBSbAoAWmwKAKVsCgCmbAoADHYKAK9sCgD4bAoA/mwKAEttCgBfbQoAnm0KAKZtCgDxbQoA+20KAERuCgBJbgoAl24KAJ9uCgDqbgoA+G4KAD1vCgBKbwoAkG8KAJNvCgDjbwoA7W8KADZwCgA4cAoAiXAKAJpwCgDccAoA7XAKAC9xCgA3cQoAfYoPAIxxCgDVcQoA8XEKAChyCgAwcgoA0IoPAHxyCgDOcgoA5HIKACFzCgApcwoAdHMKAIJzCgDHcwoA1HMKABp0CgAddAoAbXQKAHd0CgDAdAoAwnQKABN1CgAkdQoAZnUKAHd1CgC5dQoAwXUKACOLDwAddgoAX3YKAGt2CgCydgoAtHYKAAV3CgAIdwoAWHcKAGR3CgCrdwoAs3cKAHaLDwAHeAoAUXgKAF54CgCkeAoArHgKAPd4CgAJeQoASnkKAFd5CgCdeQoAnnkKAPB5CgAGegoAQ3oKAEt6CgCWegoApHoKAOl6CgD2egoAPHsKAD97CgCPewoAmXsKAOJ7CgDkewoANXwKAEZ8CgCIfAoAmXwKANt8CgDjfAoAyYsPADt9CgCBfQoAi30KANR9CgDifQoAJ34KAD1+CgB6fgoAhn4KAM1+CgDZfgoAIH8KACZ/CgBzfwoAeX8KAMZ/CgDLfwoAGYAKAB+ACgAcjA8AcYAKAL+ACgDBgAoAEoEKABmBCgBlgQoAbYEKALiBCgC7gQoAC4IKABSCCgBeggoAbYIKALGCCgC8ggoABIMKAAyDCgBXgwoAZ4MKAKqDCgC4gwoA/YMKAA6ECgBQhAoAXIQKAKOECgCrhAoAFY0PABSFCgBJhQoAUYUKAGiNDwCohQoA74UKAAWGCgBChgoASoYKAJWGCgC0hgoAu40PAOuGCgANvQoA9YYKADuHCgA+hwoA7iIOAEOHCgCOhwoARYcKAClYDACQhwoA4YcKAJiHCgDgkwoAn4cKABGNCgDuhwoANIgKAEiICgCHiAoAj4gKANqICgDfiAoALYkKAD2JCgCAiQoAiIkKANOJCgDdiQoAJooKADGKCgB5igoAhYoKAMyKCgDUigoADo4PACSLCgByiwoAe4sKAMWLCgDLiwoAGIwKACeMCgBrjAoAd4wKAL6MCgDBjAoAYY4PABaNCgBkjQoAc40KALeNCgC5jQoACo4KABuOCgBdjgoAbo4KALCOCgDEjgoAA48KAAuPCgBWjwoAZI8KAKmPCgC2jwoA/I8KAP+PCgBPkAoAWZAKAKKQCgCkkAoA9ZAKAAaRCgBIkQoAWZEKAJuRCgCnkQoA7pEKAPWRCgBBkgoASZIKAJSSCgCrkgoA55IKAPOSCgA6kwoAUJMKAI2TCgCQkwoAtI4PAOuTCgAzlAoAP5QKAIaUCgCOlAoAB48PAOWUCgAslQoAQpUKAH+VCgCClQoA0pUKANqVCgAllgoAJ5YKAHiWCgCTlgoAy5YKAM2WCgAelwoALJcKAHGXCgCClwoAxJcKAMaXCgAXmAoAMJgKAGqYCgB7mAoAvZgKAMmYCgBajw8AFpkKAGOZCgBxmQoAtpkKANGZCgAJmgoAFZoKAFyaCgBimgoAr5oKALeaCgACmwoAEpsKAFWbCgBamwoAqJsKALGbCgD7mwoACJwKAE6cCgBVnAoAoZwKAKmcCgCtjw8A+ZwKAEedCgBNnQoAmp0KAKKdCgDtnQoAFp4KAECeCgBHngoAk54KAKyeCgDmngoA9Z4KADmfCgBVnwoAAJAPAJGfCgDfnwoA6Z8KADKgCgBCoAoAhaAKAIqgCgDYoAoA4aAKACuhCgA4oQoAfqEKAIWhCgDRoQoA3aEKACSiCgA3ogoAd6IKAIaiCgDKogoA1qIKAB2jCgAeowoAcKMKAHqjCgDDowoA0aMKABakCgAbpAoAaaQKAHakCgBTkA8AzaQKAA+lCgARpQoAYqUKAGWlCgC1pQoAuKUKAAimCgAPpgoAW6YKAGemCgCupgoAvqYKAAGnCgARpwoAVKcKAFmnCgCnpwoAsKcKAPqnCgAHqAoATagKAFSoCgCgqAoArKgKAPOoCgD5qAoARqkKAEypCgCZqQoAnqkKAOypCgDyqQoATJEPAEmqCgCSqgoAoKoKAOWqCgD1qgoAOKsKADqrCgCLqwoAmqsKAN6rCgDoqwoAMawKADmsCgBFkg8AiqwKANesCgDjrAoAmJIPAC+tCgB9rQoAha0KANCtCgDgrQoAI64KADGuCgB2rgoAg64KAMmuCgDQrgoAHK8KACSvCgA+kw8AgK8KAMKvCgDJrwoAFbAKAB2wCgBosAoAdbAKALuwCgDAsAoADrEKABixCgBhsQoAabEKALSxCgDNsQoAB7IKABOyCgBasgoAYrIKAJGTDwC5sgoAALMKAAOzCgBTswoAWLMKAKazCgC3swoA+bMKABS0CgBMtAoAWLQKAJ+0CgCmtAoA8rQKAA61CgBFtQoATbUKAOSTDwCdtQoA67UKAPW1CgA+tgoARrYKAJG2CgChtgoA5LYKAOm2CgA3twoAQLcKAIq3CgCXtwoA3bcKAOS3CgA3lA8AObgKAIO4CgCQuAoA1rgKAOW4CgApuQoAM7kKAHy5CgCKuQoAz7kKANS5CgAiugoAL7oKAHW6CgB9ugoAipQPANS6CgAbuwoAKLsKAG67CgBxuwoAwbsKAM+7CgAUvAoAGbwKAGe8CgB0vAoAurwKAMK8CgDdlA8AFb0KAGC9CgBmvQoAs70KAGe9CgA2FgsAv70KAAa+CgAjvgoAWb4KAGK+CgCsvgoAur4KAP++CgAFvwoAUr8KAF6/CgClvwoArL8KADCVDwD+vwoAS8AKAFnACgCewAoAucAKAPHACgD9wAoARMEKAErBCgCDlQ8AusEKANaVDwDvwQoAPcIKAErCCgCQwgoAncIKAOPCCgDvwgoANsMKAEXDCgCJwwoAk8MKANzDCgDqwwoAL8QKADTECgCCxAoAj8QKANXECgDxxAoAKMUKADDFCgAplg8Ah8UKAM7FCgDrxQoAIcYKACrGCgB0xgoAgsYKAMfGCgDNxgoAGscKACbHCgBtxwoAdMcKAMDHCgDIxwoAE8gKACnICgBmyAoAa8gKALnICgDAyAoADMkKABXJCgBfyQoAcMkKALLJCgC+yQoABcoKAA3KCgDPlg8AXsoKAKvKCgCwygoA/soKABnLCgBRywoAX8sKAKTLCgCrywoA98sKAAPMCgBKzAoATcwKAJ3MCgClzAoA8MwKAPHMCgBDzQoARc0KAJbNCgClzQoA6c0KAAnOCgA8zgoAPs4KAI/OCgCmzgoA4s4KAO7OCgA1zwoAPc8KACKXDwCJzwoA288KAOfPCgAu0AoAPdAKAIHQCgCJ0AoAdZcPANbQCgAn0QoANdEKAHrRCgCL0QoAyJcPANTRCgAbmA8AKNIKAMGYDwB90goAxtIKANLSCgAZ0woAL9MKAGzTCgB40woAv9MKANLTCgAS1AoAINQKAGXUCgBv1AoAFJkPAMDUCgBnmQ8AIdUKAF7VCgBq1QoAsdUKAL7VCgAE1goADtYKAFfWCgBZ1goAqtYKALTWCgD91goAC9cKAFDXCgBV1woAo9cKALDXCgD21woA/tcKAEnYCgBZ2AoAnNgKAJ7YCgDv2AoA+NgKAELZCgBT2QoAldkKAJ/ZCgC6mQ8A9NkKADvaCgBS2goAjtoKAKnaCgANmg8A+toKADTbCgA62woAh9sKAJHbCgBgmg8A3NsKAC3cCgA+3AoAgNwKAIjcCgDT3AoAnNwKAA4ECwDf3AoAJt0KACzdCgB53QoAf90KAMzdCgDR3QoAH94KACXeCgCzmg8Ajt4KAMXeCgDN3goArJsPACbfCgBr3woAfN8KAL7fCgDP3woAEeAKAB3gCgBk4AoAa+AKAP+bDwDI4AoACuEKABvhCgBd4QoAaeEKALDhCgC34QoAUpwPAAXiCgBW4goAV+IKAKniCgCx4goA/OIKAAHjCgBP4woAWOMKAKLjCgCs4woA9eMKAP3jCgBI5AoATeQKAJvkCgCr5AoA7uQKAPbkCgBB5QoAV+UKAJTlCgCg5QoA5+UKAP3lCgA65goAP+YKAI3mCgCT5goA4OYKAPTmCgClnA8ASecKAIbnCgCU5woA2ecKAObnCgAs6AoALugKAH/oCgCJ6AoA0ugKAN7oCgAl6QoALOkKAHjpCgCA6QoAy+kKAOTpCgAe6goAMuoKAHHqCgB56goAxOoKAMbqCgAX6woAJOsKAGrrCgBv6woAvesKAMfrCgAQ7AoAG+wKAGPsCgBv7AoAtuwKALzsCgAJ7QoAEe0KAFztCgBd7QoAr+0KALXtCgAC7goAB+4KAFXuCgBk7goAqO4KALTuCgD77goA/u4KAE7vCgBR7woA+JwPAKbvCgD07woAEPAKAEudDwBn8AoAmvAKAKLwCgCenQ8A8/AKAEDxCgBM8QoA8Z0PAJnxCgDm8QoA8vEKADagDwA68goAyvUKAEnyCgCM8goAjvIKAN/yCgDp8goAMvMKADTzCgCF8woAlvMKANjzCgDg8woAK/QKADf0CgB+9AoAhPQKANH0CgDX9AoAJPUKACn1CgB39QoAffUKAImgDwDM9QoAHfYKACP2CgBw9goAc/YKAMP2CgDP9goAFvcKAB73CgCCoQ8Ab/cKALz3CgDC9woAD/gKABT4CgBi+AoAaPgKANWhDwC3+AoACPkKABH5CgBb+QoAcvkKAK75CgC5+QoAAfoKAAv6CgBU+goAXPoKAM6iDwC0+goA+voKAAL7CgBN+woAV/sKAKD7CgCr+woA8/sKAPn7CgBG/AoAUvwKAJn8CgCb/AoA7PwKAPP8CgA//QoAR/0KAJL9CgCk/QoAIaMPACD+CgA4/goAQP4KAIv+CgCu/goAGqQPAOD+CgAx/woAPv8KAIT/CgCL/woA1/8KAOj/CgAqAAsANgALAH0ACwCEAAsA0AALANEACwDpIAsA2AALAG2kDwA2AQsAdgELAIUBCwDJAQsA1QELABwCCwAdAgsAbwILAHkCCwDCAgsA0AILABUDCwAaAwsAaAMLAHUDCwDApA8AwwMLABOlDwAWBAsAZqUPAG8ECwC0BAsAwwQLAAcFCwAnBQsAWgULAGYFCwCtBQsAtAULAAAGCwAIBgsAUwYLAFUGCwCmBgsAsAYLAF+mDwADBwsATAcLAFQHCwCypg8AqQcLAPIHCwD6BwsABacPAIEICwCYCAsAoAgLAOsICwAJCQsAWKcPAEwJCwCRCQsAmAkLAJFVDAChCQsA5AkLAPQJCwA3CgsAQwoLAIoKCwCQCgsA3QoLAPkKCwAwCwsAOAsLAKunDwCXCwsA1gsLAOALCwApDAsANQwLAHwMCwCEDAsA/qcPANoMCwAiDQsAJA0LAHUNCwB7DQsAyA0LANANCwBRqA8AHQ4LAG4OCwBxDgsAwQ4LAMkOCwAUDwsAJA8LAGcPCwBpDwsAug8LAMgPCwANEAsAHhALAKSoDwBnEAsA96gPALkQCwAGEQsACxELAFkRCwBfEQsASqkPALkRCwD/EQsACRILAFISCwBUEgsApRILALgSCwD4EgsAABMLAEsTCwBXEwsAnhMLAKQTCwDxEwsA9xMLAEQUCwBJFAsAlxQLAJ0UCwBDqg8A8xQLAD0VCwBKFQsAkBULAJcVCwDjFQsA6xULAJaqDwBCFgsAiRYLAJMWCwDcFgsA6BYLAC8XCwA+FwsAghcLAIwXCwDVFwsA4RcLACgYCwAvGAsA6aoPAH4YCwBWJw0AgRgLAM4YCwCKGAsAAUYMANoYCwAhGQsAKRkLADyrDwCAGQsAxxkLANEZCwAaGgsAJhoLAG0aCwB8GgsAwBoLAMoaCwATGwsAHxsLAGYbCwBtGwsAj6sPAMcbCwAMHAsA2RsLAMQ2DAAjHAsAXxwLAGwcCwCyHAsAtBwLAAUdCwAWHQsAWB0LAHQdCwCrHQsAsx0LAOKrDwAXHgsAUR4LAGUeCwCkHgsArB4LAPceCwD6HgsASh8LAFgfCwCdHwsAtB8LAPAfCwD9HwsAQyALAEUgCwCWIAsApyALADWsDwDvIAsAPCELAEEhCwCPIQsApSELAOIhCwDwIQsANSILADgiCwCIIgsAlCILANsiCwDhIgsALiMLADojCwCBIwsAqiMLANQjCwDgIwsAJyQLADYkCwB6JAsAhCQLAM0kCwDbJAsAICULACUlCwBzJQsAgCULAIisDwDIJQsAGSYLACcmCwBsJgsAeSYLAL8mCwDRJgsA26wPACEnCwBlJwsAcScLALgnCwDRJwsACygLAA0oCwBeKAsAbSgLALEoCwDRKAsABCkLAAwpCwBXKQsAeikLAC6tDwCvKQsA/SkLAAAqCwBQKgsAWioLAKMqCwCrKgsA9ioLAPwqCwBJKwsAVSsLAJwrCwCrKwsA7ysLAPsrCwBCLAsATywLAJUsCwCfLAsA6CwLAPAsCwA7LQsASi0LAI4tCwCQLQsA4S0LAPItCwA0LgsARS4LAIcuCwCPLgsA2i4LAOsuCwAtLwsALy8LAIAvCwCDLwsA0y8LAN0vCwAmMAsASjALAHkwCwCVMAsAga0PANIwCwAfMQsAJDELAHIxCwCBMQsAxTELANExCwAYMgsAGzILAGsyCwBuMgsAvjILAMYyCwARMwsAIDMLAGQzCwBpMwsAtzMLAM0zCwAKNAsACzQLAF00CwBuNAsAsDQLALw0CwADNQsADTULAFY1CwBiNQsAqTULALA1CwDUrQ8AADYLAE82CwBdNgsAojYLAKw2CwD1NgsAADcLAEg3CwBQNwsAmzcLAKc3CwDuNwsAATgLAEE4CwBPOAsAlDgLAJ44CwDnOAsA7zgLADo5CwBJOQsAjTkLAJI5CwDgOQsA5zkLADM6CwA/OgsAJ64PAJI6CwDZOgsA3DoLACw7CwAvOwsAfzsLAJk7CwDSOwsA3jsLACU8CwA4PAsAeDwLAIY8CwDLPAsA1TwLAB49CwBBPQsAeq4PAHs9CwDEPQsA0D0LABc+CwAePgsAaj4LAHI+CwC9PgsAwT4LABA/CwAePwsAYz8LAG0/CwC2PwsAwT8LAAlACwARQAsAXEALAGtACwCvQAsAtEALAAJBCwAJQQsAVUELAGFBCwCoQQsAsEELAM2uDwARQgsA8QUNABRCCwBOQgsAWEILAKFCCwCtQgsA9EILAPdCCwBHQwsAUUMLAJpDCwCdQwsA7UMLAP1DCwBARAsAQkQLAJNECwChRAsA5kQLAPdECwAgrw8AQEULAHOvDwCVRQsA30ULAJZFCwB98gwArEULAMUqDAD4RQsAMkYLADxGCwCFRgsAkUYLANhGCwDbRgsAK0cLADVHCwDGrw8Ag0cLANFHCwDxRwsAJEgLACxICwAZsA8AhUgLAMpICwDgSAsAHUkLAClJCwBwSQsAd0kLAMNJCwDLSQsAFkoLABtKCwBpSgsAckoLALxKCwDGSgsAD0sLABdLCwBiSwsAcEsLALVLCwDCSwsACEwLABBMCwBssA8Aa0wLAK5MCwC2TAsAv7APAAhNCwBUTQsAYE0LAKdNCwCuTQsA+k0LAAJOCwBNTgsAV04LAKBOCwCuTgsA804LAAlPCwBGTwsAUk8LAJlPCwCeTwsA7E8LAPVPCwA/UAsASVALAJJQCwCaUAsA5VALAOpQCwA4UQsASFELAItRCwCTUQsAErEPAOhRCwAxUgsANFILANLhCwA5UgsAZbEPAJJSCwDXUgsA7VILACpTCwA2UwsAfVMLAIRTCwDQUwsA2FMLACNUCwAoVAsAdlQLAH9UCwDJVAsA01QLABxVCwAkVQsAb1ULAHFVCwDIYAsAfVULAMJVCwDPVQsAFVYLAB1WCwC4sQ8AdFYLALtWCwC+VgsADlcLABhXCwALsg8Ab1cLALRXCwDKVwsAB1gLABNYCwBaWAsAYVgLAK1YCwC1WAsAAFkLAAVZCwBTWQsAXFkLAKZZCwCwWQsA+VkLAAFaCwBMWgsATloLAJ9aCwCvWgsA8loLAPxaCwBFWwsAUVsLAJhbCwCeWwsAsbIPAPlbCwA+XAsAVFwLAJFcCwCdXAsA5FwLAOlcCwA3XQsAQF0LAIpdCwCUXQsA3V0LAOVdCwAwXgsAUl4LAASzDwCSXgsA1l4LAOJeCwApXwsAKl8LAHxfCwCGXwsAz18LAN1fCwAiYAsAJ2ALAHVgCwCCYAsAV7MPANhgCwAbYQsAJWELAG5hCwB6YQsAwWELAMdhCwAUYgsAHGILAFC0DwBsYgsAumILAMJiCwANYwsAGWMLAMdsCwAmYwsAYGMLAGxjCwCzYwsAu2MLAKO0DwATZAsAWWQLAGFkCwCsZAsAumQLAP9kCwAMZQsAUmULAFVlCwClZQsAr2ULAPhlCwD6ZQsAS2YLAFhmCwCeZgsArWYLAPFmCwD9ZgsARGcLAExnCwD2tA8Ap2cLAOpnCwDyZwsAPWgLAEloCwCQaAsAlmgLAONoCwDpaAsANmkLADtpCwCJaQsAj2kLAEm1DwDpaQsAL2oLADRqCwCCagsAjGoLANVqCwDdagsAKGsLADRrCwB7awsAjmsLAM5rCwDcawsAIWwLACRsCwB0bAsAfmwLAJy1DwDabAsAGm0LAChtCwBtbQsAcG0LAMBtCwDKbQsA77UPABhuCwBmbgsAIW4LADqMCwBubgsAuW4LAMVuCwAMbwsAEm8LAF9vCwAfbwsA9YkLAGVvCwCybwsAt28LAAVwCwALcAsAQrYPAF5wCwCrcAsAsHALAP5wCwAEcQsAlbYPAF9xCwCkcQsAv3ELAPdxCwADcgsASnILAFFyCwDotg8ApnILAPByCwD9cgsAQ3MLAE9zCwCWcwsAqXMLAOlzCwDqcwsAPHQLAEh0CwCPdAsAnnQLAOJ0CwDsdAsANXULAEF1CwCIdQsAj3ULADu3DwDhdQsALnYLADR2CwCBdgsAhnYLANR2CwDadgsA4bcPADB3CwB6dwsAh3cLAM13CwDRdwsAIHgLACJ4CwBzeAsAgHgLAMZ4CwDQeAsANLgPACB5CwBseQsAdHkLAL95CwDLeQsAEnoLACV6CwBlegsAdHoLALh6CwDEegsAC3sLAAx7CwBeewsAaHsLALF7CwC/ewsABHwLAAl8CwBXfAsAZHwLAIe4DwC2fAsA/XwLAAN9CwBQfQsAVn0LAKN9CwCofQsA9n0LAPx9CwDauA8ATn4LAJx+CwCmfgsAgLkPAPd+CwBCfwsAT38LAJV/CwCafwsA6H8LAPJ/CwA7gAsAQ4ALAI6ACwCagAsA4YALAPSACwA0gQsANYELAIeBCwCTgQsA2oELAOmBCwAtggsAN4ILAICCCwCIggsA04ILANWCCwDTuQ8AL4MLAHmDCwCIgwsAzIMLANuDCwAfhAsAK4QLAHKECwB1hAsAxYQLAMiECwAmug8AGoULAGuFCwBuhQsAvoULAMaFCwARhgsAHoYLAGSGCwBphgsAt4YLAMGGCwAKhwsAEocLAF2HCwBphwsAsIcLAMOHCwADiAsABIgLAFaICwBiiAsAqYgLALiICwD8iAsABokLAE+JCwBbiQsAookLAKmJCwB5ug8ABIoLAEiKCwBUigsAm4oLAJyKCwDuigsA+IoLAEGLCwBPiwsAlIsLAJmLCwDniwsA9IsLAMy6DwBLjAsAH7sPAJqMCwDgjAsA7owLADONCwBEjQsAho0LAKiNCwByuw8A3o0LACyOCwDfjQsAWMMLADSOCwB/jgsAgI4LALaSCwCCjgsAr5MLAISOCwC9kQsAhY4LAPuUCwCGjgsAxJALAI6OCwDSjgsAmI4LAOaXCwDXjgsAJY8LADKPCwB4jwsAhY8LAMuPCwDXjwsAHpALAC2QCwBxkAsAe5ALAMW7DwDSkAsAF5ELABmRCwBqkQsAe5ELABi8DwC+kQsAEJILABySCwBjkgsAcJILAGu8DwDEkgsACZMLABaTCwBckwsAc5MLAL68DwC4kwsAR5YLALmTCwAClAsABJQLAFWUCwBblAsAqJQLALKUCwARvQ8AB5ULAE6VCwBQlQsAoZULALCVCwD0lQsA/5ULAGS9DwBWlgsAmpYLAKmWCwDtlgsA+ZYLAECXCwBMlwsAk5cLAJqXCwC3vQ8A8pcLADmYCwBBmAsACr4PAKWYCwDfmAsA8JgLADKZCwA+mQsAXb4PAIyZCwDYmQsA4JkLACuaCwAsmgsAfpoLAISaCwDRmgsA1poLACSbCwAlmwsAd5sLAIObCwDKmwsA0JsLAB2cCwAnnAsAcJwLAH6cCwCgoQsAhJwLAMOcCwDLnAsAsL4PACadCwBpnQsAcZ0LALydCwDFnQsAD54LAMmdCwCnoAsAHJ4LAGKeCwBpngsAtZ4LAMGeCwAInwsAGJ8LAFufCwBpnwsArp8LALufCwABoAsADaALAFSgCwBboAsAA78PALCgCwD6oAsAC6ELAE2hCwBeoQsAVr8PAKyhCwDzoQsA9qELAEaiCwBOogsAmaILAJ6iCwDsogsA/KILAD+jCwBHowsAkqMLAJujCwDlowsAn6MLAH2mCwDyowsAOKQLAD+kCwCLpAsAl6QLAN6kCwDupAsAMaULAD+lCwCEpQsAkaULANelCwDjpQsAKqYLADGmCwCpvw8AhqYLANCmCwDhpgsAI6cLADSnCwD8vw8Ae6cLAMmnCwDWpwsAHKgLACioCwBvqAsAeagLAMKoCwDWqAsAFakLABapCwBoqQsAdKkLALupCwDaqQsADqoLABaqCwBhqgsAZqoLALSqCwDNqgsAB6sLADCrCwBaqwsAZqsLAK2rCwC8qwsAAKwLAAqsCwBTrAsAW6wLAKasCwCxrAsA+awLAPusCwBMrQsAT60LAJ+tCwCnrQsA8q0LAP+tCwBFrgsASq4LAJiuCwCgrgsA664LAO2uCwA+rwsASK8LAJGvCwCbrwsA5K8LAOqvCwA3sAsARbALAIqwCwCjsAsA3bALAOawCwAwsQsAOrELAIOxCwCPsQsAT8APAOKxCwApsgsAM7ILAHyyCwCHsgsAz7ILANSyCwAiswsAKbMLAHWzCwB9swsAyLMLAPKzCwCiwA8AIrQLAG60CwB2tAsAwbQLAOu0CwAUtQsAGbULAGe1CwBotQsAurULAMS1CwANtgsAG7YLAGC2CwBltgsAs7YLAMC2CwAGtwsAIrcLAFm3CwB1twsA9cAPALm3CwD/twsAA7gLAFK4CwBYuAsApbgLAKe4CwD4uAsA+bgLAEu5CwBuuQsAnrkLAMK5CwDxuQsAG7oLAES6CwBMugsAl7oLAJy6CwDqugsA97oLAD27CwBFuwsAkLsLAJK7CwDjuwsA67sLADa8CwBgvAsAibwLAJa8CwDcvAsA4bwLAC+9CwA8vQsAgr0LAI69CwDVvQsA/70LACi+CwAwvgsAe74LAJa+CwDOvgsA0L4LACG/CwAyvwsAdL8LAH2/CwDHvwsA078LAEjBDwAnwAsAbcALAIjACwDAwAsAxcALABPBCwAzwQsAZsELAHLBCwC5wQsAwcELAJvBDwAawgsAX8ILAGnCCwCywgsAvcILAAXDCwANwwsAQcIPAGHDCwCrwwsAtcMLAP7DCwAJxAsAUcQLAGXECwCkxAsAucQLAPfECwD/xAsASsULAGHFCwCdxQsAosULAPDFCwD6xQsAQ8YLAEvGCwCUwg8AmMYLAOnGCwD6xgsAPMcLAD/HCwCPxwsAm8cLAOfCDwDwxwsANcgLAEbICwA6ww8Ai8gLANvICwDeyAsALskLADrJCwCByQsAh8kLANTJCwDeyQsAjcMPADTKCwB6ygsAkcoLAM3KCwDVygsA4MMPACjLCwAzxA8AfMsLAMbLCwDTywsAGcwLACPMCwBszAsAeswLAL/MCwDVzAsAEs0LAB7NCwBlzQsAcc0LALjNCwDLzQsAC84LABrOCwBezgsAas4LALHOCwCyzgsABM8LAA7PCwBXzwsAZc8LAKrPCwCvzwsA/c8LAArQCwCGxA8AXtALAKPQCwC50AsA9tALAALRCwBJ0QsAUNELAJzRCwCk0QsA79ELAPTRCwBC0gsAS9ILAJXSCwCf0gsA6NILAPDSCwA70wsAP9MLAI7TCwCQ0wsA4dMLAO/TCwA01AsAPtQLAIfUCwCV1AsA2tQLAOfUCwAt1QsARNULAIDVCwCI1QsA09ULAOPVCwAm1gsAK9YLAHnWCwB/1gsAzNYLANTWCwAf1wsAJNcLAHLXCwBz1wsAxdcLANHXCwAY2AsAHtgLAGvYCwBt2AsAvtgLAMjYCwAR2QsAH9kLAGTZCwBp2QsAt9kLAMTZCwB/xQ8AIdoLAF3aCwBj2gsAsNoLALzaCwAD2wsAGtsLAFbbCwBY2wsAqdsLALPbCwD82wsACNwLAE/cCwBb3AsAotwLAKjcCwD13AsA+9wLAEjdCwBN3QsAm90LAKHdCwDSxQ8A8d0LANWvDQD53QsAQd4LAELeCwCU3gsAnt4LAOfeCwAX3wsAJcYPAD3fCwCN3wsAl98LAHjGDwDp3wsAM+ALAEngCwCG4AsAnOALANngCwDb4AsALOELADLhCwB/4QsAk+ELAB7HDwDa4QsAJeILAO7hCwBxGhAAK+ILADPZDAA14gsAeOILAD7iCwDfNw0AeuILAMviCwDZ4gsAHuMLAC/jCwBxxw8AeOMLAMTHDwDN4wsAGrkMANDjCwAX5AsAGuQLAGrkCwBz5AsAveQLAM7kCwAQ5QsAGuULAGPlCwBr5QsAtuULAH/lCwCeBQ0AueULAAnmCwAS5gsAXOYLAHLmCwCv5gsAxeYLAALnCwAE5wsAVecLAFvnCwCo5wsAvOcLABfIDwAm6AsATugLAHnoCwBqyA8Ap+gLAEymDACt6AsAQOoLAK7oCwDrpwwAsOgLAPKmDACx6AsA9OgLAPboCwBH6QsAVekLAJrpCwCr6QsAvcgPAPXpCwAQyQ8ARuoLAJPqCwCZ6gsA5uoLAOvqCwA56wsAP+sLAGPJDwCY6wsA3+sLAOfrCwAJyg8APuwLAIXsCwCP7AsA2OwLAOHsCwAr7QsALO0LAH7tCwCG7QsA0e0LANbtCwAk7gsANO4LAK/KDwCD7gsAyu4LAMzuCwAd7wsAI+8LAHDvCwB37wsAw+8LAMjvCwAW8AsAGvALAGnwCwB28AsAvPALAMTwCwAP8QsAFPELAGLxCwBy8QsAAssPAMbxCwAI8gsAFPILAFvyCwBq8gsArvILALjyCwAB8wsAD/MLAFTzCwBh8wsAp/MLAL7zCwBVyw8A/fMLAPvLDwBQ9AsAoPQLAFT0CwCS2g8AqPQLAPP0CwAe9QsARvULAHH1CwCZ9QsAxPULAE7MDwD19QsAP/YLAED2CwCS9gsAofYLAOX2CwCo9gsAhPgLAPb2CwA49wsAOvcLAIv3CwCO9wsA3vcLAOH3CwAx+AsAOfgLAEfNDwCJ+AsA1/gLAN74CwAq+QsAM/kLAH35CwCO+QsA0PkLANz5CwAj+gsAK/oLAJrNDwB8+gsAyfoLAND6CwAc+wsAIfsLAG/7CwBz+wsAwvsLAM/7CwAV/AsAJPwLAGj8CwB5/AsAu/wLAL38CwAO/QsAEf0LAGH9CwBk/QsAtP0LALz9CwDtzQ8ADP4LABEsDAAS/gsAerwNABP+CwBa/gsAXf4LAK3+CwC3/gsAQM4PAAn/CwBT/wsAYv8LAKb/CwC1/wsA+f8LAAUADABMAAwATwAMAJ8ADACiAAwAk84PAPUADABFAQwAcAEMAObODwCgAQwAOc8PAPMBDACMzw8ARgIMAN/PDwCWAgwA5AIMAPECDAA3AwwAOgMMAIoDDACPAwwA3QMMAO4DDAAwBAwAPAQMADLQDwCIBAwA1gQMAOcEDAApBQwANQUMAHwFDACWBQwAzwUMANMFDADBBwwA1gUMAAYKDADZBQwAUgsMANsFDAC6CAwA3QUMAMgGDADgBQwAIgYMACcGDAB1BgwAjAYMAIXQDwDVBgwAGwcMACsHDABuBwwAcwcMANjQDwDDBwwAFAgMABoIDABnCAwAdAgMACvRDwDACAwADQkMABMJDABgCQwAZQkMALMJDAC5CQwAftEPABIKDABZCgwAcgoMAKwKDAC1CgwA/woMABYLDADR0Q8AWAsMAKULDACnCwwA+AsMAAcMDABLDAwAVwwMACTSDwCgDAwA8QwMAAINDABEDQwAUg0MAJcNDACeDQwA6g0MAOwNDAA9DgwARw4MAJAODACeDgwA4w4MAOgODAA2DwwAQw8MAIkPDACRDwwA3A8MAOAPDAAvEAwAMRAMAIIQDACIEAwA1RAMAOIQDAB30g8ANREMAHsRDACSEQwAzhEMAOoRDADK0g8ALRIMAHQSDAB1EgwAxxIMAM0SDAAaEwwAJhMMAG0TDAB8EwwAwBMMAMITDAATFAwAHRQMAGYUDAB0FAwAuRQMAL4UDAAMFQwAGRUMAF8VDABnFQwAshUMALYVDAAFFgwABxYMAFgWDABeFgwAqxYMALgWDAAd0w8ACxcMAFEXDABoFwwApBcMAMAXDABw0w8AABgMAEoYDABYGAwAnRgMAKcYDADwGAwA/BgMAEMZDABGGQwAlhkMALIZDADpGQwA8RkMAMPTDwBIGgwAjxoMAJIaDADiGgwA7BoMALzUDwA+GwwAiBsMAJYbDADbGwwA5RsMAC4cDAA6HAwAgRwMAIkcDABi1Q8A1hwMACcdDAA1HQwAeh0MAIsdDAC11Q8A1B0MAAjWDwAlHgwAcx4MAHseDADGHgwAzB4MABkfDAAiHwwAbB8MAHkfDACu1g8AxB8MABIgDADLHwwAsSEMABsgDABlIAwAbyAMALggDADAIAwACyEMAEshDABeIQwAZiEMAAHXDwC3IQwABCIMAAoiDABXIgwAXyIMAKoiDADqIgwA/SIMAAUjDABU1w8AWCMMAKfXDwCsIwwA9iMMAAQkDABJJAwAUyQMAJwkDACoJAwA7yQMAPIkDABCJQwASiUMAE3YDwChJQwA6CUMAOslDAA7JgwARSYMAKDYDwCWJgwA89gPAO8mDAA0JwwARScMAIcnDACTJwwA2icMAN0nDABG2Q8AbygMAIAoDADCKAwAmdkPAOMoDAAmKQwAKCkMAHkpDACHKQwAzCkMAN0pDADs2Q8AOyoMAHIqDAB6KgwAP9oPANMqDAAYKwwAGSsMAOXaDwB3KwwAvisMAMUrDAA42w8AGCwMAGQsDABpLAwAi9sPAL8sDADe2w8AEi0MAF0tDABNLQwAyEsOAF4tDAADgQwAYC0MAPWCDABmLQwAsC0MAGctDAC3fwwAbS0MAPyBDAC9LQwAAy4MAA4uDABWLgwAWC4MAKkuDAC2LgwA/C4MAAMvDABPLwwAYC8MAKIvDACuLwwA9S8MAPwvDABIMAwAUDAMADHcDwChMAwA7jAMAPQwDABBMQwARjEMAJQxDACaMQwAhNwPAPMxDAA6MgwARDIMAI0yDACRMgwA4DIMAOwyDAAzMwwAPzMMAIYzDACTMwwA2TMMAOEzDAAsNAwANjQMAH80DACLNAwA0jQMANU0DAAlNQwALzUMACrdDwB6NQwAyzUMAM41DAAeNgwAITYMANDdDwB5NgwAI94PANI2DAAXNwwAGDcMAHbeDwByNwwAyd4PAMI3DAAQOAwAFzgMAGM4DABoOAwAHN8PAL44DABv3w8AETkMAFw5DABmOQwArzkMALo5DAACOgwAEDoMAFU6DABYOgwAqDoMALA6DAD7OgwABTsMAE47DABaOwwAoTsMAKQ7DAD0OwwA/jsMAMLfDwBVPAwAmjwMALA8DADtPAwA+TwMAEA9DABHPQwAkz0MAJs9DADmPQwA6z0MADk+DABCPgwAjD4MAJY+DADfPgwA5z4MADI/DAA0PwwAhT8MAJU/DADYPwwA4j8MACtADAA3QAwAfkAMAIRADADRQAwA2UAMAGjgDwAyQQwAd0EMAHhBDAC74A8Az0EMAA7hDwAfQgwAcEIMAHFCDADDQgwAxkIMABZDDAAhQwwAaUMMAG5DDAC8QwwAxkMMAGHhDwAzRAwAYkQMAGpEDAC04Q8At0QMAAhFDAAZRQwAW0UMAGxFDACuRQwAsUUMAAfiDwAHRgwAVEYMAFlGDACnRgwAqkYMAPpGDAD9RgwATUcMAFVHDABa4g8ArkcMAPNHDAD2RwwARkgMAFFIDACZSAwApUgMAOxIDADzSAwAP0kMAEdJDACSSQwAoEkMAOVJDADySQwAOEoMAEBKDACt4g8Al0oMAN5KDADhSgwAMUsMADtLDACESwwAjEsMAADjDwDjSwwAKkwMADBMDAB9TAwAh0wMANBMDADkTAwAI00MACtNDABT4w8Ag00MAMlNDADRTQwAHE4MAB9ODABvTgwAe04MAMJODADMTgwAFU8MAB5PDABoTwwAaU8MALtPDADTTwwADlAMABBQDABhUAwAclAMALRQDADFUAwAB1EMAA9RDABaUQwAaVEMAK1RDACvUQwAAFIMABFSDABTUgwAZFIMAKZSDAC/UgwA+VIMAPtSDABMUwwAW1MMAJ9TDAC/UwwA+eMPADdUDABFVAwAilQMAEzkDwCaVAwA61QMAAtVDAA+VQwAUlUMAJ/kDwCZVQwA5FUMAPFVDAA3VgwAPFYMAIpWDACUVgwA3VYMAOVWDAAwVwwANlcMAINXDACMVwwA1lcMAONXDADy5A8ANVgMAHxYDACCWAwAz1gMANVYDAAiWQwAK1kMAHVZDAB2WQwAyFkMANJZDAAbWgwAJ1oMAG5aDAB1WgwAReUPAMlaDACY5Q8AHFsMAOvlDwBvWwwAPuYPAMZbDAANXAwAHVwMAGBcDABlXAwAs1wMALlcDAAGXQwAEl0MAFldDABhXQwAkeYPAL1dDAD/XQwAEF4MAFJeDABkXgwApV4MAK1eDAD4XgwAA18MAEtfDABQXwwAnl8MAKNfDADxXwwAEWAMAOTmDwBUYAwAl2AMAKFgDADqYAwA9mAMAD1hDABDYQwAkGEMAJhhDADjYQwA5WEMADZiDADvYQwAuWcMAEdiDACJYgwAmmIMANxiDADuYgwAL2MMADdjDACCYwwAjWMMANVjDADaYwwAKGQMAC1kDAB7ZAwAm2QMADfnDwDQZAwAIWUMADBlDAB0ZQwAf2UMAMdlDADZZQwAGmYMACJmDABtZgwAeGYMAMBmDADFZgwAE2cMABhnDABmZwwAhmcMAIrnDwC7ZwwADGgMABtoDABfaAwAamgMALJoDADEaAwABWkMAA1pDABYaQwAY2kMAKtpDACwaQwA/mkMAANqDABRagwAcWoMAN3nDwCxagwA92oMAA5rDAAw6A8AV2sMAJ1rDAC0awwAg+gPAP1rDABDbAwASmwMAJZsDACkbAwA6WwMAPZsDAA8bQwAU20MANboDwCXbQwAKekPAORtDAA1bgwAQ24MAIhuDACZbgwAfOkPAOhuDAAubwwARW8MAM/pDwCLbwwA1G8MAOBvDAAncAwAKnAMAHpwDACEcAwAIuoPAOlwDAB16g8AKHEMAMjqDwB7cQwAxnEMAMdxDABXdQwAyXEMAGVzDADNcQwAJnwMANBxDAAZcgwA1XEMAEl3DADWcQwAUHYMAB5yDACAewwAJXIMAGxyDABvcgwAv3IMAMlyDAAb6w8AGnMMAG7rDwBucwwAuHMMAIVzDAA0egwAxnMMAAt0DAAVdAwAXnQMAGp0DACxdAwAtHQMAAR1DAAMdQwAwesPAFl1DACqdQwArXUMAP11DAAAdgwAFOwPAFJ2DACjdgwAsXYMAPZ2DAAHdwwAuuwPAEt3DACcdwwAqXcMAO93DAD+dwwAQngMAE54DACVeAwApngMAOh4DAD5eAwAO3kMAEd5DACOeQwAlXkMAOF5DADpeQwAYO0PAEJ6DACHegwAiHoMALPtDwDmegwALXsMADR7DAAG7g8Ah3sMANN7DADYewwArO4PAC98DAB5fAwAf3wMAMx8DADOfAwAH30MACl9DAByfQwAgH0MAMV9DADKfQwAGH4MACV+DABrfgwAg34MAL5+DADUfgwAEX8MABR/DABkfwwAbH8MAFLvDwDDfwwACoAMAA2ADABdgAwAZ4AMAKXvDwC4gAwA+O8PAAWBDABWgQwAWYEMAKmBDACsgQwAS/APAP6BDABPggwAXYIMAKKCDACzggwA8fAPAP6CDABIgwwAVoMMAJuDDABhgwwABBQOAKWDDADugwwA+oMMAEGEDABEhAwAlIQMAJyEDACX8Q8AAYUMAOrxDwBUhQwAjYUMAKeFDAA98g8A5YUMABeKDADuhQwAvYoMAPCFDAAzhgwANYYMAIaGDACUhgwA2YYMAOqGDACQ8g8AM4cMAOPyDwCFhwwA0ocMANiHDAAliAwAKogMAHiIDAB+iAwANvMPANGIDAAeiQwAI4kMAHGJDACHiQwAxIkMAMyJDADc8w8AN4oMAGqKDAByigwAL/QPANSKDAAQiwwAHYsMAGOLDABoiwwAtosMALyLDAAJjAwAFYwMAFyMDABjjAwAr4wMALeMDAACjQwAJY0MANX0DwBijQwAqI0MALeNDAD7jQwA/Y0MAE6ODABXjgwAoY4MALiODAD0jgwA/44MAEePDABRjwwAmo8MAKKPDAB79Q8A848MAECQDABGkAwAk5AMAJiQDADmkAwA7JAMAM71DwBbkQwAjJEMAJSRDAB09g8A6JEMADKSDAAzkgwAhZIMAI2SDADYkgwA45IMACuTDAAwkwwAfpMMAIOTDADRkwwA8ZMMAMf2DwAqlAwAd5QMAH6UDADKlAwAz5QMAB2VDAAhlQwAcJUMAH2VDADDlQwAy5UMABaWDAAhlgwAaZYMAG6WDAC8lgwAwZYMAA+XDAAvlwwAGvcPAHGXDAC1lwwAwJcMAAiYDAAQmAwAW5gMAF6YDACumAwAZZgMAJmbDAC6mAwAAZkMAAuZDABUmQwAXZkMAKeZDAComQwA+pkMAAKaDABNmgwAWJoMAKCaDAClmgwA85oMAPiaDABGmwwAZpsMAG33DwClmwwA7JsMAO6bDAA/nAwARZwMAJKcDACZnAwA5ZwMAOqcDAA4nQwAPJ0MAIudDACYnQwA3p0MAOadDAAxngwAPJ4MAISeDACJngwA154MANyeDAAqnwwASp8MAMD3DwCFnwwAE/gPANqfDAAjoAwALKAMAHagDAB8oAwAyaAMANWgDAAcoQwAOqEMAG+hDABwoQwAwqEMAMShDAAVogwAIqIMAGiiDAB2ogwAu6IMAMqiDAAOowwAKqMMAGGjDABpowwAufgPAMejDAAHpAwACKQMAFqkDABmpAwAraQMALykDAAApQwACqUMAFOlDABfpQwApqUMAK2lDAAM+Q8AAaYMAF/5DwBVpgwAn6YMAKymDACy+Q8A96YMAEWnDABSpwwAmKcMAKKnDAAF+g8A7acMAD6oDABUqAwAkagMAJ2oDABY+g8A7KgMAMa9DQACqQwAN6kMAFWpDACKqQwAkqkMAN2pDACsqQwAFuINAN6pDAB8qwwA4KkMAMisDADpqQwAaeINAO2pDAAwqgwAMqoMAIOqDACRqgwA1qoMAOeqDACr+g8AMasMAP76DwB+qwwAz6sMANKrDAAirAwAJawMAFH7DwB9rAwApPsPANKsDABgAg0A6KwMAButDAAprQwAbq0MAG+tDAD3+w8Aya0MAEr8DwA3rgwAnfwPAHSuDAC6rgwAyK4MAA2vDAAXrwwAYK8MAGivDACzrwwAtK8MAJC0DADOrwwAS7IMANyvDAAGsAwAD7AMAFmwDABasAwArLAMALqwDAD/sAwACbEMAFKxDABesQwApbEMAKuxDAD4sQwAFLIMAPD8DwBZsgwAnrIMAKuyDADxsgwA+7IMAESzDABGswwAl7MMAK6zDADqswwA9rMMAD20DABZtAwAQ/0PAKG0DADjtAwA5bQMADa1DABAtQwAibUMAJm1DADctQwA4bUMAC+2DAA1tgwAgrYMAJi2DADVtgwA3bYMACi3DAArtwwAe7cMAIS3DADOtwwA3LcMACG4DAAruAwAdLgMAIC4DADHuAwA47gMAJb9DwAnuQwAbbkMAHW5DADAuQwAw7kMAP4PDQDQuQwAE7oMABW6DAAFDw0AIboMAGa6DABzugwAuboMAMe6DAAMuwwAD7sMAF+7DABquwwAsrsMAL67DAAFvAwADLwMAFi8DABgvAwAq7wMAK28DAD+vAwADr0MAFG9DABbvQwApL0MALC9DAD3vQwA/b0MAEq+DABSvgwA6f0PAJ++DADwvgwA/r4MAEO/DABQvwwAlr8MAKK/DADpvwwA778MADzADAA/wAwAj8AMAJfADADiwAwA5MAMAL/FDADlwAwAgcIMAPLADAA1wQwAN8EMAEnKDAA6wQwAiMEMAJHBDADbwQwA6MEMAC7CDAA1wgwAPP4PAIrCDACxxwwAi8IMACDEDAChwgwA1MIMAOLCDAAnwwwAKMMMAI/+DwCGwwwAzcMMANTDDADi/g8AIsQMAHPEDAB5xAwAxsQMANDEDAAZxQwAJcUMAGzFDABzxQwANf8PANjFDAASxgwAF8YMAGXGDABrxgwAuMYMAMLGDAALxwwAF8cMAF7HDABlxwwAiP8PAMDHDAAEyAwAE8gMAFfIDABjyAwAqsgMAK3IDAD9yAwAAMkMAFDJDABgyQwAo8kMAKzJDAD2yQwAB8oMANv/DwBXygwAnMoMAK3KDAAuABAA9soMAIEAEABKywwAlcsMAJfLDABy0AwAmMsMADTNDAClywwA6MsMAOrLDAD81AwA7csMADvMDABEzAwAjswMAJvMDADhzAwA6MwMANQAEAA9zQwAZNIMAD7NDADTzgwAVM0MAIfNDACVzQwA2s0MANvNDAAnARAAOc4MAIDODACHzgwAegEQANXODAAmzwwALM8MAHnPDACDzwwAzM8MANjPDAAf0AwAJtAMAM0BEACL0AwAxdAMAMrQDAAY0QwAHtEMAGvRDAB10QwAvtEMAMrRDAAR0gwAGNIMACACEABz0gwAt9IMAMbSDAAK0wwAFtMMAF3TDABg0wwAsNMMALPTDAAD1AwAE9QMAFbUDABf1AwAqdQMALrUDABzAhAACtUMAE/VDABg1QwAxgIQAKnVDAAZAxAA/dUMAEjWDAB/1gwAm9YMAKPWDADu1gwA/tYMAEHXDABD1wwAlNcMAKLXDADn1wwA+NcMAGwDEABA2AwAjdgMAJnYDAC/AxAADNkMAGUEEAA82QwAhtkMAJPZDADZ2QwA9dkMACzaDAA02gwAuAQQAJDaDADS2gwA1NoMACXbDAAm2wwAeNsMAHvbDADL2wwA19sMAB7cDAAl3AwAcdwMAI3cDADE3AwAzNwMAF4FEAAk3QwAat0MAHrdDAC93QwAwt0MABDeDABA3gwAsQUQAGneDAAEBhAAvt4MAAnfDAAK3wwAHegMAA/fDAC4ZQ4AE98MAFzfDAAV3wwAk+MMABnfDAD04QwAJ98MAFvrDABh3wwAQ14OAGffDABmWQ4AaN8MAK/fDACy3wwAAuAMAAzgDABXBhAAXeAMAKjgDACu4AwA++AMAAThDABO4QwAW+EMAKHhDAC94QwAqgYQAPbhDABH4gwA+eEMAElpDgBV4gwAmuIMAKviDAD9BhAA8+IMAEDjDABM4wwAUAcQAJnjDADm4wwA7OMMADnkDAA+5AwAjOQMAJLkDABJCBAA5uQMAEIJEAA35QwAheUMAI3lDADY5QwA5OUMACvmDAA+5gwAfuYMAIrmDADR5gwA4OYMACTnDAAt5wwAd+cMAIHnDADK5wwA1ucMAOgJEAAu6AwAcOgMAHzoDADD6AwAxegMABbpDAAZ6QwAaekMAHXpDAC86QwAxOkMADsKEAAb6gwAYuoMAHLqDAC16gwAweoMAAjrDAAO6wwAjgoQAH3rDACu6wwAtusMAAHsDAAp7AwAVOwMAF/sDACn7AwAs+wMAPrsDAAL7QwATe0MAE7tDADhChAApu0MAPPtDAAA7gwANAsQAFPuDACZ7gwAsO4MAOzuDAAc7wwAP+8MAEfvDACS7wwAnO8MAOXvDADx7wwAOPAMADvwDACL8AwAlfAMAIcLEADm8AwAMfEMADfxDACE8QwAjfEMANfxDADk8QwAKvIMAEbyDADaCxAAf/IMANDyDACE8gwAyP8MAN3yDAAj8wwAKvMMAHbzDAB48wwAyfMMAM/zDAAc9AwAI/QMAG/0DACH9AwAwvQMAMf0DAAV9QwAzvQMALv1DAAe9QwAaPUMAHL1DAAtDBAAwfUMAA72DAAU9gwAYfYMAGb2DAC09gwAuvYMAIAMEAAI9wwAWvcMAGv3DACt9wwAufcMAAD4DAAK+AwAU/gMAF/4DACm+AwArfgMANMMEAD7+AwATPkMAAT5DAD1dA4AT/kMAJ/5DAC/+QwA8vkMAPr5DAAmDRAAVvoMAJj6DACf+gwA6/oMAPP6DAA++wwAQfsMAN38DABO+wwAkfsMAJP7DADk+wwA8vsMADf8DABI/AwAeQ0QAJH8DADMDRAA5vwMADD9DAA//QwAg/0MAJL9DADW/QwA4v0MACn+DAAs/gwAfP4MAH/+DADP/gwA3/4MACL/DAAr/wwAdf8MAIb/DAAfDhAAzf8MABsADQAkAA0AbgANAHgADQDBAA0AyQANABQBDQAyAQ0AZwENAIUBDQC6AQ0A2AENAA0CDQArAg0Acg4QAGcCDQCzAg0AuAINAAYDDQC/Ag0A/wMNAA8DDQBZAw0AYwMNAKwDDQDIAw0AxQ4QAAUEDQBSBA0AWAQNAKUEDQDBBA0AGA8QACAFDQC+DxAAcwUNABEQEACmBQ0AChEQAAcGDQBEBg0ARgYNAJcGDQCdBg0A6gYNAP4GDQA9Bw0ARQcNAJAHDQC4Bw0AXREQAOwHDQA2CA0AQwgNAIkIDQCXCA0A3AgNAOYIDQAvCQ0ASQkNAIIJDQCPCQ0A1QkNAOEJDQAoCg0AMgoNAHsKDQCDCg0AsBEQANUKDQAhCw0AKQsNAAMSEABNCw0A/BIQAIALDQDHCw0AzgsNABoMDQAiDA0AVhIQAG8MDQDADA0A0QwNABMNDQAbDQ0AZg0NAHANDQC5DQ0AxQ0NAAwODQAPDg0AXw4NAGkODQBPExAAzg4NAKITEAATDw0AWA8NAGkPDQD1ExAAsg8NAEgUEAAHEA0AURANAGAQDQCkEA0AsxANAPcQDQADEQ0AShENAE0RDQCdEQ0AoBENAPARDQAAEg0AQxINAEwSDQCWEg0ApxINAJsUEAD1Eg0APBMNAEQTDQDuFBAAkRMNAOITDQCbEw0AiBQNAOUTDQA1FA0APRQNAEEVEACOFA0A2xQNAOcUDQAuFQ0ANhUNAJQVEACNFQ0A1BUNANcVDQAnFg0AMRYNAOcVEAB/Fg0AzRYNAOMWDQAgFw0AIRcNAHMXDQCEFw0AxhcNANIXDQAZGA0AIxgNAGwYDQB4GA0AOhYQAMsYDQASGQ0AFRkNAGUZDQBvGQ0A4BYQALsZDQALGg0ADhoNAF4aDQBqGg0AsRoNALcaDQAEGw0ADhsNADMXEABcGw0AqhsNALcbDQD9Gw0AABwNAFAcDQBsHA0AoxwNAKscDQCGFxAA/hwNANkXEABRHQ0ALBgQAJ8dDQDvHQ0Asx0NAO3bDQAPHg0AQh4NAFYeDQB/GBAAoh4NANIYEADpHg0AOx8NAEEfDQCOHw0Amh8NAOEfDQDwHw0ANCANADYgDQCHIA0AkSANANogDQDmIA0ALSENADQhDQAlGRAAjCENAHgZEADbIQ0AyxkQAGsiDQB5Ig0AviINAMwiDQARIw0AHyMNAGQjDQByIw0AtyMNAMUjDQAKJA0AGCQNAF0kDQAeGhAAbSQNAL4kDQDMJA0AESUNACIlDQDEGhAAaiUNALclDQDDJQ0AFxsQABAmDQBdJg0AYyYNALAmDQC1Jg0AAycNAAknDQC9GxAAWScNAKknDQC1Jw0A/CcNAAIoDQBPKA0AWSgNAGMcEACnKA0A9SgNAAIpDQBIKQ0ASykNAJspDQCwKQ0A7ikNAPYpDQC2HBAASSoNAJQqDQCgKg0A5yoNAO0qDQA6Kw0AQCsNAI0rDQCSKw0A4CsNAOYrDQCoHhAAQiwNAIYsDQCVLA0A2SwNAOIsDQAsLQ0AMi0NAH8tDQCFLQ0A0i0NAN4tDQAlLg0ALC4NAHguDQCALg0ATh8QANUuDQAeLw0AKS8NAHEvDQB9Lw0AxC8NAMovDQAXMA0AHzANAGowDQB2MA0AvTANAMMwDQAQMQ0AFjENAGMxDQBoMQ0AtjENALwxDQChHxAAEDINAFwyDQBqMg0ArzINALwyDQACMw0AGTMNAFUzDQBxMw0AqDMNALAzDQD0HxAADjQNAE40DQBQNA0AoTQNALc0DQD0NA0A9TQNAEc1DQBYNQ0AmjUNAKY1DQBHIBAACTYNAJogEABCNg0AkzYNAKk2DQDmNg0A5zYNADk3DQBKNw0AjDcNAJg3DQDtIBAA5DcNADI4DQA4OA0AhTgNAKU4DQDYOA0A5DgNACs5DQAyOQ0AQCEQAIQ5DQDROQ0A1jkNACQ6DQAqOg0AkyEQAIs6DQDKOg0AyzoNAB07DQApOw0AcDsNAIw7DQDDOw0AyzsNAIwiEAAiPA0AaTwNAIU8DQC8PA0AxDwNADIjEAAbPQ0AYj0NAGg9DQC1PQ0Auz0NAAg+DQAgPg0AWz4NAGU+DQCuPg0Auj4NAAE/DQAEPw0AVD8NAF4/DQCnPw0Avz8NAPo/DQAKQA0ATUANAE9ADQCgQA0ArkANAPNADQAEQQ0AhSMQAExBDQCZQQ0ApUENANgjEAD0QQ0AfiQQAEtCDQCSQg0AlUINAOVCDQDvQg0A0SQQADpDDQCLQw0AmUMNAN5DDQDvQw0AdyUQADhEDQDKJRAAjEQNAB0mEADfRA0AFicQACxFDQB9RQ0AikUNANBFDQDfRQ0AI0YNAClGDQB2Rg0AgkYNAMlGDQDLRg0AHEcNACZHDQBvRw0AfUcNAMJHDQDHRw0AFUgNACJIDQBoSA0AdEgNALtIDQDOSA0ADkkNAB1JDQBhSQ0AbUkNALRJDQC1SQ0AB0oNABFKDQBaSg0AaEoNAK1KDQCySg0AAEsNAA1LDQBpJxAAXUsNAKZLDQC0Sw0A+UsNAPxLDQBMTA0AXEwNAJ9MDQCtTA0A8kwNAP5MDQBFTQ0ATE0NAJhNDQCfTQ0A600NAPdNDQA+Tg0AP04NAJFODQCdTg0A5E4NAPFODQA3Tw0APk8NAIpPDQCWTw0A3U8NAOpPDQAwUA0AP1ANAINQDQCXUA0A1lANAOJQDQApUQ0APFENAHxRDQCLUQ0Az1ENANtRDQAiUg0AI1INAHVSDQB/Ug0AyFINANZSDQAbUw0AIFMNAG5TDQB7Uw0AvCcQAMJTDQAUVA0AJVQNAGdUDQB1VA0AulQNAMlUDQANVQ0AD1UNAGBVDQBqVQ0As1UNAMFVDQAGVg0AC1YNAFlWDQBmVg0ArFYNALtWDQD/Vg0ABFcNAFJXDQBfVw0ApVcNAK9XDQD4Vw0ABFgNAEtYDQBeWA0AnlgNAKhYDQDxWA0A/VgNAERZDQBXWQ0Al1kNAKZZDQDqWQ0A9lkNAD1aDQA+Wg0AkFoNAJpaDQDjWg0A8VoNADZbDQA7Ww0AiVsNAJZbDQAPKBAA4VsNAC9cDQA8XA0AglwNAIxcDQDVXA0A21wNAChdDQAqXQ0Ae10NAIhdDQDOXQ0A0V0NACFeDQAvXg0AdF4NAIBeDQDHXg0A1F4NABpfDQAkXw0AbV8NAHxfDQDAXw0AxV8NABNgDQAgYA0AZmANAHNgDQC5YA0AxWANAAxhDQAbYQ0AX2ENAGlhDQCyYQ0AwGENAAViDQAKYg0AWGINAGViDQCrYg0At2INAP5iDQARYw0AUWMNAGBjDQCkYw0AsGMNAPdjDQD4Yw0ASmQNAFRkDQCdZA0Aq2QNAPBkDQD1ZA0AQ2UNAFBlDQBiKBAAqWUNAOllDQD4ZQ0APGYNAEhmDQCPZg0AkGYNAOJmDQDsZg0ANWcNAENnDQCIZw0AjWcNANtnDQDoZw0AtSgQAEFoDQCBaA0AkGgNANRoDQDgaA0AJ2kNAChpDQB6aQ0AhGkNAM1pDQDbaQ0AIGoNACVqDQBzag0AgGoNAAgpEADIag0AGWsNACdrDQBsaw0AeWsNAL9rDQDLaw0AEmwNABhsDQBlbA0AdmwNALhsDQC6bA0AC20NABRtDQBebQ0Aa20NALFtDQDAbQ0ABG4NAA9uDQBXbg0AY24NAKpuDQC9bg0A/W4NAAxvDQBQbw0AXG8NAKNvDQCkbw0A9m8NAABwDQBJcA0AV3ANAJxwDQChcA0A73ANAPxwDQBbKRAAT3ENAJVxDQCjcQ0A6HENAPJxDQA7cg0ASXINAI5yDQCQcg0A4XINAPJyDQA0cw0AQnMNAIdzDQC2cw0A2nMNANxzDQAtdA0AN3QNAIB0DQCOdA0A03QNANh0DQAmdQ0AM3UNAHl1DQCFdQ0AzHUNAN91DQAfdg0ALnYNAHJ2DQB+dg0AxXYNAMZ2DQAYdw0AIncNAGt3DQB5dw0AvncNAMN3DQAReA0AHngNAK4pEABmeA0At3gNALl4DQAKeQ0AGXkNAF15DQBseQ0AsHkNALx5DQADeg0ABnoNAFZ6DQBZeg0AqXoNAK96DQD8eg0ACHsNAE97DQBSew0AonsNAKd7DQD1ew0A/nsNAEh8DQBOfA0Am3wNAKp8DQDufA0A+nwNAEF9DQBRfQ0AlH0NAJZ9DQDnfQ0A9X0NADp+DQBLfg0AASoQAJN+DQDgfg0A7H4NAFQqEABGfw0Ahn8NAJV/DQDZfw0A5X8NACyADQAtgA0Af4ANAImADQDSgA0A4IANACWBDQAqgQ0AeIENAIWBDQCnKhAA14ENAB6CDQAogg0AcYINAJqCDQDEgg0Ay4INABeDDQAwgw0AaoMNAHmDDQC9gw0AzIMNABCEDQAVhA0AY4QNAHCEDQC2hA0Aw4QNAAmFDQAVhQ0AXIUNAGuFDQCvhQ0AuYUNAAKGDQAQhg0AVYYNAFqGDQCohg0AtYYNAPuGDQAHhw0ATocNAGGHDQChhw0AsIcNAPSHDQAAiA0AR4gNAEiIDQCaiA0ApIgNAO2IDQD7iA0AQIkNAEWJDQCTiQ0AoIkNAPoqEAD3iQ0AOYoNAEqKDQCMig0AmIoNAN+KDQD2ig0AMosNADSLDQCFiw0AlosNANiLDQDbiw0AK4wNADWMDQB+jA0AgIwNANGMDQDbjA0AJI0NADCNDQB3jQ0Ag40NAMqNDQDdjQ0AHY4NACyODQBwjg0AfI4NAMOODQDEjg0AFo8NACCPDQBpjw0Ad48NALyPDQDBjw0AD5ANAByQDQBNKxAAZJANALWQDQC/kA0ACJENABCRDQCgKxAAbpENAK6RDQC6kQ0AAZINABCSDQBUkg0AXZINAKeSDQCxkg0A+pINAAiTDQBNkw0AUpMNAKCTDQCtkw0A85MNAP+TDQBGlA0AWZQNAJmUDQColA0A7JQNAPiUDQA/lQ0AQJUNAJKVDQCclQ0A5ZUNAPOVDQA4lg0APZYNAIuWDQCYlg0A8ysQAOCWDQAxlw0AO5cNAISXDQCMlw0ARiwQANyXDQAqmA0AQJgNAH2YDQB+mA0A0JgNAOGYDQAjmQ0AL5kNAHaZDQCAmQ0AyZkNANeZDQAcmg0AIZoNAG+aDQB8mg0AwpoNAM6aDQAVmw0AKJsNAGibDQB3mw0Au5sNAMebDQAOnA0AD5wNAGGcDQBrnA0AtJwNAMKcDQAHnQ0ADJ0NAFqdDQBnnQ0AmSwQAK+dDQAAng0ACp4NAFOeDQBbng0A7CwQALyeDQD5ng0ABZ8NAEyfDQBRnw0An58NAKifDQDynw0A/J8NAEWgDQBRoA0AmKANAKugDQDroA0A+qANAD6hDQBKoQ0AkaENAJKhDQDkoQ0A7qENADeiDQBFog0AiqINAI+iDQDdog0A6qINAD8tEAAyow0Ag6MNAI2jDQDWow0A3qMNAJItEAA2pA0AfKQNAIukDQDPpA0A2qQNACKlDQAupQ0AdaUNAISlDQDIpQ0A6KUNABumDQAnpg0AbqYNAHWmDQDBpg0Az6YNABSnDQAZpw0AZ6cNAHOnDQC6pw0AzacNAA2oDQAcqA0AYKgNAGyoDQCzqA0AtKgNAAapDQAQqQ0AWakNAGepDQCsqQ0AsakNAP+pDQAMqg0A5S0QAFSqDQClqg0Ar6oNAPiqDQAAqw0AOC4QAGirDQCeqw0Ar6sNAPGrDQD9qw0ARKwNAFesDQCXrA0ApqwNAOqsDQD2rA0APa0NAD6tDQCQrQ0Amq0NAOOtDQDxrQ0ANq4NADuuDQCJrg0Alq4NAIsuEADerg0AL68NADmvDQCCrw0Aiq8NAN4uEADyrw0AKLANADmwDQB7sA0Ah7ANAM6wDQDhsA0AIbENADCxDQB0sQ0AgLENAMexDQDIsQ0AGrINACSyDQBtsg0Ae7INAMCyDQDFsg0AE7MNACCzDQAxLxAAaLMNALmzDQDDsw0ADLQNABS0DQCELxAAcLQNALK0DQDGtA0ABbUNAAm1DQBYtQ0AWrUNAKu1DQC/tQ0A/rUNAAG2DQBRtg0AbrYNAKS2DQC1tg0A97YNAAO3DQBKtw0AXbcNAJ23DQCstw0A8LcNAPy3DQBDuA0ARLgNAJa4DQCguA0A6bgNAPe4DQA8uQ0AQbkNAI+5DQCcuQ0A1y8QAOS5DQA1ug0AP7oNAIi6DQCQug0AKjAQAN26DQAuuw0APLsNAIG7DQCSuw0AfTAQANu7DQDQMBAAL7wNAG8yEACAvA0AzbwNANK8DQAgvQ0AJL0NAHO9DQCAvQ0AwjIQAMm9DQBJww0A0r0NABm+DQAsvg0AbL4NAG2+DQC/vg0Ay74NABK/DQAhvw0AZb8NAG+/DQC4vw0AxL8NAAvADQASwA0AFTMQAGbADQCxwA0As8ANAF3MDQC0wA0AjsUNALfADQAEwQ0AvcANANPHDQC+wA0AoS0OABDBDQBXwQ0AZsENAKrBDQC2wQ0A/cENAAvCDQBQwg0Aa8INAKPCDQCvwg0A9sINAP3CDQBoMxAAVsMNAJzDDQCeww0A78MNAPDDDQBCxA0ARcQNAJXEDQCgxA0A6MQNAO3EDQA7xQ0ARcUNALszEACbxQ0A4cUNAOPFDQA0xg0ANcYNAIfGDQCKxg0A2sYNAOXGDQAtxw0AMscNAIDHDQCKxw0ADjQQAObHDQAmyA0AJ8gNAHnIDQCFyA0AzMgNANvIDQAfyQ0AKckNAHLJDQB+yQ0AxckNAMzJDQBhNBAAIMoNAGvKDQBtyg0AvsoNAM3KDQARyw0AG8sNAGTLDQBtyw0At8sNALnLDQAKzA0AG8wNAAc1EABszA0AsMwNALrMDQADzQ0ADM0NAFbNDQBYzQ0Aqc0NALrNDQD8zQ0ABM4NAE/ODQBtzg0Aos4NAKrODQD1zg0AAc8NAEjPDQBbzw0Am88NAJzPDQDuzw0A+s8NAEHQDQBQ0A0AlNANAJ7QDQDn0A0A89ANADrRDQBB0Q0AWjUQAJ7RDQDg0Q0A8dENADPSDQA70g0AhtINAI3SDQDZ0g0A59INACzTDQA80w0Af9MNAI/TDQDS0w0A7tMNAK01EAA11A0AeNQNAITUDQDL1A0A0dQNAB7VDQAs1Q0AcdUNAH7VDQDE1Q0A29UNABfWDQAf1g0AatYNAHjWDQC91g0Ax9YNABDXDQAc1w0AY9cNAHnXDQC21w0AudcNAAnYDQAl2A0AADYQAGzYDQCv2A0AudgNAALZDQAK2Q0AVdkNAGTZDQCo2Q0ArdkNAPvZDQAI2g0ATtoNAFjaDQCh2g0Ao9oNAPTaDQAC2w0AR9sNAFTbDQCa2w0AndsNAFM2EAD42w0AQNwNAErcDQCT3A0Am9wNAObcDQD13A0AOd0NAD7dDQCM3Q0Amd0NAN/dDQDp3Q0AMt4NADTeDQCF3g0Ak94NANjeDQDl3g0AK98NAC7fDQCmNhAAgd8NANHfDQDd3w0AJOANACvgDQB34A0Af+ANAMrgDQDj4A0AHeENADHhDQBw4Q0AjOENAMPhDQDL4Q0ATDcQAB7iDQCfNxAAduINALziDQDD4g0AD+MNABfjDQBi4w0AZ+MNALXjDQDF4w0ACOQNABDkDQBb5A0AaeQNAK7kDQC75A0AAeUNAA7lDQBU5Q0AYOUNAKflDQCt5Q0A+uUNAALmDQBN5g0AWeYNAKDmDQCz5g0A8+YNAALnDQBG5w0AUucNAJnnDQCa5w0A7OcNAPbnDQA/6A0ATegNAJLoDQCX6A0A5egNAPLoDQDyNxAAO+kNAIvpDQCV6Q0A3ukNAODpDQAx6g0AQOoNAITqDQCk6g0A1+oNAN/qDQAq6w0ANOsNAH3rDQCD6w0A0OsNANLrDQAj7A0AMuwNAHbsDQCC7A0AyewNANHsDQBFOBAAOu0NAG/tDQCN7Q0AmDgQANvtDQAV7g0AGu4NAGjuDQCD7g0Au+4NAMfuDQAO7w0AFu8NAOs4EAB07w0AtO8NAMPvDQAH8A0AE/ANAFrwDQBb8A0ArfANALfwDQAA8Q0ADvENAFPxDQBY8Q0ApvENALPxDQA+ORAA/fENAEzyDQBO8g0An/INAKLyDQDy8g0A+vINAEXzDQBP8w0AmPMNAKPzDQDr8w0A9/MNAD70DQBG9A0AkTkQAJ/0DQDk9A0A6vQNADf1DQBD9Q0AivUNAJn1DQDd9Q0A5/UNADD2DQA49g0Ag/YNAJL2DQDW9g0A2PYNACn3DQAy9w0AfPcNAH/3DQDP9w0A2/cNACL4DQAq+A0A5DkQAIX4DQDI+A0A0PgNABv5DQAl+Q0AbvkNAHn5DQDB+Q0AzfkNABT6DQAc+g0ANzoQAGz6DQC6+g0Ay/oNAA37DQAe+w0AYPsNAGX7DQCz+w0At/sNAAb8DQAU/A0AWfwNAGb8DQCs/A0Aw/wNAP/8DQAH/Q0AUv0NAF79DQCl/Q0AuP0NAPj9DQAH/g0AS/4NAFf+DQCe/g0An/4NAPH+DQD7/g0ARP8NAFL/DQCX/w0AnP8NAOr/DQD3/w0AijoQAEMADgCQAA4AngAOAOMADgDwAA4ANgEOAE0BDgCJAQ4AkQEOANwBDgDnAQ4ALwIOADECDgCCAg4AjwIOANUCDgDcAg4AKAMOADkDDgB7Aw4AiQMOAM4DDgDbAw4AIQQOADgEDgB0BA4AfAQOAMcEDgDMBA4AGgUOACoFDgBtBQ4AdQUOAMAFDgDKBQ4AEwYOAB4GDgBmBg4AcgYOALkGDgDBBg4AMDsQACUHDgBfBw4AZAcOALIHDgDNBw4ABQgOABEIDgBYCA4AYAgOAIM7EAC+CA4A/ggOAA0JDgBRCQ4AXQkOAKQJDgClCQ4A9wkOAAEKDgBKCg4AWAoOAJ0KDgCiCg4A8AoOAP0KDgDWOxAASwsOAJYLDgCYCw4A6QsOAPYLDgA8DA4AQQwOAI8MDgCZDA4A4gwOAO0MDgA1DQ4AQQ0OAIgNDgCODQ4A2w0OAOMNDgAuDg4AOg4OAIEODgCUDg4A1A4OAOMODgAnDw4AMw8OAHoPDgB7Dw4AzQ8OANcPDgAgEA4ALhAOAHMQDgB4EA4AxhAOANMQDgApPBAAHhEOAGwRDgB7EQ4AvxEOAM4RDgASEg4AGxIOAGUSDgBrEg4AuBIOAL4SDgALEw4AFxMOAF4TDgBlEw4AsRMOAM0TDgB8PBAADhQOAFcUDgBjFA4AqhQOAK0UDgD9FA4ABxUOAM88EABYFQ4AIj0QAKsVDgB1PRAA/hUOAMg9EABRFg4AnBYOAJ0WDgARHg4AqRYOAO8WDgCwFg4AeRsOALMWDgCNJA4AtRYOAB4oDgDwFg4AQhcOAFgXDgCVFw4AnRcOAOgXDgDqFw4AgBoOAPYXDgA7GA4AQxgOABs+EABIGA4AjhgOAJEYDgDhGA4A6xgOADQZDgA2GQ4AhxkOAJgZDgDaGQ4A6xkOAC0aDgA1Gg4Abj4QAIcaDgDTGg4A2hoOACYbDgAuGw4AwT4QAHsbDgDMGw4A0hsOAB8cDgAsHA4AchwOAHocDgDFHA4AxxwOABgdDgAfHQ4Aax0OAHIdDgC+HQ4Axh0OABQ/EAAeHg4AZB4OAGUeDgC3Hg4AzR4OAAofDgASHw4AXR8OAF8fDgD1IQ4Aax8OALAfDgC4Hw4AZz8QAL0fDgADIA4ABiAOAFYgDgBgIA4AqSAOAKsgDgD8IA4ADSEOAE8hDgBgIQ4AoiEOAKohDgC6PxAA/CEOAEgiDgBPIg4AmyIOAKMiDgANQBAA+CIOAEEjDgBDIw4AlCMOAKUjDgDnIw4A+CMOADokDgBCJA4AYEAQAJIkDgACLA4AmSQOAOAkDgD2JA4AMyUOADslDgCGJQ4AlCUOANklDgDmJQ4ALCYOAC8mDgB/Jg4AiSYOANImDgDUJg4AJScOADYnDgB4Jw4AiScOAMsnDgDTJw4As0AQACcoDgBxKA4AfigOAMQoDgDLKA4AFykOACgpDgBqKQ4AdikOAL0pDgDFKQ4ABkEQAB0qDgBjKg4AZioOALYqDgDAKg4ACSsOAAsrDgBcKw4AbSsOAK8rDgDAKw4AWUEQAAosDgBVLA4AbCwOAKgsDgC0LA4A+ywOAAUtDgBOLQ4AVi0OAKxBEACiLQ4A9C0OAAouDgBHLg4ATy4OAJouDgCoLg4A7S4OAPUuDgD/QRAA+i4OAEAvDgBDLw4Aky8OAJ0vDgDmLw4A6C8OADkwDgBKMA4AjDAOAJ0wDgDfMA4A5zAOAFJCEAA4MQ4AhTEOAIoxDgDYMQ4A8zEOACsyDgA5Mg4AfjIOAIUyDgDRMg4A3TIOACQzDgAqMw4AdzMOAHozDgDKMw4A1DMOAB00DgAjNA4AcDQOAHI0DgDDNA4AzTQOABY1DgAiNQ4AaTUOAIA1DgC8NQ4A0DUOAA82DgArNg4AYjYOAGo2DgClQhAAtzYOAAg3DgAWNw4AWzcOAGw3DgD4QhAAtTcOAEtDEAAPOA4AVDgOAF44DgCnOA4AsjgOAPo4DgACOQ4ATTkOAFk5DgCgOQ4AszkOAPM5DgACOg4ARjoOAFI6DgCZOg4AmjoOAOw6DgD2Og4APzsOAE07DgCSOw4AlzsOAOU7DgDyOw4A8UMQAEA8DgCLPA4AlTwOAN48DgDjPA4AMT0OADk9DgCEPQ4Aij0OANc9DgDjPQ4AKj4OADA+DgB9Pg4Ahj4OANA+DgDdPg4AIz8OACs/DgB2Pw4Adz8OAMk/DgDLPw4AHEAOAB9ADgBvQA4AckAOAJdEEADYQA4AFUEOAB1BDgBoQQ4AdEEOALtBDgDBQQ4ADkIOABRCDgBhQg4AZkIOAAdDDgCNQg4AtEIOALxCDgA9RRAADUMOAJBFEABwQw4ArUMOAK9DDgAARA4ADUQOAFNEDgBaRA4ApkQOAK5EDgD5RA4ACUUOAExFDgBORQ4An0UOAK1FDgDyRQ4AA0YOADZGEABMRg4AiUYQAKZGDgDrRg4A9UYOAD5HDgBJRw4AkUcOAJlHDgDkRw4A8EcOADdIDgBKSA4AikgOAJhIDgDdSA4A50gOADBJDgA4SQ4Ag0kOAJJJDgDWSQ4A20kOAClKDgAwSg4AfEoOAIhKDgAvRxAACksOACJLDgBdSw4AdUsOAH1LDgCCRxAA8EsOABtMDgAnTA4AbkwOAHRMDgDBTA4Ax0wOABRNDgAZTQ4AZ00OAG1NDgDVRxAAu00OAA1ODgATTg4AYE4OAGVODgCzTg4Awk4OAAZPDgASTw4AWU8OAFxPDgCsTw4Ar08OAP9PDgAHUA4AUlAOAGFQDgClUA4AqlAOAPhQDgAOUQ4AS1EOAExRDgCeUQ4Ar1EOAPFRDgD9UQ4ARFIOAE5SDgCXUg4Ao1IOAOpSDgDxUg4AKEgQAE1TDgCQUw4AnFMOAONTDgDyUw4ANlQOAEpUDgCJVA4AmFQOANxUDgDtVA4AL1UOADtVDgB7SBAAhFUOANVVDgDjVQ4AKFYOADlWDgDOSBAAgVYOAM5WDgDaVg4AIUkQACdXDgB0Vw4AelcOAMdXDgDMVw4AGlgOACBYDgAaShAAclgOAMBYDgDCWA4AE1kOACRZDgBmSxAAclkOALlZDgC/WQ4ADFoOABhaDgBfWg4AZ1oOALlLEAC4Wg4ABVsOABFbDgBYWw4AYFsOAAxMEAC3Ww4A/lsOAAFcDgBRXA4AW1wOAF9MEACmXA4A91wOAAVdDgBKXQ4AW10OAAVNEACjXQ4A8F0OAPxdDgBYTRAAS14OAJZeDgCZXg4A6V4OAPVeDgA8Xw4ASF8OAI9fDgCXXw4A/k0QAO1fDgA1YA4AQWAOAIhgDgCQYA4AUU4QAORgDgAuYQ4AP2EOAIFhDgCSYQ4A1GEOANxhDgAnYg4AKmIOAHpiDgCEYg4AzWIOAM9iDgAgYw4AL2MOAHNjDgCTYw4AxmMOAM5jDgAZZA4AI2QOAGxkDgByZA4Av2QOAMFkDgASZQ4AIWUOAGVlDgBxZQ4ApE4QAMRlDgALZg4AKWYOAF5mDgBkZg4AsWYOALpmDgAEZw4AEWcOAFdnDgBfZw4AqmcOAMBnDgD9Zw4A/2cOAFBoDgBraA4Ao2gOAK9oDgD2aA4AA2kOAPdOEABPaQ4AnGkOAKRpDgDvaQ4ABWoOAEJqDgBHag4AlWoOAJtqDgDoag4A9GoOADtrDgBDaw4ASk8QAJtrDgDhaw4A8WsOADRsDgA5bA4Ah2wOAI1sDgDabA4A8GwOAC1tDgAvbQ4AgG0OAIptDgDTbQ4A4W0OACZuDgArbg4AeW4OAIZuDgCdTxAA224OAB9vDgAobw4Acm8OAHxvDgDFbw4A028OABhwDgAdcA4Aa3AOAHhwDgC+cA4AxnAOABFxDgAhcQ4AZHEOAGZxDgC3cQ4AxXEOAApyDgAbcg4A8E8QAGRyDgBDUBAAtXIOAANzDgAJcw4AVnMOAF5zDgCpcw4As3MOAPxzDgD+cw4AT3QOAFJ0DgCidA4AwnQOAOlQEAABdQ4ASHUOAE51DgCbdQ4Ap3UOAO51DgD2dQ4APFEQAE12DgCUdg4AmnYOAOd2DgDzdg4AOncOAEJ3DgCPURAAj3cOAOB3DgDudw4AM3gOAER4DgDiURAAk3gOANl4DgDweA4ANVIQADZ5DgB/eQ4Ai3kOANJ5DgDVeQ4AJXoOAC96DgCIUhAAfXoOAMt6DgDUeg4AHnsOAC97DgBxew4AeHsOAMR7DgDMew4AF3wOACR8DgBqfA4Ab3wOAL18DgDHfA4AEH0OABh9DgBjfQ4Acn0OALZ9DgC7fQ4ACX4OAB9+DgBcfg4AXX4OAK9+DgC9fg4AAn8OABN/DgBVfw4AYX8OAKh/DgCwfw4ALlMQAP9/DgBMAQAAA4AOABbUDwAHgA4AzgoNAFqADgDBCAAAqYAOAIyDDgBNgg4A0ykAAJeCDgDFKwAAnIMOAFw6AAA1hA4ARz0AAIiEDgBiRQAALYUOAMLtDQAuhQ4A+kcAADKFDgB7UAMANYUOAHGzBgCChQ4Az1kAACiGDgD4XwAAe4YOAPdrAAAghw4Ac3IAAH+HDgA0ewAAx4cOAHJ+AAAYiA4AVoIAAMSIDgBqiwAAgYkOALWJDgACjA4AUMoAAPeMDgD81QAASo0OABDfAADwjQ4AVO0AAJ6ODgBo9gAACY8OALv2AAA6jw4ADvcAAJePDgDk/AAAO5AOAIP+AACNkA4AYAMBAEmRDgAhDAEAiZEOAPcRAQDvkQ4AI5IOAJKSDgDJkg4A0ZIOAByTDgAokw4AGRkBAHeTDgCxGwEAMZQOAGiUDgBwlA4Au5QOAL2UDgDTIgEAGpUOAKkoAQC8lQ4AvTEBAAyXDgBhSgEArpcOAPJNAQDClw4AuaUPAMqXDgDHow8AHpgOAEVOAQBSmA4AkU8BALGYDgDWUQEA95gOAMFUAQBJmQ4As1YBAEqaDgDbaAEAq5oOAOSaDgDsmg4ALmkBAEabDgBzawEA4pwOABCFAQAxnQ4AfJ0OAIydDgBjhQEALp4OAEeJAQB9ng4AyJ4OANieDgCaiQEAep8OAAiSAQC5oQ4AxhECAL2hDgBlEwIAwaEOAG6nAQDNoQ4AViECAGGiDgBp1A8AYqIOAISsCgBlog4AWaoBAHWiDgC41AoAtKIOAN7iDgDIog4ArKoBANiiDgCpEhAABqMOAP+qAQAJow4A61sLALGjDgDcrwEABKQOAC+wAQCspA4AWLYBAE2lDgCBvAEA86UOAGXAAQBApg4AkKYOAJymDgALwQEAkacOANynDgDfpw4AAP8LAOinDgCHxwEARKgOAB/KAQCjqA4A1agOACypDgAMwgsAOKkOABDYAQBSqQ4ACs0BAIepDgAz0wEALaoOAL3XAQDTqg4ACdkBADarDgBc2QEA0KsOAALaAQAcrA4A+9oBABqtDgAI5QEAu60OAJPxCgC+rQ4A5ekBAMCtDgCkagwADa4OAPrXDwAfrg4AWK4OALOuDgD+rg4Ax64OAPLzAQABrw4AJoMLAAivDgDZjQsAC68OABNuCwAZrw4A1+sBAB+vDgCNjAsApq8OAA7wAQDMrw4A0ygMAAWwDgCt8QEAVrAOAKbyAQChsw4AzgQCAOnADgDWsQsAicEOADC4CgCPwQ4A3KgCAMjCDgCQnw8AzcIOAGvDDgDhwg4AVsYOAOnCDgB0ow8A7cIOAGy4AgBtww4AnwcLAG/DDgAYhQsAcMMOAJWiBgByww4A5/oHAHXDDgC/uAIAesMOABK5AgB8ww4A/vsDAJ/DDgBERQQAvMUOAPzHAgBexg4AqcYOAKrGDgDMMAsAs8YOAD9CDQC4xg4AeHoOAMjGDgA5IhAABscOANnMAgD4xw4AuvQCAPvHDgDTkAkA/McOAOXiAgD+xw4A+9MCAP/HDgB+2QIAAcgOAE7NAwACyA4Aw9sCAAPIDgBh6QIABMgOAJPWAgAFyA4AF8kDAAvIDgCu3gIAMMgOAM9KDgA1yw4AtiQDADnLDgCX+QIAPcsOAGhWCwCSyw4A3PsCAM/NDgADGgMAMM8OAGkvAwDWzw4AIzkDAILQDgAHPQMAv9AOADdCAwCy0Q4AE1MDAALTDgBragMAotMOAIZyAwBZ1A4AmtQOAJXVDgAWewQAltUOAN2VAwCd1Q4ABtMHADzWDgDBmQMAQNYOAJ3hBwA11w4AJ68DADbYDgAtugMA4NgOAGu9AwCT2Q4AytkOANLZDgAd2g4ALNoOAODEAwDM2g4A7fAKAM/aDgAQygMAHtsOAGnbDgAy2w4ARJ4PAHPbDgBjygMAF9wOAObPAwBx3A4A2NEDAF7dDgB93gMAYN4OAKXwAwCv3g4AdFAPABbfDgBN3w4AVd8OAKDfDgCt3w4A4igKALHfDgDj8wMAuOAOAI//AwDy4A4AuAUEAJnhDgCiFAQAnuEOACJ1CACf4Q4As3gIAKHhDgCfbwgAAeIOADjiDgBA4g4Ai+IOAODiDgCIyAsA5uIOAJeeDwDo4g4AjRcEAOriDgD7Mw0AAeMOAOYhEAAe4w4A7EENADnjDgB4GgQAruMOANfjDgA05A4AqB8EAN/kDgAdJwQAeeUOAN4vBADW5Q4APjoEANjlDgAjMgQAzOYOANY8BADK5w4AiUcEABHoDgBmTAQAE+kOANtTBAB26Q4ArekOAMnpDgAA6g4AD+oOACdVBAAO7A4ARewOAE3sDgCY7A4Ap+wOAPtyBAD07A4AcHoEAObtDgCLggQA8e0OAAi7BwA67g4AyYUEADXvDgDjmQQAP+8OAMiRBACY8A4Az/AOANfwDgAi8Q4AJ/EOAF6sBAAx8Q4AQ6QEAB7zDgAXwgQAFvQOACTMBADP9A4ABvUOAA71DgBZ9Q4AX/UOAH3XBADC9Q4ADtsEAGj2DgAN5wQAqfYOAMfwBABa9w4Aq/QEAAD4DgBz/AQAs/gOAOr4DgDy+A4APfkOAEz5DgAYCQUATfkOAI0QBQBm+Q4AxBQFAO/5DgCGEQUAPvoOAIn6DgCT+g4A2REFAJ77DgDV+w4A3fsOACj8DgAx/A4ADyIFAIX8DgABJAUAPf0OAHT9DgB8/Q4Ax/0OAMj9DgAHLwUAzP0OAIt7BQDN/Q4ABjsFANT9DgB8NgUA1v0OAIQpBQDK/g4AFDkFAMP/DgCrRwUAFgAPAOJLBQBlAA8A20wFABMBDwD2VAUAxwEPAP4BDwAGAg8AUQIPAFsCDwC+XAUApwIPAI1jBQBmAw8AnQMPAKUDDwDwAw8A/QMPAMRnBQD/Aw8AfnEFAEgEDwCoawUA8QQPAAF3BQBRBg8AiAYPAJAGDwDbBg8A6gYPAPKEBQDZCA8A8JwFADwJDwBzCQ8AjwkPAMYJDwDTCQ8APJ4FANsKDwASCw8AGgsPAGULDwBoCw8Aa68FAD8MDwAQvAUAtAwPAO3ABQC4DA8AEJkKAGQNDwBpxwUArQ0PAE3LBQAADw8A1tsFAFUPDwAG4QUAShAPAJJlCABeEA8AP2UIALEQDwDoEA8A8BAPADsRDwA+EQ8AzugFAKoRDwDhEQ8A6REPADQSDwBDEg8AX+wFAJISDwDb8gUAKBQPAOAJBgDYFA8ACiYNANsUDwB4DAYA3BQPAGskDQArFQ8AXBAGADQWDwBrFg8AcxYPAL4WDwDHFg8AwxkGABsXDwC1GwYAxhcPAIQiBgAjGA8AkSwGALMYDwD/NAYAWRkPAF8/BgD/GQ8AXksGAKwaDwDhUAYA/xoPAB9UBgBUGw8AXVcGAF0cDwCUHA8AnBwPAOccDwD2HA8Ak2cGAEIdDwCNHQ8AnB0PAHBsBgBCHg8ARnIGAJMeDwCDgQYAlR4PAK17BgCbHw8A0h8PANofDwAlIA8AlCAPAMsgDwDTIA8AHiEPACshDwCrkwYAfiEPAEOWBgDSIQ8A1JkGAGwiDwD9nwYAHCMPAB+nBgDBIw8AObsGAAUlDwAOzQYAWiUPAN3TBgAAJg8A1eAGAKYmDwAn7QYATScPAEn0BgC2Jw8A7ScPAPUnDwBAKA8ATSgPAOH2BgACKQ8AOSkPAEEpDwCMKQ8A4ikPADMDBwCUKg8AywUHAEcrDwB+Kw8AhisPANErDwDbKw8AjA4HADIsDwArEAcAhiwPAAgVBwDULA8APxkHAHktDwB2HQcAdS4PAEwjBwDELg8ADy8PABEvDwCfIwcA0S8PAAgwDwAQMA8AWzAPAHAxDwCnMQ8ArzEPAPoxDwAPMw8ARjMPAE4zDwCZMw8AozMPAL5OBwBbNA8AkjQPAJo0DwDlNA8A7zQPANduBwD7NA8AR18HAD01DwA5YQcAlTUPAKdpBwDgNg8AkIQHAOQ2DwDPewcAODcPAKWBBwB+Nw8Al4MHAC04DwCChgcAeTgPAG2JBwAmOQ8AnY4HAHs5DwDGlAcAIToPALGXBwB0Og8ABJgHANc6DwAOOw8AFjsPAGE7DwBwOw8AnJoHABQ8DwD1pQcAajwPAHGsBwBvPQ8Apj0PAK49DwD5PQ8ACD4PAIW1BwD1Pg8ART8PAF8/DwBvxAcAtD8PAOs/DwDzPw8APkAPAE1ADwBTyAcAxkAPAPLJBwBTQQ8AikEPAJJBDwDdQQ8AP0IPAIPNBwDiQg8A/9MHADtDDwA22AcA1kMPADJbCADZQw8AwNwHAClEDwC53QcAJUUPAI7vBwB4RQ8ACvYHAMhFDwAD9wcA1kYPAA1HDwAVRw8AYEcPAGxHDwD7AwgAu0cPAAZIDwAKSA8ARwUIAGlIDwDmBggAG0kPAFJJDwBaSQ8ApUkPAM1JDwAxFAgA/UkPAFMbCABnSg8AFBYKAKZKDwDxSg8AJ0sPAIMgCAC6Sw8A6ksPAOZMDwD9PggA400PADNPCAAwTw8Ae08PAJdQDwDHUA8A5lAPABpRDwB9UQ8AyWkIABtSDwD5bggAv1MPAOb/CADBUw8A3H4IAK5VDwB6jAgA+lUPAJyTCAABVg8AsZAIAOxXDwBqpggA7lgPAB2xCAA2Wg8AgVoPALhaDwCRxAgAQ1sPAHpbDwCCWw8AzVsPANxbDwBZzAgAeFwPANzRCADOXA8AGV0PAFBdDwAh1AgAx10PALLXCABJXg8ABdgIALdfDwDT6ggAtmAPAKLxCACvYQ8AvfkIABJiDwAQ+ggAWGIPAGP6CAD0Yg8AygMJAOxjDwB2DwkA62QPAHQnCQCjZQ8A2mUPAOJlDwAtZg8AN2YPACcyCQD1Zw8AgD0JABppDwBwVwkAdGkPAPNcCQATag8AYWUJAHRqDwCfaAkAu2sPAFF/CQAVbA8AVmwPAFhtDwA7jgkABW8PAMudCQCZbw8AqKIJAPRvDwDmpQkAqXAPAOBwDwDocA8AM3EPAIhxDwBUrgkAm3IPANJyDwDacg8AJXMPAE1zDwD5ugkA1HMPACLBCQAmdA8AcXQPAH90DwDIwQkAynQPAA3ECQB3dQ8A6sgJAL51DwDOzAkAv3YPAIjWCQDCdg8ALtcJAA94DwDT4wkAWngPAB/lCQC1eA8AXegJAAN5DwD16gkAUXkPAEjrCQDFeQ8A9HkPALZ6DwCa9wkAFXsPAO33CQBBfA8AjHwPAL58DwAP/wkAw3wPAGn+CQCKfg8A8wIKAOF+DwAxBgoAMX8PAH0HCgAqgA8Apg0KAHWADwCKEQoANYEPAGmBDwArgg8AYoIPAGqCDwC1gg8AwoIPAFgkCgAVgw8AQycKALuDDwDNKwoAc4QPAKeEDwAMhQ8AfJYPABmFDwBNhQ8A/4UPAMU4CgABhg8AgDYKAKuGDwDshg8ATYcPANlBCgD1hw8AMk0KAEeJDwCtXwoA4okPAJFjCgA4ig8AZ2kKAIuKDwCCcQoA3YoPAHtyCgB8iw8A/ncKADiMDwBvjA8Ad4wPAMKMDwAzjQ8A9oQKABGODwAfiwoAHo8PANmUCgC9jw8A9JwKAG+QDwCmkA8ArpAPAPmQDwBokQ8An5EPAKeRDwDykQ8Am5IPAOqeDwCgkg8A65IPAKKSDwB3Og0AtJIPAKHMDwD1kg8AKq0KAJeTDwCtsgoAi5UPAJfBCgDllQ8A6sEKANCWDwBYygoA1JcPAM3RCgDslw8AtywMACOYDwBumA8AjJgPACDSCgAVmg8A+AQNAGiaDwBLBQ0Az5oPAAabDwAOmw8AWZsPAMybDwAY3woAWpwPAP4dCwD5nQ8ApuMPAPKeDwAUrgwABp8PALcQEAAWnw8APZ8PAGmfDwDg2AwAvJ8PAOOfDwA5oA8AEgQQAKWgDwDcoA8A5KAPAC+hDwCOoQ8AafcKAPGhDwAoog8AMKIPAHuiDwDaog8Af4cMADejDwDGJQsAeaQPACMBCwDapA8AuwMLAMGlDwAMpg8AZ6YPAPk2EAC6pw8AzwwLAMSnDwCDCwsAsKgPAGAQCwBmqQ8AnakPAKWpDwDwqQ8AQ6sPAHQZCwBErQ8AqikLANytDwD8NQsALK8PADlFCwAjsA8Ad0gLAGixDwD3FwwAa7EPAMTjCwBvsQ8AhFILAHWxDwDhJgwAE7IPAF6yDwBosg8AYVcLAHOzDwCqsw8AsrMPAP2zDwCltA8ABmQLAPu0DwCXZwsA8LYPAJ1yCwBDtw8AjrcPAJq3DwDbdQsAQLgPABl5CwDiuA8ALbkPAES5DwBJfgsADL4PAIyYCwC1vg8AFp0LAP7ADwCstwsArcEPAO7BDwChwg8A4scLAKTCDwCWxgsAm8MPACfKCwCixA8A2cQPAOHEDwAsxQ8ANsUPAFDQCwCAxg8Ay8YPAM7GDwDg3wsAfccPAHHjCwByyA8AoegLAJXIDwAJHRAA2cgPAO3pCwBmyQ8AtskPAF/KDwAy7AsAZsoPAHfuCwAHzA8ATfQLAAnMDwBKawwAqcwPAPTMDwBDzg8AQssMAJ/ODwDyAAwA5s8PACESDADpzw8APBoMAO7PDwCRAgwA+s8PAJ4MDACF0g8AKBEMACvTDwD+FgwAddQPALSjDACR1A8Aaw8QAMTUDwAP1Q8AEtUPADUbDABy1Q8A1BwMAMHVDwDNHQwAENYPAFvWDwBl1g8AIB4MAP3XDwCjIwwABNgPAJUlDACj2A8AjiYMABzaDwAfKgwAp9oPAIREDQDm2g8AaysMAD3cDwCbMAwAjNwPANfcDwDw3A8A5zEMAC3dDwB93Q8A9N0PAHE2DACa3g8AajcMAEDfDwC2OAwAyt8PABXgDwAf4A8ARzwMALzgDwB0Cw0Aw+EPALVEDACr4w8Adk0MAJPmDwCsXQwAneYPAM5kDAA56Q8A4m0MAIrpDwDbbgwA1+kPAIFvDAAl6g8AzXAMAB7rDwAScwwAHOwPAGfsDwDC7A8ADe0PALTtDwDaegwADu4PAFnuDwC07g8A/+4PAKjvDwCwgAwAU/APAJ7wDwD58A8ARPEPAEXyDwDghQwAnPIPACyHDAA+8w8AifMPAJnzDwDLiAwAUvQPAIL0DwAx9Q8AVY0MAIf1DwDtjwwA8vUPACH2DwAo+Q8A+aUMAMf6DwApqwwAbfsPAHWsDAAT/A8Awa0MAJD+DwB6wwwAOgAQAO/KDAAoARAALc4MANICEACi1QwAdQMQADrYDAAXBRAAf9oMADQGEAC23gwAWgYQAFXgDACyBhAAcCYQAAYHEADt4gwACQcQAN/kDABTBxAAowcQAL8HEAD2BxAATAgQAJwIEAC4CBAA7wgQAEoJEACVCRAAnwkQADLlDADwCRAAE0sQAEEKEAAP6gwAQgsQAEbuDACKCxAA3vAMAOILEADDJhAA6AwQANdEDQCFDRAAivwMABoREADbug0AYBIQAIEVDQBSExAAsg4NAAEUEACrDw0A8hQQAI8TDQBCFhAAjRYQAJcWEAC/GA0AQRcQAFcbDQDNGhAAZCUNADMbEABqGxAA2RsQABAcEABxHBAAoigNADQdEABcHRAAhx0QAK8dEADaHRAAAh4QAC0eEABVHhAAsB4QAPseEAAAHxAAMywNAEogEADtNQ0A8iEQACFXDgD2IRAAglUOAKsiEADfIhAAUSMQAA89DQCOIxAARkENAPcjEAArJBAA2SQQACQlEAA0JRAAOEMNAIMlEAAxRA0A3yUQADg8DgAKKhAAjX4NAGAqEAAzfw0AVSsQAGKQDQD7KxAA3pYNAKEsEACtnQ0ARy0QADCjDQDtLRAAUqoNAJMuEADcrg0AOS8QAGazDQDfLxAA4rkNAIkwEADUuw0A6jAQACMxEAArMRAAdjEQAGk0EAC0NBAA0jQQABjKDQD6NxAAOOkNAGM4EAAc7Q0A9zgQAGHvDQBGORAA+fENAJg5EACR9A0A6TkQAHX4DQBHOhAAZ/oNAKY6EADdOhAAMjsQAAwHDgCPOxAAqwgOAOs7EABDCw4AMTwQABkRDgDrPBAAUBUOABRBEAAQKg4AtUIQALU2DgAEQxAArjcOAFNDEACeQxAAokMQAAE4DgD5QxAAREQQAJ9EEADqRBAAmEUQAONFEABCRhAARUYOAJFGEADcRhAA4EYQAJhGDgAFSBAAuk0OANdIEAB7Vg4AJEkQAHRJEACfSRAAx0kQAB1KEABtShAAmEoQAMBKEAAqSxAAbVgOALtLEACyWg4AFkwQAKtbDgBnTBAAskwQAMJMEACkXA4ADk0QAJ1dDgBbTRAAq00QAAhOEADiXw4AYU4QANtgDgBYTxAAjmsOAPxPEABdcg4AS1AQAJZQEACmUBAAsHIOAEBREABBdg4An1EQAI13DgDwURAAhngOAD1SEAAseQ4Ai1IQANtSEAA=","fail":"AAAAAAAAAACbhAAAIqYBAMXRAACPRAYAGB4CAFfyBgCZ6AEAexgLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAAAAAACZ6AEAPgkLAMT/BwDtkAAA8Q0AAJnoAQCYtQoA67UKAD62CgCRtgoARAACAEA2DQBxPQsAIpgDAAAAAACPRAYAGB4CABgeAgCsEQsAqwkCAP4JAgAH/gsAESwMAM6qAgAhqwIAShIBAAjQBABBKg0ArBELAJnoAQDtxwQAda0AAMitAAAbrgAAbq4AAMGuAADxDQAAmegBAHsYCwBfiwcAGB4CACwnAgAi5AQAycoGAAAAAACPRAYAmegBAGhdCgDFvAMASgsCABiaCACs/QEAm4QAAAQVAgDXlw0AKpgNAOWPAgDvJQAAmegBABUKCgBoCgoAAUcAAKK6BADtkAAAQJEAAPmYAgCP3AgA4twIAJnoAQA+CQsAxP8HAO2QAADxDQAAmegBAJi1CgDrtQoAPrYKAJG2CgCMRQsA30ULAFMAAABTAAAATQkJABgeAgABRwAAmegBAIxFCwCRogEAAAAAAO2QAABKCwIA8Q0AANQdAACrFwAAV/IGAKryBgCIwgAA28IAAC7DAACo0wIAw9sCABbcAgA8ggkApBgAALtdCgD68wsATAEAAJ8BAADyAQAARQIAAJgCAACMRQsA30ULAFMAAABTAAAAJYIBACj2AwDtkAAAIq0AABgeAgBrHgIAP80FAJnoAQB7GAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABfhAgAsoQIAAAAAAC9iwAA2nQBABgeAgAsJwIA8Q0AAJnoAQAlggEAKPYDAHv2AwBTAAAAmokBAO2JAQBAigEAk4oBAOaKAQA5iwEAjIsBAAAAAACo0wIAuvQCAJGiAQDkogEAN6MBAOiGCgANvQoAYL0KAJi1CgDrtQoAPrYKAJG2CgBEAAIAaAoKABArAgCBiwgA1IsIACeMCABX8gYAmegBAMsuDQA7lQgAmegBAAf+CwB6vA0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAABiaCAAD4goAjEULANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAF+ECACyhAgAAAAAAL2LAADtkAAA8Q0AALFnAgA+vQkAV/IGAJnoAQCMRQsAqS8AAPwvAABPMAAAojAAAOSoDACs/QEAm4QAACKmAQDUHQAAV/IGAJnoAQB7GAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAKsJAgD+CQIArP0BAP/9AQBS/gEApf4BAJi1CgDrtQoAURgAAKQYAAC7XQoA+vMLAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAAAUJAgD11QwASNYMAGhdCgAIPwEAWz8BAPmYAgDadAEAV/IGAOgeDQBoXQoAu10KAPrzCwBMAQAAnwEAAPIBAABFAgAA5KgMAKz9AQCbhAAAIqYBANQdAABX8gYAmegBAHsYCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAqwkCAP4JAgCs/QEA//0BAFL+AQCl/gEAmLUKAOu1CgBRGAAApBgAALtdCgD68wsATAEAAJ8BAADyAQAARQIAAJgCAADF0QAABQkCAPXVDABI1gwAaF0KAAg/AQBbPwEA+ZgCANp0AQBX8gYA6B4NAJuEAAAipgEAHS4DAKjTAgC69AIAqS8AAPwvAABPMAAAojAAAOSoDADxDQAA1B0AACceAAB6HgAAzR4AACAfAADkqAwA7yUAAFQPCAAYHgIAiM8KALFnAgDkqAwAShIBALf8BgDxDQAAkaIBACdxAAAK2gsAUnMJACDLCwCT1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAaF0KALtdCgD68wsATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAJ70BAPENAACxZwIAmegBAKz9AQAqRQ0AexgLAGyjBQCMRQsAffIMAKK6BAD1ugQALXUBAAAAAAAirQAAIq0AAO2QAADxDQAAkaIBAJnoAQA+CQsA6B4NAKsXAADnHQMA7ZAAAFfyBgCZ6AEA7OgBAOoUCwAYHgIAmegBAL2LAADxDQAA1B0AAJnoAQAAAAAAqxcAAH0/AgAoJgkA/hcAAMXRAACrFwAAmegBAD4JCwCq8gYAZHgNALd4DQCs/QEAm4QAACKmAQDUHQAAAAAAABgeAgBKCwIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBAFfyBgDoHg0AqxcAAOcdAwDtkAAAV/IGAEoLAgDtkAAAQJEAAJrjAAAZuAIArP0BAJuEAADJygYASgsCAFfyBgCs/QEASgsCAO2QAABAkQAAmuMAABm4AgC9iwAArP0BACWCAQAo9gMAIq0AAJnoAQB9PwIA0D8CACNAAgCZ6AEAX4QIALKECAABRwAAoroEAPW6BADtkAAA+ZgCAEyZAgCfmQIAmegBAOiGCgANvQoAYL0KAJi1CgDrtQoAPrYKAJG2CgB7GAsAX4sHALKLBwB4ggEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AAPtBCwBTAAAAUwAAAE0JCQAYHgIAAUcAAD69CQBX8gYASgsCAJuEAACIwgAA28IAAC7DAABKCwIAShIBAJ0SAQAoHwoAAAAAACWCAQAo9gMA7ZAAAKsXAAABRwAAmegBAD4JCwDE/wcA7ZAAAPENAACZ6AEAmLUKAOu1CgA+tgoAkbYKAIxFCwDfRQsAUwAAAFMAAABNCQkAGB4CAAFHAACZ6AEAexgLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAANMbAgAirQAAnbgBALXxCwCZ6AEAX4QIALKECAAAAAAAvYsAAO2QAADxDQAAsWcCAD69CQBX8gYAmegBAKz9AQCsEQsAmegBAIxFCwDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAAgFkFACKtAAApngIAVS0CAIBZBQCPRAYAO5UIAJnoAQBoXQoAJYIBAL2LAABF9AEA2nQBAC11AQCZ6AEAm4QAAIjCAADbwgAAXdQAAHsYCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAF+ECACyhAgAAAAAAL2LAADadAEAGB4CACwnAgAAAAAAGB4CAL1TCAA7lQgARfQBAFMAAACmAAAA+QAAAJnoAQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAAFfCAQCqwgEA7ccEACmeAgB8ngIAz54CABu0CwButAsAwbQLAMXRAADadAEA1UEFAFRHAAB+RwsAVakIAAFHAACZ6AEAexgLAEEqDQCsEQsAmegBAGhdCgC7XQoA+vMLAEwBAACfAQAA8gEAAEUCAACYAgAA7ccEAEDIBACTyAQA7yUAAFQPCABF9AEAvYsAABgeAgAsJwIAGB4CAJnoAQDtxwQAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAjEULANQdAACrFwAAAUcAAJnoAQB7GAsAiMIAANvCAAAuwwAAqwkCAP4JAgCs/QEA//0BAFL+AQCl/gEAmLUKAOu1CgBRGAAApBgAALtdCgD68wsATAEAAJ8BAADyAQAARQIAAJgCAADohgoADb0KAGC9CgCMRQsA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAO8lAACzqQEABqoBAFmqAQD8EwQAexgLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBABArAgCBiwgA1IsIACeMCAB6jAgAzYwIACCNCAB7GAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAD69CQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQBKEgEAt/wGAFnhBQAERQcAm4QAAEEqDQDnHQMAIpgDAEoSAQCZ6AEAAAAAACKtAACduAEAFjwNAGk8DQCrFwAAECsCAGMrAgC2KwIAkAgBAKjTAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADvJQAAs6kBAAaqAQBZqgEAAAAAAI9EBgA7lQgARfQBAJj0AQDxDQAA1B0AAFnhBQDgtgUAM7cFAJwdDQDVQQUA5yQCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEATs0DAKHNAwD0zQMAR84DAJrOAwDtzgMAQM8DAJPPAwDmzwMA+QYLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAALXUBACceAAB6HgAAzR4AACAfAAAsJwIAQJEAAJrjAAAZuAIAexgLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAEoLAgAYHgIALCcCAH8nAgCN0Q0A8Q0AANQdAABX8gYAmegBAOSoDADGvQ0AJYIBAHiCAQDLggEAHoMBAHGDAQDEgwEAxdEAAAUJAgD11QwASNYMAF+ECACyhAgABYUIAFiFCACrhQgA/oUIAJnoAQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQB7GAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEAt/wGAFnhBQAERQcAm4QAAEEqDQDnHQMAIpgDAAFHAABKCwIAm4QAAF+LBwCyiwcAeIIBAMXRAADtkAAAV/IGAJnoAQDkqAwAGB4CAL1TCACs/QEAm4QAAKz9AQAlggEAXNgNAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAAGbgCAO6EAABBhQAAlIUAAOeFAAA6hgAAhoABANmAAQAsgQEAf4EBANKBAQDoHg0AQJEAAJrjAAAZuAIAodsBACKtAADtkAAAUwAAAAFHAACAWQUAj0QGAJnoAQAAAAAAAAAAAAAAAAD8EwQAX4QIALKECAAi5AQAIqYBAEQOAAA7lQgAqNMCABQJAAC9iwAA8Q0AANQdAAAnHgAAqxcAABArAgBjKwIAtisCAKiiCQD7ogkATqMJAGhdCgC7XQoA+vMLAEwBAACfAQAA8gEAAEUCAACYAgAAmLUKAOu1CgA+tgoAkbYKAHsYCwBfiwcAsosHAHiCAQDF0QAA7ZAAAFfyBgCrFwAA/hcAAFEYAAB7GAsAAUYMAEGFAACUhQAA54UAADqGAACNhgAAB/4LABEsDADcaQsAB/4LAHq8DQDadAEAIpgDAHWYAwD5mAIAGJoIAH5HCwDxDQAAsWcCAMXRAADadAEA1UEFAFRHAACZ6AEAX4QIAGseAgCs/QEArP0BANp0AQDVQQUAShIBAAAAAACZ6AEA7OgBAD/pAQCS6QEA5ekBAJnoAQBoXQoAJYIBAFzYDQCbhAAAIqYBANQdAADtxwQABEUHAFdFBwCqRQcA/UUHAJnoAQCsEQsAj0QGAFWpCAAYHgIAmegBAO3HBABAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQA9HoDAEd7AwCaewMAv0IHANQdAADs9QsAAUcAAIBZBQAtdQEARfQBAAAAAACrFwAA+ZgCAEyZAgCfmQIAKPYDAFfyBgCq8gYA7oQAAEGFAACUhQAA54UAADqGAAAkQQwA0D8CACNAAgDadAEA2nQBAEX0AQCrFwAAECsCAPykBwC9iwAAGB4CACwnAgBf8wQAxP8HAO2QAADxDQAAHUIMAP4XAAB3OwEAShIBAAjQBABVLQIAIq0AAFfyBgDoHg0AqxcAAOcdAwDtkAAAAAAAAI9EBgBF9AEA2nQBAC11AQCZ6AEA7OgBAD/pAQCS6QEA5ekBAOzoAQDqFAsAGB4CAJnoAQC9iwAA8Q0AANQdAAAnHgAAmegBAOzoAQA/6QEAkukBAOXpAQDs6AEA6hQLABgeAgCZ6AEAvYsAAPENAADUHQAAmegBAHsYCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAE6IAQChiAEA9IgBAEeJAQCZ6AEAvYsAAPENAADUHQAAJx4AAKsXAAAQKwIAYysCAPmYAgCP3AgA4twIAIjPCgBdegEAj0QGADuVCADadAEALXUBAOcdAwD48AMAJ70BAEoSAQCZ6AEAjEULAN9FCwBTAAAAUwAAAE0JCQAYHgIAAUcAAD69CQBX8gYAmegBAHsYCwDBUw0A2nQBAJnoAQD5mAIAj9wIAOLcCACIzwoAXXoBAI9EBgA7lQgAmegBAOiGCgAAAAAA8Q0AAJGiAQDkogEAqNMCAPENAAAdLgMAmegBAF+ECAC9UwgAVakIAAFHAACAWQUALXUBAO2QAADxDQAA8Q0AAJGiAQDUHQAAJx4AAIBZBQCPRAYAO5UIAO2QAABAkQAAmuMAABm4AgCbhAAA2nQBAFzYDQCo0wIA5eICAOGOCQCRVQwA5FUMADdWDACKVgwA3VYMADBXDACDVwwAax4CAL4eAgARHwIA7yUAALOpAQAGqgEAWaoBAOgeDQBAkQAAmuMAABm4AgAAAAAAm4QAAPmYAgBMmQIABBUCACWCAQCbhAAAQSoNAEX0AQAEFQIAm4QAACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAA2pAQBgqQEAj0QGAEoSAQBTAAAApgAAAAZQAgCcHQ0A7x0NAEQOAAA7lQgA7yUAALOpAQAGqgEAhKwKANesCgC9iwAAJYIBAAFHAACAWQUAUwAAACWCAQBc2A0Ar9gNALOpAQAGqgEAhKwKANesCgDUHQAAJx4AAJrjAAAZuAIAAAAAAJnoAQCs/QEA//0BAFL+AQCl/gEA+P4BAEv/AQCe/wEA7ZAAAK1LAQA46gEAi+oBAN7qAQAx6wEAhOsBABUKCgBANg0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqwkCAP4JAgAVCgoAQDYNADjqAQCL6gEA3uoBADHrAQCE6wEAZxYKACWCAQBc2A0Ar9gNAALZDQBV2Q0AOZEMAE7oCwCZ6AEAX4QIAJwdDQDt2w0AQNwNAJPcDQBnFgoAuhYKAOzoAQA/6QEAkukBAOXpAQAAAAAA++cLAJnoAQBfhAgAnB0NAO3bDQBA3A0Ak9wNAGcWCgC6FgoA7OgBAD/pAQCS6QEA5ekBAOzoAQA/6QEAkukBAOXpAQCsqgEA/BMEAGskDQC+JA0AESUNAGQlDQC3JQ0AAAAAAL2LAAAQjAAA5x0DANVBBQAEFQIAS6sNAFfyBgB9PwIAvYsAABCMAADnHQMA1UEFAAQVAgBftA0AGB4CAGseAgA/zQUAt/wGAMXRAACPRAYAGB4CAH0/AgAEFQIAm4QAACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAAAAADvJQAAs6kBAAaqAQBZqgEAUwAAAGzoBwBZ4QUAAUcAAD69CQD5mAIATJkCAJ+ZAgDymQIARZoCAPENAACZ6AEAB/4LABEsDADcaQsArP0BACpFDQAAAAAAexgLAFYnDQCpJw0A/CcNAE8oDQCiKA0A9SgNAEgpDQAVCgoAfjkNANE5DQAkOg0AqNMCAAAAAACPRAYAAUcAAKjTAgAirQAAnbgBAPC4AQBDuQEAlrkBAOm5AQAsJwIAX/MEAJnoAQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQA5kQwATugLABUKCgAAAAAAJYIBAAAAAAC9iwAAm4QAAF+LBwAAAAAAAAAAAL2LAAABRwAAmegBAMXRAAAFCQIA9dUMAJnoAQAVCgoAAAAAAL2LAACbhAAAGJoIAH5HCwBVqQgAqKkIAPupCABOqggArP0BAKGqCAD0qggAR6sIAKz9AQDtxwQAQMgEAJPIBACdvgwA8L4MAEO/DADtxwQAQMgEAJPIBACdvgwA8L4MAEO/DACbhAAAQSoNAAAAAACZ6AEARfQBAJj0AQDr9AEAAAAAAAFHAAA+vQkA3lELADFSCwAEFQIAoe8KAPTvCgCsEQsAAUcAAD69CQDeUQsAMVILAAQVAgBXFQIAax4CAL4eAgARHwIAZB8CAPENAACiugQAEicLAL4eAgARHwIAZB8CAAFHAABURwAAGB4CAL1TCADF0QAAAAAAABgeAgAsJwIAe7EBAPYBBQBZ4QUAAUcAAPENAAAEFQIA4RkCADQaAgCHGgIA2hoCAC0bAgCAGwIAAUcAANMbAgBtDA0AVEcAABgeAgC9UwgAj0QGAAQVAgDhGQIAVEcAABgeAgC9UwgAxdEAAAAAAACbhAAA2nQBACKYAwDUHQAASgsCAO2QAABAkQAAmuMAABm4AgAEFQIA4RkCAFRHAAAYHgIAvVMIAMXRAAAEFQIA4RkCAFRHAAAYHgIAvVMIAKwRCwBTAAAAbOgHAO2QAABAkQAAmuMAABm4AgDtkAAA7yUAAEImAABAkQAALCcCAKsXAAAirQAA7ZAAAO2QAABAkQAAmuMAABm4AgCbhAAAP80FALf8BgDtkAAAQJEAAJrjAAAZuAIAAUcAAAFHAACiugQA9boEAKz9AQD//QEAUv4BAD69CQDtkAAAQJEAAJrjAAAZuAIAShIBALf8BgABRwAAVEcAAH5HCwBX8gYA6B4NAECRAACa4wAAGbgCACWCAQAlggEAUwAAAE0JCQDadAEALXUBAD81AwCSNQMAM+cKACwnAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAGB4CACwnAgB/JwIA0icCACUoAgB4KAIAyygCAB4pAgBxKQIAxCkCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAA7ZAAAKwRCwDtkAAAQJEAAJrjAAAZuAIAV/IGAOgeDQCtSwEAzG4OAECRAACa4wAAGbgCAAAAAADtkAAAQJEAAL1TCABX8gYA+mIIAPmYAgDadAEAIpgDAF16AQCPRAYAO5UIAO2QAABAkQAAmuMAABm4AgCs/QEAj0QGAFWpCAAQjAAA5JsCACWCAQB4ggEAIq0AACmeAgB8ngIAXNgNAECRAACa4wAAGbgCAEEqDQBF9AEAUnMJAO2QAABAkQAAmuMAABm4AgAYHgIARfQBAL2LAABKEgEAt/wGAKsXAAABRwAAPr0JADPnCgCa4wAAGbgCAI9EBgBVqQgAAUcAANMbAgDvJQAArP0BAI9EBgBVqQgAEIwAAOSbAgDxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCbhAAAIqYBAHWmAQCpLwAAKZ4CACKmAQCxZwIAPr0JAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDE/wcA4kQGADVFBgB4WAcAy1gHAB5ZBwBxWQcAxFkHABdaBwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAFnhBQDgtgUAM7cFAIjPCgBdegEAj0QGADuVCADtkAAAQJEAAJrjAAAZuAIAAUcAAJuEAADuhAAAfT8CAI9EBgD5mAIAj9wIAOLcCADvJQAAJYIBAHiCAQDF0QAA7ZAAAECRAACa4wAAGbgCAIBZBQDTWQUAS/EDACWCAQBc2A0AShIBALf8BgCrFwAAAUcAAD69CQBX8gYA6B4NAECRAACa4wAAGbgCAPENAAD7QQsAUwAAAFMAAABNCQkAGB4CAAFHAAA+vQkAV/IGAMT/BwDiRAYANUUGAHhYBwDLWAcAHlkHAHFZBwDEWQcAF1oHAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAJYIBACWCAQBc2A0ARfQBAAe5CQBfiwcAm4QAAAZQAgBZUAIArFACAP9QAgBSUQIApVECAPhRAgBLUgIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BABgeAgBrHgIArBELANp0AQAtdQEAwkECABVCAgBoQgIAl1MCAOpTAgA9VAIAkFQCAONUAgA2VQIAiVUCANxVAgAvVgIAglYCANVWAgAoVwIAe1cCAM5XAgAhWAIAdFgCAMdYAgAaWQIAbVkCAEoSAQCs/QEAKkUNAECRAADvJQAA6hQLABgeAgBKEgEACNAEAFUtAgA+vQkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BADuVCAAirQAA4LYFADO3BQCGtwUA2bcFACy4BQB/uAUAShIBAJ0SAQAoHwoA+mIIACXUDQBUDwgAIq0AACmeAgBVLQIAgFkFAI9EBgA7lQgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAAm4QAAF+LBwC9iwAA7ZAAAO2QAABAkQAAmuMAABm4AgBX8gYA6B4NAO8lAABUDwgAoEcMAO2QAABX8gYAm4QAAF+LBwCyiwcABYwHAAf+CwARLAwA3GkLAHsYCwBsowUAShIBALf8BgAK/QYArP0BACpFDQBAkQAAmegBAOzoAQCN0Q0AEIwAALX4CgABRwAAgFkFAI9EBgA7lQgAvYsAABCMAADkmwIAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIA1rELACmyCwB8sgsAz7ILACKzCwB1swsAj0QGAJnoAQDs6AEAQiYAAMXRAACZ6AEAexgLAM4YCwBZUAIArFACAP9QAgBSUQIApVECAPhRAgDxDQAAmegBAAf+CwARLAwA3GkLAOzoAQCN0Q0AEIwAALX4CgABRwAAgFkFAI9EBgA7lQgAQSoNAKsXAAD+FwAAdzsBAPH/AQBfhAgAsoQIAF/zBADoHg0AWeEFAHWtAADAWQIABlACACwnAgC9UwgA8qABAAf+CwDtxwQArBELAP8RCwBSEgsApRILAPgSCwDtkAAAQJEAAJrjAAAZuAIAqxcAAAFHAACbhAAAVS0CAIBZBQCPRAYAO5UIAO2QAABAkQAAmuMAABm4AgBUAQoAVA8IAKBHDADCQQIAmegBAIxFCwBluQIAShIBAKz9AQCPRAYA2nQBACx6AgCbhAAAVS0CAIBZBQCPRAYAO5UIAJnoAQAVCgoAfjkNANE5DQAkOg0A7OgBAD/pAQCS6QEA5ekBAAAAAACZ6AEA6IYKADuHCgB6Fg0AzRYNACAXDQBzFw0AlrkBAFUtAgCAWQUArP0BACWCAQBc2A0AB/4LAOckAgA6JQIAjSUCAO3HBAApngIAj7MCAOKzAgA1tAIAiLQCANu0AgDhvwIANMACAIfAAgDawAIALcECAIDBAgDTwQIAJsICAHnCAgDMwgIAAAAAAL2LAAAQjAAA5JsCADecAgCKnAIA3ZwCADCdAgCDnQIA7ccEACmeAgCPswIA4rMCADW0AgCItAIA27QCAL2LAADxDQAAB/4LABEsDADOqgIAIasCAEoSAQAI0AQAQSoNAJi1CgDrtQoAPrYKAJG2CgBEAAIAaAoKALsKCgBVqQgARfQBAEoSAQA4lwEAIpgDAJGiAQBdegEALXUBAEX0AQCZ6AEAX4QIALKECAABRwAAvYsAABgeAgA+CQsA6B4NAFnhBQB1rQAAwFkCAAZQAgAsJwIAX/MEAJnoAQB7GAsAQSoNAFfyBgCZ6AEAmLUKAOu1CgA+tgoAkbYKAL2LAADxDQAA1B0AAOiGCgA7hwoAgHUBANN1AQAmdgEAeXYBAMx2AQBbkgEAyy4NAOJEBgA1RQYAeFgHAMtYBwAeWQcAcVkHAMRZBwD48AMAS/EDAJ7xAwDx8QMARPIDAJfyAwBX8gYAmegBAHsYCwBBKg0AV/IGAJnoAQCYtQoA67UKAD62CgCRtgoAvYsAAPENAADUHQAAjEULAGW5AgC4uQIAC7oCAF66AgCxugIASxMLAJ4TCwDxEwsARBQLAJcUCwBBKg0A5x0DACKtAACo0wIA05AJAC59CgCBfQoA1H0KACd+CgB6fgoAzX4KAH/aDAB+OQ0A0TkNACQ6DQCZ6AEAyy4NAFWpCAABRwAAmegBAMsuDQDvJQAAmegBAKz9AQCPRAYAVakIABCMAADkmwIAX4QIAGseAgDBTQIAFE4CAD69CQCRvQkA5L0JAAFHAACZ6AEAB/4LABEsDADcaQsAexgLAMnKBgBX8gYAmegBAMXRAADadAEA1UEFAFRHAACZ6AEAyy4NAPmYAgCP3AgA4twIAO8lAAAlggEAeIIBAIxFCwDfRQsAMkYLAIVGCwCiugQAEicLAGUnCwDCaggAmegBAMXRAADadAEA1UEFAFRHAACZ6AEAyy4NAPmYAgCP3AgA4twIAO8lAAAlggEAeIIBAEoSAQAnvQEAer0BAM29AQAgvgEAc74BAMa+AQCsEQsAmegBAMXRAADadAEA1UEFAFRHAACZ6AEAyy4NAPmYAgCP3AgA4twIAO8lAAAlggEAeIIBAD4JCwCRCQsA+ZgCANp0AQBX8gYA6B4NAMXRAADadAEA1UEFAFRHAACZ6AEAyy4NAPmYAgCP3AgA4twIAO8lAAAlggEAeIIBANp0AQAsegIAmegBAGhdCgBNCQkA2nQBAC11AQA/NQMAkjUDADPnCgCZ6AEAPgkLAOgeDQBAkQAALCcCAH8nAgDSJwIAJSgCAHgoAgDLKAIAHikCAHsYCwBWJw0AqScNAF16AQCwegEAA3sBAEoSAQC3/AYAqxcAAAFHAACZ6AEAB/4LABEsDADcaQsAFQoKAGgKCgABRwAAoroEAKwRCwCZ6AEA6IYKADuHCgCOhwoAmLUKAOcdAwA6HgMAjR4DAEoSAQAI0AQAJYIBACj2AwAirQAA7ZAAAKz9AQCPRAYAVakIABCMAADkmwIA8Q0AAJnoAQDLLg0AVakIAAFHAACZ6AEAyy4NAO8lAACZ6AEAX4QIAGseAgDBTQIAFE4CAAFHAAA+vQkARfQBAFJzCQBAkQAAmegBAD4JCwCRCQsA+ZgCANp0AQBX8gYA6B4NAKz9AQCsEQsAmegBAAdEAgBaRAIArUQCAH0/AgDQPwIAV/IGAJnoAQB7GAsAVS0CAJAIAQDjCAEAKZ4CAHyeAgDPngIAG7QLAG60CwDBtAsAFLULAGe1CwC6tQsADbYLAGC2CwCztgsABrcLAFm3CwCstwsA/7cLAFK4CwCluAsA+LgLAEu5CwCeuQsA8bkLAES6CwCXugsA6roLAD27CwCQuwsA47sLADa8CwCJvAsA3LwLAC+9CwCCvQsA1b0LACi+CwB7vgsAzr4LACG/CwB0vwsAx78LANp0AQAtdQEAwkECABVCAgBoQgIAKP0CAHv9AgDO/QIAIf4CAHT+AgDH/gIAGv8CAG3/AgDA/wIAEwADAGYAAwC5AAMADAEDAD4JCwCq8gYAZHgNALd4DQCs/QEAm4QAACKmAQDUHQAAjEULAGW5AgBz0goAxtIKABnTCgBs0woAmegBAOiGCgANvQoAYL0KAIxFCwB98gwA0PIMAAZQAgABRwAAgFkFAC11AQBF9AEAmegBAL2LAACQAQIAvYsAAAFHAAABRwAAgFkFAC11AQBF9AEAmegBAD4JCwDE/wcAxdEAAOiGCgA7hwoAjocKAF+ECACyhAgAIGQCAKzhBQD5mAIAj9wIAOLcCACsEQsAmegBAEoSAQCdEgEAKB8KAJuEAADJygYA+mIIAC11AQBF9AEAmegBAF+ECACyhAgAX/MEALLzBAAF9AQAZVEFAOiGCgANvQoAYL0KACWCAQB4ggEA/WEDAFBiAwCjYgMA9mIDAEljAwCcYwMAB/4LAHq8DQCnRwAAe1ADAM5QAwAhUQMAdFEDACKmAQDUHQAA7PULAJnoAQDohgoAO4cKAI6HCgBKEgEAt/wGAAr9BgCdEgEAGB4CAOiGCgANvQoAYL0KAOiGCgA7hwoAjocKAOCTCgAzlAoAhpQKAGhdCgAIPwEAWz8BAIY6CwDZOgsALDsLAH87CwCZ6AEAyy4NAO8lAACZ6AEAjEULAH3yDADQ8gwABlACAAFHAACAWQUALXUBAEX0AQCZ6AEAvYsAAI6VCADhlQgANJYIAIeWCADalggALZcIAICXCADTlwgAB/4LABEsDADcaQsAjEULANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAHsYCwBVLQIAyy4NADuVCACZ6AEAjEULAEQOAACsJggA/yYIAFInCAClJwgAmegBAFMAAAABRwAAgFkFAC11AQBF9AEAmegBAO3HBABAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQA9HoDAEd7AwDmUgkAOVMJAMsuDQA7lQgAmegBAL2LAAAQjAAA5x0DAKHbAQCZ6AEAPgkLAMT/BwBKEgEACNAEANp0AQAtdQEAmegBAIxFCwBEDgAArCYIAP8mCABSJwgApScIAJnoAQBVqQgAqKkIAPupCABOqggAoaoIAPSqCABHqwgAmqsIAO2rCABArAgAk6wIAOasCAA5rQgAjK0IAN+tCAAyrggAha4IANiuCACMRQsA1B0AACceAAB6HgAAzR4AACAfAACo0wIA8Q0AAJnoAQAH/gsAerwNAKdHAAD6RwAATUgAAKBIAADzSAAARkkAAJlJAADsSQAAP0oAAC59CgCBfQoAqxcAAOcdAwAtdQEARfQBAJnoAQDLLg0AO5UIAJnoAQAbDgsAfkcLAPENAAAlggEAeIIBACKtAAApngIAfJ4CAM+eAgAAAAAAJYIBAPENAACxZwIABGgCAFUtAgA+vQkA8qABAAAAAAAAAAAAAAAAAAAAAAAAAAAAT8gCAKLIAgDyoAEAAAAAAE/IAgCiyAIAJc4CAEDIBABvrwoAwq8KABWwCgBosAoAu7AKAA6xCgBhsQoAtLEKAJ+SAwDykgMARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwDdlQMAMJYDAIOWAwDWlgMAKZcDAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwBHewMAmnsDAO17AwBAfAMAk3wDAOZ8AwA5fQMAjH0DAN99AwAyfgMAhX4DANh+AwArfwMAZnwJALl8CQAMfQkAX30JALJ9CQAFfgkAWH4JAKt+CQD+fgkAUX8JAKR/CQD3fwkASoAJAJ2ACQDwgAkAQ4EJAJaBCQBF9AEAqNMCACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCs/QEAm4QAAPENAACCogMA1aIDAFzYDQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAk9YCAMPUAwAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwDtewMAQHwDAOzoAQA/6QEAkukBAOXpAQCVJQwA4BcEADMYBACGGAQA2RgEACwZBAB/GQQA0hkEACUaBAAVCgoAQDYNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDF0QAAGJoIANp0AQAsegIAXNgNAO3HBABAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQAhcoEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBAD0egMAR3sDAJp7AwCX5AUA6uQFAD3lBQCQ5QUA4+UFADbmBQBluQIAuLkCACKtAABTAAAAxbwDAAQVAgBbkQ0ArpENAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAEFQIA15cNACmeAgCPswIA4rMCADW0AgCItAIAIq0AAJ24AQDljwIAVXkDAKh5AwD7eQMATnoDAKsXAAD+FwAAxdEAAO2QAABAkQAAmuMAABm4AgAqmA0A5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwBX8gYAxP8HAO2QAADxDQAAHUIMAP4XAAB3OwEAPr0JAK1LAQBxPQsAIpgDALFnAgA+vQkAM+cKAJrjAAAZuAIAmegBAO3HBAApngIAfJ4CAM+eAgAinwIA7OgBAD/pAQCS6QEA5ekBAEoSAQBTAAAATQkJABgeAgABRwAAPr0JADPnCgCa4wAAGbgCACWCAQAo9gMAe/YDAFMAAAChPAAABBUCAEurDQDadAEArP0BAMLSBQBrHgIABlACAKwRCwCZ6AEAmLUKAOu1CgA+tgoAkbYKACWCAQB4ggEA/WEDAFBiAwDoHg0AV/IGAKjTAgAlggEAeIIBAP1hAwBQYgMAo2IDAPZiAwBJYwMAnGMDAAf+CwB6vA0Ap0cAAJAIAQBTAAAATQkJAPENAACxZwIARfQBABgeAgAsJwIA8Q0AAIKiAwDVogMAkAgBAJnoAQB7GAsAAUYMAMJqCAAVawgAaGsIALtrCABfhAgAsoQIACBkAgCs4QUAGB4CAFfyBgCZ6AEAexgLAMnKBgAcywYAb8sGAMLLBgA+vQkAM+cKAAQVAgCZ6AEAShIBADiXAQAimAMAkaIBAF16AQAtdQEARfQBAJnoAQB7GAsAbKMFAEX0AQBScwkAShIBAJnoAQDohgoA1UEFAChCBQA+CQsA6B4NADsfDQBs6AcACTINAFwyDQDxDQAAmegBAMsuDQA7lQgAAAAAAAAAAACo0wIA5eICAOGOCQA0jwkAh48JANqPCQAVCgoAfjkNANE5DQAkOg0AB/4LABEsDADcaQsA7ccEAEDIBACTyAQA5sgEADnJBACMyQQAWwAKAK4ACgABAQoAWv4LADPnCgCG5woA2ecKACzoCgB/6AoA0ugKACXpCgB46QoAy+kKAD4JCwA9AA4A7ZAAAAf+CwARLAwA3GkLAO3HBABAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQA9HoDAEd7AwCaewMA7XsDAIBZBQDTWQUAJloFAHlaBQDMWgUAnB0NANVBBQA+vQkA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEAEoLAgCdCwIAgFkFANNZBQAmWgUAeVoFAMxaBQAfWwUAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAIXKBADYygQAK8sEAH7LBADRywQAjEULANQdAAAnHgAAeh4AAM0eAAAgHwAAqNMCAJPWAgDD1AMAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA7XsDAIBZBQDTWQUAJloFAFfyBgCZ6AEAyy4NAFWpCADD2wIAFtwCADyCCQB7xQoAvVMIAFWpCAABRwAAPr0JAAf+CwARLAwA3GkLABsOCwB+RwsA8Q0AAO2QAAABRwAAxdEAAI9EBgAYHgIAfT8CAJnoAQDohgoADb0KAGC9CgC9iwAAEIwAABgeAgAsJwIAIuQEAHXkBADI5AQAm4QAAKz9AQAlggEAAAAAAJnoAQB9PwIAt+AKAC11AQDCQQIAqNMCAJPWAgDD1AMAFtUDAGnVAwC81QMAD9YDAGLWAwCrCQIA/gkCAO3HBAApngIAft8NANHfDQAk4A0AIMsLALr0AgBEDgAAShIBALf8BgCQCAEAAUcAAJnoAQDtxwQAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAWwAKAK4ACgABAQoArBELAPENAACCogMA1aIDAAAAAACo0wIAM/UIAECRAACa4wAAGbgCACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwAsZQUAQJEAAJrjAAAZuAIAGJoIAKwRCwAAAAAAAAAAAAAAAABPyAIAosgCAPKgAQAAAAAAAAAAAAAAAAAAAAAAT8gCAKLIAgAlzgIAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwBHewMAmnsDAJfkBQDq5AUAPeUFAJDlBQDj5QUANuYFAEoSAQDpUQQAPFIEAI9SBADiUgQAV/IGAKz9AQCZ6AEAShIBAJ0SAQAoHwoAex8KAM4fCgBKEgEA6VEEADxSBACPUgQA4lIEACKtAAB1rQAAyK0AABuuAABurgAACNAEAAZQAgCcHQ0Am4QAAMnKBgBKEgEAJ70BABCMAADnHQMAIq0AACmeAgBVLQIAgFkFAI9EBgA7lQgA8Q0AANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAk9YCAMPUAwAH9wwA0mwEACVtBAB4bQQAy20EAB5uBABxbgQAxG4EABdvBABqbwQAvW8EABBwBACZ6AEAJYIBACj2AwAtdQEAfT8CAJnoAQDs6AEAP+kBAJLpAQCT8QoA5vEKAHsYCwDJygYAV/IGABgeAgAsJwIA8Q0AAJGiAQD75wsAkvAAAOSNBAB+RwsA8Q0AALFnAgBzjQgAxo0IABmOCABsjggAv44IABKPCABljwgAuI8IAAuQCABekAgAexgLAEEqDQCsEQsAmegBAMsuDQDvJQAAmegBAAf+CwB6vA0Ap0cAAPpHAABTAAAAbOgHAFnhBQDadAEAqnwLAFQPCADtkAAAV/IGAJnoAQBKEgEA6VEEADxSBACPUgQA4lIEAAXmBgAbDgsAfkcLAPENAACxZwIAGw4LAH5HCwDxDQAAsWcCAJnoAQAYmggArBELAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/BMEAE8UBACfbwgA8m8IAEVwCACYcAgA63AIAD5xCACRcQgA5HEIADdyCACKcggA3XIIADBzCACDcwgA1nMIACl0CAB8dAgAz3QIAO17AwCAWQUA01kFACZaBQBX8gYAmegBAMsuDQBVqQgAyy4NAOJEBgA1RQYAeFgHAMtYBwAeWQcAcVkHAMRZBwAXWgcAmegBAAf+CwCAWQUA01kFACZaBQBX8gYAmegBAMsuDQBVqQgAKPYDAEoLAgDxDQAAgqIDANWiAwBKCwIA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAw9QDABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAO17AwCAWQUA01kFACZaBQBX8gYAmegBAMsuDQBVqQgAyy4NAOJEBgA1RQYAeFgHAMtYBwAeWQcAcVkHAMRZBwAXWgcAmegBAAf+CwCAWQUA01kFACZaBQBX8gYAmegBAMsuDQBVqQgA7XsDAIBZBQDTWQUAJloFAFfyBgCZ6AEAyy4NAFWpCADLLg0A4kQGADVFBgB4WAcAy1gHAB5ZBwBxWQcAxFkHABdaBwCZ6AEAB/4LAIBZBQDTWQUAJloFAFfyBgCZ6AEAyy4NAFWpCAAYHgIAnB0NACx6AgB4ggEAy4IBAKwRCwBKCwIAIq0AAJ24AQDljwIAVXkDAKh5AwD7eQMATnoDALrtAwDkqAwAxr0NAL2LAAAQjAAAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAE1/BACgfwQA838EAEaABACZgAQA7IAEAD+BBACSgQQA5YEEADiCBAAtdQEARfQBAJnoAQAH/gsAESwMACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMATsYEAKHGBAD0xgQAR8cEAJrHBAC9iwAAEIwAAOcdAwCh2wEAmegBAIxFCwBEDgAArCYIAP8mCABSJwgApScIAKjTAgCbhAAAodsBABgeAgAsJwIAAUcAAKK6BAD1ugQA7ZAAAPENAABTAAAAbOgHAL/oBwCa4wAALCcCAAAAAAC9iwAA7ZAAAPENAACxZwIAPr0JADPnCgCa4wAAGbgCANOQCQAmkQkAeZEJAHXkBADI5AQAG+UEAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBACz5wQABugEAFnoBACs6AQA/+gEAFLpBACl6QQA+OkEAEvqBACe6gQA8eoEAETrBACX6wQA6usEAD3sBACQ7AQA4+wEADbtBACJ7QQA3O0EAC/uBACC7gQA1e4EACjvBAB77wQAzu8EAJuEAADuhAAABEUHAFdFBwBX8gYAmegBAAf+CwB6vA0Ap0cAAEoSAQAI0AQAW9AEAJnoAQBfhAgAsoQIAAFHAACiugQA9boEAO2QAADxDQAAmegBAGhdCgDwawwAv+gHAJnoAQBfhAgAsoQIAAAAAAC9iwAA7ZAAAPENAACxZwIAmegBACWCAQAo9gMA+PADADiXAQDVQQUAKEIFAMXRAAAYmggA2nQBACKtAAAERQcAmegBAOiGCgANvQoAV/IGAPpiCAAimAMAqNMCACKtAAApngIAj7MCAOKzAgA1tAIAiLQCACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwAuaA0AM+cKAJrjAAAZuAIAqS8AAHWtAADIrQAAG64AAG6uAADBrgAAqNMCACKtAAApngIAj7MCAOKzAgA1tAIAiLQCACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwAuaA0AM+cKAJrjAAAZuAIA7ZAAAFfyBgD6YggAIpgDAKkvAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwAsZQUAf2UFANJlBQAlZgUAeGYFAMtmBQAeZwUAcWcFAH5xBQDRcQUAb68KAMKvCgAVsAoAaLAKALuwCgAOsQoAYbEKALSxCgBF9AEAUnMJAKVzCQCZ6AEAexgLAGyjBQBfhAgAsoQIAPENAABEDgAAVakIABgeAgAirQAAF8kDAGrJAwC9yQMAEMoDAGPKAwC2ygMACcsDAFzLAwCvywMAAswDAFXMAwCozAMA+8wDAHuxAQDOsQEAIbIBAHSyAQDHsgEAMMYIAIPGCADWxggAKccIAHzHCADPxwgAIsgIAHXICADIyAgAG8kIAG7JCADByQgAFMoIAGfKCAC6yggADcsIAGDLCACzywgABswIAJ24AQDljwIAVXkDAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDACxlBQB/ZQUA0mUFACVmBQB4ZgUAy2YFAB5nBQBxZwUA+9MCAE7UAgA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAATX8EAKB/BADzfwQARoAEAJmABADsgAQA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAw9QDABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAGhdCgADlgkAVpYJAKmWCQD8lgkAT5cJAKKXCQD1lwkASJgJAJuYCQDumAkAQZkJAJSZCQDnmQkAOpoJAI2aCQDgmgkAM5sJAIabCQDZmwkALJwJAH+cCQDSnAkAw9sCABbcAgA8ggkAe8UKAL1TCABVqQgAAUcAAD69CQAH/gsAESwMANxpCwAbDgsAfkcLAPENAADTkAkAJpEJAF/zBACy8wQABfQEAGVRBQCMRQsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAxdEAAO2QAACrFwAAAUcAAJnoAQB7GAsAxdEAAAUJAgABRwAAmegBAMXRAAAFCQIA9dUMAEjWDACYtQoA67UKAD62CgCRtgoAaF0KAE0JCQDxDQAAkaIBAF16AQCs/QEAJYIBAFzYDQAH/gsAESwMANxpCwDtxwQAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAWwAKAK4ACgABAQoAB/4LAHq8DQCnRwAAX4QIALKECABf8wQAsvMEAAX0BABlUQUAjEULANQdAAAnHgAAeh4AAM0eAAAgHwAAkvAAALkbCwB1mAMA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBAD0egMAR3sDAN0YCQA7hwoAjocKAKz9AQDC0gUAFdMFAGjTBQC70wUAqxcAAJnoAQCMRQsAffIMANDyDABVLQIA2nQBAPjwAwC3/AYAj0QGAFWpCAABRwAAPr0JADPnCgCa4wAAGbgCAD9CDQCAWQUA01kFACZaBQB5WgUAzFoFAB9bBQDZSAkA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBACFygQA2MoEACvLBAB+ywQA0csEAIxFCwDUHQAAJx4AAHoeAADNHgAA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDD2wIAFtwCADyCCQCPggkA4oIJADWDCQCIgwkA24MJAOzoAQBUDwgApw8IAPoPCADLLg0AGB4CAJnoAQA+CQsAkQkLABgeAgAsJwIAIGQCAAFHAADTGwIAGB4CAKwRCwCZ6AEA8qABAL2LAAAQjAAA5x0DAKHbAQCT1gIAw9QDABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAJJlCABRhggAj4kIAOKJCAA1iggAiIoIAO17AwCAWQUA01kFACZaBQBX8gYAmegBAMsuDQBVqQgAyy4NAOJEBgA1RQYAeFgHAMtYBwAeWQcAcVkHAMRZBwAXWgcAmegBAAf+CwCAWQUA01kFACZaBQBX8gYAmegBAMsuDQBVqQgAAUcAAIBZBQDTWQUAJloFAHlaBQDMWgUAH1sFAHJbBQDFWwUAGFwFAGtcBQB4eg4Ay3oOABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAO17AwCAWQUA01kFACZaBQB5WgUAzFoFAIjPCgDUHQAAkDgGAFzYDQBZ4QUAAUcAAIBZBQCPRAYAO5UIAAFHAACAWQUA01kFACZaBQB5WgUAzFoFAB9bBQByWwUAxVsFABhcBQBrXAUA7ZAAAECRAACa4wAAGbgCAOv0AQCAWQUA01kFACZaBQB5WgUAzFoFAB9bBQByWwUAg14LANZeCwApXwsAfF8LAM9fCwAiYAsAdWALAEQOAACsJggA/yYIAFInCAClJwgA0xsCAOJEBgA1RQYAiEUGAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqNMCADP1CABAkQAAmuMAABm4AgCrFwAA/hcAAKiwBwD7sAcATrEHAKGxBwD0sQcAR7IHAGseAgD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAmegBAAf+CwCAWQUA01kFACZaBQB5WgUAzFoFAB9bBQDZSAkAW0wLACKtAAAirQAA4LYFADO3BQCGtwUA2bcFAF/zBACZ6AEAexgLAO8lAAABRwAAPr0JADPnCgCMRQsA1B0AAJA4BgBc2A0AWeEFAAFHAACAWQUAj0QGADuVCACZ6AEAFQoKAH45DQDROQ0AJDoNALr0AgAnhQkAeoUJAM2FCQAghgkAc4YJAMaGCQDhqgUANKsFAIerBQDaqwUALawFAICsBQDTrAUAJq0FAHmtBQDMrQUA0cQFACTFBQB3xQUAysUFAB3GBQBwxgUAvYsAABgeAgAYHgIALCcCAKsXAAABRwAAmegBAAf+CwARLAwA4kQGAE0JCQAlggEAeIIBAMuCAQCsEQsAqNMCAAAAAACZ6AEAB/4LAOckAgA6JQIAjSUCACDLCwCMRQsA30ULANp0AQDVQQUAm4QAAKz9AQAlggEAXNgNAIxFCwDUHQAAJx4AAHoeAADNHgAAIB8AAHWKBQCZ6AEA7OgBAOoUCwA9FQsAkBULAAf+CwCAWQUA01kFACZaBQB5WgUAzFoFAB9bBQCo0wIAw9sCABbcAgA8ggkAexgLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQBc2A0AjEULANQdAAAnHgAAeh4AAM0eAAAgHwAAShIBAAAAAABTAAAAIq0AAJ24AQDljwIAVXkDAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDACxlBQBAkQAAmuMAABm4AgAYHgIAvVMIACBxDADQPwIAQJEAAC59CgCBfQoAGB4CACwnAgAi5AQAdeQEAMjkBACbhAAArP0BACWCAQBc2A0A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAQjAAAqxcAAKwRCwCo0wIAAUcAACKtAABTAAAAIq0AAJ24AQDljwIAVXkDAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAO8lAACzqQEABqoBAFmqAQAirQAAnbgBAOWPAgBVeQMAGB4CACwnAgB/JwIAjdENAPENAADUHQAAJpgIAHmYCADMmAgAH5kIAHKZCADFmQgAf2UFANJlBQAlZgUAeGYFAMtmBQAeZwUAcWcFALr0AgBEDgAArCYIAP8mCABSJwgApScIAJnoAQAVCgoAfjkNANE5DQAkOg0AeHoOAMt6DgAeew4AcXsOAMR7DgAXfA4AanwOAL18DgAQfQ4AY30OALZ9DgAJfg4ARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwAbDgsAfkcLAPENAACs/QEAwtIFABXTBQBo0wUAu9MFAA7UBQCIzwoAJ3EAAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCbhAAA7yUAAH0/AgCx+AUAe7EBAPENAACpLwAAnbgBAOWPAgBVeQMAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMALGUFAECRAACa4wAAGbgCAB1CDACM3gEAD4oCAGKKAgC1igIACIsCAL1TCADvJQAAGB4CACwnAgABRwAAoroEAPW6BADtkAAA8Q0AANQdAACtSwEAAEwBAFNMAQABTQsAVE0LAKdNCwCZ6AEAShIBAAjQBACsEQsAmegBAJi1CgDrtQoAPrYKAJG2CgCs/QEAKkUNAHsYCwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEA7ccEAEDIBABvrwoAwq8KABWwCgBosAoAu7AKAA6xCgBhsQoAtLEKAAeyCgBasgoAFQoKAPENAACxZwIABGgCAKz9AQAlggEAKPYDACKYAwCQAQIAA+IKAAf+CwARLAwA3GkLAOiGCgBTAAAA7oQAAJ24AQDljwIAVXkDAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDACxlBQBAkQAAmuMAABm4AgD70wIATtQCADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AACs/QEAj0QGAI9EBgABRwAA8Q0AALFnAgCiugQAEicLAMFTDQCZ6AEA7OgBABgeAgC9UwgAShIBAJnoAQDyoAEAkvAAAKjTAgCT1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAGw4LAG4OCwDBDgsAFA8LAF+ECAAufQoAgX0KAJnoAQDLLg0AVakIAAFHAACZ6AEAyy4NAO8lAACZ6AEAexgLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQBc2A0ArP0BAMLSBQAV0wUAaNMFALvTBQAO1AUAiM8KAJnoAQAH/gsAESwMANxpCwAH/gsAm4QAAF+LBwB9PwIAmegBAAf+CwBBKg0ArBELAJnoAQDLLg0A7yUAAJnoAQAH/gsAerwNAKdHAAD6RwAATUgAAO2QAABX8gYAmegBAKz9AQDC0gUAFdMFAGjTBQC70wUADtQFACWCAQCbhAAAIqYBALFnAgCAWQUAIq0AAPENAADUHQAAm4QAAAZQAgAirQAABEUHAAQVAgBbkQ0ArpENAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAEFQIA15cNACqYDQDljwIAVXkDAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDACxlBQBAkQAAmuMAABm4AgAAAAAAUwAAAGzoBwAJMg0A8Q0AANQdAACbhAAABlACACKtAAAERQcAUwAAAOINAgAEFQIAW5ENAK6RDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAABBUCANeXDQAqmA0A5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwAsZQUAQJEAAJrjAAAZuAIAqNMCAAFHAACiugQAEicLAMFNAgDxDQAAUwAAAE0JCQAYHgIAAUcAAKjTAgABRwAAoroEABInCwDBTQIA8Q0AAFMAAABNCQkAGB4CAAFHAACo0wIAM/UIAECRAACa4wAAGbgCACWCAQAo9gMA+ZgCANp0AQAtdQEARfQBACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwDmUgkA1B0AACceAACa4wAAGbgCAEoLAgCdCwIAoroEABInCwDBTQIA8Q0AAFMAAABNCQkAGB4CAAFHAAAEFQIA15cNACqYDQDljwIAVXkDAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDACxlBQBAkQAAmuMAABm4AgB4eg4Ay3oOABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDABUKCgB+OQ0A0TkNACQ6DQASuQIAKZ4CAH7fDQDR3w0AJOANAHfgDQDK4A0AHeENAHDhDQDD4Q0AYYEFALSBBQAHggUAWoIFAK2CBQAAgwUAU4MFAKjTAgCT1gIAw9QDABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAO17AwCAWQUA01kFACZaBQB5WgUAzFoFAB9bBQDZSAkA7ccEACmeAgB+3w0A0d8NACTgDQB34A0AyuANAB3hDQBw4Q0Aw+ENAJPWAgDD1AMAFtUDAGnVAwC81QMAD9YDAGLWAwABRwAAgFkFANNZBQAmWgUAeVoFAMxaBQAfWwUAclsFAMVbBQAYXAUAa1wFAMPbAgDtkAAAxdEAACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwAsZQUAQJEAAJrjAAAZuAIAO5UIAP4XAAD4xgkAS8cJAJuEAAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAXNgNAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AACdxAAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAXNgNAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAw9sCABbcAgA8ggkAexgLAF+LBwAo9gMA+ZgCAI/cCACYtQoA67UKAPjGCQBLxwkA8Q0AAJnoAQDs6AEA6hQLAD0VCwCQFQsA4xULAOiGCgA7hwoAjocKAKwRCwCPRAYAVakIABgeAgCZ6AEA7ccEAHWtAAC9iwAA8Q0AALFnAgA+vQkAmegBAJi1CgDrtQoA+MYJAEvHCQB7GAsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAMsuDQAirQAAIq0AAOC2BQAztwUAhrcFANm3BQBf8wQAmegBAMXRAAAYmggA2nQBACx6AgBc2A0AFQoKAPENAACxZwIABGgCAKz9AQAlggEAKPYDACKYAwCQAQIA2nQBAC11AQBF9AEAmegBAHsYCwBsowUA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBAD0egMAR3sDAJp7AwDtewMAQHwDAJN8AwDmfAMAgqIDANWiAwAF5gYAWOYGAKvmBgD+5gYAUecGAKTnBgAH/gsAIq0AAFMAAAAAAAAA2nQBAFMAAACZ6AEA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBAD0egMAR3sDAJp7AwDtewMAQHwDAJN8AwAH/gsAerwNAKdHAAAbDgsAfkcLAPENAACxZwIAB/4LAIBZBQDTWQUAJloFAHlaBQDMWgUAH1sFANlICQAsSQkAf0kJADjqAQDadAEAGB4CACwnAgDLLg0A4kQGADVFBgCIRQYAmegBAAf+CwAirQAAUwAAAJnoAQDtxwQAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwBHewMAmnsDAMXRAADadAEA1UEFAFRHAACZ6AEAGw4LAH5HCwDxDQAAsWcCAJnoAQBX8gYAqvIGAMFTDQABRwAAgFkFAPmYAgCP3AgAjEULANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAJtvAwDubwMAQXADAL2LAAAQjAAAN/0AAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQBc2A0Ayy4NABgeAgCZ6AEAPgkLAMT/BwDtkAAA8Q0AAJnoAQCYtQoA67UKAD62CgCRtgoARAACAEA2DQBxPQsAIpgDAFfyBgDxDQAAmegBAIxFCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAACbbwMA7m8DAEFwAwC9iwAAEIwAADf9AAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAXNgNAMsuDQAYHgIAmegBAD4JCwDE/wcA7ZAAAPENAACZ6AEAmLUKAOu1CgA+tgoAkbYKAEQAAgBANg0AcT0LACKYAwCZ6AEAjEULANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAJtvAwDubwMAQXADAL2LAAAQjAAAN/0AAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQBc2A0Ayy4NABgeAgCZ6AEAPgkLAMT/BwDtkAAA8Q0AAJnoAQCYtQoA67UKAD62CgCRtgoARAACAEA2DQBxPQsAIpgDAAAAAACbhAAAX4sHALKLBwAo9gMAqNMCABgeAgCcHQ0ALXUBAEX0AQBScwkAQJEAAJrjAAAZuAIAw9sCABbcAgA8ggkAj4IJANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAHsYCwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEA7ZAAAEoSAQAirQAAKZ4CAO6EAAAERQcAV0UHAPENAADUHQAAJx4AAHoeAADNHgAAIB8AACwnAgBAkQAAmuMAABm4AgB7sQEA8Q0AAKjTAgC69AIAJ4UJAHqFCQDNhQkAIIYJAHOGCQDGhgkAIMsLAJPWAgDD1AMAFtUDAGnVAwC81QMAD9YDAGLWAwBbAAoArgAKAIBZBQDTWQUAJloFAHlaBQDMWgUAH1sFANlICQAH/gsAESwMAFfyBgDoHg0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAH7ZAgB6vA0Ap0cAAOkSDQA8Ew0A6IYKAA29CgBgvQoAmLUKAOu1CgBRGAAAexgLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQBc2A0A7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBAD0egMAR3sDAJp7AwB7GAsAVS0CAHfuCwB6vA0A2nQBACKYAwB1mAMAShIBAJ0SAQBKEgEAt/wGAKsXAADE+AgAF/kIAGr5CACT8QoA5vEKAEoSAQAI0AQABlACAH0/AgDQPwIAV/IGAJnoAQA+CQsA6B4NAJuEAABuDgsAwQ4LABQPCwBnDwsAug8LAA0QCwBgEAsAiMgLAEEqDQBX8gYAmegBAOiGCgANvQoAYL0KADYWCwCRCQsAIpgDACdxAACs/QEAJYIBAFzYDQBX8gYAmegBAL2LAAAQjAAAAUcAAIBZBQAsegIAmegBAAf+CwCAWQUA01kFACZaBQBX8gYAmegBAF+ECACyhAgAAUcAAKK6BAAlggEAKPYDAHv2AwD1ZwQAIq0AAAQVAgDXlw0AKpgNAOWPAgBVeQMAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMALGUFAECRAACa4wAAGbgCAEurDQDUHQAAJx4AAHoeAADNHgAAIB8AAFfyBgDoHg0Am4QAAMnKBgCo0wIAxP8HAMXRAACrFwAAqNMCABiaCAB+RwsA8Q0AALFnAgAlggEAeIIBAPDTCQBD1AkAltQJAOnUCQBs6AcAv+gHAJrjAAAZuAIAR/AKAOJEBgA1RQYAiEUGAJnoAQC9iwAAEIwAAOcdAwCh2wEAmegBAIxFCwBEDgAArCYIAP8mCABSJwgAjEULAH3yDADQ8gwAVS0CAL2LAADxDQAAmegBABiaCAAD4goAWeEFAH0/AgDQPwIAV/IGAMT/BwDiRAYANUUGAHhYBwDLWAcAHlkHAHFZBwDEWQcAF1oHAGpaBwC9WgcAEFsHAGNbBwC2WwcACVwHAFxcBwCvXAcAAl0HAFVdBwCoXQcA+10HAE5eBwChXgcA9F4HANduBwAqbwcAfW8HANBvBwBX8gYAmegBAMsuDQBVqQgAAUcAAJnoAQDF0QAABQkCANp0AQDVQQUAgFkFAC11AQBF9AEAmegBAOzoAQDqFAsAGB4CAJnoAQDLLg0A4kQGADVFBgB4WAcAy1gHAB5ZBwBxWQcAxFkHAL/oBwBrHgIAVS0CAIBZBQCPRAYAO5UIAAFHAACAWQUA01kFACZaBQB5WgUAzFoFAB9bBQByWwUAg14LANZeCwApXwsAfF8LAM9fCwAiYAsAdWALAK7eAgAnvQEAAUcAAJuEAABVLQIAPr0JAMsuDQDiRAYANUUGAHhYBwDLWAcAHlkHAHFZBwDEWQcAF1oHAJnoAQAH/gsAgFkFANNZBQAmWgUAV/IGAJnoAQDLLg0AVakIAAFHAACrCQIAvYsAABCMAAA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAAShIBAJ0SAQAoHwoA+mIIACXUDQCsEQsAmegBAO3HBABAyAQAb68KABCMAAABRwAAPr0JAH7ZAgCAWQUA01kFACZaBQB5WgUAzFoFAB9bBQDZSAkAxdEAAAUJAgDadAEA1UEFAIBZBQAtdQEARfQBAJnoAQDs6AEA6hQLABgeAgCZ6AEA+ZgCAEyZAgCfmQIA8pkCABiaCAB+RwsA8Q0AALFnAgAEaAIA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBACKtAAAAAAAAJYIBAKjTAgDD2wIAFtwCADyCCQAbDgsAfkcLAPENAACxZwIA8Q0AAJnoAQB7GAsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAFzYDQDohgoAO4cKAI6HCgDgkwoAM5QKAIaUCgBoXQoATQkJAKAJCQD70wIATtQCADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AABNfwQAGB4CACwnAgAi5AQAVS0CAD69CQCMRQsA1B0AAPENAACRogEAXXoBAI9EBgAlggEAJYIBAJnoAQAbDgsAfkcLAPENAACxZwIAkvAAALkbCwD8EwQAB/4LAKK6BAD1ugQA7ZAAAFfyBgCZ6AEA7OgBAOoUCwAYHgIAmegBAAAAAAC9iwAA7ZAAAECRAACsEQsAmegBAOzoAQA/6QEAkukBAOXpAQCrFwAA/hcAAPjGCQBLxwkA8Q0AAO8lAACzqQEABqoBAFmqAQDoHg0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAJPWAgDD1AMAb68KAMKvCgAVsAoAaLAKALuwCgAOsQoAYbEKALSxCgBfhAgAsoQIACLkBAB15AQAyOQEAJnoAQB7GAsAQSoNAKwRCwCZ6AEA7ccEAEDIBACTyAQAnb4MAPC+DADuhAAAwmoIAJnoAQBoXQoATQkJANp0AQAtdQEAVS0CAPENAACo0wIAw9sCABbcAgA8ggkAj4IJANQdAAAnHgAAeh4AAM0eAAAgHwAAdYoFAJnoAQB7GAsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAFzYDQDs6AEA6hQLABgeAgCZ6AEA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBAD0egMA8Q0AANQdAAAnHgAAeh4AAM0eAAAgHwAAdYoFAMiKBQAnHgAAmuMAABm4AgDUHQAAJx4AAJrjAAAZuAIAeHoOAMt6DgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAEoLAgAYHgIALCcCAH8nAgCN0Q0A8Q0AANQdAAAvagsAECsCAPykBwBPpQcAmegBAIxFCwDUHQAAJx4AAHoeAADNHgAAIq0AAH0/AgAYmggAfkcLAFWpCADxDQAA1B0AAEoLAgBX8gYAGB4CAJwdDQD5mAIAj9wIAOLcCAAEFQIAW5ENAECRAACa4wAAGbgCAAQVAgCrFwAA7ZAAAAFHAADF0QAAj0QGABgeAgB9PwIA0D8CAECRAACa4wAAGbgCAHh6DgDLeg4AFjwNAGk8DQC8PA0AAAAAAAAAAADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKjTAgCT1gIAw9QDABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAAf+CwB6vA0Ap0cAABUKCgBoCgoAV/IGAFMAAABNCQkA2nQBAC11AQA/NQMAmegBAL2LAAAYHgIAJYIBAKjTAgAUCQAAGJoIAGuaCAC+mggA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEAFsACgCuAAoAAQEKAAf+CwB6vA0Ap0cAAHtQAwDE/wcAFwAIAGoACAC9AAgAEAEIAEJBCAA+CQsAqvIGAO2QAABKEgEAnRIBAHtQAwDE/wcAFwAIAGoACAC9AAgAEAEIAEJBCAA+CQsAqvIGAO2QAABKEgEAnRIBAPASAQCZ6AEAX4QIAC59CgCBfQoAqxcAAOcdAwAtdQEARfQBAO2QAABAkQAAShIBADiXAQAimAMAkaIBAF16AQCPRAYAO5UIAJnoAQA+CQsA6B4NAKsXAADnHQMA7ZAAAFfyBgCZ6AEAxdEAABiaCADadAEALHoCAFzYDQAH/gsAoroEAKwRCwDadAEALXUBAEX0AQCZ6AEAB/4LABEsDADcaQsA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEAFsACgCuAAoAAQEKAAf+CwB6vA0Ap0cAAHtQAwDE/wcAFwAIAGoACAC9AAgAEAEIAEJBCAA+CQsAqvIGAO2QAABKEgEAnRIBAD4JCwA9AA4AkAAOAOMADgA2AQ4AiQEOANwBDgDtxwQAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMM0HAI9EBgAirQAAfT8CANA/AgBAkQAALCcCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBOzQMAsxALAAYRCwBZEQsAGIULABiaCADadAEALHoCAFzYDQDs6AEAQiYAAAFHAAAirQAABEUHANp0AQAtdQEARfQBAJnoAQCMRQsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAexgLAMFTDQDadAEAmegBAPmYAgCP3AgA4twIAIjPCgBdegEAj0QGANp0AQAsegIAXNgNAKsXAAD+FwAAdzsBAO8lAADqFAsAPRULAJAVCwDjFQsAN5wCAECRAACa4wAAGbgCAPKgAQBpsggAvLIIAA+zCABiswgAtbMIAAi0CAAAAAAAT8gCAKLIAgCYtQoA67UKAFEYAABVvgUAqL4FABPPCQBmzwkAuc8JAOzoAQBUDwgApw8IAPoPCADLLg0AGB4CAJnoAQA+CQsAkQkLABgeAgAsJwIAIGQCAAFHAADTGwIAGB4CABUKCgBoCgoAuwoKAA4LCgBhCwoAAAAAAPmYAgBMmQIABlACAAAAAAAYHgIALn0KAIF9CgAAAAAAV/IGAMT/BwAXAAgAagAIAL0ACAAQAQgA3CsIAC8sCACCLAgA1SwIACKtAAB9PwIA0D8CAAFHAACrFwAA/hcAAHc7AQDvJQAA6hQLAD0VCwCQFQsA4xULADecAgBAkQAAmuMAABm4AgAEFQIAS6sNAEQOAACsJggA5LYKAFQPCACgRwwAwkECAJnoAQB7GAsAbKMFAPmYAgBMmQIAn5kCACj2AwBX8gYAmegBAD4JCwDE/wcAFwAIAGoACAC9AAgAEAEIAEJBCAAVCgoAaAoKAPmYAgDadAEAGB4CAL1TCAA7lQgAShIBALf8BgCrFwAAxdEAAI9EBgAYHgIAfT8CALfgCgAtdQEARfQBAJnoAQDtxwQAQMgEAJPIBACdvgwA8L4MAEO/DACWvwwA6b8MADzADACZ6AEAX4QIAC59CgCBfQoA1H0KACd+CgB6fgoAzX4KAIxFCwB98gwAoroEABInCwBVLQIAPr0JAEX0AQCZ6AEA6IYKAA29CgBgvQoAFQoKANp0AQDVQQUAVEcAAKdHAADpEg0AmegBAJi1CgDrtQoAPrYKAJG2CgBfhAgALn0KAIF9CgCrFwAA5x0DAC11AQBF9AEAmegBAMsuDQAYHgIAmegBAEoSAQA4lwEAIpgDAKkvAACduAEA5Y8CAO8lAABUDwgARfQBAL2LAAAYHgIALCcCABgeAgAsJwIAIuQEAFUtAgA+vQkAPgkLAMT/BwAXAAgAagAIAL0ACAAQAQgAQkEIAGhdCgAIPwEAWz8BAPmYAgDadAEAV/IGAOgeDQCPRAYAj0QGAAFHAAAlggEAXNgNAPENAACRogEAmegBAD4JCwDE/wcAFwAIAGoACAC9AAgAEAEIAEJBCACYtQoA67UKAD62CgCRtgoA5LYKADe3CgCKtwoA3bcKAD4JCwDE/wcAFwAIAGoACAC9AAgAEAEIAEJBCAAVCgoAaAoKAFfyBgBTAAAATQkJANp0AQAtdQEAWeEFAKzhBQD/4QUAUuIFAKXiBQD44gUAS+MFAJ7jBQDx4wUAROQFANp0AQCbhAAAX4sHAJnoAQAH/gsAIq0AAFMAAACo0wIAmegBAOSoDADGvQ0A7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEAJLwAAAAAAAA/BMEAGskDQDqFAsAGB4CAAFHAACAWQUA+ZgCAI/cCACQOAYArBELAJnoAQBfhAgAsoQIAAWFCABYhQgAq4UIAP6FCACZ6AEA6IYKAJPWAgDD1AMAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMATs0DAFnhBQCs4QUA/+EFAFLiBQCl4gUA+OIFAEvjBQCe4wUA8eMFAETkBQDD2wIAFtwCAAaHBgDkqAwA7ZAAAK1LAQBxPQsAIpgDALFnAgCAWQUALXUBAEX0AQCZ6AEAPgkLAMT/BwBKEgEACNAEANp0AQAwzQcAg80HANbNBwApzgcAfM4HAM/OBwAizwcAdc8HAMjPBwAb0AcAbtAHAMHQBwAU0QcAZ9EHALrRBwAN0gcAYNIHALPSBwAYHgIALCcCAH8nAgCN0Q0A8Q0AANQdAADyoAEAAUcAACKtAABTAAAAqNMCAAAAAAAlggEA8Q0AAKjTAgAAAAAAvYsAABCMAADnHQMAodsBAKjTAgAAAAAArP0BACWCAQBc2A0AB/4LABEsDADcaQsA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEAFsACgCuAAoAAQEKAAf+CwAirQAAUwAAAKjTAgAAAAAAJYIBAPENAACo0wIAAAAAAIxFCwCRogEA5KIBAKjTAgAAAAAAqxcAAKsXAADtkAAAWeEFAAFHAACAWQUAj0QGADuVCACZ6AEAX4QIALKECAAFhQgAWIUIAKuFCAD+hQgAAAAAAAFHAAABRwAAUwAAACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwDCQA4ATQkJAKAJCQDzCQkAkvAAAOSNBAB+RwsA8Q0AALFnAgD75wsAX4QIALKECAAi5AQAdeQEAMjkBACZ6AEAPgkLAKryBgBkeA0At3gNAKz9AQCbhAAAIqYBANQdAACMRQsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAexgLAFUtAgC9iwAAJYIBAFfyBgCZ6AEAmLUKAOu1CgA+tgoAkbYKAO3HBABAyAQAk8gEAObIBAA5yQQAjMkEAN/JBABbAAoArgAKAAEBCgAYHgIALCcCAH8nAgCN0Q0A8Q0AANQdAADoHg0AQJEAAJrjAAAZuAIA7ZAAAECRAACa4wAAqfAIAPzwCABRGAAAAAAAAAAAAAAAAAAAT8gCAKLIAgAlzgIAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwBHewMAmnsDAJfkBQDq5AUAPeUFAJDlBQDj5QUANuYFAAAAAAAAAAAAT8gCAKLIAgAlzgIAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwBHewMAmnsDAJfkBQDq5AUAPeUFAJDlBQDj5QUANuYFAMXRAADadAEALXUBAO2QAABAkQAAmuMAABm4AgAAAAAAAAAAAAAAAAAAAAAAAAAAAKsXAADtkAAAAUcAAAQVAgDXlw0AKpgNAOWPAgBVeQMAqHkDAPt5AwBOegMALmgNAIFoDQDUaA0AJ2kNAHppDQDNaQ0AIGoNAHNqDQCT1gIAw9QDABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAI9EBgDxDQAAmegBABUKCgB+OQ0A0TkNACQ6DQAAAAAAAAAAAAAAAAA+vQkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQAAAAAAAAAAAAAAAACtSwEAcT0LAI9EBgA7lQgAmegBAF+ECACyhAgABYUIAFiFCACrhQgAAAAAAO2QAABAkQAArP0BANp0AQAtdQEAwkECAD0ADgAQjAAARfQBAPENAAAncQAAiMIAAO8lAACs/QEAm4QAAIjCAACZ6AEAexgLAKz9AQBF9AEAUnMJAJA4BgBc2A0AGJoIAKsXAADtkAAArUsBAHE9CwAAAAAAqxcAAJnoAQBfhAgAsoQIABiaCAC9iwAA8Q0AACdxAADJygYA8Q0AAJGiAQBdegEAj0QGADuVCADtkAAAX4QIAJwdDQCqfAsAVA8IAL2LAAABRwAAm4QAAFUtAgAAAAAAj0QGAJnoAQBfhAgAsoQIACBkAgBzZAIA8Q0AACdxAADJygYAqxcAAP4XAACo0wIAM/UIAIb1CADZ9QgALPYIAH/2CADS9ggAJfcIAHj3CADL9wgAHvgIAHH4CADtkAAAWeEFAKzhBQD/4QUAUuIFAKXiBQD44gUAS+MFAJ7jBQDx4wUAROQFAOzoAQA/6QEAkukBAOXpAQCsqgEAk9YCAMPUAwAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDD2wIAFtwCADyCCQCPggkA4oIJADWDCQCIgwkA24MJAOzoAQBUDwgApw8IAPoPCADLLg0AGB4CAJnoAQA+CQsAkQkLABgeAgAsJwIAIGQCAAFHAADTGwIAGB4CABArAgBfiwcAXNgNAECRAACa4wAAGbgCAI9EBgCPRAYAJYIBAJnoAQAH/gsAgFkFANNZBQAmWgUAV/IGAJnoAQDLLg0AVakIAAFHAACZ6AEAxdEAABiaCADadAEALHoCAFzYDQDF0QAABQkCANp0AQDVQQUAgFkFAC11AQBF9AEAmegBAOzoAQDqFAsAGB4CAJnoAQB7GAsAQSoNAJQqDQDLLg0A4kQGADVFBgCIRQYAmegBAO3HBABAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQA9HoDAOiGCgANvQoAYL0KAJi1CgDrtQoAPrYKAJG2CgB7GAsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAFzYDQCrCQIA/gkCAF+ECACyhAgAAAAAAL2LAADtkAAA8Q0AALFnAgCZ6AEAB/4LAIBZBQDTWQUAJloFAFfyBgCZ6AEAyy4NAFWpCAABRwAAmegBAHsYCwDvJQAAAUcAAD69CQAz5woAqxcAAO2QAACtSwEAqNMCAH7ZAgCAWQUA01kFACZaBQB5WgUAzFoFAB9bBQDZSAkAexgLAAFGDAAAAAAAvYsAANp0AQAYHgIAnB0NAC11AQBF9AEAmegBAHsYCwBsowUA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBAD0egMAXNgNAECRAACa4wAAGbgCAD9CDQCAWQUA01kFACZaBQB5WgUAzFoFAB9bBQD9NwkAUDgJAKM4CQD2OAkASTkJAJw5CQDvOQkAQjoJAJU6CQDoOgkAOzsJAJLwAADF0QAABQkCANp0AQDVQQUAkfUBABgeAgAsJwIAIuQEAFUtAgA+vQkAAUYMAAAAAAC9iwAA2nQBABgeAgAsJwIAe7EBAFfyBgCs/QEAIq0AAJnoAQDtxwQAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwDLLg0ArP0BAAFHAACbhAAA2nQBAC11AQCZ6AEAe7EBAFfyBgCs/QEAIq0AAJnoAQDtxwQAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwCZ6AEAFQoKAEA2DQAATAEAU0wBAAFNCwBUTQsAp00LAPpNCwBNTgsAxdEAABiaCAAD4goAqxcAAJnoAQAH/gsAoroEAKwRCwDadAEALXUBAEX0AQCZ6AEAB/4LABEsDADcaQsA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA8Q0AAJnoAQDtxwQAQMgEAG+vCgDCrwoAFbAKAGiwCgC7sAoADrEKAGGxCgC0sQoAB7IKAFqyCgB7GAsAAUYMAAAAAAC9iwAA2nQBABgeAgAsJwIAX/MEAJnoAQDs6AEAGB4CAL1TCABKEgEAmegBAAf+CwB6vA0Ap0cAAL2LAAAQjAAA5JsCADecAgBAkQAAJYIBAKwRCwDadAEALXUBAEX0AQCZ6AEAPgkLAKryBgBkeA0At3gNAKz9AQCbhAAAIqYBANQdAAB7GAsAAUYMAAAAAAC9iwAA2nQBABgeAgAsJwIAexgLAGyjBQBfhAgAsoQIAPENAABEDgAAVakIABgeAgAirQAA7ZAAAOzoAQAYHgIAvVMIAEoSAQCZ6AEA6IYKANVBBQDxDQAAmegBAGhdCgAIPwEAnB0NAPjwAwAI0AQABlACAKwRCwCZ6AEA7OgBAD/pAQDuhAAAwmoIANMbAgAYHgIArBELAJnoAQDLLg0AGB4CAJnoAQCMRQsARA4AAFWpCAAYHgIAIq0AAO2QAAABRwAAm4QAAMnKBgBX8gYAGB4CAJwdDQAtdQEA7yUAAOoUCwCZ6AEAFQoKAGgKCgC7CgoAdzsBAO8lAADqFAsAPRULAJAVCwDjFQsAm4QAANp0AQBKCwIAm4QAAAraCwAHuQkAWrkJAC11AQBnYgsAoroEABInCwDBTQIA8Q0AAB0uAwCbhAAAVS0CAD69CQAbDgsAfkcLAPENAACxZwIAmegBAJi1CgAQKwIAYysCALYrAgBRGAAAVb4FAKi+BQATzwkAZs8JALnPCQAM0AkAX9AJALLQCQDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABKEgEAOJcBACKYAwCs/QEAKkUNABiaCACbhAAA+ZgCANp0AQAtdQEAWv4LAJG9CQDkvQkAN74JAIq+CQDdvgkAML8JAIO/CQDWvwkAKcAJAHzACQDPwAkAIsEJAHXBCQCRCQsATWMIAKBjCADzYwgAvYsAAFfyBgBfhAgAsoQIACLkBADJygYAmegBAL2LAABX8gYAAAAAAI9EBgCZ6AEAB/4LAIBZBQDTWQUAJloFAHlaBQDMWgUAGJoIAFMAAABKCwIAqxcAAO2QAAABRwAAxdEAAI9EBgAYHgIAfT8CAEoLAgBF9AEAUnMJAKVzCQD4cwkAS3QJAJ50CQDxdAkALCcCAPENAACRogEA1B0AAPENAACo0wIARfQBAFJzCQClcwkA+HMJAEt0CQCedAkA8XQJAER1CQCXdQkA6nUJAD12CQCQdgkA7OgBAOoUCwAYHgIAyy4NABgeAgCZ6AEAjEULANQdAAAnHgAAeh4AANp0AQAirQAA7ZAAAJi1CgDrtQoAPrYKAJG2CgB9PwIAKCYJAP4XAADF0QAAGJoIAH5HCwDxDQAAsWcCAD69CQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA+74FAE6/BQChvwUA9L8FAEfABQCawAUAexgLAMnKBgBX8gYAGB4CACwnAgDxDQAAkaIBAJnoAQDs6AEA6hQLAD0VCwCQFQsA4kQGADVFBgCIRQYAmegBAAf+CwAirQAAUwAAAJnoAQDtxwQAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwBHewMAmnsDAO17AwBAfAMAm4QAANp0AQDtkAAAQJEAAJrjAAAZuAIA8qABAGmyCAC8sggAD7MIAGKzCAC1swgACLQIAO2QAABKEgEAUwAAAE0JCQAYHgIAax4CAAZQAgCsEQsAmegBAOzoAQA/6QEAkukBAJPxCgDm8QoA6IYKADuHCgCOhwoAmLUKABArAgBjKwIAtisCAF+ECACyhAgA8Q0AAEQOAAAlggEAvYsAAAFHAACAWQUAj0QGAFfyBgDoHg0AqxcAABArAgBjKwIAtisCAJi1CgDrtQoAGB4CAJnoAQCMRQsA1B0AACceAAB6HgAAqxcAABArAgBjKwIAtisCAGhdCgAIPwEAWz8BAPmYAgDadAEAV/IGAOgeDQAirQAABEUHAJnoAQAbDgsAfkcLAPENAACxZwIAmegBAOiGCgANvQoAYL0KAH0/AgAoJgkA/hcAAMXRAACPRAYAIHEMAL2LAABTAAAAmegBAOzoAQA/6QEAkukBAJPxCgDm8QoA5ekBAOcdAwCPRAYABBUCANeXDQAERQcAm4QAAEEqDQCrFwAA7ZAAAJA4BgDxDQAABBUCACmkDQB8pA0AGB4CACwnAgDxDQAARA4AACWCAQD5mAIAj9wIAFfyBgCq8gYAycoGAFfyBgAYHgIALCcCAPENAACRogEA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCo0wIAw9sCABArAgBjKwIAtisCAKiiCQD7ogkATqMJAKGjCQD0owkAR6QJAJqkCQDtpAkAQKUJAJOlCQDmpQkAOaYJAIymCQDfpgkAMqcJAIWnCQDYpwkAK6gJAJnoAQC5GwsARA4AAKwmCAD/JggAUicIAKUnCAAa1QgAhu4JANnuCQAs7wkAM+cKAJrjAAAZuAIAFQoKAPENAACxZwIABGgCAKz9AQAlggEAKPYDACKYAwCQAQIAmegBAHsYCwBsowUAmLUKAO2QAADF0QAAmegBAO3HBABAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQA9HoDAKjTAgDyoAEAabIIALyyCAAPswgAYrMIALWzCAAItAgAW7QIAK60CAB9uwgAAAAAAAAAAAAAAAAATMIIAJ/CCADywggARcMIAJjDCADrwwgAPsQIAJHECAAAAAAAAAAAAOTECAA3xQgAisUIALrtAwCaEwYA7RMGAOzoAQDqFAsAPRULAJAVCwCo0wIATs0DAKHNAwDMbg4AH28OAHJvDgDFbw4Am4QAAKz9AQAlggEAXNgNAOzoAQBUDwgApw8IAPoPCACYtQoA67UKAD62CgCRtgoA5LYKADe3CgCKtwoA3bcKAO2QAACrFwAA/hcAAO2QAACrFwAAqxcAAP4XAADtkAAAqxcAAAFHAACo0wIAw9sCABbcAgA8ggkAj4IJAOKCCQA1gwkAiIMJANuDCQDs6AEAVA8IAKcPCAD6DwgAyy4NABgeAgCZ6AEAPgkLAJEJCwAYHgIALCcCACBkAgABRwAA0xsCABgeAgCsEQsAmegBAOSoDACo0wIAAAAAAJnoAQCs/QEA//0BAO8lAADvJQAAQiYAAECRAACcHQ0ALXUBAEX0AQCZ6AEAB/4LAIBZBQDTWQUAJloFAFfyBgCZ6AEAyy4NAFWpCAABRwAAmegBAHsYCwDvJQAAAUcAAD69CQAz5woAV/IGAD0ADgAlggEAXNgNAKsXAAD+FwAAdzsBAO8lAADqFAsAPRULAJAVCwDjFQsAN5wCAECRAACa4wAAGbgCAMPbAgAW3AIAPIIJAEoSAQCdEgEAKB8KAHsfCgDOHwoAISAKAJi1CgAQKwIAYysCALYrAgBX8gYAw9sCABbcAgA8ggkAShIBAJ0SAQAoHwoAex8KAM4fCgAhIAoAmLUKABArAgBjKwIAtisCAFfyBgBKEgEAnRIBACgfCgB7HwoAzh8KACEgCgBoXQoAu10KAA5eCgBhXgoAtF4KAAdfCgBaXwoAJYIBAHiCAQD9YQMAUGIDAJnoAQC9iwAAGB4CACWCAQBfhAgAsoQIAPENAABEDgAAJYIBAPmYAgCP3AgA6IYKAPjwAwBL8QMAnvEDAPHxAwBE8gMAmegBABUKCgBoCgoAAUcAAKK6BACsEQsAmegBAOzoAQDqFAsAGB4CAJnoAQBoXQoAu10KAA5eCgBhXgoAtF4KAAdfCgBaXwoAqwkCAP4JAgCs/QEA//0BAFL+AQCl/gEA7OgBAOoUCwA9FQsAkBULAOMVCwDohgoA1UEFAChCBQDohgoAO4cKAI6HCgDhhwoAbKMFAGhdCgC7XQoADl4KAGFeCgC0XgoAB18KAFpfCgAEFQIAe7EBAPENAABEDgAAShIBAAjQBABVLQIAIq0AAARFBwDadAEALXUBAEX0AQCZ6AEAaF0KALtdCgAOXgoAYV4KALReCgAHXwoAWl8KAOzoAQDqFAsAGB4CAJnoAQCQCAEAdqcLAMJADgAVQQ4AmLUKAOu1CgA+tgoAkbYKAGhdCgAIPwEALCcCAH8nAgBUDwgA0J8MAO2QAABX8gYAmegBAMXRAADadAEA1UEFAFRHAACZ6AEAAAAAAJnoAQDLLg0AGB4CAJnoAQA6hQwAAAAAAJnoAQDLLg0AGB4CAJnoAQA6hQwAjYUMAHsYCwBsowUAPgkLAOgeDQA7Hw0AbOgHAAkyDQBcMg0A6B4NAKsXAAAirQAAUwAAAKYAAADyYQoARWIKAJhiCgDrYgoAPmMKAEoSAQAI0AQAQSoNAIzeAQCbhAAAX4sHALKLBwDuhAAAfT8CALH4BQAK2gsAUnMJABsOCwBuDgsAwQ4LABQPCwCYtQoA67UKAD62CgCRtgoArP0BACpFDQDtkAAAqxcAAJnoAQDs6AEA6hQLAD0VCwCQFQsA4xULAOiGCgA7hwoA7iIOAEEjDgCUIw4A5yMOADokDgBc2A0AV/IGAAQVAgCZ6AEAB/4LAKK6BACsEQsAmegBAAf+CwARLAwA3GkLAOiGCgA7hwoA7iIOAEEjDgCUIw4A5yMOADokDgDohgoA1UEFAKjTAgDD2wIAwkAOABVBDgBoQQ4A6IYKADuHCgDuIg4AQSMOAJQjDgDnIw4AOiQOAGhdCgAlggEAXNgNAJuEAAAipgEA1B0AAF+ECAAufQoAgX0KAJnoAQAUCQAAqxcAAMJADgAVQQ4AaEEOAOiGCgA7hwoA7iIOAEEjDgCUIw4A5yMOADokDgC9iwAAEIwAAAFHAACAWQUA01kFACZaBQDtkAAAQJEAAJrjAAAZuAIAJYIBAHiCAQD9YQMAUGIDAJnoAQCMRQsA30ULACKtAAAERQcAmegBAOzoAQBUDwgApw8IAPoPCADkqAwAN6kMAEX0AQBScwkAShIBAJnoAQDadAEALXUBAJnoAQB7GAsAQSoNAKwRCwCZ6AEAyy4NAO8lAACZ6AEAB/4LAHq8DQCnRwAA+kcAAEQOAABVqQgAGB4CACKtAADtkAAAJYIBAHiCAQAirQAAKZ4CAHyeAgDPngIArBELAJnoAQDohgoAO4cKAO4iDgBBIw4AlCMOAOcjDgA6JA4AXNgNAFfyBgCZ6AEARfQBAFJzCQBKEgEAB/4LAHq8DQCnRwAARfQBAFJzCQBKEgEA8Q0AAJnoAQB7GAsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAD4JCwAYHgIAnB0NAPmYAgCP3AgA4twIAJnoAQDs6AEA6hQLAD0VCwCQFQsA4xULAOzoAQDqFAsAGB4CAJnoAQB7sQEAV/IGAKz9AQAirQAAHUIMAP4XAAB3OwEA7yUAAOoUCwA9FQsAkBULAOMVCwA3nAIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BACKtAAB1rQAAwFkCABNaAgBmWgIAV/IGAOgeDQDvJQAA7yUAAOoUCwA9FQsAkBULAOMVCwA3nAIAQJEAAJrjAAAZuAIAzhgLAAFHAACAWQUAqnwLALOpAQDuhAAAwmoIAL2LAAAYHgIAB/4LABEsDADcaQsA7OgBAFQPCACgRwwAwkECAAeQAwBakAMArZADAACRAwBTkQMAppEDAPmRAwBMkgMArP0BACpFDQBfhAgAsoQIAPENAABEDgAAJYIBAPmYAgCP3AgAV/IGAKjTAgCrFwAA/hcAAHc7AQDx/wEAVAEKAKcBCgD6AQoATQIKAOzoAQCN0Q0AEIwAALX4CgABRwAAgFkFAI9EBgA7lQgAAUcAAD69CQCrFwAA8Q0AAF16AQCPRAYAO5UIACKYAwB1mAMAX4QIALKECAAAAAAAvYsAANp0AQAYHgIALCcCAD4JCwAYHgIAnB0NAPmYAgCP3AgAmegBAJH1AQDk9QEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCo0wIAX4QIALKECAAAAAAAvYsAANp0AQAYHgIALCcCAF/zBACZ6AEAShIBAJ0SAQAoHwoAex8KAM4fCgAhIAoAaF0KAAg/AQBbPwEA+ZgCANp0AQBX8gYA6B4NAPENAACZ6AEAaF0KALtdCgAOXgoAYV4KALReCgAHXwoAWl8KAPENAABTAAAAbOgHAFnhBQDvJQAAs6kBAAaqAQBZqgEA5KgMAPENAACxZwIAPr0JAJG9CQC3/AYArUsBAHE9CwCo0wIARfQBAEoSAQC3/AYAqxcAAAFHAACbhAAAVS0CAIBZBQCPRAYAO5UIAJnoAQDs6AEAP+kBAIjCAAAlggEA8Q0AANQdAAAL1QoAB7kJAKz9AQDC0gUAVS0CAJuEAABfiwcAmegBABUKCgB+OQ0A0TkNACQ6DQBfiwcAqNMCAH0/AgC34AoACuEKAF3hCgCw4QoA2nQBACx6AgB/egIA0noCAO2QAACbhAAAwVMNAJnoAQDLLg0AVakIAAFHAACZ6AEAyy4NAO8lAACZ6AEAShIBALf8BgAK/QYAnRIBABgeAgBAkQAAShIBADiXAQCLlwEAECsCAPykBwA+vQkAV/IGAJnoAQCs/QEArBELAJnoAQB7GAsAQSoNAP4XAAB3OwEAVEcAAKdHAADpEg0AmegBAGhdCgAIPwEAWz8BAIY6CwDZOgsALDsLAEX0AQCY9AEAyy4NACBxDACT8QoA5vEKAISsCgDXrAoAmegBAOzoAQA/6QEA2tsKAC3cCgCA3AoA09wKACbdCgB53QoAzN0KAB/eCgBoXQoAu10KAAZQAgCIzwoA1B0AABUKCgB+OQ0A0TkNACQ6DQAirQAAKZ4CAH7fDQBF9AEAGJoIAGuaCADohgoAO4cKAI6HCgDgkwoAM5QKAM28DQAsJwIAIuQEAMnKBgCZ6AEAAAAAAOX9CgCZ6AEAGJoIAJuEAABBKg0AV/IGACWCAQBc2A0AV/IGABUKCgBANg0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEABBUCAKjTAgBL+AIAnvgCAPH4AgAVOwMAaDsDALs7AwAOPAMAYTwDAHsYCwBVLQIAexgLAFUtAgAAAAAARQgLAJnoAQBX8gYA+mIIACXUDQB41A0Ay9QNAB7VDQCo0wIArP0BAKwRCwABRwAAPr0JAJPWAgAERQcAm4QAAAZQAgAYmggAm4QAACKmAQCZ6AEA7OgBAD/pAQCS6QEA5ekBAH45DQDROQ0AJDoNAAAAAACrFwAAAUcAAJuEAACh2wEAmegBABUKCgB+OQ0A0TkNACQ6DQCPRAYAVakIABCMAADkmwIAPgkLAOgeDQABRwAAPr0JAFnhBQABRwAAPr0JAJuEAAAGUAIALCcCAD4JCwDoHg0AAUcAAD69CQBZ4QUAAUcAAD69CQDxDQAAXXoBALB6AQADewEAVnsBAHLeCgDF3goAmegBAKz9AQCsEQsAmegBAIxFCwBdegEAsHoBAAN7AQBWewEAUwAAAAg/AQBbPwEAShIBADiXAQAimAMA1B0AACceAAAsJwIAe7EBAPYBBQBZ4QUAAUcAAIBZBQCPRAYAShIBAAjQBADadAEALXUBAGseAgDuhAAA7ZAAAKz9AQCbhAAA7oQAAH0/AgCZ6AEAShIBAJ0SAQDxDQAAsWcCAJnoAQBfhAgAsoQIACBkAgBRcQsAqxcAAAFHAACZ6AEA7ccEACmeAgB8ngIAz54CACKfAgAlggEAm4QAACKmAQCxZwIA/BMEAGhdCgAIPwEAWz8BAIY6CwDZOgsALDsLAH87CwCZ6AEA7ccEAEDIBAAH9wwAWvcMAK33DAAA+AwAU/gMAKb4DACZ6AEAxdEAANp0AQDVQQUAVEcAAJnoAQAVCgoAQDYNAHE9CwDEPQsAKEIFAO3HBABAyAQAFjwNACKtAADtkAAA8Q0AAJGiAQAEFQIAW5ENAK6RDQBxPQsAxD0LANp0AQDVQQUAPr0JAFfyBgCZ6AEAxdEAANp0AQDVQQUAVEcAAJnoAQDtxwQAQMgEABY8DQBpPA0AvYsAAKz9AQABRwAAPr0JAN5RCwAxUgsA0uELAO8lAACzqQEABqoBAFmqAQDxDQAA+0ELAE5CCwChQgsA9EILAEdDCwCPRAYAj0QGACBxDAAH/gsAgFkFANNZBQAmWgUAV/IGAJnoAQDLLg0AVakIAAFHAACZ6AEA6IYKADuHCgDLLg0A7yUAAO2QAABX8gYA6B4NAFfyBgCZ6AEAB/4LAIBZBQDTWQUAJloFAHlaBQDMWgUAH1sFANlICQBbTAsArkwLAPENAACxZwIAB/4LAIBZBQDTWQUAJloFAFfyBgCZ6AEAyy4NAFWpCAABRwAAmegBAOiGCgA7hwoAftkCAFeKCQCt/gsAhFILANdSCwAqUwsAfVMLANBTCwAjVAsAdlQLAMlUCwAcVQsAb1ULAMhgCwAbYQsAbmELAMFhCwB+2QIAgFkFANNZBQAmWgUAeVoFAMxaBQAfWwUA2UgJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQB7GAsA7yUAAAFHAAA+vQkAM+cKAAf+CwARLAwA3GkLAKz9AQAqRQ0AexgLAEEqDQCUKg0A6IYKADuHCgDuIg4AQSMOAJQjDgBBKg0AIq0AAO2QAADLLg0A7yUAAJnoAQAVCgoAfjkNANE5DQAkOg0AmegBAJi1CgDrtQoAPrYKAJG2CgBEAAIAQDYNAHE9CwAimAMAFQoKAEA2DQBxPQsAIpgDAJi1CgDrtQoAURgAABUKCgB+OQ0A0TkNACQ6DQB+OQ0A0TkNACQ6DQDtkAAA2nQBAPmYAgCP3AgAmegBAL2LAAAQjAAAQsUBAJXFAQDoxQEAO8YBAI7GAQDhxgEANMcBAIfHAQBYcAsAq3ALAP5wCwCZ6AEAvYsAABCMAADF0QAABQkCAFgJAgA+vQkAV/IGAJnoAQAVCgoAQDYNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAO8lAABCJgAAQJEAAJrjAAAZuAIARfQBAJj0AQBX8gYAmegBAJi1CgDrtQoAPrYKAJG2CgBEAAIAQDYNADjqAQCL6gEA3uoBADHrAQCZ6AEAjEULAN9FCwAirQAAIq0AAO2QAADxDQAAxdEAAAUJAgD11QwASNYMAJi1CgDrtQoAPrYKAJG2CgBEAAIAQDYNADjqAQCL6gEA3uoBADHrAQCE6wEAQDYNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAOcdAwAAAAAAqxcAAOcdAwA6HgMAB/4LABEsDADcaQsA7ccEAEDIBACTyAQA5sgEADnJBACMyQQAPgkLAJEJCwBNYwgAyy4NAOJEBgA1RQYAaF0KANp0AQAtdQEAjEULAH3yDADQ8gwABlACAF+ECACyhAgAIuQEAHXkBADfRQsAIq0AACKtAADtkAAA7ZAAAKz9AQAqRQ0AexgLAKz9AQAlggEAIuQEAMnKBgCZ6AEAaF0KAAg/AQBbPwEA10sMACpMDAB9TAwA0EwMACNNDADLLg0A7yUAAJnoAQC9iwAAEIwAAOSbAgA3nAIAipwCAN2cAgAwnQIAg50CAJi1CgCM3gEAdzQCAIBZBQDtkAAA8Q0AAJnoAQDLLg0A7yUAAJnoAQC9iwAAEIwAAOSbAgA3nAIAipwCAN2cAgAwnQIAg50CAJi1CgCM3gEAdzQCAKsXAAD+FwAABocGAO2QAAABRwAA5yQCADolAgCNJQIAkAgBAJnoAQDLLg0ArP0BAHuxAQD2AQUAWeEFAAFHAACZ6AEAGw4LAG4OCwDBDgsAFA8LAJi1CgDrtQoAURgAAHsYCwBVLQIAqC0CAPstAgBOLgIAoS4CAPQuAgBHLwIAShIBALf8BgABRwAAVEcAAH5HCwBX8gYAmegBAFzYDQBX8gYAmegBAGcWCgCPRAYA4kQGAAFHAACAWQUAj0QGADuVCACo0wIAvYsAABCMAADF0QAAGNIAAGseAgDBUw0AkvAAAK/ZAQBnFgoAuhYKAMsuDQA7lQgAmegBAHsYCwBsowUAZxYKAKsXAAD+FwAABocGAO2QAABnFgoAuhYKAPmYAgBMmQIAn5kCAPKZAgDohgoAO4cKAIB1AQCPRAYAIHEMANA/AgDF0QAA2nQBANVBBQBURwAAoroEAC59CgABRwAAVEcAAKwRCwCrCQIA/gkCAFEKAgCkCgIA9woCAOzoAQA/6QEAX4sHAPENAACYtQoA5x0DAHsYCwBWJw0AqScNAPwnDQBPKA0AoigNAC11AQBF9AEAqNMCAFcVAgAufQoAgX0KANR9CgAnfgoAen4KAM1+CgAgfwoArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAH7ZAgCAWQUA01kFACZaBQBX8gYAmegBAMsuDQBVqQgAAUcAAJnoAQDF0QAABQkCANp0AQDVQQUAgFkFAC11AQBF9AEAmegBAOzoAQDqFAsAGB4CAJnoAQDLLg0A4kQGADVFBgB4WAcAy1gHAB5ZBwBxWQcAxFkHAEX0AQBF9AEAGB4CACwnAgBF9AEAB7kJAFUtAgA+vQkA7ZAAAECRAACa4wAAGbgCAFMAAAADlgkAVpYJAAFHAABa/gsArf4LAPcXDABKGAwA8QUNAEQGDQCXBg0A6gYNAPENAACZ6AEA7OgBAD/pAQCS6QEA5ekBAF+ECACyhAgA8Q0AAPtBCwAlggEAAUcAAJnoAQCMRQsA30ULAPEFDQBEBg0AlwYNAOoGDQAAAAAA++cLAJnoAQDs6AEAP+kBAJLpAQC41AoAFQoKAH45DQDROQ0AJDoNADuVCADtkAAAjEULANQdAADs9QsAP/YLAJL2CwCZ6AEAyy4NAAf+CwBa/gsAdvoLAMn6CwAc+wsAb/sLAML7CwAV/AsAmegBAMsuDQAlggEAJYIBAFzYDQBZ4QUAAUcAAIBZBQAtdQEA+QAAAM4KDQDxDQAAmegBADmRDABO6AsAAUcAAL2LAABTAAAAIq0AAHWtAADAWQIAE1oCAGZaAgBKEgEAnRIBACgfCgB7HwoAzh8KACEgCgCbhAAABlACAFfyBgDE/wcAxdEAAKsXAAAirQAAda0AAMBZAgATWgIAZloCAAFHAAA+vQkA3lELACaDCwB5gwsAzIMLAB+ECwByhAsAxYQLANQdAADxDQAAAAAAAAAAAAAAAAAA7ccEAEDIBACTyAQAgwQMANYEDAApBQwA8Q0AAEQOAAAlggEAXNgNAAQVAgAlggEAeIIBAOaJDQAtdQEA7yUAAMXRAAAFCQIAlR4NAFuRDQBAkQAAmuMAABm4AgBX8gYA6B4NAKz9AQD//QEA4RkCAKK6BAASJwsAZScLAPmYAgBMmQIAn5kCACj2AwBX8gYAqvIGAGR4DQCAWQUAj0QGADuVCACZ6AEAxdEAAAUJAgCVHg0A5x0DAC11AQBF9AEAPgkLAOgeDQA7Hw0Ajh8NAOEfDQA0IA0AhyANANogDQCAWQUAj0QGADuVCACZ6AEAxdEAAAUJAgCVHg0A5x0DAC11AQBF9AEAjEULAN9FCwDadAEA1UEFAD69CQDeUQsAqNMCAAf+CwBa/gsArf4LAPcXDABKGAwAnRgMAPAYDABDGQwA7OgBAD/pAQCS6QEA5ekBAJUlDADgFwQAMxgEADs0CgAufQoADdkGAMT/BwBVqQgAAUcAAJnoAQAAAAAA6B4NAECRAACa4wAA7eMAAAAAAAAAAAAAjEULAN9FCwDadAEA1UEFAD69CQDeUQsAjRcEADrfCwCN3wsAQssMAOzoAQBUDwgApw8IAPoPCAAAAAAALSgMAPKgAQDvJQAAs6kBAAaqAQBPyAIAqNMCACRBDAB3QQwAdAsNAMcLDQDTGwIAykEMAPwTBAAAAAAAmegBAL2LAAAQjAAA3v4KADH/CgCE/woA1/8KACoACwB9AAsA0AALACMBCwB+OQ0A0TkNACQ6DQCs/QEAKkUNAAFHAADF0QAA7ZAAAO2QAACrFwAAmegBAAf+CwBa/gsArf4LAFMAAACmAAAA+QAAAPwTBAAkQQwAd0EMAPwTBAABRwAA0xsCAMpBDAD8EwQAAAAAAJnoAQAH/gsAerwNANp0AQAimAMAdZgDAMiYAwBa/gsArf4LAIRSCwDXUgsAKlMLAH1TCwDQUwsAI1QLAHZUCwDJVAsAHFULAG9VCwDIYAsAG2ELAG5hCwDBYQsAFGILAH0/AgC34AoAV/IGAKsXAAAQKwIAwVMNAE/BAwCQAQIA4wECAJLwAACv2QEAeAwGACmeAgB8ngIAz54CAO6EAAAYHgIAvVMIAPENAACRogEALXUBAOcdAwAimAMAkAECAAPiCgBX8gYAmegBAOiGCgA7hwoAAUcAAD69CQDeUQsAMVILAOJEBgA1RQYAeFgHAAFHAADnJAIAyy4NADuVCACZ6AEAjEULANQdAADs9QsAP/YLAJL2CwBKCwIAm4QAAF+LBwCyiwcABYwHAO3HBAApngIAfJ4CAM+eAgCs/QEAm4QAAO6EAAAmIg0AeSINACWCAQCbhAAAfT8CAO9+CwBCfwsAlX8LAOh/CwA7gAsAjoALAF+ECAAufQoAPzUDAJI1AwAz5woAmuMAAC59CgBTAAAAAUcAAD69CQAAAAAAAAAAAAAAAACs/QEAKkUNAO8lAADqFAsAGB4CACwnAgB7GAsAX4sHALKLBwAUCQAAZwkAABsOCwB+RwsA0UcLAJuEAADvJQAAAUcAAD69CQAz5woAmegBAHsYCwBfiwcAsosHABQJAABnCQAAGw4LAH5HCwDRRwsAFQoKAJuEAADuhAAABEUHABQJAABnCQAAGw4LAH5HCwDRRwsAFQoKAJuEAADuhAAABEUHABQJAABnCQAAGw4LAH5HCwDRRwsAKPYDAC11AQBdegEALXUBAGzoBwAJMg0AXDINAK8yDQACMw0AAAAAAOzoAQA/6QEAkukBAKRqDAD3agwAmegBAAf+CwBa/gsArf4LAELLDAB9PwIAAAAAAJnoAQAH/gsAWv4LAK3+CwBCywwAjEULAN9FCwDadAEA1UEFAD69CQDeUQsAaF0KALtdCgD68wsA7OgBAD/pAQCS6QEA7ccEACmeAgCPswIAIq0AAO2QAACQOAYAJYIBAFzYDQBX8gYAxSoMABgrDABrKwwAvisMABEsDABkLAwAPgkLAD0ADgCQAA4Aax4CAFUtAgCAWQUAj0QGADuVCABKCwIAShIBAPENAAAH/gsAWv4LAK3+CwBCywwAaF0KALtdCgD68wsA7OgBAD/pAQCS6QEAjEULAN9FCwDadAEA1UEFAD69CQDeUQsABBUCAAQVAgDnhAwAmegBAOzoAQA/6QEAkukBAOXpAQAVCgoAfjkNANE5DQAkOg0A7OgBABgeAgC9UwgAShIBAMsuDQAgcQwA6IYKAEX0AQCrFwAA/hcAABgeAgAsJwIAX/MEAJnoAQC9iwAAEIwAALX4CgAI+QoAW/kKAK75CgAB+goAVPoKAH+HDADShwwAJYgMAHiIDAD75wsAV8IBAOz1CwA/9gsAkvYLAJnoAQAbDgsAfkcLANFHCwB2+gsAyfoLABz7CwBv+wsAwvsLABX8CwCZ6AEAGw4LAH5HCwDRRwsAm4QAAO6EAAAERQcAmegBAIxFCwDUHQAA7PULAD/2CwCS9gsAmegBABsOCwB+RwsA0UcLAAf+CwBa/gsAdvoLAMn6CwAc+wsAb/sLAML7CwAV/AsAmegBABsOCwB+RwsA0UcLAAAAAACh2wEAAUcAAL2LAAAYHgIALCcCAOSoDABTAAAApgAAAEv4AgCe+AIA8fgCAET5AgAVCgoAQDYNADjqAQCL6gEA3uoBADHrAQCE6wEA8vMBAF+ECAAufQoA7ccEAEDIBACTyAQAmLUKABArAgBjKwIAAAAAAOSoDAA3qQwAxr0NAOzoAQA/6QEAkukBALjUCgBoXQoAu10KAPrzCwCo0wIAScMNAMUqDAAYKwwAqNMCAJnoAQC9iwAAEIwAAOcdAwDVQQUAKEIFAHuxAQBnrgwAUwAAANp0AQDVQQUAPr0JADPnCgD5mAIA2nQBAC11AQA/NQMAm4QAAAraCwBScwkAaF0KACWCAQCbhAAAVS0CAO8lAADqFAsAGB4CAEoSAQCZ6AEAjEULAN9FCwDadAEA1UEFAD69CQAufQoAgX0KAJnoAQDs6AEAVA8IAKBHDADzRwwARkgMAJlIDADsSAwAP0kMAJJJDAB7GAsA7yUAAAFHAAA+vQkAM+cKAMZqDQAZaw0AbGsNAL9rDQASbA0AZWwNAIjPCgCZ6AEA7OgBAOoUCwA9FQsAkBULAIxFCwDFKgwAGCsMAGsrDAC+KwwAffIMANDyDAAGUAIAAUcAAD69CQB7GAsArP0BAI9EBgAYHgIAAUcAAD69CQDfRQsAIq0AACKtAADtkAAA8Q0AAJGiAQDvJQAAjdENAD/pAQCS6QEA5ekBANLhCwAl4gsAeOILAOoUCwA9FQsAkBULAIxFCwDFKgwAGCsMAGsrDAC+KwwAffIMANDyDAAGUAIAAUcAAD69CQB7GAsArP0BAI9EBgAYHgIAAUcAAD69CQDfRQsAIq0AACKtAADtkAAA8Q0AAJGiAQDvJQAAjdENAMviCwAe4wsAceMLACKmAQCZ6AEAAAAAAJnoAQDs6AEAP+kBAJLpAQCT8QoA5vEKAAAAAABfhAgALn0KAIF9CgCo0wIAFQoKAJA4BgDjOAYAwVMNAE/BAwDUHQAAV/IGAKjTAgDadAEALXUBAO8lAADqFAsAGbgCAE/IAgCiyAIAB/4LAFr+CwCt/gsAQssMAJXLDAAz2QwAhtkMANnZDADs6AEAP+kBAJLpAQCT8QoA5vEKABUKCgB+OQ0A0TkNACQ6DQDl6QEAlSUMAOAXBAAzGAQAf+8JAEA2DQDMbg4AH28OAHJvDgDFbw4AaF0KACWCAQBc2A0Am4QAACKmAQDUHQAAX4QIALKECAAFhQgA0icCAOSoDABXwgEAqsIBAPKgAQAYmggAA+IKAJA4BgAFCQIAlR4NAOcdAwAtdQEARfQBAE/IAgCiyAIAB/4LAFr+CwCt/gsAQssMAJXLDAAz2QwAhtkMANnZDACxZwIABGgCAEEqDQBX8gYAqvIGAAZQAgBX8gYASgsCAI9EBgBVqQgA7ZAAAECRAACa4wAAGbgCAPC4AQBDuQEAJYIBAFzYDQABRwAAPr0JAAf+CwCbhAAAIqYBACRBDADadAEALHoCAFfyBgCZ6AEA7OgBAD/pAQCS6QEA5ekBAIxFCwDfRQsAIq0AACKtAADtkAAA8Q0AAJGiAQDvJQAAjdENAL8fDAASIAwAZSAMALggDAALIQwA5KgMADepDACKqQwAffIMAMj/DAAbAA0AbgANAMEADQCxIQwABCIMAFciDACZ6AEAmegBAKjTAgBKEgEAShIBAAjQBAAGUAIArBELAJnoAQCh2wEA9NsBAEfcAQCa3AEA7dwBAEDdAQCrFwAA7ZAAAAFHAADIpgEAV/IGAFMAAABs6AcAV/IGAAFHAACbhAAAX4sHAJnoAQAH/gsAWv4LAK3+CwBCywwAP+kBAJLpAQDl6QEAjEULAN9FCwAirQAAIq0AAO2QAADxDQAAkaIBAO8lAACN0Q0AQJEAACwnAgDF0QAABQkCAPXVDADtkAAAQJEAACwnAgAH/gsAWv4LAK3+CwAirQAAnbgBAPC4AQBDuQEAJYIBAFzYDQABRwAAB/4LAFr+CwCt/gsAexgLAFYnDQCpJw0A/CcNAE8oDQCiKA0A9SgNAEgpDQCbKQ0AqNMCAAAAAAAAAAAA2nQBACKYAwAkQQwABlACAO2QAABTAAAACD8BACwnAgAgZAIAKZ4CAFUtAgA+vQkAIq0AAAAAAAAAAAAAJiINAHkiDQDMIg0AHyMNAHIjDQDFIw0A7OgBAD/pAQCS6QEAk/EKAObxCgAVCgoAfjkNANE5DQAkOg0AIqYBAHWmAQDIpgEAG6cBAG6nAQDBpwEAFKgBAPENAACrCQIAqxcAAJnoAQAVCgoAfjkNANE5DQAkOg0AlaIGAOiiBgA7owYAjqMGAOGjBgA0pAYAh6QGANqkBgCPRAYAAUcAAFRHAACnRwAA6RINAJnoAQAVCgoAfjkNANE5DQAkOg0AqxcAAFfyBgD6YggALXUBAEX0AQCo0wIAFQoKAEA2DQCTNg0A5jYNADk3DQCMNw0A8Q0AAK1LAQCbhAAAP80FAFMAAAAlggEArP0BAI9EBgAYHgIAfT8CANA/AgBAkQAAmuMAABm4AgABRwAA5yQCADolAgCNJQIAIMsLAFfyBgDoHg0AIMsLAJAIAQDtkAAAQJEAAJrjAABKCwIAnQsCAPALAgBDDAIAlgwCAEoLAgDvJQAAs6kBAAaqAQCErAoA16wKAAAAAAB+2QIAV4oJAK3+CwDhJgwAP+kBAJLpAQDl6QEAqwkCAKsJAgDtkAAAm4QAAEEqDQAirQAAGB4CACwnAgAi5AQAVS0CAIBZBQCPRAYAO5UIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAJ3EAAFUtAgCAWQUAIpgDAO8lAABUDwgA7ZAAAFfyBgBX8gYA6B4NADsfDQBs6AcACTINAFwyDQDoHg0AqxcAACKtAACsEQsA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBTAAAAUwAAACWCAQAo9gMAIq0AACmeAgBVLQIAgFkFAI9EBgA7lQgAIq0AAJ24AQDljwIAxmoNAD69CQCtSwEAyLoKABu7CgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqxcAAP4XAAAGhwYAAUcAAKK6BAASJwsAwU0CAPENAABdegEA7ZAAAKsXAAABRwAAIq0AAJ24AQDljwIAVXkDAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDACxlBQB/ZQUA0mUFACVmBQB4ZgUAy2YFAB5nBQBxZwUA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQA+vQkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAFHAACbhAAA2nQBAC11AQDtkAAAQJEAACWCAQCbhAAAiMIAABCMAAC1+AoABEUHAFdFBwCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAKPYDAC11AQDnHQMA1UEFAIBZBQCbhAAAX4sHACj2AwAHRAIAm4QAAFUtAgCAWQUAj0QGADuVCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAFUtAgCbhAAAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAAGB4CACwnAgDxDQAARA4AAFWpCAAYHgIAIq0AAO2QAADvJQAAs6kBAAaqAQCErAoA16wKAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEARfQBAFJzCQClcwkAe7EBAFfyBgCs/QEAIq0AACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwAsZQUAf2UFANJlBQAlZgUAeGYFAMtmBQAeZwUAcWcFANp0AQAsegIAf3oCANJ6AgAlewIAeHsCAMt7AgDxDQAAsWcCAARoAgBVLQIAPr0JAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAPkGCwBMBwsA7ZAAAK1LAQDMbg4AH28OAHJvDgDFbw4AGHAOAGtwDgC+cA4A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEA+QYLAEwHCwAirQAAnbgBAPC4AQBDuQEAJYIBAFzYDQABRwAAgFkFAI9EBgA7lQgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEA+QYLAEwHCwCAWQUA01kFACZaBQB5WgUAzFoFAB9bBQByWwUAg14LANZeCwApXwsAfF8LAM9fCwAiYAsAdWALAPJNAQD5BgsATAcLAL2LAAAQjAAAtfgKAARFBwBXRQcAqkUHAP1FBwBQRgcAo0YHAPpiCACPRAYA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEA+QYLAEwHCwDxDQAAgqIDANWiAwBc2A0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQD5BgsATAcLAE/BAwCiwQMA9cEDAEjCAwCbwgMA7sIDAEHDAwCUwwMA58MDADrEAwCNxAMA8k0BAPkGCwBMBwsA7yUAACWCAQCsEQsAxdEAAAUJAgCsEQsA8Q0AAIKiAwDVogMAXNgNAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEA+QYLAEwHCwAXyQMAaskDAL3JAwAQygMAqNMCAFRHAAAYHgIAvVMIAMXRAACZ6AEAFQoKAEA2DQA46gEAi+oBAN7qAQAx6wEAhOsBAAAAAACZ6AEAX4QIALKECAAgZAIAUXELAKRxCwD3cQsASnILAIxFCwAdQgwAcEIMAMNCDAAWQwwAaUMMALxDDACMRQsAHUIMAHBCDADDQgwAFkMMAGlDDAC8QwwAFQoKAEA2DQA46gEAi+oBAN7qAQAx6wEAhOsBAOSoDADGvQ0AexgLAAFGDADCaggAvYsAAJuEAAB7GAsAAUYMAMJqCAC9iwAAm4QAAF+LBwCZ6AEA5KgMAMa9DQAZvg0AbL4NAL++DQASvw0AZb8NALi/DQALwA0AvYsAACWCAQAlggEAmegBAD4JCwCRCQsA5AkLADcKCwCqfAsA7yUAAEImAABAkQAAnB0NAC11AQBF9AEAmegBAOiGCgDVQQUAPr0JAJG9CQDxDQAA7ZAAAO8lAAABRwAAmegBAO3HBABAyAQAk8gEAJ2+DADwvgwAQ78MAJa/DABF9AEAGJoIAGuaCACZ6AEA7ccEAEDIBACTyAQAnb4MAPC+DABDvwwAlr8MAIjCAADxDQAA1B0AAFfyBgCZ6AEArP0BAKwRCwCo0wIAV8IBABm+DQBoCgoAV/IGAJnoAQDLLg0A7yUAAJnoAQDohgoAO4cKAKsXAADtkAAAQJEAAJnoAQAVCgoAQDYNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQCMRQsAffIMANDyDABXaAIAqmgCAJnoAQAH/gsAoroEABInCwBlJwsAuCcLAOSoDAA3qQwAexgLAKz9AQCPRAYA+ZgCAI/cCAAVCgoAQDYNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDF0QAABQkCAPXVDABI1gwAB/4LAHq8DQCnRwAAe1ADAJEJCwAYHgIALCcCACBkAgABRwAAmegBAO3HBAApngIAft8NANHfDQAk4A0Ayy4NAO8lAACZ6AEAB/4LAHq8DQCnRwAA7OgBAOoUCwAlggEAJYIBAHiCAQDF0QAA2nQBAC11AQBF9AEAmegBABUKCgBANg0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAvYsAABgeAgCcHQ0ALXUBAEX0AQCZ6AEAGw4LAG4OCwBBKg0AV/IGACWCAQAo9gMALXUBAEX0AQCZ6AEAyy4NAO8lAACZ6AEAB/4LAHq8DQCnRwAAwu0NABXuDQBo7g0Au+4NAA7vDQBh7w0AtO8NAAfwDQBa8A0ArfANAADxDQBT8Q0ApvENAKsJAgD+CQIAuBkNAEEqDQD+FwAAdzsBAFRHAACnRwAA6RINAJnoAQAVCgoAQDYNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDLLg0AIq0AACKtAADgtgUAM7cFAIa3BQDZtwUAX/MEADJGCwCFRgsA2EYLACtHCwCo0wIAAAAAAAAAAAAAAAAAmegBAJi1CgDCQA4AFUEOAGhBDgDohgoAO4cKAO4iDgBBIw4AlCMOAOcjDgA6JA4AexgLAMnKBgBX8gYArBELAJuEAAAGUAIAqxcAAJnoAQB7GAsAycoGAFfyBgBoXQoAqxcAAMJADgAVQQ4AaEEOAOiGCgA7hwoA7iIOAEEjDgCUIw4A5yMOADokDgB7GAsAycoGAFfyBgDxDQAAsWcCAARoAgBfiwcAsosHAEX0AQBScwkAShIBAJnoAQDohgoAO4cKAO4iDgBBIw4AlCMOAOcjDgA6JA4ArP0BAP/9AQCK2gUA5JsCACWCAQBc2A0A6IYKADuHCgDuIg4AQSMOAJQjDgDnIw4AmPQBAJnoAQBF9AEAUnMJAKVzCQCYtQoAwkAOABVBDgBoQQ4A6IYKADuHCgDuIg4AQSMOAJQjDgDnIw4AOiQOAFMAAAAIPwEAWz8BAPmYAgDadAEAV/IGAOgeDQBAkQAAiM8KALFnAgCiugQAEicLAFUtAgA+vQkARfQBAKwRCwCo0wIAF8kDAGrJAwC9yQMAEMoDAMXRAADadAEA1UEFAFRHAACZ6AEAFQoKAEA2DQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCrCQIA/gkCAAf+CwARLAwA3GkLAF+ECACyhAgAQJEAAC59CgCBfQoAmegBAGhdCgC7XQoA+vMLAFMAAABKEgEAmegBABUKCgB+OQ0A0TkNAAAAAAAkOg0AB/cMANJsBAAI0AQAQSoNAFfyBgCZ6AEA7OgBAD/pAQCS6QEA5ekBAMXRAADadAEA1UEFAFRHAACZ6AEAFQoKAEA2DQBxPQsAxD0LAChCBQDtxwQAQMgEABY8DQDl/QoAOP4KADj+CgAKLQwA8qABAGmyCAC8sggAD7MIAGPeDAC23gwAUwAAAAg/AQBbPwEAhjoLANk6CwAsOwsAfzsLAJnoAQDtxwQAQMgEAAf3DABa9wwArfcMAAD4DABT+AwApvgMACj2AwCqfAsA/XwLAFnhBQCsEQsAIq0AAHWtAADU0AoAJ9EKAHrRCgCErAoA16wKAO2QAABAkQAAmuMAABm4AgBF9AEAmPQBAJuEAAB6vA0Ap0cAAOkSDQA8Ew0AexgLAM4YCwAhGQsAB/4LAFr+CwCt/gsA4SYMAD/pAQCS6QEAk/EKAObxCgARLAwA3GkLAIxFCwDUHQAA7ZAAAAf+CwB6vA0Ap0cAAOzoAQCN0Q0A4NENADPSDQCG0g0AjEULAH3yDADQ8gwAV2gCAKpoAgCZ6AEAB/4LAKK6BAASJwsAZScLAF+ECACyhAgA5KgMABgeAgAufQoAgX0KAJnoAQBKEgEACNAEAPmYAgCP3AgA6hQLABgeAgCZ6AEAShIBAJ0SAQAYHgIALCcCAOiGCgA7hwoA7yUAAOoUCwAYHgIAShIBAAjQBABVLQIAgFkFAI9EBgDtkAAAWeEFAOC2BQABRwAAgFkFAI9EBgA7lQgAmegBAOzoAQA/6QEAkukBAOXpAQDs6AEA6hQLABgeAgCZ6AEAB/4LAJuEAAAipgEAerwNAKdHAADpEg0APBMNAI8TDQCIFA0A2xQNAC4VDQDs6AEAP+kBAJLpAQCkagwA92oMAJnoAQAH/gsAWv4LAK3+CwCT1gIAw9QDAG+vCgDCrwoAFbAKAGiwCgC7sAoADrEKAGGxCgC0sQoAn5IDAPKSAwAH9wwAWvcMAB/DAgBywwIAXNgNAHWmAQAing4AdZ4OALFnAgCsEQsArBELAOSiAQD1xw4A+8sPAFfyBgChPAAAyJ4OABufDgD1xw4AK4UOAJlJAADJMRAA+8sPAFfyBgD7yw8A+8sPAFfyBgD1xw4AM8QPAPvLDwDJMRAARfQBACceAACQCAEAyTEQAJAIAQDFwg4AxcIOAFfyBgDoHg0AIB8AAJAIAQAuwwAAX/MEAPt/DgD7fw4A+8sPAF/zBAD7yw8A7PULAFmiDgCsog4AzBQPACKeDgB1ng4ApFUPAMkxEAAUCQAA9ccOAFmiDgCsog4AkAgBAKaXDgC5pQ8ADKYPAA/cDgBF9AEAxcIOAFbGDgCpxg4AIp4OAHWeDgBYVA8AShIBAMa9DQDFwg4Ag5wOAMXCDgA7lQgAKPUPAMwUDwD1xw4AlG8PAPvLDwAUCQAAFAkAALKtDgAFrg4AWK4OAMkxEADxDQAAV/IGAARFBwBX8gYAsq0OAAWuDgD61w8AkAgBALKtDgAFrg4A+tcPACceAAAing4AdZ4OALYrAgCZ6AEADb0KAPXHDgCo0wIAAUcAAMXCDgAsegIAV/IGAPXHDgBkHwIAWaIOAKyiDgDFwg4As6EOAAaiDgBZog4AmJIPAFmiDgCYkg8A6p4PAMXCDgCPsg4Aq64OAP6uDgCmlw4Aq64OAAAAAACZ6AEAsq0OAAWuDgCyrQ4ABa4OALKtDgAFrg4A/6IOAMwUDwDEGhAAFxsQAAQVAgCzoQ4AppcOAFmiDgCsog4ABBUCAFfyBgCZ6AEAyTEQAJnoAQBjHBAAKKkOAJMhEAD1xw4A9ccOAPwTBAD8EwQA/BMEAKjTAgBfiwcAKkUNAJqrCAAqRQ0Alr8MAJa/DAABRwAAJ3cLAEudDwCS8AAA8Q0AAPENAAAZtw4AxdEAAJLwAADFwg4A8Q0AAMXRAADFwg4AxcIOAMXCDgDFwg4AxcIOAKaXDgCmlw4AxcIOAMXCDgDFwg4AxcIOAMXCDgDFwg4AppcOAKaXDgCmlw4AxcIOAMXCDgDFwg4AppcOAKaXDgDvvA4AppcOAKaXDgDFwg4AmegBAJnoAQDTwA4AyLMLAJnoAQDJMRAAGB4CAGmyCACZ6AEA8Q0AAPENAADFwg4AxcIOACWCAQCTIRAAsq0OAAWuDgCo0wIA9ccOAMkxEADxDQAACsUOAJnoAQDWnQIA1B0AAKwRCwAYmggAqxcAAFfyBgAXWgcAV/IGAEOqDwD1xw4ACwUQAJMhEADxDQAAZ04CAMXRAADF0QAAxdEAAMkxEADF0QAAcSkCAMFTDQDJMRAAZ04CAMkxEAAARQIAXMoPAPXADwBIwQ8ALMwOAMkxEABTAAAAqxcAAOgeDQArhQ4ArBELAAePDwBTAAAAXMoPABQJAAAUCQAAFAkAAI9YDwD1xw4AK4UOALFnAgCsEQsAk9UOAHyXAwB+fwMAsGsPAOmBCQAcMhAAycoGAKaXDgC5pQ8ADKYPAJN8AwCyrQ4ABa4OAPrXDwAx4w4AppcOAMkxEADYygQAQhAPAKaXDgDFwg4AxcIOALKtDgAFrg4AxcIOAFbGDgCpxg4ARA4AAPXHDgArhQ4AyTEQAJnoAQD1xw4AkyEQAFbGDgCpxg4AmegBAN/JBADYfQ8AZxYKAMkxEAAfWwUAyTEQANlICQAN9A4A9ccOAAjdDgABRwAAyTEQALFnAgBc2A0A9ccOADPEDwCS8AAA2H0PABwyEADFwg4AVsYOABwyEADFwg4AQhAPACEgCgDBrgAArP0BAKaXDgC5pQ8ADKYPALKtDgA2oA8A++cLAPdVDwArhQ4A8Q0AAJAIAQCS4Q4AuVIPAAFHAAABRwAAppcOALmlDwAMpg8ACN0OAAFHAAABRwAAAUcAAAFHAAAxkA4A5O0OANxpCwC68w4A9ccOAMXCDgBWxg4AqcYOAFL2DgAh8AQAK4UOACj1DwBgvQoAHDIQAMXCDgAcMhAAxcIOAEoDDwCdAw8A8AMPAO2QAADD2g4AFtsOAGnbDgC82w4AJ1sPAEoDDwCdAw8A8AMPADGQDgA/gQQAppcOALmlDwAMpg8ACN0OACWdCQDJMRAAsWcCAKwRCwDJMRAA2H0PACuFDgD8EwQAmnsDAD69CQDFwg4AVsYOAKnGDgAN9A4AIB8AAKaXDgC5pQ8ADKYPAMkxEACo0wIACN0OANuKCAABRwAAAUcAAKsBDwD+AQ8AUQIPAB9bBQCrAQ8AxcIOAFezDwCmlw4AHDIQAMXCDgBWxg4AHDIQAFzYDQCZ6AEAkyEQAFbGDgCpxg4Aw8YFAPXHDgAzxA8AyTEQAOMVCwD1xw4AyTEQAHWKBQDFwg4AppcOABwyEABZog4ArKIOAFfyBgBDVw8ASgMPAJ0DDwDwAw8AkyEQAFbGDgCpxg4Ak9UOALFnAgBc2A0AxcIOAPpNCwDJMRAAXNgNAJnoAQCRkw8AV/IGAPmYAgDFwg4AVsYOAKnGDgAxkA4AkAgBAPXHDgDJMRAAESwMACuFDgCIzwoAppcOAMXCDgCmlw4AxcIOABwyEAAcMhAAHDIQAMXCDgDFwg4AxcIOAFbGDgCpxg4AkyEQAGvDDgBMNxAA9ccOAEw3EACrAQ8AxcIOAKaXDgC5pQ8ADKYPAKaXDgC5pQ8ADKYPAMkxEACWqg8AM+cKAMkxEABc2A0AyTEQAPfnBgArhQ4AmegBAF/zBACQCAEAyTEQAMkxEACxZwIAyTEQALFnAgDJMRAAsWcCABwyEADFwg4AVsYOAKnGDgBc2A0AxcIOAFbGDgCpxg4A9ccOAAAAAAAzxA8A3GkLAKaXDgC5pQ8ADKYPAO4UEADJMRAAXMoPAAFHAACjYQ8ANqAPAMnKBgCkqA8A96gPAPrXDwCsEQsAxcIOAFbGDgCpxg4A9ccOAPXHDgDFwg4AVsYOAKnGDgClJwgAAAAAAD80DwCSNA8A5TQPABdaBwBXsw8AqrMPAP2zDwDJMRAAMZAOADPnCgBFmgIAXNgNAPXHDgDJMRAAB48PAPMJCQAxkA4AyTEQADuVCADMFA8Asq0OAAWuDgBZog4ArKIOAKaXDgC5pQ8ADKYPAD81AwD1xw4AyTEQAEd7AwDFwg4AxcIOAFbGDgCpxg4AV/IGACAfAADFwg4AkJ8PAMXCDgBWxg4AqcYOADIjEAAAAAAAppcOALmlDwAMpg8A9ccOAAjdDgArhQ4A9ccOABGbCADYfQ8AK4UOAPASAQAAAAAAyTEQANh9DwArhQ4A8BIBADBCDwCmlw4AuaUPAAymDwBKqQ8Aa8MOAMkxEAA7lQgAxcIOAFbGDgCpxg4AyTEQAKwRCwDKfw8AmegBAD1MDwDFwg4AkvAAAP8mCAABRwAACwUQAKwRCwBf8wQAyTEQAECRAAA3lA8APzUDAO8PDwCZ6AEAmegBAPXHDgD61w8A5iEQAJAIAQDMFA8AmegBAFhUDwDVQQUACN0OAO8PDwAtdQEAMEIPAINCDwBX8gYAAAAAAAAAAAAAAAAAyTEQANh9DwAAAAAAAAAAAAAAAABYVA8AkAgBAMkxEABcyg8A2H0PAFfyBgDFwg4AQhAPAEIQDwDFwg4Aa8MOAE/IAgAIKRAAuaUPAAymDwAI3Q4AKPUPAJMhEABrww4A/BMEAKaXDgD5lw4A/BMEAO2QAAABRwAAHMsGAMkxEACbhAAAHMsGABwyEABQYQ8A7w8PALKtDgAFrg4A/6IOAAjdDgDJMRAArBELAMXCDgDJMRAAR3sDAJnoAQD1xw4AR3sDAMXCDgBWxg4AqcYOACZnDwB5Zw8A/BMEAPwTBADJMRAAR3sDAEd7AwDfyQQAkZMPACuFDgAAAAAAyTEQAMkxEADtkAAAlqoPAJnoAQDJMRAAlG8PABQJAAAF0QkARfQBAMtzDwAedA8AUwAAAFMAAAAfWwUA9ccOAJnoAQDJMRAAyTEQAKsXAACmlw4AuaUPAAymDwCxDA8A4xULAJN8AwDFwg4AVsYOAKnGDgDkqAwAsq0OADagDwDrkg8AlG8PADuVCACUbw8AlG8PAFfyBgCrFwAAsq0OADagDwAFrg4AppcOAPXHDgCUbw8A528PADpwDwAo9Q8AR3oPAHSjDwDFwg4AR3sDAPXHDgABtQgA0LsIAAAAAAAuWg8AgVoPAAAAAAAAAAAA3cUIAEAUBgDjFQsA9ccOAMkxEADJMRAAN5QPAAFHAAD1xw4AyTEQAMa9DQD1xw4AkAgBAJnoAQDFwg4AVsYOAKnGDgDJMRAAmegBAMkxEACZ6AEAyTEQAJAIAQAxiQ8AkAgBAJnoAQDJMRAAFAkAADGJDwAUCQAAlqoPADuVCAAxiQ8AqNMCAAAAAACsEQsA14kPAKwRCwDJMRAAlqoPAGBAEAD1xw4AYEAQAMkxEABgQBAAxcIOAFbGDgCpxg4AyTEQAMa9DQCQCAEAK4UOAPENAADxDQAAK4UOAFzYDQCWqg8AqNMCAKaXDgC5pQ8ADKYPAMXCDgBWxg4AqcYOAJnoAQAsJwIAyTEQAJnoAQDJMRAA9ccOACt+DwCZ6AEAmegBAF/zBADi3AgAKPUPAPXHDgAUCQAAyTEQADGJDwCZ6AEAWaIOAKyiDgDe4g4Axr0NAMQ9CwD1xw4AAUcAAPmYAgABRwAAkyEQAFbGDgCpxg4A9ccOAFKcDwBX8gYArBELAH87CwCo0wIAyOoPADagDwCsqgEAmegBAPENAAAAAAAAiM8KAAAAAACYkg8As5oPAAabDwBZmw8AyTEQAJMhEABWxg4AqcYOAJnoAQAUCQAA/BMEAPwTBAAo9Q8AmegBAKaXDgCZ6AEA9ccOAKjTAgD1xw4AtDwDAFzKDwBcyg8A5KgMAPXHDgDJMRAAmegBALKtDgAFrg4AkyEQAFbGDgCpxg4AkyEQAJnoAQBX8gYAyTEQAFfyBgCsmw8Act4KADuVCAAUCQAAKPUPAE8UBADTDBAAaTwNAJLwAADJMRAAWaIOAKyiDgCaQwsAyOoPAI6HCgCZ6AEAv7APAJnoAQCOhwoAQM4PAGWxDwAUYgsAV8IBAKaXDgC5pQ8ADKYPAJnoAQDJMRAAyTEQAJMhEACxZwIAsWcCAJMhEACTIRAAV/IGAImnDgDcpw4AlbYPANS0DgCmlw4AxcIOAGvDDgDr9AEAexgLAJGiAQCrrg4AppcOADoeAwBXwgEA38kEAKBjCACIRQYARfQBAAFHAADI5AQAV/IGAMkxEABc2A0AU+MPANadAgDKNAIA1p0CAMo0AgCaLwIAZxYKABwyEABFmgIAyTEQABQJAACZ6AEAJ7UOANQdAAA6HgMAYxwQAJnoAQD1xw4AppcOALmlDwAMpg8AF1oHAMXCDgBPyAIAQM4PAGWxDwA9Bw0Asq0OAAWuDgA9Bw0ATugLALKtDgBnmQ8AkyEQAJCfDwDJMRAAmegBAO8lAADvJQAARfQBAEoLAgD7fw4AasgPACDLCwAzxA8AmegBAMkxEACZ6AEAMVILACa6DwD75wsAmegBAJnoAQCZ6AEAfAUMAMuCAQDqFAsA0hgQAMXCDgBF9AEAuCcLANIYEACo0wIA0hgQAKjTAgD1xw4AmegBAJnoAQBAzg8AZbEPAMkxEACyrQ4ABa4OAPrXDwCBfQoAmegBAJnoAQCZ6AEA3uIOAJnoAQB4xg8AlcsMAPENAACAKAwAWaIOAPXHDgAhCw0Au+APABoMDQAO4Q8AzBQPAG2kDwCTIRAAa8MOAEDODwBCywwA+38OAMwUDwC74A8AzBQPAA7hDwDMFA8AQM4PAGWxDwBQtA8AUwAAAMT/BwABRwAAwKsOAPENAACZ6AEAjocKAGWxDwCZ6AEA65IPAH0/AgDMIg0ArBELAIF9CgBX8gYAmegBAJnoAQCZ6AEAyTEQACRICwAkSAsAJEgLACRICwBF9AEARfQBAFUzDQCZ6AEAsq0OADDoDwBAzg8AcRoQAJnoAQBAzg8AlcsMAJnoAQD7yw8AFtQPALKtDgBp1A8AmegBAOXaDwA42w8AVhIQAIvbDwCZ6AEAmegBAEDODwCVywwA+8sPABbUDwCyrQ4AadQPAJnoAQDnhAwA6vEPALKtDgAFrg4AkyEQAGvDDgCZ6AEAyOoPACj1DwAo9Q8AkvAAAM6iDwA28w8AdKMPAKrCAQAkSAsAJEgLACRICwAkSAsAmegBACYiDQAzyw4Aq64OAPCwDgCBfQoAnb4MALYrAgCyrQ4AZ5kPAPvLDwD1xw4A5doPAPXHDgAo9Q8AqNMCACDLCwAgywsAmegBAOMVCwDl2g8AONsPAFfyBgBX8gYA4NENALKtDgAFrg4A4xULAOXaDwA42w8AV/IGAFfyBgDg0Q0AcccPAMTHDwCyrQ4ANqAPAOqeDwAAAAAA9ccOAMkxEAD1xw4AT8gCAMXCDgBAzg8ALNoMALKtDgA2oA8AEgQQALcQEACTIRAAkJ8PAKjTAgAFrg4A+tcPAD69CQDJMRAAJSgCAFMAAADSGBAAQM4PACzaDAABRwAAxcIOAFfyBgCZ6AEAsq0OAAWuDgDg0Q0AiqkMAKjTAgCo0wIA8qABAPKgAQDyoAEA8qABAKjTAgD1xw4A8qABAJnoAQCZ6AEAmegBAAAAAAAAAAAAQM4PAHEaEACyrQ4ABa4OAODRDQDJMRAASNYMAMkxEABAzg8APr0JAMkxEABAzg8AYxwQAPXHDgCZ6AEAmegBAKwRCwCrFwAAV/IGAO2QAACZ6AEAGCQNAKjTAgCyrQ4ANqAPAKHMDwCTIRAAVsYOALOhDgD+CQIAasgPAAkdEABcHRAArx0QAAIeEACTIRAAa8MOAC2lBgCTIRAA9ccOAO0gEACo0wIAXNgNAFfyBgDFwg4AKPUPAJAIAQAzxA8AkAgBADPEDwBZog4AmJIPAJAIAQCZ6AEAQM4PAGWxDwCyrQ4ABa4OAP4JAgC4BBAAuAQQAP4JAgCmlw4AppcOAKaXDgBKAw8AppcOAKaXDgCmlw4AppcOAFmiDgCYkg8AppcOAEoDDwCmlw4AsqYPAKaXDgCypg8AppcOALKmDwBXsw8AsqYPAKaXDgCypg8AppcOALKmDwB32Q4AsqYPAKaXDgCypg8Aw9oOABbbDgBYrg4AmegBAJnoAQCo0wIA9ccOAKsXAACrrg4A6LYPAGHhDwBh4Q8Aq64OAP6uDgBfiwcAFTMQAKjTAgCo0wIA8Q0AAPENAABj0A4A9ccOAKrCAQCmlw4AyTEQAIqpDADJMRAAppcOACuFDgDJMRAAK4UOAKaXDgC5pQ8AK4UOAOs4EAA+ORAAppcOAKjTAgDGrw8A9ccOAJnoAQCZ6AEAmegBAGBAEACZ6AEAmegBAJnoAQBgQBAAmegBAAWMBwBgQBAAyTEQADokDgCZ6AEAmegBAGBAEAD1xw4Aw9oOABbbDgBp2w4AppcOAPJNAQD7yw8AFtQPAJnoAQCTIRAAa8MOALKtDgAFrg4A+tcPAGk8DQCL/goABAYQANMMEABc2A0AyJcPAJiSDwDqng8A++cLAMXCDgCQnw8A++cLAMkxEABfiwcA7hQQADyrDwBAzg8AZbEPALKtDgA2oA8AEgQQAMkxEAArhQ4AuCcLAKsXAADJMRAAO5UIALKtDgAFrg4A+tcPACRBDADuFBAAlBUQALKtDgAw6A8AQM4PAELLDADJMRAA","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAAAAgAMAAAAAAACAAQAAgAMAAIACAACAAwAAgAAAAIADAAAAAAAAgAEAAAAAAACAAwAAgAMAAAADAACAAwAAAAEAAIADAACAAwAAAAEAAAAAAACAAwAAgAAAAIADAACAAAAAgAEAAIADAACAAAAAgAAAAIADAACAAwAAAAIAAIADAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAACAAQAAgAIAAIABAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIABAAAAAAAAgAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAAAAACAAwAAgAEAAAAAAACAAQAAgAAAAIABAAAAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAgAAAQEcgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAACAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAIAAAEBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAACAAABARyAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAIAAAEBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAACAAABARyAAAQAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAIAAAEBHIAABAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAgAAAQEcgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAgAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAACAAABARyAAAQAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAgAAAQEcgAAEAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAIAAAEBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAIAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAIAAAEBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAggAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAACAAABARyAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAgAAAQEcgAAEAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAIAAAEBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAgAAAQEcgAAEAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAgAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAACCAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAgAAAQEcgAAEAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAIAAAgAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAACAAABARyAAAQAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAgAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAggAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAIAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAIIAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAIAAAEBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAACAAEAAAYAAAgAAIAAAEBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAACAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAEAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAIAAAEBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAggAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAACAAAAAAAgABAAAGAAAIAACAAABIRyAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAgAICAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAACCAAAAAAAAAAABAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAgAAAEAAAAAAAAAAAAAEAAAACAAAAAAAAQAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAgAAAQEcgAAEAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAEAARQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAACAAAgAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAggAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAIAACAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAACAAAgAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAgAAIAAAgAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAAQAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAABAAAAAAAAAAIAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAACAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAIAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAgYAAAgAAIAAAEBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAACCAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAgAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAggAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAIAAAAAAAAASAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAIAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAaAAAgAAIAAAEBHIAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAACAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAACAAAAAAAgABAAAGgAAIAACAAABIR6AAAQAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAABAAAAAAABAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAIAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAACAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAggAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAYAAAgAAIAAAEBHIAABAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAACIAACAAABARyAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAIgAAAQEcgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAIAAAAAAAAAAAAAAIAAgAAAAAAAAACAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAIAAgAAAAAAAAACAAAQAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAIAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAGAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAggAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEEAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgACAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAgAAAQEcwAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAACAAABARyAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAACAAABARyAAAQAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAggAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAIAAAEBHIAABAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACCAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAADAAEAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAIAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAIAAAEBHIAABAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAACAAAAAAAAAAAAAAAMAAQAAAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAACAA=="},"index":{"lists":[[81,83,84,85],[1,2,4,7,8,29,30,31,32,33,36,37,38,39,42,43,44,45,46,47,48,49,53,58,59,61,62,63,64,65,66,67,68,69,70,71,72,76,77,78,79,81,83,84,85,89,94,95,122,125,126,128,139,140,141,143,144,145,146,147,148,156,159,169,170,174,175,178,187,188,192,196,198,199,200,201,203,205,206,208,211,212,213,214,228],[1,2,4,7,8,29,30,31,32,33,35,36,37,38,39,42,43,44,45,46,47,48,49,53,54,58,59,61,62,63,64,65,66,67,68,69,70,71,72,75,76,77,78,79,81,83,84,85,89,94,95,101,122,125,126,128,139,140,141,143,144,145,146,147,148,156,159,169,170,171,174,175,178,187,188,192,196,198,199,200,201,203,205,206,208,211,212,213,214,217,218,219,228],[51,74,81,83,84,85,177,217,234],[81,83,84,85,113,114,115,220,221,222,223,224,225,226],[50,52,81,83,84,85],[81,83,84,85,208,227],[63,81,83,84,85,94,95,120,121,208,213,214],[81,83,84,85,113,114,115],[49,56,61,64,68,69,81,83,84,85,105,113,114,115,116,133,147,148,150,154,162,164,170,172,173,174,175,186,193,194,195,202,228],[15,16,17,23,24,81,83,84,85,93,153,166],[81,83,84,85,117,240],[6,81,83,84,85],[1,8,81,83,84,85,113,114,115,142,155,196,200,201,228],[10,81,83,84,85,113,114,115,119,142,196,200,201,228],[32,81,83,84,85,113,114,115,142,178,196,200,201,212,228],[18,81,83,84,85,113,114,115,142,143,165,196,200,201,216,228],[0,2,4,5,21,22,25,26,78,81,83,84,85,113,114,115,136,142,143,149,152,178,180,196,197,200,201,204,207,209,228,229,232,235,236,239,241],[3,9,12,21,25,26,28,35,38,39,57,60,79,80,81,83,84,85,89,91,97,98,100,106,113,114,115,118,123,126,129,136,142,143,151,158,160,161,167,178,179,190,196,200,201,228,237,242],[81,83,84,85,113,114,115,142,196,200,201,228],[81,83,84,85,113,114,115,142,143,196,200,201,228],[7,81,83,84,85,113,114,115,142,196,200,201,228],[81,83,84,85,113,114,115,142,196,200,201,228,233],[77,81,83,84,85,113,114,115,142,143,196,200,201,218,228,230,231],[72,80,81,83,84,85,92,96,107,113,114,115,138,142,182,196,200,201,218,228],[11,35,81,83,84,85,91,99,113,114,115,128,129,142,157,196,200,201,228],[4,27,55,81,83,84,85,113,114,115,142,143,196,200,201,228],[11,41,81,83,84,85,113,114,115,128,142,196,200,201,228],[13,14,34,46,81,83,84,85,90,102,104,108,113,114,115,124,130,131,132,134,135,137,142,146,163,168,169,181,184,189,191,192,196,200,201,210,215,228],[8,81,82,83,84,85,113,114,115,142,196,200,201,228],[11,81,83,84,85,113,114,115,142,196,200,201,228],[81,83,84,85,88,103,109,110,111,112,127,183,185,238],[53,81,83,84,85],[19,20,81,83,84,85,113,114,115,196,200,201,228],[29,81,83,84,85],[30,31,33,36,37,81,83,84,85],[40,44,45,47,81,83,84,85],[43,62,81,83,84,85],[43,81,83,84,85,86,87],[43,63,65,81,83,84,85],[43,81,83,84,85],[48,62,81,83,84,85,203],[62,81,83,84,85,203],[63,65,71,81,83,84,85,219],[65,81,83,84,85],[70,76,81,83,84,85,203,219],[73,81,83,84,85,176],[81,83,84,85,144],[81,83,84,85,145],[81,83,84,85,203],[81,83,84,85,219],[67,81,83,84,85,206],[67,81,83,84,85,206,217],[67,81,83,84,85,187,188,206],[67,81,83,84,85,206,208],[63,67,81,83,84,85,94,95,206,208,213,214],[67,75,81,83,84,85,187,188,206],[49,54,58,59,61,64,66,67,68,69,81,83,84,85,147,148,159,170,171,174,175,187,188,206,228],[1,8,67,81,83,84,85,187,188,196,198,199,200,201,206,211,228],[67,81,83,84,85,187,188,196,198,199,200,201,206,228],[32,67,81,83,84,85,178,187,188,196,198,199,200,201,206,212,228],[67,81,83,84,85,143,187,188,196,198,199,200,201,206,228],[2,4,67,78,81,83,84,85,143,178,187,188,196,198,199,200,201,205,206,228],[35,38,39,67,79,81,83,84,85,89,122,126,143,178,187,188,196,198,199,200,201,206,228],[67,81,83,84,85,156,187,188,196,198,199,200,201,206,228],[7,67,81,83,84,85,101,187,188,196,198,199,200,201,206,228],[67,77,81,83,84,85,143,187,188,196,198,199,200,201,206,218,228],[67,72,81,83,84,85,187,188,196,198,199,200,201,206,218,228],[35,67,81,83,84,85,128,187,188,196,198,199,200,201,206,228],[4,67,81,83,84,85,143,187,188,196,198,199,200,201,206,228],[67,81,83,84,85,122,125,128,187,188,196,198,199,200,201,206,228],[46,67,81,83,84,85,122,146,169,187,188,192,196,198,199,200,201,206,228],[8,67,81,83,84,85,187,188,196,198,199,200,201,206,228],[53,67,81,83,84,85,206],[67,81,83,84,85,187,188,196,200,201,206,228],[29,67,81,83,84,85,206],[30,31,33,36,37,67,81,83,84,85,206],[44,45,47,67,81,83,84,85,206],[42,43,62,67,81,83,84,85,206],[43,67,81,83,84,85,206],[43,63,65,67,81,83,84,85,206],[48,62,67,81,83,84,85,139,203,206],[62,67,81,83,84,85,203,206],[63,65,67,71,81,83,84,85,141,206,219],[65,67,81,83,84,85,206],[67,70,76,81,83,84,85,203,206,219],[67,81,83,84,85,140,206],[67,81,83,84,85,141,206],[67,81,83,84,85,144,206],[67,81,83,84,85,145,206],[67,81,83,84,85,203,206],[67,81,83,84,85,206,219]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,20,21,19,19,22,23,24,25,19,26,27,28,29,19,20,30,19,19,31,0,0,32,33,0,13,14,15,16,17,18,19,19,20,21,19,19,22,23,24,25,19,26,27,28,29,19,20,30,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[9135,36],[215,37],[10095,38],[10003,39],[8595,40],[10008,41],[10007,42],[10004,43],[8730,44],[10006,45],[8505,46],[9762,0],[9888,0],[8617,0],[8226,47],[9472,48],[10060,49],[9654,50],[65123,50]],"plainDefault":0,"spaced":[51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,52,53,51,51,51,51,51,51,54,51,55,56,51,57,57,57,57,57,57,57,57,57,57,51,51,51,51,51,51,51,58,59,60,61,62,63,64,59,61,65,59,59,59,66,67,68,59,69,70,71,72,59,61,59,59,59,51,51,51,73,74,51,58,59,60,61,62,63,64,59,61,65,59,59,59,66,67,68,59,69,70,71,72,59,61,59,59,59,51,51,51,51,51],"spacedOther":[[160,51],[5760,51],[8192,51],[8193,51],[8194,51],[8195,51],[8196,51],[8197,51],[8198,51],[8199,51],[8200,51],[8201,51],[8202,51],[8232,51],[8233,51],[8239,51],[8287,51],[12288,51],[65279,51],[9676,75],[9679,76],[9135,77],[215,78],[10095,79],[10003,80],[8595,79],[10008,81],[10007,82],[10004,83],[8730,84],[10006,85],[8505,51],[9762,86],[9888,86],[8617,87],[8226,88],[9472,89],[10060,90],[9654,91],[65123,91]],"spacedDefault":51,"blank":51}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[61,63,64,65],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,39,42,43,45,46,47,48,49,50,51,52,53,54,55,57,58,59,60,61,63,64,65,68,72,73,91,92,93,94,100,101,102,104,105,106,107,108,115,118],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,39,40,42,43,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,63,64,65,68,72,73,78,91,92,93,94,100,101,102,104,105,106,107,108,115,118],[37,56,61,63,64,65],[61,63,64,65,85,86,87],[36,38,61,63,64,65],[47,61,63,64,65,72,73,89,90],[35,41,45,48,52,53,61,63,64,65,81,85,86,87,88,96,107,108,110,113,119],[5,6,12,13,61,63,64,65,71,113],[61,63,64,65,88],[61,63,64,65,85,86,87,103,114],[1,61,63,64,65,85,86,87,88,103],[61,63,64,65,85,86,87,103],[7,61,63,64,65,85,86,87,103,104],[10,11,14,15,59,61,63,64,65,85,86,87,99,103,104,109,112],[0,3,10,14,15,17,23,26,27,41,44,60,61,63,64,65,68,69,75,76,77,82,85,86,87,88,93,94,99,103,104,111,117,119],[61,63,64,65,85,86,87,103,104],[61,63,64,65,70,82,85,86,87,99,103],[2,23,61,63,64,65,69,76,85,86,87,94,103,116],[16,40,61,63,64,65,85,86,87,103,104],[2,61,63,64,65,85,86,87,94,103],[4,22,32,61,63,64,65,68,79,80,82,85,86,87,94,95,97,98,99,103,106],[61,62,63,64,65,85,86,87,103],[2,61,63,64,65,85,86,87,103],[61,63,64,65,68,79,83,84,93],[39,61,63,64,65],[8,9,61,63,64,65,85,86,87],[20,61,63,64,65,85,86,87],[61,63,64,65,85,86,87,92],[58,61,63,64,65,85,86,87],[55,60,61,63,64,65,74,85,86,87],[28,61,63,64,65,85,86,87],[18,61,63,64,65],[19,20,21,24,25,61,63,64,65],[27,31,32,33,61,63,64,65],[30,46,61,63,64,65],[30,61,63,64,65,66,67],[30,47,49,61,63,64,65],[30,61,63,64,65],[34,46,61,63,64,65],[46,61,63,64,65],[47,49,55,61,63,64,65],[49,61,63,64,65],[54,57,61,63,64,65],[56,61,63,64,65],[61,63,64,65,105],[61,63,64,65,106],[51,61,63,64,65],[51,56,61,63,64,65],[47,51,61,63,64,65,72,73],[35,40,42,43,45,48,50,51,52,53,61,63,64,65,107,108,118],[51,61,63,64,65,104],[51,59,61,63,64,65,104],[23,26,27,51,60,61,63,64,65,68,91,93,94,104],[51,61,63,64,65,115],[51,61,63,64,65,78],[23,51,61,63,64,65,94],[40,51,61,63,64,65,104],[51,61,63,64,65,91,92,94],[32,51,61,63,64,65,68,91,94,106],[51,61,63,64,65,68,93],[39,51,61,63,64,65],[20,51,61,63,64,65],[51,61,63,64,65,92],[51,58,61,63,64,65],[51,55,60,61,63,64,65],[18,51,61,63,64,65],[19,20,21,24,25,51,61,63,64,65],[27,31,32,33,51,61,63,64,65],[29,30,46,51,61,63,64,65],[30,51,61,63,64,65],[30,47,49,51,61,63,64,65],[34,46,51,61,63,64,65,100],[46,51,61,63,64,65],[47,49,51,55,61,63,64,65,102],[49,51,61,63,64,65],[51,54,57,61,63,64,65],[51,61,63,64,65,101],[51,61,63,64,65,102],[51,61,63,64,65,105],[51,61,63,64,65,106]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[10007,40],[10004,41],[8730,42],[10006,43],[8505,44],[9762,0],[9888,0],[8617,0],[8226,45],[9472,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,47,47,51,47,47,47,60,47,47,61,47,47,47,47,62,47,47,63,47,47,47,47,47,47,47,64,65,47,47,47,47,63,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,66],[9679,67],[9135,68],[215,69],[10095,70],[10003,71],[8595,70],[10008,72],[10007,73],[10004,74],[8730,75],[10006,76],[8505,48],[9762,77],[9888,77],[8617,78],[8226,79],[9472,80]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
    return { dialect, event: marker.event, name, key, afterOutput: marker.afterOutput === true, closes: marker.closes === true, asserts: marker.asserts === true, namesFile: marker.namesFile === true, afterItsTests: marker.afterItsTests === true, namedBelow: marker.namedBelow === true, detailsIndented: marker.detailsIndented === true, indent: line.length - line.trimStart().length, ...marker.section ? { section: marker.section } : {}, ...groups.count !== void 0 ? { count: Number(groups.count) } : {}, ...groups.path !== void 0 ? { path: groups.path } : {}, ...groups.reason ? { reason: groups.reason } : {} };
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
var CARRIES_TRACEBACK = /: Traceback \(most recent call last\):\s*$/;
function isWrapperHeadline(line) {
  if (INSTALL_HINT.test(line)) return true;
  if (line.includes("Failed to import test module")) return true;
  if (CARRIES_TRACEBACK.test(line)) return true;
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
      this.onMarker({ dialect: GO, event: "run", name: jsonTest, key: `go:${jsonTest}`, afterOutput: false, closes: false, asserts: false, namesFile: false, afterItsTests: false, namedBelow: false, detailsIndented: false, indent: 0 });
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
    if ((FAILURE_SHAPE.test(text) || FAILURE_SHAPE_AT_START.test(text)) && !CARRIES_TRACEBACK.test(text)) {
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
  /** The dialects whose test lines have been seen (dialect.ts, `afterItsTests`). */
  dialectsSeen = /* @__PURE__ */ new Set();
  onMarker(marker) {
    const holder = this.current && HOLDERS.get(this.current.runner);
    if (holder !== void 0 && holder === marker.dialect.id && this.current?.name.endsWith(` ${marker.name}`)) return;
    if (marker.afterItsTests && !this.dialectsSeen.has(marker.dialect)) return;
    if ((marker.event === "start" || marker.event === "pass") && this.dialectsSeen.size < 64) this.dialectsSeen.add(marker.dialect);
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
