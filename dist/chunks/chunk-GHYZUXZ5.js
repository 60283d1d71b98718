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
} from "./chunk-RTPMJ5TW.js";
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
} from "./chunk-ACQRGISA.js";
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
    { event: "start", pattern: /^\s*✖ (?!ERROR: )(?<name>\S[^\n]{0,500}?)(?: \([\d.]+m?s\))?$/, afterOutput: true },
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
var DERIVED = `{"prefilter":{"key":"rules 244\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/TimeoutException: Topic \\\\S{1,300} not present in metadata after \\\\d{1,9} ms/\\n/TimeoutException: Timeout expired while fetching topic metadata/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/getaddrinfo\\\\(\\\\) or getnameinfo\\\\(\\\\) HOSTNAME LOOKUP FAILURE/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|HOSTNAME LOOKUP FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?\\\\/?[\\\\w.:[\\\\]-]{1,300} active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}(?:java\\\\.lang\\\\.RuntimeException: )?Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,46,48,141,206,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,395,397,398,399,400,401,402,403,406,407,408,410],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,35,94,9472,10003,10004,8730,10006,8505,10095,9762,9888,8226,43,9654,65123,36],"words":8,"quiet":11439,"states":12864,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAABqYQYABgAAAGseAgAHAAAAMg8HAAgAAADs6AEACQAAAL2LAAAKAAAAAUcAAAsAAACgagcADAAAAO2QAAANAAAAqxcAAA4AAAAtdQEADwAAACKtAAAQAAAA7yUAABEAAAB4ggEAEgAAABQJAAATAAAA9NsBABQAAACIIgsAFQAAAP4JAgAWAAAAShIBABcAAACY9AEAGAAAAJ0LAgAZAAAA//0BABoAAABXFQIAGwAAAEyZAgAcAAAA+9MCAB0AAAAAAAAAHgAAAEymDAAfAAAAkAgBACAAAADQPwIAIQAAAAAAAAAiAAAAqsIBACMAAACS8AAAJAAAAE8UBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAARaEBACkAAADOsQEAKgAAAFxHCgArAAAAafALACwAAAAAAAAALQAAAA7wAQAuAAAAAAAAAC8AAABaRAIAMAAAAKLIAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAbDgsAPAAAACEZCwA9AAAABgoMAD4AAAAAAAAAPwAAAKwKDABAAAAAAAAAAEEAAABlIAwAQgAAAEIlDABDAAAAHyoMAEQAAAAeNgwARQAAAI4fDQBGAAAA1lcMAEcAAAApWAwASAAAAHxYDABJAAAApGoMAEoAAACIbgwASwAAAOWcDABMAAAAXhoNAE0AAACxGg0ATgAAADsfDQBPAAAAC8ANAFAAAABQFQ4AUQAAAKMVDgBSAAAA9hUOAFUAAACmAAAAVgAAAKLBAwBYAAAALT0JAFkAAAAIPwEAXAAAAE2bAABeAAAApcYJAF8AAACmGwgAZwAAADUOAgBqAAAAGL0DAHAAAAChPAAAqQAAAPkAAACzAAAAnvgCAPwAAAC9fA4AUQEAAJ8BAAClAQAA8gEAAPkBAABFAgAATQIAAJgCAACaAgAA6wIAAPQCAAA+AwAASAMAAJEDAACcAwAA5AMAAPADAAA3BAAARAQAAIoEAACUBAAA3QQAAOsEAAAwBQAAPwUAAIMFAACFBQAA1gUAAOAFAAApBgAANwYAAHwGAACBBgAAzwYAANwGAAAiBwAAKgcAAHUHAACFBwAAyAcAAMoHAAAbCAAAKQgAAG4IAAB/CAAAEH0OAMgIAABjfQ4AFgkAAFldDAAcCQAAZwkAACkJAAA9bwoALQkAAM9YDAAwCQAAlTMKAG4JAAC6CQAAdAkAAL+ACgC/CQAADQoAABkKAABgCgAAYwoAALMKAAC7CgAABgsAABMLAABZCwAAXgsAAKwLAAC2CwAA/wsAAAcMAABSDAAAXgwAAKUMAABhDAAAZgcCALgMAAD4DAAABg0AAEsNAABODQAAng0AAKgNAAC2fQ4A8w0AACdxAAD0DQAA5KIBAPYNAABEDgAA+g0AACpTCwD7DQAABGgCAPwNAADjAQIA/Q0AANQdAAD+DQAAMj8MAP8NAACwegEAAA4AAKkvAAACDgAAcC4DAAUOAAC4uQIADg4AANWiAwARDgAAOT4MAEoOAACXDgAAUw4AAOZZCACdDgAA6g4AAP4OAAA9DwAAUg8AAJAPAACYDwAA4w8AAO0PAAA2EAAAOxAAAIkQAACOEAAA3BAAAOQQAAAvEQAARREAAIIRAACEEQAA1REAAOIRAAAoEgAAPBIAAHsSAACDEgAAzhIAAN0SAAAhEwAAMhMAAHQTAACCEwAAxxMAANMTAAAaFAAAJxQAAG0UAAB3FAAAwBQAAMMUAAATFQAAGxUAAGYVAABoFQAAuRUAAMoVAAAMFgAAEhYAAF8WAABrFgAAshYAALQWAAAFFwAADBcAAFgXAABsFwAACX4OAKwXAABvQA4ArRcAAGMrAgCwFwAA/hcAALQXAADf3gEAuRcAADoeAwAAGAAAV8kAAAEYAADi4wcABRgAAJr3CQAGGAAAURgAAAgYAAB3OwEACRgAANmpBwALGAAA4aMGAA0YAADrtQoADxgAAIR1BgAUGAAAjDECABcYAAAS9wUAUhgAAKQYAABUGAAAk8EFAFcYAACx1QoAuxgAAPcYAAAPGQAAShkAAFUZAACdGQAAthkAAPAZAADyGQAAQxoAAF0aAACWGgAApRoAAOkaAADuGgAAPBsAAEkbAACPGwAAnxsAAOIbAADqGwAANRwAAEEcAACIHAAAlRwAANscAADlHAAALh0AADQdAACBHQAAlR0AAFx+DgDaHQAAJx4AAN4dAABa/gsA6x0AAEHlCgBCHgAAeh4AAIYeAADNHgAA0x4AACAfAAAjHwAAs40FACgfAABzHwAAdh8AAB+uBQB6HwAAxh8AAH4fAAB5TAcAgR8AAO5vAwDLHwAAGSAAACUgAABsIAAAbyAAAL8gAADHIAAAEiEAAB8hAABlIQAAaiEAALghAADCIQAACyIAABMiAABeIgAAYSIAALEiAAC6IgAABCMAAAUjAABXIwAAWCMAAKojAACvIwAA/SMAAAMkAABQJAAAWiQAAKMkAACrJAAA9iQAAPkkAABJJQAATCUAAJwlAACtJQAAr34OAPElAAAGqgEA9CUAAMYlCwD4JQAAOtENAPslAABCJgAA/SUAAI5CCABaJgAAlSYAAJgmAADoJgAA9CYAADsnAABIJwAAjicAAJUnAADhJwAA4ycAADQoAAA9KAAAhygAAJEoAADaKAAA5SgAAC0pAABJKQAAgCkAAIgpAAACfw4A2CkAACYqAAAuKgAAeSoAAHoqAADMKgAAzioAAB8rAAAiKwAAcisAAHUrAABVfw4AyisAABgsAAAeLAAAaywAAHIsAAC+LAAAxiwAABEtAAAULQAAZC0AAG0tAAC3LQAAuC0AAAouAAALLgAAXS4AAG4uAACwLgAAvi4AAAMvAAAPLwAAVi8AAF0vAACofw4Ary8AAPwvAAD+LwAATzAAAGUwAACiMAAAqjAAAPUwAAD3MAAASDEAAFExAACbMQAApTEAAO4xAAD5MQAAQTIAAE0yAACUMgAAoTIAAOcyAADxMgAAOjMAAEgzAACNMwAAnDMAAOAzAADiMwAAMzQAAD00AACGNAAAlDQAANk0AADeNAAALDUAADk1AAB/NQAAhzUAANI1AADYNQAAJTYAADE2AAB4NgAAlTYAAMs2AADUNgAAHjcAACw3AABxNwAAdzcAAMQ3AADQNwAAFzgAABo4AABqOAAAcjgAAL04AADOOAAAEDkAAB45AABjOQAAfDkAALY5AAC3OQAACToAACY6AAD7fw4AYToAAK86AAC1OgAAAjsAAAo7AABVOwAAXjsAAKg7AACrOwAA+zsAAAc8AABOPAAAVDwAAKGADgC9PAAA9DwAAPw8AAD0gA4ASj0AAJo9AACrPQAA7T0AAPU9AABAPgAATj4AAJM+AACWPgAA5j4AAO4+AAA5PwAARj8AAIw/AACRPwAA3z8AAOk/AAAyQAAAOkAAAIVAAACRQAAA2EAAAOVAAAArQQAALUEAAH5BAACXQQAA0UEAAOJBAAAkQgAAMEIAAHdCAAB+QgAAykIAANJCAAAdQwAAIkMAAHBDAAB9QwAAw0MAAMtDAAAWRAAAIEQAAGlEAAB0RAAAvEQAAMhEAAAPRQAAF0UAAEeBDgBuRQAAtUUAALtFAAAIRgAAI0YAAFtGAABnRgAArkYAALRGAACagQ4ABkcAACYcAgAHRwAAjb0EAAhHAADo9QYADEcAAFRHAAANRwAA4O0JAA9HAAC+XAUAFUcAADolAgBgRwAAp0cAAK1HAABREA0Ar0cAAO2BDgAGSAAATUgAAFNIAACgSAAAu0gAAPNIAAD/SAAARkkAAExJAACZSQAAoUkAAOxJAADySQAAP0oAAEtKAACSSgAAr0oAAOVKAADuSgAAOEsAAERLAACLSwAAjksAAN5LAADoSwAAMUwAAD1MAACETAAAi0wAANdMAADfTAAAKk0AACtNAAD/XgAALU0AAH1NAACMTQAA0E0AANZNAAAjTgAAJU4AAHZOAACMTgAAyU4AAOdOAAAcTwAANU8AAG9PAABxTwAAwk8AAMVPAAAVUAAAIVAAAGhQAABvUAAAu1AAAMNQAAAOUQAAEFEAAGFRAABqUQAAtFEAAL5RAAAHUgAAElIAAFpSAABmUgAArVIAALpSAAAAUwAAClMAAFNTAABhUwAAplMAALVTAAD5UwAA+1MAAExUAABWVAAAn1QAAK1UAADyVAAA91QAAEVVAABSVQAAmFUAAK1VAADrVQAA81UAAD5WAABXVgAAkVYAAJpWAADkVgAA7lYAADdXAAA/VwAAilcAAJdXAADdVwAA4lcAADBYAAA4WAAAg1gAAIRYAADWWAAA2FgAAClZAAAsWQAAfFkAAH9ZAABAgg4A1FkAACJaAAAoWgAAdVoAAHxaAADIWgAA0FoAABtbAAAfWwAAblsAAHBbAADBWwAAxFsAABRcAAAcXAAAZ1wAAGhcAAC6XAAAwFwAAA1dAAASXQAAYF0AAHtdAACzXQAAwV0AAAZeAAANXgAAWV4AAGVeAACsXgAAs14AAJOCDgABXwAAUl8AAFVfAAClXwAAqF8AAOaCDgD9XwAAS2AAAFFgAACeYAAApWAAAPFgAAAPYQAARGEAAF1hAACXYQAAmWEAAOphAADtYQAAPWIAAEliAACQYgAAl2IAAONiAADrYgAANmMAADhjAACJYwAAkmMAANxjAADmYwAAL2QAADpkAACCZAAAjmQAANVkAADiZAAAKGUAADJlAAB7ZQAAiWUAAM5lAADdZQAAIWYAACNmAAB0ZgAAfmYAAMdmAADVZgAAGmcAAB9nAABtZwAAemcAAMBnAADVZwAAE2gAABtoAABmaAAAf2gAALloAADCaAAADGkAABZpAABfaQAAZ2kAALJpAAC/aQAABWoAAApqAABYagAAYGoAAKtqAACsagAA/moAAABrAABRawAAVGsAAKRrAACnawAAOYMOAPxrAABKbAAAUGwAAJ1sAACkbAAA8GwAAPhsAABDbQAAR20AAJZtAACYbQAA6W0AAOxtAAA8bgAARG4AAI9uAACQbgAA4m4AAOhuAAA1bwAAOm8AAIhvAACjbwAA228AAOlvAAAucAAANXAAAIFwAACNcAAA1HAAANtwAACMgw4AKnEAAHpxAACLcQAAzXEAANVxAAAyjAEA6XEAACByAAAocgAA34MOAIJyAADGcgAAzHIAABlzAAAbcwAAbHMAAIJzAAC/cwAA3XMAABJ0AAAVdAAAZXQAAHF0AAC4dAAAvnQAAAt1AAAmdQAAXnUAAGp1AACxdQAAt3UAAAR2AAAidgAAV3YAAGd2AACqdgAAuHYAAP12AAADdwAAUHcAAFN3AACjdwAArXcAAPZ3AAAUeAAASXgAAF94AACceAAAqHgAAO94AADyeAAAQnkAAEV5AACVeQAAl3kAAOh5AAD/eQAAO3oAAEd6AACOegAAqnoAAOF6AADpegAAMoQOAEV7AACHewAAlXsAANp7AADmewAALXwAADp8AACAfAAAinwAANN8AADbfAAAJn0AACd9AAB5fQAAe30AAMx9AADPfQAAH34AACJ+AACFhA4Ad34AAMV+AADLfgAAGH8AAB9/AABrfwAAc38AAL5/AADUfwAAEYAAABqAAABkgAAAZ4AAALeAAADBgAAACoEAABKBAABdgQAAdoEAALCBAAC8gQAAA4IAAAuCAADYhA4AXoIAAKmCAACsggAA/IIAAAaDAABPgwAAVYMAAKKDAACwgwAA9YMAAAKEAABIhAAAX4QAACuFDgCchAAAblMNAJ6EAAB1pgEAoYQAAFlQAgCihAAApOcGAKOEAACqpgUApIQAAIjCAAClhAAAqC0CAKiEAACpJw0AqoQAAO6EAACshAAAmb4HALGEAAB90AUAsoQAAHjiCwD4hAAAT54IAP2EAABBhQAATYUAAJSFAACVhQAAYoMDAJeFAADnhQAA6oUAADqGAABBhgAA2YABAEKGAACNhgAAUoYAAPwoAQCUhgAA4IYAAOyGAAAzhwAAQIcAAIaHAACUhwAA2YcAAOWHAAAsiAAAM4gAAH+IAACHiAAA0ogAAOKIAAAliQAAKokAAHiJAAB+iQAAy4kAANOJAAAeigAAJ4oAAHGKAAB0igAAxIoAANCKAAAXiwAAHYsAAH6FDgCJiwAA0YUOAMqLAAAQjAAAEowAADf9AAATjAAAEXICABeMAAA3nAIAG4wAABQPCwAcjAAAlcUBAB+MAADrCAsAKYwAAIpJAgAwjAAAY4wAAHCMAAC2jAAAu4wAAAmNAAANjQAAXI0AAGmNAACvjQAAt40AAAKOAAC6jQAAINkJAAmOAABVjgAAGI4AAPmKBABXjgAAqI4AALKOAAD7jgAA/Y4AAE6PAABnjwAAoY8AAKOPAAD0jwAA948AAEeQAABTkAAAmpAAAKKQAAAkhg4A85AAAECRAAD1kAAATSsQAPyQAACX5AUA/pAAAGtVBgAAkQAArUsBAAmRAAC32QsARpEAAJrjAABYkQAAk5EAAJWRAADmkQAAoJEAAACmAACskQAAvJcAAPWRAAA5kgAASJIAAIySAACYkgAA35IAAOKSAAAykwAANZMAAIWTAACdkwAA2JMAAN+TAAArlAAAN5QAAH6UAACLlAAA0ZQAAN+UAAAklQAAMJUAAHeVAAB+lQAAypUAAOKVAAAdlgAAKZYAAHCWAAB2lgAAw5YAAMmWAAAWlwAAG5cAAGmXAABvlwAAyoYOAL6XAAAPmAAAFpgAAGKYAAB6mAAAtZgAALyYAAAImQAAIZkAAFuZAABzmQAArpkAALqZAAABmgAAB5oAAFSaAABamgAAp5oAAKyaAAD6mgAAAJsAAB2HDgBmmwAAoJsAALGbAADzmwAAAZwAAEacAABVnAAAmZwAAKGcAADsnAAADJ0AAD+dAABLnQAAkp0AAKadAADlnQAA7Z0AADieAAA+ngAAi54AAJeeAADengAA6J4AADGfAAA3nwAAhJ8AAJKfAADXnwAA458AACqgAABFoAAAfaAAAH+gAADQoAAA4aAAACOhAAAroQAAdqEAAIShAADJoQAAzKEAAByiAAAkogAAb6IAAHyiAADCogAAx6IAABWjAAAfowAAaKMAAHCjAAC7owAAvaMAAA6kAAAfpAAAYaQAAHKkAAC0pAAAuaQAAAelAAALpQAAWqUAAGalAACtpQAAtKUAAHCHDgAFpgAAU6YAAF2mAACmpgAAvqYAAPmmAAD8pgAATKcAAFWnAACfpwAAoKcAAPKnAADzpwAARagAAEqoAACYqAAAnqgAAOuoAAD1qAAAPqkAAEqpAACRqQAAmKkAAOSpAAD8qQAAN6oAADmqAACKqgAAk6oAAN2qAADnqgAAMKsAADurAACDqwAAm6sAANarAADsqwAAKawAAC6sAAB8rAAAg6wAAM+sAADbrAAAw4cOACStAAB8ngIAJ60AAPC4AQArrQAAHroFAC2tAAA+eAcAM60AAHWtAAB3rQAAE1oCAIOtAADIrQAA1K0AABuuAADXrQAAgPEHACiuAABurgAAeK4AAMGuAADCrgAA3zAOAMmuAAAUrwAAG68AAGevAAAvrwAARpUBAGyvAAC6rwAAxq8AAA2wAAAQsAAAYLAAAGiwAACzsAAAwLAAAAaxAAALsQAAWbEAAGOxAACssQAAtLEAAP+xAAACsgAAUrIAAFuyAAClsgAAprIAAPiyAAD5sgAAS7MAAFCzAACeswAApLMAAPGzAAD7swAARLQAAEy0AACXtAAAmbQAAOq0AADztAAAPbUAAEe1AACQtQAAm7UAAOO1AADvtQAANrYAAEO2AACJtgAAk7YAANy2AADqtgAAL7cAAD63AACCtwAAhLcAANW3AADftwAAKLgAADa4AAB7uAAAgLgAAM64AADbuAAAIbkAACm5AAB0uQAAdbkAAMe5AADNuQAAGroAAB+6AABtugAAd7oAAMC6AADFugAAE7sAACK7AABmuwAAa7sAALm7AADKuwAADLwAABS8AABfvAAAZbwAALK8AAC+vAAABb0AACK9AABYvQAAYb0AAKu9AAC3vQAA/r0AAAG+AABRvgAAW74AAKS+AACwvgAA974AAP6+AABKvwAAUr8AAJ2/AAC2vwAA8L8AAATAAABDwAAAS8AAAJbAAACZwAAA6cAAAPXAAAA8wQAAQsEAAI/BAACqwQAA4sEAAO7BAAA1wgAAO8IAABaIDgCSwgAA28IAAObCAAAuwwAANsMAAF3UAAA6wwAAgcMAAI7DAADUwwAA3sMAACfEAAA1xAAAesQAAInEAADNxAAAz8QAACDFAAAqxQAAc8UAAIHFAADGxQAAy8UAABnGAAAmxgAAbMYAAHTGAAC/xgAAwMYAABLHAADDxgAAq2MBAM/GAAChiAEAI8cAAGXHAABuxwAAuMcAAM/HAAALyAAAGcgAAF7IAABryAAAscgAALnIAAAEyQAAI8kAAGmIDgBgyQAAqskAALTJAAD9yQAACMoAALyIDgBSygAAo8oAAKzKAAD2ygAAAMsAAEnLAABUywAAnMsAAKjLAADvywAA/MsAAELMAABMzAAAlcwAAKPMAADozAAA98wAADvNAAA9zQAAjs0AAJjNAADhzQAA780AADTOAAA5zgAAh84AAJTOAADazgAA4s4AAC3PAAAzzwAAgM8AAIzPAADTzwAA8M8AACbQAAAv0AAAedAAAIfQAADM0AAA0tAAAB/RAAAr0QAActEAAHnRAAAPiQ4Ax9EAAFgJAgDL0QAAGNIAAB3SAABr0gAAJtIAAHcmBAB40gAAvtIAANXSAAAR0wAAEtMAAGTTAABm0wAAt9MAALrTAAAK1AAADdQAAGKJDgB+1AAAsNQAALHUAAAD1QAABdUAAFbVAABZ1QAAqdUAAKzVAAC1iQ4AAdYAAE/WAABV1gAAotYAAKnWAAD11gAAF9cAAEjXAABQ1wAAm9cAAKrXAADu1wAA8NcAAEHYAABS2AAAlNgAAKXYAADn2AAA89gAADrZAABB2QAAjdkAAJXZAADg2QAA5NkAADPaAABB2gAAhtoAAJDaAADZ2gAA5NoAACzbAAAx2wAAf9sAAIjbAADS2wAA3NsAACXcAAAt3AAAeNwAAHrcAADL3AAA2NwAAB7dAAAy3QAAcd0AAHndAADE3QAAxd0AABfeAAAZ3gAAat4AAG3eAAC93gAAwN4AAAiKDgAV3wAAY98AAGnfAAC23wAAvd8AAAngAAAR4AAAXOAAAGvgAACv4AAAtOAAAALhAAAP4QAAVeEAAGXhAACo4QAAtuEAAPvhAAAS4gAATuIAAFfiAACh4gAAp+IAAPTiAAAA4wAAR+MAAE7jAABbig4An+MAAGy4AgCi4wAA7eMAAKfjAACJJAkA/OMAAEDkAABR5AAAk+QAAKHkAADm5AAA8uQAADnlAABG5QAAjOUAAJblAADf5QAA5+UAADLmAAA15gAAheYAAJHmAADY5gAA5eYAACvnAAA15wAAfucAAIbnAADR5wAA0+cAACToAAAt6AAAd+gAAIHoAADK6AAA1egAAB3pAAAy6QAAcOkAAHjpAADD6QAA3OkAABbqAAAf6gAAaeoAAHPqAAC86gAAxOoAAA/rAAAc6wAAYusAAGfrAAC16wAAvesAAAjsAAAJ7AAAW+wAAF3sAACu7AAAsewAAAHtAAAE7QAArooOAFntAACn7QAAre0AAPrtAAAB7gAATe4AAFXuAACg7gAAru4AAPPuAAD27gAARu8AAE7vAACZ7wAAnO8AAOzvAAD47wAAP/AAAEnwAAABiw4Ak/AAAI0yDACU8AAA5fAAAJXwAACVLAsAnPAAANI0DACd8AAAz5AEAKHwAADk9QEAovAAAArhCgC28AAAAtoBAO7wAAA48QAAQvEAAIvxAACW8QAA3vEAAOrxAAAx8gAAPvIAAITyAACO8gAA1/IAAOXyAAAq8wAAOfMAAH3zAAB/8wAA0PMAANrzAAAj9AAAMfQAAHb0AAB79AAAyfQAANb0AAAc9QAALPUAAG/1AABx9QAAwvUAAND1AAAV9gAAJvYAAFSLDgBv9gAAp4sOAMP2AAD6iw4AF/cAAGH3AABr9wAAtPcAAL/3AAAH+AAAE/gAAFr4AABn+AAArfgAALf4AAAA+QAADvkAAFP5AABi+QAApvkAAKj5AAD5+QAAA/oAAEz6AABa+gAAn/oAAKT6AADy+gAA//oAAEX7AABN+wAAmPsAAKj7AADr+wAA7fsAAD78AABM/AAAkfwAAKL8AABNjA4A6/wAAKCMDgBQ/QAAiv0AAJv9AADd/QAA6f0AADD+AAA4/gAA84wOAIj+AADW/gAA3v4AACn/AAAr/wAAfP8AAC7/AADq3QYAOP8AAAF+BACF/wAAz/8AAIv/AABubwkA2f8AACIAAQAtAAEAdQABAIEAAQDIAAEA1QABABsBAQAlAQEAbgEBAHwBAQDBAQEA0AEBABQCAQAWAgEAZwIBAHECAQC6AgEAxgIBAA0DAQAVAwEARo0OAGMDAQCzAwEAwQMBAAYEAQATBAEAWQQBAHAEAQCsBAEAtAQBAP8EAQAVBQEAUgUBAF4FAQClBQEAtAUBAPgFAQADBgEASwYBAE0GAQCeBgEAqwYBAPEGAQD/BgEARAcBAEcHAQCXBwEArQcBAOoHAQDyBwEAPQgBAE8IAQCZjQ4AnQgBAA22CwCfCAEA4wgBAOgIAQA2CQEAPQkBAIkJAQCVCQEA3AkBAOkJAQAvCgEAMQoBAIIKAQCYCgEA1QoBAOEKAQAoCwEARwsBAHsLAQCXCwEAzgsBANYLAQDsjQ4AIwwBAHQMAQB9DAEAxwwBANEMAQAaDQEAJQ0BAG0NAQB5DQEAwA0BAM0NAQATDgEAHQ4BAGYOAQB0DgEAuQ4BAMgOAQAMDwEADg8BAF8PAQBpDwEAsg8BAMAPAQAFEAEAChABAFgQAQBlEAEAqxABALsQAQD+EAEAABEBAFERAQBfEQEApBEBALURAQA/jg4A/hEBAJKODgBMEgEA89IEAE8SAQCdEgEAUxIBAHq9AQBWEgEAkhkHAFgSAQCLlwEAXhIBADxSBACkEgEAHVAKAKoSAQDwEgEABxMBAEMTAQBIEwEAlhMBAJkTAQDpEwEAoBMBAHuVBQCyEwEA258FAO4TAQBYmgUA9RMBADwUAQBCFAEAOyABAEsUAQCPFAEAmBQBAOIUAQDoFAEANRUBAEMVAQCIFQEAkhUBANsVAQDvFQEALhYBADoWAQCBFgEAlBYBANQWAQDjFgEAJxcBADMXAQB6FwEAexcBAM0XAQDXFwEAIBgBAC4YAQBzGAEAeBgBAMYYAQDTGAEAOI8OACwZAQBsGQEAexkBAL8ZAQDLGQEAEhoBABMaAQBlGgEAbxoBALgaAQDGGgEACxsBABAbAQBeGwEAaxsBADGQDgCzGwEABBwBAA0cAQBXHAEAYRwBAKocAQC1HAEA/RwBAAkdAQBQHQEAXR0BAKMdAQCtHQEA9h0BAAQeAQBJHgEAWB4BAJweAQCeHgEA7x4BAPkeAQBCHwEAUB8BAJUfAQCiHwEA6B8BAP8fAQCEkA4AViABAI4gAQCaIAEA4SABAOcgAQA0IQEAQCEBAIchAQCNIQEA2iEBAOAhAQAtIgEAMiIBAIAiAQCGIgEA15AOANwiAQAmIwEAMCMBAHkjAQCEIwEAzCMBANgjAQAfJAEALCQBAHIkAQB8JAEAxSQBANMkAQAYJQEAJyUBAGslAQBtJQEAviUBAMglAQARJgEAHyYBAGQmAQBpJgEAtyYBAMQmAQAKJwEAEicBAF0nAQBtJwEAsCcBALInAQADKAEAESgBAFYoAQBnKAEA0JEOALAoAQAjkg4AAikBAE8pAQBbKQEAoikBALIpAQD1KQEA/ikBAEgqAQBLKgEAmyoBAKcqAQDuKgEA9SoBAEErAQBJKwEAlCsBALIrAQDnKwEA7ysBADosAQBLLAEAjSwBAJIsAQDgLAEA9ywBADMtAQBBLQEAhi0BAJMtAQDZLQEA4S0BACwuAQAwLgEAfy4BAIEuAQDSLgEA1S4BACUvAQAtLwEAeC8BAH4vAQDLLwEA1y8BAB4wAQAuMAEAcTABAHowAQDEMAEAxzABABcxAQAjMQEAajEBAHExAQB2kg4AxjEBABAyAQATMgEAYzIBAHEyAQC2MgEAwzIBAAkzAQAgMwEAXDMBAGQzAQCvMwEAsTMBAAI0AQALNAEAVTQBAF80AQCoNAEAszQBAPs0AQAHNQEATjUBAFs1AQChNQEAqzUBAPQ1AQACNgEARzYBAFY2AQCaNgEAnDYBAO02AQD3NgEAQDcBAE43AQCTNwEAmDcBAOY3AQDzNwEAOTgBAEE4AQCMOAEAojgBAN84AQDrOAEAMjkBAEE5AQCFOQEAkDkBANg5AQDaOQEAKzoBADg6AQB+OgEAjDoBANE6AQDUOgEAJDsBADo7AQDJkg4AfzsBAEQAAgCFOwEANG0CAI87AQDKOwEAzDsBAB08AQAuPAEAcDwBAIE8AQDDPAEAyDwBABY9AQAaPQEAaT0BAHU9AQC8PQEAwz0BAA8+AQAXPgEAYj4BAIA+AQC1PgEAvT4BAByTDgANPwEAWz8BAFw/AQDsSAwAaj8BALVLCwB0PwEArj8BALA/AQABQAEAGkABAFRAAQBlQAEAp0ABALNAAQD6QAEA/EABAE1BAQBWQQEAoEEBAFxBAQAjRwEAqkEBAPNBAQD+QQEARkIBAFJCAQCZQgEApkIBAOxCAQD2QgEAP0MBAE1DAQCSQwEAoUMBAOVDAQDnQwEAOEQBAEJEAQCLRAEAmUQBAN5EAQDjRAEAMUUBAD5FAQCERQEAkEUBANdFAQDdRQEAKkYBADBGAQB9RgEAgkYBANBGAQDWRgEAb5MOADJHAQB2RwEAgkcBAMlHAQDMRwEAHEgBAB9IAQBvSAEAdkgBAMJIAQDOSAEAFUkBACJJAQBoSQEAdkkBALtJAQDHSQEADkoBABVKAQDCkw4AZ0oBALRKAQC6SgEAB0sBAAxLAQBaSwEAYEsBABWUDgCuSwEAi+oBALdLAQCrygoAuUsBAI5rDgC7SwEAoE4LALxLAQAATAEADEwBAFNMAQBUTAEApkwBAF9MAQDdXQsAsEwBAPlMAQAHTQEATE0BAFFNAQCfTQEArE0BAGiUDgD0TQEA1RcLAABOAQDdCgsAFU4BAEVOAQBqTgEAmE4BAL5OAQDrTgEAEk8BAD5PAQBiTwEAkU8BAJlPAQC7lA4A8E8BADdQAQA5UAEAilABAI1QAQDdUAEA4lABADBRAQA9UQEAg1EBAJ9RAQDWUQEA3lEBAA6VDgAyUgEAfFIBADZSAQA2XAEAf1IBAM9SAQDbUgEAIlMBAChTAQB1UwEAglMBAMhTAQDKUwEAG1QBADFUAQBuVAEAelQBAMFUAQDJVAEAYZUOABpVAQBnVQEAb1UBALpVAQC7VQEADVYBAA9WAQBgVgEAY1YBALNWAQC2VgEAtJUOAAtXAQBZVwEAX1cBAKxXAQCzVwEA/1cBAAdYAQBSWAEAX1gBAKVYAQCqWAEA+FgBAAJZAQBLWQEAU1kBAJ5ZAQCgWQEA8VkBAAJaAQBEWgEAVVoBAJdaAQCcWgEA6loBAO5aAQA9WwEASVsBAJBbAQCXWwEA41sBAPVbAQAHlg4AO1wBAIlcAQCRXAEA3FwBAN5cAQAvXQEAPl0BAIJdAQCRXQEA1V0BAOFdAQAoXgEAK14BAHteAQB+XgEAzl4BANZeAQAhXwEAK18BAHRfAQB5XwEAx18BAM9fAQAaYAEAJGABAG1gAQB4YAEAwGABAM5gAQATYQEAFmEBAGZhAQBuYQEAuWEBANRhAQAMYgEAF2IBAF9iAQBkYgEAsmIBALViAQAFYwEAD2MBAFhjAQBqYwEAWpYOALljAQD+YwEACGQBAFFkAQBcZAEApGQBAKxkAQD3ZAEA/WQBAEplAQBMZQEAnWUBALZlAQDwZQEACWYBAENmAQBRZgEAlmYBAKBmAQDpZgEA/2YBADxnAQBZZwEAj2cBAJdnAQDiZwEA8mcBADVoAQA3aAEAiGgBAJZoAQDbaAEA7GgBAK2WDgA1aQEAAJcOAIJpAQDUaQEA5WkBACdqAQAzagEAemoBAHxqAQDNagEA0GoBACBrAQAsawEAc2sBAHtrAQCmlw4A0WsBABlsAQAlbAEAbGwBAHtsAQC/bAEA32wBABJtAQAabQEAZW0BAHltAQC4bQEAvW0BAAtuAQAUbgEAXm4BAGRuAQCxbgEAuW4BAARvAQATbwEAV28BAFxvAQCqbwEAt28BAP1vAQAKcAEAUHABAFxwAQCjcAEAsnABAPZwAQAAcQEASXEBAFdxAQCccQEAoXEBAO9xAQD8cQEAQnIBAEpyAQCVcgEAmHIBAOhyAQD0cgEAO3MBAEVzAQCOcwEAmHMBAOFzAQDvcwEANHQBAEF0AQCHdAEAnnQBANp0AQDddAEA+ZcOADB1AQB1mAMAN3UBABNFBQA6dQEAgHUBAD11AQBBiwsAPnUBAH96AgBDdQEAS/EDAId1AQAVQgIAinUBAJI1AwCPdQEA4hMNAJt1AQDTdQEA1XUBACZ2AQA3dgEAeXYBAId2AQDMdgEA03YBAB93AQAhdwEAcncBACR3AQDwXgIAJ3cBAK6SAQCBdwEAxXcBANR3AQAYeAEAJHgBAGt4AQBueAEAvngBAMF4AQAReQEAMXkBAGR5AQBweQEAt3kBAMt5AQAKegEAGHoBAF16AQBkegEATJgOAMd6AQADewEABXsBABfrCgAGewEAHuoKABB7AQBWewEAWHsBAKl7AQCzewEA/HsBALp7AQCo7goABXwBAE98AQBVfAEAonwBAK58AQD1fAEA/HwBAEh9AQBNfQEAm30BAKd9AQDufQEA8X0BAEF+AQBOfgEAlH4BAJl+AQDnfgEA8X4BADp/AQBQfwEAjX8BAI9/AQDgfwEA6n8BADOAAQBCgAEAhoABAJGAAQCfmA4A5YABACyBAQA5gQEAf4EBAI2BAQDSgQEA3oEBACWCAQAsggEA8pgOAH2CAQDLggEAhIIBAAnYDQCGggEAe/YDAM2CAQBQYgMA0IIBAJIECgDiggEAHoMBACyDAQBxgwEAfoMBAMSDAQDMgwEAF4QBACGEAQBg2QYAJ4QBAGqEAQBshAEAvYQBAMuEAQAQhQEAIYUBAEWZDgBqhQEAmJkOALuFAQAJhgEAD4YBAFyGAQBkhgEAr4YBALiGAQAChwEABYcBAFWHAQBhhwEAqIcBAK6HAQD7hwEAA4gBAE6IAQBtiAEAPpoOAKOIAQD0iAEAAokBAEeJAQBYiQEAkZoOAKGJAQDkmg4A8okBAECKAQBGigEAk4oBAJuKAQDmigEA74oBADmLAQA8iwEAjIsBAJiLAQDfiwEA5YsBAIqbDgA0jAEAhYwBAI6MAQDYjAEA4owBACuNAQA2jQEAfo0BAIqNAQDRjQEA3o0BACSOAQAujgEAd44BAIWOAQDKjgEA2Y4BAB2PAQAfjwEAcI8BAHqPAQDDjwEA0Y8BABaQAQAbkAEAaZABAHaQAQC8kAEAxJABAA+RAQAfkQEAYpEBAGSRAQC1kQEAw5EBAAiSAQAZkgEA3ZsOAGKSAQAwnA4At5IBAAGTAQAEkwEAVJMBAGCTAQCnkwEArZMBAPqTAQAHlAEATZQBAE+UAQCglAEAtpQBAPOUAQD/lAEAg5wOAFKVAQCZlQEAn5UBAOyVAQDvlQEAP5YBAE2WAQCSlgEAl5YBAOWWAQDylgEAOJcBAECXAQDWnA4AmJcBAN6XAQDslwEAMZgBAEeYAQCEmAEAjZgBANeYAQDtmAEAKpkBADKZAQB9mQEAgJkBANCZAQDZmQEAI5oBACSaAQB2mgEAd5oBAMmaAQDOmgEAHJsBACKbAQBvmwEAeZsBAMKbAQDOmwEAFZwBABycAQBonAEAcJwBALucAQC9nAEADp0BAA+dAQBhnQEAb50BALSdAQC8nQEAB54BACKeAQBangEAZp4BAK2eAQCzngEAAJ8BAAOfAQBTnwEAYZ8BAKafAQCrnwEA+Z8BAAagAQBMoAEAVKABAJ+gAQCtoAEA8qABAPWgAQApnQ4ASKEBAJihAQBJoQEAhvUIAFGhAQCj5QgAU6EBAH/aDABYoQEASwUNAJuhAQDroQEA/KEBAD6iAQBaogEAkaIBAJmiAQB8nQ4A9aIBADejAQA/owEAiqMBAJCjAQDdowEA4qMBADCkAQA5pAEAg6QBAI2kAQDWpAEA5KQBACmlAQA2pQEAfKUBAIilAQDPpQEA0qUBACKmAQA+pgEAz50OAHimAQDIpgEAiaYBAEbaAwDUpgEAG6cBACGnAQBupwEAeKcBACKeDgDGpwEAFKgBACGoAQBnqAEAb6gBAJelDgBzqAEAuqgBAHeoAQA2rwEAwKgBAA2pAQATqQEAYKkBAGWpAQCzqQEAuakBAHWeDgAQqgEAEOwKABSqAQBZqgEAaqoBAMieDgCzqgEAG58OAAerAQBunw4AYKsBAKWrAQCsqwEA+KsBAACsAQBLrAEAWKwBAJ6sAQCjrAEA8awBAPusAQBErQEATK0BAJetAQCdrQEA6q0BAOytAQA9rgEAS64BAJCuAQCTrgEA464BAO+uAQDBnw4AOK8BAImvAQCXrwEA3K8BAO2vAQAUoA4ANrABAGegDgCIsAEA1bABANuwAQAosQEALbEBAHuxAQCBsQEAuqAOANCxAQAhsgEA17EBAM+rDADasQEANAUFADyyAQB0sgEAdrIBAMeyAQDhsgEAGrMBACezAQBq+QgAK7MBAG2zAQBvswEAwLMBAM2zAQATtAEAKrQBAGa0AQCAtAEAubQBALu0AQAMtQEAD7UBAF+1AQBitQEAsrUBAL61AQAFtgEAC7YBAFi2AQBitgEADaEOALC2AQD+tgEAC7cBAFG3AQBdtwEApLcBAKq3AQD3twEA/bcBAEq4AQBPuAEAnbgBAKO4AQBgoQ4A97gBAMM7DQD5uAEAWpADAP24AQA4kAIAAbkBACP6CwAGuQEAQ7kBAES5AQCWuQEAWbkBAIZrBACYuQEA6bkBAKS5AQBywwIA77kBADy6AQBKugEAj7oBAJK6AQDiugEA57oBADW7AQBCuwEAiLsBAJi7AQDbuwEA3bsBAC68AQA8vAEAgbwBAJK8AQCzoQ4A2rwBACe9AQAzvQEABqIOAIu9AQDNvQEA170BACC+AQAuvgEAc74BAHS+AQDGvgEA174BABm/AQAlvwEAbL8BAHy/AQC/vwEAwb8BABLAAQAgwAEAZcABAHbAAQBZog4AvsABAAvBAQAXwQEArKIOAGTBAQCxwQEAt8EBAATCAQAJwgEAV8IBAF3CAQBSow4AssIBAP3CAQAHwwEAYfYMABbDAQBQwwEAWcMBAKPDAQCtwwEA9sMBAP7DAQBJxAEATcQBAJzEAQCexAEA78QBAPLEAQBCxQEAXsUBAKWjDgCoxQEA6MUBAOnFAQA7xgEAR8YBAI7GAQCdxgEA4cYBAOvGAQA0xwEAQMcBAIfHAQCOxwEA+KMOAODHAQDvfgsA7ccBAC3IAQA8yAEAgMgBAIzIAQDTyAEA1MgBACbJAQAwyQEAeckBAIfJAQDMyQEA0ckBAB/KAQAsygEAnqQOAHrKAQDFygEA0coBABjLAQArywEAa8sBAGzLAQC+ywEAyssBABHMAQAgzAEAZMwBAG7MAQC3zAEAw8wBAArNAQARzQEA8aQOAG7NAQCwzQEAvM0BAAPOAQATzgEAVs4BAGDOAQCpzgEAsc4BAPzOAQAnzwEAT88BACjPAQDZ0wEAes8BAKLPAQCqzwEA9c8BAPvPAQBI0AEAVtABAJvQAQCy0AEA7tABAPnQAQBB0QEAS9EBAJTRAQC+0QEA59EBAO/RAQA60gEAStIBAI3SAQCP0gEA4NIBAO7SAQAz0wEARNMBAOqlDgCN0wEAPaYOAATUAQAs1AEANNQBAH/UAQCF1AEA0tQBAODUAQAl1QEAPNUBAHjVAQCD1QEAy9UBANXVAQAe1gEASNYBAHHWAQB51gEAxNYBANTWAQAX1wEAGdcBAGrXAQB41wEAvdcBAM7XAQCQpg4AF9gBAOOmDgBl2AEAttgBAMTYAQAJ2QEAGtkBADanDgBj2QEAiacOALfZAQDcpw4ACtoBAC+oDgBX2gEAqNoBALbaAQD72gEADNsBAIKoDgBU2wEAodsBAK3bAQDVqA4A/dsBAEfcAQBU3AEAmtwBAKjcAQDt3AEA99wBAEDdAQBa3QEAk90BAJbdAQDm3QEA7d0BADneAQBZ3gEAjN4BAKbeAQAoqQ4A7N4BADLfAQDw3gEAyjQCAPXeAQBiigIAQN8BAIXfAQCP3wEA2N8BAPLfAQAr4AEAO+ABAH7gAQCE4AEA0eABANPgAQAk4QEAOuEBAHfhAQCD4QEAyuEBAM7hAQAd4gEAIuIBAHDiAQB24gEAw+IBAOPiAQAW4wEAMOMBAGnjAQBr4wEAvOMBAL/jAQAP5AEAEuQBAGLkAQBu5AEAteQBALvkAQAI5QEAEuUBAHupDgBg5QEAruUBALvlAQAB5gEADeYBAFTmAQBn5gEAp+YBALbmAQD65gEABucBAE3nAQBO5wEAoOcBAKrnAQDz5wEAAegBAEboAQBL6AEAmegBAKboAQDOqQ4A7egBAJcUCwDu6AEAVykLAO/oAQC7VgsA8egBADMsDQDy6AEA7LcIAPPoAQAaGgsA9ugBAHUGDAD36AEA9x4LAPjoAQAKOwoA+egBALYPBgD66AEAF5gKAPvoAQDYygQA/OgBAD/pAQAE6QEALMUPAAbpAQBPggwACOkBANS7DQAP6QEAaooMABfpAQChjgwAKukBAFkKDAAx6QEAB1EMAEHpAQCS6QEAUOkBAK1RDACg6QEA5ekBAPbpAQAhqg4AP+oBAHSqDgCX6gEA3uoBAO3qAQAx6wEAO+sBAITrAQCQ6wEA1+sBAKfrAQAkQQwA3usBABqrDgAs7AEAfewBAI7sAQDQ7AEA2ewBACPtAQAv7QEAdu0BAHntAQDJ7QEA0e0BABzuAQAm7gEAb+4BAHTuAQDC7gEAyu4BABXvAQAu7wEAaO8BAHTvAQC77wEAw+8BAMCrDgAW8AEAE6wOAGTwAQC08AEAt/ABAAfxAQAT8QEAWvEBAGDxAQCt8QEAt/EBAGasDgAF8gEAU/IBAGDyAQCm8gEArvIBALmsDgD/8gEATPMBAFLzAQCf8wEApPMBAPLzAQD48wEADK0OAE30AQBfrQ4AmvQBAKnpCQCd9AEA6/QBAKT0AQBxWQcA9fQBAD71AQD69AEAva0HAEb1AQC+hQsAWvUBAJH1AQCZ9QEAsq0OAOn1AQA39gEATfYBAIr2AQCL9gEA3fYBAN/2AQAw9wEANvcBAIP3AQCP9wEA1vcBAN33AQAp+AEAMfgBAHz4AQCF+AEAz/gBANL4AQAi+QEAMPkBAHX5AQCC+QEAyPkBAN/5AQAb+gEAI/oBAG76AQB6+gEAZ/sBAJn6AQDB+gEA7PoBABT7AQA4+wEABa4OAIT7AQC6+wEAw/sBALP8AQDL+wEADfwBADv8AQBg/AEAhPwBAFiuDgC1/AEABv0BABf9AQBZ/QEAh/0BAKz9AQDQ/QEAq64OAAX+AQAA1gUACP4BAFL+AQAL/gEA10QNAFz+AQCl/gEAX/4BAMjdBQBg/gEArfcMAK3+AQD4/gEA/P4BAEv/AQBN/wEAnv8BAKH/AQDx/wEADQACAP6uDgBJAAIAfQALAE4AAgD+cAsAUAACAJcAAgBUAAIASTIKALQAAgDqAAIA8wACAD0BAgA/AQIAkAECAKEBAgBRrw4A6AECADYCAgA/AgIAiQICAJoCAgDcAgIA4wICAC8DAgA3AwIAggMCAEkDAgCbIwIAjwMCACgEAgCRAwIAdAUCAJsDAgDVAwIA4QMCAKSvDgAtBAIAewQCAIUEAgDOBAIA1gQCAPevDgAtBQIASrAOAHkFAgDHBQIA1AUCABoGAgAkBgIAbQYCAG8GAgDABgIAzgYCABMHAgAgBwIAnbAOAGsHAgC5BwIAxgcCAAwIAgAWCAIAXwgCAGEIAgCyCAIAwAgCAAUJAgASCQIA8LAOAFsJAgBd0wwAXgkCAP0bDQBlCQIAqwkCALUJAgBDsQ4ABgoCAFEKAgBTCgIAIBcNAGgKAgCkCgIAqQoCAPcKAgABCwIASgsCAFILAgCWsQ4ApwsCAPALAgD8CwIAQwwCAEYMAgCWDAIAoAwCAOkMAgADDQIAPA0CAFMNAgCPDQIAlA0CAOINAgD+DQIA6bEOAD8OAgCIDgIARg4CAFg5BwCUDgIA2w4CAN4OAgAuDwIAOA8CAIEPAgCbDwIA1A8CANoPAgAnEAIAKRACAHoQAgCIEAIAzRACANAQAgAgEQIALBECAHMRAgB2EQIAxhECAOkRAgA8sg4AGxICAGwSAgB6EgIAvxICAMISAgASEwIAHhMCAGUTAgBoEwIAj7IOAMMTAgALFAIAERQCAF4UAgBjFAIAsRQCALUUAgAEFQIABxUCAOKyDgBYFQIAXOYLAFoVAgD4qg0AXRUCAKoVAgBgFQIA1qMNAGEVAgA0GgIAYxUCAAiRDQBlFQIAk4kNAGYVAgCElw0AZxUCAAy0DQBuFQIA1/8KAHEVAgD8gQwAthUCAP0VAgAmFgIAUBYCAFwWAgCjFgIAshYCAPYWAgAAFwIASRcCAEwXAgCcFwIAthcCAO8XAgD5FwIAQhgCAEcYAgCVGAIAnxgCAOgYAgDzGAIAOxkCAEEZAgCOGQIAkxkCAOEZAgDlGQIANbMOADkaAgCHGgIAQhoCAFOeDQCRGgIA2hoCAOUaAgAtGwIAMxsCAIAbAgCFGwIA0xsCANcbAgCIsw4AKxwCACGrAgAtHAIA3z4MAC4cAgBzeAsAMBwCANUJDQBAHAIAeRwCAIMcAgDMHAIA1xwCAB8dAgAlHQIAch0CAHcdAgDFHQIAyR0CABgeAgA7HgIA27MOAG0eAgC+HgIAbh4CAL7fCgBwHgIA94YIAHQeAgBdjgoAdx4CAH8nAgB5HgIABBsNAMseAgAUTgIAzB4CABEfAgAUHwIAZB8CAHAfAgC3HwIAzx8CAAogAgAWIAIAXSACAGMgAgCwIAIAtiACAAMhAgAIIQIAViECAFwhAgAutA4AsyECAPwhAgAHIgIATyICAFUiAgCiIgIApyICAPUiAgD5IgIASCMCAEsjAgCBtA4ApSMCAO4jAgD5IwIAQSQCAEckAgCUJAIAmSQCAOckAgDrJAIA1LQOADslAgCNJQIAmSUCAOAlAgDsJQIAMyYCADkmAgCGJgIAjCYCANkmAgDeJgIALCcCADInAgAntQ4AgScCAA3nBACGJwIAnfYEAI4nAgBzZAIAjycCANInAgDeJwIAJSgCACsoAgB4KAIAhCgCAMsoAgDYKAIAHikCAC0pAgBxKQIAfSkCAMQpAgDQKQIAFyoCAB0qAgBqKgIAcCoCAL0qAgDCKgIAECsCABYrAgB6tQ4AbSsCADbYBwB5KwIAtisCAHwrAgAOvwgAwisCAAksAgARLAIA7m4PABUsAgBcLAIAYiwCAK8sAgC1LAIAAi0CAActAgBVLQIAWy0CAM21DgCwLQIA4MMPALItAgD7LQIAAS4CAE4uAgAHLgIA/gIDAFwuAgChLgIAui4CAPQuAgD9LgIARy8CAFEvAgCaLwIApi8CAO0vAgD5LwIAQDACAEYwAgCTMAIAmTACAOYwAgDrMAIAOTECAD8xAgAgtg4AmDECAN8xAgDpMQIAMjICAD0yAgCFMgIAijICANgyAgDfMgIAKzMCADczAgB+MwIAhDMCANEzAgDXMwIAJDQCACk0AgB3NAIAfTQCAHO2DgDbNAIAHTUCAB41AgBwNQIAIzUCAE06AgB1NQIAwzUCANE1AgAWNgIAIzYCAGk2AgBzNgIAvDYCAMg2AgAPNwIAFTcCAGI3AgBuNwIAtTcCAMg3AgAIOAIAFzgCAFs4AgBnOAIArjgCAK84AgABOQIACzkCAFQ5AgBiOQIApzkCAKw5AgD6OQIABzoCAMa2DgBZOgIAoDoCALA6AgDzOgIA/zoCAEY7AgBMOwIAmTsCAKU7AgDsOwIA+TsCAD88AgBOPAIAkjwCAJ48AgDlPAIA8TwCADg9AgBLPQIAiz0CAJo9AgDePQIA6j0CADE+AgAyPgIAhD4CAI4+AgDXPgIA5T4CACo/AgAvPwIAfT8CAIo/AgAZtw4A0j8CAO/7BQDcPwIAI0ACAN0/AgAIWgkA3j8CAO3wCgA3QAIAdkACAIJAAgDJQAIAz0ACABxBAgAiQQIAb0ECAHRBAgDCQQIAyEECAGy3DgAhQgIAaEICAHVCAgCjvAIAe0ICALtCAgDAQgIA6lMCAMNCAgB7/QIAx0ICAA5DAgAUQwIAYUMCAGdDAgC0QwIAuUMCAAdEAgANRAIAv7cOAGZEAgCtRAIAs0QCAABFAgAFRQIAU0UCAFpFAgCmRQIAtEUCAPlFAgAURgIATEYCAFpGAgCfRgIAokYCAPJGAgAARwIARUcCAEpHAgCYRwIApUcCAOtHAgD3RwIAPkgCAERIAgCRSAIAl0gCAORIAgDpSAIAN0kCAD1JAgASuA4Aj0kCAN1JAgDmSQIAMEoCAD1KAgCDSgIAikoCANZKAgDnSgIAKUsCAC5LAgB8SwIAi0sCAM9LAgDRSwIAIkwCADNMAgB1TAIAgUwCAMhMAgDOTAIAG00CACFNAgBuTQIAc00CAMFNAgDHTQIAZbgOACtOAgBnTgIAc04CALpOAgDGTgIADU8CABNPAgBgTwIAZk8CALNPAgC4TwIABlACAAxQAgC4uA4AX1ACAKGBAgBwUAIArFACALVQAgD/UAIAFVECAFJRAgBeUQIApVECALJRAgD4UQIAAlICAEtSAgBXUgIAnlICAKRSAgDxUgIA91ICAERTAgBJUwIAl1MCAJ1TAgALuQ4A81MCAD1UAgBHVAIAkFQCAJVUAgDjVAIA81QCADZVAgBPVQIAiVUCAI5VAgDcVQIA5VUCAC9WAgA8VgIAglYCAIlWAgDVVgIA2FYCAChXAgA0VwIAe1cCAI5XAgDOVwIA3VcCACFYAgAtWAIAdFgCAHVYAgDHWAIA0VgCABpZAgAoWQIAbVkCAHJZAgDAWQIAzVkCAF65DgAWWgIAZloCAGlaAgC5WgIAxloCALuwCgDIWgIADFsCAA5bAgBfWwIAYlsCALJbAgC8WwIABVwCABFcAgBYXAIAa1wCAKtcAgC6XAIA/lwCAApdAgBRXQIAUl0CAKRdAgCuXQIA910CAAVeAgBKXgIAT14CAJ1eAgCqXgIAsbkOAPFeAgBDXwIAT18CAJZfAgCcXwIA6V8CAOtfAgA8YAIARmACAI9gAgCdYAIA4mACAOdgAgA1YQIAQmECAIhhAgCUYQIA22ECAO5hAgAuYgIAPWICAIFiAgCNYgIA1GICANViAgAnYwIAMWMCAHpjAgCIYwIAzWMCANJjAgAgZAIALWQCAAS6DgB8ZAIAxmQCAH9kAgDofwsAzGQCABllAgAcZQIAbGUCAHplAgC/ZQIAxGUCABJmAgAfZgIAZWYCAHFmAgC4ZgIAvmYCAAtnAgARZwIAXmcCAGNnAgCxZwIAt2cCAFe6DgAGaAIAV2gCAAtoAgDUHAwAZmgCAKpoAgDKaAIA/WgCAAJpAgBQaQIAa2kCAKNpAgCvaQIA9mkCAPxpAgBJagIAWWoCAJxqAgCtagIA72oCAPRqAgBCawIARmsCAJVrAgChawIA6GsCAO5rAgA7bAIAQWwCAI5sAgCTbAIA4WwCAOdsAgCqug4AQ20CAOgeDQBKbQIAh20CAIhtAgDabQIA620CAC1uAgA5bgIAgG4CAJZuAgDTbgIA324CACZvAgAzbwIAeW8CAINvAgDMbwIA2G8CAB9wAgAmcAIAcnACAH5wAgDFcAIAy3ACABhxAgAecQIAa3ECAHBxAgC+cQIAxHECAP26DgATcgIAAEsNABpyAgBkcgIAZXICALdyAgC4cgIACnMCAA9zAgBdcwIAY3MCALBzAgC6cwIAA3QCAA90AgBWdAIAXXQCAKl0AgCudAIA/HQCAP10AgBPdQIAW3UCAKJ1AgCodQIA9XUCAPd1AgBIdgIAUnYCAJt2AgCpdgIA7nYCAPN2AgBBdwIATncCAJR3AgCgdwIA53cCAPp3AgA6eAIASXgCAI14AgCZeAIA4HgCAOF4AgAzeQIAPXkCAIZ5AgCUeQIA2XkCAN55AgAsegIAOXoCAFC7DgCQegIA0noCAN56AgAlewIAPHsCAHh7AgB6ewIAy3sCANx7AgAefAIAIHwCAHF8AgB3fAIAxHwCANt8AgAXfQIAIH0CAGp9AgCAfQIAvX0CAMl9AgAQfgIAHX4CAGN+AgBtfgIAtn4CAMJ+AgAJfwIAHH8CAFx/AgBrfwIAr38CALt/AgACgAIAA4ACAFWAAgBfgAIAqIACALaAAgD7gAIAAIECAE6BAgBbgQIAo7sOAKOBAgD0gQIACIICAEeCAgBVggIAmoICAKeCAgDtggIA9IICAECDAgBMgwIAk4MCAKaDAgDmgwIA64MCADmEAgBChAIAjIQCAJaEAgDfhAIA5IQCADKFAgBChQIAhYUCAJ6FAgDYhQIA3YUCACuGAgA0hgIAfoYCAIuGAgDRhgIA2IYCACSHAgAnhwIAd4cCAIOHAgDKhwIA3YcCAB2IAgAsiAIAcIgCAHyIAgDDiAIAxIgCABaJAgAgiQIAaYkCAHeJAgC8iQIAwYkCAA+KAgAcigIA9rsOAHuKAgC1igIAwYoCAAiLAgAOiwIAW4sCAGuLAgCuiwIAs4sCAAGMAgAHjAIAVIwCAGqMAgCnjAIAqYwCAPqMAgAEjQIATY0CAFmNAgCgjQIAs40CAPONAgACjgIARo4CAFKOAgCZjgIAmo4CAOyOAgD2jgIAP48CAE2PAgCSjwIAl48CAOWPAgDyjwIASbwOADuQAgDxDAwAQpACAHNqDQBEkAIAihgJAEWQAgCoeQMAR5ACAIuQAgCUkAIA3pACAOSQAgAxkQIAN5ECAISRAgCQkQIA15ECAOSRAgAqkgIANJICAH2SAgCTkgIA0JICANWSAgAjkwIAKpMCAHaTAgCEkwIAyZMCANmTAgAclAIAKpQCAG+UAgB+lAIAwpQCAMSUAgAVlQIAH5UCAGiVAgB2lQIAu5UCAMCVAgAOlgIAG5YCAGGWAgBtlgIAtJYCAMeWAgAHlwIAFpcCAFqXAgBmlwIArZcCAK6XAgAAmAIACpgCAFOYAgBhmAIAppgCAKuYAgD5mAIABpkCAJy8DgBOmQIAn5kCAFiZAgBvEAkAsJkCAPKZAgD7mQIARZoCAFGaAgCYmgIApJoCAOuaAgDxmgIAPpsCAESbAgCRmwIAlpsCAOSbAgDqmwIA77wOAEOcAgCKnAIAmpwCAN2cAgDrnAIAMJ0CAD2dAgCDnQIAj50CANadAgDdnQIAKZ4CADGeAgBCvQ4AhZ4CACvfDQCJngIA4rMCAI2eAgDPngIA4J4CACKfAgAqnwIAdZ8CAC6fAgCywgsAf58CAMifAgDNnwIAG6ACACOgAgBuoAIAcKACAMGgAgB3oAIARKYCAMmgAgAUoQIAKqECAGehAgBzoQIAuqECANChAgANogIAJqICAGCiAgBsogIAs6ICALmiAgAGowIADqMCAFmjAgBpowIArKMCALWjAgD/owIADKQCAFKkAgBhpAIApaQCAK+kAgD4pAIABqUCAEulAgBQpQIAnqUCAKulAgDxpQIA+aUCAJW9DgBRpgIAl6YCAJ6mAgDqpgIA9qYCAD2nAgBNpwIAkKcCAJ6nAgDjpwIA8KcCADaoAgBCqAIAiagCAJCoAgDcqAIA5KgCAOi9DgA7qQIAgqkCAIypAgDVqQIA4KkCACiqAgAtqgIAe6oCAIKqAgDOqgIA1qoCADu+DgApqwIAdKsCAISrAgDHqwIA06sCABqsAgAerAIAbawCAHWsAgDArAIAwqwCABOtAgAZrQIAZq0CAH2tAgC5rQIAwq0CAAyuAgAirgIAX64CAGuuAgCyrgIAv64CAAWvAgAPrwIAWK8CAFuvAgCrrwIAs68CAP6vAgAIsAIAUbACAFawAgCksAIArLACAPewAgAHsQIASrECAFOxAgCdsQIAqrECAPCxAgD/sQIAQ7ICAE2yAgCWsgIApLICAOmyAgDusgIAPLMCAEmzAgCPswIAl7MCAI6+DgDvswIANbQCAAG0AgAFTgQAOrQCAIi0AgCStAIA27QCAOO0AgAutQIA8rQCAHiBDQA0tQIAgbUCADy1AgCxzgsAPbUCALwMCAA+tQIANMACAD+1AgCbkQoAjbUCANS1AgDWtQIAHKgLANu1AgAntgIAM7YCAHq2AgCJtgIAzbYCAN62AgAgtwIAIrcCAHO3AgB5twIAxrcCANK3AgAZuAIAIbgCAOG+DgByuAIANL8OAMu4AgCHvw4AFbkCAC3ADgBouQIAgMAOAGq5AgBNLAQAu7kCAKniCgDFuQIAC7oCABW6AgBeugIAYLoCALG6AgDEugIABLsCABC7AgBXuwIAXbsCAKq7AgCwuwIA/bsCAAK8AgBQvAIAVrwCANPADgCtvAIA9rwCAPi8AgBJvQIAU70CAJy9AgCqvQIA770CAPS9AgBCvgIAT74CAJW+AgChvgIA6L4CAO6+AgA7vwIAQb8CAI6/AgCTvwIA4b8CAOe/AgAmwQ4AQsACAIfAAgCUwAIA2sACAOHAAgAtwQIANcECAIDBAgCBwQIAU2AKAIPBAgDTwQIAlsECAGFeCgDnwQIAJsICADzCAgB5wgIAksICAMzCAgDRwgIAH8MCADDDAgB5wQ4Ag8MCAMXDAgDHwwIAGMQCACLEAgBrxAIAecQCAL7EAgDDxAIAEcUCAB7FAgBkxQIAbMUCALfFAgDDxQIACsYCAMfFAgBWxwIAEMYCAF3GAgBjxgIAsMYCALXGAgADxwIACccCAMzBDgBYxwIAqccCALfHAgD8xwIADcgCAB/CDgBWyAIAcsIOAKrIAgD1yAIA58gCAEvwDwADyQIASMkCAATJAgB4zgIAVckCAJvJAgCqyQIA7skCAPPJAgBBygIAV8oCAJTKAgCVygIA58oCAOnKAgA6ywIARMsCAI3LAgCbywIA4MsCAPnLAgAzzAIARMwCAIbMAgCSzAIA2cwCAOHMAgBrww4AQM0CAH/NAgCAzQIA0s0CAN7NAgAlzgIAKM4CAL7DDgB6zgIAy84CANjOAgAezwIAK88CAHHPAgB2zwIAxM8CAM7PAgAX0AIAH9ACAGrQAgB60AIAvdACAMvQAgAQ0QIAHdECAGPRAgBq0QIAttECAL7RAgAJ0gIADNICAFzSAgBw0gIAr9ICAMXSAgAC0wIAG9MCAFXTAgBa0wIAqNMCALnTAgARxA4AA9QCAGTEDgAH1AIAEykJABfUAgCgKxAAW9QCAKHUAgCo1AIA9NQCAADVAgBH1QIAV9UCAJrVAgCo1QIA7dUCAPrVAgBA1gIATNYCAJPWAgCa1gIAt8QOAOjWAgA51wIA69YCABbVAwBG1wIAjNcCAJnXAgDf1wIA5NcCADLYAgA82AIAhdgCAI3YAgDY2AIA4dgCACvZAgAu2QIAftkCAIrZAgAKxQ4A1tkCACTaAgDd2QIA+boJACnaAgB32gIAf9oCAMraAgDg2gIAHdsCAB/bAgBw2wIAfdsCAMPbAgDX2wIAXcUOABvcAgBp3AIAcdwCAN6yCQBz3AIAvNwCAMTcAgAP3QIAG90CAGLdAgBv3QIAtd0CALrdAgAI3gIAEd4CAFveAgBy3gIArt4CALneAgCwxQ4AD98CAFTfAgBX3wIAp98CAKrfAgD63wIACOACAE3gAgBa4AIAoOACALfgAgDz4AIA++ACAEbhAgBM4QIAmeECAKXhAgDs4QIA9uECAD/iAgBI4gIAkuICAJjiAgDl4gIA8uICAAPGDgBE4wIAi+MCAEbjAgCDvwkAmuMCAN7jAgDv4wIAMeQCADPkAgCE5AIAiuQCANfkAgDj5AIAKuUCADHlAgB95QIAheUCANDlAgDS5QIAI+YCADDmAgB25gIAfeYCAMnmAgDR5gIAHOcCACnnAgBv5wIAdOcCAMLnAgDM5wIAFegCAB3oAgBo6AIAcegCALvoAgC+6AIADukCABrpAgBh6QIAaOkCAFbGDgDB6QIAB+oCAMrpAgDk7gIA6ukCALrDCQAi6gIAWuoCAFzqAgCt6gIAvuoCAADrAgAO6wIAU+sCAFrrAgCm6wIArusCAPnrAgD+6wIATOwCAE3sAgCf7AIAq+wCAPLsAgD47AIARe0CAEftAgCY7QIAou0CAOvtAgD57QIAPu4CAEPuAgCR7gIAnu4CAKnGDgDl7gIAN+8CADzvAgCK7wIAkO8CAN3vAgDn7wIAMPACADzwAgCD8AIAivACANbwAgDe8AIAKfECACvxAgB88QIAifECAM/xAgDW8QIAIvICACryAgB18gIAgvICAMjyAgDN8gIAG/MCACXzAgBu8wIAdvMCAMHzAgDK8wIAFPQCABf0AgBn9AIAc/QCALr0AgDB9AIA/MYOABn1AgDJtQkAIfUCAGD1AgBt9QIAs/UCAL31AgAG9gIACPYCAFn2AgBs9gIArPYCALT2AgD/9gIAC/cCAFL3AgBY9wIApfcCAKv3AgD49wIA/fcCAEv4AgBR+AIAT8cOAKz4AgDx+AIAAPkCAET5AgBg+QIAl/kCAGT5AgBoOwMAn/kCAKLHDgDz+QIAPfoCAEr6AgCQ+gIAmvoCAOP6AgDx+gIANvsCAEz7AgCJ+wIAlfsCANz7AgDk+wIA9ccOADX8AgCC/AIAiPwCANX8AgDa/AIAKP0CAC79AgBIyA4AgP0CAM79AgDX/QIAIf4CACv+AgB0/gIAfP4CAMf+AgDM/gIAGv8CACr/AgBt/wIAdf8CAMD/AgDG/wIAsgEDANn/AgATAAMAGAADAGYAAwBvAAMAuQADAMYAAwAMAQMAEwEDAF8BAwBiAQMAm8gOALQBAwAFAgMAEgIDAFgCAwBvAgMAqwIDALcCAwDuyA4AFAMDAFEDAwBSAwMApAMDAK4DAwD3AwMA/wMDAEoEAwBUBAMAnQQDAKIEAwDwBAMA+AQDAEMFAwBFBQMAlgUDAEYFAwDGCgMASgUDAGQYAwBZBQMAlREDAJ0FAwDpBQMA8AUDADwGAwBEBgMAjwYDAJMGAwDiBgMA8AYDADUHAwA/BwMAiAcDAJMHAwDbBwMA4wcDAC4IAwAzCAMAgQgDAJwIAwDUCAMA4AgDACcJAwAtCQMAegkDAIoJAwDNCQMA3gkDACAKAwAlCgMAcwoDAHcKAwBByQ4AzwoDABkLAwAyCwMAbAsDAHYLAwC/CwMAxQsDABIMAwAUDAMAZQwDAHQMAwC4DAMAwgwDAAsNAwATDQMAXg0DAGINAwCxDQMAvw0DAAQOAwAODgMAVw4DAGIOAwCqDgMAsg4DAP0OAwACDwMAUA8DAGsPAwCjDwMArw8DAPYPAwD8DwMASRADAFkQAwCcEAMArRADAO8QAwD0EAMAQhEDAEYRAwCUyQ4AnhEDAOgRAwD5EQMAOxIDAEUSAwCOEgMAnBIDAOESAwDiEgMANBMDAEUTAwCHEwMAmxMDANoTAwDiEwMALRQDADEUAwCAFAMAjhQDANMUAwDdFAMAJhUDADEVAwB5FQMAgRUDAMwVAwDRFQMAHxYDADoWAwByFgMAfhYDAMUWAwDLFgMAGBcDACgXAwBrFwMAfBcDAL4XAwDDFwMAERgDABUYAwDnyQ4AchgDALcYAwDSGAMAChkDABgZAwBdGQMAZBkDALAZAwC8GQMAAxoDAAsaAwA6yg4AZBoDAKkaAwCzGgMA/BoDAAcbAwBPGwMAVxsDAKIbAwCnGwMA9RsDABAcAwBIHAMAVBwDAJscAwChHAMA7hwDAP4cAwBBHQMAUh0DAJQdAwCZHQMA5x0DAOsdAwCNyg4ASx4DAI0eAwCVHgMA4B4DAOEeAwAzHwMAOB8DAIYfAwCUHwMA2R8DAOYfAwAsIAMANiADAH8gAwCLIAMA0iADANggAwAlIQMALSEDAHghAwB/IQMAyyEDANchAwAeIgMAJCIDAHEiAwB9IgMAxCIDANQiAwAXIwMAIyMDAGojAwBwIwMAvSMDAMkjAwAQJAMAHSQDAGMkAwByJAMAtiQDAMIkAwDgyg4ADCUDAFwlAwBfJQMAryUDAL0lAwACJgMAGSYDAFUmAwBiJgMAqCYDAL4mAwD7JgMABycDAE4nAwBbJwMAoScDAKsnAwD0JwMA/CcDAEcoAwBRKAMAmigDAJ8oAwDtKAMA9SgDAEApAwBMKQMAkykDAKApAwDmKQMA8CkDADkqAwA/KgMAjCoDAKAqAwDfKgMA5yoDADIrAwBAKwMAhSsDAJIrAwDYKwMA4CsDACssAwA4LAMAfiwDAIwsAwDRLAMA4iwDACQtAwAsLQMAdy0DAI0tAwDKLQMAzC0DAB0uAwAeLgMAM8sOAH4uAwDDLgMA0i4DABYvAwAiLwMAaS8DAHEvAwCGyw4AwS8DAA8wAwAYMAMAYjADAG8wAwC1MAMAvDADAAgxAwALMQMAWzEDAGMxAwCuMQMAszEDAAEyAwAKMgMAVDIDAF4yAwCnMgMArzIDAPoyAwD/MgMATTMDAF0zAwCgMwMAqDMDAPMzAwD5MwMARjQDAEg0AwCZNAMApjQDAOw0AwADNQMAPzUDAEs1AwDZyw4AnjUDAOU1AwD8NQMAODYDAEQ2AwCLNgMAkTYDAN42AwDmNgMAMTcDADg3AwCENwMAkjcDANc3AwDyNwMAKjgDADg4AwB9OAMAhDgDANA4AwDcOAMAIzkDACs5AwAszA4AijkDAMk5AwDROQMAHDoDAEs6AwBvOgMAezoDAMI6AwDIOgMAFTsDABo7AwB/zA4AdDsDALs7AwDCOwMADjwDABY8AwBhPAMAYzwDALQ8AwC+PAMABz0DAA89AwDSzA4AaD0DAPhKAwBpPQMArT0DAK89AwAAPgMAET4DAFM+AwBkPgMApj4DALI+AwD5PgMAAD8DAEw/AwBUPwMAnz8DAMk/AwDyPwMA9z8DAEVAAwBGQAMAmEADAKJAAwDrQAMA+UADAD5BAwBDQQMAkUEDAJ5BAwDkQQMAAEIDADdCAwBTQgMAJc0OAJdCAwDdQgMA4UIDADBDAwA2QwMAg0MDAIVDAwDWQwMA10MDAClEAwBMRAMAfEQDAKBEAwDPRAMA+UQDACJFAwAqRQMAdUUDAHpFAwDIRQMA1UUDABtGAwAjRgMAbkYDAHBGAwDBRgMAyUYDABRHAwA+RwMAZ0cDAHRHAwC6RwMAv0cDAA1IAwAaSAMAYEgDAGxIAwCzSAMA3UgDAAZJAwAOSQMAWUkDAHRJAwCsSQMArkkDAP9JAwAQSgMAUkoDAFtKAwClSgMAsUoDAHjNDgAFSwMAS0sDAFJLAwCeSwMAqksDAPFLAwAETAMAREwDAExMAwCXTAMAnEwDAOpMAwDzTAMAPU0DAEdNAwCQTQMAmE0DAONNAwDoTQMANk4DAEZOAwCJTgMAkU4DANxOAwD1TgMAL08DADRPAwCCTwMAi08DANVPAwDiTwMAKFADAC9QAwB7UAMAflADAMvNDgDQUAMAIVEDACtRAwB0UQMAdlEDAMdRAwDgUQMAGlIDABxSAwBtUgMAcFIDAMBSAwDMUgMAE1MDABtTAwAezg4AelMDALlTAwC8UwMADFQDABZUAwBfVAMAa1QDALJUAwDIVAMABVUDAA1VAwBYVQMAZlUDAKtVAwCuVQMA/lUDAAZWAwBRVgMAVFYDAKRWAwBfVgMAc10DAK5WAwD3VgMAr1YDAOJZAwD5VgMASlcDAFBXAwCdVwMAp1cDAPBXAwD+VwMAQ1gDAFBYAwCWWAMArVgDAOlYAwDxWAMAPFkDAEVZAwCPWQMAkFkDAHHODgDrWQMANVoDAD9aAwCIWgMAkloDANtaAwDpWgMALlsDADtbAwCBWwMAmFsDANRbAwDcWwMAJ1wDAC5cAwB6XAMAf1wDAM1cAwDRXAMAIF0DAC1dAwDEzg4AgF0DAMZdAwDOXQMAGV4DAB9eAwBsXgMAeF4DAL9eAwDOXgMAEl8DABdfAwBlXwMAgF8DALhfAwDEXwMAC2ADABFgAwBeYAMAcmADALFgAwC5YAMABGEDABphAwBXYQMAXGEDAKphAwCxYQMA/WEDAAliAwAXzw4AV2IDAKNiAwCxYgMA9mIDAANjAwBJYwMAYGMDAJxjAwCkYwMA72MDAPVjAwBCZAMATmQDAJVkAwCcZAMA6GQDAPZkAwA7ZQMAPmUDAI5lAwCWZQMA4WUDAO9lAwA0ZgMAN2YDAIdmAwCPZgMA2mYDAOtmAwAtZwMAMmcDAIBnAwCCZwMA02cDANpnAwAmaAMANGgDAHloAwCGaAMAzGgDAONoAwAfaQMAJ2kDAHJpAwB8aQMAxWkDANBpAwAYagMAJGoDAGtqAwBzagMAas8OAMBqAwARawMAG2sDAGRrAwBmawMAt2sDALprAwAKbAMAFmwDAF1sAwBnbAMAsGwDALhsAwADbQMAEW0DAFZtAwBjbQMAqW0DALFtAwD8bQMAEm4DAE9uAwBbbgMAom4DALhuAwD1bgMA+m4DAEhvAwBObwMAm28DAK9vAwC9zw4A8W8DAEFwAwBJcAMAlHADAKJwAwDncAMAqnADADtJBwD0cAMAOnEDAEJxAwCNcQMAl3EDAOBxAwDrcQMAM3IDAD9yAwCGcgMAjnIDABDQDgDfcgMALHMDADFzAwB/cwMAjnMDANJzAwDecwMAJXQDACh0AwB4dAMAe3QDAMt0AwDTdAMAHnUDACN1AwBxdQMAgXUDAMR1AwDMdQMAF3YDABp2AwBqdgMAdHYDAL12AwC/dgMAEHcDABZ3AwBjdwMAbXcDALZ3AwDEdwMACXgDABZ4AwBceAMAc3gDAK94AwC3eAMAAnkDAAt5AwBVeQMAVnkDAGPQDgC0eQMA+3kDAP55AwDBHAkACnoDAE56AwAOegMA3gwJAFh6AwChegMAqXoDAA3uAwCtegMA22cNAK96AwD0egMAvXoDAGoACAD5egMAR3sDAAF7AwA5yQQAVHsDAJp7AwCdewMAxoYJAKB7AwBl4ggAonsDAO17AwCkewMAn4QFAKZ7AwBqaAUA8HsDAPl1BwDzewMA1ecFAPd7AwBAfAMA+3sDAL1MCQD9ewMAAWkHAEV8AwCTfAMATHwDAMQbBACbfAMA5nwDAOl8AwA5fQMARX0DAIx9AwCSfQMA330DAPp9AwAyfgMAPn4DAIV+AwCLfgMA2H4DAOB+AwArfwMALX8DAH5/AwAwfwMAJIADAIh/AwDRfwMA2X8DALbQDgAxgAMAd4ADAH+AAwDKgAMAzYADAB2BAwAigQMAcIEDAH+BAwDDgQMA44EDABaCAwAiggMAaYIDAHOCAwC8ggMAxIIDAA+DAwAhgwMAXNEOAGyDAwC1gwMAw4MDAAiEAwAVhAMAW4QDAHKEAwCuhAMAtoQDAAGFAwAQhQMAVIUDAFmFAwCnhQMAtIUDAPqFAwAHhgMATYYDAFmGAwCghgMAr4YDAPOGAwD9hgMARocDAFSHAwCZhwMAnocDAOyHAwD5hwMAP4gDAEKIAwCSiAMAmogDAOWIAwDqiAMAOIkDAEWJAwCLiQMAk4kDAN6JAwDniQMAMYoDAD6KAwCEigMAkooDANeKAwDqigMAKosDADKLAwB9iwMAhIsDANCLAwDViwMAI4wDADmMAwB2jAMAeIwDAMmMAwDXjAMAHI0DACmNAwBvjQMAd40DAMKNAwDFjQMAFY4DABqOAwBojgMAd44DALuOAwDbjgMADo8DABqPAwBhjwMAa48DALSPAwC8jwMAB5ADABmQAwCv0Q4Aa5ADAK2QAwC0kAMAAJEDAAiRAwBTkQMAYJEDAKaRAwCrkQMA+ZEDAAOSAwBMkgMAVJIDAJ+SAwChkgMA/JYJAKSSAwAccQcAqZIDAAitCQCukgMA8pIDAK+SAwBiYAgA95IDAEWTAwBSkwMAmJMDAKWTAwDrkwMA95MDAD6UAwBNlAMAkZQDAJuUAwDklAMA7JQDADeVAwBBlQMAipUDAI+VAwDdlQMA5ZUDAALSDgA8lgMAg5YDAImWAwDWlgMA8ZYDACmXAwA1lwMAfJcDAIKXAwDPlwMA65cDACKYAwAqmAMAVdIOAH2YAwDImAMA0pgDABuZAwAmmQMAbpkDAHqZAwDBmQMAyZkDAKjSDgAgmgMAZ5oDAG2aAwC6mgMA1ZoDAA2bAwAZmwMAYJsDAGabAwCzmwMAu5sDAAacAwAMnAMAWZwDAGKcAwCsnAMAuZwDAP+cAwAMnQMAUp0DAGCdAwClnQMAsp0DAPidAwAPngMAS54DAFOeAwCengMAo54DAPGeAwCvngMA46ADAP6eAwBEnwMATJ8DAJefAwCinwMA6p8DAO+fAwA9oAMAQKADAJCgAwCaoAMA+9IOAOigAwA2oQMARaEDAImhAwCLoQMA3KEDAO2hAwAvogMAQKIDAIKiAwCWogMATtMOAOaiAwAoowMAK6MDAHujAwAwowMA4AIHADWjAwCJWw0AhaMDAM6jAwDQowMAIaQDACukAwB0pAMAgKQDAMekAwDvpAMAGqUDACWlAwAEWgQAQKUDAG2lAwCepQMAwKUDAOalAwATpgMAOaYDAGamAwCYpgMAuaYDAOmmAwAMpwMAFKcDAF+nAwCHpwMAsqcDAOWnAwAFqAMANagDAFioAwBgqAMAq6gDALqoAwD+qAMAA6kDAFGpAwBaqQMApKkDAF6pAwAZsQMAtakDAPepAwD+qQMASqoDAFKqAwCdqgMAqqoDAPCqAwD1qgMAQ6sDAE2rAwCWqwMAnqsDAOmrAwDzqwMAlbcDAPirAwA8rAMAQawDAI+sAwCcrAMA4qwDAO+sAwA1rQMAQa0DAIitAwCXrQMA260DAOWtAwAurgMANq4DAIGuAwCLrgMA1K4DANmuAwAnrwMAL68DAKHTDgCGrwMAza8DANOvAwAgsAMAO7ADAHOwAwB/sAMAxrADAMywAwD00w4AJrEDAGyxAwB4sQMAv7EDAM6xAwASsgMAHLIDAGWyAwBzsgMAuLIDAL2yAwALswMAGLMDAF6zAwBmswMAsbMDALuzAwAEtAMACbQDAFe0AwBftAMAqrQDAK20AwD9tAMACbUDAFC1AwBWtQMAo7UDAL61AwD2tQMAArYDAEm2AwBPtgMAnLYDAKS2AwDvtgMA8bYDAEK3AwBMtwMAR9QOAJu3AwDotwMA6rcDADu4AwBIuAMAjrgDAJG4AwDhuAMA8rgDADS5AwA2uQMAh7kDAJG5AwDauQMA5rkDAC26AwA1ugMAmtQOAIW6AwDTugMA1roDACa7AwAwuwMAebsDAIG7AwDMuwMA2bsDAB+8AwAhvAMAcrwDAIi8AwDFvAMA0bwDAO3UDgA0vQMAa70DAIe9AwBA1Q4Aw70DABG+AwAevgMAZL4DAHG+AwC3vgMAw74DAAq/AwAZvwMAXb8DAGe/AwCwvwMAvr8DAAPAAwAIwAMAVsADAGPAAwCpwAMAwsADAPzAAwD+wAMAT8EDAFbBAwCT1Q4Av8EDAPXBAwAGwgMASMIDAFTCAwCbwgMArsIDAO7CAwD9wgMAQcMDAE3DAwCUwwMAlcMDAOfDAwDxwwMAOsQDAEjEAwCNxAMAksQDAODEAwDtxAMA5tUOADjFAwCGxQMAk8UDANnFAwDmxQMALMYDADjGAwB/xgMAjsYDANLGAwDcxgMAJccDADPHAwB4xwMAfccDAMvHAwDYxwMAHsgDACbIAwBxyAMAe8gDAMTIAwDJyAMAF8kDAB/JAwDf1g4AbMkDAL3JAwDLyQMAEMoDACHKAwAy1w4AasoDAIXXDgC7ygMACcsDABHLAwBcywMAa8sDAK/LAwC0ywMAAswDAA/MAwBVzAMAYswDAKjMAwC0zAMA+8wDAArNAwBOzQMAWM0DACvYDgCjzQMAypQMAKfNAwCPIQsAtM0DAPTNAwADzgMAR84DAFPOAwCazgMAm84DAO3OAwD3zgMAQM8DAE7PAwCTzwMAmM8DAObPAwDzzwMAftgOAD3QAwCM0AMAl9ADAN/QAwDt0AMAMtEDAEPRAwCF0QMAkdEDANjRAwDg0QMA0dgOADDSAwB+0gMAi9IDANHSAwDe0gMAJNMDADDTAwB30wMAhtMDAMrTAwDU0wMAHdQDACvUAwBw1AMAfdQDAMPUAwDa1AMAJNkOACPVAwBp1QMAdtUDALzVAwDI1QMAD9YDAB7WAwBi1gMAbNYDALXWAwDD1gMACNcDANHWAwAWsggADdcDAFvXAwBo1wMArtcDALbXAwAB2AMAB9gDAFTYAwBg2AMAp9gDALfYAwD62AMAA9kDAE3ZAwBQ2QMAoNkDAKzZAwDz2QMA+tkDAHfZDgBT2gMAmdoDAKjaAwDs2gMA7doDAD/bAwBW2wMAktsDAKzbAwDl2wMA8dsDADjcAwBL3AMAi9wDAJrcAwDe3AMA6twDADHdAwAy3QMAhN0DAI7dAwDX3QMA5d0DACreAwAv3gMAfd4DAIreAwDK2Q4A6t4DACPfAwAy3wMAdt8DAHjfAwDJ3wMAe98DAPLlAwDW3wMAHOADACngAwBv4AMAdOADAMLgAwDM4AMAFeEDACThAwBo4QMAbeEDALvhAwDI4QMADuIDABviAwBh4gMAbeIDALTiAwDD4gMAB+MDABHjAwBa4wMAZ+MDAK3jAwCy4wMAAOQDAATkAwBT5AMAX+QDAKbkAwCs5AMA+eQDAP/kAwBM5QMAUeUDAJ/lAwCl5QMAHdoOAP/lAwBF5gMAUuYDAJjmAwCk5gMA6+YDAPrmAwA+5wMASOcDAJHnAwCf5wMA5OcDAOnnAwA36AMAROgDAIroAwCR6AMA3egDAOLoAwAw6QMAPOkDAIPpAwCG6QMA1ukDAOPpAwAp6gMALuoDAHzqAwCG6gMAz+oDANvqAwAi6wMANesDAHXrAwCD6wMAyOsDAMvrAwAb7AMAJewDAG7sAwB67AMAwewDAMfsAwAU7QMAGu0DAGftAwBs7QMAuu0DAMDtAwBw2g4AF+4DAHUwBgAZ7gMAHlIIABzuAwBg7gMAYu4DALPuAwDE7gMABu8DABfvAwBZ7wMAYe8DAKzvAwC87wMA/+8DAAHwAwBS8AMAYPADAKXwAwC28AMAw9oOAP/wAwAW2w4ATPEDAJ7xAwCj8QMA8fEDAPfxAwBE8gMATvIDAJfyAwCj8gMA6vIDAPDyAwA98wMAQ/MDAJDzAwCV8wMA4/MDAOnzAwBp2w4ARPQDAIn0AwCi9AMA3PQDAN30AwAv9QMATPUDAIL1AwCc9QMA1fUDANj1AwAo9gMALfYDAGLcDgCU9gMAzvYDANT2AwAh9wMA5PYDAEhoBAAj9wMAdPcDAHr3AwDH9wMA2/cDABr4AwAi+AMAbfgDAHr4AwDA+AMAxfgDABP5AwAd+QMAZvkDAG75AwC5+QMAyvkDAAz6AwAR+gMAX/oDAGH6AwCy+gMAufoDAAX7AwAR+wMAWPsDAF/7AwCr+wMAx/sDAP77AwAG/AMAtdwOAFb8AwCk/AMApvwDAPf8AwD+/AMASv0DAFj9AwCd/QMAqv0DAPD9AwAH/gMAQ/4DAEv+AwCW/gMAoP4DAOn+AwCs/gMAEWQEAPT+AwA8/wMASP8DAI//AwCX/wMACN0OAOP/AwA1AAQAOgAEAIgABACLAAQA2wAEAOUABAAuAQQARQEEAIEBBACHAQQA1AEEAOABBAAnAgQAKgIEAHoCBACXAgQAzQIEAN4CBAAgAwQAPwMEAHMDBAB7AwQAxgMEAMgDBAAZBAQAKAQEAGwEBAB2BAQAvwQEAM0EBAASBQQALQUEAGUFBABxBQQAuAUEAMAFBABb3Q4AFwYEAF4GBABtBgQAsQYEALYGBAAEBwQACgcEAFcHBABeBwQAqgcEALIHBAD9BwQA/wcEAFAIBABXCAQAowgEAKUIBAD2CAQA9wgEAEkJBABTCQQAnAkEAKgJBADvCQQA9QkEAEIKBABcCgQAlQoEAJ0KBADoCgQA/goEADsLBABJCwQAjgsEAJELBADhCwQA5AsEADQMBABCDAQAhwwEAJQMBADaDAQA8QwEAC0NBAA1DQQAgA0EAIINBADTDQQA2w0EACYOBAA9DgQAeQ4EAIUOBADMDgQA4g4EAB8PBAAnDwQAcg8EAIAPBADFDwQAzw8EABgQBAAgEAQAaxAEAHIQBAC+EAQAyhAEABERBAASEQQAZBEEAHARBAC3EQQAxBEEAAoSBAAREgQAXRIEAGASBACwEgQAuBIEAAMTBAAIEwQAVhMEAGMTBACpEwQA1xMEAPwTBAAEFAQArt0OAFcUBACHEg8AaxQEAKIUBACqFAQAAd4OAAMVBABIFQQAShUEAJsVBACsFQQA7hUEAPYVBABBFgQATRYEAJQWBACaFgQA5xYEAO0WBAA6FwQAPxcEAI0XBACTFwQAVN4OAOUXBAAzGAQA7BcEAKjnCwA7GAQAhhgEAIsYBADqdQkAjBgEADBlCgCSGAQAdCAKAJUYBADZGAQAlxgEAJhiCgDeGAQALBkEAN8YBADOgAgAORkEAH8ZBACMGQQA0hkEAN4ZBAAlGgQANBoEAHgaBACCGgQAoN8OANUaBAAeGwQAIxsEAHEbBAB5GwQA898OAMobBAAXHAQALRwEAGocBAB4HAQAvRwEAMocBAAQHQQAEh0EAGMdBABtHQQAth0EAMIdBAAJHgQAEB4EAFweBABkHgQArx4EALYeBAACHwQACx8EAFUfBABhHwQAqB8EALAfBACZ4A4AACAEAE4gBABWIAQAoSAEALAgBAD0IAQA+SAEAEchBABUIQQAmiEEAKchBADtIQQA+SEEAEAiBABPIgQAkyIEAJ0iBADmIgQA9CIEADkjBAA+IwQAjCMEAJkjBADfIwQA5yMEADIkBAA8JAQAhSQEAJMkBADYJAQA7iQEACslBAA3JQQAfiUEAIMlBADRJQQA2iUEACQmBAAuJgQA7OAOAIEmBADKJgQA1iYEAB0nBAAlJwQAP+EOAHUnBADDJwQA0CcEABYoBAAjKAQAaSgEAHUoBAC8KAQAyygEAA8pBAAZKQQAYikEAHopBAC1KQQAvykEAAgqBAAWKgQAWyoEAHEqBACuKgQAuioEAAErBAAGKwQAVCsEAF0rBACnKwQAsSsEAPorBAACLAQAkuEOAFosBACgLAQAYywEAAdDDgCtLAQA8ywEAP8sBABGLQQAVS0EAJktBACjLQQA7C0EAPotBAA/LgQATC4EAJIuBACpLgQA5S4EAO0uBAA4LwQAQi8EAIsvBACQLwQA3i8EAOYvBADl4Q4APTAEAIQwBACKMAQA1zAEAPIwBAAqMQQANjEEAH0xBACDMQQA0DEEAOwxBAAjMgQAKzIEADjiDgB7MgQAyTIEANYyBAAcMwQAKTMEAG8zBAB7MwQAwjMEANEzBAAVNAQAHzQEAGg0BAB2NAQAuzQEAMA0BAAONQQAGzUEAGE1BABpNQQAtDUEALo1BAAHNgQAvjUEAPk3BAATNgQAWjYEAGo2BACtNgQAtjYEAAA3BAADNwQAUzcEAF83BACmNwQArTcEAIviDgAHOAQATDgEAGI4BACfOAQAqzgEAPI4BAD5OAQARTkEAE05BACYOQQAnTkEAOs5BAD0OQQAPjoEAEg6BADe4g4AljoEAOQ6BACdOgQAGz8EAOw6BAA3OwQAPTsEAIo7BACPOwQA3TsEAOY7BAAwPAQAOjwEAIM8BACPPAQA1jwEAN48BAAx4w4ALj0EAHw9BACEPQQAzz0EANo9BAAiPgQAJz4EAHU+BAB4PgQAyD4EANI+BACE4w4AJT8EAG4/BAByPwQAwT8EAMY/BAAUQAQAGkAEAGdABACHQAQAukAEAMJABAANQQQAG0EEAGBBBABjQQQAs0EEALtBBAAGQgQAD0IEAFlCBABmQgQArEIEALJCBAD/QgQAC0MEAFJDBABUQwQApUMEALRDBAD4QwQAA0QEAEtEBABNRAQAnkQEALdEBADxRAQAAkUEAERFBABQRQQA1+MOAJ9FBADqRQQACkYEAD1GBABLRgQAkEYEAJ1GBADjRgQA6kYEADZHBABSRwQAiUcEAJFHBAAq5A4A4UcEAC9IBAA8SAQAgkgEAI9IBADVSAQA4UgEAChJBAA3SQQAe0kEAIVJBADOSQQA40kEACFKBAApSgQAdEoEAINKBADHSgQAyUoEABpLBAAjSwQAbUsEAHBLBADASwQAzEsEABNMBAAvTAQAZkwEAG5MBAB95A4AvkwEAAxNBAAiTQQAX00EAGtNBACyTQQA1U0EANDkDgAPTgQAWE4EAGBOBACrTgQAsU4EABrVCAC6TgQA/k4EAANPBABRTwQAXk8EAKRPBACxTwQA908EAANQBABKUAQAWVAEAJ1QBACnUAQA8FAEAPhQBABDUQQATVEEAJZRBACbUQQA6VEEAPFRBAAj5Q4AP1IEAI9SBACsUgQA4lIEAPNSBAA1UwQAQ1MEAKSiBABqUwQAiFMEAKRTBADbUwQA91MEAHblDgA0VAQAgVQEAIdUBADUVAQA2VQEACdVBAAtVQQAyeUOAH9VBADNVQQA2lUEACBWBAAtVgQAc1YEAH9WBADGVgQA1VYEABlXBAAjVwQAbFcEAHpXBAC/VwQAxFcEABJYBAAfWAQAZVgEAHFYBAC4WAQAvlgEAAtZBAARWQQAXlkEAGNZBACxWQQAt1kEAMLmDgAYWgQAV1oEAH1aBACqWgQA0FoEAP1aBAAjWwQAUFsEAIBbBACjWwQAq1sEAPZbBAAeXAQASVwEAH5cBACcXAQAwlwEAO9cBAAVXQQAQl0EAHddBACVXQQAxV0EAOhdBADwXQQAO14EAEBeBAC3twQASl4EAI5eBACTXgQA4V4EAO5eBAA0XwQAQV8EAIdfBACTXwQA2l8EAOlfBAAtYAQAN2AEAIBgBACOYAQA02AEANhgBAAmYQQAM2EEAHlhBACBYQQAzGEEANJhBAAfYgQA1mEEAB+1BAArYgQAcmIEAIJiBADFYgQAzmIEABhjBAAbYwQAa2MEAHdjBAC+YwQAxWMEABXnDgAlZAQAZGQEAGdkBAC3ZAQA1GQEAAplBAAbZQQAXWUEAGRlBACwZQQAyWUEAANmBAALZgQAVmYEAGxmBACpZgQArmYEAPxmBAADZwQAT2cEAFhnBACiZwQAs2cEAPVnBAABaAQAaOcOAFxoBACbaAQAnmgEAO5oBAALaQQAQWkEAFJpBACUaQQAo2kEAOdpBAD4aQQAOmoEAEhqBACNagQAmWoEAOBqBADtagQAM2sEAD1rBAC75w4Aj2sEANlrBADmawQALGwEADpsBAB/bAQAjmwEANJsBADUbAQAJW0EAC9tBAB4bQQAhm0EAMttBADQbQQAHm4EACtuBABxbgQAdG4EAMRuBADQbgQAF28EACpvBABqbwQAeW8EAL1vBADJbwQAEHAEABFwBABjcAQAbXAEALZwBADEcAQACXEEAA5xBABccQQAaXEEAA7oDgC0cQQAAnIEABhyBABVcgQAa3IEAKhyBACxcgQA+3IEAAhzBABOcwQAXHMEAKFzBACwcwQA9HMEAPZzBABHdAQAUXQEAJp0BACodAQA7XQEAPJ0BABAdQQATXUEAJN1BACWdQQA5nUEAO51BAA5dgQASnYEAIx2BACadgQA33YEAOx2BAAydwQAUncEAIV3BACNdwQA2HcEAOh3BAAreAQALXgEAH54BACMeAQA0XgEAOJ4BAAH6Q4AKnkEAHd5BACDeQQAWukOANF5BAAdegQA13kEAO9OBgAkegQAcHoEAHZ6BADDegQAz3oEABZ7BAAZewQAaXsEAGx7BAC8ewQA53sEAA98BAAyfAQAYnwEAG18BAC1fAQAunwEAAh9BAALfQQAW30EAGV9BACufQQA2X0EAK3pDgAGfgQAVH4EAGF+BACnfgQAtH4EAPp+BAAGfwQATX8EAFx/BACgfwQAqn8EAPN/BAD7fwQARoAEAFCABACZgAQAnoAEAOyABAD0gAQAAOoOAEyBBACSgQQApoEEAOWBBADtgQQAOIIEAD2CBACLggQAm4IEAN6CBADmggQAMYMEADuDBACEgwQAj4MEANeDBADjgwQAKoQEADKEBABT6g4AfoQEANCEBADchAQAI4UEADKFBAB2hQQAhIUEAMmFBADZhQQAHIYEACqGBABvhgQAe4YEAMKGBADJhgQAFYcEAB2HBABohwQAfocEALuHBADPhwQADogEABGIBABhiAQAfogEALSIBADFiAQAB4kEAA+JBABaiQQAZYkEAK2JBACyiQQAAIoEAAOKBABTigQAXYoEAKaKBACpigQApuoOAA2LBABMiwQAT4sEAJ+LBAC8iwQA8osEAAOMBABFjAQATYwEAJiMBACbjAQA64wEAPeMBAA+jQQARI0EAJGNBACsjQQA5I0EAPCNBAA3jgQAPY4EAIqOBACSjgQA3Y4EAOiOBAAwjwQANY8EAIOPBACGjwQA1o8EAOCPBAApkAQAMZAEAHyQBACbkAQA+eoOAOOQBAAikQQASJEEAHWRBACbkQQAyJEEAO6RBAAbkgQAUZIEAG6SBACjkgQAwZIEAOeSBAAUkwQAOpMEAGeTBACckwQAupMEAN6TBAANlAQAKZQEAGCUBABolAQATOsOALiUBAAGlQQAE5UEAFmVBABmlQQArJUEALiVBAD/lQQADpYEAFKWBABclgQApZYEALOWBAD4lgQA/ZYEAEuXBABYlwQAnpcEAKaXBADxlwQA95cEAESYBAD7lwQANpoEAFCYBACXmAQAp5gEAOqYBADzmAQAPZkEAECZBACQmQQAnJkEAOOZBADqmQQAn+sOAESaBACJmgQAn5oEANyaBADomgQAL5sEADabBACCmwQAipsEANWbBADamwQAKJwEADGcBAB7nAQAhZwEAPLrDgDPnAQAIZ0EAC2dBAB0nQQAep0EAMedBADJnQQAGp4EACSeBABtngQAe54EAMCeBADFngQAE58EACCfBABmnwQAbp8EALmfBADDnwQADKAEABqgBABfoAQAdaAEALKgBAC+oAQABaEEAAyhBABYoQQAYKEEAKuhBACwoQQA/qEEAAeiBABRogQAW6IEAEXsDgC8ogQA96IEAPqiBABKowQAZ6MEAJ2jBACuowQA8KMEAAikBABDpAQAT6QEAJakBACppAQA6aQEAPikBAA8pQQASKUEAI+lBACQpQQA4qUEAOylBAA1pgQAQ6YEAIimBACNpgQA26YEAOimBACY7A4AM6cEAIGnBACOpwQA1KcEAOGnBAAnqAQAM6gEAHqoBACJqAQAzagEANeoBAAgqQQALqkEAHOpBAB4qQQAxqkEANOpBAAZqgQAIaoEAGyqBAByqgQAv6oEAHaqBACxrAQAy6oEABKrBAAiqwQAZasEAG6rBAC4qwQAu6sEAAusBAAXrAQAXqwEAGWsBACR7Q4Av6wEAAStBAAarQQAV60EAGOtBACqrQQAsa0EAP2tBAAFrgQAUK4EAFWuBACjrgQArK4EAPauBAAArwQA5O0OAEqvBACcrwQAqK8EAO+vBAD1rwQAQrAEAESwBACVsAQAn7AEAOiwBAD2sAQAO7EEAECxBACOsQQAm7EEAOGxBADpsQQANLIEAD6yBACHsgQAlbIEANqyBADwsgQALbMEADmzBACAswQAh7MEANOzBADbswQAJrQEACu0BAB5tAQAgrQEAMy0BADWtAQAN+4OAC21BABytQQAiLUEAMW1BADRtQQAGLYEAB+2BABrtgQAc7YEAL62BADDtgQAEbcEABq3BABktwQAbrcEAIruDgC4twQACrgEABa4BABduAQAY7gEALC4BACyuAQAA7kEAA25BABWuQQAZLkEAKm5BACuuQQA/LkEAAm6BABPugQAV7oEAKK6BACsugQA9boEAAO7BABIuwQAXrsEAJu7BACnuwQA7rsEAPW7BABBvAQASbwEAJS8BACZvAQA57wEAPC8BAA6vQQARL0EAN3uDgCPvQQA7jcLAJu9BADgvQQA8b0EADO+BAA4vgQAhr4EAJ2+BADZvgQA7b4EACy/BABEvwQAf78EAI6/BADSvwQA178EACXABAAywAQAeMAEAIXABADLwAQA18AEAB7BBAAtwQQAccEEAHvBBADEwQQAzMEEABfCBAA1wgQAasIEAHLCBAC9wgQAxsIEABDDBAAdwwQAY8MEAGXDBAC2wwQAz8MEAAnEBAAaxAQAXMQEAGjEBACvxAQAt8QEADDvDgAHxQQAVcUEAF3FBACoxQQAt8UEAPvFBAAAxgQATsYEAFvGBAChxgQArsYEAPTGBAAAxwQAR8cEAFbHBACaxwQApMcEAO3HBAD1xwQAQMgEAErIBACTyAQAmMgEAObIBADuyAQAg+8OAFDJBACMyQQAlMkEAN/JBADpyQQAMsoEADfKBACFygQAjcoEANbvDgDdygQAK8sEADTLBACewAoAOMsEAH7LBABBywQAb/QMAIjLBAAFvAwAi8sEANHLBADdywQAJMwEADPMBAB3zAQAgcwEAMrMBADSzAQAUDEKANjMBAAdzQQAKs0EAHDNBACHzQQAw80EAMvNBAAWzgQAIM4EAGnOBABuzgQAvM4EAMTOBAAp8A4AHM8EAGLPBABwzwQAtc8EAMjPBAAI0AQAENAEAFvQBABe0AQArtAEALPQBAAB0QQAENEEAFTRBAB00QQAp9EEALPRBAD60QQABNIEAE3SBABp0gQAoNIEAKjSBAB88A4ABtMEAEbTBABM0wQAmdMEAKXTBADs0wQA9tMEAD/UBABF1AQAktQEAKDUBADl1AQA8dQEADjVBAA71QQAi9UEAIzVBADe1QQA6tUEADHWBAA31gQAhNYEAIrWBADX1gQA49YEACrXBABH1wQAfdcEAIbXBADQ1wQA3NcEACPYBAAm2AQAdtgEAIDYBADJ2AQA1dgEABzZBAAi2QQAb9kEAHXZBADC2QQAx9kEABXaBAAb2gQAz/AOAHTaBAC72gQAvdoEAA7bBAAd2wQAYdsEAGzbBAC02wQAwNsEAAfcBAAO3AQAWtwEAGLcBACt3AQAt9wEAADdBAAL3QQAU90EAF/dBACm3QQArt0EAMjxDgD73QQATN4EAF/eBACf3gQAp94EAPLeBAD43gQARd8EAFHfBACY3wQAot8EAOvfBADx3wQAPuAEAEzgBACR4AQAneAEAOTgBADn4AQAN+EEAD/hBACK4QQAi+EEAN3hBADp4QQAMOIEADbiBACD4gQAi+IEANbiBADc4gQAKeMEADXjBAB84wQAmeMEAM/jBADY4wQAIuQEAC7kBAB15AQAeOQEAMjkBADS5AQAG+UEACPlBABu5QQAf+UEAMHlBADP5QQAFOYEACrmBABn5gQAdeYEALrmBADE5gQAG/IOABznBABg5wQAa+cEALPnBAC/5wQABugEAA3oBABZ6AQAYegEAKzoBAC26AQA/+gEAArpBABS6QQAXukEAKXpBACt6QQAbvIOAPrpBABL6gQAXuoEAJ7qBACm6gQA8eoEAPfqBABE6wQAUOsEAJfrBACh6wQA6usEAPDrBAA97AQAS+wEAJDsBACc7AQA4+wEAObsBAA27QQAPu0EAIntBACK7QQA3O0EAOjtBAAv7gQANe4EAILuBACK7gQA1e4EANvuBAAo7wQANO8EAHvvBACY7wQAzu8EANfvBAAh8AQALfAEAHTwBAB38AQAx/AEANHwBAAa8QQAIvEEAG3xBAB+8QQAwPEEAM7xBAAT8gQAKfIEAGbyBAB08gQAufIEAMPyBAAM8wQAFPMEAF/zBACC8wQAsvMEALbzBAAF9AQAEPQEAFj0BABm9AQAq/QEALr0BAD+9AQACfUEAFH1BABZ9QQApPUEALL1BAD39QQA+vUEAEr2BABS9gQAwfIOAKv2BADw9gQA8/YEAEP3BABL9wQAo1QFAE/3BAAqKgUAUvcEAGz9BABf9wQAlvcEALL3BAAU8w4A6/cEADz4BABJ+AQAj/gEAJz4BADi+AQA5/gEADX5BAA/+QQAiPkEAJf5BADb+QQA4PkEAC76BAA7+gQAgfoEAI76BADU+gQA4PoEACf7BAA2+wQAevsEAIT7BADN+wQA2fsEACD8BAAm/AQAc/wEAHn8BADG/AQAy/wEABn9BAAf/QQAZ/MOAHH9BADKHwUAff0EAL/9BADN/QQAEv4EAB7+BABl/gQAcv4EALj+BADC/gQAC/8EACf/BABe/wQAev8EALrzDgCz/wQABAAFABEABQBXAAUAZAAFAKoABQCvAAUA/QAFAAcBBQBQAQUAXwEFAKMBBQCoAQUA9gEFAAMCBQBJAgUAVgIFAJwCBQCoAgUA7wIFAP4CBQBCAwUATAMFAJUDBQChAwUA6AMFAO4DBQA7BAUAQQQFAI4EBQCTBAUA4QQFAOcEBQAN9A4AOwUFAIcFBQCVBQUA2gUFAN0FBQAtBgUAPAYFAIAGBQCFBgUA0wYFAOAGBQAmBwUAMwcFAHkHBQCFBwUAzAcFANsHBQAfCAUAKQgFAHIIBQCACAUAxQgFAMoIBQAYCQUAJQkFAGsJBQB3CQUAvgkFANEJBQARCgUAIAoFAGQKBQBwCgUAtwoFALgKBQAKCwUAFAsFAF0LBQBrCwUAsAsFALULBQADDAUAEAwFAGD0DgBbDAUAqQwFALIMBQD8DAUADQ0FAE8NBQBWDQUAog0FAKoNBQD1DQUAAg4FAEgOBQBNDgUAmw4FAKUOBQDuDgUA9g4FAEEPBQBYDwUAlA8FAKAPBQDnDwUA8Q8FADoQBQBCEAUAjRAFAI8QBQDgEAUA6BAFADMRBQA5EQUAhhEFAJIRBQDZEQUA3BEFACwSBQAxEgUAfxIFAIgSBQDSEgUA2BIFACUTBQA0EwUAeBMFAIQTBQBZ9Q4AzRMFAB4UBQAsFAUAcRQFAIIUBQCs9Q4AyxQFAP/1DgAcFQUAahUFAHIVBQC9FQUAzBUFABAWBQAVFgUAYxYFAHAWBQC2FgUAwxYFAAkXBQAVFwUAXBcFAGsXBQCvFwUAuRcFAKX2DgAEGAUAVRgFAHAYBQCoGAUAqhgFAPsYBQAVGQUAThkFAFsZBQChGQUArRkFAPQZBQD+GQUARxoFAGEaBQCaGgUAqRoFAO0aBQDyGgUAQBsFAE0bBQCTGwUAoBsFAOYbBQDyGwUAORwFAEgcBQCMHAUAlhwFAN8cBQDrHAUAMh0FAEUdBQCFHQUAlB0FANgdBQDkHQUAKx4FACweBQB+HgUAiB4FANEeBQDfHgUAJB8FACkfBQB3HwUAhB8FAPj2DgDXHwUAHSAFACogBQBwIAUAfCAFAMMgBQDSIAUAFiEFACAhBQBpIQUAdyEFALwhBQDBIQUADyIFABwiBQBiIgUAbiIFALUiBQDIIgUACCMFABcjBQBbIwUAZyMFAK4jBQCvIwUAASQFAAskBQBUJAUAYiQFAKckBQCsJAUA+iQFAAclBQBL9w4AWiUFAKAlBQCiJQUA8yUFAAwmBQBGJgUAVyYFAJkmBQClJgUA7CYFAPQmBQBE+A4ARCcFAJInBQCaJwUA5ScFAPQnBQA4KAUAPSgFAIsoBQCYKAUA3igFAOsoBQAxKQUAPSkFAIQpBQCTKQUA1ykFAOEpBQCX+A4APSoFAH0qBQCMKgUA0CoFANwqBQAjKwUAJCsFAHYrBQCAKwUAySsFANcrBQAcLAUAISwFAG8sBQB8LAUA6vgOAMcsBQAVLQUAIi0FAGgtBQB1LQUAuy0FAMctBQAOLgUAHS4FAGEuBQBrLgUAtC4FAMIuBQAHLwUADC8FAFovBQBnLwUArS8FALUvBQAAMAUABjAFAFMwBQAKMAUAMXwFAF8wBQCmMAUAtjAFAPkwBQACMQUATDEFAE8xBQCfMQUAqzEFAPIxBQD5MQUA4/kOAFAyBQCYMgUAmTIFAOsyBQADMwUAPjMFAEszBQCRMwUAnTMFAOQzBQDuMwUANzQFADs0BQCKNAUAjzQFAN00BQDjNAUAMDUFAFA1BQCDNQUAmzUFANY1BQDtNQUAKTYFADU2BQB8NgUAhjYFAM82BQDRNgUAIjcFACk3BQB1NwUAfDcFAMg3BQDONwUAGzgFACc4BQBuOAUAcTgFAME4BQDEOAUAFDkFACA5BQBnOQUAajkFADb6DgC/OQUADToFABU6BQBgOgUAZjoFALM6BQC4OgUABjsFAA87BQBZOwUAYzsFAKw7BQC4OwUA/zsFAAc8BQCJ+g4AVzwFAKU8BQCtPAUA+DwFAAM9BQBLPQUAUD0FAJ49BQChPQUA8T0FAPs9BQDc+g4AUD4FAJc+BQCePgUA6j4FAPg+BQA9PwUAQD8FAJA/BQCYPwUA4z8FAOY/BQA2QAUAQkAFAIlABQCPQAUA3EAFAPdABQAvQQUAO0EFAIJBBQCIQQUA1UEFAN1BBQAoQgUALEIFAHtCBQCHQgUAzkIFANtCBQAhQwUAK0MFAHRDBQB8QwUAx0MFAMlDBQAaRAUAHkQFAG1EBQBvRAUAwEQFANREBQAv+w4AG0UFAGZFBQBqRQUAuUUFALtFBQAMRgUAD0YFAF9GBQBnRgUAskYFAL9GBQAFRwUACkcFAFhHBQBiRwUAq0cFALNHBQD+RwUA/0cFAFFIBQBWSAUApEgFAKdIBQD3SAUA+kgFAEpJBQBYSQUAnUkFALZJBQDwSQUAAUoFAENKBQBPSgUAlkoFAJ5KBQCC+w4A7koFADxLBQBESwUAj0sFAJ5LBQDiSwUA50sFADVMBQBCTAUAiEwFAJVMBQDbTAUA50wFAC5NBQA9TQUAgU0FAItNBQDUTQUA3E0FACdOBQAxTgUAek4FAH9OBQDNTgUA1U4FANX7DgArTwUAc08FAH9PBQDGTwUAzk8FACj8DgAlUAUAbFAFAHNQBQC/UAUAzVAFABJRBQAVUQUAZVEFAG1RBQC4UQUAu1EFAAtSBQAXUgUAXlIFAGRSBQCxUgUAzFIFAARTBQAQUwUAV1MFAF1TBQCqUwUAzVMFAP1TBQAAVAUAUFQFAHRUBQB7/A4AslQFAPZUBQD7VAUASVUFAFZVBQCcVQUAqVUFAO9VBQD7VQUAQlYFAFFWBQCVVgUAn1YFAOhWBQD2VgUAO1cFAEBXBQCOVwUAm1cFAOFXBQDpVwUAzvwOAEFYBQCHWAUAj1gFANpYBQDzWAUALVkFADNZBQCAWQUAhVkFANNZBQDzWQUAJloFADJaBQB5WgUAhloFAMxaBQDUWgUAH1sFACJbBQByWwUAfFsFAMVbBQDHWwUAGFwFACJcBQBrXAUAd1wFACH9DgDUXAUAEV0FAB1dBQBkXQUAaV0FALddBQBrXQUACtoLAGxdBQDw/A8AwF0FAApeBQAUXgUAXV4FAGVeBQC5fAkAaV4FALBeBQCAXgUA3WsJALZeBQADXwUAw14FAB0ZBgAJXwUAVl8FAFtfBQCpXwUAr18FAHT9DgAKYAUAT2AFAGVgBQCiYAUArmAFAPVgBQD6YAUASGEFAFFhBQCbYQUApWEFAO5hBQD2YQUAQWIFAFBiBQCUYgUAmWIFAOdiBQD0YgUAOmMFAEdjBQCNYwUAmWMFAOBjBQDvYwUAM2QFAD1kBQCGZAUAlGQFANlkBQDmZAUALGUFAENlBQB/ZQUAh2UFANJlBQDcZQUAJWYFACpmBQB4ZgUAgGYFAG3+DgDXZgUAHmcFACRnBQBxZwUAjGcFAMRnBQDQZwUAF2gFAB1oBQDA/g4AfWgFAL1oBQDMaAUAEGkFABxpBQBjaQUAZGkFALZpBQDAaQUACWoFABdqBQBcagUAYWoFAK9qBQC8agUAE/8OAAdrBQBVawUAXWsFAKhrBQCrawUA+2sFAARsBQBObAUAXWwFAKFsBQCsbAUA9GwFAPxsBQBHbQUAV20FAJptBQCobQUA7W0FAP5tBQBAbgUATG4FAJNuBQCbbgUADAAPAOxuBQA5bwUAQW8FAIxvBQCTbwUA328FAO1vBQAycAUAOHAFAIVwBQCRcAUA2HAFAOdwBQArcQUANXEFAH5xBQCDcQUA0XEFANdxBQAkcgUAOHIFAHdyBQB/cgUAynIFAPJyBQAdcwUAJnMFAHBzBQB9cwUAw3MFANFzBQAWdAUAKXQFAGl0BQCFdAUAXwAPAMF0BQAPdQUAHHUFAGJ1BQBvdQUAtXUFAMF1BQAIdgUAF3YFAFt2BQBldgUArnYFALx2BQABdwUABncFAFR3BQBhdwUAp3cFAK93BQD6dwUAAHgFAE14BQBZeAUAoHgFALB4BQDzeAUA/HgFAEZ5BQBJeQUAmXkFAKV5BQDseQUA83kFALIADwBnegUAknoFAJt6BQDlegUA8noFADh7BQBGewUAi3sFAJ57BQDeewUA+nsFAAUBDwA/fAUAhHwFAJp8BQDXfAUA43wFACp9BQAxfQUAfX0FAIV9BQDQfQUA1X0FACN+BQAsfgUAdn4FAIB+BQBYAQ8Ayn4FABx/BQAofwUAb38FAHV/BQDCfwUAxH8FABWABQAfgAUAaIAFAHaABQC7gAUAwIAFAA6BBQAbgQUAYYEFAGmBBQC0gQUAvoEFAAeCBQAVggUAWoIFAHCCBQCtggUAuYIFAACDBQAHgwUAU4MFAFuDBQCmgwUAq4MFAPmDBQAChAUATIQFAFaEBQCrAQ8ArYQFAPKEBQAIhQUARYUFAFGFBQCYhQUAnYUFAOuFBQD0hQUAPoYFAEiGBQCRhgUAnYYFAOSGBQDqhgUAN4cFAD2HBQCKhwUAj4cFAN2HBQDjhwUA/gEPADWIBQCDiAUAkIgFANaIBQDjiAUAKYkFADWJBQB8iQUAi4kFAM+JBQDZiQUAIooFADCKBQB1igUAeooFAMiKBQDVigUAG4sFACOLBQBuiwUAeIsFAMGLBQDPiwUAFIwFACqMBQBnjAUAc4wFALqMBQC/jAUADY0FABaNBQBgjQUAao0FAPcCDwC/jQUABo4FABeOBQBZjgUAZY4FAKyOBQC7jgUA/44FAAmPBQBSjwUAYI8FAKWPBQCqjwUA+I8FAAWQBQBLkAUAVZAFAJ6QBQBXkAUAL5QFAKyQBQDxkAUAB5EFAESRBQBQkQUAl5EFAJyRBQDqkQUA85EFAD2SBQBHkgUAkJIFAJySBQDjkgUA6ZIFADaTBQA8kwUAiZMFAI6TBQDckwUA4pMFAEoDDwA1lAUAgpQFAIiUBQDVlAUA2pQFACiVBQAulQUAnQMPAImVBQDOlQUA5JUFACGWBQAtlgUAdJYFAHmWBQDHlgUA0JYFABqXBQAklwUAbZcFAHmXBQDAlwUA05cFABOYBQAimAUAZpgFAHKYBQC5mAUAupgFAAyZBQAWmQUAX5kFAG2ZBQCymQUAt5kFAAWaBQASmgUA8AMPAGeaBQCrmgUAy5oFAP6aBQAKmwUAUZsFAFubBQCkmwUAqZsFAPebBQD4mwUASpwFAFacBQCdnAUAqpwFAPCcBQD8nAUAQ50FAFadBQCWnQUApZ0FAOmdBQD1nQUAPJ4FAD2eBQCPngUAmZ4FAOKeBQDwngUANZ8FADqfBQCInwUAlZ8FAEMEDwD3nwUAlgQPADSgBQCBoAUAh6AFANSgBQDZoAUAJ6EFAC2hBQDpBA8Af6EFAM2hBQDQoQUAIKIFACyiBQBzogUAeaIFAMaiBQDhogUAGaMFACWjBQBsowUAcqMFAL+jBQDBowUAEqQFAC2kBQBlpAUAZ6QFALikBQDGpAUAC6UFABylBQBepQUAYKUFALGlBQDKpQUABKYFABWmBQBXpgUAY6YFAOIFDwC0pgUA/aYFAAunBQBQpwUAZqcFAKOnBQCvpwUA9qcFAPunBQBJqAUAUqgFAJyoBQCmqAUA76gFAPeoBQBCqQUAR6kFAJWpBQCkqQUA6KkFAPepBQA7qgUARKoFAI6qBQCUqgUA4aoFAOeqBQA0qwUAQKsFAIerBQCOqwUA2qsFAOKrBQAtrAUAL6wFAICsBQCQrAUA06wFAN2sBQAmrQUAMq0FAHmtBQB/rQUAzK0FANStBQA1Bg8AK64FAHKuBQCDrgUAxa4FANGuBQAYrwUAJ68FAGuvBQB1rwUAvq8FAMyvBQARsAUAFrAFAGSwBQBxsAUAt7AFAL+wBQAKsQUAFLEFAA/IBQAWsQUAXbEFAGOxBQCwsQUAtrEFAAOyBQAIsgUAVrIFAFyyBQCIBg8AtbIFAPyyBQACswUAT7MFAGqzBQCiswUArrMFAPWzBQD7swUASLQFAFC0BQCbtAUAnrQFAO60BQD6tAUAQbUFAFK1BQCUtQUAoLUFAOe1BQD2tQUAOrYFAES2BQCNtgUAm7YFAOC2BQDltgUAM7cFAEC3BQCGtwUAjrcFANm3BQDjtwUALLgFADq4BQB/uAUAlbgFANK4BQDeuAUAJbkFACq5BQB4uQUAgbkFAMu5BQDVuQUAgQcPACS6BQBxugUAd7oFAMS6BQDQugUAF7sFACS7BQBquwUAdLsFAL27BQDFuwUAELwFABq8BQBjvAUAaLwFALa8BQC3vAUACb0FAA69BQBcvQUAbb0FAK+9BQC0vQUAAr4FABm+BQBVvgUAab4FAKi+BQDEvgUA+74FAAO/BQDUBw8AVr8FAKG/BQCrvwUA9L8FAAjABQBHwAUASMAFAJrABQCmwAUA7cAFAAnBBQBAwQUASMEFACcIDwCcwQUA5sEFAPTBBQA5wgUA9cEFALX/CQBDwgUAjMIFAI7CBQDfwgUA+MIFADLDBQBDwwUAhcMFAJHDBQDYwwUA4MMFAHoIDwA3xAUAfsQFAITEBQDRxAUA7MQFACTFBQAwxQUAd8UFAH3FBQDKxQUAzcUFAB3GBQAlxgUAcMYFAIDGBQDDxgUAyMYFABbHBQAfxwUAaccFAHbHBQC8xwUAw8cFAM0IDwAdyAUAYsgFAHjIBQC1yAUAwcgFAAjJBQANyQUAW8kFAGTJBQCuyQUAuMkFAAHKBQAdygUAVMoFAFzKBQAgCQ8ArMoFAPrKBQACywUATcsFAE/LBQCgywUAu8sFAPPLBQD1ywUARswFAFTMBQCZzAUAqswFAOzMBQDuzAUAP80FAFjNBQCSzQUAo80FAOXNBQDxzQUAOM4FAEDOBQBzCQ8Al84FAN7OBQDkzgUAMc8FAEzPBQCEzwUAkM8FANfPBQDdzwUAKtAFAC3QBQDGCQ8AmtAFANDQBQDR0AUAI9EFADLRBQB20QUAe9EFAMnRBQDW0QUAHNIFACnSBQBv0gUAe9IFAMLSBQDR0gUAFdMFAB/TBQBo0wUAdtMFALvTBQDA0wUADtQFABvUBQBh1AUAbdQFALTUBQC61AUAB9UFAMfUBQDH6QUADdUFAFrVBQBf1QUArdUFALPVBQAZCg8ABdYFAFPWBQBz1gUAptYFALLWBQD51gUA/9YFAEzXBQBU1wUAjQkGAFXXBQCf1wUArNcFAPLXBQD41wUARdgFAFHYBQCY2AUAmtgFAOvYBQD62AUAPtkFAEnZBQCR2QUAk9kFAOTZBQD92QUAN9oFAEjaBQCK2gUAltoFAN3aBQDp2gUAMNsFAEPbBQCD2wUAktsFANbbBQDi2wUAKdwFACrcBQB83AUAhtwFAM/cBQDd3AUAIt0FACfdBQB13QUAgt0FAGwKDwDV3QUAG94FAC/eBQBu3gUAit4FAMHeBQDd3gUAvwoPACPfBQBn3wUAaN8FALrfBQDJ3wUADeAFABLgBQBg4AUAbeAFALPgBQDA4AUABuEFABLhBQBZ4QUAaOEFAKzhBQC24QUA/+EFAA3iBQBS4gUAV+IFAKXiBQCy4gUA+OIFAAjjBQBL4wUATeMFAJ7jBQCs4wUA8eMFAALkBQASCw8AS+QFAGULDwCc5AUA6uQFAPfkBQA95QUASuUFAJDlBQCW5QUA4+UFAO/lBQA25gUARuYFAInmBQCS5gUA3OYFAN/mBQAv5wUAO+cFAILnBQCJ5wUAuAsPAOHnBQAo6AUAOOgFAHvoBQCE6AUAzugFANHoBQAh6QUALekFAHTpBQB76QUACwwPANbpBQAa6gUAJuoFAG3qBQBu6gUAwOoFAMrqBQAT6wUAIesFAGbrBQBr6wUAuesFAMbrBQBeDA8AEewFAF/sBQBu7AUAsuwFANLsBQAF7QUAEe0FAFjtBQBi7QUAq+0FALPtBQD+7QUACu4FAFHuBQBX7gUApO4FAKruBQD37gUA/O4FAErvBQBQ7wUAVw0PAKLvBQDw7wUA+e8FAEPwBQBU8AUAlvAFAJ3wBQDp8AUA8fAFADzxBQBJ8QUAj/EFAJTxBQDi8QUA7PEFADXyBQA98gUAiPIFAJfyBQDb8gUA4PIFAC7zBQA78wUAgfMFAI7zBQDU8wUA4PMFACf0BQA29AUAevQFAIT0BQDN9AUA1fQFACD1BQAq9QUAc/UFAHj1BQDG9QUAzvUFAFAODwAe9gUAbPYFAG/2BQC/9gUAyfYFAKMODwAY9wUAZfcFAGr3BQC49wUA2PcFAAv4BQAX+AUAXvgFAGT4BQCx+AUAtPgFAAT5BQAG+QUAV/kFAHL5BQCq+QUArPkFAP35BQAL+gUAUPoFAGH6BQCj+gUApfoFAPb6BQAP+wUASfsFAFr7BQCc+wUAqPsFAPYODwD/+wUAQvwFAGL8BQCV/AUAl/wFAOj8BQD0/AUAQ2UNAPf8BQAUMgYABP0FAAw/BgAR/QUAO/0FAD79BQCO/QUAm/0FAGsCBgCd/QUA4f0FAOb9BQA0/gUAQf4FAIf+BQCU/gUA2v4FAOb+BQAt/wUAPP8FAID/BQCK/wUA0/8FAOH/BQAmAAYAKwAGAHkABgCGAAYAzAAGANgABgAfAQYAJQEGAHIBBgB4AQYAxQEGAMoBBgAYAgYAHgIGAEkPDwB0AgYAvgIGANQCBgARAwYAKgMGAGQDBgBwAwYAtwMGAL0DBgAKBAYADwQGAF0EBgBtBAYAsAQGALYEBgADBQYADwUGAFYFBgBgBQYAqQUGAK8FBgD8BQYACgYGAE8GBgBbBgYAogYGAKUGBgD1BgYAAQcGAEgHBgBbBwYAmwcGAKoHBgDuBwYA+gcGAEEIBgBNCAYAlAgGAJsIBgDnCAYA8wgGADoJBgBBCQYAnA8PAKMJBgDgCQYA4gkGADMKBgBHCgYAhgoGAI4KBgDZCgYA5goGACwLBgAxCwYAfwsGAIkLBgDSCwYA2gsGACUMBgA+DAYAeAwGAIQMBgDLDAYA0wwGAO8PDwA5DQYAcQ0GAHMNBgDEDQYA0g0GABcOBgAoDgYAag4GAGwOBgC9DgYA1g4GABAPBgAhDwYAYw8GAG8PBgBCEA8Auw8GAAkQBgATEAYAXBAGAGQQBgCvEAYAsBAGAAIRBgC/EAYAx8YKAAgRBgBVEQYAYREGAKgRBgCrEQYA+xEGAAcSBgBOEgYAWxIGAKESBgCrEgYA9BIGAPwSBgBHEwYAVRMGAJoTBgCnEwYA7RMGAPUTBgBAFAYAVhQGAJMUBgCfFAYA5hQGAPAUBgA5FQYAOxUGAIwVBgCTFQYA3xUGAOEVBgAyFgYAPBYGAIUWBgCHFgYA2BYGAOAWBgArFwYALRcGAH4XBgCOFwYA0RcGANsXBgAkGAYAMBgGAHcYBgB9GAYAyhgGANIYBgCVEA8ALBkGAHAZBgB8GQYAwxkGAMQZBgAWGgYAIBoGAGkaBgB3GgYAvBoGAMEaBgAPGwYAHBsGAOgQDwBwGwYAtRsGAMsbBgAIHAYAFBwGAFscBgBgHAYArhwGALccBgABHQYACx0GAFQdBgBcHQYApx0GALMdBgD6HQYADR4GAE0eBgBOHgYAoB4GAK4eBgDzHgYA+R4GAEYfBgBSHwYAmR8GAKAfBgDsHwYA9B8GAD8gBgBDIAYAkiAGAJ0gBgDlIAYA8yAGADghBgBJIQYAiyEGAJchBgDeIQYA5iEGAOERDwA9IgYAhCIGAI4iBgDXIgYA5iIGACojBgA1IwYAfSMGAIsjBgDQIwYA3SMGACMkBgA6JAYAdiQGAH4kBgDJJAYA0yQGABwlBgAhJQYAbyUGAHAlBgDCJQYA0CUGABUmBgAkJgYAaCYGAHAmBgC7JgYA0SYGAA4nBgAaJwYAYScGAGsnBgC0JwYAticGAAcoBgAOKAYAWigGAFwoBgCtKAYAtygGAAApBgACKQYANBIPAFgpBgCmKQYArykGAPkpBgAKKgYATCoGAFMqBgCfKgYApyoGAPIqBgD/KgYARSsGAEorBgCYKwYAoisGAOsrBgDzKwYAPiwGAFcsBgCRLAYAnSwGAOQsBgDsLAYA2hIPADotBgCKLQYAlC0GAN0tBgDfLQYAMC4GAEkuBgCDLgYAlC4GANYuBgDkLgYAKS8GACwvBgB8LwYAhy8GAM8vBgDbLwYAIjAGACkwBgAtEw8AejAGAMgwBgDQMAYAGzEGACkxBgBuMQYAbzEGAMExBgDcMQYAgBMPABkyBgBnMgYAdDIGALoyBgDHMgYADTMGABkzBgBgMwYAbzMGALMzBgC9MwYABjQGABQ0BgBZNAYAXjQGAKw0BgC5NAYA/zQGAAs1BgBSNQYAWDUGAKU1BgCrNQYA+DUGAP01BgBLNgYAUTYGANMTDwCrNgYA8TYGAPM2BgBENwYAXTcGAJc3BgCoNwYA6jcGAPY3BgA9OAYARTgGAMwUDwCVOAYA4zgGAOs4BgA2OQYATzkGAIk5BgCOOQYA3DkGAOE5BgAvOgYAOToGAII6BgCFOgYA1ToGAN86BgAoOwYALjsGAHs7BgB9OwYAzjsGAM87BgAhPAYAKTwGAHQ8BgCEPAYAxzwGAM08BgAaPQYAHz0GAG09BgCDPQYAwD0GAMg9BgATPgYAOz4GAGY+BgCJPgYAuT4GANg+BgAfFQ8AFD8GAHIVDwBwPwYAsj8GAMA/BgAFQAYAEUAGAFhABgBlQAYAq0AGALVABgD+QAYABkEGAFFBBgBcQQYApEEGAKZBBgD3QQYA+kEGAEpCBgBSQgYAnUIGAKNCBgDwQgYA+UIGAENDBgBQQwYAlkMGAJ5DBgDpQwYA7kMGADxEBgBFRAYAj0QGAJlEBgDiRAYA6kQGADVFBgA6RQYAiEUGAJhFBgDbRQYA40UGAC5GBgAwRgYAgUYGAJxGBgDURgYA1kYGACdHBgA1RwYAekcGAItHBgDNRwYAz0cGACBIBgA5SAYAc0gGAIRIBgDGSAYA0kgGABlJBgAhSQYAxRUPAHJJBgC/SQYAxEkGABJKBgAySgYAZUoGAHFKBgC4SgYAvkoGAAtLBgAOSwYAXksGAGZLBgCxSwYAu0sGAARMBgAJTAYAV0wGAF9MBgCqTAYAtEwGAP1MBgD/TAYAUE0GAGFNBgCjTQYAw00GAPZNBgD+TQYASU4GAFNOBgCcTgYAoU4GABgWDwADTwYAQk8GAEpPBgCVTwYAmk8GAOhPBgD4TwYAO1AGAENQBgCOUAYAmFAGAOFQBgDsUAYANFEGAEBRBgCHUQYAj1EGAGsWDwDmUQYALVIGADlSBgCAUgYAh1IGANNSBgDbUgYAJlMGAD9TBgB5UwYAf1MGAMxTBgDRUwYAH1QGAD9UBgByVAYAflQGAMVUBgDLVAYAGFUGABtVBgC+Fg8AbVUGAL5VBgB5VQYA6lIOAMFVBgARVgYAG1YGAGRWBgByVgYAt1YGAMZWBgAKVwYADVcGAF1XBgAiVwYAU3wGACZXBgBpbQYAaVcGALBXBgCyVwYAA1gGAAlYBgBWWAYAZVgGAKlYBgC0WAYA/FgGAARZBgA5uwYAFlkGAE9ZBgBbWQYAolkGALVZBgD1WQYABFoGAEhaBgBUWgYAm1oGAJxaBgDuWgYA+FoGAEFbBgBPWwYAlFsGAJlbBgDnWwYA9FsGABEXDwBUXAYAjVwGAJxcBgDgXAYA5VwGADNdBgBAXQYAhl0GAJNdBgDZXQYA5V0GACxeBgA7XgYAf14GAIleBgDSXgYA4F4GACVfBgAqXwYAeF8GAIVfBgDLXwYA118GAB5gBgAkYAYAcWAGAHdgBgDEYAYAyWAGABdhBgAdYQYAZBcPAGthBgC9YQYAc2EGAI/cCAB3YQYAyMgIAIphBgA1bgwAyWEGABBiBgAWYgYAsosHAB1iBgBjYgYAZmIGALZiBgDCYgYACWMGAAtjBgBcYwYAYmMGAK9jBgC+YwYAAmQGAA1kBgBVZAYAVmQGAKhkBgC8ZAYA+2QGABVlBgBOZQYAWmUGAKFlBgC0ZQYA9GUGAANmBgBHZgYAU2YGAJpmBgCbZgYA7WYGAPdmBgBAZwYATmcGAJNnBgCYZwYA5mcGAPNnBgC3Fw8AU2gGAIxoBgCbaAYA32gGAORoBgAyaQYAP2kGAIVpBgCSaQYA2GkGAORpBgAragYAOmoGAH5qBgCIagYA0WoGAN9qBgAkawYAKWsGAHdrBgCEawYAymsGANZrBgAdbAYAI2wGAHBsBgB2bAYAw2wGAMhsBgAWbQYAHG0GAAoYDwCFbQYAXRgPAMJtBgAPbgYAEW4GAGJuBgBvbgYAtW4GALhuBgAIbwYACW8GAFtvBgBgbwYArm8GALRvBgABcAYAC3AGAFRwBgBwcAYAp3AGAMNwBgCwGA8AAHEGAE1xBgBPcQYAoHEGAK1xBgDzcQYA9nEGAEZyBgBHcgYAmXIGAJ5yBgDscgYA8nIGAD9zBgBJcwYAknMGAK5zBgDlcwYAAXQGAAMZDwA+dAYAi3QGAJF0BgDedAYA43QGADF1BgA3dQYAVhkPAJJ1BgDXdQYA8nUGACp2BgA4dgYAfXYGAIp2BgDQdgYA53YGACN3BgAydwYAdncGAHt3BgDJdwYA1ncGABx4BgApeAYAb3gGAHt4BgDCeAYA0XgGABV5BgAfeQYAaHkGAHZ5BgC7eQYAwHkGAA56BgAbegYAYXoGAGR6BgC0egYAwHoGAAd7BgANewYAWnsGAGB7BgCtewYAsnsGAAB8BgAGfAYAqRkPAF18BgCmfAYArHwGAPl8BgD7fAYATH0GAFl9BgCffQYAon0GAPJ9BgDzfQYARX4GAEp+BgCYfgYAnn4GAOt+BgD1fgYAPn8GAFh/BgCRfwYAoH8GAOR/BgDpfwYAN4AGAESABgCKgAYAl4AGAN2ABgDpgAYAMIEGAD+BBgCDgQYAjYEGANaBBgDkgQYAKYIGAC6CBgB8ggYAiYIGAM+CBgDZggYAiYwGANuCBgAigwYAKIMGAHWDBgB7gwYAyIMGAM2DBgAbhAYAIYQGAPwZDwBzhAYAwYQGAM6EBgAUhQYAIYUGAGeFBgBzhQYAuoUGAMmFBgANhgYAF4YGAGCGBgBuhgYAs4YGALiGBgAGhwYAE4cGAFmHBgBhhwYArIcGALiHBgD/hwYABYgGAFKIBgBYiAYApYgGAKqIBgD4iAYA/ogGAPUaDwBNiQYAnokGAKeJBgDxiQYA9IkGAESKBgBQigYAl4oGAJ6KBgDqigYA8ooGAD2LBgBWiwYAkIsGAKSLBgDjiwYA/4sGADaMBgA+jAYAmxsPAJeMBgDcjAYA8owGAC+NBgA7jQYAgo0GAIeNBgDVjQYA3o0GACiOBgAyjgYAe44GAJeOBgDOjgYA1o4GAO4bDwAmjwYAdI8GAIGPBgDHjwYA1I8GABqQBgAmkAYAbZAGAHyQBgDAkAYAypAGABORBgAhkQYAZpEGAGuRBgC5kQYAxpEGAAySBgAUkgYAX5IGAGmSBgCykgYAwJIGAAWTBgAbkwYAWJMGAGSTBgCrkwYAsJMGAP6TBgAHlAYAUZQGAFuUBgCklAYArJQGAPeUBgAGlQYASpUGAEyVBgCdlQYAppUGAPCVBgDzlQYAQ5YGAE+WBgCWlgYAnZYGAOmWBgDxlgYAPJcGAFWXBgCPlwYAo5cGAOKXBgD+lwYANZgGAD2YBgBBHA8AjZgGANuYBgDomAYALpkGADuZBgCBmQYAjZkGANSZBgDjmQYAJ5oGADGaBgB6mgYAhJoGAM2aBgDbmgYAIJsGADabBgBzmwYAf5sGAMabBgDLmwYAGZwGACKcBgBsnAYAdpwGAL+cBgDLnAYAEp0GABidBgBlnQYAa50GALidBgC9nQYAC54GABGeBgCUHA8Aap4GALGeBgC1ngYABJ8GABOfBgBXnwYAXJ8GAKqfBgC3nwYA/Z8GAAqgBgBQoAYAXKAGAKOgBgCyoAYA9qAGAAChBgBJoQYAV6EGAJyhBgChoQYA76EGAPyhBgBCogYATqIGAJWiBgCbogYA6KIGAO6iBgA7owYAQKMGAI6jBgCUowYA5xwPAOajBgA0pAYAO6QGAIekBgCTpAYA2qQGANykBgAtpQYA3aQGALCqBgBIpQYAgKUGAIKlBgDTpQYA4aUGACamBgA3pgYAeaYGAHumBgDMpgYA5aYGAB+nBgAwpwYAcqcGAH6nBgDFpwYA0acGABioBgArqAYAa6gGAHqoBgC+qAYAyqgGABGpBgASqQYAZKkGAG6pBgC3qQYAxakGAAqqBgAPqgYAXaoGAGqqBgA6HQ8AsqoGAAOrBgAeqwYAVqsGAFirBgCpqwYAt6sGAPyrBgANrAYAT6wGAFGsBgCirAYAu6wGAPWsBgAGrQYASK0GAFStBgCbrQYAp60GAO6tBgABrgYAQa4GAFCuBgCUrgYAoK4GAOeuBgDorgYAOq8GAESvBgCNrwYAm68GAOCvBgDlrwYAM7AGAECwBgAzHg8Ai7AGANmwBgDhsAYALLEGAC6xBgB/sQYAkLEGANKxBgDgsQYAJbIGAECyBgB4sgYAhLIGAMuyBgDTsgYALB8PACOzBgBxswYAeLMGAMSzBgDQswYAF7QGABq0BgBqtAYAcrQGAL20BgDNtAYAELUGABW1BgBjtQYAbLUGALa1BgDDtQYACbYGABC2BgBctgYAZLYGAH8fDwC8tgYAArcGAAq3BgBVtwYAabcGAKi3BgCttwYA+7cGAAS4BgBOuAYAVLgGAKG4BgCpuAYA9LgGAAO5BgBHuQYAWLkGAJq5BgCjuQYA7bkGAPC5BgBAugYASroGAJO6BgCfugYA5roGAOy6BgDSHw8ARrsGAIy7BgCRuwYA37sGAOa7BgAyvAYAPrwGAIW8BgCNvAYAJSAPAPO8BgArvQYALb0GAH69BgCMvQYA0b0GAOK9BgAkvgYAJr4GAHe+BgCQvgYAyr4GANu+BgAdvwYAKb8GAHggDwB/vwYAw78GANK/BgAWwAYAH8AGAGnABgBvwAYAvMAGAMLABgAPwQYAG8EGAGLBBgBpwQYAtcEGAL3BBgAIwgYADMIGAFvCBgBmwgYArsIGALzCBgABwwYAEsMGAFTDBgBgwwYAp8MGAK/DBgDLIA8A/cMGAE3EBgBXxAYAoMQGAKLEBgDzxAYADMUGAEbFBgBXxQYAmcUGAKfFBgDsxQYA78UGAD/GBgBKxgYAksYGAKDGBgDlxgYA8sYGADjHBgBPxwYAi8cGAJPHBgDexwYA4McGADHIBgA5yAYAhMgGAJPIBgDXyAYA3MgGACrJBgA3yQYAfckGAIrJBgDQyQYA3MkGACPKBgAyygYAdsoGAIDKBgDJygYA18oGABzLBgAhywYAb8sGAHzLBgDCywYAyssGABXMBgAfzAYAaMwGAG3MBgC7zAYAw8wGAA7NBgARzQYAYc0GAH7NBgC0zQYAxc0GAAfOBgAPzgYAWs4GAF3OBgCtzgYAuc4GAADPBgAGzwYAU88GAG7PBgCmzwYAss8GAPnPBgD/zwYAHiEPAFvQBgCf0AYAoNAGAPLQBgAo0QYARdEGAFPRBgCY0QYAmdEGAOvRBgDz0QYAPtIGAE3SBgCR0gYAltIGAOTSBgDx0gYAN9MGAETTBgCK0wYAltMGAN3TBgDs0wYAMNQGADrUBgCD1AYAkdQGANbUBgDb1AYAKdUGADbVBgB81QYAhNUGAM/VBgDZ1QYAItYGACfWBgB11gYAfdYGAMjWBgDS1gYAG9cGACbXBgBu1wYAetcGAMHXBgDJ1wYAcSEPABnYBgBn2AYAatgGALrYBgDE2AYADdkGABXZBgDEIQ8AbtkGALPZBgDJ2QYABtoGABLaBgBZ2gYAXtoGAKzaBgC12gYA/9oGAAnbBgBS2wYAWtsGAKXbBgCx2wYA+NsGAAvcBgBL3AYATNwGAJ7cBgCs3AYA8dwGAPfcBgBE3QYAUN0GAJfdBgCe3QYAFyIPAOvdBgA93gYASd4GAJDeBgCd3gYA494GAOveBgA23wYAQN8GAInfBgCY3wYA3N8GAN3fBgAv4AYAN+AGAILgBgCR4AYA1eAGANrgBgAo4QYANeEGAHvhBgCI4QYAzuEGANrhBgAh4gYAMOIGAHTiBgB+4gYAx+IGANXiBgAa4wYAH+MGAG3jBgB64wYAwOMGAMjjBgAT5AYAF+QGAGbkBgB05AYAueQGAMPkBgAM5QYAF+UGAF/lBgBn5QYAsuUGAL3lBgAF5gYACuYGAFjmBgBb5gYAq+YGALXmBgD+5gYABucGAFHnBgBw5wYAaiIPAKbnBgD35wYA+OcGAEroBgBU6AYAnegGAKvoBgDw6AYAC+kGAEPpBgBP6QYAlukGAJ7pBgC9Ig8A9ekGADzqBgBC6gYAj+oGAKrqBgDi6gYA7uoGADXrBgA76wYAiOsGAJDrBgDb6wYA6esGAC7sBgAx7AYAgewGAInsBgDU7AYA3ewGACftBgA07QYAeu0GAHztBgDN7QYA6O0GACDuBgAi7gYAc+4GAIHuBgDG7gYA1+4GABnvBgAb7wYAbO8GAIXvBgC/7wYA0O8GABLwBgAe8AYAZfAGAG3wBgAQIw8AvvAGAAvxBgAT8QYAXvEGAGXxBgCx8QYAtvEGAATyBgAQ8gYAV/IGAFryBgCq8gYAsvIGAP3yBgAK8wYAUPMGAFXzBgCj8wYArfMGAPbzBgD+8wYASfQGAFX0BgCc9AYAr/QGAO/0BgD99AYAQvUGAEX1BgCV9QYAn/UGAGMjDwDr9QYAO/YGAEP2BgCO9gYAkfYGAOH2BgDt9gYANPcGADr3BgCH9wYAovcGANr3BgDm9wYALfgGADP4BgCA+AYAiPgGANP4BgDh+AYAJvkGACn5BgB5+QYAgfkGAMz5BgDV+QYAH/oGACz6BgBy+gYAdPoGAMX6BgDg+gYAGPsGABr7BgBr+wYAefsGAL77BgDP+wYAEfwGABP8BgBk/AYAffwGALf8BgDI/AYACv0GABb9BgBd/QYAZf0GALYjDwC2/QYAA/4GAAv+BgBW/gYAXf4GAKn+BgCu/gYA/P4GAAj/BgBP/wYAUv8GAKL/BgCq/wYA9f8GAAIABwBIAAcATQAHAJsABwClAAcA7gAHAPYABwBBAQcATQEHAJQBBwCnAQcA5wEHAPUBBwA6AgcAPQIHAI0CBwCXAgcACSQPAOMCBwAzAwcAPwMHAIYDBwCMAwcA2QMHAPQDBwAsBAcAOAQHAH8EBwCFBAcA0gQHANoEBwAlBQcAMwUHAHgFBwB7BQcAywUHANMFBwAeBgcAJwYHAHEGBwB+BgcAxAYHAMYGBwAXBwcAMgcHAGoHBwBsBwcAvQcHAMsHBwAQCAcAIQgHAGMIBwBlCAcAtggHAM8IBwAJCQcAGgkHAFwJBwBoCQcArwkHALcJBwBcJA8ACAoHAFUKBwBdCgcAqAoHAK8KBwD7CgcAAAsHAE4LBwBaCwcAoQsHAKQLBwD0CwcA/AsHAEcMBwBUDAcAmgwHAJ8MBwDtDAcA9wwHAEANBwBIDQcAkw0HAJ8NBwDmDQcA+Q0HADkOBwBHDgcAjA4HAI8OBwDfDgcA6Q4HAK8kDwA0DwcAhQ8HADcPBwD+MggAOw8HAOr/DQA+DwcAUBwNAEAPBwA0lggAjw8HABF4DQCWDwcA2A8HAOkPBwArEAcAORAHAH4QBwCaEAcA0RAHAO0QBwACJQ8AMhEHAHcRBwCEEQcAyhEHAOERBwAdEgcAKRIHAHASBwB2EgcAwxIHAMkSBwAWEwcAGxMHAGkTBwBvEwcAVSUPAMETBwAPFAcAFxQHAGIUBwBlFAcAtRQHAMEUBwAIFQcADhUHAFsVBwB2FQcArhUHALoVBwABFgcABxYHAFQWBwBcFgcApxYHAKkWBwD6FgcAFRcHAE0XBwBPFwcAoBcHAK4XBwDzFwcABBgHAEYYBwBIGAcAmRgHALIYBwDsGAcA/RgHAD8ZBwBLGQcATiYPAKgZBwDlGQcA9BkHADgaBwAOGgcAFR8HADoaBwCLGgcAmhoHAN4aBwDpGgcAMRsHAD0bBwCEGwcAhxsHANcbBwCLGwcAfCgHAKAbBwBTIgcA4xsHACocBwAwHAcAfRwHAJgcBwDQHAcA3BwHACMdBwApHQcAdh0HAIIdBwDJHQcAzx0HABweBwAiHgcAbx4HAHQeBwDCHgcAyB4HAKEmDwAYHwcAaB8HAIQfBwC7HwcAwx8HAJonDwAaIAcAYSAHAGcgBwC0IAcAzyAHAAchBwATIQcAWiEHAGAhBwCtIQcAtSEHAAAiBwAhIgcA7ScPAFsiBwBAKA8AqyIHAPkiBwAGIwcATCMHAFkjBwCfIwcAqyMHAPIjBwABJAcARSQHAE8kBwCYJAcAoCQHAOskBwD1JAcAPiUHAEwlBwCRJQcApyUHAOQlBwDwJQcANyYHADwmBwCKJgcAkyYHAN0mBwDnJgcAMCcHADgnBwCDJwcAjScHANYnBwDbJwcAKSgHADEoBwCTKA8AiCgHAM8oBwDiKAcAIikHADEpBwB1KQcAgSkHAMgpBwDJKQcAGyoHACUqBwBuKgcAfCoHAMEqBwDGKgcAFCsHACErBwDmKA8AcisHALorBwDGKwcADSwHABMsBwBgLAcAbCwHALMsBwC7LAcA3ykPAAktBwBZLQcAYS0HAKwtBwC5LQcA/y0HAAQuBwBSLgcAWi4HAKUuBwCnLgcA+C4HABMvBwBLLwcATS8HAJ4vBwCsLwcA8S8HAAIwBwBEMAcARjAHAJcwBwCwMAcA6jAHAPswBwA9MQcASTEHAJAxBwCYMQcAMioPAOgxBwA2MgcAQzIHAIkyBwCWMgcA3DIHAOgyBwAvMwcAPjMHAIIzBwCMMwcA1TMHAOMzBwAoNAcALTQHAHs0BwCINAcAzjQHANY0BwAhNQcAIzUHAHQ1BwB+NQcAxzUHAM81BwCFKg8AJTYHAG02BwB7NgcAwDYHAMM2BwATNwcAGzcHAGY3BwB8NwcAuTcHAL43BwAMOAcAIjgHAF84BwBrOAcAsjgHAL84BwAFOQcADzkHANgqDwBmOQcAqzkHAMQ5BwD+OQcAFDoHAFE6BwBgOgcApDoHAL46BwD3OgcA+joHANQ/BwACOwcAsUQHAAY7BwBKOwcATzsHAJ07BwCqOwcA8DsHAP07BwBDPAcATzwHAJY8BwClPAcA6TwHAPM8BwA8PQcASj0HAI89BwCUPQcA4j0HAO89BwA1PgcAQT4HAIg+BwCOPgcA2z4HAOE+BwAuPwcAMz8HAIE/BwCHPwcAKysPAOA/BwAnQAcALUAHAHpABwCVQAcAzUAHANlABwAgQQcAJkEHAHNBBwB6QQcAxkEHAMtBBwBlQwcA0kEHABlCBwAbQgcAbEIHAHNCBwC/QgcA20IHABJDBwAaQwcAJCwPAGlDBwC4QwcAxUMHAAtEBwAnRAcAXkQHAGZEBwB3LA8AtkQHAARFBwAHRQcAV0UHAGFFBwCqRQcAu0UHAP1FBwACRgcAUEYHAFVGBwCjRgcAw0YHAPZGBwD/RgcASUcHAEpHBwCcRwcAqEcHAO9HBwD1RwcAQkgHAEhIBwCVSAcAmkgHAOhIBwDuSAcAyiwPAD1JBwCOSQcAlEkHAOFJBwABSgcANEoHAEBKBwCHSgcAjkoHANpKBwDiSgcALUsHADRLBwCASwcAjEsHANNLBwDVSwcAJkwHAC1MBwDDLQ8Ae0wHAMxMBwDPTAcAH00HACdNBwByTQcAgk0HAMVNBwDHTQcAGE4HACZOBwBrTgcAfE4HABYuDwDFTgcAaS4PAB5PBwBkTwcAa08HALdPBwC/TwcAClAHABhQBwBdUAcAYFAHALBQBwC4UAcAA1EHAApRBwBWUQcAZFEHAKlRBwCsUQcA/FEHAP5RBwBPUgcAaFIHAKJSBwCzUgcA9VIHAAFTBwBIUwcAT1MHAJtTBwCjUwcA7lMHAPdTBwBBVAcATlQHAJRUBwCeVAcA51QHAPVUBwA6VQcAS1UHAI1VBwCVVQcA4FUHAOpVBwAzVgcAQVYHAIZWBwCcVgcA2VYHAOVWBwAsVwcAM1cHAH9XBwCHVwcA0lcHANhXBwAlWAcAMVgHAHhYBwCCWAcAy1gHANFYBwAeWQcAMlkHAA8vDwB7WQcAxFkHAMZZBwAXWgcAHloHAGpaBwBxWgcAvVoHAMNaBwAQWwcAHlsHAGNbBwBwWwcAtlsHAMZbBwAJXAcADlwHAFxcBwBkXAcAMqcJAHhcBwAiFAoAf1wHAK9cBwDTXAcAAl0HAApdBwBiLw8AW10HAKhdBwCwXQcA+10HABJeBwBOXgcAWl4HAKFeBwCrXgcA9F4HAAFfBwBHXwcASV8HAJpfBwCwXwcA7V8HAPlfBwBAYAcATmAHAJNgBwCgYAcA5mAHAPZgBwA5YQcAPmEHAIxhBwCvYQcA32EHAANiBwAyYgcAOmIHALUvDwCKYgcA2GIHANtiBwArYwcANWMHAH5jBwCLYwcA0WMHANNjBwAkZAcAOmQHAHdkBwCDZAcAymQHANJkBwAIMA8AImUHAHBlBwB1ZQcAw2UHAONlBwAWZgcAH2YHAGlmBwBqZgcAvGYHAMRmBwAPZwcAH2cHAGJnBwBkZwcAtWcHAMNnBwAIaAcAGWgHAFswDwBhaAcArmgHALpoBwCuMA8AA2kHAFRpBwBiaQcAp2kHALhpBwABMQ8AAGoHAE1qBwBZagcAVDEPAKVqBwDzagcAqmoHAKXNCACsagcAOfIKAPZqBwBGawcA+GoHAK1YCwBQawcAmWsHAKZrBwDsawcA7msHAD9sBwBVbAcAkmwHAJ5sBwDlbAcA7WwHAKcxDwA9bQcAi20HAJBtBwDebQcA/m0HADFuBwA6bgcAhG4HAIVuBwDXbgcA324HACpvBwA6bwcAfW8HAH9vBwDQbwcA3m8HACNwBwA0cAcA+jEPAHxwBwDJcAcA1XAHAE0yDwAdcQcAb3EHAHtxBwDCcQcAz3EHABVyBwAdcgcAaHIHAHFyBwC7cgcAyHIHAA5zBwAccwcAYXMHAHRzBwC0cwcAvHMHAAd0BwAKdAcAWnQHAF90BwCtdAcAvHQHAAB1BwAgdQcAU3UHAF91BwCmdQcAsHUHAKAyDwADdgcATHYHAE52BwCfdgcAqXYHAPJ2BwD7dgcARXcHAEh3BwCYdwcAoHcHAOt3BwAfeAcA8zIPAEp4BwCReAcAoHgHAOR4BwAEeQcAN3kHAEN5BwCKeQcAkXkHAN15BwDieQcAMHoHADF6BwCDegcAj3oHANZ6BwDcegcAKXsHACt7BwB8ewcAhnsHAM97BwDdewcAInwHACd8BwB1fAcAgnwHAMh8BwDSfAcAG30HACl9BwBufQcAhH0HAMF9BwDNfQcAFH4HABl+BwBnfgcAcH4HALp+BwDEfgcADX8HABl/BwBgfwcAc38HALN/BwDCfwcABoAHABKABwBZgAcAWoAHAKyABwC2gAcA/4AHAA2BBwBSgQcAV4EHAKWBBwCygQcARjMPAAaCBwBLggcAYYIHAJ6CBwCqggcA8YIHAPiCBwBEgwcATIMHAJeDBwCcgwcA6oMHAPODBwA9hAcAR4QHAJCEBwCYhAcA44QHAOeEBwA2hQcAOIUHAImFBwCXhQcA3IUHAOaFBwAvhgcAPYYHAIKGBwCPhgcA1YYHAOyGBwAohwcAMIcHAHuHBwCLhwcAzocHANOHBwAhiAcAJ4gHAHSIBwB8iAcAx4gHAMyIBwAaiQcAG4kHAG2JBwB5iQcAwIkHAMaJBwATigcAFYoHAGaKBwBwigcAuYoHAMeKBwAMiwcAEYsHAF+LBwBsiwcAPzQPALSLBwAFjAcAD4wHAFiMBwBmjAcAq4wHALCMBwD+jAcAC40HAFGNBwBTjQcAOzsJAFuNBwCkjQcAso0HAPeNBwANjgcASo4HAFaOBwCdjgcAoo4HAPCOBwD5jgcAQ48HAE2PBwCWjwcAoo8HAOmPBwD8jwcAPJAHAEuQBwCPkAcAm5AHAOKQBwDjkAcANZEHAD+RBwCIkQcAlpEHANuRBwDgkQcALpIHADuSBwCSNA8AipIHANSSBwDekgcAJ5MHACmTBwB6kwcAhJMHAM2TBwDZkwcAIJQHACiUBwCLNQ8AdJQHAMaUBwDSlAcAGZUHAB+VBwBslQcAbpUHAL+VBwDJlQcAEpYHACCWBwBllgcAapYHALiWBwDFlgcAC5cHABOXBwBelwcAaJcHALGXBwC/lwcABJgHABqYBwBXmAcAY5gHAKqYBwCxmAcA/ZgHAAWZBwBQmQcAVZkHAKOZBwCsmQcA9pkHAACaBwBJmgcAXpoHAJyaBwClmgcA75oHAPyaBwBCmwcARJsHAJWbBwCumwcA6JsHAPmbBwA7nAcAR5wHAI6cBwCWnAcA3jUPAOacBwA0nQcAPJ0HAIedBwCdnQcA2p0HAN+dBwAtngcANJ4HAICeBwCOngcA054HAOOeBwAmnwcAOp8HAHmfBwCBnwcAzJ8HANufBwAfoAcAJKAHAHKgBwB7oAcAxaAHANKgBwAYoQcAIqEHAGuhBwB3oQcAvqEHAMShBwAxNg8AH6IHAGSiBwB6ogcAt6IHAMOiBwAKowcAD6MHAF2jBwBmowcAsKMHALqjBwADpAcAC6QHAFakBwBapAcAqaQHAKukBwD8pAcACqUHAE+lBwBZpQcAoqUHALClBwD1pQcAAqYHAEimBwBfpgcAm6YHAKOmBwDupgcA/qYHAEGnBwBGpwcAlKcHAJqnBwDnpwcA76cHADqoBwBVqAcAjagHAI+oBwDgqAcA8agHADOpBwA8qQcAhqkHAJKpBwCENg8A3qkHACyqBwAvqgcAf6oHAImqBwDSqgcA1KoHACWrBwBAqwcAeKsHAHqrBwDLqwcA2asHAB6sBwAvrAcAcawHAHOsBwDErAcA3awHABetBwAorQcAaq0HAHatBwDXNg8A2q0HABCuBwAhrgcAY64HAH+uBwC2rgcAvq4HACo3DwAOrwcAXK8HAGSvBwCvrwcAuq8HAAKwBwAHsAcAVbAHAFiwBwCosAcAsrAHAPuwBwD+sAcATrEHAFaxBwChsQcAo7EHAPSxBwAPsgcAR7IHAEmyBwCasgcAqLIHAO2yBwD+sgcAQLMHAEKzBwCTswcArLMHAOazBwD3swcAObQHAEW0BwCMtAcAlLQHAH03DwDstAcAMrUHADq1BwCFtQcAj7UHANi1BwDjtQcAK7YHADe2BwB+tgcAhrYHANA3DwDWtgcAJLcHACm3BwB3twcAiLcHACM4DwDXtwcAHbgHAB+4BwBwuAcAibgHAMO4BwDUuAcAFrkHACK5BwBpuQcAcbkHAHY4DwDBuQcAD7oHABe6BwBiugcAcboHALW6BwC7ugcACLsHABS7BwBbuwcAXbsHAK67BwC4uwcAAbwHAA28BwBUvAcAXLwHAMk4DwCzvAcA+rwHAP28BwBNvQcAUL0HAKC9BwCuvQcA870HAPi9BwBGvgcAU74HABw5DwCqvgcA7L4HAPS+BwA/vwcA+b4HAFPIBwBKvwcAkr8HAJe/BwDlvwcA6L8HADjABwBCwAcAi8AHAK7ABwDewAcA4cAHADHBBwBVwQcAhMEHAIzBBwBvOQ8A3cEHACrCBwA4wgcAfcIHAInCBwDQwgcA18IHACPDBwArwwcAdsMHAIbDBwDJwwcAzsMHABzEBwAixAcAb8QHAHfEBwDCxAcA38QHABXFBwAexQcAaMUHAHTFBwC7xQcAwcUHAA7GBwAixgcAYcYHAGnGBwC0xgcAxMYHAAfHBwAJxwcAWscHAGjHBwCtxwcAvscHAMI5DwAHyAcAFToPAFjIBwCmyAcArcgHAPnIBwAFyQcATMkHAE/JBwCfyQcAr8kHAPLJBwD0yQcARcoHAFPKBwCYygcAqcoHAGg6DwDyygcAuzoPAFHLBwCRywcAoMsHAOTLBwDwywcAN8wHADjMBwCKzAcAlMwHAN3MBwDrzAcAMM0HADXNBwCDzQcAkM0HAA47DwDbzQcAKc4HADLOBwB8zgcAjc4HAM/OBwDWzgcAIs8HACrPBwB1zwcAgs8HAMjPBwDNzwcAG9AHACXQBwBu0AcAdtAHAMHQBwDH0AcAFNEHACDRBwBn0QcAadEHALrRBwDJ0QcADdIHABjSBwBg0gcAaNIHALPSBwC10gcABtMHABPTBwBZ0wcAbdMHAKzTBwC00wcA/9MHAA7UBwBS1AcAV9QHAKXUBwCy1AcA+NQHAALVBwBL1QcATdUHAJ7VBwCt1QcA8dUHAPvVBwBE1gcATNYHAJfWBwCY1gcA6tYHAO/WBwA91wcAS9cHAJDXBwCd1wcA49cHAO3XBwAHPA8AOdgHAInYBwCV2AcAc+cHAKXYBwDc2AcA5NgHAFo8DwA02QcAgtkHAIrZBwDV2QcA2NkHACjaBwA02gcAe9oHAIHaBwDO2gcA6doHACHbBwAt2wcAdNsHAHrbBwDH2wcAytsHABrcBwAi3AcAbdwHAG/cBwDA3AcA29wHABPdBwAV3QcAZt0HAHTdBwC53QcAyt0HAAzeBwAO3gcAX94HAHjeBwCy3gcAw94HAAXfBwAR3wcAWN8HAGDfBwCtPA8AsN8HAP7fBwAE4AcAUeAHAFngBwCk4AcAs+AHAPfgBwD84AcASuEHAFfhBwCd4QcAquEHAPDhBwD84QcAQ+IHAFLiBwCW4gcAoOIHAOniBwD34gcAPOMHAEHjBwCP4wcAnOMHAAA9DwDu4wcANeQHADvkBwCI5AcAo+QHANvkBwDn5AcALuUHADTlBwCB5QcAhOUHANTlBwDg5QcAJ+YHAC3mBwB65gcAgOYHAM3mBwDS5gcAIOcHACbnBwBTPQ8AeecHAMbnBwDM5wcAGegHAB7oBwBs6AcAcugHAKY9DwDE6AcAEukHAB/pBwBl6QcAcukHALjpBwDE6QcAC+oHABrqBwBe6gcAaOoHALHqBwC/6gcABOsHAAnrBwBX6wcAZOsHAKrrBwDC6wcA/esHAAPsBwBQ7AcAXOwHAKPsBwCz7AcA9uwHAP/sBwBJ7QcATO0HAJztBwCo7QcA7+0HAPbtBwCfPg8ARO4HAJXuBwCf7gcA6O4HAOvuBwA77wcAQ+8HAI7vBwCR7wcA4e8HAO3vBwA08AcAOvAHAIfwBwCi8AcA2vAHAObwBwAt8QcAM/EHAPI+DwCg8QcA0/EHAN7xBwAm8gcAK/IHAHnyBwCC8gcAzPIHAM/yBwAf8wcAK/MHAHLzBwB+8wcA0v0HAIrzBwDF8wcAzPMHABj0BwAe9AcAa/QHAHn0BwC+9AcA2fQHABH1BwAd9QcAZPUHAGr1BwC39QcA0fUHAAr2BwAW9gcAXfYHAGP2BwCw9gcAtvYHAAP3BwAI9wcAVvcHAFz3BwBFPw8AtvcHAPz3BwAI+AcAT/gHAFn4BwCi+AcApvgHAPX4BwD6+AcASPkHAE75BwCb+QcAu/kHAO75BwD6+QcAQfoHAEf6BwCU+gcAmvoHAOf6BwDs+gcAOvsHAED7BwDrPw8AkvsHAOD7BwDn+wcAM/wHAD/8BwCG/AcAovwHANn8BwDh/AcA5EAPAGP9BwB//QcApf0HADdBDwDl/QcAJf4HADT+BwB4/gcAhP4HAMv+BwDM/gcAHv8HACj/BwBx/wcAf/8HAMT/BwDJ/wcAFwAIACQACACKQQ8AcgAIAINCDwDCAAgAEAEIAB0BCABjAQgAcAEIALYBCADCAQgACQIIABgCCABcAggAZgIIAK8CCAC9AggAAgMIAAcDCABVAwgAYgMIAKgDCACwAwgA+wMIAAEECABOBAgAWgQIAKEECACxBAgA9AQIAP0ECABHBQgASgUIAJoFCACmBQgA7QUIAPQFCADWQg8ASwYIAJMGCACfBggA5gYIAO4GCAApQw8ARgcIAIwHCACTBwgA3wcIAOAHCAAyCAgANwgIAIUICACTCAgA2AgIAOUICAArCQgANQkIAH4JCACGCQgA0QkIANoJCAAkCggAKgoIAHcKCACICggAygoIAOYKCAAdCwgAJQsIAHxDDwB7CwgAwwsIAM0LCAAWDAgAIAwIAGkMCABqDAgAz0MPAMEMCAAPDQgAHA0IAGINCABvDQgAtQ0IAMENCAAIDggAFw4IAFsOCABlDggArg4IALYOCAABDwgACw8IAFQPCABZDwgApw8IAK8PCAAiRA8ABRAIAE0QCABZEAgAoBAIAKgQCAB1RA8A+BAIAEYRCABVEQgAmREIALkRCADsEQgA+BEIAD8SCABFEggAkhIIAJoSCADlEggA7BIIADgTCAA6EwgAixMIAJcTCADeEwgA9BMIADEUCAA2FAgAhBQIAJEUCADIRA8A3BQIACoVCAA5FQgAfRUIAJ0VCADQFQgA3BUIACMWCAApFggAdhYIAH4WCADJFggA0BYIABwXCAAeFwgAbxcIAHsXCADCFwgA2BcIABUYCAAaGAgAaBgIAHUYCAC7GAgAwxgIAA4ZCAAUGQgAYRkIAGoZCAC0GQgAwRkIAAcaCAAUGggAWhoIAGgaCACtGggAuhoIAAAbCAAXGwgAUxsIAIEbCAAbRQ8ArBsIAPkbCACzGwgAcS8NAA8cCABMHAgAWhwIAJ8cCACiHAgA8hwIAPUcCABFHQgAUx0IAJgdCACdHQgA6x0IAPgdCAA+HggARh4IAJEeCACYHggA5B4IAPAeCAA3HwgARB8IAIofCACYHwgA3R8IAOkfCAAwIAgANyAIAIMgCACLIAgA1iAIANogCAApIQgANCEIAHwhCACKIQgAzyEIAOAhCAAiIggALiIIAHUiCAB9IggAbkUPAM4iCAAbIwgALyMIAG4jCAB8IwgAwSMIAM4jCAAUJAgAKyQIAGckCABvJAgAuiQIAMQkCAANJQgAEiUIAGAlCABoJQgAsyUIAMIlCAAGJggACyYIAFkmCABmJggArCYIALkmCAD/JggACycIAFInCABhJwgApScIAK8nCAD4JwgAACgIAEsoCABVKAgAnigIAKMoCADxKAgA+SgIAMFFDwBPKQgAlykIAKMpCADqKQgA8ikIABRGDwBCKggAkCoIAJ8qCADjKggAAysIADYrCABCKwgAiSsIAI8rCADcKwgA5CsIAC8sCAA2LAgAgiwIAIQsCADVLAgA4SwIACgtCAA+LQgAey0IAIAtCADOLQgA2y0IAGdGDwAqLggAdC4IAHouCADHLggA1S4IABovCAAnLwgAbS8IAIQvCADALwgAyC8IABMwCAAiMAgAZjAIAGswCAC5MAgAxjAIAAwxCAAZMQgAXzEIAGsxCACyMQgAwTEIAAUyCAAPMggAWDIIAHQyCACrMggAszIIALpGDwALMwgA+vMLAA0zCABRMwgAWzMIAKBHDABxMwgApDMIALAzCAD3MwgA/TMIAEo0CABSNAgAfHQIAFY0CACdNAgAZDQIABZfCACwNAgA8DQIAP80CABDNQgATzUIAJY1CACXNQgA6TUIAPM1CAA8NggASjYIAI82CACUNggA4jYIAO82CAANRw8AOzcIAIg3CACONwgA2zcIAOA3CAAuOAgANDgIAAZIDwCMOAgA1DgIAOI4CAAnOQgAODkIAHo5CACGOQgAzTkIANU5CACsSA8ALDoIAHM6CAB9OggAxjoIANU6CAAZOwgAJDsIAGw7CAB6OwgAvzsIAMw7CAASPAgAKTwIAGU8CABtPAgAuDwIALs8CAALPQgAFz0IAF49CABkPQgAsT0IAMw9CAAEPggAED4IAFc+CABdPggAqj4IALI+CAD9PggA/z4IAFA/CABRPwgAoz8IALE/CAD2PwgA/j8IAElACABkQAgAnEAIAKhACADvQAgA9UAIAEJBCABFQQgAlUEIAKNBCADoQQgA7UEIADtCCABIQggA/0gPAJtCCAC1RAwAn0IIAOFCCAChQggAOJ0MAO1CCAA0QwgAQUMIAIdDCACMQwgA2kMIAORDCAAtRAgAPUQIAIBECACFRAgA00QIANxECAAmRQgAM0UIAHlFCACARQgAzEUIANhFCAAfRggAJUYIAHJGCAB4RggAxUYIAMpGCAAYRwgAHkcIAFJJDwB3RwgAvkcIAMRHCAARSAgAF0gIAGRICABxSAgAt0gIALxICAAKSQgAEkkIAF1JCACSSQgAsEkIAOBJCAADSggAC0oIAFZKCABjSggAqUoIAK5KCAD8SggABEsIAE9LCABSSwgAoksIAKtLCAD1SwgABEwIAEhMCABTTAgAm0wIAKNMCADuTAgA/kwIAEFNCABPTQgAlE0IAKVNCADnTQgA800IADpOCABCTggAS0oPAJNOCADgTggA6E4IADNPCAA6TwgAhk8IAJRPCADZTwgA308IACxQCAA4UAgAf1AIAI5QCADSUAgA3FAIACVRCAAqUQgAeFEIAH5RCADLUQgA31EIAJ5KDwArUggAcVIIAC1SCAD2kggAdlIIAMRSCADQUggAF1MIACRTCABqUwgAdFMIAPFKDwDYUwgAEFQIABJUCABjVAgAaVQIALZUCADsVAgACVUIAA9VCABcVQgAZVUIAK9VCAC8VQgAAlYIADhWCABVVggAXFYIAKhWCACtVggA+1YIAApXCABOVwgAblcIAKFXCACtVwgA9FcIAPpXCABHWAgAYVgIAJpYCACdWAgA7VgIAPJYCABAWQgAT1kIAJNZCACzWQgAl0sPAAZaCAA5WggARVoIAIxaCACWWggA31oIAOtaCACnCAkA7FoIADJbCAA3WwgAhVsIAI9bCADYWwgA6FsIACtcCAAwXAgAflwIAIdcCADRXAgA3lwIACRdCAArXQgAd10IAINdCADKXQgA0F0IAB1eCAAjXggAcF4IAHVeCADDXggAyV4IAOpLDwAZXwgAaV8IAG5fCAC8XwgAy18IAA9gCAAvYAgAkEwPAHBgCAC1YAgAwmAIAAhhCAAPYQgAW2EIAGNhCACuYQgAsGEIAAFiCAC1YQgA288KAMVhCADLlgoAB2IIAG67CgAJYggAVGIIAFhiCAAcaggAamIIAPd4CgBvYggAp2IIAKliCAD6YggAC2MIAE1jCABbYwgAoGMIAKdjCADzYwgA+2MIAEZkCABNZAgAmWQIAJ5kCADsZAgA+2QIAD9lCABfZQgAkmUIAJ5lCADlZQgA62UIADhmCABAZggAi2YIAJdmCADeZggA62YIADFnCABMZwgAhGcIAJJnCADXZwgA3WcIACpoCAAvaAgAfWgIAIpoCADQaAgA5mgIACNpCAAvaQgAdmkIAINpCADJaQgA02kIAONMDwAhaggAb2oIAHVqCADCaggA4moIABVrCAAjawgAaGsIAHVrCAC7awgA0msIAA5sCAAWbAgAYWwIAHBsCAC0bAgAuWwIAAdtCAAUbQgAWm0IAGRtCACtbQgAr20IAABuCAAObggAU24IAGBuCACmbggAsm4IAPluCAD/bggATG8IAFRvCACfbwgApW8IAPJvCAD7bwgARXAIAFJwCACYcAgAonAIAOtwCAD5cAgAPnEIAFRxCACRcQgAnXEIAORxCADscQgANk0PAEFyCACKcggAkHIIAN1yCADfcggAMHMIADpzCACDcwgAj3MIANZzCADtcwgAKXQIAD10CACJTQ8AinQIAM90CADSdAgAInUIACp1CAB1dQgAgXUIAMh1CADWdQgAG3YIACV2CABudggAeXYIAMF2CADNdggAFHcIABp3CABndwgAb3cIALp3CADHdwgADXgIABJ4CABgeAgAangIALN4CAC7eAgABnkIAAx5CABZeQgAYnkIAKx5CAC5eQgA/3kIAAx6CABSeggAYHoIAKV6CACyeggA+HoIAA97CABLewgAU3sIAJ57CACjewgA8XsIAPd7CABEfAgATHwIAJd8CACtfAgA6nwIAPh8CAA9fQgAQH0IAJB9CACffQgA430IAOh9CAA2fggAQ34IAIl+CACZfggA3H4IAOp+CAAvfwgARn8IAIJ/CACLfwgA1X8IANt/CAAogAgANIAIAHuACACCgAgA3E0PANqACAAhgQgAI4EIAHSBCAB+gQgAx4EIANOBCAAagggAIoIIAC9ODwBygggAwIIIAM+CCAATgwgAM4MIAGaDCABygwgAuYMIAL+DCAAMhAgAFIQIAF+ECABghAgAsoQIALiECAAFhQgACoUIAFiFCABzhQgAq4UIALmFCAD+hQgABYYIAFGGCABdhggApIYIAKqGCACCTg8A/IYIAEqHCABUhwgAnYcIAK6HCADwhwgA/IcIAEOICABGiAgAlogIAJmICADpiAgA8YgIADyJCABDiQgAj4kIAJSJCADiiQgA8YkIADWKCABViggAiIoIAJSKCADbiggA4YoIAC6LCAA2iwgAgYsIAI6LCADUiwgA2YsIACeMCAAxjAgAeowIAIKMCADNjAgA3YwIACCNCAAljQgAc40IAHyNCADGjQgA040IABmOCAAgjggA1U4PAHGOCAC/jggAzo4IABKPCAAyjwgAZY8IAHGPCAC4jwgAvo8IAAuQCAATkAgAXpAIAGqQCACxkAgAvpAIAASRCAALkQgAV5EIAFiRCACqkQgAr5EIAP2RCAALkggAUJIIAF2SCACjkggArZIIAChPDwD7kggASZMIAFaTCACckwgAqZMIAO+TCAD1kwgAQpQIAE6UCACVlAgApZQIAOiUCADxlAgAO5UIAD6VCACOlQgAmpUIAOGVCADolQgAe08PADaWCACHlggAO5YIAIaNCwBElggA0tMNAJiWCADalggA4pYIAC2XCAA3lwgAgJcIAI+XCADTlwgA1JcIACaYCAAumAgAIVAPAIGYCAB0UA8A65gIABpRDwA9mQgAcpkIAEKZCAAWBQkAR5kIAN65CAB6mQgAxZkIANSZCAAYmggAHZoIAGuaCAB4mggAvpoIAMuaCAARmwgAHZsIAGSbCABzmwgAt5sIAMGbCAAKnAgALZwIAF2cCACSnAgAsJwIANScCAADnQgAC50IAG1RDwBbnQgAqZ0IAK+dCAD8nQgABJ4IAMBRDwBdnggAop4IAL2eCAD1nggAAZ8IAEifCABZnwgAm58IAK+fCADunwgA9p8IAEGgCABHoAgAlKAIAKCgCADnoAgA96AIADqhCABDoQgAjaEIAJChCADgoQgA7KEIADOiCAA6oggAE1IPAJSiCADZoggA46IIAGZSDwAxowgAf6MIAIyjCADSowgA36MIACWkCAAxpAgAeKQIAIekCADLpAgA1aQIAB6lCAAspQgAcaUIAHalCADEpQgA0aUIABemCAAfpggAaqYIAHCmCAC9pggAyaYIABCnCAAgpwgAY6cIAGynCAC2pwgAuacIAAmoCAAVqAgAXKgIAGOoCAC5Ug8AvqgIAAKpCAAHqQgAVakIAGKpCACoqQgAtakIAPupCAABqggATqoIAFqqCAChqggAsaoIAPSqCAD9qggAR6sIAEqrCACaqwgApqsIAO2rCAD0qwgADFMPAEWsCACTrAgAoKwIAOasCAAErQgAOa0IAEWtCACMrQgAn60IAN+tCADtrQgAMq4IADWuCACFrggAj64IANiuCADmrggAK68IADivCAB+rwgAla8IANGvCADZrwgAJLAIACuwCAB3sAgAfLAIAMqwCADgsAgAHbEIAB+xCABwsQgAfrEIAMOxCADQsQgAX1MPAB6yCACyUw8AbrIIALyyCADJsggAD7MIAByzCABiswgAbrMIALWzCADEswgACLQIABK0CABbtAgAabQIAK60CACztAgAAbUIAA61CABUtQgAXLUIAKe1CACttQgA+rUIAAa2CABNtggAXbYIAKC2CACptggA87YIAPa2CABGtwgAUrcIAJm3CACgtwgABVQPAPi3CAA/uAgAT7gIAJK4CACbuAgA5bgIAOi4CAA4uQgARLkIAIu5CACSuQgAWFQPAOe5CAAcvQgA6LkIADG6CABAuggAhLoIAEK6CADQuwgAhboIANe6CADzuggAKrsIAGC7CAB9uwgAs7sIAKtUDwDTuwgAI7wIAD+8CAB2vAgArLwIAMm8CAD/vAgA/lQPACm9CABvvQgAfb0IAMK9CADVvQgAFb4IADG+CABovggAnr4IALu+CADxvggAUVUPAB+/CABhvwgAbb8IALS/CAC8vwgApFUPAAzACABawAgAYsAIAK3ACAC8wAgAAMEIAAXBCABTwQgAYMEIAKbBCACzwQgA+cEIAAXCCABMwggAW8IIAJ/CCACpwggA8sIIAPrCCABFwwgAT8MIAJjDCACdwwgA68MIAPPDCAD3VQ8ATcQIAJHECABPxAgA3cUIAJLECADkxAgAAMUIADfFCABtxQgAisUIAMDFCABKVg8A4MUIADDGCABMxggAg8YIALnGCADWxggADMcIAJ1WDwAsxwgAfMcIAI3HCADPxwgA68cIACLICABYyAgAdcgIAKvICADwVg8A1cgIABvJCAAnyQgAbskIAH3JCADByQgAy8kIABTKCAAiyggAZ8oIAGzKCAC6yggAx8oIAA3LCAAVywgAYMsIAGbLCACzywgAcMsIAKQsCQC/ywgABswIABbMCABZzAgAYswIAKzMCACvzAgA/8wIAAvNCABSzQgAWc0IAENXDwCvzQgA+M0IAPnNCABLzggAWs4IAJ7OCACjzggA8c4IAP7OCABEzwgAUc8IAJfPCACjzwgA6s8IAPnPCAA90AgAR9AIAJDQCACe0AgA49AIAOjQCAA20QgAQ9EIAInRCACK0QgA3NEIAOHRCAAv0ggANNIIAILSCACT0ggA1dIIAPjSCAAo0wgAM9MIAHvTCACA0wgAztMIANHTCAAh1AgAK9QIAHTUCACf1AgAx9QIAObUCACWVw8AJtUIAG3VCABv1QgAwNUIAM/VCAAT1ggAHtYIAGbWCABu1ggAudYIAMDWCAAM1wgADtcIAF/XCABp1wgAstcIALTXCAAF2AgAHtgIAFjYCABa2AgAq9gIAK7YCAD+2AgACtkIAFHZCABZ2QgA6VcPALDZCAD32QgA/dkIAEraCABl2ggAndoIAKnaCADw2ggA9toIAEPbCABL2wgAltsIAJjbCADp2wgA89sIADzcCABE3AgAPFgPAKDcCADi3AgA6dwIADXdCAA93QgAiN0IAJXdCADb3QgA4N0IAC7eCAA43ggAgd4IAIneCADU3ggA494IACffCAAs3wgAet8IAIffCADN3wgA2t8IACDgCAAs4AgAc+AIAILgCADG4AgA0OAIABnhCAAh4QgAbOEIAHbhCAC/4QgAxOEIABLiCAAa4ggAj1gPAHHiCAC44ggAyOIIAAvjCAAU4wgAXuMIAGHjCACx4wgAveMIAATkCAAL5AgA4lgPAF3kCACq5AgAsOQIAP3kCAAC5QgAUOUIAFblCAA1WQ8AqeUIAPblCAD85QgASeYIAE7mCADL2wwAVuYIAJzmCACh5ggA7+YIAPfmCABC5wgAdOcIALfuCAB55wgAlecIAMznCADo5wgAH+gIADvoCABr6AgAjugIAJboCADh6AgA8OgIADTpCAA56QgAh+kIAJTpCADa6QgA5+kIAC3qCAA56ggAgOoIAI/qCADT6ggA3eoIACbrCAA06wgAeesIAH7rCADM6wgA2esIAB/sCAAn7AgAcuwIAHjsCADF7AgA0ewIABjtCAAo7QgAa+0IAHTtCAC+7QgAwe0IABHuCAAd7ggAZO4IAGvuCACIWQ8A7u4IAArvCAA67wgAXe8IAGXvCACw7wgAv+8IAAPwCAAI8AgAVvAIAGPwCACp8AgAtvAIAPzwCAAI8QgAT/EIAF7xCACi8QgArPEIAPXxCAAD8ggASPIIAE3yCACb8ggAqPIIAO7yCAD28ggAQfMIAEfzCACU8wgAoPMIAOfzCAD38wgAOvQIAEP0CACN9AgAkPQIAOD0CADs9AgAM/UIADr1CADbWQ8AiPUIAAjrDACU9QgA2fUIAOb1CAAs9ggAOPYIAH/2CACF9ggA0vYIANj2CAAl9wgAKvcIAHj3CAB+9wgALloPAPH3CAAe+AgARPgIAHH4CACj+AgAxPgIAPv4CAAX+QgAR/kIANRaDwB2+QgAvfkIAHj5CAAjCAoAx/kIABD6CAAq+ggAY/oIAHL6CAC2+ggAu/oIAAn7CAAW+wgAXPsIAGn7CACv+wgAu/sIAAL8CAAR/AgAVfwIAF/8CACo/AgAtPwIAPv8CAAO/QgATv0IAF39CACh/QgArf0IAPT9CAD1/QgAR/4IAFH+CACa/ggAqP4IAO3+CADy/ggAQP8IAE3/CAAnWw8AmP8IAOb/CADz/wgAOQAJAEYACQCMAAkAmAAJAN8ACQDuAAkAMgEJADwBCQCFAQkAkwEJANgBCQDdAQkAKwIJADgCCQB+AgkAhgIJANECCQDXAgkAJAMJADADCQB3AwkAhwMJAMoDCQDTAwkAHQQJACAECQBwBAkAfAQJAMMECQDKBAkAIFwPABsFCQBpBQkAbAUJALwFCQDEBQkADwYJABsGCQBiBgkAaAYJALUGCQC7BgkACAcJAA0HCQBbBwkAYQcJAHNcDwDlBwkAAQgJADgICQBUCAkAeAgJABldDwCtCAkAex8KALoICQD6CAkACQkJAE0JCQBZCQkAoAkJAKEJCQDzCQkA/QkJAEYKCQBUCgkAmQoJAJ4KCQDsCgkA+QoJAGxdDwBiCwkAkgsJAMkLCQDlCwkAHAwJADgMCQBvDAkAiwwJAK8MCQC/XQ8A7AwJADENCQA2DQkAhA0JAJENCQDXDQkA3w0JACoOCQAwDgkAfQ4JAIkOCQDQDgkA4A4JACMPCQAsDwkAdg8JAHkPCQDJDwkAARAJABwQCQAoEAkAEl4PAHUQCQDCEAkA2xAJABURCQAjEQkAaBEJAHURCQC7EQkAwhEJAA4SCQAXEgkAYRIJAG4SCQC0EgkAyxIJAAcTCQAKEwkAWhMJAFwTCQCtEwkAthMJAAAUCQAQFAkAUxQJAGwUCQCmFAkAqBQJAPkUCQACFQkATBUJAFQVCQCfFQkAoRUJAPIVCQALFgkARRYJAFwWCQCYFgkApBYJAOsWCQD8FgkAPhcJAEoXCQCRFwkAnBcJAOQXCQDxFwkANxgJAEEYCQBlXg8AnRgJAN0YCQDrGAkAMBkJABcZCQBLIQkAaRkJAIMZCQCQGQkA1hkJAN4ZCQApGgkALxoJAHwaCQCIGgkAzxoJANoaCQAiGwkAKxsJAHUbCQB4GwkAyBsJAMobCQAbHAkAIhwJAG4cCQBwHAkAuF4PAMQcCQAUHQkAIh0JAGcdCQBsHQkAuh0JAMcdCQANHgkAGR4JAGAeCQBoHgkAC18PAMEeCQAGHwkAFh8JAFkfCQBnHwkArB8JALUfCQD/HwkACSAJAFIgCQBUIAkApSAJAK8gCQD4IAkA+iAJAF5fDwBQIQkAniEJAKYhCQDxIQkA9yEJAEQiCQBQIgkAlyIJAKYiCQDqIgkA8yIJAD0jCQBAIwkAkCMJAJIjCQDjIwkA6iMJADYkCQA4JAkAsV8PAI4kCQDcJAkA+CQJAC8lCQBLJQkABGAPAI8lCQCpPAoAkSUJANUlCQDaJQkAKCYJADUmCQB7JgkAiCYJAM4mCQDUJgkAIScJAC0nCQB0JwkAhCcJAMcnCQDQJwkAGigJAB0oCQBtKAkAeSgJAMAoCQDHKAkAV2APACIpCQBmKQkAaykJALkpCQDGKQkADCoJABkqCQBfKgkAZSoJALIqCQC+KgkABSsJABUrCQBYKwkAYSsJAKsrCQCuKwkA/isJAAosCQBRLAkAWCwJAKpgDwCmLAkA9ywJAAUtCQBKLQkAWy0JAP1gDwCkLQkAUGEPAPgtCQCjYQ8ASC4JAJYuCQCjLgkA6S4JAPYuCQA8LwkASC8JAI8vCQCeLwkA4i8JAOwvCQA1MAkAQzAJAIgwCQCNMAkA2zAJAOgwCQAuMQkANjEJAIExCQCHMQkA1DEJAOAxCQAnMgkANzIJAHoyCQCDMgkAzTIJANAyCQAgMwkALDMJAHMzCQB6MwkA9mEPAMszCQAZNAkAITQJAGw0CQBvNAkAvzQJAMg0CQASNQkAITUJAGU1CQBwNQkAuDUJAMA1CQALNgkAGzYJAF42CQBsNgkAsTYJAMI2CQAENwkAEDcJAFc3CQBfNwkASWIPALA3CQD9NwkABTgJAFA4CQBXOAkAozgJALE4CQD2OAkA/DgJAEk5CQBVOQkAnDkJAKs5CQDvOQkA+TkJAEI6CQBHOgkAlToJAJs6CQDoOgkA/DoJAJxiDwBMOwkAjjsJAJo7CQDhOwkA5zsJADQ8CQA6PAkAhzwJAIw8CQDaPAkA4DwJAO9iDwAyPQkAgD0JAJE9CQDTPQkA2z0JACY+CQDfPQkAu2QJAOE9CQDvcA0AMD4JAHk+CQCHPgkAzD4JAOI+CQAfPwkAKz8JAHI/CQB5PwkAxT8JAM0/CQAYQAkAHUAJAGtACQB0QAkAvkAJAMhACQARQQkAGUEJAGRBCQBoQQkAt0EJAMJBCQAKQgkAGEIJAF1CCQBuQgkAsEIJALxCCQADQwkAC0MJAEJjDwBYQwkAqUMJALdDCQD8QwkABkQJAE9ECQBdRAkAokQJAK9ECQD1RAkADEUJAEhFCQBQRQkAm0UJAKtFCQDuRQkA80UJAEFGCQBHRgkAlEYJAJxGCQDnRgkA6UYJADpHCQBHRwkAjUcJAJVHCQDgRwkA5UcJADNICQA0SAkAhkgJAJJICQDZSAkA5kgJACxJCQA0SQkAf0kJAI5JCQDSSQkA10kJACVKCQAySgkAeEoJAIVKCQDLSgkA10oJAB5LCQAtSwkAcUsJAHtLCQDESwkA0ksJABdMCQAcTAkAakwJAHdMCQCVYw8AwEwJABBNCQAYTQkAY00JAHBNCQC2TQkAu00JAAlOCQATTgkAXE4JAGROCQCvTgkAsU4JAAJPCQAdTwkAVU8JAFdPCQCoTwkAtk8JAPtPCQAMUAkATlAJAFBQCQChUAkAulAJAPRQCQAFUQkAR1EJAFNRCQCaUQkAr1EJAO1RCQD1UQkAQFIJAEZSCQCTUgkAn1IJAOZSCQADUwkAOVMJAEJTCQCMUwkAmFMJAN9TCQDiUwkAMlQJADxUCQCFVAkAjVQJANhUCQDiVAkAK1UJADlVCQB+VQkAlFUJANFVCQDdVQkAJFYJACtWCQB3VgkAf1YJAMpWCQDPVgkAHVcJACZXCQBwVwkAelcJAMNXCQDLVwkAFlgJABhYCQBpWAkAeVgJALxYCQDGWAkAD1kJABtZCQBiWQkAaFkJALVZCQC9WQkA6GMPABRaCQBbWgkAbloJAK5aCQDKWgkAAVsJAAlbCQA7ZA8AYlsJAKdbCQC9WwkA+lsJAAZcCQBNXAkAUlwJAKBcCQCpXAkA81wJAP1cCQBGXQkATl0JAJldCQCbXQkA7F0JAPtdCQA/XgkAXF4JAJJeCQCbXgkA5V4JAPNeCQA4XwkAPl8JAItfCQCZXwkA3l8JAOtfCQAxYAkASGAJAIRgCQCMYAkA12AJANlgCQAqYQkAMmEJAH1hCQCMYQkA0GEJANVhCQAjYgkAMGIJAHZiCQCDYgkAyWIJANViCQAcYwkAK2MJAG9jCQB5YwkAwmMJANBjCQAVZAkAGmQJAGhkCQB1ZAkAjmQPAMFkCQAOZQkAFGUJAGFlCQBmZQkAtGUJALplCQDhZA8AFWYJAFpmCQBwZgkArWYJALlmCQAAZwkABWcJAFNnCQBcZwkApmcJALBnCQD5ZwkAHGgJAExoCQBQaAkAn2gJAFtoCQDraQkAoWgJAPJoCQAAaQkARWkJAE9pCQCYaQkAvGkJANplDwDxaQkAPmoJAEpqCQCRagkAk2oJAORqCQDuagkAN2sJAENrCQCKawkArmsJAC1mDwDhawkAMGwJAOxrCQB8bQkAMmwJAINsCQCRbAkA1mwJAOBsCQApbQkATW0JAIBmDwCCbQkAz20JANttCQAibgkAJG4JAHVuCQB/bgkAyG4JANRuCQAbbwkAP28JANNmDwCLbwkAwW8JAMpvCQAUcAkAInAJAGdwCQBtcAkAunAJAMZwCQANcQkAFXEJACZnDwBncQkAs3EJAMxxCQAGcgkAFXIJAFlyCQBhcgkArHIJALtyCQD/cgkABHMJAFJzCQBfcwkApXMJALJzCQD4cwkABHQJAEt0CQBadAkAnnQJAKh0CQDxdAkA/3QJAER1CQBJdQkAl3UJAKR1CQB5Zw8A63UJANriCQADdgkAPXYJAEd2CQCQdgkAknYJAON2CQDxdgkANncJAEN3CQCJdwkAkXcJANx3CQAFeAkAL3gJADZ4CQCCeAkAm3gJANV4CQDkeAkAKHkJADB5CQB7eQkAinkJAM55CQDTeQkAIXoJAC56CQB0egkAgXoJAMd6CQDTegkAGnsJACl7CQBtewkAd3sJAMB7CQDOewkAE3wJABh8CQBmfAkAc3wJAMxnDwC+fAkAN10LAMV8CQAMfQkA4XwJAEkIEAAffQkAX30JAG59CQCyfQkAvn0JAAV+CQARfgkAWH4JAF9+CQCrfgkAt34JAP5+CQAFfwkAUX8JAFl/CQCkfwkAqH8JAPd/CQACgAkASoAJAFaACQCdgAkAqoAJAPCACQD4gAkAQ4EJAE2BCQCWgQkAnIEJAOmBCQD9gQkAPIIJAEqCCQCPggkAnIIJAOKCCQD5ggkANYMJAD2DCQCIgwkAkoMJANuDCQDggwkALoQJADaECQCBhAkAkIQJANSECQDZhAkAJ4UJADSFCQB6hQkAh4UJAM2FCQDZhQkAIIYJAC+GCQBzhgkAfYYJAB9oDwDOhgkAGYcJACiHCQBshwkAcYcJAL+HCQDIhwkAEogJACOICQBliAkAbIgJALiICQDAiAkAC4kJABiJCQBeiQkAY4kJALGJCQC7iQkABIoJAAyKCQBXigkAcIoJAKqKCQC2igkA/YoJAAWLCQByaA8AX4sJAKOLCQDAiwkA9osJAP+LCQBJjAkAV4wJAJyMCQCijAkA74wJAPuMCQBCjQkASY0JAJWNCQCdjQkA6I0JAPiNCQA7jgkAQY4JAI6OCQCTjgkA4Y4JAPeOCQA0jwkAPI8JAIePCQCRjwkA2o8JAOWPCQAtkAkAOZAJAICQCQCIkAkAxWgPAOCQCQAmkQkALZEJAHmRCQCFkQkAzJEJANKRCQAfkgkAMJIJAHKSCQCGkgkAxZIJANOSCQAYkwkAJZMJAGuTCQCCkwkAvpMJAMaTCQARlAkAGJQJAGSUCQBmlAkAt5QJAMGUCQAKlQkADJUJAF2VCQB2lQkAsJUJALKVCQADlgkABpYJAFaWCQBilgkAqZYJANWWCQAYaQ8AC5cJAE+XCQBslwkAopcJAKuXCQD1lwkAA5gJAEiYCQBOmAkAm5gJAKeYCQDumAkA9pgJAGtpDwBJmQkAlJkJAJqZCQDnmQkA85kJADqaCQA9mgkAjZoJAJKaCQDgmgkA6ZoJADObCQA5mwkAhpsJAJWbCQDZmwkA5ZsJACycCQA0nAkAvmkPAIWcCQDSnAkA15wJACWdCQA7nQkAeJ0JAICdCQDLnQkA2Z0JAB6eCQAongkAcZ4JAHSeCQDEngkAzJ4JABefCQAYnwkAap8JAHCfCQC9nwkAy58JABCgCQAmoAkAY6AJAGWgCQC2oAkAvKAJAAmhCQAdoQkAXKEJAGShCQCvoQkAv6EJAAKiCQAEogkAVaIJAGSiCQCoogkAsqIJAPuiCQAAowkATqMJAFSjCQChowkAtaMJAPSjCQD8owkAR6QJAEykCQCapAkAoKQJAO2kCQD1pAkAQKUJAEOlCQCTpQkAmKUJAOalCQDvpQkAOaYJAD+mCQCMpgkAm6YJAN+mCQDrpgkAEWoPAD6nCQCFpwkAh6cJAHCqCQCSpwkA2KcJAN2nCQArqAkANagJAH6oCQCOqAkA0agJANaoCQAkqQkALakJAHepCQCEqQkAyqkJANGpCQAdqgkAJaoJAGRqDwB+qgkAw6oJANuqCQAWqwkAGKsJAGmrCQCAqwkAvKsJAL6rCQAPrAkAHawJAGKsCQBvrAkAtawJAL2sCQC3ag8ADq0JAFutCQBdrQkArq0JALutCQABrgkABK4JAFSuCQBlrgkAp64JAKmuCQD6rgkABK8JAE2vCQBZrwkAoK8JAKivCQAKaw8A+K8JAEawCQBJsAkAmbAJAKOwCQDssAkA9LAJAD+xCQBMsQkAkrEJAJSxCQDlsQkA+7EJADiyCQBEsgkAi7IJAJOyCQBdaw8A4bIJADGzCQA6swkAhLMJAJKzCQAE3QkAk7MJANezCQDiswkAKrQJADK0CQB9tAkAiLQJANC0CQDVtAkAI7UJACa1CQB2tQkAgLUJAANsDwDPtQkAHLYJANO1CQBHjwwAN7YJAG+2CQB7tgkAwrYJAMi2CQAVtwkAHbcJAGi3CQB+twkAu7cJAMm3CQAOuAkAEbgJAGG4CQB6uAkAtLgJAMC4CQAHuQkAErkJAFq5CQBcuQkArbkJAMi5CQAAugkADroJAFO6CQBgugkAproJAL26CQBWbA8A+7oJAIyRDAAPuwkATLsJAE27CQCfuwkApLsJAPK7CQD4uwkARbwJAEe8CQCYvAkAnrwJAOu8CQD/vAkAPr0JAEa9CQCRvQkAob0JAOS9CQDmvQkAN74JAEW+CQCKvgkAm74JAKlsDwDjvgkAML8JADy/CQD8bA8Ahb8JANa/CQDnvwkAKcAJADHACQB8wAkAhcAJAM/ACQDWwAkAIsEJACPBCQBPbQ8AgcEJAMjBCQDKwQkAG8IJACLCCQBuwgkAdsIJAMHCCQDKwgkAFMMJABvDCQBnwwkAaMMJAKJtDwC/wwkADcQJABXECQBgxAkAasQJALPECQDBxAkABsUJABzFCQBZxQkAZcUJAKzFCQCxxQkA/8UJAAjGCQBSxgkAXMYJAPVtDwCmxgkA+MYJAADHCQBvAgsAEMcJAEvHCQBYxwkAnscJAKrHCQDxxwkA+8cJAETICQBIyAkAl8gJAJzICQDqyAkA8MgJAD3JCQBdyQkAkMkJAKjJCQDjyQkA+skJADbKCQBCygkAicoJAJPKCQDcygkA3soJAC/LCQA2ywkAgssJAInLCQDVywkA28sJACjMCQA0zAkAe8wJAH7MCQDOzAkA0cwJACHNCQAtzQkAdM0JAHfNCQDHzQkA480JABrOCQAizgkASG4PAHnOCQDAzgkAys4JABPPCQAVzwkAZs8JAG3PCQC5zwkAwM8JAAzQCQAS0AkAX9AJAG3QCQCy0AkAv9AJAAXRCQAV0QkAWNEJAF3RCQCr0QkAs9EJAP7RCQAO0gkAUdIJAFbSCQCk0gkAqtIJAPfSCQD/0gkAm24PAFDTCQCd0wkApdMJAPDTCQDz0wkAQ9QJAE/UCQCW1AkAnNQJAOnUCQAE1QkAPNUJAErVCQCP1QkAntUJAOLVCQDu1QkANdYJAD3WCQBBbw8AjdYJANvWCQDl1gkALtcJADbXCQCB1wkAodcJANTXCQDh1wkAJ9gJACzYCQB62AkAftgJAM3YCQDa2AkAlG8PACXZCQBz2QkAdtkJAMbZCQDQ2QkAGdoJACXaCQBs2gkAf9oJAL/aCQDO2gkAEtsJAB7bCQBl2wkAZtsJALjbCQDC2wkAC9wJABncCQBe3AkAY9wJALHcCQC+3AkA528PAA7dCQBX3QkAWd0JAKrdCQDD3QkA/d0JAA7eCQBQ3gkAXN4JAKPeCQCr3gkA4HAPAP3eCQBJ3wkAUN8JAJzfCQCi3wkA798JAPvfCQBC4AkAReAJAJXgCQCY4AkA6OAJAPDgCQA74QkAS+EJAI7hCQCT4QkA4eEJAOrhCQA04gkAQeIJAIfiCQCO4gkAM3EPAObiCQAt4wkAOuMJAIDjCQCI4wkA0+MJAN3jCQAm5AkANeQJAHnkCQB65AkAzOQJANTkCQAf5QkALuUJAHLlCQB35QkAxeUJANLlCQAY5gkAJeYJAGvmCQB35gkAvuYJAM3mCQAR5wkAG+cJAGTnCQBy5wkAt+cJALznCQAK6AkAF+gJAF3oCQBl6AkAsOgJALroCQAD6QkACOkJAFbpCQBe6QkAhnEPALfpCQD86QkACOoJAE/qCQBV6gkAouoJAKjqCQD16gkA+uoJAEjrCQBO6wkA2XEPAKfrCQDu6wkA9OsJAEHsCQBH7AkAlOwJAKHsCQDn7AkA7OwJADrtCQBC7QkAje0JAKvtCQDScg8A4u0JAOQCDADj7QkAumILAObtCQBp9woA9u0JADPuCQA07gkAhu4JAIvuCQDZ7gkA3+4JACzvCQAu7wkAf+8JAIXvCQDS7wkA5u8JACXwCQAt8AkAePAJAIjwCQDL8AkAzfAJAB7xCQAs8QkAcfEJAILxCQAlcw8AyvEJABfyCQAj8gkAeHMPAHfyCQC98gkAxfIJABDzCQAd8wkAY/MJAGXzCQC28wkAzPMJAAn0CQAV9AkAXPQJAGT0CQAedA8Au/QJAAL1CQAF9QkAVfUJAFr1CQCo9QkAufUJAPv1CQAE9gkATvYJAFj2CQCh9gkAr/YJAPT2CQD59gkAR/cJAFT3CQBxdA8ApvcJAO33CQD69wkAQPgJAEL4CQCT+AkAqfgJAOb4CQDy+AkAOfkJAEH5CQDEdA8AkfkJAN/5CQDl+QkAMvoJADr6CQCF+gkAiPoJANj6CQDk+gkAK/sJADH7CQB++wkAmfsJANH7CQDe+wkAJPwJACb8CQB3/AkAjfwJAMr8CQDW/AkAHf0JACX9CQAXdQ8Adv0JAMP9CQDI/QkAFv4JADH+CQBp/gkAd/4JALz+CQDD/gkAD/8JABv/CQBi/wkAaf8JAGp1DwDA/wkACAAKABAACgBbAAoAZgAKAK4ACgCzAAoAAQEKAAQBCgBUAQoAXgEKAKcBCgCvAQoA+gEKAAgCCgBNAgoAUAIKAKACCgCoAgoA8wIKABMDCgBGAwoAUwMKAJkDCgCeAwoA7AMKAPADCgA/BAoATAQKAL11DwCyBAoA5QQKAO4ECgA4BQoAOQUKAIsFCgCTBQoA3gUKAO4FCgAxBgoAMwYKAIQGCgCSBgoA1wYKAOgGCgAQdg8AMAcKAH0HCgCJBwoAY3YPANcHCgC2dg8AKAgKAHYICgCQCAoAyQgKANgICgAcCQoAJwkKAG8JCgBxCQoAwgkKAM8JCgAVCgoAIgoKAGgKCgB0CgoAuwoKAMwKCgAOCwoAEQsKAGELCgB7CwoAtAsKAL0LCgAHDAoAFAwKAFoMCgBgDAoArQwKALkMCgAADQoAAw0KAFMNCgBYDQoApg0KALcNCgD5DQoAFA4KAEwOCgBYDgoAnw4KAKYOCgDyDgoA9A4KAEUPCgBMDwoAmA8KAJ8PCgDrDwoA8Q8KAD4QCgBKEAoAkRAKAJQQCgDkEAoA5xAKADcRCgBDEQoAihEKAJ0RCgDdEQoA7BEKADASCgA8EgoAgxIKAIQSCgDWEgoA4BIKACkTCgA3EwoAfBMKAIETCgDPEwoA3BMKAAl3DwAqFAoAXHcPAHcUCgDIFAoA3hQKABsVCgAnFQoAbhUKAHYVCgCvdw8AxxUKABQWCgAcFgoAZxYKAGoWCgC6FgoAxhYKAA0XCgATFwoAYBcKAHsXCgCzFwoAwRcKAAYYCgAVGAoAWRgKAGUYCgCsGAoAtBgKAAJ4DwAEGQoAUhkKAFwZCgClGQoArRkKAPgZCgAYGgoASxoKAFgaCgCeGgoAoxoKAPEaCgD1GgoARBsKAFEbCgBVeA8AuhsKAOobCgDtGwoAPRwKAEIcCgCQHAoAnxwKAOMcCgADHQoANh0KAEIdCgCJHQoAkx0KANwdCgDoHQoALx4KADUeCgCCHgoAiB4KANUeCgDaHgoAKB8KAC4fCgCoeA8AgR8KAM4fCgDTHwoAISAKACcgCgBOeQ8AdyAKAMcgCgDRIAoAGiEKABwhCgBtIQoAhiEKAMAhCgDRIQoAEyIKACEiCgBmIgoAaSIKALkiCgDEIgoADCMKABQjCgBfIwoAYSMKALIjCgC6IwoABSQKABIkCgBYJAoAZCQKAKskCgCvJAoA/iQKAAYlCgBRJQoAYCUKAKQlCgCpJQoA9yUKAAQmCgBKJgoAVyYKAJ0mCgCpJgoA8CYKAP8mCgBDJwoATScKAJYnCgCkJwoA6ScKAO4nCgA8KAoASSgKAKF5DwCXKAoA9HkPAOYoCgAZLQoA7igKADUpCgA7KQoAiCkKAI4pCgDbKQoA6CkKAC4qCgAzKgoAgSoKAIkqCgDUKgoABisKAM0rCgALKwoAJysKAE0rCgAgLAoAXisKAHorCgCxKwoAR3oPAAQsCgCaeg8ARiwKAHMsCgClLAoAxiwKAP0sCgDteg8AJy0KAGwtCgB5LQoAvy0KAMstCgASLgoAGC4KAGUuCgBrLgoAuC4KAL0uCgALLwoAES8KAEB7DwCELwoAVzAKAJUvCgCxLwoA6C8KAOZ7DwA7MAoAOXwPAH0wCgCqMAoA3DAKAP0wCgA0MQoAjHwPAFoxCgCjMQoAqDEKAPYxCgD+MQoA33wPAE4yCgCcMgoApTIKAO8yCgD8MgoAQjMKAEkzCgAyfQ8AnTMKAIV9DwD7MwoAOzQKAEc0CgCONAoAnTQKAOE0CgDqNAoANDUKAD41CgCHNQoAiTUKANo1CgDzNQoALTYKAD42CgCANgoAjDYKANM2CgDbNgoA2H0PADQ3CgB5NwoAijcKAMw3CgDYNwoAHzgKACc4CgArfg8AdzgKAMU4CgDPOAoAGDkKACA5CgBrOQoAezkKAL45CgDDOQoAEToKABo6CgBkOgoAcToKALc6CgC+OgoAfn4PABc7CgBdOwoAHTsKAKgzDQBiOwoAsDsKALw7CgADPAoAEDwKAFY8CgBgPAoA0X4PAK48CgD8PAoACD0KAE89CgBcPQoAoj0KAKw9CgD1PQoAET4KAEg+CgBQPgoAJH8PAKA+CgDuPgoA9j4KAEE/CgBEPwoAlD8KAJ0/CgDnPwoA9j8KADpACgBFQAoAjUAKAJVACgDgQAoA8EAKADNBCgBBQQoAhkEKAJdBCgDZQQoA5UEKACxCCgA0QgoAd38PAIVCCgDSQgoA2kIKACVDCgAsQwoAeEMKAIZDCgDLQwoA0UMKAB5ECgAqRAoAcUQKAIBECgDERAoAzkQKABdFCgAcRQoAakUKAHBFCgC9RQoA0UUKABBGCgAYRgoAY0YKAIFGCgC2RgoAvkYKAMp/DwARRwoAHYAPAGRHCgCvRwoAyEcKAAJICgALSAoAVUgKAGVICgCoSAoAuEgKAPtICgAHSQoATkkKAFRJCgChSQoAr0kKAPRJCgABSgoAR0oKAF5KCgCaSgoAokoKAO1KCgD3SgoAQEsKAE5LCgCTSwoAqUsKAOZLCgDySwoAOUwKAEBMCgCMTAoAlEwKAN9MCgDkTAoAMk0KADtNCgCFTQoAj00KANhNCgDgTQoAK04KAC1OCgB+TgoAjk4KANFOCgDbTgoAJE8KADBPCgB3TwoAfU8KAMpPCgDSTwoAw4APACZQCgBwUAoAgVAKAMNQCgDPUAoAFlEKACNRCgBpUQoAblEKALxRCgDGUQoAD1IKAB9SCgBiUgoAZ1IKALVSCgC+UgoACFMKABVTCgBbUwoAYlMKAK5TCgC6UwoAAVQKAAdUCgBUVAoAWlQKAKdUCgCsVAoA+lQKAABVCgAWgQ8AUlUKAKBVCgCoVQoA81UKAAlWCgBGVgoAS1YKAJlWCgCgVgoA7FYKAPVWCgA/VwoAUFcKAJJXCgCeVwoA5VcKAO1XCgAPgg8AOlgKAItYCgChWAoA3lgKAOpYCgAxWQoAOFkKAIRZCgCMWQoAYoIPANxZCgAqWgoAMloKAH1aCgCTWgoA0FoKANVaCgAjWwoAKlsKAHZbCgB/WwoAyVsKANpbCgAcXAoAKFwKAG9cCgB3XAoAtYIPAMRcCgAVXQoAK10KAGhdCgB0XQoAu10KAMJdCgAOXgoAFl4KAAiDDwBmXgoAtF4KALteCgAHXwoAEF8KAFpfCgBrXwoArV8KALlfCgAAYAoACGAKAFuDDwBVYAoApmAKALVgCgD5YAoAGWEKAExhCgBOYQoAn2EKALZhCgDyYQoA/mEKAEViCgBNYgoAAYQPAJ1iCgDrYgoA7WIKAD5jCgBFYwoAkWMKAJljCgDkYwoA7WMKADdkCgA9ZAoAimQKAJtkCgDdZAoA5WQKAKeEDwA8ZQoAg2UKAIZlCgDWZQoA22UKAClmCgA6ZgoAfGYKAJdmCgDPZgoA22YKACJnCgAqZwoA+oQPAItnCgDIZwoAyWcKABtoCgAgaAoAbmgKAHRoCgDBaAoAy2gKABRpCgAcaQoAZ2kKAHlpCgBNhQ8Ax2kKAA1qCgAXagoAYGoKAGZqCgCzagoAx2oKAAZrCgAOawoAWWsKAGlrCgCsawoAsWsKAP9rCgAFbAoAUmwKAFpsCgClbAoApmwKAPhsCgD6bAoAS20KAFptCgCebQoAvm0KAPFtCgDzbQoARG4KAFtuCgCXbgoAo24KAOpuCgDybgoAoIUPAEVvCgCQbwoAqW8KAONvCgDsbwoANnAKAEBwCgCJcAoAkXAKANxwCgDscAoAL3EKADRxCgCCcQoAi3EKANVxCgDicQoAKHIKAC9yCgB7cgoAg3IKAEaGDwDYcgoAIXMKAClzCgB0cwoAgnMKAMdzCgDUcwoAGnQKACJ0CgBtdAoAb3QKAMB0CgDIdAoAE3UKABR1CgBmdQoAaHUKALl1CgDIdQoADHYKACx2CgBfdgoAYXYKALJ2CgDJdgoABXcKABF3CgBYdwoAcncKAKt3CgDUdwoA/ncKAAF4CgBReAoAVngKAKR4CgCxeAoAmYYPAPl4CgBKeQoAVHkKAJ15CgCseQoA8HkKAPt5CgBDegoAUXoKAJZ6CgCjegoA6XoKAAB7CgA8ewoARHsKAI97CgCQewoA4nsKAOR7CgA1fAoARHwKAIh8CgCofAoA23wKAN18CgAufQoARX0KAIF9CgCNfQoA1H0KANx9CgDshg8ALH4KAHp+CgCAfgoAzX4KANV+CgAgfwoAP38KAHN/CgCAfwoAxn8KAMd/CgAZgAoAL4AKAGyACgCIgAoAP4cPAMSACgASgQoAHIEKAGWBCgBtgQoAuIEKALmBCgALggoAuoEKAMyKCgARggoAXoIKAGqCCgCxggoAwYIKAASDCgASgwoAV4MKAGqDCgCqgwoAtoMKAP2DCgAEhAoAUIQKAFiECgCjhAoAp4QKAPaECgAEhQoASYUKAFOFCgCchQoAp4UKAO+FCgD3hQoAQoYKAHiGCgCVhgoAnYYKAOiGCgDthgoAO4cKAEGHCgCOhwoAlocKAOGHCgD7hwoANIgKAGqICgCHiAoAj4gKANqICgDfiAoALYkKADOJCgCAiQoAiIkKANOJCgDtiQoAJooKAECKCgB5igoAr4oKAJKHDwDUigoAH4sKACaLCgByiwoAfosKAMWLCgDGiwoAGIwKACSMCgBrjAoAeIwKAL6MCgDFjAoAEY0KAB2NCgBkjQoAcY0KALeNCgDGjQoACo4KAB6OCgDlhw8Aao4KALCOCgC6jgoAA48KABGPCgBWjwoAbI8KAKmPCgC1jwoA/I8KAAiQCgBPkAoAVZAKAKKQCgCokAoA9ZAKAPqQCgBIkQoATpEKADiIDwCgkQoA7pEKAPCRCgBBkgoASJIKAJSSCgCckgoA55IKAOqSCgA6kwoAQ5MKAI2TCgCckwoA4JMKAOuTCgAzlAoAO5QKAIaUCgCWlAoA2ZQKAOeUCgAslQoAPZUKAH+VCgCLlQoA0pUKANqVCgAxiQ8AQ5YKAHiWCgCAlgoAhIkPANeWCgAelwoANJcKAHGXCgB5lwoAxJcKAOOXCgDXiQ8AGpgKAPDMCgAkmAoAapgKAG2YCgCbIg4AcpgKAL2YCgB0mAoAPlUMAL+YCgAQmQoAx5gKAA+lCgDOmAoAQJ4KAB2ZCgBjmQoAd5kKALaZCgC+mQoACZoKAA6aCgBcmgoAbJoKAK+aCgC3mgoAApsKAAybCgBVmwoAYJsKAKibCgC0mwoA+5sKAAOcCgAqig8AU5wKAKGcCgCqnAoA9JwKAPqcCgBHnQoAVp0KAJqdCgCmnQoA7Z0KAPCdCgB9ig8ARZ4KAJOeCgCingoA5p4KAOieCgA5nwoASp8KAIyfCgCdnwoA358KAPOfCgAyoAoAOqAKAIWgCgCToAoA2KAKAOWgCgAroQoALqEKAH6hCgCIoQoA0aEKANOhCgAkogoANaIKAHeiCgCIogoAyqIKANaiCgAdowoAJKMKAHCjCgB4owoAw6MKANqjCgAWpAoAIqQKAGmkCgB/pAoAvKQKAL+kCgDQig8AGqUKAGKlCgBupQoAtaUKAL2lCgAjiw8AFKYKAFumCgBxpgoArqYKALGmCgABpwoACacKAFSnCgBWpwoAp6cKAMKnCgD6pwoA/KcKAE2oCgBbqAoAoKgKALGoCgDzqAoA9agKAEapCgBfqQoAmakKAKqpCgDsqQoA+KkKAHaLDwBFqgoAkqoKAKCqCgDlqgoAAKsKADirCgBEqwoAi6sKAJGrCgDeqwoA5qsKADGsCgBBrAoAhKwKAImsCgDXrAoA4KwKACqtCgA3rQoAfa0KAIStCgDQrQoA2K0KAMmLDwAorgoAdq4KAHyuCgDJrgoA0a4KAByvCgBFrwoAb68KAHavCgDCrwoA268KABWwCgAksAoAaLAKAISwCgAcjA8AwLAKAA6xCgAYsQoAYbEKAHGxCgC0sQoAubEKAAeyCgAQsgoAWrIKAGeyCgCtsgoAtLIKAACzCgAMswoAU7MKAGazCgCmswoAtbMKAPmzCgAFtAoATLQKAE20CgCftAoAqbQKAPK0CgAAtQoARbUKAEq1CgCYtQoApbUKAG+MDwD8tQoAPrYKAEC2CgCRtgoAlLYKAOS2CgDntgoAN7cKAD63CgCKtwoAlrcKAN23CgDttwoAMLgKAEC4CgCDuAoAiLgKANa4CgDfuAoAKbkKADa5CgB8uQoAg7kKAM+5CgDbuQoAIroKACi6CgB1ugoAe7oKAMi6CgDNugoAG7sKACG7CgBojQ8AeLsKAMG7CgDPuwoAFLwKACS8CgBnvAoAabwKALq8CgDJvAoADb0KABe9CgBgvQoAaL0KAGGODwC5vQoABr4KABK+CgC0jg8AXr4KAKy+CgC0vgoA/74KAA+/CgBSvwoAYL8KAKW/CgCyvwoA+L8KAP+/CgBLwAoAU8AKAFqPDwCvwAoA8cAKAPjACgBEwQoATMEKAJfBCgCkwQoA6sEKAO/BCgA9wgoAR8IKAJDCCgCYwgoA48IKAPzCCgA2wwoAQsMKAInDCgCRwwoArY8PAOjDCgAvxAoAMsQKAILECgCHxAoA1cQKAObECgAoxQoAQ8UKAHvFCgCHxQoAzsUKANXFCgAhxgoAPcYKAHTGCgB8xgoAAJAPAMzGCgAaxwoAI8cKAG3HCgB6xwoAwMcKAMfHCgBTkA8AHMgKAGbICgBzyAoAucgKAMjICgAMyQoAFskKAF/JCgBtyQoAsskKALfJCgAFygoAEsoKAFjKCgBgygoAppAPALfKCgD+ygoAC8sKAFHLCgBUywoApMsKALLLCgD3ywoA/MsKAErMCgBXzAoAncwKAKXMCgD5kA8A+MwKAEPNCgBJzQoAls0KAErNCgASJwsAos0KAOnNCgAGzgoAPM4KAEXOCgCPzgoAnc4KAOLOCgDozgoANc8KAEHPCgCIzwoAj88KAEyRDwDhzwoALtAKADzQCgCB0AoAnNAKANTQCgDg0AoAJ9EKAC3RCgCfkQ8AndEKAM3RCgDc0QoAINIKACXSCgBz0goAgNIKAMbSCgDT0goAGdMKACXTCgBs0woAe9MKAL/TCgDJ0woAEtQKACDUCgBl1AoAatQKALjUCgDF1AoAC9UKACfVCgBe1QoAZtUKAPKRDwC91QoABNYKACHWCgBX1goAYNYKAKrWCgC41goA/dYKAAPXCgBQ1woAXNcKAKPXCgCq1woA9tcKAP7XCgBJ2AoAX9gKAJzYCgCh2AoA79gKAPbYCgBC2QoAS9kKAJXZCgCm2QoA6NkKAPTZCgA72goAQ9oKAJiSDwCU2goA4doKAObaCgA02woAT9sKAIfbCgCV2woA2tsKAOHbCgAt3AoAOdwKAIDcCgCD3AoA09wKANvcCgAm3QoAJ90KAHndCgB73QoAzN0KANvdCgAf3goAP94KAHLeCgB03goAxd4KANzeCgAY3woAJN8KAGvfCgBz3woA65IPAL/fCgAR4AoAHeAKAGTgCgBz4AoAt+AKAL/gCgA+kw8ADOEKAF3hCgBr4QoAsOEKAMHhCgCRkw8ACuIKAOSTDwBe4goAipQPALPiCgD84goACOMKAE/jCgBl4woAouMKAK7jCgD14woACOQKAEjkCgBW5AoAm+QKAKXkCgDdlA8A9uQKADCVDwBX5QoAlOUKAKDlCgDn5QoA9OUKADrmCgBE5goAjeYKAI/mCgDg5goA6uYKADPnCgBB5woAhucKAIvnCgDZ5woA5ucKACzoCgA06AoAf+gKAI/oCgDS6AoA1OgKACXpCgAu6QoAeOkKAInpCgDL6QoA1ekKAIOVDwAq6goAceoKAIjqCgDE6goA3+oKANaVDwAw6woAausKAHDrCgC96woAx+sKACmWDwAS7AoAY+wKAHTsCgC27AoAvuwKAAntCgDS7AoARBQLABXtCgBc7QoAYu0KAK/tCgC17QoAAu4KAAfuCgBV7goAW+4KAHyWDwDE7goA++4KAAPvCgB1lw8AXO8KAKHvCgCy7woA9O8KAAXwCgBH8AoAU/AKAJrwCgCh8AoAyJcPAP7wCgBA8QoAUfEKAJPxCgCf8QoA5vEKAO3xCgAbmA8AO/IKAIzyCgCN8goA3/IKAOfyCgAy8woAN/MKAIXzCgCO8woA2PMKAOLzCgAr9AoAM/QKAH70CgCD9AoA0fQKAOH0CgAk9QoALPUKAHf1CgCN9QoAyvUKANb1CgAd9goAM/YKAHD2CgB19goAw/YKAMn2CgAW9woAKvcKAG6YDwB/9woAvPcKAMr3CgAP+AoAHPgKAGL4CgBk+AoAtfgKAL/4CgAI+QoAFPkKAFv5CgBi+QoArvkKALb5CgAB+goAGvoKAFT6CgBo+goAp/oKAK/6CgD6+goA/PoKAE37CgBa+woAoPsKAKX7CgDz+woA/fsKAEb8CgBR/AoAmfwKAKX8CgDs/AoA8vwKAD/9CgBH/QoAkv0KAJP9CgDl/QoA6/0KADj+CgA9/goAi/4KAJr+CgDe/goA6v4KADH/CgA0/woAhP8KAIf/CgDBmA8A3P8KACoACwBGAAsAFJkPAJ0ACwDQAAsA2AALAGeZDwApAQsAdgELAIIBCwC6mQ8AzwELABwCCwAoAgsA/5sPAHACCwAABgsAfwILAMICCwDEAgsAFQMLAB8DCwBoAwsAagMLALsDCwDMAwsADgQLABYECwBhBAsAbQQLALQECwC6BAsABwULAA0FCwBaBQsAXwULAK0FCwCzBQsAUpwPAAIGCwBTBgsAWQYLAKYGCwCpBgsA+QYLAAUHCwBMBwsAVAcLAEudDwClBwsA8gcLAPgHCwBFCAsASggLAJgICwCeCAsAnp0PAO0ICwA+CQsARwkLAJEJCwCoCQsA5AkLAO8JCwA3CgsAQQoLAIoKCwCSCgsAl54PAOoKCwAwCwsAOAsLAIMLCwCNCwsA1gsLAOELCwApDAsALwwLAHwMCwCIDAsAzwwLANEMCwAiDQsAKQ0LAHUNCwB9DQsAyA0LANoNCwDqng8AVg4LAG4OCwB2DgsAwQ4LAOQOCwDjnw8AFg8LAGcPCwB0DwsAug8LAMEPCwANEAsAHhALAGAQCwBsEAsAsxALALoQCwAGEQsABxELAMUxCwAOEQsANqAPAGwRCwCsEQsAuxELAP8RCwALEgsAUhILAFMSCwClEgsArxILAPgSCwAGEwsASxMLAFATCwCeEwsAqxMLAImgDwD5EwsA3KAPAEwUCwAvoQ8AmRQLAOoUCwCjFAsABWkMAO0UCwBo/AsA9xQLAD0VCwBLFQsAkBULAJ8VCwDjFQsAAxYLADYWCwBCFgsAiRYLAJAWCwDcFgsA5BYLAC8XCwAxFwsAghcLAIwXCwAoog8A3xcLACgYCwAwGAsAe6IPAIUYCwDOGAsA1hgLAM6iDwBdGQsAdBkLAHwZCwDHGQsA5RkLACGjDwAoGgsAbRoLAHQaCwCmUgwAfRoLAMAaCwDQGgsAExsLAB8bCwBmGwsAbBsLALkbCwDVGwsADBwLABQcCwB0ow8AcxwLALIcCwC8HAsABR0LABEdCwBYHQsAYB0LAMejDwC2HQsA/h0LAAAeCwBRHgsAVx4LAKQeCwCsHgsAGqQPAPkeCwBKHwsATR8LAJ0fCwClHwsA8B8LAAAgCwBDIAsARSALAJYgCwCkIAsA6SALAPogCwBtpA8AQyELAMCkDwCVIQsA4iELAOchCwA1IgsAOyILABOlDwCVIgsA2yILAOUiCwAuIwsAMCMLAIEjCwCUIwsA1CMLANwjCwAnJAsAMyQLAHokCwCAJAsAzSQLANMkCwAgJQsAJSULAHMlCwB5JQsADKYPAM8lCwAZJgsAJiYLAGwmCwBzJgsAvyYLAMcmCwBfpg8AHicLAGUnCwBvJwsAuCcLAMQnCwALKAsAGigLAF4oCwBoKAsAsSgLAL0oCwAEKQsACykLALKmDwBaKQsAviQNAF0pCwCqKQsAZikLABZDDAC2KQsA/SkLAAUqCwAFpw8AXCoLAKMqCwCtKgsA9ioLAAIrCwBJKwsAWCsLAJwrCwCmKwsA7ysLAPsrCwBCLAsASSwLAFinDwCjLAsA6CwLALUsCwDZMwwA/ywLADstCwBILQsAji0LAJAtCwDhLQsA8i0LADQuCwBQLgsAhy4LAI8uCwCrpw8A8y4LAC0vCwBBLwsAgC8LAIgvCwDTLwsA1i8LACYwCwA0MAsAeTALAJAwCwDMMAsA2TALAB8xCwAhMQsAcjELAIMxCwD+pw8AyzELABgyCwAdMgsAazILAIEyCwC+MgsAzDILABEzCwAUMwsAZDMLAHAzCwC3MwsAvTMLAAo0CwAWNAsAXTQLAIY0CwCwNAsAvDQLAAM1CwASNQsAVjULAGA1CwCpNQsAtzULAPw1CwABNgsATzYLAFw2CwBRqA8ApDYLAPU2CwADNwsASDcLAFU3CwCbNwsArTcLAKSoDwD9NwsAQTgLAE04CwCUOAsArTgLAOc4CwDpOAsAOjkLAEk5CwCNOQsArTkLAOA5CwDoOQsAMzoLAFY6CwCGOgsAnDoLANk6CwDeOgsALDsLAC87CwB/OwsAiTsLANI7CwDaOwsAJTwLACs8CwB4PAsAhDwLAMs8CwDaPAsAHj0LACo9CwBxPQsAfj0LAMQ9CwDOPQsAFz4LAB8+CwBqPgsAeT4LAL0+CwC/PgsAED8LACE/CwBjPwsAdD8LALY/CwC+PwsACUALABpACwBcQAsAXkALAK9ACwCyQAsAAkELAAxBCwBVQQsAeUELAKhBCwDEQQsA96gPAAFCCwBOQgsAU0ILAKFCCwCwQgsA9EILAABDCwBHQwsASkMLAJpDCwCdQwsA7UMLAPVDCwBARAsAT0QLAJNECwCYRAsA5kQLAPxECwA5RQsAOkULAIxFCwCdRQsA30ULAOtFCwAyRgsAPEYLAIVGCwCRRgsA2EYLAN9GCwBKqQ8AL0cLAH5HCwCMRwsA0UcLANtHCwAkSAsAL0gLAHdICwB/SAsAykgLANZICwAdSQsAMEkLAHBJCwB+SQsAw0kLAM1JCwAWSgsAHkoLAGlKCwB4SgsAvEoLAMFKCwAPSwsAFksLAGJLCwBuSwsAnakPAMFLCwAITAsAC0wLAFtMCwBeTAsArkwLAMhMCwABTQsADU0LAFRNCwBnTQsAp00LALVNCwD6TQsABE4LAE1OCwBwTgsA8KkPAKpOCwDzTgsA/04LAEZPCwBNTwsAmU8LAKFPCwDsTwsA8E8LAD9QCwBNUAsAklALAJxQCwDlUAsA8FALADhRCwBAUQsAi1ELAJpRCwDeUQsA41ELADFSCwA4UgsAhFILAJBSCwDXUgsA31ILAEOqDwBAUwsAWQMNAENTCwB9UwsAh1MLANBTCwDcUwsAI1QLACZUCwB2VAsAgFQLAMlUCwDMVAsAHFULACxVCwBvVQsAcVULAMJVCwDQVQsAFVYLACZWCwCWqg8Ab1YLAOmqDwDEVgsADlcLAMVWCwDl7wwA21YLANonDAAnVwsAYVcLAGtXCwC0VwsAwFcLAAdYCwAKWAsAWlgLAGRYCwA8qw8AzVgLAABZCwAIWQsAj6sPAGFZCwCmWQsAvFkLAPlZCwAFWgsATFoLAFNaCwCfWgsAp1oLAPJaCwD3WgsARVsLAE5bCwCYWwsAolsLAOtbCwDzWwsAPlwLAExcCwCRXAsAnlwLAORcCwDsXAsA4qsPAEddCwCKXQsAkl0LADWsDwDkXQsAMF4LADxeCwCDXgsAil4LANZeCwDeXgsAKV8LADNfCwB8XwsAil8LAM9fCwDlXwsAImALAC5gCwB1YAsAemALAMhgCwDRYAsAG2ELACVhCwBuYQsAdmELAMFhCwDGYQsAFGILACRiCwBnYgsAb2ILAIisDwDEYgsADWMLABBjCwBA6gsAFWMLANusDwBuYwsAs2MLAMljCwAGZAsAEmQLAFlkCwBgZAsArGQLALRkCwD/ZAsABGULAFJlCwBbZQsApWULAK9lCwD4ZQsAAGYLAEtmCwBNZgsAX28LAFlmCwCeZgsAq2YLAPFmCwD5ZgsALq0PAFBnCwCXZwsAmmcLAOpnCwD0ZwsAga0PAEtoCwCQaAsApmgLAONoCwDvaAsANmkLAD1pCwCJaQsAkWkLANxpCwDhaQsAL2oLADhqCwCCagsAjGoLANVqCwDdagsAKGsLACprCwB7awsAi2sLAM5rCwDYawsAIWwLAC1sCwB0bAsAemwLACeuDwDVbAsAGm0LADBtCwBtbQsAeW0LAMBtCwDFbQsAE24LABxuCwBmbgsAcG4LALluCwDBbgsADG8LAC5vCwB6rg8Ab28LALJvCwC8bwsABXALABFwCwBYcAsAXnALAKtwCwCzcAsAza4PAANxCwBRcQsAWXELAKRxCwCwcQsAXnsLAL1xCwD3cQsAA3ILAEpyCwBScgsAIK8PAKpyCwDwcgsA+HILAENzCwBRcwsAlnMLAKNzCwDpcwsA7HMLADx0CwBGdAsAj3QLAJF0CwDidAsA73QLADV1CwBEdQsAiHULAJR1CwDbdQsA43ULAHOvDwA+dgsAgXYLAIl2CwDUdgsA4HYLACd3CwAtdwsAencLAIB3CwDNdwsA0ncLACB4CwAmeAsAxq8PAIB4CwDGeAsAy3gLABl5CwAjeQsAbHkLAHR5CwC/eQsAy3kLABJ6CwAlegsAZXoLAHN6CwC4egsAu3oLAAt7CwAVewsAGbAPAHF7CwCxewsAv3sLAAR8CwAHfAsAV3wLAGF8CwBssA8Ar3wLAP18CwC4fAsA0ZoLAAV9CwBQfQsAXH0LAKN9CwCpfQsA9n0LALZ9CwCMmAsA/H0LAEl+CwBOfgsAnH4LAKJ+CwC/sA8A9X4LAEJ/CwBHfwsAlX8LAJt/CwASsQ8A9n8LADuACwBWgAsAjoALAJqACwDhgAsA6IALAGWxDwA9gQsAh4ELAJSBCwDagQsA5oELAC2CCwBAggsAgIILAIGCCwDTggsA34ILACaDCwA1gwsAeYMLAIODCwDMgwsA2IMLAB+ECwAmhAsAuLEPAHiECwDFhAsAy4QLABiFCwAdhQsAa4ULAHGFCwBesg8Ax4ULABGGCwAehgsAZIYLAGiGCwC3hgsAuYYLAAqHCwAXhwsAXYcLAGeHCwCxsg8At4cLAAOICwALiAsAVogLAGKICwCpiAsAvIgLAPyICwALiQsAT4kLAFuJCwCiiQsAo4kLAPWJCwD/iQsASIoLAFaKCwCbigsAoIoLAO6KCwD7igsABLMPAE2LCwCUiwsAmosLAOeLCwDtiwsAOowLAD+MCwCNjAsAk4wLAFezDwDljAsAM40LAD2NCwD9sw8Ajo0LANmNCwDmjQsALI4LADGOCwB/jgsAiY4LANKOCwDajgsAJY8LADGPCwB4jwsAi48LAMuPCwDMjwsAHpALACqQCwBxkAsAgJALAMSQCwDOkAsAF5ELAB+RCwBqkQsAbJELAFC0DwDGkQsAEJILAB+SCwBjkgsAcpILALaSCwDCkgsACZMLAAyTCwBckwsAX5MLAKO0DwCxkwsAApQLAAWUCwBVlAsAXZQLAKiUCwC1lAsA+5QLAACVCwBOlQsAWJULAKGVCwCplQsA9JULAACWCwBHlgsAWpYLAJqWCwCblgsA7ZYLAPmWCwBAlwsAT5cLAJOXCwCdlwsA5pcLAPKXCwA5mAsAQJgLAPa0DwCbmAsA35gLAOuYCwAymQsAM5kLAIWZCwCPmQsA2JkLAOaZCwArmgsAMJoLAH6aCwCLmgsASbUPAOKaCwCctQ8AMZsLAHebCwCFmwsAypsLANubCwAdnAsAP5wLAO+1DwB1nAsAw5wLAHacCwDv0QsAy5wLABadCwAXnQsATaELABmdCwBGogsAG50LAFSgCwAcnQsAkqMLAB2dCwBbnwsAJZ0LAGmdCwAvnQsAfaYLAG6dCwC8nQsAyZ0LAA+eCwAcngsAYp4LAG6eCwC1ngsAxJ4LAAifCwASnwsAQrYPAGmfCwCunwsAsJ8LAAGgCwASoAsAlbYPAFWgCwCnoAsAs6ALAPqgCwAHoQsA6LYPAFuhCwCgoQsAraELAPOhCwAKogsAO7cPAE+iCwDepAsAUKILAJmiCwCbogsA7KILAPKiCwA/owsASaMLAI63DwCeowsA5aMLAOejCwA4pAsAR6QLAIukCwCWpAsA4bcPAO2kCwAxpQsAQKULAISlCwCQpQsA16ULAOOlCwAqpgsAMaYLADS4DwCJpgsA0KYLANimCwCHuA8APKcLAHanCwCHpwsAyacLANWnCwDauA8AI6gLAG+oCwB3qAsAwqgLAMOoCwAVqQsAG6kLAGipCwBtqQsAu6kLALypCwAOqgsAGqoLAGGqCwBnqgsAtKoLAL6qCwAHqwsAFasLADewCwAbqwsAWqsLAGKrCwAtuQ8AvasLAACsCwAIrAsAU6wLAFysCwCmrAsAYKwLAD6vCwCzrAsA+awLAACtCwBMrQsAWK0LAJ+tCwCvrQsA8q0LAACuCwBFrgsAUq4LAJiuCwCkrgsA664LAPKuCwCAuQ8AR68LAJGvCwCirwsA5K8LAPWvCwDTuQ8AQ7ALAIqwCwCNsAsA3bALAOWwCwAwsQsANbELAIOxCwCTsQsA1rELAN6xCwApsgsAMrILAHyyCwA2sgsAFLULAImyCwDPsgsA1rILACKzCwAuswsAdbMLAIWzCwDIswsA1rMLABu0CwAotAsAbrQLAHq0CwDBtAsAyLQLACa6DwAdtQsAZ7ULAHi1CwC6tQsAy7ULAHm6DwAStgsAYLYLAG22CwCztgsAv7YLAAa3CwAQtwsAWbcLAG23CwCstwsArbcLAP+3CwALuAsAUrgLAHG4CwCluAsArbgLAPi4CwD9uAsAS7kLAGS5CwCeuQsAx7kLAPG5CwD9uQsARLoLAFO6CwCXugsAoboLAOq6CwDyugsAPbsLAEi7CwCQuwsAkrsLAOO7CwDmuwsANrwLAD68CwCJvAsAlrwLANy8CwDhvAsAL70LADe9CwCCvQsAhL0LANW9CwDfvQsAKL4LADK+CwB7vgsAgb4LAM6+CwDcvgsAIb8LADq/CwB0vwsAfb8LAMe/CwDRvwsAGsALACbACwDMug8AecALAMDACwDKwAsAE8ELAB7BCwBmwQsAa8ELALnBCwDAwQsADMILABTCCwBfwgsAicILAB+7DwC5wgsABcMLAA3DCwBYwwsAgsMLAKvDCwCwwwsA/sMLAP/DCwBRxAsAW8QLAKTECwCyxAsA98QLAPzECwBKxQsAV8ULAJ3FCwC5xQsA8MULAAzGCwByuw8AUMYLAJbGCwCaxgsA6cYLAO/GCwA8xwsAPscLAI/HCwCQxwsA4scLAAXICwA1yAsAWcgLAIjICwCyyAsA28gLAOPICwAuyQsAM8kLAIHJCwCOyQsA1MkLANzJCwAnygsAKcoLAHrKCwCCygsAzcoLAPfKCwAgywsALcsLAHPLCwB4ywsAxssLANPLCwAZzAsAJcwLAGzMCwCWzAsAv8wLAMfMCwASzQsALc0LAGXNCwBnzQsAuM0LAMnNCwALzgsAFM4LAF7OCwBqzgsAxbsPAL7OCwAEzwsAH88LAFfPCwBczwsAqs8LAMrPCwD9zwsACdALAFDQCwBY0AsAGLwPALHQCwD20AsAANELAEnRCwBU0QsAnNELAKTRCwC+vA8A+NELAELSCwBM0gsAldILAKDSCwDo0gsA/NILADvTCwBQ0wsAjtMLAJbTCwDh0wsA+NMLADTUCwA51AsAh9QLAJHUCwDa1AsA4tQLABG9DwAv1QsAgNULAJHVCwDT1QsA1tULACbWCwAy1gsAZL0PAIfWCwDM1gsA3dYLALe9DwAi1wsActcLAHXXCwDF1wsA0dcLABjYCwAe2AsAa9gLAHXYCwAKvg8Ay9gLABHZCwAo2QsAZNkLAGzZCwBdvg8Av9kLALC+DwAS2gsAXdoLAGLaCwCw2gsAudoLAAPbCwAN2wsAVtsLAF7bCwCp2wsArdsLAPzbCwD+2wsAT9wLAF3cCwCi3AsArNwLAPXcCwAD3QsASN0LAFXdCwCb3QsAst0LAO7dCwD23QsAQd4LAFHeCwCU3gsAmd4LAOfeCwDt3gsAOt8LAELfCwCN3wsAkt8LAODfCwDh3wsAM+ALAD/gCwCG4AsAjOALANngCwDb4AsALOELADbhCwB/4QsAjeELANLhCwDX4QsAJeILADLiCwADvw8Aj+ILAMviCwDR4gsAHuMLACrjCwBx4wsAiOMLAMTjCwDG4wsAF+QLACHkCwBq5AsAduQLAL3kCwDJ5AsAEOULABblCwBj5QsAaeULALblCwC75QsACeYLAA/mCwBWvw8AX+YLAIKvDQBn5gsAr+YLALDmCwAC5wsADOcLAFXnCwCF5wsAqb8PAKvnCwD75wsABegLAPy/DwBX6AsAoegLALfoCwD06AsACukLAEfpCwBJ6QsAmukLAKDpCwDt6QsAAeoLAKLADwBI6gsAk+oLAFzqCwBWEhAAmeoLAJvWDACj6gsA5uoLAKzqCwBHNQ0A6OoLADnrCwBH6wsAjOsLAJ3rCwD1wA8A5usLAEjBDwA77AsAgrYMAD7sCwCF7AsAiOwLANjsCwDh7AsAK+0LADztCwB+7QsAiO0LANHtCwDZ7QsAJO4LAO3tCwAGAw0AJ+4LAHfuCwCA7gsAyu4LAODuCwAd7wsAM+8LAHDvCwBy7wsAw+8LAMnvCwAW8AsAKvALAJvBDwCU8AsAvPALAOfwCwDuwQ8AFfELALSjDAAb8QsArvILABzxCwBTpQwAHvELAFqkDAAf8QsAYvELAGTxCwC18QsAw/ELAAjyCwAZ8gsAQcIPAGPyCwCUwg8AtPILAAHzCwAH8wsAVPMLAFnzCwCn8wsArfMLAOfCDwAG9AsATfQLAFX0CwCNww8ArPQLAPP0CwD99AsARvULAE/1CwCZ9QsAmvULAOz1CwD09QsAP/YLAET2CwCS9gsAovYLADPEDwDx9gsAOPcLADr3CwCL9wsAkfcLAN73CwDl9wsAMfgLADb4CwCE+AsAiPgLANf4CwDk+AsAKvkLADL5CwB9+QsAgvkLAND5CwDg+QsAhsQPADT6CwB2+gsAgvoLAMn6CwDY+gsAHPsLACb7CwBv+wsAffsLAML7CwDP+wsAFfwLACz8CwDZxA8Aa/wLAH/FDwC+/AsADv0LAML8CwDK0g8AFv0LAGH9CwCM/QsAtP0LAN/9CwAH/gsAMv4LANLFDwBj/gsArf4LAK7+CwAA/wsAD/8LAFP/CwAW/wsA8gAMAGT/CwCm/wsAqP8LAPn/CwD8/wsATAAMAE8ADACfAAwApwAMAMvGDwD3AAwARQEMAEwBDACYAQwAoQEMAOsBDAD8AQwAPgIMAEoCDACRAgwAmQIMAB7HDwDqAgwANwMMAD4DDACKAwwAjwMMAN0DDADhAwwAMAQMAD0EDACDBAwAkgQMANYEDADnBAwAKQUMACsFDAB8BQwAfwUMAM8FDADSBQwAIgYMACoGDABxxw8AegYMACYpDACABgwAJ7wNAIEGDADIBgwAywYMABsHDAAlBwwAxMcPAHcHDADBBwwA0AcMABQIDAAjCAwAZwgMAHMIDAC6CAwAvQgMAA0JDAAQCQwAF8gPAGMJDACzCQwA3gkMAGrIDwAOCgwAvcgPAGEKDAAQyQ8AtAoMAGPJDwAECwwAUgsMAF8LDAClCwwAqAsMAPgLDAD9CwwASwwMAFwMDACeDAwAqgwMALbJDwD2DAwARA0MAFUNDACXDQwAow0MAOoNDAAEDgwAPQ4MAEEODAAvEAwARA4MAHQSDABHDgwAwBMMAEkODAAoEQwASw4MADYPDABODgwAkA4MAJUODADjDgwA+g4MAAnKDwBDDwwAiQ8MAJkPDADcDwwA4Q8MAFzKDwAxEAwAghAMAIgQDADVEAwA4hAMAK/KDwAuEQwAexEMAIERDADOEQwA0xEMACESDAAnEgwAAssPAIASDADHEgwA4BIMABoTDAAjEwwAbRMMAIQTDABVyw8AxhMMABMUDAAVFAwAZhQMAHUUDAC5FAwAxRQMAKjLDwAVFQwAXxUMAG0VDACyFQwAvBUMAAUWDAARFgwAWBYMAFsWDACrFgwAxxYMAP4WDAAGFwwA+8sPAF0XDACkFwwApxcMAPcXDAABGAwA9MwPAFMYDACdGAwAqxgMAPAYDAD6GAwAQxkMAE8ZDACWGQwAnhkMAJrNDwDrGQwAPBoMAEoaDACPGgwAoBoMAO3NDwDpGgwAQM4PADobDACIGwwAkBsMANsbDADhGwwALhwMADccDACBHAwAjhwMAObODwDZHAwAJx0MAOAcDADGHgwAMB0MAHodDACEHQwAzR0MANUdDAAgHgwAYB4MAHMeDAB7HgwAOc8PAMweDAAZHwwAHx8MAGwfDAB0HwwAvx8MAP8fDAASIAwAGiAMAIzPDwBtIAwA388PAMEgDAALIQwAGSEMAF4hDABoIQwAsSEMAL0hDAAEIgwAByIMAFciDABfIgwAhdAPALYiDAD9IgwAACMMAFAjDABaIwwA2NAPAKsjDAAr0Q8ABCQMAEkkDABaJAwAnCQMAKgkDADvJAwA8iQMAH7RDwCEJQwAlSUMANclDADR0Q8A+CUMADsmDAA9JgwAjiYMAJwmDADhJgwA8iYMACTSDwBQJwwAhycMAI8nDAB30g8A6CcMAC0oDAAuKAwAHdMPAIwoDADTKAwA2igMAHDTDwAtKQwAeSkMAH4pDADD0w8A1CkMABbUDwAnKgwAcioMAGIqDAB1Sw4AcyoMABh+DAB1KgwACoAMAHsqDADFKgwAfCoMAMx8DACCKgwAEX8MANIqDAAYKwwAIysMAGsrDABtKwwAvisMAMsrDAARLAwAGCwMAGQsDAB1LAwAtywMAMMsDAAKLQwAES0MAF0tDABlLQwAadQPALYtDAADLgwACS4MAFYuDABbLgwAqS4MAK8uDAC81A8ACC8MAE8vDABZLwwAoi8MAKYvDAD1LwwAATAMAEgwDABUMAwAmzAMAKgwDADuMAwA9jAMAEExDABLMQwAlDEMAKAxDADnMQwA6jEMADoyDABEMgwAYtUPAI8yDADgMgwA4zIMADMzDAA2MwwACNYPAI4zDABb1g8A5zMMACw0DAAtNAwArtYPAIc0DAAB1w8A1zQMACU1DAAsNQwAeDUMAH01DABU1w8A0zUMAKfXDwAmNgwAcTYMAHs2DADENgwAzzYMABc3DAAlNwwAajcMAG03DAC9NwwAxTcMABA4DAAaOAwAYzgMAG84DAC2OAwAuTgMAAk5DAATOQwA+tcPAGo5DACvOQwAxTkMAAI6DAAOOgwAVToMAFw6DACoOgwAsDoMAPs6DAAAOwwATjsMAFc7DAChOwwAqzsMAPQ7DAD8OwwARzwMAEk8DACaPAwAqjwMAO08DAD3PAwAQD0MAEw9DACTPQwAmT0MAOY9DADuPQwAoNgPAEc+DACMPgwAjT4MAPPYDwDkPgwARtkPADQ/DACFPwwAhj8MANg/DADbPwwAK0AMADZADAB+QAwAg0AMANFADADbQAwAmdkPAEhBDAB3QQwAf0EMAOzZDwDMQQwAHUIMAC5CDABwQgwAgUIMAMNCDADGQgwAP9oPABxDDABpQwwAbkMMALxDDAC/QwwAD0QMABJEDABiRAwAakQMAJLaDwDDRAwACEUMAAtFDABbRQwAZkUMAK5FDAC6RQwAAUYMAAhGDABURgwAXEYMAKdGDAC1RgwA+kYMAAdHDABNRwwAVUcMAOXaDwCsRwwA80cMAPZHDABGSAwAUEgMAJlIDAChSAwAONsPAPhIDAA/SQwARUkMAJJJDACcSQwA5UkMAPlJDAA4SgwAQEoMAIvbDwCYSgwA3koMAOZKDAAxSwwANEsMAIRLDACQSwwA10sMAOFLDAAqTAwAM0wMAH1MDAB+TAwA0EwMAOhMDAAjTQwAJU0MAHZNDACHTQwAyU0MANpNDAAcTgwAJE4MAG9ODAB+TgwAwk4MAMRODAAVTwwAJk8MAGhPDAB5TwwAu08MANRPDAAOUAwAEFAMAGFQDABwUAwAtFAMANRQDAAx3A8ATFEMAFpRDACfUQwAhNwPAK9RDAAAUgwAIFIMAFNSDABnUgwA19wPAK5SDAD5UgwABlMMAExTDABRUwwAn1MMAKlTDADyUwwA+lMMAEVUDABLVAwAmFQMAKFUDADrVAwA+FQMACrdDwBKVQwAkVUMAJdVDADkVQwA6lUMADdWDABAVgwAilYMAItWDADdVgwA51YMADBXDAA8VwwAg1cMAIpXDAB93Q8A3lcMANDdDwAxWAwAI94PAIRYDAB23g8A21gMACJZDAAyWQwAdVkMAHpZDADIWQwAzlkMABtaDAAnWgwAbloMAHZaDADJ3g8A0loMABRbDAAlWwwAZ1sMAHlbDAC6WwwAwlsMAA1cDAAYXAwAYFwMAGVcDACzXAwAuFwMAAZdDAAmXQwAHN8PAGldDACsXQwAtl0MAP9dDAALXgwAUl4MAFheDAClXgwArV4MAPheDAD6XgwAS18MAARfDADOZAwAXF8MAJ5fDACvXwwA8V8MAANgDABEYAwATGAMAJdgDACiYAwA6mAMAO9gDAA9YQwAQmEMAJBhDACwYQwAb98PAOVhDAA2YgwARWIMAIliDACUYgwA3GIMAO5iDAAvYwwAN2MMAIJjDACNYwwA1WMMANpjDAAoZAwALWQMAHtkDACbZAwAwt8PANBkDAAhZQwAMGUMAHRlDAB/ZQwAx2UMANllDAAaZgwAImYMAG1mDAB4ZgwAwGYMAMVmDAATZwwAGGcMAGZnDACGZwwAFeAPAMZnDAAMaAwAI2gMAGjgDwBsaAwAsmgMAMloDAC74A8AEmkMAFhpDABfaQwAq2kMALlpDAD+aQwAC2oMAFFqDABoagwADuEPAKxqDABh4Q8A+WoMAEprDABYawwAnWsMAK5rDAC04Q8A/WsMAENsDABabAwAB+IPAKBsDADpbAwA9WwMADxtDAA/bQwAj20MAJltDABa4g8A/m0MAK3iDwA9bgwAAOMPAJBuDADbbgwA3G4MAGxyDADebgwAenAMAOJuDAA7eQwA5W4MAC5vDADqbgwAXnQMAOtuDABlcwwAM28MAJV4DAA6bwwAgW8MAIRvDADUbwwA3m8MAFPjDwAvcAwApuMPAINwDADNcAwAmnAMAEl3DADbcAwAIHEMACpxDABzcQwAf3EMAMZxDADJcQwAGXIMACFyDAD54w8AbnIMAL9yDADCcgwAEnMMABVzDABM5A8AZ3MMALhzDADGcwwAC3QMABx0DADy5A8AYHQMALF0DAC+dAwABHUMABN1DABXdQwAY3UMAKp1DAC7dQwA/XUMAA52DABQdgwAXHYMAKN2DACqdgwA9nYMAP52DACY5Q8AV3cMAJx3DACddwwA6+UPAPt3DABCeAwASXgMAD7mDwCceAwA6HgMAO14DADk5g8ARHkMAI55DACUeQwA4XkMAON5DAA0egwAPnoMAId6DACVegwA2noMAN96DAAtewwAOnsMAIB7DACYewwA03sMAOl7DAAmfAwAKXwMAHl8DACBfAwAiucPANh8DAAffQwAIn0MAHJ9DAB8fQwA3ecPAM19DAAw6A8AGn4MAGt+DABufgwAvn4MAMF+DACD6A8AE38MAGR/DAByfwwAt38MAMh/DAAp6Q8AE4AMAF2ADABrgAwAsIAMAHaADACxEw4AuoAMAAOBDAAPgQwAVoEMAFmBDACpgQwAsYEMAM/pDwAWggwAIuoPAGmCDACiggwAvIIMAHXqDwD6ggwALIcMAAODDADShwwABYMMAEiDDABKgwwAm4MMAKmDDADugwwA/4MMAMjqDwBIhAwAG+sPAJqEDADnhAwA7YQMADqFDAA/hQwAjYUMAJOFDABu6w8A5oUMADOGDAA4hgwAhoYMAJyGDADZhgwA4YYMABTsDwBMhwwAf4cMAIeHDABn7A8A6YcMACWIDAAyiAwAeIgMAH2IDADLiAwA0YgMAB6JDAAqiQwAcYkMAHiJDADEiQwAzIkMABeKDAA6igwADe0PAHOKDAC9igwAyooMABCLDAAfiwwAY4sMAGWLDAC2iwwAv4sMAAmMDAAgjAwAXIwMAGeMDACvjAwAuYwMAAKNDAAKjQwAYO0PAFuNDACojQwAro0MAPuNDAAAjgwATo4MAFSODACz7Q8Aw44MAPSODAD8jgwAWe4PAFCPDACajwwAm48MAO2PDAD1jwwAQJAMAEuQDACTkAwAmJAMAOaQDADrkAwAOZEMAFmRDACs7g8AkpEMAN+RDADmkQwAMpIMADeSDACFkgwAiZIMANiSDADlkgwAK5MMADOTDAB+kwwAiZMMANGTDADWkwwAJJQMACmUDAB3lAwAl5QMAP/uDwDZlAwAHZUMACiVDABwlQwAeJUMAMOVDADGlQwAFpYMAM2VDAABmQwAIpYMAGmWDABzlgwAvJYMAMWWDAAPlwwAEJcMAGKXDABqlwwAtZcMAMCXDAAImAwADZgMAFuYDABgmAwArpgMAM6YDABS7w8ADZkMAFSZDABWmQwAp5kMAK2ZDAD6mQwAAZoMAE2aDABSmgwAoJoMAKSaDADzmgwAAJsMAEabDABOmwwAmZsMAKSbDADsmwwA8ZsMAD+cDABEnAwAkpwMALKcDACl7w8A7ZwMAPjvDwBCnQwAi50MAJSdDADenQwA5J0MADGeDAA9ngwAhJ4MAKKeDADXngwA2J4MACqfDAAsnwwAfZ8MAIqfDADQnwwA3p8MACOgDAAyoAwAdqAMAJKgDADJoAwA0aAMAJ7wDwAvoQwAb6EMAHChDADCoQwAzqEMABWiDAAkogwAaKIMAHKiDAC7ogwAx6IMAA6jDAAVowwA8fAPAGmjDABE8Q8AvaMMAAekDAAUpAwAl/EPAF+kDACtpAwAuqQMAAClDAAKpQwA6vEPAFWlDACmpQwAvKUMAPmlDAAFpgwAPfIPAFSmDABzvQ0AaqYMAJ+mDAC9pgwA8qYMAPqmDABFpwwAFKcMAMPhDQBGpwwA5KgMAEinDAAwqgwAUacMABbiDQBVpwwAmKcMAJqnDADrpwwA+acMAD6oDABPqAwAkPIPAJmoDADj8g8A5qgMADepDAA6qQwAiqkMAI2pDAA28w8A5akMAInzDwA6qgwAyP8MAFCqDACDqgwAkaoMANaqDADXqgwA3PMPADGrDAAv9A8An6sMAIL0DwDcqwwAIqwMADCsDAB1rAwAf6wMAMisDADQrAwAG60MABytDAD4sQwANq0MALOvDABErQwAbq0MAHetDADBrQwAwq0MABSuDAAirgwAZ64MAHGuDAC6rgwAxq4MAA2vDAATrwwAYK8MAHyvDADV9A8Awa8MAAawDAATsAwAWbAMAGOwDACssAwArrAMAP+wDAAWsQwAUrEMAF6xDAClsQwAwbEMACj1DwAJsgwAS7IMAE2yDACesgwAqLIMAPGyDAABswwARLMMAEmzDACXswwAnbMMAOqzDAAAtAwAPbQMAEW0DACQtAwAk7QMAOO0DADstAwANrUMAES1DACJtQwAk7UMANy1DADotQwAL7YMAEu2DAB79Q8Aj7YMANW2DADdtgwAKLcMACu3DABmDQ0AOLcMAHu3DAB9twwAbQwNAIm3DADOtwwA27cMACG4DAAvuAwAdLgMAHe4DADHuAwA0rgMABq5DAAmuQwAbbkMAHS5DADAuQwAyLkMABO6DAAVugwAZroMAHa6DAC5ugwAw7oMAAy7DAAYuwwAX7sMAGW7DACyuwwAursMAM71DwAHvAwAWLwMAGa8DACrvAwAuLwMAP68DAAKvQwAUb0MAFe9DACkvQwAp70MAPe9DAD/vQwASr4MAEy+DAAnwwwATb4MAOm/DABavgwAnb4MAJ++DACxxwwAor4MAPC+DAD5vgwAQ78MAFC/DACWvwwAnb8MACH2DwDyvwwAGcUMAPO/DACIwQwACcAMADzADABKwAwAj8AMAJDADAB09g8A7sAMADXBDAA8wQwAx/YPAIrBDADbwQwA4cEMAC7CDAA4wgwAgcIMAI3CDADUwgwA28IMABr3DwBAwwwAesMMAH/DDADNwwwA08MMACDEDAAqxAwAc8QMAH/EDADGxAwAzcQMAG33DwAoxQwAbMUMAHvFDAC/xQwAy8UMABLGDAAVxgwAZcYMAGjGDAC4xgwAyMYMAAvHDAAUxwwAXscMAG/HDADA9w8Av8cMAATIDAAVyAwAE/gPAF7IDABm+A8AssgMAP3IDAD/yAwA2s0MAADJDACcygwADckMAFDJDABSyQwAZNIMAFXJDACjyQwArMkMAPbJDAADygwAScoMAFDKDAC5+A8ApcoMAMzPDACmygwAO8wMALzKDADvygwA/coMAELLDABDywwADPkPAKHLDADoywwA78sMAF/5DwA9zAwAjswMAJTMDADhzAwA68wMADTNDABAzQwAh80MAI7NDACy+Q8A880MAC3ODAAyzgwAgM4MAIbODADTzgwA3c4MACbPDAAyzwwAec8MAIDPDAAF+g8A288MAB/QDAAu0AwActAMAH7QDADF0AwAyNAMABjRDAAb0QwAa9EMAHvRDAC+0QwAx9EMABHSDAAi0gwAWPoPAHLSDAC30gwAyNIMAKv6DwAR0wwA/voPAGXTDACw0wwA59MMAAPUDAAL1AwAVtQMAGbUDACp1AwAq9QMAPzUDAAK1QwAT9UMAGDVDABR+w8AqNUMAPXVDAAB1gwApPsPAHTWDABK/A8ApNYMAO7WDAD71gwAQdcMAF3XDACU1wwAnNcMAJ38DwD41wwAOtgMADzYDACN2AwAjtgMAODYDADj2AwAM9kMAD/ZDACG2QwAjdkMANnZDAD12QwALNoMADTaDABD/Q8AjNoMANLaDADi2gwAJdsMACrbDAB42wwAqNsMAJb9DwDR2wwA6f0PACbcDABx3AwActwMAIXlDAB33AwAemIOAHvcDADE3AwAfdwMAPvgDACB3AwAXN8MAI/cDADD6AwAydwMAAVbDgDP3AwAKFYOANDcDAAX3QwAGt0MAGrdDAB03QwAPP4PAMXdDAAQ3gwAFt4MAGPeDABs3gwAtt4MAMPeDAAJ3wwAJd8MAI/+DwBe3wwAr98MAGHfDAALZg4Avd8MAALgDAAT4AwA4v4PAFvgDACo4AwAtOAMADX/DwAB4QwATuEMAFThDACh4QwApuEMAPThDAD64QwALgAQAE7iDAAnARAAn+IMAO3iDAD14gwAQOMMAEzjDACT4wwApuMMAObjDADy4wwAOeQMAEjkDACM5AwAleQMAN/kDADp5AwAMuUMAD7lDADNARAAluUMANjlDADk5QwAK+YMAC3mDAB+5gwAgeYMANHmDADd5gwAJOcMACznDAAgAhAAg+cMAMrnDADa5wwAHegMACnoDABw6AwAdugMAHMCEADl6AwAFukMAB7pDABp6QwAkekMALzpDADH6QwAD+oMABvqDABi6gwAc+oMALXqDAC26gwAxgIQAA7rDABb6wwAaOsMABkDEAC76wwAAewMABjsDABU7AwAhOwMAKfsDACv7AwA+uwMAATtDABN7QwAWe0MAKDtDACj7QwA8+0MAP3tDABsAxAATu4MAJnuDACf7gwA7O4MAPXuDAA/7wwATO8MAJLvDACu7wwAvwMQAOfvDAA48AwA7O8MADD9DABF8AwAi/AMAJLwDADe8AwA4PAMADHxDAA38QwAhPEMAIvxDADX8QwA7/EMACryDAAv8gwAffIMADbyDAAj8wwAhvIMANDyDADa8gwAEgQQACnzDAB28wwAfPMMAMnzDADO8wwAHPQMACL0DABlBBAAcPQMAML0DADT9AwAFfUMACH1DABo9QwAcvUMALv1DADH9QwADvYMABX2DAC4BBAAY/YMALT2DABs9gwAt3EOALf2DAAH9wwAJ/cMAFr3DABi9wwACwUQAL73DAAA+AwAB/gMAFP4DABb+AwApvgMAKn4DABF+gwAtvgMAPn4DAD7+AwATPkMAFr5DACf+QwAsPkMAF4FEAD5+QwAsQUQAE76DACY+gwAp/oMAOv6DAD6+gwAPvsMAEr7DACR+wwAlPsMAOT7DADn+wwAN/wMAEf8DACK/AwAk/wMAN38DADu/AwABAYQADX9DACD/QwAjP0MANb9DADg/QwAKf4MADH+DAB8/gwAmv4MAM/+DADt/gwAIv8MAED/DAB1/wwAk/8MAFcGEADP/wwAGwANACAADQBuAA0AJwANAGcBDQB3AA0AwQANAMsADQAUAQ0AMAENAKoGEABtAQ0AugENAMABDQANAg0AKQINAP0GEACIAg0AowcQANsCDQD2BxAADgMNAO8IEABvAw0ArAMNAK4DDQD/Aw0ABQQNAFIEDQBmBA0ApQQNAK0EDQD4BA0AIAUNAEIJEABUBQ0AngUNAKsFDQDxBQ0A/wUNAEQGDQBOBg0AlwYNALEGDQDqBg0A9wYNAD0HDQBJBw0AkAcNAJoHDQDjBw0A6wcNAJUJEAA9CA0AiQgNAJEIDQDoCRAAtQgNAOEKEADoCA0ALwkNADYJDQCCCQ0AigkNADsKEADXCQ0AKAoNADkKDQB7Cg0AgwoNAM4KDQDYCg0AIQsNAC0LDQB0Cw0AdwsNAMcLDQDRCw0ANAsQADYMDQCHCxAAewwNAMAMDQDRDA0A2gsQABoNDQAtDBAAbw0NALkNDQDIDQ0ADA4NABsODQBfDg0Aaw4NALIODQC1Dg0ABQ8NAAgPDQBYDw0AaA8NAKsPDQC0Dw0A/g8NAA8QDQCADBAAXRANAKQQDQCsEA0A0wwQAPkQDQBKEQ0AAxENAPARDQBNEQ0AnRENAKURDQAmDRAA9hENAEMSDQBPEg0AlhINAJ4SDQB5DRAA9RINADwTDQA/Ew0AjxMNAJkTDQDMDRAA5xMNADUUDQBLFA0AiBQNAIkUDQDbFA0A7BQNAC4VDQA6FQ0AgRUNAIsVDQDUFQ0A4BUNAB8OEAAzFg0AehYNAH0WDQDNFg0A1xYNAMUOEAAjFw0AcxcNAHYXDQDGFw0A0hcNABkYDQAfGA0AbBgNAHYYDQAYDxAAxBgNABIZDQAfGQ0AZRkNAGgZDQC4GQ0A1BkNAAsaDQATGg0Aaw8QAGYaDQC+DxAAuRoNABEQEAAHGw0AVxsNABsbDQCa2w0AdxsNAKobDQC+Gw0AZBAQAAocDQC3EBAAURwNAKMcDQCpHA0A9hwNAAIdDQBJHQ0AWB0NAJwdDQCeHQ0A7x0NAPkdDQBCHg0ATh4NAJUeDQCcHg0AChEQAPQeDQBdERAAQx8NALAREADTHw0A4R8NACYgDQA0IA0AeSANAIcgDQDMIA0A2iANAB8hDQAtIQ0AciENAIAhDQDFIQ0AAxIQANUhDQAmIg0ANCINAHkiDQCKIg0AqRIQANIiDQAfIw0AKyMNAPwSEAB4Iw0AxSMNAMsjDQAYJA0AHSQNAGskDQBxJA0AohMQAMEkDQARJQ0AHSUNAGQlDQBqJQ0AtyUNAMElDQBIFBAADyYNAF0mDQBqJg0AsCYNALMmDQADJw0AGCcNAFYnDQBeJw0AmxQQALEnDQD8Jw0ACCgNAE8oDQBVKA0AoigNAKgoDQD1KA0A+igNAEgpDQBOKQ0AjRYQAKopDQDuKQ0A/SkNAEEqDQBKKg0AlCoNAJoqDQDnKg0A7SoNADorDQBGKw0AjSsNAJQrDQDgKw0A6CsNADMXEAA9LA0AhiwNAJEsDQDZLA0A5SwNACwtDQAyLQ0Afy0NAIctDQDSLQ0A3i0NACUuDQArLg0AeC4NAH4uDQDLLg0A0C4NAB4vDQAkLw0AhhcQAHgvDQDELw0A0i8NABcwDQAkMA0AajANAIEwDQC9MA0A2TANABAxDQAYMQ0A2RcQAHYxDQC2MQ0AuDENAAkyDQAfMg0AXDINAF0yDQCvMg0AwDINAAIzDQAOMw0ALBgQAHEzDQB/GBAAqjMNAPszDQARNA0ATjQNAE80DQChNA0AsjQNAPQ0DQAANQ0A0hgQAEw1DQCaNQ0AoDUNAO01DQANNg0AQDYNAEw2DQCTNg0AmjYNACUZEADyNg0A2DgNAPY2DQA5Nw0AOzcNAIw3DQCaNw0A3zcNAPA3DQB4GRAAODgNAIU4DQCROA0AyxkQAN44DQArOQ0AMTkNAH45DQCDOQ0A0TkNANc5DQDEGhAAODoNAHc6DQB4Og0AyjoNANY6DQAdOw0AOTsNAHA7DQB4Ow0AEBwQAM87DQAWPA0AMjwNAGk8DQBxPA0AthwQAMg8DQAPPQ0AFT0NAGI9DQBoPQ0AtT0NAM09DQAIPg0AEj4NAFs+DQBnPg0Arj4NALE+DQABPw0ACz8NAFQ/DQBsPw0Apz8NALc/DQD6Pw0A/D8NAE1ADQBbQA0AoEANALFADQAJHRAA+UANAEZBDQBSQQ0AXB0QAKFBDQACHhAA+EENAD9CDQBCQg0AkkINAJxCDQBVHhAA50INADhDDQBGQw0Ai0MNAJxDDQD7HhAA5UMNAE4fEAA5RA0AoR8QAIxEDQCaIBAA2UQNACpFDQA3RQ0AfUUNAIxFDQDQRQ0A1kUNACNGDQAvRg0AdkYNAHhGDQDJRg0A00YNABxHDQAqRw0Ab0cNAHRHDQDCRw0Az0cNABVIDQAhSA0AaEgNAHtIDQC7SA0AykgNAA5JDQAaSQ0AYUkNAGJJDQC0SQ0AvkkNAAdKDQAVSg0AWkoNAF9KDQCtSg0AukoNAO0gEAAKSw0AU0sNAGFLDQCmSw0AqUsNAPlLDQAJTA0ATEwNAFpMDQCfTA0Aq0wNAPJMDQD5TA0ARU0NAExNDQCYTQ0ApE0NAOtNDQDsTQ0APk4NAEpODQCRTg0Ank4NAORODQDrTg0AN08NAENPDQCKTw0Al08NAN1PDQDsTw0AMFANAERQDQCDUA0Aj1ANANZQDQDpUA0AKVENADhRDQB8UQ0AiFENAM9RDQDQUQ0AIlINACxSDQB1Ug0Ag1INAMhSDQDNUg0AG1MNAChTDQBAIRAAb1MNAMFTDQDSUw0AFFQNACJUDQBnVA0AdlQNALpUDQC8VA0ADVUNABdVDQBgVQ0AblUNALNVDQC4VQ0ABlYNABNWDQBZVg0AaFYNAKxWDQCxVg0A/1YNAAxXDQBSVw0AXFcNAKVXDQCxVw0A+FcNAAtYDQBLWA0AVVgNAJ5YDQCqWA0A8VgNAARZDQBEWQ0AU1kNAJdZDQCjWQ0A6lkNAOtZDQA9Wg0AR1oNAJBaDQCeWg0A41oNAOhaDQA2Ww0AQ1sNAJMhEACOWw0A3FsNAOlbDQAvXA0AOVwNAIJcDQCIXA0A1VwNANdcDQAoXQ0ANV0NAHtdDQB+XQ0Azl0NANxdDQAhXg0ALV4NAHReDQCBXg0Ax14NANFeDQAaXw0AKV8NAG1fDQByXw0AwF8NAM1fDQATYA0AIGANAGZgDQByYA0AuWANAMhgDQAMYQ0AFmENAF9hDQBtYQ0AsmENALdhDQAFYg0AEmINAFhiDQBkYg0Aq2INAL5iDQD+Yg0ADWMNAFFjDQBdYw0ApGMNAKVjDQD3Yw0AAWQNAEpkDQBYZA0AnWQNAKJkDQDwZA0A/WQNAOYhEABWZQ0AlmUNAKVlDQDpZQ0A9WUNADxmDQA9Zg0Aj2YNAJlmDQDiZg0A8GYNADVnDQA6Zw0AiGcNAJVnDQA5IhAA7mcNAC5oDQA9aA0AgWgNAI1oDQDUaA0A1WgNACdpDQAxaQ0AemkNAIhpDQDNaQ0A0mkNACBqDQAtag0AjCIQAHVqDQDGag0A1GoNABlrDQAmaw0AbGsNAHhrDQC/aw0AxWsNABJsDQAjbA0AZWwNAGdsDQC4bA0AwWwNAAttDQAYbQ0AXm0NAG1tDQCxbQ0AvG0NAARuDQAQbg0AV24NAGpuDQCqbg0AuW4NAP1uDQAJbw0AUG8NAFFvDQCjbw0ArW8NAPZvDQAEcA0ASXANAE5wDQCccA0AqXANAN8iEAD8cA0AQnENAFBxDQCVcQ0An3ENAOhxDQD2cQ0AO3INAD1yDQCOcg0An3INAOFyDQDvcg0ANHMNAGNzDQCHcw0AiXMNANpzDQDkcw0ALXQNADt0DQCAdA0AhXQNANN0DQDgdA0AJnUNADJ1DQB5dQ0AjHUNAMx1DQDbdQ0AH3YNACt2DQBydg0Ac3YNAMV2DQDPdg0AGHcNACZ3DQBrdw0AcHcNAL53DQDLdw0AMiMQABN4DQBkeA0AZngNALd4DQDGeA0ACnkNABl5DQBdeQ0AaXkNALB5DQCzeQ0AA3oNAAZ6DQBWeg0AXHoNAKl6DQC1eg0A/HoNAP96DQBPew0AVHsNAKJ7DQCrew0A9XsNAPt7DQBIfA0AV3wNAJt8DQCnfA0A7nwNAP58DQBBfQ0AQ30NAJR9DQCifQ0A530NAPh9DQCFIxAAQH4NAI1+DQCZfg0A2CMQAPN+DQAzfw0AQn8NAIZ/DQCSfw0A2X8NANp/DQAsgA0ANoANAH+ADQCNgA0A0oANANeADQAlgQ0AMoENACskEACEgQ0Ay4ENANWBDQAegg0AR4INAHGCDQB4gg0AxIINAN2CDQAXgw0AJoMNAGqDDQB5gw0AvYMNAMKDDQAQhA0AHYQNAGOEDQBwhA0AtoQNAMKEDQAJhQ0AGIUNAFyFDQBmhQ0Ar4UNAL2FDQAChg0AB4YNAFWGDQBihg0AqIYNALSGDQD7hg0ADocNAE6HDQBdhw0AoYcNAK2HDQD0hw0A9YcNAEeIDQBRiA0AmogNAKiIDQDtiA0A8ogNAECJDQBNiQ0AfiQQAKSJDQDmiQ0A94kNADmKDQBFig0AjIoNAKOKDQDfig0A4YoNADKLDQBDiw0AhYsNAIiLDQDYiw0A4osNACuMDQAtjA0AfowNAIiMDQDRjA0A3YwNACSNDQAwjQ0Ad40NAIqNDQDKjQ0A2Y0NAB2ODQApjg0AcI4NAHGODQDDjg0AzY4NABaPDQAkjw0AaY8NAG6PDQC8jw0AyY8NANEkEAARkA0AYpANAGyQDQC1kA0AvZANACQlEAAbkQ0AW5ENAGeRDQCukQ0AvZENAAGSDQAKkg0AVJINAF6SDQCnkg0AtZINAPqSDQD/kg0ATZMNAFqTDQCgkw0ArJMNAPOTDQAGlA0ARpQNAFWUDQCZlA0ApZQNAOyUDQDtlA0AP5UNAEmVDQCSlQ0AoJUNAOWVDQDqlQ0AOJYNAEWWDQB3JRAAjZYNAN6WDQDolg0AMZcNADmXDQDKJRAAiZcNANeXDQDtlw0AKpgNACuYDQB9mA0AjpgNANCYDQDcmA0AI5kNAC2ZDQB2mQ0AhJkNAMmZDQDOmQ0AHJoNACmaDQBvmg0Ae5oNAMKaDQDVmg0AFZsNACSbDQBomw0AdJsNALubDQC8mw0ADpwNABicDQBhnA0Ab5wNALScDQC5nA0AB50NABSdDQAdJhAAXJ0NAK2dDQC3nQ0AAJ4NAAieDQBwJhAAaZ4NAKaeDQCyng0A+Z4NAP6eDQBMnw0AVZ8NAJ+fDQCpnw0A8p8NAP6fDQBFoA0AWKANAJigDQCnoA0A66ANAPegDQA+oQ0AP6ENAJGhDQCboQ0A5KENAPKhDQA3og0APKINAIqiDQCXog0AwyYQAN+iDQAwow0AOqMNAIOjDQCLow0AFicQAOOjDQAppA0AOKQNAHykDQCHpA0Az6QNANukDQAipQ0AMaUNAHWlDQCVpQ0AyKUNANSlDQAbpg0AIqYNAG6mDQB8pg0AwaYNAMamDQAUpw0AIKcNAGenDQB6pw0AuqcNAMmnDQANqA0AGagNAGCoDQBhqA0As6gNAL2oDQAGqQ0AFKkNAFmpDQBeqQ0ArKkNALmpDQBpJxAAAaoNAFKqDQBcqg0ApaoNAK2qDQC8JxAAFasNAEurDQBcqw0AnqsNAKqrDQDxqw0ABKwNAESsDQBTrA0Al6wNAKOsDQDqrA0A66wNAD2tDQBHrQ0AkK0NAJ6tDQDjrQ0A6K0NADauDQBDrg0ADygQAIuuDQDcrg0A5q4NAC+vDQA3rw0AYigQAJ+vDQDVrw0A5q8NACiwDQA0sA0Ae7ANAI6wDQDOsA0A3bANACGxDQAtsQ0AdLENAHWxDQDHsQ0A0bENABqyDQAosg0AbbINAHKyDQDAsg0AzbINALUoEAAVsw0AZrMNAHCzDQC5sw0AwbMNAAgpEAAdtA0AX7QNAHO0DQCytA0AtrQNAAW1DQAHtQ0AWLUNAGy1DQCrtQ0ArrUNAP61DQAbtg0AUbYNAGK2DQCktg0AsLYNAPe2DQAKtw0ASrcNAFm3DQCdtw0AqbcNAPC3DQDxtw0AQ7gNAE24DQCWuA0ApLgNAOm4DQDuuA0APLkNAEm5DQBbKRAAkbkNAOK5DQDsuQ0ANboNAD26DQCuKRAAiroNANu6DQDpug0ALrsNAD+7DQABKhAAiLsNAFQqEADcuw0A8ysQAC28DQB6vA0Af7wNAM28DQDRvA0AIL0NAC29DQBGLBAAdr0NAPbCDQB/vQ0Axr0NANm9DQAZvg0AGr4NAGy+DQB4vg0Av74NAM6+DQASvw0AHL8NAGW/DQBxvw0AuL8NAL+/DQCZLBAAE8ANAF7ADQBgwA0ACswNAGHADQA7xQ0AZMANALHADQBqwA0AgMcNAGvADQBOLQ4AvcANAATBDQATwQ0AV8ENAGPBDQCqwQ0AuMENAP3BDQAYwg0AUMINAFzCDQCjwg0AqsINAOwsEAADww0AScMNAEvDDQCcww0AncMNAO/DDQDyww0AQsQNAE3EDQCVxA0AmsQNAOjEDQDyxA0APy0QAEjFDQCOxQ0AkMUNAOHFDQDixQ0ANMYNADfGDQCHxg0AksYNANrGDQDfxg0ALccNADfHDQCSLRAAk8cNANPHDQDUxw0AJsgNADLIDQB5yA0AiMgNAMzIDQDWyA0AH8kNACvJDQByyQ0AeckNAOUtEADNyQ0AGMoNABrKDQBryg0AesoNAL7KDQDIyg0AEcsNABrLDQBkyw0AZssNALfLDQDIyw0Aiy4QABnMDQBdzA0AZ8wNALDMDQC5zA0AA80NAAXNDQBWzQ0AZ80NAKnNDQCxzQ0A/M0NABrODQBPzg0AV84NAKLODQCuzg0A9c4NAAjPDQBIzw0ASc8NAJvPDQCnzw0A7s8NAP3PDQBB0A0AS9ANAJTQDQCg0A0A59ANAO7QDQDeLhAAS9ENAI3RDQCe0Q0A4NENAOjRDQAz0g0AOtINAIbSDQCU0g0A2dINAOnSDQAs0w0APNMNAH/TDQCb0w0AMS8QAOLTDQAl1A0AMdQNAHjUDQB+1A0Ay9QNANnUDQAe1Q0AK9UNAHHVDQCI1Q0AxNUNAMzVDQAX1g0AJdYNAGrWDQB01g0AvdYNAMnWDQAQ1w0AJtcNAGPXDQBm1w0AttcNANLXDQCELxAAGdgNAFzYDQBm2A0Ar9gNALfYDQAC2Q0AEdkNAFXZDQBa2Q0AqNkNALXZDQD72Q0ABdoNAE7aDQBQ2g0AodoNAK/aDQD02g0AAdsNAEfbDQBK2w0A1y8QAKXbDQDt2w0A99sNAEDcDQBI3A0Ak9wNAKLcDQDm3A0A69wNADndDQBG3Q0AjN0NAJbdDQDf3Q0A4d0NADLeDQBA3g0Ahd4NAJLeDQDY3g0A294NACowEAAu3w0Aft8NAIrfDQDR3w0A2N8NACTgDQAs4A0Ad+ANAJDgDQDK4A0A3uANAB3hDQA54Q0AcOENAHjhDQDQMBAAy+ENACMxEAAj4g0AaeINAHDiDQC84g0AxOINAA/jDQAU4w0AYuMNAHLjDQC14w0AveMNAAjkDQAW5A0AW+QNAGjkDQCu5A0Au+QNAAHlDQAN5Q0AVOUNAFrlDQCn5Q0Ar+UNAPrlDQAG5g0ATeYNAGDmDQCg5g0Ar+YNAPPmDQD/5g0ARucNAEfnDQCZ5w0Ao+cNAOznDQD65w0AP+gNAEToDQCS6A0An+gNAHYxEADo6A0AOOkNAELpDQCL6Q0AjekNAN7pDQDt6Q0AMeoNAFHqDQCE6g0AjOoNANfqDQDh6g0AKusNADDrDQB96w0Af+sNANDrDQDf6w0AI+wNAC/sDQB27A0AfuwNAMkxEADn7A0AHO0NADrtDQAcMhAAiO0NAMLtDQDH7Q0AFe4NADDuDQBo7g0AdO4NALvuDQDD7g0AbzIQACHvDQBh7w0AcO8NALTvDQDA7w0AB/ANAAjwDQBa8A0AZPANAK3wDQC78A0AAPENAAXxDQBT8Q0AYPENAMIyEACq8Q0A+fENAPvxDQBM8g0AT/INAJ/yDQCn8g0A8vINAPzyDQBF8w0AUPMNAJjzDQCk8w0A6/MNAPPzDQAVMxAATPQNAJH0DQCX9A0A5PQNAPD0DQA39Q0ARvUNAIr1DQCU9Q0A3fUNAOX1DQAw9g0AP/YNAIP2DQCF9g0A1vYNAN/2DQAp9w0ALPcNAHz3DQCI9w0Az/cNANf3DQBoMxAAMvgNAHX4DQB9+A0AyPgNANL4DQAb+Q0AJvkNAG75DQB6+Q0AwfkNAMn5DQC7MxAAGfoNAGf6DQB4+g0AuvoNAMv6DQAN+w0AEvsNAGD7DQBk+w0As/sNAMH7DQAG/A0AE/wNAFn8DQBw/A0ArPwNALT8DQD//A0AC/0NAFL9DQBl/Q0Apf0NALT9DQD4/Q0ABP4NAEv+DQBM/g0Anv4NAKj+DQDx/g0A//4NAET/DQBJ/w0Al/8NAKT/DQAONBAA8P8NAD0ADgBLAA4AkAAOAJ0ADgDjAA4A+gAOADYBDgA+AQ4AiQEOAJQBDgDcAQ4A3gEOAC8CDgA8Ag4AggIOAIkCDgDVAg4A5gIOACgDDgA2Aw4AewMOAIgDDgDOAw4A5QMOACEEDgApBA4AdAQOAHkEDgDHBA4A1wQOABoFDgAiBQ4AbQUOAHcFDgDABQ4AywUOABMGDgAfBg4AZgYOAG4GDgC0NBAA0gYOAAwHDgARBw4AXwcOAHoHDgCyBw4AvgcOAAUIDgANCA4ABzUQAGsIDgCrCA4AuggOAP4IDgAKCQ4AUQkOAFIJDgCkCQ4ArgkOAPcJDgAFCg4ASgoOAE8KDgCdCg4AqgoOAFo1EAD4Cg4AQwsOAEULDgCWCw4AowsOAOkLDgDuCw4APAwOAEYMDgCPDA4AmgwOAOIMDgDuDA4ANQ0OADsNDgCIDQ4AkA0OANsNDgDnDQ4ALg4OAEEODgCBDg4AkA4OANQODgDgDg4AJw8OACgPDgB6Dw4AhA8OAM0PDgDbDw4AIBAOACUQDgBzEA4AgBAOAK01EADLEA4AGREOACgRDgBsEQ4AexEOAL8RDgDIEQ4AEhIOABgSDgBlEg4AaxIOALgSDgDEEg4ACxMOABITDgBeEw4AehMOAAA2EAC7Ew4ABBQOABAUDgBXFA4AWhQOAKoUDgC0FA4AUzYQAAUVDgCmNhAAWBUOAPk2EACrFQ4ATDcQAP4VDgBJFg4AShYOAL4dDgBWFg4AnBYOAF0WDgAmGw4AYBYOADokDgBiFg4AyycOAJ0WDgDvFg4ABRcOAEIXDgBKFw4AlRcOAJcXDgAtGg4AoxcOAOgXDgDwFw4AnzcQAPUXDgA7GA4APhgOAI4YDgCYGA4A4RgOAOMYDgA0GQ4ARRkOAIcZDgCYGQ4A2hkOAOIZDgDyNxAANBoOAIAaDgCHGg4A0xoOANsaDgBFOBAAKBsOAHkbDgB/Gw4AzBsOANkbDgAfHA4AJxwOAHIcDgB0HA4AxRwOAMwcDgAYHQ4AHx0OAGsdDgBzHQ4AmDgQAMsdDgARHg4AEh4OAGQeDgB6Hg4Atx4OAL8eDgAKHw4ADB8OAKIhDgAYHw4AXR8OAGUfDgDrOBAAah8OALAfDgCzHw4AAyAOAA0gDgBWIA4AWCAOAKkgDgC6IA4A/CAOAA0hDgBPIQ4AVyEOAD45EACpIQ4A9SEOAPwhDgBIIg4AUCIOAJE5EAClIg4A7iIOAPAiDgBBIw4AUiMOAJQjDgClIw4A5yMOAO8jDgDkORAAPyQOAK8rDgBGJA4AjSQOAKMkDgDgJA4A6CQOADMlDgBBJQ4AhiUOAJMlDgDZJQ4A3CUOACwmDgA2Jg4AfyYOAIEmDgDSJg4A4yYOACUnDgA2Jw4AeCcOAIAnDgA3OhAA1CcOAB4oDgArKA4AcSgOAHgoDgDEKA4A1SgOABcpDgAjKQ4AaikOAHIpDgCKOhAAyikOABAqDgATKg4AYyoOAG0qDgC2Kg4AuCoOAAkrDgAaKw4AXCsOAG0rDgDdOhAAtysOAAIsDgAZLA4AVSwOAGEsDgCoLA4AsiwOAPssDgADLQ4AMDsQAE8tDgChLQ4Aty0OAPQtDgD8LQ4ARy4OAFUuDgCaLg4Aoi4OAIM7EACnLg4A7S4OAPAuDgBALw4ASi8OAJMvDgCVLw4A5i8OAPcvDgA5MA4ASjAOAIwwDgCUMA4A1jsQAOUwDgAyMQ4ANzEOAIUxDgCgMQ4A2DEOAOYxDgArMg4AMjIOAH4yDgCKMg4A0TIOANcyDgAkMw4AJzMOAHczDgCBMw4AyjMOANAzDgAdNA4AHzQOAHA0DgB6NA4AwzQOAM80DgAWNQ4ALTUOAGk1DgB9NQ4AvDUOANg1DgAPNg4AFzYOACk8EABkNg4AtTYOAMM2DgAINw4AGTcOAHw8EABiNw4AzzwQALw3DgABOA4ACzgOAFQ4DgBfOA4ApzgOAK84DgD6OA4ABjkOAE05DgBgOQ4AoDkOAK85DgDzOQ4A/zkOAEY6DgBHOg4AmToOAKM6DgDsOg4A+joOAD87DgBEOw4AkjsOAJ87DgB1PRAA7TsOADg8DgBCPA4AizwOAJA8DgDePA4A5jwOADE9DgA3PQ4AhD0OAJA9DgDXPQ4A3T0OACo+DgAzPg4AfT4OAIo+DgDQPg4A2D4OACM/DgAkPw4Adj8OAHg/DgDJPw4AzD8OABxADgAfQA4AGz4QAIVADgDCQA4AykAOABVBDgAhQQ4AaEEOAG5BDgC7QQ4AwUEOAA5CDgATQg4AtEIOADpCDgBhQg4AaUIOAME+EAC6Qg4AFD8QAB1DDgBaQw4AXEMOAK1DDgC6Qw4AAEQOAAdEDgBTRA4AW0QOAKZEDgC2RA4A+UQOAPtEDgBMRQ4AWkUOAJ9FDgCwRQ4Auj8QAPlFDgANQBAAU0YOAJhGDgCiRg4A60YOAPZGDgA+Rw4ARkcOAJFHDgCdRw4A5EcOAPdHDgA3SA4ARUgOAIpIDgCUSA4A3UgOAOVIDgAwSQ4AP0kOAINJDgCISQ4A1kkOAN1JDgApSg4ANUoOALNAEAC3Sg4Az0oOAApLDgAiSw4AKksOAAZBEACdSw4AyEsOANRLDgAbTA4AIUwOAG5MDgB0TA4AwUwOAMZMDgAUTQ4AGk0OAFlBEABoTQ4Auk0OAMBNDgANTg4AEk4OAGBODgBvTg4As04OAL9ODgAGTw4ACU8OAFlPDgBcTw4ArE8OALRPDgD/Tw4ADlAOAFJQDgBXUA4ApVAOALtQDgD4UA4A+VAOAEtRDgBcUQ4AnlEOAKpRDgDxUQ4A+1EOAERSDgBQUg4Al1IOAJ5SDgCsQRAA+lIOAD1TDgBJUw4AkFMOAJ9TDgDjUw4A91MOADZUDgBFVA4AiVQOAJpUDgDcVA4A6FQOAP9BEAA0VQ4AglUOAIRVDgDVVQ4A5lUOAKVCEAA0Vg4Ae1YOAIFWDgDOVg4A2lYOACFXDgApVw4A+EIQAHpXDgDHVw4A01cOABpYDgAiWA4AS0MQAHlYDgDAWA4Aw1gOABNZDgAdWQ4AnkMQAGhZDgC5WQ4Ax1kOAAxaDgAdWg4AREQQAGVaDgCyWg4AvloOAJdEEAANWw4AWFsOAFtbDgCrWw4At1sOAP5bDgAKXA4AUVwOAFlcDgA9RRAAr1wOAPdcDgADXQ4ASl0OAFJdDgCQRRAApl0OAPBdDgABXg4AQ14OAFReDgCWXg4Anl4OAOleDgDsXg4APF8OAEZfDgCPXw4AkV8OAOJfDgDxXw4ANWAOAFVgDgCIYA4AkGAOANtgDgDlYA4ALmEOADRhDgCBYQ4Ag2EOANRhDgDjYQ4AJ2IOADNiDgDjRRAAhmIOAM1iDgDrYg4AIGMOACZjDgBzYw4AfGMOAMZjDgDTYw4AGWQOACFkDgBsZA4AgmQOAL9kDgDBZA4AEmUOAC1lDgBlZQ4AcWUOALhlDgDFZQ4ANkYQABFmDgBeZg4AZmYOALFmDgDHZg4ABGcOAAlnDgBXZw4AXWcOAKpnDgC2Zw4A/WcOAAVoDgCJRhAAXWgOAKNoDgCzaA4A9mgOAPtoDgBJaQ4AT2kOAJxpDgCyaQ4A72kOAPFpDgBCag4ATGoOAJVqDgCjag4A6GoOAO1qDgA7aw4ASGsOANxGEACdaw4A4WsOAOprDgA0bA4APmwOAIdsDgCVbA4A2mwOAN9sDgAtbQ4AOm0OAIBtDgCIbQ4A020OAONtDgAmbg4AKG4OAHluDgCHbg4AzG4OAN1uDgAvRxAAJm8OAIJHEAB3bw4AxW8OAMtvDgAYcA4AIHAOAGtwDgB1cA4AvnAOAMBwDgARcQ4AFHEOAGRxDgCEcQ4AKEgQAMNxDgAKcg4AEHIOAF1yDgBpcg4AsHIOALhyDgB7SBAAD3MOAFZzDgBccw4AqXMOALVzDgD8cw4ABHQOAM5IEABRdA4AonQOALB0DgD1dA4ABnUOACFJEABVdQ4Am3UOALJ1DgB0SRAA+HUOAEF2DgBNdg4AlHYOAJd2DgDndg4A8XYOAMdJEAA/dw4AjXcOAJZ3DgDgdw4A8XcOADN4DgA6eA4AhngOAI54DgDZeA4A5ngOACx5DgAxeQ4Af3kOAIl5DgDSeQ4A2nkOACV6DgA0eg4AeHoOAH16DgDLeg4A4XoOAB57DgAfew4AcXsOAH97DgDEew4A1XsOABd8DgAjfA4AanwOAHJ8DgBtShAAwXwOAEwBAADFfA4ATswPAMl8DgA2CA0AHH0OAMEIAABrfQ4AToAOAA9/DgDTKQAAWX8OAMUrAABegA4AXDoAAPeADgBHPQAASoEOAGJFAADvgQ4Ab+0NAPCBDgD6RwAA9IEOAM5QAwD3gQ4ATNAGAESCDgDPWQAA6oIOAPhfAAA9gw4A92sAAOKDDgBzcgAAQYQOADR7AACJhA4Acn4AANqEDgBWggAAhoUOAGqLAABDhg4Ad4YOAMSIDgBQygAAuYkOAPzVAAAMig4AEN8AALKKDgBU7QAAYIsOAGj2AADLiw4Au/YAAPyLDgAO9wAAWYwOAOT8AAD9jA4Ag/4AAE+NDgBgAwEAC44OACEMAQBLjg4A9xEBALGODgDljg4AVI8OAIuPDgCTjw4A3o8OAOqPDgAZGQEAOZAOALEbAQDzkA4AKpEOADKRDgB9kQ4Af5EOANMiAQDckQ4AqSgBAH6SDgC9MQEAzpMOAGFKAQBwlA4A8k0BAISUDgCCoQ8AjJQOAJCfDwDBlA4A5E8BACCVDgApUgEAZpUOABRVAQC4lQ4ABlcBALmWDgAuaQEAGpcOAFOXDgBblw4AgWkBALWXDgDGawEAUZkOAGOFAQCgmQ4A65kOAPuZDgC2hQEAnZoOAJqJAQDsmg4AN5sOAEebDgDtiQEA6ZsOAFuSAQAong4AGRICACyeDgC4EwIAMJ4OAMGnAQA8ng4AqSECANCeDgChzA8A0Z4OALO9CgDUng4ArKoBAOSeDgDu5AoAI58OAE3fDgA3nw4A/6oBAEefDgCOChAAdZ8OAFKrAQB4nw4Ax2wLACCgDgAvsAEAc6AOAIKwAQAboQ4Aq7YBALyhDgDUvAEAYqIOALjAAQCvog4A/6IOAAujDgBewQEAAKQOAEukDgBOpA4AbgcMAFekDgDaxwEAs6QOAHLKAQASpQ4ARKUOAJulDgCj0AsAp6UOAGPYAQDBpQ4AXc0BAPalDgCG0wEAnKYOABDYAQBCpw4AXNkBAKWnDgCv2QEAP6gOAFXaAQCLqA4ATtsBAImpDgBb5QEAKqoOAMkBCwAtqg4AOOoBAC+qDgC5ZwwAfKoOADLQDwCOqg4Ax6oOACKrDgBtqw4ANqsOAEX0AQBwqw4AvZELAHerDgBwnAsAeqsOAKp8CwCIqw4AKuwBAI6rDgAkmwsAFawOAGHwAQA7rA4A6CUMAHSsDgAA8gEAxawOAPnyAQAQsA4AIQUCAFi9DgBtwAsA+L0OABPICgD+vQ4AL6kCADe/DgBZmw8APL8OANq/DgBQvw4AxcIOAFi/DgA9nw8AXL8OAL+4AgDcvw4AexgLAN6/DgCvkwsA378OAHC/BgDhvw4AIS4IAOS/DgASuQIA6b8OAGW5AgDrvw4AUfwDAA7ADgCXRQQAK8IOAE/IAgDNwg4AGMMOABnDDgD7QQsAIsMOAOxBDQAnww4AOncOADfDDgC9GxAAdcMOACzNAgBnxA4ADfUCAGrEDgB1wQkAa8QOADjjAgBtxA4ATtQCAG7EDgDR2QIAcMQOAKHNAwBxxA4AFtwCAHLEDgC06QIAc8QOAObWAgB0xA4AaskDAHrEDgAB3wIAn8QOAHxKDgCkxw4ACSUDAKjHDgDq+QIArMcOAERnCwAByA4AL/wCAD7KDgBWGgMAn8sOALwvAwBFzA4AdjkDAPHMDgBaPQMALs0OAIpCAwAhzg4AZlMDAHHPDgC+agMAEdAOANlyAwDI0A4ACdEOAATSDgDKeQQABdIOADCWAwAM0g4AQAYIAKvSDgAUmgMAr9IOANcUCACk0w4Aeq8DAKXUDgCAugMAT9UOAL69AwAC1g4AOdYOAEHWDgCM1g4Am9YOADPFAwA71w4AIwELAD7XDgBjygMAjdcOANjXDgCh1w4ADZoPAOLXDgC2ygMAhtgOADnQAwDg2A4AK9IDAM3ZDgDQ3gMAz9oOAPjwAwAe2w4Ax1APAIXbDgC82w4AxNsOAA/cDgAc3A4A11kKACDcDgA29AMAJ90OAOL/AwBh3Q4ACwYEAAjeDgD1FAQADd4OAK+oCAAO3g4AQKwIABDeDgAsowgAcN4OAKfeDgCv3g4A+t4OAE/fDgAf1wsAVd8OAGCaDwBX3w4A4BcEAFnfDgBjMQ0AcN8OAOY2DQCN3w4AmUENAKjfDgDLGgQAHeAOAEbgDgCj4A4A+x8EAE7hDgBwJwQA6OEOADEwBABF4g4AkToEAEfiDgB2MgQAO+MOACk9BAA55A4A3EcEAIDkDgC5TAQAguUOAC5UBADl5Q4AHOYOADjmDgBv5g4AfuYOAHpVBAAq6A4AYegOAGnoDgC06A4Aw+gOAK9xBAAQ6Q4AJHkEAALqDgA/gQQADeoOAELuBwBW6g4AfYQEAFHrDgDOnAQAW+sOALOUBAC07A4A6+wOAPPsDgA+7Q4AQ+0OAEmvBABN7Q4ALqcEADrvDgACxQQAMvAOAA/PBADr8A4AIvEOACrxDgB18Q4Ae/EOAGjaBADe8Q4A+d0EAITyDgD46QQAI/MOAOn3BADJ8w4Asf8EAHz0DgCz9A4Au/QOAAb1DgAV9Q4AVgwFABb1DgDLEwUAL/UOAAIYBQC49Q4AxBQFAAf2DgBS9g4AXPYOABcVBQBn9w4AnvcOAKb3DgDx9w4A+vcOAE0lBQBO+A4APycFAAb5DgA9+Q4ARfkOAJD5DgCR+Q4ARTIFAJX5DgDJfgUAlvkOAEQ+BQCd+Q4AujkFAJ/5DgDCLAUAk/oOAFI8BQCM+w4A6UoFAN/7DgAgTwUALvwOABlQBQDc/A4ANFgFAJD9DgDH/Q4Az/0OABr+DgAk/g4A/F8FAHD+DgDLZgUAL/8OAGb/DgBu/w4Auf8OAMb/DgACawUAyP8OALx0BQARAA8A5m4FALoADwA/egUAGgIPAFECDwBZAg8ApAIPALMCDwAwiAUAogQPAC6gBQAFBQ8APAUPAFgFDwCPBQ8AnAUPAHqhBQCkBg8A2wYPAOMGDwAuBw8AMQcPAKmyBQAICA8ATr8FAH0IDwArxAUAgQgPAD+qCgAtCQ8Ap8oFAHYJDwCLzgUAyQoPABTfBQAeCw8AROQFABMMDwAfmQgAJwwPAHmYCAB6DA8AsQwPALkMDwAEDQ8ABw0PAAzsBQBzDQ8Aqg0PALINDwD9DQ8ADA4PAJ3vBQBbDg8AGfYFAPEPDwAeDQYABBEPADsRDwBDEQ8AjhEPAJgRDwBiGwYA8REPADEiBgCTEg8AciMNAJYSDwBTKQYAlxIPANMhDQDmEg8ANy0GAO8TDwAmFA8ALhQPAHkUDwCCFA8AnjYGANYUDwCQOAYAgRUPAF8/BgDeFQ8AbEkGAG4WDwDaUQYAFBcPADpcBgC6Fw8AOWgGAGcYDwC8bQYAuhgPAPpwBgAPGQ8AOHQGABgaDwBPGg8AVxoPAKIaDwCxGg8AboQGAP0aDwBIGw8AVxsPAEuJBgD9Gw8AIY8GAE4cDwBengYAUBwPAIiYBgBWHQ8AjR0PAJUdDwDgHQ8ATx4PAIYeDwCOHg8A2R4PAOYeDwCGsAYAOR8PAB6zBgCNHw8Ar7YGACcgDwDYvAYA1yAPAPrDBgB8IQ8AFNgGAMAiDwDp6QYAFSMPALjwBgC7Iw8AsP0GAGEkDwACCgcACCUPACQRBwBxJQ8AqCUPALAlDwD7JQ8ACCYPALwTBwC9Jg8A9CYPAPwmDwBHJw8AnScPAA4gBwBPKA8ApiIHAAIpDwA5KQ8AQSkPAIwpDwCWKQ8AZysHAO0pDwAGLQcAQSoPAOMxBwCPKg8AGjYHAEcrDwB+Kw8AhisPANErDwDmLA8AHS0PACUtDwBwLQ8AIi4PAL5OBwBxLg8AvC4PAL4uDwARTwcAZy8PAFVdBwDALw8AhWIHABkwDwAdZQcAZDAPAFtoBwAKMQ8A+mkHALgxDwA4bQcAAzIPAHZwBwBiMw8AmTMPAKEzDwDsMw8A9jMPAPiBBwCuNA8A5TQPAO00DwA4NQ8AQjUPABGiBwBONQ8AgZIHAJA1DwBzlAcA6DUPAOGcBwAzNw8AyrcHADc3DwAJrwcAizcPAN+0BwDRNw8A0bYHAIA4DwC8uQcAzDgPAKe8BwB5OQ8A18EHAM45DwAAyAcAdDoPAOvKBwDHOg8APssHACo7DwBhOw8AaTsPALQ7DwDDOw8A1s0HAGc8DwAv2QcAvTwPAKvfBwDCPQ8A+T0PAAE+DwBMPg8AWz4PAL/oBwBIPw8AmD8PALI/DwCp9wcAB0APAD5ADwBGQA8AkUAPAKBADwCN+wcAGUEPACz9BwCmQQ8A3UEPAOVBDwAwQg8AkkIPAL0ACAA1Qw8AOQcIAI5DDwBwCwgAKUQPAGyOCAAsRA8A+g8IAHxEDwDzEAgAeEUPAMgiCADLRQ8ARCkIABtGDwA9KggAKUcPAGBHDwBoRw8As0cPAL9HDwA1NwgADkgPAFlIDwBdSA8AgTgIALxIDwAgOggAbkkPAKVJDwCtSQ8A+EkPACBKDwBrRwgAUEoPAI1OCAC6Sg8ACUcKAPlKDwBESw8AeksPAL1TCAANTA8APUwPADlNDwA3cggANk4PAG2CCACDTw8Azk8PAOpQDwDMmAgAfVEPAFadCAAbUg8AhqIIAL9TDwDGMwkAwVMPAGmyCACuVQ8AB8AIAPpVDwApxwgAAVYPAD7ECADsVw8ApNkIAO5YDwBX5AgANloPAIFaDwC4Wg8Ay/cIAENbDwB6Ww8AglsPAM1bDwDcWw8Ak/8IAHtcDwDGXA8A/VwPAK4HCQB0XQ8APwsJABFfDwCzHgkAEGAPAIIlCQAJYQ8AnS0JAGxhDwDwLQkAsmEPAEMuCQBOYg8AqjcJAEZjDwBWQwkARWQPAFRbCQD9ZA8ANGUPADxlDwCHZQ8AkWUPAAdmCQBPZw8AYHEJAHRoDwBQiwkAzmgPANOQCQBtaQ8AQZkJAM5pDwB/nAkAFWsPAPOvCQBvaw8AsGsPALJsDwDdvgkAX24PAG3OCQDzbg8AStMJAE5vDwCI1gkAA3APADpwDwBCcA8AjXAPAOJwDwD23gkA9XEPACxyDwA0cg8Af3IPAKdyDwCb6wkALnMPAMTxCQCAcw8Ay3MPANlzDwBq8gkAJHQPAK/0CQDRdA8AjPkJABh1DwBw/QkAGXYPACoHCgAcdg8A0AcKAGl3DwB1FAoAtHcPAMEVCgAPeA8A/xgKAF14DwCXGwoAzHgPAPt4DwC9eQ8AjygKABx6DwDiKAoASHsPAJN7DwDFew8ABDAKAMp7DwBeLwoAkX0PAOgzCgDofQ8AJjcKADh+DwByOAoAMX8PAJs+CgB8fw8Af0IKADyADwBwgA8AMoEPAGmBDwBxgQ8AvIEPAMmBDwBNVQoAHIIPADhYCgDCgg8AwlwKAHqDDwCugw8AE4QPAEWSDwAghA8AVIQPAAaFDwC6aQoACIUPAHVnCgCyhQ8A84UPAFSGDwDOcgoA/IYPACd+CgBUiA8Ai4gPAJOIDwDeiA8AT4kPACWWCgAtig8ATpwKADqLDwAIpgoA2YsPACOuCgCLjA8AwowPAMqMDwAVjQ8AhI0PALuNDwDDjQ8ADo4PALeODwCzmg8AvI4PAAePDwC+jg8AJDoNANCODwAlxg8AEY8PAFm+CgCzjw8A3MMKAKeRDwB60QoAmZIPAI7aCgCdkw8AA+IKALWTDwDMKQwA7JMPADeUDwBVlA8AVuIKAN6VDwBgAg0AMZYPALMCDQCYlg8Az5YPANeWDwAilw8AlZcPAE7vCgAjmA8A2i4LAMKZDwDe2w8Au5oPAHyrDADPmg8AnAgQAN+aDwAGmw8AMpsPAEjWDACFmw8ArJsPAAKcDwD3+w8AbpwPAKWcDwCtnA8A+JwPAFedDwCfBwsAup0PAPGdDwD5nQ8ARJ4PAKOeDwCUhAwAAJ8PAKI2CwBCoA8AWRELAKOgDwDxEwsAiqEPANWhDwAwog8AfTAQAIOjDwCrHQsAjaMPAF8cCwB5pA8APCELAC+lDwBmpQ8AbqUPALmlDwAMpw8AUCoLAFKpDwArRwsAoqoPAGhWCwCZqw8AU1kLAN6sDwAMFQwA4awPADLsCwDlrA8AYGMLAOusDwD2IwwAia0PANStDwDerQ8APWgLACKvDwCdcgsAeK8PAC52CwBtsQ8ANIELAMCxDwALsg8AF7IPAHKECwC9sg8AsIcLAF+zDwCqsw8AwbMPAOCMCwCJuA8AI6cLADK5DwCtqwsAe7sPAEPGCwAqvA8Aa7wPAB69DwB51gsAIb0PAC3VCwAYvg8AvtgLAATADwBPwA8AUsAPAE7oCwABwQ8A3+sLAPbBDwAP8QsAGcIPAO4UEABdwg8AW/ILAOrCDwA6ww8A48MPAKD0CwDqww8A5fYLAIvFDwC7/AsAjcUPAF9oDAAtxg8AeMYPAMfHDwCqyAwAI8gPAGAJDABtyQ8AURcMAHLJDwD/CgwArcwPAByhDADJzA8AUAcQAPzMDwBHzQ8ASs0PAEoYDACqzQ8A6RkMAPnNDwDiGgwASM4PAJPODwCdzg8ANRsMADXQDwC4IAwAPNAPAKoiDADb0A8AoyMMAFTSDwA0JwwA39IPADFEDQAe0w8AgCgMAHXUDwCwLQwAxNQPAA/VDwAo1Q8A/C4MAGXVDwC11Q8ALNYPAIYzDADS1g8AfzQMAHjXDwDLNQwAAtgPAE3YDwBX2A8AXDkMAPTYDwDcCA0A+9kPAMpBDADj2w8Ai0oMAMveDwDBWgwA1d4PAONhDABx4Q8A92oMAMLhDwDwawwAD+IPAJZsDABd4g8A4m0MAFbjDwAncAwAVOQPAJ/kDwD65A8AReUPAOzlDwDvdwwARuYPAJHmDwDs5g8AN+cPAODnDwDFfQwAi+gPANboDwAx6Q8AfOkPAH3qDwD1ggwA1OoPAEGEDAB26w8AwesPANHrDwDghQwAiuwPALrsDwBs7Q8AVY0MANftDwAG7g8ADfEPAGGjDACs8g8AkagMAFLzDwDdqQwA+PMPACmrDAB19g8A4sAMAB/4DwBXyAwADfkPAJXLDAC3+g8ACtMMAFr7DwCi1QwA/PwPAOfXDAAZ/g8AHtwMAD/+DwC93QwAl/4PAPQfEADr/g8AVeAMAO7+DwBH4gwAOP8PAIj/DwCk/w8A2/8PADEAEACBABAAnQAQANQAEAAvARAAegEQAIQBEACa4gwA1QEQAFJCEAAmAhAAd+cMACcDEACu6wwAbwMQAEbuDADHAxAARyAQAM0EEACERA0AagUQAPL5DAD/CBAAiLoNAEUKEADpEg0ANwsQABoMDQDmCxAAEw0NANcMEAD3EA0AJw4QAHIOEAB8DhAAJxYNACYPEAC/GA0AshIQAMwiDQAYExAATxMQAL4TEAD1ExAAVhQQAAomDQAZFRAAQRUQAGwVEACUFRAAvxUQAOcVEAASFhAAOhYQAJUWEADgFhAA5RYQAJspDQAvGBAAVTMNAIEZEAAyOA0AzhkQAB4aEABJGhAAcRoQAMcaEAAXGxAAQhsQAGobEAAvHBAAYxwQANUcEAC8PA0AEh0QAPNADQB7HRAArx0QAF0eEACoHhAAuB4QAOVCDQAHHxAA3kMNAGMfEADlOw4AjiMQADp+DQDkIxAA4H4NANkkEAAPkA0AfyUQAIuWDQAlJhAAWp0NAMsmEADdog0AcScQAP+pDQAXKBAAia4NAL0oEAATsw0AYykQAI+5DQANKhAAgbsNAG4qEACnKhAAryoQAPoqEADtLRAAOC4QAFYuEADFyQ0AfjEQAOXoDQDnMRAAyewNAHsyEAAO7w0AyjIQAKbxDQAcMxAAPvQNAG0zEAAi+A0AyzMQABT6DQAqNBAAYTQQALY0EAC5Bg4AEzUQAFgIDgBvNRAA8AoOALU1EADGEA4AbzYQAP0UDgCYOhAAvSkOADk8EABiNg4AiDwQAFs3DgDXPBAAIj0QACY9EACuNw4AfT0QAMg9EAAjPhAAbj4QABw/EABnPxAAxj8QAPJFDgAVQBAAYEAQAGRAEABFRg4AiUEQAGdNDgBpQhAAL1UOAPpCEAB0Vw4AVUMQAG1YDgCmQxAA8UMQAAFEEABmWQ4ATUQQAF9aDgCaRBAA6kQQAEdFEACkXA4AoEUQAJ1dDgCXRhAAUGgOADtHEAAfbw4AikcQANVHEADlRxAAcm8OAH9IEAADcw4A3kgQAE90DgAvSRAASHUOAHxJEADudQ4AykkQABpKEAA=","fail":"AAAAAAAAAACbhAAAdaYBAMXRAABqYQYAax4CADIPBwDs6AEAVykLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAAAAAADs6AEAGhoLAP4yCADtkAAA8Q0AAOzoAQC2DwYACRAGAFwQBgCvEAYAlwACAKgzDQCgTgsAdZgDAAAAAABqYQYAax4CAGseAgCIIgsA/gkCAFEKAgB1BgwAJikMACGrAgB0qwIAShIBAPPSBACpJw0AiCILAOzoAQDYygQAda0AAMitAAAbrgAAbq4AAMGuAADxDQAA7OgBAFcpCwCZvgcAax4CAH8nAgAN5wQApOcGAAAAAABqYQYA7OgBAJcUCwAYvQMAnQsCAKBqBwD//QEAm4QAAFcVAgCElw0A15cNADiQAgDvJQAA7OgBAAo7CgBdOwoAAUcAAI29BADtkAAAQJEAAEyZAgBvEAkAwhAJAOzoAQAaGgsA/jIIAO2QAADxDQAA7OgBALYPBgAJEAYAXBAGAK8QBgC7VgsADlcLAFMAAABTAAAALT0JAGseAgABRwAA7OgBALtWCwDkogEAAAAAAO2QAACdCwIA8Q0AANQdAACrFwAAMg8HAIUPBwCIwgAA28IAAC7DAAD70wIAFtwCAGncAgDesgkApBgAAOoUCwBo/AsATAEAAJ8BAADyAQAARQIAAJgCAAC7VgsADlcLAFMAAABTAAAAeIIBAHv2AwDtkAAAIq0AAGseAgC+HgIAfdAFAOzoAQBXKQsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAADstwgAP7gIAAAAAAC9iwAALXUBAGseAgB/JwIA8Q0AAOzoAQB4ggEAe/YDAM72AwBTAAAA7YkBAECKAQCTigEA5ooBADmLAQCMiwEA34sBAAAAAAD70wIADfUCAOSiAQA3owEAiqMBABeYCgDwzAoAQ80KALYPBgAJEAYAXBAGAK8QBgCXAAIAXTsKAGMrAgAOvwgAYb8IALS/CAAyDwcA7OgBADMsDQDIyAgA7OgBAHUGDAAnvA0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAAKBqBwA58goAu1YLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAOy3CAA/uAgAAAAAAL2LAADtkAAA8Q0AAARoAgDg7QkAMg8HAOzoAQC7VgsAqS8AAPwvAABPMAAAojAAAEymDAD//QEAm4QAAHWmAQDUHQAAMg8HAOzoAQBXKQsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAP4JAgBRCgIA//0BAFL+AQCl/gEA+P4BALYPBgAJEAYAURgAAKQYAADqFAsAaPwLAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAAFgJAgBd0wwAsNMMAJcUCwAIPwEAWz8BAEyZAgAtdQEAMg8HAFAcDQCXFAsA6hQLAGj8CwBMAQAAnwEAAPIBAABFAgAATKYMAP/9AQCbhAAAdaYBANQdAAAyDwcA7OgBAFcpCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEAtg8GAAkQBgBRGAAApBgAAOoUCwBo/AsATAEAAJ8BAADyAQAARQIAAJgCAADF0QAAWAkCAF3TDACw0wwAlxQLAAg/AQBbPwEATJkCAC11AQAyDwcAUBwNAJuEAAB1pgEAcC4DAPvTAgAN9QIAqS8AAPwvAABPMAAAojAAAEymDADxDQAA1B0AACceAAB6HgAAzR4AACAfAABMpgwA7yUAAI5CCABrHgIAvt8KAARoAgBMpgwAShIBAJIZBwDxDQAA5KIBACdxAAB44gsAcVkHALfZCwDm1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAlxQLAOoUCwBo/AsATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAer0BAPENAAAEaAIA7OgBAP/9AQDXRA0AVykLAKqmBQC7VgsA5e8MAI29BADgvQQAgHUBAAAAAAAirQAAIq0AAO2QAADxDQAA5KIBAOzoAQAaGgsAUBwNAKsXAAA6HgMA7ZAAADIPBwDs6AEAP+kBAMYlCwBrHgIA7OgBAL2LAADxDQAA1B0AAOzoAQAAAAAAqxcAANA/AgAIWgkA/hcAAMXRAACrFwAA7OgBABoaCwCFDwcAEXgNAGR4DQD//QEAm4QAAHWmAQDUHQAAAAAAAGseAgCdCwIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBADIPBwBQHA0AqxcAADoeAwDtkAAAMg8HAJ0LAgDtkAAAQJEAAJrjAABsuAIA//0BAJuEAACk5wYAnQsCADIPBwD//QEAnQsCAO2QAABAkQAAmuMAAGy4AgC9iwAA//0BAHiCAQB79gMAIq0AAOzoAQDQPwIAI0ACAHZAAgDs6AEA7LcIAD+4CAABRwAAjb0EAOC9BADtkAAATJkCAJ+ZAgDymQIA7OgBABeYCgDwzAoAQ80KALYPBgAJEAYAXBAGAK8QBgBXKQsAmb4HAOy+BwDLggEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AACpTCwBTAAAAUwAAAC09CQBrHgIAAUcAAODtCQAyDwcAnQsCAJuEAACIwgAA28IAAC7DAACdCwIAShIBAJ0SAQAdUAoAAAAAAHiCAQB79gMA7ZAAAKsXAAABRwAA7OgBABoaCwD+MggA7ZAAAPENAADs6AEAtg8GAAkQBgBcEAYArxAGALtWCwAOVwsAUwAAAFMAAAAtPQkAax4CAAFHAADs6AEAVykLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAACYcAgAirQAA8LgBACP6CwDs6AEA7LcIAD+4CAAAAAAAvYsAAO2QAADxDQAABGgCAODtCQAyDwcA7OgBAP/9AQCIIgsA7OgBALtWCwDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAAvlwFACKtAAB8ngIAqC0CAL5cBQBqYQYAyMgIAOzoAQCXFAsAeIIBAL2LAACY9AEALXUBAIB1AQDs6AEAm4QAAIjCAADbwgAAXdQAAFcpCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAOy3CAA/uAgAAAAAAL2LAAAtdQEAax4CAH8nAgAAAAAAax4CAPeGCADIyAgAmPQBAFMAAACmAAAA+QAAAOzoAQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAAKrCAQD9wgEA2MoEAHyeAgDPngIAIp8CALLCCwAFwwsAWMMLAMXRAAAtdQEAE0UFAFRHAADzagcAj9wIAAFHAADs6AEAVykLAKknDQCIIgsA7OgBAJcUCwDqFAsAaPwLAEwBAACfAQAA8gEAAEUCAACYAgAA2MoEACvLBAB+ywQA7yUAAI5CCACY9AEAvYsAAGseAgB/JwIAax4CAOzoAQDYygQAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAu1YLANQdAACrFwAAAUcAAOzoAQBXKQsAiMIAANvCAAAuwwAA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEAtg8GAAkQBgBRGAAApBgAAOoUCwBo/AsATAEAAJ8BAADyAQAARQIAAJgCAAAXmAoA8MwKAEPNCgC7VgsA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAO8lAAAGqgEAWaoBAKyqAQBPFAQAVykLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAGMrAgAOvwgAYb8IALS/CAAHwAgAWsAIAK3ACABXKQsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAODtCQC9iwAA8Q0AALB6AQCAdQEAmPQBAOzoAQBKEgEAkhkHAJfkBQA+eAcAm4QAAKknDQA6HgMAdZgDAEoSAQDs6AEAAAAAACKtAADwuAEAwzsNABY8DQCrFwAAYysCALYrAgAJLAIAkAgBAPvTAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADvJQAABqoBAFmqAQCsqgEAAAAAAGphBgDIyAgAmPQBAOv0AQDxDQAA1B0AAJfkBQAeugUAcboFAAQbDQATRQUAOiUCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAoc0DAPTNAwBHzgMAms4DAO3OAwBAzwMAk88DAObPAwA50AMA1RcLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAgHUBACceAAB6HgAAzR4AACAfAAB/JwIAQJEAAJrjAABsuAIAVykLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAJ0LAgBrHgIAfycCANInAgA60Q0A8Q0AANQdAAAyDwcA7OgBAEymDABzvQ0AeIIBAMuCAQAegwEAcYMBAMSDAQAXhAEAxdEAAFgJAgBd0wwAsNMMAOy3CAA/uAgAkrgIAOW4CAA4uQgAi7kIAOzoAQC9iwAA8Q0AALB6AQCAdQEAmPQBAOzoAQBXKQsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEAkhkHAJfkBQA+eAcAm4QAAKknDQA6HgMAdZgDAAFHAACdCwIAm4QAAJm+BwDsvgcAy4IBAMXRAADtkAAAMg8HAOzoAQBMpgwAax4CAPeGCAD//QEAm4QAAP/9AQB4ggEACdgNAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAAbLgCAO6EAABBhQAAlIUAAOeFAAA6hgAA2YABACyBAQB/gQEA0oEBACWCAQBQHA0AQJEAAJrjAABsuAIA9NsBACKtAADtkAAAUwAAAAFHAAC+XAUAamEGAOzoAQBqigwAAAAAAAAAAAAAAAAATxQEAOy3CAA/uAgADecEAHWmAQBEDgAAyMgIAPvTAgAUCQAAvYsAAPENAADUHQAAJx4AAKsXAABjKwIAtisCAAksAgBK0wkAndMJAPDTCQCXFAsA6hQLAGj8CwBMAQAAnwEAAPIBAABFAgAAmAIAALYPBgAJEAYAXBAGAK8QBgBXKQsAmb4HAOy+BwDLggEAxdEAAO2QAAAyDwcAqxcAAP4XAABRGAAAVykLABZDDABBhQAAlIUAAOeFAAA6hgAAjYYAAHUGDAAmKQwAc3gLAHUGDAAnvA0ALXUBAHWYAwDImAMATJkCAKBqBwDzagcARmsHAJlrBwDF0QAALXUBABNFBQBURwAA7OgBAOy3CAC+HgIA//0BAP/9AQAtdQEAE0UFAEoSAQAAAAAA7OgBAD/pAQCS6QEA5ekBADjqAQDs6AEAlxQLAHiCAQAJ2A0Am4QAAHWmAQDUHQAA2MoEAD54BwCReAcA5HgHADd5BwDs6AEAiCILAGphBgCP3AgAax4CAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAPl1BwDUHQAAWv4LAAFHAAC+XAUAgHUBAJj0AQAAAAAAqxcAAEyZAgCfmQIA8pkCAHv2AwAyDwcAhQ8HAO6EAABBhQAAlIUAAOeFAAA6hgAAOT4MACNAAgB2QAIALXUBAC11AQCY9AEAqxcAAGMrAgA22AcAvYsAAGseAgB/JwIAnfYEAP4yCADtkAAA8Q0AADI/DAD+FwAAdzsBAEoSAQDz0gQAqC0CACKtAAAyDwcAUBwNAKsXAAA6HgMA7ZAAAAAAAABqYQYAmPQBAC11AQCAdQEA7OgBAD/pAQCS6QEA5ekBADjqAQA/6QEAxiULAGseAgDs6AEAvYsAAPENAADUHQAAJx4AAOzoAQA/6QEAkukBAOXpAQA46gEAP+kBAMYlCwBrHgIA7OgBAL2LAADxDQAA1B0AAOzoAQBXKQsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAAChiAEA9IgBAEeJAQCaiQEA7OgBAL2LAADxDQAA1B0AACceAACrFwAAYysCALYrAgBMmQIAbxAJAMIQCQC+3woAsHoBAGphBgDIyAgALXUBAIB1AQA6HgMAS/EDAHq9AQBKEgEA7OgBALtWCwAOVwsAUwAAAFMAAAAtPQkAax4CAAFHAADg7QkAMg8HAOzoAQBXKQsAblMNAC11AQDs6AEATJkCAG8QCQDCEAkAvt8KALB6AQBqYQYAyMgIAOzoAQAXmAoAAAAAAPENAADkogEAN6MBAPvTAgDxDQAAcC4DAOzoAQDstwgA94YIAI/cCAABRwAAvlwFAIB1AQDtkAAA8Q0AAPENAADkogEA1B0AACceAAC+XAUAamEGAMjICADtkAAAQJEAAJrjAABsuAIAm4QAAC11AQAJ2A0A+9MCADjjAgCDvwkAplIMAPlSDABMUwwAn1MMAPJTDABFVAwAmFQMAL4eAgARHwIAZB8CAO8lAAAGqgEAWaoBAKyqAQBQHA0AQJEAAJrjAABsuAIAAAAAAJuEAABMmQIAn5kCAFcVAgB4ggEAm4QAAKknDQCY9AEAVxUCAJuEAAB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAA2pAQBgqQEAs6kBAGphBgBKEgEAUwAAAKYAAABZUAIABBsNAFcbDQBEDgAAyMgIAO8lAAAGqgEAWaoBALO9CgAGvgoAvYsAAHiCAQABRwAAvlwFAFMAAAB4ggEACdgNAFzYDQAGqgEAWaoBALO9CgAGvgoA1B0AACceAACa4wAAbLgCAAAAAADs6AEA//0BAFL+AQCl/gEA+P4BAEv/AQCe/wEA8f8BAO2QAACtSwEAi+oBAN7qAQAx6wEAhOsBANfrAQAKOwoAqDMNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAP4JAgBRCgIACjsKAKgzDQCL6gEA3uoBADHrAQCE6wEA1+sBAFxHCgB4ggEACdgNAFzYDQCv2A0AAtkNAKGODAC88AsA7OgBAOy3CAAEGw0AmtsNAO3bDQBA3A0AXEcKAK9HCgA/6QEAkukBAOXpAQA46gEAAAAAAGnwCwDs6AEA7LcIAAQbDQCa2w0A7dsNAEDcDQBcRwoAr0cKAD/pAQCS6QEA5ekBADjqAQA/6QEAkukBAOXpAQA46gEA/6oBAE8UBADTIQ0AJiINAHkiDQDMIg0AHyMNAAAAAAC9iwAAEIwAADoeAwATRQUAVxUCAPiqDQAyDwcA0D8CAL2LAAAQjAAAOh4DABNFBQBXFQIADLQNAGseAgC+HgIAfdAFAJIZBwDF0QAAamEGAGseAgDQPwIAVxUCAJuEAAB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAA7yUAAAaqAQBZqgEArKoBAFMAAACmGwgAl+QFAAFHAADg7QkATJkCAJ+ZAgDymQIARZoCAJiaAgDxDQAA7OgBAHUGDAAmKQwAc3gLAP/9AQDXRA0AAAAAAFcpCwC+JA0AESUNAGQlDQC3JQ0ACiYNAF0mDQCwJg0ACjsKAECRAACa4wAAbLgCAPvTAgAAAAAAamEGAAFHAAD70wIAIq0AAPC4AQBDuQEAlrkBAOm5AQA8ugEAfycCAJ32BADs6AEAvYsAAPENAACwegEAgHUBAJj0AQDs6AEAoY4MALzwCwAKOwoAAAAAAHiCAQAAAAAAvYsAAJuEAACZvgcAAAAAAAAAAAC9iwAAAUcAAOzoAQDF0QAAWAkCAF3TDADs6AEACjsKAAAAAAC9iwAAm4QAAKBqBwDzagcAj9wIAOLcCAA13QgAiN0IAP/9AQDb3QgALt4IAIHeCAD//QEA2MoEACvLBAB+ywQABbwMAFi8DACrvAwA2MoEACvLBAB+ywQABbwMAFi8DACrvAwAm4QAAKknDQAAAAAA7OgBAJj0AQDr9AEAPvUBAAAAAAABRwAA4O0JALpiCwANYwsAVxUCANf/CgAqAAsAiCILAAFHAADg7QkAumILAA1jCwBXFQIAqhUCAL4eAgARHwIAZB8CALcfAgDxDQAAjb0EAO43CwARHwIAZB8CALcfAgABRwAAVEcAAGseAgD3hggAxdEAAAAAAABrHgIAfycCAM6xAQA0BQUAl+QFAAFHAADxDQAAVxUCADQaAgCHGgIA2hoCAC0bAgCAGwIA0xsCAAFHAAAmHAIA1QkNAFRHAABrHgIA94YIAGphBgBXFQIANBoCAFRHAABrHgIA94YIAMXRAAAAAAAAm4QAAC11AQB1mAMA1B0AAJ0LAgDtkAAAQJEAAJrjAABsuAIAVxUCADQaAgBURwAAax4CAPeGCADF0QAAVxUCADQaAgBURwAAax4CAPeGCACIIgsAUwAAAKYbCADtkAAAQJEAAJrjAABsuAIA7ZAAAO8lAABCJgAAQJEAAH8nAgCrFwAAIq0AAO2QAADtkAAAQJEAAJrjAABsuAIAm4QAAH3QBQCSGQcA7ZAAAECRAACa4wAAbLgCAAFHAAABRwAAjb0EAOC9BAD//QEAUv4BAKX+AQDg7QkA7ZAAAECRAACa4wAAbLgCAEoSAQCSGQcAAUcAAFRHAADzagcAMg8HAFAcDQBAkQAAmuMAAGy4AgB4ggEAeIIBAFMAAAAtPQkALXUBAIB1AQCSNQMA5TUDAGn3CgB/JwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAGseAgB/JwIA0icCACUoAgB4KAIAyygCAB4pAgBxKQIAxCkCABcqAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAAAAAO2QAACIIgsA7ZAAAECRAACa4wAAbLgCADIPBwBQHA0ArUsBAI5rDgBAkQAAmuMAAGy4AgAAAAAA7ZAAAECRAAD3hggAMg8HADSWCABMmQIALXUBAHWYAwCwegEAamEGAMjICADtkAAAQJEAAJrjAABsuAIA//0BAGphBgCP3AgAEIwAADecAgB4ggEAy4IBACKtAAB8ngIAz54CAAnYDQBAkQAAmuMAAGy4AgCpJw0AmPQBAHFZBwDtkAAAQJEAAJrjAABsuAIAax4CAJj0AQC9iwAAShIBAJIZBwCrFwAAAUcAAODtCQBp9woAmuMAAGy4AgBqYQYAj9wIAAFHAAAmHAIA7yUAAP/9AQBqYQYAj9wIABCMAAA3nAIA8Q0AANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAm4QAAHWmAQDIpgEAqS8AAHyeAgB1pgEABGgCAODtCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA/jIIAL1hBgAQYgYAsosHAAWMBwBYjAcAq4wHAP6MBwBRjQcA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCX5AUAHroFAHG6BQC+3woAsHoBAGphBgDIyAgA7ZAAAECRAACa4wAAbLgCAAFHAACbhAAA7oQAANA/AgBqYQYATJkCAG8QCQDCEAkA7yUAAHiCAQDLggEAxdEAAO2QAABAkQAAmuMAAGy4AgC+XAUAEV0FAJ7xAwB4ggEACdgNAEoSAQCSGQcAqxcAAAFHAADg7QkAMg8HAFAcDQBAkQAAmuMAAGy4AgDxDQAAKlMLAFMAAABTAAAALT0JAGseAgABRwAA4O0JADIPBwD+MggAvWEGABBiBgCyiwcABYwHAFiMBwCrjAcA/owHAFGNBwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAHiCAQB4ggEACdgNAJj0AQCp6QkAmb4HAJuEAABZUAIArFACAP9QAgBSUQIApVECAPhRAgBLUgIAnlICAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBrHgIAvh4CAIgiCwAtdQEAgHUBABVCAgBoQgIAu0ICAOpTAgA9VAIAkFQCAONUAgA2VQIAiVUCANxVAgAvVgIAglYCANVWAgAoVwIAe1cCAM5XAgAhWAIAdFgCAMdYAgAaWQIAbVkCAMBZAgBKEgEA//0BANdEDQBAkQAA7yUAAMYlCwBrHgIAShIBAPPSBACoLQIA4O0JAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDIyAgAIq0AAB66BQBxugUAxLoFABe7BQBquwUAvbsFAEoSAQCdEgEAHVAKADSWCADS0w0AjkIIACKtAAB8ngIAqC0CAL5cBQBqYQYAyMgIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAAAAAJuEAACZvgcAvYsAAO2QAADtkAAAQJEAAJrjAABsuAIAMg8HAFAcDQDvJQAAjkIIALVEDADtkAAAMg8HAJuEAACZvgcA7L4HAD+/BwB1BgwAJikMAHN4CwBXKQsAqqYFAEoSAQCSGQcA5RkHAP/9AQDXRA0AQJEAAOzoAQA/6QEAOtENABCMAADrCAsAAUcAAL5cBQBqYQYAyMgIAL2LAAAQjAAAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIAKZ4CAG3ACwDAwAsAE8ELAGbBCwC5wQsADMILAGphBgDs6AEAP+kBAEImAADF0QAA7OgBAFcpCwCqKQsArFACAP9QAgBSUQIApVECAPhRAgBLUgIA8Q0AAOzoAQB1BgwAJikMAHN4CwA/6QEAOtENABCMAADrCAsAAUcAAL5cBQBqYQYAyMgIAKknDQCrFwAA/hcAAHc7AQBEAAIA7LcIAD+4CACd9gQAUBwNAJfkBQB1rQAAE1oCAFlQAgB/JwIA94YIAEWhAQB1BgwA2MoEAIgiCwDbIgsALiMLAIEjCwDUIwsA7ZAAAECRAACa4wAAbLgCAKsXAAABRwAAm4QAAKgtAgC+XAUAamEGAMjICADtkAAAQJEAAJrjAABsuAIASTIKAI5CCAC1RAwAFUICAOzoAQC7VgsAuLkCAEoSAQD//QEAamEGAC11AQB/egIAm4QAAKgtAgC+XAUAamEGAMjICADs6AEACjsKAECRAACa4wAAbLgCAD/pAQCS6QEA5ekBADjqAQAAAAAA7OgBABeYCgBqmAoA4hMNADUUDQCIFA0A2xQNAOm5AQCoLQIAvlwFAP/9AQB4ggEACdgNAHUGDAA6JQIAjSUCAOAlAgDYygQAfJ4CAOKzAgA1tAIAiLQCANu0AgAutQIANMACAIfAAgDawAIALcECAIDBAgDTwQIAJsICAHnCAgDMwgIAH8MCAAAAAAC9iwAAEIwAADecAgCKnAIA3ZwCADCdAgCDnQIA1p0CANjKBAB8ngIA4rMCADW0AgCItAIA27QCAC61AgC9iwAA8Q0AAHUGDAAmKQwAIasCAHSrAgBKEgEA89IEAKknDQC2DwYACRAGAFwQBgCvEAYAlwACAF07CgCwOwoAj9wIAJj0AQBKEgEAi5cBAHWYAwDkogEAsHoBAIB1AQCY9AEA7OgBAOy3CAA/uAgAAUcAAL2LAABrHgIAGhoLAFAcDQCX5AUAda0AABNaAgBZUAIAfycCAJ32BADs6AEAVykLAKknDQAyDwcA7OgBALYPBgAJEAYAXBAGAK8QBgC9iwAA8Q0AANQdAAAXmAoAapgKANN1AQAmdgEAeXYBAMx2AQAfdwEArpIBADMsDQC9YQYAEGIGALKLBwAFjAcAWIwHAKuMBwD+jAcAS/EDAJ7xAwDx8QMARPIDAJfyAwDq8gMAMg8HAOzoAQBXKQsAqScNADIPBwDs6AEAtg8GAAkQBgBcEAYArxAGAL2LAADxDQAA1B0AALtWCwC4uQIAC7oCAF66AgCxugIABLsCACckCwB6JAsAzSQLACAlCwBzJQsAqScNADoeAwAirQAA+9MCAHXBCQBdjgoAsI4KAAOPCgBWjwoAqY8KAPyPCgDn1wwAQJEAAJrjAABsuAIA7OgBADMsDQCP3AgAAUcAAOzoAQAzLA0A7yUAAOzoAQD//QEAamEGAI/cCAAQjAAAN5wCAOy3CAC+HgIAFE4CAGdOAgDg7QkAM+4JAIbuCQABRwAA7OgBAHUGDAAmKQwAc3gLAFcpCwCk5wYAMg8HAOzoAQDF0QAALXUBABNFBQBURwAA7OgBADMsDQBMmQIAbxAJAMIQCQDvJQAAeIIBAMuCAQC7VgsADlcLAGFXCwC0VwsAjb0EAO43CwBBOAsAT54IAOzoAQDF0QAALXUBABNFBQBURwAA7OgBADMsDQBMmQIAbxAJAMIQCQDvJQAAeIIBAMuCAQBKEgEAer0BAM29AQAgvgEAc74BAMa+AQAZvwEAiCILAOzoAQDF0QAALXUBABNFBQBURwAA7OgBADMsDQBMmQIAbxAJAMIQCQDvJQAAeIIBAMuCAQAaGgsAbRoLAEyZAgAtdQEAMg8HAFAcDQDF0QAALXUBABNFBQBURwAA7OgBADMsDQBMmQIAbxAJAMIQCQDvJQAAeIIBAMuCAQAtdQEAf3oCAOzoAQCXFAsALT0JAC11AQCAdQEAkjUDAOU1AwBp9woA7OgBABoaCwBQHA0AQJEAAH8nAgDSJwIAJSgCAHgoAgDLKAIAHikCAHEpAgBXKQsAviQNABElDQCwegEAA3sBAFZ7AQBKEgEAkhkHAKsXAAABRwAA7OgBAHUGDAAmKQwAc3gLAAo7CgBdOwoAAUcAAI29BACIIgsA7OgBABeYCgBqmAoAvZgKALYPBgA6HgMAjR4DAOAeAwBKEgEA89IEAHiCAQB79gMAIq0AAO2QAAD//QEAamEGAI/cCAAQjAAAN5wCAPENAADs6AEAMywNAI/cCAABRwAA7OgBADMsDQDvJQAA7OgBAOy3CAC+HgIAFE4CAGdOAgABRwAA4O0JAJj0AQBxWQcAQJEAAOzoAQAaGgsAbRoLAEyZAgAtdQEAMg8HAFAcDQD//QEAiCILAOzoAQBaRAIArUQCAABFAgDQPwIAI0ACADIPBwDs6AEAVykLAKgtAgCQCAEA4wgBAHyeAgDPngIAIp8CALLCCwAFwwsAWMMLAKvDCwD+wwsAUcQLAKTECwD3xAsASsULAJ3FCwDwxQsAQ8YLAJbGCwDpxgsAPMcLAI/HCwDixwsANcgLAIjICwDbyAsALskLAIHJCwDUyQsAJ8oLAHrKCwDNygsAIMsLAHPLCwDGywsAGcwLAGzMCwC/zAsAEs0LAGXNCwC4zQsAC84LAF7OCwAtdQEAgHUBABVCAgBoQgIAu0ICAHv9AgDO/QIAIf4CAHT+AgDH/gIAGv8CAG3/AgDA/wIAEwADAGYAAwC5AAMADAEDAF8BAwAaGgsAhQ8HABF4DQBkeA0A//0BAJuEAAB1pgEA1B0AALtWCwC4uQIAqeIKAPziCgBP4woAouMKAOzoAQAXmAoA8MwKAEPNCgC7VgsA5e8MADjwDABZUAIAAUcAAL5cBQCAdQEAmPQBAOzoAQC9iwAA4wECAL2LAAABRwAAAUcAAL5cBQCAdQEAmPQBAOzoAQAaGgsA/jIIAMXRAAAXmAoAapgKAL2YCgDstwgAP7gIAHNkAgDq5AUATJkCAG8QCQDCEAkAiCILAOzoAQBKEgEAnRIBAB1QCgCbhAAApOcGADSWCACAdQEAmPQBAOzoAQDstwgAP7gIAJ32BADw9gQAQ/cEAKNUBQAXmAoA8MwKAEPNCgB4ggEAy4IBAFBiAwCjYgMA9mIDAEljAwCcYwMA72MDAHUGDAAnvA0Ap0cAAM5QAwAhUQMAdFEDAMdRAwB1pgEA1B0AAFr+CwDs6AEAF5gKAGqYCgC9mAoAShIBAJIZBwDlGQcAnRIBAGseAgAXmAoA8MwKAEPNCgAXmAoAapgKAL2YCgAPpQoAYqUKALWlCgCXFAsACD8BAFs/AQC1SwsACEwLAFtMCwCuTAsA7OgBADMsDQDvJQAA7OgBALtWCwDl7wwAOPAMAFlQAgABRwAAvlwFAIB1AQCY9AEA7OgBAL2LAAAbyQgAbskIAMHJCAAUyggAZ8oIALrKCAANywgAYMsIAHUGDAAmKQwAc3gLALtWCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABXKQsAqC0CADMsDQDIyAgA7OgBALtWCwBEDgAA5lkIADlaCACMWggA31oIAOzoAQBTAAAAAUcAAL5cBQCAdQEAmPQBAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMAxoYJABmHCQAzLA0AyMgIAOzoAQC9iwAAEIwAADoeAwD02wEA7OgBABoaCwD+MggAShIBAPPSBAAtdQEAgHUBAOzoAQC7VgsARA4AAOZZCAA5WggAjFoIAN9aCADs6AEAj9wIAOLcCAA13QgAiN0IANvdCAAu3ggAgd4IANTeCAAn3wgAet8IAM3fCAAg4AgAc+AIAMbgCAAZ4QgAbOEIAL/hCAAS4ggAu1YLANQdAAAnHgAAeh4AAM0eAAAgHwAA+9MCAPENAADs6AEAdQYMACe8DQCnRwAA+kcAAE1IAACgSAAA80gAAEZJAACZSQAA7EkAAD9KAABdjgoAsI4KAKsXAAA6HgMAgHUBAJj0AQDs6AEAMywNAMjICADs6AEA9x4LAPNqBwBGawcAeIIBAMuCAQAirQAAfJ4CAM+eAgAinwIAAAAAAHiCAQDxDQAABGgCAFdoAgCoLQIA4O0JAEWhAQAAAAAAAAAAAAAAAAAAAAAAAAAAAKLIAgD1yAIARaEBAAAAAACiyAIA9cgCAHjOAgArywQAnsAKAPHACgBEwQoAl8EKAOrBCgA9wgoAkMIKAOPCCgDykgMARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwDdlQMAMJYDAIOWAwDWlgMAKZcDAHyXAwB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwBAfAMAk3wDAOZ8AwA5fQMAjH0DAN99AwAyfgMAhX4DANh+AwArfwMAfn8DAAitCQBbrQkArq0JAAGuCQBUrgkAp64JAPquCQBNrwkAoK8JAPOvCQBGsAkAmbAJAOywCQA/sQkAkrEJAOWxCQA4sgkAmPQBAPvTAgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA//0BAJuEAADxDQAA1aIDACijAwAJ2A0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAQHwDAJN8AwA/6QEAkukBAOXpAQA46gEAqiIMADMYBACGGAQA2RgEACwZBAB/GQQA0hkEACUaBAB4GgQACjsKAKgzDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAxdEAAKBqBwAtdQEAf3oCAAnYDQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAHDNBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMA1ecFACjoBQB76AUAzugFACHpBQB06QUAuLkCAAu6AgAirQAAUwAAABi9AwBXFQIACJENAFuRDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAVxUCAISXDQB8ngIA4rMCADW0AgCItAIA27QCACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwCrFwAA/hcAAMXRAADtkAAAQJEAAJrjAABsuAIA15cNADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAMg8HAP4yCADtkAAA8Q0AADI/DAD+FwAAdzsBAODtCQCtSwEAoE4LAHWYAwAEaAIA4O0JAGn3CgCa4wAAbLgCAOzoAQDYygQAfJ4CAM+eAgAinwIAdZ8CAD/pAQCS6QEA5ekBADjqAQBKEgEAUwAAAC09CQBrHgIAAUcAAODtCQBp9woAmuMAAGy4AgB4ggEAe/YDAM72AwBTAAAAoTwAAFcVAgD4qg0ALXUBAP/9AQAA1gUAvh4CAFlQAgCIIgsA7OgBALYPBgAJEAYAXBAGAK8QBgB4ggEAy4IBAFBiAwCjYgMAUBwNADIPBwD70wIAeIIBAMuCAQBQYgMAo2IDAPZiAwBJYwMAnGMDAO9jAwB1BgwAJ7wNAKdHAACQCAEAUwAAAC09CQDxDQAABGgCAJj0AQBrHgIAfycCAPENAADVogMAKKMDAJAIAQDs6AEAVykLABZDDABPnggAop4IAPWeCABInwgA7LcIAD+4CABzZAIA6uQFAGseAgAyDwcA7OgBAFcpCwCk5wYA9+cGAEroBgCd6AYA4O0JAGn3CgBXFQIA7OgBAEoSAQCLlwEAdZgDAOSiAQCwegEAgHUBAJj0AQDs6AEAVykLAKqmBQCY9AEAcVkHAEoSAQDs6AEAF5gKABNFBQBmRQUAGhoLAFAcDQCjHA0AphsIAHEvDQDELw0A8Q0AAOzoAQAzLA0AyMgIAAAAAAAAAAAA+9MCADjjAgCDvwkA1r8JACnACQB8wAkACjsKAECRAACa4wAAbLgCAHUGDAAmKQwAc3gLANjKBAArywQAfssEANHLBAAkzAQAd8wEAFAxCgCjMQoA9jEKAMgGDABp9woAvPcKAA/4CgBi+AoAtfgKAAj5CgBb+QoArvkKAAH6CgAaGgsA6v8NAO2QAAB1BgwAJikMAHN4CwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAEB8AwC+XAUAEV0FAGRdBQC3XQUACl4FAAQbDQATRQUA4O0JANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBACdCwIA8AsCAL5cBQARXQUAZF0FALddBQAKXgUAXV4FACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABwzQQAw80EABbOBABpzgQAvM4EALtWCwDUHQAAJx4AAHoeAADNHgAAIB8AAPvTAgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAEB8AwC+XAUAEV0FAGRdBQAK2gsAXdoLALDaCwAD2wsAFtwCAGncAgDesgkAsdUKAPeGCACP3AgAAUcAAODtCQB1BgwAJikMAHN4CwD3HgsA82oHAEZrBwDtkAAAAUcAAMXRAABqYQYAax4CANA/AgDs6AEAF5gKAPDMCgBDzQoAvYsAABCMAABrHgIAfycCAA3nBABg5wQAs+cEAJuEAAD//QEAeIIBAAAAAADs6AEA0D8CAO3wCgCAdQEAFUICAPvTAgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMA/gkCAFEKAgDYygQAfJ4CACvfDQB+3w0A0d8NALfZCwAN9QIARA4AAEoSAQCSGQcAkAgBAAFHAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAFAxCgCjMQoA9jEKAIgiCwDxDQAA1aIDACijAwAAAAAA+9MCABMpCQBAkQAAmuMAAGy4AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAKBqBwCIIgsAAAAAAAAAAAAAAAAAosgCAPXIAgBFoQEAAAAAAAAAAAAAAAAAAAAAAKLIAgD1yAIAeM4CACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwDV5wUAKOgFAHvoBQDO6AUAIekFAHTpBQBKEgEAPFIEAI9SBADiUgQANVMEADIPBwD//QEA7OgBAEoSAQCdEgEAHVAKAHBQCgDDUAoAShIBADxSBACPUgQA4lIEADVTBAAirQAAda0AAMitAAAbrgAAbq4AAEoSAQB6vQEAEIwAADoeAwAirQAAfJ4CAKgtAgC+XAUAamEGAMjICADxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDm1gIAFtUDAG/0DACGawQA2WsEACxsBAB/bAQA0mwEACVtBAB4bQQAy20EAB5uBABxbgQAxG4EAOzoAQB4ggEAe/YDAIB1AQDQPwIA7OgBAD/pAQCS6QEA5ekBAMkBCwAcAgsAVykLAKTnBgAyDwcAax4CAH8nAgDxDQAA5KIBAGnwCwCS8AAAz5AEAPNqBwBGawcAmWsHAADBCABTwQgApsEIAPnBCABMwggAn8IIAPLCCABFwwgAmMMIAOvDCABXKQsAqScNAIgiCwDs6AEAMywNAO8lAADs6AEAdQYMACe8DQCnRwAA+kcAAFMAAACmGwgAl+QFAC11AQBBiwsAjkIIAO2QAAAyDwcA7OgBAEoSAQA8UgQAj1IEAOJSBAA1UwQA4AIHAPceCwDzagcARmsHAJlrBwBKEgEAPFIEAI9SBADiUgQANVMEAOACBwAzAwcAhgMHANkDBwAsBAcAfwQHANIEBwAlBQcAeUwHAPNqBwBGawcAmWsHAOzoAQCgagcAiCILAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATxQEAKIUBAAsowgAf6MIANKjCAAlpAgAeKQIAMukCAAepQgAcaUIAMSlCAAXpggAaqYIAL2mCAAQpwgAY6cIALanCAAJqAgAXKgIAEB8AwC+XAUAEV0FAGRdBQAK2gsAXdoLALDaCwAD2wsAMywNAL1hBgAQYgYAsosHAAWMBwBYjAcAq4wHAP6MBwBRjQcA7OgBAHUGDAC+XAUAEV0FAGRdBQAK2gsAXdoLALDaCwAD2wsAe/YDAJ0LAgDxDQAA1aIDACijAwCdCwIA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAEB8AwC+XAUAEV0FAGRdBQAK2gsAXdoLALDaCwAD2wsAMywNAL1hBgAQYgYAsosHAAWMBwBYjAcAq4wHAP6MBwBRjQcA7OgBAHUGDAC+XAUAEV0FAGRdBQAK2gsAXdoLALDaCwAD2wsAQHwDAL5cBQARXQUAZF0FAAraCwBd2gsAsNoLAAPbCwAzLA0AvWEGABBiBgCyiwcABYwHAFiMBwCrjAcA/owHAFGNBwDs6AEAdQYMAL5cBQARXQUAZF0FAAraCwBd2gsAsNoLAAPbCwBrHgIABBsNAH96AgDLggEAHoMBAIgiCwCdCwIAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAA3uAwBMpgwAc70NAL2LAAAQjAAAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABUfgQAp34EAPp+BABNfwQAoH8EAPN/BABGgAQAmYAEAOyABACAdQEAmPQBAOzoAQB1BgwAJikMACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAOckEAIzJBADfyQQAMsoEAIXKBAC9iwAAEIwAADoeAwD02wEA7OgBALtWCwBEDgAA5lkIADlaCACMWggA31oIAPvTAgCbhAAA9NsBAGseAgB/JwIAAUcAAI29BADgvQQA7ZAAAPENAABTAAAAphsIAPkbCACa4wAAfycCAAAAAAC9iwAA7ZAAAPENAAAEaAIA4O0JAGn3CgCa4wAAbLgCAHXBCQDIwQkAG8IJAGDnBACz5wQABugEAFnoBACs6AQA/+gEAFLpBACl6QQA+OkEAEvqBACe6gQA8eoEAETrBACX6wQA6usEAD3sBACQ7AQA4+wEADbtBACJ7QQA3O0EAC/uBACC7gQA1e4EACjvBAB77wQAzu8EACHwBAB08AQAx/AEABrxBABt8QQAwPEEABPyBABm8gQAufIEAJuEAADuhAAAPngHAJF4BwAyDwcA7OgBAHUGDAAnvA0Ap0cAAEoSAQDz0gQARtMEAOzoAQDstwgAP7gIAAFHAACNvQQA4L0EAO2QAADxDQAA7OgBAJcUCwAFaQwA+RsIAOzoAQDstwgAP7gIAAAAAAC9iwAA7ZAAAPENAAAEaAIA7OgBAHiCAQB79gMAS/EDAIuXAQATRQUAZkUFAGqKDADF0QAAoGoHAC11AQAirQAAPngHAOzoAQAXmAoA8MwKADIPBwA0lggAdZgDAPvTAgAirQAAfJ4CAOKzAgA1tAIAiLQCANu0AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA22cNAGn3CgCa4wAAbLgCAKkvAAB1rQAAyK0AABuuAABurgAAwa4AAPvTAgAirQAAfJ4CAOKzAgA1tAIAiLQCANu0AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA22cNAGn3CgCa4wAAbLgCAO2QAAAyDwcANJYIAHWYAwCpLwAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQC8dAUAD3UFAJ7ACgDxwAoARMEKAJfBCgDqwQoAPcIKAJDCCgDjwgoAmPQBAHFZBwDEWQcA7OgBAFcpCwCqpgUA7LcIAD+4CADxDQAARA4AAI/cCABrHgIAIq0AAGrJAwC9yQMAEMoDAGPKAwC2ygMACcsDAFzLAwCvywMAAswDAFXMAwCozAMA+8wDAE7NAwDOsQEAIbIBAHSyAQDHsgEAGrMBAGr5CAC9+QgAEPoIAGP6CAC2+ggACfsIAFz7CACv+wgAAvwIAFX8CACo/AgA+/wIAE79CACh/QgA9P0IAEf+CACa/ggA7f4IAED/CADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAvWgFABBpBQBjaQUAtmkFAAlqBQBcagUAr2oFAE7UAgCh1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABUfgQAp34EAPp+BABNfwQAoH8EANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwCXFAsApcYJAPjGCQBLxwkAnscJAPHHCQBEyAkAl8gJAOrICQA9yQkAkMkJAOPJCQA2ygkAicoJANzKCQAvywkAgssJANXLCQAozAkAe8wJAM7MCQAhzQkAdM0JABbcAgBp3AIA3rIJALHVCgD3hggAj9wIAAFHAADg7QkAdQYMACYpDABzeAsA9x4LAPNqBwBGawcAdcEJAMjBCQCd9gQA8PYEAEP3BACjVAUAu1YLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAMXRAADtkAAAqxcAAAFHAADs6AEAVykLAMXRAABYCQIAAUcAAOzoAQDF0QAAWAkCAF3TDACw0wwAtg8GAAkQBgBcEAYArxAGAAIRBgAtPQkA8Q0AAOSiAQCwegEA//0BAHiCAQAJ2A0AdQYMACYpDABzeAsA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAFAxCgCjMQoA9jEKAHUGDAAnvA0Ap0cAAOy3CAA/uAgAnfYEAPD2BABD9wQAo1QFALtWCwDUHQAAJx4AAHoeAADNHgAAIB8AAJLwAACVLAsAyJgDANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwC9TAkAapgKAL2YCgD//QEAANYFAFPWBQCm1gUA+dYFAKsXAADs6AEAu1YLAOXvDAA48AwAqC0CAC11AQBL8QMAkhkHAGphBgCP3AgAAUcAAODtCQBp9woAmuMAAGy4AgDsQQ0AvlwFABFdBQBkXQUAt10FAApeBQBdXgUAuXwJANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAcM0EAMPNBAAWzgQAac4EALzOBAC7VgsA1B0AACceAAB6HgAAzR4AAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAFtwCAGncAgDesgkAMbMJAISzCQDXswkAKrQJAH20CQA/6QEAjkIIAOFCCAA0QwgAMywNAGseAgDs6AEAGhoLAG0aCwBrHgIAfycCAHNkAgABRwAAJhwCAGseAgCIIgsA7OgBAEWhAQC9iwAAEIwAADoeAwD02wEA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwAfmQgA3rkIABy9CABvvQgAwr0IABW+CABAfAMAvlwFABFdBQBkXQUACtoLAF3aCwCw2gsAA9sLADMsDQC9YQYAEGIGALKLBwAFjAcAWIwHAKuMBwD+jAcAUY0HAOzoAQB1BgwAvlwFABFdBQBkXQUACtoLAF3aCwCw2gsAA9sLAAFHAAC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQCwXgUAA18FAFZfBQCpXwUAOncOAI13DgBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBAfAMAvlwFABFdBQBkXQUAt10FAApeBQC+3woA1B0AAGtVBgAJ2A0Al+QFAAFHAAC+XAUAamEGAMjICAABRwAAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAsF4FAANfBQBWXwUAqV8FAO2QAABAkQAAmuMAAGy4AgA+9QEAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAsF4FAB0ZBgBwGQYAwxkGABYaBgBpGgYAvBoGAA8bBgBEDgAA5lkIADlaCACMWggA31oIACYcAgC9YQYAEGIGAGNiBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPvTAgATKQkAQJEAAJrjAABsuAIAqxcAAP4XAADi4wcANeQHAIjkBwDb5AcALuUHAIHlBwC+HgIATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAOzoAQB1BgwAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAuXwJADddCwAirQAAIq0AAB66BQBxugUAxLoFABe7BQCd9gQA7OgBAFcpCwDvJQAAAUcAAODtCQBp9woAu1YLANQdAABrVQYACdgNAJfkBQABRwAAvlwFAGphBgDIyAgA7OgBAAo7CgBAkQAAmuMAAGy4AgAN9QIAybUJABy2CQBvtgkAwrYJABW3CQBotwkAH64FAHKuBQDFrgUAGK8FAGuvBQC+rwUAEbAFAGSwBQC3sAUACrEFAA/IBQBiyAUAtcgFAAjJBQBbyQUArskFAL2LAABrHgIAax4CAH8nAgCrFwAAAUcAAOzoAQB1BgwAJikMAL1hBgAtPQkAeIIBAMuCAQAegwEAiCILAPvTAgAAAAAA7OgBAHUGDAA6JQIAjSUCAOAlAgC32QsAu1YLAA5XCwAtdQEAE0UFAJuEAAD//QEAeIIBAAnYDQC7VgsA1B0AACceAAB6HgAAzR4AACAfAACzjQUA7OgBAD/pAQDGJQsAGSYLAGwmCwB1BgwAvlwFABFdBQBkXQUAt10FAApeBQBdXgUA+9MCABbcAgBp3AIA3rIJAFcpCwBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEACdgNALtWCwDUHQAAJx4AAHoeAADNHgAAIB8AAEoSAQAAAAAAUwAAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIAax4CAPeGCAA1bgwAI0ACAECRAABdjgoAsI4KAGseAgB/JwIADecEAGDnBACz5wQAm4QAAP/9AQB4ggEACdgNAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAEIwAAKsXAACIIgsA+9MCAAFHAAAirQAAUwAAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwDvJQAABqoBAFmqAQCsqgEAIq0AAPC4AQA4kAIAqHkDAGseAgB/JwIA0icCADrRDQDxDQAA1B0AALPLCAAGzAgAWcwIAKzMCAD/zAgAUs0IAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQAN9QIARA4AAOZZCAA5WggAjFoIAN9aCADs6AEACjsKAECRAACa4wAAbLgCADp3DgCNdw4A4HcOADN4DgCGeA4A2XgOACx5DgB/eQ4A0nkOACV6DgB4eg4Ay3oOAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwDdlQMA9x4LAPNqBwBGawcA//0BAADWBQBT1gUAptYFAPnWBQBM1wUAvt8KACdxAABMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAm4QAAO8lAADQPwIA7/sFAM6xAQDxDQAAqS8AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQBAkQAAmuMAAGy4AgAyPwwA394BAGKKAgC1igIACIsCAFuLAgD3hggA7yUAAGseAgB/JwIAAUcAAI29BADgvQQA7ZAAAPENAADUHQAArUsBAABMAQBTTAEA3V0LADBeCwCDXgsA7OgBAEoSAQDz0gQAiCILAOzoAQC2DwYACRAGAFwQBgCvEAYA//0BANdEDQBXKQsATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAKsXAAD+FwAAdzsBAEQAAgCXFAsACD8BAH8nAgDxDQAA1B0AAKsXAAABRwAA7OgBABeYCgBqmAoAvZgKAEoSAQCSGQcAAUcAAJuEAACk5wYA9+cGABF4DQBkeA0AqqYFAFcpCwDvJQAAAUcAAODtCQBp9woArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BANHZAgC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQC5fAkADH0JAF99CQCL6gEALXUBAGseAgB/JwIAnfYEAOzoAQDF0QAAoGoHAC11AQB/egIACdgNAD/pAQBCJgAAAUcAACKtAAA+eAcALXUBAIB1AQCY9AEA7OgBAHUGDAAmKQwAvWEGAC11AQAirQAA7OgBAEoSAQCSGQcAAUcAAJuEAACk5wYA9+cGABF4DQDYygQAK8sEAJ7ACgDxwAoARMEKAJfBCgDqwQoAPcIKAJDCCgDjwgoANsMKAInDCgAKOwoA8Q0AAARoAgBXaAIA//0BAHiCAQB79gMAdZgDAOMBAgA58goAdQYMACYpDABzeAsAF5gKAFMAAADuhAAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAE7UAgCh1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAP/9AQBqYQYAamEGAAFHAADxDQAABGgCAI29BADuNwsAblMNAOzoAQA/6QEAax4CAPeGCABKEgEA7OgBAEWhAQCS8AAA+9MCAObWAgB1rQAAyK0AABuuAABurgAAwa4AABSvAAD3HgsASh8LAJ0fCwDwHwsA7LcIAF2OCgCwjgoA7OgBADMsDQCP3AgAAUcAAOzoAQAzLA0A7yUAAOzoAQBXKQsATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAAnYDQD//QEAANYFAFPWBQCm1gUA+dYFAEzXBQC+3woA7OgBAHUGDAAmKQwAc3gLAHUGDACbhAAAmb4HANA/AgDs6AEAdQYMAKknDQCIIgsA7OgBADMsDQDvJQAA7OgBAHUGDAAnvA0Ap0cAAPpHAABNSAAA7ZAAADIPBwDs6AEA//0BAADWBQBT1gUAptYFAPnWBQBM1wUAeIIBAJuEAAB1pgEABGgCAL5cBQAirQAA8Q0AANQdAACbhAAAWVACACKtAAA+eAcAVxUCAAiRDQBbkQ0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AAFcVAgCElw0A15cNADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAAAAAABTAAAAphsIAHEvDQDxDQAA1B0AAJuEAABZUAIAIq0AAD54BwBTAAAANQ4CAFcVAgAIkQ0AW5ENAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAABXFQIAhJcNANeXDQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQBAkQAAmuMAAGy4AgD70wIAAUcAAI29BADuNwsAFE4CAPENAABTAAAALT0JAGseAgABRwAA+9MCAAFHAACNvQQA7jcLABROAgDxDQAAUwAAAC09CQBrHgIAAUcAAPvTAgATKQkAQJEAAJrjAABsuAIAeIIBAHv2AwBMmQIALXUBAIB1AQCY9AEAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAMaGCQDUHQAAJx4AAJrjAABsuAIAnQsCAPALAgCNvQQA7jcLABROAgDxDQAAUwAAAC09CQBrHgIAAUcAAFcVAgCElw0A15cNADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCADp3DgCNdw4AadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMACjsKAECRAACa4wAAbLgCAGW5AgB8ngIAK98NAH7fDQDR3w0AJOANAHfgDQDK4A0AHeENAHDhDQCfhAUA8oQFAEWFBQCYhQUA64UFAD6GBQCRhgUA+9MCAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAQHwDAL5cBQARXQUAZF0FALddBQAKXgUAXV4FALl8CQDYygQAfJ4CACvfDQB+3w0A0d8NACTgDQB34A0AyuANAB3hDQBw4Q0A5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAFHAAC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQCwXgUAA18FAFZfBQCpXwUAFtwCAO2QAADF0QAAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQBAkQAAmuMAAGy4AgDIyAgA/hcAAJr3CQDt9wkAm4QAAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQAJ2A0A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAJ3EAAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQAJ2A0A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAW3AIAadwCAN6yCQBXKQsAmb4HAHv2AwBMmQIAbxAJALYPBgAJEAYAmvcJAO33CQDxDQAA7OgBAD/pAQDGJQsAGSYLAGwmCwC/JgsAF5gKAGqYCgC9mAoAiCILAGphBgCP3AgAax4CAOzoAQDYygQAda0AAL2LAADxDQAABGgCAODtCQDs6AEAtg8GAAkQBgCa9wkA7fcJAFcpCwBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAMywNACKtAAAirQAAHroFAHG6BQDEugUAF7sFAJ32BADs6AEAxdEAAKBqBwAtdQEAf3oCAAnYDQAKOwoA8Q0AAARoAgBXaAIA//0BAHiCAQB79gMAdZgDAOMBAgAtdQEAgHUBAJj0AQDs6AEAVykLAKqmBQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAEB8AwCTfAMA5nwDADl9AwDVogMAKKMDAOACBwAzAwcAhgMHANkDBwAsBAcAfwQHAHUGDAAirQAAUwAAAAAAAAAtdQEAUwAAAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAEB8AwCTfAMA5nwDAHUGDAAnvA0Ap0cAAPceCwDzagcARmsHAJlrBwB1BgwAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAuXwJAAx9CQBffQkAi+oBAC11AQBrHgIAfycCADMsDQC9YQYAEGIGAGNiBgDs6AEAdQYMACKtAABTAAAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAxdEAAC11AQATRQUAVEcAAOzoAQD3HgsA82oHAEZrBwCZawcA7OgBADIPBwCFDwcAblMNAAFHAAC+XAUATJkCAG8QCQC7VgsA1B0AACceAAB6HgAAzR4AACAfAABzHwAA7m8DAEFwAwCUcAMAvYsAABCMAAA3/QAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAAnYDQAzLA0Aax4CAOzoAQAaGgsA/jIIAO2QAADxDQAA7OgBALYPBgAJEAYAXBAGAK8QBgCXAAIAqDMNAKBOCwB1mAMAMg8HAPENAADs6AEAu1YLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAO5vAwBBcAMAlHADAL2LAAAQjAAAN/0AAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQAJ2A0AMywNAGseAgDs6AEAGhoLAP4yCADtkAAA8Q0AAOzoAQC2DwYACRAGAFwQBgCvEAYAlwACAKgzDQCgTgsAdZgDAOzoAQC7VgsA1B0AACceAAB6HgAAzR4AACAfAABzHwAA7m8DAEFwAwCUcAMAvYsAABCMAAA3/QAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAAnYDQAzLA0Aax4CAOzoAQAaGgsA/jIIAO2QAADxDQAA7OgBALYPBgAJEAYAXBAGAK8QBgCXAAIAqDMNAKBOCwB1mAMAAAAAAJuEAACZvgcA7L4HAHv2AwD70wIAax4CAAQbDQCAdQEAmPQBAHFZBwBAkQAAmuMAAGy4AgAW3AIAadwCAN6yCQAxswkA1B0AACceAAB6HgAAzR4AACAfAABzHwAAVykLAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQDtkAAAShIBACKtAAB8ngIA7oQAAD54BwCReAcA8Q0AANQdAAAnHgAAeh4AAM0eAAAgHwAAfycCAECRAACa4wAAbLgCAM6xAQDxDQAA+9MCAA31AgDJtQkAHLYJAG+2CQDCtgkAFbcJAGi3CQC32QsA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAFAxCgCjMQoAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAuXwJAHUGDAAmKQwAMg8HAFAcDQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA0dkCACe8DQCnRwAAURANAKQQDQAXmAoA8MwKAEPNCgC2DwYACRAGAFEYAABXKQsATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAAnYDQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAFcpCwCoLQIA5fYLACe8DQAtdQEAdZgDAMiYAwBKEgEAnRIBAEoSAQCSGQcAqxcAAHiCAQB79gMAzvYDAEhoBAAirQAAVxUCAISXDQDXlw0AOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIA+KoNANQdAAAnHgAAeh4AAM0eAAAgHwAAMg8HAFAcDQCbhAAApOcGAPvTAgD+MggAxdEAAKsXAAD70wIAoGoHAPNqBwBGawcAmWsHAHiCAQDLggEAkgQKAOUECgA4BQoAiwUKAKYbCAD5GwgAmuMAAGy4AgBKEgEA89IEAFlQAgDQPwIAI0ACADIPBwDs6AEAGhoLAFAcDQCbhAAA9x4LAEofCwCdHwsA8B8LAEMgCwCWIAsA6SALADwhCwAf1wsAqScNADIPBwDs6AEAF5gKAPDMCgBDzQoAEicLAG0aCwB1mAMAJ3EAAP/9AQB4ggEACdgNADIPBwDs6AEAvYsAABCMAAABRwAAvlwFAH96AgDs6AEAdQYMAL5cBQARXQUAZF0FAAraCwBd2gsA7LcIAD+4CAABRwAAjb0EAO2QAAABRwAAm4QAAKTnBgAyDwcAax4CAAQbDQCAdQEA7yUAAMYlCwCS8AAAAtoBADMsDQBrHgIA7OgBAJj0AQBxWQcAxFkHAKsXAABjKwIAtisCAAksAgAtdQEAgHUBAO8lAADGJQsAkvAAAALaAQD3HgsA82oHAEZrBwCZawcA7GsHAD9sBwCSbAcA5WwHADhtBwCLbQcA3m0HADFuBwCEbgcA124HACpvBwB9bwcA0G8HACNwBwB2cAcAyXAHAKQsCQD3LAkASi0JAMkBCwAcAgsAAAAAAGphBgDxDQAABGgCAKsXAABjKwIAtisCAAksAgB4ggEAy4IBAJIECgDlBAoAOAUKAIsFCgDeBQoAMQYKAIQGCgDXBgoAKgcKAH0HCgB9AAsAvWEGABBiBgBjYgYA7OgBAL2LAAAQjAAAOh4DAPTbAQDs6AEAu1YLAEQOAADmWQgAOVoIAIxaCAC7VgsA5e8MADjwDACoLQIAvYsAAPENAADs6AEAoGoHADnyCgCX5AUA0D8CACNAAgAyDwcA/jIIAL1hBgAQYgYAsosHAAWMBwBYjAcAq4wHAP6MBwBRjQcApI0HAPeNBwBKjgcAnY4HAPCOBwBDjwcAlo8HAOmPBwA8kAcAj5AHAOKQBwA1kQcAiJEHANuRBwAukgcAEaIHAGSiBwC3ogcACqMHAAraCwBd2gsAsNoLAAPbCwBW2wsAqdsLAPzbCwBP3AsAotwLAPXcCwBI3QsAm90LAO7dCwBB3gsAlN4LAOfeCwA63wsAjd8LAODfCwAz4AsAhuALANngCwAs4QsAf+ELANLhCwAl4gsA+RsIAL4eAgCoLQIAvlwFAGphBgDIyAgAAUcAAL5cBQARXQUAZF0FALddBQAKXgUAXV4FALBeBQAdGQYAcBkGAMMZBgAWGgYAaRoGALwaBgAPGwYAAd8CAHq9AQABRwAAm4QAAKgtAgDg7QkAMywNAL1hBgAQYgYAsosHAAWMBwBYjAcAq4wHAP6MBwBRjQcA7OgBAHUGDAC+XAUAEV0FAGRdBQAK2gsAXdoLALDaCwAD2wsAVtsLAP4JAgC9iwAAEIwAADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AABKEgEAnRIBAB1QCgA0lggA0tMNAIgiCwDs6AEA2MoEACvLBACewAoAEIwAAAFHAADg7QkAYhsGALUbBgAIHAYAWxwGAK4cBgABHQYAVB0GAKcdBgDF0QAAWAkCAC11AQATRQUAvlwFAIB1AQCY9AEA7OgBAD/pAQDGJQsAax4CAOzoAQBMmQIAn5kCAPKZAgBFmgIAoGoHAPNqBwBGawcAmWsHAFdoAgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAIq0AAAAAAAB4ggEA+9MCABbcAgBp3AIA3rIJAPceCwDzagcARmsHAJlrBwDxDQAA7OgBAFcpCwBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEACdgNABeYCgBqmAoAvZgKAA+lCgBipQoAtaUKAJcUCwAtPQkAgD0JAE7UAgCh1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABrHgIAfycCAA3nBACoLQIA4O0JALtWCwDUHQAA8Q0AAOSiAQCwegEAamEGAHiCAQB4ggEA7OgBAPceCwDzagcARmsHAJlrBwCS8AAAlSwLAE8UBAB1BgwAjb0EAOC9BADtkAAAMg8HAOzoAQA/6QEAxiULAGseAgDs6AEAAAAAAL2LAADtkAAAQJEAAIgiCwDs6AEAP+kBAJLpAQDl6QEAOOoBAKsXAAD+FwAAmvcJAO33CQDxDQAA7yUAAAaqAQBZqgEArKoBAFAcDQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA5tYCABbVAwCewAoA8cAKAETBCgCXwQoA6sEKAD3CCgCQwgoA48IKAOy3CAA/uAgADecEAGDnBACz5wQA7OgBAFcpCwCpJw0AiCILAOzoAQDYygQAK8sEAH7LBAAFvAwAWLwMAO6EAABPnggA7OgBAJcUCwAtPQkALXUBAIB1AQCoLQIA8Q0AAPvTAgAW3AIAadwCAN6yCQAxswkA1B0AACceAAB6HgAAzR4AACAfAACzjQUA7OgBAFcpCwBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEACdgNAD/pAQDGJQsAax4CAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwDxDQAA1B0AACceAAB6HgAAzR4AACAfAACzjQUABo4FACceAACa4wAAbLgCANQdAAAnHgAAmuMAAGy4AgA6dw4AjXcOAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAnQsCAGseAgB/JwIA0icCADrRDQDxDQAA1B0AAMZ4CwBjKwIANtgHAInYBwDs6AEAu1YLANQdAAAnHgAAeh4AAM0eAAAirQAA0D8CAKBqBwDzagcAj9wIAPENAADUHQAAnQsCADIPBwBrHgIABBsNAEyZAgBvEAkAwhAJAFcVAgAIkQ0AQJEAAJrjAABsuAIAVxUCAKsXAADtkAAAAUcAAMXRAABqYQYAax4CANA/AgAjQAIAQJEAAJrjAABsuAIAOncOAI13DgDDOw0AFjwNAGk8DQAAAAAAAAAAAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA+9MCAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMAdQYMACe8DQCnRwAACjsKAF07CgAyDwcAUwAAAC09CQAtdQEAgHUBAJI1AwDs6AEAvYsAAGseAgB4ggEA+9MCABQJAACgagcApc0IAPjNCADYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAUDEKAKMxCgD2MQoAdQYMACe8DQCnRwAAzlADAP4yCABRMwgApDMIAPczCABKNAgAfHQIABoaCwCFDwcA7ZAAAEoSAQCdEgEAzlADAP4yCABRMwgApDMIAPczCABKNAgAfHQIABoaCwCFDwcA7ZAAAEoSAQCdEgEA8BIBAOzoAQDstwgAXY4KALCOCgCrFwAAOh4DAIB1AQCY9AEA7ZAAAECRAABKEgEAi5cBAHWYAwDkogEAsHoBAGphBgDIyAgA7OgBABoaCwBQHA0AqxcAADoeAwDtkAAAMg8HAOzoAQDF0QAAoGoHAC11AQB/egIACdgNAHUGDACNvQQAiCILAC11AQCAdQEAmPQBAOzoAQB1BgwAJikMAHN4CwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAUDEKAKMxCgD2MQoAdQYMACe8DQCnRwAAzlADAP4yCABRMwgApDMIAPczCABKNAgAfHQIABoaCwCFDwcA7ZAAAEoSAQCdEgEAGhoLAOr/DQA9AA4AkAAOAOMADgA2AQ4AiQEOANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBABqAAgAamEGACKtAADQPwIAI0ACAECRAAB/JwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKHNAwCPIQsA4iELADUiCwCvkwsAoGoHAC11AQB/egIACdgNAD/pAQBCJgAAAUcAACKtAAA+eAcALXUBAIB1AQCY9AEA7OgBALtWCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABXKQsAblMNAC11AQDs6AEATJkCAG8QCQDCEAkAvt8KALB6AQBqYQYALXUBAH96AgAJ2A0AqxcAAP4XAAB3OwEA7yUAAMYlCwAZJgsAbCYLAL8mCwCKnAIAQJEAAJrjAABsuAIARaEBAKPlCAD25QgASeYIAJzmCADv5ggAQucIAAAAAACiyAIA9cgCALYPBgAJEAYAURgAAJPBBQDmwQUAtf8JAAgACgBbAAoAP+kBAI5CCADhQggANEMIADMsDQBrHgIA7OgBABoaCwBtGgsAax4CAH8nAgBzZAIAAUcAACYcAgBrHgIACjsKAF07CgCwOwoAAzwKAFY8CgAAAAAATJkCAJ+ZAgBZUAIAAAAAAGseAgBdjgoAsI4KAAAAAAAyDwcA/jIIAFEzCACkMwgA9zMIAEo0CAAWXwgAaV8IALxfCAAPYAgAIq0AANA/AgAjQAIAAUcAAKsXAAD+FwAAdzsBAO8lAADGJQsAGSYLAGwmCwC/JgsAipwCAECRAACa4wAAbLgCAFcVAgD4qg0ARA4AAOZZCADHxgoAjkIIALVEDAAVQgIA7OgBAFcpCwCqpgUATJkCAJ+ZAgDymQIAe/YDADIPBwDs6AEAGhoLAP4yCABRMwgApDMIAPczCABKNAgAfHQIAAo7CgBdOwoATJkCAC11AQBrHgIA94YIAMjICABKEgEAkhkHAKsXAADF0QAAamEGAGseAgDQPwIA7fAKAIB1AQCY9AEA7OgBANjKBAArywQAfssEAAW8DABYvAwAq7wMAP68DABRvQwApL0MAOzoAQDstwgAXY4KALCOCgADjwoAVo8KAKmPCgD8jwoAu1YLAOXvDACNvQQA7jcLAKgtAgDg7QkAmPQBAOzoAQAXmAoA8MwKAEPNCgAKOwoALXUBABNFBQBURwAAp0cAAFEQDQDs6AEAtg8GAAkQBgBcEAYArxAGAOy3CABdjgoAsI4KAKsXAAA6HgMAgHUBAJj0AQDs6AEAMywNAGseAgDs6AEAShIBAIuXAQB1mAMAqS8AAPC4AQA4kAIA7yUAAI5CCACY9AEAvYsAAGseAgB/JwIAax4CAH8nAgAN5wQAqC0CAODtCQAaGgsA/jIIAFEzCACkMwgA9zMIAEo0CAB8dAgAlxQLAAg/AQBbPwEATJkCAC11AQAyDwcAUBwNAGphBgBqYQYAAUcAAHiCAQAJ2A0A8Q0AAOSiAQDs6AEAGhoLAP4yCABRMwgApDMIAPczCABKNAgAfHQIALYPBgAJEAYAXBAGAK8QBgDHxgoAGscKAG3HCgDAxwoAGhoLAP4yCABRMwgApDMIAPczCABKNAgAfHQIAAo7CgBdOwoAMg8HAFMAAAAtPQkALXUBAIB1AQCX5AUA6uQFAD3lBQCQ5QUA4+UFADbmBQCJ5gUA3OYFAC/nBQCC5wUALXUBAJuEAACZvgcA7OgBAHUGDAAirQAAUwAAAPvTAgDmNg0A7OgBAEymDABzvQ0A2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAJLwAAAAAAAATxQEANMhDQDGJQsAax4CAAFHAAC+XAUATJkCAG8QCQBrVQYAiCILAOzoAQDstwgAP7gIAJK4CADluAgAOLkIAIu5CADs6AEAF5gKAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMAoc0DAJfkBQDq5AUAPeUFAJDlBQDj5QUANuYFAInmBQDc5gUAL+cFAILnBQAW3AIAadwCAOGjBgBMpgwA7ZAAAK1LAQCgTgsAdZgDAARoAgC+XAUAgHUBAJj0AQDs6AEAGhoLAP4yCABKEgEA89IEAC11AQBqAAgAvQAIABABCABjAQgAtgEIAAkCCABcAggArwIIAAIDCABVAwgAqAMIAPsDCABOBAgAoQQIAPQECABHBQgAmgUIAO0FCABrHgIAfycCANInAgA60Q0A8Q0AANQdAABFoQEAAUcAACKtAABTAAAA+9MCAAAAAAB4ggEA8Q0AAPvTAgAAAAAAvYsAABCMAAA6HgMA9NsBAPvTAgAAAAAA//0BAHiCAQAJ2A0AdQYMACYpDABzeAsA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAFAxCgCjMQoA9jEKAHUGDAAirQAAUwAAAPvTAgAAAAAAeIIBAPENAAD70wIAAAAAALtWCwDkogEAN6MBAPvTAgAAAAAAqxcAAKsXAADtkAAAl+QFAAFHAAC+XAUAamEGAMjICADs6AEA7LcIAD+4CACSuAgA5bgIADi5CACLuQgAAUcAAAFHAABTAAAAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAG9ADgAtPQkAgD0JANM9CQCS8AAAz5AEAPNqBwBGawcAmWsHAGnwCwDstwgAP7gIAA3nBABg5wQAs+cEAOzoAQAaGgsAhQ8HABF4DQBkeA0A//0BAJuEAAB1pgEA1B0AALtWCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABXKQsAqC0CAL2LAAB4ggEAMg8HAOzoAQC2DwYACRAGAFwQBgCvEAYA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAFAxCgCjMQoA9jEKAGseAgB/JwIA0icCADrRDQDxDQAA1B0AAFAcDQBAkQAAmuMAAGy4AgDtkAAAQJEAAJrjAACJJAkA3CQJAFEYAAAAAAAAAAAAAAAAAACiyAIA9cgCAHjOAgArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMA1ecFACjoBQB76AUAzugFACHpBQB06QUAAAAAAAAAAACiyAIA9cgCAHjOAgArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMA1ecFACjoBQB76AUAzugFACHpBQB06QUAxdEAAC11AQCAdQEA7ZAAAECRAACa4wAAbLgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAqxcAAO2QAAABRwAAVxUCAISXDQDXlw0AOJACAKh5AwD7eQMATnoDAKF6AwDbZw0ALmgNAIFoDQDUaA0AJ2kNAHppDQDNaQ0AIGoNAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMAaooMAGphBgDxDQAA7OgBAAo7CgBAkQAAmuMAAGy4AgAAAAAAAAAAAAAAAADg7QkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQBFTgEAAAAAAAAAAAAAAAAArUsBAKBOCwBqYQYAyMgIAOzoAQDstwgAP7gIAJK4CADluAgAOLkIAAAAAADtkAAAQJEAAP/9AQAtdQEAgHUBABVCAgDq/w0AEIwAAJj0AQDxDQAAJ3EAAIjCAADvJQAA//0BAJuEAACIwgAA7OgBAFcpCwD//QEAmPQBAHFZBwBrVQYACdgNAKBqBwCrFwAA7ZAAAK1LAQCgTgsAAAAAAKsXAADs6AEA7LcIAD+4CACgagcAvYsAAPENAAAncQAApOcGAPENAADkogEAsHoBAGphBgDIyAgA7ZAAAOy3CAAEGw0AQYsLAI5CCAC9iwAAAUcAAJuEAACoLQIAAAAAAGphBgDs6AEA7LcIAD+4CABzZAIAxmQCAPENAAAncQAApOcGAKsXAAD+FwAA+9MCABMpCQBmKQkAuSkJAAwqCQBfKgkAsioJAAUrCQBYKwkAqysJAP4rCQBRLAkA7ZAAAJfkBQDq5AUAPeUFAJDlBQDj5QUANuYFAInmBQDc5gUAL+cFAILnBQA/6QEAkukBAOXpAQA46gEA/6oBAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMAFtwCAGncAgDesgkAMbMJAISzCQDXswkAKrQJAH20CQA/6QEAjkIIAOFCCAA0QwgAMywNAGseAgDs6AEAGhoLAG0aCwBrHgIAfycCAHNkAgABRwAAJhwCAGseAgBjKwIAmb4HAAnYDQBAkQAAmuMAAGy4AgBqYQYAamEGAHiCAQDs6AEAdQYMAL5cBQARXQUAZF0FAAraCwBd2gsAsNoLAAPbCwBW2wsAqdsLAPzbCwCgagcALXUBAH96AgAJ2A0AxdEAAFgJAgAtdQEAE0UFAL5cBQCAdQEAmPQBAOzoAQA/6QEAxiULAGseAgDs6AEAVykLAKknDQD8Jw0AMywNAL1hBgAQYgYAY2IGAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwAXmAoA8MwKAEPNCgC2DwYACRAGAFwQBgCvEAYAVykLAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQAJ2A0A/gkCAFEKAgDstwgAP7gIAAAAAAC9iwAA7ZAAAPENAAAEaAIA7OgBAHUGDAC+XAUAEV0FAGRdBQAK2gsAXdoLALDaCwAD2wsAVtsLAKnbCwBXKQsA7yUAAAFHAADg7QkAafcKAKsXAADtkAAArUsBAPvTAgDR2QIAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAuXwJAFcpCwAWQwwAAAAAAL2LAAAtdQEAax4CAAQbDQCAdQEAmPQBAOzoAQBXKQsAqqYFANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAAnYDQBAkQAAmuMAAGy4AgDsQQ0AvlwFABFdBQBkXQUAt10FAApeBQBdXgUA3WsJADBsCQCDbAkA1mwJACltCQB8bQkAz20JACJuCQB1bgkAyG4JABtvCQCS8AAAxdEAAFgJAgAtdQEAE0UFAOT1AQBrHgIAfycCAA3nBACoLQIA4O0JABZDDAAAAAAAvYsAAC11AQBrHgIAfycCAM6xAQAyDwcA//0BACKtAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAMywNAP/9AQABRwAAm4QAAC11AQCAdQEA7OgBAM6xAQAyDwcA//0BACKtAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMA7OgBAAo7CgCoMw0AAEwBAFNMAQDdXQsAMF4LAINeCwDWXgsAKV8LAMXRAACgagcAOfIKAKsXAADs6AEAdQYMAI29BACIIgsALXUBAIB1AQCY9AEA7OgBAHUGDAAmKQwAc3gLANjKBAArywQAfssEANHLBAAkzAQAd8wEAPENAADs6AEA2MoEACvLBACewAoA8cAKAETBCgCXwQoA6sEKAD3CCgCQwgoA48IKADbDCgCJwwoAVykLABZDDAAAAAAAvYsAAC11AQBrHgIAfycCAJ32BADs6AEAP+kBAGseAgD3hggAShIBAOzoAQB1BgwAJ7wNAKdHAAC9iwAAEIwAADecAgCKnAIAQJEAAHiCAQCIIgsALXUBAIB1AQCY9AEA7OgBABoaCwCFDwcAEXgNAGR4DQD//QEAm4QAAHWmAQDUHQAAVykLABZDDAAAAAAAvYsAAC11AQBrHgIAfycCAFcpCwCqpgUA7LcIAD+4CADxDQAARA4AAI/cCABrHgIAIq0AAO2QAAA/6QEAax4CAPeGCABKEgEA7OgBABeYCgATRQUA8Q0AAOzoAQCXFAsACD8BAAQbDQBL8QMA89IEAFlQAgCIIgsA7OgBAD/pAQCS6QEA7oQAAE+eCAAmHAIAax4CAIgiCwDs6AEAMywNAGseAgDs6AEAu1YLAEQOAACP3AgAax4CACKtAADs6AEACjsKAF07CgCwOwoAdzsBAO8lAADGJQsAGSYLAGwmCwC/JgsAm4QAAC11AQCdCwIAm4QAAHjiCwCp6QkA/OkJAIB1AQD+cAsAjb0EAO43CwAUTgIA8Q0AAHAuAwCbhAAAqC0CAODtCQD3HgsA82oHAEZrBwCZawcA7OgBALYPBgBjKwIAtisCAAksAgBRGAAAk8EFAObBBQC1/wkACAAKAFsACgCuAAoAAQEKAFQBCgDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABKEgEAi5cBAHWYAwD//QEA10QNAKBqBwCbhAAATJkCAC11AQCAdQEAyAYMADPuCQCG7gkA2e4JACzvCQB/7wkA0u8JACXwCQB48AkAy/AJAB7xCQBx8QkAxPEJABfyCQBtGgsAh5YIANqWCAAtlwgAvYsAADIPBwDstwgAP7gIAA3nBACk5wYA7OgBAL2LAAAyDwcAAAAAAGphBgDs6AEAdQYMAL5cBQARXQUAZF0FALddBQAKXgUAoGoHAFMAAACdCwIAqxcAAO2QAAABRwAAxdEAAGphBgBrHgIA0D8CAJ0LAgCY9AEAcVkHAMRZBwAXWgcAaloHAL1aBwAQWwcAfycCAPENAADkogEA1B0AAPENAAD70wIAmPQBAHFZBwDEWQcAF1oHAGpaBwC9WgcAEFsHAGNbBwC2WwcACVwHAFxcBwAypwkAP+kBAMYlCwBrHgIAMywNAGseAgDs6AEAu1YLANQdAAAnHgAAeh4AAC11AQAirQAA7ZAAALYPBgAJEAYAXBAGAK8QBgDQPwIACFoJAP4XAADF0QAAoGoHAPNqBwBGawcAmWsHAODtCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAOcIFAIzCBQDfwgUAMsMFAIXDBQDYwwUAVykLAKTnBgAyDwcAax4CAH8nAgDxDQAA5KIBAOzoAQA/6QEAxiULABkmCwBsJgsAvWEGABBiBgBjYgYA7OgBAHUGDAAirQAAUwAAAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAEB8AwCTfAMAm4QAAC11AQDtkAAAQJEAAJrjAABsuAIARaEBAKPlCAD25QgASeYIAJzmCADv5ggAQucIAO2QAABKEgEAUwAAAC09CQBrHgIAvh4CAFlQAgCIIgsA7OgBAD/pAQCS6QEA5ekBAMkBCwAcAgsAF5gKAGqYCgC9mAoAtg8GAGMrAgC2KwIACSwCAOy3CAA/uAgA8Q0AAEQOAAB4ggEAvYsAAAFHAAC+XAUAamEGADIPBwBQHA0AqxcAAGMrAgC2KwIACSwCALYPBgAJEAYAax4CAOzoAQC7VgsA1B0AACceAAB6HgAAqxcAAGMrAgC2KwIACSwCAJcUCwAIPwEAWz8BAEyZAgAtdQEAMg8HAFAcDQAirQAAPngHAOzoAQD3HgsA82oHAEZrBwCZawcA7OgBABeYCgDwzAoAQ80KANA/AgAIWgkA/hcAAMXRAABqYQYANW4MAL2LAABTAAAA7OgBAD/pAQCS6QEA5ekBAMkBCwAcAgsAOOoBADoeAwBqYQYAVxUCAISXDQA+eAcAm4QAAKknDQCrFwAA7ZAAAGtVBgDxDQAAVxUCANajDQAppA0Aax4CAH8nAgDxDQAARA4AAHiCAQBMmQIAbxAJADIPBwCFDwcApOcGADIPBwBrHgIAfycCAPENAADkogEA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQD70wIAFtwCAGMrAgC2KwIACSwCAErTCQCd0wkA8NMJAEPUCQCW1AkA6dQJADzVCQCP1QkA4tUJADXWCQCI1gkA29YJAC7XCQCB1wkA1NcJACfYCQB62AkAzdgJAOzoAQBqigwAlSwLAEQOAADmWQgAOVoIAIxaCADfWggApwgJAHsfCgDOHwoAISAKAGn3CgCa4wAAbLgCAAo7CgDxDQAABGgCAFdoAgD//QEAeIIBAHv2AwB1mAMA4wECAOzoAQBXKQsAqqYFALYPBgDtkAAAxdEAAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwD70wIARaEBAKPlCAD25QgASeYIAJzmCADv5ggAQucIAJXnCADo5wgAt+4IAAAAAAAAAAAAAAAAAIb1CADZ9QgALPYIAH/2CADS9ggAJfcIAHj3CADL9wgAAAAAAAAAAAAe+AgAcfgIAMT4CAAN7gMAdTAGAMgwBgA/6QEAxiULABkmCwBsJgsA+9MCAKHNAwD0zQMAjmsOAOFrDgA0bA4Ah2wOAJuEAAD//QEAeIIBAAnYDQA/6QEAjkIIAOFCCAA0QwgAtg8GAAkQBgBcEAYArxAGAMfGCgAaxwoAbccKAMDHCgDtkAAAqxcAAP4XAADtkAAAqxcAAKsXAAD+FwAA7ZAAAKsXAAABRwAA+9MCABbcAgBp3AIA3rIJADGzCQCEswkA17MJACq0CQB9tAkAP+kBAI5CCADhQggANEMIADMsDQBrHgIA7OgBABoaCwBtGgsAax4CAH8nAgBzZAIAAUcAACYcAgBrHgIAiCILAOzoAQBMpgwA+9MCAAAAAADs6AEA//0BAFL+AQDvJQAA7yUAAEImAABAkQAABBsNAIB1AQCY9AEA7OgBAHUGDAC+XAUAEV0FAGRdBQAK2gsAXdoLALDaCwAD2wsAVtsLAKnbCwBXKQsA7yUAAAFHAADg7QkAafcKADIPBwDq/w0AeIIBAAnYDQCrFwAA/hcAAHc7AQDvJQAAxiULABkmCwBsJgsAvyYLAIqcAgBAkQAAmuMAAGy4AgAW3AIAadwCAN6yCQBKEgEAnRIBAB1QCgBwUAoAw1AKABZRCgC2DwYAYysCALYrAgAJLAIAMg8HABbcAgBp3AIA3rIJAEoSAQCdEgEAHVAKAHBQCgDDUAoAFlEKALYPBgBjKwIAtisCAAksAgAyDwcAShIBAJ0SAQAdUAoAcFAKAMNQCgAWUQoAlxQLAOoUCwDuhAAA0D8CAO/7BQB44gsAcVkHAHiCAQDLggEAUGIDAKNiAwDs6AEAvYsAAGseAgB4ggEA7LcIAD+4CADxDQAARA4AAHiCAQBMmQIAbxAJABeYCgBL8QMAnvEDAPHxAwBE8gMAl/IDAOzoAQAKOwoAXTsKAAFHAACNvQQAiCILAOzoAQA/6QEAxiULAGseAgDs6AEAlxQLAOoUCwDuhAAA0D8CAO/7BQB44gsAcVkHAP4JAgBRCgIA//0BAFL+AQCl/gEA+P4BAD/pAQDGJQsAGSYLAGwmCwC/JgsAF5gKABNFBQBmRQUAF5gKAGqYCgC9mAoAEJkKAKqmBQCXFAsA6hQLAO6EAADQPwIA7/sFAHjiCwBxWQcAVxUCAM6xAQDxDQAARA4AAEoSAQDz0gQAqC0CACKtAAA+eAcALXUBAIB1AQCY9AEA7OgBAJcUCwDqFAsA7oQAANA/AgDv+wUAeOILAHFZBwA/6QEAxiULAGseAgDs6AEAkAgBAA22CwBvQA4AwkAOALYPBgAJEAYAXBAGAK8QBgACEQYAVREGAKgRBgDSJwIAjkIIADidDADtkAAAMg8HAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAAAAAADs6AEAMywNAGseAgDs6AEAT4IMAAAAAADs6AEAMywNAGseAgDs6AEAT4IMAKKCDABXKQsAqqYFABoaCwBQHA0AoxwNAKYbCABxLw0AxC8NAFAcDQCrFwAAIq0AAL2LAAAQjAAAAUcAAL5cBQARXQUAZF0FAO2QAABAkQAAmuMAAGy4AgB4ggEAy4IBAFBiAwCjYgMA7OgBALtWCwAOVwsAIq0AAD54BwDs6AEAP+kBAI5CCADhQggANEMIAEymDACfpgwAmPQBAHFZBwBKEgEA7OgBAC11AQCAdQEA7OgBAFcpCwCpJw0AiCILAOzoAQAzLA0A7yUAAOzoAQB1BgwAJ7wNAKdHAAD6RwAARA4AAI/cCABrHgIAIq0AAO2QAAB4ggEAy4IBACKtAAB8ngIAz54CACKfAgCIIgsA7OgBABeYCgBqmAoAmyIOAO4iDgBBIw4AlCMOAOcjDgAJ2A0AMg8HAOzoAQCY9AEAcVkHAEoSAQB1BgwAJ7wNAKdHAACY9AEAcVkHAEoSAQDxDQAA7OgBAFcpCwBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAGhoLAGseAgAEGw0ATJkCAG8QCQDCEAkA7OgBAD/pAQDGJQsAGSYLAGwmCwC/JgsAP+kBAMYlCwBrHgIA7OgBAM6xAQAyDwcA//0BACKtAAAyPwwA/hcAAHc7AQDvJQAAxiULABkmCwBsJgsAvyYLAIqcAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAIq0AAHWtAAATWgIAZloCALlaAgAyDwcAUBwNAO8lAADvJQAAxiULABkmCwBsJgsAvyYLAIqcAgBAkQAAmuMAAGy4AgCqKQsAAUcAAL5cBQBBiwsABqoBAO6EAABPnggAvYsAAGseAgB1BgwAJikMAHN4CwA/6QEAjkIIALVEDAAVQgIAWpADAK2QAwAAkQMAU5EDAKaRAwD5kQMATJIDAJ+SAwD//QEA10QNAOy3CAA/uAgA8Q0AAEQOAAB4ggEATJkCAG8QCQAyDwcA+9MCAEkyCgCcMgoA7zIKAEIzCgA/6QEAOtENABCMAADrCAsAAUcAAL5cBQBqYQYAyMgIAAFHAADg7QkAqxcAAPENAACwegEAamEGAMjICAB1mAMAyJgDAOy3CAA/uAgAAAAAAL2LAAAtdQEAax4CAH8nAgAaGgsAax4CAAQbDQBMmQIAbxAJAOzoAQBqigwA5PUBADf2AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAPvTAgDstwgAP7gIAAAAAAC9iwAALXUBAGseAgB/JwIAnfYEAOzoAQBKEgEAnRIBAB1QCgBwUAoAw1AKABZRCgCXFAsACD8BAFs/AQBMmQIALXUBADIPBwBQHA0A8Q0AAOzoAQCXFAsA6hQLAO6EAADQPwIA7/sFAHjiCwBxWQcA8Q0AAFMAAACmGwgAl+QFAO8lAAAGqgEAWaoBAKyqAQBMpgwA8Q0AAARoAgDg7QkAM+4JAJIZBwCtSwEAoE4LAPvTAgCY9AEAShIBAJIZBwCrFwAAAUcAAJuEAACoLQIAvlwFAGphBgDIyAgA7OgBAD/pAQCS6QEAiMIAAHiCAQDxDQAA1B0AAEHlCgCp6QkA//0BAADWBQCoLQIAm4QAAJm+BwDs6AEACjsKAECRAACa4wAAbLgCAJm+BwD70wIA0D8CAO3wCgBA8QoAk/EKAObxCgAtdQEAf3oCANJ6AgAlewIA7ZAAAJuEAABuUw0A7OgBADMsDQCP3AgAAUcAAOzoAQAzLA0A7yUAAOzoAQBKEgEAkhkHAOUZBwCdEgEAax4CAECRAABKEgEAi5cBAN6XAQBjKwIANtgHAODtCQAyDwcA7OgBAP/9AQCIIgsA7OgBAFcpCwCpJw0A/hcAAHc7AQBURwAAp0cAAFEQDQDs6AEAlxQLAAg/AQBbPwEAtUsLAAhMCwBbTAsAmPQBAOv0AQAzLA0ANW4MAMkBCwAcAgsAs70KAAa+CgDs6AEAP+kBAJLpAQAQ7AoAY+wKALbsCgAJ7QoAXO0KAK/tCgAC7goAVe4KAJcUCwDqFAsAWVACAL7fCgDUHQAACjsKAECRAACa4wAAbLgCACKtAAB8ngIAK98NAJj0AQCgagcApc0IABeYCgBqmAoAvZgKAA+lCgBipQoAerwNAH8nAgAN5wQApOcGAOzoAQAAAAAAGw4LAOzoAQCgagcAm4QAAKknDQAyDwcAeIIBAAnYDQAyDwcACjsKAKgzDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBXFQIA+9MCAFMAAACmAAAAnvgCAPH4AgBE+QIAaDsDALs7AwAOPAMAYTwDALQ8AwBXKQsAqC0CAFcpCwCoLQIAAAAAACEZCwDs6AEAMg8HADSWCADS0w0AJdQNAHjUDQDL1A0A+9MCAP/9AQCIIgsAAUcAAODtCQDm1gIAPngHAJuEAABZUAIAoGoHAJuEAAB1pgEA7OgBAD/pAQCS6QEA5ekBADjqAQBAkQAAmuMAAGy4AgAAAAAAqxcAAAFHAACbhAAA9NsBAOzoAQAKOwoAQJEAAJrjAABsuAIAamEGAI/cCAAQjAAAN5wCABoaCwBQHA0AAUcAAODtCQCX5AUAAUcAAODtCQCbhAAAWVACAH8nAgAaGgsAUBwNAAFHAADg7QkAl+QFAAFHAADg7QkA8Q0AALB6AQADewEAVnsBAKl7AQCo7goA++4KAOzoAQD//QEAiCILAOzoAQC7VgsAsHoBAAN7AQBWewEAqXsBAFMAAAAIPwEAWz8BAEoSAQCLlwEAdZgDANQdAAAnHgAAfycCAM6xAQA0BQUAl+QFAAFHAAC+XAUAamEGAEoSAQDz0gQALXUBAIB1AQC+HgIA7oQAAO2QAAD//QEAm4QAAO6EAADQPwIA7OgBAGqKDABKEgEAnRIBAPENAAAEaAIA7OgBAOy3CAA/uAgAc2QCAOh/CwCrFwAAAUcAAOzoAQDYygQAfJ4CAM+eAgAinwIAdZ8CAHiCAQCbhAAAdaYBAARoAgBPFAQAlxQLAAg/AQBbPwEAtUsLAAhMCwBbTAsArkwLAOzoAQDYygQAK8sEAG/0DADC9AwAFfUMAGj1DAC79QwADvYMAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAAo7CgCoMw0AoE4LAPNOCwBmRQUA2MoEACvLBADDOw0AIq0AAO2QAADxDQAA5KIBAFcVAgAIkQ0AW5ENAKBOCwDzTgsALXUBABNFBQDg7QkAMg8HAOzoAQDF0QAALXUBABNFBQBURwAA7OgBANjKBAArywQAwzsNABY8DQC9iwAA//0BAAFHAADg7QkAumILAA1jCwBA6gsA7yUAAAaqAQBZqgEArKoBAPENAAAqUwsAfVMLANBTCwAjVAsAdlQLAGphBgA1bgwAdQYMAL5cBQARXQUAZF0FAAraCwBd2gsAsNoLAAPbCwBW2wsAqdsLABeYCgBqmAoAMywNAO8lAADtkAAAMg8HAFAcDQAyDwcA7OgBAHUGDAC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQC5fAkAN10LAIpdCwDxDQAABGgCAHUGDAC+XAUAEV0FAGRdBQAK2gsAXdoLALDaCwAD2wsAVtsLAKnbCwAXmAoAapgKANHZAgD5ugkAGwcMAGBjCwCzYwsABmQLAFlkCwCsZAsA/2QLAFJlCwClZQsA+GULAEtmCwBfbwsAsm8LAAVwCwBYcAsA0dkCAL5cBQARXQUAZF0FALddBQAKXgUAXV4FALl8CQBXKQsA7yUAAAFHAADg7QkAafcKAHUGDAAmKQwAc3gLAP/9AQDXRA0AVykLAKknDQD8Jw0AF5gKAGqYCgCbIg4A7iIOAEEjDgCpJw0AIq0AAO2QAAAzLA0A7yUAAOzoAQAKOwoAQJEAAJrjAABsuAIA7OgBALYPBgAJEAYAXBAGAK8QBgCXAAIAqDMNAKBOCwB1mAMACjsKAKgzDQCgTgsAdZgDALYPBgAJEAYAURgAAAo7CgBAkQAAmuMAAGy4AgBAkQAAmuMAAGy4AgDtkAAALXUBAEyZAgBvEAkA7OgBAL2LAAAQjAAAlcUBAOjFAQA7xgEAjsYBAOHGAQA0xwEAh8cBANrHAQDvfgsAQn8LAJV/CwDs6AEAvYsAABCMAADF0QAAWAkCAKsJAgDg7QkAMg8HAOzoAQAKOwoAqDMNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAO8lAABCJgAAQJEAAJrjAABsuAIAmPQBAOv0AQAyDwcA7OgBALYPBgAJEAYAXBAGAK8QBgCXAAIAqDMNAIvqAQDe6gEAMesBAITrAQDs6AEAu1YLAA5XCwAirQAAIq0AAO2QAADxDQAAxdEAAFgJAgBd0wwAsNMMALYPBgAJEAYAXBAGAK8QBgCXAAIAqDMNAIvqAQDe6gEAMesBAITrAQDX6wEAqDMNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BADoeAwAAAAAAqxcAADoeAwCNHgMAdQYMACYpDABzeAsA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAGhoLAG0aCwCHlggAMywNAL1hBgAQYgYAlxQLAC11AQCAdQEAu1YLAOXvDAA48AwAWVACAOy3CAA/uAgADecEAGDnBAAOVwsAIq0AACKtAADtkAAA7ZAAAP/9AQDXRA0AVykLAP/9AQB4ggEADecEAKTnBgDs6AEAlxQLAAg/AQBbPwEA7EgMAD9JDACSSQwA5UkMADhKDAAzLA0A7yUAAOzoAQC9iwAAEIwAADecAgCKnAIA3ZwCADCdAgCDnQIA1p0CALYPBgDf3gEAyjQCAL5cBQDtkAAA8Q0AAOzoAQAzLA0A7yUAAOzoAQC9iwAAEIwAADecAgCKnAIA3ZwCADCdAgCDnQIA1p0CALYPBgDf3gEAyjQCAKsXAAD+FwAA4aMGAO2QAAABRwAAOiUCAI0lAgDgJQIAkAgBAOzoAQAzLA0A//0BAM6xAQA0BQUAl+QFAAFHAADs6AEA9x4LAEofCwCdHwsA8B8LALYPBgAJEAYAURgAAFcpCwCoLQIA+y0CAE4uAgChLgIA9C4CAEcvAgCaLwIAShIBAJIZBwABRwAAVEcAAPNqBwAyDwcA7OgBAAnYDQAyDwcA7OgBAFxHCgBqYQYAvWEGAAFHAAC+XAUAamEGAMjICAD70wIAvYsAABCMAADF0QAAGNIAAL4eAgBuUw0AkvAAAALaAQBcRwoAr0cKADMsDQDIyAgA7OgBAFcpCwCqpgUAXEcKAKsXAAD+FwAA4aMGAO2QAABcRwoAr0cKAEyZAgCfmQIA8pkCAEWaAgAXmAoAapgKANN1AQBqYQYANW4MACNAAgDF0QAALXUBABNFBQBURwAAjb0EAF2OCgABRwAAVEcAAIgiCwD+CQIAUQoCAKQKAgD3CgIASgsCAD/pAQCS6QEAmb4HAPENAAC2DwYAOh4DAFcpCwC+JA0AESUNAGQlDQC3JQ0ACiYNAIB1AQCY9AEA+9MCADIPBwDs6AEAMywNAI/cCAABRwAA7OgBAMXRAABYCQIALXUBABNFBQC+XAUAgHUBAJj0AQDs6AEAP+kBAMYlCwBrHgIA7OgBADMsDQC9YQYAEGIGALKLBwAFjAcAWIwHAKuMBwD+jAcAmPQBAJj0AQBrHgIAfycCAJj0AQCp6QkAqC0CAODtCQDtkAAAQJEAAJrjAABsuAIAUwAAAKXGCQD4xgkAAUcAAMgGDAAbBwwADBUMAF8VDABZAw0ArAMNAP8DDQBSBA0A8Q0AAOzoAQA/6QEAkukBAOXpAQA46gEA7LcIAD+4CADxDQAAKlMLAHiCAQABRwAA7OgBALtWCwAOVwsAWQMNAKwDDQD/Aw0AUgQNAAAAAABp8AsA7OgBAD/pAQCS6QEA5ekBAO7kCgAKOwoAQJEAAJrjAABsuAIAyMgIAO2QAAC7VgsA1B0AAFr+CwCt/gsAAP8LAOzoAQAzLA0AdQYMAMgGDADkAgwANwMMAIoDDADdAwwAMAQMAIMEDADs6AEAMywNAHiCAQB4ggEACdgNAJfkBQABRwAAvlwFAIB1AQD5AAAANggNAPENAADs6AEAoY4MALzwCwABRwAAvYsAAFMAAAAirQAAda0AABNaAgBmWgIAuVoCAEoSAQCdEgEAHVAKAHBQCgDDUAoAFlEKAJuEAABZUAIAMg8HAP4yCADF0QAAqxcAACKtAAB1rQAAE1oCAGZaAgC5WgIAAUcAAODtCQC6YgsAvZELABCSCwBjkgsAtpILAAmTCwBckwsA1B0AAPENAAAAAAAAAAAAAAAAAADYygQAK8sEAH7LBADxDAwARA0MAJcNDADxDQAARA4AAHiCAQAJ2A0AVxUCAHiCAQDLggEAk4kNAIB1AQDvJQAAxdEAAFgJAgD9Gw0ACJENAECRAACa4wAAbLgCADIPBwBQHA0A//0BAFL+AQA0GgIAjb0EAO43CwBBOAsAu1YLAA5XCwAtdQEAE0UFAODtCQC6YgsA+9MCAHUGDADIBgwAGwcMAAwVDABfFQwAshUMAAUWDABYFgwAP+kBAJLpAQDl6QEAOOoBAKoiDAAzGAQAhhgEADBlCgBdjgoA6PUGAP4yCACP3AgAAUcAAOzoAQAAAAAAUBwNAECRAACa4wAA7eMAAAAAAAAAAAAAu1YLAA5XCwAtdQEAE0UFAODtCQC6YgsA4BcEAKjnCwD75wsAqsgMAD/pAQCOQggA4UIIADRDCAAAAAAAQiUMAEWhAQDvJQAABqoBAFmqAQCiyAIA+9MCADk+DACMPgwA3AgNAC8JDQAmHAIA3z4MAE8UBAAAAAAA7OgBAL2LAAAQjAAAFA8LAGcPCwC6DwsADRALAGAQCwCzEAsABhELAFkRCwBAkQAAmuMAAGy4AgD//QEA10QNAAFHAADF0QAA7ZAAAO2QAACrFwAA7OgBAHUGDADIBgwAGwcMAFMAAACmAAAA+QAAAE8UBAA5PgwAjD4MAE8UBAABRwAAJhwCAN8+DABPFAQAAAAAAOzoAQB1BgwAJ7wNAC11AQB1mAMAyJgDABuZAwDIBgwAGwcMAGBjCwCzYwsABmQLAFlkCwCsZAsA/2QLAFJlCwClZQsA+GULAEtmCwBfbwsAsm8LAAVwCwBYcAsAq3ALANA/AgDt8AoAMg8HAKsXAABjKwIAblMNAKLBAwDjAQIANgICAJLwAAAC2gEAUykGAHyeAgDPngIAIp8CAO6EAABrHgIA94YIAPENAADkogEAgHUBADoeAwB1mAMA4wECADnyCgAyDwcA7OgBABeYCgBqmAoAAUcAAODtCQC6YgsADWMLAL1hBgAQYgYAsosHAAFHAAA6JQIAMywNAMjICADs6AEAu1YLANQdAABa/gsArf4LAAD/CwCdCwIAm4QAAJm+BwDsvgcAP78HANjKBAB8ngIAz54CACKfAgD//QEAm4QAAO6EAACOHw0A4R8NAHiCAQCbhAAA0D8CAIaNCwDZjQsALI4LAH+OCwDSjgsAJY8LAOy3CABdjgoAkjUDAOU1AwBp9woAmuMAAF2OCgBTAAAAAUcAAODtCQAAAAAAAAAAAAAAAAD//QEA10QNAO8lAADGJQsAax4CAH8nAgBXKQsAmb4HAOy+BwAUCQAAZwkAAPceCwDzagcArVgLAJuEAADvJQAAAUcAAODtCQBp9woA7OgBAFcpCwCZvgcA7L4HABQJAABnCQAA9x4LAPNqBwCtWAsACjsKAJuEAADuhAAAPngHABQJAABnCQAA9x4LAPNqBwCtWAsACjsKAJuEAADuhAAAPngHABQJAABnCQAA9x4LAPNqBwCtWAsAe/YDAIB1AQCwegEAgHUBAKYbCABxLw0AxC8NABcwDQBqMA0AAAAAAD/pAQCS6QEA5ekBALlnDAAMaAwA7OgBAHUGDADIBgwAGwcMAKrIDADQPwIAAAAAAOzoAQB1BgwAyAYMABsHDACqyAwAu1YLAA5XCwAtdQEAE0UFAODtCQC6YgsAlxQLAOoUCwBo/AsAP+kBAJLpAQDl6QEA2MoEAHyeAgDiswIAIq0AAO2QAABrVQYAeIIBAAnYDQAyDwcA2icMAC0oDACAKAwA0ygMACYpDAB5KQwAGhoLAOr/DQA9AA4Avh4CAKgtAgC+XAUAamEGAMjICACdCwIAShIBAPENAAB1BgwAyAYMABsHDACqyAwAlxQLAOoUCwBo/AsAP+kBAJLpAQDl6QEAu1YLAA5XCwAtdQEAE0UFAODtCQC6YgsAVxUCAFcVAgD8gQwA7OgBAD/pAQCS6QEA5ekBADjqAQAKOwoAQJEAAJrjAABsuAIAP+kBAGseAgD3hggAShIBADMsDQA1bgwAF5gKAJj0AQCrFwAA/hcAAGseAgB/JwIAnfYEAOzoAQCS8AAAvYsAABCMAADrCAsAPgkLAJEJCwDkCQsANwoLAIoKCwCUhAwA54QMADqFDACNhQwAafALAKrCAQBa/gsArf4LAAD/CwDs6AEA9x4LAPNqBwCtWAsA5AIMADcDDACKAwwA3QMMADAEDACDBAwA7OgBAPceCwDzagcArVgLAJuEAADuhAAAPngHAOzoAQC7VgsA1B0AAFr+CwCt/gsAAP8LAOzoAQD3HgsA82oHAK1YCwB1BgwAyAYMAOQCDAA3AwwAigMMAN0DDAAwBAwAgwQMAOzoAQD3HgsA82oHAK1YCwAAAAAA9NsBAAFHAAC9iwAAax4CAH8nAgBMpgwAUwAAAKYAAACe+AIA8fgCAET5AgCX+QIACjsKAKgzDQCL6gEA3uoBADHrAQCE6wEA1+sBAEX0AQDstwgAXY4KANjKBAArywQAfssEALYPBgBjKwIAtisCAAAAAABMpgwAn6YMAHO9DQA/6QEAkukBAOXpAQDu5AoAlxQLAOoUCwBo/AsA+9MCAPbCDQDaJwwALSgMAPvTAgDs6AEAvYsAABCMAAA6HgMAE0UFAGZFBQDOsQEAz6sMAFMAAAAtdQEAE0UFAODtCQBp9woATJkCAC11AQCAdQEAkjUDAJuEAAB44gsAcVkHAJcUCwB4ggEAm4QAAKgtAgDvJQAAxiULAGseAgBKEgEA7OgBALtWCwAOVwsALXUBABNFBQDg7QkAXY4KALCOCgDs6AEAP+kBAI5CCAC1RAwACEUMAFtFDACuRQwAAUYMAFRGDACnRgwAVykLAO8lAAABRwAA4O0JAGn3CgBzag0AxmoNABlrDQBsaw0Av2sNABJsDQC+3woA7OgBAD/pAQDGJQsAGSYLAGwmCwC7VgsA2icMAC0oDACAKAwA0ygMAOXvDAA48AwAWVACAAFHAADg7QkAVykLAP/9AQBqYQYAax4CAAFHAADg7QkADlcLACKtAAAirQAA7ZAAAPENAADkogEA7yUAADrRDQCS6QEA5ekBADjqAQBA6gsAk+oLAObqCwDGJQsAGSYLAGwmCwC7VgsA2icMAC0oDACAKAwA0ygMAOXvDAA48AwAWVACAAFHAADg7QkAVykLAP/9AQBqYQYAax4CAAFHAADg7QkADlcLACKtAAAirQAA7ZAAAPENAADkogEA7yUAADrRDQA56wsAjOsLAN/rCwB1pgEA7OgBAAAAAADs6AEAP+kBAJLpAQDl6QEAyQELABwCCwAAAAAA7LcIAF2OCgCwjgoA+9MCAAo7CgBrVQYAvlUGAG5TDQCiwQMA1B0AADIPBwD70wIALXUBAIB1AQDvJQAAxiULAGy4AgCiyAIA9cgCAHUGDADIBgwAGwcMAKrIDAD9yAwAm9YMAO7WDABB1wwAP+kBAJLpAQDl6QEAyQELABwCCwAKOwoAQJEAAJrjAABsuAIAOOoBAKoiDAAzGAQAhhgEAHQgCgCoMw0AjmsOAOFrDgA0bA4Ah2wOAJcUCwB4ggEACdgNAJuEAAB1pgEA1B0AAOy3CAA/uAgAkrgIACUoAgBMpgwAqsIBAP3CAQBFoQEAoGoHADnyCgBrVQYAWAkCAP0bDQA6HgMAgHUBAJj0AQCiyAIA9cgCAHUGDADIBgwAGwcMAKrIDAD9yAwAm9YMAO7WDABB1wwABGgCAFdoAgCpJw0AMg8HAIUPBwBZUAIAMg8HAJ0LAgBqYQYAj9wIAO2QAABAkQAAmuMAAGy4AgBDuQEAlrkBAHiCAQAJ2A0AAUcAAODtCQB1BgwAm4QAAHWmAQA5PgwALXUBAH96AgAyDwcA7OgBAD/pAQCS6QEA5ekBADjqAQC7VgsADlcLACKtAAAirQAA7ZAAAPENAADkogEA7yUAADrRDQDUHAwAJx0MAHodDADNHQwAIB4MAEymDACfpgwA8qYMAOXvDAAw/QwAg/0MANb9DAAp/gwAxh4MABkfDABsHwwA7OgBAOzoAQD70wIAShIBAEoSAQDz0gQAWVACAIgiCwDs6AEA9NsBAEfcAQCa3AEA7dwBAEDdAQCT3QEAqxcAAO2QAAABRwAAG6cBADIPBwBTAAAAphsIADIPBwABRwAAm4QAAJm+BwDs6AEAdQYMAMgGDAAbBwwAqsgMAJLpAQDl6QEAOOoBALtWCwAOVwsAIq0AACKtAADtkAAA8Q0AAOSiAQDvJQAAOtENAECRAAB/JwIAxdEAAFgJAgBd0wwA7ZAAAECRAAB/JwIAdQYMAMgGDAAbBwwAIq0AAPC4AQBDuQEAlrkBAHiCAQAJ2A0AAUcAAHUGDADIBgwAGwcMAFcpCwC+JA0AESUNAGQlDQC3JQ0ACiYNAF0mDQCwJg0AAycNAPvTAgAAAAAAAAAAAC11AQB1mAMAOT4MAFlQAgDtkAAAUwAAAAg/AQB/JwIAc2QCAHyeAgCoLQIA4O0JACKtAAAAAAAAAAAAAI4fDQDhHw0ANCANAIcgDQDaIA0ALSENAD/pAQCS6QEA5ekBAMkBCwAcAgsACjsKAECRAACa4wAAbLgCAHWmAQDIpgEAG6cBAG6nAQDBpwEAFKgBAGeoAQDxDQAA/gkCAKsXAADs6AEACjsKAECRAACa4wAAbLgCAHC/BgDDvwYAFsAGAGnABgC8wAYAD8EGAGLBBgC1wQYAamEGAAFHAABURwAAp0cAAFEQDQDs6AEACjsKAECRAACa4wAAbLgCAKsXAAAyDwcANJYIAIB1AQCY9AEA+9MCAAo7CgCoMw0A+zMNAE40DQChNA0A9DQNAPENAACtSwEAm4QAAH3QBQBTAAAAeIIBAP/9AQBqYQYAax4CANA/AgAjQAIAaooMAArhCgBd4QoAsOEKALO9CgAGvgoA7ZAAAECRAACa4wAAbLgCAAFHAAA6JQIAjSUCAOAlAgC32QsAMg8HAFAcDQC32QsAkAgBAO2QAABAkQAAmuMAAJ0LAgDwCwIAQwwCAJYMAgDpDAIAnQsCAO8lAAAGqgEAWaoBALO9CgAGvgoAAAAAANHZAgD5ugkAGwcMAPYjDACS6QEA5ekBADjqAQD+CQIA/gkCAO2QAACbhAAAqScNACKtAABrHgIAfycCAA3nBACoLQIAvlwFAGphBgDIyAgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAncQAAqC0CAL5cBQB1mAMA7yUAAI5CCADtkAAAMg8HADIPBwBQHA0AoxwNAKYbCABxLw0AxC8NAFAcDQCrFwAAIq0AAIgiCwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAFMAAABTAAAAeIIBAHv2AwAirQAAfJ4CAKgtAgC+XAUAamEGAMjICAAirQAA8LgBADiQAgBzag0A4O0JAK1LAQCrygoA/soKAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCrFwAA/hcAAOGjBgABRwAAjb0EAO43CwAUTgIA8Q0AALB6AQDtkAAAqxcAAAFHAAAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAODtCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAUcAAJuEAAAtdQEAgHUBAO2QAABAkQAAeIIBAJuEAACIwgAAEIwAAOsICwA+eAcAkXgHAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQB79gMAgHUBADoeAwATRQUAvlwFAJuEAACZvgcAe/YDAFpEAgCbhAAAqC0CAL5cBQBqYQYAyMgIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqC0CAJuEAACbhAAA7oQAAEGFAACUhQAA54UAADqGAABrHgIAfycCAPENAABEDgAAj9wIAGseAgAirQAA7ZAAAO8lAAAGqgEAWaoBALO9CgAGvgoA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCY9AEAcVkHAMRZBwDOsQEAMg8HAP/9AQAirQAAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQC9aAUAEGkFAGNpBQC2aQUACWoFAFxqBQCvagUALXUBAH96AgDSegIAJXsCAHh7AgDLewIAHnwCAPENAAAEaAIAV2gCAKgtAgDg7QkA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEA1RcLACgYCwDtkAAArUsBAI5rDgDhaw4ANGwOAIdsDgDabA4ALW0OAIBtDgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDVFwsAKBgLACKtAADwuAEAQ7kBAJa5AQB4ggEACdgNAAFHAAC+XAUAamEGAMjICADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDVFwsAKBgLAL5cBQARXQUAZF0FALddBQAKXgUAXV4FALBeBQAdGQYAcBkGAMMZBgAWGgYAaRoGALwaBgAPGwYA8k0BANUXCwAoGAsAvYsAABCMAADrCAsAPngHAJF4BwDkeAcAN3kHAIp5BwDdeQcANJYIAGphBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDVFwsAKBgLAPENAADVogMAKKMDAAnYDQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BANUXCwAoGAsAosEDAPXBAwBIwgMAm8IDAO7CAwBBwwMAlMMDAOfDAwA6xAMAjcQDAODEAwDyTQEA1RcLACgYCwDvJQAAeIIBAIgiCwDF0QAAWAkCAIgiCwDxDQAA1aIDACijAwAJ2A0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDVFwsAKBgLAGrJAwC9yQMAEMoDAGPKAwD70wIAVEcAAGseAgD3hggAxdEAAOzoAQAKOwoAqDMNAIvqAQDe6gEAMesBAITrAQDX6wEAAAAAAOzoAQDstwgAP7gIAHNkAgDofwsAO4ALAI6ACwDhgAsAu1YLADI/DACFPwwA2D8MACtADAB+QAwA0UAMALtWCwAyPwwAhT8MANg/DAArQAwAfkAMANFADAAKOwoAqDMNAIvqAQDe6gEAMesBAITrAQDX6wEATKYMAHO9DQBXKQsAFkMMAE+eCAC9iwAAm4QAAFcpCwAWQwwAT54IAL2LAACbhAAAmb4HAOzoAQBMpgwAc70NAMa9DQAZvg0AbL4NAL++DQASvw0AZb8NALi/DQC9iwAAeIIBAHiCAQDs6AEAGhoLAG0aCwDAGgsAExsLAEGLCwDvJQAAQiYAAECRAAAEGw0AgHUBAJj0AQDs6AEAF5gKABNFBQDg7QkAM+4JAPENAADtkAAA7yUAAAFHAADs6AEA2MoEACvLBAB+ywQABbwMAFi8DACrvAwA/rwMAJj0AQCgagcApc0IAOzoAQDYygQAK8sEAH7LBAAFvAwAWLwMAKu8DAD+vAwAiMIAAPENAADUHQAAMg8HAOzoAQD//QEAiCILAPvTAgCqwgEAxr0NAF07CgAyDwcA7OgBADMsDQDvJQAA7OgBABeYCgBqmAoAqxcAAO2QAABAkQAA7OgBAAo7CgCoMw0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BALtWCwDl7wwAOPAMAKpoAgD9aAIA7OgBAHUGDACNvQQA7jcLAEE4CwCUOAsATKYMAJ+mDABXKQsA//0BAGphBgBMmQIAbxAJAAo7CgCoMw0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAMXRAABYCQIAXdMMALDTDAB1BgwAJ7wNAKdHAADOUAMAbRoLAGseAgB/JwIAc2QCAAFHAADs6AEA2MoEAHyeAgAr3w0Aft8NANHfDQAzLA0A7yUAAOzoAQB1BgwAJ7wNAKdHAAA/6QEAxiULAHiCAQB4ggEAy4IBAMXRAAAtdQEAgHUBAJj0AQDs6AEACjsKAKgzDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQC9iwAAax4CAAQbDQCAdQEAmPQBAOzoAQD3HgsASh8LAKknDQAyDwcAeIIBAHv2AwCAdQEAmPQBAOzoAQAzLA0A7yUAAOzoAQB1BgwAJ7wNAKdHAABv7Q0Awu0NABXuDQBo7g0Au+4NAA7vDQBh7w0AtO8NAAfwDQBa8A0ArfANAADxDQBT8Q0A/gkCAFEKAgAgFw0AqScNAP4XAAB3OwEAVEcAAKdHAABREA0A7OgBAAo7CgCoMw0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BADMsDQAirQAAIq0AAB66BQBxugUAxLoFABe7BQCd9gQAYVcLALRXCwAHWAsAWlgLAPvTAgAAAAAAAAAAAAAAAADs6AEAtg8GAG9ADgDCQA4AFUEOABeYCgBqmAoAmyIOAO4iDgBBIw4AlCMOAOcjDgBXKQsApOcGADIPBwCIIgsAm4QAAFlQAgCrFwAA7OgBAFcpCwCk5wYAMg8HAJcUCwCrFwAAb0AOAMJADgAVQQ4AF5gKAGqYCgCbIg4A7iIOAEEjDgCUIw4A5yMOAFcpCwCk5wYAMg8HAPENAAAEaAIAV2gCAJm+BwDsvgcAmPQBAHFZBwBKEgEA7OgBABeYCgBqmAoAmyIOAO4iDgBBIw4AlCMOAOcjDgD//QEAUv4BAMjdBQA3nAIAeIIBAAnYDQAXmAoAapgKAJsiDgDuIg4AQSMOAJQjDgDr9AEA7OgBAJj0AQBxWQcAxFkHALYPBgBvQA4AwkAOABVBDgAXmAoAapgKAJsiDgDuIg4AQSMOAJQjDgDnIw4AUwAAAAg/AQBbPwEATJkCAC11AQAyDwcAUBwNAECRAAC+3woABGgCAI29BADuNwsAqC0CAODtCQCY9AEAiCILAPvTAgBqyQMAvckDABDKAwBjygMAxdEAAC11AQATRQUAVEcAAOzoAQAKOwoAqDMNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAP4JAgBRCgIAdQYMACYpDABzeAsA7LcIAD+4CABAkQAAXY4KALCOCgDs6AEAlxQLAOoUCwBo/AsAUwAAAEoSAQDs6AEACjsKAECRAACa4wAAAAAAAGy4AgBv9AwAhmsEAPPSBACpJw0AMg8HAOzoAQA/6QEAkukBAOXpAQA46gEAxdEAAC11AQATRQUAVEcAAOzoAQAKOwoAqDMNAKBOCwDzTgsAZkUFANjKBAArywQAwzsNABsOCwBuDgsAbg4LAB8qDABFoQEAo+UIAPblCABJ5ggAy9sMAB7cDABTAAAACD8BAFs/AQC1SwsACEwLAFtMCwCuTAsA7OgBANjKBAArywQAb/QMAML0DAAV9QwAaPUMALv1DAAO9gwAe/YDAEGLCwCUiwsAl+QFAIgiCwAirQAAda0AAJj0AQDr9AEAm4QAACe8DQCnRwAAURANAKQQDQBXKQsAqikLAP0pCwB1BgwAyAYMABsHDAD2IwwAkukBAOXpAQDJAQsAHAILACYpDABzeAsAu1YLANQdAADtkAAAdQYMACe8DQCnRwAAP+kBADrRDQCN0Q0A4NENADPSDQC7VgsA5e8MADjwDACqaAIA/WgCAOzoAQB1BgwAjb0EAO43CwBBOAsA7LcIAD+4CABMpgwAax4CAF2OCgCwjgoA7OgBAEoSAQDz0gQATJkCAG8QCQDGJQsAax4CAOzoAQBKEgEAnRIBAGseAgB/JwIAF5gKAGqYCgDvJQAAxiULAGseAgBKEgEA89IEAKgtAgC+XAUAamEGAO2QAACX5AUAHroFAAFHAAC+XAUAamEGAMjICADs6AEAP+kBAJLpAQDl6QEAOOoBAD/pAQDGJQsAax4CAOzoAQB1BgwAm4QAAHWmAQAnvA0Ap0cAAFEQDQCkEA0A9xANAPARDQBDEg0AlhINAD/pAQCS6QEA5ekBALlnDAAMaAwA7OgBAHUGDADIBgwAGwcMAObWAgAW1QMAnsAKAPHACgBEwQoAl8EKAOrBCgA9wgoAkMIKAOPCCgDykgMARZMDAG/0DADC9AwAcsMCAMXDAgAJ2A0AyKYBAJGaDgDkmg4ABGgCAIgiCwCIIgsAN6MBAGTEDgB/xQ8AMg8HAKE8AAA3mw4AipsOAGTEDgDtgQ4AmUkAAE0rEAB/xQ8AMg8HAH/FDwB/xQ8AMg8HAGTEDgCwvg8Af8UPAE0rEACY9AEAJx4AAJAIAQBNKxAAkAgBADS/DgA0vw4AMg8HAFAcDQAgHwAAkAgBAC7DAACd9gQAvXwOAL18DgB/xQ8AnfYEAH/FDwBa/gsAyJ4OABufDgCHEg8AkZoOAOSaDgCkVQ8ATSsQABQJAABkxA4AyJ4OABufDgCQCAEAaJQOAIKhDwDVoQ8AftgOAJj0AQA0vw4AxcIOABjDDgCRmg4A5JoOAFhUDwBKEgEAc70NADS/DgDymA4ANL8OAMjICACHEg8AZMQOAO5uDwB/xQ8AFAkAABQJAAAhqg4AdKoOAMeqDgBNKxAA8Q0AADIPBwA+eAcAMg8HACGqDgB0qg4AMtAPAJAIAQAhqg4AdKoOADLQDwAnHgAAkZoOAOSaDgAJLAIA7OgBAPDMCgBkxA4A+9MCAAFHAAA0vw4Af3oCADIPBwBkxA4Atx8CAMieDgAbnw4ANL8OACKeDgB1ng4AyJ4OALSODwDIng4AtI4PALOaDwA0vw4A/q4OABqrDgBtqw4AaJQOABqrDgAAAAAA7OgBACGqDgB0qg4AIaoOAHSqDgAhqg4AdKoOAG6fDgCHEg8AqRIQAPwSEABXFQIAIp4OAGiUDgDIng4AG58OAFcVAgAyDwcA7OgBAE0rEADs6AEASBQQAJelDgA0vw4AZMQOAGTEDgBPFAQATxQEAE8UBAD70wIAmb4HANdEDQDU3ggA10QNAP68DAD+vAwAAUcAAL6FCwAUmQ8AkvAAAPENAADxDQAAiLMOAMXRAACS8AAANL8OAPENAADF0QAANL8OADS/DgA0vw4ANL8OADS/DgBolA4AaJQOADS/DgA0vw4ANL8OADS/DgA0vw4ANL8OAGiUDgBolA4AaJQOADS/DgA0vw4ANL8OAGiUDgBolA4AXrkOAGiUDgBolA4ANL8OAOzoAQDs6AEAQr0OAF/CCwDs6AEATSsQAGseAgCj5QgA7OgBAPENAADxDQAANL8OADS/DgB4ggEANL8OACGqDgB0qg4A+9MCAGTEDgBNKxAA8Q0AAHnBDgDs6AEAKZ4CANQdAACIIgsAoGoHAKsXAAAyDwcAUY0HADIPBwAMpg8AZMQOAPD8DwA0vw4A8Q0AALpOAgDF0QAAxdEAAMXRAABNKxAAxdEAAMQpAgBuUw0ATSsQALpOAgBNKxAAU0UCAODDDwByuw8AxbsPAJvIDgBNKxAAUwAAAKsXAABQHA0A7YEOAIgiCwAjiw8AUwAAAODDDwAUCQAAFAkAABQJAACPWA8AZMQOAO2BDgCZawcAiCILAALSDgDPlwMA0X8DAAprDwCLsgkAoCsQAKTnBgBolA4AgqEPANWhDwDmfAMAIaoOAHSqDgAy0A8AoN8OAGiUDgBNKxAAw80EAAsMDwBolA4ANL8OADS/DgAhqg4AdKoOADS/DgDFwg4AGMMOAEQOAABkxA4A7YEOAE0rEADs6AEAZMQOADS/DgDFwg4AGMMOAOzoAQDKzAQA33wPAFxHCgBNKxAAXV4FAE0rEAC5fAkAKfAOAGTEDgB32Q4AVtsLAE0rEACZawcACdgNAGTEDgCwvg8AkvAAAN98DwCgKxAANL8OAMXCDgCgKxAANL8OAAsMDwAWUQoAwa4AAGiUDgCCoQ8A1aEPACGqDgD/mw8AafALAPdVDwDtgQ4A8Q0AAJAIAQAB3g4AuVIPAFbbCwBW2wsAaJQOAIKhDwDVoQ8Ad9kOAFbbCwBW2wsAVtsLAFbbCwDzjA4AAOoOAHN4CwDW7w4AZMQOADS/DgDFwg4AGMMOAG7yDgAM8wQA7YEOAEPNCgCgKxAANL8OAKArEAA0vw4AE/8OAGb/DgC5/w4A7ZAAADLXDgCF1w4A2NcOACvYDgAnWw8AE/8OAGb/DgC5/w4A84wOAPN/BABolA4AgqEPANWhDwB32Q4Ax80JAE0rEACZawcAiCILAE0rEADffA8A7YEOAE8UBADtewMA4O0JADS/DgDFwg4AGMMOACnwDgAgHwAAaJQOAIKhDwDVoQ8ATSsQAPvTAgB32Q4AaL4IAFbbCwBW2wsAdP0OAMf9DgAa/g4AXV4FAHT9DgA0vw4A6BAPAGiUDgCgKxAANL8OAMXCDgCgKxAACdgNAOzoAQA0vw4AxcIOABjDDgABygUAZMQOALC+DwBNKxAAvyYLAGTEDgBNKxAAs40FADS/DgBolA4AoCsQAMieDgAbnw4AMg8HAENXDwAT/w4AZv8OALn/DgA0vw4AxcIOABjDDgAC0g4AmWsHAAnYDQA0vw4A1l4LAE0rEAAJ2A0A7OgBAGiUDgCCoQ8A1aEPAE0rEABkeA0A7OgBAK2PDwAyDwcATJkCADS/DgDFwg4AGMMOAPOMDgCQCAEAZMQOAE0rEAAmKQwA7YEOAL7fCgBolA4ANL8OAGiUDgA0vw4AoCsQAKArEACgKxAANL8OADS/DgA0vw4AxcIOABjDDgA0vw4A2r8OANAwEABkxA4A0DAQAHT9DgA0vw4AaJQOAIKhDwDVoQ8AaJQOAIKhDwDVoQ8ATSsQAF+mDwBp9woATSsQAAnYDQBNKxAA0gQHAO2BDgDs6AEAnfYEAJAIAQBNKxAATSsQAARoAgBNKxAABGgCAE0rEAAEaAIAoCsQADS/DgDFwg4AGMMOAAnYDQA0vw4AxcIOABjDDgBkxA4AAAAAALC+DwBzeAsAaJQOAIKhDwDVoQ8A0wwQAE0rEADgww8AAUcAADS/DgDFwg4AGMMOAGTEDgBkxA4ANL8OAMXCDgAYww4ApOcGAG2kDwDApA8AMtAPAIgiCwAvqA4AL6gOAKcxDwD6MQ8ATTIPAP1gDwD/mw8A7m4PABB2DwBjdg8A31oIAAAAAACSNA8A5TQPADg1DwADvw8A6BAPADsRDwCOEQ8ATSsQAPOMDgBp9woAmJoCAAnYDQBkxA4ATSsQACOLDwDTPQkA84wOAE0rEADIyAgAhxIPACGqDgB0qg4AyJ4OABufDgBolA4AgqEPANWhDwCSNQMAZMQOAE0rEACaewMANL8OADS/DgDFwg4AGMMOADIPBwAgHwAANL8OAFmbDwA0vw4AxcIOABjDDgC2HBAAAAAAAGiUDgCCoQ8A1aEPAGTEDgB32Q4A7YEOAGTEDgBLzggA33wPAO2BDgDwEgEAAAAAAE0rEADffA8A7YEOAPASAQCDQg8AaJQOAIKhDwDVoQ8AE6UPANq/DgBNKxAAyMgIADS/DgDFwg4AGMMOAE0rEACIIgsA0X4PAOzoAQCQTA8ANL8OAJLwAAA5WggAAUcAAPD8DwCIIgsAnfYEAE0rEABAkQAAU5APAJI1AwC4Cw8A7OgBAOzoAQBkxA4AMtAPAJAIAQCHEg8A7OgBAFhUDwATRQUAd9kOALgLDwCAdQEAg0IPANZCDwAyDwcAAAAAAAAAAAAAAAAATSsQAN98DwAAAAAAAAAAAAAAAABYVA8AkAgBAE0rEADgww8A33wPADIPBwA0vw4ACwwPAAsMDwA0vw4A2r8OAKLIAgCMIhAAgqEPANWhDwB32Q4ANL8OANq/DgBPFAQAaJQOAE8UBADtkAAAAUcAAPfnBgBNKxAAm4QAAPfnBgCgKxAAqmAPALgLDwAhqg4AdKoOAG6fDgB32Q4ATSsQAIgiCwA0vw4ATSsQAJp7AwDs6AEAZMQOAJp7AwA0vw4AxcIOABjDDgCAZg8A02YPAE8UBABPFAQATSsQAJp7AwCaewMAyswEAK2PDwDtgQ4AAAAAAE0rEABNKxAA7ZAAAF+mDwDs6AEATSsQAO5uDwAUCQAApwEKAJj0AQAlcw8AeHMPAFMAAABTAAAAXV4FAGTEDgDs6AEATSsQAE0rEACrFwAAaJQOAIKhDwDVoQ8AeggPAL8mCwDmfAMANL8OAMXCDgAYww4ATKYMACGqDgD/mw8AB48PAO5uDwDIyAgA7m4PAO5uDwAyDwcAqxcAACGqDgD/mw8AdKoOAGiUDgBkxA4A7m4PAEFvDwCUbw8ATnkPAD2fDwA0vw4AmnsDAGTEDgA76AgACu8IAAAAAAAuWg8AgVoPAAAAAAAAAAAAF/kIABsxBgC/JgsAZMQOAE0rEABNKxAAU5APAAFHAABkxA4ATSsQAHO9DQBkxA4AkAgBAOzoAQA0vw4AxcIOABjDDgBNKxAA7OgBAE0rEADs6AEATSsQAJAIAQBNKxAAkAgBAOzoAQBNKxAAFAkAAE0rEAAUCQAAX6YPAMjICABNKxAA+9MCAAAAAACIIgsANL8OAMXCDgAYww4ATSsQAHO9DQCQCAEA7YEOAPENAADxDQAA7YEOAAnYDQBfpg8A+9MCAGiUDgCCoQ8A1aEPADS/DgDFwg4AGMMOAOzoAQB/JwIATSsQAOzoAQBNKxAAZMQOADJ9DwDs6AEA7OgBAJ32BADCEAkAZMQOABQJAABNKxAATSsQAOzoAQDIng4AG58OAE3fDgBzvQ0A804LAGTEDgABRwAATJkCAAFHAAA0vw4AxcIOABjDDgBkxA4AG5gPADIPBwCIIgsArkwLAPvTAgAA4w8A/5sPAP+qAQDs6AEA8Q0AAAAAAAC+3woAAAAAALSODwB8lg8Az5YPACKXDwBNKxAANL8OAMXCDgAYww4A7OgBABQJAABPFAQATxQEAGqKDADs6AEAaJQOAOzoAQBkxA4A+9MCAGTEDgAHPQMA4MMPAODDDwBMpgwAZMQOAE0rEADs6AEAIaoOAHSqDgA0vw4AxcIOABjDDgA0vw4A7OgBADIPBwBNKxAAMg8HAHWXDwCo7goAyMgIABQJAACiFAQAuAQQABY8DQCS8AAATSsQAMieDgAbnw4AyVQLAADjDwC9mAoA7OgBADWsDwDs6AEAvZgKAMTHDwDbrA8Aq3ALAKrCAQDs6AEATSsQAE0rEAA0vw4ABGgCAARoAgA0vw4ANL8OADIPBwD4ow4AS6QOABKxDwBDsQ4AaJQOADS/DgDavw4APvUBAFcpCwDkogEAGqsOAGiUDgCNHgMAqsIBAMrMBADalggAY2IGAJj0AQABRwAAs+cEADIPBwBNKxAACdgNAIvbDwApngIAHTUCACmeAgAdNQIA7S8CAFxHCgCgKxAAmJoCAE0rEAAUCQAA7OgBAJaxDgDUHQAAjR4DAEgUEADs6AEAZMQOAFGNBwA0vw4AosgCAMTHDwDbrA8ApQQNACGqDgB0qg4ApQQNALzwCwAhqg4AMJUPADS/DgBZmw8ATSsQAOzoAQDvJQAA7yUAAJj0AQCdCwIAvXwOAO7BDwC32QsAsL4PAOzoAQBNKxAA7OgBAA1jCwCjtA8AafALAOzoAQDs6AEA7OgBAOoNDAAegwEAxiULALcQEAA0vw4AmPQBAJQ4CwBkxA4A7OgBAOzoAQDExw8A26wPAE0rEAAhqg4AdKoOADLQDwCwjgoA7OgBAOzoAQDs6AEATd8OAOzoAQD8vw8A/cgMAPENAACVJQwAyJ4OAGTEDgCJCA0A89gPAIIJDQBG2Q8AhxIPADagDwA0vw4A2r8OAMTHDwCqyAwAvXwOAIcSDwDz2A8AhxIPAEbZDwCHEg8AxMcPANusDwDNrg8AUwAAAP4yCAABRwAAL6gOAPENAADs6AEAvZgKANusDwDs6AEAB48PANA/AgA0IA0AiCILALCOCgAyDwcA7OgBAOzoAQDs6AEATSsQAABZCwAAWQsAAFkLAABZCwCY9AEAmPQBAL0wDQDs6AEAIaoOAGjgDwDExw8AVhIQAOzoAQDExw8A/cgMAOzoAQB/xQ8ATswPACGqDgChzA8A7OgBAB3TDwBw0w8AOwoQAMPTDwDs6AEA7OgBAMTHDwD9yAwAf8UPAE7MDwAhqg4AocwPAOzoAQD8gQwAIuoPACGqDgB0qg4ANL8OANq/DgDs6AEAAOMPAGqKDABqigwAl54PAG7rDwA9nw8A/cIBAABZCwAAWQsAAFkLAABZCwDs6AEAjh8NAKLHDgAaqw4AX60OALCOCgAFvAwACSwCACGqDgAwlQ8Af8UPAGTEDgAd0w8AZMQOAGqKDAD70wIAt9kLALfZCwDs6AEAvyYLAB3TDwBw0w8AMg8HADIPBwCN0Q0AIaoOAHSqDgC/JgsAHdMPAHDTDwAyDwcAMg8HAI3RDQD1wA8ASMEPACGqDgD/mw8As5oPAAAAAABkxA4ATSsQAGTEDgCiyAIANL8OAMTHDwCU1wwAIaoOAP+bDwD3+w8AnAgQADS/DgBZmw8A+9MCAHSqDgAy0A8A4O0JAE0rEAB4KAIAUwAAALcQEADExw8AlNcMAAFHAAA0vw4AMg8HAOzoAQAhqg4AdKoOAI3RDQDypgwA+9MCAPvTAgBFoQEARaEBAEWhAQBFoQEA+9MCAGTEDgBFoQEA7OgBAOzoAQDs6AEAAAAAAAAAAADExw8AVhIQACGqDgB0qg4AjdENAE0rEACw0wwATSsQAMTHDwDg7QkATSsQAMTHDwBIFBAAZMQOAOzoAQDs6AEAiCILAKsXAAAyDwcA7ZAAAOzoAQCAIQ0A+9MCACGqDgD/mw8AJcYPADS/DgDFwg4AIp4OAFEKAgDuwQ8A7hQQAEEVEACUFRAA5xUQADS/DgDavw4ACMIGADS/DgBkxA4A0hgQAPvTAgAJ2A0AMg8HAJGTDwC0jg8As5oPAGnwCwA0vw4AWZsPAGnwCwCQCAEAsL4PAJAIAQCwvg8AyJ4OALSODwCQCAEA7OgBAMTHDwDbrA8AIaoOAHSqDgBRCgIAnfwPAJ38DwBRCgIAaJQOAGiUDgBolA4AE/8OAGiUDgBolA4AaJQOAGiUDgDIng4AtI4PAGiUDgAT/w4AaJQOAHuiDwBolA4Ae6IPAGiUDgB7og8A6BAPAHuiDwBolA4Ae6IPAGiUDgB7og8A5tUOAHuiDwBolA4Ae6IPADLXDgCF1w4Ax6oOAOzoAQDs6AEA+9MCAGTEDgCrFwAAGqsOAGWxDwCZ2Q8AmdkPABqrDgBtqw4Amb4HAJksEAD70wIA+9MCAPENAADxDQAA0swOAGTEDgD9wgEAaJQOAE0rEADypgwATSsQAGiUDgDtgQ4ATSsQAO2BDgBolA4AgqEPAO2BDgBvMhAAwjIQAGiUDgD70wIAPKsPAGTEDgDs6AEA7OgBAOzoAQDkORAA7OgBAOzoAQDs6AEA5DkQAOzoAQA/vwcA5DkQAE0rEADnIw4A7OgBAOzoAQDkORAAZMQOADLXDgCF1w4A2NcOAGiUDgDyTQEAf8UPAE7MDwDs6AEANL8OANq/DgAhqg4AdKoOADLQDwAWPA0AwQ4LAOn9DwC4BBAACdgNAE0rEACZvgcA0wwQAAWnDwDExw8A26wPACGqDgD/mw8A9/sPAE0rEADtgQ4AlDgLAKsXAABNKxAAyMgIACGqDgB0qg4AMtAPADk+DADTDBAAeQ0QACGqDgBo4A8AxMcPAKrIDABNKxAA","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAAAAgAAAAIAAAACAAwAAgAAAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIADAAAAAQAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAgAEAAAAAAACAAQAAgAAAAIABAAAAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAgAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAACAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAgAAAQAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAgAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAIAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAgAAAAAAGAAAAAAwAABAAAIAAA0hEIQAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAIACAgAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIAAABAAAAAAAAAAAAAAgAAAAIAAAAAAABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAGAAIAACgAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAEAABAAACAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAEAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAABAAAQAAAgAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAgABAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAEAAAAAAEAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAQAAAAAAgAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAABAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAIAAAAAAAAAJAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAEAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAANAAAQAACAAANARCEAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAACAAAAAAAYAAAAADQAAEAAAgAADSEShAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAIAAAAAAAIAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAMAAAQAACAAANARCEAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAABEAAAgAADQEQhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAEIAAA0BEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAIAIAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAIABAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABBAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAIAAQAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAIAAAAAAAAwAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAABgAAAAAMAAAQAACAAANARDEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAMAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAwAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAABgACAAAAAAAAMAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAYAAAAADAAAEAAAgAADQEQhAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAgABAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAGAAAAAAwAABAAAIAAA0BEIQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAACAAAAAAAAAAAAAAAYAAgAAAAAAADAAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAACAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAACAAEAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAA"},"index":{"lists":[[80,82,83,84],[1,2,4,7,8,29,30,31,32,35,36,37,38,41,42,43,44,45,46,47,48,52,57,58,60,61,62,63,64,65,66,67,68,69,70,71,75,76,77,78,80,82,83,84,88,93,94,121,124,125,127,138,139,140,141,142,143,144,145,146,154,157,167,168,172,173,176,185,186,190,194,196,197,198,199,201,203,204,206,209,210,211,212,226],[1,2,4,7,8,29,30,31,32,34,35,36,37,38,41,42,43,44,45,46,47,48,52,53,57,58,60,61,62,63,64,65,66,67,68,69,70,71,74,75,76,77,78,80,82,83,84,88,93,94,100,121,124,125,127,138,139,140,141,142,143,144,145,146,154,157,167,168,169,172,173,176,185,186,190,194,196,197,198,199,201,203,204,206,209,210,211,212,215,216,217,226],[50,73,80,82,83,84,175,215,232],[80,82,83,84,112,113,114,218,219,220,221,222,223,224],[49,51,80,82,83,84],[80,82,83,84,206,225],[62,80,82,83,84,93,94,119,120,206,211,212],[80,82,83,84,112,113,114],[48,55,60,63,67,68,80,82,83,84,104,112,113,114,115,132,145,146,148,152,160,162,168,170,171,172,173,184,191,192,193,200,226],[15,16,17,23,24,80,82,83,84,92,151,164],[80,82,83,84,116,238],[6,80,82,83,84],[1,8,80,82,83,84,112,113,114,153,194,198,199,226],[10,80,82,83,84,112,113,114,118,194,198,199,226],[32,80,82,83,84,112,113,114,176,194,198,199,210,226],[18,80,82,83,84,112,113,114,141,163,194,198,199,214,226],[0,2,4,5,21,22,25,26,77,80,82,83,84,112,113,114,135,141,147,150,176,178,194,195,198,199,202,205,207,226,227,230,233,234,237,239],[3,9,12,21,25,26,28,34,37,38,56,59,78,79,80,82,83,84,88,90,96,97,99,105,112,113,114,117,122,125,128,135,141,149,156,158,159,165,176,177,188,194,198,199,226,235,240],[80,82,83,84,112,113,114,194,198,199,226],[80,82,83,84,112,113,114,141,194,198,199,226],[7,80,82,83,84,112,113,114,194,198,199,226],[80,82,83,84,112,113,114,194,198,199,226,231],[76,80,82,83,84,112,113,114,141,194,198,199,216,226,228,229],[71,79,80,82,83,84,91,95,106,112,113,114,137,180,194,198,199,216,226],[11,34,80,82,83,84,90,98,112,113,114,127,128,155,194,198,199,226],[4,27,54,80,82,83,84,112,113,114,141,194,198,199,226],[11,40,80,82,83,84,112,113,114,127,194,198,199,226],[7,13,14,33,45,80,82,83,84,89,101,103,107,112,113,114,123,129,130,131,133,134,136,144,161,166,167,179,182,187,189,190,194,198,199,208,213,226],[8,80,81,82,83,84,112,113,114,194,198,199,226],[11,80,82,83,84,112,113,114,194,198,199,226],[80,82,83,84,87,102,108,109,110,111,126,181,183,236],[52,80,82,83,84],[19,20,80,82,83,84,112,113,114,194,198,199,226],[29,80,82,83,84],[30,31,35,36,80,82,83,84],[39,43,44,46,80,82,83,84],[42,61,80,82,83,84],[42,80,82,83,84,85,86],[42,62,64,80,82,83,84],[42,80,82,83,84],[47,61,80,82,83,84,201],[61,80,82,83,84,201],[62,64,70,80,82,83,84,217],[64,80,82,83,84],[69,75,80,82,83,84,201,217],[72,80,82,83,84,174],[80,82,83,84,142],[80,82,83,84,143],[80,82,83,84,201],[80,82,83,84,217],[66,80,82,83,84,204],[66,80,82,83,84,204,215],[66,80,82,83,84,185,186,204],[66,80,82,83,84,204,206],[62,66,80,82,83,84,93,94,204,206,211,212],[66,74,80,82,83,84,185,186,204],[48,53,57,58,60,63,65,66,67,68,80,82,83,84,145,146,157,168,169,172,173,185,186,204,226],[1,8,66,80,82,83,84,185,186,194,196,197,198,199,204,209,226],[66,80,82,83,84,185,186,194,196,197,198,199,204,226],[32,66,80,82,83,84,176,185,186,194,196,197,198,199,204,210,226],[66,80,82,83,84,141,185,186,194,196,197,198,199,204,226],[2,4,66,77,80,82,83,84,141,176,185,186,194,196,197,198,199,203,204,226],[34,37,38,66,78,80,82,83,84,88,121,125,141,176,185,186,194,196,197,198,199,204,226],[66,80,82,83,84,154,185,186,194,196,197,198,199,204,226],[7,66,80,82,83,84,100,185,186,194,196,197,198,199,204,226],[66,76,80,82,83,84,141,185,186,194,196,197,198,199,204,216,226],[66,71,80,82,83,84,185,186,194,196,197,198,199,204,216,226],[34,66,80,82,83,84,127,185,186,194,196,197,198,199,204,226],[4,66,80,82,83,84,141,185,186,194,196,197,198,199,204,226],[66,80,82,83,84,121,124,127,185,186,194,196,197,198,199,204,226],[7,45,66,80,82,83,84,121,144,167,185,186,190,194,196,197,198,199,204,226],[8,66,80,82,83,84,185,186,194,196,197,198,199,204,226],[52,66,80,82,83,84,204],[66,80,82,83,84,185,186,194,198,199,204,226],[29,66,80,82,83,84,204],[30,31,35,36,66,80,82,83,84,204],[43,44,46,66,80,82,83,84,204],[41,42,61,66,80,82,83,84,204],[42,66,80,82,83,84,204],[42,62,64,66,80,82,83,84,204],[47,61,66,80,82,83,84,138,201,204],[61,66,80,82,83,84,201,204],[62,64,66,70,80,82,83,84,140,204,217],[64,66,80,82,83,84,204],[66,69,75,80,82,83,84,201,204,217],[66,80,82,83,84,139,204],[66,80,82,83,84,140,204],[66,80,82,83,84,142,204],[66,80,82,83,84,143,204],[66,80,82,83,84,201,204],[66,80,82,83,84,204,217]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,20,21,19,19,22,23,24,25,19,26,27,28,29,19,20,30,19,19,31,0,0,32,33,0,13,14,15,16,17,18,19,19,20,21,19,19,22,23,24,25,19,26,27,28,29,19,20,30,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,34],[9679,35],[9135,36],[215,37],[10095,38],[10003,39],[8595,40],[10008,41],[10007,42],[10004,43],[8730,44],[10006,45],[8505,46],[9762,0],[9888,0],[8617,0],[8226,47],[9472,48],[10060,49],[9654,50],[65123,50]],"plainDefault":0,"spaced":[51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,51,52,53,51,51,51,51,51,51,54,51,55,56,51,57,57,57,57,57,57,57,57,57,57,51,51,51,51,51,51,51,58,59,60,61,62,63,64,59,61,65,59,59,59,66,67,68,59,69,70,71,72,59,61,59,59,59,51,51,51,73,74,51,58,59,60,61,62,63,64,59,61,65,59,59,59,66,67,68,59,69,70,71,72,59,61,59,59,59,51,51,51,51,51],"spacedOther":[[160,51],[5760,51],[8192,51],[8193,51],[8194,51],[8195,51],[8196,51],[8197,51],[8198,51],[8199,51],[8200,51],[8201,51],[8202,51],[8232,51],[8233,51],[8239,51],[8287,51],[12288,51],[65279,51],[9676,75],[9679,76],[9135,77],[215,78],[10095,79],[10003,80],[8595,79],[10008,81],[10007,82],[10004,83],[8730,84],[10006,85],[8505,51],[9762,86],[9888,86],[8617,87],[8226,88],[9472,89],[10060,90],[9654,91],[65123,91]],"spacedDefault":51,"blank":51}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[60,62,63,64],[18,19,20,23,24,25,26,28,29,30,31,32,33,34,38,41,42,44,45,46,47,48,49,50,51,52,53,54,56,57,58,59,60,62,63,64,67,71,72,90,91,92,93,99,100,101,102,103,104,105,106,113,116],[18,19,20,22,23,24,25,26,28,29,30,31,32,33,34,38,39,41,42,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,62,63,64,67,71,72,77,90,91,92,93,99,100,101,102,103,104,105,106,113,116],[36,55,60,62,63,64],[60,62,63,64,84,85,86],[35,37,60,62,63,64],[46,60,62,63,64,71,72,88,89],[34,40,44,47,51,52,60,62,63,64,80,84,85,86,87,95,105,106,108,111,117],[5,6,12,13,60,62,63,64,70,111],[60,62,63,64,87],[60,62,63,64,84,85,86,112],[1,60,62,63,64,84,85,86,87],[7,60,62,63,64,84,85,86,102],[10,11,14,15,58,60,62,63,64,84,85,86,98,102,107,110],[0,3,10,14,15,17,22,25,26,40,43,59,60,62,63,64,67,68,74,75,76,81,84,85,86,87,92,93,98,102,109,115,117],[60,62,63,64,84,85,86,102],[60,62,63,64,69,81,84,85,86,98],[2,22,60,62,63,64,68,75,84,85,86,93,114],[16,39,60,62,63,64,84,85,86,102],[2,60,62,63,64,84,85,86,93],[4,21,31,60,62,63,64,67,78,79,81,84,85,86,93,94,96,97,98,104],[60,61,62,63,64,84,85,86],[2,60,62,63,64,84,85,86],[60,62,63,64,67,78,82,83,92],[38,60,62,63,64],[8,9,60,62,63,64,84,85,86],[20,60,62,63,64,84,85,86],[60,62,63,64,84,85,86,91],[57,60,62,63,64,84,85,86],[54,59,60,62,63,64,73,84,85,86],[27,60,62,63,64,84,85,86],[18,60,62,63,64],[19,20,23,24,60,62,63,64],[26,30,31,32,60,62,63,64],[29,45,60,62,63,64],[29,60,62,63,64,65,66],[29,46,48,60,62,63,64],[29,60,62,63,64],[33,45,60,62,63,64],[45,60,62,63,64],[46,48,54,60,62,63,64],[48,60,62,63,64],[53,56,60,62,63,64],[55,60,62,63,64],[60,62,63,64,103],[60,62,63,64,104],[50,60,62,63,64],[50,55,60,62,63,64],[46,50,60,62,63,64,71,72],[34,39,41,42,44,47,49,50,51,52,60,62,63,64,105,106,116],[50,60,62,63,64,102],[50,58,60,62,63,64,102],[22,25,26,50,59,60,62,63,64,67,90,92,93,102],[50,60,62,63,64,113],[50,60,62,63,64,77],[22,50,60,62,63,64,93],[39,50,60,62,63,64,102],[50,60,62,63,64,90,91,93],[31,50,60,62,63,64,67,90,93,104],[50,60,62,63,64,67,92],[38,50,60,62,63,64],[20,50,60,62,63,64],[50,60,62,63,64,91],[50,57,60,62,63,64],[50,54,59,60,62,63,64],[18,50,60,62,63,64],[19,20,23,24,50,60,62,63,64],[26,30,31,32,50,60,62,63,64],[28,29,45,50,60,62,63,64],[29,50,60,62,63,64],[29,46,48,50,60,62,63,64],[33,45,50,60,62,63,64,99],[45,50,60,62,63,64],[46,48,50,54,60,62,63,64,101],[48,50,60,62,63,64],[50,53,56,60,62,63,64],[50,60,62,63,64,100],[50,60,62,63,64,101],[50,60,62,63,64,103],[50,60,62,63,64,104]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,4,12,13,14,4,4,15,4,4,4,4,15,16,17,4,18,19,20,21,4,15,22,4,4,23,0,0,24,25,0,4,4,26,4,4,27,4,4,4,4,4,4,4,28,29,4,4,4,30,27,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,31],[9679,32],[9135,33],[215,34],[10095,35],[10003,36],[8595,37],[10008,38],[10007,39],[10004,40],[8730,41],[10006,42],[8505,43],[9762,0],[9888,0],[8617,0],[8226,44],[9472,45]],"plainDefault":0,"spaced":[46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,47,46,46,46,46,46,46,46,46,46,48,47,46,49,49,49,49,49,49,49,49,49,49,46,46,46,46,46,46,46,46,46,46,50,51,52,53,46,50,54,46,46,46,50,46,55,46,56,57,58,46,46,50,46,46,46,59,46,46,60,46,46,46,46,61,46,46,62,46,46,46,46,46,46,46,63,64,46,46,46,46,62,46,46,46,46,46,46,46,46,46,46,46],"spacedOther":[[160,46],[5760,46],[8192,46],[8193,46],[8194,46],[8195,46],[8196,46],[8197,46],[8198,46],[8199,46],[8200,46],[8201,46],[8202,46],[8232,46],[8233,46],[8239,46],[8287,46],[12288,46],[65279,46],[9676,65],[9679,66],[9135,67],[215,68],[10095,69],[10003,70],[8595,69],[10008,71],[10007,72],[10004,73],[8730,74],[10006,75],[8505,47],[9762,76],[9888,76],[8617,77],[8226,78],[9472,79]],"spacedDefault":46,"blank":46}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
    return { dialect, event: marker.event, name, key, afterOutput: marker.afterOutput === true, closes: marker.closes === true, asserts: marker.asserts === true, namesFile: marker.namesFile === true, namedBelow: marker.namedBelow === true, ...marker.section ? { section: marker.section } : {}, ...groups.count !== void 0 ? { count: Number(groups.count) } : {}, ...groups.reason ? { reason: groups.reason } : {} };
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
    phases: 1,
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
  const closingsExcused = unit.holdsHooks && unit.high > 0 && closesOnlyItsHandles(unit, unit.assigned);
  const closings = closingsExcused ? unit.closingHandles : 0;
  if (unit.code > closings) {
    const evidence = first((f) => f.kind === "code");
    return evidence ? { kind: "code", evidence } : { kind: "code" };
  }
  const services = namedServices(unit);
  if (unit.high > 0) {
    const unnamedClosing = closingsExcused && unit.closingNamed < unit.closingHandles;
    const confidence = unit.unexplained > 0 || unit.ambiguous > 0 || unit.hookTimedOut || unit.timeoutNoted || unnamedClosing ? "ambiguous" : "high";
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
function closesOnlyItsHandles(unit, assigned) {
  if (unit.closingHandles === 0 || unit.closingOther > 0) return false;
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
    if (!setup) return j;
    const assigned = new Set(setups.flatMap((s) => [...s.unit.assigned]));
    const closingsOk = u.closingHandles === 0 || closesOnlyItsHandles(u, assigned);
    const onlyHandles = j.outcome.kind === "code" && u.code > 0 && u.code === u.nullHandles + u.closingHandles && closingsOk && u.unexplained === 0 && u.ambiguous === 0;
    const onlyTimedOut = j.outcome.kind === "unexplained" && j.outcome.reason === "timeout";
    if (onlyHandles) return { unit: u, outcome: u.closingNamed < u.closingHandles && setup.outcome.kind === "infrastructure" ? { ...setup.outcome, confidence: "ambiguous" } : setup.outcome };
    if (onlyTimedOut && setup.outcome.kind === "infrastructure") return { unit: u, outcome: { ...setup.outcome, confidence: "ambiguous" } };
    return j;
  });
}
var PHASES_ALIKE = new Set(DIALECTS.filter((d) => d.namesPhasesAlike).map((d) => d.id));
var refusedForSure = (j) => j.outcome.kind === "infrastructure" && j.outcome.confidence === "high";
function refusedSetupOf(unit, judged) {
  const sameName = PHASES_ALIKE.has(unit.runner) ? judged.find((o) => o.unit !== unit && refusedForSure(o) && o.unit.runner === unit.runner && o.unit.name === unit.name) : void 0;
  if (sameName) return [sameName];
  if (TEARDOWN.test(unit.name)) {
    const scope = scopeKey(unit);
    if (scope === "") return [];
    return judged.filter((o) => refusedForSure(o) && SETUP.test(o.unit.name) && scopeKey(o.unit) === scope).slice(0, 1);
  }
  if (unit.scope !== "outside" || unit.file === void 0) return [];
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
var CLOSING_CALL = new RegExp(`([A-Za-z_$][\\w$]{0,100})\\??(?:\\.|->)\\$?${CLOSING_METHOD}\\b`);
var CARET_LINE = /^\s{0,200}(?:\|\s{0,200})?\^{1,200}\s*$/;
var MARKED_FRAME = /^\s{0,12}>\s{0,12}\d{1,6}\s?\|/;
var JAVA_NPE = new RegExp(`Cannot invoke "([\\w$.]{1,300})\\.${CLOSING_METHOD}\\(\\)" because "([^"]{1,300})" is null`);
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
  "cache",
  "queue",
  "pdo",
  "mongo",
  "cassandra",
  "etcd"
]);
var GENERIC_WORDS = /* @__PURE__ */ new Set(["conn", "connection", "connections", "client", "clients", "pool", "driver", "datasource", "cursor", "channel", "producer", "consumer", "publisher", "subscriber", "broker", "queue", "cache", "db", "database"]);
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
function closedReceiverIn(sourceLine) {
  const name = CLOSING_CALL.exec(sourceLine)?.[1];
  if (name === void 0 || /^(?:this|self|cls|state|ctx|context)$/.test(name)) return void 0;
  return { name: bare(name), handle: namesHandle(name) };
}
function javaReceiver(line) {
  const found = JAVA_NPE.exec(line);
  if (!found) return void 0;
  const type = found[1];
  const expression = found[2].split(".").pop();
  if (expression.startsWith("<")) return void 0;
  const handle = namesHandle(expression) && (JAVA_CLIENT_PACKAGE.test(type) || namesService(expression) || namesService(type.split(".").pop()));
  return { name: bare(expression), handle };
}
var ASSIGNMENT = /(?:^|[\s>|:;({])(?:(?:const|let|var)\s+)?(?:(?:this|self|cls|state|ctx)\.|@|\$this->)?([A-Za-z_$][\w$]{0,100})\s*=\s*(?![=>])[^\n]{0,300}$/;
function assignedHandleIn(sourceLine) {
  const name = ASSIGNMENT.exec(sourceLine)?.[1];
  return name !== void 0 && namesHandle(name) ? bare(name) : void 0;
}
function bare(name) {
  return name.replace(/^[_$@]+/, "");
}

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
function nameReceiver(unit, receiver) {
  if (!receiver.handle) {
    unit.closingOther++;
    return;
  }
  unit.closingNamed++;
  if (unit.closedReceivers.size < 16) unit.closedReceivers.add(receiver.name);
}
var UNIT_FILE = new Map(DIALECTS.flatMap((d) => d.unitFile ? [[d.id, d.unitFile]] : []));
var HOOK_TITLE = /^"(?:before|after) (?:all|each)" hook[^\n]{0,500}:$/;
var CLOSE_FRAME_LINES = 12;
var ASSIGN_LOOKS = 4;
var REFUSALS_KEPT = 64;
var BARE_HEADLINE = /^\s{0,40}[A-Z][\w:]{0,200}(?:Error|Exception):\s*$/;
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
      if (this.pending.length === 0 && this.current?.awaitingError === void 0 && !(this.current !== void 0 && this.specParents.has(this.current)) && this.header === void 0 && !this.inTraceback && this.afterTests === void 0 && this.logScope === void 0 && this.suiteTitles === void 0 && this.nameBelow === void 0 && this.headlineAbove === void 0 && !(this.current !== void 0 && this.current.file === void 0 && UNIT_FILE.has(this.current.runner)) && this.closeFrameWatch === void 0 && this.assignWatch === void 0 && !interesting(lines[i])) continue;
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
      this.onMarker({ dialect: GO, event: "run", name: jsonTest, key: `go:${jsonTest}`, afterOutput: false, closes: false, asserts: false, namesFile: false, namedBelow: false });
    }
    if (this.jsonPackage !== void 0 && this.current?.runner === "go" && !this.unitPackage.has(this.current)) this.unitPackage.set(this.current, this.jsonPackage);
    if (this.noteOpen) {
      this.noteOpen = false;
      this.current = void 0;
    }
    const line = normaliseLine(rawLine);
    if (line === "") return;
    if (this.headlineAbove) this.readHeadlineMessage(line);
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
    if (this.closeFrameWatch) this.watchCloseFrame(line);
    if (this.assignWatch) this.watchAssignment(line);
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
      this.precedingAfter = hasFindings(this.preceding) ? this.precedingAfter : marker.dialect.id;
      this.markerRunner = void 0;
    }
  }
  /** The file whose results a runner that reports by file (jest's `FAIL path`) prints now. */
  file;
  /** A closing call on a null handle was just recorded: the source line printed below it (a code frame) may name the receiver. */
  closeFrameWatch;
  assignLooks = /* @__PURE__ */ new Map();
  /** Refusals the run has shown so far, however they were logged (rule.ts `timesOutOn`). */
  refusals = [];
  refusedBefore(service) {
    return service !== "" && this.refusals.some((f) => f.kind === "infrastructure" && f.confidence === "high" && f.service === service);
  }
  /** A refusal was just recorded: the source line printed below it may show what its setup assigned. */
  assignWatch;
  /** The source line this line is or points at: jest's marked frame, or the line above a caret. */
  sourceBelow(line) {
    if (MARKED_FRAME.test(line)) return line;
    return CARET_LINE.test(line) ? this.previousLine(1) : void 0;
  }
  /** The source line `back` lines up, if it is one: pytest's `>`, RSpec's `Failure/Error:`, Python's line under `File ...`, a marked frame. */
  sourceAbove(back) {
    const line = this.previousLine(back);
    if (line === void 0) return void 0;
    if (/^\s{0,12}>\s/.test(line) || /^\s{0,20}(?:\d{1,5}\.\d{1,5}\) )?Failure\/Error: /.test(line)) return line;
    return /^\s{0,12}File "[^"\n]{1,500}", line \d{1,7}, in /.test(this.previousLine(back + 1) ?? "") ? line : void 0;
  }
  watchCloseFrame(line) {
    const watch = this.closeFrameWatch;
    if (this.lineNumber > watch.until || markerOf(line)) {
      this.closeFrameWatch = void 0;
      return;
    }
    const source = this.sourceBelow(line);
    const receiver = source === void 0 ? void 0 : closedReceiverIn(source);
    if (receiver) {
      nameReceiver(watch.unit, receiver);
      this.closeFrameWatch = void 0;
    }
  }
  watchAssignment(line) {
    const watch = this.assignWatch;
    if (this.lineNumber > watch.until || markerOf(line)) {
      this.assignWatch = void 0;
      return;
    }
    const source = this.sourceBelow(line);
    const name = source === void 0 ? void 0 : assignedHandleIn(source);
    if (name !== void 0 && watch.unit.assigned.size < 16) watch.unit.assigned.add(name);
  }
  /** Whom a closing call on a null closed: Java says; else a source line above, or one below (watched). */
  nameClosed(unit, line) {
    const java = javaReceiver(line);
    if (java) return nameReceiver(unit, java);
    for (let back = 1; back <= 6; back++) {
      const source = this.sourceAbove(back);
      const receiver = source === void 0 ? void 0 : closedReceiverIn(source);
      if (receiver) return nameReceiver(unit, receiver);
    }
    this.closeFrameWatch = { unit, until: this.lineNumber + CLOSE_FRAME_LINES };
  }
  /** What a refused setup was assigning: a source line above its refusal, or one below (watched). */
  noteAssignment(unit) {
    for (let back = 1; back <= 8; back++) {
      const source = this.sourceAbove(back);
      const name = source === void 0 ? void 0 : assignedHandleIn(source);
      if (name !== void 0 && unit.assigned.size < 16) unit.assigned.add(name);
    }
    this.assignWatch = { unit, until: this.lineNumber + CLOSE_FRAME_LINES };
  }
  /** A code finding on an exception's bare class (`NoMethodError:`), whose message is the next line. */
  headlineAbove;
  readHeadlineMessage(line) {
    const above = this.headlineAbove;
    this.headlineAbove = void 0;
    if (this.lineNumber !== above.line + 1 || !NULL_DEREFERENCE.test(line) || !CLOSING_HANDLE.test(line) || NULL_HANDLE.test(line)) return;
    recount(above.unit, above.finding, (f) => {
      f.closesHandle = true;
    });
    this.nameClosed(above.unit, line);
  }
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
        if (marker.namedBelow) this.nameBelow = unit;
        if (this.suiteSection || scope === "outside") unit.holdsHooks = true;
        if (this.suiteSection && this.suiteUnits.size < MAX_UNITS) this.suiteUnits.add(unit);
        if (known2 && !again && marker.event === "outside" && marker.dialect.countsPhases && known2.line !== this.lineNumber) known2.phases++;
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
    if (finding.kind === "infrastructure" && finding.confidence === "high" && this.refusals.length < REFUSALS_KEPT && !this.refusals.some((f) => f.ruleId === finding.ruleId && f.service === finding.service && finding.service !== "")) this.refusals.push(finding);
    const unit = this.target();
    if (unit) {
      count(unit, finding);
      if (finding.kind === "infrastructure" && finding.confidence === "high" && !finding.continuing && unit === this.current && (this.assignLooks.get(unit) ?? 0) < ASSIGN_LOOKS) {
        this.assignLooks.set(unit, (this.assignLooks.get(unit) ?? 0) + 1);
        this.noteAssignment(unit);
      }
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
      const nullHandle = !infra && !notAHandle && NULL_DEREFERENCE.test(line) && NULL_HANDLE.test(line);
      const closesHandle = !infra && !nullHandle && NULL_DEREFERENCE.test(line) && CLOSING_HANDLE.test(line);
      if (target2 && target2.lastInfraLine > 0 && nullHandle && mayBeHandleOf(line, target2)) {
        target2.consequences++;
        return true;
      }
      const note = infra ? `also matched ${infra.rule.id}` : void 0;
      const finding = { ...this.finding(codeRule, line, "code"), ...note ? { note } : {}, ...nullHandle ? { nullHandle } : {}, ...closesHandle ? { closesHandle } : {} };
      this.record(finding);
      if (closesHandle && target2) this.nameClosed(target2, line);
      if (target2 && !nullHandle && !closesHandle && BARE_HEADLINE.test(line)) this.headlineAbove = { unit: target2, finding, line: this.lineNumber };
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
    const interpreted = match.rule.timesOutOn && reread.kind === "infrastructure" ? this.refusedBefore(reread.service) ? { ...reread, note: `the ${reread.service} client's own operation timed out after the run showed ${reread.service} refused (a client reconnecting in the background)` } : { ...reread, confidence: "ambiguous", note: "the client's own operation timed out: a server that is down, or one too slow; no refusal of it came before" } : reread;
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
