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
} from "./chunk-LBYU2E5H.js";
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
} from "./chunk-WNGEIIXK.js";
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
var DERIVED = `{"prefilter":{"key":"rules 242\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/TimeoutException: Topic \\\\S{1,300} not present in metadata after \\\\d{1,9} ms/\\n/TimeoutException: Timeout expired while fetching topic metadata/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?\\\\/?[\\\\w.:[\\\\]-]{1,300} active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,46,48,204,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,393,395,396,397,398,399,400,401,404,405,406,408],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,35,94,9472,10003,10004,8730,10006,8505,10095,9762,9888,8226,43,9654,65123,36],"words":8,"quiet":11357,"states":12773,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAABqYQYABgAAAGseAgAHAAAAMg8HAAgAAADs6AEACQAAAL2LAAAKAAAAAUcAAAsAAACZtwgADAAAAO2QAAANAAAAqxcAAA4AAAAtdQEADwAAACKtAAAQAAAA7yUAABEAAAB4ggEAEgAAABQJAAATAAAA9NsBABQAAAANEAsAFQAAAP4JAgAWAAAAShIBABcAAACY9AEAGAAAAJ0LAgAZAAAA//0BABoAAABXFQIAGwAAAEyZAgAcAAAA+9MCAB0AAAAAAAAAHgAAALaLDAAfAAAAkAgBACAAAADQPwIAIQAAAAAAAAAiAAAAqsIBACMAAACS8AAAJAAAAE8UBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAARaEBACkAAADOsQEAKgAAAOE0CgArAAAA09ULACwAAAAAAAAALQAAAA7wAQAuAAAAAAAAAC8AAABaRAIAMAAAAKLIAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAACg+woAPAAAAKYGCwA9AAAAcO8LAD4AAAAAAAAAPwAAABbwCwBAAAAAAAAAAEEAAADPBQwAQgAAAKwKDABDAAAAiQ8MAEQAAACIGwwARQAAAPgEDQBGAAAAQD0MAEcAAACTPQwASAAAAOY9DABJAAAADlAMAEoAAADyUwwASwAAAE+CDABMAAAAyP8MAE0AAAAbAA0ATgAAAKUEDQBPAAAAdaUNAFAAAAC6+g0AUQAAAA37DQBSAAAAYPsNAFUAAACmAAAAVgAAAKLBAwBYAAAAdCcJAFkAAAAIPwEAXAAAAE2bAABeAAAAKrQJAF8AAACaBQgAZwAAADUOAgBqAAAAGL0DAHAAAAChPAAAqQAAAPkAAACzAAAAnvgCAPwAAAAnYg4AUQEAAJ8BAAClAQAA8gEAAPkBAABFAgAATQIAAJgCAACaAgAA6wIAAPQCAAA+AwAASAMAAJEDAACcAwAA5AMAAPADAAA3BAAARAQAAIoEAACUBAAA3QQAAOsEAAAwBQAAPwUAAIMFAACFBQAA1gUAAOAFAAApBgAANwYAAHwGAACBBgAAzwYAANwGAAAiBwAAKgcAAHUHAACFBwAAyAcAAMoHAAAbCAAAKQgAAG4IAAB/CAAAemIOAMgIAADNYg4AFgkAAMNCDAAcCQAAZwkAACkJAADCXAoALQkAADk+DAAwCQAAGiEKAG4JAAC6CQAAdAkAAERuCgC/CQAADQoAABkKAABgCgAAYwoAALMKAAC7CgAABgsAABMLAABZCwAAXgsAAKwLAAC2CwAA/wsAAAcMAABSDAAAXgwAAKUMAABhDAAAZgcCALgMAAD4DAAABg0AAEsNAABODQAAng0AAKgNAAAgYw4A8w0AACdxAAD0DQAA5KIBAPYNAABEDgAA+g0AAK9ACwD7DQAABGgCAPwNAADjAQIA/Q0AANQdAAD+DQAAnCQMAP8NAACwegEAAA4AAKkvAAACDgAAcC4DAAUOAAC4uQIADg4AANWiAwARDgAAoyMMAEoOAACXDgAAUw4AANpDCACdDgAA6g4AAP4OAAA9DwAAUg8AAJAPAACYDwAA4w8AAO0PAAA2EAAAOxAAAIkQAACOEAAA3BAAAOQQAAAvEQAARREAAIIRAACEEQAA1REAAOIRAAAoEgAAPBIAAHsSAACDEgAAzhIAAN0SAAAhEwAAMhMAAHQTAACCEwAAxxMAANMTAAAaFAAAJxQAAG0UAAB3FAAAwBQAAMMUAAATFQAAGxUAAGYVAABoFQAAuRUAAMoVAAAMFgAAEhYAAF8WAABrFgAAshYAALQWAAAFFwAADBcAAFgXAABsFwAAc2MOAKwXAADZJQ4ArRcAAGMrAgCwFwAA/hcAALQXAADf3gEAuRcAADoeAwAAGAAAV8kAAAEYAADWzQcABRgAAB/lCQAGGAAAURgAAAgYAAB3OwEACRgAAM2TBwALGAAA4aMGAA0YAABwowoADxgAAIR1BgAUGAAAjDECABcYAAAS9wUAUhgAAKQYAABUGAAAk8EFAFcYAAA2wwoAuxgAAPcYAAAPGQAAShkAAFUZAACdGQAAthkAAPAZAADyGQAAQxoAAF0aAACWGgAApRoAAOkaAADuGgAAPBsAAEkbAACPGwAAnxsAAOIbAADqGwAANRwAAEEcAACIHAAAlRwAANscAADlHAAALh0AADQdAACBHQAAlR0AAMZjDgDaHQAAJx4AAN4dAADE4wsA6x0AAMbSCgBCHgAAeh4AAIYeAADNHgAA0x4AACAfAAAjHwAAs40FACgfAABzHwAAdh8AAB+uBQB6HwAAxh8AAH4fAAB5TAcAgR8AAO5vAwDLHwAAGSAAACUgAABsIAAAbyAAAL8gAADHIAAAEiEAAB8hAABlIQAAaiEAALghAADCIQAACyIAABMiAABeIgAAYSIAALEiAAC6IgAABCMAAAUjAABXIwAAWCMAAKojAACvIwAA/SMAAAMkAABQJAAAWiQAAKMkAACrJAAA9iQAAPkkAABJJQAATCUAAJwlAACtJQAAGWQOAPElAAAGqgEA9CUAAEsTCwD4JQAApLYNAPslAABCJgAA/SUAAIIsCABaJgAAlSYAAJgmAADoJgAA9CYAADsnAABIJwAAjicAAJUnAADhJwAA4ycAADQoAAA9KAAAhygAAJEoAADaKAAA5SgAAC0pAABJKQAAgCkAAIgpAABsZA4A2CkAACYqAAAuKgAAeSoAAHoqAADMKgAAzioAAB8rAAAiKwAAcisAAHUrAAC/ZA4AyisAABgsAAAeLAAAaywAAHIsAAC+LAAAxiwAABEtAAAULQAAZC0AAG0tAAC3LQAAuC0AAAouAAALLgAAXS4AAG4uAACwLgAAvi4AAAMvAAAPLwAAVi8AAF0vAAASZQ4Ary8AAPwvAAD+LwAATzAAAGUwAACiMAAAqjAAAPUwAAD3MAAASDEAAFExAACbMQAApTEAAO4xAAD5MQAAQTIAAE0yAACUMgAAoTIAAOcyAADxMgAAOjMAAEgzAACNMwAAnDMAAOAzAADiMwAAMzQAAD00AACGNAAAlDQAANk0AADeNAAALDUAADk1AAB/NQAAhzUAANI1AADYNQAAJTYAADE2AAB4NgAAlTYAAMs2AADUNgAAHjcAACw3AABxNwAAdzcAAMQ3AADQNwAAFzgAABo4AABqOAAAcjgAAL04AADOOAAAEDkAAB45AABjOQAAfDkAALY5AAC3OQAACToAACY6AABlZQ4AYToAAK86AAC1OgAAAjsAAAo7AABVOwAAXjsAAKg7AACrOwAA+zsAAAc8AABOPAAAVDwAAAtmDgC9PAAA9DwAAPw8AABeZg4ASj0AAJo9AACrPQAA7T0AAPU9AABAPgAATj4AAJM+AACWPgAA5j4AAO4+AAA5PwAARj8AAIw/AACRPwAA3z8AAOk/AAAyQAAAOkAAAIVAAACRQAAA2EAAAOVAAAArQQAALUEAAH5BAACXQQAA0UEAAOJBAAAkQgAAMEIAAHdCAAB+QgAAykIAANJCAAAdQwAAIkMAAHBDAAB9QwAAw0MAAMtDAAAWRAAAIEQAAGlEAAB0RAAAvEQAAMhEAAAPRQAAF0UAALFmDgBuRQAAtUUAALtFAAAIRgAAI0YAAFtGAABnRgAArkYAALRGAAAEZw4ABkcAACYcAgAHRwAAjb0EAAhHAADo9QYADEcAAFRHAAANRwAAZdsJAA9HAAC+XAUAFUcAADolAgBgRwAAp0cAAK1HAAC79QwAr0cAAFdnDgAGSAAATUgAAFNIAACgSAAAu0gAAPNIAAD/SAAARkkAAExJAACZSQAAoUkAAOxJAADySQAAP0oAAEtKAACSSgAAr0oAAOVKAADuSgAAOEsAAERLAACLSwAAjksAAN5LAADoSwAAMUwAAD1MAACETAAAi0wAANdMAADfTAAAKk0AACtNAAD/XgAALU0AAH1NAACMTQAA0E0AANZNAAAjTgAAJU4AAHZOAACMTgAAyU4AAOdOAAAcTwAANU8AAG9PAABxTwAAwk8AAMVPAAAVUAAAIVAAAGhQAABvUAAAu1AAAMNQAAAOUQAAEFEAAGFRAABqUQAAtFEAAL5RAAAHUgAAElIAAFpSAABmUgAArVIAALpSAAAAUwAAClMAAFNTAABhUwAAplMAALVTAAD5UwAA+1MAAExUAABWVAAAn1QAAK1UAADyVAAA91QAAEVVAABSVQAAmFUAAK1VAADrVQAA81UAAD5WAABXVgAAkVYAAJpWAADkVgAA7lYAADdXAAA/VwAAilcAAJdXAADdVwAA4lcAADBYAAA4WAAAg1gAAIRYAADWWAAA2FgAAClZAAAsWQAAfFkAAH9ZAACqZw4A1FkAACJaAAAoWgAAdVoAAHxaAADIWgAA0FoAABtbAAAfWwAAblsAAHBbAADBWwAAxFsAABRcAAAcXAAAZ1wAAGhcAAC6XAAAwFwAAA1dAAASXQAAYF0AAHtdAACzXQAAwV0AAAZeAAANXgAAWV4AAGVeAACsXgAAs14AAP1nDgABXwAAUl8AAFVfAAClXwAAqF8AAFBoDgD9XwAAS2AAAFFgAACeYAAApWAAAPFgAAAPYQAARGEAAF1hAACXYQAAmWEAAOphAADtYQAAPWIAAEliAACQYgAAl2IAAONiAADrYgAANmMAADhjAACJYwAAkmMAANxjAADmYwAAL2QAADpkAACCZAAAjmQAANVkAADiZAAAKGUAADJlAAB7ZQAAiWUAAM5lAADdZQAAIWYAACNmAAB0ZgAAfmYAAMdmAADVZgAAGmcAAB9nAABtZwAAemcAAMBnAADVZwAAE2gAABtoAABmaAAAf2gAALloAADCaAAADGkAABZpAABfaQAAZ2kAALJpAAC/aQAABWoAAApqAABYagAAYGoAAKtqAACsagAA/moAAABrAABRawAAVGsAAKRrAACnawAAo2gOAPxrAABKbAAAUGwAAJ1sAACkbAAA8GwAAPhsAABDbQAAR20AAJZtAACYbQAA6W0AAOxtAAA8bgAARG4AAI9uAACQbgAA4m4AAOhuAAA1bwAAOm8AAIhvAACjbwAA228AAOlvAAAucAAANXAAAIFwAACNcAAA1HAAANtwAAD2aA4AKnEAAHpxAACLcQAAzXEAANVxAAAyjAEA6XEAACByAAAocgAASWkOAIJyAADGcgAAzHIAABlzAAAbcwAAbHMAAIJzAAC/cwAA3XMAABJ0AAAVdAAAZXQAAHF0AAC4dAAAvnQAAAt1AAAmdQAAXnUAAGp1AACxdQAAt3UAAAR2AAAidgAAV3YAAGd2AACqdgAAuHYAAP12AAADdwAAUHcAAFN3AACjdwAArXcAAPZ3AAAUeAAASXgAAF94AACceAAAqHgAAO94AADyeAAAQnkAAEV5AACVeQAAl3kAAOh5AAD/eQAAO3oAAEd6AACOegAAqnoAAOF6AADpegAAnGkOAEV7AACHewAAlXsAANp7AADmewAALXwAADp8AACAfAAAinwAANN8AADbfAAAJn0AACd9AAB5fQAAe30AAMx9AADPfQAAH34AACJ+AADvaQ4Ad34AAMV+AADLfgAAGH8AAB9/AABrfwAAc38AAL5/AADUfwAAEYAAABqAAABkgAAAZ4AAALeAAADBgAAACoEAABKBAABdgQAAdoEAALCBAAC8gQAAA4IAAAuCAABCag4AXoIAAKmCAACsggAA/IIAAAaDAABPgwAAVYMAAKKDAACwgwAA9YMAAAKEAABIhAAAX4QAAJVqDgCchAAA2DgNAJ6EAAB1pgEAoYQAAFlQAgCihAAApOcGAKOEAACqpgUApIQAAIjCAAClhAAAqC0CAKiEAAATDQ0AqoQAAO6EAACshAAAjagHALGEAAB90AUAsoQAAOLHCwD4hAAAQ4gIAP2EAABBhQAATYUAAJSFAACVhQAAYoMDAJeFAADnhQAA6oUAADqGAABBhgAA2YABAEKGAACNhgAAUoYAAPwoAQCUhgAA4IYAAOyGAAAzhwAAQIcAAIaHAACUhwAA2YcAAOWHAAAsiAAAM4gAAH+IAACHiAAA0ogAAOKIAAAliQAAKokAAHiJAAB+iQAAy4kAANOJAAAeigAAJ4oAAHGKAAB0igAAxIoAANCKAAAXiwAAHYsAAOhqDgCJiwAAO2sOAMqLAAAQjAAAEowAADf9AAATjAAAEXICABeMAAA3nAIAG4wAAJn8CgAcjAAAlcUBAB+MAABw9goAKYwAAIpJAgAwjAAAY4wAAHCMAAC2jAAAu4wAAAmNAAANjQAAXI0AAGmNAACvjQAAt40AAAKOAAC6jQAApcYJAAmOAABVjgAAGI4AAPmKBABXjgAAqI4AALKOAAD7jgAA/Y4AAE6PAABnjwAAoY8AAKOPAAD0jwAA948AAEeQAABTkAAAmpAAAKKQAACOaw4A85AAAECRAAD1kAAAzA0QAPyQAACX5AUA/pAAAGtVBgAAkQAArUsBAAmRAACPxwsARpEAAJrjAABYkQAAk5EAAJWRAADmkQAAoJEAAACmAACskQAAvJcAAPWRAAA5kgAASJIAAIySAACYkgAA35IAAOKSAAAykwAANZMAAIWTAACdkwAA2JMAAN+TAAArlAAAN5QAAH6UAACLlAAA0ZQAAN+UAAAklQAAMJUAAHeVAAB+lQAAypUAAOKVAAAdlgAAKZYAAHCWAAB2lgAAw5YAAMmWAAAWlwAAG5cAAGmXAABvlwAANGwOAL6XAAAPmAAAFpgAAGKYAAB6mAAAtZgAALyYAAAImQAAIZkAAFuZAABzmQAArpkAALqZAAABmgAAB5oAAFSaAABamgAAp5oAAKyaAAD6mgAAAJsAAIdsDgBmmwAAoJsAALGbAADzmwAAAZwAAEacAABVnAAAmZwAAKGcAADsnAAADJ0AAD+dAABLnQAAkp0AAKadAADlnQAA7Z0AADieAAA+ngAAi54AAJeeAADengAA6J4AADGfAAA3nwAAhJ8AAJKfAADXnwAA458AACqgAABFoAAAfaAAAH+gAADQoAAA4aAAACOhAAAroQAAdqEAAIShAADJoQAAzKEAAByiAAAkogAAb6IAAHyiAADCogAAx6IAABWjAAAfowAAaKMAAHCjAAC7owAAvaMAAA6kAAAfpAAAYaQAAHKkAAC0pAAAuaQAAAelAAALpQAAWqUAAGalAACtpQAAtKUAANpsDgAFpgAAU6YAAF2mAACmpgAAvqYAAPmmAAD8pgAATKcAAFWnAACfpwAAoKcAAPKnAADzpwAARagAAEqoAACYqAAAnqgAAOuoAAD1qAAAPqkAAEqpAACRqQAAmKkAAOSpAAD8qQAAN6oAADmqAACKqgAAk6oAAN2qAADnqgAAMKsAADurAACDqwAAm6sAANarAADsqwAAKawAAC6sAAB8rAAAg6wAAM+sAADbrAAALW0OACStAAB8ngIAJ60AAPC4AQArrQAAHroFAC2tAAAyYgcAM60AAHWtAAB3rQAAE1oCAIOtAADIrQAA1K0AABuuAADXrQAAdNsHACiuAABurgAAeK4AAMGuAADCrgAASRYOAMmuAAAUrwAAG68AAGevAAAvrwAARpUBAGyvAAC6rwAAxq8AAA2wAAAQsAAAYLAAAGiwAACzsAAAwLAAAAaxAAALsQAAWbEAAGOxAACssQAAtLEAAP+xAAACsgAAUrIAAFuyAAClsgAAprIAAPiyAAD5sgAAS7MAAFCzAACeswAApLMAAPGzAAD7swAARLQAAEy0AACXtAAAmbQAAOq0AADztAAAPbUAAEe1AACQtQAAm7UAAOO1AADvtQAANrYAAEO2AACJtgAAk7YAANy2AADqtgAAL7cAAD63AACCtwAAhLcAANW3AADftwAAKLgAADa4AAB7uAAAgLgAAM64AADbuAAAIbkAACm5AAB0uQAAdbkAAMe5AADNuQAAGroAAB+6AABtugAAd7oAAMC6AADFugAAE7sAACK7AABmuwAAa7sAALm7AADKuwAADLwAABS8AABfvAAAZbwAALK8AAC+vAAABb0AACK9AABYvQAAYb0AAKu9AAC3vQAA/r0AAAG+AABRvgAAW74AAKS+AACwvgAA974AAP6+AABKvwAAUr8AAJ2/AAC2vwAA8L8AAATAAABDwAAAS8AAAJbAAACZwAAA6cAAAPXAAAA8wQAAQsEAAI/BAACqwQAA4sEAAO7BAAA1wgAAO8IAAIBtDgCSwgAA28IAAObCAAAuwwAANsMAAF3UAAA6wwAAgcMAAI7DAADUwwAA3sMAACfEAAA1xAAAesQAAInEAADNxAAAz8QAACDFAAAqxQAAc8UAAIHFAADGxQAAy8UAABnGAAAmxgAAbMYAAHTGAAC/xgAAwMYAABLHAADDxgAAq2MBAM/GAAChiAEAI8cAAGXHAABuxwAAuMcAAM/HAAALyAAAGcgAAF7IAABryAAAscgAALnIAAAEyQAAI8kAANNtDgBgyQAAqskAALTJAAD9yQAACMoAACZuDgBSygAAo8oAAKzKAAD2ygAAAMsAAEnLAABUywAAnMsAAKjLAADvywAA/MsAAELMAABMzAAAlcwAAKPMAADozAAA98wAADvNAAA9zQAAjs0AAJjNAADhzQAA780AADTOAAA5zgAAh84AAJTOAADazgAA4s4AAC3PAAAzzwAAgM8AAIzPAADTzwAA8M8AACbQAAAv0AAAedAAAIfQAADM0AAA0tAAAB/RAAAr0QAActEAAHnRAAB5bg4Ax9EAAFgJAgDL0QAAGNIAAB3SAABr0gAAJtIAAHcmBAB40gAAvtIAANXSAAAR0wAAEtMAAGTTAABm0wAAt9MAALrTAAAK1AAADdQAAMxuDgB+1AAAsNQAALHUAAAD1QAABdUAAFbVAABZ1QAAqdUAAKzVAAAfbw4AAdYAAE/WAABV1gAAotYAAKnWAAD11gAAF9cAAEjXAABQ1wAAm9cAAKrXAADu1wAA8NcAAEHYAABS2AAAlNgAAKXYAADn2AAA89gAADrZAABB2QAAjdkAAJXZAADg2QAA5NkAADPaAABB2gAAhtoAAJDaAADZ2gAA5NoAACzbAAAx2wAAf9sAAIjbAADS2wAA3NsAACXcAAAt3AAAeNwAAHrcAADL3AAA2NwAAB7dAAAy3QAAcd0AAHndAADE3QAAxd0AABfeAAAZ3gAAat4AAG3eAAC93gAAwN4AAHJvDgAV3wAAY98AAGnfAAC23wAAvd8AAAngAAAR4AAAXOAAAGvgAACv4AAAtOAAAALhAAAP4QAAVeEAAGXhAACo4QAAtuEAAPvhAAAS4gAATuIAAFfiAACh4gAAp+IAAPTiAAAA4wAAR+MAAE7jAADFbw4An+MAAGy4AgCi4wAA7eMAAKfjAADQDgkA/OMAAEDkAABR5AAAk+QAAKHkAADm5AAA8uQAADnlAABG5QAAjOUAAJblAADf5QAA5+UAADLmAAA15gAAheYAAJHmAADY5gAA5eYAACvnAAA15wAAfucAAIbnAADR5wAA0+cAACToAAAt6AAAd+gAAIHoAADK6AAA1egAAB3pAAAy6QAAcOkAAHjpAADD6QAA3OkAABbqAAAf6gAAaeoAAHPqAAC86gAAxOoAAA/rAAAc6wAAYusAAGfrAAC16wAAvesAAAjsAAAJ7AAAW+wAAF3sAACu7AAAsewAAAHtAAAE7QAAGHAOAFntAACn7QAAre0AAPrtAAAB7gAATe4AAFXuAACg7gAAru4AAPPuAAD27gAARu8AAE7vAACZ7wAAnO8AAOzvAAD47wAAP/AAAEnwAABrcA4Ak/AAAPcXDACU8AAA5fAAAJXwAAAaGgsAnPAAADwaDACd8AAAz5AEAKHwAADk9QEAovAAAI/OCgC28AAAAtoBAO7wAAA48QAAQvEAAIvxAACW8QAA3vEAAOrxAAAx8gAAPvIAAITyAACO8gAA1/IAAOXyAAAq8wAAOfMAAH3zAAB/8wAA0PMAANrzAAAj9AAAMfQAAHb0AAB79AAAyfQAANb0AAAc9QAALPUAAG/1AABx9QAAwvUAAND1AAAV9gAAJvYAAL5wDgBv9gAAEXEOAMP2AABkcQ4AF/cAAGH3AABr9wAAtPcAAL/3AAAH+AAAE/gAAFr4AABn+AAArfgAALf4AAAA+QAADvkAAFP5AABi+QAApvkAAKj5AAD5+QAAA/oAAEz6AABa+gAAn/oAAKT6AADy+gAA//oAAEX7AABN+wAAmPsAAKj7AADr+wAA7fsAAD78AABM/AAAkfwAAKL8AAC3cQ4A6/wAAApyDgBQ/QAAiv0AAJv9AADd/QAA6f0AADD+AAA4/gAAXXIOAIj+AADW/gAA3v4AACn/AAAr/wAAfP8AAC7/AADq3QYAOP8AAAF+BACF/wAAz/8AAIv/AAC1WQkA2f8AACIAAQAtAAEAdQABAIEAAQDIAAEA1QABABsBAQAlAQEAbgEBAHwBAQDBAQEA0AEBABQCAQAWAgEAZwIBAHECAQC6AgEAxgIBAA0DAQAVAwEAsHIOAGMDAQCzAwEAwQMBAAYEAQATBAEAWQQBAHAEAQCsBAEAtAQBAP8EAQAVBQEAUgUBAF4FAQClBQEAtAUBAPgFAQADBgEASwYBAE0GAQCeBgEAqwYBAPEGAQD/BgEARAcBAEcHAQCXBwEArQcBAOoHAQDyBwEAPQgBAE8IAQADcw4AnQgBAOWjCwCfCAEA4wgBAOgIAQA2CQEAPQkBAIkJAQCVCQEA3AkBAOkJAQAvCgEAMQoBAIIKAQCYCgEA1QoBAOEKAQAoCwEARwsBAHsLAQCXCwEAzgsBANYLAQBWcw4AIwwBAHQMAQB9DAEAxwwBANEMAQAaDQEAJQ0BAG0NAQB5DQEAwA0BAM0NAQATDgEAHQ4BAGYOAQB0DgEAuQ4BAMgOAQAMDwEADg8BAF8PAQBpDwEAsg8BAMAPAQAFEAEAChABAFgQAQBlEAEAqxABALsQAQD+EAEAABEBAFERAQBfEQEApBEBALURAQCpcw4A/hEBAPxzDgBMEgEA89IEAE8SAQCdEgEAUxIBAHq9AQBWEgEAkhkHAFgSAQCLlwEAXhIBADxSBACkEgEAoj0KAKoSAQDwEgEABxMBAEMTAQBIEwEAlhMBAJkTAQDpEwEAoBMBAHuVBQCyEwEA258FAO4TAQBYmgUA9RMBADwUAQBCFAEAOyABAEsUAQCPFAEAmBQBAOIUAQDoFAEANRUBAEMVAQCIFQEAkhUBANsVAQDvFQEALhYBADoWAQCBFgEAlBYBANQWAQDjFgEAJxcBADMXAQB6FwEAexcBAM0XAQDXFwEAIBgBAC4YAQBzGAEAeBgBAMYYAQDTGAEAonQOACwZAQBsGQEAexkBAL8ZAQDLGQEAEhoBABMaAQBlGgEAbxoBALgaAQDGGgEACxsBABAbAQBeGwEAaxsBAJt1DgCzGwEABBwBAA0cAQBXHAEAYRwBAKocAQC1HAEA/RwBAAkdAQBQHQEAXR0BAKMdAQCtHQEA9h0BAAQeAQBJHgEAWB4BAJweAQCeHgEA7x4BAPkeAQBCHwEAUB8BAJUfAQCiHwEA6B8BAP8fAQDudQ4AViABAI4gAQCaIAEA4SABAOcgAQA0IQEAQCEBAIchAQCNIQEA2iEBAOAhAQAtIgEAMiIBAIAiAQCGIgEAQXYOANwiAQAmIwEAMCMBAHkjAQCEIwEAzCMBANgjAQAfJAEALCQBAHIkAQB8JAEAxSQBANMkAQAYJQEAJyUBAGslAQBtJQEAviUBAMglAQARJgEAHyYBAGQmAQBpJgEAtyYBAMQmAQAKJwEAEicBAF0nAQBtJwEAsCcBALInAQADKAEAESgBAFYoAQBnKAEAOncOALAoAQCNdw4AAikBAE8pAQBbKQEAoikBALIpAQD1KQEA/ikBAEgqAQBLKgEAmyoBAKcqAQDuKgEA9SoBAEErAQBJKwEAlCsBALIrAQDnKwEA7ysBADosAQBLLAEAjSwBAJIsAQDgLAEA9ywBADMtAQBBLQEAhi0BAJMtAQDZLQEA4S0BACwuAQAwLgEAfy4BAIEuAQDSLgEA1S4BACUvAQAtLwEAeC8BAH4vAQDLLwEA1y8BAB4wAQAuMAEAcTABAHowAQDEMAEAxzABABcxAQAjMQEAajEBAHExAQDgdw4AxjEBABAyAQATMgEAYzIBAHEyAQC2MgEAwzIBAAkzAQAgMwEAXDMBAGQzAQCvMwEAsTMBAAI0AQALNAEAVTQBAF80AQCoNAEAszQBAPs0AQAHNQEATjUBAFs1AQChNQEAqzUBAPQ1AQACNgEARzYBAFY2AQCaNgEAnDYBAO02AQD3NgEAQDcBAE43AQCTNwEAmDcBAOY3AQDzNwEAOTgBAEE4AQCMOAEAojgBAN84AQDrOAEAMjkBAEE5AQCFOQEAkDkBANg5AQDaOQEAKzoBADg6AQB+OgEAjDoBANE6AQDUOgEAJDsBADo7AQAzeA4AfzsBAEQAAgCFOwEANG0CAI87AQDKOwEAzDsBAB08AQAuPAEAcDwBAIE8AQDDPAEAyDwBABY9AQAaPQEAaT0BAHU9AQC8PQEAwz0BAA8+AQAXPgEAYj4BAIA+AQC1PgEAvT4BAIZ4DgANPwEAWz8BAFw/AQBWLgwAaj8BADo5CwB0PwEArj8BALA/AQABQAEAGkABAFRAAQBlQAEAp0ABALNAAQD6QAEA/EABAE1BAQBWQQEAoEEBAFxBAQAjRwEAqkEBAPNBAQD+QQEARkIBAFJCAQCZQgEApkIBAOxCAQD2QgEAP0MBAE1DAQCSQwEAoUMBAOVDAQDnQwEAOEQBAEJEAQCLRAEAmUQBAN5EAQDjRAEAMUUBAD5FAQCERQEAkEUBANdFAQDdRQEAKkYBADBGAQB9RgEAgkYBANBGAQDWRgEA2XgOADJHAQB2RwEAgkcBAMlHAQDMRwEAHEgBAB9IAQBvSAEAdkgBAMJIAQDOSAEAFUkBACJJAQBoSQEAdkkBALtJAQDHSQEADkoBABVKAQAseQ4AZ0oBALRKAQC6SgEAB0sBAAxLAQBaSwEAYEsBAH95DgCuSwEAi+oBALdLAQAwuAoAuUsBAPhQDgC7SwEAJTwLALxLAQAATAEADEwBAFNMAQBUTAEApkwBAF9MAQC1SwsAsEwBAPlMAQAHTQEATE0BAFFNAQCfTQEArE0BANJ5DgD0TQEAWgULAABOAQBi+AoAFU4BAEVOAQBqTgEAmE4BAL5OAQDrTgEAEk8BAD5PAQBiTwEAkU8BAJlPAQAleg4A8E8BADdQAQA5UAEAilABAI1QAQDdUAEA4lABADBRAQA9UQEAg1EBAJ9RAQDWUQEA3lEBAHh6DgAyUgEAfFIBADZSAQA2XAEAf1IBAM9SAQDbUgEAIlMBAChTAQB1UwEAglMBAMhTAQDKUwEAG1QBADFUAQBuVAEAelQBAMFUAQDJVAEAy3oOABpVAQBnVQEAb1UBALpVAQC7VQEADVYBAA9WAQBgVgEAY1YBALNWAQC2VgEAHnsOAAtXAQBZVwEAX1cBAKxXAQCzVwEA/1cBAAdYAQBSWAEAX1gBAKVYAQCqWAEA+FgBAAJZAQBLWQEAU1kBAJ5ZAQCgWQEA8VkBAAJaAQBEWgEAVVoBAJdaAQCcWgEA6loBAO5aAQA9WwEASVsBAJBbAQCXWwEA41sBAPVbAQBxew4AO1wBAIlcAQCRXAEA3FwBAN5cAQAvXQEAPl0BAIJdAQCRXQEA1V0BAOFdAQAoXgEAK14BAHteAQB+XgEAzl4BANZeAQAhXwEAK18BAHRfAQB5XwEAx18BAM9fAQAaYAEAJGABAG1gAQB4YAEAwGABAM5gAQATYQEAFmEBAGZhAQBuYQEAuWEBANRhAQAMYgEAF2IBAF9iAQBkYgEAsmIBALViAQAFYwEAD2MBAFhjAQBqYwEAxHsOALljAQD+YwEACGQBAFFkAQBcZAEApGQBAKxkAQD3ZAEA/WQBAEplAQBMZQEAnWUBALZlAQDwZQEACWYBAENmAQBRZgEAlmYBAKBmAQDpZgEA/2YBADxnAQBZZwEAj2cBAJdnAQDiZwEA8mcBADVoAQA3aAEAiGgBAJZoAQDbaAEA7GgBABd8DgA1aQEAanwOAIJpAQDUaQEA5WkBACdqAQAzagEAemoBAHxqAQDNagEA0GoBACBrAQAsawEAc2sBAHtrAQAQfQ4A0WsBABlsAQAlbAEAbGwBAHtsAQC/bAEA32wBABJtAQAabQEAZW0BAHltAQC4bQEAvW0BAAtuAQAUbgEAXm4BAGRuAQCxbgEAuW4BAARvAQATbwEAV28BAFxvAQCqbwEAt28BAP1vAQAKcAEAUHABAFxwAQCjcAEAsnABAPZwAQAAcQEASXEBAFdxAQCccQEAoXEBAO9xAQD8cQEAQnIBAEpyAQCVcgEAmHIBAOhyAQD0cgEAO3MBAEVzAQCOcwEAmHMBAOFzAQDvcwEANHQBAEF0AQCHdAEAnnQBANp0AQDddAEAY30OADB1AQB1mAMAN3UBABNFBQA6dQEAgHUBAD11AQAZeQsAPnUBAH96AgBDdQEAS/EDAId1AQAVQgIAinUBAJI1AwCPdQEATPkMAJt1AQDTdQEA1XUBACZ2AQA3dgEAeXYBAId2AQDMdgEA03YBAB93AQAhdwEAcncBACR3AQDwXgIAJ3cBAK6SAQCBdwEAxXcBANR3AQAYeAEAJHgBAGt4AQBueAEAvngBAMF4AQAReQEAMXkBAGR5AQBweQEAt3kBAMt5AQAKegEAGHoBAF16AQBkegEAtn0OAMd6AQADewEABXsBAJzYCgAGewEAo9cKABB7AQBWewEAWHsBAKl7AQCzewEA/HsBALp7AQAt3AoABXwBAE98AQBVfAEAonwBAK58AQD1fAEA/HwBAEh9AQBNfQEAm30BAKd9AQDufQEA8X0BAEF+AQBOfgEAlH4BAJl+AQDnfgEA8X4BADp/AQBQfwEAjX8BAI9/AQDgfwEA6n8BADOAAQBCgAEAhoABAJGAAQAJfg4A5YABACyBAQA5gQEAf4EBAI2BAQDSgQEA3oEBACWCAQAsggEAXH4OAH2CAQDLggEAhIIBAHO9DQCGggEAe/YDAM2CAQBQYgMA0IIBABfyCQDiggEAHoMBACyDAQBxgwEAfoMBAMSDAQDMgwEAF4QBACGEAQBg2QYAJ4QBAGqEAQBshAEAvYQBAMuEAQAQhQEAIYUBAK9+DgBqhQEAAn8OALuFAQAJhgEAD4YBAFyGAQBkhgEAr4YBALiGAQAChwEABYcBAFWHAQBhhwEAqIcBAK6HAQD7hwEAA4gBAE6IAQBtiAEAqH8OAKOIAQD0iAEAAokBAEeJAQBYiQEA+38OAKGJAQBOgA4A8okBAECKAQBGigEAk4oBAJuKAQDmigEA74oBADmLAQA8iwEAjIsBAJiLAQDfiwEA5YsBAPSADgA0jAEAhYwBAI6MAQDYjAEA4owBACuNAQA2jQEAfo0BAIqNAQDRjQEA3o0BACSOAQAujgEAd44BAIWOAQDKjgEA2Y4BAB2PAQAfjwEAcI8BAHqPAQDDjwEA0Y8BABaQAQAbkAEAaZABAHaQAQC8kAEAxJABAA+RAQAfkQEAYpEBAGSRAQC1kQEAw5EBAAiSAQAZkgEAR4EOAGKSAQCagQ4At5IBAAGTAQAEkwEAVJMBAGCTAQCnkwEArZMBAPqTAQAHlAEATZQBAE+UAQCglAEAtpQBAPOUAQD/lAEA7YEOAFKVAQCZlQEAn5UBAOyVAQDvlQEAP5YBAE2WAQCSlgEAl5YBAOWWAQDylgEAOJcBAECXAQBAgg4AmJcBAN6XAQDslwEAMZgBAEeYAQCEmAEAjZgBANeYAQDtmAEAKpkBADKZAQB9mQEAgJkBANCZAQDZmQEAI5oBACSaAQB2mgEAd5oBAMmaAQDOmgEAHJsBACKbAQBvmwEAeZsBAMKbAQDOmwEAFZwBABycAQBonAEAcJwBALucAQC9nAEADp0BAA+dAQBhnQEAb50BALSdAQC8nQEAB54BACKeAQBangEAZp4BAK2eAQCzngEAAJ8BAAOfAQBTnwEAYZ8BAKafAQCrnwEA+Z8BAAagAQBMoAEAVKABAJ+gAQCtoAEA8qABAPWgAQCTgg4ASKEBAJihAQBJoQEAzd8IAFGhAQDqzwgAU6EBAOm/DABYoQEAteoMAJuhAQDroQEA/KEBAD6iAQBaogEAkaIBAJmiAQDmgg4A9aIBADejAQA/owEAiqMBAJCjAQDdowEA4qMBADCkAQA5pAEAg6QBAI2kAQDWpAEA5KQBACmlAQA2pQEAfKUBAIilAQDPpQEA0qUBACKmAQA+pgEAOYMOAHimAQDIpgEAiaYBAEbaAwDUpgEAG6cBACGnAQBupwEAeKcBAIyDDgDGpwEAFKgBACGoAQBnqAEAb6gBAAGLDgBzqAEAuqgBAHeoAQA2rwEAwKgBAA2pAQATqQEAYKkBAGWpAQCzqQEAuakBAN+DDgAQqgEAldkKABSqAQBZqgEAaqoBADKEDgCzqgEAhYQOAAerAQDYhA4AYKsBAKWrAQCsqwEA+KsBAACsAQBLrAEAWKwBAJ6sAQCjrAEA8awBAPusAQBErQEATK0BAJetAQCdrQEA6q0BAOytAQA9rgEAS64BAJCuAQCTrgEA464BAO+uAQArhQ4AOK8BAImvAQCXrwEA3K8BAO2vAQB+hQ4ANrABANGFDgCIsAEA1bABANuwAQAosQEALbEBAHuxAQCBsQEAJIYOANCxAQAhsgEA17EBADmRDADasQEANAUFADyyAQB0sgEAdrIBAMeyAQDhsgEAGrMBACezAQCx4wgAK7MBAG2zAQBvswEAwLMBAM2zAQATtAEAKrQBAGa0AQCAtAEAubQBALu0AQAMtQEAD7UBAF+1AQBitQEAsrUBAL61AQAFtgEAC7YBAFi2AQBitgEAd4YOALC2AQD+tgEAC7cBAFG3AQBdtwEApLcBAKq3AQD3twEA/bcBAEq4AQBPuAEAnbgBAKO4AQDKhg4A97gBAC0hDQD5uAEAWpADAP24AQA4kAIAAbkBAI3fCwAGuQEAQ7kBAES5AQCWuQEAWbkBAIZrBACYuQEA6bkBAKS5AQBywwIA77kBADy6AQBKugEAj7oBAJK6AQDiugEA57oBADW7AQBCuwEAiLsBAJi7AQDbuwEA3bsBAC68AQA8vAEAgbwBAJK8AQAdhw4A2rwBACe9AQAzvQEAcIcOAIu9AQDNvQEA170BACC+AQAuvgEAc74BAHS+AQDGvgEA174BABm/AQAlvwEAbL8BAHy/AQC/vwEAwb8BABLAAQAgwAEAZcABAHbAAQDDhw4AvsABAAvBAQAXwQEAFogOAGTBAQCxwQEAt8EBAATCAQAJwgEAV8IBAF3CAQC8iA4AssIBAP3CAQAHwwEAy9sMABbDAQBQwwEAWcMBAKPDAQCtwwEA9sMBAP7DAQBJxAEATcQBAJzEAQCexAEA78QBAPLEAQBCxQEAXsUBAA+JDgCoxQEA6MUBAOnFAQA7xgEAR8YBAI7GAQCdxgEA4cYBAOvGAQA0xwEAQMcBAIfHAQCOxwEAYokOAODHAQDHbAsA7ccBAC3IAQA8yAEAgMgBAIzIAQDTyAEA1MgBACbJAQAwyQEAeckBAIfJAQDMyQEA0ckBAB/KAQAsygEACIoOAHrKAQDFygEA0coBABjLAQArywEAa8sBAGzLAQC+ywEAyssBABHMAQAgzAEAZMwBAG7MAQC3zAEAw8wBAArNAQARzQEAW4oOAG7NAQCwzQEAvM0BAAPOAQATzgEAVs4BAGDOAQCpzgEAsc4BAPzOAQAnzwEAT88BACjPAQDZ0wEAes8BAKLPAQCqzwEA9c8BAPvPAQBI0AEAVtABAJvQAQCy0AEA7tABAPnQAQBB0QEAS9EBAJTRAQC+0QEA59EBAO/RAQA60gEAStIBAI3SAQCP0gEA4NIBAO7SAQAz0wEARNMBAFSLDgCN0wEAp4sOAATUAQAs1AEANNQBAH/UAQCF1AEA0tQBAODUAQAl1QEAPNUBAHjVAQCD1QEAy9UBANXVAQAe1gEASNYBAHHWAQB51gEAxNYBANTWAQAX1wEAGdcBAGrXAQB41wEAvdcBAM7XAQD6iw4AF9gBAE2MDgBl2AEAttgBAMTYAQAJ2QEAGtkBAKCMDgBj2QEA84wOALfZAQBGjQ4ACtoBAJmNDgBX2gEAqNoBALbaAQD72gEADNsBAOyNDgBU2wEAodsBAK3bAQA/jg4A/dsBAEfcAQBU3AEAmtwBAKjcAQDt3AEA99wBAEDdAQBa3QEAk90BAJbdAQDm3QEA7d0BADneAQBZ3gEAjN4BAKbeAQCSjg4A7N4BADLfAQDw3gEAyjQCAPXeAQBiigIAQN8BAIXfAQCP3wEA2N8BAPLfAQAr4AEAO+ABAH7gAQCE4AEA0eABANPgAQAk4QEAOuEBAHfhAQCD4QEAyuEBAM7hAQAd4gEAIuIBAHDiAQB24gEAw+IBAOPiAQAW4wEAMOMBAGnjAQBr4wEAvOMBAL/jAQAP5AEAEuQBAGLkAQBu5AEAteQBALvkAQAI5QEAEuUBAOWODgBg5QEAruUBALvlAQAB5gEADeYBAFTmAQBn5gEAp+YBALbmAQD65gEABucBAE3nAQBO5wEAoOcBAKrnAQDz5wEAAegBAEboAQBL6AEAmegBAKboAQA4jw4A7egBABwCCwDu6AEA3BYLAO/oAQBARAsA8egBAJ0RDQDy6AEA4KEIAPPoAQCfBwsA9ugBAN/rCwD36AEAfAwLAPjoAQCPKAoA+egBALYPBgD66AEAnIUKAPvoAQDYygQA/OgBAD/pAQAE6QEAq6cPAAbpAQC5ZwwACOkBAD6hDQAP6QEA1G8MABfpAQALdAwAKukBAMPvCwAx6QEAcTYMAEHpAQCS6QEAUOkBABc3DACg6QEA5ekBAPbpAQCLjw4AP+oBAN6PDgCX6gEA3uoBAO3qAQAx6wEAO+sBAITrAQCQ6wEA1+sBAKfrAQCOJgwA3usBAISQDgAs7AEAfewBAI7sAQDQ7AEA2ewBACPtAQAv7QEAdu0BAHntAQDJ7QEA0e0BABzuAQAm7gEAb+4BAHTuAQDC7gEAyu4BABXvAQAu7wEAaO8BAHTvAQC77wEAw+8BACqRDgAW8AEAfZEOAGTwAQC08AEAt/ABAAfxAQAT8QEAWvEBAGDxAQCt8QEAt/EBANCRDgAF8gEAU/IBAGDyAQCm8gEArvIBACOSDgD/8gEATPMBAFLzAQCf8wEApPMBAPLzAQD48wEAdpIOAE30AQDJkg4AmvQBAC7XCQCd9AEA6/QBAKT0AQB5kQkA9fQBAD71AQD69AEAsZcHAEb1AQCWcwsAWvUBAJH1AQCZ9QEAHJMOAOn1AQA39gEATfYBAIr2AQCL9gEA3fYBAN/2AQAw9wEANvcBAIP3AQCP9wEA1vcBAN33AQAp+AEAMfgBAHz4AQCF+AEAz/gBANL4AQAi+QEAMPkBAHX5AQCC+QEAyPkBAN/5AQAb+gEAI/oBAG76AQB6+gEAZ/sBAJn6AQDB+gEA7PoBABT7AQA4+wEAb5MOAIT7AQC6+wEAw/sBALP8AQDL+wEADfwBADv8AQBg/AEAhPwBAMKTDgC1/AEABv0BABf9AQBZ/QEAh/0BAKz9AQDQ/QEAFZQOAAX+AQAA1gUACP4BAFL+AQAL/gEAQSoNAFz+AQCl/gEAX/4BAMjdBQBg/gEAF90MAK3+AQD4/gEA/P4BAEv/AQBN/wEAnv8BAKH/AQDx/wEADQACAGiUDgBJAAIAAu4KAE4AAgDWXgsAUAACAJcAAgBUAAIAzh8KALQAAgDqAAIA8wACAD0BAgA/AQIAkAECAKEBAgC7lA4A6AECADYCAgA/AgIAiQICAJoCAgDcAgIA4wICAC8DAgA3AwIAggMCAEkDAgCbIwIAjwMCACgEAgCRAwIAdAUCAJsDAgDVAwIA4QMCAA6VDgAtBAIAewQCAIUEAgDOBAIA1gQCAGGVDgAtBQIAtJUOAHkFAgDHBQIA1AUCABoGAgAkBgIAbQYCAG8GAgDABgIAzgYCABMHAgAgBwIAB5YOAGsHAgC5BwIAxgcCAAwIAgAWCAIAXwgCAGEIAgCyCAIAwAgCAAUJAgASCQIAWpYOAFsJAgDHuAwAXgkCAGcBDQBlCQIAqwkCALUJAgCtlg4ABgoCAFEKAgBTCgIAivwMAGgKAgCkCgIAqQoCAPcKAgABCwIASgsCAFILAgAAlw4ApwsCAPALAgD8CwIAQwwCAEYMAgCWDAIAoAwCAOkMAgADDQIAPA0CAFMNAgCPDQIAlA0CAOINAgD+DQIAU5cOAD8OAgCIDgIARg4CAFg5BwCUDgIA2w4CAN4OAgAuDwIAOA8CAIEPAgCbDwIA1A8CANoPAgAnEAIAKRACAHoQAgCIEAIAzRACANAQAgAgEQIALBECAHMRAgB2EQIAxhECAOkRAgCmlw4AGxICAGwSAgB6EgIAvxICAMISAgASEwIAHhMCAGUTAgBoEwIA+ZcOAMMTAgALFAIAERQCAF4UAgBjFAIAsRQCALUUAgAEFQIABxUCAEyYDgBYFQIAxssLAFoVAgBikA0AXRUCAKoVAgBgFQIAQIkNAGEVAgA0GgIAYxUCAHJ2DQBlFQIA/W4NAGYVAgDufA0AZxUCAHaZDQBuFQIAXO0KAHEVAgBmZwwAthUCAP0VAgAmFgIAUBYCAFwWAgCjFgIAshYCAPYWAgAAFwIASRcCAEwXAgCcFwIAthcCAO8XAgD5FwIAQhgCAEcYAgCVGAIAnxgCAOgYAgDzGAIAOxkCAEEZAgCOGQIAkxkCAOEZAgDlGQIAn5gOADkaAgCHGgIAQhoCAL2DDQCRGgIA2hoCAOUaAgAtGwIAMxsCAIAbAgCFGwIA0xsCANcbAgDymA4AKxwCACGrAgAtHAIASSQMAC4cAgBLZgsAMBwCAD/vDABAHAIAeRwCAIMcAgDMHAIA1xwCAB8dAgAlHQIAch0CAHcdAgDFHQIAyR0CABgeAgA7HgIARZkOAG0eAgC+HgIAbh4CAEPNCgBwHgIA63AIAHQeAgDiewoAdx4CAH8nAgB5HgIAbgANAMseAgAUTgIAzB4CABEfAgAUHwIAZB8CAHAfAgC3HwIAzx8CAAogAgAWIAIAXSACAGMgAgCwIAIAtiACAAMhAgAIIQIAViECAFwhAgCYmQ4AsyECAPwhAgAHIgIATyICAFUiAgCiIgIApyICAPUiAgD5IgIASCMCAEsjAgDrmQ4ApSMCAO4jAgD5IwIAQSQCAEckAgCUJAIAmSQCAOckAgDrJAIAPpoOADslAgCNJQIAmSUCAOAlAgDsJQIAMyYCADkmAgCGJgIAjCYCANkmAgDeJgIALCcCADInAgCRmg4AgScCAA3nBACGJwIAnfYEAI4nAgBzZAIAjycCANInAgDeJwIAJSgCACsoAgB4KAIAhCgCAMsoAgDYKAIAHikCAC0pAgBxKQIAfSkCAMQpAgDQKQIAFyoCAB0qAgBqKgIAcCoCAL0qAgDCKgIAECsCABYrAgDkmg4AbSsCACrCBwB5KwIAtisCAHwrAgACqQgAwisCAAksAgARLAIAwFEPABUsAgBcLAIAYiwCAK8sAgC1LAIAAi0CAActAgBVLQIAWy0CADebDgCwLQIAX6YPALItAgD7LQIAAS4CAE4uAgAHLgIA/gIDAFwuAgChLgIAui4CAPQuAgD9LgIARy8CAFEvAgCaLwIApi8CAO0vAgD5LwIAQDACAEYwAgCTMAIAmTACAOYwAgDrMAIAOTECAD8xAgCKmw4AmDECAN8xAgDpMQIAMjICAD0yAgCFMgIAijICANgyAgDfMgIAKzMCADczAgB+MwIAhDMCANEzAgDXMwIAJDQCACk0AgB3NAIAfTQCAN2bDgDbNAIAHTUCAB41AgBwNQIAIzUCAE06AgB1NQIAwzUCANE1AgAWNgIAIzYCAGk2AgBzNgIAvDYCAMg2AgAPNwIAFTcCAGI3AgBuNwIAtTcCAMg3AgAIOAIAFzgCAFs4AgBnOAIArjgCAK84AgABOQIACzkCAFQ5AgBiOQIApzkCAKw5AgD6OQIABzoCADCcDgBZOgIAoDoCALA6AgDzOgIA/zoCAEY7AgBMOwIAmTsCAKU7AgDsOwIA+TsCAD88AgBOPAIAkjwCAJ48AgDlPAIA8TwCADg9AgBLPQIAiz0CAJo9AgDePQIA6j0CADE+AgAyPgIAhD4CAI4+AgDXPgIA5T4CACo/AgAvPwIAfT8CAIo/AgCDnA4A0j8CAO/7BQDcPwIAI0ACAN0/AgBPRAkA3j8CAHLeCgA3QAIAdkACAIJAAgDJQAIAz0ACABxBAgAiQQIAb0ECAHRBAgDCQQIAyEECANacDgAhQgIAaEICAHVCAgCjvAIAe0ICALtCAgDAQgIA6lMCAMNCAgB7/QIAx0ICAA5DAgAUQwIAYUMCAGdDAgC0QwIAuUMCAAdEAgANRAIAKZ0OAGZEAgCtRAIAs0QCAABFAgAFRQIAU0UCAFpFAgCmRQIAtEUCAPlFAgAURgIATEYCAFpGAgCfRgIAokYCAPJGAgAARwIARUcCAEpHAgCYRwIApUcCAOtHAgD3RwIAPkgCAERIAgCRSAIAl0gCAORIAgDpSAIAN0kCAD1JAgB8nQ4Aj0kCAN1JAgDmSQIAMEoCAD1KAgCDSgIAikoCANZKAgDnSgIAKUsCAC5LAgB8SwIAi0sCAM9LAgDRSwIAIkwCADNMAgB1TAIAgUwCAMhMAgDOTAIAG00CACFNAgBuTQIAc00CAMFNAgDHTQIAz50OACtOAgBnTgIAc04CALpOAgDGTgIADU8CABNPAgBgTwIAZk8CALNPAgC4TwIABlACAAxQAgAing4AX1ACAKGBAgBwUAIArFACALVQAgD/UAIAFVECAFJRAgBeUQIApVECALJRAgD4UQIAAlICAEtSAgBXUgIAnlICAKRSAgDxUgIA91ICAERTAgBJUwIAl1MCAJ1TAgB1ng4A81MCAD1UAgBHVAIAkFQCAJVUAgDjVAIA81QCADZVAgBPVQIAiVUCAI5VAgDcVQIA5VUCAC9WAgA8VgIAglYCAIlWAgDVVgIA2FYCAChXAgA0VwIAe1cCAI5XAgDOVwIA3VcCACFYAgAtWAIAdFgCAHVYAgDHWAIA0VgCABpZAgAoWQIAbVkCAHJZAgDAWQIAzVkCAMieDgAWWgIAZloCAGlaAgC5WgIAxloCAECeCgDIWgIADFsCAA5bAgBfWwIAYlsCALJbAgC8WwIABVwCABFcAgBYXAIAa1wCAKtcAgC6XAIA/lwCAApdAgBRXQIAUl0CAKRdAgCuXQIA910CAAVeAgBKXgIAT14CAJ1eAgCqXgIAG58OAPFeAgBDXwIAT18CAJZfAgCcXwIA6V8CAOtfAgA8YAIARmACAI9gAgCdYAIA4mACAOdgAgA1YQIAQmECAIhhAgCUYQIA22ECAO5hAgAuYgIAPWICAIFiAgCNYgIA1GICANViAgAnYwIAMWMCAHpjAgCIYwIAzWMCANJjAgAgZAIALWQCAG6fDgB8ZAIAxmQCAH9kAgDAbQsAzGQCABllAgAcZQIAbGUCAHplAgC/ZQIAxGUCABJmAgAfZgIAZWYCAHFmAgC4ZgIAvmYCAAtnAgARZwIAXmcCAGNnAgCxZwIAt2cCAMGfDgAGaAIAV2gCAAtoAgA+AgwAZmgCAKpoAgDKaAIA/WgCAAJpAgBQaQIAa2kCAKNpAgCvaQIA9mkCAPxpAgBJagIAWWoCAJxqAgCtagIA72oCAPRqAgBCawIARmsCAJVrAgChawIA6GsCAO5rAgA7bAIAQWwCAI5sAgCTbAIA4WwCAOdsAgAUoA4AQ20CAFIEDQBKbQIAh20CAIhtAgDabQIA620CAC1uAgA5bgIAgG4CAJZuAgDTbgIA324CACZvAgAzbwIAeW8CAINvAgDMbwIA2G8CAB9wAgAmcAIAcnACAH5wAgDFcAIAy3ACABhxAgAecQIAa3ECAHBxAgC+cQIAxHECAGegDgATcgIAajANABpyAgBkcgIAZXICALdyAgC4cgIACnMCAA9zAgBdcwIAY3MCALBzAgC6cwIAA3QCAA90AgBWdAIAXXQCAKl0AgCudAIA/HQCAP10AgBPdQIAW3UCAKJ1AgCodQIA9XUCAPd1AgBIdgIAUnYCAJt2AgCpdgIA7nYCAPN2AgBBdwIATncCAJR3AgCgdwIA53cCAPp3AgA6eAIASXgCAI14AgCZeAIA4HgCAOF4AgAzeQIAPXkCAIZ5AgCUeQIA2XkCAN55AgAsegIAOXoCALqgDgCQegIA0noCAN56AgAlewIAPHsCAHh7AgB6ewIAy3sCANx7AgAefAIAIHwCAHF8AgB3fAIAxHwCANt8AgAXfQIAIH0CAGp9AgCAfQIAvX0CAMl9AgAQfgIAHX4CAGN+AgBtfgIAtn4CAMJ+AgAJfwIAHH8CAFx/AgBrfwIAr38CALt/AgACgAIAA4ACAFWAAgBfgAIAqIACALaAAgD7gAIAAIECAE6BAgBbgQIADaEOAKOBAgD0gQIACIICAEeCAgBVggIAmoICAKeCAgDtggIA9IICAECDAgBMgwIAk4MCAKaDAgDmgwIA64MCADmEAgBChAIAjIQCAJaEAgDfhAIA5IQCADKFAgBChQIAhYUCAJ6FAgDYhQIA3YUCACuGAgA0hgIAfoYCAIuGAgDRhgIA2IYCACSHAgAnhwIAd4cCAIOHAgDKhwIA3YcCAB2IAgAsiAIAcIgCAHyIAgDDiAIAxIgCABaJAgAgiQIAaYkCAHeJAgC8iQIAwYkCAA+KAgAcigIAYKEOAHuKAgC1igIAwYoCAAiLAgAOiwIAW4sCAGuLAgCuiwIAs4sCAAGMAgAHjAIAVIwCAGqMAgCnjAIAqYwCAPqMAgAEjQIATY0CAFmNAgCgjQIAs40CAPONAgACjgIARo4CAFKOAgCZjgIAmo4CAOyOAgD2jgIAP48CAE2PAgCSjwIAl48CAOWPAgDyjwIAs6EOADuQAgBb8gsAQpACAN1PDQBEkAIA0QIJAEWQAgCoeQMAR5ACAIuQAgCUkAIA3pACAOSQAgAxkQIAN5ECAISRAgCQkQIA15ECAOSRAgAqkgIANJICAH2SAgCTkgIA0JICANWSAgAjkwIAKpMCAHaTAgCEkwIAyZMCANmTAgAclAIAKpQCAG+UAgB+lAIAwpQCAMSUAgAVlQIAH5UCAGiVAgB2lQIAu5UCAMCVAgAOlgIAG5YCAGGWAgBtlgIAtJYCAMeWAgAHlwIAFpcCAFqXAgBmlwIArZcCAK6XAgAAmAIACpgCAFOYAgBhmAIAppgCAKuYAgD5mAIABpkCAAaiDgBOmQIAn5kCAFiZAgC2+ggAsJkCAPKZAgD7mQIARZoCAFGaAgCYmgIApJoCAOuaAgDxmgIAPpsCAESbAgCRmwIAlpsCAOSbAgDqmwIAWaIOAEOcAgCKnAIAmpwCAN2cAgDrnAIAMJ0CAD2dAgCDnQIAj50CANadAgDdnQIAKZ4CADGeAgCsog4AhZ4CAJXEDQCJngIA4rMCAI2eAgDPngIA4J4CACKfAgAqnwIAdZ8CAC6fAgCKsAsAf58CAMifAgDNnwIAG6ACACOgAgBuoAIAcKACAMGgAgB3oAIARKYCAMmgAgAUoQIAKqECAGehAgBzoQIAuqECANChAgANogIAJqICAGCiAgBsogIAs6ICALmiAgAGowIADqMCAFmjAgBpowIArKMCALWjAgD/owIADKQCAFKkAgBhpAIApaQCAK+kAgD4pAIABqUCAEulAgBQpQIAnqUCAKulAgDxpQIA+aUCAP+iDgBRpgIAl6YCAJ6mAgDqpgIA9qYCAD2nAgBNpwIAkKcCAJ6nAgDjpwIA8KcCADaoAgBCqAIAiagCAJCoAgDcqAIA5KgCAFKjDgA7qQIAgqkCAIypAgDVqQIA4KkCACiqAgAtqgIAe6oCAIKqAgDOqgIA1qoCAKWjDgApqwIAdKsCAISrAgDHqwIA06sCABqsAgAerAIAbawCAHWsAgDArAIAwqwCABOtAgAZrQIAZq0CAH2tAgC5rQIAwq0CAAyuAgAirgIAX64CAGuuAgCyrgIAv64CAAWvAgAPrwIAWK8CAFuvAgCrrwIAs68CAP6vAgAIsAIAUbACAFawAgCksAIArLACAPewAgAHsQIASrECAFOxAgCdsQIAqrECAPCxAgD/sQIAQ7ICAE2yAgCWsgIApLICAOmyAgDusgIAPLMCAEmzAgCPswIAl7MCAPijDgDvswIANbQCAAG0AgAFTgQAOrQCAIi0AgCStAIA27QCAOO0AgAutQIA8rQCAOJmDQA0tQIAgbUCADy1AgCJvAsAPbUCALD2BwA+tQIANMACAD+1AgAgfwoAjbUCANS1AgDWtQIA9JULANu1AgAntgIAM7YCAHq2AgCJtgIAzbYCAN62AgAgtwIAIrcCAHO3AgB5twIAxrcCANK3AgAZuAIAIbgCAEukDgByuAIAnqQOAMu4AgDxpA4AFbkCAJelDgBouQIA6qUOAGq5AgBNLAQAu7kCAC7QCgDFuQIAC7oCABW6AgBeugIAYLoCALG6AgDEugIABLsCABC7AgBXuwIAXbsCAKq7AgCwuwIA/bsCAAK8AgBQvAIAVrwCAD2mDgCtvAIA9rwCAPi8AgBJvQIAU70CAJy9AgCqvQIA770CAPS9AgBCvgIAT74CAJW+AgChvgIA6L4CAO6+AgA7vwIAQb8CAI6/AgCTvwIA4b8CAOe/AgCQpg4AQsACAIfAAgCUwAIA2sACAOHAAgAtwQIANcECAIDBAgCBwQIA2E0KAIPBAgDTwQIAlsECAOZLCgDnwQIAJsICADzCAgB5wgIAksICAMzCAgDRwgIAH8MCADDDAgDjpg4Ag8MCAMXDAgDHwwIAGMQCACLEAgBrxAIAecQCAL7EAgDDxAIAEcUCAB7FAgBkxQIAbMUCALfFAgDDxQIACsYCAMfFAgBWxwIAEMYCAF3GAgBjxgIAsMYCALXGAgADxwIACccCADanDgBYxwIAqccCALfHAgD8xwIADcgCAImnDgBWyAIA3KcOAKrIAgD1yAIA58gCAMrSDwADyQIASMkCAATJAgB4zgIAVckCAJvJAgCqyQIA7skCAPPJAgBBygIAV8oCAJTKAgCVygIA58oCAOnKAgA6ywIARMsCAI3LAgCbywIA4MsCAPnLAgAzzAIARMwCAIbMAgCSzAIA2cwCAOHMAgDVqA4AQM0CAH/NAgCAzQIA0s0CAN7NAgAlzgIAKM4CACipDgB6zgIAy84CANjOAgAezwIAK88CAHHPAgB2zwIAxM8CAM7PAgAX0AIAH9ACAGrQAgB60AIAvdACAMvQAgAQ0QIAHdECAGPRAgBq0QIAttECAL7RAgAJ0gIADNICAFzSAgBw0gIAr9ICAMXSAgAC0wIAG9MCAFXTAgBa0wIAqNMCALnTAgB7qQ4AA9QCAM6pDgAH1AIAWhMJABfUAgAfDhAAW9QCAKHUAgCo1AIA9NQCAADVAgBH1QIAV9UCAJrVAgCo1QIA7dUCAPrVAgBA1gIATNYCAJPWAgCa1gIAIaoOAOjWAgA51wIA69YCABbVAwBG1wIAjNcCAJnXAgDf1wIA5NcCADLYAgA82AIAhdgCAI3YAgDY2AIA4dgCACvZAgAu2QIAftkCAIrZAgB0qg4A1tkCACTaAgDd2QIAfqgJACnaAgB32gIAf9oCAMraAgDg2gIAHdsCAB/bAgBw2wIAfdsCAMPbAgDX2wIAx6oOABvcAgBp3AIAcdwCAGOgCQBz3AIAvNwCAMTcAgAP3QIAG90CAGLdAgBv3QIAtd0CALrdAgAI3gIAEd4CAFveAgBy3gIArt4CALneAgAaqw4AD98CAFTfAgBX3wIAp98CAKrfAgD63wIACOACAE3gAgBa4AIAoOACALfgAgDz4AIA++ACAEbhAgBM4QIAmeECAKXhAgDs4QIA9uECAD/iAgBI4gIAkuICAJjiAgDl4gIA8uICAG2rDgBE4wIAi+MCAEbjAgAIrQkAmuMCAN7jAgDv4wIAMeQCADPkAgCE5AIAiuQCANfkAgDj5AIAKuUCADHlAgB95QIAheUCANDlAgDS5QIAI+YCADDmAgB25gIAfeYCAMnmAgDR5gIAHOcCACnnAgBv5wIAdOcCAMLnAgDM5wIAFegCAB3oAgBo6AIAcegCALvoAgC+6AIADukCABrpAgBh6QIAaOkCAMCrDgDB6QIAB+oCAMrpAgDk7gIA6ukCAD+xCQAi6gIAWuoCAFzqAgCt6gIAvuoCAADrAgAO6wIAU+sCAFrrAgCm6wIArusCAPnrAgD+6wIATOwCAE3sAgCf7AIAq+wCAPLsAgD47AIARe0CAEftAgCY7QIAou0CAOvtAgD57QIAPu4CAEPuAgCR7gIAnu4CABOsDgDl7gIAN+8CADzvAgCK7wIAkO8CAN3vAgDn7wIAMPACADzwAgCD8AIAivACANbwAgDe8AIAKfECACvxAgB88QIAifECAM/xAgDW8QIAIvICACryAgB18gIAgvICAMjyAgDN8gIAG/MCACXzAgBu8wIAdvMCAMHzAgDK8wIAFPQCABf0AgBn9AIAc/QCALr0AgDB9AIAZqwOABn1AgBOowkAIfUCAGD1AgBt9QIAs/UCAL31AgAG9gIACPYCAFn2AgBs9gIArPYCALT2AgD/9gIAC/cCAFL3AgBY9wIApfcCAKv3AgD49wIA/fcCAEv4AgBR+AIAuawOAKz4AgDx+AIAAPkCAET5AgBg+QIAl/kCAGT5AgBoOwMAn/kCAAytDgDz+QIAPfoCAEr6AgCQ+gIAmvoCAOP6AgDx+gIANvsCAEz7AgCJ+wIAlfsCANz7AgDk+wIAX60OADX8AgCC/AIAiPwCANX8AgDa/AIAKP0CAC79AgCyrQ4AgP0CAM79AgDX/QIAIf4CACv+AgB0/gIAfP4CAMf+AgDM/gIAGv8CACr/AgBt/wIAdf8CAMD/AgDG/wIAsgEDANn/AgATAAMAGAADAGYAAwBvAAMAuQADAMYAAwAMAQMAEwEDAF8BAwBiAQMABa4OALQBAwAFAgMAEgIDAFgCAwBvAgMAqwIDALcCAwBYrg4AFAMDAFEDAwBSAwMApAMDAK4DAwD3AwMA/wMDAEoEAwBUBAMAnQQDAKIEAwDwBAMA+AQDAEMFAwBFBQMAlgUDAEYFAwDGCgMASgUDAGQYAwBZBQMAlREDAJ0FAwDpBQMA8AUDADwGAwBEBgMAjwYDAJMGAwDiBgMA8AYDADUHAwA/BwMAiAcDAJMHAwDbBwMA4wcDAC4IAwAzCAMAgQgDAJwIAwDUCAMA4AgDACcJAwAtCQMAegkDAIoJAwDNCQMA3gkDACAKAwAlCgMAcwoDAHcKAwCrrg4AzwoDABkLAwAyCwMAbAsDAHYLAwC/CwMAxQsDABIMAwAUDAMAZQwDAHQMAwC4DAMAwgwDAAsNAwATDQMAXg0DAGINAwCxDQMAvw0DAAQOAwAODgMAVw4DAGIOAwCqDgMAsg4DAP0OAwACDwMAUA8DAGsPAwCjDwMArw8DAPYPAwD8DwMASRADAFkQAwCcEAMArRADAO8QAwD0EAMAQhEDAEYRAwD+rg4AnhEDAOgRAwD5EQMAOxIDAEUSAwCOEgMAnBIDAOESAwDiEgMANBMDAEUTAwCHEwMAmxMDANoTAwDiEwMALRQDADEUAwCAFAMAjhQDANMUAwDdFAMAJhUDADEVAwB5FQMAgRUDAMwVAwDRFQMAHxYDADoWAwByFgMAfhYDAMUWAwDLFgMAGBcDACgXAwBrFwMAfBcDAL4XAwDDFwMAERgDABUYAwBRrw4AchgDALcYAwDSGAMAChkDABgZAwBdGQMAZBkDALAZAwC8GQMAAxoDAAsaAwCkrw4AZBoDAKkaAwCzGgMA/BoDAAcbAwBPGwMAVxsDAKIbAwCnGwMA9RsDABAcAwBIHAMAVBwDAJscAwChHAMA7hwDAP4cAwBBHQMAUh0DAJQdAwCZHQMA5x0DAOsdAwD3rw4ASx4DAI0eAwCVHgMA4B4DAOEeAwAzHwMAOB8DAIYfAwCUHwMA2R8DAOYfAwAsIAMANiADAH8gAwCLIAMA0iADANggAwAlIQMALSEDAHghAwB/IQMAyyEDANchAwAeIgMAJCIDAHEiAwB9IgMAxCIDANQiAwAXIwMAIyMDAGojAwBwIwMAvSMDAMkjAwAQJAMAHSQDAGMkAwByJAMAtiQDAMIkAwBKsA4ADCUDAFwlAwBfJQMAryUDAL0lAwACJgMAGSYDAFUmAwBiJgMAqCYDAL4mAwD7JgMABycDAE4nAwBbJwMAoScDAKsnAwD0JwMA/CcDAEcoAwBRKAMAmigDAJ8oAwDtKAMA9SgDAEApAwBMKQMAkykDAKApAwDmKQMA8CkDADkqAwA/KgMAjCoDAKAqAwDfKgMA5yoDADIrAwBAKwMAhSsDAJIrAwDYKwMA4CsDACssAwA4LAMAfiwDAIwsAwDRLAMA4iwDACQtAwAsLQMAdy0DAI0tAwDKLQMAzC0DAB0uAwAeLgMAnbAOAH4uAwDDLgMA0i4DABYvAwAiLwMAaS8DAHEvAwDwsA4AwS8DAA8wAwAYMAMAYjADAG8wAwC1MAMAvDADAAgxAwALMQMAWzEDAGMxAwCuMQMAszEDAAEyAwAKMgMAVDIDAF4yAwCnMgMArzIDAPoyAwD/MgMATTMDAF0zAwCgMwMAqDMDAPMzAwD5MwMARjQDAEg0AwCZNAMApjQDAOw0AwADNQMAPzUDAEs1AwBDsQ4AnjUDAOU1AwD8NQMAODYDAEQ2AwCLNgMAkTYDAN42AwDmNgMAMTcDADg3AwCENwMAkjcDANc3AwDyNwMAKjgDADg4AwB9OAMAhDgDANA4AwDcOAMAIzkDACs5AwCWsQ4AijkDAMk5AwDROQMAHDoDAEs6AwBvOgMAezoDAMI6AwDIOgMAFTsDABo7AwDpsQ4AdDsDALs7AwDCOwMADjwDABY8AwBhPAMAYzwDALQ8AwC+PAMABz0DAA89AwA8sg4AaD0DAPhKAwBpPQMArT0DAK89AwAAPgMAET4DAFM+AwBkPgMApj4DALI+AwD5PgMAAD8DAEw/AwBUPwMAnz8DAMk/AwDyPwMA9z8DAEVAAwBGQAMAmEADAKJAAwDrQAMA+UADAD5BAwBDQQMAkUEDAJ5BAwDkQQMAAEIDADdCAwBTQgMAj7IOAJdCAwDdQgMA4UIDADBDAwA2QwMAg0MDAIVDAwDWQwMA10MDAClEAwBMRAMAfEQDAKBEAwDPRAMA+UQDACJFAwAqRQMAdUUDAHpFAwDIRQMA1UUDABtGAwAjRgMAbkYDAHBGAwDBRgMAyUYDABRHAwA+RwMAZ0cDAHRHAwC6RwMAv0cDAA1IAwAaSAMAYEgDAGxIAwCzSAMA3UgDAAZJAwAOSQMAWUkDAHRJAwCsSQMArkkDAP9JAwAQSgMAUkoDAFtKAwClSgMAsUoDAOKyDgAFSwMAS0sDAFJLAwCeSwMAqksDAPFLAwAETAMAREwDAExMAwCXTAMAnEwDAOpMAwDzTAMAPU0DAEdNAwCQTQMAmE0DAONNAwDoTQMANk4DAEZOAwCJTgMAkU4DANxOAwD1TgMAL08DADRPAwCCTwMAi08DANVPAwDiTwMAKFADAC9QAwB7UAMAflADADWzDgDQUAMAIVEDACtRAwB0UQMAdlEDAMdRAwDgUQMAGlIDABxSAwBtUgMAcFIDAMBSAwDMUgMAE1MDABtTAwCIsw4AelMDALlTAwC8UwMADFQDABZUAwBfVAMAa1QDALJUAwDIVAMABVUDAA1VAwBYVQMAZlUDAKtVAwCuVQMA/lUDAAZWAwBRVgMAVFYDAKRWAwBfVgMAc10DAK5WAwD3VgMAr1YDAOJZAwD5VgMASlcDAFBXAwCdVwMAp1cDAPBXAwD+VwMAQ1gDAFBYAwCWWAMArVgDAOlYAwDxWAMAPFkDAEVZAwCPWQMAkFkDANuzDgDrWQMANVoDAD9aAwCIWgMAkloDANtaAwDpWgMALlsDADtbAwCBWwMAmFsDANRbAwDcWwMAJ1wDAC5cAwB6XAMAf1wDAM1cAwDRXAMAIF0DAC1dAwAutA4AgF0DAMZdAwDOXQMAGV4DAB9eAwBsXgMAeF4DAL9eAwDOXgMAEl8DABdfAwBlXwMAgF8DALhfAwDEXwMAC2ADABFgAwBeYAMAcmADALFgAwC5YAMABGEDABphAwBXYQMAXGEDAKphAwCxYQMA/WEDAAliAwCBtA4AV2IDAKNiAwCxYgMA9mIDAANjAwBJYwMAYGMDAJxjAwCkYwMA72MDAPVjAwBCZAMATmQDAJVkAwCcZAMA6GQDAPZkAwA7ZQMAPmUDAI5lAwCWZQMA4WUDAO9lAwA0ZgMAN2YDAIdmAwCPZgMA2mYDAOtmAwAtZwMAMmcDAIBnAwCCZwMA02cDANpnAwAmaAMANGgDAHloAwCGaAMAzGgDAONoAwAfaQMAJ2kDAHJpAwB8aQMAxWkDANBpAwAYagMAJGoDAGtqAwBzagMA1LQOAMBqAwARawMAG2sDAGRrAwBmawMAt2sDALprAwAKbAMAFmwDAF1sAwBnbAMAsGwDALhsAwADbQMAEW0DAFZtAwBjbQMAqW0DALFtAwD8bQMAEm4DAE9uAwBbbgMAom4DALhuAwD1bgMA+m4DAEhvAwBObwMAm28DAK9vAwAntQ4A8W8DAEFwAwBJcAMAlHADAKJwAwDncAMAqnADADtJBwD0cAMAOnEDAEJxAwCNcQMAl3EDAOBxAwDrcQMAM3IDAD9yAwCGcgMAjnIDAHq1DgDfcgMALHMDADFzAwB/cwMAjnMDANJzAwDecwMAJXQDACh0AwB4dAMAe3QDAMt0AwDTdAMAHnUDACN1AwBxdQMAgXUDAMR1AwDMdQMAF3YDABp2AwBqdgMAdHYDAL12AwC/dgMAEHcDABZ3AwBjdwMAbXcDALZ3AwDEdwMACXgDABZ4AwBceAMAc3gDAK94AwC3eAMAAnkDAAt5AwBVeQMAVnkDAM21DgC0eQMA+3kDAP55AwAIBwkACnoDAE56AwAOegMAJfcIAFh6AwChegMAqXoDAA3uAwCtegMARU0NAK96AwD0egMAvXoDAF7qBwD5egMAR3sDAAF7AwA5yQQAVHsDAJp7AwCdewMADXEJAKB7AwCszAgAonsDAO17AwCkewMAn4QFAKZ7AwBqaAUA8HsDAO1fBwDzewMA1ecFAPd7AwBAfAMA+3sDAAQ3CQD9ewMAcVkHAEV8AwCTfAMATHwDAMQbBACbfAMA5nwDAOl8AwA5fQMARX0DAIx9AwCSfQMA330DAPp9AwAyfgMAPn4DAIV+AwCLfgMA2H4DAOB+AwArfwMALX8DAH5/AwAwfwMAJIADAIh/AwDRfwMA2X8DACC2DgAxgAMAd4ADAH+AAwDKgAMAzYADAB2BAwAigQMAcIEDAH+BAwDDgQMA44EDABaCAwAiggMAaYIDAHOCAwC8ggMAxIIDAA+DAwAhgwMAxrYOAGyDAwC1gwMAw4MDAAiEAwAVhAMAW4QDAHKEAwCuhAMAtoQDAAGFAwAQhQMAVIUDAFmFAwCnhQMAtIUDAPqFAwAHhgMATYYDAFmGAwCghgMAr4YDAPOGAwD9hgMARocDAFSHAwCZhwMAnocDAOyHAwD5hwMAP4gDAEKIAwCSiAMAmogDAOWIAwDqiAMAOIkDAEWJAwCLiQMAk4kDAN6JAwDniQMAMYoDAD6KAwCEigMAkooDANeKAwDqigMAKosDADKLAwB9iwMAhIsDANCLAwDViwMAI4wDADmMAwB2jAMAeIwDAMmMAwDXjAMAHI0DACmNAwBvjQMAd40DAMKNAwDFjQMAFY4DABqOAwBojgMAd44DALuOAwDbjgMADo8DABqPAwBhjwMAa48DALSPAwC8jwMAB5ADABmQAwAZtw4Aa5ADAK2QAwC0kAMAAJEDAAiRAwBTkQMAYJEDAKaRAwCrkQMA+ZEDAAOSAwBMkgMAVJIDAJ+SAwChkgMAQ4EJAKSSAwAQWwcAqZIDAI2aCQCukgMA8pIDAK+SAwBWSggA95IDAEWTAwBSkwMAmJMDAKWTAwDrkwMA95MDAD6UAwBNlAMAkZQDAJuUAwDklAMA7JQDADeVAwBBlQMAipUDAI+VAwDdlQMA5ZUDAGy3DgA8lgMAg5YDAImWAwDWlgMA8ZYDACmXAwA1lwMAfJcDAIKXAwDPlwMA65cDACKYAwAqmAMAv7cOAH2YAwDImAMA0pgDABuZAwAmmQMAbpkDAHqZAwDBmQMAyZkDABK4DgAgmgMAZ5oDAG2aAwC6mgMA1ZoDAA2bAwAZmwMAYJsDAGabAwCzmwMAu5sDAAacAwAMnAMAWZwDAGKcAwCsnAMAuZwDAP+cAwAMnQMAUp0DAGCdAwClnQMAsp0DAPidAwAPngMAS54DAFOeAwCengMAo54DAPGeAwCvngMA46ADAP6eAwBEnwMATJ8DAJefAwCinwMA6p8DAO+fAwA9oAMAQKADAJCgAwCaoAMAZbgOAOigAwA2oQMARaEDAImhAwCLoQMA3KEDAO2hAwAvogMAQKIDAIKiAwCWogMAuLgOAOaiAwAoowMAK6MDAHujAwAwowMA4AIHADWjAwDzQA0AhaMDAM6jAwDQowMAIaQDACukAwB0pAMAgKQDAMekAwDvpAMAGqUDACWlAwAEWgQAQKUDAG2lAwCepQMAwKUDAOalAwATpgMAOaYDAGamAwCYpgMAuaYDAOmmAwAMpwMAFKcDAF+nAwCHpwMAsqcDAOWnAwAFqAMANagDAFioAwBgqAMAq6gDALqoAwD+qAMAA6kDAFGpAwBaqQMApKkDAF6pAwAZsQMAtakDAPepAwD+qQMASqoDAFKqAwCdqgMAqqoDAPCqAwD1qgMAQ6sDAE2rAwCWqwMAnqsDAOmrAwDzqwMAlbcDAPirAwA8rAMAQawDAI+sAwCcrAMA4qwDAO+sAwA1rQMAQa0DAIitAwCXrQMA260DAOWtAwAurgMANq4DAIGuAwCLrgMA1K4DANmuAwAnrwMAL68DAAu5DgCGrwMAza8DANOvAwAgsAMAO7ADAHOwAwB/sAMAxrADAMywAwBeuQ4AJrEDAGyxAwB4sQMAv7EDAM6xAwASsgMAHLIDAGWyAwBzsgMAuLIDAL2yAwALswMAGLMDAF6zAwBmswMAsbMDALuzAwAEtAMACbQDAFe0AwBftAMAqrQDAK20AwD9tAMACbUDAFC1AwBWtQMAo7UDAL61AwD2tQMAArYDAEm2AwBPtgMAnLYDAKS2AwDvtgMA8bYDAEK3AwBMtwMAsbkOAJu3AwDotwMA6rcDADu4AwBIuAMAjrgDAJG4AwDhuAMA8rgDADS5AwA2uQMAh7kDAJG5AwDauQMA5rkDAC26AwA1ugMABLoOAIW6AwDTugMA1roDACa7AwAwuwMAebsDAIG7AwDMuwMA2bsDAB+8AwAhvAMAcrwDAIi8AwDFvAMA0bwDAFe6DgA0vQMAa70DAIe9AwCqug4Aw70DABG+AwAevgMAZL4DAHG+AwC3vgMAw74DAAq/AwAZvwMAXb8DAGe/AwCwvwMAvr8DAAPAAwAIwAMAVsADAGPAAwCpwAMAwsADAPzAAwD+wAMAT8EDAFbBAwD9ug4Av8EDAPXBAwAGwgMASMIDAFTCAwCbwgMArsIDAO7CAwD9wgMAQcMDAE3DAwCUwwMAlcMDAOfDAwDxwwMAOsQDAEjEAwCNxAMAksQDAODEAwDtxAMAULsOADjFAwCGxQMAk8UDANnFAwDmxQMALMYDADjGAwB/xgMAjsYDANLGAwDcxgMAJccDADPHAwB4xwMAfccDAMvHAwDYxwMAHsgDACbIAwBxyAMAe8gDAMTIAwDJyAMAF8kDAB/JAwBJvA4AbMkDAL3JAwDLyQMAEMoDACHKAwCcvA4AasoDAO+8DgC7ygMACcsDABHLAwBcywMAa8sDAK/LAwC0ywMAAswDAA/MAwBVzAMAYswDAKjMAwC0zAMA+8wDAArNAwBOzQMAWM0DAJW9DgCjzQMANHoMAKfNAwAUDwsAtM0DAPTNAwADzgMAR84DAFPOAwCazgMAm84DAO3OAwD3zgMAQM8DAE7PAwCTzwMAmM8DAObPAwDzzwMA6L0OAD3QAwCM0AMAl9ADAN/QAwDt0AMAMtEDAEPRAwCF0QMAkdEDANjRAwDg0QMAO74OADDSAwB+0gMAi9IDANHSAwDe0gMAJNMDADDTAwB30wMAhtMDAMrTAwDU0wMAHdQDACvUAwBw1AMAfdQDAMPUAwDa1AMAjr4OACPVAwBp1QMAdtUDALzVAwDI1QMAD9YDAB7WAwBi1gMAbNYDALXWAwDD1gMACNcDANHWAwAKnAgADdcDAFvXAwBo1wMArtcDALbXAwAB2AMAB9gDAFTYAwBg2AMAp9gDALfYAwD62AMAA9kDAE3ZAwBQ2QMAoNkDAKzZAwDz2QMA+tkDAOG+DgBT2gMAmdoDAKjaAwDs2gMA7doDAD/bAwBW2wMAktsDAKzbAwDl2wMA8dsDADjcAwBL3AMAi9wDAJrcAwDe3AMA6twDADHdAwAy3QMAhN0DAI7dAwDX3QMA5d0DACreAwAv3gMAfd4DAIreAwA0vw4A6t4DACPfAwAy3wMAdt8DAHjfAwDJ3wMAe98DAPLlAwDW3wMAHOADACngAwBv4AMAdOADAMLgAwDM4AMAFeEDACThAwBo4QMAbeEDALvhAwDI4QMADuIDABviAwBh4gMAbeIDALTiAwDD4gMAB+MDABHjAwBa4wMAZ+MDAK3jAwCy4wMAAOQDAATkAwBT5AMAX+QDAKbkAwCs5AMA+eQDAP/kAwBM5QMAUeUDAJ/lAwCl5QMAh78OAP/lAwBF5gMAUuYDAJjmAwCk5gMA6+YDAPrmAwA+5wMASOcDAJHnAwCf5wMA5OcDAOnnAwA36AMAROgDAIroAwCR6AMA3egDAOLoAwAw6QMAPOkDAIPpAwCG6QMA1ukDAOPpAwAp6gMALuoDAHzqAwCG6gMAz+oDANvqAwAi6wMANesDAHXrAwCD6wMAyOsDAMvrAwAb7AMAJewDAG7sAwB67AMAwewDAMfsAwAU7QMAGu0DAGftAwBs7QMAuu0DAMDtAwDavw4AF+4DAHUwBgAZ7gMAEjwIABzuAwBg7gMAYu4DALPuAwDE7gMABu8DABfvAwBZ7wMAYe8DAKzvAwC87wMA/+8DAAHwAwBS8AMAYPADAKXwAwC28AMALcAOAP/wAwCAwA4ATPEDAJ7xAwCj8QMA8fEDAPfxAwBE8gMATvIDAJfyAwCj8gMA6vIDAPDyAwA98wMAQ/MDAJDzAwCV8wMA4/MDAOnzAwDTwA4ARPQDAIn0AwCi9AMA3PQDAN30AwAv9QMATPUDAIL1AwCc9QMA1fUDANj1AwAo9gMALfYDAMzBDgCU9gMAzvYDANT2AwAh9wMA5PYDAEhoBAAj9wMAdPcDAHr3AwDH9wMA2/cDABr4AwAi+AMAbfgDAHr4AwDA+AMAxfgDABP5AwAd+QMAZvkDAG75AwC5+QMAyvkDAAz6AwAR+gMAX/oDAGH6AwCy+gMAufoDAAX7AwAR+wMAWPsDAF/7AwCr+wMAx/sDAP77AwAG/AMAH8IOAFb8AwCk/AMApvwDAPf8AwD+/AMASv0DAFj9AwCd/QMAqv0DAPD9AwAH/gMAQ/4DAEv+AwCW/gMAoP4DAOn+AwCs/gMAEWQEAPT+AwA8/wMASP8DAI//AwCX/wMAcsIOAOP/AwA1AAQAOgAEAIgABACLAAQA2wAEAOUABAAuAQQARQEEAIEBBACHAQQA1AEEAOABBAAnAgQAKgIEAHoCBACXAgQAzQIEAN4CBAAgAwQAPwMEAHMDBAB7AwQAxgMEAMgDBAAZBAQAKAQEAGwEBAB2BAQAvwQEAM0EBAASBQQALQUEAGUFBABxBQQAuAUEAMAFBADFwg4AFwYEAF4GBABtBgQAsQYEALYGBAAEBwQACgcEAFcHBABeBwQAqgcEALIHBAD9BwQA/wcEAFAIBABXCAQAowgEAKUIBAD2CAQA9wgEAEkJBABTCQQAnAkEAKgJBADvCQQA9QkEAEIKBABcCgQAlQoEAJ0KBADoCgQA/goEADsLBABJCwQAjgsEAJELBADhCwQA5AsEADQMBABCDAQAhwwEAJQMBADaDAQA8QwEAC0NBAA1DQQAgA0EAIINBADTDQQA2w0EACYOBAA9DgQAeQ4EAIUOBADMDgQA4g4EAB8PBAAnDwQAcg8EAIAPBADFDwQAzw8EABgQBAAgEAQAaxAEAHIQBAC+EAQAyhAEABERBAASEQQAZBEEAHARBAC3EQQAxBEEAAoSBAAREgQAXRIEAGASBACwEgQAuBIEAAMTBAAIEwQAVhMEAGMTBACpEwQA1xMEAPwTBAAEFAQAGMMOAFcUBADx9w4AaxQEAKIUBACqFAQAa8MOAAMVBABIFQQAShUEAJsVBACsFQQA7hUEAPYVBABBFgQATRYEAJQWBACaFgQA5xYEAO0WBAA6FwQAPxcEAI0XBACTFwQAvsMOAOUXBAAzGAQA7BcEABLNCwA7GAQAhhgEAIsYBAAxYAkAjBgEALVSCgCSGAQA+Q0KAJUYBADZGAQAlxgEAB1QCgDeGAQALBkEAN8YBADCaggAORkEAH8ZBACMGQQA0hkEAN4ZBAAlGgQANBoEAHgaBACCGgQACsUOANUaBAAeGwQAIxsEAHEbBAB5GwQAXcUOAMobBAAXHAQALRwEAGocBAB4HAQAvRwEAMocBAAQHQQAEh0EAGMdBABtHQQAth0EAMIdBAAJHgQAEB4EAFweBABkHgQArx4EALYeBAACHwQACx8EAFUfBABhHwQAqB8EALAfBAADxg4AACAEAE4gBABWIAQAoSAEALAgBAD0IAQA+SAEAEchBABUIQQAmiEEAKchBADtIQQA+SEEAEAiBABPIgQAkyIEAJ0iBADmIgQA9CIEADkjBAA+IwQAjCMEAJkjBADfIwQA5yMEADIkBAA8JAQAhSQEAJMkBADYJAQA7iQEACslBAA3JQQAfiUEAIMlBADRJQQA2iUEACQmBAAuJgQAVsYOAIEmBADKJgQA1iYEAB0nBAAlJwQAqcYOAHUnBADDJwQA0CcEABYoBAAjKAQAaSgEAHUoBAC8KAQAyygEAA8pBAAZKQQAYikEAHopBAC1KQQAvykEAAgqBAAWKgQAWyoEAHEqBACuKgQAuioEAAErBAAGKwQAVCsEAF0rBACnKwQAsSsEAPorBAACLAQA/MYOAFosBACgLAQAYywEAHEoDgCtLAQA8ywEAP8sBABGLQQAVS0EAJktBACjLQQA7C0EAPotBAA/LgQATC4EAJIuBACpLgQA5S4EAO0uBAA4LwQAQi8EAIsvBACQLwQA3i8EAOYvBABPxw4APTAEAIQwBACKMAQA1zAEAPIwBAAqMQQANjEEAH0xBACDMQQA0DEEAOwxBAAjMgQAKzIEAKLHDgB7MgQAyTIEANYyBAAcMwQAKTMEAG8zBAB7MwQAwjMEANEzBAAVNAQAHzQEAGg0BAB2NAQAuzQEAMA0BAAONQQAGzUEAGE1BABpNQQAtDUEALo1BAAHNgQAvjUEAPk3BAATNgQAWjYEAGo2BACtNgQAtjYEAAA3BAADNwQAUzcEAF83BACmNwQArTcEAPXHDgAHOAQATDgEAGI4BACfOAQAqzgEAPI4BAD5OAQARTkEAE05BACYOQQAnTkEAOs5BAD0OQQAPjoEAEg6BABIyA4AljoEAOQ6BACdOgQAGz8EAOw6BAA3OwQAPTsEAIo7BACPOwQA3TsEAOY7BAAwPAQAOjwEAIM8BACPPAQA1jwEAN48BACbyA4ALj0EAHw9BACEPQQAzz0EANo9BAAiPgQAJz4EAHU+BAB4PgQAyD4EANI+BADuyA4AJT8EAG4/BAByPwQAwT8EAMY/BAAUQAQAGkAEAGdABACHQAQAukAEAMJABAANQQQAG0EEAGBBBABjQQQAs0EEALtBBAAGQgQAD0IEAFlCBABmQgQArEIEALJCBAD/QgQAC0MEAFJDBABUQwQApUMEALRDBAD4QwQAA0QEAEtEBABNRAQAnkQEALdEBADxRAQAAkUEAERFBABQRQQAQckOAJ9FBADqRQQACkYEAD1GBABLRgQAkEYEAJ1GBADjRgQA6kYEADZHBABSRwQAiUcEAJFHBACUyQ4A4UcEAC9IBAA8SAQAgkgEAI9IBADVSAQA4UgEAChJBAA3SQQAe0kEAIVJBADOSQQA40kEACFKBAApSgQAdEoEAINKBADHSgQAyUoEABpLBAAjSwQAbUsEAHBLBADASwQAzEsEABNMBAAvTAQAZkwEAG5MBADnyQ4AvkwEAAxNBAAiTQQAX00EAGtNBACyTQQA1U0EADrKDgAPTgQAWE4EAGBOBACrTgQAsU4EAGG/CAC6TgQA/k4EAANPBABRTwQAXk8EAKRPBACxTwQA908EAANQBABKUAQAWVAEAJ1QBACnUAQA8FAEAPhQBABDUQQATVEEAJZRBACbUQQA6VEEAPFRBACNyg4AP1IEAI9SBACsUgQA4lIEAPNSBAA1UwQAQ1MEAKSiBABqUwQAiFMEAKRTBADbUwQA91MEAODKDgA0VAQAgVQEAIdUBADUVAQA2VQEACdVBAAtVQQAM8sOAH9VBADNVQQA2lUEACBWBAAtVgQAc1YEAH9WBADGVgQA1VYEABlXBAAjVwQAbFcEAHpXBAC/VwQAxFcEABJYBAAfWAQAZVgEAHFYBAC4WAQAvlgEAAtZBAARWQQAXlkEAGNZBACxWQQAt1kEACzMDgAYWgQAV1oEAH1aBACqWgQA0FoEAP1aBAAjWwQAUFsEAIBbBACjWwQAq1sEAPZbBAAeXAQASVwEAH5cBACcXAQAwlwEAO9cBAAVXQQAQl0EAHddBACVXQQAxV0EAOhdBADwXQQAO14EAEBeBAC3twQASl4EAI5eBACTXgQA4V4EAO5eBAA0XwQAQV8EAIdfBACTXwQA2l8EAOlfBAAtYAQAN2AEAIBgBACOYAQA02AEANhgBAAmYQQAM2EEAHlhBACBYQQAzGEEANJhBAAfYgQA1mEEAB+1BAArYgQAcmIEAIJiBADFYgQAzmIEABhjBAAbYwQAa2MEAHdjBAC+YwQAxWMEAH/MDgAlZAQAZGQEAGdkBAC3ZAQA1GQEAAplBAAbZQQAXWUEAGRlBACwZQQAyWUEAANmBAALZgQAVmYEAGxmBACpZgQArmYEAPxmBAADZwQAT2cEAFhnBACiZwQAs2cEAPVnBAABaAQA0swOAFxoBACbaAQAnmgEAO5oBAALaQQAQWkEAFJpBACUaQQAo2kEAOdpBAD4aQQAOmoEAEhqBACNagQAmWoEAOBqBADtagQAM2sEAD1rBAAlzQ4Aj2sEANlrBADmawQALGwEADpsBAB/bAQAjmwEANJsBADUbAQAJW0EAC9tBAB4bQQAhm0EAMttBADQbQQAHm4EACtuBABxbgQAdG4EAMRuBADQbgQAF28EACpvBABqbwQAeW8EAL1vBADJbwQAEHAEABFwBABjcAQAbXAEALZwBADEcAQACXEEAA5xBABccQQAaXEEAHjNDgC0cQQAAnIEABhyBABVcgQAa3IEAKhyBACxcgQA+3IEAAhzBABOcwQAXHMEAKFzBACwcwQA9HMEAPZzBABHdAQAUXQEAJp0BACodAQA7XQEAPJ0BABAdQQATXUEAJN1BACWdQQA5nUEAO51BAA5dgQASnYEAIx2BACadgQA33YEAOx2BAAydwQAUncEAIV3BACNdwQA2HcEAOh3BAAreAQALXgEAH54BACMeAQA0XgEAOJ4BABxzg4AKnkEAHd5BACDeQQAxM4OANF5BAAdegQA13kEAO9OBgAkegQAcHoEAHZ6BADDegQAz3oEABZ7BAAZewQAaXsEAGx7BAC8ewQA53sEAA98BAAyfAQAYnwEAG18BAC1fAQAunwEAAh9BAALfQQAW30EAGV9BACufQQA2X0EABfPDgAGfgQAVH4EAGF+BACnfgQAtH4EAPp+BAAGfwQATX8EAFx/BACgfwQAqn8EAPN/BAD7fwQARoAEAFCABACZgAQAnoAEAOyABAD0gAQAas8OAEyBBACSgQQApoEEAOWBBADtgQQAOIIEAD2CBACLggQAm4IEAN6CBADmggQAMYMEADuDBACEgwQAj4MEANeDBADjgwQAKoQEADKEBAC9zw4AfoQEANCEBADchAQAI4UEADKFBAB2hQQAhIUEAMmFBADZhQQAHIYEACqGBABvhgQAe4YEAMKGBADJhgQAFYcEAB2HBABohwQAfocEALuHBADPhwQADogEABGIBABhiAQAfogEALSIBADFiAQAB4kEAA+JBABaiQQAZYkEAK2JBACyiQQAAIoEAAOKBABTigQAXYoEAKaKBACpigQAENAOAA2LBABMiwQAT4sEAJ+LBAC8iwQA8osEAAOMBABFjAQATYwEAJiMBACbjAQA64wEAPeMBAA+jQQARI0EAJGNBACsjQQA5I0EAPCNBAA3jgQAPY4EAIqOBACSjgQA3Y4EAOiOBAAwjwQANY8EAIOPBACGjwQA1o8EAOCPBAApkAQAMZAEAHyQBACbkAQAY9AOAOOQBAAikQQASJEEAHWRBACbkQQAyJEEAO6RBAAbkgQAUZIEAG6SBACjkgQAwZIEAOeSBAAUkwQAOpMEAGeTBACckwQAupMEAN6TBAANlAQAKZQEAGCUBABolAQAttAOALiUBAAGlQQAE5UEAFmVBABmlQQArJUEALiVBAD/lQQADpYEAFKWBABclgQApZYEALOWBAD4lgQA/ZYEAEuXBABYlwQAnpcEAKaXBADxlwQA95cEAESYBAD7lwQANpoEAFCYBACXmAQAp5gEAOqYBADzmAQAPZkEAECZBACQmQQAnJkEAOOZBADqmQQACdEOAESaBACJmgQAn5oEANyaBADomgQAL5sEADabBACCmwQAipsEANWbBADamwQAKJwEADGcBAB7nAQAhZwEAFzRDgDPnAQAIZ0EAC2dBAB0nQQAep0EAMedBADJnQQAGp4EACSeBABtngQAe54EAMCeBADFngQAE58EACCfBABmnwQAbp8EALmfBADDnwQADKAEABqgBABfoAQAdaAEALKgBAC+oAQABaEEAAyhBABYoQQAYKEEAKuhBACwoQQA/qEEAAeiBABRogQAW6IEAK/RDgC8ogQA96IEAPqiBABKowQAZ6MEAJ2jBACuowQA8KMEAAikBABDpAQAT6QEAJakBACppAQA6aQEAPikBAA8pQQASKUEAI+lBACQpQQA4qUEAOylBAA1pgQAQ6YEAIimBACNpgQA26YEAOimBAAC0g4AM6cEAIGnBACOpwQA1KcEAOGnBAAnqAQAM6gEAHqoBACJqAQAzagEANeoBAAgqQQALqkEAHOpBAB4qQQAxqkEANOpBAAZqgQAIaoEAGyqBAByqgQAv6oEAHaqBACxrAQAy6oEABKrBAAiqwQAZasEAG6rBAC4qwQAu6sEAAusBAAXrAQAXqwEAGWsBAD70g4Av6wEAAStBAAarQQAV60EAGOtBACqrQQAsa0EAP2tBAAFrgQAUK4EAFWuBACjrgQArK4EAPauBAAArwQATtMOAEqvBACcrwQAqK8EAO+vBAD1rwQAQrAEAESwBACVsAQAn7AEAOiwBAD2sAQAO7EEAECxBACOsQQAm7EEAOGxBADpsQQANLIEAD6yBACHsgQAlbIEANqyBADwsgQALbMEADmzBACAswQAh7MEANOzBADbswQAJrQEACu0BAB5tAQAgrQEAMy0BADWtAQAodMOAC21BABytQQAiLUEAMW1BADRtQQAGLYEAB+2BABrtgQAc7YEAL62BADDtgQAEbcEABq3BABktwQAbrcEAPTTDgC4twQACrgEABa4BABduAQAY7gEALC4BACyuAQAA7kEAA25BABWuQQAZLkEAKm5BACuuQQA/LkEAAm6BABPugQAV7oEAKK6BACsugQA9boEAAO7BABIuwQAXrsEAJu7BACnuwQA7rsEAPW7BABBvAQASbwEAJS8BACZvAQA57wEAPC8BAA6vQQARL0EAEfUDgCPvQQAcyULAJu9BADgvQQA8b0EADO+BAA4vgQAhr4EAJ2+BADZvgQA7b4EACy/BABEvwQAf78EAI6/BADSvwQA178EACXABAAywAQAeMAEAIXABADLwAQA18AEAB7BBAAtwQQAccEEAHvBBADEwQQAzMEEABfCBAA1wgQAasIEAHLCBAC9wgQAxsIEABDDBAAdwwQAY8MEAGXDBAC2wwQAz8MEAAnEBAAaxAQAXMQEAGjEBACvxAQAt8QEAJrUDgAHxQQAVcUEAF3FBACoxQQAt8UEAPvFBAAAxgQATsYEAFvGBAChxgQArsYEAPTGBAAAxwQAR8cEAFbHBACaxwQApMcEAO3HBAD1xwQAQMgEAErIBACTyAQAmMgEAObIBADuyAQA7dQOAFDJBACMyQQAlMkEAN/JBADpyQQAMsoEADfKBACFygQAjcoEAEDVDgDdygQAK8sEADTLBAAjrgoAOMsEAH7LBABBywQA2dkMAIjLBABvoQwAi8sEANHLBADdywQAJMwEADPMBAB3zAQAgcwEAMrMBADSzAQA1R4KANjMBAAdzQQAKs0EAHDNBACHzQQAw80EAMvNBAAWzgQAIM4EAGnOBABuzgQAvM4EAMTOBACT1Q4AHM8EAGLPBABwzwQAtc8EAMjPBAAI0AQAENAEAFvQBABe0AQArtAEALPQBAAB0QQAENEEAFTRBAB00QQAp9EEALPRBAD60QQABNIEAE3SBABp0gQAoNIEAKjSBADm1Q4ABtMEAEbTBABM0wQAmdMEAKXTBADs0wQA9tMEAD/UBABF1AQAktQEAKDUBADl1AQA8dQEADjVBAA71QQAi9UEAIzVBADe1QQA6tUEADHWBAA31gQAhNYEAIrWBADX1gQA49YEACrXBABH1wQAfdcEAIbXBADQ1wQA3NcEACPYBAAm2AQAdtgEAIDYBADJ2AQA1dgEABzZBAAi2QQAb9kEAHXZBADC2QQAx9kEABXaBAAb2gQAOdYOAHTaBAC72gQAvdoEAA7bBAAd2wQAYdsEAGzbBAC02wQAwNsEAAfcBAAO3AQAWtwEAGLcBACt3AQAt9wEAADdBAAL3QQAU90EAF/dBACm3QQArt0EADLXDgD73QQATN4EAF/eBACf3gQAp94EAPLeBAD43gQARd8EAFHfBACY3wQAot8EAOvfBADx3wQAPuAEAEzgBACR4AQAneAEAOTgBADn4AQAN+EEAD/hBACK4QQAi+EEAN3hBADp4QQAMOIEADbiBACD4gQAi+IEANbiBADc4gQAKeMEADXjBAB84wQAmeMEAM/jBADY4wQAIuQEAC7kBAB15AQAeOQEAMjkBADS5AQAG+UEACPlBABu5QQAf+UEAMHlBADP5QQAFOYEACrmBABn5gQAdeYEALrmBADE5gQAhdcOABznBABg5wQAa+cEALPnBAC/5wQABugEAA3oBABZ6AQAYegEAKzoBAC26AQA/+gEAArpBABS6QQAXukEAKXpBACt6QQA2NcOAPrpBABL6gQAXuoEAJ7qBACm6gQA8eoEAPfqBABE6wQAUOsEAJfrBACh6wQA6usEAPDrBAA97AQAS+wEAJDsBACc7AQA4+wEAObsBAA27QQAPu0EAIntBACK7QQA3O0EAOjtBAAv7gQANe4EAILuBACK7gQA1e4EANvuBAAo7wQANO8EAHvvBACY7wQAzu8EANfvBAAh8AQALfAEAHTwBAB38AQAx/AEANHwBAAa8QQAIvEEAG3xBAB+8QQAwPEEAM7xBAAT8gQAKfIEAGbyBAB08gQAufIEAMPyBAAM8wQAFPMEAF/zBACC8wQAsvMEALbzBAAF9AQAEPQEAFj0BABm9AQAq/QEALr0BAD+9AQACfUEAFH1BABZ9QQApPUEALL1BAD39QQA+vUEAEr2BABS9gQAK9gOAKv2BADw9gQA8/YEAEP3BABL9wQAo1QFAE/3BAAqKgUAUvcEAGz9BABf9wQAlvcEALL3BAB+2A4A6/cEADz4BABJ+AQAj/gEAJz4BADi+AQA5/gEADX5BAA/+QQAiPkEAJf5BADb+QQA4PkEAC76BAA7+gQAgfoEAI76BADU+gQA4PoEACf7BAA2+wQAevsEAIT7BADN+wQA2fsEACD8BAAm/AQAc/wEAHn8BADG/AQAy/wEABn9BAAf/QQA0dgOAHH9BADKHwUAff0EAL/9BADN/QQAEv4EAB7+BABl/gQAcv4EALj+BADC/gQAC/8EACf/BABe/wQAev8EACTZDgCz/wQABAAFABEABQBXAAUAZAAFAKoABQCvAAUA/QAFAAcBBQBQAQUAXwEFAKMBBQCoAQUA9gEFAAMCBQBJAgUAVgIFAJwCBQCoAgUA7wIFAP4CBQBCAwUATAMFAJUDBQChAwUA6AMFAO4DBQA7BAUAQQQFAI4EBQCTBAUA4QQFAOcEBQB32Q4AOwUFAIcFBQCVBQUA2gUFAN0FBQAtBgUAPAYFAIAGBQCFBgUA0wYFAOAGBQAmBwUAMwcFAHkHBQCFBwUAzAcFANsHBQAfCAUAKQgFAHIIBQCACAUAxQgFAMoIBQAYCQUAJQkFAGsJBQB3CQUAvgkFANEJBQARCgUAIAoFAGQKBQBwCgUAtwoFALgKBQAKCwUAFAsFAF0LBQBrCwUAsAsFALULBQADDAUAEAwFAMrZDgBbDAUAqQwFALIMBQD8DAUADQ0FAE8NBQBWDQUAog0FAKoNBQD1DQUAAg4FAEgOBQBNDgUAmw4FAKUOBQDuDgUA9g4FAEEPBQBYDwUAlA8FAKAPBQDnDwUA8Q8FADoQBQBCEAUAjRAFAI8QBQDgEAUA6BAFADMRBQA5EQUAhhEFAJIRBQDZEQUA3BEFACwSBQAxEgUAfxIFAIgSBQDSEgUA2BIFACUTBQA0EwUAeBMFAIQTBQDD2g4AzRMFAB4UBQAsFAUAcRQFAIIUBQAW2w4AyxQFAGnbDgAcFQUAahUFAHIVBQC9FQUAzBUFABAWBQAVFgUAYxYFAHAWBQC2FgUAwxYFAAkXBQAVFwUAXBcFAGsXBQCvFwUAuRcFAA/cDgAEGAUAVRgFAHAYBQCoGAUAqhgFAPsYBQAVGQUAThkFAFsZBQChGQUArRkFAPQZBQD+GQUARxoFAGEaBQCaGgUAqRoFAO0aBQDyGgUAQBsFAE0bBQCTGwUAoBsFAOYbBQDyGwUAORwFAEgcBQCMHAUAlhwFAN8cBQDrHAUAMh0FAEUdBQCFHQUAlB0FANgdBQDkHQUAKx4FACweBQB+HgUAiB4FANEeBQDfHgUAJB8FACkfBQB3HwUAhB8FAGLcDgDXHwUAHSAFACogBQBwIAUAfCAFAMMgBQDSIAUAFiEFACAhBQBpIQUAdyEFALwhBQDBIQUADyIFABwiBQBiIgUAbiIFALUiBQDIIgUACCMFABcjBQBbIwUAZyMFAK4jBQCvIwUAASQFAAskBQBUJAUAYiQFAKckBQCsJAUA+iQFAAclBQC13A4AWiUFAKAlBQCiJQUA8yUFAAwmBQBGJgUAVyYFAJkmBQClJgUA7CYFAPQmBQCu3Q4ARCcFAJInBQCaJwUA5ScFAPQnBQA4KAUAPSgFAIsoBQCYKAUA3igFAOsoBQAxKQUAPSkFAIQpBQCTKQUA1ykFAOEpBQAB3g4APSoFAH0qBQCMKgUA0CoFANwqBQAjKwUAJCsFAHYrBQCAKwUAySsFANcrBQAcLAUAISwFAG8sBQB8LAUAVN4OAMcsBQAVLQUAIi0FAGgtBQB1LQUAuy0FAMctBQAOLgUAHS4FAGEuBQBrLgUAtC4FAMIuBQAHLwUADC8FAFovBQBnLwUArS8FALUvBQAAMAUABjAFAFMwBQAKMAUAMXwFAF8wBQCmMAUAtjAFAPkwBQACMQUATDEFAE8xBQCfMQUAqzEFAPIxBQD5MQUATd8OAFAyBQCYMgUAmTIFAOsyBQADMwUAPjMFAEszBQCRMwUAnTMFAOQzBQDuMwUANzQFADs0BQCKNAUAjzQFAN00BQDjNAUAMDUFAFA1BQCDNQUAmzUFANY1BQDtNQUAKTYFADU2BQB8NgUAhjYFAM82BQDRNgUAIjcFACk3BQB1NwUAfDcFAMg3BQDONwUAGzgFACc4BQBuOAUAcTgFAME4BQDEOAUAFDkFACA5BQBnOQUAajkFAKDfDgC/OQUADToFABU6BQBgOgUAZjoFALM6BQC4OgUABjsFAA87BQBZOwUAYzsFAKw7BQC4OwUA/zsFAAc8BQDz3w4AVzwFAKU8BQCtPAUA+DwFAAM9BQBLPQUAUD0FAJ49BQChPQUA8T0FAPs9BQBG4A4AUD4FAJc+BQCePgUA6j4FAPg+BQA9PwUAQD8FAJA/BQCYPwUA4z8FAOY/BQA2QAUAQkAFAIlABQCPQAUA3EAFAPdABQAvQQUAO0EFAIJBBQCIQQUA1UEFAN1BBQAoQgUALEIFAHtCBQCHQgUAzkIFANtCBQAhQwUAK0MFAHRDBQB8QwUAx0MFAMlDBQAaRAUAHkQFAG1EBQBvRAUAwEQFANREBQCZ4A4AG0UFAGZFBQBqRQUAuUUFALtFBQAMRgUAD0YFAF9GBQBnRgUAskYFAL9GBQAFRwUACkcFAFhHBQBiRwUAq0cFALNHBQD+RwUA/0cFAFFIBQBWSAUApEgFAKdIBQD3SAUA+kgFAEpJBQBYSQUAnUkFALZJBQDwSQUAAUoFAENKBQBPSgUAlkoFAJ5KBQDs4A4A7koFADxLBQBESwUAj0sFAJ5LBQDiSwUA50sFADVMBQBCTAUAiEwFAJVMBQDbTAUA50wFAC5NBQA9TQUAgU0FAItNBQDUTQUA3E0FACdOBQAxTgUAek4FAH9OBQDNTgUA1U4FAD/hDgArTwUAc08FAH9PBQDGTwUAzk8FAJLhDgAlUAUAbFAFAHNQBQC/UAUAzVAFABJRBQAVUQUAZVEFAG1RBQC4UQUAu1EFAAtSBQAXUgUAXlIFAGRSBQCxUgUAzFIFAARTBQAQUwUAV1MFAF1TBQCqUwUAzVMFAP1TBQAAVAUAUFQFAHRUBQDl4Q4AslQFAPZUBQD7VAUASVUFAFZVBQCcVQUAqVUFAO9VBQD7VQUAQlYFAFFWBQCVVgUAn1YFAOhWBQD2VgUAO1cFAEBXBQCOVwUAm1cFAOFXBQDpVwUAOOIOAEFYBQCHWAUAj1gFANpYBQDzWAUALVkFADNZBQCAWQUAhVkFANNZBQDzWQUAJloFADJaBQB5WgUAhloFAMxaBQDUWgUAH1sFACJbBQByWwUAfFsFAMVbBQDHWwUAGFwFACJcBQBrXAUAd1wFAIviDgDUXAUAEV0FAB1dBQBkXQUAaV0FALddBQBsXQUAb98PAMBdBQAKXgUAFF4FAF1eBQBlXgUAAGcJAGleBQCwXgUAgF4FACRWCQC2XgUAA18FAMNeBQAdGQYACV8FAFZfBQBbXwUAqV8FAK9fBQDe4g4ACmAFAE9gBQBlYAUAomAFAK5gBQD1YAUA+mAFAEhhBQBRYQUAm2EFAKVhBQDuYQUA9mEFAEFiBQBQYgUAlGIFAJliBQDnYgUA9GIFADpjBQBHYwUAjWMFAJljBQDgYwUA72MFADNkBQA9ZAUAhmQFAJRkBQDZZAUA5mQFACxlBQBDZQUAf2UFAIdlBQDSZQUA3GUFACVmBQAqZgUAeGYFAIBmBQDX4w4A12YFAB5nBQAkZwUAcWcFAIxnBQDEZwUA0GcFABdoBQAdaAUAKuQOAH1oBQC9aAUAzGgFABBpBQAcaQUAY2kFAGRpBQC2aQUAwGkFAAlqBQAXagUAXGoFAGFqBQCvagUAvGoFAH3kDgAHawUAVWsFAF1rBQCoawUAq2sFAPtrBQAEbAUATmwFAF1sBQChbAUArGwFAPRsBQD8bAUAR20FAFdtBQCabQUAqG0FAO1tBQD+bQUAQG4FAExuBQCTbgUAm24FAHblDgDsbgUAOW8FAEFvBQCMbwUAk28FAN9vBQDtbwUAMnAFADhwBQCFcAUAkXAFANhwBQDncAUAK3EFADVxBQB+cQUAg3EFANFxBQDXcQUAJHIFADhyBQB3cgUAf3IFAMpyBQDycgUAHXMFACZzBQBwcwUAfXMFAMNzBQDRcwUAFnQFACl0BQBpdAUAhXQFAMnlDgDBdAUAD3UFABx1BQBidQUAb3UFALV1BQDBdQUACHYFABd2BQBbdgUAZXYFAK52BQC8dgUAAXcFAAZ3BQBUdwUAYXcFAKd3BQCvdwUA+ncFAAB4BQBNeAUAWXgFAKB4BQCweAUA83gFAPx4BQBGeQUASXkFAJl5BQCleQUA7HkFAPN5BQAc5g4AZ3oFAJJ6BQCbegUA5XoFAPJ6BQA4ewUARnsFAIt7BQCeewUA3nsFAPp7BQBv5g4AP3wFAIR8BQCafAUA13wFAON8BQAqfQUAMX0FAH19BQCFfQUA0H0FANV9BQAjfgUALH4FAHZ+BQCAfgUAwuYOAMp+BQAcfwUAKH8FAG9/BQB1fwUAwn8FAMR/BQAVgAUAH4AFAGiABQB2gAUAu4AFAMCABQAOgQUAG4EFAGGBBQBpgQUAtIEFAL6BBQAHggUAFYIFAFqCBQBwggUArYIFALmCBQAAgwUAB4MFAFODBQBbgwUApoMFAKuDBQD5gwUAAoQFAEyEBQBWhAUAFecOAK2EBQDyhAUACIUFAEWFBQBRhQUAmIUFAJ2FBQDrhQUA9IUFAD6GBQBIhgUAkYYFAJ2GBQDkhgUA6oYFADeHBQA9hwUAiocFAI+HBQDdhwUA44cFAGjnDgA1iAUAg4gFAJCIBQDWiAUA44gFACmJBQA1iQUAfIkFAIuJBQDPiQUA2YkFACKKBQAwigUAdYoFAHqKBQDIigUA1YoFABuLBQAjiwUAbosFAHiLBQDBiwUAz4sFABSMBQAqjAUAZ4wFAHOMBQC6jAUAv4wFAA2NBQAWjQUAYI0FAGqNBQBh6A4Av40FAAaOBQAXjgUAWY4FAGWOBQCsjgUAu44FAP+OBQAJjwUAUo8FAGCPBQCljwUAqo8FAPiPBQAFkAUAS5AFAFWQBQCekAUAV5AFAC+UBQCskAUA8ZAFAAeRBQBEkQUAUJEFAJeRBQCckQUA6pEFAPORBQA9kgUAR5IFAJCSBQCckgUA45IFAOmSBQA2kwUAPJMFAImTBQCOkwUA3JMFAOKTBQC06A4ANZQFAIKUBQCIlAUA1ZQFANqUBQAolQUALpUFAAfpDgCJlQUAzpUFAOSVBQAhlgUALZYFAHSWBQB5lgUAx5YFANCWBQAalwUAJJcFAG2XBQB5lwUAwJcFANOXBQATmAUAIpgFAGaYBQBymAUAuZgFALqYBQAMmQUAFpkFAF+ZBQBtmQUAspkFALeZBQAFmgUAEpoFAFrpDgBnmgUAq5oFAMuaBQD+mgUACpsFAFGbBQBbmwUApJsFAKmbBQD3mwUA+JsFAEqcBQBWnAUAnZwFAKqcBQDwnAUA/JwFAEOdBQBWnQUAlp0FAKWdBQDpnQUA9Z0FADyeBQA9ngUAj54FAJmeBQDingUA8J4FADWfBQA6nwUAiJ8FAJWfBQCt6Q4A958FAADqDgA0oAUAgaAFAIegBQDUoAUA2aAFACehBQAtoQUAU+oOAH+hBQDNoQUA0KEFACCiBQAsogUAc6IFAHmiBQDGogUA4aIFABmjBQAlowUAbKMFAHKjBQC/owUAwaMFABKkBQAtpAUAZaQFAGekBQC4pAUAxqQFAAulBQAcpQUAXqUFAGClBQCxpQUAyqUFAASmBQAVpgUAV6YFAGOmBQBM6w4AtKYFAP2mBQALpwUAUKcFAGanBQCjpwUAr6cFAPanBQD7pwUASagFAFKoBQCcqAUApqgFAO+oBQD3qAUAQqkFAEepBQCVqQUApKkFAOipBQD3qQUAO6oFAESqBQCOqgUAlKoFAOGqBQDnqgUANKsFAECrBQCHqwUAjqsFANqrBQDiqwUALawFAC+sBQCArAUAkKwFANOsBQDdrAUAJq0FADKtBQB5rQUAf60FAMytBQDUrQUAn+sOACuuBQByrgUAg64FAMWuBQDRrgUAGK8FACevBQBrrwUAda8FAL6vBQDMrwUAEbAFABawBQBksAUAcbAFALewBQC/sAUACrEFABSxBQAPyAUAFrEFAF2xBQBjsQUAsLEFALaxBQADsgUACLIFAFayBQBcsgUA8usOALWyBQD8sgUAArMFAE+zBQBqswUAorMFAK6zBQD1swUA+7MFAEi0BQBQtAUAm7QFAJ60BQDutAUA+rQFAEG1BQBStQUAlLUFAKC1BQDntQUA9rUFADq2BQBEtgUAjbYFAJu2BQDgtgUA5bYFADO3BQBAtwUAhrcFAI63BQDZtwUA47cFACy4BQA6uAUAf7gFAJW4BQDSuAUA3rgFACW5BQAquQUAeLkFAIG5BQDLuQUA1bkFAOvsDgAkugUAcboFAHe6BQDEugUA0LoFABe7BQAkuwUAarsFAHS7BQC9uwUAxbsFABC8BQAavAUAY7wFAGi8BQC2vAUAt7wFAAm9BQAOvQUAXL0FAG29BQCvvQUAtL0FAAK+BQAZvgUAVb4FAGm+BQCovgUAxL4FAPu+BQADvwUAPu0OAFa/BQChvwUAq78FAPS/BQAIwAUAR8AFAEjABQCawAUApsAFAO3ABQAJwQUAQMEFAEjBBQCR7Q4AnMEFAObBBQD0wQUAOcIFAPXBBQA67QkAQ8IFAIzCBQCOwgUA38IFAPjCBQAywwUAQ8MFAIXDBQCRwwUA2MMFAODDBQDk7Q4AN8QFAH7EBQCExAUA0cQFAOzEBQAkxQUAMMUFAHfFBQB9xQUAysUFAM3FBQAdxgUAJcYFAHDGBQCAxgUAw8YFAMjGBQAWxwUAH8cFAGnHBQB2xwUAvMcFAMPHBQA37g4AHcgFAGLIBQB4yAUAtcgFAMHIBQAIyQUADckFAFvJBQBkyQUArskFALjJBQABygUAHcoFAFTKBQBcygUAiu4OAKzKBQD6ygUAAssFAE3LBQBPywUAoMsFALvLBQDzywUA9csFAEbMBQBUzAUAmcwFAKrMBQDszAUA7swFAD/NBQBYzQUAks0FAKPNBQDlzQUA8c0FADjOBQBAzgUA3e4OAJfOBQDezgUA5M4FADHPBQBMzwUAhM8FAJDPBQDXzwUA3c8FACrQBQAt0AUAMO8OAJrQBQDQ0AUA0dAFACPRBQAy0QUAdtEFAHvRBQDJ0QUA1tEFABzSBQAp0gUAb9IFAHvSBQDC0gUA0dIFABXTBQAf0wUAaNMFAHbTBQC70wUAwNMFAA7UBQAb1AUAYdQFAG3UBQC01AUAutQFAAfVBQDH1AUAx+kFAA3VBQBa1QUAX9UFAK3VBQCz1QUAg+8OAAXWBQBT1gUAc9YFAKbWBQCy1gUA+dYFAP/WBQBM1wUAVNcFAI0JBgBV1wUAn9cFAKzXBQDy1wUA+NcFAEXYBQBR2AUAmNgFAJrYBQDr2AUA+tgFAD7ZBQBJ2QUAkdkFAJPZBQDk2QUA/dkFADfaBQBI2gUAitoFAJbaBQDd2gUA6doFADDbBQBD2wUAg9sFAJLbBQDW2wUA4tsFACncBQAq3AUAfNwFAIbcBQDP3AUA3dwFACLdBQAn3QUAdd0FAILdBQDW7w4A1d0FABveBQAv3gUAbt4FAIreBQDB3gUA3d4FACnwDgAj3wUAZ98FAGjfBQC63wUAyd8FAA3gBQAS4AUAYOAFAG3gBQCz4AUAwOAFAAbhBQAS4QUAWeEFAGjhBQCs4QUAtuEFAP/hBQAN4gUAUuIFAFfiBQCl4gUAsuIFAPjiBQAI4wUAS+MFAE3jBQCe4wUArOMFAPHjBQAC5AUAfPAOAEvkBQDP8A4AnOQFAOrkBQD35AUAPeUFAErlBQCQ5QUAluUFAOPlBQDv5QUANuYFAEbmBQCJ5gUAkuYFANzmBQDf5gUAL+cFADvnBQCC5wUAiecFACLxDgDh5wUAKOgFADjoBQB76AUAhOgFAM7oBQDR6AUAIekFAC3pBQB06QUAe+kFAHXxDgDW6QUAGuoFACbqBQBt6gUAbuoFAMDqBQDK6gUAE+sFACHrBQBm6wUAa+sFALnrBQDG6wUAyPEOABHsBQBf7AUAbuwFALLsBQDS7AUABe0FABHtBQBY7QUAYu0FAKvtBQCz7QUA/u0FAAruBQBR7gUAV+4FAKTuBQCq7gUA9+4FAPzuBQBK7wUAUO8FAMHyDgCi7wUA8O8FAPnvBQBD8AUAVPAFAJbwBQCd8AUA6fAFAPHwBQA88QUASfEFAI/xBQCU8QUA4vEFAOzxBQA18gUAPfIFAIjyBQCX8gUA2/IFAODyBQAu8wUAO/MFAIHzBQCO8wUA1PMFAODzBQAn9AUANvQFAHr0BQCE9AUAzfQFANX0BQAg9QUAKvUFAHP1BQB49QUAxvUFAM71BQC68w4AHvYFAGz2BQBv9gUAv/YFAMn2BQAN9A4AGPcFAGX3BQBq9wUAuPcFANj3BQAL+AUAF/gFAF74BQBk+AUAsfgFALT4BQAE+QUABvkFAFf5BQBy+QUAqvkFAKz5BQD9+QUAC/oFAFD6BQBh+gUAo/oFAKX6BQD2+gUAD/sFAEn7BQBa+wUAnPsFAKj7BQBg9A4A//sFAEL8BQBi/AUAlfwFAJf8BQDo/AUA9PwFAK1KDQD3/AUAFDIGAAT9BQAMPwYAEf0FADv9BQA+/QUAjv0FAJv9BQBrAgYAnf0FAOH9BQDm/QUANP4FAEH+BQCH/gUAlP4FANr+BQDm/gUALf8FADz/BQCA/wUAiv8FANP/BQDh/wUAJgAGACsABgB5AAYAhgAGAMwABgDYAAYAHwEGACUBBgByAQYAeAEGAMUBBgDKAQYAGAIGAB4CBgCz9A4AdAIGAL4CBgDUAgYAEQMGACoDBgBkAwYAcAMGALcDBgC9AwYACgQGAA8EBgBdBAYAbQQGALAEBgC2BAYAAwUGAA8FBgBWBQYAYAUGAKkFBgCvBQYA/AUGAAoGBgBPBgYAWwYGAKIGBgClBgYA9QYGAAEHBgBIBwYAWwcGAJsHBgCqBwYA7gcGAPoHBgBBCAYATQgGAJQIBgCbCAYA5wgGAPMIBgA6CQYAQQkGAAb1DgCjCQYA4AkGAOIJBgAzCgYARwoGAIYKBgCOCgYA2QoGAOYKBgAsCwYAMQsGAH8LBgCJCwYA0gsGANoLBgAlDAYAPgwGAHgMBgCEDAYAywwGANMMBgBZ9Q4AOQ0GAHENBgBzDQYAxA0GANINBgAXDgYAKA4GAGoOBgBsDgYAvQ4GANYOBgAQDwYAIQ8GAGMPBgBvDwYArPUOALsPBgAJEAYAExAGAFwQBgBkEAYArxAGALAQBgACEQYAvxAGAEy0CgAIEQYAVREGAGERBgCoEQYAqxEGAPsRBgAHEgYAThIGAFsSBgChEgYAqxIGAPQSBgD8EgYARxMGAFUTBgCaEwYApxMGAO0TBgD1EwYAQBQGAFYUBgCTFAYAnxQGAOYUBgDwFAYAORUGADsVBgCMFQYAkxUGAN8VBgDhFQYAMhYGADwWBgCFFgYAhxYGANgWBgDgFgYAKxcGAC0XBgB+FwYAjhcGANEXBgDbFwYAJBgGADAYBgB3GAYAfRgGAMoYBgDSGAYA//UOACwZBgBwGQYAfBkGAMMZBgDEGQYAFhoGACAaBgBpGgYAdxoGALwaBgDBGgYADxsGABwbBgBS9g4AcBsGALUbBgDLGwYACBwGABQcBgBbHAYAYBwGAK4cBgC3HAYAAR0GAAsdBgBUHQYAXB0GAKcdBgCzHQYA+h0GAA0eBgBNHgYATh4GAKAeBgCuHgYA8x4GAPkeBgBGHwYAUh8GAJkfBgCgHwYA7B8GAPQfBgA/IAYAQyAGAJIgBgCdIAYA5SAGAPMgBgA4IQYASSEGAIshBgCXIQYA3iEGAOYhBgBL9w4APSIGAIQiBgCOIgYA1yIGAOYiBgAqIwYANSMGAH0jBgCLIwYA0CMGAN0jBgAjJAYAOiQGAHYkBgB+JAYAySQGANMkBgAcJQYAISUGAG8lBgBwJQYAwiUGANAlBgAVJgYAJCYGAGgmBgBwJgYAuyYGANEmBgAOJwYAGicGAGEnBgBrJwYAtCcGALYnBgAHKAYADigGAFooBgBcKAYArSgGALcoBgAAKQYAAikGAJ73DgBYKQYApikGAK8pBgD5KQYACioGAEwqBgBTKgYAnyoGAKcqBgDyKgYA/yoGAEUrBgBKKwYAmCsGAKIrBgDrKwYA8ysGAD4sBgBXLAYAkSwGAJ0sBgDkLAYA7CwGAET4DgA6LQYAii0GAJQtBgDdLQYA3y0GADAuBgBJLgYAgy4GAJQuBgDWLgYA5C4GACkvBgAsLwYAfC8GAIcvBgDPLwYA2y8GACIwBgApMAYAl/gOAHowBgDIMAYA0DAGABsxBgApMQYAbjEGAG8xBgDBMQYA3DEGAOr4DgAZMgYAZzIGAHQyBgC6MgYAxzIGAA0zBgAZMwYAYDMGAG8zBgCzMwYAvTMGAAY0BgAUNAYAWTQGAF40BgCsNAYAuTQGAP80BgALNQYAUjUGAFg1BgClNQYAqzUGAPg1BgD9NQYASzYGAFE2BgA9+Q4AqzYGAPE2BgDzNgYARDcGAF03BgCXNwYAqDcGAOo3BgD2NwYAPTgGAEU4BgA2+g4AlTgGAOM4BgDrOAYANjkGAE85BgCJOQYAjjkGANw5BgDhOQYALzoGADk6BgCCOgYAhToGANU6BgDfOgYAKDsGAC47BgB7OwYAfTsGAM47BgDPOwYAITwGACk8BgB0PAYAhDwGAMc8BgDNPAYAGj0GAB89BgBtPQYAgz0GAMA9BgDIPQYAEz4GADs+BgBmPgYAiT4GALk+BgDYPgYAifoOABQ/BgDc+g4AcD8GALI/BgDAPwYABUAGABFABgBYQAYAZUAGAKtABgC1QAYA/kAGAAZBBgBRQQYAXEEGAKRBBgCmQQYA90EGAPpBBgBKQgYAUkIGAJ1CBgCjQgYA8EIGAPlCBgBDQwYAUEMGAJZDBgCeQwYA6UMGAO5DBgA8RAYARUQGAI9EBgCZRAYA4kQGAOpEBgA1RQYAOkUGAIhFBgCYRQYA20UGAONFBgAuRgYAMEYGAIFGBgCcRgYA1EYGANZGBgAnRwYANUcGAHpHBgCLRwYAzUcGAM9HBgAgSAYAOUgGAHNIBgCESAYAxkgGANJIBgAZSQYAIUkGAC/7DgBySQYAv0kGAMRJBgASSgYAMkoGAGVKBgBxSgYAuEoGAL5KBgALSwYADksGAF5LBgBmSwYAsUsGALtLBgAETAYACUwGAFdMBgBfTAYAqkwGALRMBgD9TAYA/0wGAFBNBgBhTQYAo00GAMNNBgD2TQYA/k0GAElOBgBTTgYAnE4GAKFOBgCC+w4AA08GAEJPBgBKTwYAlU8GAJpPBgDoTwYA+E8GADtQBgBDUAYAjlAGAJhQBgDhUAYA7FAGADRRBgBAUQYAh1EGAI9RBgDV+w4A5lEGAC1SBgA5UgYAgFIGAIdSBgDTUgYA21IGACZTBgA/UwYAeVMGAH9TBgDMUwYA0VMGAB9UBgA/VAYAclQGAH5UBgDFVAYAy1QGABhVBgAbVQYAKPwOAG1VBgC+VQYAeVUGAFQ4DgDBVQYAEVYGABtWBgBkVgYAclYGALdWBgDGVgYAClcGAA1XBgBdVwYAIlcGAFN8BgAmVwYAaW0GAGlXBgCwVwYAslcGAANYBgAJWAYAVlgGAGVYBgCpWAYAtFgGAPxYBgAEWQYAObsGABZZBgBPWQYAW1kGAKJZBgC1WQYA9VkGAARaBgBIWgYAVFoGAJtaBgCcWgYA7loGAPhaBgBBWwYAT1sGAJRbBgCZWwYA51sGAPRbBgB7/A4AVFwGAI1cBgCcXAYA4FwGAOVcBgAzXQYAQF0GAIZdBgCTXQYA2V0GAOVdBgAsXgYAO14GAH9eBgCJXgYA0l4GAOBeBgAlXwYAKl8GAHhfBgCFXwYAy18GANdfBgAeYAYAJGAGAHFgBgB3YAYAxGAGAMlgBgAXYQYAHWEGAM78DgBrYQYAvWEGAHNhBgDWxggAd2EGALyyCACKYQYAn1MMAMlhBgAQYgYAFmIGAKZ1BwAdYgYAY2IGAGZiBgC2YgYAwmIGAAljBgALYwYAXGMGAGJjBgCvYwYAvmMGAAJkBgANZAYAVWQGAFZkBgCoZAYAvGQGAPtkBgAVZQYATmUGAFplBgChZQYAtGUGAPRlBgADZgYAR2YGAFNmBgCaZgYAm2YGAO1mBgD3ZgYAQGcGAE5nBgCTZwYAmGcGAOZnBgDzZwYAIf0OAFNoBgCMaAYAm2gGAN9oBgDkaAYAMmkGAD9pBgCFaQYAkmkGANhpBgDkaQYAK2oGADpqBgB+agYAiGoGANFqBgDfagYAJGsGAClrBgB3awYAhGsGAMprBgDWawYAHWwGACNsBgBwbAYAdmwGAMNsBgDIbAYAFm0GABxtBgB0/Q4AhW0GAMf9DgDCbQYAD24GABFuBgBibgYAb24GALVuBgC4bgYACG8GAAlvBgBbbwYAYG8GAK5vBgC0bwYAAXAGAAtwBgBUcAYAcHAGAKdwBgDDcAYAGv4OAABxBgBNcQYAT3EGAKBxBgCtcQYA83EGAPZxBgBGcgYAR3IGAJlyBgCecgYA7HIGAPJyBgA/cwYASXMGAJJzBgCucwYA5XMGAAF0BgBt/g4APnQGAIt0BgCRdAYA3nQGAON0BgAxdQYAN3UGAMD+DgCSdQYA13UGAPJ1BgAqdgYAOHYGAH12BgCKdgYA0HYGAOd2BgAjdwYAMncGAHZ3BgB7dwYAyXcGANZ3BgAceAYAKXgGAG94BgB7eAYAwngGANF4BgAVeQYAH3kGAGh5BgB2eQYAu3kGAMB5BgAOegYAG3oGAGF6BgBkegYAtHoGAMB6BgAHewYADXsGAFp7BgBgewYArXsGALJ7BgAAfAYABnwGABP/DgBdfAYApnwGAKx8BgD5fAYA+3wGAEx9BgBZfQYAn30GAKJ9BgDyfQYA830GAEV+BgBKfgYAmH4GAJ5+BgDrfgYA9X4GAD5/BgBYfwYAkX8GAKB/BgDkfwYA6X8GADeABgBEgAYAioAGAJeABgDdgAYA6YAGADCBBgA/gQYAg4EGAI2BBgDWgQYA5IEGACmCBgAuggYAfIIGAImCBgDPggYA2YIGAImMBgDbggYAIoMGACiDBgB1gwYAe4MGAMiDBgDNgwYAG4QGACGEBgBm/w4Ac4QGAMGEBgDOhAYAFIUGACGFBgBnhQYAc4UGALqFBgDJhQYADYYGABeGBgBghgYAboYGALOGBgC4hgYABocGABOHBgBZhwYAYYcGAKyHBgC4hwYA/4cGAAWIBgBSiAYAWIgGAKWIBgCqiAYA+IgGAP6IBgBfAA8ATYkGAJ6JBgCniQYA8YkGAPSJBgBEigYAUIoGAJeKBgCeigYA6ooGAPKKBgA9iwYAVosGAJCLBgCkiwYA44sGAP+LBgA2jAYAPowGAAUBDwCXjAYA3IwGAPKMBgAvjQYAO40GAIKNBgCHjQYA1Y0GAN6NBgAojgYAMo4GAHuOBgCXjgYAzo4GANaOBgBYAQ8AJo8GAHSPBgCBjwYAx48GANSPBgAakAYAJpAGAG2QBgB8kAYAwJAGAMqQBgATkQYAIZEGAGaRBgBrkQYAuZEGAMaRBgAMkgYAFJIGAF+SBgBpkgYAspIGAMCSBgAFkwYAG5MGAFiTBgBkkwYAq5MGALCTBgD+kwYAB5QGAFGUBgBblAYApJQGAKyUBgD3lAYABpUGAEqVBgBMlQYAnZUGAKaVBgDwlQYA85UGAEOWBgBPlgYAlpYGAJ2WBgDplgYA8ZYGADyXBgBVlwYAj5cGAKOXBgDilwYA/pcGADWYBgA9mAYAqwEPAI2YBgDbmAYA6JgGAC6ZBgA7mQYAgZkGAI2ZBgDUmQYA45kGACeaBgAxmgYAepoGAISaBgDNmgYA25oGACCbBgA2mwYAc5sGAH+bBgDGmwYAy5sGABmcBgAinAYAbJwGAHacBgC/nAYAy5wGABKdBgAYnQYAZZ0GAGudBgC4nQYAvZ0GAAueBgARngYA/gEPAGqeBgCxngYAtZ4GAASfBgATnwYAV58GAFyfBgCqnwYAt58GAP2fBgAKoAYAUKAGAFygBgCjoAYAsqAGAPagBgAAoQYASaEGAFehBgCcoQYAoaEGAO+hBgD8oQYAQqIGAE6iBgCVogYAm6IGAOiiBgDuogYAO6MGAECjBgCOowYAlKMGAFECDwDmowYANKQGADukBgCHpAYAk6QGANqkBgDcpAYALaUGAN2kBgCwqgYASKUGAIClBgCCpQYA06UGAOGlBgAmpgYAN6YGAHmmBgB7pgYAzKYGAOWmBgAfpwYAMKcGAHKnBgB+pwYAxacGANGnBgAYqAYAK6gGAGuoBgB6qAYAvqgGAMqoBgARqQYAEqkGAGSpBgBuqQYAt6kGAMWpBgAKqgYAD6oGAF2qBgBqqgYApAIPALKqBgADqwYAHqsGAFarBgBYqwYAqasGALerBgD8qwYADawGAE+sBgBRrAYAoqwGALusBgD1rAYABq0GAEitBgBUrQYAm60GAKetBgDurQYAAa4GAEGuBgBQrgYAlK4GAKCuBgDnrgYA6K4GADqvBgBErwYAja8GAJuvBgDgrwYA5a8GADOwBgBAsAYAnQMPAIuwBgDZsAYA4bAGACyxBgAusQYAf7EGAJCxBgDSsQYA4LEGACWyBgBAsgYAeLIGAISyBgDLsgYA07IGAJYEDwAjswYAcbMGAHizBgDEswYA0LMGABe0BgAatAYAarQGAHK0BgC9tAYAzbQGABC1BgAVtQYAY7UGAGy1BgC2tQYAw7UGAAm2BgAQtgYAXLYGAGS2BgDpBA8AvLYGAAK3BgAKtwYAVbcGAGm3BgCotwYArbcGAPu3BgAEuAYATrgGAFS4BgChuAYAqbgGAPS4BgADuQYAR7kGAFi5BgCauQYAo7kGAO25BgDwuQYAQLoGAEq6BgCTugYAn7oGAOa6BgDsugYAPAUPAEa7BgCMuwYAkbsGAN+7BgDmuwYAMrwGAD68BgCFvAYAjbwGAI8FDwDzvAYAK70GAC29BgB+vQYAjL0GANG9BgDivQYAJL4GACa+BgB3vgYAkL4GAMq+BgDbvgYAHb8GACm/BgDiBQ8Af78GAMO/BgDSvwYAFsAGAB/ABgBpwAYAb8AGALzABgDCwAYAD8EGABvBBgBiwQYAacEGALXBBgC9wQYACMIGAAzCBgBbwgYAZsIGAK7CBgC8wgYAAcMGABLDBgBUwwYAYMMGAKfDBgCvwwYANQYPAP3DBgBNxAYAV8QGAKDEBgCixAYA88QGAAzFBgBGxQYAV8UGAJnFBgCnxQYA7MUGAO/FBgA/xgYASsYGAJLGBgCgxgYA5cYGAPLGBgA4xwYAT8cGAIvHBgCTxwYA3scGAODHBgAxyAYAOcgGAITIBgCTyAYA18gGANzIBgAqyQYAN8kGAH3JBgCKyQYA0MkGANzJBgAjygYAMsoGAHbKBgCAygYAycoGANfKBgAcywYAIcsGAG/LBgB8ywYAwssGAMrLBgAVzAYAH8wGAGjMBgBtzAYAu8wGAMPMBgAOzQYAEc0GAGHNBgB+zQYAtM0GAMXNBgAHzgYAD84GAFrOBgBdzgYArc4GALnOBgAAzwYABs8GAFPPBgBuzwYAps8GALLPBgD5zwYA/88GAIgGDwBb0AYAn9AGAKDQBgDy0AYAKNEGAEXRBgBT0QYAmNEGAJnRBgDr0QYA89EGAD7SBgBN0gYAkdIGAJbSBgDk0gYA8dIGADfTBgBE0wYAitMGAJbTBgDd0wYA7NMGADDUBgA61AYAg9QGAJHUBgDW1AYA29QGACnVBgA21QYAfNUGAITVBgDP1QYA2dUGACLWBgAn1gYAddYGAH3WBgDI1gYA0tYGABvXBgAm1wYAbtcGAHrXBgDB1wYAydcGANsGDwAZ2AYAZ9gGAGrYBgC62AYAxNgGAA3ZBgAV2QYALgcPAG7ZBgCz2QYAydkGAAbaBgAS2gYAWdoGAF7aBgCs2gYAtdoGAP/aBgAJ2wYAUtsGAFrbBgCl2wYAsdsGAPjbBgAL3AYAS9wGAEzcBgCe3AYArNwGAPHcBgD33AYARN0GAFDdBgCX3QYAnt0GAIEHDwDr3QYAPd4GAEneBgCQ3gYAnd4GAOPeBgDr3gYANt8GAEDfBgCJ3wYAmN8GANzfBgDd3wYAL+AGADfgBgCC4AYAkeAGANXgBgDa4AYAKOEGADXhBgB74QYAiOEGAM7hBgDa4QYAIeIGADDiBgB04gYAfuIGAMfiBgDV4gYAGuMGAB/jBgBt4wYAeuMGAMDjBgDI4wYAE+QGABfkBgBm5AYAdOQGALnkBgDD5AYADOUGABflBgBf5QYAZ+UGALLlBgC95QYABeYGAArmBgBY5gYAW+YGAKvmBgC15gYA/uYGAAbnBgBR5wYAcOcGANQHDwCm5wYA9+cGAPjnBgBK6AYAVOgGAJ3oBgCr6AYA8OgGAAvpBgBD6QYAT+kGAJbpBgCe6QYAJwgPAPXpBgA86gYAQuoGAI/qBgCq6gYA4uoGAO7qBgA16wYAO+sGAIjrBgCQ6wYA2+sGAOnrBgAu7AYAMewGAIHsBgCJ7AYA1OwGAN3sBgAn7QYANO0GAHrtBgB87QYAze0GAOjtBgAg7gYAIu4GAHPuBgCB7gYAxu4GANfuBgAZ7wYAG+8GAGzvBgCF7wYAv+8GANDvBgAS8AYAHvAGAGXwBgBt8AYAeggPAL7wBgAL8QYAE/EGAF7xBgBl8QYAsfEGALbxBgAE8gYAEPIGAFfyBgBa8gYAqvIGALLyBgD98gYACvMGAFDzBgBV8wYAo/MGAK3zBgD28wYA/vMGAEn0BgBV9AYAnPQGAK/0BgDv9AYA/fQGAEL1BgBF9QYAlfUGAJ/1BgDNCA8A6/UGADv2BgBD9gYAjvYGAJH2BgDh9gYA7fYGADT3BgA69wYAh/cGAKL3BgDa9wYA5vcGAC34BgAz+AYAgPgGAIj4BgDT+AYA4fgGACb5BgAp+QYAefkGAIH5BgDM+QYA1fkGAB/6BgAs+gYAcvoGAHT6BgDF+gYA4PoGABj7BgAa+wYAa/sGAHn7BgC++wYAz/sGABH8BgAT/AYAZPwGAH38BgC3/AYAyPwGAAr9BgAW/QYAXf0GAGX9BgAgCQ8Atv0GAAP+BgAL/gYAVv4GAF3+BgCp/gYArv4GAPz+BgAI/wYAT/8GAFL/BgCi/wYAqv8GAPX/BgACAAcASAAHAE0ABwCbAAcApQAHAO4ABwD2AAcAQQEHAE0BBwCUAQcApwEHAOcBBwD1AQcAOgIHAD0CBwCNAgcAlwIHAHMJDwDjAgcAMwMHAD8DBwCGAwcAjAMHANkDBwD0AwcALAQHADgEBwB/BAcAhQQHANIEBwDaBAcAJQUHADMFBwB4BQcAewUHAMsFBwDTBQcAHgYHACcGBwBxBgcAfgYHAMQGBwDGBgcAFwcHADIHBwBqBwcAbAcHAL0HBwDLBwcAEAgHACEIBwBjCAcAZQgHALYIBwDPCAcACQkHABoJBwBcCQcAaAkHAK8JBwC3CQcAxgkPAAgKBwBVCgcAXQoHAKgKBwCvCgcA+woHAAALBwBOCwcAWgsHAKELBwCkCwcA9AsHAPwLBwBHDAcAVAwHAJoMBwCfDAcA7QwHAPcMBwBADQcASA0HAJMNBwCfDQcA5g0HAPkNBwA5DgcARw4HAIwOBwCPDgcA3w4HAOkOBwAZCg8ANA8HAIUPBwA3DwcA8hwIADsPBwBU5Q0APg8HALoBDQBADwcAKIAIAI8PBwB7XQ0Alg8HANgPBwDpDwcAKxAHADkQBwB+EAcAmhAHANEQBwDtEAcAbAoPADIRBwB3EQcAhBEHAMoRBwDhEQcAHRIHACkSBwBwEgcAdhIHAMMSBwDJEgcAFhMHABsTBwBpEwcAbxMHAL8KDwDBEwcADxQHABcUBwBiFAcAZRQHALUUBwDBFAcACBUHAA4VBwBbFQcAdhUHAK4VBwC6FQcAARYHAAcWBwBUFgcAXBYHAKcWBwCpFgcA+hYHABUXBwBNFwcATxcHAKAXBwCuFwcA8xcHAAQYBwBGGAcASBgHAJkYBwCyGAcA7BgHAP0YBwA/GQcASxkHALgLDwCoGQcA5RkHAPQZBwA4GgcADhoHABUfBwA6GgcAixoHAJoaBwDeGgcA6RoHADEbBwA9GwcAhBsHAIcbBwDXGwcAixsHAHwoBwCgGwcAUyIHAOMbBwAqHAcAMBwHAH0cBwCYHAcA0BwHANwcBwAjHQcAKR0HAHYdBwCCHQcAyR0HAM8dBwAcHgcAIh4HAG8eBwB0HgcAwh4HAMgeBwALDA8AGB8HAGgfBwCEHwcAux8HAMMfBwAEDQ8AGiAHAGEgBwBnIAcAtCAHAM8gBwAHIQcAEyEHAFohBwBgIQcArSEHALUhBwAAIgcAISIHAFcNDwBbIgcAqg0PAKsiBwD5IgcABiMHAEwjBwBZIwcAnyMHAKsjBwDyIwcAASQHAEUkBwBPJAcAmCQHAKAkBwDrJAcA9SQHAD4lBwBMJQcAkSUHAKclBwDkJQcA8CUHADcmBwA8JgcAiiYHAJMmBwDdJgcA5yYHADAnBwA4JwcAgycHAI0nBwDWJwcA2ycHACkoBwAxKAcA/Q0PAIgoBwDPKAcA4igHACIpBwAxKQcAdSkHAIEpBwDIKQcAySkHABsqBwAlKgcAbioHAHwqBwDBKgcAxioHABQrBwAhKwcAUA4PAHIrBwC6KwcAxisHAA0sBwATLAcAYCwHAGwsBwCzLAcAuywHAEkPDwAJLQcAWS0HAGEtBwCsLQcAuS0HAP8tBwAELgcAUi4HAFouBwClLgcApy4HAPguBwATLwcASy8HAE0vBwCeLwcArC8HAPEvBwACMAcARDAHAEYwBwCXMAcAsDAHAOowBwD7MAcAPTEHAEkxBwCQMQcAmDEHAJwPDwDoMQcANjIHAEMyBwCJMgcAljIHANwyBwDoMgcALzMHAD4zBwCCMwcAjDMHANUzBwDjMwcAKDQHAC00BwB7NAcAiDQHAM40BwDWNAcAITUHACM1BwB0NQcAfjUHAMc1BwDPNQcA7w8PACU2BwBtNgcAezYHAMA2BwDDNgcAEzcHABs3BwBmNwcAfDcHALk3BwC+NwcADDgHACI4BwBfOAcAazgHALI4BwC/OAcABTkHAA85BwBCEA8AZjkHAKs5BwDEOQcA/jkHABQ6BwBROgcAYDoHAKQ6BwC+OgcA9zoHAPo6BwDUPwcAAjsHALFEBwAGOwcASjsHAE87BwCdOwcAqjsHAPA7BwD9OwcAQzwHAE88BwCWPAcApTwHAOk8BwDzPAcAPD0HAEo9BwCPPQcAlD0HAOI9BwDvPQcANT4HAEE+BwCIPgcAjj4HANs+BwDhPgcALj8HADM/BwCBPwcAhz8HAJUQDwDgPwcAJ0AHAC1ABwB6QAcAlUAHAM1ABwDZQAcAIEEHACZBBwBzQQcAekEHAMZBBwDLQQcAZUMHANJBBwAZQgcAG0IHAGxCBwBzQgcAv0IHANtCBwASQwcAGkMHAI4RDwBpQwcAuEMHAMVDBwALRAcAJ0QHAF5EBwBmRAcA4REPALZEBwAERQcAB0UHAFdFBwBhRQcAqkUHALtFBwD9RQcAAkYHAFBGBwBVRgcAo0YHAMNGBwD2RgcA/0YHAElHBwBKRwcAnEcHAKhHBwDvRwcA9UcHAEJIBwBISAcAlUgHAJpIBwDoSAcA7kgHADQSDwA9SQcAjkkHAJRJBwDhSQcAAUoHADRKBwBASgcAh0oHAI5KBwDaSgcA4koHAC1LBwA0SwcAgEsHAIxLBwDTSwcA1UsHACZMBwAtTAcALRMPAHtMBwDMTAcAz0wHAB9NBwAnTQcAck0HAIJNBwDFTQcAx00HABhOBwAmTgcAa04HAHxOBwCAEw8AxU4HANMTDwAeTwcAZE8HAGtPBwC3TwcAv08HAApQBwAYUAcAXVAHAGBQBwCwUAcAuFAHAANRBwAKUQcAVlEHAGRRBwCpUQcArFEHAPxRBwD+UQcAT1IHAGhSBwCiUgcAs1IHAPVSBwABUwcASFMHAE9TBwCbUwcAo1MHAO5TBwD3UwcAQVQHAE5UBwCUVAcAnlQHAOdUBwD1VAcAOlUHAEtVBwCNVQcAlVUHAOBVBwDqVQcAM1YHAEFWBwCGVgcAnFYHANlWBwDlVgcALFcHADNXBwB/VwcAh1cHANJXBwDYVwcAJVgHADFYBwB4WAcAglgHAMtYBwDRWAcAHlkHADJZBwB5FA8Ac1kHAMRZBwDSWQcAF1oHAChaBwDMFA8AcFoHAL1aBwDJWgcAHxUPABFbBwBjWwcAb1sHALZbBwDDWwcACVwHABFcBwBcXAcAZVwHAK9cBwC8XAcAAl0HABBdBwBVXQcAaF0HAKhdBwCwXQcA+10HAP5dBwBOXgcAU14HAKFeBwCwXgcA9F4HABRfBwBHXwcAU18HAJpfBwCkXwcAchUPAPdfBwBAYAcAQmAHAJNgBwCdYAcA5mAHAO9gBwA5YQcAPGEHAIxhBwCUYQcA32EHABNiBwDFFQ8APmIHAIViBwCUYgcA2GIHAPhiBwArYwcAN2MHAH5jBwCFYwcA0WMHANZjBwAkZAcAJWQHAHdkBwCDZAcAymQHANBkBwAdZQcAH2UHAHBlBwB6ZQcAw2UHANFlBwAWZgcAG2YHAGlmBwB2ZgcAvGYHAMZmBwAPZwcAHWcHAGJnBwB4ZwcAtWcHAMFnBwAIaAcADWgHAFtoBwBkaAcArmgHALhoBwABaQcADWkHAFRpBwBnaQcAp2kHALZpBwD6aQcABmoHAE1qBwBOagcAoGoHAKpqBwDzagcAAWsHAEZrBwBLawcAmWsHAKZrBwAYFg8A+msHAD9sBwBVbAcAkmwHAJ5sBwDlbAcA7GwHADhtBwBAbQcAi20HAJBtBwDebQcA520HADFuBwA7bgcAhG4HAIxuBwDXbgcA224HACpvBwAsbwcAfW8HAItvBwDQbwcA2m8HACNwBwAxcAcAdnAHAINwBwDJcAcA4HAHABxxBwAkcQcAb3EHAH9xBwDCcQcAx3EHABVyBwAbcgcAaHIHAHByBwC7cgcAwHIHAA5zBwAPcwcAYXMHAG1zBwC0cwcAunMHAAd0BwAJdAcAWnQHAGR0BwCtdAcAu3QHAAB1BwAFdQcAU3UHAGB1BwARFw8AqHUHAPl1BwADdgcATHYHAFp2BwCfdgcApHYHAPJ2BwD/dgcARXcHAEd3BwCCJQkAT3cHAJh3BwCmdwcA63cHAAF4BwA+eAcASngHAJF4BwCWeAcA5HgHAO14BwA3eQcAQXkHAIp5BwCWeQcA3XkHAPB5BwAwegcAP3oHAIN6BwCPegcA1noHANd6BwApewcAM3sHAHx7BwCKewcAz3sHANR7BwAifAcAL3wHAGQXDwB+fAcAyHwHANJ8BwAbfQcAHX0HAG59BwB4fQcAwX0HAM19BwAUfgcAHH4HAF0YDwBofgcAun4HAMZ+BwANfwcAE38HAGB/BwBifwcAs38HAL1/BwAGgAcAFIAHAFmABwBegAcArIAHALmABwD/gAcAB4EHAFKBBwBcgQcApYEHALOBBwD4gQcADoIHAEuCBwBXggcAnoIHAKWCBwDxggcA+YIHAESDBwBJgwcAl4MHAKCDBwDqgwcA9IMHAD2EBwBShAcAkIQHAJmEBwDjhAcA8IQHADaFBwA4hQcAiYUHAKKFBwDchQcA7YUHAC+GBwA7hgcAgoYHAIqGBwCwGA8A2oYHACiHBwAwhwcAe4cHAJGHBwDOhwcA04cHACGIBwAoiAcAdIgHAIKIBwDHiAcA14gHABqJBwAuiQcAbYkHAHWJBwDAiQcAz4kHABOKBwAYigcAZooHAG+KBwC5igcAxooHAAyLBwAWiwcAX4sHAGuLBwCyiwcAuIsHAAMZDwATjAcAWIwHAG6MBwCrjAcAt4wHAP6MBwADjQcAUY0HAFqNBwCkjQcAro0HAPeNBwD/jQcASo4HAE6OBwCdjgcAn44HAPCOBwD+jgcAQ48HAE2PBwCWjwcApI8HAOmPBwD2jwcAPJAHAFOQBwCPkAcAl5AHAOKQBwDykAcANZEHADqRBwCIkQcAjpEHANuRBwDjkQcALpIHAEmSBwCBkgcAg5IHANSSBwDlkgcAJ5MHADCTBwB6kwcAhpMHAFYZDwDSkwcAIJQHACOUBwBzlAcAfZQHAMaUBwDIlAcAGZUHADSVBwBslQcAbpUHAL+VBwDNlQcAEpYHACOWBwBllgcAZ5YHALiWBwDRlgcAC5cHAByXBwBelwcAapcHAKkZDwDOlwcABJgHABWYBwBXmAcAc5gHAKqYBwCymAcA/BkPAAKZBwBQmQcAWJkHAKOZBwCumQcA9pkHAPuZBwBJmgcATJoHAJyaBwCmmgcA75oHAPKaBwBCmwcASpsHAJWbBwCXmwcA6JsHAAOcBwA7nAcAPZwHAI6cBwCcnAcA4ZwHAPKcBwA0nQcANp0HAIedBwCgnQcA2p0HAOudBwAtngcAOZ4HAICeBwCIngcATxoPAOCeBwAmnwcALp8HAHmfBwCDnwcAzJ8HANefBwAfoAcAK6AHAHKgBwB6oAcAohoPAMqgBwAYoQcAHaEHAGuhBwB8oQcA9RoPAMuhBwARogcAE6IHAGSiBwB9ogcAt6IHAMiiBwAKowcAFqMHAF2jBwBlowcASBsPALWjBwADpAcAC6QHAFakBwBlpAcAqaQHAK+kBwD8pAcACKUHAE+lBwBRpQcAoqUHAKylBwD1pQcAAaYHAEimBwBQpgcAmxsPAKemBwDupgcA8aYHAEGnBwBEpwcAlKcHAKKnBwDnpwcA7KcHADqoBwBHqAcA7hsPAJ6oBwDgqAcA6KgHADOpBwDtqAcAR7IHAD6pBwCGqQcAi6kHANmpBwDcqQcALKoHADaqBwB/qgcAoqoHANKqBwDVqgcAJasHAEmrBwB4qwcAgKsHAEEcDwDRqwcAHqwHACysBwBxrAcAfawHAMSsBwDLrAcAF60HAB+tBwBqrQcAeq0HAL2tBwDCrQcAEK4HABauBwBjrgcAa64HALauBwDTrgcACa8HABKvBwBcrwcAaK8HAK+vBwC1rwcAArAHABawBwBVsAcAXbAHAKiwBwC4sAcA+7AHAP2wBwBOsQcAXLEHAKGxBwCysQcAlBwPAPuxBwDnHA8ATLIHAJqyBwChsgcA7bIHAPmyBwBAswcAQ7MHAJOzBwCjswcA5rMHAOizBwA5tAcAR7QHAIy0BwCdtAcAOh0PAOa0BwCNHQ8ARbUHAIW1BwCUtQcA2LUHAOS1BwArtgcALLYHAH62BwCItgcA0bYHAN+2BwAktwcAKbcHAHe3BwCEtwcA4B0PAM+3BwAduAcAJrgHAHC4BwCBuAcAw7gHAMq4BwAWuQcAHrkHAGm5BwB2uQcAvLkHAMG5BwAPugcAGboHAGK6BwBqugcAtboHALu6BwAIuwcAFLsHAFu7BwBduwcArrsHAL27BwABvAcADLwHAFS8BwBcvAcAp7wHAKm8BwD6vAcAB70HAE29BwBhvQcAoL0HAKi9BwDzvQcAAr4HAEa+BwBLvgcAmb4HAKa+BwDsvgcA9r4HAD+/BwBBvwcAkr8HAKG/BwDlvwcA778HADjABwBAwAcAi8AHAIzABwDewAcA48AHADHBBwA/wQcAhMEHAJHBBwDXwQcA4cEHANkeDwAtwgcAfcIHAInCBwBn0QcAmcIHANDCBwDYwgcALB8PACjDBwB2wwcAfsMHAMnDBwDMwwcAHMQHACjEBwBvxAcAdcQHAMLEBwDdxAcAFcUHACHFBwBoxQcAbsUHALvFBwC+xQcADsYHABbGBwBhxgcAY8YHALTGBwDPxgcAB8cHAAnHBwBaxwcAaMcHAK3HBwC+xwcAAMgHAALIBwBTyAcAbMgHAKbIBwC3yAcA+cgHAAXJBwBMyQcAVMkHAH8fDwCkyQcA8skHAPjJBwBFygcATcoHAJjKBwCnygcA68oHAPDKBwA+ywcAS8sHAJHLBwCeywcA5MsHAPDLBwA3zAcARswHAIrMBwCUzAcA3cwHAOvMBwAwzQcANc0HAIPNBwCQzQcA0h8PAOLNBwApzgcAL84HAHzOBwCXzgcAz84HANvOBwAizwcAKM8HAHXPBwB4zwcAyM8HANTPBwAb0AcAIdAHAG7QBwB00AcAwdAHAMbQBwAU0QcAGtEHACUgDwBt0QcAutEHAMDRBwAN0gcAEtIHAGDSBwBm0gcAeCAPALjSBwAG0wcAE9MHAFnTBwBm0wcArNMHALjTBwD/0wcADtQHAFLUBwBc1AcApdQHALPUBwD41AcA/dQHAEvVBwBY1QcAntUHALbVBwDx1QcA99UHAETWBwBQ1gcAl9YHAKfWBwDq1gcA89YHAD3XBwBA1wcAkNcHAJzXBwDj1wcA6tcHAHEhDwA42AcAidgHAJPYBwDc2AcA39gHAC/ZBwA32QcAgtkHAIXZBwDV2QcA4dkHACjaBwAu2gcAe9oHAJbaBwDO2gcA2toHACHbBwAn2wcAxCEPAJTbBwDH2wcA0tsHABrcBwAf3AcAbdwHAHbcBwDA3AcAw9wHABPdBwAf3QcAZt0HAHLdBwDG5wcAft0HALndBwDA3QcADN4HABLeBwBf3gcAbd4HALLeBwDN3gcABd8HABHfBwBY3wcAXt8HAKvfBwDF3wcA/t8HAArgBwBR4AcAV+AHAKTgBwCq4AcA9+AHAPzgBwBK4QcAUOEHABciDwCq4QcA8OEHAPzhBwBD4gcATeIHAJbiBwCa4gcA6eIHAO7iBwA84wcAQuMHAI/jBwCv4wcA4uMHAO7jBwA15AcAO+QHAIjkBwCO5AcA2+QHAODkBwAu5QcANOUHAL0iDwCG5QcA1OUHANvlBwAn5gcAM+YHAHrmBwCW5gcAzeYHANXmBwC2Iw8AV+cHAHPnBwCZ5wcACSQPANnnBwAZ6AcAKOgHAGzoBwB46AcAv+gHAMDoBwAS6QcAHOkHAGXpBwBz6QcAuOkHAL3pBwAL6gcAGOoHAFwkDwBm6gcAVSUPALbqBwAE6wcAEesHAFfrBwBk6wcAqusHALbrBwD96wcADOwHAFDsBwBa7AcAo+wHALHsBwD27AcA++wHAEntBwBW7QcAnO0HAKTtBwDv7QcA9e0HAELuBwBO7gcAle4HAKXuBwDo7gcA8e4HADvvBwA+7wcAju8HAJrvBwDh7wcA6O8HAKglDwA/8AcAh/AHAJPwBwDa8AcA4vAHAPslDwA68QcAgPEHAIfxBwDT8QcA1PEHACbyBwAr8gcAefIHAIfyBwDM8gcA2fIHAB/zBwAp8wcAcvMHAHrzBwDF8wcAzvMHABj0BwAe9AcAa/QHAHz0BwC+9AcA2vQHABH1BwAZ9QcATiYPAG/1BwC39QcAwfUHAAr2BwAU9gcAXfYHAF72BwChJg8AtfYHAAP3BwAQ9wcAVvcHAGP3BwCp9wcAtfcHAPz3BwAL+AcAT/gHAFn4BwCi+AcAqvgHAPX4BwD/+AcASPkHAE35BwCb+QcAo/kHAPQmDwD5+QcAQfoHAE36BwCU+gcAnPoHAEcnDwDs+gcAOvsHAEn7BwCN+wcArfsHAOD7BwDs+wcAM/wHADn8BwCG/AcAjvwHANn8BwDg/AcALP0HAC79BwB//QcAi/0HANL9BwDo/QcAJf4HACr+BwB4/gcAhf4HAJonDwDQ/gcAHv8HAC3/BwBx/wcAkf8HAMT/BwDQ/wcAFwAIAB0ACABqAAgAcgAIAL0ACADEAAgAEAEIABIBCABjAQgAbwEIALYBCADMAQgACQIIAA4CCABcAggAaQIIAK8CCAC3AggAAgMIAAgDCABVAwgAXgMIAKgDCAC1AwgA+wMIAAgECABOBAgAXAQIAKEECACuBAgA9AQIAAsFCABHBQgAdQUIAO0nDwCgBQgA7QUIAKcFCADbFA0AAwYIAEAGCABOBggAkwYIAJYGCADmBggA6QYIADkHCABHBwgAjAcIAJEHCADfBwgA7AcIADIICAA6CAgAhQgIAIwICADYCAgA5AgIACsJCAA4CQgAfgkIAIwJCADRCQgA3QkIACQKCAArCggAdwoIAH8KCADKCggAzgoIAB0LCAAoCwgAcAsIAH4LCADDCwgA1AsIABYMCAAiDAgAaQwIAHEMCABAKA8AwgwIAA8NCAAjDQgAYg0IAHANCAC1DQgAwg0IAAgOCAAfDggAWw4IAGMOCACuDggAuA4IAAEPCAAGDwgAVA8IAFwPCACnDwgAtg8IAPoPCAD/DwgATRAIAFoQCACgEAgArRAIAPMQCAD/EAgARhEIAFURCACZEQgAoxEIAOwRCAD0EQgAPxIIAEkSCACSEggAlxIIAOUSCADtEggAkygPAEMTCACLEwgAlxMIAN4TCADmEwgA5igPADYUCACEFAgAkxQIANcUCAD3FAgAKhUIADYVCAB9FQgAgxUIANAVCADYFQgAIxYIACoWCAB2FggAeBYIAMkWCADVFggAHBcIADIXCABvFwgAdBcIAMIXCADPFwgAOSkPAB4YCABoGAgAbhgIALsYCADJGAgADhkIABsZCABhGQgAeBkIALQZCAC8GQgABxoIABYaCABaGggAXxoIAK0aCAC6GggAABsIAA0bCABTGwgAXxsIAKYbCAC1GwgA+RsIAAMcCABMHAgAaBwIAJ8cCACnHAgAjCkPAP8cCABk2QsAAR0IAEUdCABPHQgACi0MAGUdCACYHQgApB0IAOsdCADxHQgAPh4IAEYeCABwXggASh4IAJEeCABYHggACkkIAKQeCADkHggA8x4IADcfCABDHwgAih8IAIsfCADdHwgA5x8IADAgCAA+IAgAgyAIAIggCADWIAgA4yAIAN8pDwAvIQgAfCEIAIIhCADPIQgA1CEIACIiCAAoIggA2CoPAIAiCADIIggA1iIIABsjCAAsIwgAbiMIAHojCADBIwgAySMIAH4rDwAgJAgAZyQIAHEkCAC6JAgAySQIAA0lCAAYJQgAYCUIAG4lCACzJQgAwCUIAAYmCAAdJggAWSYIAGEmCACsJggAryYIAP8mCAALJwgAUicIAFgnCAClJwgAwCcIAPgnCAAEKAgASygIAFEoCACeKAgApigIAPEoCADzKAgARCkIAEUpCACXKQgApSkIAOopCADyKQgAPSoIAFgqCACQKggAnCoIAOMqCADpKggANisIADkrCACJKwgAlysIANwrCADhKwgALywIADwsCADRKw8AjywIAB8qDACTLAgA1SwIAJUsCACiggwA4SwIACgtCAA1LQgAey0IAIAtCADOLQgA2C0IACEuCAAxLggAdC4IAHkuCADHLggA0C4IABovCAAnLwgAbS8IAHQvCADALwgAzC8IABMwCAAZMAgAZjAIAGwwCAC5MAgAvjAIAAwxCAASMQgAJCwPAGsxCACyMQgAuDEIAAUyCAALMggAWDIIAGUyCACrMggAsDIIAP4yCAAGMwgAUTMIAIYzCACkMwgA1DMIAPczCAD/MwgASjQIAFc0CACdNAgAojQIAPA0CAD4NAgAQzUIAEY1CACWNQgAnzUIAOk1CAD4NQgAPDYIAEc2CACPNggAlzYIAOI2CADyNggANTcIAEM3CACINwgAmTcIANs3CADnNwgALjgIADY4CAAdLQ8AhzgIANQ4CADcOAgAJzkIAC45CAB6OQgAiDkIAM05CADTOQgAIDoIACw6CABzOggAgjoIAMY6CADQOggAGTsIAB47CABsOwgAcjsIAL87CADTOwgAcC0PAB88CABlPAgAITwIAOp8CABqPAgAuDwIAMQ8CAALPQgAGD0IAF49CABoPQgAwy0PAMw9CAAEPggABj4IAFc+CABdPggAqj4IAOA+CAD9PggAAz8IAFA/CABZPwgAoz8IALA/CAD2PwgALEAIAElACABQQAgAnEAIAKFACADvQAgA/kAIAEJBCABiQQgAlUEIAKFBCADoQQgA7kEIADtCCABVQggAjkIIAJFCCADhQggA5kIIADRDCABDQwgAh0MIAKdDCABpLg8A+kMIAC1ECAA5RAgAgEQIAIpECADTRAgA30QIAO7yCADgRAgAJkUIACtFCAB5RQgAg0UIAMxFCADcRQgAH0YIACRGCAByRggAe0YIAMVGCADSRggAGEcIAB9HCABrRwgAd0cIAL5HCADERwgAEUgIABdICABkSAgAaUgIALdICAC9SAgAvC4PAA1JCABdSQgAYkkIALBJCAC/SQgAA0oIACNKCABiLw8AZEoIAKlKCAC2SggA/EoIAANLCABPSwgAV0sIAKJLCACkSwgA9UsIAKlLCABgvQoAuUsIAFCECgD7SwgA86gKAP1LCABITAgATEwIABBUCABeTAgAfGYKAGNMCACbTAgAnUwIAO5MCAD/TAgAQU0IAE9NCACUTQgAm00IAOdNCADvTQgAOk4IAEFOCACNTggAkk4IAOBOCADvTggAM08IAFNPCACGTwgAkk8IANlPCADfTwgALFAIADRQCAB/UAgAi1AIANJQCADfUAgAJVEIAEBRCAB4UQgAhlEIAMtRCADRUQgAHlIIACNSCABxUggAflIIAMRSCADaUggAF1MIACNTCABqUwgAd1MIAL1TCADHUwgAtS8PABVUCABjVAgAaVQIALZUCADWVAgACVUIABdVCABcVQgAaVUIAK9VCADGVQgAAlYIAApWCABVVggAZFYIAKhWCACtVggA+1YIAAhXCABOVwgAWFcIAKFXCACjVwgA9FcIAAJYCABHWAgAVFgIAJpYCACmWAgA7VgIAPNYCABAWQgASFkIAJNZCACZWQgA5lkIAO9ZCAA5WggARloIAIxaCACWWggA31oIAO1aCAAyWwgASFsIAIVbCACRWwgA2FsIAOBbCAAIMA8ANVwIAH5cCACEXAgA0VwIANNcCAAkXQgALl0IAHddCACDXQgAyl0IAOFdCAAdXggAMV4IAFswDwB+XggAw14IAMZeCAAWXwgAHl8IAGlfCAB1XwgAvF8IAMpfCAAPYAgAGWAIAGJgCABtYAgAtWAIAMFgCAAIYQgADmEIAFthCABjYQgArmEIALthCAABYggABmIIAFRiCABeYggAp2IIAK9iCAD6YggAAGMIAE1jCABWYwgAoGMIAK1jCADzYwgAAGQIAEZkCABUZAgAmWQIAKZkCADsZAgAA2UIAD9lCABHZQgAkmUIAJdlCADlZQgA62UIADhmCABAZggAi2YIAKFmCADeZggA7GYIADFnCAA0ZwgAhGcIAJNnCADXZwgA3GcIACpoCAA3aAgAfWgIAI1oCADQaAgA3mgIACNpCAA6aQgAdmkIAH9pCADJaQgAz2kIABxqCAAoaggAb2oIAHZqCACuMA8AzmoIABVrCAAXawgAaGsIAHJrCAC7awgAx2sIAA5sCAAWbAgAATEPAGZsCAC0bAgAw2wIAAdtCAAnbQgAWm0IAGZtCACtbQgAs20IAABuCAAIbggAU24IAFRuCACmbggArG4IAPluCAD+bggATG8IAGdvCACfbwgArW8IAPJvCAD5bwgARXAIAFFwCACYcAgAnnAIAFQxDwDwcAgAPnEIAEhxCACRcQgAonEIAORxCADwcQgAN3IIADpyCACKcggAjXIIAN1yCADlcggAMHMIADdzCACDcwgAiHMIANZzCADlcwgAKXQIAEl0CAB8dAgAiHQIAM90CADVdAgAInUIACp1CAB1dQgAgnUIAMh1CADNdQgAG3YIACV2CABudggAdnYIAMF2CADRdggAFHcIABl3CABndwgAcHcIALp3CADHdwgADXgIABR4CACnMQ8AZXgIALN4CADCeAgABnkIACZ5CABZeQgAZXkIAKx5CACyeQgA/3kIAAd6CABSeggAXnoIAKV6CACyeggA+HoIAP96CABLewgATHsIAJ57CACjewgA8XsIAP97CABEfAgAUXwIAJd8CAChfAgA+jEPAO98CAA9fQgASn0IAJB9CACdfQgA430IAOl9CAA2fggAQn4IAIl+CACZfggA3H4IAOV+CAAvfwgAMn8IAIJ/CACOfwgA1X8IANx/CABNMg8AKoAIAHuACAAvgAgAXnsLADiACAA8uQ0AjIAIAM6ACADWgAgAIYEIACuBCAB0gQgAg4EIAMeBCADIgQgAGoIIACKCCADzMg8AdYIIAEYzDwDfgggA7DMPADGDCABmgwgANoMIAF3vCAA7gwgA0qMIAG6DCAC5gwgAyIMIAAyECAARhAgAX4QIAGyECACyhAgAv4QIAAWFCAARhQgAWIUIAGeFCACrhQgAtYUIAP6FCAAhhggAUYYIAIaGCACkhggAyIYIAPeGCAD/hggAPzQPAE+HCACdhwgAo4cIAPCHCAD4hwgAkjQPAFGICACWiAgAsYgIAOmICAD1iAgAPIkIAE2JCACPiQgAo4kIAOKJCADqiQgANYoIADuKCACIiggAlIoIANuKCADriggALosIADeLCACBiwgAhIsIANSLCADgiwgAJ4wIAC6MCADlNA8AiIwIAM2MCADXjAgAODUPACWNCABzjQgAgI0IAMaNCADTjQgAGY4IACWOCABsjggAe44IAL+OCADJjggAEo8IACCPCABljwgAao8IALiPCADFjwgAC5AIABOQCABekAgAZJAIALGQCAC9kAgABJEIABSRCABXkQgAYJEIAKqRCACtkQgA/ZEIAAmSCABQkggAV5IIAIs1DwCykggA9pIIAPuSCABJkwgAVpMIAJyTCACpkwgA75MIAPWTCABClAgATpQIAJWUCACllAgA6JQIAPGUCAA7lQgAPpUIAI6VCACalQgA4ZUIAOiVCADeNQ8AOZYIAIeWCACUlggA2pYIAPiWCAAtlwgAOZcIAICXCACTlwgA05cIAOGXCAAmmAgAKZgIAHmYCACDmAgAzJgIANqYCAAfmQgALJkIAHKZCACJmQgAxZkIAM2ZCAAYmggAH5oIAGuaCABwmggAvpoIANSaCAARmwgAE5sIAGSbCABymwgAt5sIAMSbCAAxNg8AEpwIAIQ2DwBinAgAsJwIAL2cCAADnQgAEJ0IAFadCABinQgAqZ0IALidCAD8nQgABp4IAE+eCABdnggAop4IAKeeCAD1nggAAp8IAEifCABQnwgAm58IAKGfCADunwgA+p8IAEGgCABRoAgAlKAIAJ2gCADnoAgA6qAIADqhCABGoQgAjaEIAJShCADXNg8A7KEIADOiCABDoggAhqIIAI+iCADZoggA3KIIACyjCAA4owgAf6MIAIajCAAqNw8A26MIABCnCADcowgAJaQIADSkCAB4pAgANqQIAMSlCAB5pAgAy6QIAOekCAAepQgAVKUIAHGlCACnpQgAfTcPAMelCAAXpggAM6YIAGqmCACgpggAvaYIAPOmCADQNw8AHacIAGOnCABxpwgAtqcIAMmnCAAJqAgAJagIAFyoCACSqAgAr6gIAOWoCAAjOA8AE6kIAFWpCABhqQgAqKkIALCpCAB2OA8AAKoIAE6qCABWqggAoaoIALCqCAD0qggA+aoIAEerCABUqwgAmqsIAKerCADtqwgA+asIAECsCABPrAgAk6wIAJ2sCADmrAgA7qwIADmtCABDrQgAjK0IAJGtCADfrQgA560IAMk4DwBBrggAha4IAEOuCADRrwgAhq4IANiuCAD0rggAK68IAGGvCAB+rwgAtK8IABw5DwDUrwgAJLAIAECwCAB3sAgArbAIAMqwCAAAsQgAbzkPACCxCABwsQgAgbEIAMOxCADfsQgAFrIIAEyyCABpsggAn7IIAMI5DwDJsggAD7MIABuzCABiswgAcbMIALWzCAC/swgACLQIABa0CABbtAgAYLQIAK60CAC7tAgAAbUIAAm1CABUtQgAWrUIAKe1CABktQgA6xYJALO1CAD6tQgACrYIAE22CABWtggAoLYIAKO2CADztggA/7YIAEa3CABNtwgAFToPAJ63CAAyRgsAo7cIAOy3CACltwgAvt8KAPa3CAA/uAgAQLgIAJK4CAChuAgA5bgIAOq4CAA4uQgARbkIAIu5CACYuQgA3rkIAOq5CAAxuggAQLoIAIS6CACOuggA17oIAOW6CAAquwgAL7sIAH27CACKuwgA0LsIANG7CAAjvAgAKLwIAHa8CAB7vAgAybwIANq8CAAcvQgAP70IAG+9CAB6vQgAwr0IAMe9CAAVvggAGL4IAGi+CAByvggAu74IAOa+CAAOvwgALb8IAGg6DwBtvwgAtL8IALa/CAAHwAgAFsAIAFrACABlwAgArcAIALXACAAAwQgAB8EIAFPBCABVwQgApsEIALDBCAD5wQgA+8EIAEzCCABlwggAn8IIAKHCCADywggA9cIIAEXDCABRwwgAmMMIAKDDCAC7Og8A98MIAD7ECABExAgAkcQIAKzECADkxAgA8MQIADfFCAA9xQgAisUIAJLFCADdxQgA38UIADDGCAA6xggAg8YIAIvGCAAOOw8A58YIACnHCAAwxwgAfMcIAITHCADPxwgA3McIACLICAAnyAgAdcgIAH/ICADIyAgA0MgIABvJCAAqyQgAbskIAHPJCADByQgAzskIABTKCAAhyggAZ8oIAHPKCAC6yggAycoIAA3LCAAXywgAYMsIAGjLCACzywgAvcsIAAbMCAALzAgAWcwIAGHMCABhOw8AuMwIAP/MCAAPzQgAUs0IAFvNCAClzQgAqM0IAPjNCAAEzggAS84IAFLOCAC0Ow8ApM4IAPHOCAD3zggARM8IAEnPCACXzwgAnc8IAAc8DwDwzwgAPdAIAEPQCACQ0AgAldAIADXBDACd0AgA49AIAOjQCAA20QgAPtEIAInRCAC70QgA/tgIAMDRCADc0QgAE9IIAC/SCABm0ggAgtIIALLSCADV0ggA3dIIACjTCAA30wgAe9MIAIDTCADO0wgA29MIACHUCAAu1AgAdNQIAIDUCADH1AgA1tQIABrVCAAk1QgAbdUIAHvVCADA1QgAxdUIABPWCAAg1ggAZtYIAG7WCAC51ggAv9YIAAzXCAAY1wgAX9cIAG/XCACy1wgAu9cIAAXYCAAI2AgAWNgIAGTYCACr2AgAstgIAFo8DwA12QgAUdkIAIHZCACk2QgArNkIAPfZCAAG2ggAStoIAE/aCACd2ggAqtoIAPDaCAD92ggAQ9sIAE/bCACW2wgApdsIAOnbCADz2wgAPNwIAErcCACP3AgAlNwIAOLcCADv3AgANd0IAD3dCACI3QgAjt0IANvdCADn3QgALt4IAD7eCACB3ggAit4IANTeCADX3ggAJ98IADPfCAB63wgAgd8IAK08DwDP3wgActAMANvfCAAg4AgALeAIAHPgCAB/4AgAxuAIAMzgCAAZ4QgAH+EIAGzhCABx4QgAv+EIAMXhCAAAPQ8AOOIIAGXiCACL4ggAuOIIAOriCAAL4wgAQuMIAF7jCACO4wgApj0PAL3jCAAE5AgAv+MIAKj1CQAO5AgAV+QIAHHkCACq5AgAueQIAP3kCAAC5QgAUOUIAF3lCACj5QgAsOUIAPblCAAC5ggASeYIAFjmCACc5ggApuYIAO/mCAD75ggAQucIAFXnCACV5wgApOcIAOjnCAD05wgAO+gIADzoCACO6AgAmOgIAOHoCADv6AgANOkIADnpCACH6QgAlOkIAPk9DwDf6QgALeoIADrqCACA6ggAjeoIANPqCADf6ggAJusIADXrCAB56wgAg+sIAMzrCADa6wgAH+wIACTsCABy7AgAf+wIAMXsCADN7AgAGO0IAB7tCABr7QgAd+0IAL7tCADO7QgAEe4IABruCABk7ggAZ+4IALfuCADD7ggACu8IABHvCADyPg8AYu8IALDvCACz7wgAA/AIAAvwCABW8AgAYvAIAKnwCACv8AgA/PAIAALxCABP8QgAVPEIAKLxCACo8QgART8PACzyCABI8ggAf/IIAJvyCAC/8ggA6z8PAPTyCAAADQoAAfMIAEHzCABQ8wgAlPMIAKDzCADn8wgA6PMIADr0CABE9AgAjfQIAJv0CADg9AgA5fQIADP1CABA9QgAPkAPAKn1CADZ9QgAEPYIACz2CABj9ggAf/YIALb2CADS9ggA9vYIAJFADwAz9wgAePcIAH33CADL9wgA2PcIAB74CAAm+AgAcfgIAHf4CADE+AgA0PgIABf5CAAn+QgAavkIAHP5CAC9+QgAwPkIABD6CABI+ggAY/oIAG/6CADkQA8AvPoIAAn7CAAi+wgAXPsIAGr7CACv+wgAvPsIAAL8CAAJ/AgAVfwIAF78CACo/AgAtfwIAPv8CAAS/QgATv0IAFH9CACh/QgAo/0IAPT9CAD9/QgAR/4IAFf+CACa/ggAs/4IAO3+CADv/ggAQP8IAEn/CACT/wgAm/8IAOb/CADo/wgAOQAJAFIACQCMAAkAowAJAN8ACQDrAAkAMgEJAEMBCQCFAQkAkQEJANgBCQDjAQkAKwIJADgCCQB+AgkAiAIJADdBDwDkAgkAJAMJADIDCQB3AwkAXgMJAJILCQCwAwkAygMJANcDCQAdBAkAJQQJAHAECQB2BAkAwwQJAM8ECQAWBQkAIQUJAGkFCQByBQkAvAUJAL8FCQAPBgkAEQYJAGIGCQBpBgkAtQYJALcGCQCKQQ8ACwcJAFsHCQBpBwkArgcJALMHCQABCAkADggJAFQICQBgCAkApwgJAK8ICQDdQQ8ACAkJAE0JCQBdCQkAoAkJAK4JCQDzCQkA/AkJAEYKCQBQCgkAmQoJAJsKCQDsCgkA9goJAD8LCQBBCwkAMEIPAJcLCQDlCwkA7QsJADgMCQA+DAkAiwwJAJcMCQDeDAkA7QwJADENCQA6DQkAhA0JAIcNCQDXDQkA2Q0JACoOCQAxDgkAfQ4JAH8OCQCDQg8A1Q4JACMPCQA/DwkAdg8JAJIPCQDWQg8A1g8JAC4qCgDYDwkAHBAJACEQCQBvEAkAfBAJAMIQCQDPEAkAFREJABsRCQBoEQkAdBEJALsRCQDLEQkADhIJABcSCQBhEgkAZBIJALQSCQDAEgkABxMJAA4TCQApQw8AaRMJAK0TCQCyEwkAABQJAA0UCQBTFAkAYBQJAKYUCQCsFAkA+RQJAAUVCQBMFQkAXBUJAJ8VCQCoFQkA8hUJAPUVCQBFFgkAURYJAJgWCQCfFgkAfEMPAO0WCQA+FwkATBcJAJEXCQCiFwkAz0MPAOsXCQAiRA8APxgJAHVEDwCPGAkA3RgJAOoYCQAwGQkAPRkJAIMZCQCPGQkA1hkJAOUZCQApGgkAMxoJAHwaCQCKGgkAzxoJANQaCQAiGwkALxsJAHUbCQB9GwkAyBsJAM4bCQAbHAkAJxwJAG4cCQB+HAkAwRwJAMocCQAUHQkAFx0JAGcdCQBzHQkAuh0JAMEdCQDIRA8AEh4JAGAeCQBoHgkAsx4JALYeCQAGHwkADx8JAFkfCQBoHwkArB8JALcfCQD/HwkAByAJAFIgCQBiIAkApSAJALMgCQD4IAkACSEJAEshCQBXIQkAniEJAKYhCQAbRQ8A9yEJAEQiCQBMIgkAlyIJAJ4iCQDqIgkA+CIJAD0jCQBDIwkAkCMJAJwjCQDjIwkA8iMJADYkCQBAJAkAiSQJAI4kCQDcJAkA4iQJAC8lCQBDJQkAbkUPAJMlCQDVJQkA4SUJACgmCQAuJgkAeyYJAIEmCQDOJgkA0yYJACEnCQAnJwkAwUUPAHknCQDHJwkA2CcJABooCQAiKAkAbSgJACYoCQACTwkAKCgJAFlWDQB3KAkAwCgJAM4oCQATKQkAKSkJAGYpCQByKQkAuSkJAMApCQAMKgkAFCoJAF8qCQBkKgkAsioJALsqCQAFKwkADysJAFgrCQBgKwkAqysJAK8rCQD+KwkACSwJAFEsCQBfLAkApCwJALUsCQD3LAkAAy0JAEotCQBSLQkAFEYPAJ8tCQDwLQkA/i0JAEMuCQBNLgkAli4JAKQuCQDpLgkA9i4JADwvCQBTLwkAjy8JAJcvCQDiLwkA8i8JADUwCQA6MAkAiDAJAI4wCQDbMAkA4zAJAC4xCQAwMQkAgTEJAI4xCQDUMQkA3DEJACcyCQAsMgkAejIJAHsyCQDNMgkA2TIJACAzCQAtMwkAczMJAHszCQDGMwkA1TMJABk0CQAeNAkAbDQJAHk0CQC/NAkAzDQJABI1CQAeNQkAZTUJAHQ1CQC4NQkAwjUJAAs2CQAZNgkAXjYJAGM2CQCxNgkAvjYJAGdGDwAHNwkAVzcJAF83CQCqNwkAtzcJAP03CQACOAkAUDgJAFo4CQCjOAkAqzgJAPY4CQD4OAkASTkJAGQ5CQCcOQkAnjkJAO85CQD9OQkAQjoJAFM6CQCVOgkAlzoJAOg6CQABOwkAOzsJAEw7CQCOOwkAmjsJAOE7CQD2OwkANDwJADw8CQCHPAkAjTwJANo8CQDmPAkALT0JAEo9CQCAPQkAiT0JANM9CQDfPQkAJj4JACk+CQB5PgkAgz4JAMw+CQDUPgkAHz8JACk/CQByPwkAgD8JAMU/CQDbPwkAGEAJACRACQBrQAkAckAJAL5ACQDGQAkAEUEJABZBCQBkQQkAbUEJALdBCQDBQQkACkIJABJCCQBdQgkAX0IJALBCCQDAQgkAA0MJAA1DCQBWQwkAYkMJAKlDCQCvQwkA/EMJAARECQC6Rg8AW0QJAKJECQC1RAkA9UQJABFFCQBIRQkAUEUJAA1HDwCpRQkA7kUJAARGCQBBRgkATUYJAJRGCQCZRgkA50YJAPBGCQA6RwkAREcJAI1HCQCVRwkA4EcJAOJHCQAzSAkAQkgJAIZICQCjSAkA2UgJAOJICQAsSQkAOkkJAH9JCQCFSQkA0kkJAOBJCQAlSgkAMkoJAHhKCQCPSgkAy0oJANNKCQAeSwkAIEsJAHFLCQB5SwkAxEsJANNLCQAXTAkAHEwJAGpMCQB3TAkAvUwJAMpMCQAQTQkAHE0JAGNNCQByTQkAtk0JAMBNCQAJTgkAF04JAFxOCQBhTgkAr04JALxOCQBgRw8ACE8JAFVPCQBbTwkAqE8JAK1PCQD7TwkAAVAJALNHDwBcUAkAoVAJALdQCQD0UAkAAFEJAEdRCQBMUQkAmlEJAKNRCQDtUQkA91EJAEBSCQBjUgkAk1IJAJdSCQDmUgkAolIJADJUCQDoUgkAOVMJAEdTCQCMUwkAllMJAN9TCQADVAkArEgPADhUCQCFVAkAkVQJANhUCQDaVAkAK1UJADVVCQB+VQkAilUJANFVCQD1VQkA/0gPAChWCQB3VgkAM1YJAMNXCQB5VgkAylYJANhWCQAdVwkAJ1cJAHBXCQCUVwkAUkkPAMlXCQAWWAkAIlgJAGlYCQBrWAkAvFgJAMZYCQAPWQkAG1kJAGJZCQCGWQkApUkPANJZCQAIWgkAEVoJAFtaCQBpWgkArloJALRaCQABWwkADVsJAFRbCQBcWwkA+EkPAK5bCQD6WwkAE1wJAE1cCQBcXAkAoFwJAKhcCQDzXAkAAl0JAEZdCQBLXQkAmV0JAKZdCQDsXQkA+V0JAD9eCQBLXgkAkl4JAKFeCQDlXgkA714JADhfCQBGXwkAi18JAJBfCQDeXwkA618JAEtKDwAyYAkAX9AJAEpgCQCEYAkAjmAJANdgCQDZYAkAKmEJADhhCQB9YQkAimEJANBhCQDYYQkAI2IJAExiCQB2YgkAfWIJAMliCQDiYgkAHGMJACtjCQBvYwkAd2MJAMJjCQDRYwkAFWQJABpkCQBoZAkAdWQJALtkCQDIZAkADmUJABplCQBhZQkAcGUJALRlCQC+ZQkAB2YJABVmCQBaZgkAX2YJAK1mCQC6ZgkAnkoPAAVnCQAPSwsADGcJAFNnCQAoZwkAyOoPAGZnCQCmZwkAtWcJAPlnCQAFaAkATGgJAFhoCQCfaAkApmgJAPJoCQD+aAkARWkJAExpCQCYaQkAoGkJAOtpCQDvaQkAPmoJAElqCQCRagkAnWoJAORqCQDxagkAN2sJAD9rCQCKawkAlGsJAN1rCQDjawkAMGwJAERsCQCDbAkAkWwJANZsCQDjbAkAKW0JAEBtCQB8bQkAhG0JAM9tCQDZbQkAIm4JACduCQB1bgkAfW4JAMhuCQDXbgkAG28JACBvCQBubwkAe28JAMFvCQDObwkAFHAJACBwCQBncAkAdnAJALpwCQDEcAkA8UoPABVxCQBgcQkAb3EJALNxCQC4cQkABnIJAA9yCQBZcgkAanIJAKxyCQCzcgkA/3IJAAdzCQBScwkAX3MJAKVzCQCqcwkA+HMJAAJ0CQBLdAkAU3QJAJ50CQC3dAkA8XQJAP10CQBEdQkATHUJAERLDwCmdQkA6nUJAAd2CQA9dgkARnYJAJB2CQCedgkA43YJAOl2CQA2dwkAQncJAIl3CQCQdwkA3HcJAOR3CQAveAkAP3gJAIJ4CQCIeAkA1XgJANp4CQAoeQkAPnkJAHt5CQCDeQkAznkJANh5CQAhegkALHoJAHR6CQCAegkAx3oJAM96CQCXSw8AJ3sJAG17CQB0ewkAwHsJAMx7CQATfAkAGXwJAGZ8CQB3fAkAuXwJAM18CQAMfQkAGn0JAF99CQBsfQkAsn0JAMl9CQAFfgkADX4JAFh+CQBffgkAq34JAK1+CQD+fgkACH8JAFF/CQBTfwkApH8JAL1/CQD3fwkA+X8JAEqACQBNgAkAnYAJAKmACQDwgAkAHIEJAOpLDwBSgQkAloEJALOBCQDpgQkA8oEJADyCCQBKggkAj4IJAJWCCQDiggkA7oIJADWDCQA9gwkAPUwPAJCDCQDbgwkA4YMJAC6ECQA6hAkAgYQJAISECQDUhAkA2YQJACeFCQAwhQkAeoUJAICFCQDNhQkA3IUJACCGCQAshgkAc4YJAHuGCQCQTA8AzIYJABmHCQAehwkAbIcJAIKHCQC/hwkAx4cJABKICQAgiAkAZYgJAG+ICQC4iAkAu4gJAAuJCQATiQkAXokJAF+JCQCxiQkAt4kJAASKCQASigkAV4oJAG2KCQCqigkArIoJAP2KCQADiwkAUIsJAGSLCQCjiwkAq4sJAPaLCQAGjAkASYwJAEuMCQCcjAkAq4wJAO+MCQD5jAkAQo0JAEeNCQCVjQkAm40JAOiNCQD8jQkAO44JAEOOCQCOjgkAk44JAOGOCQDnjgkANI8JADyPCQCHjwkAio8JANqPCQDfjwkALZAJADaQCQCAkAkAhpAJANOQCQDikAkAJpEJADKRCQDjTA8Ag5EJAMyRCQDOkQkAH5IJACaSCQBykgkAeZIJAMWSCQDLkgkAGJMJACaTCQBrkwkAeJMJAL6TCQDOkwkAEZQJABaUCQBklAkAbJQJALeUCQCAlAkApwEKAMOUCQAKlQkADJUJAPWXCQAXlQkAXZUJAGKVCQCwlQkAupUJAAOWCQATlgkAVpYJAFuWCQCplgkAspYJAPyWCQAJlwkAT5cJAFaXCQCilwkAqpcJADZNDwADmAkASJgJAGCYCQCbmAkAnZgJAO6YCQAFmQkAQZkJAEOZCQCUmQkAopkJAOeZCQD0mQkAOpoJAEKaCQCJTQ8Ak5oJAOCaCQDimgkAM5sJAECbCQCGmwkAiZsJANmbCQDqmwkALJwJAC6cCQB/nAkAiZwJANKcCQDenAkAJZ0JAC2dCQDcTQ8AfZ0JAMudCQDOnQkAHp4JACieCQBxngkAeZ4JAMSeCQDRngkAF58JABmfCQBqnwkAgJ8JAL2fCQDJnwkAEKAJABigCQAvTg8AZqAJALagCQC/oAkACaEJABehCQCJygkAGKEJAFyhCQBnoQkAr6EJALehCQACogkADaIJAFWiCQBaogkAqKIJAKuiCQD7ogkABaMJANVODwBUowkAoaMJAFijCQCxdAwAvKMJAPSjCQAApAkAR6QJAE2kCQCapAkAoqQJAO2kCQADpQkAQKUJAE6lCQCTpQkAlqUJAOalCQD/pQkAOaYJAEWmCQCMpgkAl6YJAN+mCQDhpgkAMqcJAE2nCQCFpwkAk6cJANinCQDlpwkAK6gJAEKoCQAoTw8AgKgJAPZ2DACUqAkA0agJANKoCQAkqQkAKakJAHepCQB9qQkAyqkJAMypCQAdqgkAI6oJAHCqCQCEqgkAw6oJAMuqCQAWqwkAJqsJAGmrCQBrqwkAvKsJAMqrCQAPrAkAIKwJAHtPDwBorAkAtawJAMGsCQDOTw8ACq0JAFutCQBsrQkArq0JALatCQABrgkACq4JAFSuCQBbrgkAp64JAKiuCQAhUA8ABq8JAE2vCQBPrwkAoK8JAKevCQDzrwkA+68JAEawCQBPsAkAmbAJAKCwCQDssAkA7bAJAHRQDwBEsQkAkrEJAJqxCQDlsQkA77EJADiyCQBGsgkAi7IJAKGyCQDesgkA6rIJADGzCQA2swkAhLMJAI2zCQDXswkA4bMJAMdQDwArtAkAfbQJAIW0CQD07woAlbQJANC0CQDdtAkAI7UJAC+1CQB2tQkAgLUJAMm1CQDNtQkAHLYJACG2CQBvtgkAdbYJAMK2CQDitgkAFbcJAC23CQBotwkAf7cJALu3CQDHtwkADrgJABi4CQBhuAkAY7gJALS4CQC7uAkAB7kJAA65CQBauQkAYLkJAK25CQC5uQkAALoJAAO6CQBTugkAVroJAKa6CQCyugkA+boJAPy6CQBMuwkAaLsJAJ+7CQCnuwkAGlEPAP67CQBFvAkAT7wJAJi8CQCavAkA67wJAPK8CQA+vQkARb0JAJG9CQCXvQkA5L0JAPK9CQA3vgkARL4JAIq+CQCavgkA3b4JAOK+CQAwvwkAOL8JAIO/CQCTvwkA1r8JANu/CQApwAkAL8AJAHzACQCEwAkAbVEPANXACQAiwQkAKsEJAHXBCQB4wQkAyMEJANTBCQAbwgkAIcIJAG7CCQCJwgkAwcIJAM/CCQAUwwkAI8MJAGfDCQBzwwkAusMJAMLDCQATUg8AEsQJAGDECQBqxAkAs8QJALvECQAGxQkAJsUJAFnFCQBmxQkArMUJALHFCQD/xQkAA8YJAFLGCQBfxgkAZlIPAKrGCQD4xgkA+8YJAEvHCQBVxwkAnscJAKrHCQDxxwkABMgJAETICQBTyAkAl8gJAKPICQDqyAkA68gJAD3JCQBHyQkAkMkJAJ7JCQDjyQkA6MkJADbKCQBDygkAuVIPAJPKCQDcygkA3soJAC/LCQBIywkAgssJAJPLCQDVywkA4csJACjMCQAwzAkAslMPAILMCQDOzAkA1cwJACHNCQAnzQkAdM0JAIDNCQDHzQkAys0JABrOCQAdzgkAbc4JAHXOCQDAzgkA0M4JABPPCQAYzwkAZs8JAG/PCQC5zwkAxs8JAAzQCQAT0AkABVQPAGvQCQCy0AkAv9AJAAXRCQAN0QkAWNEJAGLRCQCr0QkAutEJAP7RCQD/0QkAUdIJAFnSCQCk0gkAs9IJAPfSCQD80gkAStMJAFfTCQCd0wkAqtMJAPDTCQD80wkAQ9QJAFLUCQCW1AkAoNQJAOnUCQD31AkAPNUJAEHVCQCP1QkAnNUJAOLVCQDq1QkANdYJAD/WCQCI1gkAjdYJANvWCQDj1gkAWFQPADzXCQCB1wkAjdcJANTXCQDa1wkAJ9gJAC3YCQB62AkAf9gJAM3YCQDT2AkAq1QPACzZCQBz2QkAedkJAMbZCQDM2QkAGdoJACbaCQBs2gkAcdoJAL/aCQDH2gkAEtsJADDbCQCkVQ8AZ9sJAE7oCwBo2wkAklALAGvbCQDu5AoAe9sJALjbCQC52wkAC9wJABDcCQBe3AkAZNwJALHcCQCz3AkABN0JAArdCQBX3QkAa90JAKrdCQCy3QkA/d0JAA3eCQBQ3gkAUt4JAKPeCQCx3gkA9t4JAAffCQD3VQ8AT98JAJzfCQCo3wkASlYPAPzfCQBC4AkASuAJAJXgCQCi4AkA6OAJAOrgCQA74QkAUeEJAI7hCQCa4QkA4eEJAOnhCQDwVg8AQOIJAIfiCQCK4gkA2uIJAN/iCQAt4wkAPuMJAIDjCQCJ4wkA0+MJAN3jCQAm5AkANOQJAHnkCQB+5AkAzOQJANnkCQBDVw8AK+UJAHLlCQB/5QkAxeUJAMflCQAY5gkALuYJAGvmCQB35gkAvuYJAMbmCQCWVw8AFucJAGTnCQBq5wkAt+cJAL/nCQAK6AkADegJAF3oCQBp6AkAsOgJALboCQAD6QkAHukJAFbpCQBj6QkAqekJAKvpCQD86QkAEuoJAE/qCQBb6gkAouoJAKrqCQDpVw8A++oJAEjrCQBN6wkAm+sJALbrCQDu6wkA/OsJAEHsCQBI7AkAlOwJAKDsCQDn7AkA7uwJADxYDwBF7QkAje0JAJXtCQDg7QkA6+0JADPuCQA47gkAhu4JAInuCQDZ7gkA4+4JACzvCQA07wkAf+8JAI3vCQDS7wkA1e8JACXwCQAt8AkAePAJAJjwCQDL8AkA2PAJAB7xCQAj8QkAcfEJAHXxCQDE8QkA0fEJAI9YDwA38gkAavIJAHPyCQC98gkAvvIJABDzCQAY8wkAY/MJAHPzCQC28wkAuPMJAAn0CQAX9AkAXPQJAG30CQDiWA8AtfQJAAL1CQAO9QkANVkPAFz1CQCIWQ8ArfUJAPv1CQAV9gkATvYJAF32CQCh9gkArPYJAPT2CQD29gkAR/cJAFT3CQCa9wkAp/cJAO33CQD59wkAQPgJAFH4CQCT+AkAlvgJAOb4CQAA+QkAOfkJAEL5CQCM+QkAmfkJAN/5CQDl+QkAMvoJAD76CQCF+gkAiPoJANj6CQDd+gkAK/sJADz7CQB++wkAmfsJANH7CQDd+wkAJPwJACv8CQB3/AkAefwJAMr8CQDR/AkAHf0JACT9CQBw/QkAdv0JAMP9CQDP/QkAFv4JABn+CQBp/gkAbP4JALz+CQDI/gkAD/8JACL/CQBi/wkAcf8JALX/CQDB/wkACAAKAAkACgBbAAoAZQAKAK4ACgC8AAoAAQEKAAYBCgBUAQoAYQEKANtZDwCvAQoALloPAPwBCgBNAgoAYwIKAKACCgCsAgoA8wIKAPsCCgCBWg8ATAMKAJkDCgChAwoA7AMKAO8DCgA/BAoASwQKAJIECgCYBAoA5QQKAAAFCgA4BQoARgUKAIsFCgCaBQoA3gUKAOoFCgAxBgoAOQYKANRaDwCJBgoA1wYKAOEGCgAqBwoAMgcKAH0HCgCdBwoA0AcKAN0HCgAjCAoAKAgKAHYICgB6CAoAyQgKANYICgAnWw8APwkKAG8JCgByCQoAwgkKAMcJCgAVCgoAJAoKAGgKCgCICgoAuwoKAMcKCgAOCwoAGAsKAGELCgBtCwoAtAsKALoLCgAHDAoADQwKAFoMCgBfDAoArQwKALMMCgB6Ww8ABg0KAFMNCgBYDQoApg0KAKwNCgAgXA8A/A0KAEwOCgBWDgoAnw4KAKEOCgDyDgoACw8KAEUPCgBWDwoAmA8KAKYPCgDrDwoA7g8KAD4QCgBJEAoAkRAKAJkQCgDkEAoA5hAKADcRCgA/EQoAihEKAJcRCgDdEQoA6REKADASCgA0EgoAgxIKAIsSCgDWEgoA5RIKACkTCgAuEwoAfBMKAIkTCgDPEwoA3BMKACIUCgAuFAoAdRQKAIQUCgDIFAoA0hQKABsVCgApFQoAbhUKAHMVCgDBFQoAzhUKAHNcDwAcFgoAxlwPAGsWCgCeGgoAcxYKALoWCgDAFgoADRcKABMXCgBgFwoAbRcKALMXCgC4FwoABhgKAA4YCgBZGAoAixgKAFIZCgCQGAoArBgKANIYCgClGQoA4xgKAP8YCgA2GQoAGV0PAIkZCgBsXQ8AyxkKAPgZCgAqGgoASxoKAIIaCgC/XQ8ArBoKAPEaCgD+GgoARBsKAFAbCgCXGwoAnRsKAOobCgDwGwoAPRwKAEIcCgCQHAoAlhwKABJeDwAJHQoA3B0KABodCgA2HQoAbR0KALheDwDAHQoAC18PAAIeCgAvHgoAYR4KAIIeCgC5HgoAXl8PAN8eCgAoHwoALR8KAHsfCgCDHwoAsV8PANMfCgAhIAoAKiAKAHQgCgCBIAoAxyAKAM4gCgAEYA8AIiEKAFdgDwCAIQoAwCEKAMwhCgATIgoAIiIKAGYiCgBvIgoAuSIKAMMiCgAMIwoADiMKAF8jCgB4IwoAsiMKAMMjCgAFJAoAESQKAFgkCgBgJAoAqmAPALkkCgD+JAoADyUKAFElCgBdJQoApCUKAKwlCgD9YA8A/CUKAEomCgBUJgoAnSYKAKUmCgDwJgoAACcKAEMnCgBIJwoAlicKAJ8nCgDpJwoA9icKADwoCgBDKAoAUGEPAJwoCgDiKAoAoigKABIZDQDnKAoANSkKAEEpCgCIKQoAlSkKANspCgDlKQoAo2EPADMqCgCBKgoAjSoKANQqCgDhKgoAJysKADErCgB6KwoAlisKAM0rCgDVKwoA9mEPACUsCgBzLAoAeywKAMYsCgDJLAoAGS0KACItCgBsLQoAey0KAL8tCgDKLQoAEi4KABouCgBlLgoAdS4KALguCgDGLgoACy8KABwvCgBeLwoAai8KALEvCgC5LwoASWIPAAowCgBXMAoAXzAKAKowCgCxMAoA/TAKAAsxCgBQMQoAVjEKAKMxCgCvMQoA9jEKAAUyCgBJMgoAUzIKAJwyCgChMgoA7zIKAPUyCgBCMwoAVjMKAJUzCgCdMwoA6DMKAAY0CgA7NAoAQzQKAJxiDwCWNAoA72IPAOk0CgA0NQoATTUKAIc1CgCQNQoA2jUKAOo1CgAtNgoAPTYKAIA2CgCMNgoA0zYKANk2CgAmNwoANDcKAHk3CgCGNwoAzDcKAOM3CgAfOAoAJzgKAHI4CgB8OAoAxTgKANM4CgAYOQoALjkKAGs5CgB3OQoAvjkKAMU5CgAROgoAGToKAGQ6CgBpOgoAtzoKAMA6CgAKOwoAFDsKAF07CgBlOwoAsDsKALI7CgADPAoAEzwKAFY8CgBgPAoAqTwKALU8CgD8PAoAAj0KAE89CgBXPQoAlWMPAKs9CgD1PQoABj4KAEg+CgBUPgoAmz4KAKg+CgDuPgoA8z4KAEE/CgBLPwoAlD8KAKQ/CgDnPwoA7D8KADpACgBDQAoAjUAKAJpACgDgQAoA50AKADNBCgA/QQoAhkEKAIxBCgDZQQoA30EKACxCCgAxQgoAf0IKAIVCCgDoYw8A10IKACVDCgAtQwoAeEMKAI5DCgDLQwoA0EMKAB5ECgAlRAoAcUQKAHpECgDERAoA1UQKABdFCgAjRQoAakUKAHJFCgDhZA8Av0UKABBGCgAmRgoAY0YKAG9GCgC2RgoAvUYKAAlHCgARRwoANGUPAGFHCgCvRwoAt0cKAAJICgAYSAoAVUgKAFpICgCoSAoAr0gKAPtICgAESQoATkkKAF9JCgChSQoArUkKAPRJCgD8SQoAh2UPAElKCgCaSgoAsEoKAO1KCgD5SgoAQEsKAEdLCgCTSwoAm0sKANplDwDrSwoAOUwKAEBMCgCMTAoAlUwKAN9MCgDwTAoAMk0KAD5NCgCFTQoAjU0KAC1mDwDaTQoAK04KADpOCgB+TgoAnk4KANFOCgDTTgoAJE8KADtPCgB3TwoAg08KAMpPCgDSTwoA02YPACJQCgBwUAoAclAKAMNQCgDKUAoAFlEKAB5RCgBpUQoAclEKALxRCgDCUQoAD1IKACBSCgBiUgoAalIKAHlnDwDBUgoACFMKAAtTCgBbUwoAYFMKAK5TCgC/UwoAAVQKABxUCgBUVAoAYFQKAKdUCgCvVAoAzGcPABBVCgBNVQoATlUKAKBVCgClVQoA81UKAPlVCgBGVgoAUFYKAJlWCgChVgoA7FYKAP5WCgAfaA8ATFcKAJJXCgCcVwoA5VcKAOtXCgA4WAoATFgKAItYCgCTWAoA3lgKAO5YCgAxWQoANlkKAIRZCgCKWQoA11kKAN9ZCgAqWgoAK1oKAH1aCgB/WgoA0FoKAN9aCgAjWwoAQ1sKAHZbCgB4WwoAyVsKAOBbCgAcXAoAKFwKAG9cCgB3XAoAcmgPAMpcCgAVXQoALl0KAGhdCgBxXQoAu10KAMVdCgAOXgoAFl4KAGFeCgBxXgoAtF4KALleCgAHXwoAEF8KAFpfCgBnXwoArV8KALRfCgAAYAoACGAKABhpDwBdYAoApmAKAK5gCgD5YAoAB2EKAExhCgBZYQoAn2EKAKdhCgDyYQoA9GEKAEViCgBNYgoAmGIKAJliCgDrYgoA7WIKAD5jCgBNYwoAkWMKALFjCgDkYwoA5mMKADdkCgBOZAoAimQKAJZkCgDdZAoA92QKADBlCgBZZQoAg2UKAIZlCgDWZQoA22UKAClmCgA2ZgoAa2kPAH5mCgDPZgoA2WYKACJnCgAxZwoAdWcKAIBnCgDIZwoA1mcKABtoCgAoaAoAbmgKAIVoCgDBaAoAyWgKABRpCgAVaQoAZ2kKAGlpCgC6aQoAyWkKAA1qCgAtagoAYGoKAGJqCgCzagoAymoKAAZrCgASawoAWWsKAGFrCgC+aQ8AsWsKAP9rCgAFbAoAUmwKAFpsCgClbAoAxGwKAPhsCgAFbQoAS20KAExtCgCebQoAtG0KAPFtCgANbgoAEWoPAEluCgCXbgoAoW4KAOpuCgDybgoAPW8KAD5vCgCQbwoAP28KAFF4CgCWbwoA428KAO9vCgA2cAoARnAKAIlwCgCXcAoA3HAKAO9wCgAvcQoAO3EKAIJxCgCJcQoA1XEKAN1xCgAocgoALHIKAHtyCgCJcgoAznIKANhyCgAhcwoALHMKAHRzCgB8cwoAx3MKAP1zCgAadAoAInQKAG10CgBydAoAwHQKAMZ0CgATdQoAG3UKAGZ1CgCAdQoAuXUKAO91CgAMdgoAFHYKAF92CgBkdgoAsnYKALh2CgAFdwoADXcKAFh3CgBydwoAq3cKAMV3CgD+dwoANHgKAGRqDwBZeAoApHgKAKt4CgD3eAoAA3kKAEp5CgBLeQoAnXkKAKl5CgDweQoA/XkKAEN6CgBKegoAlnoKAKJ6CgDpegoA9noKADx7CgBLewoAj3sKAKN7CgC3ag8A73sKADV8CgA/fAoAiHwKAJZ8CgDbfAoA8XwKAC59CgA6fQoAgX0KAI19CgDUfQoA2n0KACd+CgAtfgoAen4KAH9+CgDNfgoA034KAAprDwAlfwoAc38KAHV/CgDGfwoAzX8KABmACgAhgAoAbIAKAG+ACgC/gAoAyIAKABKBCgAhgQoAZYEKAHCBCgC4gQoAwIEKAAuCCgAbggoAXoIKAGyCCgCxggoAwoIKAASDCgAQgwoAV4MKAF+DCgADbA8AyIMKAP2DCgAFhAoAVmwPAFyECgCjhAoAuYQKAPaECgD+hAoASYUKAGiFCgCpbA8An4UKAHW6CgCphQoA74UKAPKFCgAFCA4A94UKAEKGCgD5hQoAqDoMAESGCgCVhgoATIYKAJSSCgBThgoAxYsKAKKGCgDohgoA/IYKADuHCgBDhwoAjocKAJOHCgDhhwoA8YcKADSICgA8iAoAh4gKAJGICgDaiAoA5YgKAC2JCgA5iQoAgIkKAIiJCgD8bA8A2IkKACaKCgAvigoAeYoKAH+KCgDMigoA24oKAB+LCgAriwoAcosKAHWLCgBPbQ8AyosKABiMCgAnjAoAa4wKAG2MCgC+jAoAz4wKABGNCgAijQoAZI0KAHiNCgC3jQoAv40KAAqOCgAYjgoAXY4KAGqOCgCwjgoAs44KAAOPCgANjwoAVo8KAFiPCgCpjwoAuo8KAPyPCgANkAoAT5AKAFuQCgCikAoAqZAKAPWQCgD9kAoASJEKAF+RCgCbkQoAp5EKAO6RCgAEkgoAQZIKAESSCgCibQ8An5IKAOeSCgDzkgoAOpMKAEKTCgD1bQ8AmZMKAOCTCgD2kwoAM5QKADaUCgCGlAoAjpQKANmUCgDblAoALJUKAEeVCgB/lQoAgZUKANKVCgDglQoAJZYKADaWCgB4lgoAepYKAMuWCgDklgoAHpcKAC+XCgBxlwoAfZcKAEhuDwDKlwoAF5gKACWYCgBqmAoAhZgKAL2YCgDJmAoAEJkKABaZCgBjmQoAa5kKALaZCgDGmQoACZoKAA6aCgBcmgoAZZoKAK+aCgC8mgoAApsKAAmbCgBVmwoAXZsKAJtuDwCtmwoA+5sKAAGcCgBOnAoAVpwKAKGcCgDKnAoA9JwKAPucCgBHnQoAYJ0KAJqdCgCpnQoA7Z0KAAmeCgDubg8ARZ4KAJOeCgCdngoA5p4KAPaeCgA5nwoAPp8KAIyfCgCVnwoA358KAOyfCgAyoAoAOaAKAIWgCgCRoAoA2KAKAOugCgAroQoAOqEKAH6hCgCKoQoA0aEKANKhCgAkogoALqIKAHeiCgCFogoAyqIKAM+iCgAdowoAKqMKAEFvDwCBowoAw6MKAMWjCgAWpAoAGaQKAGmkCgBspAoAvKQKAMOkCgAPpQoAG6UKAGKlCgBypQoAtaUKAMWlCgAIpgoADaYKAFumCgBkpgoArqYKALumCgABpwoACKcKAFSnCgBgpwoAp6cKAK2nCgD6pwoAAKgKAE2oCgBSqAoAoKgKAKaoCgA6cA8A/agKAEapCgBUqQoAmakKAKmpCgDsqQoA7qkKAD+qCgBOqgoAkqoKAJyqCgDlqgoA7aoKADNxDwA+qwoAi6sKAJerCgCGcQ8A46sKADGsCgA5rAoAhKwKAJSsCgDXrAoA5awKACqtCgA3rQoAfa0KAIStCgDQrQoA2K0KACxyDwA0rgoAdq4KAH2uCgDJrgoA0a4KAByvCgAprwoAb68KAHSvCgDCrwoAzK8KABWwCgAdsAoAaLAKAIGwCgC7sAoAx7AKAA6xCgAWsQoAf3IPAG2xCgC0sQoAt7EKAAeyCgAMsgoAWrIKAGuyCgCtsgoAyLIKAACzCgAMswoAU7MKAFqzCgCmswoAwrMKAPmzCgABtAoA0nIPAFG0CgCftAoAqLQKAPK0CgD/tAoARbUKAEy1CgAlcw8AobUKAOu1CgD4tQoAPrYKAE22CgCRtgoAm7YKAOS2CgDytgoAN7cKADy3CgCKtwoAl7cKAN23CgDltwoAeHMPADy4CgCDuAoAkLgKANa4CgDZuAoAKbkKADe5CgB8uQoAgbkKAM+5CgDcuQoAIroKACq6CgDLcw8AfboKAMi6CgDOugoAG7sKAM+6CgCXFAsAJ7sKAG67CgCLuwoAwbsKAMq7CgAUvAoAIrwKAGe8CgBtvAoAurwKAMa8CgANvQoAFL0KAB50DwBmvQoAs70KAMG9CgAGvgoAIb4KAFm+CgBlvgoArL4KALK+CgBxdA8AIr8KAFK/CgBhvwoApb8KAKq/CgD4vwoABcAKAEvACgBYwAoAnsAKAKrACgDxwAoAAMEKAETBCgBOwQoAl8EKAKXBCgDqwQoA78EKAD3CCgBKwgoAkMIKAKzCCgDjwgoA68IKAMR0DwBCwwoAicMKAKbDCgDcwwoA5cMKAC/ECgA9xAoAgsQKAIjECgDVxAoA4cQKACjFCgAvxQoAe8UKAIPFCgDOxQoA5MUKACHGCgAmxgoAdMYKAHvGCgDHxgoA0MYKABrHCgArxwoAbccKAHnHCgDAxwoAyMcKAGp1DwAZyAoAZsgKAGvICgC5yAoA1MgKAAzJCgAayQoAX8kKAGbJCgCyyQoAvskKAAXKCgAIygoAWMoKAGDKCgCrygoArMoKAP7KCgAAywoAUcsKAGDLCgCkywoAxMsKAPfLCgD5ywoASswKAGHMCgCdzAoAqcwKAPDMCgD4zAoAvXUPAETNCgCWzQoAos0KAOnNCgD4zQoAPM4KAETOCgAQdg8Akc4KAOLOCgDwzgoANc8KAEbPCgBjdg8Aj88KALZ2DwDjzwoAXHcPADjQCgCB0AoAjdAKANTQCgDq0AoAJ9EKADPRCgB60QoAjdEKAM3RCgDb0QoAINIKACrSCgCvdw8Ae9IKAAJ4DwDc0goAGdMKACXTCgBs0woAedMKAL/TCgDJ0woAEtQKABTUCgBl1AoAb9QKALjUCgDG1AoAC9UKABDVCgBe1QoAa9UKALHVCgC51QoABNYKABTWCgBX1goAWdYKAKrWCgCz1goA/dYKAA7XCgBQ1woAWtcKAFV4DwCv1woA9tcKAA3YCgBJ2AoAZNgKAKh4DwC12AoA79gKAPXYCgBC2QoATNkKAPt4DwCX2QoA6NkKAPnZCgA72goAQ9oKAI7aCgBX2goAyQELAJraCgDh2goA59oKADTbCgA62woAh9sKAIzbCgDa2woA4NsKAE55DwBJ3AoAgNwKAIjcCgBHeg8A4dwKACbdCgA33QoAed0KAIrdCgDM3QoA2N0KAB/eCgAm3goAmnoPAIPeCgDF3goA1t4KABjfCgAk3woAa98KAHLfCgDteg8AwN8KABHgCgAS4AoAZOAKAGzgCgC34AoAvOAKAArhCgAT4QoAXeEKAGfhCgCw4QoAuOEKAAPiCgAI4goAVuIKAGbiCgCp4goAseIKAPziCgAS4woAT+MKAFvjCgCi4woAuOMKAPXjCgD64woASOQKAE7kCgCb5AoAr+QKAEB7DwAE5QoAQeUKAE/lCgCU5QoAoeUKAOflCgDp5QoAOuYKAETmCgCN5goAmeYKAODmCgDn5goAM+cKADvnCgCG5woAn+cKANnnCgDt5woALOgKADToCgB/6AoAgegKANLoCgDf6AoAJekKACrpCgB46QoAgukKAMvpCgDW6QoAHuoKACrqCgBx6goAd+oKAMTqCgDM6goAF+sKABjrCgBq6woAcOsKAL3rCgDC6woAEOwKAB/sCgBj7AoAb+wKALbsCgC57AoACe0KAAztCgCTew8AYe0KAK/tCgDL7QoA5nsPACLuCgBV7goAXe4KADl8DwCu7goA++4KAAfvCgCMfA8AVO8KAKHvCgCt7woA0X4PAPXvCgCF8woABPAKAEfwCgBJ8AoAmvAKAKTwCgDt8AoA7/AKAEDxCgBR8QoAk/EKAJvxCgDm8QoA8vEKADnyCgA/8goAjPIKAJLyCgDf8goA5PIKADLzCgA48woAJH8PAIfzCgDY8woA3vMKACv0CgAu9AoAfvQKAIr0CgDR9AoA2fQKAB2ADwAq9QoAd/UKAH31CgDK9QoAz/UKAB32CgAj9goAcIAPAHL2CgDD9goAzPYKABb3CgAt9woAafcKAHT3CgC89woAxvcKAA/4CgAX+AoAaYEPAG/4CgC1+AoAvfgKAAj5CgAS+QoAW/kKAGb5CgCu+QoAtPkKAAH6CgAN+goAVPoKAFb6CgCn+goArvoKAPr6CgAC+woATfsKAF/7CgC8gQ8A2/sKAPP7CgD7+woARvwKAGn8CgC1gg8Am/wKAOz8CgD5/AoAP/0KAEb9CgCS/QoAo/0KAOX9CgDx/QoAOP4KAD/+CgCL/goAjP4KAEofCwCT/goACIMPAPH+CgAx/woAQP8KAIT/CgCQ/woA1/8KANj/CgAqAAsANAALAH0ACwCLAAsA0AALANUACwAjAQsAMAELAFuDDwB+AQsAroMPANEBCwABhA8AHgILAG8CCwAoAgsAb04MAHICCwDS4QsAfAILAMICCwDQAgsAFQMLACQDCwBoAwsAiAMLALsDCwDHAwsADgQLABUECwBhBAsAaQQLALQECwC2BAsABwULABEFCwD6hA8AZAULAK0FCwC1BQsATYUPAAoGCwBTBgsAWwYLAKCFDwDiBgsA+QYLAAEHCwBMBwsAagcLAPOFDwCtBwsA8gcLAPkHCwAQOAwAAggLAEUICwBVCAsAmAgLAKQICwDrCAsA8QgLAD4JCwBaCQsAkQkLAJkJCwBGhg8A+AkLADcKCwBBCgsAigoLAJYKCwDdCgsA5QoLAJmGDwA7CwsAgwsLAIULCwDWCwsA3AsLACkMCwAxDAsA7IYPAH4MCwDPDAsA0gwLACINCwAqDQsAdQ0LAIUNCwDIDQsAyg0LABsOCwApDgsAbg4LAH8OCwA/hw8AyA4LAJKHDwAaDwsAZw8LAGwPCwC6DwsAwA8LAOWHDwAaEAsAYBALAGoQCwCzEAsAtRALAAYRCwAZEQsAWRELAGERCwCsEQsAuBELAP8RCwAFEgsAUhILAFgSCwClEgsAqhILAPgSCwD+EgsA3ogPAFQTCwCeEwsAqxMLAPETCwD4EwsARBQLAEwUCwAxiQ8AoxQLAOoUCwD0FAsAPRULAEkVCwCQFQsAnxULAOMVCwDtFQsANhYLAEIWCwCJFgsAkBYLAISJDwDfFgsAKAoNAOIWCwAvFwsA6xYLAIAoDAA7FwsAghcLAIoXCwDXiQ8A4RcLACgYCwAyGAsAexgLAIcYCwDOGAsA3RgLACEZCwArGQsAdBkLAIAZCwDHGQsAzhkLACqKDwAoGgsAbRoLADoaCwBDGQwAhBoLAMAaCwDNGgsAExsLABUbCwBmGwsAdxsLALkbCwDVGwsADBwLABQcCwB9ig8AeBwLALIcCwDGHAsABR0LAA0dCwBYHQsAWx0LAKsdCwC5HQsA/h0LABUeCwBRHgsAXh4LAKQeCwCmHgsA9x4LAAgfCwDQig8AUB8LAJ0fCwCiHwsA8B8LAAYgCwBDIAsAUSALAJYgCwCZIAsA6SALAPUgCwA8IQsAQiELAI8hCwCbIQsA4iELAAsiCwA1IgsAQSILAIgiCwCXIgsA2yILAOUiCwAuIwsAPCMLAIEjCwCGIwsA1CMLAOEjCwAjiw8AKSQLAHokCwCIJAsAzSQLANokCwAgJQsAMiULAHaLDwCCJQsAxiULANIlCwAZJgsAMiYLAGwmCwBuJgsAvyYLAM4mCwASJwsAMicLAGUnCwBtJwsAuCcLANsnCwALKAsAISgLAF4oCwBjKAsAsSgLALQoCwAEKQsADikLAFcpCwBfKQsAqikLALApCwD9KQsACSoLAFAqCwBfKgsAoyoLAK8qCwD2KgsAAysLAEkrCwBTKwsAnCsLAKQrCwDvKwsA/isLAEIsCwBELAsAlSwLAKYsCwDoLAsA+SwLADstCwBDLQsAji0LAJ8tCwDhLQsA4y0LADQuCwA3LgsAhy4LAJEuCwDaLgsA/i4LAC0vCwBJLwsAyYsPAIYvCwDTLwsA2C8LACYwCwA1MAsAeTALAIUwCwDMMAsAzzALAB8xCwAiMQsAcjELAHoxCwDFMQsA1DELABgyCwAdMgsAazILAIEyCwC+MgsAvzILABEzCwAiMwsAZDMLAHAzCwC3MwsAwTMLAAo0CwAWNAsAXTQLAGQ0CwAcjA8AtDQLAAM1CwARNQsAVjULAGA1CwCpNQsAtDULAPw1CwAENgsATzYLAFs2CwCiNgsAtTYLAPU2CwADNwsASDcLAFI3CwCbNwsAozcLAO43CwD9NwsAQTgLAEY4CwCUOAsAmzgLAOc4CwDzOAsAb4wPAEY5CwCNOQsAkDkLAOA5CwDjOQsAMzoLAE06CwCGOgsAkjoLANk6CwDsOgsALDsLADo7CwB/OwsAiTsLANI7CwD1OwsAwowPAC88CwB4PAsAhDwLAMs8CwDSPAsAHj0LACY9CwBxPQsAdT0LAMQ9CwDSPQsAFz4LACE+CwBqPgsAdT4LAL0+CwDFPgsAED8LAB8/CwBjPwsAaD8LALY/CwC9PwsACUALABVACwBcQAsAZEALABWNDwDFQAsAw+gMAMhACwACQQsADEELAFVBCwBhQQsAqEELAKtBCwD7QQsABUILAE5CCwBRQgsAoUILALFCCwD0QgsA9kILAEdDCwBVQwsAmkMLAKtDCwBojQ8A9EMLALuNDwBJRAsAk0QLAEpECwBP1QwAYEQLAEQNDACsRAsA5kQLAPBECwA5RQsARUULAIxFCwCPRQsA30ULAOlFCwAOjg8AN0YLAIVGCwClRgsA2EYLAOBGCwBhjg8AOUcLAH5HCwCURwsA0UcLAN1HCwAkSAsAK0gLAHdICwB/SAsAykgLAM9ICwAdSQsAJkkLAHBJCwB6SQsAw0kLAMtJCwAWSgsAJEoLAGlKCwB2SgsAvEoLAMRKCwC0jg8AH0sLAGJLCwBqSwsAB48PALxLCwAITAsAFEwLAFtMCwBiTAsArkwLALZMCwABTQsAC00LAFRNCwBiTQsAp00LAL1NCwD6TQsABk4LAE1OCwBSTgsAoE4LAKlOCwDzTgsA/U4LAEZPCwBOTwsAmU8LAJ5PCwDsTwsA/E8LAD9QCwBHUAsAWo8PAJxQCwDlUAsA6FALAKrPCwDtUAsArY8PAEZRCwCLUQsAoVELAN5RCwDqUQsAMVILADhSCwCEUgsAjFILANdSCwDcUgsAKlMLADNTCwB9UwsAh1MLANBTCwDYUwsAI1QLACVUCwA3XQsAMVQLAHZUCwCDVAsAyVQLANFUCwAAkA8AKFULAG9VCwByVQsAwlULAMxVCwBTkA8AI1YLAGhWCwB+VgsAu1YLAMdWCwAOVwsAFVcLAGFXCwBpVwsAtFcLALlXCwAHWAsAEFgLAFpYCwBkWAsArVgLALVYCwAAWQsAAlkLAFNZCwBjWQsAplkLALBZCwD5WQsABVoLAExaCwBSWgsA+ZAPAK1aCwDyWgsACFsLAEVbCwBRWwsAmFsLAJ1bCwDrWwsA9FsLAD5cCwBIXAsAkVwLAJlcCwDkXAsABl0LAEyRDwBHXQsAil0LAJRdCwDdXQsA6V0LADBeCwA2XgsAg14LAIteCwCfkQ8A214LAClfCwAxXwsAfF8LAIhfCwA2aQsAlV8LAM9fCwDbXwsAImALACpgCwDykQ8AgmALAMhgCwDQYAsAG2ELAClhCwBuYQsAe2ELAMFhCwDEYQsAFGILAB5iCwBnYgsAaWILALpiCwDHYgsADWMLABxjCwBgYwsAbGMLALNjCwC7YwsARZIPABZkCwBZZAsAYWQLAKxkCwC4ZAsA/2QLAAVlCwBSZQsAWGULAKVlCwCqZQsA+GULAP5lCwCYkg8AWGYLAJ5mCwCjZgsA8WYLAPtmCwBEZwsATGcLAJdnCwCjZwsA6mcLAP1nCwA9aAsAS2gLAJBoCwCTaAsA42gLAO1oCwDrkg8ASWkLAIlpCwCXaQsA3GkLAN9pCwAvagsAOWoLAD6TDwCHagsA1WoLAJBqCwCpiAsA3WoLAChrCwA0awsAe2sLAIFrCwDOawsAjmsLAGSGCwDUawsAIWwLACZsCwB0bAsAemwLAJGTDwDNbAsAGm0LAB9tCwBtbQsAc20LAOSTDwDObQsAE24LAC5uCwBmbgsAcm4LALluCwDAbgsAN5QPABVvCwBfbwsAbG8LALJvCwC+bwsABXALABhwCwBYcAsAWXALAKtwCwC3cAsA/nALAA1xCwBRcQsAW3ELAKRxCwCwcQsA93ELAP5xCwCKlA8AUHILAJ1yCwCjcgsA8HILAPVyCwBDcwsASXMLADCVDwCfcwsA6XMLAPZzCwA8dAsAQHQLAI90CwCRdAsA4nQLAO90CwA1dQsAP3ULAIOVDwCPdQsA23ULAON1CwAudgsAOnYLAIF2CwCUdgsA1HYLAON2CwAndwsAM3cLAHp3CwB7dwsAzXcLANd3CwAgeAsALngLAHN4CwB4eAsAxngLANN4CwDWlQ8AJXkLAGx5CwByeQsAv3kLAMV5CwASegsAF3oLAGV6CwBregsAKZYPAL16CwALewsAFXsLAM+WDwBmewsAsXsLAL57CwAEfAsACXwLAFd8CwBhfAsAqnwLALJ8CwD9fAsACX0LAFB9CwBjfQsAo30LAKR9CwD2fQsAAn4LAEl+CwBYfgsAnH4LAKZ+CwDvfgsA934LAEJ/CwBEfwsAIpcPAJ5/CwDofwsA938LADuACwBKgAsAjoALAJqACwDhgAsA5IALADSBCwA3gQsAdZcPAImBCwDagQsA3YELAC2CCwA1ggsAgIILAI2CCwDTggsA2IILACaDCwAwgwsAeYMLAIGDCwDMgwsA2IMLAB+ECwAyhAsAcoQLAHOECwDFhAsA0YQLABiFCwAnhQsAa4ULAHWFCwC+hQsAyoULABGGCwAYhgsAyJcPAHOGCwC3hgsAw4YLAAqHCwALhwsAXYcLAGeHCwCwhwsAvocLAAOICwAIiAsAVogLAGOICwAbmA8AuogLAG6YDwAJiQsAT4kLAF2JCwCiiQsAs4kLAPWJCwAXigsAwZgPAE2KCwCbigsATooLAMe/CwCjigsA7ooLAO+KCwAljwsA8YoLAB6QCwDzigsALI4LAPSKCwBqkQsA9YoLADONCwD9igsAQYsLAAeLCwBVlAsARosLAJSLCwChiwsA54sLAPSLCwA6jAsARowLAI2MCwCcjAsA4IwLAOqMCwAUmQ8AQY0LAIaNCwCIjQsA2Y0LAOqNCwBnmQ8ALY4LAH+OCwCLjgsA0o4LAN+OCwC6mQ8AM48LAHiPCwCFjwsAy48LAOKPCwANmg8AJ5ALALaSCwAokAsAcZALAHOQCwDEkAsAypALABeRCwAhkQsAYJoPAHaRCwC9kQsAv5ELABCSCwAfkgsAY5ILAG6SCwCzmg8AxZILAAmTCwAYkwsAXJMLAGiTCwCvkwsAu5MLAAKUCwAJlAsABpsPAGGUCwColAsAsJQLAFmbDwAUlQsATpULAF+VCwChlQsArZULAKybDwD7lQsAR5YLAE+WCwCalgsAm5YLAO2WCwDzlgsAQJcLAEWXCwCTlwsAlJcLAOaXCwDylwsAOZgLAD+YCwCMmAsAlpgLAN+YCwDtmAsAD54LAPOYCwAymQsAOpkLAP+bDwCVmQsA2JkLAOCZCwArmgsANJoLAH6aCwA4mgsAFp0LAIuaCwDRmgsA2JoLACSbCwAwmwsAd5sLAIebCwDKmwsA2JsLAB2cCwAqnAsAcJwLAHycCwDDnAsAypwLAFKcDwAfnQsAaZ0LAHqdCwC8nQsAzZ0LAKWcDwAbngsAYp4LAGWeCwC1ngsAvZ4LAAifCwANnwsAW58LAGufCwCunwsAtp8LAAGgCwAKoAsAVKALAA6gCwDsogsAYaALAKegCwCuoAsA+qALAAahCwBNoQsAXaELAKChCwCuoQsA86ELAACiCwBGogsAUqILAJmiCwCgogsA+JwPAPWiCwA/owsAUKMLAJKjCwCjowsAS50PAOqjCwA4pAsARaQLAIukCwCXpAsA3qQLAOikCwAxpQsARaULAISlCwCFpQsA16ULAOOlCwAqpgsASaYLAH2mCwCFpgsA0KYLANWmCwAjpwsAPKcLAHanCwCfpwsAyacLANWnCwAcqAsAK6gLAG+oCwB5qAsAwqgLAMqoCwAVqQsAIKkLAGipCwBqqQsAu6kLAL6pCwAOqgsAFqoLAGGqCwBuqgsAtKoLALmqCwAHqwsAD6sLAFqrCwBcqwsArasLALerCwAArAsACqwLAFOsCwBZrAsApqwLALSsCwD5rAsAEq0LAEytCwBVrQsAn60LAKmtCwDyrQsA/q0LAJ6dDwBRrgsAmK4LAKKuCwDrrgsA9q4LAD6vCwBDrwsAka8LAJivCwDkrwsA7K8LADewCwBhsAsA8Z0PAJGwCwDdsAsA5bALADCxCwBasQsAg7ELAIixCwDWsQsA17ELACmyCwAzsgsAfLILAIqyCwDPsgsA1LILACKzCwAvswsAdbMLAJGzCwDIswsA5LMLAESeDwAotAsAbrQLAHK0CwDBtAsAx7QLABS1CwAWtQsAZ7ULAGi1CwC6tQsA3bULAA22CwAxtgsAYLYLAIq2CwCztgsAu7YLAAa3CwALtwsAWbcLAGa3CwCstwsAtLcLAP+3CwABuAsAUrgLAFq4CwCluAsAz7gLAPi4CwAFuQsAS7kLAFC5CwCeuQsAq7kLAPG5CwD9uQsARLoLAG66CwCXugsAn7oLAOq6CwAFuwsAPbsLAD+7CwCQuwsAobsLAOO7CwDsuwsANrwLAEK8CwCXng8AlrwLANy8CwD3vAsAL70LADS9CwCCvQsAor0LANW9CwDhvQsAKL4LADC+CwDqng8Aib4LAM6+CwDYvgsAIb8LACy/CwB0vwsAfL8LAJCfDwDQvwsAGsALACTACwBtwAsAeMALAMDACwDUwAsAE8ELACjBCwBmwQsAbsELALnBCwDQwQsADMILABHCCwBfwgsAacILALLCCwC6wgsA458PAAfDCwBYwwsAacMLAKvDCwCuwwsA/sMLAArECwA2oA8AX8QLAKTECwC1xAsAiaAPAPrECwBKxQsATcULAJ3FCwCpxQsA8MULAPbFCwBDxgsATcYLANygDwCjxgsA6cYLAADHCwA8xwsARMcLAC+hDwCXxwsAgqEPAPnHCwA1yAsAO8gLAIjICwCUyAsA28gLAPLICwAuyQsAMMkLAIHJCwCLyQsA1MkLAODJCwAnygsAM8oLAHrKCwCAygsAzcoLANPKCwAgywsAJcsLAHPLCwB5ywsA1aEPAMnLCwDslA0A0csLABnMCwAazAsAbMwLAHbMCwC/zAsA78wLACiiDwAVzQsAZc0LAG/NCwB7og8Awc0LAAvOCwAhzgsAXs4LAHTOCwCxzgsAs84LAATPCwAKzwsAV88LAGvPCwAhow8Ass8LAP3PCwDGzwsA1fQPAAPQCwAFvAwADdALAFDQCwAW0AsAsRoNAFLQCwCj0AsAsdALAPbQCwAH0QsAdKMPAFDRCwDHow8ApdELAOybDACo0QsA79ELAPLRCwBC0gsAS9ILAJXSCwCm0gsA6NILAPLSCwA70wsAQ9MLAI7TCwBX0wsAcOgMAJHTCwDh0wsA6tMLADTUCwBK1AsAh9QLAJ3UCwDa1AsA3NQLAC3VCwAz1QsAgNULAJTVCwAapA8A/tULACbWCwBR1gsAbaQPAH/WCwAeiQwAhdYLABjYCwCG1gsAvYoMAIjWCwDEiQwAidYLAMzWCwDO1gsAH9cLAC3XCwBy1wsAg9cLAMCkDwDN1wsAE6UPAB7YCwBr2AsAcdgLAL7YCwDD2AsAEdkLABfZCwBmpQ8AcNkLALfZCwC/2QsADKYPABbaCwBd2gsAZ9oLALDaCwC52gsAA9sLAATbCwBW2wsAXtsLAKnbCwCu2wsA/NsLAAzcCwCypg8AW9wLAKLcCwCk3AsA9dwLAPvcCwBI3QsAT90LAJvdCwCg3QsA7t0LAPLdCwBB3gsATt4LAJTeCwCc3gsA594LAOzeCwA63wsASt8LAAWnDwCe3wsA4N8LAOzfCwAz4AsAQuALAIbgCwCQ4AsA2eALAOfgCwAs4QsAOeELAH/hCwCW4QsAWKcPANXhCwD+pw8AKOILAHjiCwAs4gsASbUPAIDiCwDL4gsA9uILAB7jCwBJ4wsAceMLAJzjCwBRqA8AzeMLABfkCwAY5AsAauQLAHnkCwC95AsAgOQLAFzmCwDO5AsAEOULABLlCwBj5QsAZuULALblCwC55QsACeYLABHmCwBKqQ8AYeYLAK/mCwC25gsAAucLAAvnCwBV5wsAZucLAKjnCwC05wsA++cLAAPoCwCdqQ8AVOgLAKHoCwCo6AsA9OgLAPnoCwBH6QsAS+kLAJrpCwCn6QsA7ekLAPzpCwBA6gsAUeoLAJPqCwCV6gsA5uoLAOnqCwA56wsAPOsLAIzrCwCU6wsA8KkPAOTrCwCQDgwA6usLAJGhDQDr6wsAMuwLADXsCwCF7AsAj+wLAEOqDwDh7AsAK+0LADrtCwB+7QsAje0LANHtCwDd7QsAJO4LACfuCwB37gsAeu4LAJaqDwDN7gsAHe8LAEjvCwDpqg8AeO8LADyrDwDL7wsAj6sPAB7wCwDiqw8AbvALALzwCwDJ8AsAD/ELABLxCwBi8QsAZ/ELALXxCwDG8QsACPILABTyCwA1rA8AYPILAK7yCwC/8gsAAfMLAA3zCwBU8wsAbvMLAKfzCwCr8wsAmfULAK7zCwDe9wsAsfMLACr5CwCz8wsAkvYLALXzCwCg9AsAuPMLAPrzCwD/8wsATfQLAGT0CwCIrA8ArfQLAPP0CwAD9QsARvULAEv1CwDbrA8Am/ULAOz1CwDy9QsAP/YLAEz2CwAurQ8AmPYLAOX2CwDr9gsAOPcLAD33CwCL9wsAkfcLAIGtDwDq9wsAMfgLAEr4CwCE+AsAjfgLANf4CwDu+AsA1K0PADD5CwB9+QsAf/kLAND5CwDf+QsAI/oLAC/6CwAnrg8Af/oLAMn6CwDX+gsAHPsLACb7CwBv+wsAe/sLAML7CwDF+wsAFfwLADH8CwBo/AsAcPwLAHquDwDH/AsADv0LABH9CwBh/QsAa/0LAHOvDwC9/QsAB/4LABX+CwBa/gsAZP4LAK3+CwC5/gsAAP8LAAj/CwAZsA8AVf8LAKb/CwC0/wsA+f8LAAoADABssA8AUwAMAL+wDwCkAAwA8gAMAPoADABFAQwASwEMAJgBDAChAQwA6wEMAPgBDABlsQ8AQwIMAJECDABKAgwAMAQMAJoCDADkAgwA7gIMADcDDAA/AwwAigMMAMoDDADdAwwA5QMMALixDwA2BAwAgwQMAIkEDADWBAwA3gQMACkFDABpBQwAfAUMAIQFDAALsg8A1wUMAF6yDwArBgwAdQYMAIMGDADIBgwA0gYMABsHDAAnBwwAbgcMAHEHDADBBwwAyQcMAASzDwAgCAwAZwgMAGoIDAC6CAwAxAgMAFezDwAVCQwAqrMPAG4JDACzCQwAxAkMAAYKDAASCgwAWQoMAFwKDAD9sw8A7goMAP8KDABBCwwAULQPAGILDAClCwwApwsMAPgLDAAGDAwASwwMAFwMDACjtA8AugwMAPEMDAD5DAwA9rQPAFINDACXDQwAmA0MAJy1DwD2DQwAPQ4MAEQODADvtQ8Alw4MAOMODADoDgwAQrYPAD4PDACVtg8AkQ8MANwPDADMDwwA3zAOAN0PDACCYwwA3w8MAHRlDADlDwwALxAMAOYPDAA2YgwA7A8MAHtkDAA8EAwAghAMAI0QDADVEAwA1xAMACgRDAA1EQwAexEMAIIRDADOEQwA3xEMACESDAAtEgwAdBIMAHsSDADHEgwAzxIMAOi2DwAgEwwAbRMMAHMTDADAEwwAxRMMABMUDAAZFAwAO7cPAHIUDAC5FAwAwxQMAAwVDAAQFQwAXxUMAGsVDACyFQwAvhUMAAUWDAASFgwAWBYMAGAWDACrFgwAtRYMAP4WDAAKFwwAURcMAFQXDACkFwwArhcMAOG3DwD5FwwAShgMAE0YDACdGAwAoBgMAIe4DwD4GAwA2rgPAFEZDACWGQwAlxkMAC25DwDxGQwAgLkPAEEaDACPGgwAlhoMAOIaDADnGgwA07kPAD0bDAAmug8AkBsMANsbDADlGwwALhwMADkcDACBHAwAjxwMANQcDADXHAwAJx0MAC8dDAB6HQwAhB0MAM0dDADZHQwAIB4MACMeDABzHgwAfR4MAHm6DwDUHgwAGR8MAC8fDABsHwwAeB8MAL8fDADGHwwAEiAMABogDABlIAwAaiAMALggDADBIAwACyEMABUhDABeIQwAZiEMALEhDACzIQwABCIMABQiDABXIgwAYSIMAKoiDAC2IgwA/SIMAAMjDABQIwwAWCMMAB+7DwCxIwwA9iMMAPcjDAByuw8ATiQMAMW7DwCeJAwA7yQMAPAkDABCJQwARSUMAJUlDACgJQwA6CUMAO0lDAA7JgwARSYMABi8DwCyJgwA4SYMAOkmDABrvA8ANicMAIcnDACYJwwA2icMAOsnDAAtKAwAMCgMAL68DwCGKAwA0ygMANgoDAAmKQwAKSkMAHkpDAB8KQwAzCkMANQpDAARvQ8ALSoMAHIqDAB1KgwAxSoMANAqDAAYKwwAJCsMAGsrDAByKwwAvisMAMYrDAARLAwAHywMAGQsDABxLAwAtywMAL8sDABkvQ8AFi0MAF0tDABgLQwAsC0MALotDAADLgwACy4MALe9DwBiLgwAqS4MAK8uDAD8LgwABi8MAE8vDABjLwwAoi8MAKovDAAKvg8AAjAMAEgwDABQMAwAmzAMAJ4wDADuMAwA+jAMAEExDABLMQwAlDEMAJ0xDADnMQwA6DEMADoyDABSMgwAjTIMAI8yDADgMgwA8TIMADMzDABEMwwAhjMMAI4zDADZMwwA6DMMACw0DAAuNAwAfzQMAJA0DADSNAwA4zQMACU1DAA+NQwAeDUMAHo1DADLNQwA2jUMAB42DAA+NgwAsL4PALY2DADENgwACTcMAAO/DwAZNwwAajcMAIo3DAC9NwwA0TcMAFa/DwAYOAwAYzgMAHA4DAC2OAwAuzgMAAk5DAATOQwAXDkMAGQ5DACvOQwAtTkMAAI6DAALOgwAVToMAGI6DACpvw8AtDoMAPs6DAABOwwATjsMAFQ7DAChOwwAqjsMAPQ7DAD1OwwARzwMAFE8DACaPAwApjwMAO08DAD0PAwA/L8PAEg9DABPwA8Amz0MAKLADwDuPQwA9cAPAEU+DACMPgwAnD4MAN8+DADkPgwAMj8MADg/DACFPwwAkT8MANg/DADgPwwASMEPADxADAB+QAwAj0AMANFADADjQAwAJEEMACxBDAB3QQwAgkEMAMpBDADPQQwAHUIMACJCDABwQgwAkEIMAJvBDwDTQgwAFkMMACBDDABpQwwAdUMMALxDDADCQwwAD0QMABdEDABiRAwAZEQMALVEDABuRAwAOEoMAMZEDAAIRQwAGUUMAFtFDABtRQwArkUMALZFDAABRgwADEYMAFRGDABZRgwAp0YMAKxGDAD6RgwAGkcMAO7BDwBPRwwAoEcMAK9HDADzRwwA/kcMAEZIDABYSAwAmUgMAKFIDADsSAwA90gMAD9JDABESQwAkkkMAJdJDADlSQwABUoMAEHCDwA6SgwAi0oMAJpKDADeSgwA6UoMADFLDABDSwwAhEsMAIxLDADXSwwA4ksMACpMDAAvTAwAfUwMAIJMDADQTAwA8EwMAJTCDwAwTQwAdk0MAI1NDADnwg8A1k0MABxODAAzTgwAOsMPAHxODADCTgwAyU4MABVPDAAjTwwAaE8MAHVPDAC7TwwA0k8MAI3DDwAWUAwA4MMPAGNQDAC0UAwAwlAMAAdRDAAYUQwAM8QPAGdRDACtUQwAxFEMAIbEDwAKUgwAU1IMAF9SDACmUgwAqVIMAPlSDAADUwwA2cQPAGhTDAAsxQ8Ap1MMAH/FDwD6UwwARVQMAEZUDADWVwwASFQMAORVDABMVAwApV4MAE9UDACYVAwAVFQMAMhZDABVVAwAz1gMAJ1UDAD/XQwApFQMAOtUDADuVAwAPlUMAEhVDADSxQ8AmVUMACXGDwDtVQwAN1YMAARWDACzXAwARVYMAIpWDACUVgwA3VYMAOlWDAAwVwwAM1cMAINXDACLVwwAeMYPANhXDAApWAwALFgMAHxYDAB/WAwAy8YPANFYDAAiWQwAMFkMAHVZDACGWQwAcccPAMpZDAAbWgwAKFoMAG5aDAB9WgwAwVoMAM1aDAAUWwwAJVsMAGdbDAB4WwwAulsMAMZbDAANXAwAFFwMAGBcDABoXAwAF8gPAMFcDAAGXQwAB10MAGrIDwBlXQwArF0MALNdDAC9yA8ABl4MAFJeDABXXgwAY8kPAK5eDAD4XgwA/l4MAEtfDABNXwwAnl8MAKhfDADxXwwA/18MAERgDABJYAwAl2AMAKRgDADqYAwAAmEMAD1hDABTYQwAkGEMAJNhDADjYQwA62EMAAnKDwBCYgwAiWIMAIxiDADcYgwA5mIMAFzKDwA3YwwAr8oPAIRjDADVYwwA2GMMAChkDAArZAwAAssPAH1kDADOZAwA3GQMACFlDAAyZQwAqMsPAH1lDADHZQwA1WUMABpmDADgZQwAG/kNACRmDABtZgwAeWYMAMBmDADDZgwAE2cMABtnDABOzA8AgGcMAKHMDwDTZwwADGgMACZoDAD0zA8AZGgMAJZsDABtaAwAPG0MAG9oDACyaAwAtGgMAAVpDAATaQwAWGkMAGlpDABHzQ8AsmkMAJrNDwAEagwAUWoMAFdqDACkagwAqWoMAPdqDAD9agwA7c0PAFBrDACdawwAomsMAPBrDAAGbAwAQ2wMAEtsDACTzg8AtmwMAOlsDADxbAwA5s4PAFNtDACPbQwAnG0MAOJtDADnbQwANW4MADtuDACIbgwAlG4MANtuDADibgwALm8MADZvDACBbwwApG8MAIzPDwDdbwwAJ3AMADRwDAB6cAwAiXAMAM1wDADPcAwAIHEMAClxDABzcQwAinEMAMZxDADRcQwAGXIMACNyDABscgwAdHIMAN/PDwDFcgwAEnMMABhzDABlcwwAanMMALhzDAC+cwwAMtAPAC10DABedAwAZnQMANjQDwC6dAwABHUMAAV1DABXdQwAX3UMAKp1DAC1dQwA/XUMAAJ2DABQdgwAVXYMAKN2DADDdgwAK9EPAPx2DABJdwwAUHcMAJx3DAChdwwA73cMAPN3DABCeAwAT3gMAJV4DACdeAwA6HgMAPN4DAA7eQwAQHkMAI55DACTeQwA4XkMAAF6DAB+0Q8AQ3oMAId6DACSegwA2noMAOJ6DAAtewwAMHsMAIB7DAA3ewwAa34MAIx7DADTewwA3XsMACZ8DAAvfAwAeXwMAHp8DADMfAwA1HwMAB99DAAqfQwAcn0MAHd9DADFfQwAyn0MABh+DAA4fgwA0dEPAHd+DAC+fgwAwH4MABF/DAAXfwwAZH8MAGt/DAC3fwwAvH8MAAqADAAOgAwAXYAMAGqADACwgAwAuIAMAAOBDAAOgQwAVoEMAFuBDACpgQwAroEMAPyBDAAcggwAJNIPAFeCDAB30g8ArIIMAPWCDAD+ggwASIMMAE6DDACbgwwAp4MMAO6DDAAMhAwAQYQMAEKEDACUhAwAloQMAOeEDAD0hAwAOoUMAEiFDACNhQwAnIUMAOCFDAD8hQwAM4YMADuGDAAd0w8AmYYMANmGDADahgwALIcMADiHDAB/hwwAjocMANKHDADchwwAJYgMADGIDAB4iAwAf4gMAHDTDwDTiAwAw9MPACeJDABxiQwAfokMABbUDwDJiQwAF4oMACSKDABqigwAdIoMAGnUDwC/igwAEIsMACaLDABjiwwAb4sMALzUDwC+iwwA3aINANSLDAAJjAwAJ4wMAFyMDABkjAwAr4wMAH6MDAAtxw0AsIwMAE6ODACyjAwAmo8MALuMDACAxw0Av4wMAAKNDAAEjQwAVY0MAGONDACojQwAuY0MAA/VDwADjgwAYtUPAFCODAChjgwApI4MAPSODAD3jgwAtdUPAE+PDAAI1g8ApI8MADLlDAC6jwwA7Y8MAPuPDABAkAwAQZAMAFvWDwCbkAwArtYPAAmRDAAB1w8ARpEMAIyRDACakQwA35EMAOmRDAAykgwAOpIMAIWSDACGkgwAYpcMAKCSDAAdlQwArpIMANiSDADhkgwAK5MMACyTDAB+kwwAjJMMANGTDADbkwwAJJQMADCUDAB3lAwAfZQMAMqUDADmlAwAVNcPACuVDABwlQwAfZUMAMOVDADNlQwAFpYMABiWDABplgwAgJYMALyWDADIlgwAD5cMACuXDACn1w8Ac5cMALWXDAC3lwwACJgMABKYDABbmAwAa5gMAK6YDACzmAwAAZkMAAeZDABUmQwAapkMAKeZDACvmQwA+pkMAP2ZDABNmgwAVpoMAKCaDACumgwA85oMAP2aDABGmwwAUpsMAJmbDAC1mwwA+tcPAPmbDAA/nAwAR5wMAJKcDACVnAwA0PIMAKKcDADlnAwA55wMANfxDADznAwAOJ0MAEWdDACLnQwAmZ0MAN6dDADhnQwAMZ4MADyeDACEngwAkJ4MANeeDADengwAKp8MADKfDAB9nwwAf58MANCfDADgnwwAI6AMAC2gDAB2oAwAgqAMAMmgDADPoAwAHKEMACShDABN2A8AcaEMAMKhDADQoQwAFaIMACKiDABoogwAdKIMALuiDADBogwADqMMABGjDABhowwAaaMMALSjDAC2owwAkagMALejDABTpQwAxKMMAAekDAAJpAwAG60MAAykDABapAwAY6QMAK2kDAC6pAwAAKUMAAelDACg2A8AXKUMAIOqDABdpQwA8qYMAHOlDACmpQwAtKUMAPmlDAD6pQwA89gPAFimDACfpgwApqYMAEbZDwD0pgwARacMAEunDACYpwwAoqcMAOunDAD3pwwAPqgMAEWoDACZ2Q8AqqgMAOSoDADpqAwAN6kMAD2pDACKqQwAlKkMAN2pDADpqQwAMKoMADeqDADs2Q8AkqoMANaqDADlqgwAKasMADWrDAB8qwwAf6sMAM+rDADSqwwAIqwMADKsDAB1rAwAfqwMAMisDADZrAwAP9oPACmtDABurQwAf60MAJLaDwDIrQwA5doPAByuDABnrgwAaa4MAESzDABqrgwABrAMAHeuDAC6rgwAvK4MAM63DAC/rgwADa8MABavDABgrwwAba8MALOvDAC6rwwAONsPAA+wDAA2tQwAELAMAKWxDAAmsAwAWbAMAGewDACssAwArbAMAIvbDwALsQwAUrEMAFmxDADe2w8Ap7EMAPixDAD+sQwAS7IMAFWyDACesgwAqrIMAPGyDAD4sgwAMdwPAF2zDACXswwAnLMMAOqzDADwswwAPbQMAEe0DACQtAwAnLQMAOO0DADqtAwAhNwPAEW1DACJtQwAmLUMANy1DADotQwAL7YMADK2DACCtgwAhbYMANW2DADltgwAKLcMADG3DAB7twwAjLcMANfcDwDctwwAIbgMADK4DAAq3Q8Ae7gMAH3dDwDPuAwAGrkMAFG5DABtuQwAdbkMAMC5DADQuQwAE7oMABW6DABmugwAdLoMALm6DADKugwA0N0PABK7DABfuwwAa7sMACPeDwDeuwwAyd4PAA68DABYvAwAZbwMAKu8DADHvAwA/rwMAAa9DAAc3w8AYr0MAKS9DACmvQwA970MAPi9DABKvgwATb4MAJ2+DACpvgwA8L4MAPe+DABDvwwAX78MAJa/DACevwwAwt8PAPa/DAA8wAwATMAMAI/ADACUwAwA4sAMABLBDAAV4A8AO8EMAGjgDwCQwQwA28EMANzBDADvygwA4cEMAORHDgDlwQwALsIMAOfBDABlxgwA68EMAMbEDAD5wQwALc4MADPCDABvQA4AOcIMAJI7DgA6wgwAgcIMAITCDADUwgwA3sIMALvgDwAvwwwAesMMAIDDDADNwwwA1sMMACDEDAAtxAwAc8QMAI/EDAAO4Q8AyMQMABnFDADLxAwAdUsOACfFDABsxQwAfcUMAGHhDwDFxQwAEsYMAB7GDAC04Q8Aa8YMALjGDAC+xgwAC8cMABDHDABexwwAZMcMAK3iDwC4xwwApuMPAAnIDABXyAwAX8gMAKrIDAC2yAwA/cgMABDJDABQyQwAXMkMAKPJDACyyQwA9skMAP/JDABJygwAU8oMAJzKDACoygwATOQPAADLDABCywwATssMAJXLDACXywwA6MsMAOvLDAA7zAwAR8wMAI7MDACWzAwAn+QPAO3MDAA0zQwARM0MAIfNDACTzQwA2s0MAODNDADy5A8AT84MAIDODACIzgwA084MAPvODAAmzwwAMc8MAHnPDACFzwwAzM8MAN3PDAAf0AwAINAMAEXlDwB40AwAxdAMANLQDACY5Q8AJdEMAGvRDACC0QwAvtEMAO7RDAAR0gwAGdIMAGTSDABu0gwAt9IMAMPSDAAK0wwADdMMAF3TDABn0wwA6+UPALjTDAAD1AwACdQMAFbUDABf1AwAqdQMALbUDAD81AwAGNUMAD7mDwBR1QwAotUMAFbVDACa4gwAr9UMAPXVDAD81QwASNYMAErWDACb1gwAodYMAO7WDAD11gwAQdcMAFnXDACU1wwAmdcMAOfXDACg1wwAjdgMAPDXDAA62AwARNgMAJHmDwCT2AwA4NgMAObYDAAz2QwAONkMAIbZDACM2QwA5OYPANrZDAAs2gwAPdoMAH/aDACL2gwA0toMANzaDAAl2wwAMdsMAHjbDAB/2wwAN+cPAM3bDAAe3AwA1tsMACFXDgAh3AwAcdwMAJHcDADE3AwAzNwMAIrnDwAo3QwAat0MAHHdDAC93QwAxd0MABDeDAAT3gwAr98MACDeDABj3gwAZd4MALbeDADE3gwACd8MABrfDADd5w8AY98MADDoDwC43wwAAuAMABHgDABV4AwAZOAMAKjgDAC04AwA++AMAP7gDABO4QwAUeEMAKHhDACx4QwA9OEMAP3hDABH4gwAWOIMAIPoDwCf4gwA7eIMAPbiDABA4wwASuMMAJPjDACb4wwA5uMMAATkDAA55AwAV+QMAIzkDACq5AwA3+QMAP3kDADW6A8AOeUMAIXlDACK5QwA2OUMAJHlDADR5gwA4eUMACvmDAA15gwAfuYMAJrmDAAp6Q8A1+YMACTnDAAq5wwAd+cMAJPnDAB86Q8A8ucMACLqDwBF6AwAdeoPAHjoDABu6w8A2egMABbpDAAY6QwAaekMAG/pDAC86QwA0OkMAA/qDAAX6gwAYuoMAIrqDADB6w8AvuoMAAjrDAAV6wwAW+sMAGnrDACu6wwAuOsMAAHsDAAb7AwAVOwMAGHsDACn7AwAs+wMAPrsDAAE7QwATe0MAFXtDAAU7A8Ap+0MAPPtDAD77QwAZ+wPAB/uDABg7Q8AUu4MAJnuDACg7gwA7O4MAPTuDAC67A8AQe8MAJLvDACj7wwA5e8MAO3vDAA48AwAQvAMAIvwDACX8AwA3vAMAOHwDAAx8QwAO/EMALPtDwCg8QwABu4PAOXxDAAq8gwAO/IMAFnuDwCE8gwArO4PANnyDAAj8wwAMvMMAHbzDACF8wwAyfMMANXzDAAc9AwAH/QMAG/0DABy9AwAwvQMANL0DAAV9QwAHvUMAGj1DAB59QwA/+4PAMf1DAAO9gwAFvYMAFLvDwBj9gwAtPYMAG32DABa9wwAt/YMAAf3DAAP9wwApe8PAGD3DACt9wwAufcMAAD4DAAI+AwA+O8PAF/4DACm+AwAqfgMAPn4DAAD+QwAS/APAFH5DACf+QwAtfkMAPL5DADz+QwARfoMAFb6DACY+gwApPoMAOv6DAD1+gwAPvsMAEr7DACe8A8AnfsMAOT7DADn+wwAN/wMAEH8DABE8Q8AjfwMAN38DADg/AwAMP0MADz9DACD/QwAif0MANb9DADg/QwAl/EPAC7+DAB8/gwAif4MAM/+DADS/gwAIv8MAD7/DAB1/wwAff8MAOrxDwDQ/wwAPfIPACMADQCQ8g8AcQANAMEADQCFAA0ABMENAOEADQAUAQ0AKAENAOPyDwB0AQ0ANvMPALsBDQANAg0AEwINAGACDQBsAg0AswINAMICDQAGAw0ACAMNAFkDDQBjAw0ArAMNALgDDQD/Aw0ABgQNAInzDwBeBA0A3PMPAK0EDQAv9A8APQUNAEsFDQCQBQ0AngUNAOMFDQDxBQ0ANgYNAEQGDQCJBg0AlwYNANwGDQDqBg0ALwcNAIL0DwA/Bw0AkAcNAJ4HDQDjBw0A9AcNACj1DwA8CA0AiQgNAJUIDQB79Q8A4ggNAC8JDQA1CQ0AggkNAIcJDQDVCQ0A2wkNACH2DwArCg0AewoNAIcKDQDOCg0A1AoNACELDQArCw0Ax/YPAHkLDQDHCw0A1AsNABoMDQAdDA0AbQwNAIIMDQDADA0AyAwNABr3DwAbDQ0AZg0NAHINDQC5DQ0Avw0NAAwODQASDg0AXw4NAGQODQCyDg0AuA4NAAz5DwAUDw0AWA8NAGcPDQCrDw0AtA8NAP4PDQAEEA0AURANAFcQDQCkEA0AsBANAPcQDQD+EA0AShENAFIRDQCy+Q8ApxENAPARDQD7EQ0AQxINAE8SDQCWEg0AnBINAOkSDQDxEg0APBMNAEgTDQCPEw0AlRMNAOITDQDoEw0ANRQNADoUDQCIFA0AjhQNAAX6DwDiFA0ALhUNADwVDQCBFQ0AjhUNANQVDQDrFQ0AJxYNAEMWDQB6Fg0AghYNAFj6DwDgFg0AIBcNACIXDQBzFw0AiRcNAMYXDQDHFw0AGRgNACoYDQBsGA0AeBgNAKv6DwDbGA0A/voPABQZDQBlGQ0AexkNALgZDQC5GQ0ACxoNABwaDQBeGg0AahoNAFH7DwC2Gg0ABBsNAAobDQBXGw0AdxsNAKobDQC2Gw0A/RsNAAQcDQCk+w8AXBwNAEIeDQBgHA0AoxwNAKUcDQD2HA0ABB0NAEkdDQBaHQ0A9/sPAKIdDQDvHQ0A+x0NAEr8DwBIHg0AlR4NAJseDQDoHg0A7R4NADsfDQBBHw0AQ/0PAKIfDQDhHw0A4h8NADQgDQBAIA0AhyANAKMgDQDaIA0A4iANAI/+DwA5IQ0AgCENAJwhDQDTIQ0A2yENADX/DwAyIg0AeSINAH8iDQDMIg0A0iINAB8jDQA3Iw0AciMNAHwjDQDFIw0A0SMNABgkDQAbJA0AayQNAHUkDQC+JA0A1iQNABElDQAhJQ0AZCUNAGYlDQC3JQ0AxSUNAAomDQAbJg0AiP8PAGMmDQCwJg0AvCYNANv/DwALJw0AgQAQAGInDQCpJw0ArCcNAPwnDQAGKA0A1AAQAFEoDQCiKA0AsCgNAPUoDQAGKQ0AegEQAE8pDQDNARAAoykNACACEAD2KQ0AGQMQAEMqDQCUKg0AoSoNAOcqDQD2Kg0AOisNAEArDQCNKw0AmSsNAOArDQDiKw0AMywNAD0sDQCGLA0AlCwNANksDQDeLA0ALC0NADktDQB/LQ0Aiy0NANItDQDlLQ0AJS4NADQuDQB4Lg0AhC4NAMsuDQDMLg0AHi8NACgvDQBxLw0Afy8NAMQvDQDJLw0AFzANACQwDQBsAxAAdDANAL0wDQDLMA0AEDENABMxDQBjMQ0AczENALYxDQDEMQ0ACTINABUyDQBcMg0AYzINAK8yDQC2Mg0AAjMNAA4zDQBVMw0AVjMNAKgzDQC0Mw0A+zMNAAg0DQBONA0AVTQNAKE0DQCtNA0A9DQNAAE1DQBHNQ0AVjUNAJo1DQCuNQ0A7TUNAPk1DQBANg0AUzYNAJM2DQCiNg0A5jYNAPI2DQA5Nw0AOjcNAIw3DQCWNw0A3zcNAO03DQAyOA0ANzgNAIU4DQCSOA0AvwMQANk4DQArOQ0APDkNAH45DQCMOQ0A0TkNAOA5DQAkOg0AJjoNAHc6DQCBOg0AyjoNANg6DQAdOw0AIjsNAHA7DQB9Ow0AwzsNANI7DQAWPA0AGzwNAGk8DQB2PA0AvDwNAMY8DQAPPQ0AGz0NAGI9DQB1PQ0AtT0NAL89DQAIPg0AFD4NAFs+DQBuPg0Arj4NAL0+DQABPw0ADT8NAFQ/DQBVPw0Apz8NALE/DQD6Pw0ACEANAE1ADQBSQA0AoEANAK1ADQASBBAA+EANAEZBDQBTQQ0AmUENAKNBDQDsQQ0A8kENAD9CDQBBQg0AkkINAJ9CDQDlQg0A6EINADhDDQBGQw0Ai0MNAJdDDQDeQw0A60MNADFEDQA7RA0AhEQNAJNEDQDXRA0A3EQNACpFDQA3RQ0AfUUNAIpFDQDQRQ0A3EUNACNGDQAyRg0AdkYNAIBGDQDJRg0A10YNABxHDQAhRw0Ab0cNAHxHDQDCRw0AzkcNABVIDQAoSA0AaEgNAHdIDQC7SA0Ax0gNAA5JDQAPSQ0AYUkNAGtJDQC0SQ0AwkkNAAdKDQAMSg0AWkoNAGdKDQBlBBAAwEoNAABLDQAPSw0AU0sNAF9LDQCmSw0Ap0sNAPlLDQADTA0ATEwNAFpMDQCfTA0ApEwNAPJMDQD/TA0AuAQQAFhNDQCYTQ0Ap00NAOtNDQD3TQ0APk4NAD9ODQCRTg0Am04NAORODQDyTg0AN08NADxPDQCKTw0Al08NAAsFEADfTw0AMFANAD5QDQCDUA0AkFANANZQDQDiUA0AKVENAC9RDQB8UQ0AjVENAM9RDQDRUQ0AIlINACtSDQB1Ug0AglINAMhSDQDXUg0AG1MNACZTDQBuUw0AelMNAMFTDQDUUw0AFFQNACNUDQBnVA0Ac1QNALpUDQC7VA0ADVUNABdVDQBgVQ0AblUNALNVDQC4VQ0ABlYNABNWDQBeBRAAZlYNAKxWDQC6Vg0A/1YNAAlXDQBSVw0AYFcNAKVXDQCnVw0A+FcNAAlYDQBLWA0AWVgNAJ5YDQDNWA0A8VgNAPNYDQBEWQ0ATlkNAJdZDQClWQ0A6lkNAO9ZDQA9Wg0ASloNAJBaDQCcWg0A41oNAPZaDQA2Ww0ARVsNAIlbDQCVWw0A3FsNAN1bDQAvXA0AOVwNAIJcDQCQXA0A1VwNANpcDQAoXQ0ANV0NALEFEAB9XQ0Azl0NANBdDQAhXg0AMF4NAHReDQCDXg0Ax14NANNeDQAaXw0AHV8NAG1fDQBwXw0AwF8NAMZfDQATYA0AH2ANAGZgDQBpYA0AuWANAL5gDQAMYQ0AFWENAF9hDQBlYQ0AsmENAMFhDQAFYg0AEWINAFhiDQBoYg0Aq2INAK1iDQD+Yg0ADGMNAFFjDQBiYw0ABAYQAKpjDQD3Yw0AA2QNAFcGEABdZA0AnWQNAKxkDQDwZA0A/GQNAENlDQBEZQ0AlmUNAKBlDQDpZQ0A92UNADxmDQBBZg0Aj2YNAJxmDQCqBhAA7mYNADVnDQA/Zw0AiGcNALFnDQDbZw0A4mcNAC5oDQBHaA0AgWgNAJBoDQDUaA0A42gNACdpDQAsaQ0AemkNAIdpDQDNaQ0A2mkNACBqDQAsag0Ac2oNAIJqDQDGag0A0GoNABlrDQAnaw0AbGsNAHFrDQC/aw0AzGsNABJsDQAebA0AZWwNAHhsDQC4bA0Ax2wNAAttDQAXbQ0AXm0NAF9tDQCxbQ0Au20NAARuDQASbg0AV24NAFxuDQCqbg0At24NAP0GEAAObw0AUG8NAGFvDQCjbw0Ar28NAPZvDQANcA0ASXANAEtwDQCccA0ArXANAO9wDQDycA0AQnENAExxDQCVcQ0Al3ENAOhxDQDycQ0AO3INAEdyDQCOcg0AmnINAOFyDQD0cg0ANHMNAENzDQCHcw0Ak3MNANpzDQDbcw0ALXQNADd0DQCAdA0AjnQNANN0DQDYdA0AJnUNADN1DQBQBxAAe3UNAMx1DQDWdQ0AH3YNACd2DQCjBxAAhXYNAMV2DQDRdg0AGHcNACd3DQBrdw0AdHcNAL53DQDIdw0AEXgNAB94DQBkeA0AaXgNALd4DQDEeA0ACnkNABZ5DQBdeQ0AcHkNALB5DQC/eQ0AA3oNAA96DQBWeg0AV3oNAKl6DQCzeg0A/HoNAAp7DQBPew0AVHsNAKJ7DQCvew0A9gcQAPd7DQBIfA0AUnwNAJt8DQCjfA0ASQgQAPN8DQBBfQ0AV30NAJR9DQCVfQ0A530NAPh9DQA6fg0ARn4NAI1+DQCXfg0A4H4NAO5+DQAzfw0AOH8NAIZ/DQCTfw0A2X8NAOV/DQAsgA0AP4ANAH+ADQCOgA0A0oANAN6ADQAlgQ0AJoENAHiBDQCCgQ0Ay4ENANmBDQAegg0AI4INAHGCDQB+gg0AnAgQAMaCDQAXgw0AIYMNAGqDDQBygw0A7wgQANODDQAQhA0AHIQNAGOEDQBohA0AtoQNAL+EDQAJhQ0AE4UNAFyFDQBohQ0Ar4UNAMKFDQAChg0AEYYNAFWGDQBhhg0AqIYNAKmGDQD7hg0ABYcNAE6HDQBchw0AoYcNAKaHDQD0hw0AAYgNAEIJEABJiA0AmogNAKSIDQDtiA0A9YgNAJUJEABNiQ0Ak4kNAKKJDQDmiQ0A8YkNADmKDQBFig0AjIoNAJuKDQDfig0A/4oNADKLDQA+iw0AhYsNAIyLDQDYiw0A5osNACuMDQAwjA0AfowNAIqMDQDRjA0A5IwNACSNDQAzjQ0Ad40NAIONDQDKjQ0Ay40NAB2ODQAnjg0AcI4NAH6ODQDDjg0AyI4NABaPDQAjjw0A6AkQAGuPDQC8jw0Axo8NAA+QDQAXkA0AOwoQAH+QDQC1kA0AxpANAAiRDQAUkQ0AW5ENAG6RDQCukQ0AvZENAAGSDQANkg0AVJINAFWSDQCnkg0AsZINAPqSDQAIkw0ATZMNAFKTDQCgkw0ArZMNAI4KEAD1kw0ARpQNAFCUDQCZlA0AoZQNAOEKEAAJlQ0AP5UNAFCVDQCSlQ0AnpUNAOWVDQD4lQ0AOJYNAEeWDQCLlg0Al5YNAN6WDQDflg0AMZcNADuXDQCElw0AkpcNANeXDQDclw0AKpgNADeYDQA0CxAAf5gNANCYDQDamA0AI5kNACuZDQCHCxAAh5kNAMmZDQDdmQ0AHJoNACCaDQBvmg0AcZoNAMKaDQDWmg0AFZsNABibDQBomw0AhZsNALubDQDMmw0ADpwNABqcDQBhnA0AdJwNALScDQDDnA0AB50NABOdDQBanQ0AW50NAK2dDQC3nQ0AAJ4NAA6eDQBTng0AWJ4NAKaeDQCzng0A2gsQAPueDQBMnw0AVp8NAJ+fDQCnnw0ALQwQAPSfDQBFoA0AU6ANAJigDQCpoA0AgAwQAPKgDQDTDBAARqENAHIOEACXoQ0A5KENAOmhDQA3og0AO6INAIqiDQCXog0AxQ4QAOCiDQBgqA0A6aINADCjDQBDow0Ag6MNAISjDQDWow0A4qMNACmkDQA4pA0AfKQNAIakDQDPpA0A26QNACKlDQAppQ0AGA8QAH2lDQDIpQ0AyqUNAHSxDQDLpQ0ApaoNAM6lDQAbpg0A1KUNAOqsDQDVpQ0AuBIOACemDQBupg0AfaYNAMGmDQDNpg0AFKcNACKnDQBnpw0AgqcNALqnDQDGpw0ADagNABSoDQBrDxAAbagNALOoDQC1qA0ABqkNAAepDQBZqQ0AXKkNAKypDQC3qQ0A/6kNAASqDQBSqg0AXKoNAL4PEACyqg0A+KoNAPqqDQBLqw0ATKsNAJ6rDQChqw0A8asNAPyrDQBErA0ASawNAJesDQChrA0AERAQAP2sDQA9rQ0APq0NAJCtDQCcrQ0A460NAPKtDQA2rg0AQK4NAImuDQCVrg0A3K4NAOOuDQBkEBAAN68NAIKvDQCErw0A1a8NAOSvDQAosA0AMrANAHuwDQCEsA0AzrANANCwDQAhsQ0AMrENAAoREACDsQ0Ax7ENANGxDQAasg0AI7INAG2yDQBvsg0AwLINANGyDQATsw0AG7MNAGazDQCEsw0AubMNAMGzDQAMtA0AGLQNAF+0DQBytA0AsrQNALO0DQAFtQ0AEbUNAFi1DQBntQ0Aq7UNALW1DQD+tQ0ACrYNAFG2DQBYtg0AXREQALW2DQD3tg0ACLcNAEq3DQBStw0AnbcNAKS3DQDwtw0A/rcNAEO4DQBTuA0AlrgNAKa4DQDpuA0ABbkNALAREABMuQ0Aj7kNAJu5DQDiuQ0A6LkNADW6DQBDug0AiLoNAJW6DQDbug0A8roNAC67DQA2uw0AgbsNAI+7DQDUuw0A3rsNACe8DQAzvA0AerwNAJC8DQDNvA0A0LwNACC9DQA8vQ0AAxIQAIO9DQDGvQ0A0L0NABm+DQAhvg0AbL4NAHu+DQC/vg0AxL4NABK/DQAfvw0AZb8NAG+/DQC4vw0Aur8NAAvADQAZwA0AXsANAGvADQCxwA0AtMANAFYSEAAPwQ0AV8ENAGHBDQCqwQ0AssENAP3BDQAMwg0AUMINAFXCDQCjwg0AsMINAPbCDQAAww0AScMNAEvDDQCcww0AqsMNAO/DDQD8ww0AQsQNAEXEDQCpEhAAmMQNAOjEDQD0xA0AO8UNAELFDQCOxQ0AlsUNAOHFDQD6xQ0ANMYNAEjGDQCHxg0Ao8YNANrGDQDixg0ATxMQADXHDQCiExAAjccNANPHDQDaxw0AJsgNAC7IDQB5yA0AfsgNAMzIDQDcyA0AH8kNACfJDQByyQ0AgMkNAMXJDQDSyQ0AGMoNACXKDQBryg0Ad8oNAL7KDQDEyg0AEcsNABnLDQBkyw0AcMsNALfLDQDKyw0ACswNABnMDQBdzA0AacwNALDMDQCxzA0AA80NAA3NDQBWzQ0AZM0NAKnNDQCuzQ0A/M0NAAnODQD1ExAAUs4NAKLODQCszg0A9c4NAPfODQBIzw0AV88NAJvPDQC7zw0A7s8NAPbPDQBB0A0AS9ANAJTQDQCa0A0A59ANAOnQDQA60Q0ASdENAI3RDQCZ0Q0A4NENAOjRDQBIFBAAUdINAIbSDQCk0g0AmxQQAPLSDQAs0w0AMdMNAH/TDQCa0w0A0tMNAN7TDQAl1A0ALdQNAO4UEACL1A0Ay9QNANrUDQAe1Q0AKtUNAHHVDQBy1Q0AxNUNAM7VDQAX1g0AJdYNAGrWDQBv1g0AvdYNAMrWDQBBFRAAFNcNAGPXDQBl1w0AttcNALnXDQAJ2A0AEdgNAFzYDQBm2A0Ar9gNALrYDQAC2Q0ADtkNAFXZDQBd2Q0AlBUQALbZDQD72Q0AAdoNAE7aDQBa2g0AodoNALDaDQD02g0A/toNAEfbDQBP2w0AmtsNAKnbDQDt2w0A79sNAEDcDQBJ3A0Ak9wNAJbcDQDm3A0A8twNADndDQBB3Q0A5xUQAJzdDQDf3Q0A590NADLeDQA83g0Ahd4NAJDeDQDY3g0A5N4NACvfDQAz3w0AOhYQAIPfDQDR3w0A4t8NACTgDQA14A0Ad+ANAHzgDQDK4A0AzuANAB3hDQAr4Q0AcOENAH3hDQDD4Q0A2uENABbiDQAe4g0AaeINAHXiDQC84g0Az+INAA/jDQAe4w0AYuMNAG7jDQC14w0AtuMNAAjkDQAS5A0AW+QNAGnkDQCu5A0As+QNAAHlDQAO5Q0AjRYQAFrlDQCn5Q0AteUNAPrlDQAH5g0ATeYNAGTmDQCg5g0AqOYNAPPmDQD+5g0ARucNAEjnDQCZ5w0ApucNAOznDQDz5w0AP+gNAFDoDQCS6A0AoOgNAOXoDQDy6A0AOOkNAE/pDQCL6Q0Ak+kNAN7pDQDj6Q0AMeoNAEHqDQCE6g0AjOoNANfqDQDh6g0AKusNADXrDQB96w0AiesNANDrDQDY6w0AMxcQADzsDQB27A0Ae+wNAMnsDQDk7A0AHO0NACjtDQBv7Q0Ad+0NAIYXEADV7Q0AFe4NACTuDQBo7g0AdO4NALvuDQC87g0ADu8NABjvDQBh7w0Ab+8NALTvDQC57w0AB/ANABTwDQDZFxAAYvANAK3wDQCv8A0AAPENAA3xDQBT8Q0AWPENAKbxDQCw8Q0A+fENAATyDQBM8g0AWPINAJ/yDQCl8g0A8vINAPryDQBF8w0AUfMNAJjzDQCr8w0A6/MNAPrzDQA+9A0ASvQNAJH0DQCS9A0A5PQNAO70DQA39Q0ARfUNAIr1DQCP9Q0A3fUNAOr1DQAsGBAANfYNAIP2DQCS9g0A1vYNAOX2DQAp9w0AMvcNAHz3DQCC9w0Az/cNANX3DQAi+A0ALvgNAHX4DQB8+A0AyPgNAOT4DQB/GBAAJfkNAG75DQB6+Q0AwfkNAMT5DQAU+g0AHvoNANIYEABv+g0AJRkQAML6DQB4GRAAFfsNAMsZEABo+w0As/sNALT7DQAoAw4AwPsNAAb8DQDH+w0AkAAOAMr7DQCkCQ4AzPsNADUNDgAH/A0AWfwNAG/8DQCs/A0AtPwNAP/8DQAB/Q0Al/8NAA39DQBS/Q0AWv0NAB4aEABf/Q0Apf0NAKj9DQD4/Q0AAv4NAEv+DQBN/g0Anv4NAK/+DQDx/g0AAv8NAET/DQBM/w0AcRoQAJ7/DQDq/w0A8f8NAD0ADgBFAA4AxBoQAJIADgDjAA4A6QAOADYBDgBDAQ4AiQEOAJEBDgDcAQ4A3gEOAC8CDgA2Ag4AggIOAIkCDgDVAg4A3QIOABcbEAA1Aw4AewMOAHwDDgDOAw4A5AMOACEEDgApBA4AdAQOAHYEDgAMBw4AggQOAMcEDgDPBA4AahsQANQEDgAaBQ4AHQUOAG0FDgB3BQ4AwAUOAMIFDgATBg4AJAYOAGYGDgB3Bg4AuQYOAMEGDgC9GxAAEwcOAF8HDgBmBw4AsgcOALoHDgAQHBAADwgOAFgIDgBaCA4AqwgOALwIDgD+CA4ADwkOAFEJDgBZCQ4AYxwQAKkJDgAZEQ4AsAkOAPcJDgANCg4ASgoOAFIKDgCdCg4AqwoOAPAKDgD9Cg4AQwsOAEYLDgCWCw4AoAsOAOkLDgDrCw4APAwOAE0MDgCPDA4AoAwOAOIMDgDqDA4AthwQAD4NDgCIDQ4AlQ0OANsNDgDiDQ4ALg4OAD8ODgCBDg4AjQ4OANQODgDcDg4ACR0QADQPDgB6Dw4AfQ8OAM0PDgDXDw4AIBAOACIQDgBzEA4AhBAOAMYQDgDXEA4AXB0QACERDgBsEQ4AgxEOAL8RDgDLEQ4AEhIOABwSDgBlEg4AbRIOAK8dEAC5Eg4ACxMOACETDgBeEw4AZhMOALETDgC/Ew4ABBQOAAwUDgACHhAAERQOAFcUDgBaFA4AqhQOALQUDgD9FA4A/xQOAFAVDgBhFQ4AoxUOALQVDgD2FQ4A/hUOAFUeEABPFg4AnBYOAKEWDgDvFg4AChcOAEIXDgBQFw4AlRcOAJwXDgDoFw4A9BcOADsYDgBBGA4AjhgOAJEYDgDhGA4A6xgOADQZDgA6GQ4AhxkOAIkZDgDaGQ4A5BkOAC0aDgA5Gg4AgBoOAJcaDgDTGg4A5xoOACYbDgBCGw4AeRsOAIEbDgCoHhAAzhsOAB8cDgAtHA4AchwOAIMcDgD7HhAAzBwOAE4fEAAmHQ4Aax0OAHUdDgC+HQ4AyR0OABEeDgAZHg4AZB4OAHAeDgC3Hg4Ayh4OAAofDgAZHw4AXR8OAGkfDgCwHw4AsR8OAAMgDgANIA4AViAOAGQgDgCpIA4AriAOAPwgDgAJIQ4A9B8QAFchDgCiIQ4ArCEOAPUhDgD6IQ4ASCIOAFAiDgCbIg4AoSIOAO4iDgD6Ig4AQSMOAEcjDgCUIw4AnSMOAOcjDgD0Iw4AOiQOAEIkDgCNJA4AjiQOAOAkDgDiJA4AMyUOADYlDgCGJQ4AiSUOAJogEADvJQ4ALCYOADQmDgB/Jg4AiyYOANImDgDYJg4AJScOACsnDgB4Jw4AfScOAB4oDgCkJw4AyycOANMnDgBAIRAAJCgOAJMhEACHKA4AxCgOAMYoDgAXKQ4AJCkOAGopDgBxKQ4AvSkOAMUpDgAQKg4AICoOAGMqDgBlKg4AtioOAMQqDgAJKw4AGisOADkiEABjKw4AjCIQAL0rDgACLA4ADCwOAFUsDgBgLA4AqCwOALAsDgD7LA4ABy0OAE4tDgBhLQ4AoS0OAK8tDgD0LQ4A/i0OAEcuDgBPLg4Ami4OAKkuDgDtLg4A8i4OAEAvDgBHLw4Aky8OAJ8vDgAyIxAAITAOADkwDgB0MA4AjDAOAJQwDgCFIxAABzEOADIxDgA+MQ4AhTEOAIsxDgDYMQ4A3jEOACsyDgAwMg4AfjIOAIQyDgDYIxAA0jIOACQzDgAqMw4AdzMOAHwzDgDKMw4A2TMOAB00DgApNA4AcDQOAHM0DgDDNA4AxjQOABY1DgAeNQ4AaTUOAHg1DgC8NQ4AwTUOAA82DgAlNg4AYjYOAGM2DgC1Ng4AxjYOAAg3DgAUNw4AWzcOAGU3DgCuNw4AujcOAAE4DgAIOA4AKyQQAGQ4DgCnOA4AszgOAPo4DgAJOQ4ATTkOAGE5DgCgOQ4ArzkOAPM5DgAEOg4ARjoOAFI6DgB+JBAAnjoOAOw6DgDuOg4APzsOAFA7DgAkJRAAnjsOAOU7DgDrOw4AODwOAEQ8DgCLPA4AkzwOAHclEADkPA4AMT0OAD09DgCEPQ4AjD0OAMolEADjPQ4AKj4OAC0+DgB9Pg4Ahz4OAB0mEADSPg4AIz8OADE/DgB2Pw4Ahz8OAMMmEADPPw4AHEAOAChADgAWJxAAd0AOAMJADgDFQA4AFUEOACFBDgBoQQ4AdEEOALtBDgDDQQ4AvCcQABlCDgBhQg4AbUIOALRCDgC8Qg4ADygQABBDDgBaQw4Aa0MOAK1DDgC+Qw4AAEQOAAhEDgBTRA4AVkQOAKZEDgCwRA4A+UQOAPtEDgBMRQ4AW0UOAJ9FDgC/RQ4A8kUOAPpFDgBFRg4AT0YOAJhGDgCeRg4A60YOAO1GDgA+Rw4ATUcOAJFHDgCdRw4AYigQAPBHDgA3SA4AVUgOAIpIDgCQSA4A3UgOAOZIDgAwSQ4APUkOAINJDgCLSQ4A1kkOAOxJDgApSg4AK0oOAHxKDgCXSg4Az0oOANtKDgAiSw4AL0sOALUoEAB7Sw4AyEsOANBLDgAbTA4AMUwOAG5MDgBzTA4AwUwOAMdMDgAUTQ4AIE0OAGdNDgBvTQ4ACCkQAMdNDgANTg4AHU4OAGBODgBlTg4As04OALlODgAGTw4AHE8OAFlPDgBbTw4ArE8OALZPDgD/Tw4ADVAOAFJQDgBXUA4ApVAOALJQDgBbKRAAB1EOAEtRDgBUUQ4AnlEOAKhRDgDxUQ4A/1EOAERSDgBJUg4Al1IOAKRSDgDqUg4A8lIOAD1TDgBNUw4AkFMOAJJTDgDjUw4A8VMOADZUDgBHVA4ArikQAJBUDgABKhAA4VQOAC9VDgA1VQ4AglUOAIpVDgDVVQ4A31UOAChWDgAqVg4Ae1YOAH5WDgDOVg4A7lYOAKcqEAAtVw4AdFcOAHpXDgDHVw4A01cOABpYDgAiWA4A+ioQAHlYDgDAWA4AxlgOABNZDgAfWQ4AZlkOAG5ZDgBNKxAAu1kOAAxaDgAaWg4AX1oOAHBaDgCgKxAAv1oOAAVbDgAcWw4A8ysQAGJbDgCrWw4At1sOAP5bDgABXA4AUVwOAFtcDgBGLBAAqVwOAPdcDgAAXQ4ASl0OAFtdDgCdXQ4ApF0OAPBdDgD4XQ4AQ14OAFBeDgCWXg4Am14OAOleDgDzXg4APF8OAERfDgCPXw4Anl8OAOJfDgDnXw4ANWAOAEtgDgCIYA4AiWAOANtgDgDpYA4ALmEOAD9hDgCBYQ4AjWEOANRhDgDcYQ4A7CwQACtiDgBMAQAAL2IOAM2uDwAzYg4AoO0MAIZiDgDBCAAA1WIOALhlDgB5ZA4A0ykAAMNkDgDFKwAAyGUOAFw6AABhZg4ARz0AALRmDgBiRQAAWWcOANnSDQBaZw4A+kcAAF5nDgDOUAMAYWcOAEzQBgCuZw4Az1kAAFRoDgD4XwAAp2gOAPdrAABMaQ4Ac3IAAKtpDgA0ewAA82kOAHJ+AABEag4AVoIAAPBqDgBqiwAArWsOAOFrDgAubg4AUMoAACNvDgD81QAAdm8OABDfAAAccA4AVO0AAMpwDgBo9gAANXEOALv2AABmcQ4ADvcAAMNxDgDk/AAAZ3IOAIP+AAC5cg4AYAMBAHVzDgAhDAEAtXMOAPcRAQAbdA4AT3QOAL50DgD1dA4A/XQOAEh1DgBUdQ4AGRkBAKN1DgCxGwEAXXYOAJR2DgCcdg4A53YOAOl2DgDTIgEARncOAKkoAQDodw4AvTEBADh5DgBhSgEA2nkOAPJNAQDueQ4AVIQPAPZ5DgBigg8AK3oOAORPAQCKeg4AKVIBANB6DgAUVQEAInsOAAZXAQAjfA4ALmkBAIR8DgC9fA4AxXwOAIFpAQAffQ4AxmsBALt+DgBjhQEACn8OAFV/DgBlfw4AtoUBAAeADgCaiQEAVoAOAKGADgCxgA4A7YkBAFOBDgBbkgEAkoMOABkSAgCWgw4AuBMCAJqDDgDBpwEApoMOAKkhAgA6hA4AIK8PADuEDgA4qwoAPoQOAKyqAQBOhA4Ac9IKAI2EDgC3xA4AoYQOAP+qAQCxhA4ADe0PAN+EDgBSqwEA4oQOAJ9aCwCKhQ4AL7ABAN2FDgCCsAEAhYYOAKu2AQAmhw4A1LwBAMyHDgC4wAEAGYgOAGmIDgB1iA4AXsEBAGqJDgC1iQ4AuIkOANjsCwDBiQ4A2scBAB2KDgByygEAfIoOAK6KDgAFiw4Ae74LABGLDgBj2AEAK4sOAF3NAQBgiw4AhtMBAAaMDgAQ2AEArIwOAFzZAQAPjQ4Ar9kBAKmNDgBV2gEA9Y0OAE7bAQDzjg4AW+UBAJSPDgBO7woAl48OADjqAQCZjw4AI00MAOaPDgCxsg8A+I8OADGQDgCMkA4A15AOAKCQDgBF9AEA2pAOAJV/CwDhkA4ASIoLAOSQDgCCagsA8pAOACrsAQD4kA4A/IgLAH+RDgBh8AEApZEOAFILDADekQ4AAPIBAC+SDgD58gEAepUOACEFAgDCog4ARa4LAGKjDgCYtQoAaKMOAC+pAgChpA4AK34PAKakDgBEpQ4AuqQOAC+oDgDCpA4AD4IPAMakDgC/uAIARqUOAAAGCwBIpQ4Ah4ELAEmlDgBwvwYAS6UOABUYCABOpQ4AErkCAFOlDgBluQIAVaUOAFH8AwB4pQ4Al0UEAJWnDgBPyAIAN6gOAIKoDgCDqA4AgC8LAIyoDgBWJw0AkagOAKRcDgChqA4APP4PAN+oDgAszQIA0akOAA31AgDUqQ4A+q4JANWpDgA44wIA16kOAE7UAgDYqQ4A0dkCANqpDgChzQMA26kOABbcAgDcqQ4AtOkCAN2pDgDm1gIA3qkOAGrJAwDkqQ4AAd8CAAmqDgDmLw4ADq0OAAklAwASrQ4A6vkCABatDgAcVQsAa60OAC/8AgCorw4AVhoDAAmxDgC8LwMAr7EOAHY5AwBbsg4AWj0DAJiyDgCKQgMAi7MOAGZTAwDbtA4AvmoDAHu1DgDZcgMAMrYOAHO2DgButw4AynkEAG+3DgAwlgMAdrcOADTwBwAVuA4AFJoDABm4DgDL/gcADrkOAHqvAwAPug4AgLoDALm6DgC+vQMAbLsOAKO7DgCruw4A9rsOAAW8DgAzxQMApbwOAKjuCgCovA4AY8oDAPe8DgBCvQ4AC70OAN98DwBMvQ4AtsoDAPC9DgA50AMASr4OACvSAwA3vw4A0N4DADnADgD48AMAiMAOAJkzDwDvwA4AJsEOAC7BDgB5wQ4AhsEOAFxHCgCKwQ4ANvQDAJHCDgDi/wMAy8IOAAsGBAByww4A9RQEAHfDDgCjkggAeMMOADSWCAB6ww4AII0IANrDDgARxA4AGcQOAGTEDgC5xA4A98QLAL/EDgAyfQ8AwcQOAOAXBADDxA4AzRYNANrEDgBQHA0A98QOAAMnDQASxQ4AyxoEAIfFDgCwxQ4ADcYOAPsfBAC4xg4AcCcEAFLHDgAxMAQAr8cOAJE6BACxxw4AdjIEAKXIDgApPQQAo8kOANxHBADqyQ4AuUwEAOzKDgAuVAQAT8sOAIbLDgCiyw4A2csOAOjLDgB6VQQAlM0OAMvNDgDTzQ4AHs4OAC3ODgCvcQQAes4OACR5BABszw4AP4EEAHfPDgA22AcAwM8OAH2EBAC70A4AzpwEAMXQDgCzlAQAHtIOAFXSDgBd0g4AqNIOAK3SDgBJrwQAt9IOAC6nBACk1A4AAsUEAJzVDgAPzwQAVdYOAIzWDgCU1g4A39YOAOXWDgBo2gQASNcOAPndBADu1w4A+OkEAI3YDgDp9wQAM9kOALH/BADm2Q4AHdoOACXaDgBw2g4Af9oOAFYMBQCA2g4AyxMFAJnaDgACGAUAItsOAMQUBQBx2w4AvNsOAMbbDgAXFQUA0dwOAAjdDgAQ3Q4AW90OAGTdDgBNJQUAuN0OAD8nBQBw3g4Ap94OAK/eDgD63g4A+94OAEUyBQD/3g4AyX4FAADfDgBEPgUAB98OALo5BQAJ3w4AwiwFAP3fDgBSPAUA9uAOAOlKBQBJ4Q4AIE8FAJjhDgAZUAUARuIOADRYBQD64g4AMeMOADnjDgCE4w4AjuMOAPxfBQDa4w4Ay2YFAJnkDgDQ5A4A2OQOACPlDgAw5Q4AAmsFADLlDgC8dAUAe+UOAOZuBQAk5g4AP3oFAITnDgC75w4Aw+cOAA7oDgAd6A4AMIgFAAzqDgAuoAUAb+oOAKbqDgDC6g4A+eoOAAbrDgB6oQUADuwOAEXsDgBN7A4AmOwOAJvsDgCpsgUAcu0OAE6/BQDn7Q4AK8QFAOvtDgDElwoAl+4OAKfKBQDg7g4Ai84FADPwDgAU3wUAiPAOAETkBQB98Q4AE4MIAJHxDgBtgggA5PEOABvyDgAj8g4AbvIOAHHyDgAM7AUA3fIOABTzDgAc8w4AZ/MOAHbzDgCd7wUAxfMOABn2BQBb9Q4AHg0GAG72DgCl9g4ArfYOAPj2DgAC9w4AYhsGAFv3DgAxIgYA/fcOANwIDQAA+A4AUykGAAH4DgA9Bw0AUPgOADctBgBZ+Q4AkPkOAJj5DgDj+Q4A7PkOAJ42BgBA+g4AkDgGAOv6DgBfPwYASPsOAGxJBgDY+w4A2lEGAH78DgA6XAYAJP0OADloBgDR/Q4AvG0GACT+DgD6cAYAef4OADh0BgCC/w4Auf8OAMH/DgAMAA8AGwAPAG6EBgBnAA8AsgAPAMEADwBLiQYAZwEPACGPBgC4AQ8AXp4GALoBDwCImAYAwAIPAPcCDwD/Ag8ASgMPALkDDwDwAw8A+AMPAEMEDwBQBA8AhrAGAKMEDwAeswYA9wQPAK+2BgCRBQ8A2LwGAEEGDwD6wwYA5gYPABTYBgAqCA8A6ekGAH8IDwC48AYAJQkPALD9BgDLCQ8AAgoHAHIKDwAkEQcA2woPABILDwAaCw8AZQsPAHILDwC8EwcAJwwPAF4MDwBmDA8AsQwPAAcNDwAOIAcAuQ0PAKYiBwBsDg8Aow4PAKsODwD2Dg8AAA8PAGcrBwBXDw8ABi0HAKsPDwDjMQcA+Q8PABo2BwCxEA8A6BAPAPAQDwA7EQ8AUBIPAIcSDwCPEg8A2hIPAIwTDwC+TgcA2xMPACYUDwAoFA8AEU8HANUUDwBqWgcANBYPAGsWDwBzFg8AvhYPAMgWDwDsawcAgBcPALcXDwC/Fw8AChgPABQYDwAFjAcAIBgPAHV8BwBiGA8AZ34HALoYDwDVhgcABRoPAL6hBwAJGg8A/ZgHAF0aDwDTngcAoxoPAMWgBwBSGw8AsKMHAJ4bDwCbpgcASxwPAMurBwCgHA8A9LEHAEYdDwDftAcAmR0PADK1BwD8HQ8AMx4PADseDwCGHg8AlR4PAMq3BwA5Hw8AI8MHAI8fDwCfyQcAlCAPAMsgDwDTIA8AHiEPAC0hDwCz0gcAGiIPAGoiDwCEIg8AneEHANkiDwAQIw8AGCMPAGMjDwByIw8AgeUHAOsjDwAg5wcAeCQPAK8kDwC3JA8AAiUPAGQlDwCx6gcAByYPAC3xBwBgJg8AZPUHAPsmDwBgeAgA/iYPAO75BwBOJw8A5/oHAEooDwC8DAgAnSgPADgTCADtKA8AMRQIAPspDwAyKg8AOioPAIUqDwCRKg8AKSEIAOAqDwArKw8ALysPAHUiCACOKw8AFCQIAEAsDwB3LA8AfywPAMosDwDyLA8AXzEIACItDwCBOAgAjC0PAI40CgDLLQ8AFi4PAEwuDwCxPQgA3y4PAA8vDwALMA8AK1wIAAgxDwBhbAgAVTIPAKAyDwC8Mw8AwIIIAE80DwBKhwgA7TQPAHqMCACRNg8ADR4JAJM2DwBdnAgAgDgPAPupCADMOA8AHbEIANM4DwAyrggAvjoPAOvDCADAOw8Ans4IAAg9DwBTPQ8Aij0PABLiCAAVPg8ATD4PAFQ+DwCfPg8Arj4PANrpCABNPw8AmD8PAM8/DwD18QgARkAPAIb1CADjQQ8A+ggJAOJCDwDJDwkA20MPAOQXCQA+RA8ANxgJAIREDwCKGAkAIEUPAPEhCQAYRg8AnS0JABdHDwCbRQkAz0cPAAZIDwAOSA8AWUgPAGNIDwBOUAkAIUoPAKdbCQBGSw8Al3UJAKBLDwAaewkAP0wPAIiDCQCgTA8AxoYJAOdNDwB4nQkAQU4PAIJODwCETw8AYqwJADFRDwDyuwkAxVEPAM/ACQAgUg8ADcQJANVSDwAMUw8AFFMPAF9TDwC0Uw8Ae8wJAMdUDwD+VA8ABlUPAFFVDwB5VQ8AINkJAABWDwBJ3wkAUlYPAJ1WDwCrVg8A798JAPZWDwA04gkAo1cPABHnCQDqVw8A9eoJAOtYDwCv9AkA7lgPAFX1CQA7Wg8A+gEKAIZaDwBGAwoA4VoPAIQGCgAvWw8AHAkKAJ5bDwDNWw8Aj1wPABQWCgDuXA8AZxYKABpeDwBlXg8Al14PAIkdCgCcXg8A4xwKAGNgDwBtIQoAumAPAKskCgAKYQ8A9yUKAANiDwAgLAoATmIPAAQwCgAOYw8AQmMPAARkDwA7ZA8AQ2QPAI5kDwCbZA8A0kIKAO5kDwC9RQoAlGUPAEdKCgBMZg8AgGYPAOVmDwAXdQ8A8mYPACZnDwDYZw8AP1cKANpnDwD6VAoAhGgPAMVoDwAmaQ8AU2AKAM5pDwCsawoAJmsPAF1rDwBlaw8AsGsPACFsDwCqgwoA/2wPANOJCgAMbg8AjZMKAKtuDwComwoAXW8PAJRvDwCcbw8A528PAFZwDwCNcA8AlXAPAOBwDwCJcQ8AhX0PAI5xDwDZcQ8AkHEPAI4fDQCicQ8ApKgPAONxDwDeqwoAhXIPAGGxCgB5dA8A/74KAGt1DwATyAoAb3YPAIjPCgCHdg8ANg8MAL52DwAJdw8AJ3cPANvPCgCweA8AyucMAAN5DwAd6AwAankPAKF5DwCpeQ8A9HkPAGd6DwDT3AoA9XoPAF8cCwCUfA8AXb4PAI19DwDmkAwAoX0PABvrDwCxfQ8A2H0PAAR+DwCyuwwAV34PAH5+DwDUfg8Adt4PAEB/DwB3fw8Af38PAMp/DwApgA8AJPUKAIyADwDDgA8Ay4APABaBDwB1gQ8A/mkMANKBDwAnJAsAFIMPAN7+CgB1gw8AdgELAFyEDwCnhA8AAoUPAPwSEABVhg8AMAsLAF+GDwDkCQsAS4cPAMEOCwABiA8AOIgPAECIDwCLiA8A3okPANUXCwAkjA8AsDQLAHSNDwDtQwsAa44PACtHCwCwjw8AdvoLALOPDwCc0QsAt48PADhRCwC9jw8AYAkMAFuQDwCmkA8AsJAPABVWCwD0kQ8AdWALAEqSDwAGZAsAP5QPAAxvCwCSlA8A3ZQPAOmUDwBKcgsAj5UPAIh1CwAxlg8AfJYPAJOWDwC4egsAW5sPAPuUCwAEnA8AhZkLAE2eDwAbtAsA/J4PAD2fDwDwnw8AUcQLAPOfDwAFwwsA6qAPAJbGCwCDog8AzqIPANGiDwC4zQsAgKMPAEnRCwB1pA8AedYLAJikDwBt9w8A3KQPAMXXCwBppQ8AuaUPAGKmDwAK2gsAaaYPAE/cCwAKqA8AJeILAAyoDwDJTQwArKgPAPeoDwBGqg8AFK4MAKKqDwDK7gsA7KsPALv8CwDxqw8AafALACyvDwCGhgwASK8PAM/pDwB7rw8Axq8PAMmvDwC0/QsAKbAPAFP/CwB4sA8ATAAMAMewDwASsQ8AHLEPAJ8ADAC0sg8AIgYMALuyDwAUCAwAWrMPAA0JDADTtA8AngwMAF61DwCbKQ0AnbUPAOoNDAD0tg8AGhMMAEO3DwCOtw8Ap7cPAGYUDADktw8ANLgPAKu4DwDwGAwAUbkPAOkZDAD3uQ8ANRsMAIG6DwDMug8A1roPAMYeDABzuw8ARu4MAHq8DwA0JwwAYr4PAPUvDABKwQ8AK0AMAFTBDwBNRwwA8MMPAGFQDABBxA8AWlEMAI7EDwAAUgwA3MQPAExTDADVxQ8AkVUMANPGDwAexw8AeccPAMTHDwBryA8AWV0MAMXIDwAQyQ8Aa8kPALbJDwBfyg8AL2MMAArLDwBVyw8AsMsPAPvLDwD8zA8AX2gMAFPNDwCraQwA9c0PAEDODwBQzg8ASmsMAAnPDwA5zw8A688PAL9yDABW0A8AhdAPAIzTDwDLiAwAK9UPAPuNDADR1Q8AR48MAHfWDwCTkAwA9NgPAEymDACe2g8Awa0MAIzbDwD/sAwANt0PAHS4DADZ3Q8ADLsMAHvfDwBRvQwAmOAPAIjBDAC+4A8AJ8MMABbhDwBzAhAAauEPAL/FDABt4Q8AsccMALfhDwAH4g8AI+IPAFriDwCw4g8AAOMPABzjDwBT4w8AruMPAPnjDwAD5A8ABMgMAFTkDwDRJBAApeQPAOHMDACm5Q8AGNEMAO7lDwCw0wwARuYPAMYCEABM5w8A7ikNAOnnDwBc3wwAfusPAPKfDQDE7A8AU/gMALbtDwCE8QwAZe4PAH3yDABW7w8AYfYMAKbwDwDx8A8A+/APAJH7DACl8Q8AKf4MADH1DwA2CA0Al/UPAM71DwA99g8AdPYPANX2DwB0Cw0AmPcPAMD3DwDr9w8AE/gPAD74DwBm+A8AkfgPALn4DwAU+Q8AX/kPAGT5DwAFDw0ArvoPAL8YDQAA/A8AnB0NAE38DwCd/A8AyPwPAPD8DwBG/Q8Alv0PAMH9DwDp/Q8Arv4PAOL+DwBU/w8AJiINAJH/DwBdJg0A+v8PAC4AEADcABAAJwEQADcBEABPKA0AhgEQAEgpDQDiARAATyEOAA0GEACkYw0AYwYQAEpkDQBYBxAAeXUNAP4HEAD1ew0ApAgQAMSCDQBKCRAAR4gNAPAJEABpjw0AlgoQAPOTDQA8CxAAfZgNAOILEAD5ng0AjAwQAOugDQDtDBAAJg0QAC4NEAB5DRAAbBAQALcQEADVEBAAL68NAP0TEABPzg0AZhQQADPSDQD6FBAAeNQNAEkVEAAQ1w0AmxUQAKjZDQDsFRAAjN0NAEoWEAB+3w0AqRYQAOAWEAA1FxAAI+wNAJIXEADC7Q0A7hcQAFrwDQA0GBAAMPYNAO4YEABn+g0AFx0QACcPDgC4HhAAzBsOAAcfEADFHA4AVh8QAKEfEAClHxAAGB0OAPwfEABHIBAAoiAQAO0gEACbIRAA5iEQAEUiEABcKw4AlCIQAN8iEADjIhAArysOAAgkEADRMg4A6CQQAJk6DgB5JRAA3jwOANQlEADXPQ4AJSYQAHAmEACAJhAA0D4OAMwmEADJPw4AGScQAGknEADGJxAADkIOAB8oEAAHQw4AFikQALpNDgC6KRAAiVQOAAkqEABUKhAAZCoQANxUDgD+KhAAbVgOAF0rEAC5WQ4ArisQALJaDgD7KxAAWFsOAEksEACZLBAA","fail":"AAAAAAAAAACbhAAAdaYBAMXRAABqYQYAax4CADIPBwDs6AEA3BYLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAAAAAADs6AEAnwcLAPIcCADtkAAA8Q0AAOzoAQC2DwYACRAGAFwQBgCvEAYAlwACABIZDQAlPAsAdZgDAAAAAABqYQYAax4CAGseAgANEAsA/gkCAFEKAgDf6wsAkA4MACGrAgB0qwIAShIBAPPSBAATDQ0ADRALAOzoAQDYygQAda0AAMitAAAbrgAAbq4AAMGuAADxDQAA7OgBANwWCwCNqAcAax4CAH8nAgAN5wQApOcGAAAAAABqYQYA7OgBABwCCwAYvQMAnQsCAJm3CAD//QEAm4QAAFcVAgDufA0AQX0NADiQAgDvJQAA7OgBAI8oCgDiKAoAAUcAAI29BADtkAAAQJEAAEyZAgC2+ggACfsIAOzoAQCfBwsA8hwIAO2QAADxDQAA7OgBALYPBgAJEAYAXBAGAK8QBgBARAsAk0QLAFMAAABTAAAAdCcJAGseAgABRwAA7OgBAEBECwDkogEAAAAAAO2QAACdCwIA8Q0AANQdAACrFwAAMg8HAIUPBwCIwgAA28IAAC7DAAD70wIAFtwCAGncAgBjoAkApBgAAG8CCwDS4QsATAEAAJ8BAADyAQAARQIAAJgCAABARAsAk0QLAFMAAABTAAAAeIIBAHv2AwDtkAAAIq0AAGseAgC+HgIAfdAFAOzoAQDcFgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAADgoQgAM6IIAAAAAAC9iwAALXUBAGseAgB/JwIA8Q0AAOzoAQB4ggEAe/YDAM72AwBTAAAA7YkBAECKAQCTigEA5ooBADmLAQCMiwEA34sBAAAAAAD70wIADfUCAOSiAQA3owEAiqMBAJyFCgB1ugoAyLoKALYPBgAJEAYAXBAGAK8QBgCXAAIA4igKAGMrAgACqQgAVakIAKipCAAyDwcA7OgBAJ0RDQC8sggA7OgBAN/rCwCRoQ0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAAJm3CAC+3woAQEQLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAOChCAAzoggAAAAAAL2LAADtkAAA8Q0AAARoAgBl2wkAMg8HAOzoAQBARAsAqS8AAPwvAABPMAAAojAAALaLDAD//QEAm4QAAHWmAQDUHQAAMg8HAOzoAQDcFgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAP4JAgBRCgIA//0BAFL+AQCl/gEA+P4BALYPBgAJEAYAURgAAKQYAABvAgsA0uELAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAAFgJAgDHuAwAGrkMABwCCwAIPwEAWz8BAEyZAgAtdQEAMg8HALoBDQAcAgsAbwILANLhCwBMAQAAnwEAAPIBAABFAgAAtosMAP/9AQCbhAAAdaYBANQdAAAyDwcA7OgBANwWCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEAtg8GAAkQBgBRGAAApBgAAG8CCwDS4QsATAEAAJ8BAADyAQAARQIAAJgCAADF0QAAWAkCAMe4DAAauQwAHAILAAg/AQBbPwEATJkCAC11AQAyDwcAugENAJuEAAB1pgEAcC4DAPvTAgAN9QIAqS8AAPwvAABPMAAAojAAALaLDADxDQAA1B0AACceAAB6HgAAzR4AACAfAAC2iwwA7yUAAIIsCABrHgIAQ80KAARoAgC2iwwAShIBAJIZBwDxDQAA5KIBACdxAADixwsAeZEJAI/HCwDm1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAHAILAG8CCwDS4QsATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAer0BAPENAAAEaAIA7OgBAP/9AQBBKg0A3BYLAKqmBQBARAsAT9UMAI29BADgvQQAgHUBAAAAAAAirQAAIq0AAO2QAADxDQAA5KIBAOzoAQCfBwsAugENAKsXAAA6HgMA7ZAAADIPBwDs6AEAP+kBAEsTCwBrHgIA7OgBAL2LAADxDQAA1B0AAOzoAQAAAAAAqxcAANA/AgBPRAkA/hcAAMXRAACrFwAA7OgBAJ8HCwCFDwcAe10NAM5dDQD//QEAm4QAAHWmAQDUHQAAAAAAAGseAgCdCwIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBADIPBwC6AQ0AqxcAADoeAwDtkAAAMg8HAJ0LAgDtkAAAQJEAAJrjAABsuAIA//0BAJuEAACk5wYAnQsCADIPBwD//QEAnQsCAO2QAABAkQAAmuMAAGy4AgC9iwAA//0BAHiCAQB79gMAIq0AAOzoAQDQPwIAI0ACAHZAAgDs6AEA4KEIADOiCAABRwAAjb0EAOC9BADtkAAATJkCAJ+ZAgDymQIA7OgBAJyFCgB1ugoAyLoKALYPBgAJEAYAXBAGAK8QBgDcFgsAjagHAOCoBwDLggEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AAK9ACwBTAAAAUwAAAHQnCQBrHgIAAUcAAGXbCQAyDwcAnQsCAJuEAACIwgAA28IAAC7DAACdCwIAShIBAJ0SAQCiPQoAAAAAAHiCAQB79gMA7ZAAAKsXAAABRwAA7OgBAJ8HCwDyHAgA7ZAAAPENAADs6AEAtg8GAAkQBgBcEAYArxAGAEBECwCTRAsAUwAAAFMAAAB0JwkAax4CAAFHAADs6AEA3BYLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAACYcAgAirQAA8LgBAI3fCwDs6AEA4KEIADOiCAAAAAAAvYsAAO2QAADxDQAABGgCAGXbCQAyDwcA7OgBAP/9AQANEAsA7OgBAEBECwDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAAvlwFACKtAAB8ngIAqC0CAL5cBQBqYQYAvLIIAOzoAQAcAgsAeIIBAL2LAACY9AEALXUBAIB1AQDs6AEAm4QAAIjCAADbwgAAXdQAANwWCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAOChCAAzoggAAAAAAL2LAAAtdQEAax4CAH8nAgAAAAAAax4CAOtwCAC8sggAmPQBAFMAAACmAAAA+QAAAOzoAQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAAKrCAQD9wgEA2MoEAHyeAgDPngIAIp8CAIqwCwDdsAsAMLELAMXRAAAtdQEAE0UFAFRHAAAyRgsA1sYIAAFHAADs6AEA3BYLABMNDQANEAsA7OgBABwCCwBvAgsA0uELAEwBAACfAQAA8gEAAEUCAACYAgAA2MoEACvLBAB+ywQA7yUAAIIsCACY9AEAvYsAAGseAgB/JwIAax4CAOzoAQDYygQAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAQEQLANQdAACrFwAAAUcAAOzoAQDcFgsAiMIAANvCAAAuwwAA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEAtg8GAAkQBgBRGAAApBgAAG8CCwDS4QsATAEAAJ8BAADyAQAARQIAAJgCAACchQoAdboKAMi6CgBARAsA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAO8lAAAGqgEAWaoBAKyqAQBPFAQA3BYLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAGMrAgACqQgAVakIAKipCAD7qQgATqoIAKGqCADcFgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAGXbCQC9iwAA8Q0AALB6AQCAdQEAmPQBAOzoAQBKEgEAkhkHAJfkBQAyYgcAm4QAABMNDQA6HgMAdZgDAEoSAQDs6AEAAAAAACKtAADwuAEALSENAIAhDQCrFwAAYysCALYrAgAJLAIAkAgBAPvTAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADvJQAABqoBAFmqAQCsqgEAAAAAAGphBgC8sggAmPQBAOv0AQDxDQAA1B0AAJfkBQAeugUAcboFAG4ADQATRQUAOiUCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAoc0DAPTNAwBHzgMAms4DAO3OAwBAzwMAk88DAObPAwA50AMAWgULAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAgHUBACceAAB6HgAAzR4AACAfAAB/JwIAQJEAAJrjAABsuAIA3BYLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAJ0LAgBrHgIAfycCANInAgCktg0A8Q0AANQdAAAyDwcA7OgBALaLDADdog0AeIIBAMuCAQAegwEAcYMBAMSDAQAXhAEAxdEAAFgJAgDHuAwAGrkMAOChCAAzoggAhqIIANmiCAAsowgAf6MIAOzoAQC9iwAA8Q0AALB6AQCAdQEAmPQBAOzoAQDcFgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEAkhkHAJfkBQAyYgcAm4QAABMNDQA6HgMAdZgDAAFHAACdCwIAm4QAAI2oBwDgqAcAy4IBAMXRAADtkAAAMg8HAOzoAQC2iwwAax4CAOtwCAD//QEAm4QAAP/9AQB4ggEAc70NAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAAbLgCAO6EAABBhQAAlIUAAOeFAAA6hgAA2YABACyBAQB/gQEA0oEBACWCAQC6AQ0AQJEAAJrjAABsuAIA9NsBACKtAADtkAAAUwAAAAFHAAC+XAUAamEGAOzoAQDUbwwAAAAAAAAAAAAAAAAATxQEAOChCAAzoggADecEAHWmAQBEDgAAvLIIAPvTAgAUCQAAvYsAAPENAADUHQAAJx4AAKsXAABjKwIAtisCAAksAgDPwAkAIsEJAHXBCQAcAgsAbwILANLhCwBMAQAAnwEAAPIBAABFAgAAmAIAALYPBgAJEAYAXBAGAK8QBgDcFgsAjagHAOCoBwDLggEAxdEAAO2QAAAyDwcAqxcAAP4XAABRGAAA3BYLAIAoDABBhQAAlIUAAOeFAAA6hgAAjYYAAN/rCwCQDgwAS2YLAN/rCwCRoQ0ALXUBAHWYAwDImAMATJkCAJm3CAAyRgsA8Q0AAARoAgDF0QAALXUBABNFBQBURwAA7OgBAOChCAC+HgIA//0BAP/9AQAtdQEAE0UFAEoSAQAAAAAA7OgBAD/pAQCS6QEA5ekBADjqAQDs6AEAHAILAHiCAQBzvQ0Am4QAAHWmAQDUHQAA2MoEADJiBwCFYgcA2GIHACtjBwDs6AEADRALAGphBgDWxggAax4CAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAO1fBwDUHQAAxOMLAAFHAAC+XAUAgHUBAJj0AQAAAAAAqxcAAEyZAgCfmQIA8pkCAHv2AwAyDwcAhQ8HAO6EAABBhQAAlIUAAOeFAAA6hgAAoyMMACNAAgB2QAIALXUBAC11AQCY9AEAqxcAAGMrAgAqwgcAvYsAAGseAgB/JwIAnfYEAPIcCADtkAAA8Q0AAJwkDAD+FwAAdzsBAEoSAQDz0gQAqC0CACKtAAAyDwcAugENAKsXAAA6HgMA7ZAAAAAAAABqYQYAmPQBAC11AQCAdQEA7OgBAD/pAQCS6QEA5ekBADjqAQA/6QEASxMLAGseAgDs6AEAvYsAAPENAADUHQAAJx4AAOzoAQA/6QEAkukBAOXpAQA46gEAP+kBAEsTCwBrHgIA7OgBAL2LAADxDQAA1B0AAOzoAQDcFgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAAChiAEA9IgBAEeJAQCaiQEA7OgBAL2LAADxDQAA1B0AACceAACrFwAAYysCALYrAgBMmQIAtvoIAAn7CABDzQoAsHoBAGphBgC8sggALXUBAIB1AQA6HgMAS/EDAHq9AQBKEgEA7OgBAEBECwCTRAsAUwAAAFMAAAB0JwkAax4CAAFHAABl2wkAMg8HAOzoAQDcFgsA2DgNAC11AQDs6AEATJkCALb6CAAJ+wgAQ80KALB6AQBqYQYAvLIIAOzoAQCchQoAAAAAAPENAADkogEAN6MBAPvTAgDxDQAAcC4DAOzoAQDgoQgA63AIANbGCAABRwAAvlwFAIB1AQDtkAAA8Q0AAPENAADkogEA1B0AACceAAC+XAUAamEGALyyCADtkAAAQJEAAJrjAABsuAIAm4QAAC11AQBzvQ0A+9MCADjjAgAIrQkAEDgMAGM4DAC2OAwACTkMAFw5DACvOQwAAjoMAL4eAgARHwIAZB8CAO8lAAAGqgEAWaoBAKyqAQC6AQ0AQJEAAJrjAABsuAIAAAAAAJuEAABMmQIAn5kCAFcVAgB4ggEAm4QAABMNDQCY9AEAVxUCAJuEAAB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAA2pAQBgqQEAs6kBAGphBgBKEgEAUwAAAKYAAABZUAIAbgANAMEADQBEDgAAvLIIAO8lAAAGqgEAWaoBADirCgCLqwoAvYsAAHiCAQABRwAAvlwFAFMAAAB4ggEAc70NAMa9DQAGqgEAWaoBADirCgCLqwoA1B0AACceAACa4wAAbLgCAAAAAADs6AEA//0BAFL+AQCl/gEA+P4BAEv/AQCe/wEA8f8BAO2QAACtSwEAi+oBAN7qAQAx6wEAhOsBANfrAQCPKAoAEhkNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAP4JAgBRCgIAjygKABIZDQCL6gEA3uoBADHrAQCE6wEA1+sBAOE0CgB4ggEAc70NAMa9DQAZvg0AbL4NAAt0DAAm1gsA7OgBAOChCABuAA0ABMENAFfBDQCqwQ0A4TQKADQ1CgA/6QEAkukBAOXpAQA46gEAAAAAANPVCwDs6AEA4KEIAG4ADQAEwQ0AV8ENAKrBDQDhNAoANDUKAD/pAQCS6QEA5ekBADjqAQA/6QEAkukBAOXpAQA46gEA/6oBAE8UBAA9Bw0AkAcNAOMHDQA2CA0AiQgNAAAAAAC9iwAAEIwAADoeAwATRQUAVxUCAGKQDQAyDwcA0D8CAL2LAAAQjAAAOh4DABNFBQBXFQIAdpkNAGseAgC+HgIAfdAFAJIZBwDF0QAAamEGAGseAgDQPwIAVxUCAJuEAAB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAA7yUAAAaqAQBZqgEArKoBAFMAAACaBQgAl+QFAAFHAABl2wkATJkCAJ+ZAgDymQIARZoCAJiaAgDxDQAA7OgBAN/rCwCQDgwAS2YLAP/9AQBBKg0AAAAAANwWCwAoCg0AewoNAM4KDQAhCw0AdAsNAMcLDQAaDA0AjygKAECRAACa4wAAbLgCAPvTAgAAAAAAamEGAAFHAAD70wIAIq0AAPC4AQBDuQEAlrkBAOm5AQA8ugEAfycCAJ32BADs6AEAvYsAAPENAACwegEAgHUBAJj0AQDs6AEAC3QMACbWCwCPKAoAAAAAAHiCAQAAAAAAvYsAAJuEAACNqAcAAAAAAAAAAAC9iwAAAUcAAOzoAQDF0QAAWAkCAMe4DADs6AEAjygKAAAAAAC9iwAAm4QAAJm3CAAyRgsA1sYIACnHCAB8xwgAz8cIAP/9AQAiyAgAdcgIAMjICAD//QEA2MoEACvLBAB+ywQAb6EMAMKhDAAVogwA2MoEACvLBAB+ywQAb6EMAMKhDAAVogwAm4QAABMNDQAAAAAA7OgBAJj0AQDr9AEAPvUBAAAAAAABRwAAZdsJAJJQCwDlUAsAVxUCAFztCgCv7QoADRALAAFHAABl2wkAklALAOVQCwBXFQIAqhUCAL4eAgARHwIAZB8CALcfAgDxDQAAjb0EAHMlCwARHwIAZB8CALcfAgABRwAAVEcAAGseAgDrcAgAxdEAAAAAAABrHgIAfycCAM6xAQA0BQUAl+QFAAFHAADxDQAAVxUCADQaAgCHGgIA2hoCAC0bAgCAGwIA0xsCAAFHAAAmHAIAP+8MAFRHAABrHgIA63AIAGphBgBXFQIANBoCAFRHAABrHgIA63AIAMXRAAAAAAAAm4QAAC11AQB1mAMA1B0AAJ0LAgDtkAAAQJEAAJrjAABsuAIAVxUCADQaAgBURwAAax4CAOtwCADF0QAAVxUCADQaAgBURwAAax4CAOtwCAANEAsAUwAAAJoFCADtkAAAQJEAAJrjAABsuAIA7ZAAAO8lAABCJgAAQJEAAH8nAgCrFwAAIq0AAO2QAADtkAAAQJEAAJrjAABsuAIAm4QAAH3QBQCSGQcA7ZAAAECRAACa4wAAbLgCAAFHAAABRwAAjb0EAOC9BAD//QEAUv4BAKX+AQBl2wkA7ZAAAECRAACa4wAAbLgCAEoSAQCSGQcAAUcAAFRHAAAyRgsAMg8HALoBDQBAkQAAmuMAAGy4AgB4ggEAeIIBAFMAAAB0JwkALXUBAIB1AQCSNQMA5TUDAO7kCgB/JwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAGseAgB/JwIA0icCACUoAgB4KAIAyygCAB4pAgBxKQIAxCkCABcqAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAAAAAO2QAAANEAsA7ZAAAECRAACa4wAAbLgCADIPBwC6AQ0ArUsBAPhQDgBAkQAAmuMAAGy4AgAAAAAA7ZAAAECRAADrcAgAMg8HACiACABMmQIALXUBAHWYAwCwegEAamEGALyyCADtkAAAQJEAAJrjAABsuAIA//0BAGphBgDWxggAEIwAADecAgB4ggEAy4IBACKtAAB8ngIAz54CAHO9DQBAkQAAmuMAAGy4AgATDQ0AmPQBAHmRCQDtkAAAQJEAAJrjAABsuAIAax4CAJj0AQC9iwAAShIBAJIZBwCrFwAAAUcAAGXbCQDu5AoAmuMAAGy4AgBqYQYA1sYIAAFHAAAmHAIA7yUAAP/9AQBqYQYA1sYIABCMAAA3nAIA8Q0AANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAm4QAAHWmAQDIpgEAqS8AAHyeAgB1pgEABGgCAGXbCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8hwIAL1hBgAQYgYApnUHAPl1BwBMdgcAn3YHAPJ2BwBFdwcA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCX5AUAHroFAHG6BQBDzQoAsHoBAGphBgC8sggA7ZAAAECRAACa4wAAbLgCAAFHAACbhAAA7oQAANA/AgBqYQYATJkCALb6CAAJ+wgA7yUAAHiCAQDLggEAxdEAAO2QAABAkQAAmuMAAGy4AgC+XAUAEV0FAJ7xAwB4ggEAc70NAEoSAQCSGQcAqxcAAAFHAABl2wkAMg8HALoBDQBAkQAAmuMAAGy4AgDxDQAAr0ALAFMAAABTAAAAdCcJAGseAgABRwAAZdsJADIPBwDyHAgAvWEGABBiBgCmdQcA+XUHAEx2BwCfdgcA8nYHAEV3BwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAHiCAQB4ggEAc70NAJj0AQAu1wkAjagHAJuEAABZUAIArFACAP9QAgBSUQIApVECAPhRAgBLUgIAnlICAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBrHgIAvh4CAA0QCwAtdQEAgHUBABVCAgBoQgIAu0ICAOpTAgA9VAIAkFQCAONUAgA2VQIAiVUCANxVAgAvVgIAglYCANVWAgAoVwIAe1cCAM5XAgAhWAIAdFgCAMdYAgAaWQIAbVkCAMBZAgBKEgEA//0BAEEqDQBAkQAA7yUAAEsTCwBrHgIAShIBAPPSBACoLQIAZdsJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQC8sggAIq0AAB66BQBxugUAxLoFABe7BQBquwUAvbsFAEoSAQCdEgEAoj0KACiACAA8uQ0AgiwIACKtAAB8ngIAqC0CAL5cBQBqYQYAvLIIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAAAAAJuEAACNqAcAvYsAAO2QAADtkAAAQJEAAJrjAABsuAIAMg8HALoBDQDvJQAAgiwIAB8qDADtkAAAMg8HAJuEAACNqAcA4KgHADOpBwDf6wsAkA4MAEtmCwDcFgsAqqYFAEoSAQCSGQcA5RkHAP/9AQBBKg0AQJEAAOzoAQA/6QEApLYNABCMAABw9goAAUcAAL5cBQBqYQYAvLIIAL2LAAAQjAAAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIAKZ4CAEWuCwCYrgsA664LAD6vCwCRrwsA5K8LAGphBgDs6AEAP+kBAEImAADF0QAA7OgBANwWCwAvFwsArFACAP9QAgBSUQIApVECAPhRAgBLUgIA8Q0AAOzoAQDf6wsAkA4MAEtmCwA/6QEApLYNABCMAABw9goAAUcAAL5cBQBqYQYAvLIIABMNDQCrFwAA/hcAAHc7AQBEAAIA4KEIADOiCACd9gQAugENAJfkBQB1rQAAE1oCAFlQAgB/JwIA63AIAEWhAQDf6wsA2MoEAA0QCwBgEAsAsxALAAYRCwBZEQsA7ZAAAECRAACa4wAAbLgCAKsXAAABRwAAm4QAAKgtAgC+XAUAamEGALyyCADtkAAAQJEAAJrjAABsuAIAzh8KAIIsCAAfKgwAFUICAOzoAQBARAsAuLkCAEoSAQD//QEAamEGAC11AQB/egIAm4QAAKgtAgC+XAUAamEGALyyCADs6AEAjygKAECRAACa4wAAbLgCAD/pAQCS6QEA5ekBADjqAQAAAAAA7OgBAJyFCgDvhQoATPkMAJ/5DADy+QwARfoMAOm5AQCoLQIAvlwFAP/9AQB4ggEAc70NAN/rCwA6JQIAjSUCAOAlAgDYygQAfJ4CAOKzAgA1tAIAiLQCANu0AgAutQIANMACAIfAAgDawAIALcECAIDBAgDTwQIAJsICAHnCAgDMwgIAH8MCAAAAAAC9iwAAEIwAADecAgCKnAIA3ZwCADCdAgCDnQIA1p0CANjKBAB8ngIA4rMCADW0AgCItAIA27QCAC61AgC9iwAA8Q0AAN/rCwCQDgwAIasCAHSrAgBKEgEA89IEABMNDQC2DwYACRAGAFwQBgCvEAYAlwACAOIoCgA1KQoA1sYIAJj0AQBKEgEAi5cBAHWYAwDkogEAsHoBAIB1AQCY9AEA7OgBAOChCAAzoggAAUcAAL2LAABrHgIAnwcLALoBDQCX5AUAda0AABNaAgBZUAIAfycCAJ32BADs6AEA3BYLABMNDQAyDwcA7OgBALYPBgAJEAYAXBAGAK8QBgC9iwAA8Q0AANQdAACchQoA74UKANN1AQAmdgEAeXYBAMx2AQAfdwEArpIBAJ0RDQC9YQYAEGIGAKZ1BwD5dQcATHYHAJ92BwDydgcAS/EDAJ7xAwDx8QMARPIDAJfyAwDq8gMAMg8HAOzoAQDcFgsAEw0NADIPBwDs6AEAtg8GAAkQBgBcEAYArxAGAL2LAADxDQAA1B0AAEBECwC4uQIAC7oCAF66AgCxugIABLsCAKwRCwD/EQsAUhILAKUSCwD4EgsAEw0NADoeAwAirQAA+9MCAPquCQDiewoANXwKAIh8CgDbfAoALn0KAIF9CgBRvQwAQJEAAJrjAABsuAIA7OgBAJ0RDQDWxggAAUcAAOzoAQCdEQ0A7yUAAOzoAQD//QEAamEGANbGCAAQjAAAN5wCAOChCAC+HgIAFE4CAGdOAgBl2wkAuNsJAAvcCQABRwAA7OgBAN/rCwCQDgwAS2YLANwWCwCk5wYAMg8HAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAJ0RDQBMmQIAtvoIAAn7CADvJQAAeIIBAMuCAQBARAsAk0QLAOZECwA5RQsAjb0EAHMlCwDGJQsAQ4gIAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAJ0RDQBMmQIAtvoIAAn7CADvJQAAeIIBAMuCAQBKEgEAer0BAM29AQAgvgEAc74BAMa+AQAZvwEADRALAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAJ0RDQBMmQIAtvoIAAn7CADvJQAAeIIBAMuCAQCfBwsA8gcLAEyZAgAtdQEAMg8HALoBDQDF0QAALXUBABNFBQBURwAA7OgBAJ0RDQBMmQIAtvoIAAn7CADvJQAAeIIBAMuCAQAtdQEAf3oCAOzoAQAcAgsAdCcJAC11AQCAdQEAkjUDAOU1AwDu5AoA7OgBAJ8HCwC6AQ0AQJEAAH8nAgDSJwIAJSgCAHgoAgDLKAIAHikCAHEpAgDcFgsAKAoNAHsKDQCwegEAA3sBAFZ7AQBKEgEAkhkHAKsXAAABRwAA7OgBAN/rCwCQDgwAS2YLAI8oCgDiKAoAAUcAAI29BAANEAsA7OgBAJyFCgDvhQoAQoYKALYPBgA6HgMAjR4DAOAeAwBKEgEA89IEAHiCAQB79gMAIq0AAO2QAAD//QEAamEGANbGCAAQjAAAN5wCAPENAADs6AEAnRENANbGCAABRwAA7OgBAJ0RDQDvJQAA7OgBAOChCAC+HgIAFE4CAGdOAgABRwAAZdsJAJj0AQB5kQkAQJEAAOzoAQCfBwsA8gcLAEyZAgAtdQEAMg8HALoBDQD//QEADRALAOzoAQBaRAIArUQCAABFAgDQPwIAI0ACADIPBwDs6AEA3BYLAKgtAgCQCAEA4wgBAHyeAgDPngIAIp8CAIqwCwDdsAsAMLELAIOxCwDWsQsAKbILAHyyCwDPsgsAIrMLAHWzCwDIswsAG7QLAG60CwDBtAsAFLULAGe1CwC6tQsADbYLAGC2CwCztgsABrcLAFm3CwCstwsA/7cLAFK4CwCluAsA+LgLAEu5CwCeuQsA8bkLAES6CwCXugsA6roLAD27CwCQuwsA47sLADa8CwAtdQEAgHUBABVCAgBoQgIAu0ICAHv9AgDO/QIAIf4CAHT+AgDH/gIAGv8CAG3/AgDA/wIAEwADAGYAAwC5AAMADAEDAF8BAwCfBwsAhQ8HAHtdDQDOXQ0A//0BAJuEAAB1pgEA1B0AAEBECwC4uQIALtAKAIHQCgDU0AoAJ9EKAOzoAQCchQoAdboKAMi6CgBARAsAT9UMAKLVDABZUAIAAUcAAL5cBQCAdQEAmPQBAOzoAQC9iwAA4wECAL2LAAABRwAAAUcAAL5cBQCAdQEAmPQBAOzoAQCfBwsA8hwIAMXRAACchQoA74UKAEKGCgDgoQgAM6IIAHNkAgDq5AUATJkCALb6CAAJ+wgADRALAOzoAQBKEgEAnRIBAKI9CgCbhAAApOcGACiACACAdQEAmPQBAOzoAQDgoQgAM6IIAJ32BADw9gQAQ/cEAKNUBQCchQoAdboKAMi6CgB4ggEAy4IBAFBiAwCjYgMA9mIDAEljAwCcYwMA72MDAN/rCwCRoQ0Ap0cAAM5QAwAhUQMAdFEDAMdRAwB1pgEA1B0AAMTjCwDs6AEAnIUKAO+FCgBChgoAShIBAJIZBwDlGQcAnRIBAGseAgCchQoAdboKAMi6CgCchQoA74UKAEKGCgCUkgoA55IKADqTCgAcAgsACD8BAFs/AQA6OQsAjTkLAOA5CwAzOgsA7OgBAJ0RDQDvJQAA7OgBAEBECwBP1QwAotUMAFlQAgABRwAAvlwFAIB1AQCY9AEA7OgBAL2LAAAPswgAYrMIALWzCAAItAgAW7QIAK60CAABtQgAVLUIAN/rCwCQDgwAS2YLAEBECwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAADcFgsAqC0CAJ0RDQC8sggA7OgBAEBECwBEDgAA2kMIAC1ECACARAgA00QIAOzoAQBTAAAAAUcAAL5cBQCAdQEAmPQBAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMADXEJAGBxCQCdEQ0AvLIIAOzoAQC9iwAAEIwAADoeAwD02wEA7OgBAJ8HCwDyHAgAShIBAPPSBAAtdQEAgHUBAOzoAQBARAsARA4AANpDCAAtRAgAgEQIANNECADs6AEA1sYIACnHCAB8xwgAz8cIACLICAB1yAgAyMgIABvJCABuyQgAwckIABTKCABnyggAusoIAA3LCABgywgAs8sIAAbMCABZzAgAQEQLANQdAAAnHgAAeh4AAM0eAAAgHwAA+9MCAPENAADs6AEA3+sLAJGhDQCnRwAA+kcAAE1IAACgSAAA80gAAEZJAACZSQAA7EkAAD9KAADiewoANXwKAKsXAAA6HgMAgHUBAJj0AQDs6AEAnRENALyyCADs6AEAfAwLADJGCwDxDQAAeIIBAMuCAQAirQAAfJ4CAM+eAgAinwIAAAAAAHiCAQDxDQAABGgCAFdoAgCoLQIAZdsJAEWhAQAAAAAAAAAAAAAAAAAAAAAAAAAAAKLIAgD1yAIARaEBAAAAAACiyAIA9cgCAHjOAgArywQAI64KAHauCgDJrgoAHK8KAG+vCgDCrwoAFbAKAGiwCgDykgMARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwDdlQMAMJYDAIOWAwDWlgMAKZcDAHyXAwB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwBAfAMAk3wDAOZ8AwA5fQMAjH0DAN99AwAyfgMAhX4DANh+AwArfwMAfn8DAI2aCQDgmgkAM5sJAIabCQDZmwkALJwJAH+cCQDSnAkAJZ0JAHidCQDLnQkAHp4JAHGeCQDEngkAF58JAGqfCQC9nwkAmPQBAPvTAgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA//0BAJuEAADxDQAA1aIDACijAwBzvQ0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAQHwDAJN8AwA/6QEAkukBAOXpAQA46gEAFAgMADMYBACGGAQA2RgEACwZBAB/GQQA0hkEACUaBAB4GgQAjygKABIZDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAxdEAAJm3CAAtdQEAf3oCAHO9DQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAHDNBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMA1ecFACjoBQB76AUAzugFACHpBQB06QUAuLkCAAu6AgAirQAAUwAAABi9AwBXFQIAcnYNAMV2DQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAVxUCAO58DQB8ngIA4rMCADW0AgCItAIA27QCACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwCrFwAA/hcAAMXRAADtkAAAQJEAAJrjAABsuAIAQX0NADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAMg8HAPIcCADtkAAA8Q0AAJwkDAD+FwAAdzsBAGXbCQCtSwEAJTwLAHWYAwAEaAIAZdsJAO7kCgCa4wAAbLgCAOzoAQDYygQAfJ4CAM+eAgAinwIAdZ8CAD/pAQCS6QEA5ekBADjqAQBKEgEAUwAAAHQnCQBrHgIAAUcAAGXbCQDu5AoAmuMAAGy4AgB4ggEAe/YDAM72AwBTAAAAoTwAAFcVAgBikA0ALXUBAP/9AQAA1gUAvh4CAFlQAgANEAsA7OgBALYPBgAJEAYAXBAGAK8QBgB4ggEAy4IBAFBiAwCjYgMAugENADIPBwD70wIAeIIBAMuCAQBQYgMAo2IDAPZiAwBJYwMAnGMDAO9jAwDf6wsAkaENAKdHAACQCAEAUwAAAHQnCQDxDQAABGgCAJj0AQBrHgIAfycCAPENAADVogMAKKMDAJAIAQDs6AEA3BYLAIAoDABDiAgAlogIAOmICAA8iQgA4KEIADOiCABzZAIA6uQFAGseAgAyDwcA7OgBANwWCwCk5wYA9+cGAEroBgCd6AYAZdsJAO7kCgBXFQIA7OgBAEoSAQCLlwEAdZgDAOSiAQCwegEAgHUBAJj0AQDs6AEA3BYLAKqmBQCY9AEAeZEJAEoSAQDs6AEAnIUKABNFBQBmRQUAnwcLALoBDQANAg0AmgUIANsUDQAuFQ0A8Q0AAOzoAQCdEQ0AvLIIAAAAAAAAAAAA+9MCADjjAgAIrQkAW60JAK6tCQABrgkAjygKAECRAACa4wAAbLgCAN/rCwCQDgwAS2YLANjKBAArywQAfssEANHLBAAkzAQAd8wEANUeCgAoHwoAex8KADLsCwDu5AoAQeUKAJTlCgDn5QoAOuYKAI3mCgDg5goAM+cKAIbnCgCfBwsAVOUNAO2QAADf6wsAkA4MAEtmCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAEB8AwC+XAUAEV0FAGRdBQC3XQUACl4FAG4ADQATRQUAZdsJANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBACdCwIA8AsCAL5cBQARXQUAZF0FALddBQAKXgUAXV4FACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABwzQQAw80EABbOBABpzgQAvM4EAEBECwDUHQAAJx4AAHoeAADNHgAAIB8AAPvTAgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAEB8AwC+XAUAEV0FAGRdBQAyDwcA7OgBAJ0RDQDWxggAFtwCAGncAgBjoAkANsMKAOtwCADWxggAAUcAAGXbCQDf6wsAkA4MAEtmCwB8DAsAMkYLAPENAADtkAAAAUcAAMXRAABqYQYAax4CANA/AgDs6AEAnIUKAHW6CgDIugoAvYsAABCMAABrHgIAfycCAA3nBABg5wQAs+cEAJuEAAD//QEAeIIBAAAAAADs6AEA0D8CAHLeCgCAdQEAFUICAPvTAgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMA/gkCAFEKAgDYygQAfJ4CAJXEDQDoxA0AO8UNAI/HCwAN9QIARA4AAEoSAQCSGQcAkAgBAAFHAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEANUeCgAoHwoAex8KAA0QCwDxDQAA1aIDACijAwAAAAAA+9MCAFoTCQBAkQAAmuMAAGy4AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAJm3CAANEAsAAAAAAAAAAAAAAAAAosgCAPXIAgBFoQEAAAAAAAAAAAAAAAAAAAAAAKLIAgD1yAIAeM4CACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwDV5wUAKOgFAHvoBQDO6AUAIekFAHTpBQBKEgEAPFIEAI9SBADiUgQANVMEADIPBwD//QEA7OgBAEoSAQCdEgEAoj0KAPU9CgBIPgoAShIBADxSBACPUgQA4lIEADVTBAAirQAAda0AAMitAAAbrgAAbq4AAEoSAQB6vQEAEIwAADoeAwAirQAAfJ4CAKgtAgC+XAUAamEGALyyCADxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDm1gIAFtUDANnZDACGawQA2WsEACxsBAB/bAQA0mwEACVtBAB4bQQAy20EAB5uBABxbgQAxG4EAOzoAQB4ggEAe/YDAIB1AQDQPwIA7OgBAD/pAQCS6QEA5ekBAE7vCgCh7woA3BYLAKTnBgAyDwcAax4CAH8nAgDxDQAA5KIBANPVCwCS8AAAz5AEADJGCwDxDQAABGgCAPSqCABHqwgAmqsIAO2rCABArAgAk6wIAOasCAA5rQgAjK0IAN+tCADcFgsAEw0NAA0QCwDs6AEAnRENAO8lAADs6AEA3+sLAJGhDQCnRwAA+kcAAFMAAACaBQgAl+QFAC11AQAZeQsAgiwIAO2QAAAyDwcA7OgBAEoSAQA8UgQAj1IEAOJSBAA1UwQA4AIHAHwMCwAyRgsA8Q0AAARoAgBKEgEAPFIEAI9SBADiUgQANVMEAOACBwAzAwcAhgMHANkDBwAsBAcAfwQHANIEBwAlBQcAeUwHADJGCwDxDQAABGgCAOzoAQCZtwgADRALAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATxQEAKIUBAAgjQgAc40IAMaNCAAZjggAbI4IAL+OCAASjwgAZY8IALiPCAALkAgAXpAIALGQCAAEkQgAV5EIAKqRCAD9kQgAUJIIAEB8AwC+XAUAEV0FAGRdBQAyDwcA7OgBAJ0RDQDWxggAnRENAL1hBgAQYgYApnUHAPl1BwBMdgcAn3YHAPJ2BwBFdwcA7OgBAN/rCwC+XAUAEV0FAGRdBQAyDwcA7OgBAJ0RDQDWxggAe/YDAJ0LAgDxDQAA1aIDACijAwCdCwIA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAEB8AwC+XAUAEV0FAGRdBQAyDwcA7OgBAJ0RDQDWxggAnRENAL1hBgAQYgYApnUHAPl1BwBMdgcAn3YHAPJ2BwBFdwcA7OgBAN/rCwC+XAUAEV0FAGRdBQAyDwcA7OgBAJ0RDQDWxggAQHwDAL5cBQARXQUAZF0FADIPBwDs6AEAnRENANbGCACdEQ0AvWEGABBiBgCmdQcA+XUHAEx2BwCfdgcA8nYHAEV3BwDs6AEA3+sLAL5cBQARXQUAZF0FADIPBwDs6AEAnRENANbGCABrHgIAbgANAH96AgDLggEAHoMBAA0QCwCdCwIAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAA3uAwC2iwwA3aINAL2LAAAQjAAAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABUfgQAp34EAPp+BABNfwQAoH8EAPN/BABGgAQAmYAEAOyABACAdQEAmPQBAOzoAQDf6wsAkA4MACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAOckEAIzJBADfyQQAMsoEAIXKBAC9iwAAEIwAADoeAwD02wEA7OgBAEBECwBEDgAA2kMIAC1ECACARAgA00QIAPvTAgCbhAAA9NsBAGseAgB/JwIAAUcAAI29BADgvQQA7ZAAAPENAABTAAAAmgUIAO0FCACa4wAAfycCAAAAAAC9iwAA7ZAAAPENAAAEaAIAZdsJAO7kCgCa4wAAbLgCAPquCQBNrwkAoK8JAGDnBACz5wQABugEAFnoBACs6AQA/+gEAFLpBACl6QQA+OkEAEvqBACe6gQA8eoEAETrBACX6wQA6usEAD3sBACQ7AQA4+wEADbtBACJ7QQA3O0EAC/uBACC7gQA1e4EACjvBAB77wQAzu8EACHwBAB08AQAx/AEABrxBABt8QQAwPEEABPyBABm8gQAufIEAJuEAADuhAAAMmIHAIViBwAyDwcA7OgBAN/rCwCRoQ0Ap0cAAEoSAQDz0gQARtMEAOzoAQDgoQgAM6IIAAFHAACNvQQA4L0EAO2QAADxDQAA7OgBABwCCwBvTgwA7QUIAOzoAQDgoQgAM6IIAAAAAAC9iwAA7ZAAAPENAAAEaAIA7OgBAHiCAQB79gMAS/EDAIuXAQATRQUAZkUFANRvDADF0QAAmbcIAC11AQAirQAAMmIHAOzoAQCchQoAdboKADIPBwAogAgAdZgDAPvTAgAirQAAfJ4CAOKzAgA1tAIAiLQCANu0AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMARU0NAO7kCgCa4wAAbLgCAKkvAAB1rQAAyK0AABuuAABurgAAwa4AAPvTAgAirQAAfJ4CAOKzAgA1tAIAiLQCANu0AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMARU0NAO7kCgCa4wAAbLgCAO2QAAAyDwcAKIAIAHWYAwCpLwAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQC8dAUAD3UFACOuCgB2rgoAya4KAByvCgBvrwoAwq8KABWwCgBosAoAmPQBAHmRCQDMkQkA7OgBANwWCwCqpgUA4KEIADOiCADxDQAARA4AANbGCABrHgIAIq0AAGrJAwC9yQMAEMoDAGPKAwC2ygMACcsDAFzLAwCvywMAAswDAFXMAwCozAMA+8wDAE7NAwDOsQEAIbIBAHSyAQDHsgEAGrMBALHjCAAE5AgAV+QIAKrkCAD95AgAUOUIAKPlCAD25QgASeYIAJzmCADv5ggAQucIAJXnCADo5wgAO+gIAI7oCADh6AgANOkIAIfpCADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAvWgFABBpBQBjaQUAtmkFAAlqBQBcagUAr2oFAE7UAgCh1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABUfgQAp34EAPp+BABNfwQAoH8EANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwAcAgsAKrQJAH20CQDQtAkAI7UJAHa1CQDJtQkAHLYJAG+2CQDCtgkAFbcJAGi3CQC7twkADrgJAGG4CQC0uAkAB7kJAFq5CQCtuQkAALoJAFO6CQCmugkA+boJABbcAgBp3AIAY6AJADbDCgDrcAgA1sYIAAFHAABl2wkA3+sLAJAODABLZgsAfAwLADJGCwDxDQAA+q4JAE2vCQCd9gQA8PYEAEP3BACjVAUAQEQLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAMXRAADtkAAAqxcAAAFHAADs6AEA3BYLAMXRAABYCQIAAUcAAOzoAQDF0QAAWAkCAMe4DAAauQwAtg8GAAkQBgBcEAYArxAGAAIRBgB0JwkA8Q0AAOSiAQCwegEA//0BAHiCAQBzvQ0A3+sLAJAODABLZgsA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEANUeCgAoHwoAex8KAN/rCwCRoQ0Ap0cAAOChCAAzoggAnfYEAPD2BABD9wQAo1QFAEBECwDUHQAAJx4AAHoeAADNHgAAIB8AAJLwAAAaGgsAyJgDANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwAENwkA74UKAEKGCgD//QEAANYFAFPWBQCm1gUA+dYFAKsXAADs6AEAQEQLAE/VDACi1QwAqC0CAC11AQBL8QMAkhkHAGphBgDWxggAAUcAAGXbCQDu5AoAmuMAAGy4AgBWJw0AvlwFABFdBQBkXQUAt10FAApeBQBdXgUAAGcJANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAcM0EAMPNBAAWzgQAac4EALzOBABARAsA1B0AACceAAB6HgAAzR4AAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAFtwCAGncAgBjoAkAtqAJAAmhCQBcoQkAr6EJAAKiCQA/6QEAgiwIANUsCAAoLQgAnRENAGseAgDs6AEAnwcLAPIHCwBrHgIAfycCAHNkAgABRwAAJhwCAGseAgANEAsA7OgBAEWhAQC9iwAAEIwAADoeAwD02wEA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwATgwgA0qMIABCnCABjpwgAtqcIAAmoCABAfAMAvlwFABFdBQBkXQUAMg8HAOzoAQCdEQ0A1sYIAJ0RDQC9YQYAEGIGAKZ1BwD5dQcATHYHAJ92BwDydgcARXcHAOzoAQDf6wsAvlwFABFdBQBkXQUAMg8HAOzoAQCdEQ0A1sYIAAFHAAC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQCwXgUAA18FAFZfBQCpXwUApFwOAPdcDgBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBAfAMAvlwFABFdBQBkXQUAt10FAApeBQBDzQoA1B0AAGtVBgBzvQ0Al+QFAAFHAAC+XAUAamEGALyyCAABRwAAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAsF4FAANfBQBWXwUAqV8FAO2QAABAkQAAmuMAAGy4AgA+9QEAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAsF4FAB0ZBgBwGQYAwxkGABYaBgBpGgYAvBoGAA8bBgBEDgAA2kMIAC1ECACARAgA00QIACYcAgC9YQYAEGIGAGNiBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPvTAgBaEwkAQJEAAJrjAABsuAIAqxcAAP4XAADWzQcAKc4HAHzOBwDPzgcAIs8HAHXPBwC+HgIATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAOzoAQDf6wsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAAGcJAA9LCwAirQAAIq0AAB66BQBxugUAxLoFABe7BQCd9gQA7OgBANwWCwDvJQAAAUcAAGXbCQDu5AoAQEQLANQdAABrVQYAc70NAJfkBQABRwAAvlwFAGphBgC8sggA7OgBAI8oCgBAkQAAmuMAAGy4AgAN9QIATqMJAKGjCQD0owkAR6QJAJqkCQDtpAkAH64FAHKuBQDFrgUAGK8FAGuvBQC+rwUAEbAFAGSwBQC3sAUACrEFAA/IBQBiyAUAtcgFAAjJBQBbyQUArskFAL2LAABrHgIAax4CAH8nAgCrFwAAAUcAAOzoAQDf6wsAkA4MAL1hBgB0JwkAeIIBAMuCAQAegwEADRALAPvTAgAAAAAA7OgBAN/rCwA6JQIAjSUCAOAlAgCPxwsAQEQLAJNECwAtdQEAE0UFAJuEAAD//QEAeIIBAHO9DQBARAsA1B0AACceAAB6HgAAzR4AACAfAACzjQUA7OgBAD/pAQBLEwsAnhMLAPETCwDf6wsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUA+9MCABbcAgBp3AIAY6AJANwWCwBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAc70NAEBECwDUHQAAJx4AAHoeAADNHgAAIB8AAEoSAQAAAAAAUwAAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIAax4CAOtwCACfUwwAI0ACAECRAADiewoANXwKAGseAgB/JwIADecEAGDnBACz5wQAm4QAAP/9AQB4ggEAc70NAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAEIwAAKsXAAANEAsA+9MCAAFHAAAirQAAUwAAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwDvJQAABqoBAFmqAQCsqgEAIq0AAPC4AQA4kAIAqHkDAGseAgB/JwIA0icCAKS2DQDxDQAA1B0AAKe1CAD6tQgATbYIAKC2CADztggARrcIAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQAN9QIARA4AANpDCAAtRAgAgEQIANNECADs6AEAjygKAECRAACa4wAAbLgCAKRcDgD3XA4ASl0OAJ1dDgDwXQ4AQ14OAJZeDgDpXg4APF8OAI9fDgDiXw4ANWAOAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwDdlQMAfAwLADJGCwDxDQAA//0BAADWBQBT1gUAptYFAPnWBQBM1wUAQ80KACdxAABMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAm4QAAO8lAADQPwIA7/sFAM6xAQDxDQAAqS8AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQBAkQAAmuMAAGy4AgCcJAwA394BAGKKAgC1igIACIsCAFuLAgDrcAgA7yUAAGseAgB/JwIAAUcAAI29BADgvQQA7ZAAAPENAADUHQAArUsBAABMAQBTTAEAtUsLAAhMCwBbTAsA7OgBAEoSAQDz0gQADRALAOzoAQC2DwYACRAGAFwQBgCvEAYA//0BAEEqDQDcFgsATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAKsXAAD+FwAAdzsBAEQAAgAcAgsACD8BAH8nAgDxDQAA1B0AAKsXAAABRwAA7OgBAJyFCgDvhQoAQoYKAEoSAQCSGQcAAUcAAJuEAACk5wYA9+cGAHtdDQDOXQ0AqqYFANwWCwDvJQAAAUcAAGXbCQDu5AoArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BANHZAgC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQAAZwkAU2cJAKZnCQCL6gEALXUBAGseAgB/JwIAnfYEAOzoAQDF0QAAmbcIAC11AQB/egIAc70NAD/pAQBCJgAAAUcAACKtAAAyYgcALXUBAIB1AQCY9AEA7OgBAN/rCwCQDgwAvWEGAC11AQAirQAA7OgBAEoSAQCSGQcAAUcAAJuEAACk5wYA9+cGAHtdDQDYygQAK8sEACOuCgB2rgoAya4KAByvCgBvrwoAwq8KABWwCgBosAoAu7AKAA6xCgCPKAoA8Q0AAARoAgBXaAIA//0BAHiCAQB79gMAdZgDAOMBAgC+3woA3+sLAJAODABLZgsAnIUKAFMAAADuhAAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAE7UAgCh1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAP/9AQBqYQYAamEGAAFHAADxDQAABGgCAI29BABzJQsA2DgNAOzoAQA/6QEAax4CAOtwCABKEgEA7OgBAEWhAQCS8AAA+9MCAObWAgB1rQAAyK0AABuuAABurgAAwa4AABSvAAB8DAsAzwwLACINCwB1DQsA4KEIAOJ7CgA1fAoA7OgBAJ0RDQDWxggAAUcAAOzoAQCdEQ0A7yUAAOzoAQDcFgsATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAHO9DQD//QEAANYFAFPWBQCm1gUA+dYFAEzXBQBDzQoA7OgBAN/rCwCQDgwAS2YLAN/rCwCbhAAAjagHANA/AgDs6AEA3+sLABMNDQANEAsA7OgBAJ0RDQDvJQAA7OgBAN/rCwCRoQ0Ap0cAAPpHAABNSAAA7ZAAADIPBwDs6AEA//0BAADWBQBT1gUAptYFAPnWBQBM1wUAeIIBAJuEAAB1pgEABGgCAL5cBQAirQAA8Q0AANQdAACbhAAAWVACACKtAAAyYgcAVxUCAHJ2DQDFdg0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AAFcVAgDufA0AQX0NADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAAAAAABTAAAAmgUIANsUDQDxDQAA1B0AAJuEAABZUAIAIq0AADJiBwBTAAAANQ4CAFcVAgBydg0AxXYNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAABXFQIA7nwNAEF9DQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQBAkQAAmuMAAGy4AgD70wIAAUcAAI29BABzJQsAFE4CAPENAABTAAAAdCcJAGseAgABRwAA+9MCAAFHAACNvQQAcyULABROAgDxDQAAUwAAAHQnCQBrHgIAAUcAAPvTAgBaEwkAQJEAAJrjAABsuAIAeIIBAHv2AwBMmQIALXUBAIB1AQCY9AEAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAA1xCQDUHQAAJx4AAJrjAABsuAIAnQsCAPALAgCNvQQAcyULABROAgDxDQAAUwAAAHQnCQBrHgIAAUcAAFcVAgDufA0AQX0NADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAKRcDgD3XA4AadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAjygKAECRAACa4wAAbLgCAGW5AgB8ngIAlcQNAOjEDQA7xQ0AjsUNAOHFDQA0xg0Ah8YNANrGDQCfhAUA8oQFAEWFBQCYhQUA64UFAD6GBQCRhgUA+9MCAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAQHwDAL5cBQARXQUAZF0FALddBQAKXgUAXV4FAABnCQDYygQAfJ4CAJXEDQDoxA0AO8UNAI7FDQDhxQ0ANMYNAIfGDQDaxg0A5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAFHAAC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQCwXgUAA18FAFZfBQCpXwUAFtwCAO2QAADF0QAAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQBAkQAAmuMAAGy4AgC8sggA/hcAAB/lCQBy5QkAm4QAAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQBzvQ0A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAJ3EAAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQBzvQ0A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAW3AIAadwCAGOgCQDcFgsAjagHAHv2AwBMmQIAtvoIALYPBgAJEAYAH+UJAHLlCQDxDQAA7OgBAD/pAQBLEwsAnhMLAPETCwBEFAsAnIUKAO+FCgBChgoADRALAGphBgDWxggAax4CAOzoAQDYygQAda0AAL2LAADxDQAABGgCAGXbCQDs6AEAtg8GAAkQBgAf5QkAcuUJANwWCwBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAnRENACKtAAAirQAAHroFAHG6BQDEugUAF7sFAJ32BADs6AEAxdEAAJm3CAAtdQEAf3oCAHO9DQCPKAoA8Q0AAARoAgBXaAIA//0BAHiCAQB79gMAdZgDAOMBAgAtdQEAgHUBAJj0AQDs6AEA3BYLAKqmBQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAEB8AwCTfAMA5nwDADl9AwDVogMAKKMDAOACBwAzAwcAhgMHANkDBwAsBAcAfwQHAN/rCwAirQAAUwAAAAAAAAAtdQEAUwAAAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAEB8AwCTfAMA5nwDAN/rCwCRoQ0Ap0cAAHwMCwAyRgsA8Q0AAARoAgDf6wsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAAGcJAFNnCQCmZwkAi+oBAC11AQBrHgIAfycCAJ0RDQC9YQYAEGIGAGNiBgDs6AEA3+sLACKtAABTAAAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAxdEAAC11AQATRQUAVEcAAOzoAQB8DAsAMkYLAPENAAAEaAIA7OgBADIPBwCFDwcA2DgNAAFHAAC+XAUATJkCALb6CABARAsA1B0AACceAAB6HgAAzR4AACAfAABzHwAA7m8DAEFwAwCUcAMAvYsAABCMAAA3/QAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAHO9DQCdEQ0Aax4CAOzoAQCfBwsA8hwIAO2QAADxDQAA7OgBALYPBgAJEAYAXBAGAK8QBgCXAAIAEhkNACU8CwB1mAMAMg8HAPENAADs6AEAQEQLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAO5vAwBBcAMAlHADAL2LAAAQjAAAN/0AAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQBzvQ0AnRENAGseAgDs6AEAnwcLAPIcCADtkAAA8Q0AAOzoAQC2DwYACRAGAFwQBgCvEAYAlwACABIZDQAlPAsAdZgDAOzoAQBARAsA1B0AACceAAB6HgAAzR4AACAfAABzHwAA7m8DAEFwAwCUcAMAvYsAABCMAAA3/QAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAHO9DQCdEQ0Aax4CAOzoAQCfBwsA8hwIAO2QAADxDQAA7OgBALYPBgAJEAYAXBAGAK8QBgCXAAIAEhkNACU8CwB1mAMAAAAAAJuEAACNqAcA4KgHAHv2AwD70wIAax4CAG4ADQCAdQEAmPQBAHmRCQBAkQAAmuMAAGy4AgAW3AIAadwCAGOgCQC2oAkA1B0AACceAAB6HgAAzR4AACAfAABzHwAA3BYLAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQDtkAAAShIBACKtAAB8ngIA7oQAADJiBwCFYgcA8Q0AANQdAAAnHgAAeh4AAM0eAAAgHwAAfycCAECRAACa4wAAbLgCAM6xAQDxDQAA+9MCAA31AgBOowkAoaMJAPSjCQBHpAkAmqQJAO2kCQCPxwsA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDANUeCgAoHwoAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAAGcJAN/rCwCQDgwAMg8HALoBDQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA0dkCAJGhDQCnRwAAu/UMAA72DACchQoAdboKAMi6CgC2DwYACRAGAFEYAADcFgsATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAHO9DQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDANwWCwCoLQIAT9wLAJGhDQAtdQEAdZgDAMiYAwBKEgEAnRIBAEoSAQCSGQcAqxcAAHiCAQB79gMAzvYDAEhoBAAirQAAVxUCAO58DQBBfQ0AOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIAYpANANQdAAAnHgAAeh4AAM0eAAAgHwAAMg8HALoBDQCbhAAApOcGAPvTAgDyHAgAxdEAAKsXAAD70wIAmbcIADJGCwDxDQAABGgCAHiCAQDLggEAF/IJAGryCQC98gkAEPMJAJoFCADtBQgAmuMAAGy4AgBKEgEA89IEAFlQAgDQPwIAI0ACADIPBwDs6AEAnwcLALoBDQCbhAAAfAwLAM8MCwAiDQsAdQ0LAMgNCwAbDgsAbg4LAMEOCwD3xAsAEw0NADIPBwDs6AEAnIUKAHW6CgDIugoAlxQLAPIHCwB1mAMAJ3EAAP/9AQB4ggEAc70NADIPBwDs6AEAvYsAABCMAAABRwAAvlwFAH96AgDs6AEA3+sLAL5cBQARXQUAZF0FADIPBwDs6AEA4KEIADOiCAABRwAAjb0EAOsWCQA+FwkAkRcJAE7vCgCh7woAAu4KAL1hBgAQYgYAY2IGAOzoAQC9iwAAEIwAADoeAwD02wEA7OgBAEBECwBEDgAA2kMIAC1ECACARAgAQEQLAE/VDACi1QwAqC0CAL2LAADxDQAA7OgBAJm3CAC+3woAl+QFANA/AgAjQAIAMg8HAPIcCAC9YQYAEGIGAKZ1BwD5dQcATHYHAJ92BwDydgcARXcHAJh3BwDrdwcAPngHAJF4BwDkeAcAN3kHAIp5BwDdeQcAMHoHAIN6BwDWegcAKXsHAHx7BwDPewcAInwHAAWMBwBYjAcAq4wHAP6MBwAyDwcA7OgBAJ0RDQDWxggAAUcAAOzoAQDF0QAAWAkCAC11AQATRQUAvlwFAIB1AQCY9AEA7OgBAD/pAQBLEwsAax4CAOzoAQCdEQ0AvWEGABBiBgCmdQcA+XUHAEx2BwCfdgcA8nYHAO0FCAC+HgIAqC0CAL5cBQBqYQYAvLIIAAFHAAC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQCwXgUAHRkGAHAZBgDDGQYAFhoGAGkaBgC8GgYADxsGAAHfAgB6vQEAAUcAAJuEAACoLQIAZdsJAJ0RDQC9YQYAEGIGAKZ1BwD5dQcATHYHAJ92BwDydgcARXcHAOzoAQDf6wsAvlwFABFdBQBkXQUAMg8HAOzoAQCdEQ0A1sYIAAFHAAD+CQIAvYsAABCMAAA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAAShIBAJ0SAQCiPQoAKIAIADy5DQANEAsA7OgBANjKBAArywQAI64KABCMAAABRwAAZdsJAGIbBgC1GwYACBwGAFscBgCuHAYAAR0GAFQdBgCnHQYAxdEAAFgJAgAtdQEAE0UFAL5cBQCAdQEAmPQBAOzoAQA/6QEASxMLAGseAgDs6AEATJkCAJ+ZAgDymQIARZoCAJm3CAAyRgsA8Q0AAARoAgBXaAIATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBACKtAAAAAAAAeIIBAPvTAgAW3AIAadwCAGOgCQB8DAsAMkYLAPENAAAEaAIA8Q0AAOzoAQDcFgsATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAHO9DQCchQoA74UKAEKGCgCUkgoA55IKADqTCgAcAgsAdCcJAMcnCQBO1AIAodQCADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AAABfgQAax4CAH8nAgAN5wQAqC0CAGXbCQBARAsA1B0AAPENAADkogEAsHoBAGphBgB4ggEAeIIBAOzoAQB8DAsAMkYLAPENAAAEaAIAkvAAABoaCwBPFAQA3+sLAI29BADgvQQA7ZAAADIPBwDs6AEAP+kBAEsTCwBrHgIA7OgBAAAAAAC9iwAA7ZAAAECRAAANEAsA7OgBAD/pAQCS6QEA5ekBADjqAQCrFwAA/hcAAB/lCQBy5QkA8Q0AAO8lAAAGqgEAWaoBAKyqAQC6AQ0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAObWAgAW1QMAI64KAHauCgDJrgoAHK8KAG+vCgDCrwoAFbAKAGiwCgDgoQgAM6IIAA3nBABg5wQAs+cEAOzoAQDcFgsAEw0NAA0QCwDs6AEA2MoEACvLBAB+ywQAb6EMAMKhDADuhAAAQ4gIAOzoAQAcAgsAdCcJAC11AQCAdQEAqC0CAPENAAD70wIAFtwCAGncAgBjoAkAtqAJANQdAAAnHgAAeh4AAM0eAAAgHwAAs40FAOzoAQDcFgsATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAHO9DQA/6QEASxMLAGseAgDs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMA8Q0AANQdAAAnHgAAeh4AAM0eAAAgHwAAs40FAAaOBQAnHgAAmuMAAGy4AgDUHQAAJx4AAJrjAABsuAIApFwOAPdcDgBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAJ0LAgBrHgIAfycCANInAgCktg0A8Q0AANQdAACeZgsAYysCACrCBwB9wgcA7OgBAEBECwDUHQAAJx4AAHoeAADNHgAAIq0AANA/AgCZtwgAMkYLANbGCADxDQAA1B0AAJ0LAgAyDwcAax4CAG4ADQBMmQIAtvoIAAn7CABXFQIAcnYNAECRAACa4wAAbLgCAFcVAgCrFwAA7ZAAAAFHAADF0QAAamEGAGseAgDQPwIAI0ACAECRAACa4wAAbLgCAKRcDgD3XA4ALSENAIAhDQDTIQ0AAAAAAAAAAADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPvTAgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAN/rCwCRoQ0Ap0cAAI8oCgDiKAoAMg8HAFMAAAB0JwkALXUBAIB1AQCSNQMA7OgBAL2LAABrHgIAeIIBAPvTAgAUCQAAmbcIAOy3CAA/uAgA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEANUeCgAoHwoAex8KAN/rCwCRoQ0Ap0cAAM5QAwDyHAgARR0IAJgdCADrHQgAPh4IAHBeCACfBwsAhQ8HAO2QAABKEgEAnRIBAM5QAwDyHAgARR0IAJgdCADrHQgAPh4IAHBeCACfBwsAhQ8HAO2QAABKEgEAnRIBAPASAQDs6AEA4KEIAOJ7CgA1fAoAqxcAADoeAwCAdQEAmPQBAO2QAABAkQAAShIBAIuXAQB1mAMA5KIBALB6AQBqYQYAvLIIAOzoAQCfBwsAugENAKsXAAA6HgMA7ZAAADIPBwDs6AEAxdEAAJm3CAAtdQEAf3oCAHO9DQDf6wsAjb0EAA0QCwAtdQEAgHUBAJj0AQDs6AEA3+sLAJAODABLZgsA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEANUeCgAoHwoAex8KAN/rCwCRoQ0Ap0cAAM5QAwDyHAgARR0IAJgdCADrHQgAPh4IAHBeCACfBwsAhQ8HAO2QAABKEgEAnRIBAJ8HCwBU5Q0Ap+UNAPrlDQBN5g0AoOYNAPPmDQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAXuoHAGphBgAirQAA0D8CACNAAgBAkQAAfycCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQChzQMAFA8LAGcPCwC6DwsAh4ELAJm3CAAtdQEAf3oCAHO9DQA/6QEAQiYAAAFHAAAirQAAMmIHAC11AQCAdQEAmPQBAOzoAQBARAsA1B0AACceAAB6HgAAzR4AACAfAABzHwAA3BYLANg4DQAtdQEA7OgBAEyZAgC2+ggACfsIAEPNCgCwegEAamEGAC11AQB/egIAc70NAKsXAAD+FwAAdzsBAO8lAABLEwsAnhMLAPETCwBEFAsAipwCAECRAACa4wAAbLgCAEWhAQDqzwgAPdAIAJDQCADj0AgANtEIAInRCAAAAAAAosgCAPXIAgC2DwYACRAGAFEYAACTwQUA5sEFADrtCQCN7QkA4O0JAD/pAQCCLAgA1SwIACgtCACdEQ0Aax4CAOzoAQCfBwsA8gcLAGseAgB/JwIAc2QCAAFHAAAmHAIAax4CAI8oCgDiKAoANSkKAIgpCgDbKQoAAAAAAEyZAgCfmQIAWVACAAAAAABrHgIA4nsKADV8CgAAAAAAMg8HAPIcCABFHQgAmB0IAOsdCAA+HggACkkIAF1JCACwSQgAA0oIACKtAADQPwIAI0ACAAFHAACrFwAA/hcAAHc7AQDvJQAASxMLAJ4TCwDxEwsARBQLAIqcAgBAkQAAmuMAAGy4AgBXFQIAYpANAEQOAADaQwgATLQKAIIsCAAfKgwAFUICAOzoAQDcFgsAqqYFAEyZAgCfmQIA8pkCAHv2AwAyDwcA7OgBAJ8HCwDyHAgARR0IAJgdCADrHQgAPh4IAHBeCACPKAoA4igKAEyZAgAtdQEAax4CAOtwCAC8sggAShIBAJIZBwCrFwAAxdEAAGphBgBrHgIA0D8CAHLeCgCAdQEAmPQBAOzoAQDYygQAK8sEAH7LBABvoQwAwqEMABWiDABoogwAu6IMAA6jDADs6AEA4KEIAOJ7CgA1fAoAiHwKANt8CgAufQoAgX0KAEBECwBP1QwAjb0EAHMlCwCoLQIAZdsJAJj0AQDs6AEAnIUKAHW6CgDIugoAjygKAC11AQATRQUAVEcAAKdHAAC79QwA7OgBALYPBgAJEAYAXBAGAK8QBgDgoQgA4nsKADV8CgCrFwAAOh4DAIB1AQCY9AEA7OgBAJ0RDQBrHgIA7OgBAEoSAQCLlwEAdZgDAKkvAADwuAEAOJACAO8lAACCLAgAmPQBAL2LAABrHgIAfycCAGseAgB/JwIADecEAKgtAgBl2wkAnwcLAPIcCABFHQgAmB0IAOsdCAA+HggAcF4IABwCCwAIPwEAWz8BAEyZAgAtdQEAMg8HALoBDQBqYQYAamEGAAFHAAB4ggEAc70NAPENAADkogEA7OgBAJ8HCwDyHAgARR0IAJgdCADrHQgAPh4IAHBeCAC2DwYACRAGAFwQBgCvEAYATLQKAJ+0CgDytAoARbUKAJ8HCwDyHAgARR0IAJgdCADrHQgAPh4IAHBeCACPKAoA4igKADIPBwBTAAAAdCcJAC11AQCAdQEAl+QFAOrkBQA95QUAkOUFAOPlBQA25gUAieYFANzmBQAv5wUAgucFAC11AQCbhAAAjagHAOzoAQDf6wsAIq0AAFMAAAD70wIAUBwNAOzoAQC2iwwA3aINANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBACS8AAAAAAAAE8UBAA9Bw0ASxMLAGseAgABRwAAvlwFAEyZAgC2+ggAa1UGAA0QCwDs6AEA4KEIADOiCACGoggA2aIIACyjCAB/owgA7OgBAJyFCgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAKHNAwCX5AUA6uQFAD3lBQCQ5QUA4+UFADbmBQCJ5gUA3OYFAC/nBQCC5wUAFtwCAGncAgDhowYAtosMAO2QAACtSwEAJTwLAHWYAwAEaAIAvlwFAIB1AQCY9AEA7OgBAJ8HCwDyHAgAShIBAPPSBAAtdQEAXuoHALHqBwAE6wcAV+sHAKrrBwD96wcAUOwHAKPsBwD27AcASe0HAJztBwDv7QcAQu4HAJXuBwDo7gcAO+8HAI7vBwDh7wcAax4CAH8nAgDSJwIApLYNAPENAADUHQAARaEBAAFHAAAirQAAUwAAAPvTAgAAAAAAeIIBAPENAAD70wIAAAAAAL2LAAAQjAAAOh4DAPTbAQD70wIAAAAAAP/9AQB4ggEAc70NAN/rCwCQDgwAS2YLANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBADVHgoAKB8KAHsfCgDf6wsAIq0AAFMAAAD70wIAAAAAAHiCAQDxDQAA+9MCAAAAAABARAsA5KIBADejAQD70wIAAAAAAKsXAACrFwAA7ZAAAJfkBQABRwAAvlwFAGphBgC8sggA7OgBAOChCAAzoggAhqIIANmiCAAsowgAf6MIAAAAAAABRwAAAUcAAFMAAAAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA2SUOAHQnCQDHJwkAGigJAJLwAADPkAQAMkYLAPENAAAEaAIA09ULAOChCAAzoggADecEAGDnBACz5wQA7OgBAJ8HCwCFDwcAe10NAM5dDQD//QEAm4QAAHWmAQDUHQAAQEQLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AANwWCwCoLQIAvYsAAHiCAQAyDwcA7OgBALYPBgAJEAYAXBAGAK8QBgDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQA1R4KACgfCgB7HwoAax4CAH8nAgDSJwIApLYNAPENAADUHQAAugENAECRAACa4wAAbLgCAO2QAABAkQAAmuMAANAOCQAjDwkAURgAAAAAAAAAAAAAAAAAAKLIAgD1yAIAeM4CACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwDV5wUAKOgFAHvoBQDO6AUAIekFAHTpBQAAAAAAAAAAAKLIAgD1yAIAeM4CACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwDV5wUAKOgFAHvoBQDO6AUAIekFAHTpBQDF0QAALXUBAIB1AQDtkAAAQJEAAJrjAABsuAIAAAAAAAAAAAAAAAAAAAAAAAAAAACrFwAA7ZAAAAFHAABXFQIA7nwNAEF9DQA4kAIAqHkDAPt5AwBOegMAoXoDAEVNDQCYTQ0A600NAD5ODQCRTg0A5E4NADdPDQCKTw0A5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwDUbwwAamEGAPENAADs6AEAjygKAECRAACa4wAAbLgCAAAAAAAAAAAAAAAAAGXbCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAEVOAQAAAAAAAAAAAAAAAACtSwEAJTwLAGphBgC8sggA7OgBAOChCAAzoggAhqIIANmiCAAsowgAAAAAAO2QAABAkQAA//0BAC11AQCAdQEAFUICAFTlDQAQjAAAmPQBAPENAAAncQAAiMIAAO8lAAD//QEAm4QAAIjCAADs6AEA3BYLAP/9AQCY9AEAeZEJAGtVBgBzvQ0AmbcIAKsXAADtkAAArUsBACU8CwAAAAAAqxcAAOzoAQDgoQgAM6IIAJm3CAC9iwAA8Q0AACdxAACk5wYA8Q0AAOSiAQCwegEAamEGALyyCADtkAAA4KEIAG4ADQAZeQsAgiwIAL2LAAABRwAAm4QAAKgtAgAAAAAAamEGAOzoAQDgoQgAM6IIAHNkAgDGZAIA8Q0AACdxAACk5wYAqxcAAP4XAAD70wIAWhMJAK0TCQAAFAkAUxQJAKYUCQD5FAkATBUJAJ8VCQDyFQkARRYJAJgWCQDtkAAAl+QFAOrkBQA95QUAkOUFAOPlBQA25gUAieYFANzmBQAv5wUAgucFAD/pAQCS6QEA5ekBADjqAQD/qgEA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwAW3AIAadwCAGOgCQC2oAkACaEJAFyhCQCvoQkAAqIJAD/pAQCCLAgA1SwIACgtCACdEQ0Aax4CAOzoAQCfBwsA8gcLAGseAgB/JwIAc2QCAAFHAAAmHAIAax4CAGMrAgCNqAcAc70NAECRAACa4wAAbLgCAGphBgBqYQYAeIIBAOzoAQDf6wsAvlwFABFdBQBkXQUAMg8HAOzoAQCdEQ0A1sYIAAFHAADs6AEAxdEAAJm3CAAtdQEAf3oCAHO9DQDF0QAAWAkCAC11AQATRQUAvlwFAIB1AQCY9AEA7OgBAD/pAQBLEwsAax4CAOzoAQDcFgsAEw0NAGYNDQCdEQ0AvWEGABBiBgBjYgYA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJyFCgB1ugoAyLoKALYPBgAJEAYAXBAGAK8QBgDcFgsATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAHO9DQD+CQIAUQoCAOChCAAzoggAAAAAAL2LAADtkAAA8Q0AAARoAgDs6AEA3+sLAL5cBQARXQUAZF0FADIPBwDs6AEAnRENANbGCAABRwAA7OgBANwWCwDvJQAAAUcAAGXbCQDu5AoAqxcAAO2QAACtSwEA+9MCANHZAgC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQAAZwkA3BYLAIAoDAAAAAAAvYsAAC11AQBrHgIAbgANAIB1AQCY9AEA7OgBANwWCwCqpgUA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAc70NAECRAACa4wAAbLgCAFYnDQC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQAkVgkAd1YJAMpWCQAdVwkAcFcJAMNXCQAWWAkAaVgJALxYCQAPWQkAYlkJAJLwAADF0QAAWAkCAC11AQATRQUA5PUBAGseAgB/JwIADecEAKgtAgBl2wkAgCgMAAAAAAC9iwAALXUBAGseAgB/JwIAzrEBADIPBwD//QEAIq0AAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCdEQ0A//0BAAFHAACbhAAALXUBAIB1AQDs6AEAzrEBADIPBwD//QEAIq0AAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwDs6AEAjygKABIZDQAATAEAU0wBALVLCwAITAsAW0wLAK5MCwABTQsAxdEAAJm3CAC+3woAqxcAAOzoAQDf6wsAjb0EAA0QCwAtdQEAgHUBAJj0AQDs6AEA3+sLAJAODABLZgsA2MoEACvLBAB+ywQA0csEACTMBAB3zAQA8Q0AAOzoAQDYygQAK8sEACOuCgB2rgoAya4KAByvCgBvrwoAwq8KABWwCgBosAoAu7AKAA6xCgDcFgsAgCgMAAAAAAC9iwAALXUBAGseAgB/JwIAnfYEAOzoAQA/6QEAax4CAOtwCABKEgEA7OgBAN/rCwCRoQ0Ap0cAAL2LAAAQjAAAN5wCAIqcAgBAkQAAeIIBAA0QCwAtdQEAgHUBAJj0AQDs6AEAnwcLAIUPBwB7XQ0Azl0NAP/9AQCbhAAAdaYBANQdAADcFgsAgCgMAAAAAAC9iwAALXUBAGseAgB/JwIA3BYLAKqmBQDgoQgAM6IIAPENAABEDgAA1sYIAGseAgAirQAA7ZAAAD/pAQBrHgIA63AIAEoSAQDs6AEAnIUKABNFBQDxDQAA7OgBABwCCwAIPwEAbgANAEvxAwDz0gQAWVACAA0QCwDs6AEAP+kBAJLpAQDuhAAAQ4gIACYcAgBrHgIADRALAOzoAQCdEQ0Aax4CAOzoAQBARAsARA4AANbGCABrHgIAIq0AAO2QAAABRwAAm4QAAKTnBgAyDwcAax4CAG4ADQCAdQEA7yUAAEsTCwDs6AEAjygKAOIoCgA1KQoAdzsBAO8lAABLEwsAnhMLAPETCwBEFAsAm4QAAC11AQCdCwIAm4QAAOLHCwAu1wkAgdcJAIB1AQDWXgsAjb0EAHMlCwAUTgIA8Q0AAHAuAwCbhAAAqC0CAGXbCQB8DAsAMkYLAPENAAAEaAIA7OgBALYPBgBjKwIAtisCAAksAgBRGAAAk8EFAObBBQA67QkAje0JAODtCQAz7gkAhu4JANnuCQDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABKEgEAi5cBAHWYAwD//QEAQSoNAJm3CACbhAAATJkCAC11AQCAdQEAMuwLALjbCQAL3AkAXtwJALHcCQAE3QkAV90JAKrdCQD93QkAUN4JAKPeCQD23gkASd8JAJzfCQDyBwsAe4AIAM6ACAAhgQgAvYsAADIPBwDgoQgAM6IIAA3nBACk5wYA7OgBAL2LAAAyDwcAAAAAAGphBgDs6AEA3+sLAL5cBQARXQUAZF0FALddBQAKXgUAmbcIAFMAAACdCwIAqxcAAO2QAAABRwAAxdEAAGphBgBrHgIA0D8CAJ0LAgCY9AEAeZEJAMyRCQAfkgkAcpIJAMWSCQAYkwkAfycCAPENAADkogEA1B0AAPENAAD70wIAmPQBAHmRCQDMkQkAH5IJAHKSCQDFkgkAGJMJAGuTCQC+kwkAEZQJAGSUCQC3lAkAP+kBAEsTCwBrHgIAnRENAGseAgDs6AEAQEQLANQdAAAnHgAAeh4AAC11AQAirQAA7ZAAALYPBgAJEAYAXBAGAK8QBgDQPwIAT0QJAP4XAADF0QAAmbcIADJGCwDxDQAABGgCAGXbCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAOcIFAIzCBQDfwgUAMsMFAIXDBQDYwwUA3BYLAKTnBgAyDwcAax4CAH8nAgDxDQAA5KIBAOzoAQA/6QEASxMLAJ4TCwDxEwsAvWEGABBiBgBjYgYA7OgBAN/rCwAirQAAUwAAAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAEB8AwCTfAMAm4QAAC11AQDtkAAAQJEAAJrjAABsuAIARaEBAOrPCAA90AgAkNAIAOPQCAA20QgAidEIAO2QAABKEgEAUwAAAHQnCQBrHgIAvh4CAFlQAgANEAsA7OgBAD/pAQCS6QEA5ekBAE7vCgCh7woAnIUKAO+FCgBChgoAtg8GAGMrAgC2KwIACSwCAOChCAAzoggA8Q0AAEQOAAB4ggEAvYsAAAFHAAC+XAUAamEGADIPBwC6AQ0AqxcAAGMrAgC2KwIACSwCALYPBgAJEAYAax4CAOzoAQBARAsA1B0AACceAAB6HgAAqxcAAGMrAgC2KwIACSwCABwCCwAIPwEAWz8BAEyZAgAtdQEAMg8HALoBDQAirQAAMmIHAOzoAQB8DAsAMkYLAPENAAAEaAIA7OgBAJyFCgB1ugoAyLoKANA/AgBPRAkA/hcAAMXRAABqYQYAn1MMAL2LAABTAAAA7OgBAD/pAQCS6QEA5ekBAE7vCgCh7woAOOoBADoeAwBqYQYAVxUCAO58DQAyYgcAm4QAABMNDQCrFwAA7ZAAAGtVBgDxDQAAVxUCAECJDQCTiQ0Aax4CAH8nAgDxDQAARA4AAHiCAQBMmQIAtvoIADIPBwCFDwcApOcGADIPBwBrHgIAfycCAPENAADkogEA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQD70wIAFtwCAGMrAgC2KwIACSwCAM/ACQAiwQkAdcEJAMjBCQAbwgkAbsIJAMHCCQAUwwkAZ8MJALrDCQANxAkAYMQJALPECQAGxQkAWcUJAKzFCQD/xQkAUsYJAOzoAQDUbwwAGhoLAEQOAADaQwgALUQIAIBECADTRAgA7vIIAAANCgBTDQoApg0KAO7kCgCa4wAAbLgCAI8oCgDxDQAABGgCAFdoAgD//QEAeIIBAHv2AwB1mAMA4wECAOzoAQDcFgsAqqYFALYPBgDtkAAAxdEAAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwD70wIARaEBAOrPCAA90AgAkNAIAOPQCAA20QgAidEIANzRCAAv0ggA/tgIAAAAAAAAAAAAAAAAAM3fCAAg4AgAc+AIAMbgCAAZ4QgAbOEIAL/hCAAS4ggAAAAAAAAAAABl4ggAuOIIAAvjCAAN7gMAdTAGAMgwBgA/6QEASxMLAJ4TCwDxEwsA+9MCAKHNAwD0zQMA+FAOAEtRDgCeUQ4A8VEOAJuEAAD//QEAeIIBAHO9DQA/6QEAgiwIANUsCAAoLQgAtg8GAAkQBgBcEAYArxAGAEy0CgCftAoA8rQKAEW1CgDtkAAAqxcAAP4XAADtkAAAqxcAAKsXAAD+FwAA7ZAAAKsXAAABRwAA+9MCABbcAgBp3AIAY6AJALagCQAJoQkAXKEJAK+hCQACogkAP+kBAIIsCADVLAgAKC0IAJ0RDQBrHgIA7OgBAJ8HCwDyBwsAax4CAH8nAgBzZAIAAUcAACYcAgBrHgIADRALAOzoAQC2iwwA+9MCAAAAAADs6AEA//0BAFL+AQDvJQAA7yUAAEImAABAkQAAbgANAIB1AQCY9AEA7OgBAN/rCwC+XAUAEV0FAGRdBQAyDwcA7OgBAJ0RDQDWxggAAUcAAOzoAQDcFgsA7yUAAAFHAABl2wkA7uQKADIPBwBU5Q0AeIIBAHO9DQCrFwAA/hcAAHc7AQDvJQAASxMLAJ4TCwDxEwsARBQLAIqcAgBAkQAAmuMAAGy4AgAW3AIAadwCAGOgCQBKEgEAnRIBAKI9CgD1PQoASD4KAJs+CgC2DwYAYysCALYrAgAJLAIAMg8HABbcAgBp3AIAY6AJAEoSAQCdEgEAoj0KAPU9CgBIPgoAmz4KALYPBgBjKwIAtisCAAksAgAyDwcAShIBAJ0SAQCiPQoA9T0KAEg+CgCbPgoAHAILAG8CCwDuhAAA0D8CAO/7BQDixwsAeZEJAHiCAQDLggEAUGIDAKNiAwDs6AEAvYsAAGseAgB4ggEA4KEIADOiCADxDQAARA4AAHiCAQBMmQIAtvoIAJyFCgBL8QMAnvEDAPHxAwBE8gMAl/IDAOzoAQCPKAoA4igKAAFHAACNvQQADRALAOzoAQA/6QEASxMLAGseAgDs6AEAHAILAG8CCwDuhAAA0D8CAO/7BQDixwsAeZEJAP4JAgBRCgIA//0BAFL+AQCl/gEA+P4BAD/pAQBLEwsAnhMLAPETCwBEFAsAnIUKABNFBQBmRQUAnIUKAO+FCgBChgoAlYYKAKqmBQAcAgsAbwILAO6EAADQPwIA7/sFAOLHCwB5kQkAVxUCAM6xAQDxDQAARA4AAEoSAQDz0gQAqC0CACKtAAAyYgcALXUBAIB1AQCY9AEA7OgBABwCCwBvAgsA7oQAANA/AgDv+wUA4scLAHmRCQA/6QEASxMLAGseAgDs6AEAkAgBAOWjCwDZJQ4ALCYOALYPBgAJEAYAXBAGAK8QBgACEQYAVREGAKgRBgDSJwIAgiwIAKKCDADtkAAAMg8HAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAAAAAADs6AEAnRENAGseAgDs6AEAuWcMAAAAAADs6AEAnRENAGseAgDs6AEAuWcMAAxoDADcFgsAqqYFAJ8HCwC6AQ0ADQINAJoFCADbFA0ALhUNALoBDQCrFwAAIq0AAL2LAAAQjAAAAUcAAL5cBQARXQUAZF0FAO2QAABAkQAAmuMAAGy4AgB4ggEAy4IBAFBiAwCjYgMA7OgBAEBECwCTRAsAIq0AADJiBwDs6AEAP+kBAIIsCADVLAgAKC0IALaLDAAJjAwAmPQBAHmRCQBKEgEA7OgBAC11AQCAdQEA7OgBANwWCwATDQ0ADRALAOzoAQCdEQ0A7yUAAOzoAQDf6wsAkaENAKdHAAD6RwAARA4AANbGCABrHgIAIq0AAO2QAAB4ggEAy4IBACKtAAB8ngIAz54CACKfAgANEAsA7OgBAJyFCgDvhQoABQgOAFgIDgCrCA4A/ggOAFEJDgBzvQ0AMg8HAOzoAQCY9AEAeZEJAEoSAQDf6wsAkaENAKdHAACY9AEAeZEJAEoSAQDxDQAA7OgBANwWCwBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAnwcLAGseAgBuAA0ATJkCALb6CAAJ+wgA7OgBAD/pAQBLEwsAnhMLAPETCwBEFAsAP+kBAEsTCwBrHgIA7OgBAM6xAQAyDwcA//0BACKtAACcJAwA/hcAAHc7AQDvJQAASxMLAJ4TCwDxEwsARBQLAIqcAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAIq0AAHWtAAATWgIAZloCALlaAgAyDwcAugENAO8lAADvJQAASxMLAJ4TCwDxEwsARBQLAIqcAgBAkQAAmuMAAGy4AgAvFwsAAUcAAL5cBQAZeQsABqoBAO6EAABDiAgAvYsAAGseAgDf6wsAkA4MAEtmCwA/6QEAgiwIAB8qDAAVQgIAWpADAK2QAwAAkQMAU5EDAKaRAwD5kQMATJIDAJ+SAwD//QEAQSoNAOChCAAzoggA8Q0AAEQOAAB4ggEATJkCALb6CAAyDwcA+9MCAM4fCgAhIAoAdCAKAMcgCgA/6QEApLYNABCMAABw9goAAUcAAL5cBQBqYQYAvLIIAAFHAABl2wkAqxcAAPENAACwegEAamEGALyyCAB1mAMAyJgDAOChCAAzoggAAAAAAL2LAAAtdQEAax4CAH8nAgCfBwsAax4CAG4ADQBMmQIAtvoIAOzoAQDUbwwA5PUBADf2AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAPvTAgDgoQgAM6IIAAAAAAC9iwAALXUBAGseAgB/JwIAnfYEAOzoAQBKEgEAnRIBAKI9CgD1PQoASD4KAJs+CgAcAgsACD8BAFs/AQBMmQIALXUBADIPBwC6AQ0A8Q0AAOzoAQAcAgsAbwILAO6EAADQPwIA7/sFAOLHCwB5kQkA8Q0AAFMAAACaBQgAl+QFAO8lAAAGqgEAWaoBAKyqAQC2iwwA8Q0AAARoAgBl2wkAuNsJAJIZBwCtSwEAJTwLAPvTAgCY9AEAShIBAJIZBwCrFwAAAUcAAJuEAACoLQIAvlwFAGphBgC8sggA7OgBAD/pAQCS6QEAiMIAAHiCAQDxDQAA1B0AAMbSCgAu1wkA//0BAADWBQCoLQIAm4QAAI2oBwDs6AEAjygKAECRAACa4wAAbLgCAI2oBwD70wIA0D8CAHLeCgDF3goAGN8KAGvfCgAtdQEAf3oCANJ6AgAlewIA7ZAAAJuEAADYOA0A7OgBAJ0RDQDWxggAAUcAAOzoAQCdEQ0A7yUAAOzoAQBKEgEAkhkHAOUZBwCdEgEAax4CAECRAABKEgEAi5cBAN6XAQBjKwIAKsIHAGXbCQAyDwcA7OgBAP/9AQANEAsA7OgBANwWCwATDQ0A/hcAAHc7AQBURwAAp0cAALv1DADs6AEAHAILAAg/AQBbPwEAOjkLAI05CwDgOQsAmPQBAOv0AQCdEQ0An1MMAE7vCgCh7woAOKsKAIurCgDs6AEAP+kBAJLpAQCV2QoA6NkKADvaCgCO2goA4doKADTbCgCH2woA2tsKABwCCwBvAgsAWVACAEPNCgDUHQAAjygKAECRAACa4wAAbLgCACKtAAB8ngIAlcQNAJj0AQCZtwgA7LcIAJyFCgDvhQoAQoYKAJSSCgDnkgoA5KENAH8nAgAN5wQApOcGAOzoAQAAAAAAoPsKAOzoAQCZtwgAm4QAABMNDQAyDwcAeIIBAHO9DQAyDwcAjygKABIZDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBXFQIA+9MCAFMAAACmAAAAnvgCAPH4AgBE+QIAaDsDALs7AwAOPAMAYTwDALQ8AwDcFgsAqC0CANwWCwCoLQIAAAAAAKYGCwDs6AEAMg8HACiACAA8uQ0Aj7kNAOK5DQA1ug0A+9MCAP/9AQANEAsAAUcAAGXbCQDm1gIAMmIHAJuEAABZUAIAmbcIAJuEAAB1pgEA7OgBAD/pAQCS6QEA5ekBADjqAQBAkQAAmuMAAGy4AgAAAAAAqxcAAAFHAACbhAAA9NsBAOzoAQCPKAoAQJEAAJrjAABsuAIAamEGANbGCAAQjAAAN5wCAJ8HCwC6AQ0AAUcAAGXbCQCX5AUAAUcAAGXbCQCbhAAAWVACAH8nAgCfBwsAugENAAFHAABl2wkAl+QFAAFHAABl2wkA8Q0AALB6AQADewEAVnsBAKl7AQAt3AoAgNwKAOzoAQD//QEADRALAOzoAQBARAsAsHoBAAN7AQBWewEAqXsBAFMAAAAIPwEAWz8BAEoSAQCLlwEAdZgDANQdAAAnHgAAfycCAM6xAQA0BQUAl+QFAAFHAAC+XAUAamEGAEoSAQDz0gQALXUBAIB1AQC+HgIA7oQAAO2QAAD//QEAm4QAAO6EAADQPwIA7OgBANRvDABKEgEAnRIBAPENAAAEaAIA7OgBAOChCAAzoggAc2QCAMBtCwCrFwAAAUcAAOzoAQDYygQAfJ4CAM+eAgAinwIAdZ8CAHiCAQCbhAAAdaYBAARoAgBPFAQAHAILAAg/AQBbPwEAOjkLAI05CwDgOQsAMzoLAOzoAQDYygQAK8sEANnZDAAs2gwAf9oMANLaDAAl2wwAeNsMAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAI8oCgASGQ0AJTwLAHg8CwBmRQUA2MoEACvLBAAtIQ0AIq0AAO2QAADxDQAA5KIBAFcVAgBydg0AxXYNACU8CwB4PAsALXUBABNFBQBl2wkAMg8HAOzoAQDF0QAALXUBABNFBQBURwAA7OgBANjKBAArywQALSENAIAhDQC9iwAA//0BAAFHAABl2wkAklALAOVQCwCqzwsA7yUAAAaqAQBZqgEArKoBAPENAACvQAsAAkELAFVBCwCoQQsA+0ELAGphBgBqYQYAn1MMAN/rCwC+XAUAEV0FAGRdBQAyDwcA7OgBAJ0RDQDWxggAAUcAAOzoAQCchQoA74UKAJ0RDQDvJQAA7ZAAADIPBwC6AQ0AMg8HAOzoAQDf6wsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAAGcJAA9LCwBiSwsA8Q0AAARoAgDf6wsAvlwFABFdBQBkXQUAMg8HAOzoAQCdEQ0A1sYIAAFHAADs6AEAnIUKAO+FCgDR2QIAfqgJAIXsCwA4UQsAi1ELAN5RCwAxUgsAhFILANdSCwAqUwsAfVMLANBTCwAjVAsAN10LAIpdCwDdXQsAMF4LANHZAgC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQAAZwkA3BYLAO8lAAABRwAAZdsJAO7kCgDf6wsAkA4MAEtmCwD//QEAQSoNANwWCwATDQ0AZg0NAJyFCgDvhQoABQgOAFgIDgCrCA4AEw0NACKtAADtkAAAnRENAO8lAADs6AEAjygKAECRAACa4wAAbLgCAOzoAQC2DwYACRAGAFwQBgCvEAYAlwACABIZDQAlPAsAdZgDAI8oCgASGQ0AJTwLAHWYAwC2DwYACRAGAFEYAACPKAoAQJEAAJrjAABsuAIAQJEAAJrjAABsuAIA7ZAAAC11AQBMmQIAtvoIAOzoAQC9iwAAEIwAAJXFAQDoxQEAO8YBAI7GAQDhxgEANMcBAIfHAQDaxwEAx2wLABptCwBtbQsA7OgBAL2LAAAQjAAAxdEAAFgJAgCrCQIAZdsJADIPBwDs6AEAjygKABIZDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDvJQAAQiYAAECRAACa4wAAbLgCAJj0AQDr9AEAMg8HAOzoAQC2DwYACRAGAFwQBgCvEAYAlwACABIZDQCL6gEA3uoBADHrAQCE6wEA7OgBAEBECwCTRAsAIq0AACKtAADtkAAA8Q0AAMXRAABYCQIAx7gMABq5DAC2DwYACRAGAFwQBgCvEAYAlwACABIZDQCL6gEA3uoBADHrAQCE6wEA1+sBABIZDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQA6HgMAAAAAAKsXAAA6HgMAjR4DAN/rCwCQDgwAS2YLANjKBAArywQAfssEANHLBAAkzAQAd8wEAJ8HCwDyBwsAe4AIAJ0RDQC9YQYAEGIGABwCCwAtdQEAgHUBAEBECwBP1QwAotUMAFlQAgDgoQgAM6IIAA3nBABg5wQAk0QLACKtAAAirQAA7ZAAAO2QAAD//QEAQSoNANwWCwD//QEAeIIBAA3nBACk5wYA7OgBABwCCwAIPwEAWz8BAFYuDACpLgwA/C4MAE8vDACiLwwAnRENAO8lAADs6AEAvYsAABCMAAA3nAIAipwCAN2cAgAwnQIAg50CANadAgC2DwYA394BAMo0AgC+XAUA7ZAAAPENAADs6AEAnRENAO8lAADs6AEAvYsAABCMAAA3nAIAipwCAN2cAgAwnQIAg50CANadAgC2DwYA394BAMo0AgCrFwAA/hcAAOGjBgDtkAAAAUcAADolAgCNJQIA4CUCAJAIAQDs6AEAnRENAP/9AQDOsQEANAUFAJfkBQABRwAA7OgBAHwMCwDPDAsAIg0LAHUNCwC2DwYACRAGAFEYAADcFgsAqC0CAPstAgBOLgIAoS4CAPQuAgBHLwIAmi8CAEoSAQCSGQcAAUcAAFRHAAAyRgsAMg8HAOzoAQBzvQ0AMg8HAOzoAQDhNAoAamEGAL1hBgABRwAAvlwFAGphBgC8sggA+9MCAL2LAAAQjAAAxdEAABjSAAC+HgIA2DgNAJLwAAAC2gEA4TQKADQ1CgCdEQ0AvLIIAOzoAQDcFgsAqqYFAOE0CgCrFwAA/hcAAOGjBgDtkAAA4TQKADQ1CgBMmQIAn5kCAPKZAgBFmgIAnIUKAO+FCgDTdQEAamEGAJ9TDAAjQAIAxdEAAC11AQATRQUAVEcAAI29BADiewoAAUcAAFRHAAANEAsA/gkCAFEKAgCkCgIA9woCAEoLAgA/6QEAkukBAI2oBwDxDQAAtg8GADoeAwDcFgsAKAoNAHsKDQDOCg0AIQsNAHQLDQCAdQEAmPQBAPvTAgCY9AEAmPQBAGseAgB/JwIAmPQBAC7XCQCoLQIAZdsJAO2QAABAkQAAmuMAAGy4AgBTAAAAKrQJAH20CQABRwAAMuwLAIXsCwB2+gsAyfoLAMPoDAAW6QwAaekMALzpDADxDQAA7OgBAD/pAQCS6QEA5ekBADjqAQDgoQgAM6IIAPENAACvQAsAeIIBAAFHAADs6AEAQEQLAJNECwDD6AwAFukMAGnpDAC86QwAAAAAANPVCwDs6AEAP+kBAJLpAQDl6QEAc9IKAI8oCgBAkQAAmuMAAGy4AgC8sggA7ZAAAEBECwDUHQAAxOMLABfkCwBq5AsA7OgBAJ0RDQDf6wsAMuwLAE7oCwCh6AsA9OgLAEfpCwCa6QsA7ekLAOzoAQCdEQ0AeIIBAHiCAQBzvQ0Al+QFAAFHAAC+XAUAgHUBAPkAAACg7QwA8Q0AAOzoAQALdAwAJtYLAAFHAAC9iwAAUwAAACKtAAB1rQAAE1oCAGZaAgC5WgIAShIBAJ0SAQCiPQoA9T0KAEg+CgCbPgoAm4QAAFlQAgAyDwcA8hwIAMXRAACrFwAAIq0AAHWtAAATWgIAZloCALlaAgABRwAAZdsJAJJQCwCVfwsA6H8LADuACwCOgAsA4YALADSBCwDUHQAA8Q0AAAAAAAAAAAAAAAAAANjKBAArywQAfssEAFvyCwCu8gsAAfMLAPENAABEDgAAeIIBAHO9DQBXFQIAeIIBAMuCAQD9bg0AgHUBAO8lAADF0QAAWAkCAGcBDQBydg0AQJEAAJrjAABsuAIAMg8HALoBDQD//QEAUv4BADQaAgCNvQQAcyULAMYlCwBARAsAk0QLAC11AQATRQUAZdsJAJJQCwD70wIA3+sLADLsCwCF7AsAdvoLAMn6CwAc+wsAb/sLAML7CwA/6QEAkukBAOXpAQA46gEAFAgMADMYBACGGAQAtVIKAOJ7CgDo9QYA8hwIANbGCAABRwAA7OgBAAAAAAC6AQ0AQJEAAJrjAADt4wAAAAAAAAAAAABARAsAk0QLAC11AQATRQUAZdsJAJJQCwDgFwQAEs0LAGXNCwAUrgwAP+kBAIIsCADVLAgAKC0IAAAAAACsCgwARaEBAO8lAAAGqgEAWaoBAKLIAgD70wIAoyMMAPYjDABG7gwAme4MACYcAgBJJAwATxQEAAAAAADs6AEAvYsAABCMAACZ/AoA7PwKAD/9CgCS/QoA5f0KADj+CgCL/goA3v4KAECRAACa4wAAbLgCAP/9AQBBKg0AAUcAAMXRAADtkAAA7ZAAAKsXAADs6AEA3+sLADLsCwCF7AsAUwAAAKYAAAD5AAAATxQEAKMjDAD2IwwATxQEAAFHAAAmHAIASSQMAE8UBAAAAAAA7OgBAN/rCwCRoQ0ALXUBAHWYAwDImAMAG5kDADLsCwCF7AsAOFELAItRCwDeUQsAMVILAIRSCwDXUgsAKlMLAH1TCwDQUwsAI1QLADddCwCKXQsA3V0LADBeCwCDXgsA0D8CAHLeCgAyDwcAqxcAAGMrAgDYOA0AosEDAOMBAgA2AgIAkvAAAALaAQBTKQYAfJ4CAM+eAgAinwIA7oQAAGseAgDrcAgA8Q0AAOSiAQCAdQEAOh4DAHWYAwDjAQIAvt8KADIPBwDs6AEAnIUKAO+FCgABRwAAZdsJAJJQCwDlUAsAvWEGABBiBgCmdQcAAUcAADolAgCdEQ0AvLIIAOzoAQBARAsA1B0AAMTjCwAX5AsAauQLAJ0LAgCbhAAAjagHAOCoBwAzqQcA2MoEAHyeAgDPngIAIp8CAP/9AQCbhAAA7oQAAPgEDQBLBQ0AeIIBAJuEAADQPwIAXnsLALF7CwAEfAsAV3wLAKp8CwD9fAsA4KEIAOJ7CgCSNQMA5TUDAO7kCgCa4wAA4nsKAFMAAAABRwAAZdsJAAAAAAAAAAAAAAAAAP/9AQBBKg0A7yUAAEsTCwBrHgIAfycCANwWCwCNqAcA4KgHABQJAABnCQAAfAwLADJGCwCFRgsAm4QAAO8lAAABRwAAZdsJAO7kCgDs6AEA3BYLAI2oBwDgqAcAFAkAAGcJAAB8DAsAMkYLAIVGCwCPKAoAm4QAAO6EAAAyYgcAFAkAAGcJAAB8DAsAMkYLAIVGCwCPKAoAm4QAAO6EAAAyYgcAFAkAAGcJAAB8DAsAMkYLAIVGCwB79gMAgHUBALB6AQCAdQEAmgUIANsUDQAuFQ0AgRUNANQVDQAAAAAAP+kBAJLpAQDl6QEAI00MAHZNDADs6AEA3+sLADLsCwCF7AsAFK4MANA/AgAAAAAA7OgBAN/rCwAy7AsAhewLABSuDABARAsAk0QLAC11AQATRQUAZdsJAJJQCwAcAgsAbwILANLhCwA/6QEAkukBAOXpAQDYygQAfJ4CAOKzAgAirQAA7ZAAAGtVBgB4ggEAc70NADIPBwBEDQwAlw0MAOoNDAA9DgwAkA4MAOMODACfBwsAVOUNAKflDQC+HgIAqC0CAL5cBQBqYQYAvLIIAJ0LAgBKEgEA8Q0AAN/rCwAy7AsAhewLABSuDAAcAgsAbwILANLhCwA/6QEAkukBAOXpAQBARAsAk0QLAC11AQATRQUAZdsJAJJQCwBXFQIAVxUCAGZnDADs6AEAP+kBAJLpAQDl6QEAOOoBAI8oCgBAkQAAmuMAAGy4AgA/6QEAax4CAOtwCABKEgEAnRENAJ9TDACchQoAmPQBAKsXAAD+FwAAax4CAH8nAgCd9gQA7OgBAJLwAAC9iwAAEIwAAHD2CgDD9goAFvcKAGn3CgC89woAD/gKAP5pDABRagwApGoMAPdqDADT1QsAqsIBAMTjCwAX5AsAauQLAOzoAQB8DAsAMkYLAIVGCwBO6AsAoegLAPToCwBH6QsAmukLAO3pCwDs6AEAfAwLADJGCwCFRgsAm4QAAO6EAAAyYgcA7OgBAEBECwDUHQAAxOMLABfkCwBq5AsA7OgBAHwMCwAyRgsAhUYLAN/rCwAy7AsATugLAKHoCwD06AsAR+kLAJrpCwDt6QsA7OgBAHwMCwAyRgsAhUYLAAAAAAD02wEAAUcAAL2LAABrHgIAfycCALaLDABTAAAApgAAAJ74AgDx+AIARPkCAJf5AgCPKAoAEhkNAIvqAQDe6gEAMesBAITrAQDX6wEARfQBAOChCADiewoA2MoEACvLBAB+ywQAtg8GAGMrAgC2KwIAAAAAALaLDAAJjAwA3aINAD/pAQCS6QEA5ekBAHPSCgAcAgsAbwILANLhCwD70wIAYKgNAEQNDACXDQwA+9MCAOzoAQC9iwAAEIwAADoeAwATRQUAZkUFAM6xAQA5kQwAUwAAAC11AQATRQUAZdsJAO7kCgBMmQIALXUBAIB1AQCSNQMAm4QAAOLHCwB5kQkAHAILAHiCAQCbhAAAqC0CAO8lAABLEwsAax4CAEoSAQDs6AEAQEQLAJNECwAtdQEAE0UFAGXbCQDiewoANXwKAOzoAQA/6QEAgiwIAB8qDAByKgwAxSoMABgrDABrKwwAvisMABEsDADcFgsA7yUAAAFHAABl2wkA7uQKAN1PDQAwUA0Ag1ANANZQDQApUQ0AfFENAEPNCgDs6AEAP+kBAEsTCwCeEwsA8RMLAEBECwBEDQwAlw0MAOoNDAA9DgwAT9UMAKLVDABZUAIAAUcAAGXbCQDcFgsA//0BAGphBgBrHgIAAUcAAGXbCQCTRAsAIq0AACKtAADtkAAA8Q0AAOSiAQDvJQAApLYNAJLpAQDl6QEAOOoBAKrPCwD9zwsAUNALAEsTCwCeEwsA8RMLAEBECwBEDQwAlw0MAOoNDAA9DgwAT9UMAKLVDABZUAIAAUcAAGXbCQDcFgsA//0BAGphBgBrHgIAAUcAAGXbCQCTRAsAIq0AACKtAADtkAAA8Q0AAOSiAQDvJQAApLYNAKPQCwD20AsASdELAHWmAQDs6AEAAAAAAOzoAQA/6QEAkukBAOXpAQBO7woAoe8KAAAAAADgoQgA4nsKADV8CgD70wIAjygKAGtVBgC+VQYA2DgNAKLBAwDUHQAAMg8HAPvTAgAtdQEAgHUBAO8lAABLEwsAbLgCAKLIAgD1yAIA3+sLADLsCwCF7AsAFK4MAGeuDAAFvAwAWLwMAKu8DAA/6QEAkukBAOXpAQBO7woAoe8KAI8oCgBAkQAAmuMAAGy4AgA46gEAFAgMADMYBACGGAQA+Q0KABIZDQD4UA4AS1EOAJ5RDgDxUQ4AHAILAHiCAQBzvQ0Am4QAAHWmAQDUHQAA4KEIADOiCACGoggAJSgCALaLDACqwgEA/cIBAEWhAQCZtwgAvt8KAGtVBgBYCQIAZwENADoeAwCAdQEAmPQBAKLIAgD1yAIA3+sLADLsCwCF7AsAFK4MAGeuDAAFvAwAWLwMAKu8DAAEaAIAV2gCABMNDQAyDwcAhQ8HAFlQAgAyDwcAnQsCAGphBgDWxggA7ZAAAECRAACa4wAAbLgCAEO5AQCWuQEAeIIBAHO9DQABRwAAZdsJAN/rCwCbhAAAdaYBAKMjDAAtdQEAf3oCADIPBwDs6AEAP+kBAJLpAQDl6QEAOOoBAEBECwCTRAsAIq0AACKtAADtkAAA8Q0AAOSiAQDvJQAApLYNAD4CDACRAgwA5AIMADcDDACKAwwAtosMAAmMDABcjAwAT9UMAJriDADt4gwAQOMMAJPjDAAwBAwAgwQMANYEDADs6AEA7OgBAPvTAgBKEgEAShIBAPPSBABZUAIADRALAOzoAQD02wEAR9wBAJrcAQDt3AEAQN0BAJPdAQCrFwAA7ZAAAAFHAAAbpwEAMg8HAFMAAACaBQgAMg8HAAFHAACbhAAAjagHAOzoAQDf6wsAMuwLAIXsCwAUrgwAkukBAOXpAQA46gEAQEQLAJNECwAirQAAIq0AAO2QAADxDQAA5KIBAO8lAACktg0AQJEAAH8nAgDF0QAAWAkCAMe4DADtkAAAQJEAAH8nAgDf6wsAMuwLAIXsCwAirQAA8LgBAEO5AQCWuQEAeIIBAHO9DQABRwAA3+sLADLsCwCF7AsA3BYLACgKDQB7Cg0AzgoNACELDQB0Cw0AxwsNABoMDQBtDA0A+9MCAAAAAAAAAAAALXUBAHWYAwCjIwwAWVACAO2QAABTAAAACD8BAH8nAgBzZAIAfJ4CAKgtAgBl2wkAIq0AAAAAAAAAAAAA+AQNAEsFDQCeBQ0A8QUNAEQGDQCXBg0AP+kBAJLpAQDl6QEATu8KAKHvCgCPKAoAQJEAAJrjAABsuAIAdaYBAMimAQAbpwEAbqcBAMGnAQAUqAEAZ6gBAPENAAD+CQIAqxcAAOzoAQCPKAoAQJEAAJrjAABsuAIAcL8GAMO/BgAWwAYAacAGALzABgAPwQYAYsEGALXBBgBqYQYAAUcAAFRHAACnRwAAu/UMAOzoAQCPKAoAQJEAAJrjAABsuAIAqxcAADIPBwAogAgAgHUBAJj0AQD70wIAjygKABIZDQBlGQ0AuBkNAAsaDQBeGg0A8Q0AAK1LAQCbhAAAfdAFAFMAAAB4ggEA//0BAGphBgBrHgIA0D8CACNAAgDUbwwAj84KAOLOCgA1zwoAOKsKAIurCgDtkAAAQJEAAJrjAABsuAIAAUcAADolAgCNJQIA4CUCAI/HCwAyDwcAugENAI/HCwCQCAEA7ZAAAECRAACa4wAAnQsCAPALAgBDDAIAlgwCAOkMAgCdCwIA7yUAAAaqAQBZqgEAOKsKAIurCgAAAAAA0dkCAH6oCQCF7AsAYAkMAJLpAQDl6QEAOOoBAP4JAgD+CQIA7ZAAAJuEAAATDQ0AIq0AAGseAgB/JwIADecEAKgtAgC+XAUAamEGALyyCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BACdxAACoLQIAvlwFAHWYAwDvJQAAgiwIAO2QAAAyDwcAMg8HALoBDQANAg0AmgUIANsUDQAuFQ0AugENAKsXAAAirQAADRALAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAUwAAAFMAAAB4ggEAe/YDACKtAAB8ngIAqC0CAL5cBQBqYQYAvLIIACKtAADwuAEAOJACAN1PDQBl2wkArUsBADC4CgCDuAoArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKsXAAD+FwAA4aMGAAFHAACNvQQAcyULABROAgDxDQAAsHoBAO2QAACrFwAAAUcAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAvWgFABBpBQBjaQUAtmkFAAlqBQBcagUAr2oFAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAZdsJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQABRwAAm4QAAC11AQCAdQEA7ZAAAECRAAB4ggEAm4QAAIjCAAAQjAAAcPYKADJiBwCFYgcArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAHv2AwCAdQEAOh4DABNFBQC+XAUAm4QAAI2oBwB79gMAWkQCAJuEAACoLQIAvlwFAGphBgC8sggA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCoLQIAm4QAAJuEAADuhAAAQYUAAJSFAADnhQAAOoYAAGseAgB/JwIA8Q0AAEQOAADWxggAax4CACKtAADtkAAA7yUAAAaqAQBZqgEAOKsKAIurCgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAJj0AQB5kQkAzJEJAM6xAQAyDwcA//0BACKtAAAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQAtdQEAf3oCANJ6AgAlewIAeHsCAMt7AgAefAIA8Q0AAARoAgBXaAIAqC0CAGXbCQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQBaBQsArQULAO2QAACtSwEA+FAOAEtRDgCeUQ4A8VEOAERSDgCXUg4A6lIOAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAFoFCwCtBQsAIq0AAPC4AQBDuQEAlrkBAHiCAQBzvQ0AAUcAAL5cBQBqYQYAvLIIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAFoFCwCtBQsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAsF4FAB0ZBgBwGQYAwxkGABYaBgBpGgYAvBoGAA8bBgDyTQEAWgULAK0FCwC9iwAAEIwAAHD2CgAyYgcAhWIHANhiBwArYwcAfmMHANFjBwAogAgAamEGAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAFoFCwCtBQsA8Q0AANWiAwAoowMAc70NAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAWgULAK0FCwCiwQMA9cEDAEjCAwCbwgMA7sIDAEHDAwCUwwMA58MDADrEAwCNxAMA4MQDAPJNAQBaBQsArQULAO8lAAB4ggEADRALAMXRAABYCQIADRALAPENAADVogMAKKMDAHO9DQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAFoFCwCtBQsAaskDAL3JAwAQygMAY8oDAPvTAgBURwAAax4CAOtwCADF0QAA7OgBAI8oCgASGQ0Ai+oBAN7qAQAx6wEAhOsBANfrAQAAAAAA7OgBAOChCAAzoggAc2QCAMBtCwATbgsAZm4LALluCwBARAsAnCQMAO8kDABCJQwAlSUMAOglDAA7JgwAQEQLAJwkDADvJAwAQiUMAJUlDADoJQwAOyYMAI8oCgASGQ0Ai+oBAN7qAQAx6wEAhOsBANfrAQC2iwwA3aINANwWCwCAKAwAQ4gIAL2LAACbhAAA3BYLAIAoDABDiAgAvYsAAJuEAACNqAcA7OgBALaLDADdog0AMKMNAIOjDQDWow0AKaQNAHykDQDPpA0AIqUNAL2LAAB4ggEAeIIBAOzoAQCfBwsA8gcLAEUICwCYCAsAGXkLAO8lAABCJgAAQJEAAG4ADQCAdQEAmPQBAOzoAQCchQoAE0UFAGXbCQC42wkA8Q0AAO2QAADvJQAAAUcAAOzoAQDYygQAK8sEAH7LBABvoQwAwqEMABWiDABoogwAmPQBAJm3CADstwgA7OgBANjKBAArywQAfssEAG+hDADCoQwAFaIMAGiiDACIwgAA8Q0AANQdAAAyDwcA7OgBAP/9AQANEAsA+9MCAKrCAQAwow0A4igKADIPBwDs6AEAnRENAO8lAADs6AEAnIUKAO+FCgCrFwAA7ZAAAECRAADs6AEAjygKABIZDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAQEQLAE/VDACi1QwAqmgCAP1oAgDs6AEA3+sLAI29BABzJQsAxiULABkmCwC2iwwACYwMANwWCwD//QEAamEGAEyZAgC2+ggAjygKABIZDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAxdEAAFgJAgDHuAwAGrkMAN/rCwCRoQ0Ap0cAAM5QAwDyBwsAax4CAH8nAgBzZAIAAUcAAOzoAQDYygQAfJ4CAJXEDQDoxA0AO8UNAJ0RDQDvJQAA7OgBAN/rCwCRoQ0Ap0cAAD/pAQBLEwsAeIIBAHiCAQDLggEAxdEAAC11AQCAdQEAmPQBAOzoAQCPKAoAEhkNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAL2LAABrHgIAbgANAIB1AQCY9AEA7OgBAHwMCwDPDAsAEw0NADIPBwB4ggEAe/YDAIB1AQCY9AEA7OgBAJ0RDQDvJQAA7OgBAN/rCwCRoQ0Ap0cAANnSDQAs0w0Af9MNANLTDQAl1A0AeNQNAMvUDQAe1Q0AcdUNAMTVDQAX1g0AatYNAL3WDQD+CQIAUQoCAIr8DAATDQ0A/hcAAHc7AQBURwAAp0cAALv1DADs6AEAjygKABIZDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAnRENACKtAAAirQAAHroFAHG6BQDEugUAF7sFAJ32BADmRAsAOUULAIxFCwDfRQsA+9MCAAAAAAAAAAAAAAAAAOzoAQC2DwYA2SUOACwmDgB/Jg4AnIUKAO+FCgAFCA4AWAgOAKsIDgD+CA4AUQkOANwWCwCk5wYAMg8HAA0QCwCbhAAAWVACAKsXAADs6AEA3BYLAKTnBgAyDwcAHAILAKsXAADZJQ4ALCYOAH8mDgCchQoA74UKAAUIDgBYCA4AqwgOAP4IDgBRCQ4A3BYLAKTnBgAyDwcA8Q0AAARoAgBXaAIAjagHAOCoBwCY9AEAeZEJAEoSAQDs6AEAnIUKAO+FCgAFCA4AWAgOAKsIDgD+CA4AUQkOAP/9AQBS/gEAyN0FADecAgB4ggEAc70NAJyFCgDvhQoABQgOAFgIDgCrCA4A/ggOAOv0AQDs6AEAmPQBAHmRCQDMkQkAtg8GANklDgAsJg4AfyYOAJyFCgDvhQoABQgOAFgIDgCrCA4A/ggOAFEJDgBTAAAACD8BAFs/AQBMmQIALXUBADIPBwC6AQ0AQJEAAEPNCgAEaAIAjb0EAHMlCwCoLQIAZdsJAJj0AQANEAsA+9MCAGrJAwC9yQMAEMoDAGPKAwDF0QAALXUBABNFBQBURwAA7OgBAI8oCgASGQ0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA/gkCAFEKAgDf6wsAkA4MAEtmCwDgoQgAM6IIAECRAADiewoANXwKAOzoAQAcAgsAbwILANLhCwBTAAAAShIBAOzoAQCPKAoAQJEAAJrjAAAAAAAAbLgCANnZDACGawQA89IEABMNDQAyDwcA7OgBAD/pAQCS6QEA5ekBADjqAQDF0QAALXUBABNFBQBURwAA7OgBAI8oCgASGQ0AJTwLAHg8CwBmRQUA2MoEACvLBAAtIQ0AoPsKAPP7CgDz+woAiQ8MAEWhAQDqzwgAPdAIAJDQCAA1wQwAiMEMAFMAAAAIPwEAWz8BADo5CwCNOQsA4DkLADM6CwDs6AEA2MoEACvLBADZ2QwALNoMAH/aDADS2gwAJdsMAHjbDAB79gMAGXkLAGx5CwCX5AUADRALACKtAAB1rQAAmPQBAOv0AQCbhAAAkaENAKdHAAC79QwADvYMANwWCwAvFwsAghcLAN/rCwAy7AsAhewLAGAJDACS6QEA5ekBAE7vCgCh7woAkA4MAEtmCwBARAsA1B0AAO2QAADf6wsAkaENAKdHAAA/6QEApLYNAPe2DQBKtw0AnbcNAEBECwBP1QwAotUMAKpoAgD9aAIA7OgBAN/rCwCNvQQAcyULAMYlCwDgoQgAM6IIALaLDABrHgIA4nsKADV8CgDs6AEAShIBAPPSBABMmQIAtvoIAEsTCwBrHgIA7OgBAEoSAQCdEgEAax4CAH8nAgCchQoA74UKAO8lAABLEwsAax4CAEoSAQDz0gQAqC0CAL5cBQBqYQYA7ZAAAJfkBQAeugUAAUcAAL5cBQBqYQYAvLIIAOzoAQA/6QEAkukBAOXpAQA46gEAP+kBAEsTCwBrHgIA7OgBAN/rCwCbhAAAdaYBAJGhDQCnRwAAu/UMAA72DABh9gwAWvcMAK33DAAA+AwAP+kBAJLpAQDl6QEAI00MAHZNDADs6AEA3+sLADLsCwCF7AsA5tYCABbVAwAjrgoAdq4KAMmuCgAcrwoAb68KAMKvCgAVsAoAaLAKAPKSAwBFkwMA2dkMACzaDABywwIAxcMCAHO9DQDIpgEA+38OAE6ADgAEaAIADRALAA0QCwA3owEAzqkOAP6nDwAyDwcAoTwAAKGADgD0gA4AzqkOAFdnDgCZSQAAzA0QAP6nDwAyDwcA/qcPAP6nDwAyDwcAzqkOAIKhDwD+pw8AzA0QAJj0AQAnHgAAkAgBAMwNEACQCAEAnqQOAJ6kDgAyDwcAugENACAfAACQCAEALsMAAJ32BAAnYg4AJ2IOAP6nDwCd9gQA/qcPAMTjCwAyhA4AhYQOAPH3DgD7fw4AToAOAHY4DwDMDRAAFAkAAM6pDgAyhA4AhYQOAJAIAQDSeQ4AVIQPAKeEDwDovQ4AmPQBAJ6kDgAvqA4AgqgOAPt/DgBOgA4AKjcPAEoSAQDdog0AnqQOAFx+DgCepA4AvLIIAPH3DgDOqQ4AwFEPAP6nDwAUCQAAFAkAAIuPDgDejw4AMZAOAMwNEADxDQAAMg8HADJiBwAyDwcAi48OAN6PDgCxsg8AkAgBAIuPDgDejw4AsbIPACceAAD7fw4AToAOAAksAgDs6AEAdboKAM6pDgD70wIAAUcAAJ6kDgB/egIAMg8HAM6pDgC3HwIAMoQOAIWEDgCepA4AjIMOAN+DDgAyhA4AhnEPADKEDgCGcQ8AhX0PAJ6kDgBolA4AhJAOANeQDgDSeQ4AhJAOAAAAAADs6AEAi48OAN6PDgCLjw4A3o8OAIuPDgDejw4A2IQOAPH3DgAo9Q8Ae/UPAFcVAgCMgw4A0nkOADKEDgCFhA4AVxUCADIPBwDs6AEAzA0QAOzoAQDH9g8AAYsOAJ6kDgDOqQ4AzqkOAE8UBABPFAQATxQEAPvTAgCNqAcAQSoNABvJCABBKg0AaKIMAGiiDAABRwAAlnMLAOZ7DwCS8AAA8Q0AAPENAADymA4AxdEAAJLwAACepA4A8Q0AAMXRAACepA4AnqQOAJ6kDgCepA4AnqQOANJ5DgDSeQ4AnqQOAJ6kDgCepA4AnqQOAJ6kDgCepA4A0nkOANJ5DgDSeQ4AnqQOAJ6kDgCepA4A0nkOANJ5DgDIng4A0nkOANJ5DgCepA4A7OgBAOzoAQCsog4AN7ALAOzoAQDMDRAAax4CAOrPCADs6AEA8Q0AAPENAACepA4AnqQOAHiCAQCepA4Ai48OAN6PDgD70wIAzqkOAMwNEADxDQAA46YOAOzoAQApngIA1B0AAA0QCwCZtwgAqxcAADIPBwBFdwcAMg8HAN6IDwDOqQ4Ab98PAJ6kDgDxDQAAuk4CAMXRAADF0QAAxdEAAMwNEADF0QAAxCkCANg4DQDMDRAAuk4CAMwNEABTRQIAX6YPAESeDwCXng8ABa4OAMwNEABTAAAAqxcAALoBDQBXZw4ADRALAPVtDwBTAAAAX6YPABQJAAAUCQAAFAkAAGE7DwDOqQ4AV2cOAARoAgANEAsAbLcOAM+XAwDRfwMA3E0PABCgCQAfDhAApOcGANJ5DgBUhA8Ap4QPAOZ8AwCLjw4A3o8OALGyDwAKxQ4A0nkOAMwNEADDzQQAdfEOANJ5DgCepA4AnqQOAIuPDgDejw4AnqQOAC+oDgCCqA4ARA4AAM6pDgBXZw4AzA0QAOzoAQDOqQ4AnqQOAC+oDgCCqA4A7OgBAMrMBACxXw8A4TQKAMwNEABdXgUAzA0QAABnCQCT1Q4AzqkOAOG+DgABRwAAzA0QAARoAgBzvQ0AzqkOAIKhDwCS8AAAsV8PAB8OEACepA4AL6gOAB8OEACepA4AdfEOAJs+CgDBrgAA0nkOAFSEDwCnhA8Ai48OANF+DwDT1QsAyTgPAFdnDgDxDQAAkAgBAGvDDgCLNQ8AAUcAAAFHAADSeQ4AVIQPAKeEDwDhvg4AAUcAAAFHAAABRwAAAUcAAF1yDgBqzw4AS2YLAEDVDgDOqQ4AnqQOAC+oDgCCqA4A2NcOAAzzBABXZw4AyLoKAB8OEACepA4AHw4QAJ6kDgB95A4A0OQOACPlDgDtkAAAnLwOAO+8DgBCvQ4Alb0OAPk9DwB95A4A0OQOACPlDgBdcg4A838EANJ5DgBUhA8Ap4QPAOG+DgBMuwkAzA0QAARoAgANEAsAzA0QALFfDwBXZw4ATxQEAO17AwBl2wkAnqQOAC+oDgCCqA4Ak9UOACAfAADSeQ4AVIQPAKeEDwDMDRAA+9MCAOG+DgBcqAgAAUcAAAFHAADe4g4AMeMOAITjDgBdXgUA3uIOAJ6kDgBS9g4A0nkOAB8OEACepA4AL6gOAB8OEABzvQ0A7OgBAJ6kDgAvqA4AgqgOAAHKBQDOqQ4AgqEPAMwNEABEFAsAzqkOAMwNEACzjQUAnqQOANJ5DgAfDhAAMoQOAIWEDgAyDwcAFToPAH3kDgDQ5A4AI+UOAJ6kDgAvqA4AgqgOAGy3DgAEaAIAc70NAJ6kDgCuTAsAzA0QAHO9DQDs6AEA0nkOAFSEDwCnhA8AzA0QAM5dDQDs6AEAf3IPADIPBwBMmQIAnqQOAC+oDgCCqA4AXXIOAJAIAQDOqQ4AzA0QAJAODABXZw4AQ80KANJ5DgCepA4A0nkOAJ6kDgAfDhAAHw4QAB8OEACepA4AnqQOAJ6kDgAvqA4AgqgOAJ6kDgBEpQ4ATxMQAM6pDgBPExAA3uIOAJ6kDgDSeQ4AVIQPAKeEDwDSeQ4AVIQPAKeEDwDMDRAAMYkPAO7kCgDMDRAAc70NAMwNEADSBAcAV2cOAOzoAQCd9gQAkAgBAMwNEADMDRAABGgCAMwNEAAEaAIAzA0QAARoAgAfDhAAnqQOAC+oDgCCqA4Ac70NAJ6kDgAvqA4AgqgOAM6pDgAAAAAAgqEPAEtmCwDSeQ4AVIQPAKeEDwBS7w8AzA0QAF+mDwABRwAAnqQOAC+oDgCCqA4AzqkOAM6pDgCepA4AL6gOAIKoDgCk5wYAP4cPAJKHDwCxsg8ADRALAM9DDwDRfg8A00QIAAAAAABkFw8AtxcPAAoYDwBFdwcAUvYOAKX2DgD49g4AzA0QAF1yDgDu5AoAmJoCAHO9DQDOqQ4AzA0QAPVtDwAaKAkAXXIOAMwNEAC8sggA8fcOAIuPDgDejw4AMoQOAIWEDgDSeQ4AVIQPAKeEDwCSNQMAzqkOAMwNEACaewMAnqQOAJ6kDgAvqA4AgqgOADIPBwAgHwAAnqQOACt+DwCepA4AL6gOAIKoDgA1/w8AAAAAANJ5DgBUhA8Ap4QPAM6pDgDhvg4AV2cOAM6pDgCSuAgAsV8PAFdnDgDwEgEAAAAAAMwNEACxXw8AV2cOAPASAQBVJQ8A0nkOAFSEDwCnhA8A5YcPAESlDgDMDRAAvLIIAJ6kDgAvqA4AgqgOAMwNEAANEAsAo2EPAOzoAQBiLw8AnqQOAJLwAAAtRAgAAUcAAG/fDwANEAsAnfYEAMwNEABAkQAAJXMPAJI1AwAi8Q4A7OgBAOzoAQDOqQ4AsbIPAJAIAQDx9w4A7OgBACo3DwATRQUA4b4OACLxDgCAdQEAVSUPAKglDwAyDwcAAAAAAAAAAAAAAAAAzA0QALFfDwAAAAAAAAAAAAAAAAAqNw8AkAgBAMwNEABfpg8AsV8PADIPBwCepA4AdfEOAHXxDgCepA4ARKUOAKLIAgALBRAAVIQPAKeEDwDhvg4AnqQOAESlDgBPFAQA0nkOAE8UBADtkAAAAUcAAPfnBgDMDRAAm4QAAPfnBgAfDhAAfEMPACLxDgCLjw4A3o8OANiEDgDhvg4AzA0QAA0QCwCepA4AzA0QAJp7AwDs6AEAzqkOAJp7AwCepA4AL6gOAIKoDgBSSQ8ApUkPAE8UBABPFAQAzA0QAJp7AwCaewMAyswEAH9yDwBXZw4AAAAAAMwNEADMDRAA7ZAAADGJDwDs6AEAzA0QAMBRDwAUCQAALO8JAJj0AQD3VQ8ASlYPAFMAAABTAAAAXV4FAM6pDgDs6AEAzA0QAMwNEACrFwAA0nkOAFSEDwCnhA8A5O0OAEQUCwDmfAMAnqQOAC+oDgCCqA4AtosMAIuPDgDRfg8A2XEPAMBRDwC8sggAwFEPAMBRDwAyDwcAqxcAAIuPDgDRfg8A3o8OANJ5DgDOqQ4AwFEPABNSDwBmUg8AIFwPAA+CDwCepA4AmnsDAM6pDgCC0ggAUdkIAAAAAAAAPQ8AUz0PAAAAAAAAAAAAXuMIABsxBgBEFAsAzqkOAMwNEADMDRAAJXMPAAFHAADOqQ4AzA0QAN2iDQDOqQ4AkAgBAOzoAQCepA4AL6gOAIKoDgDMDRAA7OgBAMwNEADs6AEAzA0QAJAIAQDMDRAAkAgBAOzoAQDMDRAAFAkAAMwNEAAUCQAAMYkPALyyCADMDRAA+9MCAAAAAAANEAsAnqQOAC+oDgCCqA4AzA0QAN2iDQCQCAEAV2cOAPENAADxDQAAV2cOAHO9DQAxiQ8A+9MCANJ5DgBUhA8Ap4QPAJ6kDgAvqA4AgqgOAOzoAQB/JwIAzA0QAOzoAQDMDRAAzqkOAARgDwDs6AEA7OgBAJ32BAAJ+wgAzqkOABQJAADMDRAAzA0QAOzoAQAyhA4AhYQOALfEDgDdog0AeDwLAM6pDgABRwAATJkCAAFHAACepA4AL6gOAIKoDgDOqQ4A7XoPADIPBwANEAsAMzoLAPvTAgB/xQ8A0X4PAP+qAQDs6AEA8Q0AAAAAAABDzQoAAAAAAIZxDwBOeQ8AoXkPAPR5DwDMDRAAnqQOAC+oDgCCqA4A7OgBABQJAABPFAQATxQEANRvDADs6AEA0nkOAOzoAQDOqQ4A+9MCAM6pDgAHPQMAX6YPAF+mDwC2iwwAzqkOAMwNEADs6AEAi48OAN6PDgCepA4AL6gOAIKoDgCepA4A7OgBADIPBwDMDRAAMg8HAEd6DwAt3AoAvLIIABQJAACiFAQAN+cPAIAhDQCS8AAAzA0QADKEDgCFhA4ATkILAH/FDwBChgoA7OgBAAePDwDs6AEAQoYKAEOqDwCtjw8Ag14LAKrCAQDs6AEAzA0QAMwNEACepA4ABGgCAARoAgCepA4AnqQOADIPBwBiiQ4AtYkOAOSTDwCtlg4A0nkOAJ6kDgBEpQ4APvUBANwWCwDkogEAhJAOANJ5DgCNHgMAqsIBAMrMBADOgAgAY2IGAJj0AQABRwAAs+cEADIPBwDMDRAAc70NAAq+DwApngIAHTUCACmeAgAdNQIA7S8CAOE0CgAfDhAAmJoCAMwNEAAUCQAA7OgBAACXDgDUHQAAjR4DAMf2DwDs6AEAzqkOAJ6kDgCiyAIAQ6oPAK2PDwAP6gwAi48OAN6PDgAP6gwAJtYLAIuPDgACeA8AnqQOACt+DwDMDRAA7OgBAO8lAADvJQAAmPQBAJ0LAgAnYg4AbaQPAI/HCwCCoQ8A7OgBAMwNEADs6AEA5VALAHWXDwDT1QsA7OgBAOzoAQDs6AEAVPMLAB6DAQBLEwsANvMPAJ6kDgCY9AEAGSYLAM6pDgDs6AEA7OgBAEOqDwCtjw8AzA0QAIuPDgDejw4AsbIPADV8CgDs6AEA7OgBAOzoAQC3xA4A7OgBAHuiDwBnrgwA8Q0AAP8KDAAyhA4AzqkOAPPtDAByuw8A7O4MAMW7DwDx9w4ACIMPAJ6kDgBEpQ4AQ6oPABSuDAAnYg4A8fcOAHK7DwDx9w4AxbsPAPH3DgBDqg8ArY8PAJ+RDwBTAAAA8hwIAAFHAACZjQ4A8Q0AAOzoAQBChgoArY8PAOzoAQDZcQ8A0D8CAJ4FDQANEAsANXwKADIPBwDs6AEA7OgBAOzoAQDMDRAA2EYLANhGCwDYRgsA2EYLAJj0AQCY9AEAJxYNAOzoAQCLjw4A58IPAEOqDwDV9A8A7OgBAEOqDwBnrgwA7OgBAP6nDwDNrg8Ai48OACCvDwDs6AEAnLUPAO+1DwC67A8AQrYPAOzoAQDs6AEAQ6oPAGeuDAD+pw8Aza4PAIuPDgAgrw8A7OgBAGZnDAChzA8Ai48OAN6PDgCepA4ARKUOAOzoAQB/xQ8A1G8MANRvDABpgQ8A7c0PAA+CDwD9wgEA2EYLANhGCwDYRgsA2EYLAOzoAQD4BA0ADK0OAISQDgDJkg4ANXwKAG+hDAAJLAIAi48OAAJ4DwD+pw8AzqkOAJy1DwDOqQ4A1G8MAPvTAgCPxwsAj8cLAOzoAQBEFAsAnLUPAO+1DwAyDwcAMg8HAPe2DQCLjw4A3o8OAEQUCwCctQ8A77UPADIPBwAyDwcA97YNAHSjDwDHow8Ai48OANF+DwCFfQ8AAAAAAM6pDgDMDRAAzqkOAKLIAgCepA4AQ6oPAP68DACLjw4A0X4PAHbeDwAb6w8AnqQOACt+DwD70wIA3o8OALGyDwBl2wkAzA0QAHgoAgBTAAAANvMPAEOqDwD+vAwAAUcAAJ6kDgAyDwcA7OgBAIuPDgDejw4A97YNAFyMDAD70wIA+9MCAEWhAQBFoQEARaEBAEWhAQD70wIAzqkOAEWhAQDs6AEA7OgBAOzoAQAAAAAAAAAAAEOqDwDV9A8Ai48OAN6PDgD3tg0AzA0QABq5DADMDRAAQ6oPAGXbCQDMDRAAQ6oPAMf2DwDOqQ4A7OgBAOzoAQANEAsAqxcAADIPBwDtkAAA7OgBAOoGDQD70wIAi48OANF+DwCkqA8AnqQOAC+oDgCMgw4AUQoCAG2kDwBt9w8AwPcPABP4DwBm+A8AnqQOAESlDgAIwgYAnqQOAM6pDgBR+w8A+9MCAHO9DQAyDwcAY3YPAIZxDwCFfQ8A09ULAJ6kDgArfg8A09ULAJAIAQCCoQ8AkAgBAIKhDwAyhA4AhnEPAJAIAQDs6AEAQ6oPAK2PDwCLjw4A3o8OAFEKAgAc3w8AHN8PAFEKAgDSeQ4A0nkOANJ5DgB95A4A0nkOANJ5DgDSeQ4A0nkOADKEDgCGcQ8A0nkOAH3kDgDSeQ4ATYUPANJ5DgBNhQ8A0nkOAE2FDwBS9g4ATYUPANJ5DgBNhQ8A0nkOAE2FDwBQuw4ATYUPANJ5DgBNhQ8AnLwOAO+8DgAxkA4A7OgBAOzoAQD70wIAzqkOAKsXAACEkA4AN5QPABi8DwAYvA8AhJAOANeQDgCNqAcAGA8QAPvTAgD70wIA8Q0AAPENAAA8sg4AzqkOAP3CAQDSeQ4AzA0QAFyMDADMDRAA0nkOAFdnDgDMDRAAV2cOANJ5DgBUhA8AV2cOAO4UEABBFRAA0nkOAPvTAgAOjg8AzqkOAOzoAQDs6AEA7OgBAGMcEADs6AEA7OgBAOzoAQBjHBAA7OgBADOpBwBjHBAAzA0QAFEJDgDs6AEA7OgBAGMcEADOqQ4AnLwOAO+8DgBCvQ4A0nkOAPJNAQD+pw8Aza4PAOzoAQCepA4ARKUOAIuPDgDejw4AsbIPAIAhDQBG/AoAaOAPADfnDwBzvQ0AzA0QAI2oBwBS7w8A14kPAEOqDwCtjw8Ai48OANF+DwB23g8AzA0QAFdnDgAZJgsAqxcAAMwNEAC8sggAi48OAN6PDgCxsg8AoyMMAFLvDwD47w8Ai48OAOfCDwBDqg8AFK4MAMwNEAA=","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAwAAAAEAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAgABAAACAAQAAAgAAEAAA6AgEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAIAAQAAAgAEAAAIAABAAAOgIBCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAACAAEAAAIABAAACAAAQAADoCAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAgAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAACAAEAAAIABAAACAAAQAADoCAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAgABAAACAAQAAAgAAEAAA6AgEIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAACAAEAAAIABAAACAAAQAADoCAQgAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAIAAQAAAgAEAAAIAABAAAOgIBCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAgABAAACAAQAAAgAAEAAA6AgEIAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAIAAQAAAgAEAAAIAABAAAOgIBCAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAACAAEAAAIABAAACAAAQAADoCAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAgAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAACAAEAAAIABAAACAAAQAADoCAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAgABAAACAAQAAAgAAEAAA6AgEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAIAAQAAAgAEAAAIAABAAAOgIBCAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAACAAEAAAIABAAACAAAQAADoCAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAgABAAACAAQAAAgAAEAAA6AgEIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAgABAAACAAQAAAgAAEAAA6AgEIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAACAAEAAAIABAAACAAAQAADoCAQgAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAIAAQAAAgAEAAAIAABAAAOgIBCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAIAAQAAAgAEAAAIAABAAAOgIBCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACABAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAgABAAACAAQAAAgAAEAAA6AgEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAQAAAAgABAAACAAQAAAgAAEAAA6QgEIAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAAEABAQAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAIAAAAgAAAAAAAAAAAAAQAAAAEAAAAAAAAgAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAACAAEAAAIABAAACAAAQAADoCAQgAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAgABAAEAABQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAgAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAACAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAgAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAIAAAAAIAAAQAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAgAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAQAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAACAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAAIAAAAAAQAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAgABAAICAAQAAAgAAEAAA6AgEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAEAAAAAAAAAEgAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAACAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAIAAQAAAgAEgAAIAABAAAOgIBCAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAgAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAABAAAACAAEAAAIABIAACAAAQAADpCBQgAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAEAAAAAAAEAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAAAAEAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAgAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAgAEAAAIAABAAAOgIBCAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAACAAEAAAIABAAAiAAAQAADoCAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAgABAAACAAQAAAgACEAAA6AgEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAABAAAAAAAAAAAAAAEAAIAAAAAAAAAAgAAEAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAEAAIAAAAAAAAAAgAAEAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAMAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAggAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAEAQAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAIAAQAAAgAEAAAIAABAAAOgIBiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAGAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAYAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAgABAAACAAQAAAgAAEAAA6AgEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAgABAAACAAQAAAgAAEAAA6AgEIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAQBAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAEAAAAAAAAAgAAAAAAAAACAAEAAAIABAAACAAAQAADoCAQgAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAQAAgAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAgABAAACAAQAAAgAAEAAA6AgEIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAABAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQAAA"},"index":{"lists":[[79,81,82,83],[1,2,4,7,28,29,30,31,34,35,36,37,40,41,42,43,44,45,46,47,51,56,57,59,60,61,62,63,64,65,66,67,68,69,70,74,75,76,77,79,81,82,83,87,92,93,120,123,124,126,137,138,139,140,141,142,143,144,145,153,156,166,167,171,172,175,184,185,189,193,195,196,197,198,200,202,203,205,208,209,210,211,225],[1,2,4,7,28,29,30,31,33,34,35,36,37,40,41,42,43,44,45,46,47,51,52,56,57,59,60,61,62,63,64,65,66,67,68,69,70,73,74,75,76,77,79,81,82,83,87,92,93,99,120,123,124,126,137,138,139,140,141,142,143,144,145,153,156,166,167,168,171,172,175,184,185,189,193,195,196,197,198,200,202,203,205,208,209,210,211,214,215,216,225],[49,72,79,81,82,83,174,214,231],[79,81,82,83,111,112,113,217,218,219,220,221,222,223],[48,50,79,81,82,83],[79,81,82,83,205,224],[61,79,81,82,83,92,93,118,119,205,210,211],[79,81,82,83,111,112,113],[47,54,59,62,66,67,79,81,82,83,103,111,112,113,114,131,144,145,147,151,159,161,167,169,170,171,172,183,190,191,192,199,225],[14,15,16,22,23,79,81,82,83,91,150,163],[79,81,82,83,115,237],[6,79,81,82,83],[1,7,79,81,82,83,111,112,113,152,193,197,198,225],[9,79,81,82,83,111,112,113,117,193,197,198,225],[31,79,81,82,83,111,112,113,175,193,197,198,209,225],[17,79,81,82,83,111,112,113,140,162,193,197,198,213,225],[0,2,4,5,20,21,24,25,76,79,81,82,83,111,112,113,134,140,146,149,175,177,193,194,197,198,201,204,206,225,226,229,232,233,236,238],[3,8,11,20,24,25,27,33,36,37,55,58,77,78,79,81,82,83,87,89,95,96,98,104,111,112,113,116,121,124,127,134,140,148,155,157,158,164,175,176,187,193,197,198,225,234,239],[79,81,82,83,111,112,113,193,197,198,225],[79,81,82,83,111,112,113,140,193,197,198,225],[79,81,82,83,111,112,113,193,197,198,225,230],[75,79,81,82,83,111,112,113,140,193,197,198,215,225,227,228],[70,78,79,81,82,83,90,94,105,111,112,113,136,179,193,197,198,215,225],[10,33,79,81,82,83,89,97,111,112,113,126,127,154,193,197,198,225],[4,26,53,79,81,82,83,111,112,113,140,193,197,198,225],[10,39,79,81,82,83,111,112,113,126,193,197,198,225],[12,13,32,44,79,81,82,83,88,100,102,106,111,112,113,122,128,129,130,132,133,135,143,160,165,166,178,181,186,188,189,193,197,198,207,212,225],[7,79,80,81,82,83,111,112,113,193,197,198,225],[10,79,81,82,83,111,112,113,193,197,198,225],[79,81,82,83,86,101,107,108,109,110,125,180,182,235],[51,79,81,82,83],[18,19,79,81,82,83,111,112,113,193,197,198,225],[28,79,81,82,83],[29,30,34,35,79,81,82,83],[38,42,43,45,79,81,82,83],[41,60,79,81,82,83],[41,79,81,82,83,84,85],[41,61,63,79,81,82,83],[41,79,81,82,83],[46,60,79,81,82,83,200],[60,79,81,82,83,200],[61,63,69,79,81,82,83,216],[63,79,81,82,83],[68,74,79,81,82,83,200,216],[71,79,81,82,83,173],[79,81,82,83,141],[79,81,82,83,142],[79,81,82,83,200],[79,81,82,83,216],[65,79,81,82,83,203],[65,79,81,82,83,203,214],[65,79,81,82,83,184,185,203],[65,79,81,82,83,203,205],[61,65,79,81,82,83,92,93,203,205,210,211],[65,73,79,81,82,83,184,185,203],[47,52,56,57,59,62,64,65,66,67,79,81,82,83,144,145,156,167,168,171,172,184,185,203,225],[1,7,65,79,81,82,83,184,185,193,195,196,197,198,203,208,225],[65,79,81,82,83,184,185,193,195,196,197,198,203,225],[31,65,79,81,82,83,175,184,185,193,195,196,197,198,203,209,225],[65,79,81,82,83,140,184,185,193,195,196,197,198,203,225],[2,4,65,76,79,81,82,83,140,175,184,185,193,195,196,197,198,202,203,225],[33,36,37,65,77,79,81,82,83,87,120,124,140,175,184,185,193,195,196,197,198,203,225],[65,79,81,82,83,153,184,185,193,195,196,197,198,203,225],[65,79,81,82,83,99,184,185,193,195,196,197,198,203,225],[65,75,79,81,82,83,140,184,185,193,195,196,197,198,203,215,225],[65,70,79,81,82,83,184,185,193,195,196,197,198,203,215,225],[33,65,79,81,82,83,126,184,185,193,195,196,197,198,203,225],[4,65,79,81,82,83,140,184,185,193,195,196,197,198,203,225],[65,79,81,82,83,120,123,126,184,185,193,195,196,197,198,203,225],[44,65,79,81,82,83,120,143,166,184,185,189,193,195,196,197,198,203,225],[7,65,79,81,82,83,184,185,193,195,196,197,198,203,225],[51,65,79,81,82,83,203],[65,79,81,82,83,184,185,193,197,198,203,225],[28,65,79,81,82,83,203],[29,30,34,35,65,79,81,82,83,203],[42,43,45,65,79,81,82,83,203],[40,41,60,65,79,81,82,83,203],[41,65,79,81,82,83,203],[41,61,63,65,79,81,82,83,203],[46,60,65,79,81,82,83,137,200,203],[60,65,79,81,82,83,200,203],[61,63,65,69,79,81,82,83,139,203,216],[63,65,79,81,82,83,203],[65,68,74,79,81,82,83,200,203,216],[65,79,81,82,83,138,203],[65,79,81,82,83,139,203],[65,79,81,82,83,141,203],[65,79,81,82,83,142,203],[65,79,81,82,83,200,203],[65,79,81,82,83,203,216]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,20,19,19,19,21,22,23,24,19,25,26,27,28,19,20,29,19,19,30,0,0,31,32,0,13,14,15,16,17,18,19,19,20,19,19,19,21,22,23,24,19,25,26,27,28,19,20,29,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,33],[9679,34],[9135,35],[215,36],[10095,37],[10003,38],[8595,39],[10008,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46],[9472,47],[10060,48],[9654,49],[65123,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,52,50,50,50,50,50,50,53,50,54,55,50,56,56,56,56,56,56,56,56,56,56,50,50,50,50,50,50,50,57,58,59,60,61,62,63,58,60,64,58,58,58,65,66,67,58,68,69,70,71,58,60,58,58,58,50,50,50,72,73,50,57,58,59,60,61,62,63,58,60,64,58,58,58,65,66,67,58,68,69,70,71,58,60,58,58,58,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,74],[9679,75],[9135,76],[215,77],[10095,78],[10003,79],[8595,78],[10008,80],[10007,81],[10004,82],[8730,83],[10006,84],[8505,50],[9762,85],[9888,85],[8617,86],[8226,87],[9472,88],[10060,89],[9654,90],[65123,90]],"spacedDefault":50,"blank":50}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[60,62,63,64],[18,19,20,23,24,25,26,28,29,30,31,32,33,34,38,41,42,44,45,46,47,48,49,50,51,52,53,54,56,57,58,59,60,62,63,64,67,71,72,90,91,92,93,99,100,101,102,103,104,105,106,113,116],[18,19,20,22,23,24,25,26,28,29,30,31,32,33,34,38,39,41,42,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,62,63,64,67,71,72,77,90,91,92,93,99,100,101,102,103,104,105,106,113,116],[36,55,60,62,63,64],[60,62,63,64,84,85,86],[35,37,60,62,63,64],[46,60,62,63,64,71,72,88,89],[34,40,44,47,51,52,60,62,63,64,80,84,85,86,87,95,105,106,108,111,117],[5,6,12,13,60,62,63,64,70,111],[60,62,63,64,87],[60,62,63,64,84,85,86,112],[1,60,62,63,64,84,85,86,87],[7,60,62,63,64,84,85,86,102],[10,11,14,15,58,60,62,63,64,84,85,86,98,102,107,110],[0,3,10,14,15,17,22,25,26,40,43,59,60,62,63,64,67,68,74,75,76,81,84,85,86,87,92,93,98,102,109,115,117],[60,62,63,64,84,85,86,102],[60,62,63,64,69,81,84,85,86,98],[2,22,60,62,63,64,68,75,84,85,86,93,114],[16,39,60,62,63,64,84,85,86,102],[2,60,62,63,64,84,85,86,93],[4,21,31,60,62,63,64,67,78,79,81,84,85,86,93,94,96,97,98,104],[60,61,62,63,64,84,85,86],[2,60,62,63,64,84,85,86],[60,62,63,64,67,78,82,83,92],[38,60,62,63,64],[8,9,60,62,63,64,84,85,86],[20,60,62,63,64,84,85,86],[60,62,63,64,84,85,86,91],[57,60,62,63,64,84,85,86],[54,59,60,62,63,64,73,84,85,86],[27,60,62,63,64,84,85,86],[18,60,62,63,64],[19,20,23,24,60,62,63,64],[26,30,31,32,60,62,63,64],[29,45,60,62,63,64],[29,60,62,63,64,65,66],[29,46,48,60,62,63,64],[29,60,62,63,64],[33,45,60,62,63,64],[45,60,62,63,64],[46,48,54,60,62,63,64],[48,60,62,63,64],[53,56,60,62,63,64],[55,60,62,63,64],[60,62,63,64,103],[60,62,63,64,104],[50,60,62,63,64],[50,55,60,62,63,64],[46,50,60,62,63,64,71,72],[34,39,41,42,44,47,49,50,51,52,60,62,63,64,105,106,116],[50,60,62,63,64,102],[50,58,60,62,63,64,102],[22,25,26,50,59,60,62,63,64,67,90,92,93,102],[50,60,62,63,64,113],[50,60,62,63,64,77],[22,50,60,62,63,64,93],[39,50,60,62,63,64,102],[50,60,62,63,64,90,91,93],[31,50,60,62,63,64,67,90,93,104],[50,60,62,63,64,67,92],[38,50,60,62,63,64],[20,50,60,62,63,64],[50,60,62,63,64,91],[50,57,60,62,63,64],[50,54,59,60,62,63,64],[18,50,60,62,63,64],[19,20,23,24,50,60,62,63,64],[26,30,31,32,50,60,62,63,64],[28,29,45,50,60,62,63,64],[29,50,60,62,63,64],[29,46,48,50,60,62,63,64],[33,45,50,60,62,63,64,99],[45,50,60,62,63,64],[46,48,50,54,60,62,63,64,101],[48,50,60,62,63,64],[50,53,56,60,62,63,64],[50,60,62,63,64,100],[50,60,62,63,64,101],[50,60,62,63,64,103],[50,60,62,63,64,104]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,4,12,13,14,4,4,15,4,4,4,4,15,16,17,4,18,19,20,21,4,15,22,4,4,23,0,0,24,25,0,4,4,26,4,4,27,4,4,4,4,4,4,4,28,29,4,4,4,30,27,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,31],[9679,32],[9135,33],[215,34],[10095,35],[10003,36],[8595,37],[10008,38],[10007,39],[10004,40],[8730,41],[10006,42],[8505,43],[9762,0],[9888,0],[8617,0],[8226,44],[9472,45]],"plainDefault":0,"spaced":[46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,47,46,46,46,46,46,46,46,46,46,48,47,46,49,49,49,49,49,49,49,49,49,49,46,46,46,46,46,46,46,46,46,46,50,51,52,53,46,50,54,46,46,46,50,46,55,46,56,57,58,46,46,50,46,46,46,59,46,46,60,46,46,46,46,61,46,46,62,46,46,46,46,46,46,46,63,64,46,46,46,46,62,46,46,46,46,46,46,46,46,46,46,46],"spacedOther":[[160,46],[5760,46],[8192,46],[8193,46],[8194,46],[8195,46],[8196,46],[8197,46],[8198,46],[8199,46],[8200,46],[8201,46],[8202,46],[8232,46],[8233,46],[8239,46],[8287,46],[12288,46],[65279,46],[9676,65],[9679,66],[9135,67],[215,68],[10095,69],[10003,70],[8595,69],[10008,71],[10007,72],[10004,73],[8730,74],[10006,75],[8505,47],[9762,76],[9888,76],[8617,77],[8226,78],[9472,79]],"spacedDefault":46,"blank":46}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
  const closingsReading = unit.holdsHooks && unit.high > 0 && unit.closingHandles > 0 ? closingsAgainst(unit, unit.assigned) : "no";
  const closingsExcused = closingsReading !== "no";
  const closings = closingsExcused ? unit.closingHandles : 0;
  if (unit.code > closings) {
    const evidence = first((f) => f.kind === "code");
    return evidence ? { kind: "code", evidence } : { kind: "code" };
  }
  const services = namedServices(unit);
  if (unit.high > 0) {
    const unnamedClosing = closingsReading === "likely";
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
function closingsAgainst(unit, assigned) {
  if (unit.closingOther > 0) return "no";
  if (assigned.size > 0 && [...unit.closedReceivers].some((r) => !assigned.has(r))) return "no";
  return unit.closingNamed === unit.closingHandles && assigned.size > 0 ? "proven" : "likely";
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
    const closings = u.closingHandles === 0 ? "proven" : closingsAgainst(u, assigned);
    const onlyHandles = j.outcome.kind === "code" && u.code > 0 && u.code === u.nullHandles + u.closingHandles && closings !== "no" && u.unexplained === 0 && u.ambiguous === 0;
    const onlyTimedOut = j.outcome.kind === "unexplained" && j.outcome.reason === "timeout";
    const likely = closings === "likely" || byFile(u);
    if (onlyHandles) return { unit: u, outcome: likely && setup.outcome.kind === "infrastructure" ? { ...setup.outcome, confidence: "ambiguous" } : setup.outcome };
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
var CLOSING_CALL = new RegExp(`([A-Za-z_$][\\w$]{0,100})(\\?)?(?:\\.|->)\\$?${CLOSING_METHOD}\\b`, "g");
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
  const calls = [...sourceLine.matchAll(CLOSING_CALL)].filter((c) => c[2] === void 0 && !/^(?:this|self|cls|state|ctx|context)$/.test(c[1]));
  const pointed = caretColumn2 === void 0 ? void 0 : calls.find((c) => caretColumn2 >= c.index && caretColumn2 < c.index + c[0].length);
  const call = pointed ?? (calls.length === 1 ? calls[0] : void 0);
  if (call === void 0) return void 0;
  const name = call[1];
  if (!namesHandle(name) && words(name).some((w) => MAYBE_WORDS.has(w))) return void 0;
  return { name: bare(name), handle: namesHandle(name) };
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
var ASSIGNMENT = /(?:^|[\s>|:;({])(?:(?:const|let|var)\s+)?(?:(?:this|self|cls|state|ctx)\.|@|\$this->)?([A-Za-z_$][\w$]{0,100})\s*=\s*(?![=>])[^\n]{0,300}$/;
function assignedHandleIn(sourceLine) {
  const name = ASSIGNMENT.exec(sourceLine)?.[1];
  return name !== void 0 && namesHandle(name) ? bare(name) : void 0;
}
function bare(name) {
  return name.replace(/^[$@]+/, "");
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
function portOf(text) {
  let port;
  for (const found of text.matchAll(/(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9A-Fa-f:.]{2,64}\]|\blocalhost|\b[a-z][\w.-]{0,100}):(\d{2,5})\b/g)) port = found[1];
  return port;
}
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
  /**
   * The run showed this service refused before; at the port the timeout names, when both name one
   * (another node's refusal is no cause of this node's timeout). A timeout that names no node
   * (Kafka's metadata wait) takes any refusal of the service.
   */
  refusedBefore(service, line) {
    const port = portOf(line);
    return service !== "" && this.refusals.some((f) => {
      if (f.kind !== "infrastructure" || f.confidence !== "high" || f.service !== service) return false;
      const refused = portOf(f.text);
      return refused === void 0 || port === void 0 || refused === port;
    });
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
    const caret = caretColumn(line);
    const previous = this.previousLine(1);
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
      if (source === void 0) continue;
      const below = back > 1 ? this.previousLine(back - 1) : void 0;
      const receiver = closedReceiverIn(source, below === void 0 ? void 0 : caretColumn(below));
      if (receiver) nameReceiver(unit, receiver);
      return;
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
      const closesHandle = !infra && NULL_DEREFERENCE.test(line) && CLOSING_HANDLE.test(line);
      const nullHandle = !infra && !closesHandle && !notAHandle && NULL_DEREFERENCE.test(line) && NULL_HANDLE.test(line);
      if (closesHandle && target2 && /^\s{0,40}Suppressed: /.test(line)) target2.holdsHooks = true;
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
    const interpreted = match.rule.timesOutOn && reread.kind === "infrastructure" ? this.refusedBefore(reread.service, line) ? { ...reread, note: `the ${reread.service} client's own operation timed out after the run showed ${reread.service} refused (a client reconnecting in the background)` } : { ...reread, confidence: "ambiguous", note: "the client's own operation timed out: a server that is down, or one too slow; no refusal of it came before" } : reread;
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
