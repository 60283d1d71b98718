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
} from "./chunk-5MFYFLAT.js";
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
} from "./chunk-2NHI6CXJ.js";
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
  repeatsAreFailures: true
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
var DIALECTS = [PHPT, GOTESTSUM, PYTEST, UNITTEST, POKU, JEST, VITEST, AVA, BUN, JASMINE, EXUNIT, PLAYWRIGHT, MOCHA, NODE_TEST, DENO, JAPA, GOCHECK, GO, CONSOLE_LAUNCHER, SUREFIRE, GRADLE, CARGO, DOTNET, PHPUNIT, TESTDOX, COLLISION, MINITEST, TEST_UNIT, RSPEC];

// src/classify/derived.generated.ts
var DERIVED = `{"prefilter":{"key":"rules 236\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise )\\\\bAssertionError(?=:|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|libmysqlclient[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown MySQL server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,46,48,198,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,383,385,386,387,388,389,390,391,394,395,396,398],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,9676,8250,9679,124,215,9135,35,94,9472,10003,10004,8730,10006,8505,10095,9762,9888,8226,43,9654,65123,36],"words":8,"quiet":11101,"states":12494,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAADNRwYABgAAAGseAgAHAAAAlfUGAAgAAADs6AEACQAAAL2LAAAKAAAAAUcAAAsAAACgYwgADAAAAO2QAAANAAAAqxcAAA4AAAAtdQEADwAAACKtAAAQAAAA7yUAABEAAAB4ggEAEgAAABQJAAATAAAA9NsBABQAAABSvwoAFQAAAP4JAgAWAAAAShIBABcAAACY9AEAGAAAAJ0LAgAZAAAA//0BABoAAABXFQIAGwAAAEyZAgAcAAAA+9MCAB0AAAAAAAAAHgAAAEA9DAAfAAAAkAgBACAAAADQPwIAIQAAAAAAAAAiAAAAqsIBACMAAACS8AAAJAAAAE8UBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAARaEBACkAAADOsQEAKgAAANriCQArAAAAXYcLACwAAAAAAAAALQAAAA7wAQAuAAAAAAAAAC8AAABaRAIAMAAAAKLIAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAADlqgoAPAAAAOu1CgA9AAAA+qALAD4AAAAAAAAAPwAAAKChCwBAAAAAAAAAAEEAAABZtwsAQgAAADa8CwBDAAAAE8ELAEQAAAASzQsARQAAAPixDABGAAAAyu4LAEcAAAAd7wsASAAAAHDvCwBJAAAAmAEMAEoAAAB8BQwASwAAANkzDABMAAAAyKwMAE0AAAAbrQwATgAAAKWxDABPAAAAdVINAFAAAAC6pw0AUQAAAA2oDQBSAAAAYKgNAFUAAACmAAAAVgAAAKLBAwBYAAAAbdUIAFkAAAAIPwEAXAAAAE2bAABeAAAAI2IJAF8AAAChsQcAZwAAADUOAgBqAAAAGL0DAHAAAAChPAAAqQAAAPkAAACzAAAAnvgCAPwAAAAnDw4AUQEAAJ8BAAClAQAA8gEAAPkBAABFAgAATQIAAJgCAACaAgAA6wIAAPQCAAA+AwAASAMAAJEDAACcAwAA5AMAAPADAAA3BAAARAQAAIoEAACUBAAA3QQAAOsEAAAwBQAAPwUAAIMFAACFBQAA1gUAAOAFAAApBgAANwYAAHwGAACBBgAAzwYAANwGAAAiBwAAKgcAAHUHAACFBwAAyAcAAMoHAAAbCAAAKQgAAG4IAAB/CAAAeg8OAMgIAADNDw4AFgkAAE30CwAcCQAAZwkAACkJAAC7CgoALQkAAMPvCwAwCQAAE88JAG4JAAC6CQAAdAkAAD0cCgC/CQAADQoAABkKAABgCgAAYwoAALMKAAC7CgAABgsAABMLAABZCwAAXgsAAKwLAAC2CwAA/wsAAAcMAABSDAAAXgwAAKUMAABhDAAAZgcCALgMAAD4DAAABg0AAEsNAABODQAAng0AAKgNAAAgEA4A8w0AACdxAAD0DQAA5KIBAPYNAABEDgAA+g0AAPTvCgD7DQAABGgCAPwNAADjAQIA/Q0AANQdAAD+DQAAJtYLAP8NAACwegEAAA4AAKkvAAACDgAAcC4DAAUOAAC4uQIADg4AANWiAwARDgAALdULAEoOAACXDgAAUw4AAOHvBwCdDgAA6g4AAP4OAAA9DwAAUg8AAJAPAACYDwAA4w8AAO0PAAA2EAAAOxAAAIkQAACOEAAA3BAAAOQQAAAvEQAARREAAIIRAACEEQAA1REAAOIRAAAoEgAAPBIAAHsSAACDEgAAzhIAAN0SAAAhEwAAMhMAAHQTAACCEwAAxxMAANMTAAAaFAAAJxQAAG0UAAB3FAAAwBQAAMMUAAATFQAAGxUAAGYVAABoFQAAuRUAAMoVAAAMFgAAEhYAAF8WAABrFgAAshYAALQWAAAFFwAADBcAAFgXAABsFwAAcxAOAKwXAADZ0g0ArRcAAGMrAgCwFwAA/hcAALQXAADf3gEAuRcAADoeAwAAGAAAV8kAAAEYAADdeQcABRgAABiTCQAGGAAAURgAAAgYAAB3OwEACRgAANQ/BwALGAAARIoGAA0YAABpUQoADxgAAOdbBgAUGAAAjDECABcYAAAS9wUAUhgAAKQYAABUGAAAk8EFAFcYAAB7cgoAuxgAAPcYAAAPGQAAShkAAFUZAACdGQAAthkAAPAZAADyGQAAQxoAAF0aAACWGgAApRoAAOkaAADuGgAAPBsAAEkbAACPGwAAnxsAAOIbAADqGwAANRwAAEEcAACIHAAAlRwAANscAADlHAAALh0AADQdAACBHQAAlR0AAMYQDgDaHQAAJx4AAN4dAABOlQsA6x0AAAuCCgBCHgAAeh4AAIYeAADNHgAA0x4AACAfAAAjHwAAs40FACgfAABzHwAAdh8AAB+uBQB6HwAAxh8AAH4fAADcMgcAgR8AAO5vAwDLHwAAGSAAACUgAABsIAAAbyAAAL8gAADHIAAAEiEAAB8hAABlIQAAaiEAALghAADCIQAACyIAABMiAABeIgAAYSIAALEiAAC6IgAABCMAAAUjAABXIwAAWCMAAKojAACvIwAA/SMAAAMkAABQJAAAWiQAAKMkAACrJAAA9iQAAPkkAABJJQAATCUAAJwlAACtJQAAGREOAPElAAAGqgEA9CUAAJDCCgD4JQAApGMNAPslAABCJgAA/SUAAInYBwBaJgAAlSYAAJgmAADoJgAA9CYAADsnAABIJwAAjicAAJUnAADhJwAA4ycAADQoAAA9KAAAhygAAJEoAADaKAAA5SgAAC0pAABJKQAAgCkAAIgpAABsEQ4A2CkAACYqAAAuKgAAeSoAAHoqAADMKgAAzioAAB8rAAAiKwAAcisAAHUrAAC/EQ4AyisAABgsAAAeLAAAaywAAHIsAAC+LAAAxiwAABEtAAAULQAAZC0AAG0tAAC3LQAAuC0AAAouAAALLgAAXS4AAG4uAACwLgAAvi4AAAMvAAAPLwAAVi8AAF0vAAASEg4Ary8AAPwvAAD+LwAATzAAAGUwAACiMAAAqjAAAPUwAAD3MAAASDEAAFExAACbMQAApTEAAO4xAAD5MQAAQTIAAE0yAACUMgAAoTIAAOcyAADxMgAAOjMAAEgzAACNMwAAnDMAAOAzAADiMwAAMzQAAD00AACGNAAAlDQAANk0AADeNAAALDUAADk1AAB/NQAAhzUAANI1AADYNQAAJTYAADE2AAB4NgAAlTYAAMs2AADUNgAAHjcAACw3AABxNwAAdzcAAMQ3AADQNwAAFzgAABo4AABqOAAAcjgAAL04AADOOAAAEDkAAB45AABjOQAAfDkAALY5AAC3OQAACToAACY6AABlEg4AYToAAK86AAC1OgAAAjsAAAo7AABVOwAAXjsAAKg7AACrOwAA+zsAAAc8AABOPAAAVDwAAAsTDgC9PAAA9DwAAPw8AABeEw4ASj0AAJo9AACrPQAA7T0AAPU9AABAPgAATj4AAJM+AACWPgAA5j4AAO4+AAA5PwAARj8AAIw/AACRPwAA3z8AAOk/AAAyQAAAOkAAAIVAAACRQAAA2EAAAOVAAAArQQAALUEAAH5BAACXQQAA0UEAAOJBAAAkQgAAMEIAAHdCAAB+QgAAykIAANJCAAAdQwAAIkMAAHBDAAB9QwAAw0MAAMtDAAAWRAAAIEQAAGlEAAB0RAAAvEQAAMhEAAAPRQAAF0UAALETDgBuRQAAtUUAALtFAAAIRgAAI0YAAFtGAABnRgAArkYAALRGAAAEFA4ABkcAACYcAgAHRwAAjb0EAAhHAABL3AYADEcAAFRHAAANRwAAXokJAA9HAAC+XAUAFUcAADolAgBgRwAAp0cAAK1HAAC7ogwAr0cAAFcUDgAGSAAATUgAAFNIAACgSAAAu0gAAPNIAAD/SAAARkkAAExJAACZSQAAoUkAAOxJAADySQAAP0oAAEtKAACSSgAAr0oAAOVKAADuSgAAOEsAAERLAACLSwAAjksAAN5LAADoSwAAMUwAAD1MAACETAAAi0wAANdMAADfTAAAKk0AACtNAAD/XgAALU0AAH1NAACMTQAA0E0AANZNAAAjTgAAJU4AAHZOAACMTgAAyU4AAOdOAAAcTwAANU8AAG9PAABxTwAAwk8AAMVPAAAVUAAAIVAAAGhQAABvUAAAu1AAAMNQAAAOUQAAEFEAAGFRAABqUQAAtFEAAL5RAAAHUgAAElIAAFpSAABmUgAArVIAALpSAAAAUwAAClMAAFNTAABhUwAAplMAALVTAAD5UwAA+1MAAExUAABWVAAAn1QAAK1UAADyVAAA91QAAEVVAABSVQAAmFUAAK1VAADrVQAA81UAAD5WAABXVgAAkVYAAJpWAADkVgAA7lYAADdXAAA/VwAAilcAAJdXAADdVwAA4lcAADBYAAA4WAAAg1gAAIRYAADWWAAA2FgAAClZAAAsWQAAfFkAAH9ZAACqFA4A1FkAACJaAAAoWgAAdVoAAHxaAADIWgAA0FoAABtbAAAfWwAAblsAAHBbAADBWwAAxFsAABRcAAAcXAAAZ1wAAGhcAAC6XAAAwFwAAA1dAAASXQAAYF0AAHtdAACzXQAAwV0AAAZeAAANXgAAWV4AAGVeAACsXgAAs14AAP0UDgABXwAAUl8AAFVfAAClXwAAqF8AAFAVDgD9XwAAS2AAAFFgAACeYAAApWAAAPFgAAAPYQAARGEAAF1hAACXYQAAmWEAAOphAADtYQAAPWIAAEliAACQYgAAl2IAAONiAADrYgAANmMAADhjAACJYwAAkmMAANxjAADmYwAAL2QAADpkAACCZAAAjmQAANVkAADiZAAAKGUAADJlAAB7ZQAAiWUAAM5lAADdZQAAIWYAACNmAAB0ZgAAfmYAAMdmAADVZgAAGmcAAB9nAABtZwAAemcAAMBnAADVZwAAE2gAABtoAABmaAAAf2gAALloAADCaAAADGkAABZpAABfaQAAZ2kAALJpAAC/aQAABWoAAApqAABYagAAYGoAAKtqAACsagAA/moAAABrAABRawAAVGsAAKRrAACnawAAoxUOAPxrAABKbAAAUGwAAJ1sAACkbAAA8GwAAPhsAABDbQAAR20AAJZtAACYbQAA6W0AAOxtAAA8bgAARG4AAI9uAACQbgAA4m4AAOhuAAA1bwAAOm8AAIhvAACjbwAA228AAOlvAAAucAAANXAAAIFwAACNcAAA1HAAANtwAAD2FQ4AKnEAAHpxAACLcQAAzXEAANVxAAAyjAEA6XEAACByAAAocgAASRYOAIJyAADGcgAAzHIAABlzAAAbcwAAbHMAAIJzAAC/cwAA3XMAABJ0AAAVdAAAZXQAAHF0AAC4dAAAvnQAAAt1AAAmdQAAXnUAAGp1AACxdQAAt3UAAAR2AAAidgAAV3YAAGd2AACqdgAAuHYAAP12AAADdwAAUHcAAFN3AACjdwAArXcAAPZ3AAAUeAAASXgAAF94AACceAAAqHgAAO94AADyeAAAQnkAAEV5AACVeQAAl3kAAOh5AAD/eQAAO3oAAEd6AACOegAAqnoAAOF6AADpegAAnBYOAEV7AACHewAAlXsAANp7AADmewAALXwAADp8AACAfAAAinwAANN8AADbfAAAJn0AACd9AAB5fQAAe30AAMx9AADPfQAAH34AACJ+AADvFg4Ad34AAMV+AADLfgAAGH8AAB9/AABrfwAAc38AAL5/AADUfwAAEYAAABqAAABkgAAAZ4AAALeAAADBgAAACoEAABKBAABdgQAAdoEAALCBAAC8gQAAA4IAAAuCAABCFw4AXoIAAKmCAACsggAA/IIAAAaDAABPgwAAVYMAAKKDAACwgwAA9YMAAAKEAABIhAAAX4QAAJUXDgCchAAA2OUMAJ6EAAB1pgEAoYQAAFlQAgCihAAAB84GAKOEAACqpgUApIQAAIjCAAClhAAAqC0CAKiEAAATugwAqoQAAO6EAACshAAAlFQHALGEAAB90AUAsoQAAGx5CwD4hAAASjQIAP2EAABBhQAATYUAAJSFAACVhQAAYoMDAJeFAADnhQAA6oUAADqGAABBhgAA2YABAEKGAACNhgAAUoYAAPwoAQCUhgAA4IYAAOyGAAAzhwAAQIcAAIaHAACUhwAA2YcAAOWHAAAsiAAAM4gAAH+IAACHiAAA0ogAAOKIAAAliQAAKokAAHiJAAB+iQAAy4kAANOJAAAeigAAJ4oAAHGKAAB0igAAxIoAANCKAAAXiwAAHYsAAOgXDgCJiwAAOxgOAMqLAAAQjAAAEowAADf9AAATjAAAEXICABeMAAA3nAIAG4wAAN6rCgAcjAAAlcUBAB+MAAC1pQoAKYwAAIpJAgAwjAAAY4wAAHCMAAC2jAAAu4wAAAmNAAANjQAAXI0AAGmNAACvjQAAt40AAAKOAAC6jQAAnnQJAAmOAABVjgAAGI4AAPmKBABXjgAAqI4AALKOAAD7jgAA/Y4AAE6PAABnjwAAoY8AAKOPAAD0jwAA948AAEeQAABTkAAAmpAAAKKQAACOGA4A85AAAECRAAD1kAAAV7MPAPyQAACX5AUA/pAAAM47BgAAkQAArUsBAAmRAAAZeQsARpEAAJrjAABYkQAAk5EAAJWRAADmkQAAoJEAAACmAACskQAAvJcAAPWRAAA5kgAASJIAAIySAACYkgAA35IAAOKSAAAykwAANZMAAIWTAACdkwAA2JMAAN+TAAArlAAAN5QAAH6UAACLlAAA0ZQAAN+UAAAklQAAMJUAAHeVAAB+lQAAypUAAOKVAAAdlgAAKZYAAHCWAAB2lgAAw5YAAMmWAAAWlwAAG5cAAGmXAABvlwAANBkOAL6XAAAPmAAAFpgAAGKYAAB6mAAAtZgAALyYAAAImQAAIZkAAFuZAABzmQAArpkAALqZAAABmgAAB5oAAFSaAABamgAAp5oAAKyaAAD6mgAAAJsAAIcZDgBmmwAAoJsAALGbAADzmwAAAZwAAEacAABVnAAAmZwAAKGcAADsnAAADJ0AAD+dAABLnQAAkp0AAKadAADlnQAA7Z0AADieAAA+ngAAi54AAJeeAADengAA6J4AADGfAAA3nwAAhJ8AAJKfAADXnwAA458AACqgAABFoAAAfaAAAH+gAADQoAAA4aAAACOhAAAroQAAdqEAAIShAADJoQAAzKEAAByiAAAkogAAb6IAAHyiAADCogAAx6IAABWjAAAfowAAaKMAAHCjAAC7owAAvaMAAA6kAAAfpAAAYaQAAHKkAAC0pAAAuaQAAAelAAALpQAAWqUAAGalAACtpQAAtKUAANoZDgAFpgAAU6YAAF2mAACmpgAAvqYAAPmmAAD8pgAATKcAAFWnAACfpwAAoKcAAPKnAADzpwAARagAAEqoAACYqAAAnqgAAOuoAAD1qAAAPqkAAEqpAACRqQAAmKkAAOSpAAD8qQAAN6oAADmqAACKqgAAk6oAAN2qAADnqgAAMKsAADurAACDqwAAm6sAANarAADsqwAAKawAAC6sAAB8rAAAg6wAAM+sAADbrAAALRoOACStAAB8ngIAJ60AAPC4AQArrQAAHroFADOtAAB1rQAAd60AABNaAgCDrQAAyK0AANStAAAbrgAA160AAHuHBwAorgAAbq4AAHiuAADBrgAAwq4AAEnDDQDJrgAAFK8AABuvAABnrwAAL68AAEaVAQBsrwAAuq8AAMavAAANsAAAELAAAGCwAABosAAAs7AAAMCwAAAGsQAAC7EAAFmxAABjsQAArLEAALSxAAD/sQAAArIAAFKyAABbsgAApbIAAKayAAD4sgAA+bIAAEuzAABQswAAnrMAAKSzAADxswAA+7MAAES0AABMtAAAl7QAAJm0AADqtAAA87QAAD21AABHtQAAkLUAAJu1AADjtQAA77UAADa2AABDtgAAibYAAJO2AADctgAA6rYAAC+3AAA+twAAgrcAAIS3AADVtwAA37cAACi4AAA2uAAAe7gAAIC4AADOuAAA27gAACG5AAApuQAAdLkAAHW5AADHuQAAzbkAABq6AAAfugAAbboAAHe6AADAugAAxboAABO7AAAiuwAAZrsAAGu7AAC5uwAAyrsAAAy8AAAUvAAAX7wAAGW8AACyvAAAvrwAAAW9AAAivQAAWL0AAGG9AACrvQAAt70AAP69AAABvgAAUb4AAFu+AACkvgAAsL4AAPe+AAD+vgAASr8AAFK/AACdvwAAtr8AAPC/AAAEwAAAQ8AAAEvAAACWwAAAmcAAAOnAAAD1wAAAPMEAAELBAACPwQAAqsEAAOLBAADuwQAANcIAADvCAACAGg4AksIAANvCAADmwgAALsMAADbDAABd1AAAOsMAAIHDAACOwwAA1MMAAN7DAAAnxAAANcQAAHrEAACJxAAAzcQAAM/EAAAgxQAAKsUAAHPFAACBxQAAxsUAAMvFAAAZxgAAJsYAAGzGAAB0xgAAv8YAAMDGAAASxwAAw8YAAKtjAQDPxgAAoYgBACPHAABlxwAAbscAALjHAADPxwAAC8gAABnIAABeyAAAa8gAALHIAAC5yAAABMkAACPJAADTGg4AYMkAAKrJAAC0yQAA/ckAAAjKAAAmGw4AUsoAAKPKAACsygAA9soAAADLAABJywAAVMsAAJzLAACoywAA78sAAPzLAABCzAAATMwAAJXMAACjzAAA6MwAAPfMAAA7zQAAPc0AAI7NAACYzQAA4c0AAO/NAAA0zgAAOc4AAIfOAACUzgAA2s4AAOLOAAAtzwAAM88AAIDPAACMzwAA088AAPDPAAAm0AAAL9AAAHnQAACH0AAAzNAAANLQAAAf0QAAK9EAAHLRAAB50QAAeRsOAMfRAABYCQIAy9EAABjSAAAd0gAAa9IAACbSAAB3JgQAeNIAAL7SAADV0gAAEdMAABLTAABk0wAAZtMAALfTAAC60wAACtQAAA3UAADMGw4AftQAALDUAACx1AAAA9UAAAXVAABW1QAAWdUAAKnVAACs1QAAHxwOAAHWAABP1gAAVdYAAKLWAACp1gAA9dYAABfXAABI1wAAUNcAAJvXAACq1wAA7tcAAPDXAABB2AAAUtgAAJTYAACl2AAA59gAAPPYAAA62QAAQdkAAI3ZAACV2QAA4NkAAOTZAAAz2gAAQdoAAIbaAACQ2gAA2doAAOTaAAAs2wAAMdsAAH/bAACI2wAA0tsAANzbAAAl3AAALdwAAHjcAAB63AAAy9wAANjcAAAe3QAAMt0AAHHdAAB53QAAxN0AAMXdAAAX3gAAGd4AAGreAABt3gAAvd4AAMDeAAByHA4AFd8AAGPfAABp3wAAtt8AAL3fAAAJ4AAAEeAAAFzgAABr4AAAr+AAALTgAAAC4QAAD+EAAFXhAABl4QAAqOEAALbhAAD74QAAEuIAAE7iAABX4gAAoeIAAKfiAAD04gAAAOMAAEfjAABO4wAAxRwOAJ/jAABsuAIAouMAAO3jAACn4wAA17oIAPzjAABA5AAAUeQAAJPkAACh5AAA5uQAAPLkAAA55QAARuUAAIzlAACW5QAA3+UAAOflAAAy5gAANeYAAIXmAACR5gAA2OYAAOXmAAAr5wAANecAAH7nAACG5wAA0ecAANPnAAAk6AAALegAAHfoAACB6AAAyugAANXoAAAd6QAAMukAAHDpAAB46QAAw+kAANzpAAAW6gAAH+oAAGnqAABz6gAAvOoAAMTqAAAP6wAAHOsAAGLrAABn6wAAtesAAL3rAAAI7AAACewAAFvsAABd7AAAruwAALHsAAAB7QAABO0AABgdDgBZ7QAAp+0AAK3tAAD67QAAAe4AAE3uAABV7gAAoO4AAK7uAADz7gAA9u4AAEbvAABO7wAAme8AAJzvAADs7wAA+O8AAD/wAABJ8AAAax0OAJPwAACByQsAlPAAAOXwAACV8AAAX8kKAJzwAADGywsAnfAAAM+QBACh8AAA5PUBAKLwAADUfQoAtvAAAALaAQDu8AAAOPEAAELxAACL8QAAlvEAAN7xAADq8QAAMfIAAD7yAACE8gAAjvIAANfyAADl8gAAKvMAADnzAAB98wAAf/MAANDzAADa8wAAI/QAADH0AAB29AAAe/QAAMn0AADW9AAAHPUAACz1AABv9QAAcfUAAML1AADQ9QAAFfYAACb2AAC+HQ4Ab/YAABEeDgDD9gAAZB4OABf3AABh9wAAa/cAALT3AAC/9wAAB/gAABP4AABa+AAAZ/gAAK34AAC3+AAAAPkAAA75AABT+QAAYvkAAKb5AACo+QAA+fkAAAP6AABM+gAAWvoAAJ/6AACk+gAA8voAAP/6AABF+wAATfsAAJj7AACo+wAA6/sAAO37AAA+/AAATPwAAJH8AACi/AAAtx4OAOv8AAAKHw4AUP0AAIr9AACb/QAA3f0AAOn9AAAw/gAAOP4AAF0fDgCI/gAA1v4AAN7+AAAp/wAAK/8AAHz/AAAu/wAATcQGADj/AAABfgQAhf8AAM//AACL/wAArgcJANn/AAAiAAEALQABAHUAAQCBAAEAyAABANUAAQAbAQEAJQEBAG4BAQB8AQEAwQEBANABAQAUAgEAFgIBAGcCAQBxAgEAugIBAMYCAQANAwEAFQMBALAfDgBjAwEAswMBAMEDAQAGBAEAEwQBAFkEAQBwBAEArAQBALQEAQD/BAEAFQUBAFIFAQBeBQEApQUBALQFAQD4BQEAAwYBAEsGAQBNBgEAngYBAKsGAQDxBgEA/wYBAEQHAQBHBwEAlwcBAK0HAQDqBwEA8gcBAD0IAQBPCAEAAyAOAJ0IAQBvVQsAnwgBAOMIAQDoCAEANgkBAD0JAQCJCQEAlQkBANwJAQDpCQEALwoBADEKAQCCCgEAmAoBANUKAQDhCgEAKAsBAEcLAQB7CwEAlwsBAM4LAQDWCwEAViAOACMMAQB0DAEAfQwBAMcMAQDRDAEAGg0BACUNAQBtDQEAeQ0BAMANAQDNDQEAEw4BAB0OAQBmDgEAdA4BALkOAQDIDgEADA8BAA4PAQBfDwEAaQ8BALIPAQDADwEABRABAAoQAQBYEAEAZRABAKsQAQC7EAEA/hABAAARAQBREQEAXxEBAKQRAQC1EQEAqSAOAP4RAQD8IA4ATBIBAPPSBABPEgEAnRIBAFMSAQB6vQEAVhIBAPX/BgBYEgEAi5cBAF4SAQA8UgQApBIBAJvrCQCqEgEA8BIBAAcTAQBDEwEASBMBAJYTAQCZEwEA6RMBAKATAQB7lQUAshMBANufBQDuEwEAWJoFAPUTAQA8FAEAQhQBADsgAQBLFAEAjxQBAJgUAQDiFAEA6BQBADUVAQBDFQEAiBUBAJIVAQDbFQEA7xUBAC4WAQA6FgEAgRYBAJQWAQDUFgEA4xYBACcXAQAzFwEAehcBAHsXAQDNFwEA1xcBACAYAQAuGAEAcxgBAHgYAQDGGAEA0xgBAKIhDgAsGQEAbBkBAHsZAQC/GQEAyxkBABIaAQATGgEAZRoBAG8aAQC4GgEAxhoBAAsbAQAQGwEAXhsBAGsbAQCbIg4AsxsBAAQcAQANHAEAVxwBAGEcAQCqHAEAtRwBAP0cAQAJHQEAUB0BAF0dAQCjHQEArR0BAPYdAQAEHgEASR4BAFgeAQCcHgEAnh4BAO8eAQD5HgEAQh8BAFAfAQCVHwEAoh8BAOgfAQD/HwEA7iIOAFYgAQCOIAEAmiABAOEgAQDnIAEANCEBAEAhAQCHIQEAjSEBANohAQDgIQEALSIBADIiAQCAIgEAhiIBAEEjDgDcIgEAJiMBADAjAQB5IwEAhCMBAMwjAQDYIwEAHyQBACwkAQByJAEAfCQBAMUkAQDTJAEAGCUBACclAQBrJQEAbSUBAL4lAQDIJQEAESYBAB8mAQBkJgEAaSYBALcmAQDEJgEACicBABInAQBdJwEAbScBALAnAQCyJwEAAygBABEoAQBWKAEAZygBADokDgCwKAEAjSQOAAIpAQBPKQEAWykBAKIpAQCyKQEA9SkBAP4pAQBIKgEASyoBAJsqAQCnKgEA7ioBAPUqAQBBKwEASSsBAJQrAQCyKwEA5ysBAO8rAQA6LAEASywBAI0sAQCSLAEA4CwBAPcsAQAzLQEAQS0BAIYtAQCTLQEA2S0BAOEtAQAsLgEAMC4BAH8uAQCBLgEA0i4BANUuAQAlLwEALS8BAHgvAQB+LwEAyy8BANcvAQAeMAEALjABAHEwAQB6MAEAxDABAMcwAQAXMQEAIzEBAGoxAQBxMQEA4CQOAMYxAQAQMgEAEzIBAGMyAQBxMgEAtjIBAMMyAQAJMwEAIDMBAFwzAQBkMwEArzMBALEzAQACNAEACzQBAFU0AQBfNAEAqDQBALM0AQD7NAEABzUBAE41AQBbNQEAoTUBAKs1AQD0NQEAAjYBAEc2AQBWNgEAmjYBAJw2AQDtNgEA9zYBAEA3AQBONwEAkzcBAJg3AQDmNwEA8zcBADk4AQBBOAEAjDgBAKI4AQDfOAEA6zgBADI5AQBBOQEAhTkBAJA5AQDYOQEA2jkBACs6AQA4OgEAfjoBAIw6AQDROgEA1DoBACQ7AQA6OwEAMyUOAH87AQBEAAIAhTsBADRtAgCPOwEAyjsBAMw7AQAdPAEALjwBAHA8AQCBPAEAwzwBAMg8AQAWPQEAGj0BAGk9AQB1PQEAvD0BAMM9AQAPPgEAFz4BAGI+AQCAPgEAtT4BAL0+AQCGJQ4ADT8BAFs/AQBcPwEA4N8LAGo/AQB/6AoAdD8BAK4/AQCwPwEAAUABABpAAQBUQAEAZUABAKdAAQCzQAEA+kABAPxAAQBNQQEAVkEBAKBBAQBcQQEAI0cBAKpBAQDzQQEA/kEBAEZCAQBSQgEAmUIBAKZCAQDsQgEA9kIBAD9DAQBNQwEAkkMBAKFDAQDlQwEA50MBADhEAQBCRAEAi0QBAJlEAQDeRAEA40QBADFFAQA+RQEAhEUBAJBFAQDXRQEA3UUBACpGAQAwRgEAfUYBAIJGAQDQRgEA1kYBANklDgAyRwEAdkcBAIJHAQDJRwEAzEcBABxIAQAfSAEAb0gBAHZIAQDCSAEAzkgBABVJAQAiSQEAaEkBAHZJAQC7SQEAx0kBAA5KAQAVSgEALCYOAGdKAQC0SgEAukoBAAdLAQAMSwEAWksBAGBLAQB/Jg4ArksBAIvqAQC3SwEAdWcKALlLAQD4/Q0Au0sBAGrrCgC8SwEAAEwBAAxMAQBTTAEAVEwBAKZMAQBfTAEA+voKALBMAQD5TAEAB00BAExNAQBRTQEAn00BAKxNAQDSJg4A9E0BAJ+0CgAATgEAp6cKABVOAQBFTgEAak4BAJhOAQC+TgEA604BABJPAQA+TwEAYk8BAJFPAQCZTwEAJScOAPBPAQA3UAEAOVABAIpQAQCNUAEA3VABAOJQAQAwUQEAPVEBAINRAQCfUQEA1lEBAN5RAQB4Jw4AMlIBAHxSAQA2UgEANlwBAH9SAQDPUgEA21IBACJTAQAoUwEAdVMBAIJTAQDIUwEAylMBABtUAQAxVAEAblQBAHpUAQDBVAEAyVQBAMsnDgAaVQEAZ1UBAG9VAQC6VQEAu1UBAA1WAQAPVgEAYFYBAGNWAQCzVgEAtlYBAB4oDgALVwEAWVcBAF9XAQCsVwEAs1cBAP9XAQAHWAEAUlgBAF9YAQClWAEAqlgBAPhYAQACWQEAS1kBAFNZAQCeWQEAoFkBAPFZAQACWgEARFoBAFVaAQCXWgEAnFoBAOpaAQDuWgEAPVsBAElbAQCQWwEAl1sBAONbAQD1WwEAcSgOADtcAQCJXAEAkVwBANxcAQDeXAEAL10BAD5dAQCCXQEAkV0BANVdAQDhXQEAKF4BACteAQB7XgEAfl4BAM5eAQDWXgEAIV8BACtfAQB0XwEAeV8BAMdfAQDPXwEAGmABACRgAQBtYAEAeGABAMBgAQDOYAEAE2EBABZhAQBmYQEAbmEBALlhAQDUYQEADGIBABdiAQBfYgEAZGIBALJiAQC1YgEABWMBAA9jAQBYYwEAamMBAMQoDgC5YwEA/mMBAAhkAQBRZAEAXGQBAKRkAQCsZAEA92QBAP1kAQBKZQEATGUBAJ1lAQC2ZQEA8GUBAAlmAQBDZgEAUWYBAJZmAQCgZgEA6WYBAP9mAQA8ZwEAWWcBAI9nAQCXZwEA4mcBAPJnAQA1aAEAN2gBAIhoAQCWaAEA22gBAOxoAQAXKQ4ANWkBAGopDgCCaQEA1GkBAOVpAQAnagEAM2oBAHpqAQB8agEAzWoBANBqAQAgawEALGsBAHNrAQB7awEAECoOANFrAQAZbAEAJWwBAGxsAQB7bAEAv2wBAN9sAQASbQEAGm0BAGVtAQB5bQEAuG0BAL1tAQALbgEAFG4BAF5uAQBkbgEAsW4BALluAQAEbwEAE28BAFdvAQBcbwEAqm8BALdvAQD9bwEACnABAFBwAQBccAEAo3ABALJwAQD2cAEAAHEBAElxAQBXcQEAnHEBAKFxAQDvcQEA/HEBAEJyAQBKcgEAlXIBAJhyAQDocgEA9HIBADtzAQBFcwEAjnMBAJhzAQDhcwEA73MBADR0AQBBdAEAh3QBAJ50AQDadAEA3XQBAGMqDgAwdQEAdZgDADd1AQATRQUAOnUBAIB1AQA9dQEAoyoLAD51AQB/egIAQ3UBAEvxAwCHdQEAFUICAIp1AQCSNQMAj3UBAEymDACbdQEA03UBANV1AQAmdgEAN3YBAHl2AQCHdgEAzHYBANN2AQAfdwEAIXcBAHJ3AQAkdwEA8F4CACd3AQCukgEAgXcBAMV3AQDUdwEAGHgBACR4AQBreAEAbngBAL54AQDBeAEAEXkBADF5AQBkeQEAcHkBALd5AQDLeQEACnoBABh6AQBdegEAZHoBALYqDgDHegEAA3sBAAV7AQDhhwoABnsBAOiGCgAQewEAVnsBAFh7AQCpewEAs3sBAPx7AQC6ewEAcosKAAV8AQBPfAEAVXwBAKJ8AQCufAEA9XwBAPx8AQBIfQEATX0BAJt9AQCnfQEA7n0BAPF9AQBBfgEATn4BAJR+AQCZfgEA534BAPF+AQA6fwEAUH8BAI1/AQCPfwEA4H8BAOp/AQAzgAEAQoABAIaAAQCRgAEACSsOAOWAAQAsgQEAOYEBAH+BAQCNgQEA0oEBAN6BAQAlggEALIIBAFwrDgB9ggEAy4IBAISCAQBzag0AhoIBAHv2AwDNggEAUGIDANCCAQAQoAkA4oIBAB6DAQAsgwEAcYMBAH6DAQDEgwEAzIMBABeEAQAhhAEAw78GACeEAQBqhAEAbIQBAL2EAQDLhAEAEIUBACGFAQCvKw4AaoUBAAIsDgC7hQEACYYBAA+GAQBchgEAZIYBAK+GAQC4hgEAAocBAAWHAQBVhwEAYYcBAKiHAQCuhwEA+4cBAAOIAQBOiAEAbYgBAKgsDgCjiAEA9IgBAAKJAQBHiQEAWIkBAPssDgChiQEATi0OAPKJAQBAigEARooBAJOKAQCbigEA5ooBAO+KAQA5iwEAPIsBAIyLAQCYiwEA34sBAOWLAQD0LQ4ANIwBAIWMAQCOjAEA2IwBAOKMAQArjQEANo0BAH6NAQCKjQEA0Y0BAN6NAQAkjgEALo4BAHeOAQCFjgEAyo4BANmOAQAdjwEAH48BAHCPAQB6jwEAw48BANGPAQAWkAEAG5ABAGmQAQB2kAEAvJABAMSQAQAPkQEAH5EBAGKRAQBkkQEAtZEBAMORAQAIkgEAGZIBAEcuDgBikgEAmi4OALeSAQABkwEABJMBAFSTAQBgkwEAp5MBAK2TAQD6kwEAB5QBAE2UAQBPlAEAoJQBALaUAQDzlAEA/5QBAO0uDgBSlQEAmZUBAJ+VAQDslQEA75UBAD+WAQBNlgEAkpYBAJeWAQDllgEA8pYBADiXAQBAlwEAQC8OAJiXAQDelwEA7JcBADGYAQBHmAEAhJgBAI2YAQDXmAEA7ZgBACqZAQAymQEAfZkBAICZAQDQmQEA2ZkBACOaAQAkmgEAdpoBAHeaAQDJmgEAzpoBABybAQAimwEAb5sBAHmbAQDCmwEAzpsBABWcAQAcnAEAaJwBAHCcAQC7nAEAvZwBAA6dAQAPnQEAYZ0BAG+dAQC0nQEAvJ0BAAeeAQAingEAWp4BAGaeAQCtngEAs54BAACfAQADnwEAU58BAGGfAQCmnwEAq58BAPmfAQAGoAEATKABAFSgAQCfoAEAraABAPKgAQD1oAEAky8OAEihAQCYoQEASaEBANSLCABRoQEA8XsIAFOhAQDpbAwAWKEBALWXDACboQEA66EBAPyhAQA+ogEAWqIBAJGiAQCZogEA5i8OAPWiAQA3owEAP6MBAIqjAQCQowEA3aMBAOKjAQAwpAEAOaQBAIOkAQCNpAEA1qQBAOSkAQAppQEANqUBAHylAQCIpQEAz6UBANKlAQAipgEAPqYBADkwDgB4pgEAyKYBAImmAQBG2gMA1KYBABunAQAhpwEAbqcBAHinAQCMMA4AxqcBABSoAQAhqAEAZ6gBAG+oAQABOA4Ac6gBALqoAQB3qAEANq8BAMCoAQANqQEAE6kBAGCpAQBlqQEAs6kBALmpAQDfMA4AEKoBANqICgAUqgEAWaoBAGqqAQAyMQ4As6oBAIUxDgAHqwEA2DEOAGCrAQClqwEArKsBAPirAQAArAEAS6wBAFisAQCerAEAo6wBAPGsAQD7rAEARK0BAEytAQCXrQEAna0BAOqtAQDsrQEAPa4BAEuuAQCQrgEAk64BAOOuAQDvrgEAKzIOADivAQCJrwEAl68BANyvAQDtrwEAfjIOADawAQDRMg4AiLABANWwAQDbsAEAKLEBAC2xAQB7sQEAgbEBACQzDgDQsQEAIbIBANexAQDDQgwA2rEBADQFBQA8sgEAdLIBAHayAQDHsgEA4bIBABqzAQAnswEAuI8IACuzAQBtswEAb7MBAMCzAQDNswEAE7QBACq0AQBmtAEAgLQBALm0AQC7tAEADLUBAA+1AQBftQEAYrUBALK1AQC+tQEABbYBAAu2AQBYtgEAYrYBAHczDgCwtgEA/rYBAAu3AQBRtwEAXbcBAKS3AQCqtwEA97cBAP23AQBKuAEAT7gBAJ24AQCjuAEAyjMOAPe4AQAtzgwA+bgBAFqQAwD9uAEAOJACAAG5AQAXkQsABrkBAEO5AQBEuQEAlrkBAFm5AQCGawQAmLkBAOm5AQCkuQEAcsMCAO+5AQA8ugEASroBAI+6AQCSugEA4roBAOe6AQA1uwEAQrsBAIi7AQCYuwEA27sBAN27AQAuvAEAPLwBAIG8AQCSvAEAHTQOANq8AQAnvQEAM70BAHA0DgCLvQEAzb0BANe9AQAgvgEALr4BAHO+AQB0vgEAxr4BANe+AQAZvwEAJb8BAGy/AQB8vwEAv78BAMG/AQASwAEAIMABAGXAAQB2wAEAwzQOAL7AAQALwQEAF8EBABY1DgBkwQEAscEBALfBAQAEwgEACcIBAFfCAQBdwgEAvDUOALLCAQD9wgEAB8MBAMuIDAAWwwEAUMMBAFnDAQCjwwEArcMBAPbDAQD+wwEAScQBAE3EAQCcxAEAnsQBAO/EAQDyxAEAQsUBAF7FAQAPNg4AqMUBAOjFAQDpxQEAO8YBAEfGAQCOxgEAncYBAOHGAQDrxgEANMcBAEDHAQCHxwEAjscBAGI2DgDgxwEAUR4LAO3HAQAtyAEAPMgBAIDIAQCMyAEA08gBANTIAQAmyQEAMMkBAHnJAQCHyQEAzMkBANHJAQAfygEALMoBAAg3DgB6ygEAxcoBANHKAQAYywEAK8sBAGvLAQBsywEAvssBAMrLAQARzAEAIMwBAGTMAQBuzAEAt8wBAMPMAQAKzQEAEc0BAFs3DgBuzQEAsM0BALzNAQADzgEAE84BAFbOAQBgzgEAqc4BALHOAQD8zgEAJ88BAE/PAQAozwEA2dMBAHrPAQCizwEAqs8BAPXPAQD7zwEASNABAFbQAQCb0AEAstABAO7QAQD50AEAQdEBAEvRAQCU0QEAvtEBAOfRAQDv0QEAOtIBAErSAQCN0gEAj9IBAODSAQDu0gEAM9MBAETTAQBUOA4AjdMBAKc4DgAE1AEALNQBADTUAQB/1AEAhdQBANLUAQDg1AEAJdUBADzVAQB41QEAg9UBAMvVAQDV1QEAHtYBAEjWAQBx1gEAedYBAMTWAQDU1gEAF9cBABnXAQBq1wEAeNcBAL3XAQDO1wEA+jgOABfYAQBNOQ4AZdgBALbYAQDE2AEACdkBABrZAQCgOQ4AY9kBAPM5DgC32QEARjoOAAraAQCZOg4AV9oBAKjaAQC22gEA+9oBAAzbAQDsOg4AVNsBAKHbAQCt2wEAPzsOAP3bAQBH3AEAVNwBAJrcAQCo3AEA7dwBAPfcAQBA3QEAWt0BAJPdAQCW3QEA5t0BAO3dAQA53gEAWd4BAIzeAQCm3gEAkjsOAOzeAQAy3wEA8N4BAMo0AgD13gEAYooCAEDfAQCF3wEAj98BANjfAQDy3wEAK+ABADvgAQB+4AEAhOABANHgAQDT4AEAJOEBADrhAQB34QEAg+EBAMrhAQDO4QEAHeIBACLiAQBw4gEAduIBAMPiAQDj4gEAFuMBADDjAQBp4wEAa+MBALzjAQC/4wEAD+QBABLkAQBi5AEAbuQBALXkAQC75AEACOUBABLlAQDlOw4AYOUBAK7lAQC75QEAAeYBAA3mAQBU5gEAZ+YBAKfmAQC25gEA+uYBAAbnAQBN5wEATucBAKDnAQCq5wEA8+cBAAHoAQBG6AEAS+gBAJnoAQCm6AEAODwOAO3oAQBhsQoA7ugBACHGCgDv6AEAhfMKAPHoAQCdvgwA8ugBAOdNCADz6AEA5LYKAPboAQBpnQsA9+gBAMG7CgD46AEAiNYJAPnoAQBFYgoA+ugBAJUzCgD76AEA2MoEAPzoAQA/6QEABOkBANVODwAG6QEAQxkMAAjpAQA+Tg0AD+kBAF4hDAAX6QEAlSUMACrpAQBNoQsAMekBAPvnCwBB6QEAkukBAFDpAQCh6AsAoOkBAOXpAQD26QEAizwOAD/qAQDePA4Al+oBAN7qAQDt6gEAMesBADvrAQCE6wEAkOsBANfrAQCn6wEAGNgLAN7rAQCEPQ4ALOwBAH3sAQCO7AEA0OwBANnsAQAj7QEAL+0BAHbtAQB57QEAye0BANHtAQAc7gEAJu4BAG/uAQB07gEAwu4BAMruAQAV7wEALu8BAGjvAQB07wEAu+8BAMPvAQAqPg4AFvABAH0+DgBk8AEAtPABALfwAQAH8QEAE/EBAFrxAQBg8QEArfEBALfxAQDQPg4ABfIBAFPyAQBg8gEApvIBAK7yAQAjPw4A//IBAEzzAQBS8wEAn/MBAKTzAQDy8wEA+PMBAHY/DgBN9AEAyT8OAJr0AQAnhQkAnfQBAOv0AQCk9AEAcj8JAPX0AQA+9QEA+vQBALhDBwBG9QEAICULAFr1AQCR9QEAmfUBABxADgDp9QEAN/YBAE32AQCK9gEAi/YBAN32AQDf9gEAMPcBADb3AQCD9wEAj/cBANb3AQDd9wEAKfgBADH4AQB8+AEAhfgBAM/4AQDS+AEAIvkBADD5AQB1+QEAgvkBAMj5AQDf+QEAG/oBACP6AQBu+gEAevoBAGf7AQCZ+gEAwfoBAOz6AQAU+wEAOPsBAG9ADgCE+wEAuvsBAMP7AQCz/AEAy/sBAA38AQA7/AEAYPwBAIT8AQDCQA4AtfwBAAb9AQAX/QEAWf0BAIf9AQCs/QEA0P0BABVBDgAF/gEAANYFAAj+AQBS/gEAC/4BAEHXDABc/gEApf4BAF/+AQDI3QUAYP4BABeKDACt/gEA+P4BAPz+AQBL/wEATf8BAJ7/AQCh/wEA8f8BAA0AAgBoQQ4ASQACAEedCgBOAAIAYBALAFAAAgCXAAIAVAACAMfNCQC0AAIA6gACAPMAAgA9AQIAPwECAJABAgChAQIAu0EOAOgBAgA2AgIAPwICAIkCAgCaAgIA3AICAOMCAgAvAwIANwMCAIIDAgBJAwIAmyMCAI8DAgAoBAIAkQMCAHQFAgCbAwIA1QMCAOEDAgAOQg4ALQQCAHsEAgCFBAIAzgQCANYEAgBhQg4ALQUCALRCDgB5BQIAxwUCANQFAgAaBgIAJAYCAG0GAgBvBgIAwAYCAM4GAgATBwIAIAcCAAdDDgBrBwIAuQcCAMYHAgAMCAIAFggCAF8IAgBhCAIAsggCAMAIAgAFCQIAEgkCAFpDDgBeCQIAZ64MAGUJAgCrCQIAtQkCAK1DDgAGCgIAUQoCAFMKAgCKqQwAaAoCAKQKAgCpCgIA9woCAAELAgBKCwIAUgsCAABEDgCnCwIA8AsCAPwLAgBDDAIARgwCAJYMAgCgDAIA6QwCAAMNAgA8DQIAUw0CAI8NAgCUDQIA4g0CAP4NAgBTRA4APw4CAIgOAgBGDgIAux8HAJQOAgDbDgIA3g4CAC4PAgA4DwIAgQ8CAJsPAgDUDwIA2g8CACcQAgApEAIAehACAIgQAgDNEAIA0BACACARAgAsEQIAcxECAHYRAgDGEQIA6RECAKZEDgAbEgIAbBICAHoSAgC/EgIAwhICABITAgAeEwIAZRMCAGgTAgD5RA4AwxMCAAsUAgARFAIAXhQCAGMUAgCxFAIAtRQCAAQVAgAHFQIATEUOAFgVAgBQfQsAWhUCAGI9DQBdFQIAqhUCAGAVAgBANg0AYRUCADQaAgBjFQIAciMNAGUVAgD9Gw0AZhUCAO4pDQBnFQIAdkYNAG4VAgChnAoAcRUCAPAYDAC2FQIA/RUCACYWAgBQFgIAXBYCAKMWAgCyFgIA9hYCAAAXAgBJFwIATBcCAJwXAgC2FwIA7xcCAPkXAgBCGAIARxgCAJUYAgCfGAIA6BgCAPMYAgA7GQIAQRkCAI4ZAgCTGQIA4RkCAOUZAgCfRQ4AORoCAIcaAgBCGgIAvTANAJEaAgDaGgIA5RoCAC0bAgAzGwIAgBsCAIUbAgDTGwIA1xsCAPJFDgArHAIAIasCAC0cAgDT1QsALhwCANUXCwAwHAIAP5wMAEAcAgB5HAIAgxwCAMwcAgDXHAIAHx0CACUdAgByHQIAdx0CAMUdAgDJHQIAGB4CADseAgBFRg4AbR4CAL4eAgBuHgIAiHwKAHAeAgDyHAgAdB4CANspCgB3HgIAfycCAHkeAgBurQwAyx4CABROAgDMHgIAER8CABQfAgBkHwIAcB8CALcfAgDPHwIACiACABYgAgBdIAIAYyACALAgAgC2IAIAAyECAAghAgBWIQIAXCECAJhGDgCzIQIA/CECAAciAgBPIgIAVSICAKIiAgCnIgIA9SICAPkiAgBIIwIASyMCAOtGDgClIwIA7iMCAPkjAgBBJAIARyQCAJQkAgCZJAIA5yQCAOskAgA+Rw4AOyUCAI0lAgCZJQIA4CUCAOwlAgAzJgIAOSYCAIYmAgCMJgIA2SYCAN4mAgAsJwIAMicCAJFHDgCBJwIADecEAIYnAgCd9gQAjicCAHNkAgCPJwIA0icCAN4nAgAlKAIAKygCAHgoAgCEKAIAyygCANgoAgAeKQIALSkCAHEpAgB9KQIAxCkCANApAgAXKgIAHSoCAGoqAgBwKgIAvSoCAMIqAgAQKwIAFisCAORHDgBtKwIAMW4HAHkrAgC2KwIAfCsCAAlVCADCKwIACSwCABEsAgDx9w4AFSwCAFwsAgBiLAIArywCALUsAgACLQIABy0CAFUtAgBbLQIAN0gOALAtAgCJTQ8Asi0CAPstAgABLgIATi4CAAcuAgD+AgMAXC4CAKEuAgC6LgIA9C4CAP0uAgBHLwIAUS8CAJovAgCmLwIA7S8CAPkvAgBAMAIARjACAJMwAgCZMAIA5jACAOswAgA5MQIAPzECAIpIDgCYMQIA3zECAOkxAgAyMgIAPTICAIUyAgCKMgIA2DICAN8yAgArMwIANzMCAH4zAgCEMwIA0TMCANczAgAkNAIAKTQCAHc0AgB9NAIA3UgOANs0AgAdNQIAHjUCAHA1AgAjNQIATToCAHU1AgDDNQIA0TUCABY2AgAjNgIAaTYCAHM2AgC8NgIAyDYCAA83AgAVNwIAYjcCAG43AgC1NwIAyDcCAAg4AgAXOAIAWzgCAGc4AgCuOAIArzgCAAE5AgALOQIAVDkCAGI5AgCnOQIArDkCAPo5AgAHOgIAMEkOAFk6AgCgOgIAsDoCAPM6AgD/OgIARjsCAEw7AgCZOwIApTsCAOw7AgD5OwIAPzwCAE48AgCSPAIAnjwCAOU8AgDxPAIAOD0CAEs9AgCLPQIAmj0CAN49AgDqPQIAMT4CADI+AgCEPgIAjj4CANc+AgDlPgIAKj8CAC8/AgB9PwIAij8CAINJDgDSPwIA7/sFANw/AgAjQAIA3T8CAEjyCADePwIAt40KADdAAgB2QAIAgkACAMlAAgDPQAIAHEECACJBAgBvQQIAdEECAMJBAgDIQQIA1kkOACFCAgBoQgIAdUICAKO8AgB7QgIAu0ICAMBCAgDqUwIAw0ICAHv9AgDHQgIADkMCABRDAgBhQwIAZ0MCALRDAgC5QwIAB0QCAA1EAgApSg4AZkQCAK1EAgCzRAIAAEUCAAVFAgBTRQIAWkUCAKZFAgC0RQIA+UUCABRGAgBMRgIAWkYCAJ9GAgCiRgIA8kYCAABHAgBFRwIASkcCAJhHAgClRwIA60cCAPdHAgA+SAIAREgCAJFIAgCXSAIA5EgCAOlIAgA3SQIAPUkCAHxKDgCPSQIA3UkCAOZJAgAwSgIAPUoCAINKAgCKSgIA1koCAOdKAgApSwIALksCAHxLAgCLSwIAz0sCANFLAgAiTAIAM0wCAHVMAgCBTAIAyEwCAM5MAgAbTQIAIU0CAG5NAgBzTQIAwU0CAMdNAgDPSg4AK04CAGdOAgBzTgIAuk4CAMZOAgANTwIAE08CAGBPAgBmTwIAs08CALhPAgAGUAIADFACACJLDgBfUAIAoYECAHBQAgCsUAIAtVACAP9QAgAVUQIAUlECAF5RAgClUQIAslECAPhRAgACUgIAS1ICAFdSAgCeUgIApFICAPFSAgD3UgIARFMCAElTAgCXUwIAnVMCAHVLDgDzUwIAPVQCAEdUAgCQVAIAlVQCAONUAgDzVAIANlUCAE9VAgCJVQIAjlUCANxVAgDlVQIAL1YCADxWAgCCVgIAiVYCANVWAgDYVgIAKFcCADRXAgB7VwIAjlcCAM5XAgDdVwIAIVgCAC1YAgB0WAIAdVgCAMdYAgDRWAIAGlkCAChZAgBtWQIAclkCAMBZAgDNWQIAyEsOABZaAgBmWgIAaVoCALlaAgDGWgIAOUwKAMhaAgAMWwIADlsCAF9bAgBiWwIAslsCALxbAgAFXAIAEVwCAFhcAgBrXAIAq1wCALpcAgD+XAIACl0CAFFdAgBSXQIApF0CAK5dAgD3XQIABV4CAEpeAgBPXgIAnV4CAKpeAgAbTA4A8V4CAENfAgBPXwIAll8CAJxfAgDpXwIA618CADxgAgBGYAIAj2ACAJ1gAgDiYAIA52ACADVhAgBCYQIAiGECAJRhAgDbYQIA7mECAC5iAgA9YgIAgWICAI1iAgDUYgIA1WICACdjAgAxYwIAemMCAIhjAgDNYwIA0mMCACBkAgAtZAIAbkwOAHxkAgDGZAIAf2QCAEofCwDMZAIAGWUCABxlAgBsZQIAemUCAL9lAgDEZQIAEmYCAB9mAgBlZgIAcWYCALhmAgC+ZgIAC2cCABFnAgBeZwIAY2cCALFnAgC3ZwIAwUwOAAZoAgBXaAIAC2gCAMizCwBmaAIAqmgCAMpoAgD9aAIAAmkCAFBpAgBraQIAo2kCAK9pAgD2aQIA/GkCAElqAgBZagIAnGoCAK1qAgDvagIA9GoCAEJrAgBGawIAlWsCAKFrAgDoawIA7msCADtsAgBBbAIAjmwCAJNsAgDhbAIA52wCABRNDgBDbQIAUrEMAEptAgCHbQIAiG0CANptAgDrbQIALW4CADluAgCAbgIAlm4CANNuAgDfbgIAJm8CADNvAgB5bwIAg28CAMxvAgDYbwIAH3ACACZwAgBycAIAfnACAMVwAgDLcAIAGHECAB5xAgBrcQIAcHECAL5xAgDEcQIAZ00OABNyAgBq3QwAGnICAGRyAgBlcgIAt3ICALhyAgAKcwIAD3MCAF1zAgBjcwIAsHMCALpzAgADdAIAD3QCAFZ0AgBddAIAqXQCAK50AgD8dAIA/XQCAE91AgBbdQIAonUCAKh1AgD1dQIA93UCAEh2AgBSdgIAm3YCAKl2AgDudgIA83YCAEF3AgBOdwIAlHcCAKB3AgDndwIA+ncCADp4AgBJeAIAjXgCAJl4AgDgeAIA4XgCADN5AgA9eQIAhnkCAJR5AgDZeQIA3nkCACx6AgA5egIAuk0OAJB6AgDSegIA3noCACV7AgA8ewIAeHsCAHp7AgDLewIA3HsCAB58AgAgfAIAcXwCAHd8AgDEfAIA23wCABd9AgAgfQIAan0CAIB9AgC9fQIAyX0CABB+AgAdfgIAY34CAG1+AgC2fgIAwn4CAAl/AgAcfwIAXH8CAGt/AgCvfwIAu38CAAKAAgADgAIAVYACAF+AAgCogAIAtoACAPuAAgAAgQIAToECAFuBAgANTg4Ao4ECAPSBAgAIggIAR4ICAFWCAgCaggIAp4ICAO2CAgD0ggIAQIMCAEyDAgCTgwIApoMCAOaDAgDrgwIAOYQCAEKEAgCMhAIAloQCAN+EAgDkhAIAMoUCAEKFAgCFhQIAnoUCANiFAgDdhQIAK4YCADSGAgB+hgIAi4YCANGGAgDYhgIAJIcCACeHAgB3hwIAg4cCAMqHAgDdhwIAHYgCACyIAgBwiAIAfIgCAMOIAgDEiAIAFokCACCJAgBpiQIAd4kCALyJAgDBiQIAD4oCAByKAgBgTg4Ae4oCALWKAgDBigIACIsCAA6LAgBbiwIAa4sCAK6LAgCziwIAAYwCAAeMAgBUjAIAaowCAKeMAgCpjAIA+owCAASNAgBNjQIAWY0CAKCNAgCzjQIA840CAAKOAgBGjgIAUo4CAJmOAgCajgIA7I4CAPaOAgA/jwIATY8CAJKPAgCXjwIA5Y8CAPKPAgCzTg4AO5ACAOWjCwBCkAIA3fwMAESQAgDYrggARZACAKh5AwBHkAIAi5ACAJSQAgDekAIA5JACADGRAgA3kQIAhJECAJCRAgDXkQIA5JECACqSAgA0kgIAfZICAJOSAgDQkgIA1ZICACOTAgAqkwIAdpMCAISTAgDJkwIA2ZMCAByUAgAqlAIAb5QCAH6UAgDClAIAxJQCABWVAgAflQIAaJUCAHaVAgC7lQIAwJUCAA6WAgAblgIAYZYCAG2WAgC0lgIAx5YCAAeXAgAWlwIAWpcCAGaXAgCtlwIArpcCAACYAgAKmAIAU5gCAGGYAgCmmAIAq5gCAPmYAgAGmQIABk8OAE6ZAgCfmQIAWJkCAL2mCACwmQIA8pkCAPuZAgBFmgIAUZoCAJiaAgCkmgIA65oCAPGaAgA+mwIARJsCAJGbAgCWmwIA5JsCAOqbAgBZTw4AQ5wCAIqcAgCanAIA3ZwCAOucAgAwnQIAPZ0CAIOdAgCPnQIA1p0CAN2dAgApngIAMZ4CAKxPDgCFngIAlXENAImeAgDiswIAjZ4CAM+eAgDgngIAIp8CACqfAgB1nwIALp8CABRiCwB/nwIAyJ8CAM2fAgAboAIAI6ACAG6gAgBwoAIAwaACAHegAgBEpgIAyaACABShAgAqoQIAZ6ECAHOhAgC6oQIA0KECAA2iAgAmogIAYKICAGyiAgCzogIAuaICAAajAgAOowIAWaMCAGmjAgCsowIAtaMCAP+jAgAMpAIAUqQCAGGkAgClpAIAr6QCAPikAgAGpQIAS6UCAFClAgCepQIAq6UCAPGlAgD5pQIA/08OAFGmAgCXpgIAnqYCAOqmAgD2pgIAPacCAE2nAgCQpwIAnqcCAOOnAgDwpwIANqgCAEKoAgCJqAIAkKgCANyoAgDkqAIAUlAOADupAgCCqQIAjKkCANWpAgDgqQIAKKoCAC2qAgB7qgIAgqoCAM6qAgDWqgIApVAOACmrAgB0qwIAhKsCAMerAgDTqwIAGqwCAB6sAgBtrAIAdawCAMCsAgDCrAIAE60CABmtAgBmrQIAfa0CALmtAgDCrQIADK4CACKuAgBfrgIAa64CALKuAgC/rgIABa8CAA+vAgBYrwIAW68CAKuvAgCzrwIA/q8CAAiwAgBRsAIAVrACAKSwAgCssAIA97ACAAexAgBKsQIAU7ECAJ2xAgCqsQIA8LECAP+xAgBDsgIATbICAJayAgCksgIA6bICAO6yAgA8swIASbMCAI+zAgCXswIA+FAOAO+zAgA1tAIAAbQCAAVOBAA6tAIAiLQCAJK0AgDbtAIA47QCAC61AgDytAIA4hMNADS1AgCBtQIAPLUCABNuCwA9tQIAt6IHAD61AgA0wAIAP7UCABktCgCNtQIA1LUCANa1AgB+RwsA27UCACe2AgAztgIAerYCAIm2AgDNtgIA3rYCACC3AgAitwIAc7cCAHm3AgDGtwIA0rcCABm4AgAhuAIAS1EOAHK4AgCeUQ4Ay7gCAPFRDgAVuQIAl1IOAGi5AgDqUg4AarkCAE0sBAC7uQIAc38KAMW5AgALugIAFboCAF66AgBgugIAsboCAMS6AgAEuwIAELsCAFe7AgBduwIAqrsCALC7AgD9uwIAArwCAFC8AgBWvAIAPVMOAK28AgD2vAIA+LwCAEm9AgBTvQIAnL0CAKq9AgDvvQIA9L0CAEK+AgBPvgIAlb4CAKG+AgDovgIA7r4CADu/AgBBvwIAjr8CAJO/AgDhvwIA578CAJBTDgBCwAIAh8ACAJTAAgDawAIA4cACAC3BAgA1wQIAgMECAIHBAgDR+wkAg8ECANPBAgCWwQIA3/kJAOfBAgAmwgIAPMICAHnCAgCSwgIAzMICANHCAgAfwwIAMMMCAONTDgCDwwIAxcMCAMfDAgAYxAIAIsQCAGvEAgB5xAIAvsQCAMPEAgARxQIAHsUCAGTFAgBsxQIAt8UCAMPFAgAKxgIAx8UCAFbHAgAQxgIAXcYCAGPGAgCwxgIAtcYCAAPHAgAJxwIANlQOAFjHAgCpxwIAt8cCAPzHAgANyAIAiVQOAFbIAgDcVA4AqsgCAPXIAgDnyAIA9HkPAAPJAgBIyQIABMkCAHjOAgBVyQIAm8kCAKrJAgDuyQIA88kCAEHKAgBXygIAlMoCAJXKAgDnygIA6coCADrLAgBEywIAjcsCAJvLAgDgywIA+csCADPMAgBEzAIAhswCAJLMAgDZzAIA4cwCANVVDgBAzQIAf80CAIDNAgDSzQIA3s0CACXOAgAozgIAKFYOAHrOAgDLzgIA2M4CAB7PAgArzwIAcc8CAHbPAgDEzwIAzs8CABfQAgAf0AIAatACAHrQAgC90AIAy9ACABDRAgAd0QIAY9ECAGrRAgC20QIAvtECAAnSAgAM0gIAXNICAHDSAgCv0gIAxdICAALTAgAb0wIAVdMCAFrTAgCo0wIAudMCAHtWDgAD1AIAzlYOAAfUAgBhvwgAF9QCAKqzDwBb1AIAodQCAKjUAgD01AIAANUCAEfVAgBX1QIAmtUCAKjVAgDt1QIA+tUCAEDWAgBM1gIAk9YCAJrWAgAhVw4A6NYCADnXAgDr1gIAFtUDAEbXAgCM1wIAmdcCAN/XAgDk1wIAMtgCADzYAgCF2AIAjdgCANjYAgDh2AIAK9kCAC7ZAgB+2QIAitkCAHRXDgDW2QIAJNoCAN3ZAgB3VgkAKdoCAHfaAgB/2gIAytoCAODaAgAd2wIAH9sCAHDbAgB92wIAw9sCANfbAgDHVw4AG9wCAGncAgBx3AIAXE4JAHPcAgC83AIAxNwCAA/dAgAb3QIAYt0CAG/dAgC13QIAut0CAAjeAgAR3gIAW94CAHLeAgCu3gIAud4CABpYDgAP3wIAVN8CAFffAgCn3wIAqt8CAPrfAgAI4AIATeACAFrgAgCg4AIAt+ACAPPgAgD74AIARuECAEzhAgCZ4QIApeECAOzhAgD24QIAP+ICAEjiAgCS4gIAmOICAOXiAgDy4gIAbVgOAETjAgCL4wIARuMCAAFbCQCa4wIA3uMCAO/jAgAx5AIAM+QCAITkAgCK5AIA1+QCAOPkAgAq5QIAMeUCAH3lAgCF5QIA0OUCANLlAgAj5gIAMOYCAHbmAgB95gIAyeYCANHmAgAc5wIAKecCAG/nAgB05wIAwucCAMznAgAV6AIAHegCAGjoAgBx6AIAu+gCAL7oAgAO6QIAGukCAGHpAgBo6QIAwFgOAMHpAgAH6gIAyukCAOTuAgDq6QIAOF8JACLqAgBa6gIAXOoCAK3qAgC+6gIAAOsCAA7rAgBT6wIAWusCAKbrAgCu6wIA+esCAP7rAgBM7AIATewCAJ/sAgCr7AIA8uwCAPjsAgBF7QIAR+0CAJjtAgCi7QIA6+0CAPntAgA+7gIAQ+4CAJHuAgCe7gIAE1kOAOXuAgA37wIAPO8CAIrvAgCQ7wIA3e8CAOfvAgAw8AIAPPACAIPwAgCK8AIA1vACAN7wAgAp8QIAK/ECAHzxAgCJ8QIAz/ECANbxAgAi8gIAKvICAHXyAgCC8gIAyPICAM3yAgAb8wIAJfMCAG7zAgB28wIAwfMCAMrzAgAU9AIAF/QCAGf0AgBz9AIAuvQCAMH0AgBmWQ4AGfUCAEdRCQAh9QIAYPUCAG31AgCz9QIAvfUCAAb2AgAI9gIAWfYCAGz2AgCs9gIAtPYCAP/2AgAL9wIAUvcCAFj3AgCl9wIAq/cCAPj3AgD99wIAS/gCAFH4AgC5WQ4ArPgCAPH4AgAA+QIARPkCAGD5AgCX+QIAZPkCAGg7AwCf+QIADFoOAPP5AgA9+gIASvoCAJD6AgCa+gIA4/oCAPH6AgA2+wIATPsCAIn7AgCV+wIA3PsCAOT7AgBfWg4ANfwCAIL8AgCI/AIA1fwCANr8AgAo/QIALv0CALJaDgCA/QIAzv0CANf9AgAh/gIAK/4CAHT+AgB8/gIAx/4CAMz+AgAa/wIAKv8CAG3/AgB1/wIAwP8CAMb/AgCyAQMA2f8CABMAAwAYAAMAZgADAG8AAwC5AAMAxgADAAwBAwATAQMAXwEDAGIBAwAFWw4AtAEDAAUCAwASAgMAWAIDAG8CAwCrAgMAtwIDAFhbDgAUAwMAUQMDAFIDAwCkAwMArgMDAPcDAwD/AwMASgQDAFQEAwCdBAMAogQDAPAEAwD4BAMAQwUDAEUFAwCWBQMARgUDAMYKAwBKBQMAZBgDAFkFAwCVEQMAnQUDAOkFAwDwBQMAPAYDAEQGAwCPBgMAkwYDAOIGAwDwBgMANQcDAD8HAwCIBwMAkwcDANsHAwDjBwMALggDADMIAwCBCAMAnAgDANQIAwDgCAMAJwkDAC0JAwB6CQMAigkDAM0JAwDeCQMAIAoDACUKAwBzCgMAdwoDAKtbDgDPCgMAGQsDADILAwBsCwMAdgsDAL8LAwDFCwMAEgwDABQMAwBlDAMAdAwDALgMAwDCDAMACw0DABMNAwBeDQMAYg0DALENAwC/DQMABA4DAA4OAwBXDgMAYg4DAKoOAwCyDgMA/Q4DAAIPAwBQDwMAaw8DAKMPAwCvDwMA9g8DAPwPAwBJEAMAWRADAJwQAwCtEAMA7xADAPQQAwBCEQMARhEDAP5bDgCeEQMA6BEDAPkRAwA7EgMARRIDAI4SAwCcEgMA4RIDAOISAwA0EwMARRMDAIcTAwCbEwMA2hMDAOITAwAtFAMAMRQDAIAUAwCOFAMA0xQDAN0UAwAmFQMAMRUDAHkVAwCBFQMAzBUDANEVAwAfFgMAOhYDAHIWAwB+FgMAxRYDAMsWAwAYFwMAKBcDAGsXAwB8FwMAvhcDAMMXAwARGAMAFRgDAFFcDgByGAMAtxgDANIYAwAKGQMAGBkDAF0ZAwBkGQMAsBkDALwZAwADGgMACxoDAKRcDgBkGgMAqRoDALMaAwD8GgMABxsDAE8bAwBXGwMAohsDAKcbAwD1GwMAEBwDAEgcAwBUHAMAmxwDAKEcAwDuHAMA/hwDAEEdAwBSHQMAlB0DAJkdAwDnHQMA6x0DAPdcDgBLHgMAjR4DAJUeAwDgHgMA4R4DADMfAwA4HwMAhh8DAJQfAwDZHwMA5h8DACwgAwA2IAMAfyADAIsgAwDSIAMA2CADACUhAwAtIQMAeCEDAH8hAwDLIQMA1yEDAB4iAwAkIgMAcSIDAH0iAwDEIgMA1CIDABcjAwAjIwMAaiMDAHAjAwC9IwMAySMDABAkAwAdJAMAYyQDAHIkAwC2JAMAwiQDAEpdDgAMJQMAXCUDAF8lAwCvJQMAvSUDAAImAwAZJgMAVSYDAGImAwCoJgMAviYDAPsmAwAHJwMATicDAFsnAwChJwMAqycDAPQnAwD8JwMARygDAFEoAwCaKAMAnygDAO0oAwD1KAMAQCkDAEwpAwCTKQMAoCkDAOYpAwDwKQMAOSoDAD8qAwCMKgMAoCoDAN8qAwDnKgMAMisDAEArAwCFKwMAkisDANgrAwDgKwMAKywDADgsAwB+LAMAjCwDANEsAwDiLAMAJC0DACwtAwB3LQMAjS0DAMotAwDMLQMAHS4DAB4uAwCdXQ4Afi4DAMMuAwDSLgMAFi8DACIvAwBpLwMAcS8DAPBdDgDBLwMADzADABgwAwBiMAMAbzADALUwAwC8MAMACDEDAAsxAwBbMQMAYzEDAK4xAwCzMQMAATIDAAoyAwBUMgMAXjIDAKcyAwCvMgMA+jIDAP8yAwBNMwMAXTMDAKAzAwCoMwMA8zMDAPkzAwBGNAMASDQDAJk0AwCmNAMA7DQDAAM1AwA/NQMASzUDAENeDgCeNQMA5TUDAPw1AwA4NgMARDYDAIs2AwCRNgMA3jYDAOY2AwAxNwMAODcDAIQ3AwCSNwMA1zcDAPI3AwAqOAMAODgDAH04AwCEOAMA0DgDANw4AwAjOQMAKzkDAJZeDgCKOQMAyTkDANE5AwAcOgMASzoDAG86AwB7OgMAwjoDAMg6AwAVOwMAGjsDAOleDgB0OwMAuzsDAMI7AwAOPAMAFjwDAGE8AwBjPAMAtDwDAL48AwAHPQMADz0DADxfDgBoPQMA+EoDAGk9AwCtPQMArz0DAAA+AwARPgMAUz4DAGQ+AwCmPgMAsj4DAPk+AwAAPwMATD8DAFQ/AwCfPwMAyT8DAPI/AwD3PwMARUADAEZAAwCYQAMAokADAOtAAwD5QAMAPkEDAENBAwCRQQMAnkEDAORBAwAAQgMAN0IDAFNCAwCPXw4Al0IDAN1CAwDhQgMAMEMDADZDAwCDQwMAhUMDANZDAwDXQwMAKUQDAExEAwB8RAMAoEQDAM9EAwD5RAMAIkUDACpFAwB1RQMAekUDAMhFAwDVRQMAG0YDACNGAwBuRgMAcEYDAMFGAwDJRgMAFEcDAD5HAwBnRwMAdEcDALpHAwC/RwMADUgDABpIAwBgSAMAbEgDALNIAwDdSAMABkkDAA5JAwBZSQMAdEkDAKxJAwCuSQMA/0kDABBKAwBSSgMAW0oDAKVKAwCxSgMA4l8OAAVLAwBLSwMAUksDAJ5LAwCqSwMA8UsDAARMAwBETAMATEwDAJdMAwCcTAMA6kwDAPNMAwA9TQMAR00DAJBNAwCYTQMA400DAOhNAwA2TgMARk4DAIlOAwCRTgMA3E4DAPVOAwAvTwMANE8DAIJPAwCLTwMA1U8DAOJPAwAoUAMAL1ADAHtQAwB+UAMANWAOANBQAwAhUQMAK1EDAHRRAwB2UQMAx1EDAOBRAwAaUgMAHFIDAG1SAwBwUgMAwFIDAMxSAwATUwMAG1MDAIhgDgB6UwMAuVMDALxTAwAMVAMAFlQDAF9UAwBrVAMAslQDAMhUAwAFVQMADVUDAFhVAwBmVQMAq1UDAK5VAwD+VQMABlYDAFFWAwBUVgMApFYDAF9WAwBzXQMArlYDAPdWAwCvVgMA4lkDAPlWAwBKVwMAUFcDAJ1XAwCnVwMA8FcDAP5XAwBDWAMAUFgDAJZYAwCtWAMA6VgDAPFYAwA8WQMARVkDAI9ZAwCQWQMA22AOAOtZAwA1WgMAP1oDAIhaAwCSWgMA21oDAOlaAwAuWwMAO1sDAIFbAwCYWwMA1FsDANxbAwAnXAMALlwDAHpcAwB/XAMAzVwDANFcAwAgXQMALV0DAC5hDgCAXQMAxl0DAM5dAwAZXgMAH14DAGxeAwB4XgMAv14DAM5eAwASXwMAF18DAGVfAwCAXwMAuF8DAMRfAwALYAMAEWADAF5gAwByYAMAsWADALlgAwAEYQMAGmEDAFdhAwBcYQMAqmEDALFhAwD9YQMACWIDAIFhDgBXYgMAo2IDALFiAwD2YgMAA2MDAEljAwBgYwMAnGMDAKRjAwDvYwMA9WMDAEJkAwBOZAMAlWQDAJxkAwDoZAMA9mQDADtlAwA+ZQMAjmUDAJZlAwDhZQMA72UDADRmAwA3ZgMAh2YDAI9mAwDaZgMA62YDAC1nAwAyZwMAgGcDAIJnAwDTZwMA2mcDACZoAwA0aAMAeWgDAIZoAwDMaAMA42gDAB9pAwAnaQMAcmkDAHxpAwDFaQMA0GkDABhqAwAkagMAa2oDAHNqAwDUYQ4AwGoDABFrAwAbawMAZGsDAGZrAwC3awMAumsDAApsAwAWbAMAXWwDAGdsAwCwbAMAuGwDAANtAwARbQMAVm0DAGNtAwCpbQMAsW0DAPxtAwASbgMAT24DAFtuAwCibgMAuG4DAPVuAwD6bgMASG8DAE5vAwCbbwMAr28DACdiDgDxbwMAQXADAElwAwCUcAMAonADAOdwAwCqcAMAni8HAPRwAwA6cQMAQnEDAI1xAwCXcQMA4HEDAOtxAwAzcgMAP3IDAIZyAwCOcgMAemIOAN9yAwAscwMAMXMDAH9zAwCOcwMA0nMDAN5zAwAldAMAKHQDAHh0AwB7dAMAy3QDANN0AwAedQMAI3UDAHF1AwCBdQMAxHUDAMx1AwAXdgMAGnYDAGp2AwB0dgMAvXYDAL92AwAQdwMAFncDAGN3AwBtdwMAtncDAMR3AwAJeAMAFngDAFx4AwBzeAMAr3gDALd4AwACeQMAC3kDAFV5AwBWeQMAzWIOALR5AwD7eQMA/nkDAA+zCAAKegMATnoDAA56AwAsowgAWHoDAKF6AwCpegMADe4DAK16AwBF+gwAr3oDAPR6AwC9egMAZZYHAPl6AwBHewMAAXsDADnJBABUewMAmnsDAJ17AwAGHwkAoHsDALN4CACiewMA7XsDAKR7AwCfhAUApnsDAGpoBQDzewMA1ecFAPd7AwBAfAMA+3sDAP3kCABFfAMAk3wDAEx8AwDEGwQAm3wDAOZ8AwDpfAMAOX0DAEV9AwCMfQMAkn0DAN99AwD6fQMAMn4DAD5+AwCFfgMAi34DANh+AwDgfgMAK38DAC1/AwB+fwMAMH8DACSAAwCIfwMA0X8DANl/AwAgYw4AMYADAHeAAwB/gAMAyoADAM2AAwAdgQMAIoEDAHCBAwB/gQMAw4EDAOOBAwAWggMAIoIDAGmCAwBzggMAvIIDAMSCAwAPgwMAIYMDAMZjDgBsgwMAtYMDAMODAwAIhAMAFYQDAFuEAwByhAMAroQDALaEAwABhQMAEIUDAFSFAwBZhQMAp4UDALSFAwD6hQMAB4YDAE2GAwBZhgMAoIYDAK+GAwDzhgMA/YYDAEaHAwBUhwMAmYcDAJ6HAwDshwMA+YcDAD+IAwBCiAMAkogDAJqIAwDliAMA6ogDADiJAwBFiQMAi4kDAJOJAwDeiQMA54kDADGKAwA+igMAhIoDAJKKAwDXigMA6ooDACqLAwAyiwMAfYsDAISLAwDQiwMA1YsDACOMAwA5jAMAdowDAHiMAwDJjAMA14wDAByNAwApjQMAb40DAHeNAwDCjQMAxY0DABWOAwAajgMAaI4DAHeOAwC7jgMA244DAA6PAwAajwMAYY8DAGuPAwC0jwMAvI8DAAeQAwAZkAMAGWQOAGuQAwCtkAMAtJADAACRAwAIkQMAU5EDAGCRAwCmkQMAq5EDAPmRAwADkgMATJIDAFSSAwCfkgMAoZIDADwvCQCpkgMAhkgJAK6SAwDykgMAr5IDAF32BwD3kgMARZMDAFKTAwCYkwMApZMDAOuTAwD3kwMAPpQDAE2UAwCRlAMAm5QDAOSUAwDslAMAN5UDAEGVAwCKlQMAj5UDAN2VAwDllQMAbGQOADyWAwCDlgMAiZYDANaWAwDxlgMAKZcDADWXAwB8lwMAgpcDAM+XAwDrlwMAIpgDACqYAwC/ZA4AfZgDAMiYAwDSmAMAG5kDACaZAwBumQMAepkDAMGZAwDJmQMAEmUOACCaAwBnmgMAbZoDALqaAwDVmgMADZsDABmbAwBgmwMAZpsDALObAwC7mwMABpwDAAycAwBZnAMAYpwDAKycAwC5nAMA/5wDAAydAwBSnQMAYJ0DAKWdAwCynQMA+J0DAA+eAwBLngMAU54DAJ6eAwCjngMA8Z4DAK+eAwDjoAMA/p4DAESfAwBMnwMAl58DAKKfAwDqnwMA758DAD2gAwBAoAMAkKADAJqgAwBlZQ4A6KADADahAwBFoQMAiaEDAIuhAwDcoQMA7aEDAC+iAwBAogMAgqIDAJaiAwC4ZQ4A5qIDACijAwArowMAe6MDADCjAwBD6QYANaMDAPPtDACFowMAzqMDANCjAwAhpAMAK6QDAHSkAwCApAMAx6QDAO+kAwAapQMAJaUDAARaBABApQMAbaUDAJ6lAwDApQMA5qUDABOmAwA5pgMAZqYDAJimAwC5pgMA6aYDAAynAwAUpwMAX6cDAIenAwCypwMA5acDAAWoAwA1qAMAWKgDAGCoAwCrqAMAuqgDAP6oAwADqQMAUakDAFqpAwCkqQMAXqkDABmxAwC1qQMA96kDAP6pAwBKqgMAUqoDAJ2qAwCqqgMA8KoDAPWqAwBDqwMATasDAJarAwCeqwMA6asDAPOrAwCVtwMA+KsDADysAwBBrAMAj6wDAJysAwDirAMA76wDADWtAwBBrQMAiK0DAJetAwDbrQMA5a0DAC6uAwA2rgMAga4DAIuuAwDUrgMA2a4DACevAwAvrwMAC2YOAIavAwDNrwMA068DACCwAwA7sAMAc7ADAH+wAwDGsAMAzLADAF5mDgAmsQMAbLEDAHixAwC/sQMAzrEDABKyAwAcsgMAZbIDAHOyAwC4sgMAvbIDAAuzAwAYswMAXrMDAGazAwCxswMAu7MDAAS0AwAJtAMAV7QDAF+0AwCqtAMArbQDAP20AwAJtQMAULUDAFa1AwCjtQMAvrUDAPa1AwACtgMASbYDAE+2AwCctgMApLYDAO+2AwDxtgMAQrcDAEy3AwCxZg4Am7cDAOi3AwDqtwMAO7gDAEi4AwCOuAMAkbgDAOG4AwDyuAMANLkDADa5AwCHuQMAkbkDANq5AwDmuQMALboDADW6AwAEZw4AhboDANO6AwDWugMAJrsDADC7AwB5uwMAgbsDAMy7AwDZuwMAH7wDACG8AwByvAMAiLwDAMW8AwDRvAMAV2cOADS9AwBrvQMAh70DAKpnDgDDvQMAEb4DAB6+AwBkvgMAcb4DALe+AwDDvgMACr8DABm/AwBdvwMAZ78DALC/AwC+vwMAA8ADAAjAAwBWwAMAY8ADAKnAAwDCwAMA/MADAP7AAwBPwQMAVsEDAP1nDgC/wQMA9cEDAAbCAwBIwgMAVMIDAJvCAwCuwgMA7sIDAP3CAwBBwwMATcMDAJTDAwCVwwMA58MDAPHDAwA6xAMASMQDAI3EAwCSxAMA4MQDAO3EAwBQaA4AOMUDAIbFAwCTxQMA2cUDAObFAwAsxgMAOMYDAH/GAwCOxgMA0sYDANzGAwAlxwMAM8cDAHjHAwB9xwMAy8cDANjHAwAeyAMAJsgDAHHIAwB7yAMAxMgDAMnIAwAXyQMAH8kDAElpDgBsyQMAvckDAMvJAwAQygMAIcoDAJxpDgBqygMA72kOALvKAwAJywMAEcsDAFzLAwBrywMAr8sDALTLAwACzAMAD8wDAFXMAwBizAMAqMwDALTMAwD7zAMACs0DAE7NAwBYzQMAlWoOAKPNAwC+KwwAp80DAFm+CgC0zQMA9M0DAAPOAwBHzgMAU84DAJrOAwCbzgMA7c4DAPfOAwBAzwMATs8DAJPPAwCYzwMA5s8DAPPPAwDoag4APdADAIzQAwCX0AMA39ADAO3QAwAy0QMAQ9EDAIXRAwCR0QMA2NEDAODRAwA7aw4AMNIDAH7SAwCL0gMA0dIDAN7SAwAk0wMAMNMDAHfTAwCG0wMAytMDANTTAwAd1AMAK9QDAHDUAwB91AMAw9QDANrUAwCOaw4AI9UDAGnVAwB21QMAvNUDAMjVAwAP1gMAHtYDAGLWAwBs1gMAtdYDAMPWAwAI1wMA0dYDABFICAAN1wMAW9cDAGjXAwCu1wMAttcDAAHYAwAH2AMAVNgDAGDYAwCn2AMAt9gDAPrYAwAD2QMATdkDAFDZAwCg2QMArNkDAPPZAwD62QMA4WsOAFPaAwCZ2gMAqNoDAOzaAwDt2gMAP9sDAFbbAwCS2wMArNsDAOXbAwDx2wMAONwDAEvcAwCL3AMAmtwDAN7cAwDq3AMAMd0DADLdAwCE3QMAjt0DANfdAwDl3QMAKt4DAC/eAwB93gMAit4DADRsDgDq3gMAI98DADLfAwB23wMAeN8DAMnfAwB73wMA8uUDANbfAwAc4AMAKeADAG/gAwB04AMAwuADAMzgAwAV4QMAJOEDAGjhAwBt4QMAu+EDAMjhAwAO4gMAG+IDAGHiAwBt4gMAtOIDAMPiAwAH4wMAEeMDAFrjAwBn4wMAreMDALLjAwAA5AMABOQDAFPkAwBf5AMApuQDAKzkAwD55AMA/+QDAEzlAwBR5QMAn+UDAKXlAwCHbA4A/+UDAEXmAwBS5gMAmOYDAKTmAwDr5gMA+uYDAD7nAwBI5wMAkecDAJ/nAwDk5wMA6ecDADfoAwBE6AMAiugDAJHoAwDd6AMA4ugDADDpAwA86QMAg+kDAIbpAwDW6QMA4+kDACnqAwAu6gMAfOoDAIbqAwDP6gMA2+oDACLrAwA16wMAdesDAIPrAwDI6wMAy+sDABvsAwAl7AMAbuwDAHrsAwDB7AMAx+wDABTtAwAa7QMAZ+0DAGztAwC67QMAwO0DANpsDgAX7gMA2BYGABnuAwAZ6AcAHO4DAGDuAwBi7gMAs+4DAMTuAwAG7wMAF+8DAFnvAwBh7wMArO8DALzvAwD/7wMAAfADAFLwAwBg8AMApfADALbwAwAtbQ4A//ADAIBtDgBM8QMAnvEDAKPxAwDx8QMA9/EDAETyAwBO8gMAl/IDAKPyAwDq8gMA8PIDAD3zAwBD8wMAkPMDAJXzAwDj8wMA6fMDANNtDgBE9AMAifQDAKL0AwDc9AMA3fQDAC/1AwBM9QMAgvUDAJz1AwDV9QMA2PUDACj2AwAt9gMAzG4OAJT2AwDO9gMA1PYDACH3AwDk9gMASGgEACP3AwB09wMAevcDAMf3AwDb9wMAGvgDACL4AwBt+AMAevgDAMD4AwDF+AMAE/kDAB35AwBm+QMAbvkDALn5AwDK+QMADPoDABH6AwBf+gMAYfoDALL6AwC5+gMABfsDABH7AwBY+wMAX/sDAKv7AwDH+wMA/vsDAAb8AwAfbw4AVvwDAKT8AwCm/AMA9/wDAP78AwBK/QMAWP0DAJ39AwCq/QMA8P0DAAf+AwBD/gMAS/4DAJb+AwCg/gMA6f4DAKz+AwARZAQA9P4DADz/AwBI/wMAj/8DAJf/AwBybw4A4/8DADUABAA6AAQAiAAEAIsABADbAAQA5QAEAC4BBABFAQQAgQEEAIcBBADUAQQA4AEEACcCBAAqAgQAegIEAJcCBADNAgQA3gIEACADBAA/AwQAcwMEAHsDBADGAwQAyAMEABkEBAAoBAQAbAQEAHYEBAC/BAQAzQQEABIFBAAtBQQAZQUEAHEFBAC4BQQAwAUEAMVvDgAXBgQAXgYEAG0GBACxBgQAtgYEAAQHBAAKBwQAVwcEAF4HBACqBwQAsgcEAP0HBAD/BwQAUAgEAFcIBACjCAQApQgEAPYIBAD3CAQASQkEAFMJBACcCQQAqAkEAO8JBAD1CQQAQgoEAFwKBACVCgQAnQoEAOgKBAD+CgQAOwsEAEkLBACOCwQAkQsEAOELBADkCwQANAwEAEIMBACHDAQAlAwEANoMBADxDAQALQ0EADUNBACADQQAgg0EANMNBADbDQQAJg4EAD0OBAB5DgQAhQ4EAMwOBADiDgQAHw8EACcPBAByDwQAgA8EAMUPBADPDwQAGBAEACAQBABrEAQAchAEAL4QBADKEAQAEREEABIRBABkEQQAcBEEALcRBADEEQQAChIEABESBABdEgQAYBIEALASBAC4EgQAAxMEAAgTBABWEwQAYxMEAKkTBADXEwQA/BMEAAQUBAAYcA4AVxQEAP+iDgBrFAQAohQEAKoUBABrcA4AAxUEAEgVBABKFQQAmxUEAKwVBADuFQQA9hUEAEEWBABNFgQAlBYEAJoWBADnFgQA7RYEADoXBAA/FwQAjRcEAJMXBAC+cA4A5RcEADMYBADsFwQAnH4LADsYBACGGAQAixgEACoOCQCMGAQArgAKAJIYBADyuwkAlRgEANkYBACXGAQAFv4JAN4YBAAsGQQA3xgEAMkWCAA5GQQAfxkEAIwZBADSGQQA3hkEACUaBAA0GgQAeBoEAIIaBAAKcg4A1RoEAB4bBAAjGwQAcRsEAHkbBABdcg4AyhsEABccBAAtHAQAahwEAHgcBAC9HAQAyhwEABAdBAASHQQAYx0EAG0dBAC2HQQAwh0EAAkeBAAQHgQAXB4EAGQeBACvHgQAth4EAAIfBAALHwQAVR8EAGEfBACoHwQAsB8EAANzDgAAIAQATiAEAFYgBAChIAQAsCAEAPQgBAD5IAQARyEEAFQhBACaIQQApyEEAO0hBAD5IQQAQCIEAE8iBACTIgQAnSIEAOYiBAD0IgQAOSMEAD4jBACMIwQAmSMEAN8jBADnIwQAMiQEADwkBACFJAQAkyQEANgkBADuJAQAKyUEADclBAB+JQQAgyUEANElBADaJQQAJCYEAC4mBABWcw4AgSYEAMomBADWJgQAHScEACUnBACpcw4AdScEAMMnBADQJwQAFigEACMoBABpKAQAdSgEALwoBADLKAQADykEABkpBABiKQQAeikEALUpBAC/KQQACCoEABYqBABbKgQAcSoEAK4qBAC6KgQAASsEAAYrBABUKwQAXSsEAKcrBACxKwQA+isEAAIsBAD8cw4AWiwEAKAsBABjLAQAcdUNAK0sBADzLAQA/ywEAEYtBABVLQQAmS0EAKMtBADsLQQA+i0EAD8uBABMLgQAki4EAKkuBADlLgQA7S4EADgvBABCLwQAiy8EAJAvBADeLwQA5i8EAE90DgA9MAQAhDAEAIowBADXMAQA8jAEACoxBAA2MQQAfTEEAIMxBADQMQQA7DEEACMyBAArMgQAonQOAHsyBADJMgQA1jIEABwzBAApMwQAbzMEAHszBADCMwQA0TMEABU0BAAfNAQAaDQEAHY0BAC7NAQAwDQEAA41BAAbNQQAYTUEAGk1BAC0NQQAujUEAAc2BAC+NQQA+TcEABM2BABaNgQAajYEAK02BAC2NgQAADcEAAM3BABTNwQAXzcEAKY3BACtNwQA9XQOAAc4BABMOAQAYjgEAJ84BACrOAQA8jgEAPk4BABFOQQATTkEAJg5BACdOQQA6zkEAPQ5BAA+OgQASDoEAEh1DgCWOgQA5DoEAJ06BAAbPwQA7DoEADc7BAA9OwQAijsEAI87BADdOwQA5jsEADA8BAA6PAQAgzwEAI88BADWPAQA3jwEAJt1DgAuPQQAfD0EAIQ9BADPPQQA2j0EACI+BAAnPgQAdT4EAHg+BADIPgQA0j4EAO51DgAlPwQAbj8EAHI/BADBPwQAxj8EABRABAAaQAQAZ0AEAIdABAC6QAQAwkAEAA1BBAAbQQQAYEEEAGNBBACzQQQAu0EEAAZCBAAPQgQAWUIEAGZCBACsQgQAskIEAP9CBAALQwQAUkMEAFRDBAClQwQAtEMEAPhDBAADRAQAS0QEAE1EBACeRAQAt0QEAPFEBAACRQQAREUEAFBFBABBdg4An0UEAOpFBAAKRgQAPUYEAEtGBACQRgQAnUYEAONGBADqRgQANkcEAFJHBACJRwQAkUcEAJR2DgDhRwQAL0gEADxIBACCSAQAj0gEANVIBADhSAQAKEkEADdJBAB7SQQAhUkEAM5JBADjSQQAIUoEAClKBAB0SgQAg0oEAMdKBADJSgQAGksEACNLBABtSwQAcEsEAMBLBADMSwQAE0wEAC9MBABmTAQAbkwEAOd2DgC+TAQADE0EACJNBABfTQQAa00EALJNBADVTQQAOncOAA9OBABYTgQAYE4EAKtOBACxTgQAaGsIALpOBAD+TgQAA08EAFFPBABeTwQApE8EALFPBAD3TwQAA1AEAEpQBABZUAQAnVAEAKdQBADwUAQA+FAEAENRBABNUQQAllEEAJtRBADpUQQA8VEEAI13DgA/UgQAj1IEAKxSBADiUgQA81IEADVTBABDUwQApKIEAGpTBACIUwQApFMEANtTBAD3UwQA4HcOADRUBACBVAQAh1QEANRUBADZVAQAJ1UEAC1VBAAzeA4Af1UEAM1VBADaVQQAIFYEAC1WBABzVgQAf1YEAMZWBADVVgQAGVcEACNXBABsVwQAelcEAL9XBADEVwQAElgEAB9YBABlWAQAcVgEALhYBAC+WAQAC1kEABFZBABeWQQAY1kEALFZBAC3WQQALHkOABhaBABXWgQAfVoEAKpaBADQWgQA/VoEACNbBABQWwQAgFsEAKNbBACrWwQA9lsEAB5cBABJXAQAflwEAJxcBADCXAQA71wEABVdBABCXQQAd10EAJVdBADFXQQA6F0EAPBdBAA7XgQAQF4EALe3BABKXgQAjl4EAJNeBADhXgQA7l4EADRfBABBXwQAh18EAJNfBADaXwQA6V8EAC1gBAA3YAQAgGAEAI5gBADTYAQA2GAEACZhBAAzYQQAeWEEAIFhBADMYQQA0mEEAB9iBADWYQQAH7UEACtiBAByYgQAgmIEAMViBADOYgQAGGMEABtjBABrYwQAd2MEAL5jBADFYwQAf3kOACVkBABkZAQAZ2QEALdkBADUZAQACmUEABtlBABdZQQAZGUEALBlBADJZQQAA2YEAAtmBABWZgQAbGYEAKlmBACuZgQA/GYEAANnBABPZwQAWGcEAKJnBACzZwQA9WcEAAFoBADSeQ4AXGgEAJtoBACeaAQA7mgEAAtpBABBaQQAUmkEAJRpBACjaQQA52kEAPhpBAA6agQASGoEAI1qBACZagQA4GoEAO1qBAAzawQAPWsEACV6DgCPawQA2WsEAOZrBAAsbAQAOmwEAH9sBACObAQA0mwEANRsBAAlbQQAL20EAHhtBACGbQQAy20EANBtBAAebgQAK24EAHFuBAB0bgQAxG4EANBuBAAXbwQAKm8EAGpvBAB5bwQAvW8EAMlvBAAQcAQAEXAEAGNwBABtcAQAtnAEAMRwBAAJcQQADnEEAFxxBABpcQQAeHoOALRxBAACcgQAGHIEAFVyBABrcgQAqHIEALFyBAD7cgQACHMEAE5zBABccwQAoXMEALBzBAD0cwQA9nMEAEd0BABRdAQAmnQEAKh0BADtdAQA8nQEAEB1BABNdQQAk3UEAJZ1BADmdQQA7nUEADl2BABKdgQAjHYEAJp2BADfdgQA7HYEADJ3BABSdwQAhXcEAI13BADYdwQA6HcEACt4BAAteAQAfngEAIx4BADReAQA4ngEAHF7DgAqeQQAd3kEAIN5BADEew4A0XkEAB16BADXeQQAUjUGACR6BABwegQAdnoEAMN6BADPegQAFnsEABl7BABpewQAbHsEALx7BADnewQAD3wEADJ8BABifAQAbXwEALV8BAC6fAQACH0EAAt9BABbfQQAZX0EAK59BADZfQQAF3wOAAZ+BABUfgQAYX4EAKd+BAC0fgQA+n4EAAZ/BABNfwQAXH8EAKB/BACqfwQA838EAPt/BABGgAQAUIAEAJmABACegAQA7IAEAPSABABqfA4ATIEEAJKBBACmgQQA5YEEAO2BBAA4ggQAPYIEAIuCBACbggQA3oIEAOaCBAAxgwQAO4MEAISDBACPgwQA14MEAOODBAAqhAQAMoQEAL18DgB+hAQA0IQEANyEBAAjhQQAMoUEAHaFBACEhQQAyYUEANmFBAAchgQAKoYEAG+GBAB7hgQAwoYEAMmGBAAVhwQAHYcEAGiHBAB+hwQAu4cEAM+HBAAOiAQAEYgEAGGIBAB+iAQAtIgEAMWIBAAHiQQAD4kEAFqJBABliQQArYkEALKJBAAAigQAA4oEAFOKBABdigQApooEAKmKBAAQfQ4ADYsEAEyLBABPiwQAn4sEALyLBADyiwQAA4wEAEWMBABNjAQAmIwEAJuMBADrjAQA94wEAD6NBABEjQQAkY0EAKyNBADkjQQA8I0EADeOBAA9jgQAio4EAJKOBADdjgQA6I4EADCPBAA1jwQAg48EAIaPBADWjwQA4I8EACmQBAAxkAQAfJAEAJuQBABjfQ4A45AEACKRBABIkQQAdZEEAJuRBADIkQQA7pEEABuSBABRkgQAbpIEAKOSBADBkgQA55IEABSTBAA6kwQAZ5MEAJyTBAC6kwQA3pMEAA2UBAAplAQAYJQEAGiUBAC2fQ4AuJQEAAaVBAATlQQAWZUEAGaVBACslQQAuJUEAP+VBAAOlgQAUpYEAFyWBACllgQAs5YEAPiWBAD9lgQAS5cEAFiXBACelwQAppcEAPGXBAD3lwQARJgEAPuXBAA2mgQAUJgEAJeYBACnmAQA6pgEAPOYBAA9mQQAQJkEAJCZBACcmQQA45kEAOqZBAAJfg4ARJoEAImaBACfmgQA3JoEAOiaBAAvmwQANpsEAIKbBACKmwQA1ZsEANqbBAAonAQAMZwEAHucBACFnAQAXH4OAM+cBAAhnQQALZ0EAHSdBAB6nQQAx50EAMmdBAAangQAJJ4EAG2eBAB7ngQAwJ4EAMWeBAATnwQAIJ8EAGafBABunwQAuZ8EAMOfBAAMoAQAGqAEAF+gBAB1oAQAsqAEAL6gBAAFoQQADKEEAFihBABgoQQAq6EEALChBAD+oQQAB6IEAFGiBABbogQAr34OALyiBAD3ogQA+qIEAEqjBABnowQAnaMEAK6jBADwowQACKQEAEOkBABPpAQAlqQEAKmkBADppAQA+KQEADylBABIpQQAj6UEAJClBADipQQA7KUEADWmBABDpgQAiKYEAI2mBADbpgQA6KYEAAJ/DgAzpwQAgacEAI6nBADUpwQA4acEACeoBAAzqAQAeqgEAImoBADNqAQA16gEACCpBAAuqQQAc6kEAHipBADGqQQA06kEABmqBAAhqgQAbKoEAHKqBAC/qgQAdqoEALGsBADLqgQAEqsEACKrBABlqwQAbqsEALirBAC7qwQAC6wEABesBABerAQAZawEAPt/DgC/rAQABK0EABqtBABXrQQAY60EAKqtBACxrQQA/a0EAAWuBABQrgQAVa4EAKOuBACsrgQA9q4EAACvBABOgA4ASq8EAJyvBACorwQA768EAPWvBABCsAQARLAEAJWwBACfsAQA6LAEAPawBAA7sQQAQLEEAI6xBACbsQQA4bEEAOmxBAA0sgQAPrIEAIeyBACVsgQA2rIEAPCyBAAtswQAObMEAICzBACHswQA07MEANuzBAAmtAQAK7QEAHm0BACCtAQAzLQEANa0BAChgA4ALbUEAHK1BACItQQAxbUEANG1BAAYtgQAH7YEAGu2BABztgQAvrYEAMO2BAARtwQAGrcEAGS3BAButwQA9IAOALi3BAAKuAQAFrgEAF24BABjuAQAsLgEALK4BAADuQQADbkEAFa5BABkuQQAqbkEAK65BAD8uQQACboEAE+6BABXugQAoroEAKy6BAD1ugQAA7sEAEi7BABeuwQAm7sEAKe7BADuuwQA9bsEAEG8BABJvAQAlLwEAJm8BADnvAQA8LwEADq9BABEvQQAR4EOAI+9BAC41AoAm70EAOC9BADxvQQAM74EADi+BACGvgQAnb4EANm+BADtvgQALL8EAES/BAB/vwQAjr8EANK/BADXvwQAJcAEADLABAB4wAQAhcAEAMvABADXwAQAHsEEAC3BBABxwQQAe8EEAMTBBADMwQQAF8IEADXCBABqwgQAcsIEAL3CBADGwgQAEMMEAB3DBABjwwQAZcMEALbDBADPwwQACcQEABrEBABcxAQAaMQEAK/EBAC3xAQAmoEOAAfFBABVxQQAXcUEAKjFBAC3xQQA+8UEAADGBABOxgQAW8YEAKHGBACuxgQA9MYEAADHBABHxwQAVscEAJrHBACkxwQA7ccEAPXHBABAyAQASsgEAJPIBACYyAQA5sgEAO7IBADtgQ4AUMkEAIzJBACUyQQA38kEAOnJBAAyygQAN8oEAIXKBACNygQAQIIOAN3KBAArywQANMsEABxcCgA4ywQAfssEAEHLBADZhgwAiMsEAPlSDACLywQA0csEAN3LBAAkzAQAM8wEAHfMBACBzAQAyswEANLMBADOzAkA2MwEAB3NBAAqzQQAcM0EAIfNBADDzQQAy80EABbOBAAgzgQAac4EAG7OBAC8zgQAxM4EAJOCDgAczwQAYs8EAHDPBAC1zwQAyM8EAAjQBAAQ0AQAW9AEAF7QBACu0AQAs9AEAAHRBAAQ0QQAVNEEAHTRBACn0QQAs9EEAPrRBAAE0gQATdIEAGnSBACg0gQAqNIEAOaCDgAG0wQARtMEAEzTBACZ0wQApdMEAOzTBAD20wQAP9QEAEXUBACS1AQAoNQEAOXUBADx1AQAONUEADvVBACL1QQAjNUEAN7VBADq1QQAMdYEADfWBACE1gQAitYEANfWBADj1gQAKtcEAEfXBAB91wQAhtcEANDXBADc1wQAI9gEACbYBAB22AQAgNgEAMnYBADV2AQAHNkEACLZBABv2QQAddkEAMLZBADH2QQAFdoEABvaBAA5gw4AdNoEALvaBAC92gQADtsEAB3bBABh2wQAbNsEALTbBADA2wQAB9wEAA7cBABa3AQAYtwEAK3cBAC33AQAAN0EAAvdBABT3QQAX90EAKbdBACu3QQAMoQOAPvdBABM3gQAX94EAJ/eBACn3gQA8t4EAPjeBABF3wQAUd8EAJjfBACi3wQA698EAPHfBAA+4AQATOAEAJHgBACd4AQA5OAEAOfgBAA34QQAP+EEAIrhBACL4QQA3eEEAOnhBAAw4gQANuIEAIPiBACL4gQA1uIEANziBAAp4wQANeMEAHzjBACZ4wQAz+MEANjjBAAi5AQALuQEAHXkBAB45AQAyOQEANLkBAAb5QQAI+UEAG7lBAB/5QQAweUEAM/lBAAU5gQAKuYEAGfmBAB15gQAuuYEAMTmBACFhA4AHOcEAGDnBABr5wQAs+cEAL/nBAAG6AQADegEAFnoBABh6AQArOgEALboBAD/6AQACukEAFLpBABe6QQApekEAK3pBADYhA4A+ukEAEvqBABe6gQAnuoEAKbqBADx6gQA9+oEAETrBABQ6wQAl+sEAKHrBADq6wQA8OsEAD3sBABL7AQAkOwEAJzsBADj7AQA5uwEADbtBAA+7QQAie0EAIrtBADc7QQA6O0EAC/uBAA17gQAgu4EAIruBADV7gQA2+4EACjvBAA07wQAe+8EAJjvBADO7wQA1+8EACHwBAAt8AQAdPAEAHfwBADH8AQA0fAEABrxBAAi8QQAbfEEAH7xBADA8QQAzvEEABPyBAAp8gQAZvIEAHTyBAC58gQAw/IEAAzzBAAU8wQAX/MEAILzBACy8wQAtvMEAAX0BAAQ9AQAWPQEAGb0BACr9AQAuvQEAP70BAAJ9QQAUfUEAFn1BACk9QQAsvUEAPf1BAD69QQASvYEAFL2BAArhQ4Aq/YEAPD2BADz9gQAQ/cEAEv3BACjVAUAT/cEACoqBQBS9wQAbP0EAF/3BACW9wQAsvcEAH6FDgDr9wQAPPgEAEn4BACP+AQAnPgEAOL4BADn+AQANfkEAD/5BACI+QQAl/kEANv5BADg+QQALvoEADv6BACB+gQAjvoEANT6BADg+gQAJ/sEADb7BAB6+wQAhPsEAM37BADZ+wQAIPwEACb8BABz/AQAefwEAMb8BADL/AQAGf0EAB/9BADRhQ4Acf0EAMofBQB9/QQAv/0EAM39BAAS/gQAHv4EAGX+BABy/gQAuP4EAML+BAAL/wQAJ/8EAF7/BAB6/wQAJIYOALP/BAAEAAUAEQAFAFcABQBkAAUAqgAFAK8ABQD9AAUABwEFAFABBQBfAQUAowEFAKgBBQD2AQUAAwIFAEkCBQBWAgUAnAIFAKgCBQDvAgUA/gIFAEIDBQBMAwUAlQMFAKEDBQDoAwUA7gMFADsEBQBBBAUAjgQFAJMEBQDhBAUA5wQFAHeGDgA7BQUAhwUFAJUFBQDaBQUA3QUFAC0GBQA8BgUAgAYFAIUGBQDTBgUA4AYFACYHBQAzBwUAeQcFAIUHBQDMBwUA2wcFAB8IBQApCAUAcggFAIAIBQDFCAUAyggFABgJBQAlCQUAawkFAHcJBQC+CQUA0QkFABEKBQAgCgUAZAoFAHAKBQC3CgUAuAoFAAoLBQAUCwUAXQsFAGsLBQCwCwUAtQsFAAMMBQAQDAUAyoYOAFsMBQCpDAUAsgwFAPwMBQANDQUATw0FAFYNBQCiDQUAqg0FAPUNBQACDgUASA4FAE0OBQCbDgUApQ4FAO4OBQD2DgUAQQ8FAFgPBQCUDwUAoA8FAOcPBQDxDwUAOhAFAEIQBQCNEAUAjxAFAOAQBQDoEAUAMxEFADkRBQCGEQUAkhEFANkRBQDcEQUALBIFADESBQB/EgUAiBIFANISBQDYEgUAJRMFADQTBQB4EwUAhBMFAMOHDgDNEwUAHhQFACwUBQBxFAUAghQFABaIDgDLFAUAaYgOABwVBQBqFQUAchUFAL0VBQDMFQUAEBYFABUWBQBjFgUAcBYFALYWBQDDFgUACRcFABUXBQBcFwUAaxcFAK8XBQC5FwUAD4kOAAQYBQBVGAUAcBgFAKgYBQCqGAUA+xgFABUZBQBOGQUAWxkFAKEZBQCtGQUA9BkFAP4ZBQBHGgUAYRoFAJoaBQCpGgUA7RoFAPIaBQBAGwUATRsFAJMbBQCgGwUA5hsFAPIbBQA5HAUASBwFAIwcBQCWHAUA3xwFAOscBQAyHQUARR0FAIUdBQCUHQUA2B0FAOQdBQArHgUALB4FAH4eBQCIHgUA0R4FAN8eBQAkHwUAKR8FAHcfBQCEHwUAYokOANcfBQAdIAUAKiAFAHAgBQB8IAUAwyAFANIgBQAWIQUAICEFAGkhBQB3IQUAvCEFAMEhBQAPIgUAHCIFAGIiBQBuIgUAtSIFAMgiBQAIIwUAFyMFAFsjBQBnIwUAriMFAK8jBQABJAUACyQFAFQkBQBiJAUApyQFAKwkBQD6JAUAByUFALWJDgBaJQUAoCUFAKIlBQDzJQUADCYFAEYmBQBXJgUAmSYFAKUmBQDsJgUA9CYFAK6KDgBEJwUAkicFAJonBQDlJwUA9CcFADgoBQA9KAUAiygFAJgoBQDeKAUA6ygFADEpBQA9KQUAhCkFAJMpBQDXKQUA4SkFAAGLDgA9KgUAfSoFAIwqBQDQKgUA3CoFACMrBQAkKwUAdisFAIArBQDJKwUA1ysFABwsBQAhLAUAbywFAHwsBQBUiw4AxywFABUtBQAiLQUAaC0FAHUtBQC7LQUAxy0FAA4uBQAdLgUAYS4FAGsuBQC0LgUAwi4FAAcvBQAMLwUAWi8FAGcvBQCtLwUAtS8FAAAwBQAGMAUAUzAFAAowBQAxfAUAXzAFAKYwBQC2MAUA+TAFAAIxBQBMMQUATzEFAJ8xBQCrMQUA8jEFAPkxBQBNjA4AUDIFAJgyBQCZMgUA6zIFAAMzBQA+MwUASzMFAJEzBQCdMwUA5DMFAO4zBQA3NAUAOzQFAIo0BQCPNAUA3TQFAOM0BQAwNQUAUDUFAIM1BQCbNQUA1jUFAO01BQApNgUANTYFAHw2BQCGNgUAzzYFANE2BQAiNwUAKTcFAHU3BQB8NwUAyDcFAM43BQAbOAUAJzgFAG44BQBxOAUAwTgFAMQ4BQAUOQUAIDkFAGc5BQBqOQUAoIwOAL85BQANOgUAFToFAGA6BQBmOgUAszoFALg6BQAGOwUADzsFAFk7BQBjOwUArDsFALg7BQD/OwUABzwFAPOMDgBXPAUApTwFAK08BQD4PAUAAz0FAEs9BQBQPQUAnj0FAKE9BQDxPQUA+z0FAEaNDgBQPgUAlz4FAJ4+BQDqPgUA+D4FAD0/BQBAPwUAkD8FAJg/BQDjPwUA5j8FADZABQBCQAUAiUAFAI9ABQDcQAUA90AFAC9BBQA7QQUAgkEFAIhBBQDVQQUA3UEFAChCBQAsQgUAe0IFAIdCBQDOQgUA20IFACFDBQArQwUAdEMFAHxDBQDHQwUAyUMFABpEBQAeRAUAbUQFAG9EBQDARAUA1EQFAJmNDgAbRQUAZkUFAGpFBQC5RQUAu0UFAAxGBQAPRgUAX0YFAGdGBQCyRgUAv0YFAAVHBQAKRwUAWEcFAGJHBQCrRwUAs0cFAP5HBQD/RwUAUUgFAFZIBQCkSAUAp0gFAPdIBQD6SAUASkkFAFhJBQCdSQUAtkkFAPBJBQABSgUAQ0oFAE9KBQCWSgUAnkoFAOyNDgDuSgUAPEsFAERLBQCPSwUAnksFAOJLBQDnSwUANUwFAEJMBQCITAUAlUwFANtMBQDnTAUALk0FAD1NBQCBTQUAi00FANRNBQDcTQUAJ04FADFOBQB6TgUAf04FAM1OBQDVTgUAP44OACtPBQBzTwUAf08FAMZPBQDOTwUAko4OACVQBQBsUAUAc1AFAL9QBQDNUAUAElEFABVRBQBlUQUAbVEFALhRBQC7UQUAC1IFABdSBQBeUgUAZFIFALFSBQDMUgUABFMFABBTBQBXUwUAXVMFAKpTBQDNUwUA/VMFAABUBQBQVAUAdFQFAOWODgCyVAUA9lQFAPtUBQBJVQUAVlUFAJxVBQCpVQUA71UFAPtVBQBCVgUAUVYFAJVWBQCfVgUA6FYFAPZWBQA7VwUAQFcFAI5XBQCbVwUA4VcFAOlXBQA4jw4AQVgFAIdYBQCPWAUA2lgFAPNYBQAtWQUAM1kFAIBZBQCFWQUA01kFAPNZBQAmWgUAMloFAHlaBQCGWgUAzFoFANRaBQAfWwUAIlsFAHJbBQB8WwUAxVsFAMdbBQAYXAUAIlwFAGtcBQB3XAUAi48OANRcBQARXQUAHV0FAGRdBQBpXQUAt10FAGxdBQD6hA8AwF0FAApeBQAUXgUAXV4FAGVeBQD5FAkAaV4FALBeBQCAXgUAHQQJALZeBQADXwUAw14FAHwMCwAJXwUAVl8FAFtfBQCpXwUAr18FAN6PDgAKYAUAT2AFAGVgBQCiYAUArmAFAPVgBQD6YAUASGEFAFFhBQCbYQUApWEFAO5hBQD2YQUAQWIFAFBiBQCUYgUAmWIFAOdiBQD0YgUAOmMFAEdjBQCNYwUAmWMFAOBjBQDvYwUAM2QFAD1kBQCGZAUAlGQFANlkBQDmZAUALGUFAENlBQB/ZQUAh2UFANJlBQDcZQUAJWYFACpmBQB4ZgUAgGYFANeQDgDXZgUAHmcFACRnBQBxZwUAjGcFAMRnBQDQZwUAF2gFAB1oBQAqkQ4AfWgFAL1oBQDMaAUAEGkFABxpBQBjaQUAZGkFALZpBQDAaQUACWoFABdqBQBcagUAYWoFAK9qBQC8agUAfZEOAAdrBQBVawUAXWsFAKhrBQCrawUA+2sFAARsBQBObAUAXWwFAKFsBQCsbAUA9GwFAPxsBQBHbQUAV20FAJptBQCobQUA7W0FAP5tBQBAbgUATG4FAJNuBQCbbgUAdpIOAOxuBQA5bwUAQW8FAIxvBQCTbwUA328FAO1vBQAycAUAOHAFAIVwBQCRcAUA2HAFAOdwBQArcQUANXEFAH5xBQCDcQUA0XEFANdxBQAkcgUAOHIFAHdyBQB/cgUAynIFAPJyBQAdcwUAJnMFAHBzBQB9cwUAw3MFANFzBQAWdAUAKXQFAGl0BQCFdAUAyZIOAMF0BQAPdQUAHHUFAGJ1BQBvdQUAtXUFAMF1BQAIdgUAF3YFAFt2BQBldgUArnYFALx2BQABdwUABncFAFR3BQBhdwUAp3cFAK93BQD6dwUAAHgFAE14BQBZeAUAoHgFALB4BQDzeAUA/HgFAEZ5BQBJeQUAmXkFAKV5BQDseQUA83kFAByTDgBnegUAknoFAJt6BQDlegUA8noFADh7BQBGewUAi3sFAJ57BQDeewUA+nsFAG+TDgA/fAUAhHwFAJp8BQDXfAUA43wFACp9BQAxfQUAfX0FAIV9BQDQfQUA1X0FACN+BQAsfgUAdn4FAIB+BQDCkw4Ayn4FABx/BQAofwUAb38FAHV/BQDCfwUAxH8FABWABQAfgAUAaIAFAHaABQC7gAUAwIAFAA6BBQAbgQUAYYEFAGmBBQC0gQUAvoEFAAeCBQAVggUAWoIFAHCCBQCtggUAuYIFAACDBQAHgwUAU4MFAFuDBQCmgwUAq4MFAPmDBQAChAUATIQFAFaEBQAVlA4ArYQFAPKEBQAIhQUARYUFAFGFBQCYhQUAnYUFAOuFBQD0hQUAPoYFAEiGBQCRhgUAnYYFAOSGBQDqhgUAN4cFAD2HBQCKhwUAj4cFAN2HBQDjhwUAaJQOADWIBQCDiAUAkIgFANaIBQDjiAUAKYkFADWJBQB8iQUAi4kFAM+JBQDZiQUAIooFADCKBQB1igUAeooFAMiKBQDVigUAG4sFACOLBQBuiwUAeIsFAMGLBQDPiwUAFIwFACqMBQBnjAUAc4wFALqMBQC/jAUADY0FABaNBQBgjQUAao0FAGGVDgC/jQUABo4FABeOBQBZjgUAZY4FAKyOBQC7jgUA/44FAAmPBQBSjwUAYI8FAKWPBQCqjwUA+I8FAAWQBQBLkAUAVZAFAJ6QBQBXkAUAL5QFAKyQBQDxkAUAB5EFAESRBQBQkQUAl5EFAJyRBQDqkQUA85EFAD2SBQBHkgUAkJIFAJySBQDjkgUA6ZIFADaTBQA8kwUAiZMFAI6TBQDckwUA4pMFALSVDgA1lAUAgpQFAIiUBQDVlAUA2pQFACiVBQAulQUAB5YOAImVBQDOlQUA5JUFACGWBQAtlgUAdJYFAHmWBQDHlgUA0JYFABqXBQAklwUAbZcFAHmXBQDAlwUA05cFABOYBQAimAUAZpgFAHKYBQC5mAUAupgFAAyZBQAWmQUAX5kFAG2ZBQCymQUAt5kFAAWaBQASmgUAWpYOAGeaBQCrmgUAy5oFAP6aBQAKmwUAUZsFAFubBQCkmwUAqZsFAPebBQD4mwUASpwFAFacBQCdnAUAqpwFAPCcBQD8nAUAQ50FAFadBQCWnQUApZ0FAOmdBQD1nQUAPJ4FAD2eBQCPngUAmZ4FAOKeBQDwngUANZ8FADqfBQCInwUAlZ8FAK2WDgD3nwUAAJcOADSgBQCBoAUAh6AFANSgBQDZoAUAJ6EFAC2hBQBTlw4Af6EFAM2hBQDQoQUAIKIFACyiBQBzogUAeaIFAMaiBQDhogUAGaMFACWjBQBsowUAcqMFAL+jBQDBowUAEqQFAC2kBQBlpAUAZ6QFALikBQDGpAUAC6UFABylBQBepQUAYKUFALGlBQDKpQUABKYFABWmBQBXpgUAY6YFAEyYDgC0pgUA/aYFAAunBQBQpwUAZqcFAKOnBQCvpwUA9qcFAPunBQBJqAUAUqgFAJyoBQCmqAUA76gFAPeoBQBCqQUAR6kFAJWpBQCkqQUA6KkFAPepBQA7qgUARKoFAI6qBQCUqgUA4aoFAOeqBQA0qwUAQKsFAIerBQCOqwUA2qsFAOKrBQAtrAUAL6wFAICsBQCQrAUA06wFAN2sBQAmrQUAMq0FAHmtBQB/rQUAzK0FANStBQCfmA4AK64FAHKuBQCDrgUAxa4FANGuBQAYrwUAJ68FAGuvBQB1rwUAvq8FAMyvBQARsAUAFrAFAGSwBQBxsAUAt7AFAL+wBQAKsQUAFLEFAA/IBQAWsQUAXbEFAGOxBQCwsQUAtrEFAAOyBQAIsgUAVrIFAFyyBQDymA4AtbIFAPyyBQACswUAT7MFAGqzBQCiswUArrMFAPWzBQD7swUASLQFAFC0BQCbtAUAnrQFAO60BQD6tAUAQbUFAFK1BQCUtQUAoLUFAOe1BQD2tQUAOrYFAES2BQCNtgUAm7YFAOC2BQDltgUAM7cFAEC3BQCGtwUAjrcFANm3BQDjtwUALLgFADq4BQB/uAUAlbgFANK4BQDeuAUAJbkFACq5BQB4uQUAgbkFAMu5BQDVuQUA65kOACS6BQBxugUAd7oFAMS6BQDQugUAF7sFACS7BQBquwUAdLsFAL27BQDFuwUAELwFABq8BQBjvAUAaLwFALa8BQC3vAUACb0FAA69BQBcvQUAbb0FAK+9BQC0vQUAAr4FABm+BQBVvgUAab4FAKi+BQDEvgUA+74FAAO/BQA+mg4AVr8FAKG/BQCrvwUA9L8FAAjABQBHwAUASMAFAJrABQCmwAUA7cAFAAnBBQBAwQUASMEFAJGaDgCcwQUA5sEFAPTBBQA5wgUA9cEFADObCQBDwgUAjMIFAI7CBQDfwgUA+MIFADLDBQBDwwUAhcMFAJHDBQDYwwUA4MMFAOSaDgA3xAUAfsQFAITEBQDRxAUA7MQFACTFBQAwxQUAd8UFAH3FBQDKxQUAzcUFAB3GBQAlxgUAcMYFAIDGBQDDxgUAyMYFABbHBQAfxwUAaccFAHbHBQC8xwUAw8cFADebDgAdyAUAYsgFAHjIBQC1yAUAwcgFAAjJBQANyQUAW8kFAGTJBQCuyQUAuMkFAAHKBQAdygUAVMoFAFzKBQCKmw4ArMoFAPrKBQACywUATcsFAE/LBQCgywUAu8sFAPPLBQD1ywUARswFAFTMBQCZzAUAqswFAOzMBQDuzAUAP80FAFjNBQCSzQUAo80FAOXNBQDxzQUAOM4FAEDOBQDdmw4Al84FAN7OBQDkzgUAMc8FAEzPBQCEzwUAkM8FANfPBQDdzwUAKtAFAC3QBQAwnA4AmtAFANDQBQDR0AUAI9EFADLRBQB20QUAe9EFAMnRBQDW0QUAHNIFACnSBQBv0gUAe9IFAMLSBQDR0gUAFdMFAB/TBQBo0wUAdtMFALvTBQDA0wUADtQFABvUBQBh1AUAbdQFALTUBQC61AUAB9UFAMfUBQDH6QUADdUFAFrVBQBf1QUArdUFALPVBQCDnA4ABdYFAFPWBQBz1gUAptYFALLWBQD51gUA/9YFAEzXBQBU1wUAjQkGAFXXBQCf1wUArNcFAPLXBQD41wUARdgFAFHYBQCY2AUAmtgFAOvYBQD62AUAPtkFAEnZBQCR2QUAk9kFAOTZBQD92QUAN9oFAEjaBQCK2gUAltoFAN3aBQDp2gUAMNsFAEPbBQCD2wUAktsFANbbBQDi2wUAKdwFACrcBQB83AUAhtwFAM/cBQDd3AUAIt0FACfdBQB13QUAgt0FANacDgDV3QUAG94FAC/eBQBu3gUAit4FAMHeBQDd3gUAKZ0OACPfBQBn3wUAaN8FALrfBQDJ3wUADeAFABLgBQBg4AUAbeAFALPgBQDA4AUABuEFABLhBQBZ4QUAaOEFAKzhBQC24QUA/+EFAA3iBQBS4gUAV+IFAKXiBQCy4gUA+OIFAAjjBQBL4wUATeMFAJ7jBQCs4wUA8eMFAALkBQB8nQ4AS+QFAM+dDgCc5AUA6uQFAPfkBQA95QUASuUFAJDlBQCW5QUA4+UFAO/lBQA25gUARuYFAInmBQCS5gUA3OYFAN/mBQAv5wUAO+cFAILnBQCJ5wUAIp4OAOHnBQAo6AUAOOgFAHvoBQCE6AUAzugFANHoBQAh6QUALekFAHTpBQB76QUAdZ4OANbpBQAa6gUAJuoFAG3qBQBu6gUAwOoFAMrqBQAT6wUAIesFAGbrBQBr6wUAuesFAMbrBQDIng4AEewFAF/sBQBu7AUAsuwFANLsBQAF7QUAEe0FAFjtBQBi7QUAq+0FALPtBQD+7QUACu4FAFHuBQBX7gUApO4FAKruBQD37gUA/O4FAErvBQBQ7wUAwZ8OAKLvBQDw7wUA+e8FAEPwBQBU8AUAlvAFAJ3wBQDp8AUA8fAFADzxBQBJ8QUAj/EFAJTxBQDi8QUA7PEFADXyBQA98gUAiPIFAJfyBQDb8gUA4PIFAC7zBQA78wUAgfMFAI7zBQDU8wUA4PMFACf0BQA29AUAevQFAIT0BQDN9AUA1fQFACD1BQAq9QUAc/UFAHj1BQDG9QUAzvUFALqgDgAe9gUAbPYFAG/2BQC/9gUAyfYFAA2hDgAY9wUAZfcFAGr3BQC49wUA2PcFAAv4BQAX+AUAXvgFAGT4BQCx+AUAtPgFAAT5BQAG+QUAV/kFAHL5BQCq+QUArPkFAP35BQAL+gUAUPoFAGH6BQCj+gUApfoFAPb6BQAP+wUASfsFAFr7BQCc+wUAqPsFAGChDgD/+wUAQvwFAGL8BQCV/AUAl/wFAOj8BQD0/AUArfcMAPf8BQB3GAYABP0FAG8lBgAR/QUAO/0FAD79BQCO/QUAm/0FAGsCBgCd/QUA4f0FAOb9BQA0/gUAQf4FAIf+BQCU/gUA2v4FAOb+BQAt/wUAPP8FAID/BQCK/wUA0/8FAOH/BQAmAAYAKwAGAHkABgCGAAYAzAAGANgABgAfAQYAJQEGAHIBBgB4AQYAxQEGAMoBBgAYAgYAHgIGALOhDgB0AgYAvgIGANQCBgARAwYAKgMGAGQDBgBwAwYAtwMGAL0DBgAKBAYADwQGAF0EBgBtBAYAsAQGALYEBgADBQYADwUGAFYFBgBgBQYAqQUGAK8FBgD8BQYACgYGAE8GBgBbBgYAogYGAKUGBgD1BgYAAQcGAEgHBgBbBwYAmwcGAKoHBgDuBwYA+gcGAEEIBgBNCAYAlAgGAJsIBgDnCAYA8wgGADoJBgBBCQYABqIOAKMJBgDgCQYA4gkGADMKBgBHCgYAhgoGAI4KBgDZCgYA5goGACwLBgAxCwYAfwsGAIkLBgDSCwYA2gsGACUMBgA+DAYAeAwGAIQMBgDLDAYA0wwGAFmiDgA5DQYAcQ0GAHMNBgDEDQYA0g0GABcOBgAoDgYAag4GAGwOBgC9DgYA1g4GABAPBgAhDwYAYw8GAG8PBgCsog4Auw8GAAkQBgASEAYAXBAGAG0QBgCvEAYAthAGAAIRBgAKEQYAVREGAGIRBgCoEQYArREGAPsRBgAFEgYAThIGAFYSBgChEgYAuhIGAPQSBgAAEwYARxMGAE8TBgBSow4AnRMGAO0TBgD3EwYAQBQGAEIUBgCTFAYArBQGAOYUBgD3FAYAORUGAEcVBgCMFQYAjxUGAN8VBgDqFQYAMhYGAD4WBgCFFgYAjBYGAKWjDgDdFgYAKxcGADMXBgB+FwYAjBcGANEXBgDSFwYAJBgGAD8YBgD4ow4AfBgGAMoYBgDXGAYAHRkGACoZBgBwGQYAfBkGAMMZBgDSGQYAFhoGACAaBgBpGgYAdxoGALwaBgDBGgYADxsGABwbBgBiGwYAbhsGALUbBgC7GwYACBwGAA4cBgBbHAYAYBwGAK4cBgC0HAYAS6QOAA4dBgBUHQYAVh0GAKcdBgDAHQYA+h0GAAseBgBNHgYAWR4GAKAeBgCoHgYARKUOAPgeBgBGHwYATh8GAJkfBgCyHwYA7B8GAPEfBgA/IAYARCAGAJIgBgCcIAYA5SAGAOggBgA4IQYAQiEGAIshBgCRIQYA3iEGAOAhBgAxIgYAMiIGAIQiBgCMIgYA1yIGAOciBgAqIwYAMCMGAH0jBgCCIwYA0CMGAOYjBgAjJAYAKyQGAHYkBgCeJAYAySQGAOwkBgAcJQYAOyUGAJelDgB3JQYA6qUOANMlBgAVJgYAIyYGAGgmBgB0JgYAuyYGAMgmBgAOJwYAGCcGAGEnBgBpJwYAtCcGAL8nBgAHKAYACSgGAFooBgBdKAYArSgGALUoBgAAKQYABikGAFMpBgBcKQYApikGALMpBgD5KQYAASoGAEwqBgBRKgYAnyoGAKgqBgDyKgYA/CoGAEUrBgBNKwYAmCsGAJ0rBgDrKwYA+ysGAD4sBgBGLAYAkSwGAJMsBgDkLAYA/ywGADctBgA5LQYAii0GAJgtBgDdLQYA7i0GADAuBgAyLgYAgy4GAJwuBgDWLgYA5y4GACkvBgA1LwYAfC8GAIQvBgA9pg4A1S8GACIwBgAnMAYAdTAGAJUwBgDIMAYA1DAGABsxBgAhMQYAbjEGAHExBgDBMQYAyTEGABQyBgAeMgYAZzIGAGwyBgC6MgYAwjIGAA0zBgAXMwYAYDMGAGIzBgCzMwYAxDMGAAY0BgAmNAYAWTQGAGE0BgCsNAYAtjQGAP80BgAENQYAkKYOAGY1BgClNQYArTUGAPg1BgD9NQYASzYGAFs2BgCeNgYApjYGAPE2BgD7NgYARDcGAE83BgCXNwYAozcGAOo3BgDyNwYA46YOAEk4BgCQOAYAnDgGAOM4BgDqOAYANjkGAD45BgCJOQYAojkGANw5BgDiOQYALzoGADQ6BgCCOgYAojoGANU6BgDhOgYAKDsGAC47BgB7OwYAfjsGADanDgDQOwYAITwGANw7BgBU5Q0AJDwGAHQ8BgB+PAYAxzwGANU8BgAaPQYAKT0GAG09BgBwPQYAwD0GAIU9BgC2YgYAiT0GAMxTBgDMPQYAEz4GABU+BgBmPgYAbD4GALk+BgDIPgYADD8GABc/BgBfPwYAZz8GAJyhBgB5PwYAsj8GAL4/BgAFQAYAGEAGAFhABgBnQAYAq0AGALdABgD+QAYA/0AGAFFBBgBbQQYApEEGALJBBgD3QQYA/EEGAEpCBgBXQgYAiacOALdCBgDwQgYA/0IGAENDBgBIQwYAlkMGAKNDBgDpQwYA9kMGADxEBgBIRAYAj0QGAJ5EBgDiRAYA7EQGADVFBgBDRQYAiEUGAI1FBgDbRQYA6EUGAC5GBgA6RgYAgUYGAIdGBgDURgYA2kYGACdHBgAsRwYAekcGAIBHBgDcpw4AzkcGACBIBgDWRwYA3XIIANpHBgDDXggA7UcGACkFDAAsSAYAc0gGAHlIBgCJ0QgAgEgGAMZIBgDJSAYAGUkGACVJBgBsSQYAbkkGAL9JBgDFSQYAEkoGACFKBgBlSgYAcEoGALhKBgC5SgYAC0sGAB9LBgBeSwYAeEsGALFLBgC9SwYABEwGABdMBgBXTAYAZkwGAKpMBgC2TAYA/UwGAP5MBgBQTQYAWk0GAKNNBgCxTQYA9k0GAPtNBgBJTgYAVk4GAC+oDgC2TgYA704GAP5OBgBCTwYAR08GAJVPBgCiTwYA6E8GAPVPBgA7UAYAR1AGAI5QBgCdUAYA4VAGAOtQBgA0UQYAQlEGAIdRBgCMUQYA2lEGAOdRBgAtUgYAOVIGAIBSBgCGUgYA01IGANlSBgAmUwYAK1MGAHlTBgB/UwYAgqgOAOhTBgDVqA4AJVQGAHJUBgB0VAYAxVQGANJUBgAYVQYAG1UGAGtVBgBsVQYAvlUGAMNVBgARVgYAF1YGAGRWBgBuVgYAt1YGANNWBgAKVwYAJlcGACipDgBjVwYAsFcGALJXBgADWAYAEFgGAFZYBgBZWAYAqVgGAKpYBgD8WAYAAVkGAE9ZBgBVWQYAolkGAKxZBgD1WQYAEVoGAEhaBgBkWgYAe6kOAKFaBgDuWgYA9FoGAEFbBgBGWwYAlFsGAJpbBgDOqQ4A9VsGADpcBgBVXAYAjVwGAJtcBgDgXAYA7VwGADNdBgBKXQYAhl0GAJVdBgDZXQYA3l0GACxeBgA5XgYAf14GAIxeBgDSXgYA3l4GACVfBgA0XwYAeF8GAIJfBgDLXwYA2V8GAB5gBgAjYAYAcWAGAH5gBgDEYAYAx2AGABdhBgAjYQYAamEGAHBhBgC9YQYAw2EGABBiBgAVYgYAY2IGAGliBgAhqg4AwGIGAAljBgAPYwYAXGMGAF5jBgCvYwYAvGMGAAJkBgAFZAYAVWQGAFZkBgCoZAYArWQGAPtkBgABZQYATmUGAFhlBgChZQYAu2UGAPRlBgADZgYAR2YGAExmBgCaZgYAp2YGAO1mBgD6ZgYAQGcGAExnBgCTZwYAomcGAOZnBgDwZwYAOWgGAEdoBgCMaAYAkWgGAN9oBgDsaAYAMmkGADxpBgDscgYAPmkGAIVpBgCLaQYA2GkGAN5pBgAragYAMGoGAH5qBgCEagYAdKoOANZqBgAkawYAMWsGAHdrBgCEawYAymsGANZrBgAdbAYALGwGAHBsBgB6bAYAw2wGANFsBgAWbQYAG20GAGltBgB2bQYAvG0GAMRtBgAPbgYAG24GAGJuBgBobgYAtW4GALtuBgAIbwYADW8GAFtvBgBhbwYAbasOALBvBgABcAYACnAGAFRwBgBXcAYAp3AGALNwBgD6cAYAAXEGAE1xBgBVcQYAoHEGALlxBgDzcQYAB3IGAEZyBgBicgYAmXIGAKFyBgATrA4A+nIGAD9zBgBVcwYAknMGAJ5zBgDlcwYA6nMGADh0BgBBdAYAi3QGAJV0BgDedAYA+nQGADF1BgA5dQYAZqwOAIl1BgDXdQYA5HUGACp2BgA3dgYAfXYGAIl2BgDQdgYA33YGACN3BgAtdwYAdncGAIR3BgDJdwYAzncGABx4BgApeAYAb3gGAHd4BgDCeAYAzHgGABV5BgAjeQYAaHkGAH55BgC7eQYAx3kGAA56BgATegYAYXoGAGp6BgC0egYAvnoGAAd7BgAPewYAWnsGAGl7BgCtewYAr3sGAAB8BgAJfAYAU3wGAFZ8BgCmfAYAsnwGAPl8BgAAfQYATH0GAFR9BgCffQYAuH0GAPJ9BgAGfgYARX4GAGF+BgCYfgYAoH4GALmsDgDwfgYAPn8GAEt/BgCRfwYAnn8GAOR/BgDwfwYAN4AGAEaABgCKgAYAlIAGAN2ABgDngAYAMIEGAD6BBgCDgQYAmYEGANaBBgDigQYAKYIGAC6CBgB8ggYAhYIGAM+CBgDZggYAIoMGAC6DBgB1gwYAe4MGAMiDBgDOgwYAG4QGACCEBgBuhAYAdIQGAAytDgDNhAYAFIUGABiFBgBnhQYAdoUGALqFBgC/hQYADYYGABqGBgBghgYAbYYGALOGBgC/hgYABocGABWHBgBZhwYAY4cGAKyHBgC6hwYA/4cGAASIBgBSiAYAX4gGAKWIBgCxiAYA+IgGAP6IBgBLiQYAUYkGAJ6JBgCjiQYA8YkGAPeJBgBfrQ4ASYoGAJeKBgCeigYA6ooGAPaKBgA9iwYAP4sGAJCLBgBAiwYAE5EGAKuLBgDjiwYA5YsGADaMBgBEjAYAiYwGAJqMBgDcjAYA3owGAC+NBgBIjQYAgo0GAJONBgDVjQYA4Y0GACiOBgA0jgYAe44GAI6OBgDOjgYA3Y4GACGPBgAtjwYAdI8GAHWPBgDHjwYA0Y8GABqQBgAokAYAbZAGAHKQBgDAkAYAzZAGALKtDgAVkQYAZpEGAIGRBgC5kQYAu5EGAAySBgAakgYAX5IGAHCSBgCykgYAtJIGAAWTBgAekwYAWJMGAGmTBgCrkwYAt5MGAP6TBgAKlAYAUZQGAGSUBgCklAYAs5QGAPeUBgADlQYASpUGAEuVBgCdlQYAp5UGAPCVBgD+lQYAQ5YGAEiWBgCWlgYAo5YGAKuuDgDulgYAPJcGAESXBgCPlwYAkZcGAOKXBgDzlwYANZgGAEOYBgCImAYAo5gGANuYBgDnmAYALpkGADaZBgCkrw4AhpkGANSZBgDbmQYAJ5oGADOaBgB6mgYAfZoGAM2aBgDVmgYAIJsGADCbBgBzmwYAeJsGAMabBgDPmwYAGZwGACacBgBsnAYAc5wGAL+cBgDHnAYA968OAB+dBgBlnQYAbZ0GALidBgDMnQYAC54GABCeBgBengYAZ54GALGeBgC3ngYABJ8GAAyfBgBXnwYAZp8GAKqfBgC7nwYA/Z8GAAagBgBQoAYAU6AGAKOgBgCtoAYA9qAGAAKhBgBJoQYAT6EGAEqwDgCpoQYA76EGAPShBgBCogYASaIGAJWiBgChogYA6KIGAPCiBgCdsA4AVqMGAI6jBgCQowYA4aMGAO+jBgA0pAYARaQGAIekBgCJpAYA2qQGAPOkBgAtpQYAPqUGAIClBgCMpQYA8LAOAOKlBgAmpgYANaYGAHmmBgCCpgYAzKYGANKmBgAfpwYAJacGAHKnBgB+pwYAxacGAMynBgAYqAYAIKgGAGuoBgBvqAYAvqgGAMmoBgARqQYAH6kGAGSpBgB1qQYAt6kGAMOpBgAKqgYAEqoGAEOxDgBgqgYAsKoGALqqBgADqwYABasGAFarBgBvqwYAqasGALqrBgD8qwYACqwGAE+sBgBSrAYAoqwGAK2sBgD1rAYAA60GAEitBgBVrQYAm60GALKtBgDurQYA9q0GAEGuBgBDrgYAlK4GAJyuBgDnrgYA9q4GADqvBgA/rwYAja8GAJqvBgDgrwYA7a8GADOwBgA/sAYAhrAGAJWwBgDZsAYA47AGACyxBgA6sQYAf7EGAISxBgDSsQYA37EGACWyBgAtsgYAeLIGAIKyBgDLsgYA0LIGAB6zBgAmswYAcbMGAHSzBgDEswYA4bMGABe0BgAotAYAarQGAHK0BgC9tAYAwLQGABC1BgActQYAY7UGAGm1BgC2tQYA0bUGAAm2BgAVtgYAXLYGAGK2BgCWsQ4AvrYGAAK3BgADtwYAVbcGAIu3BgCotwYAtrcGAPu3BgD8twYATrgGAFa4BgChuAYAsLgGAPS4BgD5uAYAR7kGAFS5BgCauQYAp7kGAO25BgD5uQYAQLoGAE+6BgCTugYAnboGAOa6BgD0ugYAObsGAD67BgCMuwYAmbsGAN+7BgDnuwYAMrwGADy8BgCFvAYAirwGANi8BgDgvAYAK70GADW9BgB+vQYAib0GANG9BgDdvQYAJL4GACy+BgDpsQ4AfL4GAMq+BgDNvgYAHb8GACe/BgBwvwYAeL8GADyyDgDRvwYAFsAGACzABgBpwAYAdcAGALzABgDBwAYAD8EGABjBBgBiwQYAbMEGALXBBgC9wQYACMIGABTCBgBbwgYAbsIGAK7CBgCvwgYAAcMGAA/DBgBUwwYAWsMGAKfDBgCzwwYA+sMGAAHEBgCPsg4ATsQGAKDEBgCsxAYA88QGAADFBgBGxQYATsUGAJnFBgCjxQYA7MUGAPvFBgA/xgYAQMYGAJLGBgCaxgYA5cYGAPTGBgA4xwYAPccGAIvHBgCYxwYA3scGAOvHBgAxyAYAPcgGAITIBgCTyAYA18gGAOHIBgAqyQYAOMkGAH3JBgCCyQYA0MkGAN3JBgAjygYAK8oGAHbKBgB6ygYAycoGANfKBgAcywYAJssGAG/LBgB6ywYAwssGAMrLBgAVzAYAIMwGAGjMBgBtzAYAu8wGAL7MBgAOzQYAGM0GAGHNBgBpzQYAtM0GANPNBgDisg4ACc4GAFrOBgBbzgYArc4GALfOBgAAzwYADs8GAFPPBgBuzwYAps8GALLPBgD5zwYAAdAGADWzDgBY0AYAn9AGAKXQBgDy0AYADdEGAEXRBgBR0QYAmNEGAJ7RBgDr0QYA89EGAD7SBgBM0gYAkdIGAJTSBgDk0gYA7NIGADfTBgBA0wYAitMGAJfTBgDd0wYA39MGADDUBgBL1AYAg9QGAIXUBgDW1AYA5NQGACnVBgA61QYAfNUGAH7VBgDP1QYA6NUGACLWBgAz1gYAddYGAIHWBgDI1gYA0NYGAIizDgAh1wYAbtcGAHbXBgDB1wYAyNcGABTYBgAZ2AYAZ9gGAHPYBgC62AYAvdgGAA3ZBgAV2QYAYNkGAG3ZBgCz2QYAuNkGAAbaBgAQ2gYAWdoGAGHaBgCs2gYAuNoGAP/aBgAS2wYAUtsGAGDbBgCl2wYAqNsGAPjbBgAC3AYA27MOAE7cBgCe3AYAptwGAPHcBgD03AYARN0GAFDdBgCX3QYAnd0GAOrdBgAF3gYAPd4GAEneBgCQ3gYAlt4GAOPeBgDr3gYANt8GAETfBgCJ3wYAjN8GANzfBgDk3wYAL+AGADjgBgCC4AYAj+AGANXgBgDX4AYAKOEGAEPhBgB74QYAfeEGAM7hBgDc4QYAIeIGADLiBgB04gYAduIGAMfiBgDg4gYAGuMGACvjBgBt4wYAeeMGAMDjBgDI4wYALrQOABnkBgBm5AYAbuQGALnkBgDA5AYADOUGABHlBgBf5QYAa+UGALLlBgC15QYABeYGAA3mBgBY5gYAZeYGAKvmBgCw5gYA/uYGAAjnBgBR5wYAWecGAKTnBgCw5wYA9+cGAAroBgBK6AYAWOgGAJ3oBgCg6AYA8OgGAProBgCBtA4ARukGAJbpBgCi6QYA6ekGAO/pBgA86gYAV+oGAI/qBgCb6gYA4uoGAOjqBgA16wYAPesGAIjrBgCW6wYA2+sGAN7rBgAu7AYANuwGAIHsBgCK7AYA1OwGAOHsBgAn7QYAKe0GAHrtBgCV7QYAze0GAM/tBgAg7gYALu4GAHPuBgCE7gYAxu4GAMjuBgAZ7wYAMu8GAGzvBgB97wYAv+8GAMvvBgAS8AYAGvAGANS0DgBr8AYAuPAGAMDwBgAL8QYAEvEGAF7xBgBj8QYAsfEGAL3xBgAE8gYAB/IGAFfyBgBf8gYAqvIGALfyBgD98gYAAvMGAFDzBgBa8wYAo/MGAKvzBgD28wYAAvQGAEn0BgBc9AYAnPQGAKr0BgDv9AYA8vQGAEL1BgBM9QYAJ7UOAJf1BgDo9QYAmvUGAPnIBwCe9QYAVJINAKH1BgC6rgwAo/UGAC8sCADy9QYAewoNAPn1BgA79gYATPYGAI72BgCc9gYA4fYGAP32BgA09wYAUPcGAHq1DgCV9wYA2vcGAOf3BgAt+AYARPgGAID4BgCM+AYA0/gGANn4BgAm+QYALPkGAHn5BgB++QYAzPkGANL5BgDNtQ4AJPoGAHL6BgB6+gYAxfoGAMj6BgAY+wYAJPsGAGv7BgBx+wYAvvsGANn7BgAR/AYAHfwGAGT8BgBq/AYAt/wGAL/8BgAK/QYADP0GAF39BgB4/QYAsP0GALL9BgAD/gYAEf4GAFb+BgBn/gYAqf4GAKv+BgD8/gYAFf8GAE//BgBg/wYAov8GAK7/BgDGtg4ACwAHAEgABwBXAAcAmwAHAHEABwB4BQcAnQAHAO4ABwD9AAcAQQEHAEwBBwCUAQcAoAEHAOcBBwDqAQcAOgIHAO4BBwDfDgcAAwIHALYIBwBGAgcAjQIHAJMCBwDgAgcA+wIHADMDBwA/AwcAhgMHAIwDBwDZAwcA5QMHACwEBwAyBAcAfwQHAIUEBwDSBAcA1wQHACUFBwArBQcAGbcOAHsFBwDLBQcA5wUHAB4GBwAmBgcAErgOAH0GBwDEBgcAygYHABcHBwAyBwcAagcHAHYHBwC9BwcAwwcHABAIBwAYCAcAYwgHAIQIBwBluA4AvggHALi4DgAOCQcAXAkHAGkJBwCvCQcAvAkHAAIKBwAOCgcAVQoHAGQKBwCoCgcAsgoHAPsKBwADCwcATgsHAFgLBwChCwcArwsHAPQLBwAKDAcARwwHAFMMBwCaDAcAnwwHAO0MBwD2DAcAQA0HAEoNBwCTDQcAmw0HAOYNBwDwDQcAOQ4HAD4OBwCMDgcAlA4HAAu5DgDrDgcAMg8HAEUPBwCFDwcAlA8HANgPBwDkDwcAKxAHACwQBwB+EAcAiBAHANEQBwDfEAcAJBEHACkRBwB3EQcAhBEHAF65DgDVEQcAHRIHACkSBwBwEgcAdhIHAMMSBwDPEgcAFhMHAB4TBwBXug4AbBMHALwTBwDEEwcADxQHABwUBwBiFAcAZxQHALUUBwC9FAcACBUHAAoVBwBbFQcAdhUHAK4VBwCwFQcAARYHAA8WBwBUFgcAZRYHAKcWBwCpFgcA+hYHABMXBwBNFwcAXhcHAKAXBwCsFwcA8xcHAPsXBwCqug4ASxgHAJkYBwCmGAcA7BgHAPkYBwA/GQcASxkHAJIZBwChGQcA5RkHAO8ZBwA4GgcARhoHAIsaBwCQGgcA3hoHAOsaBwAxGwcAORsHAIQbBwCGGwcA1xsHAOEbBwAqHAcAMhwHAP26DgCIHAcA0BwHAN4cBwAjHQcAJh0HAHYdBwB+HQcAyR0HAN8dBwAcHgcAIR4HAG8eBwCFHgcAwh4HAM4eBwAVHwcAIh8HAGgfBwByHwcAULsOAMkfBwAOIAcAJyAHAGEgBwB3IAcAtCAHAMMgBwAHIQcAISEHAFohBwBdIQcANyYHAGUhBwAUKwcAaSEHAK0hBwCyIQcAACIHAA0iBwBTIgcAYCIHAKYiBwCyIgcA+SIHAAgjBwBMIwcAViMHAJ8jBwCtIwcA8iMHAPcjBwBFJAcAUiQHAJgkBwCkJAcA6yQHAPEkBwA+JQcARCUHAJElBwCWJQcA5CUHAOolBwCjuw4AQyYHAIomBwCQJgcA3SYHAPgmBwAwJwcAPCcHAIMnBwCJJwcA1icHAN0nBwApKAcALigHAMgpBwA1KAcAfCgHAH4oBwDPKAcA1igHACIpBwA+KQcAdSkHAH0pBwCcvA4AzCkHABsqBwAoKgcAbioHAIoqBwDBKgcAySoHAO+8DgAZKwcAZysHAGorBwC6KwcAxCsHAA0sBwAeLAcAYCwHAGUsBwCzLAcAuCwHAAYtBwAmLQcAWS0HAGItBwCsLQcArS0HAP8tBwALLgcAUi4HAFguBwClLgcAqy4HAPguBwD9LgcASy8HAFEvBwBCvQ4AoC8HAPEvBwD3LwcARDAHAGQwBwCXMAcAozAHAOowBwDxMAcAPTEHAEUxBwCQMQcAlzEHAOMxBwDvMQcANjIHADgyBwCJMgcAkDIHADu+DgDeMgcALzMHADIzBwCCMwcAijMHANUzBwDlMwcAKDQHACo0BwB7NAcAiTQHAM40BwDfNAcAjr4OACg1BwDhvg4AgTUHAMc1BwDONQcAGjYHACI2BwBtNgcAezYHAMA2BwDDNgcAEzcHABs3BwBmNwcAbTcHALk3BwDHNwcADDgHAA84BwBfOAcAYTgHALI4BwDLOAcABTkHABY5BwBYOQcAZDkHAKs5BwCyOQcA/jkHAAY6BwBROgcAWjoHAKQ6BwCxOgcA9zoHAAE7BwBKOwcAWDsHAJ07BwCuOwcA8DsHAPg7BwBDPAcATTwHAJY8BwCkPAcA6TwHAP88BwA8PQcASD0HAI89BwCWPQcA4j0HAOo9BwA1PgcAOz4HAIg+BwCUPgcA2z4HAOU+BwAuPwcAND8HAIE/BwCVPwcAh78OANk/BwAnQAcAKkAHAHpABwCEQAcAzUAHAM9ABwAgQQcAO0EHAHNBBwB1QQcAxkEHANRBBwAZQgcAKkIHAGxCBwBuQgcAv0IHANhCBwASQwcAI0MHAGVDBwBxQwcA2r8OANVDBwALRAcAHEQHAF5EBwB6RAcAsUQHALlEBwAtwA4ACUUHAFdFBwBfRQcAqkUHALVFBwD9RQcAAkYHAFBGBwBTRgcAo0YHAK1GBwD2RgcA+UYHAElHBwBRRwcAnEcHAJ5HBwDvRwcACkgHAEJIBwBESAcAlUgHAKNIBwDoSAcA+UgHADtJBwA9SQcAjkkHAKdJBwDhSQcA8kkHADRKBwBASgcAh0oHAI9KBwCAwA4A50oHAC1LBwA1SwcAgEsHAIpLBwDTSwcA3ksHACZMBwAyTAcAeUwHAIFMBwDTwA4A0UwHAB9NBwAkTQcAck0HAINNBwAmwQ4A0k0HABhOBwAaTgcAa04HAIROBwC+TgcAz04HABFPBwAdTwcAZE8HAGxPBwB5wQ4AvE8HAApQBwASUAcAXVAHAGxQBwCwUAcAtlAHAANRBwAPUQcAVlEHAFhRBwCpUQcAs1EHAPxRBwAIUgcAT1IHAFdSBwDMwQ4ArlIHAPVSBwD4UgcASFMHAEtTBwCbUwcAqVMHAO5TBwDzUwcAQVQHAE5UBwAfwg4ApVQHAOdUBwDvVAcAOlUHAPRUBwBOXgcARVUHAI1VBwCSVQcA4FUHAONVBwAzVgcAPVYHAIZWBwCpVgcA2VYHANxWBwAsVwcAUFcHAH9XBwCHVwcAcsIOANhXBwAlWAcAM1gHAHhYBwCEWAcAy1gHANJYBwAeWQcAJlkHAHFZBwCBWQcAxFkHAMlZBwAXWgcAHVoHAGpaBwByWgcAvVoHANpaBwAQWwcAGVsHAGNbBwBvWwcAtlsHALxbBwAJXAcAHVwHAFxcBwBkXAcAr1wHAL9cBwACXQcABF0HAFVdBwBjXQcAqF0HALldBwDFwg4AAl4HABjDDgBTXgcAoV4HAKheBwD0XgcAAF8HAEdfBwBKXwcAml8HAKpfBwDtXwcA718HAEBgBwBOYAcAk2AHAKRgBwBrww4A7WAHAL7DDgBMYQcAjGEHAJthBwDfYQcA62EHADJiBwAzYgcAhWIHAI9iBwDYYgcA5mIHACtjBwAwYwcAfmMHAItjBwARxA4A1mMHACRkBwAtZAcAd2QHAIhkBwDKZAcA0WQHAB1lBwAlZQcAcGUHAH1lBwDDZQcAyGUHABZmBwAgZgcAaWYHAHFmBwC8ZgcAwmYHAA9nBwAbZwcAYmcHAGRnBwC1ZwcAxGcHAAhoBwATaAcAW2gHAGNoBwCuaAcAsGgHAAFpBwAOaQcAVGkHAGhpBwCnaQcAr2kHAPppBwAJagcATWoHAFJqBwCgagcArWoHAPNqBwD9agcARmsHAEhrBwCZawcAqGsHAOxrBwD2awcAP2wHAEdsBwCSbAcAk2wHAOVsBwDqbAcAOG0HAEZtBwCLbQcAmG0HAN5tBwDobQcACsUOADRuBwCEbgcAkG4HAG59BwCgbgcA124HAN9uBwBdxQ4AL28HAH1vBwCFbwcA0G8HANNvBwAjcAcAL3AHAHZwBwB8cAcAyXAHAORwBwAccQcAKHEHAG9xBwB1cQcAwnEHAMVxBwAVcgcAHXIHAGhyBwBqcgcAu3IHANZyBwAOcwcAEHMHAGFzBwBvcwcAtHMHAMVzBwAHdAcACXQHAFp0BwBzdAcArXQHAL50BwAAdQcADHUHAFN1BwBbdQcAsMUOAKt1BwD5dQcA/3UHAEx2BwBUdgcAn3YHAK52BwDydgcA93YHAEV3BwBSdwcAmHcHAKV3BwDrdwcA93cHAD54BwBNeAcAkXgHAJt4BwDkeAcA8ngHADd5BwA8eQcAinkHAJd5BwADxg4A6XkHADB6BwA2egcAg3oHAJ56BwDWegcA4noHACl7BwAvewcAfHsHAH97BwDPewcA23sHACJ8BwAofAcAdXwHAHt8BwDIfAcAzXwHABt9BwAhfQcAVsYOAHR9BwDBfQcAx30HABR+BwAZfgcAZ34HAG1+BwCpxg4Av34HAA1/BwAafwcAYH8HAG1/BwCzfwcAv38HAAaABwAVgAcAWYAHAGOABwCsgAcAuoAHAP+ABwAEgQcAUoEHAF+BBwClgQcAvYEHAPiBBwD+gQcAS4IHAFeCBwCeggcAroIHAPGCBwD6ggcARIMHAEeDBwCXgwcAo4MHAOqDBwDxgwcAoscOAD+EBwCQhAcAmoQHAOOEBwDmhAcANoUHAD6FBwCJhQcAjIUHANyFBwDohQcAL4YHADWGBwCChgcAnYYHANWGBwDhhgcAKIcHAC6HBwD1xw4Am4cHAM6HBwDZhwcAIYgHACaIBwB0iAcAfYgHAMeIBwDKiAcAGokHACaJBwBtiQcAeYkHAM2TBwCFiQcAwIkHAMeJBwATigcAGYoHAGaKBwB0igcAuYoHANSKBwAMiwcAGIsHAF+LBwBliwcAsosHAMyLBwAFjAcAEYwHAFiMBwBejAcAq4wHALGMBwD+jAcAA40HAFGNBwBXjQcASMgOALGNBwD3jQcAA44HAEqOBwBUjgcAnY4HAKGOBwDwjgcA9Y4HAEOPBwBJjwcAlo8HALaPBwDpjwcA9Y8HADyQBwBCkAcAj5AHAJWQBwDikAcA55AHADWRBwA7kQcA7sgOAI2RBwDbkQcA4pEHAC6SBwA6kgcAgZIHAJ2SBwDUkgcA3JIHAOfJDgBekwcAepMHAKCTBwA6yg4A4JMHACCUBwAvlAcAc5QHAH+UBwDGlAcAx5QHABmVBwAjlQcAbJUHAHqVBwC/lQcAxJUHABKWBwAflgcAjcoOAG2WBwCGyw4AvZYHAAuXBwAYlwcAXpcHAGuXBwCxlwcAvZcHAASYBwATmAcAV5gHAGGYBwCqmAcAuJgHAP2YBwACmQcAUJkHAF2ZBwCjmQcAq5kHAPaZBwD8mQcASZoHAFWaBwCcmgcArJoHAO+aBwD4mgcAQpsHAEWbBwCVmwcAoZsHAOibBwDvmwcA2csOAEacBwCOnAcAmpwHAOGcBwDpnAcALMwOAEGdBwCHnQcAjp0HANqdBwDbnQcALZ4HADKeBwCAngcAjp4HANOeBwDgngcAJp8HADCfBwB5nwcAgZ8HAMyfBwDVnwcAH6AHACWgBwByoAcAg6AHAMWgBwDhoAcAGKEHACChBwB/zA4AdqEHAL6hBwDIoQcAEaIHABuiBwBkogcAZaIHANLMDgC8ogcACqMHABejBwBdowcAaqMHALCjBwC8owcAA6QHABKkBwBWpAcAYKQHAKmkBwCxpAcA/KQHAAalBwBPpQcAVKUHAKKlBwCqpQcAJc0OAACmBwBIpgcAVKYHAJumBwCjpgcAeM0OAPOmBwBBpwcAUKcHAJSnBwC0pwcA56cHAPOnBwA6qAcAQKgHAI2oBwCVqAcA4KgHAOeoBwAzqQcANakHAIapBwCSqQcA2akHAO+pBwAsqgcAMaoHAH+qBwCMqgcAy80OANeqBwAlqwcANKsHAHirBwCYqwcAy6sHANerBwAerAcAJKwHAHGsBwB5rAcAxKwHAMusBwAXrQcAGa0HAGqtBwB2rQcAva0HANOtBwAQrgcAFa4HAGOuBwBwrgcAtq4HAL6uBwAJrwcAD68HAFyvBwBlrwcAr68HALyvBwACsAcAD7AHAFWwBwBjsAcAqLAHALWwBwD7sAcAErEHAE6xBwB8sQcAHs4OAKexBwD0sQcArrEHANvBDAAKsgcAR7IHAFWyBwCasgcAnbIHAO2yBwDwsgcAQLMHAE6zBwCTswcAmLMHAOazBwDzswcAObQHAEG0BwCMtAcAk7QHAN+0BwDrtAcAMrUHAD+1BwCFtQcAk7UHANi1BwDktQcAK7YHADK2BwB+tgcAhrYHANG2BwDVtgcAJLcHAC+3BwB3twcAhbcHAMq3BwDbtwcAHbgHACm4BwBwuAcAeLgHAHHODgDJuAcAFrkHACq5BwBpuQcAd7kHALy5BwDJuQcAD7oHACa6BwBiugcAaroHALW6BwC/ugcACLsHAA27BwBbuwcAY7sHAK67BwC9uwcAAbwHAAa8BwBUvAcAYbwHAKe8BwC0vAcA+rwHAAa9BwBNvQcAXL0HAKC9BwCqvQcA870HAPu9BwBGvgcAUL4HAJm+BwCevgcA7L4HAPS+BwDEzg4ASr8HAJK/BwCevwcA5b8HAO2/BwAXzw4APcAHAIvABwCawAcA3sAHAP7ABwAxwQcAPcEHAITBBwCKwQcA18EHAN/BBwAqwgcAMcIHAH3CBwB/wgcA0MIHANzCBwAjwwcAOcMHAHbDBwB7wwcAycMHANbDBwBqzw4AJcQHAG/EBwB1xAcAwsQHANDEBwAVxQcAIsUHAGjFBwB/xQcAu8UHAMPFBwAOxgcAHcYHAGHGBwBmxgcAtMYHAMHGBwAHxwcAFMcHAFrHBwBmxwcArccHALzHBwAAyAcACsgHAFPIBwBvyAcApsgHAK7IBwC9zw4ABskHAO6KCwAIyQcATMkHAFbJBwCU3gsAbMkHAJ/JBwCryQcA8skHAPjJBwBFygcATcoHAHcKCABRygcAmMoHAF/KBwAR9QcAq8oHAOvKBwD6ygcAPssHAErLBwCRywcAkssHAOTLBwDuywcAN8wHAEXMBwCKzAcAj8wHAN3MBwDqzAcAENAOADbNBwCDzQcAic0HANbNBwDbzQcAKc4HAC/OBwAJ0Q4Ah84HAM/OBwDdzgcAIs8HADPPBwB1zwcAgc8HAMjPBwDQzwcAr9EOACfQBwBu0AcAeNAHAMHQBwDQ0AcAFNEHAB/RBwBn0QcAddEHALrRBwDH0QcADdIHACTSBwBg0gcAaNIHALPSBwC20gcABtMHABLTBwBZ0wcAX9MHAKzTBwDH0wcA/9MHAAvUBwBS1AcAWNQHAKXUBwCt1AcA+NQHAPrUBwBL1QcATNUHAJ7VBwCs1QcA8dUHAPnVBwBE1gcAX9YHAJfWBwCj1gcA6tYHAPDWBwA91wcAQNcHAJDXBwCe1wcA49cHAOjXBwA22AcAQ9gHAALSDgCW2AcAqdsLAJrYBwDc2AcAnNgHACw0DADo2AcAL9kHADzZBwCC2QcAh9kHANXZBwDf2QcAKNoHADjaBwB72gcAgNoHAM7aBwDX2gcAIdsHAC7bBwB02wcAe9sHAMfbBwDT2wcAGtwHACDcBwBt3AcAc9wHAMDcBwDF3AcAE90HABndBwBV0g4Act0HALndBwC/3QcADN4HABLeBwBf3gcAbN4HALLeBwC33gcABd8HAA3fBwBY3wcAjd8HAKvfBwDb3wcA/t8HAAbgBwBR4AcAXuAHAKTgBwCp4AcA9+AHAP/gBwBK4QcATeEHAJ3hBwCm4QcA8OEHAP/hBwBD4gcATuIHAJbiBwCe4gcA6eIHAPniBwA84wcASuMHAI/jBwCg4wcA4uMHAO7jBwA15AcAPeQHAE7TDgCO5AcA2+QHAOPkBwAu5QcANeUHAIHlBwCP5QcA1OUHANrlBwAn5gcAM+YHAHrmBwCJ5gcAzeYHANfmBwAg5wcAJecHAHPnBwB55wcAxucHANrnBwCh0w4AJugHAGzoBwAo6AcA8SgIAHHoBwC/6AcAy+gHABLpBwAf6QcAZekHAG/pBwD00w4A0+kHAAvqBwAN6gcAXuoHAGTqBwCx6gcA5+oHAATrBwAK6wcAV+sHAGDrBwCq6wcAt+sHAP3rBwAz7AcAUOwHAFfsBwCj7AcAqOwHAPbsBwAF7QcASe0HAGntBwCc7QcAqO0HAO/tBwD17QcAQu4HAFzuBwCV7gcAmO4HAOjuBwDt7gcAO+8HAErvBwCO7wcAru8HAJrUDgAB8AcANPAHAEDwBwCH8AcAkfAHANrwBwDm8AcA9Z4IAOfwBwAt8QcAMvEHAIDxBwCK8QcA0/EHAOPxBwAm8gcAK/IHAHnyBwCC8gcAzPIHANnyBwAf8wcAJvMHAHLzBwB+8wcAxfMHAMvzBwAY9AcAHvQHAGv0BwBw9AcAvvQHAMT0BwDt1A4AFPUHAGT1BwBp9QcAt/UHAMb1BwAK9gcAKvYHAJPVDgBr9gcAsPYHAL32BwAD9wcACvcHAFb3BwBe9wcAqfcHAKv3BwD89wcAsPcHAKVsCgDA9wcASTIKAAL4BwDsVgoABPgHAE/4BwBT+AcAFwAIAGX4BwB1FAoAavgHAKL4BwCk+AcA9fgHAAb5BwBI+QcAVvkHAJv5BwCi+QcA7vkHAPb5BwBB+gcASPoHAJT6BwCZ+gcA5/oHAPb6BwA6+wcAWvsHAI37BwCZ+wcA4PsHAOb7BwAz/AcAO/wHAIb8BwCS/AcA2fwHAOb8BwAs/QcAR/0HAH/9BwCN/QcA0v0HANj9BwAl/gcAKv4HAHj+BwCF/gcAy/4HAOH+BwAe/wcAKv8HAHH/BwB+/wcAxP8HAM7/BwDm1Q4AHAAIAGoACABwAAgAvQAIAN0ACAAQAQgAHgEIAGMBCABwAQgAtgEIAM0BCAAJAggAEQIIAFwCCABrAggArwIIALQCCAACAwgADwMIAFUDCABfAwgAqAMIAKoDCAD7AwgACQQIAE4ECABbBAgAoQQIAK0ECAD0BAgA+gQIAEcFCABPBQgAmgUIAKAFCADtBQgA9gUIAEAGCABNBggAkwYIAJ0GCADmBggA9AYIADkHCABPBwgAjAcIAJgHCADfBwgA5wcIADnWDgA8CAgAhQgIAIsICADYCAgA2ggIACsJCAA1CQgAfgkIAIoJCADRCQgA6AkIACQKCAA4CggAjNYOAIUKCADKCggAzQoIAB0LCAAlCwgAcAsIAHwLCADDCwgA0QsIABYMCAAgDAgAaQwIAHQMCAC8DAgAyAwIAA8NCAAVDQgAYg0IAGoNCAC1DQgAwg0IAAgOCAANDggAWw4IAGUOCACuDggAtg4IAAEPCAAHDwgAVA8IAF0PCACnDwgAtA8IAPoPCAAHEAgATRAIAFsQCACgEAgArRAIAPMQCAAKEQgARhEIAE4RCACZEQgAnhEIAOwRCADyEQgAPxIIAEcSCACSEggAqBIIAOUSCADzEggAOBMIADsTCACLEwgAmhMIAN4TCADjEwgAMRQIAD4UCACEFAgAlBQIANcUCADlFAgAKhUIAEEVCAB9FQgAhhUIANAVCADWFQgAIxYIAC8WCAB2FggAfRYIAN/WDgDVFggAHBcIAB4XCABvFwgAeRcIAMIXCADOFwgAFRgIAB0YCAAy1w4AbRgIALsYCADKGAgADhkIAC4ZCABhGQgAbRkIALQZCAC6GQgABxoIAA8aCABaGggAWxoIAK0aCACzGggAABsIAAUbCABTGwgAbhsIAKYbCAC0GwgA+RsIAAAcCABMHAgAWBwIAJ8cCAClHAgAhdcOAPccCABFHQgATx0IAJgdCACpHQgA6x0IAPcdCAA+HggAQR4IAJEeCACUHggA5B4IAOweCAA3HwgAPh8IAIofCACPHwgA3R8IAOwfCAAwIAgAUCAIAIMgCACPIAgA1iAIANwgCAApIQgAMSEIAHwhCACJIQgAzyEIANQhCAAiIggALCIIAHUiCAB9IggAyCIIANgiCAAbIwgAICMIAG4jCAB3IwgAwSMIAM4jCAAUJAgAGyQIANjXDgBsJAgAuiQIAMkkCAANJQgALSUIAGAlCABsJQgAsyUIALklCAAGJggADiYIAFkmCABlJggArCYIALkmCAD/JggABicIAFInCABTJwgApScIAKonCAD4JwgABigIAEsoCABYKAgAnigIAKgoCAAr2A4A9igIAEQpCABRKQgAlykIAKQpCADqKQgA8CkIAD0qCABJKggAkCoIAKAqCADjKggA7CoIADYrCAA5KwgAiSsIAJUrCADcKwgA4ysIAH7YDgAxLAgAgiwIADYsCADoLAsAPywIADxmDQCTLAgA1SwIAN0sCAAoLQgAMi0IAHstCACKLQgAzi0IAM8tCAAhLggAKS4IACTZDgB8LggAd9kOAOYuCAAd2g4AOC8IAG0vCAA9LwgAZJsIAEIvCADZTwgAdS8IAMAvCADPLwgAEzAIABgwCABmMAgAczAIALkwCADGMAgADDEIABgxCABfMQgAbjEIALIxCAC8MQgABTIIACgyCABYMggAjTIIAKsyCADPMggA/jIIAAYzCABw2g4AVjMIAKQzCACqMwgA9zMIAP8zCADD2g4AWDQIAJ00CAC4NAgA8DQIAPw0CABDNQgAVDUIAJY1CACqNQgA6TUIAPE1CAA8NggAQjYIAI82CACbNggA4jYIAPI2CAA1NwgAPjcIAIg3CACLNwgA2zcIAOc3CAAuOAgANTgIABbbDgCPOAgA1DgIAN44CABp2w4ALDkIAHo5CACHOQgAzTkIANo5CAAgOggALDoIAHM6CACCOggAxjoIANA6CAAZOwgAJzsIAGw7CABxOwgAvzsIAMw7CAASPAgAGjwIAGU8CABrPAgAuDwIAMQ8CAALPQgAGz0IAF49CABnPQgAsT0IALQ9CAAEPggAED4IAFc+CABePggAvNsOALk+CAD9PggAAj8IAFA/CABdPwgAoz8IALA/CAD2PwgA/D8IAElACABVQAgAnEAIAKxACADvQAgA+EAIAEJBCABFQQgAlUEIAKFBCADoQQgA70EIAA/cDgBAQggAjkIIAJtCCADhQggA/0IIADRDCABAQwgAh0MIAJpDCADaQwgA6EMIAC1ECAAwRAgAgEQIAIpECADTRAgA4UQIACZFCAAzRQgAeUUIAJBFCADMRQgA1EUIAB9GCAAmRggAckYIAHdGCADFRggA20YIABhHCAAaRwgAa0cIAHlHCAC+RwgAy0cIAGLcDgAZSAgAtdwOAGlICAC3SAgAxEgIAApJCAAXSQgAXUkIAGlJCACwSQgAv0kIAANKCAANSggAVkoIAGRKCACpSggArkoIAPxKCAAJSwgAT0sIAFdLCACiSwgAqEsIAPVLCAABTAgASEwIAFhMCACbTAgApEwIAO5MCADxTAgAQU0IAE1NCACUTQgAm00IAAjdDgDzTQgAOk4IAEpOCACNTggAlk4IAOBOCADjTggAM08IAD9PCACGTwgAjU8IAFvdDgDiTwgAF1MIAONPCAAsUAgAO1AIAH9QCAA9UAgAy1EIAIBQCADSUAgA7lAIACVRCABbUQgAeFEIAK5RCACu3Q4AzlEIAB5SCAA6UggAcVIIAKdSCADEUggA+lIIAAHeDgAkUwgAalMIAHhTCAC9UwgA0FMIABBUCAAsVAgAY1QIAJlUCAC2VAgA7FQIAFTeDgAaVQgAXFUIAGhVCACvVQgAt1UIAKfeDgAHVggAVVYIAF1WCACoVggAt1YIAPtWCAAAVwgATlcIAFtXCAChVwgArlcIAPRXCAAAWAgAR1gIAFZYCACaWAgApFgIAO1YCAD1WAgAQFkIAEpZCACTWQgAmFkIAOZZCADuWQgA+t4OAEhaCACMWggASloIANhbCACNWggA31oIAPtaCAAyWwgAaFsIAIVbCAC7WwgATd8OANtbCAArXAgAR1wIAH5cCAC0XAgA0VwIAAddCACg3w4AJ10IAHddCACIXQgAyl0IAOZdCAAdXggAU14IAHBeCACmXggA898OANBeCAAWXwgAIl8IAGlfCAB4XwgAvF8IAMZfCAAPYAgAHWAIAGJgCABnYAgAtWAIAMJgCAAIYQgAEGEIAFthCABhYQgArmEIAGthCADywggAumEIAAFiCAARYggAVGIIAF1iCACnYggAqmIIAPpiCAAGYwgATWMIAFRjCABG4A4ApWMIAHf1CgCqYwgA82MIAKxjCAADjwoA/WMIAEZkCABHZAgAmWQIAKhkCADsZAgA8WQIAD9lCABMZQgAkmUIAJ9lCADlZQgA8WUIADhmCABHZggAi2YIAJVmCADeZggA7GYIADFnCAA2ZwgAhGcIAJFnCADXZwgA2GcIACpoCAAvaAgAfWgIAIJoCADQaAgA4WgIACNpCABGaQgAdmkIAIFpCADJaQgAzmkIABxqCAAfaggAb2oIAHlqCADCaggA7WoIABVrCAA0awgAmeAOAHRrCAC7awgAvWsIAA5sCAAdbAgAYWwIAGxsCAC0bAgAvGwIAAdtCAAObQgAWm0IAFxtCACtbQgAt20IAABuCAACbggAU24IAGxuCACmbggAqG4IAPluCAD8bggATG8IAFhvCACfbwgAp28IAOzgDgD+bwgARXAIAEtwCACYcAgAs3AIAOtwCAD3cAgAPnEIAERxCACRcQgAmXEIAORxCADmcQgAN3IIAEFyCACKcggAknIIAD/hDgDucggAMHMIADdzCACDcwgAi3MIANZzCADjcwgAKXQIAC50CAB8dAgAhnQIAM90CADXdAgAInUIADF1CAB1dQgAenUIAMh1CADVdQgAG3YIACh2CABudggAenYIAMF2CADQdggAFHcIAB53CABndwgAb3cIALp3CADEdwgADXgIABJ4CABgeAgAaHgIAJLhDgC/eAgABnkIABZ5CABZeQgAYnkIAKx5CACveQgA/3kIAAt6CABSeggAWXoIAOXhDgCreggA+HoIAP56CABLewgAUHsIAJ57CACkewgAOOIOAPd7CABEfAgASnwIAJd8CACcfAgANW4MAKR8CADqfAgA73wIAD19CABFfQgAkH0IAMJ9CAAFhQgAx30IAON9CAAafggANn4IAG1+CACJfggAuX4IANx+CADkfggAL38IAD5/CACCfwgAh38IANV/CADifwgAKIAIADWACAB7gAgAh4AIAM6ACADdgAgAIYEIACuBCAB0gQgAgoEIAMeBCADMgQgAGoIIACeCCABtgggAdYIIAMCCCADGgggAE4MIAB+DCABmgwgAdoMIALmDCADCgwgADIQIAA+ECABfhAgAa4QIALKECAC5hAgAi+IOADyFCABYhQgAiIUIAKuFCACzhQgA/oUIAA2GCABRhggAVoYIAKSGCACxhggA94YIAASHCABKhwgAVocIAJ2HCACshwgA8IcIAPqHCABDiAgAUYgIAJaICACbiAgA6YgIAPaICAA8iQgARIkIAI+JCACViQgA4okIAO6JCAA1iggARYoIAIiKCACRiggA24oIAN6KCAAuiwgAOosIAIGLCACIiwgA3uIOANaLCAByfQwA4osIACeMCAA0jAgAeowIAIaMCADNjAgA04wIACCNCAAmjQgAc40IAHiNCADGjQgAzI0IADHjDgA/jggAbI4IAJKOCAC/jggA8Y4IABKPCABJjwgAZY8IAJWPCADX4w4AxI8IAAuQCADGjwgAoaMJABWQCABekAgAeJAIALGQCADAkAgABJEIAAmRCABXkQgAZJEIAKqRCAC3kQgA/ZEIAAmSCABQkggAX5IIAKOSCACtkggA9pIIAAKTCABJkwgAXJMIAJyTCACrkwgA75MIAPuTCABClAgAQ5QIAJWUCACflAgA6JQIAPaUCAA7lQgAQJUIAI6VCACblQgAKuQOAOaVCAA0lggAQZYIAIeWCACUlggA2pYIAOaWCAAtlwgAPJcIAICXCACKlwgA05cIAOGXCAAmmAgAK5gIAHmYCACGmAgAzJgIANSYCAAfmQgAJZkIAHKZCAB+mQgAxZkIANWZCAAYmggAIZoIAGuaCABumggAvpoIAMqaCAARmwgAGJsIACPlDgBpmwgAt5sIALqbCAAKnAgAEpwIAF2cCABpnAgAsJwIALacCAADnQgACZ0IAFadCABbnQgAqZ0IAK+dCAB25Q4AM54IAE+eCACGnggAop4IAMaeCAAc5g4A+54IAPm6CQAInwgASJ8IAFefCACbnwgAp58IAO6fCADvnwgAQaAIAEugCACUoAgAoqAIAOegCADsoAgAOqEIAEehCABv5g4AsKEIAOChCAAXoggAM6IIAGqiCACGoggAvaIIANmiCAD9oggAwuYOADqjCAB/owgAhKMIANKjCADfowgAJaQIAC2kCAB4pAgAfqQIAMukCADXpAgAHqUIAC6lCABxpQgAeqUIAMSlCADHpQgAF6YIAE+mCABqpggAdqYIABXnDgDDpggAEKcIACmnCABjpwgAcacIALanCADDpwgACagIABCoCABcqAgAZagIAK+oCAC8qAgAAqkIABmpCABVqQgAWKkIAKipCACqqQgA+6kIAASqCABOqggAXqoIAKGqCAC6qggA9KoIAPaqCABHqwgAUKsIAJqrCACiqwgA7asIAO+rCABArAgAWawIAJOsCACqrAgA5qwIAPKsCAA5rQgASq0IAIytCACYrQgA360IAOqtCAAyrggAP64IAIWuCACPrggAaOcOAOuuCAArrwgAOa8IAH6vCABlrwgAmbcIALevCADRrwgA3q8IACSwCAAssAgAd7AIAH2wCADKsAgA1rAIAB2xCAAosQgAcLEIAHmxCADDsQgAxrEIABayCAAYsggAabIIAHCyCAC8sggAvrIIALvnDgASswgAYrMIAHCzCAC1swgAurMIAAi0CAAVtAgAW7QIAGe0CACutAgAtrQIAA7oDgAPtQgAVLUIAGS1CACntQgAtbUIAPq1CAADtggATbYIAFe2CACgtggAorYIAPO2CAD9tggARrcIAEi3CABh6A4AnrcIAOy3CAD0twgAP7gIAEW4CACSuAgAnrgIAOW4CAD0uAgAOLkIAEG5CACLuQgAjrkIAN65CADguQgAMboIADi6CACEuggAhroIALToDgDcuggAKrsIAEa7CAB9uwgAmbsIAAfpDgDduwgAJ9gJAN+7CAAjvAgAKLwIAHa8CACDvAgAybwIANa8CAAcvQgAIr0IAG+9CAB7vQgAwr0IANK9CAAVvggAHr4IAGi+CABrvggAu74IAMe+CAAOvwgAFb8IAFrpDgBwvwgAtL8IALm/CAAHwAgAFMAIAFrACABnwAgArcAIALPACAAAwQgADMEIAFPBCABjwQgApsEIAK/BCAD5wQgA/MEIAEzCCABYwggAn8IIAKbCCACt6Q4A9MIIAEXDCABTwwgAmMMIAKnDCAAA6g4A8sMIAFPqDgBGxAgApuoOAJbECADkxAgA8cQIADfFCABExQgAisUIAJbFCADdxQgA7MUIADDGCAA6xggAg8YIAJHGCADWxggA28YIACnHCAA2xwgAfMcIAITHCADPxwgA1ccIACLICAAuyAgAdcgIAIXICADIyAgA0cgIABvJCAAeyQgAbskIAHrJCADByQgAyMkIAPnqDgAZyggAZ8oIAG/KCAC6yggAvcoIAA3LCAAWywgAYMsIAG/LCACzywgAvssIAAbMCAAOzAgAWcwIAGnMCACszAgAuswIAP/MCAAQzQgAUs0IAF7NCAClzQgArc0IAEzrDgD+zQgAS84IAFPOCACezggApc4IAPHOCAD/zggARM8IAErPCACXzwgAo88IAOrPCAD5zwgAPdAIAEfQCACQ0AgAldAIAOPQCADp0AgANtEIAErRCACf6w4Ai9EIANzRCADm0QgAL9IIAD3SCACC0ggAh9IIANXSCADi0ggAKNMIACrTCAB70wgAjNMIAM7TCADa0wgAIdQIACfUCAB01AgAetQIAMfUCADM1AgAGtUIACDVCADy6w4ActUIAMDVCADR1QgAE9YIABvWCABm1ggAH9YIAPv8CAAh1ggAWQMNAHDWCAC51ggAx9YIAAzXCAAi1wgAX9cIAGvXCACy1wgAudcIAAXYCAAN2AgAWNgIAF3YCACr2AgAtNgIAP7YCAAI2QgAUdkIAFnZCACk2QgAqNkIAPfZCAAC2ggAStoIAFjaCACd2ggArtoIAPDaCAD82ggAQ9sIAEvbCABF7A4AmNsIAOnbCAD32wgAPNwIAEbcCACP3AgAndwIAOLcCADv3AgANd0IAEzdCACI3QgAkN0IANvdCADr3QgALt4IADPeCACB3ggAh94IANTeCADc3ggAJ98IACnfCAB63wgAh98IAM3fCADV3wgAIOAIACXgCABz4AgAdOAIAMbgCADS4AgAGeEIACbhCABs4QgAdOEIAL/hCADO4QgAEuIIABfiCABl4ggAcuIIALjiCADF4ggAC+MIABfjCABe4wgAbeMIALHjCAC74wgABOQIABLkCABX5AgAXOQIAKrkCAC35AgAmOwOAADlCABQ5QgAWOUIAKPlCACw5QgA9uUIAPvlCABJ5ggAU+YIAJzmCACk5ggA7+YIAPHmCABC5wgAXecIAJXnCACX5wgA6OcIAPbnCAA76AgATOgIAI7oCACQ6AgA4egIAProCAA06QgARekIAIfpCACT6QgA2ukIAO/pCAAt6ggANeoIAIDqCACG6ggA0+oIAN/qCAAm6wgAQ+sIAHnrCACC6wgAzOsIANjrCAAf7AgAIuwIAHLsCAB87AgAxewIAM3sCAAY7QgAIu0IAGvtCAB57QgAvu0IANTtCAAR7ggAHe4IAGTuCABr7ggAt+4IAL/uCAAK7wgAD+8IAF3vCABm7wgAsO8IALrvCAAD8AgAC/AIAFbwCABY8AgAqfAIALnwCAD88AgABvEIAE/xCABb8QgAovEIAKjxCAD18QgA/fEIAOvsDgBU8ggAm/IIAK7yCADu8ggACvMIAEHzCABJ8wgAPu0OAKLzCADn8wgA/fMIADr0CABG9AgAjfQIAJL0CADg9AgA6fQIADP1CAA99QgAhvUIAI71CADZ9QgA2/UIACz2CAA79ggAf/YIAJz2CADS9ggA2/YIACX3CAAz9wgAePcIAH73CADL9wgA2fcIAB74CAAr+AgAcfgIAIj4CADE+AgAzPgIABf5CAAZ+QgAavkIAHL5CAC9+QgAzPkIABD6CAAV+ggAY/oIAHD6CAC2+ggAw/oIAAn7CAAV+wgAXPsIAGv7CACv+wgAufsIAAL8CAAQ/AgAVfwIAFr8CACo/AgAtfwIAJHtDgAB/QgATv0IAFT9CACh/QgApv0IAPT9CAD6/QgA5O0OAFX+CACa/ggAsP4IAO3+CAD5/ggAQP8IAEX/CACT/wgAnP8IAOb/CADw/wgAOQAJAFwACQCMAAkAkAAJAN8ACQCbAAkAKwIJAOEACQAyAQkAQAEJAIUBCQCPAQkA2AEJAPwBCQDd7g4AMQIJAH4CCQCKAgkA0QIJANMCCQAkAwkALgMJAHcDCQCDAwkAygMJAO4DCQAw7w4AIQQJAHAECQAsBAkAvAUJAHIECQDDBAkA0QQJABYFCQAgBQkAaQUJAI0FCQCD7w4AwgUJAA8GCQAbBgkAYgYJAGQGCQC1BgkAvwYJAAgHCQAUBwkAWwcJAH8HCQDW7w4AywcJAAEICQAKCAkAVAgJAGIICQCnCAkArQgJAPoICQAGCQkATQkJAFUJCQAp8A4ApwkJAPMJCQAMCgkARgoJAFUKCQCZCgkAoQoJAOwKCQD7CgkAPwsJAEQLCQCSCwkAnwsJAOULCQDyCwkAOAwJAEQMCQCLDAkAmgwJAN4MCQDoDAkAMQ0JAD8NCQCEDQkAiQ0JANcNCQDkDQkAfPAOACsOCQBYfgkAQw4JAH0OCQCHDgkA0A4JANIOCQAjDwkAMQ8JAHYPCQCDDwkAyQ8JANEPCQAcEAkARRAJAG8QCQB2EAkAwhAJANsQCQAVEQkAJBEJAGgRCQBwEQkAuxEJAMoRCQAOEgkAExIJAGESCQBuEgkAtBIJAMESCQAHEwkAExMJAFoTCQBpEwkArRMJALcTCQAAFAkADhQJAFMUCQBYFAkAphQJALMUCQDP8A4A/hQJAFT6CgAFFQkATBUJACEVCQBTkA8AXxUJAJ8VCQCuFQkA8hUJAP4VCQBFFgkAURYJAJgWCQCfFgkA6xYJAPcWCQA+FwkARRcJAJEXCQCZFwkA5BcJAOgXCQA3GAkAQhgJAIoYCQCWGAkA3RgJAOoYCQAwGQkAOBkJAIMZCQCNGQkA1hkJANwZCQApGgkAPRoJAHwaCQCKGgkAzxoJANwaCQAiGwkAORsJAHUbCQB9GwkAyBsJANIbCQAbHAkAIBwJAG4cCQB2HAkAwRwJANAcCQAUHQkAGR0JAGcdCQB0HQkAuh0JAMcdCQANHgkAGR4JAGAeCQBvHgkAsx4JAL0eCQAi8Q4ADh8JAFkfCQBoHwkArB8JALEfCQD/HwkACCAJAFIgCQBjIAkApSAJAKwgCQD4IAkAACEJAEshCQBYIQkAniEJAKMhCQDxIQkA+yEJAEQiCQBMIgkAlyIJALAiCQDqIgkA9iIJAD0jCQBFIwkAdfEOAJ8jCQDjIwkAACQJADYkCQA/JAkAiSQJAJckCQDcJAkA4iQJAC8lCQA7JQkAgiUJAIklCQDVJQkA3SUJACgmCQA4JgkAeyYJAIEmCQDOJgkA0yYJACEnCQA3JwkAdCcJAHwnCQDHJwkA0ScJABooCQAlKAkAbSgJAHkoCQDAKAkAyCgJAMjxDgAgKQkAZikJAG0pCQC5KQkAxSkJAAwqCQASKgkAXyoJAHAqCQCyKgkAxioJAAUrCQATKwkAWCsJAGUrCQCrKwkAwisJAP4rCQAGLAkAUSwJAFgsCQCkLAkApiwJAPcsCQABLQkASi0JAEwtCQCdLQkAti0JAPAtCQDyLQkAQy4JAEYuCQCWLgkAoi4JAOkuCQAVLwkAG/IOAEsvCQCPLwkArC8JAOIvCQDrLwkANTAJAEMwCQCIMAkAjjAJANswCQDnMAkALjEJADYxCQBu8g4AiTEJANQxCQDaMQkAJzIJADMyCQB6MgkAfTIJAM0yCQDSMgkAIDMJACkzCQBzMwkAeTMJAMYzCQDVMwkAGTQJACU0CQBsNAkAdDQJAMHyDgDFNAkAEjUJABc1CQBlNQkAezUJALg1CQDANQkACzYJABk2CQBeNgkAaDYJALE2CQC0NgkABDcJAAw3CQBXNwkAWDcJAKo3CQCwNwkA/TcJAAs4CQBQOAkAZjgJAKM4CQClOAkA9jgJAPw4CQBJOQkAXTkJAJw5CQCkOQkA7zkJAP85CQBCOgkARDoJAJU6CQCkOgkA6DoJAPI6CQA7OwkAQDsJAI47CQCUOwkA4TsJAPU7CQA0PAkAPDwJAIc8CQCMPAkA2jwJAOA8CQAtPQkANT0JAIA9CQCDPQkA0z0JANg9CQAmPgkALz4JAHk+CQB/PgkAzD4JANs+CQAfPwkAKz8JABTzDgB8PwkAxT8JAMc/CQAYQAkAH0AJAGtACQByQAkAvkAJAMRACQARQQkAH0EJAGRBCQBxQQkAt0EJAMdBCQAKQgkAD0IJAF1CCQBlQgkAsEIJAHlCCQCgrwkAvEIJAANDCQAFQwkA7kUJABBDCQBWQwkAW0MJAKlDCQCzQwkA/EMJAAxECQBPRAkAVEQJAKJECQCrRAkA9UQJAAJFCQBIRQkAT0UJAJtFCQCjRQkAZ/MOAPxFCQBBRgkAWUYJAJRGCQCWRgkA50YJAP5GCQA6RwkAPEcJAI1HCQCbRwkA4EcJAO1HCQAzSAkAO0gJALrzDgCMSAkA2UgJANtICQAsSQkAOUkJAH9JCQCCSQkA0kkJAONJCQAlSgkAJ0oJAHhKCQCCSgkAy0oJANdKCQAeSwkAJksJAA30DgB2SwkAxEsJAMdLCQAXTAkAIUwJAGpMCQByTAkAvUwJAMpMCQAQTQkAEk0JAGNNCQB5TQkAtk0JAMJNCQAJTgkAEU4JAGD0DgBfTgkAr04JALhOCQACTwkAEE8JAIJ4CQARTwkAVU8JAGBPCQCoTwkAsE8JAPtPCQAGUAkATlAJAFNQCQChUAkApFAJAPRQCQD+UAkABvUOAE1RCQCaUQkAUVEJADsmDAC1UQkA7VEJAPlRCQBAUgkARlIJAJNSCQCbUgkA5lIJAPxSCQA5UwkAR1MJAIxTCQCPUwkA31MJAPhTCQAyVAkAPlQJAIVUCQCQVAkA2FQJANpUCQArVQkARlUJAH5VCQCMVQkA0VUJAN5VCQAkVgkAO1YJAFn1DgB5VgkAgCgMAI1WCQDKVgkAy1YJAB1XCQAiVwkAcFcJAHZXCQDDVwkAxVcJABZYCQAcWAkAaVgJAH1YCQC8WAkAxFgJAA9ZCQAfWQkAYlkJAGRZCQC1WQkAw1kJAAhaCQAZWgkArPUOAGFaCQCuWgkAuloJAP/1DgADWwkAVFsJAGVbCQCnWwkAr1sJAPpbCQADXAkATVwJAFRcCQCgXAkAoVwJAFL2DgD/XAkARl0JAEhdCQCZXQkAoF0JAOxdCQD0XQkAP14JAEheCQCSXgkAmV4JAOVeCQDmXgkApfYOAD1fCQCLXwkAk18JAN5fCQDoXwkAMWAJAD9gCQCEYAkAmmAJANdgCQDjYAkAKmEJAC9hCQB9YQkAhmEJANBhCQDaYQkA+PYOACRiCQB2YgkAfmIJADmfCgCOYgkAyWIJANZiCQAcYwkAKGMJAG9jCQB5YwkAwmMJAMZjCQAVZAkAGmQJAGhkCQBuZAkAu2QJANtkCQAOZQkAJmUJAGFlCQB4ZQkAtGUJAMBlCQAHZgkAEWYJAFpmCQBcZgkArWYJALRmCQAAZwkAB2cJAFNnCQBZZwkApmcJALJnCQD5ZwkA/GcJAExoCQBPaAkAn2gJAKtoCQDyaAkA9WgJAEVpCQBhaQkAmGkJAKBpCQBL9w4A92kJAD5qCQBIagkAkWoJAJNqCQDkagkA62oJADdrCQA+awkAimsJAJBrCQDdawkA62sJADBsCQA9bAkAg2wJAJNsCQDWbAkA22wJACltCQAxbQkAfG0JAIxtCQDPbQkA1G0JACJuCQAobgkAdW4JAH1uCQCe9w4Azm4JABtvCQAjbwkAbm8JAHFvCQDBbwkAzW8JABRwCQAacAkAZ3AJAIJwCQC6cAkAyHAJAA1xCQAccQkAYHEJAGxxCQCzcQkAu3EJAET4DgALcgkAWXIJAGNyCQCscgkAtHIJAP9yCQAfcwkAUnMJAF9zCQClcwkAqnMJAPhzCQD8cwkAS3QJAFh0CQCX+A4Ao3QJAPF0CQD0dAkARHUJAE51CQCXdQkAo3UJAOp1CQD9dQkAPXYJAEx2CQCQdgkAnHYJAON2CQDkdgkANncJAEB3CQCJdwkAl3cJANx3CQDhdwkAL3gJADx4CQDq+A4AjHgJANV4CQDXeAkAKHkJAEF5CQB7eQkAjHkJAM55CQDaeQkAIXoJACl6CQDj+Q4Ae3oJAMd6CQDOegkAGnsJACB7CQBtewkAeXsJAMB7CQDDewkAE3wJABZ8CQBmfAkAbnwJALl8CQDJfAkADH0JABF9CQBffQkAaH0JALJ9CQC/fQkABX4JAAx+CQA2+g4AZH4JAKt+CQC4fgkA/n4JAAZ/CQBRfwkAW38JAKR/CQCzfwkA938JAPh/CQBKgAkAUoAJAJ2ACQCsgAkA8IAJAPWACQBDgQkAUIEJAJaBCQCjgQkA6YEJAPWBCQA8ggkAS4IJAI+CCQCZggkA4oIJAPCCCQA1gwkAOoMJAIiDCQCVgwkA24MJAOODCQAuhAkAOIQJAIGECQCGhAkA1IQJANyECQCJ+g4ANYUJAHqFCQCGhQkAzYUJANOFCQAghgkAJoYJAHOGCQB4hgkAxoYJAMyGCQDc+g4AJYcJAGyHCQByhwkAv4cJAMWHCQASiAkAH4gJAGWICQBqiAkAuIgJAMCICQALiQkAKYkJANX7DgBgiQkA2JkLAGGJCQDX/woAZIkJADOUCgB0iQkAsYkJALKJCQAEigkACYoJAFeKCQBdigkAqooJAKyKCQD9igkAA4sJAFCLCQBkiwkAo4sJAKuLCQD2iwkABowJAEmMCQBLjAkAnIwJAKqMCQDvjAkAAI0JACj8DgBIjQkAlY0JAKGNCQB7/A4A9Y0JADuOCQBDjgkAjo4JAJuOCQDhjgkA444JADSPCQBKjwkAh48JAJOPCQDajwkA4o8JACH9DgA5kAkAgJAJAIOQCQDTkAkA2JAJACaRCQA3kQkAeZEJAIKRCQDMkQkA1pEJAB+SCQAtkgkAcpIJAHeSCQDFkgkA0pIJAHT9DgAkkwkAa5MJAHiTCQC+kwkAwJMJABGUCQAnlAkAZJQJAHCUCQC3lAkAv5QJAMf9DgAPlQkAXZUJAGOVCQCwlQkAuJUJAAOWCQAGlgkAVpYJAGKWCQCplgkAr5YJAPyWCQAXlwkAT5cJAFyXCQCilwkApJcJAPWXCQALmAkASJgJAFSYCQCbmAkAo5gJABr+DgD0mAkAQZkJAEaZCQCUmQkAr5kJAOeZCQD1mQkAOpoJAEGaCQCNmgkAmZoJAOCaCQDnmgkAbf4OAD6bCQCGmwkAjpsJANmbCQDkmwkALJwJADGcCQB/nAkAgpwJANKcCQDcnAkAJZ0JAC2dCQB4nQkAhp0JAMudCQDOnQkAHp4JACaeCQBxngkAkZ4JAMSeCQDRngkAF58JAByfCQBqnwkAbp8JAL2fCQDKnwkAwP4OADCgCQBjoAkAbKAJALagCQC3oAkACaEJABGhCQBcoQkAbKEJAK+hCQCxoQkAAqIJABCiCQBVogkAZqIJABP/DgCuogkA+6IJAAejCQBm/w4AVaMJALn/DgCmowkA9KMJAA6kCQBHpAkAVqQJAJqkCQClpAkA7aQJAO+kCQBApQkATaUJAJOlCQCgpQkA5qUJAPKlCQA5pgkASqYJAIymCQCPpgkA36YJAPmmCQAypwkAO6cJAIWnCQCSpwkA2KcJAN6nCQArqAkAN6gJAH6oCQCBqAkA0agJANaoCQAkqQkANakJAHepCQCSqQkAyqkJANapCQAdqgkAJKoJAHCqCQByqgkAw6oJAMqqCQAWqwkAHasJAGmrCQBvqwkAvKsJAMirCQAPrAkAEqwJAGKsCQBlrAkAtawJAMGsCQAIrQkAG60JAFutCQBqrQkArq0JALqtCQABrgkAAq4JAFSuCQBergkAp64JALWuCQD6rgkA/64JAE2vCQBarwkADAAPAKivCQBfAA8A9a8JAEawCQBcsAkAmbAJAKWwCQDssAkA9LAJALIADwBFsQkAkrEJAJqxCQDlsQkA6LEJADiyCQBEsgkAi7IJAJGyCQDesgkA+bIJADGzCQA/swkAhLMJAJOzCQDXswkA47MJACq0CQAytAkABQEPAIK0CQDQtAkA2rQJACO1CQArtQkAdrUJAJa1CQDJtQkA1rUJABy2CQAhtgkAb7YJAHO2CQDCtgkAz7YJAFgBDwA4twkAaLcJAGu3CQC7twkAwLcJAA64CQAduAkAYbgJAIG4CQC0uAkAwLgJAAe5CQARuQkAWrkJAGa5CQCtuQkAs7kJAAC6CQAGugkAU7oJAFi6CQCmugkArLoJAKsBDwD/ugkATLsJAFG7CQCfuwkApbsJAFECDwD1uwkARbwJAE+8CQCYvAkAmrwJAOu8CQAEvQkAPr0JAE+9CQCRvQkAn70JAOS9CQDnvQkAN74JAEK+CQCKvgkAkr4JAN2+CQDfvgkAML8JADi/CQCDvwkAkL8JANa/CQDivwkAKcAJAC3ACQB8wAkAhMAJAM/ACQDewAkAIsEJACfBCQB1wQkAgsEJAMjBCQDVwQkAG8IJACfCCQBuwgkAfcIJAMHCCQDLwgkAFMMJACLDCQBnwwkAbMMJALrDCQDHwwkApAIPABXECQD3Ag8AZMQJAJfICQBsxAkAs8QJALnECQAGxQkADMUJAFnFCQBmxQkArMUJALHFCQD/xQkAB8YJAFLGCQCExgkAS8cJAInGCQClxgkAy8YJAJ7HCQDcxgkA+MYJAC/HCQBKAw8AgscJAJ0DDwDExwkA8ccJACPICQBEyAkAe8gJAPADDwClyAkA6sgJAPfICQA9yQkASckJAJDJCQCWyQkA48kJAOnJCQA2ygkAO8oJAInKCQCPygkAQwQPAALLCQDVywkAE8sJAC/LCQBmywkA6QQPALnLCQA8BQ8A+8sJACjMCQBazAkAe8wJALLMCQCPBQ8A2MwJACHNCQAmzQkAdM0JAHzNCQDiBQ8AzM0JABrOCQAjzgkAbc4JAHrOCQDAzgkAx84JADUGDwAbzwkAiAYPAHnPCQC5zwkAxc8JAAzQCQAb0AkAX9AJAGjQCQCy0AkAvNAJAAXRCQAH0QkAWNEJAHHRCQCr0QkAvNEJAP7RCQAK0gkAUdIJAFnSCQDbBg8AstIJAPfSCQAI0wkAStMJAFbTCQCd0wkApdMJAC4HDwD10wkAQ9QJAE3UCQCW1AkAntQJAOnUCQD51AkAPNUJAEHVCQCP1QkAmNUJAOLVCQDv1QkANdYJADzWCQCBBw8AldYJANvWCQCb1gkAEsYMAODWCQAu1wkAOtcJAIHXCQCO1wkA1NcJAN7XCQDUBw8ALNgJAHrYCQCG2AkAzdgJANrYCQAg2QkAKtkJAHPZCQCP2QkAxtkJAM7ZCQAnCA8AHtoJAGzaCQB02gkAv9oJAMLaCQAS2wkAG9sJAGXbCQB02wkAuNsJAMPbCQAL3AkAE9wJAF7cCQBu3AkAsdwJAL/cCQAE3QkAFd0JAFfdCQBj3QkAqt0JALLdCQB6CA8AA94JAFDeCQBY3gkAo94JAKreCQD23gkABN8JAEnfCQBP3wkAnN8JAKjfCQDv3wkA/t8JAELgCQBM4AkAleAJAJrgCQDo4AkA7uAJADvhCQBP4QkAjuEJAJbhCQDh4QkA/+EJADTiCQA84gkAzQgPAI/iCQAgCQ8A4uIJAC3jCQBG4wkAgOMJAInjCQDT4wkA4+MJACbkCQA25AkAeeQJAIXkCQDM5AkA0uQJAB/lCQAt5QkAcuUJAH/lCQDF5QkA3OUJABjmCQAg5gkAa+YJAHXmCQC+5gkAzOYJABHnCQAn5wkAZOcJAHDnCQC35wkAvucJAAroCQAS6AkAXegJAGLoCQCw6AkAuegJAAPpCQAN6QkAVukJAF7pCQCp6QkAq+kJAPzpCQAM6gkAT+oJAFnqCQCi6gkAruoJAPXqCQD76gkASOsJAFDrCQDGCQ8ApOsJAO7rCQD/6wkAQewJAE3sCQCU7AkAoewJAOfsCQDs7AkAOu0JAETtCQCN7QkAne0JAODtCQDl7QkAM+4JADzuCQCG7gkAk+4JANnuCQDg7gkALO8JADjvCQB/7wkAhe8JANLvCQDY7wkAJfAJACrwCQB48AkAfvAJABkKDwDQ8AkAHvEJACbxCQBx8QkAh/EJAMTxCQDJ8QkAF/IJAB7yCQBq8gkAc/IJAL3yCQDO8gkAEPMJABzzCQBj8wkAa/MJABILDwC48wkACfQJAB/0CQBc9AkAaPQJAK/0CQC29AkAAvUJAAr1CQBlCw8AWvUJAKj1CQCw9QkA+/UJABH2CQBO9gkAU/YJAKH2CQCo9gkA9PYJAP32CQBH9wkAWPcJAJr3CQCm9wkA7fcJAPX3CQC4Cw8AQvgJAJP4CQCp+AkA5vgJAPL4CQA5+QkAQPkJAIz5CQCU+QkACwwPAOT5CQAy+gkAOfoJAIX6CQCO+gkA2PoJAOn6CQAr+wkAN/sJAH77CQCG+wkAXgwPANP7CQAk/AkAM/wJAHf8CQCX/AkAyvwJAMz8CQAd/QkANP0JAHD9CQB8/QkAw/0JAMv9CQAEDQ8AG/4JAGn+CQBr/gkAvP4JAMP+CQAP/wkAF/8JAGL/CQBr/wkAtf8JALv/CQAIAAoAGQAKAFsACgBjAAoAqg0PALoACgABAQoABAEKAFQBCgBZAQoApwEKALgBCgD6AQoAFQIKAE0CCgBZAgoAoAIKAKgCCgD9DQ8ACQMKAEYDCgBHAwoAmQMKAJ4DCgDsAwoA8gMKAD8ECgBJBAoAkgQKAJoECgDlBAoA9wQKAFAODwBFBQoAiwUKAJUFCgDeBQoA5AUKADEGCgBFBgoAhAYKAIwGCgDXBgoA5wYKACoHCgAvBwoAfQcKAIMHCgDQBwoA2AcKACMICgAkCAoAdggKAHgICgDJCAoA2AgKABwJCgA8CQoAbwkKAHEJCgDCCQoA2QkKABUKCgAhCgoAaAoKAHAKCgCjDg8AwwoKAA4LCgAnCwoAYQsKAGoLCgC0CwoAvgsKAAcMCgAPDAoAWgwKAGoMCgCtDAoAsgwKAAANCgAJDQoAUw0KAGANCgCmDQoArQ0KAPkNCgABDgoASQ8PAFYOCgCfDgoApw4KAPIOCgAADwoARQ8KAFIPCgCYDwoAoA8KAOsPCgDtDwoAPhAKAEYQCgCREAoAkhAKAOQQCgDmEAoANxEKAEYRCgCKEQoAqhEKAN0RCgDfEQoAMBIKAEcSCgCDEgoAjxIKANYSCgDwEgoAKRMKAFITCgB8EwoAfxMKAM8TCgDUEwoAIhQKAC8UCgCcDw8AdxQKAMgUCgDSFAoAGxUKACoVCgBuFQoAeRUKAMEVCgDPFQoAFBYKACEWCgBnFgoAfhYKALoWCgDCFgoADRcKAA4XCgBgFwoAYhcKALMXCgDCFwoABhgKACYYCgBZGAoAWxgKAKwYCgDDGAoA/xgKAAsZCgBSGQoAWhkKAO8PDwCqGQoA+BkKAP4ZCgBLGgoAUxoKAJ4aCgC9GgoA8RoKAP4aCgBEGwoARRsKAJcbCgCtGwoA6hsKAAYcCgBCEA8AQhwKAJAcCgCaHAoA4xwKAOscCgA2HQoANx0KAIkdCgA4HQoASiYKAI8dCgDcHQoA6B0KAC8eCgA/HgoAgh4KAJAeCgDVHgoA6B4KACgfCgA0HwoAex8KAIIfCgDOHwoA1h8KACEgCgAlIAoAdCAKAIIgCgDHIAoA0SAKABohCgAlIQoAbSEKAHUhCgDAIQoA9iEKABMiCgAbIgoAZiIKAGsiCgC5IgoAvyIKAAwjCgAUIwoAXyMKAHkjCgCyIwoA6CMKAAUkCgANJAoAWCQKAF0kCgCrJAoAsSQKAP4kCgAGJQoAUSUKAGslCgCkJQoAviUKAPclCgAtJgoAlRAPAFImCgCdJgoApCYKAPAmCgD8JgoAQycKAEQnCgCWJwoAoicKAOknCgD2JwoAPCgKAEMoCgCPKAoAmygKAOIoCgDvKAoANSkKAEQpCgCIKQoAnCkKAOgQDwDoKQoALioKADgqCgCBKgoAjyoKANQqCgDqKgoAJysKADMrCgB6KwoAhisKAM0rCgDTKwoAICwKACYsCgBzLAoAeCwKAMYsCgDMLAoAOxEPAB4tCgBsLQoAbi0KAL8tCgDGLQoAEi4KABouCgBlLgoAaC4KALguCgDBLgoACy8KABovCgBeLwoAaS8KALEvCgC5LwoABDAKABQwCgBXMAoAZTAKAKowCgC7MAoA/TAKAAkxCgBQMQoAWDEKADQSDwDBMQoA9jEKAP4xCgCHEg8AVTIKAJwyCgCyMgoA7zIKAPcyCgBCMwoAYTMKANoSDwCYMwoAumkKAKIzCgDoMwoA6zMKAAW1DQDwMwoAOzQKAPIzCgAy7AsAPTQKAI40CgBFNAoAjUAKAEw0CgC+OQoAmzQKAOE0CgD1NAoANDUKADw1CgCHNQoAjDUKANo1CgDqNQoALTYKADU2CgCANgoAijYKANM2CgDeNgoAJjcKADI3CgB5NwoAgTcKAC0TDwDRNwoAHzgKACg4CgByOAoAeDgKAMU4CgDUOAoAGDkKACQ5CgBrOQoAbjkKAIATDwDDOQoAEToKACA6CgBkOgoAZjoKALc6CgDIOgoACjsKABs7CgBdOwoAcTsKALA7CgC4OwoAAzwKABE8CgBWPAoAYzwKAKk8CgCsPAoA/DwKAAY9CgBPPQoAUT0KAKI9CgCzPQoA9T0KAAY+CgBIPgoAVD4KAJs+CgCiPgoA7j4KAPY+CgBBPwoAWD8KAJQ/CgCgPwoA5z8KAP0/CgA6QAoAPUAKANMTDwCYQAoA4EAKAOxACgAzQQoAO0EKACYUDwCSQQoA2UEKAO9BCgAsQgoAL0IKAH9CCgCHQgoA0kIKANRCCgAlQwoAQEMKAHhDCgB6QwoAy0MKANlDCgAeRAoAL0QKAHFECgBzRAoAxEQKAN1ECgAXRQoAKEUKAGpFCgB2RQoAeRQPAMNFCgAQRgoAHkYKAGNGCgB+RgoAtkYKAMJGCgAJRwoAD0cKAFxHCgBkRwoAr0cKAL9HCgACSAoAB0gKAFVICgBeSAoAqEgKALVICgD7SAoAAkkKAE5JCgBWSQoAzBQPAKZJCgD0SQoA+kkKAEdKCgBPSgoAmkoKAMNKCgDtSgoA9EoKAEBLCgBZSwoAk0sKAKJLCgDmSwoAAkwKAB8VDwA+TAoAjEwKAJZMCgDfTAoA70wKADJNCgA3TQoAhU0KAI5NCgDYTQoA5U0KACtOCgAyTgoAfk4KAIpOCgDRTgoA5E4KACRPCgAzTwoAd08KAINPCgDKTwoAy08KAB1QCgAnUAoAcFAKAH5QCgDDUAoAyFAKABZRCgAjUQoAchUPAHpRCgC8UQoAvlEKAA9SCgASUgoAYlIKAGVSCgC1UgoAvFIKAAhTCgAUUwoAW1MKAGtTCgCuUwoAvlMKAAFUCgAGVAoAVFQKAF1UCgCnVAoAtFQKAPpUCgABVQoATVUKAFlVCgCgVQoAplUKAPNVCgD5VQoARlYKAEtWCgCZVgoAn1YKAGsWDwD2VgoAP1cKAE1XCgCSVwoAolcKAOVXCgDnVwoAOFgKAEdYCgCLWAoAlVgKAN5YCgDmWAoAZBcPADdZCgCEWQoAkFkKALcXDwDcWQoAKloKADJaCgB9WgoAjVoKANBaCgDeWgoAI1sKADBbCgB2WwoAfVsKAMlbCgDRWwoAXRgPAC1cCgBvXAoAdlwKAMJcCgDKXAoAFV0KACJdCgBoXQoAbV0KALtdCgDFXQoADl4KABZeCgBhXgoAel4KALReCgDAXgoAB18KAA9fCgCwGA8AZl8KAK1fCgCwXwoAAGAKAAVgCgBTYAoAZGAKAKZgCgDBYAoA+WAKAAVhCgBMYQoAU2EKAJ9hCgC7YQoA8mEKAPphCgADGQ8ASmIKAJhiCgCiYgoA62IKAPNiCgA+YwoATmMKAJFjCgCWYwoA5GMKAO1jCgA3ZAoARGQKAIpkCgCRZAoAVhkPAOZkCgAwZQoAPWUKAINlCgCSZQoA1mUKAOBlCgApZgoAN2YKAHxmCgCBZgoAz2YKANxmCgAiZwoAKmcKAKkZDwCBZwoAyGcKANVnCgAbaAoAHmgKAG5oCgB8aAoAwWgKAMZoCgAUaQoAIWkKAGdpCgBvaQoA/BkPAMJpCgANagoAE2oKAGBqCgAUagoA3MMKAGxqCgCzagoA0GoKAAZrCgAPawoAWWsKAGdrCgCsawoAsmsKAP9rCgALbAoAUmwKAFlsCgBPGg8Aq2wKAPhsCgAGbQoAS20KAGZtCgCebQoAqm0KAPFtCgD3bQoAohoPAGduCgCXbgoApm4KAOpuCgDvbgoAPW8KAEpvCgCQbwoAnW8KAONvCgDvbwoANnAKAEVwCgCJcAoAk3AKANxwCgDqcAoAL3EKADRxCgCCcQoAj3EKANVxCgDxcQoAKHIKADByCgD1Gg8Ah3IKAM5yCgDrcgoAIXMKACpzCgB0cwoAgnMKAMdzCgDNcwoAGnQKACZ0CgBtdAoAdHQKAMB0CgDIdAoAE3UKACl1CgBmdQoAa3UKALl1CgDAdQoADHYKABV2CgBfdgoAcHYKALJ2CgC+dgoABXcKAA13CgCbGw8AXncKAKt3CgCwdwoA/ncKABl4CgBReAoAX3gKAKR4CgCreAoA93gKAAN5CgBKeQoATXkKAJ15CgCleQoA8HkKAPF5CgBDegoARXoKAJZ6CgClegoA6XoKAAl7CgA8ewoAPnsKAI97CgCmewoA4nsKAO57CgA1fAoAPXwKAO4bDwCJfAoA23wKAOd8CgAufQoAPX0KAIF9CgCJfQoAQRwPANZ9CgAnfgoANX4KAHp+CgCLfgoAlBwPANR+CgDnHA8AKH8KAI0dDwB9fwoAxn8KANJ/CgAZgAoAL4AKAGyACgB4gAoAv4AKANKACgASgQoAIIEKAGWBCgBvgQoA4B0PAMCBCgAzHg8AIYIKAF6CCgBqggoAsYIKAL6CCgAEgwoADoMKAFeDCgBZgwoAqoMKALSDCgD9gwoAC4QKAFCECgBVhAoAo4QKALCECgD2hAoA/oQKAEmFCgBZhQoAnIUKAJ6FCgDvhQoA+IUKAEKGCgBThgoAlYYKAJ+GCgCGHg8A9IYKADuHCgBShwoAjocKAKmHCgDZHg8A+ocKADSICgA6iAoAh4gKAJGICgAsHw8A3IgKAC2JCgA+iQoAgIkKAIiJCgDTiQoAnIkKAA6xCgDfiQoAJooKACyKCgB5igoAf4oKAMyKCgDRigoAH4sKACWLCgB/Hw8AjosKAMWLCgDNiwoAeCAPACaMCgBrjAoAfIwKAL6MCgDPjAoAEY0KAB2NCgBkjQoAa40KAMsgDwDIjQoACo4KABuOCgBdjgoAaY4KALCOCgC3jgoAHiEPAAWPCgBWjwoAV48KAKmPCgCxjwoA/I8KAAGQCgBPkAoAWJAKAKKQCgCskAoA9ZAKAP2QCgBIkQoATZEKAJuRCgCrkQoA7pEKAPaRCgBBkgoAV5IKAJSSCgCgkgoA55IKAP2SCgA6kwoAP5MKAI2TCgCTkwoA4JMKAPSTCgBxIQ8ASZQKAIaUCgCUlAoA2ZQKAOaUCgAslQoALpUKAH+VCgCJlQoA0pUKAN6VCgAllgoALJYKAHiWCgCAlgoAy5YKAOSWCgAelwoAMpcKAHGXCgB5lwoAxJcKAMaXCgAXmAoAJJgKAGqYCgBvmAoAvZgKAMeYCgAQmQoAG5kKAGOZCgBvmQoAtpkKALyZCgAJmgoAEZoKAFyaCgBdmgoAr5oKALWaCgACmwoAB5sKAFWbCgBkmwoAqJsKALSbCgD7mwoA/psKAE6cCgBRnAoAxCEPAKacCgD0nAoAEJ0KABciDwBnnQoAmp0KAKKdCgBqIg8A850KAECeCgBMngoAvSIPAJmeCgDmngoA8p4KAAIlDwA6nwoAyqIKAEmfCgCMnwoAjp8KAN+fCgDpnwoAMqAKADSgCgCFoAoAlqAKANigCgDgoAoAK6EKADehCgB+oQoAhKEKANGhCgDXoQoAJKIKACmiCgB3ogoAfaIKAFUlDwDMogoAHaMKACOjCgBwowoAc6MKAMOjCgDPowoAFqQKAB6kCgBOJg8Ab6QKALykCgDCpAoAD6UKABSlCgBipQoAaKUKAKEmDwC3pQoACKYKABGmCgBbpgoAcqYKAK6mCgC5pgoAAacKAAunCgBUpwoAXKcKAJonDwC0pwoA+qcKAAKoCgBNqAoAV6gKAKCoCgCrqAoA86gKAPmoCgBGqQoAUqkKAJmpCgCbqQoA7KkKAPOpCgA/qgoAR6oKAJKqCgCkqgoA7ScPACCrCgA4qwoAQKsKAIurCgCuqwoA5igPAOCrCgAxrAoAPqwKAISsCgCLrAoA16wKAOisCgAqrQoANq0KAH2tCgCErQoA0K0KANGtCgCPzgoA2K0KADkpDwA2rgoAdq4KAIWuCgDJrgoA1a4KAByvCgAdrwoAb68KAHmvCgDCrwoA0K8KABWwCgAasAoAaLAKAHWwCgCMKQ8Aw7AKAN8pDwAWsQoAMioPAGOxCgC0sQoAbbEKAPn/CwC3sQoAXJMLAMGxCgAHsgoAFbIKAFqyCgBpsgoArbIKAM2yCgAAswoADLMKAFOzCgBaswoAprMKAK6zCgD5swoA+7MKAEy0CgBWtAoAKysPAKm0CgDytAoA+rQKAH4rDwBPtQoAmLUKAKC1CgDRKw8AJ7YKAD62CgBGtgoAkbYKAK+2CgAkLA8A8rYKADe3CgA+twoAmukLAEe3CgCKtwoAmrcKAN23CgDptwoAMLgKADa4CgCDuAoAn7gKANa4CgDeuAoAdywPAD25CgB8uQoAhrkKAM+5CgDbuQoAIroKACq6CgDKLA8AgLoKAMi6CgDKugoAG7sKACG7CgBuuwoAdrsKAB0tDwDDuwoAFLwKABe8CgBnvAoAb7wKALq8CgDKvAoADb0KAA+9CgBgvQoAbr0KALO9CgDEvQoAcC0PAA2+CgDDLQ8AX74KAKy+CgCxvgoA/74KAAW/CgAWLg8AX78KAKW/CgCvvwoA+L8KAPq/CgBLwAoAXsAKAJ7ACgCmwAoA8cAKAP3ACgBEwQoASsEKAJfBCgCdwQoA6sEKAO/BCgA9wgoAQ8IKAA8vDwCZwgoA48IKAPDCCgA2wwoAPcMKAInDCgCRwwoAYi8PAOjDCgAvxAoAOcQKAILECgCOxAoA1cQKAOTECgAoxQoAMsUKAHvFCgCHxQoAzsUKANXFCgC1Lw8AJMYKACi3DAAnxgoAdMYKADDGCgAK2gsAgMYKAMfGCgDPxgoACDAPACbHCgBtxwoAd8cKAMDHCgDMxwoAE8gKACLICgBmyAoAcMgKALnICgDFyAoADMkKABPJCgBbMA8AbckKALLJCgB/yQoAzcoLAMnJCgAFygoAEsoKAFjKCgBaygoAq8oKALzKCgD+ygoAGssKAFHLCgBZywoArjAPAL3LCgD3ywoAC8wKAErMCgBSzAoAncwKAKDMCgDwzAoA/swKAEPNCgBazQoAls0KAKPNCgDpzQoA680KADzOCgBNzgoAATEPAJXOCgDizgoA584KADXPCgBLzwoAiM8KAJbPCgDbzwoA3s8KAC7QCgA60AoAgdAKAIfQCgDU0AoA4NAKACfRCgBQ0QoAetEKAIbRCgDN0QoA3NEKACDSCgAq0goAc9IKAIHSCgDG0goAy9IKABnTCgAm0woAVDEPAG7TCgC/0woAzdMKABLUCgAf1AoAZdQKAHfUCgCnMQ8Ax9QKAAvVCgAX1QoAXtUKAHfVCgCx1QoAs9UKAATWCgAT1goAV9YKAHfWCgCq1goAstYKAP3WCgAg1woAUNcKAGbXCgCj1woAqNcKAPbXCgD51woASdgKAFPYCgCc2AoApNgKAO/YCgD12AoAQtkKAE7ZCgCV2QoApNkKAOjZCgD02QoAO9oKAEjaCgCO2goAmNoKAOHaCgDp2goANNsKAEPbCgCH2woAidsKANrbCgDr2woALdwKAD7cCgCA3AoAiNwKANPcCgDk3AoAJt0KACjdCgB53QoAfN0KAMzdCgDW3QoAH94KAEPeCgBy3goAjt4KAPoxDwDL3goAGN8KAB3fCgBr3woAet8KAL7fCgDK3woAEeAKABTgCgBk4AoAZ+AKALfgCgC/4AoACuEKABnhCgBd4QoAYuEKALDhCgDG4QoAA+IKAATiCgBW4goAZ+IKAKniCgC14goA/OIKAAbjCgBP4woAW+MKAKLjCgCp4woATTIPAPnjCgBI5AoAVuQKAJvkCgCl5AoA7uQKAPnkCgBB5QoASeUKAJTlCgCg5QoA5+UKAPrlCgA65goASOYKAI3mCgCX5goA4OYKAOjmCgAz5woAQucKAIbnCgCL5woA2ecKAODnCgAs6AoAOOgKAKAyDwCL6AoA0ugKANXoCgAl6QoAKOkKAHjpCgCS6QoAy+kKANfpCgAe6goAMeoKAHHqCgB/6goAxOoKAM7qCgAX6woAOusKAPMyDwB06woAvesKAMnrCgAQ7AoAF+wKAGPsCgBr7AoAtuwKALrsCgAJ7QoAF+0KAFztCgBm7QoAr+0KALrtCgAC7goACu4KAFXuCgBk7goAqO4KAK3uCgD77goAAu8KAE7vCgBa7woAoe8KAKnvCgBGMw8ACvAKAMOVDAAN8AoAR/AKAFHwCgCa8AoApvAKAO3wCgDw8AoAQPEKAErxCgCT8QoAlvEKAObxCgD28QoAOfIKADvyCgCM8goAmvIKAN/yCgDw8goAmTMPADnzCgDsMw8AjvMKANjzCgCP8woAT4IMAKXzCgDOvgsA8fMKACv0CgA19AoAfvQKAIr0CgDR9AoA1PQKACT1CgAu9QoAPzQPAHz1CgDK9QoA6vUKAB32CgAl9goAkjQPAH72CgDD9goA2fYKABb3CgAi9woAafcKAHD3CgC89woAxPcKAA/4CgAU+AoAYvgKAGv4CgC1+AoAv/gKAAj5CgAQ+QoAW/kKAGn5CgCu+QoAu/kKAAH6CgAJ+goA5TQPAGT6CgCn+goAr/oKADg1DwAB+woATfsKAFn7CgCg+woAp/sKAPP7CgD7+woARvwKAFD8CgCZ/AoAp/wKAOz8CgAC/QoAP/0KAEv9CgCS/QoAl/0KAOX9CgDu/QoAOP4KAEL+CgCL/goAk/4KAN7+CgDj/goAMf8KAEH/CgCE/woAjP8KAIs1DwDh/woAKgALAC0ACwA0gQsAMgALAN41DwCLAAsA0AALAOYACwAjAQsALwELAHYBCwB9AQsAyQELANEBCwAcAgsAIQILAG8CCwB4AgsAwgILAMwCCwAVAwsAHQMLAGgDCwBqAwsAwQ4LAHYDCwC7AwsAyAMLAA4ECwAWBAsAMTYPAG0ECwC0BAsAtwQLAAcFCwARBQsAhDYPAGgFCwCtBQsAwwULAAAGCwAMBgsAUwYLAFoGCwCmBgsArgYLAPkGCwD+BgsATAcLAFUHCwCfBwsAqQcLAPIHCwD6BwsARQgLAEcICwCYCAsAqAgLAOsICwD1CAsAPgkLAEoJCwCRCQsAlwkLACo3DwDyCQsANwoLAE0KCwCKCgsAlgoLAN0KCwDiCgsAMAsLADkLCwCDCwsAjQsLANYLCwDeCwsAKQwLAEsMCwB9Nw8AiwwLAM8MCwDbDAsAIg0LACMNCwB1DQsAfw0LAMgNCwDWDQsAGw4LACAOCwBuDgsAew4LANA3DwDRDgsAFA8LAB4PCwBnDwsAcw8LALoPCwDADwsADRALABUQCwDJOA8AZRALALMQCwC7EAsABhELABIRCwDAGgsAHxELAFkRCwBlEQsArBELALQRCwAcOQ8ADBILAFISCwBaEgsApRILALMSCwD4EgsABRMLAEsTCwBOEwsAnhMLAKgTCwDxEwsA8xMLAEQUCwBRFAsAlxQLAKYUCwDqFAsA9hQLAD0VCwBFFQsAbzkPAKAVCwDjFQsA6xULADYWCwBCFgsAiRYLAI8WCwDcFgsA4hYLAC8XCwA0FwsAghcLAIgXCwDCOQ8A4hcLACgYCwAtGAsAexgLAIUYCwDOGAsA1hgLACEZCwAtGQsAdBkLAIcZCwDHGQsA1RkLABoaCwAdGgsAbRoLAHcaCwAVOg8A0xoLABMbCwAhGwsAZhsLAGkbCwC5GwsAwxsLAGg6DwARHAsAXxwLABocCwAzOgsAZxwLALIcCwC+HAsABR0LAAsdCwBYHQsAGB0LAO43CwBeHQsAqx0LALAdCwD+HQsABB4LALs6DwBXHgsApB4LAKkeCwD3HgsA/R4LAA47DwBYHwsAnR8LALgfCwDwHwsA/B8LAEMgCwBKIAsAYTsPAJ8gCwDpIAsA9iALADwhCwBIIQsAjyELAKIhCwDiIQsA4yELADUiCwBBIgsAiCILAJciCwDbIgsA5SILAC4jCwA6IwsAgSMLAIgjCwC0Ow8A2iMLACckCwAtJAsAeiQLAH8kCwDNJAsA0yQLAFo8DwApJQsAcyULAIAlCwDGJQsAyiULABkmCwAbJgsAbCYLAHkmCwC/JgsAySYLAK08DwAZJwsAZScLAG0nCwC4JwsAxCcLAAsoCwAeKAsAXigLAG0oCwCxKAsAvSgLAAQpCwAFKQsAVykLAGEpCwCqKQsAuCkLAP0pCwACKgsAUCoLAF0qCwAAPQ8AryoLAPYqCwD8KgsASSsLAE8rCwCcKwsAoSsLAO8rCwD1KwsAUz0PAEcsCwCVLAsAnywLAPk9DwDwLAsAOy0LAEgtCwCOLQsAky0LAOEtCwDrLQsANC4LADwuCwCHLgsAky4LANouCwDtLgsALS8LAC4vCwCALwsAjC8LANMvCwDiLwsAJjALADAwCwB5MAsAgTALAMwwCwDOMAsATD4PACgxCwByMQsAgTELAMUxCwDUMQsAGDILACQyCwBrMgsAbjILAL4yCwDBMgsAnz4PABMzCwBkMwsAZzMLALczCwC/MwsACjQLABc0CwBdNAsAYjQLALA0CwC6NAsAAzULAAs1CwBWNQsAYjULAKk1CwC8NQsA/DULAP01CwBPNgsAWzYLAKI2CwCxNgsA9TYLAP82CwBINwsAVDcLAJs3CwCiNwsA8j4PAP03CwBBOAsATTgLAJQ4CwCVOAsA5zgLAPE4CwA6OQsASDkLAI05CwCSOQsA4DkLAO05CwBFPw8ARDoLAJg/DwCTOgsA2ToLAOc6CwAsOwsAPTsLAH87CwChOwsA6z8PANc7CwAlPAsA2DsLAFFxCwAtPAsAeDwLAHk8CwCvQAsAezwLAKhBCwB9PAsAtj8LAH48CwD0QgsAfzwLAL0+CwCHPAsAyzwLAJE8CwDfRQsA0DwLAB49CwArPQsAcT0LAH49CwDEPQsA0D0LABc+CwAmPgsAaj4LAHQ+CwA+QA8Ayz4LABA/CwASPwsAYz8LAHQ/CwCRQA8Atz8LAAlACwAVQAsAXEALAGlACwDkQA8AvUALAAJBCwAPQQsAVUELAGxBCwA3QQ8AsUELAEBECwCyQQsA+0ELAP1BCwBOQgsAVEILAKFCCwCrQgsAikEPAABDCwBHQwsASUMLAJpDCwCpQwsA7UMLAPhDCwDdQQ8AT0QLAJNECwCiRAsA5kQLAPJECwA5RQsARUULAIxFCwCTRQsAMEIPAOtFCwAyRgsAOkYLAINCDwCeRgsA2EYLAOlGCwArRwsAN0cLANZCDwCFRwsA0UcLANlHCwAkSAsAJUgLAHdICwB9SAsAykgLAM9ICwAdSQsAHkkLAHBJCwB8SQsAw0kLAMlJCwAWSgsAIEoLAGlKCwB3SgsAmU8LAH1KCwC8SgsAxEoLAClDDwAfSwsAYksLAGpLCwC1SwsAvksLAAhMCwDCSwsAoE4LABVMCwBbTAsAYkwLAK5MCwC6TAsAAU0LABFNCwBUTQsAYk0LAKdNCwC0TQsA+k0LAAZOCwBNTgsAVE4LAHxDDwCpTgsA804LAARPCwBGTwsAV08LAM9DDwClTwsA7E8LAO9PCwA/UAsAR1ALAJJQCwCXUAsA5VALAPVQCwA4UQsAQFELAItRCwCUUQsA3lELAJhRCwB2VAsA61ELADFSCwA4UgsAhFILAJBSCwDXUgsA51ILACpTCwA4UwsAfVMLAIpTCwDQUwsA3FMLACNUCwAqVAsAIkQPAH9UCwDJVAsA2lQLABxVCwAtVQsAdUQPAHRVCwDCVQsAz1ULABVWCwAhVgsAaFYLAHJWCwC7VgsAz1YLAA5XCwAPVwsAYVcLAG1XCwC0VwsA01cLAAdYCwAPWAsAWlgLAF9YCwCtWAsAxlgLAABZCwApWQsAU1kLAF9ZCwCmWQsAtVkLAPlZCwADWgsATFoLAFRaCwCfWgsAqloLAPJaCwD0WgsARVsLAEhbCwCYWwsAoFsLAOtbCwD4WwsAPlwLAENcCwCRXAsAmVwLAORcCwDmXAsAN10LAEFdCwCKXQsAlF0LAN1dCwDjXQsAMF4LAD5eCwCDXgsAnF4LANZeCwDfXgsAKV8LADNfCwB8XwsAiF8LAMhEDwDbXwsAImALACxgCwB1YAsAgGALAMhgCwDNYAsAG2ELACJhCwBuYQsAdmELAMFhCwDrYQsAG0UPABtiCwBnYgsAb2ILALpiCwDkYgsADWMLABJjCwBgYwsAYWMLALNjCwC9YwsABmQLABRkCwBZZAsAXmQLAKxkCwC5ZAsA/2QLABtlCwBSZQsAbmULAG5FDwCyZQsA+GULAPxlCwBLZgsAUWYLAJ5mCwCgZgsA8WYLAPJmCwBEZwsAZ2cLAJdnCwC7ZwsA6mcLABRoCwA9aAsARWgLAJBoCwCVaAsA42gLAPBoCwA2aQsAPmkLAIlpCwCLaQsA3GkLAORpCwAvagsAWWoLAIJqCwCPagsA1WoLANpqCwAoawsANWsLAHtrCwCHawsAzmsLAPhrCwAhbAsAKWwLAHRsCwCPbAsAx2wLAMlsCwAabQsAK20LAG1tCwB2bQsAwG0LAMxtCwDBRQ8AIG4LAGZuCwCBbgsAuW4LAL5uCwAMbwsALG8LAF9vCwBrbwsAsm8LALpvCwAURg8AE3ALAFhwCwBicAsAq3ALALZwCwD+cAsABnELALpGDwBacQsApHELAK5xCwD3cQsAAnILAEpyCwBecgsAnXILALJyCwDwcgsA+HILAENzCwBacwsAlnMLAJtzCwDpcwsA83MLADx0CwBEdAsADUcPAJF0CwDidAsA83QLADV1CwA4dQsAiHULAJR1CwBgRw8A6XULAC52CwA/dgsAs0cPAIR2CwDUdgsA13YLACd3CwAzdwsAencLAIB3CwDNdwsA13cLAAZIDwAteAsAc3gLAIp4CwDGeAsAzngLAFlIDwAheQsArEgPAIN5CwC/eQsAxXkLABJ6CwAeegsAZXoLAHx6CwC4egsAunoLAAt7CwAVewsAXnsLAGp7CwCxewsAvXsLAAR8CwAKfAsAV3wLAF18CwCqfAsAr3wLAP18CwADfQsA/0gPAFN9CwDsQQ0AW30LAKN9CwCkfQsA9n0LAAB+CwBJfgsAeX4LAFJJDwCffgsA734LAPl+CwClSQ8AS38LAJV/CwCrfwsA6H8LAP5/CwA7gAsAPYALAI6ACwCUgAsA4YALAPWACwBLSg8APIELAIeBCwBQgQsAYJoPAJeBCwDagQsAoIELALHHDADcgQsALYILADuCCwCAggsAkYILAJ5KDwDaggsA8UoPAC+DCwB2TQwAMoMLAHmDCwB8gwsAzIMLANWDCwAfhAsAMIQLAHKECwB8hAsAxYQLAM2ECwAYhQsA4YQLAHCVDAAbhQsAa4ULAHSFCwC+hQsA1IULABGGCwAnhgsAZIYLAGaGCwC3hgsAvYYLAAqHCwAehwsAREsPAIiHCwCwhwsA24cLAJdLDwAJiAsAqDoMAA+ICwCiiQsAEIgLAEc8DAASiAsATjsMABOICwBWiAsAWIgLAKmICwC3iAsA/IgLAA2JCwDqSw8AV4kLAD1MDwCoiQsA9YkLAPuJCwBIigsATYoLAJuKCwChigsAkEwPAPqKCwBBiwsASYsLADZNDwCgiwsA54sLAPGLCwA6jAsAQ4wLAI2MCwCOjAsA4IwLAOiMCwAzjQsAOI0LAIaNCwCWjQsA3E0PAOWNCwAsjgsALo4LAH+OCwCFjgsA0o4LANmOCwAljwsAKo8LAHiPCwB8jwsAy48LANiPCwAekAsAJpALAHGQCwB2kAsAxJALANSQCwAvTg8AKJELAGqRCwB2kQsAvZELAMyRCwAQkgsAGpILAGOSCwBxkgsAtpILAMOSCwAJkwsAIJMLAIJODwBfkwsAKE8PALKTCwAClAsAtpMLAHNcDwAKlAsAVZQLAICUCwColAsA05QLAPuUCwAmlQsAe08PAFeVCwChlQsAopULAPSVCwADlgsAR5YLAAqWCwDmlwsAWJYLAJqWCwCclgsA7ZYLAPCWCwBAlwsAQ5cLAJOXCwCblwsAdFAPAOuXCwA5mAsAQJgLAIyYCwCVmAsA35gLAPCYCwAymQsAPpkLAIWZCwCNmQsAx1APAN6ZCwArmgsAMpoLAH6aCwCDmgsA0ZoLANWaCwAkmwsAMZsLAHebCwCGmwsAypsLANubCwAdnAsAH5wLAHCcCwBznAsAw5wLAMacCwAWnQsAHp0LABpRDwBunQsAGsALAHSdCwCRTg0AdZ0LALydCwC/nQsAD54LABmeCwBtUQ8Aa54LALWeCwDEngsACJ8LABefCwBbnwsAZ58LAK6fCwCxnwsAAaALAASgCwDAUQ8AV6ALAKegCwDSoAsAE1IPAAKhCwBmUg8AVaELALlSDwCooQsADFMPAPihCwBGogsAU6ILAJmiCwCcogsA7KILAPGiCwA/owsAUKMLAJKjCwCeowsAX1MPAOqjCwA4pAsASaQLAIukCwCXpAsA3qQLAPikCwAxpQsANaULACOnCwA4pQsAaKkLADulCwC0qgsAPaULAByoCwA/pQsAKqYLAEKlCwCEpQsAiaULANelCwDupQsAslMPADemCwB9pgsAjaYLANCmCwDVpgsABVQPACWnCwB2pwsAfKcLAMmnCwDWpwsAWFQPACKoCwBvqAsAdagLAMKoCwDHqAsAFakLABupCwCrVA8AdKkLALupCwDUqQsADqoLABeqCwBhqgsAeKoLAP5UDwC6qgsAB6sLAAmrCwBaqwsAaasLAK2rCwC5qwsAUVUPAAmsCwBTrAsAYawLAKasCwCwrAsA+awLAAWtCwBMrQsAT60LAJ+tCwC7rQsA8q0LAPqtCwCkVQ8AUa4LAJiuCwCbrgsA664LAPWuCwCdVg8AR68LAJGvCwCfrwsA5K8LAO6vCwA3sAsAQ7ALAIqwCwCSsAsAQ1cPAN+wCwAwsQsAPrELAIOxCwCUsQsAllcPAN2xCwDpVw8ALrILAHyyCwCEsgsAz7ILANWyCwAiswsAK7MLAHWzCwCCswsAj1gPAM2zCwAbtAsA1LMLALq1CwAktAsAbrQLAHi0CwDBtAsAybQLABS1CwBUtQsAZ7ULAG+1CwDiWA8AwLULAA22CwATtgsAYLYLAGi2CwCztgsA87YLAAa3CwAOtwsANVkPAGG3CwCIWQ8AtbcLAP+3CwANuAsAUrgLAFy4CwCluAsAsbgLAPi4CwD7uAsAS7kLAFO5CwAuWg8AqrkLAPG5CwD0uQsARLoLAE66CwCBWg8An7oLANRaDwD4ugsAPbsLAE67CwCQuwsAnLsLAOO7CwDmuwsAJ1sPAHi8CwCJvAsAy7wLAHpbDwDsvAsAL70LADG9CwCCvQsAkL0LANW9CwDmvQsAzVsPAES+CwB7vgsAg74LACBcDwDcvgsAIb8LACK/CwDGXA8AgL8LAMe/CwDOvwsAGV0PACHACwBtwAsAcsALAGxdDwDIwAsAv10PABvBCwBmwQsAVsELAN/dDQBnwQsADBUMAGnBCwD+FgwAb8ELALnBCwBwwQsAwBMMAHbBCwAFFgwAxsELAAzCCwAXwgsAX8ILAGHCCwCywgsAv8ILAAXDCwAMwwsAWMMLAGnDCwCrwwsAt8MLAP7DCwAFxAsAUcQLAFnECwASXg8AqsQLAPfECwD9xAsASsULAE/FCwCdxQsAo8ULAGVeDwD8xQsAQ8YLAE3GCwCWxgsAmsYLAOnGCwD1xgsAPMcLAEjHCwCPxwsAnMcLAOLHCwDqxwsANcgLAD/ICwCIyAsAlMgLANvICwDeyAsALskLADjJCwALXw8Ag8kLANTJCwDXyQsAJ8oLACrKCwCxXw8AgsoLAARgDwDbygsAIMsLACHLCwBXYA8Ae8sLAKpgDwDLywsAGcwLACDMCwBszAsAccwLAP1gDwDHzAsAUGEPABrNCwBlzQsAb80LALjNCwDDzQsAC84LABnOCwBezgsAYc4LALHOCwC5zgsABM8LAA7PCwBXzwsAY88LAKrPCwCtzwsA/c8LAAfQCwCjYQ8AXtALAKPQCwC50AsA9tALAALRCwBJ0QsAUNELAJzRCwCk0QsA79ELAPTRCwBC0gsAS9ILAJXSCwCf0gsA6NILAPDSCwA70wsAPdMLAI7TCwCe0wsA4dMLAOvTCwA01AsAQNQLAIfUCwCN1AsA2tQLAOLUCwBJYg8AO9ULAIDVCwCB1QsAnGIPANjVCwDvYg8AKNYLAHnWCwB61gsAzNYLAM/WCwAf1wsAKtcLAHLXCwB31wsAxdcLAM/XCwBCYw8APNgLAGvYCwBz2AsAlWMPAMDYCwAR2QsAItkLAGTZCwB12QsAt9kLALrZCwDoYw8AENoLAF3aCwBi2gsAsNoLALPaCwAD2wsABtsLAFbbCwBe2wsAO2QPALfbCwD82wsA/9sLAE/cCwBa3AsAotwLAK7cCwD13AsA/NwLAEjdCwBQ3QsAm90LAKndCwDu3QsA+90LAEHeCwBJ3gsAjmQPAKDeCwDn3gsA6t4LADrfCwBE3wsAjd8LAJXfCwDhZA8A7N8LADPgCwA54AsAhuALAJDgCwDZ4AsA7eALACzhCwA04QsANGUPAIzhCwDS4QsA2uELACXiCwAo4gsAeOILAITiCwDL4gsA1eILAB7jCwAn4wsAceMLAHLjCwDE4wsA3OMLABfkCwAZ5AsAauQLAHvkCwC95AsAzuQLABDlCwAY5QsAY+ULAHLlCwC25QsAuOULAAnmCwAa5gsAXOYLAG3mCwCv5gsAyOYLAALnCwAE5wsAVecLAGTnCwCo5wsAyOcLANplDwBA6AsATugLAJPoCwAtZg8Ao+gLAPToCwAU6QsAR+kLAFvpCwCAZg8AoukLAO3pCwD66QsAQOoLAEXqCwCT6gsAneoLAObqCwDu6gsAOesLAD/rCwCM6wsAlesLAN/rCwDs6wsA02YPAD7sCwCF7AsAi+wLANjsCwDe7AsAK+0LADTtCwB+7QsAf+0LANHtCwDb7QsAJO4LADDuCwB37gsAfu4LACZnDwDS7gsAeWcPACXvCwDMZw8AeO8LAB9oDwDP7wsAFvALACbwCwBp8AsAbvALALzwCwDC8AsAD/ELABvxCwBi8QsAavELAHJoDwDG8QsACPILABnyCwBb8gsAbfILAK7yCwC28gsAAfMLAAzzCwBU8wsAWfMLAKfzCwCs8wsA+vMLABr0CwDFaA8AXfQLAKD0CwCq9AsA8/QLAP/0CwBG9QsATPULAJn1CwCh9QsA7PULAO71CwA/9gsA+PULAML7CwBQ9gsAkvYLAKP2CwDl9gsA9/YLADj3CwBA9wsAi/cLAJb3CwDe9wsA4/cLADH4CwA2+AsAhPgLAKT4CwAYaQ8A2fgLACr5CwA5+QsAffkLAIj5CwDQ+QsA4vkLACP6CwAr+gsAdvoLAIH6CwDJ+gsAzvoLABz7CwAh+wsAb/sLAI/7CwBraQ8AxPsLABX8CwAk/AsAaPwLAHP8CwC7/AsAzfwLAA79CwAW/QsAYf0LAGz9CwC0/QsAuf0LAAf+CwAM/gsAWv4LAHr+CwC+aQ8Auv4LAAD/CwAX/wsAEWoPAGD/CwCm/wsAvf8LAGRqDwAGAAwATAAMAFMADACfAAwArQAMAPIADAD/AAwARQEMAFwBDAC3ag8AoAEMAAprDwDtAQwAPgIMAEwCDACRAgwAogIMAF1rDwDxAgwANwMMAE4DDACwaw8AlAMMAN0DDADpAwwAMAQMADMEDACDBAwAjQQMAANsDwDyBAwAVmwPADEFDACpbA8AhAUMAM8FDADQBQwAYAkMANIFDABuBwwA1gUMAC8QDADZBQwAIgYMAN4FDABSCwwA3wUMAFkKDAAnBgwAiQ8MAC4GDAB1BgwAeAYMAMgGDADSBgwA/GwPACMHDABPbQ8AdwcMAMEHDACOBwwAPQ4MAM8HDAAUCAwAHggMAGcIDABzCAwAuggMAL0IDAANCQwAFQkMAKJtDwBiCQwAswkMALYJDAAGCgwACQoMAPVtDwBbCgwArAoMALoKDAD/CgwAEAsMAJtuDwBUCwwApQsMALILDAD4CwwABwwMAEsMDABXDAwAngwMAK8MDADxDAwAAg0MAEQNDABQDQwAlw0MAJ4NDADqDQwA8g0MAEFvDwBLDgwAkA4MAJEODACUbw8A7w4MADYPDAA9DwwA528PAJAPDADcDwwA4Q8MAI1wDwA4EAwAghAMAIgQDADVEAwA1xAMACgRDAAyEQwAexEMAIkRDADOEQwA0xEMACESDAAuEgwAdBIMAIwSDADHEgwA3RIMABoTDAAdEwwAbRMMAHUTDAAzcQ8AzBMMABMUDAAWFAwAZhQMAHAUDACGcQ8AwRQMANlxDwAOFQwAXxUMAGIVDACyFQwAtRUMACxyDwAHFgwAWBYMAGYWDACrFgwAvBYMANJyDwAHFwwAURcMAF8XDACkFwwAahcMABumDQCuFwwA9xcMAAMYDABKGAwATRgMAJ0YDAClGAwAeHMPAAoZDADLcw8AXRkMAJYZDACwGQwAHnQPAO4ZDAAgHgwA9xkMAMYeDAD5GQwAPBoMAD4aDACPGgwAnRoMAOIaDADzGgwAcXQPADwbDADEdA8AjhsMANsbDADhGwwALhwMADMcDACBHAwAhxwMABd1DwDaHAwAJx0MACwdDAB6HQwAkB0MAM0dDADVHQwAvXUPAEAeDABzHgwAex4MABB2DwDdHgwAGR8MACYfDABsHwwAcR8MAL8fDADFHwwAEiAMAB4gDABlIAwAbCAMALggDADAIAwACyEMAC4hDAC2dg8AZyEMALEhDAC+IQwABCIMABMiDABXIgwAWSIMAKoiDACzIgwA/SIMABQjDABQIwwAWyMMAKMjDACtIwwA9iMMAP4jDAAJdw8ATyQMAJwkDACiJAwA7yQMAPQkDABCJQwASCUMAFx3DwC3JQwA6CUMAPAlDAACeA8ARCYMAI4mDACPJgwA4SYMAOkmDAA0JwwAPycMAIcnDACMJwwA2icMAN8nDAAtKAwATSgMAFV4DwCGKAwA0ygMANooDAAmKQwAKykMAHkpDAB9KQwAzCkMANkpDAAfKgwAJyoMAHIqDAB9KgwAxSoMAMoqDAAYKwwAHSsMAGsrDACLKwwAqHgPAM0rDAARLAwAHCwMAGQsDABsLAwAtywMALosDAAKLQwAwSwMAPUvDAAWLQwAXS0MAGctDACwLQwAuS0MAAMuDAAELgwAVi4MAF4uDACpLgwAtC4MAPwuDAABLwwATy8MAFQvDACiLwwAwi8MAPt4DwABMAwASDAMAEowDACbMAwAoTAMAO4wDAD1MAwAQTEMAEYxDACUMQwAmDEMAOcxDAD0MQwAOjIMAEIyDACNMgwAmDIMAOAyDADlMgwAMzMMADgzDACGMwwApjMMAE55DwDhMwwAoXkPADY0DAB/NAwAiDQMANI0DADYNAwAJTUMADE1DAB4NQwAljUMAMs1DADMNQwAHjYMACA2DABxNgwAfjYMAMQ2DADSNgwAFzcMACY3DABqNwwAhjcMAL03DADFNwwAR3oPACM4DABjOAwAZDgMALY4DADCOAwACTkMABg5DABcOQwAZjkMAK85DAC7OQwAAjoMAAk6DACaeg8AXToMAO16DwCxOgwA+zoMAAg7DABAew8AUzsMAKE7DACuOwwA9DsMAP47DACTew8ASTwMAJo8DACwPAwA7TwMAPk8DADmew8ASD0MAN1PDQBePQwAkz0MALE9DADmPQwA7j0MADk+DAAIPgwALXQNADo+DADYPwwAPD4MACRBDABFPgwAgHQNAEk+DACMPgwAjj4MAN8+DADtPgwAMj8MAEM/DAA5fA8AjT8MAIx8DwDaPwwAK0AMAC5ADAB+QAwAgUAMAN98DwDZQAwAMn0PAC5BDAAykgwAREEMAHdBDACFQQwAykEMAMtBDACFfQ8AJUIMANh9DwCTQgwAK34PANBCDAAWQwwAJEMMAGlDDABzQwwAvEMMAMRDDAAPRAwAEEQMAOxIDAAqRAwAp0YMADhEDABiRAwAa0QMALVEDAC2RAwACEUMABZFDABbRQwAZUUMAK5FDAC6RQwAAUYMAAdGDABURgwAcEYMAH5+DwC1RgwA+kYMAAdHDABNRwwAV0cMAKBHDACiRwwA80cMAApIDABGSAwAUkgMAJlIDAC1SAwA0X4PAP1IDAA/SQwAQUkMAJJJDACcSQwA5UkMAPVJDAA4SgwAPUoMAItKDACRSgwA3koMAPRKDAAxSwwAOUsMAIRLDACHSwwA10sMAOBLDAAqTAwAOEwMAH1MDACHTAwA0EwMANxMDAAjTQwAP00MACR/DwCDTQwAyU0MANFNDAAcTgwAH04MANCfDAAsTgwAb04MAHFODADXngwAfU4MAMJODADPTgwAFU8MACNPDABoTwwAa08MALtPDADGTwwADlAMABpQDABhUAwAaFAMALRQDAC8UAwAB1EMAAlRDABaUQwAalEMAK1RDAC3UQwAAFIMAAxSDABTUgwAWVIMAKZSDACuUgwAd38PAPtSDABMUwwAWlMMAJ9TDACsUwwA8lMMAP5TDABFVAwAS1QMAJhUDACbVAwA61QMAPNUDAA+VQwAQFUMABtaDABBVQwA3VYMAE5VDACRVQwAk1UMAKVeDACWVQwA5FUMAO1VDAA3VgwARFYMAIpWDACRVgwAyn8PAOZWDAANXAwA51YMAHxYDAD9VgwAMFcMAD5XDACDVwwAhFcMAB2ADwDiVwwAKVgMADBYDABwgA8AflgMAM9YDADVWAwAIlkMACxZDAB1WQwAgVkMAMhZDADPWQwAw4APADRaDABuWgwAc1oMAMFaDADHWgwAFFsMAB5bDABnWwwAc1sMALpbDADBWwwAFoEPABxcDABgXAwAb1wMALNcDAC/XAwABl0MAAldDABZXQwAXF0MAKxdDAC8XQwA/10MAAheDABSXgwAY14MAGmBDwCzXgwA+F4MAAlfDAC8gQ8AUl8MAA+CDwCmXwwA8V8MAPNfDADOZAwA9F8MAJBhDAABYAwARGAMAEZgDABYaQwASWAMAJdgDACgYAwA6mAMAPdgDAA9YQwARGEMAGKCDwCZYQwAwGYMAJphDAAvYwwAsGEMAONhDADxYQwANmIMADdiDAC1gg8AlWIMANxiDADjYgwACIMPADFjDACCYwwAiGMMANVjDADfYwwAKGQMADRkDAB7ZAwAgmQMAFuDDwDnZAwAIWUMACZlDAB0ZQwAemUMAMdlDADRZQwAGmYMACZmDABtZgwAdGYMAK6DDwDPZgwAE2cMACJnDABmZwwAcmcMALlnDAC8ZwwADGgMAA9oDABfaAwAb2gMALJoDAC7aAwABWkMABZpDAABhA8AZmkMAKtpDAC8aQwAVIQPAAVqDACnhA8AYmoMAKRqDACmagwA92oMAPhqDABKawwATWsMAJ1rDACpawwA8GsMAPdrDABDbAwAX2wMAJZsDACebAwATYUPAPZsDAA8bQwATG0MAI9tDACUbQwA4m0MABJuDACghQ8AO24MAPOFDwCQbgwA224MANxuDADvdwwA4W4MAOT0DQDlbgwALm8MAOduDABlcwwA624MAMZxDAD5bgwALXsMADNvDABv7Q0AOW8MAJLoDQA6bwwAgW8MAIRvDADUbwwA3m8MAEaGDwAvcAwAenAMAIBwDADNcAwA1nAMACBxDAAtcQwAc3EMAI9xDACZhg8AyHEMABlyDADLcQwAdfgNACdyDABscgwAfXIMAOyGDwDFcgwAEnMMAB5zDAA/hw8Aa3MMALhzDAC+cwwAC3QMABB0DABedAwAZHQMADiIDwC4dAwAMYkPAAl1DABXdQwAX3UMAKp1DAC2dQwA/XUMABB2DABQdgwAXHYMAKN2DACydgwA9nYMAP92DABJdwwAU3cMAJx3DACodwwA14kPAAB4DABCeAwATngMAJV4DACXeAwA6HgMAOt4DAA7eQwAR3kMAI55DACWeQwAKooPAO15DAA0egwARHoMAId6DACTegwA2noMAOB6DAB9ig8AT3sMAIB7DACIewwA03sMAPt7DAAmfAwAMXwMAHl8DACFfAwAzHwMAN18DAAffQwAIH0MANCKDwB4fQwAxX0MANJ9DAAjiw8AJX4MAGt+DACCfgwAvn4MAO5+DAARfwwAGX8MAGR/DABufwwAt38MAMN/DAAKgAwADYAMAF2ADABngAwAdosPALiADAADgQwACYEMAFaBDABfgQwAqYEMALaBDAD8gQwAGIIMAMmLDwBRggwAooIMAFaCDACajwwAr4IMAPWCDAD8ggwASIMMAEqDDACbgwwAoYMMAO6DDAD1gwwAQYQMAFmEDACUhAwAmYQMAOeEDACghAwAjYUMAPCEDAA6hQwARIUMAByMDwCThQwA4IUMAOaFDAAzhgwAOIYMAIaGDACMhgwAb4wPANqGDAAshwwAPYcMAH+HDACLhwwA0ocMANyHDAAliAwAMYgMAHiIDAB/iAwAwowPAM2IDAAeiQwA1ogMACEEDgAhiQwAcYkMAJGJDADEiQwAzIkMABWNDwAoigwAaooMAHGKDAC9igwAxYoMABCLDAATiwwAr4wMACCLDABjiwwAZYsMALaLDADEiwwACYwMABqMDABojQ8AY4wMALuNDwC4jAwAAo0MABGNDABVjQwAZI0MAKiNDAC0jQwA+40MAP6NDABOjgwAUY4MAKGODACxjgwA9I4MAP2ODABHjwwAWI8MAA6ODwCfjwwA7Y8MAPaPDABAkAwASpAMAJOQDACbkAwA5pAMAASRDAA5kQwAV5EMAIyRDACqkQwA35EMAP2RDABhjg8AOZIMAIWSDACKkgwA2JIMAJGSDADRkwwA4ZIMACuTDAA1kwwAfpMMAJqTDAC0jg8A15MMACSUDAAqlAwAd5QMAJOUDAAHjw8A8pQMAK2PDwBFlQwAAJAPAHiVDAD5kA8A2ZUMABaWDAAYlgwAaZYMAG+WDAC8lgwA0JYMAA+XDAAXlwwAYpcMAIqXDABMkQ8AvpcMAAiYDAAVmAwAW5gMAGmYDACumAwAuJgMAAGZDAAbmQwAVJkMAGGZDACnmQwAs5kMAPqZDAAEmgwATZoMAFWaDACfkQ8Ap5oMAPOaDAD7mgwA8pEPAB+bDADrkg8AUpsMAJmbDACgmwwA7JsMAPSbDABFkg8AQZwMAJKcDACjnAwA5ZwMAO2cDAA4nQwAQp0MAIudDACXnQwA3p0MAOGdDAAxngwAO54MAD6TDwCgngwAkZMPAOWeDAAqnwwAO58MAOSTDwCEnwwAN5QPANmfDAAjoAwAMqAMAHagDACFoAwAyaAMANWgDAAcoQwAH6EMAG+hDAByoQwAwqEMANKhDAAVogwAHqIMAGiiDAB5ogwAipQPAMeiDAAOowwAFqMMAN2UDwBjowwAtKMMAG2jDABapAwAt6MMAAekDAAPpAwAMJUPAGCkDACtpAwAuaQMAAClDAAIpQwAg5UPAF+lDACmpQwAqaUMAPmlDAADpgwA1pUPAFGmDACfpgwAtaYMAPKmDADzpgwARacMAFanDACYpwwApKcMAOunDAD1pwwAPqgMAEqoDAAplg8AnagMAOSoDADnqAwAN6kMAEGpDADPlg8AjakMAN2pDADgqQwAMKoMADyqDACDqgwAiaoMANaqDADgqgwAIpcPAC6rDAB8qwwAiasMAM+rDADSqwwAIqwMAD6sDAB1rAwAfawMAHWXDwDQrAwAyJcPACOtDAAbmA8Aca0MAMGtDACFrQwABG4NAOGtDAAUrgwAKK4MAG6YDwB0rgwAwZgPALuuDAANrwwAE68MAGCvDABsrwwAs68MAMKvDAAGsAwACLAMAFmwDABjsAwArLAMALiwDAD/sAwABrEMABSZDwBesQwAZ5kPAK2xDAC6mQ8APbIMAEuyDACQsgwAnrIMAOOyDADxsgwANrMMAESzDACJswwAl7MMANyzDADqswwAL7QMAA2aDwA/tAwAkLQMAJ60DADjtAwA9LQMALOaDwA8tQwAibUMAJW1DAAGmw8A4rUMAC+2DAA1tgwAgrYMAIe2DADVtgwA27YMAKybDwArtwwAe7cMAIe3DADOtwwA1LcMACG4DAAruAwAUpwPAHm4DADHuAwA1LgMABq5DAAduQwAbbkMAIK5DADAuQwAyLkMAKWcDwAbugwAZroMAHK6DAC5ugwAv7oMAAy7DAASuwwAX7sMAGS7DACyuwwAuLsMAJeeDwAUvAwAWLwMAGe8DACrvAwAtLwMAP68DAAEvQwAUb0MAFe9DACkvQwAsL0MAPe9DAD+vQwASr4MAFK+DAA9nw8Ap74MAPC+DAD7vgwAQ78MAE+/DACWvwwAnL8MAOm/DADxvwwAPMAMAEjADACPwAwAlcAMAOLADADowAwANcEMADrBDACIwQwAjsEMAJCfDwDiwQwALsIMADzCDACBwgwAjsIMANTCDADrwgwAJ8MMAEPDDAB6wwwAgsMMAOOfDwDgwwwAIMQMACLEDABzxAwAicQMAMbEDADHxAwAGcUMACrFDABsxQwAeMUMADagDwDbxQwAiaAPABTGDABlxgwAe8YMALjGDAC5xgwAC8cMABzHDABexwwAascMANygDwC2xwwABMgMAArIDABXyAwAd8gMAKrIDAC2yAwA/cgMAATJDAAvoQ8AXMkMAELLDABgyQwAo8kMAKXJDAD2yQwABMoMAEnKDABaygwAgqEPAKLKDADvygwA+8oMANWhDwBIywwAlcsMAJvLDADoywwA7csMADvMDABBzAwAzqIPAKLMDADhzAwA4swMADTNDABAzQwAh80MAKPNDADazQwA4s0MABqkDwA5zgwAgM4MAJzODADTzgwA284MAMCkDwAyzwwAec8MAH/PDADMzwwA0s8MAB/QDAA30AwActAMAHzQDADF0AwA0dAMABjRDAAb0QwAa9EMAHXRDAC+0QwA1tEMABHSDAAh0gwAZNIMAGbSDAC30gwAxdIMAArTDAAb0wwAE6UPAGPTDACw0wwAvNMMAGalDwAL1AwADKYPAGLUDACp1AwArNQMAPzUDAAG1QwAX6YPAFHVDACi1QwAsNUMAPXVDAAG1gwABacPAE/WDABYpw8Ao9YMAKunDwD21gwApKgPAEPXDACU1wwAodcMAOfXDAD21wwAOtgMAEDYDACN2AwAmdgMAODYDADi2AwAM9kMAD3ZDACG2QwAlNkMANnZDADe2QwALNoMADnaDAB/2gwAi9oMANLaDADl2gwAJdsMADTbDAB42wwAhNsMAMvbDADM2wwAHtwMACjcDABx3AwAf9wMAMTcDADJ3AwAF90MACTdDAD3qA8AdN0MAL3dDADL3QwAEN4MABPeDABj3gwAc94MALbeDADE3gwACd8MABXfDABc3wwAY98MAK/fDAC23wwAAuAMAA7gDABV4AwAVuAMAKjgDAC04AwA++AMAAjhDABO4QwAVeEMAKHhDACt4QwA9OEMAAHiDABH4gwAVuIMAJriDACu4gwA7eIMAPniDABA4wwAU+MMAJPjDACi4wwA5uMMAPLjDAA55AwAOuQMAIzkDACW5AwA3+QMAO3kDAAy5QwAN+UMAIXlDACS5QwASqkPANnlDAAr5gwAPOYMAH7mDACM5gwA0eYMAODmDAAk5wwAJucMAHfnDACB5wwAyucMANjnDAAd6AwAIugMAHDoDAB96AwAw+gMANLoDAAW6QwAG+kMAGnpDAB26QwAvOkMAMbpDAAP6gwAG+oMAGLqDAB16gwAteoMAL/qDAAI6wwAFOsMAFvrDABu6wwArusMAL3rDAAB7AwADewMAFTsDABV7AwAp+wMALHsDAD67AwACO0MAE3tDABS7QwAoO0MAK3tDACdqQ8A+O0MAEbuDABT7gwAme4MAKPuDADs7gwA8u4MAD/vDABB7wwAku8MAJ/vDADl7wwA6O8MADjwDABG8AwAi/AMAJfwDADe8AwA6/AMADHxDAA78QwAhPEMAJPxDADX8QwA3PEMACryDAA38gwAffIMAIryDADQ8gwA3PIMACPzDAAy8wwAdvMMAIDzDADJ8wwA1/MMABz0DAAh9AwAb/QMAHz0DADC9AwAzvQMABX1DAAo9QwAaPUMAHf1DAC79QwAx/UMAA72DAAP9gwAYfYMAGv2DAC09gwAwvYMAAf3DAAM9wwAWvcMAGf3DADwqQ8AwPcMAAD4DAAP+AwAU/gMAF/4DACm+AwAp/gMAPn4DAAD+QwATPkMAFr5DACf+QwApPkMAPL5DAD/+QwAQ6oPAFj6DACY+gwAp/oMAOv6DAD3+gwAPvsMAD/7DACR+wwAm/sMAOT7DADy+wwAN/wMADz8DACK/AwAl/wMAJaqDwDf/AwAMP0MAD79DACD/QwAkP0MANb9DADi/QwAKf4MAC/+DAB8/gwAjf4MAM/+DADR/gwAIv8MACv/DAB1/wwAgv8MAMj/DADX/wwAGwANACYADQBuAA0AegANAMEADQDUAA0AFAENACMBDQBnAQ0AcwENALoBDQC7AQ0ADQINABcCDQBgAg0AbgINALMCDQC4Ag0ABgMNABMDDQDpqg8AZgMNAKwDDQC6Aw0A/wMNAAkEDQBSBA0AYAQNAKUEDQCnBA0A+AQNAAkFDQBLBQ0AWQUNAJ4FDQDNBQ0A8QUNAPMFDQBEBg0ATgYNAJcGDQClBg0A6gYNAO8GDQA9Bw0ASgcNAJAHDQCcBw0A4wcNAPYHDQA2CA0ARQgNAIkIDQCVCA0A3AgNAN0IDQAvCQ0AOQkNAIIJDQCQCQ0A1QkNANoJDQAoCg0ANQoNADyrDwB9Cg0AzgoNANAKDQAhCw0AMAsNAHQLDQCDCw0AxwsNANMLDQAaDA0AHQwNAG0MDQBwDA0AwAwNAMYMDQATDQ0AHw0NAGYNDQBpDQ0AuQ0NAL4NDQAMDg0AFQ4NAF8ODQBlDg0Asg4NAMEODQAFDw0AEQ8NAFgPDQBoDw0Aqw8NAK0PDQD+Dw0ADBANAFEQDQBiEA0Aj6sPAKoQDQD3EA0AAxENAOKrDwBdEQ0AnRENAKwRDQDwEQ0A/BENAEMSDQBEEg0AlhINAKASDQDpEg0A9xINADwTDQBBEw0AjxMNAJwTDQA1rA8A7hMNADUUDQA/FA0AiBQNALEUDQDbFA0A4hQNAC4VDQBHFQ0AgRUNAJAVDQDUFQ0A4xUNACcWDQAsFg0AehYNAIcWDQDNFg0A2hYNACAXDQAsFw0AcxcNAIIXDQDGFw0A0BcNABkYDQAnGA0AbBgNAHEYDQC/GA0AzBgNABIZDQAeGQ0AZRkNAHgZDQC4GQ0AxxkNAAsaDQAXGg0AXhoNAF8aDQCxGg0AuxoNAAQbDQASGw0AVxsNAFwbDQCqGw0AtxsNAIisDwAOHA0AUBwNAGEcDQCjHA0ArxwNAPYcDQANHQ0ASR0NAEsdDQCcHQ0ArR0NAO8dDQDyHQ0AQh4NAEweDQCVHg0Alx4NAOgeDQDyHg0AOx8NAEcfDQCOHw0Amh8NAOEfDQD0Hw0ANCANAEMgDQCHIA0AkyANANogDQDbIA0ALSENADchDQCAIQ0AjiENANMhDQDYIQ0AJiINADMiDQDbrA8AeyINAMwiDQDWIg0AHyMNACcjDQAurQ8AhSMNAMUjDQDRIw0AGCQNACckDQBrJA0AdCQNAL4kDQDIJA0AESUNAB8lDQBkJQ0AaSUNALclDQDEJQ0ACiYNABYmDQBdJg0AcCYNALAmDQC/Jg0AAycNAA8nDQBWJw0AVycNAKknDQCzJw0A/CcNAAooDQBPKA0AVCgNAKIoDQCvKA0Aga0PAPcoDQBIKQ0AUikNAJspDQCjKQ0A1K0PAPMpDQBBKg0AVyoNAJQqDQCVKg0A5yoNAPgqDQA6Kw0ARisNAI0rDQCXKw0A4CsNAO4rDQAzLA0AOCwNAIYsDQCTLA0A2SwNAOUsDQAsLQ0APy0NAH8tDQCOLQ0A0i0NAN4tDQAlLg0AJi4NAHguDQCCLg0Ayy4NANkuDQAeLw0AIy8NAHEvDQB+Lw0AJ64PAMYvDQAXMA0AITANAGowDQByMA0Aeq4PANMwDQAQMQ0AHDENAGMxDQBoMQ0AtjENAL8xDQAJMg0AEzINAFwyDQBoMg0ArzINAMIyDQACMw0AETMNAFUzDQBhMw0AqDMNAKkzDQD7Mw0ABTQNAE40DQBcNA0AoTQNAKY0DQD0NA0AATUNAM2uDwBJNQ0AmjUNAKQ1DQDtNQ0A9TUNACCvDwBNNg0AkzYNAKI2DQDmNg0A8TYNADk3DQBFNw0AjDcNAJs3DQDfNw0A/zcNADI4DQA+OA0AhTgNAIw4DQDYOA0A5jgNACs5DQAwOQ0AfjkNAIo5DQDROQ0A5DkNACQ6DQAzOg0AdzoNAIM6DQDKOg0AyzoNAB07DQAnOw0AcDsNAH47DQDDOw0AyDsNABY8DQAjPA0Ac68PAGs8DQC8PA0AxjwNAA89DQAXPQ0Axq8PAH89DQC1PQ0Axj0NAAg+DQAUPg0AWz4NAG4+DQCuPg0AvT4NAAE/DQANPw0AVD8NAFU/DQCnPw0AsT8NAPo/DQAIQA0ATUANAFJADQCgQA0ArUANABmwDwD1QA0ARkENAFBBDQCZQQ0AoUENAGywDwAJQg0AP0INAFBCDQCSQg0AnkINAOVCDQD4Qg0AOEMNAEdDDQCLQw0Al0MNAN5DDQDfQw0AMUQNADtEDQCERA0AkkQNANdEDQDcRA0AKkUNADdFDQC/sA8Af0UNANBFDQDaRQ0AI0YNACtGDQASsQ8Ah0YNAMlGDQDdRg0AHEcNACBHDQBvRw0AcUcNAMJHDQDWRw0AFUgNABhIDQBoSA0AhUgNALtIDQDMSA0ADkkNABpJDQBhSQ0AdEkNALRJDQDDSQ0AB0oNABNKDQBaSg0AW0oNAK1KDQC3Sg0AAEsNAA5LDQBTSw0AWEsNAKZLDQCzSw0AZbEPAPtLDQBMTA0AVkwNAJ9MDQCnTA0AuLEPAPRMDQBFTQ0AU00NAJhNDQCpTQ0AC7IPAPJNDQBesg8ARk4NAP2zDwCXTg0A5E4NAOlODQA3Tw0AO08NAIpPDQCXTw0AULQPAOBPDQBgVQ0A6U8NADBQDQBDUA0Ag1ANAIRQDQDWUA0A4lANAClRDQA4UQ0AfFENAIZRDQDPUQ0A21ENACJSDQApUg0Ao7QPAH1SDQDIUg0AylINAHReDQDLUg0ApVcNAM5SDQAbUw0A1FINAOpZDQDVUg0AuL8NACdTDQBuUw0AfVMNAMFTDQDNUw0AFFQNACJUDQBnVA0AglQNALpUDQDGVA0ADVUNABRVDQD2tA8AbVUNALNVDQC1VQ0ABlYNAAdWDQBZVg0AXFYNAKxWDQC3Vg0A/1YNAARXDQBSVw0AXFcNAEm1DwCyVw0A+FcNAPpXDQBLWA0ATFgNAJ5YDQChWA0A8VgNAPxYDQBEWQ0ASVkNAJdZDQChWQ0AnLUPAP1ZDQA9Wg0APloNAJBaDQCcWg0A41oNAPJaDQA2Ww0AQFsNAIlbDQCVWw0A3FsNAONbDQDvtQ8AN1wNAIJcDQCEXA0A1VwNAORcDQAoXQ0AMl0NAHtdDQCEXQ0Azl0NANBdDQAhXg0AMl4NAJW2DwCDXg0Ax14NANFeDQAaXw0AI18NAG1fDQBvXw0AwF8NANFfDQATYA0AG2ANAGZgDQCEYA0AuWANAMFgDQAMYQ0AGGENAF9hDQByYQ0AsmENALNhDQAFYg0AEWINAFhiDQBnYg0Aq2INALViDQD+Yg0ACmMNAFFjDQBYYw0A6LYPALVjDQD3Yw0ACGQNAEpkDQBSZA0AnWQNAKRkDQDwZA0A/mQNAENlDQBTZQ0AlmUNAKZlDQDpZQ0ABWYNADu3DwBMZg0Aj2YNAJtmDQDiZg0A6GYNADVnDQBDZw0AiGcNAJVnDQDbZw0A8mcNAC5oDQA2aA0AgWgNAI9oDQDUaA0A3mgNACdpDQAzaQ0AemkNAJBpDQDNaQ0A0GkNACBqDQA8ag0AjrcPAINqDQDGag0A0GoNABlrDQAhaw0AbGsNAHtrDQC/aw0AxGsNABJsDQAfbA0AZWwNAG9sDQC4bA0AumwNAAttDQAZbQ0AXm0NAGttDQCxbQ0AtG0NAOG3DwAPbg0AV24NAGFuDQCqbg0Asm4NAP1uDQAMbw0AUG8NAFVvDQCjbw0AsG8NAPZvDQAAcA0ASXANAEtwDQCccA0AqnANAO9wDQD8cA0AQnENAEVxDQA0uA8AmHENAOhxDQD0cQ0AO3INAEJyDQCOcg0AlnINAOFyDQD6cg0ANHMNAEhzDQCHcw0Ao3MNANpzDQDicw0A2rgPADV0DQAtuQ8AjXQNANN0DQDadA0AJnUNAC51DQB5dQ0AfnUNAMx1DQDcdQ0AH3YNACd2DQBydg0AgHYNAMV2DQDSdg0AGHcNACV3DQBrdw0Ad3cNAL53DQDEdw0AEXgNABl4DQBkeA0AcHgNALd4DQDKeA0ACnkNABl5DQBdeQ0AaXkNALB5DQCxeQ0AA3oNAA16DQBWeg0AZHoNAKl6DQCueg0A/HoNAAl7DQCAuQ8AUnsNAKJ7DQCsew0A9XsNAPd7DQBIfA0AV3wNAJt8DQC7fA0A7nwNAPZ8DQBBfQ0AS30NAJR9DQCafQ0A530NAOl9DQA6fg0ASX4NAI1+DQCZfg0A4H4NAOh+DQDTuQ8AUX8NAIZ/DQCkfw0AJroPAPJ/DQAsgA0AMYANAH+ADQCagA0A0oANAN6ADQAlgQ0ALYENAHm6DwCLgQ0Ay4ENANqBDQAegg0AKoINAHGCDQBygg0AxIINAM6CDQAXgw0AJYMNAGqDDQBvgw0AvYMNAMqDDQDMug8AFIQNAGOEDQBlhA0AtoQNALmEDQAJhQ0AEYUNAFyFDQBmhQ0Ar4UNALqFDQAChg0ADoYNAFWGDQBdhg0AH7sPALaGDQD7hg0AAYcNAE6HDQBahw0AoYcNALCHDQD0hw0A/ocNAEeIDQBPiA0AmogNAKmIDQDtiA0A74gNAECJDQBJiQ0Ak4kNAJaJDQDmiQ0A8okNADmKDQBBig0AcrsPAJyKDQDfig0A54oNADKLDQA8iw0AhYsNAJCLDQDYiw0A5IsNACuMDQAzjA0AxbsPAIOMDQDRjA0A4owNACSNDQA1jQ0Ad40NAHyNDQDKjQ0Azo0NAB2ODQArjg0AcI4NAH2ODQDDjg0A2o4NABaPDQAejw0AaY8NAHWPDQC8jw0Az48NAA+QDQAekA0AYpANAG6QDQC1kA0AtpANAAiRDQASkQ0AW5ENAGmRDQCukQ0As5ENAAGSDQAOkg0AGLwPAFqSDQCnkg0AtZINAPqSDQAHkw0ATZMNAGSTDQCgkw0AqJMNAPOTDQD+kw0ARpQNAEiUDQCZlA0AppQNAOyUDQDzlA0AP5UNAFCVDQCSlQ0AoJUNAOWVDQDylQ0AOJYNAE+WDQCLlg0Ak5YNAN6WDQDjlg0AMZcNAEGXDQCElw0AjJcNANeXDQDhlw0AKpgNADWYDQB9mA0AiZgNANCYDQDYmA0AvrwPADyZDQB2mQ0Ae5kNAMmZDQDkmQ0AHJoNACiaDQBvmg0Ad5oNABG9DwDVmg0AFZsNACSbDQBomw0AdJsNALubDQC8mw0ADpwNABicDQBhnA0Ab5wNALScDQC5nA0AB50NABSdDQBkvQ8AYp0NAK2dDQCvnQ0AAJ4NAA2eDQBTng0AWJ4NAKaeDQCwng0A+Z4NAASfDQBMnw0AWJ8NAJ+fDQClnw0A8p8NAPqfDQBFoA0AUaANAJigDQCroA0A66ANAPqgDQA+oQ0ASqENAJGhDQCSoQ0A5KENAO6hDQA3og0ARaINAIqiDQCPog0A3aINAOqiDQC3vQ8ANaMNAIOjDQCSow0A1qMNAOWjDQAppA0AMqQNAHykDQCCpA0Az6QNANWkDQAipQ0ALqUNAHWlDQB8pQ0AyKUNAOSlDQAKvg8AJaYNAG6mDQB6pg0AwaYNAMSmDQAUpw0AHqcNAF2+DwBvpw0AsL4PAMKnDQADvw8AFagNAFa/DwBoqA0As6gNALSoDQAosA0AwKgNAAapDQDHqA0AkK0NAMqoDQCktg0AzKgNADW6DQAHqQ0AWakNAG+pDQCsqQ0AtKkNAP+pDQABqg0Al6wNAA2qDQBSqg0AWqoNAKm/DwBfqg0ApaoNAKiqDQD4qg0AAqsNAEurDQBNqw0AnqsNAK+rDQDxqw0AAqwNAESsDQBMrA0A/L8PAJ6sDQDqrA0A8awNAD2tDQBFrQ0AT8APAJKtDQDjrQ0A6a0NADauDQBDrg0Aia4NAJGuDQDcrg0A3q4NAC+vDQA2rw0Agq8NAImvDQDVrw0A3a8NAKLADwA1sA0Ae7ANAHywDQDOsA0A5LANACGxDQApsQ0AdLENAHaxDQAMtA0AgrENAMexDQDPsQ0A9cAPANSxDQAasg0AHbINAG2yDQB3sg0AwLINAMKyDQATsw0AJLMNAGazDQB3sw0AubMNAMGzDQBIwQ8AE7QNAF+0DQBmtA0AsrQNALq0DQCbwQ8AD7UNAFi1DQBatQ0Aq7UNALy1DQD+tQ0AD7YNAFG2DQBZtg0A7sEPAKm2DQAZvg0AsLYNAPe2DQANtw0ASrcNAFK3DQCdtw0Aq7cNAPC3DQD9tw0AQ7gNAEa4DQCWuA0AoLgNAOm4DQDruA0APLkNAE25DQCPuQ0AoLkNAOK5DQDquQ0AQcIPAD66DQCIug0AlboNANu6DQDiug0ALrsNAD+7DQCBuw0AjbsNANS7DQDcuw0AlMIPADS8DQB6vA0AfbwNAM28DQDXvA0AIL0NACK9DQBzvQ0AhL0NAMa9DQDXvQ0A58IPACG+DQBsvg0Ag74NAL++DQDLvg0AEr8NABy/DQBlvw0Abb8NADrDDwC5vw0AC8ANACHADQBewA0AZsANALHADQC/wA0ABMENAAzBDQCNww8AEcENAFfBDQBawQ0AqsENALTBDQD9wQ0A/8ENAFDCDQBhwg0Ao8INALTCDQD2wg0A/sINAODDDwBPww0AnMMNAKHDDQDvww0ACsQNAELEDQBQxA0AlcQNAJzEDQDoxA0A9MQNADvFDQBBxQ0AjsUNAJHFDQDhxQ0A68UNADTGDQA6xg0Ah8YNAInGDQDaxg0A5MYNAC3HDQA5xw0AgMcNAJfHDQDTxw0A58cNACbIDQBCyA0AecgNAIHIDQAzxA8AzsgNAB/JDQAtyQ0AcskNAIPJDQCGxA8AzMkNANnEDwAmyg0Aa8oNAHXKDQC+yg0AycoNABHLDQAZyw0AZMsNAHDLDQC3yw0AyssNAArMDQAZzA0AXcwNAGnMDQCwzA0AscwNAAPNDQANzQ0AVs0NAGTNDQCpzQ0Ars0NAPzNDQAJzg0Af8UPAFfODQCizg0ArM4NAPXODQD6zg0ASM8NAFDPDQCbzw0Aoc8NAO7PDQD6zw0AQdANAEfQDQCU0A0AndANAOfQDQD00A0AOtENAELRDQCN0Q0AjtENAODRDQDi0Q0AM9INADbSDQCG0g0AidINACXGDwDv0g0ALNMNADTTDQB/0w0Ai9MNANLTDQDY0w0AJdQNACvUDQB41A0AfdQNAB7VDQCk1A0Ay9QNANPUDQDLxg8AJNUNAB7HDwCH1Q0AxNUNAMbVDQAX1g0AJNYNAGrWDQBx1g0AvdYNAMXWDQAQ1w0AINcNAGPXDQBl1w0AttcNAMTXDQAJ2A0AGtgNAMTHDwBj2A0AF8gPAL3YDQAC2Q0ADNkNAFXZDQBg2Q0AqNkNALDZDQD72Q0AB9oNAE7aDQBh2g0AodoNAK/aDQD02g0A/toNAEfbDQBP2w0AmtsNAKnbDQDt2w0A8tsNAEDcDQBH3A0Ak9wNAJ/cDQC9yA8AId0NADndDQB03Q0AjN0NAJTdDQAQyQ8AB94NADLeDQA+3g0Ahd4NAIveDQDY3g0A3t4NACvfDQAw3w0Aft8NAITfDQBjyQ8A0t8NACTgDQAq4A0Ad+ANAHzgDQDK4A0A2eANAB3hDQAp4Q0AcOENAHPhDQDD4Q0AxuENABbiDQAe4g0AaeINAHjiDQC84g0AweINAA/jDQAl4w0AYuMNAGPjDQC14w0AxuMNAAjkDQAU5A0AW+QNAGXkDQCu5A0AuuQNAAHlDQAI5Q0AtskPAGTlDQCn5Q0As+UNAPrlDQAJ5g0ATeYNAGHmDQCg5g0Ar+YNAPPmDQAE5w0ARucNAFLnDQAJyg8AnucNAOznDQDu5w0AP+gNAFDoDQCvyg8AnugNAOXoDQDr6A0AOOkNAETpDQCL6Q0Ak+kNAALLDwDk6Q0AMeoNAD3qDQCE6g0AjOoNAFXLDwDj6g0AKusNAC3rDQB96w0Ah+sNAKjLDwDS6w0AI+wNADHsDQB27A0Ah+wNAE7MDwDP7A0AHO0NACjtDQChzA8Ad+0NAMLtDQDF7Q0AFe4NACHuDQBo7g0AdO4NALvuDQDD7g0AR80PABnvDQBh7w0Abe8NALTvDQC87w0Ams0PABDwDQBa8A0Aa/ANAK3wDQC+8A0AAPENAAjxDQBT8Q0AVvENAKbxDQCw8Q0A+fENAPvxDQBM8g0AW/INAJ/yDQC/8g0A8vINAPryDQBF8w0AT/MNAJjzDQCe8w0A6/MNAO3zDQA+9A0ATfQNAJH0DQCd9A0A7c0PAPD0DQA39Q0AVfUNAIr1DQCQ9Q0A3fUNAOb1DQAw9g0APfYNAIP2DQCL9g0A1vYNAOz2DQAp9w0AK/cNAHz3DQCX9w0Az/cNANv3DQAi+A0AL/gNAEDODwB7+A0AyPgNAND4DQAb+Q0AMfkNAG75DQBz+Q0AwfkNAMf5DQAU+g0AIPoNAGf6DQBv+g0Ak84PAMf6DQAN+w0AHfsNAGD7DQBl+w0As/sNALn7DQAG/A0AHPwNAFn8DQBb/A0ArPwNALb8DQD//A0ADf0NAFL9DQBX/Q0Apf0NALL9DQDmzg8AB/4NAEv+DQBU/g0Anv4NAKj+DQDx/g0A//4NAET/DQBJ/w0Al/8NAKT/DQDq/w0A8v8NAD0ADgBNAA4AkAAOAJIADgDjAA4A8QAOADYBDgBHAQ4AOc8PAJABDgCMzw8A4QEOAC8CDgA1Ag4AggIOAIoCDgDVAg4A3wIOACgDDgAqAw4AewMOAH4DDgDOAw4A7gMOADLQDwAtBA4AdAQOAHoEDgDHBA4A0wQOABoFDgAiBQ4AhdAPAHkFDgDABQ4AxgUOABMGDgAfBg4AZgYOAG4GDgDY0A8AuwYOAAwHDgAaBw4AXwcOAHAHDgAr0Q8AvwcOAAUIDgAcCA4AftEPAGIIDgCrCA4AtwgOAP4IDgABCQ4AUQkOAFsJDgDR0Q8AqQkOAPcJDgAACg4ASgoOAFsKDgCdCg4ApAoOAPAKDgD4Cg4AQwsOAFALDgCWCw4AmwsOAOkLDgDzCw4APAwOAEQMDgCPDA4AngwOAOIMDgDnDA4ANQ0OAEsNDgCIDQ4AiQ0OANsNDgDpDQ4ALg4OAD8ODgCBDg4AjQ4OANQODgDcDg4Ad9IPACsPDgBMAQAALw8OAPdVDwAzDw4AoJoMAIYPDgDBCAAA1Q8OALgSDgB5EQ4A0ykAAMMRDgDFKwAAyBIOAFw6AABhEw4ARz0AALQTDgBiRQAAWRQOANl/DQBaFA4A+kcAAF4UDgDOUAMAYRQOAK+2BgCuFA4Az1kAAFQVDgD4XwAApxUOAPdrAABMFg4Ac3IAAKsWDgA0ewAA8xYOAHJ+AABEFw4AVoIAAPAXDgBqiwAArRgOAOEYDgAuGw4AUMoAACMcDgD81QAAdhwOABDfAAAcHQ4AVO0AAModDgBo9gAANR4OALv2AABmHg4ADvcAAMMeDgDk/AAAZx8OAIP+AAC5Hw4AYAMBAHUgDgAhDAEAtSAOAPcRAQAbIQ4ATyEOAL4hDgD1IQ4A/SEOAEgiDgBUIg4AGRkBAKMiDgCxGwEAXSMOAJQjDgCcIw4A5yMOAOkjDgDTIgEARiQOAKkoAQDoJA4AvTEBADgmDgBhSgEA2iYOAPJNAQDuJg4AhSoPAPYmDgCTKA8AKycOAORPAQCKJw4AKVIBANAnDgAUVQEAIigOAAZXAQAjKQ4ALmkBAIQpDgC9KQ4AxSkOAIFpAQAfKg4AxmsBALsrDgBjhQEACiwOAFUsDgBlLA4AtoUBAActDgCaiQEAVi0OAKEtDgCxLQ4A7YkBAFMuDgBbkgEAkjAOABkSAgCWMA4AuBMCAJowDgDBpwEApjAOAKkhAgA6MQ4ASlYPADsxDgAxWQoAPjEOAKyqAQBOMQ4AuIEKAI0xDgC3cQ4AoTEOAP+qAQCxMQ4AmJIPAN8xDgBSqwEA4jEOAOQJCwCKMg4AL7ABAN0yDgCCsAEAhTMOAKu2AQAmNA4A1LwBAMw0DgC4wAEAGTUOAGk1DgB1NQ4AXsEBAGo2DgC1Ng4AuDYOAGKeCwDBNg4A2scBAB03DgByygEAfDcOAK43DgAFOA4ABXALABE4DgBj2AEAKzgOAF3NAQBgOA4AhtMBAAY5DgAQ2AEArDkOAFzZAQAPOg4Ar9kBAKk6DgBV2gEA9ToOAE7bAQDzOw4AW+UBAJQ8DgCTngoAlzwOADjqAQCZPA4Arf4LAOY8DgDbWQ8A+DwOADE9DgCMPQ4A1z0OAKA9DgBF9AEA2j0OAB8xCwDhPQ4A0jsLAOQ9DgAMHAsA8j0OACrsAQD4PQ4AhjoLAH8+DgBh8AEApT4OANy8CwDePg4AAPIBAC8/DgD58gEAekIOACEFAgDCTw4Az18LAGJQDgDdZAoAaFAOAC+pAgChUQ4AXCQPAKZRDgBEUg4AulEOAC9VDgDCUQ4AQCgPAMZRDgC/uAIARlIOAEW1CgBIUg4AETMLAElSDgDTpQYAS1IOABzEBwBOUg4AErkCAFNSDgBluQIAVVIOAFH8AwB4Ug4Al0UEAJVUDgBPyAIAN1UOAIJVDgCDVQ4Axd4KAIxVDgBW1AwAkVUOAKQJDgChVQ4Ax6MPAN9VDgAszQIA0VYOAA31AgDUVg4A81wJANVWDgA44wIA11YOAE7UAgDYVg4A0dkCANpWDgChzQMA21YOABbcAgDcVg4AtOkCAN1WDgDm1gIA3lYOAGrJAwDkVg4AAd8CAAlXDgDm3A0ADloOAAklAwASWg4A6vkCABZaDgBhBAsAa1oOAC/8AgCoXA4AVhoDAAleDgC8LwMAr14OAHY5AwBbXw4AWj0DAJhfDgCKQgMAi2AOAGZTAwDbYQ4AvmoDAHtiDgDZcgMAMmMOAHNjDgBuZA4AynkEAG9kDgAwlgMAdmQOADucBwAVZQ4AFJoDABllDgDSqgcADmYOAHqvAwAPZw4AgLoDALlnDgC+vQMAbGgOAKNoDgCraA4A9mgOAAVpDgAzxQMApWkOAO2dCgCoaQ4AY8oDAPdpDgBCag4AC2oOABAjDwBMag4AtsoDAPBqDgA50AMASmsOACvSAwA3bA4A0N4DADltDgD48AMAiG0OAMrZDgDvbQ4AJm4OAC5uDgB5bg4Ahm4OAFX1CQCKbg4ANvQDAJFvDgDi/wMAy28OAAsGBABycA4A9RQEAHdwDgCqPggAeHAOADtCCAB6cA4AJzkIANpwDgARcQ4AGXEOAGRxDgC5cQ4AgXYLAL9xDgBjIw8AwXEOAOAXBADDcQ4AzcMMANpxDgBQyQwA93EOAAPUDAAScg4AyxoEAIdyDgCwcg4ADXMOAPsfBAC4cw4AcCcEAFJ0DgAxMAQAr3QOAJE6BACxdA4AdjIEAKV1DgApPQQAo3YOANxHBADqdg4AuUwEAOx3DgAuVAQAT3gOAIZ4DgCieA4A2XgOAOh4DgB6VQQAlHoOAMt6DgDTeg4AHnsOAC17DgCvcQQAensOACR5BABsfA4AP4EEAHd8DgA9hAcAwHwOAH2EBAC7fQ4AzpwEAMV9DgCzlAQAHn8OAFV/DgBdfw4AqH8OAK1/DgBJrwQAt38OAC6nBACkgQ4AAsUEAJyCDgAPzwQAVYMOAIyDDgCUgw4A34MOAOWDDgBo2gQASIQOAPndBADuhA4A+OkEAI2FDgDp9wQAM4YOALH/BADmhg4AHYcOACWHDgBwhw4Af4cOAFYMBQCAhw4AyxMFAJmHDgACGAUAIogOAMQUBQBxiA4AvIgOAMaIDgAXFQUA0YkOAAiKDgAQig4AW4oOAGSKDgBNJQUAuIoOAD8nBQBwiw4Ap4sOAK+LDgD6iw4A+4sOAEUyBQD/iw4AyX4FAACMDgBEPgUAB4wOALo5BQAJjA4AwiwFAP2MDgBSPAUA9o0OAOlKBQBJjg4AIE8FAJiODgAZUAUARo8OADRYBQD6jw4AMZAOADmQDgCEkA4AjpAOAPxfBQDakA4Ay2YFAJmRDgDQkQ4A2JEOACOSDgAwkg4AAmsFADKSDgC8dAUAe5IOAOZuBQAkkw4AP3oFAISUDgC7lA4Aw5QOAA6VDgAdlQ4AMIgFAAyXDgAuoAUAb5cOAKaXDgDClw4A+ZcOAAaYDgB6oQUADpkOAEWZDgBNmQ4AmJkOAJuZDgCpsgUAcpoOAE6/BQDnmg4AK8QFAOuaDgC9RQoAl5sOAKfKBQDgmw4Ai84FADOdDgAU3wUAiJ0OAETkBQB9ng4AGi8IAJGeDgB0LggA5J4OABufDgAjnw4Abp8OAHGfDgAM7AUA3Z8OABSgDgAcoA4AZ6AOAHagDgCd7wUAxaAOABn2BQBbog4AHg0GAAujDgDctQwADqMOALYPBgAPow4APbQMAF6jDgCaEwYAZ6QOAJ6kDgCmpA4A8aQOAPqkDgABHQYATqUOAPMeBgD5pQ4AwiUGAFamDgDPLwYA5qYOAD04BgCMpw4AnUIGADKoDgCcTgYA36gOAB9UBgAyqQ4AXVcGAIepDgCbWgYAkKoOAMeqDgDPqg4AGqsOACmrDgDRagYAdasOAMCrDgDPqw4Arm8GAHWsDgCEdQYAxqwOAMGEBgDIrA4A634GAM6tDgAFrg4ADa4OAFiuDgDHrg4A/q4OAAavDgBRrw4AXq8OAOmWBgCxrw4AgZkGAAWwDgASnQYAn7AOADujBgBPsQ4AXaoGAPSxDgB3vgYAOLMOAEzQBgCNsw4AG9cGADO0DgAT5AYA2bQOAGXwBgCAtQ4Ah/cGAOm1DgAgtg4AKLYOAHO2DgCAtg4AH/oGADW3DgBstw4AdLcOAL+3DgAVuA4AcQYHAMe4DgAJCQcAerkOALG5DgC5uQ4ABLoOAA66DgDKEQcAZboOAGkTBwC5ug4ARhgHAAe7DgB9HAcAv7sOAPa7DgD+uw4ASbwOAF69DgCVvQ4Anb0OAOi9DgCavg4AITUHAOm+DgA0vw4ANr8OAHQ1BwA2wA4AxU0HADrADgAERQcAjsAOANpKBwDUwA4AzEwHAIPBDgC3TwcAz8EOAKJSBwB8wg4A0lcHANHCDgD7XQcAd8MOAOZgBwDKww4AOWEHAC3EDgBkxA4AbMQOALfEDgDGxA4A0WMHAGrFDgAqbwcAwMUOAKZ1BwDFxg4A/MYOAATHDgBPxw4AXscOALp+BwBLyA4Am8gOALXIDgCkjQcACskOAEHJDgBJyQ4AlMkOAKPJDgCIkQcAHMoOACeTBwCpyg4A4MoOAOjKDgAzyw4AlcsOALiWBwA4zA4ANJ0HAJHMDgBroQcALM0OAGckCAAvzQ4A9aUHAH/NDgDupgcAe84OAMO4BwDOzg4AP78HAB7PDgA4wAcALNAOAGPQDgBr0A4AttAOAMLQDgAwzQcAEdEOAFzRDgBg0Q4AfM4HAL/RDgAb0AcAcdIOAKjSDgCw0g4A+9IOACPTDgBm3QcAU9MOAIjkBwC90w4Ah+IJAPzTDgBH1A4AfdQOALjpBwAQ1Q4AQNUOADzWDgAyCAgAOdcOAGgYCACG2A4A0dgOAO3ZDgDHLggAgNoOAFEzCAAe2w4AgTgIAMLcDgAUyggAxNwOAGRICACx3g4AAlYIAP3eDgAkXQgABN8OADlaCADv4A4A8m8IAPHhDgCleggAOeMOAITjDgC74w4AGY4IAEbkDgB95A4AheQOANDkDgDf5A4A4ZUIAH7lDgDJ5Q4AAOYOAPydCAB35g4AjaEIABToDgABtQgAE+kOANC7CAAM6g4A68MIAG/qDgA+xAgAteoOAJHECABR6w4A+M0IAEnsDgCW2wgASO0OAJTzCAAA7g4AN+4OAD/uDgCK7g4AlO4OAEf+CABS8A4AoAkJAHfxDgCQIwkA0fEOABMpCQBw8g4AgTEJANHyDgC/NAkAGPQOAHFLCQBy9A4As/QOALX1DgBbWgkAYvcOAOtpCQD29w4AyG4JAFH4DgAGcgkABvkOAD35DgBF+Q4AkPkOAOX5DgB0egkA+PoOAC/7DgA3+w4AgvsOAKr7DgAZhwkAMfwOAEKNCQCD/A4AzvwOANz8DgDojQkAJ/0OAC2QCQDU/Q4ACpUJABv+DgDumAkAHP8OAKiiCQAf/w4ATqMJAGwADwDzrwkAtwAPAD+xCQASAQ8AfbQJAGABDwAVtwkAzwEPAP4BDwDAAg8ADcQJAB8DDwBgxAkASwQPAJYEDwDIBA8AgssJAM0EDwDcygkAlAYPAGbPCQDrBg8ApNIJADsHDwDw0wkANAgPABnaCQB/CA8A/d0JAD8JDwBzCQ8ANQoPAGwKDwB0Cg8AvwoPAMwKDwDL8AkAHwsPALbzCQDFCw8AQPgJAH0MDwCxDA8AFg0PAEgbDwAjDQ8AVw0PAAkODwA4BQoACw4PAPMCCgC1Dg8A9g4PAFcPDwBMDgoA/w8PAKUZCgBXEQ8AjhEPAJYRDwDhEQ8AUhIPAKMxCgAwEw8AzDcKAD0UDwCGQQoA3BQPAKFJCgCOFQ8AxRUPAM0VDwAYFg8AhxYPAL4WDwDGFg8AERcPALoXDwC2Iw8AvxcPAAoYDwDBFw8AjswMANMXDwDOTw8AFBgPANdZCgC2GA8AWl8KAKoaDwBEbgoAnBsPAFh3CgCgHA8AzX4KALgcDwDAwAsA7xwPADodDwBYHQ8AIH8KAOEeDwDKlAwANB8PAB2VDACbHw8A0h8PANofDwAlIA8AmCAPABiMCgAmIQ8ApMsKAMUiDwCHZQ8AviMPAHBCDADSIw8AppAPAOIjDwAJJA8AiCQPAK8kDwBxJQ8AqCUPALAlDwD7JQ8AWiYPAGmkCgC9Jg8A9CYPAPwmDwBHJw8ApicPAIgbDAADKA8AbNMKAEUpDwAjrgoApikPALuwCgCNKg8A2CoPADMrDwCHuA8AhiwPAHW6CgCQLA8AKbkKAHwtDwAGvgoAMi4PAGkuDwBxLg8AvC4PAA8wDwAaxwoAVTIPAPXjCgClMw8AMvMKAJw0DwBw9goA4TUPAACsCwDkNQ8AJoMLAOg1DwB9AAsA7jUPAOq6CwCMNg8A1zYPAOE2DwBaBQsA7DcPACM4DwArOA8AdjgPAB45DwD/EQsAdDkPAJAVCwBpOw8AliALALw7DwAHPA8AEzwPANQjCwC5PA8AEicLAFs9DwCmPQ8AvT0PAEIsCwCFQg8AhUYLAC5DDwAPSwsAd0UPAKVlCwAmRg8AZ0YPABpHDwDbdQsAHUcPAI90CwAUSA8AIHgLAK1JDwD4SQ8A+0kPAEJ/CwCqSg8A04ILAJ9LDwADiAsAwksPAPicDwAGTA8AT4kLAJNMDwDjTA8AjE0PAJSLCwCTTQ8A2Y0LADRPDwCvkwsANk8PAFP/CwDWTw8AIVAPAHBRDwCeXwwAzFEPAFSgCwAWUw8ARa4LABtTDwDzoQsAVlYPABA4DAByVg8AWo8PAKVWDwDwVg8A81YPAD6vCwBTVw8A3bALAKJXDwDWsQsA8VcPADxYDwBGWA8AKbILAN5ZDwCstwsA5VkPAJ65CwCEWg8Al7oLAP1bDwAovgsAiFwPAJvWDADHXA8AdL8LAB5eDwCkxAsAbV4PALheDwDRXg8A8MULAA5fDwBeXw8A1V8PAHrKCwB7YA8Ac8sLACFhDwC/zAsAq2EPAPZhDwAAYg8AUNALAJ1iDwBGmwwApGMPAL7YCwCMZQ8Af+ELAHRoDwC18QsAfmgPANf4CwAaaw8A6wEMAGtrDwDkAgwAuGsPAIoDDAAGbA8A1gQMAP9sDwAbBwwA/W0PAEhuDwCjbg8A7m4PAJVvDwDjDgwA728PADpwDwCVcA8A4HAPAIlxDwC5FAwANHIPAH9yDwDacg8AJXMPACZ0DwDpGQwAfXQPADUbDAAfdQ8AanUPAHp1DwDUHAwAM3YPAGN2DwAVdw8ASSQMAIB3DwCvdw8AtnoPAFU6DABVfA8AhT8MAPt8DwDRQAwAoX0PAB1CDAAegA8A1lcMAMiBDwBLXwwAtoIPAIliDABghA8A/mkMAAaFDwBRagwAI4YPAIhuDABJhg8AJ3AMAKGGDwD+pw8A9YYPAL9yDAD4hg8AsXQMAEKHDwCShw8ArocPAOWHDwA7iA8Ai4gPAKeIDwDeiA8AOYkPAISJDwCOiQ8ABHUMAN+JDwBcyg8AMIoPAOF5DAAxiw8AGH4MAHmLDwCwgAwA0YsPAFGoDwDXjA8A7tYMAHSNDwBcjAwACZEPAPJMDQBPkg8AU6UMAEGTDwCEngwA8JMPAH2fDADhlA8AYaMMADGWDwB8lg8AhpYPAJGoDAAwlw8AKasMALyaDwA2tQwAIpsPAFmbDwDImw8A/5sPAGCcDwB0uAwAI50PAEudDwB2nQ8Anp0PAMmdDwDxnQ8AHJ4PAESeDwCfng8A6p4PAO+eDwAFvAwAOaAPAL/FDACLoQ8AnMoMANihDwAoog8AU6IPAHuiDwDRog8AIaMPAEyjDwB0ow8AOaQPAG2kDwDfpA8AJs8MABylDwBd0wwAhaUPALmlDwBnpg8AsqYPAMKmDwBP1QwAEacPAEjWDABtpw8AT84NAJirDwCkEA0A7qsPAEoRDQDjrA8AeSINAImtDwD1KA0AL64PAMQvDQDVrg8ARzUNAHuvDwBpPA0AIbAPAPNADQDHsA8AfUUNAG2xDwD5Sw0AF7IPAOtNDQB4sg8AsbIPALmyDwAEsw8A97UPAEK2DwBgtg8AL1wNAIi5DwBPew0A8bkPADN/DQCFug8AeIENANS6DwAQhA0AJrsPAKiGDQB3uw8AjIoNANW7DwB+jA0ANLwPAGu8DwDAvA8AI5kNAB29DwDCmg0Aeb0PAFqdDQC/vQ8AMKMNAHm+DwBnpw0AosIPACe8DQBDxA8AzMgNAJLEDwDFyQ0A4cQPACzFDwAwxQ8AGMoNAIfFDwDSxQ8ALcYPAHjGDwAmxw8AcccPANDHDwBc2A0AH8gPAGrIDwBuyA8Ar9gNAJPJDwDR3w0Ac8oPAJnnDQAEyw8A3ukNAF/LDwDX6g0AsMsPAPvLDwALzA8A0OsNAFfMDwDJ7A0ApMwPAPTMDwBRzQ8ADu8NAKrNDwAH8A0Aoc4PALr6DQBFzw8AiQEOAJTPDwDfzw8A788PANwBDgCJ0A8AbQUOAOjQDwC5Bg4AOdEPALIHDgCG0Q8AWAgOANTRDwAk0g8A","fail":"AAAAAAAAAACbhAAAdaYBAMXRAADNRwYAax4CAJX1BgDs6AEAIcYKAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAAAAAADs6AEA5LYKAPnIBwDtkAAA8Q0AAOzoAQBFYgoAmGIKAOtiCgA+YwoAlwACABLGDABq6woAdZgDAAAAAADNRwYAax4CAGseAgBSvwoA/gkCAFEKAgBpnQsAGsALACGrAgB0qwIAShIBAPPSBAATugwAUr8KAOzoAQDYygQAda0AAMitAAAbrgAAbq4AAMGuAADxDQAA7OgBACHGCgCUVAcAax4CAH8nAgAN5wQAB84GAAAAAADNRwYA7OgBAGGxCgAYvQMAnQsCAKBjCAD//QEAm4QAAFcVAgDuKQ0AQSoNADiQAgDvJQAA7OgBAIjWCQDb1gkAAUcAAI29BADtkAAAQJEAAEyZAgC9pggAEKcIAOzoAQDktgoA+cgHAO2QAADxDQAA7OgBAEViCgCYYgoA62IKAD5jCgCF8woA2PMKAFMAAABTAAAAbdUIAGseAgABRwAA7OgBAIXzCgDkogEAAAAAAO2QAACdCwIA8Q0AANQdAACrFwAAlfUGAOj1BgCIwgAA28IAAC7DAAD70wIAFtwCAGncAgBcTgkApBgAALSxCgBckwsATAEAAJ8BAADyAQAARQIAAJgCAACF8woA2PMKAFMAAABTAAAAeIIBAHv2AwDtkAAAIq0AAGseAgC+HgIAfdAFAOzoAQAhxgoAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAADnTQgAOk4IAAAAAAC9iwAALXUBAGseAgB/JwIA8Q0AAOzoAQB4ggEAe/YDAM72AwBTAAAA7YkBAECKAQCTigEA5ooBADmLAQCMiwEA34sBAAAAAAD70wIADfUCAOSiAQA3owEAiqMBAJUzCgC6aQoADWoKAEViCgCYYgoA62IKAD5jCgCXAAIA29YJAGMrAgAJVQgAXFUIAK9VCACV9QYA7OgBAJ2+DADDXggA7OgBAGmdCwCRTg0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAAKBjCAADjwoAhfMKANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAOdNCAA6TggAAAAAAL2LAADtkAAA8Q0AAARoAgBeiQkAlfUGAOzoAQCF8woAqS8AAPwvAABPMAAAojAAAEA9DAD//QEAm4QAAHWmAQDUHQAAlfUGAOzoAQAhxgoAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAP4JAgBRCgIA//0BAFL+AQCl/gEA+P4BAEViCgCYYgoAURgAAKQYAAC0sQoAXJMLAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAAFgJAgB1pgEA7OgBAGGxCgAIPwEAWz8BAEyZAgAtdQEAlfUGALquDABhsQoAtLEKAFyTCwBMAQAAnwEAAPIBAABFAgAAQD0MAP/9AQCbhAAAdaYBANQdAACV9QYA7OgBACHGCgCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEARWIKAJhiCgBRGAAApBgAALSxCgBckwsATAEAAJ8BAADyAQAARQIAAJgCAADF0QAAWAkCAHWmAQDs6AEAYbEKAAg/AQBbPwEATJkCAC11AQCV9QYAuq4MAJuEAAB1pgEAcC4DAPvTAgAN9QIAqS8AAPwvAABPMAAAojAAAEA9DADxDQAA1B0AACceAAB6HgAAzR4AACAfAABAPQwA7yUAAInYBwBrHgIAiHwKAARoAgBAPQwAShIBAPX/BgDxDQAA5KIBACdxAABseQsAcj8JABl5CwDm1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAYbEKALSxCgBckwsATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAer0BAPENAAAEaAIA7OgBAP/9AQBB1wwAIcYKAKqmBQCF8woAT4IMAI29BADgvQQAgHUBAAAAAAAirQAAIq0AAO2QAADxDQAA5KIBAOzoAQDktgoAuq4MAKsXAAA6HgMA7ZAAAJX1BgDs6AEAP+kBAJDCCgBrHgIA7OgBAL2LAADxDQAA1B0AAOzoAQAAAAAAqxcAANA/AgBI8ggA/hcAAMXRAACrFwAA7OgBAOS2CgDo9QYAewoNAM4KDQD//QEAm4QAAHWmAQDUHQAAAAAAAGseAgCdCwIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBAJX1BgC6rgwAqxcAADoeAwDtkAAAlfUGAJ0LAgDtkAAAQJEAAJrjAABsuAIA//0BAJuEAAAHzgYAnQsCAJX1BgD//QEAnQsCAO2QAABAkQAAmuMAAGy4AgC9iwAA//0BAHiCAQB79gMAIq0AAOzoAQDQPwIAI0ACAHZAAgDs6AEA500IADpOCAABRwAAjb0EAOC9BADtkAAATJkCAJ+ZAgDymQIA7OgBAJUzCgC6aQoADWoKAEViCgCYYgoA62IKAD5jCgAhxgoAlFQHAOdUBwDLggEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AAPTvCgBTAAAAUwAAAG3VCABrHgIAAUcAAF6JCQCV9QYAnQsCAJuEAACIwgAA28IAAC7DAACdCwIAShIBAJ0SAQCb6wkAAAAAAHiCAQB79gMA7ZAAAKsXAAABRwAA7OgBAOS2CgD5yAcA7ZAAAPENAADs6AEARWIKAJhiCgDrYgoAPmMKAIXzCgDY8woAUwAAAFMAAABt1QgAax4CAAFHAADs6AEAIcYKAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAACYcAgAirQAA8LgBABeRCwDs6AEA500IADpOCAAAAAAAvYsAAO2QAADxDQAABGgCAF6JCQCV9QYA7OgBAP/9AQBSvwoA7OgBAIXzCgDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAAvlwFACKtAAB8ngIAqC0CAL5cBQDNRwYAw14IAOzoAQBhsQoAeIIBAL2LAACY9AEALXUBAIB1AQDs6AEAm4QAAIjCAADbwgAAXdQAACHGCgCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAOdNCAA6TggAAAAAAL2LAAAtdQEAax4CAH8nAgAAAAAAax4CAPIcCADDXggAmPQBAFMAAACmAAAA+QAAAOzoAQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAAKrCAQD9wgEA2MoEAHyeAgDPngIAIp8CABRiCwBnYgsAumILAMXRAAAtdQEAE0UFAFRHAAB39QoA3XIIAAFHAADs6AEAIcYKABO6DABSvwoA7OgBAGGxCgC0sQoAXJMLAEwBAACfAQAA8gEAAEUCAACYAgAA2MoEACvLBAB+ywQA7yUAAInYBwCY9AEAvYsAAGseAgB/JwIAax4CAOzoAQDYygQAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAhfMKANQdAACrFwAAAUcAAOzoAQAhxgoAiMIAANvCAAAuwwAA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEARWIKAJhiCgBRGAAApBgAALSxCgBckwsATAEAAJ8BAADyAQAARQIAAJgCAACVMwoAumkKAA1qCgCF8woA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAO8lAAAGqgEAWaoBAKyqAQBPFAQAIcYKAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAGMrAgAJVQgAXFUIAK9VCAACVggAVVYIAKhWCAAhxgoAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAF6JCQC9iwAA8Q0AALB6AQCAdQEAmPQBAOzoAQBKEgEA9f8GAJfkBQCgYwgAm4QAABO6DAA6HgMAdZgDAEoSAQDs6AEAAAAAACKtAADwuAEALc4MAIDODACrFwAAYysCALYrAgAJLAIAkAgBAPvTAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADvJQAABqoBAFmqAQCsqgEAAAAAAM1HBgDDXggAmPQBAOv0AQDxDQAA1B0AAJfkBQAeugUAcboFAG6tDAATRQUAOiUCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAoc0DAPTNAwBHzgMAms4DAO3OAwBAzwMAk88DAObPAwA50AMAn7QKAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAgHUBACceAAB6HgAAzR4AACAfAAB/JwIAQJEAAJrjAABsuAIAIcYKAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAoYgBAPSIAQBHiQEAmokBAJ0LAgBrHgIAfycCANInAgCkYw0A8Q0AANQdAACV9QYA7OgBAEA9DADdTw0AeIIBAMuCAQAegwEAcYMBAMSDAQAXhAEAxdEAAFgJAgB1pgEA7OgBAOdNCAA6TggAjU4IAOBOCAAzTwgAhk8IAOzoAQC9iwAA8Q0AALB6AQCAdQEAmPQBAOzoAQAhxgoAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEA9f8GAJfkBQCgYwgAm4QAABO6DAA6HgMAdZgDAAFHAACdCwIAm4QAAJRUBwDnVAcAy4IBAMXRAADtkAAAlfUGAOzoAQBAPQwAax4CAPIcCAD//QEAm4QAAP/9AQB4ggEAc2oNAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAAbLgCAO6EAABBhQAAlIUAAOeFAAA6hgAA2YABACyBAQB/gQEA0oEBACWCAQC6rgwAQJEAAJrjAABsuAIA9NsBACKtAADtkAAAUwAAAAFHAAC+XAUAzUcGAOzoAQBeIQwAAAAAAAAAAAAAAAAATxQEAOdNCAA6TggADecEAHWmAQBEDgAAw14IAPvTAgAUCQAAvYsAAPENAADUHQAAJx4AAKsXAABjKwIAtisCAAksAgDIbgkAG28JAG5vCQBhsQoAtLEKAFyTCwBMAQAAnwEAAPIBAABFAgAAmAIAAEViCgCYYgoA62IKAD5jCgAhxgoAlFQHAOdUBwDLggEAxdEAAO2QAACV9QYAqxcAAP4XAABRGAAAIcYKAAraCwBBhQAAlIUAAOeFAAA6hgAAjYYAAGmdCwAawAsA1RcLAGmdCwCRTg0ALXUBAHWYAwDImAMATJkCAKBjCAB39QoA8Q0AAARoAgDF0QAALXUBABNFBQBURwAA7OgBAOdNCAC+HgIA//0BAP/9AQAtdQEAE0UFAEoSAQAAAAAA7OgBAD/pAQCS6QEA5ekBADjqAQDs6AEAYbEKAHiCAQBzag0Am4QAAHWmAQDUHQAA2MoEAKBjCAADjwoAl+QFANA/AgDs6AEAUr8KAM1HBgDdcggAax4CAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAIXzCgDUHQAATpULAAFHAAC+XAUAgHUBAJj0AQAAAAAAqxcAAEyZAgCfmQIA8pkCAHv2AwCV9QYA6PUGAO6EAABBhQAAlIUAAOeFAAA6hgAALdULACNAAgB2QAIALXUBAC11AQCY9AEAqxcAAGMrAgAxbgcAvYsAAGseAgB/JwIAnfYEAPnIBwDtkAAA8Q0AACbWCwD+FwAAdzsBAEoSAQDz0gQAqC0CACKtAACV9QYAuq4MAKsXAAA6HgMA7ZAAAAAAAADNRwYAmPQBAC11AQCAdQEA7OgBAD/pAQCS6QEA5ekBADjqAQA/6QEAkMIKAGseAgDs6AEAvYsAAPENAADUHQAAJx4AAOzoAQA/6QEAkukBAOXpAQA46gEAP+kBAJDCCgBrHgIA7OgBAL2LAADxDQAA1B0AAOzoAQAhxgoAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAAChiAEA9IgBAEeJAQCaiQEA7OgBAL2LAADxDQAA1B0AACceAACrFwAAYysCALYrAgBMmQIAvaYIABCnCACIfAoAsHoBAM1HBgDDXggALXUBAIB1AQA6HgMAS/EDAHq9AQBKEgEA7OgBAIXzCgDY8woAUwAAAFMAAABt1QgAax4CAAFHAABeiQkAlfUGAOzoAQAhxgoA2OUMAC11AQDs6AEATJkCAL2mCAAQpwgAiHwKALB6AQDNRwYAw14IAOzoAQCVMwoAAAAAAPENAADkogEAN6MBAPvTAgDxDQAAcC4DAOzoAQDnTQgA8hwIAN1yCAABRwAAvlwFAIB1AQDtkAAA8Q0AAPENAADkogEA1B0AACceAAC+XAUAzUcGAMNeCADtkAAAQJEAAJrjAABsuAIAm4QAAC11AQBzag0A+9MCADjjAgABWwkAmukLAO3pCwBA6gsAk+oLAObqCwA56wsAjOsLAL4eAgARHwIAZB8CAO8lAAAGqgEAWaoBAKyqAQC6rgwAQJEAAJrjAABsuAIAAAAAAJuEAABMmQIAn5kCAFcVAgB4ggEAm4QAABO6DACY9AEAVxUCAJuEAAB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAA2pAQBgqQEAs6kBAM1HBgBKEgEAUwAAAKYAAABZUAIAbq0MAMGtDABEDgAAw14IAO8lAAAGqgEAWaoBADFZCgCEWQoAvYsAAHiCAQABRwAAvlwFAFMAAAB4ggEAc2oNAMZqDQAGqgEAWaoBADFZCgCEWQoA1B0AACceAACa4wAAbLgCAAAAAADs6AEA//0BAFL+AQCl/gEA+P4BAEv/AQCe/wEA8f8BAO2QAACtSwEAi+oBAN7qAQAx6wEAhOsBANfrAQCI1gkAEsYMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAP4JAgBRCgIAiNYJABLGDACL6gEA3uoBADHrAQCE6wEA1+sBANriCQB4ggEAc2oNAMZqDQAZaw0AbGsNAJUlDACwhwsA7OgBAOdNCABurQwABG4NAFduDQCqbg0A2uIJAC3jCQA/6QEAkukBAOXpAQA46gEAAAAAAF2HCwDs6AEA500IAG6tDAAEbg0AV24NAKpuDQDa4gkALeMJAD/pAQCS6QEA5ekBADjqAQA/6QEAkukBAOXpAQA46gEA/6oBAE8UBAA9tAwAkLQMAOO0DAA2tQwAibUMAAAAAAC9iwAAEIwAADoeAwATRQUAVxUCAGI9DQCV9QYA0D8CAL2LAAAQjAAAOh4DABNFBQBXFQIAdkYNAGseAgC+HgIAfdAFAPX/BgDF0QAAzUcGAGseAgDQPwIAVxUCAJuEAAB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAA7yUAAAaqAQBZqgEArKoBAFMAAAChsQcAl+QFAAFHAABeiQkATJkCAJ+ZAgDymQIARZoCAJiaAgDxDQAA7OgBAGmdCwAawAsA1RcLAP/9AQBB1wwAAAAAACHGCgAotwwAe7cMAM63DAAhuAwAdLgMAMe4DAAauQwAiNYJAECRAACa4wAAbLgCAPvTAgAAAAAAzUcGAAFHAAD70wIAIq0AAPC4AQBDuQEAlrkBAOm5AQA8ugEAfycCAJ32BADs6AEAvYsAAPENAACwegEAgHUBAJj0AQDs6AEAlSUMALCHCwCI1gkAAAAAAHiCAQAAAAAAvYsAAJuEAACUVAcAAAAAAAAAAAC9iwAAAUcAAOzoAQDF0QAAWAkCAHWmAQDs6AEAiNYJAAAAAAC9iwAAm4QAAKBjCAB39QoA3XIIADBzCACDcwgA1nMIAP/9AQApdAgAfHQIAM90CAD//QEA2MoEACvLBAB+ywQA+VIMAExTDACfUwwA2MoEACvLBAB+ywQA+VIMAExTDACfUwwAm4QAABO6DAAAAAAA7OgBAJj0AQDr9AEAPvUBAAAAAAABRwAAXokJANf/CgAqAAsAVxUCAKGcCgD0nAoAUr8KAAFHAABeiQkA1/8KACoACwBXFQIAqhUCAL4eAgARHwIAZB8CALcfAgDxDQAAjb0EALjUCgARHwIAZB8CALcfAgABRwAAVEcAAGseAgDyHAgAxdEAAAAAAABrHgIAfycCAM6xAQA0BQUAl+QFAAFHAADxDQAAVxUCADQaAgCHGgIA2hoCAC0bAgCAGwIA0xsCAAFHAAAmHAIAP5wMAFRHAABrHgIA8hwIAM1HBgBXFQIANBoCAFRHAABrHgIA8hwIAMXRAAAAAAAAm4QAAC11AQB1mAMA1B0AAJ0LAgDtkAAAQJEAAJrjAABsuAIAVxUCADQaAgBURwAAax4CAPIcCADF0QAAVxUCADQaAgBURwAAax4CAPIcCABSvwoAUwAAAKGxBwDtkAAAQJEAAJrjAABsuAIA7ZAAAO8lAABCJgAAQJEAAH8nAgCrFwAAIq0AAO2QAADtkAAAQJEAAJrjAABsuAIAm4QAAH3QBQD1/wYA7ZAAAECRAACa4wAAbLgCAAFHAAABRwAAjb0EAOC9BAD//QEAUv4BAKX+AQBeiQkA7ZAAAECRAACa4wAAbLgCAEoSAQD1/wYAAUcAAFRHAAB39QoAlfUGALquDABAkQAAmuMAAGy4AgB4ggEAeIIBAFMAAABt1QgALXUBAIB1AQCSNQMA5TUDADOUCgB/JwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAGseAgB/JwIA0icCACUoAgB4KAIAyygCAB4pAgBxKQIAxCkCABcqAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAAAAAO2QAABSvwoA7ZAAAECRAACa4wAAbLgCAJX1BgC6rgwArUsBAPj9DQBAkQAAmuMAAGy4AgAAAAAA7ZAAAECRAADyHAgAlfUGAC8sCABMmQIALXUBAHWYAwCwegEAzUcGAMNeCADtkAAAQJEAAJrjAABsuAIA//0BAM1HBgDdcggAEIwAADecAgB4ggEAy4IBACKtAAB8ngIAz54CAHNqDQBAkQAAmuMAAGy4AgATugwAmPQBAHI/CQDtkAAAQJEAAJrjAABsuAIAax4CAJj0AQC9iwAAShIBAPX/BgCrFwAAAUcAAF6JCQAzlAoAmuMAAGy4AgDNRwYA3XIIAAFHAAAmHAIA7yUAAP/9AQDNRwYA3XIIABCMAAA3nAIA8Q0AANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAm4QAAHWmAQDIpgEAqS8AAHyeAgB1pgEABGgCAF6JCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA+cgHACBIBgBzSAYAidEIANzRCAAv0ggAgtIIANXSCAAo0wgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCX5AUAHroFAHG6BQCIfAoAsHoBAM1HBgDDXggA7ZAAAECRAACa4wAAbLgCAAFHAACbhAAA7oQAANA/AgDNRwYATJkCAL2mCAAQpwgA7yUAAHiCAQDLggEAxdEAAO2QAABAkQAAmuMAAGy4AgC+XAUAEV0FAJ7xAwB4ggEAc2oNAEoSAQD1/wYAqxcAAAFHAABeiQkAlfUGALquDABAkQAAmuMAAGy4AgDxDQAA9O8KAFMAAABTAAAAbdUIAGseAgABRwAAXokJAJX1BgD5yAcAIEgGAHNIBgCJ0QgA3NEIAC/SCACC0ggA1dIIACjTCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAHiCAQB4ggEAc2oNAJj0AQAnhQkAlFQHAJuEAABZUAIArFACAP9QAgBSUQIApVECAPhRAgBLUgIAnlICAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBrHgIAvh4CAFK/CgAtdQEAgHUBABVCAgBoQgIAu0ICAOpTAgA9VAIAkFQCAONUAgA2VQIAiVUCANxVAgAvVgIAglYCANVWAgAoVwIAe1cCAM5XAgAhWAIAdFgCAMdYAgAaWQIAbVkCAMBZAgBKEgEA//0BAEHXDABAkQAA7yUAAJDCCgBrHgIAShIBAPPSBACoLQIAXokJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDDXggAIq0AAB66BQBxugUAxLoFABe7BQBquwUAvbsFAEoSAQCdEgEAm+sJAC8sCAA8Zg0AidgHACKtAAB8ngIAqC0CAL5cBQDNRwYAw14IAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAAAAAJuEAACUVAcAvYsAAO2QAADtkAAAQJEAAJrjAABsuAIAlfUGALquDADvJQAAidgHAKnbCwDtkAAAlfUGAJuEAACUVAcA51QHADpVBwBpnQsAGsALANUXCwAhxgoAqqYFAEoSAQD1/wYASAAHAP/9AQBB1wwAQJEAAOzoAQA/6QEApGMNABCMAAC1pQoAAUcAAL5cBQDNRwYAw14IAL2LAAAQjAAAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIAKZ4CAM9fCwAiYAsAdWALAMhgCwAbYQsAbmELAM1HBgDs6AEAP+kBAEImAADF0QAA7OgBACHGCgB0xgoArFACAP9QAgBSUQIApVECAPhRAgBLUgIA8Q0AAOzoAQBpnQsAGsALANUXCwA/6QEApGMNABCMAAC1pQoAAUcAAL5cBQDNRwYAw14IABO6DACrFwAA/hcAAHc7AQBEAAIA500IADpOCACd9gQAuq4MAJfkBQB1rQAAE1oCAFlQAgB/JwIA8hwIAEWhAQBpnQsA2MoEAFK/CgClvwoA+L8KAEvACgCewAoA7ZAAAECRAACa4wAAbLgCAKsXAAABRwAAm4QAAKgtAgC+XAUAzUcGAMNeCADtkAAAQJEAAJrjAABsuAIAx80JAInYBwCp2wsAFUICAOzoAQCF8woAuLkCAEoSAQD//QEAzUcGAC11AQB/egIAm4QAAKgtAgC+XAUAzUcGAMNeCADs6AEAiNYJAECRAACa4wAAbLgCAD/pAQCS6QEA5ekBADjqAQAAAAAA7OgBAJUzCgDoMwoATKYMAJ+mDADypgwARacMAOm5AQCoLQIAvlwFAP/9AQB4ggEAc2oNAGmdCwA6JQIAjSUCAOAlAgDYygQAfJ4CAOKzAgA1tAIAiLQCANu0AgAutQIANMACAIfAAgDawAIALcECAIDBAgDTwQIAJsICAHnCAgDMwgIAH8MCAAAAAAC9iwAAEIwAADecAgCKnAIA3ZwCADCdAgCDnQIA1p0CANjKBAB8ngIA4rMCADW0AgCItAIA27QCAC61AgC9iwAA8Q0AAGmdCwAawAsAIasCAHSrAgBKEgEA89IEABO6DABFYgoAmGIKAOtiCgA+YwoAlwACANvWCQAu1wkA3XIIAJj0AQBKEgEAi5cBAHWYAwDkogEAsHoBAIB1AQCY9AEA7OgBAOdNCAA6TggAAUcAAL2LAABrHgIA5LYKALquDACX5AUAda0AABNaAgBZUAIAfycCAJ32BADs6AEAIcYKABO6DACV9QYA7OgBAEViCgCYYgoA62IKAD5jCgC9iwAA8Q0AANQdAACVMwoA6DMKANN1AQAmdgEAeXYBAMx2AQAfdwEArpIBAJ2+DAAgSAYAc0gGAInRCADc0QgAL9IIAILSCADV0ggAS/EDAJ7xAwDx8QMARPIDAJfyAwDq8gMAlfUGAOzoAQAhxgoAE7oMAJX1BgDs6AEARWIKAJhiCgDrYgoAPmMKAL2LAADxDQAA1B0AAIXzCgC4uQIAC7oCAF66AgCxugIABLsCAPHACgBEwQoAl8EKAOrBCgA9wgoAE7oMADoeAwAirQAA+9MCAPNcCQDbKQoALioKAIEqCgDUKgoAJysKAHorCgBRagwAQJEAAJrjAABsuAIA7OgBAJ2+DADdcggAAUcAAOzoAQCdvgwA7yUAAOzoAQD//QEAzUcGAN1yCAAQjAAAN5wCAOdNCAC+HgIAFE4CAGdOAgBeiQkAsYkJAASKCQABRwAA7OgBAGmdCwAawAsA1RcLACHGCgAHzgYAlfUGAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAJ2+DABMmQIAvaYIABCnCADvJQAAeIIBAMuCAQCF8woA2PMKACv0CgB+9AoAjb0EALjUCgAL1QoASjQIAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAJ2+DABMmQIAvaYIABCnCADvJQAAeIIBAMuCAQBKEgEAer0BAM29AQAgvgEAc74BAMa+AQAZvwEAUr8KAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAJ2+DABMmQIAvaYIABCnCADvJQAAeIIBAMuCAQDktgoAN7cKAEyZAgAtdQEAlfUGALquDADF0QAALXUBABNFBQBURwAA7OgBAJ2+DABMmQIAvaYIABCnCADvJQAAeIIBAMuCAQAtdQEAf3oCAOzoAQBhsQoAbdUIAC11AQCAdQEAkjUDAOU1AwAzlAoA7OgBAOS2CgC6rgwAQJEAAH8nAgDSJwIAJSgCAHgoAgDLKAIAHikCAHEpAgAhxgoAKLcMAHu3DACwegEAA3sBAFZ7AQBKEgEA9f8GAKsXAAABRwAA7OgBAGmdCwAawAsA1RcLAIjWCQDb1gkAAUcAAI29BABSvwoA7OgBAJUzCgDoMwoAOzQKAEViCgA6HgMAjR4DAOAeAwBKEgEA89IEAHiCAQB79gMAIq0AAO2QAAD//QEAzUcGAN1yCAAQjAAAN5wCAPENAADs6AEAnb4MAN1yCAABRwAA7OgBAJ2+DADvJQAA7OgBAOdNCAC+HgIAFE4CAGdOAgABRwAAXokJAJj0AQByPwkAQJEAAOzoAQDktgoAN7cKAEyZAgAtdQEAlfUGALquDAD//QEAUr8KAOzoAQBaRAIArUQCAABFAgDQPwIAI0ACAJX1BgDs6AEAIcYKAKgtAgCQCAEA4wgBAHyeAgDPngIAIp8CABRiCwBnYgsAumILAA1jCwBgYwsAs2MLAAZkCwBZZAsArGQLAP9kCwBSZQsApWULAPhlCwBLZgsAnmYLAPFmCwBEZwsAl2cLAOpnCwA9aAsAkGgLAONoCwA2aQsAiWkLANxpCwAvagsAgmoLANVqCwAoawsAe2sLAM5rCwAhbAsAdGwLAMdsCwAabQsAbW0LAMBtCwAtdQEAgHUBABVCAgBoQgIAu0ICAHv9AgDO/QIAIf4CAHT+AgDH/gIAGv8CAG3/AgDA/wIAEwADAGYAAwC5AAMADAEDAF8BAwDktgoA6PUGAHsKDQDOCg0A//0BAJuEAAB1pgEA1B0AAIXzCgC4uQIAc38KAMZ/CgAZgAoAbIAKAOzoAQCVMwoAumkKAA1qCgCF8woAT4IMAKKCDABZUAIAAUcAAL5cBQCAdQEAmPQBAOzoAQC9iwAA4wECAL2LAAABRwAAAUcAAL5cBQCAdQEAmPQBAOzoAQDktgoA+cgHAMXRAACVMwoA6DMKADs0CgDnTQgAOk4IAHNkAgDq5AUATJkCAL2mCAAQpwgAUr8KAOzoAQBKEgEAnRIBAJvrCQCbhAAAB84GAC8sCACAdQEAmPQBAOzoAQDnTQgAOk4IAJ32BADw9gQAQ/cEAKNUBQCVMwoAumkKAA1qCgB4ggEAy4IBAFBiAwCjYgMA9mIDAEljAwCcYwMA72MDAGmdCwCRTg0Ap0cAAM5QAwAhUQMAdFEDAMdRAwB1pgEA1B0AAE6VCwDs6AEAlTMKAOgzCgA7NAoAShIBAPX/BgBIAAcAnRIBAGseAgCVMwoAumkKAA1qCgCVMwoA6DMKADs0CgCNQAoA4EAKADNBCgBhsQoACD8BAFs/AQB/6AoA0ugKACXpCgB46QoA7OgBAJ2+DADvJQAA7OgBAIXzCgBPggwAooIMAFlQAgABRwAAvlwFAIB1AQCY9AEA7OgBAL2LAAAWXwgAaV8IALxfCAAPYAgAYmAIALVgCAAIYQgAW2EIAGmdCwAawAsA1RcLAIXzCgDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAAhxgoAqC0CAJ2+DADDXggA7OgBAIXzCgBEDgAA4e8HADTwBwCH8AcA2vAHAOzoAQBTAAAAAUcAAL5cBQCAdQEAmPQBAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMABh8JAFkfCQCdvgwAw14IAOzoAQC9iwAAEIwAADoeAwD02wEA7OgBAOS2CgD5yAcAShIBAPPSBAAtdQEAgHUBAOzoAQCF8woARA4AAOHvBwA08AcAh/AHANrwBwDs6AEA3XIIADBzCACDcwgA1nMIACl0CAB8dAgAz3QIACJ1CAB1dQgAyHUIABt2CABudggAwXYIABR3CABndwgAuncIAA14CABgeAgAhfMKANQdAAAnHgAAeh4AAM0eAAAgHwAA+9MCAPENAADs6AEAaZ0LAJFODQCnRwAA+kcAAE1IAACgSAAA80gAAEZJAACZSQAA7EkAAD9KAADbKQoALioKAKsXAAA6HgMAgHUBAJj0AQDs6AEAnb4MAMNeCADs6AEAwbsKAHf1CgDxDQAAeIIBAMuCAQAirQAAfJ4CAM+eAgAinwIAAAAAAHiCAQDxDQAABGgCAFdoAgCoLQIAXokJAEWhAQAAAAAAAAAAAAAAAAAAAAAAAAAAAKLIAgD1yAIARaEBAAAAAACiyAIA9cgCAHjOAgArywQAHFwKAG9cCgDCXAoAFV0KAGhdCgC7XQoADl4KAGFeCgDykgMARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwDdlQMAMJYDAIOWAwDWlgMAKZcDAHyXAwB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwBAfAMAk3wDAOZ8AwA5fQMAjH0DAN99AwAyfgMAhX4DANh+AwArfwMAfn8DAIZICQDZSAkALEkJAH9JCQDSSQkAJUoJAHhKCQDLSgkAHksJAHFLCQDESwkAF0wJAGpMCQC9TAkAEE0JAGNNCQC2TQkAmPQBAPvTAgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMA//0BAJuEAADxDQAA1aIDACijAwBzag0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAQHwDAJN8AwA/6QEAkukBAOXpAQA46gEAnrkLADMYBACGGAQA2RgEACwZBAB/GQQA0hkEACUaBAB4GgQAiNYJABLGDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAxdEAAKBjCAAtdQEAf3oCAHNqDQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAHDNBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMA1ecFACjoBQB76AUAzugFACHpBQB06QUAuLkCAAu6AgAirQAAUwAAABi9AwBXFQIAciMNAMUjDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAVxUCAO4pDQB8ngIA4rMCADW0AgCItAIA27QCACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwCrFwAA/hcAAMXRAADtkAAAQJEAAJrjAABsuAIAQSoNADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAlfUGAPnIBwDtkAAA8Q0AACbWCwD+FwAAdzsBAF6JCQCtSwEAausKAHWYAwAEaAIAXokJADOUCgCa4wAAbLgCAOzoAQDYygQAfJ4CAM+eAgAinwIAdZ8CAD/pAQCS6QEA5ekBADjqAQBKEgEAUwAAAG3VCABrHgIAAUcAAF6JCQAzlAoAmuMAAGy4AgB4ggEAe/YDAM72AwBTAAAAoTwAAFcVAgBiPQ0ALXUBAP/9AQAA1gUAvh4CAFlQAgBSvwoA7OgBAEViCgCYYgoA62IKAD5jCgB4ggEAy4IBAFBiAwCjYgMAuq4MAJX1BgD70wIAeIIBAMuCAQBQYgMAo2IDAPZiAwBJYwMAnGMDAO9jAwBpnQsAkU4NAKdHAACQCAEAUwAAAG3VCADxDQAABGgCAJj0AQBrHgIAfycCAPENAADVogMAKKMDAJAIAQDs6AEAIcYKAAraCwBKNAgAnTQIAPA0CABDNQgA500IADpOCABzZAIA6uQFAGseAgCV9QYA7OgBACHGCgAHzgYAWs4GAK3OBgAAzwYAXokJADOUCgBXFQIA7OgBAEoSAQCLlwEAdZgDAOSiAQCwegEAgHUBAJj0AQDs6AEAIcYKAKqmBQCY9AEAcj8JAEoSAQDs6AEAlTMKABNFBQBmRQUA5LYKALquDAANrwwAobEHANvBDAAuwgwA8Q0AAOzoAQCdvgwAw14IAAAAAAAAAAAA+9MCADjjAgABWwkAVFsJAKdbCQD6WwkAiNYJAECRAACa4wAAbLgCAGmdCwAawAsA1RcLANjKBAArywQAfssEANHLBAAkzAQAd8wEAM7MCQAhzQkAdM0JALydCwAzlAoAhpQKANmUCgAslQoAf5UKANKVCgAllgoAeJYKAMuWCgDktgoAVJINAO2QAABpnQsAGsALANUXCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDAEB8AwC+XAUAEV0FAGRdBQC3XQUACl4FAG6tDAATRQUAXokJANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBACdCwIA8AsCAL5cBQARXQUAZF0FALddBQAKXgUAXV4FACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABwzQQAw80EABbOBABpzgQAvM4EAIXzCgDUHQAAJx4AAHoeAADNHgAAIB8AAPvTAgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAEB8AwC+XAUAEV0FAGRdBQCV9QYA7OgBAJ2+DADdcggAFtwCAGncAgBcTgkAe3IKAPIcCADdcggAAUcAAF6JCQBpnQsAGsALANUXCwDBuwoAd/UKAPENAADtkAAAAUcAAMXRAADNRwYAax4CANA/AgDs6AEAlTMKALppCgANagoAvYsAABCMAABrHgIAfycCAA3nBABg5wQAs+cEAJuEAAD//QEAeIIBAAAAAADs6AEA0D8CALeNCgCAdQEAFUICAPvTAgDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMA/gkCAFEKAgDYygQAfJ4CAJVxDQDocQ0AO3INABl5CwAN9QIARA4AAEoSAQD1/wYAkAgBAAFHAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAM7MCQAhzQkAdM0JAFK/CgDxDQAA1aIDACijAwAAAAAA+9MCAGG/CABAkQAAmuMAAGy4AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAKBjCABSvwoAAAAAAAAAAAAAAAAAosgCAPXIAgBFoQEAAAAAAAAAAAAAAAAAAAAAAKLIAgD1yAIAeM4CACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwDV5wUAKOgFAHvoBQDO6AUAIekFAHTpBQBKEgEAPFIEAI9SBADiUgQANVMEAJX1BgD//QEA7OgBAEoSAQCdEgEAm+sJAO7rCQBB7AkAShIBADxSBACPUgQA4lIEADVTBAAirQAAda0AAMitAAAbrgAAbq4AAEoSAQB6vQEAEIwAADoeAwAirQAAfJ4CAKgtAgC+XAUAzUcGAMNeCADxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDm1gIAFtUDANmGDACGawQA2WsEACxsBAB/bAQA0mwEACVtBAB4bQQAy20EAB5uBABxbgQAxG4EAOzoAQB4ggEAe/YDAIB1AQDQPwIA7OgBAD/pAQCS6QEA5ekBAJOeCgDmngoAIcYKAAfOBgCV9QYAax4CAH8nAgDxDQAA5KIBAF2HCwCS8AAAz5AEAHf1CgDxDQAABGgCAPtWCABOVwgAoVcIAPRXCABHWAgAmlgIAO1YCABAWQgAk1kIAOZZCAAhxgoAE7oMAFK/CgDs6AEAnb4MAO8lAADs6AEAaZ0LAJFODQCnRwAA+kcAAFMAAAChsQcAl+QFAC11AQCjKgsAidgHAO2QAACV9QYA7OgBAEoSAQA8UgQAj1IEAOJSBAA1UwQAQ+kGAMG7CgB39QoA8Q0AAARoAgBKEgEAPFIEAI9SBADiUgQANVMEAEPpBgCW6QYA6ekGADzqBgCP6gYA4uoGADXrBgCI6wYA3DIHAHf1CgDxDQAABGgCAOzoAQCgYwgAUr8KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATxQEAKIUBAAnOQgAejkIAM05CAAgOggAczoIAMY6CAAZOwgAbDsIAL87CAASPAgAZTwIALg8CAALPQgAXj0IALE9CAAEPggAVz4IAEB8AwC+XAUAEV0FAGRdBQCV9QYA7OgBAJ2+DADdcggAnb4MACBIBgBzSAYAidEIANzRCAAv0ggAgtIIANXSCAAo0wgA7OgBAGmdCwC+XAUAEV0FAGRdBQCV9QYA7OgBAJ2+DADdcggAe/YDAJ0LAgDxDQAA1aIDACijAwCdCwIA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAEB8AwC+XAUAEV0FAGRdBQCV9QYA7OgBAJ2+DADdcggAnb4MACBIBgBzSAYAidEIANzRCAAv0ggAgtIIANXSCAAo0wgA7OgBAGmdCwC+XAUAEV0FAGRdBQCV9QYA7OgBAJ2+DADdcggAQHwDAL5cBQARXQUAZF0FAJX1BgDs6AEAnb4MAN1yCACdvgwAIEgGAHNIBgCJ0QgA3NEIAC/SCACC0ggA1dIIACjTCADs6AEAaZ0LAL5cBQARXQUAZF0FAJX1BgDs6AEAnb4MAN1yCABrHgIAbq0MAH96AgDLggEAHoMBAFK/CgCdCwIAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAA3uAwBAPQwA3U8NAL2LAAAQjAAAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABUfgQAp34EAPp+BABNfwQAoH8EAPN/BABGgAQAmYAEAOyABACAdQEAmPQBAOzoAQBpnQsAGsALACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAOckEAIzJBADfyQQAMsoEAIXKBAC9iwAAEIwAADoeAwD02wEA7OgBAIXzCgBEDgAA4e8HADTwBwCH8AcA2vAHAPvTAgCbhAAA9NsBAGseAgB/JwIAAUcAAI29BADgvQQA7ZAAAPENAABTAAAAobEHAPSxBwCa4wAAfycCAAAAAAC9iwAA7ZAAAPENAAAEaAIAXokJADOUCgCa4wAAbLgCAPNcCQBGXQkAmV0JAGDnBACz5wQABugEAFnoBACs6AQA/+gEAFLpBACl6QQA+OkEAEvqBACe6gQA8eoEAETrBACX6wQA6usEAD3sBACQ7AQA4+wEADbtBACJ7QQA3O0EAC/uBACC7gQA1e4EACjvBAB77wQAzu8EACHwBAB08AQAx/AEABrxBABt8QQAwPEEABPyBABm8gQAufIEAJuEAADuhAAAoGMIAAOPCgCV9QYA7OgBAGmdCwCRTg0Ap0cAAEoSAQDz0gQARtMEAOzoAQDnTQgAOk4IAAFHAACNvQQA4L0EAO2QAADxDQAA7OgBAGGxCgD5/wsA9LEHAOzoAQDnTQgAOk4IAAAAAAC9iwAA7ZAAAPENAAAEaAIA7OgBAHiCAQB79gMAS/EDAIuXAQATRQUAZkUFAF4hDADF0QAAoGMIAC11AQAirQAAoGMIAOzoAQCVMwoAumkKAJX1BgAvLAgAdZgDAPvTAgAirQAAfJ4CAOKzAgA1tAIAiLQCANu0AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMARfoMADOUCgCa4wAAbLgCAKkvAAB1rQAAyK0AABuuAABurgAAwa4AAPvTAgAirQAAfJ4CAOKzAgA1tAIAiLQCANu0AgAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMARfoMADOUCgCa4wAAbLgCAO2QAACV9QYALywIAHWYAwCpLwAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQC8dAUAD3UFABxcCgBvXAoAwlwKABVdCgBoXQoAu10KAA5eCgBhXgoAmPQBAHI/CQDFPwkA7OgBACHGCgCqpgUA500IADpOCADxDQAARA4AAN1yCABrHgIAIq0AAGrJAwC9yQMAEMoDAGPKAwC2ygMACcsDAFzLAwCvywMAAswDAFXMAwCozAMA+8wDAE7NAwDOsQEAIbIBAHSyAQDHsgEAGrMBALiPCAALkAgAXpAIALGQCAAEkQgAV5EIAKqRCAD9kQgAUJIIAKOSCAD2kggASZMIAJyTCADvkwgAQpQIAJWUCADolAgAO5UIAI6VCADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAvWgFABBpBQBjaQUAtmkFAAlqBQBcagUAr2oFAE7UAgCh1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABUfgQAp34EAPp+BABNfwQAoH8EANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwBhsQoAI2IJAHZiCQDJYgkAHGMJAG9jCQDCYwkAFWQJAGhkCQC7ZAkADmUJAGFlCQC0ZQkAB2YJAFpmCQCtZgkAAGcJAFNnCQCmZwkA+WcJAExoCQCfaAkA8mgJABbcAgBp3AIAXE4JAHtyCgDyHAgA3XIIAAFHAABeiQkAaZ0LABrACwDVFwsAwbsKAHf1CgDxDQAA81wJAEZdCQCd9gQA8PYEAEP3BACjVAUAhfMKANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAMXRAADtkAAAqxcAAAFHAADs6AEAIcYKAMXRAABYCQIAAUcAAOzoAQDF0QAAWAkCAHWmAQDs6AEARWIKAJhiCgDrYgoAPmMKAGGxCgBt1QgA8Q0AAOSiAQCwegEA//0BAHiCAQBzag0AaZ0LABrACwDVFwsA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAM7MCQAhzQkAdM0JAGmdCwCRTg0Ap0cAAOdNCAA6TggAnfYEAPD2BABD9wQAo1QFAIXzCgDUHQAAJx4AAHoeAADNHgAAIB8AAJLwAABfyQoAyJgDANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwD95AgA6DMKADs0CgD//QEAANYFAFPWBQCm1gUA+dYFAKsXAADs6AEAhfMKAE+CDACiggwAqC0CAC11AQBL8QMA9f8GAM1HBgDdcggAAUcAAF6JCQAzlAoAmuMAAGy4AgBW1AwAvlwFABFdBQBkXQUAt10FAApeBQBdXgUA+RQJANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAcM0EAMPNBAAWzgQAac4EALzOBACF8woA1B0AACceAAB6HgAAzR4AAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAFtwCAGncAgBcTgkAr04JAAJPCQBVTwkAqE8JAPtPCQA/6QEAidgHANzYBwAv2QcAnb4MAGseAgDs6AEA5LYKADe3CgBrHgIAfycCAHNkAgABRwAAJhwCAGseAgBSvwoA7OgBAEWhAQC9iwAAEIwAADoeAwD02wEA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAPPZAwAaLwgA2U8IABdTCABqUwgAvVMIABBUCABAfAMAvlwFABFdBQBkXQUAlfUGAOzoAQCdvgwA3XIIAJ2+DAAgSAYAc0gGAInRCADc0QgAL9IIAILSCADV0ggAKNMIAOzoAQBpnQsAvlwFABFdBQBkXQUAlfUGAOzoAQCdvgwA3XIIAAFHAAC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQCwXgUAA18FAFZfBQCpXwUApAkOAPcJDgBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBAfAMAvlwFABFdBQBkXQUAt10FAApeBQCIfAoA1B0AAM47BgBzag0Al+QFAAFHAAC+XAUAzUcGAMNeCAABRwAAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAsF4FAANfBQBWXwUAqV8FAO2QAABAkQAAmuMAAGy4AgA+9QEAvlwFABFdBQBkXQUAt10FAApeBQBdXgUAsF4FAHwMCwDPDAsAIg0LAHUNCwDIDQsAGw4LAG4OCwBEDgAA4e8HADTwBwCH8AcA2vAHACYcAgAgSAYAc0gGAMZIBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPvTAgBhvwgAQJEAAJrjAABsuAIAqxcAAP4XAADdeQcAMHoHAIN6BwDWegcAKXsHAHx7BwC+HgIATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAOzoAQBpnQsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUA+RQJAFT6CgAirQAAIq0AAB66BQBxugUAxLoFABe7BQCd9gQA7OgBACHGCgDvJQAAAUcAAF6JCQAzlAoAhfMKANQdAADOOwYAc2oNAJfkBQABRwAAvlwFAM1HBgDDXggA7OgBAIjWCQBAkQAAmuMAAGy4AgAN9QIAR1EJAJpRCQDtUQkAQFIJAJNSCQDmUgkAH64FAHKuBQDFrgUAGK8FAGuvBQC+rwUAEbAFAGSwBQC3sAUACrEFAA/IBQBiyAUAtcgFAAjJBQBbyQUArskFAL2LAABrHgIAax4CAH8nAgCrFwAAAUcAAOzoAQBpnQsAGsALACBIBgBt1QgAeIIBAMuCAQAegwEAUr8KAPvTAgAAAAAA7OgBAGmdCwA6JQIAjSUCAOAlAgAZeQsAhfMKANjzCgAtdQEAE0UFAJuEAAD//QEAeIIBAHNqDQCF8woA1B0AACceAAB6HgAAzR4AACAfAACzjQUA7OgBAD/pAQCQwgoA48IKADbDCgBpnQsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUA+9MCABbcAgBp3AIAXE4JACHGCgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAc2oNAIXzCgDUHQAAJx4AAHoeAADNHgAAIB8AAEoSAQAAAAAAUwAAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIAax4CAPIcCAApBQwAI0ACAECRAADbKQoALioKAGseAgB/JwIADecEAGDnBACz5wQAm4QAAP/9AQB4ggEAc2oNAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAEIwAAKsXAABSvwoA+9MCAAFHAAAirQAAUwAAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwDvJQAABqoBAFmqAQCsqgEAIq0AAPC4AQA4kAIAqHkDAGseAgB/JwIA0icCAKRjDQDxDQAA1B0AAK5hCAABYggAVGIIAKdiCAD6YggATWMIAL1oBQAQaQUAY2kFALZpBQAJagUAXGoFAK9qBQAN9QIARA4AAOHvBwA08AcAh/AHANrwBwDs6AEAiNYJAECRAACa4wAAbLgCAKQJDgD3CQ4ASgoOAJ0KDgDwCg4AQwsOAJYLDgDpCw4APAwOAI8MDgDiDA4ANQ0OAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwDdlQMAwbsKAHf1CgDxDQAA//0BAADWBQBT1gUAptYFAPnWBQBM1wUAiHwKACdxAABMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAm4QAAO8lAADQPwIA7/sFAM6xAQDxDQAAqS8AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQBAkQAAmuMAAGy4AgAm1gsA394BAGKKAgC1igIACIsCAFuLAgDyHAgA7yUAAGseAgB/JwIAAUcAAI29BADgvQQA7ZAAAPENAADUHQAArUsBAABMAQBTTAEA+voKAE37CgCg+woA7OgBAEoSAQDz0gQAUr8KAOzoAQBFYgoAmGIKAOtiCgA+YwoA//0BAEHXDAAhxgoATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBANjKBAArywQAHFwKAG9cCgDCXAoAFV0KAGhdCgC7XQoADl4KAGFeCgC0XgoAB18KAIjWCQDxDQAABGgCAFdoAgD//QEAeIIBAHv2AwB1mAMA4wECAAOPCgBpnQsAGsALANUXCwCVMwoAUwAAAO6EAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIATtQCAKHUAgA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAA//0BAM1HBgDNRwYAAUcAAPENAAAEaAIAjb0EALjUCgDY5QwA7OgBAD/pAQBrHgIA8hwIAEoSAQDs6AEARaEBAJLwAAD70wIA5tYCAHWtAADIrQAAG64AAG6uAADBrgAAFK8AAMG7CgAUvAoAZ7wKALq8CgDnTQgA2ykKAC4qCgDs6AEAnb4MAN1yCAABRwAA7OgBAJ2+DADvJQAA7OgBACHGCgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAc2oNAP/9AQAA1gUAU9YFAKbWBQD51gUATNcFAIh8CgDs6AEAaZ0LABrACwDVFwsAaZ0LAJuEAACUVAcA0D8CAOzoAQBpnQsAE7oMAFK/CgDs6AEAnb4MAO8lAADs6AEAaZ0LAJFODQCnRwAA+kcAAE1IAADtkAAAlfUGAOzoAQD//QEAANYFAFPWBQCm1gUA+dYFAEzXBQB4ggEAm4QAAHWmAQAEaAIAvlwFACKtAADxDQAA1B0AAJuEAABZUAIAIq0AAKBjCABXFQIAciMNAMUjDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAVxUCAO4pDQBBKg0AOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIAAAAAAFMAAAChsQcA28EMAPENAADUHQAAm4QAAFlQAgAirQAAoGMIAFMAAAA1DgIAVxUCAHIjDQDFIw0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AAFcVAgDuKQ0AQSoNADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAPvTAgABRwAAjb0EALjUCgAUTgIA8Q0AAFMAAABt1QgAax4CAAFHAAD70wIAAUcAAI29BAC41AoAFE4CAPENAABTAAAAbdUIAGseAgABRwAA+9MCAGG/CABAkQAAmuMAAGy4AgB4ggEAe/YDAEyZAgAtdQEAgHUBAJj0AQAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMABh8JANQdAAAnHgAAmuMAAGy4AgCdCwIA8AsCAI29BAC41AoAFE4CAPENAABTAAAAbdUIAGseAgABRwAAVxUCAO4pDQBBKg0AOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAQJEAAJrjAABsuAIApAkOAPcJDgBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwCI1gkAQJEAAJrjAABsuAIAZbkCAHyeAgCVcQ0A6HENADtyDQCOcg0A4XINADRzDQCHcw0A2nMNAJ+EBQDyhAUARYUFAJiFBQDrhQUAPoYFAJGGBQD70wIA5tYCABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBAfAMAvlwFABFdBQBkXQUAt10FAApeBQBdXgUA+RQJANjKBAB8ngIAlXENAOhxDQA7cg0AjnINAOFyDQA0cw0Ah3MNANpzDQDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMAAUcAAL5cBQARXQUAZF0FALddBQAKXgUAXV4FALBeBQADXwUAVl8FAKlfBQAW3AIA7ZAAAMXRAAAirQAA8LgBADiQAgCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCaewMAamgFAECRAACa4wAAbLgCAMNeCAD+FwAAGJMJAGuTCQCbhAAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAHNqDQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAncQAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAHNqDQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BABbcAgBp3AIAXE4JACHGCgCUVAcAe/YDAEyZAgC9pggARWIKAJhiCgAYkwkAa5MJAPENAADs6AEAP+kBAJDCCgDjwgoANsMKAInDCgCVMwoA6DMKADs0CgBSvwoAzUcGAN1yCABrHgIA7OgBANjKBAB1rQAAvYsAAPENAAAEaAIAXokJAOzoAQBFYgoAmGIKABiTCQBrkwkAIcYKAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQCdvgwAIq0AACKtAAAeugUAcboFAMS6BQAXuwUAnfYEAOzoAQDF0QAAoGMIAC11AQB/egIAc2oNAIjWCQDxDQAABGgCAFdoAgD//QEAeIIBAHv2AwB1mAMA4wECAC11AQCAdQEAmPQBAOzoAQAhxgoAqqYFANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAQHwDAJN8AwDmfAMAOX0DANWiAwAoowMAQ+kGAJbpBgDp6QYAPOoGAI/qBgDi6gYAaZ0LACKtAABTAAAAAAAAAC11AQBTAAAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAQHwDAJN8AwDmfAMAaZ0LAJFODQCnRwAAwbsKAHf1CgDxDQAABGgCAGmdCwC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQD5FAkATBUJAJ8VCQCL6gEALXUBAGseAgB/JwIAnb4MACBIBgBzSAYAxkgGAOzoAQBpnQsAIq0AAFMAAADs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAmnsDAO17AwDF0QAALXUBABNFBQBURwAA7OgBAMG7CgB39QoA8Q0AAARoAgDs6AEAlfUGAOj1BgDY5QwAAUcAAL5cBQBMmQIAvaYIAIXzCgDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAADubwMAQXADAJRwAwC9iwAAEIwAADf9AABMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAc2oNAJ2+DABrHgIA7OgBAOS2CgD5yAcA7ZAAAPENAADs6AEARWIKAJhiCgDrYgoAPmMKAJcAAgASxgwAausKAHWYAwCV9QYA8Q0AAOzoAQCF8woA1B0AACceAAB6HgAAzR4AACAfAABzHwAA7m8DAEFwAwCUcAMAvYsAABCMAAA3/QAATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAHNqDQCdvgwAax4CAOzoAQDktgoA+cgHAO2QAADxDQAA7OgBAEViCgCYYgoA62IKAD5jCgCXAAIAEsYMAGrrCgB1mAMA7OgBAIXzCgDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAADubwMAQXADAJRwAwC9iwAAEIwAADf9AABMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAc2oNAJ2+DABrHgIA7OgBAOS2CgD5yAcA7ZAAAPENAADs6AEARWIKAJhiCgDrYgoAPmMKAJcAAgASxgwAausKAHWYAwAAAAAAm4QAAJRUBwDnVAcAe/YDAPvTAgBrHgIAbq0MAIB1AQCY9AEAcj8JAECRAACa4wAAbLgCABbcAgBp3AIAXE4JAK9OCQDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAAhxgoATJkCAJ+ZAgAtdQEAf3oCAJuEAAD//QEAeIIBAO2QAABKEgEAIq0AAHyeAgDuhAAAoGMIAAOPCgDxDQAA1B0AACceAAB6HgAAzR4AACAfAAB/JwIAQJEAAJrjAABsuAIAzrEBAPENAAD70wIADfUCAEdRCQCaUQkA7VEJAEBSCQCTUgkA5lIJABl5CwDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMAzswJACHNCQC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQD5FAkAaZ0LABrACwCV9QYAuq4MAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDR2QIAkU4NAKdHAAC7ogwADqMMAJUzCgC6aQoADWoKAEViCgCYYgoAURgAACHGCgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAc2oNANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAIcYKAKgtAgDZjQsAkU4NAC11AQB1mAMAyJgDAEoSAQCdEgEAShIBAPX/BgCrFwAAeIIBAHv2AwDO9gMASGgEACKtAABXFQIA7ikNAEEqDQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQBAkQAAmuMAAGy4AgBiPQ0A1B0AACceAAB6HgAAzR4AACAfAACV9QYAuq4MAJuEAAAHzgYA+9MCAPnIBwDF0QAAqxcAAPvTAgCgYwgAd/UKAPENAAAEaAIAeIIBAMuCAQAQoAkAY6AJALagCQAJoQkAobEHAPSxBwCa4wAAbLgCAEoSAQDz0gQAWVACANA/AgAjQAIAlfUGAOzoAQDktgoAuq4MAJuEAADBuwoAFLwKAGe8CgC6vAoADb0KAGC9CgCzvQoABr4KAIF2CwATugwAlfUGAOzoAQCVMwoAumkKAA1qCgDcwwoAN7cKAHWYAwAncQAA//0BAHiCAQBzag0AlfUGAOzoAQC9iwAAEIwAAAFHAAC+XAUAf3oCAOzoAQBpnQsAvlwFABFdBQBkXQUAlfUGAOzoAQDnTQgAOk4IAAFHAACNvQQAoGMIAHf1CgDxDQAABGgCAFdoAgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAIq0AAAAAAAB4ggEA+9MCABbcAgBp3AIAXE4JAMG7CgB39QoA8Q0AAARoAgDxDQAA7OgBACHGCgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAc2oNAJUzCgDoMwoAOzQKAI1ACgDgQAoAM0EKAGGxCgBt1QgAwNUIAE7UAgCh1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAAF+BABrHgIAfycCAA3nBACoLQIAXokJAIXzCgDUHQAA8Q0AAOSiAQCwegEAzUcGAHiCAQB4ggEA7OgBAMG7CgB39QoA8Q0AAARoAgCS8AAAX8kKAE8UBABpnQsAjb0EAOC9BADtkAAAlfUGAOzoAQA/6QEAkMIKAGseAgDs6AEAAAAAAL2LAADtkAAAQJEAAFK/CgDs6AEAP+kBAJLpAQDl6QEAOOoBAKsXAAD+FwAAGJMJAGuTCQDxDQAA7yUAAAaqAQBZqgEArKoBALquDACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA5tYCABbVAwAcXAoAb1wKAMJcCgAVXQoAaF0KALtdCgAOXgoAYV4KAOdNCAA6TggADecEAGDnBACz5wQA7OgBACHGCgATugwAUr8KAOzoAQDYygQAK8sEAH7LBAD5UgwATFMMAO6EAABKNAgA7OgBAGGxCgBt1QgALXUBAIB1AQCoLQIA8Q0AAPvTAgAW3AIAadwCAFxOCQCvTgkA1B0AACceAAB6HgAAzR4AACAfAACzjQUA7OgBACHGCgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAc2oNAD/pAQCQwgoAax4CAOzoAQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwDxDQAA1B0AACceAAB6HgAAzR4AACAfAACzjQUABo4FACceAACa4wAAbLgCANQdAAAnHgAAmuMAAGy4AgCkCQ4A9wkOAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAnQsCAGseAgB/JwIA0icCAKRjDQDxDQAA1B0AACgYCwBjKwIAMW4HAIRuBwDs6AEAhfMKANQdAAAnHgAAeh4AAM0eAAAirQAA0D8CAKBjCAB39QoA3XIIAPENAADUHQAAnQsCAJX1BgBrHgIAbq0MAEyZAgC9pggAEKcIAFcVAgByIw0AQJEAAJrjAABsuAIAVxUCAKsXAADtkAAAAUcAAMXRAADNRwYAax4CANA/AgAjQAIAQJEAAJrjAABsuAIApAkOAPcJDgAtzgwAgM4MANPODAAAAAAAAAAAAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA+9MCAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMAaZ0LAJFODQCnRwAAiNYJANvWCQCV9QYAUwAAAG3VCAAtdQEAgHUBAJI1AwDs6AEAvYsAAGseAgB4ggEA+9MCABQJAACgYwgA82MIAEZkCADYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAzswJACHNCQB0zQkAaZ0LAJFODQCnRwAAzlADAPnIBwBMyQcAn8kHAPLJBwBFygcAdwoIAOS2CgDo9QYA7ZAAAEoSAQCdEgEAzlADAPnIBwBMyQcAn8kHAPLJBwBFygcAdwoIAOS2CgDo9QYA7ZAAAEoSAQCdEgEA8BIBAOzoAQDnTQgA2ykKAC4qCgCrFwAAOh4DAIB1AQCY9AEA7ZAAAECRAABKEgEAi5cBAHWYAwDkogEAsHoBAM1HBgDDXggA7OgBAOS2CgC6rgwAqxcAADoeAwDtkAAAlfUGAOzoAQDF0QAAoGMIAC11AQB/egIAc2oNAGmdCwCNvQQAUr8KAC11AQCAdQEAmPQBAOzoAQBpnQsAGsALANUXCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAzswJACHNCQB0zQkAaZ0LAJFODQCnRwAAzlADAPnIBwBMyQcAn8kHAPLJBwBFygcAdwoIAOS2CgDo9QYA7ZAAAEoSAQCdEgEA5LYKAFSSDQCnkg0A+pINAE2TDQCgkw0A85MNANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBABllgcAzUcGACKtAADQPwIAI0ACAECRAAB/JwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKHNAwBZvgoArL4KAP++CgARMwsAoGMIAC11AQB/egIAc2oNAD/pAQBCJgAAAUcAACKtAACgYwgALXUBAIB1AQCY9AEA7OgBAIXzCgDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAAhxgoA2OUMAC11AQDs6AEATJkCAL2mCAAQpwgAiHwKALB6AQDNRwYALXUBAH96AgBzag0AqxcAAP4XAAB3OwEA7yUAAJDCCgDjwgoANsMKAInDCgCKnAIAQJEAAJrjAABsuAIARaEBAPF7CABEfAgAl3wIAOp8CAA9fQgAkH0IAAAAAACiyAIA9cgCAEViCgCYYgoAURgAAJPBBQDmwQUAM5sJAIabCQDZmwkAP+kBAInYBwDc2AcAL9kHAJ2+DABrHgIA7OgBAOS2CgA3twoAax4CAH8nAgBzZAIAAUcAACYcAgBrHgIAiNYJANvWCQAu1wkAgdcJANTXCQAAAAAATJkCAJ+ZAgBZUAIAAAAAAGseAgDbKQoALioKAAAAAACV9QYA+cgHAEzJBwCfyQcA8skHAEXKBwAR9QcAZPUHALf1BwAK9gcAIq0AANA/AgAjQAIAAUcAAKsXAAD+FwAAdzsBAO8lAACQwgoA48IKADbDCgCJwwoAipwCAECRAACa4wAAbLgCAFcVAgBiPQ0ARA4AAOHvBwCRYwoAidgHAKnbCwAVQgIA7OgBACHGCgCqpgUATJkCAJ+ZAgDymQIAe/YDAJX1BgDs6AEA5LYKAPnIBwBMyQcAn8kHAPLJBwBFygcAdwoIAIjWCQDb1gkATJkCAC11AQBrHgIA8hwIAMNeCABKEgEA9f8GAKsXAADF0QAAzUcGAGseAgDQPwIAt40KAIB1AQCY9AEA7OgBANjKBAArywQAfssEAPlSDABMUwwAn1MMAPJTDABFVAwAmFQMAOzoAQDnTQgA2ykKAC4qCgCBKgoA1CoKACcrCgB6KwoAhfMKAE+CDACNvQQAuNQKAKgtAgBeiQkAmPQBAOzoAQCVMwoAumkKAA1qCgCI1gkALXUBABNFBQBURwAAp0cAALuiDADs6AEARWIKAJhiCgDrYgoAPmMKAOdNCADbKQoALioKAKsXAAA6HgMAgHUBAJj0AQDs6AEAnb4MAGseAgDs6AEAShIBAIuXAQB1mAMAqS8AAPC4AQA4kAIA7yUAAInYBwCY9AEAvYsAAGseAgB/JwIAax4CAH8nAgAN5wQAqC0CAF6JCQDktgoA+cgHAEzJBwCfyQcA8skHAEXKBwB3CggAYbEKAAg/AQBbPwEATJkCAC11AQCV9QYAuq4MAM1HBgDNRwYAAUcAAHiCAQBzag0A8Q0AAOSiAQDs6AEA5LYKAPnIBwBMyQcAn8kHAPLJBwBFygcAdwoIAEViCgCYYgoA62IKAD5jCgCRYwoA5GMKADdkCgCKZAoA5LYKAPnIBwBMyQcAn8kHAPLJBwBFygcAdwoIAIjWCQDb1gkAlfUGAFMAAABt1QgALXUBAIB1AQCX5AUA6uQFAD3lBQCQ5QUA4+UFADbmBQCJ5gUA3OYFAC/nBQCC5wUALXUBAJuEAACUVAcA7OgBAGmdCwAirQAAUwAAAPvTAgBQyQwA7OgBAEA9DADdTw0A2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAJLwAAAAAAAATxQEAD20DACQwgoAax4CAAFHAAC+XAUATJkCAL2mCADOOwYAUr8KAOzoAQDnTQgAOk4IAI1OCADgTggAM08IAIZPCADs6AEAlTMKAObWAgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDz2QMAoc0DAJfkBQDq5AUAPeUFAJDlBQDj5QUANuYFAInmBQDc5gUAL+cFAILnBQAW3AIAadwCAESKBgBAPQwA7ZAAAK1LAQBq6woAdZgDAARoAgC+XAUAgHUBAJj0AQDs6AEA5LYKAPnIBwBKEgEA89IEAC11AQBllgcAuJYHAAuXBwBelwcAsZcHAASYBwBXmAcAqpgHAP2YBwBQmQcAo5kHAPaZBwBJmgcAnJoHAO+aBwBCmwcAlZsHAOibBwBrHgIAfycCANInAgCkYw0A8Q0AANQdAABFoQEAAUcAACKtAABTAAAA+9MCAAAAAAB4ggEA8Q0AAPvTAgAAAAAAvYsAABCMAAA6HgMA9NsBAPvTAgAAAAAA//0BAHiCAQBzag0AaZ0LABrACwDVFwsA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAM7MCQAhzQkAdM0JAGmdCwAirQAAUwAAAPvTAgAAAAAAeIIBAPENAAD70wIAAAAAAIXzCgDkogEAN6MBAPvTAgAAAAAAqxcAAKsXAADtkAAAl+QFAAFHAAC+XAUAzUcGAMNeCADs6AEA500IADpOCACNTggA4E4IADNPCACGTwgAAAAAAAFHAAABRwAAUwAAACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwDZ0g0AbdUIAMDVCAAT1ggAkvAAAM+QBAB39QoA8Q0AAARoAgBdhwsA500IADpOCAAN5wQAYOcEALPnBADs6AEA5LYKAOj1BgB7Cg0AzgoNAP/9AQCbhAAAdaYBANQdAACF8woA1B0AACceAAB6HgAAzR4AACAfAABzHwAAIcYKAKgtAgC9iwAAeIIBAJX1BgDs6AEARWIKAJhiCgDrYgoAPmMKANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBADOzAkAIc0JAHTNCQBrHgIAfycCANInAgCkYw0A8Q0AANQdAAC6rgwAQJEAAJrjAABsuAIA7ZAAAECRAACa4wAA17oIACq7CABRGAAAAAAAAAAAAAAAAAAAosgCAPXIAgB4zgIAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDANXnBQAo6AUAe+gFAM7oBQAh6QUAdOkFAAAAAAAAAAAAosgCAPXIAgB4zgIAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwCaewMA7XsDANXnBQAo6AUAe+gFAM7oBQAh6QUAdOkFAMXRAAAtdQEAgHUBAO2QAABAkQAAmuMAAGy4AgAAAAAAAAAAAAAAAAAAAAAAAAAAAKsXAADtkAAAAUcAAFcVAgDuKQ0AQSoNADiQAgCoeQMA+3kDAE56AwChegMARfoMAJj6DADr+gwAPvsMAJH7DADk+wwAN/wMAIr8DADm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDAF4hDADNRwYA8Q0AAOzoAQCI1gkAQJEAAJrjAABsuAIAAAAAAAAAAAAAAAAAXokJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEARU4BAAAAAAAAAAAAAAAAAK1LAQBq6woAzUcGAMNeCADs6AEA500IADpOCACNTggA4E4IADNPCAAAAAAA7ZAAAECRAAD//QEALXUBAIB1AQAVQgIAVJINABCMAACY9AEA8Q0AACdxAACIwgAA7yUAAP/9AQCbhAAAiMIAAOzoAQAhxgoA//0BAJj0AQByPwkAzjsGAHNqDQCgYwgAqxcAAO2QAACtSwEAausKAAAAAACrFwAA7OgBAOdNCAA6TggAoGMIAL2LAADxDQAAJ3EAAAfOBgDxDQAA5KIBALB6AQDNRwYAw14IAO2QAADnTQgAbq0MAKMqCwCJ2AcAvYsAAAFHAACbhAAAqC0CAAAAAADNRwYA7OgBAOdNCAA6TggAc2QCAMZkAgDxDQAAJ3EAAAfOBgCrFwAA/hcAAPvTAgBhvwgAtL8IAAfACABawAgArcAIAADBCABTwQgApsEIAPnBCABMwggAn8IIAO2QAACX5AUA6uQFAD3lBQCQ5QUA4+UFADbmBQCJ5gUA3OYFAC/nBQCC5wUAP+kBAJLpAQDl6QEAOOoBAP+qAQDm1gIAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA89kDABbcAgBp3AIAXE4JAK9OCQACTwkAVU8JAKhPCQD7TwkAP+kBAInYBwDc2AcAL9kHAJ2+DABrHgIA7OgBAOS2CgA3twoAax4CAH8nAgBzZAIAAUcAACYcAgBrHgIA9LEHAL4eAgCoLQIAvlwFAM1HBgDDXggAYysCAJRUBwBzag0AQJEAAJrjAABsuAIAzUcGAM1HBgB4ggEA7OgBAGmdCwC+XAUAEV0FAGRdBQCV9QYA7OgBAJ2+DADdcggAAUcAAOzoAQDF0QAAoGMIAC11AQB/egIAc2oNAMXRAABYCQIALXUBABNFBQC+XAUAgHUBAJj0AQDs6AEAP+kBAJDCCgBrHgIA7OgBACHGCgATugwAZroMAJ2+DAAgSAYAc0gGAMZIBgDs6AEA2MoEACvLBAB+ywQA0csEACTMBAB3zAQAyswEAB3NBABHewMAlTMKALppCgANagoARWIKAJhiCgDrYgoAPmMKACHGCgBMmQIAn5kCAC11AQB/egIAm4QAAP/9AQB4ggEAc2oNAP4JAgBRCgIA500IADpOCAAAAAAAvYsAAO2QAADxDQAABGgCAOzoAQBpnQsAvlwFABFdBQBkXQUAlfUGAOzoAQCdvgwA3XIIAAFHAADs6AEAIcYKAO8lAAABRwAAXokJADOUCgCrFwAA7ZAAAK1LAQD70wIA0dkCAL5cBQARXQUAZF0FALddBQAKXgUAXV4FAPkUCQAhxgoACtoLAAAAAAC9iwAALXUBAGseAgBurQwAgHUBAJj0AQDs6AEAIcYKAKqmBQDYygQAK8sEAH7LBADRywQAJMwEAHfMBADKzAQAHc0EAEd7AwBzag0AQJEAAJrjAABsuAIAVtQMAL5cBQARXQUAZF0FALddBQAKXgUAXV4FAB0ECQBwBAkAwwQJABYFCQBpBQkAvAUJAA8GCQBiBgkAtQYJAAgHCQBbBwkAkvAAAMXRAABYCQIALXUBABNFBQDk9QEAax4CAH8nAgAN5wQAqC0CAF6JCQAK2gsAAAAAAL2LAAAtdQEAax4CAH8nAgDOsQEAlfUGAP/9AQAirQAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJ2+DAD//QEAAUcAAJuEAAAtdQEAgHUBAOzoAQDOsQEAlfUGAP/9AQAirQAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAOzoAQCI1gkAEsYMAABMAQBTTAEA+voKAE37CgCg+woA8/sKAEb8CgDF0QAAoGMIAAOPCgCrFwAA7OgBAGmdCwCNvQQAUr8KAC11AQCAdQEAmPQBAOzoAQBpnQsAGsALANUXCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADxDQAA7OgBANjKBAArywQAHFwKAG9cCgDCXAoAFV0KAGhdCgC7XQoADl4KAGFeCgC0XgoAB18KACHGCgAK2gsAAAAAAL2LAAAtdQEAax4CAH8nAgCd9gQA7OgBAD/pAQBrHgIA8hwIAEoSAQDs6AEAaZ0LAJFODQCnRwAAvYsAABCMAAA3nAIAipwCAECRAAB4ggEAUr8KAC11AQCAdQEAmPQBAOzoAQDktgoA6PUGAHsKDQDOCg0A//0BAJuEAAB1pgEA1B0AACHGCgAK2gsAAAAAAL2LAAAtdQEAax4CAH8nAgAhxgoAqqYFAOdNCAA6TggA8Q0AAEQOAADdcggAax4CACKtAADtkAAAP+kBAGseAgDyHAgAShIBAOzoAQCVMwoAE0UFAPENAADs6AEAYbEKAAg/AQBurQwAS/EDAPPSBABZUAIAUr8KAOzoAQA/6QEAkukBAO6EAABKNAgAJhwCAGseAgBSvwoA7OgBAJ2+DABrHgIA7OgBAIXzCgBEDgAA3XIIAGseAgAirQAA7ZAAAAFHAACbhAAAB84GAJX1BgBrHgIAbq0MAIB1AQDvJQAAkMIKAOzoAQCI1gkA29YJAC7XCQB3OwEA7yUAAJDCCgDjwgoANsMKAInDCgCbhAAALXUBAJ0LAgCbhAAAbHkLACeFCQB6hQkAgHUBAGAQCwCNvQQAuNQKABROAgDxDQAAcC4DAJuEAACoLQIAXokJAMG7CgB39QoA8Q0AAARoAgDs6AEARWIKAGMrAgC2KwIACSwCAFEYAACTwQUA5sEFADObCQCGmwkA2ZsJACycCQB/nAkA0pwJANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAEoSAQCLlwEAdZgDAP/9AQBB1wwAoGMIAJuEAABMmQIALXUBAIB1AQC8nQsAsYkJAASKCQBXigkAqooJAP2KCQBQiwkAo4sJAPaLCQBJjAkAnIwJAO+MCQBCjQkAlY0JADe3CgCCLAgA1SwIACgtCAC9iwAAlfUGAOdNCAA6TggADecEAAfOBgDs6AEAvYsAAJX1BgAAAAAAzUcGAOzoAQBpnQsAvlwFABFdBQBkXQUAt10FAApeBQCgYwgAUwAAAJ0LAgCrFwAA7ZAAAAFHAADF0QAAzUcGAGseAgDQPwIAnQsCAJj0AQByPwkAxT8JABhACQBrQAkAvkAJABFBCQB/JwIA8Q0AAOSiAQDUHQAA8Q0AAPvTAgCY9AEAcj8JAMU/CQAYQAkAa0AJAL5ACQARQQkAZEEJALdBCQAKQgkAXUIJALBCCQA/6QEAkMIKAGseAgCdvgwAax4CAOzoAQCF8woA1B0AACceAAB6HgAALXUBACKtAADtkAAARWIKAJhiCgDrYgoAPmMKANA/AgBI8ggA/hcAAMXRAACgYwgAd/UKAPENAAAEaAIAXokJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQA5wgUAjMIFAN/CBQAywwUAhcMFANjDBQAhxgoAB84GAJX1BgBrHgIAfycCAPENAADkogEA7OgBAD/pAQCQwgoA48IKADbDCgAgSAYAc0gGAMZIBgDs6AEAaZ0LACKtAABTAAAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAJp7AwDtewMAQHwDAJN8AwCbhAAALXUBAO2QAABAkQAAmuMAAGy4AgBFoQEA8XsIAER8CACXfAgA6nwIAD19CACQfQgA7ZAAAEoSAQBTAAAAbdUIAGseAgC+HgIAWVACAFK/CgDs6AEAP+kBAJLpAQDl6QEAk54KAOaeCgCVMwoA6DMKADs0CgBFYgoAYysCALYrAgAJLAIA500IADpOCADxDQAARA4AAHiCAQC9iwAAAUcAAL5cBQDNRwYAlfUGALquDACrFwAAYysCALYrAgAJLAIARWIKAJhiCgBrHgIA7OgBAIXzCgDUHQAAJx4AAHoeAACrFwAAYysCALYrAgAJLAIAYbEKAAg/AQBbPwEATJkCAC11AQCV9QYAuq4MACKtAACgYwgA7OgBAMG7CgB39QoA8Q0AAARoAgDs6AEAlTMKALppCgANagoA0D8CAEjyCAD+FwAAxdEAAM1HBgApBQwAvYsAAFMAAADs6AEAP+kBAJLpAQDl6QEAk54KAOaeCgA46gEAOh4DAM1HBgBXFQIA7ikNAKBjCACbhAAAE7oMAKsXAADtkAAAzjsGAPENAABXFQIAQDYNAJM2DQBrHgIAfycCAPENAABEDgAAeIIBAEyZAgC9pggAlfUGAOj1BgAHzgYAlfUGAGseAgB/JwIA8Q0AAOSiAQDUHQAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPvTAgAW3AIAYysCALYrAgAJLAIAyG4JABtvCQBubwkAwW8JABRwCQBncAkAunAJAA1xCQBgcQkAs3EJAAZyCQBZcgkArHIJAP9yCQBScwkApXMJAPhzCQBLdAkA7OgBAF4hDABfyQoARA4AAOHvBwA08AcAh/AHANrwBwD1nggA+boJAEy7CQCfuwkAM5QKAJrjAABsuAIAiNYJAPENAAAEaAIAV2gCAP/9AQB4ggEAe/YDAHWYAwDjAQIA7OgBACHGCgCqpgUARWIKAO2QAADF0QAA7OgBANjKBAArywQAfssEANHLBAAkzAQAd8wEAMrMBAAdzQQAR3sDAPvTAgBFoQEA8XsIAER8CACXfAgA6nwIAD19CACQfQgA430IADZ+CAAFhQgAAAAAAAAAAAAAAAAA1IsIACeMCAB6jAgAzYwIACCNCABzjQgAxo0IABmOCAAAAAAAAAAAAGyOCAC/jggAEo8IAA3uAwDYFgYAKxcGAD/pAQCQwgoA48IKADbDCgD70wIAoc0DAPTNAwD4/Q0AS/4NAJ7+DQDx/g0Am4QAAP/9AQB4ggEAc2oNAD/pAQCJ2AcA3NgHAC/ZBwBFYgoAmGIKAOtiCgA+YwoAkWMKAORjCgA3ZAoAimQKAO2QAACrFwAA/hcAAO2QAACrFwAAqxcAAP4XAADtkAAAqxcAAAFHAAD70wIAFtwCAGncAgBcTgkAr04JAAJPCQBVTwkAqE8JAPtPCQA/6QEAidgHANzYBwAv2QcAnb4MAGseAgDs6AEA5LYKADe3CgBrHgIAfycCAHNkAgABRwAAJhwCAGseAgBSvwoA7OgBAEA9DAD70wIAAAAAAOzoAQD//QEAUv4BAO8lAADvJQAAQiYAAECRAABurQwAgHUBAJj0AQDs6AEAaZ0LAL5cBQARXQUAZF0FAJX1BgDs6AEAnb4MAN1yCAABRwAA7OgBACHGCgDvJQAAAUcAAF6JCQAzlAoAlfUGAFSSDQB4ggEAc2oNAKsXAAD+FwAAdzsBAO8lAACQwgoA48IKADbDCgCJwwoAipwCAECRAACa4wAAbLgCABbcAgBp3AIAXE4JAEoSAQCdEgEAm+sJAO7rCQBB7AkAlOwJAEViCgBjKwIAtisCAAksAgCV9QYAFtwCAGncAgBcTgkAShIBAJ0SAQCb6wkA7usJAEHsCQCU7AkARWIKAGMrAgC2KwIACSwCAJX1BgBKEgEAnRIBAJvrCQDu6wkAQewJAJTsCQBhsQoAtLEKAO6EAADQPwIA7/sFAGx5CwByPwkAeIIBAMuCAQBQYgMAo2IDAOzoAQC9iwAAax4CAHiCAQDnTQgAOk4IAPENAABEDgAAeIIBAEyZAgC9pggAlTMKAEvxAwCe8QMA8fEDAETyAwCX8gMA7OgBAIjWCQDb1gkAAUcAAI29BABSvwoA7OgBAD/pAQCQwgoAax4CAOzoAQBhsQoAtLEKAO6EAADQPwIA7/sFAGx5CwByPwkA/gkCAFEKAgD//QEAUv4BAKX+AQD4/gEAP+kBAJDCCgDjwgoANsMKAInDCgCVMwoAE0UFAGZFBQCVMwoA6DMKADs0CgCONAoAqqYFAGGxCgC0sQoA7oQAANA/AgDv+wUAbHkLAHI/CQBXFQIAzrEBAPENAABEDgAAShIBAPPSBACoLQIAIq0AAKBjCAAtdQEAgHUBAJj0AQDs6AEAYbEKALSxCgDuhAAA0D8CAO/7BQBseQsAcj8JAD/pAQCQwgoAax4CAOzoAQCQCAEAb1ULANnSDQAs0w0ARWIKAJhiCgDrYgoAPmMKAGGxCgAIPwEAfycCANInAgCJ2AcALDQMAO2QAACV9QYA7OgBAMXRAAAtdQEAE0UFAFRHAADs6AEAAAAAAOzoAQCdvgwAax4CAOzoAQBDGQwAAAAAAOzoAQCdvgwAax4CAOzoAQBDGQwAlhkMACHGCgCqpgUA5LYKALquDAANrwwAobEHANvBDAAuwgwAuq4MAKsXAAAirQAAvYsAABCMAAABRwAAvlwFABFdBQBkXQUA7ZAAAECRAACa4wAAbLgCAHiCAQDLggEAUGIDAKNiAwDs6AEAhfMKANjzCgAirQAAoGMIAOzoAQA/6QEAidgHANzYBwAv2QcAQD0MAJM9DACY9AEAcj8JAEoSAQDs6AEALXUBAIB1AQDs6AEAIcYKABO6DABSvwoA7OgBAJ2+DADvJQAA7OgBAGmdCwCRTg0Ap0cAAPpHAABEDgAA3XIIAGseAgAirQAA7ZAAAHiCAQDLggEAIq0AAHyeAgDPngIAIp8CAFK/CgDs6AEAlTMKAOgzCgAFtQ0AWLUNAKu1DQD+tQ0AUbYNAHNqDQCV9QYA7OgBAJj0AQByPwkAShIBAGmdCwCRTg0Ap0cAAJj0AQByPwkAShIBAPENAADs6AEAIcYKAEyZAgCfmQIALXUBAH96AgCbhAAA//0BAHiCAQDktgoAax4CAG6tDABMmQIAvaYIABCnCADs6AEAP+kBAJDCCgDjwgoANsMKAInDCgA/6QEAkMIKAGseAgDs6AEAzrEBAJX1BgD//QEAIq0AACbWCwD+FwAAdzsBAO8lAACQwgoA48IKADbDCgCJwwoAipwCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAirQAAda0AABNaAgBmWgIAuVoCAJX1BgC6rgwA7yUAAO8lAACQwgoA48IKADbDCgCJwwoAipwCAECRAACa4wAAbLgCAHTGCgABRwAAvlwFAKMqCwAGqgEA7oQAAEo0CAC9iwAAax4CAGmdCwAawAsA1RcLAD/pAQCJ2AcAqdsLABVCAgBakAMArZADAACRAwBTkQMAppEDAPmRAwBMkgMAn5IDAP/9AQBB1wwA500IADpOCADxDQAARA4AAHiCAQBMmQIAvaYIAJX1BgD70wIAqxcAAP4XAAB3OwEARAACAMfNCQAazgkAbc4JAMDOCQA/6QEApGMNABCMAAC1pQoAAUcAAL5cBQDNRwYAw14IAAFHAABeiQkAqxcAAPENAACwegEAzUcGAMNeCAB1mAMAyJgDAOdNCAA6TggAAAAAAL2LAAAtdQEAax4CAH8nAgDktgoAax4CAG6tDABMmQIAvaYIAOzoAQBeIQwA5PUBADf2AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAPvTAgDnTQgAOk4IAAAAAAC9iwAALXUBAGseAgB/JwIAnfYEAOzoAQBKEgEAnRIBAJvrCQDu6wkAQewJAJTsCQBhsQoACD8BAFs/AQBMmQIALXUBAJX1BgC6rgwA8Q0AAOzoAQBhsQoAtLEKAO6EAADQPwIA7/sFAGx5CwByPwkA8Q0AAFMAAAChsQcAl+QFAO8lAAAGqgEAWaoBAKyqAQBAPQwA8Q0AAARoAgBeiQkAsYkJAPX/BgCtSwEAausKAPvTAgCY9AEAShIBAPX/BgCrFwAAAUcAAJuEAACoLQIAvlwFAM1HBgDDXggA7OgBAD/pAQCS6QEAiMIAAHiCAQDxDQAA1B0AAAuCCgAnhQkA//0BAADWBQCoLQIAm4QAAJRUBwDs6AEAiNYJAECRAACa4wAAbLgCAJRUBwD70wIA0D8CALeNCgAKjgoAXY4KALCOCgAtdQEAf3oCANJ6AgAlewIA7ZAAAJuEAADY5QwA7OgBAJ2+DADdcggAAUcAAOzoAQCdvgwA7yUAAOzoAQBKEgEA9f8GAEgABwCdEgEAax4CAECRAABKEgEAi5cBAN6XAQBjKwIAMW4HAF6JCQCV9QYA7OgBAP/9AQBSvwoA7OgBACHGCgATugwA/hcAAHc7AQBURwAAp0cAALuiDADs6AEAYbEKAAg/AQBbPwEAf+gKANLoCgAl6QoAmPQBAOv0AQCdvgwAKQUMAJOeCgDmngoAMVkKAIRZCgDs6AEAP+kBAJLpAQDaiAoALYkKAICJCgDTiQoAJooKAHmKCgDMigoAH4sKAGGxCgC0sQoAWVACAIh8CgDUHQAAiNYJAECRAACa4wAAbLgCACKtAAB8ngIAlXENAJj0AQCgYwgA82MIAJUzCgDoMwoAOzQKAI1ACgDgQAoA5E4NAH8nAgAN5wQAB84GAOzoAQAAAAAA5aoKAOzoAQCgYwgAm4QAABO6DACV9QYAeIIBAHNqDQCV9QYAiNYJABLGDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBXFQIA+9MCAFMAAACmAAAAnvgCAPH4AgBE+QIAaDsDALs7AwAOPAMAYTwDALQ8AwAhxgoAqC0CACHGCgCoLQIAAAAAAOu1CgDs6AEAlfUGAC8sCAA8Zg0Aj2YNAOJmDQA1Zw0A+9MCAP/9AQBSvwoAAUcAAF6JCQDm1gIAoGMIAJuEAABZUAIAoGMIAJuEAAB1pgEA7OgBAD/pAQCS6QEA5ekBADjqAQBAkQAAmuMAAGy4AgAAAAAAqxcAAAFHAACbhAAA9NsBAOzoAQCI1gkAQJEAAJrjAABsuAIAzUcGAN1yCAAQjAAAN5wCAOS2CgC6rgwAAUcAAF6JCQCX5AUAAUcAAF6JCQCbhAAAWVACAH8nAgDktgoAuq4MAAFHAABeiQkAl+QFAAFHAABeiQkA8Q0AALB6AQADewEAVnsBAKl7AQByiwoAxYsKAOzoAQD//QEAUr8KAOzoAQCF8woAsHoBAAN7AQBWewEAqXsBAFMAAAAIPwEAWz8BAEoSAQCLlwEAdZgDANQdAAAnHgAAfycCAM6xAQA0BQUAl+QFAAFHAAC+XAUAzUcGAEoSAQDz0gQALXUBAIB1AQC+HgIA7oQAAO2QAAD//QEAm4QAAO6EAADQPwIA7OgBAF4hDABKEgEAnRIBAPENAAAEaAIA7OgBAOdNCAA6TggAc2QCAEofCwCrFwAAAUcAAOzoAQDYygQAfJ4CAM+eAgAinwIAdZ8CAHiCAQCbhAAAdaYBAARoAgBPFAQAYbEKAAg/AQBbPwEAf+gKANLoCgAl6QoAeOkKAOzoAQDYygQAK8sEANmGDAAshwwAf4cMANKHDAAliAwAeIgMAOzoAQDF0QAALXUBABNFBQBURwAA7OgBAIjWCQASxgwAausKAL3rCgBmRQUA2MoEACvLBAAtzgwAIq0AAO2QAADxDQAA5KIBAFcVAgByIw0AxSMNAGrrCgC96woALXUBABNFBQBeiQkAlfUGAOzoAQDF0QAALXUBABNFBQBURwAA7OgBANjKBAArywQALc4MAIDODAC9iwAA//0BAAFHAABeiQkA1/8KACoACwA0gQsA7yUAAAaqAQBZqgEArKoBAPENAAD07woAR/AKAJrwCgDt8AoAQPEKAM1HBgDNRwYAKQUMAGmdCwC+XAUAEV0FAGRdBQCV9QYA7OgBAJ2+DADdcggAAUcAAOzoAQCVMwoA6DMKAJ2+DADvJQAA7ZAAAJX1BgC6rgwAlfUGAOzoAQBpnQsAvlwFABFdBQBkXQUAt10FAApeBQBdXgUA+RQJAFT6CgCn+goA8Q0AAARoAgBpnQsAvlwFABFdBQBkXQUAlfUGAOzoAQCdvgwA3XIIAAFHAADs6AEAlTMKAOgzCgDR2QIAd1YJAA+eCwB9AAsA0AALACMBCwB2AQsAyQELABwCCwBvAgsAwgILABUDCwBoAwsAwQ4LABQPCwBnDwsAug8LANHZAgC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQD5FAkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BACHGCgDvJQAAAUcAAF6JCQAzlAoAaZ0LABrACwDVFwsA//0BAEHXDAAhxgoAE7oMAGa6DACVMwoA6DMKAAW1DQBYtQ0Aq7UNABO6DAAirQAA7ZAAAJ2+DADvJQAA7OgBAIjWCQBAkQAAmuMAAGy4AgDs6AEARWIKAJhiCgDrYgoAPmMKAJcAAgASxgwAausKAHWYAwCI1gkAEsYMAGrrCgB1mAMARWIKAJhiCgBRGAAAiNYJAECRAACa4wAAbLgCAECRAACa4wAAbLgCAO2QAAAtdQEATJkCAL2mCADs6AEAvYsAABCMAACVxQEA6MUBADvGAQCOxgEA4cYBADTHAQCHxwEA2scBAFEeCwCkHgsA9x4LAOzoAQC9iwAAEIwAAMXRAABYCQIAqwkCAF6JCQCV9QYA7OgBAIjWCQASxgwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA7yUAAEImAABAkQAAmuMAAGy4AgCY9AEA6/QBAJX1BgDs6AEARWIKAJhiCgDrYgoAPmMKAJcAAgASxgwAi+oBAN7qAQAx6wEAhOsBAOzoAQCF8woA2PMKACKtAAAirQAA7ZAAAPENAADF0QAAWAkCAHWmAQDs6AEARWIKAJhiCgDrYgoAPmMKAJcAAgASxgwAi+oBAN7qAQAx6wEAhOsBANfrAQASxgwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAOh4DAAAAAACrFwAAOh4DAI0eAwBpnQsAGsALANUXCwDYygQAK8sEAH7LBADRywQAJMwEAHfMBADktgoAN7cKAIIsCACdvgwAIEgGAHNIBgBhsQoALXUBAIB1AQCF8woAT4IMAKKCDABZUAIA500IADpOCAAN5wQAYOcEANjzCgAirQAAIq0AAO2QAADtkAAA//0BAEHXDAAhxgoA//0BAHiCAQAN5wQAB84GAOzoAQBhsQoACD8BAFs/AQDg3wsAM+ALAIbgCwDZ4AsALOELAJ2+DADvJQAA7OgBAL2LAAAQjAAAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIARWIKAN/eAQDKNAIAvlwFAO2QAADxDQAA7OgBAJ2+DADvJQAA7OgBAL2LAAAQjAAAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIARWIKAN/eAQDKNAIAqxcAAP4XAABEigYA7ZAAAAFHAAA6JQIAjSUCAOAlAgCQCAEA7OgBAJ2+DAD//QEAzrEBADQFBQCX5AUAAUcAAOzoAQDBuwoAFLwKAGe8CgC6vAoARWIKAJhiCgBRGAAAIcYKAKgtAgD7LQIATi4CAKEuAgD0LgIARy8CAJovAgBKEgEA9f8GAAFHAABURwAAd/UKAJX1BgDs6AEAc2oNAJX1BgDs6AEA2uIJAM1HBgAgSAYAAUcAAL5cBQDNRwYAw14IAPvTAgC9iwAAEIwAAMXRAAAY0gAAvh4CANjlDACS8AAAAtoBANriCQAt4wkAnb4MAMNeCADs6AEAIcYKAKqmBQDa4gkAqxcAAP4XAABEigYA7ZAAANriCQAt4wkATJkCAJ+ZAgDymQIARZoCAJUzCgDoMwoA03UBAM1HBgApBQwAI0ACAMXRAAAtdQEAE0UFAFRHAACNvQQA2ykKAAFHAABURwAAUr8KAP4JAgBRCgIApAoCAPcKAgBKCwIAP+kBAJLpAQCUVAcA8Q0AAEViCgA6HgMAIcYKACi3DAB7twwAzrcMACG4DAB0uAwAgHUBAJj0AQD70wIAmPQBAJj0AQBrHgIAfycCAJj0AQAnhQkAqC0CAF6JCQDtkAAAQJEAAJrjAABsuAIAUwAAACNiCQB2YgkAAUcAALydCwAPngsAAKwLAFOsCwDDlQwAFpYMAGmWDAC8lgwA8Q0AAOzoAQA/6QEAkukBAOXpAQA46gEA500IADpOCADxDQAA9O8KAHiCAQABRwAA7OgBAIXzCgDY8woAw5UMABaWDABplgwAvJYMAAAAAABdhwsA7OgBAD/pAQCS6QEA5ekBALiBCgCI1gkAQJEAAJrjAABsuAIAw14IAO2QAACF8woA1B0AAE6VCwChlQsA9JULAOzoAQCdvgwAaZ0LALydCwDYmQsAK5oLAH6aCwDRmgsAJJsLAHebCwDs6AEAnb4MAHiCAQB4ggEAc2oNAJfkBQABRwAAvlwFAIB1AQD5AAAAoJoMAPENAADs6AEAlSUMALCHCwABRwAAvYsAAFMAAAAirQAAda0AABNaAgBmWgIAuVoCAEoSAQCdEgEAm+sJAO7rCQBB7AkAlOwJAJuEAABZUAIAlfUGAPnIBwDF0QAAqxcAACKtAAB1rQAAE1oCAGZaAgC5WgIAAUcAAF6JCQDX/woAHzELAHIxCwDFMQsAGDILAGsyCwC+MgsA1B0AAPENAAAAAAAAAAAAAAAAAADYygQAK8sEAH7LBADlowsAOKQLAIukCwDxDQAARA4AAHiCAQBzag0AVxUCAHiCAQDLggEA/RsNAIB1AQDvJQAAxdEAAFgJAgBnrgwAciMNAECRAACa4wAAbLgCAJX1BgC6rgwA//0BAFL+AQA0GgIAjb0EALjUCgAL1QoAhfMKANjzCgAtdQEAE0UFAF6JCQDX/woA+9MCAGmdCwC8nQsAD54LAACsCwBTrAsApqwLAPmsCwBMrQsAP+kBAJLpAQDl6QEAOOoBAJ65CwAzGAQAhhgEAK4ACgDbKQoAS9wGAPnIBwDdcggAAUcAAOzoAQAAAAAAuq4MAECRAACa4wAA7eMAAAAAAAAAAAAAhfMKANjzCgAtdQEAE0UFAF6JCQDX/woA4BcEAJx+CwDvfgsAnl8MAD/pAQCJ2AcA3NgHAC/ZBwAAAAAANrwLAEWhAQDvJQAABqoBAFmqAQCiyAIA+9MCAC3VCwCA1QsARpsMAJmbDAAmHAIA09ULAE8UBAAAAAAA7OgBAL2LAAAQjAAA3qsKADGsCgCErAoA16wKACqtCgB9rQoA0K0KACOuCgBAkQAAmuMAAGy4AgD//QEAQdcMAAFHAADF0QAA7ZAAAO2QAACrFwAA7OgBAGmdCwC8nQsAD54LAFMAAACmAAAA+QAAAE8UBAAt1QsAgNULAE8UBAABRwAAJhwCANPVCwBPFAQAAAAAAOzoAQBpnQsAkU4NAC11AQB1mAMAyJgDABuZAwC8nQsAD54LAH0ACwDQAAsAIwELAHYBCwDJAQsAHAILAG8CCwDCAgsAFQMLAGgDCwDBDgsAFA8LAGcPCwC6DwsADRALANA/AgC3jQoAlfUGAKsXAABjKwIA2OUMAKLBAwDjAQIANgICAJLwAAAC2gEAtg8GAHyeAgDPngIAIp8CAO6EAABrHgIA8hwIAPENAADkogEAgHUBADoeAwB1mAMA4wECAAOPCgCV9QYA7OgBAJUzCgDoMwoAAUcAAF6JCQDX/woAKgALACBIBgBzSAYAidEIAAFHAAA6JQIAnb4MAMNeCADs6AEAhfMKANQdAABOlQsAoZULAPSVCwCdCwIAm4QAAJRUBwDnVAcAOlUHANjKBAB8ngIAz54CACKfAgD//QEAm4QAAO6EAAD4sQwAS7IMAHiCAQCbhAAA0D8CAOgsCwA7LQsAji0LAOEtCwA0LgsAhy4LAOdNCADbKQoAkjUDAOU1AwAzlAoAmuMAANspCgBTAAAAAUcAAF6JCQAAAAAAAAAAAAAAAAD//QEAQdcMAO8lAACQwgoAax4CAH8nAgAhxgoAlFQHAOdUBwAUCQAAZwkAAMG7CgB39QoAyvUKAJuEAADvJQAAAUcAAF6JCQAzlAoA7OgBACHGCgCUVAcA51QHABQJAABnCQAAwbsKAHf1CgDK9QoAiNYJAJuEAADuhAAAoGMIABQJAABnCQAAwbsKAHf1CgDK9QoAiNYJAJuEAADuhAAAoGMIABQJAABnCQAAwbsKAHf1CgDK9QoAe/YDAIB1AQCwegEAgHUBAKGxBwDbwQwALsIMAIHCDADUwgwAAAAAAD/pAQCS6QEA5ekBAK3+CwAA/wsA7OgBAGmdCwC8nQsAD54LAJ5fDADQPwIAAAAAAOzoAQBpnQsAvJ0LAA+eCwCeXwwAhfMKANjzCgAtdQEAE0UFAF6JCQDX/woAYbEKALSxCgBckwsAP+kBAJLpAQDl6QEA2MoEAHyeAgDiswIAIq0AAO2QAADOOwYAeIIBAHNqDQCV9QYAzr4LACG/CwB0vwsAx78LABrACwBtwAsA5LYKAFSSDQCnkg0Avh4CAKgtAgC+XAUAzUcGAMNeCACdCwIAShIBAPENAABpnQsAvJ0LAA+eCwCeXwwAYbEKALSxCgBckwsAP+kBAJLpAQDl6QEAhfMKANjzCgAtdQEAE0UFAF6JCQDX/woAVxUCAFcVAgDwGAwA7OgBAD/pAQCS6QEA5ekBADjqAQCI1gkAQJEAAJrjAABsuAIAP+kBAGseAgDyHAgAShIBAJ2+DAApBQwAlTMKAJj0AQCrFwAA/hcAAGseAgB/JwIAnfYEAOzoAQCS8AAAvYsAABCMAAC1pQoACKYKAFumCgCupgoAAacKAFSnCgCIGwwA2xsMAC4cDACBHAwAXYcLAKrCAQBOlQsAoZULAPSVCwDs6AEAwbsKAHf1CgDK9QoA2JkLACuaCwB+mgsA0ZoLACSbCwB3mwsA7OgBAMG7CgB39QoAyvUKAJuEAADuhAAAoGMIAOzoAQCF8woA1B0AAE6VCwChlQsA9JULAOzoAQDBuwoAd/UKAMr1CgBpnQsAvJ0LANiZCwArmgsAfpoLANGaCwAkmwsAd5sLAOzoAQDBuwoAd/UKAMr1CgAAAAAA9NsBAAFHAAC9iwAAax4CAH8nAgBAPQwAUwAAAKYAAACe+AIA8fgCAET5AgCX+QIAiNYJABLGDACL6gEA3uoBADHrAQCE6wEA1+sBAEX0AQDnTQgA2ykKANjKBAArywQAfssEAEViCgBjKwIAtisCAAAAAABAPQwAkz0MAN1PDQA/6QEAkukBAOXpAQC4gQoAYbEKALSxCgBckwsA+9MCAGBVDQDOvgsAIb8LAPvTAgDs6AEAvYsAABCMAAA6HgMAE0UFAGZFBQDOsQEAw0IMAFMAAAAtdQEAE0UFAF6JCQAzlAoATJkCAC11AQCAdQEAkjUDAJuEAABseQsAcj8JAGGxCgB4ggEAm4QAAKgtAgDvJQAAkMIKAGseAgBKEgEA7OgBAIXzCgDY8woALXUBABNFBQBeiQkA2ykKAC4qCgDs6AEAP+kBAInYBwCp2wsA/NsLAE/cCwCi3AsA9dwLAEjdCwCb3QsAIcYKAO8lAAABRwAAXokJADOUCgDd/AwAMP0MAIP9DADW/QwAKf4MAHz+DACIfAoA7OgBAD/pAQCQwgoA48IKADbDCgCF8woAzr4LACG/CwB0vwsAx78LAE+CDACiggwAWVACAAFHAABeiQkAIcYKAP/9AQDNRwYAax4CAAFHAABeiQkA2PMKACKtAAAirQAA7ZAAAPENAADkogEA7yUAAKRjDQCS6QEA5ekBADjqAQA0gQsAh4ELANqBCwCQwgoA48IKADbDCgCF8woAzr4LACG/CwB0vwsAx78LAE+CDACiggwAWVACAAFHAABeiQkAIcYKAP/9AQDNRwYAax4CAAFHAABeiQkA2PMKACKtAAAirQAA7ZAAAPENAADkogEA7yUAAKRjDQAtggsAgIILANOCCwCI1gkAzjsGACE8BgDY5QwAosEDANQdAACV9QYA+9MCAC11AQCAdQEA7yUAAJDCCgBsuAIAosgCAPXIAgBpnQsAvJ0LAA+eCwCeXwwA8V8MAOdNCADbKQoALioKAD/pAQCS6QEA5ekBAJOeCgDmngoAiNYJAECRAACa4wAAbLgCADjqAQCeuQsAMxgEAIYYBADyuwkAEsYMAPj9DQBL/g0Anv4NAPH+DQBhsQoAeIIBAHNqDQCbhAAAdaYBANQdAADnTQgAOk4IAI1OCAAlKAIAQD0MAKrCAQD9wgEARaEBAKBjCAADjwoAzjsGAFgJAgBnrgwAOh4DAIB1AQCY9AEAosgCAPXIAgBpnQsAvJ0LAA+eCwCeXwwA8V8MAOdNCADbKQoALioKAARoAgBXaAIAE7oMAJX1BgDo9QYAWVACAJX1BgCdCwIAzUcGAN1yCADtkAAAQJEAAJrjAABsuAIAQ7kBAJa5AQB4ggEAc2oNAAFHAABeiQkAaZ0LAJuEAAB1pgEALdULAC11AQB/egIAlfUGAOzoAQA/6QEAkukBAOXpAQA46gEAhfMKANjzCgAirQAAIq0AAO2QAADxDQAA5KIBAO8lAACkYw0AyLMLABu0CwButAsAwbQLABS1CwBAPQwAkz0MAOY9DABPggwAmo8MAO2PDABAkAwAk5AMALq1CwANtgsAYLYLAOzoAQDs6AEA+9MCAEoSAQBKEgEA89IEAFlQAgBSvwoA7OgBAPTbAQBH3AEAmtwBAO3cAQBA3QEAk90BAKsXAADtkAAAAUcAABunAQCV9QYAUwAAAKGxBwCV9QYAAUcAAJuEAACUVAcA7OgBAGmdCwC8nQsAD54LAJ5fDACS6QEA5ekBADjqAQCF8woA2PMKACKtAAAirQAA7ZAAAPENAADkogEA7yUAAKRjDQBAkQAAfycCAMXRAABYCQIAdaYBAO2QAABAkQAAfycCAGmdCwC8nQsAD54LACKtAADwuAEAQ7kBAJa5AQB4ggEAc2oNAAFHAABpnQsAvJ0LAA+eCwAhxgoAKLcMAHu3DADOtwwAIbgMAHS4DADHuAwAGrkMAG25DAD70wIAAAAAAAAAAAAtdQEAdZgDAC3VCwBZUAIA7ZAAAFMAAAAIPwEAfycCAHNkAgB8ngIAqC0CAF6JCQAirQAAAAAAAAAAAAD4sQwAS7IMAJ6yDADxsgwARLMMAJezDAA/6QEAkukBAOXpAQCTngoA5p4KAIjWCQBAkQAAmuMAAGy4AgB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEA8Q0AAP4JAgCrFwAA7OgBAIjWCQBAkQAAmuMAAGy4AgDTpQYAJqYGAHmmBgDMpgYAH6cGAHKnBgDFpwYAGKgGAM1HBgABRwAAVEcAAKdHAAC7ogwA7OgBAIjWCQBAkQAAmuMAAGy4AgCrFwAAlfUGAC8sCACAdQEAmPQBAPvTAgCI1gkAEsYMAGXGDAC4xgwAC8cMAF7HDADxDQAArUsBAJuEAAB90AUAUwAAAHiCAQD//QEAzUcGAGseAgDQPwIAI0ACAF4hDADUfQoAJ34KAHp+CgAxWQoAhFkKAO2QAABAkQAAmuMAAGy4AgABRwAAOiUCAI0lAgDgJQIAGXkLAJX1BgC6rgwAGXkLAJAIAQDtkAAAQJEAAJrjAACdCwIA8AsCAEMMAgCWDAIA6QwCAJ0LAgDvJQAABqoBAFmqAQAxWQoAhFkKAAAAAADR2QIAd1YJAA+eCwDqugsAkukBAOXpAQA46gEA/gkCAP4JAgDtkAAAm4QAABO6DAAirQAAax4CAH8nAgAN5wQAqC0CAL5cBQDNRwYAw14IAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAJ3EAAKgtAgC+XAUAdZgDAO8lAACJ2AcA7ZAAAJX1BgCV9QYAuq4MAA2vDAChsQcA28EMAC7CDAC6rgwAqxcAACKtAABSvwoA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBTAAAAUwAAAHiCAQB79gMAIq0AAHyeAgCoLQIAvlwFAM1HBgDDXggAIq0AAPC4AQA4kAIA3fwMAF6JCQCtSwEAdWcKAMhnCgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqxcAAP4XAABEigYAAUcAAI29BAC41AoAFE4CAPENAACwegEA7ZAAAKsXAAABRwAAIq0AAPC4AQA4kAIAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMAmnsDAGpoBQC9aAUAEGkFAGNpBQC2aQUACWoFAFxqBQCvagUA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBeiQkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAFHAACbhAAALXUBAIB1AQDtkAAAQJEAAHiCAQCbhAAAiMIAABCMAAC1pQoAoGMIAAOPCgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAe/YDAIB1AQA6HgMAE0UFAL5cBQCbhAAAlFQHAHv2AwBaRAIAm4QAAKgtAgC+XAUAzUcGAMNeCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKgtAgCbhAAAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAAax4CAH8nAgDxDQAARA4AAN1yCABrHgIAIq0AAO2QAADvJQAABqoBAFmqAQAxWQoAhFkKAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAmPQBAHI/CQDFPwkAzrEBAJX1BgD//QEAIq0AACKtAADwuAEAOJACAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAJp7AwBqaAUAvWgFABBpBQBjaQUAtmkFAAlqBQBcagUAr2oFAC11AQB/egIA0noCACV7AgB4ewIAy3sCAB58AgDxDQAABGgCAFdoAgCoLQIAXokJAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAJ+0CgDytAoA7ZAAAK1LAQD4/Q0AS/4NAJ7+DQDx/g0ARP8NAJf/DQDq/w0A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAn7QKAPK0CgAirQAA8LgBAEO5AQCWuQEAeIIBAHNqDQABRwAAvlwFAM1HBgDDXggA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAn7QKAPK0CgC+XAUAEV0FAGRdBQC3XQUACl4FAF1eBQCwXgUAfAwLAM8MCwAiDQsAdQ0LAMgNCwAbDgsAbg4LAPJNAQCftAoA8rQKAL2LAAAQjAAAtaUKAKBjCAADjwoAl+QFANA/AgAjQAIAlfUGAC8sCADNRwYA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAn7QKAPK0CgDxDQAA1aIDACijAwBzag0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQCftAoA8rQKAKLBAwD1wQMASMIDAJvCAwDuwgMAQcMDAJTDAwDnwwMAOsQDAI3EAwDgxAMA8k0BAJ+0CgDytAoA7yUAAHiCAQBSvwoAxdEAAFgJAgBSvwoA8Q0AANWiAwAoowMAc2oNAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAn7QKAPK0CgBqyQMAvckDABDKAwBjygMA+9MCAFRHAABrHgIA8hwIAMXRAADs6AEAiNYJABLGDACL6gEA3uoBADHrAQCE6wEA1+sBAAAAAADs6AEA500IADpOCABzZAIASh8LAJ0fCwDwHwsAQyALAIXzCgAm1gsAedYLAMzWCwAf1wsActcLAMXXCwCF8woAJtYLAHnWCwDM1gsAH9cLAHLXCwDF1wsAiNYJABLGDACL6gEA3uoBADHrAQCE6wEA1+sBAEA9DADdTw0AIcYKAAraCwBKNAgAvYsAAJuEAAAhxgoACtoLAEo0CAC9iwAAm4QAAJRUBwDs6AEAQD0MAN1PDQAwUA0Ag1ANANZQDQApUQ0AfFENAM9RDQAiUg0AvYsAAHiCAQB4ggEA7OgBAOS2CgA3twoAircKAN23CgCjKgsA7yUAAEImAABAkQAAbq0MAIB1AQCY9AEA7OgBAJUzCgATRQUAXokJALGJCQDxDQAA7ZAAAO8lAAABRwAA7OgBANjKBAArywQAfssEAPlSDABMUwwAn1MMAPJTDACY9AEAoGMIAPNjCADs6AEA2MoEACvLBAB+ywQA+VIMAExTDACfUwwA8lMMAIjCAADxDQAA1B0AAJX1BgDs6AEA//0BAFK/CgD70wIAqsIBADBQDQDb1gkAlfUGAOzoAQCdvgwA7yUAAOzoAQCVMwoA6DMKAKsXAADtkAAAQJEAAOzoAQCI1gkAEsYMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQCF8woAT4IMAKKCDACqaAIA/WgCAOzoAQBpnQsAjb0EALjUCgAL1QoAXtUKAEA9DACTPQwAIcYKAP/9AQDNRwYATJkCAL2mCACI1gkAEsYMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDF0QAAWAkCAHWmAQDs6AEAaZ0LAJFODQCnRwAAzlADADe3CgBrHgIAfycCAHNkAgABRwAA7OgBANjKBAB8ngIAlXENAOhxDQA7cg0Anb4MAO8lAADs6AEAaZ0LAJFODQCnRwAAP+kBAJDCCgB4ggEAeIIBAMuCAQDF0QAALXUBAIB1AQCY9AEA7OgBAIjWCQASxgwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAvYsAAGseAgBurQwAgHUBAJj0AQDs6AEAwbsKABS8CgATugwAlfUGAHiCAQB79gMAgHUBAJj0AQDs6AEAnb4MAO8lAADs6AEAaZ0LAJFODQCnRwAA2X8NACyADQB/gA0A0oANACWBDQB4gQ0Ay4ENAB6CDQBxgg0AxIINABeDDQBqgw0AvYMNAP4JAgBRCgIAiqkMABO6DAD+FwAAdzsBAFRHAACnRwAAu6IMAOzoAQCI1gkAEsYMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQCdvgwAIq0AACKtAAAeugUAcboFAMS6BQAXuwUAnfYEACv0CgB+9AoA0fQKACT1CgD70wIAAAAAAAAAAAAAAAAA7OgBAEViCgDZ0g0ALNMNAH/TDQCVMwoA6DMKAAW1DQBYtQ0Aq7UNAP61DQBRtg0AIcYKAAfOBgCV9QYAUr8KAJuEAABZUAIAqxcAAOzoAQAhxgoAB84GAJX1BgBhsQoAqxcAANnSDQAs0w0Af9MNAJUzCgDoMwoABbUNAFi1DQCrtQ0A/rUNAFG2DQAhxgoAB84GAJX1BgDxDQAABGgCAFdoAgCUVAcA51QHAJj0AQByPwkAShIBAOzoAQCVMwoA6DMKAAW1DQBYtQ0Aq7UNAP61DQBRtg0A//0BAFL+AQDI3QUAN5wCAHiCAQBzag0AlTMKAOgzCgAFtQ0AWLUNAKu1DQD+tQ0A6/QBAOzoAQCY9AEAcj8JAMU/CQBFYgoA2dINACzTDQB/0w0AlTMKAOgzCgAFtQ0AWLUNAKu1DQD+tQ0AUbYNAFMAAAAIPwEAWz8BAEyZAgAtdQEAlfUGALquDABAkQAAiHwKAARoAgCNvQQAuNQKAKgtAgBeiQkAmPQBAFK/CgD70wIAaskDAL3JAwAQygMAY8oDAMXRAAAtdQEAE0UFAFRHAADs6AEAiNYJABLGDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQD+CQIAUQoCAGmdCwAawAsA1RcLAOdNCAA6TggAQJEAANspCgAuKgoA7OgBAGGxCgC0sQoAXJMLAFMAAABKEgEA7OgBAIjWCQBAkQAAmuMAAAAAAABsuAIA2YYMAIZrBADz0gQAE7oMAJX1BgDs6AEAP+kBAJLpAQDl6QEAOOoBAMXRAAAtdQEAE0UFAFRHAADs6AEAiNYJABLGDABq6woAvesKAGZFBQDYygQAK8sEAC3ODADlqgoAOKsKADirCgATwQsARaEBAPF7CABEfAgAl3wIADVuDACIbgwAUwAAAAg/AQBbPwEAf+gKANLoCgAl6QoAeOkKAOzoAQDYygQAK8sEANmGDAAshwwAf4cMANKHDAAliAwAeIgMAHv2AwCjKgsA9ioLAJfkBQBSvwoAIq0AAHWtAACY9AEA6/QBAJuEAACRTg0Ap0cAALuiDAAOowwAIcYKAHTGCgDHxgoAaZ0LALydCwAPngsA6roLAJLpAQDl6QEAk54KAOaeCgAawAsA1RcLAIXzCgDUHQAA7ZAAAGmdCwCRTg0Ap0cAAD/pAQCkYw0A92MNAEpkDQCdZA0AhfMKAE+CDACiggwAqmgCAP1oAgDs6AEAaZ0LAI29BAC41AoAC9UKAOdNCAA6TggAQD0MAGseAgDbKQoALioKAOzoAQBKEgEA89IEAEyZAgC9pggAkMIKAGseAgDs6AEAShIBAJ0SAQBrHgIAfycCAJUzCgDoMwoA7yUAAJDCCgBrHgIAShIBAPPSBACoLQIAvlwFAM1HBgDtkAAAl+QFAB66BQABRwAAvlwFAM1HBgDDXggA7OgBAD/pAQCS6QEA5ekBADjqAQA/6QEAkMIKAGseAgDs6AEAaZ0LAJuEAAB1pgEAkU4NAKdHAAC7ogwADqMMAGGjDABapAwAraQMAAClDAA/6QEAkukBAOXpAQCt/gsAAP8LAOzoAQBpnQsAvJ0LAA+eCwDm1gIAFtUDABxcCgBvXAoAwlwKABVdCgBoXQoAu10KAA5eCgBhXgoA8pIDAEWTAwDZhgwALIcMAHLDAgDFwwIAc2oNAMimAQD7LA4ATi0OAARoAgBSvwoAUr8KADejAQDOVg4AKE8PAJX1BgChPAAAoS0OAPQtDgDOVg4AVxQOAJlJAABXsw8AKE8PAJX1BgAoTw8AKE8PAJX1BgDOVg4ArEgPAChPDwBXsw8AmPQBACceAACQCAEAV7MPAJAIAQCeUQ4AnlEOAJX1BgC6rgwAIB8AAJAIAQAuwwAAnfYEACcPDgAnDw4AKE8PAJ32BAAoTw8ATpULADIxDgCFMQ4A/6IOAPssDgBOLQ4Ap94OAFezDwAUCQAAzlYOADIxDgCFMQ4AkAgBANImDgCFKg8A2CoPAOhqDgCY9AEAnlEOAC9VDgCCVQ4A+ywOAE4tDgBb3Q4AShIBAN1PDQCeUQ4AXCsOAJ5RDgDDXggA/6IOAM5WDgDx9w4AKE8PABQJAAAUCQAAizwOAN48DgAxPQ4AV7MPAPENAACV9QYAoGMIAJX1BgCLPA4A3jwOANtZDwCQCAEAizwOAN48DgDbWQ8AJx4AAPssDgBOLQ4ACSwCAOzoAQC6aQoAzlYOAPvTAgABRwAAnlEOAH96AgCV9QYAzlYOALcfAgAyMQ4AhTEOAJ5RDgCMMA4A3zAOADIxDgC3Fw8AMjEOALcXDwC2Iw8AnlEOAGhBDgCEPQ4A1z0OANImDgCEPQ4AAAAAAOzoAQCLPA4A3jwOAIs8DgDePA4AizwOAN48DgDYMQ4A/6IOALOaDwAGmw8AVxUCAIwwDgDSJg4AMjEOAIUxDgBXFQIAlfUGAOzoAQBXsw8A7OgBAFKcDwABOA4AnlEOAM5WDgDOVg4ATxQEAE8UBABPFAQA+9MCAJRUBwBB1wwAInUIAEHXDADyUwwA8lMMAAFHAAAgJQsAFyIPAJLwAADxDQAA8Q0AAPJFDgDF0QAAkvAAAJ5RDgDxDQAAxdEAAJ5RDgCeUQ4AnlEOAJ5RDgCeUQ4A0iYOANImDgCeUQ4AnlEOAJ5RDgCeUQ4AnlEOAJ5RDgDSJg4A0iYOANImDgCeUQ4AnlEOAJ5RDgDSJg4A0iYOAMhLDgDSJg4A0iYOAJ5RDgDs6AEA7OgBAKxPDgDBYQsA7OgBAFezDwBrHgIA8XsIAOzoAQDxDQAA8Q0AAJ5RDgCeUQ4AeIIBAJ5RDgCLPA4A3jwOAPvTAgDOVg4AV7MPAPENAADjUw4A7OgBACmeAgDUHQAAUr8KAKBjCACrFwAAlfUGACjTCACV9QYADy8PAM5WDgD6hA8AnlEOAPENAAC6TgIAxdEAAMXRAADF0QAAV7MPAMXRAADEKQIA2OUMAFezDwC6TgIAV7MPAFNFAgCJTQ8AbkUPAMFFDwAFWw4AV7MPAFMAAACrFwAAuq4MAFcUDgBSvwoAJhQPAFMAAACJTQ8AFAkAABQJAAAUCQAAkuEOAM5WDgBXFA4ABGgCAFK/CgBsZA4Az5cDANF/AwAN9A4ACU4JAKqzDwAHzgYA0iYOAIUqDwDYKg8A5nwDAIs8DgDePA4A21kPAApyDgDSJg4AV7MPAMPNBAB1ng4A0iYOAJ5RDgCeUQ4AizwOAN48DgCeUQ4AL1UOAIJVDgBEDgAAzlYOAFcUDgBXsw8A7OgBAM5WDgCeUQ4AL1UOAIJVDgDs6AEAyswEAOIFDwDa4gkAV7MPAF1eBQBXsw8A+RQJAJOCDgDOVg4A4WsOAAFHAABXsw8ABGgCAHNqDQDOVg4ArEgPAJLwAADiBQ8AqrMPAJ5RDgAvVQ4AqrMPAJ5RDgB1ng4AlOwJAMGuAADSJg4AhSoPANgqDwCLPA4AAiUPAF2HCwD63g4AVxQOAPENAACQCAEAa3AOALzbDgABRwAAAUcAANImDgCFKg8A2CoPAOFrDgABRwAAAUcAAAFHAAABRwAAXR8OAGp8DgDVFwsAQIIOAM5WDgCeUQ4AL1UOAIJVDgDYhA4ADPMEAFcUDgANagoAqrMPAJ5RDgCqsw8AnlEOAH2RDgDQkQ4AI5IOAO2QAACcaQ4A72kOAEJqDgCVag4AKuQOAH2RDgDQkQ4AI5IOAF0fDgDzfwQA0iYOAIUqDwDYKg8A4WsOAEVpCQBXsw8ABGgCAFK/CgBXsw8A4gUPAFcUDgBPFAQA7XsDAF6JCQCeUQ4AL1UOAIJVDgCTgg4AIB8AANImDgCFKg8A2CoPAFezDwD70wIA4WsOAGNUCAABRwAAAUcAAN6PDgAxkA4AhJAOAF1eBQDejw4AnlEOANA3DwDSJg4AqrMPAJ5RDgAvVQ4AqrMPAHNqDQDs6AEAnlEOAC9VDgCCVQ4AAcoFAM5WDgCsSA8AV7MPAInDCgDOVg4AV7MPALONBQCeUQ4A0iYOAKqzDwAyMQ4AhTEOAJX1BgBG4A4AfZEOANCRDgAjkg4AnlEOAC9VDgCCVQ4AbGQOAARoAgBzag0AnlEOAPP7CgBXsw8Ac2oNAOzoAQCwGA8AlfUGAEyZAgCeUQ4AL1UOAIJVDgBdHw4AkAgBAM5WDgBXsw8AGsALAFcUDgCIfAoA0iYOAJ5RDgDSJg4AnlEOAKqzDwCqsw8AqrMPAJ5RDgCeUQ4AnlEOAC9VDgCCVQ4AnlEOAERSDgDauA8AzlYOANq4DwDejw4AnlEOANImDgCFKg8A2CoPANImDgCFKg8A2CoPAFezDwBiLw8AM5QKAFezDwBzag0AV7MPADXrBgBXFA4A7OgBAJ32BACQCAEAV7MPAFezDwAEaAIAV7MPAARoAgBXsw8ABGgCAKqzDwCeUQ4AL1UOAIJVDgBzag0AnlEOAC9VDgCCVQ4AzlYOAAAAAACsSA8A1RcLANImDgCFKg8A2CoPAN2UDwBXsw8AiU0PAAFHAACeUQ4AL1UOAIJVDgDOVg4AzlYOAJ5RDgAvVQ4AglUOAAfOBgBwLQ8Awy0PANtZDwBSvwoAc2oNAM5WDgBXsw8AJhQPABPWCABdHw4AV7MPAMNeCAD/og4AizwOAN48DgAyMQ4AhTEOANImDgCFKg8A2CoPAJI1AwDOVg4AV7MPAJp7AwCeUQ4AnlEOAC9VDgCCVQ4AlfUGACAfAACeUQ4AXCQPAJ5RDgAvVQ4AglUOAMCkDwAAAAAA0iYOAIUqDwDYKg8AzlYOAOFrDgBXFA4AzlYOAJlkCADiBQ8AVxQOAPASAQAAAAAAV7MPAOIFDwBXFA4A8BIBAIbLDgDSJg4AhSoPANgqDwAWLg8ARFIOAFezDwDDXggAnlEOAC9VDgCCVQ4AV7MPAFK/CgDUBw8A7OgBAJPVDgCeUQ4AkvAAADTwBwABRwAA+oQPAFK/CgCd9gQAV7MPAECRAABWGQ8AkjUDACKeDgDs6AEA7OgBAM5WDgDbWQ8AkAgBAP+iDgDs6AEAW90OABNFBQDhaw4AIp4OAIB1AQCGyw4A2csOAJX1BgAAAAAAAAAAAAAAAABXsw8A4gUPAAAAAAAAAAAAAAAAAFvdDgCQCAEAV7MPAIlNDwDiBQ8AlfUGAJ5RDgB1ng4AdZ4OAJ5RDgBEUg4AosgCAJaqDwCFKg8A2CoPAOFrDgCeUQ4ARFIOAE8UBADSJg4ATxQEAO2QAAABRwAAWs4GAFezDwCbhAAAWs4GAKqzDwCt6Q4AIp4OAIs8DgDePA4A2DEOAOFrDgBXsw8AUr8KAJ5RDgBXsw8AmnsDAOzoAQDOVg4AmnsDAJ5RDgAvVQ4AglUOAIPvDgDW7w4ATxQEAE8UBABXsw8AmnsDAJp7AwDKzAQAsBgPAFcUDgAAAAAAV7MPAFezDwDtkAAAYi8PAOzoAQBXsw8A8fcOABQJAAAlnQkAmPQBACj8DgB7/A4AUwAAAFMAAABdXgUAzlYOAOzoAQBXsw8AV7MPAKsXAADSJg4AhSoPANgqDwDkmg4AicMKAOZ8AwCeUQ4AL1UOAIJVDgBAPQwAizwOAAIlDwAKGA8A8fcOAMNeCADx9w4A8fcOAJX1BgCrFwAAizwOAAIlDwDePA4A0iYOAM5WDgDx9w4ARPgOAJf4DgBRAg8AQCgPAJ5RDgCaewMAzlYOAIl+CABYhQgAAAAAADHjDgCE4w4AAAAAAAAAAABljwgAfhcGAInDCgDOVg4AV7MPAFezDwBWGQ8AAUcAAM5WDgBXsw8A3U8NAM5WDgCQCAEA7OgBAJ5RDgAvVQ4AglUOAFezDwDs6AEAV7MPAOzoAQBXsw8AkAgBAFezDwCQCAEA7OgBAFezDwAUCQAAV7MPABQJAABiLw8Aw14IAFezDwD70wIAAAAAAFK/CgCeUQ4AL1UOAIJVDgBXsw8A3U8NAJAIAQBXFA4A8Q0AAPENAABXFA4Ac2oNAGIvDwD70wIA0iYOAIUqDwDYKg8AnlEOAC9VDgCCVQ4A7OgBAH8nAgBXsw8A7OgBAFezDwDOVg4ANQYPAOzoAQDs6AEAnfYEABCnCADOVg4AFAkAAFezDwBXsw8A7OgBADIxDgCFMQ4At3EOAN1PDQC96woAzlYOAAFHAABMmQIAAUcAAJ5RDgAvVQ4AglUOAM5WDgAeIQ8AlfUGAFK/CgB46QoA+9MCAKlsDwACJQ8A/6oBAOzoAQDxDQAAAAAAAIh8CgAAAAAAtxcPAH8fDwDSHw8AJSAPAFezDwCeUQ4AL1UOAIJVDgDs6AEAFAkAAE8UBABPFAQAXiEMAOzoAQDSJg4A7OgBAM5WDgD70wIAzlYOAAc9AwCJTQ8AiU0PAEA9DADOVg4AV7MPAOzoAQCLPA4A3jwOAJ5RDgAvVQ4AglUOAJ5RDgDs6AEAlfUGAFezDwCV9QYAeCAPAHKLCgDDXggAFAkAAKIUBADCjA8AgM4MAJLwAABXsw8AMjEOAIUxDgCT8QoAqWwPADs0CgDs6AEAODUPAOzoAQA7NAoAbVEPAN41DwANEAsAqsIBANImDgCFKg8A2CoPAOzoAQBXsw8AV7MPAJ5RDgAEaAIABGgCAJ5RDgCeUQ4AlfUGAGI2DgC1Ng4ADjsPAK1DDgDSJg4AnlEOAERSDgA+9QEAIcYKAOSiAQCEPQ4A0iYOAI0eAwCqwgEAyswEANUsCADGSAYAmPQBAAFHAACz5wQAlfUGAFezDwBzag0ANGUPACmeAgAdNQIAKZ4CAB01AgDtLwIA2uIJAKqzDwCYmgIAV7MPABQJAADs6AEAAEQOANQdAACNHgMAUpwPAOzoAQDOVg4AnlEOAKLIAgBtUQ8A3jUPAA+XDACLPA4A3jwOAA+XDACwhwsAizwOADMeDwCeUQ4AXCQPAFezDwDs6AEA7yUAAO8lAACY9AEAnQsCACcPDgCXSw8AGXkLAKxIDwDs6AEAV7MPAOzoAQAqAAsAnz4PAF2HCwDs6AEA7OgBAOzoAQDepAsAHoMBAJDCCgDBmA8AnlEOAJj0AQBe1QoAzlYOAOzoAQDs6AEAbVEPAN41DwBXsw8AizwOAN48DgDbWQ8ALioKAOzoAQDs6AEA7OgBALdxDgDs6AEApUkPAPFfDADxDQAAibwLADIxDgDOVg4A85oMAJxiDwDsmwwA72IPAP+iDgA5KQ8AnlEOAERSDgBtUQ8Anl8MACcPDgD/og4AnGIPAP+iDgDvYg8A/6IOAG1RDwDeNQ8AyTgPAFMAAAD5yAcAAUcAAJk6DgDxDQAA7OgBADs0CgDeNQ8A7OgBAAoYDwDQPwIAnrIMAFK/CgAuKgoAlfUGAOzoAQDs6AEA7OgBAFezDwAd9goAHfYKAB32CgAd9goAmPQBAJj0AQAnwwwA7OgBAIs8DgARag8AbVEPAGCaDwDs6AEAbVEPAPFfDADs6AEAKE8PAPdVDwCLPA4ASlYPAOzoAQDGXA8AGV0PAEWSDwBsXQ8A7OgBAOzoAQBtUQ8A8V8MAChPDwD3VQ8AizwOAEpWDwDs6AEA8BgMAMtzDwCLPA4A3jwOAJ5RDgBEUg4A7OgBAKlsDwBeIQwAXiEMAJonDwAXdQ8AQCgPAP3CAQAd9goAHfYKAB32CgAd9goA7OgBAPixDAAMWg4AhD0OAMk/DgAuKgoA+VIMAAksAgCLPA4AMx4PAChPDwDOVg4AxlwPAM5WDgBeIQwA+9MCABl5CwAZeQsA7OgBAInDCgDGXA8AGV0PAJX1BgCV9QYA92MNAIs8DgDePA4AicMKAMZcDwAZXQ8AlfUGAJX1BgD3Yw0AnkoPAPFKDwBXsw8AzlYOAKLIAgCeUQ4AbVEPAPvTAgCLPA4AAiUPALYjDwCmkA8AnlEOAFwkDwD70wIA3jwOANtZDwBeiQkAV7MPAHgoAgBTAAAAwZgPAG1RDwD70wIAAUcAAJ5RDgCV9QYA7OgBAIs8DgDePA4A92MNAOY9DAD70wIA+9MCAEWhAQBFoQEARaEBAEWhAQD70wIAzlYOAEWhAQDs6AEA7OgBAOzoAQAAAAAAAAAAAG1RDwBgmg8AizwOAN48DgD3Yw0AV7MPAOzoAQBXsw8AbVEPAF6JCQBXsw8AbVEPAFKcDwDOVg4A7OgBAOzoAQBSvwoAqxcAAJX1BgDtkAAA7OgBAOqzDAD70wIAizwOAAIlDwDOTw8AnlEOAC9VDgCMMA4AUQoCAJdLDwD4nA8AS50PAJ6dDwDxnQ8AnlEOAERSDgBrqAYAnlEOAM5WDgDcoA8A+9MCAHNqDQCV9QYAlBwPALcXDwC2Iw8AXYcLAJ5RDgBcJA8AXYcLAJAIAQCsSA8AkAgBAKxIDwAyMQ4AtxcPAJAIAQDs6AEAbVEPAN41DwCLPA4A3jwOAFEKAgDOVg4AzlYOAFEKAgDSJg4A0iYOANImDgB9kQ4A0iYOANImDgDSJg4A0iYOADIxDgC3Fw8A0iYOAH2RDgDSJg4AfisPANImDgB+Kw8A0iYOAH4rDwDQNw8AfisPANImDgB+Kw8A0iYOAH4rDwBQaA4AfisPANImDgB+Kw8AnGkOAO9pDgAxPQ4A7OgBAOzoAQD70wIAzlYOAKsXAACEPQ4AYTsPAEJjDwBCYw8AhD0OANc9DgCUVAcAo7QPAPvTAgD70wIA8Q0AAPENAAA8Xw4AzlYOAP3CAQDSJg4AV7MPAOY9DABXsw8A0iYOAFcUDgBXsw8AVxQOANImDgCFKg8AVxQOAHm6DwDMug8A0iYOAPvTAgA/NA8AzlYOAOzoAQDs6AEA7OgBAO7BDwDs6AEA7OgBAOzoAQDuwQ8A7OgBADpVBwDuwQ8AV7MPAFG2DQDs6AEA7OgBAO7BDwDOVg4AnGkOAO9pDgBCag4A0iYOAPJNAQAoTw8A91UPAOzoAQCeUQ4ARFIOAIs8DgDePA4A21kPAIDODACLqwoA84UPAMKMDwBzag0AV7MPAJRUBwDdlA8ACDAPAG1RDwDeNQ8AizwOAAIlDwC2Iw8AV7MPAFcUDgBe1QoAqxcAAFezDwDDXggAizwOAN48DgDbWQ8ALdULAN2UDwCDlQ8AizwOABFqDwBtUQ8Anl8MAFezDwA=","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAwAAAAEAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAgABAAACAAQAQAACAAABARyCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAgAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAIAAQAAAgAEAEAAAgAAAQEcggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAgAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAACAAEAAAIABABAAAIAAAEBHIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAACAAEAAAIABABAAAIAAAEBHIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAgABAAACAAQAQAACAAABARyCAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAACAAEAAAIABABAAAIAAAEBHIIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAIAAQAAAgAEAEAAAgAAAQEcggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAgAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAACAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAgABAAACAAQAQAACAAABARyCAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAIAAQAAAgAEAEAAAgAAAQEcggAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAACAAEAAAIABABAAAIAAAEBHIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAACAAEAAAIABABAAAIAAAEBHIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAgABAAACAAQAQAACAAABARyCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAIAAQAAAgAEAEAAAgAAAQEcggAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAACAAEAAAIABABAAAIAAAEBHIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAEAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAgABAAACAAQAQAACAAABARyCAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAACAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAgABAAACAAQAQAACAAABARyCAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAACAAEAAAIABABAAAIAAAEBHIIAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAACAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAIAAQAAAgAEAEAAAgAAAQEcggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAIAAQAAAgAEAEAAAgAAAQEcggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAABAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAABAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAgAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABACABAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAQAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAQAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAgABAAACAAQAQAACAAABARyCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAEAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAIAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAgAAAAAAAAAAAIAAAAQAAAAgABAAACAAQAQAACAAABIRyCAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAEABAQAAAAAAAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAIAAAAgAAAAAAAAAAAIAAAACAAAAAAAAIAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAACAAEAAAIABABAAAIAAAEBHIIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgABAAEAABQAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAQAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAACAAAAgAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAIAAAAAAQAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAgABAAICAAQAQAACAAABARyCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAEAAAAAAAAAEgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAIAAQAAAgAEgEAAAgAAAQEcggAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAABAAAACAAEAAAIABIBAAAIAAAEhHoIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAEAAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAACAAQAQAACAAABARyCAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAIAAQAAAgAEAEAEAgAAAQEcggAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAACAAEAAAIABABAAEIAAAEBHIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAABAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAwAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABBAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAQQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAQAAgAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAQAAAAAIABAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAgABAAACAAQAQAACAAABARzCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAACAAEAAAIABABAAAIAAAEBHIIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAACAAEAAAIABABAAAIAAAEBHIIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAABBAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAADAAEAAAAACAAQAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAIAAQAAAgAEAEAAAgAAAQEcggAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAABAACAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAACAAEAAAIABABAAAIAAAEBHIIAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAABAAAAAAAAAAAAAAAAAwABAAAAAAgAEAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAEAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAABAAA="},"index":{"lists":[[79,81,82,83],[1,2,4,7,28,29,30,31,34,35,36,37,40,41,42,43,44,45,46,47,51,56,57,59,60,61,62,63,64,65,66,67,68,69,70,74,75,76,77,79,81,82,83,87,92,93,115,118,119,121,132,133,134,135,136,137,138,139,140,148,151,161,162,166,167,170,178,179,183,187,189,190,191,192,194,196,197,199,202,203,204,205,219],[1,2,4,7,28,29,30,31,33,34,35,36,37,40,41,42,43,44,45,46,47,51,52,56,57,59,60,61,62,63,64,65,66,67,68,69,70,73,74,75,76,77,79,81,82,83,87,92,93,99,115,118,119,121,132,133,134,135,136,137,138,139,140,148,151,161,162,163,166,167,170,178,179,183,187,189,190,191,192,194,196,197,199,202,203,204,205,208,209,210,219],[49,72,79,81,82,83,169,208,225],[79,81,82,83,106,107,108,211,212,213,214,215,216,217],[48,50,79,81,82,83],[79,81,82,83,199,218],[61,79,81,82,83,92,93,113,114,199,204,205],[79,81,82,83,106,107,108],[47,54,59,62,66,67,79,81,82,83,106,107,108,109,126,139,140,142,146,154,156,162,164,165,166,167,177,184,185,186,193,219],[14,15,16,22,23,79,81,82,83,91,145,158],[79,81,82,83,110,231],[6,79,81,82,83],[1,7,79,81,82,83,106,107,108,147,187,191,192,219],[9,79,81,82,83,106,107,108,112,187,191,192,219],[31,79,81,82,83,106,107,108,170,187,191,192,203,219],[17,79,81,82,83,106,107,108,135,157,187,191,192,207,219],[0,2,4,5,20,21,24,25,76,79,81,82,83,106,107,108,129,135,141,144,170,172,187,188,191,192,195,198,200,219,220,223,226,227,230,232],[3,8,11,20,24,25,27,33,36,37,55,58,77,78,79,81,82,83,87,89,95,96,98,106,107,108,111,116,119,122,129,135,143,150,152,153,159,170,171,181,187,191,192,219,228,233],[79,81,82,83,106,107,108,187,191,192,219],[79,81,82,83,106,107,108,135,187,191,192,219],[79,81,82,83,106,107,108,187,191,192,219,224],[75,79,81,82,83,106,107,108,135,187,191,192,209,219,221,222],[70,78,79,81,82,83,90,94,106,107,108,131,174,187,191,192,209,219],[10,33,79,81,82,83,89,97,106,107,108,121,122,149,187,191,192,219],[4,26,53,79,81,82,83,106,107,108,135,187,191,192,219],[10,39,79,81,82,83,106,107,108,121,187,191,192,219],[12,13,32,44,79,81,82,83,88,100,106,107,108,117,123,124,125,127,128,130,138,155,160,161,173,180,182,183,187,191,192,201,206,219],[7,79,80,81,82,83,106,107,108,187,191,192,219],[10,79,81,82,83,106,107,108,187,191,192,219],[79,81,82,83,86,101,102,103,104,105,120,175,176,229],[51,79,81,82,83],[18,19,79,81,82,83,106,107,108,187,191,192,219],[28,79,81,82,83],[29,30,34,35,79,81,82,83],[38,42,43,45,79,81,82,83],[41,60,79,81,82,83],[41,79,81,82,83,84,85],[41,61,63,79,81,82,83],[41,79,81,82,83],[46,60,79,81,82,83,194],[60,79,81,82,83,194],[61,63,69,79,81,82,83,210],[63,79,81,82,83],[68,74,79,81,82,83,194,210],[71,79,81,82,83,168],[79,81,82,83,136],[79,81,82,83,137],[79,81,82,83,194],[79,81,82,83,210],[65,79,81,82,83,197],[65,79,81,82,83,197,208],[65,79,81,82,83,178,179,197],[65,79,81,82,83,197,199],[61,65,79,81,82,83,92,93,197,199,204,205],[65,73,79,81,82,83,178,179,197],[47,52,56,57,59,62,64,65,66,67,79,81,82,83,139,140,151,162,163,166,167,178,179,197,219],[1,7,65,79,81,82,83,178,179,187,189,190,191,192,197,202,219],[65,79,81,82,83,178,179,187,189,190,191,192,197,219],[31,65,79,81,82,83,170,178,179,187,189,190,191,192,197,203,219],[65,79,81,82,83,135,178,179,187,189,190,191,192,197,219],[2,4,65,76,79,81,82,83,135,170,178,179,187,189,190,191,192,196,197,219],[33,36,37,65,77,79,81,82,83,87,115,119,135,170,178,179,187,189,190,191,192,197,219],[65,79,81,82,83,148,178,179,187,189,190,191,192,197,219],[65,79,81,82,83,99,178,179,187,189,190,191,192,197,219],[65,75,79,81,82,83,135,178,179,187,189,190,191,192,197,209,219],[65,70,79,81,82,83,178,179,187,189,190,191,192,197,209,219],[33,65,79,81,82,83,121,178,179,187,189,190,191,192,197,219],[4,65,79,81,82,83,135,178,179,187,189,190,191,192,197,219],[65,79,81,82,83,115,118,121,178,179,187,189,190,191,192,197,219],[44,65,79,81,82,83,115,138,161,178,179,183,187,189,190,191,192,197,219],[7,65,79,81,82,83,178,179,187,189,190,191,192,197,219],[51,65,79,81,82,83,197],[65,79,81,82,83,178,179,187,191,192,197,219],[28,65,79,81,82,83,197],[29,30,34,35,65,79,81,82,83,197],[42,43,45,65,79,81,82,83,197],[40,41,60,65,79,81,82,83,197],[41,65,79,81,82,83,197],[41,61,63,65,79,81,82,83,197],[46,60,65,79,81,82,83,132,194,197],[60,65,79,81,82,83,194,197],[61,63,65,69,79,81,82,83,134,197,210],[63,65,79,81,82,83,197],[65,68,74,79,81,82,83,194,197,210],[65,79,81,82,83,133,197],[65,79,81,82,83,134,197],[65,79,81,82,83,136,197],[65,79,81,82,83,137,197],[65,79,81,82,83,194,197],[65,79,81,82,83,197,210]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,20,19,19,19,21,22,23,24,19,25,26,27,28,19,20,29,19,19,30,0,0,31,32,0,13,14,15,16,17,18,19,19,20,19,19,19,21,22,23,24,19,25,26,27,28,19,20,29,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,33],[9679,34],[9135,35],[215,36],[10095,37],[10003,38],[8595,39],[10008,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46],[9472,47],[10060,48],[9654,49],[65123,49]],"plainDefault":0,"spaced":[50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,51,52,50,50,50,50,50,50,53,50,54,55,50,56,56,56,56,56,56,56,56,56,56,50,50,50,50,50,50,50,57,58,59,60,61,62,63,58,60,64,58,58,58,65,66,67,58,68,69,70,71,58,60,58,58,58,50,50,50,72,73,50,57,58,59,60,61,62,63,58,60,64,58,58,58,65,66,67,58,68,69,70,71,58,60,58,58,58,50,50,50,50,50],"spacedOther":[[160,50],[5760,50],[8192,50],[8193,50],[8194,50],[8195,50],[8196,50],[8197,50],[8198,50],[8199,50],[8200,50],[8201,50],[8202,50],[8232,50],[8233,50],[8239,50],[8287,50],[12288,50],[65279,50],[9676,74],[9679,75],[9135,76],[215,77],[10095,78],[10003,79],[8595,78],[10008,80],[10007,81],[10004,82],[8730,83],[10006,84],[8505,50],[9762,85],[9888,85],[8617,86],[8226,87],[9472,88],[10060,89],[9654,90],[65123,90]],"spacedDefault":50,"blank":50}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300})(?: with data set [^\\\\n]{1,300})?$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[60,62,63,64],[18,19,20,23,24,25,26,28,29,30,31,32,33,34,38,41,42,44,45,46,47,48,49,50,51,52,53,54,56,57,58,59,60,62,63,64,67,71,72,87,88,89,90,96,97,98,99,100,101,102,103,110,113],[18,19,20,22,23,24,25,26,28,29,30,31,32,33,34,38,39,41,42,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,62,63,64,67,71,72,77,87,88,89,90,96,97,98,99,100,101,102,103,110,113],[36,55,60,62,63,64],[60,62,63,64,81,82,83],[35,37,60,62,63,64],[46,60,62,63,64,71,72,85,86],[34,40,44,47,51,52,60,62,63,64,81,82,83,84,92,102,103,105,108,114],[5,6,12,13,60,62,63,64,70,108],[60,62,63,64,84],[60,62,63,64,81,82,83,109],[1,60,62,63,64,81,82,83,84],[7,60,62,63,64,81,82,83,99],[10,11,14,15,58,60,62,63,64,81,82,83,95,99,104,107],[0,3,10,14,15,17,22,25,26,40,43,59,60,62,63,64,67,68,74,75,76,81,82,83,84,89,90,95,99,106,112,114],[60,62,63,64,81,82,83,99],[60,62,63,64,69,81,82,83,95],[2,22,60,62,63,64,68,75,81,82,83,90,111],[16,39,60,62,63,64,81,82,83,99],[2,60,62,63,64,81,82,83,90],[4,21,31,60,62,63,64,67,78,81,82,83,90,91,93,94,95,101],[60,61,62,63,64,81,82,83],[2,60,62,63,64,81,82,83],[60,62,63,64,67,78,79,80,89],[38,60,62,63,64],[8,9,60,62,63,64,81,82,83],[20,60,62,63,64,81,82,83],[60,62,63,64,81,82,83,88],[57,60,62,63,64,81,82,83],[54,59,60,62,63,64,73,81,82,83],[27,60,62,63,64,81,82,83],[18,60,62,63,64],[19,20,23,24,60,62,63,64],[26,30,31,32,60,62,63,64],[29,45,60,62,63,64],[29,60,62,63,64,65,66],[29,46,48,60,62,63,64],[29,60,62,63,64],[33,45,60,62,63,64],[45,60,62,63,64],[46,48,54,60,62,63,64],[48,60,62,63,64],[53,56,60,62,63,64],[55,60,62,63,64],[60,62,63,64,100],[60,62,63,64,101],[50,60,62,63,64],[50,55,60,62,63,64],[46,50,60,62,63,64,71,72],[34,39,41,42,44,47,49,50,51,52,60,62,63,64,102,103,113],[50,60,62,63,64,99],[50,58,60,62,63,64,99],[22,25,26,50,59,60,62,63,64,67,87,89,90,99],[50,60,62,63,64,110],[50,60,62,63,64,77],[22,50,60,62,63,64,90],[39,50,60,62,63,64,99],[50,60,62,63,64,87,88,90],[31,50,60,62,63,64,67,87,90,101],[50,60,62,63,64,67,89],[38,50,60,62,63,64],[20,50,60,62,63,64],[50,60,62,63,64,88],[50,57,60,62,63,64],[50,54,59,60,62,63,64],[18,50,60,62,63,64],[19,20,23,24,50,60,62,63,64],[26,30,31,32,50,60,62,63,64],[28,29,45,50,60,62,63,64],[29,50,60,62,63,64],[29,46,48,50,60,62,63,64],[33,45,50,60,62,63,64,96],[45,50,60,62,63,64],[46,48,50,54,60,62,63,64,98],[48,50,60,62,63,64],[50,53,56,60,62,63,64],[50,60,62,63,64,97],[50,60,62,63,64,98],[50,60,62,63,64,100],[50,60,62,63,64,101]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,4,12,13,14,4,4,15,4,4,4,4,15,16,17,4,18,19,20,21,4,15,22,4,4,23,0,0,24,25,0,4,4,26,4,4,27,4,4,4,4,4,4,4,28,29,4,4,4,30,27,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,31],[9679,32],[9135,33],[215,34],[10095,35],[10003,36],[8595,37],[10008,38],[10007,39],[10004,40],[8730,41],[10006,42],[8505,43],[9762,0],[9888,0],[8617,0],[8226,44],[9472,45]],"plainDefault":0,"spaced":[46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,47,46,46,46,46,46,46,46,46,46,48,47,46,49,49,49,49,49,49,49,49,49,49,46,46,46,46,46,46,46,46,46,46,50,51,52,53,46,50,54,46,46,46,50,46,55,46,56,57,58,46,46,50,46,46,46,59,46,46,60,46,46,46,46,61,46,46,62,46,46,46,46,46,46,46,63,64,46,46,46,46,62,46,46,46,46,46,46,46,46,46,46,46],"spacedOther":[[160,46],[5760,46],[8192,46],[8193,46],[8194,46],[8195,46],[8196,46],[8197,46],[8198,46],[8199,46],[8200,46],[8201,46],[8202,46],[8232,46],[8233,46],[8239,46],[8287,46],[12288,46],[65279,46],[9676,65],[9679,66],[9135,67],[215,68],[10095,69],[10003,70],[8595,69],[10008,71],[10007,72],[10004,73],[8730,74],[10006,75],[8505,47],[9762,76],[9888,76],[8617,77],[8226,78],[9472,79]],"spacedDefault":46,"blank":46}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:.{0,40}, )?(\\\\d{1,6}) (?:failed|errors?)\\\\b/\\n/^FAILED \\\\((?:failures|errors)=(\\\\d{1,6})/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors|Failures): (\\\\d{1,6})/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,22],[5,6,7,10,11,22],[12],[6,8,9,10,11,18,23,24,25],[2],[1],[3,13,20],[15],[0,4,5,14,21,22],[16,17],[19],[6,7,10,11],[5,22]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var refusedForSure = (j) => j.outcome.kind === "infrastructure" && j.outcome.confidence === "high";
function refusedSetupOf(unit, judged) {
  const sameName = judged.find((o) => o.unit !== unit && refusedForSure(o) && unit.key.startsWith(`${o.unit.key}@`));
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
    const interpreted = reraised ? { kind: "infrastructure", confidence: "high", service: reraised } : read;
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
