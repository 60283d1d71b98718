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
  reportedFailures: /^\[(?:ERROR|WARNING)\] Tests run: \d+, Failures: (\d+)/
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
  reportedFailures: /^=+ (?:.{0,40}, )?(\d{1,6}) (?:failed|errors?)\b/,
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
  reportedFailures: /^FAILED \((?:failures|errors)=(\d{1,6})/,
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
  reportedFailures: /^\d+ runs, \d+ assertions, (\d{1,6}) failures/
};
var TEST_UNIT = {
  id: "test-unit",
  markers: [
    { event: "start", pattern: /^Failure: (?<name>\w[^\n(]{0,300}\([\w:]{1,200}\))(?::|$| \[)/, asserts: true },
    { event: "start", pattern: /^Error: (?<name>\w[^\n(]{0,300}\([\w:]{1,200}\)): (?<reason>\S[^\n]{0,2000})$/ },
    { event: "end", pattern: /^={40,}$|^\d+ tests, \d+ assertions, / }
  ],
  reportedFailures: /^\d+ tests, \d+ assertions, (\d{1,6}) failures/
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
  reportedFailures: /^Tests: \d{1,9}, Assertions: \d{1,9}, (?:Errors|Failures): (\d{1,6})/
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
var DERIVED = `{"prefilter":{"key":"rules 242\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,46,48,139,204,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,393,395,396,397,398,399,400,401,404,405,406,408],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,35,94,9472,10003,10004,8730,10006,8505,10095,9762,9888,8226,43,9654,65123,36],"words":8,"quiet":11334,"states":12751,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAADNRwYABgAAAGseAgAHAAAAlfUGAAgAAADs6AEACQAAAL2LAAAKAAAAAUcAAAsAAAD8nQgADAAAAO2QAAANAAAAqxcAAA4AAAAtdQEADwAAACKtAAAQAAAA7yUAABEAAAB4ggEAEgAAABQJAAATAAAA9NsBABQAAAC89woAFQAAAP4JAgAWAAAAShIBABcAAACY9AEAGAAAAJ0LAgAZAAAA//0BABoAAABXFQIAGwAAAEyZAgAcAAAA+9MCAB0AAAAAAAAAHgAAAEGEDAAfAAAAkAgBACAAAADQPwIAIQAAAAAAAAAiAAAAqsIBACMAAACS8AAAJAAAAE8UBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAARaEBACkAAADOsQEAKgAAAEQbCgArAAAAXs4LACwAAAAAAAAALQAAAA7wAQAuAAAAAAAAAC8AAABaRAIAMAAAAKLIAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAABP4woAPAAAAFXuCgA9AAAA++cLAD4AAAAAAAAAPwAAAKHoCwBAAAAAAAAAAEEAAABa/gsAQgAAADcDDABDAAAAFAgMAEQAAAATFAwARQAAAIP9DABGAAAAyzUMAEcAAAAeNgwASAAAAHE2DABJAAAAmUgMAEoAAAB9TAwASwAAANp6DABMAAAAU/gMAE0AAACm+AwATgAAADD9DABPAAAAAJ4NAFAAAABF8w0AUQAAAJjzDQBSAAAA6/MNAFUAAACmAAAAVgAAAKLBAwBYAAAA1w0JAFkAAAAIPwEAXAAAAE2bAABeAAAAjZoJAF8AAAD96wcAZwAAADUOAgBqAAAAGL0DAHAAAAChPAAAqQAAAPkAAACzAAAAnvgCAPwAAACyWg4AUQEAAJ8BAAClAQAA8gEAAPkBAABFAgAATQIAAJgCAACaAgAA6wIAAPQCAAA+AwAASAMAAJEDAACcAwAA5AMAAPADAAA3BAAARAQAAIoEAACUBAAA3QQAAOsEAAAwBQAAPwUAAIMFAACFBQAA1gUAAOAFAAApBgAANwYAAHwGAACBBgAAzwYAANwGAAAiBwAAKgcAAHUHAACFBwAAyAcAAMoHAAAbCAAAKQgAAG4IAAB/CAAABVsOAMgIAABYWw4AFgkAAE47DAAcCQAAZwkAACkJAAAlQwoALQkAAMQ2DAAwCQAAfQcKAG4JAAC6CQAAdAkAAKdUCgC/CQAADQoAABkKAABgCgAAYwoAALMKAAC7CgAABgsAABMLAABZCwAAXgsAAKwLAAC2CwAA/wsAAAcMAABSDAAAXgwAAKUMAABhDAAAZgcCALgMAAD4DAAABg0AAEsNAABODQAAng0AAKgNAACrWw4A8w0AACdxAAD0DQAA5KIBAPYNAABEDgAA+g0AAF4oCwD7DQAABGgCAPwNAADjAQIA/Q0AANQdAAD+DQAAJx0MAP8NAACwegEAAA4AAKkvAAACDgAAcC4DAAUOAAC4uQIADg4AANWiAwARDgAALhwMAEoOAACXDgAAUw4AAD0qCACdDgAA6g4AAP4OAAA9DwAAUg8AAJAPAACYDwAA4w8AAO0PAAA2EAAAOxAAAIkQAACOEAAA3BAAAOQQAAAvEQAARREAAIIRAACEEQAA1REAAOIRAAAoEgAAPBIAAHsSAACDEgAAzhIAAN0SAAAhEwAAMhMAAHQTAACCEwAAxxMAANMTAAAaFAAAJxQAAG0UAAB3FAAAwBQAAMMUAAATFQAAGxUAAGYVAABoFQAAuRUAAMoVAAAMFgAAEhYAAF8WAABrFgAAshYAALQWAAAFFwAADBcAAFgXAABsFwAA/lsOAKwXAABkHg4ArRcAAGMrAgCwFwAA/hcAALQXAADf3gEAuRcAADoeAwAAGAAAV8kAAAEYAAA5tAcABRgAAILLCQAGGAAAURgAAAgYAAB3OwEACRgAADB6BwALGAAARIoGAA0YAADTiQoADxgAAOdbBgAUGAAAjDECABcYAAAS9wUAUhgAAKQYAABUGAAAk8EFAFcYAADlqgoAuxgAAPcYAAAPGQAAShkAAFUZAACdGQAAthkAAPAZAADyGQAAQxoAAF0aAACWGgAApRoAAOkaAADuGgAAPBsAAEkbAACPGwAAnxsAAOIbAADqGwAANRwAAEEcAACIHAAAlRwAANscAADlHAAALh0AADQdAACBHQAAlR0AAFFcDgDaHQAAJx4AAN4dAABP3AsA6x0AAHW6CgBCHgAAeh4AAIYeAADNHgAA0x4AACAfAAAjHwAAs40FACgfAABzHwAAdh8AAB+uBQB6HwAAxh8AAH4fAACYJAcAgR8AAO5vAwDLHwAAGSAAACUgAABsIAAAbyAAAL8gAADHIAAAEiEAAB8hAABlIQAAaiEAALghAADCIQAACyIAABMiAABeIgAAYSIAALEiAAC6IgAABCMAAAUjAABXIwAAWCMAAKojAACvIwAA/SMAAAMkAABQJAAAWiQAAKMkAACrJAAA9iQAAPkkAABJJQAATCUAAJwlAACtJQAApFwOAPElAAAGqgEA9CUAAPr6CgD4JQAAL68NAPslAABCJgAA/SUAAOUSCABaJgAAlSYAAJgmAADoJgAA9CYAADsnAABIJwAAjicAAJUnAADhJwAA4ycAADQoAAA9KAAAhygAAJEoAADaKAAA5SgAAC0pAABJKQAAgCkAAIgpAAD3XA4A2CkAACYqAAAuKgAAeSoAAHoqAADMKgAAzioAAB8rAAAiKwAAcisAAHUrAABKXQ4AyisAABgsAAAeLAAAaywAAHIsAAC+LAAAxiwAABEtAAAULQAAZC0AAG0tAAC3LQAAuC0AAAouAAALLgAAXS4AAG4uAACwLgAAvi4AAAMvAAAPLwAAVi8AAF0vAACdXQ4Ary8AAPwvAAD+LwAATzAAAGUwAACiMAAAqjAAAPUwAAD3MAAASDEAAFExAACbMQAApTEAAO4xAAD5MQAAQTIAAE0yAACUMgAAoTIAAOcyAADxMgAAOjMAAEgzAACNMwAAnDMAAOAzAADiMwAAMzQAAD00AACGNAAAlDQAANk0AADeNAAALDUAADk1AAB/NQAAhzUAANI1AADYNQAAJTYAADE2AAB4NgAAlTYAAMs2AADUNgAAHjcAACw3AABxNwAAdzcAAMQ3AADQNwAAFzgAABo4AABqOAAAcjgAAL04AADOOAAAEDkAAB45AABjOQAAfDkAALY5AAC3OQAACToAACY6AADwXQ4AYToAAK86AAC1OgAAAjsAAAo7AABVOwAAXjsAAKg7AACrOwAA+zsAAAc8AABOPAAAVDwAAJZeDgC9PAAA9DwAAPw8AADpXg4ASj0AAJo9AACrPQAA7T0AAPU9AABAPgAATj4AAJM+AACWPgAA5j4AAO4+AAA5PwAARj8AAIw/AACRPwAA3z8AAOk/AAAyQAAAOkAAAIVAAACRQAAA2EAAAOVAAAArQQAALUEAAH5BAACXQQAA0UEAAOJBAAAkQgAAMEIAAHdCAAB+QgAAykIAANJCAAAdQwAAIkMAAHBDAAB9QwAAw0MAAMtDAAAWRAAAIEQAAGlEAAB0RAAAvEQAAMhEAAAPRQAAF0UAADxfDgBuRQAAtUUAALtFAAAIRgAAI0YAAFtGAABnRgAArkYAALRGAACPXw4ABkcAACYcAgAHRwAAjb0EAAhHAABL3AYADEcAAFRHAAANRwAAyMEJAA9HAAC+XAUAFUcAADolAgBgRwAAp0cAAK1HAABG7gwAr0cAAOJfDgAGSAAATUgAAFNIAACgSAAAu0gAAPNIAAD/SAAARkkAAExJAACZSQAAoUkAAOxJAADySQAAP0oAAEtKAACSSgAAr0oAAOVKAADuSgAAOEsAAERLAACLSwAAjksAAN5LAADoSwAAMUwAAD1MAACETAAAi0wAANdMAADfTAAAKk0AACtNAAD/XgAALU0AAH1NAACMTQAA0E0AANZNAAAjTgAAJU4AAHZOAACMTgAAyU4AAOdOAAAcTwAANU8AAG9PAABxTwAAwk8AAMVPAAAVUAAAIVAAAGhQAABvUAAAu1AAAMNQAAAOUQAAEFEAAGFRAABqUQAAtFEAAL5RAAAHUgAAElIAAFpSAABmUgAArVIAALpSAAAAUwAAClMAAFNTAABhUwAAplMAALVTAAD5UwAA+1MAAExUAABWVAAAn1QAAK1UAADyVAAA91QAAEVVAABSVQAAmFUAAK1VAADrVQAA81UAAD5WAABXVgAAkVYAAJpWAADkVgAA7lYAADdXAAA/VwAAilcAAJdXAADdVwAA4lcAADBYAAA4WAAAg1gAAIRYAADWWAAA2FgAAClZAAAsWQAAfFkAAH9ZAAA1YA4A1FkAACJaAAAoWgAAdVoAAHxaAADIWgAA0FoAABtbAAAfWwAAblsAAHBbAADBWwAAxFsAABRcAAAcXAAAZ1wAAGhcAAC6XAAAwFwAAA1dAAASXQAAYF0AAHtdAACzXQAAwV0AAAZeAAANXgAAWV4AAGVeAACsXgAAs14AAIhgDgABXwAAUl8AAFVfAAClXwAAqF8AANtgDgD9XwAAS2AAAFFgAACeYAAApWAAAPFgAAAPYQAARGEAAF1hAACXYQAAmWEAAOphAADtYQAAPWIAAEliAACQYgAAl2IAAONiAADrYgAANmMAADhjAACJYwAAkmMAANxjAADmYwAAL2QAADpkAACCZAAAjmQAANVkAADiZAAAKGUAADJlAAB7ZQAAiWUAAM5lAADdZQAAIWYAACNmAAB0ZgAAfmYAAMdmAADVZgAAGmcAAB9nAABtZwAAemcAAMBnAADVZwAAE2gAABtoAABmaAAAf2gAALloAADCaAAADGkAABZpAABfaQAAZ2kAALJpAAC/aQAABWoAAApqAABYagAAYGoAAKtqAACsagAA/moAAABrAABRawAAVGsAAKRrAACnawAALmEOAPxrAABKbAAAUGwAAJ1sAACkbAAA8GwAAPhsAABDbQAAR20AAJZtAACYbQAA6W0AAOxtAAA8bgAARG4AAI9uAACQbgAA4m4AAOhuAAA1bwAAOm8AAIhvAACjbwAA228AAOlvAAAucAAANXAAAIFwAACNcAAA1HAAANtwAACBYQ4AKnEAAHpxAACLcQAAzXEAANVxAAAyjAEA6XEAACByAAAocgAA1GEOAIJyAADGcgAAzHIAABlzAAAbcwAAbHMAAIJzAAC/cwAA3XMAABJ0AAAVdAAAZXQAAHF0AAC4dAAAvnQAAAt1AAAmdQAAXnUAAGp1AACxdQAAt3UAAAR2AAAidgAAV3YAAGd2AACqdgAAuHYAAP12AAADdwAAUHcAAFN3AACjdwAArXcAAPZ3AAAUeAAASXgAAF94AACceAAAqHgAAO94AADyeAAAQnkAAEV5AACVeQAAl3kAAOh5AAD/eQAAO3oAAEd6AACOegAAqnoAAOF6AADpegAAJ2IOAEV7AACHewAAlXsAANp7AADmewAALXwAADp8AACAfAAAinwAANN8AADbfAAAJn0AACd9AAB5fQAAe30AAMx9AADPfQAAH34AACJ+AAB6Yg4Ad34AAMV+AADLfgAAGH8AAB9/AABrfwAAc38AAL5/AADUfwAAEYAAABqAAABkgAAAZ4AAALeAAADBgAAACoEAABKBAABdgQAAdoEAALCBAAC8gQAAA4IAAAuCAADNYg4AXoIAAKmCAACsggAA/IIAAAaDAABPgwAAVYMAAKKDAACwgwAA9YMAAAKEAABIhAAAX4QAACBjDgCchAAAYzENAJ6EAAB1pgEAoYQAAFlQAgCihAAAB84GAKOEAACqpgUApIQAAIjCAAClhAAAqC0CAKiEAACeBQ0AqoQAAO6EAACshAAA8I4HALGEAAB90AUAsoQAAG3ACwD4hAAApm4IAP2EAABBhQAATYUAAJSFAACVhQAAYoMDAJeFAADnhQAA6oUAADqGAABBhgAA2YABAEKGAACNhgAAUoYAAPwoAQCUhgAA4IYAAOyGAAAzhwAAQIcAAIaHAACUhwAA2YcAAOWHAAAsiAAAM4gAAH+IAACHiAAA0ogAAOKIAAAliQAAKokAAHiJAAB+iQAAy4kAANOJAAAeigAAJ4oAAHGKAAB0igAAxIoAANCKAAAXiwAAHYsAAHNjDgCJiwAAxmMOAMqLAAAQjAAAEowAADf9AAATjAAAEXICABeMAAA3nAIAG4wAAEjkCgAcjAAAlcUBAB+MAAAf3goAKYwAAIpJAgAwjAAAY4wAAHCMAAC2jAAAu4wAAAmNAAANjQAAXI0AAGmNAACvjQAAt40AAAKOAAC6jQAACK0JAAmOAABVjgAAGI4AAPmKBABXjgAAqI4AALKOAAD7jgAA/Y4AAE6PAABnjwAAoY8AAKOPAAD0jwAA948AAEeQAABTkAAAmpAAAKKQAAAZZA4A85AAAECRAAD1kAAAqgYQAPyQAACX5AUA/pAAAM47BgAAkQAArUsBAAmRAACDsQsARpEAAJrjAABYkQAAk5EAAJWRAADmkQAAoJEAAACmAACskQAAvJcAAPWRAAA5kgAASJIAAIySAACYkgAA35IAAOKSAAAykwAANZMAAIWTAACdkwAA2JMAAN+TAAArlAAAN5QAAH6UAACLlAAA0ZQAAN+UAAAklQAAMJUAAHeVAAB+lQAAypUAAOKVAAAdlgAAKZYAAHCWAAB2lgAAw5YAAMmWAAAWlwAAG5cAAGmXAABvlwAAv2QOAL6XAAAPmAAAFpgAAGKYAAB6mAAAtZgAALyYAAAImQAAIZkAAFuZAABzmQAArpkAALqZAAABmgAAB5oAAFSaAABamgAAp5oAAKyaAAD6mgAAAJsAABJlDgBmmwAAoJsAALGbAADzmwAAAZwAAEacAABVnAAAmZwAAKGcAADsnAAADJ0AAD+dAABLnQAAkp0AAKadAADlnQAA7Z0AADieAAA+ngAAi54AAJeeAADengAA6J4AADGfAAA3nwAAhJ8AAJKfAADXnwAA458AACqgAABFoAAAfaAAAH+gAADQoAAA4aAAACOhAAAroQAAdqEAAIShAADJoQAAzKEAAByiAAAkogAAb6IAAHyiAADCogAAx6IAABWjAAAfowAAaKMAAHCjAAC7owAAvaMAAA6kAAAfpAAAYaQAAHKkAAC0pAAAuaQAAAelAAALpQAAWqUAAGalAACtpQAAtKUAAGVlDgAFpgAAU6YAAF2mAACmpgAAvqYAAPmmAAD8pgAATKcAAFWnAACfpwAAoKcAAPKnAADzpwAARagAAEqoAACYqAAAnqgAAOuoAAD1qAAAPqkAAEqpAACRqQAAmKkAAOSpAAD8qQAAN6oAADmqAACKqgAAk6oAAN2qAADnqgAAMKsAADurAACDqwAAm6sAANarAADsqwAAKawAAC6sAAB8rAAAg6wAAM+sAADbrAAAuGUOACStAAB8ngIAJ60AAPC4AQArrQAAHroFAC2tAACVSAcAM60AAHWtAAB3rQAAE1oCAIOtAADIrQAA1K0AABuuAADXrQAA18EHACiuAABurgAAeK4AAMGuAADCrgAA1A4OAMmuAAAUrwAAG68AAGevAAAvrwAARpUBAGyvAAC6rwAAxq8AAA2wAAAQsAAAYLAAAGiwAACzsAAAwLAAAAaxAAALsQAAWbEAAGOxAACssQAAtLEAAP+xAAACsgAAUrIAAFuyAAClsgAAprIAAPiyAAD5sgAAS7MAAFCzAACeswAApLMAAPGzAAD7swAARLQAAEy0AACXtAAAmbQAAOq0AADztAAAPbUAAEe1AACQtQAAm7UAAOO1AADvtQAANrYAAEO2AACJtgAAk7YAANy2AADqtgAAL7cAAD63AACCtwAAhLcAANW3AADftwAAKLgAADa4AAB7uAAAgLgAAM64AADbuAAAIbkAACm5AAB0uQAAdbkAAMe5AADNuQAAGroAAB+6AABtugAAd7oAAMC6AADFugAAE7sAACK7AABmuwAAa7sAALm7AADKuwAADLwAABS8AABfvAAAZbwAALK8AAC+vAAABb0AACK9AABYvQAAYb0AAKu9AAC3vQAA/r0AAAG+AABRvgAAW74AAKS+AACwvgAA974AAP6+AABKvwAAUr8AAJ2/AAC2vwAA8L8AAATAAABDwAAAS8AAAJbAAACZwAAA6cAAAPXAAAA8wQAAQsEAAI/BAACqwQAA4sEAAO7BAAA1wgAAO8IAAAtmDgCSwgAA28IAAObCAAAuwwAANsMAAF3UAAA6wwAAgcMAAI7DAADUwwAA3sMAACfEAAA1xAAAesQAAInEAADNxAAAz8QAACDFAAAqxQAAc8UAAIHFAADGxQAAy8UAABnGAAAmxgAAbMYAAHTGAAC/xgAAwMYAABLHAADDxgAAq2MBAM/GAAChiAEAI8cAAGXHAABuxwAAuMcAAM/HAAALyAAAGcgAAF7IAABryAAAscgAALnIAAAEyQAAI8kAAF5mDgBgyQAAqskAALTJAAD9yQAACMoAALFmDgBSygAAo8oAAKzKAAD2ygAAAMsAAEnLAABUywAAnMsAAKjLAADvywAA/MsAAELMAABMzAAAlcwAAKPMAADozAAA98wAADvNAAA9zQAAjs0AAJjNAADhzQAA780AADTOAAA5zgAAh84AAJTOAADazgAA4s4AAC3PAAAzzwAAgM8AAIzPAADTzwAA8M8AACbQAAAv0AAAedAAAIfQAADM0AAA0tAAAB/RAAAr0QAActEAAHnRAAAEZw4Ax9EAAFgJAgDL0QAAGNIAAB3SAABr0gAAJtIAAHcmBAB40gAAvtIAANXSAAAR0wAAEtMAAGTTAABm0wAAt9MAALrTAAAK1AAADdQAAFdnDgB+1AAAsNQAALHUAAAD1QAABdUAAFbVAABZ1QAAqdUAAKzVAACqZw4AAdYAAE/WAABV1gAAotYAAKnWAAD11gAAF9cAAEjXAABQ1wAAm9cAAKrXAADu1wAA8NcAAEHYAABS2AAAlNgAAKXYAADn2AAA89gAADrZAABB2QAAjdkAAJXZAADg2QAA5NkAADPaAABB2gAAhtoAAJDaAADZ2gAA5NoAACzbAAAx2wAAf9sAAIjbAADS2wAA3NsAACXcAAAt3AAAeNwAAHrcAADL3AAA2NwAAB7dAAAy3QAAcd0AAHndAADE3QAAxd0AABfeAAAZ3gAAat4AAG3eAAC93gAAwN4AAP1nDgAV3wAAY98AAGnfAAC23wAAvd8AAAngAAAR4AAAXOAAAGvgAACv4AAAtOAAAALhAAAP4QAAVeEAAGXhAACo4QAAtuEAAPvhAAAS4gAATuIAAFfiAACh4gAAp+IAAPTiAAAA4wAAR+MAAE7jAABQaA4An+MAAGy4AgCi4wAA7eMAAKfjAAAz9QgA/OMAAEDkAABR5AAAk+QAAKHkAADm5AAA8uQAADnlAABG5QAAjOUAAJblAADf5QAA5+UAADLmAAA15gAAheYAAJHmAADY5gAA5eYAACvnAAA15wAAfucAAIbnAADR5wAA0+cAACToAAAt6AAAd+gAAIHoAADK6AAA1egAAB3pAAAy6QAAcOkAAHjpAADD6QAA3OkAABbqAAAf6gAAaeoAAHPqAAC86gAAxOoAAA/rAAAc6wAAYusAAGfrAAC16wAAvesAAAjsAAAJ7AAAW+wAAF3sAACu7AAAsewAAAHtAAAE7QAAo2gOAFntAACn7QAAre0AAPrtAAAB7gAATe4AAFXuAACg7gAAru4AAPPuAAD27gAARu8AAE7vAACZ7wAAnO8AAOzvAAD47wAAP/AAAEnwAAD2aA4Ak/AAAIIQDACU8AAA5fAAAJXwAADJAQsAnPAAAMcSDACd8AAAz5AEAKHwAADk9QEAovAAAD62CgC28AAAAtoBAO7wAAA48QAAQvEAAIvxAACW8QAA3vEAAOrxAAAx8gAAPvIAAITyAACO8gAA1/IAAOXyAAAq8wAAOfMAAH3zAAB/8wAA0PMAANrzAAAj9AAAMfQAAHb0AAB79AAAyfQAANb0AAAc9QAALPUAAG/1AABx9QAAwvUAAND1AAAV9gAAJvYAAElpDgBv9gAAnGkOAMP2AADvaQ4AF/cAAGH3AABr9wAAtPcAAL/3AAAH+AAAE/gAAFr4AABn+AAArfgAALf4AAAA+QAADvkAAFP5AABi+QAApvkAAKj5AAD5+QAAA/oAAEz6AABa+gAAn/oAAKT6AADy+gAA//oAAEX7AABN+wAAmPsAAKj7AADr+wAA7fsAAD78AABM/AAAkfwAAKL8AABCag4A6/wAAJVqDgBQ/QAAiv0AAJv9AADd/QAA6f0AADD+AAA4/gAA6GoOAIj+AADW/gAA3v4AACn/AAAr/wAAfP8AAC7/AABNxAYAOP8AAAF+BACF/wAAz/8AAIv/AAAYQAkA2f8AACIAAQAtAAEAdQABAIEAAQDIAAEA1QABABsBAQAlAQEAbgEBAHwBAQDBAQEA0AEBABQCAQAWAgEAZwIBAHECAQC6AgEAxgIBAA0DAQAVAwEAO2sOAGMDAQCzAwEAwQMBAAYEAQATBAEAWQQBAHAEAQCsBAEAtAQBAP8EAQAVBQEAUgUBAF4FAQClBQEAtAUBAPgFAQADBgEASwYBAE0GAQCeBgEAqwYBAPEGAQD/BgEARAcBAEcHAQCXBwEArQcBAOoHAQDyBwEAPQgBAE8IAQCOaw4AnQgBANmNCwCfCAEA4wgBAOgIAQA2CQEAPQkBAIkJAQCVCQEA3AkBAOkJAQAvCgEAMQoBAIIKAQCYCgEA1QoBAOEKAQAoCwEARwsBAHsLAQCXCwEAzgsBANYLAQDhaw4AIwwBAHQMAQB9DAEAxwwBANEMAQAaDQEAJQ0BAG0NAQB5DQEAwA0BAM0NAQATDgEAHQ4BAGYOAQB0DgEAuQ4BAMgOAQAMDwEADg8BAF8PAQBpDwEAsg8BAMAPAQAFEAEAChABAFgQAQBlEAEAqxABALsQAQD+EAEAABEBAFERAQBfEQEApBEBALURAQA0bA4A/hEBAIdsDgBMEgEA89IEAE8SAQCdEgEAUxIBAHq9AQBWEgEA9f8GAFgSAQCLlwEAXhIBADxSBACkEgEABSQKAKoSAQDwEgEABxMBAEMTAQBIEwEAlhMBAJkTAQDpEwEAoBMBAHuVBQCyEwEA258FAO4TAQBYmgUA9RMBADwUAQBCFAEAOyABAEsUAQCPFAEAmBQBAOIUAQDoFAEANRUBAEMVAQCIFQEAkhUBANsVAQDvFQEALhYBADoWAQCBFgEAlBYBANQWAQDjFgEAJxcBADMXAQB6FwEAexcBAM0XAQDXFwEAIBgBAC4YAQBzGAEAeBgBAMYYAQDTGAEALW0OACwZAQBsGQEAexkBAL8ZAQDLGQEAEhoBABMaAQBlGgEAbxoBALgaAQDGGgEACxsBABAbAQBeGwEAaxsBACZuDgCzGwEABBwBAA0cAQBXHAEAYRwBAKocAQC1HAEA/RwBAAkdAQBQHQEAXR0BAKMdAQCtHQEA9h0BAAQeAQBJHgEAWB4BAJweAQCeHgEA7x4BAPkeAQBCHwEAUB8BAJUfAQCiHwEA6B8BAP8fAQB5bg4AViABAI4gAQCaIAEA4SABAOcgAQA0IQEAQCEBAIchAQCNIQEA2iEBAOAhAQAtIgEAMiIBAIAiAQCGIgEAzG4OANwiAQAmIwEAMCMBAHkjAQCEIwEAzCMBANgjAQAfJAEALCQBAHIkAQB8JAEAxSQBANMkAQAYJQEAJyUBAGslAQBtJQEAviUBAMglAQARJgEAHyYBAGQmAQBpJgEAtyYBAMQmAQAKJwEAEicBAF0nAQBtJwEAsCcBALInAQADKAEAESgBAFYoAQBnKAEAxW8OALAoAQAYcA4AAikBAE8pAQBbKQEAoikBALIpAQD1KQEA/ikBAEgqAQBLKgEAmyoBAKcqAQDuKgEA9SoBAEErAQBJKwEAlCsBALIrAQDnKwEA7ysBADosAQBLLAEAjSwBAJIsAQDgLAEA9ywBADMtAQBBLQEAhi0BAJMtAQDZLQEA4S0BACwuAQAwLgEAfy4BAIEuAQDSLgEA1S4BACUvAQAtLwEAeC8BAH4vAQDLLwEA1y8BAB4wAQAuMAEAcTABAHowAQDEMAEAxzABABcxAQAjMQEAajEBAHExAQBrcA4AxjEBABAyAQATMgEAYzIBAHEyAQC2MgEAwzIBAAkzAQAgMwEAXDMBAGQzAQCvMwEAsTMBAAI0AQALNAEAVTQBAF80AQCoNAEAszQBAPs0AQAHNQEATjUBAFs1AQChNQEAqzUBAPQ1AQACNgEARzYBAFY2AQCaNgEAnDYBAO02AQD3NgEAQDcBAE43AQCTNwEAmDcBAOY3AQDzNwEAOTgBAEE4AQCMOAEAojgBAN84AQDrOAEAMjkBAEE5AQCFOQEAkDkBANg5AQDaOQEAKzoBADg6AQB+OgEAjDoBANE6AQDUOgEAJDsBADo7AQC+cA4AfzsBAEQAAgCFOwEANG0CAI87AQDKOwEAzDsBAB08AQAuPAEAcDwBAIE8AQDDPAEAyDwBABY9AQAaPQEAaT0BAHU9AQC8PQEAwz0BAA8+AQAXPgEAYj4BAIA+AQC1PgEAvT4BABFxDgANPwEAWz8BAFw/AQDhJgwAaj8BAOkgCwB0PwEArj8BALA/AQABQAEAGkABAFRAAQBlQAEAp0ABALNAAQD6QAEA/EABAE1BAQBWQQEAoEEBAFxBAQAjRwEAqkEBAPNBAQD+QQEARkIBAFJCAQCZQgEApkIBAOxCAQD2QgEAP0MBAE1DAQCSQwEAoUMBAOVDAQDnQwEAOEQBAEJEAQCLRAEAmUQBAN5EAQDjRAEAMUUBAD5FAQCERQEAkEUBANdFAQDdRQEAKkYBADBGAQB9RgEAgkYBANBGAQDWRgEAZHEOADJHAQB2RwEAgkcBAMlHAQDMRwEAHEgBAB9IAQBvSAEAdkgBAMJIAQDOSAEAFUkBACJJAQBoSQEAdkkBALtJAQDHSQEADkoBABVKAQC3cQ4AZ0oBALRKAQC6SgEAB0sBAAxLAQBaSwEAYEsBAApyDgCuSwEAi+oBALdLAQDfnwoAuUsBAINJDgC7SwEA1CMLALxLAQAATAEADEwBAFNMAQBUTAEApkwBAF9MAQBkMwsAsEwBAPlMAQAHTQEATE0BAFFNAQCfTQEArE0BAF1yDgD0TQEACe0KAABOAQAR4AoAFU4BAEVOAQBqTgEAmE4BAL5OAQDrTgEAEk8BAD5PAQBiTwEAkU8BAJlPAQCwcg4A8E8BADdQAQA5UAEAilABAI1QAQDdUAEA4lABADBRAQA9UQEAg1EBAJ9RAQDWUQEA3lEBAANzDgAyUgEAfFIBADZSAQA2XAEAf1IBAM9SAQDbUgEAIlMBAChTAQB1UwEAglMBAMhTAQDKUwEAG1QBADFUAQBuVAEAelQBAMFUAQDJVAEAVnMOABpVAQBnVQEAb1UBALpVAQC7VQEADVYBAA9WAQBgVgEAY1YBALNWAQC2VgEAqXMOAAtXAQBZVwEAX1cBAKxXAQCzVwEA/1cBAAdYAQBSWAEAX1gBAKVYAQCqWAEA+FgBAAJZAQBLWQEAU1kBAJ5ZAQCgWQEA8VkBAAJaAQBEWgEAVVoBAJdaAQCcWgEA6loBAO5aAQA9WwEASVsBAJBbAQCXWwEA41sBAPVbAQD8cw4AO1wBAIlcAQCRXAEA3FwBAN5cAQAvXQEAPl0BAIJdAQCRXQEA1V0BAOFdAQAoXgEAK14BAHteAQB+XgEAzl4BANZeAQAhXwEAK18BAHRfAQB5XwEAx18BAM9fAQAaYAEAJGABAG1gAQB4YAEAwGABAM5gAQATYQEAFmEBAGZhAQBuYQEAuWEBANRhAQAMYgEAF2IBAF9iAQBkYgEAsmIBALViAQAFYwEAD2MBAFhjAQBqYwEAT3QOALljAQD+YwEACGQBAFFkAQBcZAEApGQBAKxkAQD3ZAEA/WQBAEplAQBMZQEAnWUBALZlAQDwZQEACWYBAENmAQBRZgEAlmYBAKBmAQDpZgEA/2YBADxnAQBZZwEAj2cBAJdnAQDiZwEA8mcBADVoAQA3aAEAiGgBAJZoAQDbaAEA7GgBAKJ0DgA1aQEA9XQOAIJpAQDUaQEA5WkBACdqAQAzagEAemoBAHxqAQDNagEA0GoBACBrAQAsawEAc2sBAHtrAQCbdQ4A0WsBABlsAQAlbAEAbGwBAHtsAQC/bAEA32wBABJtAQAabQEAZW0BAHltAQC4bQEAvW0BAAtuAQAUbgEAXm4BAGRuAQCxbgEAuW4BAARvAQATbwEAV28BAFxvAQCqbwEAt28BAP1vAQAKcAEAUHABAFxwAQCjcAEAsnABAPZwAQAAcQEASXEBAFdxAQCccQEAoXEBAO9xAQD8cQEAQnIBAEpyAQCVcgEAmHIBAOhyAQD0cgEAO3MBAEVzAQCOcwEAmHMBAOFzAQDvcwEANHQBAEF0AQCHdAEAnnQBANp0AQDddAEA7nUOADB1AQB1mAMAN3UBABNFBQA6dQEAgHUBAD11AQANYwsAPnUBAH96AgBDdQEAS/EDAId1AQAVQgIAinUBAJI1AwCPdQEA1/EMAJt1AQDTdQEA1XUBACZ2AQA3dgEAeXYBAId2AQDMdgEA03YBAB93AQAhdwEAcncBACR3AQDwXgIAJ3cBAK6SAQCBdwEAxXcBANR3AQAYeAEAJHgBAGt4AQBueAEAvngBAMF4AQAReQEAMXkBAGR5AQBweQEAt3kBAMt5AQAKegEAGHoBAF16AQBkegEAQXYOAMd6AQADewEABXsBAEvACgAGewEAUr8KABB7AQBWewEAWHsBAKl7AQCzewEA/HsBALp7AQDcwwoABXwBAE98AQBVfAEAonwBAK58AQD1fAEA/HwBAEh9AQBNfQEAm30BAKd9AQDufQEA8X0BAEF+AQBOfgEAlH4BAJl+AQDnfgEA8X4BADp/AQBQfwEAjX8BAI9/AQDgfwEA6n8BADOAAQBCgAEAhoABAJGAAQCUdg4A5YABACyBAQA5gQEAf4EBAI2BAQDSgQEA3oEBACWCAQAsggEA53YOAH2CAQDLggEAhIIBAP61DQCGggEAe/YDAM2CAQBQYgMA0IIBAHrYCQDiggEAHoMBACyDAQBxgwEAfoMBAMSDAQDMgwEAF4QBACGEAQDDvwYAJ4QBAGqEAQBshAEAvYQBAMuEAQAQhQEAIYUBADp3DgBqhQEAjXcOALuFAQAJhgEAD4YBAFyGAQBkhgEAr4YBALiGAQAChwEABYcBAFWHAQBhhwEAqIcBAK6HAQD7hwEAA4gBAE6IAQBtiAEAM3gOAKOIAQD0iAEAAokBAEeJAQBYiQEAhngOAKGJAQDZeA4A8okBAECKAQBGigEAk4oBAJuKAQDmigEA74oBADmLAQA8iwEAjIsBAJiLAQDfiwEA5YsBAH95DgA0jAEAhYwBAI6MAQDYjAEA4owBACuNAQA2jQEAfo0BAIqNAQDRjQEA3o0BACSOAQAujgEAd44BAIWOAQDKjgEA2Y4BAB2PAQAfjwEAcI8BAHqPAQDDjwEA0Y8BABaQAQAbkAEAaZABAHaQAQC8kAEAxJABAA+RAQAfkQEAYpEBAGSRAQC1kQEAw5EBAAiSAQAZkgEA0nkOAGKSAQAleg4At5IBAAGTAQAEkwEAVJMBAGCTAQCnkwEArZMBAPqTAQAHlAEATZQBAE+UAQCglAEAtpQBAPOUAQD/lAEAeHoOAFKVAQCZlQEAn5UBAOyVAQDvlQEAP5YBAE2WAQCSlgEAl5YBAOWWAQDylgEAOJcBAECXAQDLeg4AmJcBAN6XAQDslwEAMZgBAEeYAQCEmAEAjZgBANeYAQDtmAEAKpkBADKZAQB9mQEAgJkBANCZAQDZmQEAI5oBACSaAQB2mgEAd5oBAMmaAQDOmgEAHJsBACKbAQBvmwEAeZsBAMKbAQDOmwEAFZwBABycAQBonAEAcJwBALucAQC9nAEADp0BAA+dAQBhnQEAb50BALSdAQC8nQEAB54BACKeAQBangEAZp4BAK2eAQCzngEAAJ8BAAOfAQBTnwEAYZ8BAKafAQCrnwEA+Z8BAAagAQBMoAEAVKABAJ+gAQCtoAEA8qABAPWgAQAeew4ASKEBAJihAQBJoQEAMMYIAFGhAQBNtggAU6EBAHS4DABYoQEAQOMMAJuhAQDroQEA/KEBAD6iAQBaogEAkaIBAJmiAQBxew4A9aIBADejAQA/owEAiqMBAJCjAQDdowEA4qMBADCkAQA5pAEAg6QBAI2kAQDWpAEA5KQBACmlAQA2pQEAfKUBAIilAQDPpQEA0qUBACKmAQA+pgEAxHsOAHimAQDIpgEAiaYBAEbaAwDUpgEAG6cBACGnAQBupwEAeKcBABd8DgDGpwEAFKgBACGoAQBnqAEAb6gBAIyDDgBzqAEAuqgBAHeoAQA2rwEAwKgBAA2pAQATqQEAYKkBAGWpAQCzqQEAuakBAGp8DgAQqgEARMEKABSqAQBZqgEAaqoBAL18DgCzqgEAEH0OAAerAQBjfQ4AYKsBAKWrAQCsqwEA+KsBAACsAQBLrAEAWKwBAJ6sAQCjrAEA8awBAPusAQBErQEATK0BAJetAQCdrQEA6q0BAOytAQA9rgEAS64BAJCuAQCTrgEA464BAO+uAQC2fQ4AOK8BAImvAQCXrwEA3K8BAO2vAQAJfg4ANrABAFx+DgCIsAEA1bABANuwAQAosQEALbEBAHuxAQCBsQEAr34OANCxAQAhsgEA17EBAMSJDADasQEANAUFADyyAQB0sgEAdrIBAMeyAQDhsgEAGrMBACezAQAUyggAK7MBAG2zAQBvswEAwLMBAM2zAQATtAEAKrQBAGa0AQCAtAEAubQBALu0AQAMtQEAv7QBANaxCwAPtQEAX7UBAGK1AQCytQEAvrUBAAW2AQALtgEAWLYBAGK2AQACfw4AsLYBAP62AQALtwEAUbcBAF23AQCktwEAqrcBAPe3AQD9twEASrgBAE+4AQCduAEAo7gBAFV/DgD3uAEAuBkNAPm4AQBakAMA/bgBADiQAgABuQEAGNgLAAa5AQBDuQEARLkBAJa5AQBZuQEAhmsEAJi5AQDpuQEApLkBAHLDAgDvuQEAPLoBAEq6AQCPugEAkroBAOK6AQDnugEANbsBAEK7AQCIuwEAmLsBANu7AQDduwEALrwBADy8AQCBvAEAkrwBAKh/DgDavAEAJ70BADO9AQD7fw4Ai70BAM29AQDXvQEAIL4BAC6+AQBzvgEAdL4BAMa+AQDXvgEAGb8BACW/AQBsvwEAfL8BAL+/AQDBvwEAEsABACDAAQBlwAEAdsABAE6ADgC+wAEAC8EBABfBAQChgA4AZMEBALHBAQC3wQEABMIBAAnCAQBXwgEAXcIBAEeBDgCywgEA/cIBAAfDAQBW1AwAFsMBAFDDAQBZwwEAo8MBAK3DAQD2wwEA/sMBAEnEAQBNxAEAnMQBAJ7EAQDvxAEA8sQBAELFAQBexQEAmoEOAKjFAQDoxQEA6cUBADvGAQBHxgEAjsYBAJ3GAQDhxgEA68YBADTHAQBAxwEAh8cBAI7HAQDtgQ4A4McBALtWCwDtxwEALcgBADzIAQCAyAEAjMgBANPIAQDUyAEAJskBADDJAQB5yQEAh8kBAMzJAQDRyQEAH8oBACzKAQCTgg4AesoBAMXKAQDRygEAGMsBACvLAQBrywEAbMsBAL7LAQDKywEAEcwBACDMAQBkzAEAbswBALfMAQDDzAEACs0BABHNAQDmgg4Abs0BALDNAQC8zQEAA84BABPOAQBWzgEAYM4BAKnOAQCxzgEA/M4BACfPAQBPzwEAKM8BANnTAQB6zwEAos8BAKrPAQD1zwEA+88BAEjQAQBW0AEAm9ABALLQAQDu0AEA+dABAEHRAQBL0QEAlNEBAL7RAQDn0QEA79EBADrSAQBK0gEAjdIBAI/SAQDg0gEA7tIBADPTAQBE0wEA34MOAI3TAQAyhA4ABNQBACzUAQA01AEAf9QBAIXUAQDS1AEA4NQBACXVAQA81QEAeNUBAIPVAQDL1QEA1dUBAB7WAQBI1gEAcdYBAHnWAQDE1gEA1NYBABfXAQAZ1wEAatcBAHjXAQC91wEAztcBAIWEDgAX2AEA2IQOAGXYAQC22AEAxNgBAAnZAQAa2QEAK4UOAGPZAQB+hQ4At9kBANGFDgAK2gEAJIYOAFfaAQCo2gEAttoBAPvaAQAM2wEAd4YOAFTbAQCh2wEArdsBAMqGDgD92wEAR9wBAFTcAQCa3AEAqNwBAO3cAQD33AEAQN0BAFrdAQCT3QEAlt0BAObdAQDt3QEAOd4BAFneAQCM3gEApt4BAB2HDgDs3gEAMt8BAPDeAQDKNAIA9d4BAGKKAgBA3wEAhd8BAI/fAQDY3wEA8t8BACvgAQA74AEAfuABAITgAQDR4AEA0+ABACThAQA64QEAd+EBAIPhAQDK4QEAzuEBAB3iAQAi4gEAcOIBAHbiAQDD4gEA4+IBABbjAQAw4wEAaeMBAGvjAQC84wEAv+MBAA/kAQAS5AEAYuQBAG7kAQC15AEAu+QBAAjlAQAS5QEAcIcOAGDlAQCu5QEAu+UBAAHmAQAN5gEAVOYBAGfmAQCn5gEAtuYBAPrmAQAG5wEATecBAE7nAQCg5wEAqucBAPPnAQAB6AEARugBAEvoAQCZ6AEApugBAMOHDgDt6AEAy+kKAO7oAQCL/goA7+gBAO8rCwDx6AEAKAoNAPLoAQBDiAgA8+gBAE7vCgD26AEAauQLAPfoAQAr9AoA+OgBAPIOCgD56AEAr5oKAProAQD/awoA++gBANjKBAD86AEAP+kBAATpAQCJoA8ABukBAERgDAAI6QEAyZkNAA/pAQBfaAwAF+kBAJZsDAAq6QEATugLADHpAQD8LgwAQekBAJLpAQBQ6QEAoi8MAKDpAQDl6QEA9ukBABaIDgA/6gEAaYgOAJfqAQDe6gEA7eoBADHrAQA76wEAhOsBAJDrAQDX6wEAp+sBABkfDADe6wEAD4kOACzsAQB97AEAjuwBANDsAQDZ7AEAI+0BAC/tAQB27QEAee0BAMntAQDR7QEAHO4BACbuAQBv7gEAdO4BAMLuAQDK7gEAFe8BAC7vAQBo7wEAdO8BALvvAQDD7wEAtYkOABbwAQAIig4AZPABALTwAQC38AEAB/EBABPxAQBa8QEAYPEBAK3xAQC38QEAW4oOAAXyAQBT8gEAYPIBAKbyAQCu8gEArooOAP/yAQBM8wEAUvMBAJ/zAQCk8wEA8vMBAPjzAQABiw4ATfQBAFSLDgCa9AEAkb0JAJ30AQDr9AEApPQBANx3CQD19AEAPvUBAPr0AQAUfgcARvUBAIpdCwBa9QEAkfUBAJn1AQCniw4A6fUBADf2AQBN9gEAivYBAIv2AQDd9gEA3/YBADD3AQA29wEAg/cBAI/3AQDW9wEA3fcBACn4AQAx+AEAfPgBAIX4AQDP+AEA0vgBACL5AQAw+QEAdfkBAIL5AQDI+QEA3/kBABv6AQAj+gEAbvoBAHr6AQBn+wEAmfoBAMH6AQDs+gEAFPsBADj7AQD6iw4AhPsBALr7AQDD+wEAs/wBAMv7AQAN/AEAO/wBAGD8AQCE/AEATYwOALX8AQAG/QEAF/0BAFn9AQCH/QEArP0BAND9AQCgjA4ABf4BAADWBQAI/gEAUv4BAAv+AQDMIg0AXP4BAKX+AQBf/gEAyN0FAGD+AQCi1QwArf4BAPj+AQD8/gEAS/8BAE3/AQCe/wEAof8BAPH/AQANAAIA84wOAEkAAgCx1QoATgACAMpICwBQAAIAlwACAFQAAgAxBgoAtAACAOoAAgDzAAIAPQECAD8BAgCQAQIAoQECAEaNDgDoAQIANgICAD8CAgCJAgIAmgICANwCAgDjAgIALwMCADcDAgCCAwIASQMCAJsjAgCPAwIAKAQCAJEDAgB0BQIAmwMCANUDAgDhAwIAmY0OAC0EAgB7BAIAhQQCAM4EAgDWBAIA7I0OAC0FAgA/jg4AeQUCAMcFAgDUBQIAGgYCACQGAgBtBgIAbwYCAMAGAgDOBgIAEwcCACAHAgCSjg4AawcCALkHAgDGBwIADAgCABYIAgBfCAIAYQgCALIIAgDACAIABQkCABIJAgDljg4AWwkCAFKxDABeCQIA8vkMAGUJAgCrCQIAtQkCADiPDgAGCgIAUQoCAFMKAgAV9QwAaAoCAKQKAgCpCgIA9woCAAELAgBKCwIAUgsCAIuPDgCnCwIA8AsCAPwLAgBDDAIARgwCAJYMAgCgDAIA6QwCAAMNAgA8DQIAUw0CAI8NAgCUDQIA4g0CAP4NAgDejw4APw4CAIgOAgBGDgIAkDEHAJQOAgDbDgIA3g4CAC4PAgA4DwIAgQ8CAJsPAgDUDwIA2g8CACcQAgApEAIAehACAIgQAgDNEAIA0BACACARAgAsEQIAcxECAHYRAgDGEQIA6RECADGQDgAbEgIAbBICAHoSAgC/EgIAwhICABITAgAeEwIAZRMCAGgTAgCEkA4AwxMCAAsUAgARFAIAXhQCAGMUAgCxFAIAtRQCAAQVAgAHFQIA15AOAFgVAgBRxAsAWhUCAO2IDQBdFQIAqhUCAGAVAgDLgQ0AYRUCADQaAgBjFQIA/W4NAGUVAgCIZw0AZhUCAHl1DQBnFQIAAZINAG4VAgAL1QoAcRUCAPFfDAC2FQIA/RUCACYWAgBQFgIAXBYCAKMWAgCyFgIA9hYCAAAXAgBJFwIATBcCAJwXAgC2FwIA7xcCAPkXAgBCGAIARxgCAJUYAgCfGAIA6BgCAPMYAgA7GQIAQRkCAI4ZAgCTGQIA4RkCAOUZAgAqkQ4AORoCAIcaAgBCGgIASHwNAJEaAgDaGgIA5RoCAC0bAgAzGwIAgBsCAIUbAgDTGwIA1xsCAH2RDgArHAIAIasCAC0cAgDUHAwALhwCAD9QCwAwHAIAyucMAEAcAgB5HAIAgxwCAMwcAgDXHAIAHx0CACUdAgByHQIAdx0CAMUdAgDJHQIAGB4CADseAgDQkQ4AbR4CAL4eAgBuHgIA8rQKAHAeAgBOVwgAdB4CAEViCgB3HgIAfycCAHkeAgD5+AwAyx4CABROAgDMHgIAER8CABQfAgBkHwIAcB8CALcfAgDPHwIACiACABYgAgBdIAIAYyACALAgAgC2IAIAAyECAAghAgBWIQIAXCECACOSDgCzIQIA/CECAAciAgBPIgIAVSICAKIiAgCnIgIA9SICAPkiAgBIIwIASyMCAHaSDgClIwIA7iMCAPkjAgBBJAIARyQCAJQkAgCZJAIA5yQCAOskAgDJkg4AOyUCAI0lAgCZJQIA4CUCAOwlAgAzJgIAOSYCAIYmAgCMJgIA2SYCAN4mAgAsJwIAMicCAByTDgCBJwIADecEAIYnAgCd9gQAjicCAHNkAgCPJwIA0icCAN4nAgAlKAIAKygCAHgoAgCEKAIAyygCANgoAgAeKQIALSkCAHEpAgB9KQIAxCkCANApAgAXKgIAHSoCAGoqAgBwKgIAvSoCAMIqAgAQKwIAFisCAG+TDgBtKwIAjagHAHkrAgC2KwIAfCsCAGWPCADCKwIACSwCABEsAgBZSA8AFSwCAFwsAgBiLAIArywCALUsAgACLQIABy0CAFUtAgBbLQIAwpMOALAtAgA9nw8Asi0CAPstAgABLgIATi4CAAcuAgD+AgMAXC4CAKEuAgC6LgIA9C4CAP0uAgBHLwIAUS8CAJovAgCmLwIA7S8CAPkvAgBAMAIARjACAJMwAgCZMAIA5jACAOswAgA5MQIAPzECABWUDgCYMQIA3zECAOkxAgAyMgIAPTICAIUyAgCKMgIA2DICAN8yAgArMwIANzMCAH4zAgCEMwIA0TMCANczAgAkNAIAKTQCAHc0AgB9NAIAaJQOANs0AgAdNQIAHjUCAHA1AgAjNQIATToCAHU1AgDDNQIA0TUCABY2AgAjNgIAaTYCAHM2AgC8NgIAyDYCAA83AgAVNwIAYjcCAG43AgC1NwIAyDcCAAg4AgAXOAIAWzgCAGc4AgCuOAIArzgCAAE5AgALOQIAVDkCAGI5AgCnOQIArDkCAPo5AgAHOgIAu5QOAFk6AgCgOgIAsDoCAPM6AgD/OgIARjsCAEw7AgCZOwIApTsCAOw7AgD5OwIAPzwCAE48AgCSPAIAnjwCAOU8AgDxPAIAOD0CAEs9AgCLPQIAmj0CAN49AgDqPQIAMT4CADI+AgCEPgIAjj4CANc+AgDlPgIAKj8CAC8/AgB9PwIAij8CAA6VDgDSPwIA7/sFANw/AgAjQAIA3T8CALIqCQDePwIAIcYKADdAAgB2QAIAgkACAMlAAgDPQAIAHEECACJBAgBvQQIAdEECAMJBAgDIQQIAYZUOACFCAgBoQgIAdUICAKO8AgB7QgIAu0ICAMBCAgDqUwIAw0ICAHv9AgDHQgIADkMCABRDAgBhQwIAZ0MCALRDAgC5QwIAB0QCAA1EAgC0lQ4AZkQCAK1EAgCzRAIAAEUCAAVFAgBTRQIAWkUCAKZFAgC0RQIA+UUCABRGAgBMRgIAWkYCAJ9GAgCiRgIA8kYCAABHAgBFRwIASkcCAJhHAgClRwIA60cCAPdHAgA+SAIAREgCAJFIAgCXSAIA5EgCAOlIAgA3SQIAPUkCAAeWDgCPSQIA3UkCAOZJAgAwSgIAPUoCAINKAgCKSgIA1koCAOdKAgApSwIALksCAHxLAgCLSwIAz0sCANFLAgAiTAIAM0wCAHVMAgCBTAIAyEwCAM5MAgAbTQIAIU0CAG5NAgBzTQIAwU0CAMdNAgBalg4AK04CAGdOAgBzTgIAuk4CAMZOAgANTwIAE08CAGBPAgBmTwIAs08CALhPAgAGUAIADFACAK2WDgBfUAIAoYECAHBQAgCsUAIAtVACAP9QAgAVUQIAUlECAF5RAgClUQIAslECAPhRAgACUgIAS1ICAFdSAgCeUgIApFICAPFSAgD3UgIARFMCAElTAgCXUwIAnVMCAACXDgDzUwIAPVQCAEdUAgCQVAIAlVQCAONUAgDzVAIANlUCAE9VAgCJVQIAjlUCANxVAgDlVQIAL1YCADxWAgCCVgIAiVYCANVWAgDYVgIAKFcCADRXAgB7VwIAjlcCAM5XAgDdVwIAIVgCAC1YAgB0WAIAdVgCAMdYAgDRWAIAGlkCAChZAgBtWQIAclkCAMBZAgDNWQIAU5cOABZaAgBmWgIAaVoCALlaAgDGWgIAo4QKAMhaAgAMWwIADlsCAF9bAgBiWwIAslsCALxbAgAFXAIAEVwCAFhcAgBrXAIAq1wCALpcAgD+XAIACl0CAFFdAgBSXQIApF0CAK5dAgD3XQIABV4CAEpeAgBPXgIAnV4CAKpeAgCmlw4A8V4CAENfAgBPXwIAll8CAJxfAgDpXwIA618CADxgAgBGYAIAj2ACAJ1gAgDiYAIA52ACADVhAgBCYQIAiGECAJRhAgDbYQIA7mECAC5iAgA9YgIAgWICAI1iAgDUYgIA1WICACdjAgAxYwIAemMCAIhjAgDNYwIA0mMCACBkAgAtZAIA+ZcOAHxkAgDGZAIAf2QCALRXCwDMZAIAGWUCABxlAgBsZQIAemUCAL9lAgDEZQIAEmYCAB9mAgBlZgIAcWYCALhmAgC+ZgIAC2cCABFnAgBeZwIAY2cCALFnAgC3ZwIATJgOAAZoAgBXaAIAC2gCAMn6CwBmaAIAqmgCAMpoAgD9aAIAAmkCAFBpAgBraQIAo2kCAK9pAgD2aQIA/GkCAElqAgBZagIAnGoCAK1qAgDvagIA9GoCAEJrAgBGawIAlWsCAKFrAgDoawIA7msCADtsAgBBbAIAjmwCAJNsAgDhbAIA52wCAJ+YDgBDbQIA3fwMAEptAgCHbQIAiG0CANptAgDrbQIALW4CADluAgCAbgIAlm4CANNuAgDfbgIAJm8CADNvAgB5bwIAg28CAMxvAgDYbwIAH3ACACZwAgBycAIAfnACAMVwAgDLcAIAGHECAB5xAgBrcQIAcHECAL5xAgDEcQIA8pgOABNyAgD1KA0AGnICAGRyAgBlcgIAt3ICALhyAgAKcwIAD3MCAF1zAgBjcwIAsHMCALpzAgADdAIAD3QCAFZ0AgBddAIAqXQCAK50AgD8dAIA/XQCAE91AgBbdQIAonUCAKh1AgD1dQIA93UCAEh2AgBSdgIAm3YCAKl2AgDudgIA83YCAEF3AgBOdwIAlHcCAKB3AgDndwIA+ncCADp4AgBJeAIAjXgCAJl4AgDgeAIA4XgCADN5AgA9eQIAhnkCAJR5AgDZeQIA3nkCACx6AgA5egIARZkOAJB6AgDSegIA3noCACV7AgA8ewIAeHsCAHp7AgDLewIA3HsCAB58AgAgfAIAcXwCAHd8AgDEfAIA23wCABd9AgAgfQIAan0CAIB9AgC9fQIAyX0CABB+AgAdfgIAY34CAG1+AgC2fgIAwn4CAAl/AgAcfwIAXH8CAGt/AgCvfwIAu38CAAKAAgADgAIAVYACAF+AAgCogAIAtoACAPuAAgAAgQIAToECAFuBAgCYmQ4Ao4ECAPSBAgAIggIAR4ICAFWCAgCaggIAp4ICAO2CAgD0ggIAQIMCAEyDAgCTgwIApoMCAOaDAgDrgwIAOYQCAEKEAgCMhAIAloQCAN+EAgDkhAIAMoUCAEKFAgCFhQIAnoUCANiFAgDdhQIAK4YCADSGAgB+hgIAi4YCANGGAgDYhgIAJIcCACeHAgB3hwIAg4cCAMqHAgDdhwIAHYgCACyIAgBwiAIAfIgCAMOIAgDEiAIAFokCACCJAgBpiQIAd4kCALyJAgDBiQIAD4oCAByKAgDrmQ4Ae4oCALWKAgDBigIACIsCAA6LAgBbiwIAa4sCAK6LAgCziwIAAYwCAAeMAgBUjAIAaowCAKeMAgCpjAIA+owCAASNAgBNjQIAWY0CAKCNAgCzjQIA840CAAKOAgBGjgIAUo4CAJmOAgCajgIA7I4CAPaOAgA/jwIATY8CAJKPAgCXjwIA5Y8CAPKPAgA+mg4AO5ACAObqCwBCkAIAaEgNAESQAgA06QgARZACAKh5AwBHkAIAi5ACAJSQAgDekAIA5JACADGRAgA3kQIAhJECAJCRAgDXkQIA5JECACqSAgA0kgIAfZICAJOSAgDQkgIA1ZICACOTAgAqkwIAdpMCAISTAgDJkwIA2ZMCAByUAgAqlAIAb5QCAH6UAgDClAIAxJQCABWVAgAflQIAaJUCAHaVAgC7lQIAwJUCAA6WAgAblgIAYZYCAG2WAgC0lgIAx5YCAAeXAgAWlwIAWpcCAGaXAgCtlwIArpcCAACYAgAKmAIAU5gCAGGYAgCmmAIAq5gCAPmYAgAGmQIAkZoOAE6ZAgCfmQIAWJkCABnhCACwmQIA8pkCAPuZAgBFmgIAUZoCAJiaAgCkmgIA65oCAPGaAgA+mwIARJsCAJGbAgCWmwIA5JsCAOqbAgDkmg4AQ5wCAIqcAgCanAIA3ZwCAOucAgAwnQIAPZ0CAIOdAgCPnQIA1p0CAN2dAgApngIAMZ4CADebDgCFngIAIL0NAImeAgDiswIAjZ4CAM+eAgDgngIAIp8CACqfAgB1nwIALp8CAH6aCwB/nwIAyJ8CAM2fAgAboAIAI6ACAG6gAgBwoAIAwaACAHegAgBEpgIAyaACABShAgAqoQIAZ6ECAHOhAgC6oQIA0KECAA2iAgAmogIAYKICAGyiAgCzogIAuaICAAajAgAOowIAWaMCAGmjAgCsowIAtaMCAP+jAgAMpAIAUqQCAGGkAgClpAIAr6QCAPikAgAGpQIAS6UCAFClAgCepQIAq6UCAPGlAgD5pQIAipsOAFGmAgCXpgIAnqYCAOqmAgD2pgIAPacCAE2nAgCQpwIAnqcCAOOnAgDwpwIANqgCAEKoAgCJqAIAkKgCANyoAgDkqAIA3ZsOADupAgCCqQIAjKkCANWpAgDgqQIAKKoCAC2qAgB7qgIAgqoCAM6qAgDWqgIAMJwOACmrAgB0qwIAhKsCAMerAgDTqwIAGqwCAB6sAgBtrAIAdawCAMCsAgDCrAIAE60CABmtAgBmrQIAfa0CALmtAgDCrQIADK4CACKuAgBfrgIAa64CALKuAgC/rgIABa8CAA+vAgBYrwIAW68CAKuvAgCzrwIA/q8CAAiwAgBRsAIAVrACAKSwAgCssAIA97ACAAexAgBKsQIAU7ECAJ2xAgCqsQIA8LECAP+xAgBDsgIATbICAJayAgCksgIA6bICAO6yAgA8swIASbMCAI+zAgCXswIAg5wOAO+zAgA1tAIAAbQCAAVOBAA6tAIAiLQCAJK0AgDbtAIA47QCAC61AgDytAIAbV8NADS1AgCBtQIAPLUCAH2mCwA9tQIAE90HAD61AgA0wAIAP7UCAINlCgCNtQIA1LUCANa1AgDofwsA27UCACe2AgAztgIAerYCAIm2AgDNtgIA3rYCACC3AgAitwIAc7cCAHm3AgDGtwIA0rcCABm4AgAhuAIA1pwOAHK4AgApnQ4Ay7gCAHydDgAVuQIAIp4OAGi5AgB1ng4AarkCAE0sBAC7uQIA3bcKAMW5AgALugIAFboCAF66AgBgugIAsboCAMS6AgAEuwIAELsCAFe7AgBduwIAqrsCALC7AgD9uwIAArwCAFC8AgBWvAIAyJ4OAK28AgD2vAIA+LwCAEm9AgBTvQIAnL0CAKq9AgDvvQIA9L0CAEK+AgBPvgIAlb4CAKG+AgDovgIA7r4CADu/AgBBvwIAjr8CAJO/AgDhvwIA578CABufDgBCwAIAh8ACAJTAAgDawAIA4cACAC3BAgA1wQIAgMECAIHBAgA7NAoAg8ECANPBAgCWwQIASTIKAOfBAgAmwgIAPMICAHnCAgCSwgIAzMICANHCAgAfwwIAMMMCAG6fDgCDwwIAxcMCAMfDAgAYxAIAIsQCAGvEAgB5xAIAvsQCAMPEAgARxQIAHsUCAGTFAgBsxQIAt8UCAMPFAgAKxgIAx8UCAFbHAgAQxgIAXcYCAGPGAgCwxgIAtcYCAAPHAgAJxwIAwZ8OAFjHAgCpxwIAt8cCAPzHAgANyAIAFKAOAFbIAgBnoA4AqsgCAPXIAgDnyAIAqMsPAAPJAgBIyQIABMkCAHjOAgBVyQIAm8kCAKrJAgDuyQIA88kCAEHKAgBXygIAlMoCAJXKAgDnygIA6coCADrLAgBEywIAjcsCAJvLAgDgywIA+csCADPMAgBEzAIAhswCAJLMAgDZzAIA4cwCAGChDgBAzQIAf80CAIDNAgDSzQIA3s0CACXOAgAozgIAs6EOAHrOAgDLzgIA2M4CAB7PAgArzwIAcc8CAHbPAgDEzwIAzs8CABfQAgAf0AIAatACAHrQAgC90AIAy9ACABDRAgAd0QIAY9ECAGrRAgC20QIAvtECAAnSAgAM0gIAXNICAHDSAgCv0gIAxdICAALTAgAb0wIAVdMCAFrTAgCo0wIAudMCAAaiDgAD1AIAWaIOAAfUAgC9+QgAF9QCAP0GEABb1AIAodQCAKjUAgD01AIAANUCAEfVAgBX1QIAmtUCAKjVAgDt1QIA+tUCAEDWAgBM1gIAk9YCAJrWAgCsog4A6NYCADnXAgDr1gIAFtUDAEbXAgCM1wIAmdcCAN/XAgDk1wIAMtgCADzYAgCF2AIAjdgCANjYAgDh2AIAK9kCAC7ZAgB+2QIAitkCAP+iDgDW2QIAJNoCAN3ZAgDhjgkAKdoCAHfaAgB/2gIAytoCAODaAgAd2wIAH9sCAHDbAgB92wIAw9sCANfbAgBSow4AG9wCAGncAgBx3AIAxoYJAHPcAgC83AIAxNwCAA/dAgAb3QIAYt0CAG/dAgC13QIAut0CAAjeAgAR3gIAW94CAHLeAgCu3gIAud4CAKWjDgAP3wIAVN8CAFffAgCn3wIAqt8CAPrfAgAI4AIATeACAFrgAgCg4AIAt+ACAPPgAgD74AIARuECAEzhAgCZ4QIApeECAOzhAgD24QIAP+ICAEjiAgCS4gIAmOICAOXiAgDy4gIA+KMOAETjAgCL4wIARuMCAGuTCQCa4wIA3uMCAO/jAgAx5AIAM+QCAITkAgCK5AIA1+QCAOPkAgAq5QIAMeUCAH3lAgCF5QIA0OUCANLlAgAj5gIAMOYCAHbmAgB95gIAyeYCANHmAgAc5wIAKecCAG/nAgB05wIAwucCAMznAgAV6AIAHegCAGjoAgBx6AIAu+gCAL7oAgAO6QIAGukCAGHpAgBo6QIAS6QOAMHpAgAH6gIAyukCAOTuAgDq6QIAopcJACLqAgBa6gIAXOoCAK3qAgC+6gIAAOsCAA7rAgBT6wIAWusCAKbrAgCu6wIA+esCAP7rAgBM7AIATewCAJ/sAgCr7AIA8uwCAPjsAgBF7QIAR+0CAJjtAgCi7QIA6+0CAPntAgA+7gIAQ+4CAJHuAgCe7gIAnqQOAOXuAgA37wIAPO8CAIrvAgCQ7wIA3e8CAOfvAgAw8AIAPPACAIPwAgCK8AIA1vACAN7wAgAp8QIAK/ECAHzxAgCJ8QIAz/ECANbxAgAi8gIAKvICAHXyAgCC8gIAyPICAM3yAgAb8wIAJfMCAG7zAgB28wIAwfMCAMrzAgAU9AIAF/QCAGf0AgBz9AIAuvQCAMH0AgDxpA4AGfUCALGJCQAh9QIAYPUCAG31AgCz9QIAvfUCAAb2AgAI9gIAWfYCAGz2AgCs9gIAtPYCAP/2AgAL9wIAUvcCAFj3AgCl9wIAq/cCAPj3AgD99wIAS/gCAFH4AgBEpQ4ArPgCAPH4AgAA+QIARPkCAGD5AgCX+QIAZPkCAGg7AwCf+QIAl6UOAPP5AgA9+gIASvoCAJD6AgCa+gIA4/oCAPH6AgA2+wIATPsCAIn7AgCV+wIA3PsCAOT7AgDqpQ4ANfwCAIL8AgCI/AIA1fwCANr8AgAo/QIALv0CAD2mDgCA/QIAzv0CANf9AgAh/gIAK/4CAHT+AgB8/gIAx/4CAMz+AgAa/wIAKv8CAG3/AgB1/wIAwP8CAMb/AgCyAQMA2f8CABMAAwAYAAMAZgADAG8AAwC5AAMAxgADAAwBAwATAQMAXwEDAGIBAwCQpg4AtAEDAAUCAwASAgMAWAIDAG8CAwCrAgMAtwIDAOOmDgAUAwMAUQMDAFIDAwCkAwMArgMDAPcDAwD/AwMASgQDAFQEAwCdBAMAogQDAPAEAwD4BAMAQwUDAEUFAwCWBQMARgUDAMYKAwBKBQMAZBgDAFkFAwCVEQMAnQUDAOkFAwDwBQMAPAYDAEQGAwCPBgMAkwYDAOIGAwDwBgMANQcDAD8HAwCIBwMAkwcDANsHAwDjBwMALggDADMIAwCBCAMAnAgDANQIAwDgCAMAJwkDAC0JAwB6CQMAigkDAM0JAwDeCQMAIAoDACUKAwBzCgMAdwoDADanDgDPCgMAGQsDADILAwBsCwMAdgsDAL8LAwDFCwMAEgwDABQMAwBlDAMAdAwDALgMAwDCDAMACw0DABMNAwBeDQMAYg0DALENAwC/DQMABA4DAA4OAwBXDgMAYg4DAKoOAwCyDgMA/Q4DAAIPAwBQDwMAaw8DAKMPAwCvDwMA9g8DAPwPAwBJEAMAWRADAJwQAwCtEAMA7xADAPQQAwBCEQMARhEDAImnDgCeEQMA6BEDAPkRAwA7EgMARRIDAI4SAwCcEgMA4RIDAOISAwA0EwMARRMDAIcTAwCbEwMA2hMDAOITAwAtFAMAMRQDAIAUAwCOFAMA0xQDAN0UAwAmFQMAMRUDAHkVAwCBFQMAzBUDANEVAwAfFgMAOhYDAHIWAwB+FgMAxRYDAMsWAwAYFwMAKBcDAGsXAwB8FwMAvhcDAMMXAwARGAMAFRgDANynDgByGAMAtxgDANIYAwAKGQMAGBkDAF0ZAwBkGQMAsBkDALwZAwADGgMACxoDAC+oDgBkGgMAqRoDALMaAwD8GgMABxsDAE8bAwBXGwMAohsDAKcbAwD1GwMAEBwDAEgcAwBUHAMAmxwDAKEcAwDuHAMA/hwDAEEdAwBSHQMAlB0DAJkdAwDnHQMA6x0DAIKoDgBLHgMAjR4DAJUeAwDgHgMA4R4DADMfAwA4HwMAhh8DAJQfAwDZHwMA5h8DACwgAwA2IAMAfyADAIsgAwDSIAMA2CADACUhAwAtIQMAeCEDAH8hAwDLIQMA1yEDAB4iAwAkIgMAcSIDAH0iAwDEIgMA1CIDABcjAwAjIwMAaiMDAHAjAwC9IwMAySMDABAkAwAdJAMAYyQDAHIkAwC2JAMAwiQDANWoDgAMJQMAXCUDAF8lAwCvJQMAvSUDAAImAwAZJgMAVSYDAGImAwCoJgMAviYDAPsmAwAHJwMATicDAFsnAwChJwMAqycDAPQnAwD8JwMARygDAFEoAwCaKAMAnygDAO0oAwD1KAMAQCkDAEwpAwCTKQMAoCkDAOYpAwDwKQMAOSoDAD8qAwCMKgMAoCoDAN8qAwDnKgMAMisDAEArAwCFKwMAkisDANgrAwDgKwMAKywDADgsAwB+LAMAjCwDANEsAwDiLAMAJC0DACwtAwB3LQMAjS0DAMotAwDMLQMAHS4DAB4uAwAoqQ4Afi4DAMMuAwDSLgMAFi8DACIvAwBpLwMAcS8DAHupDgDBLwMADzADABgwAwBiMAMAbzADALUwAwC8MAMACDEDAAsxAwBbMQMAYzEDAK4xAwCzMQMAATIDAAoyAwBUMgMAXjIDAKcyAwCvMgMA+jIDAP8yAwBNMwMAXTMDAKAzAwCoMwMA8zMDAPkzAwBGNAMASDQDAJk0AwCmNAMA7DQDAAM1AwA/NQMASzUDAM6pDgCeNQMA5TUDAPw1AwA4NgMARDYDAIs2AwCRNgMA3jYDAOY2AwAxNwMAODcDAIQ3AwCSNwMA1zcDAPI3AwAqOAMAODgDAH04AwCEOAMA0DgDANw4AwAjOQMAKzkDACGqDgCKOQMAyTkDANE5AwAcOgMASzoDAG86AwB7OgMAwjoDAMg6AwAVOwMAGjsDAHSqDgB0OwMAuzsDAMI7AwAOPAMAFjwDAGE8AwBjPAMAtDwDAL48AwAHPQMADz0DAMeqDgBoPQMA+EoDAGk9AwCtPQMArz0DAAA+AwARPgMAUz4DAGQ+AwCmPgMAsj4DAPk+AwAAPwMATD8DAFQ/AwCfPwMAyT8DAPI/AwD3PwMARUADAEZAAwCYQAMAokADAOtAAwD5QAMAPkEDAENBAwCRQQMAnkEDAORBAwAAQgMAN0IDAFNCAwAaqw4Al0IDAN1CAwDhQgMAMEMDADZDAwCDQwMAhUMDANZDAwDXQwMAKUQDAExEAwB8RAMAoEQDAM9EAwD5RAMAIkUDACpFAwB1RQMAekUDAMhFAwDVRQMAG0YDACNGAwBuRgMAcEYDAMFGAwDJRgMAFEcDAD5HAwBnRwMAdEcDALpHAwC/RwMADUgDABpIAwBgSAMAbEgDALNIAwDdSAMABkkDAA5JAwBZSQMAdEkDAKxJAwCuSQMA/0kDABBKAwBSSgMAW0oDAKVKAwCxSgMAbasOAAVLAwBLSwMAUksDAJ5LAwCqSwMA8UsDAARMAwBETAMATEwDAJdMAwCcTAMA6kwDAPNMAwA9TQMAR00DAJBNAwCYTQMA400DAOhNAwA2TgMARk4DAIlOAwCRTgMA3E4DAPVOAwAvTwMANE8DAIJPAwCLTwMA1U8DAOJPAwAoUAMAL1ADAHtQAwB+UAMAwKsOANBQAwAhUQMAK1EDAHRRAwB2UQMAx1EDAOBRAwAaUgMAHFIDAG1SAwBwUgMAwFIDAMxSAwATUwMAG1MDABOsDgB6UwMAuVMDALxTAwAMVAMAFlQDAF9UAwBrVAMAslQDAMhUAwAFVQMADVUDAFhVAwBmVQMAq1UDAK5VAwD+VQMABlYDAFFWAwBUVgMApFYDAF9WAwBzXQMArlYDAPdWAwCvVgMA4lkDAPlWAwBKVwMAUFcDAJ1XAwCnVwMA8FcDAP5XAwBDWAMAUFgDAJZYAwCtWAMA6VgDAPFYAwA8WQMARVkDAI9ZAwCQWQMAZqwOAOtZAwA1WgMAP1oDAIhaAwCSWgMA21oDAOlaAwAuWwMAO1sDAIFbAwCYWwMA1FsDANxbAwAnXAMALlwDAHpcAwB/XAMAzVwDANFcAwAgXQMALV0DALmsDgCAXQMAxl0DAM5dAwAZXgMAH14DAGxeAwB4XgMAv14DAM5eAwASXwMAF18DAGVfAwCAXwMAuF8DAMRfAwALYAMAEWADAF5gAwByYAMAsWADALlgAwAEYQMAGmEDAFdhAwBcYQMAqmEDALFhAwD9YQMACWIDAAytDgBXYgMAo2IDALFiAwD2YgMAA2MDAEljAwBgYwMAnGMDAKRjAwDvYwMA9WMDAEJkAwBOZAMAlWQDAJxkAwDoZAMA9mQDADtlAwA+ZQMAjmUDAJZlAwDhZQMA72UDADRmAwA3ZgMAh2YDAI9mAwDaZgMA62YDAC1nAwAyZwMAgGcDAIJnAwDTZwMA2mcDACZoAwA0aAMAeWgDAIZoAwDMaAMA42gDAB9pAwAnaQMAcmkDAHxpAwDFaQMA0GkDABhqAwAkagMAa2oDAHNqAwBfrQ4AwGoDABFrAwAbawMAZGsDAGZrAwC3awMAumsDAApsAwAWbAMAXWwDAGdsAwCwbAMAuGwDAANtAwARbQMAVm0DAGNtAwCpbQMAsW0DAPxtAwASbgMAT24DAFtuAwCibgMAuG4DAPVuAwD6bgMASG8DAE5vAwCbbwMAr28DALKtDgDxbwMAQXADAElwAwCUcAMAonADAOdwAwCqcAMAWiEHAPRwAwA6cQMAQnEDAI1xAwCXcQMA4HEDAOtxAwAzcgMAP3IDAIZyAwCOcgMABa4OAN9yAwAscwMAMXMDAH9zAwCOcwMA0nMDAN5zAwAldAMAKHQDAHh0AwB7dAMAy3QDANN0AwAedQMAI3UDAHF1AwCBdQMAxHUDAMx1AwAXdgMAGnYDAGp2AwB0dgMAvXYDAL92AwAQdwMAFncDAGN3AwBtdwMAtncDAMR3AwAJeAMAFngDAFx4AwBzeAMAr3gDALd4AwACeQMAC3kDAFV5AwBWeQMAWK4OALR5AwD7eQMA/nkDAGvtCAAKegMATnoDAA56AwCI3QgAWHoDAKF6AwCpegMADe4DAK16AwDQRQ0Ar3oDAPR6AwC9egMAwdAHAPl6AwBHewMAAXsDADnJBABUewMAmnsDAJ17AwBwVwkAoHsDAA+zCACiewMA7XsDAKR7AwCfhAUApnsDAGpoBQDwewMAUEYHAPN7AwDV5wUA93sDAEB8AwD7ewMAZx0JAP17AwC7HwcARXwDAJN8AwBMfAMAxBsEAJt8AwDmfAMA6XwDADl9AwBFfQMAjH0DAJJ9AwDffQMA+n0DADJ+AwA+fgMAhX4DAIt+AwDYfgMA4H4DACt/AwAtfwMAfn8DADB/AwAkgAMAiH8DANF/AwDZfwMAq64OADGAAwB3gAMAf4ADAMqAAwDNgAMAHYEDACKBAwBwgQMAf4EDAMOBAwDjgQMAFoIDACKCAwBpggMAc4IDALyCAwDEggMAD4MDACGDAwBRrw4AbIMDALWDAwDDgwMACIQDABWEAwBbhAMAcoQDAK6EAwC2hAMAAYUDABCFAwBUhQMAWYUDAKeFAwC0hQMA+oUDAAeGAwBNhgMAWYYDAKCGAwCvhgMA84YDAP2GAwBGhwMAVIcDAJmHAwCehwMA7IcDAPmHAwA/iAMAQogDAJKIAwCaiAMA5YgDAOqIAwA4iQMARYkDAIuJAwCTiQMA3okDAOeJAwAxigMAPooDAISKAwCSigMA14oDAOqKAwAqiwMAMosDAH2LAwCEiwMA0IsDANWLAwAjjAMAOYwDAHaMAwB4jAMAyYwDANeMAwAcjQMAKY0DAG+NAwB3jQMAwo0DAMWNAwAVjgMAGo4DAGiOAwB3jgMAu44DANuOAwAOjwMAGo8DAGGPAwBrjwMAtI8DALyPAwAHkAMAGZADAKSvDgBrkAMArZADALSQAwAAkQMACJEDAFORAwBgkQMAppEDAKuRAwD5kQMAA5IDAEySAwBUkgMAn5IDAKGSAwCmZwkApJIDAHNBBwCpkgMA8IAJAK6SAwDykgMAr5IDALkwCAD3kgMARZMDAFKTAwCYkwMApZMDAOuTAwD3kwMAPpQDAE2UAwCRlAMAm5QDAOSUAwDslAMAN5UDAEGVAwCKlQMAj5UDAN2VAwDllQMA968OADyWAwCDlgMAiZYDANaWAwDxlgMAKZcDADWXAwB8lwMAgpcDAM+XAwDrlwMAIpgDACqYAwBKsA4AfZgDAMiYAwDSmAMAG5kDACaZAwBumQMAepkDAMGZAwDJmQMAnbAOACCaAwBnmgMAbZoDALqaAwDVmgMADZsDABmbAwBgmwMAZpsDALObAwC7mwMABpwDAAycAwBZnAMAYpwDAKycAwC5nAMA/5wDAAydAwBSnQMAYJ0DAKWdAwCynQMA+J0DAA+eAwBLngMAU54DAJ6eAwCjngMA8Z4DAK+eAwDjoAMA/p4DAESfAwBMnwMAl58DAKKfAwDqnwMA758DAD2gAwBAoAMAkKADAJqgAwDwsA4A6KADADahAwBFoQMAiaEDAIuhAwDcoQMA7aEDAC+iAwBAogMAgqIDAJaiAwBDsQ4A5qIDACijAwArowMAe6MDADCjAwBD6QYANaMDAH45DQCFowMAzqMDANCjAwAhpAMAK6QDAHSkAwCApAMAx6QDAO+kAwAapQMAJaUDAARaBABApQMAbaUDAJ6lAwDApQMA5qUDABOmAwA5pgMAZqYDAJimAwC5pgMA6aYDAAynAwAUpwMAX6cDAIenAwCypwMA5acDAAWoAwA1qAMAWKgDAGCoAwCrqAMAuqgDAP6oAwADqQMAUakDAFqpAwCkqQMAXqkDABmxAwC1qQMA96kDAP6pAwBKqgMAUqoDAJ2qAwCqqgMA8KoDAPWqAwBDqwMATasDAJarAwCeqwMA6asDAPOrAwCVtwMA+KsDADysAwBBrAMAj6wDAJysAwDirAMA76wDADWtAwBBrQMAiK0DAJetAwDbrQMA5a0DAC6uAwA2rgMAga4DAIuuAwDUrgMA2a4DACevAwAvrwMAlrEOAIavAwDNrwMA068DACCwAwA7sAMAc7ADAH+wAwDGsAMAzLADAOmxDgAmsQMAbLEDAHixAwC/sQMAzrEDABKyAwAcsgMAZbIDAHOyAwC4sgMAvbIDAAuzAwAYswMAXrMDAGazAwCxswMAu7MDAAS0AwAJtAMAV7QDAF+0AwCqtAMArbQDAP20AwAJtQMAULUDAFa1AwCjtQMAvrUDAPa1AwACtgMASbYDAE+2AwCctgMApLYDAO+2AwDxtgMAQrcDAEy3AwA8sg4Am7cDAOi3AwDqtwMAO7gDAEi4AwCOuAMAkbgDAOG4AwDyuAMANLkDADa5AwCHuQMAkbkDANq5AwDmuQMALboDADW6AwCPsg4AhboDANO6AwDWugMAJrsDADC7AwB5uwMAgbsDAMy7AwDZuwMAH7wDACG8AwByvAMAiLwDAMW8AwDRvAMA4rIOADS9AwBrvQMAh70DADWzDgDDvQMAEb4DAB6+AwBkvgMAcb4DALe+AwDDvgMACr8DABm/AwBdvwMAZ78DALC/AwC+vwMAA8ADAAjAAwBWwAMAY8ADAKnAAwDCwAMA/MADAP7AAwBPwQMAVsEDAIizDgC/wQMA9cEDAAbCAwBIwgMAVMIDAJvCAwCuwgMA7sIDAP3CAwBBwwMATcMDAJTDAwCVwwMA58MDAPHDAwA6xAMASMQDAI3EAwCSxAMA4MQDAO3EAwDbsw4AOMUDAIbFAwCTxQMA2cUDAObFAwAsxgMAOMYDAH/GAwCOxgMA0sYDANzGAwAlxwMAM8cDAHjHAwB9xwMAy8cDANjHAwAeyAMAJsgDAHHIAwB7yAMAxMgDAMnIAwAXyQMAH8kDANS0DgBsyQMAvckDAMvJAwAQygMAIcoDACe1DgBqygMAerUOALvKAwAJywMAEcsDAFzLAwBrywMAr8sDALTLAwACzAMAD8wDAFXMAwBizAMAqMwDALTMAwD7zAMACs0DAE7NAwBYzQMAILYOAKPNAwC/cgwAp80DAMP2CgC0zQMA9M0DAAPOAwBHzgMAU84DAJrOAwCbzgMA7c4DAPfOAwBAzwMATs8DAJPPAwCYzwMA5s8DAPPPAwBztg4APdADAIzQAwCX0AMA39ADAO3QAwAy0QMAQ9EDAIXRAwCR0QMA2NEDAODRAwDGtg4AMNIDAH7SAwCL0gMA0dIDAN7SAwAk0wMAMNMDAHfTAwCG0wMAytMDANTTAwAd1AMAK9QDAHDUAwB91AMAw9QDANrUAwAZtw4AI9UDAGnVAwB21QMAvNUDAMjVAwAP1gMAHtYDAGLWAwBs1gMAtdYDAMPWAwAI1wMA0dYDAG2CCAAN1wMAW9cDAGjXAwCu1wMAttcDAAHYAwAH2AMAVNgDAGDYAwCn2AMAt9gDAPrYAwAD2QMATdkDAFDZAwCg2QMArNkDAPPZAwD62QMAbLcOAFPaAwCZ2gMAqNoDAOzaAwDt2gMAP9sDAFbbAwCS2wMArNsDAOXbAwDx2wMAONwDAEvcAwCL3AMAmtwDAN7cAwDq3AMAMd0DADLdAwCE3QMAjt0DANfdAwDl3QMAKt4DAC/eAwB93gMAit4DAL+3DgDq3gMAI98DADLfAwB23wMAeN8DAMnfAwB73wMA8uUDANbfAwAc4AMAKeADAG/gAwB04AMAwuADAMzgAwAV4QMAJOEDAGjhAwBt4QMAu+EDAMjhAwAO4gMAG+IDAGHiAwBt4gMAtOIDAMPiAwAH4wMAEeMDAFrjAwBn4wMAreMDALLjAwAA5AMABOQDAFPkAwBf5AMApuQDAKzkAwD55AMA/+QDAEzlAwBR5QMAn+UDAKXlAwASuA4A/+UDAEXmAwBS5gMAmOYDAKTmAwDr5gMA+uYDAD7nAwBI5wMAkecDAJ/nAwDk5wMA6ecDADfoAwBE6AMAiugDAJHoAwDd6AMA4ugDADDpAwA86QMAg+kDAIbpAwDW6QMA4+kDACnqAwAu6gMAfOoDAIbqAwDP6gMA2+oDACLrAwA16wMAdesDAIPrAwDI6wMAy+sDABvsAwAl7AMAbuwDAHrsAwDB7AMAx+wDABTtAwAa7QMAZ+0DAGztAwC67QMAwO0DAGW4DgAX7gMA2BYGABnuAwB1IggAHO4DAGDuAwBi7gMAs+4DAMTuAwAG7wMAF+8DAFnvAwBh7wMArO8DALzvAwD/7wMAAfADAFLwAwBg8AMApfADALbwAwC4uA4A//ADAAu5DgBM8QMAnvEDAKPxAwDx8QMA9/EDAETyAwBO8gMAl/IDAKPyAwDq8gMA8PIDAD3zAwBD8wMAkPMDAJXzAwDj8wMA6fMDAF65DgBE9AMAifQDAKL0AwDc9AMA3fQDAC/1AwBM9QMAgvUDAJz1AwDV9QMA2PUDACj2AwAt9gMAV7oOAJT2AwDO9gMA1PYDACH3AwDk9gMASGgEACP3AwB09wMAevcDAMf3AwDb9wMAGvgDACL4AwBt+AMAevgDAMD4AwDF+AMAE/kDAB35AwBm+QMAbvkDALn5AwDK+QMADPoDABH6AwBf+gMAYfoDALL6AwC5+gMABfsDABH7AwBY+wMAX/sDAKv7AwDH+wMA/vsDAAb8AwCqug4AVvwDAKT8AwCm/AMA9/wDAP78AwBK/QMAWP0DAJ39AwCq/QMA8P0DAAf+AwBD/gMAS/4DAJb+AwCg/gMA6f4DAKz+AwARZAQA9P4DADz/AwBI/wMAj/8DAJf/AwD9ug4A4/8DADUABAA6AAQAiAAEAIsABADbAAQA5QAEAC4BBABFAQQAgQEEAIcBBADUAQQA4AEEACcCBAAqAgQAegIEAJcCBADNAgQA3gIEACADBAA/AwQAcwMEAHsDBADGAwQAyAMEABkEBAAoBAQAbAQEAHYEBAC/BAQAzQQEABIFBAAtBQQAZQUEAHEFBAC4BQQAwAUEAFC7DgAXBgQAXgYEAG0GBACxBgQAtgYEAAQHBAAKBwQAVwcEAF4HBACqBwQAsgcEAP0HBAD/BwQAUAgEAFcIBACjCAQApQgEAPYIBAD3CAQASQkEAFMJBACcCQQAqAkEAO8JBAD1CQQAQgoEAFwKBACVCgQAnQoEAOgKBAD+CgQAOwsEAEkLBACOCwQAkQsEAOELBADkCwQANAwEAEIMBACHDAQAlAwEANoMBADxDAQALQ0EADUNBACADQQAgg0EANMNBADbDQQAJg4EAD0OBAB5DgQAhQ4EAMwOBADiDgQAHw8EACcPBAByDwQAgA8EAMUPBADPDwQAGBAEACAQBABrEAQAchAEAL4QBADKEAQAEREEABIRBABkEQQAcBEEALcRBADEEQQAChIEABESBABdEgQAYBIEALASBAC4EgQAAxMEAAgTBABWEwQAYxMEAKkTBADXEwQA/BMEAAQUBACjuw4AVxQEAIruDgBrFAQAohQEAKoUBAD2uw4AAxUEAEgVBABKFQQAmxUEAKwVBADuFQQA9hUEAEEWBABNFgQAlBYEAJoWBADnFgQA7RYEADoXBAA/FwQAjRcEAJMXBABJvA4A5RcEADMYBADsFwQAncULADsYBACGGAQAixgEAJRGCQCMGAQAGDkKAJIYBABc9AkAlRgEANkYBACXGAQAgDYKAN4YBAAsGQQA3xgEACVRCAA5GQQAfxkEAIwZBADSGQQA3hkEACUaBAA0GgQAeBoEAIIaBACVvQ4A1RoEAB4bBAAjGwQAcRsEAHkbBADovQ4AyhsEABccBAAtHAQAahwEAHgcBAC9HAQAyhwEABAdBAASHQQAYx0EAG0dBAC2HQQAwh0EAAkeBAAQHgQAXB4EAGQeBACvHgQAth4EAAIfBAALHwQAVR8EAGEfBACoHwQAsB8EAI6+DgAAIAQATiAEAFYgBAChIAQAsCAEAPQgBAD5IAQARyEEAFQhBACaIQQApyEEAO0hBAD5IQQAQCIEAE8iBACTIgQAnSIEAOYiBAD0IgQAOSMEAD4jBACMIwQAmSMEAN8jBADnIwQAMiQEADwkBACFJAQAkyQEANgkBADuJAQAKyUEADclBAB+JQQAgyUEANElBADaJQQAJCYEAC4mBADhvg4AgSYEAMomBADWJgQAHScEACUnBAA0vw4AdScEAMMnBADQJwQAFigEACMoBABpKAQAdSgEALwoBADLKAQADykEABkpBABiKQQAeikEALUpBAC/KQQACCoEABYqBABbKgQAcSoEAK4qBAC6KgQAASsEAAYrBABUKwQAXSsEAKcrBACxKwQA+isEAAIsBACHvw4AWiwEAKAsBABjLAQA/CAOAK0sBADzLAQA/ywEAEYtBABVLQQAmS0EAKMtBADsLQQA+i0EAD8uBABMLgQAki4EAKkuBADlLgQA7S4EADgvBABCLwQAiy8EAJAvBADeLwQA5i8EANq/DgA9MAQAhDAEAIowBADXMAQA8jAEACoxBAA2MQQAfTEEAIMxBADQMQQA7DEEACMyBAArMgQALcAOAHsyBADJMgQA1jIEABwzBAApMwQAbzMEAHszBADCMwQA0TMEABU0BAAfNAQAaDQEAHY0BAC7NAQAwDQEAA41BAAbNQQAYTUEAGk1BAC0NQQAujUEAAc2BAC+NQQA+TcEABM2BABaNgQAajYEAK02BAC2NgQAADcEAAM3BABTNwQAXzcEAKY3BACtNwQAgMAOAAc4BABMOAQAYjgEAJ84BACrOAQA8jgEAPk4BABFOQQATTkEAJg5BACdOQQA6zkEAPQ5BAA+OgQASDoEANPADgCWOgQA5DoEAJ06BAAbPwQA7DoEADc7BAA9OwQAijsEAI87BADdOwQA5jsEADA8BAA6PAQAgzwEAI88BADWPAQA3jwEACbBDgAuPQQAfD0EAIQ9BADPPQQA2j0EACI+BAAnPgQAdT4EAHg+BADIPgQA0j4EAHnBDgAlPwQAbj8EAHI/BADBPwQAxj8EABRABAAaQAQAZ0AEAIdABAC6QAQAwkAEAA1BBAAbQQQAYEEEAGNBBACzQQQAu0EEAAZCBAAPQgQAWUIEAGZCBACsQgQAskIEAP9CBAALQwQAUkMEAFRDBAClQwQAtEMEAPhDBAADRAQAS0QEAE1EBACeRAQAt0QEAPFEBAACRQQAREUEAFBFBADMwQ4An0UEAOpFBAAKRgQAPUYEAEtGBACQRgQAnUYEAONGBADqRgQANkcEAFJHBACJRwQAkUcEAB/CDgDhRwQAL0gEADxIBACCSAQAj0gEANVIBADhSAQAKEkEADdJBAB7SQQAhUkEAM5JBADjSQQAIUoEAClKBAB0SgQAg0oEAMdKBADJSgQAGksEACNLBABtSwQAcEsEAMBLBADMSwQAE0wEAC9MBABmTAQAbkwEAHLCDgC+TAQADE0EACJNBABfTQQAa00EALJNBADVTQQAxcIOAA9OBABYTgQAYE4EAKtOBACxTgQAxKUIALpOBAD+TgQAA08EAFFPBABeTwQApE8EALFPBAD3TwQAA1AEAEpQBABZUAQAnVAEAKdQBADwUAQA+FAEAENRBABNUQQAllEEAJtRBADpUQQA8VEEABjDDgA/UgQAj1IEAKxSBADiUgQA81IEADVTBABDUwQApKIEAGpTBACIUwQApFMEANtTBAD3UwQAa8MOADRUBACBVAQAh1QEANRUBADZVAQAJ1UEAC1VBAC+ww4Af1UEAM1VBADaVQQAIFYEAC1WBABzVgQAf1YEAMZWBADVVgQAGVcEACNXBABsVwQAelcEAL9XBADEVwQAElgEAB9YBABlWAQAcVgEALhYBAC+WAQAC1kEABFZBABeWQQAY1kEALFZBAC3WQQAt8QOABhaBABXWgQAfVoEAKpaBADQWgQA/VoEACNbBABQWwQAgFsEAKNbBACrWwQA9lsEAB5cBABJXAQAflwEAJxcBADCXAQA71wEABVdBABCXQQAd10EAJVdBADFXQQA6F0EAPBdBAA7XgQAQF4EALe3BABKXgQAjl4EAJNeBADhXgQA7l4EADRfBABBXwQAh18EAJNfBADaXwQA6V8EAC1gBAA3YAQAgGAEAI5gBADTYAQA2GAEACZhBAAzYQQAeWEEAIFhBADMYQQA0mEEAB9iBADWYQQAH7UEACtiBAByYgQAgmIEAMViBADOYgQAGGMEABtjBABrYwQAd2MEAL5jBADFYwQACsUOACVkBABkZAQAZ2QEALdkBADUZAQACmUEABtlBABdZQQAZGUEALBlBADJZQQAA2YEAAtmBABWZgQAbGYEAKlmBACuZgQA/GYEAANnBABPZwQAWGcEAKJnBACzZwQA9WcEAAFoBABdxQ4AXGgEAJtoBACeaAQA7mgEAAtpBABBaQQAUmkEAJRpBACjaQQA52kEAPhpBAA6agQASGoEAI1qBACZagQA4GoEAO1qBAAzawQAPWsEALDFDgCPawQA2WsEAOZrBAAsbAQAOmwEAH9sBACObAQA0mwEANRsBAAlbQQAL20EAHhtBACGbQQAy20EANBtBAAebgQAK24EAHFuBAB0bgQAxG4EANBuBAAXbwQAKm8EAGpvBAB5bwQAvW8EAMlvBAAQcAQAEXAEAGNwBABtcAQAtnAEAMRwBAAJcQQADnEEAFxxBABpcQQAA8YOALRxBAACcgQAGHIEAFVyBABrcgQAqHIEALFyBAD7cgQACHMEAE5zBABccwQAoXMEALBzBAD0cwQA9nMEAEd0BABRdAQAmnQEAKh0BADtdAQA8nQEAEB1BABNdQQAk3UEAJZ1BADmdQQA7nUEADl2BABKdgQAjHYEAJp2BADfdgQA7HYEADJ3BABSdwQAhXcEAI13BADYdwQA6HcEACt4BAAteAQAfngEAIx4BADReAQA4ngEAPzGDgAqeQQAd3kEAIN5BABPxw4A0XkEAB16BADXeQQAUjUGACR6BABwegQAdnoEAMN6BADPegQAFnsEABl7BABpewQAbHsEALx7BADnewQAD3wEADJ8BABifAQAbXwEALV8BAC6fAQACH0EAAt9BABbfQQAZX0EAK59BADZfQQAoscOAAZ+BABUfgQAYX4EAKd+BAC0fgQA+n4EAAZ/BABNfwQAXH8EAKB/BACqfwQA838EAPt/BABGgAQAUIAEAJmABACegAQA7IAEAPSABAD1xw4ATIEEAJKBBACmgQQA5YEEAO2BBAA4ggQAPYIEAIuCBACbggQA3oIEAOaCBAAxgwQAO4MEAISDBACPgwQA14MEAOODBAAqhAQAMoQEAEjIDgB+hAQA0IQEANyEBAAjhQQAMoUEAHaFBACEhQQAyYUEANmFBAAchgQAKoYEAG+GBAB7hgQAwoYEAMmGBAAVhwQAHYcEAGiHBAB+hwQAu4cEAM+HBAAOiAQAEYgEAGGIBAB+iAQAtIgEAMWIBAAHiQQAD4kEAFqJBABliQQArYkEALKJBAAAigQAA4oEAFOKBABdigQApooEAKmKBACbyA4ADYsEAEyLBABPiwQAn4sEALyLBADyiwQAA4wEAEWMBABNjAQAmIwEAJuMBADrjAQA94wEAD6NBABEjQQAkY0EAKyNBADkjQQA8I0EADeOBAA9jgQAio4EAJKOBADdjgQA6I4EADCPBAA1jwQAg48EAIaPBADWjwQA4I8EACmQBAAxkAQAfJAEAJuQBADuyA4A45AEACKRBABIkQQAdZEEAJuRBADIkQQA7pEEABuSBABRkgQAbpIEAKOSBADBkgQA55IEABSTBAA6kwQAZ5MEAJyTBAC6kwQA3pMEAA2UBAAplAQAYJQEAGiUBABByQ4AuJQEAAaVBAATlQQAWZUEAGaVBACslQQAuJUEAP+VBAAOlgQAUpYEAFyWBACllgQAs5YEAPiWBAD9lgQAS5cEAFiXBACelwQAppcEAPGXBAD3lwQARJgEAPuXBAA2mgQAUJgEAJeYBACnmAQA6pgEAPOYBAA9mQQAQJkEAJCZBACcmQQA45kEAOqZBACUyQ4ARJoEAImaBACfmgQA3JoEAOiaBAAvmwQANpsEAIKbBACKmwQA1ZsEANqbBAAonAQAMZwEAHucBACFnAQA58kOAM+cBAAhnQQALZ0EAHSdBAB6nQQAx50EAMmdBAAangQAJJ4EAG2eBAB7ngQAwJ4EAMWeBAATnwQAIJ8EAGafBABunwQAuZ8EAMOfBAAMoAQAGqAEAF+gBAB1oAQAsqAEAL6gBAAFoQQADKEEAFihBABgoQQAq6EEALChBAD+oQQAB6IEAFGiBABbogQAOsoOALyiBAD3ogQA+qIEAEqjBABnowQAnaMEAK6jBADwowQACKQEAEOkBABPpAQAlqQEAKmkBADppAQA+KQEADylBABIpQQAj6UEAJClBADipQQA7KUEADWmBABDpgQAiKYEAI2mBADbpgQA6KYEAI3KDgAzpwQAgacEAI6nBADUpwQA4acEACeoBAAzqAQAeqgEAImoBADNqAQA16gEACCpBAAuqQQAc6kEAHipBADGqQQA06kEABmqBAAhqgQAbKoEAHKqBAC/qgQAdqoEALGsBADLqgQAEqsEACKrBABlqwQAbqsEALirBAC7qwQAC6wEABesBABerAQAZawEAIbLDgC/rAQABK0EABqtBABXrQQAY60EAKqtBACxrQQA/a0EAAWuBABQrgQAVa4EAKOuBACsrgQA9q4EAACvBADZyw4ASq8EAJyvBACorwQA768EAPWvBABCsAQARLAEAJWwBACfsAQA6LAEAPawBAA7sQQAQLEEAI6xBACbsQQA4bEEAOmxBAA0sgQAPrIEAIeyBACVsgQA2rIEAPCyBAAtswQAObMEAICzBACHswQA07MEANuzBAAmtAQAK7QEAHm0BACCtAQAzLQEANa0BAAszA4ALbUEAHK1BACItQQAxbUEANG1BAAYtgQAH7YEAGu2BABztgQAvrYEAMO2BAARtwQAGrcEAGS3BAButwQAf8wOALi3BAAKuAQAFrgEAF24BABjuAQAsLgEALK4BAADuQQADbkEAFa5BABkuQQAqbkEAK65BAD8uQQACboEAE+6BABXugQAoroEAKy6BAD1ugQAA7sEAEi7BABeuwQAm7sEAKe7BADuuwQA9bsEAEG8BABJvAQAlLwEAJm8BADnvAQA8LwEADq9BABEvQQA0swOAI+9BAAiDQsAm70EAOC9BADxvQQAM74EADi+BACGvgQAnb4EANm+BADtvgQALL8EAES/BAB/vwQAjr8EANK/BADXvwQAJcAEADLABAB4wAQAhcAEAMvABADXwAQAHsEEAC3BBABxwQQAe8EEAMTBBADMwQQAF8IEADXCBABqwgQAcsIEAL3CBADGwgQAEMMEAB3DBABjwwQAZcMEALbDBADPwwQACcQEABrEBABcxAQAaMQEAK/EBAC3xAQAJc0OAAfFBABVxQQAXcUEAKjFBAC3xQQA+8UEAADGBABOxgQAW8YEAKHGBACuxgQA9MYEAADHBABHxwQAVscEAJrHBACkxwQA7ccEAPXHBABAyAQASsgEAJPIBACYyAQA5sgEAO7IBAB4zQ4AUMkEAIzJBACUyQQA38kEAOnJBAAyygQAN8oEAIXKBACNygQAy80OAN3KBAArywQANMsEAIaUCgA4ywQAfssEAEHLBABk0gwAiMsEAPqZDACLywQA0csEAN3LBAAkzAQAM8wEAHfMBACBzAQAyswEANLMBAA4BQoA2MwEAB3NBAAqzQQAcM0EAIfNBADDzQQAy80EABbOBAAgzgQAac4EAG7OBAC8zgQAxM4EAB7ODgAczwQAYs8EAHDPBAC1zwQAyM8EAAjQBAAQ0AQAW9AEAF7QBACu0AQAs9AEAAHRBAAQ0QQAVNEEAHTRBACn0QQAs9EEAPrRBAAE0gQATdIEAGnSBACg0gQAqNIEAHHODgAG0wQARtMEAEzTBACZ0wQApdMEAOzTBAD20wQAP9QEAEXUBACS1AQAoNQEAOXUBADx1AQAONUEADvVBACL1QQAjNUEAN7VBADq1QQAMdYEADfWBACE1gQAitYEANfWBADj1gQAKtcEAEfXBAB91wQAhtcEANDXBADc1wQAI9gEACbYBAB22AQAgNgEAMnYBADV2AQAHNkEACLZBABv2QQAddkEAMLZBADH2QQAFdoEABvaBADEzg4AdNoEALvaBAC92gQADtsEAB3bBABh2wQAbNsEALTbBADA2wQAB9wEAA7cBABa3AQAYtwEAK3cBAC33AQAAN0EAAvdBABT3QQAX90EAKbdBACu3QQAvc8OAPvdBABM3gQAX94EAJ/eBACn3gQA8t4EAPjeBABF3wQAUd8EAJjfBACi3wQA698EAPHfBAA+4AQATOAEAJHgBACd4AQA5OAEAOfgBAA34QQAP+EEAIrhBACL4QQA3eEEAOnhBAAw4gQANuIEAIPiBACL4gQA1uIEANziBAAp4wQANeMEAHzjBACZ4wQAz+MEANjjBAAi5AQALuQEAHXkBAB45AQAyOQEANLkBAAb5QQAI+UEAG7lBAB/5QQAweUEAM/lBAAU5gQAKuYEAGfmBAB15gQAuuYEAMTmBAAQ0A4AHOcEAGDnBABr5wQAs+cEAL/nBAAG6AQADegEAFnoBABh6AQArOgEALboBAD/6AQACukEAFLpBABe6QQApekEAK3pBABj0A4A+ukEAEvqBABe6gQAnuoEAKbqBADx6gQA9+oEAETrBABQ6wQAl+sEAKHrBADq6wQA8OsEAD3sBABL7AQAkOwEAJzsBADj7AQA5uwEADbtBAA+7QQAie0EAIrtBADc7QQA6O0EAC/uBAA17gQAgu4EAIruBADV7gQA2+4EACjvBAA07wQAe+8EAJjvBADO7wQA1+8EACHwBAAt8AQAdPAEAHfwBADH8AQA0fAEABrxBAAi8QQAbfEEAH7xBADA8QQAzvEEABPyBAAp8gQAZvIEAHTyBAC58gQAw/IEAAzzBAAU8wQAX/MEAILzBACy8wQAtvMEAAX0BAAQ9AQAWPQEAGb0BACr9AQAuvQEAP70BAAJ9QQAUfUEAFn1BACk9QQAsvUEAPf1BAD69QQASvYEAFL2BAC20A4Aq/YEAPD2BADz9gQAQ/cEAEv3BACjVAUAT/cEACoqBQBS9wQAbP0EAF/3BACW9wQAsvcEAAnRDgDr9wQAPPgEAEn4BACP+AQAnPgEAOL4BADn+AQANfkEAD/5BACI+QQAl/kEANv5BADg+QQALvoEADv6BACB+gQAjvoEANT6BADg+gQAJ/sEADb7BAB6+wQAhPsEAM37BADZ+wQAIPwEACb8BABz/AQAefwEAMb8BADL/AQAGf0EAB/9BABc0Q4Acf0EAMofBQB9/QQAv/0EAM39BAAS/gQAHv4EAGX+BABy/gQAuP4EAML+BAAL/wQAJ/8EAF7/BAB6/wQAr9EOALP/BAAEAAUAEQAFAFcABQBkAAUAqgAFAK8ABQD9AAUABwEFAFABBQBfAQUAowEFAKgBBQD2AQUAAwIFAEkCBQBWAgUAnAIFAKgCBQDvAgUA/gIFAEIDBQBMAwUAlQMFAKEDBQDoAwUA7gMFADsEBQBBBAUAjgQFAJMEBQDhBAUA5wQFAALSDgA7BQUAhwUFAJUFBQDaBQUA3QUFAC0GBQA8BgUAgAYFAIUGBQDTBgUA4AYFACYHBQAzBwUAeQcFAIUHBQDMBwUA2wcFAB8IBQApCAUAcggFAIAIBQDFCAUAyggFABgJBQAlCQUAawkFAHcJBQC+CQUA0QkFABEKBQAgCgUAZAoFAHAKBQC3CgUAuAoFAAoLBQAUCwUAXQsFAGsLBQCwCwUAtQsFAAMMBQAQDAUAVdIOAFsMBQCpDAUAsgwFAPwMBQANDQUATw0FAFYNBQCiDQUAqg0FAPUNBQACDgUASA4FAE0OBQCbDgUApQ4FAO4OBQD2DgUAQQ8FAFgPBQCUDwUAoA8FAOcPBQDxDwUAOhAFAEIQBQCNEAUAjxAFAOAQBQDoEAUAMxEFADkRBQCGEQUAkhEFANkRBQDcEQUALBIFADESBQB/EgUAiBIFANISBQDYEgUAJRMFADQTBQB4EwUAhBMFAE7TDgDNEwUAHhQFACwUBQBxFAUAghQFAKHTDgDLFAUA9NMOABwVBQBqFQUAchUFAL0VBQDMFQUAEBYFABUWBQBjFgUAcBYFALYWBQDDFgUACRcFABUXBQBcFwUAaxcFAK8XBQC5FwUAmtQOAAQYBQBVGAUAcBgFAKgYBQCqGAUA+xgFABUZBQBOGQUAWxkFAKEZBQCtGQUA9BkFAP4ZBQBHGgUAYRoFAJoaBQCpGgUA7RoFAPIaBQBAGwUATRsFAJMbBQCgGwUA5hsFAPIbBQA5HAUASBwFAIwcBQCWHAUA3xwFAOscBQAyHQUARR0FAIUdBQCUHQUA2B0FAOQdBQArHgUALB4FAH4eBQCIHgUA0R4FAN8eBQAkHwUAKR8FAHcfBQCEHwUA7dQOANcfBQAdIAUAKiAFAHAgBQB8IAUAwyAFANIgBQAWIQUAICEFAGkhBQB3IQUAvCEFAMEhBQAPIgUAHCIFAGIiBQBuIgUAtSIFAMgiBQAIIwUAFyMFAFsjBQBnIwUAriMFAK8jBQABJAUACyQFAFQkBQBiJAUApyQFAKwkBQD6JAUAByUFAEDVDgBaJQUAoCUFAKIlBQDzJQUADCYFAEYmBQBXJgUAmSYFAKUmBQDsJgUA9CYFADnWDgBEJwUAkicFAJonBQDlJwUA9CcFADgoBQA9KAUAiygFAJgoBQDeKAUA6ygFADEpBQA9KQUAhCkFAJMpBQDXKQUA4SkFAIzWDgA9KgUAfSoFAIwqBQDQKgUA3CoFACMrBQAkKwUAdisFAIArBQDJKwUA1ysFABwsBQAhLAUAbywFAHwsBQDf1g4AxywFABUtBQAiLQUAaC0FAHUtBQC7LQUAxy0FAA4uBQAdLgUAYS4FAGsuBQC0LgUAwi4FAAcvBQAMLwUAWi8FAGcvBQCtLwUAtS8FAAAwBQAGMAUAUzAFAAowBQAxfAUAXzAFAKYwBQC2MAUA+TAFAAIxBQBMMQUATzEFAJ8xBQCrMQUA8jEFAPkxBQDY1w4AUDIFAJgyBQCZMgUA6zIFAAMzBQA+MwUASzMFAJEzBQCdMwUA5DMFAO4zBQA3NAUAOzQFAIo0BQCPNAUA3TQFAOM0BQAwNQUAUDUFAIM1BQCbNQUA1jUFAO01BQApNgUANTYFAHw2BQCGNgUAzzYFANE2BQAiNwUAKTcFAHU3BQB8NwUAyDcFAM43BQAbOAUAJzgFAG44BQBxOAUAwTgFAMQ4BQAUOQUAIDkFAGc5BQBqOQUAK9gOAL85BQANOgUAFToFAGA6BQBmOgUAszoFALg6BQAGOwUADzsFAFk7BQBjOwUArDsFALg7BQD/OwUABzwFAH7YDgBXPAUApTwFAK08BQD4PAUAAz0FAEs9BQBQPQUAnj0FAKE9BQDxPQUA+z0FANHYDgBQPgUAlz4FAJ4+BQDqPgUA+D4FAD0/BQBAPwUAkD8FAJg/BQDjPwUA5j8FADZABQBCQAUAiUAFAI9ABQDcQAUA90AFAC9BBQA7QQUAgkEFAIhBBQDVQQUA3UEFAChCBQAsQgUAe0IFAIdCBQDOQgUA20IFACFDBQArQwUAdEMFAHxDBQDHQwUAyUMFABpEBQAeRAUAbUQFAG9EBQDARAUA1EQFACTZDgAbRQUAZkUFAGpFBQC5RQUAu0UFAAxGBQAPRgUAX0YFAGdGBQCyRgUAv0YFAAVHBQAKRwUAWEcFAGJHBQCrRwUAs0cFAP5HBQD/RwUAUUgFAFZIBQCkSAUAp0gFAPdIBQD6SAUASkkFAFhJBQCdSQUAtkkFAPBJBQABSgUAQ0oFAE9KBQCWSgUAnkoFAHfZDgDuSgUAPEsFAERLBQCPSwUAnksFAOJLBQDnSwUANUwFAEJMBQCITAUAlUwFANtMBQDnTAUALk0FAD1NBQCBTQUAi00FANRNBQDcTQUAJ04FADFOBQB6TgUAf04FAM1OBQDVTgUAytkOACtPBQBzTwUAf08FAMZPBQDOTwUAHdoOACVQBQBsUAUAc1AFAL9QBQDNUAUAElEFABVRBQBlUQUAbVEFALhRBQC7UQUAC1IFABdSBQBeUgUAZFIFALFSBQDMUgUABFMFABBTBQBXUwUAXVMFAKpTBQDNUwUA/VMFAABUBQBQVAUAdFQFAHDaDgCyVAUA9lQFAPtUBQBJVQUAVlUFAJxVBQCpVQUA71UFAPtVBQBCVgUAUVYFAJVWBQCfVgUA6FYFAPZWBQA7VwUAQFcFAI5XBQCbVwUA4VcFAOlXBQDD2g4AQVgFAIdYBQCPWAUA2lgFAPNYBQAtWQUAM1kFAIBZBQCFWQUA01kFAPNZBQAmWgUAMloFAHlaBQCGWgUAzFoFANRaBQAfWwUAIlsFAHJbBQB8WwUAxVsFAMdbBQAYXAUAIlwFAGtcBQB3XAUAFtsOANRcBQARXQUAHV0FAGRdBQBpXQUAt10FAGxdBQBN2A8AwF0FAApeBQAUXgUAXV4FAGVeBQBjTQkAaV4FALBeBQCAXgUAhzwJALZeBQADXwUAw14FAOZECwAJXwUAVl8FAFtfBQCpXwUAr18FAGnbDgAKYAUAT2AFAGVgBQCiYAUArmAFAPVgBQD6YAUASGEFAFFhBQCbYQUApWEFAO5hBQD2YQUAQWIFAFBiBQCUYgUAmWIFAOdiBQD0YgUAOmMFAEdjBQCNYwUAmWMFAOBjBQDvYwUAM2QFAD1kBQCGZAUAlGQFANlkBQDmZAUALGUFAENlBQB/ZQUAh2UFANJlBQDcZQUAJWYFACpmBQB4ZgUAgGYFAGLcDgDXZgUAHmcFACRnBQBxZwUAjGcFAMRnBQDQZwUAF2gFAB1oBQC13A4AfWgFAL1oBQDMaAUAEGkFABxpBQBjaQUAZGkFALZpBQDAaQUACWoFABdqBQBcagUAYWoFAK9qBQC8agUACN0OAAdrBQBVawUAXWsFAKhrBQCrawUA+2sFAARsBQBObAUAXWwFAKFsBQCsbAUA9GwFAPxsBQBHbQUAV20FAJptBQCobQUA7W0FAP5tBQBAbgUATG4FAJNuBQCbbgUAAd4OAOxuBQA5bwUAQW8FAIxvBQCTbwUA328FAO1vBQAycAUAOHAFAIVwBQCRcAUA2HAFAOdwBQArcQUANXEFAH5xBQCDcQUA0XEFANdxBQAkcgUAOHIFAHdyBQB/cgUAynIFAPJyBQAdcwUAJnMFAHBzBQB9cwUAw3MFANFzBQAWdAUAKXQFAGl0BQCFdAUAVN4OAMF0BQAPdQUAHHUFAGJ1BQBvdQUAtXUFAMF1BQAIdgUAF3YFAFt2BQBldgUArnYFALx2BQABdwUABncFAFR3BQBhdwUAp3cFAK93BQD6dwUAAHgFAE14BQBZeAUAoHgFALB4BQDzeAUA/HgFAEZ5BQBJeQUAmXkFAKV5BQDseQUA83kFAKfeDgBnegUAknoFAJt6BQDlegUA8noFADh7BQBGewUAi3sFAJ57BQDeewUA+nsFAPreDgA/fAUAhHwFAJp8BQDXfAUA43wFACp9BQAxfQUAfX0FAIV9BQDQfQUA1X0FACN+BQAsfgUAdn4FAIB+BQBN3w4Ayn4FABx/BQAofwUAb38FAHV/BQDCfwUAxH8FABWABQAfgAUAaIAFAHaABQC7gAUAwIAFAA6BBQAbgQUAYYEFAGmBBQC0gQUAvoEFAAeCBQAVggUAWoIFAHCCBQCtggUAuYIFAACDBQAHgwUAU4MFAFuDBQCmgwUAq4MFAPmDBQAChAUATIQFAFaEBQCg3w4ArYQFAPKEBQAIhQUARYUFAFGFBQCYhQUAnYUFAOuFBQD0hQUAPoYFAEiGBQCRhgUAnYYFAOSGBQDqhgUAN4cFAD2HBQCKhwUAj4cFAN2HBQDjhwUA898OADWIBQCDiAUAkIgFANaIBQDjiAUAKYkFADWJBQB8iQUAi4kFAM+JBQDZiQUAIooFADCKBQB1igUAeooFAMiKBQDVigUAG4sFACOLBQBuiwUAeIsFAMGLBQDPiwUAFIwFACqMBQBnjAUAc4wFALqMBQC/jAUADY0FABaNBQBgjQUAao0FAOzgDgC/jQUABo4FABeOBQBZjgUAZY4FAKyOBQC7jgUA/44FAAmPBQBSjwUAYI8FAKWPBQCqjwUA+I8FAAWQBQBLkAUAVZAFAJ6QBQBXkAUAL5QFAKyQBQDxkAUAB5EFAESRBQBQkQUAl5EFAJyRBQDqkQUA85EFAD2SBQBHkgUAkJIFAJySBQDjkgUA6ZIFADaTBQA8kwUAiZMFAI6TBQDckwUA4pMFAD/hDgA1lAUAgpQFAIiUBQDVlAUA2pQFACiVBQAulQUAkuEOAImVBQDOlQUA5JUFACGWBQAtlgUAdJYFAHmWBQDHlgUA0JYFABqXBQAklwUAbZcFAHmXBQDAlwUA05cFABOYBQAimAUAZpgFAHKYBQC5mAUAupgFAAyZBQAWmQUAX5kFAG2ZBQCymQUAt5kFAAWaBQASmgUA5eEOAGeaBQCrmgUAy5oFAP6aBQAKmwUAUZsFAFubBQCkmwUAqZsFAPebBQD4mwUASpwFAFacBQCdnAUAqpwFAPCcBQD8nAUAQ50FAFadBQCWnQUApZ0FAOmdBQD1nQUAPJ4FAD2eBQCPngUAmZ4FAOKeBQDwngUANZ8FADqfBQCInwUAlZ8FADjiDgD3nwUAi+IOADSgBQCBoAUAh6AFANSgBQDZoAUAJ6EFAC2hBQDe4g4Af6EFAM2hBQDQoQUAIKIFACyiBQBzogUAeaIFAMaiBQDhogUAGaMFACWjBQBsowUAcqMFAL+jBQDBowUAEqQFAC2kBQBlpAUAZ6QFALikBQDGpAUAC6UFABylBQBepQUAYKUFALGlBQDKpQUABKYFABWmBQBXpgUAY6YFANfjDgC0pgUA/aYFAAunBQBQpwUAZqcFAKOnBQCvpwUA9qcFAPunBQBJqAUAUqgFAJyoBQCmqAUA76gFAPeoBQBCqQUAR6kFAJWpBQCkqQUA6KkFAPepBQA7qgUARKoFAI6qBQCUqgUA4aoFAOeqBQA0qwUAQKsFAIerBQCOqwUA2qsFAOKrBQAtrAUAL6wFAICsBQCQrAUA06wFAN2sBQAmrQUAMq0FAHmtBQB/rQUAzK0FANStBQAq5A4AK64FAHKuBQCDrgUAxa4FANGuBQAYrwUAJ68FAGuvBQB1rwUAvq8FAMyvBQARsAUAFrAFAGSwBQBxsAUAt7AFAL+wBQAKsQUAFLEFAA/IBQAWsQUAXbEFAGOxBQCwsQUAtrEFAAOyBQAIsgUAVrIFAFyyBQB95A4AtbIFAPyyBQACswUAT7MFAGqzBQCiswUArrMFAPWzBQD7swUASLQFAFC0BQCbtAUAnrQFAO60BQD6tAUAQbUFAFK1BQCUtQUAoLUFAOe1BQD2tQUAOrYFAES2BQCNtgUAm7YFAOC2BQDltgUAM7cFAEC3BQCGtwUAjrcFANm3BQDjtwUALLgFADq4BQB/uAUAlbgFANK4BQDeuAUAJbkFACq5BQB4uQUAgbkFAMu5BQDVuQUAduUOACS6BQBxugUAd7oFAMS6BQDQugUAF7sFACS7BQBquwUAdLsFAL27BQDFuwUAELwFABq8BQBjvAUAaLwFALa8BQC3vAUACb0FAA69BQBcvQUAbb0FAK+9BQC0vQUAAr4FABm+BQBVvgUAab4FAKi+BQDEvgUA+74FAAO/BQDJ5Q4AVr8FAKG/BQCrvwUA9L8FAAjABQBHwAUASMAFAJrABQCmwAUA7cAFAAnBBQBAwQUASMEFABzmDgCcwQUA5sEFAPTBBQA5wgUA9cEFAJ3TCQBDwgUAjMIFAI7CBQDfwgUA+MIFADLDBQBDwwUAhcMFAJHDBQDYwwUA4MMFAG/mDgA3xAUAfsQFAITEBQDRxAUA7MQFACTFBQAwxQUAd8UFAH3FBQDKxQUAzcUFAB3GBQAlxgUAcMYFAIDGBQDDxgUAyMYFABbHBQAfxwUAaccFAHbHBQC8xwUAw8cFAMLmDgAdyAUAYsgFAHjIBQC1yAUAwcgFAAjJBQANyQUAW8kFAGTJBQCuyQUAuMkFAAHKBQAdygUAVMoFAFzKBQAV5w4ArMoFAPrKBQACywUATcsFAE/LBQCgywUAu8sFAPPLBQD1ywUARswFAFTMBQCZzAUAqswFAOzMBQDuzAUAP80FAFjNBQCSzQUAo80FAOXNBQDxzQUAOM4FAEDOBQBo5w4Al84FAN7OBQDkzgUAMc8FAEzPBQCEzwUAkM8FANfPBQDdzwUAKtAFAC3QBQC75w4AmtAFANDQBQDR0AUAI9EFADLRBQB20QUAe9EFAMnRBQDW0QUAHNIFACnSBQBv0gUAe9IFAMLSBQDR0gUAFdMFAB/TBQBo0wUAdtMFALvTBQDA0wUADtQFABvUBQBh1AUAbdQFALTUBQC61AUAB9UFAMfUBQDH6QUADdUFAFrVBQBf1QUArdUFALPVBQAO6A4ABdYFAFPWBQBz1gUAptYFALLWBQD51gUA/9YFAEzXBQBU1wUAjQkGAFXXBQCf1wUArNcFAPLXBQD41wUARdgFAFHYBQCY2AUAmtgFAOvYBQD62AUAPtkFAEnZBQCR2QUAk9kFAOTZBQD92QUAN9oFAEjaBQCK2gUAltoFAN3aBQDp2gUAMNsFAEPbBQCD2wUAktsFANbbBQDi2wUAKdwFACrcBQB83AUAhtwFAM/cBQDd3AUAIt0FACfdBQB13QUAgt0FAGHoDgDV3QUAG94FAC/eBQBu3gUAit4FAMHeBQDd3gUAtOgOACPfBQBn3wUAaN8FALrfBQDJ3wUADeAFABLgBQBg4AUAbeAFALPgBQDA4AUABuEFABLhBQBZ4QUAaOEFAKzhBQC24QUA/+EFAA3iBQBS4gUAV+IFAKXiBQCy4gUA+OIFAAjjBQBL4wUATeMFAJ7jBQCs4wUA8eMFAALkBQAH6Q4AS+QFAFrpDgCc5AUA6uQFAPfkBQA95QUASuUFAJDlBQCW5QUA4+UFAO/lBQA25gUARuYFAInmBQCS5gUA3OYFAN/mBQAv5wUAO+cFAILnBQCJ5wUArekOAOHnBQAo6AUAOOgFAHvoBQCE6AUAzugFANHoBQAh6QUALekFAHTpBQB76QUAAOoOANbpBQAa6gUAJuoFAG3qBQBu6gUAwOoFAMrqBQAT6wUAIesFAGbrBQBr6wUAuesFAMbrBQBT6g4AEewFAF/sBQBu7AUAsuwFANLsBQAF7QUAEe0FAFjtBQBi7QUAq+0FALPtBQD+7QUACu4FAFHuBQBX7gUApO4FAKruBQD37gUA/O4FAErvBQBQ7wUATOsOAKLvBQDw7wUA+e8FAEPwBQBU8AUAlvAFAJ3wBQDp8AUA8fAFADzxBQBJ8QUAj/EFAJTxBQDi8QUA7PEFADXyBQA98gUAiPIFAJfyBQDb8gUA4PIFAC7zBQA78wUAgfMFAI7zBQDU8wUA4PMFACf0BQA29AUAevQFAIT0BQDN9AUA1fQFACD1BQAq9QUAc/UFAHj1BQDG9QUAzvUFAEXsDgAe9gUAbPYFAG/2BQC/9gUAyfYFAJjsDgAY9wUAZfcFAGr3BQC49wUA2PcFAAv4BQAX+AUAXvgFAGT4BQCx+AUAtPgFAAT5BQAG+QUAV/kFAHL5BQCq+QUArPkFAP35BQAL+gUAUPoFAGH6BQCj+gUApfoFAPb6BQAP+wUASfsFAFr7BQCc+wUAqPsFAOvsDgD/+wUAQvwFAGL8BQCV/AUAl/wFAOj8BQD0/AUAOEMNAPf8BQB3GAYABP0FAG8lBgAR/QUAO/0FAD79BQCO/QUAm/0FAGsCBgCd/QUA4f0FAOb9BQA0/gUAQf4FAIf+BQCU/gUA2v4FAOb+BQAt/wUAPP8FAID/BQCK/wUA0/8FAOH/BQAmAAYAKwAGAHkABgCGAAYAzAAGANgABgAfAQYAJQEGAHIBBgB4AQYAxQEGAMoBBgAYAgYAHgIGAD7tDgB0AgYAvgIGANQCBgARAwYAKgMGAGQDBgBwAwYAtwMGAL0DBgAKBAYADwQGAF0EBgBtBAYAsAQGALYEBgADBQYADwUGAFYFBgBgBQYAqQUGAK8FBgD8BQYACgYGAE8GBgBbBgYAogYGAKUGBgD1BgYAAQcGAEgHBgBbBwYAmwcGAKoHBgDuBwYA+gcGAEEIBgBNCAYAlAgGAJsIBgDnCAYA8wgGADoJBgBBCQYAke0OAKMJBgDgCQYA4gkGADMKBgBHCgYAhgoGAI4KBgDZCgYA5goGACwLBgAxCwYAfwsGAIkLBgDSCwYA2gsGACUMBgA+DAYAeAwGAIQMBgDLDAYA0wwGAOTtDgA5DQYAcQ0GAHMNBgDEDQYA0g0GABcOBgAoDgYAag4GAGwOBgC9DgYA1g4GABAPBgAhDwYAYw8GAG8PBgA37g4Auw8GAAkQBgASEAYAXBAGAG0QBgCvEAYAthAGAAIRBgAKEQYAVREGAGIRBgCoEQYArREGAPsRBgAFEgYAThIGAFYSBgChEgYAuhIGAPQSBgAAEwYARxMGAE8TBgDd7g4AnRMGAO0TBgD3EwYAQBQGAEIUBgCTFAYArBQGAOYUBgD3FAYAORUGAEcVBgCMFQYAjxUGAN8VBgDqFQYAMhYGAD4WBgCFFgYAjBYGADDvDgDdFgYAKxcGADMXBgB+FwYAjBcGANEXBgDSFwYAJBgGAD8YBgCD7w4AfBgGAMoYBgDXGAYAHRkGACoZBgBwGQYAfBkGAMMZBgDSGQYAFhoGACAaBgBpGgYAdxoGALwaBgDBGgYADxsGABwbBgBiGwYAbhsGALUbBgC7GwYACBwGAA4cBgBbHAYAYBwGAK4cBgC0HAYA1u8OAA4dBgBUHQYAVh0GAKcdBgDAHQYA+h0GAAseBgBNHgYAWR4GAKAeBgCoHgYAz/AOAPgeBgBGHwYATh8GAJkfBgCyHwYA7B8GAPEfBgA/IAYARCAGAJIgBgCcIAYA5SAGAOggBgA4IQYAQiEGAIshBgCRIQYA3iEGAOAhBgAxIgYAMiIGAIQiBgCMIgYA1yIGAOciBgAqIwYAMCMGAH0jBgCCIwYA0CMGAOYjBgAjJAYAKyQGAHYkBgCeJAYAySQGAOwkBgAcJQYAOyUGACLxDgB3JQYAdfEOANMlBgAVJgYAIyYGAGgmBgB0JgYAuyYGAMgmBgAOJwYAGCcGAGEnBgBpJwYAtCcGAL8nBgAHKAYACSgGAFooBgBdKAYArSgGALUoBgAAKQYABikGAFMpBgBcKQYApikGALMpBgD5KQYAASoGAEwqBgBRKgYAnyoGAKgqBgDyKgYA/CoGAEUrBgBNKwYAmCsGAJ0rBgDrKwYA+ysGAD4sBgBGLAYAkSwGAJMsBgDkLAYA/ywGADctBgA5LQYAii0GAJgtBgDdLQYA7i0GADAuBgAyLgYAgy4GAJwuBgDWLgYA5y4GACkvBgA1LwYAfC8GAIQvBgDI8Q4A1S8GACIwBgAnMAYAdTAGAJUwBgDIMAYA1DAGABsxBgAhMQYAbjEGAHExBgDBMQYAyTEGABQyBgAeMgYAZzIGAGwyBgC6MgYAwjIGAA0zBgAXMwYAYDMGAGIzBgCzMwYAxDMGAAY0BgAmNAYAWTQGAGE0BgCsNAYAtjQGAP80BgAENQYAG/IOAGY1BgClNQYArTUGAPg1BgD9NQYASzYGAFs2BgCeNgYApjYGAPE2BgD7NgYARDcGAE83BgCXNwYAozcGAOo3BgDyNwYAbvIOAEk4BgCQOAYAnDgGAOM4BgDqOAYANjkGAD45BgCJOQYAojkGANw5BgDiOQYALzoGADQ6BgCCOgYAojoGANU6BgDhOgYAKDsGAC47BgB7OwYAfjsGAMHyDgDQOwYAITwGANw7BgDfMA4AJDwGAHQ8BgB+PAYAxzwGANU8BgAaPQYAKT0GAG09BgBwPQYAwD0GAIU9BgC2YgYAiT0GAMxTBgDMPQYAEz4GABU+BgBmPgYAbD4GALk+BgDIPgYADD8GABc/BgBfPwYAZz8GAJyhBgB5PwYAsj8GAL4/BgAFQAYAGEAGAFhABgBnQAYAq0AGALdABgD+QAYA/0AGAFFBBgBbQQYApEEGALJBBgD3QQYA/EEGAEpCBgBXQgYAFPMOALdCBgDwQgYA/0IGAENDBgBIQwYAlkMGAKNDBgDpQwYA9kMGADxEBgBIRAYAj0QGAJ5EBgDiRAYA7EQGADVFBgBDRQYAiEUGAI1FBgDbRQYA6EUGAC5GBgA6RgYAgUYGAIdGBgDURgYA2kYGACdHBgAsRwYAekcGAIBHBgBn8w4AzkcGACBIBgDWRwYAOa0IANpHBgAfmQgA7UcGACpMDAAsSAYAc0gGAHlIBgAJXAcAgEgGAMZIBgDJSAYAGUkGACVJBgBsSQYAbkkGAL9JBgDFSQYAEkoGACFKBgBlSgYAcEoGALhKBgC5SgYAC0sGAB9LBgBeSwYAeEsGALFLBgC9SwYABEwGABdMBgBXTAYAZkwGAKpMBgC2TAYA/UwGAP5MBgBQTQYAWk0GAKNNBgCxTQYA9k0GAPtNBgBJTgYAVk4GALrzDgC2TgYA704GAP5OBgBCTwYAR08GAJVPBgCiTwYA6E8GAPVPBgA7UAYAR1AGAI5QBgCdUAYA4VAGAOtQBgA0UQYAQlEGAIdRBgCMUQYA2lEGAOdRBgAtUgYAOVIGAIBSBgCGUgYA01IGANlSBgAmUwYAK1MGAHlTBgB/UwYADfQOAOhTBgBg9A4AJVQGAHJUBgB0VAYAxVQGANJUBgAYVQYAG1UGAGtVBgBsVQYAvlUGAMNVBgARVgYAF1YGAGRWBgBuVgYAt1YGANNWBgAKVwYAJlcGALP0DgBjVwYAsFcGALJXBgADWAYAEFgGAFZYBgBZWAYAqVgGAKpYBgD8WAYAAVkGAE9ZBgBVWQYAolkGAKxZBgD1WQYAEVoGAEhaBgBkWgYABvUOAKFaBgDuWgYA9FoGAEFbBgBGWwYAlFsGAJpbBgBZ9Q4A9VsGADpcBgBVXAYAjVwGAJtcBgDgXAYA7VwGADNdBgBKXQYAhl0GAJVdBgDZXQYA3l0GACxeBgA5XgYAf14GAIxeBgDSXgYA3l4GACVfBgA0XwYAeF8GAIJfBgDLXwYA2V8GAB5gBgAjYAYAcWAGAH5gBgDEYAYAx2AGABdhBgAjYQYAamEGAHBhBgC9YQYAw2EGABBiBgAVYgYAY2IGAGliBgCs9Q4AwGIGAAljBgAPYwYAXGMGAF5jBgCvYwYAvGMGAAJkBgAFZAYAVWQGAFZkBgCoZAYArWQGAPtkBgABZQYATmUGAFhlBgChZQYAu2UGAPRlBgADZgYAR2YGAExmBgCaZgYAp2YGAO1mBgD6ZgYAQGcGAExnBgCTZwYAomcGAOZnBgDwZwYAOWgGAEdoBgCMaAYAkWgGAN9oBgDsaAYAMmkGADxpBgDscgYAPmkGAIVpBgCLaQYA2GkGAN5pBgAragYAMGoGAH5qBgCEagYA//UOANZqBgAkawYAMWsGAHdrBgCEawYAymsGANZrBgAdbAYALGwGAHBsBgB6bAYAw2wGANFsBgAWbQYAG20GAGltBgB2bQYAvG0GAMRtBgAPbgYAG24GAGJuBgBobgYAtW4GALtuBgAIbwYADW8GAFtvBgBhbwYA+PYOALBvBgABcAYACnAGAFRwBgBXcAYAp3AGALNwBgD6cAYAAXEGAE1xBgBVcQYAoHEGALlxBgDzcQYAB3IGAEZyBgBicgYAmXIGAKFyBgCe9w4A+nIGAD9zBgBVcwYAknMGAJ5zBgDlcwYA6nMGADh0BgBBdAYAi3QGAJV0BgDedAYA+nQGADF1BgA5dQYA8fcOAIl1BgDXdQYA5HUGACp2BgA3dgYAfXYGAIl2BgDQdgYA33YGACN3BgAtdwYAdncGAIR3BgDJdwYAzncGABx4BgApeAYAb3gGAHd4BgDCeAYAzHgGABV5BgAjeQYAaHkGAH55BgC7eQYAx3kGAA56BgATegYAYXoGAGp6BgC0egYAvnoGAAd7BgAPewYAWnsGAGl7BgCtewYAr3sGAAB8BgAJfAYAU3wGAFZ8BgCmfAYAsnwGAPl8BgAAfQYATH0GAFR9BgCffQYAuH0GAPJ9BgAGfgYARX4GAGF+BgCYfgYAoH4GAET4DgDwfgYAPn8GAEt/BgCRfwYAnn8GAOR/BgDwfwYAN4AGAEaABgCKgAYAlIAGAN2ABgDngAYAMIEGAD6BBgCDgQYAmYEGANaBBgDigQYAKYIGAC6CBgB8ggYAhYIGAM+CBgDZggYAIoMGAC6DBgB1gwYAe4MGAMiDBgDOgwYAG4QGACCEBgBuhAYAdIQGAJf4DgDNhAYAFIUGABiFBgBnhQYAdoUGALqFBgC/hQYADYYGABqGBgBghgYAbYYGALOGBgC/hgYABocGABWHBgBZhwYAY4cGAKyHBgC6hwYA/4cGAASIBgBSiAYAX4gGAKWIBgCxiAYA+IgGAP6IBgBLiQYAUYkGAJ6JBgCjiQYA8YkGAPeJBgDq+A4ASYoGAJeKBgCeigYA6ooGAPaKBgA9iwYAP4sGAJCLBgBAiwYAE5EGAKuLBgDjiwYA5YsGADaMBgBEjAYAiYwGAJqMBgDcjAYA3owGAC+NBgBIjQYAgo0GAJONBgDVjQYA4Y0GACiOBgA0jgYAe44GAI6OBgDOjgYA3Y4GACGPBgAtjwYAdI8GAHWPBgDHjwYA0Y8GABqQBgAokAYAbZAGAHKQBgDAkAYAzZAGAD35DgAVkQYAZpEGAIGRBgC5kQYAu5EGAAySBgAakgYAX5IGAHCSBgCykgYAtJIGAAWTBgAekwYAWJMGAGmTBgCrkwYAt5MGAP6TBgAKlAYAUZQGAGSUBgCklAYAs5QGAPeUBgADlQYASpUGAEuVBgCdlQYAp5UGAPCVBgD+lQYAQ5YGAEiWBgCWlgYAo5YGADb6DgDulgYAPJcGAESXBgCPlwYAkZcGAOKXBgDzlwYANZgGAEOYBgCImAYAo5gGANuYBgDnmAYALpkGADaZBgAv+w4AhpkGANSZBgDbmQYAJ5oGADOaBgB6mgYAfZoGAM2aBgDVmgYAIJsGADCbBgBzmwYAeJsGAMabBgDPmwYAGZwGACacBgBsnAYAc5wGAL+cBgDHnAYAgvsOAB+dBgBlnQYAbZ0GALidBgDMnQYAC54GABCeBgBengYAZ54GALGeBgC3ngYABJ8GAAyfBgBXnwYAZp8GAKqfBgC7nwYA/Z8GAAagBgBQoAYAU6AGAKOgBgCtoAYA9qAGAAKhBgBJoQYAT6EGANX7DgCpoQYA76EGAPShBgBCogYASaIGAJWiBgChogYA6KIGAPCiBgAo/A4AVqMGAI6jBgCQowYA4aMGAO+jBgA0pAYARaQGAIekBgCJpAYA2qQGAPOkBgAtpQYAPqUGAIClBgCMpQYAe/wOAOKlBgAmpgYANaYGAHmmBgCCpgYAzKYGANKmBgAfpwYAJacGAHKnBgB+pwYAxacGAMynBgAYqAYAIKgGAGuoBgBvqAYAvqgGAMmoBgARqQYAH6kGAGSpBgB1qQYAt6kGAMOpBgAKqgYAEqoGAM78DgBgqgYAsKoGALqqBgADqwYABasGAFarBgBvqwYAqasGALqrBgD8qwYACqwGAE+sBgBSrAYAoqwGAK2sBgD1rAYAA60GAEitBgBVrQYAm60GALKtBgDurQYA9q0GAEGuBgBDrgYAlK4GAJyuBgDnrgYA9q4GADqvBgA/rwYAja8GAJqvBgDgrwYA7a8GADOwBgA/sAYAhrAGAJWwBgDZsAYA47AGACyxBgA6sQYAf7EGAISxBgDSsQYA37EGACWyBgAtsgYAeLIGAIKyBgDLsgYA0LIGAB6zBgAmswYAcbMGAHSzBgDEswYA4bMGABe0BgAotAYAarQGAHK0BgC9tAYAwLQGABC1BgActQYAY7UGAGm1BgC2tQYA0bUGAAm2BgAVtgYAXLYGAGK2BgAh/Q4AvrYGAAK3BgADtwYAVbcGAIu3BgCotwYAtrcGAPu3BgD8twYATrgGAFa4BgChuAYAsLgGAPS4BgD5uAYAR7kGAFS5BgCauQYAp7kGAO25BgD5uQYAQLoGAE+6BgCTugYAnboGAOa6BgD0ugYAObsGAD67BgCMuwYAmbsGAN+7BgDnuwYAMrwGADy8BgCFvAYAirwGANi8BgDgvAYAK70GADW9BgB+vQYAib0GANG9BgDdvQYAJL4GACy+BgB0/Q4AfL4GAMq+BgDNvgYAHb8GACe/BgBwvwYAeL8GAMf9DgDRvwYAFsAGACzABgBpwAYAdcAGALzABgDBwAYAD8EGABjBBgBiwQYAbMEGALXBBgC9wQYACMIGABTCBgBbwgYAbsIGAK7CBgCvwgYAAcMGAA/DBgBUwwYAWsMGAKfDBgCzwwYA+sMGAAHEBgAa/g4ATsQGAKDEBgCsxAYA88QGAADFBgBGxQYATsUGAJnFBgCjxQYA7MUGAPvFBgA/xgYAQMYGAJLGBgCaxgYA5cYGAPTGBgA4xwYAPccGAIvHBgCYxwYA3scGAOvHBgAxyAYAPcgGAITIBgCTyAYA18gGAOHIBgAqyQYAOMkGAH3JBgCCyQYA0MkGAN3JBgAjygYAK8oGAHbKBgB6ygYAycoGANfKBgAcywYAJssGAG/LBgB6ywYAwssGAMrLBgAVzAYAIMwGAGjMBgBtzAYAu8wGAL7MBgAOzQYAGM0GAGHNBgBpzQYAtM0GANPNBgBt/g4ACc4GAFrOBgBbzgYArc4GALfOBgAAzwYADs8GAFPPBgBuzwYAps8GALLPBgD5zwYAAdAGAMD+DgBY0AYAn9AGAKXQBgDy0AYADdEGAEXRBgBR0QYAmNEGAJ7RBgDr0QYA89EGAD7SBgBM0gYAkdIGAJTSBgDk0gYA7NIGADfTBgBA0wYAitMGAJfTBgDd0wYA39MGADDUBgBL1AYAg9QGAIXUBgDW1AYA5NQGACnVBgA61QYAfNUGAH7VBgDP1QYA6NUGACLWBgAz1gYAddYGAIHWBgDI1gYA0NYGABP/DgAh1wYAbtcGAHbXBgDB1wYAyNcGABTYBgAZ2AYAZ9gGAHPYBgC62AYAvdgGAA3ZBgAV2QYAYNkGAG3ZBgCz2QYAuNkGAAbaBgAQ2gYAWdoGAGHaBgCs2gYAuNoGAP/aBgAS2wYAUtsGAGDbBgCl2wYAqNsGAPjbBgAC3AYAZv8OAE7cBgCe3AYAptwGAPHcBgD03AYARN0GAFDdBgCX3QYAnd0GAOrdBgAF3gYAPd4GAEneBgCQ3gYAlt4GAOPeBgDr3gYANt8GAETfBgCJ3wYAjN8GANzfBgDk3wYAL+AGADjgBgCC4AYAj+AGANXgBgDX4AYAKOEGAEPhBgB74QYAfeEGAM7hBgDc4QYAIeIGADLiBgB04gYAduIGAMfiBgDg4gYAGuMGACvjBgBt4wYAeeMGAMDjBgDI4wYAuf8OABnkBgBm5AYAbuQGALnkBgDA5AYADOUGABHlBgBf5QYAa+UGALLlBgC15QYABeYGAA3mBgBY5gYAZeYGAKvmBgCw5gYA/uYGAAjnBgBR5wYAWecGAKTnBgCw5wYA9+cGAAroBgBK6AYAWOgGAJ3oBgCg6AYA8OgGAProBgAMAA8ARukGAJbpBgCi6QYA6ekGAO/pBgA86gYAV+oGAI/qBgCb6gYA4uoGAOjqBgA16wYAPesGAIjrBgCW6wYA2+sGAN7rBgAu7AYANuwGAIHsBgCK7AYA1OwGAOHsBgAn7QYAKe0GAHrtBgCV7QYAze0GAM/tBgAg7gYALu4GAHPuBgCE7gYAxu4GAMjuBgAZ7wYAMu8GAGzvBgB97wYAv+8GAMvvBgAS8AYAGvAGAF8ADwBr8AYAuPAGAMDwBgAL8QYAEvEGAF7xBgBj8QYAsfEGAL3xBgAE8gYAB/IGAFfyBgBf8gYAqvIGALfyBgD98gYAAvMGAFDzBgBa8wYAo/MGAKvzBgD28wYAAvQGAEn0BgBc9AYAnPQGAKr0BgDv9AYA8vQGAEL1BgBM9QYAsgAPAJf1BgDo9QYAmvUGAFUDCACe9QYA390NAKH1BgBF+gwAo/UGAItmCADy9QYABlYNAPn1BgA79gYATPYGAI72BgCc9gYA4fYGAP32BgA09wYAUPcGAAUBDwCV9wYA2vcGAOf3BgAt+AYARPgGAID4BgCM+AYA0/gGANn4BgAm+QYALPkGAHn5BgB++QYAzPkGANL5BgBYAQ8AJPoGAHL6BgB6+gYAxfoGAMj6BgAY+wYAJPsGAGv7BgBx+wYAvvsGANn7BgAR/AYAHfwGAGT8BgBq/AYAt/wGAL/8BgAK/QYADP0GAF39BgB4/QYAsP0GALL9BgAD/gYAEf4GAFb+BgBn/gYAqf4GAKv+BgD8/gYAFf8GAE//BgBg/wYAov8GAK7/BgBRAg8ACwAHAEgABwBXAAcAmwAHAHEABwB4BQcAnQAHAO4ABwD9AAcAQQEHAEwBBwCUAQcAoAEHAOcBBwDqAQcAOgIHAO4BBwDfDgcAAwIHALYIBwBGAgcAjQIHAJMCBwDgAgcA+wIHADMDBwA/AwcAhgMHAIwDBwDZAwcA5QMHACwEBwAyBAcAfwQHAIUEBwDSBAcA1wQHACUFBwArBQcApAIPAHsFBwDLBQcA5wUHAB4GBwAmBgcAnQMPAH0GBwDEBgcAygYHABcHBwAyBwcAagcHAHYHBwC9BwcAwwcHABAIBwAYCAcAYwgHAIQIBwDwAw8AvggHAEMEDwAOCQcAXAkHAGkJBwCvCQcAvAkHAAIKBwAOCgcAVQoHAGQKBwCoCgcAsgoHAPsKBwADCwcATgsHAFgLBwChCwcArwsHAPQLBwAKDAcARwwHAFMMBwCaDAcAnwwHAO0MBwD2DAcAQA0HAEoNBwCTDQcAmw0HAOYNBwDwDQcAOQ4HAD4OBwCMDgcAlA4HAJYEDwDrDgcAMg8HAEUPBwCFDwcAlA8HANgPBwDkDwcAKxAHACwQBwB+EAcAiBAHANEQBwDfEAcAJBEHACkRBwB3EQcAhBEHAOkEDwDVEQcAHRIHACkSBwBwEgcAdhIHAMMSBwDPEgcAFhMHAB4TBwDiBQ8AbBMHALwTBwDEEwcADxQHABwUBwBiFAcAZxQHALUUBwC9FAcACBUHAAoVBwBbFQcAdhUHAK4VBwCwFQcAARYHAA8WBwBUFgcAZRYHAKcWBwCpFgcA+hYHABMXBwBNFwcAXhcHAKAXBwCsFwcA8xcHAPsXBwA1Bg8ASxgHAJkYBwCmGAcA7BgHAPkYBwA/GQcASxkHAJIZBwChGQcA5RkHAO8ZBwA4GgcARhoHAIsaBwCQGgcA3hoHAOsaBwAxGwcAORsHAIQbBwCGGwcA1xsHAOEbBwAqHAcAMhwHAIgGDwCIHAcA0BwHAN4cBwAjHQcAJh0HAHYdBwB+HQcAyR0HAN8dBwAcHgcAIR4HAG8eBwCFHgcAwh4HAM4eBwAVHwcAIh8HAGgfBwByHwcA2wYPAL0fBwAOIAcAHCAHAGEgBwByIAcALgcPALogBwAHIQcAEyEHAIEHDwBcIQcArSEHALMhBwAAIgcAICIHAFMiBwBfIgcApiIHAK0iBwD5IgcAASMHAEwjBwBTIwcAnyMHAKsjBwDyIwcA9CMHAEUkBwBMJAcA1AcPAJokBwDrJAcA7iQHAD4lBwBGJQcAkSUHAKElBwDkJQcA5iUHADcmBwBFJgcAiiYHAJsmBwAnCA8A5CYHAHoIDwA9JwcAgycHAIonBwDWJwcA3icHACkoBwA3KAcAfCgHAH8oBwDPKAcA1ygHACIpBwApKQcAdSkHAIMpBwDIKQcAyykHABsqBwAdKgcAbioHAIcqBwDBKgcA0ioHABQrBwAgKwcAZysHAG4rBwC6KwcAwisHAA0sBwAWLAcAYCwHAG0sBwCzLAcAvSwHAAYtBwAULQcAWS0HAGotBwCsLQcAtC0HAP8tBwAJLgcAUi4HAGAuBwClLgcAuy4HAPguBwAELwcASy8HAFIvBwCeLwcApi8HAPEvBwD3LwcARDAHAFAwBwCXMAcAoTAHAOowBwDwMAcAPTEHAFExBwAgCQ8AnjEHAOMxBwD8MQcANjIHAEwyBwCJMgcAmDIHANwyBwD2MgcALzMHADIzBwAMOAcAOjMHAOk8BwA+MwcAgjMHAIczBwDVMwcA4jMHACg0BwA1NAcAezQHAIc0BwDONAcA3TQHACE1BwArNQcAdDUHAII1BwDHNQcAzDUHABo2BwAnNgcAbTYHAHk2BwDANgcAxjYHABM3BwAZNwcAZjcHAGs3BwC5NwcAvzcHAHMJDwAYOAcAXzgHAGU4BwCyOAcAzTgHAAU5BwAROQcAWDkHAF45BwCrOQcAsjkHAP45BwADOgcAnTsHAAo6BwBROgcAUzoHAKQ6BwCrOgcA9zoHABM7BwBKOwcAUjsHAGwKDwChOwcA8DsHAP07BwBDPAcAXzwHAJY8BwCePAcAvwoPAO48BwA8PQcAPz0HAI89BwCZPQcA4j0HAPM9BwA1PgcAOj4HAIg+BwCNPgcA2z4HAPs+BwAuPwcANz8HAIE/BwCCPwcA1D8HAOA/BwAnQAcALUAHAHpABwCAQAcAzUAHANJABwAgQQcAJkEHABILDwB0QQcAxkEHANJBBwAZQgcAJkIHAGxCBwB0QgcAv0IHAMhCBwASQwcAH0MHAGVDBwBzQwcAuEMHAMtDBwALRAcAE0QHAF5EBwBhRAcAsUQHALZEBwAERQcAE0UHAFdFBwB3RQcAqkUHALZFBwD9RQcAB0YHAAsMDwBaRgcAo0YHAKVGBwD2RgcAAEcHAElHBwBSRwcAnEcHAJ9HBwDvRwcA90cHAEJIBwB2SAcAXgwPAKFIBwDoSAcA90gHADtJBwBbSQcAjkkHAJpJBwDhSQcA6EkHADRKBwA5SgcAh0oHAIhKBwDaSgcA5koHAC1LBwAzSwcAgEsHAIJLBwDTSwcA3UsHACZMBwA0TAcAeUwHAH5MBwDMTAcA2UwHAB9NBwApTQcAck0HAIBNBwDFTQcA200HABhOBwAkTgcAa04HAHBOBwC+TgcAx04HABFPBwAbTwcAZE8HAHBPBwC3TwcAyk8HAApQBwAZUAcAXVAHAGlQBwCwUAcAsVAHAANRBwANUQcAVlEHAGRRBwCpUQcArlEHAPxRBwAJUgcAsQwPAF1SBwCiUgcAuFIHAPVSBwABUwcASFMHAE9TBwCbUwcAo1MHAO5TBwDzUwcAQVQHAEpUBwCUVAcAnlQHAOdUBwDvVAcAOlUHAD5VBwCNVQcAj1UHAOBVBwDuVQcAM1YHAD1WBwCGVgcAlFYHANlWBwDmVgcALFcHAENXBwB/VwcAh1cHANJXBwDiVwcAJVgHACpYBwB4WAcAflgHAMtYBwDTWAcAHlkHACNZBwBxWQcAclkHAMRZBwDQWQcAF1oHAB1aBwBqWgcAbFoHAL1aBwDHWgcAEFsHAB5bBwBjWwcAaFsHALZbBwDDWwcAqg0PAAtcBwBcXAcAZlwHAK9cBwC9XAcAAl0HAAddBwBVXQcAYl0HAKhdBwCqXQcA5QsJALJdBwD7XQcACV4HAE5eBwBkXgcAoV4HAK1eBwD0XgcA+V4HAEdfBwBQXwcAml8HAKRfBwDtXwcA+V8HAEBgBwBTYAcAk2AHAKJgBwDmYAcA8mAHADlhBwA6YQcAjGEHAJZhBwDfYQcA7WEHADJiBwA3YgcAhWIHAJJiBwD9DQ8A4WIHACtjBwA1YwcAfmMHAIBjBwDRYwcA22MHACRkBwAwZAcAd2QHAH9kBwD2Dg8Ay2QHAB1lBwApZQcAcGUHAHZlBwDDZQcAxWUHABZmBwAgZgcAaWYHAHdmBwC8ZgcAwWYHAA9nBwAcZwcAYmcHAGpnBwC1ZwcAv2cHAAhoBwAWaAcAW2gHAHFoBwCuaAcAumgHAAFpBwAIaQcAVGkHAFxpBwCnaQcArGkHAPppBwADagcATWoHAFdqBwCgagcAtWoHAPNqBwD8agcARmsHAFNrBwCZawcAm2sHAOxrBwAFbAcAP2wHAFBsBwCSbAcAnmwHAOVsBwDtbAcASQ8PAD1tBwCLbQcAk20HAN5tBwD0bQcAMW4HADZuBwCEbgcAi24HANduBwDlbgcAKm8HADpvBwB9bwcAkW8HANBvBwDYbwcAI3AHADJwBwB2cAcAe3AHAMlwBwDScAcAHHEHAClxBwBvcQcAeXEHAMJxBwDOcQcAFXIHABtyBwCcDw8AdnIHALtyBwDRcgcADnMHABpzBwBhcwcAZnMHALRzBwC9cwcAB3QHABF0BwBadAcAYnQHAK10BwCxdAcAAHUHAAJ1BwBTdQcAYXUHAKZ1BwCwdQcA+XUHAAd2BwBMdgcAWXYHAJ92BwC2dgcA8nYHAPp2BwBFdwcAVXcHAJh3BwCddwcA63cHAPF3BwA+eAcARngHAJF4BwCseAcA5HgHAOZ4BwA3eQcASHkHAIp5BwCTeQcA3XkHAOl5BwDvDw8ANXoHAIN6BwCGegcA1noHAOB6BwApewcAK3sHAHx7BwCXewcAz3sHANF7BwAifAcAMHwHAHV8BwCGfAcAyHwHAMp8BwAbfQcANH0HAG59BwB/fQcAwX0HAM19BwBCEA8AMX4HAGd+BwB4fgcAun4HANZ+BwANfwcAFX8HAJUQDwBlfwcAs38HALt/BwAGgAcAEYAHAFmABwBegAcArIAHAK+ABwD/gAcACYEHAFKBBwBVgQcApYEHAK2BBwD4gQcA+oEHAEuCBwBmggcAnoIHAKCCBwDxggcA/4IHAESDBwBVgwcAl4MHAJmDBwDqgwcAA4QHAD2EBwBOhAcAkIQHAJyEBwDjhAcA64QHAOgQDwBDhQcAiYUHAJGFBwDchQcA5oUHAC+GBwA6hgcAgoYHAI6GBwDVhgcA3YYHADsRDwAthwcAe4cHAICHBwDOhwcA34cHAI4RDwAuiAcAdIgHAHaIBwDHiAcA4IgHABqJBwAriQcAbYkHAHmJBwDAiQcAyIkHAOERDwAYigcAZooHAG6KBwC5igcAyIoHAAyLBwASiwcAX4sHAGuLBwCyiwcAtIsHAAWMBwAPjAcAWIwHAGSMBwCrjAcAs4wHADQSDwAKjQcAUY0HAFSNBwCkjQcAp40HAPeNBwAFjgcASo4HAE+OBwCdjgcAqo4HAIcSDwABjwcAQ48HAEuPBwCWjwcAUI8HAKqYBwChjwcA6Y8HAO6PBwA8kAcAP5AHAI+QBwCZkAcA4pAHAAWRBwA1kQcAOJEHAIiRBwCskQcA25EHAOORBwDaEg8ANJIHAIGSBwCPkgcA1JIHAOCSBwAnkwcALpMHAHqTBwCCkwcAzZMHAN2TBwAglAcAJZQHAHOUBwB5lAcAxpQHAM6UBwAZlQcANpUHAGyVBwB1lQcAv5UHAMuVBwASlgcAGJYHAGWWBwB5lgcAuJYHAMCWBwALlwcAG5cHAF6XBwBglwcAsZcHAL+XBwAEmAcAFZgHAC0TDwBemAcAgBMPAK+YBwD9mAcABJkHAFCZBwBcmQcAo5kHAKaZBwD2mQcABpoHAEmaBwBLmgcAnJoHAKqaBwDvmgcAAJsHANMTDwBJmwcAJhQPAKibBwDomwcA95sHADucBwBHnAcAjpwHAI+cBwDhnAcA65wHADSdBwBCnQcAh50HAIydBwDanQcA550HAHkUDwAyngcAgJ4HAImeBwDTngcA5J4HACafBwAtnwcAeZ8HAIGfBwDMnwcA2Z8HAB+gBwAkoAcAcqAHAHygBwDFoAcAzaAHABihBwAeoQcAa6EHAHehBwC+oQcAwKEHABGiBwAgogcAZKIHAG+iBwC3ogcAv6IHAAqjBwAMowcAXaMHAGqjBwCwowcAxKMHAAOkBwALpAcAVqQHAGWkBwCppAcArqQHAPykBwAJpQcAT6UHAFmlBwCipQcApKUHAPWlBwAEpgcASKYHAFKmBwCbpgcAo6YHAO6mBwDvpgcAQacHAEanBwCUpwcAoqcHAOenBwD0pwcAOqgHAESoBwByFQ8AkKgHAOCoBwDsqAcAyrcHAPyoBwAzqQcAO6kHAMUVDwCLqQcA2akHAOGpBwAsqgcAL6oHAH+qBwCLqgcA0qoHANiqBwAlqwcAQKsHAHirBwCEqwcAy6sHANGrBwAerAcAIawHAHGsBwB5rAcAxKwHAMasBwAXrQcAMq0HAGqtBwBsrQcAva0HAMutBwAQrgcAIa4HAGOuBwBlrgcAtq4HAM+uBwAJrwcAGq8HAFyvBwBorwcAr68HALevBwAYFg8AB7AHAFWwBwBbsAcAqLAHALCwBwD7sAcACrEHAE6xBwBTsQcAobEHAK6xBwD0sQcAAbIHAEeyBwBTsgcAmrIHAKmyBwDtsgcA97IHAECzBwBOswcAk7MHAJizBwDmswcA87MHAGsWDwBFtAcAjLQHAJK0BwDftAcA+rQHADK1BwA+tQcAhbUHAIu1BwDYtQcA27UHACu2BwA3tgcAfrYHAIS2BwDRtgcA17YHACS3BwAptwcAd7cHAH23BwC+Fg8A0LcHAB24BwAjuAcAcLgHAHW4BwDDuAcAybgHABEXDwAbuQcAabkHAHa5BwC8uQcAybkHAA+6BwAbugcAYroHAHG6BwC1ugcAv7oHAAi7BwAWuwcAW7sHAGC7BwCuuwcAu7sHAAG8BwAZvAcAVLwHAFq8BwCnvAcAs7wHAPq8BwAKvQcATb0HAFa9BwCgvQcAo70HAPO9BwD/vQcARr4HAE2+BwAKGA8Am74HAOy+BwD2vgcAP78HAEK/BwCSvwcAmr8HAOW/BwDovwcAOMAHAETABwCLwAcAkcAHAN7ABwD5wAcAMcEHAD3BBwCEwQcAisEHAF0YDwD3wQcAKsIHADXCBwB9wgcAgsIHANDCBwDZwgcAI8MHACbDBwB2wwcAgsMHAMnDBwDVwwcAKc4HAOHDBwAcxAcAI8QHAG/EBwB1xAcAwsQHANDEBwAVxQcAMMUHAGjFBwB0xQcAu8UHAMHFBwAOxgcAKMYHAGHGBwBtxgcAtMYHALrGBwAHxwcADccHAFrHBwBfxwcArccHALPHBwCwGA8ADcgHAFPIBwBfyAcApsgHALDIBwD5yAcA/cgHAEzJBwBRyQcAn8kHAKXJBwDyyQcAEsoHAEXKBwBRygcAmMoHAJ7KBwDrygcA8coHAD7LBwBDywcAkcsHAJfLBwBWGQ8A6csHADfMBwA+zAcAiswHAJbMBwDdzAcA+cwHADDNBwA4zQcATxoPALrNBwDWzQcA/M0HAKIaDwA8zgcAfM4HAIvOBwDPzgcA284HACLPBwAjzwcAdc8HAH/PBwDIzwcA1s8HABvQBwAg0AcAbtAHAHvQBwD1Gg8AydAHAO4bDwAZ0QcAZ9EHAHTRBwC60QcAx9EHAA3SBwAZ0gcAYNIHAG/SBwCz0gcAvdIHAAbTBwAU0wcAWdMHAF7TBwCs0wcAudMHAP/TBwAH1AcAUtQHAFjUBwCl1AcAsdQHAPjUBwAI1QcAS9UHAFTVBwCe1QcAodUHAPHVBwD91QcARNYHAEvWBwBBHA8AotYHAOrWBwD21gcAPdcHAEXXBwCUHA8AndcHAOPXBwDq1wcANtgHADfYBwCJ2AcAjtgHANzYBwDq2AcAL9kHADzZBwCC2QcAjNkHANXZBwDd2QcAKNoHADHaBwB72gcAgdoHAM7aBwDf2gcAIdsHAD3bBwB02wcAfNsHAOccDwDS2wcAGtwHACTcBwBt3AcAd9wHAMDcBwDB3AcAOh0PABjdBwBm3QcAc90HALndBwDG3QcADN4HABjeBwBf3gcAbt4HALLeBwC83gcABd8HAA3fBwBY3wcAYt8HAKvfBwCw3wcA/t8HAAbgBwCNHQ8AXOAHAKTgBwCw4AcA9+AHAP/gBwDgHQ8AT+EHAJ3hBwCs4QcA8OEHABDiBwBD4gcAT+IHAJbiBwCc4gcA6eIHAPHiBwA84wcAQ+MHAI/jBwCR4wcA4uMHAO7jBwA15AcAS+QHAIjkBwCN5AcA2+QHAOjkBwAzHg8AM+UHAIHlBwCQ5QcA1OUHAPTlBwAn5gcAM+YHAHrmBwCA5gcAzeYHANXmBwAg5wcAJ+cHAHPnBwB15wcAxucHANLnBwAZ6AcAL+gHAGzoBwBx6AcAv+gHAMzoBwAS6QcAGukHAGXpBwBr6QcAuOkHAMHpBwAL6gcAGOoHAF7qBwBr6gcAseoHAL/qBwAE6wcAEesHAFfrBwBu6wcAqusHANjrBwCGHg8AA+wHAFDsBwAK7AcAZg0NAGbsBwCj7AcAsewHAPbsBwD57AcASe0HAEztBwCc7QcAqu0HAO/tBwD07QcAQu4HAE/uBwCV7gcAne4HAOjuBwDv7gcAO+8HAEfvBwCO7wcAm+8HAOHvBwDv7wcANPAHAEDwBwCH8AcAjvAHANrwBwDi8AcALfEHADHxBwCA8QcAi/EHANPxBwDh8QcAJvIHADfyBwB58gcAhfIHAMzyBwDU8gcA2R4PACXzBwBy8wcAhvMHAMXzBwDT8wcAGPQHACX0BwBr9AcAgvQHAL70BwDG9AcAEfUHABv1BwBk9QcAafUHALf1BwC/9QcACvYHABn2BwBd9gcAYvYHALD2BwC99gcAA/cHABD3BwBW9wcAYvcHAKn3BwC49wcA/PcHAAb4BwBP+AcAV/gHAKL4BwCs+AcA9fgHAPr4BwBI+QcAUPkHACwfDwCm+QcA7vkHAPr5BwBB+gcASfoHAH8fDwCZ+gcA5/oHAPb6BwA6+wcAWvsHAI37BwCZ+wcA4PsHAOb7BwAz/AcAO/wHAIb8BwCN/AcA2fwHANv8BwAs/QcAOP0HAH/9BwCV/QcA0v0HANf9BwAl/gcAMv4HANIfDwCB/gcAy/4HANH+BwAe/wcALP8HAHH/BwB+/wcAxP8HANv/BwAXAAgAHwAIAGoACAB5AAgAvQAIAMIACAAQAQgAHQEIAGMBCABwAQgAtgEIAMIBCAAJAggAGAIIAFwCCABmAggArwIIAMsCCAACAwgACgMIACUgDwBiAwgA79ELAGQDCACoAwgAsgMIAJUlDADIAwgA+wMIAAcECABOBAgAVAQIAKEECACpBAgA00QIAK0ECAD0BAgAuwQIAG0vCAAHBQgARwUIAFYFCACaBQgApgUIAO0FCADuBQgAQAYIAEoGCACTBggAoQYIAOYGCADrBggAOQcIAEYHCAB4IA8AkgcIAN8HCADlBwgAMggIADcICACFCAgAiwgIAHEhDwDjCAgAKwkIADkJCAB+CQgAjwkIANEJCADdCQgAJAoIACwKCAAXIg8AgwoIAMoKCADUCggAHQsIACwLCABwCwgAewsIAMMLCADRCwgAFgwIACMMCABpDAgAgAwIALwMCADEDAgADw0IABINCABiDQgAbg0IALUNCAC7DQgACA4IACMOCABbDggAZw4IAK4OCAC0DggAAQ8IAAkPCABUDwgAVg8IAKcPCACoDwgA+g8IAAgQCABNEAgAVRAIAKAQCAC7EAgA8xAIAP8QCABGEQgATBEIAJkRCACcEQgA7BEIAPoRCAA/EggARBIIAJISCACfEggAaiIPAPISCACqIgwA9hIIADgTCAD4EggALXsMAEQTCACLEwgAmBMIAN4TCADjEwgAMRQIADsUCACEFAgAlBQIANcUCADcFAgAKhUIADMVCAB9FQgAihUIANAVCADXFQgAIxYIAC8WCAB2FggAfBYIAMkWCADPFggAHBcIACEXCABvFwgAdRcIAL0iDwDOFwgAFRgIABsYCABoGAgAbhgIALsYCADIGAgADhkIABMZCABhGQgAaRkIALQZCADpGQgABxoIADcaCABaGggAYhoIAK0aCAC6GggAABsIAAUbCABTGwgAWxsIAKYbCACpGwgA+RsIAAIcCABMHAgAWxwIAJ8cCACqHAgA8hwIAPocCABFHQgAVR0IAJgdCACmHQgA6x0IAPwdCAA+HggASh4IAJEeCACZHggAtiMPAOoeCAA3HwgAPx8IAIofCACRHwgA3R8IAOsfCAAwIAgANiAIAIMgCACPIAgA1iAIAOUgCAApIQgAMyEIAHwhCACBIQgAzyEIANUhCAAiIggANiIIAAkkDwCCIggAyCIIAIQiCABNYwgAzSIIABsjCAAnIwgAbiMIAHsjCADBIwgAyyMIAFwkDwAvJAgAZyQIAGkkCAC6JAgAwCQIAA0lCABDJQgAYCUIAGYlCACzJQgAvCUIAAYmCAATJggAWSYIAI8mCACsJggAsyYIAP8mCAAEJwgAUicIAGEnCAClJwgAxScIAPgnCAAEKAgASygIAFEoCACeKAgAuCgIAPEoCAD0KAgARCkIAEkpCACXKQgApikIAOopCAAKKggAAiUPAF0qCACQKggAnCoIAOMqCADtKggANisIAEIrCABR2QgAQysIAIkrCACOKwgA3CsIAOYrCAAvLAgAPywIAIIsCACHLAgA1SwIAN4sCAAoLQgANS0IAHstCACCLQgAzi0IANotCAAhLggAJy4IAHQuCAB6LggAxy4IAMwuCAAaLwgAIC8IAFUlDwBwLwgAwC8IAMUvCAATMAgAIjAIAGYwCACGMAgA+yUPAMcwCAAMMQgAGTEIAF8xCABmMQgAsjEIALoxCAAFMggABzIIAFgyCAAMMggAD6UKABwyCACzagoAXjIIAFaPCgBgMggAqzIIAK8yCABzOggAwTIIAN9MCgDGMggA/jIIAAAzCABRMwgAYjMIAKQzCACyMwgA9zMIAP4zCABKNAgAUjQIAJ00CACkNAgA8DQIAPU0CABDNQgAUjUIAJY1CAC2NQgA6TUIAPU1CAA8NggAQjYIAI82CACXNggA4jYIAO42CAA1NwgAQjcIAIg3CACjNwgA2zcIAOk3CAAuOAgANDgIAIE4CACGOAgA1DgIAOE4CAAnOQgAPTkIAHo5CACGOQgAzTkIANo5CAAgOggAKjoIAE4mDwB4OggAxjoIAMw6CAAZOwgAOTsIAGw7CAB6OwgAvzsIAMw7CAASPAgAKTwIAGU8CABtPAgAuDwIAMc8CAALPQgAED0IAF49CABrPQgAsT0IALs9CAAEPggABj4IAFc+CABlPggAqj4IALc+CAD9PggACT8IAFA/CABWPwgAoz8IAKs/CAD2PwgA/D8IAElACABSQAgAnEAIAKlACADvQAgA+UAIAEJBCABQQQgAlUEIAKtBCADoQQgA9EEIADtCCABDQggAoSYPAJhCCADhQggA50IIADRDCAA2QwgAh0MIAJFDCADaQwgA5kMIAC1ECABERAgAgEQIAJRECAD0Jg8A4UQIACZFCAApRQgAeUUIAIFFCADMRQgA2EUIAB9GCAAtRggAckYIAHxGCADFRggA0EYIABhHCAAkRwgAa0cIAHFHCAC+RwgAxkcIABFICAAeSAgAZEgIAGlICAC3SAgAwUgIAApJCAASSQgAXUkIAGNJCACwSQgAuUkIAANKCAAQSggAVkoIAGNKCACpSggAt0oIAPxKCAAJSwgAT0sIAGZLCACiSwgAqksIAPVLCAD6SwgASEwIAE5MCACbTAgAo0wIAO5MCAAETQgAQU0IAE9NCACUTQgAl00IAOdNCAD2TQgAOk4IAD9OCACNTggAmk4IAOBOCADwTggAM08IAEFPCACGTwgAnU8IANlPCADiTwgALFAIADJQCAB/UAgAi1AIANJQCADZUAgARycPADFRCAB4UQgAelEIAMtRCADVUQgAHlIIACpSCABxUggAeVIIAJonDwDJUggAF1MIACZTCABqUwgAilMIAL1TCADJUwgAEFQIABZUCABjVAgAa1QIALZUCAC3VAgACVUIAA9VCABcVQgAYVUIAK9VCADKVQgAAlYIABBWCABVVggAXFYIAKhWCAC0VggA+1YIAAFXCADtJw8AU1cIAKFXCACrVwgA9FcIAAVYCABHWAgAU1gIAJpYCACdWAgA7VgIAPBYCABAWQgASFkIAJNZCACaWQgA5lkIAOtZCAA5WggASFoIAIxaCACsWggA31oIAOtaCAAyWwgAOFsIAIVbCACNWwgA2FsIAOVbCAArXAgAMFwIAH5cCACIXAgA0VwIANlcCAAkXQgANF0IAHddCAB8XQgAyl0IANNdCAAdXggAKl4IAHBeCAB3XggAQCgPAMheCAAWXwgAJV8IAGlfCACJXwgAvF8IAMhfCAAPYAgAFWAIAGJgCABqYAgAtWAIAMFgCAAIYQgAFWEIAFthCABiYQgArmEIAK9hCAABYggABmIIAFRiCABiYggAp2IIALRiCAD6YggABGMIAJMoDwBSYwgAoGMIAK1jCADzYwgAAGQIAEZkCABMZAgAmWQIAKVkCADsZAgA/GQIAD9lCABIZQgAkmUIAJVlCADlZQgA8WUIADhmCAA/ZggA5igPAI1mCADeZggAkmYIAFJlCwCbZggAx7ENAO9mCAAxZwgAOWcIAIRnCACOZwgA12cIAOZnCAAqaAgAK2gIAH1oCACFaAgAjCkPANhoCADfKQ8AQmkIAIUqDwCUaQgAyWkIAJlpCADA1QgAnmkIADWKCADRaQgAHGoIACtqCABvaggAdGoIAMJqCADPaggAFWsIACJrCABoawgAdGsIALtrCADKawgADmwIABhsCABhbAgAhGwIALRsCADpbAgAB20IACttCABabQgAYm0IANgqDwCybQgAAG4IAAZuCABTbggAW24IACsrDwC0bggA+W4IABRvCABMbwgAWG8IAJ9vCACwbwgA8m8IAAZwCABFcAgATXAIAJhwCACecAgA63AIAPdwCAA+cQgATnEIAJFxCACacQgA5HEIAOdxCAA3cggAQ3IIAIpyCACRcggAfisPAOtyCAAwcwgAOnMIANErDwCIcwgA1nMIAONzCAApdAgANnQIAHx0CACIdAgAz3QIAN50CAAidQgALHUIAHV1CACDdQgAyHUIAM11CAAbdggAKHYIAG52CAB2dggAwXYIAMd2CAAUdwgAIHcIAGd3CAB3dwgAuncIAMN3CAANeAgAEHgIAGB4CABseAgAs3gIALp4CAAkLA8AFXkIAFl5CABeeQgArHkIALl5CAD/eQgADHoIAFJ6CABYeggApXoIALF6CAD4eggACHsIAEt7CABUewgAnnsIAKF7CADxewgA/XsIAER8CABLfAgAdywPAJx8CADqfAgA93wIAD19CABbfQgAkH0IAJx9CADjfQgA9n0IADZ+CABEfggAiX4IAIx+CADcfggA5n4IAC9/CAA9fwgAgn8IAI9/CADVfwgA7H8IACiACAAwgAgAe4AIAIKACADOgAgA04AIACGBCAA3gQgAdIEIAHaBCADHgQgA1YEIABqCCAAngggAyiwPAHWCCAAdLQ8AxYIIABODCAAggwgAZoMIAHODCAC5gwgAxYMIAAyECAAbhAgAX4QIAGmECACyhAgAwIQIAAWFCAAKhQgAWIUIAGWFCACrhQgAs4UIAP6FCAAEhggAUYYIAF2GCACkhggAtIYIAPeGCAAAhwgASocIAE2HCACdhwgAqYcIAPCHCAD3hwgAcC0PAE+ICACWiAgApogIAOmICADyiAgAPIkIAD+JCACPiQgAm4kIAOKJCADpiQgAwy0PAD6KCABzjQgAP4oIAIiKCACXiggA24oIAJmKCAAnjAgA3IoIAC6LCABKiwgAgYsIALeLCADUiwgACowIABYuDwAqjAgAeowIAJaMCADNjAgAA40IACCNCABWjQgAaS4PAICNCADGjQgA1I0IABmOCAAsjggAbI4IAIiOCAC/jggA9Y4IABKPCABIjwgAvC4PAHaPCAC4jwgAxI8IAAuQCAATkAgADy8PAGOQCACxkAgAuZAIAASRCAATkQgAV5EIAFyRCACqkQgAt5EIAP2RCAAKkggAUJIIAFySCACjkggAspIIAPaSCAAAkwgASZMIAFGTCACckwgAppMIAO+TCAD0kwgAQpQIAEqUCABiLw8ApJQIAOiUCACmlAgANJYIAOmUCAA7lQgAV5UIAI6VCADElQgA4ZUIABeWCAC1Lw8AN5YIAIeWCACjlggA2pYIABCXCAAtlwgAY5cIAAgwDwCDlwgA05cIAOSXCAAmmAgAQpgIAHmYCACvmAgAzJgIAAKZCABbMA8ALJkIAHKZCAB+mQgAxZkIANSZCAAYmggAIpoIAGuaCAB5mggAvpoIAMOaCAARmwgAHpsIAGSbCABsmwgAt5sIAL2bCAAKnAgAx5sIAE79CAAWnAgAXZwIAG2cCACwnAgAuZwIAAOdCAAGnQgAVp0IAGKdCACpnQgAsJ0IAK4wDwABnggA4S0LAAaeCABPnggACJ4IAG3HCgBZnggAop4IAKOeCAD1nggABJ8IAEifCABNnwgAm58IAKifCADunwgA+58IAEGgCABNoAgAlKAIAKOgCADnoAgA8aAIADqhCABIoQgAjaEIAJKhCADgoQgA7aEIADOiCAA0oggAhqIIAIuiCADZoggA3qIIACyjCAA9owgAf6MIAKKjCADSowgA3aMIACWkCAAqpAgAeKQIAHukCADLpAgA1aQIAB6lCABJpQgAcaUIAJClCAABMQ8A0KUIABemCAAZpggAaqYIAHmmCAC9pggAyKYIABCnCAAYpwgAY6cIAGqnCAC2pwgAuKcIAAmoCAATqAgAXKgIAF6oCACvqAgAyKgIAAKpCAAEqQgAVakIAFipCACoqQgAtKkIAPupCAADqggAVDEPAFqqCAChqggAp6oIAPSqCAAPqwgAR6sIAFOrCACaqwgAoKsIAO2rCAD1qwgAQKwIAEKsCACTrAgAnawIAOasCADurAgApzEPAEqtCACMrQgAk60IAN+tCADnrQgAMq4IAD+uCACFrggAiq4IANiuCADirggAK68IADOvCAB+rwgAja8IANGvCADWrwgAJLAIADGwCAB3sAgAhLAIAMqwCADWsAgAHbEIACyxCABwsQgAerEIAMOxCADLsQgAFrIIACCyCABpsggAbrIIALyyCADEsggA+jEPABuzCABiswgAcrMIALWzCAC+swgACLQIAAu0CABbtAgAZ7QIAK60CAC1tAgATTIPAAe1CABUtQgAWrUIAKe1CACstQgA+rUIAAC2CACgMg8AU7YIAKC2CACmtggA87YIAPi2CADAuQwAALcIAEa3CABLtwgAmbcIAKG3CADstwgAHrgIAGG/CAAjuAgAP7gIAHa4CACSuAgAybgIAOW4CAAVuQgAOLkIAEC5CACLuQgAmrkIAN65CADjuQgAMboIAD66CACEuggAkboIANe6CADjuggAKrsIADm7CAB9uwgAh7sIANC7CADeuwgAI7wIACi8CAB2vAgAg7wIAMm8CADRvAgAHL0IACK9CABvvQgAe70IAMK9CADSvQgAFb4IAB6+CABovggAa74IALu+CADHvggADr8IABW/CADzMg8AmL8IALS/CADkvwgAB8AIAA/ACABawAgAacAIAK3ACACywAgAAMEIAA3BCABTwQgAYMEIAKbBCACywQgA+cEIAAjCCABMwggAVsIIAJ/CCACtwggA8sIIAPfCCABFwwgAUsMIAJjDCACgwwgA68MIAPHDCAA+xAgASsQIAJHECAChxAgA5MQIAO3ECAA3xQgAOsUIAIrFCACWxQgA3cUIAOTFCABGMw8AMsYIAP3IDAA+xggAg8YIAJDGCADWxggA4sYIACnHCAAvxwgAfMcIAILHCADPxwgA1McIACLICAAoyAgAmTMPAJvICADIyAgA7sgIABvJCABNyQgAbskIAKXJCADByQgA8ckIAD80DwAgyggAZ8oIACLKCAAL3AkAccoIALrKCADUyggADcsIABzLCABgywgAZcsIALPLCADAywgABswIABPMCABZzAgAZcwIAKzMCAC7zAgA/8wIAAnNCABSzQgAXs0IAKXNCAC4zQgA+M0IAAfOCABLzggAV84IAJ7OCACfzggA8c4IAPvOCABEzwgAUs8IAJfPCACczwgA6s8IAPfPCACSNA8AQtAIAJDQCACd0AgA49AIAPDQCAA20QgAQtEIAInRCACY0QgA3NEIAObRCAAv0ggAPdIIAILSCACH0ggA1dIIAOLSCAAo0wgAMNMIAHvTCACB0wgAztMIANrTCAAh1AgAMdQIAHTUCAB91AgAx9QIAMrUCAAa1QgAJtUIAG3VCAB01QgAizUPAMXVCAAT1ggAFtYIAGbWCABu1ggAudYIAMXWCAAM1wgAEtcIAF/XCABl1wgAstcIALfXCAAF2AgAC9gIAN41DwCP2AgAq9gIAOLYCAD+2AgAItkIAIQ2DwBX2QgAY/MJAGTZCACk2QgAs9kIAPfZCAAD2ggAStoIAEvaCACd2ggAp9oIAPDaCAD+2ggAQ9sIAEjbCACW2wgAo9sIANc2DwAM3AgAPNwIAHPcCACP3AgAxtwIAOLcCAAZ3QgANd0IAFndCAAqNw8Alt0IANvdCADg3QgALt4IADveCACB3ggAid4IANTeCADa3ggAJ98IADPfCAB63wgAit8IAM3fCADW3wgAIOAIACPgCABz4AgAq+AIAMbgCADS4AgAfTcPAB/hCABs4QgAheEIAL/hCADN4QgAEuIIAB/iCABl4ggAbOIIALjiCADB4ggAC+MIABjjCABe4wgAdeMIALHjCAC04wgABOQIAAbkCABX5AgAYOQIAKrkCAC65AgA/eQIABblCABQ5QgAUuUIAKPlCACs5QgA9uUIAP7lCABJ5ggAS+YIAJzmCAC15ggA7+YIAAbnCABC5wgATucIAJXnCACm5wgA6OcIAPTnCAA76AgARugIAI7oCACb6AgA4egIAOvoCADQNw8AR+kIAIfpCACV6QgA2ukIAMHpCAD18QgAE+oIAC3qCAA66ggAgOoIAIjqCADT6ggA2eoIACbrCAAy6wgAeesIAITrCADM6wgA1esIAB/sCAAi7AgAcuwIAHTsCADF7AgAzOwIABjtCAAa7QgAIzgPAG7tCAC+7QgAzO0IABHuCAAW7ggAZO4IAHHuCAC37ggAw+4IAArvCAAS7wgAdjgPAGvvCACw7wgAwO8IAAPwCAAR8AgAVvAIAF/wCACp8AgAs/AIAPzwCAD+8AgAT/EIAFnxCACi8QgApPEIAMk4DwD68QgASPIIAFDyCACb8ggAofIIAO7yCAD68ggAQfMIAFDzCACU8wgAnfMIAOfzCADq8wgAOvQIADz0CACN9AgAlPQIAOD0CADi9AgAHDkPADj1CACG9QgAovUIANn1CAD19QgAbzkPADn2CACREAoAO/YIAH/2CACE9ggA0vYIAN/2CAAl9wgAMvcIAHj3CAB+9wgAy/cIANf3CAAe+AgALvgIAHH4CAB6+AgAxPgIAMf4CAAX+QgAI/kIAGr5CABx+QgAwjkPAMz5CAAQ+ggAFfoIAGP6CABw+ggAtvoIAMP6CAAJ+wgAD/sIAFz7CABo+wgAr/sIAL/7CAAC/AgAC/wIAFX8CABY/AgAqPwIALT8CAD7/AgAAv0IABU6DwBQ/QgAof0IAK/9CAD0/QgABf4IAGg6DwBO/ggAuzoPAKL+CAAOOw8A8v4IAED/CABN/wgAk/8IAKD/CADm/wgA8v8IADkACQBIAAkAjAAJAJYACQDfAAkA7QAJADIBCQA3AQkAhQEJAJIBCQDYAQkA4AEJACsCCQAxAgkAfgIJAIoCCQDRAgkA4QIJACQDCQAtAwkAdwMJAHoDCQDKAwkA1gMJAB0ECQAkBAkAYTsPAHUECQDDBAkAywQJABYFCQAZBQkAaQUJAHIFCQC8BQkAywUJAA8GCQAaBgkAYgYJAGoGCQC1BgkAxQYJAAgHCQAWBwkAWwcJAGwHCQCuBwkAugcJAAEICQAJCAkAtDsPAFoICQCnCAkArwgJAPoICQABCQkATQkJAFsJCQCgCQkApgkJAPMJCQD/CQkARgoJAFUKCQCZCgkAowoJAOwKCQDxCgkAPwsJAEULCQCSCwkApgsJAAc8DwD2CwkAOAwJAEQMCQCLDAkAkQwJAN4MCQDkDAkAMQ0JADYNCQCEDQkAig0JAFo8DwDcDQkAKg4JADsOCQB9DgkAhQ4JANAOCQCJDgkAZTUJAIsOCQDkTg0A2g4JACMPCQAxDwkAdg8JAIwPCQDJDwkA1Q8JABwQCQAjEAkAbxAJAHcQCQDCEAkAxxAJABURCQAeEQkAaBEJAHIRCQC7EQkAwxEJAA4SCQASEgkAYRIJAGwSCQC0EgkAwhIJAAcTCQAYEwkAWhMJAGYTCQCtEwkAtRMJAK08DwACFAkAUxQJAGEUCQCmFAkAsBQJAPkUCQAHFQkATBUJAFkVCQCfFQkAthUJAPIVCQD6FQkARRYJAFUWCQCYFgkAnRYJAOsWCQDxFgkAPhcJAEYXCQCRFwkAkxcJAOQXCQDxFwkANxgJAD8YCQCKGAkAjxgJAN0YCQDeGAkAMBkJADwZCQCDGQkAkBkJANYZCQDeGQkAKRoJADgaCQB8GgkAgRoJAM8aCQDcGgkAIhsJAC8bCQB1GwkAgRsJAMgbCQDXGwkAGxwJACUcCQBuHAkAfBwJAMEcCQDGHAkAFB0JACEdCQAAPQ8Aah0JALodCQDCHQkADR4JABoeCQBgHgkAZR4JALMeCQC9HgkABh8JAA4fCQBZHwkAWx8JAKwfCQDHHwkA/x8JAAEgCQBSIAkAYCAJAKUgCQC2IAkA+CAJAPogCQBLIQkAZCEJAJ4hCQCvIQkA8SEJAP0hCQBEIgkAWSIJAJciCQCfIgkA6iIJAPAiCQA9IwkASSMJAJAjCQCtIwkA4yMJAOwjCQA2JAkAQiQJAIkkCQCMJAkA3CQJAOYkCQAvJQkANyUJAIIlCQCMJQkA1SUJAOMlCQAoJgkAPiYJAHsmCQCHJgkAziYJANUmCQAhJwkAKScJAHQnCQB5JwkAxycJANAnCQAaKAkAJCgJAG0oCQB1KAkAwCgJAMIoCQATKQkAIykJAGYpCQBwKQkAuSkJAMUpCQAMKgkAEioJAF8qCQBnKgkAUz0PAL4qCQAFKwkAGCsJAFgrCQB0KwkAqysJALMrCQCmPQ8ADCwJAFEsCQBnLAkApCwJALAsCQD3LAkA/CwJAEotCQBTLQkAnS0JAKctCQDwLQkA+C0JAEMuCQBFLgkAli4JAKUuCQDpLgkABi8JADwvCQBFLwkAjy8JAJ0vCQDiLwkA6C8JADUwCQBDMAkAiDAJAJUwCQDbMAkA8jAJAC4xCQA2MQkAgTEJAIMxCQDUMQkA3DEJACcyCQA2MgkAejIJAH8yCQDNMgkA2jIJACAzCQAtMwkAczMJAH8zCQDGMwkA1TMJABk0CQAjNAkAbDQJAHo0CQC/NAkAxDQJABI1CQAfNQkA+T0PAGs1CQC4NQkAvjUJAAs2CQAQNgkAXjYJAGQ2CQBMPg8AvzYJAAQ3CQAaNwkAVzcJAGM3CQCqNwkArzcJAP03CQAGOAkAUDgJAFo4CQCjOAkAxjgJAPY4CQD6OAkASTkJAAU5CQCVOgkASzkJAJw5CQCqOQkA7zkJAPk5CQBCOgkAZjoJAEU/DwCbOgkA6DoJAPQ6CQA7OwkAPTsJAI47CQCYOwkA4TsJAO07CQA0PAkAWDwJAJg/DwCLPAkA2jwJAJY8CQAmPgkA3DwJAC09CQA7PQkAgD0JAIo9CQDTPQkA9z0JAOs/DwAsPgkAeT4JAIU+CQDMPgkAzj4JAB8/CQApPwkAcj8JAH4/CQDFPwkA6T8JAD5ADwA1QAkAa0AJAHRACQC+QAkAzEAJABFBCQAXQQkAZEEJAHBBCQC3QQkAv0EJAJFADwARQgkAXUIJAHZCCQCwQgkAv0IJAANDCQALQwkAVkMJAGVDCQCpQwkArkMJAPxDCQAJRAkAT0QJAFxECQCiRAkArkQJAPVECQAERQkASEUJAFJFCQCbRQkAqUUJAO5FCQDzRQkAQUYJAE5GCQDkQA8AlUYJAMK2CQCtRgkA50YJAPFGCQA6RwkAPEcJAI1HCQCbRwkA4EcJAO1HCQAzSAkAO0gJAIZICQCvSAkA2UgJAOBICQAsSQkARUkJAH9JCQCOSQkA0kkJANpJCQAlSgkANEoJAHhKCQB9SgkAy0oJANhKCQAeSwkAK0sJAHFLCQB9SwkAxEsJANNLCQAXTAkAIUwJAGpMCQB4TAkAvUwJAMJMCQAQTQkAHU0JADdBDwBoTQkAvjILAG9NCQC2TQkAi00JAKbjDwDJTQkACU4JABhOCQBcTgkAaE4JAK9OCQC7TgkAAk8JAAlPCQBVTwkAYU8JAKhPCQCvTwkA+08JAANQCQBOUAkAUlAJAKFQCQCsUAkA9FAJAABRCQBHUQkAVFEJAJpRCQCiUQkA7VEJAPdRCQBAUgkARlIJAJNSCQCnUgkA5lIJAPRSCQA5UwkARlMJAIxTCQCjUwkA31MJAOdTCQAyVAkAPFQJAIVUCQCKVAkA2FQJAOBUCQArVQkAOlUJAH5VCQCDVQkA0VUJAN5VCQAkVgkAMVYJAHdWCQCDVgkAylYJANlWCQAdVwkAJ1cJAIpBDwB4VwkAw1cJANJXCQAWWAkAG1gJAGlYCQByWAkAvFgJAM1YCQAPWQkAFlkJAGJZCQBqWQkAtVkJAMJZCQAIWgkADVoJAFtaCQBlWgkArloJALZaCQABWwkAGlsJAFRbCQBgWwkAp1sJAK9bCQDdQQ8ACVwJAE1cCQBqXAkAoFwJAKlcCQDzXAkAAV0JAEZdCQBMXQkAmV0JAKVdCQDsXQkA810JAD9eCQBHXgkAkl4JAKJeCQDlXgkA614JADhfCQA9XwkAi18JAKFfCQDeXwkA5l8JADFgCQA7YAkAhGAJAI9gCQDXYAkA42AJACphCQAyYQkAMEIPAIphCQDQYQkA12EJACNiCQAvYgkAdmIJAHxiCQDJYgkA2mIJABxjCQAwYwkAb2MJAH1jCQDCYwkAz2MJABVkCQAsZAkAaGQJAHBkCQC7ZAkAwmQJAA5lCQAQZQkAYWUJAGtlCQC0ZQkAtmUJAAdmCQAgZgkAWmYJAFxmCQCtZgkAsGYJAABnCQAMZwkAU2cJAH9nCQCDQg8AtWcJAPlnCQAWaAkATGgJAFVoCQCfaAkArWgJAPJoCQD4aAkARWkJAFFpCQCYaQkAoGkJANZCDwDzaQkAPmoJAERqCQCRagkAnWoJAORqCQDnagkAN2sJADxrCQCKawkAk2sJAN1rCQDjawkAMGwJAD9sCQCDbAkAj2wJANZsCQDebAkAKUMPAC9tCQB8bQkAgW0JAM9tCQDlbQkAIm4JACpuCQB1bgkAg24JAMhuCQDSbgkAG28JAB5vCQBubwkAdm8JAMFvCQDCbwkAFHAJABpwCQBncAkAdXAJALpwCQDQcAkADXEJAA9xCQBgcQkAZnEJALNxCQDHcQkABnIJAA5yCQBZcgkAaXIJAKxyCQCucgkA/3IJAA5zCQBScwkAXHMJAKVzCQCqcwkA+HMJAP5zCQBLdAkAX3QJAJ50CQCmdAkA8XQJAPZ0CQBEdQkASnUJAJd1CQCfdQkA6nUJAO11CQA9dgkAQnYJAJB2CQCZdgkA43YJAOl2CQA2dwkARXcJAIl3CQCVdwkAfEMPAOZ3CQAveAkAMXgJAIJ4CQCJeAkA1XgJANx4CQAoeQkALnkJAHt5CQCJeQkAznkJANt5CQAhegkAMXoJAHR6CQB5egkAx3oJAM96CQAaewkA43oJAAroCQAmewkAbXsJAG97CQBYfgkAensJAMB7CQDFewkAE3wJAB18CQBmfAkAdnwJALl8CQC+fAkADH0JABV9CQBffQkAbH0JALJ9CQC5fQkABX4JAA1+CQDPQw8AZn4JAKt+CQDDfgkA/n4JAAB/CQBRfwkAaH8JAKR/CQCmfwkA938JAAWACQBKgAkAV4AJAJ2ACQClgAkAIkQPAPaACQBDgQkARYEJAJaBCQCjgQkA6YEJAOyBCQA8ggkATYIJAI+CCQCRggkA4oIJAOyCCQA1gwkAQYMJAIiDCQCQgwkAdUQPAOCDCQAuhAkAMYQJAIGECQCLhAkA1IQJANyECQAnhQkANIUJAHqFCQB8hQkAzYUJAOOFCQAghgkALIYJAHOGCQB7hgkAyEQPAMmGCQAZhwkAIocJAGyHCQB6hwkA7LAJAHuHCQC/hwkAyocJABKICQAaiAkAZYgJAHCICQC4iAkAvYgJAAuJCQAOiQkAXokJAGiJCQBuRQ8At4kJAASKCQC7iQkAPG0MAB+KCQBXigkAY4oJAKqKCQCwigkA/YoJAAWLCQBQiwkAZosJAKOLCQCxiwkA9osJAPmLCQBJjAkAYowJAJyMCQCojAkA74wJAPqMCQBCjQkARI0JAJWNCQCwjQkA6I0JAPaNCQA7jgkASI4JAI6OCQCljgkAwUUPAOOOCQCBbwwA944JADSPCQA1jwkAh48JAIyPCQDajwkA4I8JAC2QCQAvkAkAgJAJAIaQCQDTkAkA55AJACaRCQAukQkAeZEJAImRCQDMkQkAzpEJAB+SCQAtkgkAcpIJAIOSCQAURg8Ay5IJABiTCQAkkwkAZ0YPAG2TCQC+kwkAz5MJABGUCQAZlAkAZJQJAG2UCQC3lAkAvpQJAAqVCQALlQkAukYPAGmVCQCwlQkAspUJAAOWCQAKlgkAVpYJAF6WCQCplgkAspYJAPyWCQADlwkAT5cJAFCXCQANRw8Ap5cJAPWXCQD9lwkASJgJAFKYCQCbmAkAqZgJAO6YCQAEmQkAQZkJAE2ZCQCUmQkAmZkJAOeZCQDwmQkAOpoJAESaCQBgRw8AjpoJAOCaCQDomgkAo9cKAPiaCQAzmwkAQJsJAIabCQCSmwkA2ZsJAOObCQAsnAkAMJwJAH+cCQCEnAkA0pwJANicCQAlnQkARZ0JAHidCQCQnQkAy50JAOKdCQAengkAKp4JAHGeCQB7ngkAxJ4JAMaeCQAXnwkAHp8JAGqfCQBxnwkAvZ8JAMOfCQAQoAkAHKAJAGOgCQBmoAkAtqAJALmgCQAJoQkAFaEJAFyhCQBfoQkAr6EJAMuhCQACogkACqIJALNHDwBhogkAqKIJALKiCQD7ogkA/aIJAE6jCQBVowkAoaMJAKijCQD0owkA+qMJAEekCQBVpAkAmqQJAKekCQDtpAkA/aQJAEClCQBFpQkAk6UJAJulCQDmpQkA9qUJADmmCQA+pgkAjKYJAJKmCQDfpgkA56YJAAZIDwA4pwkAhacJAI2nCQDYpwkA26cJACuoCQA3qAkAfqgJAISoCQDRqAkA7KgJACSpCQAyqQkAd6kJAIapCQDKqQkA1qkJAB2qCQAlqgkArEgPAHWqCQDDqgkAzaoJABarCQAeqwkAaasJAImrCQC8qwkAyasJAA+sCQAUrAkAYqwJAGasCQC1rAkAwqwJAP9IDwANrQkAW60JAF6tCQCurQkAuK0JAAGuCQANrgkAVK4JAGeuCQCnrgkAtq4JAPquCQAGrwkATa8JAE6vCQCgrwkAqq8JAPOvCQABsAkARrAJAEuwCQCZsAkAprAJAFJJDwD2sAkAP7EJAEGxCQCSsQkAq7EJAOWxCQD2sQkAOLIJAESyCQCLsgkAk7IJAEtKDwDlsgkAMbMJADizCQCEswkAirMJANezCQDjswkAKrQJAC20CQB9tAkAgLQJANC0CQDYtAkAI7UJADO1CQB2tQkAe7UJAMm1CQDStQkAHLYJACm2CQBvtgkAdrYJAJ5KDwDOtgkAFbcJACK3CQBotwkAcLcJALu3CQDFtwkADrgJAB24CQBhuAkAYrgJALS4CQC8uAkAB7kJABa5CQBauQkAX7kJAK25CQC6uQkAALoJAA26CQBTugkAX7oJAKa6CQC1ugkA+boJAAO7CQBMuwkAWrsJAJ+7CQCkuwkA8rsJAP+7CQBFvAkATbwJAJi8CQCivAkA67wJAPC8CQA+vQkARr0JAPFKDwCfvQkA5L0JAPC9CQA3vgkAPb4JAIq+CQCQvgkA3b4JAOK+CQAwvwkANr8JAERLDwCPvwkA1r8JANy/CQApwAkAL8AJAHzACQCJwAkAz8AJANTACQAiwQkAKsEJAHXBCQCTwQkAPUwPAMrBCQDZ4AsAy8EJAEE4CwDOwQkAncwKAN7BCQAbwgkAHMIJAG7CCQBzwgkAwcIJAMfCCQAUwwkAFsMJAGfDCQBtwwkAusMJAM7DCQANxAkAFcQJAGDECQBwxAkAs8QJALXECQAGxQkAFMUJAFnFCQBqxQkAkEwPALLFCQD/xQkAC8YJAONMDwBfxgkApcYJAK3GCQD4xgkABccJAEvHCQBNxwkAnscJALTHCQDxxwkA/ccJAETICQBMyAkAiU0PAKPICQDqyAkA7cgJAD3JCQBCyQkAkMkJAKHJCQDjyQkA7MkJADbKCQBAygkAicoJAJfKCQDcygkA4coJAC/LCQA8ywkA3E0PAI7LCQDVywkA4ssJACjMCQAqzAkAe8wJAJHMCQDOzAkA2swJACHNCQApzQkAL04PAHnNCQDHzQkAzc0JABrOCQAizgkAbc4JAHDOCQDAzgkAzM4JABPPCQAZzwkAZs8JAIHPCQC5zwkAxs8JAAzQCQAO0AkAX9AJAHXQCQCy0AkAvtAJAAXRCQAN0QkAgk4PAF7RCQCr0QkAsNEJAP7RCQAZ0gkAUdIJAF/SCQCk0gkAq9IJAPfSCQAD0wkAStMJAFHTCQDVTg8AqNMJAPDTCQD40wkAQ9QJAE7UCQCW1AkAm9QJAOnUCQDs1AkAPNUJAEbVCQCP1QkAl9UJAOLVCQDw1QkANdYJADjWCQCI1gkAkNYJANvWCQD71gkALtcJADvXCQCB1wkAhtcJANTXCQDY1wkAJ9gJADTYCQAoTw8AmtgJAM3YCQDW2AkAINkJACHZCQBz2QkAe9kJAMbZCQDW2QkAGdoJABvaCQBs2gkAetoJAL/aCQDQ2gkAe08PABjbCQBl2wkAcdsJAM5PDwC/2wkAIVAPABDcCQBe3AkAeNwJALHcCQDA3AkABN0JAA/dCQBX3QkAWd0JAKrdCQC33QkA/d0JAAreCQBQ3gkAXN4JAKPeCQC03gkA9t4JAPneCQBJ3wkAY98JAJzfCQCl3wkA798JAPzfCQBC4AkASOAJAJXgCQCh4AkA6OAJAOvgCQA74QkAQOEJAI7hCQCf4QkA4eEJAPzhCQA04gkAQOIJAIfiCQCO4gkA2uIJANziCQAt4wkANOMJAIDjCQCH4wkA0+MJANnjCQAm5AkAMuQJAHnkCQB85AkAzOQJAM/kCQAf5QkAK+UJAHLlCQCF5QkAxeUJANTlCQAY5gkAJOYJAGvmCQBs5gkAvuYJAMjmCQAR5wkAH+cJAGTnCQBp5wkAt+cJAMTnCQB0UA8AEugJAMdQDwBf6AkAsOgJAMboCQAD6QkAD+kJAFbpCQBe6QkAGlEPAK/pCQD86QkABOoJAE/qCQBS6gkAouoJAK7qCQD16gkA++oJAEjrCQBj6wkAm+sJAKnrCQDu6wkA/esJAEHsCQBN7AkAlOwJAJzsCQBtUQ8A7OwJADrtCQBE7QkAje0JAJXtCQDg7QkAAO4JADPuCQBA7gkAhu4JAIvuCQDZ7gkA3e4JACzvCQA57wkAwFEPAKLvCQDS7wkA1e8JACXwCQAq8AkAePAJAIfwCQDL8AkA6/AJAB7xCQAq8QkAcfEJAHvxCQDE8QkA0PEJABfyCQAd8gkAavIJAHDyCQC98gkAwvIJABDzCQAW8wkAE1IPAGnzCQC28wkAu/MJAAn0CQAP9AkAuVIPAF/0CQCv9AkAufQJAAL1CQAE9QkAVfUJAG71CQCo9QkAufUJAPv1CQAJ9gkATvYJAFH2CQCh9gkArPYJAPT2CQD89gkAR/cJAEn3CQCa9wkAovcJAO33CQD69wkAQPgJAEz4CQCT+AkAl/gJAOb4CQDu+AkAOfkJAEj5CQCM+QkAkfkJAN/5CQDs+QkAMvoJAD/6CQCF+gkAkfoJANj6CQDn+gkAK/sJADX7CQB++wkAjPsJANH7CQDW+wkAJPwJADH8CQAMUw8Af/wJAF9TDwDO/AkAAQEKANb8CQAd/QkAI/0JAHD9CQB2/QkAw/0JAND9CQAW/gkAG/4JAGn+CQBx/gkAvP4JAO7+CQC1/wkA8/4JAA//CQA1/wkACAAKAEb/CQBi/wkAmf8JALJTDwDs/wkABVQPAC4ACgBbAAoAjQAKAK4ACgDlAAoAWFQPAA8BCgBUAQoAYQEKAKcBCgCzAQoA+gEKAAACCgBNAgoAUwIKAKACCgClAgoA8wIKAPkCCgCrVA8AbAMKAD8ECgB9AwoAmQMKANADCgBRVQ8AIwQKAKRVDwBlBAoAkgQKAMQECgDlBAoAHAUKAPdVDwBCBQoAiwUKAJAFCgDeBQoA5gUKAEpWDwA2BgoAhAYKAI0GCgDXBgoA5AYKACoHCgAxBwoAnVYPAIUHCgDwVg8A4wcKACMICgAvCAoAdggKAIUICgDJCAoA0ggKABwJCgAmCQoAbwkKAHEJCgDCCQoA2wkKABUKCgAmCgoAaAoKAHQKCgC7CgoAwwoKAENXDwAcCwoAYQsKAHILCgC0CwoAwAsKAAcMCgAPDAoAllcPAF8MCgCtDAoAtwwKAAANCgAIDQoAUw0KAGMNCgCmDQoAqw0KAPkNCgACDgoATA4KAFkOCgCfDgoApg4KAOlXDwD/DgoARQ8KAAUPCgCdEQ0ASg8KAJgPCgCkDwoA6w8KAPgPCgA+EAoASBAKADxYDwCWEAoA5BAKAPAQCgA3EQoARBEKAIoRCgCUEQoA3REKAPkRCgAwEgoAOBIKAI9YDwCIEgoA1hIKAN4SCgApEwoALBMKAHwTCgCFEwoAzxMKAN4TCgAiFAoALRQKAHUUCgB9FAoAyBQKANgUCgAbFQoAKRUKAG4VCgB/FQoAwRUKAM0VCgAUFgoAHBYKAOJYDwBtFgoAuhYKAMIWCgANFwoAFBcKAGAXCgBuFwoAsxcKALkXCgAGGAoAEhgKAFkYCgBoGAoArBgKALYYCgD/GAoABBkKAFIZCgBYGQoApRkKALkZCgD4GQoAABoKAEsaCgBpGgoAnhoKAKYaCgA1WQ8A+RoKAIhZDwBMGwoAlxsKALAbCgDqGwoA8xsKAD0cCgBNHAoAkBwKAKAcCgDjHAoA7xwKADYdCgA8HQoAiR0KAJcdCgDcHQoA6R0KAC8eCgBGHgoAgh4KAIoeCgDVHgoA3x4KACgfCgA2HwoAex8KAJEfCgDOHwoA2h8KACEgCgAoIAoAdCAKAHwgCgDHIAoAzCAKABohCgAjIQoAbSEKAHchCgDAIQoAyCEKABMiCgAVIgoAZiIKAHYiCgC5IgoAwyIKAAwjCgAYIwoAXyMKAGUjCgCyIwoAuiMKAC5aDwAOJAoAWCQKAGkkCgCrJAoAtyQKAP4kCgALJQoAUSUKAFYlCgCkJQoAriUKAPclCgAHJgoASiYKAE8mCgCdJgoApiYKAPAmCgD9JgoAQycKAEonCgCWJwoAoicKAOknCgDvJwoAPCgKAEIoCgCPKAoAlCgKAOIoCgDoKAoAgVoPADopCgCIKQoAkCkKANspCgDxKQoALioKADMqCgCBKgoAiCoKANQqCgDdKgoAJysKADgrCgB6KwoAhisKAM0rCgDVKwoAelsPACIsCgBzLAoAiSwKAMYsCgDSLAoAGS0KACAtCgBsLQoAdC0KAM1bDwDELQoAEi4KABouCgBlLgoAey4KALguCgC9LgoACy8KABIvCgBeLwoAZy8KALEvCgDCLwoABDAKABAwCgBXMAoAXzAKACBcDwCsMAoA/TAKABMxCgBQMQoAXDEKAKMxCgCqMQoA9jEKAP4xCgBzXA8ATjIKAJwyCgCjMgoA7zIKAPgyCgBCMwoAUzMKAJUzCgChMwoA6DMKAPAzCgDGXA8APTQKAI40CgCdNAoA4TQKAAE1CgA0NQoANjUKAIc1CgCeNQoA2jUKAOY1CgAtNgoANTYKAGxdDwCFNgoA0zYKANU2CgAmNwoALTcKAHk3CgCBNwoAzDcKANU3CgAfOAoAJTgKAHI4CgCDOAoAxTgKAM04CgASXg8AJDkKAGs5CgBuOQoAvjkKAMM5CgAROgoAIjoKAGQ6CgB/OgoAtzoKAMM6CgAKOwoAEjsKAGVeDwBzOwoAsDsKALE7CgADPAoACDwKAFY8CgBcPAoAqTwKALM8CgD8PAoABD0KAE89CgBhPQoAuF4PAK89CgD1PQoA/z0KAEg+CgBOPgoAmz4KAK8+CgDuPgoA9j4KAEE/CgBRPwoAlD8KAJk/CgDnPwoA7T8KADpACgBCQAoAjUAKAI5ACgDgQAoA4kAKADNBCgBCQQoAhkEKAKZBCgDZQQoA20EKACxCCgBDQgoAf0IKAItCCgDSQgoA2kIKAAtfDwAtQwoAeEMKAJFDCgDLQwoA1EMKAB5ECgAoRAoAcUQKAHlECgDERAoA1EQKABdFCgAcRQoAakUKAHNFCgC9RQoAykUKABBGCgAXRgoAY0YKAGtGCgCxXw8AwEYKAAlHCgARRwoAXEcKAGpHCgCvRwoAvEcKAAJICgAKSAoAVUgKAFdICgCoSAoAsEgKAPtICgD8SAoATkkKAFBJCgChSQoAsEkKAPRJCgAUSgoAR0oKAElKCgCaSgoAsUoKAO1KCgD5SgoAQEsKAFpLCgCTSwoAvEsKAOZLCgDpSwoAOUwKAD5MCgCMTAoAmUwKAARgDwDhTAoAMk0KADxNCgCFTQoAlE0KANhNCgDjTQoAK04KADlOCgB+TgoAi04KANFOCgDoTgoAJE8KACxPCgB3TwoAeE8KAMpPCgDMTwoAHVAKACxQCgBwUAoAkFAKAMNQCgDFUAoAFlEKAC1RCgBpUQoAdVEKALxRCgDEUQoAV2APABRSCgBiUgoAaFIKALVSCgC9UgoACFMKACdTCgBbUwoAaFMKAK5TCgCvUwoAAVQKABdUCgBUVAoAcFQKAKpgDwCsVAoA+lQKAARVCgBNVQoAVVUKAKBVCgChVQoA81UKAKJVCgC0XgoA+VUKAEZWCgBSVgoAmVYKAKlWCgDsVgoA+lYKAD9XCgBSVwoAklcKAJ5XCgDlVwoA7FcKADhYCgBAWAoAi1gKAI9YCgDeWAoA7FgKADFZCgA7WQoAhFkKAI9ZCgDXWQoA31kKACpaCgBgWgoAfVoKAIVaCgDQWgoA1VoKACNbCgApWwoAdlsKAH5bCgDJWwoA41sKABxcCgBSXAoAb1wKAHdcCgDCXAoAx1wKABVdCgAbXQoAaF0KAHBdCgC7XQoA1V0KAA5eCgAoXgoAYV4KAJdeCgD9YA8AvF4KAAdfCgAOXwoAWl8KAGZfCgCtXwoArl8KAABgCgAMYAoAU2AKAGBgCgCmYAoArWAKAPlgCgAFYQoATGEKAFlhCgCfYQoArmEKAPJhCgAGYgoAUGEPAFJiCgCYYgoAomIKAOtiCgD5YgoAPmMKAFRjCgCRYwoAnWMKAORjCgDwYwoAN2QKAD1kCgCKZAoAkGQKAN1kCgDiZAoAMGUKADZlCgCjYQ8AiGUKANZlCgDYZQoAKWYKADBmCgB8ZgoAhGYKAM9mCgDSZgoAImcKACtnCgB1ZwoAhGcKAMhnCgDTZwoAG2gKACNoCgBuaAoAfmgKAMFoCgDPaAoAFGkKACVpCgBnaQoAc2kKALppCgDCaQoAnGIPACtqCgBgagoAaGoKAO9iDwC/agoABmsKABxrCgBZawoAYWsKAKxrCgDLawoAQmMPAAJsCgAkogoADGwKAFJsCgBVbAoAkAAOAFpsCgClbAoAXGwKADMzDACnbAoA+GwKAK9sCgD3eAoAtmwKAChyCgAFbQoAS20KAF9tCgCebQoApm0KAPFtCgD2bQoARG4KAFRuCgCXbgoAn24KAOpuCgD0bgoAPW8KAEhvCgCQbwoAnG8KAONvCgDrbwoAlWMPADtwCgCJcAoAknAKANxwCgDicAoAL3EKAD5xCgCCcQoAjnEKANVxCgDYcQoA6GMPAC1yCgB7cgoAinIKAM5yCgDQcgoAIXMKADJzCgB0cwoAhXMKAMdzCgDbcwoAGnQKACJ0CgBtdAoAe3QKAMB0CgDNdAoAE3UKABZ1CgBmdQoAcHUKALl1CgC7dQoADHYKAB12CgBfdgoAcHYKALJ2CgC+dgoABXcKAAx3CgBYdwoAYHcKAKt3CgDCdwoA/ncKAAp4CgBReAoAZ3gKAKR4CgCneAoAO2QPAAJ5CgBKeQoAVnkKAJ15CgCleQoAjmQPAPx5CgBDegoAWXoKAJZ6CgCZegoA6XoKAPF6CgA8ewoAPnsKAI97CgCqewoA4nsKAOR7CgA1fAoAQ3wKAIh8CgCZfAoA23wKAN18CgAufQoAR30KAIF9CgCSfQoA1H0KAOB9CgDhZA8ALX4KAHp+CgCIfgoAzX4KAOh+CgAgfwoALH8KAHN/CgB5fwoAxn8KAM5/CgAZgAoAKYAKAGyACgBxgAoAv4AKAMiACgASgQoAH4EKAGWBCgBsgQoAuIEKAMCBCgA0ZQ8AEIIKAF6CCgBkggoAsYIKALmCCgAEgwoALYMKAFeDCgBegwoAqoMKAMODCgD9gwoADIQKAFCECgBshAoAh2UPAKiECgD2hAoAAIUKAEmFCgBZhQoAnIUKAKGFCgDvhQoA+IUKAEKGCgBPhgoAlYYKAJyGCgDohgoA9IYKADuHCgBOhwoAjocKAJ2HCgDhhwoA7YcKADSICgA1iAoAh4gKAJGICgDaiAoA6IgKAC2JCgAyiQoAgIkKAI2JCgDaZQ8A5IkKACaKCgAoigoAeYoKAHyKCgDMigoAz4oKAB+LCgAmiwoAcosKAH6LCgDFiwoA1YsKABiMCgAojAoAa4wKAHCMCgC+jAoAx4wKABGNCgAejQoAZI0KAGuNCgC3jQoAw40KAAqOCgAQjgoAXY4KAGOOCgCwjgoAtY4KAAOPCgAJjwoA02YPAGCPCgCpjwoAt48KAPyPCgAMkAoAT5AKAFGQCgCikAoAsZAKAPWQCgD/kAoASJEKAFCRCgDMZw8AoZEKAO6RCgD6kQoAH2gPAEaSCgCUkgoAnJIKAOeSCgD3kgoAOpMKAEiTCgCNkwoAmpMKAOCTCgDnkwoAM5QKADuUCgDFaA8Al5QKANmUCgDglAoALJUKADSVCgB/lQoAjJUKANKVCgDXlQoAJZYKAC+WCgB4lgoAgJYKAMuWCgDklgoAHpcKACqXCgBxlwoAeZcKABhpDwDQlwoAF5gKABqYCgBqmAoAb5gKAL2YCgDOmAoAEJkKACuZCgBjmQoAb5kKALaZCgC9mQoACZoKACWaCgBcmgoAZJoKAGtpDwC0mgoAApsKAAybCgBVmwoAXZsKAKibCgC4mwoA+5sKAACcCgBOnAoAV5wKAKGcCgCunAoA9JwKAPucCgC+aQ8AUJ0KAJqdCgCnnQoA7Z0KAPydCgBAngoASp4KAJOeCgChngoA5p4KAOueCgA5nwoARp8KAIyfCgCUnwoAEWoPAOufCgAyoAoAP6AKAIWgCgCIoAoA2KAKAOagCgAroQoAMKEKAH6hCgCLoQoA0aEKANmhCgBkag8ALKIKAHeiCgB9ogoAyqIKAH6iCgBG/AoA1qIKAB2jCgA6owoAcKMKAHmjCgDDowoA0aMKABakCgAcpAoAaaQKAHWkCgC8pAoAw6QKALdqDwAVpQoAYqUKAHClCgC1pQoA0KUKAAimCgAUpgoAW6YKAGGmCgAKaw8A0aYKAAGnCgAQpwoAVKcKAFmnCgCnpwoAtKcKAPqnCgAHqAoATagKAFmoCgCgqAoAr6gKAPOoCgD9qAoARqkKAFSpCgCZqQoAnqkKAOypCgD5qQoAP6oKAFuqCgCSqgoAmqoKAF1rDwDxqgoAOKsKAFWrCgCLqwoAlKsKAN6rCgDsqwoAMawKADesCgCErAoAkKwKANesCgDerAoAKq0KADKtCgB9rQoAk60KANCtCgDVrQoAI64KACquCgB2rgoAf64KAMmuCgDargoAHK8KACivCgBvrwoAd68KAANsDwDIrwoAFbAKABqwCgBosAoAg7AKALuwCgDJsAoADrEKABWxCgBhsQoAbbEKALSxCgC3sQoAB7IKAA+yCgBasgoAW7IKAK2yCgCvsgoAALMKAA+zCgBTswoAc7MKAKazCgCoswoA+bMKABC0CgBMtAoAWLQKAJ+0CgCntAoAVmwPAPO0CgBFtQoAUbUKAJi1CgCntQoA67UKAPO1CgCpbA8AQLYKAJG2CgCftgoA5LYKAPW2CgD8bA8APrcKAE9tDwCStwoA9W0PAOe3CgAwuAoAPLgKAIO4CgCZuAoA1rgKAOK4CgApuQoAPLkKAHy5CgCKuQoAz7kKANm5CgBIbg8AKroKAJtuDwCLugoAyLoKANS6CgAbuwoAKLsKAG67CgB4uwoAwbsKAMO7CgAUvAoAHrwKAGe8CgB1vAoAurwKAL+8CgANvQoAGr0KAGC9CgBovQoAs70KAMO9CgAGvgoACL4KAFm+CgBivgoArL4KAL2+CgD/vgoACb8KAO5uDwBevwoApb8KALy/CgD4vwoAE8AKAEFvDwBkwAoAnsAKAKTACgDxwAoA+8AKAJRvDwBGwQoAl8EKAKjBCgDqwQoA8sEKAD3CCgAGwgoAeOkKAEnCCgCQwgoAlsIKAOPCCgDpwgoANsMKADvDCgCJwwoAj8MKAOdvDwD4wwoAL8QKADfECgDgcA8AkMQKANXECgDmxAoAKMUKADnFCgB7xQoAh8UKAM7FCgDVxQoAM3EPADLGCgB0xgoAhcYKAMfGCgDTxgoAGscKACHHCgCGcQ8Ab8cKAMDHCgDBxwoAE8gKABvICgBmyAoAa8gKALnICgDCyAoADMkKABbJCgBfyQoAZ8kKALLJCgC3yQoABcoKABXKCgBYygoAYMoKAKvKCgDBygoA/soKAArLCgBRywoAZ8sKAKTLCgCpywoA98sKAP3LCgBKzAoAXswKANlxDwCzzAoA8MwKAP7MCgBDzQoAUM0KAJbNCgCYzQoA6c0KAPPNCgA8zgoASM4KAI/OCgCWzgoA4s4KAOrOCgA1zwoATs8KAIjPCgCczwoA288KAOPPCgAu0AoAMNAKAIHQCgCO0AoA1NAKANnQCgAn0QoAMdEKAHrRCgCF0QoAzdEKANnRCgAg0goAJtIKAHPSCgB70goAxtIKAMfSCgAZ0woAH9MKAGzTCgBx0woAv9MKAM7TCgAS1AoAHtQKAGXUCgBo1AoAuNQKALvUCgAscg8AENUKAF7VCgB61QoAf3IPANHVCgAE1goADNYKANJyDwBd1goAqtYKALbWCgAlcw8AA9cKAFDXCgBc1woAanUPAKTXCgA02woAs9cKAPbXCgD41woASdgKAFPYCgCc2AoAntgKAO/YCgAA2QoAQtkKAErZCgCV2QoAodkKAOjZCgDu2QoAO9oKAEHaCgCO2goAk9oKAOHaCgDn2goAvXUPADbbCgCH2woAjdsKANrbCgDd2woALdwKADncCgCA3AoAiNwKALZ2DwDZ3AoAJt0KACzdCgB53QoAft0KAMzdCgDS3QoACXcPACHeCgBy3goAe94KAMXeCgDc3goAGN8KACPfCgBr3woAdd8KAL7fCgDG3woAAngPAB7gCgBk4AoAbOAKALfgCgDB4AoACuEKABXhCgBd4QoAY+EKALDhCgC84QoAA+IKAAXiCgBW4goAXeIKAKniCgCx4goA/OIKAA7jCgBVeA8AiuMKAKLjCgCq4woA9eMKABjkCgBOeQ8ASuQKAJvkCgCo5AoA7uQKAPXkCgBB5QoAUuUKAJTlCgCg5QoA5+UKAO7lCgA65goAO+YKAPkGCwBC5goAoXkPAKDmCgDg5goA7+YKADPnCgA/5woAhucKAIfnCgDZ5woA4+cKACzoCgA66AoAf+gKAIToCgDS6AoA3+gKAPR5DwAt6QoAR3oPAIDpCgCaeg8AzekKAB7qCgDX6QoA+kYMACHqCgBd2gsAK+oKAHHqCgB/6goAxOoKANPqCgAX6woAN+sKAGrrCgB26woAvesKAMTrCgAQ7AoAGOwKAGPsCgBl7AoAtuwKAMDsCgCTew8AE+0KAFztCgBk7QoA5nsPALntCgAC7goACu4KADl8DwCR7goAqO4KALDuCgD77goAGe8KAIx8DwBc7woAoe8KAKjvCgCbMAwAse8KAPTvCgAE8AoAR/AKAFPwCgCa8AoAoPAKAO3wCgAJ8QoAQPEKAEjxCgDffA8Ap/EKAObxCgDw8QoAOfIKAEXyCgCM8goAlPIKADJ9DwDq8goAMvMKADTzCgCF8woAi/MKANjzCgDg8woAhX0PAC30CgB+9AoAgfQKANH0CgDZ9AoAJPUKADT1CgB39QoAefUKAMr1CgDY9QoAHfYKAC72CgDYfQ8Ad/YKACt+DwDJ9goAFvcKABv3CgBp9woAb/cKAH5+DwDJ9woAD/gKABn4CgBi+AoAZPgKALX4CgDI+AoACPkKABD5CgBb+QoAZ/kKAK75CgC0+QoAAfoKAAf6CgBU+goAWfoKAKf6CgCt+goAd38PAAP7CgBN+woAWvsKAKD7CgCn+woA8/sKAPv7CgDKfw8AUvwKAJn8CgCj/AoA7PwKAPj8CgA//QoATv0KAJL9CgCc/QoA5f0KAPH9CgA4/goAP/4KAB2ADwCO/goAswINAJH+CgDe/goAmv4KAAshDADq/goAMf8KADn/CgBwgA8AkP8KANf/CgDh/woAKgALADYACwB9AAsAjAALANAACwDaAAsAIwELAC8BCwB2AQsAfQELAMOADwDXAQsAHAILAOkBCwDOEQwAMwILAG8CCwB8AgsAwgILAMQCCwAVAwsAJgMLAGgDCwCEAwsAuwMLAMMDCwAWgQ8AJwQLAGEECwB1BAsAtAQLALwECwAHBQsACgULAFoFCwBoBQsArQULAMQFCwAABgsADQYLAFMGCwBVBgsApgYLALcGCwBpgQ8A/wYLAEwHCwBRBwsAnwcLALUHCwDyBwsAAAgLAEUICwBICAsAmAgLAKQICwDrCAsA8QgLAD4JCwBKCQsAkQkLALoJCwDkCQsA8AkLADcKCwBGCgsAigoLAJQKCwDdCgsA6woLADALCwA1CwsAgwsLAJALCwC8gQ8A2AsLACkMCwA3DAsAfAwLAIkMCwDPDAsA4QwLAA+CDwAxDQsAdQ0LAIENCwDIDQsA4Q0LABsOCwAdDgsAbg4LAH0OCwDBDgsA4Q4LABQPCwAcDwsAZw8LAIoPCwC6DwsA0A8LAA0QCwASEAsAYBALAGMQCwCzEAsAvRALAAYRCwAOEQsAWRELAF8RCwCsEQsAuBELAP8RCwAOEgsAUhILAF4SCwClEgsAshILAPgSCwACEwsASxMLAFMTCwCeEwsArRMLAPETCwDzEwsARBQLAFUUCwCXFAsAqBQLAOoUCwDyFAsAPRULAE4VCwCQFQsAkhULAOMVCwDmFQsANhYLAEAWCwCJFgsArRYLANwWCwD4FgsAYoIPADUXCwCCFwsAhxcLANUXCwDkFwsAKBgLADQYCwB7GAsAfhgLAM4YCwDRGAsAIRkLACkZCwB0GQsAgxkLAMcZCwDMGQsAGhoLADAaCwBtGgsAbhoLAMAaCwDRGgsAExsLAB8bCwBmGwsAcBsLALkbCwDFGwsADBwLABMcCwC1gg8AYxwLALIcCwDAHAsABR0LAA8dCwBYHQsAYx0LAKsdCwCzHQsA/h0LAAoeCwBRHgsAZB4LAKQeCwCyHgsA9x4LAAEfCwBKHwsAUh8LAJ0fCwCsHwsA8B8LAPUfCwBDIAsASiALAJYgCwCiIAsACIMPAPUgCwA8IQsAPyELAI8hCwCSIQsA4iELAPwhCwA1IgsAQSILAIgiCwCbIgsA2yILAOkiCwAuIwsAOCMLAIEjCwCkIwsAW4MPAN4jCwAnJAsAMyQLAHokCwCBJAsAzSQLANUkCwAgJQsAJCULAHMlCwCBJQsAxiULANAlCwAZJgsAJCYLAGwmCwB0JgsAvyYLAM4mCwASJwsAFycLAGUnCwBsJwsAuCcLAMQnCwALKAsAEygLAK6DDwB0KAsATuEMAHcoCwCxKAsAuygLAAQpCwAQKQsAVykLAFopCwCqKQsAtCkLAP0pCwAAKgsAUCoLAGAqCwCjKgsApSoLAPYqCwAEKwsASSsLAForCwABhA8AoysLAFSEDwD4KwsAQiwLAPkrCwDazQwADywLAM8FDABbLAsAlSwLAJ8sCwDoLAsA9CwLADstCwA+LQsAji0LAJgtCwCnhA8A5i0LADQuCwBULgsAhy4LAI8uCwD6hA8A6C4LAC0vCwBDLwsAgC8LAIwvCwDTLwsA2i8LACYwCwAuMAsAeTALAH4wCwDMMAsA1TALAB8xCwApMQsAcjELAHoxCwDFMQsA0zELABgyCwAlMgsAazILAHMyCwBNhQ8AzjILABEzCwAZMwsAoIUPAGszCwC3MwsAwzMLAAo0CwARNAsAXTQLAGU0CwCwNAsAujQLAAM1CwARNQsAVjULAGw1CwCpNQsAtTULAPw1CwABNgsATzYLAFg2CwCiNgsArDYLAPU2CwD9NgsASDcLAE03CwCbNwsAqzcLAO43CwD2NwsA84UPAEs4CwCUOAsAlzgLADXICwCcOAsARoYPAPU4CwA6OQsAUDkLAI05CwCZOQsA4DkLAOc5CwAzOgsAOzoLAIY6CwCLOgsA2ToLAOI6CwAsOwsANjsLAH87CwCHOwsA0jsLANQ7CwArRwsA4DsLACU8CwAyPAsAeDwLAIA8CwCZhg8A1zwLAB49CwAhPQsAcT0LAHs9CwDshg8A0j0LABc+CwAtPgsAaj4LAHY+CwC9PgsAxD4LABA/CwAYPwsAYz8LAGg/CwC2PwsAvz8LAAlACwATQAsAXEALAGRACwCvQAsAsUALAAJBCwASQQsAVUELAF9BCwCoQQsAtEELAPtBCwABQgsAkocPAFxCCwChQgsAt0ILAPRCCwAAQwsAR0MLAExDCwCaQwsAo0MLAO1DCwD3QwsAQEQLAEhECwCTRAsAtUQLAOWHDwD1RAsAOUULAEVFCwCMRQsAjUULAN9FCwDpRQsAMkYLAEBGCwCFRgsAikYLANhGCwDlRgsAOIgPADtHCwB+RwsAiEcLANFHCwDdRwsAJEgLACpICwB3SAsAf0gLADGJDwDPSAsAHUkLACVJCwBwSQsAfEkLACpTCwCJSQsAw0kLAM9JCwAWSgsAHkoLAISJDwB2SgsAvEoLAMRKCwAPSwsAHUsLAGJLCwBvSwsAtUsLALhLCwAITAsAEkwLAFtMCwBdTAsArkwLALtMCwABTQsAEE0LAFRNCwBgTQsAp00LAK9NCwDXiQ8ACk4LAE1OCwBVTgsAoE4LAKxOCwDzTgsA+U4LAEZPCwBMTwsAmU8LAJ5PCwDsTwsA8k8LACqKDwBMUAsAklALAJdQCwDlUAsA71ALADhRCwBAUQsAi1ELAJdRCwDeUQsA8VELADFSCwA/UgsAhFILAIdSCwDXUgsA4VILAH2KDwA9UwsAfVMLAItTCwDQUwsA01MLACNUCwAtVAsA0IoPAHtUCwDJVAsAhFQLAJ1yCwDRVAsAHFULAChVCwBvVQsAdVULAMJVCwCCVQsAWHALAMhVCwAVVgsAGlYLAGhWCwBuVgsAI4sPAMFWCwAOVwsAE1cLAGFXCwBnVwsAdosPAMJXCwAHWAsAIlgLAFpYCwBmWAsArVgLALRYCwDJiw8ACVkLAFNZCwBgWQsAplkLALJZCwD5WQsADFoLAExaCwBNWgsAn1oLAKtaCwDyWgsAAVsLAEVbCwBPWwsAmFsLAKRbCwDrWwsA8lsLAByMDwBEXAsAkVwLAJdcCwDkXAsA6VwLADddCwA9XQsAwowPAJNdCwDdXQsA6l0LADBeCwA0XgsAg14LAIVeCwDWXgsA414LAClfCwAzXwsAFY0PAINfCwDPXwsA118LACJgCwAuYAsAdWALAIhgCwDIYAsA12ALABthCwAnYQsAbmELAG9hCwDBYQsAy2ELABRiCwAiYgsAZ2ILAGxiCwC6YgsAx2ILAGiNDwAZYwsAYGMLAGZjCwCzYwsAuWMLAAZkCwALZAsAWWQLAF9kCwC7jQ8AsWQLAP9kCwAJZQsAYY4PAFplCwClZQsAsmULAPhlCwD9ZQsAS2YLAFVmCwCeZgsApmYLAPFmCwD9ZgsARGcLAFdnCwCXZwsAmGcLAOpnCwD2ZwsAPWgLAExoCwCQaAsAmmgLAONoCwDraAsANmkLADhpCwC0jg8AkmkLANxpCwDraQsAL2oLAD5qCwCCagsAjmoLANVqCwDYagsAKGsLACtrCwAHjw8AfWsLAM5rCwDRawsAIWwLAClsCwB0bAsAgWwLAMdsCwDMbAsAGm0LACRtCwBtbQsAdW0LAMBtCwDMbQsAE24LACZuCwBmbgsAZ24LALluCwDFbgsADG8LABtvCwBfbwsAaW8LALJvCwC+bwsABXALAAxwCwBajw8AZ3ALAKtwCwC3cAsA/nALAP9wCwBRcQsAW3ELAKRxCwCycQsA93ELAPxxCwBKcgsAV3ILAK2PDwCucgsAAJAPAP1yCwBDcwsAUXMLAJZzCwCncwsA6XMLAAt0CwBTkA8AQXQLAI90CwBCdAsAu6kLAJd0CwDidAsA43QLABl5CwDldAsAEnoLAOd0CwAgeAsA6HQLAF57CwDpdAsAJ3cLAPF0CwA1dQsA+3QLAEl+CwA6dQsAiHULAJV1CwDbdQsA6HULAC52CwA6dgsAgXYLAJB2CwDUdgsA3nYLAKaQDwA1dwsAencLAHx3CwDNdwsA3ncLAPmQDwAheAsAc3gLAH94CwDGeAsA03gLAEyRDwAneQsAbHkLAHl5CwC/eQsA1nkLAJ+RDwAbegsAqnwLABx6CwBlegsAZ3oLALh6CwC+egsAC3sLABV7CwDykQ8AansLALF7CwCzewsABHwLABN8CwBXfAsAYnwLAEWSDwC5fAsA/XwLAAx9CwBQfQsAXH0LAKN9CwCvfQsA9n0LAP19CwCYkg8AVX4LAJx+CwCkfgsA65IPAAh/CwBCfwsAU38LAJV/CwChfwsAPpMPAO9/CwA7gAsAQ4ALAI6ACwCPgAsA4YALAOeACwA0gQsAOYELAIeBCwCIgQsA2oELAOaBCwAtggsAM4ILAICCCwCKggsA04ILAOGCCwADiAsA54ILACaDCwAugwsAkZMPAImDCwDMgwsA1IMLAB+ECwAohAsAcoQLACyECwAKhwsAf4QLAMWECwDMhAsAGIULACSFCwBrhQsAe4ULAL6FCwDMhQsAEYYLAB6GCwBkhgsAcIYLALeGCwC+hgsA5JMPABOHCwBdhwsAbocLALCHCwDBhwsAN5QPAA+ICwBWiAsAWYgLAKmICwCxiAsA/IgLAAGJCwBPiQsAX4kLAKKJCwCqiQsA9YkLAP6JCwBIigsAAooLAOCMCwBVigsAm4oLAKKKCwDuigsA+ooLAEGLCwBRiwsAlIsLAKKLCwDniwsA9IsLADqMCwBGjAsAjYwLAJSMCwCKlA8A6YwLADONCwBEjQsAho0LAJeNCwDdlA8A3o0LACyOCwA5jgsAf44LAIuOCwDSjgsA3I4LACWPCwA5jwsAeI8LAHmPCwDLjwsA148LAB6QCwA9kAsAcZALAHmQCwDEkAsAyZALABeRCwAwkQsAapELAJORCwC9kQsAyZELABCSCwAfkgsAY5ILAG2SCwC2kgsAvpILAAmTCwAUkwsAXJMLAF6TCwCvkwsAspMLAAKUCwAKlAsAVZQLAGKUCwColAsArZQLAPuUCwADlQsATpULAFCVCwChlQsAq5ULAPSVCwD+lQsAR5YLAE2WCwCalgsAqJYLAO2WCwAGlwsAQJcLAEmXCwCTlwsAnZcLAOaXCwDylwsAMJUPAEWYCwCMmAsAlpgLAN+YCwDqmAsAMpkLADeZCwCFmQsAjJkLANiZCwDgmQsAK5oLAFWaCwCDlQ8AhZoLANGaCwDZmgsAJJsLAE6bCwB3mwsAfJsLAMqbCwDLmwsAHZwLACecCwBwnAsAfpwLAMOcCwDInAsAFp0LACOdCwBpnQsAhZ0LALydCwDYnQsA1pUPAByeCwBingsAZp4LALWeCwC7ngsACJ8LAAqfCwBbnwsAXJ8LAK6fCwDRnwsAAaALACWgCwBUoAsAfqALAKegCwCvoAsA+qALAP+gCwBNoQsAWqELAKChCwCooQsA86ELAPWhCwBGogsATqILAJmiCwDDogsA7KILAPmiCwA/owsARKMLAJKjCwCfowsA5aMLAPGjCwA4pAsAYqQLAIukCwCTpAsA3qQLAPmkCwAxpQsAM6ULAISlCwCVpQsA16ULAOClCwAqpgsANqYLACmWDwCKpgsA0KYLAOumCwAjpwsAKKcLAHanCwCWpwsAyacLANWnCwAcqAsAJKgLAHyWDwB9qAsAwqgLAMyoCwAVqQsAIKkLAGipCwBwqQsAIpcPAMSpCwAOqgsAGKoLAGGqCwBsqgsAtKoLAMiqCwAHqwsAHKsLAFqrCwBiqwsArasLAMSrCwAArAsABawLAFOsCwBdrAsApqwLAK6sCwB1lw8A+6wLAEytCwBdrQsAn60LAKKtCwDyrQsA/q0LAMiXDwBTrgsAmK4LAKmuCwAbmA8A7q4LAD6vCwBBrwsAka8LAJ2vCwDkrwsA6q8LADewCwBBsAsAbpgPAJewCwDdsAsA9LALADCxCwA4sQsAwZgPAIuxCwAUmQ8A37ELACmyCwA2sgsAfLILAIayCwDPsgsA3bILACKzCwA4swsAdbMLAIGzCwDIswsA1LMLABu0CwAutAsAbrQLAH20CwDBtAsAzbQLABS1CwAVtQsAZ7ULAHG1CwC6tQsAyLULAA22CwAStgsAYLYLAG22CwBnmQ8AwbYLAAa3CwActwsAWbcLAGW3CwCstwsAs7cLAP+3CwAHuAsAUrgLAFe4CwCluAsArrgLAPi4CwACuQsAS7kLAFO5CwCeuQsAorkLAPG5CwDzuQsARLoLAFK6CwCXugsAoboLAOq6CwD4ugsAPbsLAEq7CwCQuwsAp7sLAOO7CwDruwsANrwLAEa8CwCJvAsAjrwLANy8CwDivAsAL70LADe9CwCCvQsAh70LANW9CwDWvQsAKL4LADS+CwB7vgsAgb4LAM6+CwDQvgsAIb8LACu/CwB0vwsAgr8LAMe/CwDMvwsAGsALACfACwBgmg8AhMALAMDACwDGwAsAE8ELAB/BCwBmwQsAfcELALnBCwC7wQsADMILABbCCwBfwgsAa8ILALLCCwC+wgsABcMLAAvDCwBYwwsAXsMLAKvDCwCwwwsA/sMLAATECwCzmg8AVMQLAHeNDQBcxAsApMQLAKXECwD3xAsAAcULAErFCwB6xQsABpsPAKDFCwDwxQsA+sULAFmbDwBMxgsAlsYLAKzGCwDpxgsA/8YLADzHCwA+xwsAj8cLAJXHCwDixwsA9scLAP+bDwA9yAsAiMgLAFHICwCz7Q8AjsgLAJC0DACYyAsA28gLAKHICwA8Ew0A3cgLAC7JCwA8yQsAgckLAJLJCwBSnA8A28kLAKWcDwAwygsAd5QMADPKCwB6ygsAfcoLAM3KCwDWygsAIMsLADHLCwBzywsAfcsLAMbLCwDOywsAGcwLAOLLCwD74AwAHMwLAGzMCwB1zAsAv8wLANXMCwASzQsAKM0LAGXNCwBnzQsAuM0LAL7NCwALzgsAH84LAPicDwCJzgsAsc4LANzOCwBLnQ8ACs8LAKmBDAAQzwsAo9ALABHPCwBIgwwAE88LAE+CDAAUzwsAV88LAFnPCwCqzwsAuM8LAP3PCwAO0AsAnp0PAFjQCwDxnQ8AqdALAPbQCwD80AsASdELAE7RCwCc0QsAotELAESeDwD70QsAQtILAErSCwDqng8AodILAOjSCwDy0gsAO9MLAETTCwCO0wsAj9MLAOHTCwDp0wsANNQLADnUCwCH1AsAl9QLAJCfDwDm1AsALdULAC/VCwCA1QsAhtULANPVCwDa1QsAJtYLACvWCwB51gsAfdYLAMzWCwDZ1gsAH9cLACfXCwBy1wsAd9cLAMXXCwDV1wsA458PACnYCwBr2AsAd9gLAL7YCwDN2AsAEdkLABvZCwBk2QsActkLALfZCwDE2QsACtoLACHaCwA2oA8AYNoLANygDwCz2gsAA9sLALfaCwAnrg8AC9sLAFbbCwCB2wsAqdsLANTbCwD82wsAJ9wLAC+hDwBY3AsAotwLAKPcCwD13AsABN0LAEjdCwAL3QsA594LAFndCwCb3QsAnd0LAO7dCwDx3QsAQd4LAETeCwCU3gsAnN4LACiiDwDs3gsAOt8LAEHfCwCN3wsAlt8LAODfCwDx3wsAM+ALAD/gCwCG4AsAjuALAHuiDwDf4AsALOELADPhCwB/4QsAhOELANLhCwDW4QsAJeILADLiCwB44gsAh+ILAMviCwDc4gsAHuMLACDjCwBx4wsAdOMLAMTjCwDH4wsAF+QLAB/kCwDOog8Ab+QLABsHDAB15AsAHJoNAHbkCwC95AsAwOQLABDlCwAa5QsAIaMPAGzlCwC25QsAxeULAAnmCwAY5gsAXOYLAGjmCwCv5gsAsuYLAALnCwAF5wsAdKMPAFjnCwCo5wsA0+cLAMejDwAD6AsAGqQPAFboCwBtpA8AqegLAMCkDwD56AsAR+kLAFTpCwCa6QsAnekLAO3pCwDy6QsAQOoLAFHqCwCT6gsAn+oLABOlDwDr6gsAOesLAErrCwCM6wsAmOsLAN/rCwD56wsAMuwLADbsCwAk7gsAOewLAGnwCwA87AsAtfELAD7sCwAd7wsAQOwLACvtCwBD7AsAhewLAIrsCwDY7AsA7+wLAGalDwA47QsAfu0LAI7tCwDR7QsA1u0LALmlDwAm7gsAd+4LAH3uCwDK7gsA1+4LAAymDwAj7wsAcO8LAHbvCwDD7wsAyO8LABbwCwAc8AsAX6YPAHXwCwC88AsA1fALAA/xCwAY8QsAYvELAHnxCwCypg8Au/ELAAjyCwAK8gsAW/ILAGryCwCu8gsAuvILAAWnDwAK8wsAVPMLAGLzCwCn8wsAsfMLAPrzCwAG9AsATfQLAFD0CwCg9AsAvPQLAPP0CwD79AsAWKcPAFL1CwCZ9QsAnPULAOz1CwD29QsAUagPAEj2CwCS9gsAoPYLAOX2CwDv9gsAOPcLAET3CwCL9wsAk/cLAPeoDwDg9wsAMfgLAD/4CwCE+AsAlfgLAEqpDwDe+AsAnakPAC/5CwB9+QsAhfkLAND5CwDW+QsAI/oLACz6CwB2+gsAg/oLAEOqDwDO+gsAHPsLANX6CwC7/AsAJfsLAG/7CwB5+wsAwvsLAMr7CwAV/AsAVfwLAGj8CwBw/AsAlqoPAMH8CwAO/QsAFP0LAGH9CwBp/QsAtP0LAPT9CwAH/gsAD/4LAOmqDwBi/gsAPKsPALb+CwAA/wsADv8LAFP/CwBd/wsApv8LALL/CwD5/wsA/P8LAEwADABUAAwA4qsPAKsADADyAAwA9QAMAEUBDABPAQwANawPAKABDACIrA8A+QEMAD4CDABPAgwAkQIMAJ0CDADkAgwA5wIMANusDwB5AwwAigMMAMwDDAAurQ8A7QMMADAEDAAyBAwAgwQMAJEEDADWBAwA5wQMAIGtDwBFBQwAfAUMAIQFDADUrQ8A3QUMACIGDAAjBgwAeq4PAIEGDADIBgwAzwYMAM2uDwAiBwwAbgcMAHMHDAAgrw8AyQcMAHOvDwAcCAwAZwgMAFcIDABqKQ4AaAgMAA1cDABqCAwA/10MAHAIDAC6CAwAcQgMAMFaDAB3CAwABl0MAMcIDAANCQwAGAkMAGAJDABiCQwAswkMAMAJDAAGCgwADQoMAFkKDABqCgwArAoMALgKDAD/CgwABgsMAFILDABaCwwAxq8PAKsLDAD4CwwA/gsMAEsMDABQDAwAngwMAKQMDAAZsA8A/QwMAEQNDABODQwAlw0MAJsNDADqDQwA9g0MAD0ODABJDgwAkA4MAJ0ODADjDgwA6w4MADYPDABADwwAiQ8MAJUPDADcDwwA3w8MAC8QDAA5EAwAv7APAIQQDADVEAwA2BAMACgRDAArEQwAZbEPAIMRDAC4sQ8A3BEMACESDAAiEgwAC7IPAHwSDABesg8AzBIMABoTDAAhEwwAbRMMAHITDACxsg8AyBMMAASzDwAbFAwAZhQMAHAUDAC5FAwAxBQMAAwVDAAaFQwAXxUMAGIVDACyFQwAuhUMAAUWDAAPFgwAWBYMAGQWDACrFgwArhYMAP4WDAAIFwwAV7MPAF8XDACkFwwAuhcMAPcXDAADGAwAShgMAFEYDACdGAwApRgMAPAYDAD1GAwAQxkMAEwZDACWGQwAoBkMAOkZDADxGQwAPBoMAD4aDACPGgwAnxoMAOIaDADsGgwANRsMAEEbDACIGwwAjhsMANsbDADjGwwA/bMPADwcDACBHAwAghwMAFC0DwDZHAwAo7QPACkdDAB6HQwAex0MAM0dDADQHQwAIB4MACseDABzHgwAeB4MAMYeDADQHgwA9rQPAD0fDABsHwwAdB8MAEm1DwDBHwwAEiAMACMgDABlIAwAdiAMALggDAC7IAwAnLUPABEhDABeIQwAYyEMALEhDAC0IQwABCIMAAciDABXIgwAXyIMAO+1DwC4IgwA/SIMAAAjDABQIwwAWyMMAKMjDACvIwwA9iMMAP0jDABJJAwAUSQMAJwkDACqJAwA7yQMAPwkDABCJQwASiUMAEK2DwChJQwA6CUMAOslDAA7JgwARSYMAI4mDACWJgwAlbYPAO0mDAA0JwwAOicMAIcnDACRJwwA2icMAO4nDAAtKAwANSgMAOi2DwCNKAwA0ygMANsoDAAmKQwAKSkMAHkpDACFKQwAzCkMANYpDAAfKgwAKCoMAHIqDABzKgwAxSoMAN0qDAAYKwwAGisMAGsrDAB8KwwAvisMAM8rDAARLAwAGSwMAGQsDABzLAwAtywMALksDAAKLQwAGy0MAF0tDABuLQwAsC0MAMktDAADLgwABS4MAFYuDABlLgwAqS4MAMkuDACOtw8AQS8MAE8vDACULwwA4bcPAKQvDAD1LwwAFTAMAEgwDABcMAwANLgPAKMwDADuMAwA+zAMAEExDABGMQwAlDEMAJ4xDADnMQwA7zEMADoyDABAMgwAjTIMAJYyDADgMgwA7TIMAIe4DwA/MwwAhjMMAIwzDADZMwwA3zMMACw0DAA1NAwAfzQMAIA0DADSNAwA3DQMACU1DAAxNQwAeDUMAH81DADauA8A0zUMAC25DwAmNgwAgLkPAHk2DADTuQ8A0DYMABc3DAAnNwwAajcMAG83DAC9NwwAwzcMABA4DAAcOAwAYzgMAGs4DAAmug8AxzgMAAk5DAAaOQwAXDkMAG45DACvOQwAtzkMAAI6DAANOgwAVToMAFo6DACoOgwArToMAPs6DAAbOwwAeboPAF47DAChOwwAqzsMAPQ7DAAAPAwARzwMAE08DACaPAwAojwMAO08DADvPAwAQD0MAPk8DADDQgwAUT0MAJM9DACkPQwA5j0MAPg9DAA5PgwAQT4MAIw+DACXPgwA3z4MAOQ+DAAyPwwANz8MAIU/DAClPwwAzLoPANo/DAArQAwAOkAMAH5ADACJQAwA0UAMAONADAAkQQwALEEMAHdBDACCQQwAykEMAM9BDAAdQgwAIkIMAHBCDACQQgwAH7sPAMVCDAAWQwwAJUMMAGlDDAB0QwwAvEMMAM5DDAAPRAwAF0QMAGJEDABtRAwAtUQMALpEDAAIRQwADUUMAFtFDAB7RQwAcrsPALtFDAABRgwAGEYMAMW7DwBhRgwAp0YMAL5GDAAYvA8AB0cMAE1HDABURwwAoEcMAK5HDADzRwwAAEgMAEZIDABdSAwAa7wPAKFIDAC+vA8A7kgMAD9JDABNSQwAkkkMAKNJDAARvQ8A8kkMADhKDABPSgwAZL0PAJVKDADeSgwA6koMADFLDAA0SwwAhEsMAI5LDAC3vQ8A80sMAAq+DwAyTAwAXb4PAIVMDADQTAwA0UwMAGFQDADTTAwAb04MANdMDAAwVwwA2kwMACNNDADfTAwAU1IMAOBMDABaUQwAKE0MAIpWDAAvTQwAdk0MAHlNDADJTQwA000MALC+DwAkTgwAA78PAHhODADCTgwAj04MAD5VDADQTgwAFU8MAB9PDABoTwwAdE8MALtPDAC+TwwADlAMABZQDABWvw8AY1AMALRQDAC3UAwAB1EMAApRDACpvw8AXFEMAK1RDAC7UQwAAFIMABFSDABPwA8AVVIMAKZSDACzUgwA+VIMAAhTDABMUwwAWFMMAJ9TDACwUwwA8lMMAANUDABFVAwAUVQMAJhUDACfVAwA61QMAPNUDAD1wA8ATFUMAJFVDACSVQwASMEPAPBVDAA3VgwAPlYMAJvBDwCRVgwA3VYMAOJWDABBwg8AOVcMAINXDACJVwwA1lcMANhXDAApWAwAM1gMAHxYDACKWAwAz1gMANRYDAAiWQwAL1kMAHVZDACNWQwAyFkMAN5ZDAAbWgwAHloMAG5aDAB2WgwA58IPAM1aDAAUWwwAF1sMAGdbDABxWwwAOsMPAMJbDACNww8AD1wMAGBcDABjXAwAs1wMALZcDADgww8ACF0MAFldDABnXQwArF0MAL1dDACGxA8ACF4MAFJeDABgXgwApV4MAGteDACm8Q0Ar14MAPheDAAEXwwAS18MAE5fDACeXwwApl8MACzFDwALYAwAf8UPAF5gDACXYAwAsWAMANLFDwDvYAwAIWUMAPhgDADHZQwA+mAMAD1hDAA/YQwAkGEMAJ5hDADjYQwA9GEMACXGDwA9YgwAeMYPAI9iDADcYgwA4mIMAC9jDAA0YwwAgmMMAIhjDADLxg8A22MMAChkDAAtZAwAe2QMAJFkDADOZAwA1mQMAHHHDwBBZQwAdGUMAHxlDADExw8A3mUMABpmDAAnZgwAbWYMAHJmDADAZgwAxmYMABNnDAAfZwwAZmcMAG1nDAC5ZwwAwWcMAAxoDAAvaAwAasgPAGhoDACyaAwAv2gMAAVpDAAUaQwAWGkMAFppDACraQwAtGkMAP5pDAAVagwAUWoMAFxqDACkagwArmoMAPdqDAD/agwAvcgPAFBrDACdawwAo2sMAPBrDAD1awwAQ2wMAElsDAAQyQ8AuGwMAOlsDADxbAwAtskPAEVtDACPbQwAkG0MAOJtDADqbQwANW4MAEBuDACIbgwAjW4MANtuDADgbgwALm8MAE5vDAAJyg8Ah28MANRvDADbbwwAJ3AMACxwDAB6cAwAfnAMAM1wDADacAwAIHEMAChxDABzcQwAfnEMAMZxDADLcQwAGXIMAB5yDABscgwAjHIMAFzKDwDOcgwAEnMMAB1zDABlcwwAbXMMALhzDAC7cwwAC3QMAMJzDAD2dgwAF3QMAF50DABodAwAsXQMALp0DAAEdQwABXUMAFd1DABfdQwAqnUMALV1DAD9dQwAAnYMAFB2DABVdgwAo3YMAMN2DACvyg8AAncMAEl3DABLdwwAnHcMAKJ3DADvdwwA9ncMAEJ4DABHeAwAlXgMAJl4DADoeAwA9XgMADt5DABDeQwAjnkMAJl5DADheQwA5nkMADR6DAA5egwAh3oMAKd6DAACyw8A4noMAFXLDwA3ewwAgHsMAIl7DADTewwA2XsMACZ8DAAyfAwAeXwMAJd8DADMfAwAzXwMAB99DAAhfQwAcn0MAH99DADFfQwA030MABh+DAAnfgwAa34MAId+DAC+fgwAxn4MAPvLDwAkfwwAZH8MAGV/DAC3fwwAw38MAAqADAAZgAwAXYAMAGeADACwgAwAvIAMAAOBDAAKgQwATswPAF6BDAChzA8AsoEMAPyBDAAJggwA9MwPAFSCDACiggwAr4IMAPWCDAD/ggwAR80PAEqDDACbgwwAsYMMAO6DDAD6gwwAms0PAEmEDABomw0AX4QMAJSEDACyhAwA54QMAO+EDAA6hQwACYUMALi/DQA7hQwA2YYMAD2FDAAliAwARoUMAAvADQBKhQwAjYUMAI+FDADghQwA7oUMADOGDABEhgwA7c0PAI6GDABAzg8A24YMACyHDAAvhwwAf4cMAIKHDACTzg8A2ocMAObODwAviAwAvd0MAEWIDAB4iAwAhogMAMuIDADMiAwAOc8PACaJDACMzw8AlIkMAN/PDwDRiQwAF4oMACWKDABqigwAdIoMAL2KDADFigwAEIsMABGLDADtjwwAK4sMAKiNDAA5iwwAY4sMAGyLDAC2iwwAt4sMAAmMDAAXjAwAXIwMAGaMDACvjAwAu4wMAAKNDAAIjQwAVY0MAHGNDAAy0A8Ato0MAPuNDAAIjgwATo4MAFiODAChjgwAo44MAPSODAALjwwAR48MAFOPDACajwwAto8MAIXQDwD+jwwAQJAMAEKQDACTkAwAnZAMAOaQDAD2kAwAOZEMAD6RDACMkQwAkpEMAN+RDAD1kQwAMpIMADqSDACFkgwAiJIMANiSDADhkgwAK5MMADmTDAB+kwwAiJMMANGTDADdkwwAJJQMAECUDADY0A8AhJQMAMqUDADSlAwAHZUMACCVDABb6wwALZUMAHCVDABylQwAYuoMAH6VDADDlQwA0JUMABaWDAAklgwAaZYMAGyWDAC8lgwAx5YMAA+XDAAblwwAYpcMAGmXDAC1lwwAvZcMAAiYDAAKmAwAW5gMAGuYDACumAwAuJgMAAGZDAANmQwAVJkMAFqZDACnmQwAr5kMACvRDwD8mQwATZoMAFuaDACgmgwArZoMAPOaDAD/mgwARpsMAEybDACZmwwAnJsMAOybDAD0mwwAP5wMAEGcDAAcoQwAQpwMAN6dDABPnAwAkpwMAJScDACmpQwAl5wMAOWcDADunAwAOJ0MAEWdDACLnQwAkp0MAH7RDwDnnQwADqMMAOidDAB9nwwA/p0MADGeDAA/ngwAhJ4MAIWeDADR0Q8A454MACqfDAAxnwwAJNIPAH+fDADQnwwA1p8MACOgDAAtoAwAdqAMAIKgDADJoAwA0KAMAHfSDwA1oQwAb6EMAHShDADCoQwAyKEMABWiDAAfogwAaKIMAHSiDAC7ogwAwqIMAMrSDwAdowwAYaMMAHCjDAC0owwAwKMMAAekDAAKpAwAWqQMAF2kDACtpAwAvaQMAAClDAAJpQwAU6UMAGSlDAAd0w8AtKUMAPmlDAAKpgwAcNMPAFOmDADD0w8Ap6YMAPKmDAD0pgwAz6sMAPWmDACRqAwAAqcMAEWnDABHpwwAWbAMAEqnDACYpwwAoacMAOunDAD4pwwAPqgMAEWoDAAW1A8AmqgMAMGtDACbqAwAMKoMALGoDADkqAwA8qgMADepDAA4qQwAadQPAJapDADdqQwA5KkMALzUDwAyqgwAg6oMAImqDADWqgwA4KoMACmrDAA1qwwAfKsMAIOrDAAP1Q8A6KsMACKsDAAnrAwAdawMAHusDADIrAwA0qwMAButDAAnrQwAbq0MAHWtDABi1Q8A0K0MABSuDAAjrgwAZ64MAHOuDAC6rgwAva4MAA2vDAAQrwwAYK8MAHCvDACzrwwAvK8MAAawDAAXsAwAtdUPAGewDACssAwAvbAMAAjWDwAGsQwAW9YPAFqxDAClsQwA3LEMAPixDAAAsgwAS7IMAFuyDACesgwAoLIMAPGyDAD/sgwARLMMAFWzDACu1g8AnbMMAOqzDAD2swwAAdcPAGm0DACn1w8AmbQMAOO0DADwtAwANrUMAFK1DACJtQwAkbUMAPrXDwDttQwAL7YMADG2DACCtgwAg7YMANW2DADYtgwAKLcMADS3DAB7twwAgrcMAM63DADqtwwAIbgMACm4DACg2A8AgbgMAMe4DADXuAwAGrkMAB+5DABtuQwAnbkMAPPYDwDGuQwARtkPABu6DABmugwAZ7oMAHrDDABsugwAb0AOAHC6DAC5ugwAcroMAPC+DAB2ugwAUb0MAIS6DAC4xgwAvroMAPo4DgDEugwAHTQOAMW6DAAMuwwAD7sMAF+7DABpuwwAmdkPALq7DAAFvAwAC7wMAFi8DABhvAwAq7wMALi8DAD+vAwAGr0MAOzZDwBTvQwApL0MAFa9DAAARA4Asr0MAPe9DAAIvgwAP9oPAFC+DACdvgwAqb4MAJLaDwD2vgwAQ78MAEm/DACWvwwAm78MAOm/DADvvwwAi9sPAEPADACE3A8AlMAMAOLADADqwAwANcEMAEHBDACIwQwAm8EMANvBDADnwQwALsIMAD3CDACBwgwAisIMANTCDADewgwAJ8MMADPDDAAq3Q8Ai8MMAM3DDADZwwwAIMQMACLEDABzxAwAdsQMAMbEDADSxAwAGcUMACHFDAB93Q8AeMUMAL/FDADPxQwAEsYMAB7GDABlxgwAa8YMANDdDwDaxgwAC8cMABPHDABexwwAhscMALHHDAC8xwwABMgMABDIDABXyAwAaMgMAKrIDACryAwAI94PAAPJDABQyQwAXckMAHbeDwCwyQwA9skMAA3KDABJygwAecoMAJzKDACkygwA78oMAPnKDABCywwATssMAJXLDACYywwA6MsMAPLLDADJ3g8AQ8wMAI7MDACUzAwA4cwMAOrMDAA0zQwAQc0MAIfNDACjzQwAHN8PANzNDAAtzgwA4c0MACXbDAA6zgwAgM4MAIfODADTzgwA1c4MACbPDAAszwwAec8MAIDPDADMzwwA5M8MAB/QDAAk0AwActAMACvQDAAY0QwAe9AMAMXQDADP0AwAb98PAB7RDABr0QwAcdEMAL7RDADD0QwAEdIMABfSDADC3w8AZdIMALfSDADI0gwACtMMABbTDABd0wwAZ9MMALDTDAC80wwAA9QMAArUDAAV4A8AWNQMAKnUDABh1AwArE8OAKzUDAD81AwAHNUMAE/VDABX1QwAaOAPALPVDAD11QwA/NUMAEjWDABQ1gwAm9YMAJ7WDAA62AwAq9YMAO7WDADw1gwAQdcMAE/XDACU1wwApdcMALvgDwDu1wwADuEPAEPYDACN2AwAnNgMAODYDADv2AwAM9kMAD/ZDACG2QwAidkMANnZDADc2QwALNoMADzaDAB/2gwAiNoMANLaDADj2gwAYeEPACrbDAB42wwAgdsMAMvbDADV2wwAHtwMACbcDABx3AwAj9wMAMTcDADi3AwAF90MADXdDABq3QwAiN0MALThDwDE3QwAEN4MABXeDABj3gwAHN4MAFzfDABs3gwAtt4MAMDeDAAJ3wwAJd8MAAfiDwBi3wwAr98MALXfDAAC4AwAHuAMAFriDwB94AwAAOMPANDgDABT4w8AA+EMAEzkDwBk4QwAoeEMAKPhDAD04QwA+uEMAEfiDABb4gwAmuIMAKLiDADt4gwAFeMMAJ/kDwBJ4wwAk+MMAKDjDADm4wwA9OMMADnkDABD5AwAjOQMAKbkDADf5AwA7OQMADLlDAA+5QwAheUMAI/lDADY5QwA4OUMAPLkDwAy5gwAfuYMAIbmDABF5Q8AquYMAD7mDwDd5gwAJOcMACvnDAB35wwAf+cMAJjlDwDM5wwAHegMAC7oDABw6AwAeOgMAMPoDADN6AwAFukMACLpDABp6QwAbOkMALzpDADG6QwAkeYPACvqDADk5g8AcOoMALXqDADG6gwAN+cPAA/rDACK5w8AZOsMAK7rDAC96wwAAewMABDsDABU7AwAYOwMAKfsDACq7AwA+uwMAP3sDABN7QwAXe0MAKDtDACp7QwA8+0MAATuDADd5w8AUu4MAJnuDACh7gwAMOgPAO7uDAA/7wwA+O4MAOXvDABC7wwAku8MAJrvDACD6A8A6+8MADjwDABE8AwAi/AMAJPwDADW6A8A6vAMADHxDAA08QwAhPEMAI7xDAAp6Q8A3PEMACryDABA8gwAffIMAH7yDADQ8gwA4fIMACPzDAAv8wwAdvMMAIDzDADJ8wwA1fMMAHzpDwAo9AwAb/QMAHL0DADC9AwAzPQMACLqDwAY9QwAaPUMAGv1DAC79QwAx/UMAA72DAAU9gwAYfYMAGv2DAB16g8AufYMAAf3DAAU9wwAWvcMAF33DACt9wwAyfcMAAD4DAAI+AwAyOoPAFv4DAAb6w8ArvgMAG7rDwD8+AwATPkMABD5DACPuQ0AbPkMAJ/5DACz+QwAwesPAP/5DAAU7A8ARvoMAJj6DACe+gwA6/oMAPf6DAA++wwATfsMAJH7DACT+wwA5PsMAO77DAA3/AwAQ/wMAIr8DACR/AwAZ+wPAOn8DAC67A8AOP0MAA3tDwDI/QwA1v0MABv+DAAp/gwAbv4MAHz+DADB/gwAz/4MABT/DAAi/wwAZ/8MAHX/DAC6/wwAYO0PAMr/DAAbAA0AKQANAG4ADQB/AA0ABu4PAMcADQAUAQ0AIAENAFnuDwBtAQ0AugENAMABDQANAg0AEgINAGACDQBmAg0A/+4PALYCDQAGAw0AEgMNAFkDDQBfAw0ArAMNALYDDQCl7w8ABAQNAFIEDQBfBA0ApQQNAKgEDQD4BA0ADQUNAEsFDQBTBQ0A+O8PAKYFDQDxBQ0A/QUNAEQGDQBKBg0AlwYNAJ0GDQDqBg0A7wYNAD0HDQBDBw0A6vEPAJ8HDQDjBw0A8gcNADYIDQA/CA0AiQgNAI8IDQDcCA0A4ggNAC8JDQA7CQ0AggkNAIkJDQDVCQ0A3QkNAJDyDwAyCg0AewoNAIYKDQDOCg0A2goNACELDQAnCw0AdAsNAHwLDQDHCw0A0wsNABoMDQAgDA0AbQwNAHMMDQDADA0AxQwNABMNDQAZDQ0A4/IPAG0NDQC5DQ0Axw0NAAwODQAZDg0AXw4NAHYODQCyDg0Azg4NAAUPDQANDw0ANvMPAGsPDQCrDw0ArQ8NAP4PDQAUEA0AURANAFIQDQCkEA0AtRANAPcQDQADEQ0AifMPAGYRDQDc8w8AnxENAPARDQAGEg0AQxINAEQSDQCWEg0ApxINAOkSDQD1Eg0AL/QPAEETDQCPEw0AlRMNAOITDQACFA0ANRQNAEEUDQCIFA0AjxQNAIL0DwDnFA0AzRYNAOsUDQAuFQ0AMBUNAIEVDQCPFQ0A1BUNAOUVDQDV9A8ALRYNAHoWDQCGFg0AKPUPANMWDQAgFw0AJhcNAHMXDQB4Fw0AxhcNAMwXDQAh9g8ALRgNAGwYDQBtGA0AvxgNAMsYDQASGQ0ALhkNAGUZDQBtGQ0AbfcPAMQZDQALGg0AJxoNAF4aDQBmGg0AE/gPAL0aDQAEGw0AChsNAFcbDQBdGw0AqhsNAMIbDQD9Gw0ABxwNAFAcDQBcHA0AoxwNAKYcDQD2HA0AAB0NAEkdDQBhHQ0AnB0NAKwdDQDvHQ0A8R0NAEIeDQBQHg0AlR4NAKYeDQBm+A8A7h4NADsfDQBHHw0AufgPAJYfDQBf+Q8A7R8NADQgDQA3IA0AhyANAJEgDQCy+Q8A3CANAC0hDQA7IQ0AgCENAJEhDQBY+g8A2iENAKv6DwAuIg0A/voPAIEiDQD3+w8AziINAB8jDQAsIw0AciMNAIEjDQDFIw0AyyMNABgkDQAkJA0AayQNAG0kDQC+JA0AyCQNABElDQAfJQ0AZCUNAGklDQC3JQ0AxCUNAAomDQAWJg0AXSYNAHAmDQCwJg0AvyYNAAMnDQAPJw0AVicNAFcnDQCpJw0AsycNAPwnDQAKKA0ATygNAFQoDQCiKA0ArygNAEr8DwD/KA0ASCkNAFYpDQCbKQ0AnikNAO4pDQD+KQ0AQSoNAE8qDQCUKg0AoCoNAOcqDQDuKg0AOisNAEErDQCNKw0AmSsNAOArDQDhKw0AMywNAD8sDQCGLA0AkywNANksDQDgLA0ALC0NADgtDQB/LQ0AjC0NANItDQDhLQ0AJS4NADkuDQB4Lg0AhC4NAMsuDQDeLg0AHi8NAC0vDQBxLw0AfS8NAMQvDQDFLw0AFzANACEwDQBqMA0AeDANAL0wDQDCMA0AEDENAB0xDQCd/A8AZDENALYxDQDHMQ0ACTINABcyDQBcMg0AazINAK8yDQCxMg0AAjMNAAwzDQBVMw0AYzMNAKgzDQCtMw0A+zMNAAg0DQBONA0AXTQNAKE0DQCmNA0A9DQNAAE1DQBHNQ0AUTUNAJo1DQCmNQ0A7TUNAAA2DQBANg0ASjYNAJM2DQCfNg0A5jYNAPk2DQA5Nw0ASDcNAIw3DQCYNw0A3zcNAOA3DQAyOA0APDgNAIU4DQCTOA0A2DgNAN04DQArOQ0AODkNAPD8DwCDOQ0A0TkNAN45DQAkOg0ALjoNAHc6DQB9Og0AyjoNAMw6DQAdOw0AKjsNAHA7DQBzOw0AwzsNANE7DQAWPA0AIjwNAGk8DQB2PA0AvDwNAMY8DQAPPQ0AHj0NAGI9DQBnPQ0AtT0NAMI9DQAIPg0AFT4NAFs+DQBnPg0Arj4NAL0+DQABPw0ACz8NAFQ/DQBiPw0Apz8NAKw/DQD6Pw0AB0ANAE1ADQBZQA0AoEANALNADQDzQA0AAkENAEZBDQBSQQ0AmUENAJpBDQDsQQ0A9kENAD9CDQBNQg0AkkINAJdCDQDlQg0A8kINAEP9DwBLQw0Ai0MNAJpDDQDeQw0A6kMNADFEDQAyRA0AhEQNAI5EDQDXRA0A5UQNACpFDQAvRQ0AfUUNAIpFDQCW/Q8A40UNACNGDQAyRg0AdkYNAIJGDQDJRg0AykYNABxHDQAmRw0Ab0cNAH1HDQDCRw0Ax0cNABVIDQAiSA0A6f0PAGpIDQC7SA0AyUgNAA5JDQAbSQ0AYUkNAG1JDQC0SQ0AukkNAAdKDQAYSg0AWkoNAFxKDQCtSg0AtkoNAABLDQANSw0AU0sNAGJLDQCmSw0AsUsNAPlLDQAFTA0ATEwNAF9MDQCfTA0ArkwNAPJMDQD+TA0ARU0NAEZNDQCYTQ0Aok0NAOtNDQD5TQ0APk4NAENODQCRTg0Ank4NADz+DwDxTg0AN08NAEVPDQCKTw0AlE8NAN1PDQDrTw0AMFANADJQDQCDUA0AlFANANZQDQDkUA0AKVENAFhRDQB8UQ0AflENAM9RDQDZUQ0AIlINADBSDQB1Ug0AelINAMhSDQDVUg0AG1MNACdTDQBuUw0AgVMNAMFTDQDQUw0AFFQNACBUDQBnVA0AaFQNALpUDQDEVA0ADVUNABtVDQBgVQ0AZVUNALNVDQDAVQ0Aj/4PAAhWDQBZVg0AW1YNAKxWDQC7Vg0A/1YNAA5XDQBSVw0AXlcNAKVXDQCoVw0A+FcNAPtXDQBLWA0AUVgNAJ5YDQCqWA0A8VgNAPRYDQBEWQ0ASVkNAJdZDQCgWQ0A6lkNAPBZDQA9Wg0ATFoNAJBaDQCcWg0A41oNAPNaDQA2Ww0AOFsNAIlbDQCXWw0A3FsNAO1bDQDi/g8ANVwNAIJcDQCOXA0ANf8PAOhcDQAoXQ0AN10NAHtdDQCHXQ0Azl0NAM9dDQAhXg0AK14NAHReDQCCXg0Ax14NAMxeDQAaXw0AJ18NAIj/DwB5Xw0AwF8NAMpfDQATYA0APGANAGZgDQBtYA0AuWANANJgDQAMYQ0AG2ENAF9hDQBuYQ0AsmENALdhDQAFYg0AEmINAFhiDQBlYg0Aq2INALdiDQD+Yg0ADWMNAFFjDQBbYw0ApGMNALJjDQD3Yw0A/GMNAEpkDQBXZA0AnWQNAKlkDQDwZA0AA2UNAENlDQBSZQ0AlmUNAKJlDQDpZQ0A6mUNADxmDQBGZg0Aj2YNAJ1mDQDiZg0A52YNADVnDQBCZw0A2/8PAJlnDQDbZw0A7GcNAC5oDQA6aA0AgWgNAJhoDQDUaA0A1mgNACdpDQA4aQ0AemkNAH1pDQDNaQ0A12kNACBqDQAiag0Ac2oNAH1qDQDGag0A0moNABlrDQAlaw0AbGsNAH9rDQC/aw0AzmsNABJsDQAebA0AZWwNAGZsDQC4bA0AwmwNAAttDQAZbQ0AXm0NAGNtDQCxbQ0Avm0NAC4AEAAGbg0AV24NAGFuDQCqbg0Asm4NAIEAEAAQbw0AUG8NAFxvDQCjbw0Asm8NAPZvDQD/bw0ASXANAFNwDQCccA0AqnANAO9wDQD0cA0AQnENAE9xDQCVcQ0AoXENAOhxDQD7cQ0AO3INAEpyDQCOcg0AmnINAOFyDQDicg0ANHMNAD5zDQCHcw0AlXMNANpzDQDfcw0ALXQNADp0DQDUABAAgnQNANN0DQDddA0AJnUNAC51DQAnARAAfnUNAMx1DQDidQ0AH3YNACB2DQBydg0Ag3YNAMV2DQDRdg0AGHcNACJ3DQBrdw0AeXcNAL53DQDDdw0AEXgNAB54DQBkeA0AcHgNALd4DQDKeA0ACnkNABl5DQBdeQ0AaXkNALB5DQCxeQ0AA3oNAA16DQBWeg0AZHoNAKl6DQCueg0A/HoNAAl7DQB6ARAAUXsNAKJ7DQCsew0A9XsNAP17DQDNARAAXnwNAJt8DQCnfA0A7nwNAPN8DQBBfQ0ASn0NAJR9DQCefQ0A530NAPN9DQA6fg0ATX4NAI1+DQCcfg0A4H4NAOx+DQAzfw0ANH8NAIZ/DQCQfw0A2X8NAOd/DQAsgA0AMYANAH+ADQCMgA0AIAIQANSADQAlgQ0AL4ENAHiBDQCAgQ0AcwIQANiBDQAegg0ALYINAHGCDQB8gg0AxIINANCCDQAXgw0AJoMNAGqDDQCKgw0AvYMNAMmDDQAQhA0AF4QNAGOEDQBxhA0AtoQNALuEDQAJhQ0AFYUNAFyFDQBvhQ0Ar4UNAL6FDQAChg0ADoYNAFWGDQBWhg0AqIYNALKGDQD7hg0ACYcNAE6HDQBThw0AoYcNAK6HDQDGAhAA9ocNAEeIDQBRiA0AmogNAKKIDQAZAxAACokNAECJDQBRiQ0Ak4kNAJ+JDQDmiQ0A+YkNADmKDQBIig0AjIoNAJiKDQDfig0A4IoNADKLDQA8iw0AhYsNAJOLDQDYiw0A3YsNACuMDQA4jA0AbAMQAICMDQDRjA0A24wNACSNDQAsjQ0AvwMQAJSNDQDKjQ0A240NAB2ODQApjg0AcI4NAIOODQDDjg0A0o4NABaPDQAijw0AaY8NAGqPDQC8jw0Axo8NAA+QDQAdkA0AYpANAGeQDQC1kA0AwpANABIEEAAKkQ0AW5ENAGWRDQCukQ0AtpENAGUEEAASkg0AVJINAGiSDQCnkg0Aq5INAPqSDQD8kg0ATZMNAGGTDQCgkw0Ao5MNAPOTDQAQlA0ARpQNAFeUDQCZlA0ApZQNAOyUDQD/lA0AP5UNAE6VDQCSlQ0AnpUNAOWVDQDmlQ0AOJYNAEKWDQCLlg0AmZYNAN6WDQDjlg0AMZcNAD6XDQC4BBAAhpcNANeXDQDhlw0AKpgNADKYDQALBRAAf5gNANCYDQDemA0AI5kNADSZDQBeBRAAfZkNALEFEADRmQ0AUAcQACKaDQBvmg0AdJoNAMKaDQDGmg0AFZsNACKbDQCjBxAAa5sNAOugDQB0mw0Au5sNAM6bDQAOnA0AD5wNAGGcDQBtnA0AtJwNAMOcDQAHnQ0AEZ0NAFqdDQBmnQ0ArZ0NALSdDQD2BxAACJ4NAFOeDQBVng0A/6kNAFaeDQAwow0AWZ4NAKaeDQBfng0AdaUNAGCeDQBDCw4Asp4NAPmeDQAInw0ATJ8NAFifDQCfnw0ArZ8NAPKfDQANoA0ARaANAFGgDQCYoA0An6ANAEkIEAD4oA0APqENAEChDQCRoQ0AkqENAOShDQDnoQ0AN6INAEKiDQCKog0Aj6INAN2iDQDnog0AnAgQAD2jDQCDow0AhaMNANajDQDXow0AKaQNACykDQB8pA0Ah6QNAM+kDQDUpA0AIqUNACylDQDvCBAAiKUNAMilDQDJpQ0AG6YNACemDQBupg0AfaYNAMGmDQDLpg0AFKcNACCnDQBnpw0AbqcNAEIJEADCpw0ADagNAA+oDQBgqA0Ab6gNALOoDQC9qA0ABqkNAA+pDQBZqQ0AW6kNAKypDQC9qQ0A6AkQAA6qDQBSqg0AXKoNAKWqDQCuqg0A+KoNAPqqDQBLqw0AXKsNAJ6rDQCmqw0A8asNAA+sDQBErA0ATKwNAJesDQCjrA0A6qwNAP2sDQA9rQ0APq0NAJCtDQCcrQ0A460NAPKtDQA2rg0AQK4NAImuDQCVrg0A3K4NAOOuDQA7ChAAQK8NAIKvDQCTrw0A1a8NAN2vDQAosA0AL7ANAHuwDQCJsA0AzrANAN6wDQAhsQ0AMbENAHSxDQCQsQ0AjgoQANexDQAasg0AJrINAG2yDQBzsg0AwLINAM6yDQATsw0AILMNAGazDQB9sw0AubMNAMGzDQAMtA0AGrQNAF+0DQBptA0AsrQNAL60DQAFtQ0AG7UNAFi1DQBbtQ0Aq7UNAMe1DQDhChAADrYNAFG2DQBbtg0ApLYNAKy2DQD3tg0ABrcNAEq3DQBPtw0AnbcNAKq3DQDwtw0A+rcNAEO4DQBFuA0AlrgNAKS4DQDpuA0A9rgNADy5DQA/uQ0ANAsQAJq5DQDiuQ0A7LkNADW6DQA9ug0AiLoNAJe6DQDbug0A4LoNAC67DQA7uw0AgbsNAIu7DQDUuw0A1rsNACe8DQA1vA0AerwNAIe8DQDNvA0A0LwNAIcLEAAjvQ0Ac70NAH+9DQDGvQ0Azb0NABm+DQAhvg0AbL4NAIW+DQC/vg0A074NABK/DQAuvw0AZb8NAG2/DQAtDBAAwL8NAIAMEAAYwA0AXsANAGXADQCxwA0AucANAATBDQAJwQ0AV8ENAGfBDQCqwQ0AssENAP3BDQALwg0AUMINAF3CDQCjwg0AsMINAPbCDQACww0AScMNAE/DDQCcww0ApMMNAO/DDQD7ww0AQsQNAFXEDQCVxA0ApMQNAOjEDQD0xA0AO8UNADzFDQCOxQ0AmMUNAOHFDQDvxQ0ANMYNADnGDQCHxg0AlMYNANMMEADdxg0ALccNADfHDQCAxw0AgscNANPHDQDixw0AJsgNAEbIDQB5yA0AgcgNAMzIDQDWyA0AH8kNACXJDQByyQ0AdMkNAMXJDQDUyQ0AGMoNACTKDQBryg0Ac8oNACYNEADcyg0AEcsNAC/LDQB5DRAAfcsNALfLDQC8yw0ACswNACXMDQBdzA0AacwNALDMDQC4zA0AzA0QABbNDQBWzQ0AZc0NAKnNDQC1zQ0A/M0NAP3NDQBPzg0AWc4NAKLODQCwzg0A9c4NAPrODQBIzw0AVc8NAB8OEACfzw0A7s8NAPDPDQBB0A0ARNANAJTQDQCc0A0A59ANAPHQDQA60Q0ARdENAI3RDQCZ0Q0A4NENAOjRDQByDhAAQdINAIbSDQCM0g0A2dINAOXSDQAs0w0AO9MNAH/TDQCJ0w0A0tMNANrTDQAl1A0ANNQNAHjUDQB61A0Ay9QNANTUDQAe1Q0AIdUNAHHVDQB91Q0AxNUNAMzVDQDFDhAAJ9YNAGrWDQBy1g0AvdYNAMfWDQAQ1w0AG9cNAGPXDQBv1w0AttcNAL7XDQAYDxAADtgNAFzYDQBt2A0Ar9gNAMDYDQAC2Q0AB9kNAFXZDQBZ2Q0AqNkNALbZDQD72Q0ACNoNAE7aDQBl2g0AodoNAKnaDQD02g0AANsNAEfbDQBa2w0AmtsNAKnbDQDt2w0A+dsNAEDcDQBB3A0Ak9wNAJ3cDQDm3A0A9NwNADndDQA+3Q0AjN0NAJndDQBrDxAA5d0NADLeDQBA3g0Ahd4NAJLeDQDY3g0A794NACvfDQAz3w0Aft8NAInfDQDR3w0A098NACTgDQAx4A0Ad+ANAH7gDQDK4A0A2+ANAB3hDQAr4Q0AcOENAH3hDQDD4Q0A2uENABbiDQAe4g0AaeINAG7iDQC84g0AzOINAA/jDQAX4w0AYuMNAGzjDQC14w0AwOMNAAjkDQAU5A0AW+QNAGPkDQAREBAAx+QNAAHlDQAG5Q0AVOUNAG/lDQCn5Q0As+UNAPrlDQAC5g0AZBAQAGDmDQCg5g0Ar+YNAPPmDQD/5g0ARucNAEfnDQCZ5w0Ao+cNAOznDQD65w0AP+gNAEToDQCS6A0An+gNALcQEADt6A0AOOkNADrpDQCL6Q0AmOkNAN7pDQDj6Q0AMeoNADvqDQCE6g0Aj+oNANfqDQDj6g0AKusNADDrDQB96w0AhesNANDrDQDc6w0AI+wNADbsDQB27A0AhewNAMnsDQDV7A0AHO0NAB3tDQBv7Q0Aee0NAMLtDQDQ7Q0AFe4NABruDQBo7g0Ade4NAAoREADA7g0ADu8NAB3vDQBh7w0AcO8NALTvDQC97w0AB/ANAA3wDQBa8A0AYPANAK3wDQC58A0AAPENAAfxDQBT8Q0Ab/ENAF0REACw8Q0A+fENAAXyDQBM8g0AT/INAJ/yDQCp8g0AsBEQAPryDQADEhAATfMNAFYSEACg8w0AqRIQAPPzDQA+9A0AP/QNALP7DQBL9A0AkfQNAFL0DQAb+Q0AVfQNAC8CDgBX9A0AwAUOAJL0DQDk9A0A+vQNADf1DQA/9Q0AivUNAIz1DQAi+A0AmPUNAN31DQDl9Q0A/BIQAOr1DQAw9g0AM/YNAIP2DQCN9g0A1vYNANj2DQAp9w0AOvcNAHz3DQCN9w0Az/cNANf3DQBPExAAKfgNAHX4DQB8+A0AyPgNAND4DQCiExAAHfkNAG75DQB0+Q0AwfkNAM75DQAU+g0AHPoNAGf6DQBp+g0AuvoNAMH6DQAN+w0AFPsNAGD7DQBo+w0A9RMQAMD7DQAG/A0AB/wNAFn8DQBv/A0ArPwNALT8DQD//A0AAf0NAJf/DQAN/Q0AUv0NAFr9DQBIFBAAX/0NAKX9DQCo/Q0A+P0NAAL+DQBL/g0ATf4NAJ7+DQCv/g0A8f4NAAL/DQBE/w0ATP8NAJsUEACe/w0A6v8NAPH/DQA9AA4ARQAOAO4UEACaAA4A4wAOAOUADgA2AQ4ARwEOAIkBDgCaAQ4A3AEOAOQBDgBBFRAANAIOAKQJDgA7Ag4AggIOAJgCDgDVAg4A3QIOACgDDgA2Aw4AewMOAIgDDgDOAw4A0QMOACEEDgArBA4AdAQOAHYEDgDHBA4A2AQOABoFDgArBQ4AbQUOAHUFDgCUFRAAyQUOABMGDgAgBg4AZgYOAG0GDgC5Bg4AygYOAAwHDgAYBw4AXwcOAGcHDgDnFRAAvwcOAAUIDgAICA4AWAgOAGIIDgCrCA4ArQgOAP4IDgAPCQ4AUQkOAGIJDgA6FhAArAkOAPcJDgAOCg4ASgoOAFYKDgCdCg4ApwoOAPAKDgD4Cg4AjRYQAEQLDgCWCw4ArAsOAOkLDgDxCw4APAwOAEoMDgCPDA4AlwwOAOAWEACcDA4A4gwOAOUMDgA1DQ4APw0OAIgNDgCKDQ4A2w0OAOwNDgAuDg4APw4OAIEODgCJDg4AMxcQANoODgAnDw4ALA8OAHoPDgCVDw4AzQ8OANsPDgAgEA4AJxAOAHMQDgB/EA4AxhAOAMwQDgAZEQ4AHBEOAGwRDgB2EQ4AvxEOAMURDgASEg4AFBIOAGUSDgBvEg4AuBIOAMQSDgALEw4AIhMOAF4TDgByEw4AsRMOAM0TDgAEFA4ADBQOAIYXEABZFA4AqhQOALgUDgD9FA4ADhUOANkXEABXFQ4ALBgQALEVDgD2FQ4AABYOAEkWDgBUFg4AnBYOAKQWDgDvFg4A+xYOAEIXDgBVFw4AlRcOAKQXDgDoFw4A9BcOADsYDgA8GA4AjhgOAJgYDgDhGA4A7xgOADQZDgA5GQ4AhxkOAJQZDgDSGBAA4hkOAC0aDgA3Gg4AgBoOAIUaDgDTGg4A2xoOACYbDgAsGw4AeRsOAIUbDgDMGw4A0hsOAB8cDgAoHA4AchwOAH8cDgDFHA4AzRwOABgdDgAZHQ4Aax0OAG0dDgC+HQ4AwR0OABEeDgAUHg4AeBkQAHoeDgC3Hg4Avx4OAAofDgAWHw4AXR8OAGMfDgCwHw4Ath8OAAMgDgAIIA4AqSAOAC8gDgBWIA4AXiAOAB4aEACvIA4AcRoQABIhDgBPIQ4AUSEOAKIhDgCvIQ4A9SEOAPwhDgBIIg4AUCIOAJsiDgCrIg4A7iIOAPAiDgBBIw4ATyMOAJQjDgClIw4AFxsQAO4jDgBqGxAASCQOAI0kDgCXJA4A4CQOAOskDgAzJQ4AOyUOAIYlDgCSJQ4A2SUOAOwlDgAsJg4AOiYOAH8mDgCJJg4A0iYOANomDgAlJw4ANCcOAHgnDgB9Jw4AyycOANInDgAeKA4AKigOABAcEACsKA4AxCgOAP8oDgAXKQ4AHykOAGMcEACSKQ4AvSkOAMkpDgAQKg4AFioOAGMqDgBpKg4AtioOALsqDgAJKw4ADysOALYcEABdKw4ArysOALUrDgACLA4ABywOAFUsDgBkLA4AqCwOALQsDgD7LA4A/iwOAE4tDgBRLQ4AoS0OAKktDgD0LQ4AAy4OAEcuDgBMLg4Ami4OALAuDgDtLg4A7i4OAEAvDgBRLw4Aky8OAJ8vDgDmLw4A8C8OADkwDgBFMA4AjDAOAJMwDgAJHRAA7zAOADIxDgA+MQ4AhTEOAJQxDgDYMQ4A7DEOACsyDgA6Mg4AfjIOAI8yDgDRMg4A3TIOAFwdEAApMw4AdzMOAHkzDgDKMw4A2zMOAAIeEAApNA4AcDQOAHY0DgDDNA4AzzQOABY1DgAeNQ4AVR4QAG81DgC8NQ4AyDUOAA82DgAXNg4AqB4QAG42DgC1Ng4AuDYOAAg3DgASNw4A+x4QAF03DgCuNw4AvDcOAAE4DgASOA4AoR8QAFo4DgCnOA4AszgOAPQfEAACOQ4ATTkOAFA5DgCgOQ4ArDkOAPM5DgD/OQ4ARjoOAE46DgCaIBAApDoOAOw6DgD4Og4APzsOAEc7DgDtIBAAmzsOAOU7DgD2Ow4AODwOAEk8DgCLPA4AkzwOAN48DgDhPA4AMT0OADs9DgCEPQ4Ahj0OANc9DgDmPQ4AKj4OAEo+DgB9Pg4AhT4OANA+DgDaPg4AIz8OACk/DgB2Pw4AeD8OAMk/DgDYPw4AHEAOAChADgBAIRAAe0AOAMJADgDgQA4AFUEOABtBDgBoQQ4AcUEOALtBDgDIQQ4ADkIOABZCDgBhQg4Ad0IOALRCDgC2Qg4AB0MOACJDDgBaQw4AZkMOAK1DDgC6Qw4AkyEQAAZEDgBTRA4AW0QOAKZEDgC8RA4A+UQOAP5EDgBMRQ4AUkUOAJ9FDgCrRQ4A8kUOAPpFDgDmIRAAUkYOAJhGDgCoRg4A60YOAPBGDgA+Rw4AREcOAJFHDgCnRw4A5EcOAOZHDgA3SA4AQUgOAIpIDgCYSA4A3UgOAOJIDgAwSQ4APUkOADkiEACSSQ4A1kkOAN9JDgApSg4AM0oOAHxKDgCKSg4Az0oOANRKDgAiSw4AL0sOAHVLDgB9Sw4AyEsOANhLDgAbTA4AHUwOAG5MDgB8TA4AwUwOANJMDgCMIhAAG00OAN8iEABsTQ4Auk0OAMBNDgANTg4AFU4OAGBODgBqTg4As04OALVODgAGTw4ACU8OAFlPDgB5Tw4AhSMQALhPDgD/Tw4ABVAOAFJQDgBeUA4ApVAOAK1QDgDYIxAABFEOAEtRDgBRUQ4AnlEOAKpRDgDxUQ4A+VEOACskEABGUg4Al1IOAKVSDgDqUg4A+1IOAH4kEABKUw4AkFMOAKdTDgDRJBAA7VMOADZUDgBCVA4AiVQOAIxUDgDcVA4A5lQOACQlEAA0VQ4AglUOAItVDgDVVQ4A5lUOAChWDgAvVg4Ae1YOAINWDgDOVg4A21YOACFXDgAmVw4AdFcOAH5XDgDHVw4Az1cOABpYDgApWA4AbVgOAHJYDgDAWA4A1lgOABNZDgAUWQ4AZlkOAHRZDgC5WQ4AylkOAAxaDgAYWg4AX1oOAGdaDgDKJRAAtloOAEwBAAC6Wg4Aq6cPAL5aDgAr5gwAEVsOAMEIAABgWw4AQ14OAARdDgDTKQAATl0OAMUrAABTXg4AXDoAAOxeDgBHPQAAP18OAGJFAADkXw4AZMsNAOVfDgD6RwAA6V8OAM5QAwDsXw4Ar7YGADlgDgDPWQAA32AOAPhfAAAyYQ4A92sAANdhDgBzcgAANmIOADR7AAB+Yg4Acn4AAM9iDgBWggAAe2MOAGqLAAA4ZA4AbGQOALlmDgBQygAArmcOAPzVAAABaA4AEN8AAKdoDgBU7QAAVWkOAGj2AADAaQ4Au/YAAPFpDgAO9wAATmoOAOT8AADyag4Ag/4AAERrDgBgAwEAAGwOACEMAQBAbA4A9xEBAKZsDgDabA4ASW0OAIBtDgCIbQ4A020OAN9tDgAZGQEALm4OALEbAQDobg4AH28OACdvDgBybw4AdG8OANMiAQDRbw4AqSgBAHNwDgC9MQEAw3EOAGFKAQBlcg4A8k0BAHlyDgDteg8AgXIOAPt4DwC2cg4A5E8BABVzDgApUgEAW3MOABRVAQCtcw4ABlcBAK50DgAuaQEAD3UOAEh1DgBQdQ4AgWkBAKp1DgDGawEARncOAGOFAQCVdw4A4HcOAPB3DgC2hQEAkngOAJqJAQDheA4ALHkOADx5DgDtiQEA3nkOAFuSAQAdfA4AGRICACF8DgC4EwIAJXwOAMGnAQAxfA4AqSECAMV8DgD+pw8AxnwOAJuRCgDJfA4ArKoBANl8DgAiugoAGH0OAEK9DgAsfQ4A/6oBADx9DgDr5Q8Aan0OAFKrAQBtfQ4ATkILABV+DgAvsAEAaH4OAIKwAQAQfw4Aq7YBALF/DgDUvAEAV4AOALjAAQCkgA4A9IAOAACBDgBewQEA9YEOAECCDgBDgg4AY+ULAEyCDgDaxwEAqIIOAHLKAQAHgw4AOYMOAJCDDgBvqAsAnIMOAGPYAQC2gw4AXc0BAOuDDgCG0wEAkYQOABDYAQA3hQ4AXNkBAJqFDgCv2QEANIYOAFXaAQCAhg4ATtsBAH6HDgBb5QEAH4gOAP3WCgAiiA4AOOoBACSIDgCuRQwAcYgOAI+rDwCDiA4AvIgOABeJDgBiiQ4AK4kOAEX0AQBliQ4AiWkLAGyJDgA8dAsAb4kOAHZUCwB9iQ4AKuwBAIOJDgDwcgsACooOAGHwAQAwig4A3QMMAGmKDgAA8gEAuooOAPnyAQAFjg4AIQUCAE2bDgA5mAsA7ZsOAEedCgDzmw4AL6kCACydDgDEdA8AMZ0OAM+dDgBFnQ4AuqAOAE2dDgCoeA8AUZ0OAL+4AgDRnQ4Ar+0KANOdDgB7awsA1J0OANOlBgDWnQ4AeP4HANmdDgASuQIA3p0OAGW5AgDgnQ4AUfwDAAOeDgCXRQQAIKAOAE/IAgDCoA4ADaEOAA6hDgAvFwsAF6EOAOEfDQAcoQ4AL1UOACyhDgAa9w8AaqEOACzNAgBcog4ADfUCAF+iDgBdlQkAYKIOADjjAgBiog4ATtQCAGOiDgDR2QIAZaIOAKHNAwBmog4AFtwCAGeiDgC06QIAaKIOAObWAgBpog4AaskDAG+iDgAB3wIAlKIOAHEoDgCZpQ4ACSUDAJ2lDgDq+QIAoaUOAMs8CwD2pQ4AL/wCADOoDgBWGgMAlKkOALwvAwA6qg4AdjkDAOaqDgBaPQMAI6sOAIpCAwAWrA4AZlMDAGatDgC+agMABq4OANlyAwC9rg4A/q4OAPmvDgDKeQQA+q8OADCWAwABsA4Al9YHAKCwDgAUmgMApLAOAC7lBwCZsQ4Aeq8DAJqyDgCAugMARLMOAL69AwD3sw4ALrQOADa0DgCBtA4AkLQOADPFAwAwtQ4AV9YKADO1DgBjygMAgrUOAM21DgCWtQ4AeHMPANe1DgC2ygMAe7YOADnQAwDVtg4AK9IDAMK3DgDQ3gMAxLgOAPjwAwATuQ4AMioPAHq5DgCxuQ4AubkOAAS6DgARug4Avy0KABW6DgA29AMAHLsOAOL/AwBWuw4ACwYEAP27DgD1FAQAArwOAAZ5CAADvA4Al3wIAAW8DgCDcwgAZbwOAJy8DgCkvA4A77wOAES9DgDrrgsASr0OAMtzDwBMvQ4A4BcEAE69DgBYDw0AZb0OANsUDQCCvQ4Ajh8NAJ29DgDLGgQAEr4OADu+DgCYvg4A+x8EAEO/DgBwJwQA3b8OADEwBAA6wA4AkToEADzADgB2MgQAMMEOACk9BAAuwg4A3EcEAHXCDgC5TAQAd8MOAC5UBADaww4AEcQOAC3EDgBkxA4Ac8QOAHpVBAAfxg4AVsYOAF7GDgCpxg4AuMYOAK9xBAAFxw4AJHkEAPfHDgA/gQQAAsgOAJm+BwBLyA4AfYQEAEbJDgDOnAQAUMkOALOUBACpyg4A4MoOAOjKDgAzyw4AOMsOAEmvBABCyw4ALqcEAC/NDgACxQQAJ84OAA/PBADgzg4AF88OAB/PDgBqzw4AcM8OAGjaBADTzw4A+d0EAHnQDgD46QQAGNEOAOn3BAC+0Q4Asf8EAHHSDgCo0g4AsNIOAPvSDgAK0w4AVgwFAAvTDgDLEwUAJNMOAAIYBQCt0w4AxBQFAPzTDgBH1A4AUdQOABcVBQBc1Q4Ak9UOAJvVDgDm1Q4A79UOAE0lBQBD1g4APycFAPvWDgAy1w4AOtcOAIXXDgCG1w4ARTIFAIrXDgDJfgUAi9cOAEQ+BQCS1w4AujkFAJTXDgDCLAUAiNgOAFI8BQCB2Q4A6UoFANTZDgAgTwUAI9oOABlQBQDR2g4ANFgFAIXbDgC82w4AxNsOAA/cDgAZ3A4A/F8FAGXcDgDLZgUAJN0OAFvdDgBj3Q4Art0OALvdDgACawUAvd0OALx0BQAG3g4A5m4FAK/eDgA/egUAD+AOAEbgDgBO4A4AmeAOAKjgDgAwiAUAl+IOAC6gBQD64g4AMeMOAE3jDgCE4w4AkeMOAHqhBQCZ5A4A0OQOANjkDgAj5Q4AJuUOAKmyBQD95Q4ATr8FAHLmDgArxAUAduYOACd+CgAi5w4Ap8oFAGvnDgCLzgUAvugOABTfBQAT6Q4AROQFAAjqDgB2aQgAHOoOANBoCABv6g4ApuoOAK7qDgD56g4A/OoOAAzsBQBo6w4An+sOAKfrDgDy6w4AAewOAJ3vBQBQ7A4AGfYFAObtDgAeDQYAlu4OAGcBDQCZ7g4Atg8GAJruDgDI/wwA6e4OAJoTBgDy7w4AKfAOADHwDgB88A4AhfAOAAEdBgDZ8A4A8x4GAITxDgDCJQYA4fEOAM8vBgBx8g4APTgGABfzDgCdQgYAvfMOAJxOBgBq9A4AH1QGAL30DgBdVwYAEvUOAJtaBgAb9g4AUvYOAFr2DgCl9g4AtPYOANFqBgAA9w4AS/cOAFr3DgCubwYAAPgOAIR1BgBR+A4AwYQGAFP4DgDrfgYAWfkOAJD5DgCY+Q4A4/kOAFL6DgCJ+g4AkfoOANz6DgDp+g4A6ZYGADz7DgCBmQYAkPsOABKdBgAq/A4AO6MGANr8DgBdqgYAf/0OAHe+BgDD/g4ATNAGABj/DgAb1wYAvv8OABPkBgBkAA8AZfAGAAsBDwCH9wYAdAEPAKsBDwCzAQ8A/gEPAAsCDwAf+gYAwAIPAPcCDwD/Ag8ASgMPAKADDwBxBgcAUgQPAAkJBwAFBQ8APAUPAEQFDwCPBQ8AmQUPAMoRBwDwBQ8AaRMHAEQGDwBGGAcAkgYPAH0cBwA3Bw8AtCAHADMIDwDdJgcAgggPAM0IDwDPCA8AMCcHAI8JDwDGCQ8AzgkPABkKDwAuCw8AZQsPAG0LDwC4Cw8AzQwPAAQNDwAMDQ8AVw0PAGENDwBPUgcAGQ4PAFAODwBYDg8Aow4PAK0ODwBocgcAuQ4PANhiBwD7Dg8AymQHAFMPDwA4bQcAnhAPACGIBwCiEA8AYH8HAPYQDwA2hQcAPBEPACiHBwDrEQ8AE4oHADcSDwD+jAcA5BIPAC6SBwA5Ew8AV5gHAN8TDwBCmwcAMhQPAJWbBwCVFA8AzBQPANQUDwAfFQ8ALhUPAC2eBwDSFQ8AhqkHACgWDwACsAcALRcPAGQXDwBsFw8AtxcPAMYXDwAWuQcAsxgPAAMZDwAdGQ8AAMgHAHIZDwCpGQ8AsRkPAPwZDwALGg8A5MsHAIQaDwCDzQcAERsPAEgbDwBQGw8AmxsPAP0bDwAU0QcAoBwPAJDXBwD5HA8Ax9sHAJQdDwDDXggAlx0PAFHgBwDnHQ8ASuEHAOMeDwAf8wcANh8PAJv5BwCGHw8AlPoHAJQgDwDLIA8A0yAPAB4hDwAqIQ8AjAcIAHkhDwDEIQ8AyCEPANgICAAnIg8AdwoIANkiDwAQIw8AGCMPAGMjDwCLIw8AwhcIALsjDwDkHggAJSQPAPEaCgBkJA8AryQPAOUkDwAUJAgAeCUPAKglDwCkJg8AjkIIAKEnDwDEUggA7igPADkpDwBVKg8AI2kIAOgqDwCtbQgAhisPAN1yCAAqLQ8AcAQJACwtDwDAgggAGS8PAF6QCABlLw8AgJcIAGwvDwCVlAgAVzEPAE6qCABZMg8AAbUIAKEzDwDsMw8AIzQPAHXICACuNA8A5TQPAO00DwA4NQ8ARzUPAD3QCADmNQ8AMTYPAGg2DwBY2AgA3zYPAOnbCAB8OA8AXe8IAHs5DwAs9ggAdDoPAEf+CADXOg8Amv4IAB07DwDt/ggAuTsPAFQICQCxPA8AABQJALA9DwD+KwkAaD4PAJ8+DwCnPg8A8j4PAPw+DwCxNgkAukAPAApCCQDfQQ8A+lsJADlCDwB9YQkA2EIPAOtpCQA5Qw8AKW0JAIBEDwDbgwkA2kQPABtFDwAdRg8AxZIJAMpHDwBVogkAXkgPADKnCQC5SA8AcKoJAG5JDwClSQ8ArUkPAPhJDwBNSg8A3rIJAGBLDwCXSw8An0sPAOpLDwASTA8Ag78JAJlMDwCsxQkA60wPADZNDwBETQ8AUsYJAI9NDwCXyAkAPE4PAHTNCQCDTg8AWNEJAIRPDwAS2wkAh08PALjbCQDUUA8AXegJAB9RDwCp6QkAelEPAOfsCQDIUQ8Af+8JADdSDwBmUg8AKFMPAHf8CQCHUw8AyvwJALNUDwD+VA8AMFUPAOwDCgA1VQ8ARgMKAPxWDwDQBwoAU1cPAA4LCgCjVw8AWgwKAJxYDwCDEgoA51gPAGcWCgCnWQ8A21kPAJ1aDwDUWg8A3FoPACdbDwA0Ww8ANSkKAIdbDwAgLAoALVwPAKowCgDlXA8AGV0PAH5dDwCwaw8Ai10PAL9dDwBxXg8Aoj0KAHNeDwBdOwoAHV8PAF5fDwC/Xw8AtkYKAGdgDwAPUgoAv2EPAPZhDwD+YQ8ASWIPALpiDwANagoAmGMPADZwCgClZA8A8HkKAERlDwALggoA9mUPAC1mDwA1Zg8AgGYPAO9mDwAmZw8ALmcPAHlnDwAiaA8AHnQPACdoDwByaA8AKWgPABkYDQA7aA8AgqEPAHxoDwBBkgoAHmkPAMSXCgASaw8ArqYKAARsDwDCrwoACG0PADe3CgAgbQ8AwQcMAFdtDwCibQ8AwG0PAIq3CgBJbw8AVeAMAJxvDwCo4AwAA3APADpwDwBCcA8AjXAPAABxDwCCxAoAjnEPAA4ECwAtcw8AO7cPACZ0DwBxiQwAOnQPAPnjDwBKdA8AcXQPAJ10DwA9tAwA8HQPABd1DwBtdQ8AVNcPANl1DwAQdg8AGHYPAGN2DwDCdg8A09wKACV3DwBcdw8AZHcPAK93DwAOeA8AiWIMAGt4DwDWCwsArXkPAI3mCgAOeg8AJekKAPV6DwBAew8Am3sPANoLEADufA8A3/IKAPh8DwCT8QoA5H0PAHD2CgCafg8A0X4PANl+DwAkfw8Ad4APAIT/CgC9gg8AXxwLAA2EDwCcKwsABIUPANouCwBJhg8AAfMLAEyGDwAnygsAUIYPAOc4CwBWhg8A6wEMAPSGDwA/hw8ASYcPAMQ9CwBUiA8Ai4gPAJOIDwDeiA8AhokPAGlKCwDciQ8A+k0LANGLDwAAWQsAJIwPAG+MDwB7jA8APlwLACGNDwB8XwsAw40PAA6ODwAljg8ArGQLAO2SDwDvfgsAlpMPAHmDCwDflQ8AD54LAI6WDwDPlg8AgpcPAEWuCwCFlw8A+awLAHyYDwCKsAsAg5kPALqZDwDCmQ8ADZoPABeaDwCztgsAYZsPAKybDwCvmw8AQ8YLAF6cDwDUyQsAU50PAATPCwB2nQ8AS/APALqdDwBQ0AsAR54PAJeeDwBAnw8AldILAEefDwDa1AsA6KAPALDaCwDqoA8AVEYMAIqhDwDVoQ8AJKMPAJ+mDACAow8AVecLAMqkDwBG9QsAz6QPAPToCwAKqA8AEX8MACaoDwCt4g8AWagPAKSoDwCnqA8AP/YLAAepDwDe9wsAVqkPANf4CwClqQ8A8KkPAPqpDwAq+QsAkqsPAK3+CwCZqw8AnwAMADisDwCYAQwAsa0PACkFDAA8rg8AJiINAHuuDwB1BgwA0q8PAKULDAAhsA8AbLAPAIWwDwDxDAwAwrAPABKxDwCJsQ8AexEMAC+yDwB0EgwA1bIPAMATDABfsw8AqrMPALSzDwBRFwwAUbQPANHmDABYtQ8Avx8MAEC3DwCAKAwAKLoPALY4DAAyug8A2D8MAM68DwDsSAwAH70PAOVJDABsvQ8Ai0oMALq9DwDXSwwAs74PABxODACxvw8A/L8PAFfADwCiwA8AScEPAORVDACjwQ8A7sEPAEnCDwCUwg8APcMPALpbDADoww8AM8QPAI7EDwDZxA8A2sUPAOpgDAAxxg8ANmIMANPGDwAexw8ALscPANVjDADnxw8AF8gPAMnIDwBKawwANMkPAGPJDwBqzA8AVoEMAAnODwCGhgwAr84PANKHDABVzw8AHokMANLRDwDXngwAfNMPAEymDABq1A8AiqkMABTWDwD/sAwAt9YPAJezDABZ2A8A3LUMAHbZDwATugwAnNkPALK7DAD02Q8AUfsPAEjaDwBKvgwAS9oPADzADACV2g8A5doPAAHbDwA42w8AjtsPAN7bDwD62w8AMdwPAIzcDwDX3A8A4dwPAI/ADAAy3Q8Arx0QAIPdDwBsxQwAhN4PAKPJDADM3g8AO8wMACTfDwCk+w8AKuAPAHkiDQDH4A8A59cMAFzkDwB9mA0AouUPAN7wDACU5g8AD+oMAEPnDwAI6wwANOgPAOzuDACE6Q8Az+kPANnpDwAc9AwAg+oPALT2DAAP7g8AwQANAHXuDwCs7g8AG+8PAFLvDwCz7w8A/wMNAHbwDwCe8A8AyfAPAPHwDwAc8Q8ARPEPAG/xDwCX8Q8A8vEPAD3yDwBC8g8AkAcNAIzzDwBKEQ0A3vQPACcWDQAr9Q8Ae/UPAKb1DwDO9Q8AJPYPAHT2DwCf9g8Ax/YPAIz3DwDA9w8AMvgPALEaDQBv+A8A6B4NANj4DwAM+Q8AuvkPAAX6DwAV+g8A2iANAGT6DwDTIQ0AwPoPANoZDgDr/g8AL1wNAEH/DwDVXA0ANgAQAARuDQDcABAAgHQNAIIBEABPew0AKAIQANKADQDOAhAA9IcNAHQDEAB+jA0AGgQQAAiRDQDABBAAhJcNAGoFEAB2mQ0AywUQAAQGEAAMBhAAVwYQAEoJEACVCRAAswkQALqnDQDbDBAA2sYNAEQNEAC+yg0A2A0QAAPNDQAnDhAAm88NAHkOEAAz0g0Ayg4QABfWDQAoDxAACdgNAIcPEAC+DxAAExAQAK7kDQBwEBAATeYNAMwQEADl6A0AEhEQALvuDQDMERAA8vINAPUVEACyBw4AlhcQAFcUDgDlFxAAUBUOADQYEAB/GBAAgxgQAKMVDgDaGBAAJRkQAIAZEADLGRAAeRoQAMQaEAAjGxAA5yMOAHIbEAC9GxAAwRsQADokDgDmHBAAXCsOAMYdEAAkMw4AVx4QAGk1DgCyHhAAYjYOAAMfEABOHxAAXh8QAFs3DgCqHxAAVDgOAPcfEABHIBAApCAQAJk6DgD9IBAAkjsOAPQhEABFRg4AmCIQABRNDgDnIhAAMiMQAEIjEABnTQ4A3CMQAPhQDgA7JBAARFIOAIwkEAA9Uw4A2SQQAONTDgAnJRAAdyUQAA==","fail":"AAAAAAAAAACbhAAAdaYBAMXRAADNRwYAax4CAJX1BgDs6AEAi/4KAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAAAAAADs6AEATu8KAFUDCADtkAAA8Q0AAOzoAQCvmgoAApsKAFWbCgComwoAlwACAJ0RDQDUIwsAdZgDAAAAAADNRwYAax4CAGseAgC89woA/gkCAFEKAgBq5AsAGwcMACGrAgB0qwIAShIBAPPSBACeBQ0AvPcKAOzoAQDYygQAda0AAMitAAAbrgAAbq4AAMGuAADxDQAA7OgBAIv+CgDwjgcAax4CAH8nAgAN5wQAB84GAAAAAADNRwYA7OgBAMvpCgAYvQMAnQsCAPydCAD//QEAm4QAAFcVAgB5dQ0AzHUNADiQAgDvJQAA7OgBAPIOCgBFDwoAAUcAAI29BADtkAAAQJEAAEyZAgAZ4QgAbOEIAOzoAQBO7woAVQMIAO2QAADxDQAA7OgBAK+aCgACmwoAVZsKAKibCgDvKwsAQiwLAFMAAABTAAAA1w0JAGseAgABRwAA7OgBAO8rCwDkogEAAAAAAO2QAACdCwIA8Q0AANQdAACrFwAAlfUGAOj1BgCIwgAA28IAAC7DAAD70wIAFtwCAGncAgDGhgkApBgAAB7qCgBd2gsATAEAAJ8BAADyAQAARQIAAJgCAADvKwsAQiwLAFMAAABTAAAAeIIBAHv2AwDtkAAAIq0AAGseAgC+HgIAfdAFAOzoAQCL/goAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABDiAgAlogIAAAAAAC9iwAALXUBAGseAgB/JwIA8Q0AAOzoAQB4ggEAe/YDAM72AwBTAAAA7YkBAECKAQCTigEA5ooBADmLAQCMiwEA34sBAAAAAAD70wIADfUCAOSiAQA3owEAiqMBAP9rCgAkogoAd6IKAK+aCgACmwoAVZsKAKibCgCXAAIARQ8KAGMrAgBljwgAuI8IAAuQCACV9QYA7OgBACgKDQAfmQgA7OgBAGrkCwAcmg0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAAPydCABtxwoA7ysLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAEOICACWiAgAAAAAAL2LAADtkAAA8Q0AAARoAgDIwQkAlfUGAOzoAQDvKwsAqS8AAPwvAABPMAAAojAAAEGEDAD//QEAm4QAAHWmAQDUHQAAlfUGAOzoAQCL/goAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAP4JAgBRCgIA//0BAFL+AQCl/gEA+P4BAK+aCgACmwoAURgAAKQYAAAe6goAXdoLAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAAFgJAgBSsQwApbEMAMvpCgAIPwEAWz8BAEyZAgAtdQEAlfUGAEX6DADL6QoAHuoKAF3aCwBMAQAAnwEAAPIBAABFAgAAQYQMAP/9AQCbhAAAdaYBANQdAACV9QYA7OgBAIv+CgCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEAr5oKAAKbCgBRGAAApBgAAB7qCgBd2gsATAEAAJ8BAADyAQAARQIAAJgCAADF0QAAWAkCAFKxDAClsQwAy+kKAAg/AQBbPwEATJkCAC11AQCV9QYARfoMAJuEAAB1pgEAcC4DAPvTAgAN9QIAqS8AAPwvAABPMAAAojAAAEGEDADxDQAA1B0AACceAAB6HgAAzR4AACAfAABBhAwA7yUAAOUSCABrHgIA8rQKAARoAgBBhAwAShIBAPX/BgDxDQAA5KIBACdxAABtwAsA3HcJAIOxCwDm1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAy+kKAB7qCgBd2gsATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAer0BAPENAAAEaAIA7OgBAP/9AQDMIg0Ai/4KAKqmBQDvKwsA2s0MAI29BADgvQQAgHUBAAAAAAAirQAAIq0AAO2QAADxDQAA5KIBAOzoAQBO7woARfoMAKsXAAA6HgMA7ZAAAJX1BgDs6AEAP+kBAPr6CgBrHgIA7OgBAL2LAADxDQAA1B0AAOzoAQAAAAAAqxcAANA/AgCyKgkA/hcAAMXRAACrFwAA7OgBAE7vCgDo9QYABlYNAFlWDQD//QEAm4QAAHWmAQDUHQAAAAAAAGseAgCdCwIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBAJX1BgBF+gwAqxcAADoeAwDtkAAAlfUGAJ0LAgDtkAAAQJEAAJrjAABsuAIA//0BAJuEAAAHzgYAnQsCAJX1BgD//QEAnQsCAO2QAABAkQAAmuMAAGy4AgC9iwAA//0BAHiCAQB79gMAIq0AAOzoAQDQPwIAI0ACAHZAAgDs6AEAQ4gIAJaICAABRwAAjb0EAOC9BADtkAAATJkCAJ+ZAgDymQIA7OgBAP9rCgAkogoAd6IKAK+aCgACmwoAVZsKAKibCgCL/goA8I4HAEOPBwDLggEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AAF4oCwBTAAAAUwAAANcNCQBrHgIAAUcAAMjBCQCV9QYAnQsCAJuEAACIwgAA28IAAC7DAACdCwIAShIBAJ0SAQAFJAoAAAAAAHiCAQB79gMA7ZAAAKsXAAABRwAA7OgBAE7vCgBVAwgA7ZAAAPENAADs6AEAr5oKAAKbCgBVmwoAqJsKAO8rCwBCLAsAUwAAAFMAAADXDQkAax4CAAFHAADs6AEAi/4KAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAACYcAgAirQAA8LgBABjYCwDs6AEAQ4gIAJaICAAAAAAAvYsAAO2QAADxDQAABGgCAMjBCQCV9QYA7OgBAP/9AQC89woA7OgBAO8rCwDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAAvlwFACKtAAB8ngIAqC0CAL5cBQDNRwYAH5kIAOzoAQDL6QoAeIIBAL2LAACY9AEALXUBAIB1AQDs6AEAm4QAAIjCAADbwgAAXdQAAIv+CgCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAEOICACWiAgAAAAAAL2LAAAtdQEAax4CAH8nAgAAAAAAax4CAE5XCAAfmQgAmPQBAFMAAACmAAAA+QAAAOzoAQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAAKrCAQD9wgEA2MoEAHyeAgDPngIAIp8CAH6aCwDRmgsAJJsLAMXRAAAtdQEAE0UFAFRHAADhLQsAOa0IAAFHAADs6AEAi/4KAJ4FDQC89woA7OgBAMvpCgAe6goAXdoLAEwBAACfAQAA8gEAAEUCAACYAgAA2MoEACvLBAB+ywQA7yUAAOUSCACY9AEAvYsAAGseAgB/JwIAax4CAOzoAQDYygQAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAA7ysLANQdAACrFwAAAUcAAOzoAQCL/goAiMIAANvCAAAuwwAA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEAr5oKAAKbCgBRGAAApBgAAB7qCgBd2gsATAEAAJ8BAADyAQAARQIAAJgCAAD/awoAJKIKAHeiCgDvKwsA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAO8lAAAGqgEAWaoBAKyqAQBPFAQAi/4KAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAGMrAgBljwgAuI8IAAuQCABekAgAsZAIAASRCACL/goAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMjBCQC9iwAA8Q0AALB6AQCAdQEAmPQBAOzoAQBKEgEA9f8GAJfkBQCVSAcAm4QAAJ4FDQA6HgMAdZgDAEoSAQDs6AEAAAAAACKtAADwuAEAuBkNAAsaDQCrFwAAYysCALYrAgAJLAIAkAgBAPvTAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADvJQAABqoBAFmqAQCsqgEAAAAAAM1HBgAfmQgAmPQBAOv0AQDxDQAA1B0AAJfkBQAeugUAcboFAPn4DAATRQUAOiUCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAoc0DAPTNAwBHzgMAms4DAO3OAwBAzwMAk88DAObPAwA50AMACe0KAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAgHUBACceAAB6HgAAzR4AACAfAAB/JwIAQJEAAJrjAABsuAIAi/4KAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAJ0LAgBrHgIAfycCANInAgAvrw0A8Q0AANQdAACV9QYA7OgBAEGEDABomw0AeIIBAMuCAQAegwEAcYMBAMSDAQAXhAEAxdEAAFgJAgBSsQwApbEMAEOICACWiAgA6YgIADyJCACPiQgA4okIAOzoAQC9iwAA8Q0AALB6AQCAdQEAmPQBAOzoAQCL/goAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEA9f8GAJfkBQCVSAcAm4QAAJ4FDQA6HgMAdZgDAAFHAACdCwIAm4QAAPCOBwBDjwcAy4IBAMXRAADtkAAAlfUGAOzoAQBBhAwAax4CAE5XCAD//QEAm4QAAP/9AQB4ggEA/rUNAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAAbLgCAO6EAABBhQAAlIUAAOeFAAA6hgAA2YABACyBAQB/gQEA0oEBACWCAQBF+gwAQJEAAJrjAABsuAIA9NsBACKtAADtkAAAUwAAAAFHAAC+XAUAzUcGAOzoAQBfaAwAAAAAAAAAAAAAAAAATxQEAEOICACWiAgADecEAHWmAQBEDgAAH5kIAPvTAgAUCQAAvYsAAPENAADUHQAAJx4AAKsXAABjKwIAtisCAAksAgAypwkAhacJANinCQDL6QoAHuoKAF3aCwBMAQAAnwEAAPIBAABFAgAAmAIAAK+aCgACmwoAVZsKAKibCgCL/goA8I4HAEOPBwDLggEAxdEAAO2QAACV9QYAqxcAAP4XAABRGAAAi/4KAAshDABBhQAAlIUAAOeFAAA6hgAAjYYAAGrkCwAbBwwAP1ALAGrkCwAcmg0ALXUBAHWYAwDImAMATJkCAPydCADhLQsA8Q0AAARoAgDF0QAALXUBABNFBQBURwAA7OgBAEOICAC+HgIA//0BAP/9AQAtdQEAE0UFAEoSAQAAAAAA7OgBAD/pAQCS6QEA5ekBADjqAQDs6AEAy+kKAHiCAQD+tQ0Am4QAAHWmAQDUHQAA2MoEAJVIBwDoSAcAO0kHAI5JBwDs6AEAvPcKAM1HBgA5rQgAax4CAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAFBGBwDUHQAAT9wLAAFHAAC+XAUAgHUBAJj0AQAAAAAAqxcAAEyZAgCfmQIA8pkCAHv2AwCV9QYA6PUGAO6EAABBhQAAlIUAAOeFAAA6hgAALhwMACNAAgB2QAIALXUBAC11AQCY9AEAqxcAAGMrAgCNqAcAvYsAAGseAgB/JwIAnfYEAFUDCADtkAAA8Q0AACcdDAD+FwAAdzsBAEoSAQDz0gQAqC0CACKtAACV9QYARfoMAKsXAAA6HgMA7ZAAAAAAAADNRwYAmPQBAC11AQCAdQEA7OgBAD/pAQCS6QEA5ekBADjqAQA/6QEA+voKAGseAgDs6AEAvYsAAPENAADUHQAAJx4AAOzoAQA/6QEAkukBAOXpAQA46gEAP+kBAPr6CgBrHgIA7OgBAL2LAADxDQAA1B0AAOzoAQCL/goAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAAChiAEA9IgBAEeJAQCaiQEA7OgBAL2LAADxDQAA1B0AACceAACrFwAAYysCALYrAgBMmQIAGeEIAGzhCADytAoAsHoBAM1HBgAfmQgALXUBAIB1AQA6HgMAS/EDAHq9AQBKEgEA7OgBAO8rCwBCLAsAUwAAAFMAAADXDQkAax4CAAFHAADIwQkAlfUGAOzoAQCL/goAYzENAC11AQDs6AEATJkCABnhCABs4QgA8rQKALB6AQDNRwYAH5kIAOzoAQD/awoAAAAAAPENAADkogEAN6MBAPvTAgDxDQAAcC4DAOzoAQBDiAgATlcIADmtCAABRwAAvlwFAIB1AQDtkAAA8Q0AAPENAADkogEA1B0AACceAAC+XAUAzUcGAB+ZCADtkAAAQJEAAJrjAABsuAIAm4QAAC11AQD+tQ0A+9MCADjjAgBrkwkAmzAMAO4wDABBMQwAlDEMAOcxDAA6MgwAjTIMAL4eAgARHwIAZB8CAO8lAAAGqgEAWaoBAKyqAQBF+gwAQJEAAJrjAABsuAIAAAAAAJuEAABMmQIAn5kCAFcVAgB4ggEAm4QAAJ4FDQCY9AEAVxUCAJuEAAB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAA2pAQBgqQEAs6kBAM1HBgBKEgEAUwAAAKYAAABZUAIA+fgMAEz5DABEDgAAH5kIAO8lAAAGqgEAWaoBAJuRCgDukQoAvYsAAHiCAQABRwAAvlwFAFMAAAB4ggEA/rUNAFG2DQAGqgEAWaoBAJuRCgDukQoA1B0AACceAACa4wAAbLgCAAAAAADs6AEA//0BAFL+AQCl/gEA+P4BAEv/AQCe/wEA8f8BAO2QAACtSwEAi+oBAN7qAQAx6wEAhOsBANfrAQDyDgoAnRENAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAP4JAgBRCgIA8g4KAJ0RDQCL6gEA3uoBADHrAQCE6wEA1+sBAEQbCgB4ggEA/rUNAFG2DQCktg0A97YNAJZsDACxzgsA7OgBAEOICAD5+AwAj7kNAOK5DQA1ug0ARBsKAJcbCgA/6QEAkukBAOXpAQA46gEAAAAAAF7OCwDs6AEAQ4gIAPn4DACPuQ0A4rkNADW6DQBEGwoAlxsKAD/pAQCS6QEA5ekBADjqAQA/6QEAkukBAOXpAQA46gEA/6oBAE8UBADI/wwAGwANAG4ADQDBAA0AFAENAAAAAAC9iwAAEIwAADoeAwATRQUAVxUCAO2IDQCV9QYA0D8CAL2LAAAQjAAAOh4DABNFBQBXFQIAAZINAGseAgC+HgIAfdAFAPX/BgDF0QAAzUcGAGseAgDQPwIAVxUCAJuEAAB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAA7yUAAAaqAQBZqgEArKoBAFMAAAD96wcAl+QFAAFHAADIwQkATJkCAJ+ZAgDymQIARZoCAJiaAgDxDQAA7OgBAGrkCwAbBwwAP1ALAP/9AQDMIg0AAAAAAIv+CgCzAg0ABgMNAFkDDQCsAw0A/wMNAFIEDQClBA0A8g4KAECRAACa4wAAbLgCAPvTAgAAAAAAzUcGAAFHAAD70wIAIq0AAPC4AQBDuQEAlrkBAOm5AQA8ugEAfycCAJ32BADs6AEAvYsAAPENAACwegEAgHUBAJj0AQDs6AEAlmwMALHOCwDyDgoAAAAAAHiCAQAAAAAAvYsAAJuEAADwjgcAAAAAAAAAAAC9iwAAAUcAAOzoAQDF0QAAWAkCAFKxDADs6AEA8g4KAAAAAAC9iwAAm4QAAPydCADhLQsAOa0IAIytCADfrQgAMq4IAP/9AQCFrggA2K4IACuvCAD//QEA2MoEACvLBAB+ywQA+pkMAE2aDACgmgwA2MoEACvLBAB+ywQA+pkMAE2aDACgmgwAm4QAAJ4FDQAAAAAA7OgBAJj0AQDr9AEAPvUBAAAAAAABRwAAyMEJAEE4CwCUOAsAVxUCAAvVCgBe1QoAvPcKAAFHAADIwQkAQTgLAJQ4CwBXFQIAqhUCAL4eAgARHwIAZB8CALcfAgDxDQAAjb0EACINCwARHwIAZB8CALcfAgABRwAAVEcAAGseAgBOVwgAxdEAAAAAAABrHgIAfycCAM6xAQA0BQUAl+QFAAFHAADxDQAAVxUCADQaAgCHGgIA2hoCAC0bAgCAGwIA0xsCAAFHAAAmHAIAyucMAFRHAABrHgIATlcIAM1HBgBXFQIANBoCAFRHAABrHgIATlcIAMXRAAAAAAAAm4QAAC11AQB1mAMA1B0AAJ0LAgDtkAAAQJEAAJrjAABsuAIAVxUCADQaAgBURwAAax4CAE5XCADF0QAAVxUCADQaAgBURwAAax4CAE5XCAC89woAUwAAAP3rBwDtkAAAQJEAAJrjAABsuAIA7ZAAAO8lAABCJgAAQJEAAH8nAgCrFwAAIq0AAO2QAADtkAAAQJEAAJrjAABsuAIAm4QAAH3QBQD1/wYA7ZAAAECRAACa4wAAbLgCAAFHAAABRwAAjb0EAOC9BAD//QEAUv4BAKX+AQDIwQkA7ZAAAECRAACa4wAAbLgCAEoSAQD1/wYAAUcAAFRHAADhLQsAlfUGAEX6DABAkQAAmuMAAGy4AgB4ggEAeIIBAFMAAADXDQkALXUBAIB1AQCSNQMA5TUDAJ3MCgB/JwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAGseAgB/JwIA0icCACUoAgB4KAIAyygCAB4pAgBxKQIAxCkCABcqAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAAAAAO2QAAC89woA7ZAAAECRAACa4wAAbLgCAJX1BgBF+gwArUsBAINJDgBAkQAAmuMAAGy4AgAAAAAA7ZAAAECRAABOVwgAlfUGAItmCABMmQIALXUBAHWYAwCwegEAzUcGAB+ZCADtkAAAQJEAAJrjAABsuAIA//0BAM1HBgA5rQgAEIwAADecAgB4ggEAy4IBACKtAAB8ngIAz54CAP61DQBAkQAAmuMAAGy4AgCeBQ0AmPQBANx3CQDtkAAAQJEAAJrjAABsuAIAax4CAJj0AQC9iwAAShIBAPX/BgCrFwAAAUcAAMjBCQCdzAoAmuMAAGy4AgDNRwYAOa0IAAFHAAAmHAIA7yUAAP/9AQDNRwYAOa0IABCMAAA3nAIA8Q0AANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAm4QAAHWmAQDIpgEAqS8AAHyeAgB1pgEABGgCAMjBCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAVQMIACBIBgBzSAYACVwHAFxcBwCvXAcAAl0HAFVdBwCoXQcA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCX5AUAHroFAHG6BQDytAoAsHoBAM1HBgAfmQgA7ZAAAECRAACa4wAAbLgCAAFHAACbhAAA7oQAANA/AgDNRwYATJkCABnhCABs4QgA7yUAAHiCAQDLggEAxdEAAO2QAABAkQAAmuMAAGy4AgC+XAUAEV0FAJ7xAwB4ggEA/rUNAEoSAQD1/wYAqxcAAAFHAADIwQkAlfUGAEX6DABAkQAAmuMAAGy4AgDxDQAAXigLAFMAAABTAAAA1w0JAGseAgABRwAAyMEJAJX1BgBVAwgAIEgGAHNIBgAJXAcAXFwHAK9cBwACXQcAVV0HAKhdBwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAHiCAQB4ggEA/rUNAJj0AQCRvQkA8I4HAJuEAABZUAIArFACAP9QAgBSUQIApVECAPhRAgBLUgIAnlICAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBrHgIAvh4CALz3CgAtdQEAgHUBABVCAgBoQgIAu0ICAOpTAgA9VAIAkFQCAONUAgA2VQIAiVUCANxVAgAvVgIAglYCANVWAgAoVwIAe1cCAM5XAgAhWAIAdFgCAMdYAgAaWQIAbVkCAMBZAgBKEgEA//0BAMwiDQBAkQAA7yUAAPr6CgBrHgIAShIBAPPSBACoLQIAyMEJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAfmQgAIq0AAB66BQBxugUAxLoFABe7BQBquwUAvbsFAEoSAQCdEgEABSQKAItmCADHsQ0A5RIIACKtAAB8ngIAqC0CAL5cBQDNRwYAH5kIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAAAAAJuEAADwjgcAvYsAAO2QAADtkAAAQJEAAJrjAABsuAIAlfUGAEX6DADvJQAA5RIIAKoiDADtkAAAlfUGAJuEAADwjgcAQ48HAJaPBwBq5AsAGwcMAD9QCwCL/goAqqYFAEoSAQD1/wYASAAHAP/9AQDMIg0AQJEAAOzoAQA/6QEAL68NABCMAAAf3goAAUcAAL5cBQDNRwYAH5kIAL2LAAAQjAAAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIAKZ4CADmYCwCMmAsA35gLADKZCwCFmQsA2JkLAM1HBgDs6AEAP+kBAEImAADF0QAA7OgBAIv+CgDe/goArFACAP9QAgBSUQIApVECAPhRAgBLUgIA8Q0AAOzoAQBq5AsAGwcMAD9QCwA/6QEAL68NABCMAAAf3goAAUcAAL5cBQDNRwYAH5kIAJ4FDQCrFwAA/hcAAHc7AQBEAAIAQ4gIAJaICACd9gQARfoMAJfkBQB1rQAAE1oCAFlQAgB/JwIATlcIAEWhAQBq5AsA2MoEALz3CgAP+AoAYvgKALX4CgAI+QoA7ZAAAECRAACa4wAAbLgCAKsXAAABRwAAm4QAAKgtAgC+XAUAzUcGAB+ZCADtkAAAQJEAAJrjAABsuAIAMQYKAOUSCACqIgwAFUICAOzoAQDvKwsAuLkCAEoSAQD//QEAzUcGAC11AQB/egIAm4QAAKgtAgC+XAUAzUcGAB+ZCADs6AEA8g4KAECRAACa4wAAbLgCAD/pAQCS6QEA5ekBADjqAQAAAAAA7OgBAP9rCgBSbAoA1/EMACryDAB98gwA0PIMAOm5AQCoLQIAvlwFAP/9AQB4ggEA/rUNAGrkCwA6JQIAjSUCAOAlAgDYygQAfJ4CAOKzAgA1tAIAiLQCANu0AgAutQIANMACAIfAAgDawAIALcECAIDBAgDTwQIAJsICAHnCAgDMwgIAH8MCAAAAAAC9iwAAEIwAADecAgCKnAIA3ZwCADCdAgCDnQIA1p0CANjKBAB8ngIA4rMCADW0AgCItAIA27QCAC61AgC9iwAA8Q0AAGrkCwAbBwwAIasCAHSrAgBKEgEA89IEAJ4FDQCvmgoAApsKAFWbCgComwoAlwACAEUPCgCYDwoAOa0IAJj0AQBKEgEAi5cBAHWYAwDkogEAsHoBAIB1AQCY9AEA7OgBAEOICACWiAgAAUcAAL2LAABrHgIATu8KAEX6DACX5AUAda0AABNaAgBZUAIAfycCAJ32BADs6AEAi/4KAJ4FDQCV9QYA7OgBAK+aCgACmwoAVZsKAKibCgC9iwAA8Q0AANQdAAD/awoAUmwKANN1AQAmdgEAeXYBAMx2AQAfdwEArpIBACgKDQAgSAYAc0gGAAlcBwBcXAcAr1wHAAJdBwBVXQcAS/EDAJ7xAwDx8QMARPIDAJfyAwDq8gMAlfUGAOzoAQCL/goAngUNAJX1BgDs6AEAr5oKAAKbCgBVmwoAqJsKAL2LAADxDQAA1B0AAO8rCwC4uQIAC7oCAF66AgCxugIABLsCAFv5CgCu+QoAAfoKAFT6CgCn+goAngUNADoeAwAirQAA+9MCAF2VCQBFYgoAmGIKAOtiCgA+YwoAkWMKAORjCgDctQwAQJEAAJrjAABsuAIA7OgBACgKDQA5rQgAAUcAAOzoAQAoCg0A7yUAAOzoAQD//QEAzUcGADmtCAAQjAAAN5wCAEOICAC+HgIAFE4CAGdOAgDIwQkAG8IJAG7CCQABRwAA7OgBAGrkCwAbBwwAP1ALAIv+CgAHzgYAlfUGAOzoAQDF0QAALXUBABNFBQBURwAA7OgBACgKDQBMmQIAGeEIAGzhCADvJQAAeIIBAMuCAQDvKwsAQiwLAJUsCwDoLAsAjb0EACINCwB1DQsApm4IAOzoAQDF0QAALXUBABNFBQBURwAA7OgBACgKDQBMmQIAGeEIAGzhCADvJQAAeIIBAMuCAQBKEgEAer0BAM29AQAgvgEAc74BAMa+AQAZvwEAvPcKAOzoAQDF0QAALXUBABNFBQBURwAA7OgBACgKDQBMmQIAGeEIAGzhCADvJQAAeIIBAMuCAQBO7woAoe8KAEyZAgAtdQEAlfUGAEX6DADF0QAALXUBABNFBQBURwAA7OgBACgKDQBMmQIAGeEIAGzhCADvJQAAeIIBAMuCAQAtdQEAf3oCAOzoAQDL6QoA1w0JAC11AQCAdQEAkjUDAOU1AwCdzAoA7OgBAE7vCgBF+gwAQJEAAH8nAgDSJwIAJSgCAHgoAgDLKAIAHikCAHEpAgCL/goAswINAAYDDQCwegEAA3sBAFZ7AQBKEgEA9f8GAKsXAAABRwAA7OgBAGrkCwAbBwwAP1ALAPIOCgBFDwoAAUcAAI29BAC89woA7OgBAP9rCgBSbAoApWwKAK+aCgA6HgMAjR4DAOAeAwBKEgEA89IEAHiCAQB79gMAIq0AAO2QAAD//QEAzUcGADmtCAAQjAAAN5wCAPENAADs6AEAKAoNADmtCAABRwAA7OgBACgKDQDvJQAA7OgBAEOICAC+HgIAFE4CAGdOAgABRwAAyMEJAJj0AQDcdwkAQJEAAOzoAQBO7woAoe8KAEyZAgAtdQEAlfUGAEX6DAD//QEAvPcKAOzoAQBaRAIArUQCAABFAgDQPwIAI0ACAJX1BgDs6AEAi/4KAKgtAgCQCAEA4wgBAHyeAgDPngIAIp8CAH6aCwDRmgsAJJsLAHebCwDKmwsAHZwLAHCcCwDDnAsAFp0LAGmdCwC8nQsAD54LAGKeCwC1ngsACJ8LAFufCwCunwsAAaALAFSgCwCnoAsA+qALAE2hCwCgoQsA86ELAEaiCwCZogsA7KILAD+jCwCSowsA5aMLADikCwCLpAsA3qQLADGlCwCEpQsA16ULACqmCwAtdQEAgHUBABVCAgBoQgIAu0ICAHv9AgDO/QIAIf4CAHT+AgDH/gIAGv8CAG3/AgDA/wIAEwADAGYAAwC5AAMADAEDAF8BAwBO7woA6PUGAAZWDQBZVg0A//0BAJuEAAB1pgEA1B0AAO8rCwC4uQIA3bcKADC4CgCDuAoA1rgKAOzoAQD/awoAJKIKAHeiCgDvKwsA2s0MAC3ODABZUAIAAUcAAL5cBQCAdQEAmPQBAOzoAQC9iwAA4wECAL2LAAABRwAAAUcAAL5cBQCAdQEAmPQBAOzoAQBO7woAVQMIAMXRAAD/awoAUmwKAKVsCgBDiAgAlogIAHNkAgDq5AUATJkCABnhCABs4QgAvPcKAOzoAQBKEgEAnRIBAAUkCgCbhAAAB84GAItmCACAdQEAmPQBAOzoAQBDiAgAlogIAJ32BADw9gQAQ/cEAKNUBQD/awoAJKIKAHeiCgB4ggEAy4IBAFBiAwCjYgMA9mIDAEljAwCcYwMA72MDAGrkCwAcmg0Ap0cAAM5QAwAhUQMAdFEDAMdRAwB1pgEA1B0AAE/cCwDs6AEA/2sKAFJsCgClbAoAShIBAPX/BgBIAAcAnRIBAGseAgD/awoAJKIKAHeiCgD/awoAUmwKAKVsCgD3eAoASnkKAJ15CgDL6QoACD8BAFs/AQDpIAsAPCELAI8hCwDiIQsA7OgBACgKDQDvJQAA7OgBAO8rCwDazQwALc4MAFlQAgABRwAAvlwFAIB1AQCY9AEA7OgBAL2LAABymQgAxZkIABiaCABrmggAvpoIABGbCABkmwgAt5sIAGrkCwAbBwwAP1ALAO8rCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAACL/goAqC0CACgKDQAfmQgA7OgBAO8rCwBEDgAAPSoIAJAqCADjKggANisIAOzoAQBTAAAAAUcAAL5cBQCAdQEAmPQBAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMAcFcJAMNXCQAoCg0AH5kIAOzoAQC9iwAAEIwAADoeAwD02wEA7OgBAE7vCgBVAwgAShIBAPPSBAAtdQEAgHUBAOzoAQDvKwsARA4AAD0qCACQKggA4yoIADYrCADs6AEAOa0IAIytCADfrQgAMq4IAIWuCADYrggAK68IAH6vCADRrwgAJLAIAHewCADKsAgAHbEIAHCxCADDsQgAFrIIAGmyCAC8sggA7ysLANQdAAAnHgAAeh4AAM0eAAAgHwAA+9MCAPENAADs6AEAauQLAByaDQCnRwAA+kcAAE1IAACgSAAA80gAAEZJAACZSQAA7EkAAD9KAABFYgoAmGIKAKsXAAA6HgMAgHUBAJj0AQDs6AEAKAoNAB+ZCADs6AEAK/QKAOEtCwDxDQAAeIIBAMuCAQAirQAAfJ4CAM+eAgAinwIAAAAAAHiCAQDxDQAABGgCAFdoAgCoLQIAyMEJAEWhAQAAAAAAAAAAAAAAAAAAAAAAAAAAAKLIAgD1yAIARaEBAAAAAACiyAIA9cgCAHjOAgArywQAhpQKANmUCgAslQoAf5UKANKVCgAllgoAeJYKAMuWCgDykgMARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwDdlQMAMJYDAIOWAwDWlgMAKZcDAHyXAwB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwBAfAMAk3wDAOZ8AwA5fQMAjH0DAN99AwAyfgMAhX4DANh+AwArfwMAfn8DAPCACQBDgQkAloEJAOmBCQA8ggkAj4IJAOKCCQA1gwkAiIMJANuDCQAuhAkAgYQJANSECQAnhQkAeoUJAM2FCQAghgkAmPQBAPvTAgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA//0BAJuEAADxDQAA1aIDACijAwD+tQ0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAQHwDAJN8AwA/6QEAkukBAOXpAQA46gEAnwAMADMYBACGGAQA2RgEACwZBAB/GQQA0hkEACUaBAB4GgQA8g4KAJ0RDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAxdEAAPydCAAtdQEAf3oCAP61DQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAHDNBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMA1ecFACjoBQB76AUAzugFACHpBQB06QUAuLkCAAu6AgAirQAAUwAAABi9AwBXFQIA/W4NAFBvDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAVxUCAHl1DQB8ngIA4rMCADW0AgCItAIA27QCACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwCrFwAA/hcAAMXRAADtkAAAQJEAAJrjAABsuAIAzHUNADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAlfUGAFUDCADtkAAA8Q0AACcdDAD+FwAAdzsBAMjBCQCtSwEA1CMLAHWYAwAEaAIAyMEJAJ3MCgCa4wAAbLgCAOzoAQDYygQAfJ4CAM+eAgAinwIAdZ8CAD/pAQCS6QEA5ekBADjqAQBKEgEAUwAAANcNCQBrHgIAAUcAAMjBCQCdzAoAmuMAAGy4AgB4ggEAe/YDAM72AwBTAAAAoTwAAFcVAgDtiA0ALXUBAP/9AQAA1gUAvh4CAFlQAgC89woA7OgBAK+aCgACmwoAVZsKAKibCgB4ggEAy4IBAFBiAwCjYgMARfoMAJX1BgD70wIAeIIBAMuCAQBQYgMAo2IDAPZiAwBJYwMAnGMDAO9jAwBq5AsAHJoNAKdHAACQCAEAUwAAANcNCQDxDQAABGgCAJj0AQBrHgIAfycCAPENAADVogMAKKMDAJAIAQDs6AEAi/4KAAshDACmbggA+W4IAExvCACfbwgAQ4gIAJaICABzZAIA6uQFAGseAgCV9QYA7OgBAIv+CgAHzgYAWs4GAK3OBgAAzwYAyMEJAJ3MCgBXFQIA7OgBAEoSAQCLlwEAdZgDAOSiAQCwegEAgHUBAJj0AQDs6AEAi/4KAKqmBQCY9AEA3HcJAEoSAQDs6AEA/2sKABNFBQBmRQUATu8KAEX6DACY+gwA/esHAGYNDQC5DQ0A8Q0AAOzoAQAoCg0AH5kIAAAAAAAAAAAA+9MCADjjAgBrkwkAvpMJABGUCQBklAkA8g4KAECRAACa4wAAbLgCAGrkCwAbBwwAP1ALANjKBAArywQAfssEANHLBAAkzAQAd8wEADgFCgCLBQoA3gUKAL3kCwCdzAoA8MwKAEPNCgCWzQoA6c0KADzOCgCPzgoA4s4KADXPCgBO7woA390NAO2QAABq5AsAGwcMAD9QCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAEB8AwC+XAUAEV0FAGRdBQC3XQUACl4FAPn4DAATRQUAyMEJANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBACdCwIA8AsCAL5cBQARXQUAZF0FALddBQAKXgUAXV4FACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABwzQQAw80EABbOBABpzgQAvM4EAO8rCwDUHQAAJx4AAHoeAADNHgAAIB8AAPvTAgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAEB8AwC+XAUAEV0FAGRdBQCV9QYA7OgBACgKDQA5rQgAFtwCAGncAgDGhgkA5aoKAE5XCAA5rQgAAUcAAMjBCQBq5AsAGwcMAD9QCwAr9AoA4S0LAPENAADtkAAAAUcAAMXRAADNRwYAax4CANA/AgDs6AEA/2sKACSiCgB3ogoAvYsAABCMAABrHgIAfycCAA3nBABg5wQAs+cEAJuEAAD//QEAeIIBAAAAAADs6AEA0D8CACHGCgCAdQEAFUICAPvTAgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMA/gkCAFEKAgDYygQAfJ4CACC9DQBzvQ0Axr0NAIOxCwAN9QIARA4AAEoSAQD1/wYAkAgBAAFHAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEADgFCgCLBQoA3gUKALz3CgDxDQAA1aIDACijAwAAAAAA+9MCAL35CABAkQAAmuMAAGy4AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAPydCAC89woAAAAAAAAAAAAAAAAAosgCAPXIAgBFoQEAAAAAAAAAAAAAAAAAAAAAAKLIAgD1yAIAeM4CACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwDV5wUAKOgFAHvoBQDO6AUAIekFAHTpBQBKEgEAPFIEAI9SBADiUgQANVMEAJX1BgD//QEA7OgBAEoSAQCdEgEABSQKAFgkCgCrJAoAShIBADxSBACPUgQA4lIEADVTBAAirQAAda0AAMitAAAbrgAAbq4AAEoSAQB6vQEAEIwAADoeAwAirQAAfJ4CAKgtAgC+XAUAzUcGAB+ZCADxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDm1gIAFtUDAGTSDACGawQA2WsEACxsBAB/bAQA0mwEACVtBAB4bQQAy20EAB5uBABxbgQAxG4EAOzoAQB4ggEAe/YDAIB1AQDQPwIA7OgBAD/pAQCS6QEA5ekBAP3WCgBQ1woAi/4KAAfOBgCV9QYAax4CAH8nAgDxDQAA5KIBAF7OCwCS8AAAz5AEAOEtCwDxDQAABGgCAFeRCACqkQgA/ZEIAFCSCACjkggA9pIIAEmTCACckwgA75MIAEKUCACL/goAngUNALz3CgDs6AEAKAoNAO8lAADs6AEAauQLAByaDQCnRwAA+kcAAFMAAAD96wcAl+QFAC11AQANYwsA5RIIAO2QAACV9QYA7OgBAEoSAQA8UgQAj1IEAOJSBAA1UwQAQ+kGACv0CgDhLQsA8Q0AAARoAgBKEgEAPFIEAI9SBADiUgQANVMEAEPpBgCW6QYA6ekGADzqBgCP6gYA4uoGADXrBgCI6wYAmCQHAOEtCwDxDQAABGgCAOzoAQD8nQgAvPcKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATxQEAKIUBACDcwgA1nMIACl0CAB8dAgAz3QIACJ1CAB1dQgAyHUIABt2CABudggAwXYIABR3CABndwgAuncIAA14CABgeAgAs3gIAEB8AwC+XAUAEV0FAGRdBQCV9QYA7OgBACgKDQA5rQgAKAoNACBIBgBzSAYACVwHAFxcBwCvXAcAAl0HAFVdBwCoXQcA7OgBAGrkCwC+XAUAEV0FAGRdBQCV9QYA7OgBACgKDQA5rQgAe/YDAJ0LAgDxDQAA1aIDACijAwCdCwIA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAEB8AwC+XAUAEV0FAGRdBQCV9QYA7OgBACgKDQA5rQgAKAoNACBIBgBzSAYACVwHAFxcBwCvXAcAAl0HAFVdBwCoXQcA7OgBAGrkCwC+XAUAEV0FAGRdBQCV9QYA7OgBACgKDQA5rQgAQHwDAL5cBQARXQUAZF0FAJX1BgDs6AEAKAoNADmtCAAoCg0AIEgGAHNIBgAJXAcAXFwHAK9cBwACXQcAVV0HAKhdBwDs6AEAauQLAL5cBQARXQUAZF0FAJX1BgDs6AEAKAoNADmtCABrHgIA+fgMAH96AgDLggEAHoMBALz3CgCdCwIAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAA3uAwBBhAwAaJsNAL2LAAAQjAAAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABUfgQAp34EAPp+BABNfwQAoH8EAPN/BABGgAQAmYAEAOyABACAdQEAmPQBAOzoAQBq5AsAGwcMACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAOckEAIzJBADfyQQAMsoEAIXKBAC9iwAAEIwAADoeAwD02wEA7OgBAO8rCwBEDgAAPSoIAJAqCADjKggANisIAPvTAgCbhAAA9NsBAGseAgB/JwIAAUcAAI29BADgvQQA7ZAAAPENAABTAAAA/esHAFDsBwCa4wAAfycCAAAAAAC9iwAA7ZAAAPENAAAEaAIAyMEJAJ3MCgCa4wAAbLgCAF2VCQCwlQkAA5YJAGDnBACz5wQABugEAFnoBACs6AQA/+gEAFLpBACl6QQA+OkEAEvqBACe6gQA8eoEAETrBACX6wQA6usEAD3sBACQ7AQA4+wEADbtBACJ7QQA3O0EAC/uBACC7gQA1e4EACjvBAB77wQAzu8EACHwBAB08AQAx/AEABrxBABt8QQAwPEEABPyBABm8gQAufIEAJuEAADuhAAAlUgHAOhIBwCV9QYA7OgBAGrkCwAcmg0Ap0cAAEoSAQDz0gQARtMEAOzoAQBDiAgAlogIAAFHAACNvQQA4L0EAO2QAADxDQAA7OgBAMvpCgD6RgwAUOwHAOzoAQBDiAgAlogIAAAAAAC9iwAA7ZAAAPENAAAEaAIA7OgBAHiCAQB79gMAS/EDAIuXAQATRQUAZkUFAF9oDADF0QAA/J0IAC11AQAirQAAlUgHAOzoAQD/awoAJKIKAJX1BgCLZggAdZgDAPvTAgAirQAAfJ4CAOKzAgA1tAIAiLQCANu0AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA0EUNAJ3MCgCa4wAAbLgCAKkvAAB1rQAAyK0AABuuAABurgAAwa4AAPvTAgAirQAAfJ4CAOKzAgA1tAIAiLQCANu0AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA0EUNAJ3MCgCa4wAAbLgCAO2QAACV9QYAi2YIAHWYAwCpLwAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQC8dAUAD3UFAIaUCgDZlAoALJUKAH+VCgDSlQoAJZYKAHiWCgDLlgoAmPQBANx3CQAveAkA7OgBAIv+CgCqpgUAQ4gIAJaICADxDQAARA4AADmtCABrHgIAIq0AAGrJAwC9yQMAEMoDAGPKAwC2ygMACcsDAFzLAwCvywMAAswDAFXMAwCozAMA+8wDAE7NAwDOsQEAIbIBAHSyAQDHsgEAGrMBABTKCABnyggAusoIAA3LCABgywgAs8sIAAbMCABZzAgArMwIAP/MCABSzQgApc0IAPjNCABLzggAns4IAPHOCABEzwgAl88IAOrPCADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAvWgFABBpBQBjaQUAtmkFAAlqBQBcagUAr2oFAE7UAgCh1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABUfgQAp34EAPp+BABNfwQAoH8EANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwDL6QoAjZoJAOCaCQAzmwkAhpsJANmbCQAsnAkAf5wJANKcCQAlnQkAeJ0JAMudCQAengkAcZ4JAMSeCQAXnwkAap8JAL2fCQAQoAkAY6AJALagCQAJoQkAXKEJABbcAgBp3AIAxoYJAOWqCgBOVwgAOa0IAAFHAADIwQkAauQLABsHDAA/UAsAK/QKAOEtCwDxDQAAXZUJALCVCQCd9gQA8PYEAEP3BACjVAUA7ysLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAMXRAADtkAAAqxcAAAFHAADs6AEAi/4KAMXRAABYCQIAAUcAAOzoAQDF0QAAWAkCAFKxDAClsQwAr5oKAAKbCgBVmwoAqJsKAMvpCgDXDQkA8Q0AAOSiAQCwegEA//0BAHiCAQD+tQ0AauQLABsHDAA/UAsA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEADgFCgCLBQoA3gUKAGrkCwAcmg0Ap0cAAEOICACWiAgAnfYEAPD2BABD9wQAo1QFAO8rCwDUHQAAJx4AAHoeAADNHgAAIB8AAJLwAADJAQsAyJgDANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwBnHQkAUmwKAKVsCgD//QEAANYFAFPWBQCm1gUA+dYFAKsXAADs6AEA7ysLANrNDAAtzgwAqC0CAC11AQBL8QMA9f8GAM1HBgA5rQgAAUcAAMjBCQCdzAoAmuMAAGy4AgDhHw0AvlwFABFdBQBkXQUAt10FAApeBQBdXgUAY00JANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAcM0EAMPNBAAWzgQAac4EALzOBADvKwsA1B0AACceAAB6HgAAzR4AAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAFtwCAGncAgDGhgkAGYcJAGyHCQC/hwkAEogJAGWICQA/6QEA5RIIADgTCACLEwgAKAoNAGseAgDs6AEATu8KAKHvCgBrHgIAfycCAHNkAgABRwAAJhwCAGseAgC89woA7OgBAEWhAQC9iwAAEIwAADoeAwD02wEA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwB2aQgANYoIAHONCADGjQgAGY4IAGyOCABAfAMAvlwFABFdBQBkXQUAlfUGAOzoAQAoCg0AOa0IACgKDQAgSAYAc0gGAAlcBwBcXAcAr1wHAAJdBwBVXQcAqF0HAOzoAQBq5AsAvlwFABFdBQBkXQUAlfUGAOzoAQAoCg0AOa0IAAFHAAC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQCwXgUAA18FAFZfBQCpXwUAL1UOAIJVDgBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBAfAMAvlwFABFdBQBkXQUAt10FAApeBQDytAoA1B0AAM47BgD+tQ0Al+QFAAFHAAC+XAUAzUcGAB+ZCAABRwAAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAsF4FAANfBQBWXwUAqV8FAO2QAABAkQAAmuMAAGy4AgA+9QEAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAsF4FAOZECwA5RQsAjEULAN9FCwAyRgsAhUYLANhGCwBEDgAAPSoIAJAqCADjKggANisIACYcAgAgSAYAc0gGAMZIBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPvTAgC9+QgAQJEAAJrjAABsuAIAqxcAAP4XAAA5tAcAjLQHAN+0BwAytQcAhbUHANi1BwC+HgIATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAOzoAQBq5AsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAY00JAL4yCwAirQAAIq0AAB66BQBxugUAxLoFABe7BQCd9gQA7OgBAIv+CgDvJQAAAUcAAMjBCQCdzAoA7ysLANQdAADOOwYA/rUNAJfkBQABRwAAvlwFAM1HBgAfmQgA7OgBAPIOCgBAkQAAmuMAAGy4AgAN9QIAsYkJAASKCQBXigkAqooJAP2KCQBQiwkAH64FAHKuBQDFrgUAGK8FAGuvBQC+rwUAEbAFAGSwBQC3sAUACrEFAA/IBQBiyAUAtcgFAAjJBQBbyQUArskFAL2LAABrHgIAax4CAH8nAgCrFwAAAUcAAOzoAQBq5AsAGwcMACBIBgDXDQkAeIIBAMuCAQAegwEAvPcKAPvTAgAAAAAA7OgBAGrkCwA6JQIAjSUCAOAlAgCDsQsA7ysLAEIsCwAtdQEAE0UFAJuEAAD//QEAeIIBAP61DQDvKwsA1B0AACceAAB6HgAAzR4AACAfAACzjQUA7OgBAD/pAQD6+goATfsKAKD7CgBq5AsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUA+9MCABbcAgBp3AIAxoYJAIv+CgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEA/rUNAO8rCwDUHQAAJx4AAHoeAADNHgAAIB8AAEoSAQAAAAAAUwAAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIAax4CAE5XCAAqTAwAI0ACAECRAABFYgoAmGIKAGseAgB/JwIADecEAGDnBACz5wQAm4QAAP/9AQB4ggEA/rUNAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAEIwAAKsXAAC89woA+9MCAAFHAAAirQAAUwAAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwDvJQAABqoBAFmqAQCsqgEAIq0AAPC4AQA4kAIAqHkDAGseAgB/JwIA0icCAC+vDQDxDQAA1B0AAAqcCABdnAgAsJwIAAOdCABWnQgAqZ0IAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQAN9QIARA4AAD0qCACQKggA4yoIADYrCADs6AEA8g4KAECRAACa4wAAbLgCAC9VDgCCVQ4A1VUOAChWDgB7Vg4AzlYOACFXDgB0Vw4Ax1cOABpYDgBtWA4AwFgOAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwDdlQMAK/QKAOEtCwDxDQAA//0BAADWBQBT1gUAptYFAPnWBQBM1wUA8rQKACdxAABMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAm4QAAO8lAADQPwIA7/sFAM6xAQDxDQAAqS8AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQBAkQAAmuMAAGy4AgAnHQwA394BAGKKAgC1igIACIsCAFuLAgBOVwgA7yUAAGseAgB/JwIAAUcAAI29BADgvQQA7ZAAAPENAADUHQAArUsBAABMAQBTTAEAZDMLALczCwAKNAsA7OgBAEoSAQDz0gQAvPcKAOzoAQCvmgoAApsKAFWbCgComwoA//0BAMwiDQCL/goATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBANjKBAArywQAhpQKANmUCgAslQoAf5UKANKVCgAllgoAeJYKAMuWCgAelwoAcZcKAPIOCgDxDQAABGgCAFdoAgD//QEAeIIBAHv2AwB1mAMA4wECAG3HCgBq5AsAGwcMAD9QCwD/awoAUwAAAO6EAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIATtQCAKHUAgA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAA//0BAM1HBgDNRwYAAUcAAPENAAAEaAIAjb0EACINCwBjMQ0A7OgBAD/pAQBrHgIATlcIAEoSAQDs6AEARaEBAJLwAAD70wIA5tYCAHWtAADIrQAAG64AAG6uAADBrgAAFK8AACv0CgB+9AoA0fQKACT1CgBDiAgARWIKAJhiCgDs6AEAKAoNADmtCAABRwAA7OgBACgKDQDvJQAA7OgBAIv+CgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEA/rUNAP/9AQAA1gUAU9YFAKbWBQD51gUATNcFAPK0CgDs6AEAauQLABsHDAA/UAsAauQLAJuEAADwjgcA0D8CAOzoAQBq5AsAngUNALz3CgDs6AEAKAoNAO8lAADs6AEAauQLAByaDQCnRwAA+kcAAE1IAADtkAAAlfUGAOzoAQD//QEAANYFAFPWBQCm1gUA+dYFAEzXBQB4ggEAm4QAAHWmAQAEaAIAvlwFACKtAADxDQAA1B0AAJuEAABZUAIAIq0AAJVIBwBXFQIA/W4NAFBvDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAVxUCAHl1DQDMdQ0AOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIAAAAAAFMAAAD96wcAZg0NAPENAADUHQAAm4QAAFlQAgAirQAAlUgHAFMAAAA1DgIAVxUCAP1uDQBQbw0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AAFcVAgB5dQ0AzHUNADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAPvTAgABRwAAjb0EACINCwAUTgIA8Q0AAFMAAADXDQkAax4CAAFHAAD70wIAAUcAAI29BAAiDQsAFE4CAPENAABTAAAA1w0JAGseAgABRwAA+9MCAL35CABAkQAAmuMAAGy4AgB4ggEAe/YDAEyZAgAtdQEAgHUBAJj0AQAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAcFcJANQdAAAnHgAAmuMAAGy4AgCdCwIA8AsCAI29BAAiDQsAFE4CAPENAABTAAAA1w0JAGseAgABRwAAVxUCAHl1DQDMdQ0AOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIAL1UOAIJVDgBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwDyDgoAQJEAAJrjAABsuAIAZbkCAHyeAgAgvQ0Ac70NAMa9DQAZvg0AbL4NAL++DQASvw0AZb8NAJ+EBQDyhAUARYUFAJiFBQDrhQUAPoYFAJGGBQD70wIA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBAfAMAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAY00JANjKBAB8ngIAIL0NAHO9DQDGvQ0AGb4NAGy+DQC/vg0AEr8NAGW/DQDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMAAUcAAL5cBQARXQUAZF0FALddBQAKXgUAXV4FALBeBQADXwUAVl8FAKlfBQAW3AIA7ZAAAMXRAAAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAB+ZCAD+FwAAgssJANXLCQCbhAAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAP61DQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAncQAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAP61DQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BABbcAgBp3AIAxoYJAIv+CgDwjgcAe/YDAEyZAgAZ4QgAr5oKAAKbCgCCywkA1csJAPENAADs6AEAP+kBAPr6CgBN+woAoPsKAPP7CgD/awoAUmwKAKVsCgC89woAzUcGADmtCABrHgIA7OgBANjKBAB1rQAAvYsAAPENAAAEaAIAyMEJAOzoAQCvmgoAApsKAILLCQDVywkAi/4KAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQAoCg0AIq0AACKtAAAeugUAcboFAMS6BQAXuwUAnfYEAOzoAQDF0QAA/J0IAC11AQB/egIA/rUNAPIOCgDxDQAABGgCAFdoAgD//QEAeIIBAHv2AwB1mAMA4wECAC11AQCAdQEAmPQBAOzoAQCL/goAqqYFANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAQHwDAJN8AwDmfAMAOX0DANWiAwAoowMAQ+kGAJbpBgDp6QYAPOoGAI/qBgDi6gYAauQLACKtAABTAAAAAAAAAC11AQBTAAAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAQHwDAJN8AwDmfAMAauQLAByaDQCnRwAAK/QKAOEtCwDxDQAABGgCAGrkCwC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQBjTQkAtk0JAAlOCQCL6gEALXUBAGseAgB/JwIAKAoNACBIBgBzSAYAxkgGAOzoAQBq5AsAIq0AAFMAAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwDF0QAALXUBABNFBQBURwAA7OgBACv0CgDhLQsA8Q0AAARoAgDs6AEAlfUGAOj1BgBjMQ0AAUcAAL5cBQBMmQIAGeEIAO8rCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAADubwMAQXADAJRwAwC9iwAAEIwAADf9AABMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEA/rUNACgKDQBrHgIA7OgBAE7vCgBVAwgA7ZAAAPENAADs6AEAr5oKAAKbCgBVmwoAqJsKAJcAAgCdEQ0A1CMLAHWYAwCV9QYA8Q0AAOzoAQDvKwsA1B0AACceAAB6HgAAzR4AACAfAABzHwAA7m8DAEFwAwCUcAMAvYsAABCMAAA3/QAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAP61DQAoCg0Aax4CAOzoAQBO7woAVQMIAO2QAADxDQAA7OgBAK+aCgACmwoAVZsKAKibCgCXAAIAnRENANQjCwB1mAMA7OgBAO8rCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAADubwMAQXADAJRwAwC9iwAAEIwAADf9AABMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEA/rUNACgKDQBrHgIA7OgBAE7vCgBVAwgA7ZAAAPENAADs6AEAr5oKAAKbCgBVmwoAqJsKAJcAAgCdEQ0A1CMLAHWYAwAAAAAAm4QAAPCOBwBDjwcAe/YDAPvTAgBrHgIA+fgMAIB1AQCY9AEA3HcJAECRAACa4wAAbLgCABbcAgBp3AIAxoYJABmHCQDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAACL/goATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAO2QAABKEgEAIq0AAHyeAgDuhAAAlUgHAOhIBwDxDQAA1B0AACceAAB6HgAAzR4AACAfAAB/JwIAQJEAAJrjAABsuAIAzrEBAPENAAD70wIADfUCALGJCQAEigkAV4oJAKqKCQD9igkAUIsJAIOxCwDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMAOAUKAIsFCgC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQBjTQkAauQLABsHDACV9QYARfoMAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDR2QIAHJoNAKdHAABG7gwAme4MAP9rCgAkogoAd6IKAK+aCgACmwoAURgAAIv+CgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEA/rUNANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAi/4KAKgtAgDa1AsAHJoNAC11AQB1mAMAyJgDAEoSAQCdEgEAShIBAPX/BgCrFwAATv0IAKH9CAD0/QgA/dYKAFDXCgBKEgEA89IEAFlQAgDQPwIAI0ACAJX1BgDs6AEATu8KAEX6DACbhAAAK/QKAH70CgDR9AoAJPUKAHf1CgDK9QoAHfYKAHD2CgDrrgsAngUNAJX1BgDs6AEA/2sKACSiCgB3ogoARvwKAKHvCgB1mAMAJ3EAAP/9AQB4ggEA/rUNAJX1BgDs6AEAvYsAABCMAAABRwAAvlwFAH96AgDs6AEAauQLAL5cBQARXQUAZF0FAJX1BgDs6AEAQ4gIAJaICAABRwAAjb0EAHiCAQB79gMAzvYDAEhoBAAirQAAVxUCAHl1DQDMdQ0AOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIA7YgNANQdAAAnHgAAeh4AAM0eAAAgHwAAlfUGAEX6DACbhAAAB84GAPvTAgBVAwgAxdEAAKsXAAD70wIA/J0IAOEtCwDxDQAABGgCAHiCAQDLggEAetgJAM3YCQAg2QkAc9kJAP3rBwBQ7AcAmuMAAGy4AgCx1QoAIEgGAHNIBgDGSAYA7OgBAL2LAAAQjAAAOh4DAPTbAQDs6AEA7ysLAEQOAAA9KggAkCoIAOMqCADvKwsA2s0MAC3ODACoLQIAvYsAAPENAADs6AEA/J0IAG3HCgCX5AUA0D8CACNAAgCV9QYAVQMIACBIBgBzSAYACVwHAFxcBwCvXAcAAl0HAFVdBwCoXQcA+10HAE5eBwChXgcA9F4HAEdfBwCaXwcA7V8HAEBgBwCTYAcA5mAHADlhBwCMYQcA32EHADJiBwCFYgcAaHIHALtyBwAOcwcAYXMHAJX1BgDs6AEAKAoNADmtCAABRwAA7OgBAMXRAABYCQIALXUBABNFBQC+XAUAgHUBAJj0AQDs6AEAP+kBAPr6CgBrHgIA7OgBACgKDQAgSAYAc0gGAAlcBwBcXAcAr1wHAAJdBwBVXQcAUOwHAL4eAgCoLQIAvlwFAM1HBgAfmQgAAUcAAL5cBQARXQUAZF0FALddBQAKXgUAXV4FALBeBQDmRAsAOUULAIxFCwDfRQsAMkYLAIVGCwDYRgsAAd8CAHq9AQABRwAAm4QAAKgtAgDIwQkAKAoNACBIBgBzSAYACVwHAFxcBwCvXAcAAl0HAFVdBwCoXQcA7OgBAGrkCwC+XAUAEV0FAGRdBQCV9QYA7OgBACgKDQA5rQgAAUcAAP4JAgC9iwAAEIwAADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AABKEgEAnRIBAAUkCgCLZggAx7ENALz3CgDs6AEA2MoEACvLBACGlAoAEIwAAAFHAADIwQkA0dkCAL5cBQARXQUAZF0FALddBQAKXgUAXV4FAGNNCQDF0QAAWAkCAC11AQATRQUAvlwFAIB1AQCY9AEA7OgBAD/pAQD6+goAax4CAOzoAQBMmQIAn5kCAPKZAgBFmgIA/J0IAOEtCwDxDQAABGgCAFdoAgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAIq0AAAAAAAB4ggEA+9MCABbcAgBp3AIAxoYJACv0CgDhLQsA8Q0AAARoAgDxDQAA7OgBAIv+CgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEA/rUNAP9rCgBSbAoApWwKAPd4CgBKeQoAnXkKAMvpCgDXDQkAKg4JAE7UAgCh1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABrHgIAfycCAA3nBACoLQIAyMEJAO8rCwDUHQAA8Q0AAOSiAQCwegEAzUcGAHiCAQB4ggEA7OgBACv0CgDhLQsA8Q0AAARoAgCS8AAAyQELAE8UBABq5AsAjb0EAOC9BADtkAAAlfUGAOzoAQA/6QEA+voKAGseAgDs6AEAAAAAAL2LAADtkAAAQJEAALz3CgDs6AEAP+kBAJLpAQDl6QEAOOoBAKsXAAD+FwAAgssJANXLCQDxDQAA7yUAAAaqAQBZqgEArKoBAEX6DACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA5tYCABbVAwCGlAoA2ZQKACyVCgB/lQoA0pUKACWWCgB4lgoAy5YKAEOICACWiAgADecEAGDnBACz5wQA7OgBAIv+CgCeBQ0AvPcKAOzoAQDYygQAK8sEAH7LBAD6mQwATZoMAO6EAACmbggA7OgBAMvpCgDXDQkALXUBAIB1AQCoLQIA8Q0AAPvTAgAW3AIAadwCAMaGCQAZhwkA1B0AACceAAB6HgAAzR4AACAfAACzjQUA7OgBAIv+CgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEA/rUNAD/pAQD6+goAax4CAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwDxDQAA1B0AACceAAB6HgAAzR4AACAfAACzjQUABo4FACceAACa4wAAbLgCANQdAAAnHgAAmuMAAGy4AgAvVQ4AglUOAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAnQsCAGseAgB/JwIA0icCAC+vDQDxDQAA1B0AAJJQCwBjKwIAjagHAOCoBwDs6AEA7ysLANQdAAAnHgAAeh4AAM0eAAAirQAA0D8CAPydCADhLQsAOa0IAPENAADUHQAAnQsCAJX1BgBrHgIA+fgMAEyZAgAZ4QgAbOEIAFcVAgD9bg0AQJEAAJrjAABsuAIAVxUCAKsXAADtkAAAAUcAAMXRAADNRwYAax4CANA/AgAjQAIAQJEAAJrjAABsuAIAL1UOAIJVDgC4GQ0ACxoNAF4aDQAAAAAAAAAAAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA+9MCAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMAauQLAByaDQCnRwAA8g4KAEUPCgCV9QYAUwAAANcNCQAtdQEAgHUBAJI1AwDs6AEAvYsAAGseAgB4ggEA+9MCABQJAAD8nQgAT54IAKKeCADYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAOAUKAIsFCgDeBQoAauQLAByaDQCnRwAAzlADAFUDCACoAwgA+wMIAE4ECAChBAgA00QIAE7vCgDo9QYA7ZAAAEoSAQCdEgEAzlADAFUDCACoAwgA+wMIAE4ECAChBAgA00QIAE7vCgDo9QYA7ZAAAEoSAQCdEgEA8BIBAOzoAQBDiAgARWIKAJhiCgCrFwAAOh4DAIB1AQCY9AEA7ZAAAECRAABKEgEAi5cBAHWYAwDkogEAsHoBAM1HBgAfmQgA7OgBAE7vCgBF+gwAqxcAADoeAwDtkAAAlfUGAOzoAQDF0QAA/J0IAC11AQB/egIA/rUNAGrkCwCNvQQAvPcKAC11AQCAdQEAmPQBAOzoAQBq5AsAGwcMAD9QCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAOAUKAIsFCgDeBQoAauQLAByaDQCnRwAAzlADAFUDCACoAwgA+wMIAE4ECAChBAgA00QIAE7vCgDo9QYA7ZAAAEoSAQCdEgEATu8KAN/dDQAy3g0Ahd4NANjeDQAr3w0Aft8NANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBADB0AcAzUcGACKtAADQPwIAI0ACAECRAAB/JwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKHNAwDD9goAFvcKAGn3CgB7awsA/J0IAC11AQB/egIA/rUNAD/pAQBCJgAAAUcAACKtAACVSAcALXUBAIB1AQCY9AEA7OgBAO8rCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAACL/goAYzENAC11AQDs6AEATJkCABnhCABs4QgA8rQKALB6AQDNRwYALXUBAH96AgD+tQ0AqxcAAP4XAAB3OwEA7yUAAPr6CgBN+woAoPsKAPP7CgCKnAIAQJEAAJrjAABsuAIARaEBAE22CACgtggA87YIAEa3CACZtwgA7LcIAAAAAACiyAIA9cgCAK+aCgACmwoAURgAAJPBBQDmwQUAndMJAPDTCQBD1AkAP+kBAOUSCAA4EwgAixMIACgKDQBrHgIA7OgBAE7vCgCh7woAax4CAH8nAgBzZAIAAUcAACYcAgBrHgIA8g4KAEUPCgCYDwoA6w8KAD4QCgAAAAAATJkCAJ+ZAgBZUAIAAAAAAGseAgBFYgoAmGIKAAAAAACV9QYAVQMIAKgDCAD7AwgATgQIAKEECABtLwgAwC8IABMwCABmMAgAIq0AANA/AgAjQAIAAUcAAKsXAAD+FwAAdzsBAO8lAAD6+goATfsKAKD7CgDz+woAipwCAECRAACa4wAAbLgCAFcVAgDtiA0ARA4AAD0qCAD7mwoA5RIIAKoiDAAVQgIA7OgBAIv+CgCqpgUATJkCAJ+ZAgDymQIAe/YDAJX1BgDs6AEATu8KAFUDCACoAwgA+wMIAE4ECAChBAgA00QIAPIOCgBFDwoATJkCAC11AQBrHgIATlcIAB+ZCABKEgEA9f8GAKsXAADF0QAAzUcGAGseAgDQPwIAIcYKAIB1AQCY9AEA7OgBANjKBAArywQAfssEAPqZDABNmgwAoJoMAPOaDABGmwwAmZsMAOzoAQBDiAgARWIKAJhiCgDrYgoAPmMKAJFjCgDkYwoA7ysLANrNDACNvQQAIg0LAKgtAgDIwQkAmPQBAOzoAQD/awoAJKIKAHeiCgDyDgoALXUBABNFBQBURwAAp0cAAEbuDADs6AEAr5oKAAKbCgBVmwoAqJsKAEOICABFYgoAmGIKAKsXAAA6HgMAgHUBAJj0AQDs6AEAKAoNAGseAgDs6AEAShIBAIuXAQB1mAMAqS8AAPC4AQA4kAIA7yUAAOUSCACY9AEAvYsAAGseAgB/JwIAax4CAH8nAgAN5wQAqC0CAMjBCQBO7woAVQMIAKgDCAD7AwgATgQIAKEECADTRAgAy+kKAAg/AQBbPwEATJkCAC11AQCV9QYARfoMAM1HBgDNRwYAAUcAAHiCAQD+tQ0A8Q0AAOSiAQDs6AEATu8KAFUDCACoAwgA+wMIAE4ECAChBAgA00QIAK+aCgACmwoAVZsKAKibCgD7mwoATpwKAKGcCgD0nAoATu8KAFUDCACoAwgA+wMIAE4ECAChBAgA00QIAPIOCgBFDwoAlfUGAFMAAADXDQkALXUBAIB1AQCX5AUA6uQFAD3lBQCQ5QUA4+UFADbmBQCJ5gUA3OYFAC/nBQCC5wUALXUBAJuEAADwjgcA7OgBAGrkCwAirQAAUwAAAPvTAgDbFA0A7OgBAEGEDABomw0A2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAJLwAAAAAAAATxQEAMj/DAD6+goAax4CAAFHAAC+XAUATJkCABnhCADOOwYAvPcKAOzoAQBDiAgAlogIAOmICAA8iQgAj4kIAOKJCADs6AEA/2sKAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMAoc0DAJfkBQDq5AUAPeUFAJDlBQDj5QUANuYFAInmBQDc5gUAL+cFAILnBQAW3AIAadwCAESKBgBBhAwA7ZAAAK1LAQDUIwsAdZgDAARoAgC+XAUAgHUBAJj0AQDs6AEATu8KAFUDCABKEgEA89IEAC11AQDB0AcAFNEHAGfRBwC60QcADdIHAGDSBwCz0gcABtMHAFnTBwCs0wcA/9MHAFLUBwCl1AcA+NQHAEvVBwCe1QcA8dUHAETWBwBrHgIAfycCANInAgAvrw0A8Q0AANQdAABFoQEAAUcAACKtAABTAAAA+9MCAAAAAAB4ggEA8Q0AAPvTAgAAAAAAvYsAABCMAAA6HgMA9NsBAPvTAgAAAAAA//0BAHiCAQD+tQ0AauQLABsHDAA/UAsA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEADgFCgCLBQoA3gUKAGrkCwAirQAAUwAAAPvTAgAAAAAAeIIBAPENAAD70wIAAAAAAO8rCwDkogEAN6MBAPvTAgAAAAAAqxcAAKsXAADtkAAAl+QFAAFHAAC+XAUAzUcGAB+ZCADs6AEAQ4gIAJaICADpiAgAPIkIAI+JCADiiQgAAAAAAAFHAAABRwAAUwAAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBkHg4A1w0JACoOCQB9DgkAkvAAAM+QBADhLQsA8Q0AAARoAgBezgsAQ4gIAJaICAAN5wQAYOcEALPnBADs6AEATu8KAOj1BgAGVg0AWVYNAP/9AQCbhAAAdaYBANQdAADvKwsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAi/4KAKgtAgC9iwAAeIIBAJX1BgDs6AEAr5oKAAKbCgBVmwoAqJsKANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAA4BQoAiwUKAN4FCgBrHgIAfycCANInAgAvrw0A8Q0AANQdAABF+gwAQJEAAJrjAABsuAIA7ZAAAECRAACa4wAAM/UIAIb1CABRGAAAAAAAAAAAAAAAAAAAosgCAPXIAgB4zgIAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDANXnBQAo6AUAe+gFAM7oBQAh6QUAdOkFAAAAAAAAAAAAosgCAPXIAgB4zgIAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDANXnBQAo6AUAe+gFAM7oBQAh6QUAdOkFAMXRAAAtdQEAgHUBAO2QAABAkQAAmuMAAGy4AgAAAAAAAAAAAAAAAAAAAAAAAAAAAKsXAADtkAAAAUcAAFcVAgB5dQ0AzHUNADiQAgCoeQMA+3kDAE56AwChegMA0EUNACNGDQB2Rg0AyUYNABxHDQBvRw0AwkcNABVIDQDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAF9oDADNRwYA8Q0AAOzoAQDyDgoAQJEAAJrjAABsuAIAAAAAAAAAAAAAAAAAyMEJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEARU4BAAAAAAAAAAAAAAAAAK1LAQDUIwsAzUcGAB+ZCADs6AEAQ4gIAJaICADpiAgAPIkIAI+JCAAAAAAA7ZAAAECRAAD//QEALXUBAIB1AQAVQgIA390NABCMAACY9AEA8Q0AACdxAACIwgAA7yUAAP/9AQCbhAAAiMIAAOzoAQCL/goA//0BAJj0AQDcdwkAzjsGAP61DQD8nQgAqxcAAO2QAACtSwEA1CMLAAAAAACrFwAA7OgBAEOICACWiAgA/J0IAL2LAADxDQAAJ3EAAAfOBgDxDQAA5KIBALB6AQDNRwYAH5kIAO2QAABDiAgA+fgMAA1jCwDlEggAvYsAAAFHAACbhAAAqC0CAAAAAADNRwYA7OgBAEOICACWiAgAc2QCAMZkAgDxDQAAJ3EAAAfOBgCrFwAA/hcAAPvTAgC9+QgAEPoIAGP6CAC2+ggACfsIAFz7CACv+wgAAvwIAFX8CACo/AgA+/wIAO2QAACX5AUA6uQFAD3lBQCQ5QUA4+UFADbmBQCJ5gUA3OYFAC/nBQCC5wUAP+kBAJLpAQDl6QEAOOoBAP+qAQDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDABbcAgBp3AIAxoYJABmHCQBshwkAv4cJABKICQBliAkAP+kBAOUSCAA4EwgAixMIACgKDQBrHgIA7OgBAE7vCgCh7woAax4CAH8nAgBzZAIAAUcAACYcAgBrHgIAYysCAPCOBwD+tQ0AQJEAAJrjAABsuAIAzUcGAM1HBgB4ggEA7OgBAGrkCwC+XAUAEV0FAGRdBQCV9QYA7OgBACgKDQA5rQgAAUcAAOzoAQDF0QAA/J0IAC11AQB/egIA/rUNAMXRAABYCQIALXUBABNFBQC+XAUAgHUBAJj0AQDs6AEAP+kBAPr6CgBrHgIA7OgBAIv+CgCeBQ0A8QUNACgKDQAgSAYAc0gGAMZIBgDs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMA/2sKACSiCgB3ogoAr5oKAAKbCgBVmwoAqJsKAIv+CgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEA/rUNAP4JAgBRCgIAQ4gIAJaICAAAAAAAvYsAAO2QAADxDQAABGgCAOzoAQBq5AsAvlwFABFdBQBkXQUAlfUGAOzoAQAoCg0AOa0IAAFHAADs6AEAi/4KAO8lAAABRwAAyMEJAJ3MCgCrFwAA7ZAAAK1LAQD70wIA0dkCAL5cBQARXQUAZF0FALddBQAKXgUAXV4FAGNNCQCL/goACyEMAAAAAAC9iwAALXUBAGseAgD5+AwAgHUBAJj0AQDs6AEAi/4KAKqmBQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwD+tQ0AQJEAAJrjAABsuAIA4R8NAL5cBQARXQUAZF0FALddBQAKXgUAXV4FAIc8CQDaPAkALT0JAIA9CQDTPQkAJj4JAHk+CQDMPgkAHz8JAHI/CQDFPwkAkvAAAMXRAABYCQIALXUBABNFBQDk9QEAax4CAH8nAgAN5wQAqC0CAMjBCQALIQwAAAAAAL2LAAAtdQEAax4CAH8nAgDOsQEAlfUGAP/9AQAirQAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDACgKDQD//QEAAUcAAJuEAAAtdQEAgHUBAOzoAQDOsQEAlfUGAP/9AQAirQAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAOzoAQDyDgoAnRENAABMAQBTTAEAZDMLALczCwAKNAsAXTQLALA0CwDF0QAA/J0IAG3HCgCrFwAA7OgBAGrkCwCNvQQAvPcKAC11AQCAdQEAmPQBAOzoAQBq5AsAGwcMAD9QCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADxDQAA7OgBANjKBAArywQAhpQKANmUCgAslQoAf5UKANKVCgAllgoAeJYKAMuWCgAelwoAcZcKAIv+CgALIQwAAAAAAL2LAAAtdQEAax4CAH8nAgCd9gQA7OgBAD/pAQBrHgIATlcIAEoSAQDs6AEAauQLAByaDQCnRwAAvYsAABCMAAA3nAIAipwCAECRAAB4ggEAvPcKAC11AQCAdQEAmPQBAOzoAQBO7woA6PUGAAZWDQBZVg0A//0BAJuEAAB1pgEA1B0AAIv+CgALIQwAAAAAAL2LAAAtdQEAax4CAH8nAgCL/goAqqYFAEOICACWiAgA8Q0AAEQOAAA5rQgAax4CACKtAADtkAAAP+kBAGseAgBOVwgAShIBAOzoAQD/awoAE0UFAPENAADs6AEAy+kKAAg/AQD5+AwAS/EDAPPSBABZUAIAvPcKAOzoAQA/6QEAkukBAO6EAACmbggAJhwCAGseAgC89woA7OgBACgKDQBrHgIA7OgBAO8rCwBEDgAAOa0IAGseAgAirQAA7ZAAAAFHAACbhAAAB84GAJX1BgBrHgIA+fgMAIB1AQDvJQAA+voKAOzoAQDyDgoARQ8KAJgPCgB3OwEA7yUAAPr6CgBN+woAoPsKAPP7CgCbhAAALXUBAJ0LAgCbhAAAbcALAJG9CQDkvQkAgHUBAMpICwCNvQQAIg0LABROAgDxDQAAcC4DAJuEAACoLQIAyMEJACv0CgDhLQsA8Q0AAARoAgDs6AEAr5oKAGMrAgC2KwIACSwCAFEYAACTwQUA5sEFAJ3TCQDw0wkAQ9QJAJbUCQDp1AkAPNUJANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAEoSAQCLlwEAdZgDAP/9AQDMIg0A/J0IAJuEAABMmQIALXUBAIB1AQC95AsAG8IJAG7CCQDBwgkAFMMJAGfDCQC6wwkADcQJAGDECQCzxAkABsUJAFnFCQCsxQkA/8UJAKHvCgDeZggAMWcIAIRnCAC9iwAAlfUGAEOICACWiAgADecEAAfOBgDs6AEAvYsAAJX1BgAAAAAAzUcGAOzoAQBq5AsAvlwFABFdBQBkXQUAt10FAApeBQD8nQgAUwAAAJ0LAgCrFwAA7ZAAAAFHAADF0QAAzUcGAGseAgDQPwIAnQsCAJj0AQDcdwkAL3gJAIJ4CQDVeAkAKHkJAHt5CQB/JwIA8Q0AAOSiAQDUHQAA8Q0AAPvTAgCY9AEA3HcJAC94CQCCeAkA1XgJACh5CQB7eQkAznkJACF6CQB0egkAx3oJABp7CQA/6QEA+voKAGseAgAoCg0Aax4CAOzoAQDvKwsA1B0AACceAAB6HgAALXUBACKtAADtkAAAr5oKAAKbCgBVmwoAqJsKANA/AgCyKgkA/hcAAMXRAAD8nQgA4S0LAPENAAAEaAIAyMEJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQA5wgUAjMIFAN/CBQAywwUAhcMFANjDBQCL/goAB84GAJX1BgBrHgIAfycCAPENAADkogEA7OgBAD/pAQD6+goATfsKAKD7CgAgSAYAc0gGAMZIBgDs6AEAauQLACKtAABTAAAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAQHwDAJN8AwCbhAAALXUBAO2QAABAkQAAmuMAAGy4AgBFoQEATbYIAKC2CADztggARrcIAJm3CADstwgA7ZAAAEoSAQBTAAAA1w0JAGseAgC+HgIAWVACALz3CgDs6AEAP+kBAJLpAQDl6QEA/dYKAFDXCgD/awoAUmwKAKVsCgCvmgoAYysCALYrAgAJLAIAQ4gIAJaICADxDQAARA4AAHiCAQC9iwAAAUcAAL5cBQDNRwYAlfUGAEX6DACrFwAAYysCALYrAgAJLAIAr5oKAAKbCgBrHgIA7OgBAO8rCwDUHQAAJx4AAHoeAACrFwAAYysCALYrAgAJLAIAy+kKAAg/AQBbPwEATJkCAC11AQCV9QYARfoMACKtAACVSAcA7OgBACv0CgDhLQsA8Q0AAARoAgDs6AEA/2sKACSiCgB3ogoA0D8CALIqCQD+FwAAxdEAAM1HBgAqTAwAvYsAAFMAAADs6AEAP+kBAJLpAQDl6QEA/dYKAFDXCgA46gEAOh4DAM1HBgBXFQIAeXUNAJVIBwCbhAAAngUNAKsXAADtkAAAzjsGAPENAABXFQIAy4ENAB6CDQBrHgIAfycCAPENAABEDgAAeIIBAEyZAgAZ4QgAlfUGAOj1BgAHzgYAlfUGAGseAgB/JwIA8Q0AAOSiAQDUHQAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPvTAgAW3AIAYysCALYrAgAJLAIAMqcJAIWnCQDYpwkAK6gJAH6oCQDRqAkAJKkJAHepCQDKqQkAHaoJAHCqCQDDqgkAFqsJAGmrCQC8qwkAD6wJAGKsCQC1rAkA7OgBAF9oDADJAQsARA4AAD0qCACQKggA4yoIADYrCABR2QgAY/MJALbzCQAJ9AkAncwKAJrjAABsuAIA8g4KAPENAAAEaAIAV2gCAP/9AQB4ggEAe/YDAHWYAwDjAQIA7OgBAIv+CgCqpgUAr5oKAO2QAADF0QAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAPvTAgBFoQEATbYIAKC2CADztggARrcIAJm3CADstwgAP7gIAJK4CABhvwgAAAAAAAAAAAAAAAAAMMYIAIPGCADWxggAKccIAHzHCADPxwgAIsgIAHXICAAAAAAAAAAAAMjICAAbyQgAbskIAA3uAwDYFgYAKxcGAD/pAQD6+goATfsKAKD7CgD70wIAoc0DAPTNAwCDSQ4A1kkOAClKDgB8Sg4Am4QAAP/9AQB4ggEA/rUNAD/pAQDlEggAOBMIAIsTCACvmgoAApsKAFWbCgComwoA+5sKAE6cCgChnAoA9JwKAO2QAACrFwAA/hcAAO2QAACrFwAAqxcAAP4XAADtkAAAqxcAAAFHAAD70wIAFtwCAGncAgDGhgkAGYcJAGyHCQC/hwkAEogJAGWICQA/6QEA5RIIADgTCACLEwgAKAoNAGseAgDs6AEATu8KAKHvCgBrHgIAfycCAHNkAgABRwAAJhwCAGseAgC89woA7OgBAEGEDAD70wIAAAAAAOzoAQD//QEAUv4BAO8lAADvJQAAQiYAAECRAAD5+AwAgHUBAJj0AQDs6AEAauQLAL5cBQARXQUAZF0FAJX1BgDs6AEAKAoNADmtCAABRwAA7OgBAIv+CgDvJQAAAUcAAMjBCQCdzAoAlfUGAN/dDQB4ggEA/rUNAKsXAAD+FwAAdzsBAO8lAAD6+goATfsKAKD7CgDz+woAipwCAECRAACa4wAAbLgCABbcAgBp3AIAxoYJAEoSAQCdEgEABSQKAFgkCgCrJAoA/iQKAK+aCgBjKwIAtisCAAksAgCV9QYAFtwCAGncAgDGhgkAShIBAJ0SAQAFJAoAWCQKAKskCgD+JAoAr5oKAGMrAgC2KwIACSwCAJX1BgBKEgEAnRIBAAUkCgBYJAoAqyQKAP4kCgDL6QoAHuoKAO6EAADQPwIA7/sFAG3ACwDcdwkAeIIBAMuCAQBQYgMAo2IDAOzoAQC9iwAAax4CAHiCAQBDiAgAlogIAPENAABEDgAAeIIBAEyZAgAZ4QgA/2sKAEvxAwCe8QMA8fEDAETyAwCX8gMA7OgBAPIOCgBFDwoAAUcAAI29BAC89woA7OgBAD/pAQD6+goAax4CAOzoAQDL6QoAHuoKAO6EAADQPwIA7/sFAG3ACwDcdwkA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEAP+kBAPr6CgBN+woAoPsKAPP7CgD/awoAE0UFAGZFBQD/awoAUmwKAKVsCgD4bAoAqqYFAMvpCgAe6goA7oQAANA/AgDv+wUAbcALANx3CQBXFQIAzrEBAPENAABEDgAAShIBAPPSBACoLQIAIq0AAJVIBwAtdQEAgHUBAJj0AQDs6AEAy+kKAB7qCgDuhAAA0D8CAO/7BQBtwAsA3HcJAD/pAQD6+goAax4CAOzoAQCQCAEA2Y0LAGQeDgC3Hg4Ar5oKAAKbCgBVmwoAqJsKAMvpCgAIPwEAfycCANInAgDlEggALXsMAO2QAACV9QYA7OgBAMXRAAAtdQEAE0UFAFRHAADs6AEAAAAAAOzoAQAoCg0Aax4CAOzoAQBEYAwAAAAAAOzoAQAoCg0Aax4CAOzoAQBEYAwAl2AMAIv+CgCqpgUATu8KAEX6DACY+gwA/esHAGYNDQC5DQ0ARfoMAKsXAAAirQAAvYsAABCMAAABRwAAvlwFABFdBQBkXQUA7ZAAAECRAACa4wAAbLgCAHiCAQDLggEAUGIDAKNiAwDs6AEA7ysLAEIsCwAirQAAlUgHAOzoAQA/6QEA5RIIADgTCACLEwgAQYQMAJSEDACY9AEA3HcJAEoSAQDs6AEALXUBAIB1AQDs6AEAi/4KAJ4FDQC89woA7OgBACgKDQDvJQAA7OgBAGrkCwAcmg0Ap0cAAPpHAABEDgAAOa0IAGseAgAirQAA7ZAAAHiCAQDLggEAIq0AAHyeAgDPngIAIp8CALz3CgDs6AEA/2sKAFJsCgCQAA4A4wAOADYBDgCJAQ4A3AEOAP61DQCV9QYA7OgBAJj0AQDcdwkAShIBAGrkCwAcmg0Ap0cAAJj0AQDcdwkAShIBAPENAADs6AEAi/4KAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQBO7woAax4CAPn4DABMmQIAGeEIAGzhCADs6AEAP+kBAPr6CgBN+woAoPsKAPP7CgA/6QEA+voKAGseAgDs6AEAzrEBAJX1BgD//QEAIq0AACcdDAD+FwAAdzsBAO8lAAD6+goATfsKAKD7CgDz+woAipwCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAirQAAda0AABNaAgBmWgIAuVoCAJX1BgBF+gwA7yUAAO8lAAD6+goATfsKAKD7CgDz+woAipwCAECRAACa4wAAbLgCAN7+CgABRwAAvlwFAA1jCwAGqgEA7oQAAKZuCAC9iwAAax4CAGrkCwAbBwwAP1ALAD/pAQDlEggAqiIMABVCAgBakAMArZADAACRAwBTkQMAppEDAPmRAwBMkgMAn5IDAP/9AQDMIg0AQ4gIAJaICADxDQAARA4AAHiCAQBMmQIAGeEIAJX1BgD70wIAqxcAAP4XAAB3OwEARAACADEGCgCEBgoA1wYKACoHCgA/6QEAL68NABCMAAAf3goAAUcAAL5cBQDNRwYAH5kIAAFHAADIwQkAqxcAAPENAACwegEAzUcGAB+ZCAB1mAMAyJgDAEOICACWiAgAAAAAAL2LAAAtdQEAax4CAH8nAgBO7woAax4CAPn4DABMmQIAGeEIAOzoAQBfaAwA5PUBADf2AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAPvTAgBDiAgAlogIAAAAAAC9iwAALXUBAGseAgB/JwIAnfYEAOzoAQBKEgEAnRIBAAUkCgBYJAoAqyQKAP4kCgDL6QoACD8BAFs/AQBMmQIALXUBAJX1BgBF+gwA8Q0AAOzoAQDL6QoAHuoKAO6EAADQPwIA7/sFAG3ACwDcdwkA8Q0AAFMAAAD96wcAl+QFAO8lAAAGqgEAWaoBAKyqAQBBhAwA8Q0AAARoAgDIwQkAG8IJAPX/BgCtSwEA1CMLAPvTAgCY9AEAShIBAPX/BgCrFwAAAUcAAJuEAACoLQIAvlwFAM1HBgAfmQgA7OgBAD/pAQCS6QEAiMIAAHiCAQDxDQAA1B0AAHW6CgCRvQkA//0BAADWBQCoLQIAm4QAAPCOBwDs6AEA8g4KAECRAACa4wAAbLgCAPCOBwD70wIA0D8CACHGCgB0xgoAx8YKABrHCgAtdQEAf3oCANJ6AgAlewIA7ZAAAJuEAABjMQ0A7OgBACgKDQA5rQgAAUcAAOzoAQAoCg0A7yUAAOzoAQBKEgEA9f8GAEgABwCdEgEAax4CAECRAABKEgEAi5cBAN6XAQBjKwIAjagHAMjBCQCV9QYA7OgBAP/9AQC89woA7OgBAIv+CgCeBQ0A/hcAAHc7AQBURwAAp0cAAEbuDADs6AEAy+kKAAg/AQBbPwEA6SALADwhCwCPIQsAmPQBAOv0AQAoCg0AKkwMAP3WCgBQ1woAm5EKAO6RCgDs6AEAP+kBAJLpAQBEwQoAl8EKAOrBCgA9wgoAkMIKAOPCCgA2wwoAicMKAMvpCgAe6goAWVACAPK0CgDUHQAA8g4KAECRAACa4wAAbLgCACKtAAB8ngIAIL0NAJj0AQD8nQgAT54IAP9rCgBSbAoApWwKAPd4CgBKeQoAb5oNAH8nAgAN5wQAB84GAOzoAQAAAAAAT+MKAOzoAQD8nQgAm4QAAJ4FDQCV9QYAeIIBAP61DQCV9QYA8g4KAJ0RDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBXFQIA+9MCAFMAAACmAAAAnvgCAPH4AgBE+QIAaDsDALs7AwAOPAMAYTwDALQ8AwCL/goAqC0CAIv+CgCoLQIAAAAAAFXuCgDs6AEAlfUGAItmCADHsQ0AGrINAG2yDQDAsg0A+9MCAP/9AQC89woAAUcAAMjBCQDm1gIAlUgHAJuEAABZUAIA/J0IAJuEAAB1pgEA7OgBAD/pAQCS6QEA5ekBADjqAQBAkQAAmuMAAGy4AgAAAAAAqxcAAAFHAACbhAAA9NsBAOzoAQDyDgoAQJEAAJrjAABsuAIAzUcGADmtCAAQjAAAN5wCAE7vCgBF+gwAAUcAAMjBCQCX5AUAAUcAAMjBCQCbhAAAWVACAH8nAgBO7woARfoMAAFHAADIwQkAl+QFAAFHAADIwQkA8Q0AALB6AQADewEAVnsBAKl7AQDcwwoAL8QKAOzoAQD//QEAvPcKAOzoAQDvKwsAsHoBAAN7AQBWewEAqXsBAFMAAAAIPwEAWz8BAEoSAQCLlwEAdZgDANQdAAAnHgAAfycCAM6xAQA0BQUAl+QFAAFHAAC+XAUAzUcGAEoSAQDz0gQALXUBAIB1AQC+HgIA7oQAAO2QAAD//QEAm4QAAO6EAADQPwIA7OgBAF9oDABKEgEAnRIBAPENAAAEaAIA7OgBAEOICACWiAgAc2QCALRXCwCrFwAAAUcAAOzoAQDYygQAfJ4CAM+eAgAinwIAdZ8CAHiCAQCbhAAAdaYBAARoAgBPFAQAy+kKAAg/AQBbPwEA6SALADwhCwCPIQsA4iELAOzoAQDYygQAK8sEAGTSDAC30gwACtMMAF3TDACw0wwAA9QMAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAPIOCgCdEQ0A1CMLACckCwBmRQUA2MoEACvLBAC4GQ0AIq0AAO2QAADxDQAA5KIBAFcVAgD9bg0AUG8NANQjCwAnJAsALXUBABNFBQDIwQkAlfUGAOzoAQDF0QAALXUBABNFBQBURwAA7OgBANjKBAArywQAuBkNAAsaDQC9iwAA//0BAAFHAADIwQkAQTgLAJQ4CwA1yAsA7yUAAAaqAQBZqgEArKoBAPENAABeKAsAsSgLAAQpCwBXKQsAqikLAM1HBgDNRwYAKkwMAGrkCwC+XAUAEV0FAGRdBQCV9QYA7OgBACgKDQA5rQgAAUcAAOzoAQD/awoAUmwKACgKDQDvJQAA7ZAAAJX1BgBF+gwAlfUGAOzoAQBq5AsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAY00JAL4yCwARMwsA8Q0AAARoAgBq5AsAvlwFABFdBQBkXQUAlfUGAOzoAQAoCg0AOa0IAAFHAADs6AEA/2sKAFJsCgDR2QIA4Y4JABDlCwDnOAsAOjkLAI05CwDgOQsAMzoLAIY6CwDZOgsALDsLAH87CwDSOwsAK0cLAH5HCwDRRwsAJEgLANHZAgC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQBjTQkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAIv+CgDvJQAAAUcAAMjBCQCdzAoAauQLABsHDAA/UAsA//0BAMwiDQCL/goAngUNAPEFDQD/awoAUmwKAJAADgDjAA4ANgEOAJ4FDQAirQAA7ZAAACgKDQDvJQAA7OgBAPIOCgBAkQAAmuMAAGy4AgDs6AEAr5oKAAKbCgBVmwoAqJsKAJcAAgCdEQ0A1CMLAHWYAwDyDgoAnRENANQjCwB1mAMAr5oKAAKbCgBRGAAA8g4KAECRAACa4wAAbLgCAECRAACa4wAAbLgCAO2QAAAtdQEATJkCABnhCADs6AEAvYsAABCMAACVxQEA6MUBADvGAQCOxgEA4cYBADTHAQCHxwEA2scBALtWCwAOVwsAYVcLAOzoAQC9iwAAEIwAAMXRAABYCQIAqwkCAMjBCQCV9QYA7OgBAPIOCgCdEQ0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA7yUAAEImAABAkQAAmuMAAGy4AgCY9AEA6/QBAJX1BgDs6AEAr5oKAAKbCgBVmwoAqJsKAJcAAgCdEQ0Ai+oBAN7qAQAx6wEAhOsBAOzoAQDvKwsAQiwLACKtAAAirQAA7ZAAAPENAADF0QAAWAkCAFKxDAClsQwAr5oKAAKbCgBVmwoAqJsKAJcAAgCdEQ0Ai+oBAN7qAQAx6wEAhOsBANfrAQCdEQ0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAOh4DAAAAAACrFwAAOh4DAI0eAwBq5AsAGwcMAD9QCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBABO7woAoe8KAN5mCAAoCg0AIEgGAHNIBgDL6QoALXUBAIB1AQDvKwsA2s0MAC3ODABZUAIAQ4gIAJaICAAN5wQAYOcEAEIsCwAirQAAIq0AAO2QAADtkAAA//0BAMwiDQCL/goA//0BAHiCAQAN5wQAB84GAOzoAQDL6QoACD8BAFs/AQDhJgwANCcMAIcnDADaJwwALSgMACgKDQDvJQAA7OgBAL2LAAAQjAAAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIAr5oKAN/eAQDKNAIAvlwFAO2QAADxDQAA7OgBACgKDQDvJQAA7OgBAL2LAAAQjAAAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIAr5oKAN/eAQDKNAIAqxcAAP4XAABEigYA7ZAAAAFHAAA6JQIAjSUCAOAlAgCQCAEA7OgBACgKDQD//QEAzrEBADQFBQCX5AUAAUcAAOzoAQAr9AoAfvQKANH0CgAk9QoAr5oKAAKbCgBRGAAAi/4KAKgtAgD7LQIATi4CAKEuAgD0LgIARy8CAJovAgBKEgEA9f8GAAFHAABURwAA4S0LAJX1BgDs6AEA/rUNAJX1BgDs6AEARBsKAM1HBgAgSAYAAUcAAL5cBQDNRwYAH5kIAPvTAgC9iwAAEIwAAMXRAAAY0gAAvh4CAGMxDQCS8AAAAtoBAEQbCgCXGwoAKAoNAB+ZCADs6AEAi/4KAKqmBQBEGwoAqxcAAP4XAABEigYA7ZAAAEQbCgCXGwoATJkCAJ+ZAgDymQIARZoCAP9rCgBSbAoA03UBAM1HBgAqTAwAI0ACAMXRAAAtdQEAE0UFAFRHAACNvQQARWIKAAFHAABURwAAvPcKAP4JAgBRCgIApAoCAPcKAgBKCwIAP+kBAJLpAQDwjgcA8Q0AAK+aCgA6HgMAi/4KALMCDQAGAw0AWQMNAKwDDQD/Aw0AgHUBAJj0AQD70wIAqhUCAEViCgCYYgoA62IKAD5jCgCRYwoA5GMKADdkCgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA0dkCAL5cBQARXQUAZF0FAJX1BgDs6AEAKAoNADmtCAABRwAA7OgBAMXRAABYCQIALXUBABNFBQC+XAUAgHUBAJj0AQDs6AEAP+kBAPr6CgBrHgIA7OgBACgKDQAgSAYAc0gGAAlcBwBcXAcAr1wHAAJdBwBVXQcAmPQBAJj0AQBrHgIAfycCAJj0AQCRvQkAqC0CAMjBCQDtkAAAQJEAAJrjAABsuAIAUwAAAI2aCQDgmgkAAUcAAL3kCwAQ5QsAAfMLAFTzCwBO4QwAoeEMAPThDABH4gwA8Q0AAOzoAQA/6QEAkukBAOXpAQA46gEAQ4gIAJaICADxDQAAXigLAHiCAQABRwAA7OgBAO8rCwBCLAsATuEMAKHhDAD04QwAR+IMAAAAAABezgsA7OgBAD/pAQCS6QEA5ekBACK6CgDyDgoAQJEAAJrjAABsuAIAH5kIAO2QAADvKwsA1B0AAE/cCwCi3AsA9dwLAOzoAQAoCg0AauQLAL3kCwDZ4AsALOELAH/hCwDS4QsAJeILAHjiCwDs6AEAKAoNAHiCAQB4ggEA/rUNAJfkBQABRwAAvlwFAIB1AQD5AAAAK+YMAPENAADs6AEAlmwMALHOCwABRwAAvYsAAFMAAAAirQAAda0AABNaAgBmWgIAuVoCAEoSAQCdEgEABSQKAFgkCgCrJAoA/iQKAJuEAABZUAIAlfUGAFUDCADF0QAAqxcAACKtAAB1rQAAE1oCAGZaAgC5WgIAAUcAAMjBCQBBOAsAiWkLANxpCwAvagsAgmoLANVqCwAoawsA1B0AAPENAAAAAAAAAAAAAAAAAADYygQAK8sEAH7LBADm6gsAOesLAIzrCwDxDQAARA4AAHiCAQD+tQ0AVxUCAHiCAQDLggEAiGcNAIB1AQDvJQAAxdEAAFgJAgDy+QwA/W4NAECRAACa4wAAbLgCAJX1BgBF+gwA//0BAFL+AQA0GgIAjb0EACINCwB1DQsA7ysLAEIsCwAtdQEAE0UFAMjBCQBBOAsA+9MCAGrkCwC95AsAEOULAAHzCwBU8wsAp/MLAPrzCwBN9AsAP+kBAJLpAQDl6QEAOOoBAJ8ADAAzGAQAhhgEABg5CgBFYgoAS9wGAFUDCAA5rQgAAUcAAOzoAQAAAAAARfoMAECRAACa4wAA7eMAAAAAAAAAAAAA7ysLAEIsCwAtdQEAE0UFAMjBCQBBOAsA4BcEAJ3FCwDwxQsAn6YMAD/pAQDlEggAOBMIAIsTCAAAAAAANwMMAEWhAQDvJQAABqoBAFmqAQCiyAIA+9MCAC4cDACBHAwA0eYMACTnDAAmHAIA1BwMAE8UBAAAAAAA7OgBAL2LAAAQjAAASOQKAJvkCgDu5AoAQeUKAJTlCgDn5QoAOuYKAI3mCgBAkQAAmuMAAGy4AgD//QEAzCINAAFHAADF0QAA7ZAAAO2QAACrFwAA7OgBAGrkCwC95AsAEOULAFMAAACmAAAA+QAAAE8UBAAuHAwAgRwMAE8UBAABRwAAJhwCANQcDABPFAQAAAAAAOzoAQBq5AsAHJoNAC11AQB1mAMAyJgDABuZAwC95AsAEOULAOc4CwA6OQsAjTkLAOA5CwAzOgsAhjoLANk6CwAsOwsAfzsLANI7CwArRwsAfkcLANFHCwAkSAsAd0gLANA/AgAhxgoAlfUGAKsXAABjKwIAYzENAKLBAwDjAQIANgICAJLwAAAC2gEAtg8GAHyeAgDPngIAIp8CAO6EAABrHgIATlcIAPENAADkogEAgHUBADoeAwB1mAMA4wECAG3HCgCV9QYA7OgBAP9rCgBSbAoAAUcAAMjBCQBBOAsAlDgLACBIBgBzSAYACVwHAAFHAAA6JQIAKAoNAB+ZCADs6AEA7ysLANQdAABP3AsAotwLAPXcCwCdCwIAm4QAAPCOBwBDjwcAlo8HANjKBAB8ngIAz54CACKfAgD//QEAm4QAAO6EAACD/QwA1v0MAHiCAQCbhAAA0D8CAFJlCwClZQsA+GULAEtmCwCeZgsA8WYLAEOICABFYgoAkjUDAOU1AwCdzAoAmuMAAEViCgBTAAAAAUcAAMjBCQAAAAAAAAAAAAAAAAD//QEAzCINAO8lAAD6+goAax4CAH8nAgCL/goA8I4HAEOPBwAUCQAAZwkAACv0CgDhLQsANC4LAJuEAADvJQAAAUcAAMjBCQCdzAoA7OgBAIv+CgDwjgcAQ48HABQJAABnCQAAK/QKAOEtCwA0LgsA8g4KAJuEAADuhAAAlUgHABQJAABnCQAAK/QKAOEtCwA0LgsA8g4KAJuEAADuhAAAlUgHABQJAABnCQAAK/QKAOEtCwA0LgsAe/YDAIB1AQCwegEAgHUBAP3rBwBmDQ0AuQ0NAAwODQBfDg0AAAAAAD/pAQCS6QEA5ekBAK5FDAABRgwA7OgBAGrkCwC95AsAEOULAJ+mDADQPwIAAAAAAOzoAQBq5AsAveQLABDlCwCfpgwA7ysLAEIsCwAtdQEAE0UFAMjBCQBBOAsAy+kKAB7qCgBd2gsAP+kBAJLpAQDl6QEA2MoEAHyeAgDiswIAIq0AAO2QAADOOwYAeIIBAP61DQCV9QYAzwUMACIGDAB1BgwAyAYMABsHDABuBwwATu8KAN/dDQAy3g0Avh4CAKgtAgC+XAUAzUcGAB+ZCACdCwIAShIBAPENAABq5AsAveQLABDlCwCfpgwAy+kKAB7qCgBd2gsAP+kBAJLpAQDl6QEA7ysLAEIsCwAtdQEAE0UFAMjBCQBBOAsAVxUCAFcVAgDxXwwA7OgBAD/pAQCS6QEA5ekBADjqAQDyDgoAQJEAAJrjAABsuAIAP+kBAGseAgBOVwgAShIBACgKDQAqTAwA/2sKAJj0AQCrFwAA/hcAAGseAgB/JwIAnfYEAOzoAQCS8AAAvYsAABCMAAAf3goAct4KAMXeCgAY3woAa98KAL7fCgCJYgwA3GIMAC9jDACCYwwAXs4LAKrCAQBP3AsAotwLAPXcCwDs6AEAK/QKAOEtCwA0LgsA2eALACzhCwB/4QsA0uELACXiCwB44gsA7OgBACv0CgDhLQsANC4LAJuEAADuhAAAlUgHAOzoAQDvKwsA1B0AAE/cCwCi3AsA9dwLAOzoAQAr9AoA4S0LADQuCwBq5AsAveQLANngCwAs4QsAf+ELANLhCwAl4gsAeOILAOzoAQAr9AoA4S0LADQuCwAAAAAA9NsBAAFHAAC9iwAAax4CAH8nAgBBhAwAUwAAAKYAAACe+AIA8fgCAET5AgCX+QIA8g4KAJ0RDQCL6gEA3uoBADHrAQCE6wEA1+sBAEX0AQBDiAgARWIKANjKBAArywQAfssEAK+aCgBjKwIAtisCAAAAAABBhAwAlIQMAGibDQA/6QEAkukBAOXpAQAiugoAy+kKAB7qCgBd2gsA+9MCAOugDQDPBQwAIgYMAPvTAgDs6AEAvYsAABCMAAA6HgMAE0UFAGZFBQDOsQEAxIkMAFMAAAAtdQEAE0UFAMjBCQCdzAoATJkCAC11AQCAdQEAkjUDAJuEAABtwAsA3HcJAMvpCgB4ggEAm4QAAKgtAgDvJQAA+voKAGseAgBKEgEA7OgBAO8rCwBCLAsALXUBABNFBQDIwQkARWIKAJhiCgDs6AEAP+kBAOUSCACqIgwA/SIMAFAjDACjIwwA9iMMAEkkDACcJAwAi/4KAO8lAAABRwAAyMEJAJ3MCgBoSA0Au0gNAA5JDQBhSQ0AtEkNAAdKDQDytAoA7OgBAD/pAQD6+goATfsKAKD7CgDvKwsAzwUMACIGDAB1BgwAyAYMANrNDAAtzgwAWVACAAFHAADIwQkAi/4KAP/9AQDNRwYAax4CAAFHAADIwQkAQiwLACKtAAAirQAA7ZAAAPENAADkogEA7yUAAC+vDQCS6QEA5ekBADjqAQA1yAsAiMgLANvICwD6+goATfsKAKD7CgDvKwsAzwUMACIGDAB1BgwAyAYMANrNDAAtzgwAWVACAAFHAADIwQkAi/4KAP/9AQDNRwYAax4CAAFHAADIwQkAQiwLACKtAAAirQAA7ZAAAPENAADkogEA7yUAAC+vDQAuyQsAgckLANTJCwB1pgEA7OgBAAAAAADs6AEAP+kBAJLpAQDl6QEA/dYKAFDXCgAAAAAAQ4gIAEViCgCYYgoA+9MCAPIOCgDOOwYAITwGAGMxDQCiwQMA1B0AAJX1BgD70wIALXUBAIB1AQDvJQAA+voKAGy4AgCiyAIA9cgCAGrkCwC95AsAEOULAJ+mDADypgwAkLQMAOO0DAA2tQwAP+kBAJLpAQDl6QEA/dYKAFDXCgDyDgoAQJEAAJrjAABsuAIAOOoBAJ8ADAAzGAQAhhgEAFz0CQCdEQ0Ag0kOANZJDgApSg4AfEoOAMvpCgB4ggEA/rUNAJuEAAB1pgEA1B0AAEOICACWiAgA6YgIACUoAgBBhAwAqsIBAP3CAQBFoQEA/J0IAG3HCgDOOwYAWAkCAPL5DAA6HgMAgHUBAJj0AQCiyAIA9cgCAGrkCwC95AsAEOULAJ+mDADypgwAkLQMAOO0DAA2tQwABGgCAFdoAgCeBQ0AlfUGAOj1BgBZUAIAlfUGAJ0LAgDNRwYAOa0IAO2QAABAkQAAmuMAAGy4AgBDuQEAlrkBAHiCAQD+tQ0AAUcAAMjBCQBq5AsAm4QAAHWmAQAuHAwALXUBAH96AgCV9QYA7OgBAD/pAQCS6QEA5ekBADjqAQDvKwsAQiwLACKtAAAirQAA7ZAAAPENAADkogEA7yUAAC+vDQDJ+gsAHPsLAG/7CwDC+wsAFfwLAEGEDACUhAwA54QMANrNDAAl2wwAeNsMAMvbDAAe3AwAu/wLAA79CwBh/QsA7OgBAOzoAQD70wIAShIBAEoSAQDz0gQAWVACALz3CgDs6AEA9NsBAEfcAQCa3AEA7dwBAEDdAQCT3QEAqxcAAO2QAAABRwAAG6cBAJX1BgBTAAAA/esHAJX1BgABRwAAm4QAAPCOBwDs6AEAauQLAL3kCwAQ5QsAn6YMAJLpAQDl6QEAOOoBAO8rCwBCLAsAIq0AACKtAADtkAAA8Q0AAOSiAQDvJQAAL68NAECRAAB/JwIAxdEAAFgJAgBSsQwA7ZAAAECRAAB/JwIAauQLAL3kCwAQ5QsAIq0AAPC4AQBDuQEAlrkBAHiCAQD+tQ0AAUcAAGrkCwC95AsAEOULAIv+CgCzAg0ABgMNAFkDDQCsAw0A/wMNAFIEDQClBA0A+AQNAPvTAgAAAAAAAAAAAC11AQB1mAMALhwMAFlQAgDtkAAAUwAAAAg/AQB/JwIAc2QCAHyeAgCoLQIAyMEJACKtAAAAAAAAAAAAAIP9DADW/QwAKf4MAHz+DADP/gwAIv8MAD/pAQCS6QEA5ekBAP3WCgBQ1woA8g4KAECRAACa4wAAbLgCAHWmAQDIpgEAG6cBAG6nAQDBpwEAFKgBAGeoAQDxDQAA/gkCAKsXAADs6AEA8g4KAECRAACa4wAAbLgCANOlBgAmpgYAeaYGAMymBgAfpwYAcqcGAMWnBgAYqAYAzUcGAAFHAABURwAAp0cAAEbuDADs6AEA8g4KAECRAACa4wAAbLgCAKsXAACV9QYAi2YIAIB1AQCY9AEA+9MCAPIOCgCdEQ0A8BENAEMSDQCWEg0A6RINAPENAACtSwEAm4QAAH3QBQBTAAAAeIIBAP/9AQDNRwYAax4CANA/AgAjQAIAX2gMAD62CgCRtgoA5LYKAJuRCgDukQoA7ZAAAECRAACa4wAAbLgCAAFHAAA6JQIAjSUCAOAlAgCDsQsAlfUGAEX6DACDsQsAkAgBAO2QAABAkQAAmuMAAJ0LAgDwCwIAQwwCAJYMAgDpDAIAnQsCAO8lAAAGqgEAWaoBAJuRCgDukQoAAAAAANHZAgDhjgkAEOULAOsBDACS6QEA5ekBADjqAQD+CQIA/gkCAO2QAACbhAAAngUNACKtAABrHgIAfycCAA3nBACoLQIAvlwFAM1HBgAfmQgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAncQAAqC0CAL5cBQB1mAMA7yUAAOUSCADtkAAAlfUGAJX1BgBF+gwAmPoMAP3rBwBmDQ0AuQ0NAEX6DACrFwAAIq0AALz3CgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAFMAAABTAAAAeIIBAHv2AwAirQAAfJ4CAKgtAgC+XAUAzUcGAB+ZCAAirQAA8LgBADiQAgBoSA0AyMEJAK1LAQDfnwoAMqAKAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCrFwAA/hcAAESKBgABRwAAjb0EACINCwAUTgIA8Q0AALB6AQDtkAAAqxcAAAFHAAAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAMjBCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAUcAAJuEAAAtdQEAgHUBAO2QAABAkQAAeIIBAJuEAACIwgAAEIwAAB/eCgCVSAcA6EgHAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQB79gMAgHUBADoeAwATRQUAvlwFAJuEAADwjgcAe/YDAFpEAgCbhAAAqC0CAL5cBQDNRwYAH5kIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqC0CAJuEAACbhAAA7oQAAEGFAACUhQAA54UAADqGAABrHgIAfycCAPENAABEDgAAOa0IAGseAgAirQAA7ZAAAO8lAAAGqgEAWaoBAJuRCgDukQoA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCY9AEA3HcJAC94CQDOsQEAlfUGAP/9AQAirQAAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQC9aAUAEGkFAGNpBQC2aQUACWoFAFxqBQCvagUALXUBAH96AgDSegIAJXsCAHh7AgDLewIAHnwCAPENAAAEaAIAV2gCAKgtAgDIwQkA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEACe0KAFztCgDtkAAArUsBAINJDgDWSQ4AKUoOAHxKDgDPSg4AIksOAHVLDgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQAJ7QoAXO0KACKtAADwuAEAQ7kBAJa5AQB4ggEA/rUNAAFHAAC+XAUAzUcGAB+ZCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQAJ7QoAXO0KAL5cBQARXQUAZF0FALddBQAKXgUAXV4FALBeBQDmRAsAOUULAIxFCwDfRQsAMkYLAIVGCwDYRgsA8k0BAAntCgBc7QoAvYsAABCMAAAf3goAlUgHAOhIBwA7SQcAjkkHAOFJBwA0SgcAi2YIAM1HBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQAJ7QoAXO0KAPENAADVogMAKKMDAP61DQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAAntCgBc7QoAosEDAPXBAwBIwgMAm8IDAO7CAwBBwwMAlMMDAOfDAwA6xAMAjcQDAODEAwDyTQEACe0KAFztCgDvJQAAeIIBALz3CgDF0QAAWAkCALz3CgDxDQAA1aIDACijAwD+tQ0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQAJ7QoAXO0KAGrJAwC9yQMAEMoDAGPKAwD70wIAVEcAAGseAgBOVwgAxdEAAOzoAQDyDgoAnRENAIvqAQDe6gEAMesBAITrAQDX6wEAAAAAAOzoAQBDiAgAlogIAHNkAgC0VwsAB1gLAFpYCwCtWAsA7ysLACcdDAB6HQwAzR0MACAeDABzHgwAxh4MAO8rCwAnHQwAeh0MAM0dDAAgHgwAcx4MAMYeDADyDgoAnRENAIvqAQDe6gEAMesBAITrAQDX6wEAQYQMAGibDQCL/goACyEMAKZuCAC9iwAAm4QAAIv+CgALIQwApm4IAL2LAACbhAAA8I4HAOzoAQBBhAwAaJsNALubDQAOnA0AYZwNALScDQAHnQ0AWp0NAK2dDQC9iwAAeIIBAHiCAQDs6AEATu8KAKHvCgD07woAR/AKAA1jCwDvJQAAQiYAAECRAAD5+AwAgHUBAJj0AQDs6AEA/2sKABNFBQDIwQkAG8IJAPENAADtkAAA7yUAAAFHAADs6AEA2MoEACvLBAB+ywQA+pkMAE2aDACgmgwA85oMAJj0AQD8nQgAT54IAOzoAQDYygQAK8sEAH7LBAD6mQwATZoMAKCaDADzmgwAiMIAAPENAADUHQAAlfUGAOzoAQD//QEAvPcKAPvTAgCqwgEAu5sNAEUPCgCV9QYA7OgBACgKDQDvJQAA7OgBAP9rCgBSbAoAqxcAAO2QAABAkQAA7OgBAPIOCgCdEQ0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAO8rCwDazQwALc4MAKpoAgD9aAIA7OgBAGrkCwCNvQQAIg0LAHUNCwDIDQsAQYQMAJSEDACL/goA//0BAM1HBgBMmQIAGeEIAPIOCgCdEQ0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAMXRAABYCQIAUrEMAKWxDABq5AsAHJoNAKdHAADOUAMAoe8KAGseAgB/JwIAc2QCAAFHAADs6AEA2MoEAHyeAgAgvQ0Ac70NAMa9DQAoCg0A7yUAAOzoAQBq5AsAHJoNAKdHAAA/6QEA+voKAHiCAQB4ggEAy4IBAMXRAAAtdQEAgHUBAJj0AQDs6AEA8g4KAJ0RDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQC9iwAAax4CAPn4DACAdQEAmPQBAOzoAQAr9AoAfvQKAJ4FDQCV9QYAeIIBAHv2AwCAdQEAmPQBAOzoAQAoCg0A7yUAAOzoAQBq5AsAHJoNAKdHAABkyw0At8sNAArMDQBdzA0AsMwNAAPNDQBWzQ0Aqc0NAPzNDQBPzg0Aos4NAPXODQBIzw0A/gkCAFEKAgAV9QwAngUNAP4XAAB3OwEAVEcAAKdHAABG7gwA7OgBAPIOCgCdEQ0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BACgKDQAirQAAIq0AAB66BQBxugUAxLoFABe7BQCd9gQAlSwLAOgsCwA7LQsAji0LAPvTAgAAAAAAAAAAAAAAAADs6AEAr5oKAGQeDgC3Hg4ACh8OAP9rCgBSbAoAkAAOAOMADgA2AQ4AiQEOANwBDgCL/goAB84GAJX1BgC89woAm4QAAFlQAgCrFwAA7OgBAIv+CgAHzgYAlfUGAMvpCgCrFwAAZB4OALceDgAKHw4A/2sKAFJsCgCQAA4A4wAOADYBDgCJAQ4A3AEOAIv+CgAHzgYAlfUGAPENAAAEaAIAV2gCAPCOBwBDjwcAmPQBANx3CQBKEgEA7OgBAP9rCgBSbAoAkAAOAOMADgA2AQ4AiQEOANwBDgD//QEAUv4BAMjdBQA3nAIAeIIBAP61DQD/awoAUmwKAJAADgDjAA4ANgEOAIkBDgDr9AEA7OgBAJj0AQDcdwkAL3gJAK+aCgBkHg4Atx4OAAofDgD/awoAUmwKAJAADgDjAA4ANgEOAIkBDgDcAQ4AUwAAAAg/AQBbPwEATJkCAC11AQCV9QYARfoMAECRAADytAoABGgCAI29BAAiDQsAqC0CAMjBCQCY9AEAvPcKAPvTAgBqyQMAvckDABDKAwBjygMAxdEAAC11AQATRQUAVEcAAOzoAQDyDgoAnRENAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAP4JAgBRCgIAauQLABsHDAA/UAsAQ4gIAJaICABAkQAARWIKAJhiCgDs6AEAy+kKAB7qCgBd2gsAUwAAAEoSAQDs6AEA8g4KAECRAACa4wAAAAAAAGy4AgBk0gwAhmsEAPPSBACeBQ0AlfUGAOzoAQA/6QEAkukBAOXpAQA46gEAxdEAAC11AQATRQUAVEcAAOzoAQDyDgoAnRENANQjCwAnJAsAZkUFANjKBAArywQAuBkNAE/jCgCi4woAouMKABQIDABFoQEATbYIAKC2CADztggAwLkMABO6DABTAAAACD8BAFs/AQDpIAsAPCELAI8hCwDiIQsA7OgBANjKBAArywQAZNIMALfSDAAK0wwAXdMMALDTDAAD1AwAe/YDAA1jCwBgYwsAl+QFALz3CgAirQAAda0AAJj0AQDr9AEAm4QAAByaDQCnRwAARu4MAJnuDACL/goA3v4KADH/CgBq5AsAveQLABDlCwDrAQwAkukBAOXpAQD91goAUNcKABsHDAA/UAsA7ysLANQdAADtkAAAauQLAByaDQCnRwAAP+kBAC+vDQCCrw0A1a8NACiwDQDvKwsA2s0MAC3ODACqaAIA/WgCAOzoAQBq5AsAjb0EACINCwB1DQsAQ4gIAJaICABBhAwAax4CAEViCgCYYgoA7OgBAEoSAQDz0gQATJkCABnhCAD6+goAax4CAOzoAQBKEgEAnRIBAGseAgB/JwIA/2sKAFJsCgDvJQAA+voKAGseAgBKEgEA89IEAKgtAgC+XAUAzUcGAO2QAACX5AUAHroFAAFHAAC+XAUAzUcGAB+ZCADs6AEAP+kBAJLpAQDl6QEAOOoBAD/pAQD6+goAax4CAOzoAQBq5AsAm4QAAHWmAQAcmg0Ap0cAAEbuDACZ7gwA7O4MAOXvDAA48AwAi/AMAD/pAQCS6QEA5ekBAK5FDAABRgwA7OgBAGrkCwC95AsAEOULAObWAgAW1QMAhpQKANmUCgAslQoAf5UKANKVCgAllgoAeJYKAMuWCgDykgMARZMDAGTSDAC30gwAcsMCAMXDAgD+tQ0AyKYBAIZ4DgDZeA4ABGgCALz3CgC89woAN6MBAFmiDgDcoA8AlfUGAKE8AAAseQ4Af3kOAFmiDgDiXw4AmUkAAKoGEADcoA8AlfUGANygDwDcoA8AlfUGAFmiDgAUmQ8A3KAPAKoGEACY9AEAJx4AAJAIAQCqBhAAkAgBACmdDgApnQ4AlfUGAEX6DAAgHwAAkAgBAC7DAACd9gQAsloOALJaDgDcoA8AnfYEANygDwBP3AsAvXwOABB9DgCK7g4AhngOANl4DgAPLw8AqgYQABQJAABZog4AvXwOABB9DgCQCAEAXXIOAO16DwBAew8Ac7YOAJj0AQApnQ4AuqAOAA2hDgCGeA4A2XgOAMMtDwBKEgEAaJsNACmdDgDndg4AKZ0OAB+ZCACK7g4AWaIOAFlIDwDcoA8AFAkAABQJAAAWiA4AaYgOALyIDgCqBhAA8Q0AAJX1BgCVSAcAlfUGABaIDgBpiA4Aj6sPAJAIAQAWiA4AaYgOAI+rDwAnHgAAhngOANl4DgAJLAIA7OgBACSiCgBZog4A+9MCAAFHAAApnQ4Af3oCAJX1BgBZog4Atx8CAL18DgAQfQ4AKZ0OABd8DgBqfA4AvXwOAB9oDwC9fA4AH2gPAB50DwApnQ4A84wOAA+JDgBiiQ4AXXIOAA+JDgAAAAAA7OgBABaIDgBpiA4AFogOAGmIDgAWiA4AaYgOAGN9DgCK7g4ABu4PAFnuDwBXFQIAF3wOAF1yDgC9fA4AEH0OAFcVAgCV9QYA7OgBAKoGEADs6AEApe8PAIyDDgApnQ4AWaIOAFmiDgBPFAQATxQEAE8UBAD70wIA8I4HAMwiDQB+rwgAzCINAPOaDADzmgwAAUcAAIpdCwB/cg8AkvAAAPENAADxDQAAfZEOAMXRAACS8AAAKZ0OAPENAADF0QAAKZ0OACmdDgApnQ4AKZ0OACmdDgBdcg4AXXIOACmdDgApnQ4AKZ0OACmdDgApnQ4AKZ0OAF1yDgBdcg4AXXIOACmdDgApnQ4AKZ0OAF1yDgBdcg4AU5cOAF1yDgBdcg4AKZ0OAOzoAQDs6AEAN5sOACuaCwDs6AEAqgYQAGseAgBNtggA7OgBAPENAADxDQAAKZ0OACmdDgB4ggEAKZ0OABaIDgBpiA4A+9MCAFmiDgCqBhAA8Q0AAG6fDgDs6AEAKZ4CANQdAAC89woA/J0IAKsXAACV9QYAqF0HAJX1BgB3fw8AWaIOAE3YDwApnQ4A8Q0AALpOAgDF0QAAxdEAAMXRAACqBhAAxdEAAMQpAgBjMQ0AqgYQALpOAgCqBhAAU0UCAD2fDwDWlQ8AKZYPAJCmDgCqBhAAUwAAAKsXAABF+gwA4l8OALz3CgCOZA8AUwAAAD2fDwAUCQAAFAkAABQJAAD6MQ8AWaIOAOJfDgAEaAIAvPcKAPevDgDPlwMA0X8DAHVEDwBzhgkA/QYQAAfOBgBdcg4A7XoPAEB7DwDmfAMAFogOAGmIDgCPqw8Alb0OAF1yDgCqBhAAw80EAADqDgBdcg4AKZ0OACmdDgAWiA4AaYgOACmdDgC6oA4ADaEOAEQOAABZog4A4l8OAKoGEADs6AEAWaIOACmdDgC6oA4ADaEOAOzoAQDKzAQASlYPAEQbCgCqBhAAXV4FAKoGEABjTQkAHs4OAFmiDgBstw4AAUcAAKoGEAAEaAIA/rUNAFmiDgAUmQ8AkvAAAEpWDwD9BhAAKZ0OALqgDgD9BhAAKZ0OAADqDgD+JAoAwa4AAF1yDgDteg8AQHsPABaIDgBqdQ8AXs4LAGIvDwDiXw4A8Q0AAJAIAQD2uw4AJCwPAAFHAAABRwAAXXIOAO16DwBAew8AbLcOAAFHAAABRwAAAUcAAAFHAADoag4A9ccOAD9QCwDLzQ4AWaIOACmdDgC6oA4ADaEOAGPQDgAM8wQA4l8OAHeiCgD9BhAAKZ0OAP0GEAApnQ4ACN0OAFvdDgCu3Q4A7ZAAACe1DgB6tQ4AzbUOACC2DgCSNA8ACN0OAFvdDgCu3Q4A6GoOAPN/BABdcg4A7XoPAEB7DwBstw4Ar6EJAKoGEAAEaAIAvPcKAKoGEABKVg8A4l8OAE8UBADtewMAyMEJACmdDgC6oA4ADaEOAB7ODgAgHwAAXXIOAO16DwBAew8AqgYQAPvTAgBstw4Av44IAAFHAAABRwAAadsOALzbDgAP3A4AXV4FAGnbDgApnQ4AOIgPAF1yDgD9BhAAKZ0OALqgDgD9BhAA/rUNAOzoAQApnQ4AuqAOAA2hDgABygUAWaIOABSZDwCqBhAA8/sKAFmiDgCqBhAAs40FACmdDgBdcg4A/QYQAL18DgAQfQ4AlfUGAK4wDwAI3Q4AW90OAK7dDgApnQ4AuqAOAA2hDgD3rw4ABGgCAP61DQApnQ4AXTQLAKoGEAD+tQ0A7OgBABhpDwCV9QYATJkCACmdDgC6oA4ADaEOAOhqDgCQCAEAWaIOAKoGEAAbBwwA4l8OAPK0CgBdcg4AKZ0OAF1yDgApnQ4A/QYQAP0GEAD9BhAAKZ0OACmdDgApnQ4AuqAOAA2hDgApnQ4Az50OAC0MEABZog4ALQwQAGnbDgApnQ4AXXIOAO16DwBAew8AXXIOAO16DwBAew8AqgYQAMp/DwCdzAoAqgYQAP61DQCqBhAANesGAOJfDgDs6AEAnfYEAJAIAQCqBhAAqgYQAARoAgCqBhAABGgCAKoGEAAEaAIA/QYQACmdDgC6oA4ADaEOAP61DQApnQ4AuqAOAA2hDgBZog4AAAAAABSZDwA/UAsAXXIOAO16DwBAew8AMOgPAKoGEAA9nw8AAUcAAGg6DwBqdQ8AB84GANh9DwArfg8Aj6sPALz3CgApnQ4AuqAOAA2hDgBZog4AWaIOACmdDgC6oA4ADaEOADYrCAAAAAAA/Q0PAFAODwCjDg8AqF0HADiIDwCLiA8A3ogPAKoGEADoag4AncwKAJiaAgD+tQ0AWaIOAKoGEACOZA8AfQ4JAOhqDgCqBhAAH5kIAIruDgAWiA4AaYgOAL18DgAQfQ4AXXIOAO16DwBAew8AkjUDAFmiDgCqBhAAmnsDACmdDgApnQ4AuqAOAA2hDgCV9QYAIB8AACmdDgDEdA8AKZ0OALqgDgANoQ4AE/gPAAAAAABdcg4A7XoPAEB7DwBZog4AbLcOAOJfDgBZog4A9Z4IAEpWDwDiXw4A8BIBAAAAAACqBhAASlYPAOJfDgDwEgEA7hsPAF1yDgDteg8AQHsPAH5+DwDPnQ4AqgYQAB+ZCAApnQ4AuqAOAA2hDgCqBhAAvPcKADxYDwDs6AEA+yUPACmdDgCS8AAAkCoIAAFHAABN2A8AvPcKAJ32BACqBhAAQJEAAL5pDwCSNQMArekOAOzoAQDs6AEAWaIOAI+rDwCQCAEAiu4OAOzoAQDDLQ8AE0UFAGy3DgCt6Q4AgHUBAO4bDwBBHA8AlfUGAAAAAAAAAAAAAAAAAKoGEABKVg8AAAAAAAAAAAAAAAAAwy0PAJAIAQCqBhAAPZ8PAEpWDwCV9QYAKZ0OAADqDgAA6g4AKZ0OAM+dDgCiyAIA6f0PAO16DwBAew8AbLcOACmdDgDPnQ4ATxQEAF1yDgBPFAQA7ZAAAAFHAABazgYAqgYQAJuEAABazgYA/QYQABU6DwCt6Q4AFogOAGmIDgBjfQ4AbLcOAKoGEAC89woAKZ0OAKoGEACaewMA7OgBAFmiDgCaewMAKZ0OALqgDgANoQ4A6z8PAD5ADwBPFAQATxQEAKoGEACaewMAmnsDAMrMBAAYaQ8A4l8OAAAAAACqBhAAqgYQAO2QAADKfw8A7OgBAKoGEABZSA8AFAkAAI/VCQCY9AEAkEwPAONMDwBTAAAAUwAAAF1eBQBZog4A7OgBAKoGEACqBhAAqxcAAF1yDgDteg8AQHsPAG/mDgDz+woA5nwDACmdDgC6oA4ADaEOAEGEDAAWiA4AanUPAHJoDwBZSA8AH5kIAFlIDwBZSA8AlfUGAKsXAAAWiA4AanUPAGmIDgBdcg4AWaIOAFlIDwCsSA8A/0gPALlSDwCoeA8AKZ0OAJp7AwBZog4A5bgIALS/CAAAAAAAmTMPAOwzDwAAAAAAAAAAAMHJCAB+FwYA8/sKAFmiDgCqBhAAqgYQAL5pDwABRwAAWaIOAKoGEABomw0AWaIOAJAIAQDs6AEAKZ0OALqgDgANoQ4AqgYQAOzoAQCqBhAA7OgBAKoGEACQCAEAqgYQAJAIAQDs6AEAqgYQABQJAACqBhAAFAkAAMp/DwAfmQgAqgYQAPvTAgAAAAAAvPcKACmdDgC6oA4ADaEOAKoGEABomw0AkAgBAOJfDgDxDQAA8Q0AAOJfDgD+tQ0Ayn8PAPvTAgBdcg4A7XoPAEB7DwApnQ4AuqAOAA2hDgDs6AEAfycCAKoGEADs6AEAqgYQAFmiDgCdVg8A7OgBAOzoAQCd9gQAbOEIAFmiDgAUCQAAqgYQAKoGEADs6AEAvXwOABB9DgBCvQ4AaJsNACckCwBZog4AAUcAAEyZAgABRwAAKZ0OALqgDgANoQ4AWaIOAIZxDwCV9QYAvPcKAOIhCwD70wIAXb4PAGp1DwD/qgEA7OgBAPENAAAAAAAA8rQKAAAAAAAfaA8A528PADpwDwCNcA8AqgYQACmdDgC6oA4ADaEOAOzoAQAUCQAATxQEAE8UBABfaAwA7OgBAF1yDgDs6AEAWaIOAPvTAgBZog4ABz0DAD2fDwA9nw8AQYQMAFmiDgCqBhAA7OgBABaIDgBpiA4AKZ0OALqgDgANoQ4AKZ0OAOzoAQCV9QYAqgYQAJX1BgDgcA8A3MMKAB+ZCAAUCQAAohQEABXgDwALGg0AkvAAAKoGEAC9fA4AEH0OAP0pCwBdvg8ApWwKAOzoAQCghQ8A7OgBAKVsCgAhow8ARoYPAHdICwCqwgEAXXIOAO16DwBAew8A7OgBAKoGEACqBhAAKZ0OAARoAgAEaAIAKZ0OACmdDgCV9QYA7YEOAECCDgB2iw8AOI8OAF1yDgApnQ4Az50OAD71AQCL/goA5KIBAA+JDgBdcg4AjR4DAKrCAQDKzAQAMWcIAMZIBgCY9AEAAUcAALPnBACV9QYAqgYQAP61DQDotg8AKZ4CAB01AgApngIAHTUCAO0vAgBEGwoA/QYQAJiaAgCqBhAAFAkAAOzoAQCLjw4A1B0AAI0eAwCl7w8A7OgBAFmiDgBdcg4A7XoPAEB7DwCoXQcAKZ0OAKLIAgAhow8ARoYPAJriDAAWiA4AaYgOAJriDACxzgsAFogOAJtuDwApnQ4AxHQPAKoGEADs6AEA7yUAAO8lAACY9AEAnQsCALJaDgBLnQ8Ag7ELABSZDwDs6AEAqgYQAOzoAQCUOAsAB48PAF7OCwDs6AEA7OgBAOzoAQDf6wsAHoMBAPr6CgAU7A8AKZ0OAJj0AQDIDQsAWaIOAOzoAQDs6AEAIaMPAEaGDwCqBhAAFogOAGmIDgCPqw8AmGIKAOzoAQDs6AEA7OgBAEK9DgDs6AEAWZsPAPKmDADxDQAAigMMAL18DgBZog4AfuYMAFC0DwB35wwAo7QPAIruDgCheQ8AKZ0OAM+dDgAhow8An6YMALJaDgCK7g4AULQPAIruDgCjtA8Aiu4OACGjDwBGhg8AMYkPAFMAAABVAwgAAUcAACSGDgDxDQAA7OgBAKVsCgBGhg8A7OgBAHJoDwDQPwIAKf4MALz3CgCYYgoAlfUGAOzoAQDs6AEA7OgBAKoGEACHLgsAhy4LAIcuCwCHLgsAmPQBAJj0AQCyDg0A7OgBABaIDgDFuw8AIaMPALPtDwDs6AEAIaMPAPKmDADs6AEA3KAPAKunDwAWiA4A/qcPAOzoAQB6rg8Aza4PAJjlDwAgrw8A7OgBAOzoAQAhow8A8qYMANygDwCrpw8AFogOAP6nDwDs6AEA8V8MAH/FDwAWiA4AaYgOACmdDgDPnQ4A7OgBAF2+DwBfaAwAX2gMAAJ4DwDLxg8AqHgPAP3CAQCHLgsAhy4LAIcuCwCHLgsA7OgBAIP9DACXpQ4AD4kOAFSLDgCYYgoA+pkMAAksAgAWiA4Am24PANygDwBZog4Aeq4PAFmiDgBfaAwA+9MCAIOxCwCDsQsA7OgBAPP7CgB6rg8Aza4PAJX1BgCV9QYAgq8NABaIDgBpiA4A8/sKAHquDwDNrg8AlfUGAJX1BgCCrw0AUpwPAKWcDwAWiA4AanUPAB50DwAAAAAAWaIOAKoGEABZog4AosgCACmdDgAhow8AibUMABaIDgBqdQ8AVNcPAPnjDwApnQ4AxHQPAPvTAgBpiA4Aj6sPAMjBCQCqBhAAeCgCAFMAAAAU7A8AIaMPAIm1DAABRwAAKZ0OAJX1BgDs6AEAFogOAGmIDgCCrw0A54QMAPvTAgD70wIARaEBAEWhAQBFoQEARaEBAPvTAgBZog4ARaEBAOzoAQDs6AEA7OgBAAAAAAAAAAAAIaMPALPtDwAWiA4AaYgOAIKvDQCqBhAApbEMAKoGEAAhow8AyMEJAKoGEAAhow8Ape8PAFmiDgDs6AEA7OgBALz3CgCrFwAAlfUGAO2QAADs6AEAdf8MAPvTAgAWiA4AanUPAIKhDwApnQ4AuqAOABd8DgBRCgIAS50PAEvwDwCe8A8A8fAPAETxDwApnQ4Az50OAGuoBgApnQ4AWaIOAC/0DwD70wIA/rUNAJX1BgD8bA8AH2gPAB50DwBezgsAKZ0OAMR0DwBezgsAkAgBABSZDwCQCAEAFJkPAL18DgAfaA8AkAgBAOzoAQAhow8ARoYPABaIDgBpiA4AUQoCAPrXDwD61w8AUQoCAF1yDgBdcg4AXXIOAAjdDgBdcg4AXXIOAF1yDgBdcg4AvXwOAB9oDwBdcg4ACN0OAF1yDgDmew8AXXIOAOZ7DwBdcg4A5nsPADiIDwDmew8AXXIOAOZ7DwBdcg4A5nsPANuzDgDmew8AXXIOAOZ7DwAntQ4AerUOALyIDgDs6AEA7OgBAPvTAgBZog4AqxcAAA+JDgDJiw8A9rQPAPa0DwAPiQ4AYokOAPCOBwD2BxAA+9MCAPvTAgDxDQAA8Q0AAMeqDgBZog4A/cIBAF1yDgCqBhAA54QMAKoGEABdcg4A4l8OAKoGEADiXw4AXXIOAO16DwDiXw4AzA0QAB8OEABdcg4A+9MCAKeEDwBZog4A7OgBAOzoAQDs6AEAQRUQAOzoAQDs6AEA7OgBAEEVEADs6AEAlo8HAEEVEACqBhAA3AEOAOzoAQDs6AEAQRUQAFmiDgAntQ4AerUOAM21DgBdcg4A8k0BANygDwCrpw8A7OgBACmdDgDPnQ4AFogOAGmIDgCPqw8ACxoNAPXjCgBG2Q8AFeAPAP61DQCqBhAA8I4HADDoDwBwgA8AIaMPAEaGDwAWiA4AanUPAFTXDwCqBhAA4l8OAMgNCwCrFwAAqgYQAB+ZCAAWiA4AaYgOAI+rDwAuHAwAMOgPANboDwAWiA4AxbsPACGjDwCfpgwAqgYQAA==","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAwAAAAEAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAIAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAQIAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAACAAABAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAACAAAAAAAYAAAAADAAAEAAAgAADSEQhAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAgAICAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAgAAAEAAAAAAAAAAAAACAAAAAgAAAAAAAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAYAAgAAKAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAQAAAAAAQAAEAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAEAABAAACAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAQAAAAAAQAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAABAAAAAACAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAEDAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAgAAAAAAAAAkAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAA0AABAAAIAAA0BEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAEAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAIAAAAAABgAAAAANAAAQAACAAANIRKEAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAgAAAAAAAgAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAEAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAgABAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAEQAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAQgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAIAAAAAAAAAAAAAAgABAAAAAAAAAAEAAAgAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAgABAAAAAAAAAAEAAAgAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAgAEAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAEEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgABAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAwAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAADAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAIAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAACAAAA="},"index":{"lists":[[80,82,83,84],[1,2,4,7,8,29,30,31,32,35,36,37,38,41,42,43,44,45,46,47,48,52,57,58,60,61,62,63,64,65,66,67,68,69,70,71,75,76,77,78,80,82,83,84,88,93,94,121,124,125,127,138,139,140,141,142,143,144,145,146,154,157,167,168,172,173,176,185,186,190,194,196,197,198,199,201,203,204,206,209,210,211,212,226],[1,2,4,7,8,29,30,31,32,34,35,36,37,38,41,42,43,44,45,46,47,48,52,53,57,58,60,61,62,63,64,65,66,67,68,69,70,71,74,75,76,77,78,80,82,83,84,88,93,94,100,121,124,125,127,138,139,140,141,142,143,144,145,146,154,157,167,168,169,172,173,176,185,186,190,194,196,197,198,199,201,203,204,206,209,210,211,212,215,216,217,226],[50,73,80,82,83,84,175,215,232],[80,82,83,84,112,113,114,218,219,220,221,222,223,224],[49,51,80,82,83,84],[80,82,83,84,206,225],[62,80,82,83,84,93,94,119,120,206,211,212],[80,82,83,84,112,113,114],[48,55,60,63,67,68,80,82,83,84,104,112,113,114,115,132,145,146,148,152,160,162,168,170,171,172,173,184,191,192,193,200,226],[15,16,17,23,24,80,82,83,84,92,151,164],[80,82,83,84,116,238],[6,80,82,83,84],[1,8,80,82,83,84,112,113,114,153,194,198,199,226],[10,80,82,83,84,112,113,114,118,194,198,199,226],[32,80,82,83,84,112,113,114,176,194,198,199,210,226],[18,80,82,83,84,112,113,114,141,163,194,198,199,214,226],[0,2,4,5,21,22,25,26,77,80,82,83,84,112,113,114,135,141,147,150,176,178,194,195,198,199,202,205,207,226,227,230,233,234,237,239],[3,9,12,21,25,26,28,34,37,38,56,59,78,79,80,82,83,84,88,90,96,97,99,105,112,113,114,117,122,125,128,135,141,149,156,158,159,165,176,177,188,194,198,199,226,235,240],[80,82,83,84,112,113,114,194,198,199,226],[80,82,83,84,112,113,114,141,194,198,199,226],[7,80,82,83,84,112,113,114,194,198,199,226],[80,82,83,84,112,113,114,194,198,199,226,231],[76,80,82,83,84,112,113,114,141,194,198,199,216,226,228,229],[71,79,80,82,83,84,91,95,106,112,113,114,137,180,194,198,199,216,226],[11,34,80,82,83,84,90,98,112,113,114,127,128,155,194,198,199,226],[4,27,54,80,82,83,84,112,113,114,141,194,198,199,226],[11,40,80,82,83,84,112,113,114,127,194,198,199,226],[13,14,33,45,80,82,83,84,89,101,103,107,112,113,114,123,129,130,131,133,134,136,144,161,166,167,179,182,187,189,190,194,198,199,208,213,226],[8,80,81,82,83,84,112,113,114,194,198,199,226],[11,80,82,83,84,112,113,114,194,198,199,226],[80,82,83,84,87,102,108,109,110,111,126,181,183,236],[52,80,82,83,84],[19,20,80,82,83,84,112,113,114,194,198,199,226],[29,80,82,83,84],[30,31,35,36,80,82,83,84],[39,43,44,46,80,82,83,84],[42,61,80,82,83,84],[42,80,82,83,84,85,86],[42,62,64,80,82,83,84],[42,80,82,83,84],[47,61,80,82,83,84,201],[61,80,82,83,84,201],[62,64,70,80,82,83,84,217],[64,80,82,83,84],[69,75,80,82,83,84,201,217],[72,80,82,83,84,174],[80,82,83,84,142],[80,82,83,84,143],[80,82,83,84,201],[80,82,83,84,217],[66,80,82,83,84,204],[66,80,82,83,84,204,215],[66,80,82,83,84,185,186,204],[66,80,82,83,84,204,206],[62,66,80,82,83,84,93,94,204,206,211,212],[66,74,80,82,83,84,185,186,204],[48,53,57,58,60,63,65,66,67,68,80,82,83,84,145,146,157,168,169,172,173,185,186,204,226],[1,8,66,80,82,83,84,185,186,194,196,197,198,199,204,209,226],[66,80,82,83,84,185,186,194,196,197,198,199,204,226],[32,66,80,82,83,84,176,185,186,194,196,197,198,199,204,210,226],[66,80,82,83,84,141,185,186,194,196,197,198,199,204,226],[2,4,66,77,80,82,83,84,141,176,185,186,194,196,197,198,199,203,204,226],[34,37,38,66,78,80,82,83,84,88,121,125,141,176,185,186,194,196,197,198,199,204,226],[66,80,82,83,84,154,185,186,194,196,197,198,199,204,226],[7,66,80,82,83,84,100,185,186,194,196,197,198,199,204,226],[66,76,80,82,83,84,141,185,186,194,196,197,198,199,204,216,226],[66,71,80,82,83,84,185,186,194,196,197,198,199,204,216,226],[34,66,80,82,83,84,127,185,186,194,196,197,198,199,204,226],[4,66,80,82,83,84,141,185,186,194,196,197,198,199,204,226],[66,80,82,83,84,121,124,127,185,186,194,196,197,198,199,204,226],[45,66,80,82,83,84,121,144,167,185,186,190,194,196,197,198,199,204,226],[8,66,80,82,83,84,185,186,194,196,197,198,199,204,226],[52,66,80,82,83,84,204],[66,80,82,83,84,185,186,194,198,199,204,226],[29,66,80,82,83,84,204],[30,31,35,36,66,80,82,83,84,204],[43,44,46,66,80,82,83,84,204],[41,42,61,66,80,82,83,84,204],[42,66,80,82,83,84,204],[42,62,64,66,80,82,83,84,204],[47,61,66,80,82,83,84,138,201,204],[61,66,80,82,83,84,201,204],[62,64,66,70,80,82,83,84,140,204,217],[64,66,80,82,83,84,204],[66,69,75,80,82,83,84,201,204,217],[66,80,82,83,84,139,204],[66,80,82,83,84,140,204],[66,80,82,83,84,142,204],[66,80,82,83,84,143,204],[66,80,82,83,84,201,204],[66,80,82,83,84,204,217]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,20,21,19,19,22,23,24,25,19,26,27,28,29,19,20,30,19,19,31,0,0,32,33,0,13,14,15,16,17,18,19,19,20,21,19,19,22,23,24,25,19,26,27,28,29,19,20,30,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[9135,36],[215,37],[10095,38],[10003,39],[8595,40],[10008,41],[10007,42],[10004,43],[8730,44],[10006,45],[8505,46],[9762,0],[9888,0],[8617,0],[8226,47],[9472,48],[10060,49],[9654,50],[65123,50]],"plainDefault":0,"spaced":[51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,52,53,51,51,51,51,51,51,54,51,55,56,51,57,57,57,57,57,57,57,57,57,57,51,51,51,51,51,51,51,58,59,60,61,62,63,64,59,61,65,59,59,59,66,67,68,59,69,70,71,72,59,61,59,59,59,51,51,51,73,74,51,58,59,60,61,62,63,64,59,61,65,59,59,59,66,67,68,59,69,70,71,72,59,61,59,59,59,51,51,51,51,51],"spacedOther":[[160,51],[5760,51],[8192,51],[8193,51],[8194,51],[8195,51],[8196,51],[8197,51],[8198,51],[8199,51],[8200,51],[8201,51],[8202,51],[8232,51],[8233,51],[8239,51],[8287,51],[12288,51],[65279,51],[9676,75],[9679,76],[9135,77],[215,78],[10095,79],[10003,80],[8595,79],[10008,81],[10007,82],[10004,83],[8730,84],[10006,85],[8505,51],[9762,86],[9888,86],[8617,87],[8226,88],[9472,89],[10060,90],[9654,91],[65123,91]],"spacedDefault":51,"blank":51}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[60,62,63,64],[18,19,20,23,24,25,26,28,29,30,31,32,33,34,38,41,42,44,45,46,47,48,49,50,51,52,53,54,56,57,58,59,60,62,63,64,67,71,72,90,91,92,93,99,100,101,102,103,104,105,106,113,116],[18,19,20,22,23,24,25,26,28,29,30,31,32,33,34,38,39,41,42,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,62,63,64,67,71,72,77,90,91,92,93,99,100,101,102,103,104,105,106,113,116],[36,55,60,62,63,64],[60,62,63,64,84,85,86],[35,37,60,62,63,64],[46,60,62,63,64,71,72,88,89],[34,40,44,47,51,52,60,62,63,64,80,84,85,86,87,95,105,106,108,111,117],[5,6,12,13,60,62,63,64,70,111],[60,62,63,64,87],[60,62,63,64,84,85,86,112],[1,60,62,63,64,84,85,86,87],[7,60,62,63,64,84,85,86,102],[10,11,14,15,58,60,62,63,64,84,85,86,98,102,107,110],[0,3,10,14,15,17,22,25,26,40,43,59,60,62,63,64,67,68,74,75,76,81,84,85,86,87,92,93,98,102,109,115,117],[60,62,63,64,84,85,86,102],[60,62,63,64,69,81,84,85,86,98],[2,22,60,62,63,64,68,75,84,85,86,93,114],[16,39,60,62,63,64,84,85,86,102],[2,60,62,63,64,84,85,86,93],[4,21,31,60,62,63,64,67,78,79,81,84,85,86,93,94,96,97,98,104],[60,61,62,63,64,84,85,86],[2,60,62,63,64,84,85,86],[60,62,63,64,67,78,82,83,92],[38,60,62,63,64],[8,9,60,62,63,64,84,85,86],[20,60,62,63,64,84,85,86],[60,62,63,64,84,85,86,91],[57,60,62,63,64,84,85,86],[54,59,60,62,63,64,73,84,85,86],[27,60,62,63,64,84,85,86],[18,60,62,63,64],[19,20,23,24,60,62,63,64],[26,30,31,32,60,62,63,64],[29,45,60,62,63,64],[29,60,62,63,64,65,66],[29,46,48,60,62,63,64],[29,60,62,63,64],[33,45,60,62,63,64],[45,60,62,63,64],[46,48,54,60,62,63,64],[48,60,62,63,64],[53,56,60,62,63,64],[55,60,62,63,64],[60,62,63,64,103],[60,62,63,64,104],[50,60,62,63,64],[50,55,60,62,63,64],[46,50,60,62,63,64,71,72],[34,39,41,42,44,47,49,50,51,52,60,62,63,64,105,106,116],[50,60,62,63,64,102],[50,58,60,62,63,64,102],[22,25,26,50,59,60,62,63,64,67,90,92,93,102],[50,60,62,63,64,113],[50,60,62,63,64,77],[22,50,60,62,63,64,93],[39,50,60,62,63,64,102],[50,60,62,63,64,90,91,93],[31,50,60,62,63,64,67,90,93,104],[50,60,62,63,64,67,92],[38,50,60,62,63,64],[20,50,60,62,63,64],[50,60,62,63,64,91],[50,57,60,62,63,64],[50,54,59,60,62,63,64],[18,50,60,62,63,64],[19,20,23,24,50,60,62,63,64],[26,30,31,32,50,60,62,63,64],[28,29,45,50,60,62,63,64],[29,50,60,62,63,64],[29,46,48,50,60,62,63,64],[33,45,50,60,62,63,64,99],[45,50,60,62,63,64],[46,48,50,54,60,62,63,64,101],[48,50,60,62,63,64],[50,53,56,60,62,63,64],[50,60,62,63,64,100],[50,60,62,63,64,101],[50,60,62,63,64,103],[50,60,62,63,64,104]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,4,12,13,14,4,4,15,4,4,4,4,15,16,17,4,18,19,20,21,4,15,22,4,4,23,0,0,24,25,0,4,4,26,4,4,27,4,4,4,4,4,4,4,28,29,4,4,4,30,27,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,31],[9679,32],[9135,33],[215,34],[10095,35],[10003,36],[8595,37],[10008,38],[10007,39],[10004,40],[8730,41],[10006,42],[8505,43],[9762,0],[9888,0],[8617,0],[8226,44],[9472,45]],"plainDefault":0,"spaced":[46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,47,46,46,46,46,46,46,46,46,46,48,47,46,49,49,49,49,49,49,49,49,49,49,46,46,46,46,46,46,46,46,46,46,50,51,52,53,46,50,54,46,46,46,50,46,55,46,56,57,58,46,46,50,46,46,46,59,46,46,60,46,46,46,46,61,46,46,62,46,46,46,46,46,46,46,63,64,46,46,46,46,62,46,46,46,46,46,46,46,46,46,46,46],"spacedOther":[[160,46],[5760,46],[8192,46],[8193,46],[8194,46],[8195,46],[8196,46],[8197,46],[8198,46],[8199,46],[8200,46],[8201,46],[8202,46],[8232,46],[8233,46],[8239,46],[8287,46],[12288,46],[65279,46],[9676,65],[9679,66],[9135,67],[215,68],[10095,69],[10003,70],[8595,69],[10008,71],[10007,72],[10004,73],[8730,74],[10006,75],[8505,47],[9762,76],[9888,76],[8617,77],[8226,78],[9472,79]],"spacedDefault":46,"blank":46}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
      if (found) this.reportedFailures = Math.max(this.reportedFailures, Number(found.slice(1).find((g) => g !== void 0)));
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
