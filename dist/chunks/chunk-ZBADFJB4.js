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
} from "./chunk-P7ZHRVBM.js";
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
} from "./chunk-3RRIAWAH.js";
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
var DERIVED = `{"prefilter":{"key":"rules 252\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,30,31,32,41,50,52,55,56,147,212,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,409,411,412,413,414,415,416,417,420,421,422,424],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,36,56,54,55,123,50,47,49,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":8,"quiet":11657,"states":13136,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAAAKVwYABgAAABgeAgAHAAAA0gQHAAgAAACZ6AEACQAAAL2LAAAKAAAAAUcAAAsAAACTrAgADAAAAO2QAAANAAAAqxcAAA4AAADadAEADwAAACKtAAAQAAAA7yUAABEAAAAlggEAEgAAABQJAAATAAAAodsBABQAAAB7UAMAFQAAAKsJAgAWAAAAShIBABcAAABF9AEAGAAAAEoLAgAZAAAArP0BABoAAAAEFQIAGwAAAPmYAgAcAAAAqNMCAB0AAAAAAAAAHgAAAOzuDAAfAAAAkAgBACAAAAB9PwIAIQAAAAAAAAAiAAAAV8IBACMAAACS8AAAJAAAAOwtBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA8qABACkAAAB7sQEAKgAAAOIoCgArAAAA6RkMACwAAAAAAAAALQAAALvvAQAuAAAAAAAAAC8AAAAHRAIAMAAAAE/IAgAxAAAAuVkOADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAGAQCwA9AAAAwBoLAD4AAAAaBQ4APwAAAIYzDABAAAAAAAAAAEEAAAAsNAwAQgAAAAAAAABDAAAAPlUMAEQAAAAbWgwARQAAAMMmEABGAAAAC3QMAEcAAAAKgAwASAAAAByhDABJAAAAb6EMAEoAAADCoQwASwAAAOqzDABMAAAAzrcMAE0AAACF5QwATgAAAFhiDQBPAAAAq2INAFAAAAA1Zw0AUQAAABNZDgBSAAAAZlkOAFUAAACmAAAAVgAAAD/bAwBYAAAAyBsJAFkAAAAIPwEAXAAAAE2bAABeAAAAfqgJAF8AAADn+gcAZwAAAOINAgBqAAAAtdYDAHAAAAChPAAAqQAAAPkAAACzAAAAS/gCALUAAABtdAoA/AAAAGvDDgBRAQAAnwEAAKUBAADyAQAA+QEAAEUCAABNAgAAmAIAAJoCAADrAgAA9AIAAD4DAABIAwAAkQMAAJwDAADkAwAA8AMAADcEAABEBAAAigQAAJQEAADdBAAA6wQAADAFAAA/BQAAgwUAAIUFAADWBQAA4AUAACkGAAA3BgAAfAYAAIEGAADPBgAA3AYAACIHAAAqBwAAdQcAAIUHAADIBwAAygcAABsIAAApCAAAbggAAH8IAAC+ww4AyAgAABHEDgAWCQAAn6YMABwJAABnCQAAKQkAAMNQCgAtCQAAFaIMADAJAAAbFQoAbgkAALoJAAB0CQAARWIKAL8JAAANCgAAGQoAAGAKAABjCgAAswoAALsKAAAGCwAAEwsAAFkLAABeCwAArAsAALYLAAD/CwAABwwAAFIMAABeDAAApQwAAGEMAAATBwIAuAwAAPgMAAAGDQAASw0AAE4NAACeDQAAqA0AAGTEDgDzDQAAJ3EAAPQNAACRogEA9g0AAEQOAAD6DQAAI1QLAPsNAACxZwIA/A0AAJABAgD9DQAA1B0AAP4NAAAeiQwA/w0AAF16AQAADgAAqS8AAAIOAAAdLgMABQ4AAGW5AgAODgAAcrwDABEOAAAliAwASg4AAJcOAABTDgAAJzkIAJ0OAADqDgAA/g4AAD0PAABSDwAAkA8AAJgPAADjDwAA7Q8AADYQAAA7EAAAiRAAAI4QAADcEAAA5BAAAC8RAABFEQAAghEAAIQRAADVEQAA4hEAACgSAAA8EgAAexIAAIMSAADOEgAA3RIAACETAAAyEwAAdBMAAIITAADHEwAA0xMAABoUAAAnFAAAbRQAAHcUAADAFAAAwxQAABMVAAAbFQAAZhUAAGgVAAC5FQAAyhUAAAwWAAASFgAAXxYAAGsWAACyFgAAtBYAAAUXAAAMFwAAWBcAAGwXAAC3xA4ArBcAADKEDgCtFwAAECsCALAXAAD+FwAAtBcAAIzeAQC5FwAA5x0DAAAYAABXyQAAARgAACPDBwAFGAAAc9kJAAYYAABRGAAACBgAAHc7AQAJGAAAGokHAAsYAACBmQYADRgAADe3CgAPGAAAJGsGABQYAAA5MQIAFxgAAE8GBgBSGAAApBgAAFQYAADQ0AUAVxgAAPbXCgC7GAAA9xgAAA8ZAABKGQAAVRkAAJ0ZAAC2GQAA8BkAAPIZAABDGgAAXRoAAJYaAAClGgAA6RoAAO4aAAA8GwAASRsAAI8bAACfGwAA4hsAAOobAAA1HAAAQRwAAIgcAACVHAAA2xwAAOUcAAAuHQAANB0AAIEdAACVHQAACsUOANodAAAnHgAA3h0AANonDADrHQAAhucKAEIeAAB6HgAAhh4AAM0eAADTHgAAIB8AACMfAADwnAUAKB8AAHMfAAB2HwAAXL0FAHofAADGHwAAfh8AADWmBACBHwAAi4kDAMsfAAAZIAAAJSAAAGwgAABvIAAAvyAAAMcgAAASIQAAHyEAAGUhAABqIQAAuCEAAMIhAAALIgAAEyIAAF4iAABhIgAAsSIAALoiAAAEIwAABSMAAFcjAABYIwAAqiMAAK8jAAD9IwAAAyQAAFAkAABaJAAAoyQAAKskAAD2JAAA+SQAAEklAABMJQAAnCUAAK0lAABdxQ4A8SUAALOpAQD0JQAAEicLAPglAABJFg4A+yUAAEImAAD9JQAAzyEIAFomAACVJgAAmCYAAOgmAAD0JgAAOycAAEgnAACOJwAAlScAAOEnAADjJwAANCgAAD0oAACHKAAAkSgAANooAADlKAAALSkAAEkpAACAKQAAiCkAALDFDgDYKQAAJioAAC4qAAB5KgAAeioAAMwqAADOKgAAHysAACIrAAByKwAAdSsAAAPGDgDKKwAAGCwAAB4sAABrLAAAciwAAL4sAADGLAAAES0AABQtAABkLQAAbS0AALctAAC4LQAACi4AAAsuAABdLgAAbi4AALAuAAC+LgAAAy8AAA8vAABWLwAAXS8AAFbGDgCvLwAA/C8AAP4vAABPMAAAZTAAAKIwAACqMAAA9TAAAPcwAABIMQAAUTEAAJsxAAClMQAA7jEAAPkxAABBMgAATTIAAJQyAAChMgAA5zIAAPEyAAA6MwAASDMAAI0zAACcMwAA4DMAAOIzAAAzNAAAPTQAAIY0AACUNAAA2TQAAN40AAAsNQAAOTUAAH81AACHNQAA0jUAANg1AAAlNgAAMTYAAHg2AACVNgAAyzYAANQ2AAAeNwAALDcAAHE3AAB3NwAAxDcAANA3AAAXOAAAGjgAAGo4AAByOAAAvTgAAM44AAAQOQAAHjkAAGM5AAB8OQAAtjkAALc5AAAJOgAAJjoAAKnGDgBhOgAArzoAALU6AAACOwAACjsAAFU7AABeOwAAqDsAAKs7AAD7OwAABzwAAE48AABUPAAAT8cOAL08AAD0PAAA/DwAAKLHDgBKPQAAmj0AAKs9AADtPQAA9T0AAEA+AABOPgAAkz4AAJY+AADmPgAA7j4AADk/AABGPwAAjD8AAJE/AADfPwAA6T8AADJAAAA6QAAAhUAAAJFAAADYQAAA5UAAACtBAAAtQQAAfkEAAJdBAADRQQAA4kEAACRCAAAwQgAAd0IAAH5CAADKQgAA0kIAAB1DAAAiQwAAcEMAAH1DAADDQwAAy0MAABZEAAAgRAAAaUQAAHREAAC8RAAAyEQAAA9FAAAXRQAA9ccOAG5FAAC1RQAAu0UAAAhGAAAjRgAAW0YAAGdGAACuRgAAtEYAAEjIDgAGRwAA0xsCAAdHAACS1AQACEcAAIjrBgAMRwAAVEcAAA1HAAC5zwkAD0cAAPtrBQAVRwAA5yQCAFpHAACQAA4AYEcAAKdHAACtRwAAIF0DAK9HAACbyA4ABkgAAE1IAABTSAAAoEgAALtIAADzSAAA/0gAAEZJAABMSQAAmUkAAKFJAADsSQAA8kkAAD9KAABLSgAAkkoAAK9KAADlSgAA7koAADhLAABESwAAi0sAAI5LAADeSwAA6EsAADFMAAA9TAAAhEwAAItMAADXTAAA30wAACpNAAArTQAA/14AAC1NAAB9TQAAjE0AANBNAADWTQAAI04AACVOAAB2TgAAjE4AAMlOAADnTgAAHE8AADVPAABvTwAAcU8AAMJPAADFTwAAFVAAACFQAABoUAAAb1AAALtQAADDUAAADlEAABBRAABhUQAAalEAALRRAAC+UQAAB1IAABJSAABaUgAAZlIAAK1SAAC6UgAAAFMAAApTAABTUwAAYVMAAKZTAAC1UwAA+VMAAPtTAABMVAAAVlQAAJ9UAACtVAAA8lQAAPdUAABFVQAAUlUAAJhVAACtVQAA61UAAPNVAAA+VgAAV1YAAJFWAACaVgAA5FYAAO5WAAA3VwAAP1cAAIpXAACXVwAA3VcAAOJXAAAwWAAAOFgAAINYAACEWAAA1lgAANhYAAApWQAALFkAAHxZAAB/WQAA7sgOANRZAAAiWgAAKFoAAHVaAAB8WgAAyFoAANBaAAAbWwAAH1sAAG5bAABwWwAAwVsAAMRbAAAUXAAAHFwAAGdcAABoXAAAulwAAMBcAAANXQAAEl0AAGBdAAB7XQAAs10AAMFdAAAGXgAADV4AAFleAABlXgAArF4AALNeAABByQ4AAV8AAFJfAABVXwAApV8AAKhfAACUyQ4A/V8AAEtgAABRYAAAnmAAAKVgAADxYAAAD2EAAERhAABdYQAAl2EAAJlhAADqYQAA7WEAAD1iAABJYgAAkGIAAJdiAADjYgAA62IAADZjAAA4YwAAiWMAAJJjAADcYwAA5mMAAC9kAAA6ZAAAgmQAAI5kAADVZAAA4mQAAChlAAAyZQAAe2UAAIllAADOZQAA3WUAACFmAAAjZgAAdGYAAH5mAADHZgAA1WYAABpnAAAfZwAAbWcAAHpnAADAZwAA1WcAABNoAAAbaAAAZmgAAH9oAAC5aAAAwmgAAAxpAAAWaQAAX2kAAGdpAACyaQAAv2kAAAVqAAAKagAAWGoAAGBqAACragAArGoAAP5qAAAAawAAUWsAAFRrAACkawAAp2sAAOfJDgD8awAASmwAAFBsAACdbAAApGwAAPBsAAD4bAAAQ20AAEdtAACWbQAAmG0AAOltAADsbQAAPG4AAERuAACPbgAAkG4AAOJuAADobgAANW8AADpvAACIbwAAo28AANtvAADpbwAALnAAADVwAACBcAAAjXAAANRwAADbcAAAOsoOACpxAAB6cQAAi3EAAM1xAADVcQAA34sBAOlxAAAgcgAAKHIAAI3KDgCCcgAAxnIAAMxyAAAZcwAAG3MAAGxzAACCcwAAv3MAAN1zAAASdAAAFXQAAGV0AABxdAAAuHQAAL50AAALdQAAJnUAAF51AABqdQAAsXUAALd1AAAEdgAAInYAAFd2AABndgAAqnYAALh2AAD9dgAAA3cAAFB3AABTdwAAo3cAAK13AAD2dwAAFHgAAEl4AABfeAAAnHgAAKh4AADveAAA8ngAAEJ5AABFeQAAlXkAAJd5AADoeQAA/3kAADt6AABHegAAjnoAAKp6AADhegAA6XoAAODKDgBFewAAh3sAAJV7AADaewAA5nsAAC18AAA6fAAAgHwAAIp8AADTfAAA23wAACZ9AAAnfQAAeX0AAHt9AADMfQAAz30AAB9+AAAifgAAM8sOAHd+AADFfgAAy34AABh/AAAffwAAa38AAHN/AAC+fwAA1H8AABGAAAAagAAAZIAAAGeAAAC3gAAAwYAAAAqBAAASgQAAXYEAAHaBAACwgQAAvIEAAAOCAAALggAAhssOAF6CAACpggAArIIAAPyCAAAGgwAAT4MAAFWDAACigwAAsIMAAPWDAAAChAAASIQAAF+EAADZyw4AnIQAAIuWDQCehAAAIqYBAKGEAAAGUAIAooQAAETdBgCjhAAA57UFAKSEAACIwgAApYQAAFUtAgCohAAAXm0NAKqEAADuhAAArIQAANqdBwCxhAAAut8FALKEAAD4CwwA+IQAAD19CAD9hAAAQYUAAE2FAACUhQAAlYUAAP+cAwCXhQAA54UAAOqFAAA6hgAAQYYAAIaAAQBChgAAjYYAAFKGAAD8KAEAlIYAAOCGAADshgAAM4cAAECHAACGhwAAlIcAANmHAADlhwAALIgAADOIAAB/iAAAh4gAANKIAADiiAAAJYkAACqJAAB4iQAAfokAAMuJAADTiQAAHooAACeKAABxigAAdIoAAMSKAADQigAAF4sAAB2LAAAszA4AiYsAAH/MDgDKiwAAEIwAABKMAAA3/QAAE4wAAL5xAgAXjAAA5JsCABuMAABZEQsAHIwAAELFAQAfjAAAMAsLACmMAAA3SQIAMIwAAGOMAABwjAAAtowAALuMAAAJjQAADY0AAFyNAABpjQAAr40AALeNAAACjgAAuo0AAPm6CQAJjgAAVY4AABGOAADbWgMAV44AAKiOAACyjgAA+44AAP2OAABOjwAAZ48AAKGPAACjjwAA9I8AAPePAABHkAAAU5AAAJqQAACikAAA0swOAPOQAABAkQAA9ZAAAOWAEAD8kAAA1PMFAP6QAAALSwYAAJEAAK1LAQAJkQAAafALAEaRAACa4wAAWJEAAJORAACVkQAA5pEAAKCRAAAApgAArJEAALyXAAD1kQAAOZIAAEiSAACMkgAAmJIAAN+SAADikgAAMpMAADWTAACFkwAAnZMAANiTAADfkwAAK5QAADeUAAB+lAAAi5QAANGUAADflAAAJJUAADCVAAB3lQAAfpUAAMqVAADilQAAHZYAACmWAABwlgAAdpYAAMOWAADJlgAAFpcAABuXAABplwAAb5cAAHjNDgC+lwAAD5gAABaYAABimAAAepgAALWYAAC8mAAACJkAACGZAABbmQAAc5kAAK6ZAAC6mQAAAZoAAAeaAABUmgAAWpoAAKeaAACsmgAA+poAAACbAADLzQ4AZpsAAKCbAACxmwAA85sAAAGcAABGnAAAVZwAAJmcAAChnAAA7JwAAAydAAA/nQAAS50AAJKdAACmnQAA5Z0AAO2dAAA4ngAAPp4AAIueAACXngAA3p4AAOieAAAxnwAAN58AAISfAACSnwAA158AAOOfAAAqoAAARaAAAH2gAAB/oAAA0KAAAOGgAAAjoQAAK6EAAHahAACEoQAAyaEAAMyhAAAcogAAJKIAAG+iAAB8ogAAwqIAAMeiAAAVowAAH6MAAGijAABwowAAu6MAAL2jAAAOpAAAH6QAAGGkAABypAAAtKQAALmkAAAHpQAAC6UAAFqlAABmpQAAraUAALSlAAAezg4ABaYAAFOmAABdpgAApqYAAL6mAAD5pgAA/KYAAEynAABVpwAAn6cAAKCnAADypwAA86cAAEWoAABKqAAAmKgAAJ6oAADrqAAA9agAAD6pAABKqQAAkakAAJipAADkqQAA/KkAADeqAAA5qgAAiqoAAJOqAADdqgAA56oAADCrAAA7qwAAg6sAAJurAADWqwAA7KsAACmsAAAurAAAfKwAAIOsAADPrAAA26wAAHHODgAkrQAAKZ4CACetAACduAEAK60AAFvJBQAtrQAAf1cHADOtAAB1rQAAd60AAMBZAgCDrQAAyK0AANStAAAbrgAA160AAMHQBwAorgAAbq4AAHiuAADBrgAAwq4AAKJ0DgDJrgAAFK8AABuvAABnrwAAL68AAPOUAQBsrwAAuq8AAMavAAANsAAAELAAAGCwAABosAAAs7AAAMCwAAAGsQAAC7EAAFmxAABjsQAArLEAALSxAAD/sQAAArIAAFKyAABbsgAApbIAAKayAAD4sgAA+bIAAEuzAABQswAAnrMAAKSzAADxswAA+7MAAES0AABMtAAAl7QAAJm0AADqtAAA87QAAD21AABHtQAAkLUAAJu1AADjtQAA77UAADa2AABDtgAAibYAAJO2AADctgAA6rYAAC+3AAA+twAAgrcAAIS3AADVtwAA37cAACi4AAA2uAAAe7gAAIC4AADOuAAA27gAACG5AAApuQAAdLkAAHW5AADHuQAAzbkAABq6AAAfugAAbboAAHe6AADAugAAxboAABO7AAAiuwAAZrsAAGu7AAC5uwAAyrsAAAy8AAAUvAAAX7wAAGW8AACyvAAAvrwAAAW9AAAivQAAWL0AAGG9AACrvQAAt70AAP69AAABvgAAUb4AAFu+AACkvgAAsL4AAPe+AAD+vgAASr8AAFK/AACdvwAAtr8AAPC/AAAEwAAAQ8AAAEvAAACWwAAAmcAAAOnAAAD1wAAAPMEAAELBAACPwQAAqsEAAOLBAADuwQAANcIAADvCAADEzg4AksIAANvCAADmwgAALsMAADbDAABd1AAAOsMAAIHDAACOwwAA1MMAAN7DAAAnxAAANcQAAHrEAACJxAAAzcQAAM/EAAAgxQAAKsUAAHPFAACBxQAAxsUAAMvFAAAZxgAAJsYAAGzGAAB0xgAAv8YAAMDGAAASxwAAw8YAAFhjAQDPxgAATogBACPHAABlxwAAbscAALjHAADPxwAAC8gAABnIAABeyAAAa8gAALHIAAC5yAAABMkAACPJAAAXzw4AYMkAAKrJAAC0yQAA/ckAAAjKAABqzw4AUsoAAKPKAACsygAA9soAAADLAABJywAAVMsAAJzLAACoywAA78sAAPzLAABCzAAATMwAAJXMAACjzAAA6MwAAPfMAAA7zQAAPc0AAI7NAACYzQAA4c0AAO/NAAA0zgAAOc4AAIfOAACUzgAA2s4AAOLOAAAtzwAAM88AAIDPAACMzwAA088AAPDPAAAm0AAAL9AAAHnQAACH0AAAzNAAANLQAAAf0QAAK9EAAHLRAAB50QAAvc8OAMfRAAAFCQIAy9EAABjSAAAd0gAAa9IAACbSAAAUQAQAeNIAAL7SAADV0gAAEdMAABLTAABk0wAAZtMAALfTAAC60wAACtQAAA3UAAAQ0A4AftQAALDUAACx1AAAA9UAAAXVAABW1QAAWdUAAKnVAACs1QAAY9AOAAHWAABP1gAAVdYAAKLWAACp1gAA9dYAABfXAABI1wAAUNcAAJvXAACq1wAA7tcAAPDXAABB2AAAUtgAAJTYAACl2AAA59gAAPPYAAA62QAAQdkAAI3ZAACV2QAA4NkAAOTZAAAz2gAAQdoAAIbaAACQ2gAA2doAAOTaAAAs2wAAMdsAAH/bAACI2wAA0tsAANzbAAAl3AAALdwAAHjcAAB63AAAy9wAANjcAAAe3QAAMt0AAHHdAAB53QAAxN0AAMXdAAAX3gAAGd4AAGreAABt3gAAvd4AAMDeAAC20A4AFd8AAGPfAABp3wAAtt8AAL3fAAAJ4AAAEeAAAFzgAABr4AAAr+AAALTgAAAC4QAAD+EAAFXhAABl4QAAqOEAALbhAAD74QAAEuIAAE7iAABX4gAAoeIAAKfiAAD04gAAAOMAAEfjAABO4wAACdEOAJ/jAAAZuAIAouMAAO3jAACn4wAAJAMJAPzjAABA5AAAUeQAAJPkAACh5AAA5uQAAPLkAAA55QAARuUAAIzlAACW5QAA3+UAAOflAAAy5gAANeYAAIXmAACR5gAA2OYAAOXmAAAr5wAANecAAH7nAACG5wAA0ecAANPnAAAk6AAALegAAHfoAACB6AAAyugAANXoAAAd6QAAMukAAHDpAAB46QAAw+kAANzpAAAW6gAAH+oAAGnqAABz6gAAvOoAAMTqAAAP6wAAHOsAAGLrAABn6wAAtesAAL3rAAAI7AAACewAAFvsAABd7AAAruwAALHsAAAB7QAABO0AAFzRDgBZ7QAAp+0AAK3tAAD67QAAAe4AAE3uAABV7gAAoO4AAK7uAADz7gAA9u4AAEbvAABO7wAAme8AAJzvAADs7wAA+O8AAD/wAABJ8AAAr9EOAJPwAAB5fAwAlPAAAOXwAACV8AAA4S0LAJzwAAC+fgwAnfAAANSnBACh8AAAkfUBAKLwAABP4woAtvAAAK/ZAQDu8AAAOPEAAELxAACL8QAAlvEAAN7xAADq8QAAMfIAAD7yAACE8gAAjvIAANfyAADl8gAAKvMAADnzAAB98wAAf/MAANDzAADa8wAAI/QAADH0AAB29AAAe/QAAMn0AADW9AAAHPUAACz1AABv9QAAcfUAAML1AADQ9QAAFfYAACb2AAAC0g4Ab/YAAFXSDgDD9gAAqNIOABf3AABh9wAAa/cAALT3AAC/9wAAB/gAABP4AABa+AAAZ/gAAK34AAC3+AAAAPkAAA75AABT+QAAYvkAAKb5AACo+QAA+fkAAAP6AABM+gAAWvoAAJ/6AACk+gAA8voAAP/6AABF+wAATfsAAJj7AACo+wAA6/sAAO37AAA+/AAATPwAAJH8AACi/AAA+9IOAOv8AABO0w4AUP0AAIr9AACb/QAA3f0AAOn9AAAw/gAAOP4AAKHTDgCI/gAA1v4AAN7+AAAp/wAAK/8AAHz/AAAu/wAAitMGADj/AAA9mQQAhf8AAM//AACL/wAACU4JANn/AAAiAAEALQABAHUAAQCBAAEAyAABANUAAQAbAQEAJQEBAG4BAQB8AQEAwQEBANABAQAUAgEAFgIBAGcCAQBxAgEAugIBAMYCAQANAwEAFQMBAPTTDgBjAwEAswMBAMEDAQAGBAEAEwQBAFkEAQBwBAEArAQBALQEAQD/BAEAFQUBAFIFAQBeBQEApQUBALQFAQD4BQEAAwYBAEsGAQBNBgEAngYBAKsGAQDxBgEA/wYBAEQHAQBHBwEAlwcBAK0HAQDqBwEA8gcBAD0IAQBPCAEAR9QOAJ0IAQCeuQsAnwgBAOMIAQDoCAEANgkBAD0JAQCJCQEAlQkBANwJAQDpCQEALwoBADEKAQCCCgEAmAoBANUKAQDhCgEAKAsBAEcLAQB7CwEAlwsBAM4LAQDWCwEAmtQOACMMAQB0DAEAfQwBAMcMAQDRDAEAGg0BACUNAQBtDQEAeQ0BAMANAQDNDQEAEw4BAB0OAQBmDgEAdA4BALkOAQDIDgEADA8BAA4PAQBfDwEAaQ8BALIPAQDADwEABRABAAoQAQBYEAEAZRABAKsQAQC7EAEA/hABAAARAQBREQEAXxEBAKQRAQC1EQEA7dQOAP4RAQBA1Q4ATBIBAPjpBABPEgEAnRIBAFMSAQAnvQEAVhIBADIPBwBYEgEAOJcBAF4SAQDZawQApBIBAKMxCgCqEgEA8BIBAAcTAQBDEwEASBMBAJYTAQCZEwEA6RMBAKATAQC4pAUAshMBABivBQDuEwEAlakFAPUTAQA8FAEAQhQBADsgAQBLFAEAjxQBAJgUAQDiFAEA6BQBADUVAQBDFQEAiBUBAJIVAQDbFQEA7xUBAC4WAQA6FgEAgRYBAJQWAQDUFgEA4xYBACcXAQAzFwEAehcBAHsXAQDNFwEA1xcBACAYAQAuGAEAcxgBAHgYAQDGGAEA0xgBAObVDgAsGQEAbBkBAHsZAQC/GQEAyxkBABIaAQATGgEAZRoBAG8aAQC4GgEAxhoBAAsbAQAQGwEAXhsBAGsbAQDf1g4AsxsBAAQcAQANHAEAVxwBAGEcAQCqHAEAtRwBAP0cAQAJHQEAUB0BAF0dAQCjHQEArR0BAPYdAQAEHgEASR4BAFgeAQCcHgEAnh4BAO8eAQD5HgEAQh8BAFAfAQCVHwEAoh8BAOgfAQD/HwEAMtcOAFYgAQCOIAEAmiABAOEgAQDnIAEANCEBAEAhAQCHIQEAjSEBANohAQDgIQEALSIBADIiAQCAIgEAhiIBAIXXDgDcIgEAJiMBADAjAQB5IwEAhCMBAMwjAQDYIwEAHyQBACwkAQByJAEAfCQBAMUkAQDTJAEAGCUBACclAQBrJQEAbSUBAL4lAQDIJQEAESYBAB8mAQBkJgEAaSYBALcmAQDEJgEACicBABInAQBdJwEAbScBALAnAQCyJwEAAygBABEoAQBWKAEAZygBAH7YDgCwKAEA0dgOAAIpAQBPKQEAWykBAKIpAQCyKQEA9SkBAP4pAQBIKgEASyoBAJsqAQCnKgEA7ioBAPUqAQBBKwEASSsBAJQrAQCyKwEA5ysBAO8rAQA6LAEASywBAI0sAQCSLAEA4CwBAPcsAQAzLQEAQS0BAIYtAQCTLQEA2S0BAOEtAQAsLgEAMC4BAH8uAQCBLgEA0i4BANUuAQAlLwEALS8BAHgvAQB+LwEAyy8BANcvAQAeMAEALjABAHEwAQB6MAEAxDABAMcwAQAXMQEAIzEBAGoxAQBxMQEAJNkOAMYxAQAQMgEAEzIBAGMyAQBxMgEAtjIBAMMyAQAJMwEAIDMBAFwzAQBkMwEArzMBALEzAQACNAEACzQBAFU0AQBfNAEAqDQBALM0AQD7NAEABzUBAE41AQBbNQEAoTUBAKs1AQD0NQEAAjYBAEc2AQBWNgEAmjYBAJw2AQDtNgEA9zYBAEA3AQBONwEAkzcBAJg3AQDmNwEA8zcBADk4AQBBOAEAjDgBAKI4AQDfOAEA6zgBADI5AQBBOQEAhTkBAJA5AQDYOQEA2jkBACs6AQA4OgEAfjoBAIw6AQDROgEA1DoBACQ7AQA6OwEAd9kOAH87AQDx/wEAhTsBAOFsAgCPOwEAyjsBAMw7AQAdPAEALjwBAHA8AQCBPAEAwzwBAMg8AQAWPQEAGj0BAGk9AQB1PQEAvD0BAMM9AQAPPgEAFz4BAGI+AQCAPgEAtT4BAL0+AQDK2Q4ADT8BAFs/AQBcPwEA2JIMAGo/AQCuTAsAdD8BAK4/AQCwPwEAAUABABpAAQBUQAEAZUABAKdAAQCzQAEA+kABAPxAAQBNQQEAVkEBAKBBAQBcQQEAI0cBAKpBAQDzQQEA/kEBAEZCAQBSQgEAmUIBAKZCAQDsQgEA9kIBAD9DAQBNQwEAkkMBAKFDAQDlQwEA50MBADhEAQBCRAEAi0QBAJlEAQDeRAEA40QBADFFAQA+RQEAhEUBAJBFAQDXRQEA3UUBACpGAQAwRgEAfUYBAIJGAQDQRgEA1kYBAB3aDgAyRwEAdkcBAIJHAQDJRwEAzEcBABxIAQAfSAEAb0gBAHZIAQDCSAEAzkgBABVJAQAiSQEAaEkBAHZJAQC7SQEAx0kBAA5KAQAVSgEAcNoOAGdKAQC0SgEAukoBAAdLAQAMSwEAWksBAGBLAQDD2g4ArksBADjqAQC3SwEAQ80KALlLAQA8sg4Au0sBAJlPCwC8SwEAAEwBAAxMAQBTTAEAVEwBAKZMAQBfTAEAKV8LALBMAQD5TAEAB00BAExNAQBRTQEAn00BAKxNAQAW2w4A9E0BAHQZCwAATgEAIg0LABVOAQBp2w4Aa04BAJhOAQC/TgEA604BAA9PAQA+TwEARk8BALzbDgCdTwEA5E8BAOZPAQA3UAEAOlABAIpQAQCPUAEA3VABAOpQAQAwUQEATFEBAINRAQCLUQEAD9wOAN9RAQApUgEA41EBAONbAQAsUgEAfFIBAIhSAQDPUgEA1VIBACJTAQAvUwEAdVMBAHdTAQDIUwEA3lMBABtUAQAnVAEAblQBAHZUAQBi3A4Ax1QBABRVAQAcVQEAZ1UBAGhVAQC6VQEAvFUBAA1WAQAQVgEAYFYBAGNWAQC13A4AuFYBAAZXAQAMVwEAWVcBAGBXAQCsVwEAtFcBAP9XAQAMWAEAUlgBAFdYAQClWAEAr1gBAPhYAQAAWQEAS1kBAE1ZAQCeWQEAr1kBAPFZAQACWgEARFoBAElaAQCXWgEAm1oBAOpaAQD2WgEAPVsBAERbAQCQWwEAolsBAAjdDgDoWwEANlwBAD5cAQCJXAEAi1wBANxcAQDrXAEAL10BAD5dAQCCXQEAjl0BANVdAQDYXQEAKF4BACteAQB7XgEAg14BAM5eAQDYXgEAIV8BACZfAQB0XwEAfF8BAMdfAQDRXwEAGmABACVgAQBtYAEAe2ABAMBgAQDDYAEAE2EBABthAQBmYQEAgWEBALlhAQDEYQEADGIBABFiAQBfYgEAYmIBALJiAQC8YgEABWMBABdjAQBb3Q4AZmMBAKtjAQC1YwEA/mMBAAlkAQBRZAEAWWQBAKRkAQCqZAEA92QBAPlkAQBKZQEAY2UBAJ1lAQC2ZQEA8GUBAP5lAQBDZgEATWYBAJZmAQCsZgEA6WYBAAZnAQA8ZwEARGcBAI9nAQCfZwEA4mcBAORnAQA1aAEAQ2gBAIhoAQCZaAEArt0OAOJoAQAB3g4AL2kBAIFpAQCSaQEA1GkBAOBpAQAnagEAKWoBAHpqAQB9agEAzWoBANlqAQAgawEAKGsBAKfeDgB+awEAxmsBANJrAQAZbAEAKGwBAGxsAQCMbAEAv2wBAMdsAQASbQEAJm0BAGVtAQBqbQEAuG0BAMFtAQALbgEAEW4BAF5uAQBmbgEAsW4BAMBuAQAEbwEACW8BAFdvAQBkbwEAqm8BALdvAQD9bwEACXABAFBwAQBfcAEAo3ABAK1wAQD2cAEABHEBAElxAQBOcQEAnHEBAKlxAQDvcQEA93EBAEJyAQBFcgEAlXIBAKFyAQDocgEA8nIBADtzAQBFcwEAjnMBAJxzAQDhcwEA7nMBADR0AQBLdAEAh3QBAIp0AQD63g4A3XQBABKyAwDkdAEAUFQFAOd0AQAtdQEA6nQBANKOCwDrdAEALHoCAPB0AQDoCgQANHUBAMJBAgA3dQEAPzUDADx1AQDcWw0ASHUBAIB1AQCCdQEA03UBAOR1AQAmdgEANHYBAHl2AQCAdgEAzHYBAM52AQAfdwEA0XYBAJ1eAgDUdgEAW5IBAC53AQBydwEAgXcBAMV3AQDRdwEAGHgBABt4AQBreAEAbngBAL54AQDeeAEAEXkBAB15AQBkeQEAeHkBALd5AQDFeQEACnoBABF6AQBN3w4AdHoBALB6AQCyegEAXO0KALN6AQBj7AoAvXoBAAN7AQAFewEAVnsBAGB7AQCpewEAZ3sBAO3wCgCyewEA/HsBAAJ8AQBPfAEAW3wBAKJ8AQCpfAEA9XwBAPp8AQBIfQEAVH0BAJt9AQCefQEA7n0BAPt9AQBBfgEARn4BAJR+AQCefgEA534BAP1+AQA6fwEAPH8BAI1/AQCXfwEA4H8BAO9/AQAzgAEAPoABAKDfDgCSgAEA2YABAOaAAQAsgQEAOoEBAH+BAQCLgQEA0oEBANmBAQDz3w4AKoIBAHiCAQAxggEAzBsOADOCAQAYEAQAeoIBAO17AwB9ggEAa+YJAI+CAQDLggEA2YIBAB6DAQArgwEAcYMBAHmDAQDEgwEAzoMBAADPBgDUgwEAF4QBABmEAQBqhAEAeIQBAL2EAQDOhAEARuAOABeFAQCZ4A4AaIUBALaFAQC8hQEACYYBABGGAQBchgEAZYYBAK+GAQCyhgEAAocBAA6HAQBVhwEAW4cBAKiHAQCwhwEA+4cBABqIAQA/4Q4AUIgBAKGIAQCviAEA9IgBAAWJAQCS4Q4ATokBAOXhDgCfiQEA7YkBAPOJAQBAigEASIoBAJOKAQCcigEA5ooBAOmKAQA5iwEARYsBAIyLAQCSiwEAi+IOAOGLAQAyjAEAO4wBAIWMAQCPjAEA2IwBAOOMAQArjQEAN40BAH6NAQCLjQEA0Y0BANuNAQAkjgEAMo4BAHeOAQCGjgEAyo4BAMyOAQAdjwEAJ48BAHCPAQB+jwEAw48BAMiPAQAWkAEAI5ABAGmQAQBxkAEAvJABAMyQAQAPkQEAEZEBAGKRAQBwkQEAtZEBAMaRAQDe4g4AD5IBADHjDgBkkgEArpIBALGSAQABkwEADZMBAFSTAQBakwEAp5MBALSTAQD6kwEA/JMBAE2UAQBjlAEAoJQBAKyUAQCE4w4A/5QBAEaVAQBMlQEAmZUBAJyVAQDslQEA+pUBAD+WAQBElgEAkpYBAJ+WAQDllgEA7ZYBANfjDgBFlwEAi5cBAJmXAQDelwEA9JcBADGYAQA6mAEAhJgBAJqYAQDXmAEA35gBACqZAQAtmQEAfZkBAIaZAQDQmQEA0ZkBACOaAQAkmgEAdpoBAHuaAQDJmgEAz5oBABybAQAmmwEAb5sBAHubAQDCmwEAyZsBABWcAQAdnAEAaJwBAGqcAQC7nAEAvJwBAA6dAQAcnQEAYZ0BAGmdAQC0nQEAz50BAAeeAQATngEAWp4BAGCeAQCtngEAsJ4BAACfAQAOnwEAU58BAFifAQCmnwEAs58BAPmfAQABoAEATKABAFqgAQCfoAEAoqABACrkDgD1oAEARaEBAPagAQDH1AgA/qABAOTECAAAoQEAHyMNAAWhAQDrTQ0ASKEBAJihAQCpoQEA66EBAAeiAQA+ogEARqIBAH3kDgCiogEA5KIBAOyiAQA3owEAPaMBAIqjAQCPowEA3aMBAOajAQAwpAEAOqQBAIOkAQCRpAEA1qQBAOOkAQAppQEANaUBAHylAQB/pQEAz6UBAOulAQDQ5A4AJaYBAHWmAQA2pgEA4/MDAIGmAQDIpgEAzqYBABunAQAlpwEAI+UOAHOnAQDBpwEAzqcBABSoAQAcqAEAmOwOACCoAQBnqAEAJKgBAOOuAQAwqAEAFvALAG2oAQC6qAEAwKgBAA2pAQASqQEAYKkBAGapAQB25Q4AvakBAFXuCgDBqQEABqoBABeqAQDJ5Q4AYKoBABzmDgC0qgEAb+YOAA2rAQBSqwEAWasBAKWrAQCtqwEA+KsBAAWsAQBLrAEAUKwBAJ6sAQCorAEA8awBAPmsAQBErQEASq0BAJetAQCZrQEA6q0BAPitAQA9rgEAQK4BAJCuAQCcrgEAwuYOAOWuAQA2rwEARK8BAImvAQCarwEAFecOAOOvAQBo5w4ANbABAIKwAQCIsAEA1bABANqwAQAosQEALrEBALvnDgB9sQEAzrEBAISxAQBv9AwAh7EBAOYbBQDpsQEAIbIBACOyAQB0sgEAjrIBAMeyAQDUsgEAq9gIANiyAQAaswEAHLMBAG2zAQB6swEAwLMBANezAQATtAEALbQBAGa0AQBotAEAubQBAGy0AQBh/QsAvLQBAAy1AQAPtQEAX7UBAGu1AQCytQEAuLUBAAW2AQAPtgEADugOAF22AQCrtgEAuLYBAP62AQAKtwEAUbcBAFe3AQCktwEAqrcBAPe3AQD8twEASrgBAFC4AQBh6A4ApLgBAOB+DQCmuAEA96kDAKq4AQDljwIArrgBAKMjDACzuAEA8LgBAPG4AQBDuQEABrkBAMKGBABFuQEAlrkBAFG5AQAfwwIAnLkBAOm5AQD3uQEAPLoBAD+6AQCPugEAlLoBAOK6AQDvugEANbsBAEW7AQCIuwEAirsBANu7AQDpuwEALrwBAD+8AQC06A4Ah7wBANS8AQDgvAEAB+kOADi9AQB6vQEAhL0BAM29AQDbvQEAIL4BACG+AQBzvgEAhL4BAMa+AQDSvgEAGb8BACm/AQBsvwEAbr8BAL+/AQDNvwEAEsABACPAAQBa6Q4Aa8ABALjAAQDEwAEArekOABHBAQBewQEAZMEBALHBAQC2wQEABMIBAArCAQBT6g4AX8IBAKrCAQC0wgEAAT8NAMPCAQD9wgEABsMBAFDDAQBawwEAo8MBAKvDAQD2wwEA+sMBAEnEAQBLxAEAnMQBAJ/EAQDvxAEAC8UBAKbqDgBVxQEAlcUBAJbFAQDoxQEA9MUBADvGAQBKxgEAjsYBAJjGAQDhxgEA7cYBADTHAQA7xwEA+eoOAI3HAQCAggsAmscBANrHAQDpxwEALcgBADnIAQCAyAEAgcgBANPIAQDdyAEAJskBADTJAQB5yQEAfskBAMzJAQDZyQEAn+sOACfKAQByygEAfsoBAMXKAQDYygEAGMsBABnLAQBrywEAd8sBAL7LAQDNywEAEcwBABvMAQBkzAEAcMwBALfMAQC+zAEA8usOABvNAQBdzQEAac0BALDNAQDAzQEAA84BAA3OAQBWzgEAXs4BAKnOAQDUzgEA/M4BANXOAQCG0wEAJ88BAE/PAQBXzwEAos8BAKjPAQD1zwEAA9ABAEjQAQBf0AEAm9ABAKbQAQDu0AEA+NABAEHRAQBr0QEAlNEBAJzRAQDn0QEA99EBADrSAQA80gEAjdIBAJvSAQDg0gEA8dIBAOvsDgA60wEAPu0OALHTAQDZ0wEA4dMBACzUAQAy1AEAf9QBAI3UAQDS1AEA6dQBACXVAQAw1QEAeNUBAILVAQDL1QEA9dUBAB7WAQAm1gEAcdYBAIHWAQDE1gEAxtYBABfXAQAl1wEAatcBAHvXAQCR7Q4AxNcBAOTtDgAS2AEAY9gBAHHYAQC22AEAx9gBADfuDgAQ2QEAiu4OAGTZAQDd7g4At9kBADDvDgAE2gEAVdoBAGPaAQCo2gEAudoBAIPvDgAB2wEATtsBAFrbAQDW7w4AqtsBAPTbAQAB3AEAR9wBAFXcAQCa3AEApNwBAO3cAQAH3QEAQN0BAEPdAQCT3QEAmt0BAObdAQAG3gEAOd4BAFPeAQAp8A4Amd4BAN/eAQCd3gEAdzQCAKLeAQAPigIA7d4BADLfAQA83wEAhd8BAJ/fAQDY3wEA6N8BACvgAQAx4AEAfuABAIDgAQDR4AEA5+ABACThAQAw4QEAd+EBAHvhAQDK4QEAz+EBAB3iAQAj4gEAcOIBAJDiAQDD4gEA3eIBABbjAQAY4wEAaeMBAGzjAQC84wEAv+MBAA/kAQAb5AEAYuQBAGjkAQC15AEAv+QBAHzwDgAN5QEAW+UBAGjlAQCu5QEAuuUBAAHmAQAU5gEAVOYBAGPmAQCn5gEAs+YBAPrmAQD75gEATecBAFfnAQCg5wEArucBAPPnAQD45wEARugBAFPoAQDP8A4AmugBAONvCgCb6AEAoyoLAJzoAQC0VwsAnugBAOhxDQCf6AEA2pYIAKDoAQC5GwsAo+gBAPUvDACk6AEAliALAKXoAQCQHAoApugBABPICgCn6AEAY5kKAKjoAQDd4QQAqegBAOzoAQCx6AEAjRYQALPoAQCVywwAtegBAPH+DQC86AEApUIQAMToAQBB1wwA2egBANkzDADe6AEAIzEQAO7oAQA/6QEA/egBAPOaDABN6QEAkukBAKPpAQAi8Q4A7OkBAHXxDgBE6gEAi+oBAJrqAQDe6gEA6OoBADHrAQA96wEAhOsBAFTrAQAQiwwAi+sBABvyDgDZ6wEAKuwBADvsAQB97AEAhuwBANDsAQDc7AEAI+0BACbtAQB27QEAfu0BAMntAQDT7QEAHO4BACHuAQBv7gEAd+4BAMLuAQDb7gEAFe8BACHvAQBo7wEAcO8BAMHyDgDD7wEAFPMOABHwAQBh8AEAZPABALTwAQDA8AEAB/EBAA3xAQBa8QEAZPEBAGfzDgCy8QEAAPIBAA3yAQBT8gEAW/IBALrzDgCs8gEA+fIBAP/yAQBM8wEAUfMBAJ/zAQCl8wEADfQOAPrzAQBg9A4AR/QBAILLCQBK9AEAmPQBAFH0AQDNhQkAovQBAOv0AQCn9AEA/owHAPP0AQBPiQsAB/UBAD71AQBG9QEAs/QOAJb1AQDk9QEA+vUBADf2AQA49gEAivYBAIz2AQDd9gEA4/YBADD3AQA89wEAg/cBAIr3AQDW9wEA3vcBACn4AQAy+AEAfPgBAH/4AQDP+AEA3fgBACL5AQAv+QEAdfkBAIz5AQDI+QEA0PkBABv6AQAn+gEAFPsBAEb6AQBu+gEAmfoBAMH6AQDl+gEABvUOADH7AQBn+wEAcPsBAGD8AQB4+wEAuvsBAOj7AQAN/AEAMfwBAFn1DgBi/AEAs/wBAMT8AQAG/QEANP0BAFn9AQB9/QEArPUOALL9AQA95QUAtf0BAP/9AQC4/QEA9IcNAAn+AQBS/gEADP4BAAXtBQAN/gEATUANAFr+AQCl/gEAqf4BAPj+AQD6/gEAS/8BAE7/AQCe/wEAuv8BAP/1DgD2/wEAwgILAPv/AQCPdAsA/f8BAEQAAgABAAIAzxMKAGEAAgCXAAIAoAACAOoAAgDsAAIAPQECAE4BAgBS9g4AlQECAOMBAgDsAQIANgICAEcCAgCJAgIAkAICANwCAgDkAgIALwMCAPYCAgBIIwIAPAMCANUDAgA+AwIAIQUCAEgDAgCCAwIAjgMCAKX2DgDaAwIAKAQCADIEAgB7BAIAgwQCAPj2DgDaBAIAS/cOACYFAgB0BQIAgQUCAMcFAgDRBQIAGgYCABwGAgBtBgIAewYCAMAGAgDNBgIAnvcOABgHAgBmBwIAcwcCALkHAgDDBwIADAgCAA4IAgBfCAIAbQgCALIIAgC/CAIA8fcOAAgJAgD9Gw0ACwkCAPdjDQASCQIAWAkCAGIJAgBE+A4AswkCAP4JAgAACgIAGl8NABUKAgBRCgIAFwoCAPZiAwBWCgIApAoCAK4KAgD3CgIA/woCAJf4DgBUCwIAnQsCAKkLAgDwCwIA8wsCAEMMAgBNDAIAlgwCALAMAgDpDAIAAA0CADwNAgBBDQIAjw0CAKsNAgDq+A4A7A0CADUOAgDzDQIAekAHAEEOAgCIDgIAiw4CANsOAgDlDgIALg8CAEgPAgCBDwIAhw8CANQPAgDWDwIAJxACADUQAgB6EAIAfRACAM0QAgDZEAIAIBECACMRAgBzEQIAlhECAD35DgDIEQIAGRICACcSAgBsEgIAbxICAL8SAgDLEgIAEhMCABUTAgCQ+Q4AcBMCALgTAgC+EwIACxQCABAUAgBeFAIAYhQCALEUAgC0FAIA4/kOAAUVAgDcDwwABxUCABXuDQAKFQIAVxUCAA0VAgDz5g0ADhUCAOEZAgAQFQIAJdQNABIVAgCwzA0AExUCAKHaDQAUFQIAKfcNABsVAgAcAgsAHhUCAELLDABjFQIAqhUCANMVAgD9FQIACRYCAFAWAgBfFgIAoxYCAK0WAgD2FgIA+RYCAEkXAgBjFwIAnBcCAKYXAgDvFwIA9BcCAEIYAgBMGAIAlRgCAKAYAgDoGAIA7hgCADsZAgBAGQIAjhkCAJIZAgA2+g4A5hkCADQaAgDvGQIAcOENAD4aAgCHGgIAkhoCANoaAgDgGgIALRsCADIbAgCAGwIAhBsCAIn6DgDYGwIAzqoCANobAgDLiAwA2xsCAAR8CwDdGwIAdVINAO0bAgAmHAIAMBwCAHkcAgCEHAIAzBwCANIcAgAfHQIAJB0CAHIdAgB2HQIAxR0CAOgdAgDc+g4AGh4CAGseAgAbHgIAA+IKAB0eAgA4ZggAIR4CAKmPCgAkHgIALCcCACYeAgD+Yg0AeB4CAMFNAgB5HgIAvh4CAMEeAgARHwIAHR8CAGQfAgB8HwIAtx8CAMMfAgAKIAIAECACAF0gAgBjIAIAsCACALUgAgADIQIACSECAC/7DgBgIQIAqSECALQhAgD8IQIAAiICAE8iAgBUIgIAoiICAKYiAgD1IgIA+CICAIL7DgBSIwIAmyMCAKYjAgDuIwIA9CMCAEEkAgBGJAIAlCQCAJgkAgDV+w4A6CQCADolAgBGJQIAjSUCAJklAgDgJQIA5iUCADMmAgA5JgIAhiYCAIsmAgDZJgIA3yYCACj8DgAuJwIAEv4EADMnAgBPDQUAOycCACBkAgA8JwIAfycCAIsnAgDSJwIA2CcCACUoAgAxKAIAeCgCAIUoAgDLKAIA2igCAB4pAgAqKQIAcSkCAH0pAgDEKQIAyikCABcqAgAdKgIAaioCAG8qAgC9KgIAwyoCAHv8DgAaKwIAd7cHACYrAgBjKwIAKSsCAPydCABvKwIAtisCAL4rAgBJtQ8AwisCAAksAgAPLAIAXCwCAGIsAgCvLAIAtCwCAAItAgAILQIAzvwOAF0tAgBBFRAAXy0CAKgtAgCuLQIA+y0CALQtAgCrAgMACS4CAE4uAgBnLgIAoS4CAKouAgD0LgIA/i4CAEcvAgBTLwIAmi8CAKYvAgDtLwIA8y8CAEAwAgBGMAIAkzACAJgwAgDmMAIA7DACACH9DgBFMQIAjDECAJYxAgDfMQIA6jECADIyAgA3MgIAhTICAIwyAgDYMgIA5DICACszAgAxMwIAfjMCAIQzAgDRMwIA1jMCACQ0AgAqNAIAdP0OAIg0AgDKNAIAyzQCAB01AgDQNAIA+jkCACI1AgBwNQIAfjUCAMM1AgDQNQIAFjYCACA2AgBpNgIAdTYCALw2AgDCNgIADzcCABs3AgBiNwIAdTcCALU3AgDENwIACDgCABQ4AgBbOAIAXDgCAK44AgC4OAIAATkCAA85AgBUOQIAWTkCAKc5AgC0OQIAx/0OAAY6AgBNOgIAXToCAKA6AgCsOgIA8zoCAPk6AgBGOwIAUjsCAJk7AgCmOwIA7DsCAPs7AgA/PAIASzwCAJI8AgCePAIA5TwCAPg8AgA4PQIARz0CAIs9AgCXPQIA3j0CAN89AgAxPgIAOz4CAIQ+AgCSPgIA1z4CANw+AgAqPwIANz8CABr+DgB/PwIALAsGAIk/AgDQPwIAij8CAKM4CQCLPwIAMvMKAOQ/AgAjQAIAL0ACAHZAAgB8QAIAyUACAM9AAgAcQQIAIUECAG9BAgB1QQIAbf4OAM5BAgAVQgIAIkICAFC8AgAoQgIAaEICAG1CAgCXUwIAcEICACj9AgB0QgIAu0ICAMFCAgAOQwIAFEMCAGFDAgBmQwIAtEMCALpDAgDA/g4AE0QCAFpEAgBgRAIArUQCALJEAgAARQIAB0UCAFNFAgBhRQIApkUCAMFFAgD5RQIAB0YCAExGAgBPRgIAn0YCAK1GAgDyRgIA90YCAEVHAgBSRwIAmEcCAKRHAgDrRwIA8UcCAD5IAgBESAIAkUgCAJZIAgDkSAIA6kgCABP/DgA8SQIAikkCAJNJAgDdSQIA6kkCADBKAgA3SgIAg0oCAJRKAgDWSgIA20oCAClLAgA4SwIAfEsCAH5LAgDPSwIA4EsCACJMAgAuTAIAdUwCAHtMAgDITAIAzkwCABtNAgAgTQIAbk0CAHRNAgBm/w4A2E0CABROAgAgTgIAZ04CAHNOAgC6TgIAwE4CAA1PAgATTwIAYE8CAGVPAgCzTwIAuU8CALn/DgAMUAIAToECAB1QAgBZUAIAYlACAKxQAgDCUAIA/1ACAAtRAgBSUQIAX1ECAKVRAgCvUQIA+FECAARSAgBLUgIAUVICAJ5SAgCkUgIA8VICAPZSAgBEUwIASlMCAAwADwCgUwIA6lMCAPRTAgA9VAIAQlQCAJBUAgCgVAIA41QCAPxUAgA2VQIAO1UCAIlVAgCSVQIA3FUCAOlVAgAvVgIANlYCAIJWAgCFVgIA1VYCAOFWAgAoVwIAO1cCAHtXAgCKVwIAzlcCANpXAgAhWAIAIlgCAHRYAgB+WAIAx1gCANVYAgAaWQIAH1kCAG1ZAgB6WQIAXwAPAMNZAgATWgIAFloCAGZaAgBzWgIAB7IKAHVaAgC5WgIAu1oCAAxbAgAPWwIAX1sCAGlbAgCyWwIAvlsCAAVcAgAYXAIAWFwCAGdcAgCrXAIAt1wCAP5cAgD/XAIAUV0CAFtdAgCkXQIAsl0CAPddAgD8XQIASl4CAFdeAgCyAA8Anl4CAPBeAgD8XgIAQ18CAElfAgCWXwIAmF8CAOlfAgDzXwIAPGACAEpgAgCPYAIAlGACAOJgAgDvYAIANWECAEFhAgCIYQIAm2ECANthAgDqYQIALmICADpiAgCBYgIAgmICANRiAgDeYgIAJ2MCADVjAgB6YwIAf2MCAM1jAgDaYwIABQEPAClkAgBzZAIALGQCAHmDCwB5ZAIAxmQCAMlkAgAZZQIAJ2UCAGxlAgBxZQIAv2UCAMxlAgASZgIAHmYCAGVmAgBrZgIAuGYCAL5mAgALZwIAEGcCAF5nAgBkZwIAWAEPALNnAgAEaAIAuGcCAK1RDAATaAIAV2gCAHdoAgCqaAIAr2gCAP1oAgAYaQIAUGkCAFxpAgCjaQIAqWkCAPZpAgAGagIASWoCAFpqAgCcagIAoWoCAO9qAgDzagIAQmsCAE5rAgCVawIAm2sCAOhrAgDuawIAO2wCAEBsAgCObAIAlGwCAKsBDwDwbAIA4mYNAPdsAgA0bQIANW0CAIdtAgCYbQIA2m0CAOZtAgAtbgIAQ24CAIBuAgCMbgIA024CAOBuAgAmbwIAMG8CAHlvAgCFbwIAzG8CANNvAgAfcAIAK3ACAHJwAgB4cAIAxXACAMtwAgAYcQIAHXECAGtxAgBxcQIA/gEPAMBxAgAdjg0Ax3ECABFyAgAScgIAZHICAGVyAgC3cgIAvHICAApzAgAQcwIAXXMCAGdzAgCwcwIAvHMCAAN0AgAKdAIAVnQCAFt0AgCpdAIAqnQCAPx0AgAIdQIAT3UCAFV1AgCidQIApHUCAPV1AgD/dQIASHYCAFZ2AgCbdgIAoHYCAO52AgD7dgIAQXcCAE13AgCUdwIAp3cCAOd3AgD2dwIAOngCAEZ4AgCNeAIAjngCAOB4AgDqeAIAM3kCAEF5AgCGeQIAi3kCANl5AgDmeQIAUQIPAD16AgB/egIAi3oCANJ6AgDpegIAJXsCACd7AgB4ewIAiXsCAMt7AgDNewIAHnwCACR8AgBxfAIAiHwCAMR8AgDNfAIAF30CAC19AgBqfQIAdn0CAL19AgDKfQIAEH4CABp+AgBjfgIAb34CALZ+AgDJfgIACX8CABh/AgBcfwIAaH8CAK9/AgCwfwIAAoACAAyAAgBVgAIAY4ACAKiAAgCtgAIA+4ACAAiBAgCkAg8AUIECAKGBAgC1gQIA9IECAAKCAgBHggIAVIICAJqCAgChggIA7YICAPmCAgBAgwIAU4MCAJODAgCYgwIA5oMCAO+DAgA5hAIAQ4QCAIyEAgCRhAIA34QCAO+EAgAyhQIAS4UCAIWFAgCKhQIA2IUCAOGFAgArhgIAOIYCAH6GAgCFhgIA0YYCANSGAgAkhwIAMIcCAHeHAgCKhwIAyocCANmHAgAdiAIAKYgCAHCIAgBxiAIAw4gCAM2IAgAWiQIAJIkCAGmJAgBuiQIAvIkCAMmJAgD3Ag8AKIoCAGKKAgBuigIAtYoCALuKAgAIiwIAGIsCAFuLAgBgiwIArosCALSLAgABjAIAF4wCAFSMAgBWjAIAp4wCALGMAgD6jAIABo0CAE2NAgBgjQIAoI0CAK+NAgDzjQIA/40CAEaOAgBHjgIAmY4CAKOOAgDsjgIA+o4CAD+PAgBEjwIAko8CAJ+PAgBKAw8A6I8CAHE2DADvjwIAkK0NAPGPAgAl9wgA8o8CAEWTAwD0jwIAOJACAEGQAgCLkAIAkZACAN6QAgDkkAIAMZECAD2RAgCEkQIAkZECANeRAgDhkQIAKpICAECSAgB9kgIAgpICANCSAgDXkgIAI5MCADGTAgB2kwIAhpMCAMmTAgDXkwIAHJQCACuUAgBvlAIAcZQCAMKUAgDMlAIAFZUCACOVAgBolQIAbZUCALuVAgDIlQIADpYCABqWAgBhlgIAdJYCALSWAgDDlgIAB5cCABOXAgBalwIAW5cCAK2XAgC3lwIAAJgCAA6YAgBTmAIAWJgCAKaYAgCzmAIAnQMPAPuYAgBMmQIABZkCAArvCABdmQIAn5kCAKiZAgDymQIA/pkCAEWaAgBNmgIANAsQAFGaAgCYmgIAnpoCAOuaAgDxmgIAPpsCAEObAgCRmwIAl5sCAPADDwDwmwIAN5wCAEecAgCKnAIAmJwCAN2cAgDqnAIAMJ0CADydAgCDnQIAip0CANadAgDenQIAQwQPADKeAgDuIg4ANp4CAI+zAgA6ngIAfJ4CAI2eAgDPngIA154CACKfAgDbngIAQ8YLACyfAgB1nwIAep8CAMifAgDQnwIAG6ACAB2gAgBuoAIAJKACAPGlAgB2oAIAwaACANegAgAUoQIAIKECAGehAgB9oQIAuqECANOhAgANogIAGaICAGCiAgBmogIAs6ICALuiAgAGowIAFqMCAFmjAgBiowIArKMCALmjAgD/owIADqQCAFKkAgBcpAIApaQCALOkAgD4pAIA/aQCAEulAgBYpQIAnqUCAKalAgCWBA8A/qUCAESmAgBLpgIAl6YCAKOmAgDqpgIA+qYCAD2nAgBLpwIAkKcCAJ2nAgDjpwIA76cCADaoAgA9qAIAiagCAJGoAgDpBA8A6KgCAC+pAgA5qQIAgqkCAI2pAgDVqQIA2qkCACiqAgAvqgIAe6oCAIOqAgA8BQ8A1qoCACGrAgAxqwIAdKsCAICrAgDHqwIAy6sCABqsAgAirAIAbawCAG+sAgDArAIAxqwCABOtAgAqrQIAZq0CAG+tAgC5rQIAz60CAAyuAgAYrgIAX64CAGyuAgCyrgIAvK4CAAWvAgAIrwIAWK8CAGCvAgCrrwIAta8CAP6vAgADsAIAUbACAFmwAgCksAIAtLACAPewAgAAsQIASrECAFexAgCdsQIArLECAPCxAgD6sQIAQ7ICAFGyAgCWsgIAm7ICAOmyAgD2sgIAPLMCAESzAgCPBQ8AnLMCAOKzAgCuswIAomcEAOezAgA1tAIAP7QCAIi0AgCQtAIA27QCAJ+0AgCVxA0A4bQCAC61AgDptAIAQtILAOq0AgD96wcA67QCAOG/AgDstAIA55IKADq1AgCBtQIAg7UCAK2rCwCItQIA1LUCAOC1AgAntgIANrYCAHq2AgCLtgIAzbYCAM+2AgAgtwIAJrcCAHO3AgB/twIAxrcCAM63AgDiBQ8AH7gCADUGDwB4uAIAiAYPAMK4AgAuBw8AFbkCAIEHDwAXuQIA6kUEAGi5AgDu5AoAcrkCALi5AgDCuQIAC7oCAA26AgBeugIAcboCALG6AgC5ugIAvPALAL26AgAEuwIACrsCAFe7AgBduwIAqrsCAK+7AgD9uwIAA7wCANQHDwBavAIAo7wCAKW8AgD2vAIAAL0CAEm9AgBXvQIAnL0CAKG9AgDvvQIA/L0CAEK+AgBOvgIAlb4CAJu+AgDovgIA7r4CADu/AgBAvwIAjr8CAJS/AgAnCA8A778CADTAAgBBwAIAh8ACAI7AAgDawAIA4sACAC3BAgAuwQIA2UEKADDBAgCAwQIAQ8ECAOc/CgCUwQIA08ECAOnBAgAmwgIAP8ICAHnCAgB+wgIAzMICAN3CAgB6CA8AMMMCAHLDAgB0wwIAxcMCAM/DAgAYxAIAJsQCAGvEAgBwxAIAvsQCAMvEAgARxQIAGcUCAGTFAgBwxQIAt8UCAHTFAgADxwIAvcUCAArGAgAQxgIAXcYCAGLGAgCwxgIAtsYCAM0IDwAFxwIAVscCAGTHAgCpxwIAuscCACAJDwADyAIAcwkPAFfIAgCiyAIAlMgCAONFEACwyAIA9cgCALHIAgAlzgIAAskCAEjJAgBXyQIAm8kCAKDJAgDuyQIABMoCAEHKAgBCygIAlMoCAJbKAgDnygIA8coCADrLAgBIywIAjcsCAKbLAgDgywIA8csCADPMAgA/zAIAhswCAI7MAgBsCg8A7cwCACzNAgAtzQIAf80CAIvNAgDSzQIA1c0CAL8KDwAnzgIAeM4CAIXOAgDLzgIA2M4CAB7PAgAjzwIAcc8CAHvPAgDEzwIAzM8CABfQAgAn0AIAatACAHjQAgC90AIAytACABDRAgAX0QIAY9ECAGvRAgC20QIAudECAAnSAgAd0gIAXNICAHLSAgCv0gIAyNICAALTAgAH0wIAVdMCAGbTAgASCw8AsNMCAGULDwC00wIArgcJAMTTAgA4gRAACNQCAE7UAgBV1AIAodQCAK3UAgD01AIABNUCAEfVAgBV1QIAmtUCAKfVAgDt1QIA+dUCAEDWAgBH1gIAuAsPAJXWAgDm1gIAmNYCALPuAwDz1gIAOdcCAEbXAgCM1wIAkdcCAN/XAgDp1wIAMtgCADrYAgCF2AIAjtgCANjYAgDb2AIAK9kCADfZAgALDA8Ag9kCANHZAgCK2QIA0pwJANbZAgAk2gIALNoCAHfaAgCN2gIAytoCAMzaAgAd2wIAKtsCAHDbAgCE2wIAXgwPAMjbAgAW3AIAHtwCALeUCQAg3AIAadwCAHHcAgC83AIAyNwCAA/dAgAc3QIAYt0CAGfdAgC13QIAvt0CAAjeAgAf3gIAW94CAGbeAgCxDA8AvN4CAAHfAgAE3wIAVN8CAFffAgCn3wIAtd8CAPrfAgAH4AIATeACAGTgAgCg4AIAqOACAPPgAgD54AIARuECAFLhAgCZ4QIAo+ECAOzhAgD14QIAP+ICAEXiAgCS4gIAn+ICAAQNDwDx4gIAOOMCAPPiAgBcoQkAR+MCAIvjAgCc4wIA3uMCAODjAgAx5AIAN+QCAITkAgCQ5AIA1+QCAN7kAgAq5QIAMuUCAH3lAgB/5QIA0OUCAN3lAgAj5gIAKuYCAHbmAgB+5gIAyeYCANbmAgAc5wIAIecCAG/nAgB55wIAwucCAMrnAgAV6AIAHugCAGjoAgBr6AIAu+gCAMfoAgAO6QIAFekCAFcNDwBu6QIAtOkCAHfpAgCR7gIAmOkCAJOlCQDP6QIAB+oCAAnqAgBa6gIAa+oCAK3qAgC76gIAAOsCAAfrAgBT6wIAW+sCAKbrAgCr6wIA+esCAPrrAgBM7AIAWOwCAJ/sAgCl7AIA8uwCAPTsAgBF7QIAT+0CAJjtAgCm7QIA6+0CAPDtAgA+7gIAS+4CAKoNDwCS7gIA5O4CAOnuAgA37wIAPe8CAIrvAgCU7wIA3e8CAOnvAgAw8AIAN/ACAIPwAgCL8AIA1vACANjwAgAp8QIANvECAHzxAgCD8QIAz/ECANfxAgAi8gIAL/ICAHXyAgB68gIAyPICANLyAgAb8wIAI/MCAG7zAgB38wIAwfMCAMTzAgAU9AIAIPQCAGf0AgBu9AIA/Q0PAMb0AgCilwkAzvQCAA31AgAa9QIAYPUCAGr1AgCz9QIAtfUCAAb2AgAZ9gIAWfYCAGH2AgCs9gIAuPYCAP/2AgAF9wIAUvcCAFj3AgCl9wIAqvcCAPj3AgD+9wIAUA4PAFn4AgCe+AIArfgCAPH4AgAN+QIARPkCABH5AgAVOwMATPkCAKMODwCg+QIA6vkCAPf5AgA9+gIAR/oCAJD6AgCe+gIA4/oCAPn6AgA2+wIAQvsCAIn7AgCR+wIA9g4PAOL7AgAv/AIANfwCAIL8AgCH/AIA1fwCANv8AgBJDw8ALf0CAHv9AgCE/QIAzv0CANj9AgAh/gIAKf4CAHT+AgB5/gIAx/4CANf+AgAa/wIAIv8CAG3/AgBz/wIAXwEDAIb/AgDA/wIAxf8CABMAAwAcAAMAZgADAHMAAwC5AAMAwAADAAwBAwAPAQMAnA8PAGEBAwCyAQMAvwEDAAUCAwAcAgMAWAIDAGQCAwDvDw8AwQIDAP4CAwD/AgMAUQMDAFsDAwCkAwMArAMDAPcDAwABBAMASgQDAE8EAwCdBAMApQQDAPAEAwDyBAMAQwUDAPMEAwBzCgMA9wQDABEYAwAGBQMAQhEDAEoFAwCWBQMAnQUDAOkFAwDxBQMAPAYDAEAGAwCPBgMAnQYDAOIGAwDsBgMANQcDAEAHAwCIBwMAkAcDANsHAwDgBwMALggDAEkIAwCBCAMAjQgDANQIAwDaCAMAJwkDADcJAwB6CQMAiwkDAM0JAwDSCQMAIAoDACQKAwBCEA8AfAoDAMYKAwDfCgMAGQsDACMLAwBsCwMAcgsDAL8LAwDBCwMAEgwDACEMAwBlDAMAbwwDALgMAwDADAMACw0DAA8NAwBeDQMAbA0DALENAwC7DQMABA4DAA8OAwBXDgMAXw4DAKoOAwCvDgMA/Q4DABgPAwBQDwMAXA8DAKMPAwCpDwMA9g8DAAYQAwBJEAMAWhADAJwQAwChEAMA7xADAPMQAwCVEA8ASxEDAJURAwCmEQMA6BEDAPIRAwA7EgMASRIDAI4SAwCPEgMA4RIDAPISAwA0EwMASBMDAIcTAwCPEwMA2hMDAN4TAwAtFAMAOxQDAIAUAwCKFAMA0xQDAN4UAwAmFQMALhUDAHkVAwB+FQMAzBUDAOcVAwAfFgMAKxYDAHIWAwB4FgMAxRYDANUWAwAYFwMAKRcDAGsXAwBwFwMAvhcDAMIXAwDoEA8AHxgDAGQYAwB/GAMAtxgDAMUYAwAKGQMAERkDAF0ZAwBpGQMAsBkDALgZAwA7EQ8AERoDAFYaAwBgGgMAqRoDALQaAwD8GgMABBsDAE8bAwBUGwMAohsDAL0bAwD1GwMAARwDAEgcAwBOHAMAmxwDAKscAwDuHAMA/xwDAEEdAwBGHQMAlB0DAJgdAwCOEQ8A+B0DADoeAwBCHgMAjR4DAI4eAwDgHgMA5R4DADMfAwBBHwMAhh8DAJMfAwDZHwMA4x8DACwgAwA4IAMAfyADAIUgAwDSIAMA2iADACUhAwAsIQMAeCEDAIQhAwDLIQMA0SEDAB4iAwAqIgMAcSIDAIEiAwDEIgMA0CIDABcjAwAdIwMAaiMDAHYjAwC9IwMAyiMDABAkAwAfJAMAYyQDAG8kAwDhEQ8AuSQDAAklAwAMJQMAXCUDAGolAwCvJQMAxiUDAAImAwAPJgMAVSYDAGsmAwCoJgMAtCYDAPsmAwAIJwMATicDAFgnAwChJwMAqScDAPQnAwD+JwMARygDAEwoAwCaKAMAoigDAO0oAwD5KAMAQCkDAE0pAwCTKQMAnSkDAOYpAwDsKQMAOSoDAE0qAwCMKgMAlCoDAN8qAwDtKgMAMisDAD8rAwCFKwMAjSsDANgrAwDlKwMAKywDADksAwB+LAMAjywDANEsAwDZLAMAJC0DADotAwB3LQMAeS0DAMotAwDLLQMANBIPACsuAwBwLgMAfy4DAMMuAwDPLgMAFi8DAB4vAwCHEg8Abi8DALwvAwDFLwMADzADABwwAwBiMAMAaTADALUwAwC4MAMACDEDABAxAwBbMQMAYDEDAK4xAwC3MQMAATIDAAsyAwBUMgMAXDIDAKcyAwCsMgMA+jIDAAozAwBNMwMAVTMDAKAzAwCmMwMA8zMDAPUzAwBGNAMAUzQDAJk0AwCwNAMA7DQDAPg0AwDaEg8ASzUDAJI1AwCpNQMA5TUDAPE1AwA4NgMAPjYDAIs2AwCTNgMA3jYDAOU2AwAxNwMAPzcDAIQ3AwCfNwMA1zcDAOU3AwAqOAMAMTgDAH04AwCJOAMA0DgDANg4AwAtEw8ANzkDAHY5AwB+OQMAyTkDAPg5AwAcOgMAKDoDAG86AwB1OgMAwjoDAMc6AwCAEw8AITsDAGg7AwBvOwMAuzsDAMM7AwAOPAMAEDwDAGE8AwBrPAMAtDwDALw8AwDTEw8AFT0DAKVKAwAWPQMAWj0DAFw9AwCtPQMAvj0DAAA+AwARPgMAUz4DAF8+AwCmPgMArT4DAPk+AwABPwMATD8DAHY/AwCfPwMApD8DAPI/AwDzPwMARUADAE9AAwCYQAMApkADAOtAAwDwQAMAPkEDAEtBAwCRQQMArUEDAORBAwAAQgMAJhQPAERCAwCKQgMAjkIDAN1CAwDjQgMAMEMDADJDAwCDQwMAhEMDANZDAwD5QwMAKUQDAE1EAwB8RAMApkQDAM9EAwDXRAMAIkUDACdFAwB1RQMAgkUDAMhFAwDQRQMAG0YDAB1GAwBuRgMAdkYDAMFGAwDrRgMAFEcDACFHAwBnRwMAbEcDALpHAwDHRwMADUgDABlIAwBgSAMAikgDALNIAwC7SAMABkkDACFJAwBZSQMAW0kDAKxJAwC9SQMA/0kDAAhKAwBSSgMAXkoDAHkUDwCySgMA+EoDAP9KAwBLSwMAV0sDAJ5LAwCxSwMA8UsDAPlLAwBETAMASUwDAJdMAwCgTAMA6kwDAPRMAwA9TQMARU0DAJBNAwCVTQMA400DAPNNAwA2TgMAPk4DAIlOAwCiTgMA3E4DAOFOAwAvTwMAOE8DAIJPAwCPTwMA1U8DANxPAwAoUAMAK1ADAMwUDwCAUAMAzlADAIhQAwAnJAsA11ADACFRAwApUQMAdFEDAH9RAwDHUQMAyVEDABpSAwA1UgMAbVIDAHlSAwDAUgMAyFIDAB8VDwAgUwMAZlMDAG5TAwC5UwMAxVMDAAxUAwASVAMAX1QDAGVUAwCyVAMAt1QDAAVVAwALVQMAchUPAGVVAwCrVQMAs1UDAP5VAwASVgMAUVYDAFZWAwCkVgMArVYDAPdWAwD9VgMASlcDAFJXAwCdVwMAoFcDAPBXAwANWAMAQ1gDAFRYAwCWWAMAnlgDAOlYAwDsWAMAPFkDAFBZAwCPWQMAnFkDAOJZAwDsWQMANVoDADdaAwCIWgMAm1oDABgWDwDgWgMALlsDAD9bAwCBWwMAilsDANRbAwDqWwMAJ1wDADRcAwB6XAMAglwDAM1cAwDsXAMAaxYPACxdAwBzXQMAe10DAL4WDwDJXQMAGV4DACFeAwBsXgMAeV4DAL9eAwDEXgMAEl8DABpfAwBlXwMAZl8DALhfAwC6XwMAC2ADABFgAwBeYAMAYGADALFgAwDHYAMABGEDABBhAwBXYQMAYWEDAKphAwC2YQMA/WEDAANiAwBQYgMAWGIDAKNiAwDUYgMAERcPAP9iAwBJYwMAU2MDAJxjAwCkYwMA72MDAPBjAwBCZAMASGQDAJVkAwChZAMA6GQDAOlkAwA7ZQMAPWUDAI5lAwCUZQMA4WUDAO1lAwA0ZgMAO2YDAIdmAwCPZgMA2mYDAN1mAwAtZwMAN2cDAIBnAwCCZwMA02cDAN1nAwAmaAMAMmgDAHloAwCPaAMAzGgDANhoAwAfaQMALGkDAHJpAwB8aQMAxWkDAM1pAwAYagMAKmoDAGQXDwBtagMAvmoDAMhqAwARawMAE2sDAGRrAwB9awMAt2sDALlrAwAKbAMADWwDAF1sAwBpbAMAsGwDALhsAwC3Fw8AF20DAFZtAwBZbQMAqW0DALNtAwD8bQMACG4DAE9uAwBlbgMAom4DAKpuAwD1bgMAA28DAEhvAwBLbwMAm28DAKNvAwDubwMA8W8DAEFwAwD8bwMAEHcDAEtwAwCUcAMATHADAH9zAwCWcAMA53ADAO1wAwA6cQMARHEDAI1xAwCbcQMA4HEDAO1xAwAzcgMASnIDAIZyAwCOcgMA2XIDAOJyAwAscwMALXMDAAoYDwCIcwMA0nMDANxzAwAldAMAL3QDAHh0AwCGdAMAy3QDANh0AwAedQMANXUDAHF1AwB5dQMAxHUDAMt1AwAXdgMAHHYDAGp2AwBudgMAvXYDAMp2AwBdGA8AHXcDAGN3AwBrdwMAtncDALx3AwAJeAMAFXgDAFx4AwBreAMAr3gDALR4AwACeQMAHXkDAFV5AwBheQMAqHkDAK55AwD7eQMAD3oDAE56AwBWegMAoXoDALd6AwD0egMA+XoDAEd7AwBOewMAmnsDAKZ7AwCwGA8A9HsDAEB8AwBOfAMAk3wDAKB8AwDmfAMA/XwDADl9AwBBfQMAjH0DAJJ9AwDffQMA630DADJ+AwA5fgMAhX4DAJN+AwDYfgMA234DACt/AwAzfwMAfn8DAIx/AwDRfwMA1H8DACSAAwAsgAMAd4ADAIiAAwDKgAMAz4ADAB2BAwAfgQMAcIEDAHeBAwDDgQMA0YEDABaCAwAjggMAaYIDAICCAwC8ggMAxIIDAA+DAwAZgwMAYoMDAG2DAwC1gwMAwYMDAAiEAwAQhAMAAxkPAF2EAwCuhAMAuIQDAAGFAwADhQMAVIUDAFeFAwCnhQMAs4UDAPqFAwAEhgMATYYDAFWGAwCghgMAroYDAPOGAwAAhwMARocDAE6HAwCZhwMAr4cDAOyHAwD4hwMAP4gDAFWIAwCSiAMAl4gDAOWIAwDriAMAOIkDAEyJAwBWGQ8AjokDAN6JAwDmiQMAMYoDAD+KAwCEigMAR4oDAJcwBwCRigMA14oDAN+KAwAqiwMANIsDAH2LAwCIiwMA0IsDANyLAwAjjAMAK4wDAKkZDwB8jAMAyYwDAM6MAwAcjQMAK40DAG+NAwB7jQMAwo0DAMWNAwAVjgMAGI4DAGiOAwBwjgMAu44DAMCOAwAOjwMAHo8DAGGPAwBpjwMAtI8DALePAwAHkAMAEZADAFqQAwBckAMArZADALOQAwAAkQMACpEDAFORAwBhkQMAppEDALORAwD5kQMAEJIDAEySAwBUkgMAn5IDAKiSAwDykgMA85IDAPwZDwBRkwMAmJMDAJuTAwBc+wgAp5MDAOuTAwCrkwMAeesIAPWTAwA+lAMARpQDAKoHBABKlAMA+KoNAEyUAwCRlAMAWpQDAKvfBwCWlAMA5JQDAJ6UAwA+4AQA8ZQDADeVAwA6lQMAYWUJAD2VAwCmwQgAP5UDAIqVAwBBlQMA3JMFAEOVAwCndwUAjZUDADpVBwCQlQMAEvcFAJSVAwDdlQMAmJUDAFgrCQCalQMA+C4HAOKVAwAwlgMA6ZUDAGE1BAA4lgMAg5YDAIaWAwDWlgMA4pYDACmXAwAvlwMAfJcDAJeXAwDPlwMA25cDACKYAwAomAMAdZgDAH2YAwDImAMAypgDABuZAwDNmAMAwZkDACWZAwBumQMAdpkDAE8aDwDOmQMAFJoDAByaAwBnmgMAapoDALqaAwC/mgMADZsDABybAwBgmwMAgJsDALObAwC/mwMABpwDABCcAwBZnAMAYZwDAKycAwC+nAMA9RoPAAmdAwBSnQMAYJ0DAKWdAwCynQMA+J0DAA+eAwBLngMAU54DAJ6eAwCtngMA8Z4DAPaeAwBEnwMAUZ8DAJefAwCknwMA6p8DAPafAwA9oAMATKADAJCgAwCaoAMA46ADAPGgAwA2oQMAO6EDAImhAwCWoQMA3KEDAN+hAwAvogMAN6IDAIKiAwCHogMA1aIDAOKiAwAoowMAMKMDAHujAwCEowMAzqMDANujAwAhpAMAL6QDAHSkAwCHpAMAx6QDAM+kAwAapQMAIaUDAG2lAwBypQMAwKUDANalAwATpgMAFaYDAGamAwB0pgMAuaYDAMamAwAMpwMAFKcDAF+nAwBipwMAsqcDALenAwAFqAMAFKgDAFioAwB4qAMAq6gDALeoAwD+qAMACKkDAFGpAwBZqQMApKkDALapAwBIGw8ACKoDAEqqAwBRqgMAnaoDAKWqAwDwqgMA/aoDAEOrAwBIqwMAlqsDAKCrAwDpqwMA8asDADysAwA+rAMAl3UJAEGsAwBdUAcARqwDAOGOCQBLrAMAj6wDAEysAwCjPwgAlKwDAOKsAwDvrAMANa0DAEKtAwCIrQMAlK0DANutAwDqrQMALq4DADiuAwCBrgMAia4DANSuAwDergMAJ68DACyvAwB6rwMAgq8DAJsbDwDZrwMAILADACawAwBzsAMAjrADAMawAwDSsAMAGbEDAB+xAwBssQMAiLEDAL+xAwDHsQMA7hsPABqyAwBlsgMAb7IDALiyAwDDsgMAC7MDABezAwBeswMAZrMDAEEcDwC9swMABLQDAAq0AwBXtAMAcrQDAKq0AwC2tAMA/bQDAAO1AwBQtQMAWLUDAKO1AwCptQMA9rUDAP+1AwBJtgMAVrYDAJy2AwCptgMA77YDAP22AwBCtwMAT7cDAJW3AwCstwMA6LcDAPC3AwA7uAMAQLgDAI64AwBMuAMAgLoDAJu4AwDhuAMA6bgDADS5AwA/uQMAh7kDAIy5AwDauQMA3bkDAC26AwA3ugMAlBwPAIW6AwDTugMA4roDACa7AwAouwMAebsDAIq7AwDMuwMA3bsDAB+8AwAzvAMA5xwPAIO8AwDFvAMAyLwDABi9AwDNvAMAgPgGANK8AwCmng0AIr0DAGu9AwBtvQMAvr0DAMi9AwARvgMAHb4DAGS+AwCMvgMAt74DAMK+AwChcwQA3b4DAAq/AwA8vwMAXb8DAIO/AwCwvwMA1r8DAAPAAwA2wAMAVsADAIbAAwCpwAMAscADAPzAAwAkwQMAT8EDAIPBAwCiwQMA0sEDAPXBAwD9wQMASMIDAFfCAwCbwgMAoMIDAO7CAwD3wgMAQcMDAPvCAwC2ygMAUsMDAJTDAwCbwwMA58MDAO/DAwA6xAMAR8QDAI3EAwCSxAMA4MQDAOrEAwAzxQMAO8UDAIbFAwCQxQMAMtEDAJXFAwDZxQMA3sUDACzGAwA5xgMAf8YDAIzGAwDSxgMA3sYDACXHAwA0xwMAeMcDAILHAwDLxwMA08cDAB7IAwAoyAMAccgDAHbIAwDEyAMAzMgDADodDwAjyQMAaskDAHDJAwC9yQMA2MkDABDKAwAcygMAY8oDAGnKAwCNHQ8Aw8oDAAnLAwAVywMAXMsDAGvLAwCvywMAucsDAALMAwAQzAMAVcwDAFrMAwCozAMAtcwDAPvMAwADzQMATs0DAFjNAwChzQMAps0DAPTNAwD8zQMAR84DAErOAwCazgMAps4DAO3OAwDzzgMAQM8DAFvPAwCTzwMAn88DAObPAwDszwMAOdADAEHQAwCM0AMAjtADAN/QAwDp0AMA4B0PADjRAwCF0QMAh9EDANjRAwDl0QMAK9IDAC7SAwB+0gMAj9IDANHSAwDT0gMAJNMDAC7TAwB30wMAg9MDAMrTAwDS0wMAMx4PACLUAwBw1AMAc9QDAMPUAwDN1AMAFtUDAB7VAwBp1QMAdtUDALzVAwC+1QMAD9YDACXWAwBi1gMAbtYDAIYeDwDR1gMACNcDACTXAwDZHg8AYNcDAK7XAwC71wMAAdgDAA7YAwBU2AMAYNgDAKfYAwC22AMA+tgDAATZAwBN2QMAW9kDAKDZAwCl2QMA89kDAADaAwBG2gMAX9oDAJnaAwCb2gMA7NoDAPPaAwAsHw8AXNsDAJLbAwCj2wMA5dsDAPHbAwA43AMAS9wDAIvcAwCa3AMA3twDAOrcAwAx3QMAMt0DAITdAwCO3QMA190DAOXdAwAq3gMAL94DAH3eAwCK3gMAfx8PANXeAwAj3wMAMN8DAHbfAwCD3wMAyd8DANXfAwAc4AMAK+ADAG/gAwB54AMAwuADANDgAwAV4QMAGuEDAGjhAwB14QMAu+EDAMPhAwAO4gMAGOIDAGHiAwBm4gMAtOIDALziAwB4IA8ACeMDAFrjAwBo4wMAreMDAL7jAwDLIA8AB+QDAB4hDwBY5AMApuQDAK7kAwD55AMACOUDAEzlAwBR5QMAn+UDAKzlAwDy5QMA/+UDAEXmAwBR5gMAmOYDAKfmAwDr5gMA9eYDAMQhDwBA5wMAat0MAETnAwAuIwsAUecDAJHnAwCg5wMA5OcDAPDnAwA36AMAOOgDAIroAwCU6AMA3egDAOvoAwAw6QMANekDAIPpAwCQ6QMAFyIPANrpAwAp6gMANOoDAHzqAwCK6gMAz+oDAODqAwAi6wMALusDAHXrAwB96wMAaiIPAM3rAwAb7AMAKOwDAG7sAwB77AMAwewDAM3sAwAU7QMAI+0DAGftAwBx7QMAuu0DAMjtAwAN7gMAGu4DAGDuAwB37gMAvSIPAMDuAwAG7wMAE+8DAFnvAwBl7wMArO8DALvvAwD/7wMACfADAFLwAwBg8AMApfADAG7wAwAEkQgAqvADAPjwAwAF8QMAS/EDAFPxAwCe8QMApPEDAPHxAwD98QMARPIDAFTyAwCX8gMAoPIDAOryAwDt8gMAPfMDAEnzAwCQ8wMAl/MDABAjDwDw8wMANvQDAEX0AwCJ9AMAivQDANz0AwDz9AMAL/UDAEn1AwCC9QMAjvUDANX1AwDo9QMAKPYDADf2AwB79gMAh/YDAM72AwDP9gMAIfcDACv3AwB09wMAgvcDAMf3AwDM9wMAGvgDACf4AwBjIw8Ah/gDAMD4AwDP+AMAE/kDABX5AwBm+QMAGPkDAI//AwBz+QMAufkDAMb5AwAM+gMAEfoDAF/6AwBp+gMAsvoDAMH6AwAF+wMACvsDAFj7AwBl+wMAq/sDALj7AwD++wMACvwDAFH8AwBg/AMApPwDAK78AwD3/AMABP0DAEr9AwBP/QMAnf0DAKH9AwDw/QMA/P0DAEP+AwBJ/gMAlv4DAJz+AwDp/gMA7v4DADz/AwBC/wMAtiMPAJz/AwDi/wMA7/8DADUABABBAAQAiAAEAJcABADbAAQA5QAEAC4BBAA8AQQAgQEEAIYBBADUAQQA4QEEACcCBAAuAgQAegIEAH8CBADNAgQA2QIEACADBAAjAwQAcwMEAIADBADGAwQAywMEABkEBAAjBAQAbAQEAHgEBAC/BAQA0gQEABIFBAAgBQQAZQUEAGgFBAC4BQQAwgUEAAsGBAAXBgQAXgYEAGQGBACxBgQAtwYEAAQHBAAJBwQAVwcEAF0HBAAJJA8AtAcEABUmBgC2BwQAXzEIALkHBAD9BwQA/wcEAFAIBABhCAQAowgEALQIBAD2CAQA/ggEAEkJBABZCQQAnAkEAJ4JBADvCQQA/QkEAEIKBABTCgQAXCQPAJwKBACvJA8A6QoEADsLBABACwQAjgsEAJQLBADhCwQA6wsEADQMBABADAQAhwwEAI0MBADaDAQA4AwEAC0NBAAyDQQAgA0EAIYNBAACJQ8A4Q0EACYOBAA/DgQAeQ4EAHoOBADMDgQA6Q4EAB8PBAA5DwQAcg8EAHUPBADFDwQAyg8EAPslDwAxEAQAaxAEAHEQBAC+EAQAgRAEAOWBBADAEAQAEREEABcRBABkEQQAeBEEALcRBAC/EQQAChIEABcSBABdEgQAYhIEALASBAC6EgQAAxMEAAsTBABWEwQAZxMEAKkTBACuEwQA/BMEAP4TBABPFAQAVhQEAKIUBACuFAQA9RQEAPwUBABIFQQAZBUEAJsVBACjFQQATiYPAPMVBABBFgQAQxYEAJQWBACbFgQA5xYEAPUWBAA6FwQARxcEAI0XBACkFwQA4BcEAOgXBAAzGAQAPRgEAIYYBABJGAQArn0EAJEYBADZGAQA5RgEACwZBAA0GQQAoSYPAIAZBADSGQQA1xkEACUaBAAoGgQAeBoEAIIaBADLGgQA4hoEAB4bBAAkGwQAcRsEAH0bBADEGwQAxxsEABccBAA0HAQAahwEAHscBAC9HAQA3BwEABAdBAAYHQQAYx0EAGUdBAC2HQQAxR0EAAkeBAATHgQAXB4EAGoeBACvHgQAyh4EAAIfBAAOHwQAVR8EAF0fBAD0Jg8AtB8EAPsfBAAKIAQATiAEAFMgBAChIAQApyAEAPQgBAD7IAQARyEEAE8hBACaIQQAnCEEAO0hBAD0IQQAQCIEAEIiBACTIgQAlCIEAOYiBADwIgQAOSMEAEUjBACMIwQAkiMEAN8jBAD5IwQAMiQEADokBACFJAQAmyQEANgkBADmJAQAKyUEAC4lBAB+JQQAgSUEANElBADfJQQAJCYEADEmBAB3JgQAjiYEAMomBADSJgQAHScEAB8nBABwJwQAeCcEAMMnBADaJwQAFigEACIoBABpKAQAfygEALwoBADEKAQADykEAB0pBABiKQQAbCkEALUpBAC9KQQACCoEAA8qBABbKgQAZyoEAK4qBACvKgQAASsEAA0rBABUKwQAYSsEAKcrBACuKwQA+isEAP0rBABNLAQAVSwEAKAsBAClLAQA8ywEAAAtBABGLQQAdC0EAJktBAChLQQARycPAPQtBACBWg8ACC4EAD8uBABHLgQAmicPAKAuBADlLgQA5y4EADgvBABJLwQAiy8EAJMvBADeLwQA6i8EADEwBAA3MAQAhDAEAIowBADXMAQA3DAEACoxBAAwMQQA7ScPAIIxBADQMQQAiTEEACgRDADYMQQAIzIEACgyBACFVAkAKTIEALZGCgAvMgQA+gEKADIyBAB2MgQANDIEAB5ECgB7MgQAyTIEAHwyBAAPYAgA1jIEABwzBAApMwQAbzMEAHszBADCMwQA0TMEABU0BAAfNAQAOSkPAHI0BAC7NAQAwDQEAA41BAAWNQQAjCkPAGc1BAC0NQQAyjUEAAc2BAAVNgQAWjYEAGc2BACtNgQArzYEAAA3BAAKNwQAUzcEAF83BACmNwQArTcEAPk3BAABOAQATDgEAFM4BACfOAQAqDgEAPI4BAD+OAQARTkEAE05BAAyKg8AnTkEAOs5BADzOQQAPjoEAE06BACROgQAljoEAOQ6BADxOgQANzsEAEQ7BACKOwQAljsEAN07BADsOwQAMDwEADo8BACDPAQAkTwEANY8BADbPAQAKT0EADY9BAB8PQQAhD0EAM89BADZPQQAIj4EADA+BAB1PgQAiz4EAMg+BADUPgQAGz8EACA/BABuPwQAdz8EAME/BADLPwQAhSoPAB5ABABnQAQAc0AEALpABADCQAQA2CoPABJBBABgQQQAbUEEALNBBADAQQQABkIEABJCBABZQgQAaEIEAKxCBAC2QgQA/0IEABdDBABSQwQAXEMEAKVDBACzQwQA+EMEAA5EBABLRAQAV0QEAJ5EBACjRAQA8UQEAPpEBABERQQATkUEAJdFBACfRQQAKysPAPdFBAA9RgQAAEYEAMqGDgBKRgQAkEYEAJxGBADjRgQA8kYEADZHBABARwQAiUcEAJdHBADcRwQA6UcEAC9IBABGSAQAgkgEAIpIBADVSAQA30gEAChJBAAtSQQAe0kEAINJBAB+Kw8A2kkEACFKBAAnSgQAdEoEAI9KBADHSgQA00oEABpLBAAgSwQAbUsEAIlLBADASwQAyEsEANErDwAYTAQAZkwEAHNMBAC5TAQAxkwEAAxNBAAYTQQAX00EAG5NBACyTQQAvE0EAAVOBAATTgQAWE4EAF1OBACrTgQAuE4EAP5OBAAGTwQAUU8EAFdPBACkTwQAW08EAJZRBACwTwQA908EAAdQBABKUAQAU1AEAJ1QBACgUAQA8FAEAPxQBABDUQQASlEEACQsDwCkUQQA6VEEAP9RBAA8UgQASFIEAI9SBACWUgQA4lIEAOpSBAA1UwQAOlMEAIhTBACRUwQA21MEAOVTBAB3LA8AM1QEAIFUBAA6VAQAuFgEAIlUBADUVAQA2lQEACdVBAAsVQQAelUEAINVBADNVQQA11UEACBWBAAsVgQAc1YEAHtWBADKLA8Ay1YEABlXBAAhVwQAbFcEAHdXBAC/VwQAxFcEABJYBAAVWAQAZVgEAG9YBAAdLQ8AwlgEAAtZBAAPWQQAXlkEAGNZBACxWQQAt1kEAARaBAAkWgQAV1oEAF9aBACqWgQAuFoEAP1aBAAAWwQAUFsEAFhbBACjWwQArFsEAPZbBAADXAQASVwEAE9cBACcXAQAqFwEAO9cBADxXAQAQl0EAFFdBACVXQQAoF0EAOhdBADqXQQAO14EAFReBACOXgQAn14EAOFeBADtXgQAcC0PADxfBACHXwQAp18EANpfBADoXwQALWAEADpgBACAYAQAh2AEANNgBADvYAQAJmEEAC5hBADDLQ8AfmEEAMxhBADZYQQAH2IEACxiBAByYgQAfmIEAMViBADUYgQAGGMEACJjBABrYwQAgGMEAL5jBADGYwQAEWQEACBkBABkZAQAZmQEALdkBADAZAQACmUEAA1lBABdZQQAaWUEALBlBADMZQQAA2YEAAtmBAAWLg8AW2YEAKlmBAC/ZgQA/GYEAAhnBABPZwQAcmcEAGkuDwCsZwQA9WcEAP1nBABIaAQATmgEAFu0CABXaAQAm2gEAKBoBADuaAQA+2gEAEFpBABOaQQAlGkEAKBpBADnaQQA9mkEADpqBABEagQAjWoEAJVqBADgagQA6moEADNrBAA4awQAhmsEAI5rBAC8Lg8A3GsEACxsBABJbAQAf2wEAJBsBADSbAQA4GwEAKm5BAAIbQQAJW0EAEFtBAB4bQQAlG0EAA8vDwDRbQQAHm4EACRuBABxbgQAdm4EAMRuBADKbgQAYi8PABxvBABqbwQAd28EAL1vBADKbwQAEHAEABxwBABjcAQAcnAEALZwBADAcAQACXEEABdxBABccQQAYXEEAK9xBAC8cQQAAnIEAA5yBABVcgQAW3IEAKhyBACucgQA+3IEAABzBABOcwQAVHMEAFswDwC1cwQA9HMEABp0BABHdAQAbXQEAJp0BADAdAQA7XQEAB11BABAdQQASHUEAJN1BAC7dQQA5nUEABx2BAA5dgQAX3YEAIx2BACydgQA33YEABV3BAAydwQAYncEAIV3BACNdwQA2HcEAN13BAC8zgQA53cEACt4BAAweAQAfngEAIt4BADReAQA3ngEACR5BAAweQQAd3kEAIZ5BADKeQQA1HkEAB16BAAregQAcHoEAHV6BADDegQA0HoEABZ7BAAeewQAaXsEAG97BAC8ewQAc3sEACTMBADIewQAD3wEAB98BABifAQAa3wEALV8BAC4fAQACH0EABR9BABbfQQAYn0EAK4wDwDCfQQAAX4EAAR+BABUfgQAcX4EAKd+BAC4fgQA+n4EAAF/BABNfwQAZn8EAKB/BACofwQA838EAAmABABGgAQAS4AEAJmABACggAQA7IAEAPWABAA/gQQAUIEEAJKBBACegQQAATEPAOeBBAAjhQQA+YEEADiCBAA7ggQAi4IEAKiCBADeggQA74IEADGDBABAgwQAhIMEAJWDBADXgwQA5YMEACqEBAA2hAQAfYQEAIqEBADQhAQA2oQEAFQxDwAphQQAdoUEAISFBADJhQQAy4UEAByGBAAjhgQAb4YEAIiGBACnMQ8Ay4YEABWHBAAihwQAaIcEAHaHBAC7hwQAyocEAA6IBAAQiAQAYYgEAGuIBAC0iAQAwogEAAeJBAAMiQQAWokEAGeJBACtiQQAsIkEAACKBAAMigQAU4oEAGaKBACmigQAtYoEAPmKBAAFiwQATIsEAE2LBACfiwQAqYsEAPKLBAAAjAQARYwEAEqMBACYjAQApYwEAPoxDwDwjAQAPo0EAFSNBACRjQQAp40EAOSNBADtjQQAN44EAESOBACKjgQAmI4EAN2OBADsjgQAMI8EADKPBACDjwQAjY8EANaPBADkjwQAKZAEAC6QBAB8kAQAiZAEAM+QBADSkAQAIpEEACqRBAB1kQQAhpEEAMiRBADWkQQAG5IEACiSBABukgQAjpIEAMGSBADJkgQAFJMEACSTBABnkwQAaZMEALqTBADIkwQADZQEAB6UBADzMg8AZpQEALOUBAC/lAQARjMPAA2VBABZlQQAE5UEAI9EBgBglQQArJUEALKVBAD/lQQAC5YEAFKWBABVlgQApZYEAKiWBAD4lgQAI5cEAEuXBABulwQAnpcEAKmXBADxlwQA9pcEAESYBABHmAQAl5gEAKGYBADqmAQAFZkEAJkzDwBCmQQAkJkEAJ2ZBADjmQQA8JkEADaaBABCmgQAiZoEAJiaBADcmgQA5poEAC+bBAA3mwQAgpsEAIybBADVmwQA2psEACicBAAwnAQA7DMPAIicBADOnAQA4pwEACGdBAApnQQAdJ0EAHmdBADHnQQA150EABqeBAAingQAbZ4EAHeeBADAngQAy54EABOfBAAfnwQAZp8EAG6fBAA/NA8Aup8EAAygBAAYoAQAX6AEAG6gBACyoAQAwKAEAAWhBAAVoQQAWKEEAGahBACroQQAt6EEAP6hBAAFogQAUaIEAFmiBACkogQAuqIEAPeiBAALowQASqMEAE2jBACdowQAuqMEAPCjBAABpAQAQ6QEAEukBACWpAQAoaQEAOmkBADupAQAPKUEAD+lBACPpQQAmaUEAOKlBADlpQQAkjQPADemBADVMwcAOqYEAIimBACLpgQA26YEAOWmBAAupwQANqcEAIGnBACgpwQA5TQPAOinBAAnqAQATagEAHqoBACgqAQAzagEAPOoBAAgqQQAV6kEAHOpBACpqQQAxqkEAOypBAAZqgQAP6oEAGyqBACiqgQAv6oEAOOqBAASqwQALqsEAGWrBABtqwQAODUPAL2rBAALrAQAGKwEAF6sBABrrAQAsawEAL2sBAAErQQAE60EAFetBABhrQQAqq0EALitBAD9rQQAAq4EAFCuBABdrgQAo64EAKuuBAD2rgQA/K4EAEmvBAAArwQAO7EEAFWvBACcrwQArK8EAO+vBAD4rwQAQrAEAEWwBACVsAQAobAEAOiwBADvsAQAizUPAEmxBACOsQQApLEEAOGxBADtsQQANLIEADuyBACHsgQAj7IEANqyBADfsgQALbMEADazBACAswQAirMEAN41DwDUswQAJrQEADK0BAB5tAQAf7QEAMy0BADOtAQAH7UEACm1BABytQQAgLUEAMW1BADKtQQAGLYEACW2BABrtgQAc7YEAL62BADItgQAEbcEAB+3BABktwQAercEALe3BADDtwQACrgEABG4BABduAQAZbgEALC4BAC1uAQAA7kEAAy5BABWuQQAYLkEADE2DwDBuQQA/LkEAP+5BABPugQAbLoEAKK6BACzugQA9boEAA27BABIuwQAVLsEAJu7BACuuwQA7rsEAP27BABBvAQATbwEAJS8BACVvAQA57wEAPG8BAA6vQQASL0EAI29BACSvQQA4L0EAO29BACENg8AOL4EAIa+BACTvgQA2b4EAOa+BAAsvwQAOL8EAH+/BACOvwQA0r8EANy/BAAlwAQAM8AEAHjABAB9wAQAy8AEANjABAAewQQAJsEEAHHBBAB3wQQAxMEEAHvBBAC2wwQA0MEEABfCBAAnwgQAasIEAHPCBAC9wgQAwMIEABDDBAAcwwQAY8MEAGrDBAB9Nw8AxMMEAAnEBAAfxAQAXMQEAGjEBACvxAQAtsQEAALFBAAKxQQAVcUEAFrFBACoxQQAscUEAPvFBAAFxgQA0DcPAE/GBAChxgQArcYEAPTGBAD6xgQAR8cEAEnHBACaxwQApMcEAO3HBAD7xwQAQMgEAEXIBACTyAQAoMgEAObIBADuyAQAOckEAEPJBACMyQQAmskEAN/JBAD1yQQAMsoEAD7KBACFygQAjMoEANjKBADgygQAK8sEADDLBAB+ywQAh8sEANHLBADbywQAIzgPADLMBAB3zAQAjcwEAMrMBADWzAQAHc0EACTNBABwzQQAeM0EAMPNBADIzQQAFs4EAB/OBABpzgQAc84EAHY4DwC9zgQAD88EABvPBABizwQAaM8EALXPBAC3zwQACNAEABLQBABb0AQAadAEAK7QBACz0AQAAdEEAA7RBABU0QQAXNEEAKfRBACx0QQA+tEEAAjSBABN0gQAY9IEAKDSBACs0gQA89IEAPrSBABG0wQATtMEAJnTBACe0wQA7NMEAPXTBAA/1AQASdQEAMk4DwCU1AQAOjkLAKDUBADl1AQA9tQEADjVBAA91QQAi9UEAKLVBADe1QQA8tUEADHWBABJ1gQAhNYEAJPWBADX1gQA3NYEACrXBAA31wQAfdcEAIrXBADQ1wQA3NcEACPYBAAy2AQAdtgEAIDYBADJ2AQA0dgEABzZBAA62QQAb9kEAHfZBADC2QQAy9kEABXaBAAi2gQAaNoEAGraBAC72gQA1NoEAA7bBAAf2wQAYdsEAG3bBAC02wQAvNsEABw5DwAM3AQAWtwEAGLcBACt3AQAvNwEAADdBAAF3QQAU90EAGDdBACm3QQAs90EAPndBAAF3gQATN4EAFveBACf3gQAqd4EAPLeBAD63gQARd8EAE/fBACY3wQAnd8EAOvfBADz3wQAbzkPAFXgBACR4AQAmeAEAOTgBADu4AQAN+EEADzhBACK4QQAkuEEAMI5DwDi4QQAMOIEADniBADqwQoAPeIEAIPiBABG4gQADz0NAI3iBAClBA0AkOIEANbiBADi4gQAKeMEADjjBAB84wQAhuMEAM/jBADX4wQA1hIKAN3jBAAi5AQAL+QEAHXkBACM5AQAyOQEANDkBAAb5QQAJeUEAG7lBABz5QQAweUEAMnlBAAVOg8AIeYEAGfmBAB15gQAuuYEAM3mBAAN5wQAFecEAGDnBABj5wQAs+cEALjnBAAG6AQAFegEAFnoBAB56AQArOgEALjoBAD/6AQACekEAFLpBABu6QQApekEAK3pBABoOg8AC+oEAEvqBABR6gQAnuoEAKrqBADx6gQA++oEAETrBABK6wQAl+sEAKXrBADq6wQA9usEAD3sBABA7AQAkOwEAJHsBADj7AQA7+wEADbtBAA87QQAie0EAI/tBADc7QQA6O0EAC/uBABM7gQAgu4EAIvuBADV7gQA4e4EACjvBAAr7wQAe+8EAIXvBADO7wQA2u8EACHwBAAn8AQAdPAEAHrwBADH8AQAzPAEABrxBAAg8QQAuzoPAHnxBADA8QQAwvEEABPyBAAi8gQAZvIEAHHyBAC58gQAxfIEAAzzBAAT8wQAX/MEAGfzBACy8wQAvPMEAAX0BAAQ9AQAWPQEAGT0BACr9AQAs/QEALQ7DwAA9QQAUfUEAGT1BACk9QQArPUEAPf1BAD99QQASvYEAFb2BACd9gQAp/YEAPD2BAD29gQAQ/cEAFH3BACW9wQAovcEAOn3BADs9wQAPPgEAET4BACP+AQAkPgEAOL4BADu+AQANfkEADv5BACI+QQAkPkEANv5BADh+QQALvoEADr6BACB+gQAnvoEANT6BADd+gQAJ/sEADP7BAB6+wQAffsEAM37BADX+wQAIPwEACj8BABz/AQAhPwEAMb8BADU/AQAGf0EAC/9BABs/QQAev0EAL/9BADJ/QQABzwPACH+BABl/gQAcP4EALj+BADE/gQAC/8EABL/BABe/wQAZv8EALH/BAC7/wQABAAFAA8ABQBXAAUAYwAFAKoABQCyAAUAWjwPAP8ABQBQAQUAYwEFAKMBBQCrAQUA9gEFAPwBBQBJAgUAVQIFAJwCBQCmAgUA7wIFAPUCBQBCAwUAUAMFAJUDBQChAwUA6AMFAOsDBQA7BAUAQwQFAI4EBQCPBAUA4QQFAO0EBQA0BQUAOgUFAIcFBQCPBQUA2gUFAOAFBQAtBgUAOQYFAIAGBQCdBgUA0wYFANwGBQAmBwUAMgcFAHkHBQB8BwUAzAcFANYHBQAfCAUAJwgFAHIIBQCDCAUAxQgFANMIBQAYCQUALgkFAGsJBQB5CQUAvgkFAMgJBQARCgUAGQoFAGQKBQCHCgUArTwPAMIKBQAKCwUAGAsFAF0LBQBsCwUAsAsFALsLBQADDAUACwwFAFYMBQBkDAUAqQwFAKwMBQD8DAUABA0FAAA9DwBdDQUAog0FAKUNBQD1DQUA/Q0FAOBjBQABDgUAZzkFAAQOBQAeFAUAEQ4FAEgOBQBkDgUAUz0PAJ0OBQDuDgUA+w4FAEEPBQBODwUAlA8FAJkPBQDnDwUA8Q8FADoQBQBJEAUAjRAFAJIQBQDgEAUA7RAFADMRBQBAEQUAhhEFAJIRBQDZEQUA6BEFACwSBQA2EgUAfxIFAIsSBQDSEgUA2BIFACUTBQArEwUAeBMFAH0TBQDLEwUA0RMFAKY9DwAjFAUABy8FAC8UBQBxFAUAfxQFAMQUBQDQFAUAFxUFACQVBQBqFQUAdBUFAL0VBQDZFQUAEBYFACwWBQD5PQ8AZRYFALYWBQDDFgUACRcFABYXBQBcFwUAYRcFAK8XBQC5FwUAAhgFABEYBQBVGAUAWhgFAKgYBQC1GAUA+xgFAAgZBQBOGQUAWhkFAKEZBQCwGQUA9BkFAP4ZBQBHGgUAUxoFAJoaBQCgGgUA7RoFAPMaBQBAGwUARRsFAJMbBQCZGwUATD4PAO0bBQA5HAUARxwFAIwcBQCPHAUA3xwFAO4cBQAyHQUANx0FAIUdBQCSHQUA2B0FAOUdBQArHgUANx4FAH4eBQCNHgUA0R4FANseBQAkHwUAMh8FAHcfBQB8HwUAyh8FANcfBQAdIAUAKSAFAHAgBQCDIAUAwyAFANIgBQAWIQUAIiEFAGkhBQBqIQUAvCEFAMYhBQAPIgUAHSIFAGIiBQBnIgUAtSIFAMIiBQCfPg8ACiMFAFsjBQBpIwUAriMFAL8jBQCYPw8ACCQFAOs/DwBZJAUApyQFAK8kBQD6JAUACSUFAE0lBQBSJQUAoCUFAK0lBQDzJQUAACYFAEYmBQBSJgUAmSYFAKgmBQDsJgUA9iYFAJFADwBBJwUAkicFAK0nBQDlJwUA5ycFADgoBQBSKAUAiygFAJgoBQDeKAUA6igFADEpBQA7KQUAhCkFAJ4pBQDXKQUA5ikFACoqBQAvKgUAfSoFAIoqBQDQKgUA3SoFACMrBQAvKwUAdisFAIUrBQDJKwUA0ysFABwsBQAoLAUAbywFAIIsBQDCLAUA0SwFABUtBQAhLQUAaC0FAGktBQC7LQUAxS0FAA4uBQAcLgUAYS4FAGYuBQC0LgUAwS4FAORADwAULwUAWi8FAGcvBQCtLwUAuS8FAAAwBQAPMAUAUzAFAF0wBQCmMAUAtDAFAPkwBQD+MAUATDEFAFkxBQCfMQUAqzEFAPIxBQAFMgUARTIFAFQyBQCYMgUApDIFAOsyBQDsMgUAPjMFAEgzBQCRMwUAnzMFAOQzBQDpMwUANzQFAEQ0BQA3QQ8AlzQFAN00BQDfNAUAMDUFAEk1BQCDNQUAlDUFANY1BQDiNQUAKTYFADE2BQAwQg8AgTYFAM82BQDXNgUAIjcFADE3BQB1NwUAejcFAMg3BQDVNwUAGzgFACg4BQBuOAUAejgFAME4BQDQOAUAFDkFAB45BQCDQg8AejkFALo5BQDJOQUADToFABk6BQBgOgUAYToFALM6BQC9OgUABjsFABQ7BQBZOwUAXjsFAKw7BQC5OwUA1kIPAAQ8BQBSPAUAXzwFAKU8BQCyPAUA+DwFAAQ9BQBLPQUAWj0FAJ49BQCoPQUA8T0FAP89BQBEPgUAST4FAJc+BQCkPgUA6j4FAPI+BQA9PwUAQz8FAJA/BQBHPwUAbosFAJw/BQDjPwUA8z8FADZABQA/QAUAiUAFAIxABQDcQAUA6EAFAC9BBQA2QQUAz0MPAI1BBQDVQQUA1kEFAChCBQBAQgUAe0IFAIhCBQDOQgUA2kIFACFDBQArQwUAdEMFAHhDBQDHQwUAzEMFABpEBQAgRAUAbUQFAI1EBQDARAUA2EQFABNFBQAqRQUAZkUFAHJFBQC5RQUAw0UFAAxGBQAORgUAX0YFAGZGBQCyRgUAuUYFAAVHBQALRwUAWEcFAGRHBQCrRwUArkcFAP5HBQABSAUAUUgFAF1IBQCkSAUAp0gFACJEDwD8SAUASkkFAFJJBQCdSQUAo0kFAPBJBQD1SQUAQ0oFAExKBQCWSgUAoEoFAOlKBQD1SgUAPEsFAERLBQB1RA8AlEsFAOJLBQDqSwUANUwFAEBMBQCITAUAjUwFANtMBQDeTAUALk0FADhNBQDIRA8AjU0FANRNBQDbTQUAJ04FADVOBQB6TgUAfU4FAM1OBQDVTgUAIE8FACNPBQBzTwUAf08FAMZPBQDMTwUAGVAFADRQBQBsUAUAeFAFAL9QBQDFUAUAElEFABpRBQBlUQUAaVEFALhRBQDEUQUAC1IFABhSBQBeUgUAaFIFALFSBQC5UgUABFMFAAZTBQBXUwUAW1MFAKpTBQCsUwUA/VMFABFUBQAbRQ8AWFQFAKNUBQCnVAUA9lQFAPhUBQBJVQUATFUFAJxVBQCkVQUA71UFAPxVBQBCVgUAR1YFAJVWBQCfVgUA6FYFAPBWBQA7VwUAPFcFAI5XBQCTVwUA4VcFAORXBQA0WAUAN1gFAIdYBQCVWAUA2lgFAPNYBQAtWQUAPlkFAIBZBQCMWQUA01kFANtZBQBuRQ8AK1oFAHlaBQCBWgUAzFoFANtaBQAfWwUAJFsFAHJbBQB/WwUAxVsFANJbBQAYXAUAJFwFAGtcBQB6XAUAvlwFAMhcBQARXQUAGV0FAGRdBQBuXQUAt10FALxdBQAKXgUAEl4FAMFFDwBoXgUAsF4FALxeBQADXwUAC18FABRGDwBiXwUAqV8FALBfBQD8XwUACmAFAE9gBQBSYAUAomAFAKpgBQD1YAUA+GAFAEhhBQBUYQUAm2EFAKFhBQDuYQUACWIFAEFiBQBNYgUAlGIFAJpiBQDnYgUACmMFADpjBQA9YwUAjWMFALFjBQBnRg8A72MFADNkBQA4ZAUAhmQFAJNkBQDZZAUA5mQFACxlBQA4ZQUAf2UFAI5lBQDSZQUA3GUFACVmBQAzZgUAeGYFAH1mBQDLZgUA2GYFAB5nBQAmZwUAukYPAH5nBQDEZwUAzGcFABdoBQAwaAUAamgFAHBoBQC9aAUAwmgFABBpBQAwaQUAY2kFAG9pBQC2aQUAw2kFAAlqBQARagUAXGoFAF9qBQCvagUAuWoFAAJrBQAEawUAVWsFAF9rBQCoawUAtGsFAA1HDwARbAUATmwFAFpsBQChbAUApmwFAPRsBQCpbAUAiFIQAP1sBQBHbQUAUW0FAJptBQCibQUAVFsJAKZtBQDtbQUAvW0FAHhKCQDzbQUAQG4FAABuBQCrcAsARm4FAJNuBQCYbgUA5m4FAOxuBQBgRw8AR28FAIxvBQCibwUA328FAOtvBQAycAUAN3AFAIVwBQCOcAUA2HAFAOJwBQArcQUAM3EFAH5xBQCNcQUA0XEFANZxBQAkcgUAMXIFAHdyBQCEcgUAynIFANZyBQAdcwUALHMFAHBzBQB6cwUAw3MFANFzBQAWdAUAI3QFAGl0BQCAdAUAvHQFAMR0BQAPdQUAGXUFAGJ1BQBndQUAtXUFAL11BQBZSA8AFHYFAFt2BQBhdgUArnYFAMl2BQABdwUADXcFAFR3BQBadwUArEgPALp3BQD6dwUACXgFAE14BQBZeAUAoHgFAKF4BQDzeAUA/XgFAEZ5BQBUeQUAmXkFAJ55BQDseQUA+XkFAP9IDwBEegUAknoFAJp6BQDlegUA6HoFADh7BQBBewUAi3sFAJp7BQDeewUA6XsFADF8BQA5fAUAhHwFAJR8BQDXfAUA5XwFACp9BQA7fQUAfX0FAIl9BQDQfQUA2H0FAPhJDwApfgUAdn4FAH5+BQDJfgUA0H4FABx/BQAqfwUAb38FAHV/BQDCfwUAzn8FABWABQAkgAUAaIAFAHKABQC7gAUAwIAFAA6BBQAUgQUAYYEFAHWBBQC0gQUAvIEFAAeCBQAvggUAWoIFAGOCBQCtggUAuoIFAACDBQAOgwUAU4MFAGaDBQCmgwUAwoMFAEtKDwD+gwUATIQFAFmEBQCfhAUArIQFAPKEBQD+hAUARYUFAFSFBQCYhQUAooUFAOuFBQD5hQUAPoYFAEOGBQCRhgUAnoYFAOSGBQDshgUAN4cFAD2HBQCKhwUAlocFAN2HBQDthwUAMIgFADmIBQCDiAUAhogFANaIBQDiiAUAKYkFADCJBQCeSg8ApIkFAM+JBQDYiQUAIooFAC+KBQB1igUAg4oFAMiKBQDbigUAG4sFADeLBQDxSg8AfIsFAMGLBQDXiwUAFIwFACCMBQBnjAUAbowFALqMBQDCjAUADY0FABKNBQBgjQUAaY0FALONBQC9jQUAREsPAAeOBQBZjgUAZY4FAKyOBQCyjgUA/44FAAGPBQBSjwUAXI8FAKWPBQCzjwUA+I8FAP2PBQBLkAUAWJAFAJ6QBQCmkAUA8ZAFAPuQBQBEkQUAUpEFAJeRBQCtkQUA6pEFAPaRBQA9kgUARJIFAJCSBQCYkgUA45IFAOiSBQA2kwUAP5MFAImTBQCTkwUAl0sPAOqTBQAvlAUARZQFAIKUBQCOlAUA1ZQFANqUBQAolQUAMZUFAHuVBQCFlQUAzpUFANqVBQAhlgUAJ5YFAHSWBQB6lgUAx5YFAMyWBQAalwUAIJcFAOpLDwBylwUAwJcFAM2XBQATmAUAIJgFAGaYBQBymAUAuZgFAMiYBQAMmQUAFpkFAF+ZBQBtmQUAspkFALeZBQAFmgUAEpoFAFiaBQBgmgUAq5oFALWaBQD+mgUADJsFAFGbBQBnmwUApJsFALCbBQD3mwUA/JsFAEqcBQBTnAUAnZwFAKecBQDjTA8A/JwFAEOdBQBUnQUAlp0FAKKdBQDpnQUA+J0FADyeBQBGngUAj54FAJ2eBQDingUA554FADWfBQBCnwUAiJ8FAJKfBQDbnwUAlJ8FAGyjBQDpnwUALqAFAESgBQCBoAUAjaAFANSgBQDZoAUAJ6EFADChBQB6oQUAhKEFAM2hBQDZoQUAIKIFACaiBQBzogUAeaIFAMaiBQDLogUAGaMFAB+jBQA2TQ8AcqMFAL+jBQDFowUAEqQFABekBQBlpAUAa6QFAIlNDwDGpAUAC6UFACGlBQBepQUAaqUFALGlBQC2pQUABKYFAA2mBQBXpgUAYaYFAKqmBQC2pgUA/aYFABCnBQBQpwUAX6cFAKOnBQCvpwUA9qcFAPenBQBJqAUAU6gFAJyoBQCqqAUA76gFAPSoBQBCqQUAT6kFANxNDwCkqQUA6KkFAAiqBQA7qgUAR6oFAI6qBQCYqgUA4aoFAOaqBQA0qwUANasFAIerBQCTqwUA2qsFAOerBQAtrAUAOawFAICsBQCTrAUA06wFAOKsBQAmrQUAMq0FAHmtBQB6rQUAzK0FANatBQAfrgUALa4FAHKuBQB3rgUAxa4FANKuBQAvTg8ANK8FAIJODwBxrwUAvq8FAMSvBQARsAUAFrAFAGSwBQBqsAUA1U4PALywBQAKsQUADbEFAF2xBQBpsQUAsLEFALaxBQADsgUAHrIFAFayBQBisgUAqbIFAK+yBQD8sgUA/rIFAE+zBQBqswUAorMFAKSzBQD1swUAA7QFAEi0BQBZtAUAm7QFAJ20BQDutAUAB7UFAEG1BQBStQUAlLUFAKC1BQDOTw8A8bUFADq2BQBItgUAjbYFAKO2BQDgtgUA7LYFADO3BQA4twUAhrcFAI+3BQDZtwUA47cFACy4BQA0uAUAf7gFAIS4BQDSuAUA4bgFACW5BQA0uQUAeLkFAIG5BQDLuQUA0bkFAB66BQAkugUAcboFAH26BQDEugUAy7oFABe7BQAfuwUAarsFAGy7BQC9uwUAzbsFABC8BQAavAUAY7wFAG+8BQC2vAUAvLwFAAm9BQARvQUAIVAPAGi9BQCvvQUAwL0FAAK+BQAOvgUAVb4FAGS+BQCovgUAsr4FAPu+BQAJvwUATr8FAFO/BQChvwUArr8FAPS/BQD8vwUAR8AFAFHABQBM1wUAU8AFAJrABQCgwAUA7cAFAPPABQBAwQUARcEFAJPBBQCZwQUAdFAPAPLBBQA5wgUAP8IFAIzCBQCnwgUA38IFAOvCBQAywwUAOMMFAIXDBQCNwwUA2MMFANvDBQArxAUAN8QFAH7EBQCPxAUA0cQFAN3EBQAkxQUAM8UFAHfFBQCBxQUAysUFANjFBQAdxgUAIsYFAHDGBQB9xgUAw8YFAMvGBQAWxwUAIMcFAGnHBQB3xwUAvMcFANLHBQAPyAUAG8gFAGLIBQBnyAUAtcgFAL7IBQAIyQUAEskFAG1RDwBhyQUArskFALTJBQABygUADcoFAFTKBQBhygUAp8oFALHKBQD6ygUAAssFAE3LBQBXywUAoMsFAKXLBQDzywUA9MsFAEbMBQBLzAUAmcwFAKrMBQDszAUA8cwFAD/NBQBWzQUAks0FAKbNBQDlzQUAAc4FADjOBQBAzgUAwFEPAJPOBQDezgUA6M4FADHPBQBFzwUAhM8FAIXPBQDXzwUA488FACrQBQBG0AUAfdAFAIXQBQATUg8A2dAFACPRBQAx0QUAdtEFADLRBQCO4QkAgNEFAMnRBQDL0QUAHNIFADXSBQBv0gUAgNIFAMLSBQDO0gUAFdMFAB3TBQBmUg8AdNMFALvTBQDB0wUADtQFACnUBQBh1AUAbdQFALTUBQC61AUAB9UFAArVBQBa1QUAYtUFAK3VBQC91QUAANYFAAXWBQBT1gUAXNYFAKbWBQCz1gUA+dYFAADXBQC5Ug8AWtcFAJ/XBQC11wUA8tcFAP7XBQBF2AUAStgFAJjYBQCh2AUA69gFAPXYBQA+2QUAWtkFAJHZBQCZ2QUADFMPAOnZBQA32gUAP9oFAIraBQCM2gUA3doFAPjaBQAw2wUAMtsFAIPbBQCR2wUA1tsFAOfbBQAp3AUAK9wFAHzcBQCV3AUAz9wFAODcBQAi3QUALt0FAHXdBQB93QUAX1MPANTdBQAb3gUAId4FAG7eBQCJ3gUAwd4FAM3eBQAU3wUAGt8FAGffBQBq3wUAslMPANffBQAN4AUADuAFAGDgBQBv4AUAs+AFALjgBQAG4QUAE+EFAFnhBQBm4QUArOEFALjhBQD/4QUADuIFAFLiBQBc4gUApeIFALPiBQD44gUA/eIFAEvjBQBY4wUAnuMFAKrjBQDx4wUA9+MFAETkBQAE5AUABPkFAErkBQCX5AUAnOQFAOrkBQDw5AUABVQPAELlBQCQ5QUAsOUFAOPlBQDv5QUANuYFADzmBQCJ5gUAkeYFAMoYBgCS5gUA3OYFAOnmBQAv5wUANecFAILnBQCO5wUA1ecFANfnBQAo6AUAN+gFAHvoBQCG6AUAzugFANDoBQAh6QUAOukFAHTpBQCF6QUAx+kFANPpBQAa6gUAJuoFAG3qBQCA6gUAwOoFAM/qBQAT6wUAH+sFAGbrBQBn6wUAuesFAMPrBQAM7AUAGuwFAF/sBQBk7AUAsuwFAL/sBQBYVA8AEu0FAFjtBQBs7QUAq+0FAMftBQD+7QUAGu4FAKtUDwBg7gUApO4FAKXuBQD37gUABu8FAErvBQBP7wUAne8FAKrvBQDw7wUA/e8FAEPwBQBP8AUAlvAFAKXwBQDp8AUA8/AFADzxBQBK8QUAj/EFAJTxBQDi8QUA7/EFADXyBQBF8gUAiPIFAIryBQDb8gUA6fIFAC7zBQA/8wUA/lQPAIjzBQBRVQ8A2fMFACf0BQA09AUAevQFAIf0BQDN9AUA0/QFACD1BQAs9QUAc/UFAIP1BQDG9QUAz/UFABn2BQAc9gUAbPYFAHj2BQC/9gUAxvYFAKRVDwAe9wUAZfcFAHX3BQC49wUAwfcFAAv4BQAO+AUAXvgFAGr4BQCx+AUAuPgFAPdVDwAT+QUAV/kFAGP5BQCq+QUAq/kFAP35BQAH+gUAUPoFAF76BQCj+gUAqPoFAPb6BQAD+wUASlYPAE77BQCc+wUAq/sFAO/7BQAP/AUAQvwFAE78BQCV/AUAn/wFAOj8BQDw/AUAO/0FAEf9BQCO/QUAlP0FAOH9BQDn/QUANP4FADn+BQCH/gUAjf4FAENXDwDf/gUALf8FADb/BQCA/wUAkf8FANP/BQDa/wUAJgAGAC4ABgB5AAYAhgAGAMwABgDRAAYAHwEGACkBBgByAQYAegEGAMUBBgDUAQYAGAIGAB0CBgBrAgYAeAIGAL4CBgDLAgYAEQMGAB0DBgBkAwYAcwMGALcDBgDBAwYACgQGABIEBgBdBAYAZwQGALAEBgC1BAYAAwUGAAsFBgA8WA8AWwUGAKkFBgCsBQYA/AUGAAYGBgCPWA8AVQYGAKIGBgCnBgYA9QYGABUHBgBIBwYAVAcGAJsHBgChBwYA7gcGAPEHBgBBCAYAQwgGAJQIBgCvCAYA5wgGAOkIBgA6CQYASAkGAI0JBgCeCQYA4AkGAOIJBgAzCgYATAoGAIYKBgCXCgYA2QoGAOUKBgDiWA8APAsGAH8LBgCfCwYA0gsGANQLBgAlDAYAMQwGAGCoDQA0DAYAtCcGAEEMBgCsNAYATgwGAHgMBgB7DAYAywwGANgMBgCoEQYA2gwGAB4NBgAjDQYAcQ0GAH4NBgDEDQYA0Q0GABcOBgAjDgYAag4GAHkOBgC9DgYAxw4GABAPBgAeDwYAYw8GAGgPBgC2DwYAww8GAAkQBgAVEAYAXBAGAGIQBgCvEAYAtRAGAAIRBgAHEQYAVREGAFsRBgA1WQ8AsREGAPsRBgAREgYAThIGAGcSBgChEgYArRIGAPQSBgD6EgYARxMGAEwTBgCaEwYAqhMGAO0TBgDzEwYAQBQGAEwUBgCTFAYAnRQGAOYUBgDsFAYAORUGAEcVBgCMFQYAmBUGAN8VBgDiFQYAMhYGAD4WBgCFFgYAmBYGANgWBgDnFgYAKxcGADcXBgB+FwYAihcGANEXBgDYFwYAJBgGADAYBgB3GAYAfhgGAIhZDwDgGAYAHRkGAB8ZBgBwGQYAhBkGAMMZBgDLGQYAFhoGACMaBgBpGgYAbhoGALwaBgDGGgYADxsGABcbBgBiGwYAexsGALUbBgDBGwYACBwGABAcBgDbWQ8AdhwGAK4cBgCwHAYAAR0GAA8dBgBUHQYAZR0GAKcdBgCpHQYA+h0GABMeBgBNHgYAXh4GAKAeBgCsHgYALloPAPgeBgBGHwYATx8GAJkfBgCqHwYA7B8GAPMfBgA/IAYARyAGAJIgBgCfIAYA5SAGAOogBgA4IQYAQiEGAIshBgCTIQYA3iEGAPchBgAxIgYAPSIGAIQiBgCMIgYA1FoPANoiBgAqIwYANCMGAH0jBgB/IwYA0CMGAOkjBgAjJAYANCQGAHYkBgCEJAYAySQGAMwkBgAcJQYAJyUGAG8lBgB7JQYAwiUGAMklBgAnWw8AGiYGAGgmBgBwJgYAuyYGAMkmBgAOJwYADycGAGEnBgB8JwYAelsPALknBgAHKAYAFCgGAFooBgBnKAYArSgGALkoBgAAKQYADykGAFMpBgBdKQYApikGALQpBgD5KQYA/ikGAEwqBgBZKgYAnyoGAKsqBgDyKgYA+CoGAEUrBgBLKwYAmCsGAJ0rBgDrKwYA8SsGAM1bDwBLLAYAkSwGAJMsBgDkLAYA/SwGADctBgBILQYAii0GAJYtBgDdLQYA5S0GAMZcDwA1LgYAgy4GAIsuBgDWLgYA7y4GACkvBgAuLwYAfC8GAIEvBgDPLwYA2S8GACIwBgAlMAYAdTAGAH8wBgDIMAYAzjAGABsxBgAdMQYAbjEGAG8xBgDBMQYAyTEGABQyBgAkMgYAZzIGAG0yBgC6MgYAvzIGAA0zBgAjMwYAYDMGAGgzBgCzMwYA2zMGAAY0BgApNAYAWTQGAHg0BgAZXQ8AtDQGAGxdDwAQNQYAUjUGAGA1BgClNQYAsTUGAPg1BgAFNgYASzYGAFU2BgCeNgYApjYGAPE2BgD8NgYARDcGAEY3BgCXNwYAmjcGAOo3BgDyNwYAPTgGAEM4BgCQOAYAmTgGAOM4BgDwOAYANjkGAD45BgCJOQYAjjkGANw5BgDlOQYALzoGADk6BgCCOgYAijoGANU6BgDaOgYAKDsGADg7BgB7OwYAgzsGAM47BgDQOwYAITwGADw8BgB0PAYAdjwGAMc8BgDVPAYAGj0GACs9BgBtPQYAbz0GAMA9BgDZPQYAEz4GACQ+BgBmPgYAcj4GALk+BgDBPgYAv10PABI/BgBfPwYAZD8GALI/BgDSPwYABUAGABFABgBYQAYAXkAGAKtABgCuQAYA/kAGAAZBBgBRQQYAW0EGAKRBBgCpQQYA90EGAP9BBgBKQgYAVEIGAJ1CBgCfQgYA8EIGAAFDBgBDQwYAY0MGAJZDBgCeQwYA6UMGAPNDBgA8RAYAQUQGABJeDwCjRAYA4kQGAOpEBgA1RQYAOkUGAIhFBgCYRQYA20UGAONFBgAuRgYAOEYGAIFGBgCMRgYA1EYGAOBGBgAnRwYAL0cGAGVeDwCGRwYAzUcGANlHBgAgSAYAJ0gGAHNIBgB7SAYAxkgGAN9IBgAZSQYAH0kGAGxJBgBxSQYAv0kGAN9JBgASSgYAHkoGAGVKBgBrSgYAuEoGALtKBgC4Xg8ADUsGAF5LBgAZSwYArZYOAGFLBgCxSwYAu0sGAARMBgASTAYAV0wGAGZMBgCqTAYArUwGAP1MBgDCTAYA83EGAMZMBgAJYwYACU0GAFBNBgBSTQYAo00GAKlNBgD2TQYABU4GAElOBgBUTgYAnE4GAKROBgDZsAYAtk4GAO9OBgD7TgYAQk8GAFVPBgCVTwYApE8GAOhPBgD0TwYAO1AGADxQBgCOUAYAmFAGAOFQBgDvUAYANFEGADlRBgCHUQYAlFEGAAtfDwD0UQYALVIGADxSBgCAUgYAhVIGANNSBgDgUgYAJlMGADNTBgB5UwYAhVMGAMxTBgDbUwYAH1QGAClUBgByVAYAgFQGAMVUBgDKVAYAGFUGACVVBgBrVQYAd1UGAL5VBgDEVQYAEVYGABdWBgBkVgYAaVYGALdWBgC9VgYAXl8PAAtXBgBdVwYAE1cGANC7CAAXVwYAtqcIACpXBgB7twwAaVcGALBXBgC2VwYA82oHAL1XBgADWAYABlgGAFZYBgBiWAYAqVgGAKtYBgD8WAYAAlkGAE9ZBgBeWQYAolkGAK1ZBgD1WQYA9lkGAEhaBgBcWgYAm1oGALVaBgDuWgYA+loGAEFbBgBUWwYAlFsGAKNbBgDnWwYA81sGADpcBgA7XAYAjVwGAJdcBgDgXAYA7lwGADNdBgA4XQYAhl0GAJNdBgCxXw8A810GACxeBgA7XgYAf14GAIReBgDSXgYA314GACVfBgAyXwYAeF8GAIRfBgDLXwYA2l8GAB5gBgAoYAYAcWAGAH9gBgDEYAYAyWAGABdhBgAkYQYAamEGAHZhBgC9YQYAw2EGABBiBgAWYgYAY2IGAGhiBgC2YgYAvGIGAARgDwAlYwYAV2APAGJjBgCvYwYAsWMGAAJkBgAPZAYAVWQGAFhkBgCoZAYAqWQGAPtkBgAAZQYATmUGAFRlBgChZQYAq2UGAPRlBgAQZgYAR2YGAGNmBgCqYA8AoGYGAO1mBgDvZgYAQGcGAE1nBgCTZwYAlmcGAOZnBgDnZwYAOWgGAD5oBgCMaAYAkmgGAN9oBgDpaAYAMmkGAE5pBgCFaQYAoWkGAP1gDwDeaQYAK2oGADFqBgB+agYAg2oGANFqBgDXagYAUGEPADJrBgB3awYAkmsGAMprBgDYawYAHWwGACpsBgBwbAYAh2wGAMNsBgDSbAYAFm0GABttBgBpbQYAdm0GALxtBgDJbQYAD24GABtuBgBibgYAcW4GALVuBgC/bgYACG8GABZvBgBbbwYAYG8GAK5vBgC7bwYAAXAGAARwBgBUcAYAYHAGAKdwBgCtcAYA+nAGAABxBgBNcQYAUnEGAKBxBgCmcQYAo2EPAP1xBgBGcgYATHIGAJlyBgCbcgYA7HIGAPlyBgA/cwYAQnMGAJJzBgCTcwYA5XMGAOpzBgA4dAYAPnQGAIt0BgCVdAYA3nQGAPh0BgAxdQYAQHUGAIR1BgCJdQYA13UGAOR1BgAqdgYAN3YGAH12BgCJdgYA0HYGAN92BgAjdwYALXcGAHZ3BgCEdwYAyXcGAM53BgAceAYAKXgGAG94BgB5eAYAKYIGAHt4BgDCeAYAyHgGABV5BgAbeQYAaHkGAG15BgC7eQYAwXkGAPZhDwATegYAYXoGAG56BgC0egYAwXoGAAd7BgATewYAWnsGAGl7BgCtewYAt3sGAAB8BgAOfAYAU3wGAFh8BgCmfAYAs3wGAPl8BgABfQYATH0GAFh9BgCffQYApX0GAPJ9BgD4fQYARX4GAEp+BgCYfgYAnn4GAO9iDwDtfgYAPn8GAEd/BgCRfwYAlH8GAOR/BgDwfwYAN4AGAD6ABgCKgAYAkoAGAN2ABgD2gAYAMIEGAESBBgCDgQYAn4EGANaBBgDegQYAlWMPADeCBgB8ggYAkoIGAM+CBgDbggYAIoMGACeDBgB1gwYAfoMGAMiDBgDSgwYAG4QGADeEBgBuhAYAdoQGAOhjDwDGhAYAFIUGACGFBgBnhQYAdIUGALqFBgDGhQYADYYGAByGBgBghgYAaoYGALOGBgDBhgYABocGAAuHBgBZhwYAZocGAKyHBgC0hwYA/4cGAAmIBgBSiAYAYIgGAKWIBgC7iAYA+IgGAASJBgBLiQYAUIkGAJ6JBgCniQYA8YkGAPuJBgBEigYATIoGAJeKBgCmigYA6ooGAOyKBgA9iwYARosGAJCLBgCTiwYA44sGAO+LBgA2jAYAPYwGAImMBgCRjAYA3IwGAPWMBgAvjQYAQ40GAIKNBgCejQYA1Y0GAN2NBgA7ZA8ALY4GAHuOBgCIjgYAzo4GANuOBgAhjwYALY8GAHSPBgCDjwYAx48GANGPBgAakAYAJJAGAG2QBgB7kAYAwJAGANaQBgATkQYAH5EGAGaRBgBrkQYAuZEGAMKRBgAMkgYAFpIGAF+SBgBrkgYAspIGALiSBgAFkwYAC5MGAFiTBgBdkwYAq5MGALGTBgCOZA8ACpQGAFGUBgBVlAYApJQGALOUBgD3lAYA/JQGAEqVBgBXlQYAnZUGAKqVBgDwlQYA/JUGAEOWBgBSlgYAlpYGAKCWBgDplgYA95YGADyXBgBBlwYAj5cGAJyXBgDilwYA7pcGADWYBgA7mAYAiJgGAI6YBgDbmAYA4JgGAC6ZBgA0mQYA4WQPAIaZBgDUmQYA25kGACeaBgAzmgYAepoGAHyaBgDNmgYAfZoGAFCgBgDomgYAIJsGACKbBgBzmwYAgZsGAMabBgDXmwYAGZwGABucBgBsnAYAhZwGAL+cBgDQnAYAEp0GAB6dBgBlnQYAcZ0GALidBgDLnQYAC54GABqeBgBengYAap4GALGeBgCyngYABJ8GAA6fBgBXnwYAZZ8GAKqfBgCvnwYA/Z8GAAqgBgA0ZQ8AUqAGAKOgBgC+oAYA9qAGAPigBgBJoQYAV6EGAJyhBgCtoQYA76EGAPGhBgBCogYAW6IGAJWiBgCmogYA6KIGAPSiBgA7owYAR6MGAI6jBgChowYA4aMGAPCjBgA0pAYAQKQGAIekBgCIpAYA2qQGAOSkBgAtpQYAO6UGAIClBgCFpQYA06UGAOClBgAtZg8AK6YGAHmmBgCBpgYAzKYGAM6mBgAfpwYAMKcGAHKnBgCApwYAxacGAOCnBgAYqAYAJKgGAGuoBgBzqAYAJmcPAMOoBgARqQYAGKkGAGSpBgBwqQYAt6kGALqpBgAKqgYAEqoGAF2qBgBtqgYAsKoGALWqBgADqwYADKsGAFarBgBjqwYAqasGALCrBgD8qwYABKwGAHlnDwBcrAYAoqwGAKqsBgD1rAYACa0GAEitBgBNrQYAm60GAKStBgDurQYA9K0GAEGuBgBJrgYAlK4GAKOuBgDnrgYA+K4GADqvBgBDrwYAja8GAJCvBgDgrwYA6q8GADOwBgA/sAYAhrAGAIywBgDMZw8A5rAGACyxBgAxsQYAf7EGAIaxBgDSsQYA3rEGACWyBgAtsgYAH2gPAJOyBgDLsgYAzbIGAB6zBgAsswYAcbMGAIKzBgDEswYAxrMGABe0BgAwtAYAarQGAHu0BgC9tAYAybQGAHJoDwAftQYAY7UGAHK1BgC2tQYAv7UGAAm2BgAPtgYAXLYGAGK2BgCvtgYAu7YGAAK3BgAJtwYAVbcGAF23BgCotwYArLcGAPu3BgAGuAYATrgGAFy4BgChuAYAsrgGAPS4BgAAuQYAR7kGAE+5BgDFaA8AnbkGAO25BgD3uQYAQLoGAEK6BgCTugYArLoGAOa6BgD3ugYAObsGAEe7BgCMuwYAj7sGAN+7BgDquwYAMrwGAEC8BgCFvAYAkrwGANi8BgDvvAYAK70GADO9BgB+vQYAgL0GANG9BgDZvQYAJL4GADO+BgB3vgYAfL4GAMq+BgDXvgYAHb8GACq/BgBwvwYAfL8GAMO/BgDSvwYAFsAGACDABgBpwAYAd8AGALzABgDBwAYAD8EGABzBBgBiwQYAasEGALXBBgC/wQYACMIGAA3CBgBbwgYAY8IGAK7CBgCxwgYAAcMGAB7DBgBUwwYAZcMGAKfDBgCvwwYA+sMGAP3DBgBNxAYAWcQGAKDEBgCmxAYA88QGAA7FBgBGxQYAUsUGAJnFBgCfxQYAGGkPAPvFBgA/xgYAQMYGAJLGBgDJxgYA5cYGAPPGBgA4xwYAOccGAIvHBgCTxwYA3scGAO3HBgAxyAYANsgGAITIBgCRyAYA18gGAOTIBgAqyQYANskGAH3JBgCMyQYA0MkGANrJBgAjygYAMcoGAHbKBgB7ygYAycoGANbKBgAcywYAJMsGAG/LBgB5ywYAwssGAMfLBgAVzAYAHcwGAGjMBgByzAYAu8wGAMbMBgAOzQYAGs0GAGHNBgBpzQYAa2kPALnNBgAHzgYACs4GAFrOBgBkzgYArc4GALXOBgC+aQ8ADs8GAFPPBgBpzwYAps8GALLPBgD5zwYA/s8GAEzQBgBV0AYAn9AGAKnQBgDy0AYA+tAGAEXRBgBR0QYAmNEGAKvRBgDr0QYA7NEGAD7SBgBM0gYAkdIGAJfSBgDk0gYA8NIGADfTBgA+0wYAEWoPAIvTBgDd0wYA6dMGADDUBgA91AYAg9QGAIvUBgDW1AYA4NQGACnVBgA41QYAfNUGAH3VBgDP1QYA19UGACLWBgAx1gYAddYGAHrWBgDI1gYA1dYGABvXBgAo1wYAbtcGAHrXBgDB1wYA0NcGABTYBgAe2AYAZ9gGAHXYBgC62AYAv9gGAA3ZBgAa2QYAYNkGAGjZBgCz2QYAt9kGAAbaBgAU2gYAWdoGAGPaBgCs2gYAt9oGAP/aBgAH2wYAUtsGAF3bBgCl2wYAqtsGAPjbBgD72wYAS9wGAFXcBgCe3AYAptwGAPHcBgAQ3QYAZGoPAEbdBgCX3QYAmN0GAOrdBgD03QYAPd4GAEveBgCQ3gYAq94GAOPeBgDv3gYANt8GAD7fBgC3ag8Ald8GANzfBgDi3wYAL+AGAErgBgCC4AYAjuAGANXgBgDb4AYAKOEGADDhBgB74QYAieEGAM7hBgDR4QYAIeIGACniBgB04gYAfeIGAMfiBgDU4gYAGuMGABzjBgBt4wYAiOMGAMDjBgDC4wYAE+QGACHkBgBm5AYAd+QGALnkBgC75AYADOUGACXlBgBf5QYAcOUGALLlBgC+5QYABeYGAA3mBgAKaw8AXuYGAKvmBgCz5gYA/uYGAAXnBgBR5wYAVucGAKTnBgCw5wYA9+cGAPrnBgBK6AYAUugGAJ3oBgCq6AYA8OgGAPXoBgBD6QYATekGAJbpBgCe6QYA6ekGAPXpBgA86gYAT+oGAI/qBgCd6gYA4uoGAOXqBgA16wYAP+sGAF1rDwCL6wYA2+sGAOPrBgAu7AYAMewGAIHsBgCN7AYA1OwGANrsBgAn7QYAQu0GAHrtBgCG7QYAze0GANPtBgAg7gYAKO4GAHPuBgCB7gYAxu4GAMnuBgAZ7wYAIe8GAGzvBgB17wYAv+8GAMzvBgAS8AYAFPAGAGXwBgCA8AYAuPAGALrwBgAL8QYAGfEGAF7xBgBv8QYAsfEGALPxBgAE8gYAHfIGAFfyBgBo8gYAqvIGALbyBgD98gYABfMGALBrDwBW8wYAo/MGAKvzBgD28wYA/fMGAEn0BgBO9AYAnPQGAKj0BgDv9AYA8vQGAEL1BgBK9QYAlfUGAKL1BgDo9QYA7fUGADv2BgBF9gYAjvYGAJb2BgDh9gYA7fYGADT3BgBH9wYAh/cGAJX3BgDa9wYA3fcGAC34BgA3+AYAA2wPAIP4BgDT+AYA3/gGACb5BgAs+QYAefkGAJT5BgDM+QYA2PkGAB/6BgAl+gYAcvoGAHr6BgDF+gYA0/oGABj7BgAb+wYAa/sGAHP7BgC++wYAx/sGABH8BgAe/AYAZPwGAGb8BgC3/AYA0vwGAAr9BgAM/QYAXf0GAGv9BgCw/QYAwf0GAAP+BgAF/gYAVv4GAG/+BgCp/gYAuv4GAPz+BgAI/wYAT/8GAFf/BgBWbA8AqP8GAPX/BgD9/wYASAAHAE8ABwCbAAcAoAAHAO4ABwD6AAcAQQEHAEQBBwCUAQcAnAEHAOcBBwD0AQcAOgIHAD8CBwCNAgcAlwIHAOACBwDoAgcAMwMHAD8DBwCGAwcAmQMHANkDBwDnAwcALAQHAC8EBwB/BAcAiQQHAKlsDwDUBAcAJQUHANcEBwA/EggA2wQHAK1DDgDeBAcASmQNAOAEBwB1dQgALwUHAC67DQA2BQcAeAUHAIkFBwDLBQcA2QUHAB4GBwA6BgcAcQYHAI0GBwD8bA8A0gYHABcHBwAkBwcAagcHAIEHBwC9BwcAyQcHABAIBwAWCAcAYwgHAGkIBwC2CAcAuwgHAAkJBwAPCQcAT20PAGEJBwCvCQcAtwkHAAIKBwAFCgcAVQoHAGEKBwCoCgcArgoHAPsKBwAWCwcATgsHAFoLBwChCwcApwsHAPQLBwD8CwcARwwHAEkMBwCaDAcAtQwHAO0MBwDvDAcAQA0HAE4NBwCTDQcApA0HAOYNBwDoDQcAOQ4HAFIOBwCMDgcAnQ4HAN8OBwDrDgcASG4PAEgPBwCFDwcAlA8HANgPBwCuDwcAtRQHANoPBwArEAcAOhAHAH4QBwCJEAcA0RAHAN0QBwAkEQcAJxEHAHcRBwArEQcAHB4HAEARBwDzFwcAgxEHAMoRBwDQEQcAHRIHADgSBwBwEgcAfBIHAMMSBwDJEgcAFhMHACITBwBpEwcAbxMHALwTBwDCEwcADxQHABQUBwBiFAcAaBQHAJtuDwC4FAcACBUHACQVBwBbFQcAYxUHAJRvDwC6FQcAARYHAAcWBwBUFgcAbxYHAKcWBwCzFgcA+hYHAAAXBwBNFwcAVRcHAKAXBwDBFwcA528PAPsXBwA6cA8ASxgHAJkYBwCmGAcA7BgHAPkYBwA/GQcASxkHAJIZBwChGQcA5RkHAO8ZBwA4GgcAQBoHAIsaBwCVGgcA3hoHAOwaBwAxGwcARxsHAIQbBwCQGwcA1xsHANwbBwAqHAcAMxwHAH0cBwCHHAcA0BwHANgcBwAjHQcALR0HAHYdBwB7HQcAyR0HANEdBwCNcA8AKB4HAG8eBwCCHgcAwh4HANEeBwAVHwcAIR8HAGgfBwBpHwcAux8HAMUfBwAOIAcAHCAHAGEgBwBmIAcAtCAHAMEgBwDgcA8AEiEHAFohBwBmIQcArSEHALMhBwAAIgcADCIHAFMiBwBbIgcA2XEPAKkiBwD5IgcAASMHAEwjBwBZIwcAnyMHAKQjBwDyIwcA+iMHAEUkBwBHJAcAmCQHALMkBwDrJAcA7SQHAD4lBwBMJQcAkSUHAKIlBwDkJQcA5iUHADcmBwBQJgcAiiYHAJsmBwDdJgcA6SYHADAnBwA4JwcALHIPAIgnBwDWJwcA4ycHACkoBwA2KAcAfCgHAIgoBwDPKAcA3igHACIpBwAsKQcAdSkHAIMpBwDIKQcAzSkHABsqBwAoKgcAbioHAHYqBwDBKgcAwyoHABQrBwAeKwcAZysHAG8rBwB/cg8AxSsHAA0sBwAbLAcAYCwHAGMsBwCzLAcAuywHAAYtBwAcLQcAWS0HAF4tBwCsLQcAwi0HAP8tBwALLgcAUi4HAF8uBwClLgcAry4HANJyDwD6LgcASy8HAFkvBwCeLwcAry8HACVzDwD3LwcARDAHAFAwBwB4cw8AmTAHAOowBwDwMAcAPTEHAF0xBwCQMQcAnDEHAOMxBwDqMQcANjIHAD4yBwCJMgcAkDIHANwyBwDoMgcALzMHADEzBwCCMwcAiTMHAMtzDwDYMwcAKDQHADA0BwB7NAcAizQHAM40BwDQNAcAITUHAC81BwB0NQcAhTUHAB50DwDONQcAcXQPACc2BwBtNgcAdDYHAMA2BwDINgcAEzcHACE3BwBmNwcAaTcHALk3BwDBNwcADDgHABM4BwBfOAcAbTgHALI4BwC1OAcABTkHAAc5BwBYOQcAcTkHAKs5BwC8OQcA/jkHAAo6BwBROgcAWDoHAKQ6BwCsOgcA9zoHAAA7BwBKOwcAVzsHAJ07BwCnOwcA8DsHAP47BwBDPAcAVDwHAJY8BwCePAcA6TwHAPM8BwA8PQcASj0HAI89BwClPQcA4j0HAO49BwA1PgcAPD4HAIg+BwCQPgcA2z4HAOE+BwAuPwcAOj8HAIE/BwCLPwcA1D8HANo/BwAnQAcAO0AHABd1DwCIQAcAzUAHAOZABwAgQQcANkEHAHNBBwCCQQcAxkEHAOBBBwAZQgcAHEIHAPZGBwAkQgcA00sHAChCBwBsQgcAcUIHAL9CBwDMQgcAEkMHAB9DBwBlQwcAcUMHALhDBwDHQwcAC0QHABVEBwBeRAcAbEQHALFEBwC2RAcABEUHABFFBwBXRQcAY0UHAKpFBwCwRQcA/UUHAANGBwBQRgcAVUYHAKNGBwCpRgcAanUPAAJHBwBJRwcAT0cHAJxHBwC3RwcA70cHAPtHBwBCSAcASEgHAJVIBwCcSAcA6EgHAO1IBwCHSgcA9EgHADtJBwA9SQcAjkkHAJVJBwDhSQcA/UkHADRKBwA8SgcAY3YPAItKBwDaSgcA50oHAC1LBwBJSwcAgEsHAIhLBwC2dg8A2EsHACZMBwApTAcAeUwHAINMBwDMTAcA3UwHAB9NBwAkTQcAck0HAHdNBwDFTQcA5U0HABhOBwAhTgcAa04HAGxOBwC+TgcAyk4HABFPBwAXTwcAZE8HAGpPBwC3TwcAvE8HAApQBwAQUAcACXcPAF5QBwCwUAcAvFAHAANRBwAQUQcAVlEHAF5RBwCpUQcAslEHAPxRBwAJUgcAT1IHAF1SBwCiUgcAtVIHAPVSBwD9UgcASFMHAEtTBwCbUwcAoFMHAO5TBwD9UwcAQVQHAGFUBwCUVAcAoFQHAOdUBwDxVAcAAngPAERVBwCNVQcAj1UHAOBVBwDqVQcAM1YHADxWBwCGVgcAiVYHANlWBwDhVgcALFcHAGFXBwBVeA8Ai1cHANJXBwDhVwcAJVgHAEVYBwB4WAcAhFgHAMtYBwDSWAcAHlkHACNZBwBxWQcAclkHAMRZBwDQWQcAF1oHAB1aBwBqWgcAbFoHAL1aBwDHWgcAEFsHAB5bBwBjWwcAaFsHALZbBwDDWwcACVwHABNcBwBcXAcAalwHAK9cBwDFXAcAAl0HAA5dBwBVXQcAWl0HAKhdBwCxXQcA+10HAAVeBwBOXgcAWl4HAKFeBwC0XgcA9F4HAANfBwBHXwcAU18HAJpfBwCbXwcA7V8HAPdfBwBAYAcATmAHAJNgBwCYYAcA5mAHAPNgBwCoeA8AR2EHAIxhBwCiYQcA32EHAOthBwAyYgcAOWIHAIViBwCNYgcA2GIHAN1iBwArYwcANGMHAH5jBwCIYwcA0WMHANljBwAkZAcAKGQHAHdkBwB5ZAcAymQHANhkBwAdZQcAJ2UHAHBlBwB+ZQcAw2UHANBlBwAWZgcALWYHAGlmBwBxZgcAvGYHAMxmBwAPZwcAFGcHAGJnBwBoZwcAtWcHAL1nBwAIaAcADWgHAFtoBwBcaAcArmgHALpoBwABaQcAB2kHAFRpBwBWaQcAp2kHALFpBwD6aQcACGoHAE1qBwBSagcAoGoHAK1qBwCheQ8A9WoHAEZrBwBQawcAmWsHAKdrBwDsawcA8WsHAD9sBwBMbAcAkmwHAJRsBwDWGQkAnGwHAOVsBwDzbAcAOG0HAE5tBwCLbQcAl20HAN5tBwDjbQcAMW4HADpuBwCEbgcAjm4HANduBwDjbgcAKm8HAD1vBwB9bwcAjG8HANBvBwDcbwcAI3AHACRwBwB2cAcAgHAHAMlwBwDXcAcAHHEHACFxBwBvcQcAfHEHAPR5DwDLcQcAFXIHAB9yBwBocgcAanIHALtyBwDFcgcADnMHABpzBwBhcwcAaXMHAO16DwC1cwcAB3QHABN0BwBadAcAYHQHAK10BwCvdAcAAHUHAAp1BwBTdQcAYXUHAKZ1BwCrdQcA+XUHAAZ2BwBMdgcAVHYHAJ92BwCpdgcA8nYHAAB3BwBFdwcAW3cHAJh3BwCkdwcA63cHAPJ3BwA+eAcARngHAJF4BwCWeAcA5HgHAO14BwA3eQcAQXkHAIp5BwCfeQcA3XkHAOZ5BwAwegcAPXoHAIN6BwCFegcA1noHAO96BwApewcAOnsHAHx7BwCIewcAz3sHANd7BwBAew8AJ3wHAHV8BwB9fAcAyHwHAN58BwAbfQcAIH0HAG59BwB1fQcAwX0HAM99BwAUfgcAJH4HAGd+BwB7fgcAun4HAMJ+BwANfwcAHH8HAGB/BwBlfwcAs38HALx/BwAGgAcAE4AHAFmABwBjgAcArIAHALiABwD/gAcABYEHAJN7DwBggQcApYEHALuBBwD4gQcABIIHAEuCBwBQggcAnoIHAKeCBwDxggcA+4IHAESDBwBMgwcAl4MHAJuDBwDqgwcA7IMHAD2EBwBLhAcAkIQHAJqEBwDjhAcA8YQHADaFBwBDhQcAiYUHAKCFBwDchQcA5IUHAC+GBwA/hgcAgoYHAIeGBwDVhgcA24YHACiHBwAwhwcAe4cHAJaHBwDOhwcA0IcHACGIBwAyiAcAdIgHAH2IBwDHiAcA04gHAOZ7DwAfiQcAbYkHAHCJBwDAiQcAyokHABOKBwAVigcAZooHAIGKBwC5igcAu4oHAAyLBwAaiwcAX4sHAHCLBwCyiwcAtIsHAAWMBwAejAcAWIwHAGmMBwCrjAcAt4wHADl8DwAbjQcAUY0HAGKNBwCkjQcAwI0HAPeNBwD/jQcAjHwPAE+OBwCdjgcApY4HAPCOBwD7jgcAQ48HAEiPBwCWjwcAmY8HAOmPBwDzjwcAPJAHAD+QBwCPkAcAl5AHAOKQBwDkkAcANZEHAFCRBwCIkQcAipEHANuRBwDpkQcALpIHAD+SBwCBkgcAg5IHANSSBwDtkgcAJ5MHADiTBwB6kwcAhpMHAM2TBwDVkwcA33wPAC2UBwBzlAcAe5QHAMaUBwDQlAcAGZUHACSVBwBslQcAeJUHAL+VBwDHlQcAMn0PABeWBwBllgcAapYHALiWBwDJlgcAhX0PABiXBwBelwcAYJcHALGXBwDKlwcABJgHABWYBwBXmAcAY5gHAKqYBwCymAcA2H0PAAKZBwBQmQcAWJkHAKOZBwCymQcA9pkHAPyZBwBJmgcAVZoHAJyaBwCemgcA75oHAPmaBwBCmwcATpsHAJWbBwCdmwcAK34PAPSbBwA7nAcAPpwHAI6cBwCRnAcA4ZwHAO+cBwA0nQcAOZ0HAIedBwCUnQcAfn4PAOudBwAtngcANZ4HAICeBwA6ngcAlKcHAIueBwDTngcA2J4HACafBwApnwcAeZ8HAIOfBwDMnwcA758HAB+gBwAioAcAcqAHAJagBwDFoAcAzaAHANF+DwAeoQcAa6EHAHmhBwC+oQcAyqEHABGiBwAYogcAZKIHAGyiBwC3ogcAx6IHAAqjBwAPowcAXaMHAGOjBwCwowcAuKMHAAOkBwAgpAcAVqQHAF+kBwCppAcAtaQHAPykBwACpQcAT6UHAGOlBwCipQcAqqUHAPWlBwAFpgcASKYHAEqmBwCbpgcAqaYHAO6mBwD/pgcAJH8PAEinBwB3fw8AmacHAOenBwDupwcAOqgHAEaoBwCNqAcAkKgHAOCoBwDwqAcAM6kHADWpBwCGqQcAlKkHANmpBwDqqQcAyn8PADOqBwAdgA8AkqoHANKqBwDhqgcAJasHADGrBwB4qwcAeasHAMurBwDVqwcAHqwHACysBwBxrAcAdqwHAMSsBwDRrAcAcIAPABytBwBqrQcAc60HAL2tBwDOrQcAEK4HABeuBwBjrgcAa64HALauBwDDrgcACa8HAA6vBwBcrwcAZq8HAK+vBwC3rwcAArAHAAiwBwBVsAcAYbAHAKiwBwCqsAcA+7AHAAqxBwBOsQcAWbEHAKGxBwCpsQcA9LEHAPaxBwBHsgcAVLIHAJqyBwCusgcA7bIHAPWyBwBAswcAT7MHAJOzBwCYswcA5rMHAPOzBwA5tAcAQ7QHAIy0BwCOtAcA37QHAO60BwAytQcAPLUHAIW1BwCNtQcA2LUHANm1BwArtgcAMLYHAH62BwCMtgcA0bYHAN62BwAktwcALrcHAGmBDwB6twcAyrcHANa3BwC0xgcA5rcHAB24BwAluAcAvIEPAHW4BwDDuAcAy7gHABa5BwAZuQcAabkHAHW5BwC8uQcAwrkHAA+6BwAqugcAYroHAG66BwC1ugcAu7oHAAi7BwALuwcAW7sHAGO7BwCuuwcAsLsHAAG8BwAcvAcAVLwHAFa8BwCnvAcAtbwHAPq8BwALvQcATb0HAE+9BwCgvQcAub0HAPO9BwAEvgcARr4HAFK+BwCZvgcAob4HAA+CDwDxvgcAP78HAEW/BwCSvwcAmr8HAOW/BwD0vwcAOMAHAD3ABwCLwAcAmMAHAN7ABwDrwAcAMcEHAD3BBwCEwQcAk8EHANfBBwDhwQcAKsIHADjCBwB9wgcAgsIHANDCBwDdwgcAYoIPAC/DBwB2wwcAfMMHAMnDBwDkwwcAHMQHACjEBwBvxAcAdcQHAMLEBwDFxAcAFcUHACHFBwBoxQcAbsUHALvFBwDBxQcADsYHABPGBwBhxgcAZ8YHALWCDwC6xgcAB8cHAA3HBwBaxwcAX8cHAK3HBwCzxwcACIMPAAXIBwBTyAcAYMgHAKbIBwCzyAcA+cgHAAXJBwBMyQcAW8kHAJ/JBwCpyQcA8skHAADKBwBFygcASsoHAJjKBwClygcA68oHAAPLBwA+ywcARMsHAJHLBwCdywcA5MsHAPTLBwA3zAcAQMwHAIrMBwCNzAcA3cwHAOnMBwAwzQcAN80HAAGEDwCFzQcA1s0HAODNBwApzgcALM4HAHzOBwCEzgcAz84HANLOBwAizwcALs8HAHXPBwB7zwcAyM8HAOPPBwAb0AcAJ9AHAG7QBwB00AcAVIQPAOHQBwAU0QcAH9EHAGfRBwBs0QcAutEHAMPRBwAN0gcAENIHAGDSBwBs0gcAs9IHAL/SBwAT3QcAy9IHAAbTBwAN0wcAWdMHAF/TBwCs0wcAutMHAP/TBwAa1AcAUtQHAF7UBwCl1AcAq9QHAPjUBwAS1QcAS9UHAFfVBwCe1QcApNUHAPHVBwD31QcARNYHAEnWBwCX1gcAndYHAKeEDwD31gcAPdcHAEnXBwCQ1wcAmtcHAOPXBwDn1wcANtgHADvYBwCJ2AcAj9gHANzYBwD82AcAL9kHADvZBwCC2QcAiNkHANXZBwDb2QcAKNoHAC3aBwB72gcAgdoHAE2FDwDT2gcAIdsHACjbBwB02wcAgNsHAMfbBwDj2wcAGtwHACLcBwBGhg8ApdwHAMDcBwDm3AcAmYYPACbdBwBm3QcAdd0HALndBwDF3QcADN4HAA3eBwBf3gcAad4HALLeBwDA3gcABd8HAArfBwBY3wcAZd8HAOyGDwCz3wcA5YcPAAPgBwBR4AcAXuAHAKTgBwCx4AcA9+AHAAPhBwBK4QcAWeEHAJ3hBwCn4QcA8OEHAP7hBwBD4gcASOIHAJbiBwCj4gcA6eIHAPHiBwA84wcAQuMHAI/jBwCb4wcA4uMHAPLjBwA15AcAPuQHAIjkBwCL5AcA2+QHAOfkBwAu5QcANeUHADiIDwCM5QcA1OUHAODlBwAn5gcAL+YHAIuIDwCH5gcAzeYHANTmBwAg5wcAIecHAHPnBwB45wcAxucHANTnBwAZ6AcAJugHAGzoBwB26AcAv+gHAMfoBwAS6QcAG+kHAGXpBwBr6QcAuOkHAMnpBwAL6gcAJ+oHAF7qBwBm6gcA3ogPALzqBwAE6wcADusHAFfrBwBh6wcAqusHAKvrBwAxiQ8AAuwHAFDsBwBd7AcAo+wHALDsBwD27AcAAu0HAEntBwBY7QcAnO0HAKbtBwDv7QcA9+0HAELuBwBM7gcAle4HAJruBwDo7gcA8O4HAISJDwBG7wcAju8HAJrvBwDh7wcA6e8HANeJDwA58AcAh/AHAJbwBwDa8AcA+vAHAC3xBwA58QcAgPEHAIbxBwDT8QcA2/EHACbyBwAt8gcAefIHAHvyBwDM8gcA2PIHAB/zBwA18wcAcvMHAHfzBwDF8wcA0vMHACqKDwAd9AcAa/QHAHr0BwC+9AcA3vQHABH1BwAd9QcAZPUHAGr1BwC39QcAv/UHAAr2BwAR9gcAXfYHAF/2BwCw9gcAvPYHAAP3BwAZ9wcAVvcHAFv3BwCp9wcAtvcHAPz3BwAE+AcAT/gHAFX4BwCi+AcAq/gHAPX4BwAC+QcASPkHAFX5BwCb+QcAqfkHAO75BwD7+QcAQfoHAFj6BwCU+gcAwvoHAH2KDwDt+gcAOvsHAPT6BwAmdQ0AUPsHAI37BwCb+wcA4PsHAOP7BwAz/AcANvwHAIb8BwCU/AcA2fwHAN78BwAs/QcAOf0HAH/9BwCH/QcA0v0HANn9BwAl/gcAMf4HAHj+BwCF/gcAy/4HANn+BwAe/wcAKv8HAHH/BwB4/wcAxP8HAMz/BwAXAAgAGwAIAGoACAB1AAgAvQAIAMsACAAQAQgAIQEIAGMBCABvAQgAtgEIAL4BCADQig8ADwIIAFwCCABwAggArwIIAL0CCAACAwgADwMIAFUDCABsAwgAqAMIALADCAD7AwgABQQIAE4ECABTBAgAoQQIAKkECAD0BAgAAwUIAEcFCABMBQgAmgUIAKcFCADtBQgA+gUIAEAGCABMBggAkwYIAKIGCADmBggA8AYIADkHCABBBwgAjAcIAJYHCADfBwgA5AcIADIICAA6CAgAI4sPAJAICADYCAgA5AgIACsJCAAzCQgAdosPAIMJCADRCQgA4AkIACQKCABECggAdwoIAIMKCADKCggA0AoIAB0LCAAlCwgAcAsIAHcLCADDCwgAxQsIABYMCAAiDAgAaQwIAH8MCAC8DAgAwQwIAA8NCAAcDQgAyYsPAGsNCAC1DQgAuw0IAAgOCAAWDggAWw4IAGgOCACuDggAxQ4IAAEPCAAJDwgAVA8IAGMPCACnDwgArA8IAPoPCAAHEAgATRAIAFoQCACgEAgArBAIAPMQCAACEQgARhEIAFARCACZEQgAtREIAOwRCAD0EQgAHIwPAEwSCAB6HQwAThIIAJISCACcEggAjJEMALISCADlEggA8RIIADgTCAA+EwgAixMIAJMTCAC9UwgAlxMIAN4TCAClEwgAVz4IAPETCAAxFAgAQBQIAIQUCACQFAgA1xQIANgUCAAqFQgANBUIAH0VCACLFQgA0BUIANUVCAAjFggAMBYIAG+MDwB8FggAyRYIAM8WCAAcFwgAIRcIAG8XCAB1FwgAaI0PAM0XCAAVGAgAIxgIAGgYCAB5GAgAuxgIAMcYCAAOGQgAFhkIAA6ODwBtGQgAtBkIAL4ZCAAHGggAFhoIAFoaCABlGggArRoIALsaCAAAGwgADRsIAFMbCABqGwgAphsIAK4bCAD5GwgA/BsIAEwcCABYHAgAnxwIAKUcCADyHAgADR0IAEUdCABRHQgAmB0IAJ4dCADrHQgA8x0IAD4eCABAHggAkR4IAJIeCADkHggA8h4IADcfCAA/HwgAih8IAKUfCADdHwgA6R8IADAgCAA2IAgAgyAIAIYgCADWIAgA5CAIACkhCAAuIQgAfCEIAIkhCABhjg8A3CEIAKGODADgIQgAIiIIAOIhCADY5QwALiIIAHUiCACCIggAyCIIAM0iCAAbIwgAJSMIAG4jCAB+IwgAwSMIAMYjCAAUJAgAHSQIAGckCAB0JAgAuiQIAMEkCAANJQgAGSUIAGAlCABmJQgAsyUIALklCAAGJggACyYIAFkmCABfJggAtI4PALgmCAD/JggABScIAFInCABYJwgApScIALInCAD4JwgA/ScIAEsoCABTKAgAnigIANQoCADxKAgAISkIAEQpCABMKQgAlykIAKQpCADqKQgA7ykIAD0qCABFKggAkCoIAJMqCADjKggA7CoIADYrCABFKwgAiSsIAJQrCADcKwgA5CsIAC8sCAA/LAgAgiwIAJAsCADVLAgA5iwIACgtCAA0LQgAey0IAIMtCACtjw8A1C0IACEuCAApLggAdC4IAHsuCADHLggA1S4IABovCAAgLwgAbS8IAHkvCADALwgAzy8IABMwCAAdMAgAZjAIAGswCAC5MAgAvzAIAAwxCAAgMQgAAJAPAGwxCACyMQgAbjEIADdyCAC3MQgABTIIABEyCABYMggAZTIIAKsyCAC1MggAU5APABkzCABRMwgAUzMIAKQzCACqMwgA9zMIAC40CABKNAgAUDQIAJ00CACmNAgA8DQIAP00CABDNQgAejUIAJY1CACdNQgA6TUIAO41CAA8NggASzYIAI82CACvNggA4jYIAO42CAA1NwgAOzcIAIg3CACiNwgA2zcIAN43CAAuOAgAMzgIAIE4CACQOAgA1DgIAPQ4CAD5kA8ARzkIAHo5CACGOQgAzTkIANc5CAAgOggALDoIAJXnCAAtOggAczoIAHg6CADGOggA0DoIABk7CAApOwgAbDsIAHE7CAC/OwgAyDsIABI8CAAfPAgAZTwIAGw8CAC4PAgAxDwIAAs9CAARPQgAXj0IAGQ9CACxPQgAtj0IAAQ+CAAKPggATJEPAFo+CACqPggArz4IAP0+CAAMPwgAUD8IAHA/CADykQ8AsT8IAPY/CAADQAgASUAIAFBACACcQAgApEAIAO9ACADxQAgAQkEIAPZACABz0goABkEIABeYCgBIQQgAurwKAEpBCACVQQgAmUEIAF1JCACrQQgAfVoKALBBCADoQQgA6kEIADtCCABMQggAjkIIAJxCCADhQggA6EIIADRDCAA8QwgAh0MIAI5DCADaQwgA30MIAC1ECAA8RAgAgEQIAKBECADTRAgA30QIACZFCAAsRQgAeUUIAIFFCADMRQgA2EUIAB9GCAAsRggAckYIAI1GCADFRggA00YIABhHCAAeRwgAa0cIAHBHCAC+RwgAy0cIABFICAAnSAgAZEgIAHBICAC3SAgAxEgIAApJCAAUSQgARZIPAGJJCACwSQgAtkkIAANKCAAjSggAVkoIAGRKCACpSggAtkoIAPxKCAATSwgAT0sIAFdLCACiSwgAsUsIAPVLCAD6SwgASEwIAFVMCACbTAgApUwIAO5MCADwTAgAQU0IAE9NCACUTQgAoU0IAOdNCADzTQgAOk4IAEBOCACNTggAlU4IAOBOCADmTggAM08IADxPCACGTwgAk08IANlPCADjTwgALFAIADpQCAB/UAgAlVAIANJQCADeUAgAJVEIAC1RCACYkg8AglEIAMtRCADRUQgAHlIIACBSCABxUggAe1IIAMRSCADQUggAF1MIAC5TCABqUwgAflMIAOuSDwDLUwgAEFQIABNUCABjVAgAa1QIALZUCADCVAgACVUIABdVCABcVQgAZlUIAK9VCAC6VQgAAlYIAA5WCABVVggAW1YIAKhWCACwVggA+1YIAAhXCABOVwgAU1cIAKFXCACrVwgA9FcIAPxXCABHWAgATVgIAJpYCACjWAgA7VgIAPpYCABAWQgATVkIAJNZCAChWQgA5lkIAPNZCAA5WggAUFoIAIxaCACUWggA31oIAORaCAAyWwgAOFsIAIVbCACNWwgA2FsIAO5bCAArXAgAOVwIAH5cCACBXAgA0VwIAOBcCAAkXQgAKV0IAHddCACEXQgAyl0IANpdCAAdXggAK14IAHBeCACHXggAw14IAMxeCAAWXwgAHF8IAGlfCAB1XwgAvF8IAMNfCAA+kw8AG2AIAGJgCABkYAgAtWAIAL9gCAAIYQgAFGEIAFthCABjYQgAkZMPALNhCAABYggAEGIIAFRiCAB0YggAp2IIALNiCAD6YggAAGMIAE1jCABVYwgAoGMIAKFjCADzYwgA+WMIAEZkCABLZAgAmWQIALRkCADsZAgA+mQIAD9lCABGZQgAkmUIAJ5lCADlZQgA62UIAOSTDwA9ZggAi2YIAJVmCADeZggA72YIADFnCAA9ZwgAhGcIAIdnCADXZwgA2mcIACpoCAAyaAgAfWgIAIRoCADQaAgA1WgIACNpCAAyaQgAdmkIAJZpCADJaQgA1WkIABxqCAAiaggAb2oIAHdqCADCaggAz2oIABVrCAAaawgAaGsIAHJrCAC7awgAw2sIAA5sCAAebAgAYWwIAGZsCAC0bAgAvWwIAAdtCAAUbQgAWm0IAGFtCAA3lA8Asm0IAABuCAAPbggAU24IAHNuCACmbggAsm4IAPluCAD/bggATG8IAFRvCACfbwgAq28IAPJvCAD/bwgARXAIAExwCACYcAgAmXAIAOtwCADwcAgAPnEIAExxCACRcQgAnnEIAORxCADucQgAipQPADxyCACKcggAl3IIAN1yCADqcggAMHMIADZzCACDcwgAj3MIANZzCADmcwgAKXQIADJ0CAB8dAgAf3QIAM90CADbdAgAInUIACl1CADdlA8Ad3UIAMh1CAB8dQgAF5ELAIV1CABI3QsA2XUIABt2CAAjdggAbnYIAHh2CADBdggA0HYIABR3CAAVdwgAZ3cIAG93CACDlQ8AwncIANaVDwAreAgAYHgIADB4CAAoog8ANXgIAMyYCABoeAgAs3gIAMJ4CAAGeQgAC3kIAFl5CABmeQgArHkIALl5CAD/eQgAC3oIAFJ6CABheggApXoIAK96CAD4eggAG3sIAEt7CACBewgAnnsIAMJ7CADxewgA+XsIACKXDwBJfAgAl3wIAJ18CADqfAgA8nwIAHWXDwBLfQgAkH0IAKt9CADjfQgA730IADZ+CABHfggAiX4IAJ1+CADcfggA5H4IAC9/CAA1fwgAgn8IAI5/CADVfwgA5X8IACiACAAxgAgAe4AIAH6ACADOgAgA2oAIACGBCAAogQgAyJcPAIKBCADHgQgA0YEIABuYDwAfgggAbYIIAHqCCADAgggAzYIIABODCAAfgwgAZoMIAHWDCAC5gwgAw4MIAAyECAAahAgAX4QIAGSECACyhAgAv4QIAAWFCAANhQgAWIUIAF6FCACrhQgAt4UIAP6FCAAOhggAUYYIAFqGCACkhggAp4YIAPeGCAADhwgASocIAFGHCABumA8ArIcIAPCHCAD1hwgAQ4gIAFCICACWiAgAo4gIAOmICADviAgAPIkIAEiJCACPiQgAn4kIAOKJCADriQgANYoIADiKCACIiggAlIoIANuKCADiiggAwZgPADOLCACBiwgAjosIANSLCADyiwgAJ4wIADOMCAB6jAgAjYwIAM2MCADbjAgAII0IACONCABzjQgAfY0IAMaNCADUjQgAGY4IACaOCABsjggAg44IAL+OCADHjggAEo8IABmPCABljwgAao8IALiPCADOjwgAC5AIAA2QCABekAgAbJAIALGQCAC+kAgAFJkPAAyRCABnmQ8AXJEIAKqRCAC3kQgA/ZEIAAqSCABQkggAXJIIAKOSCACykggA9pIIAACTCABJkwgAV5MIAJyTCAChkwgA75MIAPyTCABClAgASpQIAJWUCACblAgA6JQIAPSUCAA7lQgAS5UIAI6VCACXlQgA4ZUIAOSVCAA0lggAQJYIAIeWCACOlggAupkPAOaWCAAtlwgAPZcIAICXCABDlwgAiG4MAImXCADTlwgA1pcIACaYCAAymAgAeZgIAICYCAANmg8A1ZgIAAqcCADWmAgAH5kIAC6ZCABymQgAMJkIAL6aCABzmQgAxZkIAOGZCAAYmggAT5oIAGuaCACimggAYJoPAMGaCAARmwgALZsIAGSbCACbmwgAt5sIAO6bCACzmg8AF5wIAF2cCABrnAgAsJwIAMOcCAADnQgAH50IAFadCACNnQgAqZ0IAOCdCAAGmw8ADZ4IAE+eCABbnggAop4IAKqeCABZmw8A+p4IAEifCABQnwgAm58IAKqfCADunwgA858IAEGgCABOoAgAlKAIAKGgCADnoAgA86AIADqhCABJoQgAjaEIAJehCADgoQgA6KEIADOiCAA9oggAhqIIAIuiCADZoggA4aIIAKybDwA7owgAf6MIAD2jCADLpAgAgKMIANKjCADuowgAJaQIAFykCAB4pAgAr6QIAP+bDwDOpAgAHqUIADqlCABxpQgAqKUIAMSlCAD7pQgAUpwPABqmCABqpggAe6YIAL2mCADZpggAEKcIAEenCABjpwgAmqcIAKWcDwDDpwgACagIABWoCABcqAgAa6gIAK+oCAC5qAgAAqkIABCpCABVqQgAWqkIAKipCAC1qQgA+6kIAAOqCABOqggAVKoIAKGqCABeqggAPwsJAK2qCAD0qggABKsIAEerCABQqwgAmqsIAJ2rCADtqwgA+asIAECsCABHrAgA+JwPAJisCACmWQsAnawIAOasCACfrAgAfvQKAPCsCAA5rQgAOq0IAIytCACbrQgA360IAOStCAAyrggAP64IAIWuCACSrggA2K4IAOSuCAArrwgAOq8IAH6vCACIrwgA0a8IAN+vCAAksAgAKbAIAHewCACEsAgAyrAIAMuwCAAdsQgAIrEIAHCxCAB1sQgAw7EIANSxCAAWsggAObIIAGmyCAB0sggAvLIIAMGyCAAPswgAErMIAGKzCABsswgAtbMIAOCzCAAItAgAJ7QIAEudDwBntAgArrQIALC0CAABtQgAELUIAFS1CABftQgAp7UIAK+1CAD6tQgAAbYIAE22CABPtggAoLYIAKq2CADztggA9bYIAEa3CABftwgAmbcIAJu3CADstwgA77cIAD+4CABLuAgAkrgIAJq4CACenQ8A8bgIADi5CAA+uQgAi7kIAKa5CADeuQgA6rkIADG6CAA3uggAhLoIAIy6CADXuggA2boIACq7CAA0uwgAfbsIAIW7CADxnQ8A4bsIACO8CAAqvAgAdrwIAH68CADJvAgA1rwIABy9CAAhvQgAb70IAHm9CADCvQgAyr0IABW+CAAkvggAaL4IAG2+CAC7vggAyL4IAA6/CAAbvwgAYb8IAG2/CAC0vwgAw78IAAfACAARwAgAWsAIAGLACACtwAgAt8AIAADBCAAFwQgAU8EIAFvBCABEng8AssEIAPnBCAAJwggATMIIAFXCCACfwggAosIIAPLCCAD+wggARcMIAEzDCACXng8AnsMIAOvDCADxwwgAPsQIAEPECACRxAgAl8QIAOqeDwDqxAgAN8UIAD3FCACKxQgAj8UIAGskDQCXxQgA3cUIAOLFCAAwxggAOMYIAIPGCAC2xggA+M0IALvGCADWxggADscIACnHCABhxwgAfMcIAKzHCADPxwgA18cIACLICAAxyAgAdcgIAHrICADIyAgA1cgIABvJCAAoyQgAbskIAHrJCADByQgA0MkIABTKCAAeyggAZ8oIAHXKCAC6yggAv8oIAA3LCAAaywgAYMsIAGjLCACzywgAucsIAAbMCAASzAgAWcwIAGnMCACszAgAtcwIAP/MCAACzQgAUs0IAF7NCAClzQgArM0IAD2fDwAwzggAS84IAHvOCACezggAps4IAPHOCAAAzwgARM8IAEnPCACXzwgApM8IAOrPCAD3zwgAPdAIAEnQCACQ0AgAn9AIAOPQCADt0AgANtEIAETRCACJ0QgAjtEIANzRCADp0QgAL9IIADfSCACC0ggAiNIIANXSCADh0ggAKNMIADjTCAB70wgAhNMIAM7TCADR0wgAIdQIAC3UCAB01AgAe9QIAJCfDwDJ1AgAqDMNANXUCAAa1QgAJ9UIAG3VCAB51QgAwNUIAMbVCAAT1ggAGdYIAGbWCABr1ggAudYIAL/WCADjnw8AMtcIAF/XCACF1wgAstcIAOXXCAAF2AgAPdgIAFjYCACI2AgAiaAPALfYCAD+2AgAudgIAPzpCQAI2QgAUdkIAGvZCACk2QgAs9kIAPfZCAD82QgAStoIAFfaCACd2ggAqtoIAPDaCAD82ggAQ9sIAFLbCACW2wgAoNsIAOnbCAD12wgAPNwIAE/cCACP3AgAntwIAOLcCADu3AgANd0IADbdCACI3QgAkt0IANvdCADp3QgALt4IADPeCACB3ggAjt4IANygDwDZ3ggAJ98IADTfCAB63wgAh98IAM3fCADZ3wgAIOAIAC/gCABz4AgAfeAIAMbgCADU4AgAGeEIAB7hCABs4QgAeeEIAL/hCADH4QgAEuIIABjiCABl4ggAceIIALjiCADI4ggAC+MIABTjCABe4wgAYeMIALHjCAC94wgABOQIAAvkCADVoQ8AWuQIAKrkCACy5AgA/eQIAAnlCABQ5QgAVuUIAKPlCACp5QgA9uUIAPvlCABJ5ggAT+YIAHuiDwDU5ggA7+YIACfnCABC5wgAZucIACGjDwCb5wgAAQEKAKjnCADo5wgA9+cIADvoCABH6AgAjugIAI/oCADh6AgA6+gIADTpCABC6QgAh+kIAIzpCADa6QgA5+kIAHSjDwBQ6ggAx6MPALjqCADT6ggAC+sIACbrCABK6wgAGqQPAIfrCADM6wgA0esIAB/sCAAs7AgAcuwIAHrsCADF7AgAy+wIABjtCAAk7QgAa+0IAHvtCAC+7QgAx+0IABHuCAAU7ggAZO4IAJ3uCAC37ggAw+4IAG2kDwAQ7wgAXe8IAHbvCACw7wgAvu8IAAPwCAAQ8AgAVvAIAF3wCACp8AgAsvAIAPzwCAAJ8QgAT/EIAGbxCACi8QgApfEIAPXxCAD38QgASPIIAFHyCACb8ggAq/IIAO7yCAAH8wgAQfMIAEPzCACU8wgAnfMIAOfzCADv8wgAOvQIADz0CACN9AgApvQIAOD0CAD39AgAM/UIAD/1CACG9QgAl/UIANn1CADl9QgALPYIADf2CAB/9ggAjPYIANL2CADc9ggAwKQPADj3CAB49wgAhvcIAMv3CACz9wgA5v8IAAX4CAAe+AgAK/gIAHH4CAB5+AgAxPgIAMr4CAAX+QgAI/kIAGr5CAB1+QgAvfkIAMb5CAAQ+ggAE/oIAGP6CABl+ggAtvoIAL36CAAJ+wgAC/sIABOlDwBf+wgAr/sIAL37CAAC/AgAB/wIAFX8CABi/AgAqPwIALT8CAD7/AgAA/0IAGalDwBc/QgAof0IALH9CAD0/QgAAv4IAEf+CABQ/ggAmv4IAKT+CADt/ggA7/4IAED/CABK/wgAk/8IAJX/CAC5pQ8A6/8IADkACQBBAAkAjAAJAJIACQDfAAkA6wAJADIBCQBBAQkAhQEJAI4BCQDYAQkA2wEJACsCCQAtAgkAfgIJAIUCCQDRAgkA0wIJAAymDwApAwkAdwMJAJMDCQDKAwkA5gMJAF+mDwAqBAkALx4KACwECQBwBAkAdQQJAMMECQDQBAkAFgUJACMFCQBpBQkAbwUJALwFCQDIBQkADwYJAB8GCQBiBgkAawYJALUGCQC4BgkACAcJABQHCQBbBwkAYgcJALKmDwC9BwkAAQgJAAYICQBUCAkAYQgJAKcICQC0CAkA+ggJAAAJCQBNCQkAWQkJAKAJCQCwCQkA8wkJAPwJCQBGCgkASQoJAJkKCQClCgkA7AoJAPMKCQAFpw8AQQsJAJILCQCgCwkA5QsJAPYLCQBYpw8APwwJAKunDwCTDAkA/qcPAOMMCQAxDQkAPg0JAIQNCQCRDQkA1w0JAOMNCQAqDgkAOQ4JAH0OCQCHDgkA0A4JAN4OCQAjDwkAKA8JAHYPCQCDDwkAyQ8JANEPCQAcEAkAIhAJAG8QCQB7EAkAwhAJANIQCQAVEQkAHhEJAGgRCQBrEQkAuxEJAMcRCQAOEgkAFRIJAFGoDwBmEgkAtBIJALwSCQAHEwkAChMJAFoTCQBjEwkArRMJALwTCQAAFAkACxQJAFMUCQBbFAkAphQJALYUCQD5FAkABxUJAEwVCQBdFQkAnxUJAKsVCQDyFQkA+hUJAKSoDwBLFgkAmBYJAKAWCQDrFgkA8hYJAD4XCQBMFwkAkRcJAJcXCQDkFwkA8BcJADcYCQBGGAkAihgJAJQYCQDdGAkA4hgJADAZCQA2GQkAgxkJAJcZCQD3qA8A5xkJACkaCQA1GgkAfBoJAIIaCQDPGgkA1RoJACIbCQAnGwkAdRsJAHsbCQBKqQ8AzRsJABscCQAsHAkAbhwJAHYcCQDBHAkAehwJAFZDCQB8HAkADLQNAMscCQAUHQkAIh0JAGcdCQB9HQkAuh0JAMYdCQANHgkAFB4JAGAeCQBoHgkAsx4JALgeCQAGHwkADx8JAFkfCQBjHwkArB8JALQfCQD/HwkAAyAJAFIgCQBdIAkApSAJALMgCQD4IAkACSEJAEshCQBXIQkAniEJAKYhCQCdqQ8A8yEJAEQiCQBSIgkAlyIJAKEiCQDqIgkA+CIJAD0jCQBKIwkAkCMJAKcjCQDjIwkA6yMJADYkCQBGJAkAiSQJAI4kCQDcJAkA4iQJAC8lCQA3JQkAgiUJAIQlCQDVJQkA4iUJACgmCQAwJgkAeyYJAIAmCQDOJgkAzyYJACEnCQAtJwkAdCcJAIEnCQDHJwkAzycJABooCQApKAkAbSgJAHIoCQDAKAkAzSgJABMpCQAgKQkAZikJAHIpCQC5KQkAyCkJAAwqCQAWKgkAXyoJAG0qCQCyKgkAtyoJAAUrCQASKwkA8KkPAFsrCQCrKwkAsysJAP4rCQALLAkAUSwJAFYsCQCkLAkAriwJAPcsCQD/LAkASi0JAEwtCQCdLQkAuC0JAPAtCQDyLQkAQy4JAFEuCQCWLgkApy4JAOkuCQDrLgkAPC8JAFUvCQCPLwkAoC8JAOIvCQDuLwkANTAJAEowCQCIMAkAkDAJANswCQDhMAkALjEJADoxCQCBMQkAnjEJANQxCQDdMQkAJzIJADMyCQB6MgkAfTIJAM0yCQDXMgkAIDMJACgzCQBzMwkAfTMJAMYzCQDUMwkAGTQJAC80CQBsNAkAeDQJAL80CQDGNAkAEjUJABo1CQBlNQkAajUJALg1CQDBNQkACzYJABU2CQBeNgkAZjYJALE2CQCzNgkABDcJABQ3CQBXNwkAYTcJAKo3CQC2NwkA/TcJAAM4CQBQOAkAWDgJAEOqDwCvOAkA9jgJAAk5CQBJOQkAZTkJAJw5CQCkOQkAlqoPAP05CQBCOgkAWDoJAJU6CQChOgkA6DoJAO06CQA7OwkARDsJAI47CQCYOwkA4TsJAOk7CQA0PAkANjwJAIc8CQCWPAkA2jwJAPc8CQAtPQkANj0JAIA9CQCOPQkA0z0JANk9CQAmPgkAND4JAHk+CQCGPgkAzD4JAOM+CQAfPwkAJz8JAHI/CQB0PwkAxT8JAM0/CQAYQAkAJ0AJAGtACQBwQAkAvkAJAMtACQARQQkAHkEJAGRBCQBwQQkAt0EJAMZBCQAKQgkAFEIJAF1CCQBrQgkAsEIJALVCCQADQwkAEEMJAOmqDwBcQwkAqUMJAK9DCQD8QwkAAUQJAE9ECQBVRAkAPKsPALBECQD1RAkAC0UJAEhFCQBURQkAm0UJAKBFCQDuRQkA90UJAEFGCQBLRgkAlEYJALdGCQDnRgkA60YJADpHCQD2RgkAhkgJADxHCQCNRwkAm0cJAOBHCQDqRwkAM0gJAFdICQA1rA8AjEgJANlICQDlSAkALEkJAC5JCQB/SQkAiUkJANJJCQDeSQkAJUoJAElKCQCIrA8AfEoJAMtKCQCHSgkAF0wJAM1KCQAeSwkALEsJAHFLCQB7SwkAxEsJAOhLCQDbrA8AHUwJAGpMCQB2TAkAvUwJAL9MCQAQTQkAGk0JAGNNCQBvTQkAtk0JANpNCQAurQ8AJk4JAFxOCQBlTgkAr04JAL1OCQACTwkACE8JAFVPCQBhTwkAqE8JALBPCQCBrQ8AAlAJAE5QCQBnUAkAoVAJALBQCQD0UAkA/FAJAEdRCQBWUQkAmlEJAJ9RCQDtUQkA+lEJAEBSCQBNUgkAk1IJAJ9SCQDmUgkA9VIJADlTCQBDUwkAjFMJAJpTCQDfUwkA5FMJADJUCQA/VAkA1K0PAIZUCQCzxAkAnlQJANhUCQDiVAkAK1UJAC1VCQB+VQkAjFUJANFVCQDeVQkAJFYJACxWCQB3VgkAoFYJAMpWCQDRVgkAHVcJADZXCQBwVwkAf1cJAMNXCQDLVwkAFlgJACVYCQBpWAkAblgJALxYCQDJWAkAD1kJABxZCQBiWQkAblkJALVZCQDEWQkACFoJABJaCQBbWgkAaVoJAK5aCQCzWgkAAVsJAA5bCQAnrg8AWVsJAINeCwBgWwkAp1sJAHxbCQDhXRAAulsJAPpbCQAJXAkATVwJAFlcCQCgXAkArFwJAPNcCQD6XAkARl0JAFJdCQCZXQkAoF0JAOxdCQD0XQkAP14JAENeCQCSXgkAnV4JAOVeCQDxXgkAOF8JAEVfCQCLXwkAk18JAN5fCQDoXwkAMWAJADdgCQCEYAkAmGAJANdgCQDlYAkAKmEJADdhCQB9YQkAlGEJANBhCQDYYQkAI2IJAC1iCQB2YgkAe2IJAMliCQDRYgkAHGMJACtjCQBvYwkAdGMJAMJjCQDPYwkAFWQJACJkCQBoZAkAdGQJALtkCQDKZAkADmUJABhlCQB6rg8AaWUJALRlCQDDZQkAB2YJAAxmCQBaZgkAY2YJAK1mCQC+ZgkAAGcJAAdnCQBTZwkAW2cJAKZnCQCzZwkA+WcJAP5nCQBMaAkAVmgJAJ9oCQCnaAkA8mgJAAtpCQBFaQkAUWkJAJhpCQCgaQkAza4PAPppCQA+agkAW2oJAJFqCQCaagkA5GoJAPJqCQA3awkAPWsJAIprCQCWawkA3WsJAORrCQAwbAkAOGwJAINsCQCTbAkA1mwJANxsCQApbQkALm0JAHxtCQCSbQkAz20JANdtCQAibgkALG4JAHVuCQCAbgkAyG4JANRuCQAbbwkAI28JACCvDwB7bwkAwW8JAMhvCQAUcAkAIHAJAGdwCQBtcAkAunAJAMtwCQANcQkAIXEJAGBxCQBucQkAs3EJAMBxCQAGcgkAHXIJAFlyCQBhcgkArHIJALNyCQD/cgkAAXMJAFJzCQBccwkApXMJAKdzCQD4cwkAEXQJAEt0CQBNdAkAnnQJAKF0CQDxdAkA/XQJAER1CQBwdQkAc68PAKZ1CQDqdQkAB3YJAD12CQBGdgkAkHYJAJ52CQDjdgkA6XYJADZ3CQBCdwkAiXcJAJF3CQDGrw8A5HcJAC94CQA1eAkAgngJAI54CQDVeAkA2HgJACh5CQAteQkAe3kJAIR5CQDOeQkA1HkJACF6CQAwegkAdHoJAIB6CQDHegkAz3oJABmwDwAgewkAbXsJAHJ7CQDAewkA1nsJABN8CQAbfAkAZnwJAHR8CQC5fAkAw3wJAAx9CQAPfQkAX30JAGd9CQCyfQkAs30JAAV+CQALfgkAWH4JAGZ+CQCrfgkAwX4JAP5+CQAAfwkAUX8JAFd/CQCkfwkAuH8JAPd/CQD/fwkASoAJAFqACQCdgAkAn4AJAPCACQD/gAkAQ4EJAE2BCQCWgQkAm4EJAOmBCQDvgQkAPIIJAFCCCQCPggkAl4IJAOKCCQDnggkANYMJADuDCQCIgwkAkIMJANuDCQDegwkALoQJADOECQCBhAkAioQJANSECQDahAkAJ4UJADaFCQB6hQkAhoUJAGywDwDXhQkAIIYJACKGCQBzhgkAeoYJAMaGCQDNhgkAGYcJAB+HCQBshwkAeocJAL+HCQDMhwkAEogJACKICQBliAkAaogJALiICQDAiAkAC4kJANSICQD79QkAF4kJAF6JCQBgiQkASYwJAGuJCQCxiQkAtokJAASKCQAOigkAV4oJAGeKCQCqigkAr4oJAP2KCQAGiwkAUIsJAF2LCQCjiwkAqosJAPaLCQD+iwkAv7APAFeMCQCcjAkAtIwJAO+MCQDxjAkAQo0JAFmNCQCVjQkAl40JAOiNCQD2jQkAO44JAEiOCQCOjgkAlo4JABKxDwDnjgkANI8JADaPCQCHjwkAlI8JANqPCQDdjwkALZAJAD6QCQCAkAkAgpAJANOQCQDdkAkAJpEJADKRCQB5kQkAgZEJAGWxDwDRkQkAH5IJACKSCQBykgkAfJIJAMWSCQDNkgkAGJMJACWTCQBrkwkAbZMJAL6TCQDUkwkAEZQJAB2UCQBklAkAbJQJALixDwC6lAkACpUJABOVCQBdlQkAa5UJAN2+CQBslQkAsJUJALuVCQADlgkAC5YJAFaWCQBhlgkAqZYJAK6WCQD8lgkA/5YJAE+XCQBZlwkAXrIPAKiXCQD1lwkArJcJAOfXDAAQmAkASJgJAFSYCQCbmAkAoZgJAO6YCQD2mAkAQZkJAFeZCQCUmQkAopkJAOeZCQDqmQkAOpoJAFOaCQCNmgkAmZoJAOCaCQDrmgkAM5sJADWbCQCGmwkAoZsJANmbCQDnmwkALJwJADmcCQB/nAkAlpwJALGyDwDUnAkALNoMAOicCQAlnQkAJp0JAHidCQB9nQkAy50JANGdCQAengkAIJ4JAHGeCQB3ngkAxJ4JANieCQAXnwkAH58JAGqfCQB6nwkAvZ8JAL+fCQAQoAkAHqAJAGOgCQB0oAkABLMPALygCQAJoQkAFaEJAFezDwBeoQkAr6EJAMChCQACogkACqIJAFWiCQBeogkAqKIJAK+iCQD7ogkA/KIJAKqzDwBaowkAoaMJAKOjCQD0owkA+6MJAEekCQBPpAkAmqQJAKOkCQDtpAkA9KQJAEClCQBBpQkA/bMPAJilCQDmpQkA7qUJADmmCQBDpgkAjKYJAJqmCQDfpgkA9aYJADKnCQA+pwkAhacJAIqnCQDYpwkA4acJACuoCQA1qAkAULQPAH+oCQDRqAkA2agJALQECwDpqAkAJKkJADGpCQB3qQkAg6kJAMqpCQDUqQkAHaoJACGqCQBwqgkAdaoJAMOqCQDJqgkAFqsJADarCQBpqwkAgasJALyrCQDTqwkAD6wJABusCQBirAkAbKwJALWsCQC3rAkACK0JAA+tCQBbrQkAYq0JAK6tCQC0rQkAAa4JAA2uCQBUrgkAV64JAKeuCQCqrgkA+q4JAAavCQBNrwkAUK8JAKCvCQC8rwkA868JAPuvCQCjtA8AUrAJAJmwCQCjsAkA7LAJAO6wCQA/sQkARrEJAJKxCQCZsQkA5bEJAOuxCQA4sgkARrIJAIuyCQCYsgkA3rIJAO6yCQAxswkANrMJAISzCQCMswkA17MJAOezCQAqtAkAL7QJAH20CQCDtAkA0LQJANi0CQD2tA8AKbUJAHa1CQB+tQkAybUJAMy1CQActgkAKLYJAG+2CQB1tgkAwrYJAN22CQAVtwkAI7cJAGi3CQB3twkAu7cJAMe3CQAOuAkAFrgJAJy1DwBmuAkAtLgJAL64CQAHuQkAD7kJAFq5CQB6uQkArbkJALq5CQAAugkABboJAFO6CQBXugkAproJALO6CQDvtQ8A/roJAEy7CQBPuwkAn7sJAKm7CQDyuwkA/rsJAEW8CQBYvAkAmLwJAKe8CQDrvAkA97wJAD69CQA/vQkAkb0JAJu9CQDkvQkA8r0JADe+CQA8vgkAir4JAJe+CQBCtg8A574JADC/CQAyvwkAg78JAJy/CQDWvwkA578JACnACQA1wAkAfMAJAITACQA7tw8A1sAJACLBCQApwQkAdcEJAHvBCQDIwQkA1MEJABvCCQAewgkAbsIJAHHCCQDBwgkAycIJABTDCQAkwwkAZ8MJAGzDCQC6wwkAw8MJAA3ECQAaxAkAYMQJAGfECQCOtw8Av8QJAAbFCQATxQkAWcUJAGHFCQCsxQkAtsUJAP/FCQAOxgkAUsYJAFPGCQClxgkArcYJAPjGCQAHxwkAS8cJAFDHCQCexwkAq8cJAPHHCQD+xwkARMgJAFDICQCXyAkApsgJAOrICQD0yAkAPckJAEvJCQCQyQkAlckJAOPJCQDwyQkANsoJAD7KCQCJygkAk8oJANzKCQDhygkAL8sJADfLCQDhtw8AkMsJANXLCQDhywkAKMwJAC7MCQB7zAkAgcwJAM7MCQDTzAkAIc0JACfNCQA0uA8AgM0JAMfNCQDNzQkAGs4JACDOCQBtzgkAes4JAMDOCQDFzgkAE88JABvPCQBmzwkAhM8JAC25DwC7zwkAZCwMALzPCQAGZAsAv88JAK75CgDPzwkADNAJAA3QCQBf0AkAZNAJALLQCQC40AkABdEJAAfRCQBY0QkAXtEJAKvRCQC/0QkA/tEJAAbSCQBR0gkAYdIJAKTSCQCm0gkA99IJAAXTCQBK0wkAW9MJAIC5DwCj0wkA8NMJAPzTCQDTuQ8AUNQJAJbUCQCe1AkA6dQJAPbUCQA81QkAPtUJAI/VCQCl1QkA4tUJAO7VCQA11gkAPdYJAHm6DwCU1gkA29YJAN7WCQAu1wkAM9cJAIHXCQCS1wkA1NcJAN3XCQAn2AkAMdgJAHrYCQCI2AkAzdgJANLYCQAg2QkALdkJAMy6DwB/2QkAxtkJANPZCQAZ2gkAG9oJAGzaCQCC2gkAv9oJAMvaCQAS2wkAGtsJAB+7DwBq2wkAuNsJAL7bCQAL3AkAE9wJAF7cCQBh3AkAsdwJAL3cCQAE3QkACt0JAFfdCQBy3QkAqt0JALfdCQD93QkA/90JAFDeCQBm3gkAo94JAK/eCQD23gkA/t4JAHK7DwBP3wkAnN8JAKHfCQDv3wkACuAJAELgCQBQ4AkAleAJAJzgCQDo4AkA9OAJADvhCQBC4QkAxbsPAJnhCQDh4QkA6eEJADTiCQA/4gkAh+IJAIziCQDa4gkA3eIJAC3jCQA34wkAgOMJAIjjCQDT4wkA4eMJACbkCQAp5AkAeeQJAIHkCQDM5AkA7OQJAB/lCQAs5QkAcuUJAHflCQDF5QkAyeUJABjmCQAl5gkAGLwPAIvmCQC+5gkAx+YJABHnCQAS5wkAZOcJAGznCQC35wkAx+cJAAroCQAM6AkAXegJAGvoCQCw6AkAwegJAGu8DwAJ6QkAVukJAGLpCQC+vA8AsOkJABG9DwAB6gkAT+oJAGnqCQCi6gkAseoJAPXqCQAA6wkASOsJAErrCQCb6wkAqOsJAO7rCQD76wkAQewJAE3sCQCU7AkApewJAOfsCQDq7AkAOu0JAFTtCQCN7QkAlu0JAODtCQDt7QkAM+4JADnuCQCG7gkAku4JANnuCQDc7gkALO8JADHvCQB/7wkAkO8JANLvCQDt7wkAJfAJADHwCQB48AkAf/AJAMvwCQDN8AkAHvEJACXxCQBx8QkAePEJAMTxCQDK8QkAF/IJACPyCQBq8gkAbfIJAL3yCQDA8gkAEPMJABzzCQBj8wkAdvMJALbzCQDF8wkACfQJABX0CQBc9AkAXfQJAK/0CQC59AkAAvUJABD1CQBV9QkAWvUJAKj1CQC19QkAZL0PAAP2CQC3vQ8AUPYJAKH2CQC39gkA9PYJAAD3CQBH9wkAT/cJAAq+DwCg9wkA7fcJAPX3CQBA+AkAQ/gJAJP4CQCf+AkA5vgJAOz4CQA5+QkAVPkJAIz5CQCa+QkA3/kJAO75CQAy+gkAPvoJAIX6CQCN+gkAXb4PAN36CQAr+wkANfsJAH77CQCG+wkA0fsJAPH7CQAk/AkAMfwJAHf8CQB8/AkAyvwJAM78CQAd/QkAKv0JALC+DwCT/QkAA78PAMj9CQAW/gkAJf4JAGn+CQCJ/gkAvP4JAMj+CQAP/wkAGf8JAGL/CQBu/wkAtf8JALv/CQAIAAoADgAKAFsACgBgAAoArgAKALQACgBWvw8ABwEKAFQBCgBZAQoApwEKAK0BCgD8vw8A/QEKAE0CCgBXAgoAoAIKAKICCgDzAgoADAMKAEYDCgBXAwoAmQMKAKcDCgDsAwoA7wMKAD8ECgBKBAoAkgQKAJoECgDlBAoA5wQKADgFCgBABQoAiwUKAJgFCgDeBQoA6gUKADEGCgA1BgoAhAYKAIwGCgDXBgoA5gYKACoHCgAvBwoAfQcKAIoHCgDQBwoA3QcKACMICgAvCAoAdggKAIUICgDJCAoA0wgKABwJCgAqCQoAbwkKAHQJCgDCCQoAzwkKAE/ADwAdCgoAosAPAGwKCgCfDgoAdAoKALsKCgDBCgoADgsKABQLCgBhCwoAbgsKALQLCgC5CwoABwwKAA8MCgBaDAoAjQwKAFMNCgCSDAoArQwKANMMCgCmDQoA5QwKAAANCgA4DQoA9cAPAIsNCgBIwQ8AzA0KAPkNCgAsDgoATA4KAIQOCgCbwQ8ArQ4KAPIOCgD/DgoARQ8KAFEPCgCYDwoAng8KAOsPCgDxDwoAPhAKAEMQCgCREAoAlxAKAO7BDwAKEQoA3REKABwRCgA3EQoAbxEKAJTCDwDCEQoA58IPAAMSCgAwEgoAYxIKAIMSCgC7EgoAOsMPAOASCgApEwoALhMKAHwTCgCEEwoAjcMPANQTCgAiFAoAKxQKAHUUCgCCFAoAyBQKAM8UCgDgww8AIxUKADPEDwCBFQoAwRUKAM0VCgAUFgoAIxYKAGcWCgBwFgoAuhYKAMQWCgANFwoADxcKAGAXCgB5FwoAsxcKAMQXCgAGGAoAEhgKAFkYCgBhGAoAhsQPALoYCgD/GAoAEBkKAFIZCgBeGQoApRkKAK0ZCgDZxA8A/RkKAEsaCgBVGgoAnhoKAKYaCgDxGgoAARsKAEQbCgBJGwoAlxsKAKAbCgDqGwoA9xsKAD0cCgBEHAoALMUPAJYcCgBIfA0AnRwKAOMcCgCjHAoAKGQMAOgcCgA2HQoAQh0KAIkdCgCWHQoA3B0KAOYdCgB/xQ8ANB4KAIIeCgCOHgoA1R4KAOIeCgAoHwoAMh8KAHsfCgCXHwoAzh8KANYfCgDSxQ8AJiAKAHQgCgB8IAoAxyAKAMogCgAaIQoAIyEKAG0hCgB8IQoAwCEKAMshCgATIgoAGyIKAGYiCgB2IgoAuSIKAMciCgAMIwoAHSMKAF8jCgBrIwoAsiMKALojCgAlxg8ACyQKAFgkCgBgJAoAqyQKALIkCgD+JAoADCUKAFElCgBXJQoApCUKALAlCgD3JQoABiYKAEomCgBUJgoAnSYKAKImCgDwJgoA9iYKAEMnCgBXJwoAlicKAJ4nCgDpJwoABygKADwoCgBEKAoAeMYPAJcoCgDLxg8A6igKADUpCgBOKQoAiCkKAJEpCgDbKQoA6ykKAC4qCgA+KgoAgSoKAI0qCgDUKgoA2ioKACcrCgA1KwoAeisKAIcrCgDNKwoA5CsKACAsCgAoLAoAcywKAH0sCgDGLAoA1CwKABktCgAvLQoAbC0KAHgtCgC/LQoAxi0KABIuCgAaLgoAZS4KAGouCgC4LgoAwS4KAAsvCgAVLwoAXi8KAGYvCgCxLwoAsy8KAAQwCgAUMAoAVzAKAGEwCgCqMAoAtjAKAP0wCgADMQoAUDEKAFgxCgBxxw8ArDEKAPYxCgAHMgoASTIKAFUyCgCcMgoAqTIKAO8yCgD0MgoAQjMKAEwzCgCVMwoApTMKAOgzCgDtMwoAOzQKAEQ0CgCONAoAmzQKAOE0CgDoNAoANDUKAEA1CgCHNQoAjTUKANo1CgDgNQoALTYKADI2CgCANgoAhjYKAMTHDwDYNgoAJjcKAC43CgB5NwoAjzcKAMw3CgDRNwoAHzgKACY4CgByOAoAezgKAMU4CgDWOAoAGDkKACQ5CgBrOQoAczkKAL3IDwDAOQoAEToKACc6CgBkOgoAcDoKALc6CgC+OgoACjsKABI7CgAQyQ8AYjsKALA7CgC4OwoAAzwKABk8CgBWPAoAWzwKAKk8CgCwPAoA/DwKAAU9CgBPPQoAYD0KAKI9CgCuPQoA9T0KAP09CgBjyQ8ASj4KAJs+CgCxPgoA7j4KAPo+CgBBPwoASD8KAJQ/CgCcPwoAtskPAOw/CgA6QAoAQUAKAI1ACgCWQAoA4EAKAPFACgAzQQoAP0EKAIZBCgCOQQoACcoPANtBCgAsQgoAO0IKAH9CCgCfQgoA0kIKANRCCgAlQwoAPEMKAHhDCgCEQwoAy0MKANNDCgCvyg8AI0QKAHFECgBzRAoAxEQKAMtECgAXRQoAH0UKAGpFCgBzRQoAvUUKAMNFCgAQRgoAIUYKAGNGCgBrRgoAVcsPAMJGCgAJRwoADEcKAFxHCgBhRwoAr0cKAMBHCgACSAoAHUgKAFVICgBhSAoAqEgKALBICgCoyw8AEUkKAE5JCgBPSQoAoUkKAKZJCgD0SQoA+kkKAEdKCgBRSgoAmkoKAKJKCgDtSgoA/0oKAPvLDwBNSwoAk0sKAJ1LCgDmSwoA7EsKADlMCgBNTAoAjEwKAJRMCgDfTAoA70wKADJNCgA3TQoAhU0KAItNCgDYTQoA4E0KACtOCgAsTgoAfk4KAIBOCgDRTgoA4E4KACRPCgBETwoAd08KAHlPCgDKTwoA4U8KAB1QCgApUAoAcFAKAHhQCgBOzA8Ay1AKABZRCgAvUQoAaVEKAHJRCgC8UQoAxlEKAA9SCgAXUgoAYlIKAHJSCgC1UgoAulIKAAhTCgARUwoAW1MKAGhTCgCuUwoAtVMKAAFUCgAJVAoA9MwPAF5UCgCnVAoAr1QKAPpUCgAIVQoATVUKAFpVCgCgVQoAqFUKAPNVCgD1VQoARlYKAE5WCgCZVgoAmlYKAOxWCgDuVgoAP1cKAE5XCgCSVwoAslcKAOVXCgDnVwoAOFgKAE9YCgCLWAoAl1gKAN5YCgD4WAoAMVkKAFpZCgCEWQoAh1kKANdZCgDcWQoAKloKADdaCgBHzQ8Af1oKANBaCgDaWgoAI1sKADJbCgB2WwoAgVsKAMlbCgDXWwoAHFwKAClcCgBvXAoAhlwKAMJcCgDKXAoAFV0KABZdCgBoXQoAal0KALtdCgDKXQoADl4KAC5eCgBhXgoAY14KALReCgDLXgoAB18KABNfCgBaXwoAYl8KAJrNDwCyXwoAAGAKAAZgCgBTYAoAW2AKAKZgCgDFYAoA+WAKAAZhCgBMYQoATWEKAJ9hCgC1YQoA8mEKAA5iCgDtzQ8ASmIKAJhiCgCiYgoA62IKAPNiCgA+YwoAP2MKAJFjCgBAYwoAUmwKAJdjCgDkYwoA8GMKADdkCgBHZAoAimQKAJhkCgDdZAoA8GQKADBlCgA8ZQoAg2UKAIplCgDWZQoA3mUKAClmCgAtZgoAfGYKAIpmCgDPZgoA2WYKACJnCgAtZwoAdWcKAH1nCgDIZwoA/2cKABtoCgAjaAoAbmgKAHNoCgDBaAoAx2gKABRpCgAcaQoAZ2kKAIFpCgC6aQoA8WkKAA1qCgAVagoAYGoKAGVqCgCzagoAuWoKAAZrCgAOawoAWWsKAHNrCgCsawoAxmsKAP9rCgA2bAoAQM4PAFpsCgClbAoArGwKAPhsCgAEbQoAS20KAExtCgCebQoAqm0KAPFtCgD+bQoARG4KAEtuCgCXbgoAo24KAOpuCgD3bgoAPW8KAExvCgCQbwoApG8KAJPODwDlbwoANnAKAO9vCgBLsgwAOXAKAOglDABDcAoA3BYLAEVwCgCJcAoAqXAKANxwCgDecAoAL3EKAEZxCgCCcQoAjnEKANVxCgDdcQoA5s4PACpyCgB7cgoAiHIKAM5yCgDXcgoAIXMKACNzCgB0cwoAhXMKAMdzCgDYcwoAGnQKAC50CgA5zw8AjXQKAMB0CgDCdAoAE3UKACp1CgBmdQoAcnUKALl1CgDBdQoAjM8PAA52CgBfdgoAYnYKALJ2CgC6dgoABXcKABJ3CgBYdwoAXXcKAKt3CgC1dwoA/ncKAAZ4CgBReAoAangKAKR4CgCweAoA93gKAAN5CgBKeQoAV3kKAJ15CgCleQoA8HkKAAB6CgBDegoASHoKAJZ6CgCfegoA6XoKAPZ6CgA8ewoAQ3sKAI97CgCXewoA388PAO97CgA1fAoAOHwKAIh8CgCSfAoA23wKAN18CgAufQoAP30KAIF9CgCSfQoA1H0KAOB9CgAnfgoALn4KAHp+CgCUfgoAzX4KANV+CgAgfwoAIX8KAIeICgAqfwoAc38KAHl/CgDGfwoA2n8KABmACgAhgAoAbIAKAHaACgC/gAoAxIAKABKBCgAagQoAZYEKAHOBCgC4gQoAxYEKAAuCCgAOggoAXoIKAGiCCgCxggoAs4IKAASDCgAVgwoAV4MKAGiDCgCqgwoAsoMKADLQDwAHhAoAUIQKAGyECgCjhAoAq4QKAIXQDwD3hAoASYUKAF+FCgCchQoApIUKAO+FCgD9hQoAQoYKAE+GCgCVhgoAmIYKAOiGCgDyhgoAO4cKAD2HCgCOhwoAn4cKAOGHCgDyhwoANIgKADyICgDY0A8AmIgKANqICgDmiAoALYkKAC+JCgCAiQoAg4kKANOJCgDfiQoAJooKAC6KCgAr0Q8AgooKAMyKCgDZigoAH4sKACeLCgByiwoAhIsKAMWLCgDSiwoAGIwKABmMCgBrjAoAgYwKAL6MCgDGjAoAEY0KAB+NCgBkjQoAcY0KALeNCgC6jQoACo4KABSOCgBdjgoAX44KALCOCgDBjgoAA48KABSPCgBWjwoAXo8KAH7RDwC2jwoA/I8KAAaQCgBPkAoAXZAKAKKQCgC4kAoA9ZAKAAGRCgBIkQoAVJEKAJuRCgChkQoA7pEKAPSRCgBBkgoARpIKAJSSCgCakgoA0dEPAOySCgA6kwoAPJMKAI2TCgCUkwoA4JMKAOiTCgAzlAoANpQKAIaUCgCPlAoA2ZQKAOiUCgAslQoAN5UKAH+VCgCHlQoA0pUKAOKVCgAllgoAM5YKAHiWCgCJlgoAy5YKANeWCgAelwoAJpcKAMrSDwCPlwoAxJcKAMyXCgAd0w8AI5gKAGqYCgCAmAoAvZgKAMWYCgAQmQoAL5kKAHDTDwBmmQoAiM8KAHCZCgC2mQoAuZkKAF5mDgC+mQoACZoKAMCZCgCEngwAC5oKAFyaCgATmgoAW6YKABqaCgCMnwoAaZoKAK+aCgDDmgoAApsKAAqbCgBVmwoAWpsKAKibCgC4mwoA+5sKAAOcCgBOnAoAWJwKAKGcCgCsnAoA9JwKAACdCgBHnQoAT50KAMPTDwCfnQoA7Z0KAPadCgBAngoARp4KAJOeCgCingoA5p4KAPKeCgA5nwoAPJ8KABbUDwCRnwoA358KAO6fCgAyoAoANKAKAIWgCgCWoAoA2KAKAOmgCgAroQoAP6EKAH6hCgCGoQoA0aEKAN+hCgAkogoAMaIKAHeiCgB6ogoAyqIKANSiCgAdowoAH6MKAHCjCgCBowoAw6MKANSjCgAWpAoAIqQKAGmkCgBwpAoAvKQKAMSkCgAPpQoAJqUKAGKlCgBupQoAtaUKAMulCgAIpgoAC6YKAGnUDwBmpgoArqYKALqmCgABpwoACacKALzUDwBgpwoAp6cKAL2nCgD6pwoA/acKAE2oCgBVqAoAoKgKAKKoCgDzqAoADqkKAEapCgBIqQoAmakKAKepCgDsqQoA/akKAD+qCgBBqgoAkqoKAKuqCgDlqgoA9qoKADirCgBEqwoAD9UPAJGrCgDeqwoA7KsKADGsCgBMrAoAhKwKAJCsCgDXrAoA3awKACqtCgAyrQoAfa0KAI2tCgDQrQoA1a0KACOuCgAsrgoAdq4KAIOuCgDJrgoA0K4KAByvCgAkrwoAYtUPAHSvCgDCrwoAyK8KABWwCgAdsAoAaLAKAJGwCgC7sAoAwrAKAA6xCgAnsQoAYbEKAHCxCgC0sQoA0LEKALXVDwAMsgoAWrIKAGSyCgCtsgoAvbIKAACzCgAFswoAU7MKAFyzCgCmswoAs7MKAPmzCgAAtAoATLQKAFi0CgCftAoAsrQKAPK0CgABtQoARbUKAFG1CgCYtQoAmbUKAOu1CgD1tQoAPrYKAEy2CgCRtgoAlrYKAOS2CgDxtgoACNYPAEi3CgCKtwoAjLcKAN23CgDgtwoAMLgKADO4CgCDuAoAirgKANa4CgDiuAoAKbkKADm5CgB8uQoAjLkKAM+5CgDUuQoAIroKACu6CgB1ugoAgroKAMi6CgDPugoAG7sKACe7CgBuuwoAdLsKAMG7CgDHuwoAFLwKABm8CgBnvAoAbbwKAAHXDwDEvAoADb0KABu9CgBgvQoAcL0KALO9CgC1vQoABr4KABW+CgBZvgoAY74KAKy+CgC0vgoA+tcPAAW/CgBSvwoAXr8KAE3YDwCqvwoA+L8KAADACgBLwAoAW8AKAJ7ACgCswAoA8cAKAP7ACgBEwQoAS8EKAJfBCgCfwQoA89gPAPvBCgA9wgoARMIKAJDCCgCYwgoA48IKAPDCCgA2wwoAO8MKAInDCgCTwwoA3MMKAOTDCgAvxAoASMQKAILECgCOxAoA1cQKAN3ECgBG2Q8ANMUKAHvFCgB+xQoAzsUKANPFCgAhxgoAMsYKAHTGCgCPxgoAx8YKANPGCgAaxwoAIccKAG3HCgCJxwoAwMcKAMjHCgCZ2Q8AGMgKAGbICgBwyAoAucgKAMHICgAMyQoAHMkKAF/JCgBkyQoAsskKALvJCgAFygoAEsoKAFjKCgBfygoA7NkPALTKCgD+ygoAC8sKAFHLCgBgywoApMsKAK7LCgD3ywoABcwKAErMCgBPzAoAncwKAKrMCgDwzAoA+MwKAD/aDwBPzQoAls0KAKPNCgDpzQoA7M0KADzOCgBKzgoAj84KAJTOCgDizgoA784KADXPCgA9zwoAktoPAJDPCgDbzwoA4c8KAC7QCgDizwoAXigLADrQCgCB0AoAntAKANTQCgDd0AoAJ9EKADXRCgB60QoAgNEKAM3RCgDZ0QoAINIKACfSCgDl2g8AedIKAMbSCgDU0goAGdMKADTTCgBs0woAeNMKAL/TCgDF0woAONsPADXUCgCL2w8AatQKALjUCgDF1AoAC9UKABjVCgBe1QoAatUKALHVCgDA1QoABNYKAA7WCgBX1goAZdYKAKrWCgCv1goA/dYKAArXCgBQ1woAbNcKAKPXCgCr1woA3tsPAALYCgBJ2AoAZtgKAJzYCgCl2AoA79gKAP3YCgBC2QoASNkKAJXZCgCh2QoA6NkKAO/ZCgA72goAQ9oKAI7aCgCk2goA4doKAObaCgA02woAO9sKAIfbCgCQ2woA2tsKAOvbCgAt3AoAOdwKAIDcCgCI3AoAhNwPANncCgAm3QoAK90KAHndCgCU3QoAzN0KANrdCgAf3goAJt4KAHLeCgB+3goAxd4KAMjeCgAY3woAIN8KAGvfCgBs3woAvt8KAMDfCgAR4AoAIOAKAGTgCgCE4AoAt+AKALngCgAK4QoAIeEKAF3hCgBp4QoAsOEKALjhCgDX3A8ABOIKAFbiCgBi4goAqeIKALjiCgD84goABOMKACrdDwBR4woAouMKALDjCgD14woABuQKAH3dDwBP5AoA0N0PAKPkCgB23g8A+OQKAEHlCgBN5QoAlOUKAKrlCgDn5QoA8+UKADrmCgBN5goAjeYKAJvmCgDg5goA6uYKAMneDwA75woAHN8PAJznCgDZ5woA5ecKACzoCgA56AoAf+gKAInoCgDS6AoA1OgKACXpCgAv6QoAeOkKAIbpCgDL6QoA0OkKAB7qCgAr6goAceoKAHnqCgDE6goA1OoKABfrCgAZ6woAausKAHPrCgC96woAzusKABDsCgAa7AoAb98PAG/sCgC27AoAzewKAAntCgAk7QoAwt8PAHXtCgCv7QoAte0KAALuCgAM7goAFeAPAFfuCgCo7goAue4KAPvuCgAD7woATu8KABfvCgCJFgsAWu8KAKHvCgCn7woA9O8KAPrvCgBH8AoATPAKAJrwCgCg8AoAaOAPAAnxCgBA8QoASPEKAGHhDwCh8QoA5vEKAPfxCgA58goASvIKAIzyCgCY8goA3/IKAObyCgC04Q8AQ/MKAIXzCgCW8woA2PMKAOTzCgAr9AoAMvQKAAfiDwCA9AoA0fQKANL0CgAk9QoALPUKAHf1CgB89QoAyvUKANP1CgAd9goAJ/YKAHD2CgB49goAw/YKAMj2CgAW9woAJvcKAGn3CgBx9woAvPcKANL3CgAP+AoAG/gKAGL4CgB4+AoAtfgKALr4CgAI+QoADvkKAFv5CgBv+QoAWuIPAMT5CgAB+goAD/oKAFT6CgBh+goAp/oKAKn6CgD6+goABPsKAE37CgBZ+woAoPsKAKf7CgDz+woA+/sKAEb8CgBf/AoAmfwKAK38CgDs/AoA9PwKAD/9CgBB/QoAkv0KAJ/9CgDl/QoA6v0KADj+CgBC/goAi/4KAJb+CgDe/goA6v4KADH/CgA3/woAhP8KAIz/CgDX/woA2P8KACoACwAwAAsAfQALAIIACwDQAAsA3wALACMBCwAvAQsAdgELAHkBCwDJAQsAzAELAK3iDwAhAgsAbwILAIsCCwAA4w8A4gILABUDCwAdAwsAU+MPAG4DCwC7AwsAxwMLAKbjDwAUBAsAYQQLAG0ECwDr5Q8AtQQLAEUICwDEBAsABwULAAkFCwBaBQsAZAULAK0FCwCvBQsAAAYLABEGCwBTBgsAWwYLAKYGCwCyBgsA+QYLAP8GCwBMBwsAUgcLAJ8HCwCkBwsA8gcLAPgHCwA+5g8ARwgLAJgICwCeCAsA6wgLAO4ICwA+CQsASgkLAJEJCwCZCQsAN+cPAOoJCwA3CgsAPQoLAIoKCwCPCgsA3QoLAOMKCwCK5w8AMgsLAIMLCwCMCwsA1gsLAO0LCwApDAsANAwLAHwMCwCGDAsAzwwLANcMCwCD6A8ALw0LAHUNCwB9DQsAyA0LANINCwAbDgsAJg4LAG4OCwB0DgsAwQ4LAM0OCwAUDwsAFg8LAGcPCwBuDwsAug8LAMIPCwANEAsAHxALANboDwCcEAsAsxALALsQCwAGEQsAKRELAM/pDwBbEQsArBELALkRCwD/EQsABhILAFISCwBjEgsApRILALESCwD4EgsA/xILAEsTCwBMEwsAETMLAFMTCwAi6g8AsRMLAPETCwAAFAsARBQLAFAUCwCXFAsAmBQLAOoUCwD0FAsAPRULAEsVCwCQFQsAlRULAOMVCwDwFQsAdeoPAD4WCwDI6g8AkRYLABvrDwDqFgsALxcLAD4XCwCCFwsAohcLANUXCwDhFwsAKBgLAC8YCwB7GAsAgxgLAM4YCwDQGAsAIRkLACsZCwAU7A8AfhkLAMcZCwDPGQsAZ+wPACQaCwBtGgsAdRoLALrsDwD9GgsAExsLABsbCwBmGwsAhBsLAA3tDwDHGwsADBwLABMcCwDsmwwAHBwLAF8cCwBvHAsAshwLAL4cCwAFHQsACx0LAFgdCwB0HQsAqx0LALMdCwBg7Q8AEh4LAFEeCwBbHgsApB4LALAeCwD3HgsA/x4LALPtDwBVHwsAnR8LAJ8fCwDwHwsA9h8LAEMgCwBLIAsABu4PAJggCwDpIAsA7CALADwhCwBEIQsAjyELAJ8hCwDiIQsA5CELADUiCwBDIgsAiCILAJkiCwBZ7g8A4iILAKzuDwA0IwsAgSMLAIYjCwDUIwsA2iMLAP/uDwAxJAsAeiQLAHwkCwDNJAsA4CQLACAlCwAoJQsAcyULAH8lCwDGJQsAzCULABkmCwAfJgsAbCYLAHEmCwC/JgsAxSYLAPjvDwAbJwsAZScLAHInCwC4JwsAvycLAAsoCwATKAsAS/APAGooCwCxKAsAuygLAAQpCwAQKQsAVykLAGYpCwCqKQsAtCkLAP0pCwAJKgsAUCoLAFcqCwCe8A8ApioLAHNqDQCpKgsA9ioLALIqCwACjQwAAisLAEkrCwBRKwsA8fAPAKgrCwDvKwsA+SsLAEIsCwBOLAsAlSwLAKQsCwDoLAsA8iwLADstCwBHLQsAji0LAJUtCwBE8Q8A7y0LADQuCwABLgsAxX0MAEsuCwCHLgsAlC4LANouCwDcLgsALS8LAD4vCwCALwsAnC8LANMvCwDbLwsAl/EPAD8wCwB5MAsAjTALAMwwCwDUMAsAHzELACIxCwByMQsAgDELAMUxCwDcMQsAGDILACUyCwBrMgsAbTILAL4yCwDPMgsA6vEPABczCwBkMwsAaTMLALczCwDNMwsACjQLABg0CwBdNAsAYDQLALA0CwC8NAsAAzULAAk1CwBWNQsAYjULAKk1CwDSNQsA/DULAAg2CwBPNgsAXjYLAKI2CwCsNgsA9TYLAAM3CwBINwsATTcLAJs3CwCoNwsAPfIPAPA3CwBBOAsATzgLAJQ4CwChOAsA5zgLAPk4CwCQ8g8ASTkLAI05CwCZOQsA4DkLAPk5CwAzOgsANToLAIY6CwCVOgsA2ToLAPk6CwAsOwsANDsLAH87CwCiOwsA4/IPANc7CwAlPAsAKDwLAHg8CwCCPAsAyzwLANM8CwAePQsAJD0LAHE9CwB9PQsAxD0LANM9CwAXPgsAIz4LAGo+CwB3PgsAvT4LAMc+CwAQPwsAGD8LAGM/CwByPwsAtj8LALg/CwAJQAsAGkALAFxACwBtQAsAr0ALALdACwACQQsAE0ELAFVBCwBXQQsAqEELAKtBCwD7QQsABUILAE5CCwByQgsAoUILAL1CCwA28w8A+kILAEdDCwBMQwsAmkMLAKlDCwDtQwsA+UMLAEBECwBDRAsAk0QLAJZECwDmRAsA7kQLADlFCwBIRQsAjEULAJFFCwDfRQsA9UULADJGCwAzRgsAhUYLAJZGCwDYRgsA5EYLACtHCwA1RwsAfkcLAIpHCwDRRwsA2EcLAInzDwAoSAsAd0gLAIVICwDKSAsA1EgLAB1JCwAoSQsAcEkLAHhJCwDDSQsAz0kLABZKCwApSgsAaUoLAHdKCwC8SgsAxkoLAA9LCwAXSwsAYksLAHFLCwC1SwsAuksLAAhMCwAPTAsAW0wLAGdMCwDc8w8AukwLAAFNCwAETQsAVE0LAFdNCwCnTQsAwU0LAPpNCwAGTgsATU4LAGBOCwCgTgsArk4LAPNOCwD9TgsARk8LAGlPCwAv9A8Ao08LAOxPCwD4TwsAP1ALAEZQCwCSUAsAmlALAOVQCwDpUAsAOFELAEZRCwCLUQsAlVELAN5RCwDpUQsAMVILADlSCwCEUgsAk1ILANdSCwDcUgsAKlMLADFTCwB9UwsAiVMLANBTCwDYUwsAgvQPADlUCwD5Sw0APFQLAHZUCwCAVAsAyVQLANVUCwAcVQsAH1ULAG9VCwB5VQsAwlULAMVVCwAVVgsAJVYLAGhWCwBqVgsAu1YLAMlWCwAOVwsAH1cLANX0DwBoVwsAKPUPAL1XCwAHWAsAvlcLAIU4DQDUVwsAxnEMACBYCwBaWAsAZFgLAK1YCwC5WAsAAFkLAANZCwBTWQsAXVkLAHv1DwCrWQsA+VkLABlaCwBMWgsAVFoLAM71DwCtWgsA8loLAAhbCwBFWwsAUVsLAJhbCwCfWwsA61sLAPNbCwA+XAsAQ1wLAJFcCwCaXAsA5FwLAO5cCwA3XQsAP10LAIpdCwCYXQsA3V0LAOpdCwAwXgsAOF4LACH2DwCTXgsA1l4LAN5eCwB09g8AMF8LAHxfCwCIXwsAz18LANZfCwAiYAsAKmALAHVgCwB/YAsAyGALANZgCwAbYQsAMWELAG5hCwB6YQsAwWELAMZhCwAUYgsAHWILAGdiCwBxYgsAumILAMJiCwANYwsAEmMLAGBjCwBwYwsAs2MLALtjCwDH9g8AEGQLAFlkCwBcZAsAwBMMAGFkCwAa9w8AumQLAP9kCwAVZQsAUmULAF5lCwClZQsArGULAPhlCwAAZgsAS2YLAFBmCwCeZgsAp2YLAPFmCwD7ZgsARGcLAExnCwCXZwsAmWcLAPByCwClZwsA6mcLAPdnCwA9aAsARWgLAG33DwCcaAsA42gLAOZoCwA2aQsAQGkLAMD3DwCXaQsA3GkLAPJpCwAvagsAO2oLAIJqCwCJagsA1WoLAN1qCwAoawsALWsLAHtrCwCEawsAzmsLANhrCwAhbAsAKWwLAHRsCwB2bAsAx2wLANdsCwAabQsAJG0LAG1tCwB5bQsAwG0LAMZtCwBm+A8AIW4LAGZuCwB8bgsAuW4LAMVuCwAMbwsAEW8LAF9vCwBobwsAsm8LALxvCwAFcAsADXALAFhwCwB6cAsAufgPALpwCwD+cAsACnELAFFxCwBScQsApHELAK5xCwD3cQsABXILAEpyCwBPcgsAnXILAKpyCwAM+Q8AAHMLAENzCwBNcwsAlnMLAKJzCwDpcwsA73MLADx0CwBEdAsABfoPAJR0CwDidAsA6nQLADV1CwBBdQsA734LAE51CwCIdQsAlHULANt1CwDjdQsAWPoPADt2CwCBdgsAiXYLANR2CwDidgsAJ3cLADR3CwB6dwsAfXcLAM13CwDXdwsAIHgLACJ4CwBzeAsAgHgLAMZ4CwDVeAsAGXkLACV5CwBseQsAdHkLAKv6DwDPeQsAEnoLABp6CwBlegsAcXoLALh6CwC+egsAC3sLABF7CwBeewsAY3sLALF7CwC3ewsA/voPABF8CwBXfAsAXHwLAKp8CwC0fAsA/XwLAAV9CwBQfQsAXH0LAKN9CwC2fQsA9n0LAAR+CwBJfgsATH4LAJx+CwCmfgsAUfsPAAJ/CwBCfwsAUH8LAJV/CwCYfwsA6H8LAPJ/CwCk+w8AQIALAI6ACwBJgAsAYp4LAJaACwDhgAsA7YALADSBCwA6gQsAh4ELAEeBCwAdnAsAjYELANqBCwDfgQsALYILADOCCwD3+w8AhoILANOCCwDYggsAJoMLACyDCwBK/A8Ah4MLAMyDCwDngwsAH4QLACuECwByhAsAeYQLAJ38DwDOhAsAGIULACWFCwBrhQsAd4ULAL6FCwDRhQsAEYYLABKGCwBkhgsAcIYLALeGCwDGhgsACocLABSHCwBdhwsAaYcLALCHCwC3hwsA8PwPAAmICwBWiAsAXIgLAKmICwCuiAsA/IgLAAKJCwCW/Q8AWIkLAKKJCwCviQsA9YkLAPmJCwBIigsASooLAJuKCwCoigsA7ooLAPiKCwDp/Q8ASIsLAJSLCwCciwsA54sLAPOLCwA6jAsATYwLAI2MCwCcjAsA4IwLAOyMCwAzjQsANI0LAIaNCwCQjQsA2Y0LAOeNCwAsjgsAMY4LAH+OCwCMjgsAPP4PAN6OCwAljwsAK48LAHiPCwB+jwsAy48LANCPCwAekAsAJJALAI/+DwB2kAsAxJALAM6QCwA1/w8AH5ELAGqRCwB3kQsAvZELAMKRCwAQkgsAGpILAGOSCwBrkgsAtpILAMKSCwAJkwsAHJMLAFyTCwBdkwsAr5MLALuTCwAClAsAEZQLAFWUCwBflAsAqJQLALCUCwD7lAsA/ZQLAIj/DwBXlQsAoZULALCVCwD0lQsAA5YLAEeWCwBTlgsAmpYLAJ2WCwDtlgsA8JYLANv/DwBClwsAk5cLAJaXCwDmlwsA7pcLADmYCwBGmAsAjJgLAJGYCwDfmAsA6ZgLADKZCwA6mQsAhZkLAJGZCwDYmQsA65kLACuaCwAsmgsAfpoLAIqaCwDRmgsA4JoLACSbCwAumwsAd5sLAIObCwDKmwsA0ZsLAC4AEAAsnAsAcJwLAHycCwDDnAsAxJwLABadCwAgnQsAaZ0LAHedCwC8nQsAwZ0LAA+eCwAcngsAgQAQAHOeCwDUABAAwp4LAAifCwAWnwsAW58LAGyfCwCunwsA0J8LACcBEAAGoAsAVKALAAegCwCA1QsAXKALAKegCwCooAsA3qQLAKqgCwDXpQsArKALAOWjCwCtoAsAI6cLAK6gCwDsogsAtqALAPqgCwDAoAsADqoLAP+gCwBNoQsAWqELAKChCwCtoQsA86ELAP+hCwBGogsAVaILAJmiCwCjogsAegEQAPqiCwA/owsAQaMLAJKjCwCjowsAzQEQAOajCwA4pAsARKQLAIukCwCYpAsAIAIQAOykCwAxpQsAPqULAISlCwCbpQsAcwIQAOClCwBvqAsA4aULACqmCwAspgsAfaYLAIOmCwDQpgsA2qYLAMYCEAAvpwsAdqcLAHinCwDJpwsA2KcLAByoCwAnqAsAGQMQAH6oCwDCqAsA0agLABWpCwAhqQsAaKkLAHSpCwC7qQsAwqkLAGwDEAAaqgsAYaoLAGmqCwC/AxAAzaoLAAerCwAYqwsAWqsLAGarCwASBBAAtKsLAACsCwAIrAsAU6wLAFSsCwCmrAsArKwLAPmsCwD+rAsATK0LAE2tCwCfrQsAq60LAPKtCwD4rQsARa4LAE+uCwCYrgsApq4LAMizCwCsrgsA664LAPOuCwBlBBAATq8LAJGvCwCZrwsA5K8LAO2vCwA3sAsA8a8LAM+yCwBEsAsAirALAJGwCwDdsAsA6bALADCxCwBAsQsAg7ELAJGxCwDWsQsA47ELACmyCwA1sgsAfLILAIOyCwC4BBAA2LILACKzCwAzswsAdbMLAIazCwALBRAA1LMLABu0CwAetAsAbrQLAHa0CwDBtAsAxrQLABS1CwAktQsAZ7ULAG+1CwC6tQsAw7ULAA22CwDHtQsApbgLABq2CwBgtgsAZ7YLALO2CwC/tgsABrcLABa3CwBZtwsAZ7cLAKy3CwC5twsA/7cLAAu4CwBSuAsAWbgLAF4FEACuuAsA+LgLAAm5CwBLuQsAXLkLALEFEACjuQsA8bkLAP65CwBEugsAULoLAJe6CwChugsA6roLAP66CwA9uwsAPrsLAJC7CwCcuwsA47sLAAK8CwA2vAsAPrwLAIm8CwCOvAsA3LwLAPW8CwAvvQsAWL0LAIK9CwCOvQsA1b0LAOS9CwAovgsAMr4LAHu+CwCDvgsAzr4LANm+CwAhvwsAI78LAHS/CwB3vwsAx78LAM+/CwAawAsAJ8ALAG3ACwBywAsAwMALAMjACwATwQsAFcELAGbBCwBwwQsAucELAMPBCwAMwgsAEsILAF/CCwBtwgsAssILAMvCCwAFwwsADsMLAFjDCwBiwwsAq8MLALfDCwAEBhAACsQLAFHECwBbxAsApMQLAK/ECwD3xAsA/MQLAErFCwBRxQsAncULAKXFCwDwxQsAGsYLAFcGEABKxgsAlsYLAJ7GCwDpxgsAE8cLADzHCwBBxwsAj8cLAJDHCwDixwsA7McLADXICwBDyAsAiMgLAI3ICwDbyAsA6MgLAC7JCwBKyQsAgckLAJ3JCwCqBhAA4ckLACfKCwArygsAesoLAIDKCwDNygsAz8oLACDLCwAhywsAc8sLAJbLCwDGywsA6ssLABnMCwBDzAsAbMwLAHTMCwC/zAsAxMwLABLNCwAfzQsAZc0LAG3NCwC4zQsAus0LAAvOCwATzgsAXs4LAIjOCwCxzgsAvs4LAATPCwAJzwsAV88LAGTPCwCqzwsAts8LAP3PCwAn0AsAUNALAFjQCwCj0AsAvtALAPbQCwD40AsASdELAFrRCwCc0QsApdELAO/RCwD70QsA/QYQAE/SCwCV0gsAsNILAOjSCwDt0gsAO9MLAFvTCwCO0wsAmtMLAOHTCwDp0wsAUAcQAELUCwCH1AsAkdQLANrUCwDl1AsALdULADXVCwD2BxAAidULANPVCwDd1QsAJtYLADHWCwB51gsAjdYLAMzWCwDh1gsAH9cLACfXCwBy1wsAidcLAMXXCwDK1wsAGNgLACLYCwBr2AsAc9gLAEkIEADA2AsAEdkLACLZCwBk2QsAZ9kLALfZCwDD2QsAnAgQABjaCwBd2gsAbtoLAO8IEACz2gsAA9sLAAbbCwBW2wsAYtsLAKnbCwCv2wsA/NsLAAbcCwBCCRAAXNwLAKLcCwC53AsA9dwLAP3cCwCVCRAAWN0LAJvdCwCn3QsA7t0LAPTdCwBB3gsATd4LAJTeCwBP3gsA4RgOAKHeCwDn3gsA9t4LADrfCwBG3wsAjd8LAJXfCwDoCRAA6N8LADPgCwA14AsAhuALAJXgCwDZ4AsA4+ALACzhCwA14QsAf+ELAIHhCwDS4QsA4+ELACXiCwA64gsAeOILAIDiCwDL4gsACeMLAB7jCwAm4wsAceMLAH3jCwDE4wsA1+MLABfkCwAY5AsAauQLAHbkCwC95AsAzOQLABDlCwAa5QsAY+ULAG/lCwC25QsAveULAI4KEAAl5gsA4QoQAF/mCwCv5gsAt+YLAALnCwAP5wsAVecLAFrnCwCo5wsAsucLAPvnCwAD6AsATugLAFjoCwCF7AsAXugLAHfuCwB46AsAoegLAKvoCwD06AsAsegLAJPqCwD66AsAR+kLAFDpCwCa6QsApukLAO3pCwAX6gsAQOoLAFzqCwCHCxAAleoLAObqCwD36gsAOesLADzrCwCM6wsAmOsLAN/rCwAJ7AsAMuwLAE7sCwDaCxAAi+wLANjsCwDh7AsAK+0LADXtCwB+7QsAie0LANHtCwDl7QsAJO4LAEDuCwAtDBAAee4LAMruCwDb7gsAHe8LACDvCwBw7wsAhO8LAMPvCwDf7wsAgAwQAB7wCwDTDBAAcfALACYNEADI8AsAD/ELABXxCwBi8QsAaPELALXxCwC68QsACPILAA7yCwB5DRAAZfILAK7yCwC28gsAHw4QAAfzCwBU8wsAXPMLAKfzCwC08wsA+vMLAAb0CwBN9AsAT/QLAKD0CwCm9AsA8/QLAPv0CwBG9QsAWPULAHIOEACm9QsA7PULAPP1CwA/9gsAR/YLAJL2CwCX9gsA5fYLAPX2CwA49wsAQPcLAIv3CwCZ9wsA3vcLAOv3CwAx+AsAMvgLAIT4CwCN+AsA1/gLAOH4CwDFDhAAL/kLAH35CwCJ+QsA0PkLANP5CwAj+gsAK/oLAHb6CwCD+gsAyfoLAM76CwAc+wsAJvsLAG/7CwB3+wsAwvsLAM77CwAV/AsAKPwLAGj8CwB2/AsAu/wLAL78CwAO/QsAGP0LABgPEABq/QsAtP0LAMH9CwAH/gsAEf4LAFr+CwBo/gsArf4LAMP+CwAA/wsADP8LAFP/CwBf/wsApv8LALn/CwD5/wsACAAMAEwADABYAAwAnwAMAKAADADyAAwA/AAMAEUBDABTAQwAmAEMAJ0BDADrAQwA+AEMAGsPEABMAgwAkQIMAKcCDADkAgwA8AIMADcDDAA+AwwAigMMAJIDDADdAwwA4gMMADAEDAA5BAwAgwQMAI0EDADWBAwA3gQMACkFDAAtBQwAfAUMAH4FDADPBQwA3QUMACIGDAAsBgwAdQYMAIMGDADIBgwA1QYMABsHDAAyBwwAbgcMAHYHDADBBwwA0QcMABQIDAAZCAwAZwgMAG0IDAC6CAwAwggMAA0JDAASCQwAYAkMAGEJDACzCQwAvwkMAAYKDAAMCgwAWQoMAFsKDACsCgwAtgoMAP8KDAANCwwAUgsMAFcLDAClCwwAsgsMAGQQEAAPDAwASwwMAFEMDACeDAwAqgwMAPEMDAAIDQwARA0MAEYNDACXDQwAoQ0MAOoNDAD2DQwAPQ4MAEkODACQDgwAlg4MAOMODADpDgwANg8MADsPDACJDwwAjw8MALcQEADfDwwAn/INAOcPDAAvEAwAMBAMAIIQDACMEAwA1RAMAAURDAAKERAAKxEMAHsRDACFEQwAXREQANcRDAAhEgwANxIMAHQSDACKEgwAxxIMAMkSDAAaEwwAIBMMAG0TDACBEwwAAxIQAMgTDAATFAwA3BMMAI1pEAAZFAwAOx8NACMUDABmFAwALBQMAKl6DQBoFAwAuRQMAMcUDAAMFQwAHRUMAFYSEABmFQwAqRIQALsVDAAi/wwAvhUMAAUWDAAIFgwAWBYMAGEWDACrFgwAvBYMAP4WDAAIFwwAURcMAFkXDACkFwwAbRcMAKZLDQCnFwwA9xcMAAAYDABKGAwAYBgMAJ0YDACzGAwA8BgMAPIYDABDGQwASRkMAJYZDACqGQwA/BIQABQaDAA8GgwAZxoMAE8TEACVGgwAVOwMAJsaDAAuHAwAnBoMAPPtDACeGgwA+uwMAJ8aDADiGgwA5BoMADUbDABDGwwAiBsMAJkbDACiExAA4xsMAPUTEAA0HAwAgRwMAIccDADUHAwA2RwMACcdDAAtHQwASBQQAIYdDADNHQwA1R0MAO4UEAAsHgwAcx4MAH0eDADGHgwAzx4MABkfDAAaHwwAbB8MAHQfDAC/HwwAxB8MABIgDAAiIAwAlBUQAHEgDAC4IAwAuiAMAAshDAARIQwAXiEMAGUhDACxIQwAtiEMAAQiDAAIIgwAVyIMAGQiDACqIgwAsiIMAP0iDAACIwwAUCMMAGAjDADnFRAAtCMMAPYjDAACJAwASSQMAFgkDACcJAwApiQMAO8kDAD9JAwAQiUMAE8lDACVJQwArCUMADoWEADrJQwA4BYQAD4mDACOJgwAQiYMAGknEACWJgwA4SYMAAwnDAA0JwwAXycMAIcnDACyJwwAMxcQAOMnDAAtKAwALigMAIAoDACPKAwA0ygMAJYoDAByKgwA5CgMACYpDAAoKQwAeSkMAHwpDADMKQwAzykMAB8qDAAnKgwALBgQAHcqDADFKgwAzCoMABgrDAAhKwwAaysMAHwrDAC+KwwAyisMABEsDAAZLAwAfxgQAGosDAC3LAwAviwMAAotDAAPLQwAXS0MAGEtDACwLQwAvS0MAAMuDAASLgwAVi4MAGcuDACpLgwAqy4MAPwuDAD/LgwATy8MAFIvDACiLwwAqi8MANIYEAD6LwwAEnMMAAAwDABE/w0AATAMAEgwDABLMAwAmzAMAKUwDAAlGRAA9zAMAEExDABQMQwAlDEMAKMxDADnMQwA8zEMADoyDAA9MgwAjTIMAJAyDAB4GRAA4zIMADMzDABeMwwAyxkQAI4zDAAeGhAA4TMMAHEaEAA0NAwAxBoQAIQ0DADSNAwA3zQMACU1DAAoNQwAeDUMAH01DADLNQwA3DUMAB42DAAqNgwAFxsQAHY2DADENgwA1TYMABc3DAAjNwwAajcMAIQ3DAC9NwwAwTcMAK85DADENwwA9DsMAMc3DABAPQwAyTcMAKg6DADLNwwAtjgMAM43DAAQOAwAFTgMAGM4DAB6OAwAahsQAMM4DAAJOQwAGTkMAFw5DABhOQwAvRsQALE5DAACOgwACDoMAFU6DABiOgwAEBwQAK46DAD7OgwAATsMAE47DABTOwwAoTsMAKc7DABjHBAAADwMAEc8DABgPAwAmjwMAKM8DADtPAwABD0MALYcEABGPQwAkz0MAJU9DADmPQwA9T0MADk+DABFPgwACR0QAI4+DADfPgwA8D4MADI/DABAPwwAhT8MAIw/DADYPwwA2j8MACtADAA1QAwAfkAMAIxADADRQAwA1kAMACRBDAAxQQwAd0EMAH9BDADKQQwAzkEMAB1CDAAfQgwAcEIMAHZCDADDQgwA0EIMAFwdEAAjQwwAaUMMAIBDDAC8QwwA2EMMAK8dEAAbRAwAYkQMAGNEDAC1RAwAu0QMAAhFDAAURQwAW0UMAGpFDACuRQwAsEUMAAFGDAALRgwAVEYMAGJGDACnRgwArEYMAPpGDAAHRwwATUcMAFVHDACgRwwApEcMAPNHDAD1RwwARkgMAExIDACZSAwApkgMAAIeEAD5SAwAP0kMAFZJDACSSQwArkkMAFUeEADuSQwAOEoMAEZKDACLSgwAlUoMAN5KDADqSgwAMUsMADRLDACESwwAoEsMANdLDADfSwwAqB4QADZMDAB9TAwAgEwMANBMDADaTAwAoR8QACxNDAB2TQwAhE0MAMlNDADTTQwAHE4MAChODABvTgwAd04MAEcgEADETgwAFU8MACNPDABoTwwAeU8MAJogEADCTwwA7SAQABNQDABhUAwAaVAMALRQDAC6UAwAB1EMABBRDABaUQwAZ1EMAJMhEACyUQwAAFIMALlRDACfUwwACVIMAFNSDABdUgwAplIMAK5SDAD5UgwAO1MMAExTDABUUwwA5iEQAKVTDADyUwwA+FMMAEVUDABNVAwAmFQMANpUDADrVAwA81QMADkiEABGVQwAjCIQAJpVDADkVQwA8lUMADdWDABBVgwAilYMAJZWDADdVgwA4FYMADBXDAA4VwwAMiMQAI9XDADWVwwA2VcMAClYDAAzWAwAhSMQAIRYDADYIxAA3VgMACJZDAAzWQwAdVkMAIFZDADIWQwAy1kMACskEABfWgwAbloMALJaDAB+JBAA0VoMABRbDAAWWwwAZ1sMAHVbDAC6WwwAy1sMANEkEAApXAwAYFwMAGhcDAAkJRAAuVwMANrNDADGXAwABl0MABVdDABZXQwAZV0MAKxdDACtXQwA/10MAAleDABSXgwAYF4MAKVeDACqXgwA+F4MAAVfDAB3JRAAWV8MAJ5fDACrXwwA8V8MAPlfDADKJRAAUGAMAJdgDADAYAwA6mAMAPZgDAA9YQwATGEMAJBhDACaYQwA42EMAPFhDAA2YgwAO2IMAIliDACWYgwA3GIMAORiDAAvYwwAPWMMAIJjDACPYwwA1WMMAN1jDAAdJhAAKmQMAF15DQA2ZAwAe2QMAIVkDADOZAwA2mQMACFlDAAoZQwAdGUMAHxlDADHZQwAy2UMABpmDAAoZgwAbWYMAHdmDADAZgwAy2YMABNnDAAbZwwAZmcMAGhnDAC5ZwwAwWcMAAxoDAAZaAwAX2gMAGRoDACyaAwAv2gMAAVpDAAjaQwAWGkMAIdpDACraQwAt2kMAP5pDAAEagwAUWoMAFZqDACkagwArGoMAPdqDAADawwASmsMAF1rDACdawwAq2sMAPBrDAD6awwAQ2wMAEtsDACWbAwApWwMAOlsDADubAwAPG0MAENtDACPbQwAm20MAOJtDAD+bQwANW4MAD1uDABwJhAAim4MANtuDADpbgwALm8MADtvDACBbwwAj28MANRvDADhbwwAJ3AMAD5wDAB6cAwAgnAMAM1wDADbcAwAIHEMAC1xDABzcQwAe3EMABYnEADUcQwAGXIMABpyDAC8JxAAeHIMAL9yDADGcgwADygQABlzDABlcwwAanMMAGIoEADAcwwAtSgQABN0DABedAwAUXQMADiPDgBfdAwAXscMAGF0DABQyQwAZ3QMALF0DABodAwAEsYMAG50DABXyAwAvnQMAAR1DAAPdQwAV3UMAFl1DACqdQwAt3UMAP11DAAEdgwAUHYMAGF2DACjdgwAr3YMAPZ2DAD9dgwASXcMAFF3DAAIKRAAoncMAO93DAD1dwwAQngMAEd4DACVeAwAm3gMAFspEAD0eAwAO3kMAEV5DACOeQwAknkMAOF5DADteQwANHoMAEB6DACHegwAlHoMANp6DADiegwALXsMADd7DACAewwAjHsMANN7DADWewwAJnwMADB8DAABKhAAe3wMAMx8DADPfAwAH30MACJ9DACnKhAAen0MAPoqEADTfQwAGH4MABl+DABNKxAAc34MAKArEADDfgwAEX8MABh/DABkfwwAaX8MAPMrEAC/fwwARiwQABKADABdgAwAZ4AMALCADAC7gAwAA4EMABGBDABWgQwAWYEMAKmBDACxgQwA/IEMAAaCDABPggwAW4IMAKKCDAClggwA9YIMAP+CDACZLBAAVoMMAJuDDACxgwwA7oMMAPqDDABBhAwASIQMAJSEDACchAwA54QMAOyEDAA6hQwAQ4UMAI2FDACXhQwA4IUMAOiFDAAzhgwANYYMAIaGDACWhgwA2YYMAOOGDAAshwwAOIcMAH+HDACFhwwA0ocMANqHDAA/LRAAM4gMAHiIDAB5iAwAki0QANCIDADlLRAAIIkMAHGJDAByiQwAxIkMAMeJDAAXigwAIooMAGqKDABvigwAvYoMAMeKDAA4LhAANIsMAGOLDABriwwAiy4QALiLDAAJjAwAGowMAFyMDABtjAwAr4wMALKMDADeLhAACI0MAFWNDABajQwAqI0MAKuNDAD7jQwA/o0MAE6ODABWjgwAMS8QAK+ODAD0jgwA944MAEePDABSjwwAmo8MAKaPDADtjwwA9I8MAECQDABIkAwAk5AMAKGQDADmkAwA85AMADmRDABBkQwAhC8QAJiRDADfkQwA4pEMADKSDAA8kgwAhZIMAI2SDADXLxAA5JIMACuTDAAxkwwAfpMMAIiTDADRkwwA5ZMMACSUDAAslAwAKjAQAISUDADKlAwA0pQMAB2VDAAglQwAcJUMAHyVDADDlQwAzZUMABaWDAAflgwAaZYMAGqWDAC8lgwA1JYMAA+XDAARlwwAYpcMAHOXDAC1lwwAxpcMAAiYDAAQmAwAW5gMAGqYDACumAwAsJgMAAGZDAASmQwAVJkMAGWZDACnmQwAwJkMAPqZDAD8mQwATZoMAFyaDACgmgwAwJoMANAwEAD1mgwARpsMAGabDACZmwwArZsMABwyEAD0mwwAP5wMAEycDACSnAwAl5wMAOWcDADvnAwAOJ0MAECdDACLnQwAkZ0MAN6dDADnnQwAMZ4MAD6eDABvMhAAkJ4MANeeDADdngwAKp8MADCfDAB9nwwAhp8MANCfDADRnwwAI6AMAC2gDAB2oAwAgqAMAMmgDADQoAwAwjIQACShDAAVMxAAd6EMAGgzEADKoQwAuzMQACGiDABoogwAeKIMALuiDADAogwADqMMABSjDABhowwAbaMMALSjDAC8owwADjQQABikDABapAwAa6QMAK2kDAC/pAwAAKUMAAilDABTpQwAXqUMAKalDACrpQwA+aUMAP6lDABMpgwAbKYMAGE0EACvpgwA8qYMAPymDABFpwwAUacMAJinDACepwwA66cMAPOnDAA+qAwAQKgMAJGoDABKqAwAFK4MAKKoDADkqAwA9agMADepDABJqQwAiqkMAJKpDADdqQwA6KkMADCqDAA1qgwAg6oMAIiqDADWqgwA9qoMALQ0EAArqwwAfKsMAIurDADPqwwA2qsMACKsDAA0rAwAdawMAH2sDADIrAwA06wMAButDAAgrQwAbq0MAHOtDADBrQwA4a0MAAc1EAAWrgwAZ64MAHauDAC6rgwAxa4MAA2vDAAfrwwAYK8MAGivDACzrwwAvq8MAAawDAALsAwAWbAMAF6wDACssAwAzLAMAFo1EAAMsQwAUrEMAGmxDACtNRAAsrEMAPixDAAPsgwAADYQAFiyDACesgwApbIMAPGyDAD/sgwARLMMAFGzDACXswwArrMMAFM2EADyswwApjYQAD+0DACQtAwAnrQMAOO0DAD0tAwA+TYQAEO1DACJtQwAoLUMAEw3EADmtQwAL7YMADu2DACCtgwAhbYMANW2DADftgwAnzcQAES3DADyNxAAg7cMAEU4EADWtwwAIbgMACK4DACyuwwAJLgMAMC5DAAouAwAgcIMACu4DAB0uAwAMLgMAKS9DAAxuAwAq7wMAHm4DADbwQwAgLgMAMe4DADKuAwAGrkMACS5DACYOBAAdbkMAOs4EADJuQwAE7oMAOC5DACPwAwAIboMAGa6DABwugwAuboMAMW6DAAMuwwAD7sMAF+7DABnuwwAPjkQALS7DAAFvAwACLwMAFi8DABbvAwAkTkQAK28DAD+vAwADL0MAFG9DABivQwANzoQAKa9DAD3vQwABL4MAEq+DABZvgwAnb4MAKm+DADwvgwAAb8MAEO/DABUvwwAlr8MAKK/DADpvwwA8L8MADzADABEwAwA3ToQAJ3ADADiwAwA48AMADA7EABBwQwAiMEMAI/BDACDOxAA4sEMAC7CDAAzwgwAKTwQAIrCDADUwgwA2sIMACfDDAApwwwAesMMAITDDADNwwwA28MMACDEDAAlxAwAc8QMAIDEDADGxAwA3sQMABnFDAAvxQwAbMUMAG/FDAC/xQwAx8UMAM88EAAexgwAZcYMAGjGDAC4xgwAwsYMACI9EAATxwwAdT0QAGDHDACxxwwAtMcMAATIDAAHyAwAyD0QAFnIDACqyAwAuMgMAP3IDAAOyQwAbj4QAFnJDACjyQwAsckMAPbJDAC8yQwAdFcOAADKDABJygwAVcoMAJzKDACfygwA78oMAPfKDAAUPxAAXMsMAGc/EACvywwA6MsMAALMDAC6PxAAQMwMAB/QDABJzAwAxdAMAEvMDACOzAwAkMwMAOHMDADvzAwANM0MAEXNDAANQBAAjs0MAGBAEADgzQwALc4MADLODACAzgwAhs4MALNAEADZzgwAJs8MACvPDAB5zwwAj88MAMzPDADUzwwAWUEQAD/QDABy0AwAetAMAKxBEADc0AwAGNEMACXRDABr0QwAcNEMAL7RDADE0QwAEdIMAB3SDABk0gwAa9IMALfSDAC/0gwACtMMAC3TDABSQhAAatMMALDTDAC/0wwAA9QMAAXUDABW1AwAX9QMAKnUDADA1AwA/NQMAAfVDABP1QwAWdUMAKLVDACq1QwA+EIQAPvVDABI1gwATtYMAJvWDACg1gwA7tYMAPTWDABLQxAAY9cMAJTXDACc1wwA8UMQAPDXDAA62AwAO9gMAI3YDACV2AwA4NgMAOvYDAAz2QwAONkMAIbZDACL2QwA2dkMAPnZDABERBAAMtoMAH/aDACG2gwA0toMANfaDAAl2wwAKdsMAHjbDACF2wwAy9sMANPbDAAe3AwAKdwMAHHcDAB23AwAxNwMAMncDAAX3QwAN90MAJdEEAB53QwAvd0MAMjdDAAQ3gwAGN4MAGPeDABm3gwAtt4MAG3eDACh4QwAwt4MAAnfDAAT3wwAXN8MAGXfDACv3wwAsN8MAALgDAAK4AwAVeAMAGDgDACo4AwAreAMAPvgDAAA4QwATuEMAG7hDADqRBAAreEMAPThDAD24QwAR+IMAE3iDACa4gwAoeIMAO3iDADy4gwAQOMMAETjDACT4wwAoOMMAObjDADu4wwAOeQMAETkDACM5AwAkeQMAN/kDADk5AwAMuUMAFLlDAA9RRAAjeUMAJBFEADi5QwAK+YMADTmDAB+5gwAhOYMANHmDADd5gwAJOcMAELnDAB35wwAeOcMAMrnDADM5wwAHegMACroDABw6AwAfugMAMPoDADS6AwAFukMADLpDABp6QwAcekMADZGEADP6QwAD+oMABDqDABi6gwAbuoMALXqDADE6gwACOsMABLrDABb6wwAZ+sMAK7rDAC16wwAiUYQAAnsDADcRhAAXewMAKfsDAC07AwAL0cQAP/sDABN7QwAWu0MAKDtDACq7QwAgkcQAPXtDABG7gwAXO4MAJnuDACl7gwA1UcQAPTuDACCAg4ACu8MAD/vDABd7wwAku8MAJrvDADl7wwAtO8MAIYlDgDm7wwAhPEMAOjvDADQ8gwA8e8MANklDgD17wwAOPAMADrwDACL8AwAmfAMAN7wDADv8AwAKEgQADnxDAB7SBAAhvEMANfxDADa8QwAKvIMAC3yDADOSBAAhfIMACFJEADa8gwAaEgNAPDyDAAj8wwAMfMMAHbzDAB38wwAdEkQANHzDADHSRAAP/QMABpKEAB89AwAwvQMAND0DAAV9QwAH/UMAGj1DABw9QwAu/UMALz1DACY+gwA1vUMAFP4DADk9QwADvYMABf2DABh9gwAYvYMALT2DADC9gwAB/cMABH3DABa9wwAZvcMAK33DACz9wwAAPgMABz4DABtShAAYfgMAKb4DACz+AwA+fgMAAP5DABM+QwATvkMAJ/5DAC2+QwA8vkMAP75DABF+gwAYfoMAMBKEACp+gwA6/oMAO36DAA++wwASPsMAJH7DACh+wwA5PsMAOn7DAA3/AwAPfwMAIr8DACg/AwA3fwMAOX8DAAw/QwAM/0MAIP9DACM/QwA1v0MAOT9DAAp/gwAM/4MAHz+DACI/gwAz/4MAOv+DAATSxAAL/8MAHX/DAB9/wwAyP8MAMv/DAAGVg0A2P8MABsADQAdAA0ADVUNACkADQBuAA0AewANAMEADQDPAA0AFAENABcBDQBnAQ0AcgENALoBDQDGAQ0ADQINABQCDQBgAg0AaAINALMCDQC1Ag0ABgMNABYDDQBZAw0AYwMNAKwDDQC4Aw0A/wMNAAUEDQBSBA0AWgQNAGZLEACnBA0A+AQNAAYFDQBLBQ0AWAUNAJ4FDQCqBQ0A8QUNAPcFDQBEBg0ARwYNAJcGDQCfBg0A6gYNAOwGDQDHCw0A7QYNAIkIDQD6Bg0APQcNAD8HDQBREA0AQgcNAJAHDQCZBw0A4wcNAPAHDQA2CA0APQgNALlLEACSCA0AuQ0NAJMIDQAoCg0AqQgNANwIDQDqCA0ALwkNADAJDQAMTBAAjgkNANUJDQDcCQ0AX0wQACoKDQB7Cg0AgQoNAM4KDQDYCg0AIQsNAC0LDQB0Cw0AewsNALJMEADgCw0AGgwNAB8MDQBtDA0AcwwNAMAMDQDKDA0AEw0NAB8NDQBmDQ0AbQ0NAAVNEADIDQ0ADA4NABsODQBfDg0Aaw4NALIODQC1Dg0ABQ8NAAgPDQBYDw0AaA8NAKsPDQC0Dw0A/g8NAA8QDQBYTRAAXxANAKQQDQC1EA0Aq00QAP4QDQD+TRAAUhENAJ0RDQCfEQ0AehYNAKARDQA8Ew0ArRENAPARDQDyEQ0ABBsNAPURDQBDEg0ATBINAJYSDQCjEg0A6RINAPASDQBRThAARRMNAGwYDQBGEw0A2xQNAFwTDQCPEw0AnRMNAOITDQDjEw0ApE4QAEEUDQCIFA0AjxQNAPdOEADdFA0ALhUNADQVDQCBFQ0AixUNANQVDQDgFQ0AJxYNAC4WDQBKTxAAkxYNAM0WDQDSFg0AIBcNACYXDQBzFw0AfRcNAMYXDQDSFw0AGRgNACAYDQCdTxAAexgNAL8YDQDOGA0AEhkNAB4ZDQBlGQ0AaBkNALgZDQC7GQ0ACxoNABsaDQBeGg0AZxoNALEaDQDCGg0A8E8QABIbDQBXGw0AaBsNAENQEACxGw0AllAQAAUcDQBQHA0AiBwNAKMcDQCrHA0A9hwNAAYdDQBJHQ0ASx0NAJwdDQCqHQ0A7x0NAAAeDQDpUBAASB4NAJUeDQChHg0APFEQABQfDQDiURAARB8NAI4fDQCbHw0A4R8NAP0fDQA0IA0APCANADVSEACYIA0A2iANANwgDQAtIQ0ALiENAIAhDQCDIQ0A0yENAN8hDQAmIg0ALSINAHkiDQCVIg0AzCINANQiDQDbUhAALCMNAHIjDQCCIw0AxSMNAMojDQAYJA0ASCQNAC5TEABxJA0AgVMQAMYkDQARJQ0AEiUNACUuDQAXJQ0AKKkOABslDQBkJQ0AHSUNAJspDQAhJQ0A/CcNAC8lDQBjMQ0AaSUNALOhDgBvJQ0A1pwOAHAlDQC3JQ0AuiUNAAomDQAUJg0A1FMQAGUmDQCwJg0AtiYNAAMnDQAMJw0AVicNAGMnDQCpJw0AxScNACdUEAD+Jw0ATygNAAEoDQC5rA4AXSgNAKIoDQCzKA0AelQQAPsoDQBIKQ0AVCkNAM1UEAChKQ0A7ikNAPQpDQBBKg0ARioNAJQqDQCaKg0AxlUQAO4qDQC/VhAAPysNAI0rDQCVKw0A4CsNAOwrDQAzLA0ARiwNAIYsDQCSLA0A2SwNAOgsDQAsLQ0ANS0NAH8tDQCJLQ0A0i0NAN4tDQBlVxAANi4NAHguDQCELg0Ayy4NAM0uDQAeLw0AIS8NAHEvDQB9Lw0AxC8NAMwvDQC4VxAAIzANAGowDQB6MA0AvTANAMkwDQAQMQ0AFjENAAtYEACFMQ0AtjENAL4xDQAJMg0AMTINAFwyDQBnMg0ArzINALsyDQACMw0AEzMNAFUzDQBWMw0AXlgQAK4zDQD7Mw0ACDQNALFYEABbNA0AoTQNALg0DQD0NA0AJDUNAEc1DQBPNQ0AmjUNAKQ1DQDtNQ0A+TUNAEA2DQBDNg0AkzYNAJ02DQAEWRAA7jYNADk3DQA/Nw0AjDcNAJU3DQDfNw0A7DcNADI4DQBOOA0AV1kQAIc4DQDYOA0AjDgNANBFDQDlOA0AKzkNADI5DQB+OQ0AgDkNANE5DQDXOQ0AJDoNACs6DQB3Og0AjzoNAMo6DQDPOg0AHTsNANY6DQDDOw0AJjsNAHA7DQB6Ow0AqlkQAMk7DQAWPA0AHDwNAGk8DQBuPA0AvDwNAMI8DQD9WRAAED0NAGI9DQBzPQ0AtT0NAME9DQAIPg0AEj4NAFs+DQBnPg0Arj4NALU+DQBQWhAAAz8NAFQ/DQAMPw0AZbgOAFc/DQCnPw0Axz8NAPo/DQACQA0Ao1oQAF5ADQCgQA0Ap0ANAPNADQD7QA0ARkENAElBDQDlQg0AVkENAJlBDQCbQQ0A7EENAPpBDQA/Qg0AUEINAPZaEACZQg0ASVsQAO5CDQA4Qw0AR0MNAItDDQCaQw0A3kMNAOpDDQAxRA0ANEQNAIREDQCHRA0A10QNAOdEDQAqRQ0AM0UNAH1FDQCORQ0AnFsQANVFDQAjRg0ALEYNAHZGDQCARg0AyUYNANFGDQAcRw0AOkcNAG9HDQCNRw0AwkcNAOBHDQAVSA0AM0gNAO9bEABvSA0Au0gNAMBIDQAOSQ0Ax0gNAAdKDQAXSQ0AYUkNAGtJDQC0SQ0A0EkNAEJcEAANSg0AWkoNAGBKDQCtSg0AyUoNAJVcEAAoSw0AO10QAHtLDQCOXRAArksNAIdeEAAPTA0ATEwNAE5MDQCfTA0ApUwNAPJMDQAGTQ0ARU0NAE1NDQCYTQ0AwE0NANpeEAD0TQ0APk4NAEtODQCRTg0An04NAORODQDuTg0AN08NAFFPDQCKTw0Al08NAN1PDQDpTw0AMFANADpQDQCDUA0Ai1ANAC1fEADdUA0AKVENADFRDQCAXxAAVVENAHlgEACIUQ0Az1ENANZRDQAiUg0AKlINANNfEAB3Ug0AyFINANlSDQAbUw0AI1MNAG5TDQB4Uw0AwVMNAM1TDQAUVA0AF1QNAGdUDQBxVA0AzGAQANZUDQAfYRAAG1UNAGBVDQBxVQ0AcmEQALpVDQDFYRAAD1YNAFlWDQBoVg0ArFYNALtWDQD/Vg0AC1cNAFJXDQBVVw0ApVcNAKhXDQD4Vw0ACFgNAEtYDQBUWA0AnlgNAK9YDQAYYhAA81gNAERZDQD9WA0A6lkNAEdZDQCXWQ0An1kNAGtiEADwWQ0APVoNAElaDQCQWg0AmFoNAL5iEADvWg0ANlsNADlbDQCJWw0Ak1sNABFjEADhWw0AL1wNAEVcDQCCXA0Ag1wNANVcDQDmXA0AKF0NADRdDQB7XQ0AhV0NAM5dDQDaXQ0AZGMQAC1eDQB0Xg0Ad14NAMdeDQDRXg0ACmQQAB1fDQBtXw0AcF8NAMBfDQDMXw0AE2ANABlgDQBmYA0AcGANAF1kEAC+YA0ADGENABlhDQBfYQ0AYmENALJhDQDOYQ0ABWINAA1iDQCwZBAAYGINAANlEACzYg0AVmUQAAFjDQBRYw0AFWMNAF0fDgBxYw0ApGMNALhjDQCpZRAABGQNAPxlEABLZA0AnWQNAKNkDQDwZA0A/GQNAENlDQBSZQ0AlmUNAJhlDQDpZQ0A82UNADxmDQBIZg0Aj2YNAJZmDQBPZhAA7mYNAKJmEAA9Zw0A9WYQAIpnDQDbZw0A6WcNAC5oDQA/aA0A4GkQAIdoDQDUaA0A4GgNADNqEAAtaQ0AemkNAIBpDQDNaQ0A0mkNACBqDQAmag0A2WoQAHZqDQDGag0A0moNABlrDQAfaw0AbGsNAHZrDQB/axAAxGsNABJsDQAfbA0AZWwNAGhsDQC4bA0AzWwNAAttDQATbQ0A0msQAGZtDQCxbQ0AvW0NAARuDQAKbg0AV24NAF1uDQCqbg0Ar24NAP1uDQADbw0AxG0QAF9vDQCjbw0Asm8NAPZvDQD/bw0ASXANAE9wDQCccA0AonANAO9wDQD7cA0AQnENAElxDQCVcQ0AnXENAGpuEADycQ0AO3INAEZyDQCOcg0AmnINAOFyDQDncg0ANHMNADxzDQCHcw0Ak3MNANpzDQDgcw0ALXQNADN0DQCAdA0AhXQNANN0DQDZdA0AvW4QAC11DQB5dQ0Ah3UNAMx1DQDZdQ0AH3YNADZ2DQBydg0AjnYNAMV2DQDNdg0AEG8QACt3DQBrdw0AbXcNAL53DQDUdw0AEXgNABJ4DQBkeA0AdXgNALd4DQDDeA0AY28QACZ5DQC2bxAAc3kNALB5DQCxeQ0AA3oNABR6DQBWeg0AYnoNAAlwEACueg0A/HoNAAJ7DQBPew0Ab3sNAKJ7DQCuew0A9XsNAPx7DQBccBAATnwNAJt8DQCgfA0A7nwNAPR8DQCvcBAAVX0NAJR9DQCVfQ0A530NAPN9DQA6fg0AVn4NAI1+DQCVfg0AqHEQAOx+DQAzfw0AT38NAIZ/DQCOfw0ATnIQAOV/DQAsgA0AMoANAH+ADQCFgA0A0oANAOqADQAlgQ0AL4ENAHiBDQCEgQ0Ay4ENAM6BDQAegg0AKIINAHGCDQCJgg0AxIINANSCDQAXgw0AGYMNAGqDDQB4gw0AvYMNAM6DDQChchAAFoQNAGOEDQBvhA0A9HIQAL6EDQCacxAAFYUNAFyFDQBfhQ0Ar4UNALmFDQDtcxAABIYNAFWGDQBjhg0AqIYNALmGDQCTdBAAAocNAOZ0EABWhw0AOXUQAKmHDQAydhAA9ocNAEeIDQBUiA0AmogNAKmIDQDtiA0A84gNAECJDQBMiQ0Ak4kNAJWJDQDmiQ0A8IkNADmKDQBHig0AjIoNAJGKDQDfig0A7IoNADKLDQA+iw0AhYsNAJiLDQDYiw0A54sNACuMDQA3jA0AfowNAH+MDQDRjA0A24wNACSNDQAyjQ0Ad40NAHyNDQDKjQ0A140NAIV2EAAnjg0AcI4NAH6ODQDDjg0Axo4NABaPDQAmjw0AaY8NAHePDQC8jw0AyI8NAA+QDQAWkA0AYpANAGmQDQC1kA0AwZANAAiRDQAJkQ0AW5ENAGeRDQCukQ0Au5ENAAGSDQAIkg0AVJINAGCSDQCnkg0AtJINAPqSDQAJkw0ATZMNAGGTDQCgkw0ArJMNAPOTDQAGlA0ARpQNAFWUDQCZlA0ApZQNAOyUDQDtlA0AP5UNAEmVDQCSlQ0AoJUNAOWVDQDqlQ0AOJYNAEWWDQDYdhAAjJYNAN6WDQDvlg0AMZcNAD+XDQCElw0Ak5cNANeXDQDZlw0AKpgNADSYDQB9mA0Ai5gNANCYDQDVmA0AI5kNADCZDQB2mQ0AhZkNAMmZDQDOmQ0AHJoNACmaDQBvmg0AeZoNAMKaDQDOmg0AFZsNACibDQBomw0AcpsNALubDQDHmw0ADpwNACGcDQBhnA0AcJwNALScDQDAnA0AB50NAAidDQBanQ0AZJ0NAK2dDQC7nQ0AAJ4NAAWeDQBTng0AYJ4NACt3EACrng0A+Z4NAAafDQBMnw0AVp8NAJ+fDQClnw0A8p8NAPSfDQBFoA0AUqANAJigDQCboA0A66ANAPmgDQA+oQ0ASqENAJGhDQCeoQ0A5KENAO6hDQA3og0ARqINAIqiDQCPog0A3aINAOqiDQAwow0APaMNAIOjDQCPow0A1qMNAOWjDQAppA0AM6QNAHykDQCKpA0Az6QNANSkDQAipQ0AL6UNAHWlDQCBpQ0AyKUNANulDQAbpg0AKqYNAG6mDQB6pg0AwaYNAMKmDQAUpw0AHqcNAGenDQB1pw0AuqcNAL+nDQANqA0AGqgNAH53EABzqA0As6gNAMKoDQAGqQ0AEqkNAFmpDQBaqQ0ArKkNALapDQD/qQ0ADaoNAFKqDQBXqg0ApaoNALKqDQDRdxAAC6sNAEurDQBaqw0AnqsNAKqrDQDxqw0A8qsNAESsDQBOrA0Al6wNAKWsDQDqrA0A76wNAD2tDQBKrQ0AJHgQAJKtDQDjrQ0A8a0NADauDQBDrg0Aia4NAJWuDQDcrg0A4q4NAC+vDQBArw0Agq8NAISvDQDVrw0A3q8NACiwDQA1sA0Ae7ANAIqwDQDOsA0A2bANACGxDQAtsQ0AdLENAIexDQDHsQ0A1rENABqyDQAmsg0AbbINAG6yDQDAsg0AyrINABOzDQAhsw0AZrMNAGuzDQC5sw0AxrMNAHd4EAAZtA0AX7QNAG20DQCytA0AvLQNAAW1DQATtQ0AWLUNAFq1DQCrtQ0AvLUNAP61DQAMtg0AUbYNAIC2DQCktg0AprYNAPe2DQABtw0ASrcNAFi3DQCdtw0AorcNAPC3DQD9tw0AQ7gNAE+4DQCWuA0AqbgNAOm4DQD4uA0APLkNAEi5DQCPuQ0AkLkNAOK5DQDsuQ0ANboNAEO6DQCIug0AjboNANu6DQDoug0AyngQADC7DQCBuw0Ag7sNANS7DQDjuw0AJ7wNADa8DQB6vA0AhrwNAM28DQDQvA0AIL0NACO9DQBzvQ0Aeb0NAMa9DQDSvQ0AGb4NABy+DQBsvg0Acb4NAL++DQDIvg0AEr8NABi/DQBlvw0AdL8NALi/DQDEvw0AC8ANABvADQBewA0AYMANALHADQC/wA0ABMENABXBDQAdeRAAXcENAKrBDQC2wQ0AcHkQABDCDQBQwg0AX8INAKPCDQCvwg0A9sINAPfCDQBJww0AU8MNAJzDDQCqww0A78MNAPTDDQBCxA0AT8QNAMN5EAChxA0A6MQNAPLEDQA7xQ0AZMUNAI7FDQCVxQ0A4cUNAPrFDQA0xg0AQ8YNAIfGDQCWxg0A2sYNAN/GDQAtxw0AOscNAIDHDQCNxw0A08cNAN/HDQAmyA0ANcgNAHnIDQCDyA0AzMgNANrIDQAfyQ0AJMkNAHLJDQB/yQ0AxckNANHJDQAYyg0AK8oNAGvKDQB6yg0AvsoNAMrKDQARyw0AEssNAGTLDQBuyw0At8sNAMXLDQAKzA0AD8wNAF3MDQBqzA0AFnoQAMHMDQADzQ0AFM0NAFbNDQBizQ0Aqc0NAMDNDQD8zQ0A/s0NAE/ODQBgzg0Aos4NAKXODQD1zg0A/84NAEjPDQBKzw0Am88NAKXPDQDuzw0A+s8NAEHQDQBN0A0AlNANAKfQDQDn0A0A9tANADrRDQBG0Q0AjdENAI7RDQDg0Q0A6tENADPSDQBB0g0AhtINAIvSDQDZ0g0A5tINAGl6EAAu0w0Af9MNAInTDQDS0w0A2tMNALx6EAA41A0AeNQNAITUDQDL1A0A2tQNAB7VDQAn1Q0AcdUNAHvVDQDE1Q0A0tUNABfWDQAc1g0AatYNAHfWDQC91g0AydYNABDXDQAj1w0AY9cNAHLXDQC21w0AwtcNAAnYDQAK2A0AXNgNAGbYDQCv2A0AvdgNAALZDQAH2Q0AVdkNAGLZDQAPexAAqtkNAPvZDQAF2g0ATtoNAFbaDQBiexAAptoNAPTaDQAK2w0AR9sNAEjbDQCa2w0Aq9sNAO3bDQD52w0AQNwNAErcDQCT3A0AodwNAObcDQDr3A0AOd0NAEbdDQCM3Q0AmN0NAN/dDQDy3Q0AMt4NAEHeDQCF3g0Akd4NANjeDQDZ3g0AK98NADXfDQB+3w0AjN8NANHfDQDW3w0AJOANADHgDQC1exAAeeANAMrgDQDU4A0AHeENACXhDQAIfBAAhuENAMPhDQDP4Q0AFuINABviDQBp4g0AcuINALziDQDG4g0AD+MNABvjDQBi4w0AdeMNALXjDQDE4w0ACOQNABTkDQBb5A0AXOQNAK7kDQC45A0AAeUNAA/lDQBU5Q0AWeUNAKflDQC05Q0AW3wQAPzlDQBN5g0AV+YNAKDmDQCo5g0ArnwQAADnDQBG5w0AVecNAJnnDQCk5w0A7OcNAPjnDQA/6A0ATugNAJLoDQCy6A0A5egNAPHoDQA46Q0AP+kNAIvpDQCZ6Q0A3ukNAOPpDQAx6g0APeoNAITqDQCX6g0A1+oNAObqDQAq6w0ANusNAH3rDQB+6w0A0OsNANrrDQAj7A0AMewNAHbsDQB77A0AyewNANbsDQABfRAAHu0NAG/tDQB57Q0Awu0NAMrtDQBUfRAAMu4NAGjuDQB57g0Au+4NAMfuDQAO7w0AIe8NAGHvDQBw7w0AtO8NAMDvDQAH8A0ACPANAFrwDQBk8A0ArfANALvwDQAA8Q0ABfENAFPxDQBg8Q0Ap30QAKjxDQD58Q0AA/INAEzyDQBU8g0A+n0QALzyDQDy8g0AA/MNAEXzDQBR8w0AmPMNAKvzDQDr8w0A+vMNAD70DQBK9A0AkfQNAJL0DQDk9A0A7vQNADf1DQBF9Q0AivUNAI/1DQDd9Q0A6vUNAE1+EAAy9g0Ag/YNAI32DQDW9g0A3vYNAKB+EAA69w0AfPcNAJD3DQDP9w0A0/cNACL4DQAk+A0AdfgNAIn4DQDI+A0Ay/gNABv5DQA4+Q0AbvkNAH/5DQDB+Q0AzfkNABT6DQAn+g0AZ/oNAHb6DQC6+g0AxvoNAA37DQAO+w0AYPsNAGr7DQCz+w0AwfsNAAb8DQAL/A0AWfwNAGb8DQDzfhAArvwNAP/8DQAJ/Q0AUv0NAFr9DQBGfxAAp/0NAPj9DQAG/g0AS/4NAFz+DQCZfxAApf4NAOx/EAD5/g0Ai4EQAEr/DQCX/w0AnP8NAOr/DQDu/w0APQAOAEoADgDegRAAlQAOAOMADgDnAA4ANgEOADgBDgCJAQ4AogEOANwBDgDtAQ4ALwIOADsCDgAxghAAhQIOAAUIDgCOAg4A1QIOAOgCDgAoAw4AKQMOAHsDDgCHAw4AzgMOAN0DDgAhBA4AKwQOAHQEDgCABA4AxwQOAM4EDgCEghAAIgUOAG0FDgBvBQ4AGREOAHAFDgBKCg4AcwUOAMAFDgB5BQ4AjwwOAHoFDgARcQ4AzAUOABMGDgAiBg4AZgYOAHIGDgC5Bg4AxwYOAAwHDgAnBw4AXwcOAGsHDgCyBw4AuQcOANeCEAASCA4AWAgOAFoIDgCrCA4ArAgOAP4IDgABCQ4AUQkOAFwJDgCkCQ4AqQkOAPcJDgABCg4AKoMQAFcKDgCdCg4AnwoOAPAKDgDxCg4AQwsOAEYLDgCWCw4AoQsOAOkLDgDuCw4APAwOAEYMDgB9gxAAogwOAOIMDgDjDA4ANQ0OAEENDgCIDQ4Alw0OANsNDgDlDQ4ALg4OADoODgCBDg4AiA4OANCDEADcDg4AJw8OACkPDgB6Dw4AiQ8OAM0PDgDXDw4AIBAOACkQDgBzEA4AdRAOAMYQDgDXEA4AdoQQACgRDgBsEQ4AdhEOAL8RDgDIEQ4AEhIOABQSDgBlEg4AdhIOALgSDgDAEg4ACxMOACkTDgBeEw4AZhMOALETDgC9Ew4ABBQOABcUDgBXFA4AWBQOAKoUDgC2FA4A/RQOAAwVDgBQFQ4AWhUOAKMVDgCvFQ4A9hUOAP0VDgDJhBAAWhYOAJwWDgCtFg4A7xYOAPcWDgBCFw4ASRcOAJUXDgCjFw4A6BcOAPgXDgA7GA4ASxgOAI4YDgCqGA4AHIUQAO4YDgA0GQ4ASxkOAIcZDgCPGQ4A2hkOAOgZDgAtGg4ANxoOAIAaDgCMGg4A0xoOAOkaDgAmGw4AKRsOAHkbDgCVGw4Ab4UQANwbDgAfHA4AKRwOAHIcDgB6HA4AxRwOANQcDgAYHQ4AHR0OAGsdDgB4HQ4Avh0OAMgdDgARHg4AEx4OAGQeDgByHg4Atx4OAMQeDgAKHw4ADR8OAMKFEABoHw4AsB8OALofDgADIA4ACyAOAFYgDgBlIA4AqSAOAK4gDgD8IA4ACSEOAE8hDgBZIQ4AoiEOAKQhDgD1IQ4AAyIOAEgiDgBVIg4AmyIOAJ4iDgAVhhAA8SIOAEEjDgBNIw4AlCMOAJsjDgDnIw4A7yMOADokDgBTJA4AjSQOAKEkDgDgJA4A/CQOADMlDgA7JQ4Au4YQAI4lDgAOhxAA5iUOACwmDgAzJg4AfyYOAIcmDgDSJg4A1yYOACUnDgA1Jw4AeCcOAIAnDgDLJw4A2ScOAB4oDgArKA4AcSgOAH4oDgDEKA4A0CgOABcpDgAdKQ4AaikOAHIpDgC9KQ4AySkOABAqDgAjKg4AYyoOAHIqDgC2Kg4AwioOAAkrDgAKKw4AXCsOAGYrDgCvKw4AvSsOAAIsDgAHLA4AVSwOAGIsDgBhhxAAqywOAPssDgAFLQ4ATi0OAFAtDgChLQ4AsC0OAPQtDgAULg4ARy4OAE8uDgCaLg4ApC4OAO0uDgDzLg4AQC8OAEIvDgCTLw4Aoi8OAOYvDgDyLw4AOTAOAEEwDgC0hxAAqjAOAN8wDgD9MA4AB4gQAEsxDgCFMQ4AijEOANgxDgDzMQ4AKzIOADcyDgB+Mg4AhjIOAFqIEADkMg4AJDMOADMzDgB3Mw4AgzMOAMozDgDLMw4AHTQOACc0DgBwNA4AfjQOAMM0DgDINA4AFjUOACM1DgCtiBAAbTUOALw1DgC+NQ4ADzYOABI2DgBiNg4AajYOALU2DgC/Ng4ACDcOABM3DgBbNw4AZzcOAK43DgC2Nw4AAIkQAA84DgBUOA4AWjgOAKc4DgCzOA4A+jgOAAk5DgBNOQ4AVzkOAKA5DgCoOQ4A8zkOAAI6DgBGOg4ASDoOAJk6DgCiOg4A7DoOAO86DgA/Ow4ASzsOAJI7DgCaOw4AU4kQAPU7DgA4PA4AQDwOAIs8DgCVPA4A3jwOAOk8DgAxPQ4APT0OAIQ9DgCMPQ4ApokQANw9DgAqPg4AOz4OAH0+DgCOPg4A0D4OANU+DgAjPw4AJz8OAHY/DgCEPw4AyT8OANY/DgAcQA4AM0AOAG9ADgB3QA4AwkAOAM5ADgAVQQ4AKEEOAGhBDgB3QQ4Au0EOAMdBDgAOQg4AD0IOAGFCDgBrQg4AtEIOAMJCDgAHQw4ADEMOAFpDDgBnQw4A+YkQALNDDgAARA4ADkQOAFNEDgBgRA4ApkQOAL1EDgD5RA4AAUUOAExFDgBXRQ4An0UOAKFFDgDyRQ4A/0UOAEVGDgBMRg4AmEYOAKlGDgDrRg4A+UYOAD5HDgBLRw4AkUcOAKhHDgDkRw4A7EcOADdIDgA8SA4AikgOAJpIDgDdSA4A5UgOADBJDgA6SQ4Ag0kOAI5JDgDWSQ4A4kkOAClKDgAxSg4An4oQAJVKDgDPSg4A1EoOACJLDgA9Sw4AdUsOAIFLDgDISw4A0EsOAPKKEAAuTA4AbkwOAH1MDgDBTA4AzUwOABRNDgAVTQ4AZ00OAHFNDgC6TQ4AyE0OAA1ODgASTg4AYE4OAG1ODgBFixAAu04OAAZPDgAITw4AWU8OAGZPDgCsTw4AsU8OAP9PDgAJUA4AUlAOAF1QDgClUA4AsVAOAPhQDgD+UA4AS1EOAFNRDgCeUQ4AqlEOAPFRDgAEUg4ARFIOAFNSDgCXUg4Ao1IOAOpSDgDrUg4APVMOAEdTDgCQUw4AnlMOAONTDgDoUw4ANlQOAENUDgCYixAAjlQOANxUDgDrVA4AL1UOAD5VDgCCVQ4Ai1UOANVVDgDbVQ4AKFYOAC5WDgB7Vg4Ah1YOAM5WDgDVVg4AIVcOAD1XDgDrixAAflcOAMdXDgDTVw4AGlgOAB1YDgBtWA4Ad1gOAD6MEADIWA4AkYwQABtZDgDkjBAAblkOADeNEADBWQ4ADFoOAA1aDgCBYQ4AGVoOAF9aDgAgWg4A6V4OACNaDgD9Zw4AJVoOAI5rDgBgWg4AsloOAMhaDgAFWw4ADVsOAFhbDgBaWw4A8F0OAGZbDgCrWw4As1sOAIqNEAC4Ww4A/lsOAAFcDgBRXA4AW1wOAKRcDgCmXA4A91wOAAhdDgBKXQ4AW10OAJ1dDgClXQ4A3Y0QAPddDgBDXg4ASl4OAJZeDgCeXg4AMI4QAOteDgA8Xw4AQl8OAI9fDgCcXw4A4l8OAOpfDgA1YA4AN2AOAIhgDgCPYA4A22AOAOJgDgAuYQ4ANmEOAIOOEACOYQ4A1GEOANVhDgAnYg4APWIOAHpiDgCCYg4AzWIOAM9iDgBlZQ4A22IOACBjDgAoYw4A1o4QAC1jDgBzYw4AdmMOAMZjDgDQYw4AGWQOABtkDgBsZA4AfWQOAL9kDgDQZA4AEmUOABplDgApjxAAbGUOALhlDgC/ZQ4AC2YOABNmDgB8jxAAaGYOALFmDgCzZg4ABGcOABVnDgBXZw4AaGcOAKpnDgCyZw4Az48QAAJoDgBybw4ACWgOAFBoDgBmaA4Ao2gOAKtoDgD2aA4ABGkOAElpDgBWaQ4AnGkOAJ9pDgDvaQ4A+WkOAEJqDgBEag4AlWoOAKZqDgDoag4A+WoOADtrDgBDaw4AIpAQAJdrDgDhaw4A7msOADRsDgA7bA4Ah2wOAJhsDgDabA4A5mwOAC1tDgA1bQ4AdZAQAI1tDgDTbQ4A1m0OACZuDgAwbg4AeW4OAHtuDgDMbg4A3W4OAB9vDgAwbw4AyJAQAHpvDgDFbw4A3G8OABhwDgAkcA4Aa3AOAHVwDgC+cA4AxnAOABuREAAScQ4AZHEOAHpxDgC3cQ4Av3EOAApyDgAYcg4AXXIOAGVyDgBukRAAanIOALByDgCzcg4AA3MOAA1zDgBWcw4AWHMOAKlzDgC6cw4A/HMOAA10DgBPdA4AV3QOAMGREACodA4A9XQOAPp0DgBIdQ4AY3UOAJt1DgCpdQ4A7nUOAPV1DgBBdg4ATXYOAJR2DgCadg4A53YOAOp2DgA6dw4ARHcOAI13DgCTdw4A4HcOAOJ3DgAzeA4APXgOAIZ4DgCSeA4A2XgOAPB4DgAseQ4AQHkOAH95DgCbeQ4A0nkOANp5DgAUkhAAJ3oOAHh6DgCGeg4Ay3oOANx6DgBnkhAAJXsOALqSEAB/ew4AxHsOAM57DgAXfA4AInwOAGp8DgByfA4AvXwOAMl8DgAQfQ4AI30OAGN9DgByfQ4Atn0OAMJ9DgAJfg4ACn4OAFx+DgBmfg4Ar34OAL1+DgACfw4AB38OAFV/DgBifw4AYJMQALB/DgD7fw4ABYAOAE6ADgBTgA4AoYAOAKmADgD0gA4A+oAOAEeBDgBTgQ4AmoEOAKCBDgDtgQ4A9oEOAECCDgBNgg4Ak4IOAJuCDgDmgg4A54IOADmDDgA7gw4AjIMOAI+DDgDfgw4A4oMOAAaUEABIhA4AhYQOAI2EDgDYhA4A5IQOACuFDgAxhQ4AfoUOAISFDgDRhQ4A1oUOAHeGDgD9hQ4AJIYOACyGDgCslBAAfYYOAP+UEADghg4AHYcOAB+HDgBwhw4AfYcOAMOHDgDKhw4AFogOAB6IDgBpiA4AeYgOALyIDgC+iA4AD4kOAB2JDgBiiQ4Ac4kOAKWVEAC8iQ4A+JUQABaKDgBbig4AZYoOAK6KDgC5ig4AAYsOAAmLDgBUiw4AYIsOAKeLDgC6iw4A+osOAAiMDgBNjA4AV4wOAKCMDgCojA4A84wOAAKNDgBGjQ4AS40OAJmNDgCgjQ4A7I0OAPiNDgCelhAAe44OAJKODgDOjg4A5Y4OAO2ODgDxlhAAYI8OAIuPDgCXjw4A3o8OAOSPDgAxkA4AN5AOAISQDgCJkA4A15AOAN2QDgBElxAAK5EOAH2RDgCDkQ4A0JEOANWRDgAjkg4AMpIOAHaSDgCCkg4AyZIOAMySDgAckw4AH5MOAG+TDgB3kw4AwpMOANGTDgAVlA4AGpQOAGiUDgB+lA4Au5QOALyUDgAOlQ4AH5UOAGGVDgBtlQ4AtJUOAL6VDgAHlg4AE5YOAFqWDgBhlg4Al5cQAL2WDgAAlw4ADJcOAFOXDgBilw4AppcOALqXDgD5lw4ACJgOAEyYDgBdmA4An5gOAKuYDgDqlxAA9JgOAEWZDgBTmQ4AmJkOAKmZDgA9mBAA8ZkOAD6aDgBKmg4AkJgQAJeaDgDkmg4A6poOADebDgA8mw4AipsOAJCbDgCJmRAA4psOADCcDgAynA4Ag5wOAJScDgDVmhAA4pwOACmdDgAvnQ4AfJ0OAIidDgDPnQ4A150OACibEAAong4AdZ4OAIGeDgDIng4A0J4OAHubEAAnnw4Abp8OAHGfDgDBnw4Ay58OAM6bEAAWoA4AZ6AOAHWgDgC6oA4Ay6AOAHScEAAToQ4AYKEOAGyhDgDHnBAAu6EOAAaiDgAJog4AWaIOAGWiDgCsog4AuKIOAP+iDgAHow4AbZ0QAF2jDgClow4AsaMOAPijDgAApA4AwJ0QAFSkDgCepA4Ar6QOAPGkDgACpQ4ARKUOAEylDgCXpQ4AmqUOAOqlDgD0pQ4APaYOAD+mDgCQpg4An6YOAOOmDgADpw4ANqcOAD6nDgCJpw4Ak6cOANynDgDipw4AL6gOADGoDgCCqA4AkagOANWoDgDhqA4AE54QADSpDgB7qQ4AmakOAM6pDgDUqQ4AIaoOACqqDgB0qg4AgaoOAMeqDgDPqg4AGqsOADCrDgBtqw4Ab6sOAMCrDgDbqw4AE6wOAB+sDgBmrA4Ac6wOAGaeEAC/rA4ADK0OABStDgBfrQ4Ada0OALKtDgC3rQ4ABa4OAAuuDgBYrg4AZK4OAKuuDgCzrg4AuZ4QAAuvDgBRrw4AYa8OAKSvDgCprw4A968OAP2vDgBKsA4AYLAOAJ2wDgCfsA4A8LAOAPqwDgBDsQ4AUbEOAJaxDgCbsQ4A6bEOAPaxDgAMnxAAS7IOAI+yDgCYsg4A4rIOAOyyDgA1sw4AQ7MOAIizDgCNsw4A27MOAOizDgAutA4ANrQOAIG0DgCRtA4A1LQOANa0DgAntQ4ANbUOAHq1DgCLtQ4AX58QANS1DgCynxAAJbYOAHO2DgB5tg4AxrYOAM62DgAZtw4AI7cOAGy3DgButw4Av7cOAMK3DgASuA4AMrgOAFigEABxuA4AuLgOAL64DgALuQ4AF7kOAF65DgBmuQ4Aq6AQAL25DgAEug4ACroOAFe6DgBjug4AqroOALK6DgD+oBAA/7oOAFC7DgBeuw4Ao7sOALS7DgBRoRAAA7wOAEm8DgBgvA4ApKEQAKa8DgDvvA4A+7wOAEK9DgBFvQ4Alb0OAJ+9DgD3oRAA7b0OADu+DgBEvg4Ajr4OAJ++DgDhvg4A6L4OADS/DgA8vw4Ah78OAJS/DgDavw4A378OAC3ADgA3wA4AgMAOAIjADgDTwA4A4sAOACbBDgArwQ4AecEOAI/BDgDMwQ4AzcEOAB/CDgAtwg4AcsIOAIPCDgDFwg4A0cIOABjDDgAgww4AnaIQAG/DDgBMAQAAc8MOAPseEAB3ww4A1lANAMrDDgDBCAAAGcQOAPzGDgC9xQ4A0ykAAAfGDgDFKwAADMcOAFw6AAClxw4ARz0AAPjHDgBiRQAAncgOADIxDgCeyA4A+kcAAKLIDgBragMApcgOAOzFBgDyyA4Az1kAAJjJDgD4XwAA68kOAPdrAACQyg4Ac3IAAO/KDgA0ewAAN8sOAHJ+AACIyw4AVoIAADTMDgBqiwAA8cwOACXNDgByzw4AUMoAAGfQDgD81QAAutAOABDfAABg0Q4AVO0AAA7SDgBo9gAAedIOALv2AACq0g4ADvcAAAfTDgDk/AAAq9MOAIP+AAD90w4AYAMBALnUDgAhDAEA+dQOAPcRAQBf1Q4Ak9UOAALWDgA51g4AQdYOAIzWDgCY1g4AGRkBAOfWDgCxGwEAodcOANjXDgDg1w4AK9gOAC3YDgDTIgEAitgOAKkoAQAs2Q4AvTEBAHzaDgBhSgEAHtsOAPJNAQAy2w4AbusPADrbDgB86Q8AjtsOAEVOAQDC2w4AkU8BACHcDgDWUQEAZ9wOAMFUAQC53A4As1YBALrdDgDbaAEAG94OAFTeDgBc3g4ALmkBALbeDgBzawEAUuAOABCFAQCh4A4A7OAOAPzgDgBjhQEAnuEOAEeJAQDt4Q4AOOIOAEjiDgCaiQEA6uIOAAiSAQAp5Q4AxhECAC3lDgBlEwIAMeUOAG6nAQA95Q4AViECANHlDgBOHxAA0uUOAP++CgDV5Q4AWaoBAOXlDgAz5woAJOYOAOYoDwA45g4ArKoBAEjmDgAmYBAAduYOAP+qAQB55g4AE24LACHnDgDcrwEAdOcOAC+wAQAc6A4AWLYBAL3oDgCBvAEAY+kOAGXAAQCw6Q4AAOoOAAzqDgALwQEAAesOAEzrDgBP6w4A7jAMAFjrDgCHxwEAtOsOAB/KAQAT7A4ARewOAJzsDgA01AsAqOwOABDYAQDC7A4ACs0BAPfsDgAz0wEAne0OAL3XAQBD7g4ACdkBAKbuDgBc2QEAQO8OAALaAQCM7w4A+9oBAIrwDgAI5QEAK/EOAA4ECwAu8Q4A5ekBADDxDgD/sAwAffEOAN8iEACP8Q4AyPEOACPyDgBu8g4AN/IOAPLzAQBx8g4ATpULAHjyDgABoAsAe/IOADuACwCJ8g4A1+sBAI/yDgC1ngsAFvMOAA7wAQA88w4AwVoMAHXzDgCt8QEAxvMOAKbyAQAR9w4AzgQCAFkEDwD+wwsA+QQPAKvKCgD/BA8A3KgCADgGDwBF5Q8APQYPANsGDwBRBg8AxgkPAFkGDwAp6Q8AXQYPAGy4AgDdBg8AGhoLAN8GDwBAlwsA4AYPABC1BgDiBg8AYg0IAOUGDwC/uAIA6gYPABK5AgDsBg8A7hUEABAHDwA0XwQALAkPAPzHAgDOCQ8AGQoPABoKDwD0QgsAIwoPAAmFDQAoCg8A6L0OADgKDwBVcRAAdgoPANnMAgBoCw8AuvQCAGsLDwBOowkAbAsPAOXiAgBuCw8A+9MCAG8LDwB+2QIAcQsPAD7nAwByCw8Aw9sCAHMLDwBh6QIAdAsPAJPWAgB1Cw8AB+MDAHsLDwCu3gIAoQsPAD+ODgClDg8AtiQDAKkODwCX+QIArQ4PAJBoCwACDw8A3PsCAD8RDwADGgMAoBIPAGkvAwBGEw8AIzkDAPITDwAHPQMALxQPADdCAwAhFQ8AE1MDAHoVDwDFFQ8A0xUPAFhVAwDCFg8A8VgNAMwWDwDGXQMAuhcPAANtAwAKGQ8AW4QDAKoZDwB2jAMAYRoPAKIaDwCdGw8ABpUEAJ4bDwDNrwMApRsPAIHlBwBEHA8AsbMDAEgcDwAY9AcAPR0PABfJAwA+Hg8AHdQDAOgeDwBb1wMAmx8PANIfDwDaHw8AJSAPADQgDwDQ3gMA1CAPAGgDCwDXIA8AAOQDACYhDwBxIQ8AOiEPAPnjDwB7IQ8AU+QDAB8iDwDW6QMAeSIPAMjrAwBmIw8AbfgDAGgkDwCVCgQAtyQPACmWDwAeJQ8AVSUPAF0lDwCoJQ8AtSUPAF07CgC5JQ8A0w0EAMAmDwB/GQQA+iYPAKgfBAChJw8Aki4EAKYnDwCdhwgApycPAC6LCACpJw8AGoIIAAkoDwBAKA8ASCgPAJMoDwDoKA8AsNoLAO4oDwBM5A8A8CgPAH0xBADyKA8AGHcNAAkpDwACcRAAKCkPALaEDQBBKQ8AaDQEALYpDwDfKQ8APCoPAJg5BADnKg8ADUEEAIErDwDOSQQA3isPAC5UBADgKw8AE0wEANQsDwDGVgQA0i0PAHlhBAAZLg8AVmYEABsvDwDLbQQAfi8PALUvDwDRLw8ACDAPABcwDwAXbwQAFjIPAE0yDwBVMg8AoDIPAK8yDwDrjAQA/DIPAGCUBADuMw8Ae5wEAPkzDwCDzQcAQjQPALmfBAA9NQ8A07MEAEc1DwC4qwQAoDYPANc2DwDfNg8AKjcPAC83DwBOxgQAOTcPADO+BAAmOQ8AB9wEAB46DwAU5gQA1zoPAA47DwAWOw8AYTsPAGc7DwBt8QQAyjsPAP70BABwPA8A/QAFALE8DwC3CgUAYj0PAJsOBQAIPg8AYxYFALs+DwDyPg8A+j4PAEU/DwBVPw8ACCMFAG4/DwA/JwUApD8PAAEkBQDzPw8APkAPAEhADwBUJAUAU0EPAIpBDwCSQQ8A3UEPAOZBDwCKNAUAOkIPAHw2BQDyQg8AKUMPADFDDwB8Qw8AfUMPAIJBBQCBQw8ABo4FAIJDDwCBTQUAiUMPAPdIBQCLQw8A/zsFAH9EDwCPSwUAeEUPACZaBQDLRQ8AXV4FABpGDwBWXwUAyEYPAHFnBQB8Rw8As0cPALtHDwAGSA8AEEgPADlvBQBcSA8ACHYFABtJDwBSSQ8AWkkPAKVJDwCySQ8AP3oFALRJDwD5gwUA/UkPACN+BQCmSg8AfIkFAAZMDwA9TA8ARUwPAJBMDwCfTA8AbZcFAI5ODwBrrwUA8U4PAChPDwBETw8Ae08PAIhPDwC3sAUAkFAPAMdQDwDPUA8AGlEPAB1RDwDmwQUA9VEPAIvOBQBpUg8AaNMFAG1SDwCLqwoAGVMPAOTZBQBiUw8AyN0FALVUDwBR7gUAClUPAIHzBQD/VQ8ADXgIABNWDwC6dwgAZlYPAJ1WDwClVg8A8FYPAPNWDwBJ+wUAX1cPAJZXDwCeVw8A6VcPAPhXDwDa/gUAR1gPAFYFBgDdWQ8AWxwGAIhaDwAq+QsAjVoPACdpDQCQWg8A8x4GAJFaDwCIZw0A4FoPANciBgDpWw8AIFwPAChcDwBzXA8AfFwPAD4sBgDQXA8AMC4GAHtdDwD/NAYA2F0PAAw/BgBoXg8AekcGAA5fDwDaUQYAtF8PANldBgBhYA8AXGMGALRgDwCaZgYACWEPANhpBgASYg8ASWIPAFFiDwCcYg8Aq2IPAA56BgD3Yg8AQmMPAFFjDwDrfgYA92MPAMGEBgBIZA8A/pMGAEpkDwAojgYAUGUPAIdlDwCPZQ8A2mUPAElmDwCAZg8AiGYPANNmDwDgZg8AJqYGADNnDwC+qAYAh2cPAE+sBgAhaA8AeLIGANFoDwCauQYAdmkPALTNBgC6ag8Aid8GAA9rDwBY5gYAtWsPAFDzBgBbbA8Aov8GAAJtDwDEBgcAa20PAKJtDwCqbQ8A9W0PAAJuDwBcCQcAt24PAO5uDwD2bg8AQW8PAJdvDwCuFQcASXAPAEYYBwD8cA8AM3EPADtxDwCGcQ8AkHEPAAchBwDncQ8ApiIHADtyDwCDJwcAiXIPALorBwAucw8A8S8HACp0DwDHNQcAeXQPAMR0DwDGdA8AGjYHAIZ1DwC9dQ8AxXUPABB2DwAldw8AXHcPAGR3DwCvdw8AxHgPAPt4DwADeQ8ATnkPAFh5DwA5YQcAEHoPAEd6DwBPeg8AmnoPAKR6DwBSgQcAsHoPAMJxBwDyeg8AtHMHAEp7DwAifAcAlXwPAAuXBwCZfA8ASo4HAO18DwAglAcAM30PABKWBwDifQ8A/ZgHAC5+DwDomwcA234PABihBwAwfw8AQacHANZ/DwAsqgcAKYAPAH+qBwCMgA8Aw4APAMuADwAWgQ8AJYEPABetBwDJgQ8AcLgHAB+CDwDsvgcAJIMPAFuDDwBjgw8AroMPAL2DDwAAyAcAqoQPAPqEDwAUhQ8A6tYHAGmFDwCghQ8AqIUPAPOFDwAChg8AztoHAHyGDwBt3AcACIcPAD+HDwBHhw8AkocPAPSHDwD+3wcAl4gPAHrmBwDwiA8AseoHAIuJDwCtbQgAjokPADvvBwDeiQ8ANPAHANqKDwAJAggALYsPAIUICAB9iw8AfgkIAIuMDwDCjA8AyowPABWNDwAhjQ8AdhYIAHCNDwC7jQ8Av40PAMIXCAAejg8AYRkIANCODwAHjw8AD48PAFqPDwCCjw8ArCYIALKPDwDOLQgAHJAPAI8oCgBbkA8AppAPAN2QDwD+MggAb5EPAJ+RDwCbkg8AeFEIAJiTDwCuYQgA5ZQPADCVDwBMlg8AfJYPAJuWDwDPlg8AMpcPAER8CADQlw8AdIEIAHSZDwBhEgkAdpkPAFeRCABjmw8A9Z4IAK+bDwAXpggAtpsPACyjCAChnQ8A5bgIAKOeDwCYwwgA658PADagDwBuoA8ADNcIAPigDwAvoQ8AN6EPAIKhDwCRoQ8A1N4IAC2iDwBX5AgAg6IPAM6iDwAGow8AnOYIAHyjDwAt6ggA/6MPAIDqCABspQ8ATv0IAGumDwAdBAkAZKcPADgMCQDHpw8AiwwJAA2oDwDeDAkAqagPAEUWCQChqQ8A8SEJAKCqDwDvOQkAWKsPAI+rDwCXqw8A4qsPAOyrDwCiRAkAqq0PAPtPCQDPrg8A62kJACmvDwBubwkAyK8PANx3CQApsA8AGnsJAHCxDwDMkQkAyrEPAAuyDwANsw8AtqAJALq0DwBGsAkATrUPACO1CQCptQ8AYbgJAF62DwCVtg8AnbYPAOi2DwA9tw8Az8AJAFC4DwCHuA8Aj7gPANq4DwACuQ8AdM0JAIm5DwCd0wkA27kPACa6DwA0ug8AQ9QJAH+6DwCI1gkALLsPAGXbCQBzuw8ASd8JAHS8DwAD6QkAd7wPAKnpCQDEvQ8ATvYJAA++DwCa9wkAar4PANj6CQC4vg8AcP0JAAa/DwDD/QkAer8PAKm/DwBrwA8AFQoKAMrADwBoCgoA9sEPAEHCDwB0wg8AihEKAHnCDwDkEAoAP8QPAG4VCgCWxA8ArBgKAObEDwD4GQoA38UPACEgCgAqxg8ABSQKAOrGDwAexw8A4McPABfIDwAfyA8AasgPAHfIDwDTNgoAysgPAL45CgBwyQ8ASD4KACjKDwBcyg8AwcoPADHcDwDOyg8AAssPALTLDwBASwoAtssPAPtICgBgzA8AocwPAALNDwBUVAoAqs0PAK1fCgD8zg8AKHIKAJfPDwAMdgoA7c8PAOJ7CgBA0A8A/YMKAJLQDwD2hAoAMdEPAHmKCgDt0Q8AJNIPACzSDwB30g8A6NIPAHGXCgDG0w8Amp0KANPUDwBUpwoActUPAG+vCgAk1g8AW9YPAGPWDwCu1g8AHdcPAFTXDwBc1w8Ap9cPAFDYDwCf5A8AVdgPAKDYDwBX2A8AQX0NAGnYDwCGFxAAqtgPAKW/CgBM2Q8AKMUKAEDbDwAS1AoAmtsPAGXUCgCF3A8A09wKAIndDwBI5AoAod0PALhzDADY3Q8AI94PAEHeDwCb5AoAyt8PAABLDQAd4A8AU0sNAITgDwC74A8Aw+APAA7hDwCB4Q8Ak/EKAA/iDwAmMAsAruMPAH0wEACn5A8AHPQMALvkDwA0XhAAy+QPAPLkDwAe5Q8A6B4NAHHlDwCY5Q8A7uUPAI9REABa5g8AkeYPAJnmDwDk5g8AQ+cPAOQJCwCm5w8A3ecPAOXnDwAw6A8Aj+gPALNcDADs6A8A7jcLACjqDwBEYAwALuoPAJ4TCwCP6g8ANhYLAHbrDwDB6w8AHOwPAGiGEABv7Q8ASh8LAHntDwD+HQsAZe4PANsiCwAb7w8AUu8PAFrvDwCl7w8A+PAPAJwrCwD58g8A0jsLAJHzDwAkSAsA4fQPAGFXCwDY9Q8An1oLAB33DwDlSQwAIPcPALIVDAAk9w8ArGQLACr3DwDPWAwAyPcPABP4DwAd+A8AiWkLACj5DwBf+Q8AZ/kPALL5DwBa+g8ALnYLALD6DwC/eQsApfwPAMWECwD4/A8AQ/0PAE/9DwADiAsA9f0PAEGLCwCX/g8A4v4PAPn+DwBxkAsAwQMQALSqCwBqBBAAPq8LALMGEADUyQsAYgcQAKMHEABWCBAACtoLAFkIEAC+2AsAUAkQAE/cCwALChAAOwoQAFkKEADg3wsAsgoQAAnmCwBCCxAAXOYLAIENEADMDRAAzg0QAFvyCwAkDhAAAfMLACsOEACZ9QsAhw8QAL4PEADGDxAAERAQABsQEAA+AgwAZREQALAREACzERAAzhEMAGISEABfFQwAVxMQAI8aDAB6ExAAJWwQAL4TEADbGwwASxQQAJsUEABEFRAAIB4MAEsVEABlIAwA7BYQADsmDADuFhAApbEMAI4XEADZFxAAKBkQAEoRDQCEGRAA4DIMAMsaEAAPRAwAzhoQACpMDADTGhAAfzQMAN8aEACMPgwAah0QABZDDAAQHhAA7EgMAFofEAC86QwAdh8QAOhcEACpHxAA9B8QAPcfEAAjTQwAVyAQAMJODACmIBAAu08MAPUgEABAIRAASiEQAA5QDADiIhAAkVUMAOkiEACDVwwAiCMQAHxYDAABJRAADVwMAH8lEABLXwwACCcQAEhnEAB+JxAATocNAL0nEABscgwAFCkQAJx3DABjKRAArikQAMcpEADoeAwABCoQAFQqEADLKhAAcn0MAHErEABrfgwAFywQALd/DAChLBAA7CwQAPYsEABIgwwAky0QAHxRDQCaLhAAtosMAIIwEAB3lAwAaDEQAHYxEAC7MRAAyTEQABA0EAAHpAwAGjQQACmrDAC2NhAAPbQMAAc3EAA2tQwAVDcQANy1DACiNxAAKLcMAJs4EABtuQwAmTkQAOQ5EAA/OhAAijoQADE7EAA1wQwAizsQANY7EAAxPBAAfDwQACU9EAALxwwA0D0QABs+EAB2PhAAwT4QAMI/EAA7zAwAGUAQAIfNDAC7QBAABkEQABZBEADTzgwAz0EQAP9BEACuQhAAXdMMAARDEAD11QwAb0MQAJ5DEAClRhAAAewMAERIEAAx8QwA6kgQAH3yDACQSRAAyfMMAA1MEACCCQ0At00QAPcQDQClThAANRQNAE9QEACqGw0A8lAQAEIeDQCUUhAAhyANALFTEAC+JA0A11MQAF0mDQAvVBAAjHUQAINUEAD1KA0AhlQQAOcqDQDQVBAAIFUQADxVEABzVRAAyVUQABlWEAA1VhAAbFYQAMdWEAASVxAAHFcQADorDQBtVxAAgpoQAL5XEAAXMA0Av1gQAE40DQAHWRAA5jYNAF9ZEADfdRAAZVoQAKGHDQACWxAAkkINAJdeEACl/Q0A3V8QAONaDQDPYBAAulQNAH5hEACzVQ0AbGMQALdjEADBYxAAIV4NAGtkEAC5YA0AjWcQAJtnEADgZxAA7mcQADNoEABBaBAAhmgQAJRoEADZaBAA52gQACxpEAA6aRAA6WkQAIFoDQBPahAAhmoQAPVqEAAsaxAAjWsQAL9rDQBQbBAAeGwQAKNsEADLbBAA9mwQAB5tEABJbRAAcW0QAMxtEAAXbhAAHG4QAFBvDQBmbxAACnkNAA5xEACRmg4AEnEQAPKYDgDHcRAA+3EQAG1yEADZfw0AqnIQABCEDQATcxAAR3MQAPVzEABAdBAAUHQQAAKGDQCfdBAA+4YNAPt0EACofw4AJnkQAFfBDQB8eRAA/cENAHF6EAAs0w0AF3sQAKjZDQC9exAAd+ANAGN8EAD65Q0ACX0QABztDQCvfRAApvENAFV+EAAw9g0A+34QAKz8DQClfxAAnv4NAAaAEAA/gBAAR4AQAJKAEADYgxAAI4QQAEGEEADUDg4AaYcQAKgsDgDShxAAjDAOAGaIEADRMg4AtYgQAGk1DgAHiRAAATgOAFiJEADlOw4AtokQANc9DgAVihAATIoQAKGKEAB8Sg4A/ooQABtMDgBaixAAs04OAKCLEACJVA4AWowQAMBYDgCDkBAAgG0OACSSEAAleg4Ac5IQAB57DgDCkhAADZMQABGTEABxew4AaJMQALOTEAAOlBAAWZQQAAeVEABSlRAAsZUQALWJDgAAlhAAS5YQAE+WEAAIig4AdJcQACqRDgBGmBAA65kOAJOYEADjmBAADpkQADaZEACMmRAA3JkQAAeaEAAvmhAAmZoQAN2bDgAqmxAAIp4OAIWbEAAbnw4A1psQACGcEAAxnBAAFKAOAH2cEAANoQ4AypwQABqdEAB3nRAAUqMOANCdEABLpA4Ax54QAP6uDgBrnxAAzbUOALqfEAAFoBAAFaAQACC2DgCvoBAAsbkOAA6hEAD9ug4AX6EQAPa7DgCsoRAAnLwOAPqhEABKohAA","fail":"AAAAAAAAAACbhAAAIqYBAMXRAAAKVwYAGB4CANIEBwCZ6AEAoyoLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAAAAAACZ6AEAuRsLAD8SCADtkAAA8Q0AAJnoAQATyAoAZsgKALnICgAMyQoARAACAChkDAB7ZAwAErIDAAAAAAAKVwYAGB4CABgeAgB7UAMAqwkCAP4JAgD1LwwAEnMMAM6qAgAhqwIAShIBAPjpBABebQ0Ae1ADAJnoAQDd4QQAda0AAMitAAAbrgAAbq4AAMGuAADxDQAAmegBAKMqCwDanQcAGB4CACwnAgAS/gQARN0GAAAAAAAKVwYAmegBAONvCgC11gMASgsCAJOsCACs/QEAm4QAAAQVAgCh2g0A9NoNAOWPAgDvJQAAmegBAJAcCgDjHAoAAUcAAJLUBADtkAAAQJEAAPmYAgAK7wgAXe8IAJnoAQC5GwsAPxIIAO2QAADxDQAAmegBABPICgBmyAoAucgKAAzJCgC0VwsAB1gLAFMAAABTAAAAyBsJABgeAgABRwAAmegBALRXCwCRogEAAAAAAO2QAABKCwIA8Q0AANQdAACrFwAA0gQHACUFBwCIwgAA28IAAC7DAACo0wIAw9sCABbcAgC3lAkApBgAADZwCgDoJQwATAEAAJ8BAADyAQAARQIAAJgCAAC0VwsAB1gLAFMAAABTAAAAJYIBABgQBADtkAAAIq0AABgeAgBrHgIAut8FAJnoAQCjKgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAADalggALZcIAAAAAAC9iwAA2nQBABgeAgAsJwIA8Q0AAJnoAQAlggEAGBAEAGsQBABTAAAAmokBAO2JAQBAigEAk4oBAOaKAQA5iwEAjIsBAAAAAACo0wIAuvQCAJGiAQDkogEAN6MBAGOZCgCIzwoA288KABPICgBmyAoAucgKAAzJCgBEAAIA4xwKABArAgD8nQgAT54IAKKeCADSBAcAmegBAOhxDQC2pwgAmegBAPUvDABE/w0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAAJOsCAB+9AoAtFcLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AANqWCAAtlwgAAAAAAL2LAADtkAAA8Q0AALFnAgC5zwkA0gQHAJnoAQC0VwsAqS8AAPwvAABPMAAAojAAAOzuDACs/QEAm4QAACKmAQDUHQAA0gQHAJnoAQCjKgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAKsJAgD+CQIA9mIDAEljAwCcYwMA72MDABPICgBmyAoAURgAAKQYAAA2cAoA6CUMAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAAAUJAgD9Gw0AUBwNAONvCgAIPwEAWz8BAPmYAgDadAEA0gQHAEpkDQDjbwoANnAKAOglDABMAQAAnwEAAPIBAABFAgAA7O4MAKz9AQCbhAAAIqYBANQdAADSBAcAmegBAKMqCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAqwkCAP4JAgD2YgMASWMDAJxjAwDvYwMAE8gKAGbICgBRGAAApBgAADZwCgDoJQwATAEAAJ8BAADyAQAARQIAAJgCAADF0QAABQkCAP0bDQBQHA0A428KAAg/AQBbPwEA+ZgCANp0AQDSBAcASmQNAJuEAAAipgEAHS4DAKjTAgC69AIAqS8AAPwvAABPMAAAojAAAOzuDADxDQAA1B0AACceAAB6HgAAzR4AACAfAADs7gwA7yUAAM8hCAAYHgIAA+IKALFnAgDs7gwAShIBADIPBwDxDQAAkaIBACdxAAD4CwwAzYUJAGnwCwCT1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAA428KADZwCgDoJQwATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAJ70BAPENAACxZwIAmegBAKz9AQD0hw0AoyoLAOe1BQC0VwsAhTgNAJLUBADl1AQALXUBAAAAAAAirQAAIq0AAO2QAADxDQAAkaIBAJnoAQC5GwsASmQNAKsXAADnHQMA7ZAAANIEBwCZ6AEA7OgBABInCwAYHgIAmegBAL2LAADxDQAA1B0AAJnoAQAAAAAAqxcAAH0/AgCjOAkA/hcAAMXRAACrFwAAmegBALkbCwAlBQcALrsNAIG7DQCs/QEAm4QAACKmAQDUHQAAAAAAABgeAgBKCwIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBANIEBwBKZA0AqxcAAOcdAwDtkAAA0gQHAEoLAgDtkAAAQJEAAJrjAAAZuAIArP0BAJuEAABE3QYASgsCANIEBwCs/QEASgsCAO2QAABAkQAAmuMAABm4AgC9iwAArP0BACWCAQAYEAQAIq0AAJnoAQB9PwIA0D8CACNAAgCZ6AEA2pYIAC2XCAABRwAAktQEAOXUBADtkAAA+ZgCAEyZAgCfmQIAmegBAGOZCgCIzwoA288KABPICgBmyAoAucgKAAzJCgCjKgsA2p0HAC2eBwB4ggEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AACNUCwBTAAAAUwAAAMgbCQAYHgIAAUcAALnPCQDSBAcASgsCAJuEAACIwgAA28IAAC7DAABKCwIAShIBAJ0SAQCjMQoAAAAAACWCAQAYEAQA7ZAAAKsXAAABRwAAmegBALkbCwA/EggA7ZAAAPENAACZ6AEAE8gKAGbICgC5yAoADMkKALRXCwAHWAsAUwAAAFMAAADIGwkAGB4CAAFHAACZ6AEAoyoLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAANMbAgAirQAAnbgBAKMjDACZ6AEA2pYIAC2XCAAAAAAAvYsAAO2QAADxDQAAsWcCALnPCQDSBAcAmegBAKz9AQB7UAMAmegBALRXCwDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAA+2sFACKtAAApngIAVS0CAPtrBQAKVwYAtqcIAJnoAQDjbwoAJYIBAL2LAABF9AEA2nQBAC11AQCZ6AEAm4QAAIjCAADbwgAAXdQAAKMqCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAANqWCAAtlwgAAAAAAL2LAADadAEAGB4CACwnAgAAAAAAGB4CADhmCAC2pwgARfQBAFMAAACmAAAA+QAAAJnoAQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAAFfCAQCqwgEA3eEEACmeAgB8ngIAz54CAEPGCwCWxgsA6cYLAMXRAADadAEAUFQFAFRHAACmWQsA0LsIAAFHAACZ6AEAoyoLAF5tDQB7UAMAmegBAONvCgA2cAoA6CUMAEwBAACfAQAA8gEAAEUCAACYAgAA3eEEADDiBACD4gQA7yUAAM8hCABF9AEAvYsAABgeAgAsJwIAGB4CAJnoAQDd4QQAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAtFcLANQdAACrFwAAAUcAAJnoAQCjKgsAiMIAANvCAAAuwwAAqwkCAP4JAgD2YgMASWMDAJxjAwDvYwMAE8gKAGbICgBRGAAApBgAADZwCgDoJQwATAEAAJ8BAADyAQAARQIAAJgCAABjmQoAiM8KANvPCgC0VwsA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAO8lAACzqQEABqoBAFmqAQDsLQQAoyoLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBABArAgD8nQgAT54IAKKeCAD1nggASJ8IAJufCACjKgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAALnPCQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQBKEgEAMg8HANTzBQB/VwcAm4QAAF5tDQDnHQMAErIDAEoSAQCZ6AEAAAAAACKtAACduAEA4H4NADN/DQCrFwAAECsCAGMrAgC2KwIAkAgBAKjTAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADvJQAAs6kBAAaqAQBZqgEAAAAAAApXBgC2pwgARfQBAJj0AQDxDQAA1B0AANTzBQBbyQUArskFAP5iDQBQVAUA5yQCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAPucDAJHnAwDk5wMAN+gDAIroAwDd6AMAMOkDAIPpAwDW6QMAdBkLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAALXUBACceAAB6HgAAzR4AACAfAAAsJwIAQJEAAJrjAAAZuAIAoyoLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAEoLAgAYHgIALCcCAH8nAgBJFg4A8Q0AANQdAADSBAcAmegBAOzuDACCAg4AJYIBAHiCAQDLggEAHoMBAHGDAQDEgwEAxdEAAAUJAgD9Gw0AUBwNANqWCAAtlwgAgJcIANOXCAAmmAgAeZgIAJnoAQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQCjKgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEAMg8HANTzBQB/VwcAm4QAAF5tDQDnHQMAErIDAAFHAABKCwIAm4QAANqdBwAtngcAeIIBAMXRAADtkAAA0gQHAJnoAQDs7gwAGB4CADhmCACs/QEAm4QAAKz9AQAlggEAzBsOAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAAGbgCAO6EAABBhQAAlIUAAOeFAAA6hgAAhoABANmAAQAsgQEAf4EBANKBAQBKZA0AQJEAAJrjAAAZuAIAodsBACKtAADtkAAAUwAAAAFHAAD7awUAClcGAJnoAQAAAAAAAAAAAAAAAADsLQQA2pYIAC2XCAAS/gQAIqYBAEQOAAC2pwgAqNMCABQJAAC9iwAA8Q0AANQdAAAnHgAAqxcAABArAgBjKwIAtisCACO1CQB2tQkAybUJAONvCgA2cAoA6CUMAEwBAACfAQAA8gEAAEUCAACYAgAAE8gKAGbICgC5yAoADMkKAKMqCwDanQcALZ4HAHiCAQDF0QAA7ZAAANIEBwCrFwAA/hcAAFEYAACjKgsAAo0MAEGFAACUhQAA54UAADqGAACNhgAA9S8MABJzDAAEfAsA9S8MAET/DQDadAEAErIDAGWyAwD5mAIAk6wIAKZZCwDxDQAAsWcCAMXRAADadAEAUFQFAFRHAACZ6AEA2pYIAGseAgCs/QEArP0BANp0AQBQVAUAShIBAAAAAACZ6AEA7OgBAD/pAQCS6QEA5ekBAJnoAQDjbwoAJYIBAMwbDgCbhAAAIqYBANQdAADd4QQAf1cHANJXBwAlWAcAeFgHAJnoAQB7UAMAzlADACFRAwAYHgIAmegBAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQA5JQDADeVAwCKlQMAOlUHANQdAADaJwwAAUcAAPtrBQAtdQEARfQBAAAAAACrFwAA+ZgCAEyZAgCfmQIAGBAEANIEBwAlBQcA7oQAAEGFAACUhQAA54UAADqGAAAliAwA0D8CACNAAgDadAEA2nQBAEX0AQCrFwAAECsCAHe3BwC9iwAAGB4CACwnAgBPDQUAPxIIAO2QAADxDQAAHokMAP4XAAB3OwEAShIBAPjpBABVLQIAIq0AANIEBwBKZA0AqxcAAOcdAwDtkAAAAAAAAApXBgBF9AEA2nQBAC11AQCZ6AEA7OgBAD/pAQCS6QEA5ekBAOzoAQASJwsAGB4CAJnoAQC9iwAA8Q0AANQdAAAnHgAAmegBAOzoAQA/6QEAkukBAOXpAQDs6AEAEicLABgeAgCZ6AEAvYsAAPENAADUHQAAmegBAKMqCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAE6IAQChiAEA9IgBAEeJAQCZ6AEAvYsAAPENAADUHQAAJx4AAKsXAAAQKwIAYysCAPmYAgAK7wgAXe8IAAPiCgBdegEAClcGALanCADadAEALXUBAOcdAwDoCgQAJ70BAEoSAQCZ6AEAtFcLAAdYCwBTAAAAUwAAAMgbCQAYHgIAAUcAALnPCQDSBAcAmegBAKMqCwCLlg0A2nQBAJnoAQD5mAIACu8IAF3vCAAD4goAXXoBAApXBgC2pwgAmegBAGOZCgAAAAAA8Q0AAJGiAQDkogEAqNMCAPENAAAdLgMAmegBANqWCAA4ZggA0LsIAAFHAAD7awUALXUBAO2QAADxDQAA8Q0AAJGiAQDUHQAAJx4AAPtrBQAKVwYAtqcIAO2QAABAkQAAmuMAABm4AgCbhAAA2nQBAMwbDgCo0wIA5eICAFyhCQDsmwwAP5wMAJKcDADlnAwAOJ0MAIudDADenQwAax4CAL4eAgARHwIA7yUAALOpAQAGqgEAWaoBAEpkDQBAkQAAmuMAABm4AgAAAAAAm4QAAPmYAgBMmQIABBUCACWCAQCbhAAAXm0NAEX0AQAEFQIAm4QAACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAA2pAQBgqQEAClcGAEoSAQBTAAAApgAAAAZQAgD+Yg0AUWMNAEQOAAC2pwgA7yUAALOpAQAGqgEA/74KAFK/CgC9iwAAJYIBAAFHAAD7awUAUwAAACWCAQDMGw4AHxwOALOpAQAGqgEA/74KAFK/CgDUHQAAJx4AAJrjAAAZuAIAAAAAAJnoAQCs/QEA//0BAFL+AQCl/gEA+P4BAEv/AQCe/wEA7ZAAAK1LAQA46gEAi+oBAN7qAQAx6wEAhOsBAJAcCgAoZAwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqwkCAP4JAgCQHAoAKGQMADjqAQCL6gEA3uoBADHrAQCE6wEA4igKACWCAQDMGw4AHxwOAHIcDgDFHA4AQdcMADwaDACZ6AEA2pYIAP5iDQBdHw4AsB8OAAMgDgDiKAoANSkKAOzoAQA/6QEAkukBAOXpAQAAAAAA6RkMAJnoAQDalggA/mINAF0fDgCwHw4AAyAOAOIoCgA1KQoA7OgBAD/pAQCS6QEA5ekBAOzoAQA/6QEAkukBAOXpAQCsqgEA7C0EAIhnDQDbZw0ALmgNAIFoDQDUaA0AAAAAAL2LAAAQjAAA5x0DAFBUBQAEFQIAFe4NANIEBwB9PwIAvYsAABCMAADnHQMAUFQFAAQVAgAp9w0AGB4CAGseAgC63wUAMg8HAMXRAAAKVwYAGB4CAH0/AgAEFQIAm4QAACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAAAAADvJQAAs6kBAAaqAQBZqgEAUwAAAOf6BwDU8wUAAUcAALnPCQD5mAIATJkCAJ+ZAgDymQIARZoCAPENAACZ6AEA9S8MABJzDAAEfAsArP0BAPSHDQAAAAAAoyoLAHNqDQDGag0AGWsNAGxrDQC/aw0AEmwNAGVsDQCQHAoASHwNAJt8DQDufA0AqNMCAAAAAAAKVwYAAUcAAKjTAgAirQAAnbgBAPC4AQBDuQEAlrkBAOm5AQAsJwIATw0FAJnoAQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQBB1wwAPBoMAJAcCgAAAAAAJYIBAAAAAAC9iwAAm4QAANqdBwAAAAAAAAAAAL2LAAABRwAAmegBAMXRAAAFCQIA/RsNAJnoAQCQHAoAAAAAAL2LAACbhAAAk6wIAKZZCwDQuwgAI7wIAHa8CADJvAgArP0BABy9CABvvQgAwr0IAKz9AQDd4QQAMOIEAIPiBAClBA0A+AQNAEsFDQDd4QQAMOIEAIPiBAClBA0A+AQNAEsFDQCbhAAAXm0NAAAAAACZ6AEARfQBAJj0AQDr9AEAAAAAAAFHAAC5zwkABmQLAFlkCwAEFQIAHAILAG8CCwB7UAMAAUcAALnPCQAGZAsAWWQLAAQVAgBXFQIAax4CAL4eAgARHwIAZB8CAPENAACS1AQAOjkLAL4eAgARHwIAZB8CAAFHAABURwAAkAAOAOMADgA2AQ4AAAAAABgeAgAsJwIAe7EBAOYbBQDU8wUAAUcAAPENAAAEFQIA4RkCADQaAgCHGgIA2hoCAC0bAgCAGwIAAUcAANMbAgB1Ug0AVEcAAJAADgDjAA4AClcGAAQVAgDhGQIAVEcAAJAADgDjAA4ANgEOAAAAAACbhAAA2nQBABKyAwDUHQAASgsCAO2QAABAkQAAmuMAABm4AgAEFQIA4RkCAFRHAACQAA4A4wAOADYBDgAEFQIA4RkCAFRHAACQAA4A4wAOAHtQAwBTAAAA5/oHAO2QAABAkQAAmuMAABm4AgDtkAAA7yUAAEImAABAkQAALCcCAKsXAAAirQAA7ZAAAO2QAABAkQAAmuMAABm4AgCbhAAAut8FADIPBwDtkAAAQJEAAJrjAAAZuAIAAUcAAAFHAACS1AQA5dQEAKz9AQD//QEAUv4BALnPCQDtkAAAQJEAAJrjAAAZuAIAShIBADIPBwABRwAAVEcAAKZZCwDSBAcASmQNAECRAACa4wAAGbgCACWCAQAlggEAUwAAAMgbCQDadAEALXUBAD81AwCSNQMArvkKACwnAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAGB4CACwnAgB/JwIA0icCACUoAgB4KAIAyygCAB4pAgBxKQIAxCkCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAA7ZAAAHtQAwDtkAAAQJEAAJrjAAAZuAIA0gQHAEpkDQCtSwEAPLIOAECRAACa4wAAGbgCAAAAAADtkAAAQJEAADhmCADSBAcAdXUIAPmYAgDadAEAErIDAF16AQAKVwYAtqcIAO2QAABAkQAAmuMAABm4AgCs/QEAClcGANC7CAAQjAAA5JsCACWCAQB4ggEAIq0AACmeAgB8ngIAzBsOAECRAACa4wAAGbgCAF5tDQBF9AEAzYUJAO2QAABAkQAAmuMAABm4AgAYHgIARfQBAL2LAABKEgEAMg8HAKsXAAABRwAAuc8JAK75CgCa4wAAGbgCAApXBgDQuwgAAUcAANMbAgDvJQAArP0BAApXBgDQuwgAEIwAAOSbAgDxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCbhAAAIqYBAHWmAQCpLwAAKZ4CACKmAQCxZwIAuc8JAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQA/EggAXVcGALBXBgDzagcARmsHAJlrBwDsawcAP2wHAJJsBwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BANTzBQBbyQUArskFAAPiCgBdegEAClcGALanCADtkAAAQJEAAJrjAAAZuAIAAUcAAJuEAADuhAAAfT8CAApXBgD5mAIACu8IAF3vCADvJQAAJYIBAHiCAQDF0QAA7ZAAAECRAACa4wAAGbgCAPtrBQBObAUAOwsEACWCAQDMGw4AShIBADIPBwCrFwAAAUcAALnPCQDSBAcASmQNAECRAACa4wAAGbgCAPENAAAjVAsAUwAAAFMAAADIGwkAGB4CAAFHAAC5zwkA0gQHAD8SCABdVwYAsFcGAPNqBwBGawcAmWsHAOxrBwA/bAcAkmwHAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAJYIBACWCAQDMGw4ARfQBAILLCQDanQcAm4QAAAZQAgBZUAIArFACAP9QAgBSUQIApVECAPhRAgBLUgIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BABgeAgBrHgIAe1ADANp0AQAtdQEAwkECABVCAgBoQgIAl1MCAOpTAgA9VAIAkFQCAONUAgA2VQIAiVUCANxVAgAvVgIAglYCANVWAgAoVwIAe1cCAM5XAgAhWAIAdFgCAMdYAgAaWQIAbVkCAEoSAQCs/QEA9IcNAECRAADvJQAAEicLABgeAgBKEgEA+OkEAFUtAgC5zwkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BALanCAAirQAAW8kFAK7JBQABygUAVMoFAKfKBQD6ygUAShIBAJ0SAQCjMQoAdXUIAEjdCwDPIQgAIq0AACmeAgBVLQIA+2sFAApXBgC2pwgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAAm4QAANqdBwC9iwAA7ZAAAO2QAABAkQAAmuMAABm4AgDSBAcASmQNAO8lAADPIQgAoY4MAO2QAADSBAcAm4QAANqdBwAtngcAgJ4HAPUvDAAScwwABHwLAKMqCwDntQUAShIBADIPBwCFDwcArP0BAPSHDQBAkQAAmegBAOzoAQBJFg4AEIwAADALCwABRwAA+2sFAApXBgC2pwgAvYsAABCMAADkmwIAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIA/sMLAFHECwCkxAsA98QLAErFCwCdxQsAClcGAJnoAQDs6AEAQiYAAMXRAACZ6AEAoyoLAPYqCwBZUAIArFACAP9QAgBSUQIApVECAPhRAgDxDQAAmegBAPUvDAAScwwABHwLAOzoAQBJFg4AEIwAADALCwABRwAA+2sFAApXBgC2pwgAXm0NAKsXAAD+FwAAdzsBAPH/AQDalggALZcIAE8NBQBKZA0A1PMFAHWtAADAWQIABlACACwnAgA4ZggA8qABAPUvDADd4QQAe1ADACckCwB6JAsAzSQLACAlCwDtkAAAQJEAAJrjAAAZuAIAqxcAAAFHAACbhAAAVS0CAPtrBQAKVwYAtqcIAO2QAABAkQAAmuMAABm4AgDPEwoAzyEIAKGODADCQQIAmegBALRXCwBluQIAShIBAKz9AQAKVwYA2nQBACx6AgCbhAAAVS0CAPtrBQAKVwYAtqcIAJnoAQCQHAoASHwNAJt8DQDufA0A7OgBAD/pAQCS6QEA5ekBAAAAAACZ6AEAY5kKALaZCgDcWw0AL1wNAIJcDQDVXA0AlrkBAFUtAgD7awUArP0BACWCAQDMGw4A9S8MAOckAgA6JQIAjSUCAN3hBAApngIAj7MCAOKzAgA1tAIAiLQCANu0AgDhvwIANMACAIfAAgDawAIALcECAIDBAgDTwQIAJsICAHnCAgDMwgIAAAAAAL2LAAAQjAAA5JsCADecAgCKnAIA3ZwCADCdAgCDnQIA3eEEACmeAgCPswIA4rMCADW0AgCItAIA27QCAL2LAADxDQAA9S8MABJzDADOqgIAIasCAEoSAQD46QQAXm0NABPICgBmyAoAucgKAAzJCgBEAAIA4xwKADYdCgDQuwgARfQBAEoSAQA4lwEAErIDAJGiAQBdegEALXUBAEX0AQCZ6AEA2pYIAC2XCAABRwAAvYsAABgeAgC5GwsASmQNANTzBQB1rQAAwFkCAAZQAgAsJwIATw0FAJnoAQCjKgsAXm0NANIEBwCZ6AEAE8gKAGbICgC5yAoADMkKAL2LAADxDQAA1B0AAGOZCgC2mQoAgHUBANN1AQAmdgEAeXYBAMx2AQBbkgEA6HENAF1XBgCwVwYA82oHAEZrBwCZawcA7GsHAD9sBwDoCgQAOwsEAI4LBADhCwQANAwEAIcMBADSBAcAmegBAKMqCwBebQ0A0gQHAJnoAQATyAoAZsgKALnICgAMyQoAvYsAAPENAADUHQAAtFcLAGW5AgC4uQIAC7oCAF66AgCxugIAvPALAA/xCwBi8QsAtfELAAjyCwBebQ0A5x0DACKtAACo0wIATqMJAKmPCgD8jwoAT5AKAKKQCgD1kAoASJEKAIcgDQBIfA0Am3wNAO58DQCZ6AEA6HENANC7CAABRwAAmegBAOhxDQDvJQAAmegBAKz9AQAKVwYA0LsIABCMAADkmwIA2pYIAGseAgDBTQIAFE4CALnPCQAM0AkAX9AJAAFHAACZ6AEA9S8MABJzDAAEfAsAoyoLAETdBgDSBAcAmegBAMXRAADadAEAUFQFAFRHAACZ6AEA6HENAPmYAgAK7wgAXe8IAO8lAAAlggEAeIIBALRXCwAHWAsAWlgLAK1YCwCS1AQAOjkLAI05CwA9fQgAmegBAMXRAADadAEAUFQFAFRHAACZ6AEA6HENAPmYAgAK7wgAXe8IAO8lAAAlggEAeIIBAEoSAQAnvQEAer0BAM29AQAgvgEAc74BAMa+AQB7UAMAmegBAMXRAADadAEAUFQFAFRHAACZ6AEA6HENAPmYAgAK7wgAXe8IAO8lAAAlggEAeIIBALkbCwAMHAsA+ZgCANp0AQDSBAcASmQNAMXRAADadAEAUFQFAFRHAACZ6AEA6HENAPmYAgAK7wgAXe8IAO8lAAAlggEAeIIBANp0AQAsegIAmegBAONvCgDIGwkA2nQBAC11AQA/NQMAkjUDAK75CgCZ6AEAuRsLAEpkDQBAkQAALCcCAH8nAgDSJwIAJSgCAHgoAgDLKAIAHikCAKMqCwBzag0AxmoNAF16AQCwegEAA3sBAEoSAQAyDwcAqxcAAAFHAACZ6AEA9S8MABJzDAAEfAsAkBwKAOMcCgABRwAAktQEAHtQAwCZ6AEAY5kKALaZCgAJmgoAE8gKAOcdAwA6HgMAjR4DAEoSAQD46QQAJYIBABgQBAAirQAA7ZAAAKz9AQAKVwYA0LsIABCMAADkmwIA8Q0AAJnoAQDocQ0A0LsIAAFHAACZ6AEA6HENAO8lAACZ6AEA2pYIAGseAgDBTQIAFE4CAAFHAAC5zwkARfQBAM2FCQBAkQAAmegBALkbCwAMHAsA+ZgCANp0AQDSBAcASmQNAKz9AQB7UAMAmegBAAdEAgBaRAIArUQCAH0/AgDQPwIA0gQHAJnoAQCjKgsAVS0CAJAIAQDjCAEAKZ4CAHyeAgDPngIAQ8YLAJbGCwDpxgsAPMcLAI/HCwDixwsANcgLAIjICwDbyAsALskLAIHJCwDUyQsAJ8oLAHrKCwDNygsAIMsLAHPLCwDGywsAGcwLAGzMCwC/zAsAEs0LAGXNCwC4zQsAC84LAF7OCwCxzgsABM8LAFfPCwCqzwsA/c8LAFDQCwCj0AsA9tALAEnRCwCc0QsA79ELANp0AQAtdQEAwkECABVCAgBoQgIAKP0CAHv9AgDO/QIAIf4CAHT+AgDH/gIAGv8CAG3/AgDA/wIAEwADAGYAAwC5AAMADAEDAAAAAAAKVwYA0LsIAJnoAQCWIAsA6SALAPmYAgAK7wgAoyoLAF5tDQCxbQ0ABG4NAFduDQCqbg0A/W4NAGOZCgC2mQoACZoKAHtQAwDOUAMAIVEDABgeAgCZ6AEAtFcLAHK8AwDFvAMAgPgGANP4BgBluQIAuLkCAAu6AgBeugIA3eEEADDiBACjIwwAvYsAAEoSAQCrFwAAmegBAECRAAAsJwIAY5kKAIjPCgDbzwoAE8gKAGbICgBRGAAApBgAADZwCgAGUAIAax4CALrfBQAyDwcAAUcAALnPCQCu+QoAmegBAKz9AQD//QEAUv4BAKX+AQDjbwoACD8BACwnAgBTAAAApgAAAAZQAgAsJwIATw0FAJnoAQC0VwsAhTgNANg4DQBVLQIAuc8JAAzQCQAyDwcAqxcAAAFHAACZ6AEAuRsLACUFBwAuuw0AgbsNAKz9AQCbhAAAIqYBANQdAAC0VwsAZbkCAO7kCgBB5QoAlOUKAOflCgCZ6AEAY5kKAIjPCgDbzwoAtFcLAIU4DQDYOA0ABlACAAFHAAD7awUALXUBAEX0AQCZ6AEAvYsAAJABAgC9iwAAAUcAAAFHAAD7awUALXUBAEX0AQCZ6AEAuRsLAD8SCADF0QAAY5kKALaZCgAJmgoA2pYIAC2XCAAgZAIAJ/QFAPmYAgAK7wgAXe8IAHtQAwCZ6AEAShIBAJ0SAQCjMQoAm4QAAETdBgB1dQgALXUBAEX0AQCZ6AEA2pYIAC2XCABPDQUAog0FAPUNBQDgYwUAY5kKAIjPCgDbzwoAJYIBAHiCAQDtewMAQHwDAJN8AwDmfAMAOX0DAIx9AwD1LwwARP8NAKdHAABragMAvmoDABFrAwBkawMAIqYBANQdAADaJwwAmegBAGOZCgC2mQoACZoKAEoSAQAyDwcAhQ8HAJ0SAQAYHgIAY5kKAIjPCgDbzwoAY5kKALaZCgAJmgoAW6YKAK6mCgABpwoA428KAAg/AQBbPwEArkwLAAFNCwBUTQsAp00LAJnoAQDocQ0A7yUAAJnoAQC0VwsAhTgNANg4DQAGUAIAAUcAAPtrBQAtdQEARfQBAJnoAQC9iwAACagIAFyoCACvqAgAAqkIAFWpCACoqQgA+6kIAE6qCAD1LwwAEnMMAAR8CwC0VwsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAoyoLAFUtAgDocQ0AtqcIAJnoAQC0VwsARA4AACc5CAB6OQgAzTkIACA6CACZ6AEAUwAAAAFHAAD7awUALXUBAEX0AQCZ6AEA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEACLkBADklAMAN5UDAGFlCQC0ZQkA6HENALanCACZ6AEAvYsAABCMAADnHQMAodsBAJnoAQC5GwsAPxIIAEoSAQD46QQA2nQBAC11AQCZ6AEAtFcLAEQOAAAnOQgAejkIAM05CAAgOggAmegBANC7CAAjvAgAdrwIAMm8CAAcvQgAb70IAMK9CAAVvggAaL4IALu+CAAOvwgAYb8IALS/CAAHwAgAWsAIAK3ACAAAwQgAU8EIALRXCwDUHQAAJx4AAHoeAADNHgAAIB8AAKjTAgDxDQAAmegBAPUvDABE/w0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAmUkAAOxJAAA/SgAAqY8KAPyPCgCrFwAA5x0DAC11AQBF9AEAmegBAOhxDQC2pwgAmegBAJYgCwCmWQsA8Q0AACWCAQB4ggEAIq0AACmeAgB8ngIAz54CAAAAAAAlggEA8Q0AALFnAgAEaAIAVS0CALnPCQDyoAEAAAAAAAAAAAAAAAAAAAAAAAAAAABPyAIAosgCAPKgAQAAAAAAT8gCAKLIAgAlzgIAMOIEAOrBCgA9wgoAkMIKAOPCCgA2wwoAicMKANzDCgAvxAoAj6wDAOKsAwA1rQMAiK0DANutAwAurgMAga4DANSuAwAnrwMAeq8DAM2vAwAgsAMAc7ADAMawAwAZsQMAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQA5JQDADeVAwCKlQMA3ZUDADCWAwCDlgMA1pYDACmXAwB8lwMAz5cDACKYAwB1mAMAyJgDABuZAwDhjgkANI8JAIePCQDajwkALZAJAICQCQDTkAkAJpEJAHmRCQDMkQkAH5IJAHKSCQDFkgkAGJMJAGuTCQC+kwkAEZQJAEX0AQCo0wIAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAKz9AQCbhAAA8Q0AAHK8AwDFvAMAzBsOAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAs+4DAAbvAwBZ7wMArO8DAP/vAwBS8AMApfADAPjwAwBL8QMAnvEDAN2VAwAwlgMA7OgBAD/pAQCS6QEA5ekBAINXDADQMQQAIzIEAHYyBADJMgQAHDMEAG8zBADCMwQAFTQEAJAcCgAoZAwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAMXRAACTrAgA2nQBACx6AgDMGw4A3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEACLkBAB15AQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAIuQEAOSUAwA3lQMAipUDABL3BQBl9wUAuPcFAAv4BQBe+AUAsfgFAGW5AgC4uQIAIq0AAFMAAAC11gMABBUCACXUDQB41A0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AAAQVAgCh2g0AKZ4CAI+zAgDiswIANbQCAIi0AgAirQAAnbgBAOWPAgBFkwMAmJMDAOuTAwA+lAMAqxcAAP4XAADF0QAA7ZAAAECRAACa4wAAGbgCAPTaDQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDANIEBwA/EggA7ZAAAPENAAAeiQwA/hcAAHc7AQC5zwkArUsBAJlPCwASsgMAsWcCALnPCQCu+QoAmuMAABm4AgCZ6AEA3eEEACmeAgB8ngIAz54CACKfAgDs6AEAP+kBAJLpAQDl6QEAShIBAFMAAADIGwkAGB4CAAFHAAC5zwkArvkKAJrjAAAZuAIAJYIBABgQBABrEAQAUwAAAKE8AAAEFQIAFe4NANp0AQCs/QEAPeUFAGseAgAGUAIAe1ADAJnoAQATyAoAZsgKALnICgAMyQoAJYIBAHiCAQDtewMAQHwDAEpkDQDSBAcAqNMCACWCAQB4ggEA7XsDAEB8AwCTfAMA5nwDADl9AwCMfQMA9S8MAET/DQCnRwAAkAgBAFMAAADIGwkA8Q0AALFnAgBF9AEAGB4CACwnAgDxDQAAcrwDAMW8AwCQCAEAmegBAKMqCwACjQwAPX0IAJB9CADjfQgANn4IANqWCAAtlwgAIGQCACf0BQAYHgIA0gQHAJnoAQCjKgsARN0GAJfdBgDq3QYAPd4GALnPCQCu+QoABBUCAJnoAQBKEgEAOJcBABKyAwCRogEAXXoBAC11AQBF9AEAmegBAKMqCwDntQUARfQBAM2FCQBKEgEAmegBAGOZCgBQVAUAo1QFALkbCwBKZA0AnWQNAOf6BwAmdQ0AeXUNAPENAACZ6AEA6HENALanCAAAAAAAAAAAAKjTAgDl4gIAXKEJAK+hCQACogkAVaIJAJAcCgBIfA0Am3wNAO58DQD1LwwAEnMMAAR8CwDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADWEgoAKRMKAHwTCgBIMAwArvkKAAH6CgBU+goAp/oKAPr6CgBN+woAoPsKAPP7CgBG/AoAuRsLAK1DDgDtkAAA9S8MABJzDAAEfAsA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEACLkBADklAMAN5UDAIqVAwDdlQMA+2sFAE5sBQChbAUA9GwFAEdtBQD+Yg0AUFQFALnPCQDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQASgsCAJ0LAgD7awUATmwFAKFsBQD0bAUAR20FAJptBQAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQAdeQEAMjkBAAb5QQAbuUEAMHlBAC0VwsA1B0AACceAAB6HgAAzR4AACAfAACo0wIAk9YCALPuAwAG7wMAWe8DAKzvAwD/7wMAUvADAKXwAwD48AMAS/EDAJ7xAwDx8QMARPIDAJfyAwDq8gMAPfMDAJDzAwDdlQMA+2sFAE5sBQChbAUA0gQHAJnoAQDocQ0A0LsIAMPbAgAW3AIAt5QJAPbXCgA4ZggA0LsIAAFHAAC5zwkA9S8MABJzDAAEfAsAliALAKZZCwDxDQAA7ZAAAAFHAADF0QAAClcGABgeAgB9PwIAmegBAGOZCgCIzwoA288KAL2LAAAQjAAAGB4CACwnAgAS/gQAZf4EALj+BACbhAAArP0BACWCAQAAAAAAmegBAH0/AgAy8woALXUBAMJBAgCo0wIAk9YCALPuAwAG7wMAWe8DAKzvAwD/7wMAUvADAKsJAgD+CQIA3eEEACmeAgDuIg4AQSMOAJQjDgBp8AsAuvQCAEQOAABKEgEAMg8HAJAIAQABRwAAmegBAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBADWEgoAKRMKAHwTCgB7UAMA8Q0AAHK8AwDFvAMAAAAAAKjTAgCuBwkAQJEAAJrjAAAZuAIAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAKd3BQBAkQAAmuMAABm4AgCTrAgAe1ADAAAAAAAAAAAAAAAAAE/IAgCiyAIA8qABAAAAAAAAAAAAAAAAAAAAAABPyAIAosgCACXOAgAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQA5JQDADeVAwCKlQMAEvcFAGX3BQC49wUAC/gFAF74BQCx+AUAShIBANlrBAAsbAQAf2wEANJsBADSBAcArP0BAJnoAQBKEgEAnRIBAKMxCgD2MQoASTIKAEoSAQDZawQALGwEAH9sBADSbAQAIq0AAHWtAADIrQAAG64AAG6uAAD46QQABlACAP5iDQCbhAAARN0GAEoSAQAnvQEAEIwAAOcdAwAirQAAKZ4CAFUtAgD7awUAClcGALanCADxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAs+4DAA89DQDChgQAFYcEAGiHBAC7hwQADogEAGGIBAC0iAQAB4kEAFqJBACtiQQAAIoEAJnoAQAlggEAGBAEAC11AQB9PwIAmegBAOzoAQA/6QEAkukBAA4ECwBhBAsAoyoLAETdBgDSBAcAGB4CACwnAgDxDQAAkaIBAOkZDACS8AAA1KcEAKZZCwDxDQAAsWcCAO6fCABBoAgAlKAIAOegCAA6oQgAjaEIAOChCAAzoggAhqIIANmiCACjKgsAXm0NAHtQAwCZ6AEA6HENAO8lAACZ6AEA9S8MAET/DQCnRwAA+kcAAFMAAADn+gcA1PMFANp0AQDSjgsAzyEIAO2QAADSBAcAmegBAEoSAQDZawQALGwEAH9sBADSbAQAgPgGAJYgCwCmWQsA8Q0AALFnAgCWIAsAplkLAPENAACxZwIAmegBAJOsCAB7UAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADsLQQAPy4EABqCCABtgggAwIIIABODCABmgwgAuYMIAAyECABfhAgAsoQIAAWFCABYhQgAq4UIAP6FCABRhggApIYIAPeGCABKhwgA3ZUDAPtrBQBObAUAoWwFANIEBwCZ6AEA6HENANC7CADocQ0AXVcGALBXBgDzagcARmsHAJlrBwDsawcAP2wHAJJsBwCZ6AEA9S8MAPtrBQBObAUAoWwFANIEBwCZ6AEA6HENANC7CAAYEAQASgsCAPENAAByvAMAxbwDAEoLAgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAJPWAgCz7gMABu8DAFnvAwCs7wMA/+8DAFLwAwCl8AMA+PADAEvxAwCe8QMA8fEDAETyAwCX8gMA6vIDAD3zAwCQ8wMA3ZUDAPtrBQBObAUAoWwFANIEBwCZ6AEA6HENANC7CADocQ0AXVcGALBXBgDzagcARmsHAJlrBwDsawcAP2wHAJJsBwCZ6AEA9S8MAPtrBQBObAUAoWwFANIEBwCZ6AEA6HENANC7CADdlQMA+2sFAE5sBQChbAUA0gQHAJnoAQDocQ0A0LsIAOhxDQBdVwYAsFcGAPNqBwBGawcAmWsHAOxrBwA/bAcAkmwHAJnoAQD1LwwA+2sFAE5sBQChbAUA0gQHAJnoAQDocQ0A0LsIABgeAgD+Yg0ALHoCAHiCAQDLggEAe1ADAEoLAgAirQAAnbgBAOWPAgBFkwMAmJMDAOuTAwA+lAMAqgcEAOzuDACCAg4AvYsAABCMAAA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAAPZkEAJCZBADjmQQANpoEAImaBADcmgQAL5sEAIKbBADVmwQAKJwEAC11AQBF9AEAmegBAPUvDAAScwwAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwA+4AQAkeAEAOTgBAA34QQAiuEEAL2LAAAQjAAA5x0DAKHbAQCZ6AEAtFcLAEQOAAAnOQgAejkIAM05CAAgOggAqNMCAJuEAACh2wEAGB4CACwnAgABRwAAktQEAOXUBADtkAAA8Q0AAFMAAADn+gcAOvsHAJrjAAAsJwIAAAAAAL2LAADtkAAA8Q0AALFnAgC5zwkArvkKAJrjAAAZuAIATqMJAKGjCQD0owkAZf4EALj+BAAL/wQAXv8EALH/BAAEAAUAVwAFAKoABQD9AAUAUAEFAKMBBQD2AQUASQIFAJwCBQDvAgUAQgMFAJUDBQDoAwUAOwQFAI4EBQDhBAUANAUFAIcFBQDaBQUALQYFAIAGBQDTBgUAJgcFAHkHBQDMBwUAHwgFAHIIBQDFCAUAGAkFAGsJBQC+CQUAm4QAAO6EAAB/VwcA0lcHANIEBwCZ6AEA9S8MAET/DQCnRwAAShIBAPjpBABL6gQAmegBANqWCAAtlwgAAUcAAJLUBADl1AQA7ZAAAPENAACZ6AEA428KAEuyDAA6+wcAmegBANqWCAAtlwgAAAAAAL2LAADtkAAA8Q0AALFnAgCZ6AEAJYIBABgQBADoCgQAOJcBAFBUBQCjVAUAxdEAAJOsCADadAEAIq0AAH9XBwCZ6AEAY5kKAIjPCgDSBAcAdXUIABKyAwCo0wIAIq0AACmeAgCPswIA4rMCADW0AgCItAIAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAPiqDQCu+QoAmuMAABm4AgCpLwAAda0AAMitAAAbrgAAbq4AAMGuAACo0wIAIq0AACmeAgCPswIA4rMCADW0AgCItAIAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAPiqDQCu+QoAmuMAABm4AgDtkAAA0gQHAHV1CAASsgMAqS8AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAKd3BQD6dwUATXgFAKB4BQDzeAUARnkFAJl5BQDseQUAB+MDAFrjAwCt4wMAAOQDAFPkAwCm5AMA+eQDAEzlAwCf5QMA8uUDAEXmAwCY5gMA6+YDAHuxAQDOsQEAIbIBAHSyAQDHsgEAq9gIAP7YCABR2QgApNkIAPfZCABK2ggAndoIAPDaCABD2wgAltsIAOnbCAA83AgAj9wIAOLcCAA13QgAiN0IANvdCAAu3ggAgd4IAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAKd3BQD6dwUATXgFAKB4BQDzeAUARnkFAJl5BQDseQUA+9MCAE7UAgA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAAPZkEAJCZBADjmQQANpoEAImaBADcmgQA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAs+4DAAbvAwBZ7wMArO8DAP/vAwBS8AMApfADAPjwAwBL8QMAnvEDAPHxAwBE8gMAl/IDAOryAwA98wMAkPMDAONvCgB+qAkA0agJACSpCQB3qQkAyqkJAB2qCQBwqgkAw6oJABarCQBpqwkAvKsJAA+sCQBirAkAtawJAAitCQBbrQkArq0JAAGuCQBUrgkAp64JAPquCQBNrwkAw9sCABbcAgC3lAkA9tcKADhmCADQuwgAAUcAALnPCQD1LwwAEnMMAAR8CwCWIAsAplkLAPENAABOowkAoaMJAE8NBQCiDQUA9Q0FAOBjBQC0VwsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAxdEAAO2QAACrFwAAAUcAAJnoAQCjKgsAxdEAAAUJAgABRwAAmegBAMXRAAAFCQIA/RsNAFAcDQATyAoAZsgKALnICgAMyQoA428KAMgbCQDxDQAAkaIBAF16AQCs/QEAJYIBAMwbDgD1LwwAEnMMAAR8CwDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQA1hIKACkTCgB8EwoA9S8MAET/DQCnRwAA2pYIAC2XCABPDQUAog0FAPUNBQDgYwUAtFcLANQdAAAnHgAAeh4AAM0eAAAgHwAAkvAAAOEtCwBlsgMA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEACLkBADklAMAN5UDAFgrCQC2mQoACZoKAKz9AQA95QUAkOUFAOPlBQA25gUAqxcAAJnoAQC0VwsAhTgNANg4DQBVLQIA2nQBAOgKBAAyDwcAClcGANC7CAABRwAAuc8JAK75CgCa4wAAGbgCAAmFDQD7awUATmwFAKFsBQD0bAUAR20FAJptBQBUWwkA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEACLkBAB15AQAyOQEABvlBABu5QQAweUEALRXCwDUHQAAJx4AAHoeAADNHgAA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDD2wIAFtwCALeUCQAKlQkAXZUJALCVCQADlgkAVpYJAOzoAQDPIQgAIiIIAHUiCADocQ0AGB4CAJnoAQC5GwsADBwLABgeAgAsJwIAIGQCAAFHAADTGwIAGB4CAHtQAwCZ6AEA8qABAL2LAAAQjAAA5x0DAKHbAQCT1gIAs+4DAAbvAwBZ7wMArO8DAP/vAwBS8AMApfADAPjwAwBL8QMAnvEDAPHxAwBE8gMAl/IDAOryAwA98wMAkPMDAA14CADMmAgACpwIAF2cCACwnAgAA50IAN2VAwD7awUATmwFAKFsBQDSBAcAmegBAOhxDQDQuwgA6HENAF1XBgCwVwYA82oHAEZrBwCZawcA7GsHAD9sBwCSbAcAmegBAPUvDAD7awUATmwFAKFsBQDSBAcAmegBAOhxDQDQuwgAAUcAAPtrBQBObAUAoWwFAPRsBQBHbQUAmm0FAO1tBQBAbgUAk24FAOZuBQDovQ4AO74OAAbvAwBZ7wMArO8DAP/vAwBS8AMApfADAPjwAwBL8QMAnvEDAN2VAwD7awUATmwFAKFsBQD0bAUAR20FAAPiCgDUHQAAC0sGAMwbDgDU8wUAAUcAAPtrBQAKVwYAtqcIAAFHAAD7awUATmwFAKFsBQD0bAUAR20FAJptBQDtbQUAQG4FAJNuBQDmbgUA7ZAAAECRAACa4wAAGbgCAOv0AQD7awUATmwFAKFsBQD0bAUAR20FAJptBQDtbQUAq3ALAP5wCwBRcQsApHELAPdxCwBKcgsAnXILAEQOAAAnOQgAejkIAM05CAAgOggA0xsCAF1XBgCwVwYAA1gGAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqNMCAK4HCQBAkQAAmuMAABm4AgCrFwAA/hcAACPDBwB2wwcAycMHABzEBwBvxAcAwsQHAGseAgD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAmegBAPUvDAD7awUATmwFAKFsBQD0bAUAR20FAJptBQBUWwkAg14LACKtAAAirQAAW8kFAK7JBQABygUAVMoFAE8NBQCZ6AEAoyoLAO8lAAABRwAAuc8JAK75CgC0VwsA1B0AAAtLBgDMGw4A1PMFAAFHAAD7awUAClcGALanCACZ6AEAkBwKAEh8DQCbfA0A7nwNALr0AgCilwkA9ZcJAEiYCQCbmAkA7pgJAEGZCQBcvQUAr70FAAK+BQBVvgUAqL4FAPu+BQBOvwUAob8FAPS/BQBHwAUATNcFAJ/XBQDy1wUARdgFAJjYBQDr2AUAvYsAABgeAgAYHgIALCcCAKsXAAABRwAAmegBAPUvDAAScwwAXVcGAMgbCQAlggEAeIIBAMuCAQB7UAMAqNMCAAAAAACZ6AEA9S8MAOckAgA6JQIAjSUCAGnwCwC0VwsAB1gLANp0AQBQVAUAm4QAAKz9AQAlggEAzBsOALRXCwDUHQAAJx4AAHoeAADNHgAAIB8AAPCcBQCZ6AEA7OgBABInCwBlJwsAuCcLAPUvDAD7awUATmwFAKFsBQD0bAUAR20FAJptBQCo0wIAw9sCABbcAgC3lAkAoyoLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQDMGw4AtFcLANQdAAAnHgAAeh4AAM0eAAAgHwAAShIBAAAAAABTAAAAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAKd3BQBAkQAAmuMAABm4AgAYHgIAOGYIAHu3DADQPwIAQJEAAKmPCgD8jwoAGB4CACwnAgAS/gQAZf4EALj+BACbhAAArP0BACWCAQDMGw4A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAQjAAAqxcAAHtQAwCo0wIAAUcAACKtAABTAAAAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAO8lAACzqQEABqoBAFmqAQAirQAAnbgBAOWPAgBFkwMAGB4CACwnAgB/JwIASRYOAPENAADUHQAAoaoIAPSqCABHqwgAmqsIAO2rCABArAgA+ncFAE14BQCgeAUA83gFAEZ5BQCZeQUA7HkFALr0AgBEDgAAJzkIAHo5CADNOQgAIDoIAJnoAQCQHAoASHwNAJt8DQDufA0A6L0OADu+DgCOvg4A4b4OADS/DgCHvw4A2r8OAC3ADgCAwA4A08AOACbBDgB5wQ4ANa0DAIitAwDbrQMALq4DAIGuAwDUrgMAJ68DAHqvAwCWIAsAplkLAPENAACs/QEAPeUFAJDlBQDj5QUANuYFAInmBQAD4goAJ3EAAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCbhAAA7yUAAH0/AgAsCwYAe7EBAPENAACpLwAAnbgBAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMAp3cFAECRAACa4wAAGbgCAB6JDACM3gEAD4oCAGKKAgC1igIACIsCADhmCADvJQAAGB4CACwnAgABRwAAktQEAOXUBADtkAAA8Q0AANQdAACtSwEAAEwBAFNMAQApXwsAfF8LAM9fCwCZ6AEAShIBAPjpBAB7UAMAmegBABPICgBmyAoAucgKAAzJCgCs/QEA9IcNAKMqCwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEA3eEEADDiBADqwQoAPcIKAJDCCgDjwgoANsMKAInDCgDcwwoAL8QKAILECgDVxAoAkBwKAPENAACxZwIABGgCAKz9AQAlggEAGBAEABKyAwCQAQIAfvQKAPUvDAAScwwABHwLAGOZCgBTAAAA7oQAAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAKd3BQBAkQAAmuMAABm4AgD70wIATtQCADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AACs/QEAClcGAApXBgABRwAA8Q0AALFnAgCS1AQAOjkLAIuWDQCZ6AEA7OgBABgeAgA4ZggAShIBAJnoAQDyoAEAkvAAAKjTAgCT1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAliALAOkgCwA8IQsAjyELANqWCACpjwoA/I8KAJnoAQDocQ0A0LsIAAFHAACZ6AEA6HENAO8lAACZ6AEAoyoLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQDMGw4ArP0BAD3lBQCQ5QUA4+UFADbmBQCJ5gUAA+IKAJnoAQD1LwwAEnMMAAR8CwD1LwwAm4QAANqdBwB9PwIAmegBAPUvDABebQ0Ae1ADAJnoAQDocQ0A7yUAAJnoAQD1LwwARP8NAKdHAAD6RwAATUgAAO2QAADSBAcAmegBAKz9AQA95QUAkOUFAOPlBQA25gUAieYFACWCAQCbhAAAIqYBALFnAgD7awUAIq0AAPENAADUHQAAm4QAAAZQAgAirQAAf1cHAAQVAgAl1A0AeNQNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAEFQIAodoNAPTaDQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAKd3BQBAkQAAmuMAABm4AgAAAAAAUwAAAOf6BwAmdQ0A8Q0AANQdAACbhAAABlACACKtAAB/VwcAUwAAAOINAgAEFQIAJdQNAHjUDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAABBUCAKHaDQD02g0A5Y8CAEWTAwCYkwMA65MDAD6UAwCRlAMA5JQDADeVAwCndwUAQJEAAJrjAAAZuAIAqNMCAAFHAACS1AQAOjkLAMFNAgDxDQAAUwAAAMgbCQAYHgIAAUcAAKjTAgABRwAAktQEADo5CwDBTQIA8Q0AAFMAAADIGwkAGB4CAAFHAACo0wIArgcJAECRAACa4wAAGbgCACWCAQAYEAQA+ZgCANp0AQAtdQEARfQBACKtAACduAEA5Y8CAEWTAwCYkwMA65MDAD6UAwCRlAMA5JQDADeVAwBhZQkA1B0AACceAACa4wAAGbgCAEoLAgCdCwIAktQEADo5CwDBTQIA8Q0AAFMAAADIGwkAGB4CAAFHAAAEFQIAodoNAPTaDQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAKd3BQBAkQAAmuMAABm4AgDovQ4AO74OAAbvAwBZ7wMArO8DAP/vAwBS8AMApfADAPjwAwBL8QMAnvEDAJAcCgBIfA0Am3wNAO58DQASuQIAKZ4CAO4iDgBBIw4AlCMOAOcjDgA6JA4AjSQOAOAkDgAzJQ4A3JMFAC+UBQCClAUA1ZQFACiVBQB7lQUAzpUFAKjTAgCT1gIAs+4DAAbvAwBZ7wMArO8DAP/vAwBS8AMApfADAPjwAwBL8QMAnvEDAN2VAwD7awUATmwFAKFsBQD0bAUAR20FAJptBQBUWwkA3eEEACmeAgDuIg4AQSMOAJQjDgDnIw4AOiQOAI0kDgDgJA4AMyUOAJPWAgCz7gMABu8DAFnvAwCs7wMA/+8DAFLwAwABRwAA+2sFAE5sBQChbAUA9GwFAEdtBQCabQUA7W0FAEBuBQCTbgUA5m4FAMPbAgDtkAAAxdEAACKtAACduAEA5Y8CAEWTAwCYkwMA65MDAD6UAwCRlAMA5JQDADeVAwCndwUAQJEAAJrjAAAZuAIAtqcIAP4XAABz2QkAxtkJAJuEAAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAzBsOAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AACdxAAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAzBsOAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAw9sCABbcAgC3lAkAoyoLANqdBwAYEAQA+ZgCAArvCAATyAoAZsgKAHPZCQDG2QkA8Q0AAJnoAQDs6AEAEicLAGUnCwC4JwsACygLAGOZCgC2mQoACZoKAHtQAwDOUAMAIVEDABgeAgCZ6AEA3eEEAHWtAAC9iwAA8Q0AALFnAgC5zwkAmegBABPICgBmyAoAc9kJAMbZCQCjKgsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAOhxDQAirQAAIq0AAFvJBQCuyQUAAcoFAFTKBQBPDQUAmegBAMXRAACTrAgA2nQBACx6AgDMGw4AkBwKAPENAACxZwIABGgCAKz9AQAlggEAGBAEABKyAwCQAQIA2nQBAC11AQBF9AEAmegBAKMqCwDntQUA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEACLkBADklAMAN5UDAIqVAwDdlQMAMJYDAIOWAwDWlgMAcrwDAMW8AwCA+AYA0/gGACb5BgB5+QYAzPkGAB/6BgD1LwwAIq0AAFMAAAAAAAAA2nQBAFMAAACZ6AEA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEACLkBADklAMAN5UDAIqVAwDdlQMAMJYDAIOWAwD1LwwARP8NAKdHAACWIAsAplkLAPENAACxZwIA9S8MAPtrBQBObAUAoWwFAPRsBQBHbQUAmm0FAFRbCQCnWwkA+lsJADjqAQDadAEAGB4CACwnAgDocQ0AXVcGALBXBgADWAYAmegBAPUvDAAirQAAUwAAAJnoAQDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAIuQEAOSUAwA3lQMAipUDAMXRAADadAEAUFQFAFRHAACZ6AEAliALAKZZCwDxDQAAsWcCAJnoAQDSBAcAJQUHAIuWDQABRwAA+2sFAPmYAgAK7wgAtFcLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAIuJAwDeiQMAMYoDAL2LAAAQjAAAN/0AAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQDMGw4A6HENABgeAgCZ6AEAuRsLAD8SCADtkAAA8Q0AAJnoAQATyAoAZsgKALnICgAMyQoARAACAChkDAB7ZAwAErIDANIEBwDxDQAAmegBALRXCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAACLiQMA3okDADGKAwC9iwAAEIwAADf9AAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAzBsOAOhxDQAYHgIAmegBALkbCwA/EggA7ZAAAPENAACZ6AEAE8gKAGbICgC5yAoADMkKAEQAAgAoZAwAe2QMABKyAwCZ6AEAtFcLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAIuJAwDeiQMAMYoDAL2LAAAQjAAAN/0AAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQDMGw4A6HENABgeAgCZ6AEAuRsLAD8SCADtkAAA8Q0AAJnoAQATyAoAZsgKALnICgAMyQoARAACAChkDAB7ZAwAErIDAAAAAACbhAAA2p0HAC2eBwAYEAQAqNMCABgeAgD+Yg0ALXUBAEX0AQDNhQkAQJEAAJrjAAAZuAIAw9sCABbcAgC3lAkACpUJANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAKMqCwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEA7ZAAAEoSAQAirQAAKZ4CAO6EAAB/VwcA0lcHAPENAADUHQAAJx4AAHoeAADNHgAAIB8AACwnAgBAkQAAmuMAABm4AgB7sQEA8Q0AAKjTAgC69AIAopcJAPWXCQBImAkAm5gJAO6YCQBBmQkAafALAJPWAgCz7gMABu8DAFnvAwCs7wMA/+8DAFLwAwDWEgoAKRMKAPtrBQBObAUAoWwFAPRsBQBHbQUAmm0FAFRbCQD1LwwAEnMMANIEBwBKZA0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAH7ZAgBE/w0Ap0cAACBdAwBzXQMAxl0DABleAwBsXgMAv14DABJfAwBlXwMAoyoLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQDMGw4A3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEACLkBADklAMAN5UDAIqVAwCjKgsAVS0CAGUgDABE/w0A2nQBABKyAwBlsgMAShIBAJ0SAQBKEgEAMg8HAKsXAAA/CwkAkgsJAOULCQAOBAsAYQQLAEoSAQD46QQABlACAH0/AgDQPwIA0gQHAJnoAQC5GwsASmQNAJuEAADpIAsAPCELAI8hCwDiIQsANSILAIgiCwDbIgsAsNoLAF5tDQDSBAcAmegBAGOZCgCIzwoA288KAF4oCwAMHAsAErIDACdxAACs/QEAJYIBAMwbDgDSBAcAmegBAL2LAAAQjAAAAUcAAPtrBQAsegIAmegBAPUvDAD7awUATmwFAKFsBQDSBAcAmegBANqWCAAtlwgAAUcAAJLUBAAlggEAGBAEAGsQBADlgQQAIq0AAAQVAgCh2g0A9NoNAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMAp3cFAECRAACa4wAAGbgCABXuDQDUHQAAJx4AAHoeAADNHgAAIB8AANIEBwBKZA0Am4QAAETdBgCo0wIAPxIIAMXRAACrFwAAqNMCAJOsCACmWQsA8Q0AALFnAgAlggEAeIIBAGvmCQC+5gkAEecJAGTnCQDn+gcAOvsHAJrjAAAZuAIAwgILAF1XBgCwVwYAA1gGAJnoAQC9iwAAEIwAAOcdAwCh2wEAmegBALRXCwBEDgAAJzkIAHo5CADNOQgAtFcLAIU4DQDYOA0AVS0CAL2LAADxDQAAmegBAJOsCAB+9AoA1PMFAH0/AgDQPwIA0gQHAD8SCABdVwYAsFcGAPNqBwBGawcAmWsHAOxrBwA/bAcAkmwHAOVsBwA4bQcAi20HAN5tBwAxbgcAhG4HANduBwAqbwcAfW8HANBvBwAjcAcAdnAHAMlwBwAccQcAb3EHAFKBBwClgQcA+IEHAEuCBwDSBAcAmegBAOhxDQDQuwgAAUcAAJnoAQDF0QAABQkCANp0AQBQVAUA+2sFAC11AQBF9AEAmegBAOzoAQASJwsAGB4CAJnoAQDocQ0AXVcGALBXBgDzagcARmsHAJlrBwDsawcAP2wHADr7BwBrHgIAVS0CAPtrBQAKVwYAtqcIAAFHAAD7awUATmwFAKFsBQD0bAUAR20FAJptBQDtbQUAq3ALAP5wCwBRcQsApHELAPdxCwBKcgsAnXILAK7eAgAnvQEAAUcAAJuEAABVLQIAuc8JAOhxDQBdVwYAsFcGAPNqBwBGawcAmWsHAOxrBwA/bAcAkmwHAJnoAQD1LwwA+2sFAE5sBQChbAUA0gQHAJnoAQDocQ0A0LsIAAFHAACrCQIAvYsAABCMAAA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAAShIBAJ0SAQCjMQoAdXUIAEjdCwB7UAMAmegBAN3hBAAw4gQA6sEKABCMAAABRwAAuc8JAH7ZAgD7awUATmwFAKFsBQD0bAUAR20FAJptBQBUWwkAxdEAAAUJAgDadAEAUFQFAPtrBQAtdQEARfQBAJnoAQDs6AEAEicLABgeAgCZ6AEA+ZgCAEyZAgCfmQIA8pkCAJOsCACmWQsA8Q0AALFnAgAEaAIA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBACKtAAAAAAAAJYIBAKjTAgDD2wIAFtwCALeUCQCWIAsAplkLAPENAACxZwIA8Q0AAJnoAQCjKgsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAMwbDgBjmQoAtpkKAAmaCgBbpgoArqYKAAGnCgDjbwoAyBsJABscCQD70wIATtQCADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AAA9mQQAGB4CACwnAgAS/gQAVS0CALnPCQC0VwsA1B0AAPENAACRogEAXXoBAApXBgAlggEAJYIBAJnoAQCWIAsAplkLAPENAACxZwIAkvAAAOEtCwDsLQQA9S8MAJLUBADl1AQA7ZAAANIEBwCZ6AEA7OgBABInCwAYHgIAmegBAAAAAAC9iwAA7ZAAAECRAAB7UAMAmegBAOzoAQA/6QEAkukBAOXpAQCrFwAA/hcAAHPZCQDG2QkA8Q0AAO8lAACzqQEABqoBAFmqAQBKZA0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAJPWAgCz7gMA6sEKAD3CCgCQwgoA48IKADbDCgCJwwoA3MMKAC/ECgDalggALZcIABL+BABl/gQAuP4EAJnoAQCjKgsAXm0NAHtQAwCZ6AEA3eEEADDiBACD4gQApQQNAPgEDQDuhAAAPX0IAJnoAQDjbwoAyBsJANp0AQAtdQEAVS0CAPENAACo0wIAw9sCABbcAgC3lAkACpUJANQdAAAnHgAAeh4AAM0eAAAgHwAA8JwFAJnoAQCjKgsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAMwbDgDs6AEAEicLABgeAgCZ6AEA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEACLkBADklAMA8Q0AANQdAAAnHgAAeh4AAM0eAAAgHwAA8JwFAEOdBQAnHgAAmuMAABm4AgDUHQAAJx4AAJrjAAAZuAIA6L0OADu+DgAG7wMAWe8DAKzvAwD/7wMAUvADAKXwAwD48AMAS/EDAEoLAgAYHgIALCcCAH8nAgBJFg4A8Q0AANQdAABXfAsAECsCAHe3BwDKtwcAmegBALRXCwDUHQAAJx4AAHoeAADNHgAAIq0AAH0/AgCTrAgAplkLANC7CADxDQAA1B0AAEoLAgDSBAcAGB4CAP5iDQD5mAIACu8IAF3vCAAEFQIAJdQNAECRAACa4wAAGbgCAAQVAgCrFwAA7ZAAAAFHAADF0QAAClcGABgeAgB9PwIA0D8CAECRAACa4wAAGbgCAOi9DgA7vg4A4H4NADN/DQCGfw0AAAAAAAAAAADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKjTAgCT1gIAs+4DAAbvAwBZ7wMArO8DAP/vAwBS8AMApfADAPjwAwBL8QMAnvEDAPHxAwBE8gMAl/IDAOryAwA98wMAkPMDAPUvDABE/w0Ap0cAAJAcCgDjHAoA0gQHAFMAAADIGwkA2nQBAC11AQA/NQMAmegBAL2LAAAYHgIAJYIBAKjTAgAUCQAAk6wIAOasCAA5rQgA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEANYSCgApEwoAfBMKAPUvDABE/w0Ap0cAAGtqAwA/EggAkhIIAOUSCAA4EwgAixMIAL1TCAC5GwsAJQUHAO2QAABKEgEAnRIBAGtqAwA/EggAkhIIAOUSCAA4EwgAixMIAL1TCAC5GwsAJQUHAO2QAABKEgEAnRIBAPASAQCZ6AEA2pYIAKmPCgD8jwoAqxcAAOcdAwAtdQEARfQBAO2QAABAkQAAShIBADiXAQASsgMAkaIBAF16AQAKVwYAtqcIAJnoAQC5GwsASmQNAKsXAADnHQMA7ZAAANIEBwCZ6AEAxdEAAJOsCADadAEALHoCAMwbDgD1LwwAktQEAHtQAwDadAEALXUBAEX0AQCZ6AEA9S8MABJzDAAEfAsA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEANYSCgApEwoAfBMKAPUvDABE/w0Ap0cAAGtqAwA/EggAkhIIAOUSCAA4EwgAixMIAL1TCAC5GwsAJQUHAO2QAABKEgEAnRIBALkbCwCtQw4AAEQOAFNEDgCmRA4A+UQOAExFDgDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAq98HAApXBgAirQAAfT8CANA/AgBAkQAALCcCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQA+5wMALiMLAIEjCwDUIwsAQJcLAJOsCADadAEALHoCAMwbDgDs6AEAQiYAAAFHAAAirQAAf1cHANp0AQAtdQEARfQBAJnoAQC0VwsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAoyoLAIuWDQDadAEAmegBAPmYAgAK7wgAXe8IAAPiCgBdegEAClcGANp0AQAsegIAzBsOAKsXAAD+FwAAdzsBAO8lAAASJwsAZScLALgnCwALKAsAN5wCAECRAACa4wAAGbgCAPKgAQDkxAgAN8UIAIrFCADdxQgAMMYIAIPGCAAAAAAAT8gCAKLIAgATyAoAZsgKAFEYAADQ0AUAI9EFAI7hCQDh4QkANOIJAOzoAQDPIQgAIiIIAHUiCADocQ0AGB4CAJnoAQC5GwsADBwLABgeAgAsJwIAIGQCAAFHAADTGwIAGB4CAJAcCgDjHAoANh0KAIkdCgDcHQoAAAAAAPmYAgBMmQIABlACAAAAAAAYHgIAqY8KAPyPCgAAAAAA0gQHAD8SCACSEggA5RIIADgTCACLEwgAVz4IAKo+CAD9PggAUD8IACKtAAB9PwIA0D8CAAFHAACrFwAA/hcAAHc7AQDvJQAAEicLAGUnCwC4JwsACygLADecAgBAkQAAmuMAABm4AgAEFQIAFe4NAEQOAAAnOQgAX8kKAM8hCAChjgwAwkECAJnoAQCjKgsA57UFAPmYAgBMmQIAn5kCABgQBADSBAcAmegBALkbCwA/EggAkhIIAOUSCAA4EwgAixMIAL1TCACQHAoA4xwKAPmYAgDadAEAGB4CADhmCAC2pwgAShIBADIPBwCrFwAAxdEAAApXBgAYHgIAfT8CADLzCgAtdQEARfQBAJnoAQDd4QQAMOIEAIPiBAClBA0A+AQNAEsFDQCeBQ0A8QUNAEQGDQCZ6AEA2pYIAKmPCgD8jwoAT5AKAKKQCgD1kAoASJEKALRXCwCFOA0AktQEADo5CwBVLQIAuc8JAEX0AQCZ6AEAY5kKAIjPCgDbzwoAkBwKANp0AQBQVAUAVEcAAKdHAAAgXQMAmegBABPICgBmyAoAucgKAAzJCgDalggAqY8KAPyPCgCrFwAA5x0DAC11AQBF9AEAmegBAOhxDQAYHgIAmegBAEoSAQA4lwEAErIDAKkvAACduAEA5Y8CAO8lAADPIQgARfQBAL2LAAAYHgIALCcCABgeAgAsJwIAEv4EAFUtAgC5zwkAuRsLAD8SCACSEggA5RIIADgTCACLEwgAvVMIAONvCgAIPwEAWz8BAPmYAgDadAEA0gQHAEpkDQAKVwYAClcGAAFHAAAlggEAzBsOAPENAACRogEAmegBALkbCwA/EggAkhIIAOUSCAA4EwgAixMIAL1TCAATyAoAZsgKALnICgAMyQoAX8kKALLJCgAFygoAWMoKALkbCwA/EggAkhIIAOUSCAA4EwgAixMIAL1TCACQHAoA4xwKANIEBwBTAAAAyBsJANp0AQAtdQEA1PMFACf0BQB69AUAzfQFACD1BQBz9QUAxvUFABn2BQBs9gUAv/YFANp0AQCbhAAA2p0HAJnoAQD1LwwAIq0AAFMAAACo0wIAmegBAOzuDACCAg4A3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEAJLwAAAAAAAA7C0EAIhnDQASJwsAGB4CAAFHAAD7awUA+ZgCAArvCAALSwYAe1ADAJnoAQDalggALZcIAICXCADTlwgAJpgIAHmYCACZ6AEAY5kKAJPWAgCz7gMABu8DAFnvAwCs7wMA/+8DAFLwAwCl8AMA+PADAEvxAwCe8QMA8fEDAETyAwCX8gMA6vIDAD3zAwCQ8wMAPucDANTzBQAn9AUAevQFAM30BQAg9QUAc/UFAMb1BQAZ9gUAbPYFAL/2BQDD2wIAFtwCAIGZBgDs7gwA7ZAAAK1LAQCZTwsAErIDALFnAgD7awUALXUBAEX0AQCZ6AEAuRsLAD8SCABKEgEA+OkEANp0AQCr3wcA/t8HAFHgBwCk4AcA9+AHAErhBwCd4QcA8OEHAEPiBwCW4gcA6eIHADzjBwCP4wcA4uMHADXkBwCI5AcA2+QHAC7lBwAYHgIALCcCAH8nAgBJFg4A8Q0AANQdAADyoAEAAUcAACKtAABTAAAAqNMCAAAAAAAlggEA8Q0AAKjTAgAAAAAAvYsAABCMAADnHQMAodsBAKjTAgAAAAAArP0BACWCAQDMGw4A9S8MABJzDAAEfAsA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEANYSCgApEwoAfBMKAPUvDAAirQAAUwAAAKjTAgAAAAAAJYIBAPENAACo0wIAAAAAALRXCwCRogEA5KIBAKjTAgAAAAAAqxcAAKsXAADtkAAA1PMFAAFHAAD7awUAClcGALanCACZ6AEA2pYIAC2XCACAlwgA05cIACaYCAB5mAgAAAAAAAFHAAABRwAAUwAAACKtAACduAEA5Y8CAEWTAwCYkwMA65MDAD6UAwCRlAMA5JQDADeVAwAyhA4AyBsJABscCQBuHAkAkvAAANSnBACmWQsA8Q0AALFnAgDpGQwA2pYIAC2XCAAS/gQAZf4EALj+BACZ6AEAuRsLACUFBwAuuw0AgbsNAKz9AQCbhAAAIqYBANQdAAC0VwsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAoyoLAFUtAgC9iwAAJYIBANIEBwCZ6AEAE8gKAGbICgC5yAoADMkKAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBADWEgoAKRMKAHwTCgAYHgIALCcCAH8nAgBJFg4A8Q0AANQdAABKZA0AQJEAAJrjAAAZuAIA7ZAAAECRAACa4wAAJAMJAHcDCQBRGAAAAAAAAAAAAAAAAAAAT8gCAKLIAgAlzgIAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAIuQEAOSUAwA3lQMAipUDABL3BQBl9wUAuPcFAAv4BQBe+AUAsfgFAAAAAAAAAAAAT8gCAKLIAgAlzgIAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAIuQEAOSUAwA3lQMAipUDABL3BQBl9wUAuPcFAAv4BQBe+AUAsfgFAMXRAADadAEALXUBAO2QAABAkQAAmuMAABm4AgAAAAAAAAAAAAAAAAAAAAAAAAAAAKsXAADtkAAAAUcAAAQVAgCh2g0A9NoNAOWPAgBFkwMAmJMDAOuTAwA+lAMA+KoNAEurDQCeqw0A8asNAESsDQCXrA0A6qwNAD2tDQCT1gIAs+4DAAbvAwBZ7wMArO8DAP/vAwBS8AMApfADAPjwAwBL8QMAnvEDAPHxAwBE8gMAl/IDAOryAwA98wMAkPMDAApXBgDxDQAAmegBAJAcCgBIfA0Am3wNAO58DQAAAAAAAAAAAAAAAAC5zwkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQAAAAAAAAAAAAAAAACtSwEAmU8LAApXBgC2pwgAmegBANqWCAAtlwgAgJcIANOXCAAmmAgAAAAAAO2QAABAkQAArP0BANp0AQAtdQEAwkECAK1DDgAQjAAARfQBAPENAAAncQAAiMIAAO8lAACs/QEAm4QAAIjCAACZ6AEAoyoLAKz9AQBF9AEAzYUJAAtLBgDMGw4Ak6wIAKsXAADtkAAArUsBAJlPCwAAAAAAqxcAAJnoAQDalggALZcIAJOsCAC9iwAA8Q0AACdxAABE3QYA8Q0AAJGiAQBdegEAClcGALanCADtkAAA2pYIAP5iDQDSjgsAzyEIAL2LAAABRwAAm4QAAFUtAgAAAAAAClcGAJnoAQDalggALZcIACBkAgBzZAIA8Q0AACdxAABE3QYAqxcAAP4XAACo0wIArgcJAAEICQBUCAkApwgJAPoICQBNCQkAoAkJAPMJCQBGCgkAmQoJAOwKCQDtkAAA1PMFACf0BQB69AUAzfQFACD1BQBz9QUAxvUFABn2BQBs9gUAv/YFAOzoAQA/6QEAkukBAOXpAQCsqgEAk9YCALPuAwAG7wMAWe8DAKzvAwD/7wMAUvADAKXwAwD48AMAS/EDAJ7xAwDx8QMARPIDAJfyAwDq8gMAPfMDAJDzAwDD2wIAFtwCALeUCQAKlQkAXZUJALCVCQADlgkAVpYJAOzoAQDPIQgAIiIIAHUiCADocQ0AGB4CAJnoAQC5GwsADBwLABgeAgAsJwIAIGQCAAFHAADTGwIAGB4CABArAgDanQcAzBsOAECRAACa4wAAGbgCAApXBgAKVwYAJYIBAJnoAQD1LwwA+2sFAE5sBQChbAUA0gQHAJnoAQDocQ0A0LsIAAFHAACZ6AEAxdEAAJOsCADadAEALHoCAMwbDgDF0QAABQkCANp0AQBQVAUA+2sFAC11AQBF9AEAmegBAOzoAQASJwsAGB4CAJnoAQCjKgsAXm0NALFtDQDocQ0AXVcGALBXBgADWAYAmegBAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQA5JQDAGOZCgCIzwoA288KABPICgBmyAoAucgKAAzJCgCjKgsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAMwbDgCrCQIA/gkCANqWCAAtlwgAAAAAAL2LAADtkAAA8Q0AALFnAgCZ6AEA9S8MAPtrBQBObAUAoWwFANIEBwCZ6AEA6HENANC7CAABRwAAmegBAKMqCwDvJQAAAUcAALnPCQCu+QoAqxcAAO2QAACtSwEAqNMCAH7ZAgD7awUATmwFAKFsBQD0bAUAR20FAJptBQBUWwkAoyoLAAKNDAAAAAAAvYsAANp0AQAYHgIA/mINAC11AQBF9AEAmegBAKMqCwDntQUA3eEEADDiBACD4gQA1uIEACnjBAB84wQAz+MEACLkBADklAMAzBsOAECRAACa4wAAGbgCAAmFDQD7awUATmwFAKFsBQD0bAUAR20FAJptBQB4SgkAy0oJAB5LCQBxSwkAxEsJABdMCQBqTAkAvUwJABBNCQBjTQkAtk0JAJLwAADF0QAABQkCANp0AQBQVAUAkfUBABgeAgAsJwIAEv4EAFUtAgC5zwkAAo0MAAAAAAC9iwAA2nQBABgeAgAsJwIAe7EBANIEBwCs/QEAIq0AAJnoAQDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAIuQEAOSUAwDocQ0ArP0BAAFHAACbhAAA2nQBAC11AQCZ6AEAe7EBANIEBwCs/QEAIq0AAJnoAQDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAIuQEAOSUAwCZ6AEAkBwKAChkDAAATAEAU0wBAClfCwB8XwsAz18LACJgCwB1YAsAxdEAAJOsCAB+9AoAqxcAAJnoAQD1LwwAktQEAHtQAwDadAEALXUBAEX0AQCZ6AEA9S8MABJzDAAEfAsA3eEEADDiBACD4gQA1uIEACnjBAB84wQA8Q0AAJnoAQDd4QQAMOIEAOrBCgA9wgoAkMIKAOPCCgA2wwoAicMKANzDCgAvxAoAgsQKANXECgCjKgsAAo0MAAAAAAC9iwAA2nQBABgeAgAsJwIATw0FAJnoAQDs6AEAGB4CADhmCABKEgEAmegBAPUvDABE/w0Ap0cAAL2LAAAQjAAA5JsCADecAgBAkQAAJYIBAHtQAwDadAEALXUBAEX0AQCZ6AEAuRsLACUFBwAuuw0AgbsNAKz9AQCbhAAAIqYBANQdAACjKgsAAo0MAAAAAAC9iwAA2nQBABgeAgAsJwIAoyoLAOe1BQDalggALZcIAPENAABEDgAA0LsIABgeAgAirQAA7ZAAAOzoAQAYHgIAOGYIAEoSAQCZ6AEAY5kKAFBUBQDxDQAAmegBAONvCgAIPwEA/mINAOgKBAD46QQABlACAHtQAwCZ6AEA7OgBAD/pAQDuhAAAPX0IANMbAgAYHgIAe1ADAJnoAQDocQ0AGB4CAJnoAQC0VwsARA4AANC7CAAYHgIAIq0AAO2QAAABRwAAm4QAAETdBgDSBAcAGB4CAP5iDQAtdQEA7yUAABInCwCZ6AEAkBwKAOMcCgA2HQoAdzsBAO8lAAASJwsAZScLALgnCwALKAsAm4QAANp0AQBKCwIAm4QAAPgLDACCywkA1csJAC11AQCPdAsAktQEADo5CwDBTQIA8Q0AAB0uAwCbhAAAVS0CALnPCQCWIAsAplkLAPENAACxZwIAmegBABPICgAQKwIAYysCALYrAgBRGAAA0NAFACPRBQCO4QkA4eEJADTiCQCH4gkA2uIJAC3jCQDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABKEgEAOJcBABKyAwCs/QEA9IcNAJOsCACbhAAA+ZgCANp0AQAtdQEASDAMAAzQCQBf0AkAstAJAAXRCQBY0QkAq9EJAP7RCQBR0gkApNIJAPfSCQBK0wkAndMJAPDTCQAMHAsAyHUIABt2CABudggAvYsAANIEBwDalggALZcIABL+BABE3QYAmegBAL2LAADSBAcAAAAAAApXBgCZ6AEA9S8MAPtrBQBObAUAoWwFAPRsBQBHbQUAk6wIAFMAAABKCwIAqxcAAO2QAAABRwAAxdEAAApXBgAYHgIAfT8CAEoLAgBF9AEAzYUJACCGCQBzhgkAxoYJABmHCQBshwkALCcCAPENAACRogEA1B0AAPENAACo0wIARfQBAM2FCQAghgkAc4YJAMaGCQAZhwkAbIcJAL+HCQASiAkAZYgJALiICQALiQkA7OgBABInCwAYHgIA6HENABgeAgCZ6AEAtFcLANQdAAAnHgAAeh4AANp0AQAirQAA7ZAAABPICgBmyAoAucgKAAzJCgB9PwIAozgJAP4XAADF0QAAk6wIAKZZCwDxDQAAsWcCALnPCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAdtEFAMnRBQAc0gUAb9IFAMLSBQAV0wUAoyoLAETdBgDSBAcAGB4CACwnAgDxDQAAkaIBAJnoAQDs6AEAEicLAGUnCwC4JwsAXVcGALBXBgADWAYAmegBAPUvDAAirQAAUwAAAJnoAQDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBADP4wQAIuQEAOSUAwA3lQMAipUDAN2VAwAwlgMAm4QAANp0AQDtkAAAQJEAAJrjAAAZuAIA8qABAOTECAA3xQgAisUIAN3FCAAwxggAg8YIAO2QAABKEgEAUwAAAMgbCQAYHgIAax4CAAZQAgB7UAMAmegBAOzoAQA/6QEAkukBAA4ECwBhBAsAY5kKALaZCgAJmgoAE8gKABArAgBjKwIAtisCANqWCAAtlwgA8Q0AAEQOAAAlggEAvYsAAAFHAAD7awUAClcGANIEBwBKZA0AqxcAABArAgBjKwIAtisCABPICgBmyAoAGB4CAJnoAQC0VwsA1B0AACceAAB6HgAAqxcAABArAgBjKwIAtisCAONvCgAIPwEAWz8BAPmYAgDadAEA0gQHAEpkDQAirQAAf1cHAJnoAQCWIAsAplkLAPENAACxZwIAmegBAGOZCgCIzwoA288KAH0/AgCjOAkA/hcAAMXRAAAKVwYAe7cMAL2LAABTAAAAmegBAOzoAQA/6QEAkukBAA4ECwBhBAsA5ekBAOcdAwAKVwYABBUCAKHaDQB/VwcAm4QAAF5tDQCrFwAA7ZAAAAtLBgDxDQAABBUCAPPmDQBG5w0AGB4CACwnAgDxDQAARA4AACWCAQD5mAIACu8IANIEBwAlBQcARN0GANIEBwAYHgIALCcCAPENAACRogEA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCo0wIAw9sCABArAgBjKwIAtisCACO1CQB2tQkAybUJABy2CQBvtgkAwrYJABW3CQBotwkAu7cJAA64CQBhuAkAtLgJAAe5CQBauQkArbkJAAC6CQBTugkAproJAJnoAQDhLQsARA4AACc5CAB6OQgAzTkIACA6CACV5wgAAQEKAFQBCgCnAQoArvkKAJrjAAAZuAIAkBwKAPENAACxZwIABGgCAKz9AQAlggEAGBAEABKyAwCQAQIAmegBAKMqCwDntQUAE8gKAO2QAADF0QAAmegBAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQA5JQDAKjTAgDyoAEA5MQIADfFCACKxQgA3cUIADDGCACDxggA1sYIACnHCAD4zQgAAAAAAAAAAAAAAAAAx9QIABrVCABt1QgAwNUIABPWCABm1ggAudYIAAzXCAAAAAAAAAAAAF/XCACy1wgABdgIAKoHBAAVJgYAaCYGAOzoAQASJwsAZScLALgnCwCo0wIAPucDAJHnAwA8sg4Aj7IOAOKyDgA1sw4Am4QAAKz9AQAlggEAzBsOAOzoAQDPIQgAIiIIAHUiCAATyAoAZsgKALnICgAMyQoAX8kKALLJCgAFygoAWMoKAO2QAACrFwAA/hcAAO2QAACrFwAAqxcAAP4XAADtkAAAqxcAAAFHAACo0wIAw9sCABbcAgC3lAkACpUJAF2VCQCwlQkAA5YJAFaWCQDs6AEAzyEIACIiCAB1IggA6HENABgeAgCZ6AEAuRsLAAwcCwAYHgIALCcCACBkAgABRwAA0xsCABgeAgB7UAMAmegBAOzuDACo0wIAAAAAAJnoAQCs/QEA//0BAO8lAADvJQAAQiYAAECRAAD+Yg0ALXUBAEX0AQCZ6AEA9S8MAPtrBQBObAUAoWwFANIEBwCZ6AEA6HENANC7CAABRwAAmegBAKMqCwDvJQAAAUcAALnPCQCu+QoA0gQHAK1DDgAlggEAzBsOAKsXAAD+FwAAdzsBAO8lAAASJwsAZScLALgnCwALKAsAN5wCAECRAACa4wAAGbgCAMPbAgAW3AIAt5QJAEoSAQCdEgEAozEKAPYxCgBJMgoAnDIKABPICgAQKwIAYysCALYrAgDSBAcAw9sCABbcAgC3lAkAShIBAJ0SAQCjMQoA9jEKAEkyCgCcMgoAE8gKABArAgBjKwIAtisCANIEBwBKEgEAnRIBAKMxCgD2MQoASTIKAJwyCgDjbwoANnAKAIlwCgDccAoAL3EKAIJxCgDVcQoAJYIBAHiCAQDtewMAQHwDAJnoAQC9iwAAGB4CACWCAQDalggALZcIAPENAABEDgAAJYIBAPmYAgAK7wgAY5kKAOgKBAA7CwQAjgsEAOELBAA0DAQAmegBAJAcCgDjHAoAAUcAAJLUBAB7UAMAmegBAOzoAQASJwsAGB4CAJnoAQDjbwoANnAKAIlwCgDccAoAL3EKAIJxCgDVcQoAqwkCAP4JAgD2YgMASWMDAJxjAwDvYwMA7OgBABInCwBlJwsAuCcLAAsoCwBjmQoAUFQFAKNUBQBjmQoAtpkKAAmaCgBcmgoA57UFAONvCgA2cAoAiXAKANxwCgAvcQoAgnEKANVxCgAEFQIAe7EBAPENAABEDgAAShIBAPjpBABVLQIAIq0AAH9XBwDadAEALXUBAEX0AQCZ6AEA428KADZwCgCJcAoA3HAKAC9xCgCCcQoA1XEKAOzoAQASJwsAGB4CAJnoAQCQCAEAnrkLADKEDgCFhA4AE8gKAGbICgC5yAoADMkKAONvCgAIPwEALCcCAH8nAgDPIQgA2OUMAO2QAADSBAcAmegBAMXRAADadAEAUFQFAFRHAACZ6AEAAAAAAJnoAQDocQ0AGB4CAJnoAQCVywwAAAAAAJnoAQDocQ0AGB4CAJnoAQCVywwA6MsMAKMqCwDntQUAuRsLAEpkDQCdZA0A5/oHACZ1DQB5dQ0ASmQNAKsXAAAirQAAUwAAAKYAAABtdAoAwHQKABN1CgBmdQoAuXUKAEoSAQD46QQAXm0NAIzeAQCbhAAA2p0HAC2eBwDuhAAAfT8CACwLBgD4CwwAzYUJAJYgCwDpIAsAPCELAI8hCwATyAoAZsgKALnICgAMyQoArP0BAPSHDQDtkAAAqxcAAJnoAQDs6AEAEicLAGUnCwC4JwsACygLAGOZCgC2mQoAXmYOALFmDgAEZw4AV2cOAKpnDgDMGw4A0gQHAAQVAgCZ6AEA9S8MAJLUBAB7UAMAmegBAPUvDAAScwwABHwLAGOZCgC2mQoAXmYOALFmDgAEZw4AV2cOAKpnDgBjmQoAUFQFAKjTAgDD2wIAMoQOAIWEDgDYhA4AY5kKALaZCgBeZg4AsWYOAARnDgBXZw4AqmcOAONvCgAlggEAzBsOAJuEAAAipgEA1B0AANqWCACpjwoA/I8KAJnoAQAUCQAAqxcAADKEDgCFhA4A2IQOAGOZCgC2mQoAXmYOALFmDgAEZw4AV2cOAKpnDgC9iwAAEIwAAAFHAAD7awUATmwFAKFsBQDtkAAAQJEAAJrjAAAZuAIAJYIBAHiCAQDtewMAQHwDAJnoAQC0VwsAB1gLACKtAAB/VwcAmegBAOzoAQDPIQgAIiIIAHUiCADs7gwAP+8MAEX0AQDNhQkAShIBAJnoAQDadAEALXUBAJnoAQCjKgsAXm0NAHtQAwCZ6AEA6HENAO8lAACZ6AEA9S8MAET/DQCnRwAA+kcAAEQOAADQuwgAGB4CACKtAADtkAAAJYIBAHiCAQAirQAAKZ4CAHyeAgDPngIAe1ADAJnoAQBjmQoAtpkKAF5mDgCxZg4ABGcOAFdnDgCqZw4AzBsOANIEBwCZ6AEARfQBAM2FCQBKEgEA9S8MAET/DQCnRwAARfQBAM2FCQBKEgEA8Q0AAJnoAQCjKgsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBALkbCwAYHgIA/mINAPmYAgAK7wgAXe8IAJnoAQDs6AEAEicLAGUnCwC4JwsACygLAOzoAQASJwsAGB4CAJnoAQB7sQEA0gQHAKz9AQAirQAAHokMAP4XAAB3OwEA7yUAABInCwBlJwsAuCcLAAsoCwA3nAIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BACKtAAB1rQAAwFkCABNaAgBmWgIA0gQHAEpkDQDvJQAA7yUAABInCwBlJwsAuCcLAAsoCwA3nAIAQJEAAJrjAAAZuAIA9ioLAAFHAAD7awUA0o4LALOpAQDuhAAAPX0IAL2LAAAYHgIA9S8MABJzDAAEfAsA7OgBAM8hCAChjgwAwkECAPepAwBKqgMAnaoDAPCqAwBDqwMAlqsDAOmrAwA8rAMArP0BAPSHDQDalggALZcIAPENAABEDgAAJYIBAPmYAgAK7wgA0gQHAKjTAgCrFwAA/hcAAHc7AQDx/wEAzxMKACIUCgB1FAoAyBQKAOzoAQBJFg4AEIwAADALCwABRwAA+2sFAApXBgC2pwgAAUcAALnPCQCrFwAA8Q0AAF16AQAKVwYAtqcIABKyAwBlsgMA2pYIAC2XCAAAAAAAvYsAANp0AQAYHgIALCcCALkbCwAYHgIA/mINAPmYAgAK7wgAmegBAJH1AQDk9QEA5Y8CAEWTAwCYkwMA65MDAD6UAwCRlAMA5JQDADeVAwCo0wIA2pYIAC2XCAAAAAAAvYsAANp0AQAYHgIALCcCAE8NBQCZ6AEAShIBAJ0SAQCjMQoA9jEKAEkyCgCcMgoA428KAAg/AQBbPwEA+ZgCANp0AQDSBAcASmQNAPENAACZ6AEA428KADZwCgCJcAoA3HAKAC9xCgCCcQoA1XEKAPENAABTAAAA5/oHANTzBQDvJQAAs6kBAAaqAQBZqgEA7O4MAPENAACxZwIAuc8JAAzQCQAyDwcArUsBAJlPCwCo0wIARfQBAEoSAQAyDwcAqxcAAAFHAACbhAAAVS0CAPtrBQAKVwYAtqcIAJnoAQDs6AEAP+kBAIjCAAAlggEA8Q0AANQdAACG5woAgssJAKz9AQA95QUAVS0CAJuEAADanQcAmegBAJAcCgBIfA0Am3wNAO58DQDanQcAqNMCAH0/AgAy8woAhfMKANjzCgAr9AoA2nQBACx6AgB/egIA0noCAO2QAACbhAAAi5YNAJnoAQDocQ0A0LsIAAFHAACZ6AEA6HENAO8lAACZ6AEAShIBADIPBwCFDwcAnRIBABgeAgBAkQAAShIBADiXAQCLlwEAECsCAHe3BwC5zwkA0gQHAJnoAQCs/QEAe1ADAJnoAQCjKgsAXm0NAP4XAAB3OwEAVEcAAKdHAAAgXQMAmegBAONvCgAIPwEAWz8BAK5MCwABTQsAVE0LAEX0AQCY9AEA6HENAHu3DAAOBAsAYQQLAP++CgBSvwoAmegBAOzoAQA/6QEAVe4KAKjuCgD77goATu8KAKHvCgD07woAR/AKAJrwCgDjbwoANnAKAAZQAgAD4goA1B0AAJAcCgBIfA0Am3wNAO58DQAirQAAKZ4CAO4iDgBF9AEAk6wIAOasCABjmQoAtpkKAAmaCgBbpgoArqYKAJf/DQAsJwIAEv4EAETdBgCZ6AEAAAAAAGAQCwCZ6AEAk6wIAJuEAABebQ0A0gQHACWCAQDMGw4A0gQHAJAcCgAoZAwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEABBUCAKjTAgBL+AIAnvgCAPH4AgAVOwMAaDsDALs7AwAOPAMAYTwDAKMqCwBVLQIAoyoLAFUtAgAAAAAAwBoLAJnoAQDSBAcAdXUIAEjdCwCb3QsA7t0LAEHeCwCo0wIArP0BAHtQAwABRwAAuc8JAJPWAgB/VwcAm4QAAAZQAgCTrAgAm4QAACKmAQCZ6AEA7OgBAD/pAQCS6QEA5ekBAEh8DQCbfA0A7nwNAKsXAAABRwAAm4QAAKHbAQCZ6AEAkBwKAEh8DQCbfA0A7nwNAApXBgDQuwgAEIwAAOSbAgC5GwsASmQNAAFHAAC5zwkA1PMFAAFHAAC5zwkAm4QAAAZQAgAsJwIAuRsLAEpkDQABRwAAuc8JANTzBQABRwAAuc8JAPENAABdegEAsHoBAAN7AQBWewEA7fAKAEDxCgCZ6AEArP0BAHtQAwCZ6AEAtFcLAF16AQCwegEAA3sBAFZ7AQBTAAAACD8BAFs/AQBKEgEAOJcBABKyAwDUHQAAJx4AACwnAgB7sQEA5hsFANTzBQABRwAA+2sFAApXBgBKEgEA+OkEANp0AQAtdQEAax4CAO6EAADtkAAArP0BAJuEAADuhAAAfT8CAJnoAQBKEgEAnRIBAPENAACxZwIAmegBANqWCAAtlwgAIGQCAHmDCwCrFwAAAUcAAJnoAQDd4QQAKZ4CAHyeAgDPngIAIp8CACWCAQCbhAAAIqYBALFnAgDsLQQA428KAAg/AQBbPwEArkwLAAFNCwBUTQsAp00LAJnoAQDd4QQAMOIEAA89DQBiPQ0AtT0NAAg+DQBbPg0Arj4NAJnoAQDF0QAA2nQBAFBUBQBURwAAmegBAJAcCgAoZAwAe2QMAM5kDACjVAUA3eEEADDiBADgfg0AIq0AAO2QAADxDQAAkaIBAAQVAgAl1A0AeNQNAJlPCwDsTwsA2nQBAFBUBQC5zwkA0gQHAJnoAQDF0QAA2nQBAFBUBQBURwAAmegBAN3hBAAw4gQA4H4NADN/DQC9iwAArP0BAAFHAAC5zwkABmQLAFlkCwDAEwwA7yUAALOpAQAGqgEAWaoBAPENAAAjVAsAdlQLAMlUCwAcVQsAb1ULAApXBgAKVwYAe7cMAPUvDAD7awUATmwFAKFsBQDSBAcAmegBAOhxDQDQuwgAAUcAAJnoAQBjmQoAtpkKAOhxDQDvJQAA7ZAAANIEBwBKZA0A0gQHAJnoAQD1LwwA+2sFAE5sBQChbAUA9GwFAEdtBQCabQUAVFsJAINeCwDWXgsA8Q0AALFnAgD1LwwA+2sFAE5sBQChbAUA0gQHAJnoAQDocQ0A0LsIAAFHAACZ6AEAY5kKALaZCgB+2QIA0pwJAJswDACsZAsA/2QLAFJlCwClZQsA+GULAEtmCwCeZgsA8WYLAERnCwCXZwsA8HILAENzCwCWcwsA6XMLAH7ZAgD7awUATmwFAKFsBQD0bAUAR20FAJptBQBUWwkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKMqCwDvJQAAAUcAALnPCQCu+QoA9S8MABJzDAAEfAsArP0BAPSHDQCjKgsAXm0NALFtDQBjmQoAtpkKAF5mDgCxZg4ABGcOAF5tDQAirQAA7ZAAAOhxDQDvJQAAmegBAJAcCgBIfA0Am3wNAO58DQCZ6AEAE8gKAGbICgC5yAoADMkKAEQAAgAoZAwAe2QMABKyAwCQHAoAKGQMAHtkDAASsgMAE8gKAGbICgBRGAAAkBwKAEh8DQCbfA0A7nwNAEh8DQCbfA0A7nwNAO2QAADadAEA+ZgCAArvCACZ6AEAvYsAABCMAABCxQEAlcUBAOjFAQA7xgEAjsYBAOHGAQA0xwEAh8cBAICCCwDTggsAJoMLAJnoAQC9iwAAEIwAAMXRAAAFCQIAWAkCALnPCQDSBAcAmegBAJAcCgAoZAwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA7yUAAEImAABAkQAAmuMAABm4AgBF9AEAmPQBANIEBwCZ6AEAE8gKAGbICgC5yAoADMkKAEQAAgAoZAwAOOoBAIvqAQDe6gEAMesBAJnoAQC0VwsAB1gLACKtAAAirQAA7ZAAAPENAADF0QAABQkCAP0bDQBQHA0AE8gKAGbICgC5yAoADMkKAEQAAgAoZAwAOOoBAIvqAQDe6gEAMesBAITrAQAoZAwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA5x0DAAAAAACrFwAA5x0DADoeAwD1LwwAEnMMAAR8CwDd4QQAMOIEAIPiBADW4gQAKeMEAHzjBAC5GwsADBwLAMh1CADocQ0AXVcGALBXBgDjbwoA2nQBAC11AQC0VwsAhTgNANg4DQAGUAIA2pYIAC2XCAAS/gQAZf4EAAdYCwAirQAAIq0AAO2QAADtkAAArP0BAPSHDQCjKgsArP0BACWCAQAS/gQARN0GAJnoAQDjbwoACD8BAFs/AQDYkgwAK5MMAH6TDADRkwwAJJQMAOhxDQDvJQAAmegBAL2LAAAQjAAA5JsCADecAgCKnAIA3ZwCADCdAgCDnQIAE8gKAIzeAQB3NAIA+2sFAO2QAADxDQAAmegBAOhxDQDvJQAAmegBAL2LAAAQjAAA5JsCADecAgCKnAIA3ZwCADCdAgCDnQIAE8gKAIzeAQB3NAIAqxcAAP4XAACBmQYA7ZAAAAFHAADnJAIAOiUCAI0lAgCQCAEAmegBAOhxDQCs/QEAe7EBAOYbBQDU8wUAAUcAAJnoAQCWIAsA6SALADwhCwCPIQsAE8gKAGbICgBRGAAAoyoLAFUtAgCoLQIA+y0CAE4uAgChLgIA9C4CAEcvAgBKEgEAMg8HAAFHAABURwAAplkLANIEBwCZ6AEAzBsOANIEBwCZ6AEA4igKAApXBgBdVwYAAUcAAPtrBQAKVwYAtqcIAKjTAgC9iwAAEIwAAMXRAAAY0gAAax4CAIuWDQCS8AAAr9kBAOIoCgA1KQoA6HENALanCACZ6AEAoyoLAOe1BQDiKAoAqxcAAP4XAACBmQYA7ZAAAOIoCgA1KQoA+ZgCAEyZAgCfmQIA8pkCAGOZCgC2mQoAgHUBAApXBgB7twwA0D8CAMXRAADadAEAUFQFAFRHAACS1AQAqY8KAAFHAABURwAAe1ADAKsJAgD+CQIAUQoCAKQKAgD3CgIA7OgBAD/pAQDanQcA8Q0AABPICgDnHQMAoyoLAHNqDQDGag0AGWsNAGxrDQC/aw0ALXUBAEX0AQDSjgsA7yUAAEImAABAkQAALCcCAKsXAAAirQAA7ZAAAOzuDACCAg4AoyoLAAKNDAA9fQgAvYsAAJuEAADanQcAqwkCAP4JAgAaBQ4AbQUOAI8MDgDiDA4ANQ0OAIgNDgDbDQ4ALg4OAIEODgDsLQQAY5kKAIjPCgDbzwoAE8gKAGbICgC5yAoADMkKAOIoCgABRwAAktQEAKmPCgDtkAAA4igKAO8lAACzqQEA2p0HAPENAADUHQAA4igKAI90CwCS1AQAqY8KAAFHAABURwAAe1ADAF/JCgA/6QEA2p0HAPENAABluQIAqNMCAKjTAgBzJQsAxiULABkmCwBsJgsAvyYLABoaCwBtGgsA6HENABgeAgCZ6AEAE8gKAO2QAACbhAAABlACAJnoAQCQHAoA4xwKANIEBwCZ6AEA6HENAO8lAACZ6AEAY5kKALaZCgAyhA4ATZsAALkbCwA/EggA7ZAAAPENAACZ6AEAE8gKAGbICgC5yAoADMkKAEQAAgAoZAwAe2QMABKyAwBXFQIAqY8KAPyPCgBPkAoAopAKAPWQCgBIkQoAm5EKAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQB+2QIA+2sFAE5sBQChbAUA0gQHAJnoAQDocQ0A0LsIAAFHAACZ6AEAxdEAAAUJAgDadAEAUFQFAPtrBQAtdQEARfQBAJnoAQDs6AEAEicLABgeAgCZ6AEA6HENAF1XBgCwVwYA82oHAEZrBwCZawcA7GsHAD9sBwBF9AEARfQBABgeAgAsJwIARfQBAILLCQBVLQIAuc8JAO2QAABAkQAAmuMAABm4AgBTAAAAfqgJANGoCQABRwAASDAMAJswDADlSQwAOEoMAPlLDQBMTA0An0wNAPJMDQDxDQAAmegBAOzoAQA/6QEAkukBAOXpAQDalggALZcIAPENAAAjVAsAJYIBAAFHAACZ6AEAtFcLAAdYCwD5Sw0ATEwNAJ9MDQDyTA0AAAAAAOkZDACZ6AEA7OgBAD/pAQCS6QEAM+cKAJAcCgBIfA0Am3wNAO58DQC2pwgA7ZAAALRXCwDUHQAA2icMAC0oDACAKAwAmegBAOhxDQD1LwwASDAMAGQsDAC3LAwACi0MAF0tDACwLQwAAy4MAJnoAQDocQ0AJYIBACWCAQDMGw4A1PMFAAFHAAD7awUALXUBAPkAAADWUA0A8Q0AAJnoAQBB1wwAPBoMAAFHAAC9iwAAUwAAACKtAAB1rQAAwFkCABNaAgBmWgIAShIBAJ0SAQCjMQoA9jEKAEkyCgCcMgoAm4QAAAZQAgDSBAcAPxIIAMXRAACrFwAAIq0AAHWtAADAWQIAE1oCAGZaAgABRwAAuc8JAAZkCwBOlQsAoZULAPSVCwBHlgsAmpYLAO2WCwDUHQAA8Q0AAAAAAAAAAAAAAAAAAN3hBAAw4gQAg+IEAHE2DADENgwAFzcMAPENAABEDgAAJYIBAMwbDgAEFQIAJYIBAHiCAQCwzA0ALXUBAO8lAADF0QAABQkCAPdjDQAl1A0AQJEAAJrjAAAZuAIA0gQHAEpkDQCs/QEA//0BAOEZAgCS1AQAOjkLAI05CwD5mAIATJkCAJ+ZAgAYEAQA0gQHACUFBwAuuw0A+2sFAApXBgC2pwgAmegBAMXRAAAFCQIA92MNAOcdAwAtdQEARfQBALkbCwBKZA0AnWQNAPBkDQBDZQ0AlmUNAOllDQA8Zg0A+2sFAApXBgC2pwgAmegBAMXRAAAFCQIA92MNAOcdAwAtdQEARfQBALRXCwAHWAsA2nQBAFBUBQC5zwkABmQLAKjTAgD1LwwASDAMAJswDADlSQwAOEoMAItKDADeSgwAMUsMAOzoAQA/6QEAkukBAOXpAQCDVwwA0DEEACMyBAC2RgoAqY8KAIjrBgA/EggA0LsIAAFHAACZ6AEAAAAAAEpkDQBAkQAAmuMAAO3jAAAAAAAAAAAAALRXCwAHWAsA2nQBAFBUBQC5zwkABmQLAH0xBAAoEQwAexEMAEoRDQDs6AEAzyEIACIiCAB1IggAAAAAABtaDADyoAEA7yUAALOpAQAGqgEAT8gCAKjTAgCQHAoAKGQMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQAiDQsAdQ0LANqWCAAtlwgAe7EBAOYbBQDU8wUAAUcAAPtrBQAKVwYAtqcIAJnoAQBjmQoAtpkKAK1LAQCZTwsA7E8LAD9QCwCSUAsA5VALADhRCwCLUQsA3lELADFSCwCEUgsAoyoLAOe1BQATyAoAZsgKAIGZBgDs7gwAB0QCAFpEAgCtRAIAAEUCAJnoAQCQHAoAKGQMAHtkDADOZAwAo1QFAN3hBAAw4gQA4H4NADN/DQCGfw0AShIBAPjpBADadAEALXUBAOcdAwAtdQEARfQBAJnoAQBjmQoAtpkKACWIDAB4iAwAfFENAM9RDQDTGwIAy4gMAOwtBAAAAAAAmegBAL2LAAAQjAAAWRELAKwRCwD/EQsAUhILAKUSCwD4EgsASxMLAJ4TCwBIfA0Am3wNAO58DQCs/QEA9IcNAAFHAADF0QAA7ZAAAO2QAACrFwAAmegBAPUvDABIMAwAmzAMAFMAAACmAAAA+QAAAOwtBAAliAwAeIgMAOwtBAABRwAA0xsCAMuIDADsLQQAAAAAAJnoAQD1LwwARP8NANp0AQASsgMAZbIDALiyAwBIMAwAmzAMAKxkCwD/ZAsAUmULAKVlCwD4ZQsAS2YLAJ5mCwDxZgsARGcLAJdnCwDwcgsAQ3MLAJZzCwDpcwsAPHQLAH0/AgAy8woA0gQHAKsXAAAQKwIAi5YNAD/bAwCQAQIA4wECAJLwAACv2QEA8x4GACmeAgB8ngIAz54CAO6EAAAYHgIAOGYIAPENAACRogEALXUBAOcdAwASsgMAkAECAH70CgDSBAcAmegBAGOZCgC2mQoAAUcAALnPCQAGZAsAWWQLAF1XBgCwVwYA82oHAAFHAADnJAIA6HENALanCACZ6AEAtFcLANQdAADaJwwALSgMAIAoDABKCwIAm4QAANqdBwAtngcAgJ4HAN3hBAApngIAfJ4CAM+eAgCs/QEAm4QAAO6EAAAlggEAm4QAAH0/AgAXkQsAapELAL2RCwAQkgsAY5ILALaSCwDalggAqY8KAD81AwCSNQMArvkKAJrjAACpjwoAUwAAAAFHAAC5zwkAAAAAAAAAAAAAAAAArP0BAPSHDQDvJQAAEicLABgeAgAsJwIAoyoLANqdBwAtngcAFAkAAGcJAACWIAsAplkLAPlZCwCbhAAA7yUAAAFHAAC5zwkArvkKAJnoAQCjKgsA2p0HAC2eBwAUCQAAZwkAAJYgCwCmWQsA+VkLAJAcCgCbhAAA7oQAAH9XBwAUCQAAZwkAAJYgCwCmWQsA+VkLAJAcCgCbhAAA7oQAAH9XBwAUCQAAZwkAAJYgCwCmWQsA+VkLABgQBAAtdQEAXXoBAC11AQDn+gcAJnUNAHl1DQDMdQ0AH3YNAAAAAADs6AEAP+kBAJLpAQD/sAwAUrEMAJnoAQD1LwwASDAMAJswDABKEQ0AfT8CAAAAAACZ6AEA9S8MAEgwDACbMAwAShENALRXCwAHWAsA2nQBAFBUBQC5zwkABmQLAONvCgA2cAoA6CUMAOzoAQA/6QEAkukBAN3hBAApngIAj7MCACKtAADtkAAAC0sGACWCAQDMGw4A0gQHAMZxDAAZcgwAbHIMAL9yDAAScwwAZXMMALkbCwCtQw4AAEQOAGseAgBVLQIA+2sFAApXBgC2pwgASgsCAEoSAQDxDQAA9S8MAEgwDACbMAwAShENAONvCgA2cAoA6CUMAOzoAQA/6QEAkukBALRXCwAHWAsA2nQBAFBUBQC5zwkABmQLAAQVAgAEFQIAQssMAJnoAQDs6AEAP+kBAJLpAQDl6QEASHwNAJt8DQDufA0A7OgBABgeAgA4ZggAShIBAOhxDQB7twwAY5kKAEX0AQCrFwAA/hcAABgeAgAsJwIATw0FAJnoAQC9iwAAEIwAADALCwCDCwsA1gsLACkMCwB8DAsAzwwLALNcDADazQwALc4MAIDODADpGQwAV8IBANonDAAtKAwAgCgMAJnoAQCWIAsAplkLAPlZCwBkLAwAtywMAAotDABdLQwAsC0MAAMuDACZ6AEAliALAKZZCwD5WQsAm4QAAO6EAAB/VwcAmegBALRXCwDUHQAA2icMAC0oDACAKAwAmegBAJYgCwCmWQsA+VkLAPUvDABIMAwAZCwMALcsDAAKLQwAXS0MALAtDAADLgwAmegBAJYgCwCmWQsA+VkLAAAAAACh2wEAAUcAAL2LAAAYHgIALCcCAOzuDABTAAAApgAAAEv4AgCe+AIA8fgCAET5AgCQHAoAKGQMADjqAQCL6gEA3uoBADHrAQCE6wEA8vMBANqWCACpjwoA3eEEADDiBACD4gQAE8gKABArAgBjKwIAAAAAAOzuDAA/7wwAggIOAOzoAQA/6QEAkukBADPnCgDjbwoANnAKAOglDACo0wIABQgOAMZxDAAZcgwAqNMCAJnoAQC9iwAAEIwAAOcdAwBQVAUAo1QFAHuxAQBv9AwAUwAAANp0AQBQVAUAuc8JAK75CgD5mAIA2nQBAC11AQA/NQMAm4QAAPgLDADNhQkA428KACWCAQCbhAAAVS0CAO8lAAASJwsAGB4CAEoSAQCZ6AEAtFcLAAdYCwDadAEAUFQFALnPCQCpjwoA/I8KAJnoAQDs6AEAzyEIAKGODAD0jgwAR48MAJqPDADtjwwAQJAMAJOQDACjKgsA7yUAAAFHAAC5zwkArvkKAJCtDQDjrQ0ANq4NAImuDQDcrg0AL68NAAPiCgCZ6AEA7OgBABInCwBlJwsAuCcLALRXCwDGcQwAGXIMAGxyDAC/cgwAhTgNANg4DQAGUAIAAUcAALnPCQCjKgsArP0BAApXBgAYHgIAAUcAALnPCQAHWAsAIq0AACKtAADtkAAA8Q0AAJGiAQDvJQAASRYOAD/pAQCS6QEA5ekBAMATDAATFAwAZhQMABInCwBlJwsAuCcLALRXCwDGcQwAGXIMAGxyDAC/cgwAhTgNANg4DQAGUAIAAUcAALnPCQCjKgsArP0BAApXBgAYHgIAAUcAALnPCQAHWAsAIq0AACKtAADtkAAA8Q0AAJGiAQDvJQAASRYOALkUDAAMFQwAXxUMACKmAQCZ6AEAAAAAAJnoAQDs6AEAP+kBAJLpAQAOBAsAYQQLAAAAAADalggAqY8KAPyPCgCo0wIAkBwKAAtLBgBeSwYAi5YNAD/bAwDUHQAA0gQHAKjTAgDadAEALXUBAO8lAAASJwsAGbgCAE/IAgCiyAIA9S8MAEgwDACbMAwAShENAJ0RDQA7Hw0Ajh8NAOEfDQDs6AEAP+kBAJLpAQAOBAsAYQQLAJAcCgBIfA0Am3wNAO58DQDl6QEAg1cMANAxBAAjMgQA+gEKAChkDAA8sg4Aj7IOAOKyDgA1sw4A428KACWCAQDMGw4Am4QAACKmAQDUHQAA2pYIAC2XCACAlwgA0icCAOzuDABXwgEAqsIBAPKgAQCTrAgAfvQKAAtLBgAFCQIA92MNAOcdAwAtdQEARfQBAE/IAgCiyAIA9S8MAEgwDACbMAwAShENAJ0RDQA7Hw0Ajh8NAOEfDQCxZwIABGgCAF5tDQDSBAcAJQUHAAZQAgDSBAcASgsCAApXBgDQuwgA7ZAAAECRAACa4wAAGbgCAPC4AQBDuQEAJYIBAMwbDgABRwAAuc8JAPUvDACbhAAAIqYBACWIDADadAEALHoCANIEBwCZ6AEA7OgBAD/pAQCS6QEA5ekBALRXCwAHWAsAIq0AACKtAADtkAAA8Q0AAJGiAQDvJQAASRYOAK1RDAAAUgwAU1IMAKZSDAD5UgwA7O4MAD/vDACS7wwAhTgNANBFDQAjRg0AdkYNAMlGDQCfUwwA8lMMAEVUDACZ6AEAmegBAKjTAgBKEgEAShIBAPjpBAAGUAIAe1ADAJnoAQCh2wEA9NsBAEfcAQCa3AEA7dwBAEDdAQCrFwAA7ZAAAAFHAADIpgEA0gQHAFMAAADn+gcA0gQHAAFHAACbhAAA2p0HAJnoAQD1LwwASDAMAJswDABKEQ0AP+kBAJLpAQDl6QEAtFcLAAdYCwAirQAAIq0AAO2QAADxDQAAkaIBAO8lAABJFg4AxdEAAAUJAgD9Gw0A7ZAAAECRAAAsJwIA9S8MAEgwDACbMAwAIq0AAJ24AQDwuAEAQ7kBACWCAQDMGw4AAUcAAPUvDABIMAwAmzAMAKMqCwBzag0AxmoNABlrDQBsaw0Av2sNABJsDQBlbA0AuGwNAKjTAgAAAAAAAAAAANp0AQASsgMAJYgMAAZQAgDtkAAAUwAAAAg/AQAsJwIAIGQCACmeAgBVLQIAuc8JACKtAAAAAAAA7OgBAD/pAQCS6QEADgQLAGEECwCQHAoASHwNAJt8DQDufA0AIqYBAHWmAQDIpgEAG6cBAG6nAQDBpwEAFKgBAPENAACrCQIAqxcAAJnoAQCQHAoASHwNAJt8DQDufA0AELUGAGO1BgC2tQYACbYGAFy2BgCvtgYAArcGAFW3BgAKVwYAAUcAAFRHAACnRwAAIF0DAJnoAQCQHAoASHwNAJt8DQDufA0AqxcAANIEBwB1dQgALXUBAEX0AQCo0wIAkBwKAChkDABdeQ0AsHkNAAN6DQBWeg0A8Q0AAJuEAAC63wUAUwAAACWCAQCs/QEAClcGABgeAgB9PwIA0D8CAECRAACa4wAAGbgCAAFHAADnJAIAOiUCAI0lAgBp8AsA0gQHAEpkDQBp8AsAkAgBAO2QAABAkQAAmuMAAEoLAgCdCwIA8AsCAEMMAgCWDAIASgsCAO8lAACzqQEABqoBAP++CgBSvwoAAAAAAH7ZAgDSnAkAmzAMAM9YDAA/6QEAkukBAOXpAQCrCQIAqwkCAO2QAACbhAAAXm0NACKtAAAYHgIALCcCABL+BABVLQIA+2sFAApXBgC2pwgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAncQAAVS0CAPtrBQASsgMA7yUAAM8hCADtkAAA0gQHANIEBwBKZA0AnWQNAOf6BwAmdQ0AeXUNAEpkDQCrFwAAIq0AAHtQAwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAFMAAABTAAAAJYIBABgQBAAirQAAKZ4CAFUtAgD7awUAClcGALanCAAirQAAnbgBAOWPAgCQrQ0Auc8JAK1LAQBDzQoAls0KAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCrFwAA/hcAAIGZBgABRwAAktQEADo5CwDBTQIA8Q0AAF16AQDtkAAAqxcAAAFHAAAirQAAnbgBAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMAp3cFAPp3BQBNeAUAoHgFAPN4BQBGeQUAmXkFAOx5BQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BALnPCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAUcAAJuEAADadAEALXUBAO2QAABAkQAAJYIBAJuEAACIwgAAEIwAADALCwB/VwcA0lcHAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAYEAQALXUBAOcdAwBQVAUA+2sFAJuEAADanQcAGBAEAAdEAgCbhAAAVS0CAPtrBQAKVwYAtqcIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAVS0CAJuEAACbhAAA7oQAAEGFAACUhQAA54UAADqGAAAYHgIALCcCAPENAABEDgAA0LsIABgeAgAirQAA7ZAAAO8lAACzqQEABqoBAP++CgBSvwoA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBF9AEAzYUJACCGCQB7sQEA0gQHAKz9AQAirQAAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAKd3BQD6dwUATXgFAKB4BQDzeAUARnkFAJl5BQDseQUA2nQBACx6AgB/egIA0noCACV7AgB4ewIAy3sCAPENAACxZwIABGgCAFUtAgC5zwkA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAdBkLAMcZCwDtkAAArUsBADyyDgCPsg4A4rIOADWzDgCIsw4A27MOAC60DgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQB0GQsAxxkLACKtAACduAEA8LgBAEO5AQAlggEAzBsOAAFHAAD7awUAClcGALanCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQB0GQsAxxkLAPtrBQBObAUAoWwFAPRsBQBHbQUAmm0FAO1tBQCrcAsA/nALAFFxCwCkcQsA93ELAEpyCwCdcgsA8k0BAHQZCwDHGQsAvYsAABCMAAAwCwsAf1cHANJXBwAlWAcAeFgHAMtYBwAeWQcAdXUIAApXBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQB0GQsAxxkLAPENAAByvAMAxbwDAMwbDgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAHQZCwDHGQsAP9sDAJLbAwDl2wMAONwDAIvcAwDe3AMAMd0DAITdAwDX3QMAKt4DAH3eAwDyTQEAdBkLAMcZCwDvJQAAJYIBAHtQAwDF0QAABQkCAHtQAwDxDQAAcrwDAMW8AwDMGw4ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQB0GQsAxxkLAAfjAwBa4wMAreMDAADkAwCo0wIAVEcAAJAADgDjAA4ANgEOABgeAgA4ZggAxdEAAAUJAgCs/QEAJYIBAJnoAQCQHAoAKGQMADjqAQCL6gEA3uoBADHrAQCE6wEAAAAAAJnoAQDalggALZcIACBkAgB5gwsAzIMLAB+ECwByhAsAtFcLAB6JDABxiQwAxIkMABeKDABqigwAvYoMALRXCwAeiQwAcYkMAMSJDAAXigwAaooMAL2KDACQHAoAKGQMADjqAQCL6gEA3uoBADHrAQCE6wEA7O4MAIICDgCjKgsAAo0MAD19CAC9iwAAm4QAAKMqCwACjQwAPX0IAL2LAACbhAAA2p0HAJnoAQDs7gwAggIOANUCDgAoAw4AewMOAM4DDgAhBA4AdAQOAMcEDgC9iwAAJYIBACWCAQCZ6AEAuRsLAAwcCwBfHAsAshwLAP5iDQAtdQEARfQBAJnoAQBjmQoAUFQFALnPCQAM0AkA8Q0AAO2QAADvJQAAAUcAAJnoAQDd4QQAMOIEAIPiBAClBA0A+AQNAEsFDQCeBQ0ARfQBAJOsCADmrAgAmegBAN3hBAAw4gQAg+IEAKUEDQD4BA0ASwUNAJ4FDQCIwgAA8Q0AANQdAADSBAcAmegBAKz9AQB7UAMAqNMCAFfCAQDVAg4A4xwKANIEBwCZ6AEA6HENAO8lAACZ6AEAY5kKALaZCgCrFwAA7ZAAAECRAACZ6AEAkBwKAChkDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAtFcLAIU4DQDYOA0AV2gCAKpoAgCZ6AEA9S8MAJLUBAA6OQsAjTkLAOA5CwDs7gwAP+8MAKMqCwCs/QEAClcGAPmYAgAK7wgAkBwKAChkDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAxdEAAAUJAgD9Gw0AUBwNAPUvDABE/w0Ap0cAAGtqAwAMHAsAGB4CACwnAgAgZAIAAUcAAJnoAQDd4QQAKZ4CAO4iDgBBIw4AlCMOAOhxDQDvJQAAmegBAPUvDABE/w0Ap0cAAOzoAQASJwsAJYIBACWCAQB4ggEAxdEAANp0AQAtdQEARfQBAJnoAQCQHAoAKGQMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAL2LAAAYHgIA/mINAC11AQBF9AEAmegBAJYgCwDpIAsAXm0NANIEBwAlggEAGBAEAC11AQBF9AEAmegBAOhxDQDvJQAAmegBAPUvDABE/w0Ap0cAADIxDgCFMQ4A2DEOACsyDgB+Mg4A0TIOACQzDgB3Mw4AyjMOAB00DgBwNA4AwzQOABY1DgCrCQIA/gkCABpfDQBebQ0A/hcAAHc7AQBURwAAp0cAACBdAwCZ6AEAkBwKAChkDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEA6HENACKtAAAirQAAW8kFAK7JBQABygUAVMoFAE8NBQBaWAsArVgLAABZCwBTWQsAqNMCAAAAAAAAAAAAAAAAAJnoAQATyAoAMoQOAIWEDgDYhA4AY5kKALaZCgBeZg4AsWYOAARnDgBXZw4AqmcOAKMqCwBE3QYA0gQHAHtQAwCbhAAABlACAKsXAACZ6AEAoyoLAETdBgDSBAcA428KAKsXAAAyhA4AhYQOANiEDgBjmQoAtpkKAF5mDgCxZg4ABGcOAFdnDgCqZw4AoyoLAETdBgDSBAcA8Q0AALFnAgAEaAIA2p0HAC2eBwBF9AEAzYUJAEoSAQCZ6AEAY5kKALaZCgBeZg4AsWYOAARnDgBXZw4AqmcOAKz9AQD//QEABe0FAOSbAgAlggEAzBsOAGOZCgC2mQoAXmYOALFmDgAEZw4AV2cOAJj0AQCZ6AEARfQBAM2FCQAghgkAE8gKADKEDgCFhA4A2IQOAGOZCgC2mQoAXmYOALFmDgAEZw4AV2cOAKpnDgBTAAAACD8BAFs/AQD5mAIA2nQBANIEBwBKZA0AQJEAAAPiCgCxZwIAktQEADo5CwBVLQIAuc8JAEX0AQB7UAMAqNMCAAfjAwBa4wMAreMDAADkAwDF0QAA2nQBAFBUBQBURwAAmegBAJAcCgAoZAwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqwkCAP4JAgD1LwwAEnMMAAR8CwDalggALZcIAECRAACpjwoA/I8KAJnoAQDjbwoANnAKAOglDABTAAAAShIBAJnoAQCQHAoASHwNAJt8DQAAAAAA7nwNAA89DQDChgQA+OkEAF5tDQDSBAcAmegBAOzoAQA/6QEAkukBAOXpAQDF0QAA2nQBAFBUBQBURwAAmegBAJAcCgAoZAwAe2QMAM5kDACjVAUA3eEEADDiBADgfg0AYBALALMQCwCzEAsAC3QMAPKgAQDkxAgAN8UIAIrFCABrJA0AviQNAFMAAAAIPwEAWz8BAK5MCwABTQsAVE0LAKdNCwCZ6AEA3eEEADDiBAAPPQ0AYj0NALU9DQAIPg0AWz4NAK4+DQAYEAQA0o4LACWPCwDU8wUAe1ADACKtAAB1rQAAT+MKAKLjCgD14woA/74KAFK/CgDtkAAAQJEAAJrjAAAZuAIARfQBAJj0AQCbhAAARP8NAKdHAAAgXQMAc10DAKMqCwD2KgsASSsLAPUvDABIMAwAmzAMAM9YDAA/6QEAkukBAA4ECwBhBAsAEnMMAAR8CwC0VwsA1B0AAO2QAAD1LwwARP8NAKdHAADs6AEASRYOAJwWDgDvFg4AQhcOALRXCwCFOA0A2DgNAFdoAgCqaAIAmegBAPUvDACS1AQAOjkLAI05CwDalggALZcIAOzuDAAYHgIAqY8KAPyPCgCZ6AEAShIBAPjpBAD5mAIACu8IABInCwAYHgIAmegBAEoSAQCdEgEAGB4CACwnAgBjmQoAtpkKAO8lAAASJwsAGB4CAEoSAQD46QQAVS0CAPtrBQAKVwYA7ZAAANTzBQBbyQUAAUcAAPtrBQAKVwYAtqcIAJnoAQDs6AEAP+kBAJLpAQDl6QEA7OgBABInCwAYHgIAmegBAPUvDACbhAAAIqYBAET/DQCnRwAAIF0DAHNdAwDxWA0A6lkNAD1aDQCQWg0A7OgBAD/pAQCS6QEA/7AMAFKxDACZ6AEA9S8MAEgwDACbMAwAk9YCALPuAwDqwQoAPcIKAJDCCgDjwgoANsMKAInDCgDcwwoAL8QKAI+sAwDirAMADz0NAGI9DQAfwwIAcsMCAMwbDgB1pgEAkuEOAOXhDgCxZwIAe1ADAHtQAwDkogEAZQsPAOAWEADSBAcAoTwAADjiDgCL4g4AZQsPAJvIDgCZSQAA5YAQAOAWEADSBAcA4BYQAOAWEADSBAcAZQsPACYNEADgFhAA5YAQAEX0AQAnHgAAkAgBAOWAEACQCAEANQYPADUGDwDSBAcASmQNACAfAACQCAEALsMAAE8NBQBrww4Aa8MOAOAWEABPDQUA4BYQANonDADJ5Q4AHOYOAIFaDwCS4Q4A5eEOAFmbDwDlgBAAFAkAAGULDwDJ5Q4AHOYOAJAIAQAW2w4AbusPAMHrDwAXIg8ARfQBADUGDwDGCQ8AGQoPAJLhDgDl4Q4ADZoPAEoSAQCCAg4ANQYPAPPfDgA1Bg8AtqcIAKVCEACBWg8AZQsPAEm1DwDgFhAAFAkAABQJAAAi8Q4AdfEOAMjxDgDlgBAA8Q0AANIEBwB/VwcA0gQHACLxDgB18Q4A3yIQAJAIAQAi8Q4AdfEOAN8iEAAnHgAAkuEOAOXhDgC2KwIAmegBAIjPCgBlCw8AqNMCAAFHAAA1Bg8ALHoCANIEBwBlCw8AZB8CAMnlDgAc5g4ANQYPACPlDgB25Q4AyeUOAE3YDwDJ5Q4ATdgPAJ/kDwA1Bg8A//UOABvyDgBu8g4AFtsOABvyDgAAAAAAmegBACLxDgB18Q4AIvEOAHXxDgAi8Q4AdfEOAG/mDgCBWg8A4GkQADNqEAAEFQIAI+UOABbbDgDJ5Q4AHOYOAAQVAgDSBAcAmegBAOWAEACZ6AEAf2sQAJjsDgCvcBAAZQsPAGULDwDsLQQA7C0EAOwtBACo0wIA2p0HAPSHDQAVvggA9IcNAJ4FDQCeBQ0AAUcAAE+JCwAA4w8AkvAAAPENAADxDQAAifoOADYBDgCS8AAANQYPAPENAAA2AQ4ANQYPADUGDwA1Bg8ANQYPADUGDwAW2w4AFtsOADUGDwA1Bg8ANQYPADUGDwA1Bg8ANQYPABbbDgAW2w4AFtsOADUGDwA1Bg8ANQYPABbbDgAW2w4AXwAPABbbDgAW2w4ANQYPAJnoAQCZ6AEAQwQPAPDFCwCZ6AEA5YAQABgeAgDkxAgAmegBAPENAADxDQAANQYPADUGDwAlggEAr3AQACLxDgB18Q4AqNMCAGULDwDlgBAA8Q0AAHoIDwCZ6AEA1p0CANQdAAB7UAMAk6wIAKsXAADSBAcAkmwHANIEBwB5DRAAZQsPAIhSEACvcBAA8Q0AAGdOAgDF0QAAxdEAAMXRAADlgBAAxdEAAHEpAgCLlg0A5YAQAGdOAgDlgBAAAEUCAEEVEACqBhAA/QYQAJwPDwDlgBAAxG0QABduEACxugIAkAgBAOWAEAC5WQ4AFAkAAOWAEABTAAAAqxcAAEpkDQCbyA4Ae1ADALzUDwBTAAAAQRUQABQJAAAUCQAAFAkAAESeDwBlCw8Am8gOALFnAgB7UAMAmxsPAGyxAwBumQMAZbEPAGSUCQA4gRAARN0GABbbDgBu6w8AwesPAIOWAwAi8Q4AdfEOAN8iEAA5KQ8AFtsOAOWAEADI5AQA91UPABbbDgA1Bg8ANQYPACLxDgB18Q4ANQYPAMYJDwAZCg8ARA4AAGULDwCbyA4A5YAQAJnoAQBlCw8Ar3AQAMYJDwAZCg8AmegBAM/jBACNww8A4igKAOWAEACabQUA5YAQAFRbCQAVOg8AZQsPABAjDwABRwAA5YAQALFnAgDMGw4AZQsPACYNEACS8AAAjcMPADiBEAA1Bg8AxgkPADiBEAA1Bg8A91UPAJwyCgDBrgAArP0BABbbDgBu6w8AwesPACLxDgDr5Q8A6RkMAKybDwCbyA4A8Q0AAJAIAQCaJw8AbpgPAAFHAAABRwAAFtsOAG7rDwDB6w8AECMPAAFHAAABRwAAAUcAAAFHAACh0w4A7DMPAAR8CwDCOQ8AZQsPADUGDwDGCQ8AGQoPAFo8DwARCgUAm8gOAKVCEADbzwoAOIEQADUGDwA4gRAANQYPAP9IDwBSSQ8ApUkPAMsgDwAeIQ8AcSEPAMQhDwDcoA8A/0gPAFJJDwClSQ8AodMOAC+bBAAW2w4AbusPAMHrDwAQIw8AoK8JAOWAEACxZwIAe1ADAOWAEACNww8Am8gOAOwtBACKlQMAuc8JADUGDwDGCQ8AGQoPABU6DwAgHwAAFtsOAG7rDwDB6w8A5YAQAKjTAgAQIw8AVp0IAAFHAAABRwAAYEcPALNHDwAGSA8Amm0FAGBHDwA1Bg8ADPkPABbbDgA4gRAANQYPAMYJDwA4gRAAzBsOAJnoAQCvcBAAxgkPABkKDwA+2QUAZQsPACYNEADlgBAACygLAGULDwDlgBAA8JwFADUGDwAW2w4AOIEQAMnlDgAc5g4A0gQHAPicDwD/SA8AUkkPAKVJDwCvcBAAxgkPABkKDwCbGw8AsWcCAMwbDgA1Bg8AImALAOWAEADMGw4AmegBAEbZDwDSBAcA+ZgCADUGDwDGCQ8AGQoPAKHTDgCQCAEAZQsPAOWAEAAScwwAm8gOAAPiCgAW2w4ANQYPABbbDgA1Bg8AOIEQADiBEAA4gRAANQYPADUGDwA1Bg8AxgkPABkKDwCvcBAA2wYPALuGEABlCw8Au4YQAGBHDwA1Bg8AFtsOAG7rDwDB6w8AFtsOAG7rDwDB6w8A5YAQAEvwDwCu+QoA5YAQAMwbDgDlgBAAcvoGAJvIDgCZ6AEATw0FAJAIAQDlgBAA5YAQALFnAgDlgBAAsWcCAOWAEACxZwIAOIEQADUGDwDGCQ8AGQoPAMwbDgA1Bg8AxgkPABkKDwBlCw8AAAAAACYNEAAEfAsAFtsOAG7rDwDB6w8AvhYPAOWAEABBFRAAAUcAAFinDwDr5Q8ARN0GAFnuDwCs7g8A3yIQAHtQAwA1Bg8AxgkPABkKDwBlCw8AZQsPADUGDwDGCQ8AGQoPACA6CAAAAAAA9HkPAEd6DwCaeg8AkmwHAAz5DwBf+Q8AsvkPAOWAEACh0w4ArvkKAEWaAgDMGw4AZQsPAOWAEAC81A8AbhwJAKHTDgDlgBAAtqcIAIFaDwAi8Q4AdfEOAMnlDgAc5g4AFtsOAG7rDwDB6w8APzUDAGULDwDlgBAAN5UDADUGDwA1Bg8AxgkPABkKDwDSBAcAIB8AADUGDwBF5Q8ANQYPAMYJDwAZCg8ATnIQAAAAAAAW2w4AbusPAMHrDwBlCw8AECMPAJvIDgBlCw8AjK0IAI3DDwCbyA4A8BIBAAAAAADlgBAAjcMPAJvIDgDwEgEA5YcPABbbDgBu6w8AwesPAP/uDwDbBg8A5YAQALanCAA1Bg8AxgkPABkKDwDlgBAAe1ADAH/FDwCZ6AEA8pEPADUGDwCS8AAAejkIAAFHAACIUhAAe1ADAE8NBQDlgBAAQJEAAOzZDwA/NQMApFUPAJnoAQCZ6AEAZQsPAN8iEAACcRAAkAgBAIFaDwCZ6AEADZoPAFBUBQAQIw8ApFUPAC11AQDlhw8AOIgPANIEBwAAAAAAAAAAAAAAAADlgBAAjcMPAAAAAAAAAAAAAAAAAA2aDwCQCAEA5YAQAEEVEACNww8A0gQHADUGDwD3VQ8A91UPADUGDwDbBg8AT8gCACR4EABu6w8AwesPABAjDwClQhAAr3AQANsGDwDsLQQAFtsOAGnbDgDsLQQA7ZAAAAFHAACX3QYA5YAQAJuEAACX3QYAOIEQAAWnDwCkVQ8AIvEOAHXxDgBv5g4AECMPAOWAEAB7UAMANQYPAOWAEAA3lQMAmegBAGULDwA3lQMANQYPAMYJDwAZCg8A26wPAC6tDwDsLQQA7C0EAOWAEAA3lQMAN5UDAM/jBABG2Q8Am8gOAAAAAADlgBAA5YAQAO2QAABL8A8AmegBAOWAEABJtQ8AFAkAAIDjCQBF9AEAgLkPANO5DwBTAAAAUwAAAJptBQBlCw8AmegBAOWAEADlgBAAqxcAABbbDgBu6w8AwesPAGZSDwALKAsAg5YDADUGDwDGCQ8AGQoPAOzuDAAi8Q4A6+UPAKDYDwBJtQ8AtqcIAEm1DwBJtQ8A0gQHAKsXAAAi8Q4A6+UPAHXxDgAW2w4AZQsPAEm1DwCctQ8A77UPAKVCEAD8vw8AKekPADUGDwA3lQMAZQsPAHzHCABLzggAAAAAAOOfDwA2oA8AAAAAAAAAAABY2AgAuyYGAAsoCwBlCw8A5YAQAOWAEADs2Q8AAUcAAGULDwDlgBAAggIOAGULDwCQCAEAmegBADUGDwDGCQ8AGQoPAOWAEACZ6AEA5YAQAJnoAQDlgBAAkAgBAObODwCQCAEAmegBAOWAEAAUCQAA5s4PABQJAABL8A8AtqcIAObODwCo0wIAAAAAAHtQAwCMzw8Ae1ADAOWAEABL8A8Az48QAGULDwDPjxAA5YAQAM+PEAA1Bg8AxgkPABkKDwDlgBAAggIOAJAIAQCbyA4A8Q0AAPENAACbyA4AzBsOAEvwDwCo0wIAFtsOAG7rDwDB6w8ANQYPAMYJDwAZCg8AmegBACwnAgDlgBAAmegBAOWAEABlCw8A4MMPAJnoAQCZ6AEATw0FAF3vCAClQhAAZQsPABQJAADlgBAA5s4PAJnoAQDJ5Q4AHOYOAOYoDwCCAg4A7E8LAGULDwABRwAA+ZgCAAFHAACvcBAAxgkPABkKDwBlCw8AB+IPANIEBwB7UAMAp00LAKjTAgBFOBAA6+UPAKyqAQCZ6AEA8Q0AAAAAAAAD4goAAAAAAE3YDwBo4A8Au+APAA7hDwDlgBAAr3AQAMYJDwAZCg8AmegBABQJAADsLQQA7C0EAKVCEACZ6AEAFtsOAJnoAQBlCw8AqNMCAGULDwC0PAMAQRUQAEEVEADs7gwAZQsPAOWAEACZ6AEAIvEOAHXxDgCvcBAAxgkPABkKDwCvcBAAmegBANIEBwDlgBAA0gQHAGHhDwDt8AoAtqcIABQJAAClQhAAPy4EAFBaEAAzfw0AkvAAAOWAEADJ5Q4AHOYOAMJVCwBFOBAACZoKAJnoAQB09g8AmegBAAmaCgAlGRAAGvcPADx0CwBXwgEAFtsOAG7rDwDB6w8AmegBAOWAEADlgBAAr3AQALFnAgCxZwIAr3AQAK9wEADSBAcA+eoOAEzrDgBK/A8ARPgOABbbDgA1Bg8A2wYPAOv0AQCjKgsAkaIBABvyDgAW2w4AOh4DAFfCAQDP4wQAG3YIAANYBgBF9AEAAUcAALj+BADSBAcA5YAQAMwbDgAqMBAA1p0CAMo0AgDWnQIAyjQCAJovAgDiKAoAOIEQAEWaAgDlgBAAFAkAAJnoAQCX+A4A1B0AADoeAwB/axAAmegBAOWAEAClQhAA0IMQAD8uBADlgBAAqNMCAKjTAgCo0wIAqNMCAGULDwBlCw8A+O8PANsGDwC67A8AFAkAAAFHAACxZwIAFtsOAG7rDwDB6w8AkmwHADUGDwBPyAIAJRkQABr3DwBFTQ0AIvEOAHXxDgBFTQ0APBoMACLxDgAc3w8Ar3AQAEXlDwDlgBAAmegBAO8lAADvJQAARfQBAEoLAgBrww4ATxMQAGnwCwAmDRAAmegBAOWAEACZ6AEAWWQLANv/DwDpGQwAmegBAJnoAQCZ6AEAajcMAMuCAQASJwsA/GUQADUGDwBF9AEA4DkLAPxlEACo0wIA/GUQAKjTAgBlCw8AmegBAJnoAQAlGRAAGvcPAOWAEAAi8Q4AdfEOAN8iEAD8jwoAmegBAJnoAQCZ6AEA5igPAJnoAQBdERAAnRENAPENAABuWgwAyeUOAGULDwAW2w4AyA0LAAmaCgBOchAAAAAAAAmaCgApUQ0Aki0QACJSDQDlLRAAgVoPACLqDwCvcBAA2wYPACUZEABKEQ0Aa8MOAIFaDwCSLRAAgVoPAOUtEACBWg8AJRkQABr3DwAF+g8AUwAAAD8SCAABRwAAMO8OAPENAACZ6AEACZoKABr3DwCZ6AEAoNgPAH0/AgDDJhAASGcQAJtnEAB7UAMA/I8KANIEBwCZ6AEAmegBAJnoAQDlgBAATFoLAExaCwBMWgsATFoLAEX0AQBF9AEAcnYNAJnoAQAi8Q4ArTUQACUZEACNaRAAmegBACUZEACdEQ0AmegBAOAWEAD7HhAAIvEOAE4fEACZ6AEAvCcQAA8oEADTXxAAYigQAJnoAQCZ6AEAJRkQAJ0RDQDgFhAA+x4QACLxDgBOHxAAmegBAELLDABnPxAAIvEOAHXxDgCvcBAA2wYPAJnoAQBFOBAApUIQAKVCEACS8AAAg+gPALNAEAAp6Q8AqsIBAExaCwBMWgsATFoLAExaCwCZ6AEAwyYQAKMODwAb8g4AYPQOAPyPCgClBA0AtisCACLxDgAc3w8A4BYQAGULDwC8JxAAZQsPAKVCEACo0wIAafALAGnwCwCZ6AEACygLALwnEAAPKBAA0gQHANIEBwCcFg4AIvEOAHXxDgALKAsAvCcQAA8oEADSBAcA0gQHAJwWDgBWEhAAqRIQACLxDgDr5Q8An+QPAAAAAABlCw8A5YAQAGULDwBPyAIANQYPACUZEAA0IA0AIvEOAOvlDwCPURAANF4QAK9wEABF5Q8AqNMCAHXxDgDfIhAAuc8JAOWAEAAlKAIAUwAAAPxlEAAlGRAANCANAAFHAAA1Bg8A0gQHAJnoAQAi8Q4AdfEOAJwWDgCS7wwAqNMCAKjTAgDyoAEA8qABAPKgAQDyoAEAqNMCAGULDwDyoAEAmegBAJnoAQCZ6AEAAAAAAAAAAAAlGRAAjWkQACLxDgB18Q4AnBYOAFAcDQDlgBAAJRkQALnPCQDlgBAAJRkQAH9rEABlCw8AmegBAJnoAQB7UAMAqxcAANIEBwDtkAAAmegBAMMmEABIZxAAm2cQAO5nEABBaBAAlGgQAOdoEACo0wIAIvEOAOvlDwCGFxAAr3AQAMYJDwAj5Q4A/gkCAE8TEAAlbBAAeGwQAMtsEAAebRAAr3AQANsGDwCotwYAr3AQAGULDwAJcBAAqNMCAMwbDgDSBAcANQYPAKVCEACQCAEAJg0QAJAIAQAmDRAAyeUOAE3YDwCQCAEAmegBACUZEAAa9w8AIvEOAHXxDgD+CQIANVIQADVSEAD+CQIAFtsOABbbDgAW2w4A/0gPABbbDgAW2w4AFtsOABbbDgDJ5Q4ATdgPABbbDgD/SA8AFtsOAGfsDwAW2w4AZ+wPABbbDgBn7A8ADPkPAGfsDwAW2w4AZ+wPABbbDgBn7A8Afx8PAGfsDwAW2w4AZ+wPAMsgDwAeIQ8AyPEOAJnoAQCZ6AEAqNMCAGULDwCrFwAAzBsOABvyDgCd/A8AOC4QADguEAAb8g4AbvIOANqdBwCEghAAqNMCAKjTAgDxDQAA8Q0AANMTDwBlCw8AqsIBABbbDgDlgBAAku8MAOWAEAAW2w4Am8gOAOWAEACbyA4AFtsOAG7rDwCbyA4AWogQAK2IEAAW2w4AqNMCAHv1DwBlCw8AmegBAJnoAQCZ6AEAz48QAJnoAQCZ6AEAmegBAM+PEACZ6AEAgJ4HAM+PEADlgBAAqmcOAJnoAQCZ6AEAz48QAGULDwDLIA8AHiEPAHEhDwAW2w4A8k0BAOAWEAD7HhAAmegBAK9wEADbBg8AIvEOAHXxDgDfIhAAM38NAAYRCwCBUxAAUFoQAMwbDgB93Q8ATdgPAJ/kDwDpGQwANQYPAEXlDwDpGQwA5YAQANqdBwC+Fg8A8fAPACUZEAAa9w8AIvEOAOvlDwCPURAA5YAQAJvIDgDgOQsAqxcAAOWAEAC2pwgAIvEOAHXxDgDfIhAAJYgMAL4WDwC+YhAAIvEOAK01EAAlGRAAShENAOWAEAA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAAAAgAMAAAAAAACAAQAAgAMAAIACAACAAwAAgAAAAIADAAAAAAAAgAEAAAAAAACAAwAAgAMAAAADAACAAwAAAAEAAIADAACAAwAAAAEAAAAAAACAAwAAgAAAAIADAACAAAAAgAEAAIADAACAAAAAgAAAAIADAACAAwAAAAIAAIADAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAACAAQAAgAIAAIABAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAAAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAIADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAACAAAAAAIAAQAABgAACAAAAACACAdgQAEAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAACggAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAQAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAEAAAAAAAAAAAAAAAEAAAACAAAAAEAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAEUAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAACAAAAABAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQACBgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAgAAAAAAAAAAAIAEAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAAiAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAgAAAAACAAEAAAYAAIgAAAAAgAgHYECBAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAEAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAgAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAgAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAIAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAARAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAGAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdwQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAIAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQ"},"index":{"lists":[[11,12,91,93,94,95],[1,2,4,5,6,7,8,11,12,13,14,35,36,37,38,39,42,43,44,45,48,49,50,51,52,53,54,55,56,57,58,59,63,68,69,71,72,73,74,75,76,77,78,79,80,81,82,86,87,88,89,91,93,94,95,99,104,105,132,135,136,138,149,150,151,153,154,155,156,157,158,166,169,179,180,184,185,188,197,198,202,206,208,209,210,211,213,215,216,218,219,222,223,224,225,239],[1,2,4,5,6,7,8,11,12,13,14,35,36,37,38,39,41,42,43,44,45,48,49,50,51,52,53,54,55,56,57,58,59,63,64,68,69,71,72,73,74,75,76,77,78,79,80,81,82,85,86,87,88,89,91,93,94,95,99,104,105,111,132,135,136,138,149,150,151,153,154,155,156,157,158,166,169,179,180,181,184,185,188,197,198,202,206,208,209,210,211,213,215,216,218,219,222,223,224,225,228,229,230,239],[11,12,61,84,91,93,94,95,187,228,245],[11,12,91,93,94,95,123,124,125,231,232,233,234,235,236,237],[4,5,11,12,91,93,94,95],[11,12,60,62,91,93,94,95],[11,12,91,93,94,95,219,238],[8,11,12,73,91,93,94,95,104,105,130,131,219,224,225],[8,11,12,91,93,94,95,123,124,125],[8,11,12,59,66,71,74,78,79,91,93,94,95,115,123,124,125,126,143,157,158,160,164,172,174,180,182,183,184,185,196,203,204,205,212,239],[11,12,21,22,23,29,30,91,93,94,95,103,163,176,218],[11,12,91,93,94,95,127,251],[10,11,12,91,93,94,95],[1,8,11,12,14,91,93,94,95,123,124,125,152,165,206,210,211,239],[8,11,12,16,91,93,94,95,123,124,125,129,152,206,210,211,239],[8,11,12,38,91,93,94,95,123,124,125,152,188,206,210,211,223,239],[4,8,11,12,24,91,93,94,95,123,124,125,152,153,175,206,210,211,227,239],[0,2,7,8,9,11,12,27,28,31,32,88,91,93,94,95,123,124,125,146,152,153,159,162,188,190,206,207,210,211,214,217,220,239,240,243,246,247,250,252],[3,8,11,12,15,18,27,31,32,34,41,44,45,67,70,89,90,91,93,94,95,99,101,107,108,110,116,123,124,125,128,133,136,139,146,152,153,161,168,170,171,177,188,189,200,206,210,211,239,248,253],[8,11,12,91,93,94,95,123,124,125,152,206,210,211,239],[8,11,12,91,93,94,95,123,124,125,152,153,206,210,211,239],[8,11,12,13,91,93,94,95,123,124,125,152,206,210,211,239],[8,11,12,91,93,94,95,123,124,125,152,206,210,211,239,244],[8,11,12,87,91,93,94,95,123,124,125,152,153,206,210,211,229,239,241,242],[8,11,12,82,90,91,93,94,95,102,106,117,123,124,125,148,152,192,206,210,211,229,239],[8,11,12,17,41,91,93,94,95,101,109,123,124,125,138,139,152,167,206,210,211,239],[7,8,11,12,33,65,91,93,94,95,123,124,125,152,153,206,210,211,239],[8,11,12,17,47,91,93,94,95,123,124,125,138,152,206,210,211,239],[8,11,12,19,20,40,52,91,93,94,95,100,112,114,118,123,124,125,134,140,141,142,144,145,147,152,156,173,178,179,191,194,199,201,202,206,210,211,221,226,239],[8,11,12,14,55,91,92,93,94,95,123,124,125,152,206,210,211,239],[5,8,11,12,91,93,94,95,123,124,125,152,206,210,211,239],[8,11,12,17,91,93,94,95,123,124,125,152,206,210,211,239],[11,12,91,93,94,95,98,113,119,120,121,122,137,193,195,249],[11,12,63,91,93,94,95],[8,11,12,25,26,91,93,94,95,123,124,125,206,210,211,239],[11,12,35,91,93,94,95],[11,12,36,37,39,42,43,91,93,94,95],[11,12,46,50,51,53,91,93,94,95],[11,12,49,72,91,93,94,95],[11,12,49,91,93,94,95,96,97],[11,12,49,73,75,91,93,94,95],[11,12,49,91,93,94,95],[11,12,54,56,58,72,91,93,94,95,213],[11,12,57,91,93,94,95,155],[11,12,72,91,93,94,95,213],[11,12,73,75,81,91,93,94,95,230],[11,12,75,91,93,94,95],[11,12,80,86,91,93,94,95,213,230],[11,12,83,91,93,94,95,186],[11,12,91,93,94,95,154],[11,12,91,93,94,95,213],[11,12,91,93,94,95,230],[11,12,77,91,93,94,95,216],[11,12,77,91,93,94,95,216,228],[11,12,77,91,93,94,95,197,198,216],[4,5,11,12,77,91,93,94,95,216],[11,12,77,91,93,94,95,216,219],[8,11,12,73,77,91,93,94,95,104,105,216,219,224,225],[8,11,12,77,85,91,93,94,95,197,198,216],[8,11,12,59,64,68,69,71,74,76,77,78,79,91,93,94,95,157,158,169,180,181,184,185,197,198,216,239],[11,12,77,91,93,94,95,216,218],[1,6,8,11,12,14,77,91,93,94,95,197,198,206,208,209,210,211,216,222,239],[8,11,12,77,91,93,94,95,197,198,206,208,209,210,211,216,239],[8,11,12,38,77,91,93,94,95,188,197,198,206,208,209,210,211,216,223,239],[4,8,11,12,77,91,93,94,95,153,197,198,206,208,209,210,211,216,239],[2,7,8,11,12,77,88,91,93,94,95,153,188,197,198,206,208,209,210,211,215,216,239],[8,11,12,41,44,45,77,89,91,93,94,95,99,132,136,153,188,197,198,206,208,209,210,211,216,239],[8,11,12,77,91,93,94,95,166,197,198,206,208,209,210,211,216,239],[8,11,12,77,91,93,94,95,153,197,198,206,208,209,210,211,216,239],[8,11,12,13,77,91,93,94,95,111,197,198,206,208,209,210,211,216,239],[8,11,12,77,87,91,93,94,95,153,197,198,206,208,209,210,211,216,229,239],[8,11,12,77,82,91,93,94,95,197,198,206,208,209,210,211,216,229,239],[8,11,12,41,77,91,93,94,95,138,197,198,206,208,209,210,211,216,239],[7,8,11,12,77,91,93,94,95,153,197,198,206,208,209,210,211,216,239],[8,11,12,77,91,93,94,95,132,135,138,197,198,206,208,209,210,211,216,239],[8,11,12,52,77,91,93,94,95,132,156,179,197,198,202,206,208,209,210,211,216,239],[8,11,12,14,55,77,91,93,94,95,197,198,206,208,209,210,211,216,239],[5,8,11,12,77,91,93,94,95,197,198,206,208,209,210,211,216,239],[11,12,63,77,91,93,94,95,216],[8,11,12,77,91,93,94,95,197,198,206,210,211,216,239],[11,12,35,77,91,93,94,95,216],[11,12,36,37,39,42,43,77,91,93,94,95,216],[11,12,50,51,53,77,91,93,94,95,216],[11,12,48,49,72,77,91,93,94,95,216],[11,12,49,77,91,93,94,95,216],[11,12,49,73,75,77,91,93,94,95,216],[11,12,54,56,58,72,77,91,93,94,95,149,213,216],[11,12,57,77,91,93,94,95,155,216],[11,12,72,77,91,93,94,95,213,216],[11,12,73,75,77,81,91,93,94,95,151,216,230],[11,12,75,77,91,93,94,95,216],[11,12,77,80,86,91,93,94,95,213,216,230],[11,12,77,91,93,94,95,150,216],[11,12,77,91,93,94,95,151,216],[11,12,77,91,93,94,95,154,216],[11,12,77,91,93,94,95,213,216],[11,12,77,91,93,94,95,216,230]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,111,112,114,117,123],[5,6,12,13,65,67,68,69,75,117],[65,67,68,69,92],[65,67,68,69,89,90,91,107,118],[1,65,67,68,69,89,90,91,92,107],[65,67,68,69,89,90,91,107],[7,65,67,68,69,89,90,91,107,108],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,113,116],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,115,121,123],[65,67,68,69,89,90,91,107,108],[65,67,68,69,74,86,89,90,91,103,107],[2,23,65,67,68,69,73,80,89,90,91,98,107,120],[16,44,65,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,98,107],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,110],[35,65,66,67,68,69,89,90,91,107],[2,65,67,68,69,89,90,91,107],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,110],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,109],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,111,112,122],[55,65,67,68,69,108],[55,63,65,67,68,69,108],[23,26,27,55,64,65,67,68,69,72,95,97,98,108],[55,65,67,68,69,119],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,108],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,110],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,110],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,109]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
