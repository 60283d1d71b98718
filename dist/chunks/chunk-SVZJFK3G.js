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
  REJECTION_RULES,
  SERVER_ANSWER,
  SQL_HANDLE,
  assertionSides,
  matchRule
} from "./chunk-NPPT6LSV.js";
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
var DERIVED = `{"prefilter":{"key":"rules 247\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises |^\\\\s{0,12}name: )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}Difference \\\\(- actual, \\\\+ expected\\\\):$/\\n/^\\\\s{0,12}Value is not (?:\`true\`|\`false\`|truthy|falsy):$/\\n/^\\\\s{2,12}assertion: (?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,30,31,32,49,51,142,207,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,404,406,407,408,409,410,411,412,415,416,417,419],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123,36],"words":8,"quiet":11558,"states":13024,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAACPRAYABgAAABgeAgAHAAAAV/IGAAgAAACZ6AEACQAAAL2LAAAKAAAAAUcAAAsAAAAYmggADAAAAO2QAAANAAAAqxcAAA4AAADadAEADwAAACKtAAAQAAAA7yUAABEAAAAlggEAEgAAABQJAAATAAAAodsBABQAAACsEQsAFQAAAKsJAgAWAAAAShIBABcAAABF9AEAGAAAAEoLAgAZAAAArP0BABoAAAAEFQIAGwAAAPmYAgAcAAAAqNMCAB0AAAAAAAAAHgAAAB/QDAAfAAAAkAgBACAAAAB9PwIAIQAAAAAAAAAiAAAAV8IBACMAAACS8AAAJAAAAPwTBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA8qABACkAAAB7sQEAKgAAAGcWCgArAAAAHPsLACwAAAAAAAAALQAAALvvAQAuAAAAAAAAAC8AAAAHRAIAMAAAAE/IAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAADl/QoAPAAAAEUICwA9AAAAAeUNAD4AAAC5FAwAPwAAAAAAAABAAAAAXxUMAEEAAAAAAAAAQgAAAHE2DABDAAAATjsMAEQAAABzAhAARQAAAD5VDABGAAAAPWEMAEcAAABPggwASAAAAKKCDABJAAAA9YIMAEoAAAAdlQwASwAAAAGZDABMAAAAuMYMAE0AAAAxRA0ATgAAAIREDQBPAAAADkkNAFAAAAD6OA4AUQAAAE05DgBSAAAAoDkOAFUAAACmAAAAVgAAAE/BAwBYAAAATQkJAFkAAAAIPwEAXAAAAE2bAABeAAAAA5YJAF8AAABs6AcAZwAAAOINAgBqAAAAxbwDAHAAAAChPAAAqQAAAPkAAACzAAAAS/gCALUAAADyYQoA/AAAAFKjDgBRAQAAnwEAAKUBAADyAQAA+QEAAEUCAABNAgAAmAIAAJoCAADrAgAA9AIAAD4DAABIAwAAkQMAAJwDAADkAwAA8AMAADcEAABEBAAAigQAAJQEAADdBAAA6wQAADAFAAA/BQAAgwUAAIUFAADWBQAA4AUAACkGAAA3BgAAfAYAAIEGAADPBgAA3AYAACIHAAAqBwAAdQcAAIUHAADIBwAAygcAABsIAAApCAAAbggAAH8IAAClow4AyAgAAPijDgAWCQAA0ocMABwJAABnCQAAKQkAAEg+CgAtCQAASIMMADAJAACgAgoAbgkAALoJAAB0CQAAyk8KAL8JAAANCgAAGQoAAGAKAABjCgAAswoAALsKAAAGCwAAEwsAAFkLAABeCwAArAsAALYLAAD/CwAABwwAAFIMAABeDAAApQwAAGEMAAATBwIAuAwAAPgMAAAGDQAASw0AAE4NAACeDQAAqA0AAEukDgDzDQAAJ3EAAPQNAACRogEA9g0AAEQOAAD6DQAA+0ELAPsNAACxZwIA/A0AAJABAgD9DQAA1B0AAP4NAABRagwA/w0AAF16AQAADgAAqS8AAAIOAAAdLgMABQ4AAGW5AgAODgAAgqIDABEOAABYaQwASg4AAJcOAABTDgAArCYIAJ0OAADqDgAA/g4AAD0PAABSDwAAkA8AAJgPAADjDwAA7Q8AADYQAAA7EAAAiRAAAI4QAADcEAAA5BAAAC8RAABFEQAAghEAAIQRAADVEQAA4hEAACgSAAA8EgAAexIAAIMSAADOEgAA3RIAACETAAAyEwAAdBMAAIITAADHEwAA0xMAABoUAAAnFAAAbRQAAHcUAADAFAAAwxQAABMVAAAbFQAAZhUAAGgVAAC5FQAAyhUAAAwWAAASFgAAXxYAAGsWAACyFgAAtBYAAAUXAAAMFwAAWBcAAGwXAACepA4ArBcAABlkDgCtFwAAECsCALAXAAD+FwAAtBcAAIzeAQC5FwAA5x0DAAAYAABXyQAAARgAAKiwBwAFGAAA+MYJAAYYAABRGAAACBgAAHc7AQAJGAAAn3YHAAsYAAAGhwYADRgAALykCgAPGAAAqVgGABQYAAA5MQIAFxgAANTzBQBSGAAApBgAAFQYAABVvgUAVxgAAHvFCgC7GAAA9xgAAA8ZAABKGQAAVRkAAJ0ZAAC2GQAA8BkAAPIZAABDGgAAXRoAAJYaAAClGgAA6RoAAO4aAAA8GwAASRsAAI8bAACfGwAA4hsAAOobAAA1HAAAQRwAAIgcAACVHAAA2xwAAOUcAAAuHQAANB0AAIEdAACVHQAA8aQOANodAAAnHgAA3h0AAA0JDADrHQAAC9UKAEIeAAB6HgAAhh4AAM0eAADTHgAAIB8AACMfAAB1igUAKB8AAHMfAAB2HwAA4aoFAHofAADGHwAAfh8AAEWMBACBHwAAm28DAMsfAAAZIAAAJSAAAGwgAABvIAAAvyAAAMcgAAASIQAAHyEAAGUhAABqIQAAuCEAAMIhAAALIgAAEyIAAF4iAABhIgAAsSIAALoiAAAEIwAABSMAAFcjAABYIwAAqiMAAK8jAAD9IwAAAyQAAFAkAABaJAAAoyQAAKskAAD2JAAA+SQAAEklAABMJQAAnCUAAK0lAABEpQ4A8SUAALOpAQD0JQAA6hQLAPglAAAw9g0A+yUAAEImAAD9JQAAVA8IAFomAACVJgAAmCYAAOgmAAD0JgAAOycAAEgnAACOJwAAlScAAOEnAADjJwAANCgAAD0oAACHKAAAkSgAANooAADlKAAALSkAAEkpAACAKQAAiCkAAJelDgDYKQAAJioAAC4qAAB5KgAAeioAAMwqAADOKgAAHysAACIrAAByKwAAdSsAAOqlDgDKKwAAGCwAAB4sAABrLAAAciwAAL4sAADGLAAAES0AABQtAABkLQAAbS0AALctAAC4LQAACi4AAAsuAABdLgAAbi4AALAuAAC+LgAAAy8AAA8vAABWLwAAXS8AAD2mDgCvLwAA/C8AAP4vAABPMAAAZTAAAKIwAACqMAAA9TAAAPcwAABIMQAAUTEAAJsxAAClMQAA7jEAAPkxAABBMgAATTIAAJQyAAChMgAA5zIAAPEyAAA6MwAASDMAAI0zAACcMwAA4DMAAOIzAAAzNAAAPTQAAIY0AACUNAAA2TQAAN40AAAsNQAAOTUAAH81AACHNQAA0jUAANg1AAAlNgAAMTYAAHg2AACVNgAAyzYAANQ2AAAeNwAALDcAAHE3AAB3NwAAxDcAANA3AAAXOAAAGjgAAGo4AAByOAAAvTgAAM44AAAQOQAAHjkAAGM5AAB8OQAAtjkAALc5AAAJOgAAJjoAAJCmDgBhOgAArzoAALU6AAACOwAACjsAAFU7AABeOwAAqDsAAKs7AAD7OwAABzwAAE48AABUPAAANqcOAL08AAD0PAAA/DwAAImnDgBKPQAAmj0AAKs9AADtPQAA9T0AAEA+AABOPgAAkz4AAJY+AADmPgAA7j4AADk/AABGPwAAjD8AAJE/AADfPwAA6T8AADJAAAA6QAAAhUAAAJFAAADYQAAA5UAAACtBAAAtQQAAfkEAAJdBAADRQQAA4kEAACRCAAAwQgAAd0IAAH5CAADKQgAA0kIAAB1DAAAiQwAAcEMAAH1DAADDQwAAy0MAABZEAAAgRAAAaUQAAHREAAC8RAAAyEQAAA9FAAAXRQAA3KcOAG5FAAC1RQAAu0UAAAhGAAAjRgAAW0YAAGdGAACuRgAAtEYAAC+oDgAGRwAA0xsCAAdHAACiugQACEcAAA3ZBgAMRwAAVEcAAA1HAAA+vQkAD0cAAIBZBQAVRwAA5yQCAGBHAACnRwAArUcAACQ6DQCvRwAAgqgOAAZIAABNSAAAU0gAAKBIAAC7SAAA80gAAP9IAABGSQAATEkAAJlJAAChSQAA7EkAAPJJAAA/SgAAS0oAAJJKAACvSgAA5UoAAO5KAAA4SwAAREsAAItLAACOSwAA3ksAAOhLAAAxTAAAPUwAAIRMAACLTAAA10wAAN9MAAAqTQAAK00AAP9eAAAtTQAAfU0AAIxNAADQTQAA1k0AACNOAAAlTgAAdk4AAIxOAADJTgAA504AABxPAAA1TwAAb08AAHFPAADCTwAAxU8AABVQAAAhUAAAaFAAAG9QAAC7UAAAw1AAAA5RAAAQUQAAYVEAAGpRAAC0UQAAvlEAAAdSAAASUgAAWlIAAGZSAACtUgAAulIAAABTAAAKUwAAU1MAAGFTAACmUwAAtVMAAPlTAAD7UwAATFQAAFZUAACfVAAArVQAAPJUAAD3VAAARVUAAFJVAACYVQAArVUAAOtVAADzVQAAPlYAAFdWAACRVgAAmlYAAORWAADuVgAAN1cAAD9XAACKVwAAl1cAAN1XAADiVwAAMFgAADhYAACDWAAAhFgAANZYAADYWAAAKVkAACxZAAB8WQAAf1kAANWoDgDUWQAAIloAAChaAAB1WgAAfFoAAMhaAADQWgAAG1sAAB9bAABuWwAAcFsAAMFbAADEWwAAFFwAABxcAABnXAAAaFwAALpcAADAXAAADV0AABJdAABgXQAAe10AALNdAADBXQAABl4AAA1eAABZXgAAZV4AAKxeAACzXgAAKKkOAAFfAABSXwAAVV8AAKVfAACoXwAAe6kOAP1fAABLYAAAUWAAAJ5gAAClYAAA8WAAAA9hAABEYQAAXWEAAJdhAACZYQAA6mEAAO1hAAA9YgAASWIAAJBiAACXYgAA42IAAOtiAAA2YwAAOGMAAIljAACSYwAA3GMAAOZjAAAvZAAAOmQAAIJkAACOZAAA1WQAAOJkAAAoZQAAMmUAAHtlAACJZQAAzmUAAN1lAAAhZgAAI2YAAHRmAAB+ZgAAx2YAANVmAAAaZwAAH2cAAG1nAAB6ZwAAwGcAANVnAAATaAAAG2gAAGZoAAB/aAAAuWgAAMJoAAAMaQAAFmkAAF9pAABnaQAAsmkAAL9pAAAFagAACmoAAFhqAABgagAAq2oAAKxqAAD+agAAAGsAAFFrAABUawAApGsAAKdrAADOqQ4A/GsAAEpsAABQbAAAnWwAAKRsAADwbAAA+GwAAENtAABHbQAAlm0AAJhtAADpbQAA7G0AADxuAABEbgAAj24AAJBuAADibgAA6G4AADVvAAA6bwAAiG8AAKNvAADbbwAA6W8AAC5wAAA1cAAAgXAAAI1wAADUcAAA23AAACGqDgAqcQAAenEAAItxAADNcQAA1XEAAN+LAQDpcQAAIHIAAChyAAB0qg4AgnIAAMZyAADMcgAAGXMAABtzAABscwAAgnMAAL9zAADdcwAAEnQAABV0AABldAAAcXQAALh0AAC+dAAAC3UAACZ1AABedQAAanUAALF1AAC3dQAABHYAACJ2AABXdgAAZ3YAAKp2AAC4dgAA/XYAAAN3AABQdwAAU3cAAKN3AACtdwAA9ncAABR4AABJeAAAX3gAAJx4AACoeAAA73gAAPJ4AABCeQAARXkAAJV5AACXeQAA6HkAAP95AAA7egAAR3oAAI56AACqegAA4XoAAOl6AADHqg4ARXsAAId7AACVewAA2nsAAOZ7AAAtfAAAOnwAAIB8AACKfAAA03wAANt8AAAmfQAAJ30AAHl9AAB7fQAAzH0AAM99AAAffgAAIn4AABqrDgB3fgAAxX4AAMt+AAAYfwAAH38AAGt/AABzfwAAvn8AANR/AAARgAAAGoAAAGSAAABngAAAt4AAAMGAAAAKgQAAEoEAAF2BAAB2gQAAsIEAALyBAAADggAAC4IAAG2rDgBeggAAqYIAAKyCAAD8ggAABoMAAE+DAABVgwAAooMAALCDAAD1gwAAAoQAAEiEAABfhAAAwKsOAJyEAABkeA0AnoQAACKmAQChhAAABlACAKKEAADJygYAo4QAAGyjBQCkhAAAiMIAAKWEAABVLQIAqIQAADdPDQCqhAAA7oQAAKyEAABfiwcAsYQAAD/NBQCyhAAAK+0LAPiEAADCaggA/YQAAEGFAABNhQAAlIUAAJWFAAAPgwMAl4UAAOeFAADqhQAAOoYAAEGGAACGgAEAQoYAAI2GAABShgAA/CgBAJSGAADghgAA7IYAADOHAABAhwAAhocAAJSHAADZhwAA5YcAACyIAAAziAAAf4gAAIeIAADSiAAA4ogAACWJAAAqiQAAeIkAAH6JAADLiQAA04kAAB6KAAAnigAAcYoAAHSKAADEigAA0IoAABeLAAAdiwAAE6wOAImLAABmrA4AyosAABCMAAASjAAAN/0AABOMAAC+cQIAF4wAAOSbAgAbjAAA3v4KAByMAABCxQEAH4wAALX4CgApjAAAN0kCADCMAABjjAAAcIwAALaMAAC7jAAACY0AAA2NAABcjQAAaY0AAK+NAAC3jQAAAo4AALqNAAB+qAkACY4AAFWOAABXjgAAqI4AALKOAAD7jgAA/Y4AAE6PAABnjwAAoY8AAKOPAAD0jwAA948AAEeQAABTkAAAmpAAAKKQAAC5rA4A85AAAECRAAD1kAAA6FwQAPyQAABZ4QUA/pAAAJA4BgAAkQAArUsBAAmRAABB3gsARpEAAJrjAABYkQAAk5EAAJWRAADmkQAAoJEAAACmAACskQAAvJcAAPWRAAA5kgAASJIAAIySAACYkgAA35IAAOKSAAAykwAANZMAAIWTAACdkwAA2JMAAN+TAAArlAAAN5QAAH6UAACLlAAA0ZQAAN+UAAAklQAAMJUAAHeVAAB+lQAAypUAAOKVAAAdlgAAKZYAAHCWAAB2lgAAw5YAAMmWAAAWlwAAG5cAAGmXAABvlwAAX60OAL6XAAAPmAAAFpgAAGKYAAB6mAAAtZgAALyYAAAImQAAIZkAAFuZAABzmQAArpkAALqZAAABmgAAB5oAAFSaAABamgAAp5oAAKyaAAD6mgAAAJsAALKtDgBmmwAAoJsAALGbAADzmwAAAZwAAEacAABVnAAAmZwAAKGcAADsnAAADJ0AAD+dAABLnQAAkp0AAKadAADlnQAA7Z0AADieAAA+ngAAi54AAJeeAADengAA6J4AADGfAAA3nwAAhJ8AAJKfAADXnwAA458AACqgAABFoAAAfaAAAH+gAADQoAAA4aAAACOhAAAroQAAdqEAAIShAADJoQAAzKEAAByiAAAkogAAb6IAAHyiAADCogAAx6IAABWjAAAfowAAaKMAAHCjAAC7owAAvaMAAA6kAAAfpAAAYaQAAHKkAAC0pAAAuaQAAAelAAALpQAAWqUAAGalAACtpQAAtKUAAAWuDgAFpgAAU6YAAF2mAACmpgAAvqYAAPmmAAD8pgAATKcAAFWnAACfpwAAoKcAAPKnAADzpwAARagAAEqoAACYqAAAnqgAAOuoAAD1qAAAPqkAAEqpAACRqQAAmKkAAOSpAAD8qQAAN6oAADmqAACKqgAAk6oAAN2qAADnqgAAMKsAADurAACDqwAAm6sAANarAADsqwAAKawAAC6sAAB8rAAAg6wAAM+sAADbrAAAWK4OACStAAApngIAJ60AAJ24AQArrQAA4LYFAC2tAAAERQcAM60AAHWtAAB3rQAAwFkCAIOtAADIrQAA1K0AABuuAADXrQAARr4HACiuAABurgAAeK4AAMGuAADCrgAAiVQOAMmuAAAUrwAAG68AAGevAAAvrwAA85QBAGyvAAC6rwAAxq8AAA2wAAAQsAAAYLAAAGiwAACzsAAAwLAAAAaxAAALsQAAWbEAAGOxAACssQAAtLEAAP+xAAACsgAAUrIAAFuyAAClsgAAprIAAPiyAAD5sgAAS7MAAFCzAACeswAApLMAAPGzAAD7swAARLQAAEy0AACXtAAAmbQAAOq0AADztAAAPbUAAEe1AACQtQAAm7UAAOO1AADvtQAANrYAAEO2AACJtgAAk7YAANy2AADqtgAAL7cAAD63AACCtwAAhLcAANW3AADftwAAKLgAADa4AAB7uAAAgLgAAM64AADbuAAAIbkAACm5AAB0uQAAdbkAAMe5AADNuQAAGroAAB+6AABtugAAd7oAAMC6AADFugAAE7sAACK7AABmuwAAa7sAALm7AADKuwAADLwAABS8AABfvAAAZbwAALK8AAC+vAAABb0AACK9AABYvQAAYb0AAKu9AAC3vQAA/r0AAAG+AABRvgAAW74AAKS+AACwvgAA974AAP6+AABKvwAAUr8AAJ2/AAC2vwAA8L8AAATAAABDwAAAS8AAAJbAAACZwAAA6cAAAPXAAAA8wQAAQsEAAI/BAACqwQAA4sEAAO7BAAA1wgAAO8IAAKuuDgCSwgAA28IAAObCAAAuwwAANsMAAF3UAAA6wwAAgcMAAI7DAADUwwAA3sMAACfEAAA1xAAAesQAAInEAADNxAAAz8QAACDFAAAqxQAAc8UAAIHFAADGxQAAy8UAABnGAAAmxgAAbMYAAHTGAAC/xgAAwMYAABLHAADDxgAAWGMBAM/GAABOiAEAI8cAAGXHAABuxwAAuMcAAM/HAAALyAAAGcgAAF7IAABryAAAscgAALnIAAAEyQAAI8kAAP6uDgBgyQAAqskAALTJAAD9yQAACMoAAFGvDgBSygAAo8oAAKzKAAD2ygAAAMsAAEnLAABUywAAnMsAAKjLAADvywAA/MsAAELMAABMzAAAlcwAAKPMAADozAAA98wAADvNAAA9zQAAjs0AAJjNAADhzQAA780AADTOAAA5zgAAh84AAJTOAADazgAA4s4AAC3PAAAzzwAAgM8AAIzPAADTzwAA8M8AACbQAAAv0AAAedAAAIfQAADM0AAA0tAAAB/RAAAr0QAActEAAHnRAACkrw4Ax9EAAAUJAgDL0QAAGNIAAB3SAABr0gAAJtIAACQmBAB40gAAvtIAANXSAAAR0wAAEtMAAGTTAABm0wAAt9MAALrTAAAK1AAADdQAAPevDgB+1AAAsNQAALHUAAAD1QAABdUAAFbVAABZ1QAAqdUAAKzVAABKsA4AAdYAAE/WAABV1gAAotYAAKnWAAD11gAAF9cAAEjXAABQ1wAAm9cAAKrXAADu1wAA8NcAAEHYAABS2AAAlNgAAKXYAADn2AAA89gAADrZAABB2QAAjdkAAJXZAADg2QAA5NkAADPaAABB2gAAhtoAAJDaAADZ2gAA5NoAACzbAAAx2wAAf9sAAIjbAADS2wAA3NsAACXcAAAt3AAAeNwAAHrcAADL3AAA2NwAAB7dAAAy3QAAcd0AAHndAADE3QAAxd0AABfeAAAZ3gAAat4AAG3eAAC93gAAwN4AAJ2wDgAV3wAAY98AAGnfAAC23wAAvd8AAAngAAAR4AAAXOAAAGvgAACv4AAAtOAAAALhAAAP4QAAVeEAAGXhAACo4QAAtuEAAPvhAAAS4gAATuIAAFfiAACh4gAAp+IAAPTiAAAA4wAAR+MAAE7jAADwsA4An+MAABm4AgCi4wAA7eMAAKfjAACp8AgA/OMAAEDkAABR5AAAk+QAAKHkAADm5AAA8uQAADnlAABG5QAAjOUAAJblAADf5QAA5+UAADLmAAA15gAAheYAAJHmAADY5gAA5eYAACvnAAA15wAAfucAAIbnAADR5wAA0+cAACToAAAt6AAAd+gAAIHoAADK6AAA1egAAB3pAAAy6QAAcOkAAHjpAADD6QAA3OkAABbqAAAf6gAAaeoAAHPqAAC86gAAxOoAAA/rAAAc6wAAYusAAGfrAAC16wAAvesAAAjsAAAJ7AAAW+wAAF3sAACu7AAAsewAAAHtAAAE7QAAQ7EOAFntAACn7QAAre0AAPrtAAAB7gAATe4AAFXuAACg7gAAru4AAPPuAAD27gAARu8AAE7vAACZ7wAAnO8AAOzvAAD47wAAP/AAAEnwAACWsQ4Ak/AAAKxdDACU8AAA5fAAAJXwAAC5GwsAnPAAAPFfDACd8AAA5I0EAKHwAACR9QEAovAAANTQCgC28AAAr9kBAO7wAAA48QAAQvEAAIvxAACW8QAA3vEAAOrxAAAx8gAAPvIAAITyAACO8gAA1/IAAOXyAAAq8wAAOfMAAH3zAAB/8wAA0PMAANrzAAAj9AAAMfQAAHb0AAB79AAAyfQAANb0AAAc9QAALPUAAG/1AABx9QAAwvUAAND1AAAV9gAAJvYAAOmxDgBv9gAAPLIOAMP2AACPsg4AF/cAAGH3AABr9wAAtPcAAL/3AAAH+AAAE/gAAFr4AABn+AAArfgAALf4AAAA+QAADvkAAFP5AABi+QAApvkAAKj5AAD5+QAAA/oAAEz6AABa+gAAn/oAAKT6AADy+gAA//oAAEX7AABN+wAAmPsAAKj7AADr+wAA7fsAAD78AABM/AAAkfwAAKL8AADisg4A6/wAADWzDgBQ/QAAiv0AAJv9AADd/QAA6f0AADD+AAA4/gAAiLMOAIj+AADW/gAA3v4AACn/AAAr/wAAfP8AAC7/AAAPwQYAOP8AAE1/BACF/wAAz/8AAIv/AACOOwkA2f8AACIAAQAtAAEAdQABAIEAAQDIAAEA1QABABsBAQAlAQEAbgEBAHwBAQDBAQEA0AEBABQCAQAWAgEAZwIBAHECAQC6AgEAxgIBAA0DAQAVAwEA27MOAGMDAQCzAwEAwQMBAAYEAQATBAEAWQQBAHAEAQCsBAEAtAQBAP8EAQAVBQEAUgUBAF4FAQClBQEAtAUBAPgFAQADBgEASwYBAE0GAQCeBgEAqwYBAPEGAQD/BgEARAcBAEcHAQCXBwEArQcBAOoHAQDyBwEAPQgBAE8IAQAutA4AnQgBAHanCwCfCAEA4wgBAOgIAQA2CQEAPQkBAIkJAQCVCQEA3AkBAOkJAQAvCgEAMQoBAIIKAQCYCgEA1QoBAOEKAQAoCwEARwsBAHsLAQCXCwEAzgsBANYLAQCBtA4AIwwBAHQMAQB9DAEAxwwBANEMAQAaDQEAJQ0BAG0NAQB5DQEAwA0BAM0NAQATDgEAHQ4BAGYOAQB0DgEAuQ4BAMgOAQAMDwEADg8BAF8PAQBpDwEAsg8BAMAPAQAFEAEAChABAFgQAQBlEAEAqxABALsQAQD+EAEAABEBAFERAQBfEQEApBEBALURAQDUtA4A/hEBACe1DgBMEgEACNAEAE8SAQCdEgEAUxIBACe9AQBWEgEAt/wGAFgSAQA4lwEAXhIBAOlRBACkEgEAKB8KAKoSAQDwEgEABxMBAEMTAQBIEwEAlhMBAJkTAQDpEwEAoBMBAD2SBQCyEwEAnZwFAO4TAQAalwUA9RMBADwUAQBCFAEAOyABAEsUAQCPFAEAmBQBAOIUAQDoFAEANRUBAEMVAQCIFQEAkhUBANsVAQDvFQEALhYBADoWAQCBFgEAlBYBANQWAQDjFgEAJxcBADMXAQB6FwEAexcBAM0XAQDXFwEAIBgBAC4YAQBzGAEAeBgBAMYYAQDTGAEAzbUOACwZAQBsGQEAexkBAL8ZAQDLGQEAEhoBABMaAQBlGgEAbxoBALgaAQDGGgEACxsBABAbAQBeGwEAaxsBAMa2DgCzGwEABBwBAA0cAQBXHAEAYRwBAKocAQC1HAEA/RwBAAkdAQBQHQEAXR0BAKMdAQCtHQEA9h0BAAQeAQBJHgEAWB4BAJweAQCeHgEA7x4BAPkeAQBCHwEAUB8BAJUfAQCiHwEA6B8BAP8fAQAZtw4AViABAI4gAQCaIAEA4SABAOcgAQA0IQEAQCEBAIchAQCNIQEA2iEBAOAhAQAtIgEAMiIBAIAiAQCGIgEAbLcOANwiAQAmIwEAMCMBAHkjAQCEIwEAzCMBANgjAQAfJAEALCQBAHIkAQB8JAEAxSQBANMkAQAYJQEAJyUBAGslAQBtJQEAviUBAMglAQARJgEAHyYBAGQmAQBpJgEAtyYBAMQmAQAKJwEAEicBAF0nAQBtJwEAsCcBALInAQADKAEAESgBAFYoAQBnKAEAZbgOALAoAQC4uA4AAikBAE8pAQBbKQEAoikBALIpAQD1KQEA/ikBAEgqAQBLKgEAmyoBAKcqAQDuKgEA9SoBAEErAQBJKwEAlCsBALIrAQDnKwEA7ysBADosAQBLLAEAjSwBAJIsAQDgLAEA9ywBADMtAQBBLQEAhi0BAJMtAQDZLQEA4S0BACwuAQAwLgEAfy4BAIEuAQDSLgEA1S4BACUvAQAtLwEAeC8BAH4vAQDLLwEA1y8BAB4wAQAuMAEAcTABAHowAQDEMAEAxzABABcxAQAjMQEAajEBAHExAQALuQ4AxjEBABAyAQATMgEAYzIBAHEyAQC2MgEAwzIBAAkzAQAgMwEAXDMBAGQzAQCvMwEAsTMBAAI0AQALNAEAVTQBAF80AQCoNAEAszQBAPs0AQAHNQEATjUBAFs1AQChNQEAqzUBAPQ1AQACNgEARzYBAFY2AQCaNgEAnDYBAO02AQD3NgEAQDcBAE43AQCTNwEAmDcBAOY3AQDzNwEAOTgBAEE4AQCMOAEAojgBAN84AQDrOAEAMjkBAEE5AQCFOQEAkDkBANg5AQDaOQEAKzoBADg6AQB+OgEAjDoBANE6AQDUOgEAJDsBADo7AQBeuQ4AfzsBAPH/AQCFOwEA4WwCAI87AQDKOwEAzDsBAB08AQAuPAEAcDwBAIE8AQDDPAEAyDwBABY9AQAaPQEAaT0BAHU9AQC8PQEAwz0BAA8+AQAXPgEAYj4BAIA+AQC1PgEAvT4BALG5DgANPwEAWz8BAFw/AQALdAwAaj8BAIY6CwB0PwEArj8BALA/AQABQAEAGkABAFRAAQBlQAEAp0ABALNAAQD6QAEA/EABAE1BAQBWQQEAoEEBAFxBAQAjRwEAqkEBAPNBAQD+QQEARkIBAFJCAQCZQgEApkIBAOxCAQD2QgEAP0MBAE1DAQCSQwEAoUMBAOVDAQDnQwEAOEQBAEJEAQCLRAEAmUQBAN5EAQDjRAEAMUUBAD5FAQCERQEAkEUBANdFAQDdRQEAKkYBADBGAQB9RgEAgkYBANBGAQDWRgEABLoOADJHAQB2RwEAgkcBAMlHAQDMRwEAHEgBAB9IAQBvSAEAdkgBAMJIAQDOSAEAFUkBACJJAQBoSQEAdkkBALtJAQDHSQEADkoBABVKAQBXug4AZ0oBALRKAQC6SgEAB0sBAAxLAQBaSwEAYEsBAKq6DgCuSwEAOOoBALdLAQDIugoAuUsBACOSDgC7SwEAcT0LALxLAQAATAEADEwBAFNMAQBUTAEApkwBAF9MAQABTQsAsEwBAPlMAQAHTQEATE0BAFFNAQCfTQEArE0BAP26DgD0TQEA+QYLAABOAQCn+goAFU4BAFC7DgBrTgEAmE4BAL9OAQDrTgEAD08BAD5PAQBGTwEAo7sOAJ1PAQDkTwEA5k8BADdQAQA6UAEAilABAI9QAQDdUAEA6lABADBRAQBMUQEAg1EBAItRAQD2uw4A31EBAClSAQDjUQEA41sBACxSAQB8UgEAiFIBAM9SAQDVUgEAIlMBAC9TAQB1UwEAd1MBAMhTAQDeUwEAG1QBACdUAQBuVAEAdlQBAEm8DgDHVAEAFFUBABxVAQBnVQEAaFUBALpVAQC8VQEADVYBABBWAQBgVgEAY1YBAJy8DgC4VgEABlcBAAxXAQBZVwEAYFcBAKxXAQC0VwEA/1cBAAxYAQBSWAEAV1gBAKVYAQCvWAEA+FgBAABZAQBLWQEATVkBAJ5ZAQCvWQEA8VkBAAJaAQBEWgEASVoBAJdaAQCbWgEA6loBAPZaAQA9WwEARFsBAJBbAQCiWwEA77wOAOhbAQA2XAEAPlwBAIlcAQCLXAEA3FwBAOtcAQAvXQEAPl0BAIJdAQCOXQEA1V0BANhdAQAoXgEAK14BAHteAQCDXgEAzl4BANheAQAhXwEAJl8BAHRfAQB8XwEAx18BANFfAQAaYAEAJWABAG1gAQB7YAEAwGABAMNgAQATYQEAG2EBAGZhAQCBYQEAuWEBAMRhAQAMYgEAEWIBAF9iAQBiYgEAsmIBALxiAQAFYwEAF2MBAEK9DgBmYwEAq2MBALVjAQD+YwEACWQBAFFkAQBZZAEApGQBAKpkAQD3ZAEA+WQBAEplAQBjZQEAnWUBALZlAQDwZQEA/mUBAENmAQBNZgEAlmYBAKxmAQDpZgEABmcBADxnAQBEZwEAj2cBAJ9nAQDiZwEA5GcBADVoAQBDaAEAiGgBAJloAQCVvQ4A4mgBAOi9DgAvaQEAgWkBAJJpAQDUaQEA4GkBACdqAQApagEAemoBAH1qAQDNagEA2WoBACBrAQAoawEAjr4OAH5rAQDGawEA0msBABlsAQAobAEAbGwBAIxsAQC/bAEAx2wBABJtAQAmbQEAZW0BAGptAQC4bQEAwW0BAAtuAQARbgEAXm4BAGZuAQCxbgEAwG4BAARvAQAJbwEAV28BAGRvAQCqbwEAt28BAP1vAQAJcAEAUHABAF9wAQCjcAEArXABAPZwAQAEcQEASXEBAE5xAQCccQEAqXEBAO9xAQD3cQEAQnIBAEVyAQCVcgEAoXIBAOhyAQDycgEAO3MBAEVzAQCOcwEAnHMBAOFzAQDucwEANHQBAEt0AQCHdAEAinQBAOG+DgDddAEAIpgDAOR0AQDVQQUA53QBAC11AQDqdAEAqnwLAOt0AQAsegIA8HQBAPjwAwA0dQEAwkECADd1AQA/NQMAPHUBALU9DQBIdQEAgHUBAIJ1AQDTdQEA5HUBACZ2AQA0dgEAeXYBAIB2AQDMdgEAznYBAB93AQDRdgEAnV4CANR2AQBbkgEALncBAHJ3AQCBdwEAxXcBANF3AQAYeAEAG3gBAGt4AQBueAEAvngBAN54AQAReQEAHXkBAGR5AQB4eQEAt3kBAMV5AQAKegEAEXoBADS/DgB0egEAsHoBALJ6AQDh2goAs3oBAOjZCgC9egEAA3sBAAV7AQBWewEAYHsBAKl7AQBnewEAct4KALJ7AQD8ewEAAnwBAE98AQBbfAEAonwBAKl8AQD1fAEA+nwBAEh9AQBUfQEAm30BAJ59AQDufQEA+30BAEF+AQBGfgEAlH4BAJ5+AQDnfgEA/X4BADp/AQA8fwEAjX8BAJd/AQDgfwEA738BADOAAQA+gAEAh78OAJKAAQDZgAEA5oABACyBAQA6gQEAf4EBAIuBAQDSgQEA2YEBANq/DgAqggEAeIIBADGCAQCz+w0AM4IBACj2AwB6ggEA/WEDAH2CAQDw0wkAj4IBAMuCAQDZggEAHoMBACuDAQBxgwEAeYMBAMSDAQDOgwEAhbwGANSDAQAXhAEAGYQBAGqEAQB4hAEAvYQBAM6EAQAtwA4AF4UBAIDADgBohQEAtoUBALyFAQAJhgEAEYYBAFyGAQBlhgEAr4YBALKGAQAChwEADocBAFWHAQBbhwEAqIcBALCHAQD7hwEAGogBACbBDgBQiAEAoYgBAK+IAQD0iAEABYkBAHnBDgBOiQEAzMEOAJ+JAQDtiQEA84kBAECKAQBIigEAk4oBAJyKAQDmigEA6YoBADmLAQBFiwEAjIsBAJKLAQBywg4A4YsBADKMAQA7jAEAhYwBAI+MAQDYjAEA44wBACuNAQA3jQEAfo0BAIuNAQDRjQEA240BACSOAQAyjgEAd44BAIaOAQDKjgEAzI4BAB2PAQAnjwEAcI8BAH6PAQDDjwEAyI8BABaQAQAjkAEAaZABAHGQAQC8kAEAzJABAA+RAQARkQEAYpEBAHCRAQC1kQEAxpEBAMXCDgAPkgEAGMMOAGSSAQCukgEAsZIBAAGTAQANkwEAVJMBAFqTAQCnkwEAtJMBAPqTAQD8kwEATZQBAGOUAQCglAEArJQBAGvDDgD/lAEARpUBAEyVAQCZlQEAnJUBAOyVAQD6lQEAP5YBAESWAQCSlgEAn5YBAOWWAQDtlgEAvsMOAEWXAQCLlwEAmZcBAN6XAQD0lwEAMZgBADqYAQCEmAEAmpgBANeYAQDfmAEAKpkBAC2ZAQB9mQEAhpkBANCZAQDRmQEAI5oBACSaAQB2mgEAe5oBAMmaAQDPmgEAHJsBACabAQBvmwEAe5sBAMKbAQDJmwEAFZwBAB2cAQBonAEAapwBALucAQC8nAEADp0BABydAQBhnQEAaZ0BALSdAQDPnQEAB54BABOeAQBangEAYJ4BAK2eAQCwngEAAJ8BAA6fAQBTnwEAWJ8BAKafAQCznwEA+Z8BAAGgAQBMoAEAWqABAJ+gAQCioAEAEcQOAPWgAQBFoQEA9qABAEzCCAD+oAEAabIIAAChAQBSBA0ABaEBAB4vDQBIoQEAmKEBAKmhAQDroQEAB6IBAD6iAQBGogEAZMQOAKKiAQDkogEA7KIBADejAQA9owEAiqMBAI+jAQDdowEA5qMBADCkAQA6pAEAg6QBAJGkAQDWpAEA46QBACmlAQA1pQEAfKUBAH+lAQDPpQEA66UBALfEDgAlpgEAdaYBADamAQDz2QMAgaYBAMimAQDOpgEAG6cBACWnAQAKxQ4Ac6cBAMGnAQDOpwEAFKgBAByoAQB/zA4AIKgBAGeoAQAkqAEA464BADCoAQDu3QsAbagBALqoAQDAqAEADakBABKpAQBgqQEAZqkBAF3FDgC9qQEA2tsKAMGpAQAGqgEAF6oBALDFDgBgqgEAA8YOALSqAQBWxg4ADasBAFKrAQBZqwEApasBAK2rAQD4qwEABawBAEusAQBQrAEAnqwBAKisAQDxrAEA+awBAEStAQBKrQEAl60BAJmtAQDqrQEA+K0BAD2uAQBArgEAkK4BAJyuAQCpxg4A5a4BADavAQBErwEAia8BAJqvAQD8xg4A468BAE/HDgA1sAEAgrABAIiwAQDVsAEA2rABACixAQAusQEAoscOAH2xAQDOsQEAhLEBAKLVDACHsQEA9gEFAOmxAQAhsgEAI7IBAHSyAQCOsgEAx7IBANSyAQAwxggA2LIBABqzAQAcswEAbbMBAHqzAQDAswEA17MBABO0AQAttAEAZrQBAGi0AQC5tAEAbLQBAJTeCwC8tAEADLUBAA+1AQBftQEAa7UBALK1AQC4tQEABbYBAA+2AQD1xw4AXbYBAKu2AQC4tgEA/rYBAAq3AQBRtwEAV7cBAKS3AQCqtwEA97cBAPy3AQBKuAEAULgBAEjIDgCkuAEAuWANAKa4AQAHkAMAqrgBAOWPAgCuuAEA1gQMALO4AQDwuAEA8bgBAEO5AQAGuQEA0mwEAEW5AQCWuQEAUbkBAB/DAgCcuQEA6bkBAPe5AQA8ugEAP7oBAI+6AQCUugEA4roBAO+6AQA1uwEARbsBAIi7AQCKuwEA27sBAOm7AQAuvAEAP7wBAJvIDgCHvAEA1LwBAOC8AQDuyA4AOL0BAHq9AQCEvQEAzb0BANu9AQAgvgEAIb4BAHO+AQCEvgEAxr4BANK+AQAZvwEAKb8BAGy/AQBuvwEAv78BAM2/AQASwAEAI8ABAEHJDgBrwAEAuMABAMTAAQCUyQ4AEcEBAF7BAQBkwQEAscEBALbBAQAEwgEACsIBADrKDgBfwgEAqsIBALTCAQA0IA0Aw8IBAP3CAQAGwwEAUMMBAFrDAQCjwwEAq8MBAPbDAQD6wwEAScQBAEvEAQCcxAEAn8QBAO/EAQALxQEAjcoOAFXFAQCVxQEAlsUBAOjFAQD0xQEAO8YBAErGAQCOxgEAmMYBAOHGAQDtxgEANMcBADvHAQDgyg4AjccBAFhwCwCaxwEA2scBAOnHAQAtyAEAOcgBAIDIAQCByAEA08gBAN3IAQAmyQEANMkBAHnJAQB+yQEAzMkBANnJAQCGyw4AJ8oBAHLKAQB+ygEAxcoBANjKAQAYywEAGcsBAGvLAQB3ywEAvssBAM3LAQARzAEAG8wBAGTMAQBwzAEAt8wBAL7MAQDZyw4AG80BAF3NAQBpzQEAsM0BAMDNAQADzgEADc4BAFbOAQBezgEAqc4BANTOAQD8zgEA1c4BAIbTAQAnzwEAT88BAFfPAQCizwEAqM8BAPXPAQAD0AEASNABAF/QAQCb0AEAptABAO7QAQD40AEAQdEBAGvRAQCU0QEAnNEBAOfRAQD30QEAOtIBADzSAQCN0gEAm9IBAODSAQDx0gEA0swOADrTAQAlzQ4AsdMBANnTAQDh0wEALNQBADLUAQB/1AEAjdQBANLUAQDp1AEAJdUBADDVAQB41QEAgtUBAMvVAQD11QEAHtYBACbWAQBx1gEAgdYBAMTWAQDG1gEAF9cBACXXAQBq1wEAe9cBAHjNDgDE1wEAy80OABLYAQBj2AEAcdgBALbYAQDH2AEAHs4OABDZAQBxzg4AZNkBAMTODgC32QEAF88OAATaAQBV2gEAY9oBAKjaAQC52gEAas8OAAHbAQBO2wEAWtsBAL3PDgCq2wEA9NsBAAHcAQBH3AEAVdwBAJrcAQCk3AEA7dwBAAfdAQBA3QEAQ90BAJPdAQCa3QEA5t0BAAbeAQA53gEAU94BABDQDgCZ3gEA394BAJ3eAQB3NAIAot4BAA+KAgDt3gEAMt8BADzfAQCF3wEAn98BANjfAQDo3wEAK+ABADHgAQB+4AEAgOABANHgAQDn4AEAJOEBADDhAQB34QEAe+EBAMrhAQDP4QEAHeIBACPiAQBw4gEAkOIBAMPiAQDd4gEAFuMBABjjAQBp4wEAbOMBALzjAQC/4wEAD+QBABvkAQBi5AEAaOQBALXkAQC/5AEAY9AOAA3lAQBb5QEAaOUBAK7lAQC65QEAAeYBABTmAQBU5gEAY+YBAKfmAQCz5gEA+uYBAPvmAQBN5wEAV+cBAKDnAQCu5wEA8+cBAPjnAQBG6AEAU+gBALbQDgCa6AEAaF0KAJvoAQB7GAsAnOgBAIxFCwCe6AEAwVMNAJ/oAQBfhAgAoOgBAD4JCwCj6AEAKBEMAKToAQAbDgsApegBABUKCgCm6AEAmLUKAKfoAQDohgoAqOgBAO3HBACp6AEA7OgBALHoAQA98g8As+gBAMisDAC16AEAyuANALzoAQBVHhAAxOgBAHS4DADY6AEADBUMAN3oAQDTDBAA7ugBAD/pAQD96AEAJnwMAE3pAQCS6QEAo+kBAAnRDgDs6QEAXNEOAETqAQCL6gEAmuoBAN7qAQDo6gEAMesBAD3rAQCE6wEAVOsBAENsDACL6wEAAtIOANnrAQAq7AEAO+wBAH3sAQCG7AEA0OwBANzsAQAj7QEAJu0BAHbtAQB+7QEAye0BANPtAQAc7gEAIe4BAG/uAQB37gEAwu4BANvuAQAV7wEAIe8BAGjvAQBw7wEAqNIOAMPvAQD70g4AEfABAGHwAQBk8AEAtPABAMDwAQAH8QEADfEBAFrxAQBk8QEATtMOALLxAQAA8gEADfIBAFPyAQBb8gEAodMOAKzyAQD58gEA//IBAEzzAQBR8wEAn/MBAKXzAQD00w4A+vMBAEfUDgBH9AEAB7kJAEr0AQCY9AEAUfQBAFJzCQCi9AEA6/QBAKf0AQCDegcA8/QBACd3CwAH9QEAPvUBAEb1AQCa1A4AlvUBAOT1AQD69QEAN/YBADj2AQCK9gEAjPYBAN32AQDj9gEAMPcBADz3AQCD9wEAivcBANb3AQDe9wEAKfgBADL4AQB8+AEAf/gBAM/4AQDd+AEAIvkBAC/5AQB1+QEAjPkBAMj5AQDQ+QEAG/oBACf6AQAU+wEARvoBAG76AQCZ+gEAwfoBAOX6AQDt1A4AMfsBAGf7AQBw+wEAYPwBAHj7AQC6+wEA6PsBAA38AQAx/AEAQNUOAGL8AQCz/AEAxPwBAAb9AQA0/QEAWf0BAH39AQCT1Q4Asv0BAMLSBQC1/QEA//0BALj9AQDNaQ0ACf4BAFL+AQAM/gEAitoFAA3+AQCAIQ0AWv4BAKX+AQCp/gEA+P4BAPr+AQBL/wEATv8BAJ7/AQC6/wEA5tUOAPb/AQBH8AoA+/8BAGdiCwD9/wEARAACAAEAAgBUAQoAYQACAJcAAgCgAAIA6gACAOwAAgA9AQIATgECADnWDgCVAQIA4wECAOwBAgA2AgIARwICAIkCAgCQAgIA3AICAOQCAgAvAwIA9gICAEgjAgA8AwIA1QMCAD4DAgAhBQIASAMCAIIDAgCOAwIAjNYOANoDAgAoBAIAMgQCAHsEAgCDBAIA39YOANoEAgAy1w4AJgUCAHQFAgCBBQIAxwUCANEFAgAaBgIAHAYCAG0GAgB7BgIAwAYCAM0GAgCF1w4AGAcCAGYHAgBzBwIAuQcCAMMHAgAMCAIADggCAF8IAgBtCAIAsggCAL8IAgDY1w4ACAkCADD9DAALCQIA0EUNABIJAgBYCQIAYgkCACvYDgCzCQIA/gkCAAAKAgDzQA0AFQoCAFEKAgBWCgIApAoCAK4KAgD3CgIA/woCAH7YDgBUCwIAnQsCAKkLAgDwCwIA8wsCAEMMAgBNDAIAlgwCALAMAgDpDAIAAA0CADwNAgBBDQIAjw0CAKsNAgDR2A4A7A0CADUOAgDzDQIA/y0HAEEOAgCIDgIAiw4CANsOAgDlDgIALg8CAEgPAgCBDwIAhw8CANQPAgDWDwIAJxACADUQAgB6EAIAfRACAM0QAgDZEAIAIBECACMRAgBzEQIAlhECACTZDgDIEQIAGRICACcSAgBsEgIAbxICAL8SAgDLEgIAEhMCABUTAgB32Q4AcBMCALgTAgC+EwIACxQCABAUAgBeFAIAYhQCALEUAgC0FAIAytkOAAUVAgAP8QsABxUCAO7PDQAKFQIAVxUCAA0VAgDMyA0ADhUCAOEZAgAQFQIA/rUNABIVAgCJrg0AExUCAHq8DQAUFQIAAtkNABsVAgCh7woAHhUCAHWsDABjFQIAqhUCANMVAgD9FQIACRYCAFAWAgBfFgIAoxYCAK0WAgD2FgIA+RYCAEkXAgBjFwIAnBcCAKYXAgDvFwIA9BcCAEIYAgBMGAIAlRgCAKAYAgDoGAIA7hgCADsZAgBAGQIAjhkCAJIZAgAd2g4A5hkCADQaAgDvGQIAScMNAD4aAgCHGgIAkhoCANoaAgDgGgIALRsCADIbAgCAGwIAhBsCAHDaDgDYGwIAzqoCANobAgD+aQwA2xsCANxpCwDdGwIAqDMNAO0bAgAmHAIAMBwCAHkcAgCEHAIAzBwCANIcAgAfHQIAJB0CAHIdAgB2HQIAxR0CAOgdAgDD2g4AGh4CAGseAgAbHgIAiM8KAB0eAgC9UwgAIR4CAC59CgAkHgIALCcCACYeAgDXRA0AeB4CAMFNAgB5HgIAvh4CAMEeAgARHwIAHR8CAGQfAgB8HwIAtx8CAMMfAgAKIAIAECACAF0gAgBjIAIAsCACALUgAgADIQIACSECABbbDgBgIQIAqSECALQhAgD8IQIAAiICAE8iAgBUIgIAoiICAKYiAgD1IgIA+CICAGnbDgBSIwIAmyMCAKYjAgDuIwIA9CMCAEEkAgBGJAIAlCQCAJgkAgC82w4A6CQCADolAgBGJQIAjSUCAJklAgDgJQIA5iUCADMmAgA5JgIAhiYCAIsmAgDZJgIA3yYCAA/cDgAuJwIAIuQEADMnAgBf8wQAOycCACBkAgA8JwIAfycCAIsnAgDSJwIA2CcCACUoAgAxKAIAeCgCAIUoAgDLKAIA2igCAB4pAgAqKQIAcSkCAH0pAgDEKQIAyikCABcqAgAdKgIAaioCAG8qAgC9KgIAwyoCAGLcDgAaKwIA/KQHACYrAgBjKwIAKSsCAIGLCABvKwIAtisCAL4rAgDrkg8AwisCAAksAgAPLAIAXCwCAGIsAgCvLAIAtCwCAAItAgAILQIAtdwOAF0tAgDx8A8AXy0CAKgtAgCuLQIA+y0CALQtAgCrAgMACS4CAE4uAgBnLgIAoS4CAKouAgD0LgIA/i4CAEcvAgBTLwIAmi8CAKYvAgDtLwIA8y8CAEAwAgBGMAIAkzACAJgwAgDmMAIA7DACAAjdDgBFMQIAjDECAJYxAgDfMQIA6jECADIyAgA3MgIAhTICAIwyAgDYMgIA5DICACszAgAxMwIAfjMCAIQzAgDRMwIA1jMCACQ0AgAqNAIAW90OAIg0AgDKNAIAyzQCAB01AgDQNAIA+jkCACI1AgBwNQIAfjUCAMM1AgDQNQIAFjYCACA2AgBpNgIAdTYCALw2AgDCNgIADzcCABs3AgBiNwIAdTcCALU3AgDENwIACDgCABQ4AgBbOAIAXDgCAK44AgC4OAIAATkCAA85AgBUOQIAWTkCAKc5AgC0OQIArt0OAAY6AgBNOgIAXToCAKA6AgCsOgIA8zoCAPk6AgBGOwIAUjsCAJk7AgCmOwIA7DsCAPs7AgA/PAIASzwCAJI8AgCePAIA5TwCAPg8AgA4PQIARz0CAIs9AgCXPQIA3j0CAN89AgAxPgIAOz4CAIQ+AgCSPgIA1z4CANw+AgAqPwIANz8CAAHeDgB/PwIAsfgFAIk/AgDQPwIAij8CACgmCQCLPwIAt+AKAOQ/AgAjQAIAL0ACAHZAAgB8QAIAyUACAM9AAgAcQQIAIUECAG9BAgB1QQIAVN4OAM5BAgAVQgIAIkICAFC8AgAoQgIAaEICAG1CAgCXUwIAcEICACj9AgB0QgIAu0ICAMFCAgAOQwIAFEMCAGFDAgBmQwIAtEMCALpDAgCn3g4AE0QCAFpEAgBgRAIArUQCALJEAgAARQIAB0UCAFNFAgBhRQIApkUCAMFFAgD5RQIAB0YCAExGAgBPRgIAn0YCAK1GAgDyRgIA90YCAEVHAgBSRwIAmEcCAKRHAgDrRwIA8UcCAD5IAgBESAIAkUgCAJZIAgDkSAIA6kgCAPreDgA8SQIAikkCAJNJAgDdSQIA6kkCADBKAgA3SgIAg0oCAJRKAgDWSgIA20oCAClLAgA4SwIAfEsCAH5LAgDPSwIA4EsCACJMAgAuTAIAdUwCAHtMAgDITAIAzkwCABtNAgAgTQIAbk0CAHRNAgBN3w4A2E0CABROAgAgTgIAZ04CAHNOAgC6TgIAwE4CAA1PAgATTwIAYE8CAGVPAgCzTwIAuU8CAKDfDgAMUAIAToECAB1QAgBZUAIAYlACAKxQAgDCUAIA/1ACAAtRAgBSUQIAX1ECAKVRAgCvUQIA+FECAARSAgBLUgIAUVICAJ5SAgCkUgIA8VICAPZSAgBEUwIASlMCAPPfDgCgUwIA6lMCAPRTAgA9VAIAQlQCAJBUAgCgVAIA41QCAPxUAgA2VQIAO1UCAIlVAgCSVQIA3FUCAOlVAgAvVgIANlYCAIJWAgCFVgIA1VYCAOFWAgAoVwIAO1cCAHtXAgCKVwIAzlcCANpXAgAhWAIAIlgCAHRYAgB+WAIAx1gCANVYAgAaWQIAH1kCAG1ZAgB6WQIARuAOAMNZAgATWgIAFloCAGZaAgBzWgIAjJ8KAHVaAgC5WgIAu1oCAAxbAgAPWwIAX1sCAGlbAgCyWwIAvlsCAAVcAgAYXAIAWFwCAGdcAgCrXAIAt1wCAP5cAgD/XAIAUV0CAFtdAgCkXQIAsl0CAPddAgD8XQIASl4CAFdeAgCZ4A4Anl4CAPBeAgD8XgIAQ18CAElfAgCWXwIAmF8CAOlfAgDzXwIAPGACAEpgAgCPYAIAlGACAOJgAgDvYAIANWECAEFhAgCIYQIAm2ECANthAgDqYQIALmICADpiAgCBYgIAgmICANRiAgDeYgIAJ2MCADVjAgB6YwIAf2MCAM1jAgDaYwIA7OAOAClkAgBzZAIALGQCAFFxCwB5ZAIAxmQCAMlkAgAZZQIAJ2UCAGxlAgBxZQIAv2UCAMxlAgASZgIAHmYCAGVmAgBrZgIAuGYCAL5mAgALZwIAEGcCAF5nAgBkZwIAP+EOALNnAgAEaAIAuGcCAOAyDAATaAIAV2gCAHdoAgCqaAIAr2gCAP1oAgAYaQIAUGkCAFxpAgCjaQIAqWkCAPZpAgAGagIASWoCAFpqAgCcagIAoWoCAO9qAgDzagIAQmsCAE5rAgCVawIAm2sCAOhrAgDuawIAO2wCAEBsAgCObAIAlGwCAJLhDgDwbAIAu0gNAPdsAgA0bQIANW0CAIdtAgCYbQIA2m0CAOZtAgAtbgIAQ24CAIBuAgCMbgIA024CAOBuAgAmbwIAMG8CAHlvAgCFbwIAzG8CANNvAgAfcAIAK3ACAHJwAgB4cAIAxXACAMtwAgAYcQIAHXECAGtxAgBxcQIA5eEOAMBxAgD2bw0Ax3ECABFyAgAScgIAZHICAGVyAgC3cgIAvHICAApzAgAQcwIAXXMCAGdzAgCwcwIAvHMCAAN0AgAKdAIAVnQCAFt0AgCpdAIAqnQCAPx0AgAIdQIAT3UCAFV1AgCidQIApHUCAPV1AgD/dQIASHYCAFZ2AgCbdgIAoHYCAO52AgD7dgIAQXcCAE13AgCUdwIAp3cCAOd3AgD2dwIAOngCAEZ4AgCNeAIAjngCAOB4AgDqeAIAM3kCAEF5AgCGeQIAi3kCANl5AgDmeQIAOOIOAD16AgB/egIAi3oCANJ6AgDpegIAJXsCACd7AgB4ewIAiXsCAMt7AgDNewIAHnwCACR8AgBxfAIAiHwCAMR8AgDNfAIAF30CAC19AgBqfQIAdn0CAL19AgDKfQIAEH4CABp+AgBjfgIAb34CALZ+AgDJfgIACX8CABh/AgBcfwIAaH8CAK9/AgCwfwIAAoACAAyAAgBVgAIAY4ACAKiAAgCtgAIA+4ACAAiBAgCL4g4AUIECAKGBAgC1gQIA9IECAAKCAgBHggIAVIICAJqCAgChggIA7YICAPmCAgBAgwIAU4MCAJODAgCYgwIA5oMCAO+DAgA5hAIAQ4QCAIyEAgCRhAIA34QCAO+EAgAyhQIAS4UCAIWFAgCKhQIA2IUCAOGFAgArhgIAOIYCAH6GAgCFhgIA0YYCANSGAgAkhwIAMIcCAHeHAgCKhwIAyocCANmHAgAdiAIAKYgCAHCIAgBxiAIAw4gCAM2IAgAWiQIAJIkCAGmJAgBuiQIAvIkCAMmJAgDe4g4AKIoCAGKKAgBuigIAtYoCALuKAgAIiwIAGIsCAFuLAgBgiwIArosCALSLAgABjAIAF4wCAFSMAgBWjAIAp4wCALGMAgD6jAIABo0CAE2NAgBgjQIAoI0CAK+NAgDzjQIA/40CAEaOAgBHjgIAmY4CAKOOAgDsjgIA+o4CAD+PAgBEjwIAko8CAJ+PAgAx4w4A6I8CAKQXDADvjwIAaY8NAPGPAgCq5AgA8o8CAFV5AwD0jwIAOJACAEGQAgCLkAIAkZACAN6QAgDkkAIAMZECAD2RAgCEkQIAkZECANeRAgDhkQIAKpICAECSAgB9kgIAgpICANCSAgDXkgIAI5MCADGTAgB2kwIAhpMCAMmTAgDXkwIAHJQCACuUAgBvlAIAcZQCAMKUAgDMlAIAFZUCACOVAgBolQIAbZUCALuVAgDIlQIADpYCABqWAgBhlgIAdJYCALSWAgDDlgIAB5cCABOXAgBalwIAW5cCAK2XAgC3lwIAAJgCAA6YAgBTmAIAWJgCAKaYAgCzmAIAhOMOAPuYAgBMmQIABZkCAI/cCABdmQIAn5kCAKiZAgDymQIA/pkCAEWaAgBNmgIA1ugPAFGaAgCYmgIAnpoCAOuaAgDxmgIAPpsCAEObAgCRmwIAl5sCANfjDgDwmwIAN5wCAEecAgCKnAIAmJwCAN2cAgDqnAIAMJ0CADydAgCDnQIAip0CANadAgDenQIAKuQOADKeAgDVAg4ANp4CAI+zAgA6ngIAfJ4CAI2eAgDPngIA154CACKfAgDbngIAG7QLACyfAgB1nwIAep8CAMifAgDQnwIAG6ACAB2gAgBuoAIAJKACAPGlAgB2oAIAwaACANegAgAUoQIAIKECAGehAgB9oQIAuqECANOhAgANogIAGaICAGCiAgBmogIAs6ICALuiAgAGowIAFqMCAFmjAgBiowIArKMCALmjAgD/owIADqQCAFKkAgBcpAIApaQCALOkAgD4pAIA/aQCAEulAgBYpQIAnqUCAKalAgB95A4A/qUCAESmAgBLpgIAl6YCAKOmAgDqpgIA+qYCAD2nAgBLpwIAkKcCAJ2nAgDjpwIA76cCADaoAgA9qAIAiagCAJGoAgDQ5A4A6KgCAC+pAgA5qQIAgqkCAI2pAgDVqQIA2qkCACiqAgAvqgIAe6oCAIOqAgAj5Q4A1qoCACGrAgAxqwIAdKsCAICrAgDHqwIAy6sCABqsAgAirAIAbawCAG+sAgDArAIAxqwCABOtAgAqrQIAZq0CAG+tAgC5rQIAz60CAAyuAgAYrgIAX64CAGyuAgCyrgIAvK4CAAWvAgAIrwIAWK8CAGCvAgCrrwIAta8CAP6vAgADsAIAUbACAFmwAgCksAIAtLACAPewAgAAsQIASrECAFexAgCdsQIArLECAPCxAgD6sQIAQ7ICAFGyAgCWsgIAm7ICAOmyAgD2sgIAPLMCAESzAgB25Q4AnLMCAOKzAgCuswIAsk0EAOezAgA1tAIAP7QCAIi0AgCQtAIA27QCAJ+0AgBupg0A4bQCAC61AgDptAIAGsALAOq0AgCC2QcA67QCAOG/AgDstAIAbIAKADq1AgCBtQIAg7UCAIWZCwCItQIA1LUCAOC1AgAntgIANrYCAHq2AgCLtgIAzbYCAM+2AgAgtwIAJrcCAHO3AgB/twIAxrcCAM63AgDJ5Q4AH7gCABzmDgB4uAIAb+YOAMK4AgAV5w4AFbkCAGjnDgAXuQIA+isEAGi5AgBz0goAcrkCALi5AgDCuQIAC7oCAA26AgBeugIAcboCALG6AgC9ugIABLsCAAq7AgBXuwIAXbsCAKq7AgCvuwIA/bsCAAO8AgC75w4AWrwCAKO8AgClvAIA9rwCAAC9AgBJvQIAV70CAJy9AgChvQIA770CAPy9AgBCvgIATr4CAJW+AgCbvgIA6L4CAO6+AgA7vwIAQL8CAI6/AgCUvwIADugOAO+/AgA0wAIAQcACAIfAAgCOwAIA2sACAOLAAgAtwQIALsECAF4vCgAwwQIAgMECAEPBAgBsLQoAlMECANPBAgDpwQIAJsICAD/CAgB5wgIAfsICAMzCAgDdwgIAYegOADDDAgBywwIAdMMCAMXDAgDPwwIAGMQCACbEAgBrxAIAcMQCAL7EAgDLxAIAEcUCABnFAgBkxQIAcMUCALfFAgB0xQIAA8cCAL3FAgAKxgIAEMYCAF3GAgBixgIAsMYCALbGAgC06A4ABccCAFbHAgBkxwIAqccCALrHAgAH6Q4AA8gCAFrpDgBXyAIAosgCAJPIAgCTIRAAsMgCAPXIAgCxyAIAJc4CAALJAgBIyQIAV8kCAJvJAgCgyQIA7skCAATKAgBBygIAQsoCAJTKAgCWygIA58oCAPHKAgA6ywIASMsCAI3LAgCmywIA4MsCAPHLAgAzzAIAP8wCAIbMAgCOzAIAU+oOAO3MAgAszQIALc0CAH/NAgCLzQIA0s0CANXNAgCm6g4AJ84CAHjOAgCFzgIAy84CANjOAgAezwIAI88CAHHPAgB7zwIAxM8CAMzPAgAX0AIAJ9ACAGrQAgB40AIAvdACAMrQAgAQ0QIAF9ECAGPRAgBr0QIAttECALnRAgAJ0gIAHdICAFzSAgBy0gIAr9ICAMjSAgAC0wIAB9MCAFXTAgBm0wIA+eoOALDTAgBM6w4AtNMCADP1CADE0wIAO10QAAjUAgBO1AIAVdQCAKHUAgCt1AIA9NQCAATVAgBH1QIAVdUCAJrVAgCn1QIA7dUCAPnVAgBA1gIAR9YCAJ/rDgCV1gIA5tYCAJjWAgDD1AMA89YCADnXAgBG1wIAjNcCAJHXAgDf1wIA6dcCADLYAgA62AIAhdgCAI7YAgDY2AIA29gCACvZAgA32QIA8usOAIPZAgDR2QIAitkCAFeKCQDW2QIAJNoCACzaAgB32gIAjdoCAMraAgDM2gIAHdsCACrbAgBw2wIAhNsCAEXsDgDI2wIAFtwCAB7cAgA8ggkAINwCAGncAgBx3AIAvNwCAMjcAgAP3QIAHN0CAGLdAgBn3QIAtd0CAL7dAgAI3gIAH94CAFveAgBm3gIAmOwOALzeAgAB3wIABN8CAFTfAgBX3wIAp98CALXfAgD63wIAB+ACAE3gAgBk4AIAoOACAKjgAgDz4AIA+eACAEbhAgBS4QIAmeECAKPhAgDs4QIA9eECAD/iAgBF4gIAkuICAJ/iAgDr7A4A8eICADjjAgDz4gIA4Y4JAEfjAgCL4wIAnOMCAN7jAgDg4wIAMeQCADfkAgCE5AIAkOQCANfkAgDe5AIAKuUCADLlAgB95QIAf+UCANDlAgDd5QIAI+YCACrmAgB25gIAfuYCAMnmAgDW5gIAHOcCACHnAgBv5wIAeecCAMLnAgDK5wIAFegCAB7oAgBo6AIAa+gCALvoAgDH6AIADukCABXpAgA+7Q4AbukCALTpAgB36QIAke4CAJfpAgAYkwkAz+kCAAfqAgAJ6gIAWuoCAGvqAgCt6gIAu+oCAADrAgAH6wIAU+sCAFvrAgCm6wIAq+sCAPnrAgD66wIATOwCAFjsAgCf7AIApewCAPLsAgD07AIARe0CAE/tAgCY7QIApu0CAOvtAgDw7QIAPu4CAEvuAgCR7Q4Aku4CAOTuAgDp7gIAN+8CAD3vAgCK7wIAlO8CAN3vAgDp7wIAMPACADfwAgCD8AIAi/ACANbwAgDY8AIAKfECADbxAgB88QIAg/ECAM/xAgDX8QIAIvICAC/yAgB18gIAevICAMjyAgDS8gIAG/MCACPzAgBu8wIAd/MCAMHzAgDE8wIAFPQCACD0AgBn9AIAbvQCAOTtDgDG9AIAJ4UJAM70AgAN9QIAGvUCAGD1AgBq9QIAs/UCALX1AgAG9gIAGfYCAFn2AgBh9gIArPYCALj2AgD/9gIABfcCAFL3AgBY9wIApfcCAKr3AgD49wIA/vcCADfuDgBZ+AIAnvgCAK34AgDx+AIADfkCAET5AgAR+QIAFTsDAEz5AgCK7g4AoPkCAOr5AgD3+QIAPfoCAEf6AgCQ+gIAnvoCAOP6AgD5+gIANvsCAEL7AgCJ+wIAkfsCAN3uDgDi+wIAL/wCADX8AgCC/AIAh/wCANX8AgDb/AIAMO8OAC39AgB7/QIAhP0CAM79AgDY/QIAIf4CACn+AgB0/gIAef4CAMf+AgDX/gIAGv8CACL/AgBt/wIAc/8CAF8BAwCG/wIAwP8CAMX/AgATAAMAHAADAGYAAwBzAAMAuQADAMAAAwAMAQMADwEDAIPvDgBhAQMAsgEDAL8BAwAFAgMAHAIDAFgCAwBkAgMA1u8OAMECAwD+AgMA/wIDAFEDAwBbAwMApAMDAKwDAwD3AwMAAQQDAEoEAwBPBAMAnQQDAKUEAwDwBAMA8gQDAEMFAwDzBAMAcwoDAPcEAwARGAMABgUDAEIRAwBKBQMAlgUDAJ0FAwDpBQMA8QUDADwGAwBABgMAjwYDAJ0GAwDiBgMA7AYDADUHAwBABwMAiAcDAJAHAwDbBwMA4AcDAC4IAwBJCAMAgQgDAI0IAwDUCAMA2ggDACcJAwA3CQMAegkDAIsJAwDNCQMA0gkDACAKAwAkCgMAKfAOAHwKAwDGCgMA3woDABkLAwAjCwMAbAsDAHILAwC/CwMAwQsDABIMAwAhDAMAZQwDAG8MAwC4DAMAwAwDAAsNAwAPDQMAXg0DAGwNAwCxDQMAuw0DAAQOAwAPDgMAVw4DAF8OAwCqDgMArw4DAP0OAwAYDwMAUA8DAFwPAwCjDwMAqQ8DAPYPAwAGEAMASRADAFoQAwCcEAMAoRADAO8QAwDzEAMAfPAOAEsRAwCVEQMAphEDAOgRAwDyEQMAOxIDAEkSAwCOEgMAjxIDAOESAwDyEgMANBMDAEgTAwCHEwMAjxMDANoTAwDeEwMALRQDADsUAwCAFAMAihQDANMUAwDeFAMAJhUDAC4VAwB5FQMAfhUDAMwVAwDnFQMAHxYDACsWAwByFgMAeBYDAMUWAwDVFgMAGBcDACkXAwBrFwMAcBcDAL4XAwDCFwMAz/AOAB8YAwBkGAMAfxgDALcYAwDFGAMAChkDABEZAwBdGQMAaRkDALAZAwC4GQMAIvEOABEaAwBWGgMAYBoDAKkaAwC0GgMA/BoDAAQbAwBPGwMAVBsDAKIbAwC9GwMA9RsDAAEcAwBIHAMAThwDAJscAwCrHAMA7hwDAP8cAwBBHQMARh0DAJQdAwCYHQMAdfEOAPgdAwA6HgMAQh4DAI0eAwCOHgMA4B4DAOUeAwAzHwMAQR8DAIYfAwCTHwMA2R8DAOMfAwAsIAMAOCADAH8gAwCFIAMA0iADANogAwAlIQMALCEDAHghAwCEIQMAyyEDANEhAwAeIgMAKiIDAHEiAwCBIgMAxCIDANAiAwAXIwMAHSMDAGojAwB2IwMAvSMDAMojAwAQJAMAHyQDAGMkAwBvJAMAyPEOALkkAwAJJQMADCUDAFwlAwBqJQMAryUDAMYlAwACJgMADyYDAFUmAwBrJgMAqCYDALQmAwD7JgMACCcDAE4nAwBYJwMAoScDAKknAwD0JwMA/icDAEcoAwBMKAMAmigDAKIoAwDtKAMA+SgDAEApAwBNKQMAkykDAJ0pAwDmKQMA7CkDADkqAwBNKgMAjCoDAJQqAwDfKgMA7SoDADIrAwA/KwMAhSsDAI0rAwDYKwMA5SsDACssAwA5LAMAfiwDAI8sAwDRLAMA2SwDACQtAwA6LQMAdy0DAHktAwDKLQMAyy0DABvyDgArLgMAcC4DAH8uAwDDLgMAzy4DABYvAwAeLwMAbvIOAG4vAwC8LwMAxS8DAA8wAwAcMAMAYjADAGkwAwC1MAMAuDADAAgxAwAQMQMAWzEDAGAxAwCuMQMAtzEDAAEyAwALMgMAVDIDAFwyAwCnMgMArDIDAPoyAwAKMwMATTMDAFUzAwCgMwMApjMDAPMzAwD1MwMARjQDAFM0AwCZNAMAsDQDAOw0AwD4NAMAwfIOAEs1AwCSNQMAqTUDAOU1AwDxNQMAODYDAD42AwCLNgMAkzYDAN42AwDlNgMAMTcDAD83AwCENwMAnzcDANc3AwDlNwMAKjgDADE4AwB9OAMAiTgDANA4AwDYOAMAFPMOADc5AwB2OQMAfjkDAMk5AwD4OQMAHDoDACg6AwBvOgMAdToDAMI6AwDHOgMAZ/MOACE7AwBoOwMAbzsDALs7AwDDOwMADjwDABA8AwBhPAMAazwDALQ8AwC8PAMAuvMOABU9AwClSgMAFj0DAFo9AwBcPQMArT0DAL49AwAAPgMAET4DAFM+AwBfPgMApj4DAK0+AwD5PgMAAT8DAEw/AwB2PwMAnz8DAKQ/AwDyPwMA8z8DAEVAAwBPQAMAmEADAKZAAwDrQAMA8EADAD5BAwBLQQMAkUEDAK1BAwDkQQMAAEIDAA30DgBEQgMAikIDAI5CAwDdQgMA40IDADBDAwAyQwMAg0MDAIRDAwDWQwMA+UMDAClEAwBNRAMAfEQDAKZEAwDPRAMA10QDACJFAwAnRQMAdUUDAIJFAwDIRQMA0EUDABtGAwAdRgMAbkYDAHZGAwDBRgMA60YDABRHAwAhRwMAZ0cDAGxHAwC6RwMAx0cDAA1IAwAZSAMAYEgDAIpIAwCzSAMAu0gDAAZJAwAhSQMAWUkDAFtJAwCsSQMAvUkDAP9JAwAISgMAUkoDAF5KAwBg9A4AskoDAPhKAwD/SgMAS0sDAFdLAwCeSwMAsUsDAPFLAwD5SwMAREwDAElMAwCXTAMAoEwDAOpMAwD0TAMAPU0DAEVNAwCQTQMAlU0DAONNAwDzTQMANk4DAD5OAwCJTgMAok4DANxOAwDhTgMAL08DADhPAwCCTwMAj08DANVPAwDcTwMAKFADACtQAwCz9A4AfVADAM5QAwDYUAMAIVEDACNRAwB0UQMAjVEDAMdRAwDJUQMAGlIDAB1SAwBtUgMAeVIDAMBSAwDIUgMABvUOACdTAwBmUwMAaVMDALlTAwDDUwMADFQDABhUAwBfVAMAdVQDALJUAwC6VAMABVUDABNVAwBYVQMAW1UDAKtVAwCzVQMA/lUDAAFWAwBRVgMADFYDACBdAwBbVgMApFYDAFxWAwCPWQMAplYDAPdWAwD9VgMASlcDAFRXAwCdVwMAq1cDAPBXAwD9VwMAQ1gDAFpYAwCWWAMAnlgDAOlYAwDyWAMAPFkDAD1ZAwBZ9Q4AmFkDAOJZAwDsWQMANVoDAD9aAwCIWgMAlloDANtaAwDoWgMALlsDAEVbAwCBWwMAiVsDANRbAwDbWwMAJ1wDACxcAwB6XAMAflwDAM1cAwDaXAMArPUOAC1dAwBzXQMAe10DAMZdAwDMXQMAGV4DACVeAwBsXgMAe14DAL9eAwDEXgMAEl8DAC1fAwBlXwMAcV8DALhfAwC+XwMAC2ADAB9gAwBeYAMAZmADALFgAwDHYAMABGEDAAlhAwBXYQMAXmEDAKphAwC2YQMA//UOAARiAwBQYgMAXmIDAKNiAwCwYgMA9mIDAA1jAwBJYwMAUWMDAJxjAwCiYwMA72MDAPtjAwBCZAMASWQDAJVkAwCjZAMA6GQDAOtkAwA7ZQMAQ2UDAI5lAwCcZQMA4WUDAORlAwA0ZgMAPGYDAIdmAwCYZgMA2mYDAN9mAwAtZwMAL2cDAIBnAwCHZwMA02cDAOFnAwAmaAMAM2gDAHloAwCQaAMAzGgDANRoAwAfaQMAKWkDAHJpAwB9aQMAxWkDANFpAwAYagMAIGoDAFL2DgBtagMAvmoDAMhqAwARawMAE2sDAGRrAwBnawMAt2sDAMNrAwAKbAMAFGwDAF1sAwBlbAMAsGwDAL5sAwADbQMAEG0DAFZtAwBebQMAqW0DAL9tAwD8bQMACG4DAE9uAwBlbgMAom4DAKduAwD1bgMA+24DAEhvAwBcbwMApfYOAJ5vAwDubwMA9m8DAEFwAwBPcAMAlHADAFdwAwAcHgcAoXADAOdwAwDvcAMAOnEDAERxAwCNcQMAmHEDAOBxAwDscQMAM3IDADtyAwD49g4AjHIDANlyAwDecgMALHMDADtzAwB/cwMAi3MDANJzAwDVcwMAJXQDACh0AwB4dAMAgHQDAMt0AwDQdAMAHnUDAC51AwBxdQMAeXUDAMR1AwDHdQMAF3YDACF2AwBqdgMAbHYDAL12AwDDdgMAEHcDABp3AwBjdwMAcXcDALZ3AwDDdwMACXgDACB4AwBceAMAZHgDAK94AwC4eAMAAnkDAAN5AwBL9w4AYXkDAKh5AwCreQMA4egIALd5AwD7eQMAu3kDAP7YCAAFegMATnoDAFZ6AwC67QMAWnoDANGMDQBcegMAoXoDAGp6AwAwzQcApnoDAPR6AwCuegMATsYEAAF7AwBHewMASnsDAOZSCQBNewMAK68IAE97AwCaewMAUXsDAGGBBQBTewMALGUFAJ17AwC/QgcAoHsDAJfkBQCkewMA7XsDAKh7AwDdGAkAqnsDAH0cBwDyewMAQHwDAPl7AwBxGwQASHwDAJN8AwCWfAMA5nwDAPJ8AwA5fQMAP30DAIx9AwCnfQMA330DAOt9AwAyfgMAOH4DAIV+AwCNfgMA2H4DANp+AwArfwMA3X4DANF/AwA1fwMAfn8DAIZ/AwCe9w4A3n8DACSAAwAsgAMAd4ADAHqAAwDKgAMAz4ADAB2BAwAsgQMAcIEDAJCBAwDDgQMAz4EDABaCAwAgggMAaYIDAHGCAwC8ggMAzoIDAET4DgAZgwMAYoMDAHCDAwC1gwMAwoMDAAiEAwAfhAMAW4QDAGOEAwCuhAMAvYQDAAGFAwAGhQMAVIUDAGGFAwCnhQMAtIUDAPqFAwAGhgMATYYDAFyGAwCghgMAqoYDAPOGAwABhwMARocDAEuHAwCZhwMApocDAOyHAwDvhwMAP4gDAEeIAwCSiAMAl4gDAOWIAwDyiAMAOIkDAECJAwCLiQMAlIkDAN6JAwDriQMAMYoDAD+KAwCEigMAl4oDANeKAwDfigMAKosDADGLAwB9iwMAgosDANCLAwDmiwMAI4wDACWMAwB2jAMAhIwDAMmMAwDWjAMAHI0DACSNAwBvjQMAco0DAMKNAwDHjQMAFY4DACSOAwBojgMAiI4DALuOAwDHjgMADo8DABiPAwBhjwMAaY8DALSPAwDGjwMAl/gOABiQAwBakAMAYZADAK2QAwC1kAMAAJEDAA2RAwBTkQMAWJEDAKaRAwCwkQMA+ZEDAAGSAwBMkgMATpIDABxjCQBRkgMA4j0HAFaSAwBmfAkAW5IDAJ+SAwBckgMAKC0IAKSSAwDykgMA/5IDAEWTAwBSkwMAmJMDAKSTAwDrkwMA+pMDAD6UAwBIlAMAkZQDAJmUAwDklAMA7pQDADeVAwA8lQMAipUDAJKVAwDq+A4A6ZUDADCWAwA2lgMAg5YDAJ6WAwDWlgMA4pYDACmXAwAvlwMAfJcDAJiXAwDPlwMA15cDAD35DgAqmAMAdZgDAH+YAwDImAMA05gDABuZAwAnmQMAbpkDAHaZAwCQ+Q4AzZkDABSaAwAamgMAZ5oDAIKaAwC6mgMAxpoDAA2bAwATmwMAYJsDAGibAwCzmwMAuZsDAAacAwAPnAMAWZwDAGacAwCsnAMAuZwDAP+cAwANnQMAUp0DAF+dAwClnQMAvJ0DAPidAwAAngMAS54DAFCeAwCengMAXJ4DAJCgAwCrngMA8Z4DAPmeAwBEnwMAT58DAJefAwCcnwMA6p8DAO2fAwA9oAMAR6ADAOP5DgCVoAMA46ADAPKgAwA2oQMAOKEDAImhAwCaoQMA3KEDAO2hAwAvogMAQ6IDADb6DgCTogMA1aIDANiiAwAoowMA3aIDAAXmBgDiogMAf4ANADKjAwB7owMAfaMDAM6jAwDYowMAIaQDAC2kAwB0pAMAnKQDAMekAwDSpAMAsVkEAO2kAwAapQMAS6UDAG2lAwCTpQMAwKUDAOalAwATpgMARaYDAGamAwCWpgMAuaYDAMGmAwAMpwMANKcDAF+nAwCSpwMAsqcDAOKnAwAFqAMADagDAFioAwBnqAMAq6gDALCoAwD+qAMAB6kDAFGpAwALqQMAxrADAGKpAwCkqQMAq6kDAPepAwD/qQMASqoDAFeqAwCdqgMAoqoDAPCqAwD6qgMAQ6sDAEurAwCWqwMAoKsDAEK3AwClqwMA6asDAO6rAwA8rAMASawDAI+sAwCcrAMA4qwDAO6sAwA1rQMARK0DAIitAwCSrQMA260DAOOtAwAurgMAOK4DAIGuAwCGrgMA1K4DANyuAwCJ+g4AM68DAHqvAwCArwMAza8DAOivAwAgsAMALLADAHOwAwB5sAMA3PoOANOwAwAZsQMAJbEDAGyxAwB7sQMAv7EDAMmxAwASsgMAILIDAGWyAwBqsgMAuLIDAMWyAwALswMAE7MDAF6zAwBoswMAsbMDALazAwAEtAMADLQDAFe0AwBatAMAqrQDALa0AwD9tAMAA7UDAFC1AwBrtQMAo7UDAK+1AwD2tQMA/LUDAEm2AwBRtgMAnLYDAJ62AwDvtgMA+bYDAC/7DgBItwMAlbcDAJe3AwDotwMA9bcDADu4AwA+uAMAjrgDAJ+4AwDhuAMA47gDADS5AwA+uQMAh7kDAJO5AwDauQMA4rkDAIL7DgAyugMAgLoDAIO6AwDTugMA3boDACa7AwAuuwMAebsDAIa7AwDMuwMAzrsDAB+8AwA1vAMAcrwDAH68AwDV+w4A4bwDABi9AwA0vQMAKPwOAHC9AwC+vQMAy70DABG+AwAevgMAZL4DAHC+AwC3vgMAxr4DAAq/AwAUvwMAXb8DAGu/AwCwvwMAtb8DAAPAAwAQwAMAVsADAG/AAwCpwAMAq8ADAPzAAwADwQMAe/wOAGzBAwCiwQMAs8EDAPXBAwABwgMASMIDAFvCAwCbwgMAqsIDAO7CAwD6wgMAQcMDAELDAwCUwwMAnsMDAOfDAwD1wwMAOsQDAD/EAwCNxAMAmsQDAM78DgDlxAMAM8UDAEDFAwCGxQMAk8UDANnFAwDlxQMALMYDADvGAwB/xgMAicYDANLGAwDgxgMAJccDACrHAwB4xwMAhccDAMvHAwDTxwMAHsgDACjIAwBxyAMAdsgDAMTIAwDMyAMAx/0OABnJAwBqyQMAeMkDAL3JAwDOyQMAGv4OABfKAwBt/g4AaMoDALbKAwC+ygMACcsDABjLAwBcywMAYcsDAK/LAwC8ywMAAswDAA/MAwBVzAMAYcwDAKjMAwC3zAMA+8wDAAXNAwAT/w4AUM0DAJ2+DABUzQMAsxALAGHNAwChzQMAsM0DAPTNAwAAzgMAR84DAEjOAwCazgMApM4DAO3OAwD7zgMAQM8DAEXPAwCTzwMAoM8DAGb/DgDqzwMAOdADAETQAwCM0AMAmtADAN/QAwDw0AMAMtEDAD7RAwCF0QMAjdEDALn/DgDd0QMAK9IDADjSAwB+0gMAi9IDANHSAwDd0gMAJNMDADPTAwB30wMAgdMDAMrTAwDY0wMAHdQDACrUAwBw1AMAh9QDAAwADwDQ1AMAFtUDACPVAwBp1QMAddUDALzVAwDL1QMAD9YDABnWAwBi1gMAcNYDALXWAwB+1gMAiX4IALrWAwAI1wMAFdcDAFvXAwBj1wMArtcDALTXAwAB2AMADdgDAFTYAwBk2AMAp9gDALDYAwD62AMA/dgDAE3ZAwBZ2QMAoNkDAKfZAwBfAA8AANoDAEbaAwBV2gMAmdoDAJraAwDs2gMAA9sDAD/bAwBZ2wMAktsDAJ7bAwDl2wMA+NsDADjcAwBH3AMAi9wDAJfcAwDe3AMA39wDADHdAwA73QMAhN0DAJLdAwDX3QMA3N0DACreAwA33gMAsgAPAJfeAwDQ3gMA394DACPfAwAl3wMAdt8DACjfAwCf5QMAg98DAMnfAwDW3wMAHOADACHgAwBv4AMAeeADAMLgAwDR4AMAFeEDABrhAwBo4QMAdeEDALvhAwDI4QMADuIDABriAwBh4gMAcOIDALTiAwC+4gMAB+MDABTjAwBa4wMAX+MDAK3jAwCx4wMAAOQDAAzkAwBT5AMAWeQDAKbkAwCs5AMA+eQDAP7kAwBM5QMAUuUDAAUBDwCs5QMA8uUDAP/lAwBF5gMAUeYDAJjmAwCn5gMA6+YDAPXmAwA+5wMATOcDAJHnAwCW5wMA5OcDAPHnAwA36AMAPugDAIroAwCP6AMA3egDAOnoAwAw6QMAM+kDAIPpAwCQ6QMA1ukDANvpAwAp6gMAM+oDAHzqAwCI6gMAz+oDAOLqAwAi6wMAMOsDAHXrAwB46wMAyOsDANLrAwAb7AMAJ+wDAG7sAwB07AMAwewDAMfsAwAU7QMAGe0DAGftAwBt7QMAWAEPAMTtAwCaEwYAxu0DAOQeCADJ7QMADe4DAA/uAwBg7gMAce4DALPuAwDE7gMABu8DAA7vAwBZ7wMAae8DAKzvAwCu7wMA/+8DAA3wAwBS8AMAY/ADAKsBDwCs8AMA/gEPAPnwAwBL8QMAUPEDAJ7xAwCk8QMA8fEDAPvxAwBE8gMAUPIDAJfyAwCd8gMA6vIDAPDyAwA98wMAQvMDAJDzAwCW8wMAUQIPAPHzAwA29AMAT/QDAIn0AwCK9AMA3PQDAPn0AwAv9QMASfUDAIL1AwCF9QMA1fUDANr1AwBKAw8AQfYDAHv2AwCB9gMAzvYDAJH2AwD1ZwQA0PYDACH3AwAn9wMAdPcDAIj3AwDH9wMAz/cDABr4AwAn+AMAbfgDAHL4AwDA+AMAyvgDABP5AwAb+QMAZvkDAHf5AwC5+QMAvvkDAAz6AwAO+gMAX/oDAGb6AwCy+gMAvvoDAAX7AwAM+wMAWPsDAHT7AwCr+wMAs/sDAJ0DDwAD/AMAUfwDAFP8AwCk/AMAq/wDAPf8AwAF/QMASv0DAFf9AwCd/QMAtP0DAPD9AwD4/QMAQ/4DAE3+AwCW/gMAWf4DAL5jBACh/gMA6f4DAPX+AwA8/wMARP8DAPADDwCQ/wMA4v8DAOf/AwA1AAQAOAAEAIgABACSAAQA2wAEAPIABAAuAQQANAEEAIEBBACNAQQA1AEEANcBBAAnAgQARAIEAHoCBACLAgQAzQIEAOwCBAAgAwQAKAMEAHMDBAB1AwQAxgMEANUDBAAZBAQAIwQEAGwEBAB6BAQAvwQEANoEBAASBQQAHgUEAGUFBABtBQQAQwQPAMQFBAALBgQAGgYEAF4GBABjBgQAsQYEALcGBAAEBwQACwcEAFcHBABfBwQAqgcEAKwHBAD9BwQABAgEAFAIBABSCAQAowgEAKQIBAD2CAQAAAkEAEkJBABVCQQAnAkEAKIJBADvCQQACQoEAEIKBABKCgQAlQoEAKsKBADoCgQA9goEADsLBAA+CwQAjgsEAJELBADhCwQA7wsEADQMBABBDAQAhwwEAJ4MBADaDAQA4gwEAC0NBAAvDQQAgA0EAIgNBADTDQQA6g0EACYOBAAyDgQAeQ4EAI8OBADMDgQA1A4EAB8PBAAtDwQAcg8EAHwPBADFDwQAzQ8EABgQBAAfEAQAaxAEAHcQBAC+EAQAvxAEABERBAAdEQQAZBEEAHERBAC3EQQAvhEEAAoSBAANEgQAXRIEAGUSBACwEgQAtRIEAAMTBAAQEwQAVhMEAIQTBACpEwQAsRMEAJYEDwAEFAQAIzgPABgUBABPFAQAVxQEAOkEDwCwFAQA9RQEAPcUBABIFQQAWRUEAJsVBACjFQQA7hUEAPoVBABBFgQARxYEAJQWBACaFgQA5xYEAOwWBAA6FwQAQBcEADwFDwCSFwQA4BcEAJkXBABb8gsA6BcEADMYBAA4GAQACkIJADkYBAA7NAoAPxgEAH/vCQBCGAQAhhgEAEQYBACjMQoAixgEANkYBACMGAQAlE0IAOYYBAAsGQQAORkEAH8ZBACLGQQA0hkEAOEZBAAlGgQALxoEAIgGDwCCGgQAyxoEANAaBAAeGwQAJhsEANsGDwB3GwQAxBsEANobBAAXHAQAJRwEAGocBAB3HAQAvRwEAL8cBAAQHQQAGh0EAGMdBABvHQQAth0EAL0dBAAJHgQAER4EAFweBABjHgQArx4EALgeBAACHwQADh8EAFUfBABdHwQAgQcPAK0fBAD7HwQAAyAEAE4gBABdIAQAoSAEAKYgBAD0IAQAASEEAEchBABUIQQAmiEEAKYhBADtIQQA/CEEAEAiBABKIgQAkyIEAKEiBADmIgQA6yIEADkjBABGIwQAjCMEAJQjBADfIwQA6SMEADIkBABAJAQAhSQEAJskBADYJAQA5CQEACslBAAwJQQAfiUEAIclBADRJQQA2yUEANQHDwAuJgQAdyYEAIMmBADKJgQA0iYEACcIDwAiJwQAcCcEAH0nBADDJwQA0CcEABYoBAAiKAQAaSgEAHgoBAC8KAQAxigEAA8pBAAnKQQAYikEAGwpBAC1KQQAwykEAAgqBAAeKgQAWyoEAGcqBACuKgQAsyoEAAErBAAKKwQAVCsEAF4rBACnKwQArysEAHoIDwAHLAQATSwEABAsBACxZg4AWiwEAKAsBACsLAQA8ywEAAItBABGLQQAUC0EAJktBACnLQQA7C0EAPktBAA/LgQAVi4EAJIuBACaLgQA5S4EAO8uBAA4LwQAPS8EAIsvBACTLwQAzQgPAOovBAAxMAQANzAEAIQwBACfMAQA1zAEAOMwBAAqMQQAMDEEAH0xBACZMQQA0DEEANgxBAAgCQ8AKDIEAHYyBACDMgQAyTIEANYyBAAcMwQAKDMEAG8zBAB+MwQAwjMEAMwzBAAVNAQAIzQEAGg0BABtNAQAuzQEAMg0BAAONQQAFjUEAGE1BABnNQQAtDUEAGs1BACmNwQAwDUEAAc2BAAXNgQAWjYEAGM2BACtNgQAsDYEAAA3BAAMNwQAUzcEAFo3BABzCQ8AtDcEAPk3BAAPOAQATDgEAFg4BACfOAQApjgEAPI4BAD6OAQARTkEAEo5BACYOQQAoTkEAOs5BAD1OQQAxgkPAEM6BACROgQASjoEAMg+BACZOgQA5DoEAOo6BAA3OwQAPDsEAIo7BACTOwQA3TsEAOc7BAAwPAQAPDwEAIM8BACLPAQAGQoPANs8BAApPQQAMT0EAHw9BACHPQQAzz0EANQ9BAAiPgQAJT4EAHU+BAB/PgQAbAoPANI+BAAbPwQAHz8EAG4/BABzPwQAwT8EAMc/BAAUQAQANEAEAGdABABvQAQAukAEAMhABAANQQQAEEEEAGBBBABoQQQAs0EEALxBBAAGQgQAE0IEAFlCBABfQgQArEIEALhCBAD/QgQAAUMEAFJDBABhQwQApUMEALBDBAD4QwQA+kMEAEtEBABkRAQAnkQEAK9EBADxRAQA/UQEAL8KDwBMRQQAl0UEALdFBADqRQQA+EUEAD1GBABKRgQAkEYEAJdGBADjRgQA/0YEADZHBAA+RwQAEgsPAI5HBADcRwQA6UcEAC9IBAA8SAQAgkgEAI5IBADVSAQA5EgEAChJBAAySQQAe0kEAJBJBADOSQQA1kkEACFKBAAwSgQAdEoEAHZKBADHSgQA0EoEABpLBAAdSwQAbUsEAHlLBADASwQA3EsEABNMBAAbTAQAZQsPAGtMBAC5TAQAz0wEAAxNBAAYTQQAX00EAIJNBAC4Cw8AvE0EAAVOBAANTgQAWE4EAF5OBADgoQgAZ04EAKtOBACwTgQA/k4EAAtPBABRTwQAXk8EAKRPBACwTwQA908EAAZQBABKUAQAVFAEAJ1QBAClUAQA8FAEAPpQBABDUQQASFEEAJZRBACeUQQACwwPAOxRBAA8UgQAWVIEAI9SBACgUgQA4lIEAPBSBAC5nwQAF1MEADVTBABRUwQAiFMEAKRTBABeDA8A4VMEAC5UBAA0VAQAgVQEAIZUBADUVAQA2lQEALEMDwAsVQQAelUEAIdVBADNVQQA2lUEACBWBAAsVgQAc1YEAIJWBADGVgQA0FYEABlXBAAnVwQAbFcEAHFXBAC/VwQAzFcEABJYBAAeWAQAZVgEAGtYBAC4WAQAvlgEAAtZBAAQWQQAXlkEAGRZBACqDQ8AxVkEAARaBAAqWgQAV1oEAH1aBACqWgQA0FoEAP1aBAAtWwQAUFsEAFhbBACjWwQAy1sEAPZbBAArXAQASVwEAG9cBACcXAQAwlwEAO9cBAAkXQQAQl0EAHJdBACVXQQAnV0EAOhdBADtXQQAzLQEAPddBAA7XgQAQF4EAI5eBACbXgQA4V4EAO5eBAA0XwQAQF8EAIdfBACWXwQA2l8EAORfBAAtYAQAO2AEAIBgBACFYAQA02AEAOBgBAAmYQQALmEEAHlhBAB/YQQAzGEEAINhBAA0sgQA2GEEAB9iBAAvYgQAcmIEAHtiBADFYgQAyGIEABhjBAAkYwQAa2MEAHJjBAD9DQ8A0mMEABFkBAAUZAQAZGQEAIFkBAC3ZAQAyGQEAAplBAARZQQAXWUEAHZlBACwZQQAuGUEAANmBAAZZgQAVmYEAFtmBACpZgQAsGYEAPxmBAAFZwQAT2cEAGBnBACiZwQArmcEAFAODwD3ZwQAM2sEAAloBABIaAQAS2gEAJtoBAC4aAQA7mgEAP9oBABBaQQAUGkEAJRpBAClaQQA52kEAPVpBAA6agQARmoEAI1qBACaagQA4GoEAOpqBACjDg8AOWsEAIZrBACUawQA2WsEANtrBAAsbAQAM2wEAH9sBACYbAQA9g4PANtsBAAlbQQAMm0EAHhtBACGbQQAy20EANptBAAebgQAIG4EAHFuBAB7bgQAxG4EANJuBAAXbwQAHG8EAGpvBAB3bwQAvW8EAMBvBAAQcAQAHHAEAGNwBAB2cAQAtnAEAMVwBAAJcQQAFXEEAFxxBABdcQQAr3EEALlxBAACcgQAEHIEAFVyBABacgQAqHIEALVyBABJDw8AAHMEAE5zBABkcwQAoXMEALdzBAD0cwQA/XMEAEd0BABUdAQAmnQEAKh0BADtdAQA/HQEAEB1BABCdQQAk3UEAJ11BADmdQQA9HUEADl2BAA+dgQAjHYEAJl2BADfdgQA4nYEADJ3BAA6dwQAhXcEAJZ3BADYdwQA5ncEACt4BAA4eAQAfngEAJ54BADReAQA2XgEACR5BAA0eQQAd3kEAHl5BADKeQQA2HkEAB16BAAuegQAQhAPAHZ6BADDegQAz3oEAJUQDwAdewQAaXsEACN7BAAUMgYAcHsEALx7BADCewQAD3wEABt8BABifAQAZXwEALV8BAC4fAQACH0EADN9BABbfQQAfn0EAK59BAC5fQQAAX4EAAZ+BABUfgQAV34EAKd+BACxfgQA+n4EACV/BADoEA8AUn8EAKB/BACtfwQA838EAACABABGgAQAUoAEAJmABACogAQA7IAEAPaABAA/gQQAR4EEAJKBBACcgQQA5YEEAOqBBAA4ggQAQIIEADsRDwCYggQA3oIEAPKCBAAxgwQAOYMEAISDBACJgwQA14MEAOeDBAAqhAQAMoQEAH2EBACHhAQA0IQEANuEBAAjhQQAL4UEAHaFBAB+hQQAjhEPAMqFBAAchgQAKIYEAG+GBAB+hgQAwoYEANCGBAAVhwQAJYcEAGiHBAB2hwQAu4cEAMeHBAAOiAQAFYgEAGGIBABpiAQAtIgEAMqIBAAHiQQAG4kEAFqJBABdiQQArYkEAMqJBAAAigQAEYoEAFOKBABbigQApooEALGKBAD5igQA/ooEAEyLBABPiwQAn4sEAKmLBADyiwQA9YsEAOERDwBHjAQAWiEHAEqMBACYjAQAm4wEAOuMBAD1jAQAPo0EAEaNBACRjQQAsI0EADQSDwD4jQQAN44EAF2OBACKjgQAsI4EAN2OBAADjwQAMI8EAGaPBACDjwQAuI8EANaPBAD8jwQAKZAEAE+QBAB8kAQAsZAEAM+QBADzkAQAIpEEAD6RBAB1kQQAfZEEAIcSDwDNkQQAG5IEACiSBABukgQAe5IEAMGSBADNkgQAFJMEACOTBABnkwQAcZMEALqTBADIkwQADZQEABKUBABglAQAbZQEALOUBAC7lAQABpUEAAyVBABZlQQAEJUEAEuXBABllQQArJUEALyVBAD/lQQACJYEAFKWBABVlgQApZYEALGWBAD4lgQA/5YEANoSDwBZlwQAnpcEALSXBADxlwQA/ZcEAESYBABLmAQAl5gEAJ+YBADqmAQA75gEAD2ZBABGmQQAkJkEAJqZBAAtEw8A5JkEADaaBABCmgQAiZoEAI+aBADcmgQA3poEAC+bBAA5mwQAgpsEAJCbBADVmwQA2psEACicBAA1nAQAe5wEAIOcBADOnAQA2JwEACGdBAAvnQQAdJ0EAIqdBADHnQQA050EABqeBAAhngQAbZ4EAHWeBADAngQAxZ4EABOfBAAcnwQAZp8EAHCfBACAEw8A0Z8EAAygBAAPoAQAX6AEAHygBACyoAQAw6AEAAWhBAAdoQQAWKEEAGShBACroQQAvqEEAP6hBAANogQAUaIEAF2iBACkogQApaIEAPeiBAABowQASqMEAFijBACdowQAoqMEAPCjBAD9owQA0xMPAEikBACWpAQAo6QEAOmkBAD2pAQAPKUEAEilBACPpQQAnqUEAOKlBADspQQANaYEAEOmBACIpgQAjaYEANumBADopgQALqcEADanBACBpwQAh6cEANSnBACLpwQAxqkEAOCnBAAnqAQAN6gEAHqoBACDqAQAzagEANCoBAAgqQQALKkEAHOpBAB6qQQAzBQPANSpBAAZqgQAL6oEAGyqBAB4qgQAv6oEAMaqBAASqwQAGqsEAGWrBABqqwQAuKsEAMGrBAALrAQAFawEAB8VDwBfrAQAsawEAL2sBAAErQQACq0EAFetBABZrQQAqq0EALStBAD9rQQAC64EAFCuBABVrgQAo64EALCuBAD2rgQA/q4EAEmvBABTrwQAnK8EAKqvBADvrwQABbAEAEKwBABOsAQAlbAEAJywBADosAQA8LAEADuxBABAsQQAjrEEAJexBADhsQQA67EEAHIVDwBCsgQAh7IEAJ2yBADasgQA5rIEAC2zBAA0swQAgLMEAIizBADTswQA2LMEACa0BAAvtAQAebQEAIO0BADFFQ8AzbQEAB+1BAArtQQAcrUEAHi1BADFtQQAx7UEABi2BAAitgQAa7YEAHm2BAC+tgQAw7YEABG3BAAetwQAZLcEAGy3BAC3twQAwbcEAAq4BAAYuAQAXbgEAHO4BACwuAQAvLgEAAO5BAAKuQQAVrkEAF65BACpuQQArrkEAPy5BAAFugQAT7oEAFm6BAAYFg8ApLoEABInCwCwugQA9boEAAa7BABIuwQATbsEAJu7BACyuwQA7rsEAAK8BABBvAQAWbwEAJS8BACjvAQA57wEAOy8BAA6vQQAR70EAI29BACavQQA4L0EAOy9BAAzvgQAQr4EAIa+BACQvgQA2b4EAOG+BAAsvwQASr8EAH+/BACHvwQA0r8EANu/BAAlwAQAMsAEAHjABAB6wAQAy8AEAOTABAAewQQAL8EEAHHBBAB9wQQAxMEEAMzBBABrFg8AHMIEAGrCBABywgQAvcIEAMzCBAAQwwQAFcMEAGPDBABwwwQAtsMEAMPDBAAJxAQAFcQEAFzEBABrxAQAr8QEALnEBAACxQQACsUEAFXFBABfxQQAqMUEAK3FBAD7xQQAA8YEAL4WDwBlxgQAocYEAKnGBAD0xgQA/sYEAEfHBABMxwQAmscEAKLHBAARFw8A8scEAEDIBABJyAQAb68KAE3IBACTyAQAVsgEAEIeDQCdyAQA2OUMAKDIBADmyAQA8sgEADnJBABIyQQAjMkEAJbJBADfyQQA58kEAFsACgDtyQQAMsoEAD/KBACFygQAnMoEANjKBADgygQAK8sEADXLBAB+ywQAg8sEANHLBADZywQAZBcPADHMBAB3zAQAhcwEAMrMBADdzAQAHc0EACXNBABwzQQAc80EAMPNBADIzQQAFs4EACXOBABpzgQAic4EALzOBADIzgQAD88EABnPBABizwQAfs8EALXPBAC9zwQAtxcPABvQBABb0AQAYdAEAK7QBAC60AQAAdEEAAvRBABU0QQAWtEEAKfRBAC10QQA+tEEAAbSBABN0gQAUNIEAKDSBACh0gQA89IEAP/SBABG0wQATNMEAJnTBACf0wQA7NMEAPjTBAA/1AQAXNQEAJLUBACb1AQA5dQEAPHUBAA41QQAO9UEAIvVBACV1QQA3tUEAOrVBAAx1gQAN9YEAITWBACK1gQA19YEANzWBAAq1wQAMNcEAAoYDwCJ1wQA0NcEANLXBAAj2AQAMtgEAHbYBACB2AQAydgEANXYBAAc2QQAI9kEAG/ZBAB32QQAwtkEAMzZBAAV2gQAINoEAGjaBAB02gQAu9oEAMPaBAADGQ8AENsEAGHbBAB02wQAtNsEALzbBAAH3AQADdwEAFrcBABm3AQArdwEALfcBAAA3QQABt0EAFPdBABh3QQApt0EALLdBAD53QQA/N0EAEzeBABU3gQAn94EAKDeBADy3gQA/t4EAEXfBABL3wQAmN8EAKDfBADr3wQA8d8EAD7gBABK4AQAkeAEAK7gBADk4AQA7eAEADfhBABD4QQAiuEEAI3hBADd4QQA5+EEADDiBAA44gQAg+IEAJTiBADW4gQA5OIEACnjBAA/4wQAfOMEAIrjBADP4wQA2eMEAFYZDwAx5AQAdeQEAIDkBADI5AQA1OQEABvlBAAi5QQAbuUEAHblBADB5QQAy+UEABTmBAAf5gQAZ+YEAHPmBAC65gQAwuYEAKkZDwAP5wQAYOcEAHPnBACz5wQAu+cEAAboBAAM6AQAWegEAGXoBACs6AQAtugEAP/oBAAF6QQAUukEAGDpBACl6QQAsekEAPjpBAD76QQAS+oEAFPqBACe6gQAn+oEAPHqBAD96gQAROsEAErrBACX6wQAn+sEAOrrBADw6wQAPewEAEnsBACQ7AQArewEAOPsBADs7AQANu0EAELtBACJ7QQAjO0EANztBADm7QQAL+4EADfuBACC7gQAk+4EANXuBADj7gQAKO8EAD7vBAB77wQAie8EAM7vBADY7wQAIfAEACnwBAB08AQAl/AEAPwZDwDS8AQAGvEEACjxBABt8QQAfPEEAMDxBADL8QQAE/IEABvyBABm8gQAdPIEALnyBAC88gQADPMEABTzBABPGg8AbfMEALLzBAC18wQABfQEAA30BABlUQUAEfQEAOwmBQAU9AQALvoEACH0BABY9AQAdPQEAKIaDwCt9AQA/vQEAAv1BABR9QQAXvUEAKT1BACp9QQA9/UEAAH2BABK9gQAWfYEAJ32BACi9gQA8PYEAP32BABD9wQAUPcEAJb3BACi9wQA6fcEAPj3BAA8+AQARvgEAI/4BACb+AQA4vgEAOj4BAA1+QQAO/kEAIj5BACN+QQA2/kEAOH5BAD1Gg8AM/oEAIwcBQA/+gQAgfoEAI/6BADU+gQA4PoEACf7BAA0+wQAevsEAIT7BADN+wQA6fsEACD8BAA8/AQASBsPAHX8BADG/AQA0/wEABn9BAAm/QQAbP0EAHH9BAC//QQAyf0EABL+BAAh/gQAZf4EAGr+BAC4/gQAxf4EAAv/BAAY/wQAXv8EAGr/BACx/wQAwP8EAAQABQAOAAUAVwAFAGMABQCqAAUAsAAFAP0ABQADAQUAUAEFAFUBBQCjAQUAqQEFAJsbDwD9AQUASQIFAFcCBQCcAgUAnwIFAO8CBQD+AgUAQgMFAEcDBQCVAwUAogMFAOgDBQD1AwUAOwQFAEcEBQCOBAUAnQQFAOEEBQDrBAUANAUFAEIFBQCHBQUAjAUFANoFBQDnBQUALQYFADkGBQCABgUAkwYFANMGBQDiBgUAJgcFADIHBQB5BwUAegcFAMwHBQDWBwUAHwgFAC0IBQByCAUAdwgFAMUIBQDSCAUA7hsPAB0JBQBrCQUAdAkFAL4JBQDPCQUAEQoFABgKBQBkCgUAbAoFALcKBQDECgUACgsFAA8LBQBdCwUAZwsFALALBQC4CwUAAwwFABoMBQBWDAUAYgwFAKkMBQCzDAUA/AwFAAQNBQBPDQUAUQ0FAKINBQCqDQUA9Q0FAPsNBQBIDgUAVA4FAJsOBQCeDgUA7g4FAPMOBQBBDwUASg8FAJQPBQCaDwUA5w8FAPYPBQA6EAUARhAFAOccDwCPEAUA4BAFAO4QBQAzEQUARBEFADodDwCNEQUAjR0PAN4RBQAsEgUANBIFAH8SBQCOEgUA0hIFANcSBQAlEwUAMhMFAHgTBQCFEwUAyxMFANcTBQAeFAUALRQFAHEUBQB7FAUAMx4PAMYUBQAXFQUAMhUFAGoVBQBsFQUAvRUFANcVBQAQFgUAHRYFAGMWBQBvFgUAthYFAMAWBQAJFwUAIxcFAFwXBQBrFwUArxcFALQXBQACGAUADxgFAFUYBQBiGAUAqBgFALQYBQD7GAUAChkFAE4ZBQBYGQUAoRkFAK0ZBQD0GQUABxoFAEcaBQBWGgUAmhoFAKYaBQDtGgUA7hoFAEAbBQBKGwUAkxsFAKEbBQDmGwUA6xsFADkcBQBGHAUAhh4PAJkcBQDfHAUA7BwFADIdBQA+HQUAhR0FAJQdBQDYHQUA4h0FACseBQA5HgUAfh4FAIMeBQDRHgUA3h4FACQfBQAwHwUAdx8FAIofBQDKHwUA2R8FAB0gBQApIAUAcCAFAHEgBQDDIAUAzSAFABYhBQAkIQUAaSEFAG4hBQC8IQUAySEFANkeDwAcIgUAYiIFAGQiBQC1IgUAziIFAAgjBQAZIwUAWyMFAGcjBQCuIwUAtiMFANIfDwAGJAUAVCQFAFwkBQCnJAUAtiQFAPokBQD/JAUATSUFAFolBQCgJQUArSUFAPMlBQD/JQUARiYFAFUmBQCZJgUAoyYFACUgDwD/JgUAPycFAE4nBQCSJwUAnicFAOUnBQDmJwUAOCgFAEIoBQCLKAUAmSgFAN4oBQDjKAUAMSkFAD4pBQB4IA8AiSkFANcpBQDkKQUAKioFADcqBQB9KgUAiSoFANAqBQDfKgUAIysFAC0rBQB2KwUAhCsFAMkrBQDOKwUAHCwFACksBQBvLAUAdywFAMIsBQDILAUAFS0FAMwsBQDzeAUAIS0FAGgtBQB4LQUAuy0FAMQtBQAOLgUAES4FAGEuBQBtLgUAtC4FALsuBQBxIQ8AEi8FAFovBQBbLwUArS8FAMUvBQAAMAUADTAFAFMwBQBfMAUApjAFALAwBQD5MAUA/TAFAEwxBQBRMQUAnzEFAKUxBQDyMQUAEjIFAEUyBQBdMgUAmDIFAK8yBQDrMgUA9zIFAD4zBQBIMwUAkTMFAJMzBQDkMwUA6zMFADc0BQA+NAUAijQFAJA0BQDdNAUA6TQFADA1BQAzNQUAgzUFAIY1BQDWNQUA4jUFACk2BQAsNgUAxCEPAIE2BQDPNgUA1zYFACI3BQAoNwUAdTcFAHo3BQDINwUA0TcFABs4BQAlOAUAbjgFAHo4BQDBOAUAyTgFABciDwAZOQUAZzkFAG85BQC6OQUAxTkFAA06BQASOgUAYDoFAGM6BQCzOgUAvToFAGoiDwASOwUAWTsFAGA7BQCsOwUAujsFAP87BQACPAUAUjwFAFo8BQClPAUAqDwFAPg8BQAEPQUASz0FAFE9BQCePQUAuT0FAPE9BQD9PQUARD4FAEo+BQCXPgUAnz4FAOo+BQDuPgUAPT8FAEk/BQCQPwUAnT8FAOM/BQDtPwUANkAFAD5ABQCJQAUAi0AFANxABQDgQAUAL0EFADFBBQCCQQUAlkEFAL0iDwDdQQUAKEIFACxCBQB7QgUAfUIFAM5CBQDRQgUAIUMFAClDBQB0QwUAgUMFAMdDBQDMQwUAGkQFACREBQBtRAUAdUQFAMBEBQDBRAUAE0UFABhFBQBmRQUAaUUFALlFBQC8RQUADEYFABpGBQBfRgUAeEYFALJGBQDDRgUABUcFABFHBQBYRwUAYEcFABAjDwCwRwUA/kcFAAZIBQBRSAUAYEgFAKRIBQCpSAUA90gFAARJBQBKSQUAV0kFAJ1JBQCpSQUA8EkFAP9JBQBDSgUATUoFAJZKBQCeSgUA6UoFAPNKBQA8SwUAQUsFAI9LBQCXSwUAYyMPAO1LBQA1TAUAQUwFAIhMBQCQTAUAtiMPAOdMBQAuTQUANU0FAIFNBQCPTQUA1E0FANdNBQAnTgUAL04FAHpOBQB9TgUAzU4FANlOBQAgTwUAJk8FAHNPBQCOTwUAxk8FANJPBQAZUAUAH1AFAGxQBQCPUAUAv1AFAMJQBQASUQUANlEFAAkkDwB0UQUAuFEFAL1RBQALUgUAGFIFAF5SBQBrUgUAsVIFAL1SBQAEUwUAE1MFAFdTBQBhUwUAqlMFALhTBQD9UwUAAlQFAFBUBQBdVAUAo1QFAKtUBQBcJA8AA1UFAElVBQBRVQUAnFUFALVVBQDvVQUA9VUFAEJWBQBHVgUAlVYFALVWBQDoVgUA9FYFADtXBQBIVwUAjlcFAJZXBQDhVwUA5FcFADRYBQA+WAUAh1gFAIlYBQDaWAUA5FgFAC1ZBQA5WQUAryQPAJZZBQDTWQUA31kFACZaBQArWgUAeVoFAC5aBQA4LhAAgloFAMxaBQDWWgUAH1sFACdbBQDZSAkAK1sFAHJbBQBCWwUA/TcJAHhbBQDFWwUAhVsFAINeCwDLWwUAGFwFAB1cBQBrXAUAcVwFAAIlDwDMXAUAEV0FACddBQBkXQUAcF0FALddBQC8XQUACl4FABNeBQBdXgUAZ14FALBeBQC4XgUAA18FABJfBQBWXwUAW18FAKlfBQC2XwUA/F8FAAlgBQBPYAUAW2AFAKJgBQCxYAUA9WAFAP9gBQBIYQUAVmEFAJthBQCoYQUA7mEFAAViBQBBYgUASWIFAJRiBQCeYgUA52IFAOxiBQA6YwUAQmMFAPslDwCZYwUA4GMFAOZjBQAzZAUATmQFAIZkBQCSZAUA2WQFAN9kBQBOJg8AP2UFAH9lBQCOZQUA0mUFAN5lBQAlZgUAJmYFAHhmBQCCZgUAy2YFANlmBQAeZwUAI2cFAHFnBQB+ZwUAoSYPAMlnBQAXaAUAH2gFAGpoBQBtaAUAvWgFAMZoBQAQaQUAH2kFAGNpBQBuaQUAtmkFAL5pBQAJagUAGWoFAFxqBQBqagUAr2oFAMBqBQACawUADmsFAFVrBQBdawUAmicPAK5rBQD7awUAA2wFAE5sBQBVbAUAoWwFAK9sBQD0bAUA+mwFAEdtBQBTbQUAmm0FAKltBQDtbQUA920FAEBuBQBFbgUAk24FAJluBQDmbgUA+m4FADlvBQBBbwUAjG8FALRvBQDfbwUA6G8FADJwBQA/cAUAhXAFAJNwBQDYcAUA63AFACtxBQBHcQUA7ScPAINxBQDRcQUA3nEFACRyBQAxcgUAd3IFAINyBQDKcgUA2XIFAB1zBQAncwUAcHMFAH5zBQDDcwUAyHMFABZ0BQAjdAUAaXQFAHF0BQC8dAUAwnQFAA91BQAbdQUAYnUFAHJ1BQC1dQUAvnUFAAh2BQALdgUAW3YFAGd2BQCudgUAtXYFAEAoDwApdwUAVHcFAF13BQCndwUAtHcFAPp3BQAIeAUATXgFAGB4BQCgeAUAvHgFAJMoDwABeQUARnkFAFx5BQCZeQUApXkFAOx5BQDzeQUAP3oFAEd6BQCSegUAl3oFAOV6BQDuegUAOHsFAEJ7BQDmKA8AjHsFAN57BQDqewUAMXwFADd8BQCEfAUAhnwFANd8BQDhfAUAKn0FADh9BQB9fQUAgn0FANB9BQDdfQUAI34FACt+BQB2fgUAgH4FAMl+BQDXfgUAHH8FADJ/BQBvfwUAe38FAMJ/BQDJfwUAFYAFAB2ABQBogAUAbYAFALuABQDEgAUADoEFABiBBQA5KQ8Ab4EFALSBBQDKgQUAB4IFABOCBQBaggUAX4IFAK2CBQC2ggUAAIMFAAqDBQBTgwUAX4MFAKaDBQCsgwUA+YMFAP+DBQBMhAUAUYQFAJ+EBQClhAUAjCkPAPeEBQBFhQUAUoUFAJiFBQClhQUA64UFAPeFBQA+hgUATYYFAJGGBQCbhgUA5IYFAPKGBQA3hwUAPIcFAIqHBQCXhwUA3YcFAOWHBQAwiAUAOogFAIOIBQCRiAUA1ogFAOyIBQApiQUANYkFAHyJBQCBiQUAz4kFANiJBQAiigUALIoFAIUqDwCBigUAyIoFANmKBQAbiwUAJ4sFAG6LBQB9iwUAwYsFAMuLBQAUjAUAIowFAGeMBQBsjAUAuowFAMeMBQANjQUAF40FAGCNBQAZjQUA8ZAFAG6NBQCzjQUAyY0FAAaOBQASjgUAWY4FAF6OBQCsjgUAtY4FAP+OBQAJjwUAUo8FAF6PBQCljwUAq48FAPiPBQD+jwUAS5AFAFCQBQCekAUApJAFANgqDwD3kAUARJEFAEqRBQCXkQUAnJEFAOqRBQDwkQUAKysPAEuSBQCQkgUAppIFAOOSBQDvkgUANpMFADuTBQCJkwUAkpMFANyTBQDmkwUAL5QFADuUBQCClAUAlZQFANWUBQDklAUAKJUFADSVBQB7lQUAfJUFAM6VBQDYlQUAIZYFAC+WBQB0lgUAeZYFAMeWBQDUlgUAfisPACmXBQBtlwUAjZcFAMCXBQDMlwUAE5gFAB2YBQBmmAUAa5gFALmYBQC6mAUADJkFABiZBQBfmQUAbJkFALKZBQC+mQUABZoFABiaBQBYmgUAZ5oFAKuaBQC3mgUA/poFAP+aBQBRmwUAW5sFAKSbBQCymwUA95sFAPybBQBKnAUAV5wFANErDwC5nAUAJCwPAPacBQBDnQUASZ0FAJadBQCbnQUA6Z0FAO+dBQB3LA8AQZ4FAI+eBQCSngUA4p4FAO6eBQA1nwUAO58FAIifBQCjnwUA258FAOefBQAuoAUANKAFAIGgBQCDoAUA1KAFAO+gBQAnoQUAKaEFAHqhBQCIoQUAzaEFAN6hBQAgogUAIqIFAHOiBQCMogUAxqIFANeiBQAZowUAJaMFAHAtDwB2owUAv6MFAM2jBQASpAUAKKQFAGWkBQBxpAUAuKQFAL2kBQALpQUAFKUFAF6lBQBopQUAsaUFALmlBQAEpgUACaYFAFemBQBmpgUAqqYFALmmBQD9pgUABqcFAFCnBQBWpwUAo6cFAKmnBQD2pwUAAqgFAEmoBQBQqAUAnKgFAKSoBQDvqAUA8agFAEKpBQBSqQUAlakFAJ+pBQDoqQUA9KkFADuqBQBBqgUAjqoFAJaqBQDDLQ8A7aoFADSrBQBFqwUAh6sFAJOrBQDaqwUA6asFAC2sBQA3rAUAgKwFAI6sBQDTrAUA2KwFACatBQAzrQUAea0FAIGtBQDMrQUA1q0FANHEBQDYrQUAH64FACWuBQByrgUAeK4FAMWuBQDKrgUAGK8FAB6vBQAWLg8Ad68FAL6vBQDErwUAEbAFACywBQBksAUAcLAFALewBQC9sAUACrEFABKxBQBdsQUAYLEFALCxBQC8sQUAA7IFABSyBQBWsgUAYrIFAKmyBQC4sgUA/LIFAAazBQBPswUAXbMFAKKzBQCnswUA9bMFAAK0BQBItAUAULQFAJu0BQCltAUA7rQFAPy0BQBBtQUAV7UFAJS1BQCgtQUA57UFAOy1BQA6tgUAQ7YFAI22BQCXtgUADy8PAOa2BQAztwUAObcFAIa3BQCStwUA2bcFAOa3BQAsuAUANrgFAH+4BQCHuAUA0rgFANy4BQAluQUAKrkFAHi5BQB5uQUAy7kFANC5BQAeugUAL7oFAHG6BQB2ugUAxLoFANu6BQAXuwUAK7sFAGq7BQCGuwUAvbsFAMW7BQBiLw8AGLwFAGO8BQBtvAUAtrwFAMq8BQAJvQUACr0FAFy9BQBovQUAr70FAMu9BQACvgUACr4FALUvDwBevgUAqL4FALa+BQD7vgUAt74FABPPCQAFvwUATr8FAFC/BQChvwUAur8FAPS/BQAFwAUAR8AFAFPABQCawAUAosAFAAgwDwD5wAUAQMEFAEbBBQCTwQUArsEFAObBBQDywQUAOcIFAD/CBQCMwgUAj8IFAN/CBQDnwgUAMsMFAELDBQCFwwUAisMFANjDBQDhwwUAK8QFADjEBQB+xAUAhcQFAFswDwDfxAUAJMUFADrFBQB3xQUAg8UFAMrFBQDPxQUAHcYFACbGBQBwxgUAesYFAMPGBQDfxgUAFscFAB7HBQCuMA8AbscFALzHBQDExwUAD8gFABHIBQBiyAUAfcgFALXIBQC3yAUACMkFABbJBQBbyQUAbMkFAK7JBQCwyQUAAcoFABrKBQBUygUAZcoFAKfKBQCzygUA+soFAALLBQABMQ8AWcsFAKDLBQCmywUA88sFAA7MBQBGzAUAUswFAJnMBQCfzAUA7MwFAO/MBQBUMQ8AXM0FAJLNBQCTzQUA5c0FAPTNBQA4zgUAPc4FAIvOBQCYzgUA3s4FAOvOBQAxzwUAPc8FAITPBQCTzwUA188FAOHPBQAq0AUAONAFAH3QBQCC0AUA0NAFAN3QBQAj0QUAL9EFAHbRBQB80QUAydEFAInRBQCJ5gUAz9EFABzSBQAh0gUAb9IFAHXSBQCnMQ8Ax9IFABXTBQA10wUAaNMFAHTTBQC70wUAwdMFAA7UBQAW1AUATwYGABfUBQBh1AUAbtQFALTUBQC61AUAB9UFABPVBQBa1QUAXNUFAK3VBQC81QUAANYFAAvWBQBT1gUAVdYFAKbWBQC/1gUA+dYFAArXBQBM1wUAWNcFAJ/XBQCr1wUA8tcFAAXYBQBF2AUAVNgFAJjYBQCk2AUA69gFAOzYBQA+2QUASNkFAJHZBQCf2QUA5NkFAOnZBQA32gUARNoFAPoxDwCX2gUA3doFAPHaBQAw2wUATNsFAIPbBQCf2wUATTIPAOXbBQAp3AUAKtwFAHzcBQCL3AUAz9wFANTcBQAi3QUAL90FAHXdBQCC3QUAyN0FANTdBQAb3gUAKt4FAG7eBQB43gUAwd4FAM/eBQAU3wUAGd8FAGffBQB03wUAut8FAMrfBQAN4AUAD+AFAGDgBQBu4AUAs+AFAMTgBQCgMg8ADeEFAPMyDwBe4QUArOEFALnhBQD/4QUADOIFAFLiBQBY4gUApeIFALHiBQD44gUACOMFAEvjBQBU4wUAnuMFAKHjBQDx4wUA/eMFAETkBQBL5AUARjMPAKPkBQDq5AUA+uQFAD3lBQBG5QUAkOUFAJPlBQDj5QUA7+UFADbmBQA95gUAmTMPAJjmBQDc5gUA6OYFAC/nBQAw5wUAgucFAIznBQDV5wUA4+cFACjoBQAt6AUAe+gFAIjoBQDsMw8A0+gFACHpBQAw6QUAdOkFAJTpBQDH6QUA0+kFABrqBQAk6gUAbeoFAHXqBQDA6gUAzOoFABPrBQAZ6wUAZusFAGzrBQC56wUAvusFAAzsBQAS7AUA5TQPAGTsBQCy7AUAu+wFAAXtBQAW7QUAWO0FAF/tBQCr7QUAs+0FAP7tBQAL7gUAUe4FAFbuBQCk7gUAru4FAPfuBQD/7gUASu8FAFnvBQCd7wUAou8FAPDvBQD97wUAQ/AFAFDwBQCW8AUAovAFAOnwBQD48AUAPPEFAEbxBQCP8QUAl/EFAOLxBQDs8QUANfIFADryBQCI8gUAkPIFAN41DwDg8gUALvMFADHzBQCB8wUAi/MFADE2DwDa8wUAJ/QFACz0BQB69AUAmvQFAM30BQDZ9AUAIPUFACb1BQBz9QUAdvUFAMb1BQDI9QUAGfYFADT2BQBs9gUAbvYFAL/2BQDN9gUAEvcFACP3BQBl9wUAZ/cFALj3BQDR9wUAC/gFABz4BQBe+AUAavgFAIQ2DwDB+AUABPkFACT5BQBX+QUAWfkFAKr5BQC2+QUAOYoNALn5BQA5FQYAxvkFADEiBgDT+QUA/fkFAAD6BQBQ+gUAXfoFAC3/BQBf+gUAo/oFAKj6BQD2+gUAA/sFAEn7BQBW+wUAnPsFAKj7BQDv+wUA/vsFAEL8BQBM/AUAlfwFAKP8BQDo/AUA7fwFADv9BQBI/QUAjv0FAJr9BQDh/QUA5/0FADT+BQA6/gUAh/4FAIz+BQDa/gUA4P4FANc2DwA2/wUAgP8FAJb/BQDT/wUA7P8FACYABgAyAAYAeQAGAH8ABgDMAAYA0QAGAB8BBgAvAQYAcgEGAHgBBgDFAQYA0QEGABgCBgAiAgYAawIGAHECBgC+AgYAzAIGABEDBgAdAwYAZAMGAGcDBgC3AwYAwwMGAAoEBgAdBAYAXQQGAGwEBgCwBAYAvAQGAAMFBgAPBQYAVgUGAF0FBgCpBQYAtQUGAPwFBgADBgYAKjcPAGUGBgCiBgYApAYGAPUGBgAJBwYASAcGAFAHBgCbBwYAqAcGAO4HBgDzBwYAQQgGAEsIBgCUCAYAnAgGAOcIBgAACQYAOgkGAEYJBgCNCQYAlQkGAH03DwD7CQYAMwoGADUKBgCGCgYAlAoGANkKBgDqCgYALAsGAC4LBgB/CwYAmAsGANILBgDjCwYAJQwGADEMBgDQNw8AfQwGAMsMBgDUDAYAHg0GAC8NBgBxDQYAeA0GAMQNBgDMDQYAFw4GACQOBgBqDgYAbw4GAL0OBgDHDgYAEA8GABgPBgBjDwYAfA8GALYPBgDCDwYACRAGABEQBgB2OA8AXxAGAK8QBgC5EAYAAhEGAAQRBgBVEQYAbhEGAKgRBgC5EQYA+xEGAAkSBgBOEgYAURIGAKESBgCsEgYA9BIGAAATBgBHEwYAThMGAMk4DwCfEwYA7RMGAPUTBgBAFAYAThQGAJMUBgCUFAYA5hQGAAEVBgAcOQ8APhUGAIwVBgCZFQYA3xUGAOwVBgAyFgYAPhYGAIUWBgCUFgYA2BYGAOIWBgArFwYAORcGAH4XBgCDFwYA0RcGAN4XBgAkGAYAMBgGAHcYBgB9GAYAyhgGANAYBgAdGQYAIhkGAHAZBgB2GQYAbzkPANAZBgAWGgYAGBoGAGkaBgCCGgYAvBoGAM0aBgAPGwYAGxsGAGIbBgBqGwYAaDoPALobBgAIHAYAEBwGAFscBgB0HAYArhwGALMcBgABHQYABh0GAFQdBgBeHQYApx0GAKodBgD6HQYABB4GAE0eBgBTHgYAoB4GAKIeBgDzHgYA9B4GAEYfBgBOHwYAmR8GAKkfBgDsHwYA8h8GAD8gBgBEIAYAkiAGAKggBgDlIAYA7SAGADghBgBgIQYAiyEGAK4hBgDeIQYA/SEGALs6DwA5IgYADjsPAJUiBgDXIgYA5SIGACojBgA2IwYAfSMGAIojBgDQIwYA2iMGACMkBgArJAYAdiQGAIEkBgDJJAYAyyQGABwlBgAfJQYAbyUGAHclBgDCJQYAyCUGABUmBgAeJgYAaCYGAHUmBgC7JgYAwyYGAA4nBgATJwYAYScGAGonBgC0JwYAvicGAAcoBgAPKAYAWigGAF8oBgCtKAYAvSgGAAApBgAIKQYAUykGAFUpBgCmKQYAwSkGAPkpBgD7KQYATCoGAFoqBgCfKgYAsCoGAPIqBgD0KgYARSsGAF4rBgCYKwYAqSsGAOsrBgD3KwYAPiwGAEYsBgBhOw8AlywGAOQsBgDpLAYANy0GAFctBgCKLQYAli0GAN0tBgDjLQYAMC4GADMuBgCDLgYAiy4GANYuBgDgLgYAKS8GAC4vBgB8LwYAhC8GAM8vBgDZLwYAIjAGACQwBgB1MAYAhjAGAMgwBgDoMAYAGzEGACMxBgBuMQYAeDEGAMExBgDGMQYAtDsPACgyBgBnMgYAbzIGALoyBgC/MgYADTMGAB0zBgBgMwYAaDMGALMzBgC9MwYABjQGABE0BgBZNAYAZTQGAKw0BgC0NAYABzwPAAs1BgBSNQYAXjUGAKU1BgCsNQYA+DUGAAA2BgBLNgYAZDYGAJ42BgCkNgYA8TYGAPY2BgBENwYAZDcGAJc3BgCjNwYA6jcGAPA3BgA9OAYAQDgGAFo8DwCSOAYA4zgGAJ44BgCUdg4A5jgGADY5BgBAOQYAiTkGAJc5BgDcOQYA6zkGAC86BgAyOgYAgjoGAEc6BgB4XwYASzoGAI5QBgCOOgYA1ToGANc6BgAoOwYALjsGAHs7BgCKOwYAzjsGANk7BgAhPAYAKTwGAF6eBgA7PAYAdDwGAIA8BgDHPAYA2jwGABo9BgApPQYAbT0GAHk9BgDAPQYAwT0GABM+BgAdPgYAZj4GAHQ+BgC5PgYAvj4GAAw/BgAZPwYArTwPAHk/BgCyPwYAwT8GAAVABgAKQAYAWEAGAGVABgCrQAYAuEAGAP5ABgAKQQYAUUEGAGBBBgCkQQYArkEGAPdBBgAFQgYASkIGAE9CBgCdQgYAqkIGAPBCBgD8QgYAQ0MGAElDBgCWQwYAnEMGAOlDBgDuQwYAPEQGAEJEBgAAPQ8AkEQGAOJEBgCYRAYAVakIAJxEBgA7lQgAr0QGAK6YDADuRAYANUUGADtFBgB4WAcAQkUGAIhFBgCLRQYA20UGAOdFBgAuRgYAMEYGAIFGBgCHRgYA1EYGAONGBgAnRwYAMkcGAHpHBgB7RwYAzUcGAOFHBgAgSAYAOkgGAHNIBgB/SAYAxkgGANlIBgAZSQYAKEkGAGxJBgB4SQYAv0kGAMBJBgASSgYAHEoGAGVKBgBzSgYAuEoGAL1KBgALSwYAGEsGAFM9DwB4SwYAsUsGAMBLBgAETAYACUwGAFdMBgBkTAYAqkwGALdMBgD9TAYACU0GAFBNBgBfTQYAo00GAK1NBgD2TQYABE4GAElOBgBOTgYAnE4GAKlOBgDvTgYA+04GAEJPBgBITwYAlU8GAJtPBgDoTwYA7U8GADtQBgBBUAYApj0PAKpQBgD5PQ8A51AGADRRBgA2UQYAh1EGAJRRBgDaUQYA3VEGAC1SBgAuUgYAgFIGAIVSBgDTUgYA2VIGACZTBgAwUwYAeVMGAJVTBgDMUwYA6FMGAEw+DwAlVAYAclQGAHRUBgDFVAYA0lQGABhVBgAbVQYAa1UGAGxVBgC+VQYAw1UGABFWBgAXVgYAZFYGAG5WBgC3VgYA01YGAApXBgAmVwYAnz4PAGNXBgCwVwYAtlcGAANYBgAIWAYAVlgGAFxYBgDyPg8At1gGAPxYBgAXWQYAT1kGAF1ZBgCiWQYAr1kGAPVZBgAMWgYASFoGAFdaBgCbWgYAoFoGAO5aBgD7WgYAQVsGAE5bBgCUWwYAoFsGAOdbBgD2WwYAOlwGAERcBgCNXAYAm1wGAOBcBgDlXAYAM10GAEBdBgCGXQYAiV0GANldBgDlXQYALF4GADJeBgB/XgYAhV4GANJeBgDXXgYAJV8GACtfBgBFPw8Agl8GAMtfBgDRXwYAHmAGACBgBgBxYAYAfmAGAMRgBgDHYAYAF2EGABhhBgBqYQYAb2EGAL1hBgDDYQYAEGIGABpiBgBjYgYAfWIGALZiBgDFYgYACWMGAA5jBgBcYwYAaWMGAK9jBgC8YwYAAmQGAA5kBgBVZAYAZGQGAKhkBgCyZAYA+2QGAAllBgBOZQYAU2UGAKFlBgCuZQYA9GUGAP5lBgCubwYAAGYGAEdmBgBNZgYAmmYGAKBmBgDtZgYA8mYGAEBnBgBGZwYAmD8PAJhnBgDmZwYA82cGADloBgBGaAYAjGgGAJhoBgDfaAYA7mgGADJpBgA8aQYAhWkGAJNpBgDYaQYA3WkGACtqBgA4agYAfmoGAIZqBgDRagYA3WoGACRrBgAqawYAd2sGAH1rBgDKawYAz2sGAB1sBgAjbAYAkUAPAHJsBgDDbAYAzGwGABZtBgAZbQYAaW0GAHVtBgC8bQYAw20GAA9uBgAXbgYAYm4GAHtuBgC1bgYAyW4GAAhvBgAkbwYAW28GAGNvBgA3QQ8AvG8GAAFwBgAXcAYAVHAGAGBwBgCncAYArHAGAPpwBgADcQYATXEGAFdxBgCgcQYAvHEGAPNxBgD7cQYAikEPAEtyBgCZcgYApnIGAOxyBgD5cgYAP3MGAEtzBgCScwYAoXMGAOVzBgDvcwYAOHQGAEZ0BgCLdAYAkHQGAN50BgDrdAYAMXUGADl1BgCEdQYAjnUGANd1BgDldQYAKnYGAEB2BgB9dgYAiXYGANB2BgDVdgYAI3cGACx3BgB2dwYAgHcGAMl3BgDRdwYAHHgGACt4BgBveAYAcXgGAMJ4BgDLeAYAFXkGABh5BgBoeQYAdHkGALt5BgDCeQYADnoGABZ6BgBhegYAenoGALR6BgDIegYAB3sGACN7BgBaewYAYnsGAN1BDwCyewYAAHwGAA18BgBTfAYAYHwGAKZ8BgCyfAYA+XwGAAh9BgBMfQYAVn0GAJ99BgCpfQYA8n0GAAB+BgBFfgYAW34GAJh+BgCkfgYA634GAPB+BgA+fwYAR38GAJF/BgCbfwYA5H8GAPB/BgA3gAYAPYAGAIqABgCQgAYA3YAGAOKABgAwgQYANoEGADBCDwCPgQYA1oEGANqBBgApggYAOIIGAHyCBgCBggYAz4IGANyCBgAigwYAL4MGAHWDBgCBgwYAyIMGANeDBgAbhAYAJYQGAG6EBgB8hAYAwYQGAMaEBgAUhQYAIYUGAGeFBgBzhQYAuoUGAMCFBgANhgYAE4YGAGCGBgBlhgYAs4YGALmGBgCDQg8AC4cGAFmHBgBghwYArIcGALiHBgD/hwYAAYgGAFKIBgACiAYA1Y0GAG2IBgCliAYAp4gGAPiIBgAGiQYAS4kGAFyJBgCeiQYAoIkGAPGJBgAKigYARIoGAFWKBgCXigYAo4oGAOqKBgD2igYAPYsGAFCLBgCQiwYAn4sGAOOLBgDviwYANowGADeMBgCJjAYAk4wGANyMBgDqjAYAL40GADSNBgCCjQYAj40GANZCDwDXjQYAKI4GAEOOBgB7jgYAfY4GAM6OBgDcjgYAIY8GADKPBgB0jwYAdo8GAMePBgDgjwYAGpAGACuQBgBtkAYAeZAGAMCQBgDMkAYAE5EGACaRBgBmkQYAdZEGALmRBgDFkQYADJIGAA2SBgBfkgYAaZIGALKSBgDAkgYABZMGAAqTBgBYkwYAZZMGAM9DDwCwkwYA/pMGAAaUBgBRlAYAU5QGAKSUBgC1lAYA95QGAAWVBgBKlQYAZZUGAJ2VBgCplQYA8JUGAPiVBgDIRA8ASJYGAJaWBgCdlgYA6ZYGAPWWBgA8lwYAP5cGAI+XBgCXlwYA4pcGAPKXBgA1mAYAOpgGAIiYBgCRmAYA25gGAOiYBgAumQYANZkGAIGZBgCJmQYAG0UPAOGZBgAnmgYAL5oGAHqaBgCOmgYAzZoGANKaBgAgmwYAKZsGAHObBgB5mwYAxpsGAM6bBgAZnAYAKJwGAGycBgB9nAYAv5wGAMicBgASnQYAFZ0GAGWdBgBvnQYAuJ0GAMSdBgALngYAEZ4GAG5FDwBrngYAsZ4GALaeBgAEnwYAC58GAFefBgBjnwYAqp8GALKfBgDBRQ8AGKAGAFCgBgBSoAYAo6AGALGgBgD2oAYAB6EGAEmhBgBLoQYAnKEGALWhBgDvoQYAAKIGAEKiBgBOogYAFEYPAKSiBgDoogYA96IGADujBgBEowYAjqMGAJSjBgDhowYA56MGADSkBgBApAYAh6QGAI6kBgDapAYA4qQGAC2lBgAxpQYAgKUGAIulBgDTpQYA4aUGACamBgA3pgYAeaYGAIWmBgDMpgYA1KYGAGdGDwAipwYAcqcGAHynBgDFpwYAx6cGABioBgAxqAYAa6gGAHyoBgC+qAYAzKgGABGpBgAUqQYAZKkGAG+pBgC3qQYAxakGAAqqBgAXqgYAXaoGAHSqBgCwqgYAuKoGAAOrBgAFqwYAVqsGAF6rBgCpqwYAuKsGAPyrBgABrAYAT6wGAFysBgCirAYAr6wGAPWsBgABrQYASK0GAFetBgCbrQYApa0GAO6tBgD8rQYAQa4GAEauBgCUrgYAoa4GAOeuBgDvrgYAOq8GAESvBgCNrwYAkq8GAOCvBgDorwYAM7AGADawBgCGsAYAo7AGANmwBgDqsAYALLEGADSxBgB/sQYAgrEGANKxBgDesQYAJbIGACuyBgB4sgYAk7IGAMuyBgDXsgYAHrMGACSzBgC6Rg8AgLMGAMSzBgDFswYAF7QGAE20BgBqtAYAeLQGAL20BgC+tAYAELUGABi1BgBjtQYAcrUGALa1BgC7tQYACbYGABa2BgBctgYAabYGAK+2BgC7tgYAArcGABG3BgBVtwYAX7cGAKi3BgC2twYA+7cGAAC4BgBOuAYAW7gGAKG4BgCpuAYA9LgGAP64BgBHuQYATLkGAJq5BgCiuQYA7bkGAPe5BgBAugYAS7oGAJO6BgCfugYA5roGAO66BgANRw8APrsGAIy7BgCPuwYA37sGAOm7BgAyvAYAOrwGAGBHDwCTvAYA2LwGAO68BgArvQYAN70GAH69BgCDvQYA0b0GANq9BgAkvgYALr4GAHe+BgB/vgYAyr4GANa+BgAdvwYAML8GAHC/BgBxvwYAw78GANG/BgAWwAYAHMAGAGnABgB1wAYAvMAGAMPABgCzRw8AEMEGAGLBBgBuwQYAtcEGAMLBBgAIwgYAEMIGAFvCBgBlwgYArsIGAL3CBgABwwYAAsMGAFTDBgBcwwYAp8MGALbDBgD6wwYA/8MGAE3EBgBaxAYAoMQGAK3EBgDzxAYA/8QGAEbFBgBVxQYAmcUGAKPFBgDsxQYA+sUGAD/GBgBExgYAksYGAJ/GBgDlxgYA7cYGADjHBgA8xwYAi8cGAJnHBgDexwYA6McGADHIBgA8yAYAhMgGAIzIBgDXyAYA4sgGACrJBgAvyQYAfckGAIDJBgDQyQYA2skGACPKBgArygYAdsoGAJXKBgAGSA8Ay8oGABzLBgAdywYAb8sGAHnLBgDCywYA0MsGABXMBgAwzAYAaMwGAHTMBgC7zAYAw8wGAFlIDwAazQYAYc0GAGfNBgC0zQYAz80GAAfOBgATzgYAWs4GAGDOBgCtzgYAtc4GAADPBgAOzwYAU88GAFbPBgCmzwYArs8GAPnPBgAC0AYATNAGAFnQBgCf0AYAodAGAPLQBgAN0QYARdEGAEfRBgCY0QYAptEGAOvRBgD80QYAPtIGAEDSBgCR0gYAqtIGAOTSBgD10gYAN9MGAEPTBgCK0wYAktMGAKxIDwDj0wYAMNQGADjUBgCD1AYAitQGANbUBgDb1AYAKdUGADXVBgB81QYAf9UGAM/VBgDX1QYAItYGAC/WBgB11gYAetYGAMjWBgDS1gYAG9cGACPXBgBu1wYAetcGAMHXBgDU1wYAFNgGACLYBgBn2AYAatgGALrYBgDE2AYA/0gPABDZBgBg2QYAaNkGALPZBgC22QYABtoGABLaBgBZ2gYAX9oGAKzaBgDH2gYA/9oGAAvbBgBS2wYAWNsGAKXbBgCt2wYA+NsGAAbcBgBL3AYATtwGAJ7cBgCm3AYA8dwGAPrcBgBE3QYAUd0GAJfdBgCZ3QYA6t0GAAXeBgA93gYAP94GAJDeBgCe3gYA494GAPTeBgA23wYAON8GAInfBgCi3wYA3N8GAO3fBgAv4AYAO+AGAILgBgCK4AYAUkkPANvgBgAo4QYAMOEGAHvhBgCC4QYAzuEGANPhBgAh4gYALeIGAHTiBgB34gYAx+IGAM/iBgAa4wYAJ+MGAG3jBgBy4wYAwOMGAMrjBgAT5AYAG+QGAGbkBgBy5AYAueQGAMzkBgAM5QYAGuUGAF/lBgBi5QYAsuUGALzlBgClSQ8ACOYGAFjmBgBk5gYAq+YGALHmBgD+5gYAGecGAFHnBgBd5wYApOcGAKrnBgD35wYA/+cGAEroBgBY6AYAnegGAKDoBgDw6AYA+OgGAEPpBgBM6QYAlukGAKPpBgDp6QYA6+kGADzqBgBX6gYAj+oGAJHqBgDi6gYA8OoGADXrBgBG6wYAiOsGAIrrBgDb6wYA9OsGAC7sBgA/7AYAgewGAI3sBgDU7AYA3OwGAPhJDwAt7QYAeu0GAILtBgDN7QYA1O0GACDuBgAl7gYAc+4GAH/uBgDG7gYAye4GABnvBgAh7wYAbO8GAHnvBgC/7wYAxO8GABLwBgAc8AYAZfAGAG3wBgC48AYAxPAGAAvxBgAe8QYAXvEGAGzxBgCx8QYAtPEGAATyBgAO8gYAS0oPAFnyBgCq8gYAXPIGAMT/BwBg8gYAlCMOAGPyBgAjRg0AZfIGAPpiCAC08gYAB50NALvyBgD98gYADvMGAFDzBgBe8wYAo/MGAL/zBgD28wYAEvQGAJ5KDwBX9AYAnPQGAKn0BgDv9AYABvUGAEL1BgBO9QYAlfUGAJv1BgDo9QYA7vUGADv2BgBA9gYAjvYGAJT2BgDxSg8A5vYGADT3BgA89wYAh/cGAIr3BgDa9wYA5vcGAC34BgAz+AYAgPgGAJv4BgDT+AYA3/gGACb5BgAs+QYAefkGAIH5BgDM+QYAzvkGAB/6BgA6+gYAcvoGAHT6BgDF+gYA0/oGABj7BgAp+wYAa/sGAG37BgC++wYA1/sGABH8BgAi/AYAZPwGAHD8BgDqSw8AzfwGAAr9BgAZ/QYAXf0GADP9BgA6AgcAX/0GALD9BgC//QYAA/4GAA7+BgBW/gYAYv4GAKn+BgCs/gYA/P4GALD+BgChCwcAxf4GAHgFBwAI/wYAT/8GAFX/BgCi/wYAvf8GAPX/BgABAAcASAAHAE4ABwCbAAcApwAHAO4ABwD0AAcAQQEHAEcBBwCUAQcAmQEHAOcBBwDtAQcAPUwPAD0CBwCNAgcAqQIHAOACBwDoAgcANk0PAD8DBwCGAwcAjAMHANkDBwD0AwcALAQHADgEBwB/BAcAhQQHANIEBwDaBAcAJQUHAEYFBwCJTQ8AgAUHANxNDwDQBQcAHgYHACsGBwBxBgcAfgYHAMQGBwDQBgcAFwcHACYHBwBqBwcAdAcHAL0HBwDFBwcAEAgHABoIBwBjCAcAcQgHALYIBwDMCAcACQkHABUJBwBcCQcAYQkHAK8JBwC4CQcAAgoHAAwKBwBVCgcAXQoHAKgKBwCyCgcA+woHAAALBwBOCwcAVgsHAC9ODwCtCwcA9AsHAAcMBwBHDAcAVgwHAJoMBwCmDAcA7QwHAO4MBwBADQcASg0HAJMNBwChDQcA5g0HAOsNBwA5DgcARg4HAIJODwCXDgcA3w4HAOsOBwAyDwcAOA8HAIUPBwCRDwcA2A8HAOAPBwB7Tw8ALhAHAH4QBwCGEAcA0RAHAN4QBwAkEQcAKREHAHcRBwB/EQcAyhEHAMwRBwAdEgcAOBIHAHASBwByEgcAwxIHANESBwAWEwcAJxMHAGkTBwBrEwcAvBMHANUTBwAPFAcAIBQHAGIUBwBuFAcAtRQHAL0UBwDOTw8ADRUHAFsVBwBoFQcArhUHALsVBwABFgcADRYHAFQWBwBjFgcApxYHALEWBwD6FgcACBcHAE0XBwBSFwcAoBcHAK0XBwDzFwcA+xcHAEYYBwBIGAcAmRgHAKMYBwDsGAcA9BgHACFQDwBKGQcAkhkHAKAZBwDlGQcA6BkHADgaBwBAGgcAixoHAKEaBwDeGgcA4xoHADEbBwBHGwcAhBsHAJAbBwDXGwcA5BsHACocBwA0HAcAdFAPAH8cBwDQHAcA3hwHACMdBwA0HQcAx1APAHwdBwDJHQcA1R0HABpRDwAeHgcAbx4HAHUeBwDCHgcA4h4HABUfBwAhHwcAaB8HAG8fBwC7HwcAwx8HAA4gBwAVIAcAYSAHAG0gBwC0IAcAtiAHAAchBwAOIQcAbVEPAF0hBwCtIQcAtSEHAAAiBwAQIgcAUyIHAFUiBwCmIgcAtCIHAPkiBwAKIwcAwFEPAFMjBwATUg8ArCMHAPIjBwD5IwcARSQHAE0kBwCYJAcApiQHAOskBwDuJAcAPiUHAEYlBwCRJQcAmCUHAOQlBwDyJQcANyYHADomBwCKJgcAjCYHAN0mBwD2JgcAMCcHAEEnBwCDJwcAjycHANYnBwDdJwcAKSgHADEoBwB8KAcAhSgHAM8oBwDcKAcAIikHACwpBwB1KQcAgykHAMgpBwDZKQcAGyoHACMqBwBuKgcAeCoHAMEqBwDPKgcAFCsHACorBwBnKwcAcysHALorBwDBKwcADSwHABUsBwBgLAcAZiwHALMsBwC/LAcABi0HABAtBwBZLQcAXy0HAKwtBwDALQcAuVIPAA0uBwBSLgcAay4HAKUuBwC7LgcA+C4HAAcvBwBLLwcAZS8HAJ4vBwChLwcAezQHAKkvBwBYOQcArS8HAPEvBwD2LwcARDAHAFEwBwCXMAcApDAHAOowBwD2MAcAPTEHAEwxBwCQMQcAmjEHAOMxBwDxMQcANjIHADsyBwCJMgcAljIHANwyBwDoMgcALzMHADUzBwCCMwcAiDMHANUzBwDaMwcAKDQHAC40BwAMUw8AhzQHAM40BwDUNAcAITUHADw1BwB0NQcAgDUHAMc1BwDNNQcAGjYHACE2BwBtNgcAcjYHAAw4BwB5NgcAwDYHAMI2BwATNwcAGjcHAGY3BwCCNwcAuTcHAME3BwAFVA8AEDgHAF84BwBsOAcAsjgHAM44BwAFOQcADTkHAFhUDwBdOQcAqzkHAK45BwD+OQcACDoHAFE6BwBiOgcApDoHAKk6BwD3OgcA/DoHAEo7BwBqOwcAnTsHAKY7BwDwOwcA8TsHAEM8BwBPPAcAljwHAJw8BwDpPAcA7zwHADw9BwBBPQcAjz0HAJU9BwCrVA8A4z0HADU+BwBBPgcAiD4HAJU+BwDbPgcA4z4HAC4/BwA3PwcAgT8HAI4/BwDUPwcA4j8HACdABwA6QAcAekAHAIJABwDNQAcA0EAHACBBBwAlQQcAc0EHAIJBBwDGQQcA5kEHABlCBwAlQgcAbEIHAHZCBwCkVQ8AyUIHABJDBwAUQwcAZUMHAG9DBwC4QwcAwUMHAAtEBwAORAcAXkQHAGZEBwCxRAcA5UQHAPdVDwAQRQcAV0UHAGZFBwCqRQcAykUHAP1FBwAJRgcAUEYHAFdGBwCjRgcAqEYHAPZGBwD3RgcASUcHAFVHBwCcRwcAokcHAO9HBwDxRwcAQkgHAExIBwCVSAcAo0gHAOhIBwDtSAcAO0kHAEhJBwCOSQcAmEkHAOFJBwDvSQcANEoHAEpKBwCHSgcAk0oHANpKBwDfSgcALUsHADZLBwCASwcAiksHANNLBwDfSwcAJkwHADlMBwB5TAcAiEwHAMxMBwDYTAcAH00HACBNBwByTQcAfE0HAMVNBwDTTQcAGE4HAB1OBwBrTgcAeE4HAEpWDwDMTgcAEU8HACdPBwBkTwcAcE8HALdPBwC+TwcAClAHABJQBwBdUAcAYlAHALBQBwC5UAcAA1EHAA1RBwBWUQcAXlEHAKlRBwCtUQcA/FEHAP5RBwBPUgcAXVIHAKJSBwCsUgcA9VIHAANTBwBIUwcAVVMHAJtTBwCyUwcA7lMHAPZTBwBBVAcAUVQHAJRUBwCZVAcA51QHAO1UBwA6VQcAQlUHAI1VBwCSVQcA4FUHAOFVBwAzVgcAP1YHAIZWBwCMVgcA2VYHANtWBwAsVwcANlcHAH9XBwCNVwcA0lcHANdXBwAlWAcAMlgHAENXDwB6WAcAy1gHANVYBwAeWQcALFkHAHFZBwB2WQcAxFkHANFZBwAXWgcAGVoHAFsHCQAhWgcAaloHAHhaBwC9WgcA01oHABBbBwAcWwcAY1sHAGhbBwC2WwcAv1sHAAlcBwATXAcAXFwHAGhcBwCvXAcAwlwHAAJdBwARXQcAVV0HAGFdBwCoXQcAqV0HAPtdBwAFXgcATl4HAFxeBwChXgcApl4HAPReBwABXwcAllcPAFBfBwCaXwcApF8HAO1fBwDvXwcAQGAHAEpgBwCTYAcAn2AHAOZgBwDuYAcAj1gPADphBwCMYQcAmGEHAN9hBwDlYQcAMmIHADRiBwCFYgcAj2IHANhiBwDmYgcAK2MHADBjBwB+YwcAi2MHANFjBwDZYwcAJGQHAC5kBwB3ZAcAhWQHAMpkBwDgZAcAHWUHACllBwBwZQcAd2UHAMNlBwDLZQcAFmYHABtmBwBpZgcAcmYHALxmBwDGZgcAD2cHACRnBwBiZwcAa2cHALVnBwDCZwcACGgHAApoBwBbaAcAdGgHAK5oBwC/aAcAAWkHAA1pBwBUaQcAXGkHAOJYDwCsaQcA+mkHAAJqBwBNagcAY2oHAKBqBwClagcA82oHAPpqBwBGawcAVGsHAJlrBwCpawcA7GsHAABsBwA/bAcAR2wHAJJsBwChbAcA5WwHAOpsBwA4bQcAQW0HAIttBwCYbQcA3m0HAOhtBwAxbgcAPW4HAIRuBwCKbgcANVkPAOVuBwAqbwcAQG8HAH1vBwCJbwcA0G8HANVvBwAjcAcALHAHAHZwBwCAcAcAyXAHANFwBwAccQcAIHEHAG9xBwBxcQcAwnEHANBxBwAVcgcAH3IHAGhyBwB2cgcAu3IHAMhyBwAOcwcAJXMHAGFzBwBpcwcAtHMHAMRzBwAHdAcADHQHAFp0BwBgdAcArXQHALV0BwAAdQcAG3UHAFN1BwBVdQcApnUHALd1BwD5dQcAAnYHAEx2BwBYdgcAiFkPAKR2BwDydgcA9XYHAEV3BwBPdwcAmHcHAJp3BwDrdwcABngHAD54BwBAeAcAkXgHAJ94BwDkeAcA9XgHADd5BwA5eQcAinkHAKN5BwDdeQcA7nkHADB6BwA8egcA21kPAKB6BwDWegcA53oHACl7BwBFewcAfHsHAIR7BwAuWg8A1HsHACJ8BwAqfAcAdXwHAIB8BwDIfAcAzXwHABt9BwAefQcAbn0HAHh9BwDBfQcAxH0HABR+BwAcfgcAZ34HAGl+BwC6fgcA1X4HAA1/BwAPfwcAYH8HAG5/BwCzfwcAxH8HAAaABwAIgAcAWYAHAHKABwCsgAcAvYAHAP+ABwALgQcAUoEHAFqBBwCBWg8AsoEHAPiBBwAAggcAS4IHAFWCBwCeggcAqYIHAPGCBwD9ggcARIMHAEyDBwDUWg8AnIMHAOqDBwDvgwcAPYQHAE6EBwAnWw8AnYQHAOOEBwDlhAcANoUHAE+FBwCJhQcAmoUHANyFBwDohQcAL4YHADeGBwB6Ww8Ah4YHANWGBwDdhgcAKIcHADeHBwB7hwcAgYcHAM6HBwDahwcAIYgHACOIBwB0iAcAfogHAMeIBwDTiAcAGokHACKJBwDNWw8AeYkHAMCJBwDDiQcAE4oHABaKBwBmigcAdIoHALmKBwC+igcADIsHABmLBwAgXA8AcIsHALKLBwC6iwcABYwHAL+LBwAZlQcAEIwHAFiMBwBdjAcAq4wHAK6MBwD+jAcACI0HAFGNBwB0jQcApI0HAKeNBwD3jQcAG44HAEqOBwBSjgcAc1wPAKOOBwDwjgcA/o4HAEOPBwBPjwcAlo8HAJ2PBwDpjwcA8Y8HADyQBwBMkAcAj5AHAJSQBwDikAcA6JAHADWRBwA9kQcAiJEHAKWRBwDbkQcA5JEHAC6SBwA6kgcAgZIHAIeSBwDUkgcA6JIHACeTBwAvkwcAepMHAIqTBwDNkwcAz5MHACCUBwAulAcAc5QHAISUBwDGXA8AzZQHABldDwAelQcAbJUHAHOVBwC/lQcAy5UHABKWBwAVlgcAZZYHAHWWBwC4lgcAupYHAAuXBwAZlwcAXpcHAG+XBwBsXQ8AuJcHAL9dDwAXmAcAV5gHAGaYBwCqmAcAtpgHAP2YBwD+mAcAUJkHAFqZBwCjmQcAsZkHAPaZBwD7mQcASZoHAFaaBwASXg8AoZoHAO+aBwD4mgcAQpsHAFObBwCVmwcAnJsHAOibBwDwmwcAO5wHAEicBwCOnAcAk5wHAOGcBwDrnAcANJ0HADydBwCHnQcAjZ0HANqdBwDmnQcALZ4HAC+eBwCAngcAj54HANOeBwDengcAJp8HAC6fBwB5nwcAe58HAMyfBwDZnwcAH6AHADOgBwByoAcAeqAHAMWgBwDUoAcAGKEHAB2hBwBroQcAeKEHAL6hBwDIoQcAEaIHABOiBwBkogcAc6IHALeiBwDBogcACqMHABKjBwBdowcAXqMHALCjBwC1owcAA6QHABGkBwBWpAcAY6QHAKmkBwCzpAcAC18PAP+kBwBPpQcAW6UHADm0BwBrpQcAoqUHAKqlBwBeXw8A+qUHAEimBwBQpgcAm6YHAJ6mBwDupgcA+qYHAEGnBwBHpwcAlKcHAK+nBwDnpwcA86cHADqoBwBAqAcAjagHAJCoBwDgqAcA6KgHADOpBwA1qQcAhqkHAKGpBwDZqQcA26kHACyqBwA6qgcAf6oHAJCqBwDSqgcA1KoHACWrBwA+qwcAeKsHAImrBwDLqwcA16sHAB6sBwAmrAcAsV8PAHasBwDErAcAyqwHABetBwAfrQcAaq0HAHmtBwC9rQcAwq0HABCuBwAdrgcAY64HAHCuBwC2rgcAwq4HAAmvBwAYrwcAXK8HAGavBwCvrwcAva8HAAKwBwAHsAcAVbAHAGKwBwAEYA8AtLAHAPuwBwABsQcATrEHAGmxBwChsQcArbEHAPSxBwD6sQcAR7IHAEqyBwCasgcAprIHAO2yBwDzsgcAQLMHAEazBwCTswcAmLMHAOazBwDsswcAV2APAD+0BwCMtAcAkrQHAN+0BwDktAcAMrUHADi1BwCqYA8AirUHANi1BwDltQcAK7YHADi2BwB+tgcAirYHANG2BwDgtgcAJLcHAC63BwB3twcAhbcHAMq3BwDPtwcAHbgHACq4BwBwuAcAiLgHAMO4BwDJuAcAFrkHACK5BwBpuQcAebkHALy5BwDFuQcAD7oHABK6BwBiugcAbroHALW6BwC8ugcAo2EPAAq7BwBbuwcAZbsHAK67BwCxuwcAAbwHAAm8BwBUvAcAV7wHAKe8BwCzvAcA+rwHAAC9BwBNvQcAaL0HAKC9BwCsvQcA870HAPm9BwD2YQ8AZr4HAJm+BwCkvgcA7L4HAPG+BwA/vwcASL8HAJK/BwCVvwcA5b8HAPG/BwA4wAcARMAHAJjKBwBQwAcAi8AHAJLABwDewAcA5MAHADHBBwA/wQcAhMEHAJ/BBwDXwQcA48EHACrCBwAwwgcAfcIHAJfCBwDQwgcA3MIHACPDBwApwwcAdsMHAHzDBwDJwwcAzsMHABzEBwAixAcASWIPAHzEBwDCxAcAzsQHABXFBwAfxQcAaMUHAGzFBwC7xQcAwMUHAA7GBwAUxgcAYcYHAIHGBwC0xgcAwMYHAAfHBwANxwcAWscHAGDHBwCtxwcAsscHAADIBwAGyAcA72IPAFjIBwCmyAcArcgHAPnIBwAFyQcATMkHAGjJBwCfyQcAp8kHAOhjDwApygcARcoHAGvKBwA7ZA8Aq8oHAOvKBwD6ygcAPssHAErLBwCRywcAkssHAOTLBwDuywcAN8wHAEXMBwCKzAcAj8wHAN3MBwDqzAcAjmQPADjNBwCHZQ8AiM0HANbNBwDjzQcAKc4HADbOBwB8zgcAiM4HAM/OBwDezgcAIs8HACzPBwB1zwcAg88HAMjPBwDNzwcAG9AHACjQBwBu0AcAdtAHAMHQBwDH0AcAFNEHACDRBwBn0QcAd9EHALrRBwDD0QcADdIHABDSBwBg0gcAbNIHALPSBwC60gcA2mUPABHTBwBZ0wcAZdMHAKzTBwC00wcALWYPAAzUBwBS1AcAWdQHAKXUBwCm1AcA+NQHAP3UBwBL1QcAWdUHAJ7VBwCr1QcA8dUHAPvVBwBE1gcATNYHAJfWBwCg1gcA6tYHAPDWBwA91wcATtcHAJDXBwCs1wcA49cHAOvXBwCAZg8AQdgHAInYBwCT2AcA3NgHAObYBwAv2QcAMNkHANNmDwCH2QcA1dkHAOLZBwAo2gcANdoHAHvaBwCH2gcAztoHAN3aBwAh2wcAK9sHAHTbBwB82wcAx9sHANHbBwAa3AcAH9wHAG3cBwB13AcAJmcPAMvcBwAT3QcAH90HAGbdBwBu3QcAeWcPAL7dBwAM3gcAG94HAF/eBwB/3gcAst4HAL7eBwAF3wcAC98HAFjfBwBg3wcAq98HALLfBwD+3wcAAOAHAFHgBwBd4AcApOAHALrgBwD34AcA/OAHAErhBwBX4QcAzGcPAKLhBwDw4QcA/+EHAEPiBwBj4gcAluIHAKLiBwDp4gcA7+IHADzjBwBE4wcAj+MHAJbjBwDi4wcA5OMHADXkBwBB5AcAiOQHAJ7kBwDb5AcA4OQHAC7lBwA75QcAgeUHAInlBwDU5QcA2uUHACfmBwAw5gcAeuYHAIfmBwDN5gcA2uYHACDnBwAu5wcAc+cHAIDnBwDG5wcA3ecHABnoBwBH6AcAH2gPAHLoBwC/6AcAeegHAP9WDQDV6AcAEukHACDpBwBl6QcAaOkHALjpBwC76QcAC+oHABnqBwBe6gcAY+oHALHqBwC+6gcABOsHAAzrBwBX6wcAXusHAKrrBwC26wcA/esHAArsBwBQ7AcAXuwHAKPsBwCv7AcA9uwHAP3sBwBJ7QcAUe0HAJztBwCg7QcA7+0HAPrtBwBC7gcAUO4HAJXuBwCm7gcA6O4HAPTuBwA77wcAQ+8HAHJoDwCU7wcA4e8HAPXvBwA08AcAQvAHAIfwBwCU8AcA2vAHAPHwBwAt8QcANfEHAIDxBwCK8QcA0/EHANjxBwAm8gcALvIHAHnyBwCI8gcAzPIHANHyBwAf8wcALPMHAHLzBwB/8wcAxfMHANHzBwAY9AcAJ/QHAGv0BwB19AcAvvQHAMb0BwAR9QcAG/UHAGT1BwBp9QcAt/UHAL/1BwDFaA8AFfYHAF32BwBp9gcAsPYHALj2BwAYaQ8ACPcHAFb3BwBl9wcAqfcHAMn3BwD89wcACPgHAE/4BwBV+AcAovgHAKr4BwD1+AcA/PgHAEj5BwBK+QcAm/kHAKf5BwDu+QcABPoHAEH6BwBG+gcAlPoHAKH6BwBraQ8A8PoHADr7BwBA+wcAjfsHAJv7BwDg+wcA7fsHADP8BwBK/AcAhvwHAI78BwDZ/AcA6PwHACz9BwAx/QcAf/0HAIz9BwDS/QcA3/0HACX+BwAx/gcAeP4HAIf+BwDL/gcA1f4HAB7/BwA6/wcAcf8HAHn/BwC+aQ8A0f8HAK3+CwDT/wcAFwAIACEACAC/cgwANwAIAGoACAB2AAgAvQAIAMMACAAQAQgAGAEIAEJBCAAcAQgAYwEIACoBCADcKwgAdgEIALYBCADFAQgACQIIABUCCABcAggAXQIIAK8CCAC5AggAAgMIABADCABVAwgAWgMIAKgDCAC1AwgAEWoPAAEECABOBAgAVAQIAKEECACmBAgA9AQIAPoECAAKaw8AUgUIAJoFCACoBQgA7QUIAP4FCABABggATAYIAJMGCACbBggAsGsPAPIGCAA5BwgAQwcIAIwHCACbBwgA3wcIAOoHCAAyCAgAQAgIAIUICACSCAgA2AgIAO8ICAArCQgAMwkIAH4JCACBCQgA0QkIAN0JCAAkCggAKgoIAHcKCACSCggAygoIANYKCAAdCwgAIwsIAHALCAB4CwgAwwsIAMULCAAWDAgAFwwIAGkMCAB3DAgAvAwIAMQMCAAPDQgAKg0IAGINCABuDQgAtQ0IALsNCAAIDggACw4IAFsOCABpDggArg4IALMOCAABDwgADg8IAANsDwBhDwgA1G8MAGUPCACnDwgAZw8IAAvHDACzDwgA+g8IAAcQCABNEAgAUhAIAKAQCACqEAgA8xAIAAMRCABGEQgASxEIAJkRCACiEQgA7BEIAPkRCAA/EggARhIIAJISCACeEggA5RIIAOsSCAA4EwgAPhMIAIsTCACQEwgA3hMIAOQTCABWbA8APRQIAIQUCACKFAgA1xQIAN0UCAAqFQgANxUIAH0VCACCFQgA0BUIANgVCAAjFggAWBYIAHYWCACmFggAyRYIANEWCAAcFwgAKRcIAG8XCAB0FwgAwhcIAMoXCAAVGAgAGBgIAGgYCABxGAgAuxgIAMoYCAAOGQgAGRkIAGEZCABpGQgAtBkIAMQZCAAHGggAFRoIAFoaCABrGggArRoIALkaCAAAGwgACBsIAE9tDwBZGwgAphsIAK4bCAD5GwgAABwIAEwcCABaHAgAnxwIAKUcCADyHAgA/hwIAEUdCABUHQgAmB0IAKIdCADrHQgA8B0IAD4eCABEHggAkR4IAKUeCACibQ8A8R4IADcfCADzHggAvF8IADwfCACKHwgAlh8IAN0fCADqHwgAMCAIADogCAD1bQ8AniAIANYgCADYIAgAKSEIAC8hCAB8IQgAsiEIAM8hCADVIQgAIiIIACsiCAB1IggAgiIIAMgiCAD+IggAGyMIACIjCABuIwgAcyMIAMEjCADQIwgAFCQIADQkCABnJAgAcyQIALokCADAJAgADSUIACclCABgJQgAYyUIALMlCAC4JQgABiYIABUmCABZJggAeSYIAJtuDwDMJggA/yYIAAsnCABSJwgAXCcIAKUnCACxJwgAGtUIALInCAD4JwgA/ScIAEsoCABVKAgAnigIAK4oCADxKAgA9igIAEQpCABNKQgAlykIAKQpCADqKQgA8SkIAD0qCABJKggAkCoIAJYqCADjKggA6SoIADYrCAA7KwgAiSsIAI8rCADubg8A3ysIAC8sCAA0LAgAgiwIAJEsCADVLAgA9SwIAJRvDwA2LQgAey0IAIgtCADOLQgA1S0IACEuCAApLggAdC4IAHYuCADHLggAey4IAPi/CgCLLggAnIUKAM0uCAA/qgoAzy4IABovCAAeLwgA4jYIADAvCAACSAoANS8IAG0vCABvLwgAwC8IANEvCAATMAgAITAIAGYwCABtMAgAuTAIAMEwCAAMMQgAEzEIAF8xCABkMQgAsjEIAMExCAAFMggAJTIIAFgyCABkMggAqzIIALEyCAD+MggABjMIAFEzCABdMwgApDMIALEzCAD3MwgAEjQIAEo0CABYNAgAnTQIAKM0CADwNAgA9TQIAEM1CABQNQgAljUIAKw1CADpNQgA9TUIADw2CABJNggAjzYIAJk2CADnbw8A5zYIADU3CAA7NwgAiDcIAKg3CADbNwgA6TcIAC44CAA7OAgAgTgIAJg4CADUOAgA3DgIACc5CAA2OQgAejkIAH85CADNOQgA2jkIACA6CAAqOggAczoIAHU6CADGOggA1DoIABk7CAAmOwgAbDsIAHg7CAC/OwgAxTsIABI8CAAaPAgAZTwIAGs8CAC4PAgAwTwIAAs9CAAYPQgAXj0IAGg9CACxPQgAvz0IAAQ+CAAaPggAVz4IAGM+CACqPggAsj4IADpwDwAHPwgAUD8IAFY/CACjPwgApT8IAPY/CAAAQAgASUAIAFVACACcQAgAs0AIAO9ACAADQQgAjXAPAFBBCACVQQgAmEEIAOhBCADwQQgAO0IIAEdCCACOQggAnEIIAOFCCADrQggANEMIAD9DCACHQwgAk0MIANpDCADgQwgALUQIADVECACARAgAjUQIANNECADYRAgAJkUIADBFCAB5RQgAgUUIAMxFCADSRQgAH0YIAChGCAByRggAf0YIAMVGCADSRggAGEcIACZHCABrRwgAeEcIAL5HCADVRwgAEUgIABlICABkSAgAaUgIALdICAC9SAgACkkIABJJCABdSQgAc0kIALBJCAC+SQgAA0oIAAZKCABWSggAZUoIAKlKCACuSggA/EoIAAlLCABPSwgAX0sIAKJLCACwSwgA9UsIAAxMCABITAgAUUwIAJtMCAChTAgA7kwIAPpMCABBTQgASE0IAOBwDwCgTQgA500IAOlNCAA6TggARE4IAI1OCACZTggA4E4IAOhOCAAzcQ8AOE8IAIZPCACVTwgA2U8IAPlPCAAsUAgAOFAIAH9QCACFUAgA0lAIANpQCAAlUQgAJlEIAHhRCAB+UQgAy1EIANBRCAAeUggAOVIIAHFSCAB/UggAxFIIAMtSCAAXUwgAI1MIAGpTCABwUwgAhnEPAMJTCAAQVAgAGlQIAGNUCAB0VAgAtlQIAMJUCAAJVQgADFUIAFxVCABfVQgAr1UIALdVCAACVggACVYIAFVWCABaVggAqFYIALdWCAD7VggAG1cIAE5XCABaVwgAoVcIAKdXCAD0VwgA/FcIAEdYCABUWAgAmlgIAJ9YCADtWAgA91gIAEBZCABIWQgAk1kIAKNZCADmWQgA61kIADlaCABCWggAjFoIAJlaCADfWggA5loIANlxDwA3WwgAhVsIAJRbCADYWwgA+FsIACtcCAA3XAgAflwIAIRcCADRXAgA2VwIACRdCAAwXQgAd10IAIRdCADKXQgA0V0IAB1eCAAeXggAcF4IAHVeCADDXggA0V4IABZfCAAjXwgAaV8IAHNfCAAscg8AwV8IAA9gCAAcYAgAYmAIAG9gCAC1YAgAu2AIAAhhCAAUYQgAW2EIAGthCACuYQgAt2EIAAFiCAAEYggAVGIIAGBiCACnYggArmIIAH9yDwD8YggATWMIAAFjCADvfgsACmMIACDLCwBeYwgAoGMIAKhjCADzYwgA/WMIAEZkCABVZAgAmWQIAJpkCADsZAgA9GQIACVzDwBHZQgAeHMPALBlCADlZQgAtWUIAMp/DwC6ZQgAUYYIAO1lCAA4ZggAR2YIAItmCACQZggA3mYIAOtmCAAxZwgAPmcIAIRnCACQZwgA12cIAOZnCAAqaAgANGgIAH1oCACgaAgA0GgIAAVpCAAjaQgAR2kIAHZpCAB+aQgAxHQPAM5pCAAcaggAImoIAG9qCAB3aggAF3UPANBqCAAVawgAMGsIAGhrCAB0awgAu2sIAMxrCAAObAgAImwIAGFsCABpbAgAtGwIALpsCAAHbQgAE20IAFptCABqbQgArW0IALZtCAAAbggAA24IAFNuCABfbggApm4IAK1uCABqdQ8AB28IAExvCABWbwgAvXUPAKRvCADybwgA/28IAEVwCABScAgAmHAIAKRwCADrcAgA+nAIAD5xCABIcQgAkXEIAJ9xCADkcQgA6XEIADdyCABEcggAinIIAJJyCADdcggA43IIADBzCAA8cwgAg3MIAJNzCADWcwgA33MIACl0CAAsdAgAfHQIAIh0CADPdAgA1nQIABB2DwAxdQgAdXUIAHp1CADIdQgA1XUIABt2CAAodggAbnYIAHR2CADBdggAzXYIABR3CAAkdwgAZ3cIAHB3CAC6dwgAvXcIAA14CAAZeAgAYHgIAGd4CABjdg8AuHgIAAZ5CAATeQgAWXkIAHd5CACseQgAuHkIAP95CAASeggAUnoIAGB6CACleggAqHoIAPh6CAACewgAS3sIAFl7CACeewgAq3sIAPF7CAAIfAgARHwIAEx8CACXfAgAnnwIAOp8CADvfAgAPX0IAFN9CACQfQgAkn0IAON9CADxfQgANn4IAEN+CAC2dg8AkX4IAAl3DwDhfggAL38IADx/CACCfwgAj38IANV/CADhfwgAKIAIADeACAB7gAgAhYAIAM6ACADcgAgAIYEIACaBCAB0gQgAgYEIAMeBCADPgQgAGoIIACCCCABtgggAeYIIAMCCCADQgggAE4MIAByDCABmgwgAaYMIALmDCADFgwgADIQIABOECABcdw8Aa4QIALKECADChAgABYUIAMiECAC7TwwADoUIAFiFCABbhQgAq4UIALeFCAD+hQgABYYIAK93DwBahggAj4kIAFuGCACkhggAs4YIAPeGCAC1hggAQ4gIAPiGCABKhwgAZocIAJ2HCADThwgA8IcIACaICAACeA8ARogIAJaICACyiAgA6YgIAB+JCAA8iQgAcokIAFV4DwCciQgA4okIAPCJCAA1iggASIoIAIiKCACkiggA24oIABGLCAAuiwgAZIsIAKh4DwCSiwgA1IsIAOCLCAAnjAgAL4wIAPt4DwB/jAgAzYwIANWMCAAgjQgAL40IAHONCAB4jQgAxo0IANONCAAZjggAJo4IAGyOCAB4jggAv44IAM6OCAASjwgAHI8IAGWPCABtjwgAuI8IAMKPCAALkAgAEJAIAF6QCABmkAgATnkPAMCQCAAEkQgAwpAIAFCSCAAFkQgAV5EIAHORCACqkQgA4JEIAP2RCAAzkggAoXkPAFOSCACjkggAv5IIAPaSCAAskwgASZMIAH+TCAD0eQ8An5MIAO+TCAAAlAgAQpQIAF6UCACVlAgAy5QIAOiUCAAelQgAR3oPAEiVCACOlQgAmpUIAOGVCADwlQgANJYIAD6WCACHlggAlZYIANqWCADflggALZcIADqXCACAlwgAiJcIANOXCADZlwgAJpgIAOOXCADE+AgAMpgIAHmYCACJmAgAzJgIANWYCAAfmQgAIpkIAHKZCAB+mQgAxZkIAMyZCACaeg8AHZoIAH5HCwAimggAa5oIACSaCAAD4goAdZoIAL6aCAC/mggAEZsIACCbCABkmwgAaZsIALebCADEmwgACpwIABecCABdnAgAaZwIALCcCAC/nAgAA50IAA2dCABWnQgAZJ0IAKmdCACunQgA/J0IAAmeCABPnggAUJ4IAKKeCACnnggA9Z4IAPqeCABInwgAWZ8IAJufCAC+nwgA7p8IAPmfCABBoAgARqAIAJSgCACXoAgA56AIAPGgCAA6oQgAZaEIAI2hCACsoQgA7XoPAOyhCAAzoggANaIIAIaiCACVoggA2aIIAOSiCAAsowgANKMIAH+jCACGowgA0qMIANSjCAAlpAgAL6QIAHikCAB6pAgAy6QIAOSkCAAepQgAIKUIAHGlCAB0pQgAxKUIANClCAAXpggAH6YIAEB7DwB2pggAvaYIAMOmCAAQpwgAK6cIAGOnCABvpwgAtqcIALynCAAJqAgAEagIAFyoCABeqAgAr6gIALmoCAACqQgACqkIAJN7DwBmqQgAqKkIAK+pCAD7qQgAA6oIAE6qCABbqggAoaoIAKaqCAD0qggA/qoIAEerCABPqwgAmqsIAKmrCADtqwgA8qsIAECsCABNrAgAk6wIAKCsCADmrAgA8qwIADmtCABIrQgAjK0IAJatCADfrQgA560IADKuCAA8rggAha4IAIquCADYrggA4K4IAOZ7DwA3rwgAfq8IAI6vCADRrwgA2q8IACSwCAAnsAgAd7AIAIOwCADKsAgA0bAIADl8DwAjsQgAcLEIAHaxCADDsQgAyLEIABayCAAcsggAjHwPAG+yCAC8sggAwrIIAA+zCAAUswgAngUNAByzCABiswgAZ7MIALWzCAC9swgACLQIADq0CAB9uwgAP7QIAFu0CACStAgArrQIAOW0CAABtQgAMbUIAFS1CABctQgAp7UIALa1CAD6tQgA/7UIAE22CABatggAoLYIAK22CADztggA/7YIAEa3CABVtwgAmbcIAKO3CADstwgA+rcIAD+4CABEuAgAkrgIAJ+4CADluAgA7bgIADi5CAA+uQgAi7kIAJe5CADeuQgA7rkIADG6CAA6uggAhLoIAIe6CADXuggA47oIACq7CAAxuwgA33wPALS7CADQuwgAALwIACO8CAArvAgAdrwIAIW8CADJvAgAzrwIABy9CAApvQgAb70IAHy9CADCvQgAzr0IABW+CAAkvggAaL4IAHK+CAC7vggAyb4IAA6/CAATvwgAYb8IAG6/CAC0vwgAvL8IAAfACAANwAgAWsAIAGbACACtwAgAvcAIAADBCAAJwQgAU8EIAFbBCACmwQgAssEIAPnBCAAAwggAMn0PAE7CCADbFA0AWsIIAJ/CCACswggA8sIIAP7CCABFwwgAS8MIAJjDCACewwgA68MIAPDDCAA+xAgARMQIAIV9DwC3xAgA5MQIAArFCAA3xQgAacUIAIrFCADBxQgA3cUIAA3GCAArfg8APMYIAIPGCAA+xggAgdcJAI3GCADWxggA8MYIACnHCAA4xwgAfMcIAIHHCADPxwgA3McIACLICAAvyAgAdcgIAIHICADIyAgA18gIABvJCAAlyQgAbskIAHrJCADByQgA1MkIABTKCAAjyggAZ8oIAHPKCAC6yggAu8oIAA3LCAAXywgAYMsIAG7LCACzywgAuMsIAAbMCAATzAgAfn4PAF7MCACszAgAucwIAP/MCAAMzQgAUs0IAF7NCAClzQgAtM0IAPjNCAACzggAS84IAFnOCACezggAo84IAPHOCAD+zggARM8IAEzPCACXzwgAnc8IAOrPCAD2zwgAPdAIAE3QCACQ0AgAmdAIAOPQCADm0AgANtEIAELRCACJ0QgAkNEIAHd/DwDf0QgAL9IIADfSCACC0ggAjtIIANXSCADb0ggAKNMIAC7TCAB70wgAgNMIAM7TCADU0wgAHYAPAFjUCAB01AgAq9QIAMfUCADr1AgAw4APACDVCACG7gkALdUIAG3VCAB81QgAwNUIAMzVCAAT1ggAFNYIAGbWCABw1ggAudYIAMfWCAAM1wgAEdcIAF/XCABs1wgAFoEPANXXCABpgQ8APNgIAFjYCACP2AgAq9gIAM/YCAC8gQ8ADNkIAFHZCABW2QgApNkIALHZCAD32QgA/9kIAEraCABQ2ggAndoIAKnaCADw2ggAANsIAEPbCABM2wgAltsIAJnbCADp2wgAIdwIADzcCABI3AgAD4IPAJXcCADi3AgA+9wIADXdCABD3QgAiN0IAJXdCADb3QgA4t0IAC7eCAA33ggAgd4IAI7eCADU3ggA694IACffCAAq3wgAet8IAHzfCADN3wgA1t8IACDgCAAw4AgAc+AIAIzgCADG4AgAyOAIABnhCAAi4QgAbOEIAHThCAC/4QgAweEIABLiCAAr4ggAZeIIAHziCAC44ggAxOIIAAvjCAAc4wgAXuMIAGrjCACx4wgAvOMIAATkCAAR5AgAV+QIAGHkCABigg8AveQIAP3kCAAL5QgAUOUIADflCABr7QgAieUIAKPlCACw5QgA9uUIAP7lCABJ5ggAT+YIAJzmCACo5ggA7+YIAPrmCABC5wgAS+cIAJXnCACY5wgA6OcIAOrnCAA76AgAQugIAI7oCACQ6AgAtYIPAOToCAA06QgAQukIAIfpCACM6QgA2ukIAOfpCAAt6ggAOeoIAIDqCACI6ggACIMPAOHqCAAm6wgANusIAHnrCACH6wgAzOsIANXrCAAf7AgAKewIAHLsCAB07AgAxewIAM/sCAAY7QgAGu0IAFuDDwBw7QgAvu0IAMbtCAAR7ggAF+4IAGTuCABw7ggAt+4IAMbuCAAK7wgAE+8IAF3vCABg7wgAsO8IALLvCAAD8AgACvAIAFbwCABY8AgAroMPAK7wCAD88AgAGPEIAE/xCABr8QgAAYQPAK/xCAC0CwoAsfEIAPXxCAD68QgASPIIAFXyCACb8ggAqPIIAO7yCAD08ggAQfMIAE3zCACU8wgApPMIAOfzCADw8wgAOvQIAD30CACN9AgAmfQIAOD0CADn9AgAVIQPAEL1CACG9QgAi/UIANn1CADm9QgALPYIADn2CAB/9ggAhfYIANL2CADe9ggAJfcIADX3CAB49wgAgfcIAMv3CADO9wgAHvgIACr4CABx+AgAePgIAKeEDwDG+AgAF/kIACX5CABq+QgAe/kIAPqEDwDE+QgATYUPABj6CACghQ8AaPoIALb6CADD+ggACfsIABb7CABc+wgAaPsIAK/7CAC++wgAAvwIAAz8CABV/AgAY/wIAKj8CACt/AgA+/wIAAj9CABO/QgAVv0IAKH9CACn/QgA9P0IAAD+CABH/ggAV/4IAJr+CACj/ggA7f4IAPD+CABA/wgATP8IAJP/CACa/wgA84UPAOv/CAA5AAkAQQAJAIwACQCPAAkA3wAJAOgACQAyAQkAQQEJAIUBCQCQAQkA2AEJAOABCQArAgkAOwIJAH4CCQCMAgkA0QIJAOICCQAkAwkAMAMJAHcDCQB/AwkARoYPANADCQAdBAkAJQQJAHAECQB3BAkAwwQJANEECQAWBQkAHAUJAGkFCQB1BQkAvAUJAMsFCQAPBgkAGQYJAGIGCQBnBgkAtQYJALsGCQAIBwkAHAcJAJmGDwBsBwkArgcJALoHCQABCAkABwgJAFQICQBaCAkApwgJAKwICQD6CAkAAAkJAOyGDwBSCQkAoAkJALEJCQDzCQkA+wkJAEYKCQD/CQkA2zAJAAEKCQDllQ0AUAoJAJkKCQCnCgkA7AoJAAILCQA/CwkASwsJAJILCQCZCwkA5QsJAO0LCQA4DAkAPQwJAIsMCQCUDAkA3gwJAOgMCQAxDQkAOQ0JAIQNCQCIDQkA1w0JAOINCQAqDgkAOA4JAH0OCQCODgkA0A4JANwOCQAjDwkAKw8JAD+HDwB4DwkAyQ8JANcPCQAcEAkAJhAJAG8QCQB9EAkAwhAJAM8QCQAVEQkALBEJAGgRCQBwEQkAuxEJAMsRCQAOEgkAExIJAGESCQBnEgkAtBIJALwSCQAHEwkACRMJAFoTCQBnEwkArRMJALUTCQAAFAkABRQJAFMUCQBUFAkAphQJALIUCQD5FAkABhUJAEwVCQBUFQkAnxUJAK4VCQDyFQkA9xUJAEUWCQBSFgkAmBYJAKUWCQDrFgkA9xYJAD4XCQBNFwkAkRcJAJsXCQDkFwkA8hcJADcYCQA8GAkAihgJAJcYCQCShw8A4BgJADAZCQA4GQkAgxkJAJAZCQDWGQkA2xkJACkaCQAzGgkAfBoJAIQaCQDPGgkA0RoJACIbCQA9GwkAdRsJAHcbCQDIGwkA1hsJABscCQAsHAkAbhwJAHAcCQDBHAkA2hwJABQdCQAlHQkAZx0JAHMdCQC6HQkAzx0JAA0eCQAVHgkAYB4JAGYeCQCzHgkAvx4JAAYfCQAjHwkAWR8JAGIfCQCsHwkAuB8JAP8fCQACIAkAUiAJAFwgCQClIAkArSAJAPggCQACIQkASyEJAFkhCQCeIQkAtCEJAPEhCQD9IQkARCIJAEsiCQCXIgkAnyIJAOoiCQDvIgkAPSMJAEYjCQCQIwkAmiMJAOMjCQDrIwkANiQJADgkCQCJJAkAmSQJANwkCQDmJAkALyUJADslCQCCJQkAiCUJANUlCQDdJQkA5YcPADQmCQB7JgkAjiYJAM4mCQDqJgkAIScJACknCQA4iA8AgicJAMcnCQDdJwkAGigJACYoCQBtKAkAcigJAMAoCQDJKAkAEykJAB0pCQBmKQkAbikJALkpCQC7KQkADCoJABsqCQBfKgkAfCoJALIqCQC7KgkABSsJABMrCQBYKwkAXisJAKsrCQC5KwkA/isJAAssCQBRLAkAaCwJAKQsCQCsLAkA9ywJAPksCQBKLQkAUi0JAJ0tCQCsLQkA8C0JAPUtCQBDLgkAUC4JAJYuCQCjLgkA6S4JAPUuCQA8LwkASy8JAI8vCQCZLwkA4i8JAPAvCQA1MAkAOjAJAIgwCQCVMAkAi4gPAOEwCQAuMQkANDEJAIExCQCGMQkA1DEJANoxCQDeiA8ANTIJAHoyCQCQMgkAzTIJANkyCQAgMwkAJTMJAHMzCQB8MwkAxjMJANAzCQAZNAkAPDQJAGw0CQBwNAkAvzQJAHs0CQALNgkAwTQJABI1CQAgNQkAZTUJAG81CQC4NQkA3DUJANeJDwARNgkAXjYJAGo2CQCxNgkAszYJAAQ3CQAONwkAVzcJAGM3CQCqNwkAzjcJACqKDwABOAkAUDgJAAw4CQCcOQkAUjgJAKM4CQCxOAkA9jgJAAA5CQBJOQkAbTkJAH2KDwCiOQkA7zkJAPs5CQBCOgkARDoJAJU6CQCfOgkA6DoJAPQ6CQA7OwkAXzsJANCKDwCrOwkA4TsJAOo7CQA0PAkAQjwJAIc8CQCNPAkA2jwJAOY8CQAtPQkANT0JACOLDwCHPQkA0z0JAOw9CQAmPgkANT4JAHk+CQCBPgkAzD4JANs+CQAfPwkAJD8JAHI/CQB/PwkAxT8JANI/CQAYQAkAJEAJAGtACQB6QAkAvkAJAMhACQARQQkAH0EJAGRBCQBpQQkAt0EJAMRBCQB2iw8AC0IJADiyCQAjQgkAXUIJAGdCCQCwQgkAskIJAANDCQARQwkAVkMJAGNDCQCpQwkAsUMJAPxDCQAlRAkAT0QJAFZECQCiRAkAu0QJAPVECQAERQkASEUJAFBFCQCbRQkAqkUJAO5FCQDzRQkAQUYJAE5GCQCURgkAoUYJAOdGCQDzRgkAOkcJAElHCQCNRwkAl0cJAOBHCQDuRwkAM0gJADhICQCGSAkAk0gJAMmLDwDeSAkAW0wLAOVICQAsSQkAAUkJAJE5EAA/SQkAf0kJAI5JCQDSSQkA3kkJACVKCQAxSgkAeEoJAH9KCQDLSgkA10oJAB5LCQAlSwkAcUsJAHlLCQDESwkAyEsJABdMCQAiTAkAakwJAHZMCQC9TAkAykwJABBNCQAYTQkAY00JAG1NCQC2TQkAvE0JAAlOCQAdTgkAXE4JAGpOCQCvTgkAvE4JAAJPCQAZTwkAVU8JAF1PCQCoTwkAsk8JAPtPCQAAUAkATlAJAFZQCQChUAkAsFAJAPRQCQD5UAkAR1EJAFRRCQCaUQkAp1EJAO1RCQD5UQkAQFIJAE9SCQCTUgkAnVIJAByMDwDuUgkAOVMJAEhTCQCMUwkAkVMJAN9TCQDoUwkAMlQJAENUCQCFVAkAjFQJANhUCQDgVAkAK1UJADhVCQB+VQkAg1UJANFVCQDbVQkAJFYJACxWCQB3VgkAkFYJAMpWCQDWVgkAHVcJACVXCQBvjA8Af1cJAMNXCQDgVwkAFlgJAB9YCQBpWAkAd1gJALxYCQDCWAkAD1kJABtZCQBiWQkAaVkJALVZCQC9WQkACFoJABhaCQBbWgkAYVoJAK5aCQCzWgkAAVsJABdbCQBUWwkAXFsJAKdbCQCxWwkA+lsJAAVcCQBNXAkAWVwJAKBcCQCoXAkAwowPAABdCQBGXQkATV0JAJldCQClXQkA7F0JAPJdCQA/XgkAUF4JAJJeCQCmXgkA5V4JAPNeCQA4XwkARV8JAItfCQCiXwkA3l8JAOZfCQAxYAkAOGAJAIRgCQCGYAkA12AJAOFgCQAqYQkALGEJAH1hCQCWYQkA0GEJANJhCQAjYgkAJmIJAHZiCQCCYgkAyWIJAPViCQAVjQ8AK2MJAG9jCQCMYwkAwmMJAMtjCQAVZAkAI2QJAGhkCQBuZAkAu2QJAMdkCQAOZQkAFmUJAGiNDwBpZQkAtGUJALplCQAHZgkAE2YJAFpmCQBdZgkArWYJALJmCQAAZwkACWcJAFNnCQBZZwkApmcJALVnCQD5ZwkABWgJAExoCQBUaAkAu40PAKVoCQDyaAkA92gJAEVpCQBbaQkAmGkJAKBpCQDraQkA+WkJAD5qCQBIagkAkWoJAJRqCQDkagkA7GoJADdrCQA4awkAimsJAJBrCQDdawkA62sJADBsCQBGbAkAg2wJAIVsCQDWbAkA3GwJACltCQA9bQkAfG0JAIRtCQDPbQkA320JACJuCQAkbgkAdW4JAIRuCQDIbgkA0m4JABtvCQAgbwkAbm8JAHRvCQDBbwkA1W8JABRwCQAccAkAZ3AJAGxwCQC6cAkAwHAJAA1xCQAVcQkAYHEJAGNxCQCzcQkAuHEJAAZyCQAPcgkAWXIJAF9yCQCscgkAu3IJAP9yCQALcwkADo4PAFxzCQClcwkAp3MJAPhzCQD/cwkAS3QJAFJ0CQCedAkApHQJAPF0CQD/dAkARHUJAFF1CQCXdQkAp3UJAOp1CQDvdQkAPXYJAEV2CQCQdgkAWXYJAIDjCQCcdgkA43YJAOV2CQDOeQkA8HYJADZ3CQA7dwkAiXcJAJN3CQDcdwkA7HcJAC94CQA0eAkAgngJAIt4CQDVeAkA4ngJACh5CQAveQkAe3kJAIN5CQBhjg8A3HkJACF6CQA5egkAdHoJAHZ6CQDHegkA3noJABp7CQAcewkAbXsJAHt7CQDAewkAzXsJABN8CQAbfAkAtI4PAGx8CQC5fAkAu3wJAAx9CQAZfQkAX30JAGJ9CQCyfQkAw30JAAV+CQAHfgkAWH4JAGJ+CQCrfgkAt34JAP5+CQAGfwkAB48PAFZ/CQCkfwkAp38JAPd/CQABgAkASoAJAFKACQCdgAkAqoAJAPCACQDygAkAQ4EJAFmBCQCWgQkAooEJAOmBCQDxgQkAWo8PAD+CCQCPggkAmIIJAOKCCQDwggkAYqwJAPGCCQA1gwkAQIMJAIiDCQCQgwkA24MJAOaDCQAuhAkAM4QJAIGECQCEhAkA1IQJAN6ECQAAkA8ALYUJAHqFCQAxhQkAGrkMAJWFCQDNhQkA2YUJACCGCQAmhgkAc4YJAHuGCQDGhgkA3IYJABmHCQAnhwkAbIcJAG+HCQC/hwkA2IcJABKICQAeiAkAZYgJAHCICQC4iAkAuogJAAuJCQAmiQkAXokJAGyJCQCxiQkAvokJAASKCQAbigkAU5APAFmKCQBfuwwAbYoJAKqKCQCrigkA/YoJAAKLCQBQiwkAVosJAKOLCQCliwkA9osJAPyLCQBJjAkAXYwJAJyMCQCkjAkA74wJAP+MCQBCjQkARI0JAJWNCQCjjQkA6I0JAPmNCQCmkA8AQY4JAI6OCQCajgkA+ZAPAOOOCQA0jwkARY8JAIePCQCPjwkA2o8JAOOPCQAtkAkANJAJAICQCQCBkAkATJEPAN+QCQAmkQkAKJEJAHmRCQCAkQkAzJEJANSRCQAfkgkAKJIJAHKSCQB5kgkAxZIJAMaSCQCfkQ8AHZMJAGuTCQBzkwkAvpMJAMiTCQARlAkAH5QJAGSUCQB6lAkAt5QJAMOUCQAKlQkAD5UJAF2VCQBmlQkAsJUJALqVCQDykQ8ABJYJAFaWCQBelgkAOfIKAG6WCQCplgkAtpYJAPyWCQAIlwkAT5cJAFmXCQCilwkAppcJAPWXCQD6lwkASJgJAE6YCQCbmAkAu5gJAO6YCQAGmQkAQZkJAFiZCQCUmQkAoJkJAOeZCQDxmQkAOpoJADyaCQCNmgkAlJoJAOCaCQDnmgkAM5sJADmbCQCGmwkAkpsJANmbCQDcmwkALJwJAC+cCQB/nAkAi5wJANKcCQDVnAkAJZ0JAEGdCQB4nQkAgJ0JAEWSDwDXnQkAHp4JACieCQBxngkAc54JAMSeCQDLngkAF58JAB6fCQBqnwkAcJ8JAL2fCQDLnwkAEKAJAB2gCQBjoAkAc6AJALagCQC7oAkACaEJABGhCQBcoQkAbKEJAK+hCQC0oQkAAqIJAAiiCQBVogkAXaIJAJiSDwCuogkA+6IJAAOjCQBOowkAUaMJAKGjCQCtowkA9KMJAPqjCQBHpAkAYqQJAJqkCQCopAkA7aQJAPykCQBApQkATKUJAJOlCQCbpQkAPpMPAOulCQA5pgkAQ6YJAIymCQCUpgkA36YJAP+mCQAypwkAP6cJAIWnCQCKpwkA2KcJANynCQArqAkAOKgJAJGTDwCDqAkA0agJANSoCQAkqQkALqkJAHepCQCDqQkAyqkJAN2pCQAdqgkALKoJAHCqCQB8qgkAw6oJAMSqCQAWqwkAIKsJAGmrCQB3qwkAvKsJAMGrCQAPrAkAHKwJAOSTDwBsrAkAtawJALesCQAIrQkAIa0JAFutCQBsrQkArq0JALqtCQABrgkACa4JAN2UDwBbrgkAp64JAK6uCQD6rgkAAK8JAE2vCQBZrwkAoK8JAKOvCQDzrwkA9q8JAEawCQBOsAkAmbAJAKmwCQDssAkA8bAJAD+xCQBIsQkAkrEJAJ+xCQDlsQkA7LEJADCVDwBEsgkAi7IJAJiyCQDesgkA5rIJADGzCQA7swkAhLMJAJOzCQDXswkA2LMJACq0CQAytAkAfbQJAIy0CQDQtAkA1bQJACO1CQAwtQkAdrUJAIO1CQDJtQkA1bUJABy2CQArtgkAb7YJAHm2CQDCtgkA0LYJABW3CQAatwkAaLcJAHW3CQC7twkAw7cJAA64CQAYuAkAYbgJAGa4CQC0uAkAvLgJAIOVDwAVuQkAWrkJAGa5CQCtuQkAs7kJAAC6CQAGugkAU7oJAFi6CQCmugkArLoJANaVDwAFuwkATLsJAFK7CQCfuwkApbsJAPK7CQD/uwkARbwJAEq8CQCYvAkAoLwJAOu8CQAJvQkAz5YPAEC9CQCXDQwAQb0JAN5RCwBEvQkAM+cKAFS9CQCRvQkAkr0JAOS9CQDpvQkAN74JAD2+CQCKvgkAjL4JAN2+CQDjvgkAML8JAES/CQCDvwkAi78JANa/CQDmvwkAKcAJACvACQB8wAkAisAJAM/ACQDgwAkAIpcPACjBCQB1wQkAgcEJAHWXDwDVwQkAG8IJACPCCQBuwgkAe8IJAMHCCQDDwgkAFMMJACrDCQBnwwkAc8MJALrDCQDCwwkAG5gPABnECQBgxAkAY8QJALPECQC4xAkABsUJABfFCQBZxQkAYsUJAKzFCQC2xQkA/8UJAA3GCQBSxgkAV8YJAKXGCQCyxgkAbpgPAATHCQBLxwkAWMcJAJ7HCQCgxwkA8ccJAAfICQBEyAkAUMgJAJfICQCfyAkAwZgPAO/ICQA9yQkAQ8kJAJDJCQCYyQkA48kJAObJCQA2ygkAQsoJAInKCQCPygkA3MoJAPfKCQAvywkAPMsJAILLCQCEywkA1csJAOvLCQAozAkANMwJAHvMCQCDzAkAFJkPANTMCQAhzQkAJs0JAHTNCQCPzQkAx80JANXNCQAazgkAIc4JAG3OCQB5zgkAwM4JAMfOCQBnmQ8AHs8JAGbPCQBuzwkAuc8JAMTPCQAM0AkAEdAJAF/QCQBi0AkAstAJALzQCQAF0QkADdEJAFjRCQBm0QkAq9EJAK7RCQD+0QkABtIJAFHSCQBx0gkApNIJALHSCQD30gkA/NIJAErTCQBO0wkAndMJAKrTCQC6mQ8AENQJAEPUCQBM1AkAltQJAJfUCQDp1AkA8dQJADzVCQBM1QkAj9UJAJHVCQDi1QkA8NUJADXWCQBG1gkADZoPAI7WCQDb1gkA59YJAGCaDwA11wkAs5oPAIbXCQDU1wkA7tcJACfYCQA22AkAetgJAIXYCQDN2AkAz9gJACDZCQAt2QkAc9kJAIDZCQDG2QkA0tkJABnaCQAq2gkAbNoJAG/aCQC/2gkA2doJABLbCQAb2wkAZdsJAHLbCQC42wkAvtsJAAvcCQAX3AkAXtwJAGHcCQCx3AkAttwJAATdCQAV3QkAV90JAHLdCQCq3QkAtt0JAP3dCQAE3gkAUN4JAFLeCQCj3gkAqt4JAPbeCQD93gkASd8JAE/fCQCc3wkAqN8JAO/fCQDy3wkAQuAJAEXgCQCV4AkAoeAJAOjgCQD74AkAO+EJAErhCQCO4QkAmuEJAOHhCQDi4QkANOIJAD7iCQCH4gkAleIJANriCQDf4gkALeMJADrjCQAGmw8AiOMJAFmbDwDV4wkAJuQJADzkCQB55AkAheQJAMzkCQDU5AkArJsPACXlCQBy5QkAeuUJAMXlCQDI5QkAGOYJACTmCQBr5gkAceYJAL7mCQDZ5gkAEecJAB/nCQBk5wkAc+cJALfnCQDD5wkACugJABLoCQD/mw8AYugJALDoCQC66AkAA+kJAAvpCQBW6QkAdukJAKnpCQC26QkA/OkJAAHqCQBP6gkAU+oJAKLqCQCv6gkAUpwPABjrCQClnA8ATesJAJvrCQCq6wkA7usJAA7sCQBB7AkATewJAJTsCQCe7AkA5+wJAPPsCQA67QkAQO0JAI3tCQCT7QkA4O0JAOXtCQAz7gkAOe4JAPicDwCM7gkA2e4JAN7uCQAs7wkAMu8JAJ6dDwCC7wkA0u8JANzvCQAl8AkAJ/AJAHjwCQCR8AkAy/AJANzwCQAe8QkALPEJAHHxCQB08QkAxPEJAM/xCQAX8gkAH/IJAGryCQBs8gkAvfIJAMXyCQAQ8wkAHfMJAGPzCQBv8wkAtvMJALrzCQAJ9AkAEfQJAFz0CQBr9AkAr/QJALT0CQAC9QkAD/UJAFX1CQBi9QkAqPUJALT1CQD79QkACvYJAE72CQBY9gkAofYJAK/2CQD09gkA+fYJAEf3CQBU9wkA8Z0PAKL3CQBEng8A8fcJACT8CQD59wkAQPgJAEb4CQCT+AkAmfgJAOb4CQDz+AkAOfkJAD75CQCM+QkAlPkJAN/5CQAR+gkA2PoJABb6CQAy+gkAWPoJACv7CQBp+gkAhfoJALz6CQCXng8AD/sJAOqeDwBR+wkAfvsJALD7CQDR+wkACPwJAD2fDwAy/AkAd/wJAIT8CQDK/AkA1vwJAB39CQAj/QkAcP0JAHb9CQDD/QkAyP0JABb+CQAc/gkAkJ8PAI/+CQBi/wkAoP4JALz+CQDz/gkANqAPAEb/CQCJoA8AiP8JALX/CQDn/wkACAAKAD8ACgDcoA8AZQAKAK4ACgCzAAoAAQEKAAkBCgAvoQ8AWQEKAKcBCgCwAQoA+gEKAAcCCgBNAgoAVAIKAIKhDwCoAgoA1aEPAAYDCgBGAwoAUgMKAJkDCgCoAwoA7AMKAPUDCgA/BAoASQQKAJIECgCUBAoA5QQKAP4ECgA4BQoASQUKAIsFCgCXBQoA3gUKAOYFCgAoog8APwYKAIQGCgCVBgoA1wYKAOMGCgAqBwoAMgcKAHuiDwCCBwoA0AcKANoHCgAjCAoAKwgKAHYICgCGCAoAyQgKAM4ICgAcCQoAJQkKAG8JCgB8CQoAwgkKAMkJCgDOog8AGwoKACFeDQAiCgoAaAoKACgKCgBbRQwAbQoKALsKCgDHCgoADgsKABsLCgBhCwoAawsKACGjDwC5CwoABwwKABMMCgBaDAoAZwwKAK0MCgC3DAoAAA0KABwNCgBTDQoAWw0KAHSjDwCrDQoA+Q0KAAEOCgBMDgoATw4KAJ8OCgCoDgoA8g4KAAEPCgBFDwoAUA8KAJgPCgCgDwoA6w8KAPsPCgA+EAoATBAKAJEQCgCiEAoA5BAKAPAQCgA3EQoAPxEKAMejDwCQEQoA3REKAOURCgAwEgoANxIKAIMSCgCREgoA1hIKANwSCgApEwoANRMKAHwTCgCLEwoAzxMKANkTCgAiFAoAJxQKAHUUCgB7FAoAyBQKANwUCgAbFQoAIxUKAG4VCgCMFQoAwRUKAMkVCgAapA8AHBYKAG2kDwBvFgoAuhYKANMWCgANFwoAFhcKAGAXCgBwFwoAsxcKAMMXCgAGGAoAEhgKAFkYCgBfGAoArBgKALoYCgD/GAoADBkKAFIZCgBpGQoApRkKAK0ZCgD4GQoAAhoKAEsaCgBZGgoAnhoKALQaCgDxGgoA/RoKAEQbCgBLGwoAlxsKAJ8bCgDqGwoA7xsKAD0cCgBGHAoAkBwKAJocCgDjHAoA6xwKADYdCgA4HQoAiR0KAJkdCgDcHQoA5h0KAC8eCgA7HgoAgh4KAIgeCgDVHgoA3R4KABOlDwAxHwoAex8KAIwfCgDOHwoA2h8KACEgCgAuIAoAdCAKAHkgCgDHIAoA0SAKABohCgAqIQoAbSEKAHIhCgDAIQoAySEKABMiCgAgIgoAZiIKAG0iCgC5IgoAxSIKAAwjCgASIwoAXyMKAGUjCgCyIwoAtyMKAAUkCgALJAoAZqUPAF0kCgCrJAoAsyQKAP4kCgAUJQoAUSUKAFYlCgCkJQoAqyUKAPclCgAAJgoASiYKAFsmCgCdJgoAqSYKAPAmCgD4JgoAX6YPAEUnCgCWJwoArCcKAOknCgD1JwoAPCgKAEMoCgCPKAoAlygKALKmDwDnKAoANSkKAD0pCgCIKQoAnikKANspCgDgKQoALioKADUqCgCBKgoAiioKANQqCgDlKgoAJysKADMrCgB6KwoAgisKAAWnDwDPKwoAICwKADYsCgBzLAoAfywKAMYsCgDNLAoAGS0KACEtCgBYpw8AcS0KAL8tCgDGLQoAEi4KABsuCgBlLgoAdi4KALguCgDELgoACy8KABMvCgCrpw8AYC8KALEvCgDALwoABDAKACQwCgBXMAoAWTAKAKowCgDBMAoA/TAKAAkxCgBQMQoAWDEKAFGoDwCoMQoA9jEKAPgxCgBJMgoAUDIKAJwyCgCkMgoA7zIKAPgyCgBCMwoASDMKAJUzCgCmMwoA6DMKAPAzCgD3qA8ARzQKAI40CgCRNAoA4TQKAOY0CgA0NQoARTUKAIc1CgCiNQoA2jUKAOY1CgAtNgoANTYKAEqpDwCWNgoA0zYKANQ2CgAmNwoAKzcKAHk3CgB/NwoAzDcKANY3CgAfOAoAJzgKAHI4CgCEOAoAnakPANI4CgAYOQoAIjkKAGs5CgBxOQoAvjkKANI5CgAROgoAGToKAGQ6CgB0OgoAtzoKALw6CgAKOwoAEDsKAF07CgBlOwoAsDsKALE7CgADPAoABTwKAFY8CgBlPAoAqTwKAMk8CgD8PAoA/jwKAE89CgBmPQoAoj0KAK49CgD1PQoA/T0KAPCpDwBQPgoAmz4KALQ+CgDuPgoA9z4KAEE/CgBLPwoAlD8KAJw/CgDnPwoA9z8KADpACgA/QAoAjUAKAJZACgDgQAoA7UAKADNBCgA6QQoAhkEKAI5BCgCWqg8A40EKACxCCgA0QgoAf0IKAI1CCgDSQgoA30IKACVDCgAtQwoAeEMKAHpDCgDLQwoA00MKAB5ECgAfRAoAcUQKAHNECgDERAoA00QKABdFCgA3RQoAakUKAGxFCgC9RQoA1EUKABBGCgAcRgoAY0YKAH1GCgC2RgoA30YKAAlHCgAMRwoAXEcKAGFHCgCvRwoAvEcKAOmqDwAESAoAVUgKAF9ICgCoSAoAt0gKAPtICgAGSQoATkkKAFxJCgChSQoArkkKAPRJCgALSgoAR0oKAE9KCgCaSgoAm0oKAO1KCgDvSgoAQEsKAE9LCgCTSwoAs0sKAOZLCgDoSwoAOUwKAFBMCgCMTAoAmEwKAN9MCgDnTAoAPKsPADdNCgCFTQoAi00KANhNCgDgTQoAK04KAEpOCgB+TgoAi04KANFOCgDSTgoAJE8KADpPCgB3TwoAk08KAI+rDwDPTwoAHVAKACdQCgBwUAoAeFAKAMNQCgDEUAoAFlEKAMVQCgDXWQoAHFEKAGlRCgB1UQoAvFEKAMxRCgAPUgoAHVIKAGJSCgB1UgoAtVIKAMFSCgAIUwoAD1MKAFtTCgBjUwoArlMKALJTCgABVAoAD1QKAFRUCgBeVAoAp1QKALJUCgD6VAoAAlUKAE1VCgCDVQoAoFUKAKhVCgDzVQoA+FUKAEZWCgBMVgoAmVYKAKFWCgDsVgoABlcKAD9XCgB1VwoAklcKAJpXCgDlVwoA6lcKADhYCgA+WAoAi1gKAJNYCgDeWAoA+FgKADFZCgBLWQoAhFkKALpZCgDiqw8A31kKACpaCgAxWgoAfVoKAIlaCgDQWgoA0VoKACNbCgAvWwoAdlsKAINbCgDJWwoA0FsKABxcCgAoXAoAb1wKAHxcCgDCXAoA0VwKABVdCgApXQoANawPAGpdCgC7XQoAdF0KAH6TDAC+XQoAGwcMAMhdCgBhBAsAyl0KAA5eCgAuXgoAYV4KAGNeCgC0XgoAy14KAAdfCgATXwoAWl8KAGJfCgCIrA8Ar18KAABgCgANYAoAU2AKAFxgCgCmYAoAqGAKAPlgCgAKYQoATGEKAF1hCgCfYQoAs2EKANusDwASYgoARWIKAEdiCgCYYgoAr2IKAOtiCgD3YgoAPmMKAEZjCgAurQ8Ak2MKAORjCgDnYwoAN2QKAD9kCgCKZAoAl2QKAN1kCgDiZAoAMGUKADplCgCDZQoAi2UKANZlCgDvZQoAKWYKADVmCgB8ZgoAiGYKAM9mCgDcZgoAImcKACpnCgB1ZwoAhWcKAMhnCgDNZwoAG2gKACRoCgBuaAoAe2gKAMFoCgDIaAoAFGkKABxpCgCBrQ8AdGkKALppCgC9aQoADWoKABdqCgBgagoAYmoKALNqCgDEagoABmsKABdrCgBZawoAZWsKAKxrCgCzawoA/2sKABlsCgBSbAoAWmwKAKVsCgCmbAoADHYKAK9sCgD4bAoA/mwKAEttCgBfbQoAnm0KAKZtCgDxbQoA+20KAERuCgBJbgoAl24KAJ9uCgDqbgoA+G4KAD1vCgBKbwoAkG8KAJNvCgDjbwoA7W8KADZwCgA4cAoAiXAKAJpwCgDccAoA7XAKAC9xCgA3cQoA1K0PAIxxCgDVcQoA8XEKAChyCgAwcgoAJ64PAHxyCgDOcgoA5HIKACFzCgApcwoAdHMKAIJzCgDHcwoA1HMKABp0CgAddAoAbXQKAHd0CgDAdAoAwnQKABN1CgAkdQoAZnUKAHd1CgC5dQoAwXUKAHquDwAddgoAX3YKAGt2CgCydgoAtHYKAAV3CgAIdwoAWHcKAGR3CgCrdwoAs3cKAM2uDwAHeAoAUXgKAF54CgCkeAoArHgKAPd4CgAJeQoASnkKAFd5CgCdeQoAnnkKAPB5CgAGegoAQ3oKAEt6CgCWegoApHoKAOl6CgD2egoAPHsKAD97CgCPewoAmXsKAOJ7CgDkewoANXwKAEZ8CgCIfAoAmXwKANt8CgDjfAoAIK8PADt9CgCBfQoAi30KANR9CgDifQoAJ34KAD1+CgB6fgoAhn4KAM1+CgDZfgoAIH8KACZ/CgBzfwoAeX8KAMZ/CgDLfwoAGYAKAB+ACgBzrw8AcYAKAL+ACgDBgAoAEoEKABmBCgBlgQoAbYEKALiBCgC7gQoAC4IKABSCCgBeggoAbYIKALGCCgC8ggoABIMKAAyDCgBXgwoAZ4MKAKqDCgC4gwoA/YMKAA6ECgBQhAoAXIQKAKOECgCrhAoAbLAPABSFCgBJhQoAUYUKAL+wDwCohQoA74UKAAWGCgBChgoASoYKAJWGCgC0hgoAErEPAOuGCgANvQoA9YYKADuHCgA+hwoARUYOAEOHCgCOhwoARYcKALd/DACQhwoA4YcKAJiHCgDgkwoAn4cKABGNCgDuhwoANIgKAEiICgCHiAoAj4gKANqICgDfiAoALYkKAD2JCgCAiQoAiIkKANOJCgDdiQoAJooKADGKCgB5igoAhYoKAMyKCgDUigoAZbEPACSLCgByiwoAe4sKAMWLCgDLiwoAGIwKACeMCgBrjAoAd4wKAL6MCgDBjAoAuLEPABaNCgBkjQoAc40KALeNCgC5jQoACo4KABuOCgBdjgoAbo4KALCOCgDEjgoAA48KAAuPCgBWjwoAZI8KAKmPCgC2jwoA/I8KAP+PCgBPkAoAWZAKAKKQCgCkkAoA9ZAKAAaRCgBIkQoAWZEKAJuRCgCnkQoA7pEKAPWRCgBBkgoASZIKAJSSCgCrkgoA55IKAPOSCgA6kwoAUJMKAI2TCgCQkwoAC7IPAOuTCgAzlAoAP5QKAIaUCgCOlAoAXrIPAOWUCgAslQoAQpUKAH+VCgCClQoA0pUKANqVCgAllgoAJ5YKAHiWCgCTlgoAy5YKAM2WCgAelwoALJcKAHGXCgCClwoAxJcKAMaXCgAXmAoAMJgKAGqYCgB7mAoAvZgKAMmYCgCxsg8AFpkKAGOZCgBxmQoAtpkKANGZCgAJmgoAFZoKAFyaCgBimgoAr5oKALeaCgACmwoAEpsKAFWbCgBamwoAqJsKALGbCgD7mwoACJwKAE6cCgBVnAoAoZwKAKmcCgAEsw8A+ZwKAEedCgBNnQoAmp0KAKKdCgDtnQoAFp4KAECeCgBHngoAk54KAKyeCgDmngoA9Z4KADmfCgBVnwoAV7MPAJGfCgDfnwoA6Z8KADKgCgBCoAoAhaAKAIqgCgDYoAoA4aAKACuhCgA4oQoAfqEKAIWhCgDRoQoA3aEKACSiCgA3ogoAd6IKAIaiCgDKogoA1qIKAB2jCgAeowoAcKMKAHqjCgDDowoA0aMKABakCgAbpAoAaaQKAHakCgCqsw8AzaQKAA+lCgARpQoAYqUKAGWlCgC1pQoAuKUKAAimCgAPpgoAW6YKAGemCgCupgoAvqYKAAGnCgARpwoAVKcKAFmnCgCnpwoAsKcKAPqnCgAHqAoATagKAFSoCgCgqAoArKgKAPOoCgD5qAoARqkKAEypCgCZqQoAnqkKAOypCgDyqQoAo7QPAEmqCgCSqgoAoKoKAOWqCgD1qgoAOKsKADqrCgCLqwoAmqsKAN6rCgDoqwoAMawKADmsCgCctQ8AiqwKANesCgDjrAoA77UPAC+tCgB9rQoAha0KANCtCgDgrQoAI64KADGuCgB2rgoAg64KAMmuCgDQrgoAHK8KACSvCgCVtg8AgK8KAMKvCgDJrwoAFbAKAB2wCgBosAoAdbAKALuwCgDAsAoADrEKABixCgBhsQoAabEKALSxCgDNsQoAB7IKABOyCgBasgoAYrIKAOi2DwC5sgoAALMKAAOzCgBTswoAWLMKAKazCgC3swoA+bMKABS0CgBMtAoAWLQKAJ+0CgCmtAoA8rQKAA61CgBFtQoATbUKADu3DwCdtQoA67UKAPW1CgA+tgoARrYKAJG2CgChtgoA5LYKAOm2CgA3twoAQLcKAIq3CgCXtwoA3bcKAOS3CgCOtw8AObgKAIO4CgCQuAoA1rgKAOW4CgApuQoAM7kKAHy5CgCKuQoAz7kKANS5CgAiugoAL7oKAHW6CgB9ugoA4bcPANS6CgAbuwoAKLsKAG67CgBxuwoAwbsKAM+7CgAUvAoAGbwKAGe8CgB0vAoAurwKAMK8CgA0uA8AFb0KAGC9CgBmvQoAs70KAGe9CgA2FgsAv70KAAa+CgAjvgoAWb4KAGK+CgCsvgoAur4KAP++CgAFvwoAUr8KAF6/CgClvwoArL8KAIe4DwD+vwoAS8AKAFnACgCewAoAucAKAPHACgD9wAoARMEKAErBCgDauA8AusEKAC25DwDvwQoAPcIKAErCCgCQwgoAncIKAOPCCgDvwgoANsMKAEXDCgCJwwoAk8MKANzDCgDqwwoAL8QKADTECgCCxAoAj8QKANXECgDxxAoAKMUKADDFCgCAuQ8Ah8UKAM7FCgDrxQoAIcYKACrGCgB0xgoAgsYKAMfGCgDNxgoAGscKACbHCgBtxwoAdMcKAMDHCgDIxwoAE8gKACnICgBmyAoAa8gKALnICgDAyAoADMkKABXJCgBfyQoAcMkKALLJCgC+yQoABcoKAA3KCgAmug8AXsoKAKvKCgCwygoA/soKABnLCgBRywoAX8sKAKTLCgCrywoA98sKAAPMCgBKzAoATcwKAJ3MCgClzAoA8MwKAPHMCgBDzQoARc0KAJbNCgClzQoA6c0KAAnOCgA8zgoAPs4KAI/OCgCmzgoA4s4KAO7OCgA1zwoAPc8KAHm6DwCJzwoA288KAOfPCgAu0AoAPdAKAIHQCgCJ0AoAzLoPANbQCgAn0QoANdEKAHrRCgCL0QoAH7sPANTRCgByuw8AKNIKABi8DwB90goAxtIKANLSCgAZ0woAL9MKAGzTCgB40woAv9MKANLTCgAS1AoAINQKAGXUCgBv1AoAa7wPAMDUCgC+vA8AIdUKAF7VCgBq1QoAsdUKAL7VCgAE1goADtYKAFfWCgBZ1goAqtYKALTWCgD91goAC9cKAFDXCgBV1woAo9cKALDXCgD21woA/tcKAEnYCgBZ2AoAnNgKAJ7YCgDv2AoA+NgKAELZCgBT2QoAldkKAJ/ZCgARvQ8A9NkKADvaCgBS2goAjtoKAKnaCgBkvQ8A+toKADTbCgA62woAh9sKAJHbCgC3vQ8A3NsKAC3cCgA+3AoAgNwKAIjcCgDT3AoAnNwKAA4ECwDf3AoAJt0KACzdCgB53QoAf90KAMzdCgDR3QoAH94KACXeCgAKvg8Ajt4KAMXeCgDN3goAA78PACbfCgBr3woAfN8KAL7fCgDP3woAEeAKAB3gCgBk4AoAa+AKAFa/DwDI4AoACuEKABvhCgBd4QoAaeEKALDhCgC34QoAqb8PAAXiCgBW4goAV+IKAKniCgCx4goA/OIKAAHjCgBP4woAWOMKAKLjCgCs4woA9eMKAP3jCgBI5AoATeQKAJvkCgCr5AoA7uQKAPbkCgBB5QoAV+UKAJTlCgCg5QoA5+UKAP3lCgA65goAP+YKAI3mCgCT5goA4OYKAPTmCgD8vw8ASecKAIbnCgCU5woA2ecKAObnCgAs6AoALugKAH/oCgCJ6AoA0ugKAN7oCgAl6QoALOkKAHjpCgCA6QoAy+kKAOTpCgAe6goAMuoKAHHqCgB56goAxOoKAMbqCgAX6woAJOsKAGrrCgBv6woAvesKAMfrCgAQ7AoAG+wKAGPsCgBv7AoAtuwKALzsCgAJ7QoAEe0KAFztCgBd7QoAr+0KALXtCgAC7goAB+4KAFXuCgBk7goAqO4KALTuCgD77goA/u4KAE7vCgBR7woAT8APAKbvCgD07woAEPAKAKLADwBn8AoAmvAKAKLwCgD1wA8A8/AKAEDxCgBM8QoASMEPAJnxCgDm8QoA8vEKAI3DDwA68goAyvUKAEnyCgCM8goAjvIKAN/yCgDp8goAMvMKADTzCgCF8woAlvMKANjzCgDg8woAK/QKADf0CgB+9AoAhPQKANH0CgDX9AoAJPUKACn1CgB39QoAffUKAODDDwDM9QoAHfYKACP2CgBw9goAc/YKAMP2CgDP9goAFvcKAB73CgDZxA8Ab/cKALz3CgDC9woAD/gKABT4CgBi+AoAaPgKACzFDwC3+AoACPkKABH5CgBb+QoAcvkKAK75CgC5+QoAAfoKAAv6CgBU+goAXPoKACXGDwC0+goA+voKAAL7CgBN+woAV/sKAKD7CgCr+woA8/sKAPn7CgBG/AoAUvwKAJn8CgCb/AoA7PwKAPP8CgA//QoAR/0KAJL9CgCk/QoAeMYPACD+CgA4/goAQP4KAIv+CgCu/goAcccPAOD+CgAx/woAPv8KAIT/CgCL/woA1/8KAOj/CgAqAAsANgALAH0ACwCEAAsA0AALANEACwDpIAsA2AALAMTHDwA2AQsAdgELAIUBCwDJAQsA1QELABwCCwAdAgsAbwILAHkCCwDCAgsA0AILABUDCwAaAwsAaAMLAHUDCwAXyA8AwwMLAGrIDwAWBAsAvcgPAG8ECwC0BAsAwwQLAAcFCwAnBQsAWgULAGYFCwCtBQsAtAULAAAGCwAIBgsAUwYLAFUGCwCmBgsAsAYLALbJDwADBwsATAcLAFQHCwAJyg8AqQcLAPIHCwD6BwsAXMoPAIEICwCYCAsAoAgLAOsICwAJCQsAr8oPAEwJCwCRCQsAmAkLAB99DAChCQsA5AkLAPQJCwA3CgsAQwoLAIoKCwCQCgsA3QoLAPkKCwAwCwsAOAsLAALLDwCXCwsA1gsLAOALCwApDAsANQwLAHwMCwCEDAsAVcsPANoMCwAiDQsAJA0LAHUNCwB7DQsAyA0LANANCwCoyw8AHQ4LAG4OCwBxDgsAwQ4LAMkOCwAUDwsAJA8LAGcPCwBpDwsAug8LAMgPCwANEAsAHhALAPvLDwBnEAsATswPALkQCwAGEQsACxELAFkRCwBfEQsAocwPALkRCwD/EQsACRILAFISCwBUEgsApRILALgSCwD4EgsAABMLAEsTCwBXEwsAnhMLAKQTCwDxEwsA9xMLAEQUCwBJFAsAlxQLAJ0UCwCazQ8A8xQLAD0VCwBKFQsAkBULAJcVCwDjFQsA6xULAO3NDwBCFgsAiRYLAJMWCwDcFgsA6BYLAC8XCwA+FwsAghcLAIwXCwDVFwsA4RcLACgYCwAvGAsAQM4PAH4YCwBMTA0AgRgLAM4YCwCKGAsANW4MANoYCwAhGQsAKRkLAJPODwCAGQsAxxkLANEZCwAaGgsAJhoLAG0aCwB8GgsAwBoLAMoaCwATGwsAHxsLAGYbCwBtGwsA5s4PAMcbCwAMHAsA2RsLAPheDAAjHAsAXxwLAGwcCwCyHAsAtBwLAAUdCwAWHQsAWB0LAHQdCwCrHQsAsx0LADnPDwAXHgsAUR4LAGUeCwCkHgsArB4LAPceCwD6HgsASh8LAFgfCwCdHwsAtB8LAPAfCwD9HwsAQyALAEUgCwCWIAsApyALAIzPDwDvIAsAPCELAEEhCwCPIQsApSELAOIhCwDwIQsANSILADgiCwCIIgsAlCILANsiCwDhIgsALiMLADojCwCBIwsAqiMLANQjCwDgIwsAJyQLADYkCwB6JAsAhCQLAM0kCwDbJAsAICULACUlCwBzJQsAgCULAN/PDwDIJQsAGSYLACcmCwBsJgsAeSYLAL8mCwDRJgsAMtAPACEnCwBlJwsAcScLALgnCwDRJwsACygLAA0oCwBeKAsAbSgLALEoCwDRKAsABCkLAAwpCwBXKQsAeikLAIXQDwCvKQsA/SkLAAAqCwBQKgsAWioLAKMqCwCrKgsA9ioLAPwqCwBJKwsAVSsLAJwrCwCrKwsA7ysLAPsrCwBCLAsATywLAJUsCwCfLAsA6CwLAPAsCwA7LQsASi0LAI4tCwCQLQsA4S0LAPItCwA0LgsARS4LAIcuCwCPLgsA2i4LAOsuCwAtLwsALy8LAIAvCwCDLwsA0y8LAN0vCwAmMAsASjALAHkwCwCVMAsA2NAPANIwCwAfMQsAJDELAHIxCwCBMQsAxTELANExCwAYMgsAGzILAGsyCwBuMgsAvjILAMYyCwARMwsAIDMLAGQzCwBpMwsAtzMLAM0zCwAKNAsACzQLAF00CwBuNAsAsDQLALw0CwADNQsADTULAFY1CwBiNQsAqTULALA1CwAr0Q8AADYLAE82CwBdNgsAojYLAKw2CwD1NgsAADcLAEg3CwBQNwsAmzcLAKc3CwDuNwsAATgLAEE4CwBPOAsAlDgLAJ44CwDnOAsA7zgLADo5CwBJOQsAjTkLAJI5CwDgOQsA5zkLADM6CwA/OgsAftEPAJI6CwDZOgsA3DoLACw7CwAvOwsAfzsLAJk7CwDSOwsA3jsLACU8CwA4PAsAeDwLAIY8CwDLPAsA1TwLAB49CwBBPQsA0dEPAHs9CwDEPQsA0D0LABc+CwAePgsAaj4LAHI+CwC9PgsAwT4LABA/CwAePwsAYz8LAG0/CwC2PwsAwT8LAAlACwARQAsAXEALAGtACwCvQAsAtEALAAJBCwAJQQsAVUELAGFBCwCoQQsAsEELACTSDwARQgsALC0NABRCCwBOQgsAWEILAKFCCwCtQgsA9EILAPdCCwBHQwsAUUMLAJpDCwCdQwsA7UMLAP1DCwBARAsAQkQLAJNECwChRAsA5kQLAPdECwB30g8AQEULAMrSDwCVRQsA30ULAJZFCwC4GQ0ArEULAPlSDAD4RQsAMkYLADxGCwCFRgsAkUYLANhGCwDbRgsAK0cLADVHCwAd0w8Ag0cLANFHCwDxRwsAJEgLACxICwBw0w8AhUgLAMpICwDgSAsAHUkLAClJCwBwSQsAd0kLAMNJCwDLSQsAFkoLABtKCwBpSgsAckoLALxKCwDGSgsAD0sLABdLCwBiSwsAcEsLALVLCwDCSwsACEwLABBMCwDD0w8Aa0wLAK5MCwC2TAsAFtQPAAhNCwBUTQsAYE0LAKdNCwCuTQsA+k0LAAJOCwBNTgsAV04LAKBOCwCuTgsA804LAAlPCwBGTwsAUk8LAJlPCwCeTwsA7E8LAPVPCwA/UAsASVALAJJQCwCaUAsA5VALAOpQCwA4UQsASFELAItRCwCTUQsAadQPAOhRCwAxUgsANFILAPP0CwA5UgsAvNQPAJJSCwDXUgsA7VILACpTCwA2UwsAfVMLAIRTCwDQUwsA2FMLACNUCwAoVAsAdlQLAH9UCwDJVAsA01QLABxVCwAkVQsAb1ULAHFVCwDIYAsAfVULAMJVCwDPVQsAFVYLAB1WCwAP1Q8AdFYLALtWCwC+VgsADlcLABhXCwBi1Q8Ab1cLALRXCwDKVwsAB1gLABNYCwBaWAsAYVgLAK1YCwC1WAsAAFkLAAVZCwBTWQsAXFkLAKZZCwCwWQsA+VkLAAFaCwBMWgsATloLAJ9aCwCvWgsA8loLAPxaCwBFWwsAUVsLAJhbCwCeWwsACNYPAPlbCwA+XAsAVFwLAJFcCwCdXAsA5FwLAOlcCwA3XQsAQF0LAIpdCwCUXQsA3V0LAOVdCwAwXgsAUl4LAFvWDwCSXgsA1l4LAOJeCwApXwsAKl8LAHxfCwCGXwsAz18LAN1fCwAiYAsAJ2ALAHVgCwCCYAsArtYPANhgCwAbYQsAJWELAG5hCwB6YQsAwWELAMdhCwAUYgsAHGILAKfXDwBsYgsAumILAMJiCwANYwsAGWMLAMdsCwAmYwsAYGMLAGxjCwCzYwsAu2MLAPrXDwATZAsAWWQLAGFkCwCsZAsAumQLAP9kCwAMZQsAUmULAFVlCwClZQsAr2ULAPhlCwD6ZQsAS2YLAFhmCwCeZgsArWYLAPFmCwD9ZgsARGcLAExnCwBN2A8Ap2cLAOpnCwDyZwsAPWgLAEloCwCQaAsAlmgLAONoCwDpaAsANmkLADtpCwCJaQsAj2kLAKDYDwDpaQsAL2oLADRqCwCCagsAjGoLANVqCwDdagsAKGsLADRrCwB7awsAjmsLAM5rCwDcawsAIWwLACRsCwB0bAsAfmwLAPPYDwDabAsAGm0LAChtCwBtbQsAcG0LAMBtCwDKbQsARtkPABhuCwBmbgsAIW4LADqMCwBubgsAuW4LAMVuCwAMbwsAEm8LAF9vCwAfbwsA9YkLAGVvCwCybwsAt28LAAVwCwALcAsAmdkPAF5wCwCrcAsAsHALAP5wCwAEcQsA7NkPAF9xCwCkcQsAv3ELAPdxCwADcgsASnILAFFyCwA/2g8ApnILAPByCwD9cgsAQ3MLAE9zCwCWcwsAqXMLAOlzCwDqcwsAPHQLAEh0CwCPdAsAnnQLAOJ0CwDsdAsANXULAEF1CwCIdQsAj3ULAJLaDwDhdQsALnYLADR2CwCBdgsAhnYLANR2CwDadgsAONsPADB3CwB6dwsAh3cLAM13CwDRdwsAIHgLACJ4CwBzeAsAgHgLAMZ4CwDQeAsAi9sPACB5CwBseQsAdHkLAL95CwDLeQsAEnoLACV6CwBlegsAdHoLALh6CwDEegsAC3sLAAx7CwBeewsAaHsLALF7CwC/ewsABHwLAAl8CwBXfAsAZHwLAN7bDwC2fAsA/XwLAAN9CwBQfQsAVn0LAKN9CwCofQsA9n0LAPx9CwAx3A8ATn4LAJx+CwCmfgsA19wPAPd+CwBCfwsAT38LAJV/CwCafwsA6H8LAPJ/CwA7gAsAQ4ALAI6ACwCagAsA4YALAPSACwA0gQsANYELAIeBCwCTgQsA2oELAOmBCwAtggsAN4ILAICCCwCIggsA04ILANWCCwAq3Q8AL4MLAHmDCwCIgwsAzIMLANuDCwAfhAsAK4QLAHKECwB1hAsAxYQLAMiECwB93Q8AGoULAGuFCwBuhQsAvoULAMaFCwARhgsAHoYLAGSGCwBphgsAt4YLAMGGCwAKhwsAEocLAF2HCwBphwsAsIcLAMOHCwADiAsABIgLAFaICwBiiAsAqYgLALiICwD8iAsABokLAE+JCwBbiQsAookLAKmJCwDQ3Q8ABIoLAEiKCwBUigsAm4oLAJyKCwDuigsA+IoLAEGLCwBPiwsAlIsLAJmLCwDniwsA9IsLACPeDwBLjAsAdt4PAJqMCwDgjAsA7owLADONCwBEjQsAho0LAKiNCwDJ3g8A3o0LACyOCwDfjQsAWMMLADSOCwB/jgsAgI4LALaSCwCCjgsAr5MLAISOCwC9kQsAhY4LAPuUCwCGjgsAxJALAI6OCwDSjgsAmI4LAOaXCwDXjgsAJY8LADKPCwB4jwsAhY8LAMuPCwDXjwsAHpALAC2QCwBxkAsAe5ALABzfDwDSkAsAF5ELABmRCwBqkQsAe5ELAG/fDwC+kQsAEJILABySCwBjkgsAcJILAMLfDwDEkgsACZMLABaTCwBckwsAc5MLABXgDwC4kwsAR5YLALmTCwAClAsABJQLAFWUCwBblAsAqJQLALKUCwBo4A8AB5ULAE6VCwBQlQsAoZULALCVCwD0lQsA/5ULALvgDwBWlgsAmpYLAKmWCwDtlgsA+ZYLAECXCwBMlwsAk5cLAJqXCwAO4Q8A8pcLADmYCwBBmAsAYeEPAKWYCwDfmAsA8JgLADKZCwA+mQsAtOEPAIyZCwDYmQsA4JkLACuaCwAsmgsAfpoLAISaCwDRmgsA1poLACSbCwAlmwsAd5sLAIObCwDKmwsA0JsLAB2cCwAnnAsAcJwLAH6cCwCgoQsAhJwLAMOcCwDLnAsAB+IPACadCwBpnQsAcZ0LALydCwDFnQsAD54LAMmdCwCnoAsAHJ4LAGKeCwBpngsAtZ4LAMGeCwAInwsAGJ8LAFufCwBpnwsArp8LALufCwABoAsADaALAFSgCwBboAsAWuIPALCgCwD6oAsAC6ELAE2hCwBeoQsAreIPAKyhCwDzoQsA9qELAEaiCwBOogsAmaILAJ6iCwDsogsA/KILAD+jCwBHowsAkqMLAJujCwDlowsAn6MLAH2mCwDyowsAOKQLAD+kCwCLpAsAl6QLAN6kCwDupAsAMaULAD+lCwCEpQsAkaULANelCwDjpQsAKqYLADGmCwAA4w8AhqYLANCmCwDhpgsAI6cLADSnCwBT4w8Ae6cLAMmnCwDWpwsAHKgLACioCwBvqAsAeagLAMKoCwDWqAsAFakLABapCwBoqQsAdKkLALupCwDaqQsADqoLABaqCwBhqgsAZqoLALSqCwDNqgsAB6sLADCrCwBaqwsAZqsLAK2rCwC8qwsAAKwLAAqsCwBTrAsAW6wLAKasCwCxrAsA+awLAPusCwBMrQsAT60LAJ+tCwCnrQsA8q0LAP+tCwBFrgsASq4LAJiuCwCgrgsA664LAO2uCwA+rwsASK8LAJGvCwCbrwsA5K8LAOqvCwA3sAsARbALAIqwCwCjsAsA3bALAOawCwAwsQsAOrELAIOxCwCPsQsApuMPAOKxCwApsgsAM7ILAHyyCwCHsgsAz7ILANSyCwAiswsAKbMLAHWzCwB9swsAyLMLAPKzCwD54w8AIrQLAG60CwB2tAsAwbQLAOu0CwAUtQsAGbULAGe1CwBotQsAurULAMS1CwANtgsAG7YLAGC2CwBltgsAs7YLAMC2CwAGtwsAIrcLAFm3CwB1twsATOQPALm3CwD/twsAA7gLAFK4CwBYuAsApbgLAKe4CwD4uAsA+bgLAEu5CwBuuQsAnrkLAMK5CwDxuQsAG7oLAES6CwBMugsAl7oLAJy6CwDqugsA97oLAD27CwBFuwsAkLsLAJK7CwDjuwsA67sLADa8CwBgvAsAibwLAJa8CwDcvAsA4bwLAC+9CwA8vQsAgr0LAI69CwDVvQsA/70LACi+CwAwvgsAe74LAJa+CwDOvgsA0L4LACG/CwAyvwsAdL8LAH2/CwDHvwsA078LAJ/kDwAnwAsAbcALAIjACwDAwAsAxcALABPBCwAzwQsAZsELAHLBCwC5wQsAwcELAPLkDwAawgsAX8ILAGnCCwCywgsAvcILAAXDCwANwwsAmOUPAGHDCwCrwwsAtcMLAP7DCwAJxAsAUcQLAGXECwCkxAsAucQLAPfECwD/xAsASsULAGHFCwCdxQsAosULAPDFCwD6xQsAQ8YLAEvGCwDr5Q8AmMYLAOnGCwD6xgsAPMcLAD/HCwCPxwsAm8cLAD7mDwDwxwsANcgLAEbICwCR5g8Ai8gLANvICwDeyAsALskLADrJCwCByQsAh8kLANTJCwDeyQsA5OYPADTKCwB6ygsAkcoLAM3KCwDVygsAN+cPADDLCwBzywsAf8sLAMbLCwDMywsAGcwLACXMCwBszAsAJ8wLAMj4DQB5zAsAv8wLAM7MCwASzQsAHs0LAGXNCwBtzQsAiucPAMDNCwALzgsADc4LAF7OCwBtzgsAsc4LALvOCwAEzwsADc8LAFfPCwBZzwsAqs8LALvPCwD9zwsAEtALAFDQCwBY0AsAo9ALAODQCwD20AsA/tALAEnRCwBV0QsAnNELAK/RCwDv0QsA8NELAELSCwBO0gsAldILAKTSCwDo0gsA8tILADvTCwBH0wsAjtMLAJXTCwAw6A8A/dMLAIPoDwA31AsAh9QLAI/UCwDa1AsA59QLAC3VCwAy1QsAgNULAIrVCwDT1QsA29ULACbWCwAw1gsAXdoLADbWCwBP3AsAUNYLAHnWCwCD1gsAzNYLAInWCwBr2AsA0tYLAB/XCwAo1wsActcLAH7XCwDF1wsA79cLABjYCwA02AsAKekPAG3YCwC+2AsAz9gLABHZCwAU2QsAZNkLAHDZCwC32QsA4dkLAAraCwAm2gsAfOkPAGPaCwCw2gsAudoLAAPbCwAN2wsAVtsLAGHbCwCp2wsAvdsLAPzbCwAY3AsAz+kPAFHcCwCi3AsAs9wLAPXcCwD43AsASN0LAFzdCwCb3QsAt90LACLqDwD23QsAdeoPAEneCwDI6g8And4LAOfeCwD03gsAOt8LAETfCwCN3wsAm98LAODfCwD23wsAM+ALAD/gCwCG4AsAkuALANngCwDs4AsALOELADvhCwB/4QsAi+ELANLhCwDT4QsAJeILAC/iCwB44gsAhuILAMviCwDQ4gsAHuMLACvjCwAb6w8Af+MLAMTjCwDa4wsAF+QLACPkCwBq5AsAceQLAL3kCwDF5AsAEOULABXlCwBj5QsAbOULALblCwDA5QsACeYLABHmCwBc5gsAYOYLAK/mCwCx5gsAAucLABDnCwBV5wsAX+cLAKjnCwC25wsA++cLAAjoCwBO6AsAZegLAKHoCwCp6AsA9OgLAATpCwBH6QsATOkLAJrpCwCg6QsA7ekLAPXpCwBA6gsAReoLAJPqCwCU6gsA5uoLAPLqCwA56wsAP+sLAIzrCwCO6wsA3+sLAOnrCwAy7AsAQOwLAIXsCwCK7AsA2OwLAOXsCwAU7A8AQu0LAH7tCwCE7QsA0e0LAN3tCwAk7gsAO+4LAHfuCwB57gsAyu4LANTuCwAd7wsAKe8LAHDvCwB87wsAw+8LAMnvCwAW8AsAHPALAGnwCwBu8AsAvPALAMLwCwBn7A8AEvELAHjUDQAa8QsAYvELAGPxCwC18QsAv/ELAAjyCwA48gsAuuwPAF7yCwCu8gsAuPILAA3tDwAK8wsAVPMLAGrzCwCn8wsAvfMLAPrzCwD88wsATfQLAFP0CwCg9AsAtPQLALPtDwD79AsARvULAA/1CwCQRRAATPULAG4ADQBW9QsAmfULAF/1CwCCXA0Am/ULAOz1CwD69QsAP/YLAFD2CwAG7g8AmfYLAFnuDwDu9gsAVeAMAPH2CwA49wsAO/cLAIv3CwCU9wsA3vcLAO/3CwAx+AsAO/gLAIT4CwCM+AsA1/gLAKD4CwDZLA0A2vgLACr5CwAz+QsAffkLAJP5CwDQ+QsA5vkLACP6CwAl+gsAdvoLAHz6CwDJ+gsA3foLAKzuDwBH+wsAb/sLAJr7CwD/7g8AyPsLAIfNDADO+wsAYf0LAM/7CwAmzwwA0fsLAC3ODADS+wsAFfwLABf8CwBo/AsAdvwLALv8CwDM/AsAUu8PABb9CwCl7w8AZ/0LALT9CwC6/QsAB/4LAAz+CwBa/gsAYP4LAPjvDwC5/gsAAP8LAAj/CwCe8A8AX/8LAKb/CwCw/wsA+f8LAAIADABMAAwATQAMAJ8ADACnAAwA8gAMAPcADABFAQwAVQEMAETxDwCkAQwA6wEMAO0BDAA+AgwARAIMAJECDACYAgwA5AIMAOkCDAA3AwwAOwMMAIoDDACXAwwA3QMMAOUDDAAwBAwANQQMAIMEDACTBAwAl/EPAOcEDAApBQwANQUMAHwFDACLBQwAzwUMANkFDAAiBgwAMAYMAHUGDACCBgwAyAYMAN8GDADq8Q8AHgcMAJDyDwBxBwwAwQcMAHUHDAAZAxAAyQcMABQIDAA/CAwAZwgMAJIIDAC6CAwA5QgMAOPyDwAWCQwAYAkMAGEJDACzCQwAwgkMAAYKDADJCQwApQsMABcKDABZCgwAWwoMAKwKDACvCgwA/woMAAILDABSCwwAWgsMANzzDwCqCwwA+AsMAP8LDABLDAwAVAwMAJ4MDACvDAwA8QwMAP0MDABEDQwATA0MAC/0DwCdDQwA6g0MAPENDAA9DgwAQg4MAJAODACUDgwA4w4MAPAODAA2DwwARQ8MAIkPDACaDwwA3A8MAN4PDAAvEAwAMhAMAIIQDACFEAwA1RAMAN0QDACC9A8ALREMAEVUDAAzEQwAHeENADQRDAB7EQwAfhEMAM4RDADYEQwA1fQPACoSDAB0EgwAgxIMAMcSDADWEgwAGhMMACYTDABtEwwAcBMMAMATDADDEwwAKPUPABYUDABmFAwAkRQMAHv1DwDBFAwAzvUPABQVDAAh9g8AZxUMAHT2DwC3FQwABRYMABIWDABYFgwAWxYMAKsWDACwFgwA/hYMAA8XDABRFwwAXRcMAMf2DwCpFwwA9xcMAAgYDABKGAwAVhgMAJ0YDAC3GAwA8BgMAPQYDADiGgwA9xgMACcdDAD6GAwAcx4MAPwYDADbGwwA/hgMAOkZDAABGQwAQxkMAEgZDACWGQwArRkMABr3DwD2GQwAPBoMAEwaDACPGgwAlBoMAG33DwDkGgwANRsMADsbDACIGwwAlRsMAMD3DwDhGwwALhwMADQcDACBHAwAhhwMANQcDADaHAwAE/gPADMdDAB6HQwAkx0MAM0dDADWHQwAIB4MADceDABm+A8AeR4MAMYeDADIHgwAGR8MACgfDABsHwwAeB8MALn4DwDBHwwAEiAMACMgDABlIAwAcyAMALggDAC/IAwACyEMAA0hDABeIQwAaCEMALEhDAC/IQwABCIMAAkiDABXIgwAZCIMAKoiDACyIgwA/SIMAAEjDABQIwwAUiMMAKMjDACpIwwA9iMMAAMkDAAM+Q8AViQMAJwkDACzJAwA7yQMAAslDABf+Q8ATiUMAJUlDACWJQwA6CUMAO4lDAA7JgwARyYMAI4mDACdJgwA4SYMAOMmDAA0JwwAPicMAIcnDACVJwwA2icMAN8nDAAtKAwAOigMAIAoDACIKAwA0ygMANcoDAAmKQwAKCkMAHkpDAB/KQwAzCkMANkpDACy+Q8ALCoMAHIqDACJKgwAxSoMAOEqDAAF+g8AISsMAGsrDAB5KwwAvisMAMgrDAARLAwAHSwMAGQsDABnLAwAtywMANMsDAAKLQwAEi0MAFj6DwBpLQwAsC0MALMtDAADLgwADS4MAFH7DwBfLgwAqS4MALcuDAD8LgwABi8MAE8vDABbLwwAoi8MAKovDAD3+w8A9y8MAEgwDABWMAwAmzAMAKwwDABK/A8A9TAMAJ38DwBGMQwAlDEMAJwxDADnMQwA7TEMADoyDABDMgwAjTIMAJoyDABD/Q8A5TIMADMzDADsMgwA0jQMADwzDACGMwwAkDMMANkzDADhMwwALDQMAG00DAB/NAwAhzQMAJb9DwDYNAwAJTUMACs1DAB4NQwAgDUMAMs1DAAMNgwAHjYMACY2DADp/Q8AeTYMADz+DwDNNgwAFzcMACU3DABqNwwAdDcMAL03DADJNwwAEDgMABM4DABjOAwAazgMAOL+DwDCOAwACTkMAAw5DABcOQwAZjkMADX/DwC3OQwAiP8PABA6DABVOgwAZjoMAKg6DAC0OgwA+zoMAP46DADb/w8AkTsMAKE7DADkOwwALgAQAAQ8DABHPAwASTwMAJo8DACoPAwA7TwMAP48DACBABAAXD0MAJM9DACbPQwA1AAQAOw9DAANrwwA+T0MADk+DABIPgwAjD4MAJg+DADfPgwA4D4MADI/DAA8PwwAhT8MAJM/DADYPwwA3T8MACtADAA4QAwAJwEQAIxADADRQAwA3kAMACRBDAAsQQwAegEQAINBDADKQQwA80EMAB1CDAApQgwAcEIMAH9CDADDQgwAzUIMABZDDAAkQwwAaUMMAG5DDAC8QwwAyUMMAA9EDAAXRAwAYkQMAHBEDAC1RAwAwkQMAAhFDAAQRQwAzQEQAF1FDAA2Ww0AaUUMAK5FDAC4RQwAAUYMAA1GDABURgwAW0YMAKdGDACvRgwA+kYMAP5GDABNRwwAW0cMAKBHDACqRwwA80cMAP5HDABGSAwATkgMAJlIDACbSAwA7EgMAPRIDAA/SQwATEkMAJJJDACXSQwA5UkMAPJJDAA4SgwAVkoMAItKDAC6SgwA3koMAOpKDAAxSwwAN0sMAIRLDACJSwwA10sMAN9LDAAqTAwANkwMAH1MDACQTAwA0EwMAN5MDAAjTQwALU0MAHZNDAB+TQwAyU0MANhNDAAcTgwAIU4MAG9ODAB2TgwAwk4MAM5ODAAVTwwAMU8MAGhPDABwTwwAIAIQAL1PDAAOUAwAHFAMAGFQDABuUAwAtFAMAMJQDAAHUQwAFFEMAFpRDABxUQwArVEMALVRDAAAUgwADlIMAFNSDABgUgwAplIMAK5SDADGAhAAB1MMAExTDABNUwwAbAMQAKtTDADyUwwA+VMMAL8DEABMVAwAmFQMAJ1UDAASBBAA81QMAGUEEABGVQwAkVUMAINVDAAfbw4AklUMAJGoDACUVQwAg6oMAJpVDADkVQwAm1UMAEWnDAChVQwAiqkMAPFVDAA3VgwAQlYMAIpWDACMVgwA3VYMAOpWDAAwVwwAN1cMAINXDACUVwwA1lcMAOJXDAApWAwAMFgMAHxYDACEWAwAuAQQANVYDAAiWQwAKFkMAHVZDAB6WQwAyFkMAM5ZDAALBRAAJ1oMAG5aDAB4WgwAwVoMAMVaDAAUWwwAIFsMAGdbDABzWwwAulsMAMdbDAANXAwAFVwMAGBcDABqXAwAs1wMAL9cDAAGXQwACV0MAFldDABjXQwAsQUQAK5dDAD/XQwAAl4MAFJeDABVXgwAVwYQAK1eDACqBhAABl8MAEtfDABMXwwA/QYQAKZfDABQBxAA9l8MAERgDABLYAwAl2AMAJxgDACjBxAA8mAMAPYHEABFYQwAkGEMAJphDADjYQwA7mEMADZiDABEYgwAiWIMAIxiDADcYgwA5GIMAC9jDAA5YwwAgmMMAI5jDADVYwwA2GMMAChkDAAyZAwASQgQAIlkDADOZAwA5GQMACFlDAAtZQwAdGUMAHtlDADHZQwAz2UMABpmDAAfZgwAbWYMAHZmDADAZgwAymYMABNnDAAbZwwAZmcMAGhnDAC5ZwwAyWcMAAxoDAAWaAwAX2gMAGtoDACyaAwAuGgMAAVpDAANaQwA7wgQAGZpDACraQwArGkMAEIJEAADagwAlQkQAFNqDACkagwApWoMAPdqDAD6agwASmsMAFVrDACdawwAomsMAPBrDAD6awwA6AkQAGdsDACWbAwAnmwMADsKEADrbAwAPG0MAE1tDACPbQwAoG0MAOJtDADlbQwAjgoQADtuDACIbgwAjW4MANtuDADebgwALm8MADFvDACBbwwAiW8MAOEKEADibwwAJ3AMACpwDAB6cAwAhXAMAM1wDADZcAwAIHEMACdxDABzcQwAe3EMAMZxDADUcQwAGXIMACZyDABscgwAdHIMADQLEADLcgwAEnMMABVzDABlcwwAb3MMALhzDADAcwwAhwsQABd0DABedAwAZHQMALF0DAC7dAwABHUMABh1DABXdQwAX3UMANoLEAC3dQwA/XUMAAV2DABQdgwAU3YMAKN2DACvdgwA9nYMAAB3DABJdwwAUncMAJx3DACddwwA73cMAAd4DABCeAwARHgMAJV4DACmeAwA6HgMAPl4DAA7eQwAQ3kMAI55DACdeQwA4XkMAON5DAA0egwARXoMAId6DACYegwA2noMAPN6DAAtewwAL3sMAIB7DACPewwA03sMAPN7DACADBAAKHwMAHl8DACZfAwAzHwMAOB8DADMDRAAJ30MAHJ9DAB/fQwAxX0MAMp9DAAYfgwAIn4MAGt+DABzfgwAvn4MAMR+DAARfwwAGn8MAGR/DABxfwwAHw4QAMN/DAAKgAwAEIAMAF2ADABjgAwAsIAMALmADAADgQwABIEMAFaBDABggQwAqYEMALWBDAD8gQwAA4IMAHIOEABXggwAxQ4QAKqCDAAYDxAA/YIMAGsPEABUgwwAm4MMAKuDDADugwwA84MMAEGEDABHhAwAlIQMAKCEDADnhAwA74QMAL4PEABLhQwAjYUMAJ6FDADghQwA8oUMADOGDAA7hgwAhoYMAJGGDADZhgwA3oYMACyHDAAxhwwAf4cMAJ+HDAAREBAA4ocMACWIDAAviAwAeIgMAISIDADLiAwA0YgMAB6JDAAmiQwAcYkMAHOJDADEiQwAfYkMAEePDADViQwAF4oMACiKDABqigwAfIoMAL2KDADFigwAEIsMABuLDABjiwwAaIsMALaLDAC7iwwACYwMACmMDABkEBAAXowMAK+MDAC+jAwAAo0MAA2NDABVjQwAZ40MAKiNDACwjQwA+40MAAaODABOjgwAU44MAKGODACmjgwA9I4MABSPDAC3EBAASY8MAJqPDACpjwwA7Y8MAPiPDABAkAwAUpAMAJOQDACbkAwA5pAMAPGQDAA5kQwAPpEMAIyRDACRkQwA35EMAP+RDAAKERAAP5IMAIWSDACckgwAXREQAOWSDAArkwwAQpMMALAREACLkwwA0ZMMANiTDAAklAwAMpQMAHeUDACElAwAypQMAOGUDAADEhAAJZUMAFYSEABylQwAw5UMANGVDAAWlgwAJ5YMAKkSEAB2lgwAvJYMANOWDAD8EhAAGZcMAGKXDABulwwAtZcMALiXDAAImAwAEpgMAE8TEAB3mAwAohMQALaYDAD1ExAACZkMAFSZDABVmQwA5ZwMAFeZDADzmgwAW5kMALSjDABemQwAp5kMAGOZDADXngwAZJkMAN6dDACsmQwADqMMALOZDAD6mQwA/ZkMAE2aDABXmgwASBQQAKiaDACbFBAA/JoMAEabDAATmwwAwqEMAFSbDACZmwwAo5sMAOybDAD4mwwAP5wMAEKcDACSnAwAmpwMAO4UEADnnAwAOJ0MADudDACLnQwAjp0MAEEVEADgnQwAMZ4MAD+eDACEngwAlZ4MAOcVEADZngwAKp8MADefDAB9nwwAjJ8MANCfDADcnwwAI6AMADSgDAB2oAwAh6AMAMmgDADVoAwAHKEMACOhDABvoQwAd6EMAI0WEADQoQwAFaIMABaiDADgFhAAdKIMALuiDADCogwAMxcQABWjDABhowwAZqMMANkXEAC9owwAB6QMAA2kDABapAwAXKQMAK2kDAC3pAwAAKUMAA6lDABTpQwAWKUMAKalDACzpQwA+aUMABGmDABMpgwAYqYMAJ+mDACipgwA8qYMAPqmDAB/GBAAUacMAJinDACbpwwA66cMAPWnDADSGBAARqgMACUZEACTqAwA5KgMAOeoDAA3qQwAOqkMAHgZEACMqQwA3akMAOupDAAwqgwAQaoMAB4aEACMqgwA1qoMAOSqDAApqwwA76oMAFs3DgAzqwwAfKsMAIirDADPqwwA0qsMACKsDAAqrAwAxBoQAI+sDAAXGxAA4qwMAButDAA1rQwAahsQAHOtDABSsQwAfK0MAPixDAB+rQwAwa0MAMOtDAAUrgwAIq4MAGeuDAB4rgwAvRsQAMGuDAAQHBAAE68MAGCvDABlrwwAs68MALmvDABjHBAADLAMAFmwDABesAwArLAMAMKwDAD/sAwAB7EMAAkdEABysQwApbEMAK2xDABcHRAAD7IMAEuyDABYsgwAnrIMAKOyDADxsgwA97IMAESzDABQswwAl7MMAJ6zDADqswwA8rMMAD20DABgtAwAAh4QAJ20DADjtAwA8rQMADa1DAA4tQwAibUMAJK1DADctQwA87UMAC+2DAA6tgwAgrYMAIy2DADVtgwA3bYMAKgeEAAutwwAe7cMAIG3DADOtwwA07cMACG4DAAnuAwA+x4QAJa4DADHuAwAz7gMAKEfEAAjuQwAbbkMAG65DADAuQwAyLkMABO6DAAeugwAZroMAGu6DAC5ugwAvroMAAy7DAAsuwwA9B8QAGW7DACyuwwAubsMAAW8DAAKvAwAWLwMAFy8DACrvAwAuLwMAP68DAAGvQwAUb0MAFy9DACkvQwAqb0MAPe9DAD8vQwASr4MAGq+DABHIBAArL4MAPC+DAD7vgwAQ78MAEu/DACWvwwAmb8MAOm/DACgvwwA1MIMAPW/DAA8wAwARsAMAI/ADACYwAwA4sAMAOPADAA1wQwAPcEMAIjBDACTwQwA28EMAODBDAAuwgwAM8IMAIHCDAChwgwAmiAQAODCDAAnwwwAKcMMAHrDDACAwwwAzcMMANTDDAAgxAwAJcQMAHPEDAB3xAwAxsQMANPEDAAZxQwAIcUMAGzFDAB3xQwAv8UMAMTFDAASxgwAF8YMAGXGDACFxgwA7SAQAMDGDABAIRAAFccMAF7HDABnxwwAsccMALfHDAAEyAwAEMgMAFfIDAB1yAwAqsgMAKvIDAD9yAwA/8gMAFDJDABdyQwAo8kMALHJDAD2yQwABcoMAEnKDABlygwAnMoMAKTKDADmIRAAAssMAELLDABDywwAlcsMAKHLDADoywwA98sMADvMDABFzAwAjswMAJrMDADhzAwA6MwMADkiEAA8zQwAjCIQAJDNDADazQwA580MAN8iEAAyzgwAgM4MAI3ODADTzgwA3c4MADIjEAAozwwAec8MAI/PDADMzwwA2M8MAIUjEAAn0AwAaeINAD3QDABy0AwAkNAMAMXQDADN0AwAGNEMAOfQDABtBQ4AGdEMALfSDAAb0QwAA9QMACTRDADABQ4AKNEMAGvRDABt0QwAvtEMAMzRDAAR0gwAItIMANgjEABs0gwAKyQQALnSDAAK0wwADdMMAF3TDABg0wwAfiQQALjTDADRJBAADdQMAJspDQAj1AwAVtQMAGTUDACp1AwAqtQMACQlEAAE1QwAdyUQAHLVDADKJRAAr9UMAPXVDAAD1gwASNYMAFLWDACb1gwAo9YMAO7WDADv1gwAy9sMAAnXDACG2QwAF9cMAEHXDABK1wwAlNcMAJXXDADn1wwA9dcMADrYDABE2AwAjdgMAJnYDADg2AwA5tgMADPZDABP2QwAHSYQAJTZDADZ2QwA5tkMACzaDAA22gwAf9oMAIHaDADS2gwA6doMACXbDAAx2wwAeNsMAJTbDABwJhAA3NsMAB7cDAAg3AwAcdwMAHvcDADE3AwA1NwMABfdDAAc3QwAat0MAHDdDAC93QwA090MABDeDAAY3gwAY94MAGbeDAC23gwAv94MAAnfDAAX3wwAXN8MAGbfDACv3wwAu98MAALgDAAe4AwAwyYQAGLgDACo4AwAsOAMAPvgDAD+4AwAOTcNAAvhDABO4QwAUOEMAEA2DQBc4QwAoeEMAK7hDAD04QwAAuIMAEfiDABK4gwAmuIMAKXiDADt4gwA+eIMAEDjDABH4wwAk+MMAJvjDADm4wwA6OMMADnkDABJ5AwAjOQMAJbkDADf5AwA6+QMADLlDAA45QwAheUMAI3lDAAWJxAA2uUMACvmDAA55gwAfuYMAIvmDADR5gwA3eYMACTnDAAq5wwAd+cMAHrnDADK5wwA0ucMAB3oDAAf6AwA+uwMACDoDAC86QwALegMAHDoDABy6AwAhPEMAHXoDADD6AwAzOgMABbpDAAj6QwAaekMAHDpDABpJxAAxekMAOzuDADG6QwAW+sMANzpDAAP6gwAHeoMAGLqDABj6gwAvCcQAMHqDAAI6wwAD+sMAA8oEABd6wwArusMALTrDAAB7AwAC+wMAFTsDABg7AwAp+wMAK7sDABiKBAAE+0MAE3tDABS7QwAoO0MAKbtDADz7QwA/e0MAEbuDABS7gwAme4MAKDuDAC1KBAA++4MAD/vDABO7wwAku8MAJ7vDADl7wwA6O8MADjwDAA78AwAi/AMAJvwDADe8AwA5/AMADHxDABC8QwACCkQAJLxDADX8QwA6PEMAFspEAAx8gwArikQAIXyDADQ8gwA0vIMAK33DADT8gwAb/QMAODyDAAj8wwAJfMMADf8DAAo8wwAdvMMAH/zDADJ8wwA1vMMABz0DAAj9AwAASoQAHj0DACf+QwAefQMAA72DACP9AwAwvQMAND0DAAV9QwAFvUMAFQqEAB09QwAu/UMAML1DACnKhAAEPYMAGH2DABn9gwAtPYMAL72DAAH9wwAE/cMAFr3DABh9wwA+ioQAMb3DAAA+AwABfgMAFP4DABZ+AwApvgMALD4DAD5+AwABfkMAEz5DABT+QwATSsQAK75DADy+QwAAfoMAEX6DABR+gwAmPoMAJv6DADr+gwA7voMAD77DABO+wwAkfsMAJr7DADk+wwA9fsMAKArEABF/AwAivwMAJv8DADzKxAA5PwMAEYsEAA4/QwAg/0MALr9DADW/QwA3v0MACn+DAA5/gwAfP4MAH7+DADP/gwA3f4MACL/DAAz/wwAmSwQAHv/DADI/wwA1P8MAOwsEABHAA0Aki0QAHcADQDBAA0AzgANABQBDQAwAQ0AZwENAG8BDQDlLRAAywENAA0CDQAPAg0AYAINAGECDQCzAg0AtgINAAYDDQASAw0AWQMNAGADDQCsAw0AyAMNAP8DDQAHBA0Aiy4QAF8EDQClBA0AtQQNAPgEDQD9BA0ASwUNAHsFDQDeLhAApAUNADEvEAD5BQ0ARAYNAEUGDQBYDw0ASgYNAA+JDgBOBg0AlwYNAFAGDQDOCg0AVAYNAC8JDQBiBg0AlhINAJwGDQCagQ4AogYNAL18DgCjBg0A6gYNAO0GDQA9Bw0ARwcNAIQvEACYBw0A4wcNAOkHDQA2CA0APwgNAIkIDQCWCA0A3AgNAPgIDQDXLxAAMQkNAIIJDQA0CQ0AoIwOAJAJDQDVCQ0A5gkNACowEAAuCg0AewoNAIcKDQB9MBAA1AoNACELDQAnCw0AdAsNAHkLDQDHCw0AzQsNAHYxEAAhDA0AbzIQAHIMDQDADA0AyAwNABMNDQAfDQ0AZg0NAHkNDQC5DQ0AxQ0NAAwODQAbDg0AXw4NAGgODQCyDg0AvA4NAAUPDQARDw0AFTMQAGkPDQCrDw0Atw8NAP4PDQAAEA0AURANAFQQDQCkEA0AsBANAPcQDQD/EA0AaDMQAFYRDQCdEQ0ArRENAPARDQD8EQ0AQxINAEkSDQC7MxAAuBINAOkSDQDxEg0APBMNAGQTDQCPEw0AmhMNAOITDQDuEw0ANRQNAEYUDQCIFA0AiRQNAA40EADhFA0ALhUNADsVDQBhNBAAjhUNANQVDQDrFQ0AJxYNAFcWDQB6Fg0AghYNAM0WDQDXFg0AIBcNACwXDQBzFw0AdhcNAMYXDQDQFw0AtDQQACEYDQBsGA0AchgNAL8YDQDIGA0AEhkNAB8ZDQBlGQ0AgRkNAAc1EAC6GQ0ACxoNAL8ZDQADJw0AGBoNAF4aDQBlGg0AsRoNALMaDQAEGw0AChsNAFcbDQBeGw0AqhsNAMIbDQD9Gw0AAhwNAFAcDQAJHA0A9hwNAFkcDQCjHA0ArRwNAFo1EAD8HA0ASR0NAE8dDQCcHQ0AoR0NAO8dDQD1HQ0ArTUQAEMeDQCVHg0Aph4NAOgeDQD0Hg0AOx8NAEUfDQCOHw0Amh8NAOEfDQDoHw0AADYQADYgDQCHIA0APyANAEyYDgCKIA0A2iANAPogDQAtIQ0ANSENAFM2EACRIQ0A0yENANohDQAmIg0ALiINAHkiDQB8Ig0AGCQNAIkiDQDMIg0AziINAB8jDQAtIw0AciMNAIMjDQCmNhAAzCMNAPk2EAAhJA0AayQNAHokDQC+JA0AzSQNABElDQAdJQ0AZCUNAGclDQC3JQ0AuiUNAAomDQAaJg0AXSYNAGYmDQCwJg0AwSYNAEw3EAAIJw0AVicNAF8nDQCpJw0AsycNAPwnDQAEKA0ATygNAG0oDQCiKA0AwCgNAPUoDQATKQ0ASCkNAGYpDQCfNxAAoikNAO4pDQDzKQ0AQSoNAPopDQA6Kw0ASioNAJQqDQCeKg0A5yoNAAMrDQDyNxAAQCsNAI0rDQCTKw0A4CsNAPwrDQBFOBAAWywNAOs4EACuLA0APjkQAOEsDQA3OhAAQi0NAH8tDQCBLQ0A0i0NANgtDQAlLg0AOS4NAHguDQCALg0Ayy4NAPMuDQCKOhAAJy8NAHEvDQB+Lw0AxC8NANIvDQAXMA0AITANAGowDQCEMA0AvTANAMowDQAQMQ0AHDENAGMxDQBtMQ0AtjENAL4xDQDdOhAAEDINAFwyDQBkMg0AMDsQAIgyDQApPBAAuzINAAIzDQAJMw0AVTMNAF0zDQCDOxAAqjMNAPszDQAMNA0ATjQNAFY0DQChNA0AqzQNAPQ0DQAANQ0ARzUNAEo1DQCaNQ0ApDUNAHw8EAAJNg0AzzwQAE42DQCTNg0ApDYNACI9EADtNg0AdT0QAEI3DQCMNw0AmzcNAN83DQDuNw0AMjgNAD44DQCFOA0AiDgNANg4DQDbOA0AKzkNADs5DQB+OQ0AhzkNANE5DQDiOQ0AyD0QADA6DQB3Og0AfzoNABs+EADMOg0AHTsNANY6DQDDOw0AIDsNAHA7DQB4Ow0Abj4QAMk7DQAWPA0AIjwNAGk8DQBxPA0AwT4QAMg8DQAPPQ0AEj0NAGI9DQBsPQ0AFD8QALo9DQAIPg0AHj4NAFs+DQBcPg0Arj4NAL8+DQABPw0ADT8NAFQ/DQBePw0Apz8NALM/DQBnPxAABkANAE1ADQBQQA0AoEANAKpADQANQBAA9kANAEZBDQBJQQ0AmUENAKVBDQDsQQ0A8kENAD9CDQBJQg0AYEAQAJdCDQDlQg0A8kINADhDDQA7Qw0Ai0MNAKdDDQDeQw0A5kMNALNAEAA5RA0ABkEQAIxEDQBZQRAA2kQNACpFDQDuRA0ARP8NAEpFDQB9RQ0AkUUNAKxBEADdRQ0A/0EQACRGDQB2Rg0AfEYNAMlGDQDVRg0AHEcNACtHDQBvRw0AcUcNAMJHDQDMRw0AFUgNACFIDQBoSA0Ab0gNAFJCEADHSA0ApUIQABZJDQD4QhAAY0kNALRJDQDCSQ0AB0oNABhKDQDjRRAAYEoNAK1KDQC5Sg0ANkYQAAZLDQBTSw0AWUsNAKZLDQCrSw0A+UsNAP9LDQDcRhAAT0wNAJ9MDQCrTA0A8kwNAPhMDQBFTQ0AT00NAIJHEACdTQ0A600NAPhNDQA+Tg0AQU4NAJFODQCmTg0A5E4NAOxODQDVRxAAP08NAIpPDQCWTw0A3U8NAONPDQAwUA0ANlANAINQDQCIUA0A1lANANxQDQDHSRAAOFENAHxRDQCLUQ0Az1ENANhRDQAiUg0AKFINAHVSDQB7Ug0AyFINANRSDQAbUw0AIlMNAG5TDQB2Uw0AbUoQAMtTDQAUVA0AH1QNAGdUDQBzVA0AulQNAMBUDQANVQ0AFVUNAGBVDQBsVQ0As1UNALlVDQAGVg0ADFYNAFlWDQBeVg0ArFYNALJWDQDAShAABlcNAFJXDQBgVw0ApVcNALJXDQD4Vw0AD1gNAEtYDQBnWA0AnlgNAKZYDQATSxAABFkNAERZDQBGWQ0Al1kNAK1ZDQDqWQ0A61kNAD1aDQBOWg0AkFoNAJxaDQBmSxAA/1oNALlLEABMWw0AiVsNAIpbDQDcWw0A7VsNAC9cDQA7XA0ADEwQAIdcDQDVXA0A21wNAChdDQBIXQ0Ae10NAIddDQDOXQ0A1V0NAF9MEAAnXg0AdF4NAHleDQDHXg0AzV4NALJMEAAuXw0AbV8NAG5fDQDAXw0AzF8NABNgDQAvYA0AZmANAG5gDQCrTRAAxWANAAxhDQAoYQ0AX2ENAGdhDQBRThAAvmENAAViDQALYg0AWGINAF5iDQCrYg0Aw2INAP5iDQAIYw0AUWMNAF1jDQCkYw0Ap2MNAPdjDQABZA0ASmQNAGJkDQCdZA0ArWQNAPBkDQDyZA0AQ2UNAFFlDQCWZQ0Ap2UNAKROEADvZQ0APGYNAEhmDQD3ThAAl2YNAJ1PEADuZg0ANWcNADhnDQCIZw0AkmcNAPBPEADdZw0ALmgNADxoDQCBaA0AkmgNAJZQEADbaA0A6VAQAC9pDQA8URAAgmkNADVSEADPaQ0AIGoNAC1qDQBzag0AgmoNAMZqDQDMag0AGWsNACVrDQBsaw0AbmsNAL9rDQDJaw0AEmwNACBsDQBlbA0AamwNALhsDQDFbA0AC20NABdtDQBebQ0AcW0NALFtDQDAbQ0ABG4NABBuDQBXbg0AWG4NAKpuDQC0bg0A/W4NAAtvDQBQbw0AVW8NAKNvDQCwbw0AiFIQAABwDQBJcA0AV3ANAJxwDQCfcA0A73ANAP9wDQBCcQ0AUHENAJVxDQChcQ0A6HENAO9xDQA7cg0AQnINAI5yDQCacg0A4XINAOJyDQA0cw0AQHMNAIdzDQCUcw0A2nMNAOFzDQAtdA0AOXQNAIB0DQCNdA0A03QNAOJ0DQAmdQ0AOnUNAHl1DQCFdQ0AzHUNAN91DQAfdg0ALnYNAHJ2DQB+dg0AxXYNAMZ2DQAYdw0AIncNAGt3DQB5dw0AvncNAMN3DQAReA0AHngNANtSEABleA0At3gNAMh4DQAKeQ0AGHkNAF15DQBseQ0AsHkNALJ5DQADeg0ADXoNAFZ6DQBkeg0AqXoNAK56DQD8eg0ACXsNAE97DQBeew0AonsNAKd7DQD1ew0AAnwNAEh8DQBSfA0Am3wNAKd8DQDufA0AAX0NAEF9DQBLfQ0AlH0NAKB9DQDnfQ0A+n0NADp+DQBJfg0AjX4NAJl+DQDgfg0A4X4NADN/DQA9fw0Ahn8NAJR/DQDZfw0A3n8NACyADQA5gA0ALlMQAISADQDSgA0A34ANACWBDQAvgQ0AeIENAH6BDQDLgQ0AzYENAB6CDQArgg0AcYINAHSCDQDEgg0A0oINABeDDQAjgw0AaoMNAHeDDQC9gw0Ax4MNABCEDQAfhA0AY4QNAGiEDQC2hA0Aw4QNAAmFDQAWhQ0AXIUNAGiFDQCvhQ0AvoUNAAKGDQAMhg0AVYYNAGOGDQCohg0ArYYNAPuGDQAIhw0ATocNAFqHDQChhw0AtIcNAPSHDQADiA0AR4gNAFOIDQCaiA0Am4gNAO2IDQD3iA0AQIkNAE6JDQCTiQ0AmIkNAOaJDQDziQ0AgVMQAEyKDQCMig0Am4oNAN+KDQDrig0AMosNADOLDQCFiw0Aj4sNANiLDQDmiw0AK4wNADCMDQB+jA0Ai4wNANRTEADkjA0AJI0NADONDQB3jQ0Ag40NAMqNDQDLjQ0AHY4NACeODQBwjg0Afo4NAMOODQDIjg0AFo8NACOPDQAnVBAAa48NALyPDQDKjw0AD5ANAByQDQBikA0AbpANALWQDQC7kA0ACJENABmRDQBbkQ0AXZENAK6RDQC3kQ0AAZINAA6SDQBUkg0AY5INAKeSDQCykg0A+pINAAaTDQBNkw0AYJMNAKCTDQCvkw0A85MNAP+TDQBGlA0AR5QNAJmUDQCjlA0A7JQNAPqUDQA/lQ0ARJUNAJKVDQCflQ0AelQQAPKVDQA4lg0ARpYNAIuWDQCVlg0A3pYNAOyWDQAxlw0AM5cNAISXDQCVlw0A15cNAOWXDQAqmA0AWZgNAH2YDQB/mA0A0JgNANqYDQAjmQ0AMZkNAHaZDQB7mQ0AyZkNANaZDQAcmg0AKJoNAG+aDQCCmg0AwpoNANGaDQAVmw0AIZsNAGibDQBpmw0Au5sNAMWbDQAOnA0AHJwNAGGcDQBmnA0AtJwNAMGcDQDNVBAACZ0NAFqdDQBcnQ0ArZ0NALydDQAAng0AD54NAFOeDQBfng0App4NAKmeDQD5ng0A/J4NAEyfDQBSnw0An58NAKufDQDynw0A9Z8NAEWgDQBKoA0AmKANAKGgDQDroA0A8aANAD6hDQBNoQ0AkaENAJ2hDQDkoQ0A9KENADeiDQA5og0AiqINAJiiDQDdog0A7qINACBVEAA2ow0Ag6MNAI+jDQBzVRAA6aMNACmkDQA4pA0AfKQNAIikDQDPpA0A0KQNACKlDQAspQ0AdaUNAIOlDQDIpQ0AzaUNABumDQAopg0AxlUQAHqmDQDBpg0Ay6YNABSnDQA9pw0AZ6cNAG6nDQC6pw0A06cNAA2oDQAcqA0AYKgNAG+oDQCzqA0AuKgNAAapDQATqQ0AWakNAGapDQCsqQ0AuKkNAP+pDQAOqg0AUqoNAFyqDQClqg0As6oNAPiqDQD9qg0AS6sNAFirDQCeqw0AqqsNAPGrDQAErA0ARKwNAFOsDQCXrA0Ao6wNAOqsDQDrrA0APa0NAEetDQCQrQ0Anq0NAOOtDQDorQ0ANq4NAEOuDQAZVhAAmq4NANyuDQDtrg0AL68NADuvDQCCrw0Ama8NANWvDQDXrw0AKLANADmwDQB7sA0AfrANAM6wDQDYsA0AIbENACOxDQB0sQ0AfrENAMexDQDTsQ0AGrINACayDQBtsg0AgLINAMCyDQDPsg0AE7MNAB+zDQBmsw0AZ7MNALmzDQDDsw0ADLQNABq0DQBftA0AZLQNALK0DQC/tA0AbFYQAAe1DQBYtQ0AYrUNAKu1DQCztQ0Av1YQABG2DQBRtg0AXbYNAKS2DQCztg0A97YNAAC3DQBKtw0AVLcNAJ23DQCrtw0A8LcNAPW3DQBDuA0AULgNAJa4DQCiuA0A6bgNAPy4DQA8uQ0AS7kNAI+5DQCbuQ0A4rkNAOO5DQA1ug0AP7oNAIi6DQCWug0A27oNAOC6DQAuuw0AO7sNABJXEACDuw0A1LsNAN67DQAnvA0AL7wNAGVXEAB/vA0AzbwNAOO8DQAgvQ0AIb0NAHO9DQCEvQ0Axr0NANK9DQAZvg0AI74NAGy+DQB6vg0Av74NAMS+DQASvw0AH78NAGW/DQBxvw0AuL8NAMu/DQALwA0AGsANAF7ADQBqwA0AscANALLADQAEwQ0ADsENAFfBDQBlwQ0AqsENAK/BDQD9wQ0ACsINALhXEABSwg0Ao8INAK3CDQD2wg0A/sINAAtYEABfww0AnMMNAKjDDQDvww0A9MMNAELEDQBLxA0AlcQNAJ/EDQDoxA0A9MQNADvFDQBOxQ0AjsUNAJ3FDQDhxQ0A7cUNADTGDQA1xg0Ah8YNAJHGDQDaxg0A6MYNAC3HDQAyxw0AgMcNAI3HDQBeWBAA1ccNACbIDQAwyA0AecgNAIHIDQCxWBAA2cgNAB/JDQAuyQ0AcskNAH3JDQDFyQ0A0ckNABjKDQAnyg0Aa8oNAIvKDQC+yg0AysoNABHLDQAYyw0AZMsNAHLLDQC3yw0AvMsNAArMDQAWzA0AXcwNAHDMDQCwzA0Av8wNAAPNDQAPzQ0AVs0NAFfNDQCpzQ0As80NAPzNDQAKzg0AT84NAFTODQCizg0Ar84NAARZEAD3zg0ASM8NAFLPDQCbzw0Ao88NAFdZEAAL0A0AQdANAFLQDQCU0A0AoNANAOfQDQD60A0AOtENAEnRDQCN0Q0AmdENAODRDQDh0Q0AM9INAD3SDQCG0g0AlNINANnSDQDe0g0ALNMNADnTDQCqWRAAgdMNANLTDQDc0w0AJdQNAC3UDQD9WRAAldQNAMvUDQDc1A0AHtUNACrVDQBx1Q0AhNUNAMTVDQDT1Q0AF9YNACPWDQBq1g0Aa9YNAL3WDQDH1g0AENcNAB7XDQBj1w0AaNcNALbXDQDD1w0AUFoQAAvYDQBc2A0AZtgNAK/YDQC32A0Ao1oQABPZDQBV2Q0AadkNAKjZDQCs2Q0A+9kNAP3ZDQBO2g0AYtoNAKHaDQCk2g0A9NoNABHbDQBH2w0AWNsNAJrbDQCm2w0A7dsNAADcDQBA3A0AT9wNAJPcDQCf3A0A5twNAOfcDQA53Q0AQ90NAIzdDQCa3Q0A390NAOTdDQAy3g0AP94NAPZaEACH3g0A2N4NAOLeDQAr3w0AM98NAElbEACA3w0A0d8NAN/fDQAk4A0ANeANAJxbEAB+4A0A71sQANLgDQCOXRAAI+ENAHDhDQB14Q0Aw+ENAMfhDQAW4g0AI+INAOFdEABs4g0A7OcNAHXiDQC84g0Az+INAA/jDQAQ4w0AYuMNAG7jDQC14w0AxOMNAAjkDQAS5A0AW+QNAGfkDQCu5A0AteQNADReEAAJ5Q0AVOUNAFblDQAA8Q0AV+UNADHqDQBa5Q0Ap+UNAGDlDQB27A0AYeUNAPhQDgCz5Q0A+uUNAAnmDQBN5g0AWeYNAKDmDQCu5g0A8+YNAA7nDQBG5w0AUucNAJnnDQCg5w0Ah14QAPnnDQA/6A0AQegNAJLoDQCT6A0A5egNAOjoDQA46Q0AQ+kNAIvpDQCQ6Q0A3ukNAOjpDQDaXhAAPuoNAITqDQCG6g0A1+oNANjqDQAq6w0ALesNAH3rDQCI6w0A0OsNANXrDQAj7A0ALewNAC1fEACJ7A0AyewNAMrsDQAc7Q0AKO0NAG/tDQB+7Q0Awu0NAMztDQAV7g0AIe4NAGjuDQBv7g0AgF8QAMPuDQAO7w0AEO8NAGHvDQBw7w0AtO8NAL7vDQAH8A0AEPANAFrwDQBc8A0ArfANAL7wDQAmYBAAD/ENAFPxDQBd8Q0ApvENAK/xDQD58Q0A+/ENAEzyDQBd8g0An/INAKfyDQDy8g0AEPMNAEXzDQBN8w0AmPMNAKTzDQDr8w0A/vMNAD70DQA/9A0AkfQNAJ30DQDk9A0A8/QNADf1DQBB9Q0AivUNAJb1DQDd9Q0A5PUNAHlgEABB9g0Ag/YNAJT2DQDW9g0A3vYNACn3DQAw9w0AfPcNAIr3DQDP9w0A3/cNACL4DQAy+A0AdfgNAJH4DQDMYBAA1fgNABv5DQAy+Q0AbvkNAHb5DQDB+Q0Az/kNABT6DQAe+g0AZ/oNAHP6DQC6+g0A0PoNAA37DQAQ+w0AYPsNAHz7DQAfYRAAw/sNAAb8DQAQ/A0AWfwNAGH8DQCs/A0Au/wNAP/8DQAE/Q0AUv0NAF/9DQCl/Q0Ar/0NAPj9DQD6/Q0AS/4NAFn+DQCe/g0Aq/4NAPH+DQD0/g0AcmEQAE//DQCX/w0Aof8NAOr/DQDy/w0APQAOAEwADgCQAA4AlQAOAOMADgDwAA4ANgEOAEABDgCJAQ4AiwEOANwBDgDqAQ4ALwIOADwCDgCCAg4AhQIOAMVhEADYAg4AKAMOADQDDgB7Aw4AggMOAM4DDgDWAw4AIQQOADoEDgB0BA4AiAQOAMcEDgDjBA4AGgUOACIFDgBrYhAAdQUOAL5iEADNBQ4AEwYOABoGDgBmBg4AbgYOALkGDgC+Bg4ADAcOABwHDgBfBw4AZwcOALIHDgDABw4ABQgOABIIDgBYCA4AZQgOAKsIDgC3CA4A/ggOAAQJDgBRCQ4AWQkOAKQJDgCwCQ4A9wkOAAoKDgBKCg4AWQoOAJ0KDgCpCg4A8AoOAPEKDgBDCw4ATQsOAJYLDgCkCw4A6QsOAO4LDgA8DA4ASQwOABFjEACSDA4A4gwOAOwMDgA1DQ4ANw0OAIgNDgCXDQ4A2w0OAPsNDgAuDg4ANg4OAIEODgCLDg4A1A4OANoODgAnDw4AKQ8OAHoPDgCJDw4AzQ8OANkPDgAgEA4AKBAOAGRjEACREA4AxhAOAOQQDgC3YxAAMhEOAGwRDgBxEQ4AvxEOANoRDgASEg4AHhIOAGUSDgBtEg4ACmQQAMsSDgALEw4AGhMOAF4TDgBqEw4AsRMOALITDgAEFA4ADhQOAFcUDgBlFA4AqhQOAK8UDgD9FA4AChUOAF1kEABUFQ4AoxUOAKUVDgD2FQ4A+RUOAEkWDgBRFg4AnBYOAKYWDgDvFg4A+hYOAEIXDgBOFw4AlRcOAJ0XDgCwZBAA9hcOADsYDgBBGA4AjhgOAJoYDgDhGA4A8BgOADQZDgA+GQ4AhxkOAI8ZDgDaGQ4A6RkOAC0aDgAvGg4AgBoOAIkaDgDTGg4A1hoOACYbDgAyGw4AeRsOAIEbDgADZRAA3BsOAB8cDgAnHA4AchwOAHwcDgDFHA4A0BwOABgdDgAkHQ4Aax0OAHMdDgBWZRAAwx0OABEeDgAiHg4AZB4OAHUeDgC3Hg4AvB4OAAofDgAOHw4AXR8OAGsfDgCwHw4AvR8OAAMgDgAaIA4AViAOAF4gDgCpIA4AtSAOAPwgDgAPIQ4ATyEOAF4hDgCiIQ4AriEOAPUhDgD2IQ4ASCIOAFIiDgCbIg4AqSIOAO4iDgDzIg4AQSMOAE4jDgCpZRAAmiMOAOcjDgD1Iw4AOiQOAEckDgCNJA4ApCQOAOAkDgDoJA4AMyUOAD4lDgCGJQ4AiCUOANklDgDmJQ4ALCYOADMmDgB/Jg4AkCYOANImDgDgJg4AJScOADInDgB4Jw4AjycOAMsnDgDTJw4AHigOACMoDgBxKA4AgSgOAMQoDgDMKA4AFykOACEpDgBqKQ4AdSkOAL0pDgDJKQ4AECoOABgqDgBPZhAAfCoOALYqDgC7Kg4ACSsOACQrDgBcKw4AaCsOAK8rDgC3Kw4AomYQABUsDgBVLA4AZCwOAKgsDgC0LA4A+ywOAPwsDgBOLQ4AWC0OAKEtDgCvLQ4A9C0OAPktDgBHLg4AVC4OAPVmEACiLg4A7S4OAO8uDgBALw4ATS8OAJMvDgCYLw4A5i8OAPAvDgA5MA4ARDAOAIwwDgCYMA4A3zAOAOUwDgAyMQ4AOjEOAIUxDgCRMQ4A2DEOAOsxDgArMg4AOjIOAH4yDgCKMg4A0TIOANIyDgAkMw4ALjMOAHczDgCFMw4AyjMOAM8zDgAdNA4AKjQOAEhnEAB1NA4AwzQOANI0DgAWNQ4AJTUOAGk1DgByNQ4AvDUOAMI1DgAPNg4AFTYOAGI2DgBuNg4AtTYOALw2DgAINw4AJDcOAJtnEABlNw4ArjcOALo3DgABOA4ABDgOAFQ4DgBeOA4A7mcQAK84DgBBaBAAAjkOAJRoEABVOQ4A52gQAKg5DgDzOQ4A9DkOAGhBDgAAOg4ARjoOAAc6DgDQPg4ACjoOAORHDgAMOg4AdUsOAEc6DgCZOg4ArzoOAOw6DgD0Og4APzsOAEE7DgDXPQ4ATTsOAJI7DgCaOw4AOmkQAJ87DgDlOw4A6DsOADg8DgBCPA4AizwOAI08DgDePA4A7zwOADE9DgBCPQ4AhD0OAIw9DgCNaRAA3j0OACo+DgAxPg4AfT4OAIU+DgDgaRAA0j4OACM/DgApPw4Adj8OAIM/DgDJPw4A0T8OABxADgAeQA4Ab0AOAHZADgDCQA4AyUAOABVBDgAdQQ4AM2oQAHVBDgC7QQ4AvEEOAA5CDgAkQg4AYUIOAGlCDgC0Qg4AtkIOAExFDgDCQg4AB0MOAA9DDgCGahAAFEMOAFpDDgBdQw4ArUMOALdDDgAARA4AAkQOAFNEDgBkRA4ApkQOALdEDgD5RA4AAUUOANlqEABTRQ4An0UOAKZFDgDyRQ4A+kUOACxrEABPRg4AmEYOAJpGDgDrRg4A/EYOAD5HDgBPRw4AkUcOAJlHDgB/axAA6UcOAFlPDgDwRw4AN0gOAE1IDgCKSA4AkkgOAN1IDgDrSA4AMEkOAD1JDgCDSQ4AhkkOANZJDgDgSQ4AKUoOACtKDgB8Sg4AjUoOAM9KDgDgSg4AIksOACpLDgDSaxAAfksOAMhLDgDVSw4AG0wOACJMDgBuTA4Af0wOAMFMDgDNTA4AFE0OABxNDgAlbBAAdE0OALpNDgC9TQ4ADU4OABdODgBgTg4AYk4OALNODgDETg4ABk8OABdPDgB4bBAAYU8OAKxPDgDDTw4A/08OAAtQDgBSUA4AXFAOAKVQDgCtUA4Ay2wQAPlQDgBLUQ4AYVEOAJ5RDgCmUQ4A8VEOAP9RDgBEUg4ATFIOAB5tEABRUg4Al1IOAJpSDgDqUg4A9FIOAD1TDgA/Uw4AkFMOAKFTDgDjUw4A9FMOADZUDgA+VA4AcW0QAI9UDgDcVA4A4VQOAC9VDgBKVQ4AglUOAJBVDgDVVQ4A3FUOAChWDgA0Vg4Ae1YOAIFWDgDOVg4A0VYOACFXDgArVw4AdFcOAHpXDgDHVw4AyVcOABpYDgAkWA4AbVgOAHlYDgDAWA4A11gOABNZDgAnWQ4AZlkOAIJZDgC5WQ4AwVkOAMRtEAAOWg4AX1oOAG1aDgCyWg4Aw1oOABduEAAMWw4Aam4QAGZbDgCrWw4AtVsOAP5bDgAJXA4AUVwOAFlcDgCkXA4AsFwOAPdcDgAKXQ4ASl0OAFldDgCdXQ4AqV0OAPBdDgDxXQ4AQ14OAE1eDgCWXg4ApF4OAOleDgDuXg4APF8OAElfDgAQbxAAl18OAOJfDgDsXw4ANWAOADpgDgCIYA4AkGAOANtgDgDhYA4ALmEOADphDgCBYQ4Ah2EOANRhDgDdYQ4AJ2IOADRiDgB6Yg4AgmIOAM1iDgDOYg4AIGMOACJjDgBzYw4AdmMOAMZjDgDJYw4Atm8QAC9kDgBsZA4AdGQOAL9kDgDLZA4AEmUOABhlDgBlZQ4Aa2UOALhlDgC9ZQ4AXmYOAORlDgALZg4AE2YOAFxwEABkZg4Ar3AQAMdmDgAEZw4ABmcOAFdnDgBkZw4AqmcOALFnDgD9Zw4ABWgOAFBoDgBgaA4Ao2gOAKVoDgD2aA4ABGkOAElpDgBaaQ4AVXEQAKNpDgCocRAA/WkOAEJqDgBMag4AlWoOAKBqDgDoag4A8GoOADtrDgBHaw4AjmsOAKFrDgDhaw4A72sOADRsDgA+bA4Ah2wOAI9sDgDabA4A6WwOAC1tDgAybQ4AgG0OAIdtDgDTbQ4A320OAE5yEABhbg4AeW4OALRuDgDMbg4A1G4OAKFyEABHbw4Acm8OAH5vDgDFbw4Ay28OABhwDgAecA4Aa3AOAHBwDgC+cA4AxHAOAPRyEAAScQ4AZHEOAGpxDgC3cQ4AvHEOAApyDgAZcg4AXXIOAGlyDgCwcg4As3IOAANzDgAGcw4AVnMOAF5zDgCpcw4AuHMOAPxzDgABdA4AT3QOAGV0DgCidA4Ao3QOAPV0DgAGdQ4ASHUOAFR1DgCbdQ4ApXUOAO51DgD6dQ4AQXYOAEh2DgBHcxAApHYOAOd2DgDzdg4AOncOAEl3DgCNdw4AoXcOAOB3DgDvdw4AM3gOAER4DgCGeA4AkngOAJpzEADbeA4ALHkOADp5DgB/eQ4AkHkOAO1zEADYeQ4AJXoOADF6DgBAdBAAfnoOAMt6DgDReg4AHnsOACN7DgBxew4Ad3sOADl1EADJew4AF3wOABl8DgBqfA4Ae3wOAIV2EADJfA4AEH0OABZ9DgBjfQ4Ab30OALZ9DgC+fQ4A2HYQAA9+DgBcfg4AaH4OAK9+DgC3fg4AK3cQAA5/DgBVfw4AWH8OAKh/DgCyfw4AfncQAP1/DgBOgA4AXIAOAKGADgCygA4AJHgQAPqADgBHgQ4AU4EOAHd4EACigQ4A7YEOAPCBDgBAgg4ATIIOAJOCDgCfgg4A5oIOAO6CDgAdeRAARIMOAIyDDgCYgw4A34MOAOeDDgBweRAAO4QOAIWEDgCWhA4A2IQOAOmEDgArhQ4AM4UOAH6FDgCBhQ4A0YUOANuFDgAkhg4AJoYOAHeGDgCGhg4AyoYOAOqGDgAdhw4AJYcOAHCHDgB6hw4Aw4cOAMmHDgAWiA4AGIgOAGmIDgB4iA4AvIgOAMiIDgDDeRAAG4kOAGKJDgCAiQ4AtYkOALuJDgAIig4AEYoOAFuKDgBoig4ArooOALaKDgABiw4AF4sOAFSLDgBWiw4Ap4sOAMKLDgD6iw4ABowOAE2MDgBajA4AFnoQAKaMDgDzjA4A+4wOAEaNDgBcjQ4AmY0OAJ6NDgDsjQ4A8o0OAD+ODgBLjg4Ako4OAJqODgBpehAA8o4OADiPDgBIjw4Ai48OAJCPDgDejw4A5I8OADGQDgBHkA4AhJAOAIaQDgDXkA4A4ZAOACqRDgA4kQ4AfZEOAIKRDgDQkQ4A3ZEOALx6EAAykg4AdpIOAH+SDgDJkg4A05IOAByTDgAqkw4Ab5MOAHSTDgDCkw4Az5MOABWUDgAdlA4AaJQOAHiUDgC7lA4AvZQOAA6VDgAclQ4AYZUOAHKVDgAPexAAu5UOAGJ7EAAMlg4AWpYOAGCWDgCtlg4AtZYOAACXDgAKlw4AU5cOAFWXDgCmlw4AqZcOAPmXDgAZmA4ACHwQAFiYDgCfmA4ApZgOAPKYDgD+mA4ARZkOAE2ZDgBbfBAApJkOAOuZDgDxmQ4APpoOAEqaDgCRmg4AmZoOAK58EADmmg4AN5sOAEWbDgCKmw4Am5sOAAF9EADqmw4AMJwOAEecDgBUfRAAjZwOANacDgDinA4AKZ0OACydDgB8nQ4Ahp0OAKd9EADUnQ4AIp4OACueDgB1ng4Ahp4OAMieDgDPng4AG58OACOfDgBunw4Ae58OAMGfDgDGnw4AFKAOAB6gDgBnoA4Ab6AOALqgDgDJoA4ADaEOABKhDgBgoQ4AdqEOALOhDgC0oQ4ABqIOABSiDgBZog4AaqIOAKyiDgC4og4A/6IOAAejDgBNfhAAVqMOAEwBAABaow4Aq/oPAF6jDgAJMg0AsaMOAMEIAAAApA4A46YOAKSlDgDTKQAA7qUOAMUrAADzpg4AXDoAAIynDgBHPQAA36cOAGJFAACEqA4AGREOAIWoDgD6RwAAiagOAHtQAwCMqA4AcbMGANmoDgDPWQAAf6kOAPhfAADSqQ4A92sAAHeqDgBzcgAA1qoOADR7AAAeqw4Acn4AAG+rDgBWggAAG6wOAGqLAADYrA4ADK0OAFmvDgBQygAATrAOAPzVAAChsA4AEN8AAEexDgBU7QAA9bEOAGj2AABgsg4Au/YAAJGyDgAO9wAA7rIOAOT8AACSsw4Ag/4AAOSzDgBgAwEAoLQOACEMAQDgtA4A9xEBAEa1DgB6tQ4A6bUOACC2DgAotg4Ac7YOAH+2DgAZGQEAzrYOALEbAQCItw4Av7cOAMe3DgASuA4AFLgOANMiAQBxuA4AqSgBABO5DgC9MQEAY7oOAGFKAQAFuw4A8k0BABm7DgAQyQ8AIbsOAB7HDwB1uw4ARU4BAKm7DgCRTwEACLwOANZRAQBOvA4AwVQBAKC8DgCzVgEAob0OANtoAQACvg4AO74OAEO+DgAuaQEAnb4OAHNrAQA5wA4AEIUBAIjADgDTwA4A48AOAGOFAQCFwQ4AR4kBANTBDgAfwg4AL8IOAJqJAQDRwg4ACJIBABDFDgDGEQIAFMUOAGUTAgAYxQ4AbqcBACTFDgBWIQIAuMUOAP76DwC5xQ4AhKwKALzFDgBZqgEAzMUOALjUCgALxg4ANQYPAB/GDgCsqgEAL8YOANY7EABdxg4A/6oBAGDGDgDrWwsACMcOANyvAQBbxw4AL7ABAAPIDgBYtgEApMgOAIG8AQBKyQ4AZcABAJfJDgDnyQ4A88kOAAvBAQDoyg4AM8sOADbLDgAhEgwAP8sOAIfHAQCbyw4AH8oBAPrLDgAszA4Ag8wOAAzCCwCPzA4AENgBAKnMDgAKzQEA3swOADPTAQCEzQ4AvdcBACrODgAJ2QEAjc4OAFzZAQAnzw4AAtoBAHPPDgD72gEAcdAOAAjlAQAS0Q4Ak/EKABXRDgDl6QEAF9EOADKSDABk0Q4Aj/4PAHbRDgCv0Q4ACtIOAFXSDgAe0g4A8vMBAFjSDgAmgwsAX9IOANmNCwBi0g4AE24LAHDSDgDX6wEAdtIOAI2MCwD90g4ADvABACPTDgD0OwwAXNMOAK3xAQCt0w4ApvIBAPjWDgDOBAIAQOQOANaxCwDg5A4AMLgKAObkDgDcqAIAH+YOAOfCDwAk5g4AwuYOADjmDgCt6Q4AQOYOAMvGDwBE5g4AbLgCAMTmDgCfBwsAxuYOABiFCwDH5g4AlaIGAMnmDgDn+gcAzOYOAL+4AgDR5g4AErkCANPmDgD++wMA9uYOAERFBAAT6Q4A/McCALXpDgAA6g4AAeoOAMwwCwAK6g4A4mYNAA/qDgDPnQ4AH+oOAFhNEABd6g4A2cwCAE/rDgC69AIAUusOANOQCQBT6w4A5eICAFXrDgD70wIAVusOAH7ZAgBY6w4ATs0DAFnrDgDD2wIAWusOAGHpAgBb6w4Ak9YCAFzrDgAXyQMAYusOAK7eAgCH6w4AJm4OAIzuDgC2JAMAkO4OAJf5AgCU7g4AaFYLAOnuDgDc+wIAJvEOAAMaAwCH8g4AaS8DAC3zDgAjOQMA2fMOAAc9AwAW9A4AN0IDAAn1DgATUwMAWfYOAGtqAwD59g4AhnIDALD3DgDx9w4A7PgOABZ7BADt+A4A3ZUDAPT4DgAG0wcAk/kOAMGZAwCX+Q4AneEHAIz6DgAnrwMAjfsOAC26AwA3/A4Aa70DAOr8DgAh/Q4AKf0OAHT9DgCD/Q4A4MQDACP+DgDt8AoAJv4OABDKAwB1/g4AwP4OAIn+DgCbwQ8Ayv4OAGPKAwBu/w4A5s8DAMj/DgDY0QMAtQAPAH3eAwC3AQ8ApfADAAYCDwDLcw8AbQIPAKQCDwCsAg8A9wIPAAQDDwDiKAoACAMPAOPzAwAPBA8Aj/8DAEkEDwC4BQQA8AQPAKIUBAD1BA8AInUIAPYEDwCzeAgA+AQPAJ9vCABYBQ8AjwUPAJcFDwDiBQ8ANwYPAIjICwA9Bg8A7sEPAD8GDwCNFwQAQQYPAPFYDQBYBg8ABU0QAHYGDwCPZg0AkAYPAHgaBAAFBw8ALgcPAIsHDwCoHwQANggPAB0nBADQCA8A3i8EAC0JDwA+OgQALwkPACMyBAAjCg8A1jwEACELDwCJRwQAaAsPAGZMBABqDA8A21MEAM0MDwAEDQ8AIA0PAFcNDwBmDQ8AJ1UEAGUPDwCcDw8ApA8PAO8PDwD+Dw8A+3IEAEsQDwBwegQAPREPAIuCBABIEQ8ACLsHAJERDwDJhQQAjBIPAOOZBACWEg8AyJEEAO8TDwAmFA8ALhQPAHkUDwB+FA8AXqwEAIgUDwBDpAQAdRYPABfCBABtFw8AJMwEACYYDwBdGA8AZRgPALAYDwC2GA8AfdcEABkZDwAO2wQAvxkPAA3nBAAAGg8Ax/AEALEaDwCr9AQAVxsPAHP8BAAKHA8AQRwPAEkcDwCUHA8AoxwPABgJBQCkHA8AjRAFAL0cDwDEFAUARh0PAIYRBQCVHQ8A4B0PAOodDwDZEQUA9R4PACwfDwA0Hw8Afx8PAIgfDwAPIgUA3B8PAAEkBQCUIA8AyyAPANMgDwAeIQ8AHyEPAAcvBQAjIQ8Ai3sFACQhDwAGOwUAKyEPAHw2BQAtIQ8AhCkFACEiDwAUOQUAGiMPAKtHBQBtIw8A4ksFALwjDwDbTAUAaiQPAPZUBQAeJQ8AVSUPAF0lDwCoJQ8AsiUPAL5cBQD+JQ8AjWMFAL0mDwD0Jg8A/CYPAEcnDwBUJw8AxGcFAFYnDwB+cQUAnycPAKhrBQBIKA8AAXcFAKgpDwDfKQ8A5ykPADIqDwBBKg8A8oQFADAsDwDwnAUAkywPAMosDwDmLA8AHS0PACotDwA8ngUAMi4PAGkuDwBxLg8AvC4PAL8uDwBrrwUAli8PABC8BQALMA8A7cAFAA8wDwAQmQoAuzAPAGnHBQAEMQ8ATcsFAFcyDwDW2wUArDIPAAbhBQChMw8AkmUIALUzDwA/ZQgACDQPAD80DwBHNA8AkjQPAJU0DwDO6AUAATUPADg1DwBANQ8AizUPAJo1DwBf7AUA6TUPANvyBQB/Nw8A4AkGAC84DwAASw0AMjgPAHgMBgAzOA8AYUkNAII4DwBcEAYAizkPAMI5DwDKOQ8AFToPAB46DwDDGQYAcjoPALUbBgAdOw8AhCIGAHo7DwCRLAYACjwPAP80BgCwPA8AXz8GAFY9DwBeSwYAAz4PAOFQBgBWPg8AH1QGAKs+DwBdVwYAtD8PAOs/DwDzPw8APkAPAE1ADwCTZwYAmUAPAORADwDzQA8AcGwGAJlBDwBGcgYA6kEPAIOBBgDsQQ8ArXsGAPJCDwApQw8AMUMPAHxDDwDrQw8AIkQPACpEDwB1RA8AgkQPAKuTBgDVRA8AQ5YGAClFDwDUmQYAw0UPAP2fBgBzRg8AH6cGABhHDwA5uwYAXEgPAA7NBgCxSA8A3dMGAFdJDwDV4AYA/UkPACftBgCkSg8ASfQGAA1LDwBESw8ATEsPAJdLDwCkSw8A4fYGAFlMDwCQTA8AmEwPAONMDwA5TQ8AMwMHAOtNDwDLBQcAnk4PANVODwDdTg8AKE8PADJPDwCMDgcAiU8PACsQBwDdTw8ACBUHACtQDwA/GQcA0FAPAHYdBwDMUQ8ATCMHABtSDwBmUg8AaFIPAJ8jBwAoUw8AX1MPAGdTDwCyUw8Ax1QPAP5UDwAGVQ8AUVUPAGZWDwCdVg8ApVYPAPBWDwD6Vg8Avk4HALJXDwDpVw8A8VcPADxYDwBGWA8A124HAFJYDwBHXwcAlFgPADlhBwDsWA8Ap2kHADdaDwCQhAcAO1oPAM97BwCPWg8ApYEHANVaDwCXgwcAhFsPAIKGBwDQWw8AbYkHAH1cDwCdjgcA0lwPAMaUBwB4XQ8AsZcHAMtdDwAEmAcALl4PAGVeDwBtXg8AuF4PAMdeDwCcmgcAa18PAPWlBwDBXw8AcawHAMZgDwD9YA8ABWEPAFBhDwBfYQ8AhbUHAExiDwCcYg8AtmIPAG/EBwALYw8AQmMPAEpjDwCVYw8ApGMPAFPIBwAdZA8A8skHAKpkDwDhZA8A6WQPADRlDwCWZQ8Ag80HADlmDwD/0wcAkmYPADbYBwAtZw8AMlsIADBnDwDA3AcAgGcPALndBwB8aA8Aju8HAM9oDwAK9gcAH2kPAAP3BwAtag8AZGoPAGxqDwC3ag8Aw2oPAPsDCAASaw8AXWsPAGFrDwBHBQgAwGsPAOYGCABybA8AqWwPALFsDwD8bA8AJG0PADEUCABUbQ8AUxsIAL5tDwAUFgoA/W0PAEhuDwB+bg8AgyAIABFvDwBBbw8APXAPAP0+CAA6cQ8AM08IAIdyDwDScg8A7nMPAB50DwA9dA8AcXQPANR0DwDJaQgAcnUPAPluCAAWdw8A5v8IABh3DwDcfggABXkPAHqMCABReQ8AnJMIAFh5DwCxkAgAQ3sPAGqmCABFfA8AHbEIAI19DwDYfQ8AD34PAJHECACafg8A0X4PANl+DwAkfw8AM38PAFnMCADPfw8A3NEIACWADwBwgA8Ap4APACHUCAAegQ8AstcIAKCBDwAF2AgADoMPANPqCAANhA8AovEIAAaFDwC9+QgAaYUPABD6CACvhQ8AY/oIAEuGDwDKAwkAQ4cPAHYPCQBCiA8AdCcJAPqIDwAxiQ8AOYkPAISJDwCOiQ8AJzIJAEyLDwCAPQkAcYwPAHBXCQDLjA8A81wJAGqNDwBhZQkAy40PAJ9oCQASjw8AUX8JAGyPDwCtjw8Ar5APADuOCQBckg8Ay50JAPCSDwCoogkAS5MPAOalCQAAlA8AN5QPAD+UDwCKlA8A35QPAFSuCQDylQ8AKZYPADGWDwB8lg8ApJYPAPm6CQArlw8AIsEJAH2XDwDIlw8A1pcPAMjBCQAhmA8ADcQJAM6YDwDqyAkAFZkPAM7MCQAWmg8AiNYJABmaDwAu1wkAZpsPANPjCQCxmw8AH+UJAAycDwBd6AkAWpwPAPXqCQConA8ASOsJABydDwBLnQ8ADZ4PAJr3CQBsng8A7fcJAJifDwDjnw8AFaAPAA//CQAaoA8Aaf4JAOGhDwDzAgoAOKIPADEGCgCIog8AfQcKAIGjDwCmDQoAzKMPAIoRCgCMpA8AwKQPAIKlDwC5pQ8AwaUPAAymDwAZpg8AWCQKAGymDwBDJwoAEqcPAM0rCgDKpw8A/qcPAGOoDwDTuQ8AcKgPAKSoDwBWqQ8AxTgKAFipDwCANgoAAqoPAEOqDwCkqg8A2UEKAEyrDwAyTQoAnqwPAK1fCgA5rQ8AkWMKAI+tDwBnaQoA4q0PAIJxCgA0rg8Ae3IKANOuDwD+dwoAj68PAMavDwDOrw8AGbAPAIqwDwD2hAoAaLEPAB+LCgB1sg8A2ZQKABSzDwD0nAoAxrMPAP2zDwAFtA8AULQPAL+0DwD2tA8A/rQPAEm1DwDytQ8AQcIPAPe1DwBCtg8A+bUPABpfDQALtg8ANvMPAEy2DwAqrQoA7rYPAK2yCgDiuA8Al8EKADy5DwDqwQoAJ7oPAFjKCgAruw8AzdEKAEO7DwDrVAwAersPAMW7DwDjuw8AINIKAGy9DwAzLA0Av70PAIYsDQAmvg8AXb4PAGW+DwCwvg8AI78PABjfCgCxvw8A/h0LAFDBDwAtDBAAScIPAE/VDABdwg8A5DkQAG3CDwCUwg8AwMIPABsADQATww8AOsMPAJDDDwA/LRAA/MMPADPEDwA7xA8AhsQPAOXEDwBp9woASMUPAH/FDwCHxQ8A0sUPADHGDwDmPQwAjsYPAMYlCwDKxw8Ad0EMANDHDwAjAQsAMcgPALsDCwAYyQ8AY8kPAL7JDwAYYhAAEcsPAM8MCwAbyw8AgwsLAAfMDwBgEAsAvcwPAPTMDwD8zA8AR80PAJrODwB0GQsAm9APAKopCwAz0Q8A/DULAIPSDwA5RQsAetMPAHdICwC/1A8AGCsMAMLUDwDl9gsAxtQPAIRSCwDM1A8AAjoMAGrVDwC11Q8Av9UPAGFXCwDK1g8AAdcPAAnXDwBU1w8A/NcPAAZkCwBS2A8Al2cLAEfaDwCdcgsAmtoPAOXaDwDx2g8A23ULAJfbDwAZeQsAOdwPAITcDwCb3A8ASX4LAGPhDwCMmAsADOIPABadCwBV5A8ArLcLAATlDwBF5Q8A+OUPAOLHCwD75Q8AlsYLAPLmDwAnygsArecPAN3nDwD75w8AuM0LAFToDwDh0wsA5OgPADTUCwA36w8AbusPAHbrDwDB6w8Ay+sPAHHjCwAV7Q8AYO0PAGPtDwAB8wsAEu4PAJL2CwAH7w8AwvsLACrvDwAoSBAAbu8PAA79CwD77w8AS/APAPTwDwBT/wsA+/APAJgBDACc8g8AbgcMAJ7yDwDYkgwAPvMPAInzDwDY9A8AffIMADT1DwATFAwAe/YPAEIlDAB+9g8AXS0MAIP2DwCyFQwAj/YPAL8fDAAa+Q8ASSQMAMD5DwAfKgwACvsPAO/KDAAm+w8AmDgQAFn7DwCk+w8Ap/sPAFYuDAAH/A8A9S8MAFb8DwDuMAwApfwPAPD8DwD6/A8AQTEMAJL+DwDENgwAmf4PALY4DAA4/w8ArzkMALEAEABAPQwALwEQAH5ADAC3AhAAS0MQAC4DEAAnaQ0AbQMQAJ9TDADEBBAAz1gMABMFEABeBRAAdwUQABtaDAC0BRAABAYQAHsGEAClXgwAIQcQAJ5fDADHBxAA6mAMAFEIEACcCBAApggQAHtkDABDCRAArzINAEoKEADpbAwAMgwQAKp1DAAXDRAAJg0QAGoNEAB5DRAAwA8QADqFDADKDxAAXIwMAGYSEABwlQwAtxIQAGmWDAAEExAAD5cMAFITEABbmAwASxQQAKCaDABJFRAAlBUQAO8VEAA6FhAA4RYQAGiiDAA7FxAAhhcQAOEXEAAsGBAA1RgQAD6oDACAGRAAyxkQACYaEABxGhAAchsQAG6tDADJGxAAuq4MAGscEAC2HBAAxhwQAAawDAB/HRAArx0QAF4eEACQtAwAtB4QACi3DAAfHxAATh8QAFUiEAA0zQwA9CMQAGTSDACaJBAAsNMMAEAlEAD81AwAvScQALXqDABnKRAAKvIMAFUqEABo9QwA/ysQAN38DACiLBAAdf8MAEQuEAC6AQ0AYS8QAPEFDQCHLxAAkAcNAN8vEACPURAAMzAQACgKDQA2MBAAGgwNAIAwEADQMBAA7DAQACMxEAB5MRAAyTEQAOUxEAAcMhAAdzIQAMIyEADMMhAAbQwNAB0zEAAydhAAbjMQAEoRDQBvNBAAgRUNALc0EAAZGA0ADzUQAOJREAAVNhAAemkNALI2EADFIw0ARzoQAH7fDQCNOxAAvDwNAH88EADtNQ0ALj0QAOY2DQAfPhAAyjoNAG8/EAC6PxAAxD8QAPo/DQBuQBAAkkINAI9DEACeQxAA4kMQAPFDEAA1RBAAREQQAIhEEACXRBAA20QQAOpEEAAuRRAAPUUQAOxFEABaSg0AUkYQAIlGEAD4RhAAL0cQAJBHEACYTQ0AU0gQAHtIEACmSBAAzkgQAPlIEAAhSRAATEkQAHRJEADPSRAAGkoQAB9KEAApUQ0AaUsQAONaDQARTRAAeHoOABVNEADZeA4Ayk0QAP5NEABwThAAsmENAK1OEADpZQ0AFk8QAEpPEAD4TxAAQ1AQAFNQEADbZw0AolAQANRoDQD+UBAAj18OAClVEAAwow0Af1UQANajDQB0VhAABbUNABpXEACBuw0AwFcQAFDCDQBmWBAA08cNAAxZEAD1zg0AslkQAH/TDQBYWhAACdgNAP5aEACF3g0AqFsQAHfgDQAJXBAAQlwQAEpcEACVXBAAiF8QANNfEADxXxAAu+4NABljEACPDA4AgmMQAHMQDgAWZBAAuBIOAGVkEABQFQ4At2QQAOgXDgAIZRAAzBsOAGZlEAC+HQ4AxWUQAPxlEABRZhAAYyoOAK5mEAACLA4ACmcQAJouDgBQZxAAcDQOAApoEACnOA4AM2wQAGdNDgDUbRAADFoOACNuEAAFWw4Acm4QAL1uEADBbhAAWFsOABhvEABjbxAAvm8QAAlwEAC3cBAAAnEQAGFxEACcaQ4AsHEQAPtxEAD/cRAA72kOACRzEAARcQ4A9nMQANJ5DgBDdBAAk3QQAL50EADmdBAAPHUQAIx1EAC3dRAA33UQAEl2EADEew4A2nYQAAl+DgA1dxAAAn8OAIZ3EADRdxAA4XcQAPt/DgAteBAA9IAOAHp4EADKeBAAJ3kQADmDDgCAeRAAMoQOAHd6EADljg4AG3sQALSVDgBqexAAtXsQAMV7EAAHlg4AX3wQAJiZDgC+fBAA5JoOAA99EADdmw4AXH0QAIOcDgCqfRAA+n0QAA==","fail":"AAAAAAAAAACbhAAAIqYBAMXRAACPRAYAGB4CAFfyBgCZ6AEAexgLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAAAAAACZ6AEAPgkLAMT/BwDtkAAA8Q0AAJnoAQCYtQoA67UKAD62CgCRtgoARAACAFtFDACuRQwAIpgDAAAAAACPRAYAGB4CABgeAgCsEQsAqwkCAP4JAgAoEQwARVQMAM6qAgAhqwIAShIBAAjQBAA3Tw0ArBELAJnoAQDtxwQAda0AAMitAAAbrgAAbq4AAMGuAADxDQAAmegBAHsYCwBfiwcAGB4CACwnAgAi5AQAycoGAAAAAACPRAYAmegBAGhdCgDFvAMASgsCABiaCACs/QEAm4QAAAQVAgB6vA0AzbwNAOWPAgDvJQAAmegBABUKCgBoCgoAAUcAAKK6BADtkAAAQJEAAPmYAgCP3AgA4twIAJnoAQA+CQsAxP8HAO2QAADxDQAAmegBAJi1CgDrtQoAPrYKAJG2CgCMRQsA30ULAFMAAABTAAAATQkJABgeAgABRwAAmegBAIxFCwCRogEAAAAAAO2QAABKCwIA8Q0AANQdAACrFwAAV/IGAKryBgCIwgAA28IAAC7DAACo0wIAw9sCABbcAgA8ggkApBgAALtdCgAbBwwATAEAAJ8BAADyAQAARQIAAJgCAACMRQsA30ULAFMAAABTAAAAJYIBACj2AwDtkAAAIq0AABgeAgBrHgIAP80FAJnoAQB7GAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABfhAgAsoQIAAAAAAC9iwAA2nQBABgeAgAsJwIA8Q0AAJnoAQAlggEAKPYDAHv2AwBTAAAAmokBAO2JAQBAigEAk4oBAOaKAQA5iwEAjIsBAAAAAACo0wIAuvQCAJGiAQDkogEAN6MBAOiGCgANvQoAYL0KAJi1CgDrtQoAPrYKAJG2CgBEAAIAaAoKABArAgCBiwgA1IsIACeMCABX8gYAmegBAMFTDQA7lQgAmegBACgRDAAd4Q0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAABiaCAAD4goAjEULANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAF+ECACyhAgAAAAAAL2LAADtkAAA8Q0AALFnAgA+vQkAV/IGAJnoAQCMRQsAqS8AAPwvAABPMAAAojAAAB/QDACs/QEAm4QAACKmAQDUHQAAV/IGAJnoAQB7GAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAKsJAgD+CQIArP0BAP/9AQBS/gEApf4BAJi1CgDrtQoAURgAAKQYAAC7XQoAGwcMAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAAAUJAgAw/QwAg/0MAGhdCgAIPwEAWz8BAPmYAgDadAEAV/IGACNGDQBoXQoAu10KABsHDABMAQAAnwEAAPIBAABFAgAAH9AMAKz9AQCbhAAAIqYBANQdAABX8gYAmegBAHsYCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAqwkCAP4JAgCs/QEA//0BAFL+AQCl/gEAmLUKAOu1CgBRGAAApBgAALtdCgAbBwwATAEAAJ8BAADyAQAARQIAAJgCAADF0QAABQkCADD9DACD/QwAaF0KAAg/AQBbPwEA+ZgCANp0AQBX8gYAI0YNAJuEAAAipgEAHS4DAKjTAgC69AIAqS8AAPwvAABPMAAAojAAAB/QDADxDQAA1B0AACceAAB6HgAAzR4AACAfAAAf0AwA7yUAAFQPCAAYHgIAiM8KALFnAgAf0AwAShIBALf8BgDxDQAAkaIBACdxAAAr7QsAUnMJAEHeCwCT1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAaF0KALtdCgAbBwwATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAJ70BAPENAACxZwIAmegBAKz9AQDNaQ0AexgLAGyjBQCMRQsAuBkNAKK6BAD1ugQALXUBAAAAAAAirQAAIq0AAO2QAADxDQAAkaIBAJnoAQA+CQsAI0YNAKsXAADnHQMA7ZAAAFfyBgCZ6AEA7OgBAOoUCwAYHgIAmegBAL2LAADxDQAA1B0AAJnoAQAAAAAAqxcAAH0/AgAoJgkA/hcAAMXRAACrFwAAmegBAD4JCwCq8gYAB50NAFqdDQCs/QEAm4QAACKmAQDUHQAAAAAAABgeAgBKCwIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBAFfyBgAjRg0AqxcAAOcdAwDtkAAAV/IGAEoLAgDtkAAAQJEAAJrjAAAZuAIArP0BAJuEAADJygYASgsCAFfyBgCs/QEASgsCAO2QAABAkQAAmuMAABm4AgC9iwAArP0BACWCAQAo9gMAIq0AAJnoAQB9PwIA0D8CACNAAgCZ6AEAX4QIALKECAABRwAAoroEAPW6BADtkAAA+ZgCAEyZAgCfmQIAmegBAOiGCgANvQoAYL0KAJi1CgDrtQoAPrYKAJG2CgB7GAsAX4sHALKLBwB4ggEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AAPtBCwBTAAAAUwAAAE0JCQAYHgIAAUcAAD69CQBX8gYASgsCAJuEAACIwgAA28IAAC7DAABKCwIAShIBAJ0SAQAoHwoAAAAAACWCAQAo9gMA7ZAAAKsXAAABRwAAmegBAD4JCwDE/wcA7ZAAAPENAACZ6AEAmLUKAOu1CgA+tgoAkbYKAIxFCwDfRQsAUwAAAFMAAABNCQkAGB4CAAFHAACZ6AEAexgLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAANMbAgAirQAAnbgBANYEDACZ6AEAX4QIALKECAAAAAAAvYsAAO2QAADxDQAAsWcCAD69CQBX8gYAmegBAKz9AQCsEQsAmegBAIxFCwDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAAgFkFACKtAAApngIAVS0CAIBZBQCPRAYAO5UIAJnoAQBoXQoAJYIBAL2LAABF9AEA2nQBAC11AQCZ6AEAm4QAAIjCAADbwgAAXdQAAHsYCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAF+ECACyhAgAAAAAAL2LAADadAEAGB4CACwnAgAAAAAAGB4CAL1TCAA7lQgARfQBAFMAAACmAAAA+QAAAJnoAQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAAFfCAQCqwgEA7ccEACmeAgB8ngIAz54CABu0CwButAsAwbQLAMXRAADadAEA1UEFAFRHAAB+RwsAVakIAAFHAACZ6AEAexgLADdPDQCsEQsAmegBAGhdCgC7XQoAGwcMAEwBAACfAQAA8gEAAEUCAACYAgAA7ccEAEDIBACTyAQA7yUAAFQPCABF9AEAvYsAABgeAgAsJwIAGB4CAJnoAQDtxwQAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAjEULANQdAACrFwAAAUcAAJnoAQB7GAsAiMIAANvCAAAuwwAAqwkCAP4JAgCs/QEA//0BAFL+AQCl/gEAmLUKAOu1CgBRGAAApBgAALtdCgAbBwwATAEAAJ8BAADyAQAARQIAAJgCAADohgoADb0KAGC9CgCMRQsA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAO8lAACzqQEABqoBAFmqAQD8EwQAexgLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBABArAgCBiwgA1IsIACeMCAB6jAgAzYwIACCNCAB7GAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAD69CQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQBKEgEAt/wGAFnhBQAERQcAm4QAADdPDQDnHQMAIpgDAEoSAQCZ6AEAAAAAACKtAACduAEAuWANAAxhDQCrFwAAECsCAGMrAgC2KwIAkAgBAKjTAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADvJQAAs6kBAAaqAQBZqgEAAAAAAI9EBgA7lQgARfQBAJj0AQDxDQAA1B0AAFnhBQDgtgUAM7cFANdEDQDVQQUA5yQCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEATs0DAKHNAwD0zQMAR84DAJrOAwDtzgMAQM8DAJPPAwDmzwMA+QYLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAALXUBACceAAB6HgAAzR4AACAfAAAsJwIAQJEAAJrjAAAZuAIAexgLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAEoLAgAYHgIALCcCAH8nAgAw9g0A8Q0AANQdAABX8gYAmegBAB/QDABp4g0AJYIBAHiCAQDLggEAHoMBAHGDAQDEgwEAxdEAAAUJAgAw/QwAg/0MAF+ECACyhAgABYUIAFiFCACrhQgA/oUIAJnoAQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQB7GAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEAt/wGAFnhBQAERQcAm4QAADdPDQDnHQMAIpgDAAFHAABKCwIAm4QAAF+LBwCyiwcAeIIBAMXRAADtkAAAV/IGAJnoAQAf0AwAGB4CAL1TCACs/QEAm4QAAKz9AQAlggEAs/sNAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAAGbgCAO6EAABBhQAAlIUAAOeFAAA6hgAAhoABANmAAQAsgQEAf4EBANKBAQAjRg0AQJEAAJrjAAAZuAIAodsBACKtAADtkAAAUwAAAAFHAACAWQUAj0QGAJnoAQAAAAAAAAAAAAAAAAD8EwQAX4QIALKECAAi5AQAIqYBAEQOAAA7lQgAqNMCABQJAAC9iwAA8Q0AANQdAAAnHgAAqxcAABArAgBjKwIAtisCAKiiCQD7ogkATqMJAGhdCgC7XQoAGwcMAEwBAACfAQAA8gEAAEUCAACYAgAAmLUKAOu1CgA+tgoAkbYKAHsYCwBfiwcAsosHAHiCAQDF0QAA7ZAAAFfyBgCrFwAA/hcAAFEYAAB7GAsANW4MAEGFAACUhQAA54UAADqGAACNhgAAKBEMAEVUDADcaQsAKBEMAB3hDQDadAEAIpgDAHWYAwD5mAIAGJoIAH5HCwDxDQAAsWcCAMXRAADadAEA1UEFAFRHAACZ6AEAX4QIAGseAgCs/QEArP0BANp0AQDVQQUAShIBAAAAAACZ6AEA7OgBAD/pAQCS6QEA5ekBAJnoAQBoXQoAJYIBALP7DQCbhAAAIqYBANQdAADtxwQABEUHAFdFBwCqRQcA/UUHAJnoAQCsEQsAj0QGAFWpCAAYHgIAmegBAO3HBABAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQA9HoDAEd7AwCaewMAv0IHANQdAAANCQwAAUcAAIBZBQAtdQEARfQBAAAAAACrFwAA+ZgCAEyZAgCfmQIAKPYDAFfyBgCq8gYA7oQAAEGFAACUhQAA54UAADqGAABYaQwA0D8CACNAAgDadAEA2nQBAEX0AQCrFwAAECsCAPykBwC9iwAAGB4CACwnAgBf8wQAxP8HAO2QAADxDQAAUWoMAP4XAAB3OwEAShIBAAjQBABVLQIAIq0AAFfyBgAjRg0AqxcAAOcdAwDtkAAAAAAAAI9EBgBF9AEA2nQBAC11AQCZ6AEA7OgBAD/pAQCS6QEA5ekBAOzoAQDqFAsAGB4CAJnoAQC9iwAA8Q0AANQdAAAnHgAAmegBAOzoAQA/6QEAkukBAOXpAQDs6AEA6hQLABgeAgCZ6AEAvYsAAPENAADUHQAAmegBAHsYCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAE6IAQChiAEA9IgBAEeJAQCZ6AEAvYsAAPENAADUHQAAJx4AAKsXAAAQKwIAYysCAPmYAgCP3AgA4twIAIjPCgBdegEAj0QGADuVCADadAEALXUBAOcdAwD48AMAJ70BAEoSAQCZ6AEAjEULAN9FCwBTAAAAUwAAAE0JCQAYHgIAAUcAAD69CQBX8gYAmegBAHsYCwBkeA0A2nQBAJnoAQD5mAIAj9wIAOLcCACIzwoAXXoBAI9EBgA7lQgAmegBAOiGCgAAAAAA8Q0AAJGiAQDkogEAqNMCAPENAAAdLgMAmegBAF+ECAC9UwgAVakIAAFHAACAWQUALXUBAO2QAADxDQAA8Q0AAJGiAQDUHQAAJx4AAIBZBQCPRAYAO5UIAO2QAABAkQAAmuMAABm4AgCbhAAA2nQBALP7DQCo0wIA5eICAOGOCQAffQwAcn0MAMV9DAAYfgwAa34MAL5+DAARfwwAax4CAL4eAgARHwIA7yUAALOpAQAGqgEAWaoBACNGDQBAkQAAmuMAABm4AgAAAAAAm4QAAPmYAgBMmQIABBUCACWCAQCbhAAAN08NAEX0AQAEFQIAm4QAACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAA2pAQBgqQEAj0QGAEoSAQBTAAAApgAAAAZQAgDXRA0AKkUNAEQOAAA7lQgA7yUAALOpAQAGqgEAhKwKANesCgC9iwAAJYIBAAFHAACAWQUAUwAAACWCAQCz+w0ABvwNALOpAQAGqgEAhKwKANesCgDUHQAAJx4AAJrjAAAZuAIAAAAAAJnoAQCs/QEA//0BAFL+AQCl/gEA+P4BAEv/AQCe/wEA7ZAAAK1LAQA46gEAi+oBAN7qAQAx6wEAhOsBABUKCgBbRQwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqwkCAP4JAgAVCgoAW0UMADjqAQCL6gEA3uoBADHrAQCE6wEAZxYKACWCAQCz+w0ABvwNAFn8DQCs/A0AdLgMAG/7CwCZ6AEAX4QIANdEDQBE/w0Al/8NAOr/DQBnFgoAuhYKAOzoAQA/6QEAkukBAOXpAQAAAAAAHPsLAJnoAQBfhAgA10QNAET/DQCX/w0A6v8NAGcWCgC6FgoA7OgBAD/pAQCS6QEA5ekBAOzoAQA/6QEAkukBAOXpAQCsqgEA/BMEAGFJDQC0SQ0AB0oNAFpKDQCtSg0AAAAAAL2LAAAQjAAA5x0DANVBBQAEFQIA7s8NAFfyBgB9PwIAvYsAABCMAADnHQMA1UEFAAQVAgAC2Q0AGB4CAGseAgA/zQUAt/wGAMXRAACPRAYAGB4CAH0/AgAEFQIAm4QAACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAAAAADvJQAAs6kBAAaqAQBZqgEAUwAAAGzoBwBZ4QUAAUcAAD69CQD5mAIATJkCAJ+ZAgDymQIARZoCAPENAACZ6AEAKBEMAEVUDADcaQsArP0BAM1pDQAAAAAAexgLAExMDQCfTA0A8kwNAEVNDQCYTQ0A600NAD5ODQAVCgoAIV4NAHReDQDHXg0AqNMCAAAAAACPRAYAAUcAAKjTAgAirQAAnbgBAPC4AQBDuQEAlrkBAOm5AQAsJwIAX/MEAJnoAQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQB0uAwAb/sLABUKCgAAAAAAJYIBAAAAAAC9iwAAm4QAAF+LBwAAAAAAAAAAAL2LAAABRwAAmegBAMXRAAAFCQIAMP0MAJnoAQAVCgoAAAAAAL2LAACbhAAAGJoIAH5HCwBVqQgAqKkIAPupCABOqggArP0BAKGqCAD0qggAR6sIAKz9AQDtxwQAQMgEAJPIBADY5QwAK+YMAH7mDADtxwQAQMgEAJPIBADY5QwAK+YMAH7mDACbhAAAN08NAAAAAACZ6AEARfQBAJj0AQDr9AEAAAAAAAFHAAA+vQkA3lELADFSCwAEFQIAoe8KAPTvCgCsEQsAAUcAAD69CQDeUQsAMVILAAQVAgBXFQIAax4CAL4eAgARHwIAZB8CAPENAACiugQAEicLAL4eAgARHwIAZB8CAAFHAABURwAAGB4CAL1TCADF0QAAAAAAABgeAgAsJwIAe7EBAPYBBQBZ4QUAAUcAAPENAAAEFQIA4RkCADQaAgCHGgIA2hoCAC0bAgCAGwIAAUcAANMbAgCoMw0AVEcAABgeAgC9UwgAj0QGAAQVAgDhGQIAVEcAABgeAgC9UwgAxdEAAAAAAACbhAAA2nQBACKYAwDUHQAASgsCAO2QAABAkQAAmuMAABm4AgAEFQIA4RkCAFRHAAAYHgIAvVMIAMXRAAAEFQIA4RkCAFRHAAAYHgIAvVMIAKwRCwBTAAAAbOgHAO2QAABAkQAAmuMAABm4AgDtkAAA7yUAAEImAABAkQAALCcCAKsXAAAirQAA7ZAAAO2QAABAkQAAmuMAABm4AgCbhAAAP80FALf8BgDtkAAAQJEAAJrjAAAZuAIAAUcAAAFHAACiugQA9boEAKz9AQD//QEAUv4BAD69CQDtkAAAQJEAAJrjAAAZuAIAShIBALf8BgABRwAAVEcAAH5HCwBX8gYAI0YNAECRAACa4wAAGbgCACWCAQAlggEAUwAAAE0JCQDadAEALXUBAD81AwCSNQMAM+cKACwnAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAGB4CACwnAgB/JwIA0icCACUoAgB4KAIAyygCAB4pAgBxKQIAxCkCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAA7ZAAAKwRCwDtkAAAQJEAAJrjAAAZuAIAV/IGACNGDQCtSwEAI5IOAECRAACa4wAAGbgCAAAAAADtkAAAQJEAAL1TCABX8gYA+mIIAPmYAgDadAEAIpgDAF16AQCPRAYAO5UIAO2QAABAkQAAmuMAABm4AgCs/QEAj0QGAFWpCAAQjAAA5JsCACWCAQB4ggEAIq0AACmeAgB8ngIAs/sNAECRAACa4wAAGbgCADdPDQBF9AEAUnMJAO2QAABAkQAAmuMAABm4AgAYHgIARfQBAL2LAABKEgEAt/wGAKsXAAABRwAAPr0JADPnCgCa4wAAGbgCAI9EBgBVqQgAAUcAANMbAgDvJQAArP0BAI9EBgBVqQgAEIwAAOSbAgDxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCbhAAAIqYBAHWmAQCpLwAAKZ4CACKmAQCxZwIAPr0JAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDE/wcA4kQGADVFBgB4WAcAy1gHAB5ZBwBxWQcAxFkHABdaBwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAFnhBQDgtgUAM7cFAIjPCgBdegEAj0QGADuVCADtkAAAQJEAAJrjAAAZuAIAAUcAAJuEAADuhAAAfT8CAI9EBgD5mAIAj9wIAOLcCADvJQAAJYIBAHiCAQDF0QAA7ZAAAECRAACa4wAAGbgCAIBZBQDTWQUAS/EDACWCAQCz+w0AShIBALf8BgCrFwAAAUcAAD69CQBX8gYAI0YNAECRAACa4wAAGbgCAPENAAD7QQsAUwAAAFMAAABNCQkAGB4CAAFHAAA+vQkAV/IGAMT/BwDiRAYANUUGAHhYBwDLWAcAHlkHAHFZBwDEWQcAF1oHAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAJYIBACWCAQCz+w0ARfQBAAe5CQBfiwcAm4QAAAZQAgBZUAIArFACAP9QAgBSUQIApVECAPhRAgBLUgIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BABgeAgBrHgIArBELANp0AQAtdQEAwkECABVCAgBoQgIAl1MCAOpTAgA9VAIAkFQCAONUAgA2VQIAiVUCANxVAgAvVgIAglYCANVWAgAoVwIAe1cCAM5XAgAhWAIAdFgCAMdYAgAaWQIAbVkCAEoSAQCs/QEAzWkNAECRAADvJQAA6hQLABgeAgBKEgEACNAEAFUtAgA+vQkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BADuVCAAirQAA4LYFADO3BQCGtwUA2bcFACy4BQB/uAUAShIBAJ0SAQAoHwoA+mIIACDLCwBUDwgAIq0AACmeAgBVLQIAgFkFAI9EBgA7lQgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAAm4QAAF+LBwC9iwAA7ZAAAO2QAABAkQAAmuMAABm4AgBX8gYAI0YNAO8lAABUDwgA1G8MAO2QAABX8gYAm4QAAF+LBwCyiwcABYwHACgRDABFVAwA3GkLAHsYCwBsowUAShIBALf8BgAK/QYArP0BAM1pDQBAkQAAmegBAOzoAQAw9g0AEIwAALX4CgABRwAAgFkFAI9EBgA7lQgAvYsAABCMAADkmwIAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIA1rELACmyCwB8sgsAz7ILACKzCwB1swsAj0QGAJnoAQDs6AEAQiYAAMXRAACZ6AEAexgLAM4YCwBZUAIArFACAP9QAgBSUQIApVECAPhRAgDxDQAAmegBACgRDABFVAwA3GkLAOzoAQAw9g0AEIwAALX4CgABRwAAgFkFAI9EBgA7lQgAN08NAKsXAAD+FwAAdzsBAPH/AQBfhAgAsoQIAF/zBAAjRg0AWeEFAHWtAADAWQIABlACACwnAgC9UwgA8qABACgRDADtxwQArBELAP8RCwBSEgsApRILAPgSCwDtkAAAQJEAAJrjAAAZuAIAqxcAAAFHAACbhAAAVS0CAIBZBQCPRAYAO5UIAO2QAABAkQAAmuMAABm4AgBUAQoAVA8IANRvDADCQQIAmegBAIxFCwBluQIAShIBAKz9AQCPRAYA2nQBACx6AgCbhAAAVS0CAIBZBQCPRAYAO5UIAJnoAQAVCgoAIV4NAHReDQDHXg0A7OgBAD/pAQCS6QEA5ekBAAAAAACZ6AEA6IYKADuHCgC1PQ0ACD4NAFs+DQCuPg0AlrkBAFUtAgCAWQUArP0BACWCAQCz+w0AKBEMAOckAgA6JQIAjSUCAO3HBAApngIAj7MCAOKzAgA1tAIAiLQCANu0AgDhvwIANMACAIfAAgDawAIALcECAIDBAgDTwQIAJsICAHnCAgDMwgIAAAAAAL2LAAAQjAAA5JsCADecAgCKnAIA3ZwCADCdAgCDnQIA7ccEACmeAgCPswIA4rMCADW0AgCItAIA27QCAL2LAADxDQAAKBEMAEVUDADOqgIAIasCAEoSAQAI0AQAN08NAJi1CgDrtQoAPrYKAJG2CgBEAAIAaAoKALsKCgBVqQgARfQBAEoSAQA4lwEAIpgDAJGiAQBdegEALXUBAEX0AQCZ6AEAX4QIALKECAABRwAAvYsAABgeAgA+CQsAI0YNAFnhBQB1rQAAwFkCAAZQAgAsJwIAX/MEAJnoAQB7GAsAN08NAFfyBgCZ6AEAmLUKAOu1CgA+tgoAkbYKAL2LAADxDQAA1B0AAOiGCgA7hwoAgHUBANN1AQAmdgEAeXYBAMx2AQBbkgEAwVMNAOJEBgA1RQYAeFgHAMtYBwAeWQcAcVkHAMRZBwD48AMAS/EDAJ7xAwDx8QMARPIDAJfyAwBX8gYAmegBAHsYCwA3Tw0AV/IGAJnoAQCYtQoA67UKAD62CgCRtgoAvYsAAPENAADUHQAAjEULAGW5AgC4uQIAC7oCAF66AgCxugIASxMLAJ4TCwDxEwsARBQLAJcUCwA3Tw0A5x0DACKtAACo0wIA05AJAC59CgCBfQoA1H0KACd+CgB6fgoAzX4KALoBDQAhXg0AdF4NAMdeDQCZ6AEAwVMNAFWpCAABRwAAmegBAMFTDQDvJQAAmegBAKz9AQCPRAYAVakIABCMAADkmwIAX4QIAGseAgDBTQIAFE4CAD69CQCRvQkA5L0JAAFHAACZ6AEAKBEMAEVUDADcaQsAexgLAMnKBgBX8gYAmegBAMXRAADadAEA1UEFAFRHAACZ6AEAwVMNAPmYAgCP3AgA4twIAO8lAAAlggEAeIIBAIxFCwDfRQsAMkYLAIVGCwCiugQAEicLAGUnCwDCaggAmegBAMXRAADadAEA1UEFAFRHAACZ6AEAwVMNAPmYAgCP3AgA4twIAO8lAAAlggEAeIIBAEoSAQAnvQEAer0BAM29AQAgvgEAc74BAMa+AQCsEQsAmegBAMXRAADadAEA1UEFAFRHAACZ6AEAwVMNAPmYAgCP3AgA4twIAO8lAAAlggEAeIIBAD4JCwCRCQsA+ZgCANp0AQBX8gYAI0YNAMXRAADadAEA1UEFAFRHAACZ6AEAwVMNAPmYAgCP3AgA4twIAO8lAAAlggEAeIIBANp0AQAsegIAmegBAGhdCgBNCQkA2nQBAC11AQA/NQMAkjUDADPnCgCZ6AEAPgkLACNGDQBAkQAALCcCAH8nAgDSJwIAJSgCAHgoAgDLKAIAHikCAHsYCwBMTA0An0wNAF16AQCwegEAA3sBAEoSAQC3/AYAqxcAAAFHAACZ6AEAKBEMAEVUDADcaQsAFQoKAGgKCgABRwAAoroEAKwRCwCZ6AEA6IYKADuHCgCOhwoAmLUKAOcdAwA6HgMAjR4DAEoSAQAI0AQAJYIBACj2AwAirQAA7ZAAAKz9AQCPRAYAVakIABCMAADkmwIA8Q0AAJnoAQDBUw0AVakIAAFHAACZ6AEAwVMNAO8lAACZ6AEAX4QIAGseAgDBTQIAFE4CAAFHAAA+vQkARfQBAFJzCQBAkQAAmegBAD4JCwCRCQsA+ZgCANp0AQBX8gYAI0YNAKz9AQCsEQsAmegBAAdEAgBaRAIArUQCAH0/AgDQPwIAV/IGAJnoAQB7GAsAVS0CAJAIAQDjCAEAKZ4CAHyeAgDPngIAG7QLAG60CwDBtAsAFLULAGe1CwC6tQsADbYLAGC2CwCztgsABrcLAFm3CwCstwsA/7cLAFK4CwCluAsA+LgLAEu5CwCeuQsA8bkLAES6CwCXugsA6roLAD27CwCQuwsA47sLADa8CwCJvAsA3LwLAC+9CwCCvQsA1b0LACi+CwB7vgsAzr4LACG/CwB0vwsAx78LANp0AQAtdQEAwkECABVCAgBoQgIAKP0CAHv9AgDO/QIAIf4CAHT+AgDH/gIAGv8CAG3/AgDA/wIAEwADAGYAAwC5AAMADAEDAD4JCwCq8gYAB50NAFqdDQCs/QEAm4QAACKmAQDUHQAAjEULAGW5AgBz0goAxtIKABnTCgBs0woAmegBAOiGCgANvQoAYL0KAIxFCwC4GQ0ACxoNAAZQAgABRwAAgFkFAC11AQBF9AEAmegBAL2LAACQAQIAvYsAAAFHAAABRwAAgFkFAC11AQBF9AEAmegBAD4JCwDE/wcAxdEAAOiGCgA7hwoAjocKAF+ECACyhAgAIGQCAKzhBQD5mAIAj9wIAOLcCACsEQsAmegBAEoSAQCdEgEAKB8KAJuEAADJygYA+mIIAC11AQBF9AEAmegBAF+ECACyhAgAX/MEALLzBAAF9AQAZVEFAOiGCgANvQoAYL0KACWCAQB4ggEA/WEDAFBiAwCjYgMA9mIDAEljAwCcYwMAKBEMAB3hDQCnRwAAe1ADAM5QAwAhUQMAdFEDACKmAQDUHQAADQkMAJnoAQDohgoAO4cKAI6HCgBKEgEAt/wGAAr9BgCdEgEAGB4CAOiGCgANvQoAYL0KAOiGCgA7hwoAjocKAOCTCgAzlAoAhpQKAGhdCgAIPwEAWz8BAIY6CwDZOgsALDsLAH87CwCZ6AEAwVMNAO8lAACZ6AEAjEULALgZDQALGg0ABlACAAFHAACAWQUALXUBAEX0AQCZ6AEAvYsAAI6VCADhlQgANJYIAIeWCADalggALZcIAICXCADTlwgAKBEMAEVUDADcaQsAjEULANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAHsYCwBVLQIAwVMNADuVCACZ6AEAjEULAEQOAACsJggA/yYIAFInCAClJwgAmegBAFMAAAABRwAAgFkFAC11AQBF9AEAmegBAO3HBABAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQA9HoDAEd7AwDmUgkAOVMJAMFTDQA7lQgAmegBAL2LAAAQjAAA5x0DAKHbAQCZ6AEAPgkLAMT/BwBKEgEACNAEANp0AQAtdQEAmegBAIxFCwBEDgAArCYIAP8mCABSJwgApScIAJnoAQBVqQgAqKkIAPupCABOqggAoaoIAPSqCABHqwgAmqsIAO2rCABArAgAk6wIAOasCAA5rQgAjK0IAN+tCAAyrggAha4IANiuCACMRQsA1B0AACceAAB6HgAAzR4AACAfAACo0wIA8Q0AAJnoAQAoEQwAHeENAKdHAAD6RwAATUgAAKBIAADzSAAARkkAAJlJAADsSQAAP0oAAC59CgCBfQoAqxcAAOcdAwAtdQEARfQBAJnoAQDBUw0AO5UIAJnoAQAbDgsAfkcLAPENAAAlggEAeIIBACKtAAApngIAfJ4CAM+eAgAAAAAAJYIBAPENAACxZwIABGgCAFUtAgA+vQkA8qABAAAAAAAAAAAAAAAAAAAAAAAAAAAAT8gCAKLIAgDyoAEAAAAAAE/IAgCiyAIAJc4CAEDIBABvrwoAwq8KABWwCgBosAoAu7AKAA6xCgBhsQoAtLEKAJ+SAwDykgMARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwDdlQMAMJYDAIOWAwDWlgMAKZcDAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwBHewMAmnsDAO17AwBAfAMAk3wDAOZ8AwA5fQMAjH0DAN99AwAyfgMAhX4DANh+AwArfwMAZnwJALl8CQAMfQkAX30JALJ9CQAFfgkAWH4JAKt+CQD+fgkAUX8JAKR/CQD3fwkASoAJAJ2ACQDwgAkAQ4EJAJaBCQBF9AEAqNMCACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCs/QEAm4QAAPENAACCogMA1aIDALP7DQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAk9YCAMPUAwAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwDtewMAQHwDAOzoAQA/6QEAkukBAOXpAQC2OAwA4BcEADMYBACGGAQA2RgEACwZBAB/GQQA0hkEACUaBAAVCgoAW0UMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDF0QAAGJoIANp0AQAsegIAs/sNAO3HBABAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQAhcoEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBAD0egMAR3sDAJp7AwCX5AUA6uQFAD3lBQCQ5QUA4+UFADbmBQBluQIAuLkCACKtAABTAAAAxbwDAAQVAgD+tQ0AUbYNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAEFQIAerwNACmeAgCPswIA4rMCADW0AgCItAIAIq0AAJ24AQDljwIAVXkDAKh5AwD7eQMATnoDAKsXAAD+FwAAxdEAAO2QAABAkQAAmuMAABm4AgDNvA0A5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwBX8gYAxP8HAO2QAADxDQAAUWoMAP4XAAB3OwEAPr0JAK1LAQBxPQsAIpgDALFnAgA+vQkAM+cKAJrjAAAZuAIAmegBAO3HBAApngIAfJ4CAM+eAgAinwIA7OgBAD/pAQCS6QEA5ekBAEoSAQBTAAAATQkJABgeAgABRwAAPr0JADPnCgCa4wAAGbgCACWCAQAo9gMAe/YDAFMAAAChPAAABBUCAO7PDQDadAEArP0BAMLSBQBrHgIABlACAKwRCwCZ6AEAmLUKAOu1CgA+tgoAkbYKACWCAQB4ggEA/WEDAFBiAwAjRg0AV/IGAKjTAgAlggEAeIIBAP1hAwBQYgMAo2IDAPZiAwBJYwMAnGMDACgRDAAd4Q0Ap0cAAJAIAQBTAAAATQkJAPENAACxZwIARfQBABgeAgAsJwIA8Q0AAIKiAwDVogMAkAgBAJnoAQB7GAsANW4MAMJqCAAVawgAaGsIALtrCABfhAgAsoQIACBkAgCs4QUAGB4CAFfyBgCZ6AEAexgLAMnKBgAcywYAb8sGAMLLBgA+vQkAM+cKAAQVAgCZ6AEAShIBADiXAQAimAMAkaIBAF16AQAtdQEARfQBAJnoAQB7GAsAbKMFAEX0AQBScwkAShIBAJnoAQDohgoA1UEFAChCBQA+CQsAI0YNAHZGDQBs6AcA/1YNAFJXDQDxDQAAmegBAMFTDQA7lQgAAAAAAAAAAACo0wIA5eICAOGOCQA0jwkAh48JANqPCQAVCgoAIV4NAHReDQDHXg0AKBEMAEVUDADcaQsA7ccEAEDIBACTyAQA5sgEADnJBACMyQQAWwAKAK4ACgABAQoAexEMADPnCgCG5woA2ecKACzoCgB/6AoA0ugKACXpCgB46QoAy+kKAD4JCwCUIw4A7ZAAACgRDABFVAwA3GkLAO3HBABAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQA9HoDAEd7AwCaewMA7XsDAIBZBQDTWQUAJloFAHlaBQDMWgUA10QNANVBBQA+vQkA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEAEoLAgCdCwIAgFkFANNZBQAmWgUAeVoFAMxaBQAfWwUAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAIXKBADYygQAK8sEAH7LBADRywQAjEULANQdAAAnHgAAeh4AAM0eAAAgHwAAqNMCAJPWAgDD1AMAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMA7XsDAIBZBQDTWQUAJloFAFfyBgCZ6AEAwVMNAFWpCADD2wIAFtwCADyCCQB7xQoAvVMIAFWpCAABRwAAPr0JACgRDABFVAwA3GkLABsOCwB+RwsA8Q0AAO2QAAABRwAAxdEAAI9EBgAYHgIAfT8CAJnoAQDohgoADb0KAGC9CgC9iwAAEIwAABgeAgAsJwIAIuQEAHXkBADI5AQAm4QAAKz9AQAlggEAAAAAAJnoAQB9PwIAt+AKAC11AQDCQQIAqNMCAJPWAgDD1AMAFtUDAGnVAwC81QMAD9YDAGLWAwCrCQIA/gkCAO3HBAApngIA1QIOACgDDgB7Aw4AQd4LALr0AgBEDgAAShIBALf8BgCQCAEAAUcAAJnoAQDtxwQAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAWwAKAK4ACgABAQoArBELAPENAACCogMA1aIDAAAAAACo0wIAM/UIAECRAACa4wAAGbgCACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwAsZQUAQJEAAJrjAAAZuAIAGJoIAKwRCwAAAAAAAAAAAAAAAABPyAIAosgCAPKgAQAAAAAAAAAAAAAAAAAAAAAAT8gCAKLIAgAlzgIAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwBHewMAmnsDAJfkBQDq5AUAPeUFAJDlBQDj5QUANuYFAEoSAQDpUQQAPFIEAI9SBADiUgQAV/IGAKz9AQCZ6AEAShIBAJ0SAQAoHwoAex8KAM4fCgBKEgEA6VEEADxSBACPUgQA4lIEACKtAAB1rQAAyK0AABuuAABurgAACNAEAAZQAgDXRA0Am4QAAMnKBgBKEgEAJ70BABCMAADnHQMAIq0AACmeAgBVLQIAgFkFAI9EBgA7lQgA8Q0AANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAk9YCAMPUAwBCHg0A0mwEACVtBAB4bQQAy20EAB5uBABxbgQAxG4EABdvBABqbwQAvW8EABBwBACZ6AEAJYIBACj2AwAtdQEAfT8CAJnoAQDs6AEAP+kBAJLpAQCT8QoA5vEKAHsYCwDJygYAV/IGABgeAgAsJwIA8Q0AAJGiAQAc+wsAkvAAAOSNBAB+RwsA8Q0AALFnAgBzjQgAxo0IABmOCABsjggAv44IABKPCABljwgAuI8IAAuQCABekAgAexgLADdPDQCsEQsAmegBAMFTDQDvJQAAmegBACgRDAAd4Q0Ap0cAAPpHAABTAAAAbOgHAFnhBQDadAEAqnwLAFQPCADtkAAAV/IGAJnoAQBKEgEA6VEEADxSBACPUgQA4lIEAAXmBgAbDgsAfkcLAPENAACxZwIAGw4LAH5HCwDxDQAAsWcCAJnoAQAYmggArBELAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/BMEAE8UBACfbwgA8m8IAEVwCACYcAgA63AIAD5xCACRcQgA5HEIADdyCACKcggA3XIIADBzCACDcwgA1nMIACl0CAB8dAgAz3QIAO17AwCAWQUA01kFACZaBQBX8gYAmegBAMFTDQBVqQgAwVMNAOJEBgA1RQYAeFgHAMtYBwAeWQcAcVkHAMRZBwAXWgcAmegBACgRDACAWQUA01kFACZaBQBX8gYAmegBAMFTDQBVqQgAKPYDAEoLAgDxDQAAgqIDANWiAwBKCwIA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAw9QDABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAO17AwCAWQUA01kFACZaBQBX8gYAmegBAMFTDQBVqQgAwVMNAOJEBgA1RQYAeFgHAMtYBwAeWQcAcVkHAMRZBwAXWgcAmegBACgRDACAWQUA01kFACZaBQBX8gYAmegBAMFTDQBVqQgA7XsDAIBZBQDTWQUAJloFAFfyBgCZ6AEAwVMNAFWpCADBUw0A4kQGADVFBgB4WAcAy1gHAB5ZBwBxWQcAxFkHABdaBwCZ6AEAKBEMAIBZBQDTWQUAJloFAFfyBgCZ6AEAwVMNAFWpCAAYHgIA10QNACx6AgB4ggEAy4IBAKwRCwBKCwIAIq0AAJ24AQDljwIAVXkDAKh5AwD7eQMATnoDALrtAwAf0AwAaeINAL2LAAAQjAAAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAE1/BACgfwQA838EAEaABACZgAQA7IAEAD+BBACSgQQA5YEEADiCBAAtdQEARfQBAJnoAQAoEQwARVQMACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMATsYEAKHGBAD0xgQAR8cEAJrHBAC9iwAAEIwAAOcdAwCh2wEAmegBAIxFCwBEDgAArCYIAP8mCABSJwgApScIAKjTAgCbhAAAodsBABgeAgAsJwIAAUcAAKK6BAD1ugQA7ZAAAPENAABTAAAAbOgHAL/oBwCa4wAALCcCAAAAAAC9iwAA7ZAAAPENAACxZwIAPr0JADPnCgCa4wAAGbgCANOQCQAmkQkAeZEJAHXkBADI5AQAG+UEAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBACz5wQABugEAFnoBACs6AQA/+gEAFLpBACl6QQA+OkEAEvqBACe6gQA8eoEAETrBACX6wQA6usEAD3sBACQ7AQA4+wEADbtBACJ7QQA3O0EAC/uBACC7gQA1e4EACjvBAB77wQAzu8EAJuEAADuhAAABEUHAFdFBwBX8gYAmegBACgRDAAd4Q0Ap0cAAEoSAQAI0AQAW9AEAJnoAQBfhAgAsoQIAAFHAACiugQA9boEAO2QAADxDQAAmegBAGhdCgB+kwwAv+gHAJnoAQBfhAgAsoQIAAAAAAC9iwAA7ZAAAPENAACxZwIAmegBACWCAQAo9gMA+PADADiXAQDVQQUAKEIFAMXRAAAYmggA2nQBACKtAAAERQcAmegBAOiGCgANvQoAV/IGAPpiCAAimAMAqNMCACKtAAApngIAj7MCAOKzAgA1tAIAiLQCACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwDRjA0AM+cKAJrjAAAZuAIAqS8AAHWtAADIrQAAG64AAG6uAADBrgAAqNMCACKtAAApngIAj7MCAOKzAgA1tAIAiLQCACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwDRjA0AM+cKAJrjAAAZuAIA7ZAAAFfyBgD6YggAIpgDAKkvAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwAsZQUAf2UFANJlBQAlZgUAeGYFAMtmBQAeZwUAcWcFAH5xBQDRcQUAb68KAMKvCgAVsAoAaLAKALuwCgAOsQoAYbEKALSxCgBF9AEAUnMJAKVzCQCZ6AEAexgLAGyjBQBfhAgAsoQIAPENAABEDgAAVakIABgeAgAirQAAF8kDAGrJAwC9yQMAEMoDAGPKAwC2ygMACcsDAFzLAwCvywMAAswDAFXMAwCozAMA+8wDAHuxAQDOsQEAIbIBAHSyAQDHsgEAMMYIAIPGCADWxggAKccIAHzHCADPxwgAIsgIAHXICADIyAgAG8kIAG7JCADByQgAFMoIAGfKCAC6yggADcsIAGDLCACzywgABswIAJ24AQDljwIAVXkDAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDACxlBQB/ZQUA0mUFACVmBQB4ZgUAy2YFAB5nBQBxZwUA+9MCAE7UAgA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAATX8EAKB/BADzfwQARoAEAJmABADsgAQA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAw9QDABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAGhdCgADlgkAVpYJAKmWCQD8lgkAT5cJAKKXCQD1lwkASJgJAJuYCQDumAkAQZkJAJSZCQDnmQkAOpoJAI2aCQDgmgkAM5sJAIabCQDZmwkALJwJAH+cCQDSnAkAw9sCABbcAgA8ggkAe8UKAL1TCABVqQgAAUcAAD69CQAoEQwARVQMANxpCwAbDgsAfkcLAPENAADTkAkAJpEJAF/zBACy8wQABfQEAGVRBQCMRQsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAxdEAAO2QAACrFwAAAUcAAJnoAQB7GAsAxdEAAAUJAgABRwAAmegBAMXRAAAFCQIAMP0MAIP9DACYtQoA67UKAD62CgCRtgoAaF0KAE0JCQDxDQAAkaIBAF16AQCs/QEAJYIBALP7DQAoEQwARVQMANxpCwDtxwQAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAWwAKAK4ACgABAQoAKBEMAB3hDQCnRwAAX4QIALKECABf8wQAsvMEAAX0BABlUQUAjEULANQdAAAnHgAAeh4AAM0eAAAgHwAAkvAAALkbCwB1mAMA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBAD0egMAR3sDAN0YCQA7hwoAjocKAKz9AQDC0gUAFdMFAGjTBQC70wUAqxcAAJnoAQCMRQsAuBkNAAsaDQBVLQIA2nQBAPjwAwC3/AYAj0QGAFWpCAABRwAAPr0JADPnCgCa4wAAGbgCAOJmDQCAWQUA01kFACZaBQB5WgUAzFoFAB9bBQDZSAkA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBACFygQA2MoEACvLBAB+ywQA0csEAIxFCwDUHQAAJx4AAHoeAADNHgAA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDD2wIAFtwCADyCCQCPggkA4oIJADWDCQCIgwkA24MJAOzoAQBUDwgApw8IAPoPCADBUw0AGB4CAJnoAQA+CQsAkQkLABgeAgAsJwIAIGQCAAFHAADTGwIAGB4CAKwRCwCZ6AEA8qABAL2LAAAQjAAA5x0DAKHbAQCT1gIAw9QDABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAJJlCABRhggAj4kIAOKJCAA1iggAiIoIAO17AwCAWQUA01kFACZaBQBX8gYAmegBAMFTDQBVqQgAwVMNAOJEBgA1RQYAeFgHAMtYBwAeWQcAcVkHAMRZBwAXWgcAmegBACgRDACAWQUA01kFACZaBQBX8gYAmegBAMFTDQBVqQgAAUcAAIBZBQDTWQUAJloFAHlaBQDMWgUAH1sFAHJbBQDFWwUAGFwFAGtcBQDPnQ4AIp4OABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAO17AwCAWQUA01kFACZaBQB5WgUAzFoFAIjPCgDUHQAAkDgGALP7DQBZ4QUAAUcAAIBZBQCPRAYAO5UIAAFHAACAWQUA01kFACZaBQB5WgUAzFoFAB9bBQByWwUAxVsFABhcBQBrXAUA7ZAAAECRAACa4wAAGbgCAOv0AQCAWQUA01kFACZaBQB5WgUAzFoFAB9bBQByWwUAg14LANZeCwApXwsAfF8LAM9fCwAiYAsAdWALAEQOAACsJggA/yYIAFInCAClJwgA0xsCAOJEBgA1RQYAiEUGAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqNMCADP1CABAkQAAmuMAABm4AgCrFwAA/hcAAKiwBwD7sAcATrEHAKGxBwD0sQcAR7IHAGseAgD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAmegBACgRDACAWQUA01kFACZaBQB5WgUAzFoFAB9bBQDZSAkAW0wLACKtAAAirQAA4LYFADO3BQCGtwUA2bcFAF/zBACZ6AEAexgLAO8lAAABRwAAPr0JADPnCgCMRQsA1B0AAJA4BgCz+w0AWeEFAAFHAACAWQUAj0QGADuVCACZ6AEAFQoKACFeDQB0Xg0Ax14NALr0AgAnhQkAeoUJAM2FCQAghgkAc4YJAMaGCQDhqgUANKsFAIerBQDaqwUALawFAICsBQDTrAUAJq0FAHmtBQDMrQUA0cQFACTFBQB3xQUAysUFAB3GBQBwxgUAvYsAABgeAgAYHgIALCcCAKsXAAABRwAAmegBACgRDABFVAwA4kQGAE0JCQAlggEAeIIBAMuCAQCsEQsAqNMCAAAAAACZ6AEAKBEMAOckAgA6JQIAjSUCAEHeCwCMRQsA30ULANp0AQDVQQUAm4QAAKz9AQAlggEAs/sNAIxFCwDUHQAAJx4AAHoeAADNHgAAIB8AAHWKBQCZ6AEA7OgBAOoUCwA9FQsAkBULACgRDACAWQUA01kFACZaBQB5WgUAzFoFAB9bBQCo0wIAw9sCABbcAgA8ggkAexgLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCz+w0AjEULANQdAAAnHgAAeh4AAM0eAAAgHwAAShIBAAAAAABTAAAAIq0AAJ24AQDljwIAVXkDAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDACxlBQBAkQAAmuMAABm4AgAYHgIAvVMIAK6YDADQPwIAQJEAAC59CgCBfQoAGB4CACwnAgAi5AQAdeQEAMjkBACbhAAArP0BACWCAQCz+w0A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAQjAAAqxcAAKwRCwCo0wIAAUcAACKtAABTAAAAIq0AAJ24AQDljwIAVXkDAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDAO8lAACzqQEABqoBAFmqAQAirQAAnbgBAOWPAgBVeQMAGB4CACwnAgB/JwIAMPYNAPENAADUHQAAJpgIAHmYCADMmAgAH5kIAHKZCADFmQgAf2UFANJlBQAlZgUAeGYFAMtmBQAeZwUAcWcFALr0AgBEDgAArCYIAP8mCABSJwgApScIAJnoAQAVCgoAIV4NAHReDQDHXg0Az50OACKeDgB1ng4AyJ4OABufDgBunw4AwZ8OABSgDgBnoA4AuqAOAA2hDgBgoQ4ARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAIqVAwAbDgsAfkcLAPENAACs/QEAwtIFABXTBQBo0wUAu9MFAA7UBQCIzwoAJ3EAAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCbhAAA7yUAAH0/AgCx+AUAe7EBAPENAACpLwAAnbgBAOWPAgBVeQMAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMALGUFAECRAACa4wAAGbgCAFFqDACM3gEAD4oCAGKKAgC1igIACIsCAL1TCADvJQAAGB4CACwnAgABRwAAoroEAPW6BADtkAAA8Q0AANQdAACtSwEAAEwBAFNMAQABTQsAVE0LAKdNCwCZ6AEAShIBAAjQBACsEQsAmegBAJi1CgDrtQoAPrYKAJG2CgCs/QEAzWkNAHsYCwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEA7ccEAEDIBABvrwoAwq8KABWwCgBosAoAu7AKAA6xCgBhsQoAtLEKAAeyCgBasgoAFQoKAPENAACxZwIABGgCAKz9AQAlggEAKPYDACKYAwCQAQIAA+IKACgRDABFVAwA3GkLAOiGCgBTAAAA7oQAAJ24AQDljwIAVXkDAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDACxlBQBAkQAAmuMAABm4AgD70wIATtQCADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AACs/QEAj0QGAI9EBgABRwAA8Q0AALFnAgCiugQAEicLAGR4DQCZ6AEA7OgBABgeAgC9UwgAShIBAJnoAQDyoAEAkvAAAKjTAgCT1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAGw4LAG4OCwDBDgsAFA8LAF+ECAAufQoAgX0KAJnoAQDBUw0AVakIAAFHAACZ6AEAwVMNAO8lAACZ6AEAexgLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCz+w0ArP0BAMLSBQAV0wUAaNMFALvTBQAO1AUAiM8KAJnoAQAoEQwARVQMANxpCwAoEQwAm4QAAF+LBwB9PwIAmegBACgRDAA3Tw0ArBELAJnoAQDBUw0A7yUAAJnoAQAoEQwAHeENAKdHAAD6RwAATUgAAO2QAABX8gYAmegBAKz9AQDC0gUAFdMFAGjTBQC70wUADtQFACWCAQCbhAAAIqYBALFnAgCAWQUAIq0AAPENAADUHQAAm4QAAAZQAgAirQAABEUHAAQVAgD+tQ0AUbYNAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAEFQIAerwNAM28DQDljwIAVXkDAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDACxlBQBAkQAAmuMAABm4AgAAAAAAUwAAAGzoBwD/Vg0A8Q0AANQdAACbhAAABlACACKtAAAERQcAUwAAAOINAgAEFQIA/rUNAFG2DQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAABBUCAHq8DQDNvA0A5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwAsZQUAQJEAAJrjAAAZuAIAqNMCAAFHAACiugQAEicLAMFNAgDxDQAAUwAAAE0JCQAYHgIAAUcAAKjTAgABRwAAoroEABInCwDBTQIA8Q0AAFMAAABNCQkAGB4CAAFHAACo0wIAM/UIAECRAACa4wAAGbgCACWCAQAo9gMA+ZgCANp0AQAtdQEARfQBACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwDmUgkA1B0AACceAACa4wAAGbgCAEoLAgCdCwIAoroEABInCwDBTQIA8Q0AAFMAAABNCQkAGB4CAAFHAAAEFQIAerwNAM28DQDljwIAVXkDAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDACxlBQBAkQAAmuMAABm4AgDPnQ4AIp4OABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDABUKCgAhXg0AdF4NAMdeDQASuQIAKZ4CANUCDgAoAw4AewMOAM4DDgAhBA4AdAQOAMcEDgAaBQ4AYYEFALSBBQAHggUAWoIFAK2CBQAAgwUAU4MFAKjTAgCT1gIAw9QDABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAO17AwCAWQUA01kFACZaBQB5WgUAzFoFAB9bBQDZSAkA7ccEACmeAgDVAg4AKAMOAHsDDgDOAw4AIQQOAHQEDgDHBA4AGgUOAJPWAgDD1AMAFtUDAGnVAwC81QMAD9YDAGLWAwABRwAAgFkFANNZBQAmWgUAeVoFAMxaBQAfWwUAclsFAMVbBQAYXAUAa1wFAMPbAgDtkAAAxdEAACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwAsZQUAQJEAAJrjAAAZuAIAO5UIAP4XAAD4xgkAS8cJAJuEAAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAs/sNAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AACdxAAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAs/sNAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAw9sCABbcAgA8ggkAexgLAF+LBwAo9gMA+ZgCAI/cCACYtQoA67UKAPjGCQBLxwkA8Q0AAJnoAQDs6AEA6hQLAD0VCwCQFQsA4xULAOiGCgA7hwoAjocKAKwRCwCPRAYAVakIABgeAgCZ6AEA7ccEAHWtAAC9iwAA8Q0AALFnAgA+vQkAmegBAJi1CgDrtQoA+MYJAEvHCQB7GAsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAMFTDQAirQAAIq0AAOC2BQAztwUAhrcFANm3BQBf8wQAmegBAMXRAAAYmggA2nQBACx6AgCz+w0AFQoKAPENAACxZwIABGgCAKz9AQAlggEAKPYDACKYAwCQAQIA2nQBAC11AQBF9AEAmegBAHsYCwBsowUA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBAD0egMAR3sDAJp7AwDtewMAQHwDAJN8AwDmfAMAgqIDANWiAwAF5gYAWOYGAKvmBgD+5gYAUecGAKTnBgAoEQwAIq0AAFMAAAAAAAAA2nQBAFMAAACZ6AEA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBAD0egMAR3sDAJp7AwDtewMAQHwDAJN8AwAoEQwAHeENAKdHAAAbDgsAfkcLAPENAACxZwIAKBEMAIBZBQDTWQUAJloFAHlaBQDMWgUAH1sFANlICQAsSQkAf0kJADjqAQDadAEAGB4CACwnAgDBUw0A4kQGADVFBgCIRQYAmegBACgRDAAirQAAUwAAAJnoAQDtxwQAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwBHewMAmnsDAMXRAADadAEA1UEFAFRHAACZ6AEAGw4LAH5HCwDxDQAAsWcCAJnoAQBX8gYAqvIGAGR4DQABRwAAgFkFAPmYAgCP3AgAjEULANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAJtvAwDubwMAQXADAL2LAAAQjAAAN/0AAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCz+w0AwVMNABgeAgCZ6AEAPgkLAMT/BwDtkAAA8Q0AAJnoAQCYtQoA67UKAD62CgCRtgoARAACAFtFDACuRQwAIpgDAFfyBgDxDQAAmegBAIxFCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAACbbwMA7m8DAEFwAwC9iwAAEIwAADf9AAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAs/sNAMFTDQAYHgIAmegBAD4JCwDE/wcA7ZAAAPENAACZ6AEAmLUKAOu1CgA+tgoAkbYKAEQAAgBbRQwArkUMACKYAwCZ6AEAjEULANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAJtvAwDubwMAQXADAL2LAAAQjAAAN/0AAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCz+w0AwVMNABgeAgCZ6AEAPgkLAMT/BwDtkAAA8Q0AAJnoAQCYtQoA67UKAD62CgCRtgoARAACAFtFDACuRQwAIpgDAAAAAACbhAAAX4sHALKLBwAo9gMAqNMCABgeAgDXRA0ALXUBAEX0AQBScwkAQJEAAJrjAAAZuAIAw9sCABbcAgA8ggkAj4IJANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAHsYCwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEA7ZAAAEoSAQAirQAAKZ4CAO6EAAAERQcAV0UHAPENAADUHQAAJx4AAHoeAADNHgAAIB8AACwnAgBAkQAAmuMAABm4AgB7sQEA8Q0AAKjTAgC69AIAJ4UJAHqFCQDNhQkAIIYJAHOGCQDGhgkAQd4LAJPWAgDD1AMAFtUDAGnVAwC81QMAD9YDAGLWAwBbAAoArgAKAIBZBQDTWQUAJloFAHlaBQDMWgUAH1sFANlICQAoEQwARVQMAFfyBgAjRg0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAH7ZAgAd4Q0Ap0cAACQ6DQB3Og0A6IYKAA29CgBgvQoAmLUKAOu1CgBRGAAAexgLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCz+w0A7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBAD0egMAR3sDAJp7AwB7GAsAVS0CAJgBDAAd4Q0A2nQBACKYAwB1mAMAShIBAJ0SAQBKEgEAt/wGAKsXAADE+AgAF/kIAGr5CACT8QoA5vEKAEoSAQAI0AQABlACAH0/AgDQPwIAV/IGAJnoAQA+CQsAI0YNAJuEAABuDgsAwQ4LABQPCwBnDwsAug8LAA0QCwBgEAsAiMgLADdPDQBX8gYAmegBAOiGCgANvQoAYL0KADYWCwCRCQsAIpgDACdxAACs/QEAJYIBALP7DQBX8gYAmegBAL2LAAAQjAAAAUcAAIBZBQAsegIAmegBACgRDACAWQUA01kFACZaBQBX8gYAmegBAF+ECACyhAgAAUcAAKK6BAAlggEAKPYDAHv2AwD1ZwQAIq0AAAQVAgB6vA0AzbwNAOWPAgBVeQMAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMALGUFAECRAACa4wAAGbgCAO7PDQDUHQAAJx4AAHoeAADNHgAAIB8AAFfyBgAjRg0Am4QAAMnKBgCo0wIAxP8HAMXRAACrFwAAqNMCABiaCAB+RwsA8Q0AALFnAgAlggEAeIIBAPDTCQBD1AkAltQJAOnUCQBs6AcAv+gHAJrjAAAZuAIAR/AKAOJEBgA1RQYAiEUGAJnoAQC9iwAAEIwAAOcdAwCh2wEAmegBAIxFCwBEDgAArCYIAP8mCABSJwgAjEULALgZDQALGg0AVS0CAL2LAADxDQAAmegBABiaCAAD4goAWeEFAH0/AgDQPwIAV/IGAMT/BwDiRAYANUUGAHhYBwDLWAcAHlkHAHFZBwDEWQcAF1oHAGpaBwC9WgcAEFsHAGNbBwC2WwcACVwHAFxcBwCvXAcAAl0HAFVdBwCoXQcA+10HAE5eBwChXgcA9F4HANduBwAqbwcAfW8HANBvBwBX8gYAmegBAMFTDQBVqQgAAUcAAJnoAQDF0QAABQkCANp0AQDVQQUAgFkFAC11AQBF9AEAmegBAOzoAQDqFAsAGB4CAJnoAQDBUw0A4kQGADVFBgB4WAcAy1gHAB5ZBwBxWQcAxFkHAL/oBwBrHgIAVS0CAIBZBQCPRAYAO5UIAAFHAACAWQUA01kFACZaBQB5WgUAzFoFAB9bBQByWwUAg14LANZeCwApXwsAfF8LAM9fCwAiYAsAdWALAK7eAgAnvQEAAUcAAJuEAABVLQIAPr0JAMFTDQDiRAYANUUGAHhYBwDLWAcAHlkHAHFZBwDEWQcAF1oHAJnoAQAoEQwAgFkFANNZBQAmWgUAV/IGAJnoAQDBUw0AVakIAAFHAACrCQIAvYsAABCMAAA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAAShIBAJ0SAQAoHwoA+mIIACDLCwCsEQsAmegBAO3HBABAyAQAb68KABCMAAABRwAAPr0JAH7ZAgCAWQUA01kFACZaBQB5WgUAzFoFAB9bBQDZSAkAxdEAAAUJAgDadAEA1UEFAIBZBQAtdQEARfQBAJnoAQDs6AEA6hQLABgeAgCZ6AEA+ZgCAEyZAgCfmQIA8pkCABiaCAB+RwsA8Q0AALFnAgAEaAIA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBACKtAAAAAAAAJYIBAKjTAgDD2wIAFtwCADyCCQAbDgsAfkcLAPENAACxZwIA8Q0AAJnoAQB7GAsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBALP7DQDohgoAO4cKAI6HCgDgkwoAM5QKAIaUCgBoXQoATQkJAKAJCQD70wIATtQCADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AABNfwQAGB4CACwnAgAi5AQAVS0CAD69CQCMRQsA1B0AAPENAACRogEAXXoBAI9EBgAlggEAJYIBAJnoAQAbDgsAfkcLAPENAACxZwIAkvAAALkbCwD8EwQAKBEMAKK6BAD1ugQA7ZAAAFfyBgCZ6AEA7OgBAOoUCwAYHgIAmegBAAAAAAC9iwAA7ZAAAECRAACsEQsAmegBAOzoAQA/6QEAkukBAOXpAQCrFwAA/hcAAPjGCQBLxwkA8Q0AAO8lAACzqQEABqoBAFmqAQAjRg0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAJPWAgDD1AMAb68KAMKvCgAVsAoAaLAKALuwCgAOsQoAYbEKALSxCgBfhAgAsoQIACLkBAB15AQAyOQEAJnoAQB7GAsAN08NAKwRCwCZ6AEA7ccEAEDIBACTyAQA2OUMACvmDADuhAAAwmoIAJnoAQBoXQoATQkJANp0AQAtdQEAVS0CAPENAACo0wIAw9sCABbcAgA8ggkAj4IJANQdAAAnHgAAeh4AAM0eAAAgHwAAdYoFAJnoAQB7GAsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBALP7DQDs6AEA6hQLABgeAgCZ6AEA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBAD0egMA8Q0AANQdAAAnHgAAeh4AAM0eAAAgHwAAdYoFAMiKBQAnHgAAmuMAABm4AgDUHQAAJx4AAJrjAAAZuAIAz50OACKeDgAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAEoLAgAYHgIALCcCAH8nAgAw9g0A8Q0AANQdAAAvagsAECsCAPykBwBPpQcAmegBAIxFCwDUHQAAJx4AAHoeAADNHgAAIq0AAH0/AgAYmggAfkcLAFWpCADxDQAA1B0AAEoLAgBX8gYAGB4CANdEDQD5mAIAj9wIAOLcCAAEFQIA/rUNAECRAACa4wAAGbgCAAQVAgCrFwAA7ZAAAAFHAADF0QAAj0QGABgeAgB9PwIA0D8CAECRAACa4wAAGbgCAM+dDgAing4AuWANAAxhDQBfYQ0AAAAAAAAAAADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKjTAgCT1gIAw9QDABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDACgRDAAd4Q0Ap0cAABUKCgBoCgoAV/IGAFMAAABNCQkA2nQBAC11AQA/NQMAmegBAL2LAAAYHgIAJYIBAKjTAgAUCQAAGJoIAGuaCAC+mggA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEAFsACgCuAAoAAQEKACgRDAAd4Q0Ap0cAAHtQAwDE/wcAFwAIAGoACAC9AAgAEAEIAEJBCAA+CQsAqvIGAO2QAABKEgEAnRIBAHtQAwDE/wcAFwAIAGoACAC9AAgAEAEIAEJBCAA+CQsAqvIGAO2QAABKEgEAnRIBAPASAQCZ6AEAX4QIAC59CgCBfQoAqxcAAOcdAwAtdQEARfQBAO2QAABAkQAAShIBADiXAQAimAMAkaIBAF16AQCPRAYAO5UIAJnoAQA+CQsAI0YNAKsXAADnHQMA7ZAAAFfyBgCZ6AEAxdEAABiaCADadAEALHoCALP7DQAoEQwAoroEAKwRCwDadAEALXUBAEX0AQCZ6AEAKBEMAEVUDADcaQsA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEAFsACgCuAAoAAQEKACgRDAAd4Q0Ap0cAAHtQAwDE/wcAFwAIAGoACAC9AAgAEAEIAEJBCAA+CQsAqvIGAO2QAABKEgEAnRIBAD4JCwCUIw4A5yMOADokDgCNJA4A4CQOADMlDgDtxwQAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMM0HAI9EBgAirQAAfT8CANA/AgBAkQAALCcCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBOzQMAsxALAAYRCwBZEQsAGIULABiaCADadAEALHoCALP7DQDs6AEAQiYAAAFHAAAirQAABEUHANp0AQAtdQEARfQBAJnoAQCMRQsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAexgLAGR4DQDadAEAmegBAPmYAgCP3AgA4twIAIjPCgBdegEAj0QGANp0AQAsegIAs/sNAKsXAAD+FwAAdzsBAO8lAADqFAsAPRULAJAVCwDjFQsAN5wCAECRAACa4wAAGbgCAPKgAQBpsggAvLIIAA+zCABiswgAtbMIAAi0CAAAAAAAT8gCAKLIAgCYtQoA67UKAFEYAABVvgUAqL4FABPPCQBmzwkAuc8JAOzoAQBUDwgApw8IAPoPCADBUw0AGB4CAJnoAQA+CQsAkQkLABgeAgAsJwIAIGQCAAFHAADTGwIAGB4CABUKCgBoCgoAuwoKAA4LCgBhCwoAAAAAAPmYAgBMmQIABlACAAAAAAAYHgIALn0KAIF9CgAAAAAAV/IGAMT/BwAXAAgAagAIAL0ACAAQAQgA3CsIAC8sCACCLAgA1SwIACKtAAB9PwIA0D8CAAFHAACrFwAA/hcAAHc7AQDvJQAA6hQLAD0VCwCQFQsA4xULADecAgBAkQAAmuMAABm4AgAEFQIA7s8NAEQOAACsJggA5LYKAFQPCADUbwwAwkECAJnoAQB7GAsAbKMFAPmYAgBMmQIAn5kCACj2AwBX8gYAmegBAD4JCwDE/wcAFwAIAGoACAC9AAgAEAEIAEJBCAAVCgoAaAoKAPmYAgDadAEAGB4CAL1TCAA7lQgAShIBALf8BgCrFwAAxdEAAI9EBgAYHgIAfT8CALfgCgAtdQEARfQBAJnoAQDtxwQAQMgEAJPIBADY5QwAK+YMAH7mDADR5gwAJOcMAHfnDACZ6AEAX4QIAC59CgCBfQoA1H0KACd+CgB6fgoAzX4KAIxFCwC4GQ0AoroEABInCwBVLQIAPr0JAEX0AQCZ6AEA6IYKAA29CgBgvQoAFQoKANp0AQDVQQUAVEcAAKdHAAAkOg0AmegBAJi1CgDrtQoAPrYKAJG2CgBfhAgALn0KAIF9CgCrFwAA5x0DAC11AQBF9AEAmegBAMFTDQAYHgIAmegBAEoSAQA4lwEAIpgDAKkvAACduAEA5Y8CAO8lAABUDwgARfQBAL2LAAAYHgIALCcCABgeAgAsJwIAIuQEAFUtAgA+vQkAPgkLAMT/BwAXAAgAagAIAL0ACAAQAQgAQkEIAGhdCgAIPwEAWz8BAPmYAgDadAEAV/IGACNGDQCPRAYAj0QGAAFHAAAlggEAs/sNAPENAACRogEAmegBAD4JCwDE/wcAFwAIAGoACAC9AAgAEAEIAEJBCACYtQoA67UKAD62CgCRtgoA5LYKADe3CgCKtwoA3bcKAD4JCwDE/wcAFwAIAGoACAC9AAgAEAEIAEJBCAAVCgoAaAoKAFfyBgBTAAAATQkJANp0AQAtdQEAWeEFAKzhBQD/4QUAUuIFAKXiBQD44gUAS+MFAJ7jBQDx4wUAROQFANp0AQCbhAAAX4sHAJnoAQAoEQwAIq0AAFMAAACo0wIAmegBAB/QDABp4g0A7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEAJLwAAAAAAAA/BMEAGFJDQDqFAsAGB4CAAFHAACAWQUA+ZgCAI/cCACQOAYArBELAJnoAQBfhAgAsoQIAAWFCABYhQgAq4UIAP6FCACZ6AEA6IYKAJPWAgDD1AMAFtUDAGnVAwC81QMAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwCg2QMATs0DAFnhBQCs4QUA/+EFAFLiBQCl4gUA+OIFAEvjBQCe4wUA8eMFAETkBQDD2wIAFtwCAAaHBgAf0AwA7ZAAAK1LAQBxPQsAIpgDALFnAgCAWQUALXUBAEX0AQCZ6AEAPgkLAMT/BwBKEgEACNAEANp0AQAwzQcAg80HANbNBwApzgcAfM4HAM/OBwAizwcAdc8HAMjPBwAb0AcAbtAHAMHQBwAU0QcAZ9EHALrRBwAN0gcAYNIHALPSBwAYHgIALCcCAH8nAgAw9g0A8Q0AANQdAADyoAEAAUcAACKtAABTAAAAqNMCAAAAAAAlggEA8Q0AAKjTAgAAAAAAvYsAABCMAADnHQMAodsBAKjTAgAAAAAArP0BACWCAQCz+w0AKBEMAEVUDADcaQsA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEAFsACgCuAAoAAQEKACgRDAAirQAAUwAAAKjTAgAAAAAAJYIBAPENAACo0wIAAAAAAIxFCwCRogEA5KIBAKjTAgAAAAAAqxcAAKsXAADtkAAAWeEFAAFHAACAWQUAj0QGADuVCACZ6AEAX4QIALKECAAFhQgAWIUIAKuFCAD+hQgAAAAAAAFHAAABRwAAUwAAACKtAACduAEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwAZZA4ATQkJAKAJCQDzCQkAkvAAAOSNBAB+RwsA8Q0AALFnAgAc+wsAX4QIALKECAAi5AQAdeQEAMjkBACZ6AEAPgkLAKryBgAHnQ0AWp0NAKz9AQCbhAAAIqYBANQdAACMRQsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAexgLAFUtAgC9iwAAJYIBAFfyBgCZ6AEAmLUKAOu1CgA+tgoAkbYKAO3HBABAyAQAk8gEAObIBAA5yQQAjMkEAN/JBABbAAoArgAKAAEBCgAYHgIALCcCAH8nAgAw9g0A8Q0AANQdAAAjRg0AQJEAAJrjAAAZuAIA7ZAAAECRAACa4wAAqfAIAPzwCABRGAAAAAAAAAAAAAAAAAAAT8gCAKLIAgAlzgIAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwBHewMAmnsDAJfkBQDq5AUAPeUFAJDlBQDj5QUANuYFAAAAAAAAAAAAT8gCAKLIAgAlzgIAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwBHewMAmnsDAJfkBQDq5AUAPeUFAJDlBQDj5QUANuYFAMXRAADadAEALXUBAO2QAABAkQAAmuMAABm4AgAAAAAAAAAAAAAAAAAAAAAAAAAAAKsXAADtkAAAAUcAAAQVAgB6vA0AzbwNAOWPAgBVeQMAqHkDAPt5AwBOegMA0YwNACSNDQB3jQ0Ayo0NAB2ODQBwjg0Aw44NABaPDQCT1gIAw9QDABbVAwBp1QMAvNUDAA/WAwBi1gMAtdYDAAjXAwBb1wMArtcDAAHYAwBU2AMAp9gDAPrYAwBN2QMAoNkDAI9EBgDxDQAAmegBABUKCgAhXg0AdF4NAMdeDQAAAAAAAAAAAAAAAAA+vQkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQAAAAAAAAAAAAAAAACtSwEAcT0LAI9EBgA7lQgAmegBAF+ECACyhAgABYUIAFiFCACrhQgAAAAAAO2QAABAkQAArP0BANp0AQAtdQEAwkECAJQjDgAQjAAARfQBAPENAAAncQAAiMIAAO8lAACs/QEAm4QAAIjCAACZ6AEAexgLAKz9AQBF9AEAUnMJAJA4BgCz+w0AGJoIAKsXAADtkAAArUsBAHE9CwAAAAAAqxcAAJnoAQBfhAgAsoQIABiaCAC9iwAA8Q0AACdxAADJygYA8Q0AAJGiAQBdegEAj0QGADuVCADtkAAAX4QIANdEDQCqfAsAVA8IAL2LAAABRwAAm4QAAFUtAgAAAAAAj0QGAJnoAQBfhAgAsoQIACBkAgBzZAIA8Q0AACdxAADJygYAqxcAAP4XAACo0wIAM/UIAIb1CADZ9QgALPYIAH/2CADS9ggAJfcIAHj3CADL9wgAHvgIAHH4CADtkAAAWeEFAKzhBQD/4QUAUuIFAKXiBQD44gUAS+MFAJ7jBQDx4wUAROQFAOzoAQA/6QEAkukBAOXpAQCsqgEAk9YCAMPUAwAW1QMAadUDALzVAwAP1gMAYtYDALXWAwAI1wMAW9cDAK7XAwAB2AMAVNgDAKfYAwD62AMATdkDAKDZAwDD2wIAFtwCADyCCQCPggkA4oIJADWDCQCIgwkA24MJAOzoAQBUDwgApw8IAPoPCADBUw0AGB4CAJnoAQA+CQsAkQkLABgeAgAsJwIAIGQCAAFHAADTGwIAGB4CABArAgBfiwcAs/sNAECRAACa4wAAGbgCAI9EBgCPRAYAJYIBAJnoAQAoEQwAgFkFANNZBQAmWgUAV/IGAJnoAQDBUw0AVakIAAFHAACZ6AEAxdEAABiaCADadAEALHoCALP7DQDF0QAABQkCANp0AQDVQQUAgFkFAC11AQBF9AEAmegBAOzoAQDqFAsAGB4CAJnoAQB7GAsAN08NAIpPDQDBUw0A4kQGADVFBgCIRQYAmegBAO3HBABAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQA9HoDAOiGCgANvQoAYL0KAJi1CgDrtQoAPrYKAJG2CgB7GAsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBALP7DQCrCQIA/gkCAF+ECACyhAgAAAAAAL2LAADtkAAA8Q0AALFnAgCZ6AEAKBEMAIBZBQDTWQUAJloFAFfyBgCZ6AEAwVMNAFWpCAABRwAAmegBAHsYCwDvJQAAAUcAAD69CQAz5woAqxcAAO2QAACtSwEAqNMCAH7ZAgCAWQUA01kFACZaBQB5WgUAzFoFAB9bBQDZSAkAexgLADVuDAAAAAAAvYsAANp0AQAYHgIA10QNAC11AQBF9AEAmegBAHsYCwBsowUA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA38kEADLKBAD0egMAs/sNAECRAACa4wAAGbgCAOJmDQCAWQUA01kFACZaBQB5WgUAzFoFAB9bBQD9NwkAUDgJAKM4CQD2OAkASTkJAJw5CQDvOQkAQjoJAJU6CQDoOgkAOzsJAJLwAADF0QAABQkCANp0AQDVQQUAkfUBABgeAgAsJwIAIuQEAFUtAgA+vQkANW4MAAAAAAC9iwAA2nQBABgeAgAsJwIAe7EBAFfyBgCs/QEAIq0AAJnoAQDtxwQAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwDBUw0ArP0BAAFHAACbhAAA2nQBAC11AQCZ6AEAe7EBAFfyBgCs/QEAIq0AAJnoAQDtxwQAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwCZ6AEAFQoKAFtFDAAATAEAU0wBAAFNCwBUTQsAp00LAPpNCwBNTgsAxdEAABiaCAAD4goAqxcAAJnoAQAoEQwAoroEAKwRCwDadAEALXUBAEX0AQCZ6AEAKBEMAEVUDADcaQsA7ccEAEDIBACTyAQA5sgEADnJBACMyQQA8Q0AAJnoAQDtxwQAQMgEAG+vCgDCrwoAFbAKAGiwCgC7sAoADrEKAGGxCgC0sQoAB7IKAFqyCgB7GAsANW4MAAAAAAC9iwAA2nQBABgeAgAsJwIAX/MEAJnoAQDs6AEAGB4CAL1TCABKEgEAmegBACgRDAAd4Q0Ap0cAAL2LAAAQjAAA5JsCADecAgBAkQAAJYIBAKwRCwDadAEALXUBAEX0AQCZ6AEAPgkLAKryBgAHnQ0AWp0NAKz9AQCbhAAAIqYBANQdAAB7GAsANW4MAAAAAAC9iwAA2nQBABgeAgAsJwIAexgLAGyjBQBfhAgAsoQIAPENAABEDgAAVakIABgeAgAirQAA7ZAAAOzoAQAYHgIAvVMIAEoSAQCZ6AEA6IYKANVBBQDxDQAAmegBAGhdCgAIPwEA10QNAPjwAwAI0AQABlACAKwRCwCZ6AEA7OgBAD/pAQDuhAAAwmoIANMbAgAYHgIArBELAJnoAQDBUw0AGB4CAJnoAQCMRQsARA4AAFWpCAAYHgIAIq0AAO2QAAABRwAAm4QAAMnKBgBX8gYAGB4CANdEDQAtdQEA7yUAAOoUCwCZ6AEAFQoKAGgKCgC7CgoAdzsBAO8lAADqFAsAPRULAJAVCwDjFQsAm4QAANp0AQBKCwIAm4QAACvtCwAHuQkAWrkJAC11AQBnYgsAoroEABInCwDBTQIA8Q0AAB0uAwCbhAAAVS0CAD69CQAbDgsAfkcLAPENAACxZwIAmegBAJi1CgAQKwIAYysCALYrAgBRGAAAVb4FAKi+BQATzwkAZs8JALnPCQAM0AkAX9AJALLQCQDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABKEgEAOJcBACKYAwCs/QEAzWkNABiaCACbhAAA+ZgCANp0AQAtdQEAexEMAJG9CQDkvQkAN74JAIq+CQDdvgkAML8JAIO/CQDWvwkAKcAJAHzACQDPwAkAIsEJAHXBCQCRCQsATWMIAKBjCADzYwgAvYsAAFfyBgBfhAgAsoQIACLkBADJygYAmegBAL2LAABX8gYAAAAAAI9EBgCZ6AEAKBEMAIBZBQDTWQUAJloFAHlaBQDMWgUAGJoIAFMAAABKCwIAqxcAAO2QAAABRwAAxdEAAI9EBgAYHgIAfT8CAEoLAgBF9AEAUnMJAKVzCQD4cwkAS3QJAJ50CQDxdAkALCcCAPENAACRogEA1B0AAPENAACo0wIARfQBAFJzCQClcwkA+HMJAEt0CQCedAkA8XQJAER1CQCXdQkA6nUJAD12CQCQdgkA7OgBAOoUCwAYHgIAwVMNABgeAgCZ6AEAjEULANQdAAAnHgAAeh4AANp0AQAirQAA7ZAAAJi1CgDrtQoAPrYKAJG2CgB9PwIAKCYJAP4XAADF0QAAGJoIAH5HCwDxDQAAsWcCAD69CQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA+74FAE6/BQChvwUA9L8FAEfABQCawAUAexgLAMnKBgBX8gYAGB4CACwnAgDxDQAAkaIBAJnoAQDs6AEA6hQLAD0VCwCQFQsA4kQGADVFBgCIRQYAmegBACgRDAAirQAAUwAAAJnoAQDtxwQAQMgEAJPIBADmyAQAOckEAIzJBADfyQQAMsoEAPR6AwBHewMAmnsDAO17AwBAfAMAm4QAANp0AQDtkAAAQJEAAJrjAAAZuAIA8qABAGmyCAC8sggAD7MIAGKzCAC1swgACLQIAO2QAABKEgEAUwAAAE0JCQAYHgIAax4CAAZQAgCsEQsAmegBAOzoAQA/6QEAkukBAJPxCgDm8QoA6IYKADuHCgCOhwoAmLUKABArAgBjKwIAtisCAF+ECACyhAgA8Q0AAEQOAAAlggEAvYsAAAFHAACAWQUAj0QGAFfyBgAjRg0AqxcAABArAgBjKwIAtisCAJi1CgDrtQoAGB4CAJnoAQCMRQsA1B0AACceAAB6HgAAqxcAABArAgBjKwIAtisCAGhdCgAIPwEAWz8BAPmYAgDadAEAV/IGACNGDQAirQAABEUHAJnoAQAbDgsAfkcLAPENAACxZwIAmegBAOiGCgANvQoAYL0KAH0/AgAoJgkA/hcAAMXRAACPRAYArpgMAL2LAABTAAAAmegBAOzoAQA/6QEAkukBAJPxCgDm8QoA5ekBAOcdAwCPRAYABBUCAHq8DQAERQcAm4QAADdPDQCrFwAA7ZAAAJA4BgDxDQAABBUCAMzIDQAfyQ0AGB4CACwnAgDxDQAARA4AACWCAQD5mAIAj9wIAFfyBgCq8gYAycoGAFfyBgAYHgIALCcCAPENAACRogEA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCo0wIAw9sCABArAgBjKwIAtisCAKiiCQD7ogkATqMJAKGjCQD0owkAR6QJAJqkCQDtpAkAQKUJAJOlCQDmpQkAOaYJAIymCQDfpgkAMqcJAIWnCQDYpwkAK6gJAJnoAQC5GwsARA4AAKwmCAD/JggAUicIAKUnCAAa1QgAhu4JANnuCQAs7wkAM+cKAJrjAAAZuAIAFQoKAPENAACxZwIABGgCAKz9AQAlggEAKPYDACKYAwCQAQIAmegBAHsYCwBsowUAmLUKAO2QAADF0QAAmegBAO3HBABAyAQAk8gEAObIBAA5yQQAjMkEAN/JBAAyygQA9HoDAKjTAgDyoAEAabIIALyyCAAPswgAYrMIALWzCAAItAgAW7QIAK60CAB9uwgAAAAAAAAAAAAAAAAATMIIAJ/CCADywggARcMIAJjDCADrwwgAPsQIAJHECAAAAAAAAAAAAOTECAA3xQgAisUIALrtAwCaEwYA7RMGAOzoAQDqFAsAPRULAJAVCwCo0wIATs0DAKHNAwAjkg4AdpIOAMmSDgAckw4Am4QAAKz9AQAlggEAs/sNAOzoAQBUDwgApw8IAPoPCACYtQoA67UKAD62CgCRtgoA5LYKADe3CgCKtwoA3bcKAO2QAACrFwAA/hcAAO2QAACrFwAAqxcAAP4XAADtkAAAqxcAAAFHAACo0wIAw9sCABbcAgA8ggkAj4IJAOKCCQA1gwkAiIMJANuDCQDs6AEAVA8IAKcPCAD6DwgAwVMNABgeAgCZ6AEAPgkLAJEJCwAYHgIALCcCACBkAgABRwAA0xsCABgeAgCsEQsAmegBAB/QDACo0wIAAAAAAJnoAQCs/QEA//0BAO8lAADvJQAAQiYAAECRAADXRA0ALXUBAEX0AQCZ6AEAKBEMAIBZBQDTWQUAJloFAFfyBgCZ6AEAwVMNAFWpCAABRwAAmegBAHsYCwDvJQAAAUcAAD69CQAz5woAV/IGAJQjDgAlggEAs/sNAKsXAAD+FwAAdzsBAO8lAADqFAsAPRULAJAVCwDjFQsAN5wCAECRAACa4wAAGbgCAMPbAgAW3AIAPIIJAEoSAQCdEgEAKB8KAHsfCgDOHwoAISAKAJi1CgAQKwIAYysCALYrAgBX8gYAw9sCABbcAgA8ggkAShIBAJ0SAQAoHwoAex8KAM4fCgAhIAoAmLUKABArAgBjKwIAtisCAFfyBgBKEgEAnRIBACgfCgB7HwoAzh8KACEgCgBoXQoAu10KAA5eCgBhXgoAtF4KAAdfCgBaXwoAJYIBAHiCAQD9YQMAUGIDAJnoAQC9iwAAGB4CACWCAQBfhAgAsoQIAPENAABEDgAAJYIBAPmYAgCP3AgA6IYKAPjwAwBL8QMAnvEDAPHxAwBE8gMAmegBABUKCgBoCgoAAUcAAKK6BACsEQsAmegBAOzoAQDqFAsAGB4CAJnoAQBoXQoAu10KAA5eCgBhXgoAtF4KAAdfCgBaXwoAqwkCAP4JAgCs/QEA//0BAFL+AQCl/gEA7OgBAOoUCwA9FQsAkBULAOMVCwDohgoA1UEFAChCBQDohgoAO4cKAI6HCgDhhwoAbKMFAGhdCgC7XQoADl4KAGFeCgC0XgoAB18KAFpfCgAEFQIAe7EBAPENAABEDgAAShIBAAjQBABVLQIAIq0AAARFBwDadAEALXUBAEX0AQCZ6AEAaF0KALtdCgAOXgoAYV4KALReCgAHXwoAWl8KAOzoAQDqFAsAGB4CAJnoAQCQCAEAdqcLABlkDgBsZA4AmLUKAOu1CgA+tgoAkbYKAGhdCgAIPwEALCcCAH8nAgBUDwgAC8cMAO2QAABX8gYAmegBAMXRAADadAEA1UEFAFRHAACZ6AEAAAAAAJnoAQDBUw0AGB4CAJnoAQDIrAwAAAAAAJnoAQDBUw0AGB4CAJnoAQDIrAwAG60MAHsYCwBsowUAPgkLACNGDQB2Rg0AbOgHAP9WDQBSVw0AI0YNAKsXAAAirQAAUwAAAKYAAADyYQoARWIKAJhiCgDrYgoAPmMKAEoSAQAI0AQAN08NAIzeAQCbhAAAX4sHALKLBwDuhAAAfT8CALH4BQAr7QsAUnMJABsOCwBuDgsAwQ4LABQPCwCYtQoA67UKAD62CgCRtgoArP0BAM1pDQDtkAAAqxcAAJnoAQDs6AEA6hQLAD0VCwCQFQsA4xULAOiGCgA7hwoARUYOAJhGDgDrRg4APkcOAJFHDgCz+w0AV/IGAAQVAgCZ6AEAKBEMAKK6BACsEQsAmegBACgRDABFVAwA3GkLAOiGCgA7hwoARUYOAJhGDgDrRg4APkcOAJFHDgDohgoA1UEFAKjTAgDD2wIAGWQOAGxkDgC/ZA4A6IYKADuHCgBFRg4AmEYOAOtGDgA+Rw4AkUcOAGhdCgAlggEAs/sNAJuEAAAipgEA1B0AAF+ECAAufQoAgX0KAJnoAQAUCQAAqxcAABlkDgBsZA4Av2QOAOiGCgA7hwoARUYOAJhGDgDrRg4APkcOAJFHDgC9iwAAEIwAAAFHAACAWQUA01kFACZaBQDtkAAAQJEAAJrjAAAZuAIAJYIBAHiCAQD9YQMAUGIDAJnoAQCMRQsA30ULACKtAAAERQcAmegBAOzoAQBUDwgApw8IAPoPCAAf0AwActAMAEX0AQBScwkAShIBAJnoAQDadAEALXUBAJnoAQB7GAsAN08NAKwRCwCZ6AEAwVMNAO8lAACZ6AEAKBEMAB3hDQCnRwAA+kcAAEQOAABVqQgAGB4CACKtAADtkAAAJYIBAHiCAQAirQAAKZ4CAHyeAgDPngIArBELAJnoAQDohgoAO4cKAEVGDgCYRg4A60YOAD5HDgCRRw4As/sNAFfyBgCZ6AEARfQBAFJzCQBKEgEAKBEMAB3hDQCnRwAARfQBAFJzCQBKEgEA8Q0AAJnoAQB7GAsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAD4JCwAYHgIA10QNAPmYAgCP3AgA4twIAJnoAQDs6AEA6hQLAD0VCwCQFQsA4xULAOzoAQDqFAsAGB4CAJnoAQB7sQEAV/IGAKz9AQAirQAAUWoMAP4XAAB3OwEA7yUAAOoUCwA9FQsAkBULAOMVCwA3nAIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BACKtAAB1rQAAwFkCABNaAgBmWgIAV/IGACNGDQDvJQAA7yUAAOoUCwA9FQsAkBULAOMVCwA3nAIAQJEAAJrjAAAZuAIAzhgLAAFHAACAWQUAqnwLALOpAQDuhAAAwmoIAL2LAAAYHgIAKBEMAEVUDADcaQsA7OgBAFQPCADUbwwAwkECAAeQAwBakAMArZADAACRAwBTkQMAppEDAPmRAwBMkgMArP0BAM1pDQBfhAgAsoQIAPENAABEDgAAJYIBAPmYAgCP3AgAV/IGAKjTAgCrFwAA/hcAAHc7AQDx/wEAVAEKAKcBCgD6AQoATQIKAOzoAQAw9g0AEIwAALX4CgABRwAAgFkFAI9EBgA7lQgAAUcAAD69CQCrFwAA8Q0AAF16AQCPRAYAO5UIACKYAwB1mAMAX4QIALKECAAAAAAAvYsAANp0AQAYHgIALCcCAD4JCwAYHgIA10QNAPmYAgCP3AgAmegBAJH1AQDk9QEA5Y8CAFV5AwCoeQMA+3kDAE56AwChegMA9HoDAEd7AwCo0wIAX4QIALKECAAAAAAAvYsAANp0AQAYHgIALCcCAF/zBACZ6AEAShIBAJ0SAQAoHwoAex8KAM4fCgAhIAoAaF0KAAg/AQBbPwEA+ZgCANp0AQBX8gYAI0YNAPENAACZ6AEAaF0KALtdCgAOXgoAYV4KALReCgAHXwoAWl8KAPENAABTAAAAbOgHAFnhBQDvJQAAs6kBAAaqAQBZqgEAH9AMAPENAACxZwIAPr0JAJG9CQC3/AYArUsBAHE9CwCo0wIARfQBAEoSAQC3/AYAqxcAAAFHAACbhAAAVS0CAIBZBQCPRAYAO5UIAJnoAQDs6AEAP+kBAIjCAAAlggEA8Q0AANQdAAAL1QoAB7kJAKz9AQDC0gUAVS0CAJuEAABfiwcAmegBABUKCgAhXg0AdF4NAMdeDQBfiwcAqNMCAH0/AgC34AoACuEKAF3hCgCw4QoA2nQBACx6AgB/egIA0noCAO2QAACbhAAAZHgNAJnoAQDBUw0AVakIAAFHAACZ6AEAwVMNAO8lAACZ6AEAShIBALf8BgAK/QYAnRIBABgeAgBAkQAAShIBADiXAQCLlwEAECsCAPykBwA+vQkAV/IGAJnoAQCs/QEArBELAJnoAQB7GAsAN08NAP4XAAB3OwEAVEcAAKdHAAAkOg0AmegBAGhdCgAIPwEAWz8BAIY6CwDZOgsALDsLAEX0AQCY9AEAwVMNAK6YDACT8QoA5vEKAISsCgDXrAoAmegBAOzoAQA/6QEA2tsKAC3cCgCA3AoA09wKACbdCgB53QoAzN0KAB/eCgBoXQoAu10KAAZQAgCIzwoA1B0AABUKCgAhXg0AdF4NAMdeDQAirQAAKZ4CANUCDgBF9AEAGJoIAGuaCADohgoAO4cKAI6HCgDgkwoAM5QKAHDhDQAsJwIAIuQEAMnKBgCZ6AEAAAAAAOX9CgCZ6AEAGJoIAJuEAAA3Tw0AV/IGACWCAQCz+w0AV/IGABUKCgBbRQwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEABBUCAKjTAgBL+AIAnvgCAPH4AgAVOwMAaDsDALs7AwAOPAMAYTwDAHsYCwBVLQIAexgLAFUtAgAAAAAARQgLAJnoAQBX8gYA+mIIACDLCwBzywsAxssLABnMCwCo0wIArP0BAKwRCwABRwAAPr0JAJPWAgAERQcAm4QAAAZQAgAYmggAm4QAACKmAQCZ6AEA7OgBAD/pAQCS6QEA5ekBACFeDQB0Xg0Ax14NAAAAAACrFwAAAUcAAJuEAACh2wEAmegBABUKCgAhXg0AdF4NAMdeDQCPRAYAVakIABCMAADkmwIAPgkLACNGDQABRwAAPr0JAFnhBQABRwAAPr0JAJuEAAAGUAIALCcCAD4JCwAjRg0AAUcAAD69CQBZ4QUAAUcAAD69CQDxDQAAXXoBALB6AQADewEAVnsBAHLeCgDF3goAmegBAKz9AQCsEQsAmegBAIxFCwBdegEAsHoBAAN7AQBWewEAUwAAAAg/AQBbPwEAShIBADiXAQAimAMA1B0AACceAAAsJwIAe7EBAPYBBQBZ4QUAAUcAAIBZBQCPRAYAShIBAAjQBADadAEALXUBAGseAgDuhAAA7ZAAAKz9AQCbhAAA7oQAAH0/AgCZ6AEAShIBAJ0SAQDxDQAAsWcCAJnoAQBfhAgAsoQIACBkAgBRcQsAqxcAAAFHAACZ6AEA7ccEACmeAgB8ngIAz54CACKfAgAlggEAm4QAACKmAQCxZwIA/BMEAGhdCgAIPwEAWz8BAIY6CwDZOgsALDsLAH87CwCZ6AEA7ccEAEDIBABCHg0AlR4NAOgeDQA7Hw0Ajh8NAOEfDQCZ6AEAxdEAANp0AQDVQQUAVEcAAJnoAQAVCgoAW0UMAK5FDAABRgwAKEIFAO3HBABAyAQAuWANACKtAADtkAAA8Q0AAJGiAQAEFQIA/rUNAFG2DQBxPQsAxD0LANp0AQDVQQUAPr0JAFfyBgCZ6AEAxdEAANp0AQDVQQUAVEcAAJnoAQDtxwQAQMgEALlgDQAMYQ0AvYsAAKz9AQABRwAAPr0JAN5RCwAxUgsA8/QLAO8lAACzqQEABqoBAFmqAQDxDQAA+0ELAE5CCwChQgsA9EILAEdDCwCPRAYAj0QGAK6YDAAoEQwAgFkFANNZBQAmWgUAV/IGAJnoAQDBUw0AVakIAAFHAACZ6AEA6IYKADuHCgDBUw0A7yUAAO2QAABX8gYAI0YNAFfyBgCZ6AEAKBEMAIBZBQDTWQUAJloFAHlaBQDMWgUAH1sFANlICQBbTAsArkwLAPENAACxZwIAKBEMAIBZBQDTWQUAJloFAFfyBgCZ6AEAwVMNAFWpCAABRwAAmegBAOiGCgA7hwoAftkCAFeKCQDOEQwAhFILANdSCwAqUwsAfVMLANBTCwAjVAsAdlQLAMlUCwAcVQsAb1ULAMhgCwAbYQsAbmELAMFhCwB+2QIAgFkFANNZBQAmWgUAeVoFAMxaBQAfWwUA2UgJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQB7GAsA7yUAAAFHAAA+vQkAM+cKACgRDABFVAwA3GkLAKz9AQDNaQ0AexgLADdPDQCKTw0A6IYKADuHCgBFRg4AmEYOAOtGDgA3Tw0AIq0AAO2QAADBUw0A7yUAAJnoAQAVCgoAIV4NAHReDQDHXg0AmegBAJi1CgDrtQoAPrYKAJG2CgBEAAIAW0UMAK5FDAAimAMAFQoKAFtFDACuRQwAIpgDAJi1CgDrtQoAURgAABUKCgAhXg0AdF4NAMdeDQAhXg0AdF4NAMdeDQDtkAAA2nQBAPmYAgCP3AgAmegBAL2LAAAQjAAAQsUBAJXFAQDoxQEAO8YBAI7GAQDhxgEANMcBAIfHAQBYcAsAq3ALAP5wCwCZ6AEAvYsAABCMAADF0QAABQkCAFgJAgA+vQkAV/IGAJnoAQAVCgoAW0UMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAO8lAABCJgAAQJEAAJrjAAAZuAIARfQBAJj0AQBX8gYAmegBAJi1CgDrtQoAPrYKAJG2CgBEAAIAW0UMADjqAQCL6gEA3uoBADHrAQCZ6AEAjEULAN9FCwAirQAAIq0AAO2QAADxDQAAxdEAAAUJAgAw/QwAg/0MAJi1CgDrtQoAPrYKAJG2CgBEAAIAW0UMADjqAQCL6gEA3uoBADHrAQCE6wEAW0UMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAOcdAwAAAAAAqxcAAOcdAwA6HgMAKBEMAEVUDADcaQsA7ccEAEDIBACTyAQA5sgEADnJBACMyQQAPgkLAJEJCwBNYwgAwVMNAOJEBgA1RQYAaF0KANp0AQAtdQEAjEULALgZDQALGg0ABlACAF+ECACyhAgAIuQEAHXkBADfRQsAIq0AACKtAADtkAAA7ZAAAKz9AQDNaQ0AexgLAKz9AQAlggEAIuQEAMnKBgCZ6AEAaF0KAAg/AQBbPwEAC3QMAF50DACxdAwABHUMAFd1DADBUw0A7yUAAJnoAQC9iwAAEIwAAOSbAgA3nAIAipwCAN2cAgAwnQIAg50CAJi1CgCM3gEAdzQCAIBZBQDtkAAA8Q0AAJnoAQDBUw0A7yUAAJnoAQC9iwAAEIwAAOSbAgA3nAIAipwCAN2cAgAwnQIAg50CAJi1CgCM3gEAdzQCAKsXAAD+FwAABocGAO2QAAABRwAA5yQCADolAgCNJQIAkAgBAJnoAQDBUw0ArP0BAHuxAQD2AQUAWeEFAAFHAACZ6AEAGw4LAG4OCwDBDgsAFA8LAJi1CgDrtQoAURgAAHsYCwBVLQIAqC0CAPstAgBOLgIAoS4CAPQuAgBHLwIAShIBALf8BgABRwAAVEcAAH5HCwBX8gYAmegBALP7DQBX8gYAmegBAGcWCgCPRAYA4kQGAAFHAACAWQUAj0QGADuVCACo0wIAvYsAABCMAADF0QAAGNIAAGseAgBkeA0AkvAAAK/ZAQBnFgoAuhYKAMFTDQA7lQgAmegBAHsYCwBsowUAZxYKAKsXAAD+FwAABocGAO2QAABnFgoAuhYKAPmYAgBMmQIAn5kCAPKZAgDohgoAO4cKAIB1AQCPRAYArpgMANA/AgDF0QAA2nQBANVBBQBURwAAoroEAC59CgABRwAAVEcAAKwRCwCrCQIA/gkCAFEKAgCkCgIA9woCAOzoAQA/6QEAX4sHAPENAACYtQoA5x0DAHsYCwBMTA0An0wNAPJMDQBFTQ0AmE0NAC11AQBF9AEAqnwLAO8lAABCJgAAQJEAACwnAgCrFwAAIq0AAO2QAAAf0AwAaeINAHsYCwA1bgwAwmoIAL2LAACbhAAAX4sHAKsJAgD+CQIAAeUNAFTlDQB27A0AyewNABztDQBv7Q0Awu0NABXuDQBo7g0A/BMEAOiGCgANvQoAYL0KAJi1CgDrtQoAPrYKAJG2CgBnFgoAAUcAAKK6BAAufQoA7ZAAAGcWCgDvJQAAs6kBAF+LBwDxDQAA1B0AAGcWCgBnYgsAoroEAC59CgABRwAAVEcAAKwRCwDktgoAP+kBAF+LBwDxDQAAZbkCAKjTAgCo0wIAVxUCAC59CgCBfQoA1H0KACd+CgB6fgoAzX4KACB/CgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAftkCAIBZBQDTWQUAJloFAFfyBgCZ6AEAwVMNAFWpCAABRwAAmegBAMXRAAAFCQIA2nQBANVBBQCAWQUALXUBAEX0AQCZ6AEA7OgBAOoUCwAYHgIAmegBAMFTDQDiRAYANUUGAHhYBwDLWAcAHlkHAHFZBwDEWQcARfQBAEX0AQAYHgIALCcCAEX0AQAHuQkAVS0CAD69CQDtkAAAQJEAAJrjAAAZuAIAUwAAAAOWCQBWlgkAAUcAAHsRDADOEQwAGCsMAGsrDAAsLQ0Afy0NANItDQAlLg0A8Q0AAJnoAQDs6AEAP+kBAJLpAQDl6QEAX4QIALKECADxDQAA+0ELACWCAQABRwAAmegBAIxFCwDfRQsALC0NAH8tDQDSLQ0AJS4NAAAAAAAc+wsAmegBAOzoAQA/6QEAkukBALjUCgAVCgoAIV4NAHReDQDHXg0AO5UIAO2QAACMRQsA1B0AAA0JDABgCQwAswkMAJnoAQDBUw0AKBEMAHsRDACXDQwA6g0MAD0ODACQDgwA4w4MADYPDACZ6AEAwVMNACWCAQAlggEAs/sNAFnhBQABRwAAgFkFAC11AQD5AAAACTINAPENAACZ6AEAdLgMAG/7CwABRwAAvYsAAFMAAAAirQAAda0AAMBZAgATWgIAZloCAEoSAQCdEgEAKB8KAHsfCgDOHwoAISAKAJuEAAAGUAIAV/IGAMT/BwDF0QAAqxcAACKtAAB1rQAAwFkCABNaAgBmWgIAAUcAAD69CQDeUQsAJoMLAHmDCwDMgwsAH4QLAHKECwDFhAsA1B0AAPENAAAAAAAAAAAAAAAAAADtxwQAQMgEAJPIBACkFwwA9xcMAEoYDADxDQAARA4AACWCAQCz+w0ABBUCACWCAQB4ggEAia4NAC11AQDvJQAAxdEAAAUJAgDQRQ0A/rUNAECRAACa4wAAGbgCAFfyBgAjRg0ArP0BAP/9AQDhGQIAoroEABInCwBlJwsA+ZgCAEyZAgCfmQIAKPYDAFfyBgCq8gYAB50NAIBZBQCPRAYAO5UIAJnoAQDF0QAABQkCANBFDQDnHQMALXUBAEX0AQA+CQsAI0YNAHZGDQDJRg0AHEcNAG9HDQDCRw0AFUgNAIBZBQCPRAYAO5UIAJnoAQDF0QAABQkCANBFDQDnHQMALXUBAEX0AQCMRQsA30ULANp0AQDVQQUAPr0JAN5RCwCo0wIAKBEMAHsRDADOEQwAGCsMAGsrDAC+KwwAESwMAGQsDADs6AEAP+kBAJLpAQDl6QEAtjgMAOAXBAAzGAQAOzQKAC59CgAN2QYAxP8HAFWpCAABRwAAmegBAAAAAAAjRg0AQJEAAJrjAADt4wAAAAAAAAAAAACMRQsA30ULANp0AQDVQQUAPr0JAN5RCwCNFwQAW/ILAK7yCwB98gwA7OgBAFQPCACnDwgA+g8IAAAAAABOOwwA8qABAO8lAACzqQEABqoBAE/IAgCo0wIAFQoKAFtFDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAp/oKAPr6CgBfhAgAsoQIAHuxAQD2AQUAWeEFAAFHAACAWQUAj0QGADuVCACZ6AEA6IYKADuHCgCtSwEAcT0LAMQ9CwAXPgsAaj4LAL0+CwAQPwsAYz8LALY/CwAJQAsAXEALAHsYCwBsowUAmLUKAOu1CgAGhwYAH9AMAAdEAgBaRAIArUQCAABFAgCZ6AEAFQoKAFtFDACuRQwAAUYMAChCBQDtxwQAQMgEALlgDQAMYQ0AX2ENAEoSAQAI0AQA2nQBAC11AQDnHQMALXUBAEX0AQCZ6AEA6IYKADuHCgBYaQwAq2kMAK8yDQACMw0A0xsCAP5pDAD8EwQAAAAAAJnoAQC9iwAAEIwAAN7+CgAx/woAhP8KANf/CgAqAAsAfQALANAACwAjAQsAIV4NAHReDQDHXg0ArP0BAM1pDQABRwAAxdEAAO2QAADtkAAAqxcAAJnoAQAoEQwAexEMAM4RDABTAAAApgAAAPkAAAD8EwQAWGkMAKtpDAD8EwQAAUcAANMbAgD+aQwA/BMEAAAAAACZ6AEAKBEMAB3hDQDadAEAIpgDAHWYAwDImAMAexEMAM4RDACEUgsA11ILACpTCwB9UwsA0FMLACNUCwB2VAsAyVQLABxVCwBvVQsAyGALABthCwBuYQsAwWELABRiCwB9PwIAt+AKAFfyBgCrFwAAECsCAGR4DQBPwQMAkAECAOMBAgCS8AAAr9kBAHgMBgApngIAfJ4CAM+eAgDuhAAAGB4CAL1TCADxDQAAkaIBAC11AQDnHQMAIpgDAJABAgAD4goAV/IGAJnoAQDohgoAO4cKAAFHAAA+vQkA3lELADFSCwDiRAYANUUGAHhYBwABRwAA5yQCAMFTDQA7lQgAmegBAIxFCwDUHQAADQkMAGAJDACzCQwASgsCAJuEAABfiwcAsosHAAWMBwDtxwQAKZ4CAHyeAgDPngIArP0BAJuEAADuhAAAJYIBAJuEAAB9PwIA734LAEJ/CwCVfwsA6H8LADuACwCOgAsAX4QIAC59CgA/NQMAkjUDADPnCgCa4wAALn0KAFMAAAABRwAAPr0JAAAAAAAAAAAAAAAAAKz9AQDNaQ0A7yUAAOoUCwAYHgIALCcCAHsYCwBfiwcAsosHABQJAABnCQAAGw4LAH5HCwDRRwsAm4QAAO8lAAABRwAAPr0JADPnCgCZ6AEAexgLAF+LBwCyiwcAFAkAAGcJAAAbDgsAfkcLANFHCwAVCgoAm4QAAO6EAAAERQcAFAkAAGcJAAAbDgsAfkcLANFHCwAVCgoAm4QAAO6EAAAERQcAFAkAAGcJAAAbDgsAfkcLANFHCwAo9gMALXUBAF16AQAtdQEAbOgHAP9WDQBSVw0ApVcNAPhXDQAAAAAA7OgBAD/pAQCS6QEAMpIMAIWSDACZ6AEAKBEMAHsRDADOEQwAffIMAH0/AgAAAAAAmegBACgRDAB7EQwAzhEMAH3yDACMRQsA30ULANp0AQDVQQUAPr0JAN5RCwBoXQoAu10KABsHDADs6AEAP+kBAJLpAQDtxwQAKZ4CAI+zAgAirQAA7ZAAAJA4BgAlggEAs/sNAFfyBgD5UgwATFMMAJ9TDADyUwwARVQMAJhUDAA+CQsAlCMOAOcjDgBrHgIAVS0CAIBZBQCPRAYAO5UIAEoLAgBKEgEA8Q0AACgRDAB7EQwAzhEMAH3yDABoXQoAu10KABsHDADs6AEAP+kBAJLpAQCMRQsA30ULANp0AQDVQQUAPr0JAN5RCwAEFQIABBUCAHWsDACZ6AEA7OgBAD/pAQCS6QEA5ekBACFeDQB0Xg0Ax14NAOzoAQAYHgIAvVMIAEoSAQDBUw0ArpgMAOiGCgBF9AEAqxcAAP4XAAAYHgIALCcCAF/zBACZ6AEAvYsAABCMAAC1+AoACPkKAFv5CgCu+QoAAfoKAFT6CgDmPQwADa8MAGCvDACzrwwAHPsLAFfCAQANCQwAYAkMALMJDACZ6AEAGw4LAH5HCwDRRwsAlw0MAOoNDAA9DgwAkA4MAOMODAA2DwwAmegBABsOCwB+RwsA0UcLAJuEAADuhAAABEUHAJnoAQCMRQsA1B0AAA0JDABgCQwAswkMAJnoAQAbDgsAfkcLANFHCwAoEQwAexEMAJcNDADqDQwAPQ4MAJAODADjDgwANg8MAJnoAQAbDgsAfkcLANFHCwAAAAAAodsBAAFHAAC9iwAAGB4CACwnAgAf0AwAUwAAAKYAAABL+AIAnvgCAPH4AgBE+QIAFQoKAFtFDAA46gEAi+oBAN7qAQAx6wEAhOsBAPLzAQBfhAgALn0KAO3HBABAyAQAk8gEAJi1CgAQKwIAYysCAAAAAAAf0AwActAMAGniDQDs6AEAP+kBAJLpAQC41AoAaF0KALtdCgAbBwwAqNMCAOznDQD5UgwATFMMAKjTAgCZ6AEAvYsAABCMAADnHQMA1UEFAChCBQB7sQEAotUMAFMAAADadAEA1UEFAD69CQAz5woA+ZgCANp0AQAtdQEAPzUDAJuEAAAr7QsAUnMJAGhdCgAlggEAm4QAAFUtAgDvJQAA6hQLABgeAgBKEgEAmegBAIxFCwDfRQsA2nQBANVBBQA+vQkALn0KAIF9CgCZ6AEA7OgBAFQPCADUbwwAJ3AMAHpwDADNcAwAIHEMAHNxDADGcQwAexgLAO8lAAABRwAAPr0JADPnCgBpjw0AvI8NAA+QDQBikA0AtZANAAiRDQCIzwoAmegBAOzoAQDqFAsAPRULAJAVCwCMRQsA+VIMAExTDACfUwwA8lMMALgZDQALGg0ABlACAAFHAAA+vQkAexgLAKz9AQCPRAYAGB4CAAFHAAA+vQkA30ULACKtAAAirQAA7ZAAAPENAACRogEA7yUAADD2DQA/6QEAkukBAOXpAQDz9AsARvULAJn1CwDqFAsAPRULAJAVCwCMRQsA+VIMAExTDACfUwwA8lMMALgZDQALGg0ABlACAAFHAAA+vQkAexgLAKz9AQCPRAYAGB4CAAFHAAA+vQkA30ULACKtAAAirQAA7ZAAAPENAACRogEA7yUAADD2DQDs9QsAP/YLAJL2CwAipgEAmegBAAAAAACZ6AEA7OgBAD/pAQCS6QEAk/EKAObxCgAAAAAAX4QIAC59CgCBfQoAqNMCABUKCgCQOAYA4zgGAGR4DQBPwQMA1B0AAFfyBgCo0wIA2nQBAC11AQDvJQAA6hQLABm4AgBPyAIAosgCACgRDAB7EQwAzhEMAH3yDADQ8gwAbgANAMEADQAUAQ0A7OgBAD/pAQCS6QEAk/EKAObxCgAVCgoAIV4NAHReDQDHXg0A5ekBALY4DADgFwQAMxgEAH/vCQBbRQwAI5IOAHaSDgDJkg4AHJMOAGhdCgAlggEAs/sNAJuEAAAipgEA1B0AAF+ECACyhAgABYUIANInAgAf0AwAV8IBAKrCAQDyoAEAGJoIAAPiCgCQOAYABQkCANBFDQDnHQMALXUBAEX0AQBPyAIAosgCACgRDAB7EQwAzhEMAH3yDADQ8gwAbgANAMEADQAUAQ0AsWcCAARoAgA3Tw0AV/IGAKryBgAGUAIAV/IGAEoLAgCPRAYAVakIAO2QAABAkQAAmuMAABm4AgDwuAEAQ7kBACWCAQCz+w0AAUcAAD69CQAoEQwAm4QAACKmAQBYaQwA2nQBACx6AgBX8gYAmegBAOzoAQA/6QEAkukBAOXpAQCMRQsA30ULACKtAAAirQAA7ZAAAPENAACRogEA7yUAADD2DQDgMgwAMzMMAIYzDADZMwwALDQMAB/QDABy0AwAxdAMALgZDQADJw0AVicNAKknDQD8Jw0A0jQMACU1DAB4NQwAmegBAJnoAQCo0wIAShIBAEoSAQAI0AQABlACAKwRCwCZ6AEAodsBAPTbAQBH3AEAmtwBAO3cAQBA3QEAqxcAAO2QAAABRwAAyKYBAFfyBgBTAAAAbOgHAFfyBgABRwAAm4QAAF+LBwCZ6AEAKBEMAHsRDADOEQwAffIMAD/pAQCS6QEA5ekBAIxFCwDfRQsAIq0AACKtAADtkAAA8Q0AAJGiAQDvJQAAMPYNAECRAAAsJwIAxdEAAAUJAgAw/QwA7ZAAAECRAAAsJwIAKBEMAHsRDADOEQwAIq0AAJ24AQDwuAEAQ7kBACWCAQCz+w0AAUcAACgRDAB7EQwAzhEMAHsYCwBMTA0An0wNAPJMDQBFTQ0AmE0NAOtNDQA+Tg0AkU4NAKjTAgAAAAAAAAAAANp0AQAimAMAWGkMAAZQAgDtkAAAUwAAAAg/AQAsJwIAIGQCACmeAgBVLQIAPr0JACKtAAAAAAAA7OgBAD/pAQCS6QEAk/EKAObxCgAVCgoAIV4NAHReDQDHXg0AIqYBAHWmAQDIpgEAG6cBAG6nAQDBpwEAFKgBAPENAACrCQIAqxcAAJnoAQAVCgoAIV4NAHReDQDHXg0AlaIGAOiiBgA7owYAjqMGAOGjBgA0pAYAh6QGANqkBgCPRAYAAUcAAFRHAACnRwAAJDoNAJnoAQAVCgoAIV4NAHReDQDHXg0AqxcAAFfyBgD6YggALXUBAEX0AQCo0wIAFQoKAFtFDAA2Ww0AiVsNANxbDQAvXA0A8Q0AAJuEAAA/zQUAUwAAACWCAQCs/QEAj0QGABgeAgB9PwIA0D8CAECRAACa4wAAGbgCAAFHAADnJAIAOiUCAI0lAgBB3gsAV/IGACNGDQBB3gsAkAgBAO2QAABAkQAAmuMAAEoLAgCdCwIA8AsCAEMMAgCWDAIASgsCAO8lAACzqQEABqoBAISsCgDXrAoAAAAAAH7ZAgBXigkAzhEMAAI6DAA/6QEAkukBAOXpAQCrCQIAqwkCAO2QAACbhAAAN08NACKtAAAYHgIALCcCACLkBABVLQIAgFkFAI9EBgA7lQgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAncQAAVS0CAIBZBQAimAMA7yUAAFQPCADtkAAAV/IGAFfyBgAjRg0AdkYNAGzoBwD/Vg0AUlcNACNGDQCrFwAAIq0AAKwRCwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAFMAAABTAAAAJYIBACj2AwAirQAAKZ4CAFUtAgCAWQUAj0QGADuVCAAirQAAnbgBAOWPAgBpjw0APr0JAK1LAQDIugoAG7sKAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCrFwAA/hcAAAaHBgABRwAAoroEABInCwDBTQIA8Q0AAF16AQDtkAAAqxcAAAFHAAAirQAAnbgBAOWPAgBVeQMAqHkDAPt5AwBOegMAoXoDAPR6AwBHewMALGUFAH9lBQDSZQUAJWYFAHhmBQDLZgUAHmcFAHFnBQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAD69CQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAUcAAJuEAADadAEALXUBAO2QAABAkQAAJYIBAJuEAACIwgAAEIwAALX4CgAERQcAV0UHAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAo9gMALXUBAOcdAwDVQQUAgFkFAJuEAABfiwcAKPYDAAdEAgCbhAAAVS0CAIBZBQCPRAYAO5UIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAVS0CAJuEAACbhAAA7oQAAEGFAACUhQAA54UAADqGAAAYHgIALCcCAPENAABEDgAAVakIABgeAgAirQAA7ZAAAO8lAACzqQEABqoBAISsCgDXrAoA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBF9AEAUnMJAKVzCQB7sQEAV/IGAKz9AQAirQAAIq0AAJ24AQDljwIAVXkDAKh5AwD7eQMATnoDAKF6AwD0egMAR3sDACxlBQB/ZQUA0mUFACVmBQB4ZgUAy2YFAB5nBQBxZwUA2nQBACx6AgB/egIA0noCACV7AgB4ewIAy3sCAPENAACxZwIABGgCAFUtAgA+vQkA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEA+QYLAEwHCwDtkAAArUsBACOSDgB2kg4AyZIOAByTDgBvkw4AwpMOABWUDgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQD5BgsATAcLACKtAACduAEA8LgBAEO5AQAlggEAs/sNAAFHAACAWQUAj0QGADuVCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQD5BgsATAcLAIBZBQDTWQUAJloFAHlaBQDMWgUAH1sFAHJbBQCDXgsA1l4LAClfCwB8XwsAz18LACJgCwB1YAsA8k0BAPkGCwBMBwsAvYsAABCMAAC1+AoABEUHAFdFBwCqRQcA/UUHAFBGBwCjRgcA+mIIAI9EBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQD5BgsATAcLAPENAACCogMA1aIDALP7DQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAPkGCwBMBwsAT8EDAKLBAwD1wQMASMIDAJvCAwDuwgMAQcMDAJTDAwDnwwMAOsQDAI3EAwDyTQEA+QYLAEwHCwDvJQAAJYIBAKwRCwDF0QAABQkCAKwRCwDxDQAAgqIDANWiAwCz+w0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQD5BgsATAcLABfJAwBqyQMAvckDABDKAwCo0wIAVEcAABgeAgC9UwgAxdEAAJnoAQAVCgoAW0UMADjqAQCL6gEA3uoBADHrAQCE6wEAAAAAAJnoAQBfhAgAsoQIACBkAgBRcQsApHELAPdxCwBKcgsAjEULAFFqDACkagwA92oMAEprDACdawwA8GsMAIxFCwBRagwApGoMAPdqDABKawwAnWsMAPBrDAAVCgoAW0UMADjqAQCL6gEA3uoBADHrAQCE6wEAH9AMAGniDQB7GAsANW4MAMJqCAC9iwAAm4QAAHsYCwA1bgwAwmoIAL2LAACbhAAAX4sHAJnoAQAf0AwAaeINALziDQAP4w0AYuMNALXjDQAI5A0AW+QNAK7kDQC9iwAAJYIBACWCAQCZ6AEAPgkLAJEJCwDkCQsANwoLANdEDQAtdQEARfQBAJnoAQDohgoA1UEFAD69CQCRvQkA8Q0AAO2QAADvJQAAAUcAAJnoAQDtxwQAQMgEAJPIBADY5QwAK+YMAH7mDADR5gwARfQBABiaCABrmggAmegBAO3HBABAyAQAk8gEANjlDAAr5gwAfuYMANHmDACIwgAA8Q0AANQdAABX8gYAmegBAKz9AQCsEQsAqNMCAFfCAQC84g0AaAoKAFfyBgCZ6AEAwVMNAO8lAACZ6AEA6IYKADuHCgCrFwAA7ZAAAECRAACZ6AEAFQoKAFtFDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAjEULALgZDQALGg0AV2gCAKpoAgCZ6AEAKBEMAKK6BAASJwsAZScLALgnCwAf0AwActAMAHsYCwCs/QEAj0QGAPmYAgCP3AgAFQoKAFtFDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAxdEAAAUJAgAw/QwAg/0MACgRDAAd4Q0Ap0cAAHtQAwCRCQsAGB4CACwnAgAgZAIAAUcAAJnoAQDtxwQAKZ4CANUCDgAoAw4AewMOAMFTDQDvJQAAmegBACgRDAAd4Q0Ap0cAAOzoAQDqFAsAJYIBACWCAQB4ggEAxdEAANp0AQAtdQEARfQBAJnoAQAVCgoAW0UMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAL2LAAAYHgIA10QNAC11AQBF9AEAmegBABsOCwBuDgsAN08NAFfyBgAlggEAKPYDAC11AQBF9AEAmegBAMFTDQDvJQAAmegBACgRDAAd4Q0Ap0cAABkRDgBsEQ4AvxEOABISDgBlEg4AuBIOAAsTDgBeEw4AsRMOAAQUDgBXFA4AqhQOAP0UDgCrCQIA/gkCAPNADQA3Tw0A/hcAAHc7AQBURwAAp0cAACQ6DQCZ6AEAFQoKAFtFDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAwVMNACKtAAAirQAA4LYFADO3BQCGtwUA2bcFAF/zBAAyRgsAhUYLANhGCwArRwsAqNMCAAAAAAAAAAAAAAAAAJnoAQCYtQoAGWQOAGxkDgC/ZA4A6IYKADuHCgBFRg4AmEYOAOtGDgA+Rw4AkUcOAHsYCwDJygYAV/IGAKwRCwCbhAAABlACAKsXAACZ6AEAexgLAMnKBgBX8gYAaF0KAKsXAAAZZA4AbGQOAL9kDgDohgoAO4cKAEVGDgCYRg4A60YOAD5HDgCRRw4AexgLAMnKBgBX8gYA8Q0AALFnAgAEaAIAX4sHALKLBwBF9AEAUnMJAEoSAQCZ6AEA6IYKADuHCgBFRg4AmEYOAOtGDgA+Rw4AkUcOAKz9AQD//QEAitoFAOSbAgAlggEAs/sNAOiGCgA7hwoARUYOAJhGDgDrRg4APkcOAJj0AQCZ6AEARfQBAFJzCQClcwkAmLUKABlkDgBsZA4Av2QOAOiGCgA7hwoARUYOAJhGDgDrRg4APkcOAJFHDgBTAAAACD8BAFs/AQD5mAIA2nQBAFfyBgAjRg0AQJEAAIjPCgCxZwIAoroEABInCwBVLQIAPr0JAEX0AQCsEQsAqNMCABfJAwBqyQMAvckDABDKAwDF0QAA2nQBANVBBQBURwAAmegBABUKCgBbRQwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqwkCAP4JAgAoEQwARVQMANxpCwBfhAgAsoQIAECRAAAufQoAgX0KAJnoAQBoXQoAu10KABsHDABTAAAAShIBAJnoAQAVCgoAIV4NAHReDQAAAAAAx14NAEIeDQDSbAQACNAEADdPDQBX8gYAmegBAOzoAQA/6QEAkukBAOXpAQDF0QAA2nQBANVBBQBURwAAmegBABUKCgBbRQwArkUMAAFGDAAoQgUA7ccEAEDIBAC5YA0A5f0KADj+CgA4/goAPlUMAPKgAQBpsggAvLIIAA+zCACeBQ0A8QUNAFMAAAAIPwEAWz8BAIY6CwDZOgsALDsLAH87CwCZ6AEA7ccEAEDIBABCHg0AlR4NAOgeDQA7Hw0Ajh8NAOEfDQAo9gMAqnwLAP18CwBZ4QUArBELACKtAAB1rQAA1NAKACfRCgB60QoAhKwKANesCgDtkAAAQJEAAJrjAAAZuAIARfQBAJj0AQCbhAAAHeENAKdHAAAkOg0AdzoNAHsYCwDOGAsAIRkLACgRDAB7EQwAzhEMAAI6DAA/6QEAkukBAJPxCgDm8QoARVQMANxpCwCMRQsA1B0AAO2QAAAoEQwAHeENAKdHAADs6AEAMPYNAIP2DQDW9g0AKfcNAIxFCwC4GQ0ACxoNAFdoAgCqaAIAmegBACgRDACiugQAEicLAGUnCwBfhAgAsoQIAB/QDAAYHgIALn0KAIF9CgCZ6AEAShIBAAjQBAD5mAIAj9wIAOoUCwAYHgIAmegBAEoSAQCdEgEAGB4CACwnAgDohgoAO4cKAO8lAADqFAsAGB4CAEoSAQAI0AQAVS0CAIBZBQCPRAYA7ZAAAFnhBQDgtgUAAUcAAIBZBQCPRAYAO5UIAJnoAQDs6AEAP+kBAJLpAQDl6QEA7OgBAOoUCwAYHgIAmegBACgRDACbhAAAIqYBAB3hDQCnRwAAJDoNAHc6DQDKOg0AwzsNABY8DQBpPA0A7OgBAD/pAQCS6QEAMpIMAIWSDACZ6AEAKBEMAHsRDADOEQwAk9YCAMPUAwBvrwoAwq8KABWwCgBosAoAu7AKAA6xCgBhsQoAtLEKAJ+SAwDykgMAQh4NAJUeDQAfwwIAcsMCALP7DQB1pgEAecEOAMzBDgCxZwIArBELAKwRCwDkogEATOsOAJDyDwBX8gYAoTwAAB/CDgBywg4ATOsOAIKoDgCZSQAA6FwQAJDyDwBX8gYAkPIPAJDyDwBX8gYATOsOAMjqDwCQ8g8A6FwQAEX0AQAnHgAAkAgBAOhcEACQCAEAHOYOABzmDgBX8gYAI0YNACAfAACQCAEALsMAAF/zBABSow4AUqMOAJDyDwBf8wQAkPIPAA0JDACwxQ4AA8YOACM4DwB5wQ4AzMEOAPt4DwDoXBAAFAkAAEzrDgCwxQ4AA8YOAJAIAQD9ug4AEMkPAGPJDwBm/w4ARfQBABzmDgCt6Q4AAOoOAHnBDgDMwQ4Ar3cPAEoSAQBp4g0AHOYOANq/DgAc5g4AO5UIAFUeEAAjOA8ATOsOAOuSDwCQ8g8AFAkAABQJAAAJ0Q4AXNEOAK/RDgDoXBAA8Q0AAFfyBgAERQcAV/IGAAnRDgBc0Q4Aj/4PAJAIAQAJ0Q4AXNEOAI/+DwAnHgAAecEOAMzBDgC2KwIAmegBAA29CgBM6w4AqNMCAAFHAAAc5g4ALHoCAFfyBgBM6w4AZB8CALDFDgADxg4AHOYOAArFDgBdxQ4AsMUOAO+1DwCwxQ4A77UPAEHCDwAc5g4A5tUOAALSDgBV0g4A/boOAALSDgAAAAAAmegBAAnRDgBc0Q4ACdEOAFzRDgAJ0Q4AXNEOAFbGDgAjOA8A40UQADZGEAAEFQIACsUOAP26DgCwxQ4AA8YOAAQVAgBX8gYAmegBAOhcEACZ6AEAgkcQAH/MDgCyTBAATOsOAEzrDgD8EwQA/BMEAPwTBACo0wIAX4sHAM1pDQCaqwgAzWkNANHmDADR5gwAAUcAACd3CwCiwA8AkvAAAPENAADxDQAAcNoOAMXRAACS8AAAHOYOAPENAADF0QAAHOYOABzmDgAc5g4AHOYOABzmDgD9ug4A/boOABzmDgAc5g4AHOYOABzmDgAc5g4AHOYOAP26DgD9ug4A/boOABzmDgAc5g4AHOYOAP26DgD9ug4ARuAOAP26DgD9ug4AHOYOAJnoAQCZ6AEAKuQOAMizCwCZ6AEA6FwQABgeAgBpsggAmegBAPENAADxDQAAHOYOABzmDgAlggEAskwQAAnRDgBc0Q4AqNMCAEzrDgDoXBAA8Q0AAGHoDgCZ6AEA1p0CANQdAACsEQsAGJoIAKsXAABX8gYAF1oHAFfyBgCazQ8ATOsOADguEACyTBAA8Q0AAGdOAgDF0QAAxdEAAMXRAADoXBAAxdEAAHEpAgBkeA0A6FwQAGdOAgDoXBAAAEUCAPHwDwBM5A8An+QPAIPvDgDoXBAAUwAAAKsXAAAjRg0AgqgOAKwRCwBesg8AUwAAAPHwDwAUCQAAFAkAABQJAADmew8ATOsOAIKoDgCxZwIArBELAOr4DgB8lwMAfn8DAAePDwDpgQkAO10QAMnKBgD9ug4AEMkPAGPJDwCTfAMACdEOAFzRDgCP/g8AiAYPAP26DgDoXBAA2MoEAJkzDwD9ug4AHOYOABzmDgAJ0Q4AXNEOABzmDgCt6Q4AAOoOAEQOAABM6w4AgqgOAOhcEACZ6AEATOsOALJMEACt6Q4AAOoOAJnoAQDfyQQAL6EPAGcWCgDoXBAAH1sFAOhcEADZSAkAZBcPAEzrDgBfAA8AAUcAAOhcEACxZwIAs/sNAEzrDgDI6g8AkvAAAC+hDwA7XRAAHOYOAK3pDgA7XRAAHOYOAJkzDwAhIAoAwa4AAKz9AQD9ug4AEMkPAGPJDwAJ0Q4AjcMPABz7CwBOeQ8AgqgOAPENAACQCAEA6QQPABB2DwABRwAAAUcAAP26DgAQyQ8AY8kPAF8ADwABRwAAAUcAAAFHAAABRwAAiLMOADsRDwDcaQsAERcPAEzrDgAc5g4ArekOAADqDgCpGQ8AIfAEAIKoDgBVHhAAYL0KADtdEAAc5g4AO10QABzmDgChJg8A9CYPAEcnDwDtkAAAGv4OAG3+DgDA/g4AE/8OAH5+DwChJg8A9CYPAEcnDwCIsw4AP4EEAP26DgAQyQ8AY8kPAF8ADwAlnQkA6FwQALFnAgCsEQsA6FwQAC+hDwCCqA4A/BMEAJp7AwA+vQkAHOYOAK3pDgAA6g4AZBcPACAfAAD9ug4AEMkPAGPJDwDoXBAAqNMCAF8ADwDbiggAAUcAAAFHAAACJQ8AVSUPAKglDwAfWwUAAiUPABzmDgCu1g8A/boOADtdEAAc5g4ArekOADtdEACz+w0AmegBALJMEACt6Q4AAOoOAMPGBQBM6w4AyOoPAOhcEADjFQsATOsOAOhcEAB1igUAHOYOAP26DgA7XRAAsMUOAAPGDgBX8gYAmnoPAKEmDwD0Jg8ARycPALJMEACt6Q4AAOoOAOr4DgCxZwIAs/sNABzmDgD6TQsA6FwQALP7DQCZ6AEA6LYPAFfyBgD5mAIAHOYOAK3pDgAA6g4AiLMOAJAIAQBM6w4A6FwQAEVUDACCqA4AiM8KAP26DgAc5g4A/boOABzmDgA7XRAAO10QADtdEAAc5g4AHOYOABzmDgCt6Q4AAOoOALJMEADC5g4Aa2IQAEzrDgBrYhAAAiUPABzmDgD9ug4AEMkPAGPJDwD9ug4AEMkPAGPJDwDoXBAA7c0PADPnCgDoXBAAs/sNAOhcEAD35wYAgqgOAJnoAQBf8wQAkAgBAOhcEADoXBAAsWcCAOhcEACxZwIA6FwQALFnAgA7XRAAHOYOAK3pDgAA6g4As/sNABzmDgCt6Q4AAOoOAEzrDgAAAAAAyOoPANxpCwD9ug4AEMkPAGPJDwAbPhAA6FwQAPHwDwABRwAA+oQPAI3DDwDJygYA+8sPAE7MDwCP/g8ArBELABzmDgCt6Q4AAOoOAEzrDgBM6w4AHOYOAK3pDgAA6g4ApScIAAAAAACWVw8A6VcPADxYDwAXWgcArtYPAAHXDwBU1w8A6FwQAIizDgAz5woARZoCALP7DQBM6w4A6FwQAF6yDwDzCQkAiLMOAOhcEAA7lQgAIzgPAAnRDgBc0Q4AsMUOAAPGDgD9ug4AEMkPAGPJDwA/NQMATOsOAOhcEABHewMAHOYOABzmDgCt6Q4AAOoOAFfyBgAgHwAAHOYOAOfCDwAc5g4ArekOAADqDgBRThAAAAAAAP26DgAQyQ8AY8kPAEzrDgBfAA8AgqgOAEzrDgARmwgAL6EPAIKoDgDwEgEAAAAAAOhcEAAvoQ8AgqgOAPASAQCHZQ8A/boOABDJDwBjyQ8AocwPAMLmDgDoXBAAO5UIABzmDgCt6Q4AAOoOAOhcEACsEQsAIaMPAJnoAQCUbw8AHOYOAJLwAAD/JggAAUcAADguEACsEQsAX/MEAOhcEABAkQAAjrcPAD81AwBGMw8AmegBAJnoAQBM6w4Aj/4PAAVNEACQCAEAIzgPAJnoAQCvdw8A1UEFAF8ADwBGMw8ALXUBAIdlDwDaZQ8AV/IGAAAAAAAAAAAAAAAAAOhcEAAvoQ8AAAAAAAAAAAAAAAAAr3cPAJAIAQDoXBAA8fAPAC+hDwBX8gYAHOYOAJkzDwCZMw8AHOYOAMLmDgBPyAIAJ1QQABDJDwBjyQ8AXwAPAFUeEACyTBAAwuYOAPwTBAD9ug4AULsOAPwTBADtkAAAAUcAABzLBgDoXBAAm4QAABzLBgA7XRAAp4QPAEYzDwAJ0Q4AXNEOAFbGDgBfAA8A6FwQAKwRCwAc5g4A6FwQAEd7AwCZ6AEATOsOAEd7AwAc5g4ArekOAADqDgB9ig8A0IoPAPwTBAD8EwQA6FwQAEd7AwBHewMA38kEAOi2DwCCqA4AAAAAAOhcEADoXBAA7ZAAAO3NDwCZ6AEA6FwQAOuSDwAUCQAABdEJAEX0AQAilw8AdZcPAFMAAABTAAAAH1sFAEzrDgCZ6AEA6FwQAOhcEACrFwAA/boOABDJDwBjyQ8ACDAPAOMVCwCTfAMAHOYOAK3pDgAA6g4AH9AMAAnRDgCNww8AQrYPAOuSDwA7lQgA65IPAOuSDwBX8gYAqxcAAAnRDgCNww8AXNEOAP26DgBM6w4A65IPAD6TDwCRkw8AVR4QAJ6dDwDLxg8AHOYOAEd7AwBM6w4AAbUIANC7CAAAAAAAhX0PANh9DwAAAAAAAAAAAN3FCABAFAYA4xULAEzrDgDoXBAA6FwQAI63DwABRwAATOsOAOhcEABp4g0ATOsOAJAIAQCZ6AEAHOYOAK3pDgAA6g4A6FwQAJnoAQDoXBAAmegBAOhcEACQCAEAiKwPAJAIAQCZ6AEA6FwQABQJAACIrA8AFAkAAO3NDwA7lQgAiKwPAKjTAgAAAAAArBELAC6tDwCsEQsA6FwQAO3NDwB/axAATOsOAH9rEADoXBAAf2sQABzmDgCt6Q4AAOoOAOhcEABp4g0AkAgBAIKoDgDxDQAA8Q0AAIKoDgCz+w0A7c0PAKjTAgD9ug4AEMkPAGPJDwAc5g4ArekOAADqDgCZ6AEALCcCAOhcEACZ6AEA6FwQAEzrDgCCoQ8AmegBAJnoAQBf8wQA4twIAFUeEABM6w4AFAkAAOhcEACIrA8AmegBALDFDgADxg4ANQYPAGniDQDEPQsATOsOAAFHAAD5mAIAAUcAALJMEACt6Q4AAOoOAEzrDgCpvw8AV/IGAKwRCwB/OwsAqNMCAPUTEACNww8ArKoBAJnoAQDxDQAAAAAAAIjPCgAAAAAA77UPAAq+DwBdvg8AsL4PAOhcEACyTBAArekOAADqDgCZ6AEAFAkAAPwTBAD8EwQAVR4QAJnoAQD9ug4AmegBAEzrDgCo0wIATOsOALQ8AwDx8A8A8fAPAB/QDABM6w4A6FwQAJnoAQAJ0Q4AXNEOALJMEACt6Q4AAOoOALJMEACZ6AEAV/IGAOhcEABX8gYAA78PAHLeCgA7lQgAFAkAAFUeEABPFAQAADYQAAxhDQCS8AAA6FwQALDFDgADxg4AmkMLAPUTEACOhwoAmegBABbUDwCZ6AEAjocKANX0DwC81A8AFGILAFfCAQD9ug4AEMkPAGPJDwCZ6AEA6FwQAOhcEACyTBAAsWcCALFnAgCyTBAAskwQAFfyBgDgyg4AM8sOAOzZDwAr2A4A/boOABzmDgDC5g4A6/QBAHsYCwCRogEAAtIOAP26DgA6HgMAV8IBAN/JBACgYwgAiEUGAEX0AQABRwAAyOQEAFfyBgDoXBAAs/sNANoLEADWnQIAyjQCANadAgDKNAIAmi8CAGcWCgA7XRAARZoCAOhcEAAUCQAAmegBAH7YDgDUHQAAOh4DAIJHEACZ6AEA6FwQAFUeEACAXxAATxQEAOhcEACo0wIAqNMCAKjTAgCo0wIATOsOAEzrDgD9ug4AEMkPAGPJDwAXWgcAHOYOAE/IAgDV9A8AvNQPAHguDQAJ0Q4AXNEOAHguDQBv+wsACdEOAL68DwCyTBAA58IPAOhcEACZ6AEA7yUAAO8lAABF9AEASgsCAFKjDgD/7g8AQd4LAMjqDwCZ6AEA6FwQAJnoAQAxUgsAfd0PABz7CwCZ6AEAmegBAJnoAQCdGAwAy4IBAOoUCwD/QRAAHOYOAEX0AQC4JwsA/0EQAKjTAgD/QRAAqNMCAEzrDgCZ6AEAmegBANX0DwC81A8A6FwQAAnRDgBc0Q4Aj/4PAIF9CgCZ6AEAmegBAJnoAQA1Bg8AmegBAA3tDwDQ8gwA8Q0AAKE7DACwxQ4ATOsOAP26DgBN+woAjocKAFFOEAAAAAAAjocKAFwyDQBCCRAAVTMNAJUJEAAjOA8AxMcPALJMEADC5g4A1fQPAH3yDABSow4AIzgPAEIJEAAjOA8AlQkQACM4DwDV9A8AvNQPAKfXDwBTAAAAxP8HAAFHAAAXzw4A8Q0AAJnoAQCOhwoAvNQPAJnoAQBCtg8AfT8CAHMCEABLQxAAnkMQAKwRCwCBfQoAV/IGAJnoAQCZ6AEAmegBAOhcEAAkSAsAJEgLACRICwAkSAsARfQBAEX0AQBLWA0AmegBAAnRDgBdERAA1fQPAJBFEACZ6AEA1fQPANDyDACZ6AEAkPIPAKv6DwAJ0Q4A/voPAJnoAQBsAxAAvwMQAIM7EAASBBAAmegBAJnoAQDV9A8A0PIMAJDyDwCr+g8ACdEOAP76DwCZ6AEAdawMABcbEAAJ0Q4AXNEOALJMEADC5g4AmegBAPUTEABVHhAAVR4QAJLwAAAlxg8AYxwQAMvGDwCqwgEAJEgLACRICwAkSAsAJEgLAJnoAQBzAhAAiu4OAALSDgBH1A4AgX0KANjlDAC2KwIACdEOAL68DwCQ8g8ATOsOAGwDEABM6w4AVR4QAKjTAgBB3gsAQd4LAJnoAQDjFQsAbAMQAL8DEABX8gYAV/IGAIP2DQAJ0Q4AXNEOAOMVCwBsAxAAvwMQAFfyBgBX8gYAg/YNAAbuDwBZ7g8ACdEOAI3DDwBBwg8AAAAAAEzrDgDoXBAATOsOAE/IAgAc5g4A1fQPAGcBDQAJ0Q4AjcMPAD8tEADkORAAskwQAOfCDwCo0wIAXNEOAI/+DwA+vQkA6FwQACUoAgBTAAAA/0EQANX0DwBnAQ0AAUcAABzmDgBX8gYAmegBAAnRDgBc0Q4Ag/YNAMXQDACo0wIAqNMCAPKgAQDyoAEA8qABAPKgAQCo0wIATOsOAPKgAQCZ6AEAmegBAJnoAQAAAAAAAAAAANX0DwCQRRAACdEOAFzRDgCD9g0A6FwQAIP9DADoXBAA1fQPAD69CQDoXBAA1fQPAIJHEABM6w4AmegBAJnoAQCsEQsAqxcAAFfyBgDtkAAAmegBAHMCEABLQxAAnkMQAPFDEABERBAAl0QQAOpEEACo0wIACdEOAI3DDwA28w8AskwQAK3pDgAKxQ4A/gkCAP/uDwAoSBAAe0gQAM5IEAAhSRAAskwQAMLmDgAtpQYAskwQAEzrDgAMTBAAqNMCALP7DQBX8gYAHOYOAFUeEACQCAEAyOoPAJAIAQDI6g8AsMUOAO+1DwCQCAEAmegBANX0DwC81A8ACdEOAFzRDgD+CQIA5S0QAOUtEAD+CQIA/boOAP26DgD9ug4AoSYPAP26DgD9ug4A/boOAP26DgCwxQ4A77UPAP26DgChJg8A/boOAAnKDwD9ug4ACcoPAP26DgAJyg8ArtYPAAnKDwD9ug4ACcoPAP26DgAJyg8AzvwOAAnKDwD9ug4ACcoPABr+DgBt/g4Ar9EOAJnoAQCZ6AEAqNMCAEzrDgCrFwAAAtIOAD/aDwDoCRAA6AkQAALSDgBV0g4AX4sHADReEACo0wIAqNMCAPENAADxDQAAuvMOAEzrDgCqwgEA/boOAOhcEADF0AwA6FwQAP26DgCCqA4A6FwQAIKoDgD9ug4AEMkPAIKoDgAKZBAAXWQQAP26DgCo0wIAHdMPAEzrDgCZ6AEAmegBAJnoAQB/axAAmegBAJnoAQCZ6AEAf2sQAJnoAQAFjAcAf2sQAOhcEACRRw4AmegBAJnoAQB/axAATOsOABr+DgBt/g4AwP4OAP26DgDyTQEAkPIPAKv6DwCZ6AEAskwQAMLmDgAJ0Q4AXNEOAI/+DwAMYQ0Ai/4KADEvEAAANhAAs/sNAB+7DwDvtQ8AQcIPABz7CwAc5g4A58IPABz7CwDoXBAAX4sHABs+EACTzg8A1fQPALzUDwAJ0Q4AjcMPAD8tEADoXBAAgqgOALgnCwCrFwAA6FwQADuVCAAJ0Q4AXNEOAI/+DwBYaQwAGz4QAME+EAAJ0Q4AXREQANX0DwB98gwA6FwQAA==","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAAAAgAMAAAAAAACAAQAAgAMAAIACAACAAwAAgAAAAIADAAAAAAAAgAEAAAAAAACAAwAAgAMAAAADAACAAwAAAAEAAIADAACAAwAAAAEAAAAAAACAAwAAgAAAAIADAACAAAAAgAEAAIADAACAAAAAgAAAAIADAACAAwAAAAIAAIADAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAACAAQAAgAIAAIABAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAQAAgAMAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAIADAACAAwAAgAMAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAIADAACAAAAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAACAAwAAAAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIABAAAAAAAAgAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAAAAACAAwAAgAEAAAAAAACAAQAAgAAAAIABAAAAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAAAAIAAAACAAwAAgAIAAIAAAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABgAAAAAMAAAQAAEAAAKAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAQAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABgAAAAAMAAAQAAEAAAKAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABgAAAAAMAAAQAAEAAAKAjEIAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAABAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABgAAAAAMAAAQAAEAAAKAjEIAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABgAAAAAMAAAQAAEAAAKAjEIAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABgAAAAAMAAAQAAEAAAKAjEIAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAEAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAEAAAAAAYAAAAADAAAEAABAAACkIxCAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAFBAAAAAAAAAAAAQAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAABACAAAAAAAAAAAAAAACAAAABAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAoAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAABAAAQAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAEAABAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAABAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAQAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAEAAAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAQAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAABAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAEDAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAACAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAABAAAAAAAAAAACQAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADQAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAABAAAAAAGAAAAAA0AABAAAQAAApCNQgAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAACAAAAAAACAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAABAAEAAAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAARAAAQAAAoCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABgAAAAAMAAAQABEAAAKAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAABAAAAAAAAAAAABAAEAAAAAAAAAAAAQAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAEAAAAAAAAAAAAQAACACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAABAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAwAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAggAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABgAAAAAMAAAQAAEAAAKAjGIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAIABCAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAQAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAQ=="},"index":{"lists":[[88,90,91,92],[1,2,4,5,6,7,10,11,32,33,34,35,36,39,40,41,42,45,46,47,48,49,50,51,52,53,54,55,56,60,65,66,68,69,70,71,72,73,74,75,76,77,78,79,83,84,85,86,88,90,91,92,96,101,102,129,132,133,135,146,147,148,150,151,152,153,154,155,163,166,176,177,181,182,185,194,195,199,203,205,206,207,208,210,212,213,215,218,219,220,221,235],[1,2,4,5,6,7,10,11,32,33,34,35,36,38,39,40,41,42,45,46,47,48,49,50,51,52,53,54,55,56,60,61,65,66,68,69,70,71,72,73,74,75,76,77,78,79,82,83,84,85,86,88,90,91,92,96,101,102,108,129,132,133,135,146,147,148,150,151,152,153,154,155,163,166,176,177,178,181,182,185,194,195,199,203,205,206,207,208,210,212,213,215,218,219,220,221,224,225,226,235],[58,81,88,90,91,92,184,224,241],[88,90,91,92,120,121,122,227,228,229,230,231,232,233],[57,59,88,90,91,92],[88,90,91,92,215,234],[70,88,90,91,92,101,102,127,128,215,220,221],[88,90,91,92,120,121,122],[56,63,68,71,75,76,88,90,91,92,112,120,121,122,123,140,154,155,157,161,169,171,177,179,180,181,182,193,200,201,202,209,235],[18,19,20,26,27,88,90,91,92,100,160,173],[88,90,91,92,124,247],[9,88,90,91,92],[1,11,88,90,91,92,120,121,122,149,162,203,207,208,235],[13,88,90,91,92,120,121,122,126,149,203,207,208,235],[35,88,90,91,92,120,121,122,149,185,203,207,208,219,235],[4,21,88,90,91,92,120,121,122,149,150,172,203,207,208,223,235],[0,2,7,8,24,25,28,29,85,88,90,91,92,120,121,122,143,149,150,156,159,185,187,203,204,207,208,211,214,216,235,236,239,242,243,246,248],[3,12,15,24,28,29,31,38,41,42,64,67,86,87,88,90,91,92,96,98,104,105,107,113,120,121,122,125,130,133,136,143,149,150,158,165,167,168,174,185,186,197,203,207,208,235,244,249],[88,90,91,92,120,121,122,149,203,207,208,235],[88,90,91,92,120,121,122,149,150,203,207,208,235],[10,88,90,91,92,120,121,122,149,203,207,208,235],[88,90,91,92,120,121,122,149,203,207,208,235,240],[84,88,90,91,92,120,121,122,149,150,203,207,208,225,235,237,238],[79,87,88,90,91,92,99,103,114,120,121,122,145,149,189,203,207,208,225,235],[14,38,88,90,91,92,98,106,120,121,122,135,136,149,164,203,207,208,235],[7,30,62,88,90,91,92,120,121,122,149,150,203,207,208,235],[14,44,88,90,91,92,120,121,122,135,149,203,207,208,235],[16,17,37,49,88,90,91,92,97,109,111,115,120,121,122,131,137,138,139,141,142,144,149,153,170,175,176,188,191,196,198,199,203,207,208,217,222,235],[11,52,88,89,90,91,92,120,121,122,149,203,207,208,235],[5,88,90,91,92,120,121,122,149,203,207,208,235],[14,88,90,91,92,120,121,122,149,203,207,208,235],[88,90,91,92,95,110,116,117,118,119,134,190,192,245],[60,88,90,91,92],[22,23,88,90,91,92,120,121,122,203,207,208,235],[32,88,90,91,92],[33,34,36,39,40,88,90,91,92],[43,47,48,50,88,90,91,92],[46,69,88,90,91,92],[46,88,90,91,92,93,94],[46,70,72,88,90,91,92],[46,88,90,91,92],[51,53,55,69,88,90,91,92,210],[54,88,90,91,92,152],[69,88,90,91,92,210],[70,72,78,88,90,91,92,226],[72,88,90,91,92],[77,83,88,90,91,92,210,226],[80,88,90,91,92,183],[88,90,91,92,151],[88,90,91,92,210],[88,90,91,92,226],[74,88,90,91,92,213],[74,88,90,91,92,213,224],[74,88,90,91,92,194,195,213],[74,88,90,91,92,213,215],[70,74,88,90,91,92,101,102,213,215,220,221],[74,82,88,90,91,92,194,195,213],[56,61,65,66,68,71,73,74,75,76,88,90,91,92,154,155,166,177,178,181,182,194,195,213,235],[1,6,11,74,88,90,91,92,194,195,203,205,206,207,208,213,218,235],[74,88,90,91,92,194,195,203,205,206,207,208,213,235],[35,74,88,90,91,92,185,194,195,203,205,206,207,208,213,219,235],[4,74,88,90,91,92,150,194,195,203,205,206,207,208,213,235],[2,7,74,85,88,90,91,92,150,185,194,195,203,205,206,207,208,212,213,235],[38,41,42,74,86,88,90,91,92,96,129,133,150,185,194,195,203,205,206,207,208,213,235],[74,88,90,91,92,163,194,195,203,205,206,207,208,213,235],[74,88,90,91,92,150,194,195,203,205,206,207,208,213,235],[10,74,88,90,91,92,108,194,195,203,205,206,207,208,213,235],[74,84,88,90,91,92,150,194,195,203,205,206,207,208,213,225,235],[74,79,88,90,91,92,194,195,203,205,206,207,208,213,225,235],[38,74,88,90,91,92,135,194,195,203,205,206,207,208,213,235],[7,74,88,90,91,92,150,194,195,203,205,206,207,208,213,235],[74,88,90,91,92,129,132,135,194,195,203,205,206,207,208,213,235],[49,74,88,90,91,92,129,153,176,194,195,199,203,205,206,207,208,213,235],[11,52,74,88,90,91,92,194,195,203,205,206,207,208,213,235],[5,74,88,90,91,92,194,195,203,205,206,207,208,213,235],[60,74,88,90,91,92,213],[74,88,90,91,92,194,195,203,207,208,213,235],[32,74,88,90,91,92,213],[33,34,36,39,40,74,88,90,91,92,213],[47,48,50,74,88,90,91,92,213],[45,46,69,74,88,90,91,92,213],[46,74,88,90,91,92,213],[46,70,72,74,88,90,91,92,213],[51,53,55,69,74,88,90,91,92,146,210,213],[54,74,88,90,91,92,152,213],[69,74,88,90,91,92,210,213],[70,72,74,78,88,90,91,92,148,213,226],[72,74,88,90,91,92,213],[74,77,83,88,90,91,92,210,213,226],[74,88,90,91,92,147,213],[74,88,90,91,92,148,213],[74,88,90,91,92,151,213],[74,88,90,91,92,210,213],[74,88,90,91,92,213,226]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,6,0,7,8,0,9,9,9,9,9,9,9,9,9,9,0,0,0,10,11,0,12,13,14,15,16,17,18,19,19,20,21,19,19,22,23,24,25,19,26,27,28,29,30,20,31,19,19,32,0,0,33,34,0,13,14,15,16,17,18,19,19,20,21,19,19,22,23,24,25,19,26,27,28,29,30,20,31,19,19,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,35],[9679,36],[9135,37],[215,38],[10095,39],[10003,40],[8595,41],[10008,42],[9472,43],[10007,44],[10004,45],[8730,46],[10006,47],[8505,48],[9762,0],[9888,0],[8617,0],[8226,49],[10060,50],[9654,51],[65123,51]],"plainDefault":0,"spaced":[52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,52,53,54,52,52,52,52,52,52,55,52,56,57,52,58,58,58,58,58,58,58,58,58,58,52,52,52,52,52,52,52,59,60,61,62,63,64,65,60,66,67,60,60,60,68,69,70,60,71,72,73,74,75,66,60,60,60,52,52,52,76,77,52,59,60,61,62,63,64,65,60,66,67,60,60,60,68,69,70,60,71,72,73,74,75,66,60,60,60,52,52,52,52,52],"spacedOther":[[160,52],[5760,52],[8192,52],[8193,52],[8194,52],[8195,52],[8196,52],[8197,52],[8198,52],[8199,52],[8200,52],[8201,52],[8202,52],[8232,52],[8233,52],[8239,52],[8287,52],[12288,52],[65279,52],[9676,78],[9679,79],[9135,80],[215,81],[10095,82],[10003,83],[8595,82],[10008,84],[9472,85],[10007,86],[10004,87],[8730,88],[10006,89],[8505,52],[9762,90],[9888,90],[8617,91],[8226,92],[10060,93],[9654,94],[65123,94]],"spacedDefault":52,"blank":52}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,111,112,114,117,123],[5,6,12,13,65,67,68,69,75,117],[65,67,68,69,92],[65,67,68,69,89,90,91,107,118],[1,65,67,68,69,89,90,91,92,107],[65,67,68,69,89,90,91,107],[7,65,67,68,69,89,90,91,107,108],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,113,116],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,115,121,123],[65,67,68,69,89,90,91,107,108],[65,67,68,69,74,86,89,90,91,103,107],[2,23,65,67,68,69,73,80,89,90,91,98,107,120],[16,44,65,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,98,107],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,110],[35,65,66,67,68,69,89,90,91,107],[2,65,67,68,69,89,90,91,107],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,110],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,109],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,111,112,122],[55,65,67,68,69,108],[55,63,65,67,68,69,108],[23,26,27,55,64,65,67,68,69,72,95,97,98,108],[55,65,67,68,69,119],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,108],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,110],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,110],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,109]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var REJECTIONS = new Set(REJECTION_RULES);
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
      if (this.pending.length === 0 && this.current?.awaitingError === void 0 && !(this.current !== void 0 && this.specParents.has(this.current)) && this.header === void 0 && !this.inTraceback && this.afterTests === void 0 && this.logScope === void 0 && this.suiteTitles === void 0 && this.nameBelow === void 0 && this.detailsIndent === void 0 && !(this.current !== void 0 && this.current.file === void 0 && UNIT_FILE.has(this.current.runner)) && !this.source.watching && !this.detailsDialect?.titledDetails && !interesting(lines[i])) continue;
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
    const wantsRejection = codeRule !== void 0 && REJECTIONS.has(codeRule) && ASSERTION_CONTEXT.test(line);
    const sides = codeRule && infraHere && (ASSERTED.has(codeRule.id) || wantsRejection) ? assertionSides(line) : void 0;
    const wantedAnswer = sides !== void 0 && !CONNECTING_WORDS.test(sides.expected) && (EXPECTED_ANSWER_ERROR.test(sides.expected) && sameVendor(sides.expected, sides.actual) || SERVER_ANSWER.test(sides.expected) || wantsRejection && matchRule(codeRule, sides.expected) !== void 0 && matchRule(codeRule, sides.actual) === void 0);
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
