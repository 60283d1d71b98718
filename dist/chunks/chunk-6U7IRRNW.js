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
} from "./chunk-DQORGNZ6.js";
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
} from "./chunk-ZCEQVNNJ.js";
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
    // Numbering restarts in each section: a test is known by its name.
    { event: "start", pattern: /^\d{1,6}\) (?<name>[\w\\]{1,300}::\w{1,300})(?: with data set [^\n]{1,300})?$/, keyFromName: (name) => `phpunit:${name}` },
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
var DERIVED = `{"prefilter":{"key":"rules 242\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,46,48,139,204,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,393,395,396,397,398,399,400,401,404,405,406,408],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,35,94,9472,10003,10004,8730,10006,8505,10095,9762,9888,8226,43,9654,65123,36],"words":8,"quiet":11335,"states":12755,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAADNRwYABgAAAGseAgAHAAAAlfUGAAgAAADs6AEACQAAAL2LAAAKAAAAAUcAAAsAAACpnQgADAAAAO2QAAANAAAAqxcAAA4AAAAtdQEADwAAACKtAAAQAAAA7yUAABEAAAB4ggEAEgAAABQJAAATAAAA9NsBABQAAABp9woAFQAAAP4JAgAWAAAAShIBABcAAACY9AEAGAAAAJ0LAgAZAAAA//0BABoAAABXFQIAGwAAAEyZAgAcAAAA+9MCAB0AAAAAAAAAHgAAAO6DDAAfAAAAkAgBACAAAADQPwIAIQAAAAAAAAAiAAAAqsIBACMAAACS8AAAJAAAAE8UBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAARaEBACkAAADOsQEAKgAAAPEaCgArAAAAC84LACwAAAAAAAAALQAAAA7wAQAuAAAAAAAAAC8AAABaRAIAMAAAAKLIAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAD84goAPAAAAALuCgA9AAAAqOcLAD4AAAAAAAAAPwAAAE7oCwBAAAAAAAAAAEEAAAAH/gsAQgAAAOQCDABDAAAAwQcMAEQAAADAEwwARQAAADD9DABGAAAAeDUMAEcAAADLNQwASAAAAB42DABJAAAARkgMAEoAAAAqTAwASwAAAId6DABMAAAAAPgMAE0AAABT+AwATgAAAN38DABPAAAAaJsNAFAAAACt8A0AUQAAAADxDQBSAAAAU/ENAFUAAACmAAAAVgAAAKLBAwBYAAAAhA0JAFkAAAAIPwEAXAAAAE2bAABeAAAAOpoJAF8AAAD96wcAZwAAADUOAgBqAAAAGL0DAHAAAAChPAAAqQAAAPkAAACzAAAAnvgCAPwAAAAFWw4AUQEAAJ8BAAClAQAA8gEAAPkBAABFAgAATQIAAJgCAACaAgAA6wIAAPQCAAA+AwAASAMAAJEDAACcAwAA5AMAAPADAAA3BAAARAQAAIoEAACUBAAA3QQAAOsEAAAwBQAAPwUAAIMFAACFBQAA1gUAAOAFAAApBgAANwYAAHwGAACBBgAAzwYAANwGAAAiBwAAKgcAAHUHAACFBwAAyAcAAMoHAAAbCAAAKQgAAG4IAAB/CAAAWFsOAMgIAACrWw4AFgkAAPs6DAAcCQAAZwkAACkJAADSQgoALQkAAHE2DAAwCQAAKgcKAG4JAAC6CQAAdAkAAFRUCgC/CQAADQoAABkKAABgCgAAYwoAALMKAAC7CgAABgsAABMLAABZCwAAXgsAAKwLAAC2CwAA/wsAAAcMAABSDAAAXgwAAKUMAABhDAAAZgcCALgMAAD4DAAABg0AAEsNAABODQAAng0AAKgNAAD+Ww4A8w0AACdxAAD0DQAA5KIBAPYNAABEDgAA+g0AAAsoCwD7DQAABGgCAPwNAADjAQIA/Q0AANQdAAD+DQAA1BwMAP8NAACwegEAAA4AAKkvAAACDgAAcC4DAAUOAAC4uQIADg4AANWiAwARDgAA2xsMAEoOAACXDgAAUw4AAD0qCACdDgAA6g4AAP4OAAA9DwAAUg8AAJAPAACYDwAA4w8AAO0PAAA2EAAAOxAAAIkQAACOEAAA3BAAAOQQAAAvEQAARREAAIIRAACEEQAA1REAAOIRAAAoEgAAPBIAAHsSAACDEgAAzhIAAN0SAAAhEwAAMhMAAHQTAACCEwAAxxMAANMTAAAaFAAAJxQAAG0UAAB3FAAAwBQAAMMUAAATFQAAGxUAAGYVAABoFQAAuRUAAMoVAAAMFgAAEhYAAF8WAABrFgAAshYAALQWAAAFFwAADBcAAFgXAABsFwAAUVwOAKwXAADMGw4ArRcAAGMrAgCwFwAA/hcAALQXAADf3gEAuRcAADoeAwAAGAAAV8kAAAEYAAA5tAcABRgAAC/LCQAGGAAAURgAAAgYAAB3OwEACRgAADB6BwALGAAARIoGAA0YAACAiQoADxgAAOdbBgAUGAAAjDECABcYAAAS9wUAUhgAAKQYAABUGAAAk8EFAFcYAACSqgoAuxgAAPcYAAAPGQAAShkAAFUZAACdGQAAthkAAPAZAADyGQAAQxoAAF0aAACWGgAApRoAAOkaAADuGgAAPBsAAEkbAACPGwAAnxsAAOIbAADqGwAANRwAAEEcAACIHAAAlRwAANscAADlHAAALh0AADQdAACBHQAAlR0AAKRcDgDaHQAAJx4AAN4dAAD82wsA6x0AACK6CgBCHgAAeh4AAIYeAADNHgAA0x4AACAfAAAjHwAAs40FACgfAABzHwAAdh8AAB+uBQB6HwAAxh8AAH4fAACYJAcAgR8AAO5vAwDLHwAAGSAAACUgAABsIAAAbyAAAL8gAADHIAAAEiEAAB8hAABlIQAAaiEAALghAADCIQAACyIAABMiAABeIgAAYSIAALEiAAC6IgAABCMAAAUjAABXIwAAWCMAAKojAACvIwAA/SMAAAMkAABQJAAAWiQAAKMkAACrJAAA9iQAAPkkAABJJQAATCUAAJwlAACtJQAA91wOAPElAAAGqgEA9CUAAKf6CgD4JQAAl6wNAPslAABCJgAA/SUAAOUSCABaJgAAlSYAAJgmAADoJgAA9CYAADsnAABIJwAAjicAAJUnAADhJwAA4ycAADQoAAA9KAAAhygAAJEoAADaKAAA5SgAAC0pAABJKQAAgCkAAIgpAABKXQ4A2CkAACYqAAAuKgAAeSoAAHoqAADMKgAAzioAAB8rAAAiKwAAcisAAHUrAACdXQ4AyisAABgsAAAeLAAAaywAAHIsAAC+LAAAxiwAABEtAAAULQAAZC0AAG0tAAC3LQAAuC0AAAouAAALLgAAXS4AAG4uAACwLgAAvi4AAAMvAAAPLwAAVi8AAF0vAADwXQ4Ary8AAPwvAAD+LwAATzAAAGUwAACiMAAAqjAAAPUwAAD3MAAASDEAAFExAACbMQAApTEAAO4xAAD5MQAAQTIAAE0yAACUMgAAoTIAAOcyAADxMgAAOjMAAEgzAACNMwAAnDMAAOAzAADiMwAAMzQAAD00AACGNAAAlDQAANk0AADeNAAALDUAADk1AAB/NQAAhzUAANI1AADYNQAAJTYAADE2AAB4NgAAlTYAAMs2AADUNgAAHjcAACw3AABxNwAAdzcAAMQ3AADQNwAAFzgAABo4AABqOAAAcjgAAL04AADOOAAAEDkAAB45AABjOQAAfDkAALY5AAC3OQAACToAACY6AABDXg4AYToAAK86AAC1OgAAAjsAAAo7AABVOwAAXjsAAKg7AACrOwAA+zsAAAc8AABOPAAAVDwAAOleDgC9PAAA9DwAAPw8AAA8Xw4ASj0AAJo9AACrPQAA7T0AAPU9AABAPgAATj4AAJM+AACWPgAA5j4AAO4+AAA5PwAARj8AAIw/AACRPwAA3z8AAOk/AAAyQAAAOkAAAIVAAACRQAAA2EAAAOVAAAArQQAALUEAAH5BAACXQQAA0UEAAOJBAAAkQgAAMEIAAHdCAAB+QgAAykIAANJCAAAdQwAAIkMAAHBDAAB9QwAAw0MAAMtDAAAWRAAAIEQAAGlEAAB0RAAAvEQAAMhEAAAPRQAAF0UAAI9fDgBuRQAAtUUAALtFAAAIRgAAI0YAAFtGAABnRgAArkYAALRGAADiXw4ABkcAACYcAgAHRwAAjb0EAAhHAABL3AYADEcAAFRHAAANRwAAdcEJAA9HAAC+XAUAFUcAADolAgBgRwAAp0cAAK1HAADz7QwAr0cAADVgDgAGSAAATUgAAFNIAACgSAAAu0gAAPNIAAD/SAAARkkAAExJAACZSQAAoUkAAOxJAADySQAAP0oAAEtKAACSSgAAr0oAAOVKAADuSgAAOEsAAERLAACLSwAAjksAAN5LAADoSwAAMUwAAD1MAACETAAAi0wAANdMAADfTAAAKk0AACtNAAD/XgAALU0AAH1NAACMTQAA0E0AANZNAAAjTgAAJU4AAHZOAACMTgAAyU4AAOdOAAAcTwAANU8AAG9PAABxTwAAwk8AAMVPAAAVUAAAIVAAAGhQAABvUAAAu1AAAMNQAAAOUQAAEFEAAGFRAABqUQAAtFEAAL5RAAAHUgAAElIAAFpSAABmUgAArVIAALpSAAAAUwAAClMAAFNTAABhUwAAplMAALVTAAD5UwAA+1MAAExUAABWVAAAn1QAAK1UAADyVAAA91QAAEVVAABSVQAAmFUAAK1VAADrVQAA81UAAD5WAABXVgAAkVYAAJpWAADkVgAA7lYAADdXAAA/VwAAilcAAJdXAADdVwAA4lcAADBYAAA4WAAAg1gAAIRYAADWWAAA2FgAAClZAAAsWQAAfFkAAH9ZAACIYA4A1FkAACJaAAAoWgAAdVoAAHxaAADIWgAA0FoAABtbAAAfWwAAblsAAHBbAADBWwAAxFsAABRcAAAcXAAAZ1wAAGhcAAC6XAAAwFwAAA1dAAASXQAAYF0AAHtdAACzXQAAwV0AAAZeAAANXgAAWV4AAGVeAACsXgAAs14AANtgDgABXwAAUl8AAFVfAAClXwAAqF8AAC5hDgD9XwAAS2AAAFFgAACeYAAApWAAAPFgAAAPYQAARGEAAF1hAACXYQAAmWEAAOphAADtYQAAPWIAAEliAACQYgAAl2IAAONiAADrYgAANmMAADhjAACJYwAAkmMAANxjAADmYwAAL2QAADpkAACCZAAAjmQAANVkAADiZAAAKGUAADJlAAB7ZQAAiWUAAM5lAADdZQAAIWYAACNmAAB0ZgAAfmYAAMdmAADVZgAAGmcAAB9nAABtZwAAemcAAMBnAADVZwAAE2gAABtoAABmaAAAf2gAALloAADCaAAADGkAABZpAABfaQAAZ2kAALJpAAC/aQAABWoAAApqAABYagAAYGoAAKtqAACsagAA/moAAABrAABRawAAVGsAAKRrAACnawAAgWEOAPxrAABKbAAAUGwAAJ1sAACkbAAA8GwAAPhsAABDbQAAR20AAJZtAACYbQAA6W0AAOxtAAA8bgAARG4AAI9uAACQbgAA4m4AAOhuAAA1bwAAOm8AAIhvAACjbwAA228AAOlvAAAucAAANXAAAIFwAACNcAAA1HAAANtwAADUYQ4AKnEAAHpxAACLcQAAzXEAANVxAAAyjAEA6XEAACByAAAocgAAJ2IOAIJyAADGcgAAzHIAABlzAAAbcwAAbHMAAIJzAAC/cwAA3XMAABJ0AAAVdAAAZXQAAHF0AAC4dAAAvnQAAAt1AAAmdQAAXnUAAGp1AACxdQAAt3UAAAR2AAAidgAAV3YAAGd2AACqdgAAuHYAAP12AAADdwAAUHcAAFN3AACjdwAArXcAAPZ3AAAUeAAASXgAAF94AACceAAAqHgAAO94AADyeAAAQnkAAEV5AACVeQAAl3kAAOh5AAD/eQAAO3oAAEd6AACOegAAqnoAAOF6AADpegAAemIOAEV7AACHewAAlXsAANp7AADmewAALXwAADp8AACAfAAAinwAANN8AADbfAAAJn0AACd9AAB5fQAAe30AAMx9AADPfQAAH34AACJ+AADNYg4Ad34AAMV+AADLfgAAGH8AAB9/AABrfwAAc38AAL5/AADUfwAAEYAAABqAAABkgAAAZ4AAALeAAADBgAAACoEAABKBAABdgQAAdoEAALCBAAC8gQAAA4IAAAuCAAAgYw4AXoIAAKmCAACsggAA/IIAAAaDAABPgwAAVYMAAKKDAACwgwAA9YMAAAKEAABIhAAAX4QAAHNjDgCchAAAyy4NAJ6EAAB1pgEAoYQAAFlQAgCihAAAB84GAKOEAACqpgUApIQAAIjCAAClhAAAqC0CAKiEAABLBQ0AqoQAAO6EAACshAAA8I4HALGEAAB90AUAsoQAABrACwD4hAAAU24IAP2EAABBhQAATYUAAJSFAACVhQAAYoMDAJeFAADnhQAA6oUAADqGAABBhgAA2YABAEKGAACNhgAAUoYAAPwoAQCUhgAA4IYAAOyGAAAzhwAAQIcAAIaHAACUhwAA2YcAAOWHAAAsiAAAM4gAAH+IAACHiAAA0ogAAOKIAAAliQAAKokAAHiJAAB+iQAAy4kAANOJAAAeigAAJ4oAAHGKAAB0igAAxIoAANCKAAAXiwAAHYsAAMZjDgCJiwAAGWQOAMqLAAAQjAAAEowAADf9AAATjAAAEXICABeMAAA3nAIAG4wAAPXjCgAcjAAAlcUBAB+MAADM3QoAKYwAAIpJAgAwjAAAY4wAAHCMAAC2jAAAu4wAAAmNAAANjQAAXI0AAGmNAACvjQAAt40AAAKOAAC6jQAAtawJAAmOAABVjgAAGI4AAPmKBABXjgAAqI4AALKOAAD7jgAA/Y4AAE6PAABnjwAAoY8AAKOPAAD0jwAA948AAEeQAABTkAAAmpAAAKKQAABsZA4A85AAAECRAAD1kAAAsQUQAPyQAACX5AUA/pAAAM47BgAAkQAArUsBAAmRAAAwsQsARpEAAJrjAABYkQAAk5EAAJWRAADmkQAAoJEAAACmAACskQAAvJcAAPWRAAA5kgAASJIAAIySAACYkgAA35IAAOKSAAAykwAANZMAAIWTAACdkwAA2JMAAN+TAAArlAAAN5QAAH6UAACLlAAA0ZQAAN+UAAAklQAAMJUAAHeVAAB+lQAAypUAAOKVAAAdlgAAKZYAAHCWAAB2lgAAw5YAAMmWAAAWlwAAG5cAAGmXAABvlwAAEmUOAL6XAAAPmAAAFpgAAGKYAAB6mAAAtZgAALyYAAAImQAAIZkAAFuZAABzmQAArpkAALqZAAABmgAAB5oAAFSaAABamgAAp5oAAKyaAAD6mgAAAJsAAGVlDgBmmwAAoJsAALGbAADzmwAAAZwAAEacAABVnAAAmZwAAKGcAADsnAAADJ0AAD+dAABLnQAAkp0AAKadAADlnQAA7Z0AADieAAA+ngAAi54AAJeeAADengAA6J4AADGfAAA3nwAAhJ8AAJKfAADXnwAA458AACqgAABFoAAAfaAAAH+gAADQoAAA4aAAACOhAAAroQAAdqEAAIShAADJoQAAzKEAAByiAAAkogAAb6IAAHyiAADCogAAx6IAABWjAAAfowAAaKMAAHCjAAC7owAAvaMAAA6kAAAfpAAAYaQAAHKkAAC0pAAAuaQAAAelAAALpQAAWqUAAGalAACtpQAAtKUAALhlDgAFpgAAU6YAAF2mAACmpgAAvqYAAPmmAAD8pgAATKcAAFWnAACfpwAAoKcAAPKnAADzpwAARagAAEqoAACYqAAAnqgAAOuoAAD1qAAAPqkAAEqpAACRqQAAmKkAAOSpAAD8qQAAN6oAADmqAACKqgAAk6oAAN2qAADnqgAAMKsAADurAACDqwAAm6sAANarAADsqwAAKawAAC6sAAB8rAAAg6wAAM+sAADbrAAAC2YOACStAAB8ngIAJ60AAPC4AQArrQAAHroFAC2tAACVSAcAM60AAHWtAAB3rQAAE1oCAIOtAADIrQAA1K0AABuuAADXrQAA18EHACiuAABurgAAeK4AAMGuAADCrgAAPAwOAMmuAAAUrwAAG68AAGevAAAvrwAARpUBAGyvAAC6rwAAxq8AAA2wAAAQsAAAYLAAAGiwAACzsAAAwLAAAAaxAAALsQAAWbEAAGOxAACssQAAtLEAAP+xAAACsgAAUrIAAFuyAAClsgAAprIAAPiyAAD5sgAAS7MAAFCzAACeswAApLMAAPGzAAD7swAARLQAAEy0AACXtAAAmbQAAOq0AADztAAAPbUAAEe1AACQtQAAm7UAAOO1AADvtQAANrYAAEO2AACJtgAAk7YAANy2AADqtgAAL7cAAD63AACCtwAAhLcAANW3AADftwAAKLgAADa4AAB7uAAAgLgAAM64AADbuAAAIbkAACm5AAB0uQAAdbkAAMe5AADNuQAAGroAAB+6AABtugAAd7oAAMC6AADFugAAE7sAACK7AABmuwAAa7sAALm7AADKuwAADLwAABS8AABfvAAAZbwAALK8AAC+vAAABb0AACK9AABYvQAAYb0AAKu9AAC3vQAA/r0AAAG+AABRvgAAW74AAKS+AACwvgAA974AAP6+AABKvwAAUr8AAJ2/AAC2vwAA8L8AAATAAABDwAAAS8AAAJbAAACZwAAA6cAAAPXAAAA8wQAAQsEAAI/BAACqwQAA4sEAAO7BAAA1wgAAO8IAAF5mDgCSwgAA28IAAObCAAAuwwAANsMAAF3UAAA6wwAAgcMAAI7DAADUwwAA3sMAACfEAAA1xAAAesQAAInEAADNxAAAz8QAACDFAAAqxQAAc8UAAIHFAADGxQAAy8UAABnGAAAmxgAAbMYAAHTGAAC/xgAAwMYAABLHAADDxgAAq2MBAM/GAAChiAEAI8cAAGXHAABuxwAAuMcAAM/HAAALyAAAGcgAAF7IAABryAAAscgAALnIAAAEyQAAI8kAALFmDgBgyQAAqskAALTJAAD9yQAACMoAAARnDgBSygAAo8oAAKzKAAD2ygAAAMsAAEnLAABUywAAnMsAAKjLAADvywAA/MsAAELMAABMzAAAlcwAAKPMAADozAAA98wAADvNAAA9zQAAjs0AAJjNAADhzQAA780AADTOAAA5zgAAh84AAJTOAADazgAA4s4AAC3PAAAzzwAAgM8AAIzPAADTzwAA8M8AACbQAAAv0AAAedAAAIfQAADM0AAA0tAAAB/RAAAr0QAActEAAHnRAABXZw4Ax9EAAFgJAgDL0QAAGNIAAB3SAABr0gAAJtIAAHcmBAB40gAAvtIAANXSAAAR0wAAEtMAAGTTAABm0wAAt9MAALrTAAAK1AAADdQAAKpnDgB+1AAAsNQAALHUAAAD1QAABdUAAFbVAABZ1QAAqdUAAKzVAAD9Zw4AAdYAAE/WAABV1gAAotYAAKnWAAD11gAAF9cAAEjXAABQ1wAAm9cAAKrXAADu1wAA8NcAAEHYAABS2AAAlNgAAKXYAADn2AAA89gAADrZAABB2QAAjdkAAJXZAADg2QAA5NkAADPaAABB2gAAhtoAAJDaAADZ2gAA5NoAACzbAAAx2wAAf9sAAIjbAADS2wAA3NsAACXcAAAt3AAAeNwAAHrcAADL3AAA2NwAAB7dAAAy3QAAcd0AAHndAADE3QAAxd0AABfeAAAZ3gAAat4AAG3eAAC93gAAwN4AAFBoDgAV3wAAY98AAGnfAAC23wAAvd8AAAngAAAR4AAAXOAAAGvgAACv4AAAtOAAAALhAAAP4QAAVeEAAGXhAACo4QAAtuEAAPvhAAAS4gAATuIAAFfiAACh4gAAp+IAAPTiAAAA4wAAR+MAAE7jAACjaA4An+MAAGy4AgCi4wAA7eMAAKfjAADg9AgA/OMAAEDkAABR5AAAk+QAAKHkAADm5AAA8uQAADnlAABG5QAAjOUAAJblAADf5QAA5+UAADLmAAA15gAAheYAAJHmAADY5gAA5eYAACvnAAA15wAAfucAAIbnAADR5wAA0+cAACToAAAt6AAAd+gAAIHoAADK6AAA1egAAB3pAAAy6QAAcOkAAHjpAADD6QAA3OkAABbqAAAf6gAAaeoAAHPqAAC86gAAxOoAAA/rAAAc6wAAYusAAGfrAAC16wAAvesAAAjsAAAJ7AAAW+wAAF3sAACu7AAAsewAAAHtAAAE7QAA9mgOAFntAACn7QAAre0AAPrtAAAB7gAATe4AAFXuAACg7gAAru4AAPPuAAD27gAARu8AAE7vAACZ7wAAnO8AAOzvAAD47wAAP/AAAEnwAABJaQ4Ak/AAAC8QDACU8AAA5fAAAJXwAAB2AQsAnPAAAHQSDACd8AAAz5AEAKHwAADk9QEAovAAAOu1CgC28AAAAtoBAO7wAAA48QAAQvEAAIvxAACW8QAA3vEAAOrxAAAx8gAAPvIAAITyAACO8gAA1/IAAOXyAAAq8wAAOfMAAH3zAAB/8wAA0PMAANrzAAAj9AAAMfQAAHb0AAB79AAAyfQAANb0AAAc9QAALPUAAG/1AABx9QAAwvUAAND1AAAV9gAAJvYAAJxpDgBv9gAA72kOAMP2AABCag4AF/cAAGH3AABr9wAAtPcAAL/3AAAH+AAAE/gAAFr4AABn+AAArfgAALf4AAAA+QAADvkAAFP5AABi+QAApvkAAKj5AAD5+QAAA/oAAEz6AABa+gAAn/oAAKT6AADy+gAA//oAAEX7AABN+wAAmPsAAKj7AADr+wAA7fsAAD78AABM/AAAkfwAAKL8AACVag4A6/wAAOhqDgBQ/QAAiv0AAJv9AADd/QAA6f0AADD+AAA4/gAAO2sOAIj+AADW/gAA3v4AACn/AAAr/wAAfP8AAC7/AABNxAYAOP8AAAF+BACF/wAAz/8AAIv/AADFPwkA2f8AACIAAQAtAAEAdQABAIEAAQDIAAEA1QABABsBAQAlAQEAbgEBAHwBAQDBAQEA0AEBABQCAQAWAgEAZwIBAHECAQC6AgEAxgIBAA0DAQAVAwEAjmsOAGMDAQCzAwEAwQMBAAYEAQATBAEAWQQBAHAEAQCsBAEAtAQBAP8EAQAVBQEAUgUBAF4FAQClBQEAtAUBAPgFAQADBgEASwYBAE0GAQCeBgEAqwYBAPEGAQD/BgEARAcBAEcHAQCXBwEArQcBAOoHAQDyBwEAPQgBAE8IAQDhaw4AnQgBAIaNCwCfCAEA4wgBAOgIAQA2CQEAPQkBAIkJAQCVCQEA3AkBAOkJAQAvCgEAMQoBAIIKAQCYCgEA1QoBAOEKAQAoCwEARwsBAHsLAQCXCwEAzgsBANYLAQA0bA4AIwwBAHQMAQB9DAEAxwwBANEMAQAaDQEAJQ0BAG0NAQB5DQEAwA0BAM0NAQATDgEAHQ4BAGYOAQB0DgEAuQ4BAMgOAQAMDwEADg8BAF8PAQBpDwEAsg8BAMAPAQAFEAEAChABAFgQAQBlEAEAqxABALsQAQD+EAEAABEBAFERAQBfEQEApBEBALURAQCHbA4A/hEBANpsDgBMEgEA89IEAE8SAQCdEgEAUxIBAHq9AQBWEgEA9f8GAFgSAQCLlwEAXhIBADxSBACkEgEAsiMKAKoSAQDwEgEABxMBAEMTAQBIEwEAlhMBAJkTAQDpEwEAoBMBAHuVBQCyEwEA258FAO4TAQBYmgUA9RMBADwUAQBCFAEAOyABAEsUAQCPFAEAmBQBAOIUAQDoFAEANRUBAEMVAQCIFQEAkhUBANsVAQDvFQEALhYBADoWAQCBFgEAlBYBANQWAQDjFgEAJxcBADMXAQB6FwEAexcBAM0XAQDXFwEAIBgBAC4YAQBzGAEAeBgBAMYYAQDTGAEAgG0OACwZAQBsGQEAexkBAL8ZAQDLGQEAEhoBABMaAQBlGgEAbxoBALgaAQDGGgEACxsBABAbAQBeGwEAaxsBAHluDgCzGwEABBwBAA0cAQBXHAEAYRwBAKocAQC1HAEA/RwBAAkdAQBQHQEAXR0BAKMdAQCtHQEA9h0BAAQeAQBJHgEAWB4BAJweAQCeHgEA7x4BAPkeAQBCHwEAUB8BAJUfAQCiHwEA6B8BAP8fAQDMbg4AViABAI4gAQCaIAEA4SABAOcgAQA0IQEAQCEBAIchAQCNIQEA2iEBAOAhAQAtIgEAMiIBAIAiAQCGIgEAH28OANwiAQAmIwEAMCMBAHkjAQCEIwEAzCMBANgjAQAfJAEALCQBAHIkAQB8JAEAxSQBANMkAQAYJQEAJyUBAGslAQBtJQEAviUBAMglAQARJgEAHyYBAGQmAQBpJgEAtyYBAMQmAQAKJwEAEicBAF0nAQBtJwEAsCcBALInAQADKAEAESgBAFYoAQBnKAEAGHAOALAoAQBrcA4AAikBAE8pAQBbKQEAoikBALIpAQD1KQEA/ikBAEgqAQBLKgEAmyoBAKcqAQDuKgEA9SoBAEErAQBJKwEAlCsBALIrAQDnKwEA7ysBADosAQBLLAEAjSwBAJIsAQDgLAEA9ywBADMtAQBBLQEAhi0BAJMtAQDZLQEA4S0BACwuAQAwLgEAfy4BAIEuAQDSLgEA1S4BACUvAQAtLwEAeC8BAH4vAQDLLwEA1y8BAB4wAQAuMAEAcTABAHowAQDEMAEAxzABABcxAQAjMQEAajEBAHExAQC+cA4AxjEBABAyAQATMgEAYzIBAHEyAQC2MgEAwzIBAAkzAQAgMwEAXDMBAGQzAQCvMwEAsTMBAAI0AQALNAEAVTQBAF80AQCoNAEAszQBAPs0AQAHNQEATjUBAFs1AQChNQEAqzUBAPQ1AQACNgEARzYBAFY2AQCaNgEAnDYBAO02AQD3NgEAQDcBAE43AQCTNwEAmDcBAOY3AQDzNwEAOTgBAEE4AQCMOAEAojgBAN84AQDrOAEAMjkBAEE5AQCFOQEAkDkBANg5AQDaOQEAKzoBADg6AQB+OgEAjDoBANE6AQDUOgEAJDsBADo7AQARcQ4AfzsBAEQAAgCFOwEANG0CAI87AQDKOwEAzDsBAB08AQAuPAEAcDwBAIE8AQDDPAEAyDwBABY9AQAaPQEAaT0BAHU9AQC8PQEAwz0BAA8+AQAXPgEAYj4BAIA+AQC1PgEAvT4BAGRxDgANPwEAWz8BAFw/AQCOJgwAaj8BAJYgCwB0PwEArj8BALA/AQABQAEAGkABAFRAAQBlQAEAp0ABALNAAQD6QAEA/EABAE1BAQBWQQEAoEEBAFxBAQAjRwEAqkEBAPNBAQD+QQEARkIBAFJCAQCZQgEApkIBAOxCAQD2QgEAP0MBAE1DAQCSQwEAoUMBAOVDAQDnQwEAOEQBAEJEAQCLRAEAmUQBAN5EAQDjRAEAMUUBAD5FAQCERQEAkEUBANdFAQDdRQEAKkYBADBGAQB9RgEAgkYBANBGAQDWRgEAt3EOADJHAQB2RwEAgkcBAMlHAQDMRwEAHEgBAB9IAQBvSAEAdkgBAMJIAQDOSAEAFUkBACJJAQBoSQEAdkkBALtJAQDHSQEADkoBABVKAQAKcg4AZ0oBALRKAQC6SgEAB0sBAAxLAQBaSwEAYEsBAF1yDgCuSwEAi+oBALdLAQCMnwoAuUsBANZJDgC7SwEAgSMLALxLAQAATAEADEwBAFNMAQBUTAEApkwBAF9MAQARMwsAsEwBAPlMAQAHTQEATE0BAFFNAQCfTQEArE0BALByDgD0TQEAtuwKAABOAQC+3woAFU4BAEVOAQBqTgEAmE4BAL5OAQDrTgEAEk8BAD5PAQBiTwEAkU8BAJlPAQADcw4A8E8BADdQAQA5UAEAilABAI1QAQDdUAEA4lABADBRAQA9UQEAg1EBAJ9RAQDWUQEA3lEBAFZzDgAyUgEAfFIBADZSAQA2XAEAf1IBAM9SAQDbUgEAIlMBAChTAQB1UwEAglMBAMhTAQDKUwEAG1QBADFUAQBuVAEAelQBAMFUAQDJVAEAqXMOABpVAQBnVQEAb1UBALpVAQC7VQEADVYBAA9WAQBgVgEAY1YBALNWAQC2VgEA/HMOAAtXAQBZVwEAX1cBAKxXAQCzVwEA/1cBAAdYAQBSWAEAX1gBAKVYAQCqWAEA+FgBAAJZAQBLWQEAU1kBAJ5ZAQCgWQEA8VkBAAJaAQBEWgEAVVoBAJdaAQCcWgEA6loBAO5aAQA9WwEASVsBAJBbAQCXWwEA41sBAPVbAQBPdA4AO1wBAIlcAQCRXAEA3FwBAN5cAQAvXQEAPl0BAIJdAQCRXQEA1V0BAOFdAQAoXgEAK14BAHteAQB+XgEAzl4BANZeAQAhXwEAK18BAHRfAQB5XwEAx18BAM9fAQAaYAEAJGABAG1gAQB4YAEAwGABAM5gAQATYQEAFmEBAGZhAQBuYQEAuWEBANRhAQAMYgEAF2IBAF9iAQBkYgEAsmIBALViAQAFYwEAD2MBAFhjAQBqYwEAonQOALljAQD+YwEACGQBAFFkAQBcZAEApGQBAKxkAQD3ZAEA/WQBAEplAQBMZQEAnWUBALZlAQDwZQEACWYBAENmAQBRZgEAlmYBAKBmAQDpZgEA/2YBADxnAQBZZwEAj2cBAJdnAQDiZwEA8mcBADVoAQA3aAEAiGgBAJZoAQDbaAEA7GgBAPV0DgA1aQEASHUOAIJpAQDUaQEA5WkBACdqAQAzagEAemoBAHxqAQDNagEA0GoBACBrAQAsawEAc2sBAHtrAQDudQ4A0WsBABlsAQAlbAEAbGwBAHtsAQC/bAEA32wBABJtAQAabQEAZW0BAHltAQC4bQEAvW0BAAtuAQAUbgEAXm4BAGRuAQCxbgEAuW4BAARvAQATbwEAV28BAFxvAQCqbwEAt28BAP1vAQAKcAEAUHABAFxwAQCjcAEAsnABAPZwAQAAcQEASXEBAFdxAQCccQEAoXEBAO9xAQD8cQEAQnIBAEpyAQCVcgEAmHIBAOhyAQD0cgEAO3MBAEVzAQCOcwEAmHMBAOFzAQDvcwEANHQBAEF0AQCHdAEAnnQBANp0AQDddAEAQXYOADB1AQB1mAMAN3UBABNFBQA6dQEAgHUBAD11AQC6YgsAPnUBAH96AgBDdQEAS/EDAId1AQAVQgIAinUBAJI1AwCPdQEAhPEMAJt1AQDTdQEA1XUBACZ2AQA3dgEAeXYBAId2AQDMdgEA03YBAB93AQAhdwEAcncBACR3AQDwXgIAJ3cBAK6SAQCBdwEAxXcBANR3AQAYeAEAJHgBAGt4AQBueAEAvngBAMF4AQAReQEAMXkBAGR5AQBweQEAt3kBAMt5AQAKegEAGHoBAF16AQBkegEAlHYOAMd6AQADewEABXsBAPi/CgAGewEA/74KABB7AQBWewEAWHsBAKl7AQCzewEA/HsBALp7AQCJwwoABXwBAE98AQBVfAEAonwBAK58AQD1fAEA/HwBAEh9AQBNfQEAm30BAKd9AQDufQEA8X0BAEF+AQBOfgEAlH4BAJl+AQDnfgEA8X4BADp/AQBQfwEAjX8BAI9/AQDgfwEA6n8BADOAAQBCgAEAhoABAJGAAQDndg4A5YABACyBAQA5gQEAf4EBAI2BAQDSgQEA3oEBACWCAQAsggEAOncOAH2CAQDLggEAhIIBAGazDQCGggEAe/YDAM2CAQBQYgMA0IIBACfYCQDiggEAHoMBACyDAQBxgwEAfoMBAMSDAQDMgwEAF4QBACGEAQDDvwYAJ4QBAGqEAQBshAEAvYQBAMuEAQAQhQEAIYUBAI13DgBqhQEA4HcOALuFAQAJhgEAD4YBAFyGAQBkhgEAr4YBALiGAQAChwEABYcBAFWHAQBhhwEAqIcBAK6HAQD7hwEAA4gBAE6IAQBtiAEAhngOAKOIAQD0iAEAAokBAEeJAQBYiQEA2XgOAKGJAQAseQ4A8okBAECKAQBGigEAk4oBAJuKAQDmigEA74oBADmLAQA8iwEAjIsBAJiLAQDfiwEA5YsBANJ5DgA0jAEAhYwBAI6MAQDYjAEA4owBACuNAQA2jQEAfo0BAIqNAQDRjQEA3o0BACSOAQAujgEAd44BAIWOAQDKjgEA2Y4BAB2PAQAfjwEAcI8BAHqPAQDDjwEA0Y8BABaQAQAbkAEAaZABAHaQAQC8kAEAxJABAA+RAQAfkQEAYpEBAGSRAQC1kQEAw5EBAAiSAQAZkgEAJXoOAGKSAQB4eg4At5IBAAGTAQAEkwEAVJMBAGCTAQCnkwEArZMBAPqTAQAHlAEATZQBAE+UAQCglAEAtpQBAPOUAQD/lAEAy3oOAFKVAQCZlQEAn5UBAOyVAQDvlQEAP5YBAE2WAQCSlgEAl5YBAOWWAQDylgEAOJcBAECXAQAeew4AmJcBAN6XAQDslwEAMZgBAEeYAQCEmAEAjZgBANeYAQDtmAEAKpkBADKZAQB9mQEAgJkBANCZAQDZmQEAI5oBACSaAQB2mgEAd5oBAMmaAQDOmgEAHJsBACKbAQBvmwEAeZsBAMKbAQDOmwEAFZwBABycAQBonAEAcJwBALucAQC9nAEADp0BAA+dAQBhnQEAb50BALSdAQC8nQEAB54BACKeAQBangEAZp4BAK2eAQCzngEAAJ8BAAOfAQBTnwEAYZ8BAKafAQCrnwEA+Z8BAAagAQBMoAEAVKABAJ+gAQCtoAEA8qABAPWgAQBxew4ASKEBAJihAQBJoQEA3cUIAFGhAQD6tQgAU6EBACG4DABYoQEA7eIMAJuhAQDroQEA/KEBAD6iAQBaogEAkaIBAJmiAQDEew4A9aIBADejAQA/owEAiqMBAJCjAQDdowEA4qMBADCkAQA5pAEAg6QBAI2kAQDWpAEA5KQBACmlAQA2pQEAfKUBAIilAQDPpQEA0qUBACKmAQA+pgEAF3wOAHimAQDIpgEAiaYBAEbaAwDUpgEAG6cBACGnAQBupwEAeKcBAGp8DgDGpwEAFKgBACGoAQBnqAEAb6gBAN+DDgBzqAEAuqgBAHeoAQA2rwEAwKgBAA2pAQATqQEAYKkBAGWpAQCzqQEAuakBAL18DgAQqgEA8cAKABSqAQBZqgEAaqoBABB9DgCzqgEAY30OAAerAQC2fQ4AYKsBAKWrAQCsqwEA+KsBAACsAQBLrAEAWKwBAJ6sAQCjrAEA8awBAPusAQBErQEATK0BAJetAQCdrQEA6q0BAOytAQA9rgEAS64BAJCuAQCTrgEA464BAO+uAQAJfg4AOK8BAImvAQCXrwEA3K8BAO2vAQBcfg4ANrABAK9+DgCIsAEA1bABANuwAQAosQEALbEBAHuxAQCBsQEAAn8OANCxAQAhsgEA17EBAHGJDADasQEANAUFADyyAQB0sgEAdrIBAMeyAQDhsgEAGrMBACezAQDByQgAK7MBAG2zAQBvswEAwLMBAM2zAQATtAEAKrQBAGa0AQCAtAEAubQBALu0AQAMtQEAv7QBAIOxCwAPtQEAX7UBAGK1AQCytQEAvrUBAAW2AQALtgEAWLYBAGK2AQBVfw4AsLYBAP62AQALtwEAUbcBAF23AQCktwEAqrcBAPe3AQD9twEASrgBAE+4AQCduAEAo7gBAKh/DgD3uAEAIBcNAPm4AQBakAMA/bgBADiQAgABuQEAxdcLAAa5AQBDuQEARLkBAJa5AQBZuQEAhmsEAJi5AQDpuQEApLkBAHLDAgDvuQEAPLoBAEq6AQCPugEAkroBAOK6AQDnugEANbsBAEK7AQCIuwEAmLsBANu7AQDduwEALrwBADy8AQCBvAEAkrwBAPt/DgDavAEAJ70BADO9AQBOgA4Ai70BAM29AQDXvQEAIL4BAC6+AQBzvgEAdL4BAMa+AQDXvgEAGb8BACW/AQBsvwEAfL8BAL+/AQDBvwEAEsABACDAAQBlwAEAdsABAKGADgC+wAEAC8EBABfBAQD0gA4AZMEBALHBAQC3wQEABMIBAAnCAQBXwgEAXcIBAJqBDgCywgEA/cIBAAfDAQAD1AwAFsMBAFDDAQBZwwEAo8MBAK3DAQD2wwEA/sMBAEnEAQBNxAEAnMQBAJ7EAQDvxAEA8sQBAELFAQBexQEA7YEOAKjFAQDoxQEA6cUBADvGAQBHxgEAjsYBAJ3GAQDhxgEA68YBADTHAQBAxwEAh8cBAI7HAQBAgg4A4McBAGhWCwDtxwEALcgBADzIAQCAyAEAjMgBANPIAQDUyAEAJskBADDJAQB5yQEAh8kBAMzJAQDRyQEAH8oBACzKAQDmgg4AesoBAMXKAQDRygEAGMsBACvLAQBrywEAbMsBAL7LAQDKywEAEcwBACDMAQBkzAEAbswBALfMAQDDzAEACs0BABHNAQA5gw4Abs0BALDNAQC8zQEAA84BABPOAQBWzgEAYM4BAKnOAQCxzgEA/M4BACfPAQBPzwEAKM8BANnTAQB6zwEAos8BAKrPAQD1zwEA+88BAEjQAQBW0AEAm9ABALLQAQDu0AEA+dABAEHRAQBL0QEAlNEBAL7RAQDn0QEA79EBADrSAQBK0gEAjdIBAI/SAQDg0gEA7tIBADPTAQBE0wEAMoQOAI3TAQCFhA4ABNQBACzUAQA01AEAf9QBAIXUAQDS1AEA4NQBACXVAQA81QEAeNUBAIPVAQDL1QEA1dUBAB7WAQBI1gEAcdYBAHnWAQDE1gEA1NYBABfXAQAZ1wEAatcBAHjXAQC91wEAztcBANiEDgAX2AEAK4UOAGXYAQC22AEAxNgBAAnZAQAa2QEAfoUOAGPZAQDRhQ4At9kBACSGDgAK2gEAd4YOAFfaAQCo2gEAttoBAPvaAQAM2wEAyoYOAFTbAQCh2wEArdsBAB2HDgD92wEAR9wBAFTcAQCa3AEAqNwBAO3cAQD33AEAQN0BAFrdAQCT3QEAlt0BAObdAQDt3QEAOd4BAFneAQCM3gEApt4BAHCHDgDs3gEAMt8BAPDeAQDKNAIA9d4BAGKKAgBA3wEAhd8BAI/fAQDY3wEA8t8BACvgAQA74AEAfuABAITgAQDR4AEA0+ABACThAQA64QEAd+EBAIPhAQDK4QEAzuEBAB3iAQAi4gEAcOIBAHbiAQDD4gEA4+IBABbjAQAw4wEAaeMBAGvjAQC84wEAv+MBAA/kAQAS5AEAYuQBAG7kAQC15AEAu+QBAAjlAQAS5QEAw4cOAGDlAQCu5QEAu+UBAAHmAQAN5gEAVOYBAGfmAQCn5gEAtuYBAPrmAQAG5wEATecBAE7nAQCg5wEAqucBAPPnAQAB6AEARugBAEvoAQCZ6AEApugBABaIDgDt6AEAeOkKAO7oAQA4/goA7+gBAJwrCwDx6AEA1QkNAPLoAQDwhwgA8+gBAPvuCgD26AEAF+QLAPfoAQDY8woA+OgBAJ8OCgD56AEAXJoKAProAQCsawoA++gBANjKBAD86AEAP+kBAATpAQAvoQ8ABukBAPFfDAAI6QEAMZcNAA/pAQAMaAwAF+kBAENsDAAq6QEA++cLADHpAQCpLgwAQekBAJLpAQBQ6QEATy8MAKDpAQDl6QEA9ukBAGmIDgA/6gEAvIgOAJfqAQDe6gEA7eoBADHrAQA76wEAhOsBAJDrAQDX6wEAp+sBAMYeDADe6wEAYokOACzsAQB97AEAjuwBANDsAQDZ7AEAI+0BAC/tAQB27QEAee0BAMntAQDR7QEAHO4BACbuAQBv7gEAdO4BAMLuAQDK7gEAFe8BAC7vAQBo7wEAdO8BALvvAQDD7wEACIoOABbwAQBbig4AZPABALTwAQC38AEAB/EBABPxAQBa8QEAYPEBAK3xAQC38QEArooOAAXyAQBT8gEAYPIBAKbyAQCu8gEAAYsOAP/yAQBM8wEAUvMBAJ/zAQCk8wEA8vMBAPjzAQBUiw4ATfQBAKeLDgCa9AEAPr0JAJ30AQDr9AEApPQBAIl3CQD19AEAPvUBAPr0AQAUfgcARvUBADddCwBa9QEAkfUBAJn1AQD6iw4A6fUBADf2AQBN9gEAivYBAIv2AQDd9gEA3/YBADD3AQA29wEAg/cBAI/3AQDW9wEA3fcBACn4AQAx+AEAfPgBAIX4AQDP+AEA0vgBACL5AQAw+QEAdfkBAIL5AQDI+QEA3/kBABv6AQAj+gEAbvoBAHr6AQBn+wEAmfoBAMH6AQDs+gEAFPsBADj7AQBNjA4AhPsBALr7AQDD+wEAs/wBAMv7AQAN/AEAO/wBAGD8AQCE/AEAoIwOALX8AQAG/QEAF/0BAFn9AQCH/QEArP0BAND9AQDzjA4ABf4BAADWBQAI/gEAUv4BAAv+AQA0IA0AXP4BAKX+AQBf/gEAyN0FAGD+AQBP1QwArf4BAPj+AQD8/gEAS/8BAE3/AQCe/wEAof8BAPH/AQANAAIARo0OAEkAAgBe1QoATgACAHdICwBQAAIAlwACAFQAAgDeBQoAtAACAOoAAgDzAAIAPQECAD8BAgCQAQIAoQECAJmNDgDoAQIANgICAD8CAgCJAgIAmgICANwCAgDjAgIALwMCADcDAgCCAwIASQMCAJsjAgCPAwIAKAQCAJEDAgB0BQIAmwMCANUDAgDhAwIA7I0OAC0EAgB7BAIAhQQCAM4EAgDWBAIAP44OAC0FAgCSjg4AeQUCAMcFAgDUBQIAGgYCACQGAgBtBgIAbwYCAMAGAgDOBgIAEwcCACAHAgDljg4AawcCALkHAgDGBwIADAgCABYIAgBfCAIAYQgCALIIAgDACAIABQkCABIJAgA4jw4AWwkCAP+wDABeCQIAn/kMAGUJAgCrCQIAtQkCAIuPDgAGCgIAUQoCAFMKAgDC9AwAaAoCAKQKAgCpCgIA9woCAAELAgBKCwIAUgsCAN6PDgCnCwIA8AsCAPwLAgBDDAIARgwCAJYMAgCgDAIA6QwCAAMNAgA8DQIAUw0CAI8NAgCUDQIA4g0CAP4NAgAxkA4APw4CAIgOAgBGDgIAkDEHAJQOAgDbDgIA3g4CAC4PAgA4DwIAgQ8CAJsPAgDUDwIA2g8CACcQAgApEAIAehACAIgQAgDNEAIA0BACACARAgAsEQIAcxECAHYRAgDGEQIA6RECAISQDgAbEgIAbBICAHoSAgC/EgIAwhICABITAgAeEwIAZRMCAGgTAgDXkA4AwxMCAAsUAgARFAIAXhQCAGMUAgCxFAIAtRQCAAQVAgAHFQIAKpEOAFgVAgD+wwsAWhUCAFWGDQBdFQIAqhUCAGAVAgAzfw0AYRUCADQaAgBjFQIAZWwNAGUVAgDwZA0AZhUCAOFyDQBnFQIAaY8NAG4VAgC41AoAcRUCAJ5fDAC2FQIA/RUCACYWAgBQFgIAXBYCAKMWAgCyFgIA9hYCAAAXAgBJFwIATBcCAJwXAgC2FwIA7xcCAPkXAgBCGAIARxgCAJUYAgCfGAIA6BgCAPMYAgA7GQIAQRkCAI4ZAgCTGQIA4RkCAOUZAgB9kQ4AORoCAIcaAgBCGgIAsHkNAJEaAgDaGgIA5RoCAC0bAgAzGwIAgBsCAIUbAgDTGwIA1xsCANCRDgArHAIAIasCAC0cAgCBHAwALhwCAOxPCwAwHAIAd+cMAEAcAgB5HAIAgxwCAMwcAgDXHAIAHx0CACUdAgByHQIAdx0CAMUdAgDJHQIAGB4CADseAgAjkg4AbR4CAL4eAgBuHgIAn7QKAHAeAgBOVwgAdB4CAPJhCgB3HgIAfycCAHkeAgCm+AwAyx4CABROAgDMHgIAER8CABQfAgBkHwIAcB8CALcfAgDPHwIACiACABYgAgBdIAIAYyACALAgAgC2IAIAAyECAAghAgBWIQIAXCECAHaSDgCzIQIA/CECAAciAgBPIgIAVSICAKIiAgCnIgIA9SICAPkiAgBIIwIASyMCAMmSDgClIwIA7iMCAPkjAgBBJAIARyQCAJQkAgCZJAIA5yQCAOskAgAckw4AOyUCAI0lAgCZJQIA4CUCAOwlAgAzJgIAOSYCAIYmAgCMJgIA2SYCAN4mAgAsJwIAMicCAG+TDgCBJwIADecEAIYnAgCd9gQAjicCAHNkAgCPJwIA0icCAN4nAgAlKAIAKygCAHgoAgCEKAIAyygCANgoAgAeKQIALSkCAHEpAgB9KQIAxCkCANApAgAXKgIAHSoCAGoqAgBwKgIAvSoCAMIqAgAQKwIAFisCAMKTDgBtKwIAjagHAHkrAgC2KwIAfCsCABKPCADCKwIACSwCABEsAgD/SA8AFSwCAFwsAgBiLAIArywCALUsAgACLQIABy0CAFUtAgBbLQIAFZQOALAtAgDjnw8Asi0CAPstAgABLgIATi4CAAcuAgD+AgMAXC4CAKEuAgC6LgIA9C4CAP0uAgBHLwIAUS8CAJovAgCmLwIA7S8CAPkvAgBAMAIARjACAJMwAgCZMAIA5jACAOswAgA5MQIAPzECAGiUDgCYMQIA3zECAOkxAgAyMgIAPTICAIUyAgCKMgIA2DICAN8yAgArMwIANzMCAH4zAgCEMwIA0TMCANczAgAkNAIAKTQCAHc0AgB9NAIAu5QOANs0AgAdNQIAHjUCAHA1AgAjNQIATToCAHU1AgDDNQIA0TUCABY2AgAjNgIAaTYCAHM2AgC8NgIAyDYCAA83AgAVNwIAYjcCAG43AgC1NwIAyDcCAAg4AgAXOAIAWzgCAGc4AgCuOAIArzgCAAE5AgALOQIAVDkCAGI5AgCnOQIArDkCAPo5AgAHOgIADpUOAFk6AgCgOgIAsDoCAPM6AgD/OgIARjsCAEw7AgCZOwIApTsCAOw7AgD5OwIAPzwCAE48AgCSPAIAnjwCAOU8AgDxPAIAOD0CAEs9AgCLPQIAmj0CAN49AgDqPQIAMT4CADI+AgCEPgIAjj4CANc+AgDlPgIAKj8CAC8/AgB9PwIAij8CAGGVDgDSPwIA7/sFANw/AgAjQAIA3T8CAF8qCQDePwIAzsUKADdAAgB2QAIAgkACAMlAAgDPQAIAHEECACJBAgBvQQIAdEECAMJBAgDIQQIAtJUOACFCAgBoQgIAdUICAKO8AgB7QgIAu0ICAMBCAgDqUwIAw0ICAHv9AgDHQgIADkMCABRDAgBhQwIAZ0MCALRDAgC5QwIAB0QCAA1EAgAHlg4AZkQCAK1EAgCzRAIAAEUCAAVFAgBTRQIAWkUCAKZFAgC0RQIA+UUCABRGAgBMRgIAWkYCAJ9GAgCiRgIA8kYCAABHAgBFRwIASkcCAJhHAgClRwIA60cCAPdHAgA+SAIAREgCAJFIAgCXSAIA5EgCAOlIAgA3SQIAPUkCAFqWDgCPSQIA3UkCAOZJAgAwSgIAPUoCAINKAgCKSgIA1koCAOdKAgApSwIALksCAHxLAgCLSwIAz0sCANFLAgAiTAIAM0wCAHVMAgCBTAIAyEwCAM5MAgAbTQIAIU0CAG5NAgBzTQIAwU0CAMdNAgCtlg4AK04CAGdOAgBzTgIAuk4CAMZOAgANTwIAE08CAGBPAgBmTwIAs08CALhPAgAGUAIADFACAACXDgBfUAIAoYECAHBQAgCsUAIAtVACAP9QAgAVUQIAUlECAF5RAgClUQIAslECAPhRAgACUgIAS1ICAFdSAgCeUgIApFICAPFSAgD3UgIARFMCAElTAgCXUwIAnVMCAFOXDgDzUwIAPVQCAEdUAgCQVAIAlVQCAONUAgDzVAIANlUCAE9VAgCJVQIAjlUCANxVAgDlVQIAL1YCADxWAgCCVgIAiVYCANVWAgDYVgIAKFcCADRXAgB7VwIAjlcCAM5XAgDdVwIAIVgCAC1YAgB0WAIAdVgCAMdYAgDRWAIAGlkCAChZAgBtWQIAclkCAMBZAgDNWQIAppcOABZaAgBmWgIAaVoCALlaAgDGWgIAUIQKAMhaAgAMWwIADlsCAF9bAgBiWwIAslsCALxbAgAFXAIAEVwCAFhcAgBrXAIAq1wCALpcAgD+XAIACl0CAFFdAgBSXQIApF0CAK5dAgD3XQIABV4CAEpeAgBPXgIAnV4CAKpeAgD5lw4A8V4CAENfAgBPXwIAll8CAJxfAgDpXwIA618CADxgAgBGYAIAj2ACAJ1gAgDiYAIA52ACADVhAgBCYQIAiGECAJRhAgDbYQIA7mECAC5iAgA9YgIAgWICAI1iAgDUYgIA1WICACdjAgAxYwIAemMCAIhjAgDNYwIA0mMCACBkAgAtZAIATJgOAHxkAgDGZAIAf2QCAGFXCwDMZAIAGWUCABxlAgBsZQIAemUCAL9lAgDEZQIAEmYCAB9mAgBlZgIAcWYCALhmAgC+ZgIAC2cCABFnAgBeZwIAY2cCALFnAgC3ZwIAn5gOAAZoAgBXaAIAC2gCAHb6CwBmaAIAqmgCAMpoAgD9aAIAAmkCAFBpAgBraQIAo2kCAK9pAgD2aQIA/GkCAElqAgBZagIAnGoCAK1qAgDvagIA9GoCAEJrAgBGawIAlWsCAKFrAgDoawIA7msCADtsAgBBbAIAjmwCAJNsAgDhbAIA52wCAPKYDgBDbQIAivwMAEptAgCHbQIAiG0CANptAgDrbQIALW4CADluAgCAbgIAlm4CANNuAgDfbgIAJm8CADNvAgB5bwIAg28CAMxvAgDYbwIAH3ACACZwAgBycAIAfnACAMVwAgDLcAIAGHECAB5xAgBrcQIAcHECAL5xAgDEcQIARZkOABNyAgBdJg0AGnICAGRyAgBlcgIAt3ICALhyAgAKcwIAD3MCAF1zAgBjcwIAsHMCALpzAgADdAIAD3QCAFZ0AgBddAIAqXQCAK50AgD8dAIA/XQCAE91AgBbdQIAonUCAKh1AgD1dQIA93UCAEh2AgBSdgIAm3YCAKl2AgDudgIA83YCAEF3AgBOdwIAlHcCAKB3AgDndwIA+ncCADp4AgBJeAIAjXgCAJl4AgDgeAIA4XgCADN5AgA9eQIAhnkCAJR5AgDZeQIA3nkCACx6AgA5egIAmJkOAJB6AgDSegIA3noCACV7AgA8ewIAeHsCAHp7AgDLewIA3HsCAB58AgAgfAIAcXwCAHd8AgDEfAIA23wCABd9AgAgfQIAan0CAIB9AgC9fQIAyX0CABB+AgAdfgIAY34CAG1+AgC2fgIAwn4CAAl/AgAcfwIAXH8CAGt/AgCvfwIAu38CAAKAAgADgAIAVYACAF+AAgCogAIAtoACAPuAAgAAgQIAToECAFuBAgDrmQ4Ao4ECAPSBAgAIggIAR4ICAFWCAgCaggIAp4ICAO2CAgD0ggIAQIMCAEyDAgCTgwIApoMCAOaDAgDrgwIAOYQCAEKEAgCMhAIAloQCAN+EAgDkhAIAMoUCAEKFAgCFhQIAnoUCANiFAgDdhQIAK4YCADSGAgB+hgIAi4YCANGGAgDYhgIAJIcCACeHAgB3hwIAg4cCAMqHAgDdhwIAHYgCACyIAgBwiAIAfIgCAMOIAgDEiAIAFokCACCJAgBpiQIAd4kCALyJAgDBiQIAD4oCAByKAgA+mg4Ae4oCALWKAgDBigIACIsCAA6LAgBbiwIAa4sCAK6LAgCziwIAAYwCAAeMAgBUjAIAaowCAKeMAgCpjAIA+owCAASNAgBNjQIAWY0CAKCNAgCzjQIA840CAAKOAgBGjgIAUo4CAJmOAgCajgIA7I4CAPaOAgA/jwIATY8CAJKPAgCXjwIA5Y8CAPKPAgCRmg4AO5ACAJPqCwBCkAIA0EUNAESQAgDh6AgARZACAKh5AwBHkAIAi5ACAJSQAgDekAIA5JACADGRAgA3kQIAhJECAJCRAgDXkQIA5JECACqSAgA0kgIAfZICAJOSAgDQkgIA1ZICACOTAgAqkwIAdpMCAISTAgDJkwIA2ZMCAByUAgAqlAIAb5QCAH6UAgDClAIAxJQCABWVAgAflQIAaJUCAHaVAgC7lQIAwJUCAA6WAgAblgIAYZYCAG2WAgC0lgIAx5YCAAeXAgAWlwIAWpcCAGaXAgCtlwIArpcCAACYAgAKmAIAU5gCAGGYAgCmmAIAq5gCAPmYAgAGmQIA5JoOAE6ZAgCfmQIAWJkCAMbgCACwmQIA8pkCAPuZAgBFmgIAUZoCAJiaAgCkmgIA65oCAPGaAgA+mwIARJsCAJGbAgCWmwIA5JsCAOqbAgA3mw4AQ5wCAIqcAgCanAIA3ZwCAOucAgAwnQIAPZ0CAIOdAgCPnQIA1p0CAN2dAgApngIAMZ4CAIqbDgCFngIAiLoNAImeAgDiswIAjZ4CAM+eAgDgngIAIp8CACqfAgB1nwIALp8CACuaCwB/nwIAyJ8CAM2fAgAboAIAI6ACAG6gAgBwoAIAwaACAHegAgBEpgIAyaACABShAgAqoQIAZ6ECAHOhAgC6oQIA0KECAA2iAgAmogIAYKICAGyiAgCzogIAuaICAAajAgAOowIAWaMCAGmjAgCsowIAtaMCAP+jAgAMpAIAUqQCAGGkAgClpAIAr6QCAPikAgAGpQIAS6UCAFClAgCepQIAq6UCAPGlAgD5pQIA3ZsOAFGmAgCXpgIAnqYCAOqmAgD2pgIAPacCAE2nAgCQpwIAnqcCAOOnAgDwpwIANqgCAEKoAgCJqAIAkKgCANyoAgDkqAIAMJwOADupAgCCqQIAjKkCANWpAgDgqQIAKKoCAC2qAgB7qgIAgqoCAM6qAgDWqgIAg5wOACmrAgB0qwIAhKsCAMerAgDTqwIAGqwCAB6sAgBtrAIAdawCAMCsAgDCrAIAE60CABmtAgBmrQIAfa0CALmtAgDCrQIADK4CACKuAgBfrgIAa64CALKuAgC/rgIABa8CAA+vAgBYrwIAW68CAKuvAgCzrwIA/q8CAAiwAgBRsAIAVrACAKSwAgCssAIA97ACAAexAgBKsQIAU7ECAJ2xAgCqsQIA8LECAP+xAgBDsgIATbICAJayAgCksgIA6bICAO6yAgA8swIASbMCAI+zAgCXswIA1pwOAO+zAgA1tAIAAbQCAAVOBAA6tAIAiLQCAJK0AgDbtAIA47QCAC61AgDytAIA1VwNADS1AgCBtQIAPLUCACqmCwA9tQIAE90HAD61AgA0wAIAP7UCADBlCgCNtQIA1LUCANa1AgCVfwsA27UCACe2AgAztgIAerYCAIm2AgDNtgIA3rYCACC3AgAitwIAc7cCAHm3AgDGtwIA0rcCABm4AgAhuAIAKZ0OAHK4AgB8nQ4Ay7gCAM+dDgAVuQIAdZ4OAGi5AgDIng4AarkCAE0sBAC7uQIAircKAMW5AgALugIAFboCAF66AgBgugIAsboCAMS6AgAEuwIAELsCAFe7AgBduwIAqrsCALC7AgD9uwIAArwCAFC8AgBWvAIAG58OAK28AgD2vAIA+LwCAEm9AgBTvQIAnL0CAKq9AgDvvQIA9L0CAEK+AgBPvgIAlb4CAKG+AgDovgIA7r4CADu/AgBBvwIAjr8CAJO/AgDhvwIA578CAG6fDgBCwAIAh8ACAJTAAgDawAIA4cACAC3BAgA1wQIAgMECAIHBAgDoMwoAg8ECANPBAgCWwQIA9jEKAOfBAgAmwgIAPMICAHnCAgCSwgIAzMICANHCAgAfwwIAMMMCAMGfDgCDwwIAxcMCAMfDAgAYxAIAIsQCAGvEAgB5xAIAvsQCAMPEAgARxQIAHsUCAGTFAgBsxQIAt8UCAMPFAgAKxgIAx8UCAFbHAgAQxgIAXcYCAGPGAgCwxgIAtcYCAAPHAgAJxwIAFKAOAFjHAgCpxwIAt8cCAPzHAgANyAIAZ6AOAFbIAgC6oA4AqsgCAPXIAgDnyAIATswPAAPJAgBIyQIABMkCAHjOAgBVyQIAm8kCAKrJAgDuyQIA88kCAEHKAgBXygIAlMoCAJXKAgDnygIA6coCADrLAgBEywIAjcsCAJvLAgDgywIA+csCADPMAgBEzAIAhswCAJLMAgDZzAIA4cwCALOhDgBAzQIAf80CAIDNAgDSzQIA3s0CACXOAgAozgIABqIOAHrOAgDLzgIA2M4CAB7PAgArzwIAcc8CAHbPAgDEzwIAzs8CABfQAgAf0AIAatACAHrQAgC90AIAy9ACABDRAgAd0QIAY9ECAGrRAgC20QIAvtECAAnSAgAM0gIAXNICAHDSAgCv0gIAxdICAALTAgAb0wIAVdMCAFrTAgCo0wIAudMCAFmiDgAD1AIArKIOAAfUAgBq+QgAF9QCAAQGEABb1AIAodQCAKjUAgD01AIAANUCAEfVAgBX1QIAmtUCAKjVAgDt1QIA+tUCAEDWAgBM1gIAk9YCAJrWAgD/og4A6NYCADnXAgDr1gIAFtUDAEbXAgCM1wIAmdcCAN/XAgDk1wIAMtgCADzYAgCF2AIAjdgCANjYAgDh2AIAK9kCAC7ZAgB+2QIAitkCAFKjDgDW2QIAJNoCAN3ZAgCOjgkAKdoCAHfaAgB/2gIAytoCAODaAgAd2wIAH9sCAHDbAgB92wIAw9sCANfbAgClow4AG9wCAGncAgBx3AIAc4YJAHPcAgC83AIAxNwCAA/dAgAb3QIAYt0CAG/dAgC13QIAut0CAAjeAgAR3gIAW94CAHLeAgCu3gIAud4CAPijDgAP3wIAVN8CAFffAgCn3wIAqt8CAPrfAgAI4AIATeACAFrgAgCg4AIAt+ACAPPgAgD74AIARuECAEzhAgCZ4QIApeECAOzhAgD24QIAP+ICAEjiAgCS4gIAmOICAOXiAgDy4gIAS6QOAETjAgCL4wIARuMCABiTCQCa4wIA3uMCAO/jAgAx5AIAM+QCAITkAgCK5AIA1+QCAOPkAgAq5QIAMeUCAH3lAgCF5QIA0OUCANLlAgAj5gIAMOYCAHbmAgB95gIAyeYCANHmAgAc5wIAKecCAG/nAgB05wIAwucCAMznAgAV6AIAHegCAGjoAgBx6AIAu+gCAL7oAgAO6QIAGukCAGHpAgBo6QIAnqQOAMHpAgAH6gIAyukCAOTuAgDq6QIAT5cJACLqAgBa6gIAXOoCAK3qAgC+6gIAAOsCAA7rAgBT6wIAWusCAKbrAgCu6wIA+esCAP7rAgBM7AIATewCAJ/sAgCr7AIA8uwCAPjsAgBF7QIAR+0CAJjtAgCi7QIA6+0CAPntAgA+7gIAQ+4CAJHuAgCe7gIA8aQOAOXuAgA37wIAPO8CAIrvAgCQ7wIA3e8CAOfvAgAw8AIAPPACAIPwAgCK8AIA1vACAN7wAgAp8QIAK/ECAHzxAgCJ8QIAz/ECANbxAgAi8gIAKvICAHXyAgCC8gIAyPICAM3yAgAb8wIAJfMCAG7zAgB28wIAwfMCAMrzAgAU9AIAF/QCAGf0AgBz9AIAuvQCAMH0AgBEpQ4AGfUCAF6JCQAh9QIAYPUCAG31AgCz9QIAvfUCAAb2AgAI9gIAWfYCAGz2AgCs9gIAtPYCAP/2AgAL9wIAUvcCAFj3AgCl9wIAq/cCAPj3AgD99wIAS/gCAFH4AgCXpQ4ArPgCAPH4AgAA+QIARPkCAGD5AgCX+QIAZPkCAGg7AwCf+QIA6qUOAPP5AgA9+gIASvoCAJD6AgCa+gIA4/oCAPH6AgA2+wIATPsCAIn7AgCV+wIA3PsCAOT7AgA9pg4ANfwCAIL8AgCI/AIA1fwCANr8AgAo/QIALv0CAJCmDgCA/QIAzv0CANf9AgAh/gIAK/4CAHT+AgB8/gIAx/4CAMz+AgAa/wIAKv8CAG3/AgB1/wIAwP8CAMb/AgCyAQMA2f8CABMAAwAYAAMAZgADAG8AAwC5AAMAxgADAAwBAwATAQMAXwEDAGIBAwDjpg4AtAEDAAUCAwASAgMAWAIDAG8CAwCrAgMAtwIDADanDgAUAwMAUQMDAFIDAwCkAwMArgMDAPcDAwD/AwMASgQDAFQEAwCdBAMAogQDAPAEAwD4BAMAQwUDAEUFAwCWBQMARgUDAMYKAwBKBQMAZBgDAFkFAwCVEQMAnQUDAOkFAwDwBQMAPAYDAEQGAwCPBgMAkwYDAOIGAwDwBgMANQcDAD8HAwCIBwMAkwcDANsHAwDjBwMALggDADMIAwCBCAMAnAgDANQIAwDgCAMAJwkDAC0JAwB6CQMAigkDAM0JAwDeCQMAIAoDACUKAwBzCgMAdwoDAImnDgDPCgMAGQsDADILAwBsCwMAdgsDAL8LAwDFCwMAEgwDABQMAwBlDAMAdAwDALgMAwDCDAMACw0DABMNAwBeDQMAYg0DALENAwC/DQMABA4DAA4OAwBXDgMAYg4DAKoOAwCyDgMA/Q4DAAIPAwBQDwMAaw8DAKMPAwCvDwMA9g8DAPwPAwBJEAMAWRADAJwQAwCtEAMA7xADAPQQAwBCEQMARhEDANynDgCeEQMA6BEDAPkRAwA7EgMARRIDAI4SAwCcEgMA4RIDAOISAwA0EwMARRMDAIcTAwCbEwMA2hMDAOITAwAtFAMAMRQDAIAUAwCOFAMA0xQDAN0UAwAmFQMAMRUDAHkVAwCBFQMAzBUDANEVAwAfFgMAOhYDAHIWAwB+FgMAxRYDAMsWAwAYFwMAKBcDAGsXAwB8FwMAvhcDAMMXAwARGAMAFRgDAC+oDgByGAMAtxgDANIYAwAKGQMAGBkDAF0ZAwBkGQMAsBkDALwZAwADGgMACxoDAIKoDgBkGgMAqRoDALMaAwD8GgMABxsDAE8bAwBXGwMAohsDAKcbAwD1GwMAEBwDAEgcAwBUHAMAmxwDAKEcAwDuHAMA/hwDAEEdAwBSHQMAlB0DAJkdAwDnHQMA6x0DANWoDgBLHgMAjR4DAJUeAwDgHgMA4R4DADMfAwA4HwMAhh8DAJQfAwDZHwMA5h8DACwgAwA2IAMAfyADAIsgAwDSIAMA2CADACUhAwAtIQMAeCEDAH8hAwDLIQMA1yEDAB4iAwAkIgMAcSIDAH0iAwDEIgMA1CIDABcjAwAjIwMAaiMDAHAjAwC9IwMAySMDABAkAwAdJAMAYyQDAHIkAwC2JAMAwiQDACipDgAMJQMAXCUDAF8lAwCvJQMAvSUDAAImAwAZJgMAVSYDAGImAwCoJgMAviYDAPsmAwAHJwMATicDAFsnAwChJwMAqycDAPQnAwD8JwMARygDAFEoAwCaKAMAnygDAO0oAwD1KAMAQCkDAEwpAwCTKQMAoCkDAOYpAwDwKQMAOSoDAD8qAwCMKgMAoCoDAN8qAwDnKgMAMisDAEArAwCFKwMAkisDANgrAwDgKwMAKywDADgsAwB+LAMAjCwDANEsAwDiLAMAJC0DACwtAwB3LQMAjS0DAMotAwDMLQMAHS4DAB4uAwB7qQ4Afi4DAMMuAwDSLgMAFi8DACIvAwBpLwMAcS8DAM6pDgDBLwMADzADABgwAwBiMAMAbzADALUwAwC8MAMACDEDAAsxAwBbMQMAYzEDAK4xAwCzMQMAATIDAAoyAwBUMgMAXjIDAKcyAwCvMgMA+jIDAP8yAwBNMwMAXTMDAKAzAwCoMwMA8zMDAPkzAwBGNAMASDQDAJk0AwCmNAMA7DQDAAM1AwA/NQMASzUDACGqDgCeNQMA5TUDAPw1AwA4NgMARDYDAIs2AwCRNgMA3jYDAOY2AwAxNwMAODcDAIQ3AwCSNwMA1zcDAPI3AwAqOAMAODgDAH04AwCEOAMA0DgDANw4AwAjOQMAKzkDAHSqDgCKOQMAyTkDANE5AwAcOgMASzoDAG86AwB7OgMAwjoDAMg6AwAVOwMAGjsDAMeqDgB0OwMAuzsDAMI7AwAOPAMAFjwDAGE8AwBjPAMAtDwDAL48AwAHPQMADz0DABqrDgBoPQMA+EoDAGk9AwCtPQMArz0DAAA+AwARPgMAUz4DAGQ+AwCmPgMAsj4DAPk+AwAAPwMATD8DAFQ/AwCfPwMAyT8DAPI/AwD3PwMARUADAEZAAwCYQAMAokADAOtAAwD5QAMAPkEDAENBAwCRQQMAnkEDAORBAwAAQgMAN0IDAFNCAwBtqw4Al0IDAN1CAwDhQgMAMEMDADZDAwCDQwMAhUMDANZDAwDXQwMAKUQDAExEAwB8RAMAoEQDAM9EAwD5RAMAIkUDACpFAwB1RQMAekUDAMhFAwDVRQMAG0YDACNGAwBuRgMAcEYDAMFGAwDJRgMAFEcDAD5HAwBnRwMAdEcDALpHAwC/RwMADUgDABpIAwBgSAMAbEgDALNIAwDdSAMABkkDAA5JAwBZSQMAdEkDAKxJAwCuSQMA/0kDABBKAwBSSgMAW0oDAKVKAwCxSgMAwKsOAAVLAwBLSwMAUksDAJ5LAwCqSwMA8UsDAARMAwBETAMATEwDAJdMAwCcTAMA6kwDAPNMAwA9TQMAR00DAJBNAwCYTQMA400DAOhNAwA2TgMARk4DAIlOAwCRTgMA3E4DAPVOAwAvTwMANE8DAIJPAwCLTwMA1U8DAOJPAwAoUAMAL1ADAHtQAwB+UAMAE6wOANBQAwAhUQMAK1EDAHRRAwB2UQMAx1EDAOBRAwAaUgMAHFIDAG1SAwBwUgMAwFIDAMxSAwATUwMAG1MDAGasDgB6UwMAuVMDALxTAwAMVAMAFlQDAF9UAwBrVAMAslQDAMhUAwAFVQMADVUDAFhVAwBmVQMAq1UDAK5VAwD+VQMABlYDAFFWAwBUVgMApFYDAF9WAwBzXQMArlYDAPdWAwCvVgMA4lkDAPlWAwBKVwMAUFcDAJ1XAwCnVwMA8FcDAP5XAwBDWAMAUFgDAJZYAwCtWAMA6VgDAPFYAwA8WQMARVkDAI9ZAwCQWQMAuawOAOtZAwA1WgMAP1oDAIhaAwCSWgMA21oDAOlaAwAuWwMAO1sDAIFbAwCYWwMA1FsDANxbAwAnXAMALlwDAHpcAwB/XAMAzVwDANFcAwAgXQMALV0DAAytDgCAXQMAxl0DAM5dAwAZXgMAH14DAGxeAwB4XgMAv14DAM5eAwASXwMAF18DAGVfAwCAXwMAuF8DAMRfAwALYAMAEWADAF5gAwByYAMAsWADALlgAwAEYQMAGmEDAFdhAwBcYQMAqmEDALFhAwD9YQMACWIDAF+tDgBXYgMAo2IDALFiAwD2YgMAA2MDAEljAwBgYwMAnGMDAKRjAwDvYwMA9WMDAEJkAwBOZAMAlWQDAJxkAwDoZAMA9mQDADtlAwA+ZQMAjmUDAJZlAwDhZQMA72UDADRmAwA3ZgMAh2YDAI9mAwDaZgMA62YDAC1nAwAyZwMAgGcDAIJnAwDTZwMA2mcDACZoAwA0aAMAeWgDAIZoAwDMaAMA42gDAB9pAwAnaQMAcmkDAHxpAwDFaQMA0GkDABhqAwAkagMAa2oDAHNqAwCyrQ4AwGoDABFrAwAbawMAZGsDAGZrAwC3awMAumsDAApsAwAWbAMAXWwDAGdsAwCwbAMAuGwDAANtAwARbQMAVm0DAGNtAwCpbQMAsW0DAPxtAwASbgMAT24DAFtuAwCibgMAuG4DAPVuAwD6bgMASG8DAE5vAwCbbwMAr28DAAWuDgDxbwMAQXADAElwAwCUcAMAonADAOdwAwCqcAMAWiEHAPRwAwA6cQMAQnEDAI1xAwCXcQMA4HEDAOtxAwAzcgMAP3IDAIZyAwCOcgMAWK4OAN9yAwAscwMAMXMDAH9zAwCOcwMA0nMDAN5zAwAldAMAKHQDAHh0AwB7dAMAy3QDANN0AwAedQMAI3UDAHF1AwCBdQMAxHUDAMx1AwAXdgMAGnYDAGp2AwB0dgMAvXYDAL92AwAQdwMAFncDAGN3AwBtdwMAtncDAMR3AwAJeAMAFngDAFx4AwBzeAMAr3gDALd4AwACeQMAC3kDAFV5AwBWeQMAq64OALR5AwD7eQMA/nkDABjtCAAKegMATnoDAA56AwA13QgAWHoDAKF6AwCpegMADe4DAK16AwA4Qw0Ar3oDAPR6AwC9egMAwdAHAPl6AwBHewMAAXsDADnJBABUewMAmnsDAJ17AwAdVwkAoHsDALyyCACiewMA7XsDAKR7AwCfhAUApnsDAGpoBQDwewMAUEYHAPN7AwDV5wUA93sDAEB8AwD7ewMAFB0JAP17AwC7HwcARXwDAJN8AwBMfAMAxBsEAJt8AwDmfAMA6XwDADl9AwBFfQMAjH0DAJJ9AwDffQMA+n0DADJ+AwA+fgMAhX4DAIt+AwDYfgMA4H4DACt/AwAtfwMAfn8DADB/AwAkgAMAiH8DANF/AwDZfwMA/q4OADGAAwB3gAMAf4ADAMqAAwDNgAMAHYEDACKBAwBwgQMAf4EDAMOBAwDjgQMAFoIDACKCAwBpggMAc4IDALyCAwDEggMAD4MDACGDAwCkrw4AbIMDALWDAwDDgwMACIQDABWEAwBbhAMAcoQDAK6EAwC2hAMAAYUDABCFAwBUhQMAWYUDAKeFAwC0hQMA+oUDAAeGAwBNhgMAWYYDAKCGAwCvhgMA84YDAP2GAwBGhwMAVIcDAJmHAwCehwMA7IcDAPmHAwA/iAMAQogDAJKIAwCaiAMA5YgDAOqIAwA4iQMARYkDAIuJAwCTiQMA3okDAOeJAwAxigMAPooDAISKAwCSigMA14oDAOqKAwAqiwMAMosDAH2LAwCEiwMA0IsDANWLAwAjjAMAOYwDAHaMAwB4jAMAyYwDANeMAwAcjQMAKY0DAG+NAwB3jQMAwo0DAMWNAwAVjgMAGo4DAGiOAwB3jgMAu44DANuOAwAOjwMAGo8DAGGPAwBrjwMAtI8DALyPAwAHkAMAGZADAPevDgBrkAMArZADALSQAwAAkQMACJEDAFORAwBgkQMAppEDAKuRAwD5kQMAA5IDAEySAwBUkgMAn5IDAKGSAwBTZwkApJIDAHNBBwCpkgMAnYAJAK6SAwDykgMAr5IDALkwCAD3kgMARZMDAFKTAwCYkwMApZMDAOuTAwD3kwMAPpQDAE2UAwCRlAMAm5QDAOSUAwDslAMAN5UDAEGVAwCKlQMAj5UDAN2VAwDllQMASrAOADyWAwCDlgMAiZYDANaWAwDxlgMAKZcDADWXAwB8lwMAgpcDAM+XAwDrlwMAIpgDACqYAwCdsA4AfZgDAMiYAwDSmAMAG5kDACaZAwBumQMAepkDAMGZAwDJmQMA8LAOACCaAwBnmgMAbZoDALqaAwDVmgMADZsDABmbAwBgmwMAZpsDALObAwC7mwMABpwDAAycAwBZnAMAYpwDAKycAwC5nAMA/5wDAAydAwBSnQMAYJ0DAKWdAwCynQMA+J0DAA+eAwBLngMAU54DAJ6eAwCjngMA8Z4DAK+eAwDjoAMA/p4DAESfAwBMnwMAl58DAKKfAwDqnwMA758DAD2gAwBAoAMAkKADAJqgAwBDsQ4A6KADADahAwBFoQMAiaEDAIuhAwDcoQMA7aEDAC+iAwBAogMAgqIDAJaiAwCWsQ4A5qIDACijAwArowMAe6MDADCjAwBD6QYANaMDAOY2DQCFowMAzqMDANCjAwAhpAMAK6QDAHSkAwCApAMAx6QDAO+kAwAapQMAJaUDAARaBABApQMAbaUDAJ6lAwDApQMA5qUDABOmAwA5pgMAZqYDAJimAwC5pgMA6aYDAAynAwAUpwMAX6cDAIenAwCypwMA5acDAAWoAwA1qAMAWKgDAGCoAwCrqAMAuqgDAP6oAwADqQMAUakDAFqpAwCkqQMAXqkDABmxAwC1qQMA96kDAP6pAwBKqgMAUqoDAJ2qAwCqqgMA8KoDAPWqAwBDqwMATasDAJarAwCeqwMA6asDAPOrAwCVtwMA+KsDADysAwBBrAMAj6wDAJysAwDirAMA76wDADWtAwBBrQMAiK0DAJetAwDbrQMA5a0DAC6uAwA2rgMAga4DAIuuAwDUrgMA2a4DACevAwAvrwMA6bEOAIavAwDNrwMA068DACCwAwA7sAMAc7ADAH+wAwDGsAMAzLADADyyDgAmsQMAbLEDAHixAwC/sQMAzrEDABKyAwAcsgMAZbIDAHOyAwC4sgMAvbIDAAuzAwAYswMAXrMDAGazAwCxswMAu7MDAAS0AwAJtAMAV7QDAF+0AwCqtAMArbQDAP20AwAJtQMAULUDAFa1AwCjtQMAvrUDAPa1AwACtgMASbYDAE+2AwCctgMApLYDAO+2AwDxtgMAQrcDAEy3AwCPsg4Am7cDAOi3AwDqtwMAO7gDAEi4AwCOuAMAkbgDAOG4AwDyuAMANLkDADa5AwCHuQMAkbkDANq5AwDmuQMALboDADW6AwDisg4AhboDANO6AwDWugMAJrsDADC7AwB5uwMAgbsDAMy7AwDZuwMAH7wDACG8AwByvAMAiLwDAMW8AwDRvAMANbMOADS9AwBrvQMAh70DAIizDgDDvQMAEb4DAB6+AwBkvgMAcb4DALe+AwDDvgMACr8DABm/AwBdvwMAZ78DALC/AwC+vwMAA8ADAAjAAwBWwAMAY8ADAKnAAwDCwAMA/MADAP7AAwBPwQMAVsEDANuzDgC/wQMA9cEDAAbCAwBIwgMAVMIDAJvCAwCuwgMA7sIDAP3CAwBBwwMATcMDAJTDAwCVwwMA58MDAPHDAwA6xAMASMQDAI3EAwCSxAMA4MQDAO3EAwAutA4AOMUDAIbFAwCTxQMA2cUDAObFAwAsxgMAOMYDAH/GAwCOxgMA0sYDANzGAwAlxwMAM8cDAHjHAwB9xwMAy8cDANjHAwAeyAMAJsgDAHHIAwB7yAMAxMgDAMnIAwAXyQMAH8kDACe1DgBsyQMAvckDAMvJAwAQygMAIcoDAHq1DgBqygMAzbUOALvKAwAJywMAEcsDAFzLAwBrywMAr8sDALTLAwACzAMAD8wDAFXMAwBizAMAqMwDALTMAwD7zAMACs0DAE7NAwBYzQMAc7YOAKPNAwBscgwAp80DAHD2CgC0zQMA9M0DAAPOAwBHzgMAU84DAJrOAwCbzgMA7c4DAPfOAwBAzwMATs8DAJPPAwCYzwMA5s8DAPPPAwDGtg4APdADAIzQAwCX0AMA39ADAO3QAwAy0QMAQ9EDAIXRAwCR0QMA2NEDAODRAwAZtw4AMNIDAH7SAwCL0gMA0dIDAN7SAwAk0wMAMNMDAHfTAwCG0wMAytMDANTTAwAd1AMAK9QDAHDUAwB91AMAw9QDANrUAwBstw4AI9UDAGnVAwB21QMAvNUDAMjVAwAP1gMAHtYDAGLWAwBs1gMAtdYDAMPWAwAI1wMA0dYDABqCCAAN1wMAW9cDAGjXAwCu1wMAttcDAAHYAwAH2AMAVNgDAGDYAwCn2AMAt9gDAPrYAwAD2QMATdkDAFDZAwCg2QMArNkDAPPZAwD62QMAv7cOAFPaAwCZ2gMAqNoDAOzaAwDt2gMAP9sDAFbbAwCS2wMArNsDAOXbAwDx2wMAONwDAEvcAwCL3AMAmtwDAN7cAwDq3AMAMd0DADLdAwCE3QMAjt0DANfdAwDl3QMAKt4DAC/eAwB93gMAit4DABK4DgDq3gMAI98DADLfAwB23wMAeN8DAMnfAwB73wMA8uUDANbfAwAc4AMAKeADAG/gAwB04AMAwuADAMzgAwAV4QMAJOEDAGjhAwBt4QMAu+EDAMjhAwAO4gMAG+IDAGHiAwBt4gMAtOIDAMPiAwAH4wMAEeMDAFrjAwBn4wMAreMDALLjAwAA5AMABOQDAFPkAwBf5AMApuQDAKzkAwD55AMA/+QDAEzlAwBR5QMAn+UDAKXlAwBluA4A/+UDAEXmAwBS5gMAmOYDAKTmAwDr5gMA+uYDAD7nAwBI5wMAkecDAJ/nAwDk5wMA6ecDADfoAwBE6AMAiugDAJHoAwDd6AMA4ugDADDpAwA86QMAg+kDAIbpAwDW6QMA4+kDACnqAwAu6gMAfOoDAIbqAwDP6gMA2+oDACLrAwA16wMAdesDAIPrAwDI6wMAy+sDABvsAwAl7AMAbuwDAHrsAwDB7AMAx+wDABTtAwAa7QMAZ+0DAGztAwC67QMAwO0DALi4DgAX7gMA2BYGABnuAwB1IggAHO4DAGDuAwBi7gMAs+4DAMTuAwAG7wMAF+8DAFnvAwBh7wMArO8DALzvAwD/7wMAAfADAFLwAwBg8AMApfADALbwAwALuQ4A//ADAF65DgBM8QMAnvEDAKPxAwDx8QMA9/EDAETyAwBO8gMAl/IDAKPyAwDq8gMA8PIDAD3zAwBD8wMAkPMDAJXzAwDj8wMA6fMDALG5DgBE9AMAifQDAKL0AwDc9AMA3fQDAC/1AwBM9QMAgvUDAJz1AwDV9QMA2PUDACj2AwAt9gMAqroOAJT2AwDO9gMA1PYDACH3AwDk9gMASGgEACP3AwB09wMAevcDAMf3AwDb9wMAGvgDACL4AwBt+AMAevgDAMD4AwDF+AMAE/kDAB35AwBm+QMAbvkDALn5AwDK+QMADPoDABH6AwBf+gMAYfoDALL6AwC5+gMABfsDABH7AwBY+wMAX/sDAKv7AwDH+wMA/vsDAAb8AwD9ug4AVvwDAKT8AwCm/AMA9/wDAP78AwBK/QMAWP0DAJ39AwCq/QMA8P0DAAf+AwBD/gMAS/4DAJb+AwCg/gMA6f4DAKz+AwARZAQA9P4DADz/AwBI/wMAj/8DAJf/AwBQuw4A4/8DADUABAA6AAQAiAAEAIsABADbAAQA5QAEAC4BBABFAQQAgQEEAIcBBADUAQQA4AEEACcCBAAqAgQAegIEAJcCBADNAgQA3gIEACADBAA/AwQAcwMEAHsDBADGAwQAyAMEABkEBAAoBAQAbAQEAHYEBAC/BAQAzQQEABIFBAAtBQQAZQUEAHEFBAC4BQQAwAUEAKO7DgAXBgQAXgYEAG0GBACxBgQAtgYEAAQHBAAKBwQAVwcEAF4HBACqBwQAsgcEAP0HBAD/BwQAUAgEAFcIBACjCAQApQgEAPYIBAD3CAQASQkEAFMJBACcCQQAqAkEAO8JBAD1CQQAQgoEAFwKBACVCgQAnQoEAOgKBAD+CgQAOwsEAEkLBACOCwQAkQsEAOELBADkCwQANAwEAEIMBACHDAQAlAwEANoMBADxDAQALQ0EADUNBACADQQAgg0EANMNBADbDQQAJg4EAD0OBAB5DgQAhQ4EAMwOBADiDgQAHw8EACcPBAByDwQAgA8EAMUPBADPDwQAGBAEACAQBABrEAQAchAEAL4QBADKEAQAEREEABIRBABkEQQAcBEEALcRBADEEQQAChIEABESBABdEgQAYBIEALASBAC4EgQAAxMEAAgTBABWEwQAYxMEAKkTBADXEwQA/BMEAAQUBAD2uw4AVxQEAN3uDgBrFAQAohQEAKoUBABJvA4AAxUEAEgVBABKFQQAmxUEAKwVBADuFQQA9hUEAEEWBABNFgQAlBYEAJoWBADnFgQA7RYEADoXBAA/FwQAjRcEAJMXBACcvA4A5RcEADMYBADsFwQASsULADsYBACGGAQAixgEAEFGCQCMGAQAxTgKAJIYBAAJ9AkAlRgEANkYBACXGAQALTYKAN4YBAAsGQQA3xgEACVRCAA5GQQAfxkEAIwZBADSGQQA3hkEACUaBAA0GgQAeBoEAIIaBADovQ4A1RoEAB4bBAAjGwQAcRsEAHkbBAA7vg4AyhsEABccBAAtHAQAahwEAHgcBAC9HAQAyhwEABAdBAASHQQAYx0EAG0dBAC2HQQAwh0EAAkeBAAQHgQAXB4EAGQeBACvHgQAth4EAAIfBAALHwQAVR8EAGEfBACoHwQAsB8EAOG+DgAAIAQATiAEAFYgBAChIAQAsCAEAPQgBAD5IAQARyEEAFQhBACaIQQApyEEAO0hBAD5IQQAQCIEAE8iBACTIgQAnSIEAOYiBAD0IgQAOSMEAD4jBACMIwQAmSMEAN8jBADnIwQAMiQEADwkBACFJAQAkyQEANgkBADuJAQAKyUEADclBAB+JQQAgyUEANElBADaJQQAJCYEAC4mBAA0vw4AgSYEAMomBADWJgQAHScEACUnBACHvw4AdScEAMMnBADQJwQAFigEACMoBABpKAQAdSgEALwoBADLKAQADykEABkpBABiKQQAeikEALUpBAC/KQQACCoEABYqBABbKgQAcSoEAK4qBAC6KgQAASsEAAYrBABUKwQAXSsEAKcrBACxKwQA+isEAAIsBADavw4AWiwEAKAsBABjLAQAZB4OAK0sBADzLAQA/ywEAEYtBABVLQQAmS0EAKMtBADsLQQA+i0EAD8uBABMLgQAki4EAKkuBADlLgQA7S4EADgvBABCLwQAiy8EAJAvBADeLwQA5i8EAC3ADgA9MAQAhDAEAIowBADXMAQA8jAEACoxBAA2MQQAfTEEAIMxBADQMQQA7DEEACMyBAArMgQAgMAOAHsyBADJMgQA1jIEABwzBAApMwQAbzMEAHszBADCMwQA0TMEABU0BAAfNAQAaDQEAHY0BAC7NAQAwDQEAA41BAAbNQQAYTUEAGk1BAC0NQQAujUEAAc2BAC+NQQA+TcEABM2BABaNgQAajYEAK02BAC2NgQAADcEAAM3BABTNwQAXzcEAKY3BACtNwQA08AOAAc4BABMOAQAYjgEAJ84BACrOAQA8jgEAPk4BABFOQQATTkEAJg5BACdOQQA6zkEAPQ5BAA+OgQASDoEACbBDgCWOgQA5DoEAJ06BAAbPwQA7DoEADc7BAA9OwQAijsEAI87BADdOwQA5jsEADA8BAA6PAQAgzwEAI88BADWPAQA3jwEAHnBDgAuPQQAfD0EAIQ9BADPPQQA2j0EACI+BAAnPgQAdT4EAHg+BADIPgQA0j4EAMzBDgAlPwQAbj8EAHI/BADBPwQAxj8EABRABAAaQAQAZ0AEAIdABAC6QAQAwkAEAA1BBAAbQQQAYEEEAGNBBACzQQQAu0EEAAZCBAAPQgQAWUIEAGZCBACsQgQAskIEAP9CBAALQwQAUkMEAFRDBAClQwQAtEMEAPhDBAADRAQAS0QEAE1EBACeRAQAt0QEAPFEBAACRQQAREUEAFBFBAAfwg4An0UEAOpFBAAKRgQAPUYEAEtGBACQRgQAnUYEAONGBADqRgQANkcEAFJHBACJRwQAkUcEAHLCDgDhRwQAL0gEADxIBACCSAQAj0gEANVIBADhSAQAKEkEADdJBAB7SQQAhUkEAM5JBADjSQQAIUoEAClKBAB0SgQAg0oEAMdKBADJSgQAGksEACNLBABtSwQAcEsEAMBLBADMSwQAE0wEAC9MBABmTAQAbkwEAMXCDgC+TAQADE0EACJNBABfTQQAa00EALJNBADVTQQAGMMOAA9OBABYTgQAYE4EAKtOBACxTgQAcaUIALpOBAD+TgQAA08EAFFPBABeTwQApE8EALFPBAD3TwQAA1AEAEpQBABZUAQAnVAEAKdQBADwUAQA+FAEAENRBABNUQQAllEEAJtRBADpUQQA8VEEAGvDDgA/UgQAj1IEAKxSBADiUgQA81IEADVTBABDUwQApKIEAGpTBACIUwQApFMEANtTBAD3UwQAvsMOADRUBACBVAQAh1QEANRUBADZVAQAJ1UEAC1VBAARxA4Af1UEAM1VBADaVQQAIFYEAC1WBABzVgQAf1YEAMZWBADVVgQAGVcEACNXBABsVwQAelcEAL9XBADEVwQAElgEAB9YBABlWAQAcVgEALhYBAC+WAQAC1kEABFZBABeWQQAY1kEALFZBAC3WQQACsUOABhaBABXWgQAfVoEAKpaBADQWgQA/VoEACNbBABQWwQAgFsEAKNbBACrWwQA9lsEAB5cBABJXAQAflwEAJxcBADCXAQA71wEABVdBABCXQQAd10EAJVdBADFXQQA6F0EAPBdBAA7XgQAQF4EALe3BABKXgQAjl4EAJNeBADhXgQA7l4EADRfBABBXwQAh18EAJNfBADaXwQA6V8EAC1gBAA3YAQAgGAEAI5gBADTYAQA2GAEACZhBAAzYQQAeWEEAIFhBADMYQQA0mEEAB9iBADWYQQAH7UEACtiBAByYgQAgmIEAMViBADOYgQAGGMEABtjBABrYwQAd2MEAL5jBADFYwQAXcUOACVkBABkZAQAZ2QEALdkBADUZAQACmUEABtlBABdZQQAZGUEALBlBADJZQQAA2YEAAtmBABWZgQAbGYEAKlmBACuZgQA/GYEAANnBABPZwQAWGcEAKJnBACzZwQA9WcEAAFoBACwxQ4AXGgEAJtoBACeaAQA7mgEAAtpBABBaQQAUmkEAJRpBACjaQQA52kEAPhpBAA6agQASGoEAI1qBACZagQA4GoEAO1qBAAzawQAPWsEAAPGDgCPawQA2WsEAOZrBAAsbAQAOmwEAH9sBACObAQA0mwEANRsBAAlbQQAL20EAHhtBACGbQQAy20EANBtBAAebgQAK24EAHFuBAB0bgQAxG4EANBuBAAXbwQAKm8EAGpvBAB5bwQAvW8EAMlvBAAQcAQAEXAEAGNwBABtcAQAtnAEAMRwBAAJcQQADnEEAFxxBABpcQQAVsYOALRxBAACcgQAGHIEAFVyBABrcgQAqHIEALFyBAD7cgQACHMEAE5zBABccwQAoXMEALBzBAD0cwQA9nMEAEd0BABRdAQAmnQEAKh0BADtdAQA8nQEAEB1BABNdQQAk3UEAJZ1BADmdQQA7nUEADl2BABKdgQAjHYEAJp2BADfdgQA7HYEADJ3BABSdwQAhXcEAI13BADYdwQA6HcEACt4BAAteAQAfngEAIx4BADReAQA4ngEAE/HDgAqeQQAd3kEAIN5BACixw4A0XkEAB16BADXeQQAUjUGACR6BABwegQAdnoEAMN6BADPegQAFnsEABl7BABpewQAbHsEALx7BADnewQAD3wEADJ8BABifAQAbXwEALV8BAC6fAQACH0EAAt9BABbfQQAZX0EAK59BADZfQQA9ccOAAZ+BABUfgQAYX4EAKd+BAC0fgQA+n4EAAZ/BABNfwQAXH8EAKB/BACqfwQA838EAPt/BABGgAQAUIAEAJmABACegAQA7IAEAPSABABIyA4ATIEEAJKBBACmgQQA5YEEAO2BBAA4ggQAPYIEAIuCBACbggQA3oIEAOaCBAAxgwQAO4MEAISDBACPgwQA14MEAOODBAAqhAQAMoQEAJvIDgB+hAQA0IQEANyEBAAjhQQAMoUEAHaFBACEhQQAyYUEANmFBAAchgQAKoYEAG+GBAB7hgQAwoYEAMmGBAAVhwQAHYcEAGiHBAB+hwQAu4cEAM+HBAAOiAQAEYgEAGGIBAB+iAQAtIgEAMWIBAAHiQQAD4kEAFqJBABliQQArYkEALKJBAAAigQAA4oEAFOKBABdigQApooEAKmKBADuyA4ADYsEAEyLBABPiwQAn4sEALyLBADyiwQAA4wEAEWMBABNjAQAmIwEAJuMBADrjAQA94wEAD6NBABEjQQAkY0EAKyNBADkjQQA8I0EADeOBAA9jgQAio4EAJKOBADdjgQA6I4EADCPBAA1jwQAg48EAIaPBADWjwQA4I8EACmQBAAxkAQAfJAEAJuQBABByQ4A45AEACKRBABIkQQAdZEEAJuRBADIkQQA7pEEABuSBABRkgQAbpIEAKOSBADBkgQA55IEABSTBAA6kwQAZ5MEAJyTBAC6kwQA3pMEAA2UBAAplAQAYJQEAGiUBACUyQ4AuJQEAAaVBAATlQQAWZUEAGaVBACslQQAuJUEAP+VBAAOlgQAUpYEAFyWBACllgQAs5YEAPiWBAD9lgQAS5cEAFiXBACelwQAppcEAPGXBAD3lwQARJgEAPuXBAA2mgQAUJgEAJeYBACnmAQA6pgEAPOYBAA9mQQAQJkEAJCZBACcmQQA45kEAOqZBADnyQ4ARJoEAImaBACfmgQA3JoEAOiaBAAvmwQANpsEAIKbBACKmwQA1ZsEANqbBAAonAQAMZwEAHucBACFnAQAOsoOAM+cBAAhnQQALZ0EAHSdBAB6nQQAx50EAMmdBAAangQAJJ4EAG2eBAB7ngQAwJ4EAMWeBAATnwQAIJ8EAGafBABunwQAuZ8EAMOfBAAMoAQAGqAEAF+gBAB1oAQAsqAEAL6gBAAFoQQADKEEAFihBABgoQQAq6EEALChBAD+oQQAB6IEAFGiBABbogQAjcoOALyiBAD3ogQA+qIEAEqjBABnowQAnaMEAK6jBADwowQACKQEAEOkBABPpAQAlqQEAKmkBADppAQA+KQEADylBABIpQQAj6UEAJClBADipQQA7KUEADWmBABDpgQAiKYEAI2mBADbpgQA6KYEAODKDgAzpwQAgacEAI6nBADUpwQA4acEACeoBAAzqAQAeqgEAImoBADNqAQA16gEACCpBAAuqQQAc6kEAHipBADGqQQA06kEABmqBAAhqgQAbKoEAHKqBAC/qgQAdqoEALGsBADLqgQAEqsEACKrBABlqwQAbqsEALirBAC7qwQAC6wEABesBABerAQAZawEANnLDgC/rAQABK0EABqtBABXrQQAY60EAKqtBACxrQQA/a0EAAWuBABQrgQAVa4EAKOuBACsrgQA9q4EAACvBAAszA4ASq8EAJyvBACorwQA768EAPWvBABCsAQARLAEAJWwBACfsAQA6LAEAPawBAA7sQQAQLEEAI6xBACbsQQA4bEEAOmxBAA0sgQAPrIEAIeyBACVsgQA2rIEAPCyBAAtswQAObMEAICzBACHswQA07MEANuzBAAmtAQAK7QEAHm0BACCtAQAzLQEANa0BAB/zA4ALbUEAHK1BACItQQAxbUEANG1BAAYtgQAH7YEAGu2BABztgQAvrYEAMO2BAARtwQAGrcEAGS3BAButwQA0swOALi3BAAKuAQAFrgEAF24BABjuAQAsLgEALK4BAADuQQADbkEAFa5BABkuQQAqbkEAK65BAD8uQQACboEAE+6BABXugQAoroEAKy6BAD1ugQAA7sEAEi7BABeuwQAm7sEAKe7BADuuwQA9bsEAEG8BABJvAQAlLwEAJm8BADnvAQA8LwEADq9BABEvQQAJc0OAI+9BADPDAsAm70EAOC9BADxvQQAM74EADi+BACGvgQAnb4EANm+BADtvgQALL8EAES/BAB/vwQAjr8EANK/BADXvwQAJcAEADLABAB4wAQAhcAEAMvABADXwAQAHsEEAC3BBABxwQQAe8EEAMTBBADMwQQAF8IEADXCBABqwgQAcsIEAL3CBADGwgQAEMMEAB3DBABjwwQAZcMEALbDBADPwwQACcQEABrEBABcxAQAaMQEAK/EBAC3xAQAeM0OAAfFBABVxQQAXcUEAKjFBAC3xQQA+8UEAADGBABOxgQAW8YEAKHGBACuxgQA9MYEAADHBABHxwQAVscEAJrHBACkxwQA7ccEAPXHBABAyAQASsgEAJPIBACYyAQA5sgEAO7IBADLzQ4AUMkEAIzJBACUyQQA38kEAOnJBAAyygQAN8oEAIXKBACNygQAHs4OAN3KBAArywQANMsEADOUCgA4ywQAfssEAEHLBAAR0gwAiMsEAKeZDACLywQA0csEAN3LBAAkzAQAM8wEAHfMBACBzAQAyswEANLMBADlBAoA2MwEAB3NBAAqzQQAcM0EAIfNBADDzQQAy80EABbOBAAgzgQAac4EAG7OBAC8zgQAxM4EAHHODgAczwQAYs8EAHDPBAC1zwQAyM8EAAjQBAAQ0AQAW9AEAF7QBACu0AQAs9AEAAHRBAAQ0QQAVNEEAHTRBACn0QQAs9EEAPrRBAAE0gQATdIEAGnSBACg0gQAqNIEAMTODgAG0wQARtMEAEzTBACZ0wQApdMEAOzTBAD20wQAP9QEAEXUBACS1AQAoNQEAOXUBADx1AQAONUEADvVBACL1QQAjNUEAN7VBADq1QQAMdYEADfWBACE1gQAitYEANfWBADj1gQAKtcEAEfXBAB91wQAhtcEANDXBADc1wQAI9gEACbYBAB22AQAgNgEAMnYBADV2AQAHNkEACLZBABv2QQAddkEAMLZBADH2QQAFdoEABvaBAAXzw4AdNoEALvaBAC92gQADtsEAB3bBABh2wQAbNsEALTbBADA2wQAB9wEAA7cBABa3AQAYtwEAK3cBAC33AQAAN0EAAvdBABT3QQAX90EAKbdBACu3QQAENAOAPvdBABM3gQAX94EAJ/eBACn3gQA8t4EAPjeBABF3wQAUd8EAJjfBACi3wQA698EAPHfBAA+4AQATOAEAJHgBACd4AQA5OAEAOfgBAA34QQAP+EEAIrhBACL4QQA3eEEAOnhBAAw4gQANuIEAIPiBACL4gQA1uIEANziBAAp4wQANeMEAHzjBACZ4wQAz+MEANjjBAAi5AQALuQEAHXkBAB45AQAyOQEANLkBAAb5QQAI+UEAG7lBAB/5QQAweUEAM/lBAAU5gQAKuYEAGfmBAB15gQAuuYEAMTmBABj0A4AHOcEAGDnBABr5wQAs+cEAL/nBAAG6AQADegEAFnoBABh6AQArOgEALboBAD/6AQACukEAFLpBABe6QQApekEAK3pBAC20A4A+ukEAEvqBABe6gQAnuoEAKbqBADx6gQA9+oEAETrBABQ6wQAl+sEAKHrBADq6wQA8OsEAD3sBABL7AQAkOwEAJzsBADj7AQA5uwEADbtBAA+7QQAie0EAIrtBADc7QQA6O0EAC/uBAA17gQAgu4EAIruBADV7gQA2+4EACjvBAA07wQAe+8EAJjvBADO7wQA1+8EACHwBAAt8AQAdPAEAHfwBADH8AQA0fAEABrxBAAi8QQAbfEEAH7xBADA8QQAzvEEABPyBAAp8gQAZvIEAHTyBAC58gQAw/IEAAzzBAAU8wQAX/MEAILzBACy8wQAtvMEAAX0BAAQ9AQAWPQEAGb0BACr9AQAuvQEAP70BAAJ9QQAUfUEAFn1BACk9QQAsvUEAPf1BAD69QQASvYEAFL2BAAJ0Q4Aq/YEAPD2BADz9gQAQ/cEAEv3BACjVAUAT/cEACoqBQBS9wQAbP0EAF/3BACW9wQAsvcEAFzRDgDr9wQAPPgEAEn4BACP+AQAnPgEAOL4BADn+AQANfkEAD/5BACI+QQAl/kEANv5BADg+QQALvoEADv6BACB+gQAjvoEANT6BADg+gQAJ/sEADb7BAB6+wQAhPsEAM37BADZ+wQAIPwEACb8BABz/AQAefwEAMb8BADL/AQAGf0EAB/9BACv0Q4Acf0EAMofBQB9/QQAv/0EAM39BAAS/gQAHv4EAGX+BABy/gQAuP4EAML+BAAL/wQAJ/8EAF7/BAB6/wQAAtIOALP/BAAEAAUAEQAFAFcABQBkAAUAqgAFAK8ABQD9AAUABwEFAFABBQBfAQUAowEFAKgBBQD2AQUAAwIFAEkCBQBWAgUAnAIFAKgCBQDvAgUA/gIFAEIDBQBMAwUAlQMFAKEDBQDoAwUA7gMFADsEBQBBBAUAjgQFAJMEBQDhBAUA5wQFAFXSDgA7BQUAhwUFAJUFBQDaBQUA3QUFAC0GBQA8BgUAgAYFAIUGBQDTBgUA4AYFACYHBQAzBwUAeQcFAIUHBQDMBwUA2wcFAB8IBQApCAUAcggFAIAIBQDFCAUAyggFABgJBQAlCQUAawkFAHcJBQC+CQUA0QkFABEKBQAgCgUAZAoFAHAKBQC3CgUAuAoFAAoLBQAUCwUAXQsFAGsLBQCwCwUAtQsFAAMMBQAQDAUAqNIOAFsMBQCpDAUAsgwFAPwMBQANDQUATw0FAFYNBQCiDQUAqg0FAPUNBQACDgUASA4FAE0OBQCbDgUApQ4FAO4OBQD2DgUAQQ8FAFgPBQCUDwUAoA8FAOcPBQDxDwUAOhAFAEIQBQCNEAUAjxAFAOAQBQDoEAUAMxEFADkRBQCGEQUAkhEFANkRBQDcEQUALBIFADESBQB/EgUAiBIFANISBQDYEgUAJRMFADQTBQB4EwUAhBMFAKHTDgDNEwUAHhQFACwUBQBxFAUAghQFAPTTDgDLFAUAR9QOABwVBQBqFQUAchUFAL0VBQDMFQUAEBYFABUWBQBjFgUAcBYFALYWBQDDFgUACRcFABUXBQBcFwUAaxcFAK8XBQC5FwUA7dQOAAQYBQBVGAUAcBgFAKgYBQCqGAUA+xgFABUZBQBOGQUAWxkFAKEZBQCtGQUA9BkFAP4ZBQBHGgUAYRoFAJoaBQCpGgUA7RoFAPIaBQBAGwUATRsFAJMbBQCgGwUA5hsFAPIbBQA5HAUASBwFAIwcBQCWHAUA3xwFAOscBQAyHQUARR0FAIUdBQCUHQUA2B0FAOQdBQArHgUALB4FAH4eBQCIHgUA0R4FAN8eBQAkHwUAKR8FAHcfBQCEHwUAQNUOANcfBQAdIAUAKiAFAHAgBQB8IAUAwyAFANIgBQAWIQUAICEFAGkhBQB3IQUAvCEFAMEhBQAPIgUAHCIFAGIiBQBuIgUAtSIFAMgiBQAIIwUAFyMFAFsjBQBnIwUAriMFAK8jBQABJAUACyQFAFQkBQBiJAUApyQFAKwkBQD6JAUAByUFAJPVDgBaJQUAoCUFAKIlBQDzJQUADCYFAEYmBQBXJgUAmSYFAKUmBQDsJgUA9CYFAIzWDgBEJwUAkicFAJonBQDlJwUA9CcFADgoBQA9KAUAiygFAJgoBQDeKAUA6ygFADEpBQA9KQUAhCkFAJMpBQDXKQUA4SkFAN/WDgA9KgUAfSoFAIwqBQDQKgUA3CoFACMrBQAkKwUAdisFAIArBQDJKwUA1ysFABwsBQAhLAUAbywFAHwsBQAy1w4AxywFABUtBQAiLQUAaC0FAHUtBQC7LQUAxy0FAA4uBQAdLgUAYS4FAGsuBQC0LgUAwi4FAAcvBQAMLwUAWi8FAGcvBQCtLwUAtS8FAAAwBQAGMAUAUzAFAAowBQAxfAUAXzAFAKYwBQC2MAUA+TAFAAIxBQBMMQUATzEFAJ8xBQCrMQUA8jEFAPkxBQAr2A4AUDIFAJgyBQCZMgUA6zIFAAMzBQA+MwUASzMFAJEzBQCdMwUA5DMFAO4zBQA3NAUAOzQFAIo0BQCPNAUA3TQFAOM0BQAwNQUAUDUFAIM1BQCbNQUA1jUFAO01BQApNgUANTYFAHw2BQCGNgUAzzYFANE2BQAiNwUAKTcFAHU3BQB8NwUAyDcFAM43BQAbOAUAJzgFAG44BQBxOAUAwTgFAMQ4BQAUOQUAIDkFAGc5BQBqOQUAftgOAL85BQANOgUAFToFAGA6BQBmOgUAszoFALg6BQAGOwUADzsFAFk7BQBjOwUArDsFALg7BQD/OwUABzwFANHYDgBXPAUApTwFAK08BQD4PAUAAz0FAEs9BQBQPQUAnj0FAKE9BQDxPQUA+z0FACTZDgBQPgUAlz4FAJ4+BQDqPgUA+D4FAD0/BQBAPwUAkD8FAJg/BQDjPwUA5j8FADZABQBCQAUAiUAFAI9ABQDcQAUA90AFAC9BBQA7QQUAgkEFAIhBBQDVQQUA3UEFAChCBQAsQgUAe0IFAIdCBQDOQgUA20IFACFDBQArQwUAdEMFAHxDBQDHQwUAyUMFABpEBQAeRAUAbUQFAG9EBQDARAUA1EQFAHfZDgAbRQUAZkUFAGpFBQC5RQUAu0UFAAxGBQAPRgUAX0YFAGdGBQCyRgUAv0YFAAVHBQAKRwUAWEcFAGJHBQCrRwUAs0cFAP5HBQD/RwUAUUgFAFZIBQCkSAUAp0gFAPdIBQD6SAUASkkFAFhJBQCdSQUAtkkFAPBJBQABSgUAQ0oFAE9KBQCWSgUAnkoFAMrZDgDuSgUAPEsFAERLBQCPSwUAnksFAOJLBQDnSwUANUwFAEJMBQCITAUAlUwFANtMBQDnTAUALk0FAD1NBQCBTQUAi00FANRNBQDcTQUAJ04FADFOBQB6TgUAf04FAM1OBQDVTgUAHdoOACtPBQBzTwUAf08FAMZPBQDOTwUAcNoOACVQBQBsUAUAc1AFAL9QBQDNUAUAElEFABVRBQBlUQUAbVEFALhRBQC7UQUAC1IFABdSBQBeUgUAZFIFALFSBQDMUgUABFMFABBTBQBXUwUAXVMFAKpTBQDNUwUA/VMFAABUBQBQVAUAdFQFAMPaDgCyVAUA9lQFAPtUBQBJVQUAVlUFAJxVBQCpVQUA71UFAPtVBQBCVgUAUVYFAJVWBQCfVgUA6FYFAPZWBQA7VwUAQFcFAI5XBQCbVwUA4VcFAOlXBQAW2w4AQVgFAIdYBQCPWAUA2lgFAPNYBQAtWQUAM1kFAIBZBQCFWQUA01kFAPNZBQAmWgUAMloFAHlaBQCGWgUAzFoFANRaBQAfWwUAIlsFAHJbBQB8WwUAxVsFAMdbBQAYXAUAIlwFAGtcBQB3XAUAadsOANRcBQARXQUAHV0FAGRdBQBpXQUAt10FAGxdBQDz2A8AwF0FAApeBQAUXgUAXV4FAGVeBQAQTQkAaV4FALBeBQCAXgUANDwJALZeBQADXwUAw14FAJNECwAJXwUAVl8FAFtfBQCpXwUAr18FALzbDgAKYAUAT2AFAGVgBQCiYAUArmAFAPVgBQD6YAUASGEFAFFhBQCbYQUApWEFAO5hBQD2YQUAQWIFAFBiBQCUYgUAmWIFAOdiBQD0YgUAOmMFAEdjBQCNYwUAmWMFAOBjBQDvYwUAM2QFAD1kBQCGZAUAlGQFANlkBQDmZAUALGUFAENlBQB/ZQUAh2UFANJlBQDcZQUAJWYFACpmBQB4ZgUAgGYFALXcDgDXZgUAHmcFACRnBQBxZwUAjGcFAMRnBQDQZwUAF2gFAB1oBQAI3Q4AfWgFAL1oBQDMaAUAEGkFABxpBQBjaQUAZGkFALZpBQDAaQUACWoFABdqBQBcagUAYWoFAK9qBQC8agUAW90OAAdrBQBVawUAXWsFAKhrBQCrawUA+2sFAARsBQBObAUAXWwFAKFsBQCsbAUA9GwFAPxsBQBHbQUAV20FAJptBQCobQUA7W0FAP5tBQBAbgUATG4FAJNuBQCbbgUAVN4OAOxuBQA5bwUAQW8FAIxvBQCTbwUA328FAO1vBQAycAUAOHAFAIVwBQCRcAUA2HAFAOdwBQArcQUANXEFAH5xBQCDcQUA0XEFANdxBQAkcgUAOHIFAHdyBQB/cgUAynIFAPJyBQAdcwUAJnMFAHBzBQB9cwUAw3MFANFzBQAWdAUAKXQFAGl0BQCFdAUAp94OAMF0BQAPdQUAHHUFAGJ1BQBvdQUAtXUFAMF1BQAIdgUAF3YFAFt2BQBldgUArnYFALx2BQABdwUABncFAFR3BQBhdwUAp3cFAK93BQD6dwUAAHgFAE14BQBZeAUAoHgFALB4BQDzeAUA/HgFAEZ5BQBJeQUAmXkFAKV5BQDseQUA83kFAPreDgBnegUAknoFAJt6BQDlegUA8noFADh7BQBGewUAi3sFAJ57BQDeewUA+nsFAE3fDgA/fAUAhHwFAJp8BQDXfAUA43wFACp9BQAxfQUAfX0FAIV9BQDQfQUA1X0FACN+BQAsfgUAdn4FAIB+BQCg3w4Ayn4FABx/BQAofwUAb38FAHV/BQDCfwUAxH8FABWABQAfgAUAaIAFAHaABQC7gAUAwIAFAA6BBQAbgQUAYYEFAGmBBQC0gQUAvoEFAAeCBQAVggUAWoIFAHCCBQCtggUAuYIFAACDBQAHgwUAU4MFAFuDBQCmgwUAq4MFAPmDBQAChAUATIQFAFaEBQDz3w4ArYQFAPKEBQAIhQUARYUFAFGFBQCYhQUAnYUFAOuFBQD0hQUAPoYFAEiGBQCRhgUAnYYFAOSGBQDqhgUAN4cFAD2HBQCKhwUAj4cFAN2HBQDjhwUARuAOADWIBQCDiAUAkIgFANaIBQDjiAUAKYkFADWJBQB8iQUAi4kFAM+JBQDZiQUAIooFADCKBQB1igUAeooFAMiKBQDVigUAG4sFACOLBQBuiwUAeIsFAMGLBQDPiwUAFIwFACqMBQBnjAUAc4wFALqMBQC/jAUADY0FABaNBQBgjQUAao0FAD/hDgC/jQUABo4FABeOBQBZjgUAZY4FAKyOBQC7jgUA/44FAAmPBQBSjwUAYI8FAKWPBQCqjwUA+I8FAAWQBQBLkAUAVZAFAJ6QBQBXkAUAL5QFAKyQBQDxkAUAB5EFAESRBQBQkQUAl5EFAJyRBQDqkQUA85EFAD2SBQBHkgUAkJIFAJySBQDjkgUA6ZIFADaTBQA8kwUAiZMFAI6TBQDckwUA4pMFAJLhDgA1lAUAgpQFAIiUBQDVlAUA2pQFACiVBQAulQUA5eEOAImVBQDOlQUA5JUFACGWBQAtlgUAdJYFAHmWBQDHlgUA0JYFABqXBQAklwUAbZcFAHmXBQDAlwUA05cFABOYBQAimAUAZpgFAHKYBQC5mAUAupgFAAyZBQAWmQUAX5kFAG2ZBQCymQUAt5kFAAWaBQASmgUAOOIOAGeaBQCrmgUAy5oFAP6aBQAKmwUAUZsFAFubBQCkmwUAqZsFAPebBQD4mwUASpwFAFacBQCdnAUAqpwFAPCcBQD8nAUAQ50FAFadBQCWnQUApZ0FAOmdBQD1nQUAPJ4FAD2eBQCPngUAmZ4FAOKeBQDwngUANZ8FADqfBQCInwUAlZ8FAIviDgD3nwUA3uIOADSgBQCBoAUAh6AFANSgBQDZoAUAJ6EFAC2hBQAx4w4Af6EFAM2hBQDQoQUAIKIFACyiBQBzogUAeaIFAMaiBQDhogUAGaMFACWjBQBsowUAcqMFAL+jBQDBowUAEqQFAC2kBQBlpAUAZ6QFALikBQDGpAUAC6UFABylBQBepQUAYKUFALGlBQDKpQUABKYFABWmBQBXpgUAY6YFACrkDgC0pgUA/aYFAAunBQBQpwUAZqcFAKOnBQCvpwUA9qcFAPunBQBJqAUAUqgFAJyoBQCmqAUA76gFAPeoBQBCqQUAR6kFAJWpBQCkqQUA6KkFAPepBQA7qgUARKoFAI6qBQCUqgUA4aoFAOeqBQA0qwUAQKsFAIerBQCOqwUA2qsFAOKrBQAtrAUAL6wFAICsBQCQrAUA06wFAN2sBQAmrQUAMq0FAHmtBQB/rQUAzK0FANStBQB95A4AK64FAHKuBQCDrgUAxa4FANGuBQAYrwUAJ68FAGuvBQB1rwUAvq8FAMyvBQARsAUAFrAFAGSwBQBxsAUAt7AFAL+wBQAKsQUAFLEFAA/IBQAWsQUAXbEFAGOxBQCwsQUAtrEFAAOyBQAIsgUAVrIFAFyyBQDQ5A4AtbIFAPyyBQACswUAT7MFAGqzBQCiswUArrMFAPWzBQD7swUASLQFAFC0BQCbtAUAnrQFAO60BQD6tAUAQbUFAFK1BQCUtQUAoLUFAOe1BQD2tQUAOrYFAES2BQCNtgUAm7YFAOC2BQDltgUAM7cFAEC3BQCGtwUAjrcFANm3BQDjtwUALLgFADq4BQB/uAUAlbgFANK4BQDeuAUAJbkFACq5BQB4uQUAgbkFAMu5BQDVuQUAyeUOACS6BQBxugUAd7oFAMS6BQDQugUAF7sFACS7BQBquwUAdLsFAL27BQDFuwUAELwFABq8BQBjvAUAaLwFALa8BQC3vAUACb0FAA69BQBcvQUAbb0FAK+9BQC0vQUAAr4FABm+BQBVvgUAab4FAKi+BQDEvgUA+74FAAO/BQAc5g4AVr8FAKG/BQCrvwUA9L8FAAjABQBHwAUASMAFAJrABQCmwAUA7cAFAAnBBQBAwQUASMEFAG/mDgCcwQUA5sEFAPTBBQA5wgUA9cEFAErTCQBDwgUAjMIFAI7CBQDfwgUA+MIFADLDBQBDwwUAhcMFAJHDBQDYwwUA4MMFAMLmDgA3xAUAfsQFAITEBQDRxAUA7MQFACTFBQAwxQUAd8UFAH3FBQDKxQUAzcUFAB3GBQAlxgUAcMYFAIDGBQDDxgUAyMYFABbHBQAfxwUAaccFAHbHBQC8xwUAw8cFABXnDgAdyAUAYsgFAHjIBQC1yAUAwcgFAAjJBQANyQUAW8kFAGTJBQCuyQUAuMkFAAHKBQAdygUAVMoFAFzKBQBo5w4ArMoFAPrKBQACywUATcsFAE/LBQCgywUAu8sFAPPLBQD1ywUARswFAFTMBQCZzAUAqswFAOzMBQDuzAUAP80FAFjNBQCSzQUAo80FAOXNBQDxzQUAOM4FAEDOBQC75w4Al84FAN7OBQDkzgUAMc8FAEzPBQCEzwUAkM8FANfPBQDdzwUAKtAFAC3QBQAO6A4AmtAFANDQBQDR0AUAI9EFADLRBQB20QUAe9EFAMnRBQDW0QUAHNIFACnSBQBv0gUAe9IFAMLSBQDR0gUAFdMFAB/TBQBo0wUAdtMFALvTBQDA0wUADtQFABvUBQBh1AUAbdQFALTUBQC61AUAB9UFAMfUBQDH6QUADdUFAFrVBQBf1QUArdUFALPVBQBh6A4ABdYFAFPWBQBz1gUAptYFALLWBQD51gUA/9YFAEzXBQBU1wUAjQkGAFXXBQCf1wUArNcFAPLXBQD41wUARdgFAFHYBQCY2AUAmtgFAOvYBQD62AUAPtkFAEnZBQCR2QUAk9kFAOTZBQD92QUAN9oFAEjaBQCK2gUAltoFAN3aBQDp2gUAMNsFAEPbBQCD2wUAktsFANbbBQDi2wUAKdwFACrcBQB83AUAhtwFAM/cBQDd3AUAIt0FACfdBQB13QUAgt0FALToDgDV3QUAG94FAC/eBQBu3gUAit4FAMHeBQDd3gUAB+kOACPfBQBn3wUAaN8FALrfBQDJ3wUADeAFABLgBQBg4AUAbeAFALPgBQDA4AUABuEFABLhBQBZ4QUAaOEFAKzhBQC24QUA/+EFAA3iBQBS4gUAV+IFAKXiBQCy4gUA+OIFAAjjBQBL4wUATeMFAJ7jBQCs4wUA8eMFAALkBQBa6Q4AS+QFAK3pDgCc5AUA6uQFAPfkBQA95QUASuUFAJDlBQCW5QUA4+UFAO/lBQA25gUARuYFAInmBQCS5gUA3OYFAN/mBQAv5wUAO+cFAILnBQCJ5wUAAOoOAOHnBQAo6AUAOOgFAHvoBQCE6AUAzugFANHoBQAh6QUALekFAHTpBQB76QUAU+oOANbpBQAa6gUAJuoFAG3qBQBu6gUAwOoFAMrqBQAT6wUAIesFAGbrBQBr6wUAuesFAMbrBQCm6g4AEewFAF/sBQBu7AUAsuwFANLsBQAF7QUAEe0FAFjtBQBi7QUAq+0FALPtBQD+7QUACu4FAFHuBQBX7gUApO4FAKruBQD37gUA/O4FAErvBQBQ7wUAn+sOAKLvBQDw7wUA+e8FAEPwBQBU8AUAlvAFAJ3wBQDp8AUA8fAFADzxBQBJ8QUAj/EFAJTxBQDi8QUA7PEFADXyBQA98gUAiPIFAJfyBQDb8gUA4PIFAC7zBQA78wUAgfMFAI7zBQDU8wUA4PMFACf0BQA29AUAevQFAIT0BQDN9AUA1fQFACD1BQAq9QUAc/UFAHj1BQDG9QUAzvUFAJjsDgAe9gUAbPYFAG/2BQC/9gUAyfYFAOvsDgAY9wUAZfcFAGr3BQC49wUA2PcFAAv4BQAX+AUAXvgFAGT4BQCx+AUAtPgFAAT5BQAG+QUAV/kFAHL5BQCq+QUArPkFAP35BQAL+gUAUPoFAGH6BQCj+gUApfoFAPb6BQAP+wUASfsFAFr7BQCc+wUAqPsFAD7tDgD/+wUAQvwFAGL8BQCV/AUAl/wFAOj8BQD0/AUAoEANAPf8BQB3GAYABP0FAG8lBgAR/QUAO/0FAD79BQCO/QUAm/0FAGsCBgCd/QUA4f0FAOb9BQA0/gUAQf4FAIf+BQCU/gUA2v4FAOb+BQAt/wUAPP8FAID/BQCK/wUA0/8FAOH/BQAmAAYAKwAGAHkABgCGAAYAzAAGANgABgAfAQYAJQEGAHIBBgB4AQYAxQEGAMoBBgAYAgYAHgIGAJHtDgB0AgYAvgIGANQCBgARAwYAKgMGAGQDBgBwAwYAtwMGAL0DBgAKBAYADwQGAF0EBgBtBAYAsAQGALYEBgADBQYADwUGAFYFBgBgBQYAqQUGAK8FBgD8BQYACgYGAE8GBgBbBgYAogYGAKUGBgD1BgYAAQcGAEgHBgBbBwYAmwcGAKoHBgDuBwYA+gcGAEEIBgBNCAYAlAgGAJsIBgDnCAYA8wgGADoJBgBBCQYA5O0OAKMJBgDgCQYA4gkGADMKBgBHCgYAhgoGAI4KBgDZCgYA5goGACwLBgAxCwYAfwsGAIkLBgDSCwYA2gsGACUMBgA+DAYAeAwGAIQMBgDLDAYA0wwGADfuDgA5DQYAcQ0GAHMNBgDEDQYA0g0GABcOBgAoDgYAag4GAGwOBgC9DgYA1g4GABAPBgAhDwYAYw8GAG8PBgCK7g4Auw8GAAkQBgASEAYAXBAGAG0QBgCvEAYAthAGAAIRBgAKEQYAVREGAGIRBgCoEQYArREGAPsRBgAFEgYAThIGAFYSBgChEgYAuhIGAPQSBgAAEwYARxMGAE8TBgAw7w4AnRMGAO0TBgD3EwYAQBQGAEIUBgCTFAYArBQGAOYUBgD3FAYAORUGAEcVBgCMFQYAjxUGAN8VBgDqFQYAMhYGAD4WBgCFFgYAjBYGAIPvDgDdFgYAKxcGADMXBgB+FwYAjBcGANEXBgDSFwYAJBgGAD8YBgDW7w4AfBgGAMoYBgDXGAYAHRkGACoZBgBwGQYAfBkGAMMZBgDSGQYAFhoGACAaBgBpGgYAdxoGALwaBgDBGgYADxsGABwbBgBiGwYAbhsGALUbBgC7GwYACBwGAA4cBgBbHAYAYBwGAK4cBgC0HAYAKfAOAA4dBgBUHQYAVh0GAKcdBgDAHQYA+h0GAAseBgBNHgYAWR4GAKAeBgCoHgYAIvEOAPgeBgBGHwYATh8GAJkfBgCyHwYA7B8GAPEfBgA/IAYARCAGAJIgBgCcIAYA5SAGAOggBgA4IQYAQiEGAIshBgCRIQYA3iEGAOAhBgAxIgYAMiIGAIQiBgCMIgYA1yIGAOciBgAqIwYAMCMGAH0jBgCCIwYA0CMGAOYjBgAjJAYAKyQGAHYkBgCeJAYAySQGAOwkBgAcJQYAOyUGAHXxDgB3JQYAyPEOANMlBgAVJgYAIyYGAGgmBgB0JgYAuyYGAMgmBgAOJwYAGCcGAGEnBgBpJwYAtCcGAL8nBgAHKAYACSgGAFooBgBdKAYArSgGALUoBgAAKQYABikGAFMpBgBcKQYApikGALMpBgD5KQYAASoGAEwqBgBRKgYAnyoGAKgqBgDyKgYA/CoGAEUrBgBNKwYAmCsGAJ0rBgDrKwYA+ysGAD4sBgBGLAYAkSwGAJMsBgDkLAYA/ywGADctBgA5LQYAii0GAJgtBgDdLQYA7i0GADAuBgAyLgYAgy4GAJwuBgDWLgYA5y4GACkvBgA1LwYAfC8GAIQvBgAb8g4A1S8GACIwBgAnMAYAdTAGAJUwBgDIMAYA1DAGABsxBgAhMQYAbjEGAHExBgDBMQYAyTEGABQyBgAeMgYAZzIGAGwyBgC6MgYAwjIGAA0zBgAXMwYAYDMGAGIzBgCzMwYAxDMGAAY0BgAmNAYAWTQGAGE0BgCsNAYAtjQGAP80BgAENQYAbvIOAGY1BgClNQYArTUGAPg1BgD9NQYASzYGAFs2BgCeNgYApjYGAPE2BgD7NgYARDcGAE83BgCXNwYAozcGAOo3BgDyNwYAwfIOAEk4BgCQOAYAnDgGAOM4BgDqOAYANjkGAD45BgCJOQYAojkGANw5BgDiOQYALzoGADQ6BgCCOgYAojoGANU6BgDhOgYAKDsGAC47BgB7OwYAfjsGABTzDgDQOwYAITwGANw7BgBHLg4AJDwGAHQ8BgB+PAYAxzwGANU8BgAaPQYAKT0GAG09BgBwPQYAwD0GAIU9BgC2YgYAiT0GAMxTBgDMPQYAEz4GABU+BgBmPgYAbD4GALk+BgDIPgYADD8GABc/BgBfPwYAZz8GAJyhBgB5PwYAsj8GAL4/BgAFQAYAGEAGAFhABgBnQAYAq0AGALdABgD+QAYA/0AGAFFBBgBbQQYApEEGALJBBgD3QQYA/EEGAEpCBgBXQgYAZ/MOALdCBgDwQgYA/0IGAENDBgBIQwYAlkMGAKNDBgDpQwYA9kMGADxEBgBIRAYAj0QGAJ5EBgDiRAYA7EQGADVFBgBDRQYAiEUGAI1FBgDbRQYA6EUGAC5GBgA6RgYAgUYGAIdGBgDURgYA2kYGACdHBgAsRwYAekcGAIBHBgC68w4AzkcGACBIBgDWRwYA5qwIANpHBgDMmAgA7UcGANdLDAAsSAYAc0gGAHlIBgAJXAcAgEgGAMZIBgDJSAYAGUkGACVJBgBsSQYAbkkGAL9JBgDFSQYAEkoGACFKBgBlSgYAcEoGALhKBgC5SgYAC0sGAB9LBgBeSwYAeEsGALFLBgC9SwYABEwGABdMBgBXTAYAZkwGAKpMBgC2TAYA/UwGAP5MBgBQTQYAWk0GAKNNBgCxTQYA9k0GAPtNBgBJTgYAVk4GAA30DgC2TgYA704GAP5OBgBCTwYAR08GAJVPBgCiTwYA6E8GAPVPBgA7UAYAR1AGAI5QBgCdUAYA4VAGAOtQBgA0UQYAQlEGAIdRBgCMUQYA2lEGAOdRBgAtUgYAOVIGAIBSBgCGUgYA01IGANlSBgAmUwYAK1MGAHlTBgB/UwYAYPQOAOhTBgCz9A4AJVQGAHJUBgB0VAYAxVQGANJUBgAYVQYAG1UGAGtVBgBsVQYAvlUGAMNVBgARVgYAF1YGAGRWBgBuVgYAt1YGANNWBgAKVwYAJlcGAAb1DgBjVwYAsFcGALJXBgADWAYAEFgGAFZYBgBZWAYAqVgGAKpYBgD8WAYAAVkGAE9ZBgBVWQYAolkGAKxZBgD1WQYAEVoGAEhaBgBkWgYAWfUOAKFaBgDuWgYA9FoGAEFbBgBGWwYAlFsGAJpbBgCs9Q4A9VsGADpcBgBVXAYAjVwGAJtcBgDgXAYA7VwGADNdBgBKXQYAhl0GAJVdBgDZXQYA3l0GACxeBgA5XgYAf14GAIxeBgDSXgYA3l4GACVfBgA0XwYAeF8GAIJfBgDLXwYA2V8GAB5gBgAjYAYAcWAGAH5gBgDEYAYAx2AGABdhBgAjYQYAamEGAHBhBgC9YQYAw2EGABBiBgAVYgYAY2IGAGliBgD/9Q4AwGIGAAljBgAPYwYAXGMGAF5jBgCvYwYAvGMGAAJkBgAFZAYAVWQGAFZkBgCoZAYArWQGAPtkBgABZQYATmUGAFhlBgChZQYAu2UGAPRlBgADZgYAR2YGAExmBgCaZgYAp2YGAO1mBgD6ZgYAQGcGAExnBgCTZwYAomcGAOZnBgDwZwYAOWgGAEdoBgCMaAYAkWgGAN9oBgDsaAYAMmkGADxpBgDscgYAPmkGAIVpBgCLaQYA2GkGAN5pBgAragYAMGoGAH5qBgCEagYAUvYOANZqBgAkawYAMWsGAHdrBgCEawYAymsGANZrBgAdbAYALGwGAHBsBgB6bAYAw2wGANFsBgAWbQYAG20GAGltBgB2bQYAvG0GAMRtBgAPbgYAG24GAGJuBgBobgYAtW4GALtuBgAIbwYADW8GAFtvBgBhbwYAS/cOALBvBgABcAYACnAGAFRwBgBXcAYAp3AGALNwBgD6cAYAAXEGAE1xBgBVcQYAoHEGALlxBgDzcQYAB3IGAEZyBgBicgYAmXIGAKFyBgDx9w4A+nIGAD9zBgBVcwYAknMGAJ5zBgDlcwYA6nMGADh0BgBBdAYAi3QGAJV0BgDedAYA+nQGADF1BgA5dQYARPgOAIl1BgDXdQYA5HUGACp2BgA3dgYAfXYGAIl2BgDQdgYA33YGACN3BgAtdwYAdncGAIR3BgDJdwYAzncGABx4BgApeAYAb3gGAHd4BgDCeAYAzHgGABV5BgAjeQYAaHkGAH55BgC7eQYAx3kGAA56BgATegYAYXoGAGp6BgC0egYAvnoGAAd7BgAPewYAWnsGAGl7BgCtewYAr3sGAAB8BgAJfAYAU3wGAFZ8BgCmfAYAsnwGAPl8BgAAfQYATH0GAFR9BgCffQYAuH0GAPJ9BgAGfgYARX4GAGF+BgCYfgYAoH4GAJf4DgDwfgYAPn8GAEt/BgCRfwYAnn8GAOR/BgDwfwYAN4AGAEaABgCKgAYAlIAGAN2ABgDngAYAMIEGAD6BBgCDgQYAmYEGANaBBgDigQYAKYIGAC6CBgB8ggYAhYIGAM+CBgDZggYAIoMGAC6DBgB1gwYAe4MGAMiDBgDOgwYAG4QGACCEBgBuhAYAdIQGAOr4DgDNhAYAFIUGABiFBgBnhQYAdoUGALqFBgC/hQYADYYGABqGBgBghgYAbYYGALOGBgC/hgYABocGABWHBgBZhwYAY4cGAKyHBgC6hwYA/4cGAASIBgBSiAYAX4gGAKWIBgCxiAYA+IgGAP6IBgBLiQYAUYkGAJ6JBgCjiQYA8YkGAPeJBgA9+Q4ASYoGAJeKBgCeigYA6ooGAPaKBgA9iwYAP4sGAJCLBgBAiwYAE5EGAKuLBgDjiwYA5YsGADaMBgBEjAYAiYwGAJqMBgDcjAYA3owGAC+NBgBIjQYAgo0GAJONBgDVjQYA4Y0GACiOBgA0jgYAe44GAI6OBgDOjgYA3Y4GACGPBgAtjwYAdI8GAHWPBgDHjwYA0Y8GABqQBgAokAYAbZAGAHKQBgDAkAYAzZAGAJD5DgAVkQYAZpEGAIGRBgC5kQYAu5EGAAySBgAakgYAX5IGAHCSBgCykgYAtJIGAAWTBgAekwYAWJMGAGmTBgCrkwYAt5MGAP6TBgAKlAYAUZQGAGSUBgCklAYAs5QGAPeUBgADlQYASpUGAEuVBgCdlQYAp5UGAPCVBgD+lQYAQ5YGAEiWBgCWlgYAo5YGAIn6DgDulgYAPJcGAESXBgCPlwYAkZcGAOKXBgDzlwYANZgGAEOYBgCImAYAo5gGANuYBgDnmAYALpkGADaZBgCC+w4AhpkGANSZBgDbmQYAJ5oGADOaBgB6mgYAfZoGAM2aBgDVmgYAIJsGADCbBgBzmwYAeJsGAMabBgDPmwYAGZwGACacBgBsnAYAc5wGAL+cBgDHnAYA1fsOAB+dBgBlnQYAbZ0GALidBgDMnQYAC54GABCeBgBengYAZ54GALGeBgC3ngYABJ8GAAyfBgBXnwYAZp8GAKqfBgC7nwYA/Z8GAAagBgBQoAYAU6AGAKOgBgCtoAYA9qAGAAKhBgBJoQYAT6EGACj8DgCpoQYA76EGAPShBgBCogYASaIGAJWiBgChogYA6KIGAPCiBgB7/A4AVqMGAI6jBgCQowYA4aMGAO+jBgA0pAYARaQGAIekBgCJpAYA2qQGAPOkBgAtpQYAPqUGAIClBgCMpQYAzvwOAOKlBgAmpgYANaYGAHmmBgCCpgYAzKYGANKmBgAfpwYAJacGAHKnBgB+pwYAxacGAMynBgAYqAYAIKgGAGuoBgBvqAYAvqgGAMmoBgARqQYAH6kGAGSpBgB1qQYAt6kGAMOpBgAKqgYAEqoGACH9DgBgqgYAsKoGALqqBgADqwYABasGAFarBgBvqwYAqasGALqrBgD8qwYACqwGAE+sBgBSrAYAoqwGAK2sBgD1rAYAA60GAEitBgBVrQYAm60GALKtBgDurQYA9q0GAEGuBgBDrgYAlK4GAJyuBgDnrgYA9q4GADqvBgA/rwYAja8GAJqvBgDgrwYA7a8GADOwBgA/sAYAhrAGAJWwBgDZsAYA47AGACyxBgA6sQYAf7EGAISxBgDSsQYA37EGACWyBgAtsgYAeLIGAIKyBgDLsgYA0LIGAB6zBgAmswYAcbMGAHSzBgDEswYA4bMGABe0BgAotAYAarQGAHK0BgC9tAYAwLQGABC1BgActQYAY7UGAGm1BgC2tQYA0bUGAAm2BgAVtgYAXLYGAGK2BgB0/Q4AvrYGAAK3BgADtwYAVbcGAIu3BgCotwYAtrcGAPu3BgD8twYATrgGAFa4BgChuAYAsLgGAPS4BgD5uAYAR7kGAFS5BgCauQYAp7kGAO25BgD5uQYAQLoGAE+6BgCTugYAnboGAOa6BgD0ugYAObsGAD67BgCMuwYAmbsGAN+7BgDnuwYAMrwGADy8BgCFvAYAirwGANi8BgDgvAYAK70GADW9BgB+vQYAib0GANG9BgDdvQYAJL4GACy+BgDH/Q4AfL4GAMq+BgDNvgYAHb8GACe/BgBwvwYAeL8GABr+DgDRvwYAFsAGACzABgBpwAYAdcAGALzABgDBwAYAD8EGABjBBgBiwQYAbMEGALXBBgC9wQYACMIGABTCBgBbwgYAbsIGAK7CBgCvwgYAAcMGAA/DBgBUwwYAWsMGAKfDBgCzwwYA+sMGAAHEBgBt/g4ATsQGAKDEBgCsxAYA88QGAADFBgBGxQYATsUGAJnFBgCjxQYA7MUGAPvFBgA/xgYAQMYGAJLGBgCaxgYA5cYGAPTGBgA4xwYAPccGAIvHBgCYxwYA3scGAOvHBgAxyAYAPcgGAITIBgCTyAYA18gGAOHIBgAqyQYAOMkGAH3JBgCCyQYA0MkGAN3JBgAjygYAK8oGAHbKBgB6ygYAycoGANfKBgAcywYAJssGAG/LBgB6ywYAwssGAMrLBgAVzAYAIMwGAGjMBgBtzAYAu8wGAL7MBgAOzQYAGM0GAGHNBgBpzQYAtM0GANPNBgDA/g4ACc4GAFrOBgBbzgYArc4GALfOBgAAzwYADs8GAFPPBgBuzwYAps8GALLPBgD5zwYAAdAGABP/DgBY0AYAn9AGAKXQBgDy0AYADdEGAEXRBgBR0QYAmNEGAJ7RBgDr0QYA89EGAD7SBgBM0gYAkdIGAJTSBgDk0gYA7NIGADfTBgBA0wYAitMGAJfTBgDd0wYA39MGADDUBgBL1AYAg9QGAIXUBgDW1AYA5NQGACnVBgA61QYAfNUGAH7VBgDP1QYA6NUGACLWBgAz1gYAddYGAIHWBgDI1gYA0NYGAGb/DgAh1wYAbtcGAHbXBgDB1wYAyNcGABTYBgAZ2AYAZ9gGAHPYBgC62AYAvdgGAA3ZBgAV2QYAYNkGAG3ZBgCz2QYAuNkGAAbaBgAQ2gYAWdoGAGHaBgCs2gYAuNoGAP/aBgAS2wYAUtsGAGDbBgCl2wYAqNsGAPjbBgAC3AYAuf8OAE7cBgCe3AYAptwGAPHcBgD03AYARN0GAFDdBgCX3QYAnd0GAOrdBgAF3gYAPd4GAEneBgCQ3gYAlt4GAOPeBgDr3gYANt8GAETfBgCJ3wYAjN8GANzfBgDk3wYAL+AGADjgBgCC4AYAj+AGANXgBgDX4AYAKOEGAEPhBgB74QYAfeEGAM7hBgDc4QYAIeIGADLiBgB04gYAduIGAMfiBgDg4gYAGuMGACvjBgBt4wYAeeMGAMDjBgDI4wYADAAPABnkBgBm5AYAbuQGALnkBgDA5AYADOUGABHlBgBf5QYAa+UGALLlBgC15QYABeYGAA3mBgBY5gYAZeYGAKvmBgCw5gYA/uYGAAjnBgBR5wYAWecGAKTnBgCw5wYA9+cGAAroBgBK6AYAWOgGAJ3oBgCg6AYA8OgGAProBgBfAA8ARukGAJbpBgCi6QYA6ekGAO/pBgA86gYAV+oGAI/qBgCb6gYA4uoGAOjqBgA16wYAPesGAIjrBgCW6wYA2+sGAN7rBgAu7AYANuwGAIHsBgCK7AYA1OwGAOHsBgAn7QYAKe0GAHrtBgCV7QYAze0GAM/tBgAg7gYALu4GAHPuBgCE7gYAxu4GAMjuBgAZ7wYAMu8GAGzvBgB97wYAv+8GAMvvBgAS8AYAGvAGALIADwBr8AYAuPAGAMDwBgAL8QYAEvEGAF7xBgBj8QYAsfEGAL3xBgAE8gYAB/IGAFfyBgBf8gYAqvIGALfyBgD98gYAAvMGAFDzBgBa8wYAo/MGAKvzBgD28wYAAvQGAEn0BgBc9AYAnPQGAKr0BgDv9AYA8vQGAEL1BgBM9QYABQEPAJf1BgDo9QYAmvUGAFUDCACe9QYAR9sNAKH1BgDy+QwAo/UGAItmCADy9QYAblMNAPn1BgA79gYATPYGAI72BgCc9gYA4fYGAP32BgA09wYAUPcGAFgBDwCV9wYA2vcGAOf3BgAt+AYARPgGAID4BgCM+AYA0/gGANn4BgAm+QYALPkGAHn5BgB++QYAzPkGANL5BgCrAQ8AJPoGAHL6BgB6+gYAxfoGAMj6BgAY+wYAJPsGAGv7BgBx+wYAvvsGANn7BgAR/AYAHfwGAGT8BgBq/AYAt/wGAL/8BgAK/QYADP0GAF39BgB4/QYAsP0GALL9BgAD/gYAEf4GAFb+BgBn/gYAqf4GAKv+BgD8/gYAFf8GAE//BgBg/wYAov8GAK7/BgCkAg8ACwAHAEgABwBXAAcAmwAHAHEABwB4BQcAnQAHAO4ABwD9AAcAQQEHAEwBBwCUAQcAoAEHAOcBBwDqAQcAOgIHAO4BBwDfDgcAAwIHALYIBwBGAgcAjQIHAJMCBwDgAgcA+wIHADMDBwA/AwcAhgMHAIwDBwDZAwcA5QMHACwEBwAyBAcAfwQHAIUEBwDSBAcA1wQHACUFBwArBQcA9wIPAHsFBwDLBQcA5wUHAB4GBwAmBgcA8AMPAH0GBwDEBgcAygYHABcHBwAyBwcAagcHAHYHBwC9BwcAwwcHABAIBwAYCAcAYwgHAIQIBwBDBA8AvggHAJYEDwAOCQcAXAkHAGkJBwCvCQcAvAkHAAIKBwAOCgcAVQoHAGQKBwCoCgcAsgoHAPsKBwADCwcATgsHAFgLBwChCwcArwsHAPQLBwAKDAcARwwHAFMMBwCaDAcAnwwHAO0MBwD2DAcAQA0HAEoNBwCTDQcAmw0HAOYNBwDwDQcAOQ4HAD4OBwCMDgcAlA4HAOkEDwDrDgcAMg8HAEUPBwCFDwcAlA8HANgPBwDkDwcAKxAHACwQBwB+EAcAiBAHANEQBwDfEAcAJBEHACkRBwB3EQcAhBEHADwFDwDVEQcAHRIHACkSBwBwEgcAdhIHAMMSBwDPEgcAFhMHAB4TBwA1Bg8AbBMHALwTBwDEEwcADxQHABwUBwBiFAcAZxQHALUUBwC9FAcACBUHAAoVBwBbFQcAdhUHAK4VBwCwFQcAARYHAA8WBwBUFgcAZRYHAKcWBwCpFgcA+hYHABMXBwBNFwcAXhcHAKAXBwCsFwcA8xcHAPsXBwCIBg8ASxgHAJkYBwCmGAcA7BgHAPkYBwA/GQcASxkHAJIZBwChGQcA5RkHAO8ZBwA4GgcARhoHAIsaBwCQGgcA3hoHAOsaBwAxGwcAORsHAIQbBwCGGwcA1xsHAOEbBwAqHAcAMhwHANsGDwCIHAcA0BwHAN4cBwAjHQcAJh0HAHYdBwB+HQcAyR0HAN8dBwAcHgcAIR4HAG8eBwCFHgcAwh4HAM4eBwAVHwcAIh8HAGgfBwByHwcALgcPAL0fBwAOIAcAHCAHAGEgBwByIAcAgQcPALogBwAHIQcAEyEHANQHDwBcIQcArSEHALMhBwAAIgcAICIHAFMiBwBfIgcApiIHAK0iBwD5IgcAASMHAEwjBwBTIwcAnyMHAKsjBwDyIwcA9CMHAEUkBwBMJAcAJwgPAJokBwDrJAcA7iQHAD4lBwBGJQcAkSUHAKElBwDkJQcA5iUHADcmBwBFJgcAiiYHAJsmBwB6CA8A5CYHAM0IDwA9JwcAgycHAIonBwDWJwcA3icHACkoBwA3KAcAfCgHAH8oBwDPKAcA1ygHACIpBwApKQcAdSkHAIMpBwDIKQcAyykHABsqBwAdKgcAbioHAIcqBwDBKgcA0ioHABQrBwAgKwcAZysHAG4rBwC6KwcAwisHAA0sBwAWLAcAYCwHAG0sBwCzLAcAvSwHAAYtBwAULQcAWS0HAGotBwCsLQcAtC0HAP8tBwAJLgcAUi4HAGAuBwClLgcAuy4HAPguBwAELwcASy8HAFIvBwCeLwcApi8HAPEvBwD3LwcARDAHAFAwBwCXMAcAoTAHAOowBwDwMAcAPTEHAFExBwBzCQ8AnjEHAOMxBwD8MQcANjIHAEwyBwCJMgcAmDIHANwyBwD2MgcALzMHADIzBwAMOAcAOjMHAOk8BwA+MwcAgjMHAIczBwDVMwcA4jMHACg0BwA1NAcAezQHAIc0BwDONAcA3TQHACE1BwArNQcAdDUHAII1BwDHNQcAzDUHABo2BwAnNgcAbTYHAHk2BwDANgcAxjYHABM3BwAZNwcAZjcHAGs3BwC5NwcAvzcHAMYJDwAYOAcAXzgHAGU4BwCyOAcAzTgHAAU5BwAROQcAWDkHAF45BwCrOQcAsjkHAP45BwADOgcAnTsHAAo6BwBROgcAUzoHAKQ6BwCrOgcA9zoHABM7BwBKOwcAUjsHAL8KDwChOwcA8DsHAP07BwBDPAcAXzwHAJY8BwCePAcAEgsPAO48BwA8PQcAPz0HAI89BwCZPQcA4j0HAPM9BwA1PgcAOj4HAIg+BwCNPgcA2z4HAPs+BwAuPwcANz8HAIE/BwCCPwcA1D8HAOA/BwAnQAcALUAHAHpABwCAQAcAzUAHANJABwAgQQcAJkEHAGULDwB0QQcAxkEHANJBBwAZQgcAJkIHAGxCBwB0QgcAv0IHAMhCBwASQwcAH0MHAGVDBwBzQwcAuEMHAMtDBwALRAcAE0QHAF5EBwBhRAcAsUQHALZEBwAERQcAE0UHAFdFBwB3RQcAqkUHALZFBwD9RQcAB0YHAF4MDwBaRgcAo0YHAKVGBwD2RgcAAEcHAElHBwBSRwcAnEcHAJ9HBwDvRwcA90cHAEJIBwB2SAcAsQwPAKFIBwDoSAcA90gHADtJBwBbSQcAjkkHAJpJBwDhSQcA6EkHADRKBwA5SgcAh0oHAIhKBwDaSgcA5koHAC1LBwAzSwcAgEsHAIJLBwDTSwcA3UsHACZMBwA0TAcAeUwHAH5MBwDMTAcA2UwHAB9NBwApTQcAck0HAIBNBwDFTQcA200HABhOBwAkTgcAa04HAHBOBwC+TgcAx04HABFPBwAbTwcAZE8HAHBPBwC3TwcAyk8HAApQBwAZUAcAXVAHAGlQBwCwUAcAsVAHAANRBwANUQcAVlEHAGRRBwCpUQcArlEHAPxRBwAJUgcABA0PAF1SBwCiUgcAuFIHAPVSBwABUwcASFMHAE9TBwCbUwcAo1MHAO5TBwDzUwcAQVQHAEpUBwCUVAcAnlQHAOdUBwDvVAcAOlUHAD5VBwCNVQcAj1UHAOBVBwDuVQcAM1YHAD1WBwCGVgcAlFYHANlWBwDmVgcALFcHAENXBwB/VwcAh1cHANJXBwDiVwcAJVgHACpYBwB4WAcAflgHAMtYBwDTWAcAHlkHACNZBwBxWQcAclkHAMRZBwDQWQcAF1oHAB1aBwBqWgcAbFoHAL1aBwDHWgcAEFsHAB5bBwBjWwcAaFsHALZbBwDDWwcA/Q0PAAtcBwBcXAcAZlwHAK9cBwC9XAcAAl0HAAddBwBVXQcAYl0HAKhdBwCqXQcAkgsJALJdBwD7XQcACV4HAE5eBwBkXgcAoV4HAK1eBwD0XgcA+V4HAEdfBwBQXwcAml8HAKRfBwDtXwcA+V8HAEBgBwBTYAcAk2AHAKJgBwDmYAcA8mAHADlhBwA6YQcAjGEHAJZhBwDfYQcA7WEHADJiBwA3YgcAhWIHAJJiBwBQDg8A4WIHACtjBwA1YwcAfmMHAIBjBwDRYwcA22MHACRkBwAwZAcAd2QHAH9kBwBJDw8Ay2QHAB1lBwApZQcAcGUHAHZlBwDDZQcAxWUHABZmBwAgZgcAaWYHAHdmBwC8ZgcAwWYHAA9nBwAcZwcAYmcHAGpnBwC1ZwcAv2cHAAhoBwAWaAcAW2gHAHFoBwCuaAcAumgHAAFpBwAIaQcAVGkHAFxpBwCnaQcArGkHAPppBwADagcATWoHAFdqBwCgagcAtWoHAPNqBwD8agcARmsHAFNrBwCZawcAm2sHAOxrBwAFbAcAP2wHAFBsBwCSbAcAnmwHAOVsBwDtbAcAnA8PAD1tBwCLbQcAk20HAN5tBwD0bQcAMW4HADZuBwCEbgcAi24HANduBwDlbgcAKm8HADpvBwB9bwcAkW8HANBvBwDYbwcAI3AHADJwBwB2cAcAe3AHAMlwBwDScAcAHHEHAClxBwBvcQcAeXEHAMJxBwDOcQcAFXIHABtyBwDvDw8AdnIHALtyBwDRcgcADnMHABpzBwBhcwcAZnMHALRzBwC9cwcAB3QHABF0BwBadAcAYnQHAK10BwCxdAcAAHUHAAJ1BwBTdQcAYXUHAKZ1BwCwdQcA+XUHAAd2BwBMdgcAWXYHAJ92BwC2dgcA8nYHAPp2BwBFdwcAVXcHAJh3BwCddwcA63cHAPF3BwA+eAcARngHAJF4BwCseAcA5HgHAOZ4BwA3eQcASHkHAIp5BwCTeQcA3XkHAOl5BwBCEA8ANXoHAIN6BwCGegcA1noHAOB6BwApewcAK3sHAHx7BwCXewcAz3sHANF7BwAifAcAMHwHAHV8BwCGfAcAyHwHAMp8BwAbfQcANH0HAG59BwB/fQcAwX0HAM19BwCVEA8AMX4HAGd+BwB4fgcAun4HANZ+BwANfwcAFX8HAOgQDwBlfwcAs38HALt/BwAGgAcAEYAHAFmABwBegAcArIAHAK+ABwD/gAcACYEHAFKBBwBVgQcApYEHAK2BBwD4gQcA+oEHAEuCBwBmggcAnoIHAKCCBwDxggcA/4IHAESDBwBVgwcAl4MHAJmDBwDqgwcAA4QHAD2EBwBOhAcAkIQHAJyEBwDjhAcA64QHADsRDwBDhQcAiYUHAJGFBwDchQcA5oUHAC+GBwA6hgcAgoYHAI6GBwDVhgcA3YYHAI4RDwAthwcAe4cHAICHBwDOhwcA34cHAOERDwAuiAcAdIgHAHaIBwDHiAcA4IgHABqJBwAriQcAbYkHAHmJBwDAiQcAyIkHADQSDwAYigcAZooHAG6KBwC5igcAyIoHAAyLBwASiwcAX4sHAGuLBwCyiwcAtIsHAAWMBwAPjAcAWIwHAGSMBwCrjAcAs4wHAIcSDwAKjQcAUY0HAFSNBwCkjQcAp40HAPeNBwAFjgcASo4HAE+OBwCdjgcAqo4HANoSDwABjwcAQ48HAEuPBwCWjwcAUI8HAKqYBwChjwcA6Y8HAO6PBwA8kAcAP5AHAI+QBwCZkAcA4pAHAAWRBwA1kQcAOJEHAIiRBwCskQcA25EHAOORBwAtEw8ANJIHAIGSBwCPkgcA1JIHAOCSBwAnkwcALpMHAHqTBwCCkwcAzZMHAN2TBwAglAcAJZQHAHOUBwB5lAcAxpQHAM6UBwAZlQcANpUHAGyVBwB1lQcAv5UHAMuVBwASlgcAGJYHAGWWBwB5lgcAuJYHAMCWBwALlwcAG5cHAF6XBwBglwcAsZcHAL+XBwAEmAcAFZgHAIATDwBemAcA0xMPAK+YBwD9mAcABJkHAFCZBwBcmQcAo5kHAKaZBwD2mQcABpoHAEmaBwBLmgcAnJoHAKqaBwDvmgcAAJsHACYUDwBJmwcAeRQPAKibBwDomwcA95sHADucBwBHnAcAjpwHAI+cBwDhnAcA65wHADSdBwBCnQcAh50HAIydBwDanQcA550HAMwUDwAyngcAgJ4HAImeBwDTngcA5J4HACafBwAtnwcAeZ8HAIGfBwDMnwcA2Z8HAB+gBwAkoAcAcqAHAHygBwDFoAcAzaAHABihBwAeoQcAa6EHAHehBwC+oQcAwKEHABGiBwAgogcAZKIHAG+iBwC3ogcAv6IHAAqjBwAMowcAXaMHAGqjBwCwowcAxKMHAAOkBwALpAcAVqQHAGWkBwCppAcArqQHAPykBwAJpQcAT6UHAFmlBwCipQcApKUHAPWlBwAEpgcASKYHAFKmBwCbpgcAo6YHAO6mBwDvpgcAQacHAEanBwCUpwcAoqcHAOenBwD0pwcAOqgHAESoBwDFFQ8AkKgHAOCoBwDsqAcAyrcHAPyoBwAzqQcAO6kHABgWDwCLqQcA2akHAOGpBwAsqgcAL6oHAH+qBwCLqgcA0qoHANiqBwAlqwcAQKsHAHirBwCEqwcAy6sHANGrBwAerAcAIawHAHGsBwB5rAcAxKwHAMasBwAXrQcAMq0HAGqtBwBsrQcAva0HAMutBwAQrgcAIa4HAGOuBwBlrgcAtq4HAM+uBwAJrwcAGq8HAFyvBwBorwcAr68HALevBwBrFg8AB7AHAFWwBwBbsAcAqLAHALCwBwD7sAcACrEHAE6xBwBTsQcAobEHAK6xBwD0sQcAAbIHAEeyBwBTsgcAmrIHAKmyBwDtsgcA97IHAECzBwBOswcAk7MHAJizBwDmswcA87MHAL4WDwBFtAcAjLQHAJK0BwDftAcA+rQHADK1BwA+tQcAhbUHAIu1BwDYtQcA27UHACu2BwA3tgcAfrYHAIS2BwDRtgcA17YHACS3BwAptwcAd7cHAH23BwARFw8A0LcHAB24BwAjuAcAcLgHAHW4BwDDuAcAybgHAGQXDwAbuQcAabkHAHa5BwC8uQcAybkHAA+6BwAbugcAYroHAHG6BwC1ugcAv7oHAAi7BwAWuwcAW7sHAGC7BwCuuwcAu7sHAAG8BwAZvAcAVLwHAFq8BwCnvAcAs7wHAPq8BwAKvQcATb0HAFa9BwCgvQcAo70HAPO9BwD/vQcARr4HAE2+BwBdGA8Am74HAOy+BwD2vgcAP78HAEK/BwCSvwcAmr8HAOW/BwDovwcAOMAHAETABwCLwAcAkcAHAN7ABwD5wAcAMcEHAD3BBwCEwQcAisEHALAYDwD3wQcAKsIHADXCBwB9wgcAgsIHANDCBwDZwgcAI8MHACbDBwB2wwcAgsMHAMnDBwDVwwcAKc4HAOHDBwAcxAcAI8QHAG/EBwB1xAcAwsQHANDEBwAVxQcAMMUHAGjFBwB0xQcAu8UHAMHFBwAOxgcAKMYHAGHGBwBtxgcAtMYHALrGBwAHxwcADccHAFrHBwBfxwcArccHALPHBwADGQ8ADcgHAFPIBwBfyAcApsgHALDIBwD5yAcA/cgHAEzJBwBRyQcAn8kHAKXJBwDyyQcAEsoHAEXKBwBRygcAmMoHAJ7KBwDrygcA8coHAD7LBwBDywcAkcsHAJfLBwCpGQ8A6csHADfMBwA+zAcAiswHAJbMBwDdzAcA+cwHADDNBwA4zQcAohoPALrNBwDWzQcA/M0HAPUaDwA8zgcAfM4HAIvOBwDPzgcA284HACLPBwAjzwcAdc8HAH/PBwDIzwcA1s8HABvQBwAg0AcAbtAHAHvQBwBIGw8AydAHAEEcDwAZ0QcAZ9EHAHTRBwC60QcAx9EHAA3SBwAZ0gcAYNIHAG/SBwCz0gcAvdIHAAbTBwAU0wcAWdMHAF7TBwCs0wcAudMHAP/TBwAH1AcAUtQHAFjUBwCl1AcAsdQHAPjUBwAI1QcAS9UHAFTVBwCe1QcAodUHAPHVBwD91QcARNYHAEvWBwCUHA8AotYHAOrWBwD21gcAPdcHAEXXBwDnHA8AndcHAOPXBwDq1wcANtgHADfYBwCJ2AcAjtgHANzYBwDq2AcAL9kHADzZBwCC2QcAjNkHANXZBwDd2QcAKNoHADHaBwB72gcAgdoHAM7aBwDf2gcAIdsHAD3bBwB02wcAfNsHADodDwDS2wcAGtwHACTcBwBt3AcAd9wHAMDcBwDB3AcAjR0PABjdBwBm3QcAc90HALndBwDG3QcADN4HABjeBwBf3gcAbt4HALLeBwC83gcABd8HAA3fBwBY3wcAYt8HAKvfBwCw3wcA/t8HAAbgBwDgHQ8AXOAHAKTgBwCw4AcA9+AHAP/gBwAzHg8AT+EHAJ3hBwCs4QcA8OEHABDiBwBD4gcAT+IHAJbiBwCc4gcA6eIHAPHiBwA84wcAQ+MHAI/jBwCR4wcA4uMHAO7jBwA15AcAS+QHAIjkBwCN5AcA2+QHAOjkBwCGHg8AM+UHAIHlBwCQ5QcA1OUHAPTlBwAn5gcAM+YHAHrmBwCA5gcAzeYHANXmBwAg5wcAJ+cHAHPnBwB15wcAxucHANLnBwAZ6AcAL+gHAGzoBwBx6AcAv+gHAMzoBwAS6QcAGukHAGXpBwBr6QcAuOkHAMHpBwAL6gcAGOoHAF7qBwBr6gcAseoHAL/qBwAE6wcAEesHAFfrBwBu6wcAqusHANjrBwDZHg8AA+wHAFDsBwAK7AcAEw0NAGbsBwCj7AcAsewHAPbsBwD57AcASe0HAEztBwCc7QcAqu0HAO/tBwD07QcAQu4HAE/uBwCV7gcAne4HAOjuBwDv7gcAO+8HAEfvBwCO7wcAm+8HAOHvBwDv7wcANPAHAEDwBwCH8AcAjvAHANrwBwDi8AcALfEHADHxBwCA8QcAi/EHANPxBwDh8QcAJvIHADfyBwB58gcAhfIHAMzyBwDU8gcALB8PACXzBwBy8wcAhvMHAMXzBwDT8wcAGPQHACX0BwBr9AcAgvQHAL70BwDG9AcAEfUHABv1BwBk9QcAafUHALf1BwC/9QcACvYHABn2BwBd9gcAYvYHALD2BwC99gcAA/cHABD3BwBW9wcAYvcHAKn3BwC49wcA/PcHAAb4BwBP+AcAV/gHAKL4BwCs+AcA9fgHAPr4BwBI+QcAUPkHAH8fDwCm+QcA7vkHAPr5BwBB+gcASfoHANIfDwCZ+gcA5/oHAPb6BwA6+wcAWvsHAI37BwCZ+wcA4PsHAOb7BwAz/AcAO/wHAIb8BwCN/AcA2fwHANv8BwAs/QcAOP0HAH/9BwCV/QcA0v0HANf9BwAl/gcAMv4HACUgDwCB/gcAy/4HANH+BwAe/wcALP8HAHH/BwB+/wcAxP8HANv/BwAXAAgAHwAIAGoACAB5AAgAvQAIAMIACAAQAQgAHQEIAGMBCABwAQgAtgEIAMIBCAAJAggAGAIIAFwCCABmAggArwIIAMsCCAACAwgACgMIAHggDwBiAwgAnNELAGQDCACoAwgAsgMIAEIlDADIAwgA+wMIAAcECABOBAgAVAQIAKEECACpBAgA00QIAK0ECAD0BAgAuwQIAG0vCAAHBQgARwUIAFYFCACaBQgApgUIAO0FCADuBQgAQAYIAEoGCACTBggAoQYIAOYGCADrBggAOQcIAEYHCADLIA8AkgcIAN8HCADlBwgAMggIADcICACFCAgAiwgIAMQhDwDjCAgAKwkIADkJCAB+CQgAjwkIANEJCADdCQgAJAoIACwKCABqIg8AgwoIAMoKCADUCggAHQsIACwLCABwCwgAewsIAMMLCADRCwgAFgwIACMMCABpDAgAgAwIALwMCADEDAgADw0IABINCABiDQgAbg0IALUNCAC7DQgACA4IACMOCABbDggAZw4IAK4OCAC0DggAAQ8IAAkPCABUDwgAVg8IAKcPCACoDwgA+g8IAAgQCABNEAgAVRAIAKAQCAC7EAgA8xAIAP8QCABGEQgATBEIAJkRCACcEQgA7BEIAPoRCAA/EggARBIIAJISCACfEggAvSIPAPISCABXIgwA9hIIADgTCAD4EggA2noMAEQTCACLEwgAmBMIAN4TCADjEwgAMRQIADsUCACEFAgAlBQIANcUCADcFAgAKhUIADMVCAB9FQgAihUIANAVCADXFQgAIxYIAC8WCAB2FggAfBYIAMkWCADPFggAHBcIACEXCABvFwgAdRcIABAjDwDOFwgAFRgIABsYCABoGAgAbhgIALsYCADIGAgADhkIABMZCABhGQgAaRkIALQZCADpGQgABxoIADcaCABaGggAYhoIAK0aCAC6GggAABsIAAUbCABTGwgAWxsIAKYbCACpGwgA+RsIAAIcCABMHAgAWxwIAJ8cCACqHAgA8hwIAPocCABFHQgAVR0IAJgdCACmHQgA6x0IAPwdCAA+HggASh4IAJEeCACZHggACSQPAOoeCAA3HwgAPx8IAIofCACRHwgA3R8IAOsfCAAwIAgANiAIAIMgCACPIAgA1iAIAOUgCAApIQgAMyEIAHwhCACBIQgAzyEIANUhCAAiIggANiIIAFwkDwCCIggAyCIIAIQiCABNYwgAzSIIABsjCAAnIwgAbiMIAHsjCADBIwgAyyMIAK8kDwAvJAgAZyQIAGkkCAC6JAgAwCQIAA0lCABDJQgAYCUIAGYlCACzJQgAvCUIAAYmCAATJggAWSYIAI8mCACsJggAsyYIAP8mCAAEJwgAUicIAGEnCAClJwgAxScIAPgnCAAEKAgASygIAFEoCACeKAgAuCgIAPEoCAD0KAgARCkIAEkpCACXKQgApikIAOopCAAKKggAVSUPAF0qCACQKggAnCoIAOMqCADtKggANisIAEIrCAD+2AgAQysIAIkrCACOKwgA3CsIAOYrCAAvLAgAPywIAIIsCACHLAgA1SwIAN4sCAAoLQgANS0IAHstCACCLQgAzi0IANotCAAhLggAJy4IAHQuCAB6LggAxy4IAMwuCAAaLwgAIC8IAKglDwBwLwgAwC8IAMUvCAATMAgAIjAIAGYwCACGMAgATiYPAMcwCAAMMQgAGTEIAF8xCABmMQgAsjEIALoxCAAFMggABzIIAFgyCAAMMggAvKQKABwyCABgagoAXjIIAAOPCgBgMggAqzIIAK8yCABzOggAwTIIAIxMCgDGMggA/jIIAAAzCABRMwgAYjMIAKQzCACyMwgA9zMIAP4zCABKNAgAUjQIAJ00CACkNAgA8DQIAPU0CABDNQgAUjUIAJY1CAC2NQgA6TUIAPU1CAA8NggAQjYIAI82CACXNggA4jYIAO42CAA1NwgAQjcIAIg3CACjNwgA2zcIAOk3CAAuOAgANDgIAIE4CACGOAgA1DgIAOE4CAAnOQgAPTkIAHo5CACGOQgAzTkIANo5CAAgOggAKjoIAKEmDwB4OggAxjoIAMw6CAAZOwgAOTsIAGw7CAB6OwgAvzsIAMw7CAASPAgAKTwIAGU8CABtPAgAuDwIAMc8CAALPQgAED0IAF49CABrPQgAsT0IALs9CAAEPggABj4IAFc+CABlPggAqj4IALc+CAD9PggACT8IAFA/CABWPwgAoz8IAKs/CAD2PwgA/D8IAElACABSQAgAnEAIAKlACADvQAgA+UAIAEJBCABQQQgAlUEIAKtBCADoQQgA9EEIADtCCABDQggA9CYPAJhCCADhQggA50IIADRDCAA2QwgAh0MIAJFDCADaQwgA5kMIAC1ECABERAgAgEQIAJRECABHJw8A4UQIACZFCAApRQgAeUUIAIFFCADMRQgA2EUIAB9GCAAtRggAckYIAHxGCADFRggA0EYIABhHCAAkRwgAa0cIAHFHCAC+RwgAxkcIABFICAAeSAgAZEgIAGlICAC3SAgAwUgIAApJCAASSQgAXUkIAGNJCACwSQgAuUkIAANKCAAQSggAVkoIAGNKCACpSggAt0oIAPxKCAAJSwgAT0sIAGZLCACiSwgAqksIAPVLCAD6SwgASEwIAE5MCACbTAgAo0wIAO5MCAAETQgAQU0IAE9NCACUTQgAl00IAOdNCAD2TQgAOk4IAD9OCACNTggAmk4IAOBOCADwTggAM08IAEFPCACGTwgAnU8IANlPCADiTwgALFAIADJQCAB/UAgAi1AIANJQCADZUAgAmicPADFRCAB4UQgAelEIAMtRCADVUQgAHlIIACpSCABxUggAeVIIAO0nDwDJUggAF1MIACZTCABqUwgAilMIAL1TCADJUwgAEFQIABZUCABjVAgAa1QIALZUCAC3VAgACVUIAA9VCABcVQgAYVUIAK9VCADKVQgAAlYIABBWCABVVggAXFYIAKhWCAC0VggA+1YIAAFXCABAKA8AU1cIAKFXCACrVwgA9FcIAAVYCABHWAgAU1gIAJpYCACdWAgA7VgIAPBYCABAWQgASFkIAJNZCACaWQgA5lkIAOtZCAA5WggASFoIAIxaCACsWggA31oIAOtaCAAyWwgAOFsIAIVbCACNWwgA2FsIAOVbCAArXAgAMFwIAH5cCACIXAgA0VwIANlcCAAkXQgANF0IAHddCAB8XQgAyl0IANNdCAAdXggAKl4IAHBeCAB3XggAkygPAMheCAAWXwgAJV8IAGlfCACJXwgAvF8IAMhfCAAPYAgAFWAIAGJgCABqYAgAtWAIAMFgCAAIYQgAFWEIAFthCABiYQgArmEIAK9hCAABYggABmIIAFRiCABiYggAp2IIALRiCAD6YggABGMIAOYoDwBSYwgAoGMIAK1jCADzYwgAAGQIAEZkCABMZAgAmWQIAKVkCADsZAgA/GQIAD9lCABIZQgAkmUIAJVlCADlZQgA8WUIADhmCAA/ZggAOSkPAI1mCADeZggAkmYIAP9kCwCbZggAL68NAO9mCAAxZwgAOWcIAIRnCACOZwgA12cIAOZnCAAqaAgAK2gIAH1oCACFaAgA3ykPANhoCAAyKg8AQWkIAHZpCABGaQgAbdUIAEtpCADiiQgAfmkIAMlpCADYaQgAHGoIACFqCABvaggAfGoIAMJqCADPaggAFWsIACFrCABoawgAd2sIALtrCADFawgADmwIADFsCABhbAgAlmwIALRsCADYbAgAB20IAA9tCAB+Kw8AX20IAK1tCACzbQgAAG4IAAhuCADRKw8AYW4IAKZuCADBbggA+W4IAAVvCABMbwgAXW8IAJ9vCACzbwgA8m8IAPpvCABFcAgAS3AIAJhwCACkcAgA63AIAPtwCAA+cQgAR3EIAJFxCACUcQgA5HEIAPBxCAA3cggAPnIIACQsDwCYcggA3XIIAOdyCAB3LA8ANXMIAINzCACQcwgA1nMIAONzCAApdAgANXQIAHx0CACLdAgAz3QIANl0CAAidQgAMHUIAHV1CAB6dQgAyHUIANV1CAAbdggAI3YIAG52CAB0dggAwXYIAM12CAAUdwgAJHcIAGd3CABwdwgAuncIAL13CAANeAgAGXgIAGB4CABneAgAyiwPAMJ4CAAGeQgAC3kIAFl5CABmeQgArHkIALl5CAD/eQgABXoIAFJ6CABeeggApXoIALV6CAD4eggAAXsIAEt7CABOewgAnnsIAKp7CADxewgA+HsIAB0tDwBJfAgAl3wIAKR8CADqfAgACH0IAD19CABJfQgAkH0IAKN9CADjfQgA8X0IADZ+CAA5fggAiX4IAJN+CADcfggA6n4IAC9/CAA8fwgAgn8IAJl/CADVfwgA3X8IACiACAAvgAgAe4AIAICACADOgAgA5IAIACGBCAAjgQgAdIEIAIKBCADHgQgA1IEIAHAtDwAigggAwy0PAHKCCADAgggAzYIIABODCAAggwgAZoMIAHKDCAC5gwgAyIMIAAyECAAWhAgAX4QIAG2ECACyhAgAt4QIAAWFCAAShQgAWIUIAGCFCACrhQgAsYUIAP6FCAAKhggAUYYIAGGGCACkhggArYYIAPeGCAD6hggASocIAFaHCACdhwgApIcIABYuDwD8hwgAQ4gIAFOICACWiAgAn4gIAOmICADsiAgAPIkIAEiJCACPiQgAlokIAGkuDwDriQgAII0IAOyJCAA1iggARIoIAIiKCABGiggA1IsIAImKCADbiggA94oIAC6LCABkiwgAgYsIALeLCAC8Lg8A14sIACeMCABDjAgAeowIALCMCADNjAgAA40IAA8vDwAtjQgAc40IAIGNCADGjQgA2Y0IABmOCAA1jggAbI4IAKKOCAC/jggA9Y4IAGIvDwAjjwgAZY8IAHGPCAC4jwgAwI8IALUvDwAQkAgAXpAIAGaQCACxkAgAwJAIAASRCAAJkQgAV5EIAGSRCACqkQgAt5EIAP2RCAAJkggAUJIIAF+SCACjkggArZIIAPaSCAD+kggASZMIAFOTCACckwgAoZMIAO+TCAD3kwgACDAPAFGUCACVlAgAU5QIAOGVCACWlAgA6JQIAASVCAA7lQgAcZUIAI6VCADElQgAWzAPAOSVCAA0lggAUJYIAIeWCAC9lggA2pYIABCXCACuMA8AMJcIAICXCACRlwgA05cIAO+XCAAmmAgAXJgIAHmYCACvmAgAATEPANmYCAAfmQgAK5kIAHKZCACBmQgAxZkIAM+ZCAAYmggAJpoIAGuaCABwmggAvpoIAMuaCAARmwgAGZsIAGSbCABqmwgAt5sIAHSbCAD7/AgAw5sIAAqcCAAanAgAXZwIAGacCACwnAgAs5wIAAOdCAAPnQgAVp0IAF2dCABUMQ8Arp0IAI4tCwCznQgA/J0IALWdCAAaxwoABp4IAE+eCABQnggAop4IALGeCAD1nggA+p4IAEifCABVnwgAm58IAKifCADunwgA+p8IAEGgCABQoAgAlKAIAJ6gCADnoAgA9aAIADqhCAA/oQgAjaEIAJqhCADgoQgA4aEIADOiCAA4oggAhqIIAIuiCADZoggA6qIIACyjCABPowgAf6MIAIqjCADSowgA16MIACWkCAAopAgAeKQIAIKkCADLpAgA9qQIAB6lCAA9pQgApzEPAH2lCADEpQgAxqUIABemCAAmpggAaqYIAHWmCAC9pggAxaYIABCnCAAXpwgAY6cIAGWnCAC2pwgAwKcIAAmoCAALqAgAXKgIAHWoCACvqAgAsagIAAKpCAAFqQgAVakIAGGpCACoqQgAsKkIAPoxDwAHqggATqoIAFSqCAChqggAvKoIAPSqCAAAqwgAR6sIAE2rCACaqwgAoqsIAO2rCADvqwgAQKwIAEqsCACTrAgAm6wIAE0yDwD3rAgAOa0IAECtCACMrQgAlK0IAN+tCADsrQgAMq4IADeuCACFrggAj64IANiuCADgrggAK68IADqvCAB+rwgAg68IANGvCADerwgAJLAIADGwCAB3sAgAg7AIAMqwCADZsAgAHbEIACexCABwsQgAeLEIAMOxCADNsQgAFrIIABuyCABpsggAcbIIAKAyDwDIsggAD7MIAB+zCABiswgAa7MIALWzCAC4swgACLQIABS0CABbtAgAYrQIAPMyDwC0tAgAAbUIAAe1CABUtQgAWbUIAKe1CACttQgARjMPAAC2CABNtggAU7YIAKC2CACltggAbbkMAK22CADztggA+LYIAEa3CABOtwgAmbcIAMu3CAAOvwgA0LcIAOy3CAAjuAgAP7gIAHa4CACSuAgAwrgIAOW4CADtuAgAOLkIAEe5CACLuQgAkLkIAN65CADruQgAMboIAD66CACEuggAkLoIANe6CADmuggAKrsIADS7CAB9uwgAi7sIANC7CADVuwgAI7wIADC8CAB2vAgAfrwIAMm8CADPvAgAHL0IACi9CABvvQgAf70IAMK9CADLvQgAFb4IABi+CABovggAdL4IALu+CADCvggAmTMPAEW/CABhvwgAkb8IALS/CAC8vwgAB8AIABbACABawAgAX8AIAK3ACAC6wAgAAMEIAA3BCABTwQgAX8EIAKbBCAC1wQgA+cEIAAPCCABMwggAWsIIAJ/CCACkwggA8sIIAP/CCABFwwgATcMIAJjDCACewwgA68MIAPfDCAA+xAgATsQIAJHECACaxAgA5MQIAOfECAA3xQgAQ8UIAIrFCACRxQgA7DMPAN/FCACqyAwA68UIADDGCAA9xggAg8YIAI/GCADWxggA3MYIACnHCAAvxwgAfMcIAIHHCADPxwgA1ccIAD80DwBIyAgAdcgIAJvICADIyAgA+sgIABvJCABSyQgAbskIAJ7JCADlNA8AzckIABTKCADPyQgAuNsJAB7KCABnyggAgcoIALrKCADJyggADcsIABLLCABgywgAbcsIALPLCADAywgABswIABLMCABZzAgAaMwIAKzMCAC2zAgA/8wIAAvNCABSzQgAZc0IAKXNCAC0zQgA+M0IAATOCABLzggATM4IAJ7OCACozggA8c4IAP/OCABEzwgASc8IAJfPCACkzwgAODUPAO/PCAA90AgAStAIAJDQCACd0AgA49AIAO/QCAA20QgARdEIAInRCACT0QgA3NEIAOrRCAAv0ggANNIIAILSCACP0ggA1dIIAN3SCAAo0wgALtMIAHvTCACH0wgAztMIAN7TCAAh1AgAKtQIAHTUCAB31AgAx9QIANPUCAAa1QgAIdUIADE2DwBy1QgAwNUIAMPVCAAT1ggAG9YIAGbWCABy1ggAudYIAL/WCAAM1wgAEtcIAF/XCABk1wgAstcIALjXCACENg8APNgIAFjYCACP2AgAq9gIAM/YCAAqNw8ABNkIABDzCQAR2QgAUdkIAGDZCACk2QgAsNkIAPfZCAD42QgAStoIAFTaCACd2ggAq9oIAPDaCAD12ggAQ9sIAFDbCAB9Nw8AudsIAOnbCAAg3AgAPNwIAHPcCACP3AgAxtwIAOLcCAAG3QgA0DcPAEPdCACI3QgAjd0IANvdCADo3QgALt4IADbeCACB3ggAh94IANTeCADg3ggAJ98IADffCAB63wgAg98IAM3fCADQ3wgAIOAIAFjgCABz4AgAf+AIACM4DwDM4AgAGeEIADLhCABs4QgAeuEIAL/hCADM4QgAEuIIABniCABl4ggAbuIIALjiCADF4ggAC+MIACLjCABe4wgAYeMIALHjCACz4wgABOQIAA3kCABX5AgAZ+QIAKrkCADD5AgA/eQIAP/kCABQ5QgAWeUIAKPlCACr5QgA9uUIAPjlCABJ5ggAYuYIAJzmCACz5ggA7+YIAPvmCABC5wgAU+cIAJXnCACh5wgA6OcIAPPnCAA76AgASOgIAI7oCACY6AgAdjgPAPToCAA06QgAQukIAIfpCABu6QgAovEIAMDpCADa6QgA5+kIAC3qCAA16ggAgOoIAIbqCADT6ggA3+oIACbrCAAx6wgAeesIAILrCADM6wgAz+sIAB/sCAAh7AgAcuwIAHnsCADF7AgAx+wIAMk4DwAb7QgAa+0IAHntCAC+7QgAw+0IABHuCAAe7ggAZO4IAHDuCAC37ggAv+4IABw5DwAY7wgAXe8IAG3vCACw7wgAvu8IAAPwCAAM8AgAVvAIAGDwCACp8AgAq/AIAPzwCAAG8QgAT/EIAFHxCABvOQ8Ap/EIAPXxCAD98QgASPIIAE7yCACb8ggAp/IIAO7yCAD98ggAQfMIAErzCACU8wgAl/MIAOfzCADp8wgAOvQIAEH0CACN9AgAj/QIAMI5DwDl9AgAM/UIAE/1CACG9QgAovUIABU6DwDm9QgAPhAKAOj1CAAs9ggAMfYIAH/2CACM9ggA0vYIAN/2CAAl9wgAK/cIAHj3CACE9wgAy/cIANv3CAAe+AgAJ/gIAHH4CAB0+AgAxPgIAND4CAAX+QgAHvkIAGg6DwB5+QgAvfkIAML5CAAQ+ggAHfoIAGP6CABw+ggAtvoIALz6CAAJ+wgAFfsIAFz7CABs+wgAr/sIALj7CAAC/AgABfwIAFX8CABh/AgAqPwIAK/8CAC7Og8A/fwIAE79CABc/QgAof0IALL9CAAOOw8A+/0IAGE7DwBP/ggAtDsPAJ/+CADt/ggA+v4IAED/CABN/wgAk/8IAJ//CADm/wgA9f8IADkACQBDAAkAjAAJAJoACQDfAAkA5AAJADIBCQA/AQkAhQEJAI0BCQDYAQkA3gEJACsCCQA3AgkAfgIJAI4CCQDRAgkA2gIJACQDCQAnAwkAdwMJAIMDCQDKAwkA0QMJAAc8DwAiBAkAcAQJAHgECQDDBAkAxgQJABYFCQAfBQkAaQUJAHgFCQC8BQkAxwUJAA8GCQAXBgkAYgYJAHIGCQC1BgkAwwYJAAgHCQAZBwkAWwcJAGcHCQCuBwkAtgcJAFo8DwAHCAkAVAgJAFwICQCnCAkArggJAPoICQAICQkATQkJAFMJCQCgCQkArAkJAPMJCQACCgkARgoJAFAKCQCZCgkAngoJAOwKCQDyCgkAPwsJAFMLCQCtPA8AowsJAOULCQDxCwkAOAwJAD4MCQCLDAkAkQwJAN4MCQDjDAkAMQ0JADcNCQAAPQ8AiQ0JANcNCQDoDQkAKg4JADIOCQB9DgkANg4JABI1CQA4DgkATEwNAIcOCQDQDgkA3g4JACMPCQA5DwkAdg8JAIIPCQDJDwkA0A8JABwQCQAkEAkAbxAJAHQQCQDCEAkAyxAJABURCQAfEQkAaBEJAHARCQC7EQkAvxEJAA4SCQAZEgkAYRIJAG8SCQC0EgkAxRIJAAcTCQATEwkAWhMJAGITCQBTPQ8ArxMJAAAUCQAOFAkAUxQJAF0UCQCmFAkAtBQJAPkUCQAGFQkATBUJAGMVCQCfFQkApxUJAPIVCQACFgkARRYJAEoWCQCYFgkAnhYJAOsWCQDzFgkAPhcJAEAXCQCRFwkAnhcJAOQXCQDsFwkANxgJADwYCQCKGAkAixgJAN0YCQDpGAkAMBkJAD0ZCQCDGQkAixkJANYZCQDlGQkAKRoJAC4aCQB8GgkAiRoJAM8aCQDcGgkAIhsJAC4bCQB1GwkAhBsJAMgbCQDSGwkAGxwJACkcCQBuHAkAcxwJAMEcCQDOHAkApj0PABcdCQBnHQkAbx0JALodCQDHHQkADR4JABIeCQBgHgkAah4JALMeCQC7HgkABh8JAAgfCQBZHwkAdB8JAKwfCQCuHwkA/x8JAA0gCQBSIAkAYyAJAKUgCQCnIAkA+CAJABEhCQBLIQkAXCEJAJ4hCQCqIQkA8SEJAAYiCQBEIgkATCIJAJciCQCdIgkA6iIJAPYiCQA9IwkAWiMJAJAjCQCZIwkA4yMJAO8jCQA2JAkAOSQJAIkkCQCTJAkA3CQJAOQkCQAvJQkAOSUJAIIlCQCQJQkA1SUJAOslCQAoJgkANCYJAHsmCQCCJgkAziYJANYmCQAhJwkAJicJAHQnCQB9JwkAxycJANEnCQAaKAkAIigJAG0oCQBvKAkAwCgJANAoCQATKQkAHSkJAGYpCQByKQkAuSkJAL8pCQAMKgkAFCoJAPk9DwBrKgkAsioJAMUqCQAFKwkAISsJAFgrCQBgKwkATD4PALkrCQD+KwkAFCwJAFEsCQBdLAkApCwJAKksCQD3LAkAAC0JAEotCQBULQkAnS0JAKUtCQDwLQkA8i0JAEMuCQBSLgkAli4JALMuCQDpLgkA8i4JADwvCQBKLwkAjy8JAJUvCQDiLwkA8C8JADUwCQBCMAkAiDAJAJ8wCQDbMAkA4zAJAC4xCQAwMQkAgTEJAIkxCQDUMQkA4zEJACcyCQAsMgkAejIJAIcyCQDNMgkA2jIJACAzCQAsMwkAczMJAIIzCQDGMwkA0DMJABk0CQAnNAkAbDQJAHE0CQC/NAkAzDQJAJ8+DwAYNQkAZTUJAGs1CQC4NQkAvTUJAAs2CQARNgkA8j4PAGw2CQCxNgkAxzYJAAQ3CQAQNwkAVzcJAFw3CQCqNwkAszcJAP03CQAHOAkAUDgJAHM4CQCjOAkApzgJAPY4CQCyOAkAQjoJAPg4CQBJOQkAVzkJAJw5CQCmOQkA7zkJABM6CQDrPw8ASDoJAJU6CQChOgkA6DoJAOo6CQA7OwkARTsJAI47CQCaOwkA4TsJAAU8CQA+QA8AODwJAIc8CQBDPAkA0z0JAIk8CQDaPAkA6DwJAC09CQA3PQkAgD0JAKQ9CQCRQA8A2T0JACY+CQAyPgkAeT4JAHs+CQDMPgkA1j4JAB8/CQArPwkAcj8JAJY/CQDkQA8A4j8JABhACQAhQAkAa0AJAHlACQC+QAkAxEAJABFBCQAdQQkAZEEJAGxBCQA3QQ8AvkEJAApCCQAjQgkAXUIJAGxCCQCwQgkAuEIJAANDCQASQwkAVkMJAFtDCQCpQwkAtkMJAPxDCQAJRAkAT0QJAFtECQCiRAkAsUQJAPVECQD/RAkASEUJAFZFCQCbRQkAoEUJAO5FCQD7RQkAikEPAEJGCQBvtgkAWkYJAJRGCQCeRgkA50YJAOlGCQA6RwkASEcJAI1HCQCaRwkA4EcJAOhHCQAzSAkAXEgJAIZICQCNSAkA2UgJAPJICQAsSQkAO0kJAH9JCQCHSQkA0kkJAOFJCQAlSgkAKkoJAHhKCQCFSgkAy0oJANhKCQAeSwkAKksJAHFLCQCASwkAxEsJAM5LCQAXTAkAJUwJAGpMCQBvTAkAvUwJAMpMCQDdQQ8AFU0JAGsyCwAcTQkAY00JADhNCQBM5A8Adk0JALZNCQDFTQkACU4JABVOCQBcTgkAaE4JAK9OCQC2TgkAAk8JAA5PCQBVTwkAXE8JAKhPCQCwTwkA+08JAP9PCQBOUAkAWVAJAKFQCQCtUAkA9FAJAAFRCQBHUQkAT1EJAJpRCQCkUQkA7VEJAPNRCQBAUgkAVFIJAJNSCQChUgkA5lIJAPNSCQA5UwkAUFMJAIxTCQCUUwkA31MJAOlTCQAyVAkAN1QJAIVUCQCNVAkA2FQJAOdUCQArVQkAMFUJAH5VCQCLVQkA0VUJAN5VCQAkVgkAMFYJAHdWCQCGVgkAylYJANRWCQAwQg8AJVcJAHBXCQB/VwkAw1cJAMhXCQAWWAkAH1gJAGlYCQB6WAkAvFgJAMNYCQAPWQkAF1kJAGJZCQBvWQkAtVkJALpZCQAIWgkAEloJAFtaCQBjWgkArloJAMdaCQABWwkADVsJAFRbCQBcWwkAg0IPALZbCQD6WwkAF1wJAE1cCQBWXAkAoFwJAK5cCQDzXAkA+VwJAEZdCQBSXQkAmV0JAKBdCQDsXQkA9F0JAD9eCQBPXgkAkl4JAJheCQDlXgkA6l4JADhfCQBOXwkAi18JAJNfCQDeXwkA6F8JADFgCQA8YAkAhGAJAJBgCQDXYAkA32AJANZCDwA3YQkAfWEJAIRhCQDQYQkA3GEJACNiCQApYgkAdmIJAIdiCQDJYgkA3WIJABxjCQAqYwkAb2MJAHxjCQDCYwkA2WMJABVkCQAdZAkAaGQJAG9kCQC7ZAkAvWQJAA5lCQAYZQkAYWUJAGNlCQC0ZQkAzWUJAAdmCQAJZgkAWmYJAF1mCQCtZgkAuWYJAABnCQAsZwkAKUMPAGJnCQCmZwkAw2cJAPlnCQACaAkATGgJAFpoCQCfaAkApWgJAPJoCQD+aAkARWkJAE1pCQB8Qw8AoGkJAOtpCQDxaQkAPmoJAEpqCQCRagkAlGoJAORqCQDpagkAN2sJAEBrCQCKawkAkGsJAN1rCQDsawkAMGwJADxsCQCDbAkAi2wJAM9DDwDcbAkAKW0JAC5tCQB8bQkAkm0JAM9tCQDXbQkAIm4JADBuCQB1bgkAf24JAMhuCQDLbgkAG28JACNvCQBubwkAb28JAMFvCQDHbwkAFHAJACJwCQBncAkAfXAJALpwCQC8cAkADXEJABNxCQBgcQkAdHEJALNxCQC7cQkABnIJABZyCQBZcgkAW3IJAKxyCQC7cgkA/3IJAAlzCQBScwkAV3MJAKVzCQCrcwkA+HMJAAx0CQBLdAkAU3QJAJ50CQCjdAkA8XQJAPd0CQBEdQkATHUJAJd1CQCadQkA6nUJAO91CQA9dgkARnYJAJB2CQCWdgkA43YJAPJ2CQA2dwkAQncJACJEDwCTdwkA3HcJAN53CQAveAkANngJAIJ4CQCJeAkA1XgJANt4CQAoeQkANnkJAHt5CQCIeQkAznkJAN55CQAhegkAJnoJAHR6CQB8egkAx3oJAJB6CQC35wkA03oJABp7CQAcewkABX4JACd7CQBtewkAcnsJAMB7CQDKewkAE3wJACN8CQBmfAkAa3wJALl8CQDCfAkADH0JABl9CQBffQkAZn0JALJ9CQC6fQkAdUQPABN+CQBYfgkAcH4JAKt+CQCtfgkA/n4JABV/CQBRfwkAU38JAKR/CQCyfwkA938JAASACQBKgAkAUoAJAMhEDwCjgAkA8IAJAPKACQBDgQkAUIEJAJaBCQCZgQkA6YEJAPqBCQA8ggkAPoIJAI+CCQCZggkA4oIJAO6CCQA1gwkAPYMJABtFDwCNgwkA24MJAN6DCQAuhAkAOIQJAIGECQCJhAkA1IQJAOGECQAnhQkAKYUJAHqFCQCQhQkAzYUJANmFCQAghgkAKIYJAG5FDwB2hgkAxoYJAM+GCQAZhwkAJ4cJAJmwCQAohwkAbIcJAHeHCQC/hwkAx4cJABKICQAdiAkAZYgJAGqICQC4iAkAu4gJAAuJCQAViQkAFEYPAGSJCQCxiQkAaIkJAOlsDADMiQkABIoJABCKCQBXigkAXYoJAKqKCQCyigkA/YoJABOLCQBQiwkAXosJAKOLCQCmiwkA9osJAA+MCQBJjAkAVYwJAJyMCQCnjAkA74wJAPGMCQBCjQkAXY0JAJWNCQCjjQkA6I0JAPWNCQA7jgkAUo4JAGdGDwCQjgkALm8MAKSOCQDhjgkA4o4JADSPCQA5jwkAh48JAI2PCQDajwkA3I8JAC2QCQAzkAkAgJAJAJSQCQDTkAkA25AJACaRCQA2kQkAeZEJAHuRCQDMkQkA2pEJAB+SCQAwkgkAukYPAHiSCQDFkgkA0ZIJAA1HDwAakwkAa5MJAHyTCQC+kwkAxpMJABGUCQAalAkAZJQJAGuUCQC3lAkAuJQJAGBHDwAWlQkAXZUJAF+VCQCwlQkAt5UJAAOWCQALlgkAVpYJAF+WCQCplgkAsJYJAPyWCQD9lgkAs0cPAFSXCQCilwkAqpcJAPWXCQD/lwkASJgJAFaYCQCbmAkAsZgJAO6YCQD6mAkAQZkJAEaZCQCUmQkAnZkJAOeZCQDxmQkABkgPADuaCQCNmgkAlZoJAFDXCgClmgkA4JoJAO2aCQAzmwkAP5sJAIabCQCQmwkA2ZsJAN2bCQAsnAkAMZwJAH+cCQCFnAkA0pwJAPKcCQAlnQkAPZ0JAHidCQCPnQkAy50JANedCQAengkAKJ4JAHGeCQBzngkAxJ4JAMueCQAXnwkAHp8JAGqfCQBwnwkAvZ8JAMmfCQAQoAkAE6AJAGOgCQBmoAkAtqAJAMKgCQAJoQkADKEJAFyhCQB4oQkAr6EJALehCQBZSA8ADqIJAFWiCQBfogkAqKIJAKqiCQD7ogkAAqMJAE6jCQBVowkAoaMJAKejCQD0owkAAqQJAEekCQBUpAkAmqQJAKqkCQDtpAkA8qQJAEClCQBIpQkAk6UJAKOlCQDmpQkA66UJADmmCQA/pgkAjKYJAJSmCQCsSA8A5aYJADKnCQA6pwkAhacJAIinCQDYpwkA5KcJACuoCQAxqAkAfqgJAJmoCQDRqAkA36gJACSpCQAzqQkAd6kJAIOpCQDKqQkA0qkJAFJJDwAiqgkAcKoJAHqqCQDDqgkAy6oJABarCQA2qwkAaasJAHarCQC8qwkAwasJAA+sCQATrAkAYqwJAG+sCQClSQ8AuqwJAAitCQALrQkAW60JAGWtCQCurQkAuq0JAAGuCQAUrgkAVK4JAGOuCQCnrgkAs64JAPquCQD7rgkATa8JAFevCQCgrwkArq8JAPOvCQD4rwkARrAJAFOwCQD4SQ8Ao7AJAOywCQDusAkAP7EJAFixCQCSsQkAo7EJAOWxCQDxsQkAOLIJAECyCQDxSg8AkrIJAN6yCQDlsgkAMbMJADezCQCEswkAkLMJANezCQDaswkAKrQJAC20CQB9tAkAhbQJANC0CQDgtAkAI7UJACi1CQB2tQkAf7UJAMm1CQDWtQkAHLYJACO2CQBESw8Ae7YJAMK2CQDPtgkAFbcJAB23CQBotwkAcrcJALu3CQDKtwkADrgJAA+4CQBhuAkAabgJALS4CQDDuAkAB7kJAAy5CQBauQkAZ7kJAK25CQC6uQkAALoJAAy6CQBTugkAYroJAKa6CQCwugkA+boJAAe7CQBMuwkAUbsJAJ+7CQCsuwkA8rsJAPq7CQBFvAkAT7wJAJi8CQCdvAkA67wJAPO8CQCXSw8ATL0JAJG9CQCdvQkA5L0JAOq9CQA3vgkAPb4JAIq+CQCPvgkA3b4JAOO+CQDqSw8APL8JAIO/CQCJvwkA1r8JANy/CQApwAkANsAJAHzACQCBwAkAz8AJANfACQAiwQkAQMEJAONMDwB3wQkAhuALAHjBCQDuNwsAe8EJAErMCgCLwQkAyMEJAMnBCQAbwgkAIMIJAG7CCQB0wgkAwcIJAMPCCQAUwwkAGsMJAGfDCQB7wwkAusMJAMLDCQANxAkAHcQJAGDECQBixAkAs8QJAMHECQAGxQkAF8UJADZNDwBfxQkArMUJALjFCQCJTQ8ADMYJAFLGCQBaxgkApcYJALLGCQD4xgkA+sYJAEvHCQBhxwkAnscJAKrHCQDxxwkA+ccJAC9ODwBQyAkAl8gJAJrICQDqyAkA78gJAD3JCQBOyQkAkMkJAJnJCQDjyQkA7ckJADbKCQBEygkAicoJAI7KCQDcygkA6coJAIJODwA7ywkAgssJAI/LCQDVywkA18sJACjMCQA+zAkAe8wJAIfMCQDOzAkA1swJANVODwAmzQkAdM0JAHrNCQDHzQkAz80JABrOCQAdzgkAbc4JAHnOCQDAzgkAxs4JABPPCQAuzwkAZs8JAHPPCQC5zwkAu88JAAzQCQAi0AkAX9AJAGvQCQCy0AkAutAJAChPDwAL0QkAWNEJAF3RCQCr0QkAxtEJAP7RCQAM0gkAUdIJAFjSCQCk0gkAsNIJAPfSCQD+0gkAe08PAFXTCQCd0wkApdMJAPDTCQD70wkAQ9QJAEjUCQCW1AkAmdQJAOnUCQDz1AkAPNUJAETVCQCP1QkAndUJAOLVCQDl1QkANdYJAD3WCQCI1gkAqNYJANvWCQDo1gkALtcJADPXCQCB1wkAhdcJANTXCQDh1wkAzk8PAEfYCQB62AkAg9gJAM3YCQDO2AkAINkJACjZCQBz2QkAg9kJAMbZCQDI2QkAGdoJACfaCQBs2gkAfdoJACFQDwDF2gkAEtsJAB7bCQB0UA8AbNsJAMdQDwC92wkAC9wJACXcCQBe3AkAbdwJALHcCQC83AkABN0JAAbdCQBX3QkAZN0JAKrdCQC33QkA/d0JAAneCQBQ3gkAYd4JAKPeCQCm3gkA9t4JABDfCQBJ3wkAUt8JAJzfCQCp3wkA798JAPXfCQBC4AkATuAJAJXgCQCY4AkA6OAJAO3gCQA74QkATOEJAI7hCQCp4QkA4eEJAO3hCQA04gkAO+IJAIfiCQCJ4gkA2uIJAOHiCQAt4wkANOMJAIDjCQCG4wkA0+MJAN/jCQAm5AkAKeQJAHnkCQB85AkAzOQJANjkCQAf5QkAMuUJAHLlCQCB5QkAxeUJANHlCQAY5gkAGeYJAGvmCQB15gkAvuYJAMzmCQAR5wkAFucJAGTnCQBx5wkAGlEPAL/nCQBtUQ8ADOgJAF3oCQBz6AkAsOgJALzoCQAD6QkAC+kJAMBRDwBc6QkAqekJALHpCQD86QkA/+kJAE/qCQBb6gkAouoJAKjqCQD16gkAEOsJAEjrCQBW6wkAm+sJAKrrCQDu6wkA+usJAEHsCQBJ7AkAE1IPAJnsCQDn7AkA8ewJADrtCQBC7QkAje0JAK3tCQDg7QkA7e0JADPuCQA47gkAhu4JAIruCQDZ7gkA5u4JAGZSDwBP7wkAf+8JAILvCQDS7wkA1+8JACXwCQA08AkAePAJAJjwCQDL8AkA1/AJAB7xCQAo8QkAcfEJAH3xCQDE8QkAyvEJABfyCQAd8gkAavIJAG/yCQC98gkAw/IJALlSDwAW8wkAY/MJAGjzCQC28wkAvPMJAF9TDwAM9AkAXPQJAGb0CQCv9AkAsfQJAAL1CQAb9QkAVfUJAGb1CQCo9QkAtvUJAPv1CQD+9QkATvYJAFn2CQCh9gkAqfYJAPT2CQD29gkAR/cJAE/3CQCa9wkAp/cJAO33CQD59wkAQPgJAET4CQCT+AkAm/gJAOb4CQD1+AkAOfkJAD75CQCM+QkAmfkJAN/5CQDs+QkAMvoJAD76CQCF+gkAlPoJANj6CQDi+gkAK/sJADn7CQB++wkAg/sJANH7CQDe+wkAslMPACz8CQAFVA8Ae/wJAK4ACgCD/AkAyvwJAND8CQAd/QkAI/0JAHD9CQB9/QkAw/0JAMj9CQAW/gkAHv4JAGn+CQCb/gkAYv8JAKD+CQC8/gkA4v4JALX/CQDz/gkAD/8JAEb/CQBYVA8Amf8JAKtUDwDb/wkACAAKADoACgBbAAoAkgAKAP5UDwC8AAoAAQEKAA4BCgBUAQoAYAEKAKcBCgCtAQoA+gEKAAACCgBNAgoAUgIKAKACCgCmAgoAUVUPABkDCgDsAwoAKgMKAEYDCgB9AwoA91UPANADCgBKVg8AEgQKAD8ECgBxBAoAkgQKAMkECgCdVg8A7wQKADgFCgA9BQoAiwUKAJMFCgDwVg8A4wUKADEGCgA6BgoAhAYKAJEGCgDXBgoA3gYKAENXDwAyBwoAllcPAJAHCgDQBwoA3AcKACMICgAyCAoAdggKAH8ICgDJCAoA0wgKABwJCgAeCQoAbwkKAIgJCgDCCQoA0wkKABUKCgAhCgoAaAoKAHAKCgDpVw8AyQoKAA4LCgAfCwoAYQsKAG0LCgC0CwoAvAsKADxYDwAMDAoAWgwKAGQMCgCtDAoAtQwKAAANCgAQDQoAUw0KAFgNCgCmDQoArw0KAPkNCgAGDgoATA4KAFMOCgCPWA8ApQ4KAIgUDQCsDgoA8g4KALIOCgBKEQ0A9w4KAEUPCgBRDwoAmA8KAKUPCgDrDwoA9Q8KAOJYDwBDEAoAkRAKAJ0QCgDkEAoA8RAKADcRCgBBEQoAihEKAKYRCgDdEQoA5REKADVZDwA1EgoAgxIKAIsSCgDWEgoA2RIKACkTCgAyEwoAfBMKAIsTCgDPEwoA2hMKACIUCgAqFAoAdRQKAIUUCgDIFAoA1hQKABsVCgAsFQoAbhUKAHoVCgDBFQoAyRUKAIhZDwAaFgoAZxYKAG8WCgC6FgoAwRYKAA0XCgAbFwoAYBcKAGYXCgCzFwoAvxcKAAYYCgAVGAoAWRgKAGMYCgCsGAoAsRgKAP8YCgAFGQoAUhkKAGYZCgClGQoArRkKAPgZCgAWGgoASxoKAFMaCgDbWQ8AphoKAC5aDwD5GgoARBsKAF0bCgCXGwoAoBsKAOobCgD6GwoAPRwKAE0cCgCQHAoAnBwKAOMcCgDpHAoANh0KAEQdCgCJHQoAlh0KANwdCgDzHQoALx4KADceCgCCHgoAjB4KANUeCgDjHgoAKB8KAD4fCgB7HwoAhx8KAM4fCgDVHwoAISAKACkgCgB0IAoAeSAKAMcgCgDQIAoAGiEKACQhCgBtIQoAdSEKAMAhCgDCIQoAEyIKACMiCgBmIgoAcCIKALkiCgDFIgoADCMKABIjCgBfIwoAZyMKANRaDwC7IwoABSQKABYkCgBYJAoAZCQKAKskCgC4JAoA/iQKAAMlCgBRJQoAWyUKAKQlCgC0JQoA9yUKAPwlCgBKJgoAUyYKAJ0mCgCqJgoA8CYKAPcmCgBDJwoATycKAJYnCgCcJwoA6ScKAO8nCgA8KAoAQSgKAI8oCgCVKAoAJ1sPAOcoCgA1KQoAPSkKAIgpCgCeKQoA2ykKAOApCgAuKgoANSoKAIEqCgCKKgoA1CoKAOUqCgAnKwoAMysKAHorCgCCKwoAIFwPAM8rCgAgLAoANiwKAHMsCgB/LAoAxiwKAM0sCgAZLQoAIS0KAHNcDwBxLQoAvy0KAMctCgASLgoAKC4KAGUuCgBqLgoAuC4KAL8uCgALLwoAFC8KAF4vCgBvLwoAsS8KAL0vCgAEMAoADDAKAMZcDwBZMAoAqjAKAMAwCgD9MAoACTEKAFAxCgBXMQoAozEKAKsxCgAZXQ8A+zEKAEkyCgBQMgoAnDIKAKUyCgDvMgoAADMKAEIzCgBOMwoAlTMKAJ0zCgBsXQ8A6jMKADs0CgBKNAoAjjQKAK40CgDhNAoA4zQKADQ1CgBLNQoAhzUKAJM1CgDaNQoA4jUKABJeDwAyNgoAgDYKAII2CgDTNgoA2jYKACY3CgAuNwoAeTcKAII3CgDMNwoA0jcKAB84CgAwOAoAcjgKAHo4CgC4Xg8A0TgKABg5CgAbOQoAazkKAHA5CgC+OQoAzzkKABE6CgAsOgoAZDoKAHA6CgC3OgoAvzoKAAtfDwAgOwoAXTsKAF47CgCwOwoAtTsKAAM8CgAJPAoAVjwKAGA8CgCpPAoAsTwKAPw8CgAOPQoAXl8PAFw9CgCiPQoArD0KAPU9CgD7PQoASD4KAFw+CgCbPgoAoz4KAO4+CgD+PgoAQT8KAEY/CgCUPwoAmj8KAOc/CgDvPwoAOkAKADtACgCNQAoAj0AKAOBACgDvQAoAM0EKAFNBCgCGQQoAiEEKANlBCgDwQQoALEIKADhCCgB/QgoAh0IKALFfDwDaQgoAJUMKAD5DCgB4QwoAgUMKAMtDCgDVQwoAHkQKACZECgBxRAoAgUQKAMRECgDJRAoAF0UKACBFCgBqRQoAd0UKAL1FCgDERQoAEEYKABhGCgBXYA8AbUYKALZGCgC+RgoACUcKABdHCgBcRwoAaUcKAK9HCgC3RwoAAkgKAARICgBVSAoAXUgKAKhICgCpSAoA+0gKAP1ICgBOSQoAXUkKAKFJCgDBSQoA9EkKAPZJCgBHSgoAXkoKAJpKCgCmSgoA7UoKAAdLCgBASwoAaUsKAJNLCgCWSwoA5ksKAOtLCgA5TAoARkwKAKpgDwCOTAoA30wKAOlMCgAyTQoAQU0KAIVNCgCQTQoA2E0KAOZNCgArTgoAOE4KAH5OCgCVTgoA0U4KANlOCgAkTwoAJU8KAHdPCgB5TwoAyk8KANlPCgAdUAoAPVAKAHBQCgByUAoAw1AKANpQCgAWUQoAIlEKAGlRCgBxUQoA/WAPAMFRCgAPUgoAFVIKAGJSCgBqUgoAtVIKANRSCgAIUwoAFVMKAFtTCgBcUwoArlMKAMRTCgABVAoAHVQKAFBhDwBZVAoAp1QKALFUCgD6VAoAAlUKAE1VCgBOVQoAoFUKAE9VCgBhXgoAplUKAPNVCgD/VQoARlYKAFZWCgCZVgoAp1YKAOxWCgD/VgoAP1cKAEtXCgCSVwoAmVcKAOVXCgDtVwoAOFgKADxYCgCLWAoAmVgKAN5YCgDoWAoAMVkKADxZCgCEWQoAjFkKANdZCgANWgoAKloKADJaCgB9WgoAgloKANBaCgDWWgoAI1sKACtbCgB2WwoAkFsKAMlbCgD/WwoAHFwKACRcCgBvXAoAdFwKAMJcCgDIXAoAFV0KAB1dCgBoXQoAgl0KALtdCgDVXQoADl4KAEReCgCjYQ8AaV4KALReCgC7XgoAB18KABNfCgBaXwoAW18KAK1fCgC5XwoAAGAKAA1gCgBTYAoAWmAKAKZgCgCyYAoA+WAKAAZhCgBMYQoAW2EKAJ9hCgCzYQoA9mEPAP9hCgBFYgoAT2IKAJhiCgCmYgoA62IKAAFjCgA+YwoASmMKAJFjCgCdYwoA5GMKAOpjCgA3ZAoAPWQKAIpkCgCPZAoA3WQKAONkCgBJYg8ANWUKAINlCgCFZQoA1mUKAN1lCgApZgoAMWYKAHxmCgB/ZgoAz2YKANhmCgAiZwoAMWcKAHVnCgCAZwoAyGcKANBnCgAbaAoAK2gKAG5oCgB8aAoAwWgKANJoCgAUaQoAIGkKAGdpCgBvaQoAQmMPANhpCgANagoAFWoKAJVjDwBsagoAs2oKAMlqCgAGawoADmsKAFlrCgB4awoA6GMPAK9rCgDRoQoAuWsKAP9rCgACbAoA+P0NAAdsCgBSbAoACWwKAOAyDABUbAoApWwKAFxsCgCkeAoAY2wKANVxCgCybAoA+GwKAAxtCgBLbQoAU20KAJ5tCgCjbQoA8W0KAAFuCgBEbgoATG4KAJduCgChbgoA6m4KAPVuCgA9bwoASW8KAJBvCgCYbwoAO2QPAOhvCgA2cAoAP3AKAIlwCgCPcAoA3HAKAOtwCgAvcQoAO3EKAIJxCgCFcQoAjmQPANpxCgAocgoAN3IKAHtyCgB9cgoAznIKAN9yCgAhcwoAMnMKAHRzCgCIcwoAx3MKAM9zCgAadAoAKHQKAG10CgB6dAoAwHQKAMN0CgATdQoAHXUKAGZ1CgBodQoAuXUKAMp1CgAMdgoAHXYKAF92CgBrdgoAsnYKALl2CgAFdwoADXcKAFh3CgBvdwoAq3cKALd3CgD+dwoAFHgKAFF4CgBUeAoA4WQPAK94CgD3eAoAA3kKAEp5CgBSeQoANGUPAKl5CgDweQoABnoKAEN6CgBGegoAlnoKAJ56CgDpegoA63oKADx7CgBXewoAj3sKAJF7CgDiewoA8HsKADV8CgBGfAoAiHwKAIp8CgDbfAoA9HwKAC59CgA/fQoAgX0KAI19CgCHZQ8A2n0KACd+CgA1fgoAen4KAJV+CgDNfgoA2X4KACB/CgAmfwoAc38KAHt/CgDGfwoA1n8KABmACgAegAoAbIAKAHWACgC/gAoAzIAKABKBCgAZgQoAZYEKAG2BCgDaZQ8AvYEKAAuCCgARggoAXoIKAGaCCgCxggoA2oIKAASDCgALgwoAV4MKAHCDCgCqgwoAuYMKAP2DCgAZhAoALWYPAFWECgCjhAoArYQKAPaECgAGhQoASYUKAE6FCgCchQoApYUKAO+FCgD8hQoAQoYKAEmGCgCVhgoAoYYKAOiGCgD7hgoAO4cKAEqHCgCOhwoAmocKAOGHCgDihwoANIgKAD6ICgCHiAoAlYgKANqICgDfiAoALYkKADqJCgCAZg8AkYkKANOJCgDViQoAJooKACmKCgB5igoAfIoKAMyKCgDTigoAH4sKACuLCgByiwoAgosKAMWLCgDViwoAGIwKAB2MCgBrjAoAdIwKAL6MCgDLjAoAEY0KABiNCgBkjQoAcI0KALeNCgC9jQoACo4KABCOCgBdjgoAYo4KALCOCgC2jgoAeWcPAA2PCgBWjwoAZI8KAKmPCgC5jwoA/I8KAP6PCgBPkAoAXpAKAKKQCgCskAoA9ZAKAP2QCgByaA8ATpEKAJuRCgCnkQoAxWgPAPORCgBBkgoASZIKAJSSCgCkkgoA55IKAPWSCgA6kwoAR5MKAI2TCgCUkwoA4JMKAOiTCgBraQ8ARJQKAIaUCgCNlAoA2ZQKAOGUCgAslQoAOZUKAH+VCgCElQoA0pUKANyVCgAllgoALZYKAHiWCgCRlgoAy5YKANeWCgAelwoAJpcKAL5pDwB9lwoAxJcKAMeXCgAXmAoAHJgKAGqYCgB7mAoAvZgKANiYCgAQmQoAHJkKAGOZCgBqmQoAtpkKANKZCgAJmgoAEZoKABFqDwBhmgoAr5oKALmaCgACmwoACpsKAFWbCgBlmwoAqJsKAK2bCgD7mwoABJwKAE6cCgBbnAoAoZwKAKicCgBkag8A/ZwKAEedCgBUnQoAmp0KAKmdCgDtnQoA950KAECeCgBOngoAk54KAJieCgDmngoA854KADmfCgBBnwoAt2oPAJifCgDfnwoA7J8KADKgCgA1oAoAhaAKAJOgCgDYoAoA3aAKACuhCgA4oQoAfqEKAIahCgAKaw8A2aEKACSiCgAqogoAd6IKACuiCgDz+woAg6IKAMqiCgDnogoAHaMKACajCgBwowoAfqMKAMOjCgDJowoAFqQKACKkCgBppAoAcKQKAF1rDwDCpAoAD6UKAB2lCgBipQoAfaUKALWlCgDBpQoACKYKAA6mCgCwaw8AfqYKAK6mCgC9pgoAAacKAAanCgBUpwoAYacKAKenCgC0pwoA+qcKAAaoCgBNqAoAXKgKAKCoCgCqqAoA86gKAAGpCgBGqQoAS6kKAJmpCgCmqQoA7KkKAAiqCgA/qgoAR6oKAANsDwCeqgoA5aoKAAKrCgA4qwoAQasKAIurCgCZqwoA3qsKAOSrCgAxrAoAPawKAISsCgCLrAoA16wKAN+sCgAqrQoAQK0KAH2tCgCCrQoA0K0KANetCgAjrgoALK4KAHauCgCHrgoAya4KANWuCgAcrwoAJK8KAKlsDwB1rwoAwq8KAMevCgAVsAoAMLAKAGiwCgB2sAoAu7AKAMKwCgAOsQoAGrEKAGGxCgBksQoAtLEKALyxCgAHsgoACLIKAFqyCgBcsgoArbIKALyyCgAAswoAILMKAFOzCgBVswoAprMKAL2zCgD5swoABbQKAEy0CgBUtAoA/GwPAKC0CgDytAoA/rQKAEW1CgBUtQoAmLUKAKC1CgBPbQ8A7bUKAD62CgBMtgoAkbYKAKK2CgCibQ8A67YKAPVtDwA/twoAm24PAJS3CgDdtwoA6bcKADC4CgBGuAoAg7gKAI+4CgDWuAoA6bgKACm5CgA3uQoAfLkKAIa5CgDubg8A17kKAEFvDwA4ugoAdboKAIG6CgDIugoA1boKABu7CgAluwoAbrsKAHC7CgDBuwoAy7sKABS8CgAivAoAZ7wKAGy8CgC6vAoAx7wKAA29CgAVvQoAYL0KAHC9CgCzvQoAtb0KAAa+CgAPvgoAWb4KAGq+CgCsvgoAtr4KAJRvDwALvwoAUr8KAGm/CgClvwoAwL8KAOdvDwARwAoAS8AKAFHACgCewAoAqMAKADpwDwDzwAoARMEKAFXBCgCXwQoAn8EKAOrBCgCzwQoAJekKAPbBCgA9wgoAQ8IKAJDCCgCWwgoA48IKAOjCCgA2wwoAPMMKAI1wDwClwwoA3MMKAOTDCgCGcQ8APcQKAILECgCTxAoA1cQKAObECgAoxQoANMUKAHvFCgCCxQoA2XEPAN/FCgAhxgoAMsYKAHTGCgCAxgoAx8YKAM7GCgAscg8AHMcKAG3HCgBuxwoAwMcKAMjHCgATyAoAGMgKAGbICgBvyAoAucgKAMPICgAMyQoAFMkKAF/JCgBkyQoAsskKAMLJCgAFygoADcoKAFjKCgBuygoAq8oKALfKCgD+ygoAFMsKAFHLCgBWywoApMsKAKrLCgD3ywoAC8wKAH9yDwBgzAoAncwKAKvMCgDwzAoA/cwKAEPNCgBFzQoAls0KAKDNCgDpzQoA9c0KADzOCgBDzgoAj84KAJfOCgDizgoA+84KADXPCgBJzwoAiM8KAJDPCgDbzwoA3c8KAC7QCgA70AoAgdAKAIbQCgDU0AoA3tAKACfRCgAy0QoAetEKAIbRCgDN0QoA09EKACDSCgAo0goAc9IKAHTSCgDG0goAzNIKABnTCgAe0woAbNMKAHvTCgC/0woAy9MKABLUCgAV1AoAZdQKAGjUCgDScg8AvdQKAAvVCgAn1QoAJXMPAH7VCgCx1QoAudUKAHhzDwAK1goAV9YKAGPWCgDLcw8AsNYKAP3WCgAJ1woAEHYPAFHXCgDh2goAYNcKAKPXCgCl1woA9tcKAADYCgBJ2AoAS9gKAJzYCgCt2AoA79gKAPfYCgBC2QoATtkKAJXZCgCb2QoA6NkKAO7ZCgA72goAQNoKAI7aCgCU2goAY3YPAOPaCgA02woAOtsKAIfbCgCK2woA2tsKAObbCgAt3AoANdwKAFx3DwCG3AoA09wKANncCgAm3QoAK90KAHndCgB/3QoAr3cPAM7dCgAf3goAKN4KAHLeCgCJ3goAxd4KANDeCgAY3woAIt8KAGvfCgBz3woAqHgPAMvfCgAR4AoAGeAKAGTgCgBu4AoAt+AKAMLgCgAK4QoAEOEKAF3hCgBp4QoAsOEKALLhCgAD4goACuIKAFbiCgBe4goAqeIKALviCgD7eA8AN+MKAE/jCgBX4woAouMKAMXjCgD0eQ8A9+MKAEjkCgBV5AoAm+QKAKLkCgDu5AoA/+QKAEHlCgBN5QoAlOUKAJvlCgDn5QoA6OUKAKYGCwDv5QoAR3oPAE3mCgCN5goAnOYKAODmCgDs5goAM+cKADTnCgCG5woAkOcKANnnCgDn5woALOgKADHoCgB/6AoAjOgKAJp6DwDa6AoA7XoPAC3pCgBAew8AeukKAMvpCgCE6QoAp0YMAM7pCgAK2gsA2OkKAB7qCgAs6goAceoKAIDqCgDE6goA5OoKABfrCgAj6woAausKAHHrCgC96woAxesKABDsCgAS7AoAY+wKAG3sCgA5fA8AwOwKAAntCgAR7QoAjHwPAGbtCgCv7QoAt+0KAN98DwA+7goAVe4KAF3uCgCo7goAxu4KADJ9DwAJ7woATu8KAFXvCgBIMAwAXu8KAKHvCgCx7woA9O8KAADwCgBH8AoATfAKAJrwCgC28AoA7fAKAPXwCgCFfQ8AVPEKAJPxCgCd8QoA5vEKAPLxCgA58goAQfIKANh9DwCX8goA3/IKAOHyCgAy8woAOPMKAIXzCgCN8woAK34PANrzCgAr9AoALvQKAH70CgCG9AoA0fQKAOH0CgAk9QoAJvUKAHf1CgCF9QoAyvUKANv1CgB+fg8AJPYKANF+DwB29goAw/YKAMj2CgAW9woAHPcKACR/DwB29woAvPcKAMb3CgAP+AoAEfgKAGL4CgB1+AoAtfgKAL34CgAI+QoAFPkKAFv5CgBh+QoArvkKALT5CgAB+goABvoKAFT6CgBa+goAHYAPALD6CgD6+goAB/sKAE37CgBU+woAoPsKAKj7CgBwgA8A//sKAEb8CgBQ/AoAmfwKAKX8CgDs/AoA+/wKAD/9CgBJ/QoAkv0KAJ79CgDl/QoA7P0KAMOADwA7/goAYAINAD7+CgCL/goAR/4KALggDACX/goA3v4KAOb+CgAWgQ8APf8KAIT/CgCO/woA1/8KAOP/CgAqAAsAOQALAH0ACwCHAAsA0AALANwACwAjAQsAKgELAGmBDwCEAQsAyQELAJYBCwB7EQwA4AELABwCCwApAgsAbwILAHECCwDCAgsA0wILABUDCwAxAwsAaAMLAHADCwC8gQ8A1AMLAA4ECwAiBAsAYQQLAGkECwC0BAsAtwQLAAcFCwAVBQsAWgULAHEFCwCtBQsAugULAAAGCwACBgsAUwYLAGQGCwAPgg8ArAYLAPkGCwD+BgsATAcLAGIHCwCfBwsArQcLAPIHCwD1BwsARQgLAFEICwCYCAsAnggLAOsICwD3CAsAPgkLAGcJCwCRCQsAnQkLAOQJCwDzCQsANwoLAEEKCwCKCgsAmAoLAN0KCwDiCgsAMAsLAD0LCwBigg8AhQsLANYLCwDkCwsAKQwLADYMCwB8DAsAjgwLALWCDwDeDAsAIg0LAC4NCwB1DQsAjg0LAMgNCwDKDQsAGw4LACoOCwBuDgsAjg4LAMEOCwDJDgsAFA8LADcPCwBnDwsAfQ8LALoPCwC/DwsADRALABAQCwBgEAsAahALALMQCwC7EAsABhELAAwRCwBZEQsAZRELAKwRCwC7EQsA/xELAAsSCwBSEgsAXxILAKUSCwCvEgsA+BILAAATCwBLEwsAWhMLAJ4TCwCgEwsA8RMLAAIUCwBEFAsAVRQLAJcUCwCfFAsA6hQLAPsUCwA9FQsAPxULAJAVCwCTFQsA4xULAO0VCwA2FgsAWhYLAIkWCwClFgsACIMPAOIWCwAvFwsANBcLAIIXCwCRFwsA1RcLAOEXCwAoGAsAKxgLAHsYCwB+GAsAzhgLANYYCwAhGQsAMBkLAHQZCwB5GQsAxxkLAN0ZCwAaGgsAGxoLAG0aCwB+GgsAwBoLAMwaCwATGwsAHRsLAGYbCwByGwsAuRsLAMAbCwBbgw8AEBwLAF8cCwBtHAsAshwLALwcCwAFHQsAEB0LAFgdCwBgHQsAqx0LALcdCwD+HQsAER4LAFEeCwBfHgsApB4LAK4eCwD3HgsA/x4LAEofCwBZHwsAnR8LAKIfCwDwHwsA9x8LAEMgCwBPIAsAroMPAKIgCwDpIAsA7CALADwhCwA/IQsAjyELAKkhCwDiIQsA7iELADUiCwBIIgsAiCILAJYiCwDbIgsA5SILAC4jCwBRIwsAAYQPAIsjCwDUIwsA4CMLACckCwAuJAsAeiQLAIIkCwDNJAsA0SQLACAlCwAuJQsAcyULAH0lCwDGJQsA0SULABkmCwAhJgsAbCYLAHsmCwC/JgsAxCYLABInCwAZJwsAZScLAHEnCwC4JwsAwCcLAFSEDwAhKAsA++AMACQoCwBeKAsAaCgLALEoCwC9KAsABCkLAAcpCwBXKQsAYSkLAKopCwCtKQsA/SkLAA0qCwBQKgsAUioLAKMqCwCxKgsA9ioLAAcrCwCnhA8AUCsLAPqEDwClKwsA7ysLAKYrCwCHzQwAvCsLAHwFDAAILAsAQiwLAEwsCwCVLAsAoSwLAOgsCwDrLAsAOy0LAEUtCwBNhQ8Aky0LAOEtCwABLgsANC4LADwuCwCghQ8AlS4LANouCwDwLgsALS8LADkvCwCALwsAhy8LANMvCwDbLwsAJjALACswCwB5MAsAgjALAMwwCwDWMAsAHzELACcxCwByMQsAgDELAMUxCwDSMQsAGDILACAyCwDzhQ8AezILAL4yCwDGMgsARoYPABgzCwBkMwsAcDMLALczCwC+MwsACjQLABI0CwBdNAsAZzQLALA0CwC+NAsAAzULABk1CwBWNQsAYjULAKk1CwCuNQsA/DULAAU2CwBPNgsAWTYLAKI2CwCqNgsA9TYLAPo2CwBINwsAWDcLAJs3CwCjNwsAmYYPAPg3CwBBOAsARDgLAOLHCwBJOAsA7IYPAKI4CwDnOAsA/TgLADo5CwBGOQsAjTkLAJQ5CwDgOQsA6DkLADM6CwA4OgsAhjoLAI86CwDZOgsA4zoLACw7CwA0OwsAfzsLAIE7CwDYRgsAjTsLANI7CwDfOwsAJTwLAC08CwA/hw8AhDwLAMs8CwDOPAsAHj0LACg9CwCShw8Afz0LAMQ9CwDaPQsAFz4LACM+CwBqPgsAcT4LAL0+CwDFPgsAED8LABU/CwBjPwsAbD8LALY/CwDAPwsACUALABFACwBcQAsAXkALAK9ACwC/QAsAAkELAAxBCwBVQQsAYUELAKhBCwCuQQsAOIgPAAlCCwBOQgsAZEILAKFCCwCtQgsA9EILAPlCCwBHQwsAUEMLAJpDCwCkQwsA7UMLAPVDCwBARAsAYkQLAIuIDwCiRAsA5kQLAPJECwA5RQsAOkULAIxFCwCWRQsA30ULAO1FCwAyRgsAN0YLAIVGCwCSRgsA3ogPAOhGCwArRwsANUcLAH5HCwCKRwsA0UcLANdHCwAkSAsALEgLANeJDwB8SAsAykgLANJICwAdSQsAKUkLANdSCwA2SQsAcEkLAHxJCwDDSQsAy0kLACqKDwAjSgsAaUoLAHFKCwC8SgsAykoLAA9LCwAcSwsAYksLAGVLCwC1SwsAv0sLAAhMCwAKTAsAW0wLAGhMCwCuTAsAvUwLAAFNCwANTQsAVE0LAFxNCwB9ig8At00LAPpNCwACTgsATU4LAFlOCwCgTgsApk4LAPNOCwD5TgsARk8LAEtPCwCZTwsAn08LANCKDwD5TwsAP1ALAERQCwCSUAsAnFALAOVQCwDtUAsAOFELAERRCwCLUQsAnlELAN5RCwDsUQsAMVILADRSCwCEUgsAjlILACOLDwDqUgsAKlMLADhTCwB9UwsAgFMLANBTCwDaUwsAdosPAChUCwB2VAsAMVQLAEpyCwB+VAsAyVQLANVUCwAcVQsAIlULAG9VCwAvVQsABXALAHVVCwDCVQsAx1ULABVWCwAbVgsAyYsPAG5WCwC7VgsAwFYLAA5XCwAUVwsAHIwPAG9XCwC0VwsAz1cLAAdYCwATWAsAWlgLAGFYCwBvjA8AtlgLAABZCwANWQsAU1kLAF9ZCwCmWQsAuVkLAPlZCwD6WQsATFoLAFhaCwCfWgsArloLAPJaCwD8WgsARVsLAFFbCwCYWwsAn1sLAMKMDwDxWwsAPlwLAERcCwCRXAsAllwLAORcCwDqXAsAaI0PAEBdCwCKXQsAl10LAN1dCwDhXQsAMF4LADJeCwCDXgsAkF4LANZeCwDgXgsAu40PADBfCwB8XwsAhF8LAM9fCwDbXwsAImALADVgCwB1YAsAhGALAMhgCwDUYAsAG2ELABxhCwBuYQsAeGELAMFhCwDPYQsAFGILABliCwBnYgsAdGILAA6ODwDGYgsADWMLABNjCwBgYwsAZmMLALNjCwC4YwsABmQLAAxkCwBhjg8AXmQLAKxkCwC2ZAsAB48PAAdlCwBSZQsAX2ULAKVlCwCqZQsA+GULAAJmCwBLZgsAU2YLAJ5mCwCqZgsA8WYLAARnCwBEZwsARWcLAJdnCwCjZwsA6mcLAPlnCwA9aAsAR2gLAJBoCwCYaAsA42gLAOVoCwBajw8AP2kLAIlpCwCYaQsA3GkLAOtpCwAvagsAO2oLAIJqCwCFagsA1WoLANhqCwCtjw8AKmsLAHtrCwB+awsAzmsLANZrCwAhbAsALmwLAHRsCwB5bAsAx2wLANFsCwAabQsAIm0LAG1tCwB5bQsAwG0LANNtCwATbgsAFG4LAGZuCwBybgsAuW4LAMhuCwAMbwsAFm8LAF9vCwBrbwsAsm8LALlvCwAAkA8AFHALAFhwCwBkcAsAq3ALAKxwCwD+cAsACHELAFFxCwBfcQsApHELAKlxCwD3cQsABHILAFOQDwBbcgsAppAPAKpyCwDwcgsA/nILAENzCwBUcwsAlnMLALhzCwD5kA8A7nMLADx0CwDvcwsAaKkLAER0CwCPdAsAkHQLAMZ4CwCSdAsAv3kLAJR0CwDNdwsAlXQLAAt7CwCWdAsA1HYLAJ50CwDidAsAqHQLAPZ9CwDndAsANXULAEJ1CwCIdQsAlXULANt1CwDndQsALnYLAD12CwCBdgsAi3YLAEyRDwDidgsAJ3cLACl3CwB6dwsAi3cLAJ+RDwDOdwsAIHgLACx4CwBzeAsAgHgLAPKRDwDUeAsAGXkLACZ5CwBseQsAg3kLAEWSDwDIeQsAV3wLAMl5CwASegsAFHoLAGV6CwBregsAuHoLAMJ6CwCYkg8AF3sLAF57CwBgewsAsXsLAMB7CwAEfAsAD3wLAOuSDwBmfAsAqnwLALl8CwD9fAsACX0LAFB9CwBcfQsAo30LAKp9CwA+kw8AAn4LAEl+CwBRfgsAkZMPALV+CwDvfgsAAH8LAEJ/CwBOfwsA5JMPAJx/CwDofwsA8H8LADuACwA8gAsAjoALAJSACwDhgAsA5oALADSBCwA1gQsAh4ELAJOBCwDagQsA4IELAC2CCwA3ggsAgIILAI6CCwCwhwsAlIILANOCCwDbggsAN5QPADaDCwB5gwsAgYMLAMyDCwDVgwsAH4QLANmDCwC3hgsALIQLAHKECwB5hAsAxYQLANGECwAYhQsAKIULAGuFCwB5hQsAvoULAMuFCwARhgsAHYYLAGSGCwBrhgsAipQPAMCGCwAKhwsAG4cLAF2HCwBuhwsA3ZQPALyHCwADiAsABogLAFaICwBeiAsAqYgLAK6ICwD8iAsADIkLAE+JCwBXiQsAookLAKuJCwD1iQsAr4kLAI2MCwACigsASIoLAE+KCwCbigsAp4oLAO6KCwD+igsAQYsLAE+LCwCUiwsAoYsLAOeLCwDziwsAOowLAEGMCwAwlQ8AlowLAOCMCwDxjAsAM40LAESNCwCDlQ8Ai40LANmNCwDmjQsALI4LADiOCwB/jgsAiY4LANKOCwDmjgsAJY8LACaPCwB4jwsAhI8LAMuPCwDqjwsAHpALACaQCwBxkAsAdpALAMSQCwDdkAsAF5ELAECRCwBqkQsAdpELAL2RCwDMkQsAEJILABqSCwBjkgsAa5ILALaSCwDBkgsACZMLAAuTCwBckwsAX5MLAK+TCwC3kwsAApQLAA+UCwBVlAsAWpQLAKiUCwCwlAsA+5QLAP2UCwBOlQsAWJULAKGVCwCrlQsA9JULAPqVCwBHlgsAVZYLAJqWCwCzlgsA7ZYLAPaWCwBAlwsASpcLAJOXCwCflwsA1pUPAPKXCwA5mAsAQ5gLAIyYCwCXmAsA35gLAOSYCwAymQsAOZkLAIWZCwCNmQsA2JkLAAKaCwAplg8AMpoLAH6aCwCGmgsA0ZoLAPuaCwAkmwsAKZsLAHebCwB4mwsAypsLANSbCwAdnAsAK5wLAHCcCwB1nAsAw5wLANCcCwAWnQsAMp0LAGmdCwCFnQsAfJYPAMmdCwAPngsAE54LAGKeCwBongsAtZ4LALeeCwAInwsACZ8LAFufCwB+nwsArp8LANKfCwABoAsAK6ALAFSgCwBcoAsAp6ALAKygCwD6oAsAB6ELAE2hCwBVoQsAoKELAKKhCwDzoQsA+6ELAEaiCwBwogsAmaILAKaiCwDsogsA8aILAD+jCwBMowsAkqMLAJ6jCwDlowsAD6QLADikCwBApAsAi6QLAKakCwDepAsA4KQLADGlCwBCpQsAhKULAI2lCwDXpQsA46ULAM+WDwA3pgsAfaYLAJimCwDQpgsA1aYLACOnCwBDpwsAdqcLAIKnCwDJpwsA0acLACKXDwAqqAsAb6gLAHmoCwDCqAsAzagLABWpCwAdqQsAyJcPAHGpCwC7qQsAxakLAA6qCwAZqgsAYaoLAHWqCwC0qgsAyaoLAAerCwAPqwsAWqsLAHGrCwCtqwsAsqsLAACsCwAKrAsAU6wLAFusCwAbmA8AqKwLAPmsCwAKrQsATK0LAE+tCwCfrQsAq60LAG6YDwAArgsARa4LAFauCwDBmA8Am64LAOuuCwDurgsAPq8LAEqvCwCRrwsAl68LAOSvCwDurwsAFJkPAESwCwCKsAsAobALAN2wCwDlsAsAZ5kPADixCwC6mQ8AjLELANaxCwDjsQsAKbILADOyCwB8sgsAirILAM+yCwDlsgsAIrMLAC6zCwB1swsAgbMLAMizCwDbswsAG7QLACq0CwButAsAerQLAMG0CwDCtAsAFLULAB61CwBntQsAdbULALq1CwC/tQsADbYLABq2CwANmg8AbrYLALO2CwDJtgsABrcLABK3CwBZtwsAYLcLAKy3CwC0twsA/7cLAAS4CwBSuAsAW7gLAKW4CwCvuAsA+LgLAAC5CwBLuQsAT7kLAJ65CwCguQsA8bkLAP+5CwBEugsATroLAJe6CwClugsA6roLAPe6CwA9uwsAVLsLAJC7CwCYuwsA47sLAPO7CwA2vAsAO7wLAIm8CwCPvAsA3LwLAOS8CwAvvQsANL0LAIK9CwCDvQsA1b0LAOG9CwAovgsALr4LAHu+CwB9vgsAzr4LANi+CwAhvwsAL78LAHS/CwB5vwsAx78LANS/CwAGmw8AMcALAG3ACwBzwAsAwMALAMzACwATwQsAKsELAGbBCwBowQsAucELAMPBCwAMwgsAGMILAF/CCwBrwgsAssILALjCCwAFwwsAC8MLAFjDCwBdwwsAq8MLALHDCwBZmw8AAcQLAN+KDQAJxAsAUcQLAFLECwCkxAsArsQLAPfECwAnxQsArJsPAE3FCwCdxQsAp8ULAP+bDwD5xQsAQ8YLAFnGCwCWxgsArMYLAOnGCwDrxgsAPMcLAELHCwCPxwsAo8cLAKWcDwDqxwsANcgLAP7HCwBZ7g8AO8gLAD20DABFyAsAiMgLAE7ICwDpEg0AisgLANvICwDpyAsALskLAD/JCwD4nA8AiMkLAEudDwDdyQsAJJQMAODJCwAnygsAKsoLAHrKCwCDygsAzcoLAN7KCwAgywsAKssLAHPLCwB7ywsAxssLAI/LCwCo4AwAycsLABnMCwAizAsAbMwLAILMCwC/zAsA1cwLABLNCwAUzQsAZc0LAGvNCwC4zQsAzM0LAJ6dDwA2zgsAXs4LAInOCwDxnQ8At84LAFaBDAC9zgsAUNALAL7OCwD1ggwAwM4LAPyBDADBzgsABM8LAAbPCwBXzwsAZc8LAKrPCwC7zwsARJ4PAAXQCwCXng8AVtALAKPQCwCp0AsA9tALAPvQCwBJ0QsAT9ELAOqeDwCo0QsA79ELAPfRCwCQnw8ATtILAJXSCwCf0gsA6NILAPHSCwA70wsAPNMLAI7TCwCW0wsA4dMLAObTCwA01AsARNQLADagDwCT1AsA2tQLANzUCwAt1QsAM9ULAIDVCwCH1QsA09ULANjVCwAm1gsAKtYLAHnWCwCG1gsAzNYLANTWCwAf1wsAJNcLAHLXCwCC1wsAiaAPANbXCwAY2AsAJNgLAGvYCwB62AsAvtgLAMjYCwAR2QsAH9kLAGTZCwBx2QsAt9kLAM7ZCwDcoA8ADdoLAIKhDwBg2gsAsNoLAGTaCwDNrg8AuNoLAAPbCwAu2wsAVtsLAIHbCwCp2wsA1NsLANWhDwAF3AsAT9wLAFDcCwCi3AsAsdwLAPXcCwC43AsAlN4LAAbdCwBI3QsASt0LAJvdCwCe3QsA7t0LAPHdCwBB3gsASd4LAM6iDwCZ3gsA594LAO7eCwA63wsAQ98LAI3fCwCe3wsA4N8LAOzfCwAz4AsAO+ALACGjDwCM4AsA2eALAODgCwAs4QsAMeELAH/hCwCD4QsA0uELAN/hCwAl4gsANOILAHjiCwCJ4gsAy+ILAM3iCwAe4wsAIeMLAHHjCwB04wsAxOMLAMzjCwB0ow8AHOQLAMgGDAAi5AsAhJcNACPkCwBq5AsAbeQLAL3kCwDH5AsAx6MPABnlCwBj5QsAcuULALblCwDF5QsACeYLABXmCwBc5gsAX+YLAK/mCwCy5gsAGqQPAAXnCwBV5wsAgOcLAG2kDwCw5wsAwKQPAAPoCwATpQ8AVugLAGalDwCm6AsA9OgLAAHpCwBH6QsASukLAJrpCwCf6QsA7ekLAP7pCwBA6gsATOoLALmlDwCY6gsA5uoLAPfqCwA56wsAResLAIzrCwCm6wsA3+sLAOPrCwDR7QsA5usLABbwCwDp6wsAYvELAOvrCwDK7gsA7esLANjsCwDw6wsAMuwLADfsCwCF7AsAnOwLAAymDwDl7AsAK+0LADvtCwB+7QsAg+0LAF+mDwDT7QsAJO4LACruCwB37gsAhO4LALKmDwDQ7gsAHe8LACPvCwBw7wsAde8LAMPvCwDJ7wsABacPACLwCwBp8AsAgvALALzwCwDF8AsAD/ELACbxCwBYpw8AaPELALXxCwC38QsACPILABfyCwBb8gsAZ/ILAKunDwC38gsAAfMLAA/zCwBU8wsAXvMLAKfzCwCz8wsA+vMLAP3zCwBN9AsAafQLAKD0CwCo9AsA/qcPAP/0CwBG9QsASfULAJn1CwCj9QsA96gPAPX1CwA/9gsATfYLAJL2CwCc9gsA5fYLAPH2CwA49wsAQPcLAJ2pDwCN9wsA3vcLAOz3CwAx+AsAQvgLAPCpDwCL+AsAQ6oPANz4CwAq+QsAMvkLAH35CwCD+QsA0PkLANn5CwAj+gsAMPoLAOmqDwB7+gsAyfoLAIL6CwBo/AsA0voLABz7CwAm+wsAb/sLAHf7CwDC+wsAAvwLABX8CwAd/AsAPKsPAG78CwC7/AsAwfwLAA79CwAW/QsAYf0LAKH9CwC0/QsAvP0LAI+rDwAP/gsA4qsPAGP+CwCt/gsAu/4LAAD/CwAK/wsAU/8LAF//CwCm/wsAqf8LAPn/CwABAAwAiKwPAFgADACfAAwAogAMAPIADAD8AAwA26wPAE0BDAAurQ8ApgEMAOsBDAD8AQwAPgIMAEoCDACRAgwAlAIMAIGtDwAmAwwANwMMAHkDDADUrQ8AmgMMAN0DDADfAwwAMAQMAD4EDACDBAwAlAQMACeuDwDyBAwAKQUMADEFDAB6rg8AigUMAM8FDADQBQwAIK8PAC4GDAB1BgwAfAYMAHOvDwDPBgwAGwcMACAHDADGrw8AdgcMABmwDwDJBwwAFAgMAAQIDADSJg4AFQgMALpbDAAXCAwArF0MAB0IDABnCAwAHggMAG5aDAAkCAwAs1wMAHQIDAC6CAwAxQgMAA0JDAAPCQwAYAkMAG0JDACzCQwAugkMAAYKDAAXCgwAWQoMAGUKDACsCgwAswoMAP8KDAAHCwwAbLAPAFgLDAClCwwAqwsMAPgLDAD9CwwASwwMAFEMDAC/sA8AqgwMAPEMDAD7DAwARA0MAEgNDACXDQwAow0MAOoNDAD2DQwAPQ4MAEoODACQDgwAmA4MAOMODADtDgwANg8MAEIPDACJDwwAjA8MANwPDADmDwwAZbEPADEQDACCEAwAhRAMANUQDADYEAwAC7IPADARDABesg8AiREMAM4RDADPEQwAsbIPACkSDAAEsw8AeRIMAMcSDADOEgwAGhMMAB8TDABXsw8AdRMMAKqzDwDIEwwAExQMAB0UDABmFAwAcRQMALkUDADHFAwADBUMAA8VDABfFQwAZxUMALIVDAC8FQwABRYMABEWDABYFgwAWxYMAKsWDAC1FgwA/bMPAAwXDABRFwwAZxcMAKQXDACwFwwA9xcMAP4XDABKGAwAUhgMAJ0YDACiGAwA8BgMAPkYDABDGQwATRkMAJYZDACeGQwA6RkMAOsZDAA8GgwATBoMAI8aDACZGgwA4hoMAO4aDAA1GwwAOxsMAIgbDACQGwwAo7QPAOkbDAAuHAwALxwMAPa0DwCGHAwASbUPANYcDAAnHQwAKB0MAHodDAB9HQwAzR0MANgdDAAgHgwAJR4MAHMeDAB9HgwAnLUPAOoeDAAZHwwAIR8MAO+1DwBuHwwAvx8MANAfDAASIAwAIyAMAGUgDABoIAwAQrYPAL4gDAALIQwAECEMAF4hDABhIQwAsSEMALQhDAAEIgwADCIMAJW2DwBlIgwAqiIMAK0iDAD9IgwACCMMAFAjDABcIwwAoyMMAKojDAD2IwwA/iMMAEkkDABXJAwAnCQMAKkkDADvJAwA9yQMAOi2DwBOJQwAlSUMAJglDADoJQwA8iUMADsmDABDJgwAO7cPAJomDADhJgwA5yYMADQnDAA+JwwAhycMAJsnDADaJwwA4icMAI63DwA6KAwAgCgMAIgoDADTKAwA1igMACYpDAAyKQwAeSkMAIMpDADMKQwA1SkMAB8qDAAgKgwAcioMAIoqDADFKgwAxyoMABgrDAApKwwAaysMAHwrDAC+KwwAxisMABEsDAAgLAwAZCwMAGYsDAC3LAwAyCwMAAotDAAbLQwAXS0MAHYtDACwLQwAsi0MAAMuDAASLgwAVi4MAHYuDAA0uA8A7i4MAPwuDABBLwwAh7gPAFEvDACiLwwAwi8MAPUvDAAJMAwA2rgPAFAwDACbMAwAqDAMAO4wDADzMAwAQTEMAEsxDACUMQwAnDEMAOcxDADtMQwAOjIMAEMyDACNMgwAmjIMAC25DwDsMgwAMzMMADkzDACGMwwAjDMMANkzDADiMwwALDQMAC00DAB/NAwAiTQMANI0DADeNAwAJTUMACw1DACAuQ8AgDUMANO5DwDTNQwAJroPACY2DAB5ug8AfTYMAMQ2DADUNgwAFzcMABw3DABqNwwAcDcMAL03DADJNwwAEDgMABg4DADMug8AdDgMALY4DADHOAwACTkMABs5DABcOQwAZDkMAK85DAC6OQwAAjoMAAc6DABVOgwAWjoMAKg6DADIOgwAH7sPAAs7DABOOwwAWDsMAKE7DACtOwwA9DsMAPo7DABHPAwATzwMAJo8DACcPAwA7TwMAKY8DABwQgwA/jwMAEA9DABRPQwAkz0MAKU9DADmPQwA7j0MADk+DABEPgwAjD4MAJE+DADfPgwA5D4MADI/DABSPwwAcrsPAIc/DADYPwwA5z8MACtADAA2QAwAfkAMAJBADADRQAwA2UAMACRBDAAvQQwAd0EMAHxBDADKQQwAz0EMAB1CDAA9QgwAxbsPAHJCDADDQgwA0kIMABZDDAAhQwwAaUMMAHtDDAC8QwwAxEMMAA9EDAAaRAwAYkQMAGdEDAC1RAwAukQMAAhFDAAoRQwAGLwPAGhFDACuRQwAxUUMAGu8DwAORgwAVEYMAGtGDAC+vA8AtEYMAPpGDAABRwwATUcMAFtHDACgRwwArUcMAPNHDAAKSAwAEb0PAE5IDABkvQ8Am0gMAOxIDAD6SAwAP0kMAFBJDAC3vQ8An0kMAOVJDAD8SQwACr4PAEJKDACLSgwAl0oMAN5KDADhSgwAMUsMADtLDABdvg8AoEsMALC+DwDfSwwAA78PADJMDAB9TAwAfkwMAA5QDACATAwAHE4MAIRMDADdVgwAh0wMANBMDACMTAwAAFIMAI1MDAAHUQwA1UwMADdWDADcTAwAI00MACZNDAB2TQwAgE0MAFa/DwDRTQwAqb8PACVODABvTgwAPE4MAOtUDAB9TgwAwk4MAMxODAAVTwwAIU8MAGhPDABrTwwAu08MAMNPDAD8vw8AEFAMAGFQDABkUAwAtFAMALdQDABPwA8ACVEMAFpRDABoUQwArVEMAL5RDAD1wA8AAlIMAFNSDABgUgwAplIMALVSDAD5UgwABVMMAExTDABdUwwAn1MMALBTDADyUwwA/lMMAEVUDABMVAwAmFQMAKBUDACbwQ8A+VQMAD5VDAA/VQwA7sEPAJ1VDADkVQwA61UMAEHCDwA+VgwAilYMAI9WDADnwg8A5lYMADBXDAA2VwwAg1cMAIVXDADWVwwA4FcMAClYDAA3WAwAfFgMAIFYDADPWAwA3FgMACJZDAA6WQwAdVkMAItZDADIWQwAy1kMABtaDAAjWgwAjcMPAHpaDADBWgwAxFoMABRbDAAeWwwA4MMPAG9bDAAzxA8AvFsMAA1cDAAQXAwAYFwMAGNcDACGxA8AtVwMAAZdDAAUXQwAWV0MAGpdDAAsxQ8AtV0MAP9dDAANXgwAUl4MABheDAAO7w0AXF4MAKVeDACxXgwA+F4MAPteDABLXwwAU18MANLFDwC4XwwAJcYPAAtgDABEYAwAXmAMAHjGDwCcYAwAzmQMAKVgDAB0ZQwAp2AMAOpgDADsYAwAPWEMAEthDACQYQwAoWEMAMvGDwDqYQwAHscPADxiDACJYgwAj2IMANxiDADhYgwAL2MMADVjDABxxw8AiGMMANVjDADaYwwAKGQMAD5kDAB7ZAwAg2QMABfIDwDuZAwAIWUMACllDABqyA8Ai2UMAMdlDADUZQwAGmYMAB9mDABtZgwAc2YMAMBmDADMZgwAE2cMABpnDABmZwwAbmcMALlnDADcZwwAEMkPABVoDABfaAwAbGgMALJoDADBaAwABWkMAAdpDABYaQwAYWkMAKtpDADCaQwA/mkMAAlqDABRagwAW2oMAKRqDACsagwAY8kPAP1qDABKawwAUGsMAJ1rDACiawwA8GsMAPZrDAC2yQ8AZWwMAJZsDACebAwAXMoPAPJsDAA8bQwAPW0MAI9tDACXbQwA4m0MAO1tDAA1bgwAOm4MAIhuDACNbgwA224MAPtuDACvyg8ANG8MAIFvDACIbwwA1G8MANlvDAAncAwAK3AMAHpwDACHcAwAzXAMANVwDAAgcQwAK3EMAHNxDAB4cQwAxnEMAMtxDAAZcgwAOXIMAALLDwB7cgwAv3IMAMpyDAAScwwAGnMMAGVzDABocwwAuHMMAG9zDACjdgwAxHMMAAt0DAAVdAwAXnQMAGd0DACxdAwAsnQMAAR1DAAMdQwAV3UMAGJ1DACqdQwAr3UMAP11DAACdgwAUHYMAHB2DABVyw8Ar3YMAPZ2DAD4dgwASXcMAE93DACcdwwAo3cMAO93DAD0dwwAQngMAEZ4DACVeAwAongMAOh4DADweAwAO3kMAEZ5DACOeQwAk3kMAOF5DADmeQwANHoMAFR6DACoyw8Aj3oMAPvLDwDkegwALXsMADZ7DACAewwAhnsMANN7DADfewwAJnwMAER8DAB5fAwAenwMAMx8DADOfAwAH30MACx9DAByfQwAgH0MAMV9DADUfQwAGH4MADR+DABrfgwAc34MAKHMDwDRfgwAEX8MABJ/DABkfwwAcH8MALd/DADGfwwACoAMABSADABdgAwAaYAMALCADAC3gAwA9MwPAAuBDABHzQ8AX4EMAKmBDAC2gQwAms0PAAGCDABPggwAXIIMAKKCDACsggwA7c0PAPeCDABIgwwAXoMMAJuDDACngwwAQM4PAPaDDADQmA0ADIQMAEGEDABfhAwAlIQMAJyEDADnhAwAtoQMACC9DQDohAwAhoYMAOqEDADShwwA84QMAHO9DQD3hAwAOoUMADyFDACNhQwAm4UMAOCFDADxhQwAk84PADuGDADmzg8AiIYMANmGDADchgwALIcMAC+HDAA5zw8Ah4cMAIzPDwDchwwAat0MAPKHDAAliAwAM4gMAHiIDAB5iAwA388PANOIDAAy0A8AQYkMAIXQDwB+iQwAxIkMANKJDAAXigwAIYoMAGqKDAByigwAvYoMAL6KDACajwwA2IoMAFWNDADmigwAEIsMABmLDABjiwwAZIsMALaLDADEiwwACYwMABOMDABcjAwAaIwMAK+MDAC1jAwAAo0MAB6NDADY0A8AY40MAKiNDAC1jQwA+40MAAWODABOjgwAUI4MAKGODAC4jgwA9I4MAACPDABHjwwAY48MACvRDwCrjwwA7Y8MAO+PDABAkAwASpAMAJOQDACjkAwA5pAMAOuQDAA5kQwAP5EMAIyRDACikQwA35EMAOeRDAAykgwANZIMAIWSDACOkgwA2JIMAOaSDAArkwwANZMMAH6TDACKkwwA0ZMMAO2TDAB+0Q8AMZQMAHeUDAB/lAwAypQMAM2UDAAI6wwA2pQMAB2VDAAflQwAD+oMACuVDABwlQwAfZUMAMOVDADRlQwAFpYMABmWDABplgwAdJYMALyWDADIlgwAD5cMABaXDABilwwAapcMALWXDAC3lwwACJgMABiYDABbmAwAZZgMAK6YDAC6mAwAAZkMAAeZDABUmQwAXJkMANHRDwCpmQwA+pkMAAiaDABNmgwAWpoMAKCaDACsmgwA85oMAPmaDABGmwwASZsMAJmbDAChmwwA7JsMAO6bDADJoAwA75sMAIudDAD8mwwAP5wMAEGcDABTpQwARJwMAJKcDACbnAwA5ZwMAPKcDAA4nQwAP50MACTSDwCUnQwAu6IMAJWdDAAqnwwAq50MAN6dDADsnQwAMZ4MADKeDAB30g8AkJ4MANeeDADengwAytIPACyfDAB9nwwAg58MANCfDADanwwAI6AMAC+gDAB2oAwAfaAMAB3TDwDioAwAHKEMACGhDABvoQwAdaEMAMKhDADMoQwAFaIMACGiDABoogwAb6IMAHDTDwDKogwADqMMAB2jDABhowwAbaMMALSjDAC3owwAB6QMAAqkDABapAwAaqQMAK2kDAC2pAwAAKUMABGlDADD0w8AYaUMAKalDAC3pQwAFtQPAACmDABp1A8AVKYMAJ+mDAChpgwAfKsMAKKmDAA+qAwAr6YMAPKmDAD0pgwABrAMAPemDABFpwwATqcMAJinDAClpwwA66cMAPKnDAC81A8AR6gMAG6tDABIqAwA3akMAF6oDACRqAwAn6gMAOSoDADlqAwAD9UPAEOpDACKqQwAkakMAGLVDwDfqQwAMKoMADaqDACDqgwAjaoMANaqDADiqgwAKasMADCrDAC11Q8AlasMAM+rDADUqwwAIqwMACisDAB1rAwAf6wMAMisDADUrAwAG60MACKtDAAI1g8Afa0MAMGtDADQrQwAFK4MACCuDABnrgwAaq4MALquDAC9rgwADa8MAB2vDABgrwwAaa8MALOvDADErwwAW9YPABSwDABZsAwAarAMAK7WDwCzsAwAAdcPAAexDABSsQwAibEMAKWxDACtsQwA+LEMAAiyDABLsgwATbIMAJ6yDACssgwA8bIMAAKzDABU1w8ASrMMAJezDACjswwAp9cPABa0DABN2A8ARrQMAJC0DACdtAwA47QMAP+0DAA2tQwAPrUMAKDYDwCatQwA3LUMAN61DAAvtgwAMLYMAIK2DACFtgwA1bYMAOG2DAAotwwAL7cMAHu3DACXtwwAzrcMANa3DABG2Q8ALrgMAHS4DACEuAwAx7gMAMy4DAAauQwASrkMAJnZDwBzuQwA7NkPAMi5DAATugwAFLoMACfDDAAZugwAwkAOAB26DABmugwAH7oMAJ2+DAAjugwA/rwMADG6DABlxgwAa7oMAE05DgBxugwAcDQOAHK6DAC5ugwAvLoMAAy7DAAWuwwAP9oPAGe7DACyuwwAuLsMAAW8DAAOvAwAWLwMAGW8DACrvAwAx7wMAJLaDwAAvQwAUb0MAAO9DABTRA4AX70MAKS9DAC1vQwA5doPAP29DABKvgwAVr4MADjbDwCjvgwA8L4MAPa+DABDvwwASL8MAJa/DACcvwwAMdwPAPC/DAAq3Q8AQcAMAI/ADACXwAwA4sAMAO7ADAA1wQwASMEMAIjBDACUwQwA28EMAOrBDAAuwgwAN8IMAIHCDACLwgwA1MIMAODCDADQ3Q8AOMMMAHrDDACGwwwAzcMMAM/DDAAgxAwAI8QMAHPEDAB/xAwAxsQMAM7EDAAj3g8AJcUMAGzFDAB8xQwAv8UMAMvFDAASxgwAGMYMAHbeDwCHxgwAuMYMAMDGDAALxwwAM8cMAF7HDABpxwwAsccMAL3HDAAEyAwAFcgMAFfIDABYyAwAyd4PALDIDAD9yAwACskMABzfDwBdyQwAo8kMALrJDAD2yQwAJsoMAEnKDABRygwAnMoMAKbKDADvygwA+8oMAELLDABFywwAlcsMAJ/LDABv3w8A8MsMADvMDABBzAwAjswMAJfMDADhzAwA7swMADTNDABQzQwAwt8PAInNDADazQwAjs0MANLaDADnzQwALc4MADTODACAzgwAgs4MANPODADZzgwAJs8MAC3PDAB5zwwAkc8MAMzPDADRzwwAH9AMANjPDADF0AwAKNAMAHLQDAB80AwAFeAPAMvQDAAY0QwAHtEMAGvRDABw0QwAvtEMAMTRDABo4A8AEtIMAGTSDAB10gwAt9IMAMPSDAAK0wwAFNMMAF3TDABp0wwAsNMMALfTDAC74A8ABdQMAFbUDAAO1AwA/08OAFnUDACp1AwAydQMAPzUDAAE1QwADuEPAGDVDACi1QwAqdUMAPXVDAD91QwASNYMAEvWDADn1wwAWNYMAJvWDACd1gwA7tYMAPzWDABB1wwAUtcMAGHhDwCb1wwAtOEPAPDXDAA62AwASdgMAI3YDACc2AwA4NgMAOzYDAAz2QwANtkMAIbZDACJ2QwA2dkMAOnZDAAs2gwANdoMAH/aDACQ2gwAB+IPANfaDAAl2wwALtsMAHjbDACC2wwAy9sMANPbDAAe3AwAPNwMAHHcDACP3AwAxNwMAOLcDAAX3QwANd0MAFriDwBx3QwAvd0MAMLdDAAQ3gwAyd0MAAnfDAAZ3gwAY94MAG3eDAC23gwA0t4MAK3iDwAP3wwAXN8MAGLfDACv3wwAy98MAADjDwAq4AwApuMPAH3gDAD54w8AsOAMAPLkDwAR4QwATuEMAFDhDACh4QwAp+EMAPThDAAI4gwAR+IMAE/iDACa4gwAwuIMAEXlDwD24gwAQOMMAE3jDACT4wwAoeMMAObjDADw4wwAOeQMAFPkDACM5AwAmeQMAN/kDADr5AwAMuUMADzlDACF5QwAjeUMAJjlDwDf5QwAK+YMADPmDADr5Q8AV+YMAOTmDwCK5gwA0eYMANjmDAAk5wwALOcMAD7mDwB55wwAyucMANvnDAAd6AwAJegMAHDoDAB66AwAw+gMAM/oDAAW6QwAGekMAGnpDABz6QwAN+cPANjpDACK5w8AHeoMAGLqDABz6gwA3ecPALzqDAAw6A8AEesMAFvrDABq6wwArusMAL3rDAAB7AwADewMAFTsDABX7AwAp+wMAKrsDAD67AwACu0MAE3tDABW7QwAoO0MALHtDACD6A8A/+0MAEbuDABO7gwA1ugPAJvuDADs7gwApe4MAJLvDADv7gwAP+8MAEfvDAAp6Q8AmO8MAOXvDADx7wwAOPAMAEDwDAB86Q8Al/AMAN7wDADh8AwAMfEMADvxDADP6Q8AifEMANfxDADt8QwAKvIMACvyDAB98gwAjvIMANDyDADc8gwAI/MMAC3zDAB28wwAgvMMACLqDwDV8wwAHPQMAB/0DABv9AwAefQMAMjqDwDF9AwAFfUMABj1DABo9QwAdPUMALv1DADB9QwADvYMABj2DAAb6w8AZvYMALT2DADB9gwAB/cMAAr3DABa9wwAdvcMAK33DAC19wwAbusPAAj4DADB6w8AW/gMABTsDwCp+AwA+fgMAL34DAD3tg0AGfkMAEz5DABg+QwAZ+wPAKz5DAC67A8A8/kMAEX6DABL+gwAmPoMAKT6DADr+gwA+voMAD77DABA+wwAkfsMAJv7DADk+wwA8PsMADf8DAA+/AwADe0PAJb8DABg7Q8A5fwMALPtDwB1/QwAg/0MAMj9DADW/QwAG/4MACn+DABu/gwAfP4MAMH+DADP/gwAFP8MACL/DABn/wwABu4PAHf/DADI/wwA1v8MABsADQAsAA0ArO4PAHQADQDBAA0AzQANAP/uDwAaAQ0AZwENAG0BDQC6AQ0AvwENAA0CDQATAg0Ape8PAGMCDQCzAg0AvwINAAYDDQAMAw0AWQMNAGMDDQBL8A8AsQMNAP8DDQAMBA0AUgQNAFUEDQClBA0AugQNAPgEDQAABQ0AnvAPAFMFDQCeBQ0AqgUNAPEFDQD3BQ0ARAYNAEoGDQCXBg0AnAYNAOoGDQDwBg0AkPIPAEwHDQCQBw0AnwcNAOMHDQDsBw0ANggNADwIDQCJCA0AjwgNANwIDQDoCA0ALwkNADYJDQCCCQ0AigkNADbzDwDfCQ0AKAoNADMKDQB7Cg0AhwoNAM4KDQDUCg0AIQsNACkLDQB0Cw0AgAsNAMcLDQDNCw0AGgwNACAMDQBtDA0AcgwNAMAMDQDGDA0AifMPABoNDQBmDQ0AdA0NALkNDQDGDQ0ADA4NACMODQBfDg0Aew4NALIODQC6Dg0A3PMPABgPDQBYDw0AWg8NAKsPDQDBDw0A/g8NAP8PDQBREA0AYhANAKQQDQCwEA0AL/QPABMRDQCC9A8ATBENAJ0RDQCzEQ0A8BENAPERDQBDEg0AVBINAJYSDQCiEg0A1fQPAO4SDQA8Ew0AQhMNAI8TDQCvEw0A4hMNAO4TDQA1FA0APBQNACj1DwCOFA0A2xQNAOAUDQAuFQ0ANBUNAHv1DwCVFQ0A1BUNANUVDQAnFg0AMxYNAHoWDQCWFg0AzRYNANUWDQB09g8ALBcNAHMXDQCPFw0AxhcNAM4XDQAa9w8AJRgNAGwYDQByGA0AvxgNAMUYDQASGQ0AKhkNAGUZDQBvGQ0AuBkNAMQZDQALGg0ADhoNAF4aDQBoGg0AsRoNAMkaDQAEGw0AFBsNAFcbDQBZGw0AqhsNALgbDQD9Gw0ADhwNAG33DwBWHA0AoxwNAK8cDQDA9w8A/hwNAGb4DwBVHQ0AnB0NAJ8dDQDvHQ0A+R0NALn4DwBEHg0AlR4NAKMeDQDoHg0A+R4NAF/5DwBCHw0AsvkPAJYfDQAF+g8A6R8NAP76DwA2IA0AhyANAJQgDQDaIA0A6SANAC0hDQAzIQ0AgCENAIwhDQDTIQ0A1SENACYiDQAwIg0AeSINAIciDQDMIg0A0SINAB8jDQAsIw0AciMNAH4jDQDFIw0A2CMNABgkDQAnJA0AayQNAHckDQC+JA0AvyQNABElDQAbJQ0AZCUNAHIlDQC3JQ0AvCUNAAomDQAXJg0AUfsPAGcmDQCwJg0AviYNAAMnDQAGJw0AVicNAGYnDQCpJw0AtycNAPwnDQAIKA0ATygNAFYoDQCiKA0AqSgNAPUoDQABKQ0ASCkNAEkpDQCbKQ0ApykNAO4pDQD7KQ0AQSoNAEgqDQCUKg0AoCoNAOcqDQD0Kg0AOisNAEkrDQCNKw0AoSsNAOArDQDsKw0AMywNAEYsDQCGLA0AlSwNANksDQDlLA0ALC0NAC0tDQB/LQ0AiS0NANItDQDgLQ0AJS4NACouDQB4Lg0AhS4NAKT7DwDMLg0AHi8NAC8vDQBxLw0Afy8NAMQvDQDTLw0AFzANABkwDQBqMA0AdDANAL0wDQDLMA0AEDENABUxDQBjMQ0AcDENALYxDQDFMQ0ACTINAA4yDQBcMg0AaTINAK8yDQC5Mg0AAjMNAA4zDQBVMw0AaDMNAKgzDQCyMw0A+zMNAAc0DQBONA0AYTQNAKE0DQCwNA0A9DQNAAA1DQBHNQ0ASDUNAJo1DQCkNQ0A7TUNAPs1DQBANg0ARTYNAJM2DQCgNg0A9/sPAOs2DQA5Nw0ARjcNAIw3DQCWNw0A3zcNAOU3DQAyOA0ANDgNAIU4DQCSOA0A2DgNANs4DQArOQ0AOTkNAH45DQCKOQ0A0TkNAN45DQAkOg0ALjoNAHc6DQCGOg0AyjoNAM86DQAdOw0AKjsNAHA7DQB9Ow0AwzsNAM87DQAWPA0AJTwNAGk8DQBzPA0AvDwNAMo8DQAPPQ0AFD0NAGI9DQBvPQ0AtT0NAME9DQAIPg0AGz4NAFs+DQBqPg0Arj4NALo+DQABPw0AAj8NAFQ/DQBePw0Apz8NALU/DQD6Pw0A/z8NAE1ADQBaQA0ASvwPALNADQDzQA0AAkENAEZBDQBSQQ0AmUENAJpBDQDsQQ0A9kENAD9CDQBNQg0AkkINAJdCDQDlQg0A8kINAJ38DwBLQw0Ai0MNAJpDDQDeQw0A6kMNADFEDQAyRA0AhEQNAI5EDQDXRA0A5UQNACpFDQAvRQ0AfUUNAIpFDQDw/A8A0kUNACNGDQAxRg0AdkYNAINGDQDJRg0A1UYNABxHDQAiRw0Ab0cNAIBHDQDCRw0AxEcNABVIDQAeSA0AaEgNAHVIDQC7SA0AykgNAA5JDQAZSQ0AYUkNAG1JDQC0SQ0Ax0kNAAdKDQAWSg0AWkoNAGZKDQCtSg0ArkoNAABLDQAKSw0AU0sNAGFLDQCmSw0Aq0sNAPlLDQAGTA0AQ/0PAFlMDQCfTA0ArUwNAPJMDQD8TA0ARU0NAFNNDQCYTQ0Amk0NAOtNDQD8TQ0APk4NAExODQCRTg0AwE4NAORODQDmTg0AN08NAEFPDQCKTw0AmE8NAN1PDQDiTw0AMFANAD1QDQCDUA0Aj1ANANZQDQDpUA0AKVENADhRDQB8UQ0AiFENAM9RDQDQUQ0AIlINACxSDQB1Ug0Ag1INAMhSDQDNUg0AG1MNAChTDQCW/Q8AcFMNAMFTDQDDUw0AFFQNACNUDQBnVA0AdlQNALpUDQDGVA0ADVUNABBVDQBgVQ0AY1UNALNVDQC5VQ0ABlYNABJWDQBZVg0AXFYNAKxWDQCxVg0A/1YNAAhXDQBSVw0AWFcNAKVXDQC0Vw0A+FcNAARYDQBLWA0AW1gNAJ5YDQCgWA0A8VgNAP9YDQBEWQ0AVVkNAOn9DwCdWQ0A6lkNAPZZDQA8/g8AUFoNAJBaDQCfWg0A41oNAO9aDQA2Ww0AN1sNAIlbDQCTWw0A3FsNAOpbDQAvXA0ANFwNAIJcDQCPXA0Aj/4PAOFcDQAoXQ0AMl0NAHtdDQCkXQ0Azl0NANVdDQAhXg0AOl4NAHReDQCDXg0Ax14NANZeDQAaXw0AH18NAG1fDQB6Xw0AwF8NAM1fDQATYA0AH2ANAGZgDQB1YA0AuWANAMNgDQAMYQ0AGmENAF9hDQBkYQ0AsmENAL9hDQAFYg0AEWINAFhiDQBrYg0Aq2INALpiDQD+Yg0ACmMNAFFjDQBSYw0ApGMNAK5jDQD3Yw0ABWQNAEpkDQBPZA0AnWQNAKpkDQDi/g8AAWUNAENlDQBUZQ0AlmUNAKJlDQDpZQ0AAGYNADxmDQA+Zg0Aj2YNAKBmDQDiZg0A5WYNADVnDQA/Zw0AiGcNAIpnDQDbZw0A5WcNAC5oDQA6aA0AgWgNAI1oDQDUaA0A52gNACdpDQA2aQ0AemkNAIZpDQDNaQ0AzmkNACBqDQAqag0Ac2oNAIFqDQDGag0Ay2oNABlrDQAmaw0ANf8PAG5rDQC/aw0AyWsNABJsDQAabA0AiP8PAHhsDQC4bA0AxGwNAAttDQAabQ0AXm0NAGdtDQCxbQ0Au20NAARuDQASbg0AV24NAFxuDQCqbg0At24NAP1uDQAJbw0AUG8NAGNvDQCjbw0Asm8NAPZvDQACcA0ASXANAEpwDQCccA0ApnANAO9wDQD9cA0AQnENAEdxDQCVcQ0AonENANv/DwDqcQ0AO3INAEVyDQCOcg0AlnINAC4AEADmcg0ANHMNAEpzDQCHcw0AiHMNANpzDQDrcw0ALXQNADl0DQCAdA0AinQNANN0DQDhdA0AJnUNACt1DQB5dQ0AhnUNAMx1DQDYdQ0AH3YNADJ2DQBydg0AgXYNAMV2DQDRdg0AGHcNABl3DQBrdw0AdXcNAL53DQDMdw0AEXgNABZ4DQBkeA0AcXgNAIEAEAC5eA0ACnkNABR5DQBdeQ0AZXkNANQAEADGeQ0AA3oNAA96DQBWeg0AW3oNAKl6DQCyeg0A/HoNAAZ7DQBPew0AW3sNAKJ7DQC1ew0A9XsNAAR8DQBIfA0AVHwNAJt8DQCcfA0A7nwNAPh8DQBBfQ0AT30NAJR9DQCZfQ0A530NAPR9DQAnARAAPH4NAI1+DQCXfg0A4H4NAOh+DQB6ARAAQH8NAIZ/DQCVfw0A2X8NAOR/DQAsgA0AOIANAH+ADQCOgA0A0oANAPKADQAlgQ0AMYENAHiBDQB/gQ0Ay4ENANmBDQAegg0AI4INAHGCDQB9gg0AxIINANeCDQAXgw0AJoMNAGqDDQB2gw0AvYMNAL6DDQAQhA0AGoQNAGOEDQBxhA0AtoQNALuEDQAJhQ0AFoUNAM0BEABehQ0Ar4UNALmFDQAChg0ACoYNACACEAByhg0AqIYNALmGDQD7hg0AB4cNAE6HDQBhhw0AoYcNALCHDQD0hw0AAIgNAEeIDQBIiA0AmogNAKSIDQDtiA0A+4gNAECJDQBFiQ0Ak4kNAKCJDQBzAhAA6IkNADmKDQBDig0AjIoNAJSKDQDGAhAA/IoNADKLDQBDiw0AhYsNAJGLDQDYiw0A64sNACuMDQA6jA0AfowNAIqMDQDRjA0A0owNACSNDQAujQ0Ad40NAIWNDQDKjQ0Az40NAB2ODQAqjg0AGQMQAHKODQDDjg0AzY4NABaPDQAejw0AbAMQAHqPDQC8jw0A0I8NAA+QDQATkA0AYpANAGSQDQC1kA0AyZANAAiRDQALkQ0AW5ENAHiRDQCukQ0Av5ENAAGSDQANkg0AVJINAGeSDQCnkg0AtpINAPqSDQAGkw0ATZMNAE6TDQCgkw0AqpMNAPOTDQABlA0ARpQNAEuUDQCZlA0AppQNAL8DEADulA0AP5UNAEmVDQCSlQ0AmpUNABIEEADnlQ0AOJYNAEaWDQCLlg0AnJYNAGUEEADllg0AuAQQADmXDQBXBhAAipcNANeXDQDclw0AKpgNAC6YDQB9mA0AipgNAKoGEADTmA0AU54NANyYDQAjmQ0ANpkNAHaZDQB3mQ0AyZkNANWZDQAcmg0AK5oNAG+aDQB5mg0AwpoNAM6aDQAVmw0AHJsNAP0GEABwmw0Au5sNAL2bDQBnpw0AvpsNAJigDQDBmw0ADpwNAMebDQDdog0AyJsNAKsIDgAanA0AYZwNAHCcDQC0nA0AwJwNAAedDQAVnQ0AWp0NAHWdDQCtnQ0AuZ0NAACeDQAHng0AUAcQAGCeDQCmng0AqJ4NAPmeDQD6ng0ATJ8NAE+fDQCfnw0Aqp8NAPKfDQD3nw0ARaANAE+gDQCjBxAApaANAOugDQDtoA0APqENAD+hDQCRoQ0AlKENAOShDQDvoQ0AN6INADyiDQCKog0AlKINAPYHEADwog0AMKMNADGjDQCDow0Aj6MNANajDQDlow0AKaQNADOkDQB8pA0AiKQNAM+kDQDWpA0ASQgQACqlDQB1pQ0Ad6UNAMilDQDXpQ0AG6YNACWmDQBupg0Ad6YNAMGmDQDDpg0AFKcNACWnDQDvCBAAdqcNALqnDQDEpw0ADagNABaoDQBgqA0AYqgNALOoDQDEqA0ABqkNAA6pDQBZqQ0Ad6kNAKypDQC0qQ0A/6kNAAuqDQBSqg0AZaoNAKWqDQCmqg0A+KoNAASrDQBLqw0AWqsNAJ6rDQCoqw0A8asNAP2rDQBErA0AS6wNAEIJEACorA0A6qwNAPusDQA9rQ0ARa0NAJCtDQCXrQ0A460NAPGtDQA2rg0ARq4NAImuDQCZrg0A3K4NAPiuDQCVCRAAP68NAIKvDQCOrw0A1a8NANuvDQAosA0ANrANAHuwDQCIsA0AzrANAOWwDQAhsQ0AKbENAHSxDQCCsQ0Ax7ENANGxDQAasg0AJrINAG2yDQCDsg0AwLINAMOyDQATsw0AL7MNAOgJEAB2sw0AubMNAMOzDQAMtA0AFLQNAF+0DQButA0AsrQNALe0DQAFtQ0AErUNAFi1DQBitQ0Aq7UNAK21DQD+tQ0ADLYNAFG2DQBetg0ApLYNAKe2DQA7ChAAArcNAEq3DQBUtw0AnbcNAKW3DQDwtw0A/7cNAEO4DQBIuA0AlrgNAKO4DQDpuA0A87gNADy5DQA+uQ0Aj7kNAJ25DQDiuQ0A77kNADW6DQA4ug0AjgoQAIu6DQDbug0A57oNAC67DQA1uw0AgbsNAIm7DQDUuw0A7bsNACe8DQA7vA0AerwNAJa8DQDNvA0A1bwNADQLEAAovQ0AhwsQAIC9DQDGvQ0Azb0NABm+DQAhvg0AbL4NAHG+DQC/vg0Az74NABK/DQAavw0AZb8NAHO/DQC4vw0Axb8NAAvADQAYwA0AXsANAGrADQCxwA0At8ANAATBDQAMwQ0AV8ENAGPBDQCqwQ0AvcENAP3BDQAMwg0AUMINAFzCDQCjwg0ApMINAPbCDQAAww0AScMNAFfDDQCcww0AocMNAO/DDQD8ww0A2gsQAEXEDQCVxA0An8QNAOjEDQDqxA0AO8UNAErFDQCOxQ0ArsUNAOHFDQDpxQ0ANMYNAD7GDQCHxg0AjcYNANrGDQDcxg0ALccNADzHDQCAxw0AjMcNANPHDQDbxw0ALQwQAETIDQB5yA0Al8gNAIAMEADlyA0AH8kNACTJDQByyQ0AjckNAMXJDQDRyQ0AGMoNACDKDQDTDBAAfsoNAL7KDQDNyg0AEcsNAB3LDQBkyw0AZcsNALfLDQDByw0ACswNABjMDQBdzA0AYswNALDMDQC9zA0AJg0QAAfNDQBWzQ0AWM0NAKnNDQCszQ0A/M0NAATODQBPzg0AWc4NAKLODQCtzg0A9c4NAAHPDQBIzw0AUM8NAHkNEACpzw0A7s8NAPTPDQBB0A0ATdANAJTQDQCj0A0A59ANAPHQDQA60Q0AQtENAI3RDQCc0Q0A4NENAOLRDQAz0g0APNINAIbSDQCJ0g0A2dINAOXSDQAs0w0ANNMNAMwNEACP0w0A0tMNANrTDQAl1A0AL9QNAHjUDQCD1A0Ay9QNANfUDQAe1Q0AJtUNAB8OEAB21Q0AxNUNANXVDQAX1g0AKNYNAGrWDQBv1g0AvdYNAMHWDQAQ1w0AHtcNAGPXDQBw1w0AttcNAM3XDQAJ2A0AEdgNAFzYDQBo2A0Ar9gNAMLYDQAC2Q0AEdkNAFXZDQBh2Q0AqNkNAKnZDQD72Q0ABdoNAE7aDQBc2g0AodoNAKbaDQD02g0AAdsNAHIOEABN2w0AmtsNAKjbDQDt2w0A+tsNAEDcDQBX3A0Ak9wNAJvcDQDm3A0A8dwNADndDQA73Q0AjN0NAJndDQDf3Q0A5t0NADLeDQBD3g0Ahd4NAJPeDQDY3g0A5d4NACvfDQBC3w0Aft8NAIbfDQDR3w0A1t8NACTgDQA04A0Ad+ANAH/gDQDK4A0A1OANAB3hDQAo4Q0AcOENAHzhDQDD4Q0Ay+ENABgPEAAv4g0AaeINAG7iDQC84g0A1+INAA/jDQAb4w0AYuMNAGrjDQBrDxAAyOMNAAjkDQAX5A0AW+QNAGfkDQCu5A0Ar+QNAAHlDQAL5Q0AVOUNAGLlDQCn5Q0ArOUNAPrlDQAH5g0Avg8QAFXmDQCg5g0AouYNAPPmDQAA5w0ARucNAEvnDQCZ5w0Ao+cNAOznDQD35w0AP+gNAEvoDQCS6A0AmOgNAOXoDQDt6A0AOOkNAETpDQCL6Q0AnukNAN7pDQDt6Q0AMeoNAD3qDQCE6g0AheoNANfqDQDh6g0AKusNADjrDQB96w0AgusNANDrDQDd6w0AERAQACjsDQB27A0AhewNAMnsDQDY7A0AHO0NACXtDQBv7Q0Ade0NAMLtDQDI7Q0AFe4NACHuDQBo7g0Ab+4NALvuDQDX7g0AZBAQABjvDQBh7w0Abe8NALTvDQC37w0AB/ANABHwDQC3EBAAYvANAAoREAC18A0AXREQAAjxDQCwERAAW/ENAKbxDQCn8Q0AG/kNALPxDQD58Q0AuvENAIP2DQC98Q0Al/8NAL/xDQAoAw4A+vENAEzyDQBi8g0An/INAKfyDQDy8g0A9PINAIr1DQAA8w0ARfMNAE3zDQADEhAAUvMNAJjzDQCb8w0A6/MNAPXzDQA+9A0AQPQNAJH0DQCi9A0A5PQNAPX0DQA39Q0AP/UNAFYSEACR9Q0A3fUNAOT1DQAw9g0AOPYNAKkSEACF9g0A1vYNANz2DQAp9w0ANvcNAHz3DQCE9w0Az/cNANH3DQAi+A0AKfgNAHX4DQB8+A0AyPgNAND4DQD8EhAAKPkNAG75DQBv+Q0AwfkNANf5DQAU+g0AHPoNAGf6DQBp+g0A//wNAHX6DQC6+g0AwvoNAE8TEADH+g0ADfsNABD7DQBg+w0AavsNALP7DQC1+w0ABvwNABf8DQBZ/A0AavwNAKz8DQC0/A0AohMQAAb9DQBS/Q0AWf0NAKX9DQCt/Q0A9RMQAAL+DQBL/g0ATf4NAJ7+DQCv/g0A8f4NAAL/DQBE/w0ATP8NAEgUEACc/w0ADAcOAKP/DQDq/w0AAAAOAD0ADgBFAA4AkAAOAJ4ADgDjAA4A8AAOADYBDgA5AQ4AiQEOAJMBDgDcAQ4A3gEOAC8CDgBAAg4AggIOAJMCDgDVAg4A3QIOAJsUEAAxAw4AewMOAIgDDgDOAw4A1QMOACEEDgAyBA4AdAQOAIAEDgDHBA4AzwQOAO4UEAAnBQ4AbQUOAHAFDgDABQ4AygUOABMGDgAVBg4AZgYOAHcGDgC5Bg4AygYOAEEVEAAUBw4AXwcOAHYHDgCyBw4AvgcOAAUIDgAPCA4AWAgOAGAIDgCUFRAArAgOAP4IDgAUCQ4AUQkOAFkJDgCkCQ4AsgkOAPcJDgD/CQ4A5xUQAAQKDgBKCg4ATQoOAJ0KDgCnCg4A8AoOAPIKDgBDCw4AVAsOAJYLDgCnCw4A6QsOAPELDgA6FhAAQgwOAI8MDgCUDA4A4gwOAP0MDgA1DQ4AQw0OAIgNDgCPDQ4A2w0OAOcNDgAuDg4ANA4OAIEODgCEDg4A1A4OAN4ODgAnDw4ALQ8OAHoPDgB8Dw4AzQ8OANcPDgAgEA4ALBAOAHMQDgCKEA4AxhAOANoQDgAZEQ4ANREOAGwRDgB0EQ4AjRYQAMERDgASEg4AIBIOAGUSDgB2Eg4A4BYQAL8SDgAzFxAAGRMOAF4TDgBoEw4AsRMOALwTDgAEFA4ADBQOAFcUDgBjFA4AqhQOAL0UDgD9FA4ADBUOAFAVDgBcFQ4AoxUOAKQVDgD2FQ4AABYOAEkWDgBXFg4AnBYOAKEWDgDvFg4A/BYOANkXEABKFw4AlRcOAJ8XDgDoFw4A7RcOADsYDgBDGA4AjhgOAJQYDgDhGA4A7RgOADQZDgA6GQ4AhxkOAJAZDgDaGQ4A5xkOAC0aDgA1Gg4AgBoOAIEaDgDTGg4A1RoOACYbDgApGw4AeRsOAHwbDgB/GBAA4hsOAB8cDgAnHA4AchwOAH4cDgDFHA4AyxwOABgdDgAeHQ4Aax0OAHAdDgARHg4Alx0OAL4dDgDGHQ4AJRkQABceDgB4GRAAeh4OALceDgC5Hg4ACh8OABcfDgBdHw4AZB8OALAfDgC4Hw4AAyAOABMgDgBWIA4AWCAOAKkgDgC3IA4A/CAOAA0hDgAeGhAAViEOAHEaEACwIQ4A9SEOAP8hDgBIIg4AUyIOAJsiDgCjIg4A7iIOAPoiDgBBIw4AVCMOAJQjDgCiIw4A5yMOAPEjDgA6JA4AQiQOAI0kDgCcJA4A4CQOAOUkDgAzJQ4AOiUOAIYlDgCSJQ4AFxsQABQmDgAsJg4AZyYOAH8mDgCHJg4AahsQAPomDgAlJw4AMScOAHgnDgB+Jw4AyycOANEnDgAeKA4AIygOAHEoDgB3KA4AvRsQAMUoDgAXKQ4AHSkOAGopDgBvKQ4AvSkOAMwpDgAQKg4AHCoOAGMqDgBmKg4AtioOALkqDgAJKw4AESsOAFwrDgBrKw4ArysOALQrDgACLA4AGCwOAFUsDgBWLA4AqCwOALksDgD7LA4ABy0OAE4tDgBYLQ4AoS0OAK0tDgD0LQ4A+y0OABAcEABXLg4Ami4OAKYuDgDtLg4A/C4OAEAvDgBULw4Aky8OAKIvDgDmLw4A9y8OADkwDgBFMA4AYxwQAI4wDgDfMA4A7TAOADIxDgBDMQ4AthwQAIsxDgDYMQ4A5DEOAAkdEAAxMg4AfjIOAIQyDgDRMg4A1jIOACQzDgAqMw4AAh4QAHwzDgDKMw4AzDMOAB00DgAuNA4ATh8QAHw0DgDDNA4AyTQOABY1DgAiNQ4AaTUOAHE1DgChHxAAwjUOAA82DgAbNg4AYjYOAGo2DgD0HxAAwTYOAAg3DgALNw4AWzcOAGU3DgBHIBAAsDcOAAE4DgAPOA4AVDgOAGU4DgDtIBAArTgOAPo4DgAGOQ4AQCEQAFU5DgCgOQ4AozkOAPM5DgD/OQ4ARjoOAFI6DgCZOg4AoToOAOYhEAD3Og4APzsOAEs7DgCSOw4AmjsOADkiEADuOw4AODwOAEk8DgCLPA4AnDwOAN48DgDmPA4AMT0OADQ9DgCEPQ4Ajj0OANc9DgDZPQ4AKj4OADk+DgB9Pg4AnT4OANA+DgDYPg4AIz8OAC0/DgB2Pw4AfD8OAMk/DgDLPw4AHEAOACtADgBvQA4Ae0AOAIwiEADOQA4AFUEOADNBDgBoQQ4AbkEOALtBDgDEQQ4ADkIOABtCDgBhQg4AaUIOALRCDgDKQg4AB0MOAAlDDgBaQw4AdUMOAK1DDgC5Qw4AAEQOAA1EDgDfIhAAWUQOAKZEDgCuRA4A+UQOAA9FDgBMRQ4AUUUOAJ9FDgClRQ4A8kUOAP5FDgBFRg4ATUYOADIjEAClRg4A60YOAPtGDgA+Rw4AQ0cOAJFHDgCXRw4A5EcOAPpHDgA3SA4AOUgOAIpIDgCUSA4A3UgOAOtIDgAwSQ4ANUkOAINJDgCQSQ4AhSMQAOVJDgApSg4AMkoOAHxKDgCGSg4Az0oOAN1KDgAiSw4AJ0sOAHVLDgCCSw4AyEsOANBLDgAbTA4AK0wOAG5MDgBwTA4AwUwOAM9MDgAUTQ4AJU0OANgjEABuTQ4AKyQQAL9NDgANTg4AE04OAGBODgBoTg4As04OAL1ODgAGTw4ACE8OAFlPDgBcTw4ArE8OAMxPDgDRJBAAC1AOAFJQDgBYUA4ApVAOALFQDgD4UA4AAFEOACQlEABXUQ4AnlEOAKRRDgDxUQ4A/VEOAERSDgBMUg4AdyUQAJlSDgDqUg4A+FIOAD1TDgBOUw4AyiUQAJ1TDgDjUw4A+lMOAB0mEABAVA4AiVQOAJVUDgDcVA4A31QOAC9VDgA5VQ4AcCYQAIdVDgDVVQ4A3lUOAChWDgA5Vg4Ae1YOAIJWDgDOVg4A1lYOACFXDgAuVw4AdFcOAHlXDgDHVw4A0VcOABpYDgAiWA4AbVgOAHxYDgDAWA4AxVgOABNZDgApWQ4AZlkOAGdZDgC5WQ4Ax1kOAAxaDgAdWg4AX1oOAGtaDgCyWg4AuloOABYnEAAJWw4ATAEAAA1bDgBRqA8AEVsOANjlDABkWw4AwQgAALNbDgCWXg4AV10OANMpAAChXQ4AxSsAAKZeDgBcOgAAP18OAEc9AACSXw4AYkUAADdgDgDMyA0AOGAOAPpHAAA8YA4AzlADAD9gDgCvtgYAjGAOAM9ZAAAyYQ4A+F8AAIVhDgD3awAAKmIOAHNyAACJYg4ANHsAANFiDgByfgAAImMOAFaCAADOYw4AaosAAItkDgC/ZA4ADGcOAFDKAAABaA4A/NUAAFRoDgAQ3wAA+mgOAFTtAACoaQ4AaPYAABNqDgC79gAARGoOAA73AAChag4A5PwAAEVrDgCD/gAAl2sOAGADAQBTbA4AIQwBAJNsDgD3EQEA+WwOAC1tDgCcbQ4A020OANttDgAmbg4AMm4OABkZAQCBbg4AsRsBADtvDgBybw4Aem8OAMVvDgDHbw4A0yIBACRwDgCpKAEAxnAOAL0xAQAWcg4AYUoBALhyDgDyTQEAzHIOAJN7DwDUcg4AoXkPAAlzDgDkTwEAaHMOAClSAQCucw4AFFUBAAB0DgAGVwEAAXUOAC5pAQBidQ4Am3UOAKN1DgCBaQEA/XUOAMZrAQCZdw4AY4UBAOh3DgAzeA4AQ3gOALaFAQDleA4AmokBADR5DgB/eQ4Aj3kOAO2JAQAxeg4AW5IBAHB8DgAZEgIAdHwOALgTAgB4fA4AwacBAIR8DgCpIQIAGH0OAKSoDwAZfQ4ASJEKABx9DgCsqgEALH0OAM+5CgBrfQ4Alb0OAH99DgD/qgEAj30OAJHmDwC9fQ4AUqsBAMB9DgD7QQsAaH4OAC+wAQC7fg4AgrABAGN/DgCrtgEABIAOANS8AQCqgA4AuMABAPeADgBHgQ4AU4EOAF7BAQBIgg4Ak4IOAJaCDgAQ5QsAn4IOANrHAQD7gg4AcsoBAFqDDgCMgw4A44MOAByoCwDvgw4AY9gBAAmEDgBdzQEAPoQOAIbTAQDkhA4AENgBAIqFDgBc2QEA7YUOAK/ZAQCHhg4AVdoBANOGDgBO2wEA0YcOAFvlAQByiA4AqtYKAHWIDgA46gEAd4gOAFtFDADEiA4ANawPANaIDgAPiQ4AaokOALWJDgB+iQ4ARfQBALiJDgA2aQsAv4kOAOlzCwDCiQ4AI1QLANCJDgAq7AEA1okOAJ1yCwBdig4AYfABAIOKDgCKAwwAvIoOAADyAQANiw4A+fIBAFiODgAhBQIAoJsOAOaXCwBAnA4A9JwKAEacDgAvqQIAf50OAGp1DwCEnQ4AIp4OAJidDgANoQ4AoJ0OAE55DwCknQ4Av7gCACSeDgBc7QoAJp4OAChrCwAnng4A06UGACmeDgB4/gcALJ4OABK5AgAxng4AZbkCADOeDgBR/AMAVp4OAJdFBABzoA4AT8gCABWhDgBgoQ4AYaEOANwWCwBqoQ4ASR0NAG+hDgCCVQ4Af6EOACH2DwC9oQ4ALM0CAK+iDgAN9QIAsqIOAAqVCQCzog4AOOMCALWiDgBO1AIAtqIOANHZAgC4og4Aoc0DALmiDgAW3AIAuqIOALTpAgC7og4A5tYCALyiDgBqyQMAwqIOAAHfAgDnog4A2SUOAOylDgAJJQMA8KUOAOr5AgD0pQ4AeDwLAEmmDgAv/AIAhqgOAFYaAwDnqQ4AvC8DAI2qDgB2OQMAOasOAFo9AwB2qw4AikIDAGmsDgBmUwMAua0OAL5qAwBZrg4A2XIDABCvDgBRrw4ATLAOAMp5BABNsA4AMJYDAFSwDgCX1gcA87AOABSaAwD3sA4ALuUHAOyxDgB6rwMA7bIOAIC6AwCXsw4Avr0DAEq0DgCBtA4AibQOANS0DgDjtA4AM8UDAIO1DgAE1goAhrUOAGPKAwDVtQ4AILYOAOm1DgAedA8AKrYOALbKAwDOtg4AOdADACi3DgAr0gMAFbgOANDeAwAXuQ4A+PADAGa5DgCFKg8AzbkOAAS6DgAMug4AV7oOAGS6DgBsLQoAaLoOADb0AwBvuw4A4v8DAKm7DgALBgQAULwOAPUUBABVvA4As3gIAFa8DgBEfAgAWLwOADBzCAC4vA4A77wOAPe8DgBCvQ4Al70OAJiuCwCdvQ4AcXQPAJ+9DgDgFwQAob0OAAUPDQC4vQ4AzvUPANW9DgD2HA0A8L0OAMsaBABlvg4Ajr4OAOu+DgD7HwQAlr8OAHAnBAAwwA4AMTAEAI3ADgCROgQAj8AOAHYyBACDwQ4AKT0EAIHCDgDcRwQAyMIOALlMBADKww4ALlQEAC3EDgBkxA4AgMQOALfEDgDGxA4AelUEAHLGDgCpxg4AscYOAPzGDgALxw4Ar3EEAFjHDgAkeQQASsgOAD+BBABVyA4Amb4HAJ7IDgB9hAQAmckOAM6cBACjyQ4As5QEAPzKDgAzyw4AO8sOAIbLDgCLyw4ASa8EAJXLDgAupwQAgs0OAALFBAB6zg4AD88EADPPDgBqzw4Acs8OAL3PDgDDzw4AaNoEACbQDgD53QQAzNAOAPjpBABr0Q4A6fcEABHSDgCx/wQAxNIOAPvSDgAD0w4ATtMOAF3TDgBWDAUAXtMOAMsTBQB30w4AAhgFAADUDgDEFAUAT9QOAJrUDgCk1A4AFxUFAK/VDgDm1Q4A7tUOADnWDgBC1g4ATSUFAJbWDgA/JwUATtcOAIXXDgCN1w4A2NcOANnXDgBFMgUA3dcOAMl+BQDe1w4ARD4FAOXXDgC6OQUA59cOAMIsBQDb2A4AUjwFANTZDgDpSgUAJ9oOACBPBQB22g4AGVAFACTbDgA0WAUA2NsOAA/cDgAX3A4AYtwOAGzcDgD8XwUAuNwOAMtmBQB33Q4Art0OALbdDgAB3g4ADt4OAAJrBQAQ3g4AvHQFAFneDgDmbgUAAt8OAD96BQBi4A4AmeAOAKHgDgDs4A4A++AOADCIBQDq4g4ALqAFAE3jDgCE4w4AoOMOANfjDgDk4w4AeqEFAOzkDgAj5Q4AK+UOAHblDgB55Q4AqbIFAFDmDgBOvwUAxeYOACvEBQDJ5g4A1H0KAHXnDgCnygUAvucOAIvOBQAR6Q4AFN8FAGbpDgBE5AUAW+oOACNpCABv6g4A0GgIAMLqDgD56g4AAesOAEzrDgBP6w4ADOwFALvrDgDy6w4A+usOAEXsDgBU7A4Ane8FAKPsDgAZ9gUAOe4OAB4NBgDp7g4AFAENAOzuDgC2DwYA7e4OAHX/DAA87w4AmhMGAEXwDgB88A4AhPAOAM/wDgDY8A4AAR0GACzxDgDzHgYA1/EOAMIlBgA08g4Azy8GAMTyDgA9OAYAavMOAJ1CBgAQ9A4AnE4GAL30DgAfVAYAEPUOAF1XBgBl9Q4Am1oGAG72DgCl9g4ArfYOAPj2DgAH9w4A0WoGAFP3DgCe9w4ArfcOAK5vBgBT+A4AhHUGAKT4DgDBhAYApvgOAOt+BgCs+Q4A4/kOAOv5DgA2+g4ApfoOANz6DgDk+g4AL/sOADz7DgDplgYAj/sOAIGZBgDj+w4AEp0GAH38DgA7owYALf0OAF2qBgDS/Q4Ad74GABb/DgBM0AYAa/8OABvXBgARAA8AE+QGALcADwBl8AYAXgEPAIf3BgDHAQ8A/gEPAAYCDwBRAg8AXgIPAB/6BgATAw8ASgMPAFIDDwCdAw8A8wMPAHEGBwClBA8ACQkHAFgFDwCPBQ8AlwUPAOIFDwDsBQ8AyhEHAEMGDwBpEwcAlwYPAEYYBwDlBg8AfRwHAIoHDwC0IAcAhggPAN0mBwDVCA8AIAkPACIJDwAwJwcA4gkPABkKDwAhCg8AbAoPAIELDwC4Cw8AwAsPAAsMDwAgDQ8AVw0PAF8NDwCqDQ8AtA0PAE9SBwBsDg8Aow4PAKsODwD2Dg8AAA8PAGhyBwAMDw8A2GIHAE4PDwDKZAcApg8PADhtBwDxEA8AIYgHAPUQDwBgfwcASREPADaFBwCPEQ8AKIcHAD4SDwATigcAihIPAP6MBwA3Ew8ALpIHAIwTDwBXmAcAMhQPAEKbBwCFFA8AlZsHAOgUDwAfFQ8AJxUPAHIVDwCBFQ8ALZ4HACUWDwCGqQcAexYPAAKwBwCAFw8AtxcPAL8XDwAKGA8AGRgPABa5BwAGGQ8AVhkPAHAZDwAAyAcAxRkPAPwZDwAEGg8ATxoPAF4aDwDkywcA1xoPAIPNBwBkGw8AmxsPAKMbDwDuGw8AUBwPABTRBwDzHA8AkNcHAEwdDwDH2wcA5x0PAMNeCADqHQ8AUeAHADoeDwBK4QcANh8PAB/zBwCJHw8Am/kHANkfDwCU+gcA5yAPAB4hDwAmIQ8AcSEPAH0hDwCMBwgAzCEPABciDwAbIg8A2AgIAHoiDwB3CggALCMPAGMjDwBrIw8AtiMPAN4jDwDCFwgADiQPAOQeCAB4JA8AnhoKALckDwACJQ8AOCUPABQkCADLJQ8A+yUPAPcmDwCOQggA9CcPAMRSCABBKQ8AjCkPAKgqDwDYKg8A9yoPACsrDwCOKw8AWm0IACwsDwCKcggA0C0PAB0ECQDSLQ8AbYIIAL8vDwALkAgACzAPAC2XCAASMA8AQpQIAP0xDwD7qQgA/zIPAK60CABHNA8AkjQPAMk0DwAiyAgAVDUPAIs1DwCTNQ8A3jUPAO01DwDqzwgAjDYPANc2DwAONw8ABdgIAIU3DwCW2wgAIjkPAArvCAAhOg8A2fUIABo7DwD0/QgAfTsPAEf+CADDOw8Amv4IAF88DwABCAkAVz0PAK0TCQBWPg8AqysJAA4/DwBFPw8ATT8PAJg/DwCiPw8AXjYJAGBBDwC3QQkAhUIPAKdbCQDfQg8AKmEJAH5DDwCYaQkA30MPANZsCQAmRQ8AiIMJAIBFDwDBRQ8Aw0YPAHKSCQBwSA8AAqIJAARJDwDfpgkAX0kPAB2qCQAUSg8AS0oPAFNKDwCeSg8A80oPAIuyCQAGTA8APUwPAEVMDwCQTA8AuEwPADC/CQA/TQ8AWcUJAJFNDwDcTQ8A6k0PAP/FCQA1Tg8ARMgJAOJODwAhzQkAKU8PAAXRCQAqUA8Av9oJAC1QDwBl2wkAelEPAAroCQDFUQ8AVukJACBSDwCU7AkAblIPACzvCQDdUg8ADFMPAM5TDwAk/AkALVQPAHf8CQBZVQ8ApFUPANZVDwCZAwoA21UPAPMCCgCiVw8AfQcKAPlXDwC7CgoASVgPAAcMCgBCWQ8AMBIKAI1ZDwAUFgoATVoPAIFaDwBDWw8AelsPAIJbDwDNWw8A2lsPAOIoCgAtXA8AzSsKANNcDwBXMAoAi10PAL9dDwAkXg8AVmwPADFeDwBlXg8AF18PAE89CgAZXw8ACjsKAMNfDwAEYA8AZWAPAGNGCgANYQ8AvFEKAGViDwCcYg8ApGIPAO9iDwBgYw8AumkKAD5kDwDjbwoAS2UPAJ15CgDqZQ8AuIEKAJxmDwDTZg8A22YPACZnDwCVZw8AzGcPANRnDwAfaA8AyGgPAMR0DwDNaA8AGGkPAM9oDwCBFQ0A4WgPACiiDwAiaQ8A7pEKAMRpDwBxlwoAuGsPAFumCgCqbA8Ab68KAK5tDwDktgoAxm0PAG4HDAD9bQ8ASG4PAGZuDwA3twoA728PAALgDABCcA8AVeAMAKlwDwDgcA8A6HAPADNxDwCmcQ8AL8QKADRyDwC7AwsA03MPAOG3DwDMdA8AHokMAOB0DwCf5A8A8HQPABd1DwBDdQ8A6rMMAJZ1DwC9dQ8AE3YPAPrXDwB/dg8AtnYPAL52DwAJdw8AaHcPAIDcCgDLdw8AAngPAAp4DwBVeA8AtHgPADZiDAAReQ8AgwsLAFN6DwA65goAtHoPANLoCgCbew8A5nsPAEF8DwDhChAAlH0PAIzyCgCefQ8AQPEKAIp+DwAd9goAQH8PAHd/DwB/fw8Ayn8PAB2BDwAx/woAY4MPAAwcCwCzhA8ASSsLAKqFDwCHLgsA74YPAK7yCwDyhg8A1MkLAPaGDwCUOAsA/IYPAJgBDACahw8A5YcPAO+HDwBxPQsA+ogPADGJDwA5iQ8AhIkPACyKDwAWSgsAgooPAKdNCwB3jA8ArVgLAMqMDwAVjQ8AIY0PAOtbCwDHjQ8AKV8LAGmODwC0jg8Ay44PAFlkCwCTkw8AnH4LADyUDwAmgwsAhZYPALydCwA0lw8AdZcPACiYDwDyrQsAK5gPAKasCwAimQ8AN7ALACmaDwBgmg8AaJoPALOaDwC9mg8AYLYLAAecDwBSnA8AVZwPAPDFCwAEnQ8AgckLAPmdDwCxzgsAHJ4PAPHwDwBgng8A/c8LAO2eDwA9nw8A5p8PAELSCwDtnw8Ah9QLAI6hDwBd2gsAkKEPAAFGDAAwog8Ae6IPAMqjDwBMpgwAJqQPAALnCwBwpQ8A8/QLAHWlDwCh6AsAsKgPAL5+DADMqA8AU+MPAP+oDwBKqQ8ATakPAOz1CwCtqQ8Ai/cLAPypDwCE+AsAS6oPAJaqDwCgqg8A1/gLADisDwBa/gsAP6wPAEwADADerA8ARQEMAFeuDwDWBAwA4q4PAI4fDQAhrw8AIgYMAHiwDwBSCwwAx7APABKxDwArsQ8AngwMAGixDwC4sQ8AL7IPACgRDADVsg8AIRIMAHuzDwBtEwwABbQPAFC0DwBatA8A/hYMAPe0DwB+5gwA/rUPAGwfDADmtw8ALSgMAM66DwBjOAwA2LoPAIU/DAB0vQ8AmUgMAMW9DwCSSQwAEr4PADhKDABgvg8AhEsMAFm/DwDJTQwAV8APAKLADwD9wA8ASMEPAO/BDwCRVQwAScIPAJTCDwDvwg8AOsMPAOPDDwBnWwwAjsQPANnEDwA0xQ8Af8UPAIDGDwCXYAwA18YPAONhDAB5xw8AxMcPANTHDwCCYwwAjcgPAL3IDwBvyQ8A92oMANrJDwAJyg8AEM0PAAOBDACvzg8AM4YMAFXPDwB/hwwA+88PAMuIDAB40g8AhJ4MACLUDwD5pQwAENUPADepDAC61g8ArLAMAF3XDwBEswwA/9gPAIm1DAAc2g8AwLkMAELaDwBfuwwAmtoPAFj6DwDu2g8A970MAPHaDwDpvwwAO9sPAIvbDwCn2w8A3tsPADTcDwCE3A8AoNwPANfcDwAy3Q8Afd0PAIfdDwA8wAwA2N0PAPseEAAp3g8AGcUMACrfDwBQyQwAct8PAOjLDADK3w8Aq/oPANDgDwDhHw0AbeEPAJTXDAAC5Q8A5ZUNAEjmDwCL8AwAOucPALzpDADp5w8AteoMANroDwCZ7gwAKuoPAHXqDwB/6g8AyfMMACnrDwBh9gwAte4PAG4ADQAb7w8AUu8PAMHvDwD47w8AWfAPAKwDDQAc8Q8ARPEPAG/xDwCX8Q8AwvEPAOrxDwAV8g8APfIPAJjyDwDj8g8A6PIPAD0HDQAy9A8A9xANANr1DwArMg4A3vUPAIwwDgCT9g8Ax/YPADn3DwAZGA0AdvcPAFAcDQDf9w8AE/gPAMH4DwAM+Q8AHPkPAEIeDQBr+Q8AOx8NAMf5DwBCFw4A8v0PAJdZDQBI/g8APVoNAD3/DwBsaw0A4/8PAOhxDQCJABAAt3gNAC8BEAA6fg0A1QEQAFyFDQB7AhAA5okNACEDEABwjg0AxwMQAOyUDQBxBBAA3pYNANIEEAALBRAAEwUQAF4FEABRCBAAnAgQALoIEAAipQ0A4gsQAELEDQBLDBAAJsgNAN8MEABryg0ALg0QAAPNDQCADRAAm88NANENEAB/0w0ALw4QAHHVDQCODhAAxQ4QABoPEAAW4g0Adw8QALXjDQDTDxAATeYNABkQEAAj7A0A0xAQAFrwDQD8FBAAGgUOAJ0WEAC/EQ4A7BYQALgSDgA7FxAAhhcQAIoXEAALEw4A4RcQACwYEACHGBAA0hgQAIAZEADLGRAAKhoQAE8hDgB5GhAAxBoQAMgaEACiIQ4A7RsQAMQoDgC/HBAAhTEOAAwdEABcHRAAhx0QAK8dEAAFHhAAVR4QAIAeEACoHhAAEh8QAHczDgCjHxAAvDUOAP4fEAC1Ng4ATyAQAJogEACqIBAArjcOAPYgEACnOA4AQyEQAJMhEADwIRAA7DoOAEkiEADlOw4AQCMQAJhGDgDkIxAAZ00OADMkEAB+JBAAjiQQALpNDgAoJRAAS1EOAIclEACXUg4A2CUQAJBTDgAlJhAANlQOAHMmEADDJhAA","fail":"AAAAAAAAAACbhAAAdaYBAMXRAADNRwYAax4CAJX1BgDs6AEAOP4KAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAAAAAADs6AEA++4KAFUDCADtkAAA8Q0AAOzoAQBcmgoAr5oKAAKbCgBVmwoAlwACAEoRDQCBIwsAdZgDAAAAAADNRwYAax4CAGseAgBp9woA/gkCAFEKAgAX5AsAyAYMACGrAgB0qwIAShIBAPPSBABLBQ0AafcKAOzoAQDYygQAda0AAMitAAAbrgAAbq4AAMGuAADxDQAA7OgBADj+CgDwjgcAax4CAH8nAgAN5wQAB84GAAAAAADNRwYA7OgBAHjpCgAYvQMAnQsCAKmdCAD//QEAm4QAAFcVAgDhcg0ANHMNADiQAgDvJQAA7OgBAJ8OCgDyDgoAAUcAAI29BADtkAAAQJEAAEyZAgDG4AgAGeEIAOzoAQD77goAVQMIAO2QAADxDQAA7OgBAFyaCgCvmgoAApsKAFWbCgCcKwsA7ysLAFMAAABTAAAAhA0JAGseAgABRwAA7OgBAJwrCwDkogEAAAAAAO2QAACdCwIA8Q0AANQdAACrFwAAlfUGAOj1BgCIwgAA28IAAC7DAAD70wIAFtwCAGncAgBzhgkApBgAAMvpCgAK2gsATAEAAJ8BAADyAQAARQIAAJgCAACcKwsA7ysLAFMAAABTAAAAeIIBAHv2AwDtkAAAIq0AAGseAgC+HgIAfdAFAOzoAQA4/goAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAADwhwgAQ4gIAAAAAAC9iwAALXUBAGseAgB/JwIA8Q0AAOzoAQB4ggEAe/YDAM72AwBTAAAA7YkBAECKAQCTigEA5ooBADmLAQCMiwEA34sBAAAAAAD70wIADfUCAOSiAQA3owEAiqMBAKxrCgDRoQoAJKIKAFyaCgCvmgoAApsKAFWbCgCXAAIA8g4KAGMrAgASjwgAZY8IALiPCACV9QYA7OgBANUJDQDMmAgA7OgBABfkCwCElw0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAAKmdCAAaxwoAnCsLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAPCHCABDiAgAAAAAAL2LAADtkAAA8Q0AAARoAgB1wQkAlfUGAOzoAQCcKwsAqS8AAPwvAABPMAAAojAAAO6DDAD//QEAm4QAAHWmAQDUHQAAlfUGAOzoAQA4/goAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAP4JAgBRCgIA//0BAFL+AQCl/gEA+P4BAFyaCgCvmgoAURgAAKQYAADL6QoACtoLAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAAFgJAgD/sAwAUrEMAHjpCgAIPwEAWz8BAEyZAgAtdQEAlfUGAPL5DAB46QoAy+kKAAraCwBMAQAAnwEAAPIBAABFAgAA7oMMAP/9AQCbhAAAdaYBANQdAACV9QYA7OgBADj+CgCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEAXJoKAK+aCgBRGAAApBgAAMvpCgAK2gsATAEAAJ8BAADyAQAARQIAAJgCAADF0QAAWAkCAP+wDABSsQwAeOkKAAg/AQBbPwEATJkCAC11AQCV9QYA8vkMAJuEAAB1pgEAcC4DAPvTAgAN9QIAqS8AAPwvAABPMAAAojAAAO6DDADxDQAA1B0AACceAAB6HgAAzR4AACAfAADugwwA7yUAAOUSCABrHgIAn7QKAARoAgDugwwAShIBAPX/BgDxDQAA5KIBACdxAAAawAsAiXcJADCxCwDm1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAeOkKAMvpCgAK2gsATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAer0BAPENAAAEaAIA7OgBAP/9AQA0IA0AOP4KAKqmBQCcKwsAh80MAI29BADgvQQAgHUBAAAAAAAirQAAIq0AAO2QAADxDQAA5KIBAOzoAQD77goA8vkMAKsXAAA6HgMA7ZAAAJX1BgDs6AEAP+kBAKf6CgBrHgIA7OgBAL2LAADxDQAA1B0AAOzoAQAAAAAAqxcAANA/AgBfKgkA/hcAAMXRAACrFwAA7OgBAPvuCgDo9QYAblMNAMFTDQD//QEAm4QAAHWmAQDUHQAAAAAAAGseAgCdCwIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBAJX1BgDy+QwAqxcAADoeAwDtkAAAlfUGAJ0LAgDtkAAAQJEAAJrjAABsuAIA//0BAJuEAAAHzgYAnQsCAJX1BgD//QEAnQsCAO2QAABAkQAAmuMAAGy4AgC9iwAA//0BAHiCAQB79gMAIq0AAOzoAQDQPwIAI0ACAHZAAgDs6AEA8IcIAEOICAABRwAAjb0EAOC9BADtkAAATJkCAJ+ZAgDymQIA7OgBAKxrCgDRoQoAJKIKAFyaCgCvmgoAApsKAFWbCgA4/goA8I4HAEOPBwDLggEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AAAsoCwBTAAAAUwAAAIQNCQBrHgIAAUcAAHXBCQCV9QYAnQsCAJuEAACIwgAA28IAAC7DAACdCwIAShIBAJ0SAQCyIwoAAAAAAHiCAQB79gMA7ZAAAKsXAAABRwAA7OgBAPvuCgBVAwgA7ZAAAPENAADs6AEAXJoKAK+aCgACmwoAVZsKAJwrCwDvKwsAUwAAAFMAAACEDQkAax4CAAFHAADs6AEAOP4KAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAACYcAgAirQAA8LgBAMXXCwDs6AEA8IcIAEOICAAAAAAAvYsAAO2QAADxDQAABGgCAHXBCQCV9QYA7OgBAP/9AQBp9woA7OgBAJwrCwDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAAvlwFACKtAAB8ngIAqC0CAL5cBQDNRwYAzJgIAOzoAQB46QoAeIIBAL2LAACY9AEALXUBAIB1AQDs6AEAm4QAAIjCAADbwgAAXdQAADj+CgCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAPCHCABDiAgAAAAAAL2LAAAtdQEAax4CAH8nAgAAAAAAax4CAE5XCADMmAgAmPQBAFMAAACmAAAA+QAAAOzoAQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAAKrCAQD9wgEA2MoEAHyeAgDPngIAIp8CACuaCwB+mgsA0ZoLAMXRAAAtdQEAE0UFAFRHAACOLQsA5qwIAAFHAADs6AEAOP4KAEsFDQBp9woA7OgBAHjpCgDL6QoACtoLAEwBAACfAQAA8gEAAEUCAACYAgAA2MoEACvLBAB+ywQA7yUAAOUSCACY9AEAvYsAAGseAgB/JwIAax4CAOzoAQDYygQAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAnCsLANQdAACrFwAAAUcAAOzoAQA4/goAiMIAANvCAAAuwwAA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEAXJoKAK+aCgBRGAAApBgAAMvpCgAK2gsATAEAAJ8BAADyAQAARQIAAJgCAACsawoA0aEKACSiCgCcKwsA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAO8lAAAGqgEAWaoBAKyqAQBPFAQAOP4KAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAGMrAgASjwgAZY8IALiPCAALkAgAXpAIALGQCAA4/goAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAHXBCQC9iwAA8Q0AALB6AQCAdQEAmPQBAOzoAQBKEgEA9f8GAJfkBQCVSAcAm4QAAEsFDQA6HgMAdZgDAEoSAQDs6AEAAAAAACKtAADwuAEAIBcNAHMXDQCrFwAAYysCALYrAgAJLAIAkAgBAPvTAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADvJQAABqoBAFmqAQCsqgEAAAAAAM1HBgDMmAgAmPQBAOv0AQDxDQAA1B0AAJfkBQAeugUAcboFAKb4DAATRQUAOiUCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAoc0DAPTNAwBHzgMAms4DAO3OAwBAzwMAk88DAObPAwA50AMAtuwKAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAgHUBACceAAB6HgAAzR4AACAfAAB/JwIAQJEAAJrjAABsuAIAOP4KAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAJ0LAgBrHgIAfycCANInAgCXrA0A8Q0AANQdAACV9QYA7OgBAO6DDADQmA0AeIIBAMuCAQAegwEAcYMBAMSDAQAXhAEAxdEAAFgJAgD/sAwAUrEMAPCHCABDiAgAlogIAOmICAA8iQgAj4kIAOzoAQC9iwAA8Q0AALB6AQCAdQEAmPQBAOzoAQA4/goAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEA9f8GAJfkBQCVSAcAm4QAAEsFDQA6HgMAdZgDAAFHAACdCwIAm4QAAPCOBwBDjwcAy4IBAMXRAADtkAAAlfUGAOzoAQDugwwAax4CAE5XCAD//QEAm4QAAP/9AQB4ggEAZrMNAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAAbLgCAO6EAABBhQAAlIUAAOeFAAA6hgAA2YABACyBAQB/gQEA0oEBACWCAQDy+QwAQJEAAJrjAABsuAIA9NsBACKtAADtkAAAUwAAAAFHAAC+XAUAzUcGAOzoAQAMaAwAAAAAAAAAAAAAAAAATxQEAPCHCABDiAgADecEAHWmAQBEDgAAzJgIAPvTAgAUCQAAvYsAAPENAADUHQAAJx4AAKsXAABjKwIAtisCAAksAgDfpgkAMqcJAIWnCQB46QoAy+kKAAraCwBMAQAAnwEAAPIBAABFAgAAmAIAAFyaCgCvmgoAApsKAFWbCgA4/goA8I4HAEOPBwDLggEAxdEAAO2QAACV9QYAqxcAAP4XAABRGAAAOP4KALggDABBhQAAlIUAAOeFAAA6hgAAjYYAABfkCwDIBgwA7E8LABfkCwCElw0ALXUBAHWYAwDImAMATJkCAKmdCACOLQsA8Q0AAARoAgDF0QAALXUBABNFBQBURwAA7OgBAPCHCAC+HgIA//0BAP/9AQAtdQEAE0UFAEoSAQAAAAAA7OgBAD/pAQCS6QEA5ekBADjqAQDs6AEAeOkKAHiCAQBmsw0Am4QAAHWmAQDUHQAA2MoEAJVIBwDoSAcAO0kHAI5JBwDs6AEAafcKAM1HBgDmrAgAax4CAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAFBGBwDUHQAA/NsLAAFHAAC+XAUAgHUBAJj0AQAAAAAAqxcAAEyZAgCfmQIA8pkCAHv2AwCV9QYA6PUGAO6EAABBhQAAlIUAAOeFAAA6hgAA2xsMACNAAgB2QAIALXUBAC11AQCY9AEAqxcAAGMrAgCNqAcAvYsAAGseAgB/JwIAnfYEAFUDCADtkAAA8Q0AANQcDAD+FwAAdzsBAEoSAQDz0gQAqC0CACKtAACV9QYA8vkMAKsXAAA6HgMA7ZAAAAAAAADNRwYAmPQBAC11AQCAdQEA7OgBAD/pAQCS6QEA5ekBADjqAQA/6QEAp/oKAGseAgDs6AEAvYsAAPENAADUHQAAJx4AAOzoAQA/6QEAkukBAOXpAQA46gEAP+kBAKf6CgBrHgIA7OgBAL2LAADxDQAA1B0AAOzoAQA4/goAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAAChiAEA9IgBAEeJAQCaiQEA7OgBAL2LAADxDQAA1B0AACceAACrFwAAYysCALYrAgBMmQIAxuAIABnhCACftAoAsHoBAM1HBgDMmAgALXUBAIB1AQA6HgMAS/EDAHq9AQBKEgEA7OgBAJwrCwDvKwsAUwAAAFMAAACEDQkAax4CAAFHAAB1wQkAlfUGAOzoAQA4/goAyy4NAC11AQDs6AEATJkCAMbgCAAZ4QgAn7QKALB6AQDNRwYAzJgIAOzoAQCsawoAAAAAAPENAADkogEAN6MBAPvTAgDxDQAAcC4DAOzoAQDwhwgATlcIAOasCAABRwAAvlwFAIB1AQDtkAAA8Q0AAPENAADkogEA1B0AACceAAC+XAUAzUcGAMyYCADtkAAAQJEAAJrjAABsuAIAm4QAAC11AQBmsw0A+9MCADjjAgAYkwkASDAMAJswDADuMAwAQTEMAJQxDADnMQwAOjIMAL4eAgARHwIAZB8CAO8lAAAGqgEAWaoBAKyqAQDy+QwAQJEAAJrjAABsuAIAAAAAAJuEAABMmQIAn5kCAFcVAgB4ggEAm4QAAEsFDQCY9AEAVxUCAJuEAAB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAA2pAQBgqQEAs6kBAM1HBgBKEgEAUwAAAKYAAABZUAIApvgMAPn4DABEDgAAzJgIAO8lAAAGqgEAWaoBAEiRCgCbkQoAvYsAAHiCAQABRwAAvlwFAFMAAAB4ggEAZrMNALmzDQAGqgEAWaoBAEiRCgCbkQoA1B0AACceAACa4wAAbLgCAAAAAADs6AEA//0BAFL+AQCl/gEA+P4BAEv/AQCe/wEA8f8BAO2QAACtSwEAi+oBAN7qAQAx6wEAhOsBANfrAQCfDgoAShENAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAP4JAgBRCgIAnw4KAEoRDQCL6gEA3uoBADHrAQCE6wEA1+sBAPEaCgB4ggEAZrMNALmzDQAMtA0AX7QNAENsDABezgsA7OgBAPCHCACm+AwA97YNAEq3DQCdtw0A8RoKAEQbCgA/6QEAkukBAOXpAQA46gEAAAAAAAvOCwDs6AEA8IcIAKb4DAD3tg0ASrcNAJ23DQDxGgoARBsKAD/pAQCS6QEA5ekBADjqAQA/6QEAkukBAOXpAQA46gEA/6oBAE8UBAB1/wwAyP8MABsADQBuAA0AwQANAAAAAAC9iwAAEIwAADoeAwATRQUAVxUCAFWGDQCV9QYA0D8CAL2LAAAQjAAAOh4DABNFBQBXFQIAaY8NAGseAgC+HgIAfdAFAPX/BgDF0QAAzUcGAGseAgDQPwIAVxUCAJuEAAB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAA7yUAAAaqAQBZqgEArKoBAFMAAAD96wcAl+QFAAFHAAB1wQkATJkCAJ+ZAgDymQIARZoCAJiaAgDxDQAA7OgBABfkCwDIBgwA7E8LAP/9AQA0IA0AAAAAADj+CgBgAg0AswINAAYDDQBZAw0ArAMNAP8DDQBSBA0Anw4KAIgUDQDbFA0ALhUNAPvTAgAAAAAAzUcGAAFHAAD70wIAIq0AAPC4AQBDuQEAlrkBAOm5AQA8ugEAfycCAJ32BADs6AEAvYsAAPENAACwegEAgHUBAJj0AQDs6AEAQ2wMAF7OCwCfDgoAAAAAAHiCAQAAAAAAvYsAAJuEAADwjgcAAAAAAAAAAAC9iwAAAUcAAOzoAQDF0QAAWAkCAP+wDADs6AEAnw4KAAAAAAC9iwAAm4QAAKmdCACOLQsA5qwIADmtCACMrQgA360IAP/9AQAyrggAha4IANiuCAD//QEA2MoEACvLBAB+ywQAp5kMAPqZDABNmgwA2MoEACvLBAB+ywQAp5kMAPqZDABNmgwAm4QAAEsFDQAAAAAA7OgBAJj0AQDr9AEAPvUBAAAAAAABRwAAdcEJAO43CwBBOAsAVxUCALjUCgAL1QoAafcKAAFHAAB1wQkA7jcLAEE4CwBXFQIAqhUCAL4eAgARHwIAZB8CALcfAgDxDQAAjb0EAM8MCwARHwIAZB8CALcfAgABRwAAVEcAAGseAgBOVwgAxdEAAAAAAABrHgIAfycCAM6xAQA0BQUAl+QFAAFHAADxDQAAVxUCADQaAgCHGgIA2hoCAC0bAgCAGwIA0xsCAAFHAAAmHAIAd+cMAFRHAABrHgIATlcIAM1HBgBXFQIANBoCAFRHAABrHgIATlcIAMXRAAAAAAAAm4QAAC11AQB1mAMA1B0AAJ0LAgDtkAAAQJEAAJrjAABsuAIAVxUCADQaAgBURwAAax4CAE5XCADF0QAAVxUCADQaAgBURwAAax4CAE5XCABp9woAUwAAAP3rBwDtkAAAQJEAAJrjAABsuAIA7ZAAAO8lAABCJgAAQJEAAH8nAgCrFwAAIq0AAO2QAADtkAAAQJEAAJrjAABsuAIAm4QAAH3QBQD1/wYA7ZAAAECRAACa4wAAbLgCAAFHAAABRwAAjb0EAOC9BAD//QEAUv4BAKX+AQB1wQkA7ZAAAECRAACa4wAAbLgCAEoSAQD1/wYAAUcAAFRHAACOLQsAlfUGAPL5DABAkQAAmuMAAGy4AgB4ggEAeIIBAFMAAACEDQkALXUBAIB1AQCSNQMA5TUDAErMCgB/JwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAGseAgB/JwIA0icCACUoAgB4KAIAyygCAB4pAgBxKQIAxCkCABcqAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAAAAAO2QAABp9woA7ZAAAECRAACa4wAAbLgCAJX1BgDy+QwArUsBANZJDgBAkQAAmuMAAGy4AgAAAAAA7ZAAAECRAABOVwgAlfUGAItmCABMmQIALXUBAHWYAwCwegEAzUcGAMyYCADtkAAAQJEAAJrjAABsuAIA//0BAM1HBgDmrAgAEIwAADecAgB4ggEAy4IBACKtAAB8ngIAz54CAGazDQBAkQAAmuMAAGy4AgBLBQ0AmPQBAIl3CQDtkAAAQJEAAJrjAABsuAIAax4CAJj0AQC9iwAAShIBAPX/BgCrFwAAAUcAAHXBCQBKzAoAmuMAAGy4AgDNRwYA5qwIAAFHAAAmHAIA7yUAAP/9AQDNRwYA5qwIABCMAAA3nAIA8Q0AANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAm4QAAHWmAQDIpgEAqS8AAHyeAgB1pgEABGgCAHXBCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAVQMIACBIBgBzSAYACVwHAFxcBwCvXAcAAl0HAFVdBwCoXQcA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCX5AUAHroFAHG6BQCftAoAsHoBAM1HBgDMmAgA7ZAAAECRAACa4wAAbLgCAAFHAACbhAAA7oQAANA/AgDNRwYATJkCAMbgCAAZ4QgA7yUAAHiCAQDLggEAxdEAAO2QAABAkQAAmuMAAGy4AgC+XAUAEV0FAJ7xAwB4ggEAZrMNAEoSAQD1/wYAqxcAAAFHAAB1wQkAlfUGAPL5DABAkQAAmuMAAGy4AgDxDQAACygLAFMAAABTAAAAhA0JAGseAgABRwAAdcEJAJX1BgBVAwgAIEgGAHNIBgAJXAcAXFwHAK9cBwACXQcAVV0HAKhdBwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAHiCAQB4ggEAZrMNAJj0AQA+vQkA8I4HAJuEAABZUAIArFACAP9QAgBSUQIApVECAPhRAgBLUgIAnlICAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBrHgIAvh4CAGn3CgAtdQEAgHUBABVCAgBoQgIAu0ICAOpTAgA9VAIAkFQCAONUAgA2VQIAiVUCANxVAgAvVgIAglYCANVWAgAoVwIAe1cCAM5XAgAhWAIAdFgCAMdYAgAaWQIAbVkCAMBZAgBKEgEA//0BADQgDQBAkQAA7yUAAKf6CgBrHgIAShIBAPPSBACoLQIAdcEJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDMmAgAIq0AAB66BQBxugUAxLoFABe7BQBquwUAvbsFAEoSAQCdEgEAsiMKAItmCAAvrw0A5RIIACKtAAB8ngIAqC0CAL5cBQDNRwYAzJgIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAAAAAJuEAADwjgcAvYsAAO2QAADtkAAAQJEAAJrjAABsuAIAlfUGAPL5DADvJQAA5RIIAFciDADtkAAAlfUGAJuEAADwjgcAQ48HAJaPBwAX5AsAyAYMAOxPCwA4/goAqqYFAEoSAQD1/wYASAAHAP/9AQA0IA0AQJEAAOzoAQA/6QEAl6wNABCMAADM3QoAAUcAAL5cBQDNRwYAzJgIAL2LAAAQjAAAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIAKZ4CAOaXCwA5mAsAjJgLAN+YCwAymQsAhZkLAM1HBgDs6AEAP+kBAEImAADF0QAA7OgBADj+CgCL/goArFACAP9QAgBSUQIApVECAPhRAgBLUgIA8Q0AAOzoAQAX5AsAyAYMAOxPCwA/6QEAl6wNABCMAADM3QoAAUcAAL5cBQDNRwYAzJgIAEsFDQCrFwAA/hcAAHc7AQBEAAIA8IcIAEOICACd9gQA8vkMAJfkBQB1rQAAE1oCAFlQAgB/JwIATlcIAEWhAQAX5AsA2MoEAGn3CgC89woAD/gKAGL4CgC1+AoA7ZAAAECRAACa4wAAbLgCAKsXAAABRwAAm4QAAKgtAgC+XAUAzUcGAMyYCADtkAAAQJEAAJrjAABsuAIA3gUKAOUSCABXIgwAFUICAOzoAQCcKwsAuLkCAEoSAQD//QEAzUcGAC11AQB/egIAm4QAAKgtAgC+XAUAzUcGAMyYCADs6AEAnw4KAIgUDQDbFA0ALhUNAD/pAQCS6QEA5ekBADjqAQAAAAAA7OgBAKxrCgD/awoAhPEMANfxDAAq8gwAffIMAOm5AQCoLQIAvlwFAP/9AQB4ggEAZrMNABfkCwA6JQIAjSUCAOAlAgDYygQAfJ4CAOKzAgA1tAIAiLQCANu0AgAutQIANMACAIfAAgDawAIALcECAIDBAgDTwQIAJsICAHnCAgDMwgIAH8MCAAAAAAC9iwAAEIwAADecAgCKnAIA3ZwCADCdAgCDnQIA1p0CANjKBAB8ngIA4rMCADW0AgCItAIA27QCAC61AgC9iwAA8Q0AABfkCwDIBgwAIasCAHSrAgBKEgEA89IEAEsFDQBcmgoAr5oKAAKbCgBVmwoAlwACAPIOCgBFDwoA5qwIAJj0AQBKEgEAi5cBAHWYAwDkogEAsHoBAIB1AQCY9AEA7OgBAPCHCABDiAgAAUcAAL2LAABrHgIA++4KAPL5DACX5AUAda0AABNaAgBZUAIAfycCAJ32BADs6AEAOP4KAEsFDQCV9QYA7OgBAFyaCgCvmgoAApsKAFWbCgC9iwAA8Q0AANQdAACsawoA/2sKANN1AQAmdgEAeXYBAMx2AQAfdwEArpIBANUJDQAgSAYAc0gGAAlcBwBcXAcAr1wHAAJdBwBVXQcAS/EDAJ7xAwDx8QMARPIDAJfyAwDq8gMAlfUGAOzoAQA4/goASwUNAJX1BgDs6AEAXJoKAK+aCgACmwoAVZsKAL2LAADxDQAA1B0AAJwrCwC4uQIAC7oCAF66AgCxugIABLsCAAj5CgBb+QoArvkKAAH6CgBU+goASwUNADoeAwAirQAA+9MCAAqVCQDyYQoARWIKAJhiCgDrYgoAPmMKAJFjCgCJtQwAiBQNANsUDQAuFQ0A7OgBANUJDQDmrAgAAUcAAOzoAQDVCQ0A7yUAAOzoAQD//QEAzUcGAOasCAAQjAAAN5wCAPCHCAC+HgIAFE4CAGdOAgB1wQkAyMEJABvCCQABRwAA7OgBABfkCwDIBgwA7E8LADj+CgAHzgYAlfUGAOzoAQDF0QAALXUBABNFBQBURwAA7OgBANUJDQBMmQIAxuAIABnhCADvJQAAeIIBAMuCAQCcKwsA7ysLAEIsCwCVLAsAjb0EAM8MCwAiDQsAU24IAOzoAQDF0QAALXUBABNFBQBURwAA7OgBANUJDQBMmQIAxuAIABnhCADvJQAAeIIBAMuCAQBKEgEAer0BAM29AQAgvgEAc74BAMa+AQAZvwEAafcKAOzoAQDF0QAALXUBABNFBQBURwAA7OgBANUJDQBMmQIAxuAIABnhCADvJQAAeIIBAMuCAQD77goATu8KAEyZAgAtdQEAlfUGAPL5DADF0QAALXUBABNFBQBURwAA7OgBANUJDQBMmQIAxuAIABnhCADvJQAAeIIBAMuCAQAtdQEAf3oCAOzoAQB46QoAhA0JAC11AQCAdQEAkjUDAOU1AwBKzAoA7OgBAPvuCgDy+QwAQJEAAH8nAgDSJwIAJSgCAHgoAgDLKAIAHikCAHEpAgA4/goAYAINALMCDQCwegEAA3sBAFZ7AQBKEgEA9f8GAKsXAAABRwAA7OgBABfkCwDIBgwA7E8LAJ8OCgDyDgoAAUcAAI29BABp9woA7OgBAKxrCgD/awoAUmwKAFyaCgA6HgMAjR4DAOAeAwBKEgEA89IEAHiCAQB79gMAIq0AAO2QAAD//QEAzUcGAOasCAAQjAAAN5wCAPENAADs6AEA1QkNAOasCAABRwAA7OgBANUJDQDvJQAA7OgBAPCHCAC+HgIAFE4CAGdOAgABRwAAdcEJAJj0AQCJdwkAQJEAAOzoAQD77goATu8KAEyZAgAtdQEAlfUGAPL5DAD//QEAafcKAOzoAQBaRAIArUQCAABFAgDQPwIAI0ACAJX1BgDs6AEAOP4KAKgtAgCQCAEA4wgBAHyeAgDPngIAIp8CACuaCwB+mgsA0ZoLACSbCwB3mwsAypsLAB2cCwBwnAsAw5wLABadCwBpnQsAvJ0LAA+eCwBingsAtZ4LAAifCwBbnwsArp8LAAGgCwBUoAsAp6ALAPqgCwBNoQsAoKELAPOhCwBGogsAmaILAOyiCwA/owsAkqMLAOWjCwA4pAsAi6QLAN6kCwAxpQsAhKULANelCwAtdQEAgHUBABVCAgBoQgIAu0ICAHv9AgDO/QIAIf4CAHT+AgDH/gIAGv8CAG3/AgDA/wIAEwADAGYAAwC5AAMADAEDAF8BAwD77goA6PUGAG5TDQDBUw0A//0BAJuEAAB1pgEA1B0AAJwrCwC4uQIAircKAN23CgAwuAoAg7gKAOzoAQCsawoA0aEKACSiCgCcKwsAh80MANrNDABZUAIAAUcAAL5cBQCAdQEAmPQBAOzoAQC9iwAA4wECAL2LAAABRwAAAUcAAL5cBQCAdQEAmPQBAOzoAQD77goAVQMIAMXRAACsawoA/2sKAFJsCgDwhwgAQ4gIAHNkAgDq5AUATJkCAMbgCAAZ4QgAafcKAOzoAQBKEgEAnRIBALIjCgCbhAAAB84GAItmCACAdQEAmPQBAOzoAQDwhwgAQ4gIAJ32BADw9gQAQ/cEAKNUBQCsawoA0aEKACSiCgB4ggEAy4IBAFBiAwCjYgMA9mIDAEljAwCcYwMA72MDABfkCwCElw0Ap0cAAM5QAwAhUQMAdFEDAMdRAwB1pgEA1B0AAPzbCwDs6AEArGsKAP9rCgBSbAoAShIBAPX/BgBIAAcAnRIBAGseAgCsawoA0aEKACSiCgCsawoA/2sKAFJsCgCkeAoA93gKAEp5CgB46QoACD8BAFs/AQCWIAsA6SALADwhCwCPIQsA7OgBANUJDQDvJQAA7OgBAJwrCwCHzQwA2s0MAFlQAgABRwAAvlwFAIB1AQCY9AEA7OgBAL2LAAAfmQgAcpkIAMWZCAAYmggAa5oIAL6aCAARmwgAZJsIABfkCwDIBgwA7E8LAJwrCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAA4/goAqC0CANUJDQDMmAgA7OgBAJwrCwBEDgAAPSoIAJAqCADjKggANisIAOzoAQBTAAAAAUcAAL5cBQCAdQEAmPQBAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMAHVcJAHBXCQDVCQ0AzJgIAOzoAQC9iwAAEIwAADoeAwD02wEA7OgBAPvuCgBVAwgAShIBAPPSBAAtdQEAgHUBAOzoAQCcKwsARA4AAD0qCACQKggA4yoIADYrCADs6AEA5qwIADmtCACMrQgA360IADKuCACFrggA2K4IACuvCAB+rwgA0a8IACSwCAB3sAgAyrAIAB2xCABwsQgAw7EIABayCABpsggAnCsLANQdAAAnHgAAeh4AAM0eAAAgHwAA+9MCAPENAADs6AEAF+QLAISXDQCnRwAA+kcAAE1IAACgSAAA80gAAEZJAACZSQAA7EkAAD9KAADyYQoARWIKAKsXAAA6HgMAgHUBAJj0AQDs6AEA1QkNAMyYCADs6AEA2PMKAI4tCwDxDQAAeIIBAMuCAQAirQAAfJ4CAM+eAgAinwIAAAAAAHiCAQDxDQAABGgCAFdoAgCoLQIAdcEJAEWhAQAAAAAAAAAAAAAAAAAAAAAAAAAAAKLIAgD1yAIARaEBAAAAAACiyAIA9cgCAHjOAgArywQAM5QKAIaUCgDZlAoALJUKAH+VCgDSlQoAJZYKAHiWCgDykgMARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwDdlQMAMJYDAIOWAwDWlgMAKZcDAHyXAwB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwBAfAMAk3wDAOZ8AwA5fQMAjH0DAN99AwAyfgMAhX4DANh+AwArfwMAfn8DAJ2ACQDwgAkAQ4EJAJaBCQDpgQkAPIIJAI+CCQDiggkANYMJAIiDCQDbgwkALoQJAIGECQDUhAkAJ4UJAHqFCQDNhQkAmPQBAPvTAgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA//0BAJuEAADxDQAA1aIDACijAwBmsw0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAQHwDAJN8AwA/6QEAkukBAOXpAQA46gEATAAMADMYBACGGAQA2RgEACwZBAB/GQQA0hkEACUaBAB4GgQAnw4KAEoRDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAxdEAAKmdCAAtdQEAf3oCAGazDQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAHDNBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMA1ecFACjoBQB76AUAzugFACHpBQB06QUAuLkCAAu6AgAirQAAUwAAABi9AwBXFQIAZWwNALhsDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAVxUCAOFyDQB8ngIA4rMCADW0AgCItAIA27QCACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwCrFwAA/hcAAMXRAADtkAAAQJEAAJrjAABsuAIANHMNADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAlfUGAFUDCADtkAAA8Q0AANQcDAD+FwAAdzsBAHXBCQCtSwEAgSMLAHWYAwAEaAIAdcEJAErMCgCa4wAAbLgCAOzoAQDYygQAfJ4CAM+eAgAinwIAdZ8CAD/pAQCS6QEA5ekBADjqAQBKEgEAUwAAAIQNCQBrHgIAAUcAAHXBCQBKzAoAmuMAAGy4AgB4ggEAe/YDAM72AwBTAAAAoTwAAFcVAgBVhg0ALXUBAP/9AQAA1gUAvh4CAFlQAgBp9woA7OgBAFyaCgCvmgoAApsKAFWbCgB4ggEAy4IBAFBiAwCjYgMA8vkMAJX1BgD70wIAeIIBAMuCAQBQYgMAo2IDAPZiAwBJYwMAnGMDAO9jAwAX5AsAhJcNAKdHAACQCAEAUwAAAIQNCQDxDQAABGgCAJj0AQBrHgIAfycCAPENAADVogMAKKMDAJAIAQDs6AEAOP4KALggDABTbggApm4IAPluCABMbwgA8IcIAEOICABzZAIA6uQFAGseAgCV9QYA7OgBADj+CgAHzgYAWs4GAK3OBgAAzwYAdcEJAErMCgBXFQIA7OgBAEoSAQCLlwEAdZgDAOSiAQCwegEAgHUBAJj0AQDs6AEAOP4KAKqmBQCY9AEAiXcJAEoSAQDs6AEArGsKABNFBQBmRQUA++4KAPL5DABF+gwA/esHABMNDQBmDQ0A8Q0AAOzoAQDVCQ0AzJgIAAAAAAAAAAAA+9MCADjjAgAYkwkAa5MJAL6TCQARlAkAnw4KAIgUDQDbFA0ALhUNABfkCwDIBgwA7E8LANjKBAArywQAfssEANHLBAAkzAQAd8wEAOUECgA4BQoAiwUKAGrkCwBKzAoAncwKAPDMCgBDzQoAls0KAOnNCgA8zgoAj84KAOLOCgD77goAR9sNAO2QAAAX5AsAyAYMAOxPCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAEB8AwC+XAUAEV0FAGRdBQC3XQUACl4FAKb4DAATRQUAdcEJANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBACdCwIA8AsCAL5cBQARXQUAZF0FALddBQAKXgUAXV4FACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABwzQQAw80EABbOBABpzgQAvM4EAJwrCwDUHQAAJx4AAHoeAADNHgAAIB8AAPvTAgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAEB8AwC+XAUAEV0FAGRdBQCV9QYA7OgBANUJDQDmrAgAFtwCAGncAgBzhgkAkqoKAE5XCADmrAgAAUcAAHXBCQAX5AsAyAYMAOxPCwDY8woAji0LAPENAADtkAAAAUcAAMXRAADNRwYAax4CANA/AgDs6AEArGsKANGhCgAkogoAvYsAABCMAABrHgIAfycCAA3nBABg5wQAs+cEAJuEAAD//QEAeIIBAAAAAADs6AEA0D8CAM7FCgCAdQEAFUICAPvTAgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMA/gkCAFEKAgDYygQAfJ4CAIi6DQDbug0ALrsNADCxCwAN9QIARA4AAEoSAQD1/wYAkAgBAAFHAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAOUECgA4BQoAiwUKAGn3CgDxDQAA1aIDACijAwAAAAAA+9MCAGr5CABAkQAAmuMAAGy4AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAKmdCABp9woAAAAAAAAAAAAAAAAAosgCAPXIAgBFoQEAAAAAAAAAAAAAAAAAAAAAAKLIAgD1yAIAeM4CACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwDV5wUAKOgFAHvoBQDO6AUAIekFAHTpBQBKEgEAPFIEAI9SBADiUgQANVMEAJX1BgD//QEA7OgBAEoSAQCdEgEAsiMKAAUkCgBYJAoAShIBADxSBACPUgQA4lIEADVTBAAirQAAda0AAMitAAAbrgAAbq4AAEoSAQB6vQEAEIwAADoeAwAirQAAfJ4CAKgtAgC+XAUAzUcGAMyYCADxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDm1gIAFtUDABHSDACGawQA2WsEACxsBAB/bAQA0mwEACVtBAB4bQQAy20EAB5uBABxbgQAxG4EAOzoAQB4ggEAe/YDAIB1AQDQPwIA7OgBAD/pAQCS6QEA5ekBAKrWCgD91goAOP4KAAfOBgCV9QYAax4CAH8nAgDxDQAA5KIBAAvOCwCS8AAAz5AEAI4tCwDxDQAABGgCAASRCABXkQgAqpEIAP2RCABQkggAo5IIAPaSCABJkwgAnJMIAO+TCAA4/goASwUNAGn3CgDs6AEA1QkNAO8lAADs6AEAF+QLAISXDQCnRwAA+kcAAFMAAAD96wcAl+QFAC11AQC6YgsA5RIIAO2QAACV9QYA7OgBAEoSAQA8UgQAj1IEAOJSBAA1UwQAQ+kGANjzCgCOLQsA8Q0AAARoAgBKEgEAPFIEAI9SBADiUgQANVMEAEPpBgCW6QYA6ekGADzqBgCP6gYA4uoGADXrBgCI6wYAmCQHAI4tCwDxDQAABGgCAOzoAQCpnQgAafcKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATxQEAKIUBAAwcwgAg3MIANZzCAApdAgAfHQIAM90CAAidQgAdXUIAMh1CAAbdggAbnYIAMF2CAAUdwgAZ3cIALp3CAANeAgAYHgIAEB8AwC+XAUAEV0FAGRdBQCV9QYA7OgBANUJDQDmrAgA1QkNACBIBgBzSAYACVwHAFxcBwCvXAcAAl0HAFVdBwCoXQcA7OgBABfkCwC+XAUAEV0FAGRdBQCV9QYA7OgBANUJDQDmrAgAe/YDAJ0LAgDxDQAA1aIDACijAwCdCwIA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAEB8AwC+XAUAEV0FAGRdBQCV9QYA7OgBANUJDQDmrAgA1QkNACBIBgBzSAYACVwHAFxcBwCvXAcAAl0HAFVdBwCoXQcA7OgBABfkCwC+XAUAEV0FAGRdBQCV9QYA7OgBANUJDQDmrAgAQHwDAL5cBQARXQUAZF0FAJX1BgDs6AEA1QkNAOasCADVCQ0AIEgGAHNIBgAJXAcAXFwHAK9cBwACXQcAVV0HAKhdBwDs6AEAF+QLAL5cBQARXQUAZF0FAJX1BgDs6AEA1QkNAOasCABrHgIApvgMAH96AgDLggEAHoMBAGn3CgCdCwIAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAA3uAwDugwwA0JgNAL2LAAAQjAAAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABUfgQAp34EAPp+BABNfwQAoH8EAPN/BABGgAQAmYAEAOyABACAdQEAmPQBAOzoAQAX5AsAyAYMACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAOckEAIzJBADfyQQAMsoEAIXKBAC9iwAAEIwAADoeAwD02wEA7OgBAJwrCwBEDgAAPSoIAJAqCADjKggANisIAPvTAgCbhAAA9NsBAGseAgB/JwIAAUcAAI29BADgvQQA7ZAAAPENAABTAAAA/esHAFDsBwCa4wAAfycCAAAAAAC9iwAA7ZAAAPENAAAEaAIAdcEJAErMCgCa4wAAbLgCAAqVCQBdlQkAsJUJAGDnBACz5wQABugEAFnoBACs6AQA/+gEAFLpBACl6QQA+OkEAEvqBACe6gQA8eoEAETrBACX6wQA6usEAD3sBACQ7AQA4+wEADbtBACJ7QQA3O0EAC/uBACC7gQA1e4EACjvBAB77wQAzu8EACHwBAB08AQAx/AEABrxBABt8QQAwPEEABPyBABm8gQAufIEAJuEAADuhAAAlUgHAOhIBwCV9QYA7OgBABfkCwCElw0Ap0cAAEoSAQDz0gQARtMEAOzoAQDwhwgAQ4gIAAFHAACNvQQA4L0EAO2QAADxDQAA7OgBAHjpCgCnRgwAUOwHAOzoAQDwhwgAQ4gIAAAAAAC9iwAA7ZAAAPENAAAEaAIA7OgBAHiCAQB79gMAS/EDAIuXAQATRQUAZkUFAAxoDADF0QAAqZ0IAC11AQAirQAAlUgHAOzoAQCsawoA0aEKAJX1BgCLZggAdZgDAPvTAgAirQAAfJ4CAOKzAgA1tAIAiLQCANu0AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMAOEMNAErMCgCa4wAAbLgCAKkvAAB1rQAAyK0AABuuAABurgAAwa4AAPvTAgAirQAAfJ4CAOKzAgA1tAIAiLQCANu0AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMAOEMNAErMCgCa4wAAbLgCAO2QAACV9QYAi2YIAHWYAwCpLwAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQC8dAUAD3UFADOUCgCGlAoA2ZQKACyVCgB/lQoA0pUKACWWCgB4lgoAmPQBAIl3CQDcdwkA7OgBADj+CgCqpgUA8IcIAEOICADxDQAARA4AAOasCABrHgIAIq0AAGrJAwC9yQMAEMoDAGPKAwC2ygMACcsDAFzLAwCvywMAAswDAFXMAwCozAMA+8wDAE7NAwDOsQEAIbIBAHSyAQDHsgEAGrMBAMHJCAAUyggAZ8oIALrKCAANywgAYMsIALPLCAAGzAgAWcwIAKzMCAD/zAgAUs0IAKXNCAD4zQgAS84IAJ7OCADxzggARM8IAJfPCADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAvWgFABBpBQBjaQUAtmkFAAlqBQBcagUAr2oFAE7UAgCh1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABUfgQAp34EAPp+BABNfwQAoH8EANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwB46QoAOpoJAI2aCQDgmgkAM5sJAIabCQDZmwkALJwJAH+cCQDSnAkAJZ0JAHidCQDLnQkAHp4JAHGeCQDEngkAF58JAGqfCQC9nwkAEKAJAGOgCQC2oAkACaEJABbcAgBp3AIAc4YJAJKqCgBOVwgA5qwIAAFHAAB1wQkAF+QLAMgGDADsTwsA2PMKAI4tCwDxDQAACpUJAF2VCQCd9gQA8PYEAEP3BACjVAUAnCsLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAMXRAADtkAAAqxcAAAFHAADs6AEAOP4KAMXRAABYCQIAAUcAAOzoAQDF0QAAWAkCAP+wDABSsQwAXJoKAK+aCgACmwoAVZsKAHjpCgCEDQkA8Q0AAOSiAQCwegEA//0BAHiCAQBmsw0AF+QLAMgGDADsTwsA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAOUECgA4BQoAiwUKABfkCwCElw0Ap0cAAPCHCABDiAgAnfYEAPD2BABD9wQAo1QFAJwrCwDUHQAAJx4AAHoeAADNHgAAIB8AAJLwAAB2AQsAyJgDANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwAUHQkA/2sKAFJsCgD//QEAANYFAFPWBQCm1gUA+dYFAKsXAADs6AEAnCsLAIfNDADazQwAqC0CAC11AQBL8QMA9f8GAM1HBgDmrAgAAUcAAHXBCQBKzAoAmuMAAGy4AgBJHQ0AvlwFABFdBQBkXQUAt10FAApeBQBdXgUAEE0JANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAcM0EAMPNBAAWzgQAac4EALzOBACcKwsA1B0AACceAAB6HgAAzR4AAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAFtwCAGncAgBzhgkAxoYJABmHCQBshwkAv4cJABKICQA/6QEA5RIIADgTCACLEwgA1QkNAGseAgDs6AEA++4KAE7vCgBrHgIAfycCAHNkAgABRwAAJhwCAGseAgBp9woA7OgBAEWhAQC9iwAAEIwAADoeAwD02wEA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwAjaQgA4okIACCNCABzjQgAxo0IABmOCABAfAMAvlwFABFdBQBkXQUAlfUGAOzoAQDVCQ0A5qwIANUJDQAgSAYAc0gGAAlcBwBcXAcAr1wHAAJdBwBVXQcAqF0HAOzoAQAX5AsAvlwFABFdBQBkXQUAlfUGAOzoAQDVCQ0A5qwIAAFHAAC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQCwXgUAA18FAFZfBQCpXwUAglUOANVVDgBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBAfAMAvlwFABFdBQBkXQUAt10FAApeBQCftAoA1B0AAM47BgBmsw0Al+QFAAFHAAC+XAUAzUcGAMyYCAABRwAAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAsF4FAANfBQBWXwUAqV8FAO2QAABAkQAAmuMAAGy4AgA+9QEAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAsF4FAJNECwDmRAsAOUULAIxFCwDfRQsAMkYLAIVGCwBEDgAAPSoIAJAqCADjKggANisIACYcAgAgSAYAc0gGAMZIBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPvTAgBq+QgAQJEAAJrjAABsuAIAqxcAAP4XAAA5tAcAjLQHAN+0BwAytQcAhbUHANi1BwC+HgIATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAOzoAQAX5AsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAEE0JAGsyCwAirQAAIq0AAB66BQBxugUAxLoFABe7BQCd9gQA7OgBADj+CgDvJQAAAUcAAHXBCQBKzAoAnCsLANQdAADOOwYAZrMNAJfkBQABRwAAvlwFAM1HBgDMmAgA7OgBAJ8OCgCIFA0A2xQNAC4VDQAN9QIAXokJALGJCQAEigkAV4oJAKqKCQD9igkAH64FAHKuBQDFrgUAGK8FAGuvBQC+rwUAEbAFAGSwBQC3sAUACrEFAA/IBQBiyAUAtcgFAAjJBQBbyQUArskFAL2LAABrHgIAax4CAH8nAgCrFwAAAUcAAOzoAQAX5AsAyAYMACBIBgCEDQkAeIIBAMuCAQAegwEAafcKAPvTAgAAAAAA7OgBABfkCwA6JQIAjSUCAOAlAgAwsQsAnCsLAO8rCwAtdQEAE0UFAJuEAAD//QEAeIIBAGazDQCcKwsA1B0AACceAAB6HgAAzR4AACAfAACzjQUA7OgBAD/pAQCn+goA+voKAE37CgAX5AsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUA+9MCABbcAgBp3AIAc4YJADj+CgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAZrMNAJwrCwDUHQAAJx4AAHoeAADNHgAAIB8AAEoSAQAAAAAAUwAAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIAax4CAE5XCADXSwwAI0ACAECRAADyYQoARWIKAGseAgB/JwIADecEAGDnBACz5wQAm4QAAP/9AQB4ggEAZrMNAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAEIwAAKsXAABp9woA+9MCAAFHAAAirQAAUwAAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwDvJQAABqoBAFmqAQCsqgEAIq0AAPC4AQA4kAIAqHkDAGseAgB/JwIA0icCAJesDQDxDQAA1B0AALebCAAKnAgAXZwIALCcCAADnQgAVp0IAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQAN9QIARA4AAD0qCACQKggA4yoIADYrCADs6AEAnw4KAIgUDQDbFA0ALhUNAIJVDgDVVQ4AKFYOAHtWDgDOVg4AIVcOAHRXDgDHVw4AGlgOAG1YDgDAWA4AE1kOAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwDdlQMA2PMKAI4tCwDxDQAA//0BAADWBQBT1gUAptYFAPnWBQBM1wUAn7QKACdxAABMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAm4QAAO8lAADQPwIA7/sFAM6xAQDxDQAAqS8AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQBAkQAAmuMAAGy4AgDUHAwA394BAGKKAgC1igIACIsCAFuLAgBOVwgA7yUAAGseAgB/JwIAAUcAAI29BADgvQQA7ZAAAPENAADUHQAArUsBAABMAQBTTAEAETMLAGQzCwC3MwsA7OgBAEoSAQDz0gQAafcKAOzoAQBcmgoAr5oKAAKbCgBVmwoA//0BADQgDQA4/goATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBANjKBAArywQAM5QKAIaUCgDZlAoALJUKAH+VCgDSlQoAJZYKAHiWCgDLlgoAHpcKAJ8OCgDxDQAABGgCAFdoAgD//QEAeIIBAHv2AwB1mAMA4wECABrHCgAX5AsAyAYMAOxPCwCsawoAUwAAAO6EAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIATtQCAKHUAgA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAA//0BAM1HBgDNRwYAAUcAAPENAAAEaAIAjb0EAM8MCwDLLg0A7OgBAD/pAQBrHgIATlcIAEoSAQDs6AEARaEBAJLwAAD70wIA5tYCAHWtAADIrQAAG64AAG6uAADBrgAAFK8AANjzCgAr9AoAfvQKANH0CgDwhwgA8mEKAEViCgDs6AEA1QkNAOasCAABRwAA7OgBANUJDQDvJQAA7OgBADj+CgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAZrMNAP/9AQAA1gUAU9YFAKbWBQD51gUATNcFAJ+0CgDs6AEAF+QLAMgGDADsTwsAF+QLAJuEAADwjgcA0D8CAOzoAQAX5AsASwUNAGn3CgDs6AEA1QkNAO8lAADs6AEAF+QLAISXDQCnRwAA+kcAAE1IAADtkAAAlfUGAOzoAQD//QEAANYFAFPWBQCm1gUA+dYFAEzXBQB4ggEAm4QAAHWmAQAEaAIAvlwFACKtAADxDQAA1B0AAJuEAABZUAIAIq0AAJVIBwBXFQIAZWwNALhsDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAVxUCAOFyDQA0cw0AOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIAAAAAAFMAAAD96wcAEw0NAPENAADUHQAAm4QAAFlQAgAirQAAlUgHAFMAAAA1DgIAVxUCAGVsDQC4bA0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AAFcVAgDhcg0ANHMNADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAPvTAgABRwAAjb0EAM8MCwAUTgIA8Q0AAFMAAACEDQkAax4CAAFHAAD70wIAAUcAAI29BADPDAsAFE4CAPENAABTAAAAhA0JAGseAgABRwAA+9MCAGr5CABAkQAAmuMAAGy4AgB4ggEAe/YDAEyZAgAtdQEAgHUBAJj0AQAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAHVcJANQdAAAnHgAAmuMAAGy4AgCdCwIA8AsCAI29BADPDAsAFE4CAPENAABTAAAAhA0JAGseAgABRwAAVxUCAOFyDQA0cw0AOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIAglUOANVVDgBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwCfDgoAiBQNANsUDQAuFQ0AZbkCAHyeAgCIug0A27oNAC67DQCBuw0A1LsNACe8DQB6vA0AzbwNAJ+EBQDyhAUARYUFAJiFBQDrhQUAPoYFAJGGBQD70wIA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBAfAMAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAEE0JANjKBAB8ngIAiLoNANu6DQAuuw0AgbsNANS7DQAnvA0AerwNAM28DQDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMAAUcAAL5cBQARXQUAZF0FALddBQAKXgUAXV4FALBeBQADXwUAVl8FAKlfBQAW3AIA7ZAAAMXRAAAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAMyYCAD+FwAAL8sJAILLCQCbhAAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAGazDQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAncQAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAGazDQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BABbcAgBp3AIAc4YJADj+CgDwjgcAe/YDAEyZAgDG4AgAXJoKAK+aCgAvywkAgssJAPENAADs6AEAP+kBAKf6CgD6+goATfsKAKD7CgCsawoA/2sKAFJsCgBp9woAzUcGAOasCABrHgIA7OgBANjKBAB1rQAAvYsAAPENAAAEaAIAdcEJAOzoAQBcmgoAr5oKAC/LCQCCywkAOP4KAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQDVCQ0AIq0AACKtAAAeugUAcboFAMS6BQAXuwUAnfYEAOzoAQDF0QAAqZ0IAC11AQB/egIAZrMNAJ8OCgDxDQAABGgCAFdoAgD//QEAeIIBAHv2AwB1mAMA4wECAC11AQCAdQEAmPQBAOzoAQA4/goAqqYFANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAQHwDAJN8AwDmfAMAOX0DANWiAwAoowMAQ+kGAJbpBgDp6QYAPOoGAI/qBgDi6gYAF+QLACKtAABTAAAAAAAAAC11AQBTAAAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAQHwDAJN8AwDmfAMAF+QLAISXDQCnRwAA2PMKAI4tCwDxDQAABGgCABfkCwC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQAQTQkAY00JALZNCQCL6gEALXUBAGseAgB/JwIA1QkNACBIBgBzSAYAxkgGAOzoAQAX5AsAIq0AAFMAAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwDF0QAALXUBABNFBQBURwAA7OgBANjzCgCOLQsA8Q0AAARoAgDs6AEAlfUGAOj1BgDLLg0AAUcAAL5cBQBMmQIAxuAIAJwrCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAADubwMAQXADAJRwAwC9iwAAEIwAADf9AABMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAZrMNANUJDQBrHgIA7OgBAPvuCgBVAwgA7ZAAAPENAADs6AEAXJoKAK+aCgACmwoAVZsKAJcAAgBKEQ0AgSMLAHWYAwCV9QYA8Q0AAOzoAQCcKwsA1B0AACceAAB6HgAAzR4AACAfAABzHwAA7m8DAEFwAwCUcAMAvYsAABCMAAA3/QAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAGazDQDVCQ0Aax4CAOzoAQD77goAVQMIAO2QAADxDQAA7OgBAFyaCgCvmgoAApsKAFWbCgCXAAIAShENAIEjCwB1mAMA7OgBAJwrCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAADubwMAQXADAJRwAwC9iwAAEIwAADf9AABMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAZrMNANUJDQBrHgIA7OgBAPvuCgBVAwgA7ZAAAPENAADs6AEAXJoKAK+aCgACmwoAVZsKAJcAAgBKEQ0AgSMLAHWYAwAAAAAAm4QAAPCOBwBDjwcAe/YDAPvTAgBrHgIApvgMAIB1AQCY9AEAiXcJAECRAACa4wAAbLgCABbcAgBp3AIAc4YJAMaGCQDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAA4/goATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAO2QAABKEgEAIq0AAHyeAgDuhAAAlUgHAOhIBwDxDQAA1B0AACceAAB6HgAAzR4AACAfAAB/JwIAQJEAAJrjAABsuAIAzrEBAPENAAD70wIADfUCAF6JCQCxiQkABIoJAFeKCQCqigkA/YoJADCxCwDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMA5QQKADgFCgC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQAQTQkAF+QLAMgGDACV9QYA8vkMAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDR2QIAhJcNAKdHAADz7QwARu4MAKxrCgDRoQoAJKIKAFyaCgCvmgoAURgAADj+CgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAZrMNANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAOP4KAKgtAgCH1AsAhJcNAC11AQB1mAMAyJgDAEoSAQCdEgEAShIBAPX/BgCrFwAA+/wIAE79CACh/QgAqtYKAP3WCgBKEgEA89IEAFlQAgDQPwIAI0ACAJX1BgDs6AEA++4KAPL5DACbhAAA2PMKACv0CgB+9AoA0fQKACT1CgB39QoAyvUKAB32CgCYrgsASwUNAJX1BgDs6AEArGsKANGhCgAkogoA8/sKAE7vCgB1mAMAJ3EAAP/9AQB4ggEAZrMNAJX1BgDs6AEAvYsAABCMAAABRwAAvlwFAH96AgDs6AEAF+QLAL5cBQARXQUAZF0FAJX1BgDs6AEA8IcIAEOICAABRwAAjb0EAHiCAQB79gMAzvYDAEhoBAAirQAAVxUCAOFyDQA0cw0AOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIAVYYNANQdAAAnHgAAeh4AAM0eAAAgHwAAlfUGAPL5DACbhAAAB84GAPvTAgBVAwgAxdEAAKsXAAD70wIAqZ0IAI4tCwDxDQAABGgCAHiCAQDLggEAJ9gJAHrYCQDN2AkAINkJAP3rBwBQ7AcAmuMAAGy4AgBe1QoAIEgGAHNIBgDGSAYA7OgBAL2LAAAQjAAAOh4DAPTbAQDs6AEAnCsLAEQOAAA9KggAkCoIAOMqCACcKwsAh80MANrNDACoLQIAvYsAAPENAADs6AEAqZ0IABrHCgCX5AUA0D8CACNAAgCV9QYAVQMIACBIBgBzSAYACVwHAFxcBwCvXAcAAl0HAFVdBwCoXQcA+10HAE5eBwChXgcA9F4HAEdfBwCaXwcA7V8HAEBgBwCTYAcA5mAHADlhBwCMYQcA32EHADJiBwCFYgcAaHIHALtyBwAOcwcAYXMHAJX1BgDs6AEA1QkNAOasCAABRwAA7OgBAMXRAABYCQIALXUBABNFBQC+XAUAgHUBAJj0AQDs6AEAP+kBAKf6CgBrHgIA7OgBANUJDQAgSAYAc0gGAAlcBwBcXAcAr1wHAAJdBwBVXQcAUOwHAL4eAgCoLQIAvlwFAM1HBgDMmAgAAUcAAL5cBQARXQUAZF0FALddBQAKXgUAXV4FALBeBQCTRAsA5kQLADlFCwCMRQsA30ULADJGCwCFRgsAAd8CAHq9AQABRwAAm4QAAKgtAgB1wQkA1QkNACBIBgBzSAYACVwHAFxcBwCvXAcAAl0HAFVdBwCoXQcA7OgBABfkCwC+XAUAEV0FAGRdBQCV9QYA7OgBANUJDQDmrAgAAUcAAP4JAgC9iwAAEIwAADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AABKEgEAnRIBALIjCgCLZggAL68NAGn3CgDs6AEA2MoEACvLBAAzlAoAEIwAAAFHAAB1wQkA0dkCAL5cBQARXQUAZF0FALddBQAKXgUAXV4FABBNCQDF0QAAWAkCAC11AQATRQUAvlwFAIB1AQCY9AEA7OgBAD/pAQCn+goAax4CAOzoAQBMmQIAn5kCAPKZAgBFmgIAqZ0IAI4tCwDxDQAABGgCAFdoAgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAIq0AAAAAAAB4ggEA+9MCABbcAgBp3AIAc4YJANjzCgCOLQsA8Q0AAARoAgDxDQAA7OgBADj+CgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAZrMNAKxrCgD/awoAUmwKAKR4CgD3eAoASnkKAHjpCgCEDQkA1w0JAE7UAgCh1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABrHgIAfycCAA3nBACoLQIAdcEJAJwrCwDUHQAA8Q0AAOSiAQCwegEAzUcGAHiCAQB4ggEA7OgBANjzCgCOLQsA8Q0AAARoAgCS8AAAdgELAE8UBAAX5AsAjb0EAOC9BADtkAAAlfUGAOzoAQA/6QEAp/oKAGseAgDs6AEAAAAAAL2LAADtkAAAQJEAAGn3CgDs6AEAP+kBAJLpAQDl6QEAOOoBAKsXAAD+FwAAL8sJAILLCQDxDQAA7yUAAAaqAQBZqgEArKoBAPL5DACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA5tYCABbVAwAzlAoAhpQKANmUCgAslQoAf5UKANKVCgAllgoAeJYKAPCHCABDiAgADecEAGDnBACz5wQA7OgBADj+CgBLBQ0AafcKAOzoAQDYygQAK8sEAH7LBACnmQwA+pkMAO6EAABTbggA7OgBAHjpCgCEDQkALXUBAIB1AQCoLQIA8Q0AAPvTAgAW3AIAadwCAHOGCQDGhgkA1B0AACceAAB6HgAAzR4AACAfAACzjQUA7OgBADj+CgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAZrMNAD/pAQCn+goAax4CAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwDxDQAA1B0AACceAAB6HgAAzR4AACAfAACzjQUABo4FACceAACa4wAAbLgCANQdAAAnHgAAmuMAAGy4AgCCVQ4A1VUOAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAnQsCAGseAgB/JwIA0icCAJesDQDxDQAA1B0AAD9QCwBjKwIAjagHAOCoBwDs6AEAnCsLANQdAAAnHgAAeh4AAM0eAAAirQAA0D8CAKmdCACOLQsA5qwIAPENAADUHQAAnQsCAJX1BgBrHgIApvgMAEyZAgDG4AgAGeEIAFcVAgBlbA0AQJEAAJrjAABsuAIAVxUCAKsXAADtkAAAAUcAAMXRAADNRwYAax4CANA/AgAjQAIAQJEAAJrjAABsuAIAglUOANVVDgAgFw0AcxcNAMYXDQAAAAAAAAAAAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA+9MCAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMAF+QLAISXDQCnRwAAnw4KAPIOCgCV9QYAUwAAAIQNCQAtdQEAgHUBAJI1AwDs6AEAvYsAAGseAgB4ggEA+9MCABQJAACpnQgA/J0IAE+eCADYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQA5QQKADgFCgCLBQoAF+QLAISXDQCnRwAAzlADAFUDCACoAwgA+wMIAE4ECAChBAgA00QIAPvuCgDo9QYA7ZAAAEoSAQCdEgEAzlADAFUDCACoAwgA+wMIAE4ECAChBAgA00QIAPvuCgDo9QYA7ZAAAEoSAQCdEgEA8BIBAOzoAQDwhwgA8mEKAEViCgCrFwAAOh4DAIB1AQCY9AEA7ZAAAECRAABKEgEAi5cBAHWYAwDkogEAsHoBAM1HBgDMmAgA7OgBAPvuCgDy+QwAqxcAADoeAwDtkAAAlfUGAOzoAQDF0QAAqZ0IAC11AQB/egIAZrMNABfkCwCNvQQAafcKAC11AQCAdQEAmPQBAOzoAQAX5AsAyAYMAOxPCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQA5QQKADgFCgCLBQoAF+QLAISXDQCnRwAAzlADAFUDCACoAwgA+wMIAE4ECAChBAgA00QIAPvuCgDo9QYA7ZAAAEoSAQCdEgEA++4KAEfbDQCa2w0A7dsNAEDcDQCT3A0A5twNANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBADB0AcAzUcGACKtAADQPwIAI0ACAECRAAB/JwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKHNAwBw9goAw/YKABb3CgAoawsAqZ0IAC11AQB/egIAZrMNAD/pAQBCJgAAAUcAACKtAACVSAcALXUBAIB1AQCY9AEA7OgBAJwrCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAA4/goAyy4NAC11AQDs6AEATJkCAMbgCAAZ4QgAn7QKALB6AQDNRwYALXUBAH96AgBmsw0AqxcAAP4XAAB3OwEA7yUAAKf6CgD6+goATfsKAKD7CgCKnAIAQJEAAJrjAABsuAIARaEBAPq1CABNtggAoLYIAPO2CABGtwgAmbcIAAAAAACiyAIA9cgCAFyaCgCvmgoAURgAAJPBBQDmwQUAStMJAJ3TCQDw0wkAP+kBAOUSCAA4EwgAixMIANUJDQBrHgIA7OgBAPvuCgBO7woAax4CAH8nAgBzZAIAAUcAACYcAgBrHgIAnw4KAPIOCgBFDwoAmA8KAOsPCgAAAAAATJkCAJ+ZAgBZUAIAAAAAAGseAgDyYQoARWIKAAAAAACV9QYAVQMIAKgDCAD7AwgATgQIAKEECABtLwgAwC8IABMwCABmMAgAIq0AANA/AgAjQAIAAUcAAKsXAAD+FwAAdzsBAO8lAACn+goA+voKAE37CgCg+woAipwCAECRAACa4wAAbLgCAFcVAgBVhg0ARA4AAD0qCAComwoA5RIIAFciDAAVQgIA7OgBADj+CgCqpgUATJkCAJ+ZAgDymQIAe/YDAJX1BgDs6AEA++4KAFUDCACoAwgA+wMIAE4ECAChBAgA00QIAJ8OCgDyDgoATJkCAC11AQBrHgIATlcIAMyYCABKEgEA9f8GAKsXAADF0QAAzUcGAGseAgDQPwIAzsUKAIB1AQCY9AEA7OgBANjKBAArywQAfssEAKeZDAD6mQwATZoMAKCaDADzmgwARpsMAOzoAQDwhwgA8mEKAEViCgCYYgoA62IKAD5jCgCRYwoAnCsLAIfNDACNvQQAzwwLAKgtAgB1wQkAmPQBAOzoAQCsawoA0aEKACSiCgCfDgoALXUBABNFBQBURwAAp0cAAPPtDADs6AEAXJoKAK+aCgACmwoAVZsKAPCHCADyYQoARWIKAKsXAAA6HgMAgHUBAJj0AQDs6AEA1QkNAGseAgDs6AEAShIBAIuXAQB1mAMAqS8AAPC4AQA4kAIA7yUAAOUSCACY9AEAvYsAAGseAgB/JwIAax4CAH8nAgAN5wQAqC0CAHXBCQD77goAVQMIAKgDCAD7AwgATgQIAKEECADTRAgAeOkKAAg/AQBbPwEATJkCAC11AQCV9QYA8vkMAM1HBgDNRwYAAUcAAHiCAQBmsw0A8Q0AAOSiAQDs6AEA++4KAFUDCACoAwgA+wMIAE4ECAChBAgA00QIAFyaCgCvmgoAApsKAFWbCgComwoA+5sKAE6cCgChnAoA++4KAFUDCACoAwgA+wMIAE4ECAChBAgA00QIAJ8OCgDyDgoAlfUGAFMAAACEDQkALXUBAIB1AQCX5AUA6uQFAD3lBQCQ5QUA4+UFADbmBQCJ5gUA3OYFAC/nBQCC5wUALXUBAJuEAADwjgcA7OgBABfkCwAirQAAUwAAAPvTAgDs6AEA7oMMANCYDQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAkvAAAAAAAABPFAQAdf8MAKf6CgBrHgIAAUcAAL5cBQBMmQIAxuAIAM47BgBp9woA7OgBAPCHCABDiAgAlogIAOmICAA8iQgAj4kIAOzoAQCsawoA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwChzQMAl+QFAOrkBQA95QUAkOUFAOPlBQA25gUAieYFANzmBQAv5wUAgucFABbcAgBp3AIARIoGAO6DDADtkAAArUsBAIEjCwB1mAMABGgCAL5cBQCAdQEAmPQBAOzoAQD77goAVQMIAEoSAQDz0gQALXUBAMHQBwAU0QcAZ9EHALrRBwAN0gcAYNIHALPSBwAG0wcAWdMHAKzTBwD/0wcAUtQHAKXUBwD41AcAS9UHAJ7VBwDx1QcARNYHAGseAgB/JwIA0icCAJesDQDxDQAA1B0AAEWhAQABRwAAIq0AAFMAAAD70wIAAAAAAHiCAQDxDQAA+9MCAAAAAAC9iwAAEIwAADoeAwD02wEA+9MCAAAAAAD//QEAeIIBAGazDQAX5AsAyAYMAOxPCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQA5QQKADgFCgCLBQoAF+QLACKtAABTAAAA+9MCAAAAAAB4ggEA8Q0AAPvTAgAAAAAAnCsLAOSiAQA3owEA+9MCAAAAAACrFwAAqxcAAO2QAACX5AUAAUcAAL5cBQDNRwYAzJgIAOzoAQDwhwgAQ4gIAJaICADpiAgAPIkIAI+JCAAAAAAAAUcAAAFHAABTAAAAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAMwbDgCEDQkA1w0JACoOCQCS8AAAz5AEAI4tCwDxDQAABGgCAAvOCwDwhwgAQ4gIAA3nBABg5wQAs+cEAOzoAQD77goA6PUGAG5TDQDBUw0A//0BAJuEAAB1pgEA1B0AAJwrCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAA4/goAqC0CAL2LAAB4ggEAlfUGAOzoAQBcmgoAr5oKAAKbCgBVmwoA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAOUECgA4BQoAiwUKAGseAgB/JwIA0icCAJesDQDxDQAA1B0AAPL5DABAkQAAmuMAAGy4AgDtkAAAQJEAAJrjAADg9AgAM/UIAFEYAAAAAAAAAAAAAAAAAACiyAIA9cgCAHjOAgArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMA1ecFACjoBQB76AUAzugFACHpBQB06QUAAAAAAAAAAACiyAIA9cgCAHjOAgArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMA1ecFACjoBQB76AUAzugFACHpBQB06QUAxdEAAC11AQCAdQEA7ZAAAECRAACa4wAAbLgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAqxcAAO2QAAABRwAAVxUCAOFyDQA0cw0AOJACAKh5AwD7eQMATnoDAKF6AwA4Qw0Ai0MNAN5DDQAxRA0AhEQNANdEDQAqRQ0AfUUNAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMADGgMAM1HBgDxDQAA7OgBAJ8OCgCIFA0A2xQNAC4VDQAAAAAAAAAAAAAAAAB1wQkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQBFTgEAAAAAAAAAAAAAAAAArUsBAIEjCwDNRwYAzJgIAOzoAQDwhwgAQ4gIAJaICADpiAgAPIkIAAAAAADtkAAAQJEAAP/9AQAtdQEAgHUBABVCAgBH2w0AEIwAAJj0AQDxDQAAJ3EAAIjCAADvJQAA//0BAJuEAACIwgAA7OgBADj+CgD//QEAmPQBAIl3CQDOOwYAZrMNAKmdCACrFwAA7ZAAAK1LAQCBIwsAAAAAAKsXAADs6AEA8IcIAEOICACpnQgAvYsAAPENAAAncQAAB84GAPENAADkogEAsHoBAM1HBgDMmAgA7ZAAAPCHCACm+AwAumILAOUSCAC9iwAAAUcAAJuEAACoLQIAAAAAAM1HBgDs6AEA8IcIAEOICABzZAIAxmQCAPENAAAncQAAB84GAKsXAAD+FwAA+9MCAGr5CAC9+QgAEPoIAGP6CAC2+ggACfsIAFz7CACv+wgAAvwIAFX8CACo/AgA7ZAAAJfkBQDq5AUAPeUFAJDlBQDj5QUANuYFAInmBQDc5gUAL+cFAILnBQA/6QEAkukBAOXpAQA46gEA/6oBAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMAFtwCAGncAgBzhgkAxoYJABmHCQBshwkAv4cJABKICQA/6QEA5RIIADgTCACLEwgA1QkNAGseAgDs6AEA++4KAE7vCgBrHgIAfycCAHNkAgABRwAAJhwCAGseAgBjKwIA8I4HAGazDQBAkQAAmuMAAGy4AgDNRwYAzUcGAHiCAQDs6AEAF+QLAL5cBQARXQUAZF0FAJX1BgDs6AEA1QkNAOasCAABRwAA7OgBAMXRAACpnQgALXUBAH96AgBmsw0AxdEAAFgJAgAtdQEAE0UFAL5cBQCAdQEAmPQBAOzoAQA/6QEAp/oKAGseAgDs6AEAOP4KAEsFDQCeBQ0A1QkNACBIBgBzSAYAxkgGAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCsawoA0aEKACSiCgBcmgoAr5oKAAKbCgBVmwoAOP4KAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQBmsw0A/gkCAFEKAgDwhwgAQ4gIAAAAAAC9iwAA7ZAAAPENAAAEaAIA7OgBABfkCwC+XAUAEV0FAGRdBQCV9QYA7OgBANUJDQDmrAgAAUcAAOzoAQA4/goA7yUAAAFHAAB1wQkASswKAKsXAADtkAAArUsBAPvTAgDR2QIAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAEE0JADj+CgC4IAwAAAAAAL2LAAAtdQEAax4CAKb4DACAdQEAmPQBAOzoAQA4/goAqqYFANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAGazDQBAkQAAmuMAAGy4AgBJHQ0AvlwFABFdBQBkXQUAt10FAApeBQBdXgUANDwJAIc8CQDaPAkALT0JAIA9CQDTPQkAJj4JAHk+CQDMPgkAHz8JAHI/CQCS8AAAxdEAAFgJAgAtdQEAE0UFAOT1AQBrHgIAfycCAA3nBACoLQIAdcEJALggDAAAAAAAvYsAAC11AQBrHgIAfycCAM6xAQCV9QYA//0BACKtAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMA1QkNAP/9AQABRwAAm4QAAC11AQCAdQEA7OgBAM6xAQCV9QYA//0BACKtAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMA7OgBAJ8OCgBKEQ0AAEwBAFNMAQARMwsAZDMLALczCwAKNAsAXTQLAMXRAACpnQgAGscKAKsXAADs6AEAF+QLAI29BABp9woALXUBAIB1AQCY9AEA7OgBABfkCwDIBgwA7E8LANjKBAArywQAfssEANHLBAAkzAQAd8wEAPENAADs6AEA2MoEACvLBAAzlAoAhpQKANmUCgAslQoAf5UKANKVCgAllgoAeJYKAMuWCgAelwoAOP4KALggDAAAAAAAvYsAAC11AQBrHgIAfycCAJ32BADs6AEAP+kBAGseAgBOVwgAShIBAOzoAQAX5AsAhJcNAKdHAAC9iwAAEIwAADecAgCKnAIAQJEAAHiCAQBp9woALXUBAIB1AQCY9AEA7OgBAPvuCgDo9QYAblMNAMFTDQD//QEAm4QAAHWmAQDUHQAAOP4KALggDAAAAAAAvYsAAC11AQBrHgIAfycCADj+CgCqpgUA8IcIAEOICADxDQAARA4AAOasCABrHgIAIq0AAO2QAAA/6QEAax4CAE5XCABKEgEA7OgBAKxrCgATRQUA8Q0AAOzoAQB46QoACD8BAKb4DABL8QMA89IEAFlQAgBp9woA7OgBAD/pAQCS6QEA7oQAAFNuCAAmHAIAax4CAGn3CgDs6AEA1QkNAGseAgDs6AEAnCsLAEQOAADmrAgAax4CACKtAADtkAAAAUcAAJuEAAAHzgYAlfUGAGseAgCm+AwAgHUBAO8lAACn+goA7OgBAJ8OCgDyDgoARQ8KAHc7AQDvJQAAp/oKAPr6CgBN+woAoPsKAJuEAAAtdQEAnQsCAJuEAAAawAsAPr0JAJG9CQCAdQEAd0gLAI29BADPDAsAFE4CAPENAABwLgMAm4QAAKgtAgB1wQkA2PMKAI4tCwDxDQAABGgCAOzoAQBcmgoAYysCALYrAgAJLAIAURgAAJPBBQDmwQUAStMJAJ3TCQDw0wkAQ9QJAJbUCQDp1AkA1B0AACceAAB6HgAAzR4AACAfAABzHwAAShIBAIuXAQB1mAMA//0BADQgDQCpnQgAm4QAAEyZAgAtdQEAgHUBAGrkCwDIwQkAG8IJAG7CCQDBwgkAFMMJAGfDCQC6wwkADcQJAGDECQCzxAkABsUJAFnFCQCsxQkATu8KAN5mCAAxZwgAhGcIAL2LAACV9QYA8IcIAEOICAAN5wQAB84GAOzoAQC9iwAAlfUGAAAAAADNRwYA7OgBABfkCwC+XAUAEV0FAGRdBQC3XQUACl4FAKmdCABTAAAAnQsCAKsXAADtkAAAAUcAAMXRAADNRwYAax4CANA/AgCdCwIAmPQBAIl3CQDcdwkAL3gJAIJ4CQDVeAkAKHkJAH8nAgDxDQAA5KIBANQdAADxDQAA+9MCAJj0AQCJdwkA3HcJAC94CQCCeAkA1XgJACh5CQB7eQkAznkJACF6CQB0egkAx3oJAD/pAQCn+goAax4CANUJDQBrHgIA7OgBAJwrCwDUHQAAJx4AAHoeAAAtdQEAIq0AAO2QAABcmgoAr5oKAAKbCgBVmwoA0D8CAF8qCQD+FwAAxdEAAKmdCACOLQsA8Q0AAARoAgB1wQkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BADnCBQCMwgUA38IFADLDBQCFwwUA2MMFADj+CgAHzgYAlfUGAGseAgB/JwIA8Q0AAOSiAQDs6AEAP+kBAKf6CgD6+goATfsKACBIBgBzSAYAxkgGAOzoAQAX5AsAIq0AAFMAAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwBAfAMAk3wDAJuEAAAtdQEA7ZAAAECRAACa4wAAbLgCAEWhAQD6tQgATbYIAKC2CADztggARrcIAJm3CADtkAAAShIBAFMAAACEDQkAax4CAL4eAgBZUAIAafcKAOzoAQA/6QEAkukBAOXpAQCq1goA/dYKAKxrCgD/awoAUmwKAFyaCgBjKwIAtisCAAksAgDwhwgAQ4gIAPENAABEDgAAeIIBAL2LAAABRwAAvlwFAM1HBgCV9QYA8vkMAKsXAABjKwIAtisCAAksAgBcmgoAr5oKAGseAgDs6AEAnCsLANQdAAAnHgAAeh4AAKsXAABjKwIAtisCAAksAgB46QoACD8BAFs/AQBMmQIALXUBAJX1BgDy+QwAIq0AAJVIBwDs6AEA2PMKAI4tCwDxDQAABGgCAOzoAQCsawoA0aEKACSiCgDQPwIAXyoJAP4XAADF0QAAzUcGANdLDAC9iwAAUwAAAOzoAQA/6QEAkukBAOXpAQCq1goA/dYKADjqAQA6HgMAzUcGAFcVAgDhcg0AlUgHAJuEAABLBQ0AqxcAAO2QAADOOwYA8Q0AAFcVAgAzfw0Ahn8NAGseAgB/JwIA8Q0AAEQOAAB4ggEATJkCAMbgCACV9QYA6PUGAAfOBgCV9QYAax4CAH8nAgDxDQAA5KIBANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA+9MCABbcAgBjKwIAtisCAAksAgDfpgkAMqcJAIWnCQDYpwkAK6gJAH6oCQDRqAkAJKkJAHepCQDKqQkAHaoJAHCqCQDDqgkAFqsJAGmrCQC8qwkAD6wJAGKsCQDs6AEADGgMAHYBCwBEDgAAPSoIAJAqCADjKggANisIAP7YCAAQ8wkAY/MJALbzCQBKzAoAmuMAAGy4AgCfDgoA8Q0AAARoAgBXaAIA//0BAHiCAQB79gMAdZgDAOMBAgDs6AEAOP4KAKqmBQBcmgoA7ZAAAMXRAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMA+9MCAEWhAQD6tQgATbYIAKC2CADztggARrcIAJm3CADstwgAP7gIAA6/CAAAAAAAAAAAAAAAAADdxQgAMMYIAIPGCADWxggAKccIAHzHCADPxwgAIsgIAAAAAAAAAAAAdcgIAMjICAAbyQgADe4DANgWBgArFwYAP+kBAKf6CgD6+goATfsKAPvTAgChzQMA9M0DANZJDgApSg4AfEoOAM9KDgCbhAAA//0BAHiCAQBmsw0AP+kBAOUSCAA4EwgAixMIAFyaCgCvmgoAApsKAFWbCgComwoA+5sKAE6cCgChnAoA7ZAAAKsXAAD+FwAA7ZAAAKsXAACrFwAA/hcAAO2QAACrFwAAAUcAAPvTAgAW3AIAadwCAHOGCQDGhgkAGYcJAGyHCQC/hwkAEogJAD/pAQDlEggAOBMIAIsTCADVCQ0Aax4CAOzoAQD77goATu8KAGseAgB/JwIAc2QCAAFHAAAmHAIAax4CAGn3CgDs6AEA7oMMAPvTAgAAAAAA7OgBAP/9AQBS/gEA7yUAAO8lAABCJgAAQJEAAKb4DACAdQEAmPQBAOzoAQAX5AsAvlwFABFdBQBkXQUAlfUGAOzoAQDVCQ0A5qwIAAFHAADs6AEAOP4KAO8lAAABRwAAdcEJAErMCgCV9QYAR9sNAHiCAQBmsw0AqxcAAP4XAAB3OwEA7yUAAKf6CgD6+goATfsKAKD7CgCKnAIAQJEAAJrjAABsuAIAFtwCAGncAgBzhgkAShIBAJ0SAQCyIwoABSQKAFgkCgCrJAoAXJoKAGMrAgC2KwIACSwCAJX1BgAW3AIAadwCAHOGCQBKEgEAnRIBALIjCgAFJAoAWCQKAKskCgBcmgoAYysCALYrAgAJLAIAlfUGAEoSAQCdEgEAsiMKAAUkCgBYJAoAqyQKAHjpCgDL6QoA7oQAANA/AgDv+wUAGsALAIl3CQB4ggEAy4IBAFBiAwCjYgMA7OgBAL2LAABrHgIAeIIBAPCHCABDiAgA8Q0AAEQOAAB4ggEATJkCAMbgCACsawoAS/EDAJ7xAwDx8QMARPIDAJfyAwDs6AEAnw4KAPIOCgABRwAAjb0EAGn3CgDs6AEAP+kBAKf6CgBrHgIA7OgBAHjpCgDL6QoA7oQAANA/AgDv+wUAGsALAIl3CQD+CQIAUQoCAP/9AQBS/gEApf4BAPj+AQA/6QEAp/oKAPr6CgBN+woAoPsKAKxrCgATRQUAZkUFAKxrCgD/awoAUmwKAKVsCgCqpgUAeOkKAMvpCgDuhAAA0D8CAO/7BQAawAsAiXcJAFcVAgDOsQEA8Q0AAEQOAABKEgEA89IEAKgtAgAirQAAlUgHAC11AQCAdQEAmPQBAOzoAQB46QoAy+kKAO6EAADQPwIA7/sFABrACwCJdwkAP+kBAKf6CgBrHgIA7OgBAJAIAQCGjQsAzBsOAB8cDgBcmgoAr5oKAAKbCgBVmwoAeOkKAAg/AQB/JwIA0icCAOUSCADaegwA7ZAAAJX1BgDs6AEAxdEAAC11AQATRQUAVEcAAOzoAQAAAAAA7OgBANUJDQBrHgIA7OgBAPFfDAAAAAAA7OgBANUJDQBrHgIA7OgBAPFfDABEYAwAOP4KAKqmBQD77goA8vkMAEX6DAD96wcAEw0NAGYNDQDy+QwAqxcAACKtAAC9iwAAEIwAAAFHAAC+XAUAEV0FAGRdBQDtkAAAQJEAAJrjAABsuAIAeIIBAMuCAQBQYgMAo2IDAOzoAQCcKwsA7ysLACKtAACVSAcA7OgBAD/pAQDlEggAOBMIAIsTCADugwwAQYQMAJj0AQCJdwkAShIBAOzoAQAtdQEAgHUBAOzoAQA4/goASwUNAGn3CgDs6AEA1QkNAO8lAADs6AEAF+QLAISXDQCnRwAA+kcAAEQOAADmrAgAax4CACKtAADtkAAAeIIBAMuCAQAirQAAfJ4CAM+eAgAinwIAafcKAOzoAQCsawoA/2sKAPj9DQBL/g0Anv4NAPH+DQBE/w0AZrMNAJX1BgDs6AEAmPQBAIl3CQBKEgEAF+QLAISXDQCnRwAAmPQBAIl3CQBKEgEA8Q0AAOzoAQA4/goATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAPvuCgBrHgIApvgMAEyZAgDG4AgAGeEIAOzoAQA/6QEAp/oKAPr6CgBN+woAoPsKAD/pAQCn+goAax4CAOzoAQDOsQEAlfUGAP/9AQAirQAA1BwMAP4XAAB3OwEA7yUAAKf6CgD6+goATfsKAKD7CgCKnAIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BACKtAAB1rQAAE1oCAGZaAgC5WgIAlfUGAPL5DADvJQAA7yUAAKf6CgD6+goATfsKAKD7CgCKnAIAQJEAAJrjAABsuAIAi/4KAAFHAAC+XAUAumILAAaqAQDuhAAAU24IAL2LAABrHgIAF+QLAMgGDADsTwsAP+kBAOUSCABXIgwAFUICAFqQAwCtkAMAAJEDAFORAwCmkQMA+ZEDAEySAwCfkgMA//0BADQgDQDwhwgAQ4gIAPENAABEDgAAeIIBAEyZAgDG4AgAlfUGAPvTAgCrFwAA/hcAAHc7AQBEAAIA3gUKADEGCgCEBgoA1wYKAD/pAQCXrA0AEIwAAMzdCgABRwAAvlwFAM1HBgDMmAgAAUcAAHXBCQCrFwAA8Q0AALB6AQDNRwYAzJgIAHWYAwDImAMA8IcIAEOICAAAAAAAvYsAAC11AQBrHgIAfycCAPvuCgBrHgIApvgMAEyZAgDG4AgA7OgBAAxoDADk9QEAN/YBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA+9MCAPCHCABDiAgAAAAAAL2LAAAtdQEAax4CAH8nAgCd9gQA7OgBAEoSAQCdEgEAsiMKAAUkCgBYJAoAqyQKAHjpCgAIPwEAWz8BAEyZAgAtdQEAlfUGAPL5DADxDQAA7OgBAHjpCgDL6QoA7oQAANA/AgDv+wUAGsALAIl3CQDxDQAAUwAAAP3rBwCX5AUA7yUAAAaqAQBZqgEArKoBAO6DDADxDQAABGgCAHXBCQDIwQkA9f8GAK1LAQCBIwsA+9MCAJj0AQBKEgEA9f8GAKsXAAABRwAAm4QAAKgtAgC+XAUAzUcGAMyYCADs6AEAP+kBAJLpAQCIwgAAeIIBAPENAADUHQAAIroKAD69CQD//QEAANYFAKgtAgCbhAAA8I4HAOzoAQCfDgoAiBQNANsUDQAuFQ0A8I4HAPvTAgDQPwIAzsUKACHGCgB0xgoAx8YKAC11AQB/egIA0noCACV7AgDtkAAAm4QAAMsuDQDs6AEA1QkNAOasCAABRwAA7OgBANUJDQDvJQAA7OgBAEoSAQD1/wYASAAHAJ0SAQBrHgIAQJEAAEoSAQCLlwEA3pcBAGMrAgCNqAcAdcEJAJX1BgDs6AEA//0BAGn3CgDs6AEAOP4KAEsFDQD+FwAAdzsBAFRHAACnRwAA8+0MAOzoAQB46QoACD8BAFs/AQCWIAsA6SALADwhCwCY9AEA6/QBANUJDQDXSwwAqtYKAP3WCgBIkQoAm5EKAOzoAQA/6QEAkukBAPHACgBEwQoAl8EKAOrBCgA9wgoAkMIKAOPCCgA2wwoAeOkKAMvpCgBZUAIAn7QKANQdAACfDgoAiBQNANsUDQAuFQ0AIq0AAHyeAgCIug0AmPQBAKmdCAD8nQgArGsKAP9rCgBSbAoApHgKAPd4CgDXlw0AfycCAA3nBAAHzgYA7OgBAAAAAAD84goA7OgBAKmdCACbhAAASwUNAJX1BgB4ggEAZrMNAJX1BgCfDgoAShENAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAFcVAgD70wIAUwAAAKYAAACe+AIA8fgCAET5AgBoOwMAuzsDAA48AwBhPAMAtDwDADj+CgCoLQIAOP4KAKgtAgAAAAAAAu4KAOzoAQCV9QYAi2YIAC+vDQCCrw0A1a8NACiwDQD70wIA//0BAGn3CgABRwAAdcEJAObWAgCVSAcAm4QAAFlQAgCpnQgAm4QAAHWmAQDs6AEAP+kBAJLpAQDl6QEAOOoBAIgUDQDbFA0ALhUNAAAAAACrFwAAAUcAAJuEAAD02wEA7OgBAJ8OCgCIFA0A2xQNAC4VDQDNRwYA5qwIABCMAAA3nAIA++4KAPL5DAABRwAAdcEJAJfkBQABRwAAdcEJAJuEAABZUAIAfycCAPvuCgDy+QwAAUcAAHXBCQCX5AUAAUcAAHXBCQDxDQAAsHoBAAN7AQBWewEAqXsBAInDCgDcwwoA7OgBAP/9AQBp9woA7OgBAJwrCwCwegEAA3sBAFZ7AQCpewEAUwAAAAg/AQBbPwEAShIBAIuXAQB1mAMA1B0AACceAAB/JwIAzrEBADQFBQCX5AUAAUcAAL5cBQDNRwYAShIBAPPSBAAtdQEAgHUBAL4eAgDuhAAA7ZAAAP/9AQCbhAAA7oQAANA/AgDs6AEADGgMAEoSAQCdEgEA8Q0AAARoAgDs6AEA8IcIAEOICABzZAIAYVcLAKsXAAABRwAA7OgBANjKBAB8ngIAz54CACKfAgB1nwIAeIIBAJuEAAB1pgEABGgCAE8UBAB46QoACD8BAFs/AQCWIAsA6SALADwhCwCPIQsA7OgBANjKBAArywQAEdIMAGTSDAC30gwACtMMAF3TDACw0wwA7OgBAMXRAAAtdQEAE0UFAFRHAADs6AEAnw4KAEoRDQCBIwsA1CMLAGZFBQDYygQAK8sEACAXDQAirQAA7ZAAAPENAADkogEAVxUCAGVsDQC4bA0AgSMLANQjCwAtdQEAE0UFAHXBCQCV9QYA7OgBAMXRAAAtdQEAE0UFAFRHAADs6AEA2MoEACvLBAAgFw0AcxcNAL2LAAD//QEAAUcAAHXBCQDuNwsAQTgLAOLHCwDvJQAABqoBAFmqAQCsqgEA8Q0AAAsoCwBeKAsAsSgLAAQpCwBXKQsAzUcGAM1HBgDXSwwAF+QLAL5cBQARXQUAZF0FAJX1BgDs6AEA1QkNAOasCAABRwAA7OgBAKxrCgD/awoA1QkNAO8lAADtkAAAlfUGAPL5DACV9QYA7OgBABfkCwC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQAQTQkAazILAL4yCwDxDQAABGgCABfkCwC+XAUAEV0FAGRdBQCV9QYA7OgBANUJDQDmrAgAAUcAAOzoAQCsawoA/2sKANHZAgCOjgkAveQLAJQ4CwDnOAsAOjkLAI05CwDgOQsAMzoLAIY6CwDZOgsALDsLAH87CwDYRgsAK0cLAH5HCwDRRwsA0dkCAL5cBQARXQUAZF0FALddBQAKXgUAXV4FABBNCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAOP4KAO8lAAABRwAAdcEJAErMCgAX5AsAyAYMAOxPCwD//QEANCANADj+CgBLBQ0AngUNAKxrCgD/awoA+P0NAEv+DQCe/g0ASwUNACKtAADtkAAA1QkNAO8lAADs6AEAnw4KAIgUDQDbFA0ALhUNAOzoAQBcmgoAr5oKAAKbCgBVmwoAlwACAEoRDQCBIwsAdZgDAJ8OCgBKEQ0AgSMLAHWYAwBcmgoAr5oKAFEYAACfDgoAiBQNANsUDQAuFQ0AiBQNANsUDQAuFQ0A7ZAAAC11AQBMmQIAxuAIAOzoAQC9iwAAEIwAAJXFAQDoxQEAO8YBAI7GAQDhxgEANMcBAIfHAQDaxwEAaFYLALtWCwAOVwsA7OgBAL2LAAAQjAAAxdEAAFgJAgCrCQIAdcEJAJX1BgDs6AEAnw4KAEoRDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDvJQAAQiYAAECRAACa4wAAbLgCAJj0AQDr9AEAlfUGAOzoAQBcmgoAr5oKAAKbCgBVmwoAlwACAEoRDQCL6gEA3uoBADHrAQCE6wEA7OgBAJwrCwDvKwsAIq0AACKtAADtkAAA8Q0AAMXRAABYCQIA/7AMAFKxDABcmgoAr5oKAAKbCgBVmwoAlwACAEoRDQCL6gEA3uoBADHrAQCE6wEA1+sBAEoRDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQA6HgMAAAAAAKsXAAA6HgMAjR4DABfkCwDIBgwA7E8LANjKBAArywQAfssEANHLBAAkzAQAd8wEAPvuCgBO7woA3mYIANUJDQAgSAYAc0gGAHjpCgAtdQEAgHUBAJwrCwCHzQwA2s0MAFlQAgDwhwgAQ4gIAA3nBABg5wQA7ysLACKtAAAirQAA7ZAAAO2QAAD//QEANCANADj+CgD//QEAeIIBAA3nBAAHzgYA7OgBAHjpCgAIPwEAWz8BAI4mDADhJgwANCcMAIcnDADaJwwA1QkNAO8lAADs6AEAvYsAABCMAAA3nAIAipwCAN2cAgAwnQIAg50CANadAgBcmgoA394BAMo0AgC+XAUA7ZAAAPENAADs6AEA1QkNAO8lAADs6AEAvYsAABCMAAA3nAIAipwCAN2cAgAwnQIAg50CANadAgBcmgoA394BAMo0AgCrFwAA/hcAAESKBgDtkAAAAUcAADolAgCNJQIA4CUCAJAIAQDs6AEA1QkNAP/9AQDOsQEANAUFAJfkBQABRwAA7OgBANjzCgAr9AoAfvQKANH0CgBcmgoAr5oKAFEYAAA4/goAqC0CAPstAgBOLgIAoS4CAPQuAgBHLwIAmi8CAEoSAQD1/wYAAUcAAFRHAACOLQsAlfUGAOzoAQBmsw0AlfUGAOzoAQDxGgoAzUcGACBIBgABRwAAvlwFAM1HBgDMmAgA+9MCAL2LAAAQjAAAxdEAABjSAAC+HgIAyy4NAJLwAAAC2gEA8RoKAEQbCgDVCQ0AzJgIAOzoAQA4/goAqqYFAPEaCgCrFwAA/hcAAESKBgDtkAAA8RoKAEQbCgBMmQIAn5kCAPKZAgBFmgIArGsKAP9rCgDTdQEAzUcGANdLDAAjQAIAxdEAAC11AQATRQUAVEcAAI29BADyYQoAAUcAAFRHAABp9woA/gkCAFEKAgCkCgIA9woCAEoLAgA/6QEAkukBAPCOBwDxDQAAXJoKADoeAwA4/goAYAINALMCDQAGAw0AWQMNAKwDDQCAdQEAmPQBAPvTAgCqFQIA8mEKAEViCgCYYgoA62IKAD5jCgCRYwoA5GMKAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDR2QIAvlwFABFdBQBkXQUAlfUGAOzoAQDVCQ0A5qwIAAFHAADs6AEAxdEAAFgJAgAtdQEAE0UFAL5cBQCAdQEAmPQBAOzoAQA/6QEAp/oKAGseAgDs6AEA1QkNACBIBgBzSAYACVwHAFxcBwCvXAcAAl0HAFVdBwCY9AEAmPQBAGseAgB/JwIAmPQBAD69CQCoLQIAdcEJAO2QAABAkQAAmuMAAGy4AgBTAAAAOpoJAI2aCQABRwAAauQLAL3kCwCu8gsAAfMLAPvgDABO4QwAoeEMAPThDADxDQAA7OgBAD/pAQCS6QEA5ekBADjqAQDwhwgAQ4gIAPENAAALKAsAeIIBAAFHAADs6AEAnCsLAO8rCwD74AwATuEMAKHhDAD04QwAAAAAAAvOCwDs6AEAP+kBAJLpAQDl6QEAz7kKAJ8OCgCIFA0A2xQNAC4VDQDMmAgA7ZAAAJwrCwDUHQAA/NsLAE/cCwCi3AsA7OgBANUJDQAX5AsAauQLAIbgCwDZ4AsALOELAH/hCwDS4QsAJeILAOzoAQDVCQ0AeIIBAHiCAQBmsw0Al+QFAAFHAAC+XAUAgHUBAPkAAADY5QwA8Q0AAOzoAQBDbAwAXs4LAAFHAAC9iwAAUwAAACKtAAB1rQAAE1oCAGZaAgC5WgIAShIBAJ0SAQCyIwoABSQKAFgkCgCrJAoAm4QAAFlQAgCV9QYAVQMIAMXRAACrFwAAIq0AAHWtAAATWgIAZloCALlaAgABRwAAdcEJAO43CwA2aQsAiWkLANxpCwAvagsAgmoLANVqCwDUHQAA8Q0AAAAAAAAAAAAAAAAAANjKBAArywQAfssEAJPqCwDm6gsAOesLAPENAABEDgAAeIIBAGazDQBXFQIAeIIBAMuCAQDwZA0AgHUBAO8lAADF0QAAWAkCAJ/5DABlbA0AQJEAAJrjAABsuAIAlfUGAPL5DAD//QEAUv4BADQaAgCNvQQAzwwLACINCwCcKwsA7ysLAC11AQATRQUAdcEJAO43CwD70wIAF+QLAGrkCwC95AsArvILAAHzCwBU8wsAp/MLAPrzCwA/6QEAkukBAOXpAQA46gEATAAMADMYBACGGAQAxTgKAPJhCgBL3AYAVQMIAOasCAABRwAA7OgBAAAAAADy+QwAQJEAAJrjAADt4wAAAAAAAAAAAACcKwsA7ysLAC11AQATRQUAdcEJAO43CwDgFwQASsULAJ3FCwBMpgwAP+kBAOUSCAA4EwgAixMIAAAAAADkAgwARaEBAO8lAAAGqgEAWaoBAKLIAgD70wIA2xsMAC4cDAB+5gwA0eYMACYcAgCBHAwATxQEAAAAAADs6AEAvYsAABCMAAD14woASOQKAJvkCgDu5AoAQeUKAJTlCgDn5QoAOuYKAIgUDQDbFA0ALhUNAP/9AQA0IA0AAUcAAMXRAADtkAAA7ZAAAKsXAADs6AEAF+QLAGrkCwC95AsAUwAAAKYAAAD5AAAATxQEANsbDAAuHAwATxQEAAFHAAAmHAIAgRwMAE8UBAAAAAAA7OgBABfkCwCElw0ALXUBAHWYAwDImAMAG5kDAGrkCwC95AsAlDgLAOc4CwA6OQsAjTkLAOA5CwAzOgsAhjoLANk6CwAsOwsAfzsLANhGCwArRwsAfkcLANFHCwAkSAsA0D8CAM7FCgCV9QYAqxcAAGMrAgDLLg0AosEDAOMBAgA2AgIAkvAAAALaAQC2DwYAfJ4CAM+eAgAinwIA7oQAAGseAgBOVwgA8Q0AAOSiAQCAdQEAOh4DAHWYAwDjAQIAGscKAJX1BgDs6AEArGsKAP9rCgABRwAAdcEJAO43CwBBOAsAIEgGAHNIBgAJXAcAAUcAADolAgDVCQ0AzJgIAOzoAQCcKwsA1B0AAPzbCwBP3AsAotwLAJ0LAgCbhAAA8I4HAEOPBwCWjwcA2MoEAHyeAgDPngIAIp8CAP/9AQCbhAAA7oQAADD9DACD/QwAeIIBAJuEAADQPwIA/2QLAFJlCwClZQsA+GULAEtmCwCeZgsA8IcIAPJhCgCSNQMA5TUDAErMCgCa4wAA8mEKAFMAAAABRwAAdcEJAAAAAAAAAAAAAAAAAP/9AQA0IA0A7yUAAKf6CgBrHgIAfycCADj+CgDwjgcAQ48HABQJAABnCQAA2PMKAI4tCwDhLQsAm4QAAO8lAAABRwAAdcEJAErMCgDs6AEAOP4KAPCOBwBDjwcAFAkAAGcJAADY8woAji0LAOEtCwCfDgoAm4QAAO6EAACVSAcAFAkAAGcJAADY8woAji0LAOEtCwCfDgoAm4QAAO6EAACVSAcAFAkAAGcJAADY8woAji0LAOEtCwB79gMAgHUBALB6AQCAdQEA/esHABMNDQBmDQ0AuQ0NAAwODQAAAAAAP+kBAJLpAQDl6QEAW0UMAK5FDADs6AEAF+QLAGrkCwC95AsATKYMANA/AgAAAAAA7OgBABfkCwBq5AsAveQLAEymDACcKwsA7ysLAC11AQATRQUAdcEJAO43CwB46QoAy+kKAAraCwA/6QEAkukBAOXpAQDYygQAfJ4CAOKzAgAirQAA7ZAAAM47BgB4ggEAZrMNAJX1BgB8BQwAzwUMACIGDAB1BgwAyAYMABsHDAD77goAR9sNAJrbDQC+HgIAqC0CAL5cBQDNRwYAzJgIAJ0LAgBKEgEA8Q0AABfkCwBq5AsAveQLAEymDAB46QoAy+kKAAraCwA/6QEAkukBAOXpAQCcKwsA7ysLAC11AQATRQUAdcEJAO43CwBXFQIAVxUCAJ5fDADs6AEAP+kBAJLpAQDl6QEAOOoBAJ8OCgCIFA0A2xQNAC4VDQA/6QEAax4CAE5XCABKEgEA1QkNANdLDACsawoAmPQBAKsXAAD+FwAAax4CAH8nAgCd9gQA7OgBAJLwAAC9iwAAEIwAAMzdCgAf3goAct4KAMXeCgAY3woAa98KADZiDACJYgwA3GIMAC9jDAALzgsAqsIBAPzbCwBP3AsAotwLAOzoAQDY8woAji0LAOEtCwCG4AsA2eALACzhCwB/4QsA0uELACXiCwDs6AEA2PMKAI4tCwDhLQsAm4QAAO6EAACVSAcA7OgBAJwrCwDUHQAA/NsLAE/cCwCi3AsA7OgBANjzCgCOLQsA4S0LABfkCwBq5AsAhuALANngCwAs4QsAf+ELANLhCwAl4gsA7OgBANjzCgCOLQsA4S0LAAAAAAD02wEAAUcAAL2LAABrHgIAfycCAO6DDABTAAAApgAAAJ74AgDx+AIARPkCAJf5AgCfDgoAShENAIvqAQDe6gEAMesBAITrAQDX6wEARfQBAPCHCADyYQoA2MoEACvLBAB+ywQAXJoKAGMrAgC2KwIAAAAAAO6DDABBhAwA0JgNAD/pAQCS6QEA5ekBAM+5CgB46QoAy+kKAAraCwD70wIAU54NAHwFDADPBQwA+9MCAOzoAQC9iwAAEIwAADoeAwATRQUAZkUFAM6xAQBxiQwAUwAAAC11AQATRQUAdcEJAErMCgBMmQIALXUBAIB1AQCSNQMAm4QAABrACwCJdwkAeOkKAHiCAQCbhAAAqC0CAO8lAACn+goAax4CAEoSAQDs6AEAnCsLAO8rCwAtdQEAE0UFAHXBCQDyYQoARWIKAOzoAQA/6QEA5RIIAFciDACqIgwA/SIMAFAjDACjIwwA9iMMAEkkDAA4/goA7yUAAAFHAAB1wQkASswKANBFDQAjRg0AdkYNAMlGDQAcRw0Ab0cNAJ+0CgDs6AEAP+kBAKf6CgD6+goATfsKAJwrCwB8BQwAzwUMACIGDAB1BgwAh80MANrNDABZUAIAAUcAAHXBCQA4/goA//0BAM1HBgBrHgIAAUcAAHXBCQDvKwsAIq0AACKtAADtkAAA8Q0AAOSiAQDvJQAAl6wNAJLpAQDl6QEAOOoBAOLHCwA1yAsAiMgLAKf6CgD6+goATfsKAJwrCwB8BQwAzwUMACIGDAB1BgwAh80MANrNDABZUAIAAUcAAHXBCQA4/goA//0BAM1HBgBrHgIAAUcAAHXBCQDvKwsAIq0AACKtAADtkAAA8Q0AAOSiAQDvJQAAl6wNANvICwAuyQsAgckLAHWmAQDs6AEAAAAAAOzoAQA/6QEAkukBAOXpAQCq1goA/dYKAAAAAADwhwgA8mEKAEViCgD70wIAnw4KAM47BgAhPAYAyy4NAKLBAwDUHQAAlfUGAPvTAgAtdQEAgHUBAO8lAACn+goAbLgCAKLIAgD1yAIAF+QLAGrkCwC95AsATKYMAJ+mDAA9tAwAkLQMAOO0DAA/6QEAkukBAOXpAQCq1goA/dYKAJ8OCgCIFA0A2xQNAC4VDQA46gEATAAMADMYBACGGAQACfQJAEoRDQDWSQ4AKUoOAHxKDgDPSg4AeOkKAHiCAQBmsw0Am4QAAHWmAQDUHQAA8IcIAEOICACWiAgAJSgCAO6DDACqwgEA/cIBAEWhAQCpnQgAGscKAM47BgBYCQIAn/kMADoeAwCAdQEAmPQBAKLIAgD1yAIAF+QLAGrkCwC95AsATKYMAJ+mDAA9tAwAkLQMAOO0DAAEaAIAV2gCAEsFDQCV9QYA6PUGAFlQAgCV9QYAnQsCAM1HBgDmrAgA7ZAAAECRAACa4wAAbLgCAEO5AQCWuQEAeIIBAGazDQABRwAAdcEJABfkCwCbhAAAdaYBANsbDAAtdQEAf3oCAJX1BgDs6AEAP+kBAJLpAQDl6QEAOOoBAJwrCwDvKwsAIq0AACKtAADtkAAA8Q0AAOSiAQDvJQAAl6wNAHb6CwDJ+gsAHPsLAG/7CwDC+wsA7oMMAEGEDACUhAwAh80MANLaDAAl2wwAeNsMAMvbDABo/AsAu/wLAA79CwDs6AEA7OgBAPvTAgBKEgEAShIBAPPSBABZUAIAafcKAOzoAQD02wEAR9wBAJrcAQDt3AEAQN0BAJPdAQCrFwAA7ZAAAAFHAAAbpwEAlfUGAFMAAAD96wcAlfUGAAFHAACbhAAA8I4HAOzoAQAX5AsAauQLAL3kCwBMpgwAkukBAOXpAQA46gEAnCsLAO8rCwAirQAAIq0AAO2QAADxDQAA5KIBAO8lAACXrA0AQJEAAH8nAgDF0QAAWAkCAP+wDADtkAAAQJEAAH8nAgAX5AsAauQLAL3kCwAirQAA8LgBAEO5AQCWuQEAeIIBAGazDQABRwAAF+QLAGrkCwC95AsAOP4KAGACDQCzAg0ABgMNAFkDDQCsAw0A/wMNAFIEDQClBA0A+9MCAAAAAAAAAAAALXUBAHWYAwDbGwwAWVACAO2QAABTAAAACD8BAH8nAgBzZAIAfJ4CAKgtAgB1wQkAIq0AAAAAAAAAAAAAMP0MAIP9DADW/QwAKf4MAHz+DADP/gwAP+kBAJLpAQDl6QEAqtYKAP3WCgCfDgoAiBQNANsUDQAuFQ0AdaYBAMimAQAbpwEAbqcBAMGnAQAUqAEAZ6gBAPENAAD+CQIAqxcAAOzoAQCfDgoAiBQNANsUDQAuFQ0A06UGACamBgB5pgYAzKYGAB+nBgBypwYAxacGABioBgDNRwYAAUcAAFRHAACnRwAA8+0MAOzoAQCfDgoAiBQNANsUDQAuFQ0AqxcAAJX1BgCLZggAgHUBAJj0AQD70wIAnw4KAEoRDQCdEQ0A8BENAEMSDQCWEg0A8Q0AAK1LAQCbhAAAfdAFAFMAAAB4ggEA//0BAM1HBgBrHgIA0D8CACNAAgBAkQAAmuMAAGy4AgABRwAAOiUCAI0lAgDgJQIAMLELAJX1BgDy+QwAMLELAJAIAQDtkAAAQJEAAJrjAACdCwIA8AsCAEMMAgCWDAIA6QwCAJ0LAgDvJQAABqoBAFmqAQBIkQoAm5EKAAAAAADR2QIAjo4JAL3kCwCYAQwAkukBAOXpAQA46gEA/gkCAP4JAgDtkAAAm4QAAEsFDQAirQAAax4CAH8nAgAN5wQAqC0CAL5cBQDNRwYAzJgIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAJ3EAAKgtAgC+XAUAdZgDAO8lAADlEggA7ZAAAJX1BgCV9QYA8vkMAEX6DAD96wcAEw0NAGYNDQDy+QwAqxcAACKtAABp9woA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBTAAAAUwAAAHiCAQB79gMAIq0AAHyeAgCoLQIAvlwFAM1HBgDMmAgAIq0AAPC4AQA4kAIA0EUNAHXBCQCtSwEAjJ8KAN+fCgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqxcAAP4XAABEigYAAUcAAI29BADPDAsAFE4CAPENAACwegEA7ZAAAKsXAAABRwAAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQC9aAUAEGkFAGNpBQC2aQUACWoFAFxqBQCvagUA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQB1wQkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAFHAACbhAAALXUBAIB1AQDtkAAAQJEAAHiCAQCbhAAAiMIAABCMAADM3QoAlUgHAOhIBwCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAe/YDAIB1AQA6HgMAE0UFAL5cBQCbhAAA8I4HAHv2AwBaRAIAm4QAAKgtAgC+XAUAzUcGAMyYCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKgtAgCbhAAAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAAax4CAH8nAgDxDQAARA4AAOasCABrHgIAIq0AAO2QAADvJQAABqoBAFmqAQBIkQoAm5EKAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAmPQBAIl3CQDcdwkAzrEBAJX1BgD//QEAIq0AACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAvWgFABBpBQBjaQUAtmkFAAlqBQBcagUAr2oFAC11AQB/egIA0noCACV7AgB4ewIAy3sCAB58AgDxDQAABGgCAFdoAgCoLQIAdcEJAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BALbsCgAJ7QoA7ZAAAK1LAQDWSQ4AKUoOAHxKDgDPSg4AIksOAHVLDgDISw4A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAtuwKAAntCgAirQAA8LgBAEO5AQCWuQEAeIIBAGazDQABRwAAvlwFAM1HBgDMmAgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAtuwKAAntCgC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQCwXgUAk0QLAOZECwA5RQsAjEULAN9FCwAyRgsAhUYLAPJNAQC27AoACe0KAL2LAAAQjAAAzN0KAJVIBwDoSAcAO0kHAI5JBwDhSQcANEoHAItmCADNRwYA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAtuwKAAntCgDxDQAA1aIDACijAwBmsw0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQC27AoACe0KAKLBAwD1wQMASMIDAJvCAwDuwgMAQcMDAJTDAwDnwwMAOsQDAI3EAwDgxAMA8k0BALbsCgAJ7QoA7yUAAHiCAQBp9woAxdEAAFgJAgBp9woA8Q0AANWiAwAoowMAZrMNAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAtuwKAAntCgBqyQMAvckDABDKAwBjygMA+9MCAFRHAABrHgIATlcIAMXRAADs6AEAnw4KAEoRDQCL6gEA3uoBADHrAQCE6wEA1+sBAAAAAADs6AEA8IcIAEOICABzZAIAYVcLALRXCwAHWAsAWlgLAJwrCwDUHAwAJx0MAHodDADNHQwAIB4MAHMeDACcKwsA1BwMACcdDAB6HQwAzR0MACAeDABzHgwAnw4KAEoRDQCL6gEA3uoBADHrAQCE6wEA1+sBAO6DDADQmA0AOP4KALggDABTbggAvYsAAJuEAAA4/goAuCAMAFNuCAC9iwAAm4QAAPCOBwDs6AEA7oMMANCYDQAjmQ0AdpkNAMmZDQAcmg0Ab5oNAMKaDQAVmw0AvYsAAHiCAQB4ggEA7OgBAPvuCgBO7woAoe8KAPTvCgC6YgsA7yUAAEImAABAkQAApvgMAIB1AQCY9AEA7OgBAKxrCgATRQUAdcEJAMjBCQDxDQAA7ZAAAO8lAAABRwAA7OgBANjKBAArywQAfssEAKeZDAD6mQwATZoMAKCaDACY9AEAqZ0IAPydCADs6AEA2MoEACvLBAB+ywQAp5kMAPqZDABNmgwAoJoMAIjCAADxDQAA1B0AAJX1BgDs6AEA//0BAGn3CgD70wIAqsIBACOZDQDyDgoAlfUGAOzoAQDVCQ0A7yUAAOzoAQCsawoA/2sKAKsXAADtkAAAQJEAAOzoAQCfDgoAShENAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQCcKwsAh80MANrNDACqaAIA/WgCAOzoAQAX5AsAjb0EAM8MCwAiDQsAdQ0LAO6DDABBhAwAOP4KAP/9AQDNRwYATJkCAMbgCACfDgoAShENAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDF0QAAWAkCAP+wDABSsQwAF+QLAISXDQCnRwAAzlADAE7vCgBrHgIAfycCAHNkAgABRwAA7OgBANjKBAB8ngIAiLoNANu6DQAuuw0A1QkNAO8lAADs6AEAF+QLAISXDQCnRwAAP+kBAKf6CgB4ggEAeIIBAMuCAQDF0QAALXUBAIB1AQCY9AEA7OgBAJ8OCgBKEQ0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAvYsAAGseAgCm+AwAgHUBAJj0AQDs6AEA2PMKACv0CgBLBQ0AlfUGAHiCAQB79gMAgHUBAJj0AQDs6AEA1QkNAO8lAADs6AEAF+QLAISXDQCnRwAAzMgNAB/JDQByyQ0AxckNABjKDQBryg0AvsoNABHLDQBkyw0At8sNAArMDQBdzA0AsMwNAP4JAgBRCgIAwvQMAEsFDQD+FwAAdzsBAFRHAACnRwAA8+0MAOzoAQCfDgoAShENAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDVCQ0AIq0AACKtAAAeugUAcboFAMS6BQAXuwUAnfYEAEIsCwCVLAsA6CwLADstCwD70wIAAAAAAAAAAAAAAAAA7OgBAFyaCgDMGw4AHxwOAHIcDgCsawoA/2sKAPj9DQBL/g0Anv4NAPH+DQBE/w0AOP4KAAfOBgCV9QYAafcKAJuEAABZUAIAqxcAAOzoAQA4/goAB84GAJX1BgB46QoAqxcAAMwbDgAfHA4AchwOAKxrCgD/awoA+P0NAEv+DQCe/g0A8f4NAET/DQA4/goAB84GAJX1BgDxDQAABGgCAFdoAgDwjgcAQ48HAJj0AQCJdwkAShIBAOzoAQCsawoA/2sKAPj9DQBL/g0Anv4NAPH+DQBE/w0A//0BAFL+AQDI3QUAN5wCAHiCAQBmsw0ArGsKAP9rCgD4/Q0AS/4NAJ7+DQDx/g0A6/QBAOzoAQCY9AEAiXcJANx3CQBcmgoAzBsOAB8cDgByHA4ArGsKAP9rCgD4/Q0AS/4NAJ7+DQDx/g0ARP8NAFMAAAAIPwEAWz8BAEyZAgAtdQEAlfUGAPL5DABAkQAAn7QKAARoAgCNvQQAzwwLAKgtAgB1wQkAmPQBAGn3CgD70wIAaskDAL3JAwAQygMAY8oDAMXRAAAtdQEAE0UFAFRHAADs6AEAnw4KAEoRDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQD+CQIAUQoCABfkCwDIBgwA7E8LAPCHCABDiAgAQJEAAPJhCgBFYgoA7OgBAHjpCgDL6QoACtoLAFMAAABKEgEA7OgBAJ8OCgCIFA0A2xQNAAAAAAAuFQ0AEdIMAIZrBADz0gQASwUNAJX1BgDs6AEAP+kBAJLpAQDl6QEAOOoBAMXRAAAtdQEAE0UFAFRHAADs6AEAnw4KAEoRDQCBIwsA1CMLAGZFBQDYygQAK8sEACAXDQD84goAT+MKAE/jCgDBBwwARaEBAPq1CABNtggAoLYIAG25DADAuQwAUwAAAAg/AQBbPwEAliALAOkgCwA8IQsAjyELAOzoAQDYygQAK8sEABHSDABk0gwAt9IMAArTDABd0wwAsNMMAHv2AwC6YgsADWMLAJfkBQBp9woAIq0AAHWtAADrtQoAPrYKAJG2CgBIkQoAm5EKAO2QAABAkQAAmuMAAGy4AgCY9AEA6/QBAJuEAACElw0Ap0cAAPPtDABG7gwAOP4KAIv+CgDe/goAF+QLAGrkCwC95AsAmAEMAJLpAQDl6QEAqtYKAP3WCgDIBgwA7E8LAJwrCwDUHQAA7ZAAABfkCwCElw0Ap0cAAD/pAQCXrA0A6qwNAD2tDQCQrQ0AnCsLAIfNDADazQwAqmgCAP1oAgDs6AEAF+QLAI29BADPDAsAIg0LAPCHCABDiAgA7oMMAGseAgDyYQoARWIKAOzoAQBKEgEA89IEAEyZAgDG4AgAp/oKAGseAgDs6AEAShIBAJ0SAQBrHgIAfycCAKxrCgD/awoA7yUAAKf6CgBrHgIAShIBAPPSBACoLQIAvlwFAM1HBgDtkAAAl+QFAB66BQABRwAAvlwFAM1HBgDMmAgA7OgBAD/pAQCS6QEA5ekBADjqAQA/6QEAp/oKAGseAgDs6AEAF+QLAJuEAAB1pgEAhJcNAKdHAADz7QwARu4MAJnuDACS7wwA5e8MADjwDAA/6QEAkukBAOXpAQBbRQwArkUMAOzoAQAX5AsAauQLAL3kCwDm1gIAFtUDADOUCgCGlAoA2ZQKACyVCgB/lQoA0pUKACWWCgB4lgoA8pIDAEWTAwAR0gwAZNIMAHLDAgDFwwIAZrMNAMimAQDZeA4ALHkOAARoAgBp9woAafcKADejAQCsog4AgqEPAJX1BgChPAAAf3kOANJ5DgCsog4ANWAOAJlJAACxBRAAgqEPAJX1BgCCoQ8AgqEPAJX1BgCsog4AupkPAIKhDwCxBRAAmPQBACceAACQCAEAsQUQAJAIAQB8nQ4AfJ0OAJX1BgDy+QwAIB8AAJAIAQAuwwAAnfYEAAVbDgAFWw4AgqEPAJ32BACCoQ8A/NsLABB9DgBjfQ4A3e4OANl4DgAseQ4AtS8PALEFEAAUCQAArKIOABB9DgBjfQ4AkAgBALByDgCTew8A5nsPAMa2DgCY9AEAfJ0OAA2hDgBgoQ4A2XgOACx5DgBpLg8AShIBANCYDQB8nQ4AOncOAHydDgDMmAgA3e4OAKyiDgD/SA8AgqEPABQJAAAUCQAAaYgOALyIDgAPiQ4AsQUQAPENAACV9QYAlUgHAJX1BgBpiA4AvIgOADWsDwCQCAEAaYgOALyIDgA1rA8AJx4AANl4DgAseQ4ACSwCAOzoAQDRoQoArKIOAPvTAgABRwAAfJ0OAH96AgCV9QYArKIOALcfAgAQfQ4AY30OAHydDgBqfA4AvXwOABB9DgDFaA8AEH0OAMVoDwDEdA8AfJ0OAEaNDgBiiQ4AtYkOALByDgBiiQ4AAAAAAOzoAQBpiA4AvIgOAGmIDgC8iA4AaYgOALyIDgC2fQ4A3e4OAKzuDwD/7g8AVxUCAGp8DgCwcg4AEH0OAGN9DgBXFQIAlfUGAOzoAQCxBRAA7OgBAEvwDwDfgw4Ae/UPAKyiDgCsog4ATxQEAE8UBABPFAQA+9MCAPCOBwA0IA0AK68IADQgDQCgmgwAoJoMAAFHAAA3XQsAJXMPAJLwAADxDQAA8Q0AANCRDgDF0QAAkvAAAHydDgDxDQAAxdEAAHydDgB8nQ4AfJ0OAHydDgB8nQ4AsHIOALByDgB8nQ4AfJ0OAHydDgB8nQ4AfJ0OAHydDgCwcg4AsHIOALByDgB8nQ4AfJ0OAHydDgCwcg4AsHIOAKaXDgCwcg4AsHIOAHydDgDs6AEA7OgBAIqbDgDYmQsA7OgBALEFEABrHgIA+rUIAOzoAQDxDQAA8Q0AAHydDgB8nQ4AeIIBAHv1DwBpiA4AvIgOAPvTAgCsog4AsQUQAPENAADBnw4A7OgBACmeAgDUHQAAafcKAKmdCACrFwAAlfUGAKhdBwCV9QYAHYAPAKyiDgDz2A8Ae/UPAPENAAC6TgIAxdEAAMXRAADF0QAAsQUQAMXRAADEKQIAyy4NALEFEAC6TgIAsQUQAFNFAgDjnw8AfJYPAM+WDwDjpg4AsQUQAFMAAACrFwAA8vkMADVgDgBp9woANGUPAFMAAADjnw8AFAkAABQJAAAUCQAAoDIPAKyiDgA1YA4ABGgCAGn3CgBKsA4Az5cDANF/AwAbRQ8AIIYJAAQGEAAHzgYAsHIOAJN7DwDmew8A5nwDAGmIDgC8iA4ANawPAOi9DgCwcg4AsQUQAMPNBABT6g4AsHIOAHydDgB8nQ4AaYgOALyIDgB8nQ4ADaEOAGChDgBEDgAArKIOADVgDgCxBRAA7OgBAKyiDgB79Q8ADaEOAGChDgDs6AEAyswEAPBWDwDxGgoAsQUQAF1eBQCxBRAAEE0JAHHODgCsog4Av7cOAAFHAACxBRAABGgCAGazDQCsog4AupkPAJLwAADwVg8ABAYQAHydDgANoQ4ABAYQAHydDgBT6g4AqyQKAMGuAACwcg4Ak3sPAOZ7DwBpiA4AEHYPAAvOCwAIMA8ANWAOAPENAACQCAEASbwOAMosDwABRwAAAUcAALByDgCTew8A5nsPAL+3DgABRwAAAUcAAAFHAAABRwAAO2sOAEjIDgDsTwsAHs4OAKyiDgB8nQ4ADaEOAGChDgC20A4ADPMEADVgDgAkogoABAYQAHydDgAEBhAAfJ0OAFvdDgCu3Q4AAd4OAO2QAAB6tQ4AzbUOACC2DgBztg4AODUPAFvdDgCu3Q4AAd4OADtrDgDzfwQAsHIOAJN7DwDmew8Av7cOAFyhCQCxBRAABGgCAGn3CgCxBRAA8FYPADVgDgBPFAQA7XsDAHXBCQB8nQ4ADaEOAGChDgBxzg4AIB8AALByDgCTew8A5nsPALEFEAD70wIAv7cOAGyOCAABRwAAAUcAALzbDgAP3A4AYtwOAF1eBQC82w4AfJ0OAN6IDwCwcg4ABAYQAHydDgANoQ4ABAYQAGazDQDs6AEAe/UPAA2hDgBgoQ4AAcoFAKyiDgC6mQ8AsQUQAKD7CgCsog4AsQUQALONBQB8nQ4AsHIOAAQGEAAQfQ4AY30OAJX1BgBUMQ8AW90OAK7dDgAB3g4Ae/UPAA2hDgBgoQ4ASrAOAARoAgBmsw0AfJ0OAAo0CwCxBRAAZrMNAOzoAQC+aQ8AlfUGAEyZAgB8nQ4ADaEOAGChDgA7aw4AkAgBAKyiDgCxBRAAyAYMADVgDgCftAoAsHIOAHydDgCwcg4AfJ0OAAQGEAAEBhAABAYQAHydDgB8nQ4AfJ0OAA2hDgBgoQ4Ae/UPACKeDgA0CxAArKIOADQLEAC82w4AfJ0OALByDgCTew8A5nsPALByDgCTew8A5nsPALEFEABwgA8ASswKALEFEABmsw0AsQUQADXrBgA1YA4A7OgBAJ32BACQCAEAsQUQALEFEAAEaAIAsQUQAARoAgCxBRAABGgCAAQGEAB8nQ4ADaEOAGChDgBmsw0AfJ0OAA2hDgBgoQ4ArKIOAAAAAAC6mQ8A7E8LALByDgCTew8A5nsPANboDwCxBRAA458PAAFHAAAOOw8AEHYPAAfOBgB+fg8A0X4PADWsDwBp9woAfJ0OAA2hDgBgoQ4ArKIOAKyiDgB8nQ4ADaEOAGChDgA2KwgAAAAAAFAODwCjDg8A9g4PAKhdBwDeiA8AMYkPAISJDwCxBRAAO2sOAErMCgCYmgIAZrMNAKyiDgCxBRAANGUPACoOCQA7aw4AsQUQAMyYCADd7g4AaYgOALyIDgAQfQ4AY30OALByDgCTew8A5nsPAJI1AwCsog4AsQUQAJp7AwB8nQ4AfJ0OAA2hDgBgoQ4AlfUGACAfAAB8nQ4AanUPAHydDgANoQ4AYKEOABr3DwAAAAAAsHIOAJN7DwDmew8ArKIOAL+3DgA1YA4ArKIOAKKeCADwVg8ANWAOAPASAQAAAAAAsQUQAPBWDwA1YA4A8BIBAEEcDwCwcg4Ak3sPAOZ7DwAkfw8AIp4OALEFEADMmAgAfJ0OAA2hDgBgoQ4AsQUQAGn3CgDiWA8A7OgBAE4mDwB8nQ4AkvAAAJAqCAABRwAA89gPAGn3CgCd9gQAsQUQAECRAABkag8AkjUDAADqDgDs6AEA7OgBAKyiDgA1rA8AzvUPAJAIAQDd7g4A7OgBAGkuDwATRQUAv7cOAADqDgCAdQEAQRwPAJQcDwCV9QYAAAAAAAAAAAAAAAAAsQUQAPBWDwAAAAAAAAAAAAAAAABpLg8AkAgBALEFEADjnw8A8FYPAJX1BgB8nQ4AU+oOAFPqDgB8nQ4AIp4OAKLIAgDw/A8Ak3sPAOZ7DwC/tw4Ae/UPACKeDgBPFAQAsHIOAE8UBADtkAAAAUcAAFrOBgCxBRAAm4QAAFrOBgAEBhAAuzoPAADqDgBpiA4AvIgOALZ9DgC/tw4AsQUQAGn3CgB8nQ4AsQUQAJp7AwDs6AEArKIOAJp7AwB8nQ4ADaEOAGChDgCRQA8A5EAPAE8UBABPFAQAsQUQAJp7AwCaewMAyswEAL5pDwA1YA4AAAAAALEFEACxBRAA7ZAAAHCADwDs6AEAsQUQAP9IDwAUCQAAPNUJAJj0AQA2TQ8AiU0PAFMAAABTAAAAXV4FAKyiDgDs6AEAsQUQALEFEACrFwAAsHIOAJN7DwDmew8AwuYOAKD7CgDmfAMAfJ0OAA2hDgBgoQ4A7oMMAGmIDgAQdg8AGGkPAP9IDwDMmAgA/0gPAP9IDwCV9QYAqxcAAGmIDgAQdg8AvIgOALByDgCsog4A/0gPAFJJDwClSQ8AX1MPAE55DwB8nQ4AmnsDAKyiDgCSuAgAYb8IAAAAAAA/NA8AkjQPAAAAAAAAAAAAbskIAH4XBgCg+woArKIOALEFEACxBRAAZGoPAAFHAACsog4AsQUQANCYDQCsog4AkAgBAOzoAQB8nQ4ADaEOAGChDgCxBRAA7OgBALEFEADs6AEAsQUQAJAIAQCxBRAAkAgBAOzoAQCxBRAAFAkAALEFEAAUCQAAcIAPAMyYCACxBRAA+9MCAAAAAABp9woAfJ0OAA2hDgBgoQ4AsQUQANCYDQCQCAEANWAOAPENAADxDQAANWAOAGazDQBwgA8A+9MCALByDgCTew8A5nsPAHydDgANoQ4AYKEOAOzoAQB/JwIAsQUQAOzoAQCxBRAArKIOAENXDwDs6AEA7OgBAJ32BAAZ4QgArKIOABQJAACxBRAAsQUQAOzoAQAQfQ4AY30OAJW9DgDQmA0A1CMLAKyiDgABRwAATJkCAAFHAAB79Q8ADaEOAGChDgCsog4ALHIPAJX1BgBp9woAjyELAPvTAgADvw8AEHYPAP+qAQDs6AEA8Q0AAAAAAACftAoAAAAAAMVoDwCNcA8A4HAPADNxDwCxBRAAe/UPAA2hDgBgoQ4A7OgBABQJAABPFAQATxQEAAxoDADs6AEAsHIOAOzoAQCsog4A+9MCAKyiDgAHPQMA458PAOOfDwDugwwArKIOALEFEADs6AEAaYgOALyIDgB79Q8ADaEOAGChDgB79Q8A7OgBAJX1BgCxBRAAlfUGAIZxDwCJwwoAzJgIABQJAACiFAQAu+APAHMXDQCS8AAAsQUQABB9DgBjfQ4AqikLAAO/DwBSbAoA7OgBAEaGDwDs6AEAUmwKAMejDwDshg8AJEgLAKrCAQCwcg4Ak3sPAOZ7DwDs6AEAsQUQALEFEAB79Q8ABGgCAARoAgB79Q8Ae/UPAJX1BgBAgg4Ak4IOAByMDwCLjw4AsHIOAHydDgAing4APvUBADj+CgDkogEAYokOALByDgCNHgMAqsIBAMrMBAAxZwgAxkgGAJj0AQABRwAAs+cEAJX1BgCxBRAAZrMNAI63DwApngIAHTUCACmeAgAdNQIA7S8CAPEaCgAEBhAAmJoCALEFEAAUCQAA7OgBAN6PDgDUHQAAjR4DAEvwDwDs6AEArKIOALByDgCTew8A5nsPAKhdBwB8nQ4AosgCAMejDwDshg8AR+IMAGmIDgC8iA4AR+IMAF7OCwBpiA4AQW8PAHv1DwBqdQ8AsQUQAOzoAQDvJQAA7yUAAJj0AQCdCwIABVsOAPGdDwAwsQsAupkPAOzoAQCxBRAA7OgBAEE4CwCtjw8AC84LAOzoAQDs6AEA7OgBAIzrCwAegwEAp/oKALrsDwB8nQ4AmPQBAHUNCwCsog4A7OgBAOzoAQDHow8A7IYPALEFEABpiA4AvIgOADWsDwBFYgoA7OgBAOzoAQDs6AEAlb0OAOzoAQD/mw8An6YMAPENAAA3AwwAEH0OAKyiDgAr5gwA9rQPACTnDABJtQ8A3e4OAEd6DwB79Q8AIp4OAMejDwBMpgwABVsOAN3uDgD2tA8A3e4OAEm1DwDd7g4Ax6MPAOyGDwDXiQ8AUwAAAFUDCAABRwAAd4YOAPENAADs6AEAUmwKAOyGDwDs6AEAGGkPANA/AgDW/QwAafcKAEViCgCV9QYA7OgBAOzoAQDs6AEAsQUQADQuCwA0LgsANC4LADQuCwCY9AEAmPQBAF8ODQDs6AEAaYgOAGu8DwDHow8AWe4PAOzoAQDHow8An6YMAOzoAQCCoQ8AUagPAGmIDgCkqA8A7OgBACCvDwBzrw8APuYPAMavDwDs6AEA7OgBAMejDwCfpgwAgqEPAFGoDwBpiA4ApKgPAOzoAQCeXwwAJcYPAGmIDgC8iA4Ae/UPACKeDgDs6AEAA78PAAxoDAAMaAwAqHgPAHHHDwBOeQ8A/cIBADQuCwA0LgsANC4LADQuCwDs6AEAMP0MAOqlDgBiiQ4Ap4sOAEViCgCnmQwACSwCAGmIDgBBbw8AgqEPAKyiDgAgrw8ArKIOAAxoDAD70wIAMLELADCxCwDs6AEAoPsKACCvDwBzrw8AlfUGAJX1BgDqrA0AaYgOALyIDgCg+woAIK8PAHOvDwCV9QYAlfUGAOqsDQD4nA8AS50PAGmIDgAQdg8AxHQPAAAAAACsog4AsQUQAKyiDgCiyAIAfJ0OAMejDwA2tQwAaYgOABB2DwD61w8An+QPAHv1DwBqdQ8A+9MCALyIDgA1rA8AdcEJALEFEAB4KAIAUwAAALrsDwDHow8ANrUMAAFHAAB8nQ4AlfUGAOzoAQBpiA4AvIgOAOqsDQCUhAwA+9MCAPvTAgBFoQEARaEBAEWhAQBFoQEA+9MCAKyiDgBFoQEA7OgBAOzoAQDs6AEAAAAAAAAAAADHow8AWe4PAGmIDgC8iA4A6qwNALEFEABSsQwAsQUQAMejDwB1wQkAsQUQAMejDwBL8A8ArKIOAOzoAQDs6AEAafcKAKsXAACV9QYA7ZAAAOzoAQAi/wwA+9MCAGmIDgAQdg8AKKIPAHv1DwANoQ4AanwOAFEKAgDxnQ8A8fAPAETxDwCX8Q8A6vEPAHv1DwAing4Aa6gGAHv1DwCsog4A1fQPAPvTAgBmsw0AlfUGAHydDgAMaAwAkAgBALqZDwCQCAEAupkPABB9DgDFaA8AkAgBAOzoAQDHow8A7IYPAGmIDgC8iA4AUQoCAKDYDwCg2A8AUQoCALByDgCwcg4AsHIOAFvdDgCwcg4AsHIOALByDgCwcg4AEH0OAMVoDwCwcg4AW90OALByDgCMfA8AsHIOAIx8DwCwcg4AjHwPAN6IDwCMfA8AsHIOAIx8DwCwcg4AjHwPAC60DgCMfA8AsHIOAIx8DwB6tQ4AzbUOAA+JDgDs6AEA7OgBAPvTAgCsog4AqxcAAGKJDgBvjA8AnLUPAJy1DwBiiQ4AtYkOAPCOBwD9BhAA+9MCAPvTAgDxDQAA8Q0AABqrDgCsog4A/cIBALByDgCxBRAAlIQMALEFEACwcg4ANWAOALEFEAA1YA4AsHIOAJN7DwA1YA4A0wwQACYNEACwcg4A+9MCAE2FDwCsog4A7OgBAOzoAQDs6AEASBQQAOzoAQDs6AEA7OgBAEgUEADs6AEAlo8HAEgUEACxBRAARP8NAOzoAQDs6AEASBQQAKyiDgB6tQ4AzbUOACC2DgCwcg4A8k0BAIKhDwBRqA8A7OgBAHv1DwAing4AaYgOALyIDgA1rA8AcxcNAKLjCgDs2Q8Au+APAGazDQCibQ8AxWgPAMR0DwALzgsAfJ0OAGp1DwALzgsAsQUQAPCOBwDW6A8AFoEPAMejDwDshg8AaYgOABB2DwD61w8AsQUQADVgDgB1DQsAqxcAALEFEADMmAgAaYgOALyIDgA1rA8A2xsMANboDwB86Q8AaYgOAGu8DwDHow8ATKYMALEFEAA=","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAMAAAABAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAACAAQAAAAAAAIABAACAAAAAgAEAAAABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAIAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAQIAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAIAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAIAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAIAAAAAABgAAAAAMAAAQAACAAANIRCEAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAACAAgIAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAACAAAAQAAAAAAAAAAAAAIAAAACAAAAAAAAQAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABgACAAAoAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAEAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAIAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAABAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAEAAAAAAIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAQMAAAQAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAACAAAAAAAAACQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADQAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAgAAAAAAGAAAAAA0AABAAAIAAA0hEoQAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAACAAAAAAACAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAQAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAARAAAIAAA0BEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQABCAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAgAAAAAAAAAAAAACAAEAAAAAAAAAAQAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAACAAEAAAAAAAAAAQAACACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAgAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAACAAQAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAQQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARDEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAMAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAwAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAYAAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAIAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAA="},"index":{"lists":[[80,82,83,84],[1,2,4,7,8,29,30,31,32,35,36,37,38,41,42,43,44,45,46,47,48,52,57,58,60,61,62,63,64,65,66,67,68,69,70,71,75,76,77,78,80,82,83,84,88,93,94,121,124,125,127,138,139,140,141,142,143,144,145,146,154,157,167,168,172,173,176,185,186,190,194,196,197,198,199,201,203,204,206,209,210,211,212,226],[1,2,4,7,8,29,30,31,32,34,35,36,37,38,41,42,43,44,45,46,47,48,52,53,57,58,60,61,62,63,64,65,66,67,68,69,70,71,74,75,76,77,78,80,82,83,84,88,93,94,100,121,124,125,127,138,139,140,141,142,143,144,145,146,154,157,167,168,169,172,173,176,185,186,190,194,196,197,198,199,201,203,204,206,209,210,211,212,215,216,217,226],[50,73,80,82,83,84,175,215,232],[80,82,83,84,112,113,114,218,219,220,221,222,223,224],[49,51,80,82,83,84],[80,82,83,84,206,225],[62,80,82,83,84,93,94,119,120,206,211,212],[80,82,83,84,112,113,114],[48,55,60,63,67,68,80,82,83,84,104,112,113,114,115,132,145,146,148,152,160,162,168,170,171,172,173,184,191,192,193,200,226],[15,16,17,23,24,80,82,83,84,92,151,164],[80,82,83,84,116,238],[6,80,82,83,84],[1,8,80,82,83,84,112,113,114,153,194,198,199,226],[10,80,82,83,84,112,113,114,118,194,198,199,226],[32,80,82,83,84,112,113,114,176,194,198,199,210,226],[18,80,82,83,84,112,113,114,141,163,194,198,199,214,226],[0,2,4,5,21,22,25,26,77,80,82,83,84,112,113,114,135,141,147,150,176,178,194,195,198,199,202,205,207,226,227,230,233,234,237,239],[3,9,12,21,25,26,28,34,37,38,56,59,78,79,80,82,83,84,88,90,96,97,99,105,112,113,114,117,122,125,128,135,141,149,156,158,159,165,176,177,188,194,198,199,226,235,240],[80,82,83,84,112,113,114,194,198,199,226],[80,82,83,84,112,113,114,141,194,198,199,226],[7,80,82,83,84,112,113,114,194,198,199,226],[80,82,83,84,112,113,114,194,198,199,226,231],[76,80,82,83,84,112,113,114,141,194,198,199,216,226,228,229],[71,79,80,82,83,84,91,95,106,112,113,114,137,180,194,198,199,216,226],[11,34,80,82,83,84,90,98,112,113,114,127,128,155,194,198,199,226],[4,27,54,80,82,83,84,112,113,114,141,194,198,199,226],[11,40,80,82,83,84,112,113,114,127,194,198,199,226],[13,14,33,45,80,82,83,84,89,101,103,107,112,113,114,123,129,130,131,133,134,136,144,161,166,167,179,182,187,189,190,194,198,199,208,213,226],[8,80,81,82,83,84,112,113,114,194,198,199,226],[11,80,82,83,84,112,113,114,194,198,199,226],[80,82,83,84,87,102,108,109,110,111,126,181,183,236],[52,80,82,83,84],[19,20,80,82,83,84,112,113,114,194,198,199,226],[29,80,82,83,84],[30,31,35,36,80,82,83,84],[39,43,44,46,80,82,83,84],[42,61,80,82,83,84],[42,80,82,83,84,85,86],[42,62,64,80,82,83,84],[42,80,82,83,84],[47,61,80,82,83,84,201],[61,80,82,83,84,201],[62,64,70,80,82,83,84,217],[64,80,82,83,84],[69,75,80,82,83,84,201,217],[72,80,82,83,84,174],[80,82,83,84,142],[80,82,83,84,143],[80,82,83,84,201],[80,82,83,84,217],[66,80,82,83,84,204],[66,80,82,83,84,204,215],[66,80,82,83,84,185,186,204],[66,80,82,83,84,204,206],[62,66,80,82,83,84,93,94,204,206,211,212],[66,74,80,82,83,84,185,186,204],[48,53,57,58,60,63,65,66,67,68,80,82,83,84,145,146,157,168,169,172,173,185,186,204,226],[1,8,66,80,82,83,84,185,186,194,196,197,198,199,204,209,226],[66,80,82,83,84,185,186,194,196,197,198,199,204,226],[32,66,80,82,83,84,176,185,186,194,196,197,198,199,204,210,226],[66,80,82,83,84,141,185,186,194,196,197,198,199,204,226],[2,4,66,77,80,82,83,84,141,176,185,186,194,196,197,198,199,203,204,226],[34,37,38,66,78,80,82,83,84,88,121,125,141,176,185,186,194,196,197,198,199,204,226],[66,80,82,83,84,154,185,186,194,196,197,198,199,204,226],[7,66,80,82,83,84,100,185,186,194,196,197,198,199,204,226],[66,76,80,82,83,84,141,185,186,194,196,197,198,199,204,216,226],[66,71,80,82,83,84,185,186,194,196,197,198,199,204,216,226],[34,66,80,82,83,84,127,185,186,194,196,197,198,199,204,226],[4,66,80,82,83,84,141,185,186,194,196,197,198,199,204,226],[66,80,82,83,84,121,124,127,185,186,194,196,197,198,199,204,226],[45,66,80,82,83,84,121,144,167,185,186,190,194,196,197,198,199,204,226],[8,66,80,82,83,84,185,186,194,196,197,198,199,204,226],[52,66,80,82,83,84,204],[66,80,82,83,84,185,186,194,198,199,204,226],[29,66,80,82,83,84,204],[30,31,35,36,66,80,82,83,84,204],[43,44,46,66,80,82,83,84,204],[41,42,61,66,80,82,83,84,204],[42,66,80,82,83,84,204],[42,62,64,66,80,82,83,84,204],[47,61,66,80,82,83,84,138,201,204],[61,66,80,82,83,84,201,204],[62,64,66,70,80,82,83,84,140,204,217],[64,66,80,82,83,84,204],[66,69,75,80,82,83,84,201,204,217],[66,80,82,83,84,139,204],[66,80,82,83,84,140,204],[66,80,82,83,84,142,204],[66,80,82,83,84,143,204],[66,80,82,83,84,201,204],[66,80,82,83,84,204,217]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,20,21,19,19,22,23,24,25,19,26,27,28,29,19,20,30,19,19,31,0,0,32,33,0,13,14,15,16,17,18,19,19,20,21,19,19,22,23,24,25,19,26,27,28,29,19,20,30,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[9135,36],[215,37],[10095,38],[10003,39],[8595,40],[10008,41],[10007,42],[10004,43],[8730,44],[10006,45],[8505,46],[9762,0],[9888,0],[8617,0],[8226,47],[9472,48],[10060,49],[9654,50],[65123,50]],"plainDefault":0,"spaced":[51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,52,53,51,51,51,51,51,51,54,51,55,56,51,57,57,57,57,57,57,57,57,57,57,51,51,51,51,51,51,51,58,59,60,61,62,63,64,59,61,65,59,59,59,66,67,68,59,69,70,71,72,59,61,59,59,59,51,51,51,73,74,51,58,59,60,61,62,63,64,59,61,65,59,59,59,66,67,68,59,69,70,71,72,59,61,59,59,59,51,51,51,51,51],"spacedOther":[[160,51],[5760,51],[8192,51],[8193,51],[8194,51],[8195,51],[8196,51],[8197,51],[8198,51],[8199,51],[8200,51],[8201,51],[8202,51],[8232,51],[8233,51],[8239,51],[8287,51],[12288,51],[65279,51],[9676,75],[9679,76],[9135,77],[215,78],[10095,79],[10003,80],[8595,79],[10008,81],[10007,82],[10004,83],[8730,84],[10006,85],[8505,51],[9762,86],[9888,86],[8617,87],[8226,88],[9472,89],[10060,90],[9654,91],[65123,91]],"spacedDefault":51,"blank":51}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[60,62,63,64],[18,19,20,23,24,25,26,28,29,30,31,32,33,34,38,41,42,44,45,46,47,48,49,50,51,52,53,54,56,57,58,59,60,62,63,64,67,71,72,90,91,92,93,99,100,101,102,103,104,105,106,113,116],[18,19,20,22,23,24,25,26,28,29,30,31,32,33,34,38,39,41,42,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,62,63,64,67,71,72,77,90,91,92,93,99,100,101,102,103,104,105,106,113,116],[36,55,60,62,63,64],[60,62,63,64,84,85,86],[35,37,60,62,63,64],[46,60,62,63,64,71,72,88,89],[34,40,44,47,51,52,60,62,63,64,80,84,85,86,87,95,105,106,108,111,117],[5,6,12,13,60,62,63,64,70,111],[60,62,63,64,87],[60,62,63,64,84,85,86,112],[1,60,62,63,64,84,85,86,87],[7,60,62,63,64,84,85,86,102],[10,11,14,15,58,60,62,63,64,84,85,86,98,102,107,110],[0,3,10,14,15,17,22,25,26,40,43,59,60,62,63,64,67,68,74,75,76,81,84,85,86,87,92,93,98,102,109,115,117],[60,62,63,64,84,85,86,102],[60,62,63,64,69,81,84,85,86,98],[2,22,60,62,63,64,68,75,84,85,86,93,114],[16,39,60,62,63,64,84,85,86,102],[2,60,62,63,64,84,85,86,93],[4,21,31,60,62,63,64,67,78,79,81,84,85,86,93,94,96,97,98,104],[60,61,62,63,64,84,85,86],[2,60,62,63,64,84,85,86],[60,62,63,64,67,78,82,83,92],[38,60,62,63,64],[8,9,60,62,63,64,84,85,86],[20,60,62,63,64,84,85,86],[60,62,63,64,84,85,86,91],[57,60,62,63,64,84,85,86],[54,59,60,62,63,64,73,84,85,86],[27,60,62,63,64,84,85,86],[18,60,62,63,64],[19,20,23,24,60,62,63,64],[26,30,31,32,60,62,63,64],[29,45,60,62,63,64],[29,60,62,63,64,65,66],[29,46,48,60,62,63,64],[29,60,62,63,64],[33,45,60,62,63,64],[45,60,62,63,64],[46,48,54,60,62,63,64],[48,60,62,63,64],[53,56,60,62,63,64],[55,60,62,63,64],[60,62,63,64,103],[60,62,63,64,104],[50,60,62,63,64],[50,55,60,62,63,64],[46,50,60,62,63,64,71,72],[34,39,41,42,44,47,49,50,51,52,60,62,63,64,105,106,116],[50,60,62,63,64,102],[50,58,60,62,63,64,102],[22,25,26,50,59,60,62,63,64,67,90,92,93,102],[50,60,62,63,64,113],[50,60,62,63,64,77],[22,50,60,62,63,64,93],[39,50,60,62,63,64,102],[50,60,62,63,64,90,91,93],[31,50,60,62,63,64,67,90,93,104],[50,60,62,63,64,67,92],[38,50,60,62,63,64],[20,50,60,62,63,64],[50,60,62,63,64,91],[50,57,60,62,63,64],[50,54,59,60,62,63,64],[18,50,60,62,63,64],[19,20,23,24,50,60,62,63,64],[26,30,31,32,50,60,62,63,64],[28,29,45,50,60,62,63,64],[29,50,60,62,63,64],[29,46,48,50,60,62,63,64],[33,45,50,60,62,63,64,99],[45,50,60,62,63,64],[46,48,50,54,60,62,63,64,101],[48,50,60,62,63,64],[50,53,56,60,62,63,64],[50,60,62,63,64,100],[50,60,62,63,64,101],[50,60,62,63,64,103],[50,60,62,63,64,104]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,4,12,13,14,4,4,15,4,4,4,4,15,16,17,4,18,19,20,21,4,15,22,4,4,23,0,0,24,25,0,4,4,26,4,4,27,4,4,4,4,4,4,4,28,29,4,4,4,30,27,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,31],[9679,32],[9135,33],[215,34],[10095,35],[10003,36],[8595,37],[10008,38],[10007,39],[10004,40],[8730,41],[10006,42],[8505,43],[9762,0],[9888,0],[8617,0],[8226,44],[9472,45]],"plainDefault":0,"spaced":[46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,47,46,46,46,46,46,46,46,46,46,48,47,46,49,49,49,49,49,49,49,49,49,49,46,46,46,46,46,46,46,46,46,46,50,51,52,53,46,50,54,46,46,46,50,46,55,46,56,57,58,46,46,50,46,46,46,59,46,46,60,46,46,46,46,61,46,46,62,46,46,46,46,46,46,46,63,64,46,46,46,46,62,46,46,46,46,46,46,46,46,46,46,46],"spacedOther":[[160,46],[5760,46],[8192,46],[8193,46],[8194,46],[8195,46],[8196,46],[8197,46],[8198,46],[8199,46],[8200,46],[8201,46],[8202,46],[8232,46],[8233,46],[8239,46],[8287,46],[12288,46],[65279,46],[9676,65],[9679,66],[9135,67],[215,68],[10095,69],[10003,70],[8595,69],[10008,71],[10007,72],[10004,73],[8730,74],[10006,75],[8505,47],[9762,76],[9888,76],[8617,77],[8226,78],[9472,79]],"spacedDefault":46,"blank":46}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
          if (marker.event === "outside" && marker.dialect.countsPhases) known2.phases++;
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
