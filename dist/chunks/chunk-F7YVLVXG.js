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
  REJECTION_SERVICE,
  SERVER_ANSWER,
  SQL_HANDLE,
  assertionSides,
  matchRule,
  namedByFrameBelow
} from "./chunk-FEZ7TTFL.js";
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
} from "./chunk-ERULB6C3.js";
import {
  canonicalService
} from "./chunk-HLOXVYSR.js";

// src/classify/interpret.ts
var OWN_SERVER = /\b(?:test|app|api|http|web|mock|stub|fake|dev|local|embedded) server\b|\bserver failed to start\b|\bfailed to (?:start|bind|listen)\b|address already in use|EADDRINUSE/i;
var LOCAL_ENDPOINT = /(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0):(\d{2,5})(?!\d)|(?<!laddr=)\(\s?'(?:localhost|127\.0\.0\.1|::1)',\s?(\d{2,5})\s?\)/;
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
    { event: "outside", pattern: /^\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\S[^\n]{0,300})$/ },
    { event: "outside", pattern: /^\s{0,4}✘ (?<name>\S[^\n]{0,300}?) exited with a non-zero exit code: \d{1,4}$/ },
    { event: "details", pattern: /^\s{0,4}─$/ },
    // `✘ 18 tests remaining in test/x.js`: the tests a crashed or stopped file never ran, not failures of their own.
    { event: "end", pattern: /^\s{0,4}✘ \d{1,6} tests? remaining in \S/ },
    { event: "end", pattern: /^\s{0,4}\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/ }
  ],
  reportedFailures: /^\s{0,4}(\d{1,6}) tests? failed$/,
  titledDetails: true
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
var DERIVED = `{"prefilter":{"key":"rules 260\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/AuthenticationFailed\\\\('Failed to authenticate to |code=0100 \\\\[Bad credentials\\\\]/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!:?\\\\s*$|: (?:FATAL|connection is closed|PQ\\\\w{1,40}\\\\(\\\\)|could not match \\\\d|PG::CancelConnection))/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq|\\\\blibpq\\\\.so(?:\\\\.\\\\d{1,3})?: cannot open shared object file/\\n/ImportError: no pq wrapper available|couldn't import (?:requested )?psycopg '\\\\w{1,20}' implementation: libpq library not found|^\\\\s{0,8}(?:E\\\\s{1,8})?ImportError: libpq library not found/\\n/ImproperlyConfigured: Error loading psycopg2? (?:or psycopg )?module/\\n/ConnectionTimeout: connection timeout expired/\\n/Can't create a connection to host (?<host>[\\\\w.:-]{1,255}) and port (?<port>\\\\d{1,5}) \\\\(timeout is/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:MySQL )?server on '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error loading the '(?:mysql2|trilogy)' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError(?!: No (?:primary|replica set members|servers|mongoses) (?:available for (?:writes|replica set name)|match selector))|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|NoLivingConnectionsError/\\n/Elastic::Transport::Transport::Error: (?:Failed to open TCP connection to |Connection refused|Couldn't connect to server|Failed to connect to )/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Can't open lib '(?:ODBC Driver \\\\d{1,2} for SQL Server|[^'\\\\n]{0,200}(?:libmsodbcsql|libtdsodbc)[^'\\\\n]{0,100})' : file not found/\\n/Dalli::RingError\\\\b/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/NoHostAvailable(?:Error|Exception)?:(?![^\\\\n]{0,2000}AuthenticationFailed\\\\()/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version: [^\\\\n]{0,300}?(?:FileNotFoundError|ConnectionRefusedError|PermissionError|Connection refused|No such file or directory|Permission denied|WaitNamedPipe|CreateFile|The system cannot find the file specified)/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/(?<!sqlite3?\\\\.)OperationalError\\\\)? (?!.{0,80}unable to open database file).{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[19,25,29,30,31,32,33,42,51,53,56,57,155,220,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,414,417,419,420,421,422,423,424,425,428,429,430,432],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,61,49,91,93,74,96,33,10008,63,90,36,56,54,55,123,50,47,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":8,"quiet":12098,"states":13611,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAADJygYABgAAAKEuAgAHAAAAbJUHAAgAAAAi+QEACQAAAL2LAAAKAAAAAUcAAAsAAAD9NwkADAAAAO2QAAANAAAAqxcAAA4AAAC2hQEADwAAACKtAAAQAAAA7yUAABEAAAABkwEAEgAAABQJAAATAAAAKuwBABQAAAAEYQMAFQAAADQaAgAWAAAAShIBABcAAADOBAIAGAAAANMbAgAZAAAANQ4CABoAAACNJQIAGwAAAIKpAgAcAAAAMeQCAB0AAAAAAAAAHgAAAF15DQAfAAAAkAgBACAAAAAGUAIAIQAAAAAAAAAiAAAA4NIBACMAAACS8AAAJAAAAFR+BAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAAWqQMACkAAAAAAAAAKgAAAM6xAQArAAAA2NgCACwAAABXwgEALQAAAEy0CgAuAAAAAAAAAC8AAABEAAIAMAAAAAAAAAAxAAAAkFQCADIAAAC06A4AMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAANGaCwA9AAAAMaULAD4AAADljg4APwAAAPe9DABAAAAAAAAAAEEAAACdvgwAQgAAAAAAAABDAAAAr98MAEQAAACM5AwARQAAAB7AEABGAAAAfP4MAEcAAAB7Cg0ASAAAAI0rDQBJAAAA4CsNAEoAAAAzLA0ASwAAAFs+DQBMAAAAP0INAE0AAAD2bw0ATgAAAMnsDQBPAAAAHO0NAFAAAACm8Q0AUQAAAA7oDgBSAAAAYegOAFUAAACmAAAAVgAAAMjrAwBYAAAAMqcJAFkAAAAIPwEAXAAAAE2bAABeAAAA6DMKAF8AAACrhQgAZwAAAGseAgBqAAAAPucDAHAAAAChPAAAqQAAAPkAAACzAAAA1AgDALUAAADe/goA/AAAAGZSDwBRAQAAnwEAAKUBAADyAQAA+QEAAEUCAABNAgAAmAIAAJoCAADrAgAA9AIAAD4DAABIAwAAkQMAAJwDAADkAwAA8AMAADcEAABEBAAAigQAAJQEAADdBAAA6wQAADAFAAA/BQAAgwUAAIUFAADWBQAA4AUAACkGAAA3BgAAfAYAAIEGAADPBgAA3AYAACIHAAAqBwAAdQcAAIUHAADIBwAAygcAABsIAAApCAAAbggAAH8IAAC5Ug8AyAgAAAxTDwAWCQAAEDENABwJAABnCQAAKQkAADTbCgAtCQAAhiwNADAJAACFoAoAbgkAALoJAAB0CQAAtuwKAL8JAAANCgAAGQoAAGAKAABjCgAAswoAALsKAAAGCwAAEwsAAFkLAABeCwAArAsAALYLAAD/CwAABwwAAFIMAABeDAAApQwAAGEMAACcFwIAuAwAAPgMAAAGDQAASw0AAE4NAACeDQAAqA0AAF9TDwDzDQAAJ3EAAPQNAABtswEA9g0AAEQOAAD6DQAAlN4LAPsNAAA6eAIA/A0AABkSAgD9DQAA1B0AAP4NAACPEw0A/w0AADmLAQAADgAAqS8AAAIOAACmPgMABQ4AAO7JAgAODgAA+8wDABEOAACWEg0ASg4AAJcOAABTDgAAkcQIAJ0OAADqDgAA/g4AAD0PAABSDwAAkA8AAJgPAADjDwAA7Q8AADYQAAA7EAAAiRAAAI4QAADcEAAA5BAAAC8RAABFEQAAghEAAIQRAADVEQAA4hEAACgSAAA8EgAAexIAAIMSAADOEgAA3RIAACETAAAyEwAAdBMAAIITAADHEwAA0xMAABoUAAAnFAAAbRQAAHcUAADAFAAAwxQAABMVAAAbFQAAZhUAAGgVAAC5FQAAyhUAAAwWAAASFgAAXxYAAGsWAACyFgAAtBYAAAUXAAAMFwAAWBcAAGwXAACyUw8ArBcAAC0TDwCtFwAAmTsCALAXAAD+FwAAtBcAABXvAQC5FwAAcC4DAAAYAABXyQAAARgAAOdNCAAFGAAA3WQKAAYYAABRGAAACBgAAHc7AQAJGAAA3hMIAAsYAAA3JgcADRgAAKhBCwAPGAAAyNYGABQYAADCQQIAFxgAAA56BgBSGAAApBgAAFQYAACPRAYAVxgAAGdiCwC7GAAA9xgAAA8ZAABKGQAAVRkAAJ0ZAAC2GQAA8BkAAPIZAABDGgAAXRoAAJYaAAClGgAA6RoAAO4aAAA8GwAASRsAAI8bAACfGwAA4hsAAOobAAA1HAAAQRwAAIgcAACVHAAA2xwAAOUcAAAuHQAANB0AAIEdAACVHQAABVQPANodAAAnHgAA3h0AAEuyDADrHQAA93ELAEIeAAB6HgAAhh4AAM0eAADTHgAAIB8AACMfAACvEAYAKB8AAHMfAAB2HwAAGzEGAHofAADGHwAAfh8AAIntBACBHwAAFJoDAMsfAAAZIAAAJSAAAGwgAABvIAAAvyAAAMcgAAASIQAAHyEAAGUhAABqIQAAuCEAAMIhAAALIgAAEyIAAF4iAABhIgAAsSIAALoiAAAEIwAABSMAAFcjAABYIwAAqiMAAK8jAAD9IwAAAyQAAFAkAABaJAAAoyQAAKskAAD2JAAA+SQAAEklAABMJQAAnCUAAK0lAABYVA8A8SUAAI+6AQD0JQAAg7ELAPglAAAUoA4A+yUAAEImAAD9JQAAOa0IAFomAACVJgAAmCYAAOgmAAD0JgAAOycAAEgnAACOJwAAlScAAOEnAADjJwAANCgAAD0oAACHKAAAkSgAANooAADlKAAALSkAAEkpAACAKQAAiCkAAKtUDwDYKQAAJioAAC4qAAB5KgAAeioAAMwqAADOKgAAHysAACIrAAByKwAAdSsAAP5UDwDKKwAAGCwAAB4sAABrLAAAciwAAL4sAADGLAAAES0AABQtAABkLQAAbS0AALctAAC4LQAACi4AAAsuAABdLgAAbi4AALAuAAC+LgAAAy8AAA8vAABWLwAAXS8AAFFVDwCvLwAA/C8AAP4vAABPMAAAZTAAAKIwAACqMAAA9TAAAPcwAABIMQAAUTEAAJsxAAClMQAA7jEAAPkxAABBMgAATTIAAJQyAAChMgAA5zIAAPEyAAA6MwAASDMAAI0zAACcMwAA4DMAAOIzAAAzNAAAPTQAAIY0AACUNAAA2TQAAN40AAAsNQAAOTUAAH81AACHNQAA0jUAANg1AAAlNgAAMTYAAHg2AACVNgAAyzYAANQ2AAAeNwAALDcAAHE3AAB3NwAAxDcAANA3AAAXOAAAGjgAAGo4AAByOAAAvTgAAM44AAAQOQAAHjkAAGM5AAB8OQAAtjkAALc5AAAJOgAAJjoAAKRVDwBhOgAArzoAALU6AAACOwAACjsAAFU7AABeOwAAqDsAAKs7AAD7OwAABzwAAE48AABUPAAASlYPAL08AAD0PAAA/DwAAJ1WDwBKPQAAmj0AAKs9AADtPQAA9T0AAEA+AABOPgAAkz4AAJY+AADmPgAA7j4AADk/AABGPwAAjD8AAJE/AADfPwAA6T8AADJAAAA6QAAAhUAAAJFAAADYQAAA5UAAACtBAAAtQQAAfkEAAJdBAADRQQAA4kEAACRCAAAwQgAAd0IAAH5CAADKQgAA0kIAAB1DAAAiQwAAcEMAAH1DAADDQwAAy0MAABZEAAAgRAAAaUQAAHREAAC8RAAAyEQAAA9FAAAXRQAA8FYPAG5FAAC1RQAAu0UAAAhGAAAjRgAAW0YAAGdGAACuRgAAtEYAAENXDwAGRwAAXCwCAAdHAAAyHQUACEcAAOt3BwAMRwAAVEcAAA1HAAAjWwoAD0cAAP/hBQAVRwAAcDUCAFpHAABbig4AYEcAAKdHAACtRwAAqW0DAK9HAACWVw8ABkgAAE1IAABTSAAAoEgAALtIAADzSAAA/0gAAEZJAABMSQAAmUkAAKFJAADsSQAA8kkAAD9KAABLSgAAkkoAAK9KAADlSgAA7koAADhLAABESwAAi0sAAI5LAADeSwAA6EsAADFMAAA9TAAAhEwAAItMAADXTAAA30wAACpNAAArTQAA/14AAC1NAAB9TQAAjE0AANBNAADWTQAAI04AACVOAAB2TgAAjE4AAMlOAADnTgAAHE8AADVPAABvTwAAcU8AAMJPAADFTwAAFVAAACFQAABoUAAAb1AAALtQAADDUAAADlEAABBRAABhUQAAalEAALRRAAC+UQAAB1IAABJSAABaUgAAZlIAAK1SAAC6UgAAAFMAAApTAABTUwAAYVMAAKZTAAC1UwAA+VMAAPtTAABMVAAAVlQAAJ9UAACtVAAA8lQAAPdUAABFVQAAUlUAAJhVAACtVQAA61UAAPNVAAA+VgAAV1YAAJFWAACaVgAA5FYAAO5WAAA3VwAAP1cAAIpXAACXVwAA3VcAAOJXAAAwWAAAOFgAAINYAACEWAAA1lgAANhYAAApWQAALFkAAHxZAAB/WQAA6VcPANRZAAAiWgAAKFoAAHVaAAB8WgAAyFoAANBaAAAbWwAAH1sAAG5bAABwWwAAwVsAAMRbAAAUXAAAHFwAAGdcAABoXAAAulwAAMBcAAANXQAAEl0AAGBdAAB7XQAAs10AAMFdAAAGXgAADV4AAFleAABlXgAArF4AALNeAAA8WA8AAV8AAFJfAABVXwAApV8AAKhfAACPWA8A/V8AAEtgAABRYAAAnmAAAKVgAADxYAAAD2EAAERhAABdYQAAl2EAAJlhAADqYQAA7WEAAD1iAABJYgAAkGIAAJdiAADjYgAA62IAADZjAAA4YwAAiWMAAJJjAADcYwAA5mMAAC9kAAA6ZAAAgmQAAI5kAADVZAAA4mQAAChlAAAyZQAAe2UAAIllAADOZQAA3WUAACFmAAAjZgAAdGYAAH5mAADHZgAA1WYAABpnAAAfZwAAbWcAAHpnAADAZwAA1WcAABNoAAAbaAAAZmgAAH9oAAC5aAAAwmgAAAxpAAAWaQAAX2kAAGdpAACyaQAAv2kAAAVqAAAKagAAWGoAAGBqAACragAArGoAAP5qAAAAawAAUWsAAFRrAACkawAAp2sAAOJYDwD8awAASmwAAFBsAACdbAAApGwAAPBsAAD4bAAAQ20AAEdtAACWbQAAmG0AAOltAADsbQAAPG4AAERuAACPbgAAkG4AAOJuAADobgAANW8AADpvAACIbwAAo28AANtvAADpbwAALnAAADVwAACBcAAAjXAAANRwAADbcAAANVkPACpxAAB6cQAAi3EAAM1xAADVcQAAu5wBAOlxAAAgcgAAKHIAAIhZDwCCcgAAxnIAAMxyAAAZcwAAG3MAAGxzAACCcwAAv3MAAN1zAAASdAAAFXQAAGV0AABxdAAAuHQAAL50AAALdQAAJnUAAF51AABqdQAAsXUAALd1AAAEdgAAInYAAFd2AABndgAAqnYAALh2AAD9dgAAA3cAAFB3AABTdwAAo3cAAK13AAD2dwAAFHgAAEl4AABfeAAAnHgAAKh4AADveAAA8ngAAEJ5AABFeQAAlXkAAJd5AADoeQAA/3kAADt6AABHegAAjnoAAKp6AADhegAA6XoAANtZDwBFewAAh3sAAJV7AADaewAA5nsAAC18AAA6fAAAgHwAAIp8AADTfAAA23wAACZ9AAAnfQAAeX0AAHt9AADMfQAAz30AAB9+AAAifgAALloPAHd+AADFfgAAy34AABh/AAAffwAAa38AAHN/AAC+fwAA1H8AABGAAAAagAAAZIAAAGeAAAC3gAAAwYAAAAqBAAASgQAAXYEAAHaBAACwgQAAvIEAAAOCAAALggAAgVoPAF6CAACpggAArIIAAPyCAAAGgwAAT4MAAFWDAACigwAAsIMAAPWDAAAChAAASIQAAF+EAADUWg8AnIQAAFYgDgCehAAA/rYBAKGEAACPYAIAooQAAKdpBwCjhAAApikGAKSEAACIwgAApYQAAN49AgCohAAAz/cNAKqEAADuhAAArIQAAJ4oCACxhAAAeVMGALKEAABplgwA+IQAAKcICQD9hAAAQYUAAE2FAACUhQAAlYUAAIitAwCXhQAA54UAAOqFAAA6hgAAQYYAAGKRAQBChgAAjYYAAFKGAAD8KAEAlIYAAOCGAADshgAAM4cAAECHAACGhwAAlIcAANmHAADlhwAALIgAADOIAAB/iAAAh4gAANKIAADiiAAAJYkAACqJAAB4iQAAfokAAMuJAADTiQAAHooAACeKAABxigAAdIoAAMSKAADQigAAF4sAAB2LAAAnWw8AiYsAAHpbDwDKiwAAEIwAABKMAAA3/QAAE4wAAEeCAgAXjAAAbawCABuMAADKmwsAHIwAAMvVAQAfjAAAoZULACmMAADAWQIAMIwAAGOMAABwjAAAtowAALuMAAAJjQAADY0AAFyNAABpjQAAr40AALeNAAACjgAAuo0AAGNGCgAJjgAAVY4AABGOAABkawMAV44AAKiOAACyjgAA+44AAP2OAABOjwAAZ48AAKGPAACjjwAA9I8AAPePAABHkAAAU5AAAJqQAACikAAAzVsPAPOQAABAkQAA9ZAAAEAaEQD8kAAAk2cGAP6QAADKvgYAAJEAAK1LAQAJkQAA2noMAEaRAACa4wAAWJEAAJORAACVkQAA5pEAAKCRAAAApgAArJEAALyXAAD1kQAAOZIAAEiSAACMkgAAmJIAAN+SAADikgAAMpMAADWTAACFkwAAnZMAANiTAADfkwAAK5QAADeUAAB+lAAAi5QAANGUAADflAAAJJUAADCVAAB3lQAAfpUAAMqVAADilQAAHZYAACmWAABwlgAAdpYAAMOWAADJlgAAFpcAABuXAABplwAAb5cAAHNcDwC+lwAAD5gAABaYAABimAAAepgAALWYAAC8mAAACJkAACGZAABbmQAAc5kAAK6ZAAC6mQAAAZoAAAeaAABUmgAAWpoAAKeaAACsmgAA+poAAACbAADGXA8AZpsAAKCbAACxmwAA85sAAAGcAABGnAAAVZwAAJmcAAChnAAA7JwAAAydAAA/nQAAS50AAJKdAACmnQAA5Z0AAO2dAAA4ngAAPp4AAIueAACXngAA3p4AAOieAAAxnwAAN58AAISfAACSnwAA158AAOOfAAAqoAAARaAAAH2gAAB/oAAA0KAAAOGgAAAjoQAAK6EAAHahAACEoQAAyaEAAMyhAAAcogAAJKIAAG+iAAB8ogAAwqIAAMeiAAAVowAAH6MAAGijAABwowAAu6MAAL2jAAAOpAAAH6QAAGGkAABypAAAtKQAALmkAAAHpQAAC6UAAFqlAABmpQAAraUAALSlAAAZXQ8ABaYAAFOmAABdpgAApqYAAL6mAAD5pgAA/KYAAEynAABVpwAAn6cAAKCnAADypwAA86cAAEWoAABKqAAAmKgAAJ6oAADrqAAA9agAAD6pAABKqQAAkakAAJipAADkqQAA/KkAADeqAAA5qgAAiqoAAJOqAADdqgAA56oAADCrAAA7qwAAg6sAAJurAADWqwAA7KsAACmsAAAurAAAfKwAAIOsAADPrAAA26wAAGxdDwAkrQAAsq4CACetAACbfQEAK60AABo9BgAtrQAAQ+IHADOtAAB1rQAAd60AAElqAgCDrQAAyK0AANStAAAbrgAA160AAIVbCAAorgAAbq4AAHiuAADBrgAAwq4AAJ0DDwDJrgAAFK8AABuvAABnrwAAL68AAM+lAQBsrwAAuq8AAMavAAANsAAAELAAAGCwAABosAAAs7AAAMCwAAAGsQAAC7EAAFmxAABjsQAArLEAALSxAAD/sQAAArIAAFKyAABbsgAApbIAAKayAAD4sgAA+bIAAEuzAABQswAAnrMAAKSzAADxswAA+7MAAES0AABMtAAAl7QAAJm0AADqtAAA87QAAD21AABHtQAAkLUAAJu1AADjtQAA77UAADa2AABDtgAAibYAAJO2AADctgAA6rYAAC+3AAA+twAAgrcAAIS3AADVtwAA37cAACi4AAA2uAAAe7gAAIC4AADOuAAA27gAACG5AAApuQAAdLkAAHW5AADHuQAAzbkAABq6AAAfugAAbboAAHe6AADAugAAxboAABO7AAAiuwAAZrsAAGu7AAC5uwAAyrsAAAy8AAAUvAAAX7wAAGW8AACyvAAAvrwAAAW9AAAivQAAWL0AAGG9AACrvQAAt70AAP69AAABvgAAUb4AAFu+AACkvgAAsL4AAPe+AAD+vgAASr8AAFK/AACdvwAAtr8AAPC/AAAEwAAAQ8AAAEvAAACWwAAAmcAAAOnAAAD1wAAAPMEAAELBAACPwQAAqsEAAOLBAADuwQAANcIAADvCAAC/XQ8AksIAANvCAADmwgAALsMAADbDAABd1AAAOsMAAIHDAACOwwAA1MMAAN7DAAAnxAAANcQAAHrEAACJxAAAzcQAAM/EAAAgxQAAKsUAAHPFAACBxQAAxsUAAMvFAAAZxgAAJsYAAGzGAAB0xgAAv8YAAHzGAADadAEAwMYAABLHAADDxgAAWGMBAM/GAAAqmQEAI8cAAGXHAABuxwAAuMcAAM/HAAALyAAAGcgAAF7IAABryAAAscgAALnIAAAEyQAAI8kAABJeDwBgyQAAqskAALTJAAD9yQAACMoAAGVeDwBSygAAo8oAAKzKAAD2ygAAAMsAAEnLAABUywAAnMsAAKjLAADvywAA/MsAAELMAABMzAAAlcwAAKPMAADozAAA98wAADvNAAA9zQAAjs0AAJjNAADhzQAA780AADTOAAA5zgAAh84AAJTOAADazgAA4s4AAC3PAAAzzwAAgM8AAIzPAADTzwAA8M8AACbQAAAv0AAAedAAAIfQAADM0AAA0tAAAB/RAAAr0QAActEAAHnRAAC4Xg8Ax9EAAI4ZAgDL0QAAGNIAAB3SAABr0gAAJtIAAHyQBAB40gAAvtIAANXSAAAR0wAAEtMAAGTTAABm0wAAt9MAALrTAAAK1AAADdQAAAtfDwB+1AAAsNQAALHUAAAD1QAABdUAAFbVAABZ1QAAqdUAAKzVAABeXw8AAdYAAE/WAABV1gAAotYAAKnWAAD11gAAF9cAAEjXAABQ1wAAm9cAAKrXAADu1wAA8NcAAEHYAABS2AAAlNgAAKXYAADn2AAA89gAADrZAABB2QAAjdkAAJXZAADg2QAA5NkAADPaAABB2gAAhtoAAJDaAADZ2gAA5NoAACzbAAAx2wAAf9sAAIjbAADS2wAA3NsAACXcAAAt3AAAeNwAAHrcAADL3AAA2NwAAB7dAAAy3QAAcd0AAHndAADE3QAAxd0AABfeAAAZ3gAAat4AAG3eAAC93gAAwN4AALFfDwAV3wAAY98AAGnfAAC23wAAvd8AAAngAAAR4AAAXOAAAGvgAACv4AAAtOAAAALhAAAP4QAAVeEAAGXhAACo4QAAtuEAAPvhAAAS4gAATuIAAFfiAACh4gAAp+IAAPTiAAAA4wAAR+MAAE7jAAAEYA8An+MAAKLIAgCi4wAA7eMAAKfjAACOjgkA/OMAAEDkAABR5AAAk+QAAKHkAADm5AAA8uQAADnlAABG5QAAjOUAAJblAADf5QAA5+UAADLmAAA15gAAheYAAJHmAADY5gAA5eYAACvnAAA15wAAfucAAIbnAADR5wAA0+cAACToAAAt6AAAd+gAAIHoAADK6AAA1egAAB3pAAAy6QAAcOkAAHjpAADD6QAA3OkAABbqAAAf6gAAaeoAAHPqAAC86gAAxOoAAA/rAAAc6wAAYusAAGfrAAC16wAAvesAAAjsAAAJ7AAAW+wAAF3sAACu7AAAsewAAAHtAAAE7QAAV2APAFntAACn7QAAre0AAPrtAAAB7gAATe4AAFXuAACg7gAAru4AAPPuAAD27gAARu8AAE7vAACZ7wAAnO8AAOzvAAD47wAAP/AAAEnwAACqYA8Ak/AAAOoGDQCU8AAA5fAAAJXwAABSuAsAnPAAAC8JDQCd8AAAKO8EAKHwAAAaBgIAovAAAMBtCwC28AAAOOoBAO7wAAA48QAAQvEAAIvxAACW8QAA3vEAAOrxAAAx8gAAPvIAAITyAACO8gAA1/IAAOXyAAAq8wAAOfMAAH3zAAB/8wAA0PMAANrzAAAj9AAAMfQAAHb0AAB79AAAyfQAANb0AAAc9QAALPUAAG/1AABx9QAAwvUAAND1AAAV9gAAJvYAAP1gDwBv9gAAUGEPAMP2AACjYQ8AF/cAAGH3AABr9wAAtPcAAL/3AAAH+AAAE/gAAFr4AABn+AAArfgAALf4AAAA+QAADvkAAFP5AABi+QAApvkAAKj5AAD5+QAAA/oAAEz6AABa+gAAn/oAAKT6AADy+gAA//oAAEX7AABN+wAAmPsAAKj7AADr+wAA7fsAAD78AABM/AAAkfwAAKL8AAD2YQ8A6/wAAEliDwBQ/QAAiv0AAJv9AADd/QAA6f0AADD+AAA4/gAAnGIPAIj+AADW/gAA3v4AACn/AAAr/wAAfP8AAC7/AADtXwcAOP8AAJHgBACF/wAAz/8AAIv/AABz2QkA2f8AACIAAQAtAAEAdQABAIEAAQDIAAEA1QABABsBAQAlAQEAbgEBAHwBAQDBAQEA0AEBABQCAQAWAgEAZwIBAHECAQC6AgEAxgIBAA0DAQAVAwEA72IPAGMDAQCzAwEAwQMBAAYEAQATBAEAWQQBAHAEAQCsBAEAtAQBAP8EAQAVBQEAUgUBAF4FAQClBQEAtAUBAPgFAQADBgEASwYBAE0GAQCeBgEAqwYBAPEGAQD/BgEARAcBAEcHAQCXBwEArQcBAOoHAQDyBwEAPQgBAE8IAQBCYw8AmAgBALs0BACdCAEAD0QMAJ8IAQDjCAEA6AgBADYJAQA9CQEAiQkBAJUJAQDcCQEA6QkBAC8KAQAxCgEAggoBAJgKAQDVCgEA4QoBACgLAQBHCwEAewsBAJcLAQDOCwEA1gsBAJVjDwAjDAEAdAwBAH0MAQDHDAEA0QwBABoNAQAlDQEAbQ0BAHkNAQDADQEAzQ0BABMOAQAdDgEAZg4BAHQOAQC5DgEAyA4BAAwPAQAODwEAXw8BAGkPAQCyDwEAwA8BAAUQAQAKEAEAWBABAGUQAQCrEAEAuxABAP4QAQAAEQEAUREBAF8RAQCkEQEAtREBAOhjDwD+EQEAO2QPAEwSAQCHWAUATxIBAJ0SAQBTEgEAsM0BAFYSAQD2mQcAWBIBABSoAQBeEgEA/QAFAKQSAQANvQoAqhIBAPASAQAHEwEAQxMBAEgTAQCWEwEAmRMBAOkTAQCgEwEAdxgGALITAQDXIgYA7hMBAFQdBgD1EwEAPBQBAEIUAQA7IAEASxQBAI8UAQCYFAEA4hQBAOgUAQA1FQEAQxUBAIgVAQCSFQEA2xUBAO8VAQAuFgEAOhYBAIEWAQCUFgEA1BYBAOMWAQAnFwEAMxcBAHoXAQB7FwEAzRcBANcXAQAgGAEALhgBAHMYAQB4GAEAxhgBANMYAQDhZA8ALBkBAGwZAQB7GQEAvxkBAMsZAQASGgEAExoBAGUaAQBvGgEAuBoBAMYaAQALGwEAEBsBAF4bAQBrGwEA2mUPALMbAQAEHAEADRwBAFccAQBhHAEAqhwBALUcAQD9HAEACR0BAFAdAQBdHQEAox0BAK0dAQD2HQEABB4BAEkeAQBYHgEAnB4BAJ4eAQDvHgEA+R4BAEIfAQBQHwEAlR8BAKIfAQDoHwEA/x8BAC1mDwBWIAEAjiABAJogAQDhIAEA5yABADQhAQBAIQEAhyEBAI0hAQDaIQEA4CEBAC0iAQAyIgEAgCIBAIYiAQCAZg8A3CIBACYjAQAwIwEAeSMBAIQjAQDMIwEA2CMBAB8kAQAsJAEAciQBAHwkAQDFJAEA0yQBABglAQAnJQEAayUBAG0lAQC+JQEAyCUBABEmAQAfJgEAZCYBAGkmAQC3JgEAxCYBAAonAQASJwEAXScBAG0nAQCwJwEAsicBAAMoAQARKAEAVigBAGcoAQB5Zw8AsCgBAMxnDwACKQEATykBAFspAQCiKQEAsikBAPUpAQD+KQEASCoBAEsqAQCbKgEApyoBAO4qAQD1KgEAQSsBAEkrAQCUKwEAsisBAOcrAQDvKwEAOiwBAEssAQCNLAEAkiwBAOAsAQD3LAEAMy0BAEEtAQCGLQEAky0BANktAQDhLQEALC4BADAuAQB/LgEAgS4BANIuAQDVLgEAJS8BAC0vAQB4LwEAfi8BAMsvAQDXLwEAHjABAC4wAQBxMAEAejABAMQwAQDHMAEAFzEBACMxAQBqMQEAcTEBAB9oDwDGMQEAEDIBABMyAQBjMgEAcTIBALYyAQDDMgEACTMBACAzAQBcMwEAZDMBAK8zAQCxMwEAAjQBAAs0AQBVNAEAXzQBAKg0AQCzNAEA+zQBAAc1AQBONQEAWzUBAKE1AQCrNQEA9DUBAAI2AQBHNgEAVjYBAJo2AQCcNgEA7TYBAPc2AQBANwEATjcBAJM3AQCYNwEA5jcBAPM3AQA5OAEAQTgBAIw4AQCiOAEA3zgBAOs4AQAyOQEAQTkBAIU5AQCQOQEA2DkBANo5AQArOgEAODoBAH46AQCMOgEA0ToBANQ6AQAkOwEAOjsBAHJoDwB/OwEAehACAIU7AQBqfQIAjzsBAMo7AQDMOwEAHTwBAC48AQBwPAEAgTwBAMM8AQDIPAEAFj0BABo9AQBpPQEAdT0BALw9AQDDPQEADz4BABc+AQBiPgEAgD4BALU+AQC9PgEAxWgPAA0/AQBbPwEAXD8BAEkdDQBqPwEAH9cLAHQ/AQCuPwEAsD8BAAFAAQAaQAEAVEABAGVAAQCnQAEAs0ABAPpAAQD8QAEATUEBAFZBAQCgQQEAXEEBACNHAQCqQQEA80EBAP5BAQBGQgEAUkIBAJlCAQCmQgEA7EIBAPZCAQA/QwEATUMBAJJDAQChQwEA5UMBAOdDAQA4RAEAQkQBAItEAQCZRAEA3kQBAONEAQAxRQEAPkUBAIRFAQCQRQEA10UBAN1FAQAqRgEAMEYBAH1GAQCCRgEA0EYBANZGAQAYaQ8AMkcBAHZHAQCCRwEAyUcBAMxHAQAcSAEAH0gBAG9IAQB2SAEAwkgBAM5IAQAVSQEAIkkBAGhJAQB2SQEAu0kBAMdJAQAOSgEAFUoBAGtpDwBnSgEAtEoBALpKAQAHSwEADEsBAFpLAQBgSwEAvmkPAK5LAQDB+gEAt0sBALRXCwC5SwEAN0EPALtLAQAK2gsAvEsBAABMAQAMTAEAU0wBAFRMAQCmTAEAX0wBAJrpCwCwTAEA+UwBAAdNAQBMTQEAUU0BAJ9NAQCsTQEAEWoPAPRNAQDlowsAAE4BAJOXCwAVTgEAZGoPAGtOAQCYTgEAv04BAOtOAQAPTwEAPk8BAEZPAQC3ag8AnU8BAORPAQDmTwEAN1ABADpQAQCKUAEAj1ABAN1QAQDqUAEAMFEBAExRAQCDUQEAi1EBAAprDwDfUQEAKVIBAONRAQDjWwEALFIBAHxSAQCIUgEAz1IBANVSAQAiUwEAL1MBAHVTAQB3UwEAyFMBAN5TAQAbVAEAJ1QBAG5UAQB2VAEAXWsPAMdUAQAUVQEAHFUBAGdVAQBoVQEAulUBALxVAQANVgEAEFYBAGBWAQBjVgEAsGsPALhWAQAGVwEADFcBAFlXAQBgVwEArFcBALRXAQD/VwEADFgBAFJYAQBXWAEApVgBAK9YAQD4WAEAAFkBAEtZAQBNWQEAnlkBAK9ZAQDxWQEAAloBAERaAQBJWgEAl1oBAJtaAQDqWgEA9loBAD1bAQBEWwEAkFsBAKJbAQADbA8A6FsBADZcAQA+XAEAiVwBAItcAQDcXAEA61wBAC9dAQA+XQEAgl0BAI5dAQDVXQEA2F0BACheAQArXgEAe14BAINeAQDOXgEA2F4BACFfAQAmXwEAdF8BAHxfAQDHXwEA0V8BABpgAQAlYAEAbWABAHtgAQDAYAEAw2ABABNhAQAbYQEAZmEBAIFhAQC5YQEAxGEBAAxiAQARYgEAX2IBAGJiAQCyYgEAvGIBAAVjAQAXYwEAVmwPAGZjAQCrYwEAtWMBAP5jAQAJZAEAUWQBAFlkAQCkZAEAqmQBAPdkAQD5ZAEASmUBAGNlAQCdZQEAtmUBAPBlAQD+ZQEAQ2YBAE1mAQCWZgEArGYBAOlmAQAGZwEAPGcBAERnAQCPZwEAn2cBAOJnAQDkZwEANWgBAENoAQCIaAEAmWgBAKlsDwDiaAEA/GwPAC9pAQCBaQEAkmkBANRpAQDgaQEAJ2oBAClqAQB6agEAfWoBAM1qAQDZagEAIGsBAChrAQCibQ8AfmsBAMZrAQDSawEAGWwBAChsAQBsbAEAjGwBAL9sAQDHbAEAEm0BACZtAQBlbQEAam0BALhtAQDBbQEAC24BABFuAQBebgEAZm4BALFuAQDAbgEABG8BAAlvAQBXbwEAZG8BAKpvAQC3bwEA/W8BAAlwAQBQcAEAX3ABAKNwAQCtcAEA9nABAARxAQBJcQEATnEBAJxxAQCpcQEA73EBAPdxAQBCcgEARXIBAJVyAQChcgEA6HIBAPJyAQA7cwEARXMBAI5zAQCccwEA4XMBAO5zAQA0dAEAS3QBAId0AQCKdAEA9W0PANx0AQAtdQEAO3UBAIB1AQCRdQEASG4PANp1AQCbbg8ARXYBAHl2AQCJdgEAzHYBAM52AQAfdwEALXcBAHJ3AQCDdwEA7m4PAMx3AQBBbw8AHXgBAGt4AQBzeAEAvngBAMB4AQAReQEAGnkBAGR5AQBueQEAt3kBAMJ5AQAKegEAFnoBAF16AQBqegEAsHoBALp6AQADewEAEXsBAFZ7AQBlewEAqXsBAKt7AQD8ewEABnwBAE98AQBbfAEAonwBAKp8AQDnbw8A+nwBAEh9AQBQfQEAOnAPAKJ9AQDufQEApH0BAIC6AwCofQEAbqACAKx9AQAUrgwAsX0BAHnJAQD6fQEAQX4BAF1+AQBRCQ4AaX4BAJR+AQC6fgEA534BABB/AQA6fwEAYH8BAI1/AQCzfwEA4H8BAOh/AQAzgAEAXYABAIaAAQCfgAEA2YABANuAAQAsgQEAM4EBAH+BAQCHgQEA0oEBAOGBAQAlggEAK4IBAHiCAQCEggEAy4IBANKCAQAegwEAKoMBAHGDAQB+gwEAxIMBAM6DAQAXhAEAJYQBAGqEAQBshAEAvYQBAM6EAQAQhQEAE4UBAGOFAQCOhQEAjXAPALmFAQCbwgMAwIUBAFTKBQDDhQEACYYBAMaFAQBDGQwAx4UBALWKAgDMhQEAcRsEABCGAQBLUgIAE4YBAMhFAwAYhgEATeYNACSGAQBchgEAXoYBAK+GAQDAhgEAAocBABCHAQBVhwEAXIcBAKiHAQCqhwEA+4cBAK2HAQAmbwIAsIcBADejAQAKiAEATogBAF2IAQChiAEArYgBAPSIAQD3iAEAR4kBAEqJAQCaiQEAuokBAO2JAQD5iQEAQIoBAFSKAQCTigEAoYoBAOaKAQDtigEA4HAPAFCLAQCMiwEAjosBAM13CwCPiwEA1HYLAJmLAQDfiwEA4YsBADKMAQA8jAEAhYwBAEOMAQBeewsAjowBANiMAQDejAEAK40BADeNAQB+jQEAhY0BANGNAQDWjQEAJI4BADCOAQB3jgEAeo4BAMqOAQDXjgEAHY8BACKPAQBwjwEAeo8BAMOPAQDZjwEAFpABABiQAQBpkAEAc5ABALyQAQDLkAEAD5EBABqRAQAzcQ8AbpEBALWRAQDCkQEACJIBABaSAQBbkgEAZ5IBAK6SAQC1kgEAhnEPAAaTAQBUkwEADZMBAJelDgAPkwEAoSAEAFaTAQB2jAMAWZMBANVxCgBrkwEAp5MBALWTAQD6kwEAB5QBAE2UAQBVlAEAoJQBAKqUAQBjWwcAsJQBAPOUAQD1lAEARpUBAFSVAQCZlQEAqpUBANlxDwDzlQEALHIPAESWAQCSlgEAmJYBAOWWAQDtlgEAOJcBAEGXAQCLlwEAjpcBAN6XAQDqlwEAMZgBADeYAQCEmAEAjJgBANeYAQD2mAEA0nIPACyZAQB9mQEAi5kBANCZAQDhmQEAJXMPACqaAQB4cw8Ae5oBAMmaAQDPmgEAHJsBACSbAQBvmwEAeJsBAMKbAQDFmwEAFZwBACGcAQBonAEAbpwBAB50DwC9nAEADp0BABedAQBhnQEAa50BALSdAQC/nQEAB54BABOeAQBangEAZ54BAK2eAQC3ngEAAJ8BAA6fAQBTnwEAYp8BAKafAQConwEA+Z8BAAOgAQBMoAEAWqABAJ+gAQCkoAEA8qABAP+gAQBFoQEATaEBAJihAQCooQEA66EBAO2hAQA+ogEATKIBAJGiAQCiogEAcXQPAOuiAQDEdA8AQKMBAIqjAQCNowEA3aMBAOmjAQAwpAEANqQBAIOkAQCQpAEA1qQBANikAQAppQEAP6UBAHylAQCIpQEAF3UPANulAQAipgEAKKYBAHWmAQB4pgEAyKYBANamAQAbpwEAIKcBAG6nAQB7pwEAwacBAMmnAQBqdQ8AIagBAGeoAQB1qAEAuqgBANCoAQANqQEAFqkBAGCpAQB2qQEAs6kBALupAQAGqgEACaoBAFmqAQBiqgEArKoBAK2qAQD/qgEAAKsBAFKrAQBXqwEApasBAKurAQD4qwEAAqwBAEusAQBXrAEAnqwBAKWsAQDxrAEA+awBAEStAQBGrQEAl60BAJitAQDqrQEA+K0BAD2uAQBFrgEAkK4BAKuuAQDjrgEA764BADavAQA8rwEAia8BAIyvAQDcrwEA6q8BAC+wAQA0sAEAgrABAI+wAQDVsAEA3bABACixAQA2sQEAe7EBAH6xAQC9dQ8A0bEBACGyAQDSsQEAMWAJANqxAQBOUAkA3LEBAJCtDQDhsQEAXNgNACSyAQB0sgEAhbIBAMeyAQDjsgEAGrMBACKzAQAQdg8AfrMBAMCzAQDIswEAE7QBABm0AQBmtAEAa7QBALm0AQDCtAEADLUBABa1AQBftQEAbbUBALK1AQC/tQEABbYBABG2AQBYtgEAW7YBAKu2AQDHtgEAY3YPAAG3AQBRtwEAErcBAGwEBABdtwEApLcBAKq3AQD3twEAAbgBALZ2DwBPuAEAnbgBAKq4AQDwuAEA+LgBACt+DwD8uAEAQ7kBAAC5AQC/vwEADLkBAId6DABJuQEAlrkBAJy5AQDpuQEA7rkBADy6AQBCugEACXcPAJm6AQDGeAsAnboBAOK6AQDzugEAXHcPADy7AQCvdw8AkLsBAAJ4DwDpuwEALrwBADW8AQCBvAEAibwBANS8AQDhvAEAJ70BACy9AQB6vQEAhL0BAM29AQDVvQEAIL4BACa+AQBzvgEAdb4BAMa+AQDUvgEAGb8BABy/AQBsvwEAeL8BAFV4DwDBvwEAEsABACDAAQBlwAEAdsABAKh4DwC/wAEA+3gPABHBAQBewQEAZMEBALHBAQC2wQEABMIBAArCAQBOeQ8AWcIBAKrCAQBgwgEA4H4NAGPCAQB1igUAxcIBAP3CAQD/wgEAUMMBAGrDAQCjwwEAsMMBABVkCQC0wwEA9sMBAPjDAQBJxAEAVsQBAJzEAQCzxAEA78QBAAnFAQBCxQEARMUBAJXFAQBIxQEA0ocMAJjFAQDoxQEA68UBADvGAQBHxgEAjsYBAJTGAQDhxgEA68YBAKF5DwA5xwEAh8cBAJTHAQDaxwEA5scBAC3IAQAzyAEAgMgBAIbIAQDTyAEA2MgBACbJAQAsyQEA9HkPAHrJAQDMyQEAj8kBABbOBADOyQEAH8oBANrJAQCo0wIAJcoBAHLKAQCAygEAxcoBAMjKAQAYywEAHcsBAGvLAQB4ywEAvssBAM7LAQARzAEAE8wBAGTMAQByzAEAt8wBAMjMAQBHeg8AEM0BAF3NAQBpzQEAmnoPAMHNAQADzgEADc4BAFbOAQBkzgEAqc4BAKrOAQD8zgEADc8BAE/PAQBbzwEAos8BALLPAQD1zwEA988BAEjQAQBW0AEAm9ABAKzQAQDteg8A9NABAEHRAQBN0QEAQHsPAJrRAQDn0QEA7dEBADrSAQA/0gEAjdIBAJPSAQDmew8A6NIBADPTAQA90wEAcskNAEzTAQCG0wEAj9MBANnTAQDj0wEALNQBADTUAQB/1AEAg9QBANLUAQDU1AEAJdUBACjVAQB41QEAlNUBADl8DwDe1QEAHtYBAB/WAQBx1gEAfdYBAMTWAQDT1gEAF9cBACHXAQBq1wEAdtcBAL3XAQDE1wEAjHwPABbYAQDxDAwAI9gBAGPYAQBy2AEAttgBAMLYAQAJ2QEACtkBAFzZAQBm2QEAr9kBAL3ZAQAC2gEAB9oBAFXaAQBi2gEAMn0PALDaAQD72gEAB9sBAE7bAQBh2wEAodsBAKLbAQD02wEAANwBAEfcAQBW3AEAmtwBAKTcAQDt3AEA+dwBAEDdAQBH3QEAhX0PAKTdAQDm3QEA8t0BADneAQBJ3gEAjN4BAJbeAQDf3gEA594BADLfAQBa3wEAhd8BAGDfAQAP5AEArd8BANjfAQDg3wEAK+ABADHgAQB+4AEAjOABANHgAQDo4AEAJOEBAC/hAQB34QEAgeEBAMrhAQD34QEAHeIBACXiAQBw4gEAgOIBAMPiAQDF4gEAFuMBACTjAQBp4wEAeuMBAH5+DwDD4wEA0X4PADfkAQBi5AEAauQBALXkAQC75AEACOUBABblAQBb5QEAcuUBAK7lAQC55QEAAeYBAAvmAQBU5gEAgeYBAKfmAQCv5gEA+uYBAArnAQBN5wEAT+cBAKDnAQCu5wEA8+cBAAToAQAkfw8ATegBAHd/DwCb6AEA7OgBAProAQA/6QEAUOkBAMp/DwCZ6QEAHYAPAO3pAQBwgA8AQOoBAMOADwCN6gEA3uoBAOzqAQAx6wEAQusBABaBDwCK6wEA1+sBAOPrAQBpgQ8AM+wBAH3sAQCK7AEA0OwBAN7sAQAj7QEALe0BAHbtAQCQ7QEAye0BAMztAQAc7gEAI+4BAG/uAQCP7gEAwu4BANzuAQC8gQ8AIu8BAGjvAQAm7wEAAEUCACvvAQCYmgIAdu8BALvvAQDF7wEADvABACjwAQBh8AEAcfABALTwAQC68AEAB/EBAAnxAQBa8QEAcPEBAK3xAQC58QEAAPIBAATyAQBT8gEAWPIBAKbyAQCs8gEA+fIBABnzAQBM8wEAZvMBAJ/zAQCh8wEA8vMBAPXzAQBF9AEASPQBAJj0AQCk9AEA6/QBAPH0AQA+9QEASPUBAA+CDwCW9QEA5PUBAPH1AQA39gEAQ/YBAIr2AQCd9gEA3fYBAOz2AQAw9wEAPPcBAIP3AQCE9wEA1vcBAOD3AQAp+AEAN/gBAHz4AQCB+AEAz/gBANz4AQBigg8AI/kBAFT6CgAk+QEAFLULACX5AQAl4gsAJ/kBAFn8DQAo+QEARCIJACn5AQAqpgsALPkBAGa6DAAt+QEAB6sLAC75AQD6pwoAL/kBAIRSCwAw+QEA1CMLADH5AQBsUAUAMvkBAHX5AQA6+QEA6K8QADz5AQAGVg0APvkBALyIDgBF+QEAANwQAEr5AQCyYQ0AYvkBAEq+DABn+QEAfsoQAHf5AQDI+QEAhvkBAGQlDQDW+QEAG/oBACz6AQC1gg8AdfoBAAiDDwDN+gEAFPsBACP7AQBn+wEAcfsBALr7AQDG+wEADfwBAN37AQCBFQ0AFPwBAK6DDwBi/AEAs/wBAMT8AQAG/QEAD/0BAFn9AQBl/QEArP0BAK/9AQD//QEAB/4BAFL+AQBc/gEApf4BAKr+AQD4/gEAAP8BAEv/AQBk/wEAnv8BAKr/AQDx/wEA+f8BAFSEDwBMAAIAp4QPAJoAAgDqAAIA7QACAD0BAgBJAQIAkAECAJYBAgDjAQIA7QECAPqEDwA7AgIAiQICAJYCAgDcAgIA5AICAE2FDwA1AwIAggMCAIgDAgDVAwIA2gMCACgEAgAuBAIAoIUPAIMEAgDzhQ8A0AQCAOxWCgDTBAIAIQUCANoEAgA3EQoAKwUCAHQFAgAwBQIAwhcIAHwFAgDAEwwAkAUCAMcFAgDPBQIARoYPAB8GAgBtBgIAgwYCAMAGAgDBBgIAEwcCABUHAgBmBwIAbAcCALkHAgDFBwIADAgCABMIAgBfCAIAZwgCALIIAgC7CAIABQkCAAgJAgBYCQIAZgkCAKsJAgC4CQIA/gkCABUKAgBRCgIAWQoCAKQKAgCwCgIAnQsCAMwKAgD3CgIAHwsCAEoLAgBuCwIAmYYPALoLAgDwCwIA+QsCAOkMAgABDAIAQwwCAHMMAgCWDAIAugwCAOyGDwDrDAIAPA0CAE0NAgCPDQIAvw0CAOINAgAGDgIAP4cPADsOAgD8WAYAPg4CAIgOAgBBDgIAvxEOAJIOAgDbDgIAlQ4CAMRgBgCWDgIAvsoNAOMOAgAuDwIAMg8CAIEPAgCDDwIA1A8CANcPAgAnEAIAQxACAJKHDwB/EAIAM40LAIQQAgAA/wsAhhACAM0QAgCKEAIAOZ8KAOoQAgAgEQIAKRECAHMRAgB1EQIAxhECANcRAgDlhw8AHhICAGwSAgB1EgIAvxICANASAgASEwIAGRMCAGUTAgBtEwIAuBMCAH8TAgDRMwIAxRMCAF4UAgDHEwIAqhUCANETAgALFAIAFxQCADiIDwBjFAIAsRQCALsUAgAEFQIADBUCAIuIDwBjFQIA3ogPAK8VAgD9FQIAChYCAFAWAgBaFgIAoxYCAKUWAgD2FgIABBcCAEkXAgBWFwIAMYkPAKEXAgDvFwIA/BcCAEIYAgBMGAIAlRgCAJcYAgDoGAIA9hgCADsZAgBIGQIAhIkPAJEZAgBupg0AlBkCAGjuDQCbGQIA4RkCAOsZAgDXiQ8APBoCAIcaAgCJGgIAi+kNAJ4aAgDaGgIAoBoCAH9zAwDfGgIALRsCADcbAgCAGwIAiBsCACqKDwDdGwIAJhwCADIcAgB5HAIAfBwCAMwcAgDWHAIAHx0CADkdAgByHQIAiR0CAMUdAgDKHQIAGB4CADQeAgB9ig8AdR4CAL4eAgB8HgIAPssHAMoeAgARHwIAFB8CAGQfAgBuHwIAtx8CANEfAgAKIAIAECACAF0gAgBfIAIAsCACAL4gAgADIQIABiECAFYhAgBiIQIAqSECAKwhAgD8IQIAHyICANCKDwBRIgIAoiICALAiAgD1IgIA+CICAEgjAgBUIwIAmyMCAJ4jAgAjiw8A+SMCAEEkAgBHJAIAlCQCAJkkAgDnJAIA6yQCADolAgA9JQIAdosPAI4lAgBNmgwAkCUCAOB3DgCTJQIA4CUCAJYlAgC+cA4AlyUCAGoqAgCZJQIA8F0OAJslAgB7Vg4AnCUCAGxkDgCdJQIA9IAOAKQlAgCNjAsApyUCALNVDQDsJQIAMyYCAF8mAgCGJgIAkiYCANkmAgDoJgIALCcCADYnAgB/JwIAgicCANInAgDsJwIAJSgCAC8oAgB4KAIAfSgCAMsoAgDVKAIAHikCACkpAgBxKQIAdykCAMQpAgDJKQIAFyoCABsqAgDJiw8AbyoCAL0qAgB4KgIAO2sOAMcqAgAQKwIAGysCAGMrAgBpKwIAtisCALsrAgAJLAIADSwCAByMDwBhLAIAV7sCAGMsAgA8Ew0AZCwCAHUGDABmLAIA5twNAHYsAgCvLAIAuSwCAAItAgANLQIAVS0CAFstAgCoLQIArS0CAPstAgD/LQIATi4CAHEuAgBvjA8Aoy4CAPQuAgCkLgIAdGwLAKYuAgCi8QgAqi4CABoaCwCtLgIAtTcCAK8uAgBv7Q0AAS8CAEpeAgACLwIARy8CAEovAgCaLwIApi8CAO0vAgAFMAIAQDACAEwwAgCTMAIAmTACAOYwAgDsMAIAOTECAD4xAgCMMQIAkjECAMKMDwDpMQIAMjICAD0yAgCFMgIAizICANgyAgDdMgIAKzMCAC8zAgB+MwIAgTMCABWNDwDbMwIAJDQCAC80AgB3NAIAfTQCAMo0AgDPNAIAHTUCACE1AgBojQ8AcTUCAMM1AgDPNQIAFjYCACI2AgBpNgIAbzYCALw2AgDCNgIADzcCABQ3AgBiNwIAaDcCALuNDwC3NwIAoWwFALw3AgDeewUAxDcCAKl0AgDFNwIACDgCABQ4AgBbOAIAYTgCAK44AgC6OAIAATkCAA45AgBUOQIAYzkCAKc5AgCzOQIA+jkCAAY6AgBNOgIAUzoCAKA6AgCmOgIA8zoCAPg6AgBGOwIATDsCAA6ODwCjOwIAO0IIAK87AgDsOwIAsjsCAGYpCQD4OwIAPzwCAEc8AgCkThAASzwCAJI8AgCYPAIA5TwCAOs8AgA4PQIAPT0CAIs9AgCRPQIAYY4PAOY9AgCcrhAA6D0CADE+AgA3PgIAhD4CAD0+AgA0EwMAkj4CANc+AgDwPgIAKj8CADM/AgB9PwIAhz8CANA/AgDcPwIAI0ACAC9AAgB2QAIAfEACAMlAAgDPQAIAHEECACFBAgBvQQIAdUECALSODwDOQQIAFUICAB9CAgBoQgIAc0ICALtCAgDAQgIADkMCABVDAgBhQwIAbUMCALRDAgC6QwIAB0QCAA1EAgBaRAIAX0QCAK1EAgCzRAIAB48PABFFAgBTRQIAVEUCAKZFAgBZRQIAg0oCAKtFAgD5RQIAB0YCAExGAgBZRgIAn0YCAKlGAgDyRgIA/kYCAEVHAgBLRwIAmEcCAKRHAgDrRwIA/kcCAD5IAgBNSAIAkUgCAJ1IAgDkSAIA5UgCADdJAgBBSQIAikkCAJhJAgDdSQIA4kkCADBKAgA9SgIAWo8PAI9KAgDWSgIA5koCAClLAgA1SwIAfEsCAIJLAgDPSwIA20sCACJMAgAvTAIAdUwCAIRMAgDITAIA1EwCABtNAgAnTQIAbk0CAIFNAgDBTQIA0E0CABROAgAgTgIAZ04CAGhOAgC6TgIAxE4CAA1PAgAbTwIAYE8CAGVPAgCzTwIAwE8CAK2PDwAIUAIA634GABJQAgBZUAIAE1ACAA3ECQAUUAIAo30LAG1QAgCsUAIAuFACAP9QAgAFUQIAUlECAFhRAgClUQIAqlECAPhRAgD+UQIAAJAPAFdSAgCeUgIAq1ICANnMAgCxUgIA8VICAPZSAgAgZAIA+VICALENAwD9UgIARFMCAEpTAgCXUwIAnVMCAOpTAgDvUwIAPVQCAENUAgBTkA8AnFQCAONUAgDpVAIANlUCADtVAgCJVQIAkFUCANxVAgDqVQIAL1YCAEpWAgCCVgIAkFYCANVWAgDYVgIAKFcCADZXAgB7VwIAgFcCAM5XAgDbVwIAIVgCAC1YAgB0WAIAelgCAMdYAgDNWAIAGlkCAB9ZAgBtWQIAc1kCAKaQDwDFWQIAE1oCABxaAgBmWgIAc1oCALlaAgDAWgIADFsCAB1bAgBfWwIAZFsCALJbAgDBWwIABVwCAAdcAgBYXAIAaVwCAKtcAgC3XAIA/lwCAARdAgBRXQIAV10CAKRdAgCpXQIA910CAP1dAgD5kA8AYV4CAJ1eAgCpXgIA8F4CAPxeAgBDXwIASV8CAJZfAgCcXwIA6V8CAO5fAgA8YAIAQmACAEyRDwCVYAIA15ECAKZgAgDiYAIA62ACADVhAgBLYQIAiGECAJRhAgDbYQIA6GECAC5iAgA4YgIAgWICAI1iAgDUYgIA2mICACdjAgAtYwIAemMCAH9jAgDNYwIA02MCAJ+RDwApZAIAc2QCAH1kAgDGZAIAy2QCABllAgApZQIAbGUCAIVlAgC/ZQIAxGUCABJmAgAbZgIAZWYCAHJmAgC4ZgIAv2YCAAtnAgAOZwIAXmcCAGpnAgCxZwIAxGcCAARoAgATaAIAV2gCAGNoAgCqaAIAq2gCAP1oAgAHaQIAUGkCAF5pAgCjaQIAqGkCAPZpAgADagIA8pEPAExqAgCcagIAn2oCAO9qAgD8agIAeDwLAP5qAgBCawIARGsCAJVrAgCYawIA6GsCAPJrAgA7bAIAR2wCAI5sAgChbAIA4WwCAPBsAgA0bQIAQG0CAIdtAgCIbQIA2m0CAORtAgAtbgIAO24CAIBuAgCFbgIA024CAOBuAgBFkg8AJ28CAHlvAgCFbwIAzG8CANJvAgAfcAIAIXACAHJwAgB8cAIAxXACANNwAgAYcQIAHXECAGtxAgB4cQIAvnECAMpxAgARcgIAJHICAGRyAgBzcgIAt3ICAMNyAgAKcwIAC3MCAF1zAgBncwIAsHMCAL5zAgADdAIACHQCAFZ0AgBjdAIAmJIPALJ0AgD8dAIAtXQCAOoNDAACdQIAT3UCAFJ1AgCidQIAsHUCAPV1AgD6dQIASHYCAFV2AgCbdgIAp3YCAO52AgD0dgIAQXcCAEd3AgCUdwIAmXcCAOd3AgDtdwIA65IPADx4AgCNeAIAQXgCAB7cDACceAIA4HgCAAB5AgAzeQIAOHkCAIZ5AgCheQIA2XkCAOV5AgAsegIAMnoCAH96AgCPegIA0noCAON6AgAlewIAKnsCAHh7AgB8ewIAy3sCANd7AgAefAIAJHwCAHF8AgB3fAIAxHwCAMl8AgAXfQIAHX0CAD6TDwB5fQIAU/ENAIB9AgC9fQIAvn0CABB+AgAhfgIAY34CAG9+AgC2fgIAzH4CAAl/AgAVfwIAXH8CAGl/AgCvfwIAuX8CAAKAAgAOgAIAVYACAFyAAgCogAIAtIACAPuAAgABgQIAToECAFSBAgChgQIApoECAPSBAgD6gQIAkZMPAEmCAgDoFw4AUIICAJqCAgCbggIA7YICAO6CAgBAgwIARYMCAJODAgCZgwIA5oMCAPCDAgA5hAIARYQCAIyEAgCThAIA34QCAOSEAgAyhQIAM4UCAIWFAgCRhQIA2IUCAN6FAgArhgIALYYCAH6GAgCIhgIA0YYCAN+GAgAkhwIAKYcCAHeHAgCEhwIAyocCANaHAgAdiAIAMIgCAHCIAgB/iAIAw4gCAM+IAgAWiQIAF4kCAGmJAgBziQIAvIkCAMqJAgAPigIAFIoCAGKKAgBvigIA5JMPAMaKAgAIiwIAFIsCAFuLAgByiwIArosCALCLAgABjAIAEowCAFSMAgBWjAIAp4wCAK2MAgD6jAIAEY0CAE2NAgBWjQIAoI0CALaNAgDzjQIA/40CAEaOAgBTjgIAmY4CAKOOAgDsjgIA+I4CAD+PAgBSjwIAko8CAKGPAgDljwIA8Y8CADiQAgA5kAIAi5ACAJWQAgDekAIA7JACADGRAgA2kQIAhJECAJGRAgA3lA8A2ZECACqSAgA+kgIAfZICAIuSAgDQkgIA3ZICACOTAgAqkwIAdpMCAIKTAgDJkwIA3JMCAByUAgAhlAIAb5QCAHiUAgDClAIAzJQCABWVAgAalQIAaJUCAHiVAgC7lQIA1JUCAA6WAgATlgIAYZYCAGqWAgC0lgIAwZYCAAeXAgAOlwIAWpcCAF2XAgCtlwIAuZcCAACYAgATmAIAU5gCAGKYAgCmmAIAspgCAPmYAgD6mAIATJkCAFaZAgCfmQIArZkCAPKZAgD3mQIARZoCAFKaAgCKlA8AsZoCAOuaAgD3mgIAPpsCAESbAgCRmwIAoZsCAOSbAgDpmwIAN5wCAD2cAgCKnAIAoJwCAN2cAgDfnAIAMJ0CADqdAgCDnQIAj50CANadAgDpnQIAKZ4CADieAgB8ngIAiJ4CAM+eAgDQngIAIp8CACyfAgB1nwIAg58CAMifAgDNnwIAG6ACACigAgDdlA8AcaACAOLADAB4oAIAWzcOAHqgAgCPggkAe6ACAM6jAwB9oAIAwaACAMqgAgAUoQIAGqECAGehAgBtoQIAuqECAMahAgANogIAGqICAGCiAgBqogIAs6ICAMmiAgAGowIAC6MCAFmjAgBgowIArKMCALqjAgD/owIAD6QCAFKkAgBgpAIApaQCALSkAgD4pAIA+qQCAEulAgBVpQIAnqUCAKylAgDxpQIA9qUCAESmAgBRpgIAl6YCAKOmAgDqpgIA/aYCAD2nAgBMpwIAkKcCAJynAgDjpwIA5KcCADaoAgBAqAIAiagCAJeoAgDcqAIA4agCAC+pAgA8qQIAMJUPAISpAgDVqQIAjqkCAHR6CQDmqQIAKKoCADGqAgB7qgIAh6oCAM6qAgDWqgIAj6QQANqqAgAhqwIAJ6sCAHSrAgB6qwIAx6sCAMyrAgAarAIAIKwCAIOVDwB5rAIAwKwCANCsAgATrQIAIa0CAGatAgBzrQIAua0CAMWtAgAMrgIAE64CAF+uAgBnrgIA1pUPALuuAgC5rA4Av64CABjEAgDDrgIABa8CABavAgBYrwIAYK8CAKuvAgBkrwIAtFAMALWvAgD+rwIAA7ACAFGwAgBZsAIApLACAKawAgD3sAIArbACAHq2AgD/sAIASrECAGCxAgCdsQIAqbECAPCxAgAGsgIAQ7ICAFyyAgCWsgIAorICAOmyAgDvsgIAPLMCAESzAgCPswIAn7MCAOKzAgDrswIANbQCAEK0AgCItAIAl7QCANu0AgDltAIALrUCADy1AgCBtQIAhrUCANS1AgDhtQIAJ7YCAC+2AgAplg8Ah7YCAM22AgDUtgIAILcCACy3AgBztwIAg7cCAMa3AgDUtwIAGbgCACa4AgBsuAIAeLgCAL+4AgDGuAIAErkCABq5AgB8lg8AcbkCALi5AgDCuQIAC7oCABa6AgBeugIAY7oCALG6AgC4ugIABLsCAAy7AgDPlg8AX7sCAKq7AgC6uwIA/bsCAAm8AgBQvAIAVLwCAKO8AgCrvAIA9rwCAPi8AgBJvQIAT70CAJy9AgCzvQIA770CAPi9AgBCvgIAWL4CAJW+AgChvgIA6L4CAPW+AgA7vwIARb8CAI6/AgCRvwIA4b8CAOm/AgA0wAIAPsACAIfAAgCMwAIA2sACAOLAAgAtwQIAPcECAIDBAgCJwQIA08ECAODBAgAmwgIANcICAHnCAgCDwgIAzMICANrCAgAfwwIAJMMCAHLDAgB/wwIAxcMCAM3DAgAilw8AJcQCAGvEAgA3xAIA71wEAHDEAgC+xAIAyMQCABHFAgAZxQIAZMUCACjFAgBgTg4AasUCALfFAgByxQIAs1wMAHPFAgDBdggAdMUCAGrQAgB1xQIAWB0LAMPFAgAKxgIADMYCAB42DAARxgIAXcYCAGnGAgCwxgIAv8YCAAPHAgAUxwIAVscCAFjHAgCpxwIAr8cCAPzHAgAIyAIAT8gCAFfIAgB1lw8AqMgCAMiXDwAByQIAG5gPAEvJAgDBmA8AnskCABSZDwCgyQIAUpYEAPHJAgBfbwsA+8kCAEHKAgBLygIAlMoCAJbKAgDnygIA+soCADrLAgBCywIALXsMAEbLAgCNywIAk8sCAODLAgDmywIAM8wCADjMAgCGzAIAjMwCAGeZDwDjzAIALM0CAC7NAgB/zQIAic0CANLNAgDgzQIAJc4CACrOAgB4zgIAhc4CAMvOAgDXzgIAHs8CACTPAgBxzwIAd88CAMTPAgDJzwIAF9ACAB3QAgC6mQ8AeNACAL3QAgDK0AIAENECABfRAgBj0QIAa9ECALbRAgC30QIASswKALnRAgAJ0gIAzNECAFjKCgAd0gIAXNICAHLSAgCv0gIAyNICAALTAgAH0wIAVdMCAGbTAgANmg8AudMCAPvTAgD90wIATtQCAFjUAgCh1AIAr9QCAPTUAgD51AIAR9UCAFTVAgCa1QIAotUCAO3VAgD51QIAQNYCAP3VAgCM1wIARtYCAJPWAgCZ1gIA5tYCAOvWAgA51wIAP9cCAGCaDwCO1wIA39cCAO3XAgAy2AIAQ9gCALOaDwCM2AIABpsPAODYAgAr2QIAHdkCAD7fEAA52QIAftkCADrZAgCu3gIAi9kCANHZAgDg2QIAJNoCACnaAgB32gIAjdoCAMraAgDL2gIAHdsCAB/bAgBw2wIAetsCAMPbAgDR2wIAFtwCAC/cAgBp3AIAetwCALzcAgDI3AIAD90CABfdAgD/mw8Adt0CALXdAgC23QIACN4CABTeAgBb3gIAXt4CAFKcDwCw3gIAAd8CAA7fAgBU3wIAYd8CAKffAgCs3wIA+t8CAATgAgBN4AIAVeACAKDgAgCw4AIA8+ACAAHhAgBG4QIAU+ECAJnhAgCg4QIA7OECAPThAgA/4gIAQuICAJLiAgCm4gIA5eICAPviAgA44wIAUeMCAIvjAgCQ4wIA3uMCAO/jAgClnA8AOeQCAPicDwA95AIAGJMJAE3kAgCTGhEAkeQCANfkAgDe5AIAKuUCADblAgB95QIAjeUCANDlAgDe5QIAI+YCADDmAgB25gIAguYCAMnmAgDQ5gIAS50PAB7nAgBv5wIAIecCADz/AwB85wIAwucCAM/nAgAV6AIAGugCAGjoAgBy6AIAu+gCAMPoAgAO6QIAE+kCAHcmBAAX6QIAYekCAGTpAgC06QIAwOkCAJ6dDwAM6gIAWuoCABPqAgA8KAoAX+oCAK3qAgC16gIAAOsCABbrAgBT6wIAVesCAKbrAgCz6wIA+esCAA3sAgDxnQ8AUewCAJ/sAgCn7AIAISAKAKnsAgDy7AIA+uwCAEXtAgBR7QIAmO0CAKXtAgDr7QIA8O0CAD7uAgBH7gIAke4CAKjuAgDk7gIA7+4CAESeDwBF7wIAiu8CAI3vAgDd7wIA4O8CADDwAgA+8AIAg/ACAJDwAgDW8AIA7fACACnxAgAx8QIAfPECAILxAgDP8QIA2/ECACLyAgAs8gIAdfICAH7yAgDI8gIAzvICABvzAgAo8wIAl54PAHrzAgDB8wIAfPMCAMYsCgDQ8wIAFPQCACX0AgBn9AIAafQCALr0AgDA9AIADfUCABn1AgBg9QIAZ/UCALP1AgC79QIABvYCAAj2AgBZ9gIAZvYCAKz2AgCz9gIA//YCAAf3AgBS9wIAX/cCAKX3AgCq9wIA+PcCAAL4AgBL+AIAU/gCAJ74AgCn+AIA8fgCAPT4AgBE+QIAUPkCAJf5AgCe+QIA6p4PAPf5AgA9+gIAAPoCABr/AgAi+gIA/TAKAFj6AgCQ+gIAkvoCAOP6AgD0+gIANvsCAET7AgCJ+wIAkPsCANz7AgDk+wIAL/wCADT8AgCC/AIAg/wCANX8AgDh/AIAKP0CAC79AgB7/QIAff0CAM79AgDY/QIAIf4CAC/+AgB0/gIAef4CAMf+AgDU/gIAPZ8PABv/AgBt/wIAcv8CAMD/AgDG/wIAEwADAB0AAwBmAAMAcgADALkAAwDAAAMADAEDABQBAwBfAQMAYQEDALIBAwC/AQMABQIDAAwCAwBYAgMAYAIDAKsCAwC4AgMA/gIDAAMDAwBRAwMAWwMDAKQDAwCsAwMA9wMDAAAEAwBKBAMATQQDAJ0EAwCpBAMA8AQDAPcEAwCQnw8ATwUDAAwjCgBXBQMAlgUDAKMFAwDpBQMA8wUDADwGAwA+BgMAjwYDAKIGAwDiBgMA6gYDADUHAwBBBwMAiAcDAI4HAwDbBwMA4QcDAC4IAwAzCAMAgQgDAIcIAwDjnw8A4ggDACcJAwA2CQMAegkDAJYJAwDNCQMAmgkDAJ5LAwDVCQMANqAPACkKAwBzCgMAgAoDAMYKAwDQCgMAGQsDACcLAwBsCwMAggsDAL8LAwDLCwMAEgwDABoMAwCJoA8AawwDALgMAwC+DAMACw0DABANAwBeDQMAZA0DANygDwC2DQMABA4DAA0OAwBXDgMAYQ4DAKoOAwCyDgMA/Q4DAAIPAwBQDwMAYA8DAKMPAwCrDwMA9g8DAPwPAwDoEQMADxADAEkQAwBOEAMAnBADAKUQAwDvEAMA/BADAEIRAwBJEQMAlREDAJgRAwAvoQ8A6hEDADsSAwBIEgMAjhIDAKUSAwDhEgMA7RIDAIKhDwBKEwMAhxMDAIgTAwDaEwMA5BMDAC0UAwA1FAMAgBQDAIoUAwDTFAMA2BQDACYVAwAuFQMAeRUDAHsVAwDMFQMAfBUDAPwaAwCAFQMAmigDAI8VAwDLIQMA0xUDAB8WAwAmFgMAchYDAHoWAwDFFgMAyRYDABgXAwAmFwMAaxcDAHUXAwC+FwMAyRcDABEYAwAZGAMAZBgDAGkYAwC3GAMA0hgDAAoZAwAWGQMAXRkDAGMZAwCwGQMAwBkDAAMaAwAUGgMAVhoDAFsaAwCpGgMArRoDANWhDwAFGwMATxsDAGgbAwCiGwMArBsDAPUbAwD7GwMASBwDAEocAwCbHAMAqhwDAO4cAwD4HAMAQR0DAEkdAwCUHQMAmB0DAOcdAwD1HQMAOh4DAEQeAwCNHgMAmB4DAOAeAwDoHgMAMx8DADgfAwCGHwMAoR8DANkfAwDlHwMALCADADIgAwB/IAMAjyADANIgAwDjIAMAJSEDACohAwB4IQMAfCEDACiiDwDUIQMAHiIDAC8iAwBxIgMAeyIDAMQiAwDSIgMAFyMDABgjAwBqIwMAeyMDAL0jAwDRIwMAECQDABgkAwBjJAMAZyQDALYkAwDEJAMACSUDABMlAwBcJQMAZyUDAK8lAwC3JQMAAiYDAAcmAwBVJgMAcCYDAKgmAwC0JgMA+yYDAAEnAwBOJwMAXicDAKEnAwCyJwMA9CcDAPknAwBHKAMASygDAHuiDwCoKAMA7SgDAAgpAwBAKQMATikDAJMpAwCaKQMA5ikDAPIpAwA5KgMAQSoDAM6iDwCaKgMA3yoDAOkqAwAyKwMAPSsDAIUrAwCNKwMA2CsDAN0rAwArLAMARiwDAH4sAwCKLAMA0SwDANcsAwAkLQMANC0DAHctAwCILQMAyi0DAM8tAwAdLgMAIS4DACGjDwCBLgMAwy4DAMsuAwAWLwMAFy8DAGkvAwBuLwMAvC8DAMovAwAPMAMAHDADAGIwAwBsMAMAtTADAMEwAwAIMQMADjEDAFsxAwBjMQMArjEDALUxAwABMgMADTIDAFQyAwBaMgMApzIDALMyAwD6MgMACjMDAE0zAwBZMwMAoDMDAKYzAwDzMwMA/zMDAEY0AwBTNAMAmTQDAKg0AwDsNAMA+DQDAHSjDwBCNQMAkjUDAJU1AwDlNQMA8zUDADg2AwBPNgMAizYDAJg2AwDeNgMA9DYDADE3AwA9NwMAhDcDAJE3AwDXNwMA4TcDACo4AwAyOAMAfTgDAIc4AwDQOAMA1TgDACM5AwArOQMAdjkDAII5AwDJOQMA1jkDABw6AwAmOgMAbzoDAHU6AwDCOgMA1joDABU7AwAdOwMAaDsDAHY7AwC7OwMAyDsDAA48AwAWPAMAYTwDAG48AwC0PAMAwjwDAAc9AwAYPQMAWj0DAGI9AwCtPQMAwz0DAAA+AwACPgMAUz4DAFQ+AwDHow8AtD4DAPk+AwAIPwMATD8DAFg/AwCfPwMApz8DABqkDwD3PwMARUADAE5AAwCYQAMApUADAOtAAwDyQAMAPkEDAEFBAwCRQQMAmUEDAORBAwDpQQMAN0IDAEBCAwCKQgMAlEIDAN1CAwDlQgMAMEMDADVDAwCDQwMAk0MDANZDAwDeQwMAKUQDAC9EAwB8RAMAfkQDAM9EAwDcRAMAIkUDADlFAwB1RQMAgUUDAG2kDwDURQMAG0YDADJGAwBuRgMAekYDAMFGAwDHRgMAFEcDABxHAwBnRwMAbkcDALpHAwDIRwMADUgDAChIAwBgSAMAbkgDALNIAwC6SAMABkkDABJJAwBZSQMAYUkDAMCkDwDASQMA/0kDAAdKAwBSSgMAg0oDAKVKAwCxSgMA+EoDAP5KAwBLSwMAUEsDABOlDwCqSwMA8UsDAPhLAwBETAMATEwDAJdMAwCZTAMA6kwDAPRMAwA9TQMARU0DAGalDwCeTQMALlsDAJ9NAwDjTQMA5U0DADZOAwBHTgMAiU4DAJpOAwDcTgMA6E4DAC9PAwA2TwMAgk8DAIpPAwDVTwMAAlADAChQAwAtUAMAe1ADAHxQAwDOUAMA2FADACFRAwAvUQMAdFEDAHlRAwDHUQMA1FEDABpSAwA2UgMAbVIDAIlSAwC5pQ8AzVIDABNTAwAXUwMAZlMDAGxTAwC5UwMAu1MDAAxUAwANVAMAX1QDAIJUAwCyVAMA1lQDAAVVAwAyVQMAWFUDAGBVAwCrVQMAsFUDAP5VAwALVgMAUVYDAFlWAwCkVgMAplYDAPdWAwD/VgMASlcDAHdXAwCdVwMAqlcDAPBXAwD1VwMAQ1gDAFBYAwCWWAMAolgDAOlYAwAWWQMAPFkDAERZAwCPWQMAqlkDAOJZAwDkWQMANVoDAEZaAwCIWgMAkVoDANtaAwDnWgMADKYPADtbAwCBWwMAiFsDANRbAwDgWwMAJ1wDADpcAwB6XAMAglwDAM1cAwDSXAMAIF0DACldAwBzXQMAfV0DAMZdAwDOXQMAGV4DAB5eAwBsXgMAfF4DAL9eAwDHXgMAEl8DACtfAwBlXwMAal8DALhfAwDBXwMAC2ADABhgAwBeYAMAZWADALFgAwC0YAMAX6YPAAlhAwBXYQMAEWEDAJiuCwBgYQMAqmEDALJhAwD9YQMACGIDAFBiAwBSYgMAo2IDAL5iAwD2YgMAAmMDAEljAwBRYwMAsqYPAKljAwDvYwMA92MDAEJkAwBOZAMAlWQDAJtkAwDoZAMA7mQDADtlAwBAZQMAjmUDAJRlAwAFpw8A7mUDADRmAwA8ZgMAh2YDAJtmAwDaZgMA32YDAC1nAwA2ZwMAgGcDAIZnAwDTZwMA22cDACZoAwApaAMAeWgDAJZoAwDMaAMA3WgDAB9pAwAnaQMAcmkDAHVpAwDFaQMA2WkDABhqAwAlagMAa2oDAHVqAwC+agMAwGoDABFrAwAkawMAq6cPAGlrAwC3awMAyGsDAApsAwATbAMAXWwDAHNsAwCwbAMAvWwDAANtAwALbQMAVm0DAHVtAwD+pw8AtW0DAPxtAwAEbgMAUagPAFJuAwCibgMAqm4DAPVuAwACbwMASG8DAE1vAwCbbwMAo28DAO5vAwDvbwMAQXADAENwAwCUcAMAmnADAOdwAwDpcAMAOnEDAFBxAwCNcQMAmXEDAOBxAwDqcQMAM3IDAD9yAwCGcgMAjHIDANlyAwDhcgMALHMDAF5zAwCkqA8AiHMDANJzAwDccwMAJXQDAC10AwB4dAMAeXQDAMt0AwDRdAMAHnUDACp1AwBxdQMAcnUDAMR1AwDGdQMAF3YDAB12AwBqdgMAdnYDAL12AwDEdgMAEHcDABh3AwBjdwMAZncDALZ3AwDAdwMACXgDAAt4AwBceAMAZngDAK94AwC7eAMAAnkDABh5AwBVeQMAYXkDAKh5AwC1eQMA+3kDAAV6AwBOegMAVnoDAKF6AwCzegMA96gPAPZ6AwBHewMAUXsDAJp7AwCcewMA7XsDAAZ8AwBAfAMAQnwDAJN8AwCWfAMA5nwDAPJ8AwA5fQMAQX0DAEqpDwCgfQMA330DAOJ9AwAyfgMAPH4DAIV+AwCRfgMA2H4DAO5+AwArfwMAM38DAH5/AwCMfwMA0X8DANR/AwAkgAMALIADAHeAAwB6gAMAyoADAIWAAwCZhwMA1IADAB2BAwDVgAMACIQDAB+BAwBwgQMAdoEDAMOBAwDNgQMAFoIDACSCAwBpggMAdoIDALyCAwDTggMAD4MDABeDAwBigwMAa4MDALWDAwC2gwMAnakPABGEAwBbhAMAZYQDAK6EAwC4hAMAAYUDAA+FAwBUhQMAYYUDAKeFAwC+hQMA+oUDAAKGAwBNhgMAVIYDAKCGAwClhgMA84YDAPeGAwBGhwMAU4cDAPCpDwCmhwMA7IcDAPSHAwA/iAMARYgDAJKIAwCeiAMA5YgDAPSIAwA4iQMAPYkDAIuJAwCmiQMA3okDAOqJAwAxigMAN4oDAISKAwCYigMA14oDAN+KAwAqiwMAQIsDAH2LAwCCiwMA0IsDANeLAwAjjAMAL4wDAEOqDwB9jAMAyYwDANeMAwAcjQMAKY0DAG+NAwCGjQMAwo0DAMqNAwAVjgMAG44DAGiOAwB0jgMAu44DAMKOAwAOjwMAHI8DAGGPAwBkjwMAtI8DALyPAwAHkAMAFZADAFqQAwBdkAMArZADALWQAwAAkQMAEZEDAFORAwBYkQMAppEDAKiRAwD5kQMAAJIDAEySAwBakgMAn5IDAKySAwDykgMACZMDAEWTAwBNkwMAmJMDAKKTAwDrkwMA9pMDAD6UAwBKlAMAkZQDAJmUAwCWqg8A5pQDADeVAwBBlQMAipUDAIyVAwDdlQMA4JUDADCWAwA8lgMAg5YDAI2WAwDWlgMA3pYDACmXAwA3lwMAfJcDAImXAwDPlwMA15cDACKYAwA4mAMAdZgDAIGYAwDImAMA3pgDABuZAwAgmQMAbpkDAHSZAwDBmQMA1ZkDAOmqDwAXmgMAZ5oDAG+aAwC6mgMAyJoDAA2bAwDQmgMAW7sHABqbAwBgmwMAaJsDALObAwC9mwMABpwDABGcAwBZnAMAZZwDAKycAwC0nAMAPKsPAAWdAwBSnQMAV50DAKWdAwC0nQMA+J0DAASeAwBLngMATp4DAJ6eAwChngMA8Z4DAPmeAwBEnwMASZ8DAJefAwCnnwMA6p8DAPKfAwA9oAMAQKADAJCgAwCaoAMA46ADAOWgAwA2oQMAPKEDAImhAwCToQMA3KEDAOqhAwAvogMAPKIDAIKiAwCZogMA1aIDAN2iAwAoowMAMaMDAHujAwB8owMAj6sPANqjAwAhpAMAJKQDAMaGCQAwpAMAdKQDADSkAwDjdgkAfqQDAMekAwDPpAMAMxgEANOkAwDDNA4A1aQDABqlAwDjpAMAb2oIAB+lAwBtpQMAJ6UDAM1OBQB6pQMAwKUDAMOlAwDL8AkAxqUDABBNCQDIpQMAE6YDAMqlAwA8UgQAzKUDAKvtBQAWpgMA/t8HABmmAwDRagYAHaYDAGamAwAhpgMAwrYJACOmAwC8uQcAa6YDALmmAwBypgMAyYUEAMGmAwAMpwMAD6cDAF+nAwBrpwMAsqcDALinAwAFqAMAIKgDAFioAwBkqAMAq6gDALGoAwD+qAMABqkDAFGpAwBTqQMApKkDAFapAwBKqgMArqkDAPepAwD/qQMA4qsPAFeqAwCdqgMApaoDAPCqAwDzqgMAQ6sDAEirAwCWqwMApasDAOmrAwAJrAMAPKwDAEisAwCPrAMAmawDAOKsAwDqrAMANa0DAEetAwCIrA8Akq0DANutAwDprQMALq4DADuuAwCBrgMAmK4DANSuAwDcrgMAJ68DADavAwB6rwMAf68DAM2vAwDarwMAILADAC2wAwBzsAMAf7ADAMawAwDVsAMAGbEDACOxAwBssQMAerEDAL+xAwDEsQMAErIDAB+yAwBlsgMAaLIDALiyAwDAsgMAC7MDABCzAwBeswMAa7MDALGzAwC5swMABLQDAA20AwBXtAMAZLQDAKq0AwC4tAMA/bQDABC1AwBQtQMAWLUDAKO1AwCqtQMA9rUDAPu1AwBJtgMAX7YDAJy2AwCetgMA77YDAP22AwBCtwMAT7cDAJW3AwCdtwMA6LcDAOu3AwA7uAMAQLgDAI64AwCduAMA4bgDAAG5AwA0uQMAQLkDAIe5AwCRuQMA2rkDAOK5AwAtugMAP7oDANusDwCRugMA07oDANq6AwAmuwMALrsDAHm7AwCGuwMAzLsDANG7AwAfvAMAKbwDAHK8AwB6vAMAxbwDAMe8AwABAQoAyrwDACHbBwDPvAMASxoKANS8AwAYvQMA1bwDAA3LCAAdvQMAa70DAHi9AwC+vQMAy70DABG+AwAdvgMAZL4DAHO+AwC3vgMAwb4DAAq/AwASvwMAXb8DAGe/AwCwvwMAtb8DAAPAAwALwAMALq0PAGLAAwCpwAMAr8ADAPzAAwAXwQMAT8EDAFvBAwCiwQMAqMEDAPXBAwARwgMASMIDAFDCAwCBrQ8Ao8IDAO7CAwD4wgMAQcMDAEzDAwCUwwMAoMMDAOfDAwDvwwMA1K0PAEbEAwCNxAMAk8QDAODEAwD7xAMAM8UDAD/FAwCGxQMAjMUDANnFAwDhxQMALMYDADLGAwB/xgMAiMYDANLGAwDfxgMAJccDADLHAwB4xwMAhscDAMvHAwDYxwMAHsgDADXIAwBxyAMAecgDAMTIAwDJyAMAF8kDANXIAwAJywMAJMkDAGrJAwByyQMAvckDAMjJAwAQygMAFcoDAGPKAwBmygMAtsoDAMDKAwAnrg8ADssDAFzLAwBrywMAr8sDALHLAwACzAMAE8wDAFXMAwBmzAMAqMwDALzMAwB6rg8ADM0DAE7NAwBRzQMAoc0DAFbNAwDjhAcAW80DAHEoDgCrzQMA9M0DAPbNAwBHzgMAUc4DAJrOAwCmzgMA7c4DABfPAwBAzwMAS88DAPW6BABmzwMAk88DAMbPAwDmzwMADNADADnQAwBf0AMAjNADAMDQAwDf0AMACtEDADLRAwA60QMAhdEDAK/RAwDY0QMADdIDACvSAwBW0gMAftIDAIbSAwDR0gMA4NIDACTTAwAp0wMAd9MDAIDTAwDK0wMAhNMDAD/bAwDb0wMAHdQDACTUAwBw1AMAeNQDAMPUAwDQ1AMAFtUDABvVAwBp1QMAc9UDALzVAwDE1QMAD9YDABnWAwC74QMAHtYDAGLWAwBn1gMAtdYDAMLWAwAI1wMAFdcDAFvXAwBn1wMArtcDAL3XAwAB2AMAC9gDAFTYAwBc2AMAp9gDALHYAwD62AMA/9gDAE3ZAwBV2QMAza4PAKzZAwDz2QMA+dkDAEbaAwBh2gMAmdoDAKXaAwDs2gMA8toDACCvDwBM2wMAktsDAJ7bAwDl2wMA9NsDADjcAwBC3AMAi9wDAJncAwDe3AMA49wDADHdAwA+3QMAhN0DAIzdAwDX3QMA4d0DACreAwAv3gMAfd4DAIXeAwDQ3gMA094DACPfAwAv3wMAdt8DAHzfAwDJ3wMA5N8DABzgAwAo4AMAb+ADAHXgAwDC4AMAyuADABXhAwAX4QMAaOEDAHLhAwBzrw8AweEDAA7iAwAQ4gMAYeIDAG7iAwC04gMAt+IDAAfjAwAY4wMAWuMDAFzjAwCt4wMAt+MDAADkAwAM5AMAU+QDAFvkAwDGrw8Aq+QDAPnkAwD85AMATOUDAFblAwCf5QMAp+UDAPLlAwD/5QMAReYDAEfmAwCY5gMAruYDAOvmAwD35gMAGbAPAFrnAwCR5wMArecDAGywDwDp5wMAN+gDAEToAwCK6AMAl+gDAN3oAwDp6AMAMOkDAD/pAwCD6QMAjekDANbpAwDk6QMAKeoDAC7qAwB86gMAieoDAM/qAwDo6gMAIusDACTrAwB16wMAfOsDAL+wDwDl6wMAG+wDACzsAwBu7AMAeuwDAMHsAwDU7AMAFO0DACPtAwBn7QMAc+0DALrtAwC77QMADe4DABfuAwBg7gMAbu4DALPuAwC47gMABu8DABPvAwASsQ8AXu8DAKzvAwC57wMA/+8DAAzwAwBS8AMAXvADAKXwAwC08AMA+PADAALxAwBL8QMAWfEDAJ7xAwCj8QMA8fEDAP7xAwBE8gMATPIDAJfyAwCh8gMA6vIDAO/yAwA98wMARfMDAAuyDwCS8wMA4/MDAPHzAwA29AMAR/QDAF6yDwCQ9AMAsbIPAOH0AwAv9QMAN/UDAIL1AwCR9QMA1fUDANr1AwAo9gMANfYDAHv2AwCI9gMAzvYDANr2AwAh9wMAMPcDAHT3AwB+9wMAV7MPAMn3AwDbZw0AzfcDAJ+tCwDa9wMAGvgDACn4AwBt+AMAefgDAMD4AwDB+AMAE/kDAB35AwBm+QMAdPkDALn5AwC++QMADPoDABn6AwCqsw8AY/oDALL6AwC9+gMABfsDABP7AwBY+wMAafsDAKv7AwC3+wMA/vsDAAb8AwD9sw8AVvwDAKT8AwCx/AMA9/wDAAT9AwBK/QMAVv0DAJ39AwCs/QMA8P0DAPr9AwBD/gMAUf4DAJb+AwCj/gMA6f4DAAD/AwBQtA8ASf8DAI//AwCc/wMA4v8DAO7/AwA1AAQARAAEAIgABACSAAQA2wAEAOkABAAuAQQA9wAEAG4cCQAzAQQAgQEEAI4BBADUAQQA3AEEACcCBAAtAgQAegIEAIYCBADNAgQA3QIEACADBAApAwQAcwMEAHYDBADGAwQA0gMEABkEBAAgBAQAo7QPAHkEBAC/BAQAzgQEABIFBAATBQQAZQUEAHwFBAC4BQQA0gUEAAsGBAAXBgQAXgYEAHEGBACxBgQAwAYEAAQHBAAQBwQAVwcEAFgHBACqBwQAtAcEAP0HBAALCAQAUAgEAFUIBACjCAQAsAgEAPa0DwAQCQQASQkEAFgJBACcCQQAngkEAO8JBAChCQQAGBAEAPwJBABCCgQATwoEAJUKBACaCgQA6AoEAPIKBAA7CwQASgsEAI4LBACTCwQA4QsEAO4LBAA0DAQAQQwEAIcMBACTDAQA2gwEAOkMBAAtDQQANw0EAIANBACNDQQA0w0EANgNBAAmDgQAKg4EAHkOBACFDgQAzA4EANIOBAAfDwQAJQ8EAHIPBAB3DwQAxQ8EAMsPBABJtQ8AJRAEAGsQBAB4EAQAvhAEAMoQBAAREQQAIBEEAGQRBABuEQQAtxEEAMURBAAKEgQADxIEAF0SBABqEgQAsBIEALcSBAADEwQACBMEAFYTBABiEwQAqRMEAKwTBAD8EwQACRQEAE8UBABUFAQAohQEAKwUBAD1FAQAARUEAEgVBABbFQQAmxUEAKkVBADuFQQA8RUEAEEWBABLFgQAlBYEAKAWBADnFgQA7RYEADoXBABAFwQAjRcEAJIXBADgFwQA5hcEAJy1DwA9GAQA1JkGAD8YBADJvAgAQhgEAIYYBACIGAQA2RgEAOoYBAAsGQQAPRkEAH8ZBACHGQQA0hkEAOIZBAAlGgQAJxoEAHgaBACGGgQAyxoEANwaBADvtQ8AJRsEAEK2DwByGwQAxBsEAMkbBAAXHAQAyhsEAJBGBAAdHAQAahwEAHQcBAC9HAQAyRwEABAdBAAWHQQAYx0EAGkdBAC2HQQAux0EAAkeBAAPHgQAlbYPAGoeBACvHgQAyB4EAAIfBAADHwQAVR8EAHIfBACoHwQAsB8EAA1BBADCHwQA+x8EAP4fBABOIAQAUyAEAI63DwC6IAQA9CAEAPogBABHIQQACiEEADnJBABJIQQAmiEEAKAhBADtIQQAASIEAEAiBABIIgQAkyIEAKAiBADmIgQA6yIEADkjBABDIwQAjCMEAJQjBADfIwQA8CMEADIkBAA3JAQAhSQEAIckBADYJAQA3yQEACslBAA3JQQAfiUEAIUlBADRJQQA7SUEACQmBAAsJgQA4bcPAHgmBADKJgQA1iYEAB0nBAAqJwQAcCcEAHgnBADDJwQAxicEABYoBAAhKAQAaSgEAGsoBAC8KAQAwigEAA8pBAAbKQQAYikEAGkpBAC1KQQAvSkEAAgqBAANKgQAWyoEAHQqBACuKgQA2ioEAAErBAANKwQAVCsEAGMrBACnKwQAsSsEAPorBAACLAQATSwEAF0sBACgLAQAriwEAPMsBAAELQQARi0EAFItBAA0uA8Ani0EAOwtBAD0LQQAPy4EAEAuBACSLgQAVS4EAMfGCgCvLgQA5S4EAO0uBAA4LwQAPC8EAIsvBACRLwQA3i8EAOAvBAAxMAQAMjAEAIQwBACFMAQA1zAEAOMwBAAqMQQAMDEEAH0xBACFMQQA0DEEANIxBAAjMgQAPjIEAHYyBAB4MgQAyTIEANcyBAAcMwQALTMEAG8zBABxMwQAwjMEANszBAAVNAQAJjQEAGg0BAB0NAQAh7gPAMk0BAAONQQA1zQEADWRBwAkNQQAYTUEAGI1BAC0NQQAxTUEAAc2BAATNgQAWjYEAHA2BACtNgQAuTYEAAA3BAANNwQAUzcEAF03BACmNwQAqDcEAPk3BAADOAQATDgEAFo4BACfOAQApDgEAPI4BAD/OAQARTkEAGE5BACYOQQAoDkEANq4DwD5OQQAPjoEAFc6BACROgQAkjoEAOQ6BAABOwQANzsEAD87BACKOwQAmzsEAN07BADrOwQAMDwEAEk8BACDPAQAiTwEANY8BADYPAQAKT0EAC89BAB8PQQAkD0EAM89BADXPQQAIj4EAC8+BAB1PgQAej4EAMg+BADSPgQAGz8EACM/BABuPwQAfj8EAME/BADGPwQAFEAEAB1ABABnQAQAdEAEALpABADBQAQALbkPAB5BBABgQQQAbkEEALNBBADMQQQABkIEAAxCBABZQgQAW0IEAKxCBACyQgQA/0IEABNDBABSQwQAWkMEAKVDBACyQwQA+EMEAP1DBABLRAQAVUQEAJ5EBACmRAQA8UQEAAFFBABERQQASUUEAJdFBACgRQQA6kUEAPdFBAA9RgQAREYEAIC5DwCVRgQA40YEAORGBAA2RwQAQkcEAIlHBACPRwQA3EcEAO1HBAAvSAQAQ0gEAIJIBACRSAQA1UgEANpIBAAoSQQANUkEAHtJBACLSQQAzkkEANxJBAAhSgQAOEoEAHRKBAB9SgQAx0oEAM1KBAAaSwQAJksEAG1LBAB0SwQAwEsEANxLBAATTAQAG0wEANO5DwBsTAQAuUwEAL9MBAAMTQQAEU0EAF9NBABlTQQAJroPALdNBAAFTgQAB04EAFhOBABfTgQAq04EALlOBAD+TgQAC08EAFFPBABoTwQApE8EAKxPBAD3TwQA+E8EAEpQBABNUAQAnVAEALFQBADwUAQA/1AEAENRBABIUQQAllEEAJdRBADpUQQAAFIEAMy6DwBKUgQAj1IEAKVSBADiUgQA7lIEADVTBAA6UwQAiFMEAJFTBADbUwQA5VMEAC5UBAA6VAQA4AkGAEpUBACBVAQAiVQEAB+7DwDZVAQAJ1UEADRVBAB6VQQAh1UEAM1VBADZVQQAIFYEAC9WBABzVgQAfVYEAMZWBADUVgQAGVcEAB5XBABsVwQAeVcEAL9XBADHVwQAElgEABxYBABlWAQAc1gEALhYBADOWAQAC1kEABdZBABeWQQAY1kEALFZBAC6WQQABFoEAA5aBABXWgQAX1oEAKpaBAC2WgQA/VoEABBbBABQWwQAUVsEAKNbBACxWwQA9lsEAPxbBABJXAQAVVwEAJxcBACjXAQAcrsPAPlcBABCXQQASl0EAJVdBACbXQQAxT8JAKRdBADoXQQA7V0EAAq4BADuXQQAO14EAEdeBACOXgQAkF4EAOFeBADrXgQANF8EAEBfBACHXwQAj18EAMW7DwDiXwQALWAEADxgBACAYAQAhWAEANNgBADgYAQAJmEEADNhBAB5YQQAhWEEAMxhBADbYQQAH2IEACliBAByYgQAgGIEAMViBADKYgQAGGMEACVjBABrYwQAc2MEAL5jBADIYwQAEWQEABZkBABkZAQAbGQEALdkBADCZAQACmUEAA9lBABdZQQAYGUEALBlBAC6ZQQAA2YEAAtmBAAYvA8AW2YEAKlmBACrZgQA/GYEAANnBABPZwQAXWcEAKJnBACvZwQA9WcEAAxoBABIaAQAUGgEAJtoBAClaAQA7mgEALFoBAACxQQA+WgEAEFpBABNaQQAlGkEAJxpBABrvA8A6GkEADpqBADxaQQArDsFAP1pBADeKAUAP2oEAI1qBACQagQA4GoEAOpqBAAzawQASmsEAIZrBACMawQA2WsEAOVrBAAsbAQAL2wEAH9sBACcbAQA0mwEAONsBAAlbQQARG0EAHhtBACAbQQAy20EAM1tBAAebgQALW4EAHFuBAB7bgQAxG4EANJuBAAXbwQAMm8EAGpvBAB2bwQAvW8EAMVvBAC+vA8AHHAEAGNwBABycAQAtnAEALtwBAAJcQQAD3EEAFxxBABjcQQAr3EEALdxBAACcgQABHIEAFVyBABccgQAqHIEAKpyBAD7cgQA/HIEAE5zBABYcwQAoXMEAK1zBAD0cwQA+nMEAEd0BABhdAQAmnQEAKJ0BADtdAQAA3UEAEB1BABOdQQAk3UEAJZ1BADmdQQA6XUEADl2BABHdgQAjHYEAJl2BADfdgQA9nYEADJ3BAA6dwQAhXcEAId3BADYdwQA4HcEACt4BABCeAQAfngEAIp4BADReAQA53gEACR5BAAseQQAd3kEAIV5BADKeQQA1HkEAB16BAAlegQAcHoEAHd6BADDegQAz3oEABZ7BAAXewQAaXsEAHV7BAC8ewQAyXsEAA98BAAWfAQAYnwEAGV8BAC1fAQAvXwEAAh9BAANfQQAW30EAGh9BACufQQA3n0EAAF+BAAJfgQAEb0PAFx+BABL8A8AcH4EAKd+BACvfgQAZL0PAAh/BABNfwQAT38EAKB/BACxfwQA838EAPt/BABGgAQAUoAEAJmABACfgAQA7IAEAPKABAA/gQQARIEEAJKBBACYgQQAt70PAOqBBAA4ggQA8YEEAJmbDABAggQAi4IEAJCCBADv3wkAkYIEACfRCgCXggQAZI0KAJqCBADeggQAnIIEAI/OCgDjggQAMYMEAOSCBAB56wgAPoMEAISDBACRgwQA14MEAOODBAAqhAQAOYQEAH2EBACHhAQAA78PANqEBAAjhQQAKIUEAHaFBAB+hQQAVr8PAM+FBAAchgQAMoYEAG+GBAB9hgQAwoYEAM+GBAAVhwQAF4cEAGiHBAByhwQAu4cEAMeHBAAOiAQAFYgEAGGIBABpiAQAtIgEALuIBAAHiQQAEIkEAFqJBABmiQQArYkEALWJBAD8vw8ABYoEAFOKBABbigQApooEALWKBAD5igQA/ooEAEyLBABZiwQAn4sEAKyLBADyiwQA/osEAEWMBABUjAQAmIwEAKKMBADrjAQA+YwEAD6NBABDjQQAkY0EAJ6NBADkjQQA7I0EADeOBABBjgQAio4EAJiOBADdjgQA844EADCPBAA8jwQAg48EAIiPBADWjwQA348EACmQBAAzkAQAT8APAIaQBADPkAQA25AEACKRBAAqkQQAosAPAHqRBADIkQQA1ZEEABuSBAAokgQAbpIEAHqSBADBkgQA0JIEABSTBAAekwQAZ5MEAH+TBAC6kwQAxJMEAA2UBAAblAQAYJQEAHaUBACzlAQAv5QEAAaVBAALlQQAWZUEAGKVBACslQQAtpUEAP+VBAAHlgQA9cAPAF+WBACllgQAaJYEAMUVDwCylgQA+JYEAASXBABLlwQAWpcEAJ6XBAColwQA8ZcEAP+XBABEmAQAUZgEAJeYBACumAQA6pgEAPKYBAA9mQQAR5kEAJCZBACVmQQA45kEAOuZBABIwQ8AQpoEAImaBACPmgQA3JoEAPeaBAAvmwQAO5sEAIKbBACImwQA1ZsEAPGbBAAonAQAMJwEAJvBDwCAnAQAzpwEANucBAAhnQQALp0EAHSdBACAnQQAx50EANadBAAangQAJJ4EAG2eBAB7ngQAwJ4EAMWeBAATnwQAIJ8EAGafBABunwQAuZ8EAL+fBAAMoAQAw58EAP6hBAAYoAQAX6AEAG+gBACyoAQAu6AEAAWhBAAIoQQAWKEEAGShBACroQQAsqEEAO7BDwAMogQAUaIEAGeiBACkogQAsKIEAPeiBAD+ogQASqMEAFKjBACdowQAoqMEAPCjBAD5owQAQ6QEAE2kBABBwg8Am6QEAOmkBACipAQAIKkEAPGkBAA8pQQAQqUEAI+lBACUpQQA4qUEAOulBAA1pgQAP6YEAIimBACUpgQA26YEAOOmBACUwg8AM6cEAIGnBACJpwQA1KcEAN+nBAAnqAQALKgEAHqoBAB9qAQAzagEANeoBADnwg8AKqkEAHOpBAB3qQQAxqkEAMupBAAZqgQAH6oEAGyqBACMqgQAv6oEAMeqBAASqwQAIKsEAGWrBABoqwQAuKsEAMCrBAALrAQAFKwEAF6sBABrrAQAsawEALesBAAErQQAEK0EAFetBABZrQQAqq0EALmtBAD9rQQACK4EAFCuBABSrgQAo64EALyuBAD2rgQAB68EAEmvBABVrwQAOsMPAKSvBADvrwQAD7AEAEKwBABQsAQAlbAEAKKwBADosAQA77AEADuxBABXsQQAjrEEAJaxBACNww8A5rEEADSyBABBsgQAh7IEAJSyBADasgQA5rIEAC2zBAA8swQAgLMEAIqzBADTswQA6LMEACa0BAAutAQAebQEAIi0BADMtAQAzrQEAB+1BAAotQQAcrUEAHW1BADFtQQA0bUEABi2BAA0tgQAa7YEAHO2BADgww8Aw7YEABG3BAAntwQAZLcEAHC3BAC3twQA2rcEADPEDwAXuAQAXbgEAGq4BACwuAQAvLgEAAO5BAASuQQAVrkEAGC5BACpuQQAsbkEAPy5BAAGugQAT7oEAFS6BACiugQAqroEAIbEDwAJuwQASLsEAG67BACbuwQAwbsEAO67BAAUvAQAQbwEAGy8BACUvAQAnLwEAOe8BAARvQQAOr0EAHG9BACNvQQAs70EAOC9BAAGvgQAM74EAGq+BACGvgQAsb4EANm+BADhvgQALL8EADG/BABcFwUAO78EAH+/BACEvwQA0r8EAN+/BAAlwAQAMsAEAHjABACEwAQAy8AEANrABAAewQQAKMEEAHHBBAB/wQQAxMEEAMnBBAAXwgQAJMIEAGrCBABywgQAvcIEAMPCBAAQwwQAx8IEAMQUBQAcwwQAY8MEAHPDBAC2wwQAv8MEAAnEBAAMxAQAXMQEAGjEBACvxAQAtsQEANnEDwAWxQQAVcUEAFjFBACoxQQAxcUEAPvFBAAMxgQATsYEAFXGBAChxgQAusYEAPTGBAD8xgQAR8cEAF3HBACaxwQAn8cEAO3HBAD0xwQAQMgEAEnIBACTyAQApMgEAObIBADyyAQALMUPADvJBAB3zAQATckEAIzJBACPyQQA38kEAPzJBAAyygQAQ8oEAIXKBACUygQA2MoEAOnKBAArywQAOcsEAH7LBACKywQA0csEAN7LBAAkzAQALswEAH/FDwB9zAQAyswEANjMBAAdzQQAH80EAHDNBAB3zQQAw80EANzNBADSxQ8AH84EAGnOBAB2zgQAvM4EAMrOBAAPzwQAHs8EAGLPBABkzwQAtc8EAL/PBAAI0AQAFtAEAFvQBABg0AQArtAEALvQBAAB0QQABNEEAFTRBABg0QQAp9EEALrRBAD60QQACdIEAE3SBABZ0gQAoNIEAKHSBADz0gQA/dIEAEbTBABU0wQAmdMEAJ7TBADs0wQA+dMEACXGDwBE1AQAktQEAKjUBADl1AQA+9QEADjVBABB1QQAi9UEAJjVBADe1QQA7NUEADHWBABA1gQAhNYEAIbWBADX1gQA4dYEACrXBAA41wQAfdcEAILXBADQ1wQA3dcEACPYBAAm2AQAdtgEAH7YBADJ2AQA2tgEABzZBAAq2QQAb9kEAHzZBADC2QQA4tkEABXaBAAd2gQAaNoEAHjaBAC72gQAvdoEAA7bBAAc2wQAYdsEAHLbBAAexw8AutsEAAfcBAAT3AQAcccPAGHcBACt3AQAZ9wEAE64BgC03AQAAN0EAAbdBABT3QQAX90EAKbdBACp3QQA+d0EAPzdBABM3gQAdN4EAJ/eBADC3gQA8t4EAP3eBABF3wQASt8EAJjfBACb3wQA698EAPXfBAA+4AQAZuAEAMTHDwCW4AQA5OAEAPHgBAA34QQAROEEAIrhBACW4QQA3eEEAOzhBAAw4gQAOuIEAIPiBACL4gQA1uIEAODiBAAp4wQALuMEAHzjBACE4wQAF8gPANzjBAAi5AQANuQEAHXkBAB95AQAyOQEAM3kBAAb5QQAK+UEAG7lBAB25QQAweUEAMvlBAAU5gQAH+YEAGfmBABz5gQAuuYEAMLmBABqyA8ADucEAGDnBABs5wQAs+cEAMLnBAAG6AQAFOgEAFnoBABp6AQArOgEALroBAD/6AQAC+kEAFLpBABZ6QQApekEAK3pBAD46QQADuoEAEvqBABf6gQAnuoEAKHqBADx6gQADusEAETrBABV6wQAl+sEAJ/rBADq6wQA9esEAD3sBABC7AQAkOwEAJPsBADj7AQA7ewEADbtBAA57QQAvcgPAIvtBACZvgcAju0EANztBADf7QQAL+4EADnuBACC7gQAiu4EANXuBAD07gQAEMkPADzvBAB77wQAoe8EAM7vBAD07wQAIfAEAEfwBAB08AQArPAEAMfwBAD+8AQAGvEEAEDxBABt8QQAk/EEAMDxBAD38QQAE/IEADfyBABm8gQAgvIEALnyBADB8gQAY8kPABHzBABf8wQAbPMEALLzBAC/8wQABfQEABH0BABY9AQAZ/QEAKv0BAC19AQA/vQEAAz1BABR9QQAVvUEAKT1BACx9QQA9/UEAP/1BABK9gQAUPYEAJ32BABU9gQAj/gEAKn2BADw9gQAAPcEAEP3BABM9wQAlvcEAJn3BADp9wQA9fcEADz4BABD+AQAtskPAJ34BADi+AQA+PgEADX5BABB+QQAiPkEAI/5BADb+QQA4/kEAC76BAAz+gQAgfoEAIr6BADU+gQA3voEAAnKDwAo+wQAevsEAIb7BADN+wQA0/sEACD8BAAi/AQAc/wEAH38BADG/AQA1PwEABn9BAAe/QQAbP0EAHn9BAC//QQAx/0EABL+BAAc/gQAZf4EAHP+BAC4/gQAzv4EAAv/BAAX/wQAXv8EAGX/BACx/wQAuf8EAAQABQAJAAUAVwAFAGAABQCqAAUAtAAFAFzKDwAAAQUAUAEFAG0BBQCjAQUAtAEFAPYBBQAEAgUASQIFAGECBQCcAgUAnwIFAO8CBQAMAwUAQgMFAFMDBQCVAwUArQMFAOgDBQD0AwUAOwQFAE4EBQCOBAUAnQQFAOEEBQDtBAUANAUFADUFBQCHBQUAkQUFANoFBQDoBQUALQYFADIGBQCABgUAjQYFAK/KDwDYBgUAJgcFADMHBQB5BwUAhgcFAMwHBQDYBwUAHwgFAC4IBQByCAUAfAgFAMUIBQDTCAUAGAkFAB0JBQBrCQUAeAkFAL4JBQDGCQUAEQoFABcKBQBkCgUAGwoFAFYMBQBwCgUAtwoFAMcKBQAKCwUAEwsFAF0LBQBgCwUAsAsFALwLBQADDAUACgwFAKjLDwBkDAUAqQwFAL8MBQD8DAUACA0FAE8NBQBWDQUAog0FAKoNBQD1DQUA+g0FAEgOBQBRDgUAmw4FAKUOBQD7yw8A7w4FAEEPBQBNDwUAlA8FAJoPBQDnDwUA6Q8FADoQBQBEEAUAjRAFAJsQBQDgEAUA5RAFADMRBQBAEQUAhhEFAI4RBQDZEQUA4xEFACwSBQA6EgUAfxIFAJUSBQDSEgUA3hIFACUTBQAsEwUAeBMFAIATBQDLEwUA0BMFAB4UBQAnFAUAcRQFAHsUBQBOzA8A0hQFABcVBQAtFQUAahUFAHYVBQC9FQUAxBUFABAWBQAYFgUAYxYFAGgWBQC2FgUAvxYFAAkXBQATFwUAocwPAF0XBQCvFwUAuxcFAAIYBQAIGAUAVRgFAFcYBQCoGAUAshgFAPsYBQAJGQUAThkFAFMZBQChGQUArhkFAPQZBQD8GQUARxoFAFEaBQCaGgUAqBoFAO0aBQADGwUAQBsFAEwbBQCTGwUAmhsFAOYbBQDuGwUAORwFAD4cBQCMHAUAlRwFAN8cBQDpHAUA9MwPADQdBQCrwwsAQB0FAIUdBQCWHQUA2B0FAN0dBQArHgUAQh4FAH4eBQCSHgUA0R4FAOkeBQAkHwUAMx8FAHcfBQB8HwUAyh8FANcfBQAdIAUAKiAFAHAgBQB8IAUAwyAFANIgBQAWIQUAICEFAGkhBQBxIQUAvCEFANohBQAPIgUAFyIFAGIiBQBrIgUAtSIFAMIiBQAIIwUACiMFAFsjBQB0IwUAriMFAL8jBQABJAUADSQFAFQkBQBcJAUAR80PAKwkBQD6JAUAAiUFAE0lBQBcJQUAoCUFAKUlBQDzJQUAACYFAEYmBQBTJgUAmSYFAKUmBQDsJgUA+yYFAD8nBQBJJwUAkicFAJonBQDlJwUA7ycFADgoBQA9KAUAiygFAJMoBQCazQ8A8igFADEpBQA0KQUAhCkFAKEpBQDXKQUA6CkFACoqBQBhKgUAfSoFAJwqBQDQKgUA2CoFACMrBQAlKwUAdisFAIUrBQDJKwUA0ysFABwsBQAqLAUAbywFAIosBQDCLAUAziwFABUtBQAdLQUA7c0PAHQtBQC7LQUAyi0FAA4uBQATLgUAYS4FAGcuBQC0LgUAuy4FAAcvBQAPLwUAWi8FAFwvBQCtLwUAtC8FAAAwBQACMAUAUzAFAFQwBQCmMAUAsDAFAPkwBQAFMQUATDEFAFIxBQCfMQUAuTEFAPIxBQD6MQUARTIFAFsyBQCYMgUApjIFAOsyBQDuMgUAPjMFAEEzBQCRMwUAnzMFAOQzBQDxMwUANzQFAE40BQCKNAUAkjQFAN00BQDfNAUAMDUFADg1BQCDNQUAmjUFANY1BQDiNQUAKTYFAD82BQB8NgUAhDYFAM82BQDdNgUAIjcFACw3BQB1NwUAfTcFAMg3BQDPNwUAGzgFACc4BQBuOAUAbzgFAME4BQDNOAUAFDkFACE5BQBnOQUAbjkFALo5BQC9OQUADToFABU6BQBgOgUAZToFALM6BQDAOgUABjsFADY7BQBZOwUAYTsFAEDODwCyOwUA/zsFAA08BQBSPAUAYzwFAKU8BQCqPAUA+DwFAA89BQBLPQUAXz0FAJ49BQC9PQUA8T0FAPk9BQBEPgUARj4FAJc+BQCmPgUA6j4FAPQ+BQA9PwUASz8FAJA/BQCrPwUA4z8FAO8/BQA2QAUAPkAFAJPODwCVQAUA3EAFAOtABQAvQQUANEEFAIJBBQCIQQUA1UEFANxBBQAoQgUAMEIFAHtCBQB9QgUAzkIFANVCBQAhQwUAI0MFAHRDBQB1QwUAx0MFANFDBQAaRAUAJkQFAG1EBQBzRAUAwEQFANpEBQATRQUAG0UFAGZFBQB8RQUAuUUFAMdFBQAMRgUAD0YFAF9GBQBiRgUAskYFAMBGBQAFRwUAEkcFAFhHBQBvRwUAq0cFALNHBQD+RwUAAEgFAFFIBQBZSAUApEgFALtIBQD3SAUAA0kFAEpJBQBgSQUAnUkFAKVJBQDwSQUA/kkFAENKBQBNSgUAlkoFAJ5KBQDpSgUA8EoFADxLBQBISwUAj0sFAJBLBQDiSwUA7ksFADVMBQBCTAUAiEwFAI9MBQDbTAUA3kwFAC5NBQA2TQUAgU0FAIZNBQDUTQUA4U0FACdOBQBXTgUAek4FAIJOBQDmzg8A5E4FACBPBQAoTwUAc08FAH1PBQDGTwUAy08FABlQBQAhUAUAOc8PAHFQBQC/UAUAyFAFAFtMCwDMUAUAElEFANVQBQCAxw0AHFEFABaPDQAfUQUAZVEFAHFRBQC4UQUAx1EFAAtSBQAVUgUAXlIFAGZSBQBAngoAbFIFALFSBQC+UgUABFMFABtTBQBXUwUAX1MFAKpTBQC0UwUA/VMFAAJUBQBQVAUAWFQFAIzPDwCwVAUA9lQFAARVBQBJVQUAXFUFAJxVBQCkVQUA71UFAPJVBQBCVgUAR1YFAJVWBQCkVgUA6FYFAAhXBQA7VwUAR1cFAI5XBQCYVwUA4VcFAP1XBQA0WAUAPFgFAN/PDwCaWAUA2lgFAOBYBQAtWQUAOVkFAIBZBQCKWQUA01kFANlZBQAmWgUANFoFAHlaBQCFWgUAzFoFAM9aBQAfWwUAIFsFAHJbBQB+WwUAxVsFAMtbBQAYXAUAHlwFAGtcBQB3XAUAvlwFANtcBQARXQUAGl0FAGRdBQBwXQUAt10FALpdBQAKXgUAFF4FAF1eBQBpXgUAsF4FALZeBQADXwUACV8FAFZfBQBbXwUAqV8FAK9fBQAy0A8ACGAFAE9gBQBRYAUAomAFALFgBQD1YAUAAGEFAEhhBQBUYQUAm2EFAKJhBQDuYQUA9mEFAEFiBQBLYgUAlGIFAJ9iBQDnYgUA82IFADpjBQBCYwUAK9EPAI9jBQDgYwUA82MFADNkBQA7ZAUAhmQFAIxkBQDZZAUA5WQFACxlBQA2ZQUAf2UFAIVlBQDSZQUA4GUFACVmBQAxZgUAeGYFAHtmBQDLZgUA02YFAB5nBQAfZwUAcWcFAH1nBQDEZwUAymcFABdoBQAfaAUAamgFAHBoBQC9aAUAyWgFABBpBQAtaQUAY2kFAGxpBQC2aQUAwmkFAAlqBQAMagUAXGoFAGZqBQCvagUAt2oFAAJrBQATawUAVWsFAGNrBQCoawUAvmsFAPtrBQAJbAUATmwFAFhsBQB+0Q8AsGwFAPRsBQD/bAUAR20FAFNtBQCabQUAoW0FAO1tBQD1bQUAQG4FAEpuBQCTbgUAnm4FAOZuBQDybgUAOW8FAEFvBQDR0Q8Ajm8FAN9vBQDybwUAMnAFADpwBQCFcAUAi3AFANhwBQDkcAUAK3EFADVxBQB+cQUAhHEFANFxBQDfcQUAJHIFADByBQB3cgUAenIFAMpyBQDScgUAHXMFAB5zBQBwcwUAfHMFAMNzBQDJcwUAFnQFAB50BQBpdAUAb3QFALx0BQDIdAUAD3UFACx1BQBidQUAa3UFALV1BQDBdQUACHYFAAt2BQBbdgUAZXYFAK52BQC2dgUAAXcFABJ3BQBUdwUAYncFAKd3BQC9dwUA+ncFAAh4BQBNeAUAV3gFAKB4BQCoeAUA83gFABZ5BQAk0g8AUXkFAJl5BQCneQUA7HkFAPt5BQA/egUASnoFAJJ6BQCaegUA5XoFAPN6BQA4ewUAO3sFAIt7BQCTewUAd9IPAOx7BQAxfAUANHwFAIR8BQCMfAUA5NkFAJB8BQBrrwUAk3wFAK2CBQCgfAUA13wFAPN8BQDK0g8ALH0FAH19BQCKfQUA0H0FAN19BQAjfgUAKH4FAHZ+BQCAfgUAyX4FANh+BQAcfwUAIX8FAG9/BQB8fwUAwn8FAM9/BQAVgAUAIYAFAGiABQB3gAUAu4AFAMWABQAOgQUAGoEFAGGBBQBngQUAtIEFALqBBQAHggUADIIFAFqCBQBgggUAHdMPALKCBQALpQUAvoIFAACDBQAOgwUAU4MFAF+DBQCmgwUAs4MFAPmDBQADhAUATIQFAGiEBQCfhAUAu4QFAHDTDwD0hAUARYUFAFKFBQCYhQUApYUFAOuFBQDwhQUAPoYFAEiGBQCRhgUAoIYFAOSGBQDphgUAN4cFAESHBQCKhwUAl4cFAN2HBQDphwUAMIgFAD+IBQCDiAUAjYgFANaIBQDiiAUAKYkFAC+JBQB8iQUAgokFAM+JBQDUiQUAIooFACiKBQDD0w8AfIoFAMiKBQDWigUAG4sFAB6LBQBuiwUAfYsFAMGLBQDGiwUAFIwFACGMBQBnjAUAdIwFALqMBQDGjAUADY0FAByNBQBgjQUAao0FALONBQDBjQUABo4FAAuOBQBZjgUAZo4FAKyOBQC4jgUA/44FABKPBQBSjwUAYY8FAKWPBQCxjwUA+I8FAPmPBQBLkAUAVZAFAJ6QBQCskAUA8ZAFAPaQBQBEkQUAUZEFABbUDwCckQUA6pEFAPORBQA9kgUATpIFAJCSBQCXkgUA45IFAOuSBQA2kwUAQ5MFAImTBQCOkwUA3JMFAOaTBQAvlAUAN5QFAIKUBQCZlAUA1ZQFAOGUBQAolQUAMpUFAHuVBQCDlQUAzpUFANCVBQAhlgUAKZYFAHSWBQB6lgUAx5YFANOWBQAalwUAHZcFAG2XBQBylwUAwJcFAMmXBQATmAUAGZgFAGaYBQB1mAUAuZgFAMWYBQAP1Q8ADpkFAF+ZBQBtmQUAspkFAMOZBQBi1Q8ADJoFALXVDwBdmgUAq5oFALOaBQD+mgUADZsFAFGbBQBWmwUApJsFALGbBQD3mwUABJwFAEqcBQBWnAUAnZwFAKycBQDwnAUA+pwFAFvWDwBFnQUAlp0FALGdBQDpnQUA650FADyeBQBWngUAj54FAJyeBQDingUA7p4FADWfBQA/nwUAiJ8FAKKfBQDbnwUA6p8FAC6gBQAzoAUAgaAFAI6gBQDUoAUA4aAFACehBQAzoQUAeqEFAImhBQDNoQUA16EFACCiBQAsogUAc6IFAIaiBQDGogUA1aIFABmjBQAlowUAbKMFAG2jBQC/owUAyaMFABKkBQAgpAUAZaQFAGqkBQC4pAUAxaQFAK7WDwAYpQUAXqUFAGulBQCxpQUAvaUFAASmBQATpgUAV6YFAGGmBQCqpgUAuKYFAP2mBQACpwUAUKcFAF2nBQCjpwUAr6cFAPanBQAJqAUASagFAFioBQCcqAUAqKgFAO+oBQDwqAUAQqkFAEypBQCVqQUAo6kFAOipBQDtqQUAO6oFAEiqBQAB1w8Am6oFAOGqBQDjqgUANKsFAE2rBQCHqwUAmKsFANqrBQDmqwUALawFADWsBQD61w8AhawFANOsBQDbrAUAJq0FADWtBQB5rQUAfq0FAMytBQDZrQUAH64FACyuBQByrgUAfq4FAMWuBQDUrgUAGK8FACKvBQBN2A8Afq8FAL6vBQDNrwUAEbAFAB2wBQBksAUAZbAFALewBQDBsAUACrEFABixBQBdsQUAYrEFALCxBQC9sQUAoNgPAAiyBQBWsgUAY7IFAKmyBQC2sgUA/LIFAAizBQBPswUAXrMFAKKzBQCsswUA9bMFAAO0BQBItAUATbQFAJu0BQCotAUA7rQFAPa0BQBBtQUAR7UFAJS1BQBLtQUAcgEGAKC1BQDntQUA97UFADq2BQBDtgUAjbYFAJC2BQDgtgUA7LYFADO3BQA6twUAmdkPAJG3BQDZtwUA2rcFACy4BQBEuAUAf7gFAIy4BQDSuAUA3rgFACW5BQAvuQUAeLkFAHy5BQDLuQUA0LkFAB66BQAkugUAcboFAJG6BQDEugUA3LoFABe7BQAuuwUAarsFAHa7BQC9uwUAx7sFABC8BQASvAUAY7wFAGq8BQC2vAUAvbwFAAm9BQAPvQUAXL0FAGi9BQCvvQUAsr0FAAK+BQAFvgUAVb4FAGG+BQCovgUAq74FAOzZDwAAvwUATr8FAFa/BQChvwUAp78FAPS/BQD5vwUAR8AFAFDABQCawAUApMAFAO3ABQD5wAUAQMEFAEjBBQA/2g8AmMEFAObBBQDuwQUAOcIFAETCBQCMwgUAkcIFAN/CBQDiwgUAMsMFADzDBQCS2g8AkcMFANjDBQDfwwUAK8QFADnEBQB+xAUAgcQFANHEBQDZxAUAJMUFACfFBQB3xQUAg8UFAMrFBQDQxQUAHcYFADjGBQBwxgUAfMYFAMPGBQDJxgUAFscFAB7HBQBpxwUAbccFALzHBQDIxwUAD8gFABzIBQBiyAUAbMgFALXIBQC9yAUACMkFAArJBQBbyQUAX8kFAK7JBQCwyQUAAcoFABXKBQDl2g8AXMoFAKfKBQCrygUA+soFAPzKBQBNywUAUMsFAKDLBQCoywUA88sFAADMBQBGzAUAS8wFAJnMBQCjzAUA7MwFAPTMBQA/zQUAQM0FAJLNBQCXzQUA5c0FAOjNBQA4zgUAO84FAIvOBQCZzgUA3s4FAPfOBQAxzwUAQs8FAITPBQCQzwUA188FAN/PBQA42w8AL9AFAH3QBQCF0AUA0NAFAN/QBQAj0QUAKNEFAHbRBQCD0QUAydEFANbRBQAc0gUAKNIFAG/SBQB+0gUAwtIFAMzSBQAV0wUAHdMFAGjTBQBy0wUAu9MFAMDTBQAO1AUAFtQFAIvbDwBs1AUAtNQFAMDUBQAH1QUAD9UFAN7bDwBm1QUArdUFALTVBQAA1gUADtYFAFPWBQBW1gUAptYFAK7WBQD51gUA/NYFAEzXBQBY1wUAn9cFAKXXBQDy1wUADdgFAEXYBQBR2AUAmNgFAJ7YBQDr2AUADtkFAD7ZBQBB2QUAkdkFALXZBQAx3A8A89kFADfaBQA82gUAitoFAJfaBQDd2gUA6toFADDbBQA82wUAg9sFAJLbBQDW2wUA4NsFACncBQA33AUAfNwFAIHcBQDP3AUA3NwFACLdBQAq3QUAhNwPAILdBQDI3QUA0N0FABveBQA03gUAbt4FAHTeBQDB3gUAxt4FABTfBQA03wUAZ98FAHPfBQC63wUAx98FAA3gBQAV4AUAYOAFAGPgBQCz4AUAveAFAAbhBQAI4QUAWeEFAGPhBQCs4QUAuOEFANfcDwAV4gUAUuIFAF7iBQCl4gUAquIFAPjiBQCt4gUA4+sQAAHjBQBL4wUAVeMFAJ7jBQCm4wUAvuYJAKrjBQDx4wUAweMFAOLVCQD34wUAROQFAATkBQAc+wsASuQFAJfkBQCc5AUA6uQFAPDkBQAq3Q8AS+UFAJDlBQCm5QUA4+UFAO/lBQA25gUAO+YFAInmBQCS5gUA3OYFAObmBQAv5wUAN+cFAILnBQCR5wUA1ecFANrnBQAo6AUANegFAHvoBQCI6AUAzugFANroBQAh6QUAMOkFAHTpBQB+6QUAx+kFANXpBQAa6gUAJ+oFAG3qBQCE6gUAwOoFAMjqBQAT6wUAHesFAGbrBQBr6wUAuesFAMHrBQAj3g8AGOwFAF/sBQBl7AUAsuwFAM3sBQAF7QUAEe0FAFjtBQBe7QUAdt4PAL7tBQD+7QUADe4FAFHuBQBd7gUApO4FAKXuBQD37gUAAe8FAErvBQBY7wUAne8FAKLvBQDw7wUA/e8FAMneDwBI8AUAlvAFAJ7wBQDp8AUA7PAFADzxBQBF8QUAj/EFAJ7xBQDi8QUA7fEFADXyBQA98gUAiPIFAJjyBQDb8gUA6fIFAC7zBQA/8wUAgfMFAI3zBQDU8wUA3PMFAMLfDwAt9AUAevQFAIL0BQDN9AUA1PQFACD1BQAu9QUAc/UFAHn1BQDG9QUA0vUFABn2BQAo9gUAbPYFAHb2BQC/9gUAxPYFABL3BQAY9wUAZfcFAHn3BQC49wUAwPcFAAv4BQA1+AUAXvgFAGf4BQCx+AUAvvgFAAT5BQAS+QUAV/kFAGr5BQCq+QUAxvkFABXgDwAC+gUAUPoFAF36BQCj+gUAsPoFAPb6BQAC+wUASfsFAFj7BQCc+wUApvsFAO/7BQD9+wUAQvwFAEf8BQCV/AUAovwFAOj8BQDw/AUAO/0FAEH9BQCO/QUAmv0FAOH9BQDx/QUANP4FAD3+BQCH/gUAiv4FANr+BQDm/gUALf8FADT/BQBo4A8Aqv8FANP/BQDc/wUAJgAGADMABgB5AAYAhwAGAMwABgDfAAYAHwEGADsBBgC74A8AgAEGAMUBBgDbAQYAGAIGACQCBgBrAgYAcgIGAL4CBgDGAgYAEQMGABYDBgBkAwYAbQMGALcDBgDBAwYADuEPAAsEBgBdBAYAaQQGALAEBgC2BAYAAwUGAAUFBgBWBQYAYAUGAKkFBgC3BQYA/AUGAAEGBgBPBgYAXAYGAKIGBgCqBgYA9QYGAP8GBgBIBwYAVgcGAJsHBgCxBwYA7gcGAPoHBgBBCAYASAgGAJQIBgCcCAYA5wgGAOwIBgA6CQYAQwkGAI0JBgCXCQYAYeEPAOYJBgAzCgYAOQoGAIYKBgCLCgYA2QoGAN8KBgC04Q8AMQsGAH8LBgCMCwYA0gsGAN8LBgAlDAYAMQwGAHgMBgCHDAYAywwGANUMBgAeDQYALA0GAHENBgB2DQYAxA0GANENBgAXDgYAHw4GAGoOBgB0DgYAvQ4GAMsOBgAQDwYAJg8GAGMPBgBvDwYAtg8GALsPBgAJEAYAEhAGAFwQBgBmEAYAreIPALsQBgACEQYAExEGAFURBgBhEQYAqBEGALcRBgD7EQYABRIGAE4SBgBcEgYAoRIGAKYSBgD0EgYAARMGAEcTBgBREwYAmhMGAFMTBgArFwYAqBMGAO0TBgADFAYAQBQGAEwUBgCTFAYAmBQGAOYUBgDvFAYAORUGAEMVBgCMFQYAmBUGAN8VBgDlFQYAMhYGADgWBgCFFgYAihYGANgWBgDeFgYAAOMPADEXBgB+FwYAhBcGANEXBgDWFwYAJBgGACoYBgBT4w8AhRgGAMoYBgDgGAYAHRkGACkZBgBwGQYAdRkGAMMZBgDMGQYAFhoGACAaBgBpGgYAdRoGALwaBgDPGgYADxsGAB4bBgBiGwYAbhsGALUbBgC2GwYACBwGABIcBgBbHAYAaRwGAK4cBgCzHAYAAR0GAA4dBgCm4w8AYx0GAKcdBgDHHQYA+h0GAAYeBgBNHgYAVx4GAKAeBgClHgYA8x4GAPQeBgBGHwYAUh8GAJkfBgCmHwYA7B8GAPgfBgA/IAYAUiAGAJIgBgChIAYA5SAGAPEgBgA4IQYAOSEGAIshBgCVIQYA3iEGAOwhBgAxIgYANiIGAIQiBgCRIgYA+eMPAPMiBgBM5A8AMCMGAH0jBgCDIwYA0CMGANUjBgAjJAYAKSQGAJ/kDwB7JAYAySQGAMwkBgAcJQYAKCUGAG8lBgB1JQYAwiUGAN0lBgAVJgYAISYGAGgmBgBuJgYAuyYGAL0mBgAOJwYAKScGAGEnBgBjJwYAtCcGAMInBgAHKAYAGCgGAFooBgBcKAYArSgGAMYoBgAAKQYAESkGAFMpBgBfKQYAmOUPALApBgD5KQYAByoGAEwqBgBiKgYAnyoGAKsqBgDyKgYA9yoGAEUrBgBOKwYAmCsGAKIrBgDrKwYA8ysGAD4sBgBDLAYAkSwGAKAsBgDkLAYA8ywGADctBgBALQYAii0GAJAtBgDdLQYA4y0GADAuBgA8LgYAgy4GAIouBgDWLgYA3i4GACkvBgArLwYAfC8GAIwvBgDPLwYA2S8GACIwBgAuMAYAdTAGAHswBgDIMAYA0DAGAOvlDwAnMQYAbjEGAH8xBgDBMQYAzTEGABQyBgAjMgYAZzIGAHEyBgC6MgYAyDIGAA0zBgASMwYAYDMGAG0zBgCzMwYAuzMGAAY0BgAQNAYAC0sGABI0BgBZNAYAXzQGAKw0BgCyNAYA/zQGAAQ1BgBSNQYAWDUGAD7mDwCxNQYA+DUGAP41BgBLNgYAZjYGAJ42BgCqNgYA8TYGAPc2BgBENwYATDcGAJc3BgCaNwYA6jcGAPY3BgA9OAYATjgGAJA4BgCcOAYA4zgGAPI4BgA2OQYAQDkGAIk5BgCXOQYA3DkGAOE5BgAvOgYAPDoGAII6BgCKOgYA1ToGAN86BgAoOwYANjsGAHs7BgCROwYAzjsGANo7BgAhPAYAJjwGAHQ8BgB9PAYAxzwGANE8BgA35w8AID0GAG09BgBzPQYAwD0GAMw9BgATPgYAID4GAGY+BgBwPgYAuT4GAME+BgAMPwYAFj8GAF8/BgBkPwYAsj8GALM/BgAFQAYACkAGAFhABgBpQAYAq0AGALBABgD+QAYAFUEGAFFBBgBlQQYApEEGAMBBBgD3QQYA/0EGAIrnDwBSQgYAnUIGAKdCBgDwQgYABEMGAENDBgBEQwYAlkMGAKJDBgDpQwYABUQGADxEBgBERAYA3ecPAJhEBgDiRAYA8EQGADVFBgDxRAYA+GwKAD9FBgCIRQYAikUGANtFBgD0RQYALkYGAD9GBgCBRgYAjUYGANRGBgDcRgYAMOgPADNHBgB6RwYAgEcGAM1HBgDoRwYAIEgGACxIBgBzSAYAeUgGAMZIBgDJSAYAGUkGACFJBgBsSQYAfEkGAL9JBgDESQYAEkoGABtKBgBlSgYAckoGALhKBgC/SgYAg+gPABlLBgBeSwYAdEsGALFLBgC9SwYABEwGAAlMBgBXTAYAYEwGAKpMBgC0TAYA/UwGABlNBgBQTQYAWE0GANboDwCoTQYA9k0GAP5NBgBJTgYAS04GAJxOBgC3TgYA704GAPFOBgBCTwYAUE8GAJVPBgCmTwYA6E8GAOpPBgA7UAYAVFAGAI5QBgCfUAYA4VAGAO1QBgA0UQYAPFEGACnpDwCTUQYA2lEGAOBRBgAtUgYASFIGAIBSBgCMUgYA01IGANlSBgAmUwYAKVMGAHzpDwCWUwYAzFMGAM1TBgAfVAYALlQGAHJUBgB3VAYAxVQGANJUBgAYVQYAJVUGAGtVBgB3VQYAvlUGAM1VBgARVgYAG1YGAGRWBgByVgYAt1YGALxWBgAKVwYAF1cGAF1XBgBpVwYAsFcGALZXBgADWAYAw1cGAMNsBgAJWAYAVlgGAFtYBgCpWAYAr1gGAM/pDwABWQYAT1kGAG9ZBgCiWQYArlkGAPVZBgD7WQYASFoGAFBaBgCJjAYAUVoGAJtaBgCoWgYA7loGAPRaBgBBWwYATVsGAJRbBgCWWwYA51sGAPZbBgA6XAYARVwGAI1cBgCPXAYA4FwGAPlcBgAzXQYARF0GAIZdBgCSXQYA2V0GAOVdBgAsXgYAP14GAH9eBgCOXgYA0l4GAN5eBgAlXwYAJl8GAHhfBgCCXwYAy18GANlfBgAeYAYAI2AGAHFgBgB+YAYAIuoPANFgBgAXYQYAK2EGAGphBgCGYQYAvWEGANlhBgB16g8AH2IGAGNiBgBkYgYAtmIGAMViBgAJYwYADmMGAFxjBgBpYwYAr2MGALxjBgACZAYADmQGAFVkBgBkZAYAqGQGALJkBgD7ZAYACWUGAE5lBgBTZQYAoWUGAK5lBgD0ZQYABGYGAEdmBgBJZgYAmmYGAKhmBgDtZgYA/mYGAMjqDwBHZwYAG+sPAJhnBgDmZwYA82cGADloBgBGaAYAjGgGAJJoBgDfaAYA62gGADJpBgBCaQYAhWkGAI5pBgDYaQYA22kGACtqBgA3agYAfmoGAIVqBgBu6w8A3WoGACRrBgA0awYAd2sGAIBrBgDKawYAzWsGAB1sBgApbAYAcGwGAHdsBgDB6w8A0mwGABZtBgAibQYAaW0GAGptBgC8bQYAxm0GAA9uBgAdbgYAYm4GAGduBgC1bgYAwm4GABTsDwANbwYAW28GAGpvBgCubwYAzm8GAAFwBgANcAYAVHAGAF5wBgCncAYAr3AGAPpwBgAGcQYATXEGAFNxBgCgcQYApnEGAPNxBgD4cQYARnIGAExyBgAN7Q8AnnIGAOxyBgD1cgYAP3MGAFBzBgCScwYAmXMGAOVzBgDtcwYAOHQGAEV0BgCLdAYAkHQGAN50BgDodAYAMXUGADl1BgCEdQYAk3UGANd1BgDcdQYAKnYGADd2BgB9dgYAinYGANB2BgDcdgYAI3cGADJ3BgB2dwYAgHcGAMl3BgDRdwYAHHgGACZ4BgBveAYAdHgGAMJ4BgDKeAYABu4PABp5BgBoeQYAa3kGALt5BgDFeQYAWe4PABR6BgBhegYAZnoGALR6BgDUegYAB3sGABN7BgBaewYAYHsGAK17BgCwewYAAHwGAAJ8BgBTfAYAbnwGAKZ8BgCofAYA+XwGAAd9BgBMfQYAXX0GAJ99BgChfQYA8n0GAAt+BgBFfgYAVn4GAJh+BgCkfgYArO4PAPt+BgA+fwYAXn8GAJF/BgCTfwYA5H8GAPB/BgArMg4A838GAHObBgAAgAYAa6gGABCABgA3gAYAOoAGAIqABgCXgAYAZ4UGAJmABgDdgAYA4oAGADCBBgA9gQYAg4EGAJCBBgDWgQYA4oEGACmCBgA4ggYAfIIGAIaCBgDPggYA3YIGACKDBgAngwYAdYMGAIKDBgDIgwYA1IMGABuEBgAhhAYAboQGAHSEBgDBhAYAxoQGABSFBgAahQYA/+4PAHCFBgC6hQYA0IUGAA2GBgAmhgYAYIYGAGyGBgCzhgYAuYYGAAaHBgALhwYAWYcGAGmHBgCshwYAsocGAP+HBgALiAYAUogGAFyIBgCliAYAq4gGAPiIBgAGiQYAS4kGAFeJBgCeiQYAoYkGAPGJBgD9iQYARIoGAFeKBgCXigYApooGAOqKBgD2igYAPYsGAEmLBgCQiwYAl4sGAOOLBgDviwYANowGAD2MBgBS7w8An4wGANyMBgDejAYAL40GAEONBgCCjQYAio0GANWNBgDijQYAKI4GAC2OBgB7jgYAhY4GAM6OBgDWjgYAIY8GADqPBgB0jwYAgI8GAMePBgDPjwYApe8PADWQBgBtkAYAb5AGAMCQBgDOkAYAE5EGACSRBgBmkQYAaJEGALmRBgDSkQYADJIGAB2SBgBfkgYAa5IGAPjvDwC3kgYABZMGAA6TBgBYkwYAaZMGAKuTBgCykwYA/pMGAAaUBgBRlAYAXpQGAKSUBgCplAYA95QGAAGVBgBKlQYAUpUGAJ2VBgC2lQYA8JUGAPyVBgBDlgYAS5YGAJ7wDwCZlgYA6ZYGAPOWBgA8lwYAPpcGAI+XBgColwYA4pcGAPOXBgA1mAYAQ5gGAIiYBgCLmAYA25gGAOaYBgAumQYAOpkGAIGZBgCImQYA8fAPANmZBgAnmgYAL5oGAHqaBgCImgYAzZoGAM6aBgAgmwYAO5sGAETxDwB4mwYAxpsGANObBgAZnAYAJpwGAGycBgB4nAYAv5wGAM6cBgASnQYAHJ0GAGWdBgBznQYAuJ0GAL2dBgALngYAGJ4GAF6eBgBqngYAsZ4GALeeBgAEnwYACp8GAFefBgBcnwYAqp8GALCfBgCX8Q8ACqAGAFCgBgBSoAYAo6AGALygBgD2oAYAB6EGAEmhBgBVoQYAnKEGAKShBgCQ8g8A9KEGAEKiBgBKogYAlaIGAK6iBgDoogYA7aIGADujBgBAowYAjqMGAJijBgDhowYA5KMGADSkBgA+pAYAh6QGAI2kBgDapAYA3KQGAC2lBgAupQYAgKUGAIilBgDTpQYA46UGACamBgAspgYAeaYGAH6mBgDMpgYA4qYGAB+nBgAnpwYAcqcGAJynBgDFpwYA6KcGABioBgA3qAYA4/IPAHOoBgA28w8Az6gGABGpBgAfqQYAZKkGAHCpBgC3qQYAxKkGAAqqBgAUqgYAXaoGAGWqBgCwqgYAu6oGAAOrBgAFqwYAVqsGAFmrBgCpqwYAsasGAPyrBgACrAYAT6wGAFisBgCirAYAr6wGAPWsBgD9rAYASK0GAE2tBgCbrQYApK0GAO6tBgD4rQYAQa4GAEmuBgCUrgYAma4GAOeuBgD3rgYAOq8GAEKvBgCNrwYAj68GAOCvBgD7rwYAM7AGADWwBgCGsAYAlLAGANmwBgDqsAYALLEGAC6xBgB/sQYAmLEGANKxBgDjsQYAJbIGADGyBgB4sgYAgLIGAInzDwDRsgYAHrMGACOzBgBxswYAkbMGAMSzBgDQswYAF7QGAB20BgBqtAYAbbQGAL20BgDFtAYAELUGABq1BgBjtQYAaLUGALa1BgC+tQYACbYGABO2BgBctgYAXrYGAK+2BgDAtgYAArcGACK3BgBVtwYAXbcGAKi3BgCytwYA+7cGAAC4BgDc8w8AYrgGAKG4BgCpuAYA9LgGAPm4BgBHuQYAV7kGAJq5BgCiuQYA7bkGAPe5BgBAugYAS7oGAJO6BgCfugYA5roGAO66BgAv9A8ARbsGAIy7BgCYuwYA37sGAOa7BgAyvAYAOrwGAIW8BgCevAYA2LwGAN68BgArvQYAML0GAH69BgCevQYA0b0GAN29BgAkvgYAKr4GAHe+BgB6vgYAgvQPAMy+BgAdvwYA2L4GAKglDwAgvwYAcL8GAHq/BgDDvwYA0b8GABbABgAlwAYAacAGAGzABgC8wAYAgcAGAKn+BgCFwAYAl90GAMjABgAPwQYAEcEGAGLBBgBowQYAtcEGAMTBBgAIwgYAE8IGAFvCBgBjwgYAjz0HAHXCBgCuwgYAusIGAAHDBgAUwwYAVMMGAGPDBgCnwwYAs8MGAPrDBgD7wwYATcQGAFfEBgCgxAYArsQGAPPEBgD4xAYARsUGAFPFBgDV9A8As8UGAOzFBgD7xQYAP8YGAETGBgCSxgYAn8YGAOXGBgDyxgYAOMcGAETHBgCLxwYAmscGAN7HBgDoxwYAMcgGAD/IBgCEyAYAicgGANfIBgDkyAYAKskGADbJBgB9yQYAg8kGANDJBgDWyQYAI8oGACjKBgB2ygYAfMoGACj1DwDKygYAHMsGANLKBgA6RwkA1soGACAzCQDYygYAxkEHAOnKBgDsQQ0AKMsGAG/LBgB1ywYAt/UHAHzLBgDCywYAxcsGABXMBgAhzAYAaMwGAGrMBgC7zAYAwcwGAA7NBgAdzQYAYc0GAGzNBgC0zQYAtc0GAAfOBgAbzgYAWs4GAHTOBgCtzgYAuc4GAADPBgATzwYAU88GAGLPBgCmzwYAss8GAPnPBgD6zwYATNAGAFbQBgCf0AYArdAGAPLQBgD30AYARdEGAFLRBgB79Q8AstEGAOvRBgD60QYAPtIGAEPSBgCR0gYAntIGAOTSBgDx0gYAN9MGAEPTBgCK0wYAmdMGAN3TBgDn0wYAMNQGAD7UBgCD1AYAiNQGANbUBgDj1AYAKdUGADXVBgB81QYAgtUGAM/VBgDV1QYAItYGACfWBgB11gYAe9YGAM71DwDW1gYAG9cGADbXBgBu1wYAfNcGAMHXBgDO1wYAFNgGACvYBgBn2AYAdtgGALrYBgC/2AYADdkGABrZBgBg2QYAbdkGALPZBgC/2QYABtoGABXaBgBZ2gYAY9oGAKzaBgC62gYA/9oGAATbBgBS2wYAX9sGAKXbBgCo2wYA+NsGAATcBgBL3AYAUdwGAJ7cBgCk3AYA8dwGAPbcBgBE3QYASt0GACH2DwCz3QYAdPYPAPDdBgA93gYAP94GAJDeBgCd3gYA494GAObeBgA23wYAN98GAInfBgCO3wYA3N8GAOLfBgAv4AYAOeAGAILgBgCe4AYA1eAGAPHgBgDH9g8ALuEGAHvhBgB94QYAzuEGANvhBgAh4gYAJOIGAHTiBgB14gYAx+IGAMziBgAa4wYAIOMGAG3jBgB34wYAwOMGANzjBgAT5AYAL+QGABr3DwBs5AYAueQGAL/kBgAM5QYAEeUGAF/lBgBl5QYAbfcPALTlBgAF5gYAE+YGAFjmBgBp5gYAZvgPALLmBgC5+A8AA+cGAFHnBgBZ5wYApOcGAKnnBgD35wYAs+cGAL77BgD45wYASugGAFboBgCd6AYAqugGAPDoBgD46AYAQ+kGAE3pBgCW6QYApekGAOnpBgDq6QYAPOoGAETqBgCP6gYAnuoGAOLqBgDn6gYANesGAELrBgCI6wYAlesGANvrBgDn6wYALuwGAD3sBgCB7AYAi+wGANTsBgDi7AYAJ+0GACztBgB67QYAh+0GAM3tBgDV7QYAIO4GACruBgBz7gYAeO4GAMbuBgDO7gYAX/kPAB7vBgBs7wYAde8GAJz0BgB57wYAv+8GAMzvBgAS8AYAHvAGAGXwBgB08AYAuPAGAMLwBgAL8QYAGfEGAF7xBgBj8QYAsfEGAL7xBgAE8gYADPIGAFfyBgBd8gYAqvIGALbyBgD98gYADfMGAFDzBgBZ8wYAo/MGAKbzBgD28wYAAvQGAEn0BgBQ9AYAsvkPAK30BgDv9AYA9vQGAEL1BgBP9QYAlfUGALT1BgDo9QYA8vUGADv2BgBD9gYAjvYGAJ32BgDh9gYA5vYGADT3BgBB9wYAh/cGAJT3BgDa9wYA5vcGAC34BgA8+AYAgPgGAIr4BgDT+AYA2/gGACb5BgAw+QYAefkGAH75BgDM+QYA1PkGAAX6DwAr+gYAcvoGAHj6BgDF+gYA4PoGABj7BgAk+wYAa/sGAHH7BgBY+g8Aw/sGABH8BgAe/AYAZPwGAHH8BgC3/AYAw/wGAAr9BgAZ/QYAXf0GAGf9BgCr+g8Auv0GAAP+BgAI/gYAVv4GAF7+BgD++g8As/4GAPz+BgAC/wYAT/8GAFH/BgCi/wYAr/8GAPX/BgD4/wYASAAHAEkABwCbAAcAoAAHAO4ABwD0AAcAQQEHAEsBBwCUAQcArgEHAOcBBwD2AQcAOgIHAD8CBwCNAgcAmgIHAOACBwDtAgcAMwMHAD8DBwCGAwcAlQMHANkDBwDjAwcALAQHADoEBwB/BAcAhAQHANIEBwDfBAcAJQUHAC8FBwDfDgcAMQUHAHgFBwB+BQcAywUHANEFBwAeBgcAIwYHAHEGBwB3BgcAUfsPAMkGBwAXBwcAJAcHAGoHBwB3BwcAvQcHAMkHBwAQCAcAHwgHAGMIBwBtCAcAtggHAMQIBwAJCQcADgkHAFwJBwBpCQcArwkHALcJBwACCgcADgoHAFUKBwBbCgcAqAoHAK4KBwD7CgcAAAsHAE4LBwBUCwcASvwPAKMLBwD0CwcA/QsHAEcMBwBKDAcAmgwHAKYMBwDtDAcA9AwHAEANBwBIDQcAkw0HAKwNBwDmDQcA+g0HADkOBwBVDgcAjA4HAJQOBwDw/A8A7Q4HADIPBwBIDwcAhQ8HAJEPBwDYDwcA3Q8HACsQBwA0EAcAfhAHAIgQBwDREAcA7RAHACQRBwAsEQcAQ/0PAHwRBwDKEQcA1xEHAB0SBwAqEgcAcBIHAHwSBwDDEgcA0hIHABYTBwAgEwcAaRMHAHcTBwC8EwcAwRMHAA8UBwAcFAcAYhQHAGoUBwC1FAcAvxQHAAgVBwAWFQcAWxUHAHEVBwCuFQcAuhUHAAEWBwAGFgcAVBYHAF0WBwCnFgcAsRYHAPoWBwACFwcATRcHAFwXBwCgFwcAohcHAPMXBwD8FwcARhgHAEkYBwCZGAcApRgHAOwYBwDzGAcAPxkHAEcZBwCSGQcAqxkHAOUZBwD5GQcAOBoHAFQaBwCLGgcAkxoHAJb9DwDjGgcAMRsHAD4bBwCEGwcAkRsHANcbBwDjGwcAKhwHADkcBwB9HAcAhxwHANAcBwDaHAcAIx0HADEdBwB2HQcAjB0HAMkdBwDVHQcAHB4HACEeBwBvHgcAeB4HAMIeBwDMHgcAFR8HACEfBwBoHwcAbh8HALsfBwDBHwcADiAHABMgBwBhIAcAZyAHAOn9DwDAIAcAByEHAAshBwBaIQcAaSEHAK0hBwCyIQcAACIHAA0iBwBTIgcAYCIHAKYiBwCyIgcA+SIHAAgjBwBMIwcAViMHAJ8jBwCtIwcA8iMHAPcjBwBFJAcAUiQHAJgkBwCkJAcA6yQHAPEkBwA+JQcARCUHAJElBwCWJQcA5CUHAOolBwA8/g8APCYHAIomBwCRJgcA3SYHAOkmBwAwJwcAMicHAIMnBwAzJwcABi0HAJ4nBwDWJwcA2CcHACkoBwA3KAcAfCgHAI0oBwDPKAcA0SgHACIpBwA7KQcAdSkHAIYpBwDIKQcA1CkHABsqBwAnKgcAbioHAIEqBwDBKgcA0CoHABQrBwAgKwcAZysHAGgrBwC6KwcAxCsHAA0sBwAbLAcAYCwHAGUsBwCzLAcAwCwHAI/+DwAILQcAWS0HAHQtBwCsLQcAri0HAP8tBwANLgcAUi4HAGMuBwClLgcApy4HAPguBwARLwcASy8HAFwvBwCeLwcAqi8HAPEvBwD9LwcARDAHAFcwBwCXMAcApjAHAOowBwD2MAcAPTEHAD4xBwCQMQcAmjEHAOMxBwDxMQcANjIHADsyBwCJMgcAljIHAIj/DwDhMgcALzMHADczBwCCMwcAhDMHANUzBwDmMwcAKDQHADY0BwB7NAcAljQHAM40BwDaNAcAITUHACk1BwCBABAAeTUHAMc1BwDONQcAGjYHACY2BwBtNgcAcDYHAMA2BwDINgcAEzcHACM3BwBmNwcAazcHALk3BwDCNwcADDgHABk4BwBfOAcAZjgHALI4BwC6OAcA1AAQABI5BwBYOQcAYDkHAKs5BwC/OQcA/jkHAAM6BwBROgcAWjoHAKQ6BwCqOgcA9zoHAP86BwBKOwcAWTsHAJ07BwCuOwcA8DsHAPk7BwBDPAcARjwHAJY8BwCgPAcA6TwHAPU8BwA8PQcAQj0HACcBEACcPQcA4j0HAOc9BwA1PgcAPD4HAIg+BwCUPgcA2z4HAOM+BwB6ARAAST8HAIE/BwCDPwcA1D8HAOI/BwAnQAcAOEAHAHpABwB8QAcAzUAHAOZABwAgQQcAMUEHAHNBBwB/QQcAzQEQANVBBwAZQgcAIkIHAGxCBwByQgcAv0IHAMVCBwASQwcAHkMHAGVDBwBsQwcAuEMHAMBDBwALRAcAD0QHAF5EBwBpRAcAsUQHAL9EBwAERQcAFUUHAFdFBwBjRQcAqkUHALJFBwAgAhAAAEYHAFBGBwBaRgcAo0YHAKVGBwD2RgcAD0cHAElHBwBaRwcAnEcHAKpHBwDvRwcA8kcHAEJIBwBNSAcAlUgHAKNIBwDoSAcA9UgHADtJBwBSSQcAjkkHAJZJBwDhSQcA40kHADRKBwA8SgcAh0oHAJZKBwDaSgcA30oHAC1LBwA6SwcAgEsHAI1LBwDTSwcA30sHACZMBwA1TAcAeUwHAINMBwDMTAcA2kwHAB9NBwAkTQcAck0HAH9NBwDFTQcAzU0HABhOBwAiTgcAa04HAHBOBwC+TgcAxk4HABFPBwAUTwcAZE8HAIFPBwC3TwcAyE8HAApQBwASUAcAXVAHAGBQBwCwUAcAvFAHAANRBwAJUQcAVlEHAHFRBwCpUQcAtVEHAPxRBwACUgcAcwIQAF5SBwCiUgcAo1IHAPVSBwAtUwcASFMHAFZTBwCbUwcAnFMHAO5TBwD2UwcAQVQHAFBUBwCUVAcAmVQHAOdUBwD0VAcAOlUHAEdVBwCNVQcAmVUHAOBVBwDvVQcAM1YHAD1WBwCGVgcAlFYHANlWBwDeVgcALFcHADlXBwB/VwcAh1cHANJXBwDcVwcAJVgHACpYBwB4WAcAgFgHAMtYBwDVWAcAHlkHAClZBwBxWQcAfVkHAMRZBwDMWQcAxgIQABxaBwBqWgcAbVoHAL1aBwDHWgcAEFsHABhbBwAZAxAAcVsHALZbBwDMWwcACVwHABVcBwBcXAcAYVwHAK9cBwC4XAcAAl0HAAxdBwBVXQcAXV0HAKhdBwC0XQcA+10HAA5eBwBOXgcAT14HAKFeBwCvXgcA9F4HAPpeBwBHXwcAU18HAJpfBwChXwcAbAMQAO5fBwBAYAcATGAHAJNgBwCgYAcA5mAHAO5gBwA5YQcAQ2EHAIxhBwCbYQcA32EHAOBhBwAyYgcAOmIHAIViBwCUYgcA2GIHAN1iBwArYwcAOGMHAH5jBwCLYwcA0WMHAN1jBwAkZAcAM2QHAHdkBwCBZAcAymQHANhkBwAdZQcAImUHAHBlBwB9ZQcAw2UHAMtlBwAWZgcAGmYHAGlmBwB3ZgcAvGYHAMZmBwAPZwcAGmcHAGJnBwBqZwcAtWcHAMBnBwAIaAcADWgHAFtoBwBeaAcArmgHALhoBwABaQcACWkHAFRpBwBzaQcAvwMQAKlpBwD6aQcA+2kHAE1qBwBXagcAoGoHAK5qBwDzagcADmsHAEZrBwBSawcAmWsHAKFrBwASBBAA+GsHAD9sBwBFbAcAkmwHAK1sBwDlbAcA8WwHADhtBwA+bQcAi20HAJNtBwDebQcA7G0HADFuBwA0bgcAhG4HAIxuBwDXbgcA4G4HACpvBwA3bwcAfW8HAH9vBwDQbwcA628HACNwBwAlcAcAdnAHAIRwBwDJcAcA2nAHABxxBwAecQcAb3EHAIhxBwDCcQcA03EHABVyBwAhcgcAaHIHAHByBwBlBBAAwXIHAA5zBwAWcwcAYXMHAGhzBwC0cwcAuXMHAAd0BwATdAcAWnQHAF10BwCtdAcAtXQHAAB1BwANdQcAU3UHAFh1BwCmdQcAsHUHAPl1BwABdgcATHYHAFh2BwCfdgcAsnYHAPJ2BwAAdwcARXcHAEh3BwCYdwcAoncHALgEEADudwcAPngHAEZ4BwCReAcAlHgHAOR4BwDweAcAN3kHAD15BwCKeQcApXkHAN15BwDpeQcAMHoHADZ6BwCDegcAi3oHANZ6BwDkegcAKXsHACx7BwB8ewcAhHsHAM97BwDYewcAInwHAC98BwB1fAcAd3wHAMh8BwDjfAcAG30HAB19BwBufQcAfH0HAMF9BwDSfQcAFH4HABZ+BwBnfgcAgH4HALp+BwDLfgcADX8HABl/BwBgfwcAaH8HAAsFEAC5fwcABoAHAA6ABwBZgAcAYIAHAKyABwCxgAcA/4AHAAuBBwBSgQcAVYEHAKWBBwCtgQcA+IEHAAWCBwBLggcAUIIHAJ6CBwCoggcA8YIHAPmCBwBEgwcAUIMHAJeDBwCqgwcA6oMHAPiDBwA9hAcAQIQHAJCEBwCahAcAXgUQAOaEBwA2hQcAQoUHAImFBwCPhQcA3IUHAPeFBwAvhgcAO4YHAIKGBwCIhgcA1YYHAN2GBwAohwcANocHAHuHBwB+hwcAzocHANaHBwAhiAcAKogHAHSIBwCBiAcAx4gHAMmIBwAaiQcANYkHAG2JBwBviQcAwIkHAM6JBwATigcAJIoHAGaKBwBoigcAuYoHANKKBwAMiwcAHYsHAF+LBwBriwcAsosHALqLBwCxBRAAC4wHAFiMBwBgjAcAq4wHALKMBwD+jAcAA40HAFGNBwBdjQcApI0HAKeNBwD3jQcA/40HAEqOBwBXjgcAnY4HAKKOBwDwjgcA+o4HAEOPBwBLjwcAlo8HAKKPBwDpjwcA/I8HADyQBwBKkAcAj5AHAJKQBwDikAcA7JAHAAQGEAA9kQcAVwYQAJaRBwDbkQcA7JEHAC6SBwA6kgcAgZIHAImSBwCqBhAA2ZIHACeTBwAxkwcAepMHAIKTBwDNkwcA3ZMHACCUBwAllAcAc5QHAHyUBwDGlAcA05QHABmVBwAglQcA/QYQAG6VBwC/lQcAcZUHAAOdCAB1lQcAqNIOAHiVBwC77g0AepUHAN8ACQDJlQcA+UQOANCVBwASlgcAI5YHAGWWBwBzlgcAuJYHANSWBwALlwcAJ5cHAFAHEABslwcAsZcHAL6XBwAEmAcAG5gHAFeYBwBjmAcAqpgHALCYBwD9mAcAA5kHAFCZBwBVmQcAo5kHAKmZBwCjBxAADJoHAEmaBwBYmgcAnJoHAHWaBwB5nwcAnpoHAO+aBwD+mgcAQpsHAE2bBwCVmwcAoZsHAOibBwDrmwcAO5wHAO+bBwDgqAcABJwHALeiBwBHnAcAjpwHAJScBwDhnAcA/JwHADSdBwBAnQcAh50HAI2dBwDanQcA5p0HAC2eBwAzngcAgJ4HAIaeBwDTngcA2J4HACafBwAsnwcA9gcQAHyfBwDMnwcA6J8HAB+gBwAnoAcA7wgQAH6gBwDFoAcAy6AHABihBwAzoQcAa6EHAHehBwC+oQcAxKEHABGiBwAZogcAZKIHAIWiBwBCCRAAv6IHAJUJEAAPowcAXaMHAGqjBwCwowcAvaMHAAOkBwAPpAcAVqQHAGWkBwCppAcAs6QHAPykBwAEpQcAT6UHAFmlBwCipQcAsKUHAPWlBwALpgcASKYHAFSmBwCbpgcAoKYHAO6mBwD3pgcAQacHAEunBwCUpwcAnKcHAOenBwDxpwcAOqgHAD+oBwCNqAcAlagHAOgJEADsqAcAM6kHAEapBwCGqQcAlakHANmpBwDlqQcALKoHAC2qBwB/qgcAiaoHANKqBwDgqgcAJasHACqrBwB4qwcAhasHADsKEADWqwcAHqwHACqsBwBxrAcAd6wHAMSsBwDQrAcAF60HAB+tBwA0CxAAba0HAL2tBwDFrQcAEK4HAB2uBwBjrgcAaK4HALauBwC+rgcACa8HAAuvBwBcrwcAd68HAK+vBwCxrwcAArAHABCwBwBVsAcAZrAHAKiwBwCqsAcA+7AHABSxBwBOsQcAX7EHAKGxBwCtsQcA9LEHAPyxBwCHCxAATLIHAJqyBwCnsgcA7bIHAPqyBwBAswcATLMHAJOzBwCiswcA5rMHAPCzBwA5tAcAR7QHAIy0BwCRtAcA37QHAOy0BwAytQcAOrUHAIW1BwCHtQcA2LUHAOK1BwArtgcAM7YHANoLEACJtgcA0bYHAN+2BwAktwcAJ7cHAHe3BwB/twcAyrcHAOC3BwAduAcAIrgHAHC4BwCGuAcAw7gHAM+4BwAWuQcAI7kHAGm5BwBzuQcALQwQAL65BwAPugcAHboHAGK6BwBzugcAgAwQALu6BwAIuwcAFLsHANMMEABduwcArrsHALS7BwABvAcAIbwHAFS8BwBgvAcAp7wHAK68BwD6vAcAAr0HAE29BwBUvQcAoL0HAKy9BwDzvQcA9b0HAEa+BwBNvgcAJg0QAJy+BwDsvgcA9L4HAD+/BwBPvwcAkr8HAJS/BwDlvwcA878HADjABwBJwAcAeQ0QAJLABwDMDRAA68AHADHBBwA4wQcAhMEHAIzBBwDXwQcA5cEHACrCBwAtwgcAfcIHAIXCBwDQwgcA18IHACPDBwAxwwcAdsMHAHnDBwDJwwcAy8MHABzEBwA1xAcAb8QHAIDEBwDCxAcAzsQHABXFBwAcxQcAaMUHAHDFBwC7xQcAxMUHAA7GBwAbxgcAYcYHAGvGBwC0xgcAwsYHAAfHBwAYxwcAWscHAGLHBwCtxwcAt8cHAADIBwAOyAcAU8gHAGnIBwCmyAcAssgHAPnIBwAAyQcATMkHAFTJBwCfyQcApckHAPLJBwD+yQcARcoHAE/KBwCYygcAnsoHAOvKBwD/ygcAcg4QAEzLBwCRywcAqssHAOTLBwD6ywcAN8wHAEbMBwCKzAcApMwHAN3MBwDgzAcAutEHAOjMBwCX1gcA7MwHADDNBwA1zQcAg80HAJDNBwDWzQcA480HACnOBwA1zgcAfM4HAIvOBwDPzgcA2c4HACLPBwAwzwcAdc8HAHrPBwDIzwcA1c8HABvQBwAn0AcAbtAHAHTQBwDB0AcAx9AHABTRBwAZ0QcAZ9EHAG3RBwDFDhAAxtEHAA3SBwAT0gcAYNIHAHvSBwCz0gcAv9IHAAbTBwAM0wcAWdMHAGDTBwCs0wcAsdMHAEvVBwC40wcA/9MHAAHUBwBS1AcAWdQHAKXUBwDB1AcA+NQHAADVBwC+DxAAT9UHAJ7VBwCr1QcA8dUHAA3WBwBE1gcATNYHABEQEACc1gcA6tYHAO3WBwA91wcAR9cHAJDXBwCh1wcA49cHAOjXBwA22AcAO9gHAInYBwCp2AcA3NgHAOXYBwAv2QcAMNkHAILZBwCO2QcA1dkHANvZBwAo2gcALtoHAHvaBwCA2gcAztoHANTaBwBkEBAAItsHAHTbBwCA2wcAx9sHANTbBwAa3AcAItwHAG3cBwB23AcAwNwHAM3cBwAT3QcAId0HAGbdBwB53QcAud0HAMHdBwAM3gcAD94HAF/eBwBk3gcAst4HAMHeBwAF3wcAJd8HAFjfBwBk3wcAq98HALXfBwBdERAACOAHAFHgBwBT4AcApOAHAK7gBwD34AcAAOEHAErhBwBN4QcAneEHAKXhBwDw4QcAJuIHALAREABP4gcAluIHAKXiBwDp4gcACeMHADzjBwBI4wcAj+MHAJbjBwDi4wcA5+MHADXkBwA25AcAiOQHAJTkBwDb5AcA4eQHAC7lBwAw5QcAgeUHAIvlBwDU5QcA4uUHACfmBwAs5gcAeuYHAIfmBwDN5gcA1+YHACDnBwAu5wcAc+cHAInnBwDG5wcA0ucHABnoBwAe6AcAbOgHAHXoBwC/6AcAyegHABLpBwAe6QcAZekHAHjpBwC46QcAx+kHAAvqBwAX6gcAXuoHAF/qBwCx6gcAu+oHAATrBwAS6wcAV+sHAFzrBwCq6wcAt+sHAAMSEAAL7AcAUOwHAGbsBwCj7AcAr+wHAPbsBwD97AcASe0HAFHtBwCc7QcAoe0HAO/tBwD47QcAQu4HAEzuBwCV7gcAne4HAOjuBwDs7gcAO+8HAD3vBwCO7wcAnO8HAOHvBwDr7wcANPAHAELwBwCH8AcAlPAHANrwBwDx8AcALfEHADXxBwCA8QcAkPEHANPxBwDY8QcAJvIHACzyBwB58gcAgfIHAMzyBwDR8gcAH/MHACDzBwBy8wcAfvMHAMXzBwDL8wcAGPQHABr0BwBr9AcAdfQHAL70BwDM9AcAEfUHABb1BwBk9QcAcfUHAPwSEAC59QcACvYHABT2BwBd9gcAa/YHALD2BwC19gcAA/cHABD3BwBW9wcAWPcHAEClCQBg9wcAqfcHALf3BwD89wcAEvgHAE/4BwBb+AcAovgHAKf4BwD1+AcA/vgHAEj5BwBS+QcAm/kHAKf5BwDu+QcAAfoHAEH6BwBQ+gcAlPoHAKD6BwDn+gcA6PoHADr7BwBE+wcAjfsHAJv7BwDg+wcA5fsHADP8BwBA/AcATxMQAI/8BwDZ/AcA4/wHACz9BwAu/QcAf/0HAIn9BwDS/QcA3v0HACX+BwAt/gcASBQQAHn+BwDL/gcA1/4HAB7/BwAk/wcAcf8HAHP/BwDE/wcAzv8HABcACAAlAAgAagAIAG8ACAC9AAgAygAIABABCAAYAQgAYwEIAG0BCAC2AQgAxAEIAAkCCAAfAggAXAIIAGgCCACvAggAtgIIAAIDCAAKAwgAVQMIAFoDCACoAwgAsQMIAPsDCAAFBAgATgQIAGMECAChBAgAqgQIAPQECAABBQgARwUIAEkFCACaBQgAswUIAO0FCAD+BQgAQAYIAEwGCACTBggAmwYIAJsUEADrBggAOQcIAEEHCACMBwgAogcIAN8HCADkBwgAMggIADkICACFCAgAkwgIANgICADoCAgAKwkIAD8JCAB+CQgAhgkIANEJCADgCQgAJAoIACkKCAB3CggAgAoIAMoKCADXCggAHQsIACcLCABwCwgAfAsIAMMLCADJCwgA7hQQACQMCABpDAgAfwwIALwMCADIDAgADw0IABQNCABiDQgAaw0IALUNCAC/DQgACA4IABAOCABbDggAXw4IAK4OCACwDggAAQ8IAA8PCABUDwgAXg8IAKcPCAC1DwgA+g8IAAcQCABNEAgAZBAIAKAQCACoEAgA8xAIAAMRCABGEQgASxEIAJkRCACfEQgA7BEIAPQRCAA/EggAWhIIAJISCACUEggA5RIIAPYSCAA4EwgAQRMIAIsTCACXEwgAQRUQAOMTCAAxFAgANBQIAIQUCACOFAgA1xQIANkUCAAqFQgARRUIAH0VCAB/FQgA0BUIAN4VCAAjFggANBYIAHYWCAB4FggAyRYIAOIWCAAcFwgALRcIAG8XCAB7FwgAlBUQAN8XCAAVGAgAJhgIAGgYCACEGAgAuxgIAMMYCADnFRAAExkIAGEZCABpGQgAtBkIAL8ZCAAHGggADBoIAFoaCABdGggArRoIALcaCAAAGwgAAxsIAFMbCABbGwgAphsIAKgbCAD5GwgAFBwIAEwcCABOHAgAnxwIAK0cCADyHAgAAx0IAEUdCABHHQgAmB0IALEdCADrHQgA/B0IAD4eCABKHggAkR4IAJkeCAA6FhAA8R4IADcfCAA/HwgAih8IAJQfCADdHwgA6B8IADAgCAA8IAgAgyAIAIsgCACNFhAA2yAIACkhCAAuIQgAfCEIAI0hCADgFhAA3CEIACIiCAAkIggAdSIIAI4iCADIIggA2SIIABsjCAAnIwgAbiMIAHYjCAAzFxAAxiMIABQkCAAcJAgAZyQIAHYkCAC6JAgAwCQIAA0lCAAZJQgAYCUIAGIlCACzJQgAvSUIAAYmCAASJggAWSYIAGEmCACGFxAAuCYIAP8mCAACJwgAUicIAFUnCAClJwgAsycIAPgnCAD9JwgASygIAFgoCADZFxAArygIAPEoCAD5KAgARCkIAP4oCABYMggATykIAJcpCACcKQgA6ikIAO0pCAA9KggARyoIAJAqCACzKggA4yoIAOYqCAA2KwgAWisIAIkrCACRKwgALBgQAOIrCAAvLAgAPSwIAIIsCACOLAgA1SwIANwsCAAoLQgAMC0IAHstCACLLQgAzi0IANMtCAAhLggAJy4IAHQuCAB8LggAxy4IAOQuCAAaLwgAIy8IAG0vCAB5LwgAwC8IAMYvCAATMAgAJzAIAGYwCABuMAgAuTAIAMkwCAAMMQgADjEIAF8xCABtMQgAsjEIAMMxCAB/GBAADDIIANIYEABdMggAqzIIALIyCAD+MggACjMIAFEzCABUMwgApDMIALQzCAD3MwgA+TMIAEo0CABYNAgAnTQIAK40CAAlGRAA9zQIAHgZEABWNQgAljUIAKU1CADpNQgA9TUIADw2CAA9NggAjzYIAJk2CADiNggA8DYIADU3CAA6NwgAiDcIAJU3CADLGRAA4DcIAC44CAA3OAgAgTgIAJI4CADUOAgA2zgIACc5CAAvOQgAejkIAIc5CADNOQgA0jkIACA6CAAqOggAczoIAHs6CADGOggAzDoIABk7CAAlOwgAbDsIAG47CAC/OwgAzjsIABI8CAAdPAgAZTwIAG08CAC4PAgAujwIAAs9CAAYPQgAXj0IAHI9CACxPQgAuT0IAAQ+CAATPggAVz4IAFw+CACqPggAtz4IAP0+CAAHPwgAUD8IAFI/CACjPwgAsj8IAPY/CAAAQAgASUAIAFFACACcQAgAnUAIAO9ACAD0QAgAQkEIAFBBCACVQQgAokEIAOhBCADyQQgAxBoQAD5CCACOQggAmkIIAHhRCACqQggA4UIIAOlCCAAXGxAAOUMIAIdDCACPQwgA2kMIAN1DCAAtRAgAOUQIAIBECACGRAgA00QIAO5ECAAmRQgAMkUIAHlFCAB/RQgAzEUIAM9FCAAfRggAJ0YIAHJGCAB0RggAxUYIAOBGCAAYRwgAGkcIAGtHCAB5RwgAvkcIAM9HCAARSAgAE0gIAGRICAB9SAgAt0gIAMhICAAKSQgAFkkIAF1JCABlSQgAahsQALVJCAADSggACUoIAFZKCABeSggAqUoIALhKCAD8SggAAUsIAE9LCABcSwgAoksIAK9LCAD1SwgAAUwIAEhMCABXTAgAm0wIAKVMCADuTAgA/EwIAEFNCABGTQgAlE0IAKFNCAC9GxAA800IADpOCABATggAjU4IAKhOCADgTggA7E4IADNPCAA5TwgAhk8IAIlPCADZTwgA5U8IACxQCAAyUAgAf1AIAIVQCADSUAgA11AIACVRCAArUQgAEBwQAH5RCADLUQgA0VEIAB5SCAAjUggAcVIIAHdSCABjHBAAyVIIABdTCAAkUwgAalMIAHdTCAC9UwgAyVMIABBUCAAfVAgAY1QIAG1UCAC2VAgAxFQIAAlVCAAOVQgAXFUIAGlVCACvVQgAx1UIAAJWCAAIVggAVVYIAGFWCACoVggAuFYIAPtWCAAEVwgATlcIAFFXCAChVwgArVcIAPRXCAD7VwgAXB0QAElYCACaWAgApFgIAO1YCADwWAgAQFkIAEhZCACTWQgAllkIAOZZCADyWQgAOVoIAD9aCACMWggAp1oIAN9aCADrWggAMlsIADhbCACvHRAApVsIANhbCADjWwgAK1wIADBcCAB+XAgAh1wIANFcCADUXAgAJF0IADBdCAB3XQgAg10IANdnCACPXQgAyl0IANFdCAAdXggAI14IAHBeCAB+XggAw14IAN5eCAAWXwgAIl8IAGlfCABvXwgAvF8IANZfCAAPYAgAG2AIAGJgCABoYAgAtWAIALtgCAAIYQgADWEIAFthCABhYQgAAh4QALthCAABYggADWIIAFRiCABeYggAp2IIAKtiCAD6YggA/2IIAE1jCABTYwgAoGMIAMBjCADzYwgA/2MIAEZkCABMZAgAmWQIAJ9kCADsZAgA8WQIAD9lCABFZQgAqB4QAJdlCADlZQgA7GUIADhmCABEZggAi2YIAKdmCADeZggA5mYIAKEfEABaZwgAhGcIAKpnCAD0HxAA6mcIACpoCAA5aAgAfWgIAIloCADQaAgA0WgIACNpCAAtaQgAdmkIAIRpCADJaQgAzmkIABxqCAApaggARyAQAHdqCABAIRAAx2oIABVrCAAiawgAaGsIAHVrCAC7awgAx2sIAA5sCAAdbAgAYWwIAGtsCAC0bAgAwmwIAAdtCAAMbQgAWm0IAGdtCACtbQgAtW0IAABuCAAGbggAU24IAF9uCACmbggAtm4IAPluCAACbwgATG8IAE9vCACfbwgAq28IAPJvCAD5bwgAkyEQAFBwCACYcAgApHAIAOtwCADzcAgA5iEQAEtxCACRcQgAmHEIAORxCADlcQgAN3IIADxyCACKcggAmHIIAN1yCADqcggAMHMIADpzCACDcwgAi3MIANZzCADfcwgAKXQIAC90CAB8dAgAjXQIAM90CADrdAgAInUIACp1CAA5IhAAgHUIAMh1CADSdQgAG3YIACV2CABudggAb3YIAIwiEADGdggAFHcIACF3CABndwgAdHcIALp3CADGdwgADXgIABx4CABgeAgAangIALN4CAC7eAgABnkIABB5CABZeQgAXnkIAKx5CAC0eQgA3yIQAAp6CABSeggAXnoIAKV6CACteggAMiMQAP16CABLewgAWnsIAJ57CAC+ewgA8XsIAP17CABEfAgASnwIAJd8CACffAgA6nwIAPF8CAA9fQgAP30IAJB9CACcfQgA430IAPl9CAA2fggAO34IAIl+CACWfggAhSMQAOF+CAAvfwgAPn8IAIJ/CACifwgA1X8IAOF/CAAogAgALoAIAHuACACDgAgAzoAIANWACAAhgQgAI4EIAHSBCACAgQgAx4EIAN2BCAAagggAH4IIAG2CCAB6gggAwIIIAMiCCAATgwgAGYMIAGaDCABvgwgAuYMIAMaDCAAMhAgAGYQIAF+ECABthAgAsoQIAL+ECAAFhQgAHIUIAFiFCACIhQgA2CMQALGFCAD+hQgAuIUIAJf/DQAUhggAUYYIAF+GCACkhggAp4YIAPeGCAD6hggASocIAFiHCACdhwgAoocIAPCHCAD9hwgAQ4gIAEuICACWiAgAnYgIAOmICAD1iAgAPIkIAEmJCACPiQgAnYkIAOKJCADuiQgANYoIADyKCACIiggAkIoIANuKCADfiggALosIADmLCACBiwgAj4sIANSLCADliwgAJ4wIADOMCAB6jAgAgowIACskEADTjAgAII0IADSNCABzjQgAgY0IAMaNCADTjQgAGY4IADCOCABsjggAdI4IAL+OCADJjggAEo8IABePCABljwgAbY8IALiPCADHjwgAC5AIABCQCABekAgAa5AIALGQCAC+kAgABJEIABCRCABXkQgAZpEIAKqRCAC0kQgA/ZEIAAWSCABQkggAWpIIAKOSCACokggA9pIIAP6SCAB+JBAAVJMIAJyTCACokwgA75MIAPeTCADRJBAAR5QIAJWUCACklAgA6JQIAAiVCAA7lQgAR5UIAI6VCACUlQgA4ZUIAOmVCAA0lggAO5YIAIeWCACJlggA2pYIAOaWCAAtlwgAQ5cIAICXCACFlwgA05cIAOCXCAAkJRAAL5gIAHmYCAB/mAgAzJgIANqYCAAfmQgALJkIAHKZCACJmQgAxZkIAM2ZCAAYmggAJ5oIAGuaCABwmggAvpoIAMuaCAARmwgAHpsIAGSbCABwmwgAt5sIAMabCAAKnAgAFJwIAF2cCAB5nAgAsJwIALicCAB3JRAAEJ0IAOunDAASnQgAVp0IAGCdCAD9Gw0Adp0IAKmdCAC1nQgA/J0IAAKeCABPnggAV54IACffCABbnggAop4IAGmeCADByQgAtZ4IAPWeCAAEnwgASJ8IAFSfCACbnwgAnJ8IAO6fCAD4nwgAQaAIAE+gCACUoAgAmaAIAOegCAD0oAgAyiUQAEChCACNoQgAk6EIAOChCADloQgAM6IIADmiCADDJhAAkaIIANmiCADnoggALKMIAD2jCAB/owgAi6MIANKjCADaowgAaScQADGkCAB4pAgAgqQIAMukCADapAgAHqUIACmlCABxpQgAf6UIAMSlCADRpQgAF6YIAC6mCABqpggAcqYIAL2mCADApggAEKcIABynCABjpwgAaacIALanCADRpwgACagIABWoCABcqAgAYqgIAK+oCAC3qAgAAqkIAASpCABVqQgAVqkIAKipCAC2qQgA+6kIAAOqCABOqggAaaoIAKGqCACtqggA9KoIAPqqCABHqwgASqsIAJqrCACoqwgA7asIAPKrCABArAgATawIAJOsCACvrAgA5qwIAO6sCAC8JxAARq0IABIZDQBKrQgAjK0IAEytCABJcA0AmK0IAN+tCADsrQgAMq4IADeuCACFrggAj64IANiuCADorggAK68IADCvCAB+rwgAh68IANGvCADerwgAJLAIACuwCAB3sAgAg7AIAMqwCADQsAgAHbEIACOxCABwsQgAdbEIAMOxCADJsQgADygQACKyCABpsggAb7IIALyyCADCsggAD7MIAByzCABiswgAZ7MIALWzCAC9swgACLQIAD+0CABbtAgAhrQIAK60CAC2tAgAAbUIAA61CABUtQgAWbUIAKe1CACvtQgA+rUIAP21CABNtggAVrYIAKC2CACvtggA87YIAP62CABGtwgATrcIAJm3CACptwgA7LcIAPq3CAA/uAgAULgIAJK4CACeuAgA5bgIAO24CAAIKRAAPrkIAIu5CACTuQgA3rkIAOW5CAAxuggAP7oIAIS6CACKuggA17oIAOO6CAAquwgAObsIAH27CACHuwgA0LsIANW7CAAjvAgAKbwIAHa8CACKvAgAWykQANa8CAAcvQgA2LwIAKH9CAAhvQgAb70IAHu9CADCvQgAz70IABW+CAAfvggArikQAIO+CAC7vggAvb4IAA6/CAAUvwgAYb8IAJm/CAC0vwgAur8IAAfACAAQwAgAWsAIAGfACACtwAgA5cAIAADBCAAHwQgAU8EIAFjBCACmwQgAtcEIAPnBCAAZwggATMIIAFjCCACfwggApcIIAPLCCAAMwwgARcMIAEjDCACYwwgAncMIAOvDCAD6wwgAPsQIAF7ECABUKhAAscQIAOTECADwxAgAN8UIAEHFCACKxQgAlsUIAP9yCQCXxQgA3cUIAOLFCAAwxggAOsYIAIPGCACTxggA1sYIANvGCAApxwgAMscIAHzHCACJxwgAz8cIANbHCAAiyAgALsgIAHXICAB7yAgAyMgIAM7ICAAbyQgAIMkIAG7JCAB0yQgApyoQAMTJCAAUyggAGcoIAGfKCAB2yggAusoIANrKCABNKxAAG8sIAGDLCABtywgAs8sIALrLCAAGzAgADswIAFnMCABbzAgArMwIAGDMCADkXAsAcMwIAIgiCwCyzAgAK0cLALTMCAD/zAgAA80IAMfUCAAVzQgA7uQKABrNCABSzQgAVM0IAKXNCAC2zQgA+M0IAAbOCABLzggAUs4IAJ7OCACmzggA8c4IAPjOCABEzwgASc8IAJfPCACmzwgA6s8IAArQCAA90AgASdAIAJDQCACW0AgA49AIAOvQCAA20QgAQtEIAInRCACW0QgA3NEIAPfRCAAv0ggAPdIIAILSCACI0ggA1dIIANrSCAAo0wgANdMIAHvTCACR0wgAztMIANrTCAAh1AgALtQIAHTUCAB+1AgAoCsQAMzUCAAa1QgAINUIAG3VCACN1QgAwNUIAM7VCAAT1ggAINYIAGbWCAB91ggAudYIAMHWCAAM1wgAG9cIAF/XCABk1wgAstcIAL/XCAAF2AgAD9gIAFjYCABa2AgAq9gIALnYCAD+2AgAC9kIAFHZCABd2QgApNkIAKrZCAD32QgA/9kIAEraCABQ2ggAndoIAKbaCADw2ggA/doIAEPbCABN2wgAltsIAKTbCADp2wgA/9sIADzcCABI3AgAj9wIAJfcCADzKxAA7NwIADXdCAA73QgAiN0IAIrdCADb3QgA5d0IAC7eCAA63ggAgd4IAJjeCADU3ggA6N4IAEYsEAA13wgAet8IAH3fCADN3wgA1d8IACDgCAAs4AgAc+AIAIHgCADG4AgA0OAIABnhCAAk4QgAbOEIAHjhCAC/4QgAxeEIABLiCAAa4ggAZeIIAHLiCAC44ggAveIIAAvjCAAV4wgAXuMIAGbjCACx4wgAt+MIAATkCAAN5AgAV+QIAGTkCACq5AgAt+QIAP3kCAAL5QgAUOUIAF3lCACj5QgAuuUIAPblCAD+5QgASeYIAE7mCACc5ggAouYIAO/mCAD35ggAQucIAFjnCACV5wgAo+cIAOjnCADr5wgAO+gIAEroCACO6AgAk+gIAOHoCADu6AgANOkIAETpCACH6QgAlekIANrpCADx6QgALeoIADbqCACA6ggAhuoIANPqCADf6ggAJusIAC3rCACZLBAAhesIAMzrCADO6wgAH+wIACnsCABy7AgAfuwIAMXsCADN7AgA7CwQAB3tCABr7QgAeu0IAL7tCADe7QgAEe4IAB3uCABk7ggAau4IALfuCAC/7ggACu8IAAvvCABd7wgAY+8IALDvCAC17wgAA/AIAB7wCABW8AgAZPAIAKnwCACw8AgA/PAIAAjxCABP8QgAVfEIAD8tEACn8QgA9fEIAP/xCABI8ggAWfIIAJvyCACn8ggA7vIIAPHyCABB8wgARPMIAJTzCACc8wgA5/MIAO7zCAA69AgAP/QIAI30CACc9AgA4PQIAAD1CAAz9QgAP/UIAIb1CACM9QgA2fUIAOH1CAAs9ggAOfYIAH/2CACE9ggA0vYIANz2CAAl9wgALfcIAHj3CACI9wgAy/cIAND3CAAe+AgAJ/gIAHH4CAB++AgAxPgIAMv4CACSLRAAHPkIAGr5CAB5+QgAvfkIAN35CAAQ+ggAHPoIAGP6CABp+ggAtvoIAL76CAAJ+wgAFfsIAFz7CABp+wgAr/sIALb7CAAC/AgAA/wIAFX8CABa/AgAqPwIALb8CAD7/AgACP0IAE79CABY/QgA5S0QAKb9CAD0/QgAAf4IAEf+CABU/ggAmv4IAKD+CADt/ggA+f4IAED/CABQ/wgAk/8IAJz/CADm/wgA6f8IADkACQBFAAkAjAAJAJMACQA4LhAA4QAJADIBCQDmAAkAiBsMAO8ACQC5ZwwAQwEJAIUBCQCNAQkA2AEJAOIBCQArAgkAOgIJAH4CCQB/AgkA0QIJANkCCQDeLhAALAMJADEvEACVAwkAygMJAJoDCQCDOxAAoQMJADYkCQDSAwkAHQQJACwECQBwBAkAdQQJAMMECQDQBAkAFgUJACMFCQBpBQkAdQUJALwFCQDLBQkADwYJABkGCQBiBgkAhQYJALUGCQDsBgkACAcJACwHCQBbBwkAYwcJAH0wEACzBwkAAQgJAAcICQBUCAkAXAgJANAwEAC1CAkA+ggJABUJCQBNCQkAWQkJAKAJCQCxCQkA8wkJAAcKCQBGCgkATgoJAJkKCQCfCgkA7AoJAPgKCQA/CwkATwsJAJILCQCbCwkA5QsJAOgLCQA4DAkARAwJAIsMCQCSDAkAIzEQAOwMCQAxDQkAOw0JAHYxEACJDQkA1w0JAOQNCQAqDgkANw4JAH0OCQCJDgkA0A4JAN8OCQAjDwkALQ8JAHYPCQCEDwkAyQ8JAM4PCQAcEAkAKRAJAG8QCQB3EAkAwhAJAMgQCQAVEQkAIREJAGgRCQB4EQkAuxEJAMQRCQAOEgkAERIJAGESCQBtEgkAtBIJALsSCQDJMRAAFhMJAFoTCQBfEwkArRMJALoTCQAAFAkADRQJAFMUCQBZFAkAphQJALIUCQD5FAkACRUJAEwVCQBVFQkAnxUJAKIVCQDyFQkA/hUJAEUWCQBMFgkAHDIQAJ0WCQDrFgkA+BYJAD4XCQBcFwkAkRcJAJ0XCQDkFwkA9xcJADcYCQBFGAkAihgJAI0YCQDdGAkA5xgJADAZCQA+GQkAgxkJAJAZCQDWGQkA7RkJACkaCQAxGgkAfBoJAIMaCQDPGgkA1BoJACIbCQA4GwkAdRsJAHcbCQDIGwkA1hsJABscCQAoHAkAbzIQAHYcCQDCMhAAxhwJABQdCQAhHQkAZx0JAHQdCQC6HQkAxh0JAA0eCQAcHgkAYB4JAGoeCQCzHgkAwR4JAAYfCQALHwkAWR8JAGYfCQCsHwkAtB8JAP8fCQAFIAkAUiAJAF4gCQClIAkAtSAJAPggCQABIQkASyEJAE4hCQCeIQkAqiEJAPEhCQD4IQkAFTMQAFAiCQCXIgkApyIJAOoiCQCtIgkA+fgMAPMiCQA9IwkAQCMJAJAjCQCcIwkA4yMJAOojCQBoMxAAPyQJAHQnCQBAJAkAiSQJAJgkCQDcJAkAmiQJACgmCQDdJAkALyUJAEslCQCCJQkAuiUJANUlCQANJgkAuzMQACsmCQB7JgkAlyYJAM4mCQAGJwkAIScJAFknCQAONBAAgScJAMcnCQDVJwkAGigJAC0oCQBtKAkAiSgJAMAoCQD4KAkAEykJAEspCQBhNBAAdykJALkpCQDFKQkADCoJABQqCQC0NBAAZCoJALIqCQC6KgkABSsJABQrCQBYKwkAXSsJAKsrCQC4KwkA/isJAAssCQBRLAkAXSwJAKQsCQCzLAkA9ywJAAEtCQBKLQkAUi0JAJ0tCQCnLQkA8C0JAPUtCQBDLgkASy4JAAc1EAClLgkA6S4JAKcuCQA1MAkA6i4JADwvCQBYLwkAjy8JAMcvCQDiLwkAGjAJAFo1EAA4MAkAiDAJAKQwCQDbMAkAEzEJAC4xCQBmMQkArTUQAIQxCQDUMQkA5TEJACcyCQBDMgkAejIJALIyCQDNMgkABTMJAAA2EAAtMwkAczMJAH8zCQDGMwkA1TMJABk0CQAjNAkAbDQJAHo0CQC/NAkAxDQJABI1CQAfNQkAZTUJAG01CQC4NQkAvjUJAAs2CQDINQkAqZYJABc2CQBeNgkAbjYJALE2CQC6NgkABDcJAAc3CQBXNwkAYzcJAKo3CQCxNwkAUzYQAAI4CQAX5AsABzgJAFA4CQAJOAkA734LAFo4CQCjOAkApDgJAPY4CQAFOQkASTkJAE45CQCcOQkAqTkJAO85CQD8OQkAQjoJAE46CQCVOgkApDoJAOg6CQDyOgkAOzsJAEk7CQCOOwkAkzsJAOE7CQDuOwkANDwJADU8CQCHPAkAjDwJANo8CQDfPAkALT0JAD49CQCAPQkAoz0JANM9CQDePQkAJj4JACs+CQB5PgkAfD4JAMw+CQDWPgkAHz8JAEc/CQByPwkAkT8JAKY2EADRPwkAGEAJABpACQBrQAkAekAJAL5ACQDJQAkAEUEJABlBCQBkQQkAa0EJALdBCQC5QQkACkIJABRCCQBdQgkAX0IJALBCCQDJQgkAA0MJAAVDCQBWQwkAWUMJAKlDCQC1QwkA/EMJAARECQD5NhAAW0QJAKJECQCoRAkA9UQJABBFCQBIRQkAVEUJAJtFCQChRQkA7kUJAPZFCQBBRgkAQ0YJAJRGCQCeRgkA50YJAO9GCQBMNxAAS0cJAI1HCQCURwkA4EcJAOhHCQAzSAkAQEgJAIZICQCLSAkA2UgJAONICQAsSQkANEkJAH9JCQCOSQkA0kkJANdJCQAlSgkAMkoJAHhKCQCFSgkAy0oJANdKCQAeSwkALUsJAHFLCQB7SwkAxEsJAMxLCQAXTAkAIUwJAGpMCQBvTAkAvUwJAMVMCQCfNxAAHE0JAGNNCQBzTQkAtk0JAL9NCQAJTgkADE4JAFxOCQBoTgkAr04JALZOCQDyNxAACE8JAFVPCQBbTwkAqE8JAK1PCQD7TwkAAVAJAEU4EABUUAkAoVAJAKdQCQD0UAkA+VAJANyuDQABUQkAR1EJAExRCQCaUQkAolEJAO1RCQAWUgkAQFIJACFSCQBiWQkAaVIJAJNSCQC8UgkA5lIJABFTCQA5UwkAQVMJAIxTCQCbUwkA31MJAORTCQAyVAkAP1QJAIVUCQCSVAkA2FQJAORUCQArVQkAOlUJAH5VCQCIVQkA0VUJAN9VCQAkVgkAKVYJAHdWCQCEVgkAylYJANJWCQAdVwkAI1cJAHBXCQB8VwkAw1cJANNXCQAWWAkAH1gJAGlYCQBsWAkAvFgJAMhYCQAPWQkAFlkJAJg4EACLWQkAtVkJAOBZCQAIWgkAEFoJAFtaCQBqWgkArloJALNaCQABWwkADlsJAFRbCQBhWwkAp1sJALNbCQD6WwkACVwJAE1cCQBXXAkAoFwJAK5cCQDzXAkA+FwJAEZdCQBTXQkAmV0JAKFdCQDsXQkA8l0JAD9eCQBLXgkAkl4JAKJeCQDlXgkA7l4JADhfCQA7XwkAi18JAJdfCQDeXwkA5V8JAOs4EAAzYAkAGb4NAD9gCQCEYAkAkWAJANdgCQDjYAkAKmEJADBhCQB9YQkAg2EJANBhCQDVYQkAI2IJACliCQA+ORAAnGIJAMliCQDvYgkAHGMJAFBjCQBvYwkAmGMJAMJjCQDtYwkA5DkQACFkCQBoZAkAI2QJAGZ1CgByZAkAu2QJANVkCQAOZQkAHWUJAGFlCQBmZQkAtGUJAMFlCQAHZgkAFGYJAFpmCQBmZgkArWYJALxmCQAAZwkACmcJAFNnCQBfZwkApmcJALlnCQD5ZwkACGgJAExoCQBYaAkAn2gJAKBoCQDyaAkA/GgJAEVpCQBTaQkAmGkJAJ1pCQDraQkA+GkJADc6EABDagkAkWoJAJ5qCQDkagkA8WoJADdrCQBDawkAimsJAJlrCQDdawkA52sJADBsCQA+bAkAg2wJAIhsCQDWbAkA42wJACltCQAxbQkAfG0JAIJtCQDPbQkA220JACJuCQAybgkAdW4JAH5uCQDIbgkAy24JABtvCQAnbwkAbm8JAHVvCQAwOxAAxG8JABRwCQAccAkAZ3AJAHNwCQC6cAkAwHAJAA1xCQATcQkAYHEJAGVxCQCzcQkAuXEJANY7EAAvcgkAWXIJAIJyCQCscgkA0HIJAHw8EAAFcwkAa4wKABJzCQBScwkAYXMJAKVzCQCxcwkA+HMJAPlzCQBLdAkAVXQJAJ50CQCsdAkA8XQJAPZ0CQBEdQkAUXUJAM88EAC6dQkAIj0QABN2CQA9dgkAZnYJAJB2CQC0dgkAdT0QAPF2CQA2dwkAO3cJAIl3CQCWdwkA3HcJAOR3CQAveAkANXgJAIJ4CQCOeAkA1XgJAOV4CQAoeQkAMXkJAHt5CQB+eQkAznkJAAd6CQAhegkALXoJAMg9EAB6egkAx3oJAOB6CQAaewkAKHsJAG17CQB6ewkAwHsJAMd7CQATfAkAHHwJAGZ8CQBzfAkAuXwJANB8CQAMfQkAD30JAF99CQBhfQkAsn0JALt9CQAFfgkAFX4JAFh+CQBxfgkAq34JAK1+CQD+fgkAB38JAFF/CQBZfwkApH8JAKZ/CQD3fwkAEIAJAEqACQBhgAkAnYAJAKmACQDwgAkAAYEJAEOBCQBPgQkAloEJAKGBCQDpgQkA9oEJADyCCQBGggkAGz4QAKKCCQDiggkA8IIJADWDCQAdgwkAUIsJAG+DCQCIgwkAlYMJANuDCQDjgwkALoQJADSECQCBhAkAjYQJANSECQDfhAkAJ4UJADCFCQB6hQkAfYUJAM2FCQDPhQkAIIYJACeGCQBzhgkAdYYJAG4+EADJhgkAGYcJACeHCQBshwkAcYcJAL+HCQDMhwkAEogJAB6ICQBliAkAbYgJAME+EADGiAkAC4kJABuJCQBeiQkAbIkJALGJCQC6iQkABIoJAA6KCQBXigkAWYoJAKqKCQC0igkA/YoJAP+KCQAUPxAAVYsJAKOLCQCriwkA9osJAPyLCQBJjAkAVYwJAJyMCQCrjAkA74wJAPiMCQBCjQkARY0JAJWNCQCXjQkA6I0JAO+NCQA7jgkAPY4JAGc/EACTjgkA4Y4JAP2OCQA0jwkAUI8JALo/EACUjwkAmakKAJaPCQDajwkA348JAC2QCQA6kAkAgJAJAI2QCQDTkAkA2ZAJACaRCQAykQkAeZEJAImRCQDMkQkA1ZEJAB+SCQAikgkAcpIJAH6SCQDFkgkAzJIJAA1AEAAnkwkAa5MJAHCTCQC+kwkAy5MJABGUCQAelAkAZJQJAGqUCQC3lAkAw5QJAAqVCQAalQkAXZUJAGaVCQCwlQkAs5UJAAOWCQAPlgkAVpYJAF2WCQBgQBAAq5YJAPyWCQAKlwkAT5cJAGCXCQCzQBAAqZcJAAZBEAD9lwkAWUEQAE2YCQCbmAkAqJgJAO6YCQD7mAkAQZkJAE2ZCQCUmQkAo5kJAOeZCQDxmQkAOpoJAEiaCQCNmgkAkpoJAOCaCQDtmgkAM5sJADubCQCGmwkAjJsJANmbCQDlmwkALJwJADycCQB/nAkAiJwJANKcCQDVnAkAJZ0JADGdCQB4nQkAf50JAKxBEADQnQkAHp4JACaeCQBxngkAdJ4JAMSeCQDNngkAF58JACafCQBqnwkAdZ8JAL2fCQDFnwkAEKAJACCgCQBjoAkAcaAJALagCQDHoAkACaEJABWhCQBcoQkAZKEJAP9BEAC1oQkAAqIJAAqiCQBVogkAXKIJAKiiCQC2ogkA+6IJAAGjCQBOowkAWqMJAKGjCQCwowkA9KMJAP6jCQBHpAkATKQJAJqkCQCgpAkA7aQJAAGlCQBSQhAAUaUJAJOlCQCfpQkA5qUJAOylCQA5pgkAP6YJAIymCQCRpgkA36YJAOWmCQClQhAAN6cJAIWnCQCWpwkA2KcJAOCnCQArqAkA5KcJAMDOCQDmpwkA1z0OADWoCQB+qAkAjKgJANGoCQDnqAkAJKkJADCpCQB3qQkAfqkJAMqpCQDSqQkAHaoJACKqCQBwqgkAeaoJAMOqCQDNqgkAFqsJAB6rCQBpqwkAbasJALyrCQDHqwkAD6wJAB2sCQBirAkAc6wJALWsCQDBrAkACK0JABCtCQD4QhAAXa0JAK6tCQC8rQkAAa4JAAuuCQBUrgkAYq4JAKeuCQC0rgkA+q4JABGvCQBNrwkAVa8JAKCvCQCwrwkA868JAPivCQBGsAkATLAJAJmwCQChsAkA7LAJAO6wCQA/sQkATLEJAJKxCQCasQkA5bEJAOqxCQA4sgkAObIJAIuyCQCXsgkA3rIJAOuyCQAxswkAObMJAISzCQCTswkA17MJANyzCQAqtAkAN7QJAH20CQCKtAkA0LQJANy0CQAjtQkAMrUJAHa1CQCAtQkAybUJANe1CQActgkAIbYJAG+2CQB8tgkAS0MQAMW2CQAVtwkAHbcJAGi3CQB1twkAu7cJAMC3CQAOuAkAGLgJAGG4CQBpuAkAtLgJALa4CQAHuQkAIrkJAFq5CQBcuQkArbkJALu5CQAAugkAEboJAFO6CQBVugkAproJAL+6CQD5ugkACrsJAEy7CQBYuwkAn7sJALS7CQDyuwkA+rsJAEW8CQBLvAkAmLwJAKS8CQDrvAkACL0JAD69CQBHvQkAkb0JAJ29CQDkvQkA570JADe+CQBBvgkAir4JAJK+CQDdvgkA574JADC/CQA+vwkAg78JAJm/CQDWvwkA4r8JACnACQAwwAkAfMAJAITACQDPwAkA1MAJACLBCQArwQkAdcEJAH/BCQDIwQkA0MEJABvCCQAdwgkAbsIJAH7CCQDBwgkAy8IJABTDCQAgwwkAZ8MJAG3DCQC6wwkAwsMJAJ5DEAAZxAkAYMQJAHPECQCzxAkAz8QJAAbFCQAOxQkA8UMQAGfFCQCsxQkAwsUJAP/FCQALxgkAUsYJAFfGCQClxgkArsYJAPjGCQACxwkAS8cJAFPHCQCexwkAoMcJAPHHCQAAyAkARMgJAGHICQCXyAkAoMgJAOrICQD4yAkAPckJAEPJCQCQyQkAnskJAOPJCQDwyQkANsoJAE3KCQCJygkAkcoJANzKCQDeygkAL8sJADfLCQCCywkAkcsJANXLCQDaywkAKMwJADXMCQB7zAkAiMwJAM7MCQDazAkAIc0JADDNCQB0zQkAfs0JAMfNCQDVzQkAGs4JAB/OCQBtzgkAes4JAEREEADGzgkAE88JABnPCQBmzwkAa88JALnPCQC/zwkAl0QQABrQCQBf0AkAddAJALLQCQC+0AkABdEJAArRCQBY0QkAYdEJAKvRCQC10QkA/tEJACHSCQBR0gkAVdIJAKTSCQBg0gkA8NMJAKbSCQD30gkABdMJAErTCQBU0wkAndMJAMHTCQCQRRAA9tMJAEPUCQBP1AkAltQJAJjUCQDp1AkA89QJADzVCQBI1QkAj9UJALPVCQDjRRAA5tUJADXWCQDx1QkAgdcJADfWCQCI1gkAltYJANvWCQDl1gkALtcJAFLXCQA2RhAAh9cJANTXCQDg1wkAJ9gJACnYCQB62AkAhNgJAM3YCQDZ2AkAINkJAETZCQCJRhAAkNkJAMbZCQDP2QkAGdoJACfaCQBs2gkActoJAL/aCQDL2gkAEtsJABrbCQDcRhAAbNsJALjbCQDR2wkAC9wJABrcCQBe3AkAZtwJALHcCQDA3AkABN0JAAndCQBX3QkAZN0JAKrdCQC33QkA/d0JAAneCQBQ3gkAX94JAKPeCQCt3gkA9t4JAATfCQBJ3wkATt8JAJzfCQCp3wkAL0cQAPDfCQAdUAoACOAJAELgCQBM4AkAleAJAJfgCQDo4AkA9uAJADvhCQBI4QkAjuEJAJbhCQDh4QkADeIJADTiCQA74gkAh+IJAKDiCQDa4gkA6eIJAC3jCQA14wkAgOMJAI/jCQDT4wkA2OMJACbkCQAz5AkAeeQJAIbkCQDM5AkA2OQJAB/lCQAu5QkAcuUJAHzlCQDF5QkA0+UJABjmCQAd5gkAa+YJAHjmCQCCRxAAw+YJAPToCwDK5gkAEecJAOjmCQA89xAAJOcJAGTnCQBz5wkAt+cJAMPnCQAK6AkAFugJAF3oCQBk6AkAsOgJALzoCQAD6QkACukJAFbpCQBe6QkAqekJAK3pCQD86QkAB+oJAE/qCQBb6gkAouoJAK/qCQD16gkA/eoJAEjrCQBS6wkAm+sJAKHrCQDu6wkAAuwJAEHsCQBP7AkAlOwJAKHsCQDn7AkA/uwJADrtCQBC7QkAje0JAJftCQDg7QkA5e0JADPuCQA77gkAhu4JAJXuCQDZ7gkA3u4JACzvCQA57wkAf+8JAIzvCQDS7wkA3u8JACXwCQA08AkAePAJAILwCQDVRxAA0/AJAB7xCQAt8QkAcfEJAHbxCQDE8QkAzfEJABfyCQAo8gkAavIJAHHyCQC98gkAxfIJABDzCQAd8wkAY/MJAGjzCQC28wkAwPMJAAn0CQAR9AkAXPQJAHX0CQCv9AkAu/QJAAL1CQAK9QkAKEgQAGT1CQCo9QkAxfUJAPv1CQAE9gkATvYJAFz2CQCh9gkAp/YJAPT2CQAA9wkAR/cJAE73CQCa9wkAovcJAO33CQD99wkAQPgJAEb4CQCT+AkAmPgJAOb4CQD8+AkAOfkJAEH5CQCM+QkAlvkJAN/5CQDq+QkAMvoJAD76CQCF+gkAjfoJAHtIEADl+gkAK/sJADL7CQB++wkAivsJANH7CQDX+wkAJPwJADX8CQB3/AkAi/wJAMr8CQDY/AkAHf0JACr9CQBw/QkAh/0JAMP9CQDL/QkAFv4JAB3+CQBp/gkAa/4JALz+CQDG/gkAD/8JABH/CQBi/wkAe/8JALX/CQC3/wkACAAKAAsACgBbAAoAZwAKAK4ACgDcAAoAzkgQABABCgBUAQoAcQEKAKcBCgCwAQoA+gEKAAgCCgBNAgoAUwIKAKACCgCsAgoA8wIKAPsCCgAhSRAATgMKAJkDCgCfAwoA7AMKAPgDCgA/BAoAQgQKAJIECgCXBAoA5QQKAO4ECgA4BQoAPgUKAIsFCgCaBQoA3gUKAOoFCgAxBgoAOQYKAHRJEACKBgoA1wYKANwGCgAqBwoAQAcKAH0HCgCFBwoA0AcKAN4HCgAjCAoALQgKAHYICgB5CAoAyQgKANEICgAcCQoAHQkKAG8JCgB1CQoAwgkKANAJCgAVCgoAKwoKAGgKCgBqCgoAuwoKAMEKCgAOCwoAIgsKAGELCgBpCwoAtAsKAMQLCgAHDAoACQwKAFoMCgBpDAoArQwKALcMCgAADQoABQ0KAFMNCgBZDQoApg0KALoNCgD5DQoAAQ4KAEwOCgBRDgoAnw4KAKUOCgDyDgoA+g4KAEUPCgBIDwoAmA8KAJ0PCgDrDwoA9A8KAD4QCgBEEAoAkRAKAKAQCgDkEAoA8BAKAMdJEABBEQoAihEKAIwRCgDdEQoA5BEKADASCgA3EgoAgxIKAIkSCgDWEgoA5BIKACkTCgA2EwoAfBMKAIwTCgDPEwoA1BMKACIUCgAqFAoAdRQKAD4UCgBlgQoAgRQKAMgUCgDKFAoAsxcKANUUCgAbFQoAIBUKAG4VCgB4FQoAwRUKANEVCgAUFgoAGRYKAGcWCgBwFgoAuhYKAMcWCgANFwoAFBcKAGAXCgBoFwoAGkoQAMEXCgAGGAoAHhgKAFkYCgBbGAoArBgKAMMYCgD/GAoAARkKAFIZCgBgGQoApRkKALIZCgD4GQoAABoKAG1KEABRGgoAnhoKAKAaCgDxGgoA/hoKAEQbCgBHGwoAlxsKAKgbCgDqGwoA7BsKAD0cCgBHHAoAkBwKAJwcCgDjHAoA6xwKAMBKEAA7HQoAiR0KAIwdCgDcHQoA5h0KAC8eCgA3HgoAgh4KAI8eCgDVHgoA1x4KACgfCgA+HwoAex8KAIcfCgDOHwoA1h8KABNLEAAkIAoAdCAKAH0gCgDHIAoA1SAKAEdKCgDWIAoAGiEKACUhCgBtIQoAdSEKAMAhCgDLIQoAEyIKABgiCgBmIgoAaSIKALkiCgDDIgoAuUsQABIjCgBfIwoAFiMKAFhiDQB6IwoAsiMKAL4jCgAFJAoACyQKAFgkCgBgJAoAqyQKAMEkCgD+JAoADCUKAFElCgBUJQoApCUKAL0lCgD3JQoAAyYKAEomCgBVJgoAnSYKAJ8mCgDwJgoACycKAEMnCgBRJwoAlicKAKMnCgDpJwoAACgKAAxMEAA+KAoAnWQNAFIoCgCPKAoAkCgKAOIoCgDnKAoANSkKADspCgCIKQoAiikKANspCgDhKQoALioKAEIqCgCBKgoAiSoKANQqCgDkKgoAJysKACkrCgB6KwoAiCsKAM0rCgDeKwoAX0wQACYsCgBzLAoAfywKALJMEADILAoAGS0KACotCgBsLQoAdC0KAL8tCgDILQoAEi4KABkuCgBlLgoAZi4KAAVNEADELgoACy8KAA0vCgBeLwoAZS8KALEvCgC5LwoABDAKAA0wCgBXMAoAXjAKAKowCgCrMAoAWE0QAAIxCgBQMQoAWDEKAKMxCgCtMQoA9jEKAAQyCgBJMgoAXzIKAJwyCgCoMgoA7zIKAPQyCgBCMwoASzMKAJUzCgCfMwoAq00QAOkzCgA7NAoAQzQKACWPCwBTNAoAjjQKAJs0CgDhNAoA7TQKADQ1CgA+NQoAhzUKAIs1CgDaNQoA3zUKAC02CgAzNgoAgDYKAKA2CgDTNgoA6zYKACY3CgA9NwoAeTcKAIU3CgDMNwoA1jcKAB84CgAhOAoAcjgKAHk4CgDFOAoAzDgKABg5CgAeOQoAazkKAHc5CgC+OQoAwTkKABE6CgAUOgoAZDoKAHA6CgC3OgoAujoKAAo7CgAmOwoAXTsKAGU7CgD+TRAAvDsKAAM8CgANPAoAVjwKAFg8CgCpPAoAsDwKAPw8CgADPQoATz0KAFU9CgCiPQoAsD0KAPU9CgACPgoASD4KAFg+CgCbPgoAoD4KAO4+CgD2PgoAQT8KAFE/CgCUPwoAmT8KAOc/CgDtPwoAOkAKAEJACgBRThAAk0AKAOBACgDoQAoAM0EKADZBCgCGQQoAkkEKANlBCgDfQQoALEIKAEdCCgB/QgoAjUIKANJCCgDhQgoAJUMKADFDCgB4QwoAgEMKAPdOEADQQwoAHkQKAChECgBxRAoAeUQKAMRECgDkRAoAF0UKACRFCgBqRQoAb0UKAL1FCgDBRQoAEEYKAB1GCgBKTxAAaEYKALZGCgC5RgoACUcKABNHCgBcRwoAaEcKAK9HCgDCRwoAAkgKABFICgBVSAoAYUgKAKhICgCpSAoA+0gKAAVJCgBOSQoAXEkKAKFJCgCmSQoA9EkKAAFKCgCdTxAAUUoKAJpKCgCcSgoA7UoKAAZLCgBASwoAUUsKAJNLCgCfSwoA5ksKAO5LCgCWUBAAQEwKAIxMCgCTTAoA30wKAOVMCgAyTQoAPk0KAIVNCgCITQoA2E0KANtNCgArTgoAM04KAH5OCgCOTgoA0U4KANZOCgAkTwoALU8KAHdPCgCETwoAyk8KANFPCgDpUBAAKVAKAHBQCgB9UAoAw1AKAMtQCgAWUQoAIFEKAGlRCgB4UQoAvFEKAL1RCgAPUgoAF1IKAGJSCgBxUgoAtVIKALpSCgAIUwoAFVMKAFtTCgBoUwoArlMKALpTCgABVAoAEFQKAFRUCgBeVAoAp1QKALVUCgD6VAoA/1QKAE1VCgBaVQoAoFUKAKhVCgDzVQoA/VUKAEZWCgBLVgoAmVYKAKFWCgA8URAA+lYKAD9XCgBLVwoAklcKAJhXCgDlVwoA61cKADhYCgA9WAoAi1gKAJFYCgCPURAA6lgKADFZCgA3WQoAhFkKAIpZCgDXWQoA5FkKACpaCgAvWgoAfVoKAIVaCgDQWgoA7loKAIhSEAAlWwoA1bYMACZbCgB37gsAKVsKAB+ECwA5WwoAdlsKAHdbCgDJWwoAzlsKABxcCgAiXAoAb1wKAHFcCgDCXAoAyFwKABVdCgApXQoAaF0KAHBdCgC7XQoAy10KAA5eCgAQXgoAYV4KAG9eCgC0XgoAxV4KANtSEAANXwoAWl8KAGZfCgAuUxAAul8KAABgCgAIYAoAU2AKAGBgCgCmYAoAqGAKAPlgCgAPYQoATGEKAFhhCgCfYQoAp2EKANRTEAD+YQoARWIKAEhiCgCYYgoAnWIKAOtiCgD8YgoAPmMKAEdjCgCRYwoAm2MKAORjCgDyYwoAN2QKADxkCgCKZAoAl2QKACdUEADpZAoAMGUKAD1lCgCDZQoAhWUKANZlCgDsZQoAKWYKADVmCgB8ZgoAhGYKAHpUEADUZgoAImcKAChnCgB1ZwoAfWcKAMhnCgDLZwoAG2gKACdoCgBuaAoAdGgKAMFoCgDcaAoAFGkKACFpCgBnaQoAaWkKALppCgDQaQoADWoKABlqCgBgagoAaGoKAM1UEAC5agoABmsKAAtrCgBZawoAdGsKAKxrCgC6awoA/2sKAAZsCgBSbAoAXmwKAKVsCgCsbAoAIFUQAANtCgBLbQoAU20KAJ5tCgCpbQoA8W0KAPZtCgBEbgoAR24KAJduCgChbgoA6m4KAPJuCgA9bwoAS28KAJBvCgCTbwoA428KAOtvCgA2cAoAVnAKAIlwCgCWcAoA3HAKAOFwCgAvcQoAM3EKAIJxCgCPcQoAc1UQAPVxCgAocgoAMXIKAHtyCgB8cgoAznIKANZyCgAhcwoAMXMKAHRzCgB2cwoAx3MKANVzCgAadAoAK3QKAMZVEABzdAoAwHQKAMx0CgAZVhAAGnUKAGxWEABrdQoAuXUKANN1CgAMdgoAG3YKAF92CgBqdgoAsnYKALR2CgAFdwoAEncKAFh3CgBldwoAq3cKALd3CgD+dwoAD3gKAFF4CgBUeAoApHgKAL54CgD3eAoAAHkKAEp5CgBXeQoAnXkKAKN5CgDweQoA/HkKAEN6CgBGegoAlnoKAJt6CgDpegoA+noKADx7CgBXewoAj3sKAJt7CgDiewoA6XsKADV8CgA3fAoAiHwKAI98CgDbfAoA4nwKAC59CgA0fQoAgX0KAI19CgDUfQoA130KACd+CgAqfgoAen4KAIZ+CgDNfgoA4H4KACB/CgAvfwoAc38KAH9/CgDGfwoAx38KABmACgAjgAoAbIAKAHqACgC/gAoAxIAKABKBCgAfgQoAv1YQAG2BCgASVxAAuoEKAAuCCgAhggoAXoIKAGqCCgCxggoAuYIKAGVXEAAKgwoAV4MKAF+DCgCqgwoArYMKAP2DCgAJhAoAUIQKAFaECgCjhAoAvoQKAPaECgAEhQoASYUKAFiFCgCchQoAqIUKAO+FCgD3hQoAuFcQAEeGCgCVhgoAn4YKAOiGCgDwhgoAO4cKAFuHCgCOhwoAm4cKAOGHCgDmhwoANIgKADiICgCHiAoAlIgKAAtYEAD9iAoAXlgQADKJCgCAiQoAj4kKANOJCgDziQoAJooKADKKCgB5igoAg4oKAMyKCgDYigoAH4sKACWLCgByiwoAeIsKAMWLCgDKiwoAGIwKAB6MCgCxWBAAcYwKAL6MCgDDjAoAEY0KABeNCgBXWRAAZ40KALeNCgDBjQoACo4KAAyOCgBdjgoAdo4KALCOCgDBjgoAA48KABGPCgBWjwoAWY8KAKmPCgC0jwoA/I8KAASQCgBPkAoAUZAKAKKQCgCqkAoA9ZAKAAKRCgBIkQoAVJEKAJuRCgCfkQoA7pEKAPaRCgBBkgoAUJIKAJSSCgCZkgoA55IKAPSSCgA6kwoAR5MKAI2TCgCZkwoA4JMKAO+TCgAzlAoAPZQKAIaUCgCUlAoA2ZQKAN6UCgAslQoAOZUKAKpZEACHlQoA/VkQANaVCgAJmgoA3pUKACWWCgArlgoAeJYKAH6WCgDLlgoA2JYKAB6XCgAjlwoAcZcKAHmXCgDElwoA7ZcKABeYCgD4lwoAvZgKAD2YCgAQmQoAQJgKAGqYCgCTmAoAUFoQAOaYCgCjWhAANpkKAGOZCgCXmQoAtpkKAN+ZCgD2WhAAF5oKAFyaCgBpmgoAr5oKALuaCgACmwoACJsKAFWbCgBbmwoAqJsKAK2bCgD7mwoAAZwKAElbEAB0nAoAR50KAHecCgChnAoAypwKAO9bEAAdnQoAQlwQAG2dCgCanQoAzp0KAO2dCgAWngoAlVwQAEqeCgCTngoAmJ4KAOaeCgDungoA6FwQAD6fCgCMnwoAlZ8KAN+fCgDsnwoAMqAKADmgCgA7XRAAjaAKAI5dEADroAoAK6EKADehCgB+oQoAjaEKANGhCgDaoQoAJKIKAC6iCgB3ogoAeaIKAMqiCgDjogoAHaMKAC6jCgBwowoAfKMKAMOjCgDLowoA4V0QACSkCgBppAoAeqQKALykCgDIpAoAD6UKABelCgA0XhAAZ6UKALWlCgC/pQoACKYKABCmCgBbpgoAa6YKAK6mCgCzpgoAAacKAAqnCgBUpwoAYacKAKenCgCupwoAh14QAACoCgC5Bg4AB6gKAE2oCgANqAoAme4MAFKoCgCgqAoArKgKAPOoCgAAqQoARqkKAFCpCgDaXhAAnqkKAOypCgD4qQoAP6oKAEyqCgCSqgoAnKoKAOWqCgABqwoAOKsKAECrCgAtXxAAkKsKAN6rCgDmqwoAMawKADSsCgCErAoAjawKANesCgDmrAoAKq0KADWtCgB9rQoAha0KANCtCgDgrQoAI64KADGuCgB2rgoAh64KAMmuCgDVrgoAHK8KACSvCgCAXxAAda8KAMKvCgDKrwoAFbAKABywCgBosAoAdrAKALuwCgDBsAoADrEKABqxCgBhsQoAcLEKALSxCgC+sQoAB7IKAAyyCgBasgoAYLIKAK2yCgDBsgoAALMKAAizCgBTswoAcbMKAKazCgCuswoA018QAAG0CgAmYBAAVLQKAJ+0CgC4tAoA8rQKAPu0CgBFtQoAVbUKAJi1CgCotQoA67UKAPe1CgA+tgoARLYKAJG2CgCftgoA5LYKAPG2CgA3twoATrcKAIq3CgCStwoA3bcKAOe3CgAwuAoAPrgKAIO4CgCZuAoA1rgKAOK4CgApuQoAMLkKAHy5CgCEuQoAz7kKANS5CgAiugoAK7oKAHW6CgB/ugoAyLoKANC6CgAbuwoAHbsKAG67CgB+uwoAwbsKAMu7CgAUvAoAILwKAGe8CgBtvAoAurwKAMK8CgDMYBAAFr0KAGC9CgBxvQoAs70KAL+9CgAGvgoAE74KAFm+CgBevgoArL4KALa+CgD/vgoAD78KAFK/CgBXvwoApb8KAK6/CgD4vwoABcAKAEvACgBSwAoAnsAKAKrACgDxwAoA98AKAETBCgBKwQoAl8EKAJzBCgDqwQoA8MEKAB9hEABCwgoAkMIKAJjCCgDjwgoA+cIKADbDCgA7wwoAicMKAJDDCgDcwwoA5cMKAC/ECgBAxAoAgsQKAI7ECgDVxAoA3cQKABhiEAAqxQoAe8UKAJHFCgDOxQoA2sUKACHGCgAoxgoAdMYKAHzGCgBrYhAAzMYKABrHCgAhxwoAbccKAHbHCgDAxwoA0ccKABPICgAfyAoAZsgKAG7ICgC+YhAAu8gKAAzJCgAiyQoAX8kKAGvJCgCyyQoAuckKAAXKCgANygoAEWMQAF3KCgCrygoAssoKAP7KCgAHywoAUcsKAGLLCgCkywoAsMsKAPfLCgD/ywoAZGMQAEzMCgCdzAoArMwKAPDMCgAQzQoAQ80KAEXNCgCWzQoArc0KAOnNCgD1zQoAPM4KAETOCgAKZBAAlM4KAOLOCgDkzgoANc8KADzPCgCIzwoAkM8KANvPCgDkzwoALtAKADTQCgCB0AoAktAKANTQCgDc0AoAsGQQADPRCgB60QoAfdEKAM3RCgDS0QoAINIKADHSCgBz0goAjtIKAMbSCgDS0goAGdMKACHTCgADZRAAgtMKAL/TCgDA0woAEtQKABfUCgBl1AoAa9QKALjUCgDC1AoAC9UKABPVCgBe1QoAcNUKAFZlEAC+1QoABNYKAA7WCgBX1goAXdYKAKrWCgC+1goA/dYKAAXXCgBQ1woAYNcKAKPXCgCo1woA9tcKAPzXCgBJ2AoAUdgKAJzYCgCd2AoA79gKAPHYCgBC2QoAUdkKAJXZCgC12QoA6NkKAOrZCgA72goAUtoKAI7aCgCa2goA4doKAOnaCgCpZRAAPNsKAIfbCgCg2woA2tsKAOPbCgAt3AoAN9wKAIDcCgCI3AoA09wKAOPcCgAm3QoAK90KAHndCgCC3QoAzN0KANndCgAf3goAJt4KAHLeCgB63goAT2YQAM/eCgAY3woAIN8KAGvfCgB53woAvt8KAMvfCgAR4AoAGeAKAGTgCgBm4AoAt+AKAL/gCgAK4QoAC+EKAF3hCgBf4QoAsOEKAL/hCgAD4goAI+IKAFbiCgBY4goAqeIKAMDiCgD84goACOMKAE/jCgBp4woAouMKAM7jCgD14woA+OMKAEjkCgBN5AoAm+QKAKjkCgCiZhAA8OQKAEHlCgBL5QoAlOUKAKPlCgDn5QoA8uUKADrmCgBI5goAjeYKAJrmCgDg5goA9+YKADPnCgA75woAhucKAIfnCgDZ5woA2+cKACzoCgA76AoAf+gKAJ/oCgDS6AoA1OgKACXpCgA86QoAeOkKAITpCgDL6QoA0+kKAPVmEAAj6goAceoKAHfqCgDE6goAzOoKABfrCgA26woAausKAHfrCgC96woAvusKABDsCgAm7AoAY+wKAH/sCgBIZxAAu+wKAAntCgAT7QoAXO0KAGTtCgCv7QoAsO0KAALuCgCx7QoAw/YKAAjuCgBV7goAYe4KAKjuCgC47goA++4KAAnvCgBO7woAYe8KAKHvCgCt7woA9O8KAPvvCgBH8AoAT/AKAJrwCgCe8AoA7fAKAPvwCgBA8QoASvEKAJPxCgCe8QoA5vEKAO7xCgA58goAcfIKAIzyCgCU8goA3/IKAOTyCgAy8woAOPMKAIXzCgCN8woA2PMKAPLzCgAr9AoAY/QKAH70CgCG9AoA0fQKANb0CgAk9QoAKvUKAHf1CgB/9QoAyvUKAOT1CgAd9goAN/YKAHD2CgCo9goAm2cQAMv2CgAW9woAHfcKAGn3CgB19woAvPcKAL33CgAP+AoAG/gKAGL4CgBv+AoAtfgKALz4CgAI+QoAFPkKAFv5CgBo+QoArvkKAL35CgAB+goAFfoKAO5nEABW+goAp/oKAGD6CgC8PA0AqvoKAFmwDAC0+goATaELALb6CgD6+goAGvsKAE37CgBP+woAoPsKALf7CgDz+woA//sKAEb8CgBO/AoAQWgQAJv8CgDs/AoA+fwKAD/9CgBI/QoAkv0KAJT9CgDl/QoA9v0KADj+CgBJ/goAi/4KAJ/+CgCUaBAA/v4KADH/CgAz/woAhP8KAJv/CgDX/woA4/8KACoACwAyAAsA52gQAH8ACwDQAAsA0wALACMBCwArAQsAdgELAIMBCwDJAQsAzgELABwCCwAmAgsAbwILAHcCCwDCAgsA2wILABUDCwAhAwsAaAMLAHQDCwC7AwsAyAMLAA4ECwAWBAsAYQQLAHEECwC0BAsAuQQLAAcFCwAQBQsAWgULAGcFCwCtBQsAtAULAAAGCwAIBgsAOmkQAGAGCwCmBgsAqQYLAPkGCwADBwsATAcLAE4HCwCfBwsAsAcLAPIHCwADCAsARQgLAFEICwCYCAsAnwgLAOsICwAFCQsAPgkLAEYJCwCRCQsAkgkLAPgSCwCbCQsA5AkLAOoJCwA3CgsASwoLAIoKCwCSCgsA3QoLAOcKCwAwCwsANQsLAIMLCwCLCwsA1gsLAOQLCwApDAsANgwLAHwMCwB/DAsAzwwLANkMCwAiDQsAJA0LAHUNCwCGDQsAyA0LANkNCwAbDgsAIw4LAI1pEAB4DgsAwQ4LAN0OCwAUDwsAHA8LAOBpEABoDwsAug8LANAPCwANEAsAFRALAGAQCwBuEAsAsxALAMAQCwAGEQsACRELAFkRCwBjEQsArBELAK4RCwD/EQsAEBILAFISCwBjEgsApRILAK0SCwAzahAACRMLAEsTCwBXEwsAnhMLAKATCwDxEwsA9BMLAEQUCwBQFAsAlxQLAJ8UCwCGahAA8xQLAD0VCwBKFQsAkBULAJgVCwDjFQsA9RULADYWCwBDFgsAiRYLAIoWCwDcFgsA8hYLAC8XCwA3FwsAghcLAJAXCwDVFwsA4hcLACgYCwArGAsAexgLAIUYCwDOGAsA0BgLACEZCwAyGQsAdBkLAIUZCwDHGQsAzxkLANlqEAAnGgsAbRoLAHcaCwDAGgsAzhoLABMbCwApGwsAZhsLAHIbCwC5GwsAxRsLAAwcCwASHAsAXxwLAGUcCwCyHAsAtxwLAAUdCwALHQsALGsQAF0dCwCrHQsArR0LAP4dCwAFHgsAUR4LAFkeCwCkHgsApx4LAPceCwAAHwsASh8LAFkfCwCdHwsAqB8LAPAfCwD4HwsAQyALAFMgCwCWIAsApCALAOkgCwD6IAsAPCELAEghCwCPIQsAlyELACVsEAAAIgsANSILAD0iCwB4bBAAlCILANsiCwDxIgsALiMLADYjCwCBIwsAoCMLAMtsEADXIwsA+VkLAOEjCwAnJAsAKiQLAFn1DgAvJAsAeiQLADEkCwD1KA0AfCQLAM0kCwCEJAsAzDALAIskCwD9KQsA2iQLACAlCwA0JQsAcyULAHslCwDGJQsAyyULABkmCwApJgsAbCYLAHQmCwC/JgsAySYLABInCwAdJwsAZScLAHEnCwC4JwsAwCcLAB5tEAAQKAsAXigLAGcoCwCxKAsAtygLAAQpCwATKQsAVykLAGMpCwCqKQsArSkLAHFtEAACKgsAUCoLAF8qCwCjKgsApSoLAPYqCwAHKwsASSsLAForCwCcKwsAsCsLAO8rCwD3KwsAQiwLAFAsCwCVLAsAoiwLAOgsCwDrLAsAOy0LAEUtCwCOLQsAkC0LAOEtCwDyLQsANC4LAEUuCwCHLgsAky4LANouCwDhLgsALS8LADUvCwCALwsAly8LANMvCwDfLwsAJjALADwwCwB5MAsAfDALAMRtEADXMAsAHzELACsxCwByMQsAejELABduEADRMQsAGDILAC4yCwBrMgsAbjILAL4yCwDGMgsAETMLABMzCwBkMwsAfzMLALczCwC5MwsACjQLABg0CwBdNAsAbjQLALA0CwCyNAsAAzULABw1CwBWNQsAZzULAKk1CwC1NQsAam4QAAI2CwBPNgsAXTYLAKI2CwC9NgsA9TYLAAE3CwBINwsATjcLAJs3CwCjNwsA7jcLAP43CwBBOAsARjgLAJQ4CwCdOAsA5zgLAPQ4CwA6OQsAQTkLAI05CwCVOQsAvW4QAOU5CwAzOgsAOToLAIY6CwCOOgsA2ToLAAU7CwAsOwsAMzsLAH87CwCYOwsA0jsLAOE7CwAlPAsAQTwLABBvEAB9PAsAyzwLANU8CwAePQsALj0LAHE9CwB2PQsAxD0LAM09CwAXPgsAJD4LAGo+CwBxPgsAvT4LAMk+CwAQPwsAIz8LAGM/CwByPwsAtj8LAMI/CwAJQAsACkALAFxACwBmQAsAr0ALAL1ACwACQQsAB0ELAFVBCwBiQQsAY28QALlBCwD7QQsA/UELAE5CCwBRQgsAoUILAKRCCwD0QgsA+0ILAEdDCwBTQwsAmkMLAKpDCwDtQwsA/UMLAEBECwBFRAsAk0QLAJxECwDmRAsA80QLADlFCwBARQsAjEULAJhFCwDfRQsA5UULADJGCwA4RgsAhUYLAIpGCwDYRgsA3kYLAFxwEAA1RwsAfkcLAIxHCwDRRwsA4UcLACRICwAmSAsAd0gLAIZICwDKSAsA1EgLAB1JCwAlSQsAVXEQAHZJCwDDSQsAz0kLAKhxEAAbSgsAaUoLAHFKCwC8SgsAzEoLAA9LCwAdSwsAYksLAG9LCwC1SwsAvEsLAAhMCwAQTAsATnIQAGxMCwCuTAsAtUwLAAFNCwAJTQsAVE0LAGFNCwCnTQsArE0LAPpNCwAETgsATU4LAFVOCwCgTgsAuU4LAPNOCwD/TgsARk8LAE5PCwChchAApU8LAOxPCwDvTwsAP1ALAERQCwCSUAsAo1ALAOVQCwAAUQsAOFELAERRCwCLUQsAklELAN5RCwD6UQsAMVILADlSCwD0chAAiVILANdSCwDhUgsAKlMLADJTCwB9UwsAjVMLANBTCwDVUwsAI1QLACxUCwB2VAsAg1QLAMlUCwDQVAsAR3MQACVVCwBvVQsAfFULAMJVCwDRVQsAFVYLAB9WCwBoVgsAdlYLALtWCwDAVgsADlcLABtXCwBhVwsAaVcLAJpzEADAVwsAB1gLABRYCwBaWAsAXVgLAK1YCwC7WAsAAFkLAAVZCwBTWQsAYFkLAKZZCwCuWQsA7XMQAAFaCwBMWgsAUloLAJ9aCwBTWgsAz7ILAKtaCwDyWgsAD1sLAEVbCwBOWwsAmFsLAKZbCwDrWwsA8VsLAD5cCwBKXAsAkVwLAJhcCwBAdBAA6lwLADddCwBFXQsAil0LAKVdCwDdXQsA6V0LADBeCwA2XgsAk3QQAKZeCwDmdBAA214LAClfCwA2XwsAfF8LAIlfCwDPXwsA218LACJgCwAxYAsAdWALAH9gCwDIYAsA1mALABthCwAgYQsAbmELAHthCwDBYQsA3WELABRiCwAcYgsAOXUQAHNiCwC6YgsA12ILAA1jCwAWYwsAYGMLAG5jCwCzYwsAuWMLAAZkCwASZAsAWWQLAGBkCwCsZAsAtGQLAP9kCwAVZQsAUmULAFdlCwClZQsArGULAPhlCwABZgsAS2YLAFxmCwCeZgsAqmYLAPFmCwD5ZgsA33UQAEpnCwCXZwsAnGcLAOpnCwAFaAsAPWgLAEtoCwCQaAsAl2gLAONoCwDvaAsANmkLADlpCwCJaQsAkWkLANxpCwDdaQsAL2oLADFqCwCCagsAkWoLANVqCwD1agsAKGsLACprCwB7awsAkmsLAM5rCwDaawsAIWwLAClsCwAydhAAdWwLAMdsCwDTbAsAGm0LACltCwBtbQsAdW0LAIV2EADCbQsAE24LACFuCwBmbgsAd24LANh2EADAbgsAK3cQABRvCwDRdxAAaW8LALJvCwC+bwsABXALABtwCwBYcAsAZHALAKtwCwC+cAsA/nALAAxxCwBRcQsAW3ELACR4EACscQsAd3gQAA1yCwBKcgsAVnILAJ1yCwCqcgsA8HILAPpyCwBDcwsARXMLAJZzCwCgcwsA6XMLAPdzCwA8dAsAQXQLAI90CwCcdAsA4nQLAOp0CwA1dQsARXULAIh1CwCKdQsA23ULAOR1CwAudgsAP3YLAIF2CwCLdgsAyngQAOB2CwAndwsAPncLAHp3CwCVdwsAHXkQAOZ3CwAgeAsAJngLAHN4CwB9eAsAcHkQAMh4CwAZeQsAKnkLAGx5CwB0eQsAv3kLAIh5CwD6oAsAy3kLABJ6CwAYegsAZXoLAGt6CwC4egsAvXoLAAt7CwARewsAw3kQAHp7CwCxewsAuXsLALx6EAASfAsAV3wLAGh8CwCqfAsAu3wLAP18CwAJfQsAUH0LAFd9CwAPexAAtH0LAPZ9CwAHfgsASX4LAFV+CwCcfgsAo34LAGJ7EADxfgsAQn8LAEN/CwCVfwsAnX8LAOh/CwDtfwsAO4ALAESACwCOgAsAmIALAOGACwDpgAsANIELADmBCwCHgQsAl4ELANqBCwDigQsALYILAEOCCwCAggsAjIILANOCCwDpggsAJoMLACuDCwB5gwsAf4MLAMyDCwDggwsAtXsQADWECwByhAsAgIQLAMWECwDShAsAGIULABqFCwBrhQsAdYULAL6FCwDKhQsAEYYLABiGCwBkhgsAbIYLALeGCwDQhgsACocLAB6HCwBdhwsAZYcLALCHCwCyhwsAA4gLABCICwBWiAsAW4gLAKmICwCziAsA/IgLAAeJCwBPiQsAW4kLAKKJCwCoiQsA9YkLAP2JCwBIigsASYoLAJuKCwChigsA7ooLAPOKCwBBiwsAUIsLAJSLCwCgiwsA54sLAOqLCwA6jAsAPYwLAAh8EACSjAsA4IwLAPyMCwBbfBAAU40LAIaNCwCOjQsArnwQAN+NCwAsjgsAOI4LAAF9EACFjgsA0o4LAN6OCwBGfxAAJo8LALaSCwA1jwsAeI8LAHqPCwDLjwsA1Y8LAB6QCwAgkAsAcZALAIKQCwDEkAsAzJALABeRCwAjkQsAapELAHCRCwC9kQsAw5ELABCSCwAVkgsAY5ILAGmSCwCZfxAAuJILAAmTCwAPkwsAXJMLAF+TCwCvkwsAu5MLAAKUCwAKlAsAkoAQAFuUCwColAsArpQLAPuUCwAAlQsATpULAFSVCwDlgBAAo5ULAPSVCwD9lQsAR5YLAF6WCwCalgsApZYLAO2WCwD3lgsAQJcLAEiXCwDegRAAoJcLAOaXCwDulwsAOZgLAEOYCwCMmAsAl5gLAN+YCwDlmAsAMpkLAD6ZCwCFmQsAh5kLANiZCwDfmQsAK5oLADOaCwB+mgsAkJoLADGCEAANmwsAJJsLACybCwB3mwsAmpsLACqDEADMmwsAHZwLACqcCwBwnAsAd5wLAMOcCwDUnAsAFp0LACKdCwBpnQsAcJ0LALydCwC9nQsAgr0LAMSdCwB9gxAAIp4LAGKeCwBxngsAtZ4LAMGeCwAInwsACZ8LAFufCwBlnwsArp8LALyfCwABoAsABqALAFSgCwBhoAsA0IMQAK+gCwAjhBAAAqELAHaEEABboQsAoKELAK+hCwDzoQsAE6ILAEaiCwBSogsAmaILAKCiCwDsogsA9KILAD+jCwBBowsAkqMLAJyjCwBvhRAA76MLADikCwBApAsAwoUQAJWkCwDepAsA5qQLABWGEABupQsAhKULAIylCwDXpQsA9aULAGiGEAA4pgsAfaYLAISmCwBdJg0AjaYLANCmCwDgpgsAI6cLAC+nCwB2pwsAfKcLAMmnCwDlpwsAHKgLACSoCwC7hhAAg6gLAMKoCwDMqAsAFakLACGpCwBoqQsAcKkLAA6HEADGqQsADqoLABCqCwBhqgsAZ6oLALSqCwC8qgsAYYcQAAmrCwBaqwsAXasLAK2rCwC1qwsAAKwLABCsCwBTrAsAVawLAKasCwC0rAsA+awLAAqtCwC0hxAAU60LAAeIEAClrQsA8q0LAPetCwBFrgsAS64LAFqIEACirgsA664LAO2uCwA+rwsAUa8LAJGvCwCZrwsA5K8LAPCvCwA3sAsAPbALAIqwCwCQsAsA3bALAOKwCwAwsQsANrELAFOJEACMsQsA1rELAOOxCwApsgsAMLILAHyyCwCEsgsApokQANuyCwAiswsALLMLAHWzCwCBswsAyLMLANezCwAbtAsAJbQLAG60CwB6tAsAwbQLAMi0CwD5iRAAF7ULAOT0DQAatQsAZ7ULACO1CwBzFw0Ac7ULALq1CwDCtQsATIoQABm2CwBgtgsAarYLALO2CwC/tgsABrcLABW3CwBZtwsAY7cLAKy3CwC4twsA/7cLAAa4CwCfihAAYLgLAKW4CwByuAsANggNALy4CwD4uAsABbkLAEu5CwBNuQsAnrkLAK+5CwDxuQsADboLAES6CwBMugsA8ooQALC6CwDqugsA/roLAD27CwBFuwsAkLsLAJO7CwDjuwsA8bsLADa8CwBNvAsAibwLAJa8CwDcvAsA3rwLAC+9CwBAvQsARYsQAIi9CwDVvQsA2r0LACi+CwA+vgsAe74LAIm+CwDOvgsA0b4LACG/CwAtvwsAdL8LAHq/CwDHvwsA078LABrACwBGwAsAbcALAHnACwDAwAsAz8ALABPBCwAdwQsAZsELAHTBCwC5wQsAvsELAAzCCwAZwgsAmIsQAGHCCwCywgsAwMILAAXDCwASwwsAWMMLAGrDCwDrixAAusMLAP7DCwAKxAsAUcQLAGrECwCkxAsApsQLAPfECwAGxQsASsULAGrFCwCdxQsApcULAPDFCwATxgsAPowQAEjGCwCWxgsAmcYLAOnGCwDzxgsAPMcLAETHCwCPxwsAlccLAOLHCwDuxwsANcgLAETICwCIyAsAlMgLANvICwDoyAsALskLADjJCwCByQsAickLANTJCwDjyQsAJ8oLACnKCwB6ygsAi8oLAM3KCwDeygsAIMsLACjLCwBzywsAhMsLAMbLCwDIywsAGcwLABzMCwBszAsAdswLAL/MCwDjzAsAEs0LAC7NCwCRjBAAa80LALjNCwC9zQsAC84LABrOCwBezgsAas4LALHOCwC0zgsABM8LAAfPCwBXzwsAX88LAKrPCwC5zwsA/c8LAALQCwBQ0AsAZtALAKPQCwCk0AsA9tALAAfRCwBJ0QsAVdELAJzRCwCm0QsA79ELAPvRCwBC0gsASdILAOSMEACZ0gsA6NILAPbSCwA70wsARdMLAI7TCwCZ0wsA4dMLAOnTCwA01AsAQNQLAIfUCwCa1AsA2tQLAOjUCwAt1QsAN9ULAIDVCwCI1QsA09ULAOLVCwAm1gsAK9YLAHnWCwCA1gsAzNYLANjWCwA3jRAAK9cLAHLXCwB11wsAxdcLAMjXCwAY2AsAMtgLAGvYCwB32AsAvtgLANHYCwAR2QsAH9kLAGTZCwBu2QsAt9kLANrZCwCKjRAAFNoLAF3aCwBp2gsAsNoLALfaCwAD2wsAC9sLAFbbCwBa2wsAqdsLALfbCwD82wsABtwLAE/cCwBa3AsAotwLAKrcCwD13AsABN0LAEjdCwBN3QsAm90LAKLdCwDu3QsA+t0LAEHeCwBJ3gsA3Y0QAKreCwBq1g0Ard4LAOfeCwDx3gsAOt8LAEbfCwCN3wsAkN8LAODfCwDq3wsAM+ALADbgCwCG4AsAluALANngCwDb4AsALOELADrhCwB/4QsAkOELADCOEADZ4QsAg44QAC7iCwB44gsAL+ILAPbCDQBF4gsAN/wMAJHiCwDL4gsA1eILAB7jCwAq4wsAceMLAHTjCwDE4wsAzuMLANaOEAAc5AsAauQLAIrkCwC95AsAxeQLACmPEAAe5QsAY+ULAHnlCwC25QsAwuULAAnmCwAQ5gsAXOYLAGTmCwCv5gsAtOYLAALnCwAL5wsAVecLAF/nCwCo5wsAsOcLAPvnCwAJ6AsATugLAFvoCwCh6AsAqegLAHyPEAAE6QsAR+kLAE/pCwDPjxAAoekLAO3pCwD56QsAQOoLAEfqCwCT6gsAm+oLAObqCwDw6gsAOesLAEfrCwCM6wsAousLAN/rCwDr6wsAMuwLADfsCwCF7AsAjuwLANjsCwDi7AsAK+0LADPtCwB+7QsAg+0LANHtCwDh7QsAJO4LACzuCwAikBAAge4LAMruCwDN7gsAMZ4MANLuCwB1kBAAK+8LAHDvCwCG7wsAw+8LAM/vCwAW8AsAHfALAGnwCwBx8AsAvPALAMHwCwAP8QsAGPELAGLxCwBs8QsAtfELAL3xCwAI8gsACvILAGH9CwAW8gsAW/ILAGjyCwCu8gsAtvILAMiQEAAN8wsAVPMLAFfzCwCn8wsAsfMLABuREAAI9AsATfQLAGP0CwCg9AsArPQLAPP0CwD69AsARvULAE71CwCZ9QsAnvULAOz1CwD19QsAP/YLAEn2CwCS9gsAmvYLAOX2CwDn9gsAOPcLAEj3CwCL9wsAlfcLAN73CwDq9wsAMfgLADf4CwDBkRAAkvgLANf4CwDt+AsAKvkLADb5CwB9+QsAgvkLAND5CwDZ+QsAI/oLAC36CwB2+gsAfvoLAMn6CwDr+gsAFJIQACv7CwBv+wsAe/sLAML7CwDD+wsAFfwLAB/8CwBo/AsAdvwLALv8CwDA/AsADv0LABv9CwBnkhAAcf0LALT9CwC+/QsAB/4LABP+CwBa/gsAYP4LAK3+CwC1/gsAYJMQAAX/CwBT/wsAW/8LAKb/CwCy/wsAYAkMAL//CwD5/wsABQAMAEwADABUAAwAs5MQAKwADADyAAwA+gAMAEUBDABTAQwAmAEMAKUBDADrAQwA7gEMAD4CDABIAgwAkQIMAJMCDADkAgwA8QIMADcDDABGAwwAigMMAJYDDADdAwwA5QMMAAaUEABABAwAgwQMAIsEDADWBAwA4gQMACkFDAAvBQwAfAUMAIIFDADPBQwA1AUMACIGDAAoBgwAWZQQAIIGDADIBgwAzQYMABsHDAAlBwwAbgcMAHYHDADBBwwAzQcMABQIDAAnCAwAZwgMAHUIDAC6CAwAvQgMAA0JDAAXCQwArJQQAHMJDACzCQwAwQkMAAYKDAAJCgwAWQoMAGMKDAD/lBAAsQoMAP8KDAC6CgwA0ygMAAcLDABSCwwAXgsMAKULDACrCwwA+AsMALgLDACOJgwA/gsMAEsMDABQDAwAngwMAKQMDABSlRAA9wwMAEQNDABJDQwAlw0MAJ0NDACllRAA+A0MAD0ODABYDgwAkA4MAJwODADjDgwA6g4MAPiVEAA/DwwAiQ8MAJYPDADcDwwA6A8MAC8QDABCEAwAghAMAIMQDADVEAwA4RAMACgRDAA3EQwAexEMAIURDADOEQwA2hEMACESDAAoEgwAS5YQAHoSDADHEgwAzRIMABoTDAAfEwwAbRMMAHMTDADxlhAAyRMMABMUDAAgFAwAZhQMAGoUDAC5FAwAuxQMAAwVDAAZFQwAXxUMAGkVDABElxAAuRUMAAUWDAANFgwAWBYMAGQWDACrFgwAvhYMAP4WDAANFwwAURcMAF0XDACkFwwApRcMAPcXDAABGAwAShgMAFgYDACdGAwAohgMAPAYDAD9GAwAl5cQAE8ZDACWGQwAnBkMAOkZDADvGQwAPBoMAEEaDACPGgwAlRoMAOqXEADnGgwANRsMAD8bDACQmBAAkBsMANsbDADoGwwALhwMADMcDACBHAwAixwMANQcDADcHAwAJx0MADMdDAB6HQwAjR0MAM0dDADOHQwAIB4MACweDABzHgwAgh4MAMYeDADQHgwAGR8MACEfDABsHwwAbh8MAOOYEADIHwwAEiAMACEgDABlIAwAdCAMALggDADEIAwACyEMAA4hDABeIQwAYSEMADaZEACzIQwABCIMAAciDABXIgwAXyIMAKoiDAC3IgwA/SIMAAIjDABQIwwAWiMMAKMjDACrIwwA9iMMAAIkDABJJAwAXCQMAJwkDACdJAwA7yQMAPskDABCJQwAUSUMAJUlDACfJQwA6CUMAPQlDAA7JgwAQiYMAImZEACdJgwA4SYMAO0mDAA0JwwANScMAIcnDACRJwwA2icMAOgnDAAtKAwAMigMAIAoDACNKAwA3JkQAOQoDAAvmhAAMykMAHkpDACHKQwAzCkMAN0pDAAfKgwAQSoMAIKaEAB3KgwAxSoMAHgqDADxXwwAzSoMABgrDAAZKwwATy8MABsrDABIMAwAHSsMAFYuDAAeKwwAlDEMAB8rDABdLQwAJysMAGsrDAAxKwwAfzQMAHArDAC+KwwAyysMABEsDAAeLAwAZCwMAHAsDAC3LAwAxiwMAAotDAAULQwA1ZoQAGstDACwLQwAsi0MAAMuDAAULgwAKJsQAFcuDACpLgwAtS4MAPwuDAAJLwwAe5sQAF0vDACiLwwAry8MAPUvDAAMMAwAzpsQAFEwDADgMgwAUjAMAJswDACdMAwA7jAMAPQwDABBMQwASzEMACGcEACgMQwA5zEMAOkxDAA6MgwASTIMAI0yDACYMgwAdJwQAO8yDAAzMwwAQjMMAIYzDACSMwwA2TMMAOUzDAAsNAwAMzQMAMecEACLNAwA0jQMANo0DAAanRAAPjUMAHg1DACJNQwAyzUMANc1DABtnRAAJTYMAHE2DAB5NgwAxDYMAMU2DAAXNwwAHTcMAGo3DABvNwwAvTcMAL43DAAQOAwAHDgMAGM4DABpOAwAtjgMAMA4DAAJOQwAFzkMADk+DAAdOQwAXDkMAGQ5DADAnRAAvzkMAAI6DAAKOgwAVToMAF46DACoOgwAYjoMAEA9DAC1OgwA+zoMAAI7DABOOwwAWjsMAKE7DACxOwwA9DsMAAI8DABHPAwAVDwMAJo8DACmPAwA7TwMAPQ8DAATnhAAST0MAJM9DACkPQwA5j0MAPc9DABmnhAART4MAIw+DACPPgwA3z4MAOc+DAAyPwwANz8MAIU/DACVPwwA2D8MAOA/DAArQAwANEAMAH5ADAA4QAwAFkMMAItADADRQAwA2EAMACRBDAAwQQwAd0EMAIdBDADKQQwA2EEMAB1CDAAqQgwAcEIMAHxCDADDQgwAykIMALmeEAAfQwwAaUMMAHpDDAC8QwwAzUMMAAyfEAAURAwAYkQMAG9EDAC1RAwAwUQMAAhFDAASRQwAW0UMAG9FDACuRQwAr0UMAAFGDAANRgwAVEYMAHNGDACnRgwAr0YMAPpGDAD/RgwATUcMAGZHDACgRwwAzEcMAPNHDAD/RwwARkgMAFVIDACZSAwAo0gMAOxIDAD0SAwAP0kMAEpJDACSSQwAlEkMAOVJDADoSQwAOEoMAEBKDACLSgwAmEoMAN5KDADjSgwAMUsMADlLDACESwwAhksMANdLDADhSwwAKkwMADRMDAB9TAwAg0wMANBMDADeTAwAI00MADxNDAB2TQwAf00MAMlNDADTTQwAHE4MAChODABfnxAAe04MAMJODADMTgwAFU8MACBPDABoTwwAbU8MALtPDADCTwwADlAMABZQDABhUAwAjlAMALKfEAC7UAwAB1EMAA9RDABaUQwAh1EMAK1RDACyUQwAAFIMAAFSDABTUgwAXVIMAKZSDAC0UgwA+VIMAP5SDABMUwwAWVMMAJ9TDAC7UwwA8lMMAA5UDAAFoBAAUlQMAJhUDACcVAwA61QMAPFUDAA+VQwAQFUMAJFVDACSVQwA5FUMAAdWDAA3VgwAW1YMAIpWDAC3VgwA3VYMAOVWDAAwVwwANVcMAINXDACQVwwA1lcMAN5XDAApWAwAK1gMAHxYDACEWAwAz1gMAPxYDAAiWQwAL1kMAHVZDAB6WQwAyFkMANVZDAAbWgwAJ1oMAG5aDACbWgwAwVoMAMlaDAAUWwwAL1sMAGdbDABpWwwAulsMAMtbDAANXAwAFlwMAGBcDABsXAwAWKAQAMBcDAAGXQwAIV0MAFldDABeXQwArF0MAMxdDAD/XQwAC14MAFJeDABaXgwAq6AQALNeDAD4XgwAAl8MAEtfDABWXwwAnl8MAKZfDABRoRAA+l8MAERgDABOYAwAl2AMAKJgDADqYAwA/mAMAD1hDABSYQwAkGEMAJhhDADjYQwA+mEMADZiDAA7YgwAiWIMAJNiDADcYgwA5GIMAKShEAAxYwwAgmMMAJNjDADVYwwA2GMMAChkDAA0ZAwA96EQAIlkDADOZAwA32QMAEqiEAAkZQwAdGUMAHdlDADHZQwA02UMABpmDAAgZgwAbWYMAHdmDACdohAAzWYMABNnDAAqZwwAZmcMAG5nDADwohAAyWcMAAxoDAAYaAwAX2gMAGVoDACyaAwAvmgMAAVpDADAaAwArKIOABJpDABYaQwAZ2kMAKtpDAC3aQwA/mkMAAZqDABDoxAAWWoMAKRqDACmagwA92oMAAZrDABKawwAVGsMAJ1rDACmawwA8GsMAPJrDABDbAwAVGwMAJZsDACrbAwA6WwMAPFsDAA8bQwAem0MAI9tDACXbQwA4m0MAO5tDAA1bgwASG4MAIhuDACJbgwA224MAOduDAAubwwAPW8MAIFvDACLbwwA1G8MAOBvDAAncAwALnAMAOmjEACWcAwAPKQQANBwDAAgcQwAKHEMAHNxDACAcQwAxnEMAMtxDAAZcgwAI3IMAGxyDAB0cgwAv3IMAMlyDAD2dgwAz3IMAOh4DADscgwAEnMMABxzDABlcwwAInMMAAR1DABrcwwAuHMMAMFzDAALdAwAF3QMAF50DACLdAwAsXQMAM10DADipBAABnUMAFd1DABodQwAqnUMAK11DAD9dQwACXYMAFB2DAB9dgwAo3YMAL92DAA1pRAA/HYMAEl3DABSdwwAnHcMAKZ3DADvdwwA+ncMAEJ4DABWeAwAlXgMALF4DACIpRAA6ngMADt5DABMeQwAjnkMAJF5DADheQwA9XkMADR6DABQegwA26UQAI96DAAuphAA4noMAIGmEAA5ewwAgHsMAIZ7DADTewwA2XsMACZ8DAArfAwAeXwMAH98DADUphAA1nwMAB99DAAnfQwAeqcQAHh9DADFfQwAzX0MABh+DAAlfgwAa34MAHd+DAC+fgwAwH4MABF/DAAXfwwAZH8MAGx/DAC3fwwAyX8MAM2nEAAXgAwAXYAMAGSADACwgAwAuIAMAAOBDAAIgQwAVoEMAGaBDACpgQwAsYEMAPyBDAAKggwAT4IMAFyCDACiggwAo4IMAPWCDAD+ggwASIMMAFKDDAAgqBAAoIMMAO6DDAD6gwwAQYQMAESEDACUhAwAnIQMAOeEDAD0hAwAOoUMAD+FDACNhQwAl4UMAOCFDADohQwAM4YMAD+GDACGhgwAmYYMANmGDADnhgwALIcMAC+HDAB/hwwAiYcMAHOoEADbhwwAJYgMADKIDAB4iAwAgogMAMuIDADZiAwAHokMADSJDABxiQwAfYkMAMSJDADQiQwAF4oMACqKDABqigwAeYoMAL2KDADJigwAEIsMABGLDABjiwwAbYsMALaLDADEiwwACYwMAA6MDABcjAwAaYwMAMaoEAC9jAwAAo0MABiNDABVjQwAYY0MAKiNDACvjQwA+40MAAOODABOjgwAU44MAKGODACqjgwA9I4MAP6ODABHjwwAT48MAJqPDACejwwA7Y8MAO+PDABAkAwATpAMAJOQDACdkAwA5pAMAPSQDAA5kQwARpEMAIyRDACjkQwA35EMAOeRDAAykgwAQpIMAIWSDACKkgwA2JIMAN6SDAArkwwAM5MMAH6TDACDkwwA0ZMMANKTDAAklAwAMJQMAHeUDAB9lAwAypQMAMyUDAAdlQwAJ5UMAHCVDAB+lQwAw5UMAMiVDAAWlgwAI5YMAL+pEACAlgwAvJYMAMKWDAAPlwwAG5cMAGKXDAB5lwwAtZcMALeXDAAImAwAEpgMAFuYDABnmAwArpgMALqYDAABmQwAB5kMAFSZDABamQwAp5kMAKyZDAD6mQwAAJoMABKqEABQmgwAanwOAFiaDACgmgwAoZoMAPOaDAD9mgwARpsMAHGbDABlqhAAnJsMAOybDAD2mwwAuKoQAEicDACSnAwAqJwMAOWcDAD7nAwAOJ0MADqdDACLnQwAkZ0MAN6dDADynQwAXqsQADmeDACEngwATZ4MAOgCEQCKngwArKkNAJSeDADXngwAnZ4MABoFDgDZngwAKp8MADifDAB9nwwAjp8MALGrEADXnwwABKwQACygDACTiQ0AL6AMAHagDAB5oAwAyaAMANKgDAAcoQwALaEMAG+hDAB5oQwAwqEMAMqhDAAVogwA3qEMABfWDQAYogwAaKIMAHGiDAC7ogwA0aIMAA6jDAAkowwAYaMMAGOjDAC0owwAuqMMAAekDAAbpAwAV6wQAIKkDACtpAwA1aQMAKqsEAAGpQwAxXYNAAylDACfpgwADaUMAGR4DQAPpQwAa3cNABClDABTpQwAVaUMAKalDAC0pQwA+aUMAAqmDAD9rBAAVKYMAFCtEAClpgwA8qYMAPimDABFpwwASqcMAJinDACepwwAo60QAPenDAA+qAwARqgMAEmuEACdqAwA5KgMAO6oDAA3qQwAQKkMAIqpDACLqQwA3akMAOWpDAAwqgwANaoMAIOqDACTqgwA764QAOKqDAApqwwAK6sMAHyrDACCqwwAz6sMANarDAAirAwAJ6wMAHWsDAB5rAwAyKwMANWsDAAbrQwAI60MAG6tDABzrQwAwa0MANGtDABCrxAAJa4MAGeuDABzrgwAuq4MAMmuDAANrwwAF68MAGCvDABurwwAs68MAMCvDAAGsAwAHbAMAJWvEABcsAwAO7AQAK+wDAD/sAwAs7AMAMTAEAAHsQwAUrEMAHqxDAClsQwAzbEMAPixDAAgsgwAjrAQAFSyDACesgwAn7IMAPGyDAAAswwARLMMAAezDADjtAwAVbMMAJezDACZswwA6rMMAO2zDAA9tAwAQLQMAJC0DACYtAwAh7EQAOi0DAA2tQwAPbUMAIm1DACStQwA3LUMAO21DAAvtgwAO7YMAIK2DACKtgwA2rEQANu2DAAotwwAL7cMAHu3DACAtwwAzrcMANK3DAAhuAwALrgMAHS4DACDuAwAx7gMANi4DAAauQwAHLkMAG25DABwuQwAwLkMAMO5DAATugwAG7oMAC2yEABrugwAg/0MAHG6DAAPiQ4AcroMALm6DAC8ugwADLsMABa7DACAshAAaLsMALK7DADBuwwABbwMABS8DABYvAwAZLwMAKu8DACuvAwA/rwMAAG9DADTshAAVL0MAKS9DADMvQwAJrMQAP+9DAB5sxAAUr4MAMyzEAClvgwAH7QQAPW+DABDvwwAUL8MAJa/DACZvwwA6b8MAO6/DAA8wAwATcAMAI/ADACbwAwAcrQQAOfADAA1wQwARsEMAIjBDACUwQwA28EMAPXBDAAuwgwAMsIMACDEDAA1wgwAZcYMADjCDACxxwwAOsIMABnFDAA8wgwAJ8MMAD/CDACBwgwAhsIMANTCDADrwgwAxbQQADTDDAB6wwwAisMMAM3DDADSwwwAGLUQACLEDABzxAwAecQMAMbEDADTxAwAa7UQAB/FDABsxQwAcsUMAL/FDADExQwAEsYMABjGDAC+tRAAccYMALjGDADRxgwAC8cMABTHDABexwwAdccMABG2EAC3xwwABMgMAAbIDABXyAwAZsgMAKrIDAC2yAwAZLYQAP/IDABQyQwAYckMAKPJDACxyQwA9skMAP3JDABJygwAS8oMAJzKDACmygwA78oMAP3KDABCywwAR8sMAJXLDACiywwA6MsMAPDLDAA7zAwAP8wMAI7MDACQzAwA4cwMAOfMDAA0zQwAQc0MALe2EACUzQwA2s0MAPHNDAAtzgwASc4MAAq3EACMzgwA084MANTODAAmzwwALM8MAHnPDACFzwwAzM8MANvPDAAf0AwAIdAMAHLQDAB80AwAxdAMANPQDAAY0QwAHdEMAGvRDAB40QwAvtEMAMbRDAAR0gwAFdIMAGTSDABm0gwAt9IMAL3SDAAK0wwAF9MMAF23EABq0wwAsNMMAMfTDAAD1AwAH9QMALC3EABf1AwAqdQMALfUDAD81AwABtUMAE/VDABb1QwAotUMAKXVDAD11QwAEdYMAEjWDABQ1gwAA7gQAKfWDADu1gwA8dYMAEHXDABL1wwA/LgQAJ3XDADn1wwA9dcMADrYDABE2AwAjdgMAJnYDADg2AwA6NgMAKK5EAA12QwAhtkMAJTZDADZ2QwA6tkMAPW5EAAz2gwASLoQAITaDADS2gwA2toMACXbDAAr2wwAeNsMAIHbDADL2wwA2NsMAO66EAAj3AwAcdwMACrcDAAQ3gwAetwMAMTcDADO3AwAF90MAB/dDABq3QwArN0MAL3dDADF3QwAQbsQABbeDABj3gwAad4MALbeDAC+3gwACd8MAEvfDABc3wwAZN8MAJS7EAC33wwA57sQAAvgDABV4AwAY+AMAKjgDACy4AwA++AMAAfhDABO4QwAUeEMAKHhDACp4QwAjbwQAADiDABH4gwASuIMAJriDACk4gwA4LwQAPXiDAAzvRAATuMMAJPjDACk4wwA5uMMAPLjDAA55AwAPOQMAIa9EADQ5AwA3+QMACPlDADZvRAAQuUMAIXlDACH5QwA2OUMAOblDAAr5gwAPOYMACy+EACa5gwA0eYMANnmDAB/vhAAKucMAEtYDQA35wwAd+cMAIbnDADK5wwA1ucMAB3oDAAe6AwAcOgMAHroDADD6AwA0egMABbpDAAb6QwAaekMAHbpDADSvhAAyukMAA/qDAAc6gwAYuoMAGrqDAAlvxAAweoMAAjrDAA06wwAW+sMAGfrDACu6wwAvesMAAHsDAAL7AwAVOwMAGLsDACn7AwArOwMAPrsDAAH7QwATe0MAFXtDACg7QwAru0MAPPtDAAA7gwARu4MAE7uDAB4vxAAm+4MAM4DDgCn7gwA7O4MAPbuDAA/7wwAS+8MAJLvDACZ7wwA5e8MAO3vDAA48AwAPPAMAIvwDACZ8AwA3vAMAOjwDAAx8QwAPPEMAITxDACM8QwA1/EMANnxDAAq8gwAMvIMAH3yDACK8gwA0PIMANXyDAAj8wwAMPMMAHbzDACU8wwAyfMMAPrzDAAc9AwAKPQMAG/0DAB19AwAwvQMAMf0DAAV9QwAHfUMAGj1DAB09QwAu/UMAM71DAAO9gwAHPYMAGH2DABr9gwAtPYMALz2DAAH9wwAFvcMAFr3DABf9wwArfcMALT3DAAA+AwADPgMAFP4DABv+AwApvgMAK74DADLvxAA+/gMAEz5DABa+QwAn/kMAKz5DADy+QwAAPoMAEX6DABS+gwAmPoMAK/6DADr+gwA8/oMAD77DABM+wwAkfsMAJ77DADk+wwA7PsMAHHAEABF/AwAivwMAIv8DAAXwRAA6fwMADD9DAA3/QwAasEQAIr9DADW/QwA2/0MAL3BEAAx/gwAEMIQAIT+DADP/gwAwv4MADMeDwDQ/gwAz1ENANL+DADBUw0A2P4MACL/DADZ/gwAg1ANAN/+DADIUg0A7f4MAP26DgAv/wwAdf8MAID/DADI/wwAyv8MABsADQAoAA0AbgANAHUADQDBAA0A0gANABQBDQAgAQ0AZwENAG4BDQC6AQ0AwgENAGPCEAATAg0AYAINAGYCDQCzAg0AuAINAAYDDQAMAw0AtsIQAGUDDQCsAw0AtgMNAP8DDQADBA0AUgQNAF4EDQClBA0AsQQNAPgEDQAFBQ0ASwUNAFMFDQCeBQ0AqAUNAPEFDQD9BQ0ARAYNAEcGDQCXBg0AoQYNAFzDEADsBg0APQcNAEAHDQCQBw0AkwcNAALEEADrBw0AVcQQAEQIDQCJCA0AiggNAKjEEADkCA0A+8QQADQJDQCCCQ0AiQkNANUJDQDaCQ0ATsUQADAKDQChxRAAgwoNAM4KDQDYCg0AIQsNACwLDQB0Cw0AggsNAMcLDQDKCw0AGgwNACIMDQBtDA0AdwwNAMAMDQDMDA0AEw0NABYNDQBmDQ0AcA0NAPTFEADHDQ0ADA4NACIODQBfDg0Aaw4NALIODQC5Dg0ABQ8NAA0PDQBYDw0AXQ8NAKsPDQC0Dw0A/g8NAAgQDQBREA0AWRANAKQQDQCmEA0A9xANAAcRDQBKEQ0AVBENAJ0RDQCpEQ0A8BENAPYRDQBDEg0ASxINAJrGEACkEg0A6RINAOoSDQDtxhAAQRMNAEDHEACREw0A4hMNAOMTDQA1FA0AOBQNAIgUDQCTFA0A2xQNAOAUDQAuFQ0AOBUNAJPHEAClFQ0A1BUNANwVDQDmxxAAKRYNAHoWDQCLFg0AzRYNAN4WDQAgFw0AIxcNADnIEAB5Fw0AxhcNAMsXDQAZGA0AHBgNAGwYDQBvGA0AvxgNAMcYDQCMyBAAIBkNAGUZDQBoGQ0AuBkNAMMZDQALGg0AFxoNAF4aDQBlGg0AsRoNALkaDQAEGw0AEhsNAFcbDQBkGw0AqhsNALIbDQDfyBAACRwNAFAcDQBTHA0AoxwNAK0cDQD2HA0A/hwNADLJEABVHQ0AnB0NAKIdDQDvHQ0A+R0NAEIeDQBWHg0AlR4NAJ0eDQCFyRAA9R4NADsfDQBDHw0Ajh8NAJEfDQDhHw0A7R8NADQgDQA+IA0AhyANAJAgDQDaIA0A2yANAC0hDQBFIQ0AgCENAIIhDQDTIQ0A5CENACYiDQA3Ig0AeSINAIEiDQDMIg0A2yINAB8jDQAhIw0AciMNAIMjDQDFIw0A1iMNABgkDQAxJA0AayQNAG0kDQC+JA0AzSQNABElDQAxJQ0AK8oQAGYlDQC3JQ0A1yUNAAomDQAeJg0Ad8sQAGUmDQCwJg0AvSYNAAMnDQAIJw0AVicNAGAnDQCpJw0AsScNAPwnDQACKA0ATygNAFgoDQCiKA0ArygNAMrLEAABKQ0ASCkNAE4pDQCbKQ0AoSkNAO4pDQD3KQ0AQSoNAEIqDQCUKg0AnioNAOcqDQDzKg0AOisNAEErDQAdzBAAlSsNAHDMEADoKw0Aw8wQADssDQAWzRAAkiwNANksDQDpLA0ALC0NADEtDQB/LQ0AhS0NANItDQDeLQ0AJS4NAC0uDQBpzRAAiS4NAMsuDQDcLg0AHi8NADAvDQBxLw0AeS8NAMQvDQDPLw0AFzANABwwDQBqMA0AbzANAL0wDQDdMA0AvM0QACAxDQBjMQ0AbTENALYxDQDCMQ0ACTINAA8yDQBcMg0AZDINAK8yDQCxMg0AAjMNALsyDQCFOA0AEzMNAFUzDQBmMw0AqDMNALozDQD7Mw0AAzQNAE40DQBZNA0AoTQNAKY0DQD0NA0A+TQNAEc1DQBnNQ0AD84QAJw1DQDtNQ0A/DUNAEA2DQBLNg0AkzYNAKU2DQDmNg0A7jYNADk3DQBENw0AjDcNAJE3DQDfNw0A5DcNADI4DQBSOA0AYs4QAIc4DQDYOA0A5zgNACs5DQA2OQ0AfjkNAJA5DQDROQ0A2TkNACQ6DQAvOg0AdzoNAHw6DQDKOg0AzzoNAB07DQA9Ow0Atc4QAH07DQDDOw0A2jsNAAjPEAAjPA0AaTwNAIA8DQBbzxAAyTwNAA89DQAWPQ0AYj0NAHA9DQC1PQ0Awj0NAAg+DQAfPg0Ars8QAGM+DQAB0BAAsD4NAAE/DQAPPw0AVD8NAGU/DQBU0BAAtD8NAPo/DQARQA0Ap9AQAFdADQCgQA0ArEANAPNADQD2QA0ARkENAFBBDQD60BAAtUENAE3READ0QQ0AoNEQAEdCDQCSQg0Ak0INACNGDQCVQg0AMUQNAJlCDQDyTA0AnEINAOVCDQChQg0AFUgNAKJCDQAcRw0A6kINAExMDQDxQg0AOEMNADtDDQCLQw0AlUMNAPPREADmQw0ARtIQADpEDQCERA0AUUQNAABLDQCSRA0A10QNAOFEDQAqRQ0ANkUNAH1FDQCARQ0A0EUNANhFDQCZ0hAAJUYNAHZGDQB5Rg0AyUYNAMxGDQDs0hAAHkcNAG9HDQB9Rw0AwkcNANNHDQCS0xAAF0gNAGhIDQB1SA0Au0gNAMpIDQAOSQ0AGkkNAGFJDQBySQ0AtEkNAMVJDQAHSg0AE0oNAFpKDQBhSg0ArUoNALVKDQA41BAADksNAFNLDQBUSw0Ai9QQALJLDQD5Sw0AAEwNAN7UEABTTA0An0wNAKRMDQCE1RAA+0wNAEVNDQBLTQ0AmE0NAJpNDQDrTQ0A9U0NAD5ODQBMTg0AkU4NAJZODQDkTg0A8U4NADdPDQBPTw0Aik8NAKBPDQDdTw0A4E8NADBQDQA4UA0AKtYQAI9QDQDWUA0A2VANAClRDQAzUQ0AfdYQAIRRDQDQ1hAA0VENACJSDQAlUg0AdVINAHhSDQAj1xAAylINABtTDQApUw0AblMNAH9TDQDJ1xAAylMNABRUDQAiVA0AZ1QNAC1UDQBv5g4AcVQNALpUDQDGVA0ADVUNABBVDQBgVQ0AaFUNAG/YEADNVQ0AwtgQACBWDQBZVg0Ac1YNABXZEACxVg0AkFoNALpWDQA2Ww0AvFYNAP9WDQABVw0AUlcNAGBXDQClVw0AtlcNAGjZEAD/Vw0Au9kQAFFYDQCeWA0Ao1gNAPFYDQD3WA0ADtoQAEpZDQCXWQ0AnFkNAOpZDQAAWg0APVoNAEVaDQC02hAAsFoNAONaDQDrWg0AB9sQAE1bDQCJWw0AllsNANxbDQDhWw0AL1wNADVcDQCCXA0AjlwNANVcDQDcXA0AKF0NADBdDQB7XQ0Anl0NAK3bEADbXQ0AIV4NADBeDQB0Xg0Adl4NAMdeDQDQXg0AGl8NADFfDQBtXw0AeF8NAMBfDQDKXw0AE2ANABtgDQBT3BAAbGANALlgDQC/YA0ADGENABFhDQBfYQ0AZWENAKbcEADUYQ0ABWINAA1iDQBM3RAAYWINAKtiDQCsYg0A/mINAAZjDQBRYw0AXGMNAKRjDQCpYw0A92MNAPxjDQBKZA0AamQNAJ/dEACjZA0A8GQNAPdkDQBDZQ0ASGUNAJZlDQCaZQ0A6WUNAPZlDQA8Zg0ARGYNAI9mDQCaZg0A4mYNAOdmDQA1Zw0AOmcNAIhnDQCoZw0A8t0QAOpnDQAuaA0AOWgNAIFoDQCJaA0A1GgNANdoDQAnaQ0A3mgNABJsDQAzaQ0AemkNAIRpDQDNaQ0A1mkNACBqDQAhag0Ac2oNAHtqDQDGag0A0WoNABlrDQAeaw0AbGsNAHFrDQC/aw0A32sNAEXeEAAebA0AZWwNAGdsDQC4bA0AvmwNAAttDQASbQ0AXm0NAGNtDQCxbQ0AtW0NAARuDQARbg0AV24NAF9uDQCqbg0AtW4NAP1uDQACbw0AUG8NAFVvDQCjbw0Aw28NAJjeEAD+bw0A694QAFNwDQCccA0ApXANAO9wDQD1cA0AQnENAE5xDQCVcQ0As3ENAOhxDQDpcQ0AO3INAD1yDQCOcg0Am3INAOFyDQDvcg0ANHMNAENzDQCHcw0Ao3MNANpzDQDicw0Akd8QAEB0DQCAdA0AgXQNANN0DQDfdA0AJnUNADV1DQB5dQ0Ag3UNAMx1DQDYdQ0AH3YNACZ2DQDk3xAAenYNADfgEADOdg0AGHcNACV3DQCK4BAAcHcNAL53DQDLdw0AEXgNABt4DQDd4BAAZngNALd4DQDNeA0ACnkNABZ5DQAw4RAAZXkNAE2MDgB7eQ0AsHkNAM55DQADeg0AC3oNAFZ6DQAleg0AUa8OAFd6DQD1ew0AWXoNAEF9DQBieg0ApK8OAGZ6DQCpeg0Aq3oNAPx6DQAKew0AT3sNAGB7DQCD4RAAqnsNANbhEAD3ew0ASHwNAEt8DQCbfA0AnnwNACniEAD2fA0AfOIQAEt9DQDZ0g0AYX0NAJR9DQCifQ0A530NAOh9DQDP4hAAQn4NACLjEACwfg0AdeMQAO1+DQAzfw0AQX8NAIZ/DQCQfw0A2X8NAOF/DQAsgA0ALYANAAmFDQBHgA0AxIINAFiADQB/gA0AiIANANKADQDTgA0AJYENADOBDQB4gQ0AgoENAMuBDQDXgQ0AHoINACSCDQBxgg0AjYINAMjjEADSgg0AF4MNACSDDQBqgw0AdIMNAL2DDQC/gw0AEIQNACeEDQBjhA0Ab4QNALaEDQDShA0AG+QQABqFDQBchQ0AXoUNAK+FDQC5hQ0AAoYNABKGDQBVhg0AWoYNAKiGDQCuhg0A+4YNABGHDQBOhw0AVocNAKGHDQCkhw0A9IcNAP2HDQBHiA0AVYgNAJqIDQCkiA0A7YgNAPmIDQBAiQ0AXIkNAG7kEACgiQ0A5okNAO6JDQA5ig0APIoNAHfgDQBJig0AjIoNAI6KDQB+3w0AmooNAN+KDQDsig0AMosNAECLDQCFiw0AiIsNANiLDQDjiw0AK4wNADeMDQB+jA0AhYwNANGMDQDZjA0AJI0NACaNDQB3jQ0Ah40NAMqNDQDUjQ0AHY4NACmODQBwjg0Ado4NAMOODQDLjg0AweQQABiPDQBpjw0Ad48NALyPDQDJjw0AD5ANABuQDQBikA0AaJANALWQDQC4kA0ACJENABCRDQBbkQ0AXZENADiWDQBekQ0A+pINAGuRDQCukQ0AsJENAMKaDQCzkQ0AAZINAAqSDQBUkg0AYZINAKeSDQCukg0AFOUQAAOTDQAqmA0ABJMNAJmUDQAakw0ATZMNAFuTDQCgkw0AoZMNAGflEAD/kw0ARpQNAE2UDQC65RAAm5QNAOyUDQDylA0AP5UNAEmVDQCSlQ0AnpUNAOWVDQDslQ0ADeYQAFGWDQCLlg0AkJYNAN6WDQDklg0AMZcNADuXDQCElw0AkJcNANeXDQDelw0AYOYQADmYDQB9mA0AjJgNANCYDQDcmA0AI5kNACaZDQB2mQ0AeZkNAMmZDQDZmQ0AHJoNACWaDQBvmg0AgJoNALPmEADQmg0AFZsNACabDQAG5xAAb5sNAFnnEADDmw0ADpwNABCcDQDroA0AEZwNAK2dDQAenA0AYZwNAGOcDQB1pQ0AZpwNALScDQC9nA0AB50NABSdDQBanQ0AYZ0NAKznEAC2nQ0A3aINALedDQBMnw0AzZ0NAACeDQAOng0AU54NAFSeDQD/5xAAsp4NAPmeDQAAnw0AUugQAE6fDQCfnw0ApZ8NAPKfDQD8nw0ARaANAFGgDQCYoA0An6ANAKXoEAAEoQ0APqENAEOhDQCRoQ0Al6ENAOShDQDuoQ0AN6INAEOiDQCKog0AkaINAPjoEADsog0AMKMNAD+jDQCDow0Aj6MNANajDQDZow0AKaQNACykDQB8pA0AjKQNAM+kDQDYpA0AIqUNADOlDQBL6RAAg6UNAMilDQDZpQ0AnukQACKmDQDx6RAAdqYNAMGmDQDqpg0AFKcNABynDQBnpw0Ad6cNALqnDQC8pw0ADagNABuoDQBgqA0AcagNAETqEAC5qA0ABqkNABKpDQCX6hAAh6kNAD3rEAC1qQ0A/6kNAAyqDQBSqg0AbqoNAKWqDQCtqg0AkOsQAAmrDQBLqw0ATasNAJ6rDQCfqw0A8asNAPSrDQBErA0AUKwNAJesDQCerA0A6qwNAAatDQA9rQ0ARa0NADbsEACdrQ0A460NAPOtDQA2rg0AO64NAImuDQC0rg0AiewQAOKuDQDc7BAAN68NAIKvDQCDrw0AlrgNAIivDQAjOA8AjK8NANWvDQCOrw0ADLQNAJKvDQBtsg0AoK8NANS7DQDarw0ArjAPAOCvDQDRKw8A4a8NACiwDQArsA0Ae7ANAIWwDQAv7RAA1rANACGxDQAnsQ0AdLENAH2xDQDHsQ0A1LENABqyDQA2sg0Agu0QAG+yDQDAsg0AcrINALQ7DwDOsg0AE7MNACSzDQDV7RAAbLMNALmzDQDFsw0AKO4QABK0DQBftA0AZbQNALK0DQC3tA0ABbUNAAu1DQAh7xAAX7UNABrwEACwtQ0A/rUNAAa2DQBRtg0AXbYNAKS2DQC3tg0A97YNAAO3DQBKtw0AWbcNAJ23DQCmtw0A8LcNAPq3DQBDuA0AT7gNAMDwEACnuA0A6bgNAPW4DQA8uQ0APrkNAI+5DQCSuQ0A4rkNAO65DQA1ug0APboNABPxEACUug0A27oNAOu6DQAuuw0AOrsNAIG7DQCHuw0AZvEQAPa7DQAnvA0AL7wNAHq8DQCkvA0AzbwNANi8DQAgvQ0ALL0NAHO9DQCEvQ0Axr0NAMe9DQC58RAAH74NAGy+DQB5vg0ADPIQAMy+DQASvw0AKb8NAGW/DQCQvw0AuL8NAMC/DQALwA0AFcANAF7ADQBqwA0AscANALTADQAEwQ0ADsENAF/yEABfwQ0AqsENALDBDQD9wQ0ABsINAFDCDQBdwg0Ao8INAL/CDQCy8hAA+MINAEnDDQD9wg0AQdANAFbDDQCcww0Ao8MNAO/DDQDxww0AQsQNAEjEDQCVxA0AnMQNAOjEDQAAxQ0AO8UNAEDFDQCOxQ0AR8UNADTGDQCXxQ0A4cUNAOvFDQAF8xAAOsYNAIfGDQCNxg0A2sYNAN/GDQAtxw0AM8cNAFjzEACBxw0A08cNAOTHDQAmyA0AMsgNAHnIDQCDyA0AzMgNANjIDQAfyQ0AJskNAKvzEAB0yQ0AxckNAH3JDQBgRw8AyMkNABjKDQA4yg0Aa8oNAHPKDQD+8xAAz8oNABHLDQAYyw0AZMsNAGzLDQC3yw0AussNAFbNDQDHyw0ACswNAAzMDQBdzA0Aa8wNALDMDQDBzA0AUfQQAArNDQCk9BAAX80NAKnNDQC4zQ0A/M0NAAvODQBPzg0AW84NAKLODQClzg0A9c4NAPjODQBIzw0AWM8NAJvPDQCkzw0A7s8NAP/PDQD39BAARtANAJTQDQCd0A0A59ANAPHQDQA60Q0AQtENAI3RDQCr0Q0A4NENAP7RDQAz0g0AUdINAIbSDQCk0g0ASvUQAODSDQAs0w0AMdMNAH/TDQA40w0AeNQNAIjTDQDS0w0A3NMNACXUDQBB1A0AnfUQAH7UDQDL1A0A0dQNAB7VDQA61Q0A8PUQAJvVDQCW9hAA7tUNAOn2EAAf1g0A4vcQAIDWDQC91g0Av9YNABDXDQAW1w0AY9cNAHfXDQC21w0AvtcNAAnYDQAz2A0ANfgQAGXYDQCv2A0AvNgNAALZDQAQ2Q0AVdkNAF/ZDQCo2Q0AwtkNAPvZDQAI2g0ATtoNAFraDQCh2g0Aq9oNAPTaDQD82g0AiPgQAE7bDQCa2w0AotsNANv4EADI2w0A1PkQAPnbDQBA3A0AR9wNAJPcDQCb3A0ALvkQAOjcDQA53Q0ASt0NAIzdDQCU3Q0A390NAOndDQAy3g0APt4NAIXeDQCI3g0A2N4NAOLeDQAn+hAAR98NAHr6EACM3w0A0d8NAOLfDQDN+hAAK+ANACD7EACA4A0AyuANANngDQAd4Q0ALOENAHDhDQB84Q0Aw+ENAMbhDQAW4g0AGeINAGniDQB54g0AvOINAMXiDQAP4w0AIOMNAHP7EABk4w0AteMNAG7jDQBb5A0AuOMNAAjkDQAQ5A0AxvsQAGHkDQCu5A0AuuQNAAHlDQAJ5Q0AGfwQAGDlDQCn5Q0AquUNAPrlDQAE5g0AbPwQAFLmDQCg5g0AtuYNAPPmDQD05g0ARucNAFfnDQCZ5w0ApecNAOznDQD25w0AP+gNAEvoDQC//BAAnugNAOXoDQDo6A0AOOkNAELpDQBl/RAAjukNAN7pDQDh6Q0AMeoNAD3qDQCE6g0AiuoNANfqDQDh6g0AuP0QAC/rDQB96w0AiusNANDrDQDT6w0AI+wNAD/sDQB27A0AfuwNAAv+EADR7A0AXv4QACTtDQCx/hAAcu0NAMLtDQCG7Q0AKKkOAOLtDQAV7g0AKe4NAAT/EAB17g0AV/8QALzuDQAO7w0AFO8NAGHvDQBt7w0AtO8NAMPvDQAH8A0ACfANAFrwDQBk8A0ArfANALnwDQAA8Q0AB/ENAKr/EABf8Q0A/f8QAK7xDQBQABEA+/ENAEzyDQBa8g0An/INALDyDQA7AxEA+PINAEXzDQBR8w0AjgMRAJ7zDQDr8w0A8fMNAD70DQBD9A0AkfQNAJf0DQA0BBEA5/QNADf1DQBD9Q0AivUNAJD1DQDd9Q0A5/UNANoEEQA19g0Ag/YNAJD2DQDW9g0A2fYNACn3DQA+9w0AfPcNAIT3DQAtBREA1/cNACL4DQAu+A0AdfgNAHv4DQDI+A0AzvgNABv5DQAg+Q0AbvkNAHT5DQAfBxEA0PkNABT6DQAj+g0AZ/oNAHD6DQC6+g0AwPoNAA37DQAT+w0AYPsNAGz7DQCz+w0AuvsNAAb8DQAO/A0AxQcRAGP8DQCs/A0At/wNAP/8DQAL/Q0AUv0NAFj9DQCl/Q0Arf0NAPj9DQAE/g0AS/4NAFH+DQCe/g0ApP4NAPH+DQD2/g0ARP8NAEr/DQAYCBEAnv8NAOr/DQD4/w0APQAOAEoADgCQAA4ApwAOAOMADgD/AA4ANgEOAD4BDgBrCBEAnAEOANwBDgDeAQ4ALwIOAEUCDgCCAg4AgwIOANUCDgDmAg4AKAMOADQDDgC+CBEAlwMOABEJEQDkAw4AIQQOACIEDgB0BA4AhQQOAMcEDgDTBA4AZAkRAB8FDgBtBQ4AcwUOAMAFDgDgBQ4AEwYOAB8GDgBmBg4AbQYOALcJEQC/Bg4ADAcOABEHDgBfBw4AZQcOAAoKEQDGBw4ABQgOAAYIDgBYCA4AZAgOAKsIDgDHCA4A/ggOAAYJDgADCxEAWQkOAKkLEQCwCQ4A9wkOAP0JDgBKCg4AUAoOAJ0KDgC1Cg4A8AoOAPoKDgBDCw4ATwsOAJYLDgCZCw4A6QsOAPMLDgA8DA4AVAwOAI8MDgCfDA4A4gwOAOQMDgA1DQ4AQw0OAIgNDgCZDQ4A/AsRAOENDgAuDg4AOg4OAE8MEQCJDg4A9QwRAOAODgAnDw4AKg8OAHoPDgCEDw4ASA0RAM8PDgAgEA4ALhAOAHMQDgCEEA4A7g0RAM0QDgBBDhEAIREOAJQOEQB0EQ4AjQ8RAMERDgASEg4AHxIOAGUSDgB0Eg4AuBIOAL4SDgALEw4AFxMOAF4TDgBgEw4AsRMOALsTDgAEFA4AEhQOAFcUDgBcFA4AqhQOALcUDgD9FA4ACRUOAFAVDgBjFQ4AoxUOALIVDgD2FQ4AAhYOAEkWDgBKFg4AnBYOAKYWDgDvFg4A/RYOAEIXDgBHFw4AlRcOAKIXDgDgDxEA8hcOADsYDgBJGA4AjhgOAJEYDgDhGA4A8RgOADQZDgBCGQ4AhxkOAJMZDgDaGQ4A4RkOAC0aDgA0Gg4AgBoOAIwaDgDTGg4A1BoOACYbDgAyGw4AeRsOAIYbDgDMGw4A0xsOAB8cDgArHA4AchwOAH8cDgDFHA4A1BwOABgdDgAsHQ4Aax0OAHcdDgC+HQ4A0R0OABEeDgAgHg4AZB4OAHAeDgC3Hg4AuB4OAAofDgAUHw4AXR8OAGsfDgCwHw4AtR8OAAMgDgAQIA4AMxARAFcgDgCpIA4AuiAOAPwgDgAKIQ4ATyEOAF4hDgCiIQ4ApCEOAPUhDgD/IQ4ASCIOAFYiDgCbIg4AoCIOAO4iDgD7Ig4AQSMOAFAjDgCUIw4AmSMOAOcjDgD0Iw4AOiQOAEQkDgCNJA4AmSQOAOAkDgDzJA4AMyUOAD0lDgCGJQ4AkiUOANklDgDsJQ4ALCYOADsmDgB/Jg4AiyYOANImDgDTJg4AJScOAC8nDgB4Jw4AhicOAMsnDgDQJw4AHigOACsoDgCGEBEAdigOAMQoDgDRKA4AFykOACEpDgBqKQ4AcCkOAL0pDgC/KQ4AECoOAB0qDgBjKg4AZioOALYqDgDEKg4ACSsOABUrDgBcKw4AaSsOAK8rDgC5Kw4AAiwOABEsDgBVLA4AWiwOAKgsDgC1LA4A+ywOAAgtDgBOLQ4AWi0OAKEtDgCwLQ4A9C0OAP4tDgBHLg4AVS4OAJouDgCfLg4A7S4OAPouDgBALw4ATC8OAJMvDgCmLw4A5i8OAPUvDgA5MA4ARTAOAIwwDgCNMA4A3zAOAOkwDgAyMQ4AQDEOAIUxDgCKMQ4A2DEOAOUxDgDZEBEAPjIOAH4yDgCNMg4A0TIOAN0yDgAkMw4AJTMOAHczDgCBMw4AyjMOANgzDgAdNA4AIjQOAHA0DgB9NA4ALBERANY0DgAWNQ4AJTUOAGk1DgB1NQ4AvDUOAL01DgAPNg4AGTYOAGI2DgBwNg4AtTYOALo2DgAINw4AFTcOAH8REQBdNw4ArjcOALw3DgABOA4ADjgOAFQ4DgBgOA4ApzgOAK04DgD6OA4ACzkOAE05DgBPOQ4AoDkOAKk5DgDzOQ4AADoOAEY6DgBVOg4AmToOAKQ6DgDsOg4A+DoOAD87DgBSOw4AkjsOAKE7DgDlOw4A8TsOADg8DgA5PA4AizwOAJU8DgDePA4A7DwOADE9DgA2PQ4AhD0OAJE9DgDSEREA5D0OACo+DgA4Pg4AfT4OAIc+DgDQPg4A3j4OACM/DgAlPw4Adj8OAIc/DgDJPw4A1z8OABxADgBNQA4Ab0AOAHFADgDCQA4AzEAOABVBDgAjQQ4AaEEOAG1BDgC7QQ4AyEEOAA5CDgAaQg4AYUIOAHRCDgC0Qg4Aw0IOAAdDDgATQw4AWkMOAFtDDgCtQw4At0MOAABEDgAORA4AU0QOAFhEDgCmRA4As0QOACUSEQD7RA4ATEUOAE5FDgCfRQ4ArkUOAPJFDgABRg4ARUYOAFFGDgCYRg4Am0YOAOtGDgDuRg4APkcOAERHDgCRRw4AnUcOAORHDgDnRw4AN0gOADxIDgCKSA4Ak0gOAN1IDgDjSA4AMEkOAD9JDgCDSQ4Aj0kOANZJDgDmSQ4AKUoOACtKDgB8Sg4AikoOAM9KDgDgSg4AeBIRAChLDgB1Sw4AgUsOAMsSEQDbSw4AG0wOACpMDgBuTA4AekwOAMFMDgDCTA4AFE0OAB5NDgBnTQ4AdU0OALpNDgC/TQ4ADU4OABpODgAeExEAbE4OALNODgC9Tg4ABk8OADJPDgBZTw4AYE8OAKxPDgDFTw4A/08OAA5QDgBSUA4AYVAOAKVQDgCqUA4A+FAOAAVRDgBLUQ4AWFEOAJ5RDgCqUQ4A8VEOAABSDgBEUg4ATlIOAJdSDgClUg4A6lIOAO9SDgA9Uw4ASlMOAJBTDgCcUw4A41MOAPZTDgA2VA4ARVQOAIlUDgCVVA4A3FQOAN1UDgAvVQ4AOVUOAIJVDgCQVQ4A1VUOANpVDgAoVg4ANVYOAHETEQCMVg4AzlYOAN9WDgAhVw4ALVcOAHRXDgCLVw4Ax1cOAMlXDgAaWA4AK1gOAG1YDgBwWA4AwFgOAMpYDgATWQ4AFVkOAGZZDgBwWQ4AuVkOAMVZDgAMWg4AGFoOAF9aDgByWg4AsloOAMFaDgAFWw4AEVsOAFhbDgBZWw4Aq1sOALVbDgD+Ww4ADFwOAFFcDgBWXA4ApFwOALFcDgDEExEA+VwOAEpdDgBUXQ4AnV0OAKVdDgAXFBEAA14OAENeDgBPXg4All4OAKVeDgDpXg4A8l4OADxfDgBGXw4Aj18OAJ1fDgDiXw4A518OADVgDgBCYA4AiGAOAJRgDgDbYA4A7mAOAC5hDgA9YQ4AgWEOAI1hDgDUYQ4A1WEOACdiDgAxYg4AemIOAIhiDgDNYg4A0mIOACBjDgAtYw4AahQRAHVjDgDGYw4A0GMOABlkDgAhZA4AvRQRAHFkDgC/ZA4A1WQOABJlDgATZQ4AZWUOAHZlDgC4ZQ4AxGUOAAtmDgAVZg4AXmYOAGxmDgCxZg4AtmYOAARnDgARZw4AV2cOAGNnDgCqZw4AvWcOAP1nDgAMaA4AUGgOAFxoDgCjaA4ApGgOAPZoDgAAaQ4ASWkOAFdpDgCcaQ4AoWkOAO9pDgD8aQ4AEBURAERqDgCVag4An2oOAOhqDgDwag4AYxURAFFrDgCOaw4AmmsOAOFrDgDmaw4ANGwOAD1sDgCHbA4AkWwOANpsDgDmbA4ALW0OAEBtDgCAbQ4Aj20OANNtDgDfbQ4AJm4OACduDgB5bg4Ag24OAMxuDgDabg4AH28OACRvDgBybw4Af28OALYVEQDHbw4AGHAOACJwDgBrcA4Ac3AOAAkWEQDLcA4AEXEOACBxDgBkcQ4Ab3EOALdxDgDDcQ4ACnIOABlyDgBdcg4AfXIOALByDgC8cg4AA3MOAApzDgBWcw4AZHMOAKlzDgCucw4A/HMOAAh0DgBPdA4AYnQOAKJ0DgCxdA4A9XQOAAF1DgBIdQ4ASXUOAJt1DgCldQ4A7nUOAPx1DgBBdg4ARnYOAJR2DgChdg4AXBYRAOl2DgA6dw4ARHcOAI13DgCVdw4ArxYRAP13DgAzeA4ARHgOAIZ4DgCSeA4A2XgOAOx4DgAseQ4AO3kOAH95DgCLeQ4A0nkOANN5DgAleg4AL3oOAHh6DgCGeg4Ay3oOANB6DgAeew4AK3sOAAIXEQBzew4AxHsOAM57DgAXfA4AH3wOAFUXEQCHfA4AvXwOAM58DgAQfQ4AHH0OAGN9DgB2fQ4Atn0OAMV9DgAJfg4AFX4OAFx+DgBdfg4Ar34OALl+DgACfw4AEH8OAFV/DgBafw4AqH8OALV/DgCoFxEA/X8OAE6ADgBYgA4AoYAOAKmADgD7FxEABYEOAEeBDgBbgQ4AmoEOAJ6BDgDtgQ4A74EOAECCDgBUgg4Ak4IOAJaCDgDmgg4AA4MOADmDDgBKgw4AjIMOAJiDDgDfgw4A8oMOADKEDgBBhA4AhYQOAJGEDgDYhA4A2YQOACuFDgA1hQ4AfoUOAIyFDgDRhQ4A1oUOACSGDgAxhg4AThgRAHmGDgDKhg4A1IYOAB2HDgAlhw4AoRgRAHKHDgDDhw4A0YcOABaIDgAniA4A9BgRAHCIDgBHGREAxIgOAOYaEQAViQ4AYokOAGeJDgC1iQ4AuYkOAAiKDgAVig4AORsRAGCKDgCuig4AsooOAAGLDgADiw4AVIsOAG2LDgCniw4AuIsOAPqLDgAGjA4AjBsRAFCMDgDQkQ4AWYwOAKCMDgCzjA4A84wOAPSMDgBGjQ4AUo0OAJmNDgCojQ4A7I0OAPaNDgA/jg4AS44OAJKODgCZjg4A3xsRAO2ODgA4jw4AOo8OAOSaDgA7jw4AFZQOAD6PDgCLjw4ARI8OAFqWDgBFjw4ADAAPAJePDgDejw4A7Y8OADGQDgA9kA4AhJAOAJKQDgDXkA4A8pAOACqRDgA2kQ4AfZEOAISRDgAyHBEA3ZEOACOSDgAlkg4AdpIOAHeSDgDJkg4AzJIOAByTDgAnkw4Ab5MOAHSTDgDCkw4AzJMOAIUcEQAilA4AaJQOAGqUDgC7lA4AvJQOAA6VDgARlQ4AYZUOAGyVDgC0lQ4AuZUOAAeWDgARlg4A2BwRAG2WDgCtlg4ArpYOAACXDgAMlw4AU5cOAGKXDgCmlw4AsJcOAPmXDgAFmA4ATJgOAFOYDgArHREAp5gOAPKYDgD0mA4ARZkOAFSZDgCYmQ4AopkOAOuZDgD0mQ4APpoOAECaDgCRmg4AopoOANEdEQDzmg4AN5sOAEGbDgCKmw4Ak5sOAN2bDgDfmw4AMJwOAEGcDgCDnA4Ai5wOANacDgD0nA4AKZ0OADGdDgB8nQ4AiJ0OAM+dDgDinQ4AIp4OACOeDgB1ng4AgZ4OAMieDgDXng4AG58OACWfDgBunw4Aep8OAMGfDgDInw4AJB4RACWgDgBnoA4AeKAOALqgDgDCoA4ADaEOABShDgBgoQ4AbqEOALOhDgDDoQ4ABqIOABaiDgBZog4AdaIOAHceEQC5og4A/6IOABajDgBSow4AWqMOAKWjDgCzow4A+KMOAAKkDgBLpA4AV6QOAJ6kDgC0pA4A8aQOAPSkDgBEpQ4AYKUOAMoeEQCnpQ4A6qUOAPSlDgA9pg4ARaYOAJCmDgCfpg4A46YOAOimDgA2pw4AQ6cOAImnDgCTpw4A3KcOAN6nDgAvqA4APagOAIKoDgCPqA4A1agOANioDgAdHxEAM6kOAHupDgCFqQ4AzqkOANapDgAhqg4AMKoOAHSqDgB5qg4Ax6oOANSqDgAaqw4AJKsOAG2rDgBvqw4AwKsOAM6rDgATrA4AIKwOAGasDgBprA4AcB8RALysDgAMrQ4AGK0OAF+tDgBmrQ4Asq0OALqtDgAFrg4AHq4OAFiuDgBsrg4Aq64OAMeuDgD+rg4ABq8OABYgEQBZrw4AaSARALGvDgD3rw4A/q8OAEqwDgBSsA4AnbAOAKKwDgDwsA4AALEOAEOxDgBLsQ4AlrEOAKSxDgDpsQ4A9rEOADyyDgBJsg4Aj7IOAJuyDgDisg4A6LIOADWzDgA9sw4AiLMOAJSzDgDbsw4A7rMOAC60DgA9tA4AgbQOAI20DgDUtA4A1bQOACe1DgAxtQ4AerUOAIi1DgDNtQ4A0rUOACC2DgAttg4AvCARAHa2DgDGtg4A0LYOABm3DgAbtw4AbLcOAHu3DgC/tw4A37cOABK4DgAauA4AZbgOAG+4DgC4uA4AvrgOAAu5DgANuQ4AXrkOAG25DgCxuQ4AvbkOAAS6DgAMug4ADyERAHW6DgCqug4AyLoOAGIhEQAbuw4AULsOAG67DgCjuw4Aq7sOAPa7DgAFvA4ASbwOAEu8DgCcvA4ApbwOAO+8DgDyvA4AQr0OAE69DgCVvQ4AnL0OAOi9DgDwvQ4AO74OAFS+DgCOvg4Aor4OAOG+DgD9vg4ANL8OADy/DgC1IREApb8OANq/DgD4vw4ACCIRAEbADgCAwA4AhcAOANPADgDuwA4AJsEOADLBDgB5wQ4AgcEOAFsiEQDfwQ4AH8IOAC7CDgBywg4AfsIOAMXCDgDGwg4AGMMOACLDDgBrww4AecMOAL7DDgDDww4AEcQOAB7EDgCuIhEAaMQOALfEDgC5xA4ACsUOAA3FDgBdxQ4AZcUOALDFDgC6xQ4AA8YOAA7GDgBWxg4AYsYOAKnGDgCxxg4AASMRAArHDgBPxw4AVccOAKLHDgCuxw4A9ccOAATIDgBIyA4AUsgOAJvIDgCjyA4A7sgOAP3IDgBByQ4AQ8kOAJTJDgCdyQ4A58kOAOrJDgA6yg4ARsoOAI3KDgCVyg4AVCMRAPDKDgAzyw4AO8sOAIbLDgCQyw4A2csOAOTLDgAszA4AOMwOAH/MDgCHzA4ApyMRANfMDgAlzQ4ANs0OAHjNDgCJzQ4Ay80OANDNDgAezg4AIs4OAHHODgB/zg4AxM4OANHODgAXzw4ALs8OAGrPDgByzw4Avc8OAMnPDgAQ0A4AI9AOAGPQDgBy0A4AttAOAMLQDgAJ0Q4ACtEOAFzRDgBm0Q4Ar9EOAL3RDgAC0g4AB9IOAFXSDgBi0g4A+iMRAK7SDgD70g4ACdMOAE7TDgBb0w4AodMOALjTDgD00w4A/NMOAEfUDgBS1A4AmtQOAJzUDgDt1A4A+tQOAEDVDgBH1Q4Ak9UOAKTVDgDm1Q4A9NUOADnWDgBG1g4AjNYOAKPWDgDf1g4A59YOADLXDgA31w4AhdcOAJXXDgDY1w4A4NcOACvYDgA12A4AftgOAInYDgDR2A4A3dgOACTZDgAs2Q4AoCQRAJDZDgDK2Q4Az9kOAB3aDgA42g4AcNoOAHzaDgDD2g4Ay9oOAPMkEQAp2w4AadsOAHjbDgC82w4AyNsOAA/cDgAQ3A4AYtwOAGzcDgC13A4Aw9wOAAjdDgAN3Q4AW90OAGjdDgBGJREAtt0OAAHeDgAD3g4AVN4OAGHeDgCn3g4ArN4OAPreDgAE3w4ATd8OAFjfDgCg3w4ArN8OAPPfDgD53w4ARuAOAE7gDgCZ4A4ApeAOAOzgDgD/4A4AP+EOAE7hDgCS4Q4AnuEOAOXhDgDm4Q4AOOIOAELiDgCL4g4AmeIOAN7iDgDj4g4AMeMOAD7jDgCZJREAieMOANfjDgDm4w4AKuQOADnkDgB95A4AhuQOANDkDgDW5A4AI+UOACnlDgB25Q4AguUOAMnlDgDQ5Q4AHOYOADjmDgDsJREAeeYOAMLmDgDO5g4AFecOABjnDgBo5w4AcucOAD8mEQDD5w4AkiYRABboDgDlJhEAaegOADgnEQC86A4AB+kOAAjpDgB88A4AFOkOAFrpDgAb6Q4A5O0OAB7pDgD49g4AIOkOAIn6DgBb6Q4ArekOAMPpDgAA6g4ACOoOAFPqDgBV6g4A6+wOAGHqDgCm6g4AruoOAIsnEQCz6g4A+eoOAPzqDgBM6w4AVusOAJ/rDgCh6w4A8usOAAPsDgBF7A4AVuwOAJjsDgCg7A4A3icRAPLsDgA+7Q4ARe0OAJHtDgCZ7Q4AMSgRAObtDgA37g4APe4OAIruDgCX7g4A3e4OAOXuDgAw7w4AMu8OAIPvDgCK7w4A1u8OAN3vDgAp8A4AMfAOAIQoEQCJ8A4Az/AOANDwDgAi8Q4AOPEOAHXxDgB98Q4AyPEOAMrxDgBg9A4A1vEOABvyDgAj8g4A1ygRACjyDgBu8g4AcfIOAMHyDgDL8g4AFPMOABbzDgBn8w4AePMOALrzDgDL8w4ADfQOABX0DgAqKREAZ/QOALP0DgC69A4ABvUOAA71DgB9KREAY/UOAKz1DgCu9Q4A//UOABD2DgBS9g4AY/YOAKX2DgCt9g4A0CkRAP32DgBt/g4ABPcOAEv3DgBh9w4AnvcOAKb3DgDx9w4A//cOAET4DgBR+A4Al/gOAJr4DgDq+A4A9PgOAD35DgA/+Q4AkPkOAKH5DgDj+Q4A9PkOADb6DgA++g4AIyoRAJL6DgDc+g4A6foOAC/7DgA2+w4AgvsOAJP7DgDV+w4A4fsOACj8DgAw/A4AdioRAIj8DgDO/A4A0fwOACH9DgAr/Q4AdP0OAHb9DgDH/Q4A2P0OABr+DgAr/g4AySoRAHX+DgDA/g4A1/4OABP/DgAf/w4AZv8OAHD/DgC5/w4Awf8OABwrEQANAA8AXwAPAHUADwCyAA8AugAPAAUBDwATAQ8AWAEPAGABDwBvKxEAZQEPAKsBDwCuAQ8A/gEPAAgCDwBRAg8AUwIPAKQCDwC1Ag8A9wIPAAgDDwBKAw8AUgMPAMIrEQCjAw8A8AMPAPUDDwBDBA8AXgQPAJYEDwCkBA8A6QQPAPAEDwA8BQ8ASAUPAI8FDwCVBQ8A4gUPAOUFDwA1Bg8APwYPAIgGDwCOBg8A2wYPAN0GDwAuBw8AOAcPAIEHDwCNBw8A1AcPAOsHDwAnCA8AOwgPAHoIDwCWCA8AzQgPANUIDwAVLBEAIgkPAHMJDwCBCQ8AxgkPANcJDwBoLBEAIAoPALssEQB6Cg8AvwoPAMkKDwASCw8AHQsPAGULDwBtCw8AuAsPAMQLDwALDA8AHgwPAF4MDwBtDA8AsQwPAL0MDwAEDQ8ABQ0PAFcNDwBhDQ8Aqg0PALgNDwD9DQ8AAg4PAFAODwBdDg8AYS0RAKsODwD2Dg8AAA8PAEkPDwBODw8AnA8PAKQPDwDvDw8A9Q8PAEIQDwBOEA8AlRAPAJsQDwDoEA8A8RAPADsRDwBIEQ8AjhEPAJYRDwDhEQ8A4hEPADQSDwA2Eg8AhxIPAIoSDwDaEg8A3RIPAAcuEQBDEw8AgBMPAIgTDwDTEw8A3xMPACYUDwAsFA8AeRQPAH8UDwDMFA8A0RQPAHIVDwD6FA8AHxUPACcVDwCtLhEAeBUPAAAvEQDbFQ8AGBYPABoWDwBrFg8AeBYPAL4WDwDFFg8AERcPABkXDwBkFw8AdBcPALcXDwC5Fw8AChgPABgYDwBdGA8AbhgPAKYvEQC3GA8A+S8RABEZDwBWGQ8AYBkPAKkZDwC0GQ8A/BkPAAQaDwBPGg8AWxoPAKIaDwC1Gg8A9RoPAAMbDwBIGw8AUhsPAJsbDwCjGw8A7hsPAP0bDwBBHA8ARhwPAJQcDwCbHA8A5xwPAPMcDwCfMBEAdh0PAI0dDwDJHQ8A4B0PAOgdDwDyMBEAXR4PAIYeDwCSHg8A2R4PAN8eDwAsHw8AMh8PAH8fDwCEHw8A0h8PANgfDwBFMREAJiAPAHggDwB+IA8AyyAPANAgDwAeIQ8ALSEPAHEhDwB9IQ8AxCEPAMchDwAXIg8AGiIPAGoiDwByIg8AvSIPAMwiDwAQIw8AFSMPAGMjDwB5Iw8AtiMPALcjDwAJJA8AGiQPAFwkDwBoJA8AryQPALkkDwACJQ8ADiUPAFUlDwBcJQ8AmDERALglDwD7JQ8AByYPAE4mDwBdJg8AoSYPALUmDwD0Jg8AAycPAEcnDwBYJw8AmicPAKYnDwDrMREA7ycPAEAoDwBOKA8AkygPAKQoDwA+MhEA7CgPADkpDwBFKQ8AkTIRAJIpDwDfKQ8A5SkPADIqDwA3Kg8AhSoPAIsqDwCKMxEA3SoPACsrDwAtKw8AfisPAI8rDwDWNBEA3SsPACQsDwAqLA8AdywPAIMsDwDKLA8A0iwPACk1EQAjLQ8AcC0PAHwtDwDDLQ8Ayy0PAHw1EQAiLg8AaS4PAGwuDwC8Lg8Axi4PAM81EQARLw8AYi8PAHAvDwC1Lw8Axi8PAHU2EQAOMA8AWzAPAGcwDwDINhEAtjAPAAExDwAEMQ8AVDEPAGAxDwCnMQ8AszEPAPoxDwACMg8AbjcRAFgyDwCgMg8ArDIPAPMyDwD7Mg8AwTcRAE8zDwCZMw8AqjMPAOwzDwD9Mw8APzQPAEc0DwCSNA8AlTQPAOU0DwDvNA8AODUPADo1DwCLNQ8AmjUPAN41DwD+NQ8AMTYPADk2DwCENg8AjjYPANc2DwDdNg8AKjcPACw3DwB9Nw8AjDcPANA3DwDcNw8AFDgRAC84DwB2OA8AlDgPAMk4DwDPOA8AHDkPACU5DwBvOQ8AfDkPAMI5DwDKOQ8AFToPACs6DwBoOg8AajoPALs6DwDWOg8ADjsPABo7DwBhOw8AbjsPAGc4EQC6Ow8ABzwPAA88DwBaPA8AcDwPAK08DwCyPA8AAD0PAAY9DwBTPQ8AXz0PAKY9DwCuPQ8AujgRAAY+DwBMPg8AXD4PAJ8+DwCkPg8A8j4PAPg+DwBFPw8AWz8PAJg/DwCaPw8A6z8PAPU/DwA+QA8ATEAPAJFADwCWQA8A5EAPAPFADwANOREARkEPAIpBDwCTQQ8A3UEPAOdBDwAwQg8APkIPAINCDwCIQg8A1kIPAONCDwApQw8AMUMPAHxDDwCMQw8Az0MPANFDDwAiRA8AMEQPAHVEDwCGRA8AYDkRAM9EDwCzOREAIEUPAG5FDwB0RQ8AwUUPAMlFDwAURg8AHkYPAGdGDwBpRg8AukYPAL1GDwANRw8ALUcPAFk6EQBsRw8As0cPALlHDwAGSA8AEkgPAFlIDwBhSA8ArDoRALhIDwD/SA8ABUkPAFJJDwBeSQ8ApUkPAK1JDwD/OhEA+kkPAEtKDwBZSg8AnkoPAK9KDwBSOxEA/koPAERLDwBbSw8ApTsRAKFLDwDqSw8A9ksPAD1MDwBATA8AkEwPAJpMDwD4OxEA6EwPADZNDwA/TQ8AiU0PAJpNDwDcTQ8A400PAC9ODwA3Tg8Agk4PAI9ODwDVTg8A2k4PAChPDwAyTw8Ae08PAINPDwDOTw8A3U8PACFQDwAmUA8AdFAPAIpQDwDHUA8AyFAPABpRDwAoUQ8AbVEPAH5RDwDAUQ8AzFEPABNSDwAbUg8AnjwRAGpSDwBMAQAAblIPAFa4EAByUg8AR9sNAMVSDwDBCAAAFFMPAPdVDwC4VA8A0ykAAAJVDwDFKwAAB1YPAFw6AACgVg8ARz0AAPNWDwBiRQAAmFcPAC3ADgCZVw8A+kcAAJ1XDwD0egMAoFcPAE9SBwDtVw8Az1kAAJNYDwD4XwAA5lgPAPdrAACLWQ8Ac3IAAOpZDwA0ewAAMloPAHJ+AACDWg8AVoIAAC9bDwBqiwAA7FsPACBcDwBtXg8AUMoAAGJfDwD81QAAtV8PABDfAABbYA8AVO0AAAlhDwBo9gAAdGEPALv2AAClYQ8ADvcAAAJiDwDk/AAApmIPAIP+AAD4Yg8AYAMBALRjDwAhDAEA9GMPAPcRAQBaZA8AjmQPAP1kDwA0ZQ8APGUPAIdlDwCTZQ8AGRkBAOJlDwCxGwEAnGYPANNmDwDbZg8AJmcPAChnDwDTIgEAhWcPAKkoAQAnaA8AvTEBAHdpDwBhSgEAGWoPAPJNAQAtag8AyYQQADVqDwDXghAAiWoPAEVOAQC9ag8AkU8BABxrDwDWUQEAYmsPAMFUAQC0aw8As1YBALVsDwDbaAEAFm0PAE9tDwBXbQ8ALmkBALFtDwBzawEAVG4PANN1AQC+bg8AJnYBAPpuDwDFdwEASW8PAJRvDwCebw8AGHgBAPFvDwD1fAEA5XEPAOyVAQA0cg8Af3IPAI9yDwA/lgEAMXMPACOaAQCAcw8Ay3MPANtzDwB2mgEAfXQPAOSiAQC8dg8ATyICAMB2DwDuIwIAxHYPAEq4AQDQdg8A3zECAGR3DwCpuBAAZXcPAHBJCwBodw8ANbsBAHh3DwCkcQsAt3cPALC+DwDLdw8AiLsBAN13DwCB+RAACXgPANu7AQAMeA8AhPgLALR4DwC4wAEAB3kPAAvBAQCveQ8ANMcBAFB6DwAKzQEA9noPAO7QAQBDew8Ak3sPAJ97DwCU0QEAlHwPAN98DwDifA8AX7sMAOt8DwAQ2AEAR30PAKjaAQCmfQ8A2H0PAC9+DwClXgwAO34PAJnoAQBYfg8Ak90BAIp+DwC84wEAMH8PAEboAQDWfw8AkukBADmADwDl6QEA04APAIvqAQAfgQ8AhOsBAB2CDwCR9QEAvoIPAH+OCwDBgg8AbvoBAMOCDwBwOw0AEIMPADq8EAAigw8AW4MPALaDDwABhA8AyoMPAHsEAgAEhA8Avx8MAAuEDwByKgwADoQPAKwKDAAchA8AYPwBACKEDwAmKQwAqYQPAJcAAgDRhA8AMuUMAAiFDwA2AgIAWYUPAC8DAgCkiA8AVxUCAOyVDwBvTgwAjJYPABxVCwCSlg8AZbkCAMuXDwCgfhAA0JcPAG6YDwDklw8AWZsPAOyXDwCEghAA8pcPAPXIAgBwmA8Ai6QLAHKYDwCxIQwAdZgPACaYCAB4mA8ASMkCAH2YDwCbyQIAf5gPAFZmBACkmA8AnK8EAL+aDwCF2AIAYZsPAKybDwCtmw8AZc0LALabDwDUDg4Au5sPAONMDwDLmw8AsAoRAAmcDwBi3QIA+5wPAEMFAwD+nA8AuC4KAP+cDwBu8wIAAZ0PAITkAgACnQ8AB+oCAASdDwDH9wMABZ0PAEzsAgAGnQ8A6vkCAAedDwAc5wIACJ0PAJDzAwAOnQ8AN+8CADSdDwA6HQ8AOKAPAD81AwA8oA8AIAoDAECgDwAB8wsAlaAPAGUMAwDSog8AjCoDADOkDwDyPwMA2aQPAKxJAwCFpQ8AkE0DAMKlDwDAUgMAtKYPAJxjAwANpw8AWKcPAGanDwDhZQMAVagPAGLjDQBfqA8AT24DAE2pDwCMfQMAnaoPAOSUAwA9qw8A/5wDAPSrDwA1rA8AMK0PAFrcBAAxrQ8AVsADADitDwBFcAgA160PADrEAwDbrQ8A3H4IANCuDwCg2QMA0a8PAKbkAwB7sA8A5OcDAC6xDwBlsQ8AbbEPALixDwDHsQ8AWe8DAGeyDwDZjQsAarIPAIn0AwC5sg8ABLMPAM2yDwBUfRAADrMPANz0AwCysw8AX/oDAAy0DwBR/AMA+bQPAPYIBAD7tQ8AHhsEAEq2DwCELxAAsbYPAOi2DwDwtg8AO7cPAEi3DwCZLQQATLcPAFweBADruA8A6zkEAN+5DwBmTAQALroPAHm6DwCKug8Ask0EAC67DwDUVAQAx7sPANpfBACKvA8A52kEAMS8DwAQcAQAa70PAPp+BABwvQ8ABxMJAHG9DwCYFgkAc70PAIQNCQDTvQ8ACr4PABK+DwBdvg8Asr4PACFlDAC4vg8Ap30QALq+DwDlgQQAvL4PAIkBDgDTvg8AXQoRAPK+DwCBDg4AC78PANCEBACDvw8Aqb8PAAbADwAAigQAscAPAHWRBABLwQ8ANpoEAKjBDwCWpAQAqsEPAHucBACewg8ALqcEAJzDDwDhsQQA48MPAL62BABBxg8AeMYPAIDGDwDLxg8A2sYPAD/UBAAnxw8AtNsEABnIDwDP4wQAJMgPAEdYCABtyA8ADecEAGjJDwAn+wQAcskPAAzzBADLyg8AAssPAArLDwBVyw8AWssPAO4OBQBkyw8A0wYFAFHNDwCnJAUA880PAGgtBQCZzg8AiUAFAJXPDwCjVAUATtAPAIXQDwCN0A8A2NAPAN7QDwD8XwUAQdEPAI1jBQDn0Q8AjG8FACjSDwBGeQUA2dIPACp9BQB/0w8A8oQFADLUDwBp1A8AcdQPALzUDwDL1A8Al5EFAMzUDwAMmQUA6NQPAEOdBQBu1Q8ABZoFAL3VDwAI1g8AEtYPAFiaBQAd1w8AVNcPAFzXDwCn1w8AsNcPAI6qBQAE2A8AgKwFALzYDwDz2A8A+9gPAEbZDwBH2Q8AhrcFAEvZDwAKBAYATNkPAIXDBQBT2Q8A+74FAFXZDwADsgUASdoPAJPBBQBC2w8AKtAFAJXbDwBh1AUA5NsPAFrVBQCS3A8Add0FAEbdDwB93Q8Ahd0PANDdDwDa3Q8APeUFACbeDwAM7AUA5d4PABzfDwAk3w8Ab98PAHzfDwBD8AUAft8PAP35BQDH3w8AJ/QFAHDgDwCA/wUA0OEPAAfiDwAP4g8AWuIPAGniDwAsCwYAWOQPACojBgC75A8A8uQPAA7lDwBF5Q8AUuUPAHYkBgBa5g8AkeYPAJnmDwDk5g8A5+YPAKU1BgDA5w8ASkIGADPoDwAnRwYAN+gPAPw1CwDj6A8Ao00GACzpDwCHUQYAf+oPABBiBgDU6g8AQGcGAMnrDwB3AwkA3esPACQDCQAw7A8AZ+wPAG/sDwC67A8AvewPAAhvBgAp7Q8AYO0PAGjtDwCz7Q8Awu0PAJlyBgAR7g8AFXkGAKfvDwAakAYAUvAPAJuDDABX8A8AmPMNAFrwDwCykgYAW/APAPnxDQCq8A8AlpYGALPxDwDq8Q8A8vEPAD3yDwBG8g8A/Z8GAJryDwDvoQYARfMPAL6oBgCi8w8Ay7IGADL0DwA5uwYA2PQPAJnFBgB+9Q8AmNEGAH72DwDq3QYA0fYPACjhBgAm9w8AZuQGAIn3DwDA9w8AyPcPABP4DwAi+A8AGe8GACP4DwCy5QYAcvgPAKvmBgDB+A8ADPkPABb5DwD+5gYACPoPAB/6BgCz+g8AsP0GAG37DwCk+w8ArPsPAPf7DwAG/A8AxAYHAFL8DwCd/A8ArPwPAKELBwBS/Q8AdxEHAKP9DwC0IAcApf0PAN4aBwCr/g8A4v4PAOr+DwA1/w8ApP8PANv/DwDj/w8ALgAQADsAEADcMgcAjgAQAHQ1BwDiABAABTkHAHwBEAAuPwcALAIQAP1FBwDRAhAAF1oHABUEEADsawcAagQQALtyBwAQBRAAs38HALYFEAAFjAcAZwYQAIiRBwC3BhAA1JIHAFYHEABelwcAEggQAEkIEABRCBAAnAgQAPIIEAByoAcApAkQAAqjBwBXChAAjgoQAJYKEADhChAA6woQAMurBwBCCxAAaq0HAJYLEABHsgcA5AsQAH62BwCJDBAAtboHAIUNEACLwAcA1A0QAB8OEAAhDhAA3sAHAOEOEAAYDxAAIA8QAGsPEACAEBAAtxAQAL8QEAAKERAAHxIQAFYSEABeEhAAqRIQALMSEAD96wcAaxMQAKITEACqExAA9RMQAP8TEAAWDAgACxQQAIb8BwBNFBAAeP4HAKUUEADmBggA8BUQAM8hCAD0FRAADhkIAEgWEADkHggAjhYQANYgCAA9FxAAwSMIAIkXEACsJggANhgQANwrCACLGBAABTIIADEZEADwNAgAhBkQAEM1CADnGRAAHhoQACYaEABxGhAAgBoQANs3CAAkGxAANEMIAHobEACwSQgAfxwQALYcEAC+HBAACR0QABgdEADEUggABR4QAFUeEABvHhAArmEIAMQeEAD7HhAAAx8QAE4fEABdHxAAkmUIANgfEAAxZwgAYyAQAJogEACiIBAA7SAQAE8hEADCaggA8iEQAD5xCABLIhAAdXUIAOYiEAAX+QgA6SIQAP95CAA5IxAA+HoIADUkEADNjAgAiCQQAEmTCADYJBAAQpQIAOYlEAAdJhAAJSYQAHAmEAB8JhAAOqEIAMsmEAAWJxAAGicQAIaiCAB5JxAAJaQIACsoEABiKBAAaigQALUoEADfKBAAFrIIAA0pEAA4uQgAdykQAPmzCgC2KRAAASoQADkqEABovggAyioQAPoqEAD2KxAA4twIAPMsEAAY7QgAQC4QAIsuEACnLxAA1y8QAPYvEAAqMBAAjTAQAK4HCQArMRAA3gwJAM8yEADLnQkA0TIQAMEcCQC+NBAAXyoJAAo1EACBMQkAETUQAJYuCQD8NhAAT0QJAP43EAACTwkARjkQAJE5EAC6ORAAdmIJAFM6EACKOhAAkjoQAN06EADsOhAAPmoJAIg7EADBbwkA3jsQACk8EABSPBAABnIJANc8EACXdQkASz0QAOp1CQDHPhAAuIgJAMY/EACHjwkAv0AQAKKXCQAiQRAA9ZcJAGhBEABImAkABEIQAK+hCQD8QhAAW60JAPtDEABZxQkAs0QQAOpEEADyRBAAPUUQAEdFEAAM0AkACEcQAGXbCQAqSBAAVfUJAIRIEADY+gkAI0kQAEYDCgCESRAAhAYKAMtKEAA2HQoAJUsQAGZLEABoTBAAICwKABVOEACwOwoAqU4QAI1ACgAETxAAy0MKALlPEADwTxAA+E8QAENQEACYUBAAOUwKAKtREADiURAA6lEQADVSEABfUhAA3lgKAORSEAAHXwoANlMQAIFTEACPUxAArV8KANpTEADyYQoAh1QQAM9mCgDOVBAAs2oKAM9VEABtdAoA0lUQABN1CgAfVxAAuIEKAGpXEAAEgwoAxVcQAEKGCgATWBAA2ogKAGFYEAAtiQoA1VgQAARZEADGWRAAf5UKACdaEADSlQoAUVsQAJxbEADFWxAATpwKANBbEAD0nAoAml0QANigCgDxXRAAFqQKAEFeEABipQoAOl8QAIurCgCFXxAAb68KAEVgEAB5YBAAO2EQAHJhEAB6YRAAxWEQANJhEAA9wgoAJWIQACjFCgDLYhAAucgKAINjEAC3YxAAHGQQAIx1EAApZBAAXWQQAA9lEACx1QoAEWUQAGzTCgC7ZRAA/GUQAF1mEADF3goABWcQAB7qCgBXaBAAmfwKAPJoEAB9AAsASGkQAFMGCwCbaRAAbg4LAO1pEABnDwsAjGoQAOoUCwBIaxAAf2sQAIdrEADSaxAAQ2wQAOIhCwAhbRAACygLAC5uEADFMQsAzW4QAOA5CwB/bxAAtm8QAL5vEAAJcBAAeHAQAK9wEAC3cBAAAnEQAKtxEAD6fRAAsHEQAPtxEACycRAAsgcOAMRxEADhsBAABXIQABZKCwCnchAAmU8LAJt0EACDXgsA9XQQANZeCwDgdRAARGcLAOR2EAC5bgsA/HYQACn+DAAzdxAAfncQAJx3EAAMbwsAJXkQAHHVDQB4eRAAxNUNAN95EAAWehAAHnoQAGl6EADcehAABHwLAGp7EACXugsACX0QANjJEAACfhAAjX4NABZ+EACP9xAAKH4QAE1+EAB7fhAAWakNAM5+EADzfhAASX8QAOrqEAC1fxAA7H8QAPR/EAA/gBAAnoAQAFWUCwABgRAAOIEQAECBEACLgRAA6oEQACTnDABHghAAX8ILAIODEAC16gwAiYMQAA+eCwDqgxAAp6ALANGEEAAchRAAd4UQAMMfEQDKhhAAu6kLANSGEABvqAsAwIcQAEytCwB2iBAArYgQALWIEAAAiRAAU4oQAA22CwBUjBAAQ8YLAOyMEACV0gsAPI4QANLhCwAzjxAAEOULAHiQEABW1AwAe5AQACOgDAB/kBAAHe8LAIWQEABA4wwAI5EQAG6REAB4kRAA+vMLAIOSEAC6khAAwpIQAA2TEAC1kxAAnwAMAAuUEAAwBAwAAJYQADYPDABTlhAAnpYQAKqWEAB0EgwAUJcQALIVDADylxAAPZgQAFSYEADiGgwAHJ0QACU1DADFnRAArzkMAA6gEABFVAwAvaAQAP6gEACxoRAAe2QMALShEAAvYwwAq6IQAMBmDABmoxAAlqMQALSjEABRagwADaQQAHpwDACdpBAAzXAMANymEAAnpxAAKacQAMx8DAB/pxAAcn0MAIanEAAKgAwA4qgQABmpEAAhqRAAbKkQAHapEACvjAwAwKoQAAurEAAOqxAAP5wMAL2rEADQnwwAsqwQAAClDADSrBAAgAURABmtEABMpgwApq0QAPatEACfrhAAkagMAKauEADWqgwAR7AQAKywDABJsBAAFjwNAOmwEAA0sRAAg7IQALubDQDfshAAUb0MACa0EACAzgwAKbQQAJvWDAAutBAA8L4MADq0EAD9yAwAxbYQAIfNDABrtxAAXdMMALW4EAAtdA0A07gQAEP2EAAEuRAAT7kQAFK5EACU1wwAsrkQADPZDAABuhAALNoMAFC6EACbuhAApboQAH/aDAA9vBAAAuAMAES8EAD04QwA47wQAO3iDABXvhAAfuYMANq+EAC86QwAY8AQAKMAEQDZwBAAGREOABjBEADd/AwAb8IQAA0CDQC+whAACcMQACLDEABZAw0AX8MQAK/DEAAmxBAA4wcNAMzEEADcCA0AcsUQACgKDQD8xRAAR8YQAFHGEAC5DQ0A7sYQAO3bDQD1xxAAJxYNAN3JEADoHg0Aw8oQANHKEAAWyxAAJMsQAGvNEAB4Lg0Adc0QAJo1DQAR0BAArj4NAGLQEACnPw0Ar9AQAE1ADQD90BAAmUENAPbREADeQw0A9NIQAD/TEACa0xAA5dMQAIzUEACmSw0A5tQQADHVEACM1RAA19UQAIDWEAB8UQ0AK9cQAHbXEADR1xAAHNgQAB3ZEACsVg0AdNkQAPhXDQAW2hAAYdoQAHHaEABEWQ0AKtsQAFrbEAAJ3BAAzl0NAF/cEABmYA0AytwQAPncEAAA4BAAcnYNAJ/hEACiew0AReIQAO58DQDr4hAAOn4NAGjlEADzkw0AEucQAGibDQAA6BAApp4NAKrpEAAbpg0ATeoQALOoDQDv6xAA+KoNAAftEAAvrw0AMu0QAM6wDQCK7RAA5w4RAN7tEABmsw0A4e0QAFi1DQAr7hAAe+4QAJfuEADO7hAAJO8QAHTvEACQ7xAAx+8QACLwEABt8BAAd/AQAKu1DQDI8BAAgzQRABnxEACIug0AGvIQAL++DQBi8hAAV8ENALryEAA6DxEAwPMQAGwRDgBd9BAAA80NAPL3EABwhw4AOPkQAFTlDQAq+hAAK98NANn6EAAk4A0Ax/wQABL9EAAc/RAAkugNAMb9EAAq6w0A6AARAPYAEQA7AREASQERAI4BEQCcAREA4QERAO8BEQA0AhEAQgIRAIcCEQCVAhEARAMRAPLyDQCqAxEA4QMRAFAEEQCHBBEA6AQRADD2DQCoBREA0wURAPsFEQAmBhEATgYRAHkGEQChBhEAzAYRACcHEQByBxEAdwcRAMH5DQDBCBEAewMOAGkKEQCMKQ8AbQoRAO0nDwAiCxEAVgsRAMgLEQCkCQ4ABQwRANsNDgBuDBEAogwRAFANEQCbDREAqw0RAM0PDgD6DREAxhAOAFYOEQCjDg8AgRIRACJLDgDXEhEAyEsOAMwTEQD3XA4AchQRAHNjDgAYFREAQmoOAL4VEQDFbw4AZBYRAOd2DgAKFxEAcXsOALAXEQD7fw4AVhgRAHeGDgAAGREAaYgOAGEZEQCaGREAohkRAO0ZEQAzHREAfh0RAJwdEQCfmA4AxCARAHO2DgAtIREAV7oOANMhEQCHvw4AZyIRAMzBDgC2IhEAZMQOAAgjEQD8xg4AWSMRAODKDgC3IxEA0swOABYkEQBNJBEAoiQRAHfZDgD/JBEAFtsOAFslEQCu3Q4AoSURAITjDgBbJhEAu+cOAIQqEQB7/A4AJSwRACAJDwB0LBEAGQoPAMMsEQAOLREAEi0RAGwKDwBpLREAtC0RAA8uEQBaLhEACC8RAFMvEQCyLxEAsBgPAAEwEQBMMBEAUDARAAMZDwBwMREAJSAPAEcyEQDmKA8AlDIRAOQyEQAMMxEANzMRAI0zEQDdMxEABTQRADA0EQCaNBEA2CoPACs1EQAdLQ8AhjURABYuDwDXNREAIjYRADI2EQAPLw8AfjYRAAgwDwDLNhEAGzcRAHg3EQBNMg8A0TcRAEYzDwDIOBEA+T0PAGw5EQDIRA8AuzkRAAY6EQAWOhEAG0UPALA6EQCsSA8ADzsRAPhJDwBgOxEA8UoPAK07EQCXSw8A+zsRAEs8EQA=","fail":"AAAAAAAAAACbhAAA/rYBAMXRAADJygYAoS4CAGyVBwAi+QEAFLULAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAKpkBAH2ZAQDQmQEAI5oBAAAAAAAi+QEAKqYLAAOdCADtkAAA8Q0AACL5AQCEUgsA11ILACpTCwB9UwsAzRACAJnuDADs7gwAm8IDAAAAAADJygYAoS4CAKEuAgAEYQMANBoCAIcaAgBmugwAg/0MAFe7AgCquwIAShIBAIdYBQDP9w0ABGEDACL5AQBsUAUAda0AAMitAAAbrgAAbq4AAMGuAADxDQAAIvkBABS1CwCeKAgAoS4CALU3AgChbAUAp2kHAAAAAADJygYAIvkBAFT6CgA+5wMA0xsCAP03CQA1DgIAm4QAAI0lAgBsZA4Av2QOAG6gAgDvJQAAIvkBAPqnCgBNqAoAAUcAADIdBQDtkAAAQJEAAIKpAgB0egkAx3oJACL5AQAqpgsAA50IAO2QAADxDQAAIvkBAIRSCwDXUgsAKlMLAH1TCwAl4gsAeOILAFMAAABTAAAAMqcJAKEuAgABRwAAIvkBACXiCwBtswEAAAAAAO2QAADTGwIA8Q0AANQdAACrFwAAbJUHAL+VBwCIwgAA28IAAC7DAAAx5AIATOwCAJ/sAgAhIAoApBgAAKf6CgBZsAwATAEAAJ8BAADyAQAARQIAAJgCAAAl4gsAeOILAFMAAABTAAAAAZMBAKEgBADtkAAAIq0AAKEuAgD0LgIAeVMGACL5AQAUtQsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABEIgkAlyIJAAAAAAC9iwAAtoUBAKEuAgC1NwIA8Q0AACL5AQABkwEAoSAEAPQgBABTAAAAdpoBAMmaAQAcmwEAb5sBAMKbAQAVnAEAaJwBAAAAAAAx5AIAQwUDAG2zAQDAswEAE7QBANQjCwD5WQsATFoLAIRSCwDXUgsAKlMLAH1TCwDNEAIATagKAJk7AgBmKQkAuSkJAAwqCQBslQcAIvkBAFn8DQAgMwkAIvkBAGa6DAAPiQ4Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAAP03CQDvfgsAJeILANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAEQiCQCXIgkAAAAAAL2LAADtkAAA8Q0AADp4AgAjWwoAbJUHACL5AQAl4gsAqS8AAPwvAABPMAAAojAAAF15DQA1DgIAm4QAAP62AQDUHQAAbJUHACL5AQAUtQsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAADQaAgCHGgIAf3MDANJzAwAldAMAeHQDAIRSCwDXUgsAURgAAKQYAACn+goAWbAMAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAAI4ZAgBupg0AwaYNAFT6CgAIPwEAWz8BAIKpAgC2hQEAbJUHALvuDQBU+goAp/oKAFmwDABMAQAAnwEAAPIBAABFAgAAXXkNADUOAgCbhAAA/rYBANQdAABslQcAIvkBABS1CwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAANBoCAIcaAgB/cwMA0nMDACV0AwB4dAMAhFILANdSCwBRGAAApBgAAKf6CgBZsAwATAEAAJ8BAADyAQAARQIAAJgCAADF0QAAjhkCAG6mDQDBpg0AVPoKAAg/AQBbPwEAgqkCALaFAQBslQcAu+4NAJuEAAD+tgEApj4DADHkAgBDBQMAqS8AAPwvAABPMAAAojAAAF15DQDxDQAA1B0AACceAAB6HgAAzR4AACAfAABdeQ0A7yUAADmtCAChLgIAdGwLADp4AgBdeQ0AShIBAPaZBwDxDQAAbbMBACdxAABplgwANxEKANp6DAAc5wIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAVPoKAKf6CgBZsAwATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAsM0BAPENAAA6eAIAIvkBADUOAgC/EQ4AFLULAKYpBgAl4gsA9sINADIdBQCFHQUACYYBAAAAAAAirQAAIq0AAO2QAADxDQAAbbMBACL5AQAqpgsAu+4NAKsXAABwLgMA7ZAAAGyVBwAi+QEAdfkBAIOxCwChLgIAIvkBAL2LAADxDQAA1B0AACL5AQAAAAAAqxcAAAZQAgANxAkA/hcAAMXRAACrFwAAIvkBACqmCwC/lQcA+UQOAExFDgA1DgIAm4QAAP62AQDUHQAAAAAAAKEuAgDTGwIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBAGyVBwC77g0AqxcAAHAuAwDtkAAAbJUHANMbAgDtkAAAQJEAAJrjAACiyAIANQ4CAJuEAACnaQcA0xsCAGyVBwA1DgIA0xsCAO2QAABAkQAAmuMAAKLIAgC9iwAANQ4CAAGTAQChIAQAIq0AACL5AQAGUAIAWVACAKxQAgAi+QEARCIJAJciCQABRwAAMh0FAIUdBQDtkAAAgqkCANWpAgAoqgIAIvkBANQjCwD5WQsATFoLAIRSCwDXUgsAKlMLAH1TCwAUtQsAnigIAPEoCABUkwEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AAJTeCwBTAAAAUwAAADKnCQChLgIAAUcAACNbCgBslQcA0xsCAJuEAACIwgAA28IAAC7DAADTGwIAShIBAJ0SAQANvQoAAAAAAAGTAQChIAQA7ZAAAKsXAAABRwAAIvkBACqmCwADnQgA7ZAAAPENAAAi+QEAhFILANdSCwAqUwsAfVMLACXiCwB44gsAUwAAAFMAAAAypwkAoS4CAAFHAAAi+QEAFLULAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAAFwsAgDGQQcAm30BABSuDAAi+QEARCIJAJciCQAAAAAAvYsAAO2QAADxDQAAOngCACNbCgBslQcAIvkBADUOAgAEYQMAIvkBACXiCwDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAA/+EFACKtAACyrgIA3j0CAP/hBQDJygYAIDMJACL5AQBU+goAAZMBAL2LAADOBAIAtoUBAAmGAQAi+QEAm4QAAIjCAADbwgAAXdQAABS1CwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAEQiCQCXIgkAAAAAAL2LAAC2hQEAoS4CALU3AgAAAAAAoS4CAKLxCAAgMwkAzgQCAFMAAACmAAAA+QAAACL5AQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAAODSAQAz0wEAbFAFALKuAgAFrwIAWK8CALRQDAAHUQwAWlEMAMXRAAC2hQEAVMoFAFRHAAAX5AsAOkcJAAFHAAAi+QEAFLULAM/3DQAEYQMAIvkBAFT6CgCn+goAWbAMAEwBAACfAQAA8gEAAEUCAACYAgAAbFAFAL9QBQASUQUA7yUAADmtCADOBAIAvYsAAKEuAgC1NwIAoS4CACL5AQBsUAUAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAJeILANQdAACrFwAAAUcAACL5AQAUtQsAiMIAANvCAAAuwwAANBoCAIcaAgB/cwMA0nMDACV0AwB4dAMAhFILANdSCwBRGAAApBgAAKf6CgBZsAwATAEAAJ8BAADyAQAARQIAAJgCAADUIwsA+VkLAExaCwAl4gsA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAANp0AQAtdQEAgHUBANN1AQBUfgQAFLULAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAKpkBAH2ZAQDQmQEAI5oBAJk7AgBmKQkAuSkJAAwqCQBfKgkAsioJAAUrCQAUtQsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAACNbCgC9iwAA8Q0AADmLAQAJhgEAzgQCACL5AQBKEgEA9pkHAJNnBgBD4gcAm4QAAM/3DQBwLgMAm8IDAEoSAQAi+QEAAAAAACKtAACbfQEA7n0BAEF+AQCrFwAAmTsCAOw7AgA/PAIAkAgBADHkAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADadAEALXUBAIB1AQDTdQEAAAAAAMnKBgAgMwkAzgQCACEFAgDxDQAA1B0AAJNnBgAaPQYAbT0GAG/tDQBUygUAcDUCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAx/cDABr4AwBt+AMAwPgDABP5AwBm+QMAufkDAAz6AwBf+gMA5aMLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAACYYBACceAAB6HgAAzR4AACAfAAC1NwIAQJEAAJrjAACiyAIAFLULAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAKpkBAH2ZAQDQmQEAI5oBANMbAgChLgIAtTcCAAg4AgAUoA4A8Q0AANQdAABslQcAIvkBAF15DQBNjA4AAZMBAFSTAQCnkwEA+pMBAE2UAQCglAEAxdEAAI4ZAgBupg0AwaYNAEQiCQCXIgkA6iIJAD0jCQCQIwkA4yMJACL5AQC9iwAA8Q0AADmLAQAJhgEAzgQCACL5AQAUtQsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEA9pkHAJNnBgBD4gcAm4QAAM/3DQBwLgMAm8IDAAFHAADTGwIAm4QAAJ4oCADxKAgAVJMBAMXRAADtkAAAbJUHACL5AQBdeQ0AoS4CAKLxCAA1DgIAm4QAADUOAgABkwEAl6UOAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAAosgCAO6EAABBhQAAlIUAAOeFAAA6hgAAYpEBALWRAQAIkgEAW5IBAK6SAQC77g0AQJEAAJrjAACiyAIAKuwBACKtAADtkAAAUwAAAAFHAAD/4QUAycoGACL5AQAAAAAAAAAAAAAAAABUfgQARCIJAJciCQChbAUA/rYBAEQOAAAgMwkAMeQCABQJAAC9iwAA8Q0AANQdAAAnHgAAqxcAAJk7AgDsOwIAPzwCAI1ACgDgQAoAM0EKAFT6CgCn+goAWbAMAEwBAACfAQAA8gEAAEUCAACYAgAAhFILANdSCwAqUwsAfVMLABS1CwCeKAgA8SgIAFSTAQDF0QAA7ZAAAGyVBwCrFwAA/hcAAFEYAAAUtQsAcxcNAEGFAACUhQAA54UAADqGAACNhgAAZroMAIP9DAB1BgwAZroMAA+JDgC2hQEAm8IDAO7CAwCCqQIA/TcJABfkCwDxDQAAOngCAMXRAAC2hQEAVMoFAFRHAAAi+QEARCIJAPQuAgA1DgIANQ4CALaFAQBUygUAShIBAAAAAAAi+QEAdfkBAMj5AQAb+gEAbvoBACL5AQBU+goAAZMBAJelDgCbhAAA/rYBANQdAABsUAUAQ+IHAJbiBwDp4gcAPOMHACL5AQAEYQMAV2EDAKphAwChLgIAIvkBAGxQBQC/UAUAElEFAGVRBQC4UQUAC1IFAF5SBQCxUgUAbaUDAMClAwATpgMA/t8HANQdAABLsgwAAUcAAP/hBQAJhgEAzgQCAO8lAACPugEA4roBADW7AQCS8AAAkAgBAO8lAACPugEA4roBADW7AQDlgQQAOIIEAIuCBAAUtQsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAACNbCgBmugwAg/0MAMnKBgBslQcAu+4NAFqkDAAAAAAAAAAAAAAAAAAAAAAAIvkBAM6xAQA1DgIAm4QAAKdpBwAi+QEAbFAFAKEuAgC1NwIA3nsFALvuDQCrFwAAAUcAAP/hBQCbhAAAnigIAPENAAAAAAAAqxcAAIKpAgDVqQIAKKoCAKEgBABslQcAv5UHAO6EAABBhQAAlIUAAOeFAAA6hgAAlhINAFlQAgCsUAIAtoUBALaFAQDOBAIAqxcAAJk7AgA7QggAvYsAAKEuAgC1NwIA3nsFAAOdCADtkAAA8Q0AAI8TDQD+FwAAdzsBAEoSAQCHWAUA3j0CACKtAABslQcAu+4NAKsXAABwLgMA7ZAAAAAAAADJygYAzgQCALaFAQAJhgEAIvkBAHX5AQDI+QEAG/oBAG76AQB1+QEAg7ELAKEuAgAi+QEAvYsAAPENAADUHQAAJx4AACL5AQB1+QEAyPkBABv6AQBu+gEAdfkBAIOxCwChLgIAIvkBAL2LAADxDQAA1B0AACL5AQAUtQsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAAAqmQEAfZkBANCZAQAjmgEAIvkBAL2LAADxDQAA1B0AACceAACrFwAAmTsCAOw7AgCCqQIAdHoJAMd6CQB0bAsAOYsBAMnKBgAgMwkAtoUBAAmGAQBwLgMAcRsEALDNAQBKEgEAIvkBACXiCwB44gsAUwAAAFMAAAAypwkAoS4CAAFHAAAjWwoAbJUHACL5AQAUtQsAViAOALaFAQAi+QEAgqkCAHR6CQDHegkAdGwLADmLAQDJygYAIDMJACL5AQDUIwsAAAAAAPENAABtswEAwLMBADHkAgDxDQAApj4DACL5AQBEIgkAovEIADpHCQABRwAA/+EFAAmGAQDtkAAA8Q0AAPENAABtswEA1B0AACceAAD/4QUAycoGACAzCQDtkAAAQJEAAJrjAACiyAIAm4QAALaFAQCXpQ4AMeQCAG7zAgDGLAoAXSYNALAmDQADJw0AVicNAKknDQD8Jw0ATygNAPQuAgBHLwIAmi8CAO8lAACPugEA4roBADW7AQC77g0AQJEAAJrjAACiyAIAAAAAAJuEAACCqQIA1akCAI0lAgABkwEAm4QAAM/3DQDOBAIAjSUCAJuEAAD+tgEAUbcBAKS3AQD3twEASrgBAJ24AQDwuAEAQ7kBAJa5AQDpuQEAPLoBAEoSAQBTAAAApgAAAI9gAgBv7Q0Awu0NAEQOAAAgMwkA7yUAAI+6AQDiugEAcEkLAMNJCwC9iwAAAZMBAAFHAAD/4QUAUwAAAAGTAQCXpQ4A6qUOAI+6AQDiugEAcEkLAMNJCwDUHQAAJx4AAJrjAACiyAIAAAAAACL5AQA1DgIAiA4CANsOAgAuDwIAgQ8CANQPAgAnEAIA7ZAAAK1LAQDB+gEAFPsBAGf7AQC6+wEADfwBAPqnCgCZ7gwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEANBoCAIcaAgD6pwoAme4MAMH6AQAU+wEAZ/sBALr7AQAN/AEATLQKAAGTAQCXpQ4A6qUOAD2mDgCQpg4AsmENAK2kDAAi+QEARCIJAG/tDQAoqQ4Ae6kOAM6pDgBMtAoAn7QKAHX5AQDI+QEAG/oBAG76AQAAAAAAWqQMACL5AQBEIgkAb+0NACipDgB7qQ4AzqkOAEy0CgCftAoAdfkBAMj5AQAb+gEAbvoBAHX5AQDI+QEAG/oBAG76AQCIuwEAVH4EAPnxDQBM8g0An/INAPLyDQBF8w0AAAAAAL2LAAAQjAAAcC4DAFTKBQCNJQIA4HcOAGyVBwAGUAIAvYsAABCMAABwLgMAVMoFAI0lAgD0gA4AoS4CAPQuAgB5UwYA9pkHAMXRAADJygYAoS4CAAZQAgCNJQIAm4QAAP62AQBRtwEApLcBAPe3AQBKuAEAnbgBAPC4AQBDuQEArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAAAAADvJQAAj7oBAOK6AQA1uwEAUwAAAKuFCACTZwYAAUcAACNbCgCCqQIA1akCACiqAgB7qgIAzqoCAPENAAAi+QEAZroMAIP9DAB1BgwANQ4CAL8RDgAAAAAAFLULAOT0DQA39Q0AivUNAN31DQAw9g0Ag/YNANb2DQD6pwoAuQYOAAwHDgBfBw4AMeQCAAAAAADJygYAAUcAADHkAgAirQAAm30BAHnJAQDMyQEAH8oBAHLKAQC1NwIA3nsFACL5AQC9iwAA8Q0AADmLAQAJhgEAzgQCACL5AQCyYQ0AraQMAPqnCgAAAAAAAZMBAAAAAAC9iwAAm4QAAJ4oCAAAAAAAAAAAAL2LAAABRwAAIvkBAMXRAACOGQIAbqYNACL5AQD6pwoAAAAAAL2LAACbhAAA/TcJABfkCwA6RwkAjUcJAOBHCQAzSAkANQ4CAIZICQDZSAkALEkJADUOAgBsUAUAv1AFABJRBQAWjw0AaY8NALyPDQBsUAUAv1AFABJRBQAWjw0AaY8NALyPDQCbhAAAz/cNAAAAAAAi+QEAzgQCACEFAgB0BQIAAAAAAAFHAAAjWwoAd+4LAMruCwCNJQIAjYwLAOCMCwAEYQMAAUcAACNbCgB37gsAyu4LAI0lAgDgJQIA9C4CAEcvAgCaLwIA7S8CAPENAAAyHQUAq8MLAEcvAgCaLwIA7S8CAAFHAABURwAAW4oOAK6KDgABiw4AAAAAAKEuAgC1NwIAV8IBAHWKBQCTZwYAAUcAAPENAACNJQIAaioCAL0qAgAQKwIAYysCALYrAgAJLAIAAUcAAFwsAgDm3A0AVEcAAFuKDgCuig4AycoGAI0lAgBqKgIAVEcAAFuKDgCuig4AAYsOAAAAAACbhAAAtoUBAJvCAwDUHQAA0xsCAO2QAABAkQAAmuMAAKLIAgCNJQIAaioCAFRHAABbig4ArooOAAGLDgCNJQIAaioCAFRHAABbig4ArooOAARhAwBTAAAAq4UIAO2QAABAkQAAmuMAAKLIAgDtkAAA7yUAAEImAABAkQAAtTcCAKsXAAAirQAA7ZAAAO2QAABAkQAAmuMAAKLIAgCbhAAAeVMGAPaZBwDtkAAAQJEAAJrjAACiyAIAAUcAAAFHAAAyHQUAhR0FADUOAgCIDgIA2w4CACNbCgDtkAAAQJEAAJrjAACiyAIAShIBAPaZBwABRwAAVEcAABfkCwBslQcAu+4NAECRAACa4wAAosgCAAGTAQABkwEAUwAAADKnCQC2hQEACYYBAMhFAwAbRgMAH4QLALU3AgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAoS4CALU3AgAIOAIAWzgCAK44AgABOQIAVDkCAKc5AgD6OQIATToCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAA7ZAAAARhAwDtkAAAQJEAAJrjAACiyAIAbJUHALvuDQCtSwEAN0EPAECRAACa4wAAosgCAAAAAADtkAAAQJEAAKLxCABslQcA3wAJAIKpAgC2hQEAm8IDADmLAQDJygYAIDMJAO2QAABAkQAAmuMAAKLIAgA1DgIAycoGADpHCQAQjAAAbawCAAGTAQBUkwEAxkEHALKuAgAFrwIAl6UOAECRAACa4wAAosgCAM/3DQDOBAIANxEKAO2QAABAkQAAmuMAAKLIAgChLgIAzgQCAL2LAABKEgEA9pkHAKsXAAABRwAAI1sKAB+ECwCa4wAAosgCAMnKBgA6RwkAAUcAAFwsAgDvJQAANQ4CAMnKBgA6RwkAEIwAAG2sAgDxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCbhAAA/rYBAFG3AQCpLwAAsq4CAP62AQA6eAIAI1sKAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQADnQgAHMsGAG/LBgC39QcACvYHAF32BwCw9gcAA/cHAFb3BwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAJNnBgAaPQYAbT0GAHRsCwA5iwEAycoGACAzCQDtkAAAQJEAAJrjAACiyAIAAUcAAJuEAADuhAAABlACAMnKBgCCqQIAdHoJAMd6CQDvJQAAAZMBAFSTAQDF0QAA7ZAAAECRAACa4wAAosgCAP/hBQBS4gUAxBsEAAGTAQCXpQ4AShIBAPaZBwCrFwAAAUcAACNbCgBslQcAu+4NAECRAACa4wAAosgCAPENAACU3gsAUwAAAFMAAAAypwkAoS4CAAFHAAAjWwoAbJUHAAOdCAAcywYAb8sGALf1BwAK9gcAXfYHALD2BwAD9wcAVvcHAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAZMBAAGTAQCXpQ4AzgQCAOxWCgCeKAgAm4QAAI9gAgDiYAIANWECAIhhAgDbYQIALmICAIFiAgDUYgIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKEuAgD0LgIABGEDALaFAQAJhgEAS1ICAJ5SAgDxUgIAIGQCAHNkAgDGZAIAGWUCAGxlAgC/ZQIAEmYCAGVmAgC4ZgIAC2cCAF5nAgCxZwIABGgCAFdoAgCqaAIA/WgCAFBpAgCjaQIA9mkCAEoSAQA1DgIAvxEOAECRAADvJQAAg7ELAKEuAgBKEgEAh1gFAN49AgAjWwoArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BACAzCQAirQAAGj0GAG09BgDAPQYAEz4GAGY+BgC5PgYAShIBAJ0SAQANvQoA3wAJALlnDAA5rQgAIq0AALKuAgDePQIA/+EFAMnKBgAgMwkA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAAm4QAAJ4oCAC9iwAA7ZAAAO2QAABAkQAAmuMAAKLIAgBslQcAu+4NAO8lAAA5rQgAEhkNAO2QAABslQcAm4QAAJ4oCADxKAgARCkIAGa6DACD/QwAdQYMABS1CwCmKQYAShIBAPaZBwBJmgcANQ4CAL8RDgBAkQAAIvkBAHX5AQAUoA4AEIwAAKGVCwABRwAA/+EFAMnKBgAgMwkAvYsAABCMAABtrAIAwKwCABOtAgBmrQIAua0CAAyuAgBfrgIAb04MAMJODAAVTwwAaE8MALtPDAAOUAwAycoGACL5AQB1+QEAQiYAAMXRAAAi+QEAFLULAGe1CwDiYAIANWECAIhhAgDbYQIALmICAIFiAgDxDQAAIvkBAGa6DACD/QwAdQYMAHX5AQAUoA4AEIwAAKGVCwABRwAA/+EFAMnKBgAgMwkAz/cNAKsXAAD+FwAAdzsBAHoQAgBEIgkAlyIJAN57BQC77g0Ak2cGAHWtAABJagIAj2ACALU3AgCi8QgAzrEBAGa6DABsUAUABGEDAJiuCwDrrgsAPq8LAJGvCwDtkAAAQJEAAJrjAACiyAIAqxcAAAFHAACbhAAA3j0CAP/hBQDJygYAIDMJAO2QAABAkQAAmuMAAKLIAgA5nwoAOa0IABIZDQBLUgIAIvkBACXiCwDuyQIAShIBADUOAgDJygYAtoUBALWKAgCbhAAA3j0CAP/hBQDJygYAIDMJACL5AQD6pwoAuQYOAAwHDgBfBw4AdfkBAMj5AQAb+gEAbvoBAAAAAAAi+QEA1CMLACckCwBN5g0AoOYNAPPmDQBG5w0AH8oBAN49AgD/4QUANQ4CAAGTAQCXpQ4AZroMAHA1AgDDNQIAFjYCAGxQBQCyrgIAGMQCAGvEAgC+xAIAEcUCAGTFAgBq0AIAvdACABDRAgBj0QIAttECAAnSAgBc0gIAr9ICAALTAgBV0wIAAAAAAL2LAAAQjAAAbawCAMCsAgATrQIAZq0CALmtAgAMrgIAbFAFALKuAgAYxAIAa8QCAL7EAgARxQIAZMUCAL2LAADxDQAAZroMAIP9DABXuwIAqrsCAEoSAQCHWAUAz/cNAIRSCwDXUgsAKlMLAH1TCwDNEAIATagKAKCoCgA6RwkAzgQCAEoSAQAUqAEAm8IDAG2zAQA5iwEACYYBAM4EAgAi+QEARCIJAJciCQABRwAAvYsAAKEuAgAqpgsAu+4NAJNnBgB1rQAASWoCAI9gAgC1NwIA3nsFACL5AQAUtQsAz/cNAGyVBwAi+QEAhFILANdSCwAqUwsAfVMLAL2LAADxDQAA1B0AANQjCwAnJAsAXIYBAK+GAQAChwEAVYcBAKiHAQA3owEAWfwNABzLBgBvywYAt/UHAAr2BwBd9gcAsPYHAAP3BwBxGwQAxBsEABccBABqHAQAvRwEABAdBABslQcAIvkBABS1CwDP9w0AbJUHACL5AQCEUgsA11ILACpTCwB9UwsAvYsAAPENAADUHQAAJeILAO7JAgBBygIAlMoCAOfKAgA6ywIALXsMAIB7DADTewwAJnwMAHl8DADP9w0AcC4DACKtAAAx5AIAuC4KABoaCwBtGgsAwBoLABMbCwBmGwsAuRsLAPiqDQC5Bg4ADAcOAF8HDgAi+QEAWfwNADpHCQABRwAAIvkBAFn8DQDvJQAAIvkBADUOAgDJygYAOkcJABCMAABtrAIARCIJAPQuAgBKXgIAnV4CACNbCgB2WwoAyVsKAAFHAAAi+QEAZroMAIP9DAB1BgwAFLULAKdpBwBslQcAIvkBAMXRAAC2hQEAVMoFAFRHAAAi+QEAWfwNAIKpAgB0egkAx3oJAO8lAAABkwEAVJMBACXiCwB44gsAy+ILAB7jCwAyHQUAq8MLAP7DCwCnCAkAIvkBAMXRAAC2hQEAVMoFAFRHAAAi+QEAWfwNAIKpAgB0egkAx3oJAO8lAAABkwEAVJMBAEoSAQCwzQEAA84BAFbOAQCpzgEA/M4BAE/PAQAEYQMAIvkBAMXRAAC2hQEAVMoFAFRHAAAi+QEAWfwNAIKpAgB0egkAx3oJAO8lAAABkwEAVJMBACqmCwB9pgsAgqkCALaFAQBslQcAu+4NAMXRAAC2hQEAVMoFAFRHAAAi+QEAWfwNAIKpAgB0egkAx3oJAO8lAAABkwEAVJMBALaFAQC1igIAIvkBAFT6CgAypwkAtoUBAAmGAQDIRQMAG0YDAB+ECwAi+QEAKqYLALvuDQBAkQAAtTcCAAg4AgBbOAIArjgCAAE5AgBUOQIApzkCABS1CwDk9A0AN/UNADmLAQCMiwEA34sBAEoSAQD2mQcAqxcAAAFHAAAi+QEAZroMAIP9DAB1BgwA+qcKAE2oCgABRwAAMh0FAARhAwAi+QEA1CMLACckCwB6JAsAhFILAHAuAwDDLgMAFi8DAEoSAQCHWAUAAZMBAKEgBAAirQAA7ZAAADUOAgDJygYAOkcJABCMAABtrAIA8Q0AACL5AQBZ/A0AOkcJAAFHAAAi+QEAWfwNAO8lAAAi+QEARCIJAPQuAgBKXgIAnV4CAAFHAAAjWwoAzgQCADcRCgBAkQAAIvkBACqmCwB9pgsAgqkCALaFAQBslQcAu+4NADUOAgAEYQMAIvkBAJBUAgDjVAIANlUCAAZQAgBZUAIAbJUHACL5AQAUtQsA3j0CAJAIAQDjCAEAsq4CAAWvAgBYrwIAtFAMAAdRDABaUQwArVEMAABSDABTUgwAplIMAPlSDABMUwwAn1MMAPJTDABFVAwAmFQMAOtUDAA+VQwAkVUMAORVDAA3VgwAilYMAN1WDAAwVwwAg1cMANZXDAApWAwAfFgMAM9YDAAiWQwAdVkMAMhZDAAbWgwAbloMAMFaDAAUWwwAZ1sMALpbDAANXAwAYFwMALaFAQAJhgEAS1ICAJ5SAgDxUgIAsQ0DAAQOAwBXDgMAqg4DAP0OAwBQDwMAow8DAPYPAwBJEAMAnBADAO8QAwBCEQMAlREDAAAAAADJygYAOkcJACL5AQAHqwsAWqsLAIKpAgB0egkAFLULAM/3DQAi+A0AdfgNAMj4DQAb+Q0AbvkNANQjCwAnJAsAeiQLAARhAwBXYQMAqmEDAKEuAgAi+QEAJeILAPvMAwBOzQMA44QHADaFBwDuyQIAQcoCAJTKAgDnygIAbFAFAL9QBQAUrgwAvYsAAEoSAQCrFwAAIvkBAECRAAC1NwIA1CMLAPlZCwBMWgsAhFILANdSCwBRGAAApBgAAKf6CgCPYAIA9C4CAHlTBgD2mQcAAUcAACNbCgAfhAsAIvkBADUOAgCIDgIA2w4CAC4PAgBU+goACD8BALU3AgBTAAAApgAAAI9gAgC1NwIA3nsFACL5AQAl4gsA9sINAEnDDQDePQIAI1sKAHZbCgD2mQcAqxcAAAFHAAAi+QEAKqYLAL+VBwD5RA4ATEUOADUOAgCbhAAA/rYBANQdAAAl4gsA7skCAF9vCwCybwsABXALAFhwCwAi+QEA1CMLAPlZCwBMWgsAJeILAPbCDQBJww0Aj2ACAAFHAAD/4QUACYYBAM4EAgAi+QEAvYsAABkSAgC9iwAAAUcAAAFHAAD/4QUACYYBAM4EAgAi+QEAKqYLAAOdCADF0QAA1CMLACckCwB6JAsARCIJAJciCQCpdAIA5mcGAIKpAgB0egkAx3oJAARhAwAi+QEAShIBAJ0SAQANvQoAm4QAAKdpBwDfAAkACYYBAM4EAgAi+QEARCIJAJciCQDeewUAMXwFAIR8BQDk2QUA1CMLAPlZCwBMWgsAAZMBAFSTAQB2jAMAyYwDAByNAwBvjQMAwo0DABWOAwBmugwAD4kOAKdHAAD0egMAR3sDAJp7AwDtewMA/rYBANQdAABLsgwAIvkBANQjCwAnJAsAeiQLAEoSAQD2mQcASZoHAJ0SAQChLgIA1CMLAPlZCwBMWgsA1CMLACckCwB6JAsAzDALAB8xCwByMQsAVPoKAAg/AQBbPwEAH9cLAHLXCwDF1wsAGNgLACL5AQBZ/A0A7yUAACL5AQAl4gsA9sINAEnDDQCPYAIAAUcAAP/hBQAJhgEAzgQCACL5AQC9iwAAczMJAMYzCQAZNAkAbDQJAL80CQASNQkAZTUJALg1CQBmugwAg/0MAHUGDAAl4gsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAFLULAN49AgBZ/A0AIDMJACL5AQAl4gsARA4AAJHECADkxAgAN8UIAIrFCAAi+QEAUwAAAAFHAAD/4QUACYYBAM4EAgAi+QEAbFAFAL9QBQASUQUAZVEFALhRBQALUgUAXlIFALFSBQBtpQMAwKUDAMvwCQAe8QkAWfwNACAzCQAi+QEAvYsAABCMAABwLgMAKuwBACL5AQAqpgsAA50IAEoSAQCHWAUAtoUBAAmGAQAi+QEAJeILAEQOAACRxAgA5MQIADfFCACKxQgAIvkBADpHCQCNRwkA4EcJADNICQCGSAkA2UgJACxJCQB/SQkA0kkJACVKCQB4SgkAy0oJAB5LCQBxSwkAxEsJABdMCQBqTAkAvUwJACXiCwDUHQAAJx4AAHoeAADNHgAAIB8AADHkAgDxDQAAIvkBAGa6DAAPiQ4Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAmUkAAOxJAAA/SgAAGhoLAG0aCwCrFwAAcC4DAAmGAQDOBAIAIvkBAFn8DQAgMwkAIvkBAAerCwAX5AsA8Q0AAAGTAQBUkwEAxkEHALKuAgAFrwIAWK8CAAAAAAABkwEA8Q0AADp4AgCNeAIA3j0CACNbCgDOsQEAAAAAAAAAAAAAAAAAAAAAAAAAAADY2AIAK9kCAM6xAQAAAAAA2NgCACvZAgCu3gIAv1AFAFtMCwCuTAsAAU0LAFRNCwCnTQsA+k0LAE1OCwCgTgsAGL0DAGu9AwC+vQMAEb4DAGS+AwC3vgMACr8DAF2/AwCwvwMAA8ADAFbAAwCpwAMA/MADAE/BAwCiwQMAElEFAGVRBQC4UQUAC1IFAF5SBQCxUgUAbaUDAMClAwATpgMAZqYDALmmAwAMpwMAX6cDALKnAwAFqAMAWKgDAKuoAwD+qAMAUakDAKSpAwBLGgoAnhoKAPEaCgBEGwoAlxsKAOobCgA9HAoAkBwKAOMcCgA2HQoAiR0KANwdCgAvHgoAgh4KANUeCgAoHwoAex8KAM4EAgAx5AIAIq0AAJt9AQBuoAIAzqMDACGkAwB0pAMAx6QDABqlAwBtpQMAwKUDADUOAgCbhAAA8Q0AAPvMAwBOzQMAl6UOAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAc5wIAPP8DAI//AwDi/wMANQAEAIgABADbAAQALgEEAIEBBADUAQQAJwIEAGamAwC5pgMAdfkBAMj5AQAb+gEAbvoBAPThDAA4ggQAi4IEAN6CBAAxgwQAhIMEANeDBAAqhAQAfYQEAPqnCgCZ7gwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAMXRAAD9NwkAtoUBALWKAgCXpQ4AbFAFAL9QBQASUQUAZVEFALhRBQALUgUAXlIFALFSBQAEUwUAv1AFABJRBQBlUQUAuFEFAAtSBQBeUgUAsVIFAG2lAwDApQMAE6YDANFqBgAkawYAd2sGAMprBgAdbAYAcGwGAO7JAgBBygIAIq0AAFMAAAA+5wMAjSUCAPBdDgBDXg4AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AAI0lAgBsZA4Asq4CABjEAgBrxAIAvsQCABHFAgAirQAAm30BAG6gAgDOowMAIaQDAHSkAwDHpAMAqxcAAP4XAADF0QAA7ZAAAECRAACa4wAAosgCAL9kDgBuoAIAzqMDACGkAwB0pAMAx6QDABqlAwBtpQMAwKUDAGyVBwADnQgA7ZAAAPENAACPEw0A/hcAAHc7AQAjWwoArUsBAAraCwCbwgMAOngCACNbCgAfhAsAmuMAAKLIAgAi+QEAbFAFALKuAgAFrwIAWK8CAKuvAgB1+QEAyPkBABv6AQBu+gEAShIBAFMAAAAypwkAoS4CAAFHAAAjWwoAH4QLAJrjAACiyAIAAZMBAKEgBAD0IAQAUwAAAKE8AACNJQIA4HcOALaFAQA1DgIA/FgGAPQuAgCPYAIABGEDACL5AQCEUgsA11ILACpTCwB9UwsAAZMBAFSTAQB2jAMAyYwDALvuDQBslQcAMeQCADONCwAcywYAb8sGAMLLBgAi+QEAJeILABkSAgCbhAAAj2ACALU3AgDeewUAIvkBAFn8DQA1DgIAV8IBAHWKBQCTZwYAAUcAACL5AQB1+QEAOa0IAIytCABM7AIAn+wCACEgCgCkGAAAoTwAACL5AQDF0QAAGNIAAPQuAgBWIA4AqSAOAKuFCAD+hQgAIvkBABS1CwCCqQIA1akCALaFAQC1igIAm4QAADUOAgABkwEAIvkBANQjCwBxGwQAxBsEAAGTAQCXpQ4AShIBAPaZBwCrFwAAAUcAAJuEAADePQIA/+EFAMnKBgAgMwkAMeQCAAGTAQChIAQA9CAEAFMAAAChPAAAIvkBAAGTAQChIAQA9CAEAEchBACaIQQA7SEEAEAiBACTIgQA5iIEADkjBACMIwQA3yMEANBTCwAjVAsAdlQLAMlUCwAi+QEAAZMBAKEgBAD0IAQARyEEAJohBADtIQQAQCIEAJMiBADmIgQAOSMEAIwjBADfIwQA0FMLACNUCwB2VAsAyVQLAAg/AQBbPwEASR0NAJwdDQDvHQ0AAZMBAARhAwAirQAAm30BAG6gAgDvJQAAOa0IAM4EAgC9iwAAoS4CALU3AgDeewUAMeQCAMf3AwCfrQsA8q0LAEWuCwBWZgQAqWYEAPxmBABPZwQAomcEAPVnBABIaAQAm2gEAFT6CgDI6wMA7skCACKtAACbfQEAHMsGAAFHAAD/4QUAUuIFAKXiBQD44gUAS+MFAJ7jBQAx5AIAHOcCADz/AwCP/wMA4v8DADUABACIAAQA2wAEAC4BBACBAQQA1AEEACcCBABmpgMA/+EFAFLiBQCl4gUA+OIFAEvjBQCe4wUAvuYJABHnCQBk5wkAwfoBALaFAQChLgIAtTcCAJAIAQABRwAAIvkBAGxQBQChLgIAtTcCAKFsBQDePQIAI1sKABS1CwCmKQYAbFAFAL9QBQASUQUAZVEFALhRBQALUgUAXlIFALFSBQBtpQMAwKUDABOmAwBmpgMAuaYDAAynAwAHqwsAF+QLAPENAAA6eAIAAZMBAFSTAQB2jAMAyYwDAByNAwBvjQMAwo0DABWOAwBmugwAD4kOAKdHAACQCAEAUwAAADKnCQDxDQAAOngCAM4EAgChLgIAtTcCAPENAAD7zAMATs0DAJAIAQC7NAQAFLULAHMXDQCnCAkA+ggJAE0JCQCgCQkARCIJAJciCQCpdAIA5mcGAKEuAgBslQcAIvkBABS1CwCnaQcA+mkHAE1qBwCgagcAI1sKAB+ECwCNJQIAIvkBAEoSAQAUqAEAm8IDAG2zAQA5iwEACYYBAM4EAgAi+QEAFLULAKYpBgDOBAIANxEKAEoSAQAi+QEA1CMLAFTKBQCnygUAKqYLALvuDQAO7w0Aq4UIAJf/DQDq/w0A8Q0AACL5AQBZ/A0AIDMJAAAAAAAAAAAAMeQCAG7zAgDGLAoAGS0KAGwtCgC/LQoA+qcKALkGDgAMBw4AXwcOAGa6DACD/QwAdQYMAGxQBQC/UAUAElEFAGVRBQC4UQUAC1IFAECeCgCTngoA5p4KALm6DAAfhAsAcoQLAMWECwAYhQsAa4ULAL6FCwARhgsAZIYLALeGCwAqpgsAqNIOAO2QAABmugwAg/0MAHUGDABsUAUAv1AFABJRBQBlUQUAuFEFAAtSBQBeUgUAsVIFAG2lAwDApQMAE6YDAGamAwD/4QUAUuIFAKXiBQD44gUAS+MFAG/tDQBUygUAI1sKAGxQBQC/UAUAElEFAGVRBQC4UQUAC1IFAF5SBQDTGwIAJhwCAP/hBQBS4gUApeIFAPjiBQBL4wUAnuMFAL9QBQASUQUAZVEFALhRBQALUgUAXlIFALFSBQAEUwUAV1MFAKpTBQD9UwUAUFQFACXiCwDUHQAAJx4AAHoeAADNHgAAIB8AADHkAgAc5wIAPP8DAI//AwDi/wMANQAEAIgABADbAAQALgEEAIEBBADUAQQAJwIEAHoCBADNAgQAIAMEAHMDBADGAwQAGQQEAGamAwD/4QUAUuIFAKXiBQBslQcAIvkBAFn8DQA6RwkATOwCAJ/sAgAhIAoAZ2ILAKLxCAA6RwkAAUcAACNbCgBmugwAg/0MAHUGDAAHqwsAF+QLAPENAADtkAAAAUcAAMXRAADJygYAoS4CAAZQAgAi+QEA1CMLAPlZCwBMWgsAvYsAABCMAAChLgIAtTcCAKFsBQD0bAUAR20FAJuEAAA1DgIAAZMBAAAAAAAi+QEABlACAKN9CwAJhgEAS1ICADHkAgAc5wIAPP8DAI//AwDi/wMANQAEAIgABADbAAQANBoCAIcaAgBsUAUAsq4CALmsDgAMrQ4AX60OANp6DABDBQMARA4AAEoSAQD2mQcAv1AFABJRBQBlUQUAuFEFAAtSBQBeUgUAQJ4KAJOeCgDmngoA/TcJAARhAwAAAAAAAAAAAAAAAADY2AIAK9kCAM6xAQAAAAAAAAAAAAAAAAAAAAAA2NgCACvZAgCu3gIAv1AFABJRBQBlUQUAuFEFAAtSBQBeUgUAsVIFAG2lAwDApQMAE6YDANFqBgAkawYAd2sGAMprBgAdbAYAcGwGAEoSAQD9AAUAUAEFAKMBBQD2AQUAbJUHADUOAgAi+QEAShIBAJ0SAQANvQoAYL0KALO9CgBKEgEA/QAFAFABBQCjAQUA9gEFACKtAAB1rQAAyK0AABuuAABurgAAh1gFAI9gAgBv7Q0Am4QAAKdpBwBKEgEAsM0BABCMAABwLgMAIq0AALKuAgDePQIA/+EFAMnKBgAgMwkA8Q0AANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAHOcCADz/AwCAxw0AFs4EAGnOBAC8zgQAD88EAGLPBAC1zwQACNAEAFvQBACu0AQAAdEEAFTRBAAi+QEAAZMBAKEgBAAJhgEABlACACL5AQB1+QEAyPkBABv6AQB/jgsA0o4LABS1CwCnaQcAbJUHAKEuAgC1NwIA8Q0AAG2zAQBapAwAkvAAACjvBAAX5AsA8Q0AADp4AgBYKwkAqysJAP4rCQBRLAkApCwJAPcsCQBKLQkAnS0JAPAtCQBDLgkAFLULAM/3DQAEYQMAIvkBAFn8DQDvJQAAIvkBAGa6DAAPiQ4Ap0cAAPpHAABTAAAAq4UIAJNnBgC2hQEAQxkMADmtCADtkAAAbJUHACL5AQBKEgEA/QAFAFABBQCjAQUA9gEFAOOEBwAHqwsAF+QLAPENAAA6eAIAB6sLABfkCwDxDQAAOngCACL5AQD9NwkABGEDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVH4EAKd+BACEDQkA1w0JACoOCQB9DgkA0A4JACMPCQB2DwkAyQ8JABwQCQBvEAkAwhAJABURCQBoEQkAuxEJAA4SCQBhEgkAtBIJAGamAwD/4QUAUuIFAKXiBQBslQcAIvkBAFn8DQA6RwkAWfwNABzLBgBvywYAt/UHAAr2BwBd9gcAsPYHAAP3BwBW9wcAIvkBAGa6DAD/4QUAUuIFAKXiBQBslQcAIvkBAFn8DQA6RwkABGEDAPENAAD7zAMATs0DAKEgBADTGwIA8Q0AAPvMAwBOzQMA0xsCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAHOcCADz/AwCP/wMA4v8DADUABACIAAQA2wAEAC4BBACBAQQA1AEEACcCBAB6AgQAzQIEACADBABzAwQAxgMEABkEBABmpgMA/+EFAFLiBQCl4gUAbJUHACL5AQBZ/A0AOkcJAFn8DQAcywYAb8sGALf1BwAK9gcAXfYHALD2BwAD9wcAVvcHACL5AQBmugwA/+EFAFLiBQCl4gUAbJUHACL5AQBZ/A0AOkcJAGamAwD/4QUAUuIFAKXiBQBslQcAIvkBAFn8DQA6RwkAWfwNABzLBgBvywYAt/UHAAr2BwBd9gcAsPYHAAP3BwBW9wcAIvkBAGa6DAD/4QUAUuIFAKXiBQBslQcAIvkBAFn8DQA6RwkAoS4CAG/tDQC1igIAVJMBAKeTAQAEYQMA0xsCACKtAACbfQEAbqACAM6jAwAhpAMAdKQDAMekAwAzGAQAXXkNAE2MDgC9iwAAEIwAADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AACR4AQA5OAEADfhBACK4QQA3eEEADDiBACD4gQA1uIEACnjBAB84wQAShIBAP0ABQBQAQUAowEFAPYBBQAAAAAAkAgBALs0BAAUtQsAcxcNAKcICQD6CAkATQkJAKAJCQBEIgkAlyIJAKl0AgDmZwYAoS4CAGyVBwAi+QEAFLULAKdpBwD6aQcATWoHAKBqBwAjWwoAH4QLAI0lAgAi+QEAShIBABSoAQCbwgMAbbMBADmLAQAJhgEAzgQCACL5AQAUtQsApikGAM4EAgA3EQoAShIBACL5AQDUIwsAVMoFAKfKBQAqpgsAu+4NAA7vDQCrhQgAl/8NAOr/DQDxDQAAIvkBAFn8DQAgMwkAAAAAAAFHAAAyHQUAhR0FANgdBQArHgUAfh4FANEeBQCQCAEAuzQEABS1CwBzFw0ApwgJAPoICQBNCQkAoAkJAEQiCQCXIgkAqXQCAOZnBgChLgIAbJUHACL5AQAUtQsAp2kHAPppBwBNagcAoGoHACNbCgAfhAsAjSUCACL5AQBKEgEAFKgBAJvCAwBtswEAOYsBAAmGAQDOBAIAIvkBABS1CwCmKQYAzgQCADcRCgBKEgEAIvkBANQjCwBUygUAp8oFACqmCwC77g0ADu8NAKuFCACX/w0A6v8NAPENAAAi+QEAWfwNACAzCQAAAAAACYYBAM4EAgAi+QEAZroMAIP9DAAirQAAm30BAG6gAgDOowMAIaQDAHSkAwDHpAMAGqUDAM1OBQAgTwUAc08FAMZPBQAZUAUAvYsAABCMAABwLgMAKuwBACL5AQAl4gsARA4AAJHECADkxAgAN8UIAIrFCAAx5AIAm4QAACrsAQChLgIAtTcCAAFHAAAyHQUAhR0FAO2QAADxDQAAUwAAAKuFCAD+hQgAmuMAALU3AgAAAAAAvYsAAO2QAADxDQAAOngCACNbCgAfhAsAmuMAAKLIAgC4LgoACy8KAF4vCgD0bAUAR20FAJptBQDtbQUAQG4FAJNuBQDmbgUAOW8FAIxvBQDfbwUAMnAFAIVwBQDYcAUAK3EFAH5xBQDRcQUAJHIFAHdyBQDKcgUAHXMFAHBzBQDDcwUAFnQFAGl0BQC8dAUAD3UFAGJ1BQC1dQUACHYFAFt2BQCudgUAAXcFAFR3BQCndwUA+ncFAE14BQCbhAAA7oQAAEPiBwCW4gcAbJUHACL5AQBmugwAD4kOAKdHAABKEgEAh1gFANpYBQAi+QEARCIJAJciCQABRwAAMh0FAIUdBQDtkAAA8Q0AACL5AQBU+goAvDwNAP6FCAAi+QEARCIJAJciCQAAAAAAvYsAAO2QAADxDQAAOngCACL5AQABkwEAoSAEAHEbBAAUqAEAVMoFAKfKBQDF0QAA/TcJALaFAQAirQAAQ+IHACL5AQDUIwsA+VkLAGyVBwDfAAkAm8IDADHkAgAirQAAsq4CABjEAgBrxAIAvsQCABHFAgAirQAAm30BAG6gAgDOowMAIaQDAHSkAwDHpAMAwzQOAB+ECwCa4wAAosgCAKkvAAB1rQAAyK0AABuuAABurgAAwa4AADHkAgAirQAAsq4CABjEAgBrxAIAvsQCABHFAgAirQAAm30BAG6gAgDOowMAIaQDAHSkAwDHpAMAwzQOAB+ECwCa4wAAosgCAO2QAABslQcA3wAJAJvCAwCpLwAAm30BAG6gAgDOowMAIaQDAHSkAwDHpAMAGqUDAG2lAwDApQMAq+0FAP7tBQBR7gUApO4FAPfuBQBK7wUAne8FAPDvBQD9+QUAUPoFAFtMCwCuTAsAAU0LAFRNCwCnTQsA+k0LAE1OCwCgTgsAzgQCADcRCgCKEQoAIvkBABS1CwCmKQYARCIJAJciCQDxDQAARA4AADpHCQChLgIAIq0AAJDzAwDj8wMANvQDAIn0AwDc9AMAL/UDAIL1AwDV9QMAKPYDAHv2AwDO9gMAIfcDAHT3AwBXwgEAqsIBAP3CAQBQwwEAo8MBABVkCQBoZAkAu2QJAA5lCQBhZQkAtGUJAAdmCQBaZgkArWYJAABnCQBTZwkApmcJAPlnCQBMaAkAn2gJAPJoCQBFaQkAmGkJAOtpCQCbfQEAbqACAM6jAwAhpAMAdKQDAMekAwAapQMAbaUDAMClAwCr7QUA/u0FAFHuBQCk7gUA9+4FAErvBQCd7wUA8O8FAITkAgDX5AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAJHgBADk4AQAN+EEAIrhBADd4QQAMOIEANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAHOcCADz/AwCP/wMA4v8DADUABACIAAQA2wAEAC4BBACBAQQA1AEEACcCBAB6AgQAzQIEACADBABzAwQAxgMEABkEBABU+goA6DMKADs0CgCONAoA4TQKADQ1CgCHNQoA2jUKAC02CgCANgoA0zYKACY3CgB5NwoAzDcKAB84CgByOAoAxTgKABg5CgBrOQoAvjkKABE6CgBkOgoAtzoKAEzsAgCf7AIAISAKAGdiCwCi8QgAOkcJAAFHAAAjWwoAZroMAIP9DAB1BgwAB6sLABfkCwDxDQAAuC4KAAsvCgDeewUAMXwFAIR8BQDk2QUAJeILANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAMXRAADtkAAAqxcAAAFHAAAi+QEAFLULAMXRAACOGQIAAUcAACL5AQDF0QAAjhkCAG6mDQDBpg0AhFILANdSCwAqUwsAfVMLAFT6CgAypwkA8Q0AAG2zAQA5iwEANQ4CAAGTAQCXpQ4AZroMAIP9DAB1BgwAbFAFAL9QBQASUQUAZVEFALhRBQALUgUAXlIFAECeCgCTngoA5p4KAGa6DAAPiQ4Ap0cAAEQiCQCXIgkA3nsFADF8BQCEfAUA5NkFACXiCwDUHQAAJx4AAHoeAADNHgAAIB8AAJLwAABSuAsA7sIDAGxQBQC/UAUAElEFAGVRBQC4UQUAC1IFAF5SBQCxUgUAbaUDAMClAwDCtgkAJyQLAHokCwA1DgIA/FgGAE9ZBgCiWQYA9VkGAKsXAAAi+QEAJeILAPbCDQBJww0A3j0CALaFAQBxGwQA9pkHAMnKBgA6RwkAAUcAACNbCgAfhAsAmuMAAKLIAgDUDg4A/+EFAFLiBQCl4gUA+OIFAEvjBQCe4wUAvuYJAGxQBQC/UAUAElEFAGVRBQC4UQUAC1IFAF5SBQCxUgUABFMFAFdTBQCqUwUA/VMFAFBUBQAl4gsA1B0AACceAAB6HgAAzR4AAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEATOwCAJ/sAgAhIAoAdCAKAMcgCgAaIQoAbSEKAMAhCgB1+QEAOa0IAIytCADfrQgAWfwNAKEuAgAi+QEAKqYLAH2mCwChLgIAtTcCAKl0AgABRwAAXCwCAKEuAgAEYQMAIvkBAM6xAQC9iwAAEIwAAHAuAwAq7AEAHOcCADz/AwCP/wMA4v8DADUABACIAAQA2wAEAC4BBACBAQQA1AEEACcCBAB6AgQAzQIEACADBABzAwQAxgMEABkEBAB3AwkANiQJAHQnCQDHJwkAGigJAG0oCQBmpgMA/+EFAFLiBQCl4gUAbJUHACL5AQBZ/A0AOkcJAFn8DQAcywYAb8sGALf1BwAK9gcAXfYHALD2BwAD9wcAVvcHACL5AQBmugwA/+EFAFLiBQCl4gUAbJUHACL5AQBZ/A0AOkcJAPHjBQBE5AUAl+QFAOrkBQDjTA8ANk0PAI//AwDi/wMANQAEAIgABADbAAQALgEEAIEBBADUAQQAJwIEAGamAwD/4QUAUuIFAKXiBQD44gUAS+MFAHRsCwDUHQAAyr4GAJelDgCTZwYAAUcAAP/hBQDJygYAIDMJAAFHAAD/4QUAUuIFAKXiBQD44gUAS+MFAJ7jBQDx4wUAROQFAJfkBQDq5AUA7ZAAAECRAACa4wAAosgCAHQFAgD/4QUAUuIFAKXiBQD44gUAS+MFAJ7jBQDx4wUAHPsLAG/7CwDC+wsAFfwLAGj8CwC7/AsADv0LAEQOAACRxAgA5MQIADfFCACKxQgAXCwCABzLBgBvywYAwssGAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAMeQCABiTCQBAkQAAmuMAAKLIAgCrFwAA/hcAAOdNCAA6TggAjU4IAOBOCAAzTwgAhk8IAPQuAgCCqQIA1akCALaFAQC1igIAm4QAADUOAgABkwEAIvkBAGa6DAD/4QUAUuIFAKXiBQD44gUAS+MFAJ7jBQC+5gkA9OgLAMZBBwAZQgcAbEIHAL9CBwASQwcAZUMHALhDBwALRAcAFLULAO8lAAABRwAAI1sKAB+ECwAl4gsA1B0AAMq+BgCXpQ4Ak2cGAAFHAAD/4QUAycoGACAzCQAi+QEA+qcKALkGDgAMBw4AXwcOAEMFAwAMIwoAXyMKALIjCgAFJAoAWCQKAKskCgAbMQYAbjEGAMExBgAUMgYAZzIGALoyBgANMwYAYDMGALMzBgAGNAYAC0sGAF5LBgCxSwYABEwGAFdMBgCqTAYAvYsAAKEuAgChLgIAtTcCAKsXAAABRwAAIvkBAGa6DACD/QwAHMsGADKnCQABkwEAVJMBAKeTAQAEYQMAMeQCAAAAAAAi+QEAZroMAHA1AgDDNQIAFjYCANp6DAAl4gsAeOILALaFAQBUygUAm4QAADUOAgABkwEAl6UOACXiCwDUHQAAJx4AAHoeAADNHgAAIB8AAK8QBgAi+QEAdfkBAIOxCwDWsQsAKbILAGa6DAD/4QUAUuIFAKXiBQD44gUAS+MFAJ7jBQAx5AIATOwCAJ/sAgAhIAoAFLULAIKpAgDVqQIAtoUBALWKAgCbhAAANQ4CAAGTAQCXpQ4AJeILANQdAAAnHgAAeh4AAM0eAAAgHwAAShIBAAAAAABTAAAAIq0AAJt9AQBuoAIAzqMDACGkAwB0pAMAx6QDABqlAwBtpQMAwKUDAKvtBQBAkQAAmuMAAKLIAgChLgIAovEIAOxBDQBZUAIAQJEAABoaCwBtGgsAoS4CALU3AgChbAUA9GwFAEdtBQCbhAAANQ4CAAGTAQCXpQ4A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAQjAAAqxcAAARhAwAx5AIAAUcAACKtAABTAAAAIq0AAJt9AQBuoAIAzqMDACGkAwB0pAMAx6QDABqlAwBtpQMAwKUDAO8lAACPugEA4roBADW7AQAirQAAm30BAG6gAgDOowMAoS4CALU3AgAIOAIAFKAOAPENAADUHQAACzYJAF42CQCxNgkABDcJAFc3CQCqNwkA/u0FAFHuBQCk7gUA9+4FAErvBQCd7wUA8O8FAEMFAwBEDgAAkcQIAOTECAA3xQgAisUIACL5AQD6pwoAuQYOAAwHDgBfBw4A40wPADZNDwCJTQ8A3E0PAC9ODwCCTg8A1U4PAChPDwB7Tw8Azk8PACFQDwB0UA8Avr0DABG+AwBkvgMAt74DAAq/AwBdvwMAsL8DAAPAAwAHqwsAF+QLAPENAAA1DgIA/FgGAE9ZBgCiWQYA9VkGAEhaBgB0bAsAJ3EAAIKpAgDVqQIAtoUBALWKAgCbhAAANQ4CAAGTAQCbhAAA7yUAAAZQAgDrfgYAV8IBAPENAACpLwAAm30BAG6gAgDOowMAIaQDAHSkAwDHpAMAGqUDAG2lAwDApQMAq+0FAECRAACa4wAAosgCAI8TDQAV7wEAmJoCAOuaAgA+mwIAkZsCAKLxCADvJQAAoS4CALU3AgABRwAAMh0FAIUdBQDtkAAA8Q0AANQdAACtSwEAAEwBAFNMAQCa6QsA7ekLAEDqCwAi+QEAShIBAIdYBQAEYQMAIvkBAIRSCwDXUgsAKlMLAH1TCwA1DgIAvxEOABS1CwCCqQIA1akCALaFAQC1igIAm4QAADUOAgABkwEAbFAFAL9QBQBbTAsArkwLAAFNCwBUTQsAp00LAPpNCwBNTgsAoE4LAPNOCwBGTwsA+qcKAPENAAA6eAIAjXgCADUOAgABkwEAoSAEAJvCAwAZEgIA734LAGa6DACD/QwAdQYMANQjCwBTAAAA7oQAAJt9AQBuoAIAzqMDACGkAwB0pAMAx6QDABqlAwBtpQMAwKUDAKvtBQBAkQAAmuMAAKLIAgCE5AIA1+QCADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AAA1DgIAycoGAMnKBgABRwAA8Q0AADp4AgAyHQUAq8MLAFYgDgAi+QEAdfkBAKEuAgCi8QgAShIBACL5AQDOsQEAkvAAADHkAgAc5wIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAB6sLAFqrCwCtqwsAAKwLAEQiCQAaGgsAbRoLACL5AQBZ/A0AOkcJAAFHAAAi+QEAWfwNAO8lAAAi+QEAFLULAIKpAgDVqQIAtoUBALWKAgCbhAAANQ4CAAGTAQCXpQ4ANQ4CAPxYBgBPWQYAolkGAPVZBgBIWgYAdGwLACL5AQBmugwAg/0MAHUGDABmugwAm4QAAJ4oCAAGUAIAIvkBAGa6DADP9w0ABGEDACL5AQBZ/A0A7yUAACL5AQBmugwAD4kOAKdHAAD6RwAATUgAAO2QAABslQcAIvkBADUOAgD8WAYAT1kGAKJZBgD1WQYASFoGAAGTAQCbhAAA/rYBADp4AgD/4QUAIq0AAPENAADUHQAAm4QAAI9gAgAirQAAQ+IHAI0lAgDwXQ4AQ14OAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAACNJQIAbGQOAL9kDgBuoAIAzqMDACGkAwB0pAMAx6QDABqlAwBtpQMAwKUDAKvtBQBAkQAAmuMAAKLIAgAAAAAAUwAAAKuFCACX/w0A8Q0AANQdAACbhAAAj2ACACKtAABD4gcAUwAAAGseAgCNJQIA8F0OAENeDgAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAjSUCAGxkDgC/ZA4AbqACAM6jAwAhpAMAdKQDAMekAwAapQMAbaUDAMClAwCr7QUAQJEAAJrjAACiyAIAAZMBAKEgBACCqQIAtoUBAAmGAQDOBAIAIq0AAJt9AQBuoAIAzqMDACGkAwB0pAMAx6QDABqlAwBtpQMAwKUDAMvwCQDUHQAAJx4AAJrjAACiyAIAMeQCAAFHAAAyHQUAq8MLAEpeAgDxDQAAUwAAADKnCQChLgIAAUcAADHkAgABRwAAMh0FAKvDCwBKXgIA8Q0AAFMAAAAypwkAoS4CAAFHAAAx5AIAGJMJAECRAACa4wAAosgCAJDzAwDj8wMANvQDAIn0AwDc9AMAL/UDAIL1AwDv3wkAHVAKAHBQCgDDUAoAFlEKAGlRCgC8UQoAD1IKAGJSCgC1UgoACFMKAFtTCgCuUwoAAVQKAFRUCgCnVAoA+lQKAE1VCgCgVQoA81UKAEZWCgCZVgoA40wPADZNDwCP/wMA4v8DADUABACIAAQA2wAEAC4BBACBAQQA1AEEACcCBAB6AgQAzQIEACADBABzAwQAxgMEABkEBACJTQ8A3E0PAC9ODwCrFwAAkAgBAAFHAAAi+QEAbFAFAL9QBQASUQUAZVEFALhRBQALUgUAXlIFAECeCgCTngoA5p4KACXiCwDUHQAAJx4AAHoeAADNHgAA1fUDACj2AwB79gMAzvYDACH3AwB09wMA0IQEACOFBAB2hQQA0xsCACYcAgAyHQUAq8MLAEpeAgDxDQAAUwAAADKnCQChLgIAAUcAAI0lAgBsZA4Av2QOAG6gAgDOowMAIaQDAHSkAwDHpAMAGqUDAG2lAwDApQMAq+0FAECRAACa4wAAosgCAONMDwA2TQ8Aj/8DAOL/AwA1AAQAiAAEANsABAAuAQQAgQEEANQBBAAnAgQA+qcKALkGDgAMBw4AXwcOAJvJAgCyrgIAuawOAAytDgBfrQ4Asq0OAAWuDgBYrg4Aq64OAP6uDgA8UgQAj1IEAOJSBAA1UwQAiFMEANtTBAAuVAQAgVQEANRUBAAnVQQAelUEAM1VBAAgVgQAc1YEAMZWBAAZVwQAbFcEAL9XBAASWAQAZVgEALhYBAALWQQAXlkEALFZBAAEWgQAV1oEAKpaBABsUAUAsq4CALmsDgAMrQ4AX60OALKtDgAFrg4AWK4OAKuuDgD+rg4AHOcCADz/AwCP/wMA4v8DADUABACIAAQA2wAEAAFHAAD/4QUAUuIFAKXiBQD44gUAS+MFAJ7jBQDx4wUAROQFAJfkBQDq5AUATOwCAO2QAADF0QAAIq0AAJt9AQBuoAIAzqMDACGkAwB0pAMAx6QDABqlAwBtpQMAwKUDAKvtBQBAkQAAmuMAAKLIAgAgMwkA/hcAAN1kCgAwZQoAm4QAAIKpAgDVqQIAtoUBALWKAgCbhAAANQ4CAAGTAQCXpQ4A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAAJ3EAAIKpAgDVqQIAtoUBALWKAgCbhAAANQ4CAAGTAQCXpQ4A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBM7AIAn+wCACEgCgAUtQsAnigIAKEgBACCqQIAdHoJAIRSCwDXUgsA3WQKADBlCgDxDQAAIvkBAHX5AQCDsQsA1rELACmyCwB8sgsA1CMLACckCwB6JAsABGEDAFdhAwCqYQMAoS4CACL5AQBsUAUAda0AAL2LAADxDQAAOngCACNbCgAi+QEAhFILANdSCwDdZAoAMGUKABS1CwCCqQIA1akCALaFAQC1igIAm4QAADUOAgABkwEAIq0AACKtAAAaPQYAbT0GAMA9BgATPgYA3nsFACL5AQDF0QAA/TcJALaFAQC1igIAl6UOAPqnCgDxDQAAOngCAI14AgA1DgIAAZMBAKEgBACbwgMAGRICALaFAQAJhgEAzgQCACL5AQAUtQsApikGAGxQBQC/UAUAElEFAGVRBQC4UQUAC1IFAF5SBQCxUgUAbaUDAMClAwATpgMAZqYDALmmAwAMpwMAX6cDAPvMAwBOzQMA44QHADaFBwCJhQcA3IUHAC+GBwCChgcAZroMACKtAABTAAAAAAAAALaFAQBTAAAAIvkBAGxQBQC/UAUAElEFAGVRBQC4UQUAC1IFAF5SBQCxUgUAbaUDAMClAwATpgMAZqYDALmmAwAMpwMAZroMAA+JDgCnRwAAB6sLABfkCwDxDQAAOngCAGa6DAD/4QUAUuIFAKXiBQD44gUAS+MFAJ7jBQC+5gkAEecJAGTnCQDB+gEAtoUBAKEuAgC1NwIAWfwNABzLBgBvywYAwssGACL5AQBmugwAIq0AAFMAAAAi+QEAbFAFAL9QBQASUQUAZVEFALhRBQALUgUAXlIFALFSBQBtpQMAwKUDABOmAwDF0QAAtoUBAFTKBQBURwAAIvkBAAerCwAX5AsA8Q0AADp4AgAi+QEAbJUHAL+VBwBWIA4AAUcAAP/hBQCCqQIAdHoJACXiCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAAUmgMAZ5oDALqaAwC9iwAAEIwAADf9AACCqQIA1akCALaFAQC1igIAm4QAADUOAgABkwEAl6UOAFn8DQChLgIAIvkBACqmCwADnQgA7ZAAAPENAAAi+QEAhFILANdSCwAqUwsAfVMLAM0QAgCZ7gwA7O4MAJvCAwBslQcA8Q0AACL5AQAl4gsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAFJoDAGeaAwC6mgMAvYsAABCMAAA3/QAAgqkCANWpAgC2hQEAtYoCAJuEAAA1DgIAAZMBAJelDgBZ/A0AoS4CACL5AQAqpgsAA50IAO2QAADxDQAAIvkBAIRSCwDXUgsAKlMLAH1TCwDNEAIAme4MAOzuDACbwgMAIvkBACXiCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAAUmgMAZ5oDALqaAwC9iwAAEIwAADf9AACCqQIA1akCALaFAQC1igIAm4QAADUOAgABkwEAl6UOAFn8DQChLgIAIvkBACqmCwADnQgA7ZAAAPENAAAi+QEAhFILANdSCwAqUwsAfVMLAM0QAgCZ7gwA7O4MAJvCAwC8iA4AkPMDADmtCACMrQgA360IAIRSCwDXUgsAKlMLAH1TCwDQUwsAI1QLAHZUCwDJVAsAAAAAAJuEAACeKAgA8SgIAKEgBAAx5AIAoS4CAG/tDQAJhgEAzgQCADcRCgBAkQAAmuMAAKLIAgDtkAAAShIBACKtAACyrgIA7oQAAEPiBwCW4gcA8Q0AANQdAAAnHgAAeh4AAM0eAAAgHwAAtTcCAECRAACa4wAAosgCAFfCAQDxDQAAMeQCAEMFAwAMIwoAXyMKALIjCgAFJAoAWCQKAKskCgDaegwAHOcCADz/AwCP/wMA4v8DADUABACIAAQA2wAEAECeCgCTngoA/+EFAFLiBQCl4gUA+OIFAEvjBQCe4wUAvuYJAGa6DACD/QwAbJUHALvuDQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAB+oCAA+JDgCnRwAAqW0DAPxtAwBPbgMAom4DAPVuAwBIbwMAm28DAO5vAwAUtQsAgqkCANWpAgC2hQEAtYoCAJuEAAA1DgIAAZMBAJelDgBsUAUAv1AFABJRBQBlUQUAuFEFAAtSBQBeUgUAsVIFAG2lAwDApQMAE6YDABS1CwDePQIA1qoMAA+JDgC2hQEAm8IDAO7CAwBKEgEAnRIBAEoSAQD2mQcAqxcAAKmWCQD8lgkAT5cJAH+OCwDSjgsAShIBAIdYBQCPYAIABlACAFlQAgBslQcAIvkBACqmCwC77g0Am4QAAFqrCwCtqwsAAKwLAFOsCwCmrAsA+awLAEytCwAhZQwAz/cNAGyVBwAi+QEA1CMLAPlZCwBMWgsAz7ILAH2mCwCbwgMAJ3EAADUOAgABkwEAl6UOAGyVBwAi+QEAvYsAABCMAAABRwAA/+EFALWKAgAi+QEAZroMAP/hBQBS4gUApeIFAGyVBwAi+QEARCIJAJciCQABRwAAMh0FAAGTAQChIAQA9CAEADnJBAAirQAAjSUCAGxkDgC/ZA4AbqACAM6jAwAhpAMAdKQDAMekAwAapQMAbaUDAMClAwCr7QUAQJEAAJrjAACiyAIA4HcOANQdAAAnHgAAeh4AAM0eAAAgHwAAbJUHALvuDQCbhAAAp2kHADHkAgADnQgAxdEAAKsXAAAx5AIA/TcJABfkCwDxDQAAOngCAAGTAQBUkwEA1XEKAChyCgB7cgoAznIKAKuFCAD+hQgAmuMAAKLIAgAzjQsAHMsGAG/LBgDCywYAIvkBAL2LAAAQjAAAcC4DACrsAQAi+QEAJeILAEQOAACRxAgA5MQIADfFCAAl4gsA9sINAEnDDQDePQIAvYsAAPENAAAi+QEA/TcJAO9+CwCTZwYABlACAFlQAgBslQcAA50IABzLBgBvywYAt/UHAAr2BwBd9gcAsPYHAAP3BwBW9wcAqfcHAPz3BwBP+AcAovgHAPX4BwBI+QcAm/kHAO75BwBB+gcAlPoHAOf6BwA6+wcAjfsHAOD7BwAz/AcAFgwIAGkMCAC8DAgADw0IAGyVBwAi+QEAWfwNADpHCQABRwAAIvkBAMXRAACOGQIAtoUBAFTKBQD/4QUACYYBAM4EAgAi+QEAdfkBAIOxCwChLgIAIvkBAFn8DQAcywYAb8sGALf1BwAK9gcAXfYHALD2BwAD9wcA/oUIAPQuAgDePQIA/+EFAMnKBgAgMwkAAUcAAP/hBQBS4gUApeIFAPjiBQBL4wUAnuMFAPHjBQAc+wsAb/sLAML7CwAV/AsAaPwLALv8CwAO/QsAN+8CALDNAQABRwAAm4QAAN49AgAjWwoAWfwNABzLBgBvywYAt/UHAAr2BwBd9gcAsPYHAAP3BwBW9wcAIvkBAGa6DAD/4QUAUuIFAKXiBQBslQcAIvkBAFn8DQA6RwkAAUcAADQaAgC9iwAAEIwAADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AABKEgEAnRIBAA29CgDfAAkAuWcMAARhAwAi+QEAbFAFAL9QBQBbTAsAEIwAAAFHAAAjWwoAB+oCAP/hBQBS4gUApeIFAPjiBQBL4wUAnuMFAL7mCQDF0QAAjhkCALaFAQBUygUA/+EFAAmGAQDOBAIAIvkBAHX5AQCDsQsAoS4CACL5AQCCqQIA1akCACiqAgB7qgIA/TcJABfkCwDxDQAAOngCAI14AgCCqQIA1akCALaFAQC1igIAm4QAADUOAgABkwEAxkEHAAAAAAABkwEAMeQCAEzsAgCf7AIAISAKAAerCwAX5AsA8Q0AADp4AgDxDQAAIvkBABS1CwCCqQIA1akCALaFAQC1igIAm4QAADUOAgABkwEAl6UOANQjCwAnJAsAeiQLAMwwCwAfMQsAcjELAFT6CgAypwkAhacJAITkAgDX5AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAJHgBAChLgIAtTcCAKFsBQDePQIAI1sKACXiCwDUHQAA8Q0AAG2zAQA5iwEAycoGAAGTAQABkwEAIvkBAAerCwAX5AsA8Q0AADp4AgCS8AAAUrgLAFR+BABmugwAMh0FAIUdBQDtkAAAbJUHACL5AQB1+QEAg7ELAKEuAgAi+QEAAAAAAL2LAADtkAAAQJEAAARhAwAi+QEAdfkBAMj5AQAb+gEAbvoBAKsXAAD+FwAA3WQKADBlCgDxDQAA7yUAAI+6AQDiugEANbsBALvuDQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAHOcCADz/AwBbTAsArkwLAAFNCwBUTQsAp00LAPpNCwBNTgsAoE4LAEQiCQCXIgkAoWwFAPRsBQBHbQUAIvkBABS1CwDP9w0ABGEDACL5AQBsUAUAv1AFABJRBQAWjw0AaY8NAO6EAACnCAkAIvkBAFT6CgAypwkAtoUBAAmGAQDePQIA8Q0AADHkAgBM7AIAn+wCACEgCgB0IAoA1B0AACceAAB6HgAAzR4AACAfAACvEAYAIvkBABS1CwCCqQIA1akCALaFAQC1igIAm4QAADUOAgABkwEAl6UOAHX5AQCDsQsAoS4CACL5AQBsUAUAv1AFABJRBQBlUQUAuFEFAAtSBQBeUgUAsVIFAG2lAwDxDQAA1B0AACceAAB6HgAAzR4AACAfAACvEAYAAhEGACceAACa4wAAosgCANQdAAAnHgAAmuMAAKLIAgDjTA8ANk0PAI//AwDi/wMANQAEAIgABADbAAQALgEEAIEBBADUAQQA0xsCAKEuAgC1NwIACDgCABSgDgDxDQAA1B0AAMgGDACZOwIAO0IIAI5CCAAi+QEAJeILANQdAAAnHgAAeh4AAM0eAAAirQAABlACAP03CQAX5AsAOkcJAPENAADUHQAA0xsCAGyVBwChLgIAb+0NAIKpAgB0egkAx3oJAI0lAgDwXQ4AQJEAAJrjAACiyAIAjSUCAKsXAADtkAAAAUcAAMXRAADJygYAoS4CAAZQAgBZUAIAQJEAAJrjAACiyAIA40wPADZNDwDufQEAQX4BAFEJDgAAAAAAAAAAAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAMeQCABznAgA8/wMAj/8DAOL/AwA1AAQAiAAEANsABAAuAQQAgQEEANQBBAAnAgQAegIEAM0CBAAgAwQAcwMEAMYDBAAZBAQAZroMAA+JDgCnRwAA+qcKAE2oCgBslQcAUwAAADKnCQC2hQEACYYBAMhFAwAi+QEAvYsAAKEuAgABkwEAMeQCABQJAAD9NwkAUDgJAKM4CQBsUAUAv1AFABJRBQBlUQUAuFEFAAtSBQBeUgUAQJ4KAJOeCgDmngoAZroMAA+JDgCnRwAA9HoDAAOdCABWnQgAqZ0IAPydCABPnggAJ98IACqmCwC/lQcA7ZAAAEoSAQCdEgEA9HoDAAOdCABWnQgAqZ0IAPydCABPnggAJ98IACqmCwC/lQcA7ZAAAEoSAQCdEgEA8BIBACL5AQBEIgkAGhoLAG0aCwCrFwAAcC4DAAmGAQDOBAIA7ZAAAECRAABKEgEAFKgBAJvCAwBtswEAOYsBAMnKBgAgMwkAIvkBACqmCwC77g0AqxcAAHAuAwDtkAAAbJUHACL5AQDF0QAA/TcJALaFAQC1igIAl6UOAGa6DAAyHQUABGEDALaFAQAJhgEAzgQCACL5AQBmugwAg/0MAHUGDABsUAUAv1AFABJRBQBlUQUAuFEFAAtSBQBeUgUAQJ4KAJOeCgDmngoAZroMAA+JDgCnRwAA9HoDAAOdCABWnQgAqZ0IAPydCABPnggAJ98IACqmCwC/lQcA7ZAAAEoSAQCdEgEAKqYLAKjSDgD70g4ATtMOAKHTDgD00w4AR9QOAGxQBQC/UAUAElEFAGVRBQC4UQUAC1IFAF5SBQBvaggAycoGAMZBBwAGUAIAWVACAECRAAC1NwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAMf3AwCfrQsA8q0LAEWuCwCxIQwA/TcJALaFAQC1igIAl6UOAHX5AQBCJgAAAUcAACKtAABD4gcAtoUBAAmGAQDOBAIAIvkBACXiCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAAUtQsAViAOALaFAQAi+QEAgqkCAHR6CQDHegkAdGwLADmLAQDJygYAIDMJADHkAgC2hQEAtYoCAJelDgCrFwAA/hcAAHc7AQDvJQAAg7ELANaxCwApsgsAfLILAMCsAgBAkQAAmuMAAKLIAgDOsQEATlAJAKFQCQD0UAkAR1EJAJpRCQDtUQkAAAAAANjYAgAr2QIAhFILANdSCwBRGAAAj0QGAOJEBgD4bAoAS20KAJ5tCgB1+QEAOa0IAIytCADfrQgAWfwNAKEuAgAi+QEAKqYLAH2mCwChLgIAtTcCAKl0AgABRwAAXCwCAKEuAgD6pwoATagKAKCoCgDzqAoARqkKAAAAAACCqQIA1akCAI9gAgAAAAAAoS4CABoaCwBtGgsAAAAAAGyVBwADnQgAVp0IAKmdCAD8nQgAT54IAMHJCAAUyggAZ8oIALrKCADGQQcABlACAFlQAgABRwAAqxcAAP4XAAB3OwEA7yUAAIOxCwDWsQsAKbILAHyyCwDArAIAQJEAAJrjAACiyAIAjSUCAOB3DgBEDgAAkcQIANBTCwA5rQgAEhkNAEtSAgAi+QEAFLULAKYpBgCCqQIA1akCACiqAgChIAQAbJUHACL5AQAqpgsAA50IAFadCACpnQgA/J0IAE+eCAAn3wgA+qcKAE2oCgCCqQIAtoUBAKEuAgCi8QgAIDMJAEoSAQD2mQcAqxcAAMXRAADJygYAoS4CAAZQAgCjfQsACYYBAM4EAgAi+QEAbFAFAL9QBQASUQUAFo8NAGmPDQC8jw0AD5ANAGKQDQC1kA0AIvkBAEQiCQAaGgsAbRoLAMAaCwATGwsAZhsLALkbCwAl4gsA9sINADIdBQCrwwsA3j0CACNbCgDOBAIAIvkBANQjCwD5WQsATFoLAPqnCgC2hQEAVMoFAFRHAACnRwAAqW0DACL5AQCEUgsA11ILACpTCwB9UwsARCIJABoaCwBtGgsAqxcAAHAuAwAJhgEAzgQCACL5AQBZ/A0AoS4CACL5AQBKEgEAFKgBAJvCAwCpLwAAm30BAG6gAgDvJQAAOa0IAM4EAgC9iwAAoS4CALU3AgChLgIAtTcCAKFsBQDePQIAI1sKACqmCwADnQgAVp0IAKmdCAD8nQgAT54IACffCABU+goACD8BAFs/AQCCqQIAtoUBAGyVBwC77g0AycoGAMnKBgABRwAAAZMBAJelDgDxDQAAbbMBACL5AQAqpgsAA50IAFadCACpnQgA/J0IAE+eCAAn3wgAhFILANdSCwAqUwsAfVMLANBTCwAjVAsAdlQLAMlUCwAqpgsAA50IAFadCACpnQgA/J0IAE+eCAAn3wgA+qcKAE2oCgBslQcAUwAAADKnCQC2hQEACYYBAJNnBgDmZwYAOWgGAIxoBgDfaAYAMmkGAIVpBgDYaQYAK2oGAH5qBgC2hQEAm4QAAJ4oCAAi+QEAZroMACKtAABTAAAAMeQCACL5AQBdeQ0ATYwOAGxQBQC/UAUAElEFAGVRBQC4UQUAC1IFAF5SBQCS8AAAAAAAAFR+BAD58Q0Ag7ELAKEuAgABRwAA/+EFAIKpAgB0egkAyr4GAARhAwAi+QEARCIJAJciCQDqIgkAPSMJAJAjCQDjIwkAIvkBANQjCwAc5wIAPP8DAI//AwDi/wMANQAEAIgABADbAAQALgEEAIEBBADUAQQAJwIEAHoCBADNAgQAIAMEAHMDBADGAwQAGQQEAMf3AwCTZwYA5mcGADloBgCMaAYA32gGADJpBgCFaQYA2GkGACtqBgB+agYATOwCAJ/sAgA3JgcAXXkNAO2QAACtSwEACtoLAJvCAwA6eAIA/+EFAAmGAQDOBAIAIvkBACqmCwADnQgAShIBAIdYBQC2hQEAb2oIAMJqCAAVawgAaGsIALtrCAAObAgAYWwIALRsCAAHbQgAWm0IAK1tCAAAbggAU24IAKZuCAD5bggATG8IAJ9vCADybwgAoS4CALU3AgAIOAIAFKAOAPENAADUHQAAzrEBAAFHAAAirQAAUwAAADHkAgAAAAAAAZMBAPENAAAx5AIAAAAAAL2LAAAQjAAAcC4DACrsAQAx5AIAAAAAADUOAgABkwEAl6UOAGa6DACD/QwAdQYMAGxQBQC/UAUAElEFAGVRBQC4UQUAC1IFAF5SBQBAngoAk54KAOaeCgBmugwAIq0AAFMAAAAx5AIAAAAAAAGTAQDxDQAAMeQCAAAAAAAl4gsAbbMBAMCzAQAx5AIAAAAAAKsXAACrFwAA7ZAAAJNnBgABRwAA/+EFAMnKBgAgMwkAIvkBAEQiCQCXIgkA6iIJAD0jCQCQIwkA4yMJAAAAAAABRwAAAUcAAFMAAAAirQAAm30BAG6gAgDOowMAIaQDAHSkAwDHpAMAGqUDAG2lAwDApQMALRMPADKnCQCFpwkA2KcJAJLwAAAo7wQAF+QLAPENAAA6eAIAWqQMAEQiCQCXIgkAoWwFAPRsBQBHbQUAIvkBACqmCwC/lQcA+UQOAExFDgA1DgIAm4QAAP62AQDUHQAAJeILANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AABS1CwDePQIAvYsAAAGTAQBslQcAIvkBAIRSCwDXUgsAKlMLAH1TCwBsUAUAv1AFABJRBQBlUQUAuFEFAAtSBQBeUgUAQJ4KAJOeCgDmngoAoS4CALU3AgAIOAIAFKAOAPENAADUHQAAu+4NAECRAACa4wAAosgCAO2QAABAkQAAmuMAAI6OCQDhjgkAURgAAAAAAAAAAAAAAAAAANjYAgAr2QIArt4CAL9QBQASUQUAZVEFALhRBQALUgUAXlIFALFSBQBtpQMAwKUDABOmAwDRagYAJGsGAHdrBgDKawYAHWwGAHBsBgAAAAAAAAAAANjYAgAr2QIArt4CAL9QBQASUQUAZVEFALhRBQALUgUAXlIFALFSBQBtpQMAwKUDABOmAwDRagYAJGsGAHdrBgDKawYAHWwGAHBsBgDF0QAAtoUBAAmGAQDtkAAAQJEAAJrjAACiyAIAAAAAAAAAAAAAAAAAAAAAAAAAAACrFwAA7ZAAAAFHAACNJQIAbGQOAL9kDgBuoAIAzqMDACGkAwB0pAMAx6QDAMM0DgAWNQ4AaTUOALw1DgAPNg4AYjYOALU2DgAINw4AHOcCADz/AwCP/wMA4v8DADUABACIAAQA2wAEAC4BBACBAQQA1AEEACcCBAB6AgQAzQIEACADBABzAwQAxgMEABkEBADJygYA8Q0AACL5AQD6pwoAuQYOAAwHDgBfBw4AAAAAAAAAAAAAAAAAI1sKAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAAAAAAAAAAAAAAAAArUsBAAraCwDJygYAIDMJACL5AQBEIgkAlyIJAOoiCQA9IwkAkCMJAAAAAADtkAAAQJEAADUOAgC2hQEACYYBAEtSAgCo0g4AEIwAAM4EAgDxDQAAJ3EAAIjCAADvJQAANQ4CAJuEAACIwgAAIvkBABS1CwA1DgIAzgQCADcRCgDKvgYAl6UOAP03CQCrFwAA7ZAAAK1LAQAK2gsAAAAAAKsXAAAi+QEARCIJAJciCQD9NwkAvYsAAPENAAAncQAAp2kHAPENAABtswEAOYsBAMnKBgAgMwkA7ZAAAEQiCQBv7Q0AQxkMADmtCAC9iwAAAUcAAJuEAADePQIAAAAAAMnKBgAi+QEARCIJAJciCQCpdAIA/HQCAPENAAAncQAAp2kHAKsXAAD+FwAAMeQCABiTCQBrkwkAvpMJABGUCQBklAkAt5QJAAqVCQBdlQkAsJUJAAOWCQBWlgkA7ZAAAJNnBgDmZwYAOWgGAIxoBgDfaAYAMmkGAIVpBgDYaQYAK2oGAH5qBgB1+QEAyPkBABv6AQBu+gEAiLsBABznAgA8/wMAj/8DAOL/AwA1AAQAiAAEANsABAAuAQQAgQEEANQBBAAnAgQAegIEAM0CBAAgAwQAcwMEAMYDBAAZBAQATOwCAJ/sAgAhIAoAdCAKAMcgCgAaIQoAbSEKAMAhCgB1+QEAOa0IAIytCADfrQgAWfwNAKEuAgAi+QEAKqYLAH2mCwChLgIAtTcCAKl0AgABRwAAXCwCAKEuAgCZOwIAnigIAJelDgBAkQAAmuMAAKLIAgDJygYAycoGAAGTAQAi+QEAZroMAP/hBQBS4gUApeIFAGyVBwAi+QEAWfwNADpHCQABRwAAIvkBAMXRAAD9NwkAtoUBALWKAgCXpQ4AxdEAAI4ZAgC2hQEAVMoFAP/hBQAJhgEAzgQCACL5AQB1+QEAg7ELAKEuAgAi+QEAFLULAM/3DQAi+A0AWfwNABzLBgBvywYAwssGACL5AQBsUAUAv1AFABJRBQBlUQUAuFEFAAtSBQBeUgUAsVIFAG2lAwDUIwsA+VkLAExaCwCEUgsA11ILACpTCwB9UwsAFLULAIKpAgDVqQIAtoUBALWKAgCbhAAANQ4CAAGTAQCXpQ4ANBoCAIcaAgBEIgkAlyIJAAAAAAC9iwAA7ZAAAPENAAA6eAIAIvkBAGa6DAD/4QUAUuIFAKXiBQBslQcAIvkBAFn8DQA6RwkAAUcAACL5AQAUtQsA7yUAAAFHAAAjWwoAH4QLAKsXAADtkAAArUsBADHkAgAH6gIA/+EFAFLiBQCl4gUA+OIFAEvjBQCe4wUAvuYJABS1CwBzFw0AAAAAAL2LAAC2hQEAoS4CAG/tDQAJhgEAzgQCACL5AQAUtQsApikGAGxQBQC/UAUAElEFAGVRBQC4UQUAC1IFAF5SBQCxUgUAbaUDAJelDgBAkQAAmuMAAKLIAgDUDg4A/+EFAFLiBQCl4gUA+OIFAEvjBQCe4wUA4tUJADXWCQCI1gkA29YJAC7XCQCB1wkA1NcJACfYCQB62AkAzdgJACDZCQCS8AAAxdEAAI4ZAgC2hQEAVMoFABoGAgChLgIAtTcCAKFsBQDePQIAI1sKAHMXDQAAAAAAvYsAALaFAQChLgIAtTcCAFfCAQBslQcANQ4CACKtAAAi+QEAbFAFAL9QBQASUQUAZVEFALhRBQALUgUAXlIFALFSBQBtpQMAWfwNADUOAgABRwAAm4QAALaFAQAJhgEAIvkBAFfCAQBslQcANQ4CACKtAAAi+QEAbFAFAL9QBQASUQUAZVEFALhRBQALUgUAXlIFALFSBQBtpQMAIvkBAPqnCgCZ7gwAAEwBAFNMAQCa6QsA7ekLAEDqCwCT6gsA5uoLAMXRAAD9NwkA734LAKsXAAAi+QEAZroMADIdBQAEYQMAtoUBAAmGAQDOBAIAIvkBAGa6DACD/QwAdQYMAGxQBQC/UAUAElEFAGVRBQC4UQUAC1IFAPENAAAi+QEAbFAFAL9QBQBbTAsArkwLAAFNCwBUTQsAp00LAPpNCwBNTgsAoE4LAPNOCwBGTwsAFLULAHMXDQAAAAAAvYsAALaFAQChLgIAtTcCAN57BQAi+QEAdfkBAKEuAgCi8QgAShIBACL5AQBmugwAD4kOAKdHAAC9iwAAEIwAAG2sAgDArAIAQJEAAAGTAQAEYQMAtoUBAAmGAQDOBAIAIvkBACqmCwC/lQcA+UQOAExFDgA1DgIAm4QAAP62AQDUHQAAFLULAHMXDQAAAAAAvYsAALaFAQChLgIAtTcCABS1CwCmKQYARCIJAJciCQDxDQAARA4AADpHCQChLgIAIq0AAO2QAAB1+QEAoS4CAKLxCABKEgEAIvkBANQjCwBUygUA8Q0AACL5AQBU+goACD8BAG/tDQBxGwQAh1gFAI9gAgAEYQMAIvkBAHX5AQDI+QEA7oQAAKcICQBcLAIAoS4CAARhAwAi+QEAWfwNAKEuAgAi+QEAJeILAEQOAAA6RwkAoS4CACKtAADtkAAAAUcAAJuEAACnaQcAbJUHAKEuAgBv7Q0ACYYBAO8lAACDsQsAIvkBAPqnCgBNqAoAoKgKAHc7AQDvJQAAg7ELANaxCwApsgsAfLILAJuEAAC2hQEA0xsCAJuEAABplgwA7FYKAD9XCgAJhgEAAP8LADIdBQCrwwsASl4CAPENAACmPgMAm4QAAN49AgAjWwoAB6sLABfkCwDxDQAAOngCACL5AQCEUgsAmTsCAOw7AgA/PAIAURgAAI9EBgDiRAYA+GwKAEttCgCebQoA8W0KAERuCgCXbgoA1B0AACceAAB6HgAAzR4AACAfAABzHwAAShIBABSoAQCbwgMANQ4CAL8RDgD9NwkAm4QAAIKpAgC2hQEACYYBALm6DAB2WwoAyVsKABxcCgBvXAoAwlwKABVdCgBoXQoAu10KAA5eCgBhXgoAtF4KAAdfCgBaXwoAfaYLADIBCQCFAQkA2AEJAL2LAABslQcARCIJAJciCQChbAUAp2kHACL5AQC9iwAAbJUHAAAAAADJygYAIvkBAGa6DAD/4QUAUuIFAKXiBQD44gUAS+MFAP03CQBTAAAA0xsCAKsXAADtkAAAAUcAAMXRAADJygYAoS4CAAZQAgDTGwIAzgQCADcRCgCKEQoA3REKADASCgCDEgoA1hIKALU3AgDxDQAAbbMBANQdAADxDQAAMeQCAM4EAgA3EQoAihEKAN0RCgAwEgoAgxIKANYSCgApEwoAfBMKAM8TCgAiFAoAdRQKAHX5AQCDsQsAoS4CAFn8DQChLgIAIvkBACXiCwDUHQAAJx4AAHoeAAC2hQEAIq0AAO2QAACEUgsA11ILACpTCwB9UwsABlACAA3ECQD+FwAAxdEAAP03CQAX5AsA8Q0AADp4AgAjWwoArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BADVFBgCIRQYA20UGAC5GBgCBRgYA1EYGABS1CwCnaQcAbJUHAKEuAgC1NwIA8Q0AAG2zAQAi+QEAdfkBAIOxCwDWsQsAKbILABzLBgBvywYAwssGACL5AQBmugwAIq0AAFMAAAAi+QEAbFAFAL9QBQASUQUAZVEFALhRBQALUgUAXlIFALFSBQBtpQMAwKUDABOmAwBmpgMAuaYDAJuEAAC2hQEA7ZAAAECRAACa4wAAosgCAM6xAQBOUAkAoVAJAPRQCQBHUQkAmlEJAO1RCQDtkAAAShIBAFMAAAAypwkAoS4CAPQuAgCPYAIABGEDACL5AQB1+QEAyPkBABv6AQB/jgsA0o4LANQjCwAnJAsAeiQLAIRSCwCZOwIA7DsCAD88AgBEIgkAlyIJAPENAABEDgAAAZMBAL2LAAABRwAA/+EFAMnKBgBslQcAu+4NAKsXAACZOwIA7DsCAD88AgCEUgsA11ILAKEuAgAi+QEAJeILANQdAAAnHgAAeh4AAKsXAACZOwIA7DsCAD88AgBU+goACD8BAFs/AQCCqQIAtoUBAGyVBwC77g0AIq0AAEPiBwAi+QEAB6sLABfkCwDxDQAAOngCACL5AQDUIwsA+VkLAExaCwAGUAIADcQJAP4XAADF0QAAycoGAOxBDQC9iwAAUwAAACL5AQB1+QEAyPkBABv6AQB/jgsA0o4LAG76AQBwLgMAycoGAI0lAgBsZA4AQ+IHAJuEAADP9w0AqxcAAO2QAADKvgYA8Q0AAI0lAgC+cA4AEXEOAKEuAgC1NwIA8Q0AAEQOAAABkwEAgqkCAHR6CQBslQcAv5UHAKdpBwBslQcAoS4CALU3AgDxDQAAbbMBANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAMeQCAEzsAgCZOwIA7DsCAD88AgCNQAoA4EAKADNBCgCGQQoA2UEKACxCCgB/QgoA0kIKACVDCgB4QwoAy0MKAB5ECgBxRAoAxEQKABdFCgBqRQoAvUUKABBGCgAi+QEAUrgLAEQOAACRxAgA5MQIADfFCACKxQgA/3IJAGuMCgC+jAoAEY0KAB+ECwCa4wAAosgCAPqnCgDxDQAAOngCAI14AgA1DgIAAZMBAKEgBACbwgMAGRICACL5AQAUtQsApikGAIRSCwDtkAAAxdEAACL5AQBsUAUAv1AFABJRBQBlUQUAuFEFAAtSBQBeUgUAsVIFAG2lAwAx5AIAzrEBAE5QCQChUAkA9FAJAEdRCQCaUQkA7VEJAEBSCQCTUgkAYlkJAAAAAAAAAAAAAAAAADFgCQCEYAkA12AJACphCQB9YQkA0GEJACNiCQB2YgkAAAAAAAAAAADJYgkAHGMJAG9jCQAzGAQA1JkGACeaBgB1+QEAg7ELANaxCwApsgsAMeQCAMf3AwAa+AMAN0EPAIpBDwDdQQ8AMEIPAJuEAAA1DgIAAZMBAJelDgB1+QEAOa0IAIytCADfrQgAhFILANdSCwAqUwsAfVMLANBTCwAjVAsAdlQLAMlUCwDtkAAAqxcAAP4XAADtkAAAqxcAAKsXAAD+FwAA7ZAAAKsXAAABRwAAMeQCAEzsAgCf7AIAISAKAHQgCgDHIAoAGiEKAG0hCgDAIQoAdfkBADmtCACMrQgA360IAFn8DQChLgIAIvkBACqmCwB9pgsAoS4CALU3AgCpdAIAAUcAAFwsAgChLgIABGEDACL5AQBdeQ0AMeQCAAAAAAAi+QEANQ4CAIgOAgDvJQAA7yUAAEImAABAkQAAb+0NAAmGAQDOBAIAIvkBAGa6DAD/4QUAUuIFAKXiBQBslQcAIvkBAFn8DQA6RwkAAUcAACL5AQAUtQsA7yUAAAFHAAAjWwoAH4QLAGyVBwCo0g4AAZMBAJelDgCrFwAA/hcAAHc7AQDvJQAAg7ELANaxCwApsgsAfLILAMCsAgBAkQAAmuMAAKLIAgBM7AIAn+wCACEgCgBKEgEAnRIBAA29CgBgvQoAs70KAAa+CgCEUgsAmTsCAOw7AgA/PAIAbJUHAEoSAQCdEgEADb0KAGC9CgCzvQoABr4KAIRSCwCZOwIA7DsCAD88AgBslQcAShIBAJ0SAQANvQoAYL0KALO9CgAGvgoAVPoKAKf6CgD6+goATfsKAKD7CgDz+woARvwKAAGTAQBUkwEAdowDAMmMAwAi+QEAvYsAAKEuAgABkwEARCIJAJciCQDxDQAARA4AAAGTAQCCqQIAdHoJANQjCwBxGwQAxBsEABccBABqHAQAvRwEACL5AQD6pwoATagKAAFHAAAyHQUABGEDACL5AQB1+QEAg7ELAKEuAgAi+QEAVPoKAKf6CgD6+goATfsKAKD7CgDz+woARvwKADQaAgCHGgIAf3MDANJzAwAldAMAeHQDAHX5AQCDsQsA1rELACmyCwB8sgsA1CMLAFTKBQCnygUA1CMLACckCwB6JAsAzSQLAKYpBgBU+goAp/oKAPr6CgBN+woAoPsKAPP7CgBG/AoAjSUCAFfCAQDxDQAARA4AAEoSAQCHWAUA3j0CACKtAABD4gcAtoUBAAmGAQDOBAIAIvkBAFT6CgCn+goA+voKAE37CgCg+woA8/sKAEb8CgB1+QEAg7ELAKEuAgAi+QEAkAgBAA9EDAAtEw8AgBMPAIRSCwDXUgsAKlMLAH1TCwBU+goACD8BALU3AgAIOAIAOa0IAElwDQDtkAAAbJUHACL5AQDF0QAAtoUBAFTKBQBURwAAIvkBAAAAAAAi+QEAWfwNAKEuAgAi+QEABlYNAAAAAAAi+QEAWfwNAKEuAgAi+QEABlYNAFlWDQAUtQsApikGACqmCwC77g0ADu8NAKuFCACX/w0A6v8NALvuDQCrFwAAIq0AAFMAAACmAAAA3v4KADH/CgCE/woA1/8KACoACwBKEgEAh1gFAM/3DQAV7wEAm4QAAJ4oCADxKAgA7oQAAAZQAgDrfgYAaZYMADcRCgAHqwsAWqsLAK2rCwAArAsAhFILANdSCwAqUwsAfVMLADUOAgC/EQ4A7ZAAAKsXAAAi+QEAdfkBAIOxCwDWsQsAKbILAHyyCwDUIwsAJyQLAFn1DgCs9Q4A//UOAFL2DgCl9g4Al6UOAGyVBwCNJQIAIvkBAGa6DAAyHQUABGEDACL5AQBmugwAg/0MAHUGDADUIwsAJyQLAFn1DgCs9Q4A//UOAFL2DgCl9g4A1CMLAFTKBQAx5AIATOwCAC0TDwCAEw8A0xMPANQjCwAnJAsAWfUOAKz1DgD/9Q4AUvYOAKX2DgBU+goAAZMBAJelDgCbhAAA/rYBANQdAABEIgkAGhoLAG0aCwAi+QEAFAkAAKsXAAAtEw8AgBMPANMTDwDUIwsAJyQLAFn1DgCs9Q4A//UOAFL2DgCl9g4AvYsAABCMAAABRwAA/+EFAFLiBQCl4gUA7ZAAAECRAACa4wAAosgCAAGTAQBUkwEAdowDAMmMAwAi+QEAJeILAHjiCwAirQAAQ+IHACL5AQB1+QEAOa0IAIytCADfrQgAXXkNALB5DQDOBAIANxEKAEoSAQAi+QEAtoUBAAmGAQAi+QEAFLULAM/3DQAEYQMAIvkBAFn8DQDvJQAAIvkBAGa6DAAPiQ4Ap0cAAPpHAABEDgAAOkcJAKEuAgAirQAA7ZAAAAGTAQBUkwEAxkEHALKuAgAFrwIAWK8CAARhAwAi+QEA1CMLACckCwBZ9Q4ArPUOAP/1DgBS9g4ApfYOAJelDgBslQcAIvkBAM4EAgA3EQoAShIBAGa6DAAPiQ4Ap0cAAM4EAgA3EQoAShIBAPENAAAi+QEAFLULAIKpAgDVqQIAtoUBALWKAgCbhAAANQ4CAAGTAQAqpgsAoS4CAG/tDQCCqQIAdHoJAMd6CQAi+QEAdfkBAIOxCwDWsQsAKbILAHyyCwB1+QEAg7ELAKEuAgAi+QEAV8IBAGyVBwA1DgIAIq0AAI8TDQD+FwAAdzsBAO8lAACDsQsA1rELACmyCwB8sgsAwKwCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDGQQcAda0AAElqAgCcagIA72oCAGyVBwC77g0A7yUAAO8lAACDsQsA1rELACmyCwB8sgsAwKwCAECRAACa4wAAosgCAGe1CwABRwAA/+EFAEMZDACPugEA7oQAAKcICQC9iwAAoS4CAGa6DACD/QwAdQYMAHX5AQA5rQgAEhkNAEtSAgCAugMA07oDACa7AwB5uwMAzLsDAB+8AwByvAMAxbwDADUOAgC/EQ4ARCIJAJciCQDxDQAARA4AAAGTAQCCqQIAdHoJAGyVBwAx5AIAqxcAAP4XAAB3OwEAehACADmfCgCMnwoA358KADKgCgB1+QEAFKAOABCMAAChlQsAAUcAAP/hBQDJygYAIDMJAAFHAAAjWwoAqxcAAPENAAA5iwEAycoGACAzCQCbwgMA7sIDAEQiCQCXIgkAAAAAAL2LAAC2hQEAoS4CALU3AgAqpgsAoS4CAG/tDQCCqQIAdHoJACL5AQAaBgIAbQYCAG6gAgDOowMAIaQDAHSkAwDHpAMAGqUDAG2lAwDApQMAMeQCAEQiCQCXIgkAAAAAAL2LAAC2hQEAoS4CALU3AgDeewUAIvkBAEoSAQCdEgEADb0KAGC9CgCzvQoABr4KAFT6CgAIPwEAWz8BAIKpAgC2hQEAbJUHALvuDQDxDQAAIvkBAFT6CgCn+goA+voKAE37CgCg+woA8/sKAEb8CgDxDQAAUwAAAKuFCACTZwYA7yUAAI+6AQDiugEANbsBAF15DQDxDQAAOngCACNbCgB2WwoA9pkHAK1LAQAK2gsAMeQCAM4EAgBKEgEA9pkHAKsXAAABRwAAm4QAAN49AgD/4QUAycoGACAzCQAi+QEAdfkBAMj5AQCIwgAAAZMBAPENAADUHQAA93ELAOxWCgA1DgIA/FgGAN49AgCbhAAAnigIACL5AQD6pwoAuQYOAAwHDgBfBw4AnigIADHkAgAGUAIAo30LAPZ9CwBJfgsAnH4LALaFAQC1igIACIsCAFuLAgDtkAAAm4QAAFYgDgAi+QEAWfwNADpHCQABRwAAIvkBAFn8DQDvJQAAIvkBAEoSAQD2mQcASZoHAJ0SAQChLgIAQJEAAEoSAQAUqAEAZ6gBAJk7AgA7QggAI1sKAGyVBwAi+QEANQ4CAARhAwAi+QEAFLULAM/3DQD+FwAAdzsBAFRHAACnRwAAqW0DACL5AQBU+goACD8BAFs/AQAf1wsActcLAMXXCwDOBAIAIQUCAFn8DQDsQQ0Af44LANKOCwBwSQsAw0kLACL5AQB1+QEAyPkBAMZ4CwAZeQsAbHkLAL95CwASegsAZXoLALh6CwALewsAVPoKAKf6CgCPYAIAdGwLANQdAAD6pwoAuQYOAAwHDgBfBw4AIq0AALKuAgC5rA4AzgQCAP03CQBQOAkA1CMLACckCwB6JAsAzDALAB8xCwBiiQ4AtTcCAKFsBQCnaQcAIvkBAAAAAADRmgsAIvkBAP03CQCbhAAAz/cNAGyVBwABkwEAl6UOAGyVBwD6pwoAme4MAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAI0lAgAx5AIA1AgDACcJAwB6CQMAnksDAPFLAwBETAMAl0wDAOpMAwAUtQsA3j0CABS1CwDePQIAAAAAADGlCwAi+QEAbJUHAN8ACQC5ZwwADGgMAF9oDACyaAwAMeQCADUOAgAEYQMAAUcAACNbCgAc5wIAQ+IHAJuEAACPYAIA/TcJAJuEAAD+tgEAIvkBAHX5AQDI+QEAG/oBAG76AQC5Bg4ADAcOAF8HDgCrFwAAAUcAAJuEAAAq7AEAIvkBAPqnCgC5Bg4ADAcOAF8HDgDJygYAOkcJABCMAABtrAIAKqYLALvuDQABRwAAI1sKAJNnBgABRwAAI1sKAJuEAACPYAIAtTcCACqmCwC77g0AAUcAACNbCgCTZwYAAUcAACNbCgDxDQAAOYsBAIyLAQDfiwEAMowBAF57CwCxewsAIvkBADUOAgAEYQMAIvkBACXiCwA5iwEAjIsBAN+LAQAyjAEAUwAAAAg/AQBbPwEAShIBABSoAQCbwgMA1B0AACceAAC1NwIAV8IBAHWKBQCTZwYAAUcAAP/hBQDJygYAShIBAIdYBQC2hQEACYYBAPQuAgDuhAAA7ZAAADUOAgCbhAAA7oQAAAZQAgAi+QEAShIBAJ0SAQDxDQAAOngCACL5AQBEIgkAlyIJAKl0AgDqDQwAqxcAAAFHAAAi+QEAbFAFALKuAgAFrwIAWK8CAKuvAgABkwEAm4QAAP62AQA6eAIAVH4EAFT6CgAIPwEAWz8BAB/XCwBy1wsAxdcLABjYCwAi+QEAbFAFAL9QBQCAxw0A08cNACbIDQB5yA0AzMgNAB/JDQAi+QEAxdEAALaFAQBUygUAVEcAACL5AQD6pwoAme4MAOzuDAA/7wwAp8oFAGxQBQC/UAUA7n0BAMZBBwDtkAAA8Q0AAG2zAQCNJQIA8F0OAENeDgAK2gsAXdoLALaFAQBUygUAI1sKAGyVBwAi+QEAxdEAALaFAQBUygUAVEcAACL5AQBsUAUAv1AFAO59AQBBfgEAvYsAADUOAgABRwAAI1sKAHfuCwDK7gsAMZ4MAO8lAACPugEA4roBADW7AQDxDQAAlN4LAOfeCwA63wsAjd8LAODfCwDJygYAycoGAOxBDQBmugwA/+EFAFLiBQCl4gUAbJUHACL5AQBZ/A0AOkcJAAFHAAAi+QEA1CMLACckCwBZ/A0A7yUAAO2QAABslQcAu+4NAGyVBwAi+QEAZroMAP/hBQBS4gUApeIFAPjiBQBL4wUAnuMFAL7mCQD06AsAR+kLAPENAAA6eAIAZroMAP/hBQBS4gUApeIFAGyVBwAi+QEAWfwNADpHCQABRwAAIvkBANQjCwAnJAsAB+oCADwoCgAMuwwAHe8LAHDvCwDD7wsAFvALAGnwCwC88AsAD/ELAGLxCwC18QsACPILAGH9CwC0/QsAB/4LAFr+CwAH6gIA/+EFAFLiBQCl4gUA+OIFAEvjBQCe4wUAvuYJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAUtQsA7yUAAAFHAAAjWwoAH4QLAGa6DACD/QwAdQYMADUOAgC/EQ4AFLULAM/3DQAi+A0A1CMLACckCwBZ9Q4ArPUOAP/1DgDP9w0AIq0AAO2QAABZ/A0A7yUAACL5AQD6pwoAuQYOAAwHDgBfBw4AIvkBAIRSCwDXUgsAKlMLAH1TCwDNEAIAme4MAOzuDACbwgMA+qcKAJnuDADs7gwAm8IDAIRSCwDXUgsAURgAAPqnCgC5Bg4ADAcOAF8HDgC5Bg4ADAcOAF8HDgDtkAAAtoUBAIKpAgB0egkAIvkBAL2LAAAQjAAAy9UBAB7WAQBx1gEAxNYBABfXAQBq1wEAvdcBABDYAQDxDAwARA0MAJcNDAAi+QEAvYsAABCMAADF0QAAjhkCAOEZAgAjWwoAbJUHACL5AQD6pwoAme4MAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAO8lAABCJgAAQJEAAJrjAACiyAIAzgQCACEFAgBslQcAIvkBAIRSCwDXUgsAKlMLAH1TCwDNEAIAme4MAMH6AQAU+wEAZ/sBALr7AQAi+QEAJeILAHjiCwAirQAAIq0AAO2QAADxDQAAxdEAAI4ZAgBupg0AwaYNAIRSCwDXUgsAKlMLAH1TCwDNEAIAme4MAMH6AQAU+wEAZ/sBALr7AQAN/AEAme4MAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAHAuAwAAAAAAqxcAAHAuAwDDLgMAZroMAIP9DAB1BgwAbFAFAL9QBQASUQUAZVEFALhRBQALUgUAKqYLAH2mCwAyAQkAWfwNABzLBgBvywYAVPoKALaFAQAJhgEAJeILAPbCDQBJww0Aj2ACAEQiCQCXIgkAoWwFAPRsBQB44gsAIq0AACKtAADtkAAA7ZAAADUOAgC/EQ4AFLULADUOAgABkwEAoWwFAKdpBwAi+QEAVPoKAAg/AQBbPwEASR0NAJwdDQDvHQ0AQh4NAJUeDQBZ/A0A7yUAACL5AQC9iwAAEIwAAG2sAgDArAIAE60CAGatAgC5rQIADK4CAIRSCwAV7wEAAEUCAP/hBQDtkAAA8Q0AACL5AQBZ/A0A7yUAACL5AQC9iwAAEIwAAG2sAgDArAIAE60CAGatAgC5rQIADK4CAIRSCwAV7wEAAEUCAKsXAAD+FwAANyYHAO2QAAABRwAAcDUCAMM1AgAWNgIAkAgBALs0BABZ/A0ANQ4CAFfCAQB1igUAk2cGAAFHAAAi+QEAB6sLAFqrCwCtqwsAAKwLAIRSCwDXUgsAURgAABS1CwDePQIAMT4CAIQ+AgDXPgIAKj8CAH0/AgDQPwIAShIBAPaZBwABRwAAVEcAABfkCwBslQcAIvkBAJelDgBslQcAIvkBAEy0CgDJygYAHMsGAAFHAAD/4QUAycoGACAzCQAx5AIAvYsAABCMAADF0QAAGNIAAPQuAgBWIA4AkvAAADjqAQBMtAoAn7QKAFn8DQAgMwkAIvkBABS1CwCmKQYATLQKAKsXAAD+FwAANyYHAO2QAABMtAoAn7QKAIKpAgDVqQIAKKoCAHuqAgDUIwsAJyQLAFyGAQDJygYA7EENAFlQAgDF0QAAtoUBAFTKBQBURwAAMh0FABoaCwABRwAAVEcAAARhAwA0GgIAhxoCANoaAgAtGwIAgBsCAHX5AQDI+QEAnigIAPENAACEUgsAcC4DABS1CwDk9A0AN/UNAIr1DQDd9Q0AMPYNAAmGAQDOBAIAQxkMAO8lAABCJgAAQJEAALU3AgCrFwAAIq0AAO2QAABdeQ0ATYwOABS1CwBzFw0ApwgJAL2LAACbhAAAnigIADQaAgCHGgIA5Y4OADiPDgBalg4ArZYOAACXDgBTlw4AppcOAPmXDgBMmA4AVH4EANQjCwD5WQsATFoLAIRSCwDXUgsAKlMLAH1TCwBMtAoAAUcAADIdBQAaGgsA7ZAAAEy0CgDvJQAAj7oBAJ4oCADxDQAA1B0AAEy0CgAA/wsAMh0FABoaCwABRwAAVEcAAARhAwDQUwsAyPkBAJ4oCADxDQAA7skCADHkAgAx5AIA5K8LADewCwCKsAsA3bALADCxCwCLpAsA3qQLAFn8DQChLgIAIvkBAIRSCwDtkAAAm4QAAI9gAgAi+QEA+qcKAE2oCgBslQcAIvkBAFn8DQDvJQAAIvkBANQjCwAnJAsALRMPAE2bAAAqpgsAA50IAO2QAADxDQAAIvkBAIRSCwDXUgsAKlMLAH1TCwDNEAIAme4MAOzuDACbwgMA4CUCABoaCwBtGgsAwBoLABMbCwBmGwsAuRsLAAwcCwCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAB+oCAP/hBQBS4gUApeIFAGyVBwAi+QEAWfwNADpHCQABRwAAIvkBAMXRAACOGQIAtoUBAFTKBQD/4QUACYYBAM4EAgAi+QEAdfkBAIOxCwChLgIAIvkBAFn8DQAcywYAb8sGALf1BwAK9gcAXfYHALD2BwAD9wcAzgQCAM4EAgChLgIAtTcCAM4EAgDsVgoA3j0CACNbCgDtkAAAQJEAAJrjAACiyAIAUwAAAOgzCgA7NAoAAUcAALm6DAAMuwwAVtQMAKnUDABq1g0AvdYNABDXDQBj1w0A8Q0AACL5AQB1+QEAyPkBABv6AQBu+gEARCIJAJciCQDxDQAAlN4LAAGTAQABRwAAIvkBACXiCwB44gsAatYNAL3WDQAQ1w0AY9cNAAAAAABapAwAIvkBAHX5AQDI+QEAG/oBAKRxCwD6pwoAuQYOAAwHDgBfBw4AIDMJAO2QAAAl4gsA1B0AAEuyDACesgwA8bIMACL5AQBZ/A0AZroMALm6DADVtgwAKLcMAHu3DADOtwwAIbgMAHS4DAAi+QEAWfwNAAGTAQABkwEAl6UOAJNnBgABRwAA/+EFAAmGAQD5AAAAR9sNAPENAAAi+QEAsmENAK2kDAABRwAAvYsAAFMAAAAirQAAda0AAElqAgCcagIA72oCAEoSAQCdEgEADb0KAGC9CgCzvQoABr4KAJuEAACPYAIAbJUHAAOdCADF0QAAqxcAACKtAAB1rQAASWoCAJxqAgDvagIAAUcAACNbCgB37gsAvx8MABIgDABlIAwAuCAMAAshDABeIQwA1B0AAPENAAAAAAAAAAAAAAAAAABsUAUAv1AFABJRBQDiwAwANcEMAIjBDADxDQAARA4AAAGTAQCXpQ4AjSUCAAGTAQBUkwEAe1YOAAmGAQDvJQAAxdEAAI4ZAgBo7g0A8F0OAECRAACa4wAAosgCAGyVBwC77g0ANQ4CAIgOAgBqKgIAMh0FAKvDCwD+wwsAgqkCANWpAgAoqgIAoSAEAGyVBwC/lQcA+UQOAP/hBQDJygYAIDMJACL5AQDF0QAAjhkCAGjuDQBwLgMACYYBAM4EAgAqpgsAu+4NAA7vDQBh7w0AtO8NAAfwDQBa8A0ArfANAP/hBQDJygYAIDMJACL5AQDF0QAAjhkCAGjuDQBwLgMACYYBAM4EAgAl4gsAeOILALaFAQBUygUAI1sKAHfuCwAx5AIAZroMALm6DAAMuwwAVtQMAKnUDAD81AwAT9UMAKLVDAB1+QEAyPkBABv6AQBu+gEA9OEMADiCBACLggQAJ9EKABoaCwDrdwcAA50IADpHCQABRwAAIvkBAAAAAAC77g0AQJEAAJrjAADt4wAAAAAAAAAAAAAl4gsAeOILALaFAQBUygUAI1sKAHfuCwDlgQQAmZsMAOybDAC7mw0AdfkBADmtCACMrQgA360IAAAAAACM5AwAzrEBAO8lAACPugEA4roBANjYAgAx5AIA+qcKAJnuDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAk5cLAOaXCwBEIgkAlyIJAFfCAQB1igUAk2cGAAFHAAD/4QUAycoGACAzCQAi+QEA1CMLACckCwCtSwEACtoLAF3aCwCw2gsAA9sLAFbbCwCp2wsA/NsLAE/cCwCi3AsA9dwLABS1CwCmKQYAhFILANdSCwA3JgcAXXkNAJBUAgDjVAIANlUCAIlVAgAi+QEA+qcKAJnuDADs7gwAP+8MAKfKBQBsUAUAv1AFAO59AQBBfgEAUQkOAEoSAQCHWAUAtoUBAAmGAQBwLgMACYYBAM4EAgAi+QEA1CMLACckCwCWEg0A6RINAO3bDQBA3A0AXCwCADwTDQBUfgQAAAAAACL5AQC9iwAAEIwAAMqbCwAdnAsAcJwLAMOcCwAWnQsAaZ0LALydCwAPngsAuQYOAAwHDgBfBw4ANQ4CAL8RDgABRwAAxdEAAO2QAADtkAAAqxcAACL5AQBmugwAuboMAAy7DABTAAAApgAAAPkAAABUfgQAlhINAOkSDQBUfgQAAUcAAFwsAgA8Ew0AVH4EAAAAAAAi+QEAZroMAA+JDgC2hQEAm8IDAO7CAwBBwwMAuboMAAy7DAAd7wsAcO8LAMPvCwAW8AsAafALALzwCwAP8QsAYvELALXxCwAI8gsAYf0LALT9CwAH/gsAWv4LAK3+CwAGUAIAo30LAGyVBwCrFwAAmTsCAFYgDgDI6wMAGRICAGwSAgCS8AAAOOoBALKSBgCyrgIABa8CAFivAgDuhAAAoS4CAKLxCADxDQAAbbMBAAmGAQBwLgMAm8IDABkSAgDvfgsAbJUHACL5AQDUIwsAJyQLAAFHAAAjWwoAd+4LAMruCwAcywYAb8sGALf1BwABRwAAcDUCAFn8DQAgMwkAIvkBACXiCwDUHQAAS7IMAJ6yDADxsgwA0xsCAJuEAACeKAgA8SgIAEQpCABsUAUAsq4CAAWvAgBYrwIANQ4CAJuEAADuhAAAAZMBAJuEAAAGUAIAiBsMANsbDAAuHAwAgRwMANQcDAAnHQwARCIJABoaCwDIRQMAG0YDAB+ECwCa4wAAGhoLAFMAAAABRwAAI1sKAAAAAAAAAAAAAAAAADUOAgC/EQ4A7yUAAIOxCwChLgIAtTcCABS1CwCeKAgA8SgIABQJAABnCQAAB6sLABfkCwBq5AsAm4QAAO8lAAABRwAAI1sKAB+ECwAi+QEAFLULAJ4oCADxKAgAFAkAAGcJAAAHqwsAF+QLAGrkCwD6pwoAm4QAAO6EAABD4gcAFAkAAGcJAAAHqwsAF+QLAGrkCwD6pwoAm4QAAO6EAABD4gcAFAkAAGcJAAAHqwsAF+QLAGrkCwChIAQACYYBADmLAQAJhgEAq4UIAJf/DQDq/w0APQAOAJAADgAAAAAAdfkBAMj5AQAb+gEAcDsNAMM7DQAi+QEAZroMALm6DAAMuwwAu5sNAAZQAgAAAAAAIvkBAGa6DAC5ugwADLsMALubDQAl4gsAeOILALaFAQBUygUAI1sKAHfuCwBU+goAp/oKAFmwDAB1+QEAyPkBABv6AQBsUAUAsq4CABjEAgAirQAA7ZAAAMq+BgABkwEAl6UOAGyVBwA3/AwAivwMAN38DAAw/QwAg/0MANb9DAAqpgsAqNIOAPvSDgD0LgIA3j0CAP/hBQDJygYAIDMJANMbAgBKEgEA8Q0AAGa6DAC5ugwADLsMALubDQBU+goAp/oKAFmwDAB1+QEAyPkBABv6AQAl4gsAeOILALaFAQBUygUAI1sKAHfuCwCNJQIAjSUCALNVDQAi+QEAdfkBAMj5AQAb+gEAbvoBALkGDgAMBw4AXwcOAHX5AQChLgIAovEIAEoSAQBZ/A0A7EENANQjCwDOBAIAqxcAAP4XAAChLgIAtTcCAN57BQAi+QEAvYsAABCMAAChlQsA9JULAEeWCwCalgsA7ZYLAECXCwAk5wwAS1gNAJ5YDQDxWA0AWqQMAODSAQBLsgwAnrIMAPGyDAAi+QEAB6sLABfkCwBq5AsA1bYMACi3DAB7twwAzrcMACG4DAB0uAwAIvkBAAerCwAX5AsAauQLAJuEAADuhAAAQ+IHACL5AQAl4gsA1B0AAEuyDACesgwA8bIMACL5AQAHqwsAF+QLAGrkCwBmugwAuboMANW2DAAotwwAe7cMAM63DAAhuAwAdLgMACL5AQAHqwsAF+QLAGrkCwAAAAAAKuwBAAFHAAC9iwAAoS4CALU3AgBdeQ0AUwAAAKYAAADUCAMAJwkDAHoJAwDNCQMA+qcKAJnuDADB+gEAFPsBAGf7AQC6+wEADfwBAHsEAgBEIgkAGhoLAGxQBQC/UAUAElEFAIRSCwCZOwIA7DsCAAAAAABdeQ0AsHkNAE2MDgB1+QEAyPkBABv6AQCkcQsAVPoKAKf6CgBZsAwAMeQCANCRDgA3/AwAivwMADHkAgAi+QEAvYsAABCMAABwLgMAVMoFAKfKBQBXwgEA4H4NAFMAAAC2hQEAVMoFACNbCgAfhAsAgqkCALaFAQAJhgEAyEUDAJuEAABplgwANxEKAFT6CgABkwEAm4QAAN49AgDvJQAAg7ELAKEuAgBKEgEAIvkBACXiCwB44gsAtoUBAFTKBQAjWwoAGhoLAG0aCwAi+QEAdfkBADmtCAASGQ0AZRkNALgZDQALGg0AXhoNALEaDQAEGw0AFLULAO8lAAABRwAAI1sKAB+ECwBbNw4ArjcOAAE4DgBUOA4ApzgOAPo4DgB0bAsAIvkBAHX5AQCDsQsA1rELACmyCwAl4gsAN/wMAIr8DADd/AwAMP0MAPbCDQBJww0Aj2ACAAFHAAAjWwoAFLULADUOAgDJygYAoS4CAAFHAAAjWwoAeOILACKtAAAirQAA7ZAAAPENAABtswEA7yUAABSgDgDI+QEAG/oBAG76AQAxngwAhJ4MANeeDACDsQsA1rELACmyCwAl4gsAN/wMAIr8DADd/AwAMP0MAPbCDQBJww0Aj2ACAAFHAAAjWwoAFLULADUOAgDJygYAoS4CAAFHAAAjWwoAeOILACKtAAAirQAA7ZAAAPENAABtswEA7yUAABSgDgAqnwwAfZ8MANCfDAD+tgEAIvkBAAAAAAAi+QEAdfkBAMj5AQAb+gEAf44LANKOCwAAAAAARCIJABoaCwBtGgsAMeQCAPqnCgDKvgYAHb8GAFYgDgDI6wMA1B0AAGyVBwAx5AIAtoUBAAmGAQDvJQAAg7ELAKLIAgDY2AIAK9kCAGa6DAC5ugwADLsMALubDQAOnA0ArKkNAP+pDQBSqg0AdfkBAMj5AQAb+gEAf44LANKOCwD6pwoAuQYOAAwHDgBfBw4AbvoBAPThDAA4ggQAi4IEAGSNCgCZ7gwAN0EPAIpBDwDdQQ8AMEIPAFT6CgABkwEAl6UOAJuEAAD+tgEA1B0AAEQiCQCXIgkA6iIJAFs4AgBdeQ0A4NIBADPTAQDOsQEA/TcJAO9+CwDKvgYAjhkCAGjuDQBwLgMACYYBAM4EAgDY2AIAK9kCAGa6DAC5ugwADLsMALubDQAOnA0ArKkNAP+pDQBSqg0AOngCAI14AgDP9w0AbJUHAL+VBwCPYAIAbJUHANMbAgDJygYAOkcJAO2QAABAkQAAmuMAAKLIAgB5yQEAzMkBAAGTAQCXpQ4AAUcAACNbCgBmugwAm4QAAP62AQCWEg0AtoUBALWKAgBslQcAIvkBAHX5AQDI+QEAG/oBAG76AQAl4gsAeOILACKtAAAirQAA7ZAAAPENAABtswEA7yUAABSgDgAe3AwAcdwMAMTcDAAX3QwAat0MAF15DQCweQ0AA3oNAPbCDQBB0A0AlNANAOfQDQA60Q0AEN4MAGPeDAC23gwAIvkBACL5AQAx5AIAShIBAEoSAQCHWAUAj2ACAARhAwAi+QEAKuwBAH3sAQDQ7AEAI+0BAHbtAQDJ7QEAqxcAAO2QAAABRwAApLcBAGyVBwBTAAAAq4UIAGyVBwABRwAAm4QAAJ4oCAAi+QEAZroMALm6DAAMuwwAu5sNAMj5AQAb+gEAbvoBACXiCwB44gsAIq0AACKtAADtkAAA8Q0AAG2zAQDvJQAAFKAOAMXRAACOGQIAbqYNAO2QAABAkQAAtTcCAGa6DAC5ugwADLsMACKtAACbfQEAeckBAMzJAQABkwEAl6UOAAFHAABmugwAuboMAAy7DAAUtQsA5PQNADf1DQCK9Q0A3fUNADD2DQCD9g0A1vYNACn3DQAx5AIAAAAAAAAAAAC2hQEAm8IDAJYSDQCPYAIA7ZAAAFMAAAAIPwEAtTcCAKl0AgCyrgIA3j0CACNbCgAirQAAAAAAAHX5AQDI+QEAG/oBAH+OCwDSjgsA+qcKALkGDgAMBw4AXwcOAP62AQBRtwEApLcBAPe3AQBKuAEAnbgBAPC4AQDxDQAANBoCAKsXAAAi+QEA+qcKALkGDgAMBw4AXwcOAFn8DQDGQQcAGUIHAGxCBwC/QgcAEkMHAGVDBwC4QwcAycoGAAFHAABURwAAp0cAAKltAwAi+QEA+qcKALkGDgAMBw4AXwcOAKsXAABslQcA3wAJAAmGAQDOBAIAMeQCAPqnCgCZ7gwAzgMOACEEDgB0BA4AxwQOAPENAACbhAAAeVMGAFMAAAABkwEANQ4CAMnKBgChLgIABlACAFlQAgBAkQAAmuMAAKLIAgABRwAAcDUCAMM1AgAWNgIA2noMANp6DACQCAEA7ZAAAECRAACa4wAA0xsCACYcAgB5HAIAzBwCAB8dAgDTGwIA7yUAAI+6AQDiugEAcEkLAMNJCwAAAAAAB+oCADwoCgAMuwwAQOMMAMj5AQAb+gEAbvoBADQaAgA0GgIA7ZAAAJuEAADP9w0AIq0AAKEuAgC1NwIAoWwFAN49AgD/4QUAycoGACAzCQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BACdxAADePQIA/+EFAJvCAwDvJQAAOa0IAO2QAABslQcAbJUHALvuDQAO7w0Aq4UIAJf/DQDq/w0Au+4NAKsXAAAirQAABGEDAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAUwAAAFMAAAABkwEAoSAEACKtAACyrgIA3j0CAP/hBQDJygYAIDMJACKtAACbfQEAbqACAFs3DgAjWwoArUsBALRXCwAHWAsArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKsXAAD+FwAANyYHAAFHAAAyHQUAq8MLAEpeAgDxDQAAOYsBAO2QAACrFwAAAUcAACKtAACbfQEAbqACAM6jAwAhpAMAdKQDAMekAwAapQMAbaUDAMClAwCr7QUA/u0FAFHuBQCk7gUA9+4FAErvBQCd7wUA8O8FAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAI1sKAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQABRwAAm4QAALaFAQAJhgEA7ZAAAECRAAABkwEAm4QAAIjCAAAQjAAAoZULAEPiBwCW4gcArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKEgBAAJhgEAcC4DAFTKBQD/4QUAm4QAAJ4oCAChIAQAkFQCAJuEAADePQIA/+EFAMnKBgAgMwkA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDePQIAm4QAAJuEAADuhAAAQYUAAJSFAADnhQAAOoYAAKEuAgC1NwIA8Q0AAEQOAAA6RwkAoS4CACKtAADtkAAA7yUAAI+6AQDiugEAcEkLAMNJCwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAM4EAgA3EQoAihEKAFfCAQBslQcANQ4CACKtAAAirQAAm30BAG6gAgDOowMAIaQDAHSkAwDHpAMAGqUDAG2lAwDApQMAq+0FAP7tBQBR7gUApO4FAPfuBQBK7wUAne8FAPDvBQC2hQEAtYoCAAiLAgBbiwIArosCAAGMAgBUjAIA8Q0AADp4AgCNeAIA3j0CACNbCgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDlowsAOKQLAO2QAACtSwEAN0EPAIpBDwDdQQ8AMEIPAINCDwDWQg8AKUMPAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAOWjCwA4pAsAIq0AAJt9AQB5yQEAzMkBAAGTAQCXpQ4AAUcAAP/hBQDJygYAIDMJAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAOWjCwA4pAsA/+EFAFLiBQCl4gUA+OIFAEvjBQCe4wUA8eMFABz7CwBv+wsAwvsLABX8CwBo/AsAu/wLAA79CwDyTQEA5aMLADikCwC9iwAAEIwAAKGVCwBD4gcAluIHAOniBwA84wcAj+MHAOLjBwDfAAkAycoGAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAOWjCwA4pAsA8Q0AAPvMAwBOzQMAl6UOAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEA5aMLADikCwDI6wMAG+wDAG7sAwDB7AMAFO0DAGftAwC67QMADe4DAGDuAwCz7gMABu8DAPJNAQDlowsAOKQLAO8lAAABkwEABGEDAMXRAACOGQIABGEDAPENAAD7zAMATs0DAJelDgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAOWjCwA4pAsAkPMDAOPzAwA29AMAifQDADHkAgBURwAAW4oOAK6KDgABiw4AoS4CAKLxCADF0QAAjhkCADUOAgABkwEAIvkBAPqnCgCZ7gwAwfoBABT7AQBn+wEAuvsBAA38AQAAAAAAIvkBAEQiCQCXIgkAqXQCAOoNDAA9DgwAkA4MAOMODAAl4gsAjxMNAOITDQA1FA0AiBQNANsUDQAuFQ0AJeILAI8TDQDiEw0ANRQNAIgUDQDbFA0ALhUNAPqnCgCZ7gwAwfoBABT7AQBn+wEAuvsBAA38AQBdeQ0ATYwOABS1CwBzFw0ApwgJAL2LAACbhAAAFLULAHMXDQCnCAkAvYsAAJuEAACeKAgAIvkBAF15DQBNjA4AoIwOAPOMDgBGjQ4AmY0OAOyNDgA/jg4Ako4OAL2LAAABkwEAAZMBACL5AQAqpgsAfaYLANCmCwAjpwsAb+0NAAmGAQDOBAIAIvkBANQjCwBUygUAI1sKAHZbCgDxDQAA7ZAAAO8lAAABRwAAIvkBAGxQBQC/UAUAElEFABaPDQBpjw0AvI8NAA+QDQDOBAIA/TcJAFA4CQAi+QEAbFAFAL9QBQASUQUAFo8NAGmPDQC8jw0AD5ANAIjCAADxDQAA1B0AAGyVBwAi+QEANQ4CAARhAwAx5AIA4NIBAKCMDgBNqAoAbJUHACL5AQBZ/A0A7yUAACL5AQDUIwsAJyQLAKsXAADtkAAAQJEAACL5AQD6pwoAme4MAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQAl4gsA9sINAEnDDQDgeAIAM3kCACL5AQBmugwAMh0FAKvDCwD+wwsAUcQLAF15DQCweQ0AXXkNALB5DQADeg0AVnoNAGxQBQCyrgIAuawOAAytDgBfrQ4Asq0OAAWuDgBYrg4Aq64OAP6uDgBdeQ0AsHkNABS1CwA1DgIAycoGAIKpAgB0egkA+qcKAJnuDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAxdEAAI4ZAgBupg0AwaYNAGa6DAAPiQ4Ap0cAAPR6AwB9pgsAoS4CALU3AgCpdAIAAUcAACL5AQBsUAUAsq4CALmsDgAMrQ4AX60OAFn8DQDvJQAAIvkBAGa6DAAPiQ4Ap0cAAHX5AQCDsQsAAZMBAAGTAQBUkwEAxdEAALaFAQAJhgEAzgQCACL5AQD6pwoAme4MAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAL2LAAChLgIAb+0NAAmGAQDOBAIAIvkBAAerCwBaqwsAz/cNAGyVBwABkwEAoSAEAAmGAQDOBAIAIvkBAFn8DQDvJQAAIvkBAGa6DAAPiQ4Ap0cAAC3ADgCAwA4A08AOACbBDgB5wQ4AzMEOAB/CDgBywg4AxcIOABjDDgBrww4AvsMOABHEDgA0GgIAhxoCAIvpDQDP9w0A/hcAAHc7AQBURwAAp0cAAKltAwAi+QEA+qcKAJnuDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAWfwNAMZBBwAZQgcAbEIHAL9CBwASQwcAZUMHALhDBwDL4gsAHuMLAHHjCwDE4wsAMeQCAAAAAAAAAAAAAAAAACL5AQCEUgsALRMPAIATDwDTEw8A1CMLACckCwBZ9Q4ArPUOAP/1DgBS9g4ApfYOABS1CwCnaQcAbJUHAARhAwCbhAAAj2ACAKsXAAAi+QEAFLULAKdpBwBslQcAVPoKAKsXAAAtEw8AgBMPANMTDwDUIwsAJyQLAFn1DgCs9Q4A//UOAFL2DgCl9g4AFLULAKdpBwBslQcA8Q0AADp4AgCNeAIAnigIAPEoCADOBAIANxEKAEoSAQAi+QEA1CMLACckCwBZ9Q4ArPUOAP/1DgBS9g4ApfYOADUOAgCIDgIAxGAGAG2sAgABkwEAl6UOANQjCwAnJAsAWfUOAKz1DgD/9Q4AUvYOACEFAgAi+QEAzgQCADcRCgCKEQoAhFILAC0TDwCAEw8A0xMPANQjCwAnJAsAWfUOAKz1DgD/9Q4AUvYOAKX2DgBTAAAACD8BAFs/AQCCqQIAtoUBAGyVBwC77g0AQJEAAHRsCwA6eAIAMh0FAKvDCwDePQIAI1sKAM4EAgAEYQMAMeQCAJDzAwDj8wMANvQDAIn0AwDF0QAAtoUBAFTKBQBURwAAIvkBAPqnCgCZ7gwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEANBoCAIcaAgBmugwAg/0MAHUGDABEIgkAlyIJAECRAAAaGgsAbRoLACL5AQBU+goAp/oKAFmwDABTAAAAShIBACL5AQD6pwoAuQYOAAwHDgAAAAAAXwcOAIDHDQAWzgQAh1gFAM/3DQBslQcAIvkBAHX5AQDI+QEAG/oBAG76AQDF0QAAtoUBAFTKBQBURwAAIvkBAPqnCgCZ7gwA7O4MAD/vDACnygUAbFAFAL9QBQDufQEA0ZoLACSbCwAkmwsAfP4MAM6xAQBOUAkAoVAJAPRQCQDcrg0AL68NAFMAAAAIPwEAWz8BAB/XCwBy1wsAxdcLABjYCwAi+QEAbFAFAL9QBQCAxw0A08cNACbIDQB5yA0AzMgNAB/JDQChIAQAQxkMAJYZDACTZwYABGEDACKtAAB1rQAAwG0LABNuCwBmbgsAcEkLAMNJCwDtkAAAQJEAAJrjAACiyAIAzgQCACEFAgCbhAAAD4kOAKdHAACpbQMA/G0DABS1CwBntQsAurULAGa6DAC5ugwADLsMAEDjDADI+QEAG/oBAH+OCwDSjgsAg/0MAHUGDAAl4gsA1B0AAO2QAABmugwAD4kOAKdHAAB1+QEAFKAOAGegDgC6oA4ADaEOACXiCwD2wg0AScMNAOB4AgAzeQIAIvkBAGa6DAAyHQUAq8MLAP7DCwBEIgkAlyIJAF15DQChLgIAGhoLAG0aCwAi+QEAShIBAIdYBQCCqQIAdHoJAIOxCwChLgIAIvkBAEoSAQCdEgEAoS4CALU3AgDUIwsAJyQLAO8lAACDsQsAoS4CAEoSAQCHWAUA3j0CAP/hBQDJygYA7ZAAAJNnBgAaPQYAAUcAAP/hBQDJygYAIDMJACL5AQB1+QEAyPkBABv6AQBu+gEAdfkBAIOxCwChLgIAIvkBAGa6DACbhAAA/rYBAA+JDgCnRwAAqW0DAPxtAwBi4w0AW+QNAK7kDQAB5Q0AdfkBAMj5AQAb+gEAcDsNAMM7DQAi+QEAZroMALm6DAAMuwwAHOcCADz/AwBbTAsArkwLAAFNCwBUTQsAp00LAPpNCwBNTgsAoE4LABi9AwBrvQMAgMcNANPHDQCo0wIA+9MCAJelDgBRtwEAJXMPAHhzDwA6eAIABGEDAARhAwDAswEA+JwPADuwEABslQcAoTwAAMtzDwAedA8A+JwPAJZXDwCZSQAAQBoRADuwEABslQcAO7AQADuwEABslQcA+JwPAIGmEAA7sBAAQBoRAM4EAgAnHgAAkAgBAEAaEQCQCAEAyJcPAMiXDwBslQcAu+4NACAfAACQCAEALsMAAN57BQBmUg8AZlIPADuwEADeewUAO7AQAEuyDABIbg8Am24PAEvwDwAlcw8AeHMPALQ0EABAGhEAFAkAAPicDwBIbg8Am24PAJAIAQARag8AyYQQAByFEACqsw8AzgQCAMiXDwBZmw8ArJsPACVzDwB4cw8AaDMQAEoSAQBNjA4AyJcPAIZxDwDIlw8AIDMJAADcEABL8A8A+JwPAKROEAA7sBAAFAkAABQJAAC1gg8ACIMPAFuDDwBAGhEA8Q0AAFx3DwCvdw8AXHcPAK93DwCwvg8AQBoRAHUGDADY2AIAbJUHAEPiBwBslQcAtYIPAAiDDwA6vBAAkAgBALWCDwAIgw8AOrwQACceAAAlcw8AeHMPAD88AgAi+QEA+VkLAPicDwAx5AIAAUcAAMiXDwC1igIAbJUHAPicDwDtLwIAXHcPAK93DwDIlw8AtnYPAAl3DwBcdw8AqHEQAFx3DwCocRAA+n0QAMiXDwCShw8AroMPAAGEDwARag8AroMPAAAAAAAi+QEAtYIPAAiDDwC1gg8ACIMPALWCDwAIgw8AAngPAEvwDwA7AxEAjgMRAI0lAgC2dg8AEWoPAFx3DwCvdw8AjSUCAGyVBwAi+QEAQBoRACL5AQDaBBEAK34PAAoKEQD4nA8A+JwPAFR+BABUfgQAVH4EADHkAgCeKAgAvxEOAH9JCQC/EQ4AD5ANAA+QDQABRwAAwBMMAFt8EACS8AAA8Q0AAPENAAAcjA8AAYsOAJLwAADIlw8A8Q0AAAGLDgDIlw8AyJcPAMiXDwDIlw8AyJcPABFqDwARag8AyJcPAMiXDwDIlw8AyJcPAMiXDwDIlw8AEWoPABFqDwARag8AyJcPAMiXDwDIlw8AEWoPABFqDwDykQ8AEWoPABFqDwDIlw8AIvkBACL5AQDWlQ8AYVAMACL5AQBAGhEAoS4CAE5QCQAi+QEA8Q0AAPENAADIlw8AyJcPAAGTAQAKChEAtYIPAAiDDwAx5AIA+JwPAEAaEQDxDQAADZoPACL5AQBfrgIA1B0AAARhAwD9NwkAqxcAAGyVBwBW9wcAbJUHANSmEAD4nA8A4+sQAAoKEQDxDQAA8F4CAMXRAADF0QAAxdEAAEAaEQDF0QAA+jkCAFYgDgBAGhEA8F4CAEAaEQCJVQIAnK4QAAWgEABYoBAAL6EPAEAaEQAfBxEAcgcRADrLAgCQCAEAQBoRALToDgAUCQAAQBoRAFMAAACrFwAAu+4NAJZXDwAEYQMAF24QAFMAAACcrhAAFAkAABQJAAAUCQAAnzcQAPicDwCWVw8AOngCAARhAwAurQ8A9cEDAPepAwDAShAAzh8KAJMaEQCnaQcAEWoPAMmEEAAchRAADKcDALWCDwAIgw8AOrwQAAO/DwARag8AQBoRAFdTBQDB6w8AEWoPAMiXDwDIlw8AtYIPAAiDDwDIlw8AWZsPAKybDwBEDgAA+JwPAN+tCACXpQ4A+JwPAEdzEABHcxAA+JwPAFqIEABumA8APucDAPicDwDeewUAQBoRACL5AQCWVw8AQBoRACL5AQD4nA8ACgoRAFmbDwCsmw8AIvkBAF5SBQDoXBAATLQKAEAaEQCe4wUAQBoRAL7mCQCMzw8A+JwPAKO0DwABRwAAQBoRADp4AgCXpQ4A+JwPAIGmEACS8AAA6FwQAMHrDwAGvgoAwa4AADUOAgARag8AyYQQAByFEAC1gg8ARn8QAFqkDAAHNRAAllcPAPENAACQCAEAZL0PAMkxEAABRwAAAUcAABFqDwDJhBAAHIUQAKO0DwABRwAAAUcAAAFHAAABRwAAnGIPABfIDwBAGhEAIvkBAEAaEQAi+QEAdQYMADnPDwD4nA8AyJcPAFmbDwCsmw8A0dEPAKB4BQCWVw8AANwQAExaCwCTGhEAyJcPAJMaEQDIlw8Ayd4PABzfDwBv3w8A7ZAAAF6yDwCxsg8ABLMPAFezDwA3OhAAyd4PABzfDwBv3w8AnGIPAIPiBAARag8AyYQQAByFEACjtA8ACjsKAEAaEQA6eAIABGEDAEAaEQDoXBAAllcPAFR+BAATpgMAI1sKAMiXDwBZmw8ArJsPAIzPDwAgHwAAEWoPAMmEEAAchRAAQBoRADHkAgCjtA8AwCgJAAFHAAABRwAAKt0PAH3dDwDQ3Q8AnuMFACrdDwDIlw8AZ5IQABFqDwCTGhEAyJcPAFmbDwCTGhEAl6UOACL5AQAKChEAWZsPAKybDwD9TAYA+JwPAIGmEABAGhEAfLILAPicDwBAGhEArxAGAMiXDwARag8AkxoRAFx3DwCvdw8AbJUHAFM2EADJ3g8AHN8PAG/fDwAKChEAWZsPAKybDwAurQ8AOngCAJelDgDIlw8Ak+oLAEAaEQCXpQ4AIvkBAKFyEABslQcAgqkCAMiXDwBZmw8ArJsPAJxiDwCQCAEA+JwPAEAaEQCD/QwAllcPAHRsCwARag8AyJcPABFqDwDIlw8AyJcPAJMaEQCTGhEAkxoRAMiXDwBZmw8ArJsPAF6yDwCxsg8ABLMPADxREACjtA8A6FwQACAfAABXsw8AVr8PAMiXDwBZmw8ArJsPAAoKEQBumA8AFiARAB+7DwAWIBEAKt0PAMiXDwARag8AyYQQAByFEAARag8AyYQQAByFEABAGhEApokQAB+ECwBAGhEAl6UOAEAaEQDVhgcAllcPACL5AQDeewUAkAgBAEAaEQBAGhEAOngCAEAaEQA6eAIAQBoRADp4AgDmGhEAQBoRAEdzEACTGhEAyJcPAMiXDwBZmw8ArJsPAPicDwAAAAAAgaYQAHUGDAARag8AyYQQAByFEABRqA8AQBoRAJyuEAABRwAAs0AQAEZ/EACnaQcAtIcQAAeIEAA6vBAABGEDAMiXDwBZmw8ArJsPAPicDwD4nA8AyJcPAFmbDwCsmw8AisUIAAAAAABPExAAohMQAPUTEABW9wcAZ5IQALqSEAANkxAAQBoRAJxiDwAfhAsAzqoCAJelDgD4nA8AQBoRABduEADYpwkAnGIPAEAaEQAgMwkAS/APALWCDwAIgw8AXHcPAK93DwARag8AyYQQAByFEADIRQMA+JwPAEAaEQDApQMAyJcPAMiXDwBZmw8ArJsPAGyVBwAgHwAAyJcPAKB+EADIlw8AWZsPAKybDwCpCxEAAAAAABFqDwDJhBAAHIUQAPicDwCjtA8AllcPAPicDwD2OAkA6FwQAJZXDwDwEgEAAAAAAEAaEQDoXBAAllcPAPASAQBAIRAAEWoPAMmEEAAchRAAWogQAG6YDwBAGhEA+JwPAMiXDwBZmw8ArJsPAEAaEQAEYQMA2l4QACL5AQBNKxAAyJcPAJLwAADkxAgAAUcAAOPrEAAEYQMA3nsFAEAaEQBAkQAAR3MQAMhFAwBu6w8AIvkBACL5AQD4nA8AOrwQAF0KEQCQCAEAS/APACL5AQBoMxAAVMoFAKO0DwBu6w8ACYYBAEAhEACTIRAAbJUHAAAAAAAAAAAAAAAAAEAaEQDoXBAAAAAAAAAAAAAAAAAAaDMQAJAIAQBAGhEAnK4QAOhcEABslQcAyJcPAMHrDwDB6w8AyJcPAG6YDwDY2AIAfxERAMmEEAAchRAAo7QPAADcEAAKChEAbpgPAFR+BAARag8AZGoPAFR+BADtkAAAAUcAAPppBwBAGhEAm4QAAPppBwCTGhEAYEAQAG7rDwC1gg8ACIMPAAJ4DwCjtA8AQBoRAARhAwDIlw8AQBoRAMClAwAi+QEA+JwPAMClAwDIlw8AWZsPAKybDwA2RhAAiUYQAFR+BABUfgQAQBoRAMClAwDApQMAXlIFAKFyEACWVw8AAAAAAEAaEQBAGhEA7ZAAAKaJEAAi+QEAQBoRAKROEAAUCQAA6m4KAM4EAgDbUhAALlMQAFMAAABTAAAAnuMFAPicDwAi+QEAQBoRAEAaEQCrFwAAEWoPAMmEEAAchRAAMOgPAHyyCwAMpwMAyJcPAFmbDwCsmw8AXXkNALWCDwBGfxAA+3EQAKROEAAgMwkApE4QAKROEABslQcAqxcAALWCDwBGfxAACIMPABFqDwD4nA8ApE4QAPdOEABKTxAAANwQAFdZEACEghAAyJcPAMClAwD4nA8A5lIJALVZCQAAAAAAPjkQAJE5EAAAAAAAAAAAAMJjCQB6mgYAfLILAPicDwBAGhEAQBoRAEdzEAABRwAA+JwPAEAaEQBNjA4A+JwPAJAIAQAi+QEAyJcPAFmbDwCsmw8AQBoRACL5AQBAGhEAIvkBAEAaEQCQCAEAQWgQAJAIAQAi+QEAQBoRABQJAABBaBAAFAkAAKaJEAAgMwkAQWgQADHkAgAAAAAABGEDAOdoEAAEYQMAQBoRAKaJEADQKREA+JwPANApEQBAGhEA0CkRAMiXDwBZmw8ArJsPAEAaEQBNjA4AkAgBAJZXDwDxDQAA8Q0AAJZXDwCXpQ4ApokQADHkAgARag8AyYQQAByFEADIlw8AWZsPAKybDwAi+QEAtTcCAEAaEQAi+QEAQBoRAPicDwA7XRAAIvkBACL5AQDeewUAx3oJAADcEAD4nA8AFAkAAEAaEQBBaBAAIvkBAFx3DwCvdw8AsL4PAE2MDgBd2gsA+JwPAAFHAACCqQIAAUcAAAoKEQBZmw8ArJsPAPicDwBiexAAbJUHAARhAwAY2AsAMeQCAKDREABGfxAAiLsBACL5AQDxDQAAAAAAAHRsCwAAAAAAqHEQAMN5EAAWehAAaXoQAEAaEQAKChEAWZsPAKybDwAi+QEAFAkAAFR+BABUfgQAANwQACL5AQARag8AIvkBAPicDwAx5AIA+JwPAD1NAwCcrhAAnK4QAF15DQD4nA8AQBoRACL5AQC1gg8ACIMPAAoKEQBZmw8ArJsPAAoKEQAi+QEAbJUHAEAaEQBslQcAvHoQAF57CwAgMwkAFAkAAADcEACnfgQAq/MQAEF+AQCS8AAAQBoRAFx3DwCvdw8AM+ALAKDREAB6JAsAIvkBAM+PEAAi+QEAeiQLAICyEAB1kBAArf4LAODSAQARag8AyYQQAByFEAAi+QEAQBoRAEAaEQAKChEAOngCADp4AgAKChEACgoRAGyVBwCMfA8A33wPAKWVEADXiQ8AEWoPAMiXDwBumA8AdAUCABS1CwBtswEAroMPABFqDwDDLgMA4NIBAF5SBQCFAQkAwssGAM4EAgABRwAAR20FAGyVBwBAGhEAl6UOAIXJEABfrgIAU0UCAF+uAgBTRQIAI0ACAEy0CgCTGhEAzqoCAEAaEQAUCQAAIvkBACqKDwDUHQAAwy4DANoEEQAi+QEAQBoRAADcEAArHREAp34EAEAaEQAx5AIAMeQCADHkAgAx5AIA+JwPAPicDwBTiRAAbpgPABWGEAAUCQAAAUcAADp4AgARag8AyYQQAByFEABW9wcAyJcPANjYAgCAshAAdZAQALbXDQC1gg8ACIMPALbXDQCtpAwAtYIPAHd4EAAKChEAoH4QAEAaEQAi+QEA7yUAAO8lAADOBAIA0xsCAGZSDwCqrBAA2noMAIGmEAAi+QEAQBoRACL5AQDK7gsANpkQAFqkDAAi+QEAIvkBACL5AQDbwQwAp5MBAIOxCwBX/xAAyJcPAM4EAgBRxAsAV/8QADHkAgBX/xAAMeQCAPicDwAi+QEAIvkBAICyEAB1kBAAQBoRALWCDwAIgw8AOrwQAG0aCwAi+QEAIvkBACL5AQCwvg8AIvkBALiqEAAOnA0A8Q0AAN/kDABcdw8A+JwPABFqDwA5mAsAeiQLAKkLEQAAAAAAeiQLAJrbDQDtxhAAk9wNAEDHEABL8A8AfYMQAAoKEQBumA8AgLIQALubDQBmUg8AS/APAO3GEABL8A8AQMcQAEvwDwCAshAAdZAQAGCTEABTAAAAA50IAAFHAADDgA8A8Q0AACL5AQB6JAsAdZAQACL5AQD7cRAABlACAB7AEACjABEA9gARAARhAwBtGgsAbJUHACL5AQAi+QEAIvkBAEAaEQC95AsAveQLAL3kCwC95AsAzgQCAM4EAgDjAA4AIvkBALWCDwAIzxAAgLIQAOgCEQAi+QEAgLIQAA6cDQAi+QEAO7AQAFa4EAC1gg8AqbgQACL5AQAXwRAAasEQAC75EAC9wRAAIvkBACL5AQCAshAADpwNADuwEABWuBAAtYIPAKm4EAAi+QEAs1UNAMLYEAC1gg8ACIMPAAoKEQBumA8AIvkBAKDREAAA3BAAANwQAJLwAADegRAADtoQAISCEAAz0wEAveQLAL3kCwC95AsAveQLACL5AQAewBAANqAPAK6DDwDzhQ8AbRoLABaPDQA/PAIAtYIPAHd4EAA7sBAA+JwPABfBEAD4nA8AANwQADHkAgDaegwA2noMACL5AQB8sgsAF8EQAGrBEABslQcAbJUHAGegDgC1gg8ACIMPAHyyCwAXwRAAasEQAGyVBwBslQcAZ6AOALGrEAAErBAAtYIPAEZ/EAD6fRAAAAAAAPicDwBAGhEA+JwPANjYAgDIlw8AgLIQAKWqDQC1gg8ARn8QAOrqEACP9xAACgoRAKB+EAAx5AIACIMPADq8EAAjWwoAQBoRAK44AgBTAAAAV/8QAICyEAClqg0AAUcAAMiXDwBslQcAIvkBALWCDwAIgw8AZ6AOAAN6DQAx5AIAMeQCAM6xAQDOsQEAzrEBAM6xAQAx5AIA+JwPAM6xAQAi+QEAIvkBACL5AQAAAAAAAAAAAICyEADoAhEAtYIPAAiDDwBnoA4AwaYNAEAaEQCAshAAI1sKAEAaEQCAshAA2gQRAPicDwAi+QEAIvkBAARhAwCrFwAAbJUHAO2QAAAi+QEAHsAQAKMAEQD2ABEASQERAJwBEQDvAREAQgIRADHkAgC1gg8ARn8QAOGwEAAKChEAWZsPALZ2DwCHGgIAqqwQAIAFEQDTBREAJgYRAHkGEQAKChEAbpgPAAtEBwAKChEA+JwPAGQJEQAx5AIAl6UOAGyVBwDIlw8AANwQAJAIAQCBphAAkAgBAIGmEABcdw8AqHEQAJAIAQAi+QEAgLIQAHWQEAC1gg8ACIMPAIcaAgCQ6xAAkOsQAIcaAgARag8AEWoPABFqDwDJ3g8AEWoPABFqDwARag8AEWoPAFx3DwCocRAAEWoPAMneDwARag8AwoUQABFqDwDChRAAEWoPAMKFEABnkhAAwoUQABFqDwDChRAAEWoPAMKFEAASsQ8AwoUQABFqDwDChRAAXrIPALGyDwBbgw8AIvkBACL5AQAx5AIA+JwPAKsXAACXpQ4AroMPAPiVEACTxxAAk8cQAK6DDwABhA8AnigIAN8bEQAx5AIAMeQCAPENAADxDQAAZqUPAPicDwAz0wEAEWoPAEAaEQADeg0AFiARAAN6DQBAGhEAEWoPAJZXDwBAGhEAllcPABFqDwDJhBAAllcPAFsiEQCuIhEAEWoPADHkAgDWjhAA+JwPACL5AQAi+QEAIvkBANApEQAi+QEAIvkBACL5AQDQKREAIvkBAEQpCADQKREAQBoRAKX2DgAi+QEAIvkBANApEQD4nA8AXrIPALGyDwAEsw8AEWoPAPJNAQA7sBAAVrgQACL5AQAKChEAbpgPALWCDwAIgw8AOrwQAEF+AQB3mwsA3OwQAKvzEACXpQ4A2HYQAKhxEAD6fRAAWqQMAMiXDwCgfhAAWqQMAEAaEQCeKAgAUagPAEyKEACAshAAdZAQALWCDwBGfxAA6uoQAEAaEQCWVw8AUcQLAKsXAABAGhEAIDMJALWCDwAIgw8AOrwQAJYSDQBRqA8AGfwQALWCDwAIzxAAgLIQALubDQBAGhEA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAIAAIADAACAAAAAgAEAAIAAAACAAwAAAAAAAIABAACAAwAAgAIAAIADAACAAAAAgAMAAAAAAACAAQAAAAAAAIADAACAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIABAAAAAAAAgAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAAAAACAAwAAgAEAAAAAAACAAQAAgAAAAIABAAAAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAAAAIAAAACAAwAAgAIAAIAAAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAQAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAACAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAgAAAAACAAEAAAYAAAgAAAAAgAgHYEABAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAQAAAoIAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAACAAABAAAAAAAAAAAAAAABAAAAAgAAAABAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQABFAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAQAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAACAAEAAgYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAQAAAAIAAAAAAAAAAACABAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAIgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAIAAAAAAgABAAAGAACIAAAAAIAIB2BAgQAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAQAAAAAAAAAAABAAAAAAABAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAIAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACAAIAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAIAAAAAAACAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEQAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAABCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAIAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAABgAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAAEAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHcEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAADEAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAQAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEACAAAAAAAAgAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAABAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAACA="},"index":{"lists":[[11,12,91,93,94,95],[1,2,4,5,6,7,8,11,12,13,14,35,36,37,38,39,42,43,44,45,48,49,50,51,52,53,54,55,56,57,58,59,63,68,69,71,72,73,74,75,76,77,78,79,80,81,82,86,87,88,89,91,93,94,95,99,104,105,132,135,136,138,149,150,151,153,154,155,156,157,158,166,169,179,180,184,185,188,197,198,202,206,208,209,210,211,213,215,216,218,219,222,223,224,225,226,240],[1,2,4,5,6,7,8,11,12,13,14,35,36,37,38,39,41,42,43,44,45,48,49,50,51,52,53,54,55,56,57,58,59,63,64,68,69,71,72,73,74,75,76,77,78,79,80,81,82,85,86,87,88,89,91,93,94,95,99,104,105,111,132,135,136,138,149,150,151,153,154,155,156,157,158,166,169,179,180,181,184,185,188,197,198,202,206,208,209,210,211,213,215,216,218,219,222,223,224,225,226,229,230,231,240],[11,12,61,84,91,93,94,95,187,226,229,246],[11,12,91,93,94,95,123,124,125,232,233,234,235,236,237,238],[4,5,11,12,91,93,94,95],[11,12,60,62,91,93,94,95],[11,12,91,93,94,95,219,239],[8,11,12,73,91,93,94,95,104,105,130,131,219,224,225],[8,11,12,91,93,94,95,123,124,125],[8,11,12,59,66,71,74,78,79,91,93,94,95,115,123,124,125,126,143,157,158,160,164,172,174,180,182,183,184,185,196,203,204,205,212,240],[11,12,21,22,23,29,30,91,93,94,95,103,163,176,218],[11,12,91,93,94,95,127,252],[10,11,12,91,93,94,95],[1,8,11,12,14,91,93,94,95,123,124,125,152,165,206,210,211,240],[8,11,12,16,91,93,94,95,123,124,125,129,152,206,210,211,240],[8,11,12,38,91,93,94,95,123,124,125,152,188,206,210,211,223,240],[4,8,11,12,24,91,93,94,95,123,124,125,152,153,175,206,210,211,228,240],[0,2,7,8,9,11,12,27,28,31,32,88,91,93,94,95,123,124,125,146,152,153,159,162,188,190,206,207,210,211,214,217,220,240,241,244,247,248,251,253],[3,8,11,12,15,18,27,31,32,34,41,44,45,67,70,89,90,91,93,94,95,99,101,107,108,110,116,123,124,125,128,133,136,139,146,152,153,161,168,170,171,177,188,189,200,206,210,211,240,249,254],[8,11,12,91,93,94,95,123,124,125,152,206,210,211,240],[8,11,12,91,93,94,95,123,124,125,152,153,206,210,211,240],[8,11,12,13,91,93,94,95,123,124,125,152,206,210,211,240],[8,11,12,91,93,94,95,123,124,125,152,206,210,211,240,245],[8,11,12,87,91,93,94,95,123,124,125,152,153,206,210,211,230,240,242,243],[8,11,12,82,90,91,93,94,95,102,106,117,123,124,125,148,152,192,206,210,211,230,240],[8,11,12,17,41,91,93,94,95,101,109,123,124,125,138,139,152,167,206,210,211,240],[7,8,11,12,33,65,91,93,94,95,123,124,125,152,153,206,210,211,240],[8,11,12,17,47,91,93,94,95,123,124,125,138,152,206,210,211,240],[8,11,12,19,20,40,52,91,93,94,95,100,112,114,118,123,124,125,134,140,141,142,144,145,147,152,156,173,178,179,191,194,199,201,202,206,210,211,221,227,240],[8,11,12,14,55,91,92,93,94,95,123,124,125,152,206,210,211,240],[5,8,11,12,91,93,94,95,123,124,125,152,206,210,211,240],[8,11,12,17,91,93,94,95,123,124,125,152,206,210,211,240],[11,12,91,93,94,95,98,113,119,120,121,122,137,193,195,250],[11,12,63,91,93,94,95],[8,11,12,25,26,91,93,94,95,123,124,125,206,210,211,240],[11,12,35,91,93,94,95],[11,12,36,37,39,42,43,91,93,94,95],[11,12,46,50,51,53,91,93,94,95],[11,12,49,72,91,93,94,95],[11,12,49,91,93,94,95,96,97],[11,12,49,73,75,91,93,94,95],[11,12,49,91,93,94,95],[11,12,54,56,58,72,91,93,94,95,213],[11,12,57,91,93,94,95,155],[11,12,72,91,93,94,95,213],[11,12,73,75,81,91,93,94,95,231],[11,12,75,91,93,94,95],[11,12,80,86,91,93,94,95,213,231],[11,12,83,91,93,94,95,186],[11,12,91,93,94,95,154],[11,12,91,93,94,95,213],[11,12,91,93,94,95,231],[11,12,77,91,93,94,95,216],[11,12,77,91,93,94,95,216,226,229],[11,12,77,91,93,94,95,197,198,216],[4,5,11,12,77,91,93,94,95,216],[11,12,77,91,93,94,95,216,219],[8,11,12,73,77,91,93,94,95,104,105,216,219,224,225],[8,11,12,77,85,91,93,94,95,197,198,216],[8,11,12,59,64,68,69,71,74,76,77,78,79,91,93,94,95,157,158,169,180,181,184,185,197,198,216,240],[11,12,77,91,93,94,95,216,218],[1,6,8,11,12,14,77,91,93,94,95,197,198,206,208,209,210,211,216,222,240],[8,11,12,77,91,93,94,95,197,198,206,208,209,210,211,216,240],[8,11,12,38,77,91,93,94,95,188,197,198,206,208,209,210,211,216,223,240],[4,8,11,12,77,91,93,94,95,153,197,198,206,208,209,210,211,216,240],[2,7,8,11,12,77,88,91,93,94,95,153,188,197,198,206,208,209,210,211,215,216,240],[8,11,12,41,44,45,77,89,91,93,94,95,99,132,136,153,188,197,198,206,208,209,210,211,216,240],[8,11,12,77,91,93,94,95,166,197,198,206,208,209,210,211,216,240],[8,11,12,77,91,93,94,95,153,197,198,206,208,209,210,211,216,240],[8,11,12,13,77,91,93,94,95,111,197,198,206,208,209,210,211,216,240],[8,11,12,77,87,91,93,94,95,153,197,198,206,208,209,210,211,216,230,240],[8,11,12,77,82,91,93,94,95,197,198,206,208,209,210,211,216,230,240],[8,11,12,41,77,91,93,94,95,138,197,198,206,208,209,210,211,216,240],[7,8,11,12,77,91,93,94,95,153,197,198,206,208,209,210,211,216,240],[8,11,12,77,91,93,94,95,132,135,138,197,198,206,208,209,210,211,216,240],[8,11,12,52,77,91,93,94,95,132,156,179,197,198,202,206,208,209,210,211,216,240],[8,11,12,14,55,77,91,93,94,95,197,198,206,208,209,210,211,216,240],[5,8,11,12,77,91,93,94,95,197,198,206,208,209,210,211,216,240],[11,12,63,77,91,93,94,95,216],[8,11,12,77,91,93,94,95,197,198,206,210,211,216,240],[11,12,35,77,91,93,94,95,216],[11,12,36,37,39,42,43,77,91,93,94,95,216],[11,12,50,51,53,77,91,93,94,95,216],[11,12,48,49,72,77,91,93,94,95,216],[11,12,49,77,91,93,94,95,216],[11,12,49,73,75,77,91,93,94,95,216],[11,12,54,56,58,72,77,91,93,94,95,149,213,216],[11,12,57,77,91,93,94,95,155,216],[11,12,72,77,91,93,94,95,213,216],[11,12,73,75,77,81,91,93,94,95,151,216,231],[11,12,75,77,91,93,94,95,216],[11,12,77,80,86,91,93,94,95,213,216,231],[11,12,77,91,93,94,95,150,216],[11,12,77,91,93,94,95,151,216],[11,12,77,91,93,94,95,154,216],[11,12,77,91,93,94,95,213,216],[11,12,77,91,93,94,95,216,231]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,111,112,114,117,123],[5,6,12,13,65,67,68,69,75,117],[65,67,68,69,92],[65,67,68,69,89,90,91,107,118],[1,65,67,68,69,89,90,91,92,107],[65,67,68,69,89,90,91,107],[7,65,67,68,69,89,90,91,107,108],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,113,116],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,115,121,123],[65,67,68,69,89,90,91,107,108],[65,67,68,69,74,86,89,90,91,103,107],[2,23,65,67,68,69,73,80,89,90,91,98,107,120],[16,44,65,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,98,107],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,110],[35,65,66,67,68,69,89,90,91,107],[2,65,67,68,69,89,90,91,107],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,110],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,109],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,111,112,122],[55,65,67,68,69,108],[55,63,65,67,68,69,108],[23,26,27,55,64,65,67,68,69,72,95,97,98,108],[55,65,67,68,69,119],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,108],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,110],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,110],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,109]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---|^\\\\s{0,12}# --- Caused by: ---\\\\s*$/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[3,6,10],[6,10],[3,10],[6,7,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,3,0,0,0,0,0,0,3,0,4,0,0,5,5,5,5,5,5,5,5,5,5,0,0,0,0,3,0,0,3,3,2,6,7,3,3,3,3,3,3,3,3,3,3,3,3,3,3,8,3,3,3,3,3,3,3,0,0,0,3,0,3,3,9,3,10,9,3,3,3,3,3,3,3,3,3,3,3,3,3,11,3,3,3,3,3,3,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,3,0,4,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,3,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,3,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var CAUSED_BY = /^\s*Caused by: |^\s*---> [\w.]{1,200}(?:Exception|Error)|^\s*--- End of inner exception stack trace ---|^\s{0,12}# --- Caused by: ---\s*$/;
var DIRECT_CAUSE = /^The above exception was the direct cause of the following exception:/;
var DURING_HANDLING = /^During handling of the above exception, another exception occurred:/;
var IO_ERROR = /\b(?:OSError|IOError|FileNotFoundError|ConnectionError|ConnectionResetError|BrokenPipeError|ProtocolError|TimeoutError|timeout|gaierror|herror|SSLError|MaxRetryError|NewConnectionError|ConnectTimeout(?:Error)?|ReadTimeout(?:Error)?|RemoteDisconnected|IncompleteRead)\b/;
var TEST_TIMEOUT = /Hook timed out in \d+ ?ms|Timeout of \d+ ?ms exceeded|Exceeded timeout of \d+ ?ms|Test timed out in \d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \d/;
var FAILURE_SHAPE = /^@@ -\d{1,9}(?:,\d{1,9})? \+\d{1,9}(?:,\d{1,9})? @@|^\S{1,300} \S{1,300} differ: (?:byte|char) \d|\bcheck .{1,300} has failed\b|^\S{1,300}:\d{1,6}: error: \S|^\S{1,300}\(\d{1,6}\): (?:fatal )?error\b|\b[Ss]yntax error\b|^Found [1-9]\d{0,5} errors? in \d{1,6} files?|\bAssertion [`'"].{1,300}['"`] failed|^\*\*\* [1-9]\d{0,5} failures? (?:is|are) detected|\(signal: \d{1,2}, SIG[A-Z]{2,6}|\bsignal: (?:\d{1,2}|SIG[A-Z]{2,6})\b|\bkilled by signal\b/;
var FAILURE_SHAPE_AT_START = /^\d{1,9}(?:,\d{1,9})?[acd]\d{1,9}(?:,\d{1,9})?\s*$|^\s{0,8}[✗✘✖❌] \S|^E\s{1,40}(?:[A-Za-z_]\w{0,80}\.){0,8}[A-Z][\w$]{1,120}(?::\s.*|\s*)$|^\s{2,12}error: ['"]\S|^\s{4}\S[^\n]{0,500} thrown$|^error$|^\s{0,20}=> (?:Exception: )?[\w$.]{1,200}(?:Exception|Error|Throwable)\b/;
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
var PDO_DRIVER_FRAME = /(?:\/vendor\/doctrine\/dbal\/(?:src|lib\/Doctrine\/DBAL)|\/share\/php\/Doctrine\/DBAL)\/Driver\/PDO\/?(PgSQL|PgSql|MySQL|MySql|SQLSrv|Sqlsrv)\/Driver\.php/;
var PDO_DATABASE = { pgsql: "postgresql", mysql: "mysql", sqlsrv: "sqlserver" };
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
  /** PDO could not find a driver: the frames below may name the database whose driver it was. */
  pdoWatch;
  /** A code finding on an exception's bare class (`NoMethodError:`), whose message is the next line. */
  headlineAbove;
  /** Whether a line that matches nothing must still be shown (the classifier's fast path skips it otherwise). */
  get watching() {
    return this.closeFrameWatch !== void 0 || this.assignWatch !== void 0 || this.headlineAbove !== void 0 || this.pdoWatch !== void 0;
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
    if (this.pdoWatch) this.watchPdoDriver(line, this.pdoWatch);
  }
  /** PDO's `could not find driver`, possibly infrastructure until a frame below names the database's driver. */
  pdoDriverMissing(unit, finding) {
    if (finding.service === "" && finding.confidence === "ambiguous") this.pdoWatch = { unit, finding, until: this.log.lineNumber() + WATCH_LINES };
  }
  watchPdoDriver(line, watch) {
    if (this.log.lineNumber() > watch.until || markerOf(line)) {
      this.pdoWatch = void 0;
      return;
    }
    const found = PDO_DRIVER_FRAME.exec(line);
    const service = found ? PDO_DATABASE[(found[1] ?? "").toLowerCase()] : void 0;
    if (service === void 0) return;
    this.pdoWatch = void 0;
    recount(watch.unit, watch.finding, (f) => {
      f.confidence = "high";
      f.service = service;
      f.note = `the frame below is the ${service} driver's (${found[0]}): its PDO extension is not installed`;
    });
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
var AVA_TAP_NAME = /^\s{0,12}name: AssertionError\s*$/;
var AVA_CODE_WORDS = /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|EvalError|URIError|AggregateError|AssertionError)\b|Cannot read propert|is not a function|is not defined|is not iterable|Cannot set propert|Cannot destructure/;
var RUBY_CLASS_HEADER = /^\s{2,}(?:[A-Z]\w{0,80}::){1,8}[A-Z]\w{0,80}:\s*$/;
var RSPEC_CAUSE = /^\s{0,12}# --- Caused by: ---\s*$/;
var RUBY_CONNECTION_WRAPPER = /^\s*(?:[A-Z]\w{0,80}::){1,8}\w{0,40}(?:Connection|Connect|Socket|Network|Unavailable|Refused)\w{0,40}:\s*$/;
var AVA_TAP_WRAPPER = /^\s{0,12}message: (?:Rejected promise returned by test|Error thrown in test)\.?\s*$/;
function clientClassService(name) {
  const bare2 = name.trim().replace(/^["'`<]+|["'`>.]+$/g, "");
  if (bare2.includes("\\")) return phpClientNamespace(bare2);
  if (!bare2.includes(".")) return void 0;
  return serviceForClient("python", bare2.split(".")[0]) ?? serviceForClient("java", bare2);
}
function sameVendor(expected, actual) {
  const root = (name) => /^[\s"'`]*([A-Za-z_][\w$]{0,100})\\/.exec(name)?.[1] ?? "";
  const a = root(actual);
  return a !== "" && a === root(expected) && phpClientNamespace(`${a}\\x`) !== void 0;
}
var TAP_DEPTH_MAX = 64;
var TITLED_LOOKUP_MAX = 2e3;
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
      if (this.pending.length === 0 && this.current?.awaitingError === void 0 && !(this.current !== void 0 && this.specParents.has(this.current)) && this.header === void 0 && !this.inTraceback && this.afterTests === void 0 && this.logScope === void 0 && this.suiteTitles === void 0 && this.nameBelow === void 0 && this.detailsIndent === void 0 && !(this.current !== void 0 && this.current.file === void 0 && UNIT_FILE.has(this.current.runner)) && !this.source.watching && !this.detailsDialect?.titledDetails && this.avaNamed === void 0 && this.avaWrapper === void 0 && !interesting(lines[i])) continue;
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
    if (this.detailsDialect?.titledDetails && /^ {2}\S/.test(line) && this.openTitledDetails(line.trim())) return;
    if (this.avaNamed || this.avaWrapper) this.followAvaBlock(line);
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
      if (link === "caused-by" && RSPEC_CAUSE.test(line)) linkChain(target, "handling", (f) => RUBY_CONNECTION_WRAPPER.test(f.text));
      else if (link) linkChain(target, link, (f) => IO_ERROR.test(f.text));
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
      const finding = { ruleId: "error.unexplained", title: "An error no rule explains", kind: "unexplained", confidence: "high", service: "", line: this.lineNumber, text: clip2(text) };
      if (RUBY_CLASS_HEADER.test(text) && !marker) {
        this.header = finding;
        return;
      }
      this.record(finding);
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
  /** The listed tests whose details a titled details section has opened (dialect.ts, `titledDetails`). */
  detailed = /* @__PURE__ */ new Set();
  /**
   * A line of a titled details section that is a listed test's title (its listing line appended the
   * error's message): the first such test not yet detailed, as the runner prints details in the
   * order it listed the tests. Returns whether it opened one.
   */
  openTitledDetails(title) {
    const dialect = this.detailsDialect;
    if (this.units.size > TITLED_LOOKUP_MAX || markerOf(title)) return false;
    for (const unit of this.units.values()) {
      if (unit.runner !== dialect.id || unit.scope !== "test" || this.detailed.has(unit)) continue;
      if (unit.name !== title && !unit.name.startsWith(`${title} `)) continue;
      this.detailed.add(unit);
      this.current = unit;
      this.quiet = false;
      return true;
    }
    return false;
  }
  /** AVA's TAP names every failure `name: AssertionError` (a code finding as it stands); the line below may say it only wraps another error. */
  avaNamed;
  /**
   * AVA's wrapper of a thrown or rejected error: withdrawn when its block ends (TAP's `...`) if what
   * it wraps, under its `values:`, was a sure refusal and nothing else (no code error, no error no
   * rule reads, no code's words beside the refusal: an AggregateError or a combined message, attack 25).
   */
  avaWrapper;
  followAvaBlock(line) {
    const named = this.avaNamed;
    this.avaNamed = void 0;
    if (named !== void 0 && this.lineNumber === named.line + 1 && AVA_TAP_WRAPPER.test(line)) {
      this.avaWrapper = { unit: named.unit, finding: named.finding, refused: false, tainted: false };
      return;
    }
    const wrapper = this.avaWrapper;
    if (wrapper === void 0) return;
    if (AVA_CODE_WORDS.test(line)) wrapper.tainted = true;
    if (/^\s{0,8}\.\.\.\s*$/.test(line)) {
      if (wrapper.refused && !wrapper.tainted) uncount(wrapper.unit, wrapper.finding);
      this.avaWrapper = void 0;
    } else if (markerOf(line)) this.avaWrapper = void 0;
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
      if (this.avaWrapper?.unit === unit) {
        if (finding.kind === "infrastructure" && finding.confidence === "high" && !finding.continuing && !AVA_CODE_WORDS.test(finding.text)) this.avaWrapper.refused = true;
        else this.avaWrapper.tainted = true;
      }
      if (finding.kind === "code" && AVA_TAP_NAME.test(finding.text)) this.avaNamed = { unit, finding, line: this.lineNumber };
      if (namedByFrameBelow(finding.ruleId)) this.source.pdoDriverMissing(unit, finding);
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
    const wantsRejection = codeRule !== void 0 && REJECTION_SERVICE.has(codeRule) && ASSERTION_CONTEXT.test(line);
    const sides = codeRule && infraHere && (ASSERTED.has(codeRule.id) || wantsRejection) ? assertionSides(line) : void 0;
    const wantedAnswer = sides !== void 0 && !CONNECTING_WORDS.test(sides.expected) && (EXPECTED_ANSWER_ERROR.test(sides.expected) && sameVendor(sides.expected, sides.actual) || SERVER_ANSWER.test(sides.expected) || wantsRejection && matchRule(codeRule, sides.expected) !== void 0 && matchRule(codeRule, sides.actual) === void 0 && clientClassService(sides.expected) === REJECTION_SERVICE.get(codeRule));
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
