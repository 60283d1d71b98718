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
  matchRule
} from "./chunk-FVLE2DD6.js";
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
} from "./chunk-H3GD6XE7.js";
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
var DERIVED = `{"prefilter":{"key":"rules 250\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,30,31,32,49,51,54,55,145,210,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,407,409,410,411,412,413,414,415,418,419,420,422],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123,36],"words":8,"quiet":11635,"states":13112,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAAA0UQYABgAAABgeAgAHAAAA/P4GAAgAAACZ6AEACQAAAL2LAAAKAAAAAUcAAAsAAAC9pggADAAAAO2QAAANAAAAqxcAAA4AAADadAEADwAAACKtAAAQAAAA7yUAABEAAAAlggEAEgAAABQJAAATAAAAodsBABQAAAB7UAMAFQAAAKsJAgAWAAAAShIBABcAAABF9AEAGAAAAEoLAgAZAAAArP0BABoAAAAEFQIAGwAAAPmYAgAcAAAAqNMCAB0AAAAAAAAAHgAAABbpDAAfAAAAkAgBACAAAAB9PwIAIQAAAAAAAAAiAAAAV8IBACMAAACS8AAAJAAAAKEgBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA8qABACkAAAB7sQEAKgAAAAwjCgArAAAAExQMACwAAAAAAAAALQAAALvvAQAuAAAAAAAAAC8AAAAHRAIAMAAAAE/IAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAACKCgsAPAAAAOoUCwA9AAAA+P0NAD4AAACwLQwAPwAAAAAAAABAAAAAVi4MAEEAAAAAAAAAQgAAAGhPDABDAAAARVQMAEQAAAD7HhAARQAAADVuDABGAAAANHoMAEcAAABGmwwASAAAAJmbDABJAAAA7JsMAEoAAAAUrgwASwAAAPixDABMAAAAr98MAE0AAAAoXQ0ATgAAAHtdDQBPAAAABWINAFAAAADxUQ4AUQAAAERSDgBSAAAAl1IOAFUAAACmAAAAVgAAAPTNAwBYAAAA8hUJAFkAAAAIPwEAXAAAAE2bAABeAAAAqKIJAF8AAAAR9QcAZwAAAOINAgBqAAAAaskDAHAAAAChPAAAqQAAAPkAAACzAAAAS/gCALUAAACXbgoA/AAAAEm8DgBRAQAAnwEAAKUBAADyAQAA+QEAAEUCAABNAgAAmAIAAJoCAADrAgAA9AIAAD4DAABIAwAAkQMAAJwDAADkAwAA8AMAADcEAABEBAAAigQAAJQEAADdBAAA6wQAADAFAAA/BQAAgwUAAIUFAADWBQAA4AUAACkGAAA3BgAAfAYAAIEGAADPBgAA3AYAACIHAAAqBwAAdQcAAIUHAADIBwAAygcAABsIAAApCAAAbggAAH8IAACcvA4AyAgAAO+8DgAWCQAAyaAMABwJAABnCQAAKQkAAO1KCgAtCQAAP5wMADAJAABFDwoAbgkAALoJAAB0CQAAb1wKAL8JAAANCgAAGQoAAGAKAABjCgAAswoAALsKAAAGCwAAEwsAAFkLAABeCwAArAsAALYLAAD/CwAABwwAAFIMAABeDAAApQwAAGEMAAATBwIAuAwAAPgMAAAGDQAASw0AAE4NAACeDQAAqA0AAEK9DgDzDQAAJ3EAAPQNAACRogEA9g0AAEQOAAD6DQAATU4LAPsNAACxZwIA/A0AAJABAgD9DQAA1B0AAP4NAABIgwwA/w0AAF16AQAADgAAqS8AAAIOAAAdLgMABQ4AAGW5AgAODgAAJ68DABEOAABPggwASg4AAJcOAABTDgAAUTMIAJ0OAADqDgAA/g4AAD0PAABSDwAAkA8AAJgPAADjDwAA7Q8AADYQAAA7EAAAiRAAAI4QAADcEAAA5BAAAC8RAABFEQAAghEAAIQRAADVEQAA4hEAACgSAAA8EgAAexIAAIMSAADOEgAA3RIAACETAAAyEwAAdBMAAIITAADHEwAA0xMAABoUAAAnFAAAbRQAAHcUAADAFAAAwxQAABMVAAAbFQAAZhUAAGgVAAC5FQAAyhUAAAwWAAASFgAAXxYAAGsWAACyFgAAtBYAAAUXAAAMFwAAWBcAAGwXAACVvQ4ArBcAABB9DgCtFwAAECsCALAXAAD+FwAAtBcAAIzeAQC5FwAA5x0DAAAYAABXyQAAARgAAE29BwAFGAAAndMJAAYYAABRGAAACBgAAHc7AQAJGAAARIMHAAsYAACrkwYADRgAAGGxCgAPGAAATmUGABQYAAA5MQIAFxgAAHkABgBSGAAApBgAAFQYAAD6ygUAVxgAACDSCgC7GAAA9xgAAA8ZAABKGQAAVRkAAJ0ZAAC2GQAA8BkAAPIZAABDGgAAXRoAAJYaAAClGgAA6RoAAO4aAAA8GwAASRsAAI8bAACfGwAA4hsAAOobAAA1HAAAQRwAAIgcAACVHAAA2xwAAOUcAAAuHQAANB0AAIEdAACVHQAA6L0OANodAAAnHgAA3h0AAAQiDADrHQAAsOEKAEIeAAB6HgAAhh4AAM0eAADTHgAAIB8AACMfAAAalwUAKB8AAHMfAAB2HwAAhrcFAHofAADGHwAAfh8AAOqYBACBHwAAQHwDAMsfAAAZIAAAJSAAAGwgAABvIAAAvyAAAMcgAAASIQAAHyEAAGUhAABqIQAAuCEAAMIhAAALIgAAEyIAAF4iAABhIgAAsSIAALoiAAAEIwAABSMAAFcjAABYIwAAqiMAAK8jAAD9IwAAAyQAAFAkAABaJAAAoyQAAKskAAD2JAAA+SQAAEklAABMJQAAnCUAAK0lAAA7vg4A8SUAALOpAQD0JQAAPCELAPglAAAnDw4A+yUAAEImAAD9JQAA+RsIAFomAACVJgAAmCYAAOgmAAD0JgAAOycAAEgnAACOJwAAlScAAOEnAADjJwAANCgAAD0oAACHKAAAkSgAANooAADlKAAALSkAAEkpAACAKQAAiCkAAI6+DgDYKQAAJioAAC4qAAB5KgAAeioAAMwqAADOKgAAHysAACIrAAByKwAAdSsAAOG+DgDKKwAAGCwAAB4sAABrLAAAciwAAL4sAADGLAAAES0AABQtAABkLQAAbS0AALctAAC4LQAACi4AAAsuAABdLgAAbi4AALAuAAC+LgAAAy8AAA8vAABWLwAAXS8AADS/DgCvLwAA/C8AAP4vAABPMAAAZTAAAKIwAACqMAAA9TAAAPcwAABIMQAAUTEAAJsxAAClMQAA7jEAAPkxAABBMgAATTIAAJQyAAChMgAA5zIAAPEyAAA6MwAASDMAAI0zAACcMwAA4DMAAOIzAAAzNAAAPTQAAIY0AACUNAAA2TQAAN40AAAsNQAAOTUAAH81AACHNQAA0jUAANg1AAAlNgAAMTYAAHg2AACVNgAAyzYAANQ2AAAeNwAALDcAAHE3AAB3NwAAxDcAANA3AAAXOAAAGjgAAGo4AAByOAAAvTgAAM44AAAQOQAAHjkAAGM5AAB8OQAAtjkAALc5AAAJOgAAJjoAAIe/DgBhOgAArzoAALU6AAACOwAACjsAAFU7AABeOwAAqDsAAKs7AAD7OwAABzwAAE48AABUPAAALcAOAL08AAD0PAAA/DwAAIDADgBKPQAAmj0AAKs9AADtPQAA9T0AAEA+AABOPgAAkz4AAJY+AADmPgAA7j4AADk/AABGPwAAjD8AAJE/AADfPwAA6T8AADJAAAA6QAAAhUAAAJFAAADYQAAA5UAAACtBAAAtQQAAfkEAAJdBAADRQQAA4kEAACRCAAAwQgAAd0IAAH5CAADKQgAA0kIAAB1DAAAiQwAAcEMAAH1DAADDQwAAy0MAABZEAAAgRAAAaUQAAHREAAC8RAAAyEQAAA9FAAAXRQAA08AOAG5FAAC1RQAAu0UAAAhGAAAjRgAAW0YAAGdGAACuRgAAtEYAACbBDgAGRwAA0xsCAAdHAABHxwQACEcAALLlBgAMRwAAVEcAAA1HAADjyQkAD0cAACVmBQAVRwAA5yQCAGBHAACnRwAArUcAABtTDQCvRwAAecEOAAZIAABNSAAAU0gAAKBIAAC7SAAA80gAAP9IAABGSQAATEkAAJlJAAChSQAA7EkAAPJJAAA/SgAAS0oAAJJKAACvSgAA5UoAAO5KAAA4SwAAREsAAItLAACOSwAA3ksAAOhLAAAxTAAAPUwAAIRMAACLTAAA10wAAN9MAAAqTQAAK00AAP9eAAAtTQAAfU0AAIxNAADQTQAA1k0AACNOAAAlTgAAdk4AAIxOAADJTgAA504AABxPAAA1TwAAb08AAHFPAADCTwAAxU8AABVQAAAhUAAAaFAAAG9QAAC7UAAAw1AAAA5RAAAQUQAAYVEAAGpRAAC0UQAAvlEAAAdSAAASUgAAWlIAAGZSAACtUgAAulIAAABTAAAKUwAAU1MAAGFTAACmUwAAtVMAAPlTAAD7UwAATFQAAFZUAACfVAAArVQAAPJUAAD3VAAARVUAAFJVAACYVQAArVUAAOtVAADzVQAAPlYAAFdWAACRVgAAmlYAAORWAADuVgAAN1cAAD9XAACKVwAAl1cAAN1XAADiVwAAMFgAADhYAACDWAAAhFgAANZYAADYWAAAKVkAACxZAAB8WQAAf1kAAMzBDgDUWQAAIloAAChaAAB1WgAAfFoAAMhaAADQWgAAG1sAAB9bAABuWwAAcFsAAMFbAADEWwAAFFwAABxcAABnXAAAaFwAALpcAADAXAAADV0AABJdAABgXQAAe10AALNdAADBXQAABl4AAA1eAABZXgAAZV4AAKxeAACzXgAAH8IOAAFfAABSXwAAVV8AAKVfAACoXwAAcsIOAP1fAABLYAAAUWAAAJ5gAAClYAAA8WAAAA9hAABEYQAAXWEAAJdhAACZYQAA6mEAAO1hAAA9YgAASWIAAJBiAACXYgAA42IAAOtiAAA2YwAAOGMAAIljAACSYwAA3GMAAOZjAAAvZAAAOmQAAIJkAACOZAAA1WQAAOJkAAAoZQAAMmUAAHtlAACJZQAAzmUAAN1lAAAhZgAAI2YAAHRmAAB+ZgAAx2YAANVmAAAaZwAAH2cAAG1nAAB6ZwAAwGcAANVnAAATaAAAG2gAAGZoAAB/aAAAuWgAAMJoAAAMaQAAFmkAAF9pAABnaQAAsmkAAL9pAAAFagAACmoAAFhqAABgagAAq2oAAKxqAAD+agAAAGsAAFFrAABUawAApGsAAKdrAADFwg4A/GsAAEpsAABQbAAAnWwAAKRsAADwbAAA+GwAAENtAABHbQAAlm0AAJhtAADpbQAA7G0AADxuAABEbgAAj24AAJBuAADibgAA6G4AADVvAAA6bwAAiG8AAKNvAADbbwAA6W8AAC5wAAA1cAAAgXAAAI1wAADUcAAA23AAABjDDgAqcQAAenEAAItxAADNcQAA1XEAAN+LAQDpcQAAIHIAAChyAABrww4AgnIAAMZyAADMcgAAGXMAABtzAABscwAAgnMAAL9zAADdcwAAEnQAABV0AABldAAAcXQAALh0AAC+dAAAC3UAACZ1AABedQAAanUAALF1AAC3dQAABHYAACJ2AABXdgAAZ3YAAKp2AAC4dgAA/XYAAAN3AABQdwAAU3cAAKN3AACtdwAA9ncAABR4AABJeAAAX3gAAJx4AACoeAAA73gAAPJ4AABCeQAARXkAAJV5AACXeQAA6HkAAP95AAA7egAAR3oAAI56AACqegAA4XoAAOl6AAC+ww4ARXsAAId7AACVewAA2nsAAOZ7AAAtfAAAOnwAAIB8AACKfAAA03wAANt8AAAmfQAAJ30AAHl9AAB7fQAAzH0AAM99AAAffgAAIn4AABHEDgB3fgAAxX4AAMt+AAAYfwAAH38AAGt/AABzfwAAvn8AANR/AAARgAAAGoAAAGSAAABngAAAt4AAAMGAAAAKgQAAEoEAAF2BAAB2gQAAsIEAALyBAAADggAAC4IAAGTEDgBeggAAqYIAAKyCAAD8ggAABoMAAE+DAABVgwAAooMAALCDAAD1gwAAAoQAAEiEAABfhAAAt8QOAJyEAABbkQ0AnoQAACKmAQChhAAABlACAKKEAABu1wYAo4QAABGwBQCkhAAAiMIAAKWEAABVLQIAqIQAAC5oDQCqhAAA7oQAAKyEAAAEmAcAsYQAAOTZBQCyhAAAIgYMAPiEAABndwgA/YQAAEGFAABNhQAAlIUAAJWFAAC0jwMAl4UAAOeFAADqhQAAOoYAAEGGAACGgAEAQoYAAI2GAABShgAA/CgBAJSGAADghgAA7IYAADOHAABAhwAAhocAAJSHAADZhwAA5YcAACyIAAAziAAAf4gAAIeIAADSiAAA4ogAACWJAAAqiQAAeIkAAH6JAADLiQAA04kAAB6KAAAnigAAcYoAAHSKAADEigAA0IoAABeLAAAdiwAACsUOAImLAABdxQ4AyosAABCMAAASjAAAN/0AABOMAAC+cQIAF4wAAOSbAgAbjAAAgwsLAByMAABCxQEAH4wAAFoFCwApjAAAN0kCADCMAABjjAAAcIwAALaMAAC7jAAACY0AAA2NAABcjQAAaY0AAK+NAAC3jQAAAo4AALqNAAAjtQkACY4AAFWOAAARjgAA21oDAFeOAACojgAAso4AAPuOAAD9jgAATo8AAGePAAChjwAAo48AAPSPAAD3jwAAR5AAAFOQAACakAAAopAAALDFDgDzkAAAQJEAAPWQAABweRAA/JAAAP7tBQD+kAAANUUGAACRAACtSwEACZEAAJPqCwBGkQAAmuMAAFiRAACTkQAAlZEAAOaRAACgkQAAAKYAAKyRAAC8lwAA9ZEAADmSAABIkgAAjJIAAJiSAADfkgAA4pIAADKTAAA1kwAAhZMAAJ2TAADYkwAA35MAACuUAAA3lAAAfpQAAIuUAADRlAAA35QAACSVAAAwlQAAd5UAAH6VAADKlQAA4pUAAB2WAAAplgAAcJYAAHaWAADDlgAAyZYAABaXAAAblwAAaZcAAG+XAABWxg4AvpcAAA+YAAAWmAAAYpgAAHqYAAC1mAAAvJgAAAiZAAAhmQAAW5kAAHOZAACumQAAupkAAAGaAAAHmgAAVJoAAFqaAACnmgAArJoAAPqaAAAAmwAAqcYOAGabAACgmwAAsZsAAPObAAABnAAARpwAAFWcAACZnAAAoZwAAOycAAAMnQAAP50AAEudAACSnQAApp0AAOWdAADtnQAAOJ4AAD6eAACLngAAl54AAN6eAADongAAMZ8AADefAACEnwAAkp8AANefAADjnwAAKqAAAEWgAAB9oAAAf6AAANCgAADhoAAAI6EAACuhAAB2oQAAhKEAAMmhAADMoQAAHKIAACSiAABvogAAfKIAAMKiAADHogAAFaMAAB+jAABoowAAcKMAALujAAC9owAADqQAAB+kAABhpAAAcqQAALSkAAC5pAAAB6UAAAulAABapQAAZqUAAK2lAAC0pQAA/MYOAAWmAABTpgAAXaYAAKamAAC+pgAA+aYAAPymAABMpwAAVacAAJ+nAACgpwAA8qcAAPOnAABFqAAASqgAAJioAACeqAAA66gAAPWoAAA+qQAASqkAAJGpAACYqQAA5KkAAPypAAA3qgAAOaoAAIqqAACTqgAA3aoAAOeqAAAwqwAAO6sAAIOrAACbqwAA1qsAAOyrAAAprAAALqwAAHysAACDrAAAz6wAANusAABPxw4AJK0AACmeAgAnrQAAnbgBACutAACFwwUALa0AAKlRBwAzrQAAda0AAHetAADAWQIAg60AAMitAADUrQAAG64AANetAADrygcAKK4AAG6uAAB4rgAAwa4AAMKuAACAbQ4Aya4AABSvAAAbrwAAZ68AAC+vAADzlAEAbK8AALqvAADGrwAADbAAABCwAABgsAAAaLAAALOwAADAsAAABrEAAAuxAABZsQAAY7EAAKyxAAC0sQAA/7EAAAKyAABSsgAAW7IAAKWyAACmsgAA+LIAAPmyAABLswAAULMAAJ6zAACkswAA8bMAAPuzAABEtAAATLQAAJe0AACZtAAA6rQAAPO0AAA9tQAAR7UAAJC1AACbtQAA47UAAO+1AAA2tgAAQ7YAAIm2AACTtgAA3LYAAOq2AAAvtwAAPrcAAIK3AACEtwAA1bcAAN+3AAAouAAANrgAAHu4AACAuAAAzrgAANu4AAAhuQAAKbkAAHS5AAB1uQAAx7kAAM25AAAaugAAH7oAAG26AAB3ugAAwLoAAMW6AAATuwAAIrsAAGa7AABruwAAubsAAMq7AAAMvAAAFLwAAF+8AABlvAAAsrwAAL68AAAFvQAAIr0AAFi9AABhvQAAq70AALe9AAD+vQAAAb4AAFG+AABbvgAApL4AALC+AAD3vgAA/r4AAEq/AABSvwAAnb8AALa/AADwvwAABMAAAEPAAABLwAAAlsAAAJnAAADpwAAA9cAAADzBAABCwQAAj8EAAKrBAADiwQAA7sEAADXCAAA7wgAAoscOAJLCAADbwgAA5sIAAC7DAAA2wwAAXdQAADrDAACBwwAAjsMAANTDAADewwAAJ8QAADXEAAB6xAAAicQAAM3EAADPxAAAIMUAACrFAABzxQAAgcUAAMbFAADLxQAAGcYAACbGAABsxgAAdMYAAL/GAADAxgAAEscAAMPGAABYYwEAz8YAAE6IAQAjxwAAZccAAG7HAAC4xwAAz8cAAAvIAAAZyAAAXsgAAGvIAACxyAAAucgAAATJAAAjyQAA9ccOAGDJAACqyQAAtMkAAP3JAAAIygAASMgOAFLKAACjygAArMoAAPbKAAAAywAAScsAAFTLAACcywAAqMsAAO/LAAD8ywAAQswAAEzMAACVzAAAo8wAAOjMAAD3zAAAO80AAD3NAACOzQAAmM0AAOHNAADvzQAANM4AADnOAACHzgAAlM4AANrOAADizgAALc8AADPPAACAzwAAjM8AANPPAADwzwAAJtAAAC/QAAB50AAAh9AAAMzQAADS0AAAH9EAACvRAABy0QAAedEAAJvIDgDH0QAABQkCAMvRAAAY0gAAHdIAAGvSAAAm0gAAyTIEAHjSAAC+0gAA1dIAABHTAAAS0wAAZNMAAGbTAAC30wAAutMAAArUAAAN1AAA7sgOAH7UAACw1AAAsdQAAAPVAAAF1QAAVtUAAFnVAACp1QAArNUAAEHJDgAB1gAAT9YAAFXWAACi1gAAqdYAAPXWAAAX1wAASNcAAFDXAACb1wAAqtcAAO7XAADw1wAAQdgAAFLYAACU2AAApdgAAOfYAADz2AAAOtkAAEHZAACN2QAAldkAAODZAADk2QAAM9oAAEHaAACG2gAAkNoAANnaAADk2gAALNsAADHbAAB/2wAAiNsAANLbAADc2wAAJdwAAC3cAAB43AAAetwAAMvcAADY3AAAHt0AADLdAABx3QAAed0AAMTdAADF3QAAF94AABneAABq3gAAbd4AAL3eAADA3gAAlMkOABXfAABj3wAAad8AALbfAAC93wAACeAAABHgAABc4AAAa+AAAK/gAAC04AAAAuEAAA/hAABV4QAAZeEAAKjhAAC24QAA++EAABLiAABO4gAAV+IAAKHiAACn4gAA9OIAAADjAABH4wAATuMAAOfJDgCf4wAAGbgCAKLjAADt4wAAp+MAAE79CAD84wAAQOQAAFHkAACT5AAAoeQAAObkAADy5AAAOeUAAEblAACM5QAAluUAAN/lAADn5QAAMuYAADXmAACF5gAAkeYAANjmAADl5gAAK+cAADXnAAB+5wAAhucAANHnAADT5wAAJOgAAC3oAAB36AAAgegAAMroAADV6AAAHekAADLpAABw6QAAeOkAAMPpAADc6QAAFuoAAB/qAABp6gAAc+oAALzqAADE6gAAD+sAABzrAABi6wAAZ+sAALXrAAC96wAACOwAAAnsAABb7AAAXewAAK7sAACx7AAAAe0AAATtAAA6yg4AWe0AAKftAACt7QAA+u0AAAHuAABN7gAAVe4AAKDuAACu7gAA8+4AAPbuAABG7wAATu8AAJnvAACc7wAA7O8AAPjvAAA/8AAASfAAAI3KDgCT8AAAo3YMAJTwAADl8AAAlfAAAAsoCwCc8AAA6HgMAJ3wAACJmgQAofAAAJH1AQCi8AAAed0KALbwAACv2QEA7vAAADjxAABC8QAAi/EAAJbxAADe8QAA6vEAADHyAAA+8gAAhPIAAI7yAADX8gAA5fIAACrzAAA58wAAffMAAH/zAADQ8wAA2vMAACP0AAAx9AAAdvQAAHv0AADJ9AAA1vQAABz1AAAs9QAAb/UAAHH1AADC9QAA0PUAABX2AAAm9gAA4MoOAG/2AAAzyw4Aw/YAAIbLDgAX9wAAYfcAAGv3AAC09wAAv/cAAAf4AAAT+AAAWvgAAGf4AACt+AAAt/gAAAD5AAAO+QAAU/kAAGL5AACm+QAAqPkAAPn5AAAD+gAATPoAAFr6AACf+gAApPoAAPL6AAD/+gAARfsAAE37AACY+wAAqPsAAOv7AADt+wAAPvwAAEz8AACR/AAAovwAANnLDgDr/AAALMwOAFD9AACK/QAAm/0AAN39AADp/QAAMP4AADj+AAB/zA4AiP4AANb+AADe/gAAKf8AACv/AAB8/wAALv8AALTNBgA4/wAA8osEAIX/AADP/wAAi/8AADNICQDZ/wAAIgABAC0AAQB1AAEAgQABAMgAAQDVAAEAGwEBACUBAQBuAQEAfAEBAMEBAQDQAQEAFAIBABYCAQBnAgEAcQIBALoCAQDGAgEADQMBABUDAQDSzA4AYwMBALMDAQDBAwEABgQBABMEAQBZBAEAcAQBAKwEAQC0BAEA/wQBABUFAQBSBQEAXgUBAKUFAQC0BQEA+AUBAAMGAQBLBgEATQYBAJ4GAQCrBgEA8QYBAP8GAQBEBwEARwcBAJcHAQCtBwEA6gcBAPIHAQA9CAEATwgBACXNDgCdCAEAyLMLAJ8IAQDjCAEA6AgBADYJAQA9CQEAiQkBAJUJAQDcCQEA6QkBAC8KAQAxCgEAggoBAJgKAQDVCgEA4QoBACgLAQBHCwEAewsBAJcLAQDOCwEA1gsBAHjNDgAjDAEAdAwBAH0MAQDHDAEA0QwBABoNAQAlDQEAbQ0BAHkNAQDADQEAzQ0BABMOAQAdDgEAZg4BAHQOAQC5DgEAyA4BAAwPAQAODwEAXw8BAGkPAQCyDwEAwA8BAAUQAQAKEAEAWBABAGUQAQCrEAEAuxABAP4QAQAAEQEAUREBAF8RAQCkEQEAtREBAMvNDgD+EQEAHs4OAEwSAQCt3AQATxIBAJ0SAQBTEgEAJ70BAFYSAQBcCQcAWBIBADiXAQBeEgEAjl4EAKQSAQDNKwoAqhIBAPASAQAHEwEAQxMBAEgTAQCWEwEAmRMBAOkTAQCgEwEA4p4FALITAQBCqQUA7hMBAL+jBQD1EwEAPBQBAEIUAQA7IAEASxQBAI8UAQCYFAEA4hQBAOgUAQA1FQEAQxUBAIgVAQCSFQEA2xUBAO8VAQAuFgEAOhYBAIEWAQCUFgEA1BYBAOMWAQAnFwEAMxcBAHoXAQB7FwEAzRcBANcXAQAgGAEALhgBAHMYAQB4GAEAxhgBANMYAQDEzg4ALBkBAGwZAQB7GQEAvxkBAMsZAQASGgEAExoBAGUaAQBvGgEAuBoBAMYaAQALGwEAEBsBAF4bAQBrGwEAvc8OALMbAQAEHAEADRwBAFccAQBhHAEAqhwBALUcAQD9HAEACR0BAFAdAQBdHQEAox0BAK0dAQD2HQEABB4BAEkeAQBYHgEAnB4BAJ4eAQDvHgEA+R4BAEIfAQBQHwEAlR8BAKIfAQDoHwEA/x8BABDQDgBWIAEAjiABAJogAQDhIAEA5yABADQhAQBAIQEAhyEBAI0hAQDaIQEA4CEBAC0iAQAyIgEAgCIBAIYiAQBj0A4A3CIBACYjAQAwIwEAeSMBAIQjAQDMIwEA2CMBAB8kAQAsJAEAciQBAHwkAQDFJAEA0yQBABglAQAnJQEAayUBAG0lAQC+JQEAyCUBABEmAQAfJgEAZCYBAGkmAQC3JgEAxCYBAAonAQASJwEAXScBAG0nAQCwJwEAsicBAAMoAQARKAEAVigBAGcoAQBc0Q4AsCgBAK/RDgACKQEATykBAFspAQCiKQEAsikBAPUpAQD+KQEASCoBAEsqAQCbKgEApyoBAO4qAQD1KgEAQSsBAEkrAQCUKwEAsisBAOcrAQDvKwEAOiwBAEssAQCNLAEAkiwBAOAsAQD3LAEAMy0BAEEtAQCGLQEAky0BANktAQDhLQEALC4BADAuAQB/LgEAgS4BANIuAQDVLgEAJS8BAC0vAQB4LwEAfi8BAMsvAQDXLwEAHjABAC4wAQBxMAEAejABAMQwAQDHMAEAFzEBACMxAQBqMQEAcTEBAALSDgDGMQEAEDIBABMyAQBjMgEAcTIBALYyAQDDMgEACTMBACAzAQBcMwEAZDMBAK8zAQCxMwEAAjQBAAs0AQBVNAEAXzQBAKg0AQCzNAEA+zQBAAc1AQBONQEAWzUBAKE1AQCrNQEA9DUBAAI2AQBHNgEAVjYBAJo2AQCcNgEA7TYBAPc2AQBANwEATjcBAJM3AQCYNwEA5jcBAPM3AQA5OAEAQTgBAIw4AQCiOAEA3zgBAOs4AQAyOQEAQTkBAIU5AQCQOQEA2DkBANo5AQArOgEAODoBAH46AQCMOgEA0ToBANQ6AQAkOwEAOjsBAFXSDgB/OwEA8f8BAIU7AQDhbAIAjzsBAMo7AQDMOwEAHTwBAC48AQBwPAEAgTwBAMM8AQDIPAEAFj0BABo9AQBpPQEAdT0BALw9AQDDPQEADz4BABc+AQBiPgEAgD4BALU+AQC9PgEAqNIOAA0/AQBbPwEAXD8BAAKNDABqPwEA2EYLAHQ/AQCuPwEAsD8BAAFAAQAaQAEAVEABAGVAAQCnQAEAs0ABAPpAAQD8QAEATUEBAFZBAQCgQQEAXEEBACNHAQCqQQEA80EBAP5BAQBGQgEAUkIBAJlCAQCmQgEA7EIBAPZCAQA/QwEATUMBAJJDAQChQwEA5UMBAOdDAQA4RAEAQkQBAItEAQCZRAEA3kQBAONEAQAxRQEAPkUBAIRFAQCQRQEA10UBAN1FAQAqRgEAMEYBAH1GAQCCRgEA0EYBANZGAQD70g4AMkcBAHZHAQCCRwEAyUcBAMxHAQAcSAEAH0gBAG9IAQB2SAEAwkgBAM5IAQAVSQEAIkkBAGhJAQB2SQEAu0kBAMdJAQAOSgEAFUoBAE7TDgBnSgEAtEoBALpKAQAHSwEADEsBAFpLAQBgSwEAodMOAK5LAQA46gEAt0sBAG3HCgC5SwEAGqsOALtLAQDDSQsAvEsBAABMAQAMTAEAU0wBAFRMAQCmTAEAX0wBAFNZCwCwTAEA+UwBAAdNAQBMTQEAUU0BAJ9NAQCsTQEA9NMOAPRNAQCeEwsAAE4BAEwHCwAVTgEAR9QOAGtOAQCYTgEAv04BAOtOAQAPTwEAPk8BAEZPAQCa1A4AnU8BAORPAQDmTwEAN1ABADpQAQCKUAEAj1ABAN1QAQDqUAEAMFEBAExRAQCDUQEAi1EBAO3UDgDfUQEAKVIBAONRAQDjWwEALFIBAHxSAQCIUgEAz1IBANVSAQAiUwEAL1MBAHVTAQB3UwEAyFMBAN5TAQAbVAEAJ1QBAG5UAQB2VAEAQNUOAMdUAQAUVQEAHFUBAGdVAQBoVQEAulUBALxVAQANVgEAEFYBAGBWAQBjVgEAk9UOALhWAQAGVwEADFcBAFlXAQBgVwEArFcBALRXAQD/VwEADFgBAFJYAQBXWAEApVgBAK9YAQD4WAEAAFkBAEtZAQBNWQEAnlkBAK9ZAQDxWQEAAloBAERaAQBJWgEAl1oBAJtaAQDqWgEA9loBAD1bAQBEWwEAkFsBAKJbAQDm1Q4A6FsBADZcAQA+XAEAiVwBAItcAQDcXAEA61wBAC9dAQA+XQEAgl0BAI5dAQDVXQEA2F0BACheAQArXgEAe14BAINeAQDOXgEA2F4BACFfAQAmXwEAdF8BAHxfAQDHXwEA0V8BABpgAQAlYAEAbWABAHtgAQDAYAEAw2ABABNhAQAbYQEAZmEBAIFhAQC5YQEAxGEBAAxiAQARYgEAX2IBAGJiAQCyYgEAvGIBAAVjAQAXYwEAOdYOAGZjAQCrYwEAtWMBAP5jAQAJZAEAUWQBAFlkAQCkZAEAqmQBAPdkAQD5ZAEASmUBAGNlAQCdZQEAtmUBAPBlAQD+ZQEAQ2YBAE1mAQCWZgEArGYBAOlmAQAGZwEAPGcBAERnAQCPZwEAn2cBAOJnAQDkZwEANWgBAENoAQCIaAEAmWgBAIzWDgDiaAEA39YOAC9pAQCBaQEAkmkBANRpAQDgaQEAJ2oBAClqAQB6agEAfWoBAM1qAQDZagEAIGsBAChrAQCF1w4AfmsBAMZrAQDSawEAGWwBAChsAQBsbAEAjGwBAL9sAQDHbAEAEm0BACZtAQBlbQEAam0BALhtAQDBbQEAC24BABFuAQBebgEAZm4BALFuAQDAbgEABG8BAAlvAQBXbwEAZG8BAKpvAQC3bwEA/W8BAAlwAQBQcAEAX3ABAKNwAQCtcAEA9nABAARxAQBJcQEATnEBAJxxAQCpcQEA73EBAPdxAQBCcgEARXIBAJVyAQChcgEA6HIBAPJyAQA7cwEARXMBAI5zAQCccwEA4XMBAO5zAQA0dAEAS3QBAId0AQCKdAEA2NcOAN10AQDHpAMA5HQBAHpOBQDndAEALXUBAOp0AQD8iAsA63QBACx6AgDwdAEAnf0DADR1AQDCQQIAN3UBAD81AwA8dQEArFYNAEh1AQCAdQEAgnUBANN1AQDkdQEAJnYBADR2AQB5dgEAgHYBAMx2AQDOdgEAH3cBANF2AQCdXgIA1HYBAFuSAQAudwEAcncBAIF3AQDFdwEA0XcBABh4AQAbeAEAa3gBAG54AQC+eAEA3ngBABF5AQAdeQEAZHkBAHh5AQC3eQEAxXkBAAp6AQARegEAK9gOAHR6AQCwegEAsnoBAIbnCgCzegEAjeYKAL16AQADewEABXsBAFZ7AQBgewEAqXsBAGd7AQAX6woAsnsBAPx7AQACfAEAT3wBAFt8AQCifAEAqXwBAPV8AQD6fAEASH0BAFR9AQCbfQEAnn0BAO59AQD7fQEAQX4BAEZ+AQCUfgEAnn4BAOd+AQD9fgEAOn8BADx/AQCNfwEAl38BAOB/AQDvfwEAM4ABAD6AAQB+2A4AkoABANmAAQDmgAEALIEBADqBAQB/gQEAi4EBANKBAQDZgQEA0dgOACqCAQB4ggEAMYIBAKoUDgAzggEAzQIEAHqCAQCibgMAfYIBAJXgCQCPggEAy4IBANmCAQAegwEAK4MBAHGDAQB5gwEAxIMBAM6DAQAqyQYA1IMBABeEAQAZhAEAaoQBAHiEAQC9hAEAzoQBACTZDgAXhQEAd9kOAGiFAQC2hQEAvIUBAAmGAQARhgEAXIYBAGWGAQCvhgEAsoYBAAKHAQAOhwEAVYcBAFuHAQCohwEAsIcBAPuHAQAaiAEAHdoOAFCIAQChiAEAr4gBAPSIAQAFiQEAcNoOAE6JAQDD2g4An4kBAO2JAQDziQEAQIoBAEiKAQCTigEAnIoBAOaKAQDpigEAOYsBAEWLAQCMiwEAkosBAGnbDgDhiwEAMowBADuMAQCFjAEAj4wBANiMAQDjjAEAK40BADeNAQB+jQEAi40BANGNAQDbjQEAJI4BADKOAQB3jgEAho4BAMqOAQDMjgEAHY8BACePAQBwjwEAfo8BAMOPAQDIjwEAFpABACOQAQBpkAEAcZABALyQAQDMkAEAD5EBABGRAQBikQEAcJEBALWRAQDGkQEAvNsOAA+SAQAP3A4AZJIBAK6SAQCxkgEAAZMBAA2TAQBUkwEAWpMBAKeTAQC0kwEA+pMBAPyTAQBNlAEAY5QBAKCUAQCslAEAYtwOAP+UAQBGlQEATJUBAJmVAQCclQEA7JUBAPqVAQA/lgEARJYBAJKWAQCflgEA5ZYBAO2WAQC13A4ARZcBAIuXAQCZlwEA3pcBAPSXAQAxmAEAOpgBAISYAQCamAEA15gBAN+YAQAqmQEALZkBAH2ZAQCGmQEA0JkBANGZAQAjmgEAJJoBAHaaAQB7mgEAyZoBAM+aAQAcmwEAJpsBAG+bAQB7mwEAwpsBAMmbAQAVnAEAHZwBAGicAQBqnAEAu5wBALycAQAOnQEAHJ0BAGGdAQBpnQEAtJ0BAM+dAQAHngEAE54BAFqeAQBgngEArZ4BALCeAQAAnwEADp8BAFOfAQBYnwEApp8BALOfAQD5nwEAAaABAEygAQBaoAEAn6ABAKKgAQAI3Q4A9aABAEWhAQD2oAEA8c4IAP6gAQAOvwgAAKEBAEkdDQAFoQEAFUgNAEihAQCYoQEAqaEBAOuhAQAHogEAPqIBAEaiAQBb3Q4AoqIBAOSiAQDsogEAN6MBAD2jAQCKowEAj6MBAN2jAQDmowEAMKQBADqkAQCDpAEAkaQBANakAQDjpAEAKaUBADWlAQB8pQEAf6UBAM+lAQDrpQEArt0OACWmAQB1pgEANqYBAJjmAwCBpgEAyKYBAM6mAQAbpwEAJacBAAHeDgBzpwEAwacBAM6nAQAUqAEAHKgBAHblDgAgqAEAZ6gBACSoAQDjrgEAMKgBAEDqCwBtqAEAuqgBAMCoAQANqQEAEqkBAGCpAQBmqQEAVN4OAL2pAQB/6AoAwakBAAaqAQAXqgEAp94OAGCqAQD63g4AtKoBAE3fDgANqwEAUqsBAFmrAQClqwEArasBAPirAQAFrAEAS6wBAFCsAQCerAEAqKwBAPGsAQD5rAEARK0BAEqtAQCXrQEAma0BAOqtAQD4rQEAPa4BAECuAQCQrgEAnK4BAKDfDgDlrgEANq8BAESvAQCJrwEAmq8BAPPfDgDjrwEARuAOADWwAQCCsAEAiLABANWwAQDasAEAKLEBAC6xAQCZ4A4AfbEBAM6xAQCEsQEAme4MAIexAQCbDgUA6bEBACGyAQAjsgEAdLIBAI6yAQDHsgEA1LIBANXSCADYsgEAGrMBAByzAQBtswEAerMBAMCzAQDXswEAE7QBAC20AQBmtAEAaLQBALm0AQBstAEAi/cLALy0AQAMtQEAD7UBAF+1AQBrtQEAsrUBALi1AQAFtgEAD7YBAOzgDgBdtgEAq7YBALi2AQD+tgEACrcBAFG3AQBXtwEApLcBAKq3AQD3twEA/LcBAEq4AQBQuAEAP+EOAKS4AQCweQ0AprgBAKycAwCquAEA5Y8CAK64AQDNHQwAs7gBAPC4AQDxuAEAQ7kBAAa5AQB3eQQARbkBAJa5AQBRuQEAH8MCAJy5AQDpuQEA97kBADy6AQA/ugEAj7oBAJS6AQDiugEA77oBADW7AQBFuwEAiLsBAIq7AQDbuwEA6bsBAC68AQA/vAEAkuEOAIe8AQDUvAEA4LwBAOXhDgA4vQEAer0BAIS9AQDNvQEA270BACC+AQAhvgEAc74BAIS+AQDGvgEA0r4BABm/AQApvwEAbL8BAG6/AQC/vwEAzb8BABLAAQAjwAEAOOIOAGvAAQC4wAEAxMABAIviDgARwQEAXsEBAGTBAQCxwQEAtsEBAATCAQAKwgEAMeMOAF/CAQCqwgEAtMIBACs5DQDDwgEA/cIBAAbDAQBQwwEAWsMBAKPDAQCrwwEA9sMBAPrDAQBJxAEAS8QBAJzEAQCfxAEA78QBAAvFAQCE4w4AVcUBAJXFAQCWxQEA6MUBAPTFAQA7xgEASsYBAI7GAQCYxgEA4cYBAO3GAQA0xwEAO8cBANfjDgCNxwEAqnwLAJrHAQDaxwEA6ccBAC3IAQA5yAEAgMgBAIHIAQDTyAEA3cgBACbJAQA0yQEAeckBAH7JAQDMyQEA2ckBAH3kDgAnygEAcsoBAH7KAQDFygEA2MoBABjLAQAZywEAa8sBAHfLAQC+ywEAzcsBABHMAQAbzAEAZMwBAHDMAQC3zAEAvswBANDkDgAbzQEAXc0BAGnNAQCwzQEAwM0BAAPOAQANzgEAVs4BAF7OAQCpzgEA1M4BAPzOAQDVzgEAhtMBACfPAQBPzwEAV88BAKLPAQCozwEA9c8BAAPQAQBI0AEAX9ABAJvQAQCm0AEA7tABAPjQAQBB0QEAa9EBAJTRAQCc0QEA59EBAPfRAQA60gEAPNIBAI3SAQCb0gEA4NIBAPHSAQDJ5Q4AOtMBABzmDgCx0wEA2dMBAOHTAQAs1AEAMtQBAH/UAQCN1AEA0tQBAOnUAQAl1QEAMNUBAHjVAQCC1QEAy9UBAPXVAQAe1gEAJtYBAHHWAQCB1gEAxNYBAMbWAQAX1wEAJdcBAGrXAQB71wEAb+YOAMTXAQDC5g4AEtgBAGPYAQBx2AEAttgBAMfYAQAV5w4AENkBAGjnDgBk2QEAu+cOALfZAQAO6A4ABNoBAFXaAQBj2gEAqNoBALnaAQBh6A4AAdsBAE7bAQBa2wEAtOgOAKrbAQD02wEAAdwBAEfcAQBV3AEAmtwBAKTcAQDt3AEAB90BAEDdAQBD3QEAk90BAJrdAQDm3QEABt4BADneAQBT3gEAB+kOAJneAQDf3gEAnd4BAHc0AgCi3gEAD4oCAO3eAQAy3wEAPN8BAIXfAQCf3wEA2N8BAOjfAQAr4AEAMeABAH7gAQCA4AEA0eABAOfgAQAk4QEAMOEBAHfhAQB74QEAyuEBAM/hAQAd4gEAI+IBAHDiAQCQ4gEAw+IBAN3iAQAW4wEAGOMBAGnjAQBs4wEAvOMBAL/jAQAP5AEAG+QBAGLkAQBo5AEAteQBAL/kAQBa6Q4ADeUBAFvlAQBo5QEAruUBALrlAQAB5gEAFOYBAFTmAQBj5gEAp+YBALPmAQD65gEA++YBAE3nAQBX5wEAoOcBAK7nAQDz5wEA+OcBAEboAQBT6AEArekOAJroAQANagoAm+gBAM0kCwCc6AEA3lELAJ7oAQC4bA0An+gBAASRCACg6AEA4xULAKPoAQAfKgwApOgBAMAaCwCl6AEAuhYKAKboAQA9wgoAp+gBAI2TCgCo6AEAktQEAKnoAQDs6AEAsegBAMUOEACz6AEAv8UMALXoAQDB+Q0AvOgBAN06EADE6AEAa9EMANjoAQADLgwA3egBAFspEADu6AEAP+kBAP3oAQAdlQwATekBAJLpAQCj6QEAAOoOAOzpAQBT6g4AROoBAIvqAQCa6gEA3uoBAOjqAQAx6wEAPesBAITrAQBU6wEAOoUMAIvrAQD56g4A2esBACrsAQA77AEAfewBAIbsAQDQ7AEA3OwBACPtAQAm7QEAdu0BAH7tAQDJ7QEA0+0BABzuAQAh7gEAb+4BAHfuAQDC7gEA2+4BABXvAQAh7wEAaO8BAHDvAQCf6w4Aw+8BAPLrDgAR8AEAYfABAGTwAQC08AEAwPABAAfxAQAN8QEAWvEBAGTxAQBF7A4AsvEBAADyAQAN8gEAU/IBAFvyAQCY7A4ArPIBAPnyAQD/8gEATPMBAFHzAQCf8wEApfMBAOvsDgD68wEAPu0OAEf0AQCsxQkASvQBAJj0AQBR9AEA938JAKL0AQDr9AEAp/QBACiHBwDz9AEAeYMLAAf1AQA+9QEARvUBAJHtDgCW9QEA5PUBAPr1AQA39gEAOPYBAIr2AQCM9gEA3fYBAOP2AQAw9wEAPPcBAIP3AQCK9wEA1vcBAN73AQAp+AEAMvgBAHz4AQB/+AEAz/gBAN34AQAi+QEAL/kBAHX5AQCM+QEAyPkBAND5AQAb+gEAJ/oBABT7AQBG+gEAbvoBAJn6AQDB+gEA5foBAOTtDgAx+wEAZ/sBAHD7AQBg/AEAePsBALr7AQDo+wEADfwBADH8AQA37g4AYvwBALP8AQDE/AEABv0BADT9AQBZ/QEAff0BAIruDgCy/QEAZ98FALX9AQD//QEAuP0BAMSCDQAJ/gEAUv4BAAz+AQAv5wUADf4BAHc6DQBa/gEApf4BAKn+AQD4/gEA+v4BAEv/AQBO/wEAnv8BALr/AQDd7g4A9v8BAOz8CgD7/wEAuW4LAP3/AQBEAAIAAQACAPkNCgBhAAIAlwACAKAAAgDqAAIA7AACAD0BAgBOAQIAMO8OAJUBAgDjAQIA7AECADYCAgBHAgIAiQICAJACAgDcAgIA5AICAC8DAgD2AgIASCMCADwDAgDVAwIAPgMCACEFAgBIAwIAggMCAI4DAgCD7w4A2gMCACgEAgAyBAIAewQCAIMEAgDW7w4A2gQCACnwDgAmBQIAdAUCAIEFAgDHBQIA0QUCABoGAgAcBgIAbQYCAHsGAgDABgIAzQYCAHzwDgAYBwIAZgcCAHMHAgC5BwIAwwcCAAwIAgAOCAIAXwgCAG0IAgCyCAIAvwgCAM/wDgAICQIAJxYNAAsJAgDHXg0AEgkCAFgJAgBiCQIAIvEOALMJAgD+CQIAAAoCAOpZDQAVCgIAUQoCAFYKAgCkCgIArgoCAPcKAgD/CgIAdfEOAFQLAgCdCwIAqQsCAPALAgDzCwIAQwwCAE0MAgCWDAIAsAwCAOkMAgAADQIAPA0CAEENAgCPDQIAqw0CAMjxDgDsDQIANQ4CAPMNAgCkOgcAQQ4CAIgOAgCLDgIA2w4CAOUOAgAuDwIASA8CAIEPAgCHDwIA1A8CANYPAgAnEAIANRACAHoQAgB9EAIAzRACANkQAgAgEQIAIxECAHMRAgCWEQIAG/IOAMgRAgAZEgIAJxICAGwSAgBvEgIAvxICAMsSAgASEwIAFRMCAG7yDgBwEwIAuBMCAL4TAgALFAIAEBQCAF4UAgBiFAIAsRQCALQUAgDB8g4ABRUCAAYKDAAHFQIA5egNAAoVAgBXFQIADRUCAMPhDQAOFQIA4RkCABAVAgD1zg0AEhUCAIDHDQATFQIAcdUNABQVAgD58Q0AGxUCAEb8CgAeFQIAbMUMAGMVAgCqFQIA0xUCAP0VAgAJFgIAUBYCAF8WAgCjFgIArRYCAPYWAgD5FgIASRcCAGMXAgCcFwIAphcCAO8XAgD0FwIAQhgCAEwYAgCVGAIAoBgCAOgYAgDuGAIAOxkCAEAZAgCOGQIAkhkCABTzDgDmGQIANBoCAO8ZAgBA3A0APhoCAIcaAgCSGgIA2hoCAOAaAgAtGwIAMhsCAIAbAgCEGwIAZ/MOANgbAgDOqgIA2hsCAPWCDADbGwIALnYLAN0bAgCfTA0A7RsCACYcAgAwHAIAeRwCAIQcAgDMHAIA0hwCAB8dAgAkHQIAch0CAHYdAgDFHQIA6B0CALrzDgAaHgIAax4CABseAgAt3AoAHR4CAGJgCAAhHgIA04kKACQeAgAsJwIAJh4CAM5dDQB4HgIAwU0CAHkeAgC+HgIAwR4CABEfAgAdHwIAZB8CAHwfAgC3HwIAwx8CAAogAgAQIAIAXSACAGMgAgCwIAIAtSACAAMhAgAJIQIADfQOAGAhAgCpIQIAtCECAPwhAgACIgIATyICAFQiAgCiIgIApiICAPUiAgD4IgIAYPQOAFIjAgCbIwIApiMCAO4jAgD0IwIAQSQCAEYkAgCUJAIAmCQCALP0DgDoJAIAOiUCAEYlAgCNJQIAmSUCAOAlAgDmJQIAMyYCADkmAgCGJgIAiyYCANkmAgDfJgIABvUOAC4nAgDH8AQAMycCAAQABQA7JwIAIGQCADwnAgB/JwIAiycCANInAgDYJwIAJSgCADEoAgB4KAIAhSgCAMsoAgDaKAIAHikCACopAgBxKQIAfSkCAMQpAgDKKQIAFyoCAB0qAgBqKgIAbyoCAL0qAgDDKgIAWfUOABorAgChsQcAJisCAGMrAgApKwIAJpgIAG8rAgC2KwIAvisCAIGtDwDCKwIACSwCAA8sAgBcLAIAYiwCAK8sAgC0LAIAAi0CAAgtAgCs9Q4AXS0CAHkNEABfLQIAqC0CAK4tAgD7LQIAtC0CAKsCAwAJLgIATi4CAGcuAgChLgIAqi4CAPQuAgD+LgIARy8CAFMvAgCaLwIApi8CAO0vAgDzLwIAQDACAEYwAgCTMAIAmDACAOYwAgDsMAIA//UOAEUxAgCMMQIAljECAN8xAgDqMQIAMjICADcyAgCFMgIAjDICANgyAgDkMgIAKzMCADEzAgB+MwIAhDMCANEzAgDWMwIAJDQCACo0AgBS9g4AiDQCAMo0AgDLNAIAHTUCANA0AgD6OQIAIjUCAHA1AgB+NQIAwzUCANA1AgAWNgIAIDYCAGk2AgB1NgIAvDYCAMI2AgAPNwIAGzcCAGI3AgB1NwIAtTcCAMQ3AgAIOAIAFDgCAFs4AgBcOAIArjgCALg4AgABOQIADzkCAFQ5AgBZOQIApzkCALQ5AgCl9g4ABjoCAE06AgBdOgIAoDoCAKw6AgDzOgIA+ToCAEY7AgBSOwIAmTsCAKY7AgDsOwIA+zsCAD88AgBLPAIAkjwCAJ48AgDlPAIA+DwCADg9AgBHPQIAiz0CAJc9AgDePQIA3z0CADE+AgA7PgIAhD4CAJI+AgDXPgIA3D4CACo/AgA3PwIA+PYOAH8/AgBWBQYAiT8CANA/AgCKPwIAzTIJAIs/AgBc7QoA5D8CACNAAgAvQAIAdkACAHxAAgDJQAIAz0ACABxBAgAhQQIAb0ECAHVBAgBL9w4AzkECABVCAgAiQgIAULwCAChCAgBoQgIAbUICAJdTAgBwQgIAKP0CAHRCAgC7QgIAwUICAA5DAgAUQwIAYUMCAGZDAgC0QwIAukMCAJ73DgATRAIAWkQCAGBEAgCtRAIAskQCAABFAgAHRQIAU0UCAGFFAgCmRQIAwUUCAPlFAgAHRgIATEYCAE9GAgCfRgIArUYCAPJGAgD3RgIARUcCAFJHAgCYRwIApEcCAOtHAgDxRwIAPkgCAERIAgCRSAIAlkgCAORIAgDqSAIA8fcOADxJAgCKSQIAk0kCAN1JAgDqSQIAMEoCADdKAgCDSgIAlEoCANZKAgDbSgIAKUsCADhLAgB8SwIAfksCAM9LAgDgSwIAIkwCAC5MAgB1TAIAe0wCAMhMAgDOTAIAG00CACBNAgBuTQIAdE0CAET4DgDYTQIAFE4CACBOAgBnTgIAc04CALpOAgDATgIADU8CABNPAgBgTwIAZU8CALNPAgC5TwIAl/gOAAxQAgBOgQIAHVACAFlQAgBiUAIArFACAMJQAgD/UAIAC1ECAFJRAgBfUQIApVECAK9RAgD4UQIABFICAEtSAgBRUgIAnlICAKRSAgDxUgIA9lICAERTAgBKUwIA6vgOAKBTAgDqUwIA9FMCAD1UAgBCVAIAkFQCAKBUAgDjVAIA/FQCADZVAgA7VQIAiVUCAJJVAgDcVQIA6VUCAC9WAgA2VgIAglYCAIVWAgDVVgIA4VYCAChXAgA7VwIAe1cCAIpXAgDOVwIA2lcCACFYAgAiWAIAdFgCAH5YAgDHWAIA1VgCABpZAgAfWQIAbVkCAHpZAgA9+Q4Aw1kCABNaAgAWWgIAZloCAHNaAgAxrAoAdVoCALlaAgC7WgIADFsCAA9bAgBfWwIAaVsCALJbAgC+WwIABVwCABhcAgBYXAIAZ1wCAKtcAgC3XAIA/lwCAP9cAgBRXQIAW10CAKRdAgCyXQIA910CAPxdAgBKXgIAV14CAJD5DgCeXgIA8F4CAPxeAgBDXwIASV8CAJZfAgCYXwIA6V8CAPNfAgA8YAIASmACAI9gAgCUYAIA4mACAO9gAgA1YQIAQWECAIhhAgCbYQIA22ECAOphAgAuYgIAOmICAIFiAgCCYgIA1GICAN5iAgAnYwIANWMCAHpjAgB/YwIAzWMCANpjAgDj+Q4AKWQCAHNkAgAsZAIAo30LAHlkAgDGZAIAyWQCABllAgAnZQIAbGUCAHFlAgC/ZQIAzGUCABJmAgAeZgIAZWYCAGtmAgC4ZgIAvmYCAAtnAgAQZwIAXmcCAGRnAgA2+g4As2cCAARoAgC4ZwIA10sMABNoAgBXaAIAd2gCAKpoAgCvaAIA/WgCABhpAgBQaQIAXGkCAKNpAgCpaQIA9mkCAAZqAgBJagIAWmoCAJxqAgChagIA72oCAPNqAgBCawIATmsCAJVrAgCbawIA6GsCAO5rAgA7bAIAQGwCAI5sAgCUbAIAifoOAPBsAgCyYQ0A92wCADRtAgA1bQIAh20CAJhtAgDabQIA5m0CAC1uAgBDbgIAgG4CAIxuAgDTbgIA4G4CACZvAgAwbwIAeW8CAIVvAgDMbwIA028CAB9wAgArcAIAcnACAHhwAgDFcAIAy3ACABhxAgAdcQIAa3ECAHFxAgDc+g4AwHECAO2IDQDHcQIAEXICABJyAgBkcgIAZXICALdyAgC8cgIACnMCABBzAgBdcwIAZ3MCALBzAgC8cwIAA3QCAAp0AgBWdAIAW3QCAKl0AgCqdAIA/HQCAAh1AgBPdQIAVXUCAKJ1AgCkdQIA9XUCAP91AgBIdgIAVnYCAJt2AgCgdgIA7nYCAPt2AgBBdwIATXcCAJR3AgCndwIA53cCAPZ3AgA6eAIARngCAI14AgCOeAIA4HgCAOp4AgAzeQIAQXkCAIZ5AgCLeQIA2XkCAOZ5AgAv+w4APXoCAH96AgCLegIA0noCAOl6AgAlewIAJ3sCAHh7AgCJewIAy3sCAM17AgAefAIAJHwCAHF8AgCIfAIAxHwCAM18AgAXfQIALX0CAGp9AgB2fQIAvX0CAMp9AgAQfgIAGn4CAGN+AgBvfgIAtn4CAMl+AgAJfwIAGH8CAFx/AgBofwIAr38CALB/AgACgAIADIACAFWAAgBjgAIAqIACAK2AAgD7gAIACIECAIL7DgBQgQIAoYECALWBAgD0gQIAAoICAEeCAgBUggIAmoICAKGCAgDtggIA+YICAECDAgBTgwIAk4MCAJiDAgDmgwIA74MCADmEAgBDhAIAjIQCAJGEAgDfhAIA74QCADKFAgBLhQIAhYUCAIqFAgDYhQIA4YUCACuGAgA4hgIAfoYCAIWGAgDRhgIA1IYCACSHAgAwhwIAd4cCAIqHAgDKhwIA2YcCAB2IAgApiAIAcIgCAHGIAgDDiAIAzYgCABaJAgAkiQIAaYkCAG6JAgC8iQIAyYkCANX7DgAoigIAYooCAG6KAgC1igIAu4oCAAiLAgAYiwIAW4sCAGCLAgCuiwIAtIsCAAGMAgAXjAIAVIwCAFaMAgCnjAIAsYwCAPqMAgAGjQIATY0CAGCNAgCgjQIAr40CAPONAgD/jQIARo4CAEeOAgCZjgIAo44CAOyOAgD6jgIAP48CAESPAgCSjwIAn48CACj8DgDojwIAmzAMAO+PAgBgqA0A8Y8CAE/xCADyjwIA+oUDAPSPAgA4kAIAQZACAIuQAgCRkAIA3pACAOSQAgAxkQIAPZECAISRAgCRkQIA15ECAOGRAgAqkgIAQJICAH2SAgCCkgIA0JICANeSAgAjkwIAMZMCAHaTAgCGkwIAyZMCANeTAgAclAIAK5QCAG+UAgBxlAIAwpQCAMyUAgAVlQIAI5UCAGiVAgBtlQIAu5UCAMiVAgAOlgIAGpYCAGGWAgB0lgIAtJYCAMOWAgAHlwIAE5cCAFqXAgBblwIArZcCALeXAgAAmAIADpgCAFOYAgBYmAIAppgCALOYAgB7/A4A+5gCAEyZAgAFmQIANOkIAF2ZAgCfmQIAqJkCAPKZAgD+mQIARZoCAE2aAgBsAxAAUZoCAJiaAgCemgIA65oCAPGaAgA+mwIAQ5sCAJGbAgCXmwIAzvwOAPCbAgA3nAIAR5wCAIqcAgCYnAIA3ZwCAOqcAgAwnQIAPJ0CAIOdAgCKnQIA1p0CAN6dAgAh/Q4AMp4CAMwbDgA2ngIAj7MCADqeAgB8ngIAjZ4CAM+eAgDXngIAIp8CANueAgBtwAsALJ8CAHWfAgB6nwIAyJ8CANCfAgAboAIAHaACAG6gAgAkoAIA8aUCAHagAgDBoAIA16ACABShAgAgoQIAZ6ECAH2hAgC6oQIA06ECAA2iAgAZogIAYKICAGaiAgCzogIAu6ICAAajAgAWowIAWaMCAGKjAgCsowIAuaMCAP+jAgAOpAIAUqQCAFykAgClpAIAs6QCAPikAgD9pAIAS6UCAFilAgCepQIApqUCAHT9DgD+pQIARKYCAEumAgCXpgIAo6YCAOqmAgD6pgIAPacCAEunAgCQpwIAnacCAOOnAgDvpwIANqgCAD2oAgCJqAIAkagCAMf9DgDoqAIAL6kCADmpAgCCqQIAjakCANWpAgDaqQIAKKoCAC+qAgB7qgIAg6oCABr+DgDWqgIAIasCADGrAgB0qwIAgKsCAMerAgDLqwIAGqwCACKsAgBtrAIAb6wCAMCsAgDGrAIAE60CACqtAgBmrQIAb60CALmtAgDPrQIADK4CABiuAgBfrgIAbK4CALKuAgC8rgIABa8CAAivAgBYrwIAYK8CAKuvAgC1rwIA/q8CAAOwAgBRsAIAWbACAKSwAgC0sAIA97ACAACxAgBKsQIAV7ECAJ2xAgCssQIA8LECAPqxAgBDsgIAUbICAJayAgCbsgIA6bICAPayAgA8swIARLMCAG3+DgCcswIA4rMCAK6zAgBXWgQA57MCADW0AgA/tAIAiLQCAJC0AgDbtAIAn7QCAGW/DQDhtAIALrUCAOm0AgBszAsA6rQCACfmBwDrtAIA4b8CAOy0AgARjQoAOrUCAIG1AgCDtQIA16ULAIi1AgDUtQIA4LUCACe2AgA2tgIAerYCAIu2AgDNtgIAz7YCACC3AgAmtwIAc7cCAH+3AgDGtwIAzrcCAMD+DgAfuAIAE/8OAHi4AgBm/w4AwrgCAAwADwAVuQIAXwAPABe5AgCfOAQAaLkCABjfCgByuQIAuLkCAMK5AgALugIADboCAF66AgBxugIAsboCALm6AgDm6gsAvboCAAS7AgAKuwIAV7sCAF27AgCquwIAr7sCAP27AgADvAIAsgAPAFq8AgCjvAIApbwCAPa8AgAAvQIASb0CAFe9AgCcvQIAob0CAO+9AgD8vQIAQr4CAE6+AgCVvgIAm74CAOi+AgDuvgIAO78CAEC/AgCOvwIAlL8CAAUBDwDvvwIANMACAEHAAgCHwAIAjsACANrAAgDiwAIALcECAC7BAgADPAoAMMECAIDBAgBDwQIAEToKAJTBAgDTwQIA6cECACbCAgA/wgIAecICAH7CAgDMwgIA3cICAFgBDwAwwwIAcsMCAHTDAgDFwwIAz8MCABjEAgAmxAIAa8QCAHDEAgC+xAIAy8QCABHFAgAZxQIAZMUCAHDFAgC3xQIAdMUCAAPHAgC9xQIACsYCABDGAgBdxgIAYsYCALDGAgC2xgIAqwEPAAXHAgBWxwIAZMcCAKnHAgC6xwIA/gEPAAPIAgBRAg8AV8gCAKLIAgCTyAIAGz4QALDIAgD1yAIAscgCACXOAgACyQIASMkCAFfJAgCbyQIAoMkCAO7JAgAEygIAQcoCAELKAgCUygIAlsoCAOfKAgDxygIAOssCAEjLAgCNywIApssCAODLAgDxywIAM8wCAD/MAgCGzAIAjswCAEoDDwDtzAIALM0CAC3NAgB/zQIAi80CANLNAgDVzQIAnQMPACfOAgB4zgIAhc4CAMvOAgDYzgIAHs8CACPPAgBxzwIAe88CAMTPAgDMzwIAF9ACACfQAgBq0AIAeNACAL3QAgDK0AIAENECABfRAgBj0QIAa9ECALbRAgC50QIACdICAB3SAgBc0gIActICAK/SAgDI0gIAAtMCAAfTAgBV0wIAZtMCAPADDwCw0wIAQwQPALTTAgDYAQkAxNMCAMN5EAAI1AIATtQCAFXUAgCh1AIArdQCAPTUAgAE1QIAR9UCAFXVAgCa1QIAp9UCAO3VAgD51QIAQNYCAEfWAgCWBA8AldYCAObWAgCY1gIAaOEDAPPWAgA51wIARtcCAIzXAgCR1wIA39cCAOnXAgAy2AIAOtgCAIXYAgCO2AIA2NgCANvYAgAr2QIAN9kCAOkEDwCD2QIA0dkCAIrZAgD8lgkA1tkCACTaAgAs2gIAd9oCAI3aAgDK2gIAzNoCAB3bAgAq2wIAcNsCAITbAgA8BQ8AyNsCABbcAgAe3AIA4Y4JACDcAgBp3AIAcdwCALzcAgDI3AIAD90CABzdAgBi3QIAZ90CALXdAgC+3QIACN4CAB/eAgBb3gIAZt4CAI8FDwC83gIAAd8CAATfAgBU3wIAV98CAKffAgC13wIA+t8CAAfgAgBN4AIAZOACAKDgAgCo4AIA8+ACAPngAgBG4QIAUuECAJnhAgCj4QIA7OECAPXhAgA/4gIAReICAJLiAgCf4gIA4gUPAPHiAgA44wIA8+ICAIabCQBH4wIAi+MCAJzjAgDe4wIA4OMCADHkAgA35AIAhOQCAJDkAgDX5AIA3uQCACrlAgAy5QIAfeUCAH/lAgDQ5QIA3eUCACPmAgAq5gIAduYCAH7mAgDJ5gIA1uYCABznAgAh5wIAb+cCAHnnAgDC5wIAyucCABXoAgAe6AIAaOgCAGvoAgC76AIAx+gCAA7pAgAV6QIANQYPAG7pAgC06QIAd+kCAJHuAgCX6QIAvZ8JAM/pAgAH6gIACeoCAFrqAgBr6gIAreoCALvqAgAA6wIAB+sCAFPrAgBb6wIApusCAKvrAgD56wIA+usCAEzsAgBY7AIAn+wCAKXsAgDy7AIA9OwCAEXtAgBP7QIAmO0CAKbtAgDr7QIA8O0CAD7uAgBL7gIAiAYPAJLuAgDk7gIA6e4CADfvAgA97wIAiu8CAJTvAgDd7wIA6e8CADDwAgA38AIAg/ACAIvwAgDW8AIA2PACACnxAgA28QIAfPECAIPxAgDP8QIA1/ECACLyAgAv8gIAdfICAHryAgDI8gIA0vICABvzAgAj8wIAbvMCAHfzAgDB8wIAxPMCABT0AgAg9AIAZ/QCAG70AgDbBg8AxvQCAMyRCQDO9AIADfUCABr1AgBg9QIAavUCALP1AgC19QIABvYCABn2AgBZ9gIAYfYCAKz2AgC49gIA//YCAAX3AgBS9wIAWPcCAKX3AgCq9wIA+PcCAP73AgAuBw8AWfgCAJ74AgCt+AIA8fgCAA35AgBE+QIAEfkCABU7AwBM+QIAgQcPAKD5AgDq+QIA9/kCAD36AgBH+gIAkPoCAJ76AgDj+gIA+foCADb7AgBC+wIAifsCAJH7AgDUBw8A4vsCAC/8AgA1/AIAgvwCAIf8AgDV/AIA2/wCACcIDwAt/QIAe/0CAIT9AgDO/QIA2P0CACH+AgAp/gIAdP4CAHn+AgDH/gIA1/4CABr/AgAi/wIAbf8CAHP/AgBfAQMAhv8CAMD/AgDF/wIAEwADABwAAwBmAAMAcwADALkAAwDAAAMADAEDAA8BAwB6CA8AYQEDALIBAwC/AQMABQIDABwCAwBYAgMAZAIDAM0IDwDBAgMA/gIDAP8CAwBRAwMAWwMDAKQDAwCsAwMA9wMDAAEEAwBKBAMATwQDAJ0EAwClBAMA8AQDAPIEAwBDBQMA8wQDAHMKAwD3BAMAERgDAAYFAwBCEQMASgUDAJYFAwCdBQMA6QUDAPEFAwA8BgMAQAYDAI8GAwCdBgMA4gYDAOwGAwA1BwMAQAcDAIgHAwCQBwMA2wcDAOAHAwAuCAMASQgDAIEIAwCNCAMA1AgDANoIAwAnCQMANwkDAHoJAwCLCQMAzQkDANIJAwAgCgMAJAoDACAJDwB8CgMAxgoDAN8KAwAZCwMAIwsDAGwLAwByCwMAvwsDAMELAwASDAMAIQwDAGUMAwBvDAMAuAwDAMAMAwALDQMADw0DAF4NAwBsDQMAsQ0DALsNAwAEDgMADw4DAFcOAwBfDgMAqg4DAK8OAwD9DgMAGA8DAFAPAwBcDwMAow8DAKkPAwD2DwMABhADAEkQAwBaEAMAnBADAKEQAwDvEAMA8xADAHMJDwBLEQMAlREDAKYRAwDoEQMA8hEDADsSAwBJEgMAjhIDAI8SAwDhEgMA8hIDADQTAwBIEwMAhxMDAI8TAwDaEwMA3hMDAC0UAwA7FAMAgBQDAIoUAwDTFAMA3hQDACYVAwAuFQMAeRUDAH4VAwDMFQMA5xUDAB8WAwArFgMAchYDAHgWAwDFFgMA1RYDABgXAwApFwMAaxcDAHAXAwC+FwMAwhcDAMYJDwAfGAMAZBgDAH8YAwC3GAMAxRgDAAoZAwARGQMAXRkDAGkZAwCwGQMAuBkDABkKDwARGgMAVhoDAGAaAwCpGgMAtBoDAPwaAwAEGwMATxsDAFQbAwCiGwMAvRsDAPUbAwABHAMASBwDAE4cAwCbHAMAqxwDAO4cAwD/HAMAQR0DAEYdAwCUHQMAmB0DAGwKDwD4HQMAOh4DAEIeAwCNHgMAjh4DAOAeAwDlHgMAMx8DAEEfAwCGHwMAkx8DANkfAwDjHwMALCADADggAwB/IAMAhSADANIgAwDaIAMAJSEDACwhAwB4IQMAhCEDAMshAwDRIQMAHiIDACoiAwBxIgMAgSIDAMQiAwDQIgMAFyMDAB0jAwBqIwMAdiMDAL0jAwDKIwMAECQDAB8kAwBjJAMAbyQDAL8KDwC5JAMACSUDAAwlAwBcJQMAaiUDAK8lAwDGJQMAAiYDAA8mAwBVJgMAayYDAKgmAwC0JgMA+yYDAAgnAwBOJwMAWCcDAKEnAwCpJwMA9CcDAP4nAwBHKAMATCgDAJooAwCiKAMA7SgDAPkoAwBAKQMATSkDAJMpAwCdKQMA5ikDAOwpAwA5KgMATSoDAIwqAwCUKgMA3yoDAO0qAwAyKwMAPysDAIUrAwCNKwMA2CsDAOUrAwArLAMAOSwDAH4sAwCPLAMA0SwDANksAwAkLQMAOi0DAHctAwB5LQMAyi0DAMstAwASCw8AKy4DAHAuAwB/LgMAwy4DAM8uAwAWLwMAHi8DAGULDwBuLwMAvC8DAMUvAwAPMAMAHDADAGIwAwBpMAMAtTADALgwAwAIMQMAEDEDAFsxAwBgMQMArjEDALcxAwABMgMACzIDAFQyAwBcMgMApzIDAKwyAwD6MgMACjMDAE0zAwBVMwMAoDMDAKYzAwDzMwMA9TMDAEY0AwBTNAMAmTQDALA0AwDsNAMA+DQDALgLDwBLNQMAkjUDAKk1AwDlNQMA8TUDADg2AwA+NgMAizYDAJM2AwDeNgMA5TYDADE3AwA/NwMAhDcDAJ83AwDXNwMA5TcDACo4AwAxOAMAfTgDAIk4AwDQOAMA2DgDAAsMDwA3OQMAdjkDAH45AwDJOQMA+DkDABw6AwAoOgMAbzoDAHU6AwDCOgMAxzoDAF4MDwAhOwMAaDsDAG87AwC7OwMAwzsDAA48AwAQPAMAYTwDAGs8AwC0PAMAvDwDALEMDwAVPQMApUoDABY9AwBaPQMAXD0DAK09AwC+PQMAAD4DABE+AwBTPgMAXz4DAKY+AwCtPgMA+T4DAAE/AwBMPwMAdj8DAJ8/AwCkPwMA8j8DAPM/AwBFQAMAT0ADAJhAAwCmQAMA60ADAPBAAwA+QQMAS0EDAJFBAwCtQQMA5EEDAABCAwAEDQ8AREIDAIpCAwCOQgMA3UIDAONCAwAwQwMAMkMDAINDAwCEQwMA1kMDAPlDAwApRAMATUQDAHxEAwCmRAMAz0QDANdEAwAiRQMAJ0UDAHVFAwCCRQMAyEUDANBFAwAbRgMAHUYDAG5GAwB2RgMAwUYDAOtGAwAURwMAIUcDAGdHAwBsRwMAukcDAMdHAwANSAMAGUgDAGBIAwCKSAMAs0gDALtIAwAGSQMAIUkDAFlJAwBbSQMArEkDAL1JAwD/SQMACEoDAFJKAwBeSgMAVw0PALJKAwD4SgMA/0oDAEtLAwBXSwMAnksDALFLAwDxSwMA+UsDAERMAwBJTAMAl0wDAKBMAwDqTAMA9EwDAD1NAwBFTQMAkE0DAJVNAwDjTQMA800DADZOAwA+TgMAiU4DAKJOAwDcTgMA4U4DAC9PAwA4TwMAgk8DAI9PAwDVTwMA3E8DAChQAwArUAMAqg0PAIBQAwDOUAMAiFADAFEeCwDXUAMAIVEDAClRAwB0UQMAf1EDAMdRAwDJUQMAGlIDADVSAwBtUgMAeVIDAMBSAwDIUgMA/Q0PACBTAwBmUwMAblMDALlTAwDFUwMADFQDABJUAwBfVAMAZVQDALJUAwC3VAMABVUDAAtVAwBQDg8AZVUDAKtVAwCzVQMA/lUDABJWAwBRVgMAVlYDAKRWAwCtVgMA91YDAP1WAwBKVwMAUlcDAJ1XAwCgVwMA8FcDAA1YAwBDWAMAVFgDAJZYAwCeWAMA6VgDAOxYAwA8WQMAUFkDAI9ZAwCcWQMA4lkDAOxZAwA1WgMAN1oDAIhaAwCbWgMA9g4PAOBaAwAuWwMAP1sDAIFbAwCKWwMA1FsDAOpbAwAnXAMANFwDAHpcAwCCXAMAzVwDAOxcAwBJDw8AIl0DAHNdAwB9XQMAxl0DAMhdAwAZXgMAMl4DAGxeAwBuXgMAv14DAMJeAwASXwMAHl8DAGVfAwBtXwMAnA8PAMxfAwALYAMADmADAF5gAwBoYAMAsWADAL1gAwAEYQMAGmEDAFdhAwBfYQMAqmEDALhhAwD9YQMAAGIDAFBiAwBYYgMAo2IDAKZiAwD2YgMAsWIDAMVpAwAAYwMASWMDAAFjAwA0ZgMAS2MDAJxjAwCiYwMA72MDAPljAwBCZAMAUGQDAJVkAwCiZAMA6GQDAP9kAwA7ZQMAQ2UDAI5lAwCXZQMA4WUDAOJlAwDvDw8APWYDAIdmAwCRZgMA2mYDAORmAwAtZwMAO2cDAIBnAwCNZwMA02cDAOpnAwAmaAMALmgDAHloAwCAaAMAzGgDANFoAwAfaQMAI2kDAHJpAwB/aQMAQhAPANJpAwAYagMAIGoDAGtqAwBxagMAvmoDAMpqAwARawMAIGsDAGRrAwBpawMAt2sDANJrAwAKbAMAFmwDAF1sAwBjbAMAsGwDAMRsAwADbQMAC20DAFZtAwBsbQMAqW0DAK5tAwD8bQMAA24DAE9uAwBbbgMAlRAPAKluAwD1bgMAA28DAEhvAwBVbwMAm28DALJvAwDubwMA9m8DAEFwAwBHcAMAlHADAKBwAwDncAMA7nADADpxAwBIcQMAjXEDAJBxAwDgcQMA6HEDADNyAwBBcgMAhnIDAIlyAwDZcgMA4XIDACxzAwA9cwMAf3MDAIRzAwDScwMA1HMDACV0AwAsdAMAeHQDAIZ0AwDLdAMA2HQDAB51AwA1dQMAcXUDAHl1AwDEdQMAznUDABd2AwAidgMAanYDAHZ2AwC9dgMAxXYDAOgQDwASdwMAY3cDAG13AwC2dwMAuHcDAAl4AwAMeAMAXHgDAGh4AwCveAMAuXgDAAJ5AwAKeQMAVXkDAGN5AwCoeQMAtXkDAPt5AwADegMATnoDAGR6AwChegMArXoDAPR6AwAKewMAR3sDAEx7AwCaewMAoHsDAO17AwABfAMAOxEPAEN8AwCTfAMAm3wDAOZ8AwD0fAMAOX0DAPx8AwDBKgcARn0DAIx9AwCUfQMA330DAOl9AwAyfgMAPX4DAIV+AwCRfgMA2H4DAOB+AwCOEQ8AMX8DAH5/AwCDfwMA0X8DAOB/AwAkgAMAMIADAHeAAwB6gAMAyoADAM2AAwAdgQMAJYEDAHCBAwB1gQMAw4EDANOBAwAWggMAHoIDAGmCAwBsggMAvIIDAMaCAwAPgwMAEYMDAGKDAwBogwMAtYMDAL+DAwAIhAMAFoQDAFuEAwBohAMAroQDAMWEAwABhQMACYUDAFSFAwBdhQMAp4UDAKiFAwDhEQ8ABoYDAE2GAwBQhgMAhvUIAFyGAwCghgMAYIYDAKPlCACqhgMA84YDAPuGAwBf+gMA/4YDAMilDQABhwMARocDAA+HAwDV2QcAS4cDAJmHAwBThwMA89IEAKaHAwDshwMA74cDAItfCQDyhwMA0LsIAPSHAwA/iAMA9ocDAAaOBQD4hwMA0XEFAEKIAwBkTwcARYgDADzxBQBJiAMAkogDAE2IAwCCJQkAT4gDACIpBwCXiAMA5YgDAJ6IAwAWKAQA7YgDADiJAwA7iQMAi4kDAJeJAwDeiQMA5IkDADGKAwBMigMAhIoDAJCKAwDXigMA3YoDACqLAwAyiwMAfYsDAH+LAwDQiwMAgosDAHaMAwDaiwMAI4wDACuMAwA0Eg8Ag4wDAMmMAwDRjAMAHI0DAB+NAwBvjQMAdI0DAMKNAwDRjQMAFY4DADWOAwBojgMAdI4DALuOAwDFjgMADo8DABaPAwBhjwMAc48DANoSDwC+jwMAB5ADABWQAwBakAMAZ5ADAK2QAwDEkAMAAJEDAAiRAwBTkQMAYpEDAKaRAwCrkQMA+ZEDAAaSAwBMkgMAWZIDAJ+SAwCrkgMA8pIDAAGTAwBFkwMAT5MDAJiTAwCmkwMA65MDAPCTAwA+lAMAS5QDAJGUAwCUlAMA5JQDAOyUAwA3lQMAPJUDAIqVAwCXlQMA3ZUDAOWVAwAwlgMAOZYDAIOWAwCQlgMA1pYDAOSWAwAplwMAPJcDAHyXAwCElwMAz5cDANaXAwAimAMAJ5gDAHWYAwCLmAMAyJgDAMqYAwAbmQMAKZkDAG6ZAwB7mQMAwZkDAMmZAwAUmgMAF5oDAGeaAwBsmgMAupoDAMmaAwANmwMALZsDAGCbAwBsmwMAs5sDAL2bAwAGnAMADpwDAFmcAwBrnAMALRMPAL2cAwD/nAMABp0DAFKdAwBanQMApZ0DALKdAwD4nQMA/Z0DAEueAwBVngMAnp4DAKaeAwDxngMA854DAMFvCQD2ngMAh0oHAPueAwALiQkAAJ8DAESfAwABnwMAzTkIAEmfAwCXnwMApJ8DAOqfAwD3nwMAPaADAEmgAwCQoAMAn6ADAOOgAwDtoAMANqEDAD6hAwCJoQMAk6EDANyhAwDhoQMAL6IDADeiAwCAEw8AjqIDANWiAwDbogMAKKMDAEOjAwB7owMAh6MDAM6jAwDUowMAIaQDAD2kAwB0pAMAfKQDANMTDwDPpAMAGqUDACSlAwBtpQMAeKUDAMClAwDMpQMAE6YDABumAwAmFA8AcqYDALmmAwC/pgMADKcDACenAwBfpwMAa6cDALKnAwC4pwMABagDAA2oAwBYqAMAXqgDAKuoAwC0qAMA/qgDAAupAwBRqQMAXqkDAKSpAwCyqQMA96kDAASqAwBKqgMAYaoDAJ2qAwClqgMA8KoDAPWqAwBDqwMAAasDADWtAwBQqwMAlqsDAJ6rAwDpqwMA9KsDADysAwBBrAMAj6wDAJKsAwDirAMA7KwDAHkUDwA6rQMAiK0DAJetAwDbrQMA3a0DAC6uAwA/rgMAga4DAJKuAwDUrgMA6K4DAMwUDwA4rwMAeq8DAH2vAwDNrwMAgq8DAKryBgCHrwMAdpkNANevAwAgsAMAIrADAHOwAwB9sAMAxrADANKwAwAZsQMAQbEDAGyxAwB3sQMAVmYEAJKxAwC/sQMA8LEDABKyAwA4sgMAZbIDAIuyAwC4sgMA6rIDAAuzAwA7swMAXrMDAGazAwCxswMA2bMDAAS0AwA3tAMAV7QDAIe0AwCqtAMAsrQDAP20AwAMtQMAULUDAFW1AwCjtQMArLUDAPa1AwCwtQMAa70DAAe2AwBJtgMAULYDAJy2AwCktgMA77YDAPy2AwBCtwMAR7cDAJW3AwCftwMA6LcDAPC3AwA7uAMARbgDAOfDAwBKuAMAjrgDAJO4AwDhuAMA7rgDADS5AwBBuQMAh7kDAJO5AwDauQMA6bkDAC26AwA3ugMAgLoDAIi6AwDTugMA3boDACa7AwAruwMAebsDAIG7AwAfFQ8A2LsDAB+8AwAlvAMAcrwDAI28AwDFvAMA0bwDABi9AwAevQMAchUPAHi9AwC+vQMAyr0DABG+AwAgvgMAZL4DAG6+AwC3vgMAxb4DAAq/AwAPvwMAXb8DAGq/AwCwvwMAuL8DAAPAAwANwAMAVsADAFvAAwCpwAMAscADAPzAAwD/wAMAT8EDAFvBAwCiwQMAqMEDAPXBAwAQwgMASMIDAFTCAwCbwgMAocIDAO7CAwD2wgMAQcMDAEPDAwCUwwMAnsMDAMUVDwDtwwMAOsQDADzEAwCNxAMAmsQDAODEAwDjxAMAM8UDAETFAwCGxQMAiMUDANnFAwDjxQMALMYDADjGAwB/xgMAh8YDABgWDwDXxgMAJccDACjHAwB4xwMAgscDAMvHAwDTxwMAHsgDACvIAwBxyAMAc8gDAMTIAwDayAMAF8kDACPJAwBrFg8AhskDAL3JAwDZyQMAvhYPABXKAwBjygMAcMoDALbKAwDDygMACcsDABXLAwBcywMAa8sDAK/LAwC5ywMAAswDABDMAwBVzAMAWswDAKjMAwC1zAMA+8wDABTNAwBOzQMAUM0DAKHNAwCozQMAERcPABHOAwBHzgMAWM4DAJrOAwCmzgMA7c4DAADPAwBAzwMAT88DAJPPAwCfzwMA5s8DAOfPAwA50AMAQ9ADAIzQAwCa0AMA39ADAOTQAwAy0QMAP9EDAGQXDwCK0QMA2NEDAOXRAwAr0gMAONIDAH7SAwCK0gMA0dIDAODSAwAk0wMALtMDAHfTAwCF0wMAytMDAM/TAwAd1AMAKtQDAHDUAwB41AMAw9QDAM3UAwAW1QMAG9UDAGnVAwBx1QMAXRgPAL7VAwAP1gMAHdYDAGLWAwBz1gMAsBgPALzWAwADGQ8ADdcDAFvXAwBj1wMArtcDAL3XAwAB2AMABtgDAFTYAwBh2AMAp9gDALTYAwD62AMABtkDAE3ZAwBc2QMAoNkDAKrZAwCpGQ8A9dkDAJTXDAD52QMAWB0LAAbaAwBG2gMAVdoDAJnaAwCl2gMA7NoDAO3aAwA/2wMASdsDAJLbAwCg2wMA5dsDAOrbAwA43AMARdwDAPwZDwCP3AMA3twDAOncAwAx3QMAP90DAITdAwCV3QMA190DAOPdAwAq3gMAMt4DAE8aDwCC3gMA0N4DAN3eAwAj3wMAMN8DAHbfAwCC3wMAyd8DANjfAwAc4AMAJuADAG/gAwB94AMAwuADAM/gAwAV4QMALOEDAKIaDwB14QMAu+EDAMjhAwAO4gMAGuIDAGHiAwBw4gMAtOIDAL7iAwAH4wMAFeMDAFrjAwAj4wMALosIAF/jAwCt4wMAuuMDAADkAwAI5AMAU+QDAFnkAwCm5AMAsuQDAPnkAwAJ5QMATOUDAFXlAwCf5QMAouUDAPLlAwD+5QMAReYDAEzmAwD1Gg8ApeYDAOvmAwD65gMAPucDAD/nAwCR5wMAqOcDAOTnAwD+5wMAN+gDAEPoAwCK6AMAnegDAN3oAwDs6AMAMOkDADzpAwCD6QMAhOkDANbpAwDg6QMAKeoDADfqAwB86gMAgeoDAM/qAwDc6gMASBsPADzrAwB16wMAhOsDAMjrAwDK6wMAG+wDAM3rAwBE8gMAKOwDAG7sAwB77AMAwewDAMbsAwAU7QMAHu0DAGftAwB27QMAuu0DAL/tAwAN7gMAGu4DAGDuAwBt7gMAs+4DAL/uAwAG7wMAFe8DAFnvAwBj7wMArO8DALnvAwD/7wMABPADAFLwAwBW8AMApfADALHwAwD48AMA/vADAEvxAwBR8QMAnvEDAKPxAwDx8QMA9/EDAJsbDwBR8gMAl/IDAKTyAwDq8gMA9vIDAD3zAwBM8wMAkPMDAJrzAwDj8wMA8fMDADb0AwA79AMAifQDAJb0AwDc9AMA4/QDAC/1AwA09QMAgvUDAI71AwDV9QMA2PUDACj2AwA19gMAe/YDAID2AwDO9gMA2PYDACH3AwAt9wMAdPcDAIf3AwDH9wMA1fcDABr4AwAd+AMAbfgDAHf4AwDA+AMAzPgDABP5AwAZ+QMAZvkDAGz5AwC5+QMAvvkDAAz6AwAS+gMA7hsPAGn6AwA/IAYAa/oDAIkrCABu+gMAsvoDALT6AwAF+wMAFvsDAFj7AwBp+wMAq/sDALP7AwD++wMADvwDAFH8AwBT/AMApPwDALL8AwD3/AMACP0DAEEcDwBR/QMAlBwPAJ79AwDw/QMA9f0DAEP+AwBJ/gMAlv4DAKD+AwDp/gMA9f4DADz/AwBC/wMAj/8DAJX/AwDi/wMA5/8DADUABAA7AAQA5xwPAJYABADbAAQA9AAEAC4BBAAvAQQAgQEEAJ4BBADUAQQA7gEEACcCBAAqAgQAegIEAH8CBADgHQ8A5gIEACADBAAmAwQAcwMEADYDBACadAQAdQMEAMYDBADMAwQAGQQEAC0EBABsBAQAdAQEAL8EBADMBAQAEgUEABcFBABlBQQAbwUEALgFBADABQQACwYEABwGBABeBgQAYwYEALEGBACzBgQABAcEAAsHBABXBwQAYwcEAKoHBACxBwQA/QcEABkIBABQCAQAWAgEADMeDwCoCAQA9ggEAPgIBABJCQQAUAkEAJwJBACqCQQA7wkEAPwJBABCCgQAWQoEAJUKBACdCgQA6AoEAPIKBAA7CwQA/goEAGNwBABGCwQAjgsEAJoLBADhCwQA6QsEAIYeDwA1DAQAhwwEAIwMBADaDAQA3QwEAC0NBAA3DQQAgA0EAJcNBADTDQQA2Q0EACYOBAAyDgQAeQ4EAHwOBADMDgQA6Q4EAB8PBAAwDwQAcg8EAJEPBADFDwQAzQ8EABgQBAAaEAQAaxAEAHoQBAC+EAQAyBAEABERBAAfEQQAZBEEAH8RBAC3EQQAwxEEAAoSBAASEgQA2R4PAGkSBACwEgQAvxIEAAMTBAAIEwQAVhMEAFwTBACpEwQAsBMEAPwTBAAEFAQATxQEAFEUBACiFAQAqRQEAPUUBAD3FAQASBUEAEkVBACbFQQApRUEAO4VBAD6FQQAQRYEAEcWBACUFgQArhYEAOcWBADvFgQAOhcEAFAXBACNFwQAmxcEAOAXBADjFwQAMxgEADYYBACGGAQAlBgEANkYBADmGAQALBkEAEMZBAB/GQQAhxkEANIZBADUGQQAJRoEAC0aBAB4GgQAjxoEAMsaBADXGgQAHhsEADQbBABxGwQAeRsEAMQbBADSGwQAFxwEACEcBABqHAQAchwEAL0cBADEHAQAEB0EABwdBABjHQQAZB0EALYdBADCHQQACR4EABYeBABcHgQAYx4EAK8eBACyHgQAAh8EAAofBABVHwQAWh8EAKgfBAC1HwQA+x8EACkgBABOIAQAViAEACwfDwCpIAQAuVIPAL0gBAD0IAQA/CAEAH8fDwBVIQQAmiEEAJwhBADtIQQA/iEEAEAiBABIIgQAkyIEAJ8iBADmIgQA7CIEADkjBAA/IwQAjCMEAJEjBADfIwQA5SMEANIfDwA3JAQAhSQEAD4kBABSCwwAjSQEANgkBADdJAQAr04JAN4kBADgQAoA5CQEACT8CQDnJAQAKyUEAOkkBABIPgoAMCUEAH4lBAAxJQQAOVoIAIslBADRJQQA3iUEACQmBAAwJgQAdyYEAIYmBADKJgQA1CYEAB4hDwAnJwQAcCcEAHUnBADDJwQAyycEAHEhDwAcKAQAaSgEAH8oBAC8KAQAyigEAA8pBAAcKQQAYikEAGQpBAC1KQQAvykEAAgqBAAUKgQAWyoEAGIqBACuKgQAtioEAAErBAAIKwQAVCsEAF0rBACnKwQAsysEAPorBAACLAQAFyIPAFIsBACgLAQAqCwEAPMsBAACLQQARi0EAEstBACZLQQApi0EAOwtBAD5LQQAPy4EAEsuBACSLgQAoS4EAOUuBADvLgQAOC8EAEYvBACLLwQAkC8EAN4vBADrLwQAMTAEADkwBACEMAQAjjAEANcwBADlMAQAKjEEAEAxBAB9MQQAiTEEANAxBADVMQQAIzIEACwyBAB2MgQAgDIEAGoiDwDTMgQAHDMEACgzBABvMwQAdzMEAL0iDwDHMwQAFTQEACI0BABoNAQAdTQEALs0BADHNAQADjUEAB01BABhNQQAazUEALQ1BADMNQQABzYEABE2BABaNgQAaDYEAK02BADDNgQAADcEAAw3BABTNwQAWDcEAKY3BACvNwQA+TcEAAM4BABMOAQAVDgEABAjDwCsOAQA8jgEALU4BACofw4A/zgEAEU5BABROQQAmDkEAKc5BADrOQQA9TkEAD46BABMOgQAkToEAJ46BADkOgQA+zoEADc7BAA/OwQAijsEAJQ7BADdOwQA4jsEADA8BAA4PAQAYyMPAI88BADWPAQA3DwEACk9BABEPQQAfD0EAIg9BADPPQQA1T0EACI+BAA+PgQAdT4EAH0+BAC2Iw8AzT4EABs/BAAoPwQAbj8EAHs/BADBPwQAzT8EABRABAAjQAQAZ0AEAHFABAC6QAQAyEAEAA1BBAASQQQAYEEEAG1BBACzQQQAu0EEAAZCBAAMQgQAWUIEABBCBABLRAQAZUIEAKxCBAC8QgQA/0IEAAhDBABSQwQAVUMEAKVDBACxQwQA+EMEAP9DBAAJJA8AWUQEAJ5EBAC0RAQA8UQEAP1EBABERQQAS0UEAJdFBACfRQQA6kUEAO9FBAA9RgQARkYEAJBGBACaRgQAXCQPAOhGBAA2RwQA70YEAG1LBAA+RwQAiUcEAI9HBADcRwQA4UcEAC9IBAA4SAQAgkgEAIxIBADVSAQA4UgEAChJBAAwSQQAryQPAIBJBADOSQQA1kkEACFKBAAsSgQAdEoEAHlKBADHSgQAykoEABpLBAAkSwQAAiUPAHdLBADASwQAxEsEABNMBAAYTAQAZkwEAGxMBAC5TAQA2UwEAAxNBAAUTQQAX00EAG1NBACyTQQAtU0EAAVOBAANTgQAWE4EAGFOBACrTgQAuE4EAP5OBAAETwQAUU8EAF1PBACkTwQApk8EAPdPBAAGUAQASlAEAFVQBACdUAQAn1AEAPBQBAAJUQQAQ1EEAFRRBACWUQQAolEEAFUlDwDxUQQAPFIEAFxSBACPUgQAnVIEAOJSBADvUgQANVMEADxTBACIUwQApFMEANtTBADjUwQAqCUPADNUBACBVAQAjlQEANRUBADhVAQAJ1UEADNVBAB6VQQAiVUEAM1VBADXVQQAIFYEADVWBABzVgQAe1YEAMZWBADVVgQAGVcEABtXBABsVwQAdVcEAL9XBADCVwQAElgEAB5YBABlWAQAgVgEALhYBADAWAQA+yUPABBZBABeWQQAdFkEALFZBAC9WQQABFoEACdaBABOJg8AYVoEAKpaBACyWgQA/VoEAANbBACFrggADFsEAFBbBABVWwQAo1sEALBbBAD2WwQAA1wEAElcBABVXAQAnFwEAKtcBADvXAQA+VwEAEJdBABKXQQAlV0EAJ9dBADoXQQA7V0EADteBABDXgQAoSYPAJFeBADhXgQA/l4EADRfBABFXwQAh18EAJVfBABerAQAvF8EANpfBAD2XwQALWAEAElgBAD0Jg8AhmAEANNgBADZYAQAJmEEACthBAB5YQQAf2EEAEcnDwDRYQQAH2IEACxiBAByYgQAf2IEAMViBADRYgQAGGMEACdjBABrYwQAdWMEAL5jBADMYwQAEWQEABZkBABkZAQAcWQEALdkBADDZAQACmUEABBlBABdZQQAY2UEALBlBAC1ZQQAA2YEAAlmBABAKA8AamYEAKlmBADPZgQA/GYEACJnBABPZwQAdWcEAKJnBADSZwQA9WcEAP1nBABIaAQAcGgEAJtoBADQaAQA7mgEABRpBABBaQQAZ2kEAJRpBADJaQQA52kEABdqBAA6agQAQmoEAI1qBACSagQAccEEAJxqBADgagQA5WoEADNrBABAawQAhmsEAJNrBADZawQA5WsEACxsBAA7bAQAf2wEAIlsBADSbAQA4GwEACVtBAAqbQQAeG0EAIVtBADLbQQA020EAB5uBAAkbgQAcW4EAChuBADZvgQAfW4EAMRuBADUbgQAF28EACBvBABqbwQAbW8EAL1vBADJbwQAEHAEABdwBACTKA8Ad3AEALZwBAC5cAQACXEEACZxBABccQQAbXEEAK9xBAC2cQQAAnIEABtyBABVcgQAXXIEAKhyBAC+cgQA+3IEAABzBABOcwQAVXMEAKFzBACqcwQA9HMEAAV0BABHdAQAU3QEAOYoDwCcdAQA2HcEAK50BADtdAQA8HQEAEB1BABddQQAk3UEAKR1BADmdQQA9XUEADl2BABKdgQAjHYEAJp2BADfdgQA63YEADJ3BAA/dwQAhXcEAI93BAA5KQ8A3ncEACt4BAA5eAQAfngEAIB4BADReAQA2HgEACR5BAA9eQQAjCkPAIB5BADKeQQA13kEAB16BAAregQAcHoEAH96BADDegQAxXoEABZ7BAAgewQAaXsEAHd7BAC8ewQAwXsEAA98BAAcfAQAYnwEAGV8BAC1fAQAwXwEAAh9BAAbfQQAW30EAGp9BACufQQAun0EAAF+BAACfgQAVH4EAF5+BACnfgQAtX4EAPp+BAD/fgQATX8EAFp/BADfKQ8ApX8EAPN/BAAJgAQARoAEAFyABACZgAQAooAEAOyABAD5gAQAP4EEAE2BBACSgQQAoYEEAOWBBADngQQAOIIEAEKCBACLggQAmYIEAN6CBADjggQAMYMEAD6DBACEgwQAh4MEANeDBADfgwQAKoQEADuEBAB9hAQAi4QEANCEBADdhAQAI4UEAEOFBAB2hQQAfoUEAMmFBADZhQQAHIYEAB6GBABvhgQAfYYEAMKGBADThgQA2CoPABuHBABohwQAdIcEACsrDwDChwQADogEAMiHBAC5PgYAFYgEAGGIBABniAQAtIgEAMCIBAAHiQQACokEAFqJBABdiQQArYkEANiJBAAAigQAI4oEAFOKBABeigQApooEAKuKBAD5igQA/IoEAEyLBABWiwQAn4sEAMqLBAB+Kw8A94sEAEWMBABSjAQAmIwEAKWMBADrjAQA94wEAD6NBABNjQQAkY0EAJuNBADkjQQA7I0EADeOBABBjgQAio4EAI+OBADdjgQA5Y4EANErDwA9jwQAg48EAJePBADWjwQA3o8EACmQBAAukAQAfJAEAIyQBADPkAQA15AEACKRBAAskQQAdZEEAICRBADIkQQA1JEEABuSBAAjkgQAJCwPAG+SBADBkgQAzZIEABSTBAAjkwQAZ5MEAHWTBAC6kwQAypMEAA2UBAAblAQAYJQEAGyUBACzlAQAupQEAAaVBAAOlQQAWZUEAG+VBACslQQAwJUEAP+VBAAClgQAUpYEAG+WBACllgQAtpYEAPiWBAAAlwQAS5cEAFaXBACelwQAo5cEAPGXBAD0lwQARJgEAE6YBACXmAQAmpgEAHcsDwDsmAQA/y0HAO+YBAA9mQQAQJkEAJCZBACamQQA45kEAOuZBAA2mgQAVZoEAMosDwCdmgQA3JoEAAKbBAAvmwQAVZsEAIKbBAComwQA1ZsEAAucBAAonAQAXZwEAHucBAChnAQAzpwEAPScBAAhnQQAVp0EAHSdBACYnQQAx50EAOOdBAAangQAIp4EAB0tDwByngQAwJ4EAM2eBAATnwQAIJ8EAGafBABynwQAuZ8EAMifBAAMoAQAFqAEAF+gBABtoAQAsqAEALegBAAFoQQAEqEEAFihBABgoQQAq6EEALGhBAD+oQQAtaEEAPCjBAAKogQAUaIEAGGiBACkogQAraIEAPeiBAD6ogQASqMEAFajBACdowQApKMEAHAtDwD+owQAQ6QEAFmkBACWpAQAoqQEAOmkBADwpAQAPKUEAESlBACPpQQAlKUEAOKlBADrpQQANaYEAD+mBADDLQ8AiaYEANumBADnpgQALqcEADSnBACBpwQAg6cEANSnBADepwQAJ6gEADWoBAB6qAQAf6gEAM2oBADaqAQAIKkEACipBABzqQQAfakEAMapBADUqQQAGaoEAC+qBABsqgQAeKoEAL+qBADGqgQAEqsEABqrBABlqwQAaqsEALirBADBqwQAC6wEABWsBAAWLg8AdqwEALGsBAC0rAQABK0EACGtBABXrQQAaK0EAKqtBADCrQQA/a0EAAmuBABQrgQAY64EAKOuBACyrgQA9q4EAAKvBABJrwQASq8EAJyvBACmrwQA768EAP2vBABCsAQAR7AEAJWwBACisAQAaS4PAO2wBAA7sQQASLEEAI6xBACbsQQA4bEEAO2xBAA0sgQAQ7IEAIeyBACRsgQA2rIEAOiyBAAtswQAMrMEAICzBACNswQA07MEANuzBAAmtAQALLQEAHm0BAAwtAQAa7YEAIW0BADMtAQA3LQEAB+1BAAotQQAcrUEAHW1BADFtQQA0bUEABi2BAAftgQAYi8PAHm2BAC+tgQA1LYEABG3BAAdtwQAZLcEAGu3BAC3twQAv7cEAAq4BAAPuAQAXbgEAGa4BACwuAQAurgEALUvDwAEuQQAVrkEAGK5BACpuQQAr7kEAPy5BAD+uQQAT7oEAFm6BACiugQAsLoEAPW6BAD6ugQASLsEAFW7BACbuwQAo7sEAO67BAD4uwQAQbwEAE+8BACUvAQAqrwEAOe8BADzvAQAOr0EAEG9BACNvQQAlb0EAOC9BADlvQQAM74EADy+BACGvgQAkL4EAAgwDwDnvgQALL8EAEK/BAB/vwQAi78EANK/BADZvwQAJcAEAC3ABAB4wAQAfcAEAMvABADUwAQAHsEEACjBBABbMA8AcsEEAMTBBADQwQQAF8IEAB3CBABqwgQAbMIEAL3CBADHwgQAEMMEAB7DBABjwwQAaMMEALbDBADDwwQACcQEABHEBABcxAQAZsQEAK/EBAC9xAQAAsUEABjFBABVxQQAYcUEAKjFBACvxQQA+8UEAAPGBABOxgQAU8YEAKHGBACqxgQA9MYEAP7GBACuMA8ASccEAGQzCwBVxwQAmscEAKvHBADtxwQA8scEAEDIBABXyAQAk8gEAKfIBADmyAQA/sgEADnJBABIyQQAjMkEAJHJBADfyQQA7MkEADLKBAA/ygQAhcoEAJHKBADYygQA58oEACvLBAA1ywQAfssEAIbLBADRywQA78sEACTMBAAszAQAd8wEAIDMBADKzAQA18wEAB3NBAAfzQQAcM0EAInNBADDzQQA1M0EABbOBAAizgQAac4EAHHOBAABMQ8Awc4EAA/PBAAXzwQAYs8EAHHPBAC1zwQAus8EAAjQBAAV0AQAW9AEAGjQBACu0AQAutAEAAHRBAAQ0QQAVNEEAF7RBACn0QQAr9EEAPrRBAAE0gQATdIEAFLSBACg0gQAqNIEAFQxDwAK0wQARtMEAE7TBACZ0wQAo9MEAOzTBADx0wQAP9QEAEfUBACnMQ8Al9QEAOXUBADu1AQAFLwKAPLUBAA41QQA+9QEADk3DQBC1QQAz/4MAEXVBACL1QQAl9UEAN7VBADt1QQAMdYEADvWBACE1gQAjNYEAAANCgCS1gQA19YEAOTWBAAq1wQAQdcEAH3XBACF1wQA0NcEANrXBAAj2AQAKNgEAHbYBAB+2AQA+jEPANbYBAAc2QQAKtkEAG/ZBACC2QQAwtkEAMrZBAAV2gQAGNoEAGjaBABt2gQAu9oEAMraBAAO2wQALtsEAGHbBABt2wQAtNsEAL7bBAAH3AQAI9wEAFrcBABi3AQATTIPAMDcBAAA3QQABt0EAFPdBABf3QQApt0EALDdBAD53QQA/90EAEzeBABa3gQAn94EAKveBADy3gQA9d4EAEXfBABG3wQAmN8EAKTfBADr3wQA8d8EAD7gBABE4AQAkeAEAJ3gBADk4AQAAeEEADfhBABA4QQAiuEEAJbhBADd4QQA4OEEADDiBAA64gQAg+IEAI/iBADW4gQA3OIEACnjBAAv4wQAfOMEAIHjBADP4wQA1eMEAKAyDwAu5AQAdeQEAHfkBADI5AQA1+QEABvlBAAm5QQAbuUEAHrlBADB5QQAyOUEABTmBAAc5gQAZ+YEAHHmBAC65gQAxeYEAA3nBAAZ5wQAYOcEAGjnBACZMw8AtecEAAboBAAZ6AQAWegEAGHoBACs6AQAsugEAP/oBAAL6QQAUukEAFzpBACl6QQAq+kEAPjpBAAG6gQAS+oEAFfqBACe6gQAoeoEAPHqBAD56gQAROsEAEXrBACX6wQAo+sEAOrrBADw6wQAPewEAEXsBACQ7AQAluwEAOPsBADv7AQANu0EAFPtBACJ7QQAku0EANztBADo7QQAL+4EADLuBACC7gQAjO4EANXuBADd7gQAKO8EADnvBAB77wQAie8EAM7vBADk7wQAIfAEAC/wBAB08AQAfvAEAOwzDwDW8AQAGvEEACXxBABt8QQAefEEAMDxBADH8QQAE/IEABvyBABm8gQAcPIEALnyBADE8gQADPMEABjzBABf8wQAZ/MEAD80DwC08wQABfQEABj0BABY9AQAYPQEAKv0BACx9AQA/vQEAAr1BABR9QQAW/UEAKT1BACq9QQA9/UEAAX2BABK9gQAVvYEAJ32BACg9gQA8PYEAPj2BABD9wQARPcEAJb3BACi9wQA6fcEAO/3BAA8+AQARPgEAI/4BACV+AQA4vgEAO74BAA1+QQAUvkEAIj5BACR+QQA2/kEAOf5BAAu+gQAMfoEAIH6BACL+gQA1PoEANz6BAAn+wQAOPsEAHr7BACI+wQAzfsEAOP7BAAg/AQALvwEAHP8BAB9/AQAxvwEAM78BAAZ/QQAPP0EAJI0DwB3/QQAv/0EAM39BAAS/gQAIf4EAGX+BABw/gQAuP4EAMD+BAAL/wQAGf8EAF7/BABh/wQAsf8EALn/BADlNA8AEgAFAFcABQBaAAUAqgAFALIABQAKXgUAtgAFAJEzBQC5AAUA0wYFAMYABQD9AAUAGQEFADg1DwBSAQUAowEFALABBQD2AQUAAwIFAEkCBQBOAgUAnAIFAKYCBQDvAgUA/gIFAEIDBQBHAwUAlQMFAKIDBQDoAwUA9QMFADsEBQBHBAUAjgQFAJ0EBQDhBAUA6wQFADQFBQBABQUAhwUFAI0FBQDaBQUA4AUFAC0GBQAyBgUAgAYFAIYGBQCLNQ8A2AYFADEpBQDkBgUAJgcFADQHBQB5BwUAhQcFAMwHBQDZBwUAHwgFACkIBQByCAUAjggFAMUIBQDhCAUA3jUPABoJBQBrCQUAeAkFAL4JBQDLCQUAEQoFABYKBQBkCgUAbgoFALcKBQDGCgUACgsFAA8LBQBdCwUAagsFALALBQC9CwUAAwwFAA8MBQBWDAUAZQwFAKkMBQCzDAUA/AwFAAgNBQBPDQUAVQ0FAKINBQCoDQUA9Q0FAPoNBQBIDgUATg4FADE2DwCiDgUA7g4FAPwOBQBBDwUARA8FAJQPBQCjDwUA5w8FAOwPBQA6EAUARxAFAI0QBQCaEAUA4BAFAOwQBQAzEQUAQhEFAIYRBQCQEQUA2REFAOcRBQAsEgUAMRIFAH8SBQCMEgUA0hIFAN4SBQAlEwUAOBMFAHgTBQCHEwUAyxMFANcTBQAeFAUAHxQFAHEUBQB7FAUAxBQFANIUBQAXFQUAHBUFAGoVBQB3FQUAhDYPAMIVBQAQFgUAGRYFAGMWBQB0FgUAthYFAL0WBQAJFwUAERcFAFwXBQBpFwUArxcFALQXBQACGAUADBgFAFUYBQBdGAUAqBgFAL8YBQD7GAUABxkFAE4ZBQBYGQUAoRkFAKkZBQD0GQUA9hkFAEcaBQBPGgUAmhoFAKAaBQDtGgUA+RoFAEAbBQBDGwUAkxsFAJgbBQDmGwUA7xsFADkcBQA/HAUAjBwFAJscBQDfHAUA6xwFAH03DwA0HQUAhR0FAJMdBQDYHQUA6R0FANA3DwAyHgUAIzgPAIMeBQDRHgUA2R4FACQfBQAzHwUAdx8FAHwfBQDKHwUA1x8FAB0gBQAqIAUAcCAFAHwgBQDDIAUA0iAFABYhBQAgIQUAyTgPAGshBQC8IQUA1yEFAA8iBQARIgUAYiIFAHwiBQC1IgUAwiIFAAgjBQAUIwUAWyMFAGUjBQCuIwUAyCMFAAEkBQAQJAUAVCQFAFkkBQCnJAUAtCQFAPokBQAHJQUATSUFAFklBQCgJQUAryUFAPMlBQD9JQUARiYFAFImBQCZJgUArCYFAOwmBQD7JgUAPycFAEsnBQCSJwUAkycFAOUnBQDvJwUAOCgFAEYoBQCLKAUAkCgFAN4oBQDrKAUAHDkPAD4pBQCEKQUAkSkFANcpBQDjKQUAKioFADkqBQB9KgUAhyoFANAqBQDeKgUAIysFACgrBQB2KwUAgysFAMkrBQDVKwUAHCwFAC8sBQBvLAUAfiwFAMIsBQDOLAUAFS0FABYtBQBoLQUAci0FALstBQDJLQUADi4FABMuBQBhLgUAbi4FAG85DwDBLgUABy8FAAkvBQBaLwUAcy8FAK0vBQC+LwUAADAFAAwwBQBTMAUAWzAFAGg6DwCrMAUA+TAFAAExBQBMMQUAWzEFAJ8xBQCkMQUA8jEFAP8xBQBFMgUAUjIFAJgyBQCkMgUA6zIFAPoyBQA+MwUASDMFALs6DwCkMwUA5DMFAPMzBQA3NAUAQzQFAIo0BQCLNAUA3TQFAOc0BQAwNQUAPjUFAIM1BQCINQUA1jUFAOM1BQAOOw8ALjYFAHw2BQCJNgUAzzYFANw2BQAiNwUALjcFAHU3BQCENwUAyDcFANI3BQAbOAUAKTgFAG44BQBzOAUAwTgFAM44BQAUOQUAHDkFAGc5BQBtOQUAujkFAHE5BQCYhQUAxjkFAA06BQAdOgUAYDoFAGk6BQCzOgUAtjoFAAY7BQASOwUAWTsFAGA7BQAHPA8AtzsFAP87BQAAPAUAUjwFAGo8BQClPAUAsjwFAPg8BQAEPQUASz0FAFU9BQCePQUAoj0FAPE9BQD2PQUARD4FAEo+BQCXPgUAtz4FAOo+BQACPwUAPT8FAFQ/BQCQPwUAnD8FAOM/BQDtPwUANkAFADhABQCJQAUAkEAFANxABQDjQAUAL0EFADVBBQCCQQUAjkEFANVBBQDYQQUAKEIFACtCBQB7QgUAh0IFAM5CBQDRQgUAWjwPACZDBQB0QwUAfEMFAMdDBQDNQwUAGkQFAB9EBQBtRAUAdkQFAMBEBQDKRAUAE0UFAB9FBQBmRQUAbkUFAK08DwC+RQUADEYFABRGBQBfRgUAakYFALJGBQC3RgUABUcFAAhHBQBYRwUAYkcFAAA9DwC3RwUA/kcFAAVIBQBRSAUAX0gFAKRIBQCnSAUA90gFAP9IBQBKSQUATUkFAJ1JBQCpSQUA8EkFAPZJBQBDSgUAXkoFAJZKBQCiSgUA6UoFAO9KBQA8SwUAREsFAI9LBQCTSwUA4ksFAO5LBQA1TAUAQkwFAIhMBQCSTAUA20wFAONMBQAuTQUAME0FAIFNBQCFTQUA1E0FANZNBQAnTgUAO04FAFM9DwCCTgUAzU4FANFOBQAgTwUAIk8FAHNPBQB2TwUAxk8FAM5PBQAZUAUAJlAFAGxQBQBxUAUAv1AFAMlQBQASUQUAGlEFAGVRBQBmUQUAuFEFAL1RBQALUgUADlIFAF5SBQBhUgUAsVIFAL9SBQAEUwUAHVMFAFdTBQBoUwUAqlMFALZTBQD9UwUABVQFAKY9DwBVVAUAo1QFAKtUBQD2VAUABVUFAElVBQBOVQUAnFUFAKlVBQDvVQUA/FUFAEJWBQBOVgUAlVYFAKRWBQDoVgUA8lYFADtXBQBDVwUAjlcFAJhXBQDhVwUA5lcFADRYBQA8WAUA+T0PAJJYBQDaWAUA5lgFAC1ZBQA1WQUATD4PAIxZBQDTWQUA2lkFACZaBQA0WgUAeVoFAHxaBQDMWgUA1FoFAB9bBQAiWwUAclsFAH5bBQDFWwUAy1sFABhcBQAzXAUAa1wFAHdcBQC+XAUAxFwFABFdBQA0XQUAZF0FAGddBQC3XQUA210FAJ8+DwAZXgUAXV4FAGJeBQCwXgUAvV4FAANfBQAQXwUAVl8FAGJfBQCpXwUAuF8FAPxfBQAGYAUAT2AFAF1gBQCiYAUAp2AFAPVgBQACYQUASGEFAFBhBQDyPg8AqGEFAO5hBQD2YQUAQWIFAFpiBQCUYgUAmmIFAOdiBQDsYgUAOmMFAFpjBQCNYwUAmWMFAOBjBQDtYwUAM2QFADtkBQCGZAUAiWQFANlkBQDjZAUALGUFAC5lBQB/ZQUAiWUFANJlBQDeZQUART8PADtmBQB4ZgUAhGYFAMtmBQDQZgUAHmcFANNmBQDAShAAJ2cFAHFnBQB7ZwUAxGcFAMxnBQB+VQkA0GcFABdoBQDnZwUAokQJAB1oBQBqaAUAKmgFANVqCwBwaAUAvWgFAMJoBQAQaQUAFmkFAJg/DwBxaQUAtmkFAMxpBQAJagUAFWoFAFxqBQBhagUAr2oFALhqBQACawUADGsFAFVrBQBdawUAqGsFALdrBQD7awUAAGwFAE5sBQBbbAUAoWwFAK5sBQD0bAUAAG0FAEdtBQBWbQUAmm0FAKRtBQDtbQUA+20FAEBuBQBNbgUAk24FAKpuBQDmbgUA7m4FADlvBQBDbwUAjG8FAJFvBQDfbwUA528FAJFADwA+cAUAhXAFAItwBQDYcAUA83AFACtxBQA3cQUAfnEFAIRxBQDkQA8A5HEFACRyBQAzcgUAd3IFAINyBQDKcgUAy3IFAB1zBQAncwUAcHMFAH5zBQDDcwUAyHMFABZ0BQAjdAUAN0EPAG50BQC8dAUAxHQFAA91BQASdQUAYnUFAGt1BQC1dQUAxHUFAAh2BQATdgUAW3YFAGN2BQCudgUAvnYFAAF3BQAPdwUAVHcFAGV3BQCndwUAs3cFAPp3BQACeAUAMEIPAFN4BQCgeAUAqHgFAPN4BQD6eAUARnkFAFR5BQCZeQUAn3kFAOx5BQD4eQUAP3oFAE56BQCSegUAnHoFAOV6BQDqegUAOHsFAD57BQCLewUAn3sFAN57BQDmewUAMXwFAFl8BQCEfAUAjXwFANd8BQDkfAUAKn0FADh9BQB9fQUAkH0FANB9BQDsfQUAg0IPACh+BQB2fgUAg34FAMl+BQDWfgUAHH8FACh/BQBvfwUAfn8FAMJ/BQDMfwUAFYAFACOABQBogAUAbYAFALuABQDIgAUADoEFABaBBQBhgQUAZ4EFALSBBQDAgQUAB4IFABeCBQBaggUAY4IFAK2CBQCwggUAAIMFAAyDBQBTgwUAWoMFANZCDwDOgwUA+YMFAAKEBQBMhAUAWYQFAJ+EBQCthAUA8oQFAAWFBQBFhQUAYYUFAClDDwCmhQUA64UFAAGGBQA+hgUASoYFAJGGBQCYhgUA5IYFAOyGBQA3hwUAPIcFAIqHBQCThwUA3YcFAOeHBQB8Qw8AMYgFAIOIBQCPiAUA1ogFANyIBQApiQUAK4kFAHyJBQCGiQUAz4kFAN2JBQAiigUAJ4oFAHWKBQCCigUAyIoFANCKBQAbiwUAJYsFAG6LBQB8iwUAwYsFANeLBQAUjAUAIIwFAGeMBQBujAUAuowFAMKMBQANjQUAEo0FAGCNBQBpjQUAs40FAL2NBQDPQw8AFI4FAFmOBQBvjgUArI4FALiOBQD/jgUABI8FAFKPBQBbjwUApY8FAK+PBQD4jwUABJAFAEuQBQBRkAUAnpAFAKSQBQDxkAUA9pAFAESRBQBKkQUAIkQPAJyRBQDqkQUA95EFAD2SBQBKkgUAkJIFAJySBQDjkgUA8pIFADaTBQBAkwUAiZMFAJeTBQDckwUA4ZMFAC+UBQA8lAUAgpQFAIqUBQDVlAUA35QFACiVBQA2lQUAe5UFAJGVBQDOlQUA2pUFACGWBQAmlgUAdJYFAH2WBQDHlgUA0ZYFABtFDwAmlwUAbZcFAH6XBQDAlwUAzJcFABOYBQAimAUAZpgFAHCYBQC5mAUAx5gFAAyZBQARmQUAX5kFAGyZBQCymQUAvJkFAAWaBQC+mQUAlp0FABOaBQBYmgUAbpoFAKuaBQC3mgUA/poFAAObBQBRmwUAWpsFAKSbBQCumwUA95sFAAOcBQBKnAUAUJwFAJ2cBQCjnAUA8JwFAPWcBQBDnQUASZ0FAG5FDwCcnQUA6Z0FAO+dBQA8ngUAQZ4FAI+eBQCVngUAwUUPAPCeBQA1nwUAS58FAIifBQCUnwUA258FAOCfBQAuoAUAN6AFAIGgBQCLoAUA1KAFAOCgBQAnoQUAOqEFAHqhBQCJoQUAzaEFANmhBQAgogUAIaIFAHOiBQB9ogUAxqIFANSiBQAZowUAHqMFAGyjBQB5owUAFEYPAM6jBQASpAUAMqQFAGWkBQBxpAUAuKQFAMKkBQALpQUAEKUFAF6lBQBfpQUAsaUFAL2lBQAEpgUAEaYFAFemBQBjpgUAqqYFAL2mBQD9pgUADKcFAFCnBQBcpwUAo6cFAKSnBQD2pwUAAKgFAEmoBQBXqAUAnKgFAKGoBQDvqAUA/KgFAGdGDwBeqQUAukYPAJupBQDoqQUA7qkFADuqBQBAqgUAjqoFAJSqBQANRw8A5qoFADSrBQA3qwUAh6sFAJOrBQDaqwUA4KsFAC2sBQBIrAUAgKwFAIysBQDTrAUA2awFACatBQAorQUAea0FAJStBQDMrQUAzq0FAB+uBQAtrgUAcq4FAIOuBQDFrgUAx64FABivBQAxrwUAa68FAHyvBQC+rwUAyq8FAAZIDwAbsAUAZLAFAHKwBQC3sAUAzbAFAAqxBQAWsQUAXbEFAGKxBQCwsQUAubEFAAOyBQANsgUAVrIFAF6yBQCpsgUArrIFAPyyBQALswUAT7MFAF6zBQCiswUAq7MFAPWzBQD7swUASLQFAE60BQCbtAUAp7QFAO60BQD1tAUAQbUFAEm1BQCUtQUAlrUFAOe1BQD3tQUAOrYFAES2BQCNtgUAmbYFAOC2BQDmtgUAM7cFADu3BQBZSA8AkrcFANm3BQDqtwUALLgFADi4BQB/uAUAjrgFANK4BQDcuAUAJbkFADO5BQB4uQUAfbkFAMu5BQDYuQUAHroFACa6BQBxugUAe7oFAHbRBQB9ugUAxLoFAMq6BQAXuwUAHbsFAGq7BQBvuwUAvbsFAMO7BQCsSA8AHLwFAGO8BQBpvAUAtrwFANG8BQAJvQUAFb0FAFy9BQBivQUAr70FALe9BQACvgUABb4FAFW+BQBhvgUAqL4FALm+BQD7vgUAB78FAE6/BQBdvwUAob8FAKu/BQD0vwUAAsAFAEfABQBMwAUAmsAFAKfABQDtwAUA9cAFAEDBBQBKwQUAk8EFAKHBBQDmwQUA/MEFADnCBQBFwgUAjMIFAJHCBQDfwgUA6MIFADLDBQA8wwUApUkPAIvDBQDYwwUA3sMFACvEBQA3xAUAfsQFAIvEBQDRxAUA28QFACTFBQAsxQUAd8UFAIHFBQDKxQUAz8UFAB3GBQAexgUAcMYFAHXGBQDDxgUA1MYFABbHBQAbxwUAaccFAIDHBQC8xwUA0McFAA/IBQAryAUAYsgFAGrIBQD4SQ8AvcgFAAjJBQASyQUAW8kFAG/JBQCuyQUAr8kFAAHKBQANygUAVMoFAHDKBQCnygUAr8oFAEtKDwADywUATcsFAFvLBQCgywUAXMsFALjbCQCqywUA88sFAPXLBQBGzAUAX8wFAJnMBQCqzAUA7MwFAPjMBQA/zQUAR80FAJ5KDwCezQUA5c0FAOvNBQA4zgUAU84FAIvOBQCXzgUA3s4FAOTOBQAxzwUANM8FAITPBQCMzwUA188FAOfPBQAq0AUAL9AFAH3QBQCG0AUA0NAFAN3QBQAj0QUAKtEFAPFKDwCE0QUAydEFAN/RBQAc0gUAKNIFAG/SBQB00gUAwtIFAMvSBQAV0wUAH9MFAGjTBQCE0wUAu9MFAMPTBQBESw8AE9QFAGHUBQBp1AUAtNQFALbUBQAH1QUAItUFAFrVBQBc1QUArdUFALvVBQAA1gUAEdYFAFPWBQBV1gUAptYFAL/WBQD51gUACtcFAEzXBQBY1wUAn9cFAKfXBQCXSw8A/tcFAEXYBQBL2AUAmNgFALPYBQDr2AUA99gFAD7ZBQBE2QUAkdkFAJTZBQDqSw8AAdoFADfaBQA42gUAitoFAJnaBQDd2gUA4toFADDbBQA92wUAg9sFAJDbBQDW2wUA4tsFACncBQA43AUAfNwFAIbcBQDP3AUA3dwFACLdBQAn3QUAdd0FAILdBQDI3QUA1N0FABveBQAh3gUAbt4FAC7eBQAu8wUAdN4FAMHeBQDG3gUAFN8FABrfBQA9TA8AbN8FALrfBQDa3wUADeAFABngBQBg4AUAZuAFALPgBQC74AUA9BIGALzgBQAG4QUAE+EFAFnhBQBf4QUArOEFALjhBQD/4QUAAeIFAFLiBQBh4gUApeIFALDiBQD44gUA+uIFAEvjBQBk4wUAnuMFAK/jBQDx4wUA/eMFAETkBQBQ5AUAl+QFAKrkBQDq5AUA+eQFAD3lBQBJ5QUAkOUFAJHlBQDj5QUA7eUFADbmBQBE5gUAieYFAI7mBQDc5gUA6eYFAJBMDwA85wUAgucFAJbnBQDV5wUA8ecFACjoBQBE6AUA40wPAIroBQDO6AUAz+gFACHpBQAw6QUAdOkFAHnpBQDH6QUA1OkFABrqBQAn6gUAbeoFAHnqBQDA6gUAz+oFABPrBQAd6wUAZusFAHTrBQC56wUAvusFAAzsBQAZ7AUAX+wFAG/sBQCy7AUAtOwFAAXtBQAT7QUAWO0FAGntBQA2TQ8Asu0FAIlNDwAD7gUAUe4FAF7uBQCk7gUAse4FAPfuBQD97gUASu8FAFbvBQCd7wUAre8FAPDvBQD57wUAQ/AFAEbwBQCW8AUAovAFAOnwBQDw8AUA3E0PAEjxBQCP8QUAn/EFAOLxBQDr8QUANfIFADjyBQCI8gUAlPIFANvyBQDi8gUAL04PAD3zBQCB8wUAjfMFANTzBQDV8wUAJ/QFADH0BQB69AUAiPQFAM30BQDS9AUAIPUFAC31BQCCTg8AePUFAMb1BQDV9QUAGfYFADn2BQBs9gUAePYFAL/2BQDJ9gUAEvcFABr3BQBl9wUAcfcFALj3BQC+9wUAC/gFABH4BQBe+AUAY/gFALH4BQC3+AUAe08PAAn5BQBX+QUAYPkFAKr5BQC7+QUA/fkFAAT6BQBQ+gUAWPoFAKP6BQCw+gUA9voFAPv6BQBJ+wUAU/sFAJz7BQCk+wUA7/sFAP77BQBC/AUAR/wFAJX8BQCi/AUA6PwFAPX8BQA7/QUAR/0FAI79BQCd/QUA4f0FAOv9BQA0/gUAPP4FAIf+BQCR/gUA2v4FAN/+BQAt/wUANf8FAHRQDwCF/wUA0/8FANb/BQAmAAYAMAAGAMdQDwB/AAYAzAAGANEABgAfAQYAPwEGAHIBBgB+AQYAxQEGAMsBBgAYAgYAGwIGAGsCBgBtAgYAvgIGANkCBgARAwYAEwMGAGQDBgByAwYAtwMGAMgDBgAKBAYADAQGAF0EBgB2BAYAsAQGAMEEBgADBQYADwUGABpRDwBmBQYAqQUGAMkFBgD8BQYA/gUGAE8GBgBbBgYAMKMNAF4GBgDeIQYAawYGANYuBgB4BgYAogYGAKUGBgD1BgYAAgcGANILBgAEBwYASAcGAE0HBgCbBwYAqAcGAO4HBgD7BwYAQQgGAE0IBgCUCAYAowgGAOcIBgDxCAYAOgkGAEgJBgCNCQYAkgkGAOAJBgDtCQYAMwoGAD8KBgCGCgYAjAoGANkKBgDfCgYALAsGADELBgB/CwYAhQsGAG1RDwDbCwYAJQwGADsMBgB4DAYAkQwGAMsMBgDXDAYAHg0GACQNBgBxDQYAdg0GAMQNBgDUDQYAFw4GAB0OBgBqDgYAdg4GAL0OBgDHDgYAEA8GABYPBgBjDwYAcQ8GALYPBgDCDwYACRAGAAwQBgBcEAYAaBAGAK8QBgDCEAYAAhEGABERBgBVEQYAYREGAKgRBgC0EQYA+xEGAAISBgBOEgYAWhIGAKESBgCoEgYAwFEPAAoTBgBHEwYASRMGAJoTBgCuEwYA7RMGAPUTBgBAFAYATRQGAJMUBgCYFAYA5hQGAPAUBgA5FQYAQRUGAIwVBgClFQYA3xUGAOsVBgAyFgYAOhYGABNSDwCgFgYA2BYGANoWBgArFwYAORcGAH4XBgCPFwYA0RcGANMXBgAkGAYAPRgGAHcYBgCIGAYAyhgGANYYBgBmUg8AIhkGAHAZBgB5GQYAwxkGANQZBgAWGgYAHRoGAGkaBgBxGgYAvBoGAMkaBgAPGwYAFBsGAGIbBgBsGwYAtRsGAL0bBgAIHAYAIRwGAFscBgBnHAYArhwGALYcBgAMUw8ABB0GAFQdBgBeHQYApx0GAKkdBgD6HQYAEx4GAE0eBgBeHgYAoB4GAK4eBgDzHgYA9h4GAEYfBgBRHwYAmR8GAKUfBgDsHwYA8x8GAF9TDwBEIAYAkiAGAJogBgDlIAYA8yAGADghBgA5IQYAiyEGAKYhBgCyUw8A4yEGADEiBgA+IgYAhCIGAJEiBgDXIgYA4yIGACojBgA5IwYAfSMGAIcjBgDQIwYA3iMGACMkBgAoJAYAdiQGAIMkBgDJJAYA1SQGABwlBgAiJQYAbyUGAHUlBgDCJQYAxyUGABUmBgAbJgYABVQPAHUmBgC7JgYAvSYGAA4nBgAnJwYAYScGAHInBgC0JwYAwCcGAAcoBgAPKAYA/lQPAF8oBgCtKAYAtSgGAAApBgAZKQYAUykGAFgpBgCmKQYAqykGAPkpBgADKgYATCoGAE8qBgCfKgYAqSoGAPIqBgD4KgYARSsGAEcrBgCYKwYAmSsGAOsrBgDzKwYAPiwGAE4sBgCRLAYAlywGAOQsBgDpLAYANy0GAE0tBgCKLQYAki0GAN0tBgAFLgYAMC4GAFMuBgCDLgYAoi4GAFFVDwDeLgYApFUPADovBgB8LwYAii8GAM8vBgDbLwYAIjAGAC8wBgB1MAYAfzAGAMgwBgDQMAYAGzEGACYxBgBuMQYAcDEGAMExBgDEMQYAFDIGABwyBgBnMgYAbTIGALoyBgDDMgYADTMGABozBgBgMwYAaDMGALMzBgC4MwYABjQGAA80BgBZNAYAYzQGAKw0BgC0NAYA/zQGAAQ1BgBSNQYAYjUGAKU1BgCtNQYA+DUGAPo1BgBLNgYAZjYGAJ42BgCgNgYA8TYGAP82BgBENwYAVTcGAJc3BgCZNwYA6jcGAAM4BgA9OAYATjgGAJA4BgCcOAYA4zgGAOs4BgD3VQ8APDkGAIk5BgCOOQYA3DkGAPw5BgAvOgYAOzoGAII6BgCIOgYA1ToGANg6BgAoOwYAMDsGAHs7BgCFOwYAzjsGANM7BgAhPAYAKTwGAHQ8BgB+PAYAxzwGAMk8BgAaPQYAKz0GAG09BgCNPQYAwD0GAMg9BgATPgYAHT4GAGY+BgBrPgYASlYPAM0+BgAMPwYAFD8GAF8/BgBkPwYAsj8GAMI/BgAFQAYADUAGAFhABgBiQAYAq0AGALZABgD+QAYACkEGAFFBBgBZQQYAnVYPALBBBgD3QQYAA0IGAEpCBgBRQgYAnUIGAKVCBgDwQgYACUMGAENDBgBJQwYAlkMGAJtDBgDpQwYACUQGADxEBgBIRAYAj0QGAJVEBgDiRAYA5UQGAPBWDwA3RQYAiEUGAENFBgCLjw4Ai0UGANtFBgDlRQYALkYGADxGBgCBRgYAkEYGANRGBgDXRgYAJ0cGAOxGBgAdbAYA8EYGADNdBgAzRwYAekcGAHxHBgDNRwYA00cGACBIBgAvSAYAc0gGAH5IBgDGSAYAzkgGAAOrBgDgSAYAGUkGACVJBgBsSQYAf0kGAL9JBgDOSQYAEkoGAB5KBgBlSgYAZkoGALhKBgDCSgYAC0sGABlLBgBeSwYAY0sGALFLBgC+SwYAQ1cPAB5MBgBXTAYAZkwGAKpMBgCvTAYA/UwGAApNBgBQTQYAXU0GAKNNBgCvTQYA9k0GAAVOBgBJTgYAU04GAJxOBgCqTgYA704GAPROBgBCTwYAT08GAJVPBgChTwYA6E8GAO5PBgA7UAYAQVAGAI5QBgCTUAYA4VAGAOdQBgCWVw8ANVEGAIdRBgA9UQYA+rUIAEFRBgDgoQgAVFEGAKWxDACTUQYA2lEGAOBRBgAdZQcA51EGAC1SBgAwUgYAgFIGAIxSBgDTUgYA1VIGACZTBgAsUwYAeVMGAIhTBgDMUwYA11MGAB9UBgAgVAYAclQGAIZUBgDFVAYA31QGABhVBgAkVQYAa1UGAH5VBgC+VQYAzVUGABFWBgAdVgYAZFYGAGVWBgC3VgYAwVYGAApXBgAYVwYAXVcGAGJXBgCwVwYAvVcGAOlXDwAdWAYAVlgGAGVYBgCpWAYArlgGAPxYBgAJWQYAT1kGAFxZBgCiWQYArlkGAPVZBgAEWgYASFoGAFJaBgCbWgYAqVoGAO5aBgDzWgYAQVsGAE5bBgCUWwYAoFsGAOdbBgDtWwYAOlwGAEBcBgCNXAYAklwGAOBcBgDmXAYAPFgPAE9dBgCPWA8AjF0GANldBgDbXQYALF4GADleBgB/XgYAgl4GANJeBgDTXgYAJV8GACpfBgB4XwYAfl8GAMtfBgDVXwYAHmAGADpgBgBxYAYAjWAGAOJYDwDKYAYAF2EGABlhBgBqYQYAd2EGAL1hBgDAYQYAEGIGABFiBgBjYgYAaGIGALZiBgC8YgYACWMGABNjBgBcYwYAeGMGAK9jBgDLYwYANVkPAAhkBgBVZAYAW2QGAKhkBgCtZAYA+2QGAAFlBgCIWQ8AXGUGAKFlBgC8ZQYA9GUGAAJmBgBHZgYAVGYGAJpmBgCxZgYA7WYGAPxmBgBAZwYARWcGAJNnBgCgZwYA5mcGAPNnBgA5aAYARWgGAIxoBgCbaAYA32gGAOloBgAyaQYAQGkGAIVpBgCKaQYA2GkGAOVpBgAragYALmoGAH5qBgCKagYA0WoGANdqBgAkawYAKmsGAHdrBgB8awYAymsGANBrBgDbWQ8AJ2wGAHBsBgB2bAYAw2wGAMVsBgAWbQYAI20GAGltBgBsbQYAvG0GAL1tBgAPbgYAFG4GAGJuBgBobgYAtW4GAL9uBgAIbwYAIm8GAFtvBgBqbwYArm8GALNvBgABcAYADnAGAFRwBgBhcAYAp3AGALNwBgD6cAYACXEGAE1xBgBXcQYAoHEGAK5xBgDzcQYA+HEGAEZyBgBTcgYAmXIGAKNyBgBTfAYApXIGAOxyBgDycgYAP3MGAEVzBgCScwYAl3MGAOVzBgDrcwYALloPAD10BgCLdAYAmHQGAN50BgDrdAYAMXUGAD11BgCEdQYAk3UGANd1BgDhdQYAKnYGADh2BgB9dgYAgnYGANB2BgDddgYAI3cGACt3BgB2dwYAgncGAMl3BgDPdwYAHHgGACJ4BgBveAYAdHgGAMJ4BgDIeAYAJ1sPABd5BgBoeQYAcXkGALt5BgC+eQYADnoGABp6BgBhegYAaHoGALR6BgC8egYAB3sGACB7BgBaewYAbnsGAK17BgDJewYAAHwGAAh8BgDNWw8AYXwGAKZ8BgC8fAYA+XwGAAV9BgBMfQYAUX0GAJ99BgCofQYA8n0GAPx9BgBFfgYAYX4GAJh+BgCgfgYAIFwPAPB+BgA+fwYAS38GAJF/BgCefwYA5H8GAPB/BgA3gAYARoAGAIqABgCUgAYA3YAGAOuABgAwgQYANYEGAIOBBgCQgQYA1oEGAN6BBgApggYAM4IGAHyCBgCKggYAz4IGAOWCBgAigwYALoMGAHWDBgB6gwYAyIMGANGDBgAbhAYAJYQGAG6EBgB2hAYAwYQGANCEBgAUhQYAFoUGAGeFBgBwhQYAuoUGAL2FBgANhgYAGYYGAGCGBgBnhgYAs4YGALuGBgAGhwYAH4cGAFmHBgBthwYArIcGAMiHBgD/hwYAB4gGAHNcDwBXiAYApYgGALKIBgD4iAYABYkGAEuJBgBXiQYAnokGAK2JBgDxiQYA+4kGAESKBgBOigYAl4oGAKWKBgDqigYAAIsGAD2LBgBJiwYAkIsGAJWLBgDjiwYA7IsGADaMBgBAjAYAiYwGAJWMBgDcjAYA4owGAC+NBgA1jQYAgo0GAIeNBgDVjQYA240GAMZcDwA0jgYAe44GAH+OBgDOjgYA3Y4GACGPBgAmjwYAdI8GAIGPBgDHjwYA1I8GABqQBgAmkAYAbZAGAHyQBgDAkAYAypAGABORBgAhkQYAZpEGAGuRBgC5kQYAxpEGAAySBgAYkgYAX5IGAGWSBgCykgYAuJIGAAWTBgAKkwYAWJMGAF6TBgAZXQ8AsJMGAP6TBgAFlAYAUZQGAF2UBgCklAYAppQGAPeUBgCnlAYAepoGABKVBgBKlQYATJUGAJ2VBgCrlQYA8JUGAAGWBgBDlgYARZYGAJaWBgCvlgYA6ZYGAPqWBgA8lwYASJcGAI+XBgCblwYA4pcGAPWXBgA1mAYARJgGAIiYBgCUmAYA25gGANyYBgAumQYAOJkGAIGZBgCPmQYA1JkGANmZBgAnmgYANJoGAGxdDwB8mgYAzZoGAOiaBgAgmwYAIpsGAHObBgCBmwYAxpsGANebBgAZnAYAG5wGAGycBgCFnAYAv5wGANCcBgASnQYAHp0GAGWdBgBxnQYAuJ0GAMudBgALngYAGp4GAF6eBgBqngYAsZ4GALKeBgAEnwYADp8GAFefBgBlnwYAqp8GAK+fBgD9nwYACqAGAGVeDwBVoAYAo6AGAKugBgD2oAYA+KAGAEmhBgBaoQYAnKEGAKqhBgDvoQYACqIGAEKiBgBOogYAlaIGAJ2iBgBeXw8A7aIGADujBgBCowYAjqMGAJqjBgDhowYA5KMGADSkBgA8pAYAh6QGAJekBgDapAYA36QGAC2lBgA2pQYAgKUGAI2lBgDTpQYA2qUGACamBgAupgYAsV8PAIamBgDMpgYA1KYGAB+nBgAzpwYAcqcGAHenBgDFpwYAzqcGABioBgAeqAYAa6gGAHOoBgC+qAYAzagGABGpBgAiqQYAZKkGAG2pBgC3qQYAuqkGAAqqBgAUqgYAXaoGAGmqBgCwqgYAtqoGAARgDwAQqwYAVqsGAFurBgCpqwYAsKsGAPyrBgAIrAYAT6wGAFesBgBXYA8AvawGAPWsBgD3rAYASK0GAFatBgCbrQYArK0GAO6tBgDwrQYAQa4GAFquBgCUrgYApa4GAOeuBgDzrgYAqmAPAEmvBgCNrwYAnK8GAOCvBgDprwYAM7AGADmwBgCGsAYAjLAGANmwBgDlsAYALLEGADOxBgB/sQYAh7EGANKxBgDWsQYAJbIGADCyBgB4sgYAhrIGAMuyBgDcsgYAHrMGACqzBgBxswYAebMGAP1gDwDHswYAF7QGACG0BgBqtAYAbLQGAL20BgDWtAYAELUGACG1BgBjtQYAcbUGALa1BgC5tQYACbYGABS2BgBctgYAarYGAK+2BgC8tgYAArcGABm3BgBVtwYAXbcGAKi3BgCqtwYA+7cGAAO4BgBOuAYAXbgGAKG4BgCmuAYA9LgGAAG5BgBHuQYAVLkGAJq5BgCmuQYA7bkGAPy5BgBAugYASroGAJO6BgChugYA5roGAOu6BgA5uwYARrsGAIy7BgCUuwYA37sGAOm7BgAyvAYAN7wGAIW8BgCNvAYA2LwGANu8BgArvQYASL0GAH69BgCPvQYA0b0GANm9BgAkvgYAJ74GAHe+BgCDvgYAyr4GANC+BgAdvwYAOL8GAHC/BgB8vwYAw78GAMm/BgBQYQ8AJcAGAGnABgBqwAYAvMAGAPLABgAPwQYAHcEGAGLBBgBjwQYAtcEGAL3BBgAIwgYAF8IGAFvCBgBgwgYArsIGALvCBgABwwYADsMGAFTDBgBgwwYAp8MGALbDBgD6wwYABMQGAE3EBgBbxAYAoMQGAKXEBgDzxAYAAMUGAEbFBgBOxQYAmcUGAKPFBgDsxQYA8cUGAD/GBgBHxgYAksYGAJzGBgDlxgYA8MYGADjHBgBExwYAi8cGAJPHBgCjYQ8A48cGADHIBgA0yAYAhMgGAI7IBgDXyAYA38gGAPZhDwA4yQYAfckGAJPJBgDQyQYA3MkGACPKBgAoygYAdsoGAH/KBgDJygYA08oGABzLBgAkywYAb8sGAHvLBgDCywYA1csGABXMBgAWzAYAaMwGAHbMBgC7zAYAwcwGAA7NBgAazQYAYc0GAGjNBgBJYg8Atc0GAAfOBgATzgYAWs4GAGfOBgCtzgYAtc4GAADPBgAKzwYAU88GAGLPBgCmzwYAp88GAPnPBgAB0AYATNAGAFvQBgCf0AYApNAGAPLQBgD/0AYARdEGAFLRBgCY0QYApNEGAOvRBgD60QYAPtIGAEjSBgCR0gYAn9IGAOTSBgDp0gYAN9MGAETTBgCK0wYAktMGAN3TBgDh0wYAMNQGAD7UBgCD1AYAjdQGANbUBgDh1AYAKdUGADHVBgB81QYAh9UGAM/VBgDU1QYAItYGACXWBgB11gYAf9YGAMjWBgDQ1gYAG9cGADrXBgCcYg8AcNcGAMHXBgDC1wYAFNgGAB7YBgBn2AYAddgGALrYBgDV2AYADdkGABnZBgBg2QYAaNkGAO9iDwC/2QYABtoGAAzaBgBZ2gYAdNoGAKzaBgC42gYA/9oGAAXbBgBS2wYAWtsGAKXbBgCz2wYA+NsGAPvbBgBL3AYAU9wGAJ7cBgCn3AYA8dwGAP7cBgBE3QYARt0GAJfdBgCy3QYA6t0GAOzdBgA93gYAS94GAJDeBgCh3gYA494GAOXeBgA23wYAT98GAInfBgCa3wYA3N8GAOjfBgAv4AYAN+AGAEJjDwCI4AYA1eAGAN3gBgAo4QYAL+EGAHvhBgCA4QYAzuEGANrhBgAh4gYAJOIGAHTiBgB84gYAx+IGANTiBgAa4wYAH+MGAG3jBgB34wYAwOMGAMjjBgAT5AYAH+QGAGbkBgB55AYAueQGAMfkBgAM5QYAD+UGAF/lBgBp5QYAlWMPALXlBgAF5gYADeYGAFjmBgBb5gYAq+YGALfmBgD+5gYABOcGAFHnBgBs5wYApOcGALDnBgD35wYA/ecGAEroBgBS6AYAnegGAKvoBgDw6AYA8+gGAEPpBgBL6QYAlukGAJ/pBgDp6QYA9ukGADzqBgA+6gYAj+oGAKrqBgDi6gYA5OoGADXrBgBD6wYAiOsGAJnrBgDb6wYA3esGAC7sBgBH7AYAgewGAJLsBgDU7AYA4OwGACftBgAv7QYA6GMPAIDtBgDN7QYA1e0GACDuBgAn7gYAc+4GAHjuBgDG7gYA0u4GABnvBgAc7wYAbO8GAHTvBgC/7wYAzO8GABLwBgAX8AYAZfAGAG/wBgC48AYAwPAGAAvxBgAX8QYAXvEGAHHxBgCx8QYAv/EGAATyBgAH8gYAV/IGAGHyBgA7ZA8ArfIGAP3yBgAJ8wYAUPMGAFbzBgCj8wYAvvMGAPbzBgAC9AYASfQGAE/0BgCc9AYApPQGAO/0BgD99AYAQvUGAEX1BgCV9QYAnfUGAOj1BgDx9QYAO/YGAEj2BgCO9gYAkPYGAOH2BgD89gYANPcGADb3BgCH9wYAlfcGANr3BgDr9wYALfgGAC/4BgCA+AYAmfgGANP4BgDk+AYAJvkGADL5BgB5+QYAgfkGAI5kDwDS+QYAH/oGACf6BgBy+gYAefoGAMX6BgDK+gYAGPsGACT7BgBr+wYAbvsGAL77BgDG+wYAEfwGAB78BgBk/AYAafwGALf8BgDB/AYACv0GABL9BgBd/QYAaf0GALD9BgDD/QYAA/4GABH+BgBW/gYAWf4GAKn+BgCz/gYA4WQPAP7+BgBP/wYAAf8GAGkMCAAF/wYAizwOAAj/BgAaXw0ACv8GAJ9vCABZ/wYA/rUNAGD/BgCi/wYAs/8GAPX/BgADAAcASAAHAGQABwCbAAcAtwAHADRlDwD8AAcAQQEHAE4BBwCUAQcAqwEHAOcBBwDzAQcAOgIHAEACBwCNAgcAkwIHAOACBwDlAgcAMwMHADkDBwCHZQ8AiwMHANkDBwDhAwcALAQHAC8EBwB/BAcAiwQHANIEBwDYBAcAJQUHAEAFBwB4BQcAhAUHAMsFBwDRBQcAHgYHACYGBwBxBgcAcwYHAMQGBwDfBgcAFwcHABkHBwBqBwcAeAcHAL0HBwDOBwcAEAgHABIIBwBjCAcAfAgHALYIBwDHCAcACQkHABUJBwCAZg8AcgkHAK8JBwC+CQcAAgoHANgJBwDfDgcABAoHAFUKBwBkCgcAqAoHALMKBwD7CgcABwsHAE4LBwBRCwcAoQsHAFULBwBGGAcAagsHAB0SBwCtCwcA9AsHAPoLBwBHDAcAYgwHAJoMBwCmDAcA7QwHAPMMBwBADQcATA0HAJMNBwCZDQcA5g0HAOwNBwA5DgcAPg4HAIwOBwCSDgcA02YPAOIOBwAyDwcATg8HAIUPBwCNDwcAzGcPAOQPBwArEAcAMRAHAH4QBwCZEAcA0RAHAN0QBwAkEQcAKhEHAHcRBwB/EQcAyhEHAOsRBwAfaA8AJRIHAHJoDwB1EgcAwxIHANASBwAWEwcAIxMHAGkTBwB1EwcAvBMHAMsTBwAPFAcAGRQHAGIUBwBqFAcAtRQHAL8UBwAIFQcAFhUHAFsVBwBxFQcArhUHALoVBwABFgcABhYHAFQWBwBdFgcApxYHALEWBwD6FgcAAhcHAE0XBwBXFwcAoBcHAKUXBwDzFwcA+xcHAMVoDwBSGAcAmRgHAKwYBwDsGAcA+xgHAD8ZBwBLGQcAkhkHAJMZBwDlGQcA7xkHADgaBwBGGgcAixoHAJAaBwDeGgcA6xoHABhpDwA8GwcAhBsHAJAbBwDXGwcA3RsHACocBwA2HAcAfRwHAIUcBwARag8A0xwHACMdBwArHQcAdh0HAIMdBwDJHQcAzh0HABweBwAkHgcAbx4HAHEeBwDCHgcA3R4HABUfBwAXHwcAaB8HAHYfBwC7HwcAzB8HAA4gBwAQIAcAYSAHAHogBwC0IAcAxSAHAAchBwATIQcAWiEHAGIhBwBkag8AsiEHAAAiBwANIgcAUyIHAGAiBwCmIgcAsiIHAPkiBwAIIwcATCMHAFYjBwCfIwcArSMHAPIjBwD3IwcARSQHAFIkBwCYJAcAoCQHAOskBwDtJAcAPiUHAEglBwCRJQcAmSUHALdqDwDvJQcANyYHAEUmBwCKJgcAjSYHAN0mBwDlJgcAMCcHAEYnBwCDJwcAiCcHANYnBwDsJwcAKSgHADUoBwB8KAcAiSgHAM8oBwDZKAcACmsPACQpBwB1KQcAgykHAMgpBwDZKQcAXWsPACEqBwBuKgcAeioHALBrDwDDKgcAFCsHABorBwBnKwcAhysHALorBwDGKwcADSwHABQsBwBgLAcAaCwHALMsBwC6LAcABi0HABItBwBZLQcAWy0HAKwtBwCzLQcAA2wPAAIuBwBSLgcAWi4HAKUuBwC1LgcA+C4HAPouBwBLLwcAWS8HAJ4vBwCvLwcAVmwPAPgvBwCpbA8AUTAHAJcwBwCeMAcA6jAHAPIwBwA9MQcASzEHAJAxBwCTMQcA4zEHAOsxBwA2MgcAPTIHAIkyBwCXMgcA3DIHAN8yBwAvMwcAMTMHAIIzBwCbMwcA1TMHAOYzBwAoNAcANDQHAHs0BwCCNAcAzjQHANY0BwAhNQcAKjUHAHQ1BwCBNQcAxzUHANE1BwAaNgcAKDYHAG02BwB+NgcAwDYHAMg2BwATNwcAHTcHAGY3BwB0NwcAuTcHAM83BwAMOAcAGDgHAF84BwBmOAcAsjgHALo4BwAFOQcACzkHAFg5BwBkOQcAqzkHALU5BwD+OQcABDoHAFE6BwBlOgcAT20PALI6BwD3OgcAEDsHAEo7BwBgOwcAnTsHAKw7BwDwOwcACjwHAEM8BwBGPAcAIEEHAE48BwD9RQcAUjwHAJY8BwCbPAcA6TwHAPY8BwA8PQcAST0HAI89BwCbPQcA4j0HAPE9BwA1PgcAPz4HAIg+BwCWPgcA2z4HAOA+BwAuPwcAOz8HAIE/BwCNPwcA1D8HANo/BwAnQAcALUAHAHpABwB/QAcAzUAHANNABwCibQ8ALEEHAHNBBwB5QQcAxkEHAOFBBwAZQgcAJUIHAGxCBwByQgcAv0IHAMZCBwASQwcAF0MHALFEBwAeQwcAZUMHAGdDBwC4QwcAv0MHAAtEBwAnRAcAXkQHAGZEBwCbbg8AtUQHAARFBwARRQcAV0UHAHNFBwCqRQcAskUHAO5uDwACRgcAUEYHAFNGBwCjRgcArUYHAPZGBwAHRwcASUcHAE5HBwCcRwcAoUcHAO9HBwAPSAcAQkgHAEtIBwCVSAcAlkgHAOhIBwD0SAcAO0kHAEFJBwCOSQcAlEkHAOFJBwDmSQcANEoHADpKBwBBbw8AiEoHANpKBwDmSgcALUsHADpLBwCASwcAiEsHANNLBwDcSwcAJkwHADNMBwB5TAcAh0wHAMxMBwDfTAcAH00HACdNBwByTQcAdU0HAMVNBwDKTQcAGE4HACdOBwBrTgcAi04HAL5OBwDKTgcAEU8HABtPBwA6cA8Abk8HALdPBwC5TwcAClAHABRQBwBdUAcAZlAHALBQBwCzUAcAA1EHAAtRBwBWUQcAilEHAI1wDwC1UQcA/FEHAAtSBwBPUgcAb1IHAKJSBwCuUgcA9VIHAPxSBwBIUwcATVMHAJtTBwCcUwcA7lMHAPpTBwBBVAcAR1QHAJRUBwCWVAcA51QHAPFUBwA6VQcASFUHAI1VBwCSVQcA4FUHAO1VBwAzVgcAPVYHAIZWBwCUVgcA2VYHAO9WBwAsVwcAOFcHAH9XBwCEVwcA0lcHANtXBwAlWAcAL1gHAHhYBwCEWAcAy1gHAN5YBwAeWQcALVkHAHFZBwB9WQcAxFkHAMVZBwAXWgcAIVoHAGpaBwB4WgcAvVoHAMJaBwAQWwcAHVsHAOBwDwBxWwcAtlsHAMxbBwAJXAcAFVwHAFxcBwBjXAcAr1wHALdcBwACXQcAB10HAFVdBwBeXQcAqF0HALJdBwD7XQcAA14HAE5eBwBSXgcAoV4HAKNeBwD0XgcAAl8HAEdfBwBRXwcAml8HAKhfBwDtXwcA+l8HAEBgBwBXYAcAk2AHAJtgBwDmYAcA9mAHADlhBwA+YQcAjGEHAJJhBwDfYQcA52EHADJiBwA3YgcAhWIHAIZiBwDYYgcA5GIHACtjBwAxYwcAfmMHAIBjBwDRYwcA22MHACRkBwAyZAcAd2QHAHxkBwDKZAcA12QHANlxDwAfZQcAcGUHAHplBwDDZQcA0WUHABZmBwAbZgcAaWYHAHZmBwC8ZgcAvmYHAAAUCQDGZgcAD2cHAB1nBwBiZwcAeGcHALVnBwDBZwcACGgHAA1oBwBbaAcAZGgHAK5oBwC4aAcAAWkHAA1pBwBUaQcAZ2kHAKdpBwC2aQcA+mkHAAZqBwBNagcATmoHAKBqBwCqagcA82oHAAFrBwBGawcAS2sHAJlrBwCmawcALHIPAPVrBwA/bAcASWwHAJJsBwCUbAcA5WwHAO9sBwA4bQcARG0HAIttBwCTbQcAJXMPAN9tBwAxbgcAPW4HAIRuBwCKbgcA124HANluBwAqbwcANG8HAH1vBwCLbwcA0G8HANVvBwAjcAcAMHAHAHZwBwB+cAcAyXAHANNwBwAccQcAKnEHAG9xBwCFcQcAwnEHAM5xBwAVcgcAHHIHAGhyBwBwcgcAu3IHAMByBwAOcwcAF3MHAGFzBwBrcwcAtHMHAMlzBwAHdAcAEHQHAFp0BwBndAcArXQHAK90BwAAdQcAGXUHAFN1BwBkdQcApnUHALJ1BwD5dQcAAXYHAHhzDwBRdgcAn3YHAKd2BwDydgcACHcHAEV3BwBKdwcAmHcHAJ93BwDrdwcA+XcHAD54BwBOeAcAkXgHAKV4BwDkeAcA7HgHADd5BwBGeQcAinkHAI95BwDdeQcA5nkHADB6BwA9egcAg3oHAI16BwDWegcA4noHACl7BwAvewcAy3MPAIp7BwDPewcA5XsHACJ8BwAufAcAdXwHAHp8BwDIfAcA0XwHABt9BwAlfQcAbn0HAHZ9BwDBfQcAxX0HABR+BwAWfgcAZ34HAHV+BwC6fgcAxH4HAA1/BwAbfwcAYH8HAG1/BwCzfwcAyn8HAAaABwAOgAcAWYAHAGmABwCsgAcAsYAHAP+ABwAFgQcAUoEHAFqBBwClgQcAwIEHAPiBBwD6gQcAS4IHAFyCBwCeggcAp4IHAPGCBwD9ggcAHnQPAEmDBwCXgwcAmoMHAOqDBwD0gwcAPYQHAD+EBwCQhAcAq4QHAOOEBwDlhAcANoUHAESFBwCJhQcAmoUHANyFBwDehQcAL4YHAEiGBwCChgcAk4YHANWGBwDhhgcAcXQPAEWHBwB7hwcAjIcHAM6HBwDqhwcAIYgHACmIBwDEdA8AeYgHAMeIBwDPiAcAGokHACWJBwBtiQcAcokHAMCJBwDDiQcAE4oHAB2KBwBmigcAaYoHALmKBwDBigcADIsHAA6LBwBfiwcAeosHALKLBwC0iwcABYwHABOMBwBYjAcAaYwHAKuMBwCtjAcA/owHABeNBwBRjQcAYo0HAKSNBwCwjQcA940HAP+NBwAXdQ8AV44HAJ2OBwCljgcA8I4HAPqOBwBDjwcATo8HAJaPBwCijwcA6Y8HAPGPBwBqdQ8AQZAHAI+QBwCUkAcA4pAHAPOQBwC9dQ8AQpEHAIiRBwCKkQcA25EHAPSRBwAukgcAP5IHAIGSBwCNkgcA1JIHANySBwAQdg8ALJMHAHqTBwCCkwcAzZMHANyTBwAglAcAJpQHAHOUBwB/lAcAxpQHAMiUBwAZlQcAI5UHAGyVBwB4lQcAv5UHAMeVBwBjdg8AHpYHAGWWBwBolgcAuJYHALuWBwALlwcAGZcHAF6XBwBjlwcAsZcHAL6XBwC2dg8AFZgHAFeYBwBfmAcAqpgHAGSYBwC+oQcAtZgHAP2YBwACmQcAUJkHAFOZBwCjmQcArZkHAPaZBwAZmgcASZoHAEyaBwCcmgcAwJoHAO+aBwD3mgcACXcPAEibBwCVmwcAo5sHAOibBwD0mwcAO5wHAEKcBwCOnAcAlpwHAOGcBwDxnAcANJ0HADmdBwCHnQcAjZ0HANqdBwDinQcALZ4HAEqeBwCAngcAiZ4HANOeBwDfngcAJp8HACyfBwB5nwcAjZ8HAMyfBwDUnwcAH6AHAC+gBwByoAcAdKAHAMWgBwDToAcAGKEHACmhBwBcdw8AcqEHAK93DwDDoQcAEaIHABiiBwBkogcAcKIHALeiBwC6ogcACqMHABqjBwBdowcAX6MHALCjBwC+owcAA6QHABSkBwACeA8AXaQHAFV4DwC8pAcA/KQHAAulBwBPpQcAW6UHAKKlBwCjpQcA9aUHAP+lBwBIpgcAVqYHAJumBwCgpgcA7qYHAPumBwCoeA8ARqcHAJSnBwCdpwcA56cHAPinBwA6qAcAQagHAI2oBwCVqAcA4KgHAO2oBwAzqQcAOKkHAIapBwCQqQcA2akHAOGpBwAsqgcAMqoHAH+qBwCLqgcA0qoHANSqBwAlqwcANKsHAHirBwCDqwcAy6sHANOrBwAerAcAIKwHAHGsBwB+rAcAxKwHANisBwAXrQcAH60HAGqtBwB5rQcAva0HAMKtBwAQrgcAHa4HAGOuBwBtrgcAtq4HALiuBwAJrwcAGK8HAFyvBwBmrwcAr68HALevBwACsAcAA7AHAFWwBwBasAcAqLAHALawBwD7sAcACLEHAE6xBwBYsQcAoXkPAKSxBwD0sQcAALIHAN7ABwAQsgcAR7IHAE+yBwD0eQ8An7IHAO2yBwD1sgcAQLMHAEOzBwCTswcAn7MHAOazBwDsswcAObQHAFS0BwCMtAcAmLQHAN+0BwDltAcAMrUHADW1BwCFtQcAjbUHANi1BwDatQcAK7YHAEa2BwB+tgcAgLYHANG2BwDftgcAJLcHADW3BwB3twcAebcHAMq3BwDjtwcAHbgHAC64BwBwuAcAfLgHAMO4BwDLuAcAR3oPABu5BwBpuQcAb7kHALy5BwDEuQcAD7oHAB66BwBiugcAZ7oHALW6BwDCugcACLsHABW7BwBbuwcAZ7sHAK67BwC9uwcAAbwHAAu8BwBUvAcAYrwHAKe8BwCsvAcA+rwHAAe9BwCaeg8AWb0HAKC9BwCmvQcA870HAA6+BwBGvgcAUr4HAJm+BwCfvgcA7L4HAO++BwA/vwcAS78HAJK/BwCYvwcA5b8HAOu/BwA4wAcAPcAHAIvABwCRwAcA7XoPAOTABwAxwQcAN8EHAITBBwCJwQcA18EHAN3BBwBAew8AL8IHAH3CBwCKwgcA0MIHAN3CBwAjwwcAL8MHAHbDBwCFwwcAycMHANPDBwAcxAcAKsQHAG/EBwB0xAcAwsQHAM/EBwAVxQcALcUHAGjFBwBuxQcAu8UHAMfFBwAOxgcAHsYHAGHGBwBqxgcAtMYHALfGBwAHxwcAE8cHAFrHBwBhxwcAOXwPAK/HBwAAyAcACsgHAFPIBwBWyAcApsgHAK7IBwD5yAcA/MgHAEzJBwBYyQcAn8kHAKXJBwDyyQcADcoHAEXKBwBRygcAmMoHAJ7KBwCMfA8AC8sHAD7LBwBJywcAkcsHAJbLBwDkywcA7csHADfMBwA6zAcAiswHAJbMBwDdzAcA6cwHAD3XBwD1zAcAMM0HADfNBwCDzQcAic0HANbNBwDkzQcAKc4HAETOBwB8zgcAiM4HAM/OBwDVzgcAIs8HADzPBwB1zwcAgc8HAMjPBwDOzwcAG9AHACHQBwBu0AcAc9AHAMHQBwDH0AcA33wPACHRBwBn0QcAc9EHALrRBwDE0QcADdIHABHSBwBg0gcAZdIHALPSBwC50gcABtMHACbTBwBZ0wcAZdMHAKzTBwCy0wcA/9MHAAXUBwBS1AcAV9QHAKXUBwCr1AcAhX0PAP3UBwBL1QcAUtUHAJ7VBwCq1QcA8dUHAA3WBwBE1gcATNYHAH5+DwDO1gcA6tYHABDXBwDRfg8AUNcHAJDXBwCf1wcA49cHAO/XBwA22AcAN9gHAInYBwCT2AcA3NgHAOrYBwAv2QcANNkHAILZBwCP2QcAJH8PAN3ZBwAdgA8ALdoHAHvaBwCI2gcAztoHANvaBwAh2wcALdsHAHTbBwCD2wcAx9sHANHbBwAa3AcAKNwHAG3cBwBy3AcAwNwHAM3cBwAT3QcAG90HAGbdBwBs3QcAud0HAMXdBwAM3gcAHN4HAF/eBwBo3gcAst4HALXeBwAF3wcAEd8HAFjfBwBf3wcAcIAPALbfBwD+3wcACuAHAFHgBwBZ4AcAw4APALHgBwD34AcA/uAHAErhBwBL4QcAneEHAKLhBwDw4QcA/uEHAEPiBwBQ4gcAluIHAKDiBwDp4gcA8eIHADzjBwBF4wcAj+MHAJXjBwDi4wcA8+MHADXkBwBR5AcAiOQHAJDkBwAWgQ8A5uQHAC7lBwA45QcAgeUHAIvlBwDU5QcA1eUHAGmBDwAs5gcAeuYHAIfmBwDN5gcA2uYHACDnBwAs5wcAc+cHAILnBwDG5wcA0OcHABnoBwAh6AcAbOgHAHboBwC/6AcAxOgHABLpBwAa6QcAvIEPAHDpBwC46QcAxOkHAAvqBwAT6gcAD4IPAGPqBwCx6gcAwOoHAATrBwAk6wcAV+sHAGPrBwCq6wcAsOsHAP3rBwAF7AcAUOwHAFfsBwCj7AcApewHAPbsBwAC7QcASe0HAF/tBwCc7QcAoe0HAO/tBwD87QcAYoIPAEfuBwCV7gcApO4HAOjuBwAI7wcAO+8HAEfvBwCO7wcAlO8HAOHvBwDp7wcANPAHADvwBwCH8AcAifAHANrwBwDm8AcALfEHAEPxBwCA8QcAhfEHANPxBwDg8QcAJvIHAC7yBwB58gcAf/IHAMzyBwDV8gcAH/MHACzzBwBy8wcAf/MHAMXzBwDT8wcAGPQHACX0BwBr9AcAgvQHAL70BwDs9AcAtYIPABf1BwBk9QcAHvUHAPZvDQB69QcAt/UHAMX1BwAK9gcADfYHAF32BwBg9gcAsPYHAL72BwAD9wcACPcHAFb3BwBj9wcAqfcHALH3BwD89wcAA/gHAE/4BwBb+AcAovgHAK/4BwD1+AcAA/kHAEj5BwBU+QcAm/kHAKL5BwDu+QcA9vkHAEH6BwBF+gcAlPoHAJ/6BwDn+gcA9foHADr7BwBL+wcAjfsHAJn7BwDg+wcA6PsHAAiDDwA5/AcAhvwHAJr8BwDZ/AcA5/wHACz9BwA5/QcAf/0HAJb9BwDS/QcA2v0HACX+BwAv/gcAeP4HAH3+BwDL/gcA0/4HAB7/BwAt/wcAcf8HAHb/BwDE/wcA0f8HABcACAAkAAgAagAIAHYACAC9AAgAzAAIABABCAAaAQgAYwEIAGsBCAC2AQgAwAEIAAkCCAAOAggAXAIIAGQCCABbgw8AugIIAAIDCAAOAwgAVQMIAF0DCACugw8ArQMIAPsDCAAKBAgATgQIAG4ECAChBAgArQQIAPQECAD6BAgARwUIAE8FCACaBQgAoQUIAO0FCADvBQgAQAYIAEwGCACTBggAqQYIAOYGCADrBggAOQcIAEYHCAABhA8AlQcIAN8HCADlBwgAMggIAEAICACFCAgAkggIANgICADvCAgAKwkIADMJCAB+CQgAjQkIANEJCADWCQgAJAoIADEKCAB3CggAhAoIAMoKCADWCggAHQsIACwLCABwCwgAegsIAMMLCADfCwgAFgwIAB4MCABUhA8AdgwIAKQXDAB4DAgAvAwIAMYMCAC2iwwA3AwIAA8NCAAbDQgAYg0IAGgNCAC1DQgAvQ0IAOdNCADBDQgACA4IAM8NCACBOAgAGw4IAFsOCABqDggArg4IALoOCAABDwgAAg8IAFQPCABeDwgApw8IALUPCAD6DwgA/w8IAE0QCABaEAgAp4QPAKYQCADzEAgA+RAIAEYRCABLEQgAmREIAJ8RCACghQ8A9xEIAD8SCABNEggAkhIIAKMSCADlEggA8RIIADgTCABAEwgARoYPAJcTCADeEwgA6BMIADEUCABAFAgAhBQIAI8UCADXFAgA5RQIACoVCAA3FQgAfRUIAJQVCADQFQgA2BUIACMWCAAmFggAdhYIAIIWCADJFggAzxYIABwXCAA3FwgAbxcIAHsXCADCFwgAyBcIABUYCAAdGAgAaBgIAGoYCAC7GAgAvBgIAA4ZCAAcGQgAYRkIAGkZCAC0GQgAzxkIAAcaCAATGggAWhoIAGAaCACtGggAsBoIAAAbCAAOGwgAUxsIAFgbCACmGwgAsxsIAJmGDwAGHAgAy4gMAAocCABMHAgADBwIAALgDABYHAgAnxwIAKwcCADyHAgA9xwIAEUdCABPHQgAmB0IAKgdCADrHQgA8B0IAD4eCABHHggAkR4IAJ4eCADkHggA6x4IADcfCABDHwgAih8IAJAfCADdHwgA4x8IADAgCAA1IAgAgyAIAIkgCADshg8A4iAIACkhCAAvIQgAfCEIAIIhCADPIQgA3CEIACIiCAAnIggAdSIIAH0iCADIIggA/SIIABsjCABLIwgAbiMIAHYjCADBIwgAziMIABQkCAAZJAgAZyQIAG8kCAC6JAgAvSQIAA0lCAAWJQgAYCUIAG8lCACzJQgAviUIAAYmCAAOJggAWSYIAGkmCACsJggAuiYIAP8mCAAQJwgAUicIAF4nCAClJwgArScIAOWHDwD+JwgASygIAFMoCACeKAgApSgIAPEoCAD/KAgARCkIAEopCACXKQgAoykIAOopCAD5KQgAPSoIAEcqCACQKggAlSoIAOMqCADpKggANisIAEorCAA4iA8AlisIANwrCACYKwgAYWwIAOErCAAvLAgAOywIAIIsCACPLAgA1SwIAN8sCACLiA8AQy0IAHstCAB9LQgAzi0IANQtCAAhLggAVy4IAHQuCAB6LggAxy4IANAuCAAaLwgAJy8IAG0vCACjLwgAwC8IAMcvCAATMAgAGDAIAGYwCAB1MAgAuTAIANkwCAAMMQgAGDEIAF8xCABlMQgAsjEIAMwxCAAFMggACDIIAFgyCABdMggAqzIIALoyCAD+MggAHjMIADGJDwBxMwgApDMIALAzCAD3MwgAATQIAEo0CABWNAgAv+EIAFc0CACdNAgAojQIAPA0CAD6NAgAQzUIAFM1CACWNQgAmzUIAOk1CADyNQgAPDYIAEk2CACPNggAljYIAOI2CADuNggANTcIADs3CACINwgAjjcIANs3CADgNwgALjgIADQ4CACEiQ8AhDgIANQ4CADZOAgAJzkIADY5CAB6OQgAmjkIACqKDwDbOQgAIDoIAC06CABzOggAejoIAMY6CADOOggAGTsIABs7CABsOwgAIDsIAJ3MCgAwOwgAQZIKAHI7CADktgoAdDsIAL87CADDOwgAh0MIANU7CACnVAoA2jsIABI8CAAUPAgAZTwIAHY8CAC4PAgAxjwIAAs9CAASPQgAXj0IAGY9CACxPQgAuD0IAAQ+CAAJPggAVz4IAGY+CACqPggAyj4IAP0+CAAJPwgAUD8IAFY/CACjPwgAqz8IAPY/CAACQAgASUAIAFZACACcQAgAt0AIAO9ACAD9QAgAQkEIAEhBCACVQQgAmkEIAOhBCAD1QQgAO0IIAFFCCACOQggAmkIIAOFCCADuQggANEMIAD5DCAB9ig8AjEMIANpDCADgQwgALUQIAE1ECACARAgAjkQIANNECADgRAgAJkUIAD1FCAB5RQgAgUUIAMxFCADbRQgAH0YIACRGCAByRggAf0YIAMVGCADPRggAGEcIABpHCABrRwgAeUcIAL5HCADLRwgAEUgIAB1ICABkSAgAakgIALdICAC/SAgACkkIABBJCABdSQgAZkkIALBJCAC9SQgAA0oIAA1KCABWSggAZEoIAKlKCAC/SggA/EoIAAhLCABPSwgAV0sIANCKDwCsSwgA9UsIAPtLCABITAgASkwIAJtMCAClTAgA7kwIAPpMCABBTQgAWE0IAJRNCACoTQgAI4sPAPVNCAA6TggAPU4IAI1OCACVTggA4E4IAOxOCAAzTwgAQU8IAIZPCACQTwgA2U8IAORPCAAsUAgAOFAIAH9QCACFUAgA0lAIANpQCAAlUQgAMlEIAHhRCAB9UQgAy1EIANVRCAAeUggAJlIIAHFSCAB3UggAxFIIAM1SCAAXUwgAJFMIAGpTCAB3UwgAvVMIAMtTCAAQVAgAHVQIAGNUCAB6VAgAtlQIAL5UCAAJVQgADlUIAFxVCABiVQgAr1UIALdVCAACVggAGFYIAFVWCABjVggAqFYIAKtWCAD7VggAClcIAE5XCABTVwgAoVcIAK5XCAD0VwgABFgIAEdYCABVWAgAmlgIALFYCADtWAgA9lgIAEBZCABGWQgAk1kIAJ9ZCADmWQgA7VkIAHaLDwBFWggAjFoIAI5aCADfWggA6VoIADJbCAA+WwgAhVsIAI1bCADJiw8A3VsIACtcCAA6XAgAflwIAJ5cCADRXAgA3VwIACRdCAAqXQgAd10IAH9dCADKXQgAy10IAB1eCAAjXggAcF4IAHVeCADDXggA3l4IABZfCAAkXwgAaV8IAHBfCAC8XwgAyF8IAA9gCAAVYAgAHIwPAGdgCAC1YAgAv2AIAAhhCAAZYQgAW2EIAGdhCACuYQgAsWEIAAFiCAAEYggAVGIIAFxiCACnYggArmIIAPpiCAD/YggATWMIAFxjCACgYwgAwGMIAPNjCAD/YwgARmQIAExkCACZZAgAoWQIAOxkCAD5ZAgAP2UIAERlCACSZQgAnGUIAOVlCADtZQgAOGYIAEhmCACLZggAkGYIAN5mCADnZggAMWcIAD5nCACEZwgAi2cIAG+MDwDcZwgAKmgIADloCAB9aAgAnWgIANBoCADcaAgAI2kIAClpCAB2aQgAfmkIAMlpCADVaQgAHGoIAClqCABvaggAdmoIAMJqCADDaggAFWsIABprCABoawgAdmsIALtrCADIawgADmwIABhsCADCjA8AZmwIALRsCADBbAgAB20IABRtCABabQgAYG0IAK1tCAC5bQgAAG4IABBuCABTbggAXG4IAKZuCACpbggA+W4IAAVvCABMbwgAU28IABWNDwChbwgA8m8IAKZvCABBiwsAr28IAHLXCwADcAgARXAIAE1wCACYcAgAonAIAOtwCAD6cAgAPnEIAD9xCACRcQgAmXEIALuNDwDscQgADo4PAFVyCACKcggAWnIIAGCaDwBfcggA9pIIAJJyCADdcggA7HIIADBzCAA1cwgAg3MIAJBzCADWcwgA43MIACl0CAA1dAgAfHQIAIt0CADPdAgA2XQIACJ1CABFdQgAdXUIAKp1CADIdQgA7HUIABt2CAAjdggAWo8PAHN2CADBdggAx3YIABR3CAAcdwgArY8PAHV3CAC6dwgA1XcIAA14CAAZeAgAYHgIAHF4CACzeAgAx3gIAAZ5CAAOeQgAWXkIAF95CACseQgAuHkIAP95CAAPeggAUnoIAFt6CACleggAqHoIAPh6CAAEewgAS3sIAFJ7CAAAkA8ArHsIAPF7CAD7ewgAU5APAEl8CACXfAgApHwIAOp8CAD3fAgAPX0IAEl9CACQfQgAn30IAON9CADtfQgANn4IAER+CACJfggAjn4IANx+CADpfggAL38IADd/CACCfwgAiH8IANV/CADhfwgAKIAIADiACAB7gAgAhIAIAM6ACADRgAgAIYEIAC2BCAB0gQgAe4EIAKaQDwDWgQgAGoIIAB+CCABtgggAeoIIAMCCCADNgggAE4MIABmDCABmgwgAcoMIALmDCADJgwgADIQIABWECABfhAgAYoQIALKECAC+hAgABYUIAAyFCAD5kA8AXYUIAKuFCAC4hQgA/oUIAByGCABRhggAXYYIAKSGCAC3hggA94YIAAWHCABKhwgATYcIAJ2HCACnhwgA8IcIAP6HCABDiAgAUIgIAJaICACtiAgA6YgIAPGICAA8iQgAQ4kIAI+JCACUiQgA4okIAPiJCAA1iggAN4oIAIiKCACWiggA24oIAOiKCABMkQ8ANosIAJ+RDwCGiwgA1IsIAOGLCAAnjAgANIwIAHqMCACGjAgAzYwIANyMCAAgjQgAKo0IAHONCACBjQgAxo0IAMuNCAAZjggAJo4IAGyOCAB0jggAv44IAMWOCAASjwgAHo8IAGWPCAB1jwgAuI8IAMGPCAALkAgADpAIAF6QCABqkAgAsZAIALiQCADykQ8AEJEIAFeRCABnkQgAqpEIAG2RCACyaAwAs5EIAP2RCAAAkggAUJIIAFySCACjkggAqpIIAEWSDwD/kggANJYIAACTCABJkwgAWJMIAJyTCABakwgA6JQIAJ2TCADvkwgAC5QIAEKUCAB4lAgAlZQIAMuUCACYkg8A65QIADuVCABXlQgAjpUIAMSVCADhlQgAF5YIAOuSDwBBlggAh5YIAJWWCADalggA7ZYIAC2XCABJlwgAgJcIALaXCADTlwgACZgIAD6TDwA3mAgAeZgIAIWYCADMmAgA1JgIAJGTDwAkmQgAcpkIAHqZCADFmQgA1JkIABiaCAAdmggAa5oIAHiaCAC+mggAy5oIABGbCAAdmwgAZJsIAHObCAC3mwgAwZsIAAqcCAASnAgAXZwIAGecCACwnAgAtZwIAAOdCAALnQgA5JMPAGWdCACpnQgAZ50IAPWeCACqnQgA/J0IABieCABPnggAhZ4IAKKeCADYnggAN5QPAPieCABInwgAZJ8IAJufCADRnwgA7p8IACSgCACKlA8ARKAIAJSgCACloAgA56AIAAOhCAA6oQgAcKEIAI2hCADDoQgA3ZQPAO2hCAAzoggAP6IIAIaiCACVoggA2aIIAOOiCAAsowgAOqMIAH+jCACEowgA0qMIAN+jCAAlpAgALaQIAHikCAB+pAgAy6QIAIikCABpBQkA16QIAB6lCAAupQgAcaUIAHqlCADEpQgAx6UIABemCAAjpggAaqYIAHGmCAAwlQ8AwqYIANBTCwDHpggAEKcIAMmmCACo7goAGqcIAGOnCABkpwgAtqcIAMWnCAAJqAgADqgIAFyoCABpqAgAr6gIALyoCAACqQgADqkIAFWpCABkqQgAqKkIALKpCAD7qQgACaoIAE6qCABTqggAoaoIAK6qCAD0qggA9aoIAEerCABMqwgAmqsIAJ+rCADtqwgA/qsIAECsCABjrAgAk6wIAJ6sCADmrAgA66wIADmtCAA8rQgAjK0IAJatCADfrQgACq4IADKuCABRrggAg5UPAJGuCADYrggA2q4IACuvCAA6rwgAfq8IAImvCADRrwgA2a8IACSwCAArsAgAd7AIAHmwCADKsAgA1LAIAB2xCAAfsQgAcLEIAImxCADDsQgAxbEIABayCAAZsggAabIIAHWyCAC8sggAxLIIANaVDwAbswgAYrMIAGizCAC1swgA0LMIAAi0CAAUtAgAW7QIAGG0CACutAgAtrQIAAG1CAADtQgAVLUIAF61CACntQgAr7UIACmWDwALtggATbYIAFS2CACgtggAqLYIAPO2CAAAtwgARrcIAEu3CACZtwgAo7cIAOy3CAD0twgAP7gIAE64CACSuAgAl7gIAOW4CADyuAgAOLkIAEW5CACLuQgAl7kIAN65CADtuQgAMboIADu6CACEuggAjLoIANe6CADhuggAKrsIAC+7CAB9uwgAhbsIAHyWDwDcuwgAI7wIADO8CAB2vAgAf7wIAMm8CADMvAgAHL0IACi9CABvvQgAdr0IAM+WDwDIvQgAFb4IABu+CABovggAbb4IALu+CADBvggAIpcPABS/CABhvwgAZ78IALS/CAC5vwgAlR4NAMG/CAAHwAgADMAIAFrACABiwAgArcAIAN/ACAAiyAgA5MAIAADBCAA3wQgAU8EIAIrBCACmwQgA1sEIAPnBCAABwggATMIIAFvCCACfwggApMIIAPLCCAD/wggARcMIAFLDCACYwwgApMMIAOvDCAD6wwgAPsQIAEjECACRxAgAn8QIAOTECADpxAgAN8UIAETFCACKxQgAksUIAN3FCADjxQgAMMYIADzGCACDxggAk8YIANbGCADfxggAKccIACzHCAB8xwgAiMcIAM/HCADWxwgAdZcPAFnICAB1yAgApcgIAMjICADQyAgAG8kIACrJCABuyQgAc8kIAMHJCADOyQgAFMoIACHKCABnyggAc8oIALrKCADJyggADcsIABfLCABgywgAbssIALPLCAC4ywgABswIABPMCABZzAgAYcwIAKzMCACyzAgA/8wIAAvNCABSzQgAYs0IAKXNCACuzQgA+M0IAPvNCABLzggAV84IAJ7OCAClzggAyJcPAPPOCADSLQ0A/84IAETPCABRzwgAl88IAKPPCADqzwgA8M8IAD3QCABD0AgAkNAIAJXQCADj0AgA6dAIABuYDwBc0QgAidEIAK/RCADc0QgADtIIAC/SCABm0ggAgtIIALLSCADBmA8A4dIIACjTCADj0ggAJuQJADLTCAB70wgAldMIAM7TCADd0wgAIdQIACbUCAB01AgAgdQIAMfUCADU1AgAGtUIACbVCABt1QgAfNUIAMDVCADK1QgAE9YIAB/WCABm1ggAedYIALnWCADI1ggADNcIABjXCABf1wgAYNcIALLXCAC81wgABdgIABPYCABY2AgAXdgIAKvYCAC42AgAFJkPAAPZCABR2QgAXtkIAKTZCACx2QgA99kIAAPaCABK2ggAWdoIAJ3aCACn2ggA8NoIAP7aCABD2wgASNsIAJbbCACj2wgA6dsIAPHbCAA83AgAQtwIAI/cCACb3AgA4twIAPLcCAA13QgAPt0IAIjdCACL3QgA290IAOfdCAAu3ggANd4IAA2aDwCE3ggA1N4IANzeCAAn3wgAM98IAHrfCACA3wgAzd8IANPfCAAg4AgAJeAIAHPgCAB54AgAs5oPAP3gCAAZ4QgAUOEIAGzhCACQ4QgAWZsPAMXhCAAr+wkA0uEIABLiCAAh4ggAZeIIAHHiCAC44ggAueIIAAvjCAAV4wgAXuMIAGzjCACx4wgAtuMIAATkCAAR5AgArJsPAHrkCAD/mw8A4eQIAP3kCAA05QgAUOUIAHTlCABSnA8AseUIAPblCAD75QgASeYIAFbmCACc5ggApOYIAO/mCAD15ggAQucIAE7nCACV5wgApecIAOjnCADx5wgAO+gIAD7oCACO6AgAxugIAOHoCADt6AgApZwPADrpCACH6QgAoOkIANrpCADo6QgALeoIADrqCACA6ggAh+oIANPqCADc6ggAJusIADPrCAB56wgAkOsIAMzrCADP6wgAH+wIACHsCABy7AgAe+wIAMXsCADV7AgAGO0IADHtCABr7QgAbe0IAL7tCADH7QgAEe4IABnuCABk7ggAZu4IALfuCADQ7ggACu8IACHvCABd7wgAae8IALDvCADB7wgAA/AIAA/wCABW8AgAYfAIAKnwCAC28AgA/PAIAAbxCAD4nA8AYvEIAKLxCACw8QgA9fEIANzxCAAQ+ggALvIIAEjyCABV8ggAm/IIAKPyCADu8ggA9PIIAEHzCABN8wgAlPMIAJ/zCADn8wgA8PMIADr0CAA99AgAjfQIAI/0CADg9AgA5/QIADP1CAA19QgAS50PAIn1CADZ9QgA5/UIACz2CAAx9ggAf/YIAIz2CADS9ggA3vYIACX3CAAt9wgAnp0PAIb3CADL9wgA2/cIAB74CAAs+AgAcfgIAHr4CADE+AgAzvgIABf5CAAZ+QgAavkIAHT5CAC9+QgAv/kIAPGdDwAV+ggAY/oIAGv6CAC2+ggAvPoIAAn7CAAV+wgAXPsIAGv7CACv+wgAuPsIAAL8CAAF/AgAVfwIAFf8CACo/AgAr/wIAPv8CAD9/AgARJ4PAFP9CACh/QgAvf0IAPT9CAAQ/ggAl54PAFT+CABZGAoAVv4IAJr+CACf/ggA7f4IAPr+CABA/wgATf8IAJP/CACZ/wgA5v8IAPL/CAA5AAkASQAJAIwACQCVAAkA3wAJAOIACQAyAQkAPgEJAIUBCQCMAQkA6p4PAOcBCQArAgkAMAIJAH4CCQCLAgkA0QIJAN4CCQAkAwkAKgMJAHcDCQCDAwkAygMJANoDCQAdBAkAJgQJAHAECQBzBAkAwwQJAM8ECQAWBQkAHQUJAD2fDwBrBQkAvAUJAMoFCQAPBgkAIAYJAJCfDwBpBgkA458PAL0GCQA2oA8ADQcJAFsHCQBoBwkArgcJALsHCQABCAkADQgJAFQICQBjCAkApwgJALEICQD6CAkACAkJAE0JCQBSCQkAoAkJAK0JCQDzCQkA+wkJAEYKCQBMCgkAmQoJAKUKCQDsCgkA/AoJAD8LCQBICwkAkgsJAJULCQDlCwkA8QsJADgMCQA/DAkAiaAPAJAMCQDeDAkA5gwJADENCQA0DQkAhA0JAI0NCQDXDQkA5g0JACoOCQA1DgkAfQ4JAIUOCQDQDgkA4A4JACMPCQAxDwkAdg8JAIcPCQDJDwkA1Q8JABwQCQAkEAkA3KAPAHUQCQDCEAkAyhAJABURCQAcEQkAaBEJAHYRCQC7EQkAwREJAA4SCQAaEgkAYRIJAHASCQC0EgkAvhIJAAcTCQAMEwkAWhMJAGATCQCtEwkAwRMJAC+hDwARFAkAUxQJAF8UCQCmFAkArBQJAPkUCQD/FAkATBUJAFEVCQCfFQkApRUJAIKhDwD3FQkARRYJAFYWCQCYFgkAoBYJAOsWCQCkFgkAgD0JAKYWCQDcrg0A9RYJAD4XCQBMFwkAkRcJAKcXCQDkFwkA8BcJADcYCQA+GAkAihgJAJIYCQDdGAkA4hgJADAZCQA5GQkAgxkJAI0ZCQDWGQkA3hkJACkaCQAtGgkAfBoJAIcaCQDPGgkA3RoJACIbCQAzGwkAdRsJAIEbCQDIGwkA0BsJANWhDwAdHAkAbhwJAHwcCQDBHAkAyxwJABQdCQAiHQkAZx0JAHQdCQC6HQkA0R0JAA0eCQAVHgkAYB4JAHAeCQCzHgkAuB4JAAYfCQAMHwkAWR8JAGEfCQCsHwkArh8JAP8fCQAMIAkAUiAJAFogCQClIAkAqiAJAPggCQD5IAkASyEJAFchCQCeIQkAqyEJAPEhCQD5IQkARCIJAFMiCQCXIgkAnCIJAOoiCQD3IgkAPSMJAEojCQCQIwkAnCMJAOMjCQDyIwkANiQJAEAkCQCJJAkAlyQJANwkCQDhJAkALyUJADwlCQAoog8AhSUJANUlCQDdJQkAKCYJADUmCQB7JgkAgCYJAM4mCQDYJgkAIScJACknCQB0JwkAdicJAMcnCQDiJwkAGigJABwoCQBtKAkAeygJAMAoCQDRKAkAEykJABUpCQBmKQkAfykJALkpCQDKKQkADCoJABgqCQBfKgkAdCoJALIqCQC6KgkABSsJAAsrCQBYKwkAZCsJAKsrCQDIKwkA/isJAAcsCQBRLAkAXSwJAKQsCQCnLAkA9ywJAAEtCQBKLQkAUi0JAJ0tCQCnLQkA8C0JAP4tCQBDLgkAWS4JAJYuCQCiLgkA6S4JAPAuCQA8LwkARC8JAI8vCQCULwkA4i8JAOsvCQA1MAkAPzAJAIgwCQCQMAkA2zAJAN0wCQAuMQkAPjEJAIExCQCLMQkA1DEJAOAxCQAnMgkALTIJAHoyCQCCMgkAe6IPANkyCQAgMwkAMzMJAHMzCQCPMwkAxjMJAM4zCQDOog8AJzQJAGw0CQCCNAkAvzQJAMs0CQASNQkAFzUJAGU1CQBuNQkAuDUJAMI1CQALNgkAEzYJAF42CQBgNgkAsTYJAMA2CQAENwkAITcJAFc3CQBgNwkAqjcJALg3CQD9NwkAAzgJAFA4CQBeOAkAozgJALA4CQD2OAkADTkJAEk5CQBROQkAnDkJAJ45CQDvOQkA9zkJAEI6CQBROgkAlToJAJo6CQDoOgkA9ToJADs7CQBIOwkAjjsJAJo7CQDhOwkA8DsJADQ8CQA+PAkAhzwJAJU8CQDaPAkA3zwJAC09CQA6PQkAIaMPAIY9CQDTPQkA2T0JACY+CQArPgkAeT4JAH8+CQB0ow8A2j4JAB8/CQA1PwkAcj8JAH4/CQDFPwkAyj8JABhACQAhQAkAa0AJAHVACQC+QAkA4UAJABFBCQAVQQkAZEEJACBBCQCwQgkAZkEJALdBCQDFQQkACkIJABRCCQBdQgkAgUIJAG2kDwC2QgkAA0MJAA9DCQBWQwkAWEMJAKlDCQCzQwkA/EMJAAhECQBPRAkAc0QJAMCkDwCmRAkA9UQJALFECQBBRgkA90QJAEhFCQBWRQkAm0UJAKVFCQDuRQkAEkYJABOlDwBHRgkAlEYJAKBGCQDnRgkA6UYJADpHCQBERwkAjUcJAJlHCQDgRwkABEgJAGalDwBQSAkAhkgJAI9ICQDZSAkA50gJACxJCQAySQkAf0kJAItJCQDSSQkA2kkJALmlDwAsSgkAeEoJAJFKCQDLSgkA2koJAB5LCQAmSwkAcUsJAIBLCQDESwkAyUsJABdMCQAkTAkAakwJAHdMCQC9TAkAyUwJABBNCQAfTQkAY00JAG1NCQC2TQkAxE0JAAlOCQAOTgkAXE4JAGlOCQAMpg8AsE4JAN2+CQDITgkAAk8JAAxPCQBVTwkAV08JAKhPCQC2TwkA+08JAAhQCQBOUAkAVlAJAKFQCQDKUAkA9FAJAPtQCQBHUQkAYFEJAJpRCQCpUQkA7VEJAPVRCQBAUgkAT1IJAJNSCQCYUgkA5lIJAPNSCQA5UwkARlMJAIxTCQCYUwkA31MJAO5TCQAyVAkAPFQJAIVUCQCTVAkA2FQJAN1UCQArVQkAOFUJAF+mDwCDVQkArVgLAIpVCQDRVQkAplUJABlWEADkVQkAJFYJADNWCQB3VgkAg1YJAMpWCQDWVgkAHVcJACRXCQBwVwkAfFcJAMNXCQDKVwkAFlgJAB5YCQBpWAkAbVgJALxYCQDHWAkAD1kJABtZCQBiWQkAb1kJALVZCQC9WQkACFoJABJaCQBbWgkAYVoJAK5aCQDCWgkAAVsJAA9bCQBUWwkAYVsJAKdbCQC+WwkA+lsJAAJcCQBNXAkAV1wJAKBcCQClXAkA81wJAPtcCQBGXQkAVV0JAJldCQCeXQkA7F0JAPldCQA/XgkATF4JAJJeCQCeXgkA5V4JAPReCQA4XwkAQl8JALKmDwCTXwkA3l8JAO1fCQAxYAkANmAJAIRgCQCNYAkA12AJAOhgCQAqYQkAMWEJAH1hCQCFYQkA0GEJAN1hCQAjYgkAKGIJAHZiCQCAYgkAyWIJANFiCQAcYwkANWMJAG9jCQB7YwkAwmMJAMpjCQAFpw8AJGQJAGhkCQCFZAkAu2QJAMRkCQAOZQkAHGUJAGFlCQBnZQkAtGUJAMBlCQAHZgkADmYJAFpmCQBiZgkArWYJAL1mCQAAZwkABmcJAFNnCQBYZwkApmcJALxnCQD5ZwkAAWgJAExoCQBWaAkAn2gJAKpoCQDyaAkA/mgJAEVpCQBNaQkAWKcPAKVpCQDraQkA8mkJAD5qCQBKagkAkWoJAJdqCQDkagkA9WoJADdrCQBLawkAimsJAJhrCQDdawkA6msJADBsCQBHbAkAg2wJAItsCQDWbAkA3WwJACltCQArbQkAfG0JAIZtCQDPbQkA0W0JACJuCQA7bgkAdW4JAHduCQDIbgkAy24JABtvCQAnbwkAbm8JAJpvCQCrpw8A0G8JABRwCQAxcAkAZ3AJAHBwCQC6cAkAyHAJAA1xCQATcQkAYHEJAGxxCQCzcQkAu3EJAP6nDwAOcgkAWXIJAF9yCQCscgkAuHIJAP9yCQACcwkAUnMJAFdzCQClcwkArnMJAPhzCQD+cwkAS3QJAFp0CQCedAkAqnQJAPF0CQD5dAkAUagPAEp1CQCXdQkAnHUJAOp1CQAAdgkAPXYJAEV2CQCQdgkAnnYJAON2CQDtdgkANncJADl3CQCJdwkAkXcJANx3CQDddwkAL3gJADV4CQCCeAkAkHgJANV4CQDreAkAKHkJACp5CQB7eQkAgXkJAM55CQDieQkAIXoJACl6CQB0egkAhHoJAMd6CQDJegkAGnsJACl7CQBtewkAd3sJAMB7CQDFewkAE3wJABl8CQBmfAkAenwJALl8CQDBfAkADH0JABF9CQBffQkAZX0JALJ9CQC6fQkABX4JAAh+CQBYfgkAXX4JAKt+CQC0fgkA/n4JAAR/CQBRfwkAYH8JAKR/CQCwfwkApKgPAAGACQBKgAkATIAJAJ2ACQCkgAkA8IAJAPeACQBDgQkASYEJAJaBCQCkgQkA6YEJAPaBCQA8ggkATIIJAI+CCQCUggkA4oIJAOqCCQA1gwkA/oIJACXwCQBBgwkAiIMJAIqDCQBzhgkAlYMJANuDCQDggwkALoQJADiECQCBhAkAkYQJANSECQDZhAkAJ4UJADCFCQB6hQkAh4UJAM2FCQDUhQkAIIYJACiGCQD3qA8AgYYJAMaGCQDehgkAGYcJABuHCQBshwkAg4cJAL+HCQDBhwkAEogJACCICQBliAkAcogJALiICQDAiAkASqkPABGJCQBeiQkAYIkJALGJCQC+iQkABIoJAAeKCQBXigkAaIoJAKqKCQCsigkA/YoJAAeLCQBQiwkAXIsJAKOLCQCriwkAnakPAPuLCQBJjAkATIwJAJyMCQCmjAkA74wJAPeMCQBCjQkAT40JAJWNCQCXjQkA6I0JAP6NCQA7jgkAR44JAI6OCQCWjgkA8KkPAOSOCQA0jwkAPY8JAIePCQCVjwkAB7kJAJaPCQDajwkA5Y8JAC2QCQA1kAkAgJAJAIuQCQDTkAkA2JAJACaRCQApkQkAeZEJAIORCQCWqg8A0pEJAB+SCQDWkQkAEdIMADqSCQBykgkAfpIJAMWSCQDLkgkAGJMJACCTCQBrkwkAgZMJAL6TCQDMkwkAEZQJABSUCQBklAkAfZQJALeUCQDDlAkACpUJABWVCQBdlQkAX5UJALCVCQDLlQkAA5YJABGWCQBWlgkAY5YJAKmWCQDAlgkA6aoPAP6WCQBW1AwAEpcJAE+XCQBQlwkAopcJAKeXCQD1lwkA+5cJAEiYCQBKmAkAm5gJAKGYCQDumAkAApkJAEGZCQBJmQkAlJkJAKSZCQDnmQkA6ZkJADqaCQBImgkAjZoJAJ6aCQA8qw8A5poJADObCQA/mwkAj6sPAIibCQDZmwkA6psJACycCQA0nAkAf5wJAIicCQDSnAkA2ZwJACWdCQAmnQkA4qsPAISdCQDLnQkAzZ0JAB6eCQAlngkAcZ4JAHmeCQDEngkAzZ4JABefCQAenwkAap8JAGufCQA1rA8Awp8JABCgCQAYoAkAY6AJAG2gCQC2oAkAxKAJAAmhCQAfoQkAXKEJAGihCQCvoQkAtKEJAAKiCQALogkAVaIJAF+iCQCIrA8AqaIJAPuiCQADowkA3v4KABOjCQBOowkAW6MJAKGjCQCtowkA9KMJAP6jCQBHpAkAS6QJAJqkCQCfpAkA7aQJAPOkCQBApQkAYKUJAJOlCQCrpQkA5qUJAP2lCQA5pgkARaYJAIymCQCWpgkA36YJAOGmCQAypwkAOacJAIWnCQCMpwkA2KcJAN6nCQArqAkAN6gJAH6oCQCBqAkA0agJANSoCQAkqQkAMKkJAHepCQB6qQkAyqkJAOapCQAdqgkAJaoJANusDwB8qgkAw6oJAM2qCQAWqwkAGKsJAGmrCQBwqwkAvKsJAMOrCQAPrAkAFawJAGKsCQBwrAkAtawJAMKsCQAIrQkAGK0JAFutCQBgrQkArq0JALatCQABrgkAEa4JAFSuCQBZrgkAp64JAK2uCQD6rgkAAq8JAC6tDwBTrwkAoK8JAKivCQDzrwkA9q8JAEawCQBSsAkAmbAJAJ+wCQDssAkAB7EJAD+xCQBNsQkAkrEJAKGxCQDlsQkA8bEJADiyCQBAsgkA1K0PAJCyCQDesgkA6LIJADGzCQA5swkAhLMJAKSzCQDXswkA5LMJACq0CQAvtAkAfbQJAIG0CQDQtAkA3bQJACeuDwAotQkAdrUJAHm1CQDJtQkA07UJABy2CQAotgkAb7YJAIK2CQDCtgkA0bYJABW3CQAhtwkAaLcJAGm3CQC7twkAxbcJAA64CQAcuAkAYbgJAGa4CQC0uAkAwbgJAHquDwARuQkAWrkJAFy5CQCtuQkAxrkJAAC6CQARugkAU7oJAF+6CQCmugkArroJAHOvDwAAuwkATLsJAFO7CQCfuwkApbsJAPK7CQD+uwkARbwJAEi8CQCYvAkAm7wJAOu8CQDzvAkAPr0JAE69CQCRvQkAlr0JAOS9CQDtvQkAN74JAES+CQCKvgkAkb4JAMavDwDpvgkAML8JAD2/CQCDvwkAi78JANa/CQDgvwkAKcAJADjACQB8wAkAfcAJAM/ACQDXwAkAIsEJADHBCQB1wQkAesEJAMjBCQDVwQkAG8IJACjCCQBuwgkAesIJAMHCCQDQwgkAFMMJAB7DCQBnwwkAdcMJALrDCQC/wwkADcQJABrECQBgxAkAaMQJALPECQC9xAkABsUJAAvFCQBZxQkAYcUJABmwDwC6xQkA/8UJAAvGCQBSxgkAWMYJAKXGCQCrxgkA+MYJAP3GCQBLxwkAUccJAGywDwCqxwkA8ccJAPfHCQBEyAkASsgJAJfICQCkyAkA6sgJAO/ICQA9yQkARckJAJDJCQCuyQkAZbEPAOXJCQCOJgwA5skJADBeCwDpyQkA2PMKAPnJCQA2ygkAN8oJAInKCQCOygkA3MoJAOLKCQAvywkAMcsJAILLCQCIywkA1csJAOnLCQAozAkAMMwJAHvMCQCLzAkAzswJANDMCQAhzQkAL80JAHTNCQCFzQkAuLEPAM3NCQAazgkAJs4JAAuyDwB6zgkAwM4JAMjOCQATzwkAIM8JAGbPCQBozwkAuc8JAM/PCQAM0AkAGNAJAF/QCQBn0AkAsbIPAL7QCQAF0QkACNEJAFjRCQBd0QkAq9EJALzRCQD+0QkAB9IJAFHSCQBb0gkApNIJALLSCQD30gkA/NIJAErTCQBX0wkABLMPAKnTCQDw0wkA/dMJAEPUCQBF1AkAltQJAKzUCQDp1AkA9dQJADzVCQBE1QkAV7MPAJTVCQDi1QkA6NUJADXWCQA91gkAiNYJAIvWCQDb1gkA59YJAC7XCQA01wkAgdcJAJzXCQDU1wkA4dcJACfYCQAp2AkAetgJAJDYCQDN2AkA2dgJACDZCQAo2QkAqrMPAHnZCQDG2QkAy9kJABnaCQA02gkAbNoJAHraCQC/2gkAxtoJABLbCQAe2wkAZdsJAGzbCQD9sw8Aw9sJAAvcCQAT3AkAXtwJAGncCQCx3AkAttwJAATdCQAH3QkAV90JAGHdCQCq3QkAst0JAP3dCQAL3gkAUN4JAFPeCQCj3gkAq94JAPbeCQAW3wkASd8JAFbfCQCc3wkAod8JAO/fCQDz3wkAQuAJAE/gCQBQtA8AteAJAOjgCQDx4AkAO+EJADzhCQCO4QkAluEJAOHhCQDx4QkANOIJADbiCQCH4gkAleIJANriCQDr4gkAo7QPADPjCQCA4wkAjOMJAPa0DwDa4wkASbUPACvkCQB55AkAk+QJAMzkCQDb5AkAH+UJACrlCQBy5QkAdOUJAMXlCQDS5QkAGOYJACXmCQBr5gkAd+YJAL7mCQDP5gkAEecJABTnCQBk5wkAfucJALfnCQDA5wkACugJABfoCQBd6AkAY+gJALDoCQC86AkAA+kJAAbpCQBW6QkAW+kJAKnpCQC66QkA/OkJABfqCQBP6gkAW+oJAKLqCQCp6gkA9eoJAPfqCQBI6wkAT+sJAJvrCQCi6wkA7usJAPTrCQBB7AkATewJAJTsCQCX7AkA5+wJAOrsCQA67QkARu0JAI3tCQCg7QkA4O0JAO/tCQAz7gkAP+4JAIbuCQCH7gkA2e4JAOPuCQAs7wkAOu8JAH/vCQCE7wkA0u8JAN/vCQCctQ8ALfAJAO+1DwB68AkAy/AJAOHwCQAe8QkAKvEJAHHxCQB58QkAQrYPAMrxCQAX8gkAH/IJAGryCQBt8gkAvfIJAMnyCQAQ8wkAFvMJAGPzCQB+8wkAtvMJAMTzCQAJ9AkAGPQJAFz0CQBo9AkAr/QJALf0CQCVtg8AB/UJAFX1CQBf9QkAqPUJALD1CQD79QkAG/YJAE72CQBb9gkAofYJAKb2CQD09gkA+PYJAEf3CQBU9wkA6LYPAL33CQA7tw8A8vcJAED4CQBP+AkAk/gJALP4CQDm+AkA8vgJADn5CQBD+QkAjPkJAJj5CQDf+QkA5fkJADL6CQA4+gkAhfoJAIr6CQDY+gkA3voJAI63DwAx+wkAfvsJAIP7CQDR+wkA1/sJADS4DwAn/AkAd/wJAIH8CQDK/AkAzPwJAB39CQA2/QkAcP0JAIH9CQDD/QkA0f0JABb+CQAZ/gkAaf4JAHT+CQC8/gkAxP4JAA//CQAR/wkAYv8JAGr/CQC1/wkAwv8JAAgACgAUAAoAWwAKAF8ACgCuAAoAtgAKAAEBCgAQAQoAVAEKAFkBCgCnAQoAtAEKAPoBCgAHAgoATQIKAFkCCgCgAgoArwIKAPMCCgD9AgoARgMKAFQDCgCZAwoAngMKAOwDCgD5AwoAh7gPAEcECgDauA8AlgQKAMkICgCeBAoA5QQKAOsECgA4BQoAPgUKAIsFCgCYBQoA3gUKAOMFCgAxBgoAOQYKAIQGCgC2BgoAfQcKALsGCgDXBgoA/QYKANAHCgAOBwoAKgcKAGEHCgAtuQ8AtAcKAIC5DwD2BwoAIwgKAFUICgB2CAoArQgKANO5DwDXCAoAHAkKACkJCgBvCQoAewkKAMIJCgDICQoAFQoKABsKCgBoCgoAbQoKALsKCgDBCgoAJroPADQLCgAHDAoARQsKAGELCgCYCwoAzLoPAOsLCgAfuw8ALQwKAFoMCgCMDAoArQwKAOQMCgByuw8ACg0KAFMNCgBYDQoApg0KAK4NCgDFuw8A/g0KAEwOCgBVDgoAnw4KAKwOCgDyDgoA+Q4KABi8DwBNDwoAa7wPAKsPCgDrDwoA9w8KAD4QCgBNEAoAkRAKAJoQCgDkEAoA7hAKADcRCgA5EQoAihEKAKMRCgDdEQoA7hEKADASCgA8EgoAgxIKAIsSCgC+vA8A5BIKACkTCgA6EwoAfBMKAIgTCgDPEwoA1xMKABG9DwAnFAoAdRQKAH8UCgDIFAoA0BQKABsVCgArFQoAbhUKAHMVCgDBFQoAyhUKABQWCgAhFgoAZxYKAG4WCgBkvQ8AwBYKABh3DQDHFgoADRcKAM0WCgBSXgwAEhcKAGAXCgBsFwoAsxcKAMAXCgAGGAoAEBgKALe9DwBeGAoArBgKALgYCgD/GAoADBkKAFIZCgBcGQoApRkKAMEZCgD4GQoAABoKAAq+DwBQGgoAnhoKAKYaCgDxGgoA9BoKAEQbCgBNGwoAlxsKAKYbCgDqGwoA9RsKAD0cCgBFHAoAkBwKAKAcCgDjHAoA8RwKADYdCgBHHQoAiR0KAJUdCgDcHQoA5B0KAF2+DwA1HgoAgh4KAIoeCgDVHgoA3B4KACgfCgA2HwoAex8KAIEfCgDOHwoA2h8KACEgCgAwIAoAdCAKAH4gCgDHIAoAzCAKABohCgAgIQoAbSEKAIEhCgDAIQoAyCEKABMiCgAxIgoAZiIKAG4iCgCwvg8AwSIKAAO/DwAUIwoAXyMKAHgjCgCyIwoAuyMKAAUkCgAVJAoAWCQKAGgkCgCrJAoAtyQKAP4kCgAEJQoAUSUKAF8lCgCkJQoAsSUKAPclCgAOJgoASiYKAFImCgCdJgoApyYKAPAmCgD+JgoAQycKAFknCgCWJwoAoicKAOknCgDwJwoAPCgKAEQoCgCPKAoAlCgKAOIoCgDrKAoANSkKAD8pCgCIKQoAkCkKANspCgDdKQoALioKAD4qCgCBKgoAiyoKANQqCgDgKgoAJysKAC0rCgB6KwoAgisKAKm/DwDWKwoAICwKADEsCgBzLAoAfywKAMYsCgDTLAoAGS0KAB4tCgBsLQoAdi0KAL8tCgDPLQoAEi4KABcuCgBlLgoAbi4KALguCgDFLgoACy8KABIvCgBeLwoAai8KALEvCgC3LwoABDAKAAowCgBXMAoAXDAKAKowCgCwMAoA/L8PAAIxCgBQMQoAWDEKAKMxCgC5MQoA9jEKAPsxCgBJMgoAUDIKAJwyCgClMgoA7zIKAAAzCgBCMwoATjMKAJUzCgCdMwoA9cAPAOozCgA7NAoAUTQKAI40CgCaNAoA4TQKAOg0CgA0NQoAPDUKAEjBDwCMNQoA2jUKAOI1CgAtNgoAQzYKAIA2CgCFNgoA0zYKANo2CgAmNwoALzcKAHk3CgCKNwoAzDcKANg3CgAfOAoAJzgKAJvBDwB0OAoAxTgKANs4CgAYOQoAJDkKAGs5CgByOQoAvjkKAMY5CgDuwQ8AFjoKAGQ6CgBrOgoAtzoKAMA6CgAKOwoAGzsKAF07CgBpOwoAsDsKALg7CgBBwg8ABTwKAFY8CgBlPAoAqTwKAMk8CgD8PAoA/jwKAE89CgBmPQoAoj0KAK49CgD1PQoA/T0KAOfCDwBNPgoAmz4KAJ0+CgDuPgoA9T4KAEE/CgBJPwoAlD8KAJ0/CgDnPwoA7T8KADpACgBLQAoAjUAKAJVACgCNww8A7EAKADNBCgA2QQoAhkEKAItBCgDZQQoA6kEKACxCCgBHQgoAf0IKAItCCgDSQgoA2kIKAODDDwA7QwoAeEMKAHlDCgDLQwoA0EMKAB5ECgAkRAoAcUQKAHtECgDERAoAzEQKABdFCgApRQoAM8QPAHdFCgC9RQoAx0UKABBGCgAWRgoAY0YKAHdGCgC2RgoAvkYKAAlHCgAZRwoAXEcKAGFHCgCvRwoAtUcKAAJICgAKSAoAVUgKAFZICgCoSAoAqkgKAPtICgAKSQoATkkKAG5JCgChSQoAo0kKAPRJCgALSgoAR0oKAFNKCgCaSgoAokoKAIbEDwD1SgoAQEsKAFlLCgCTSwoAnEsKAOZLCgDwSwoAOUwKAEFMCgCMTAoAnEwKAN9MCgDkTAoAMk0KADtNCgCFTQoAkk0KANhNCgDfTQoAK04KADNOCgAsxQ8AiE4KANFOCgDZTgoAJE8KADJPCgB3TwoAhE8KAMpPCgDSTwoAHVAKAB9QCgBwUAoAeFAKAMNQCgDEUAoAFlEKABhRCgBpUQoAeFEKALxRCgDcUQoAD1IKABFSCgBiUgoAeVIKALVSCgDBUgoACFMKACJTCgBbUwoAhFMKAK5TCgCxUwoAAVQKAAZUCgBUVAoAYVQKAH/FDwCpVAoA+lQKAARVCgBNVQoAXFUKAKBVCgCrVQoA81UKAAFWCgBGVgoAU1YKAJlWCgCwVgoA7FYKAPRWCgA/VwoAQFcKAJJXCgCUVwoA5VcKAPRXCgA4WAoAWFgKAItYCgCNWAoA3lgKAPVYCgAxWQoAPVkKAIRZCgCMWQoA0sUPANxZCgAqWgoAMFoKAH1aCgCFWgoA0FoKAO9aCgAjWwoAMFsKAHZbCgB3WwoAyVsKAN9bCgAcXAoAOFwKACXGDwB0XAoAwlwKAMxcCgAVXQoAHV0KAGhdCgBpXQoAu10KAGpdCgB8ZgoAwV0KAA5eCgAaXgoAYV4KAHFeCgC0XgoAwl4KAAdfCgAaXwoAWl8KAGZfCgCtXwoAtF8KAABgCgAIYAoAU2AKAFdgCgCmYAoAtGAKAPlgCgADYQoATGEKAFdhCgCfYQoAp2EKAPJhCgAoYgoARWIKAE1iCgCYYgoAnWIKAOtiCgDxYgoAPmMKAEZjCgCRYwoAq2MKAORjCgAaZAoAN2QKAD9kCgCKZAoAj2QKAN1kCgDjZAoAMGUKADhlCgCDZQoAnWUKANZlCgDwZQoAKWYKAF9mCgB4xg8AhGYKAM9mCgDWZgoAImcKAC5nCgB1ZwoAdmcKAMhnCgDUZwoAG2gKAChoCgBuaAoAdWgKAMFoCgDNaAoAFGkKACFpCgBnaQoAdmkKALppCgDOaQoAy8YPAA9qCgBgagoAGWoKAHWsDABjagoAEiAMAG1qCgAGEQsAb2oKALNqCgDTagoABmsKAAhrCgBZawoAcGsKAKxrCgC4awoA/2sKAAdsCgAexw8AVGwKAKVsCgCybAoA+GwKAAFtCgBLbQoATW0KAJ5tCgCvbQoA8W0KAAJuCgBEbgoAWG4KAHHHDwC3bgoA6m4KAOxuCgA9bwoAVG8KAJBvCgCcbwoA428KAOtvCgDExw8AOHAKAIlwCgCMcAoA3HAKAORwCgAvcQoAPHEKAIJxCgCHcQoA1XEKAN9xCgAocgoAMHIKAHtyCgCUcgoAznIKANpyCgAhcwoALXMKAHRzCgCBcwoAx3MKAM9zCgAadAoAKnQKAG10CgBydAoAwHQKAMl0CgATdQoAIHUKAGZ1CgBtdQoAuXUKAMF1CgAXyA8AGXYKAF92CgBidgoAsnYKALx2CgAFdwoAB3cKAFh3CgBpdwoAq3cKALx3CgD+dwoACngKAFF4CgBYeAoApHgKAL54CgD3eAoA/3gKAEp5CgBLeQoAsYIKAFR5CgCdeQoAo3kKAPB5CgAEegoAQ3oKAEt6CgCWegoAoHoKAOl6CgDuegoAPHsKAER7CgCPewoAnXsKAOJ7CgDvewoANXwKADh8CgCIfAoAknwKANt8CgDdfAoALn0KAD99CgCBfQoAkn0KANR9CgDcfQoAasgPADF+CgB6fgoAln4KAM1+CgDVfgoAvcgPACF/CgBzfwoAiX8KAMZ/CgDOfwoAGYAKACeACgBsgAoAeYAKAL+ACgDCgAoAEoEKAByBCgBlgQoAZ4EKALiBCgDJgQoAC4IKAByCCgBeggoAZoIKABDJDwDCggoABIMKABCDCgBXgwoAWYMKAKqDCgCtgwoA/YMKAAmECgBQhAoAWIQKAGPJDwCshAoA9oQKAAOFCgBJhQoAUYUKAJyFCgCuhQoA74UKAPyFCgBChgoAQ4YKAJWGCgCrhgoA6IYKAPCGCgA7hwoASYcKAI6HCgCbhwoA4YcKAOSHCgA0iAoAPogKAIeICgCJiAoA2ogKAOuICgAtiQoAPokKAICJCgCIiQoAtskPAOCJCgAmigoAMIoKAHmKCgCHigoAzIoKAOKKCgAfiwoAK4sKAHKLCgB+iwoAxYsKAMuLCgAYjAoAHowKAGuMCgBwjAoAvowKAMSMCgAJyg8AFo0KAGSNCgBmjQoAt40KAL6NCgAKjgoAEo4KAF2OCgBgjgoAsI4KALmOCgADjwoAEo8KAFaPCgBhjwoAqY8KALGPCgD8jwoADJAKAE+QCgBdkAoAopAKALOQCgD1kAoAAZEKAEiRCgBQkQoAAssPALmRCgDukQoA9pEKAFXLDwBNkgoAlJIKAKqSCgDnkgoA75IKADqTCgBZkwoAqMsPAJCTCgCyyQoAmpMKAOCTCgDjkwoAPF8OAOiTCgAzlAoA6pMKAK6YDAA1lAoAhpQKAD2UCgCFoAoARJQKALaZCgCTlAoA2ZQKAO2UCgAslQoANJUKAH+VCgCElQoA0pUKAOKVCgAllgoALZYKAHiWCgCClgoAy5YKANaWCgAelwoAKpcKAHGXCgB5lwoA+8sPAMmXCgAXmAoAIJgKAGqYCgBwmAoAvZgKAMyYCgAQmQoAHJkKAGOZCgBmmQoATswPALuZCgAJmgoAGJoKAFyaCgBemgoAr5oKAMCaCgACmwoAE5sKAFWbCgBpmwoAqJsKALCbCgD7mwoACZwKAE6cCgBbnAoAoZwKAKScCgD0nAoA/pwKAEedCgBJnQoAmp0KAKudCgDtnQoA/p0KAECeCgBMngoAk54KAJqeCgDmngoA7p4KADmfCgBQnwoAjJ8KAJifCgDfnwoA9Z8KADKgCgA1oAoAocwPAJCgCgDYoAoA5KAKACuhCgAzoQoA9MwPAIqhCgDRoQoA56EKACSiCgAnogoAd6IKAH+iCgDKogoAzKIKAB2jCgA4owoAcKMKAHKjCgDDowoA0aMKABakCgAnpAoAaaQKAGukCgC8pAoA1aQKAA+lCgAgpQoAYqUKAG6lCgBHzQ8Au6UKAAimCgAWpgoAW6YKAHamCgCupgoAuqYKAAGnCgAHpwoAVKcKAFynCgCnpwoAt6cKAPqnCgD/pwoATagKAFaoCgCgqAoAragKAPOoCgD6qAoARqkKAE6pCgCazQ8AnqkKAOypCgDyqQoAP6oKAEeqCgCSqgoAu6oKAOWqCgDsqgoAOKsKAFGrCgCLqwoAmqsKAN6rCgD6qwoA7c0PADasCgCErAoAjqwKANesCgDnrAoAKq0KAC+tCgB9rQoAhq0KANCtCgDdrQoAI64KACquCgB2rgoAgq4KAMmuCgDcrgoAHK8KACuvCgBvrwoAe68KAMKvCgDDrwoAFbAKAB+wCgBosAoAdrAKALuwCgDAsAoADrEKABuxCgBAzg8AcrEKALSxCgC2sQoAB7IKAAqyCgBasgoAXbIKAK2yCgC0sgoAALMKAAyzCgBTswoAY7MKAKazCgC2swoA+bMKAP6zCgBMtAoAVbQKAJ+0CgCstAoA8rQKAPm0CgBFtQoAUbUKAJi1CgCetQoA67UKAPG1CgA+tgoAQ7YKAJG2CgCXtgoAOc8PAO62CgA3twoARbcKAIq3CgCatwoA3bcKAN+3CgAwuAoAP7gKAIO4CgCNuAoA1rgKAN64CgAy0A8AL7kKAHy5CgCIuQoAhdAPANS5CgAiugoAKroKAHW6CgCFugoAyLoKANa6CgAbuwoAKLsKAG67CgB1uwoAwbsKAMm7CgAr0Q8AJbwKAGe8CgBuvAoAurwKAMK8CgANvQoAGr0KAGC9CgBlvQoAs70KAL29CgAGvgoADr4KAFm+CgByvgoArL4KALi+CgD/vgoAB78KAH7RDwBevwoApb8KAKi/CgD4vwoA/b8KAEvACgBcwAoAnsAKALnACgDxwAoA/cAKAETBCgBLwQoAl8EKALPBCgDqwQoA8sEKANHRDwBCwgoAkMIKAJrCCgDjwgoA68IKADbDCgBGwwoAicMKAI7DCgDcwwoA5cMKAC/ECgA8xAoAgsQKAInECgAk0g8A3sQKACjFCgA1xQoAe8UKAIrFCgDOxQoA2MUKACHGCgAvxgoAdMYKAHnGCgDHxgoA1MYKABrHCgAixwoAd9IPAHnHCgDAxwoAzccKABPICgAWyAoAZsgKAHTICgC5yAoAvsgKAAzJCgAZyQoAX8kKAGfJCgDK0g8AuskKAAXKCgALygoAWMoKAAzKCgCIIgsAZMoKAKvKCgDIygoA/soKAAfLCgBRywoAX8sKAKTLCgCqywoA98sKAAPMCgBKzAoAUcwKAB3TDwCjzAoA8MwKAP7MCgBDzQoAXs0KAJbNCgCizQoA6c0KAO/NCgBw0w8AX84KAMPTDwCUzgoA4s4KAO/OCgA1zwoAQs8KAIjPCgCUzwoA288KAOrPCgAu0AoAONAKAIHQCgCP0AoA1NAKANnQCgAn0QoANNEKAHrRCgCW0QoAzdEKANXRCgAW1A8ALNIKAHPSCgCQ0goAxtIKAM/SCgAZ0woAJ9MKAGzTCgBy0woAv9MKAMvTCgAS1AoAGdQKAGXUCgBt1AoAuNQKAM7UCgAL1QoAENUKAF7VCgBl1QoAsdUKALrVCgAE1goAFdYKAFfWCgBj1goAqtYKALLWCgC81A8AA9cKAFDXCgBV1woAo9cKAL7XCgD21woABNgKAEnYCgBQ2AoAnNgKAKjYCgDv2AoA8tgKAELZCgBK2QoAldkKAJbZCgDo2QoA6tkKADvaCgBK2goAjtoKAK7aCgDh2goA49oKADTbCgBL2woAh9sKAJPbCgDa2woA4tsKAA/VDwAu3AoAgNwKAIzcCgDT3AoA4twKACbdCgAu3QoAYtUPAHvdCgDM3QoA2t0KAB/eCgAw3goAtdUPAHneCgAI1g8Azd4KAK7WDwAi3woAa98KAHffCgC+3woA1N8KABHgCgAd4AoAZOAKAHfgCgC34AoAxeAKAArhCgAU4QoAAdcPAGXhCgBU1w8AxuEKAAPiCgAP4goAVuIKAGPiCgCp4goAs+IKAPziCgD+4goAT+MKAFnjCgCi4woAsOMKAPXjCgD64woASOQKAFXkCgCb5AoAo+QKAO7kCgD+5AoAQeUKAEPlCgCU5QoAneUKAOflCgD45QoAOuYKAETmCgCn1w8AmeYKAODmCgD35goAM+cKAE7nCgD61w8An+cKANnnCgDf5woALOgKADboCgBN2A8AgegKANLoCgDj6AoAJekKAC3pCgB46QoAQekKALMQCwCE6QoAy+kKANHpCgAe6goAJOoKAHHqCgB26goAxOoKAMrqCgCg2A8AM+sKAGrrCgBy6woAmdkPAMvrCgAQ7AoAIewKAGPsCgB07AoAtuwKAMLsCgAJ7QoAEO0KAOzZDwBt7QoAr+0KAMDtCgAC7goADu4KAFXuCgBc7goAP9oPAKruCgD77goA/O4KAE7vCgBW7woAoe8KAKbvCgD07woA/e8KAEfwCgBR8AoAmvAKAKLwCgDt8AoA8vAKAEDxCgBQ8QoAk/EKAJvxCgDm8QoA/PEKADnyCgBF8goAjPIKAKLyCgDf8goA5PIKADLzCgA48woAhfMKAJnzCgCS2g8A7vMKACv0CgA59AoAfvQKAIv0CgDR9AoA0/QKACT1CgAu9QoAd/UKAIP1CgDK9QoA0fUKAB32CgAl9goAcPYKAIn2CgDD9goA1/YKABb3CgAe9woAafcKAGv3CgC89woAyfcKAA/4CgAU+AoAYvgKAGz4CgC1+AoAwPgKAAj5CgAU+QoAW/kKAGH5CgCu+QoAtvkKAAH6CgAC+goAVPoKAFr6CgCn+goArPoKAPr6CgAJ+woATfsKAFn7CgCg+woAo/sKAPP7CgD2+woA5doPAEv8CgCZ/AoAtfwKADjbDwAM/QoAP/0KAEf9CgCL2w8AmP0KAOX9CgDx/QoA3tsPAD7+CgCL/goAl/4KACPeDwDf/goAbwILAO7+CgAx/woAM/8KAIT/CgCO/woA1/8KANn/CgAqAAsAOwALAH0ACwCFAAsA0AALANwACwAjAQsAKQELAHYBCwB8AQsAyQELAM4BCwAcAgsAIgILAHbeDwBxAgsAwgILAMgCCwAVAwsAGAMLAGgDCwB0AwsAuwMLAMMDCwBv3w8AFAQLAGEECwBnBAsAtAQLALkECwAHBQsADQULAMLfDwBcBQsArQULALYFCwAABgsAFwYLAFMGCwBeBgsApgYLALAGCwD5BgsAAQcLALvgDwBZBwsAnwcLAKcHCwDyBwsA/AcLAEUICwBQCAsAmAgLAJ4ICwDrCAsA9wgLAD4JCwBACQsAkQkLAJgJCwDkCQsA7AkLADcKCwBJCgsADuEPAMUKCwDdCgsA5QoLADALCwBTCwsAB+IPAIULCwDWCwsA4wsLACkMCwAwDAsAfAwLAI0MCwDPDAsA2wwLACINCwApDQsAdQ0LAHYNCwA7LQsAfQ0LAFriDwDbDQsAGw4LACoOCwBuDgsAeg4LAMEOCwDCDgsAFA8LAB4PCwBnDwsAdQ8LALoPCwC/DwsADRALABoQCwCt4g8AaBALAADjDwC7EAsAU+MPABQRCwBZEQsAaBELAKwRCwDMEQsA/xELAAsSCwBSEgsAWRILAKUSCwCtEgsA+BILAPoSCwBLEwsAVRMLAEzkDwCoEwsA8RMLAPkTCwCf5A8AThQLAJcUCwCfFAsA8uQPACYVCwA9FQsARRULAJAVCwCuFQsAReUPAPEVCwA2FgsAPRYLABaWDABGFgsAiRYLAJkWCwDcFgsA6BYLAC8XCwA1FwsAghcLAJ4XCwDVFwsA3RcLAJjlDwA8GAsAexgLAIUYCwDOGAsA2hgLACEZCwApGQsA6+UPAH8ZCwDHGQsAyRkLABoaCwAgGgsAbRoLAHUaCwA+5g8AwhoLABMbCwAWGwsAZhsLAG4bCwC5GwsAyRsLAAwcCwAOHAsAXxwLAG0cCwCyHAsAwxwLAJHmDwAMHQsA5OYPAF4dCwCrHQsAsB0LAP4dCwAEHgsAN+cPAFseCwCkHgsAph4LAPceCwAKHwsASh8LAFIfCwCdHwsAqR8LAPAfCwD2HwsAQyALAEkgCwCWIAsAmyALAOkgCwDvIAsAMOgPAEUhCwCPIQsAnCELAOIhCwDpIQsANSILAD0iCwCD6A8AlCILANsiCwDlIgsALiMLADojCwCBIwsAkCMLANQjCwDeIwsAJyQLADMkCwB6JAsAgSQLANboDwDQJAsAQ2UNANMkCwAgJQsA3CQLACyHDAAsJQsAcyULAHslCwAp6Q8A0iULABkmCwAjJgsAbCYLAHgmCwC/JgsAziYLABInCwAcJwsAZScLAHEnCwC4JwsAvycLAHzpDwAZKAsAXigLACsoCwDvdwwAdSgLALEoCwC+KAsABCkLAAYpCwBXKQsAaCkLAKopCwDGKQsA/SkLAAUqCwDP6Q8AaSoLAKMqCwC3KgsA9ioLAP4qCwBJKwsATCsLAJwrCwCqKwsA7ysLAAYsCwBCLAsATywLAJUsCwCXLAsA6CwLAPksCwAi6g8AQS0LAI4tCwCTLQsA4S0LAPctCwA0LgsAQi4LAIcuCwCKLgsA2i4LAOYuCwAtLwsAMy8LAIAvCwCMLwsA0y8LAPwvCwAmMAsAMjALAHkwCwCIMAsAzDALANYwCwAfMQsALTELAHIxCwB3MQsAxTELANIxCwB16g8AGjILAGsyCwB5MgsAvjILAMsyCwARMwsAIzMLAMjqDwBzMwsAtzMLAMMzCwAKNAsAIzQLAF00CwBfNAsAsDQLAL80CwADNQsAIzULAFY1CwBeNQsAqTULAMw1CwAb6w8AATYLAE82CwBSNgsAojYLAKw2CwD1NgsA/TYLAEg3CwBONwsAmzcLAKc3CwDuNwsA/TcLAEE4CwBNOAsAlDgLAKE4CwDnOAsA8TgLADo5CwBCOQsAjTkLAJw5CwDgOQsA4jkLADM6CwBEOgsAhjoLAJc6CwDZOgsA4ToLACw7CwA9OwsAfzsLAIE7CwDSOwsA1TsLACU8CwAvPAsAeDwLAJw8CwDLPAsA5zwLAG7rDwAkPQsAcT0LAHY9CwDEPQsA0z0LABc+CwAjPgsAaj4LAG0+CwC9PgsAwD4LABA/CwAYPwsAYz8LAHI/CwC2PwsAuz8LAAlACwAfQAsAXEALAF1ACwCvQAsAwEALAAJBCwAOQQsAVUELAF9BCwCoQQsAtEELAPtBCwACQgsAwesPAFJCCwChQgsAr0ILAPRCCwD+QgsAR0MLAFJDCwCaQwsAokMLAO1DCwD5QwsAQEQLAFNECwCTRAsAoUQLAOZECwDwRAsAOUULAEFFCwCMRQsAm0ULAN9FCwDkRQsAMkYLADlGCwCFRgsAkUYLABTsDwDkRgsAK0cLAC5HCwB+RwsAgUcLANFHCwDrRwsAJEgLADBICwB3SAsAikgLAMpICwDYSAsAHUkLACdJCwBwSQsAk0kLAGfsDwDNSQsAFkoLACJKCwBpSgsAcEoLALxKCwDESgsAD0sLABNLCwBiSwsAcEsLALVLCwC/SwsACEwLABNMCwBbTAsAY0wLAK5MCwC9TAsAAU0LAAZNCwBUTQsAW00LAKdNCwCzTQsA+k0LAAJOCwC67A8AY04LACNGDQBmTgsAoE4LAKpOCwDzTgsA/04LAEZPCwBJTwsAmU8LAKNPCwDsTwsA708LAD9QCwBPUAsAklALAJRQCwDlUAsA81ALADhRCwBJUQsADe0PAJJRCwBg7Q8A51ELADFSCwDoUQsArzINAP5RCwDwawwASlILAIRSCwCOUgsA11ILAONSCwAqUwsALVMLAH1TCwCHUwsAs+0PANVTCwAjVAsAQ1QLAHZUCwB+VAsABu4PANdUCwAcVQsAMlULAG9VCwB7VQsAwlULAMlVCwAVVgsAHVYLAGhWCwBtVgsAu1YLAMRWCwAOVwsAGFcLAGFXCwBpVwsAtFcLAMJXCwAHWAsAFFgLAFpYCwBiWAsAWe4PAL1YCwAAWQsACFkLAKzuDwBaWQsAplkLALJZCwD5WQsAAFoLAExaCwBUWgsAn1oLAKlaCwDyWgsAAFsLAEVbCwBbWwsAmFsLAKRbCwDrWwsA8FsLAD5cCwBHXAsAkVwLAJtcCwDkXAsA7FwLADddCwA8XQsAil0LAJpdCwDdXQsA5V0LAP/uDwA6XgsAg14LAIZeCwDqDQwAi14LAFLvDwDkXgsAKV8LAD9fCwB8XwsAiF8LAM9fCwDWXwsAImALACpgCwB1YAsAemALAMhgCwDRYAsAG2ELACVhCwBuYQsAdmELAMFhCwDDYQsAGm0LAM9hCwAUYgsAIWILAGdiCwBvYgsApe8PAMZiCwANYwsAEGMLAGBjCwBqYwsA+O8PAMFjCwAGZAsAHGQLAFlkCwBlZAsArGQLALNkCwD/ZAsAB2ULAFJlCwBXZQsApWULAK5lCwD4ZQsAAmYLAEtmCwBTZgsAnmYLAKBmCwDxZgsAAWcLAERnCwBOZwsAl2cLAKNnCwDqZwsA8GcLAJ7wDwBLaAsAkGgLAKZoCwDjaAsA72gLADZpCwA7aQsAiWkLAJJpCwDcaQsA5mkLAC9qCwA3agsAgmoLAKRqCwDx8A8A5GoLAChrCwA0awsAe2sLAHxrCwDOawsA2GsLACFsCwAvbAsAdGwLAHlsCwDHbAsA1GwLAETxDwAqbQsAbW0LAHdtCwDAbQsAzG0LABNuCwAZbgsAZm4LAG5uCwA98g8Avm4LAAxvCwAUbwsAX28LAGtvCwAZeQsAeG8LALJvCwC+bwsABXALAA1wCwCQ8g8AZXALAKtwCwCzcAsA/nALAAxxCwBRcQsAXnELAKRxCwCncQsA93ELAAFyCwBKcgsATHILAJ1yCwCqcgsA8HILAP9yCwBDcwsAT3MLAJZzCwCecwsA4/IPAPlzCwA8dAsARHQLAI90CwCbdAsA4nQLAOh0CwA1dQsAO3ULAIh1CwCNdQsA23ULAOF1CwA28w8AO3YLAIF2CwCGdgsA1HYLAN52CwAndwsAL3cLAHp3CwCGdwsAzXcLAOB3CwAgeAsALngLAHN4CwB2eAsAxngLANB4CwCJ8w8ALHkLAGx5CwB6eQsAv3kLAMJ5CwASegsAHHoLANzzDwBqegsAuHoLAHN6CwCMmAsAwHoLAAt7CwAXewsAXnsLAGR7CwCxewsAcXsLAEeWCwC3ewsABHwLAAl8CwBXfAsAXXwLAC/0DwCwfAsA/XwLAAJ9CwBQfQsAVn0LAIL0DwCxfQsA9n0LABF+CwBJfgsAVX4LAJx+CwCjfgsA1fQPAPh+CwBCfwsAT38LAJV/CwChfwsA6H8LAPt/CwA7gAsAPIALAI6ACwCagAsA4YALAPCACwA0gQsAPoELAIeBCwCTgQsA2oELAOGBCwAo9Q8AM4ILAICCCwCGggsA04ILANiCCwAmgwsALIMLAM71DwCCgwsAzIMLANmDCwAfhAsAI4QLAHKECwB0hAsAxYQLANKECwAYhQsAIoULACH2DwByhQsAvoULAMaFCwARhgsAHYYLAGSGCwB3hgsAt4YLAMaGCwAKhwsAFocLAF2HCwBehwsAsIcLALqHCwADiAsAEYgLAFaICwBbiAsAqYgLALaICwB09g8ACIkLAE+JCwBViQsAookLAKiJCwD1iQsA+okLAEiKCwBOigsAx/YPAKCKCwDuigsA+IoLAG33DwBJiwsAlIsLAKGLCwDniwsA7IsLADqMCwBEjAsAjYwLAJWMCwDgjAsA7IwLADONCwBGjQsAho0LAIeNCwDZjQsA5Y0LACyOCwA7jgsAf44LAImOCwDSjgsA2o4LACWPCwAnjwsAwPcPAIGPCwDLjwsA2o8LAB6QCwAtkAsAcZALAH2QCwDEkAsAx5ALABeRCwAakQsAE/gPAGyRCwC9kQsAwJELABCSCwAYkgsAY5ILAHCSCwC2kgsAu5ILAAmTCwATkwsAXJMLAGSTCwCvkwsAu5MLAAKUCwAVlAsAVZQLAFaUCwColAsAtJQLAPuUCwAKlQsATpULAFiVCwChlQsArZULAPSVCwD7lQsAZvgPAFaWCwCalgsAppYLAO2WCwDulgsAQJcLAEqXCwCTlwsAoZcLAOaXCwDrlwsAOZgLAEaYCwC5+A8AnZgLAAz5DwDsmAsAMpkLAECZCwCFmQsAlpkLANiZCwD6mQsAX/kPADCaCwB+mgsAMZoLAKrPCwCGmgsA0ZoLANKaCwAInwsA1JoLAAGgCwDWmgsAD54LANeaCwBNoQsA2JoLABadCwDgmgsAJJsLAOqaCwA4pAsAKZsLAHebCwCEmwsAypsLANebCwAdnAsAKZwLAHCcCwB/nAsAw5wLAM2cCwCy+Q8AJJ0LAGmdCwBrnQsAvJ0LAM2dCwAF+g8AEJ4LAGKeCwBungsAtZ4LAMKeCwBY+g8AFp8LAFufCwBonwsArp8LAMWfCwCr+g8ACqALAJmiCwALoAsAVKALAFagCwCnoAsAraALAPqgCwAEoQsA/voPAFmhCwCgoQsAoqELAPOhCwACogsARqILAFGiCwBR+w8AqKILAOyiCwD7ogsAP6MLAEujCwCSowsAnqMLAOWjCwDsowsApPsPAESkCwCLpAsAk6QLAPf7DwD3pAsAMaULAEKlCwCEpQsAkKULAEr8DwDepQsAKqYLADKmCwB9pgsAfqYLANCmCwDWpgsAI6cLACinCwB2pwsAd6cLAMmnCwDVpwsAHKgLACKoCwBvqAsAeagLAMKoCwDQqAsA8q0LANaoCwAVqQsAHakLAJ38DwB4qQsAu6kLAMOpCwAOqgsAF6oLAGGqCwAbqgsA+awLAG6qCwC0qgsAu6oLAAerCwATqwsAWqsLAGqrCwCtqwsAu6sLAACsCwANrAsAU6wLAF+sCwCmrAsArawLAPD8DwACrQsATK0LAF2tCwCfrQsAsK0LAEP9DwD+rQsARa4LAEiuCwCYrgsAoK4LAOuuCwDwrgsAPq8LAE6vCwCRrwsAma8LAOSvCwDtrwsAN7ALAPGvCwDPsgsARLALAIqwCwCRsAsA3bALAOmwCwAwsQsAQLELAIOxCwCRsQsA1rELAOOxCwApsgsANbILAHyyCwCDsgsAlv0PANiyCwAiswsAM7MLAHWzCwCGswsA6f0PAM2zCwAbtAsAKLQLAG60CwB6tAsAwbQLAMu0CwAUtQsAKLULAGe1CwBotQsAurULAMa1CwANtgsALLYLAGC2CwBotgsAs7YLALi2CwAGtwsAH7cLAFm3CwCCtwsArLcLALi3CwD/twsADrgLAFK4CwBcuAsApbgLAK24CwD4uAsAA7kLAEu5CwBNuQsAnrkLAKG5CwDxuQsA+bkLAES6CwBRugsAl7oLAJy6CwDqugsA8roLAD27CwA/uwsAkLsLAJq7CwDjuwsA7bsLADa8CwA8vAsAibwLAJe8CwDcvAsA9bwLAC+9CwA4vQsAgr0LAIy9CwDVvQsA4b0LADz+DwA0vgsAe74LAIW+CwDOvgsA2b4LACG/CwAmvwsAdL8LAHu/CwDHvwsAz78LABrACwBEwAsAj/4PAHTACwDAwAsAyMALABPBCwA9wQsAZsELAGvBCwC5wQsAusELAAzCCwAWwgsAX8ILAG3CCwCywgsAt8ILAAXDCwASwwsAWMMLAHTDCwCrwwsAx8MLAOL+DwALxAsAUcQLAFXECwCkxAsAqsQLAPfECwD5xAsASsULAEvFCwCdxQsAwMULAPDFCwAUxgsAQ8YLAG3GCwCWxgsAnsYLAOnGCwDuxgsAPMcLAEnHCwCPxwsAl8cLAOLHCwDkxwsANcgLAD3ICwCIyAsAssgLANvICwDoyAsALskLADPJCwCByQsAjskLANTJCwDgyQsAJ8oLAFHKCwB6ygsAgsoLAM3KCwDoygsAIMsLACLLCwBzywsAhMsLAMbLCwDPywsAGcwLACXMCwA1/w8AecwLAL/MCwDazAsAEs0LABfNCwBlzQsAhc0LALjNCwDEzQsAC84LABPOCwCI/w8AbM4LALHOCwC7zgsABM8LAA/PCwBXzwsAX88LAC4AEACzzwsA/c8LAAfQCwBQ0AsAW9ALAKPQCwC30AsA9tALAAvRCwBJ0QsAUdELAJzRCwCz0QsA79ELAPTRCwBC0gsATNILAJXSCwCd0gsAgQAQAOrSCwA70wsATNMLAI7TCwCR0wsA4dMLAO3TCwDUABAAQtQLAIfUCwCY1AsAJwEQAN3UCwAt1QsAMNULAIDVCwCM1QsA09ULANnVCwAm1gsAMNYLAHoBEACG1gsAzNYLAOPWCwAf1wsAJ9cLAM0BEACC1wsAxdcLANHXCwAY2AsAHtgLAGvYCwB32AsAvtgLAHnYCwC/EQ4Ay9gLABHZCwAg2QsAZNkLAHDZCwC32QsAv9kLACACEAAS2gsAXdoLAF/aCwCw2gsAv9oLAAPbCwAN2wsAVtsLAF/bCwCp2wsAq9sLAPzbCwAN3AsAT9wLAGTcCwCi3AsAqtwLAPXcCwAy3QsASN0LAFDdCwCb3QsAp90LAO7dCwAB3gsAQd4LAELeCwCU3gsAoN4LAOfeCwD23gsAOt8LAETfCwCN3wsAmd8LAODfCwDn3wsAxgIQAE/gCwAZAxAAieALANngCwDh4AsALOELADnhCwB/4QsAhOELANLhCwDc4QsAJeILAC3iCwB44gsAguILAK/mCwCI4gsAoegLAKLiCwDL4gsA1eILAB7jCwDb4gsAveQLACTjCwBx4wsAeuMLAMTjCwDQ4wsAF+QLAEHkCwBq5AsAhuQLAL8DEAC/5AsAEOULACHlCwBj5QsAZuULALblCwDC5QsACeYLADPmCwBc5gsAeOYLABIEEAC15gsAAucLAAvnCwBV5wsAX+cLAKjnCwCz5wsA++cLAA/oCwBO6AsAaugLAGUEEACj6AsA9OgLAAXpCwBH6QsASukLAJrpCwCu6QsA7ekLAAnqCwC4BBAASOoLAAsFEACb6gsAXgUQAPLqCwA56wsAP+sLAIzrCwCS6wsA3+sLAOTrCwAy7AsAOOwLALEFEACP7AsA2OwLAODsCwBXBhAAMe0LAH7tCwCG7QsA0e0LAN7tCwAk7gsAMO4LAHfuCwB57gsAyu4LANDuCwAd7wsAJe8LAHDvCwCC7wsAqgYQANDvCwAW8AsAHfALAGnwCwBx8AsAvPALAMHwCwAP8QsAH/ELAGLxCwBq8QsAtfELAMPxCwAI8gsAFfILAFvyCwBc8gsArvILALfyCwAB8wsAC/MLAP0GEABZ8wsAp/MLALPzCwD68wsA/fMLAE30CwBV9AsAoPQLAK30CwDz9AsA+PQLAEb1CwBQ9QsAmfULAKH1CwDs9QsA+PULAD/2CwBS9gsAkvYLAKD2CwDl9gsA6PYLADj3CwBC9wsAUAcQAJT3CwDe9wsA6/cLADH4CwA7+AsAhPgLAJL4CwDX+AsA7fgLACr5CwA2+QsAffkLAIn5CwDQ+QsA4/kLACP6CwAy+gsAdvoLAIL6CwDJ+gsAyvoLABz7CwAm+wsAb/sLAH37CwDC+wsAx/sLABX8CwAi/AsAowcQAHb8CwC7/AsA0fwLAA79CwAa/QsAYf0LAGj9CwC0/QsAvP0LAAf+CwAM/gsAWv4LAGP+CwCt/gsAt/4LAAD/CwAI/wsAU/8LAFf/CwCm/wsAqP8LAPn/CwAHAAwATAAMAFYADACfAAwArQAMAPIADAD/AAwARQEMAFwBDACYAQwAoAEMAOsBDAD7AQwAPgIMAEMCDACRAgwAlwIMAOQCDADsAgwANwMMADwDDACKAwwAiwMMAN0DDADpAwwAMAQMADYEDACDBAwAhQQMANYEDADgBAwAKQUMADcFDAB8BQwAgQUMAM8FDADcBQwAnAgQADkGDAB1BgwAewYMAMgGDADUBgwAGwcMADIHDABuBwwAcAcMAMEHDADLBwwAFAgMACAIDABnCAwAcwgMALoIDADACAwADQkMABMJDABgCQwAZQkMALMJDAC5CQwA7wgQAAkKDABv7Q0AEQoMAFkKDABaCgwArAoMALYKDAD/CgwALwsMAEIJEABVCwwApQsMAK8LDACVCRAAAQwMAEsMDABhDAwAngwMALQMDADxDAwA8wwMAEQNDABKDQwAlw0MAKsNDAA7ChAA8g0MAD0ODAAGDgwAGGIQAEMODABlGQ0ATQ4MAJAODABWDgwAeXUNAJIODADjDgwA8Q4MADYPDABHDwwAjgoQAJAPDADhChAA5Q8MAEz5DADoDwwALxAMADIQDACCEAwAixAMANUQDADmEAwAKBEMADIRDAB7EQwAgxEMAM4RDACXEQwA0EUNANERDAAhEgwAKhIMAHQSDACKEgwAxxIMAN0SDAAaEwwAHBMMAG0TDABzEwwAwBMMANQTDAA0CxAAPhQMAGYUDACRFAwAhwsQAL8UDAB+5gwAxRQMAFgWDADGFAwAHegMAMgUDAAk5wwAyRQMAAwVDAAOFQwAXxUMAG0VDACyFQwAwxUMANoLEAANFgwALQwQAF4WDACrFgwAsRYMAP4WDAADFwwAURcMAFcXDACADBAAsBcMAPcXDAD/FwwAJg0QAFYYDACdGAwApxgMAPAYDAD5GAwAQxkMAEQZDACWGQwAnhkMAOkZDADuGQwAPBoMAEwaDADMDRAAmxoMAOIaDADkGgwANRsMADsbDACIGwwAjxsMANsbDADgGwwALhwMADIcDACBHAwAjhwMANQcDADcHAwAJx0MACwdDAB6HQwAih0MAB8OEADeHQwAIB4MACweDABzHgwAgh4MAMYeDADQHgwAGR8MACcfDABsHwwAeR8MAL8fDADWHwwAcg4QABUgDAAYDxAAaCAMALggDABsIAwAoR8QAMAgDAALIQwANiEMAF4hDACJIQwAsSEMANwhDABrDxAADSIMAFciDABYIgwAqiIMALkiDAD9IgwAwCIMAJwkDAAOIwwAUCMMAFIjDACjIwwApiMMAPYjDAD5IwwASSQMAFEkDABkEBAAoSQMAO8kDAD2JAwAQiUMAEslDACVJQwApiUMAOglDAD0JQwAOyYMAEMmDAC3EBAAlCYMAOEmDADoJgwANCcMADknDACHJwwAiycMANonDADnJwwALSgMADwoDACAKAwAkSgMANMoDADVKAwAJikMACkpDAB5KQwAfCkMAMwpDADUKQwAChEQACQqDAA8bQwAKioMABT6DQArKgwAcioMAHUqDADFKgwAzyoMAF0REAAhKwwAaysMAHorDAC+KwwAzSsMABEsDAAdLAwAZCwMAGcsDAC3LAwAuiwMALAREAANLQwAXS0MAIgtDAADEhAAuC0MAFYSEAALLgwAqRIQAF4uDAD8EhAAri4MAPwuDAAJLwwATy8MAFIvDACiLwwApy8MAPUvDAAGMAwASDAMAFQwDABPExAAoDAMAO4wDAD/MAwAQTEMAE0xDACUMQwArjEMAOcxDADrMQwA2TMMAO4xDAAeNgwA8TEMAGo3DADzMQwA0jQMAPUxDADgMgwA+DEMADoyDAA/MgwAjTIMAKQyDACiExAA7TIMADMzDABDMwwAhjMMAIszDAD1ExAA2zMMACw0DAAyNAwAfzQMAIw0DABIFBAA2DQMACU1DAArNQwAeDUMAH01DADLNQwA0TUMAJsUEAAqNgwAcTYMAIo2DADENgwAzTYMABc3DAAuNwwA7hQQAHA3DAC9NwwAvzcMABA4DAAfOAwAYzgMAG84DABBFRAAuDgMAAk5DAAaOQwAXDkMAGo5DACvOQwAtjkMAAI6DAAEOgwAVToMAF86DACoOgwAtjoMAPs6DAAAOwwATjsMAFs7DAChOwwAqTsMAPQ7DAD4OwwARzwMAEk8DACaPAwAoDwMAO08DAD6PAwAlBUQAE09DACTPQwAqj0MAOY9DAACPgwA5xUQAEU+DACMPgwAjT4MAN8+DADlPgwAMj8MAD4/DACFPwwAlD8MANg/DADaPwwAK0AMADVADAB+QAwAjEAMANFADADWQAwAJEEMADFBDAB3QQwAf0EMAMpBDADOQQwAHUIMAB9CDABwQgwAdkIMAMNCDADQQgwAOhYQACNDDABpQwwAgEMMALxDDADYQwwAjRYQABhEDABiRAwAcEQMALVEDAC/RAwACEUMABRFDABbRQwAXkUMAK5FDADKRQwAAUYMAAlGDADgFhAAYEYMAKdGDACqRgwA+kYMAARHDADZFxAAVkcMAKBHDACuRwwA80cMAP1HDABGSAwAUkgMAJlIDAChSAwAfxgQAO5IDAA/SQwATUkMAJJJDACjSQwA0hgQAOxJDAAlGRAAPUoMAItKDACTSgwA3koMAORKDAAxSwwAOksMAIRLDACRSwwAyxkQANxLDAAqTAwA40sMAMlNDAAzTAwAfUwMAIdMDADQTAwA2EwMACNNDABkTQwAdk0MAH5NDAAeGhAAz00MABxODAAiTgwAb04MAHdODADCTgwAA08MABVPDAAdTwwAcRoQAHBPDADEGhAAxE8MAA5QDAAcUAwAYVAMAGtQDAC0UAwAwFAMAAdRDAAKUQwAWlEMAGJRDABqGxAAuVEMAABSDAADUgwAU1IMAF1SDAC9GxAArlIMABAcEAAHUwwATFMMAF1TDACfUwwAq1MMAPJTDAD1UwwAYxwQAIhUDACYVAwA21QMALYcEAD7VAwAPlUMAEBVDACRVQwAn1UMAORVDAD1VQwACR0QAFNWDACKVgwAklYMAFwdEADjVgwABMgMAPBWDAAwVwwAP1cMAINXDACPVwwA1lcMANdXDAApWAwAM1gMAHxYDACKWAwAz1gMANRYDAAiWQwAL1kMAK8dEACDWQwAyFkMANVZDAAbWgwAI1oMAAIeEAB6WgwAwVoMAOpaDAAUWwwAIFsMAGdbDAB2WwwAulsMAMRbDAANXAwAG1wMAGBcDABlXAwAs1wMAMBcDAAGXQwADl0MAFldDABnXQwArF0MALldDAD/XQwAB14MAFUeEABUXgwALXQNAGBeDAClXgwAr14MAPheDAAEXwwAS18MAFJfDACeXwwApl8MAPFfDAD1XwwARGAMAFJgDACXYAwAoWAMAOpgDAD1YAwAPWEMAEVhDACQYQwAkmEMAONhDADrYQwANmIMAENiDACJYgwAjmIMANxiDADpYgwAL2MMAE1jDACCYwwAsWMMANVjDADhYwwAKGQMAC5kDAB7ZAwAgGQMAM5kDADWZAwAIWUMAC1lDAB0ZQwAh2UMAMdlDADVZQwAGmYMACRmDABtZgwAdWYMAMBmDADPZgwAE2cMABhnDABmZwwAbWcMALlnDADFZwwADGgMAChoDABfaAwAZ2gMAKgeEAC0aAwABWkMABNpDABYaQwAZWkMAKtpDAC5aQwA/mkMAAtqDABRagwAaGoMAKRqDACsagwA92oMAAVrDABKawwAV2sMAJ1rDAClawwATh8QAP5rDABDbAwARGwMAPQfEACibAwA6WwMAPBsDABHIBAAQ20MAI9tDACUbQwAmiAQAOptDADtIBAAPW4MAIhuDAB6bgwAFogOAIluDACIwQwAi24MAHrDDACRbgwA224MAJJuDAA8wAwAmG4MAIHCDADobgwALm8MADlvDACBbwwAg28MANRvDADhbwwAJ3AMAC5wDAB6cAwAi3AMAM1wDADZcAwAIHEMACdxDABzcQwAe3EMAEAhEADMcQwAGXIMAB9yDABscgwAcXIMAL9yDADFcgwAkyEQAB5zDABlcwwAb3MMALhzDAC8cwwAC3QMABd0DABedAwAanQMALF0DAC+dAwABHUMAAx1DABXdQwAYXUMAKp1DAC2dQwA/XUMAAB2DABQdgwAWnYMADkiEACldgwA9nYMAPl2DABJdwwATHcMAN8iEACkdwwAMiMQAP13DABCeAwAQ3gMAIUjEACdeAwA2CMQAO14DAA7eQwAQnkMAI55DACTeQwAKyQQAOl5DAB+JBAAPHoMAId6DACRegwA2noMAOV6DAAtewwAO3sMAIB7DACDewwA03sMANt7DAAmfAwAMHwMAHl8DACFfAwAzHwMAM98DAAffQwAKX0MANEkEACAfQwAxX0MANt9DAAYfgwAJH4MAGt+DAByfgwAvn4MAMZ+DAARfwwAFn8MAGR/DABtfwwAt38MAMF/DAAKgAwAEoAMAF2ADABfgAwAsIAMAMCADAADgQwADYEMAFaBDABigQwAqYEMAK+BDAD8gQwABIIMAHclEABdggwAooIMAKOCDADKJRAA+oIMAB0mEABKgwwAm4MMAJyDDADugwwA8YMMAEGEDABMhAwAlIQMAJmEDADnhAwA8YQMAHAmEABehQwAjYUMAJWFDADDJhAA4oUMADOGDABEhgwAhoYMAJeGDADZhgwA3IYMABYnEAAyhwwAf4cMAISHDADShwwA1YcMACWIDAAoiAwAeIgMAICIDABpJxAA2YgMAB6JDAAhiQwAcYkMAHyJDADEiQwA0IkMABeKDAAeigwAaooMAHKKDAC9igwAy4oMABCLDAAdiwwAY4sMAGuLDAC8JxAAwosMAAmMDAAMjAwAXIwMAGaMDACvjAwAt4wMAA8oEAAOjQwAVY0MAFuNDACojQwAso0MAPuNDAAPjgwATo4MAFaODABiKBAAro4MAPSODAD8jgwAR48MAEqPDACajwwApo8MAO2PDAD3jwwAQJAMAEmQDACTkAwAlJAMAOaQDAD+kAwAOZEMADuRDACMkQwAnZEMAN+RDADwkQwAMpIMADqSDACFkgwAlJIMANiSDADakgwAK5MMADyTDAB+kwwAj5MMANGTDADqkwwAJJQMACaUDAB3lAwAhpQMAMqUDADqlAwACCkQAB+VDABwlQwAkJUMAMOVDADXlQwAVCoQAB6WDABplgwAdpYMALyWDADBlgwAD5cMABmXDABilwwAapcMALWXDAC7lwwACJgMABGYDABbmAwAaJgMAKcqEAC6mAwAAZkMAAeZDABUmQwAWpkMAKeZDACwmQwA+pkMAPuZDABNmgwAV5oMAKCaDACsmgwA85oMAPqaDAD6KhAATpsMAE0rEAChmwwAoCsQAPSbDADzKxAAS5wMAJKcDACinAwA5ZwMAOqcDAA4nQwAPp0MAIudDACXnQwA3p0MAOadDABGLBAAQp4MAISeDACVngwA154MAOmeDAAqnwwAMp8MAH2fDACInwwA0J8MANWfDAAjoAwAKKAMAHagDACWoAwAmSwQANmgDAAcoQwAJqEMAG+hDAB7oQwAwqEMAMihDAAVogwAHaIMAGiiDABqogwAu6IMAHSiDAA+qAwAzKIMAA6jDAAfowwAYaMMAHOjDAC0owwAvKMMAAekDAASpAwAWqQMAF+kDACtpAwAsqQMAAClDAAgpQwA7CwQAFWlDACmpQwAtaUMAPmlDAAEpgwATKYMAF6mDACfpgwAp6YMAPKmDAD9pgwARacMAEqnDACYpwwAnacMAOunDAALqAwAPy0QAECoDACRqAwAoKgMAOSoDADvqAwAN6kMAEmpDACKqQwAkqkMAN2pDADoqQwAMKoMADWqDACDqgwAiKoMANaqDAD2qgwAki0QADarDAB8qwwAk6sMAOUtEADcqwwAIqwMADmsDAA4LhAAgqwMAMisDADPrAwAG60MACmtDABurQwAe60MAMGtDADYrQwAiy4QAByuDADeLhAAaa4MALquDADIrgwADa8MAB6vDAAxLxAAba8MALOvDADKrwwAhC8QABCwDABZsAwAZbAMAKywDACvsAwA/7AMAAmxDADXLxAAbrEMACowEACtsQwAfTAQAACyDABLsgwATLIMANy1DABOsgwA6rMMAFKyDACrvAwAVbIMAJ6yDABasgwAzrcMAFuyDADVtgwAo7IMAAW8DACqsgwA8bIMAPSyDABEswwATrMMANAwEACfswwAIzEQAPOzDAA9tAwACrQMALm6DABLtAwAkLQMAJq0DADjtAwA77QMADa1DAA5tQwAibUMAJG1DAB2MRAA3rUMAC+2DAAytgwAgrYMAIW2DADJMRAA17YMACi3DAA2twwAe7cMAIy3DABvMhAA0LcMACG4DAAuuAwAdLgMAIO4DADHuAwA07gMABq5DAAruQwAbbkMAH65DADAuQwAzLkMABO6DAAaugwAZroMAG66DAAVMxAAx7oMAAy7DAANuwwAaDMQAGu7DACyuwwAubsMALszEAAMvAwAWLwMAF28DABhNBAAtLwMAP68DAAEvQwAUb0MAFO9DACkvQwArr0MAPe9DAAFvgwASr4MAE++DACdvgwAqr4MAPC+DAAIvwwAQ78MAFm/DACWvwwAmb8MAOm/DADxvwwABzUQAEjADACPwAwAksAMAOLADADswAwAWjUQAD3BDACtNRAAisEMANvBDADewQwALsIMADHCDAAANhAAg8IMANTCDADiwgwAJ8MMADjDDACmNhAAg8MMAM3DDADbwwwAIMQMAObDDABSUA4AKsQMAHPEDAB/xAwAxsQMAMnEDAAZxQwAIcUMAEw3EACGxQwAnzcQANnFDAASxgwALMYMAPI3EABqxgwAScoMAHPGDADvygwAdcYMALjGDAC6xgwAC8cMABnHDABexwwAb8cMAEU4EAC4xwwAmDgQAArIDABXyAwAXMgMAKrIDACwyAwA6zgQAAPJDABQyQwAVckMAKPJDAC5yQwA9skMAP7JDACRORAAacoMAJzKDACkygwA5DkQAAbLDABCywwAT8sMAJXLDACaywwA6MsMAO7LDAA7zAwAR8wMAI7MDACVzAwA4cwMAOnMDAA0zQwAV80MAIo6EACUzQwA2s0MAOnNDAAtzgwAL84MAIDODACJzgwA084MAOrODAAmzwwAMc8MAHnPDACDzwwAzM8MANTPDAAwOxAAJdAMAHLQDAB40AwAxdAMAMrQDAAY0QwAHtEMAIM7EACN0QwAvtEMAMbRDAApPBAAGtIMAGTSDABl0gwAt9IMAL/SDAAK0wwAFdMMAF3TDABi0wwAsNMMALXTDAAD1AwAI9QMAHw8EABc1AwAqdQMALDUDAD81AwAAdUMAE/VDABT1QwAotUMAK/VDAD11QwA/dUMAEjWDABT1gwAm9YMAKDWDADu1gwA89YMAEHXDABh1wwAzzwQAKPXDADn1wwA8tcMADrYDABC2AwAjdgMAJDYDADg2AwAl9gMAMvbDADs2AwAM9kMAD3ZDACG2QwAj9kMANnZDADa2QwALNoMADTaDAB/2gwAitoMANLaDADX2gwAJdsMACrbDAB42wwAmNsMACI9EADX2wwAHtwMACDcDABx3AwAd9wMAMTcDADL3AwAF90MABzdDABq3QwAbt0MAL3dDADK3QwAEN4MABjeDABj3gwAbt4MALbeDAC73gwACd8MAA7fDABc3wwAfN8MAHU9EAC33wwAyD0QAAzgDABV4AwAXuAMAKjgDACu4AwA++AMAAfhDABO4QwAbOEMAKHhDACi4QwA9OEMAPbhDABH4gwAVOIMAJriDACo4gwA7eIMAPziDABA4wwAXOMMAJPjDACb4wwAbj4QAPnjDAA55AwAOuQMAIzkDACY5AwA3+QMAO7kDAAy5QwAPOUMAIXlDACR5QwA2OUMAN/lDADBPhAAM+YMABQ/EACH5gwA0eYMAN7mDABnPxAAKecMAHfnDACE5wwAyucMANTnDAC6PxAAH+gMAHDoDACG6AwAw+gMAM/oDAANQBAAHukMAGD7DQA06QwAaekMAIfpDAC86QwAxOkMAA/qDADe6QwAZB4OABDqDACu6wwAEuoMAPrsDAAb6gwAtx4OAB/qDABi6gwAZOoMALXqDADD6gwACOsMABnrDABgQBAAY+sMALNAEACw6wwAAewMAATsDABU7AwAV+wMAAZBEACv7AwAWUEQAATtDACSQg0AGu0MAE3tDABb7QwAoO0MAKHtDACsQRAA++0MAP9BEABp7gwAUkIQAKbuDADs7gwA+u4MAD/vDABJ7wwAku8MAJrvDADl7wwA5u8MAML0DAAA8AwAffIMAA7wDAA48AwAQfAMAIvwDACM8AwA3vAMAOzwDAAx8QwAO/EMAITxDACQ8QwA1/EMAN3xDAAq8gwARvIMAKVCEACL8gwA0PIMAN3yDAAj8wwALfMMAHbzDAB48wwAyfMMAODzDAAc9AwAKPQMAG/0DACL9AwA+EIQANP0DAAV9QwAF/UMAGj1DABy9QwAu/UMAMv1DAAO9gwAE/YMAGH2DABn9gwAtPYMAMr2DAAH9wwAD/cMAFr3DABd9wwArfcMALb3DAAA+AwADvgMAFP4DABd+AwApvgMALL4DAD5+AwAFfkMAEtDEABZ+QwAn/kMAKf5DADy+QwA9fkMADBQDQAC+gwARfoMAEf6DAA3Tw0AU/oMAJj6DACl+gwA6/oMAPn6DAA++wwAQfsMAJH7DACc+wwA5PsMAPD7DAA3/AwAPvwMAIr8DACS/AwA3fwMAN/8DAAw/QwAQP0MAIP9DACN/QwA1v0MAOL9DAAp/gwAL/4MAHz+DACE/gwAnkMQANH+DAAi/wwAMP8MAHX/DACC/wwAyP8MANT/DAAbAA0AIQANAG4ADQBxAA0AwQANAMkADQAUAQ0AFgENAPEFDQAXAQ0AswINACQBDQBnAQ0AaQENAHsKDQBsAQ0AugENAMMBDQANAg0AGgINAGACDQBnAg0A8UMQALwCDQDjBw0AvQINAFIEDQDTAg0ABgMNABQDDQBZAw0AWgMNAEREEAC4Aw0A/wMNAAYEDQCXRBAAVAQNAKUEDQCrBA0A+AQNAAIFDQBLBQ0AVwUNAJ4FDQClBQ0A6kQQAAoGDQBEBg0ASQYNAJcGDQCdBg0A6gYNAPQGDQA9Bw0ASQcNAJAHDQCXBw0APUUQAPIHDQA2CA0ARQgNAIkIDQCVCA0A3AgNAN8IDQAvCQ0AMgkNAIIJDQCSCQ0A1QkNAN4JDQAoCg0AOQoNAJBFEACJCg0AzgoNAN8KDQDjRRAAKAsNADZGEAB8Cw0AxwsNAMkLDQCkEA0AygsNAGYNDQDXCw0AGgwNABwMDQAuFQ0AHwwNAG0MDQB2DA0AwAwNAM0MDQATDQ0AGg0NAIlGEABvDQ0AlhINAHANDQAFDw0Ahg0NALkNDQDHDQ0ADA4NAA0ODQDcRhAAaw4NALIODQC5Dg0AL0cQAAcPDQBYDw0AXg8NAKsPDQC1Dw0A/g8NAAoQDQBREA0AWBANAIJHEAC9EA0A9xANAPwQDQBKEQ0AUBENAJ0RDQCnEQ0A8BENAPwRDQBDEg0AShINANVHEAClEg0A6RINAPgSDQA8Ew0ASBMNAI8TDQCSEw0A4hMNAOUTDQA1FA0ARRQNAIgUDQCRFA0A2xQNAOwUDQAoSBAAPBUNAIEVDQCSFQ0Ae0gQANsVDQDOSBAALxYNAHoWDQCxFg0AzRYNANUWDQAgFw0AMBcNAHMXDQB1Fw0AxhcNANQXDQAZGA0AKhgNACFJEAByGA0AvxgNAMsYDQB0SRAAPhkNABpKEABuGQ0AuBkNAMUZDQALGg0AJxoNAF4aDQBmGg0AbUoQAMIaDQAEGw0ABhsNAFcbDQBYGw0AqhsNAK0bDQD9Gw0ACRwNAFAcDQBXHA0AoxwNAL8cDQD2HA0A/hwNABNLEABWHQ0AnB0NAKwdDQDvHQ0A9B0NAEIeDQByHg0AZksQAJseDQC5SxAA8B4NADsfDQA8Hw0ATygNAEEfDQAGog4ARR8NAI4fDQBHHw0AxSMNAEsfDQAmIg0AWR8NAI0rDQCTHw0AkZoOAJkfDQC0lQ4Amh8NAOEfDQDkHw0ANCANAD4gDQAMTBAAjyANANogDQDgIA0ALSENADYhDQCAIQ0AjSENANMhDQDvIQ0AX0wQACgiDQB5Ig0AKyINAJelDgCHIg0AzCINAN0iDQCyTBAAJSMNAHIjDQB+Iw0ABU0QAMsjDQAYJA0AHiQNAGskDQBwJA0AviQNAMQkDQD+TRAAGCUNAPdOEABpJQ0AtyUNAL8lDQAKJg0AFiYNAF0mDQBwJg0AsCYNALwmDQADJw0AEicNAFYnDQBfJw0AqScNALMnDQD8Jw0ACCgNAJ1PEABgKA0AoigNAK4oDQD1KA0A9ygNAEgpDQBLKQ0AmykNAKcpDQDuKQ0A9ikNAPBPEABNKg0AlCoNAKQqDQDnKg0A8yoNADorDQBAKw0AQ1AQAK8rDQDgKw0A6CsNADMsDQBbLA0AhiwNAJEsDQDZLA0A5SwNACwtDQA9LQ0Afy0NAIAtDQCWUBAA2C0NACUuDQAyLg0A6VAQAIUuDQDLLg0A4i4NAB4vDQBOLw0AcS8NAHkvDQDELw0Azi8NABcwDQAjMA0AajANAG0wDQC9MA0AxzANADxREAAYMQ0AYzENAGkxDQC2MQ0AvzENAAkyDQAWMg0AXDINAHgyDQCPURAAsTINAAIzDQC2Mg0A+j8NAA8zDQBVMw0AXDMNAKgzDQCqMw0A+zMNAAE0DQBONA0AVTQNAKE0DQC5NA0A9DQNAPk0DQBHNQ0AADUNAO01DQBQNQ0AmjUNAKQ1DQDiURAA8zUNAEA2DQBGNg0AkzYNAJg2DQDmNg0A7DYNADVSEAA6Nw0AjDcNAJ03DQDfNw0A6zcNADI4DQA8OA0AhTgNAJE4DQDYOA0A3zgNAIhSEAAtOQ0AfjkNADY5DQBDsQ4AgTkNANE5DQDxOQ0AJDoNACw6DQDbUhAAiDoNAMo6DQDROg0AHTsNACU7DQBwOw0AczsNAA89DQCAOw0AwzsNAMU7DQAWPA0AJDwNAGk8DQB6PA0ALlMQAMM8DQCBUxAAGD0NAGI9DQBxPQ0AtT0NAMQ9DQAIPg0AFD4NAFs+DQBePg0Arj4NALE+DQABPw0AET8NAFQ/DQBdPw0Apz8NALg/DQDUUxAA/z8NAE1ADQBWQA0AoEANAKpADQDzQA0A+0ANAEZBDQBkQQ0AmUENALdBDQDsQQ0ACkINAD9CDQBdQg0AJ1QQAJlCDQDlQg0A6kINADhDDQDxQg0AMUQNAEFDDQCLQw0AlUMNAN5DDQD6Qw0AelQQADdEDQCERA0AikQNANdEDQDzRA0AzVQQAFJFDQBzVRAApUUNAMZVEADYRQ0Av1YQADlGDQB2Rg0AeEYNAMlGDQDPRg0AHEcNADBHDQBvRw0Ad0cNAMJHDQDqRw0AElcQAB5IDQBoSA0AdUgNALtIDQDJSA0ADkkNABhJDQBhSQ0Ae0kNALRJDQDBSQ0AB0oNABNKDQBaSg0AZEoNAK1KDQC1Sg0AZVcQAAdLDQBTSw0AW0sNALhXEAB/Sw0AsVgQALJLDQD5Sw0AAEwNAExMDQBUTA0AC1gQAKFMDQDyTA0AA00NAEVNDQBNTQ0AmE0NAKJNDQDrTQ0A900NAD5ODQBBTg0AkU4NAJtODQAEWRAAAE8NAFdZEABFTw0Aik8NAJtPDQCqWRAA5E8NAP1ZEAA5UA0Ag1ANAJJQDQDWUA0A5VANAClRDQA1UQ0AfFENAH9RDQDPUQ0A0lENACJSDQAyUg0AdVINAH5SDQDIUg0A2VINAFBaEAAnUw0AblMNAHZTDQCjWhAAw1MNABRUDQDNUw0AulQNABdUDQBnVA0Ab1QNAPZaEADAVA0ADVUNABlVDQBgVQ0AaFUNAElbEAC/VQ0ABlYNAAlWDQBZVg0AY1YNAJxbEACxVg0A/1YNABVXDQBSVw0AU1cNAKVXDQC2Vw0A+FcNAARYDQBLWA0AVVgNAJ5YDQCqWA0A71sQAP1YDQBEWQ0AR1kNAJdZDQChWQ0AlVwQAO1ZDQA9Wg0AQFoNAJBaDQCcWg0A41oNAOlaDQA2Ww0AQFsNAOhcEACOWw0A3FsNAOlbDQAvXA0AMlwNAIJcDQCeXA0A1VwNAN1cDQA7XRAAMF0NAI5dEACDXQ0A4V0QANFdDQAhXg0A5V0NADsYDgBBXg0AdF4NAIheDQA0XhAA1F4NAIdeEAAbXw0AbV8NAHNfDQDAXw0AzF8NABNgDQAiYA0AZmANAGhgDQC5YA0Aw2ANAAxhDQAYYQ0AX2ENAGZhDQDaXhAAvmENAC1fEAANYg0AgF8QAFpiDQCrYg0AuWINAP5iDQAPYw0Aa2IQAFdjDQCkYw0AsGMNAL5iEAD9Yw0ASmQNAFBkDQCdZA0AomQNAPBkDQD2ZA0AZGMQAEZlDQCWZQ0AomUNAOllDQDvZQ0APGYNAEZmDQAKZBAAlGYNAOJmDQDvZg0ANWcNADhnDQCIZw0AnWcNANtnDQDjZw0AXWQQADZoDQCBaA0AjWgNANRoDQDaaA0AJ2kNAC1pDQB6aQ0Af2kNAM1pDQDTaQ0AT2YQAC9qDQBzag0AgmoNAMZqDQDPag0AGWsNAB9rDQBsaw0AcmsNAL9rDQDLaw0AEmwNABlsDQBlbA0AbWwNAPVmEADCbA0AC20NABZtDQBebQ0Aam0NALFtDQC3bQ0ABG4NAAxuDQBXbg0AY24NAKpuDQCwbg0A/W4NAANvDQBQbw0AVW8NAKNvDQCpbw0ASGcQAP1vDQBJcA0AV3ANAJxwDQCpcA0A73ANAAZxDQBCcQ0AXnENAJVxDQCdcQ0Am2cQAPtxDQA7cg0APXINAI5yDQCkcg0A4XINAOJyDQA0cw0ARXMNAIdzDQCTcw0A7mcQAPZzDQBBaBAAQ3QNAIB0DQCBdA0A03QNAOR0DQAmdQ0AMnUNAJRoEAB+dQ0AzHUNANJ1DQAfdg0AP3YNAHJ2DQB+dg0AxXYNAMx2DQDnaBAAHncNAGt3DQBwdw0AvncNAMR3DQA6aRAAJXgNAGR4DQBleA0At3gNAMN4DQAKeQ0AJnkNAF15DQBleQ0AM2oQALx5DQADeg0AH3oNAFZ6DQBeeg0A2WoQALV6DQD8eg0AAnsNAE97DQBVew0AonsNALp7DQD1ew0A/3sNAEh8DQBUfA0Am3wNAJ58DQDufA0A+HwNAEF9DQBZfQ0AlH0NAKR9DQDnfQ0A6X0NADp+DQBIfg0AjX4NAJ5+DQAsaxAA5n4NADN/DQA/fw0Af2sQAI5/DQAlbBAA5X8NACyADQAvgA0Af4ANAImADQB4bBAA1IANACWBDQAzgQ0AeIENAImBDQAebRAA0oENAHFtEAAmgg0AxG0QAHmCDQC9bhAAxoINABeDDQAkgw0AaoMNAHmDDQC9gw0Aw4MNABCEDQAchA0AY4QNAGWEDQC2hA0AwIQNAAmFDQAXhQ0AXIUNAGGFDQCvhQ0AvIUNAAKGDQAOhg0AVYYNAGiGDQCohg0At4YNAPuGDQAHhw0ATocNAE+HDQChhw0Aq4cNAPSHDQACiA0AR4gNAEyIDQCaiA0Ap4gNABBvEAD3iA0AQIkNAE6JDQCTiQ0AlokNAOaJDQD2iQ0AOYoNAEeKDQCMig0AmIoNAN+KDQDmig0AMosNADmLDQCFiw0AkYsNANiLDQDZiw0AK4wNADeMDQB+jA0Ai4wNANGMDQDYjA0AJI0NADCNDQB3jQ0AhI0NAMqNDQDZjQ0AHY4NADGODQBwjg0AfI4NAMOODQDWjg0AFo8NACWPDQBpjw0AdY8NALyPDQC9jw0AD5ANABmQDQBikA0AcJANALWQDQC6kA0ACJENABWRDQBjbxAAXJENAK6RDQC/kQ0AAZINAA+SDQBUkg0AY5INAKeSDQCpkg0A+pINAASTDQBNkw0AW5MNAKCTDQClkw0A85MNAACUDQBGlA0AVZQNAJmUDQCelA0A7JQNAPmUDQA/lQ0ASZUNAJKVDQCelQ0A5ZUNAPiVDQA4lg0AQpYNAIuWDQCXlg0A3pYNAPGWDQAxlw0AQJcNAISXDQCQlw0A15cNANiXDQAqmA0ANJgNAH2YDQCLmA0A0JgNANWYDQAjmQ0AMJkNALZvEAB7mQ0AyZkNANaZDQAcmg0AJpoNAG+aDQB1mg0AwpoNAMSaDQAVmw0AIpsNAGibDQBrmw0Au5sNAMmbDQAOnA0AGpwNAGGcDQBunA0AtJwNAL6cDQAHnQ0AFp0NAFqdDQBfnQ0ArZ0NALqdDQAAng0ADZ4NAFOeDQBfng0App4NALWeDQD5ng0AA58NAEyfDQBanw0An58NAKSfDQDynw0A/58NAEWgDQBRoA0AmKANAKugDQDroA0A+qANAD6hDQBKoQ0AkaENAJKhDQDkoQ0A7qENADeiDQBFog0AiqINAI+iDQDdog0A6qINAAlwEABDow0Ag6MNAJKjDQDWow0A4qMNACmkDQAqpA0AfKQNAIakDQDPpA0A3aQNACKlDQAnpQ0AdaUNAIKlDQBccBAA26UNABumDQAqpg0AbqYNAHqmDQDBpg0AwqYNABSnDQAepw0AZ6cNAHWnDQC6pw0Av6cNAA2oDQAaqA0Ar3AQAGKoDQCzqA0AwagNAAapDQATqQ0AWakNAGWpDQCsqQ0AsqkNAP+pDQAQqg0AUqoNAFSqDQClqg0ArqoNAPiqDQAFqw0AS6sNAFqrDQCeqw0AqasNAPGrDQD9qw0ARKwNAFesDQCXrA0ApqwNAOqsDQD2rA0APa0NAD6tDQCQrQ0Amq0NAOOtDQDxrQ0ANq4NADuuDQCJrg0Alq4NAAJxEADprg0AL68NAD2vDQCCrw0AjK8NANWvDQDjrw0AKLANACqwDQB7sA0AjLANAM6wDQDcsA0AIbENAFCxDQB0sQ0AdrENAMexDQDRsQ0AGrINACiyDQBtsg0AcrINAMCyDQDNsg0AE7MNAB+zDQBmsw0AebMNALmzDQDIsw0ADLQNABi0DQBftA0AYLQNALK0DQC8tA0ABbUNABO1DQBYtQ0AXbUNAKu1DQC4tQ0AVXEQAAC2DQBRtg0AU7YNAKS2DQCztg0A97YNAAa3DQBKtw0AVrcNAJ23DQCgtw0A8LcNAPO3DQBDuA0ASbgNAJa4DQCiuA0A6bgNAOy4DQA8uQ0AQbkNAI+5DQCYuQ0A4rkNAOi5DQA1ug0ARLoNAIi6DQCUug0A27oNAOu6DQAuuw0AMLsNAIG7DQCPuw0A1LsNAOW7DQCocRAALbwNAHq8DQCGvA0A+3EQAOC8DQAgvQ0AL70NAHO9DQB/vQ0Axr0NAMe9DQAZvg0AI74NAGy+DQB6vg0Av74NAMS+DQASvw0AH78NAE5yEABxvw0AuL8NAMK/DQALwA0ANMANAF7ADQBlwA0AscANAMrADQAEwQ0AE8ENAFfBDQBmwQ0AqsENAK/BDQD9wQ0ACsINAFDCDQBdwg0Ao8INAK/CDQD2wg0ABcMNAEnDDQBTww0AnMMNAKrDDQDvww0A9MMNAELEDQBPxA0AlcQNAKHEDQDoxA0A+8QNADvFDQBKxQ0AjsUNAJrFDQDhxQ0A4sUNADTGDQA+xg0Ah8YNAJXGDQDaxg0A38YNAC3HDQA6xw0AoXIQAJHHDQDTxw0A5McNACbIDQAyyA0AecgNAJDIDQDMyA0AzsgNAB/JDQAwyQ0AcskNAHXJDQDFyQ0Az8kNABjKDQAayg0Aa8oNAHXKDQC+yg0AysoNABHLDQAdyw0AZMsNAHfLDQC3yw0AxssNAArMDQAWzA0AXcwNAF7MDQCwzA0AuswNAAPNDQARzQ0AVs0NAFvNDQCpzQ0Ats0NAPRyEAD+zQ0AT84NAFnODQCizg0Aqs4NAEdzEAAIzw0ASM8NAFTPDQCbzw0Aqs8NAO7PDQD3zw0AQdANAEvQDQCU0A0AotANAOfQDQDs0A0AOtENAEfRDQCN0Q0AmdENAODRDQDz0Q0AM9INAELSDQCG0g0AktINANnSDQDa0g0ALNMNADbTDQB/0w0AjdMNANLTDQDX0w0AJdQNADLUDQCacxAAetQNAMvUDQDV1A0AHtUNACbVDQDtcxAAdtUNAMTVDQDa1Q0AF9YNABjWDQBq1g0Ae9YNAL3WDQDJ1g0AENcNABrXDQBj1w0AcdcNALbXDQC71w0ACdgNABbYDQBc2A0AaNgNAK/YDQDC2A0AAtkNABHZDQBV2Q0AYdkNAKjZDQCp2Q0A+9kNAAXaDQBO2g0AXNoNAKHaDQCm2g0A9NoNAAHbDQBAdBAASdsNAJrbDQCk2w0A7dsNAPXbDQCTdBAAVtwNAJPcDQCf3A0A5twNAOvcDQA53Q0AQt0NAIzdDQCW3Q0A390NAOvdDQAy3g0ARd4NAIXeDQCU3g0A2N4NAOTeDQAr3w0ALN8NAH7fDQCI3w0A0d8NAN/fDQAk4A0AKeANAHfgDQCE4A0A5nQQAMzgDQAd4Q0AJ+ENAHDhDQB44Q0AOXUQANDhDQAW4g0AJeINAGniDQB04g0AvOINAMjiDQAP4w0AHuMNAGLjDQCC4w0AteMNAMHjDQAI5A0AD+QNAFvkDQBp5A0AruQNALPkDQAB5Q0ADeUNAFTlDQBn5Q0Ap+UNALblDQD65Q0ABuYNAE3mDQBO5g0AoOYNAKrmDQDz5g0AAecNAEbnDQBL5w0AmecNAKbnDQCMdRAA7ucNAD/oDQBJ6A0AkugNAJroDQDfdRAAAukNADjpDQBJ6Q0Ai+kNAJfpDQDe6Q0A8ekNADHqDQBA6g0AhOoNAJDqDQDX6g0A2OoNACrrDQA06w0AfesNAIvrDQDQ6w0A1esNACPsDQAw7A0AMnYQAHjsDQDJ7A0A0+wNABztDQAk7Q0AhXYQAIztDQDC7Q0A0+0NABXuDQAh7g0AaO4NAHvuDQC77g0Ayu4NAA7vDQAa7w0AYe8NAGLvDQC07w0Avu8NAAfwDQAV8A0AWvANAF/wDQCt8A0AuvANANh2EAAC8Q0AU/ENAF3xDQCm8Q0ArvENACt3EAAK8g0ATPINAGDyDQCf8g0Ao/INAPLyDQD08g0ARfMNAFnzDQCY8w0Am/MNAOvzDQAI9A0APvQNAE/0DQCR9A0AnfQNAOT0DQD39A0AN/UNAEb1DQCK9Q0AlvUNAN31DQDe9Q0AMPYNADr2DQCD9g0AkfYNANb2DQDb9g0AKfcNADb3DQB+dxAAfvcNAM/3DQDZ9w0AIvgNACr4DQDRdxAAd/gNAMj4DQDW+A0AG/kNACz5DQAkeBAAdfkNAHd4EADJ+Q0AFnoQABr6DQBn+g0AbPoNALr6DQC++g0ADfsNABr7DQBpehAAY/sNAOMADgBs+w0As/sNAMb7DQAG/A0AB/wNAFn8DQBl/A0ArPwNALv8DQD//A0ACf0NAFL9DQBe/Q0Apf0NAKz9DQC8ehAAAP4NAEv+DQBN/g0A9wkOAE7+DQAoAw4AUf4NAJ7+DQBX/g0AbQUOAFj+DQDvaQ4Aqv4NAPH+DQAA/w0ARP8NAFD/DQCX/w0Apf8NAOr/DQAFAA4APQAOAEkADgCQAA4AlwAOAA97EADwAA4ANgEOADgBDgCJAQ4AigEOANwBDgDfAQ4ALwIOADoCDgCCAg4AhwIOANUCDgDfAg4AYnsQADUDDgB7Aw4AfQMOAM4DDgDPAw4AIQQOACQEDgB0BA4AfwQOAMcEDgDMBA4AGgUOACQFDgC1exAAgAUOAMAFDgDBBQ4AEwYOAB8GDgBmBg4AdQYOALkGDgDDBg4ADAcOABgHDgBfBw4AZgcOAAh8EAC6Bw4ABQgOAAcIDgBYCA4AZwgOAKsIDgC1CA4A/ggOAAcJDgBRCQ4AUwkOAKQJDgC1CQ4ArnwQAAYKDgBKCg4AVAoOAJ0KDgCmCg4A8AoOAPIKDgBDCw4AVAsOAJYLDgCeCw4A6QsOAAcMDgA8DA4ARAwOAI8MDgCbDA4A4gwOAPUMDgA1DQ4ANg0OAIgNDgCUDQ4A2w0OAOoNDgAuDg4AOA4OAIEODgCNDg4A1A4OANsODgABfRAAOA8OAHoPDgCLDw4AzQ8OANUPDgAgEA4AJxAOAHMQDgCBEA4AxhAOANYQDgAZEQ4AKREOAGwRDgCIEQ4AVH0QAMwRDgASEg4AKRIOAGUSDgBtEg4AuBIOAMYSDgALEw4AFRMOAF4TDgBqEw4AsRMOAMcTDgAEFA4ABxQOAFcUDgBzFA4Ap30QALoUDgD9FA4ABxUOAFAVDgBYFQ4AoxUOALIVDgD2FQ4A+xUOAEkWDgBWFg4AnBYOAKYWDgDvFg4A8RYOAEIXDgBQFw4AlRcOAKIXDgDoFw4A6xcOAPp9EABGGA4AjhgOAJgYDgDhGA4A6RgOADQZDgBDGQ4AhxkOAIwZDgDaGQ4A5xkOAC0aDgA3Gg4AgBoOAIIaDgDTGg4A4RoOACYbDgAzGw4AeRsOAHwbDgBNfhAAzxsOAB8cDgArHA4AchwOAHkcDgDFHA4AzRwOABgdDgAxHQ4Aax0OAH8dDgC+HQ4A2h0OABEeDgAZHg4A834QAGweDgBGfxAAxB4OAAofDgARHw4AXR8OAGUfDgCwHw4AtR8OAAMgDgATIA4AViAOAF4gDgCpIA4AtyAOAPwgDgAJIQ4ATyEOAFwhDgCiIQ4AriEOAPUhDgD7IQ4ASCIOAFAiDgCbIg4ApyIOAO4iDgABIw4AQSMOAFAjDgCUIw4AoCMOAOcjDgDoIw4AOiQOAEQkDgCNJA4AmyQOAOAkDgDlJA4AMyUOAEAlDgCZfxAAiSUOANklDgDjJQ4ALCYOAC4mDgB/Jg4AjiYOANImDgDyJg4AJScOAC0nDgB4Jw4AgicOAMsnDgDRJw4AHigOACAoDgBxKA4AgCgOAMQoDgDQKA4AFykOAB8pDgDsfxAAiCkOAL0pDgDbKQ4AP4AQACkqDgBjKg4AaCoOALYqDgDRKg4ACSsOABUrDgBcKw4AZCsOAJKAEADCKw4AAiwOABEsDgBVLA4AYSwOAKgsDgCpLA4A+ywOAAUtDgBOLQ4AXC0OAKEtDgCmLQ4A9C0OAAEuDgDlgBAASy4OAJouDgCcLg4A7S4OAPAuDgBALw4ASC8OAJMvDgCdLw4A5i8OAPEvDgA5MA4ARTAOAIwwDgCUMA4AOIEQAO0wDgAyMQ4AODEOAIUxDgCRMQ4A2DEOAOcxDgArMg4ANTIOAH4yDgCGMg4A0TIOAOAyDgAkMw4AJjMOAHczDgCAMw4AyjMOAM0zDgAdNA4AKTQOAHA0DgB4NA4Ai4EQANM0DgAWNQ4AHjUOAGk1DgBzNQ4AvDUOAMc1DgAPNg4AGzYOAGI2DgBqNg4A3oEQALo2DgAINw4AGTcOAFs3DgBsNw4ArjcOALM3DgABOA4ABTgOAFQ4DgBiOA4ApzgOALQ4DgD6OA4AETkOAE05DgBVOQ4AoDkOAKw5DgDzOQ4ABjoOAEY6DgBVOg4AmToOAKU6DgDsOg4A7ToOAD87DgBJOw4AkjsOAKA7DgDlOw4A6jsOADg8DgBFPA4AMYIQAJE8DgDePA4A7DwOADE9DgA+PQ4AhD0OAJs9DgDXPQ4A3z0OACo+DgA1Pg4AfT4OAH8+DgDQPg4A3T4OACM/DgAqPw4Adj8OAIc/DgDJPw4A1z8OABxADgApQA4Ab0AOAIZADgDCQA4AykAOABVBDgAaQQ4AaEEOAHhBDgC7QQ4Aw0EOAA5CDgAYQg4AYUIOAGxCDgC0Qg4AwEIOAAdDDgAPQw4A14IQAHNDDgCtQw4AskMOAABEDgAbRA4AU0QOAF9EDgCmRA4ArkQOACqDEAAMRQ4ATEUOAFtFDgCfRQ4Aq0UOAPJFDgDzRQ4ARUYOAE9GDgCYRg4ApkYOAOtGDgDwRg4APkcOAEtHDgB9gxAAmUcOAORHDgDmRw4AN0gOAERIDgCKSA4Aj0gOAN1IDgDnSA4AMEkOADtJDgCDSQ4Aj0kOANZJDgDcSQ4AKUoOADFKDgB8Sg4AiEoOAM9KDgDiSg4AIksOADFLDgB1Sw4AgUsOAMhLDgDJSw4AG0wOACVMDgBuTA4AfEwOAMFMDgDGTA4AFE0OACFNDgDQgxAAbE0OALpNDgDJTQ4ADU4OABxODgBgTg4AaU4OALNODgC5Tg4ABk8OAAxPDgBZTw4AZU8OAKxPDgCzTw4A/08OABtQDgAjhBAAXFAOAKVQDgCxUA4A+FAOAPtQDgBLUQ4AVVEOAHaEEACmUQ4AyYQQAPlRDgAchRAATFIOAG+FEACfUg4A6lIOAOtSDgBfWg4A91IOAD1TDgD+Ug4Ax1cOAAFTDgDbYA4AA1MOAGxkDgA+Uw4AkFMOAKZTDgDjUw4A61MOADZUDgA4VA4AzlYOAERUDgCJVA4AkVQOAMKFEACWVA4A3FQOAN9UDgAvVQ4AOVUOAIJVDgCEVQ4A1VUOAOZVDgAoVg4AOVYOAHtWDgCDVg4AFYYQANVWDgAhVw4AKFcOAHRXDgB8Vw4AaIYQAMlXDgAaWA4AIFgOAG1YDgB6WA4AwFgOAMhYDgATWQ4AFVkOAGZZDgBtWQ4AuVkOAMBZDgAMWg4AFFoOALuGEABsWg4AsloOALNaDgAFWw4AG1sOAFhbDgBgWw4Aq1sOAK1bDgBDXg4AuVsOAP5bDgAGXA4ADocQAAtcDgBRXA4AVFwOAKRcDgCuXA4A91wOAPlcDgBKXQ4AW10OAJ1dDgCuXQ4A8F0OAPhdDgBhhxAASl4OAJZeDgCdXg4A6V4OAPFeDgC0hxAARl8OAI9fDgCRXw4A4l8OAPNfDgA1YA4ARmAOAIhgDgCQYA4AB4gQAOBgDgBQaA4A52AOAC5hDgBEYQ4AgWEOAIlhDgDUYQ4A4mEOACdiDgA0Yg4AemIOAH1iDgDNYg4A12IOACBjDgAiYw4Ac2MOAIRjDgDGYw4A12MOABlkDgAhZA4AWogQAHVkDgC/ZA4AzGQOABJlDgAZZQ4AZWUOAHZlDgC4ZQ4AxGUOAAtmDgATZg4ArYgQAGtmDgCxZg4AtGYOAARnDgAOZw4AV2cOAFlnDgCqZw4Au2cOAP1nDgAOaA4AAIkQAFhoDgCjaA4AumgOAPZoDgACaQ4ASWkOAFNpDgCcaQ4ApGkOAFOJEADwaQ4AQmoOAFhqDgCVag4AnWoOAOhqDgD2ag4AO2sOAENrDgCmiRAASGsOAI5rDgCRaw4A4WsOAOtrDgA0bA4ANmwOAIdsDgCYbA4A2mwOAOtsDgAtbQ4ANW0OAPmJEACGbQ4A020OANhtDgAmbg4AQW4OAHluDgCHbg4AzG4OANNuDgAfbw4AK28OAHJvDgB4bw4AxW8OAMhvDgAYcA4AInAOAGtwDgBxcA4AvnAOAMBwDgARcQ4AG3EOAGRxDgBwcQ4At3EOAM5xDgAKcg4AHnIOAF1yDgB5cg4AsHIOALhyDgBMihAABXMOAFZzDgBkcw4AqXMOALpzDgCfihAAA3QOAPKKEABddA4AonQOAKx0DgD1dA4AAHUOAEh1DgBQdQ4Am3UOAKd1DgDudQ4AAXYOAEF2DgBQdg4AlHYOAKB2DgDndg4A6HYOADp3DgBEdw4AjXcOAJt3DgDgdw4A5XcOADN4DgBAeA4AmIsQAI54DgDZeA4A43gOACx5DgAxeQ4Af3kOAId5DgDSeQ4A2HkOACV6DgAxeg4AeHoOAH56DgDLeg4A1HoOAB57DgArew4AcXsOAHl7DgDEew4AxXsOABd8DgAZfA4AanwOAG18DgC9fA4AwHwOAD6MEAAmfQ4AY30OAGt9DgC2fQ4Awn0OAAl+DgAPfg4AXH4OAGJ+DgCvfg4AtH4OAFV/DgDbfg4AAn8OAAp/DgDkjBAAW38OADeNEAC+fw4A+38OAP1/DgBOgA4AW4AOAKGADgCogA4A9IAOAPyADgBHgQ4AV4EOAJqBDgCcgQ4A7YEOAPuBDgBAgg4AUYIOAN2NEACagg4AMI4QAPSCDgA5gw4AQ4MOAIyDDgCXgw4A34MOAOeDDgAyhA4APoQOAIWEDgCYhA4A2IQOAOaEDgArhQ4ANYUOAH6FDgCGhQ4A0YUOAOCFDgAkhg4AKYYOAHeGDgB+hg4AyoYOANaGDgDWjhAAWIcOAHCHDgCrhw4Aw4cOAMuHDgApjxAAPogOAGmIDgB1iA4AvIgOAMKIDgAPiQ4AFYkOAGKJDgBniQ4AtYkOALuJDgB8jxAACYoOAFuKDgBhig4ArooOALOKDgABiw4AEIsOAFSLDgBgiw4Ap4sOAKqLDgD6iw4A/YsOAE2MDgBVjA4AoIwOAK+MDgDzjA4A+IwOAEaNDgBcjQ4AmY0OAJqNDgDsjQ4A/Y0OAD+ODgBLjg4Ako4OAJyODgDljg4A8Y4OADiPDgA/jw4Az48QAJuPDgDejw4A6o8OADGQDgBAkA4AhJAOAJiQDgDXkA4A5pAOACqRDgA7kQ4AfZEOAImRDgAikBAA0pEOACOSDgAxkg4AdpIOAIeSDgB1kBAAz5IOAByTDgAokw4AyJAQAHWTDgDCkw4AyJMOABWUDgAalA4AaJQOAG6UDgDBkRAAwJQOAA6VDgAQlQ4AYZUOAHKVDgANkxAAwJUOAAeWDgANlg4AWpYOAGaWDgCtlg4AtZYOAGCTEAAGlw4AU5cOAF+XDgCmlw4ArpcOALOTEAAFmA4ATJgOAE+YDgCfmA4AqZgOAAaUEAD0mA4ARZkOAFOZDgCYmQ4AqZkOAKyUEADxmQ4APpoOAEqaDgD/lBAAmZoOAOSaDgDnmg4AN5sOAEObDgCKmw4AlpsOAN2bDgDlmw4ApZUQADucDgCDnA4Aj5wOANacDgDenA4A+JUQADKdDgB8nQ4AjZ0OAM+dDgDgnQ4AIp4OACqeDgB1ng4AeJ4OAMieDgDSng4AG58OAB2fDgBunw4AfZ8OAMGfDgDhnw4AFKAOABygDgBnoA4AcaAOALqgDgDAoA4ADaEOAA+hDgBgoQ4Ab6EOALOhDgC/oQ4AS5YQABKiDgBZog4Ad6IOAKyiDgCyog4A/6IOAAijDgBSow4AX6MOAKWjDgCtow4A+KMOAA6kDgBLpA4ATaQOAJ6kDgC5pA4A8aQOAP2kDgBEpQ4AUaUOAJ6WEACdpQ4A6qUOAPKlDgA9pg4AU6YOAJCmDgCVpg4A46YOAOmmDgA2pw4AQqcOAImnDgCRpw4A8ZYQAOmnDgAvqA4AP6gOAIKoDgCHqA4A1agOANuoDgAoqQ4APqkOAHupDgB9qQ4AzqkOANipDgAhqg4AL6oOAHSqDgB5qg4Ax6oOANSqDgBElxAAKasOAG2rDgB2qw4AwKsOAMqrDgATrA4AIawOAGasDgBrrA4AuawOAMasDgAMrQ4AFK0OAF+tDgBvrQ4Asq0OALStDgAFrg4AE64OAFiuDgBprg4Al5cQALKuDgDqlxAAA68OAFGvDgBXrw4ApK8OAKyvDgD3rw4AAbAOAEqwDgBMsA4AnbAOAKCwDgDwsA4AELEOAJCYEABPsQ4AlrEOAJyxDgDpsQ4A9bEOADyyDgBEsg4A45gQAJuyDgDisg4A6LIOADWzDgBBsw4AiLMOAJCzDgA2mRAA3bMOAC60DgA8tA4AgbQOAJK0DgCJmRAA4bQOACe1DgA+tQ4A3JkQAIS1DgDNtQ4A2bUOACC2DgAjtg4Ac7YOAH22DgAvmhAAy7YOABm3DgAitw4AbLcOAH23DgC/tw4AxrcOABK4DgAauA4AZbgOAHK4DgC4uA4AvbgOAAu5DgAVuQ4AXrkOAGa5DgCxuQ4AwLkOAAS6DgAJug4AV7oOAG26DgCqug4Aq7oOAP26DgALuw4AULsOAGG7DgCjuw4Ar7sOAPa7DgD+uw4A1ZoQAE28DgBMAQAAUbwOADMXEABVvA4AAEsNAKi8DgDBCAAA97wOANq/DgCbvg4A0ykAAOW+DgDFKwAA6r8OAFw6AACDwA4ARz0AANbADgBiRQAAe8EOABAqDgB8wQ4A+kcAAIDBDgAgXQMAg8EOABbABgDQwQ4Az1kAAHbCDgD4XwAAycIOAPdrAABuww4Ac3IAAM3DDgA0ewAAFcQOAHJ+AABmxA4AVoIAABLFDgBqiwAAz8UOAAPGDgBQyA4AUMoAAEXJDgD81QAAmMkOABDfAAA+yg4AVO0AAOzKDgBo9gAAV8sOALv2AACIyw4ADvcAAOXLDgDk/AAAicwOAIP+AADbzA4AYAMBAJfNDgAhDAEA180OAPcRAQA9zg4Acc4OAODODgAXzw4AH88OAGrPDgB2zw4AGRkBAMXPDgCxGwEAf9AOALbQDgC+0A4ACdEOAAvRDgDTIgEAaNEOAKkoAQAK0g4AvTEBAFrTDgBhSgEA/NMOAPJNAQAQ1A4ApuMPABjUDgC04Q8AbNQOAEVOAQCg1A4AkU8BAP/UDgDWUQEARdUOAMFUAQCX1Q4As1YBAJjWDgDbaAEA+dYOADLXDgA61w4ALmkBAJTXDgBzawEAMNkOABCFAQB/2Q4AytkOANrZDgBjhQEAfNoOAEeJAQDL2g4AFtsOACbbDgCaiQEAyNsOAAiSAQAH3g4AxhECAAveDgBlEwIAD94OAG6nAQAb3g4AViECAK/eDgCGFxAAsN4OACm5CgCz3g4AWaoBAMPeDgBd4QoAAt8OAMsgDwAW3w4ArKoBACbfDgBeWBAAVN8OAP+qAQBX3w4APWgLAP/fDgDcrwEAUuAOAC+wAQD64A4AWLYBAJvhDgCBvAEAQeIOAGXAAQCO4g4A3uIOAOriDgALwQEA3+MOACrkDgAt5A4AGCsMADbkDgCHxwEAkuQOAB/KAQDx5A4AI+UOAHrlDgBezgsAhuUOABDYAQCg5Q4ACs0BANXlDgAz0wEAe+YOAL3XAQAh5w4ACdkBAITnDgBc2QEAHugOAALaAQBq6A4A+9oBAGjpDgAI5QEACeoOADj+CgAM6g4A5ekBAA7qDgApqwwAW+oOABcbEABt6g4ApuoOAAHrDgBM6w4AFesOAPLzAQBP6w4AeI8LAFbrDgArmgsAWesOAGV6CwBn6w4A1+sBAG3rDgDfmAsA9OsOAA7wAQAa7A4A61QMAFPsDgCt8QEApOwOAKbyAQDv7w4AzgQCADf9DgAovgsA1/0OANXECgDd/Q4A3KgCABb/DgB93Q8AG/8OALn/DgAv/w4ApAIPADf/DgBh4Q8AO/8OAGy4AgC7/w4ARBQLAL3/DgBqkQsAvv8OADqvBgDA/w4AjAcIAMP/DgC/uAIAyP8OABK5AgDK/w4AowgEAO3/DgDpUQQACgIPAPzHAgCsAg8A9wIPAPgCDwAePQsAAQMPANl/DQAGAw8AxrYOABYDDwDgaRAAVAMPANnMAgBGBA8AuvQCAEkEDwB4nQkASgQPAOXiAgBMBA8A+9MCAE0EDwB+2QIATwQPAPPZAwBQBA8Aw9sCAFEEDwBh6QIAUgQPAJPWAgBTBA8AvNUDAFkEDwCu3gIAfgQPAB2HDgCDBw8AtiQDAIcHDwCX+QIAiwcPALpiCwDgBw8A3PsCAB0KDwADGgMAfgsPAGkvAwAkDA8AIzkDANAMDwAHPQMADQ0PADdCAwD/DQ8AE1MDAFgODwCjDg8AsQ4PAFhVAwCfDw8AuF8DAO8QDwAQdwMAjxEPACt/AwBGEg8AhxIPAIITDwC7hwQAgxMPAIKiAwCKEw8Aq98HACkUDwBmpgMALRQPAELuBwAiFQ8AzLsDACMWDwDSxgMAzRYPABDKAwCAFw8AtxcPAL8XDwAKGA8AGRgPAIXRAwC5GA8Akv0KALwYDwC11gMACxkPAFYZDwAfGQ8AMdwPAGAZDwAI1wMABBoPAIvcAwBeGg8Afd4DAEsbDwAi6wMATRwPAEr9AwCcHA8AYY4PAAMdDwA6HQ8AQh0PAI0dDwCaHQ8AhzUKAJ4dDwCIAAQApR4PADQMBADfHg8AXRIEAIYfDwBHIQQAix8PAMeBCACMHw8AWIUIAI4fDwBEfAgA7h8PACUgDwAtIA8AeCAPAM0gDwDa1AsA0yAPAITcDwDVIA8AMiQEANcgDwDocQ0A7iAPAI1pEAAMIQ8Ahn8NACYhDwAdJwQAmyEPAMQhDwAhIg8ATSwEAMwiDwDCMwQAZiMPAIM8BADDIw8A40YEAMUjDwDIPgQAuSQPAHtJBAC3JQ8ALlQEAP4lDwALWQQAACcPAIBgBABjJw8AmicPALYnDwDtJw8A/CcPAMxhBAD7KQ8AMioPADoqDwCFKg8AlCoPAKB/BADhKg8AFYcEANMrDwAwjwQA3isPAK3HBwAnLA8AbpIEACItDwCIpgQALC0PAG2eBACFLg8AvC4PAMQuDwAPLw8AFC8PAAO5BAAeLw8A6LAEAAsxDwC8zgQAAzIPAMnYBAC8Mg8A8zIPAPsyDwBGMw8ATDMPACLkBACvMw8As+cEAFU0DwCy8wQAljQPAGz9BABHNQ8AUAEFAO01DwAYCQUAoDYPANc2DwDfNg8AKjcPADk3DwC9FQUAOjcPADIdBQBTNw8AaSEFANw3DwArHgUAKzgPAHY4DwCAOA8Afh4FAIs5DwDCOQ8AyjkPABU6DwAeOg8AtC4FAHI6DwCmMAUAKjsPAGE7DwBpOw8AtDsPALU7DwCsOwUAuTsPADCIBQC6Ow8Aq0cFAME7DwAhQwUAwzsPACk2BQC3PA8AuUUFALA9DwBQVAUAAz4PAIdYBQBSPg8AgFkFAAA/DwCbYQUAtD8PAOs/DwDzPw8APkAPAEhADwBjaQUAlEAPADJwBQBTQQ8AikEPAJJBDwDdQQ8A6kEPAGl0BQDsQQ8AI34FADVCDwBNeAUA3kIPAKaDBQA+RA8AdUQPAH1EDwDIRA8A10QPAJeRBQDGRg8AlakFAClHDwBgRw8AfEcPALNHDwDARw8A4aoFAMhIDwD/SA8AB0kPAFJJDwBVSQ8AELwFACxKDwC1yAUAoUoPAJLNBQClSg8AtaUKAFFLDwAO1AUAmksPAPLXBQDtTA8Ae+gFAEJNDwCr7QUAN04PADdyCABLTg8A5HEIAJ5ODwDVTg8A3U4PAChPDwArTw8Ac/UFAJdPDwDOTw8A1k8PACFQDwAwUA8ABPkFAH9QDwCA/wUAFVIPAIUWBgDAUg8AVPMLAMVSDwD3Yw0AyFIPAB0ZBgDJUg8AWGINABhTDwABHQYAIVQPAFhUDwBgVA8Aq1QPALRUDwBoJgYACFUPAFooBgCzVQ8AKS8GABBWDwA2OQYAoFYPAKRBBgBGVw8ABEwGAOxXDwADWAYAmVgPAIZdBgDsWA8AxGAGAEFZDwACZAYASloPAIFaDwCJWg8A1FoPAONaDwA4dAYAL1sPAHpbDwCJWw8AFXkGAC9cDwDrfgYAgFwPACiOBgCCXA8AUogGAIhdDwC/XQ8Ax10PABJeDwCBXg8AuF4PAMBeDwALXw8AGF8PAFCgBgBrXw8A6KIGAL9fDwB5pgYAWWAPAKKsBgAJYQ8AxLMGAK5hDwDexwYA8mIPALPZBgBHYw8AguAGAO1jDwB67QYAk2QPAMz5BgA6ZQ8A7gAHAKNlDwDaZQ8A4mUPAC1mDwA6Zg8AhgMHAO9mDwAmZw8ALmcPAHlnDwDPZw8A2A8HAIFoDwBwEgcANGkPAGtpDwBzaQ8AvmkPAMhpDwAxGwcAH2oPANAcBwBzag8ArSEHAMFqDwDkJQcAZmsPABsqBwBibA8A8S8HALFsDwD8bA8A/mwPAEQwBwC+bQ8A9W0PAP1tDwBIbg8AXW8PAJRvDwCcbw8A528PAPxwDwAzcQ8AO3EPAIZxDwCQcQ8AY1sHAEhyDwB/cg8Ah3IPANJyDwDccg8AfHsHAOhyDwDsawcAKnMPAN5tBwCCcw8ATHYHAM10DwA1kQcA0XQPAHSIBwAldQ8ASo4HAGt1DwA8kAcAGnYPACeTBwBmdg8AEpYHABN3DwBCmwcAaHcPAGuhBwAOeA8AVqQHAGF4DwCppAcAxHgPAPt4DwADeQ8ATnkPAF15DwBBpwcAAXoPAJqyBwBXeg8AFrkHAFx7DwCTew8Am3sPAOZ7DwD1ew8AKsIHAOJ8DwAyfQ8ATH0PABTRBwChfQ8A2H0PAOB9DwArfg8AOn4PAPjUBwCzfg8Al9YHAEB/DwB3fw8Af38PAMp/DwAsgA8AKNoHAM+ADwCk4AcAKIEPANvkBwDDgQ8A12cIAMaBDwBl6QcAFoIPAF7qBwASgw8AM/wHAGWDDwCvAggAtYMPAKgDCADDhA8A+oQPAAKFDwBNhQ8AWYUPAKAQCACohQ8A84UPAPeFDwDsEQgAVoYPAIsTCAAIhw8AP4cPAEeHDwCShw8AuocPANYgCADqhw8A+CcIAFSIDwC5IgoAk4gPAN6IDwAUiQ8AKC0IAKeJDwDXiQ8A04oPAKJLCADQiw8A2FsIAB2NDwBojQ8AhI4PALSODwDTjg8AB48PAGqPDwBudggACJAPAJ57CACskQ8AiwwJAK6RDwCBiwgAm5MPAB+ZCADnkw8AQaAIAO6TDwBWnQgA2ZUPAA+zCADblg8Awr0IACOYDwBumA8ApZgPADbRCAAwmQ8AZ5kPAG+ZDwC6mQ8AyZkPAP7YCABlmg8Agd4IALuaDwAGmw8APZsPAMbgCAC0mw8AV+QIADacDwCq5AgApJ0PAHj3CACjng8AR/4IAJyfDwBiBgkA/58PALUGCQBFoA8ACAcJAOGgDwBvEAkA2aEPABscCQDYog8AGTQJAJCjDwDHow8Az6MPABqkDwAkpA8AzD4JAOKlDwAlSgkAB6cPABVkCQBhpw8AmGkJAACoDwAGcgkAYagPAER1CQCoqQ8A9osJAAKqDwBDqg8ARasPAOCaCQDyrA8AcKoJAIatDwBNrwkA4a0PAIuyCQCWrg8Aza4PANWuDwAgrw8Ada8PAPm6CQCIsA8Av7APAMewDwASsQ8AOrEPAJ7HCQDBsQ8Ax80JABOyDwBesg8AbLIPAG3OCQC3sg8AstAJAGSzDwCP1QkAq7MPAHPZCQCstA8ALeMJAK+0DwDT4wkA/LUPAHjwCQBHtg8AxPEJAKK2DwAC9QkA8LYPAJr3CQA+tw8A7fcJALK3DwDhtw8Ao7gPAD8ECgACuQ8AkgQKAC66DwB5ug8Aq7oPALQLCgCwug8ADgsKAHe8DwCYDwoAzrwPANYSCgAevQ8AIhQKABe+DwBLGgoAYr4PAC8eCgAivw8AVr8PABjADwBPwA8AV8APAKLADwCvwA8A/TAKAALBDwDoMwoAqMEPAHI4CgBgwg8AlMIPAPnCDwBp1A8ABsMPADrDDwDsww8AakUKAO7DDwAlQwoAmMQPANnEDwA6xQ8Afk4KAOLFDwDXWQoANMcPAFJsCgDPxw8ANnAKACXIDwAMdgoAeMgPACd+CgDKyA8AIH8KAGnJDwCjhAoAJcoPAFzKDwBkyg8Ar8oPACDLDwCbkQoA/ssPAMSXCgALzQ8AfqEKAKrNDwCZqQoAXM4PAJPODwCbzg8A5s4PAFXPDwCMzw8AlM8PAN/PDwCI0A8A19wPAI3QDwDY0A8Aj9APABF4DQCh0A8Avg8QAOLQDwDPuQoAhNEPAFK/CgB40w8APM4KANLTDwCPzgoAvdQPAP3WCgDB1Q8Act4KANnVDwDibQwAENYPAFvWDwB51g8Axd4KAALYDwAqRQ0AVdgPAH1FDQC82A8A89gPAPvYDwBG2Q8AudkPAL3rCgBH2g8AUCoLAObbDwC1KBAA39wPAEbuDADz3A8AbFYQAAPdDwAq3Q8AVt0PABIZDQCp3Q8A0N0PACbeDwDHSRAAkt4PAMneDwDR3g8AHN8PAHvfDwAOBAsA3t8PABXgDwAd4A8AaOAPAMfgDwDdVgwAJOEPABgyCwBg4g8AbloMAGbiDwDIDQsAx+IPAGAQCwCu4w8A+eMPAFTkDwCgfhAAp+UPAHQZCwCx5Q8AKBgLAJ3mDwAFHQsAU+cPAIrnDwCS5w8A3ecPADDpDwDGJQsAMesPAPw1CwDJ6w8ATkILABntDwCLUQsAEO4PAMlUCwBV7w8AD0QMAFjvDwDcDwwAXO8PANZeCwBi7w8A+VIMAADwDwBL8A8AVfAPALNjCwBg8Q8Al/EPAJ/xDwDq8Q8AkvIPAFhwCwDo8g8A6XMLAN30DwDvfgsAMPUPAHv1DwCH9Q8ALYILAC32DwBrhQsAz/YPABr3DwAx9w8Am4oLAPn7DwDepAsAovwPAGipCwDr/g8A/sMLAJr/DwDb/w8AjgAQADTUCwCRABAA6NILAIgBEAB51gsAQwIQAHMCEACRAhAACtoLAOoCEAAz4AsAegMQAIbgCwC5BRAABAYQAAYGEACF7AsAXAYQACvtCwBjBhAAw+8LAL8HEAD2BxAA/gcQAEkIEABTCBAAaPwLAJ0JEADoCRAA6wkQAPgLDACaChAAiQ8MAI8LEAC5FAwAsgsQALBkEAD2CxAABRYMAIMMEADTDBAAfA0QAEoYDACDDRAAjxoMACQPEABlIAwAJg8QAM+rDADGDxAAERAQAGAREAB0Cw0AvBEQAAotDAADExAAOT4MAAYTEABURgwACxMQAKkuDAAXExAAtjgMAKIVEABAPQwASBYQABZDDACSFxAA5uMMAK4XEAAgVRAA4RcQACwYEAAvGBAATUcMAI8YEADsSAwA3hgQAOVJDAAtGRAAeBkQAIIZEAA4SgwAGhsQALtPDAAhGxAArVEMAMAbEACmUgwAOR0QADdWDAC3HRAAdVkMAD8fEADTXxAAth8QAB6CDQD1HxAAlmwMAEwhEADGcQwAmyEQAOYhEAD/IRAAEnMMADwiEACMIhAAAyMQAJx3DACpIxAAlXgMAE8kEADheQwA2SQQACQlEAAuJRAAcn0MAMslEACmSw0A0iYQAOCFDAC6KBAAoY4MAJ8pEACuKRAA8ikQAAEqEABILBAAMZ4MAFIsEABTpQwA7i4QAGeuDAA/LxAAYK8MAIwvEAAGsAwA2i8QAFKxDADTMBAAl7MMANExEAAcMhAAdzIQAMIyEABpMxAAX7sMAMMzEAAONBAAaTQQALQ0EABdNRAANcEMAAg2EABTNhAArjYQAPk2EAD6NxAAZcYMAFE4EACxxwwA8zgQAD45EABOORAA/cgMAAc6EAA3OhAA5joQAIfNDAA8OxAAH9AMAKc7EADWOxAA3T4QACvmDAB8QBAAW+sMACJBEACn7AwAyEEQAPPtDABFRBAArAMNAO9FEAAhCw0A3UYQAF8ODQCHSBAA1BUNACpJEABsGA0AzEoQALEaDQDpSxAA6B4NAA9MEACHIA0AZ0wQABduEAC7TBAAHyMNAL5MEAARJQ0ACE0QAFhNEAB0TRAAq00QAAFOEABRThAAbU4QAKROEAD/ThAASk8QAFRPEABkJQ0ApU8QALqSEAD2TxAAQSoNAPdQEAB4Lg0AP1EQABAxDQCXURAAam4QAJ1SEABxgg0AOlMQALw8DQDPVhAAdfgNABVYEACzVQ0AB1kQAORODQC2WRAA3U8NAKdaEADBUw0A91sQAEJcEABMXBAA8VgNAPZcEACJWw0AF2AQACZgEABqYBAAeWAQAL1gEADMYBAAEGEQAB9hEABjYRAAcmEQALZhEADFYRAAdGIQAFFjDQDaYhAAEWMQAIBjEAC3YxAAGGQQAI9mDQDbZBAAA2UQAC5lEABWZRAAgWUQAKllEADUZRAA/GUQAFdmEACiZhAAp2YQACBqDQDxZxAA2nMNAJlpEABvkw4AnWkQANCRDgBSahAAhmoQAPhqEACpeg0ANWsQAOB+DQCeaxAA0msQAIBsEADLbBAA22wQANKADQAqbRAAy4ENAIZtEACGeA4AsXEQACe8DQAHchAAzbwNAPxyEAD8zQ0AonMQAHjUDQBIdBAAR9sNAO50EADK4A0AlHUQAOznDQA6dhAAduwNAOB2EAAA8Q0AhncQAHz3DQAweBAAbvkNAJF4EADKeBAA0ngQAB15EAAQfBAAW3wQAHl8EACyBw4AoX8QAIYlDgAKgBAAaikOAJ6AEACvKw4A7YAQAEcuDgA/gRAA3zAOAJCBEADDNA4A7oEQALU2DgBNghAAhIIQANmCEABaQw4ANoMQAPlEDgCSgxAAkUcOANiDEABnTQ4AkoQQAJ5RDgC7iBAAXmYOAFyKEAADcw4Aq4oQAPxzDgD6ihAARYsQAEmLEABPdA4AoIsQAOuLEABGjBAAkYwQAD+NEACKjRAA6Y0QAJOCDgA4jhAAg44QAIeOEADmgg4ArI8QAAiKDgB+kBAAyZIOAMuQEAAbkRAARpEQAG6READEkRAAFJIQAD+SEABnkhAA0ZIQALuUDgBikxAAAJcOAL2TEAD5lw4ADpQQAFmUEABplBAA8pgOALWUEADrmQ4AApUQAFKVEACvlRAAMJwOAAiWEAApnQ4A/5YQANynDgCjlxAAq64OAPKXEAA9mBAATZgQAP6uDgDnmBAAj7IOAEaZEADbsw4Al5kQANS0DgDkmRAAerUOADKaEACCmhAA","fail":"AAAAAAAAAACbhAAAIqYBAMXRAAA0UQYAGB4CAPz+BgCZ6AEAzSQLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAAAAAACZ6AEA4xULAGkMCADtkAAA8Q0AAJnoAQA9wgoAkMIKAOPCCgA2wwoARAACAFJeDAClXgwAx6QDAAAAAAA0UQYAGB4CABgeAgB7UAMAqwkCAP4JAgAfKgwAPG0MAM6qAgAhqwIAShIBAK3cBAAuaA0Ae1ADAJnoAQCS1AQAda0AAMitAAAbrgAAbq4AAMGuAADxDQAAmegBAM0kCwAEmAcAGB4CACwnAgDH8AQAbtcGAAAAAAA0UQYAmegBAA1qCgBqyQMASgsCAL2mCACs/QEAm4QAAAQVAgBx1Q0AxNUNAOWPAgDvJQAAmegBALoWCgANFwoAAUcAAEfHBADtkAAAQJEAAPmYAgA06QgAh+kIAJnoAQDjFQsAaQwIAO2QAADxDQAAmegBAD3CCgCQwgoA48IKADbDCgDeUQsAMVILAFMAAABTAAAA8hUJABgeAgABRwAAmegBAN5RCwCRogEAAAAAAO2QAABKCwIA8Q0AANQdAACrFwAA/P4GAE//BgCIwgAA28IAAC7DAACo0wIAw9sCABbcAgDhjgkApBgAAGBqCgASIAwATAEAAJ8BAADyAQAARQIAAJgCAADeUQsAMVILAFMAAABTAAAAJYIBAM0CBADtkAAAIq0AABgeAgBrHgIA5NkFAJnoAQDNJAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAAAEkQgAV5EIAAAAAAC9iwAA2nQBABgeAgAsJwIA8Q0AAJnoAQAlggEAzQIEACADBABTAAAAmokBAO2JAQBAigEAk4oBAOaKAQA5iwEAjIsBAAAAAACo0wIAuvQCAJGiAQDkogEAN6MBAI2TCgCyyQoABcoKAD3CCgCQwgoA48IKADbDCgBEAAIADRcKABArAgAmmAgAeZgIAMyYCAD8/gYAmegBALhsDQDgoQgAmegBAB8qDAAU+g0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAAL2mCACo7goA3lELANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAASRCABXkQgAAAAAAL2LAADtkAAA8Q0AALFnAgDjyQkA/P4GAJnoAQDeUQsAqS8AAPwvAABPMAAAojAAABbpDACs/QEAm4QAACKmAQDUHQAA/P4GAJnoAQDNJAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAKsJAgD+CQIArP0BAP/9AQBS/gEApf4BAD3CCgCQwgoAURgAAKQYAABgagoAEiAMAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAAAUJAgAnFg0AehYNAA1qCgAIPwEAWz8BAPmYAgDadAEA/P4GABpfDQANagoAYGoKABIgDABMAQAAnwEAAPIBAABFAgAAFukMAKz9AQCbhAAAIqYBANQdAAD8/gYAmegBAM0kCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAqwkCAP4JAgCs/QEA//0BAFL+AQCl/gEAPcIKAJDCCgBRGAAApBgAAGBqCgASIAwATAEAAJ8BAADyAQAARQIAAJgCAADF0QAABQkCACcWDQB6Fg0ADWoKAAg/AQBbPwEA+ZgCANp0AQD8/gYAGl8NAJuEAAAipgEAHS4DAKjTAgC69AIAqS8AAPwvAABPMAAAojAAABbpDADxDQAA1B0AACceAAB6HgAAzR4AACAfAAAW6QwA7yUAAPkbCAAYHgIALdwKALFnAgAW6QwAShIBAFwJBwDxDQAAkaIBACdxAAAiBgwA938JAJPqCwCT1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAADWoKAGBqCgASIAwATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAJ70BAPENAACxZwIAmegBAKz9AQDEgg0AzSQLABGwBQDeUQsArzINAEfHBACaxwQALXUBAAAAAAAirQAAIq0AAO2QAADxDQAAkaIBAJnoAQDjFQsAGl8NAKsXAADnHQMA7ZAAAPz+BgCZ6AEA7OgBADwhCwAYHgIAmegBAL2LAADxDQAA1B0AAJnoAQAAAAAAqxcAAH0/AgDNMgkA/hcAAMXRAACrFwAAmegBAOMVCwBP/wYA/rUNAFG2DQCs/QEAm4QAACKmAQDUHQAAAAAAABgeAgBKCwIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBAPz+BgAaXw0AqxcAAOcdAwDtkAAA/P4GAEoLAgDtkAAAQJEAAJrjAAAZuAIArP0BAJuEAABu1wYASgsCAPz+BgCs/QEASgsCAO2QAABAkQAAmuMAABm4AgC9iwAArP0BACWCAQDNAgQAIq0AAJnoAQB9PwIA0D8CACNAAgCZ6AEABJEIAFeRCAABRwAAR8cEAJrHBADtkAAA+ZgCAEyZAgCfmQIAmegBAI2TCgCyyQoABcoKAD3CCgCQwgoA48IKADbDCgDNJAsABJgHAFeYBwB4ggEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AAE1OCwBTAAAAUwAAAPIVCQAYHgIAAUcAAOPJCQD8/gYASgsCAJuEAACIwgAA28IAAC7DAABKCwIAShIBAJ0SAQDNKwoAAAAAACWCAQDNAgQA7ZAAAKsXAAABRwAAmegBAOMVCwBpDAgA7ZAAAPENAACZ6AEAPcIKAJDCCgDjwgoANsMKAN5RCwAxUgsAUwAAAFMAAADyFQkAGB4CAAFHAACZ6AEAzSQLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAANMbAgAirQAAnbgBAM0dDACZ6AEABJEIAFeRCAAAAAAAvYsAAO2QAADxDQAAsWcCAOPJCQD8/gYAmegBAKz9AQB7UAMAmegBAN5RCwDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAAJWYFACKtAAApngIAVS0CACVmBQA0UQYA4KEIAJnoAQANagoAJYIBAL2LAABF9AEA2nQBAC11AQCZ6AEAm4QAAIjCAADbwgAAXdQAAM0kCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAASRCABXkQgAAAAAAL2LAADadAEAGB4CACwnAgAAAAAAGB4CAGJgCADgoQgARfQBAFMAAACmAAAA+QAAAJnoAQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAAFfCAQCqwgEAktQEACmeAgB8ngIAz54CAG3ACwDAwAsAE8ELAMXRAADadAEAek4FAFRHAADQUwsA+rUIAAFHAACZ6AEAzSQLAC5oDQB7UAMAmegBAA1qCgBgagoAEiAMAEwBAACfAQAA8gEAAEUCAACYAgAAktQEAOXUBAA41QQA7yUAAPkbCABF9AEAvYsAABgeAgAsJwIAGB4CAJnoAQCS1AQAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAA3lELANQdAACrFwAAAUcAAJnoAQDNJAsAiMIAANvCAAAuwwAAqwkCAP4JAgCs/QEA//0BAFL+AQCl/gEAPcIKAJDCCgBRGAAApBgAAGBqCgASIAwATAEAAJ8BAADyAQAARQIAAJgCAACNkwoAsskKAAXKCgDeUQsA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAO8lAACzqQEABqoBAFmqAQChIAQAzSQLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBABArAgAmmAgAeZgIAMyYCAAfmQgAcpkIAMWZCADNJAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAOPJCQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQBKEgEAXAkHAP7tBQCpUQcAm4QAAC5oDQDnHQMAx6QDAEoSAQCZ6AEAAAAAACKtAACduAEAsHkNAAN6DQCrFwAAECsCAGMrAgC2KwIAkAgBAKjTAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADvJQAAs6kBAAaqAQBZqgEAAAAAADRRBgDgoQgARfQBAJj0AQDxDQAA1B0AAP7tBQCFwwUA2MMFAM5dDQB6TgUA5yQCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA89kDAEbaAwCZ2gMA7NoDAD/bAwCS2wMA5dsDADjcAwCL3AMAnhMLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAALXUBACceAAB6HgAAzR4AACAfAAAsJwIAQJEAAJrjAAAZuAIAzSQLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAEoLAgAYHgIALCcCAH8nAgAnDw4A8Q0AANQdAAD8/gYAmegBABbpDABg+w0AJYIBAHiCAQDLggEAHoMBAHGDAQDEgwEAxdEAAAUJAgAnFg0AehYNAASRCABXkQgAqpEIAP2RCABQkggAo5IIAJnoAQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQDNJAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEAXAkHAP7tBQCpUQcAm4QAAC5oDQDnHQMAx6QDAAFHAABKCwIAm4QAAASYBwBXmAcAeIIBAMXRAADtkAAA/P4GAJnoAQAW6QwAGB4CAGJgCACs/QEAm4QAAKz9AQAlggEAqhQOAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAAGbgCAO6EAABBhQAAlIUAAOeFAAA6hgAAhoABANmAAQAsgQEAf4EBANKBAQAaXw0AQJEAAJrjAAAZuAIAodsBACKtAADtkAAAUwAAAAFHAAAlZgUANFEGAJnoAQAAAAAAAAAAAAAAAAChIAQABJEIAFeRCADH8AQAIqYBAEQOAADgoQgAqNMCABQJAAC9iwAA8Q0AANQdAAAnHgAAqxcAABArAgBjKwIAtisCAE2vCQCgrwkA868JAA1qCgBgagoAEiAMAEwBAACfAQAA8gEAAEUCAACYAgAAPcIKAJDCCgDjwgoANsMKAM0kCwAEmAcAV5gHAHiCAQDF0QAA7ZAAAPz+BgCrFwAA/hcAAFEYAADNJAsALIcMAEGFAACUhQAA54UAADqGAACNhgAAHyoMADxtDAAudgsAHyoMABT6DQDadAEAx6QDABqlAwD5mAIAvaYIANBTCwDxDQAAsWcCAMXRAADadAEAek4FAFRHAACZ6AEABJEIAGseAgCs/QEArP0BANp0AQB6TgUAShIBAAAAAACZ6AEA7OgBAD/pAQCS6QEA5ekBAJnoAQANagoAJYIBAKoUDgCbhAAAIqYBANQdAACS1AQAqVEHAPxRBwBPUgcAolIHAJnoAQB7UAMAzlADACFRAwAYHgIAmegBAJLUBADl1AQAONUEAIvVBADe1QQAMdYEAITWBADX1gQAmYcDAOyHAwA/iAMAZE8HANQdAAAEIgwAAUcAACVmBQAtdQEARfQBAAAAAACrFwAA+ZgCAEyZAgCfmQIAzQIEAPz+BgBP/wYA7oQAAEGFAACUhQAA54UAADqGAABPggwA0D8CACNAAgDadAEA2nQBAEX0AQCrFwAAECsCAKGxBwC9iwAAGB4CACwnAgAEAAUAaQwIAO2QAADxDQAASIMMAP4XAAB3OwEAShIBAK3cBABVLQIAIq0AAPz+BgAaXw0AqxcAAOcdAwDtkAAAAAAAADRRBgBF9AEA2nQBAC11AQCZ6AEA7OgBAD/pAQCS6QEA5ekBAOzoAQA8IQsAGB4CAJnoAQC9iwAA8Q0AANQdAAAnHgAAmegBAOzoAQA/6QEAkukBAOXpAQDs6AEAPCELABgeAgCZ6AEAvYsAAPENAADUHQAAmegBAM0kCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAE6IAQChiAEA9IgBAEeJAQCZ6AEAvYsAAPENAADUHQAAJx4AAKsXAAAQKwIAYysCAPmYAgA06QgAh+kIAC3cCgBdegEANFEGAOChCADadAEALXUBAOcdAwCd/QMAJ70BAEoSAQCZ6AEA3lELADFSCwBTAAAAUwAAAPIVCQAYHgIAAUcAAOPJCQD8/gYAmegBAM0kCwBbkQ0A2nQBAJnoAQD5mAIANOkIAIfpCAAt3AoAXXoBADRRBgDgoQgAmegBAI2TCgAAAAAA8Q0AAJGiAQDkogEAqNMCAPENAAAdLgMAmegBAASRCABiYAgA+rUIAAFHAAAlZgUALXUBAO2QAADxDQAA8Q0AAJGiAQDUHQAAJx4AACVmBQA0UQYA4KEIAO2QAABAkQAAmuMAABm4AgCbhAAA2nQBAKoUDgCo0wIA5eICAIabCQAWlgwAaZYMALyWDAAPlwwAYpcMALWXDAAImAwAax4CAL4eAgARHwIA7yUAALOpAQAGqgEAWaoBABpfDQBAkQAAmuMAABm4AgAAAAAAm4QAAPmYAgBMmQIABBUCACWCAQCbhAAALmgNAEX0AQAEFQIAm4QAACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAA2pAQBgqQEANFEGAEoSAQBTAAAApgAAAAZQAgDOXQ0AIV4NAEQOAADgoQgA7yUAALOpAQAGqgEAKbkKAHy5CgC9iwAAJYIBAAFHAAAlZgUAUwAAACWCAQCqFA4A/RQOALOpAQAGqgEAKbkKAHy5CgDUHQAAJx4AAJrjAAAZuAIAAAAAAJnoAQCs/QEA//0BAFL+AQCl/gEA+P4BAEv/AQCe/wEA7ZAAAK1LAQA46gEAi+oBAN7qAQAx6wEAhOsBALoWCgBSXgwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqwkCAP4JAgC6FgoAUl4MADjqAQCL6gEA3uoBADHrAQCE6wEADCMKACWCAQCqFA4A/RQOAFAVDgCjFQ4Aa9EMAGYUDACZ6AEABJEIAM5dDQA7GA4AjhgOAOEYDgAMIwoAXyMKAOzoAQA/6QEAkukBAOXpAQAAAAAAExQMAJnoAQAEkQgAzl0NADsYDgCOGA4A4RgOAAwjCgBfIwoA7OgBAD/pAQCS6QEA5ekBAOzoAQA/6QEAkukBAOXpAQCsqgEAoSAEAFhiDQCrYg0A/mINAFFjDQCkYw0AAAAAAL2LAAAQjAAA5x0DAHpOBQAEFQIA5egNAPz+BgB9PwIAvYsAABCMAADnHQMAek4FAAQVAgD58Q0AGB4CAGseAgDk2QUAXAkHAMXRAAA0UQYAGB4CAH0/AgAEFQIAm4QAACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAAAAADvJQAAs6kBAAaqAQBZqgEAUwAAABH1BwD+7QUAAUcAAOPJCQD5mAIATJkCAJ+ZAgDymQIARZoCAPENAACZ6AEAHyoMADxtDAAudgsArP0BAMSCDQAAAAAAzSQLAENlDQCWZQ0A6WUNADxmDQCPZg0A4mYNADVnDQC6FgoAGHcNAGt3DQC+dw0AqNMCAAAAAAA0UQYAAUcAAKjTAgAirQAAnbgBAPC4AQBDuQEAlrkBAOm5AQAsJwIABAAFAJnoAQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQBr0QwAZhQMALoWCgAAAAAAJYIBAAAAAAC9iwAAm4QAAASYBwAAAAAAAAAAAL2LAAABRwAAmegBAMXRAAAFCQIAJxYNAJnoAQC6FgoAAAAAAL2LAACbhAAAvaYIANBTCwD6tQgATbYIAKC2CADztggArP0BAEa3CACZtwgA7LcIAKz9AQCS1AQA5dQEADjVBADP/gwAIv8MAHX/DACS1AQA5dQEADjVBADP/gwAIv8MAHX/DACbhAAALmgNAAAAAACZ6AEARfQBAJj0AQDr9AEAAAAAAAFHAADjyQkAMF4LAINeCwAEFQIARvwKAJn8CgB7UAMAAUcAAOPJCQAwXgsAg14LAAQVAgBXFQIAax4CAL4eAgARHwIAZB8CAPENAABHxwQAZDMLAL4eAgARHwIAZB8CAAFHAABURwAAGB4CAGJgCADF0QAAAAAAABgeAgAsJwIAe7EBAJsOBQD+7QUAAUcAAPENAAAEFQIA4RkCADQaAgCHGgIA2hoCAC0bAgCAGwIAAUcAANMbAgCfTA0AVEcAABgeAgBiYAgANFEGAAQVAgDhGQIAVEcAABgeAgBiYAgAxdEAAAAAAACbhAAA2nQBAMekAwDUHQAASgsCAO2QAABAkQAAmuMAABm4AgAEFQIA4RkCAFRHAAAYHgIAYmAIAMXRAAAEFQIA4RkCAFRHAAAYHgIAYmAIAHtQAwBTAAAAEfUHAO2QAABAkQAAmuMAABm4AgDtkAAA7yUAAEImAABAkQAALCcCAKsXAAAirQAA7ZAAAO2QAABAkQAAmuMAABm4AgCbhAAA5NkFAFwJBwDtkAAAQJEAAJrjAAAZuAIAAUcAAAFHAABHxwQAmscEAKz9AQD//QEAUv4BAOPJCQDtkAAAQJEAAJrjAAAZuAIAShIBAFwJBwABRwAAVEcAANBTCwD8/gYAGl8NAECRAACa4wAAGbgCACWCAQAlggEAUwAAAPIVCQDadAEALXUBAD81AwCSNQMA2PMKACwnAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAGB4CACwnAgB/JwIA0icCACUoAgB4KAIAyygCAB4pAgBxKQIAxCkCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAA7ZAAAHtQAwDtkAAAQJEAAJrjAAAZuAIA/P4GABpfDQCtSwEAGqsOAECRAACa4wAAGbgCAAAAAADtkAAAQJEAAGJgCAD8/gYAn28IAPmYAgDadAEAx6QDAF16AQA0UQYA4KEIAO2QAABAkQAAmuMAABm4AgCs/QEANFEGAPq1CAAQjAAA5JsCACWCAQB4ggEAIq0AACmeAgB8ngIAqhQOAECRAACa4wAAGbgCAC5oDQBF9AEA938JAO2QAABAkQAAmuMAABm4AgAYHgIARfQBAL2LAABKEgEAXAkHAKsXAAABRwAA48kJANjzCgCa4wAAGbgCADRRBgD6tQgAAUcAANMbAgDvJQAArP0BADRRBgD6tQgAEIwAAOSbAgDxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCbhAAAIqYBAHWmAQCpLwAAKZ4CACKmAQCxZwIA48kJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBpDAgAh1EGANpRBgAdZQcAcGUHAMNlBwAWZgcAaWYHALxmBwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAP7tBQCFwwUA2MMFAC3cCgBdegEANFEGAOChCADtkAAAQJEAAJrjAAAZuAIAAUcAAJuEAADuhAAAfT8CADRRBgD5mAIANOkIAIfpCADvJQAAJYIBAHiCAQDF0QAA7ZAAAECRAACa4wAAGbgCACVmBQB4ZgUA8P0DACWCAQCqFA4AShIBAFwJBwCrFwAAAUcAAOPJCQD8/gYAGl8NAECRAACa4wAAGbgCAPENAABNTgsAUwAAAFMAAADyFQkAGB4CAAFHAADjyQkA/P4GAGkMCACHUQYA2lEGAB1lBwBwZQcAw2UHABZmBwBpZgcAvGYHAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAJYIBACWCAQCqFA4ARfQBAKzFCQAEmAcAm4QAAAZQAgBZUAIArFACAP9QAgBSUQIApVECAPhRAgBLUgIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BABgeAgBrHgIAe1ADANp0AQAtdQEAwkECABVCAgBoQgIAl1MCAOpTAgA9VAIAkFQCAONUAgA2VQIAiVUCANxVAgAvVgIAglYCANVWAgAoVwIAe1cCAM5XAgAhWAIAdFgCAMdYAgAaWQIAbVkCAEoSAQCs/QEAxIINAECRAADvJQAAPCELABgeAgBKEgEArdwEAFUtAgDjyQkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAOChCAAirQAAhcMFANjDBQArxAUAfsQFANHEBQAkxQUAShIBAJ0SAQDNKwoAn28IAHLXCwD5GwgAIq0AACmeAgBVLQIAJWYFADRRBgDgoQgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAAm4QAAASYBwC9iwAA7ZAAAO2QAABAkQAAmuMAABm4AgD8/gYAGl8NAO8lAAD5GwgAy4gMAO2QAAD8/gYAm4QAAASYBwBXmAcAqpgHAB8qDAA8bQwALnYLAM0kCwARsAUAShIBAFwJBwCvCQcArP0BAMSCDQBAkQAAmegBAOzoAQAnDw4AEIwAAFoFCwABRwAAJWYFADRRBgDgoQgAvYsAABCMAADkmwIAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIAKL4LAHu+CwDOvgsAIb8LAHS/CwDHvwsANFEGAJnoAQDs6AEAQiYAAMXRAACZ6AEAzSQLACAlCwBZUAIArFACAP9QAgBSUQIApVECAPhRAgDxDQAAmegBAB8qDAA8bQwALnYLAOzoAQAnDw4AEIwAAFoFCwABRwAAJWYFADRRBgDgoQgALmgNAKsXAAD+FwAAdzsBAPH/AQAEkQgAV5EIAAQABQAaXw0A/u0FAHWtAADAWQIABlACACwnAgBiYAgA8qABAB8qDACS1AQAe1ADAFEeCwCkHgsA9x4LAEofCwDtkAAAQJEAAJrjAAAZuAIAqxcAAAFHAACbhAAAVS0CACVmBQA0UQYA4KEIAO2QAABAkQAAmuMAABm4AgD5DQoA+RsIAMuIDADCQQIAmegBAN5RCwBluQIAShIBAKz9AQA0UQYA2nQBACx6AgCbhAAAVS0CACVmBQA0UQYA4KEIAJnoAQC6FgoAGHcNAGt3DQC+dw0A7OgBAD/pAQCS6QEA5ekBAAAAAACZ6AEAjZMKAOCTCgCsVg0A/1YNAFJXDQClVw0AlrkBAFUtAgAlZgUArP0BACWCAQCqFA4AHyoMAOckAgA6JQIAjSUCAJLUBAApngIAj7MCAOKzAgA1tAIAiLQCANu0AgDhvwIANMACAIfAAgDawAIALcECAIDBAgDTwQIAJsICAHnCAgDMwgIAAAAAAL2LAAAQjAAA5JsCADecAgCKnAIA3ZwCADCdAgCDnQIAktQEACmeAgCPswIA4rMCADW0AgCItAIA27QCAL2LAADxDQAAHyoMADxtDADOqgIAIasCAEoSAQCt3AQALmgNAD3CCgCQwgoA48IKADbDCgBEAAIADRcKAGAXCgD6tQgARfQBAEoSAQA4lwEAx6QDAJGiAQBdegEALXUBAEX0AQCZ6AEABJEIAFeRCAABRwAAvYsAABgeAgDjFQsAGl8NAP7tBQB1rQAAwFkCAAZQAgAsJwIABAAFAJnoAQDNJAsALmgNAPz+BgCZ6AEAPcIKAJDCCgDjwgoANsMKAL2LAADxDQAA1B0AAI2TCgDgkwoAgHUBANN1AQAmdgEAeXYBAMx2AQBbkgEAuGwNAIdRBgDaUQYAHWUHAHBlBwDDZQcAFmYHAGlmBwCd/QMA8P0DAEP+AwCW/gMA6f4DADz/AwD8/gYAmegBAM0kCwAuaA0A/P4GAJnoAQA9wgoAkMIKAOPCCgA2wwoAvYsAAPENAADUHQAA3lELAGW5AgC4uQIAC7oCAF66AgCxugIA5uoLADnrCwCM6wsA3+sLADLsCwAuaA0A5x0DACKtAACo0wIAeJ0JANOJCgAmigoAeYoKAMyKCgAfiwoAcosKALEaDQAYdw0Aa3cNAL53DQCZ6AEAuGwNAPq1CAABRwAAmegBALhsDQDvJQAAmegBAKz9AQA0UQYA+rUIABCMAADkmwIABJEIAGseAgDBTQIAFE4CAOPJCQA2ygkAicoJAAFHAACZ6AEAHyoMADxtDAAudgsAzSQLAG7XBgD8/gYAmegBAMXRAADadAEAek4FAFRHAACZ6AEAuGwNAPmYAgA06QgAh+kIAO8lAAAlggEAeIIBAN5RCwAxUgsAhFILANdSCwBHxwQAZDMLALczCwBndwgAmegBAMXRAADadAEAek4FAFRHAACZ6AEAuGwNAPmYAgA06QgAh+kIAO8lAAAlggEAeIIBAEoSAQAnvQEAer0BAM29AQAgvgEAc74BAMa+AQB7UAMAmegBAMXRAADadAEAek4FAFRHAACZ6AEAuGwNAPmYAgA06QgAh+kIAO8lAAAlggEAeIIBAOMVCwA2FgsA+ZgCANp0AQD8/gYAGl8NAMXRAADadAEAek4FAFRHAACZ6AEAuGwNAPmYAgA06QgAh+kIAO8lAAAlggEAeIIBANp0AQAsegIAmegBAA1qCgDyFQkA2nQBAC11AQA/NQMAkjUDANjzCgCZ6AEA4xULABpfDQBAkQAALCcCAH8nAgDSJwIAJSgCAHgoAgDLKAIAHikCAM0kCwBDZQ0AlmUNAF16AQCwegEAA3sBAEoSAQBcCQcAqxcAAAFHAACZ6AEAHyoMADxtDAAudgsAuhYKAA0XCgABRwAAR8cEAHtQAwCZ6AEAjZMKAOCTCgAzlAoAPcIKAOcdAwA6HgMAjR4DAEoSAQCt3AQAJYIBAM0CBAAirQAA7ZAAAKz9AQA0UQYA+rUIABCMAADkmwIA8Q0AAJnoAQC4bA0A+rUIAAFHAACZ6AEAuGwNAO8lAACZ6AEABJEIAGseAgDBTQIAFE4CAAFHAADjyQkARfQBAPd/CQBAkQAAmegBAOMVCwA2FgsA+ZgCANp0AQD8/gYAGl8NAKz9AQB7UAMAmegBAAdEAgBaRAIArUQCAH0/AgDQPwIA/P4GAJnoAQDNJAsAVS0CAJAIAQDjCAEAKZ4CAHyeAgDPngIAbcALAMDACwATwQsAZsELALnBCwAMwgsAX8ILALLCCwAFwwsAWMMLAKvDCwD+wwsAUcQLAKTECwD3xAsASsULAJ3FCwDwxQsAQ8YLAJbGCwDpxgsAPMcLAI/HCwDixwsANcgLAIjICwDbyAsALskLAIHJCwDUyQsAJ8oLAHrKCwDNygsAIMsLAHPLCwDGywsAGcwLANp0AQAtdQEAwkECABVCAgBoQgIAKP0CAHv9AgDO/QIAIf4CAHT+AgDH/gIAGv8CAG3/AgDA/wIAEwADAGYAAwC5AAMADAEDAAAAAAA0UQYA+rUIAJnoAQDAGgsAExsLAPmYAgA06QgAzSQLAC5oDQCBaA0A1GgNACdpDQB6aQ0AzWkNAI2TCgDgkwoAM5QKAHtQAwDOUAMAIVEDABgeAgCZ6AEA3lELACevAwB6rwMAqvIGAP3yBgBluQIAuLkCAAu6AgBeugIAktQEAOXUBADNHQwAvYsAAEoSAQCrFwAAmegBAOMVCwBP/wYA/rUNAFG2DQCs/QEAm4QAACKmAQDUHQAA3lELAGW5AgAY3woAa98KAL7fCgAR4AoAmegBAI2TCgCyyQoABcoKAN5RCwCvMg0AAjMNAAZQAgABRwAAJWYFAC11AQBF9AEAmegBAL2LAACQAQIAvYsAAAFHAAABRwAAJWYFAC11AQBF9AEAmegBAOMVCwBpDAgAxdEAAI2TCgDgkwoAM5QKAASRCABXkQgAIGQCAFHuBQD5mAIANOkIAIfpCAB7UAMAmegBAEoSAQCdEgEAzSsKAJuEAABu1wYAn28IAC11AQBF9AEAmegBAASRCABXkQgABAAFAFcABQCqAAUACl4FAI2TCgCyyQoABcoKACWCAQB4ggEAom4DAPVuAwBIbwMAm28DAO5vAwBBcAMAHyoMABT6DQCnRwAAIF0DAHNdAwDGXQMAGV4DACKmAQDUHQAABCIMAJnoAQCNkwoA4JMKADOUCgBKEgEAXAkHAK8JBwCdEgEAGB4CAI2TCgCyyQoABcoKAI2TCgDgkwoAM5QKAIWgCgDYoAoAK6EKAA1qCgAIPwEAWz8BANhGCwArRwsAfkcLANFHCwCZ6AEAuGwNAO8lAACZ6AEA3lELAK8yDQACMw0ABlACAAFHAAAlZgUALXUBAEX0AQCZ6AEAvYsAADOiCACGoggA2aIIACyjCAB/owgA0qMIACWkCAB4pAgAHyoMADxtDAAudgsA3lELANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAM0kCwBVLQIAuGwNAOChCACZ6AEA3lELAEQOAABRMwgApDMIAPczCABKNAgAmegBAFMAAAABRwAAJWYFAC11AQBF9AEAmegBAJLUBADl1AQAONUEAIvVBADe1QQAMdYEAITWBADX1gQAmYcDAOyHAwCLXwkA3l8JALhsDQDgoQgAmegBAL2LAAAQjAAA5x0DAKHbAQCZ6AEA4xULAGkMCABKEgEArdwEANp0AQAtdQEAmegBAN5RCwBEDgAAUTMIAKQzCAD3MwgASjQIAJnoAQD6tQgATbYIAKC2CADztggARrcIAJm3CADstwgAP7gIAJK4CADluAgAOLkIAIu5CADeuQgAMboIAIS6CADXuggAKrsIAH27CADeUQsA1B0AACceAAB6HgAAzR4AACAfAACo0wIA8Q0AAJnoAQAfKgwAFPoNAKdHAAD6RwAATUgAAKBIAADzSAAARkkAAJlJAADsSQAAP0oAANOJCgAmigoAqxcAAOcdAwAtdQEARfQBAJnoAQC4bA0A4KEIAJnoAQDAGgsA0FMLAPENAAAlggEAeIIBACKtAAApngIAfJ4CAM+eAgAAAAAAJYIBAPENAACxZwIABGgCAFUtAgDjyQkA8qABAAAAAAAAAAAAAAAAAAAAAAAAAAAAT8gCAKLIAgDyoAEAAAAAAE/IAgCiyAIAJc4CAOXUBAAUvAoAZ7wKALq8CgANvQoAYL0KALO9CgAGvgoAWb4KAESfAwCXnwMA6p8DAD2gAwCQoAMA46ADADahAwCJoQMA3KEDAC+iAwCCogMA1aIDACijAwB7owMAzqMDADjVBACL1QQA3tUEADHWBACE1gQA19YEAJmHAwDshwMAP4gDAJKIAwDliAMAOIkDAIuJAwDeiQMAMYoDAISKAwDXigMAKosDAH2LAwDQiwMAC4kJAF6JCQCxiQkABIoJAFeKCQCqigkA/YoJAFCLCQCjiwkA9osJAEmMCQCcjAkA74wJAEKNCQCVjQkA6I0JADuOCQBF9AEAqNMCACKtAACduAEA5Y8CAPqFAwBNhgMAoIYDAPOGAwBGhwMAmYcDAOyHAwCs/QEAm4QAAPENAAAnrwMAeq8DAKoUDgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAk9YCAGjhAwC74QMADuIDAGHiAwC04gMAB+MDAFrjAwCt4wMAAOQDAFPkAwCSiAMA5YgDAOzoAQA/6QEAkukBAOXpAQCtUQwAhSQEANgkBAArJQQAfiUEANElBAAkJgQAdyYEAMomBAC6FgoAUl4MAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDF0QAAvaYIANp0AQAsegIAqhQOAJLUBADl1AQAONUEAIvVBADe1QQAMdYEAITWBADX1gQAKtcEAOXUBAA41QQAi9UEAN7VBAAx1gQAhNYEANfWBACZhwMA7IcDAD+IAwA88QUAj/EFAOLxBQA18gUAiPIFANvyBQBluQIAuLkCACKtAABTAAAAaskDAAQVAgD1zg0ASM8NAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAEFQIAcdUNACmeAgCPswIA4rMCADW0AgCItAIAIq0AAJ24AQDljwIA+oUDAE2GAwCghgMA84YDAKsXAAD+FwAAxdEAAO2QAABAkQAAmuMAABm4AgDE1Q0A5Y8CAPqFAwBNhgMAoIYDAPOGAwBGhwMAmYcDAOyHAwD8/gYAaQwIAO2QAADxDQAASIMMAP4XAAB3OwEA48kJAK1LAQDDSQsAx6QDALFnAgDjyQkA2PMKAJrjAAAZuAIAmegBAJLUBAApngIAfJ4CAM+eAgAinwIA7OgBAD/pAQCS6QEA5ekBAEoSAQBTAAAA8hUJABgeAgABRwAA48kJANjzCgCa4wAAGbgCACWCAQDNAgQAIAMEAFMAAAChPAAABBUCAOXoDQDadAEArP0BAGffBQBrHgIABlACAHtQAwCZ6AEAPcIKAJDCCgDjwgoANsMKACWCAQB4ggEAom4DAPVuAwAaXw0A/P4GAKjTAgAlggEAeIIBAKJuAwD1bgMASG8DAJtvAwDubwMAQXADAB8qDAAU+g0Ap0cAAJAIAQBTAAAA8hUJAPENAACxZwIARfQBABgeAgAsJwIA8Q0AACevAwB6rwMAkAgBAJnoAQDNJAsALIcMAGd3CAC6dwgADXgIAGB4CAAEkQgAV5EIACBkAgBR7gUAGB4CAPz+BgCZ6AEAzSQLAG7XBgDB1wYAFNgGAGfYBgDjyQkA2PMKAAQVAgCZ6AEAShIBADiXAQDHpAMAkaIBAF16AQAtdQEARfQBAJnoAQDNJAsAEbAFAEX0AQD3fwkAShIBAJnoAQCNkwoAek4FAM1OBQDjFQsAGl8NAG1fDQAR9QcA9m8NAElwDQDxDQAAmegBALhsDQDgoQgAAAAAAAAAAACo0wIA5eICAIabCQDZmwkALJwJAH+cCQC6FgoAGHcNAGt3DQC+dw0AHyoMADxtDAAudgsAktQEAOXUBAA41QQAi9UEAN7VBAAx1gQAAA0KAFMNCgCmDQoAcioMANjzCgAr9AoAfvQKANH0CgAk9QoAd/UKAMr1CgAd9goAcPYKAOMVCwCLPA4A7ZAAAB8qDAA8bQwALnYLAJLUBADl1AQAONUEAIvVBADe1QQAMdYEAITWBADX1gQAmYcDAOyHAwA/iAMAkogDACVmBQB4ZgUAy2YFAB5nBQBxZwUAzl0NAHpOBQDjyQkAktQEAOXUBAA41QQAi9UEAN7VBAAx1gQAhNYEAEoLAgCdCwIAJWYFAHhmBQDLZgUAHmcFAHFnBQDEZwUA5dQEADjVBACL1QQA3tUEADHWBACE1gQA19YEACrXBAB91wQA0NcEACPYBAB22AQA3lELANQdAAAnHgAAeh4AAM0eAAAgHwAAqNMCAJPWAgBo4QMAu+EDAA7iAwBh4gMAtOIDAAfjAwBa4wMAreMDAADkAwBT5AMApuQDAPnkAwBM5QMAn+UDAPLlAwBF5gMAkogDACVmBQB4ZgUAy2YFAPz+BgCZ6AEAuGwNAPq1CADD2wIAFtwCAOGOCQAg0goAYmAIAPq1CAABRwAA48kJAB8qDAA8bQwALnYLAMAaCwDQUwsA8Q0AAO2QAAABRwAAxdEAADRRBgAYHgIAfT8CAJnoAQCNkwoAsskKAAXKCgC9iwAAEIwAABgeAgAsJwIAx/AEABrxBABt8QQAm4QAAKz9AQAlggEAAAAAAJnoAQB9PwIAXO0KAC11AQDCQQIAqNMCAJPWAgBo4QMAu+EDAA7iAwBh4gMAtOIDAAfjAwCrCQIA/gkCAJLUBAApngIAzBsOAB8cDgByHA4Ak+oLALr0AgBEDgAAShIBAFwJBwCQCAEAAUcAAJnoAQCS1AQA5dQEADjVBACL1QQA3tUEADHWBACE1gQAAA0KAFMNCgCmDQoAe1ADAPENAAAnrwMAeq8DAAAAAACo0wIA2AEJAECRAACa4wAAGbgCACKtAACduAEA5Y8CAPqFAwBNhgMAoIYDAPOGAwBGhwMAmYcDAOyHAwDRcQUAQJEAAJrjAAAZuAIAvaYIAHtQAwAAAAAAAAAAAAAAAABPyAIAosgCAPKgAQAAAAAAAAAAAAAAAAAAAAAAT8gCAKLIAgAlzgIA5dQEADjVBACL1QQA3tUEADHWBACE1gQA19YEAJmHAwDshwMAP4gDADzxBQCP8QUA4vEFADXyBQCI8gUA2/IFAEoSAQCOXgQA4V4EADRfBACHXwQA/P4GAKz9AQCZ6AEAShIBAJ0SAQDNKwoAICwKAHMsCgBKEgEAjl4EAOFeBAA0XwQAh18EACKtAAB1rQAAyK0AABuuAABurgAArdwEAAZQAgDOXQ0Am4QAAG7XBgBKEgEAJ70BABCMAADnHQMAIq0AACmeAgBVLQIAJWYFADRRBgDgoQgA8Q0AANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAk9YCAGjhAwA5Nw0Ad3kEAMp5BAAdegQAcHoEAMN6BAAWewQAaXsEALx7BAAPfAQAYnwEALV8BACZ6AEAJYIBAM0CBAAtdQEAfT8CAJnoAQDs6AEAP+kBAJLpAQA4/goAi/4KAM0kCwBu1wYA/P4GABgeAgAsJwIA8Q0AAJGiAQATFAwAkvAAAImaBADQUwsA8Q0AALFnAgAYmggAa5oIAL6aCAARmwgAZJsIALebCAAKnAgAXZwIALCcCAADnQgAzSQLAC5oDQB7UAMAmegBALhsDQDvJQAAmegBAB8qDAAU+g0Ap0cAAPpHAABTAAAAEfUHAP7tBQDadAEA/IgLAPkbCADtkAAA/P4GAJnoAQBKEgEAjl4EAOFeBAA0XwQAh18EAKryBgDAGgsA0FMLAPENAACxZwIAwBoLANBTCwDxDQAAsWcCAJnoAQC9pggAe1ADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoSAEAPQgBABEfAgAl3wIAOp8CAA9fQgAkH0IAON9CAA2fggAiX4IANx+CAAvfwgAgn8IANV/CAAogAgAe4AIAM6ACAAhgQgAdIEIAJKIAwAlZgUAeGYFAMtmBQD8/gYAmegBALhsDQD6tQgAuGwNAIdRBgDaUQYAHWUHAHBlBwDDZQcAFmYHAGlmBwC8ZgcAmegBAB8qDAAlZgUAeGYFAMtmBQD8/gYAmegBALhsDQD6tQgAzQIEAEoLAgDxDQAAJ68DAHqvAwBKCwIA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAaOEDALvhAwAO4gMAYeIDALTiAwAH4wMAWuMDAK3jAwAA5AMAU+QDAKbkAwD55AMATOUDAJ/lAwDy5QMAReYDAJKIAwAlZgUAeGYFAMtmBQD8/gYAmegBALhsDQD6tQgAuGwNAIdRBgDaUQYAHWUHAHBlBwDDZQcAFmYHAGlmBwC8ZgcAmegBAB8qDAAlZgUAeGYFAMtmBQD8/gYAmegBALhsDQD6tQgAkogDACVmBQB4ZgUAy2YFAPz+BgCZ6AEAuGwNAPq1CAC4bA0Ah1EGANpRBgAdZQcAcGUHAMNlBwAWZgcAaWYHALxmBwCZ6AEAHyoMACVmBQB4ZgUAy2YFAPz+BgCZ6AEAuGwNAPq1CAAYHgIAzl0NACx6AgB4ggEAy4IBAHtQAwBKCwIAIq0AAJ24AQDljwIA+oUDAE2GAwCghgMA84YDAF/6AwAW6QwAYPsNAL2LAAAQjAAAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAPKLBABFjAQAmIwEAOuMBAA+jQQAkY0EAOSNBAA3jgQAio4EAN2OBAAtdQEARfQBAJnoAQAfKgwAPG0MACKtAACduAEA5Y8CAPqFAwBNhgMAoIYDAPOGAwBGhwMA89IEAEbTBACZ0wQA7NMEAD/UBAC9iwAAEIwAAOcdAwCh2wEAmegBAN5RCwBEDgAAUTMIAKQzCAD3MwgASjQIAKjTAgCbhAAAodsBABgeAgAsJwIAAUcAAEfHBACaxwQA7ZAAAPENAABTAAAAEfUHAGT1BwCa4wAALCcCAAAAAAC9iwAA7ZAAAPENAACxZwIA48kJANjzCgCa4wAAGbgCAHidCQDLnQkAHp4JABrxBABt8QQAwPEEABPyBABm8gQAufIEAAzzBABf8wQAsvMEAAX0BABY9AQAq/QEAP70BABR9QQApPUEAPf1BABK9gQAnfYEAPD2BABD9wQAlvcEAOn3BAA8+AQAj/gEAOL4BAA1+QQAiPkEANv5BAAu+gQAgfoEANT6BAAn+wQAevsEAM37BAAg/AQAc/wEAJuEAADuhAAAqVEHAPxRBwD8/gYAmegBAB8qDAAU+g0Ap0cAAEoSAQCt3AQAAN0EAJnoAQAEkQgAV5EIAAFHAABHxwQAmscEAO2QAADxDQAAmegBAA1qCgB1rAwAZPUHAJnoAQAEkQgAV5EIAAAAAAC9iwAA7ZAAAPENAACxZwIAmegBACWCAQDNAgQAnf0DADiXAQB6TgUAzU4FAMXRAAC9pggA2nQBACKtAACpUQcAmegBAI2TCgCyyQoA/P4GAJ9vCADHpAMAqNMCACKtAAApngIAj7MCAOKzAgA1tAIAiLQCACKtAACduAEA5Y8CAPqFAwBNhgMAoIYDAPOGAwDIpQ0A2PMKAJrjAAAZuAIAqS8AAHWtAADIrQAAG64AAG6uAADBrgAAqNMCACKtAAApngIAj7MCAOKzAgA1tAIAiLQCACKtAACduAEA5Y8CAPqFAwBNhgMAoIYDAPOGAwDIpQ0A2PMKAJrjAAAZuAIA7ZAAAPz+BgCfbwgAx6QDAKkvAACduAEA5Y8CAPqFAwBNhgMAoIYDAPOGAwBGhwMAmYcDAOyHAwDRcQUAJHIFAHdyBQDKcgUAHXMFAHBzBQDDcwUAFnQFACN+BQB2fgUAFLwKAGe8CgC6vAoADb0KAGC9CgCzvQoABr4KAFm+CgBF9AEA938JAEqACQCZ6AEAzSQLABGwBQAEkQgAV5EIAPENAABEDgAA+rUIABgeAgAirQAAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAHuxAQDOsQEAIbIBAHSyAQDHsgEA1dIIACjTCAB70wgAztMIACHUCAB01AgAx9QIABrVCABt1QgAwNUIABPWCABm1ggAudYIAAzXCABf1wgAstcIAAXYCABY2AgAq9gIAJ24AQDljwIA+oUDAE2GAwCghgMA84YDAEaHAwCZhwMA7IcDANFxBQAkcgUAd3IFAMpyBQAdcwUAcHMFAMNzBQAWdAUA+9MCAE7UAgA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAA8osEAEWMBACYjAQA64wEAD6NBACRjQQA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAaOEDALvhAwAO4gMAYeIDALTiAwAH4wMAWuMDAK3jAwAA5AMAU+QDAKbkAwD55AMATOUDAJ/lAwDy5QMAReYDAA1qCgCoogkA+6IJAE6jCQChowkA9KMJAEekCQCapAkA7aQJAEClCQCTpQkA5qUJADmmCQCMpgkA36YJADKnCQCFpwkA2KcJACuoCQB+qAkA0agJACSpCQB3qQkAw9sCABbcAgDhjgkAINIKAGJgCAD6tQgAAUcAAOPJCQAfKgwAPG0MAC52CwDAGgsA0FMLAPENAAB4nQkAy50JAAQABQBXAAUAqgAFAApeBQDeUQsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAxdEAAO2QAACrFwAAAUcAAJnoAQDNJAsAxdEAAAUJAgABRwAAmegBAMXRAAAFCQIAJxYNAHoWDQA9wgoAkMIKAOPCCgA2wwoADWoKAPIVCQDxDQAAkaIBAF16AQCs/QEAJYIBAKoUDgAfKgwAPG0MAC52CwCS1AQA5dQEADjVBACL1QQA3tUEADHWBACE1gQAAA0KAFMNCgCmDQoAHyoMABT6DQCnRwAABJEIAFeRCAAEAAUAVwAFAKoABQAKXgUA3lELANQdAAAnHgAAeh4AAM0eAAAgHwAAkvAAAAsoCwAapQMAktQEAOXUBAA41QQAi9UEAN7VBAAx1gQAhNYEANfWBACZhwMA7IcDAIIlCQDgkwoAM5QKAKz9AQBn3wUAut8FAA3gBQBg4AUAqxcAAJnoAQDeUQsArzINAAIzDQBVLQIA2nQBAJ39AwBcCQcANFEGAPq1CAABRwAA48kJANjzCgCa4wAAGbgCANl/DQAlZgUAeGYFAMtmBQAeZwUAcWcFAMRnBQB+VQkAktQEAOXUBAA41QQAi9UEAN7VBAAx1gQAhNYEANfWBAAq1wQAfdcEANDXBAAj2AQAdtgEAN5RCwDUHQAAJx4AAHoeAADNHgAA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDD2wIAFtwCAOGOCQA0jwkAh48JANqPCQAtkAkAgJAJAOzoAQD5GwgATBwIAJ8cCAC4bA0AGB4CAJnoAQDjFQsANhYLABgeAgAsJwIAIGQCAAFHAADTGwIAGB4CAHtQAwCZ6AEA8qABAL2LAAAQjAAA5x0DAKHbAQCT1gIAaOEDALvhAwAO4gMAYeIDALTiAwAH4wMAWuMDAK3jAwAA5AMAU+QDAKbkAwD55AMATOUDAJ/lAwDy5QMAReYDADdyCAD2kggANJYIAIeWCADalggALZcIAJKIAwAlZgUAeGYFAMtmBQD8/gYAmegBALhsDQD6tQgAuGwNAIdRBgDaUQYAHWUHAHBlBwDDZQcAFmYHAGlmBwC8ZgcAmegBAB8qDAAlZgUAeGYFAMtmBQD8/gYAmegBALhsDQD6tQgAAUcAACVmBQB4ZgUAy2YFAB5nBQBxZwUAxGcFABdoBQBqaAUAvWgFABBpBQDGtg4AGbcOALvhAwAO4gMAYeIDALTiAwAH4wMAWuMDAK3jAwAA5AMAU+QDAJKIAwAlZgUAeGYFAMtmBQAeZwUAcWcFAC3cCgDUHQAANUUGAKoUDgD+7QUAAUcAACVmBQA0UQYA4KEIAAFHAAAlZgUAeGYFAMtmBQAeZwUAcWcFAMRnBQAXaAUAamgFAL1oBQAQaQUA7ZAAAECRAACa4wAAGbgCAOv0AQAlZgUAeGYFAMtmBQAeZwUAcWcFAMRnBQAXaAUA1WoLAChrCwB7awsAzmsLACFsCwB0bAsAx2wLAEQOAABRMwgApDMIAPczCABKNAgA0xsCAIdRBgDaUQYALVIGAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqNMCANgBCQBAkQAAmuMAABm4AgCrFwAA/hcAAE29BwCgvQcA870HAEa+BwCZvgcA7L4HAGseAgD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAmegBAB8qDAAlZgUAeGYFAMtmBQAeZwUAcWcFAMRnBQB+VQkArVgLACKtAAAirQAAhcMFANjDBQArxAUAfsQFAAQABQCZ6AEAzSQLAO8lAAABRwAA48kJANjzCgDeUQsA1B0AADVFBgCqFA4A/u0FAAFHAAAlZgUANFEGAOChCACZ6AEAuhYKABh3DQBrdw0AvncNALr0AgDMkQkAH5IJAHKSCQDFkgkAGJMJAGuTCQCGtwUA2bcFACy4BQB/uAUA0rgFACW5BQB4uQUAy7kFAB66BQBxugUAdtEFAMnRBQAc0gUAb9IFAMLSBQAV0wUAvYsAABgeAgAYHgIALCcCAKsXAAABRwAAmegBAB8qDAA8bQwAh1EGAPIVCQAlggEAeIIBAMuCAQB7UAMAqNMCAAAAAACZ6AEAHyoMAOckAgA6JQIAjSUCAJPqCwDeUQsAMVILANp0AQB6TgUAm4QAAKz9AQAlggEAqhQOAN5RCwDUHQAAJx4AAHoeAADNHgAAIB8AABqXBQCZ6AEA7OgBADwhCwCPIQsA4iELAB8qDAAlZgUAeGYFAMtmBQAeZwUAcWcFAMRnBQCo0wIAw9sCABbcAgDhjgkAzSQLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCqFA4A3lELANQdAAAnHgAAeh4AAM0eAAAgHwAAShIBAAAAAABTAAAAIq0AAJ24AQDljwIA+oUDAE2GAwCghgMA84YDAEaHAwCZhwMA7IcDANFxBQBAkQAAmuMAABm4AgAYHgIAYmAIAKWxDADQPwIAQJEAANOJCgAmigoAGB4CACwnAgDH8AQAGvEEAG3xBACbhAAArP0BACWCAQCqFA4A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAQjAAAqxcAAHtQAwCo0wIAAUcAACKtAABTAAAAIq0AAJ24AQDljwIA+oUDAE2GAwCghgMA84YDAEaHAwCZhwMA7IcDAO8lAACzqQEABqoBAFmqAQAirQAAnbgBAOWPAgD6hQMAGB4CACwnAgB/JwIAJw8OAPENAADUHQAAy6QIAB6lCABxpQgAxKUIABemCABqpggAJHIFAHdyBQDKcgUAHXMFAHBzBQDDcwUAFnQFALr0AgBEDgAAUTMIAKQzCAD3MwgASjQIAJnoAQC6FgoAGHcNAGt3DQC+dw0AxrYOABm3DgBstw4Av7cOABK4DgBluA4AuLgOAAu5DgBeuQ4AsbkOAAS6DgBXug4A6p8DAD2gAwCQoAMA46ADADahAwCJoQMA3KEDAC+iAwDAGgsA0FMLAPENAACs/QEAZ98FALrfBQAN4AUAYOAFALPgBQAt3AoAJ3EAAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCbhAAA7yUAAH0/AgBWBQYAe7EBAPENAACpLwAAnbgBAOWPAgD6hQMATYYDAKCGAwDzhgMARocDAJmHAwDshwMA0XEFAECRAACa4wAAGbgCAEiDDACM3gEAD4oCAGKKAgC1igIACIsCAGJgCADvJQAAGB4CACwnAgABRwAAR8cEAJrHBADtkAAA8Q0AANQdAACtSwEAAEwBAFNMAQBTWQsAplkLAPlZCwCZ6AEAShIBAK3cBAB7UAMAmegBAD3CCgCQwgoA48IKADbDCgCs/QEAxIINAM0kCwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAktQEAOXUBAAUvAoAZ7wKALq8CgANvQoAYL0KALO9CgAGvgoAWb4KAKy+CgD/vgoAuhYKAPENAACxZwIABGgCAKz9AQAlggEAzQIEAMekAwCQAQIAqO4KAB8qDAA8bQwALnYLAI2TCgBTAAAA7oQAAJ24AQDljwIA+oUDAE2GAwCghgMA84YDAEaHAwCZhwMA7IcDANFxBQBAkQAAmuMAABm4AgD70wIATtQCADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AACs/QEANFEGADRRBgABRwAA8Q0AALFnAgBHxwQAZDMLAFuRDQCZ6AEA7OgBABgeAgBiYAgAShIBAJnoAQDyoAEAkvAAAKjTAgCT1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAwBoLABMbCwBmGwsAuRsLAASRCADTiQoAJooKAJnoAQC4bA0A+rUIAAFHAACZ6AEAuGwNAO8lAACZ6AEAzSQLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCqFA4ArP0BAGffBQC63wUADeAFAGDgBQCz4AUALdwKAJnoAQAfKgwAPG0MAC52CwAfKgwAm4QAAASYBwB9PwIAmegBAB8qDAAuaA0Ae1ADAJnoAQC4bA0A7yUAAJnoAQAfKgwAFPoNAKdHAAD6RwAATUgAAO2QAAD8/gYAmegBAKz9AQBn3wUAut8FAA3gBQBg4AUAs+AFACWCAQCbhAAAIqYBALFnAgAlZgUAIq0AAPENAADUHQAAm4QAAAZQAgAirQAAqVEHAAQVAgD1zg0ASM8NAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAEFQIAcdUNAMTVDQDljwIA+oUDAE2GAwCghgMA84YDAEaHAwCZhwMA7IcDANFxBQBAkQAAmuMAABm4AgAAAAAAUwAAABH1BwD2bw0A8Q0AANQdAACbhAAABlACACKtAACpUQcAUwAAAOINAgAEFQIA9c4NAEjPDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAABBUCAHHVDQDE1Q0A5Y8CAPqFAwBNhgMAoIYDAPOGAwBGhwMAmYcDAOyHAwDRcQUAQJEAAJrjAAAZuAIAqNMCAAFHAABHxwQAZDMLAMFNAgDxDQAAUwAAAPIVCQAYHgIAAUcAAKjTAgABRwAAR8cEAGQzCwDBTQIA8Q0AAFMAAADyFQkAGB4CAAFHAACo0wIA2AEJAECRAACa4wAAGbgCACWCAQDNAgQA+ZgCANp0AQAtdQEARfQBACKtAACduAEA5Y8CAPqFAwBNhgMAoIYDAPOGAwBGhwMAmYcDAOyHAwCLXwkA1B0AACceAACa4wAAGbgCAEoLAgCdCwIAR8cEAGQzCwDBTQIA8Q0AAFMAAADyFQkAGB4CAAFHAAAEFQIAcdUNAMTVDQDljwIA+oUDAE2GAwCghgMA84YDAEaHAwCZhwMA7IcDANFxBQBAkQAAmuMAABm4AgDGtg4AGbcOALvhAwAO4gMAYeIDALTiAwAH4wMAWuMDAK3jAwAA5AMAU+QDALoWCgAYdw0Aa3cNAL53DQASuQIAKZ4CAMwbDgAfHA4AchwOAMUcDgAYHQ4Aax0OAL4dDgARHg4ABo4FAFmOBQCsjgUA/44FAFKPBQCljwUA+I8FAKjTAgCT1gIAaOEDALvhAwAO4gMAYeIDALTiAwAH4wMAWuMDAK3jAwAA5AMAU+QDAJKIAwAlZgUAeGYFAMtmBQAeZwUAcWcFAMRnBQB+VQkAktQEACmeAgDMGw4AHxwOAHIcDgDFHA4AGB0OAGsdDgC+HQ4AER4OAJPWAgBo4QMAu+EDAA7iAwBh4gMAtOIDAAfjAwABRwAAJWYFAHhmBQDLZgUAHmcFAHFnBQDEZwUAF2gFAGpoBQC9aAUAEGkFAMPbAgDtkAAAxdEAACKtAACduAEA5Y8CAPqFAwBNhgMAoIYDAPOGAwBGhwMAmYcDAOyHAwDRcQUAQJEAAJrjAAAZuAIA4KEIAP4XAACd0wkA8NMJAJuEAAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAqhQOAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AACdxAAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAqhQOAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAw9sCABbcAgDhjgkAzSQLAASYBwDNAgQA+ZgCADTpCAA9wgoAkMIKAJ3TCQDw0wkA8Q0AAJnoAQDs6AEAPCELAI8hCwDiIQsANSILAI2TCgDgkwoAM5QKAHtQAwDOUAMAIVEDABgeAgCZ6AEAktQEAHWtAAC9iwAA8Q0AALFnAgDjyQkAmegBAD3CCgCQwgoAndMJAPDTCQDNJAsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBALhsDQAirQAAIq0AAIXDBQDYwwUAK8QFAH7EBQAEAAUAmegBAMXRAAC9pggA2nQBACx6AgCqFA4AuhYKAPENAACxZwIABGgCAKz9AQAlggEAzQIEAMekAwCQAQIA2nQBAC11AQBF9AEAmegBAM0kCwARsAUAktQEAOXUBAA41QQAi9UEAN7VBAAx1gQAhNYEANfWBACZhwMA7IcDAD+IAwCSiAMA5YgDADiJAwCLiQMAJ68DAHqvAwCq8gYA/fIGAFDzBgCj8wYA9vMGAEn0BgAfKgwAIq0AAFMAAAAAAAAA2nQBAFMAAACZ6AEAktQEAOXUBAA41QQAi9UEAN7VBAAx1gQAhNYEANfWBACZhwMA7IcDAD+IAwCSiAMA5YgDADiJAwAfKgwAFPoNAKdHAADAGgsA0FMLAPENAACxZwIAHyoMACVmBQB4ZgUAy2YFAB5nBQBxZwUAxGcFAH5VCQDRVQkAJFYJADjqAQDadAEAGB4CACwnAgC4bA0Ah1EGANpRBgAtUgYAmegBAB8qDAAirQAAUwAAAJnoAQCS1AQA5dQEADjVBACL1QQA3tUEADHWBACE1gQA19YEAJmHAwDshwMAP4gDAMXRAADadAEAek4FAFRHAACZ6AEAwBoLANBTCwDxDQAAsWcCAJnoAQD8/gYAT/8GAFuRDQABRwAAJWYFAPmYAgA06QgA3lELANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAEB8AwCTfAMA5nwDAL2LAAAQjAAAN/0AAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCqFA4AuGwNABgeAgCZ6AEA4xULAGkMCADtkAAA8Q0AAJnoAQA9wgoAkMIKAOPCCgA2wwoARAACAFJeDAClXgwAx6QDAPz+BgDxDQAAmegBAN5RCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABAfAMAk3wDAOZ8AwC9iwAAEIwAADf9AAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAqhQOALhsDQAYHgIAmegBAOMVCwBpDAgA7ZAAAPENAACZ6AEAPcIKAJDCCgDjwgoANsMKAEQAAgBSXgwApV4MAMekAwCZ6AEA3lELANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAEB8AwCTfAMA5nwDAL2LAAAQjAAAN/0AAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCqFA4AuGwNABgeAgCZ6AEA4xULAGkMCADtkAAA8Q0AAJnoAQA9wgoAkMIKAOPCCgA2wwoARAACAFJeDAClXgwAx6QDAAAAAACbhAAABJgHAFeYBwDNAgQAqNMCABgeAgDOXQ0ALXUBAEX0AQD3fwkAQJEAAJrjAAAZuAIAw9sCABbcAgDhjgkANI8JANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAM0kCwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEA7ZAAAEoSAQAirQAAKZ4CAO6EAACpUQcA/FEHAPENAADUHQAAJx4AAHoeAADNHgAAIB8AACwnAgBAkQAAmuMAABm4AgB7sQEA8Q0AAKjTAgC69AIAzJEJAB+SCQBykgkAxZIJABiTCQBrkwkAk+oLAJPWAgBo4QMAu+EDAA7iAwBh4gMAtOIDAAfjAwAADQoAUw0KACVmBQB4ZgUAy2YFAB5nBQBxZwUAxGcFAH5VCQAfKgwAPG0MAPz+BgAaXw0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAH7ZAgAU+g0Ap0cAABtTDQBuUw0AjZMKALLJCgAFygoAPcIKAJDCCgBRGAAAzSQLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCqFA4AktQEAOXUBAA41QQAi9UEAN7VBAAx1gQAhNYEANfWBACZhwMA7IcDAD+IAwDNJAsAVS0CAI8aDAAU+g0A2nQBAMekAwAapQMAShIBAJ0SAQBKEgEAXAkHAKsXAABpBQkAvAUJAA8GCQA4/goAi/4KAEoSAQCt3AQABlACAH0/AgDQPwIA/P4GAJnoAQDjFQsAGl8NAJuEAAATGwsAZhsLALkbCwAMHAsAXxwLALIcCwAFHQsA2tQLAC5oDQD8/gYAmegBAI2TCgCyyQoABcoKAIgiCwA2FgsAx6QDACdxAACs/QEAJYIBAKoUDgD8/gYAmegBAL2LAAAQjAAAAUcAACVmBQAsegIAmegBAB8qDAAlZgUAeGYFAMtmBQD8/gYAmegBAASRCABXkQgAAUcAAEfHBAAlggEAzQIEACADBACadAQAIq0AAAQVAgBx1Q0AxNUNAOWPAgD6hQMATYYDAKCGAwDzhgMARocDAJmHAwDshwMA0XEFAECRAACa4wAAGbgCAOXoDQDUHQAAJx4AAHoeAADNHgAAIB8AAPz+BgAaXw0Am4QAAG7XBgCo0wIAaQwIAMXRAACrFwAAqNMCAL2mCADQUwsA8Q0AALFnAgAlggEAeIIBAJXgCQDo4AkAO+EJAI7hCQAR9QcAZPUHAJrjAAAZuAIA7PwKAIdRBgDaUQYALVIGAJnoAQC9iwAAEIwAAOcdAwCh2wEAmegBAN5RCwBEDgAAUTMIAKQzCAD3MwgA3lELAK8yDQACMw0AVS0CAL2LAADxDQAAmegBAL2mCACo7goA/u0FAH0/AgDQPwIA/P4GAGkMCACHUQYA2lEGAB1lBwBwZQcAw2UHABZmBwBpZgcAvGYHAA9nBwBiZwcAtWcHAAhoBwBbaAcArmgHAAFpBwBUaQcAp2kHAPppBwBNagcAoGoHAPNqBwBGawcAmWsHAHx7BwDPewcAInwHAHV8BwD8/gYAmegBALhsDQD6tQgAAUcAAJnoAQDF0QAABQkCANp0AQB6TgUAJWYFAC11AQBF9AEAmegBAOzoAQA8IQsAGB4CAJnoAQC4bA0Ah1EGANpRBgAdZQcAcGUHAMNlBwAWZgcAaWYHAGT1BwBrHgIAVS0CACVmBQA0UQYA4KEIAAFHAAAlZgUAeGYFAMtmBQAeZwUAcWcFAMRnBQAXaAUA1WoLAChrCwB7awsAzmsLACFsCwB0bAsAx2wLAK7eAgAnvQEAAUcAAJuEAABVLQIA48kJALhsDQCHUQYA2lEGAB1lBwBwZQcAw2UHABZmBwBpZgcAvGYHAJnoAQAfKgwAJWYFAHhmBQDLZgUA/P4GAJnoAQC4bA0A+rUIAAFHAACrCQIAvYsAABCMAAA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAAShIBAJ0SAQDNKwoAn28IAHLXCwB7UAMAmegBAJLUBADl1AQAFLwKABCMAAABRwAA48kJAH7ZAgAlZgUAeGYFAMtmBQAeZwUAcWcFAMRnBQB+VQkAxdEAAAUJAgDadAEAek4FACVmBQAtdQEARfQBAJnoAQDs6AEAPCELABgeAgCZ6AEA+ZgCAEyZAgCfmQIA8pkCAL2mCADQUwsA8Q0AALFnAgAEaAIA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBACKtAAAAAAAAJYIBAKjTAgDD2wIAFtwCAOGOCQDAGgsA0FMLAPENAACxZwIA8Q0AAJnoAQDNJAsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAKoUDgCNkwoA4JMKADOUCgCFoAoA2KAKACuhCgANagoA8hUJAEUWCQD70wIATtQCADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AADyiwQAGB4CACwnAgDH8AQAVS0CAOPJCQDeUQsA1B0AAPENAACRogEAXXoBADRRBgAlggEAJYIBAJnoAQDAGgsA0FMLAPENAACxZwIAkvAAAAsoCwChIAQAHyoMAEfHBACaxwQA7ZAAAPz+BgCZ6AEA7OgBADwhCwAYHgIAmegBAAAAAAC9iwAA7ZAAAECRAAB7UAMAmegBAOzoAQA/6QEAkukBAOXpAQCrFwAA/hcAAJ3TCQDw0wkA8Q0AAO8lAACzqQEABqoBAFmqAQAaXw0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAJPWAgBo4QMAFLwKAGe8CgC6vAoADb0KAGC9CgCzvQoABr4KAFm+CgAEkQgAV5EIAMfwBAAa8QQAbfEEAJnoAQDNJAsALmgNAHtQAwCZ6AEAktQEAOXUBAA41QQAz/4MACL/DADuhAAAZ3cIAJnoAQANagoA8hUJANp0AQAtdQEAVS0CAPENAACo0wIAw9sCABbcAgDhjgkANI8JANQdAAAnHgAAeh4AAM0eAAAgHwAAGpcFAJnoAQDNJAsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAKoUDgDs6AEAPCELABgeAgCZ6AEAktQEAOXUBAA41QQAi9UEAN7VBAAx1gQAhNYEANfWBACZhwMA8Q0AANQdAAAnHgAAeh4AAM0eAAAgHwAAGpcFAG2XBQAnHgAAmuMAABm4AgDUHQAAJx4AAJrjAAAZuAIAxrYOABm3DgC74QMADuIDAGHiAwC04gMAB+MDAFrjAwCt4wMAAOQDAEoLAgAYHgIALCcCAH8nAgAnDw4A8Q0AANQdAACBdgsAECsCAKGxBwD0sQcAmegBAN5RCwDUHQAAJx4AAHoeAADNHgAAIq0AAH0/AgC9pggA0FMLAPq1CADxDQAA1B0AAEoLAgD8/gYAGB4CAM5dDQD5mAIANOkIAIfpCAAEFQIA9c4NAECRAACa4wAAGbgCAAQVAgCrFwAA7ZAAAAFHAADF0QAANFEGABgeAgB9PwIA0D8CAECRAACa4wAAGbgCAMa2DgAZtw4AsHkNAAN6DQBWeg0AAAAAAAAAAADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKjTAgCT1gIAaOEDALvhAwAO4gMAYeIDALTiAwAH4wMAWuMDAK3jAwAA5AMAU+QDAKbkAwD55AMATOUDAJ/lAwDy5QMAReYDAB8qDAAU+g0Ap0cAALoWCgANFwoA/P4GAFMAAADyFQkA2nQBAC11AQA/NQMAmegBAL2LAAAYHgIAJYIBAKjTAgAUCQAAvaYIABCnCABjpwgAktQEAOXUBAA41QQAi9UEAN7VBAAx1gQAhNYEAAANCgBTDQoApg0KAB8qDAAU+g0Ap0cAACBdAwBpDAgAvAwIAA8NCABiDQgAtQ0IAOdNCADjFQsAT/8GAO2QAABKEgEAnRIBACBdAwBpDAgAvAwIAA8NCABiDQgAtQ0IAOdNCADjFQsAT/8GAO2QAABKEgEAnRIBAPASAQCZ6AEABJEIANOJCgAmigoAqxcAAOcdAwAtdQEARfQBAO2QAABAkQAAShIBADiXAQDHpAMAkaIBAF16AQA0UQYA4KEIAJnoAQDjFQsAGl8NAKsXAADnHQMA7ZAAAPz+BgCZ6AEAxdEAAL2mCADadAEALHoCAKoUDgAfKgwAR8cEAHtQAwDadAEALXUBAEX0AQCZ6AEAHyoMADxtDAAudgsAktQEAOXUBAA41QQAi9UEAN7VBAAx1gQAhNYEAAANCgBTDQoApg0KAB8qDAAU+g0Ap0cAACBdAwBpDAgAvAwIAA8NCABiDQgAtQ0IAOdNCADjFQsAT/8GAO2QAABKEgEAnRIBAOMVCwCLPA4A3jwOADE9DgCEPQ4A1z0OACo+DgCS1AQA5dQEADjVBACL1QQA3tUEADHWBACE1gQA1dkHADRRBgAirQAAfT8CANA/AgBAkQAALCcCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDz2QMAWB0LAKsdCwD+HQsAapELAL2mCADadAEALHoCAKoUDgDs6AEAQiYAAAFHAAAirQAAqVEHANp0AQAtdQEARfQBAJnoAQDeUQsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAzSQLAFuRDQDadAEAmegBAPmYAgA06QgAh+kIAC3cCgBdegEANFEGANp0AQAsegIAqhQOAKsXAAD+FwAAdzsBAO8lAAA8IQsAjyELAOIhCwA1IgsAN5wCAECRAACa4wAAGbgCAPKgAQAOvwgAYb8IALS/CAAHwAgAWsAIAK3ACAAAAAAAT8gCAKLIAgA9wgoAkMIKAFEYAAD6ygUATcsFALjbCQAL3AkAXtwJAOzoAQD5GwgATBwIAJ8cCAC4bA0AGB4CAJnoAQDjFQsANhYLABgeAgAsJwIAIGQCAAFHAADTGwIAGB4CALoWCgANFwoAYBcKALMXCgAGGAoAAAAAAPmYAgBMmQIABlACAAAAAAAYHgIA04kKACaKCgAAAAAA/P4GAGkMCAC8DAgADw0IAGINCAC1DQgAgTgIANQ4CAAnOQgAejkIACKtAAB9PwIA0D8CAAFHAACrFwAA/hcAAHc7AQDvJQAAPCELAI8hCwDiIQsANSILADecAgBAkQAAmuMAABm4AgAEFQIA5egNAEQOAABRMwgAicMKAPkbCADLiAwAwkECAJnoAQDNJAsAEbAFAPmYAgBMmQIAn5kCAM0CBAD8/gYAmegBAOMVCwBpDAgAvAwIAA8NCABiDQgAtQ0IAOdNCAC6FgoADRcKAPmYAgDadAEAGB4CAGJgCADgoQgAShIBAFwJBwCrFwAAxdEAADRRBgAYHgIAfT8CAFztCgAtdQEARfQBAJnoAQCS1AQA5dQEADjVBADP/gwAIv8MAHX/DADI/wwAGwANAG4ADQCZ6AEABJEIANOJCgAmigoAeYoKAMyKCgAfiwoAcosKAN5RCwCvMg0AR8cEAGQzCwBVLQIA48kJAEX0AQCZ6AEAjZMKALLJCgAFygoAuhYKANp0AQB6TgUAVEcAAKdHAAAbUw0AmegBAD3CCgCQwgoA48IKADbDCgAEkQgA04kKACaKCgCrFwAA5x0DAC11AQBF9AEAmegBALhsDQAYHgIAmegBAEoSAQA4lwEAx6QDAKkvAACduAEA5Y8CAO8lAAD5GwgARfQBAL2LAAAYHgIALCcCABgeAgAsJwIAx/AEAFUtAgDjyQkA4xULAGkMCAC8DAgADw0IAGINCAC1DQgA500IAA1qCgAIPwEAWz8BAPmYAgDadAEA/P4GABpfDQA0UQYANFEGAAFHAAAlggEAqhQOAPENAACRogEAmegBAOMVCwBpDAgAvAwIAA8NCABiDQgAtQ0IAOdNCAA9wgoAkMIKAOPCCgA2wwoAicMKANzDCgAvxAoAgsQKAOMVCwBpDAgAvAwIAA8NCABiDQgAtQ0IAOdNCAC6FgoADRcKAPz+BgBTAAAA8hUJANp0AQAtdQEA/u0FAFHuBQCk7gUA9+4FAErvBQCd7wUA8O8FAEPwBQCW8AUA6fAFANp0AQCbhAAABJgHAJnoAQAfKgwAIq0AAFMAAACo0wIAmegBABbpDABg+w0AktQEAOXUBAA41QQAi9UEAN7VBAAx1gQAhNYEAJLwAAAAAAAAoSAEAFhiDQA8IQsAGB4CAAFHAAAlZgUA+ZgCADTpCAA1RQYAe1ADAJnoAQAEkQgAV5EIAKqRCAD9kQgAUJIIAKOSCACZ6AEAjZMKAJPWAgBo4QMAu+EDAA7iAwBh4gMAtOIDAAfjAwBa4wMAreMDAADkAwBT5AMApuQDAPnkAwBM5QMAn+UDAPLlAwBF5gMA89kDAP7tBQBR7gUApO4FAPfuBQBK7wUAne8FAPDvBQBD8AUAlvAFAOnwBQDD2wIAFtwCAKuTBgAW6QwA7ZAAAK1LAQDDSQsAx6QDALFnAgAlZgUALXUBAEX0AQCZ6AEA4xULAGkMCABKEgEArdwEANp0AQDV2QcAKNoHAHvaBwDO2gcAIdsHAHTbBwDH2wcAGtwHAG3cBwDA3AcAE90HAGbdBwC53QcADN4HAF/eBwCy3gcABd8HAFjfBwAYHgIALCcCAH8nAgAnDw4A8Q0AANQdAADyoAEAAUcAACKtAABTAAAAqNMCAAAAAAAlggEA8Q0AAKjTAgAAAAAAvYsAABCMAADnHQMAodsBAKjTAgAAAAAArP0BACWCAQCqFA4AHyoMADxtDAAudgsAktQEAOXUBAA41QQAi9UEAN7VBAAx1gQAhNYEAAANCgBTDQoApg0KAB8qDAAirQAAUwAAAKjTAgAAAAAAJYIBAPENAACo0wIAAAAAAN5RCwCRogEA5KIBAKjTAgAAAAAAqxcAAKsXAADtkAAA/u0FAAFHAAAlZgUANFEGAOChCACZ6AEABJEIAFeRCACqkQgA/ZEIAFCSCACjkggAAAAAAAFHAAABRwAAUwAAACKtAACduAEA5Y8CAPqFAwBNhgMAoIYDAPOGAwBGhwMAmYcDAOyHAwAQfQ4A8hUJAEUWCQCYFgkAkvAAAImaBADQUwsA8Q0AALFnAgATFAwABJEIAFeRCADH8AQAGvEEAG3xBACZ6AEA4xULAE//BgD+tQ0AUbYNAKz9AQCbhAAAIqYBANQdAADeUQsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAzSQLAFUtAgC9iwAAJYIBAPz+BgCZ6AEAPcIKAJDCCgDjwgoANsMKAJLUBADl1AQAONUEAIvVBADe1QQAMdYEAITWBAAADQoAUw0KAKYNCgAYHgIALCcCAH8nAgAnDw4A8Q0AANQdAAAaXw0AQJEAAJrjAAAZuAIA7ZAAAECRAACa4wAATv0IAKH9CABRGAAAAAAAAAAAAAAAAAAAT8gCAKLIAgAlzgIA5dQEADjVBACL1QQA3tUEADHWBACE1gQA19YEAJmHAwDshwMAP4gDADzxBQCP8QUA4vEFADXyBQCI8gUA2/IFAAAAAAAAAAAAT8gCAKLIAgAlzgIA5dQEADjVBACL1QQA3tUEADHWBACE1gQA19YEAJmHAwDshwMAP4gDADzxBQCP8QUA4vEFADXyBQCI8gUA2/IFAMXRAADadAEALXUBAO2QAABAkQAAmuMAABm4AgAAAAAAAAAAAAAAAAAAAAAAAAAAAKsXAADtkAAAAUcAAAQVAgBx1Q0AxNUNAOWPAgD6hQMATYYDAKCGAwDzhgMAyKUNABumDQBupg0AwaYNABSnDQBnpw0AuqcNAA2oDQCT1gIAaOEDALvhAwAO4gMAYeIDALTiAwAH4wMAWuMDAK3jAwAA5AMAU+QDAKbkAwD55AMATOUDAJ/lAwDy5QMAReYDADRRBgDxDQAAmegBALoWCgAYdw0Aa3cNAL53DQAAAAAAAAAAAAAAAADjyQkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQAAAAAAAAAAAAAAAACtSwEAw0kLADRRBgDgoQgAmegBAASRCABXkQgAqpEIAP2RCABQkggAAAAAAO2QAABAkQAArP0BANp0AQAtdQEAwkECAIs8DgAQjAAARfQBAPENAAAncQAAiMIAAO8lAACs/QEAm4QAAIjCAACZ6AEAzSQLAKz9AQBF9AEA938JADVFBgCqFA4AvaYIAKsXAADtkAAArUsBAMNJCwAAAAAAqxcAAJnoAQAEkQgAV5EIAL2mCAC9iwAA8Q0AACdxAABu1wYA8Q0AAJGiAQBdegEANFEGAOChCADtkAAABJEIAM5dDQD8iAsA+RsIAL2LAAABRwAAm4QAAFUtAgAAAAAANFEGAJnoAQAEkQgAV5EIACBkAgBzZAIA8Q0AACdxAABu1wYAqxcAAP4XAACo0wIA2AEJACsCCQB+AgkA0QIJACQDCQB3AwkAygMJAB0ECQBwBAkAwwQJABYFCQDtkAAA/u0FAFHuBQCk7gUA9+4FAErvBQCd7wUA8O8FAEPwBQCW8AUA6fAFAOzoAQA/6QEAkukBAOXpAQCsqgEAk9YCAGjhAwC74QMADuIDAGHiAwC04gMAB+MDAFrjAwCt4wMAAOQDAFPkAwCm5AMA+eQDAEzlAwCf5QMA8uUDAEXmAwDD2wIAFtwCAOGOCQA0jwkAh48JANqPCQAtkAkAgJAJAOzoAQD5GwgATBwIAJ8cCAC4bA0AGB4CAJnoAQDjFQsANhYLABgeAgAsJwIAIGQCAAFHAADTGwIAGB4CABArAgAEmAcAqhQOAECRAACa4wAAGbgCADRRBgA0UQYAJYIBAJnoAQAfKgwAJWYFAHhmBQDLZgUA/P4GAJnoAQC4bA0A+rUIAAFHAACZ6AEAxdEAAL2mCADadAEALHoCAKoUDgDF0QAABQkCANp0AQB6TgUAJWYFAC11AQBF9AEAmegBAOzoAQA8IQsAGB4CAJnoAQDNJAsALmgNAIFoDQC4bA0Ah1EGANpRBgAtUgYAmegBAJLUBADl1AQAONUEAIvVBADe1QQAMdYEAITWBADX1gQAmYcDAI2TCgCyyQoABcoKAD3CCgCQwgoA48IKADbDCgDNJAsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAKoUDgCrCQIA/gkCAASRCABXkQgAAAAAAL2LAADtkAAA8Q0AALFnAgCZ6AEAHyoMACVmBQB4ZgUAy2YFAPz+BgCZ6AEAuGwNAPq1CAABRwAAmegBAM0kCwDvJQAAAUcAAOPJCQDY8woAqxcAAO2QAACtSwEAqNMCAH7ZAgAlZgUAeGYFAMtmBQAeZwUAcWcFAMRnBQB+VQkAzSQLACyHDAAAAAAAvYsAANp0AQAYHgIAzl0NAC11AQBF9AEAmegBAM0kCwARsAUAktQEAOXUBAA41QQAi9UEAN7VBAAx1gQAhNYEANfWBACZhwMAqhQOAECRAACa4wAAGbgCANl/DQAlZgUAeGYFAMtmBQAeZwUAcWcFAMRnBQCiRAkA9UQJAEhFCQCbRQkA7kUJAEFGCQCURgkA50YJADpHCQCNRwkA4EcJAJLwAADF0QAABQkCANp0AQB6TgUAkfUBABgeAgAsJwIAx/AEAFUtAgDjyQkALIcMAAAAAAC9iwAA2nQBABgeAgAsJwIAe7EBAPz+BgCs/QEAIq0AAJnoAQCS1AQA5dQEADjVBACL1QQA3tUEADHWBACE1gQA19YEAJmHAwC4bA0ArP0BAAFHAACbhAAA2nQBAC11AQCZ6AEAe7EBAPz+BgCs/QEAIq0AAJnoAQCS1AQA5dQEADjVBACL1QQA3tUEADHWBACE1gQA19YEAJmHAwCZ6AEAuhYKAFJeDAAATAEAU0wBAFNZCwCmWQsA+VkLAExaCwCfWgsAxdEAAL2mCACo7goAqxcAAJnoAQAfKgwAR8cEAHtQAwDadAEALXUBAEX0AQCZ6AEAHyoMADxtDAAudgsAktQEAOXUBAA41QQAi9UEAN7VBAAx1gQA8Q0AAJnoAQCS1AQA5dQEABS8CgBnvAoAurwKAA29CgBgvQoAs70KAAa+CgBZvgoArL4KAP++CgDNJAsALIcMAAAAAAC9iwAA2nQBABgeAgAsJwIABAAFAJnoAQDs6AEAGB4CAGJgCABKEgEAmegBAB8qDAAU+g0Ap0cAAL2LAAAQjAAA5JsCADecAgBAkQAAJYIBAHtQAwDadAEALXUBAEX0AQCZ6AEA4xULAE//BgD+tQ0AUbYNAKz9AQCbhAAAIqYBANQdAADNJAsALIcMAAAAAAC9iwAA2nQBABgeAgAsJwIAzSQLABGwBQAEkQgAV5EIAPENAABEDgAA+rUIABgeAgAirQAA7ZAAAOzoAQAYHgIAYmAIAEoSAQCZ6AEAjZMKAHpOBQDxDQAAmegBAA1qCgAIPwEAzl0NAJ39AwCt3AQABlACAHtQAwCZ6AEA7OgBAD/pAQDuhAAAZ3cIANMbAgAYHgIAe1ADAJnoAQC4bA0AGB4CAJnoAQDeUQsARA4AAPq1CAAYHgIAIq0AAO2QAAABRwAAm4QAAG7XBgD8/gYAGB4CAM5dDQAtdQEA7yUAADwhCwCZ6AEAuhYKAA0XCgBgFwoAdzsBAO8lAAA8IQsAjyELAOIhCwA1IgsAm4QAANp0AQBKCwIAm4QAACIGDACsxQkA/8UJAC11AQC5bgsAR8cEAGQzCwDBTQIA8Q0AAB0uAwCbhAAAVS0CAOPJCQDAGgsA0FMLAPENAACxZwIAmegBAD3CCgAQKwIAYysCALYrAgBRGAAA+soFAE3LBQC42wkAC9wJAF7cCQCx3AkABN0JAFfdCQDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABKEgEAOJcBAMekAwCs/QEAxIINAL2mCACbhAAA+ZgCANp0AQAtdQEAcioMADbKCQCJygkA3MoJAC/LCQCCywkA1csJACjMCQB7zAkAzswJACHNCQB0zQkAx80JABrOCQA2FgsA8m8IAEVwCACYcAgAvYsAAPz+BgAEkQgAV5EIAMfwBABu1wYAmegBAL2LAAD8/gYAAAAAADRRBgCZ6AEAHyoMACVmBQB4ZgUAy2YFAB5nBQBxZwUAvaYIAFMAAABKCwIAqxcAAO2QAAABRwAAxdEAADRRBgAYHgIAfT8CAEoLAgBF9AEA938JAEqACQCdgAkA8IAJAEOBCQCWgQkALCcCAPENAACRogEA1B0AAPENAACo0wIARfQBAPd/CQBKgAkAnYAJAPCACQBDgQkAloEJAOmBCQA8ggkAj4IJAOKCCQA1gwkA7OgBADwhCwAYHgIAuGwNABgeAgCZ6AEA3lELANQdAAAnHgAAeh4AANp0AQAirQAA7ZAAAD3CCgCQwgoA48IKADbDCgB9PwIAzTIJAP4XAADF0QAAvaYIANBTCwDxDQAAsWcCAOPJCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAoMsFAPPLBQBGzAUAmcwFAOzMBQA/zQUAzSQLAG7XBgD8/gYAGB4CACwnAgDxDQAAkaIBAJnoAQDs6AEAPCELAI8hCwDiIQsAh1EGANpRBgAtUgYAmegBAB8qDAAirQAAUwAAAJnoAQCS1AQA5dQEADjVBACL1QQA3tUEADHWBACE1gQA19YEAJmHAwDshwMAP4gDAJKIAwDliAMAm4QAANp0AQDtkAAAQJEAAJrjAAAZuAIA8qABAA6/CABhvwgAtL8IAAfACABawAgArcAIAO2QAABKEgEAUwAAAPIVCQAYHgIAax4CAAZQAgB7UAMAmegBAOzoAQA/6QEAkukBADj+CgCL/goAjZMKAOCTCgAzlAoAPcIKABArAgBjKwIAtisCAASRCABXkQgA8Q0AAEQOAAAlggEAvYsAAAFHAAAlZgUANFEGAPz+BgAaXw0AqxcAABArAgBjKwIAtisCAD3CCgCQwgoAGB4CAJnoAQDeUQsA1B0AACceAAB6HgAAqxcAABArAgBjKwIAtisCAA1qCgAIPwEAWz8BAPmYAgDadAEA/P4GABpfDQAirQAAqVEHAJnoAQDAGgsA0FMLAPENAACxZwIAmegBAI2TCgCyyQoABcoKAH0/AgDNMgkA/hcAAMXRAAA0UQYApbEMAL2LAABTAAAAmegBAOzoAQA/6QEAkukBADj+CgCL/goA5ekBAOcdAwA0UQYABBUCAHHVDQCpUQcAm4QAAC5oDQCrFwAA7ZAAADVFBgDxDQAABBUCAMPhDQAW4g0AGB4CACwnAgDxDQAARA4AACWCAQD5mAIANOkIAPz+BgBP/wYAbtcGAPz+BgAYHgIALCcCAPENAACRogEA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCo0wIAw9sCABArAgBjKwIAtisCAE2vCQCgrwkA868JAEawCQCZsAkA7LAJAD+xCQCSsQkA5bEJADiyCQCLsgkA3rIJADGzCQCEswkA17MJACq0CQB9tAkA0LQJAJnoAQALKAsARA4AAFEzCACkMwgA9zMIAEo0CAC/4QgAK/sJAH77CQDR+wkA2PMKAJrjAAAZuAIAuhYKAPENAACxZwIABGgCAKz9AQAlggEAzQIEAMekAwCQAQIAmegBAM0kCwARsAUAPcIKAO2QAADF0QAAmegBAJLUBADl1AQAONUEAIvVBADe1QQAMdYEAITWBADX1gQAmYcDAKjTAgDyoAEADr8IAGG/CAC0vwgAB8AIAFrACACtwAgAAMEIAFPBCAAiyAgAAAAAAAAAAAAAAAAA8c4IAETPCACXzwgA6s8IAD3QCACQ0AgA49AIADbRCAAAAAAAAAAAAInRCADc0QgAL9IIAF/6AwA/IAYAkiAGAOzoAQA8IQsAjyELAOIhCwCo0wIA89kDAEbaAwAaqw4AbasOAMCrDgATrA4Am4QAAKz9AQAlggEAqhQOAOzoAQD5GwgATBwIAJ8cCAA9wgoAkMIKAOPCCgA2wwoAicMKANzDCgAvxAoAgsQKAO2QAACrFwAA/hcAAO2QAACrFwAAqxcAAP4XAADtkAAAqxcAAAFHAACo0wIAw9sCABbcAgDhjgkANI8JAIePCQDajwkALZAJAICQCQDs6AEA+RsIAEwcCACfHAgAuGwNABgeAgCZ6AEA4xULADYWCwAYHgIALCcCACBkAgABRwAA0xsCABgeAgB7UAMAmegBABbpDACo0wIAAAAAAJnoAQCs/QEA//0BAO8lAADvJQAAQiYAAECRAADOXQ0ALXUBAEX0AQCZ6AEAHyoMACVmBQB4ZgUAy2YFAPz+BgCZ6AEAuGwNAPq1CAABRwAAmegBAM0kCwDvJQAAAUcAAOPJCQDY8woA/P4GAIs8DgAlggEAqhQOAKsXAAD+FwAAdzsBAO8lAAA8IQsAjyELAOIhCwA1IgsAN5wCAECRAACa4wAAGbgCAMPbAgAW3AIA4Y4JAEoSAQCdEgEAzSsKACAsCgBzLAoAxiwKAD3CCgAQKwIAYysCALYrAgD8/gYAw9sCABbcAgDhjgkAShIBAJ0SAQDNKwoAICwKAHMsCgDGLAoAPcIKABArAgBjKwIAtisCAPz+BgBKEgEAnRIBAM0rCgAgLAoAcywKAMYsCgANagoAYGoKALNqCgAGawoAWWsKAKxrCgD/awoAJYIBAHiCAQCibgMA9W4DAJnoAQC9iwAAGB4CACWCAQAEkQgAV5EIAPENAABEDgAAJYIBAPmYAgA06QgAjZMKAJ39AwDw/QMAQ/4DAJb+AwDp/gMAmegBALoWCgANFwoAAUcAAEfHBAB7UAMAmegBAOzoAQA8IQsAGB4CAJnoAQANagoAYGoKALNqCgAGawoAWWsKAKxrCgD/awoAqwkCAP4JAgCs/QEA//0BAFL+AQCl/gEA7OgBADwhCwCPIQsA4iELADUiCwCNkwoAek4FAM1OBQCNkwoA4JMKADOUCgCGlAoAEbAFAA1qCgBgagoAs2oKAAZrCgBZawoArGsKAP9rCgAEFQIAe7EBAPENAABEDgAAShIBAK3cBABVLQIAIq0AAKlRBwDadAEALXUBAEX0AQCZ6AEADWoKAGBqCgCzagoABmsKAFlrCgCsawoA/2sKAOzoAQA8IQsAGB4CAJnoAQCQCAEAyLMLABB9DgBjfQ4APcIKAJDCCgDjwgoANsMKAA1qCgAIPwEALCcCAH8nAgD5GwgAAuAMAO2QAAD8/gYAmegBAMXRAADadAEAek4FAFRHAACZ6AEAAAAAAJnoAQC4bA0AGB4CAJnoAQC/xQwAAAAAAJnoAQC4bA0AGB4CAJnoAQC/xQwAEsYMAM0kCwARsAUA4xULABpfDQBtXw0AEfUHAPZvDQBJcA0AGl8NAKsXAAAirQAAUwAAAKYAAACXbgoA6m4KAD1vCgCQbwoA428KAEoSAQCt3AQALmgNAIzeAQCbhAAABJgHAFeYBwDuhAAAfT8CAFYFBgAiBgwA938JAMAaCwATGwsAZhsLALkbCwA9wgoAkMIKAOPCCgA2wwoArP0BAMSCDQDtkAAAqxcAAJnoAQDs6AEAPCELAI8hCwDiIQsANSILAI2TCgDgkwoAPF8OAI9fDgDiXw4ANWAOAIhgDgCqFA4A/P4GAAQVAgCZ6AEAHyoMAEfHBAB7UAMAmegBAB8qDAA8bQwALnYLAI2TCgDgkwoAPF8OAI9fDgDiXw4ANWAOAIhgDgCNkwoAek4FAKjTAgDD2wIAEH0OAGN9DgC2fQ4AjZMKAOCTCgA8Xw4Aj18OAOJfDgA1YA4AiGAOAA1qCgAlggEAqhQOAJuEAAAipgEA1B0AAASRCADTiQoAJooKAJnoAQAUCQAAqxcAABB9DgBjfQ4Atn0OAI2TCgDgkwoAPF8OAI9fDgDiXw4ANWAOAIhgDgC9iwAAEIwAAAFHAAAlZgUAeGYFAMtmBQDtkAAAQJEAAJrjAAAZuAIAJYIBAHiCAQCibgMA9W4DAJnoAQDeUQsAMVILACKtAACpUQcAmegBAOzoAQD5GwgATBwIAJ8cCAAW6QwAaekMAEX0AQD3fwkAShIBAJnoAQDadAEALXUBAJnoAQDNJAsALmgNAHtQAwCZ6AEAuGwNAO8lAACZ6AEAHyoMABT6DQCnRwAA+kcAAEQOAAD6tQgAGB4CACKtAADtkAAAJYIBAHiCAQAirQAAKZ4CAHyeAgDPngIAe1ADAJnoAQCNkwoA4JMKADxfDgCPXw4A4l8OADVgDgCIYA4AqhQOAPz+BgCZ6AEARfQBAPd/CQBKEgEAHyoMABT6DQCnRwAARfQBAPd/CQBKEgEA8Q0AAJnoAQDNJAsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAOMVCwAYHgIAzl0NAPmYAgA06QgAh+kIAJnoAQDs6AEAPCELAI8hCwDiIQsANSILAOzoAQA8IQsAGB4CAJnoAQB7sQEA/P4GAKz9AQAirQAASIMMAP4XAAB3OwEA7yUAADwhCwCPIQsA4iELADUiCwA3nAIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BACKtAAB1rQAAwFkCABNaAgBmWgIA/P4GABpfDQDvJQAA7yUAADwhCwCPIQsA4iELADUiCwA3nAIAQJEAAJrjAAAZuAIAICULAAFHAAAlZgUA/IgLALOpAQDuhAAAZ3cIAL2LAAAYHgIAHyoMADxtDAAudgsA7OgBAPkbCADLiAwAwkECAKycAwD/nAMAUp0DAKWdAwD4nQMAS54DAJ6eAwDxngMArP0BAMSCDQAEkQgAV5EIAPENAABEDgAAJYIBAPmYAgA06QgA/P4GAKjTAgCrFwAA/hcAAHc7AQDx/wEA+Q0KAEwOCgCfDgoA8g4KAOzoAQAnDw4AEIwAAFoFCwABRwAAJWYFADRRBgDgoQgAAUcAAOPJCQCrFwAA8Q0AAF16AQA0UQYA4KEIAMekAwAapQMABJEIAFeRCAAAAAAAvYsAANp0AQAYHgIALCcCAOMVCwAYHgIAzl0NAPmYAgA06QgAmegBAJH1AQDk9QEA5Y8CAPqFAwBNhgMAoIYDAPOGAwBGhwMAmYcDAOyHAwCo0wIABJEIAFeRCAAAAAAAvYsAANp0AQAYHgIALCcCAAQABQCZ6AEAShIBAJ0SAQDNKwoAICwKAHMsCgDGLAoADWoKAAg/AQBbPwEA+ZgCANp0AQD8/gYAGl8NAPENAACZ6AEADWoKAGBqCgCzagoABmsKAFlrCgCsawoA/2sKAPENAABTAAAAEfUHAP7tBQDvJQAAs6kBAAaqAQBZqgEAFukMAPENAACxZwIA48kJADbKCQBcCQcArUsBAMNJCwCo0wIARfQBAEoSAQBcCQcAqxcAAAFHAACbhAAAVS0CACVmBQA0UQYA4KEIAJnoAQDs6AEAP+kBAIjCAAAlggEA8Q0AANQdAACw4QoArMUJAKz9AQBn3wUAVS0CAJuEAAAEmAcAmegBALoWCgAYdw0Aa3cNAL53DQAEmAcAqNMCAH0/AgBc7QoAr+0KAALuCgBV7goA2nQBACx6AgB/egIA0noCAO2QAACbhAAAW5ENAJnoAQC4bA0A+rUIAAFHAACZ6AEAuGwNAO8lAACZ6AEAShIBAFwJBwCvCQcAnRIBABgeAgBAkQAAShIBADiXAQCLlwEAECsCAKGxBwDjyQkA/P4GAJnoAQCs/QEAe1ADAJnoAQDNJAsALmgNAP4XAAB3OwEAVEcAAKdHAAAbUw0AmegBAA1qCgAIPwEAWz8BANhGCwArRwsAfkcLAEX0AQCY9AEAuGwNAKWxDAA4/goAi/4KACm5CgB8uQoAmegBAOzoAQA/6QEAf+gKANLoCgAl6QoAeOkKAMvpCgAe6goAceoKAMTqCgANagoAYGoKAAZQAgAt3AoA1B0AALoWCgAYdw0Aa3cNAL53DQAirQAAKZ4CAMwbDgBF9AEAvaYIABCnCACNkwoA4JMKADOUCgCFoAoA2KAKAGf6DQAsJwIAx/AEAG7XBgCZ6AEAAAAAAIoKCwCZ6AEAvaYIAJuEAAAuaA0A/P4GACWCAQCqFA4A/P4GALoWCgBSXgwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEABBUCAKjTAgBL+AIAnvgCAPH4AgAVOwMAaDsDALs7AwAOPAMAYTwDAM0kCwBVLQIAzSQLAFUtAgAAAAAA6hQLAJnoAQD8/gYAn28IAHLXCwDF1wsAGNgLAGvYCwCo0wIArP0BAHtQAwABRwAA48kJAJPWAgCpUQcAm4QAAAZQAgC9pggAm4QAACKmAQCZ6AEA7OgBAD/pAQCS6QEA5ekBABh3DQBrdw0AvncNAKsXAAABRwAAm4QAAKHbAQCZ6AEAuhYKABh3DQBrdw0AvncNADRRBgD6tQgAEIwAAOSbAgDjFQsAGl8NAAFHAADjyQkA/u0FAAFHAADjyQkAm4QAAAZQAgAsJwIA4xULABpfDQABRwAA48kJAP7tBQABRwAA48kJAPENAABdegEAsHoBAAN7AQBWewEAF+sKAGrrCgCZ6AEArP0BAHtQAwCZ6AEA3lELAF16AQCwegEAA3sBAFZ7AQBTAAAACD8BAFs/AQBKEgEAOJcBAMekAwDUHQAAJx4AACwnAgB7sQEAmw4FAP7tBQABRwAAJWYFADRRBgBKEgEArdwEANp0AQAtdQEAax4CAO6EAADtkAAArP0BAJuEAADuhAAAfT8CAJnoAQBKEgEAnRIBAPENAACxZwIAmegBAASRCABXkQgAIGQCAKN9CwCrFwAAAUcAAJnoAQCS1AQAKZ4CAHyeAgDPngIAIp8CACWCAQCbhAAAIqYBALFnAgChIAQADWoKAAg/AQBbPwEA2EYLACtHCwB+RwsA0UcLAJnoAQCS1AQA5dQEADk3DQCMNw0A3zcNADI4DQCFOA0A2DgNAJnoAQDF0QAA2nQBAHpOBQBURwAAmegBALoWCgBSXgwApV4MAPheDADNTgUAktQEAOXUBACweQ0AIq0AAO2QAADxDQAAkaIBAAQVAgD1zg0ASM8NAMNJCwAWSgsA2nQBAHpOBQDjyQkA/P4GAJnoAQDF0QAA2nQBAHpOBQBURwAAmegBAJLUBADl1AQAsHkNAAN6DQC9iwAArP0BAAFHAADjyQkAMF4LAINeCwDqDQwA7yUAALOpAQAGqgEAWaoBAPENAABNTgsAoE4LAPNOCwBGTwsAmU8LADRRBgA0UQYApbEMAB8qDAAlZgUAeGYFAMtmBQD8/gYAmegBALhsDQD6tQgAAUcAAJnoAQCNkwoA4JMKALhsDQDvJQAA7ZAAAPz+BgAaXw0A/P4GAJnoAQAfKgwAJWYFAHhmBQDLZgUAHmcFAHFnBQDEZwUAflUJAK1YCwAAWQsA8Q0AALFnAgAfKgwAJWYFAHhmBQDLZgUA/P4GAJnoAQC4bA0A+rUIAAFHAACZ6AEAjZMKAOCTCgB+2QIA/JYJAMUqDADWXgsAKV8LAHxfCwDPXwsAImALAHVgCwDIYAsAG2ELAG5hCwDBYQsAGm0LAG1tCwDAbQsAE24LAH7ZAgAlZgUAeGYFAMtmBQAeZwUAcWcFAMRnBQB+VQkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAM0kCwDvJQAAAUcAAOPJCQDY8woAHyoMADxtDAAudgsArP0BAMSCDQDNJAsALmgNAIFoDQCNkwoA4JMKADxfDgCPXw4A4l8OAC5oDQAirQAA7ZAAALhsDQDvJQAAmegBALoWCgAYdw0Aa3cNAL53DQCZ6AEAPcIKAJDCCgDjwgoANsMKAEQAAgBSXgwApV4MAMekAwC6FgoAUl4MAKVeDADHpAMAPcIKAJDCCgBRGAAAuhYKABh3DQBrdw0AvncNABh3DQBrdw0AvncNAO2QAADadAEA+ZgCADTpCACZ6AEAvYsAABCMAABCxQEAlcUBAOjFAQA7xgEAjsYBAOHGAQA0xwEAh8cBAKp8CwD9fAsAUH0LAJnoAQC9iwAAEIwAAMXRAAAFCQIAWAkCAOPJCQD8/gYAmegBALoWCgBSXgwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA7yUAAEImAABAkQAAmuMAABm4AgBF9AEAmPQBAPz+BgCZ6AEAPcIKAJDCCgDjwgoANsMKAEQAAgBSXgwAOOoBAIvqAQDe6gEAMesBAJnoAQDeUQsAMVILACKtAAAirQAA7ZAAAPENAADF0QAABQkCACcWDQB6Fg0APcIKAJDCCgDjwgoANsMKAEQAAgBSXgwAOOoBAIvqAQDe6gEAMesBAITrAQBSXgwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA5x0DAAAAAACrFwAA5x0DADoeAwAfKgwAPG0MAC52CwCS1AQA5dQEADjVBACL1QQA3tUEADHWBADjFQsANhYLAPJvCAC4bA0Ah1EGANpRBgANagoA2nQBAC11AQDeUQsArzINAAIzDQAGUAIABJEIAFeRCADH8AQAGvEEADFSCwAirQAAIq0AAO2QAADtkAAArP0BAMSCDQDNJAsArP0BACWCAQDH8AQAbtcGAJnoAQANagoACD8BAFs/AQACjQwAVY0MAKiNDAD7jQwATo4MALhsDQDvJQAAmegBAL2LAAAQjAAA5JsCADecAgCKnAIA3ZwCADCdAgCDnQIAPcIKAIzeAQB3NAIAJWYFAO2QAADxDQAAmegBALhsDQDvJQAAmegBAL2LAAAQjAAA5JsCADecAgCKnAIA3ZwCADCdAgCDnQIAPcIKAIzeAQB3NAIAqxcAAP4XAACrkwYA7ZAAAAFHAADnJAIAOiUCAI0lAgCQCAEAmegBALhsDQCs/QEAe7EBAJsOBQD+7QUAAUcAAJnoAQDAGgsAExsLAGYbCwC5GwsAPcIKAJDCCgBRGAAAzSQLAFUtAgCoLQIA+y0CAE4uAgChLgIA9C4CAEcvAgBKEgEAXAkHAAFHAABURwAA0FMLAPz+BgCZ6AEAqhQOAPz+BgCZ6AEADCMKADRRBgCHUQYAAUcAACVmBQA0UQYA4KEIAKjTAgC9iwAAEIwAAMXRAAAY0gAAax4CAFuRDQCS8AAAr9kBAAwjCgBfIwoAuGwNAOChCACZ6AEAzSQLABGwBQAMIwoAqxcAAP4XAACrkwYA7ZAAAAwjCgBfIwoA+ZgCAEyZAgCfmQIA8pkCAI2TCgDgkwoAgHUBADRRBgClsQwA0D8CAMXRAADadAEAek4FAFRHAABHxwQA04kKAAFHAABURwAAe1ADAKsJAgD+CQIAUQoCAKQKAgD3CgIA7OgBAD/pAQAEmAcA8Q0AAD3CCgDnHQMAzSQLAENlDQCWZQ0A6WUNADxmDQCPZg0ALXUBAEX0AQD8iAsA7yUAAEImAABAkQAALCcCAKsXAAAirQAA7ZAAABbpDABg+w0AzSQLACyHDABndwgAvYsAAJuEAAAEmAcAqwkCAP4JAgD4/Q0AS/4NAG0FDgDABQ4AEwYOAGYGDgC5Bg4ADAcOAF8HDgChIAQAjZMKALLJCgAFygoAPcIKAJDCCgDjwgoANsMKAAwjCgABRwAAR8cEANOJCgDtkAAADCMKAO8lAACzqQEABJgHAPENAADUHQAADCMKALluCwBHxwQA04kKAAFHAABURwAAe1ADAInDCgA/6QEABJgHAPENAABluQIAqNMCAKjTAgCdHwsA8B8LAEMgCwCWIAsA6SALAEQUCwCXFAsAuGwNABgeAgCZ6AEAPcIKAO2QAACbhAAABlACAJnoAQC6FgoADRcKAPz+BgCZ6AEAuGwNAO8lAACZ6AEAjZMKAOCTCgAQfQ4ATZsAAOMVCwBpDAgA7ZAAAPENAACZ6AEAPcIKAJDCCgDjwgoANsMKAEQAAgBSXgwApV4MAMekAwBXFQIA04kKACaKCgB5igoAzIoKAB+LCgByiwoAxYsKAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQB+2QIAJWYFAHhmBQDLZgUA/P4GAJnoAQC4bA0A+rUIAAFHAACZ6AEAxdEAAAUJAgDadAEAek4FACVmBQAtdQEARfQBAJnoAQDs6AEAPCELABgeAgCZ6AEAuGwNAIdRBgDaUQYAHWUHAHBlBwDDZQcAFmYHAGlmBwBF9AEARfQBABgeAgAsJwIARfQBAKzFCQBVLQIA48kJAO2QAABAkQAAmuMAABm4AgBTAAAAqKIJAPuiCQABRwAAcioMAMUqDAAPRAwAYkQMACNGDQB2Rg0AyUYNABxHDQDxDQAAmegBAOzoAQA/6QEAkukBAOXpAQAEkQgAV5EIAPENAABNTgsAJYIBAAFHAACZ6AEA3lELADFSCwAjRg0AdkYNAMlGDQAcRw0AAAAAABMUDACZ6AEA7OgBAD/pAQCS6QEAXeEKALoWCgAYdw0Aa3cNAL53DQDgoQgA7ZAAAN5RCwDUHQAABCIMAFciDACqIgwAmegBALhsDQAfKgwAcioMAI4mDADhJgwANCcMAIcnDADaJwwALSgMAJnoAQC4bA0AJYIBACWCAQCqFA4A/u0FAAFHAAAlZgUALXUBAPkAAAAASw0A8Q0AAJnoAQBr0QwAZhQMAAFHAAC9iwAAUwAAACKtAAB1rQAAwFkCABNaAgBmWgIAShIBAJ0SAQDNKwoAICwKAHMsCgDGLAoAm4QAAAZQAgD8/gYAaQwIAMXRAACrFwAAIq0AAHWtAADAWQIAE1oCAGZaAgABRwAA48kJADBeCwB4jwsAy48LAB6QCwBxkAsAxJALABeRCwDUHQAA8Q0AAAAAAAAAAAAAAAAAAJLUBADl1AQAONUEAJswDADuMAwAQTEMAPENAABEDgAAJYIBAKoUDgAEFQIAJYIBAHiCAQCAxw0ALXUBAO8lAADF0QAABQkCAMdeDQD1zg0AQJEAAJrjAAAZuAIA/P4GABpfDQCs/QEA//0BAOEZAgBHxwQAZDMLALczCwD5mAIATJkCAJ+ZAgDNAgQA/P4GAE//BgD+tQ0AJWYFADRRBgDgoQgAmegBAMXRAAAFCQIAx14NAOcdAwAtdQEARfQBAOMVCwAaXw0AbV8NAMBfDQATYA0AZmANALlgDQAMYQ0AJWYFADRRBgDgoQgAmegBAMXRAAAFCQIAx14NAOcdAwAtdQEARfQBAN5RCwAxUgsA2nQBAHpOBQDjyQkAMF4LAKjTAgAfKgwAcioMAMUqDAAPRAwAYkQMALVEDAAIRQwAW0UMAOzoAQA/6QEAkukBAOXpAQCtUQwAhSQEANgkBADgQAoA04kKALLlBgBpDAgA+rUIAAFHAACZ6AEAAAAAABpfDQBAkQAAmuMAAO3jAAAAAAAAAAAAAN5RCwAxUgsA2nQBAHpOBQDjyQkAMF4LADIkBABSCwwApQsMAHQLDQDs6AEA+RsIAEwcCACfHAgAAAAAAEVUDADyoAEA7yUAALOpAQAGqgEAT8gCAKjTAgC6FgoAUl4MAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQBMBwsAnwcLAASRCABXkQgAe7EBAJsOBQD+7QUAAUcAACVmBQA0UQYA4KEIAJnoAQCNkwoA4JMKAK1LAQDDSQsAFkoLAGlKCwC8SgsAD0sLAGJLCwC1SwsACEwLAFtMCwCuTAsAzSQLABGwBQA9wgoAkMIKAKuTBgAW6QwAB0QCAFpEAgCtRAIAAEUCAJnoAQC6FgoAUl4MAKVeDAD4XgwAzU4FAJLUBADl1AQAsHkNAAN6DQBWeg0AShIBAK3cBADadAEALXUBAOcdAwAtdQEARfQBAJnoAQCNkwoA4JMKAE+CDACiggwApksNAPlLDQDTGwIA9YIMAKEgBAAAAAAAmegBAL2LAAAQjAAAgwsLANYLCwApDAsAfAwLAM8MCwAiDQsAdQ0LAMgNCwAYdw0Aa3cNAL53DQCs/QEAxIINAAFHAADF0QAA7ZAAAO2QAACrFwAAmegBAB8qDAByKgwAxSoMAFMAAACmAAAA+QAAAKEgBABPggwAooIMAKEgBAABRwAA0xsCAPWCDAChIAQAAAAAAJnoAQAfKgwAFPoNANp0AQDHpAMAGqUDAG2lAwByKgwAxSoMANZeCwApXwsAfF8LAM9fCwAiYAsAdWALAMhgCwAbYQsAbmELAMFhCwAabQsAbW0LAMBtCwATbgsAZm4LAH0/AgBc7QoA/P4GAKsXAAAQKwIAW5ENAPTNAwCQAQIA4wECAJLwAACv2QEAHRkGACmeAgB8ngIAz54CAO6EAAAYHgIAYmAIAPENAACRogEALXUBAOcdAwDHpAMAkAECAKjuCgD8/gYAmegBAI2TCgDgkwoAAUcAAOPJCQAwXgsAg14LAIdRBgDaUQYAHWUHAAFHAADnJAIAuGwNAOChCACZ6AEA3lELANQdAAAEIgwAVyIMAKoiDABKCwIAm4QAAASYBwBXmAcAqpgHAJLUBAApngIAfJ4CAM+eAgCs/QEAm4QAAO6EAAAlggEAm4QAAH0/AgBBiwsAlIsLAOeLCwA6jAsAjYwLAOCMCwAEkQgA04kKAD81AwCSNQMA2PMKAJrjAADTiQoAUwAAAAFHAADjyQkAAAAAAAAAAAAAAAAArP0BAMSCDQDvJQAAPCELABgeAgAsJwIAzSQLAASYBwBXmAcAFAkAAGcJAADAGgsA0FMLACNUCwCbhAAA7yUAAAFHAADjyQkA2PMKAJnoAQDNJAsABJgHAFeYBwAUCQAAZwkAAMAaCwDQUwsAI1QLALoWCgCbhAAA7oQAAKlRBwAUCQAAZwkAAMAaCwDQUwsAI1QLALoWCgCbhAAA7oQAAKlRBwAUCQAAZwkAAMAaCwDQUwsAI1QLAM0CBAAtdQEAXXoBAC11AQAR9QcA9m8NAElwDQCccA0A73ANAAAAAADs6AEAP+kBAJLpAQApqwwAfKsMAJnoAQAfKgwAcioMAMUqDAB0Cw0AfT8CAAAAAACZ6AEAHyoMAHIqDADFKgwAdAsNAN5RCwAxUgsA2nQBAHpOBQDjyQkAMF4LAA1qCgBgagoAEiAMAOzoAQA/6QEAkukBAJLUBAApngIAj7MCACKtAADtkAAANUUGACWCAQCqFA4A/P4GAPBrDABDbAwAlmwMAOlsDAA8bQwAj20MAOMVCwCLPA4A3jwOAGseAgBVLQIAJWYFADRRBgDgoQgASgsCAEoSAQDxDQAAHyoMAHIqDADFKgwAdAsNAA1qCgBgagoAEiAMAOzoAQA/6QEAkukBAN5RCwAxUgsA2nQBAHpOBQDjyQkAMF4LAAQVAgAEFQIAbMUMAJnoAQDs6AEAP+kBAJLpAQDl6QEAGHcNAGt3DQC+dw0A7OgBABgeAgBiYAgAShIBALhsDQClsQwAjZMKAEX0AQCrFwAA/hcAABgeAgAsJwIABAAFAJnoAQC9iwAAEIwAAFoFCwCtBQsAAAYLAFMGCwCmBgsA+QYLAN1WDAAEyAwAV8gMAKrIDAATFAwAV8IBAAQiDABXIgwAqiIMAJnoAQDAGgsA0FMLACNUCwCOJgwA4SYMADQnDACHJwwA2icMAC0oDACZ6AEAwBoLANBTCwAjVAsAm4QAAO6EAACpUQcAmegBAN5RCwDUHQAABCIMAFciDACqIgwAmegBAMAaCwDQUwsAI1QLAB8qDAByKgwAjiYMAOEmDAA0JwwAhycMANonDAAtKAwAmegBAMAaCwDQUwsAI1QLAAAAAACh2wEAAUcAAL2LAAAYHgIALCcCABbpDABTAAAApgAAAEv4AgCe+AIA8fgCAET5AgC6FgoAUl4MADjqAQCL6gEA3uoBADHrAQCE6wEA8vMBAASRCADTiQoAktQEAOXUBAA41QQAPcIKABArAgBjKwIAAAAAABbpDABp6QwAYPsNAOzoAQA/6QEAkukBAF3hCgANagoAYGoKABIgDACo0wIA4wAOAPBrDABDbAwAqNMCAJnoAQC9iwAAEIwAAOcdAwB6TgUAzU4FAHuxAQCZ7gwAUwAAANp0AQB6TgUA48kJANjzCgD5mAIA2nQBAC11AQA/NQMAm4QAACIGDAD3fwkADWoKACWCAQCbhAAAVS0CAO8lAAA8IQsAGB4CAEoSAQCZ6AEA3lELADFSCwDadAEAek4FAOPJCQDTiQoAJooKAJnoAQDs6AEA+RsIAMuIDAAeiQwAcYkMAMSJDAAXigwAaooMAL2KDADNJAsA7yUAAAFHAADjyQkA2PMKAGCoDQCzqA0ABqkNAFmpDQCsqQ0A/6kNAC3cCgCZ6AEA7OgBADwhCwCPIQsA4iELAN5RCwDwawwAQ2wMAJZsDADpbAwArzINAAIzDQAGUAIAAUcAAOPJCQDNJAsArP0BADRRBgAYHgIAAUcAAOPJCQAxUgsAIq0AACKtAADtkAAA8Q0AAJGiAQDvJQAAJw8OAD/pAQCS6QEA5ekBAOoNDAA9DgwAkA4MADwhCwCPIQsA4iELAN5RCwDwawwAQ2wMAJZsDADpbAwArzINAAIzDQAGUAIAAUcAAOPJCQDNJAsArP0BADRRBgAYHgIAAUcAAOPJCQAxUgsAIq0AACKtAADtkAAA8Q0AAJGiAQDvJQAAJw8OAOMODAA2DwwAiQ8MACKmAQCZ6AEAAAAAAJnoAQDs6AEAP+kBAJLpAQA4/goAi/4KAAAAAAAEkQgA04kKACaKCgCo0wIAuhYKADVFBgCIRQYAW5ENAPTNAwDUHQAA/P4GAKjTAgDadAEALXUBAO8lAAA8IQsAGbgCAE/IAgCiyAIAHyoMAHIqDADFKgwAdAsNAMcLDQBlGQ0AuBkNAAsaDQDs6AEAP+kBAJLpAQA4/goAi/4KALoWCgAYdw0Aa3cNAL53DQDl6QEArVEMAIUkBADYJAQAJPwJAFJeDAAaqw4AbasOAMCrDgATrA4ADWoKACWCAQCqFA4Am4QAACKmAQDUHQAABJEIAFeRCACqkQgA0icCABbpDABXwgEAqsIBAPKgAQC9pggAqO4KADVFBgAFCQIAx14NAOcdAwAtdQEARfQBAE/IAgCiyAIAHyoMAHIqDADFKgwAdAsNAMcLDQBlGQ0AuBkNAAsaDQCxZwIABGgCAC5oDQD8/gYAT/8GAAZQAgD8/gYASgsCADRRBgD6tQgA7ZAAAECRAACa4wAAGbgCAPC4AQBDuQEAJYIBAKoUDgABRwAA48kJAB8qDACbhAAAIqYBAE+CDADadAEALHoCAPz+BgCZ6AEA7OgBAD/pAQCS6QEA5ekBAN5RCwAxUgsAIq0AACKtAADtkAAA8Q0AAJGiAQDvJQAAJw8OANdLDAAqTAwAfUwMANBMDAAjTQwAFukMAGnpDAC86QwArzINAPo/DQBNQA0AoEANAPNADQDJTQwAHE4MAG9ODACZ6AEAmegBAKjTAgBKEgEAShIBAK3cBAAGUAIAe1ADAJnoAQCh2wEA9NsBAEfcAQCa3AEA7dwBAEDdAQCrFwAA7ZAAAAFHAADIpgEA/P4GAFMAAAAR9QcA/P4GAAFHAACbhAAABJgHAJnoAQAfKgwAcioMAMUqDAB0Cw0AP+kBAJLpAQDl6QEA3lELADFSCwAirQAAIq0AAO2QAADxDQAAkaIBAO8lAAAnDw4AQJEAACwnAgDF0QAABQkCACcWDQDtkAAAQJEAACwnAgAfKgwAcioMAMUqDAAirQAAnbgBAPC4AQBDuQEAJYIBAKoUDgABRwAAHyoMAHIqDADFKgwAzSQLAENlDQCWZQ0A6WUNADxmDQCPZg0A4mYNADVnDQCIZw0AqNMCAAAAAAAAAAAA2nQBAMekAwBPggwABlACAO2QAABTAAAACD8BACwnAgAgZAIAKZ4CAFUtAgDjyQkAIq0AAAAAAADs6AEAP+kBAJLpAQA4/goAi/4KALoWCgAYdw0Aa3cNAL53DQAipgEAdaYBAMimAQAbpwEAbqcBAMGnAQAUqAEA8Q0AAKsJAgCrFwAAmegBALoWCgAYdw0Aa3cNAL53DQA6rwYAja8GAOCvBgAzsAYAhrAGANmwBgAssQYAf7EGADRRBgABRwAAVEcAAKdHAAAbUw0AmegBALoWCgAYdw0Aa3cNAL53DQCrFwAA/P4GAJ9vCAAtdQEARfQBAKjTAgC6FgoAUl4MAC10DQCAdA0A03QNACZ1DQDxDQAAm4QAAOTZBQBTAAAAJYIBAKz9AQA0UQYAGB4CAH0/AgDQPwIAQJEAAJrjAAAZuAIAAUcAAOckAgA6JQIAjSUCAJPqCwD8/gYAGl8NAJPqCwCQCAEA7ZAAAECRAACa4wAASgsCAJ0LAgDwCwIAQwwCAJYMAgBKCwIA7yUAALOpAQAGqgEAKbkKAHy5CgAAAAAAftkCAPyWCQDFKgwA+VIMAD/pAQCS6QEA5ekBAKsJAgCrCQIA7ZAAAJuEAAAuaA0AIq0AABgeAgAsJwIAx/AEAFUtAgAlZgUANFEGAOChCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BACdxAABVLQIAJWYFAMekAwDvJQAA+RsIAO2QAAD8/gYA/P4GABpfDQBtXw0AEfUHAPZvDQBJcA0AGl8NAKsXAAAirQAAe1ADAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAUwAAAFMAAAAlggEAzQIEACKtAAApngIAVS0CACVmBQA0UQYA4KEIACKtAACduAEA5Y8CAGCoDQDjyQkArUsBAG3HCgDAxwoArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKsXAAD+FwAAq5MGAAFHAABHxwQAZDMLAMFNAgDxDQAAXXoBAO2QAACrFwAAAUcAACKtAACduAEA5Y8CAPqFAwBNhgMAoIYDAPOGAwBGhwMAmYcDAOyHAwDRcQUAJHIFAHdyBQDKcgUAHXMFAHBzBQDDcwUAFnQFAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA48kJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQABRwAAm4QAANp0AQAtdQEA7ZAAAECRAAAlggEAm4QAAIjCAAAQjAAAWgULAKlRBwD8UQcArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAM0CBAAtdQEA5x0DAHpOBQAlZgUAm4QAAASYBwDNAgQAB0QCAJuEAABVLQIAJWYFADRRBgDgoQgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBVLQIAm4QAAJuEAADuhAAAQYUAAJSFAADnhQAAOoYAABgeAgAsJwIA8Q0AAEQOAAD6tQgAGB4CACKtAADtkAAA7yUAALOpAQAGqgEAKbkKAHy5CgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAEX0AQD3fwkASoAJAHuxAQD8/gYArP0BACKtAAAirQAAnbgBAOWPAgD6hQMATYYDAKCGAwDzhgMARocDAJmHAwDshwMA0XEFACRyBQB3cgUAynIFAB1zBQBwcwUAw3MFABZ0BQDadAEALHoCAH96AgDSegIAJXsCAHh7AgDLewIA8Q0AALFnAgAEaAIAVS0CAOPJCQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQCeEwsA8RMLAO2QAACtSwEAGqsOAG2rDgDAqw4AE6wOAGasDgC5rA4ADK0OAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAJ4TCwDxEwsAIq0AAJ24AQDwuAEAQ7kBACWCAQCqFA4AAUcAACVmBQA0UQYA4KEIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAJ4TCwDxEwsAJWYFAHhmBQDLZgUAHmcFAHFnBQDEZwUAF2gFANVqCwAoawsAe2sLAM5rCwAhbAsAdGwLAMdsCwDyTQEAnhMLAPETCwC9iwAAEIwAAFoFCwCpUQcA/FEHAE9SBwCiUgcA9VIHAEhTBwCfbwgANFEGAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAJ4TCwDxEwsA8Q0AACevAwB6rwMAqhQOAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAnhMLAPETCwD0zQMAR84DAJrOAwDtzgMAQM8DAJPPAwDmzwMAOdADAIzQAwDf0AMAMtEDAPJNAQCeEwsA8RMLAO8lAAAlggEAe1ADAMXRAAAFCQIAe1ADAPENAAAnrwMAeq8DAKoUDgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAJ4TCwDxEwsAvNUDAA/WAwBi1gMAtdYDAKjTAgBURwAAGB4CAGJgCADF0QAAmegBALoWCgBSXgwAOOoBAIvqAQDe6gEAMesBAITrAQAAAAAAmegBAASRCABXkQgAIGQCAKN9CwD2fQsASX4LAJx+CwDeUQsASIMMAJuDDADugwwAQYQMAJSEDADnhAwA3lELAEiDDACbgwwA7oMMAEGEDACUhAwA54QMALoWCgBSXgwAOOoBAIvqAQDe6gEAMesBAITrAQAW6QwAYPsNAM0kCwAshwwAZ3cIAL2LAACbhAAAzSQLACyHDABndwgAvYsAAJuEAAAEmAcAmegBABbpDABg+w0As/sNAAb8DQBZ/A0ArPwNAP/8DQBS/Q0Apf0NAL2LAAAlggEAJYIBAJnoAQDjFQsANhYLAIkWCwDcFgsAzl0NAC11AQBF9AEAmegBAI2TCgB6TgUA48kJADbKCQDxDQAA7ZAAAO8lAAABRwAAmegBAJLUBADl1AQAONUEAM/+DAAi/wwAdf8MAMj/DABF9AEAvaYIABCnCACZ6AEAktQEAOXUBAA41QQAz/4MACL/DAB1/wwAyP8MAIjCAADxDQAA1B0AAPz+BgCZ6AEArP0BAHtQAwCo0wIAV8IBALP7DQANFwoA/P4GAJnoAQC4bA0A7yUAAJnoAQCNkwoA4JMKAKsXAADtkAAAQJEAAJnoAQC6FgoAUl4MAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDeUQsArzINAAIzDQBXaAIAqmgCAJnoAQAfKgwAR8cEAGQzCwC3MwsACjQLABbpDABp6QwAzSQLAKz9AQA0UQYA+ZgCADTpCAC6FgoAUl4MAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDF0QAABQkCACcWDQB6Fg0AHyoMABT6DQCnRwAAIF0DADYWCwAYHgIALCcCACBkAgABRwAAmegBAJLUBAApngIAzBsOAB8cDgByHA4AuGwNAO8lAACZ6AEAHyoMABT6DQCnRwAA7OgBADwhCwAlggEAJYIBAHiCAQDF0QAA2nQBAC11AQBF9AEAmegBALoWCgBSXgwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAvYsAABgeAgDOXQ0ALXUBAEX0AQCZ6AEAwBoLABMbCwAuaA0A/P4GACWCAQDNAgQALXUBAEX0AQCZ6AEAuGwNAO8lAACZ6AEAHyoMABT6DQCnRwAAECoOAGMqDgC2Kg4ACSsOAFwrDgCvKw4AAiwOAFUsDgCoLA4A+ywOAE4tDgChLQ4A9C0OAKsJAgD+CQIA6lkNAC5oDQD+FwAAdzsBAFRHAACnRwAAG1MNAJnoAQC6FgoAUl4MAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQC4bA0AIq0AACKtAACFwwUA2MMFACvEBQB+xAUABAAFAIRSCwDXUgsAKlMLAH1TCwCo0wIAAAAAAAAAAAAAAAAAmegBAD3CCgAQfQ4AY30OALZ9DgCNkwoA4JMKADxfDgCPXw4A4l8OADVgDgCIYA4AzSQLAG7XBgD8/gYAe1ADAJuEAAAGUAIAqxcAAJnoAQDNJAsAbtcGAPz+BgANagoAqxcAABB9DgBjfQ4Atn0OAI2TCgDgkwoAPF8OAI9fDgDiXw4ANWAOAIhgDgDNJAsAbtcGAPz+BgDxDQAAsWcCAARoAgAEmAcAV5gHAEX0AQD3fwkAShIBAJnoAQCNkwoA4JMKADxfDgCPXw4A4l8OADVgDgCIYA4ArP0BAP/9AQAv5wUA5JsCACWCAQCqFA4AjZMKAOCTCgA8Xw4Aj18OAOJfDgA1YA4AmPQBAJnoAQBF9AEA938JAEqACQA9wgoAEH0OAGN9DgC2fQ4AjZMKAOCTCgA8Xw4Aj18OAOJfDgA1YA4AiGAOAFMAAAAIPwEAWz8BAPmYAgDadAEA/P4GABpfDQBAkQAALdwKALFnAgBHxwQAZDMLAFUtAgDjyQkARfQBAHtQAwCo0wIAvNUDAA/WAwBi1gMAtdYDAMXRAADadAEAek4FAFRHAACZ6AEAuhYKAFJeDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCrCQIA/gkCAB8qDAA8bQwALnYLAASRCABXkQgAQJEAANOJCgAmigoAmegBAA1qCgBgagoAEiAMAFMAAABKEgEAmegBALoWCgAYdw0Aa3cNAAAAAAC+dw0AOTcNAHd5BACt3AQALmgNAPz+BgCZ6AEA7OgBAD/pAQCS6QEA5ekBAMXRAADadAEAek4FAFRHAACZ6AEAuhYKAFJeDAClXgwA+F4MAM1OBQCS1AQA5dQEALB5DQCKCgsA3QoLAN0KCwA1bgwA8qABAA6/CABhvwgAtL8IAJUeDQDoHg0AUwAAAAg/AQBbPwEA2EYLACtHCwB+RwsA0UcLAJnoAQCS1AQA5dQEADk3DQCMNw0A3zcNADI4DQCFOA0A2DgNAM0CBAD8iAsAT4kLAP7tBQB7UAMAIq0AAHWtAAB53QoAzN0KAB/eCgApuQoAfLkKAO2QAABAkQAAmuMAABm4AgBF9AEAmPQBAJuEAAAU+g0Ap0cAABtTDQBuUw0AzSQLACAlCwBzJQsAHyoMAHIqDADFKgwA+VIMAD/pAQCS6QEAOP4KAIv+CgA8bQwALnYLAN5RCwDUHQAA7ZAAAB8qDAAU+g0Ap0cAAOzoAQAnDw4Aeg8OAM0PDgAgEA4A3lELAK8yDQACMw0AV2gCAKpoAgCZ6AEAHyoMAEfHBABkMwsAtzMLAASRCABXkQgAFukMABgeAgDTiQoAJooKAJnoAQBKEgEArdwEAPmYAgA06QgAPCELABgeAgCZ6AEAShIBAJ0SAQAYHgIALCcCAI2TCgDgkwoA7yUAADwhCwAYHgIAShIBAK3cBABVLQIAJWYFADRRBgDtkAAA/u0FAIXDBQABRwAAJWYFADRRBgDgoQgAmegBAOzoAQA/6QEAkukBAOXpAQDs6AEAPCELABgeAgCZ6AEAHyoMAJuEAAAipgEAFPoNAKdHAAAbUw0AblMNAMFTDQC6VA0ADVUNAGBVDQDs6AEAP+kBAJLpAQApqwwAfKsMAJnoAQAfKgwAcioMAMUqDACT1gIAaOEDABS8CgBnvAoAurwKAA29CgBgvQoAs70KAAa+CgBZvgoARJ8DAJefAwA5Nw0AjDcNAB/DAgBywwIAqhQOAHWmAQBw2g4Aw9oOALFnAgB7UAMAe1ADAOSiAQBDBA8AGA8QAPz+BgChPAAAFtsOAGnbDgBDBA8AecEOAJlJAABweRAAGA8QAPz+BgAYDxAAGA8QAPz+BgBDBA8AXgUQABgPEABweRAARfQBACceAACQCAEAcHkQAJAIAQAT/w4AE/8OAPz+BgAaXw0AIB8AAJAIAQAuwwAABAAFAEm8DgBJvA4AGA8QAAQABQAYDxAABCIMAKfeDgD63g4AuVIPAHDaDgDD2g4AkZMPAHB5EAAUCQAAQwQPAKfeDgD63g4AkAgBAPTTDgCm4w8A+eMPAPwZDwBF9AEAE/8OAKQCDwD3Ag8AcNoOAMPaDgBFkg8AShIBAGD7DQAT/w4A0dgOABP/DgDgoQgA3ToQALlSDwBDBA8Aga0PABgPEAAUCQAAFAkAAADqDgBT6g4ApuoOAHB5EADxDQAA/P4GAKlRBwD8/gYAAOoOAFPqDgAXGxAAkAgBAADqDgBT6g4AFxsQACceAABw2g4Aw9oOALYrAgCZ6AEAsskKAEMEDwCo0wIAAUcAABP/DgAsegIA/P4GAEMEDwBkHwIAp94OAPreDgAT/w4AAd4OAFTeDgCn3g4AhdAPAKfeDgCF0A8A19wPABP/DgDd7g4A+eoOAEzrDgD00w4A+eoOAAAAAACZ6AEAAOoOAFPqDgAA6g4AU+oOAADqDgBT6g4ATd8OALlSDwBrYhAAvmIQAAQVAgAB3g4A9NMOAKfeDgD63g4ABBUCAPz+BgCZ6AEAcHkQAJnoAQAKZBAAduUOADppEABDBA8AQwQPAKEgBAChIAQAoSAEAKjTAgAEmAcAxIINAD+4CADEgg0AyP8MAMj/DAABRwAAeYMLADjbDwCS8AAA8Q0AAPENAABn8w4AxdEAAJLwAAAT/w4A8Q0AAMXRAAAT/w4AE/8OABP/DgAT/w4AE/8OAPTTDgD00w4AE/8OABP/DgAT/w4AE/8OABP/DgAT/w4A9NMOAPTTDgD00w4AE/8OABP/DgAT/w4A9NMOAPTTDgA9+Q4A9NMOAPTTDgAT/w4AmegBAJnoAQAh/Q4AGsALAJnoAQBweRAAGB4CAA6/CACZ6AEA8Q0AAPENAAAT/w4AE/8OACWCAQA6aRAAAOoOAFPqDgCo0wIAQwQPAHB5EADxDQAAWAEPAJnoAQDWnQIA1B0AAHtQAwC9pggAqxcAAPz+BgC8ZgcA/P4GALEFEABDBA8AwEoQADppEADxDQAAZ04CAMXRAADF0QAAxdEAAHB5EADF0QAAcSkCAFuRDQBweRAAZ04CAHB5EAAARQIAeQ0QAOL+DwA1/w8AeggPAHB5EABPZhAAomYQALG6AgCQCAEAcHkQAFMAAACrFwAAGl8NAHnBDgB7UAMA9MwPAFMAAAB5DRAAFAkAABQJAAAUCQAAfJYPAEMEDwB5wQ4AsWcCAHtQAwCAEw8AIaQDACOMAwCdqQ8Ajo4JAMN5EABu1wYA9NMOAKbjDwD54w8AOIkDAADqDgBT6g4AFxsQAB4hDwD00w4AcHkQAH3XBAAvTg8A9NMOABP/DgAT/w4AAOoOAFPqDgAT/w4ApAIPAPcCDwBEDgAAQwQPAHnBDgBweRAAmegBAEMEDwA6aRAApAIPAPcCDwCZ6AEAhNYEAMW7DwAMIwoAcHkQAMRnBQBweRAAflUJAPoxDwBDBA8A9RoPAAFHAABweRAAsWcCAKoUDgBDBA8AXgUQAJLwAADFuw8Aw3kQABP/DgCkAg8Aw3kQABP/DgAvTg8AxiwKAMGuAACs/QEA9NMOAKbjDwD54w8AAOoOACPeDwATFAwA5JMPAHnBDgDxDQAAkAgBAH8fDwCmkA8AAUcAAAFHAAD00w4ApuMPAPnjDwD1Gg8AAUcAAAFHAAABRwAAAUcAAH/MDgDRKw8ALnYLAKcxDwBDBA8AE/8OAKQCDwD3Ag8APzQPAMb8BAB5wQ4A3ToQAAXKCgDDeRAAE/8OAMN5EAAT/w4AN0EPAIpBDwDdQQ8A7ZAAALAYDwADGQ8AVhkPAKkZDwAUmQ8AN0EPAIpBDwDdQQ8Af8wOAOSNBAD00w4ApuMPAPnjDwD1Gg8AyqkJAHB5EACxZwIAe1ADAHB5EADFuw8AecEOAKEgBAA/iAMA48kJABP/DgCkAg8A9wIPAPoxDwAgHwAA9NMOAKbjDwD54w8AcHkQAKjTAgD1Gg8AgJcIAAFHAAABRwAAmD8PAOs/DwA+QA8AxGcFAJg/DwAT/w4ARPEPAPTTDgDDeRAAE/8OAKQCDwDDeRAAqhQOAJnoAQA6aRAApAIPAPcCDwBo0wUAQwQPAF4FEABweRAANSILAEMEDwBweRAAGpcFABP/DgD00w4Aw3kQAKfeDgD63g4A/P4GADCVDwA3QQ8AikEPAN1BDwA6aRAApAIPAPcCDwCAEw8AsWcCAKoUDgAT/w4ATFoLAHB5EACqFA4AmegBAH7RDwD8/gYA+ZgCABP/DgCkAg8A9wIPAH/MDgCQCAEAQwQPAHB5EAA8bQwAecEOAC3cCgD00w4AE/8OAPTTDgAT/w4Aw3kQAMN5EADDeRAAE/8OABP/DgAT/w4ApAIPAPcCDwA6aRAAuf8OAPN+EABDBA8A834QAJg/DwAT/w4A9NMOAKbjDwD54w8A9NMOAKbjDwD54w8AcHkQAIPoDwDY8woAcHkQAKoUDgBweRAAnPQGAHnBDgCZ6AEABAAFAJAIAQBweRAAcHkQALFnAgBweRAAsWcCAHB5EACxZwIAw3kQABP/DgCkAg8A9wIPAKoUDgAT/w4ApAIPAPcCDwBDBA8AAAAAAF4FEAAudgsA9NMOAKbjDwD54w8Ao1oQAHB5EAB5DRAAAUcAAJCfDwAj3g8AbtcGAJHmDwDk5g8AFxsQAHtQAwAT/w4ApAIPAPcCDwBDBA8AQwQPABP/DgCkAg8A9wIPAEo0CAAAAAAALHIPAH9yDwDScg8AvGYHAETxDwCX8Q8A6vEPAHB5EAB/zA4A2PMKAEWaAgCqFA4AQwQPAHB5EAD0zA8AmBYJAH/MDgBweRAA4KEIALlSDwAA6g4AU+oOAKfeDgD63g4A9NMOAKbjDwD54w8APzUDAEMEDwBweRAA7IcDABP/DgAT/w4ApAIPAPcCDwD8/gYAIB8AABP/DgB93Q8AE/8OAKQCDwD3Ag8A2WoQAAAAAAD00w4ApuMPAPnjDwBDBA8A9RoPAHnBDgBDBA8AtqcIAMW7DwB5wQ4A8BIBAAAAAABweRAAxbsPAHnBDgDwEgEAHYAPAPTTDgCm4w8A+eMPADfnDwC5/w4AcHkQAOChCAAT/w4ApAIPAPcCDwBweRAAe1ADALe9DwCZ6AEAKooPABP/DgCS8AAApDMIAAFHAADAShAAe1ADAAQABQBweRAAQJEAACTSDwA/NQMA3E0PAJnoAQCZ6AEAQwQPABcbEACNaRAAkAgBALlSDwCZ6AEARZIPAHpOBQD1Gg8A3E0PAC11AQAdgA8AcIAPAPz+BgAAAAAAAAAAAAAAAABweRAAxbsPAAAAAAAAAAAAAAAAAEWSDwCQCAEAcHkQAHkNEADFuw8A/P4GABP/DgAvTg8AL04PABP/DgC5/w4AT8gCAK9wEACm4w8A+eMPAPUaDwDdOhAAOmkQALn/DgChIAQA9NMOAEfUDgChIAQA7ZAAAAFHAADB1wYAcHkQAJuEAADB1wYAw3kQAD2fDwDcTQ8AAOoOAFPqDgBN3w4A9RoPAHB5EAB7UAMAE/8OAHB5EADshwMAmegBAEMEDwDshwMAE/8OAKQCDwD3Ag8AE6UPAGalDwChIAQAoSAEAHB5EADshwMA7IcDAITWBAB+0Q8AecEOAAAAAABweRAAcHkQAO2QAACD6A8AmegBAHB5EACBrQ8AFAkAAKrdCQBF9AEAuLEPAAuyDwBTAAAAUwAAAMRnBQBDBA8AmegBAHB5EABweRAAqxcAAPTTDgCm4w8A+eMPAJ5KDwA1IgsAOIkDABP/DgCkAg8A9wIPABbpDAAA6g4AI94PANjQDwCBrQ8A4KEIAIGtDwCBrQ8A/P4GAKsXAAAA6g4AI94PAFPqDgD00w4AQwQPAIGtDwDUrQ8AJ64PAN06EAA0uA8AYeEPABP/DgDshwMAQwQPAKbBCAB1yAgAAAAAABuYDwBumA8AAAAAAAAAAACC0ggA5SAGADUiCwBDBA8AcHkQAHB5EAAk0g8AAUcAAEMEDwBweRAAYPsNAEMEDwCQCAEAmegBABP/DgCkAg8A9wIPAHB5EACZ6AEAcHkQAJnoAQBweRAAkAgBAB7HDwCQCAEAmegBAHB5EAAUCQAAHscPABQJAACD6A8A4KEIAB7HDwCo0wIAAAAAAHtQAwDExw8Ae1ADAHB5EACD6A8AB4gQAEMEDwAHiBAAcHkQAAeIEAAT/w4ApAIPAPcCDwBweRAAYPsNAJAIAQB5wQ4A8Q0AAPENAAB5wQ4AqhQOAIPoDwCo0wIA9NMOAKbjDwD54w8AE/8OAKQCDwD3Ag8AmegBACwnAgBweRAAmegBAHB5EABDBA8AGLwPAJnoAQCZ6AEABAAFAIfpCADdOhAAQwQPABQJAABweRAAHscPAJnoAQCn3g4A+t4OAMsgDwBg+w0AFkoLAEMEDwABRwAA+ZgCAAFHAAA6aRAApAIPAPcCDwBDBA8AP9oPAPz+BgB7UAMA0UcLAKjTAgB9MBAAI94PAKyqAQCZ6AEA8Q0AAAAAAAAt3AoAAAAAAIXQDwCg2A8A89gPAEbZDwBweRAAOmkQAKQCDwD3Ag8AmegBABQJAAChIAQAoSAEAN06EACZ6AEA9NMOAJnoAQBDBA8AqNMCAEMEDwC0PAMAeQ0QAHkNEAAW6QwAQwQPAHB5EACZ6AEAAOoOAFPqDgA6aRAApAIPAPcCDwA6aRAAmegBAPz+BgBweRAA/P4GAJnZDwAX6woA4KEIABQJAADdOhAA9CAEAIhSEAADeg0AkvAAAHB5EACn3g4A+t4OAOxPCwB9MBAAM5QKAJnoAQCs7g8AmegBADOUCgBdERAAUu8PAGZuCwBXwgEA9NMOAKbjDwD54w8AmegBAHB5EABweRAAOmkQALFnAgCxZwIAOmkQADppEAD8/gYA1+MOACrkDgCC9A8AIvEOAPTTDgAT/w4Auf8OAOv0AQDNJAsAkaIBAPnqDgD00w4AOh4DAFfCAQCE1gQARXAIAC1SBgBF9AEAAUcAAG3xBAD8/gYAcHkQAKoUDgBiKBAA1p0CAMo0AgDWnQIAyjQCAJovAgAMIwoAw3kQAEWaAgBweRAAFAkAAJnoAQB18Q4A1B0AADoeAwAKZBAAmegBAHB5EADdOhAACHwQAPQgBABweRAAqNMCAKjTAgCo0wIAqNMCAEMEDwBDBA8AMOgPALn/DgDy5A8AFAkAAAFHAACxZwIA9NMOAKbjDwD54w8AvGYHABP/DgBPyAIAXREQAFLvDwBvRw0AAOoOAFPqDgBvRw0AZhQMAADqDgBU1w8AOmkQAH3dDwBweRAAmegBAO8lAADvJQAARfQBAEoLAgBJvA4AhwsQAJPqCwBeBRAAmegBAHB5EACZ6AEAg14LABP4DwATFAwAmegBAJnoAQCZ6AEAlDEMAMuCAQA8IQsAh14QABP/DgBF9AEACjQLAIdeEACo0wIAh14QAKjTAgBDBA8AmegBAJnoAQBdERAAUu8PAHB5EAAA6g4AU+oOABcbEAAmigoAmegBAJnoAQCZ6AEAyyAPAJnoAQCVCRAAxwsNAPENAACYVAwAp94OAEMEDwD00w4A8gcLADOUCgDZahAAAAAAADOUCgBTSw0AyiUQAExMDQAdJhAAuVIPAFriDwA6aRAAuf8OAF0REAB0Cw0ASbwOALlSDwDKJRAAuVIPAB0mEAC5Ug8AXREQAFLvDwA98g8AUwAAAGkMCAABRwAADugOAPENAACZ6AEAM5QKAFLvDwCZ6AEA2NAPAH0/AgD7HhAA018QACZgEAB7UAMAJooKAPz+BgCZ6AEAmegBAJnoAQBweRAAdlQLAHZUCwB2VAsAdlQLAEX0AQBF9AEAQnENAJnoAQAA6g4A5S0QAF0REAAYYhAAmegBAF0READHCw0AmegBABgPEAAzFxAAAOoOAIYXEACZ6AEA9B8QAEcgEAALWBAAmiAQAJnoAQCZ6AEAXREQAMcLDQAYDxAAMxcQAADqDgCGFxAAmegBAGzFDACfNxAAAOoOAFPqDgA6aRAAuf8OAJnoAQB9MBAA3ToQAN06EACS8AAAu+APAOs4EABh4Q8AqsIBAHZUCwB2VAsAdlQLAHZUCwCZ6AEA+x4QAIEHDwD56g4APu0OACaKCgDP/gwAtisCAADqDgBU1w8AGA8QAEMEDwD0HxAAQwQPAN06EACo0wIAk+oLAJPqCwCZ6AEANSILAPQfEABHIBAA/P4GAPz+BgB6Dw4AAOoOAFPqDgA1IgsA9B8QAEcgEAD8/gYA/P4GAHoPDgCOChAA4QoQAADqDgAj3g8A19wPAAAAAABDBA8AcHkQAEMEDwBPyAIAE/8OAF0REABeGg0AAOoOACPeDwDHSRAAbFYQADppEAB93Q8AqNMCAFPqDgAXGxAA48kJAHB5EAAlKAIAUwAAAIdeEABdERAAXhoNAAFHAAAT/w4A/P4GAJnoAQAA6g4AU+oOAHoPDgC86QwAqNMCAKjTAgDyoAEA8qABAPKgAQDyoAEAqNMCAEMEDwDyoAEAmegBAJnoAQCZ6AEAAAAAAAAAAABdERAAGGIQAADqDgBT6g4Aeg8OAHB5EAB6Fg0AcHkQAF0READjyQkAcHkQAF0REAAKZBAAQwQPAJnoAQCZ6AEAe1ADAKsXAAD8/gYA7ZAAAJnoAQD7HhAA018QACZgEAB5YBAAzGAQAB9hEAByYRAAqNMCAADqDgAj3g8Avg8QADppEACkAg8AAd4OAP4JAgCHCxAAsGQQAANlEABWZRAAqWUQADppEAC5/w4A0rEGADppEABDBA8AlGgQAKjTAgCqFA4A/P4GABP/DgDdOhAAkAgBAF4FEACQCAEAXgUQAKfeDgCF0A8AkAgBAJnoAQBdERAAUu8PAADqDgBT6g4A/gkCAG1KEABtShAA/gkCAPTTDgD00w4A9NMOADdBDwD00w4A9NMOAPTTDgD00w4Ap94OAIXQDwD00w4AN0EPAPTTDgCf5A8A9NMOAJ/kDwD00w4An+QPAETxDwCf5A8A9NMOAJ/kDwD00w4An+QPAGQXDwCf5A8A9NMOAJ/kDwCwGA8AAxkPAKbqDgCZ6AEAmegBAKjTAgBDBA8AqxcAAPnqDgDV9A8AcCYQAHAmEAD56g4ATOsOAASYBwC8ehAAqNMCAKjTAgDxDQAA8Q0AALEMDwBDBA8AqsIBAPTTDgBweRAAvOkMAHB5EAD00w4AecEOAHB5EAB5wQ4A9NMOAKbjDwB5wQ4AkoAQAOWAEAD00w4AqNMCALPtDwBDBA8AmegBAJnoAQCZ6AEAB4gQAJnoAQCZ6AEAmegBAAeIEACZ6AEAqpgHAAeIEABweRAAiGAOAJnoAQCZ6AEAB4gQAEMEDwCwGA8AAxkPAFYZDwD00w4A8k0BABgPEAAzFxAAmegBADppEAC5/w4AAOoOAFPqDgAXGxAAA3oNADALCwC5SxAAiFIQAKoUDgC11Q8AhdAPANfcDwATFAwAE/8OAH3dDwATFAwAcHkQAASYBwCjWhAAKekPAF0REABS7w8AAOoOACPeDwDHSRAAcHkQAHnBDgAKNAsAqxcAAHB5EADgoQgAAOoOAFPqDgAXGxAAT4IMAKNaEABJWxAAAOoOAOUtEABdERAAdAsNAHB5EAA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAAAAgAMAAAAAAACAAQAAgAMAAIACAACAAwAAgAAAAIADAAAAAAAAgAEAAAAAAACAAwAAgAMAAAADAACAAwAAAAEAAIADAACAAwAAAAEAAAAAAACAAwAAgAAAAIADAACAAAAAgAEAAIADAACAAAAAgAAAAIADAACAAwAAAAIAAIADAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAACAAQAAgAIAAIABAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAgAMAAIADAACAAwAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAIAAAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIAAAACAAAAAgAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAAADAACAAAAAgAMAAAADAAAAAAAAgAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAACAAwAAgAMAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAwAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAEAAAAAAACAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAQAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAAAAAAIADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAAAAIADAACAAQAAAAAAAIABAACAAAAAgAEAAAABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIACAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAAAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAAAAgAAAAIAAAACAAwAAgAIAAIAAAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgA==","tagWords":"AAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAEAAIAAAwAABAAAAABAICOQAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABAACAAAMAAAQAAAAAQCAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIEAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAQAAgAADAAAEAAAAAEAgI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABAACAAAMAAAQAAAAAQCAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAQAAgAADAAAEAAAAAEAgI5AAAIAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABAACAAAMAAAQAAAAAQCAjkAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAEAAIAAAwAABAAAAABAICOQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAQAAgAADAAAEAAAAAEAgI5AAAIAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAEAAIAAAwAABAAAAABAICOQAACAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABAACAAAMAAAQAAAAAQCAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAAQAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABAACAAAMAAAQAAAAAQCAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAgAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCAAAAAAAQBAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAQAAgAADAAAEAAAAAEAgI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAgAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAgAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCAAAAAAAQBAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABAACAAAMAAAQAAAAAQCAjkAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAQAAgAADAAAEAAAAAEAgI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAACBAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABAACAAAMAAAQAAAAAQCAjkAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCAAAAAAAQBAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABAACAAAMAAAQAAAAAQCAjkAAAgAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAAQAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAEAAIAAAwAABAAAAABAICOQAACAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAgAAAAAAEAQAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAIAAAAAABAEAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAQAAgAADAAAEAAAAAEAgI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAAAgAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAQAAgAADAAAEAAAAAEAgI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAEAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQgAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAIAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAIAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAQAAgAADAAAEAAAAAEAgI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAACAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAIAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAIAAAAAABAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAgAAAAAAEAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAIAAAAAABAEAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAwAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAEAAAAAAQAAgAADAAAEAAAAAEAkI5AAAIAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAFBAAAAAAAAAAAAQAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAIAAAAAABAEAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAQCAAAAAAAAAAAAAAACAAAAAAAEAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAACAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAQAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAEAAIAAAwAABAAAAABAICOQAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAIoAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAABAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCAAAAAAAQBAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAEAABAAAAAAQAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAABAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAAABAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAAAAAEAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAQAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAACAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAEAAQAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAABAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAEAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAQAAgAEDAAAEAAAAAEAgI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQCAAAAAAAQBAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAgAAAAAAEAQAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAACAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAABAAAAAAAAAAACQAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAAEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAQAAgAADAABEAAAAAEAgI5AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAABCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAABAAAAAAEAAIAAAwAARAAAAABAJCOQAECAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAIAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAEAAQAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAgAAAAAAEAQAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAADAAAEAAAAAEAgI5AAAIAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAEAAIAAAwAABABAAABAICOQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABAACAAAMAAAQABAAAQCAjkAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAEAAAAAAABAAAAAAAAAAAAAAAEAAQAAAAAAAAAQAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAEAAQAAAAAAAAAQAACACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAgAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAEAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAwAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAgAAAAAAEAQAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEggAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAgAAAAAAEAQAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAQABAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABAACAAAMAAAQAAAAAQCAjmAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABiAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAGIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAEAAIAAAwAABAAAAABAICOQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAEAAIAAAwAABAAAAABAICOQAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAgAAAAAAEAQAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAQAAgAADAAAEAAAAAEAgI5AAAIAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQBAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAEAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAEAAQAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAQAAgAADAAAEAAAAAEAgI5AAAIAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACABAAAAAAAAQAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAQABAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAQ="},"index":{"lists":[[10,11,90,92,93,94],[1,2,4,5,6,7,10,11,12,13,34,35,36,37,38,41,42,43,44,47,48,49,50,51,52,53,54,55,56,57,58,62,67,68,70,71,72,73,74,75,76,77,78,79,80,81,85,86,87,88,90,92,93,94,98,103,104,131,134,135,137,148,149,150,152,153,154,155,156,157,165,168,178,179,183,184,187,196,197,201,205,207,208,209,210,212,214,215,217,220,221,222,223,237],[1,2,4,5,6,7,10,11,12,13,34,35,36,37,38,40,41,42,43,44,47,48,49,50,51,52,53,54,55,56,57,58,62,63,67,68,70,71,72,73,74,75,76,77,78,79,80,81,84,85,86,87,88,90,92,93,94,98,103,104,110,131,134,135,137,148,149,150,152,153,154,155,156,157,165,168,178,179,180,183,184,187,196,197,201,205,207,208,209,210,212,214,215,217,220,221,222,223,226,227,228,237],[10,11,60,83,90,92,93,94,186,226,243],[10,11,90,92,93,94,122,123,124,229,230,231,232,233,234,235],[4,5,10,11,90,92,93,94],[10,11,59,61,90,92,93,94],[10,11,90,92,93,94,217,236],[10,11,72,90,92,93,94,103,104,129,130,217,222,223],[10,11,90,92,93,94,122,123,124],[10,11,58,65,70,73,77,78,90,92,93,94,114,122,123,124,125,142,156,157,159,163,171,173,179,181,182,183,184,195,202,203,204,211,237],[10,11,20,21,22,28,29,90,92,93,94,102,162,175],[10,11,90,92,93,94,126,249],[9,10,11,90,92,93,94],[1,10,11,13,90,92,93,94,122,123,124,151,164,205,209,210,237],[10,11,15,90,92,93,94,122,123,124,128,151,205,209,210,237],[10,11,37,90,92,93,94,122,123,124,151,187,205,209,210,221,237],[4,10,11,23,90,92,93,94,122,123,124,151,152,174,205,209,210,225,237],[0,2,7,8,10,11,26,27,30,31,87,90,92,93,94,122,123,124,145,151,152,158,161,187,189,205,206,209,210,213,216,218,237,238,241,244,245,248,250],[3,10,11,14,17,26,30,31,33,40,43,44,66,69,88,89,90,92,93,94,98,100,106,107,109,115,122,123,124,127,132,135,138,145,151,152,160,167,169,170,176,187,188,199,205,209,210,237,246,251],[10,11,90,92,93,94,122,123,124,151,205,209,210,237],[10,11,90,92,93,94,122,123,124,151,152,205,209,210,237],[10,11,12,90,92,93,94,122,123,124,151,205,209,210,237],[10,11,90,92,93,94,122,123,124,151,205,209,210,237,242],[10,11,86,90,92,93,94,122,123,124,151,152,205,209,210,227,237,239,240],[10,11,81,89,90,92,93,94,101,105,116,122,123,124,147,151,191,205,209,210,227,237],[10,11,16,40,90,92,93,94,100,108,122,123,124,137,138,151,166,205,209,210,237],[7,10,11,32,64,90,92,93,94,122,123,124,151,152,205,209,210,237],[10,11,16,46,90,92,93,94,122,123,124,137,151,205,209,210,237],[10,11,18,19,39,51,90,92,93,94,99,111,113,117,122,123,124,133,139,140,141,143,144,146,151,155,172,177,178,190,193,198,200,201,205,209,210,219,224,237],[10,11,13,54,90,91,92,93,94,122,123,124,151,205,209,210,237],[5,10,11,90,92,93,94,122,123,124,151,205,209,210,237],[10,11,16,90,92,93,94,122,123,124,151,205,209,210,237],[10,11,90,92,93,94,97,112,118,119,120,121,136,192,194,247],[10,11,62,90,92,93,94],[10,11,24,25,90,92,93,94,122,123,124,205,209,210,237],[10,11,34,90,92,93,94],[10,11,35,36,38,41,42,90,92,93,94],[10,11,45,49,50,52,90,92,93,94],[10,11,48,71,90,92,93,94],[10,11,48,90,92,93,94,95,96],[10,11,48,72,74,90,92,93,94],[10,11,48,90,92,93,94],[10,11,53,55,57,71,90,92,93,94,212],[10,11,56,90,92,93,94,154],[10,11,71,90,92,93,94,212],[10,11,72,74,80,90,92,93,94,228],[10,11,74,90,92,93,94],[10,11,79,85,90,92,93,94,212,228],[10,11,82,90,92,93,94,185],[10,11,90,92,93,94,153],[10,11,90,92,93,94,212],[10,11,90,92,93,94,228],[10,11,76,90,92,93,94,215],[10,11,76,90,92,93,94,215,226],[10,11,76,90,92,93,94,196,197,215],[4,5,10,11,76,90,92,93,94,215],[10,11,76,90,92,93,94,215,217],[10,11,72,76,90,92,93,94,103,104,215,217,222,223],[10,11,76,84,90,92,93,94,196,197,215],[10,11,58,63,67,68,70,73,75,76,77,78,90,92,93,94,156,157,168,179,180,183,184,196,197,215,237],[1,6,10,11,13,76,90,92,93,94,196,197,205,207,208,209,210,215,220,237],[10,11,76,90,92,93,94,196,197,205,207,208,209,210,215,237],[10,11,37,76,90,92,93,94,187,196,197,205,207,208,209,210,215,221,237],[4,10,11,76,90,92,93,94,152,196,197,205,207,208,209,210,215,237],[2,7,10,11,76,87,90,92,93,94,152,187,196,197,205,207,208,209,210,214,215,237],[10,11,40,43,44,76,88,90,92,93,94,98,131,135,152,187,196,197,205,207,208,209,210,215,237],[10,11,76,90,92,93,94,165,196,197,205,207,208,209,210,215,237],[10,11,76,90,92,93,94,152,196,197,205,207,208,209,210,215,237],[10,11,12,76,90,92,93,94,110,196,197,205,207,208,209,210,215,237],[10,11,76,86,90,92,93,94,152,196,197,205,207,208,209,210,215,227,237],[10,11,76,81,90,92,93,94,196,197,205,207,208,209,210,215,227,237],[10,11,40,76,90,92,93,94,137,196,197,205,207,208,209,210,215,237],[7,10,11,76,90,92,93,94,152,196,197,205,207,208,209,210,215,237],[10,11,76,90,92,93,94,131,134,137,196,197,205,207,208,209,210,215,237],[10,11,51,76,90,92,93,94,131,155,178,196,197,201,205,207,208,209,210,215,237],[10,11,13,54,76,90,92,93,94,196,197,205,207,208,209,210,215,237],[5,10,11,76,90,92,93,94,196,197,205,207,208,209,210,215,237],[10,11,62,76,90,92,93,94,215],[10,11,76,90,92,93,94,196,197,205,209,210,215,237],[10,11,34,76,90,92,93,94,215],[10,11,35,36,38,41,42,76,90,92,93,94,215],[10,11,49,50,52,76,90,92,93,94,215],[10,11,47,48,71,76,90,92,93,94,215],[10,11,48,76,90,92,93,94,215],[10,11,48,72,74,76,90,92,93,94,215],[10,11,53,55,57,71,76,90,92,93,94,148,212,215],[10,11,56,76,90,92,93,94,154,215],[10,11,71,76,90,92,93,94,212,215],[10,11,72,74,76,80,90,92,93,94,150,215,228],[10,11,74,76,90,92,93,94,215],[10,11,76,79,85,90,92,93,94,212,215,228],[10,11,76,90,92,93,94,149,215],[10,11,76,90,92,93,94,150,215],[10,11,76,90,92,93,94,153,215],[10,11,76,90,92,93,94,212,215],[10,11,76,90,92,93,94,215,228]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,53,53,53,53,61,62,63,64,65,66,67,62,68,69,62,62,62,70,71,72,62,73,74,75,76,77,68,62,62,62,53,53,53,78,79,53,61,62,63,64,65,66,67,62,68,69,62,62,62,70,71,72,62,73,74,75,76,77,68,62,62,62,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,80],[9679,81],[9135,82],[215,83],[10095,84],[10003,85],[8595,84],[10008,86],[9472,87],[10007,88],[10004,89],[8730,90],[10006,91],[8505,53],[9762,92],[9888,92],[8617,93],[8226,94],[10060,95],[9654,96],[65123,96]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,111,112,114,117,123],[5,6,12,13,65,67,68,69,75,117],[65,67,68,69,92],[65,67,68,69,89,90,91,107,118],[1,65,67,68,69,89,90,91,92,107],[65,67,68,69,89,90,91,107],[7,65,67,68,69,89,90,91,107,108],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,113,116],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,115,121,123],[65,67,68,69,89,90,91,107,108],[65,67,68,69,74,86,89,90,91,103,107],[2,23,65,67,68,69,73,80,89,90,91,98,107,120],[16,44,65,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,98,107],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,110],[35,65,66,67,68,69,89,90,91,107],[2,65,67,68,69,89,90,91,107],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,110],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,109],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,111,112,122],[55,65,67,68,69,108],[55,63,65,67,68,69,108],[23,26,27,55,64,65,67,68,69,72,95,97,98,108],[55,65,67,68,69,119],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,108],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,110],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,110],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,109]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
      if (finding.ruleId === "code.assertion" && AVA_TAP_NAME.test(finding.text)) this.avaNamed = { unit, finding, line: this.lineNumber };
      if (finding.ruleId === "module.php.pdo-driver") this.source.pdoDriverMissing(unit, finding);
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
