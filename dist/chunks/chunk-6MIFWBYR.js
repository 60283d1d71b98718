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
} from "./chunk-GPQEUVGY.js";
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
} from "./chunk-EDRINUN6.js";
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
var DERIVED = `{"prefilter":{"key":"rules 251\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError(?!: (?:Connection closed by the server|Not connected\\\\b|Failed to connect: ))/\\n/Broker may not be available/\\n/KafkaJS\\\\w{0,40}: Connection (?:error: |timeout\\\\b)/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/(?:NoHostAvailable(?:Error|Exception)?:|gocql: no hosts available in the pool|gocql: unable to create session|All host\\\\(s\\\\) tried for query failed)(?![^\\\\n]{0,600}(?:AuthenticationError|AuthenticationFailed|AuthenticationException|Bad credentials|and\\\\/or password are incorrect))/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/Knex: Timeout acquiring a connection/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,30,31,32,41,50,52,55,56,148,211,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,408,410,411,412,413,414,415,416,419,420,421,423],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,36,56,54,55,123,50,47,49,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":8,"quiet":11643,"states":13137,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAADFVAYABgAAABgeAgAHAAAA5wEHAAgAAACZ6AEACQAAAL2LAAAKAAAAAUcAAAsAAACvqAgADAAAAO2QAAANAAAAqxcAAA4AAADadAEADwAAACKtAAAQAAAA7yUAABEAAAAlggEAEgAAABQJAAATAAAAodsBABQAAAB7UAMAFQAAAKsJAgAWAAAAShIBABcAAABF9AEAGAAAAEoLAgAZAAAArP0BABoAAAAEFQIAGwAAAPmYAgAcAAAAqNMCAB0AAAAAAAAAHgAAAGLqDAAfAAAAkAgBACAAAAB9PwIAIQAAAAAAAAAiAAAAV8IBACMAAACS8AAAJAAAAEYtBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA8qABACkAAAB7sQEAKgAAAFgkCgArAAAAXxUMACwAAAAAAAAALQAAALvvAQAuAAAAAAAAAC8AAAAHRAIAMAAAAE/IAgAxAAAAL1UOADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAANYLCwA9AAAANhYLAD4AAACQAA4APwAAAPwuDABAAAAAAAAAAEEAAACiLwwAQgAAAAAAAABDAAAAtFAMAEQAAACRVQwARQAAABYnEABGAAAAgW8MAEcAAACAewwASAAAAJKcDABJAAAA5ZwMAEoAAAA4nQwASwAAAGCvDABMAAAARLMMAE0AAAD74AwATgAAAM5dDQBPAAAAIV4NAFAAAACrYg0AUQAAAIlUDgBSAAAA3FQOAFUAAACmAAAAVgAAAD/bAwBYAAAAPhcJAFkAAAAIPwEAXAAAAE2bAABeAAAA9KMJAF8AAACp9wcAZwAAAOINAgBqAAAAtdYDAHAAAAChPAAAqQAAAPkAAACzAAAAS/gCALUAAADjbwoA/AAAAOG+DgBRAQAAnwEAAKUBAADyAQAA+QEAAEUCAABNAgAAmAIAAJoCAADrAgAA9AIAAD4DAABIAwAAkQMAAJwDAADkAwAA8AMAADcEAABEBAAAigQAAJQEAADdBAAA6wQAADAFAAA/BQAAgwUAAIUFAADWBQAA4AUAACkGAAA3BgAAfAYAAIEGAADPBgAA3AYAACIHAAAqBwAAdQcAAIUHAADIBwAAygcAABsIAAApCAAAbggAAH8IAAA0vw4AyAgAAIe/DgAWCQAAFaIMABwJAABnCQAAKQkAADlMCgAtCQAAi50MADAJAACREAoAbgkAALoJAAB0CQAAu10KAL8JAAANCgAAGQoAAGAKAABjCgAAswoAALsKAAAGCwAAEwsAAFkLAABeCwAArAsAALYLAAD/CwAABwwAAFIMAABeDAAApQwAAGEMAAATBwIAuAwAAPgMAAAGDQAASw0AAE4NAACeDQAAqA0AANq/DgDzDQAAJ3EAAPQNAACRogEA9g0AAEQOAAD6DQAAmU8LAPsNAACxZwIA/A0AAJABAgD9DQAA1B0AAP4NAACUhAwA/w0AAF16AQAADgAAqS8AAAIOAAAdLgMABQ4AAGW5AgAODgAAcrwDABEOAACbgwwASg4AAJcOAABTDgAA6TUIAJ0OAADqDgAA/g4AAD0PAABSDwAAkA8AAJgPAADjDwAA7Q8AADYQAAA7EAAAiRAAAI4QAADcEAAA5BAAAC8RAABFEQAAghEAAIQRAADVEQAA4hEAACgSAAA8EgAAexIAAIMSAADOEgAA3RIAACETAAAyEwAAdBMAAIITAADHEwAA0xMAABoUAAAnFAAAbRQAAHcUAADAFAAAwxQAABMVAAAbFQAAZhUAAGgVAAC5FQAAyhUAAAwWAAASFgAAXxYAAGsWAACyFgAAtBYAAAUXAAAMFwAAWBcAAGwXAAAtwA4ArBcAAKh/DgCtFwAAECsCALAXAAD+FwAAtBcAAIzeAQC5FwAA5x0DAAAYAABXyQAAARgAADjABwAFGAAA6dQJAAYYAABRGAAACBgAAHc7AQAJGAAAL4YHAAsYAACWlgYADRgAAK2yCgAPGAAA32gGABQYAAA5MQIAFxgAACwLBgBSGAAApBgAAFQYAACt1QUAVxgAAGzTCgC7GAAA9xgAAA8ZAABKGQAAVRkAAJ0ZAAC2GQAA8BkAAPIZAABDGgAAXRoAAJYaAAClGgAA6RoAAO4aAAA8GwAASRsAAI8bAACfGwAA4hsAAOobAAA1HAAAQRwAAIgcAACVHAAA2xwAAOUcAAAuHQAANB0AAIEdAACVHQAAgMAOANodAAAnHgAA3h0AAFAjDADrHQAA/OIKAEIeAAB6HgAAhh4AAM0eAADTHgAAIB8AACMfAADNoQUAKB8AAHMfAAB2HwAAOcIFAHofAADGHwAAfh8AADylBACBHwAAi4kDAMsfAAAZIAAAJSAAAGwgAABvIAAAvyAAAMcgAAASIQAAHyEAAGUhAABqIQAAuCEAAMIhAAALIgAAEyIAAF4iAABhIgAAsSIAALoiAAAEIwAABSMAAFcjAABYIwAAqiMAAK8jAAD9IwAAAyQAAFAkAABaJAAAoyQAAKskAAD2JAAA+SQAAEklAABMJQAAnCUAAK0lAADTwA4A8SUAALOpAQD0JQAAiCILAPglAAC/EQ4A+yUAAEImAAD9JQAAkR4IAFomAACVJgAAmCYAAOgmAAD0JgAAOycAAEgnAACOJwAAlScAAOEnAADjJwAANCgAAD0oAACHKAAAkSgAANooAADlKAAALSkAAEkpAACAKQAAiCkAACbBDgDYKQAAJioAAC4qAAB5KgAAeioAAMwqAADOKgAAHysAACIrAAByKwAAdSsAAHnBDgDKKwAAGCwAAB4sAABrLAAAciwAAL4sAADGLAAAES0AABQtAABkLQAAbS0AALctAAC4LQAACi4AAAsuAABdLgAAbi4AALAuAAC+LgAAAy8AAA8vAABWLwAAXS8AAMzBDgCvLwAA/C8AAP4vAABPMAAAZTAAAKIwAACqMAAA9TAAAPcwAABIMQAAUTEAAJsxAAClMQAA7jEAAPkxAABBMgAATTIAAJQyAAChMgAA5zIAAPEyAAA6MwAASDMAAI0zAACcMwAA4DMAAOIzAAAzNAAAPTQAAIY0AACUNAAA2TQAAN40AAAsNQAAOTUAAH81AACHNQAA0jUAANg1AAAlNgAAMTYAAHg2AACVNgAAyzYAANQ2AAAeNwAALDcAAHE3AAB3NwAAxDcAANA3AAAXOAAAGjgAAGo4AAByOAAAvTgAAM44AAAQOQAAHjkAAGM5AAB8OQAAtjkAALc5AAAJOgAAJjoAAB/CDgBhOgAArzoAALU6AAACOwAACjsAAFU7AABeOwAAqDsAAKs7AAD7OwAABzwAAE48AABUPAAAxcIOAL08AAD0PAAA/DwAABjDDgBKPQAAmj0AAKs9AADtPQAA9T0AAEA+AABOPgAAkz4AAJY+AADmPgAA7j4AADk/AABGPwAAjD8AAJE/AADfPwAA6T8AADJAAAA6QAAAhUAAAJFAAADYQAAA5UAAACtBAAAtQQAAfkEAAJdBAADRQQAA4kEAACRCAAAwQgAAd0IAAH5CAADKQgAA0kIAAB1DAAAiQwAAcEMAAH1DAADDQwAAy0MAABZEAAAgRAAAaUQAAHREAAC8RAAAyEQAAA9FAAAXRQAAa8MOAG5FAAC1RQAAu0UAAAhGAAAjRgAAW0YAAGdGAACuRgAAtEYAAL7DDgAGRwAA0xsCAAdHAADz0gQACEcAAJ3oBgAMRwAAVEcAAA1HAAAvywkAD0cAAH5xBQAVRwAA5yQCAFpHAAAG/A0AYEcAAKdHAACtRwAAIF0DAK9HAAARxA4ABkgAAE1IAABTSAAAoEgAALtIAADzSAAA/0gAAEZJAABMSQAAmUkAAKFJAADsSQAA8kkAAD9KAABLSgAAkkoAAK9KAADlSgAA7koAADhLAABESwAAi0sAAI5LAADeSwAA6EsAADFMAAA9TAAAhEwAAItMAADXTAAA30wAACpNAAArTQAA/14AAC1NAAB9TQAAjE0AANBNAADWTQAAI04AACVOAAB2TgAAjE4AAMlOAADnTgAAHE8AADVPAABvTwAAcU8AAMJPAADFTwAAFVAAACFQAABoUAAAb1AAALtQAADDUAAADlEAABBRAABhUQAAalEAALRRAAC+UQAAB1IAABJSAABaUgAAZlIAAK1SAAC6UgAAAFMAAApTAABTUwAAYVMAAKZTAAC1UwAA+VMAAPtTAABMVAAAVlQAAJ9UAACtVAAA8lQAAPdUAABFVQAAUlUAAJhVAACtVQAA61UAAPNVAAA+VgAAV1YAAJFWAACaVgAA5FYAAO5WAAA3VwAAP1cAAIpXAACXVwAA3VcAAOJXAAAwWAAAOFgAAINYAACEWAAA1lgAANhYAAApWQAALFkAAHxZAAB/WQAAZMQOANRZAAAiWgAAKFoAAHVaAAB8WgAAyFoAANBaAAAbWwAAH1sAAG5bAABwWwAAwVsAAMRbAAAUXAAAHFwAAGdcAABoXAAAulwAAMBcAAANXQAAEl0AAGBdAAB7XQAAs10AAMFdAAAGXgAADV4AAFleAABlXgAArF4AALNeAAC3xA4AAV8AAFJfAABVXwAApV8AAKhfAAAKxQ4A/V8AAEtgAABRYAAAnmAAAKVgAADxYAAAD2EAAERhAABdYQAAl2EAAJlhAADqYQAA7WEAAD1iAABJYgAAkGIAAJdiAADjYgAA62IAADZjAAA4YwAAiWMAAJJjAADcYwAA5mMAAC9kAAA6ZAAAgmQAAI5kAADVZAAA4mQAAChlAAAyZQAAe2UAAIllAADOZQAA3WUAACFmAAAjZgAAdGYAAH5mAADHZgAA1WYAABpnAAAfZwAAbWcAAHpnAADAZwAA1WcAABNoAAAbaAAAZmgAAH9oAAC5aAAAwmgAAAxpAAAWaQAAX2kAAGdpAACyaQAAv2kAAAVqAAAKagAAWGoAAGBqAACragAArGoAAP5qAAAAawAAUWsAAFRrAACkawAAp2sAAF3FDgD8awAASmwAAFBsAACdbAAApGwAAPBsAAD4bAAAQ20AAEdtAACWbQAAmG0AAOltAADsbQAAPG4AAERuAACPbgAAkG4AAOJuAADobgAANW8AADpvAACIbwAAo28AANtvAADpbwAALnAAADVwAACBcAAAjXAAANRwAADbcAAAsMUOACpxAAB6cQAAi3EAAM1xAADVcQAA34sBAOlxAAAgcgAAKHIAAAPGDgCCcgAAxnIAAMxyAAAZcwAAG3MAAGxzAACCcwAAv3MAAN1zAAASdAAAFXQAAGV0AABxdAAAuHQAAL50AAALdQAAJnUAAF51AABqdQAAsXUAALd1AAAEdgAAInYAAFd2AABndgAAqnYAALh2AAD9dgAAA3cAAFB3AABTdwAAo3cAAK13AAD2dwAAFHgAAEl4AABfeAAAnHgAAKh4AADveAAA8ngAAEJ5AABFeQAAlXkAAJd5AADoeQAA/3kAADt6AABHegAAjnoAAKp6AADhegAA6XoAAFbGDgBFewAAh3sAAJV7AADaewAA5nsAAC18AAA6fAAAgHwAAIp8AADTfAAA23wAACZ9AAAnfQAAeX0AAHt9AADMfQAAz30AAB9+AAAifgAAqcYOAHd+AADFfgAAy34AABh/AAAffwAAa38AAHN/AAC+fwAA1H8AABGAAAAagAAAZIAAAGeAAAC3gAAAwYAAAAqBAAASgQAAXYEAAHaBAACwgQAAvIEAAAOCAAALggAA/MYOAF6CAACpggAArIIAAPyCAAAGgwAAT4MAAFWDAACigwAAsIMAAPWDAAAChAAASIQAAF+EAABPxw4AnIQAAAGSDQCehAAAIqYBAKGEAAAGUAIAooQAAFnaBgCjhAAAxLoFAKSEAACIwgAApYQAAFUtAgCohAAA1GgNAKqEAADuhAAArIQAAO+aBwCxhAAAl+QFALKEAABuBwwA+IQAAP95CAD9hAAAQYUAAE2FAACUhQAAlYUAAP+cAwCXhQAA54UAAOqFAAA6hgAAQYYAAIaAAQBChgAAjYYAAFKGAAD8KAEAlIYAAOCGAADshgAAM4cAAECHAACGhwAAlIcAANmHAADlhwAALIgAADOIAAB/iAAAh4gAANKIAADiiAAAJYkAACqJAAB4iQAAfokAAMuJAADTiQAAHooAACeKAABxigAAdIoAAMSKAADQigAAF4sAAB2LAACixw4AiYsAAPXHDgDKiwAAEIwAABKMAAA3/QAAE4wAAL5xAgAXjAAA5JsCABuMAADPDAsAHIwAAELFAQAfjAAApgYLACmMAAA3SQIAMIwAAGOMAABwjAAAtowAALuMAAAJjQAADY0AAFyNAABpjQAAr40AALeNAAACjgAAuo0AAG+2CQAJjgAAVY4AABGOAADbWgMAV44AAKiOAACyjgAA+44AAP2OAABOjwAAZ48AAKGPAACjjwAA9I8AAPePAABHkAAAU5AAAJqQAACikAAASMgOAPOQAABAkQAA9ZAAADiBEAD8kAAAsfgFAP6QAADGSAYAAJEAAK1LAQAJkQAA3+sLAEaRAACa4wAAWJEAAJORAACVkQAA5pEAAKCRAAAApgAArJEAALyXAAD1kQAAOZIAAEiSAACMkgAAmJIAAN+SAADikgAAMpMAADWTAACFkwAAnZMAANiTAADfkwAAK5QAADeUAAB+lAAAi5QAANGUAADflAAAJJUAADCVAAB3lQAAfpUAAMqVAADilQAAHZYAACmWAABwlgAAdpYAAMOWAADJlgAAFpcAABuXAABplwAAb5cAAO7IDgC+lwAAD5gAABaYAABimAAAepgAALWYAAC8mAAACJkAACGZAABbmQAAc5kAAK6ZAAC6mQAAAZoAAAeaAABUmgAAWpoAAKeaAACsmgAA+poAAACbAABByQ4AZpsAAKCbAACxmwAA85sAAAGcAABGnAAAVZwAAJmcAAChnAAA7JwAAAydAAA/nQAAS50AAJKdAACmnQAA5Z0AAO2dAAA4ngAAPp4AAIueAACXngAA3p4AAOieAAAxnwAAN58AAISfAACSnwAA158AAOOfAAAqoAAARaAAAH2gAAB/oAAA0KAAAOGgAAAjoQAAK6EAAHahAACEoQAAyaEAAMyhAAAcogAAJKIAAG+iAAB8ogAAwqIAAMeiAAAVowAAH6MAAGijAABwowAAu6MAAL2jAAAOpAAAH6QAAGGkAABypAAAtKQAALmkAAAHpQAAC6UAAFqlAABmpQAAraUAALSlAACUyQ4ABaYAAFOmAABdpgAApqYAAL6mAAD5pgAA/KYAAEynAABVpwAAn6cAAKCnAADypwAA86cAAEWoAABKqAAAmKgAAJ6oAADrqAAA9agAAD6pAABKqQAAkakAAJipAADkqQAA/KkAADeqAAA5qgAAiqoAAJOqAADdqgAA56oAADCrAAA7qwAAg6sAAJurAADWqwAA7KsAACmsAAAurAAAfKwAAIOsAADPrAAA26wAAOfJDgAkrQAAKZ4CACetAACduAEAK60AADjOBQAtrQAAlFQHADOtAAB1rQAAd60AAMBZAgCDrQAAyK0AANStAAAbrgAA160AANbNBwAorgAAbq4AAHiuAADBrgAAwq4AABhwDgDJrgAAFK8AABuvAABnrwAAL68AAPOUAQBsrwAAuq8AAMavAAANsAAAELAAAGCwAABosAAAs7AAAMCwAAAGsQAAC7EAAFmxAABjsQAArLEAALSxAAD/sQAAArIAAFKyAABbsgAApbIAAKayAAD4sgAA+bIAAEuzAABQswAAnrMAAKSzAADxswAA+7MAAES0AABMtAAAl7QAAJm0AADqtAAA87QAAD21AABHtQAAkLUAAJu1AADjtQAA77UAADa2AABDtgAAibYAAJO2AADctgAA6rYAAC+3AAA+twAAgrcAAIS3AADVtwAA37cAACi4AAA2uAAAe7gAAIC4AADOuAAA27gAACG5AAApuQAAdLkAAHW5AADHuQAAzbkAABq6AAAfugAAbboAAHe6AADAugAAxboAABO7AAAiuwAAZrsAAGu7AAC5uwAAyrsAAAy8AAAUvAAAX7wAAGW8AACyvAAAvrwAAAW9AAAivQAAWL0AAGG9AACrvQAAt70AAP69AAABvgAAUb4AAFu+AACkvgAAsL4AAPe+AAD+vgAASr8AAFK/AACdvwAAtr8AAPC/AAAEwAAAQ8AAAEvAAACWwAAAmcAAAOnAAAD1wAAAPMEAAELBAACPwQAAqsEAAOLBAADuwQAANcIAADvCAAA6yg4AksIAANvCAADmwgAALsMAADbDAABd1AAAOsMAAIHDAACOwwAA1MMAAN7DAAAnxAAANcQAAHrEAACJxAAAzcQAAM/EAAAgxQAAKsUAAHPFAACBxQAAxsUAAMvFAAAZxgAAJsYAAGzGAAB0xgAAv8YAAMDGAAASxwAAw8YAAFhjAQDPxgAATogBACPHAABlxwAAbscAALjHAADPxwAAC8gAABnIAABeyAAAa8gAALHIAAC5yAAABMkAACPJAACNyg4AYMkAAKrJAAC0yQAA/ckAAAjKAADgyg4AUsoAAKPKAACsygAA9soAAADLAABJywAAVMsAAJzLAACoywAA78sAAPzLAABCzAAATMwAAJXMAACjzAAA6MwAAPfMAAA7zQAAPc0AAI7NAACYzQAA4c0AAO/NAAA0zgAAOc4AAIfOAACUzgAA2s4AAOLOAAAtzwAAM88AAIDPAACMzwAA088AAPDPAAAm0AAAL9AAAHnQAACH0AAAzNAAANLQAAAf0QAAK9EAAHLRAAB50QAAM8sOAMfRAAAFCQIAy9EAABjSAAAd0gAAa9IAACbSAABuPwQAeNIAAL7SAADV0gAAEdMAABLTAABk0wAAZtMAALfTAAC60wAACtQAAA3UAACGyw4AftQAALDUAACx1AAAA9UAAAXVAABW1QAAWdUAAKnVAACs1QAA2csOAAHWAABP1gAAVdYAAKLWAACp1gAA9dYAABfXAABI1wAAUNcAAJvXAACq1wAA7tcAAPDXAABB2AAAUtgAAJTYAACl2AAA59gAAPPYAAA62QAAQdkAAI3ZAACV2QAA4NkAAOTZAAAz2gAAQdoAAIbaAACQ2gAA2doAAOTaAAAs2wAAMdsAAH/bAACI2wAA0tsAANzbAAAl3AAALdwAAHjcAAB63AAAy9wAANjcAAAe3QAAMt0AAHHdAAB53QAAxN0AAMXdAAAX3gAAGd4AAGreAABt3gAAvd4AAMDeAAAszA4AFd8AAGPfAABp3wAAtt8AAL3fAAAJ4AAAEeAAAFzgAABr4AAAr+AAALTgAAAC4QAAD+EAAFXhAABl4QAAqOEAALbhAAD74QAAEuIAAE7iAABX4gAAoeIAAKfiAAD04gAAAOMAAEfjAABO4wAAf8wOAJ/jAAAZuAIAouMAAO3jAACn4wAA7f4IAPzjAABA5AAAUeQAAJPkAACh5AAA5uQAAPLkAAA55QAARuUAAIzlAACW5QAA3+UAAOflAAAy5gAANeYAAIXmAACR5gAA2OYAAOXmAAAr5wAANecAAH7nAACG5wAA0ecAANPnAAAk6AAALegAAHfoAACB6AAAyugAANXoAAAd6QAAMukAAHDpAAB46QAAw+kAANzpAAAW6gAAH+oAAGnqAABz6gAAvOoAAMTqAAAP6wAAHOsAAGLrAABn6wAAtesAAL3rAAAI7AAACewAAFvsAABd7AAAruwAALHsAAAB7QAABO0AANLMDgBZ7QAAp+0AAK3tAAD67QAAAe4AAE3uAABV7gAAoO4AAK7uAADz7gAA9u4AAEbvAABO7wAAme8AAJzvAADs7wAA+O8AAD/wAABJ8AAAJc0OAJPwAADvdwwAlPAAAOXwAACV8AAAVykLAJzwAAA0egwAnfAAANumBACh8AAAkfUBAKLwAADF3goAtvAAAK/ZAQDu8AAAOPEAAELxAACL8QAAlvEAAN7xAADq8QAAMfIAAD7yAACE8gAAjvIAANfyAADl8gAAKvMAADnzAAB98wAAf/MAANDzAADa8wAAI/QAADH0AAB29AAAe/QAAMn0AADW9AAAHPUAACz1AABv9QAAcfUAAML1AADQ9QAAFfYAACb2AAB4zQ4Ab/YAAMvNDgDD9gAAHs4OABf3AABh9wAAa/cAALT3AAC/9wAAB/gAABP4AABa+AAAZ/gAAK34AAC3+AAAAPkAAA75AABT+QAAYvkAAKb5AACo+QAA+fkAAAP6AABM+gAAWvoAAJ/6AACk+gAA8voAAP/6AABF+wAATfsAAJj7AACo+wAA6/sAAO37AAA+/AAATPwAAJH8AACi/AAAcc4OAOv8AADEzg4AUP0AAIr9AACb/QAA3f0AAOn9AAAw/gAAOP4AABfPDgCI/gAA1v4AAN7+AAAp/wAAK/8AAHz/AAAu/wAAn9AGADj/AABEmAQAhf8AAM//AACL/wAAzD4JANn/AAAiAAEALQABAHUAAQCBAAEAyAABANUAAQAbAQEAJQEBAG4BAQB8AQEAwQEBANABAQAUAgEAFgIBAGcCAQBxAgEAugIBAMYCAQANAwEAFQMBAGrPDgBjAwEAswMBAMEDAQAGBAEAEwQBAFkEAQBwBAEArAQBALQEAQD/BAEAFQUBAFIFAQBeBQEApQUBALQFAQD4BQEAAwYBAEsGAQBNBgEAngYBAKsGAQDxBgEA/wYBAEQHAQBHBwEAlwcBAK0HAQDqBwEA8gcBAD0IAQBPCAEAvc8OAJ0IAQAUtQsAnwgBAOMIAQDoCAEANgkBAD0JAQCJCQEAlQkBANwJAQDpCQEALwoBADEKAQCCCgEAmAoBANUKAQDhCgEAKAsBAEcLAQB7CwEAlwsBAM4LAQDWCwEAENAOACMMAQB0DAEAfQwBAMcMAQDRDAEAGg0BACUNAQBtDQEAeQ0BAMANAQDNDQEAEw4BAB0OAQBmDgEAdA4BALkOAQDIDgEADA8BAA4PAQBfDwEAaQ8BALIPAQDADwEABRABAAoQAQBYEAEAZRABAKsQAQC7EAEA/hABAAARAQBREQEAXxEBAKQRAQC1EQEAY9AOAP4RAQC20A4ATBIBAFnoBABPEgEAnRIBAFMSAQAnvQEAVhIBAEcMBwBYEgEAOJcBAF4SAQDgagQApBIBABktCgCqEgEA8BIBAAcTAQBDEwEASBMBAJYTAQCZEwEA6RMBAKATAQCVqQUAshMBAPWzBQDuEwEAcq4FAPUTAQA8FAEAQhQBADsgAQBLFAEAjxQBAJgUAQDiFAEA6BQBADUVAQBDFQEAiBUBAJIVAQDbFQEA7xUBAC4WAQA6FgEAgRYBAJQWAQDUFgEA4xYBACcXAQAzFwEAehcBAHsXAQDNFwEA1xcBACAYAQAuGAEAcxgBAHgYAQDGGAEA0xgBAFzRDgAsGQEAbBkBAHsZAQC/GQEAyxkBABIaAQATGgEAZRoBAG8aAQC4GgEAxhoBAAsbAQAQGwEAXhsBAGsbAQBV0g4AsxsBAAQcAQANHAEAVxwBAGEcAQCqHAEAtRwBAP0cAQAJHQEAUB0BAF0dAQCjHQEArR0BAPYdAQAEHgEASR4BAFgeAQCcHgEAnh4BAO8eAQD5HgEAQh8BAFAfAQCVHwEAoh8BAOgfAQD/HwEAqNIOAFYgAQCOIAEAmiABAOEgAQDnIAEANCEBAEAhAQCHIQEAjSEBANohAQDgIQEALSIBADIiAQCAIgEAhiIBAPvSDgDcIgEAJiMBADAjAQB5IwEAhCMBAMwjAQDYIwEAHyQBACwkAQByJAEAfCQBAMUkAQDTJAEAGCUBACclAQBrJQEAbSUBAL4lAQDIJQEAESYBAB8mAQBkJgEAaSYBALcmAQDEJgEACicBABInAQBdJwEAbScBALAnAQCyJwEAAygBABEoAQBWKAEAZygBAPTTDgCwKAEAR9QOAAIpAQBPKQEAWykBAKIpAQCyKQEA9SkBAP4pAQBIKgEASyoBAJsqAQCnKgEA7ioBAPUqAQBBKwEASSsBAJQrAQCyKwEA5ysBAO8rAQA6LAEASywBAI0sAQCSLAEA4CwBAPcsAQAzLQEAQS0BAIYtAQCTLQEA2S0BAOEtAQAsLgEAMC4BAH8uAQCBLgEA0i4BANUuAQAlLwEALS8BAHgvAQB+LwEAyy8BANcvAQAeMAEALjABAHEwAQB6MAEAxDABAMcwAQAXMQEAIzEBAGoxAQBxMQEAmtQOAMYxAQAQMgEAEzIBAGMyAQBxMgEAtjIBAMMyAQAJMwEAIDMBAFwzAQBkMwEArzMBALEzAQACNAEACzQBAFU0AQBfNAEAqDQBALM0AQD7NAEABzUBAE41AQBbNQEAoTUBAKs1AQD0NQEAAjYBAEc2AQBWNgEAmjYBAJw2AQDtNgEA9zYBAEA3AQBONwEAkzcBAJg3AQDmNwEA8zcBADk4AQBBOAEAjDgBAKI4AQDfOAEA6zgBADI5AQBBOQEAhTkBAJA5AQDYOQEA2jkBACs6AQA4OgEAfjoBAIw6AQDROgEA1DoBACQ7AQA6OwEA7dQOAH87AQDx/wEAhTsBAOFsAgCPOwEAyjsBAMw7AQAdPAEALjwBAHA8AQCBPAEAwzwBAMg8AQAWPQEAGj0BAGk9AQB1PQEAvD0BAMM9AQAPPgEAFz4BAGI+AQCAPgEAtT4BAL0+AQBA1Q4ADT8BAFs/AQBcPwEATo4MAGo/AQAkSAsAdD8BAK4/AQCwPwEAAUABABpAAQBUQAEAZUABAKdAAQCzQAEA+kABAPxAAQBNQQEAVkEBAKBBAQBcQQEAI0cBAKpBAQDzQQEA/kEBAEZCAQBSQgEAmUIBAKZCAQDsQgEA9kIBAD9DAQBNQwEAkkMBAKFDAQDlQwEA50MBADhEAQBCRAEAi0QBAJlEAQDeRAEA40QBADFFAQA+RQEAhEUBAJBFAQDXRQEA3UUBACpGAQAwRgEAfUYBAIJGAQDQRgEA1kYBAJPVDgAyRwEAdkcBAIJHAQDJRwEAzEcBABxIAQAfSAEAb0gBAHZIAQDCSAEAzkgBABVJAQAiSQEAaEkBAHZJAQC7SQEAx0kBAA5KAQAVSgEA5tUOAGdKAQC0SgEAukoBAAdLAQAMSwEAWksBAGBLAQA51g4ArksBADjqAQC3SwEAucgKALlLAQCyrQ4Au0sBAA9LCwC8SwEAAEwBAAxMAQBTTAEAVEwBAKZMAQBfTAEAn1oLALBMAQD5TAEAB00BAExNAQBRTQEAn00BAKxNAQCM1g4A9E0BAOoUCwAATgEAmAgLABVOAQDf1g4Aa04BAJhOAQC/TgEA604BAA9PAQA+TwEARk8BADLXDgCdTwEA5E8BAOZPAQA3UAEAOlABAIpQAQCPUAEA3VABAOpQAQAwUQEATFEBAINRAQCLUQEAhdcOAN9RAQApUgEA41EBAONbAQAsUgEAfFIBAIhSAQDPUgEA1VIBACJTAQAvUwEAdVMBAHdTAQDIUwEA3lMBABtUAQAnVAEAblQBAHZUAQDY1w4Ax1QBABRVAQAcVQEAZ1UBAGhVAQC6VQEAvFUBAA1WAQAQVgEAYFYBAGNWAQAr2A4AuFYBAAZXAQAMVwEAWVcBAGBXAQCsVwEAtFcBAP9XAQAMWAEAUlgBAFdYAQClWAEAr1gBAPhYAQAAWQEAS1kBAE1ZAQCeWQEAr1kBAPFZAQACWgEARFoBAElaAQCXWgEAm1oBAOpaAQD2WgEAPVsBAERbAQCQWwEAolsBAH7YDgDoWwEANlwBAD5cAQCJXAEAi1wBANxcAQDrXAEAL10BAD5dAQCCXQEAjl0BANVdAQDYXQEAKF4BACteAQB7XgEAg14BAM5eAQDYXgEAIV8BACZfAQB0XwEAfF8BAMdfAQDRXwEAGmABACVgAQBtYAEAe2ABAMBgAQDDYAEAE2EBABthAQBmYQEAgWEBALlhAQDEYQEADGIBABFiAQBfYgEAYmIBALJiAQC8YgEABWMBABdjAQDR2A4AZmMBAKtjAQC1YwEA/mMBAAlkAQBRZAEAWWQBAKRkAQCqZAEA92QBAPlkAQBKZQEAY2UBAJ1lAQC2ZQEA8GUBAP5lAQBDZgEATWYBAJZmAQCsZgEA6WYBAAZnAQA8ZwEARGcBAI9nAQCfZwEA4mcBAORnAQA1aAEAQ2gBAIhoAQCZaAEAJNkOAOJoAQB32Q4AL2kBAIFpAQCSaQEA1GkBAOBpAQAnagEAKWoBAHpqAQB9agEAzWoBANlqAQAgawEAKGsBAB3aDgB+awEAxmsBANJrAQAZbAEAKGwBAGxsAQCMbAEAv2wBAMdsAQASbQEAJm0BAGVtAQBqbQEAuG0BAMFtAQALbgEAEW4BAF5uAQBmbgEAsW4BAMBuAQAEbwEACW8BAFdvAQBkbwEAqm8BALdvAQD9bwEACXABAFBwAQBfcAEAo3ABAK1wAQD2cAEABHEBAElxAQBOcQEAnHEBAKlxAQDvcQEA93EBAEJyAQBFcgEAlXIBAKFyAQDocgEA8nIBADtzAQBFcwEAjnMBAJxzAQDhcwEA7nMBADR0AQBLdAEAh3QBAIp0AQBw2g4A3XQBABKyAwDkdAEA01kFAOd0AQAtdQEA6nQBAEiKCwDrdAEALHoCAPB0AQBCCgQANHUBAMJBAgA3dQEAPzUDADx1AQBSVw0ASHUBAIB1AQCCdQEA03UBAOR1AQAmdgEANHYBAHl2AQCAdgEAzHYBAM52AQAfdwEA0XYBAJ1eAgDUdgEAW5IBAC53AQBydwEAgXcBAMV3AQDRdwEAGHgBABt4AQBreAEAbngBAL54AQDeeAEAEXkBAB15AQBkeQEAeHkBALd5AQDFeQEACnoBABF6AQDD2g4AdHoBALB6AQCyegEA0ugKALN6AQDZ5woAvXoBAAN7AQAFewEAVnsBAGB7AQCpewEAZ3sBAGPsCgCyewEA/HsBAAJ8AQBPfAEAW3wBAKJ8AQCpfAEA9XwBAPp8AQBIfQEAVH0BAJt9AQCefQEA7n0BAPt9AQBBfgEARn4BAJR+AQCefgEA534BAP1+AQA6fwEAPH8BAI1/AQCXfwEA4H8BAO9/AQAzgAEAPoABABbbDgCSgAEA2YABAOaAAQAsgQEAOoEBAH+BAQCLgQEA0oEBANmBAQBp2w4AKoIBAHiCAQAxggEAQhcOADOCAQByDwQAeoIBAO17AwB9ggEA4eEJAI+CAQDLggEA2YIBAB6DAQArgwEAcYMBAHmDAQDEgwEAzoMBABXMBgDUgwEAF4QBABmEAQBqhAEAeIQBAL2EAQDOhAEAvNsOABeFAQAP3A4AaIUBALaFAQC8hQEACYYBABGGAQBchgEAZYYBAK+GAQCyhgEAAocBAA6HAQBVhwEAW4cBAKiHAQCwhwEA+4cBABqIAQC13A4AUIgBAKGIAQCviAEA9IgBAAWJAQAI3Q4ATokBAFvdDgCfiQEA7YkBAPOJAQBAigEASIoBAJOKAQCcigEA5ooBAOmKAQA5iwEARYsBAIyLAQCSiwEAAd4OAOGLAQAyjAEAO4wBAIWMAQCPjAEA2IwBAOOMAQArjQEAN40BAH6NAQCLjQEA0Y0BANuNAQAkjgEAMo4BAHeOAQCGjgEAyo4BAMyOAQAdjwEAJ48BAHCPAQB+jwEAw48BAMiPAQAWkAEAI5ABAGmQAQBxkAEAvJABAMyQAQAPkQEAEZEBAGKRAQBwkQEAtZEBAMaRAQBU3g4AD5IBAKfeDgBkkgEArpIBALGSAQABkwEADZMBAFSTAQBakwEAp5MBALSTAQD6kwEA/JMBAE2UAQBjlAEAoJQBAKyUAQD63g4A/5QBAEaVAQBMlQEAmZUBAJyVAQDslQEA+pUBAD+WAQBElgEAkpYBAJ+WAQDllgEA7ZYBAE3fDgBFlwEAi5cBAJmXAQDelwEA9JcBADGYAQA6mAEAhJgBAJqYAQDXmAEA35gBACqZAQAtmQEAfZkBAIaZAQDQmQEA0ZkBACOaAQAkmgEAdpoBAHuaAQDJmgEAz5oBABybAQAmmwEAb5sBAHubAQDCmwEAyZsBABWcAQAdnAEAaJwBAGqcAQC7nAEAvJwBAA6dAQAcnQEAYZ0BAGmdAQC0nQEAz50BAAeeAQATngEAWp4BAGCeAQCtngEAsJ4BAACfAQAOnwEAU58BAFifAQCmnwEAs58BAPmfAQABoAEATKABAFqgAQCfoAEAoqABAKDfDgD1oAEARaEBAPagAQDj0AgA/qABAADBCAAAoQEAlR4NAAWhAQBhSQ0ASKEBAJihAQCpoQEA66EBAAeiAQA+ogEARqIBAPPfDgCiogEA5KIBAOyiAQA3owEAPaMBAIqjAQCPowEA3aMBAOajAQAwpAEAOqQBAIOkAQCRpAEA1qQBAOOkAQAppQEANaUBAHylAQB/pQEAz6UBAOulAQBG4A4AJaYBAHWmAQA2pgEAPfMDAIGmAQDIpgEAzqYBABunAQAlpwEAmeAOAHOnAQDBpwEAzqcBABSoAQAcqAEADugOACCoAQBnqAEAJKgBAOOuAQAwqAEAjOsLAG2oAQC6qAEAwKgBAA2pAQASqQEAYKkBAGapAQDs4A4AvakBAMvpCgDBqQEABqoBABeqAQA/4Q4AYKoBAJLhDgC0qgEA5eEOAA2rAQBSqwEAWasBAKWrAQCtqwEA+KsBAAWsAQBLrAEAUKwBAJ6sAQCorAEA8awBAPmsAQBErQEASq0BAJetAQCZrQEA6q0BAPitAQA9rgEAQK4BAJCuAQCcrgEAOOIOAOWuAQA2rwEARK8BAImvAQCarwEAi+IOAOOvAQDe4g4ANbABAIKwAQCIsAEA1bABANqwAQAosQEALrEBADHjDgB9sQEAzrEBAISxAQDl7wwAh7EBAEcaBQDpsQEAIbIBACOyAQB0sgEAjrIBAMeyAQDUsgEAx9QIANiyAQAaswEAHLMBAG2zAQB6swEAwLMBANezAQATtAEALbQBAGa0AQBotAEAubQBAGy0AQDX+AsAvLQBAAy1AQAPtQEAX7UBAGu1AQCytQEAuLUBAAW2AQAPtgEAhOMOAF22AQCrtgEAuLYBAP62AQAKtwEAUbcBAFe3AQCktwEAqrcBAPe3AQD8twEASrgBAFC4AQDX4w4ApLgBAFZ6DQCmuAEA96kDAKq4AQDljwIArrgBABkfDACzuAEA8LgBAPG4AQBDuQEABrkBAMmFBABFuQEAlrkBAFG5AQAfwwIAnLkBAOm5AQD3uQEAPLoBAD+6AQCPugEAlLoBAOK6AQDvugEANbsBAEW7AQCIuwEAirsBANu7AQDpuwEALrwBAD+8AQAq5A4Ah7wBANS8AQDgvAEAfeQOADi9AQB6vQEAhL0BAM29AQDbvQEAIL4BACG+AQBzvgEAhL4BAMa+AQDSvgEAGb8BACm/AQBsvwEAbr8BAL+/AQDNvwEAEsABACPAAQDQ5A4Aa8ABALjAAQDEwAEAI+UOABHBAQBewQEAZMEBALHBAQC2wQEABMIBAArCAQDJ5Q4AX8IBAKrCAQC0wgEAdzoNAMPCAQD9wgEABsMBAFDDAQBawwEAo8MBAKvDAQD2wwEA+sMBAEnEAQBLxAEAnMQBAJ/EAQDvxAEAC8UBABzmDgBVxQEAlcUBAJbFAQDoxQEA9MUBADvGAQBKxgEAjsYBAJjGAQDhxgEA7cYBADTHAQA7xwEAb+YOAI3HAQD2fQsAmscBANrHAQDpxwEALcgBADnIAQCAyAEAgcgBANPIAQDdyAEAJskBADTJAQB5yQEAfskBAMzJAQDZyQEAFecOACfKAQByygEAfsoBAMXKAQDYygEAGMsBABnLAQBrywEAd8sBAL7LAQDNywEAEcwBABvMAQBkzAEAcMwBALfMAQC+zAEAaOcOABvNAQBdzQEAac0BALDNAQDAzQEAA84BAA3OAQBWzgEAXs4BAKnOAQDUzgEA/M4BANXOAQCG0wEAJ88BAE/PAQBXzwEAos8BAKjPAQD1zwEAA9ABAEjQAQBf0AEAm9ABAKbQAQDu0AEA+NABAEHRAQBr0QEAlNEBAJzRAQDn0QEA99EBADrSAQA80gEAjdIBAJvSAQDg0gEA8dIBAGHoDgA60wEAtOgOALHTAQDZ0wEA4dMBACzUAQAy1AEAf9QBAI3UAQDS1AEA6dQBACXVAQAw1QEAeNUBAILVAQDL1QEA9dUBAB7WAQAm1gEAcdYBAIHWAQDE1gEAxtYBABfXAQAl1wEAatcBAHvXAQAH6Q4AxNcBAFrpDgAS2AEAY9gBAHHYAQC22AEAx9gBAK3pDgAQ2QEAAOoOAGTZAQBT6g4At9kBAKbqDgAE2gEAVdoBAGPaAQCo2gEAudoBAPnqDgAB2wEATtsBAFrbAQBM6w4AqtsBAPTbAQAB3AEAR9wBAFXcAQCa3AEApNwBAO3cAQAH3QEAQN0BAEPdAQCT3QEAmt0BAObdAQAG3gEAOd4BAFPeAQCf6w4Amd4BAN/eAQCd3gEAdzQCAKLeAQAPigIA7d4BADLfAQA83wEAhd8BAJ/fAQDY3wEA6N8BACvgAQAx4AEAfuABAIDgAQDR4AEA5+ABACThAQAw4QEAd+EBAHvhAQDK4QEAz+EBAB3iAQAj4gEAcOIBAJDiAQDD4gEA3eIBABbjAQAY4wEAaeMBAGzjAQC84wEAv+MBAA/kAQAb5AEAYuQBAGjkAQC15AEAv+QBAPLrDgAN5QEAW+UBAGjlAQCu5QEAuuUBAAHmAQAU5gEAVOYBAGPmAQCn5gEAs+YBAPrmAQD75gEATecBAFfnAQCg5wEArucBAPPnAQD45wEARugBAFPoAQBF7A4AmugBAFlrCgCb6AEAGSYLAJzoAQAqUwsAnugBAF5tDQCf6AEA9pIIAKDoAQAvFwsAo+gBAGsrDACk6AEADBwLAKXoAQAGGAoApugBAInDCgCn6AEA2ZQKAKjoAQA+4AQAqegBAOzoAQCx6AEA4BYQALPoAQALxwwAtegBAGf6DQC86AEA+EIQAMToAQC30gwA2egBAE8vDADe6AEAdjEQAO7oAQA/6QEA/egBAGmWDABN6QEAkukBAKPpAQCY7A4A7OkBAOvsDgBE6gEAi+oBAJrqAQDe6gEA6OoBADHrAQA96wEAhOsBAFTrAQCGhgwAi+sBAJHtDgDZ6wEAKuwBADvsAQB97AEAhuwBANDsAQDc7AEAI+0BACbtAQB27QEAfu0BAMntAQDT7QEAHO4BACHuAQBv7gEAd+4BAMLuAQDb7gEAFe8BACHvAQBo7wEAcO8BADfuDgDD7wEAiu4OABHwAQBh8AEAZPABALTwAQDA8AEAB/EBAA3xAQBa8QEAZPEBAN3uDgCy8QEAAPIBAA3yAQBT8gEAW/IBADDvDgCs8gEA+fIBAP/yAQBM8wEAUfMBAJ/zAQCl8wEAg+8OAPrzAQDW7w4AR/QBAPjGCQBK9AEAmPQBAFH0AQBDgQkAovQBAOv0AQCn9AEAE4oHAPP0AQDFhAsAB/UBAD71AQBG9QEAKfAOAJb1AQDk9QEA+vUBADf2AQA49gEAivYBAIz2AQDd9gEA4/YBADD3AQA89wEAg/cBAIr3AQDW9wEA3vcBACn4AQAy+AEAfPgBAH/4AQDP+AEA3fgBACL5AQAv+QEAdfkBAIz5AQDI+QEA0PkBABv6AQAn+gEAFPsBAEb6AQBu+gEAmfoBAMH6AQDl+gEAfPAOADH7AQBn+wEAcPsBAGD8AQB4+wEAuvsBAOj7AQAN/AEAMfwBAM/wDgBi/AEAs/wBAMT8AQAG/QEANP0BAFn9AQB9/QEAIvEOALL9AQAa6gUAtf0BAP/9AQC4/QEAaoMNAAn+AQBS/gEADP4BAOLxBQAN/gEAwzsNAFr+AQCl/gEAqf4BAPj+AQD6/gEAS/8BAE7/AQCe/wEAuv8BAHXxDgD2/wEAOP4KAPv/AQAFcAsA/f8BAEQAAgABAAIARQ8KAGEAAgCXAAIAoAACAOoAAgDsAAIAPQECAE4BAgDI8Q4AlQECAOMBAgDsAQIANgICAEcCAgCJAgIAkAICANwCAgDkAgIALwMCAPYCAgBIIwIAPAMCANUDAgA+AwIAIQUCAEgDAgCCAwIAjgMCABvyDgDaAwIAKAQCADIEAgB7BAIAgwQCAG7yDgDaBAIAwfIOACYFAgB0BQIAgQUCAMcFAgDRBQIAGgYCABwGAgBtBgIAewYCAMAGAgDNBgIAFPMOABgHAgBmBwIAcwcCALkHAgDDBwIADAgCAA4IAgBfCAIAbQgCALIIAgC/CAIAZ/MOAAgJAgBzFw0ACwkCAG1fDQASCQIAWAkCAGIJAgC68w4AswkCAP4JAgAACgIAkFoNABUKAgBRCgIAFwoCAPZiAwBWCgIApAoCAK4KAgD3CgIA/woCAA30DgBUCwIAnQsCAKkLAgDwCwIA8wsCAEMMAgBNDAIAlgwCALAMAgDpDAIAAA0CADwNAgBBDQIAjw0CAKsNAgBg9A4A7A0CADUOAgDzDQIAjz0HAEEOAgCIDgIAiw4CANsOAgDlDgIALg8CAEgPAgCBDwIAhw8CANQPAgDWDwIAJxACADUQAgB6EAIAfRACAM0QAgDZEAIAIBECACMRAgBzEQIAlhECALP0DgDIEQIAGRICACcSAgBsEgIAbxICAL8SAgDLEgIAEhMCABUTAgAG9Q4AcBMCALgTAgC+EwIACxQCABAUAgBeFAIAYhQCALEUAgC0FAIAWfUOAAUVAgBSCwwABxUCAIvpDQAKFQIAVxUCAA0VAgBp4g0ADhUCAOEZAgAQFQIAm88NABIVAgAmyA0AExUCABfWDQAUFQIAn/INABsVAgCS/QoAHhUCALjGDABjFQIAqhUCANMVAgD9FQIACRYCAFAWAgBfFgIAoxYCAK0WAgD2FgIA+RYCAEkXAgBjFwIAnBcCAKYXAgDvFwIA9BcCAEIYAgBMGAIAlRgCAKAYAgDoGAIA7hgCADsZAgBAGQIAjhkCAJIZAgCs9Q4A5hkCADQaAgDvGQIA5twNAD4aAgCHGgIAkhoCANoaAgDgGgIALRsCADIbAgCAGwIAhBsCAP/1DgDYGwIAzqoCANobAgBBhAwA2xsCAHp3CwDdGwIA600NAO0bAgAmHAIAMBwCAHkcAgCEHAIAzBwCANIcAgAfHQIAJB0CAHIdAgB2HQIAxR0CAOgdAgBS9g4AGh4CAGseAgAbHgIAed0KAB0eAgD6YggAIR4CAB+LCgAkHgIALCcCACYeAgB0Xg0AeB4CAMFNAgB5HgIAvh4CAMEeAgARHwIAHR8CAGQfAgB8HwIAtx8CAMMfAgAKIAIAECACAF0gAgBjIAIAsCACALUgAgADIQIACSECAKX2DgBgIQIAqSECALQhAgD8IQIAAiICAE8iAgBUIgIAoiICAKYiAgD1IgIA+CICAPj2DgBSIwIAmyMCAKYjAgDuIwIA9CMCAEEkAgBGJAIAlCQCAJgkAgBL9w4A6CQCADolAgBGJQIAjSUCAJklAgDgJQIA5iUCADMmAgA5JgIAhiYCAIsmAgDZJgIA3yYCAJ73DgAuJwIAc/wEADMnAgCwCwUAOycCACBkAgA8JwIAfycCAIsnAgDSJwIA2CcCACUoAgAxKAIAeCgCAIUoAgDLKAIA2igCAB4pAgAqKQIAcSkCAH0pAgDEKQIAyikCABcqAgAdKgIAaioCAG8qAgC9KgIAwyoCAPH3DgAaKwIAjLQHACYrAgBjKwIAKSsCABiaCABvKwIAtisCAL4rAgCctQ8AwisCAAksAgAPLAIAXCwCAGIsAgCvLAIAtCwCAAItAgAILQIARPgOAF0tAgCUFRAAXy0CAKgtAgCuLQIA+y0CALQtAgCrAgMACS4CAE4uAgBnLgIAoS4CAKouAgD0LgIA/i4CAEcvAgBTLwIAmi8CAKYvAgDtLwIA8y8CAEAwAgBGMAIAkzACAJgwAgDmMAIA7DACAJf4DgBFMQIAjDECAJYxAgDfMQIA6jECADIyAgA3MgIAhTICAIwyAgDYMgIA5DICACszAgAxMwIAfjMCAIQzAgDRMwIA1jMCACQ0AgAqNAIA6vgOAIg0AgDKNAIAyzQCAB01AgDQNAIA+jkCACI1AgBwNQIAfjUCAMM1AgDQNQIAFjYCACA2AgBpNgIAdTYCALw2AgDCNgIADzcCABs3AgBiNwIAdTcCALU3AgDENwIACDgCABQ4AgBbOAIAXDgCAK44AgC4OAIAATkCAA85AgBUOQIAWTkCAKc5AgC0OQIAPfkOAAY6AgBNOgIAXToCAKA6AgCsOgIA8zoCAPk6AgBGOwIAUjsCAJk7AgCmOwIA7DsCAPs7AgA/PAIASzwCAJI8AgCePAIA5TwCAPg8AgA4PQIARz0CAIs9AgCXPQIA3j0CAN89AgAxPgIAOz4CAIQ+AgCSPgIA1z4CANw+AgAqPwIANz8CAJD5DgB/PwIACRAGAIk/AgDQPwIAij8CAJB2CQCLPwIAqO4KAOQ/AgAjQAIAL0ACAHZAAgB8QAIAyUACAM9AAgAcQQIAIUECAG9BAgB1QQIA4/kOAM5BAgAVQgIAIkICAFC8AgAoQgIAaEICAG1CAgCXUwIAcEICACj9AgB0QgIAu0ICAMFCAgAOQwIAFEMCAGFDAgBmQwIAtEMCALpDAgA2+g4AE0QCAFpEAgBgRAIArUQCALJEAgAARQIAB0UCAFNFAgBhRQIApkUCAMFFAgD5RQIAB0YCAExGAgBPRgIAn0YCAK1GAgDyRgIA90YCAEVHAgBSRwIAmEcCAKRHAgDrRwIA8UcCAD5IAgBESAIAkUgCAJZIAgDkSAIA6kgCAIn6DgA8SQIAikkCAJNJAgDdSQIA6kkCADBKAgA3SgIAg0oCAJRKAgDWSgIA20oCAClLAgA4SwIAfEsCAH5LAgDPSwIA4EsCACJMAgAuTAIAdUwCAHtMAgDITAIAzkwCABtNAgAgTQIAbk0CAHRNAgDc+g4A2E0CABROAgAgTgIAZ04CAHNOAgC6TgIAwE4CAA1PAgATTwIAYE8CAGVPAgCzTwIAuU8CAC/7DgAMUAIAToECAB1QAgBZUAIAYlACAKxQAgDCUAIA/1ACAAtRAgBSUQIAX1ECAKVRAgCvUQIA+FECAARSAgBLUgIAUVICAJ5SAgCkUgIA8VICAPZSAgBEUwIASlMCAIL7DgCgUwIA6lMCAPRTAgA9VAIAQlQCAJBUAgCgVAIA41QCAPxUAgA2VQIAO1UCAIlVAgCSVQIA3FUCAOlVAgAvVgIANlYCAIJWAgCFVgIA1VYCAOFWAgAoVwIAO1cCAHtXAgCKVwIAzlcCANpXAgAhWAIAIlgCAHRYAgB+WAIAx1gCANVYAgAaWQIAH1kCAG1ZAgB6WQIA1fsOAMNZAgATWgIAFloCAGZaAgBzWgIAfa0KAHVaAgC5WgIAu1oCAAxbAgAPWwIAX1sCAGlbAgCyWwIAvlsCAAVcAgAYXAIAWFwCAGdcAgCrXAIAt1wCAP5cAgD/XAIAUV0CAFtdAgCkXQIAsl0CAPddAgD8XQIASl4CAFdeAgAo/A4Anl4CAPBeAgD8XgIAQ18CAElfAgCWXwIAmF8CAOlfAgDzXwIAPGACAEpgAgCPYAIAlGACAOJgAgDvYAIANWECAEFhAgCIYQIAm2ECANthAgDqYQIALmICADpiAgCBYgIAgmICANRiAgDeYgIAJ2MCADVjAgB6YwIAf2MCAM1jAgDaYwIAe/wOAClkAgBzZAIALGQCAO9+CwB5ZAIAxmQCAMlkAgAZZQIAJ2UCAGxlAgBxZQIAv2UCAMxlAgASZgIAHmYCAGVmAgBrZgIAuGYCAL5mAgALZwIAEGcCAF5nAgBkZwIAzvwOALNnAgAEaAIAuGcCACNNDAATaAIAV2gCAHdoAgCqaAIAr2gCAP1oAgAYaQIAUGkCAFxpAgCjaQIAqWkCAPZpAgAGagIASWoCAFpqAgCcagIAoWoCAO9qAgDzagIAQmsCAE5rAgCVawIAm2sCAOhrAgDuawIAO2wCAEBsAgCObAIAlGwCACH9DgDwbAIAWGINAPdsAgA0bQIANW0CAIdtAgCYbQIA2m0CAOZtAgAtbgIAQ24CAIBuAgCMbgIA024CAOBuAgAmbwIAMG8CAHlvAgCFbwIAzG8CANNvAgAfcAIAK3ACAHJwAgB4cAIAxXACAMtwAgAYcQIAHXECAGtxAgBxcQIAdP0OAMBxAgCTiQ0Ax3ECABFyAgAScgIAZHICAGVyAgC3cgIAvHICAApzAgAQcwIAXXMCAGdzAgCwcwIAvHMCAAN0AgAKdAIAVnQCAFt0AgCpdAIAqnQCAPx0AgAIdQIAT3UCAFV1AgCidQIApHUCAPV1AgD/dQIASHYCAFZ2AgCbdgIAoHYCAO52AgD7dgIAQXcCAE13AgCUdwIAp3cCAOd3AgD2dwIAOngCAEZ4AgCNeAIAjngCAOB4AgDqeAIAM3kCAEF5AgCGeQIAi3kCANl5AgDmeQIAx/0OAD16AgB/egIAi3oCANJ6AgDpegIAJXsCACd7AgB4ewIAiXsCAMt7AgDNewIAHnwCACR8AgBxfAIAiHwCAMR8AgDNfAIAF30CAC19AgBqfQIAdn0CAL19AgDKfQIAEH4CABp+AgBjfgIAb34CALZ+AgDJfgIACX8CABh/AgBcfwIAaH8CAK9/AgCwfwIAAoACAAyAAgBVgAIAY4ACAKiAAgCtgAIA+4ACAAiBAgAa/g4AUIECAKGBAgC1gQIA9IECAAKCAgBHggIAVIICAJqCAgChggIA7YICAPmCAgBAgwIAU4MCAJODAgCYgwIA5oMCAO+DAgA5hAIAQ4QCAIyEAgCRhAIA34QCAO+EAgAyhQIAS4UCAIWFAgCKhQIA2IUCAOGFAgArhgIAOIYCAH6GAgCFhgIA0YYCANSGAgAkhwIAMIcCAHeHAgCKhwIAyocCANmHAgAdiAIAKYgCAHCIAgBxiAIAw4gCAM2IAgAWiQIAJIkCAGmJAgBuiQIAvIkCAMmJAgBt/g4AKIoCAGKKAgBuigIAtYoCALuKAgAIiwIAGIsCAFuLAgBgiwIArosCALSLAgABjAIAF4wCAFSMAgBWjAIAp4wCALGMAgD6jAIABo0CAE2NAgBgjQIAoI0CAK+NAgDzjQIA/40CAEaOAgBHjgIAmY4CAKOOAgDsjgIA+o4CAD+PAgBEjwIAko8CAJ+PAgDA/g4A6I8CAOcxDADvjwIABqkNAPGPAgDu8ggA8o8CAEWTAwD0jwIAOJACAEGQAgCLkAIAkZACAN6QAgDkkAIAMZECAD2RAgCEkQIAkZECANeRAgDhkQIAKpICAECSAgB9kgIAgpICANCSAgDXkgIAI5MCADGTAgB2kwIAhpMCAMmTAgDXkwIAHJQCACuUAgBvlAIAcZQCAMKUAgDMlAIAFZUCACOVAgBolQIAbZUCALuVAgDIlQIADpYCABqWAgBhlgIAdJYCALSWAgDDlgIAB5cCABOXAgBalwIAW5cCAK2XAgC3lwIAAJgCAA6YAgBTmAIAWJgCAKaYAgCzmAIAE/8OAPuYAgBMmQIABZkCANPqCABdmQIAn5kCAKiZAgDymQIA/pkCAEWaAgBNmgIAhwsQAFGaAgCYmgIAnpoCAOuaAgDxmgIAPpsCAEObAgCRmwIAl5sCAGb/DgDwmwIAN5wCAEecAgCKnAIAmJwCAN2cAgDqnAIAMJ0CADydAgCDnQIAip0CANadAgDenQIAuf8OADKeAgBkHg4ANp4CAI+zAgA6ngIAfJ4CAI2eAgDPngIA154CACKfAgDbngIAucELACyfAgB1nwIAep8CAMifAgDQnwIAG6ACAB2gAgBuoAIAJKACAPGlAgB2oAIAwaACANegAgAUoQIAIKECAGehAgB9oQIAuqECANOhAgANogIAGaICAGCiAgBmogIAs6ICALuiAgAGowIAFqMCAFmjAgBiowIArKMCALmjAgD/owIADqQCAFKkAgBcpAIApaQCALOkAgD4pAIA/aQCAEulAgBYpQIAnqUCAKalAgAMAA8A/qUCAESmAgBLpgIAl6YCAKOmAgDqpgIA+qYCAD2nAgBLpwIAkKcCAJ2nAgDjpwIA76cCADaoAgA9qAIAiagCAJGoAgBfAA8A6KgCAC+pAgA5qQIAgqkCAI2pAgDVqQIA2qkCACiqAgAvqgIAe6oCAIOqAgCyAA8A1qoCACGrAgAxqwIAdKsCAICrAgDHqwIAy6sCABqsAgAirAIAbawCAG+sAgDArAIAxqwCABOtAgAqrQIAZq0CAG+tAgC5rQIAz60CAAyuAgAYrgIAX64CAGyuAgCyrgIAvK4CAAWvAgAIrwIAWK8CAGCvAgCrrwIAta8CAP6vAgADsAIAUbACAFmwAgCksAIAtLACAPewAgAAsQIASrECAFexAgCdsQIArLECAPCxAgD6sQIAQ7ICAFGyAgCWsgIAm7ICAOmyAgD2sgIAPLMCAESzAgAFAQ8AnLMCAOKzAgCuswIAqWYEAOezAgA1tAIAP7QCAIi0AgCQtAIA27QCAJ+0AgALwA0A4bQCAC61AgDptAIAuM0LAOq0AgC/6AcA67QCAOG/AgDstAIAXY4KADq1AgCBtQIAg7UCACOnCwCItQIA1LUCAOC1AgAntgIANrYCAHq2AgCLtgIAzbYCAM+2AgAgtwIAJrcCAHO3AgB/twIAxrcCAM63AgBYAQ8AH7gCAKsBDwB4uAIA/gEPAMK4AgCkAg8AFbkCAPcCDwAXuQIAREUEAGi5AgBk4AoAcrkCALi5AgDCuQIAC7oCAA26AgBeugIAcboCALG6AgC5ugIAMuwLAL26AgAEuwIACrsCAFe7AgBduwIAqrsCAK+7AgD9uwIAA7wCAEoDDwBavAIAo7wCAKW8AgD2vAIAAL0CAEm9AgBXvQIAnL0CAKG9AgDvvQIA/L0CAEK+AgBOvgIAlb4CAJu+AgDovgIA7r4CADu/AgBAvwIAjr8CAJS/AgCdAw8A778CADTAAgBBwAIAh8ACAI7AAgDawAIA4sACAC3BAgAuwQIATz0KADDBAgCAwQIAQ8ECAF07CgCUwQIA08ECAOnBAgAmwgIAP8ICAHnCAgB+wgIAzMICAN3CAgDwAw8AMMMCAHLDAgB0wwIAxcMCAM/DAgAYxAIAJsQCAGvEAgBwxAIAvsQCAMvEAgARxQIAGcUCAGTFAgBwxQIAt8UCAHTFAgADxwIAvcUCAArGAgAQxgIAXcYCAGLGAgCwxgIAtsYCAEMEDwAFxwIAVscCAGTHAgCpxwIAuscCAJYEDwADyAIA6QQPAFfIAgCiyAIAlMgCADZGEACwyAIA9cgCALHIAgAlzgIAAskCAEjJAgBXyQIAm8kCAKDJAgDuyQIABMoCAEHKAgBCygIAlMoCAJbKAgDnygIA8coCADrLAgBIywIAjcsCAKbLAgDgywIA8csCADPMAgA/zAIAhswCAI7MAgDiBQ8A7cwCACzNAgAtzQIAf80CAIvNAgDSzQIA1c0CADUGDwAnzgIAeM4CAIXOAgDLzgIA2M4CAB7PAgAjzwIAcc8CAHvPAgDEzwIAzM8CABfQAgAn0AIAatACAHjQAgC90AIAytACABDRAgAX0QIAY9ECAGvRAgC20QIAudECAAnSAgAd0gIAXNICAHLSAgCv0gIAyNICAALTAgAH0wIAVdMCAGbTAgCIBg8AsNMCANsGDwC00wIAdwMJAMTTAgCLgRAACNQCAE7UAgBV1AIAodQCAK3UAgD01AIABNUCAEfVAgBV1QIAmtUCAKfVAgDt1QIA+dUCAEDWAgBH1gIALgcPAJXWAgDm1gIAmNYCAGDuAwDz1gIAOdcCAEbXAgCM1wIAkdcCAN/XAgDp1wIAMtgCADrYAgCF2AIAjtgCANjYAgDb2AIAK9kCADfZAgCBBw8Ag9kCANHZAgCK2QIASJgJANbZAgAk2gIALNoCAHfaAgCN2gIAytoCAMzaAgAd2wIAKtsCAHDbAgCE2wIA1AcPAMjbAgAW3AIAHtwCAC2QCQAg3AIAadwCAHHcAgC83AIAyNwCAA/dAgAc3QIAYt0CAGfdAgC13QIAvt0CAAjeAgAf3gIAW94CAGbeAgAnCA8AvN4CAAHfAgAE3wIAVN8CAFffAgCn3wIAtd8CAPrfAgAH4AIATeACAGTgAgCg4AIAqOACAPPgAgD54AIARuECAFLhAgCZ4QIAo+ECAOzhAgD14QIAP+ICAEXiAgCS4gIAn+ICAHoIDwDx4gIAOOMCAPPiAgDSnAkAR+MCAIvjAgCc4wIA3uMCAODjAgAx5AIAN+QCAITkAgCQ5AIA1+QCAN7kAgAq5QIAMuUCAH3lAgB/5QIA0OUCAN3lAgAj5gIAKuYCAHbmAgB+5gIAyeYCANbmAgAc5wIAIecCAG/nAgB55wIAwucCAMrnAgAV6AIAHugCAGjoAgBr6AIAu+gCAMfoAgAO6QIAFekCAM0IDwBu6QIAtOkCAHfpAgCR7gIAmOkCAAmhCQDP6QIAB+oCAAnqAgBa6gIAa+oCAK3qAgC76gIAAOsCAAfrAgBT6wIAW+sCAKbrAgCr6wIA+esCAPrrAgBM7AIAWOwCAJ/sAgCl7AIA8uwCAPTsAgBF7QIAT+0CAJjtAgCm7QIA6+0CAPDtAgA+7gIAS+4CACAJDwCS7gIA5O4CAOnuAgA37wIAPe8CAIrvAgCU7wIA3e8CAOnvAgAw8AIAN/ACAIPwAgCL8AIA1vACANjwAgAp8QIANvECAHzxAgCD8QIAz/ECANfxAgAi8gIAL/ICAHXyAgB68gIAyPICANLyAgAb8wIAI/MCAG7zAgB38wIAwfMCAMTzAgAU9AIAIPQCAGf0AgBu9AIAcwkPAMb0AgAYkwkAzvQCAA31AgAa9QIAYPUCAGr1AgCz9QIAtfUCAAb2AgAZ9gIAWfYCAGH2AgCs9gIAuPYCAP/2AgAF9wIAUvcCAFj3AgCl9wIAqvcCAPj3AgD+9wIAxgkPAFn4AgCe+AIArfgCAPH4AgAN+QIARPkCABH5AgAVOwMATPkCABkKDwCg+QIA6vkCAPf5AgA9+gIAR/oCAJD6AgCe+gIA4/oCAPn6AgA2+wIAQvsCAIn7AgCR+wIAbAoPAOL7AgAv/AIANfwCAIL8AgCH/AIA1fwCANv8AgC/Cg8ALf0CAHv9AgCE/QIAzv0CANj9AgAh/gIAKf4CAHT+AgB5/gIAx/4CANf+AgAa/wIAIv8CAG3/AgBz/wIAXwEDAIb/AgDA/wIAxf8CABMAAwAcAAMAZgADAHMAAwC5AAMAwAADAAwBAwAPAQMAEgsPAGEBAwCyAQMAvwEDAAUCAwAcAgMAWAIDAGQCAwBlCw8AwQIDAP4CAwD/AgMAUQMDAFsDAwCkAwMArAMDAPcDAwABBAMASgQDAE8EAwCdBAMApQQDAPAEAwDyBAMAQwUDAPMEAwBzCgMA9wQDABEYAwAGBQMAQhEDAEoFAwCWBQMAnQUDAOkFAwDxBQMAPAYDAEAGAwCPBgMAnQYDAOIGAwDsBgMANQcDAEAHAwCIBwMAkAcDANsHAwDgBwMALggDAEkIAwCBCAMAjQgDANQIAwDaCAMAJwkDADcJAwB6CQMAiwkDAM0JAwDSCQMAIAoDACQKAwC4Cw8AfAoDAMYKAwDfCgMAGQsDACMLAwBsCwMAcgsDAL8LAwDBCwMAEgwDACEMAwBlDAMAbwwDALgMAwDADAMACw0DAA8NAwBeDQMAbA0DALENAwC7DQMABA4DAA8OAwBXDgMAXw4DAKoOAwCvDgMA/Q4DABgPAwBQDwMAXA8DAKMPAwCpDwMA9g8DAAYQAwBJEAMAWhADAJwQAwChEAMA7xADAPMQAwALDA8ASxEDAJURAwCmEQMA6BEDAPIRAwA7EgMASRIDAI4SAwCPEgMA4RIDAPISAwA0EwMASBMDAIcTAwCPEwMA2hMDAN4TAwAtFAMAOxQDAIAUAwCKFAMA0xQDAN4UAwAmFQMALhUDAHkVAwB+FQMAzBUDAOcVAwAfFgMAKxYDAHIWAwB4FgMAxRYDANUWAwAYFwMAKRcDAGsXAwBwFwMAvhcDAMIXAwBeDA8AHxgDAGQYAwB/GAMAtxgDAMUYAwAKGQMAERkDAF0ZAwBpGQMAsBkDALgZAwCxDA8AERoDAFYaAwBgGgMAqRoDALQaAwD8GgMABBsDAE8bAwBUGwMAohsDAL0bAwD1GwMAARwDAEgcAwBOHAMAmxwDAKscAwDuHAMA/xwDAEEdAwBGHQMAlB0DAJgdAwAEDQ8A+B0DADoeAwBCHgMAjR4DAI4eAwDgHgMA5R4DADMfAwBBHwMAhh8DAJMfAwDZHwMA4x8DACwgAwA4IAMAfyADAIUgAwDSIAMA2iADACUhAwAsIQMAeCEDAIQhAwDLIQMA0SEDAB4iAwAqIgMAcSIDAIEiAwDEIgMA0CIDABcjAwAdIwMAaiMDAHYjAwC9IwMAyiMDABAkAwAfJAMAYyQDAG8kAwBXDQ8AuSQDAAklAwAMJQMAXCUDAGolAwCvJQMAxiUDAAImAwAPJgMAVSYDAGsmAwCoJgMAtCYDAPsmAwAIJwMATicDAFgnAwChJwMAqScDAPQnAwD+JwMARygDAEwoAwCaKAMAoigDAO0oAwD5KAMAQCkDAE0pAwCTKQMAnSkDAOYpAwDsKQMAOSoDAE0qAwCMKgMAlCoDAN8qAwDtKgMAMisDAD8rAwCFKwMAjSsDANgrAwDlKwMAKywDADksAwB+LAMAjywDANEsAwDZLAMAJC0DADotAwB3LQMAeS0DAMotAwDLLQMAqg0PACsuAwBwLgMAfy4DAMMuAwDPLgMAFi8DAB4vAwD9DQ8Abi8DALwvAwDFLwMADzADABwwAwBiMAMAaTADALUwAwC4MAMACDEDABAxAwBbMQMAYDEDAK4xAwC3MQMAATIDAAsyAwBUMgMAXDIDAKcyAwCsMgMA+jIDAAozAwBNMwMAVTMDAKAzAwCmMwMA8zMDAPUzAwBGNAMAUzQDAJk0AwCwNAMA7DQDAPg0AwBQDg8ASzUDAJI1AwCpNQMA5TUDAPE1AwA4NgMAPjYDAIs2AwCTNgMA3jYDAOU2AwAxNwMAPzcDAIQ3AwCfNwMA1zcDAOU3AwAqOAMAMTgDAH04AwCJOAMA0DgDANg4AwCjDg8ANzkDAHY5AwB+OQMAyTkDAPg5AwAcOgMAKDoDAG86AwB1OgMAwjoDAMc6AwD2Dg8AITsDAGg7AwBvOwMAuzsDAMM7AwAOPAMAEDwDAGE8AwBrPAMAtDwDALw8AwBJDw8AFT0DAKVKAwAWPQMAWj0DAFw9AwCtPQMAvj0DAAA+AwARPgMAUz4DAF8+AwCmPgMArT4DAPk+AwABPwMATD8DAHY/AwCfPwMApD8DAPI/AwDzPwMARUADAE9AAwCYQAMApkADAOtAAwDwQAMAPkEDAEtBAwCRQQMArUEDAORBAwAAQgMAnA8PAERCAwCKQgMAjkIDAN1CAwDjQgMAMEMDADJDAwCDQwMAhEMDANZDAwD5QwMAKUQDAE1EAwB8RAMApkQDAM9EAwDXRAMAIkUDACdFAwB1RQMAgkUDAMhFAwDQRQMAG0YDAB1GAwBuRgMAdkYDAMFGAwDrRgMAFEcDACFHAwBnRwMAbEcDALpHAwDHRwMADUgDABlIAwBgSAMAikgDALNIAwC7SAMABkkDACFJAwBZSQMAW0kDAKxJAwC9SQMA/0kDAAhKAwBSSgMAXkoDAO8PDwCySgMA+EoDAP9KAwBLSwMAV0sDAJ5LAwCxSwMA8UsDAPlLAwBETAMASUwDAJdMAwCgTAMA6kwDAPRMAwA9TQMARU0DAJBNAwCVTQMA400DAPNNAwA2TgMAPk4DAIlOAwCiTgMA3E4DAOFOAwAvTwMAOE8DAIJPAwCPTwMA1U8DANxPAwAoUAMAK1ADAEIQDwCAUAMAzlADAIhQAwCdHwsA11ADACFRAwApUQMAdFEDAH9RAwDHUQMAyVEDABpSAwA1UgMAbVIDAHlSAwDAUgMAyFIDAJUQDwAgUwMAZlMDAG5TAwC5UwMAxVMDAAxUAwASVAMAX1QDAGVUAwCyVAMAt1QDAAVVAwALVQMA6BAPAGVVAwCrVQMAs1UDAP5VAwASVgMAUVYDAFZWAwCkVgMArVYDAPdWAwD9VgMASlcDAFJXAwCdVwMAoFcDAPBXAwANWAMAQ1gDAFRYAwCWWAMAnlgDAOlYAwDsWAMAPFkDAFBZAwCPWQMAnFkDAOJZAwDsWQMANVoDADdaAwCIWgMAm1oDAI4RDwDgWgMALlsDAD9bAwCBWwMAilsDANRbAwDqWwMAJ1wDADRcAwB6XAMAglwDAM1cAwDsXAMA4REPACxdAwBzXQMAe10DADQSDwDJXQMAGV4DACFeAwBsXgMAeV4DAL9eAwDEXgMAEl8DABpfAwBlXwMAZl8DALhfAwC6XwMAC2ADABFgAwBeYAMAYGADALFgAwDHYAMABGEDABBhAwBXYQMAYWEDAKphAwC2YQMA/WEDAANiAwBQYgMAWGIDAKNiAwDUYgMAhxIPAP9iAwBJYwMAU2MDAJxjAwCkYwMA72MDAPBjAwBCZAMASGQDAJVkAwChZAMA6GQDAOlkAwA7ZQMAPWUDAI5lAwCUZQMA4WUDAO1lAwA0ZgMAO2YDAIdmAwCPZgMA2mYDAN1mAwAtZwMAN2cDAIBnAwCCZwMA02cDAN1nAwAmaAMAMmgDAHloAwCPaAMAzGgDANhoAwAfaQMALGkDAHJpAwB8aQMAxWkDAM1pAwAYagMAKmoDANoSDwBtagMAvmoDAMhqAwARawMAE2sDAGRrAwB9awMAt2sDALlrAwAKbAMADWwDAF1sAwBpbAMAsGwDALhsAwAtEw8AF20DAFZtAwBZbQMAqW0DALNtAwD8bQMACG4DAE9uAwBlbgMAom4DAKpuAwD1bgMAA28DAEhvAwBLbwMAm28DAKNvAwDubwMA8W8DAEFwAwD8bwMAEHcDAEtwAwCUcAMATHADAH9zAwCWcAMA53ADAO1wAwA6cQMARHEDAI1xAwCbcQMA4HEDAO1xAwAzcgMASnIDAIZyAwCOcgMA2XIDAOJyAwAscwMALXMDAIATDwCIcwMA0nMDANxzAwAldAMAL3QDAHh0AwCGdAMAy3QDANh0AwAedQMANXUDAHF1AwB5dQMAxHUDAMt1AwAXdgMAHHYDAGp2AwBudgMAvXYDAMp2AwDTEw8AHXcDAGN3AwBrdwMAtncDALx3AwAJeAMAFXgDAFx4AwBreAMAr3gDALR4AwACeQMAHXkDAFV5AwBheQMAqHkDAK55AwD7eQMAD3oDAE56AwBWegMAoXoDALd6AwD0egMA+XoDAEd7AwBOewMAmnsDAKZ7AwAmFA8A9HsDAEB8AwBOfAMAk3wDAKB8AwDmfAMA/XwDADl9AwBBfQMAjH0DAJJ9AwDffQMA630DADJ+AwA5fgMAhX4DAJN+AwDYfgMA234DACt/AwAzfwMAfn8DAIx/AwDRfwMA1H8DACSAAwAsgAMAd4ADAIiAAwDKgAMAz4ADAB2BAwAfgQMAcIEDAHeBAwDDgQMA0YEDABaCAwAjggMAaYIDAICCAwC8ggMAxIIDAA+DAwAZgwMAYoMDAG2DAwC1gwMAwYMDAAiEAwAQhAMAeRQPAF2EAwCuhAMAuIQDAAGFAwADhQMAVIUDAFeFAwCnhQMAs4UDAPqFAwAEhgMATYYDAFWGAwCghgMAroYDAPOGAwAAhwMARocDAE6HAwCZhwMAr4cDAOyHAwD4hwMAP4gDAFWIAwCSiAMAl4gDAOWIAwDriAMAOIkDAEyJAwDMFA8AjokDAN6JAwDmiQMAMYoDAD+KAwCEigMAR4oDAKwtBwCRigMA14oDAN+KAwAqiwMANIsDAH2LAwCIiwMA0IsDANyLAwAjjAMAK4wDAB8VDwB8jAMAyYwDAM6MAwAcjQMAK40DAG+NAwB7jQMAwo0DAMWNAwAVjgMAGI4DAGiOAwBwjgMAu44DAMCOAwAOjwMAHo8DAGGPAwBpjwMAtI8DALePAwAHkAMAEZADAFqQAwBckAMArZADALOQAwAAkQMACpEDAFORAwBhkQMAppEDALORAwD5kQMAEJIDAEySAwBUkgMAn5IDAKiSAwDykgMA85IDAHIVDwBRkwMAmJMDAJuTAwAl9wgAp5MDAOuTAwCrkwMAQucIAPWTAwA+lAMARpQDAAQHBABKlAMAbqYNAEyUAwCRlAMAWpQDAMDcBwCWlAMA5JQDAJ6UAwCf3gQA8ZQDADeVAwA6lQMAJFYJAD2VAwDCvQgAP5UDAIqVAwBBlQMADJkFAEOVAwAqfQUAjZUDAE9SBwCQlQMA7/sFAJSVAwDdlQMAmJUDAM4mCQCalQMADSwHAOKVAwAwlgMA6ZUDALs0BAA4lgMAg5YDAIaWAwDWlgMA4pYDACmXAwAvlwMAfJcDAJeXAwDPlwMA25cDACKYAwAomAMAdZgDAH2YAwDImAMAypgDABuZAwDNmAMAwZkDACWZAwBumQMAdpkDAMUVDwDOmQMAFJoDAByaAwBnmgMAapoDALqaAwC/mgMADZsDABybAwBgmwMAgJsDALObAwC/mwMABpwDABCcAwBZnAMAYZwDAKycAwC+nAMAaxYPAAmdAwBSnQMAYJ0DAKWdAwCynQMA+J0DAA+eAwBLngMAU54DAJ6eAwCtngMA8Z4DAPaeAwBEnwMAUZ8DAJefAwCknwMA6p8DAPafAwA9oAMATKADAJCgAwCaoAMA46ADAPGgAwA2oQMAO6EDAImhAwCWoQMA3KEDAN+hAwAvogMAN6IDAIKiAwCHogMA1aIDAOKiAwAoowMAMKMDAHujAwCEowMAzqMDANujAwAhpAMAL6QDAHSkAwCHpAMAx6QDAM+kAwAapQMAIaUDAG2lAwBypQMAwKUDANalAwATpgMAFaYDAGamAwB0pgMAuaYDAMamAwAMpwMAFKcDAF+nAwBipwMAsqcDALenAwAFqAMAFKgDAFioAwB4qAMAq6gDALeoAwD+qAMACKkDAFGpAwBZqQMApKkDALapAwC+Fg8ACKoDAEqqAwBRqgMAnaoDAKWqAwDwqgMA/aoDAEOrAwBIqwMAlqsDAKCrAwDpqwMA8asDADysAwA+rAMAWmYJAEGsAwByTQcARqwDAFeKCQBLrAMAj6wDAEysAwBlPAgAlKwDAOKsAwDvrAMANa0DAEKtAwCIrQMAlK0DANutAwDqrQMALq4DADiuAwCBrgMAia4DANSuAwDergMAJ68DACyvAwB6rwMAgq8DABEXDwDZrwMAILADACawAwBzsAMAjrADAMawAwDSsAMAGbEDAB+xAwBssQMAiLEDAL+xAwDHsQMAZBcPABqyAwBlsgMAb7IDALiyAwDDsgMAC7MDABezAwBeswMAZrMDALcXDwC9swMABLQDAAq0AwBXtAMAcrQDAKq0AwC2tAMA/bQDAAO1AwBQtQMAWLUDAKO1AwCptQMA9rUDAP+1AwBJtgMAVrYDAJy2AwCptgMA77YDAP22AwBCtwMAT7cDAJW3AwCstwMA6LcDAPC3AwA7uAMAQLgDAI64AwBMuAMAgLoDAJu4AwDhuAMA6bgDADS5AwA/uQMAh7kDAIy5AwDauQMA3bkDAC26AwA3ugMAChgPAIW6AwDTugMA4roDACa7AwAouwMAebsDAIq7AwDMuwMA3bsDAB+8AwAzvAMAXRgPAIO8AwDFvAMAyLwDABi9AwDNvAMAlfUGANK8AwAcmg0AIr0DAGu9AwBtvQMAvr0DAMi9AwARvgMAHb4DAGS+AwCMvgMAt74DAMK+AwCocgQA3b4DAAq/AwA8vwMAXb8DAIO/AwCwvwMA1r8DAAPAAwA2wAMAVsADAIbAAwCpwAMAscADAPzAAwAkwQMAT8EDAIPBAwCiwQMA0sEDAPXBAwD9wQMASMIDAFfCAwCbwgMAoMIDAO7CAwD3wgMAQcMDAPvCAwC2ygMAUsMDAJTDAwCbwwMA58MDAO/DAwA6xAMAR8QDAI3EAwCSxAMA4MQDAOrEAwAzxQMAO8UDAIbFAwCQxQMAMtEDAJXFAwDZxQMA3sUDACzGAwA5xgMAf8YDAIzGAwDSxgMA3sYDACXHAwA0xwMAeMcDAILHAwDLxwMA08cDAB7IAwAoyAMAccgDAHbIAwDEyAMAzMgDALAYDwAjyQMAaskDAHDJAwC9yQMA2MkDABDKAwAcygMAY8oDAGnKAwADGQ8Aw8oDAAnLAwAVywMAXMsDAGvLAwCvywMAucsDAALMAwAQzAMAVcwDAFrMAwCozAMAtcwDAPvMAwADzQMATs0DAFjNAwChzQMAps0DAPTNAwD8zQMAR84DAErOAwCazgMAps4DAO3OAwDzzgMAQM8DAFvPAwCTzwMAn88DAObPAwDszwMAOdADAEHQAwCM0AMAjtADAN/QAwDp0AMAVhkPADjRAwCF0QMAh9EDANjRAwDl0QMAK9IDAC7SAwB+0gMAj9IDANHSAwDT0gMAJNMDAC7TAwB30wMAg9MDAMrTAwDS0wMAqRkPACLUAwBw1AMAc9QDAMPUAwDN1AMAFtUDAB7VAwBp1QMAdtUDALzVAwC+1QMAD9YDACXWAwBi1gMAbtYDAPwZDwDR1gMACNcDACTXAwBPGg8AYNcDAK7XAwC71wMAAdgDAA7YAwBU2AMAYNgDAKfYAwC22AMA+tgDAATZAwBN2QMAW9kDAKDZAwCl2QMA89kDAADaAwBG2gMAX9oDAJnaAwCb2gMA7NoDAPPaAwCiGg8AXNsDAJLbAwCj2wMA5dsDAPHbAwA43AMAS9wDAIvcAwCa3AMA3twDAOrcAwAx3QMAMt0DAITdAwCO3QMA190DAOXdAwAq3gMAL94DAH3eAwCK3gMA9RoPANXeAwAj3wMAMN8DAHbfAwCD3wMAyd8DANXfAwAc4AMAK+ADAG/gAwB54AMAwuADANDgAwAV4QMAGuEDAGjhAwB14QMAu+EDAMPhAwDuGw8AE+IDAGHiAwBp4gMAQRwPALbiAwAH4wMAFeMDAFrjAwBr4wMAlBwPALTjAwDnHA8ABeQDAFPkAwBb5AMApuQDALXkAwD55AMA/uQDAEzlAwBZ5QMAn+UDAKzlAwDy5QMA/uUDAEXmAwBU5gMAmOYDAKLmAwCNHQ8A7eYDAODYDADx5gMApB4LAP7mAwA+5wMATecDAJHnAwCd5wMA5OcDAOXnAwA36AMAQegDAIroAwCY6AMA3egDAOLoAwAw6QMAPekDAOAdDwCH6QMA1ukDAOHpAwAp6gMAN+oDAHzqAwCN6gMAz+oDANvqAwAi6wMAKusDADMeDwB66wMAyOsDANXrAwAb7AMAKOwDAG7sAwB67AMAwewDANDsAwAU7QMAHu0DAGftAwB17QMAuu0DAMftAwAN7gMAJO4DAIYeDwBt7gMAs+4DAMDuAwAG7wMAEu8DAFnvAwBo7wMArO8DALbvAwD/7wMADfADAFLwAwAb8AMAc40IAFfwAwCl8AMAsvADAPjwAwAA8QMA2R4PAFfxAwCe8QMArvEDAPHxAwD68QMARPIDAEfyAwCX8gMAo/IDAOryAwDx8gMALB8PAErzAwCQ8wMAn/MDAOPzAwDk8wMANvQDAE30AwCJ9AMAo/QDANz0AwDo9AMAL/UDAEL1AwCC9QMAkfUDANX1AwDh9QMAKPYDACn2AwB79gMAhfYDAM72AwDc9gMAIfcDACb3AwB09wMAgfcDAH8fDwDh9wMAGvgDACn4AwBt+AMAb/gDAMD4AwBy+AMA6f4DAM34AwAT+QMAIPkDAGb5AwBr+QMAufkDAMP5AwAM+gMAG/oDAF/6AwBk+gMAsvoDAL/6AwAF+wMAEvsDAFj7AwBk+wMAq/sDALr7AwD++wMACPwDAFH8AwBe/AMApPwDAKn8AwD3/AMA+/wDAEr9AwBW/QMAnf0DAKP9AwDw/QMA9v0DAEP+AwBI/gMAlv4DAJz+AwDSHw8A9v4DADz/AwBJ/wMAj/8DAJv/AwDi/wMA8f8DADUABAA/AAQAiAAEAJYABADbAAQA4AAEAC4BBAA7AQQAgQEEAIgBBADUAQQA2QEEACcCBAAzAgQAegIEAH0CBADNAgQA2gIEACADBAAlAwQAcwMEAH0DBADGAwQA0gMEABkEBAAsBAQAbAQEAHoEBAC/BAQAwgQEABIFBAAcBQQAZQUEAHEFBAC4BQQAvgUEAAsGBAARBgQAXgYEAGMGBACxBgQAtwYEACUgDwAOBwQA0CMGABAHBAAhLggAEwcEAFcHBABZBwQAqgcEALsHBAD9BwQADggEAFAIBABYCAQAowgEALMIBAD2CAQA+AgEAEkJBABXCQQAnAkEAK0JBAB4IA8A9gkEAMsgDwBDCgQAlQoEAJoKBADoCgQA7goEADsLBABFCwQAjgsEAJoLBADhCwQA5wsEADQMBAA6DAQAhwwEAIwMBADaDAQA4AwEAB4hDwA7DQQAgA0EAJkNBADTDQQA1A0EACYOBABDDgQAeQ4EAJMOBADMDgQAzw4EAB8PBAAkDwQAFyIPAIsPBADFDwQAyw8EABgQBADbDwQA7IAEABoQBABrEAQAcRAEAL4QBADSEAQAEREEABkRBABkEQQAcREEALcRBAC8EQQAChIEABQSBABdEgQAZRIEALASBADBEgQAAxMEAAgTBABWEwQAWBMEAKkTBACwEwQA/BMEAAgUBABPFAQAVhQEAKIUBAC+FAQA9RQEAP0UBABqIg8ATRUEAJsVBACdFQQA7hUEAPUVBABBFgQATxYEAJQWBAChFgQA5xYEAP4WBAA6FwQAQhcEAI0XBACXFwQA4BcEAKMXBAC1fAQA6xcEADMYBAA/GAQAhhgEAI4YBAC9Ig8A2hgEACwZBAAxGQQAfxkEAIIZBADSGQQA3BkEACUaBAA8GgQAeBoEAH4aBADLGgQA1xoEAB4bBAAhGwQAcRsEAI4bBADEGwQA1RsEABccBAA2HAQAahwEAHIcBAC9HAQAvxwEABAdBAAfHQQAYx0EAG0dBAC2HQQAxB0EAAkeBAAkHgQAXB4EAGgeBACvHgQAtx4EABAjDwAOHwQAVR8EAGQfBACoHwQArR8EAPsfBAABIAQATiAEAFUgBAChIAQAqSAEAPQgBAD2IAQARyEEAE4hBACaIQQAnCEEAO0hBADuIQQAQCIEAEoiBACTIgQAnyIEAOYiBADsIgQAOSMEAFMjBACMIwQAlCMEAN8jBAD1IwQAMiQEAEAkBACFJAQAiCQEANgkBADbJAQAKyUEADklBAB+JQQAiyUEANElBADoJQQAJCYEACwmBAB3JgQAeSYEAMomBADSJgQAHScEADQnBABwJwQAfCcEAMMnBADZJwQAFigEAB4oBABpKAQAdygEALwoBADGKAQADykEABcpBABiKQQAaSkEALUpBADBKQQACCoEAAkqBABbKgQAZyoEAK4qBAC7KgQAASsEAAgrBABUKwQAVysEAKcrBACvKwQA+isEAP8rBABNLAQAWiwEAKAsBADOLAQA8ywEAPssBABjIw8ATi0EAI9YDwBiLQQAmS0EAKEtBAC2Iw8A+i0EAD8uBABBLgQAki4EAKMuBADlLgQA7S4EADgvBABELwQAiy8EAJEvBADeLwQA5C8EADEwBAA2MAQAhDAEAIowBAAJJA8A3DAEACoxBADjMAQAngwMADIxBAB9MQQAgjEEAEhFCQCDMQQALEIKAIkxBABw/QkAjDEEANAxBACOMQQAlD8KANUxBAAjMgQA1jEEANFcCAAwMgQAdjIEAIMyBADJMgQA1TIEABwzBAArMwQAbzMEAHkzBABVJQ8AzDMEABU0BAAaNAQAaDQEAHA0BACoJQ8AwTQEAA41BAAkNQQAYTUEAG81BAC0NQQAwTUEAAc2BAAJNgQAWjYEAGQ2BACtNgQAuTYEAAA3BAAHNwQAUzcEAFs3BACmNwQArTcEAPk3BAACOAQATDgEAFg4BACfOAQApzgEAE4mDwD3OAQARTkEAE05BACYOQQApzkEAOs5BADwOQQAPjoEAEs6BACROgQAnjoEAOQ6BADwOgQANzsEAEY7BACKOwQAlDsEAN07BADrOwQAMDwEADU8BACDPAQAkDwEANY8BADePAQAKT0EADM9BAB8PQQAij0EAM89BADlPQQAIj4EAC4+BAB1PgQAej4EAMg+BADRPgQAGz8EACU/BAChJg8AeD8EAME/BADNPwQAFEAEABxABAD0Jg8AbEAEALpABADHQAQADUEEABpBBABgQQQAbEEEALNBBADCQQQABkIEABBCBABZQgQAcUIEAKxCBAC2QgQA/0IEAA1DBABSQwQAaEMEAKVDBACxQwQA+EMEAP1DBABLRAQAVEQEAJ5EBACoRAQA8UQEAPlEBABHJw8AUUUEAJdFBABaRQQAQIIOAKRFBADqRQQA9kUEAD1GBABMRgQAkEYEAJpGBADjRgQA8UYEADZHBABDRwQAiUcEAKBHBADcRwQA5EcEAC9IBAA5SAQAgkgEAIdIBADVSAQA3UgEAJonDwA0SQQAe0kEAIFJBADOSQQA6UkEACFKBAAtSgQAdEoEAHpKBADHSgQA40oEABpLBAAiSwQA7ScPAHJLBADASwQAzUsEABNMBAAgTAQAZkwEAHJMBAC5TAQAyEwEAAxNBAAWTQQAX00EAG1NBACyTQQAt00EAAVOBAASTgQAWE4EAGBOBABAKA8At04EAP5OBAAOTwQAUU8EAFpPBACkTwQAp08EAPdPBAADUAQASlAEAFFQBACTKA8Aq1AEAPBQBAAGUQQAQ1EEAE9RBACWUQQAnVEEAOlRBADxUQQAPFIEAEFSBACPUgQAmFIEAOJSBADsUgQA5igPADpTBACIUwQAQVMEAL9XBACQUwQA21MEAOFTBAAuVAQAM1QEAIFUBACKVAQA1FQEAN5UBAAnVQQAM1UEAHpVBACCVQQAOSkPANJVBAAgVgQAKFYEAHNWBAB+VgQAxlYEAMtWBAAZVwQAHFcEAGxXBAB2VwQAjCkPAMlXBAASWAQAFlgEAGVYBABqWAQAuFgEAL5YBAALWQQAK1kEAF5ZBABmWQQAsVkEAL9ZBAAEWgQAB1oEAFdaBABfWgQAqloEALNaBAD9WgQAClsEAFBbBABWWwQAo1sEAK9bBAD2WwQA+FsEAElcBABYXAQAnFwEAKdcBADvXAQA8VwEAEJdBABbXQQAlV0EAKZdBADoXQQA9F0EAN8pDwBDXgQAjl4EAK5eBADhXgQA714EADRfBABBXwQAh18EAI5fBADaXwQA9l8EAC1gBAA1YAQAMioPAIVgBADTYAQA4GAEACZhBAAzYQQAeWEEAIVhBADMYQQA22EEAB9iBAApYgQAcmIEAIdiBADFYgQAzWIEABhjBAAnYwQAa2MEAG1jBAC+YwQAx2MEABFkBAAUZAQAZGQEAHBkBAC3ZAQA02QEAAplBAASZQQAhSoPAGJlBACwZQQAxmUEAANmBAAPZgQAVmYEAHlmBADYKg8As2YEAPxmBAAEZwQAT2cEAFVnBAB3sAgAXmcEAKJnBACnZwQA9WcEAAJoBABIaAQAVWgEAJtoBACnaAQA7mgEAP1oBABBaQQAS2kEAJRpBACcaQQA52kEAPFpBAA6agQAP2oEAI1qBACVagQAKysPAONqBAAzawQAUGsEAIZrBACXawQA2WsEAOdrBABduAQAD2wEACxsBABIbAQAf2wEAJtsBAB+Kw8A2GwEACVtBAArbQQAeG0EAH1tBADLbQQA0W0EANErDwAjbgQAcW4EAH5uBADEbgQA0W4EABdvBAAjbwQAam8EAHlvBAC9bwQAx28EABBwBAAecAQAY3AEAGhwBAC2cAQAw3AEAAlxBAAVcQQAXHEEAGJxBACvcQQAtXEEAAJyBAAHcgQAVXIEAFtyBADKLA8AvHIEAPtyBAAhcwQATnMEAHRzBAChcwQAx3MEAPRzBAAkdAQAR3QEAE90BACadAQAwnQEAO10BAAjdQQAQHUEAGZ1BACTdQQAuXUEAOZ1BAAcdgQAOXYEAGl2BACMdgQAlHYEAN92BADkdgQAHc0EAO52BAAydwQAN3cEAIV3BACSdwQA2HcEAOV3BAAreAQAN3gEAH54BACNeAQA0XgEANt4BAAkeQQAMnkEAHd5BAB8eQQAynkEANd5BAAdegQAJXoEAHB6BAB2egQAw3oEAHp6BACFygQAz3oEABZ7BAAmewQAaXsEAHJ7BAC8ewQAv3sEAA98BAAbfAQAYnwEAGl8BAAdLQ8AyXwEAAh9BAALfQQAW30EAHh9BACufQQAv30EAAF+BAAIfgQAVH4EAG1+BACnfgQAr34EAPp+BAAQfwQATX8EAFJ/BACgfwQAp38EAPN/BAD8fwQARoAEAFeABACZgAQApYAEAHAtDwDugAQAKoQEAACBBAA/gQQAQoEEAJKBBACvgQQA5YEEAPaBBAA4ggQAR4IEAIuCBACcggQA3oIEAOyCBAAxgwQAPYMEAISDBACRgwQA14MEAOGDBADDLQ8AMIQEAH2EBACLhAQA0IQEANKEBAAjhQQAKoUEAHaFBACPhQQAFi4PANKFBAAchgQAKYYEAG+GBAB9hgQAwoYEANGGBAAVhwQAF4cEAGiHBAByhwQAu4cEAMmHBAAOiAQAE4gEAGGIBABuiAQAtIgEALeIBAAHiQQAE4kEAFqJBABtiQQArYkEALyJBAAAigQADIoEAFOKBABUigQApooEALCKBAD5igQAB4sEAEyLBABRiwQAn4sEAKyLBABpLg8A94sEAEWMBABbjAQAmIwEAK6MBADrjAQA9IwEAD6NBABLjQQAkY0EAJ+NBADkjQQA840EADeOBAA5jgQAio4EAJSOBADdjgQA644EADCPBAA1jwQAg48EAJCPBADWjwQA2Y8EACmQBAAxkAQAfJAEAI2QBADPkAQA3ZAEACKRBAAvkQQAdZEEAJWRBADIkQQA0JEEABuSBAArkgQAbpIEAHCSBADBkgQAz5IEABSTBAAlkwQAYi8PAG2TBAC6kwQAxpMEALUvDwAUlAQAYJQEABqUBABKQgYAZ5QEALOUBAC5lAQABpUEABKVBABZlQQAXJUEAKyVBACvlQQA/5UEACqWBABSlgQAdZYEAKWWBACwlgQA+JYEAP2WBABLlwQATpcEAJ6XBAColwQA8ZcEAByYBAAIMA8ASZgEAJeYBACkmAQA6pgEAPeYBAA9mQQASZkEAJCZBACfmQQA45kEAO2ZBAA2mgQAPpoEAImaBACTmgQA3JoEAOGaBAAvmwQAN5sEAFswDwCPmwQA1ZsEAOmbBAAonAQAMJwEAHucBACAnAQAzpwEAN6cBAAhnQQAKZ0EAHSdBAB+nQQAx50EANKdBAAangQAJp4EAG2eBAB1ngQArjAPAMGeBAATnwQAH58EAGafBAB1nwQAuZ8EAMefBAAMoAQAHKAEAF+gBABtoAQAsqAEAL6gBAAFoQQADKEEAFihBABgoQQAq6EEAMGhBAD+oQQAEqIEAFGiBABUogQApKIEAMGiBAD3ogQACKMEAEqjBABSowQAnaMEAKijBADwowQA9aMEAEOkBABGpAQAlqQEAKCkBADppAQA7KQEAAExDwA+pQQA6jAHAEGlBACPpQQAkqUEAOKlBADspQQANaYEAD2mBACIpgQAp6YEAFQxDwDvpgQALqcEAFSnBACBpwQAp6cEANSnBAD6pwQAJ6gEAF6oBAB6qAQAsKgEAM2oBADzqAQAIKkEAEapBABzqQQAqakEAMapBADqqQQAGaoEADWqBABsqgQAdKoEAKcxDwDEqgQAEqsEAB+rBABlqwQAcqsEALirBADEqwQAC6wEABqsBABerAQAaKwEALGsBAC/rAQABK0EAAmtBABXrQQAZK0EAKqtBACyrQQA+jEPAAmuBABQrgQAYK4EAKOuBACsrgQA9q4EAPmuBABJrwQAVa8EAJyvBACjrwQATTIPAP2vBABCsAQAWLAEAJWwBAChsAQA6LAEAO+wBAA7sQQAQ7EEAI6xBACTsQQA4bEEAOqxBAA0sgQAPrIEAKAyDwCIsgQA2rIEAOayBAAtswQAM7MEAICzBACCswQA07MEAN2zBAAmtAQANLQEAHm0BAB+tAQAzLQEANm0BAAftQQAJ7UEAHK1BAB8tQQAxbUEANO1BAAYtgQALrYEAGu2BAB3tgQAvrYEAMW2BAARtwQAGbcEAGS3BABptwQAt7cEAMC3BAAKuAQAFLgEAPMyDwB1uAQAsLgEALO4BAADuQQAILkEAFa5BABnuQQAqbkEAMG5BAD8uQQACLoEAE+6BABiugQAoroEALG6BAD1ugQAAbsEAEi7BABJuwQAm7sEAKW7BADuuwQA/LsEAEG8BABGvAQAlLwEAKG8BABGMw8A7LwEADq9BABHvQQAjb0EAJq9BADgvQQA7L0EADO+BABCvgQAhr4EAJC+BADZvgQA574EACy/BAAxvwQAf78EAIy/BADSvwQA2r8EAD80DwAxwAQAeMAEAIjABADLwAQA1MAEAB7BBAAhwQQAccEEAH3BBADEwQQAy8EEAJI0DwAlwgQAasIEAIDCBAC9wgQAycIEABDDBAAXwwQAY8MEAGvDBAC2wwQAu8MEAAnEBAASxAQAXMQEAGbEBADlNA8AsMQEAALFBAAOxQQAVcUEAFvFBACoxQQAqsUEAPvFBAAFxgQATsYEAFzGBAChxgQApsYEAPTGBAABxwQAR8cEAE/HBACaxwQApMcEAO3HBAD7xwQAQMgEAFbIBACTyAQAn8gEAObIBADtyAQAOckEAEHJBACMyQQAkckEAN/JBADoyQQAMsoEADzKBAA4NQ8Ak8oEANjKBADuygQAK8sEADfLBAB+ywQAhcsEANHLBADZywQAJMwEACnMBAB3zAQAgMwEAMrMBADUzAQAizUPAB7NBABwzQQAfM0EAMPNBADJzQQAFs4EABjOBABpzgQAc84EALzOBADKzgQAD88EABTPBABizwQAb88EALXPBAC9zwQACNAEABLQBABb0AQAadAEAK7QBADE0AQAAdEEAA3RBABU0QQAW9EEAKfRBACv0QQA+tEEAP/RBABN0gQAVtIEAKDSBACq0gQA3jUPAPXSBACwNAsAAdMEAEbTBABX0wQAmdMEAJ7TBADs0wQAA9QEAD/UBABT1AQAktQEAKrUBADl1AQA9NQEADjVBAA91QQAi9UEAJjVBADe1QQA69UEADHWBAA91gQAhNYEAJPWBADX1gQA4dYEACrXBAAy1wQAfdcEAJvXBADQ1wQA2NcEACPYBAAs2AQAdtgEAIPYBADJ2AQAy9gEABzZBAA12QQAb9kEAIDZBADC2QQAztkEABXaBAAd2gQAMTYPAG3aBAC72gQAw9oEAA7bBAAd2wQAYdsEAGbbBAC02wQAwdsEAAfcBAAU3AQAWtwEAGbcBACt3AQAvNwEAADdBAAK3QQAU90EAFvdBACm3QQAsN0EAPndBAD+3QQATN4EAFTeBACENg8Att4EAPLeBAD63gQARd8EAE/fBACY3wQAnd8EAOvfBADz3wQA1zYPAEPgBACR4AQAmuAEAGC9CgCe4AQA5OAEAKfgBACFOA0A7uAEABsADQDx4AQAN+EEAEPhBACK4QQAmeEEAN3hBADn4QQAMOIEADjiBABMDgoAPuIEAIPiBACQ4gQA1uIEAO3iBAAp4wQAMeMEAHzjBACG4wQAz+MEANTjBAAi5AQAKuQEACo3DwCC5AQAyOQEANbkBAAb5QQALuUEAG7lBAB25QQAweUEAMTlBAAU5gQAGeYEAGfmBAB25gQAuuYEANrmBAAN5wQAGecEAGDnBABq5wQAs+cEAM/nBAAG6AQADugEAH03DwBs6AQArOgEALLoBAD/6AQAC+kEAFLpBABc6QQApekEAKvpBAD46QQABuoEAEvqBABX6gQAnuoEAKHqBADx6gQA8uoEAETrBABQ6wQAl+sEAJ3rBADq6wQA8OsEAD3sBABJ7AQAkOwEAK3sBADj7AQA7OwEADbtBABC7QQAie0EAIztBADc7QQA5u0EAC/uBAA77gQAgu4EAIjuBADV7gQA2+4EACjvBAAt7wQAe+8EAIHvBADQNw8A2u8EACHwBAAj8AQAdPAEAIPwBADH8AQA0vAEABrxBAAm8QQAbfEEAHTxBADA8QQAyPEEABPyBAAd8gQAZvIEAHHyBAC58gQAxfIEAAzzBAAU8wQAyTgPAGHzBACy8wQAxfMEAAX0BAAN9AQAWPQEAF70BACr9AQAt/QEAP70BAAI9QQAUfUEAFf1BACk9QQAsvUEAPf1BAAD9gQASvYEAE32BACd9gQApfYEAPD2BADx9gQAQ/cEAE/3BACW9wQAnPcEAOn3BADx9wQAPPgEAEL4BACP+AQAm/gEAOL4BAD/+AQANfkEAD75BACI+QQAlPkEANv5BADe+QQALvoEADj6BACB+gQAifoEANT6BADl+gQAJ/sEADX7BAB6+wQAkPsEAM37BADb+wQAIPwEACr8BAAcOQ8AgvwEAMb8BADR/AQAGf0EACX9BABs/QQAc/0EAL/9BADH/QQAEv4EABz+BABl/gQAcP4EALj+BADE/gQAC/8EABP/BABvOQ8AYP8EALH/BADE/wQABAAFAAwABQBXAAUAXQAFAKoABQC2AAUA/QAFAAcBBQBQAQUAVgEFAKMBBQCxAQUA9gEFAAICBQBJAgUATAIFAJwCBQCkAgUA7wIFAPACBQBCAwUATgMFAJUDBQCbAwUA6AMFAPADBQA7BAUAQQQFAI4EBQCaBAUA4QQFAP4EBQA0BQUAPQUFAIcFBQCTBQUA2gUFAN0FBQAtBgUANwYFAIAGBQCIBgUA0wYFAOQGBQAmBwUANAcFAHkHBQCPBwUAzAcFANoHBQAfCAUAKQgFAHIIBQB6CAUAxQgFAOgIBQDCOQ8AIwkFAGsJBQB5CQUAvgkFAM0JBQARCgUAHAoFAGQKBQBsCgUAtwoFAMUKBQAKCwUADQsFAF0LBQBlCwUAFToPAL4LBQADDAUABgwFAFYMBQBeDAUAY2kFAGIMBQA9PwUAZQwFAH8SBQByDAUAqQwFAMUMBQBoOg8A/gwFAE8NBQBcDQUAog0FAK8NBQD1DQUA+g0FAEgOBQBSDgUAmw4FAKoOBQDuDgUA8w4FAEEPBQBODwUAlA8FAKEPBQDnDwUA8w8FADoQBQBJEAUAjRAFAJcQBQDgEAUA7BAFADMRBQA5EQUAhhEFAIwRBQDZEQUA3hEFACwSBQAyEgUAuzoPAIQSBQDdNAUAkBIFANISBQDgEgUAJRMFADETBQB4EwUAhRMFAMsTBQDVEwUAHhQFADoUBQBxFAUAjRQFAA47DwDGFAUAFxUFACQVBQBqFQUAdxUFAL0VBQDCFQUAEBYFABoWBQBjFgUAchYFALYWBQC7FgUACRcFABYXBQBcFwUAaRcFAK8XBQC7FwUAAhgFABEYBQBVGAUAXxgFAKgYBQC0GAUA+xgFAAEZBQBOGQUAVBkFAKEZBQCmGQUA9BkFAPoZBQBhOw8AThoFAJoaBQCoGgUA7RoFAPAaBQBAGwUATxsFAJMbBQCYGwUA5hsFAPMbBQA5HAUARhwFAIwcBQCYHAUA3xwFAO4cBQAyHQUAPB0FAIUdBQCTHQUA2B0FAN0dBQArHgUAOB4FAH4eBQCKHgUA0R4FAOQeBQAkHwUAMx8FAHcfBQCDHwUAyh8FAMsfBQAdIAUAJyAFAHAgBQB+IAUAwyAFAMggBQAWIQUAIyEFALQ7DwBuIQUAvCEFAMUhBQAPIgUAICIFAGIiBQBpIgUAtSIFAL0iBQAIIwUAFSMFAFsjBQBgIwUAriMFALgjBQABJAUACSQFAFQkBQBrJAUApyQFALMkBQD6JAUABCUFAE0lBQBVJQUAoCUFAKIlBQDzJQUA+yUFAEYmBQBMJgUAmSYFAKUmBQDsJgUA7yYFAD8nBQBEJwUAkicFAJsnBQDlJwUA6ycFADgoBQBHKAUAiygFAJcoBQCtPA8A4CgFADEpBQA/KQUAhCkFAJUpBQAAPQ8A3ikFAFM9DwAvKgUAfSoFAIUqBQDQKgUA3yoFACMrBQAoKwUAdisFAIMrBQDJKwUA1isFABwsBQAoLAUAbywFAH4sBQDCLAUAzCwFAPk9DwAXLQUAaC0FAIMtBQC7LQUAvS0FAA4uBQAoLgUAYS4FAG4uBQC0LgUAwC4FAAcvBQARLwUAWi8FAHQvBQCtLwUAvC8FAAAwBQAFMAUAUzAFAGAwBQCmMAUAszAFAPkwBQAFMQUATDEFAFsxBQCfMQUAqTEFAPIxBQD+MQUARTIFAFgyBQCYMgUApzIFAOsyBQD3MgUAPjMFAD8zBQCRMwUAmzMFAOQzBQDyMwUANzQFADw0BQCKNAUAlzQFAEw+DwDqNAUAMDUFAD01BQCDNQUAjzUFANY1BQDlNQUAKTYFADM2BQB8NgUAijYFAM82BQDUNgUAIjcFAC83BQB1NwUAgTcFAMg3BQDbNwUAGzgFACo4BQBuOAUAejgFAME4BQDCOAUAFDkFAB45BQBnOQUAdTkFALo5BQC/OQUADToFABo6BQCfPg8AbToFALM6BQC1OgUABjsFAB87BQBZOwUAajsFAKw7BQC4OwUA/zsFAAc8BQCYPw8AVzwFAKU8BQCtPAUA+DwFAAc9BQBLPQUAUD0FAJ49BQCrPQUA8T0FAP49BQBEPgUAUD4FAJc+BQCmPgUA6j4FAPQ+BQDrPw8AUD8FAJA/BQCfPwUA4z8FAO8/BQA2QAUAN0AFAIlABQCTQAUA3EAFAOpABQAvQQUANEEFAIJBBQCPQQUAPkAPANpBBQAoQgUANUIFAHtCBQCIQgUAzkIFANpCBQAhQwUAMEMFAHRDBQB+QwUAx0MFANVDBQAaRAUAH0QFAG1EBQB6RAUAwEQFAMhEBQA3QQ8AH0UFAGZFBQB2RQUAuUUFAMJFBQAMRgUAD0YFAF9GBQBrRgUAskYFALlGBQCKQQ8AEEcFAFhHBQBZRwUAq0cFAMNHBQD+RwUAC0gFAFFIBQBdSAUApEgFAK5IBQD3SAUA+0gFAEpJBQBPSQUAnUkFAKNJBQDwSQUAEEoFAENKBQBbSgUAlkoFAK1KBQDpSgUA9UoFADxLBQBGSwUAj0sFAJFLBQDiSwUA6UsFADVMBQA8TAUAiEwFAI5MBQDbTAUA50wFAC5NBQAxTQUAgU0FAIRNBQDUTQUA4E0FACdOBQAqTgUA3UEPAH9OBQDNTgUA1U4FACBPBQAmTwUAc08FAHhPBQDGTwUAz08FABlQBQAjUAUAbFAFAHhQBQC/UAUAx1AFADBCDwAXUQUAZVEFAG1RBQC4UQUAw1EFAAtSBQAQUgUAXlIFAGFSBQCxUgUAu1IFAINCDwAQUwUAV1MFAF5TBQCqUwUAuFMFAP1TBQAAVAUAUFQFAFhUBQCjVAUAplQFAPZUBQACVQUASVUFAE9VBQCcVQUAt1UFAO9VBQD7VQUAQlYFAEhWBQCVVgUAnVYFAOhWBQDsVgUAO1cFAEdXBQCOVwUAm1cFAOFXBQDrVwUANFgFADxYBQCHWAUAiVgFANpYBQDeWAUALVkFAC9ZBQCAWQUAlFkFANZCDwDbWQUAJloFACpaBQB5WgUAe1oFAMxaBQDPWgUAH1sFACdbBQByWwUAf1sFAMVbBQDKWwUAGFwFACJcBQBrXAUAc1wFAL5cBQC/XAUAEV0FABZdBQBkXQUAZ10FALddBQC6XQUACl4FABheBQBdXgUAdl4FALBeBQDBXgUAA18FAA9fBQBWXwUAXl8FAClDDwCuXwUA/F8FAARgBQBPYAUAXmAFAKJgBQCnYAUA9WAFAAJhBQBIYQUAVWEFAJthBQCnYQUA7mEFAP1hBQBBYgUAS2IFAJRiBQCcYgUA52IFAPFiBQA6YwUAP2MFAI1jBQCVYwUAfEMPAOtjBQAzZAUAP2QFAIZkBQCOZAUAz0MPAOVkBQAsZQUAM2UFAH9lBQCNZQUA0mUFANVlBQAlZgUALWYFAHhmBQB7ZgUAy2YFANdmBQAeZwUAJGcFAHFnBQCMZwUAxGcFANBnBQAXaAUAHWgFAGpoBQCNaAUAvWgFAMBoBQAQaQUANGkFACJEDwByaQUAtmkFALtpBQAJagUAFmoFAFxqBQBpagUAr2oFALtqBQACawUAEWsFAFVrBQBfawUAqGsFALZrBQD7awUAAGwFAE5sBQBbbAUAoWwFAKlsBQB1RA8AAW0FAEdtBQBPbQUAmm0FALNtBQDtbQUA820FAEBuBQBFbgUAk24FALNuBQDmbgUA8m4FADlvBQBGbwUAjG8FAJRvBQDfbwUA4m8FADJwBQA8cAUAhXAFAIdwBQDYcAUA4nAFACtxBQA3cQUAyEQPAJRxBQDRcQUA3XEFACRyBQApcgUAd3IFACxyBQDbUhAAgHIFAMpyBQDUcgUAHXMFACVzBQAXTAkAKXMFAHBzBQBAcwUAOzsJAHZzBQDDcwUAg3MFACFsCwDJcwUAFnQFABt0BQBpdAUAb3QFABtFDwDKdAUAD3UFACV1BQBidQUAbnUFALV1BQC6dQUACHYFABF2BQBbdgUAZXYFAK52BQC2dgUAAXcFABB3BQBUdwUAWXcFAKd3BQC0dwUA+ncFAAd4BQBNeAUAWXgFAKB4BQCveAUA83gFAP14BQBGeQUAVHkFAJl5BQCmeQUA7HkFAAN6BQA/egUAR3oFAJJ6BQCcegUA5XoFAOp6BQA4ewUAQHsFABRGDwCXewUA3nsFAOR7BQAxfAUATHwFAIR8BQCQfAUA13wFAN18BQBnRg8APX0FAH19BQCMfQUA0H0FANx9BQAjfgUAJH4FAHZ+BQCAfgUAyX4FANd+BQAcfwUAIX8FAG9/BQB8fwUAukYPAMd/BQAVgAUAHYAFAGiABQBrgAUAu4AFAMSABQAOgQUAHYEFAGGBBQBsgQUAtIEFALyBBQAHggUAF4IFAFqCBQBoggUArYIFAL6CBQAAgwUADIMFAFODBQBbgwUAs0cPAKyDBQD5gwUAAYQFAEyEBQBThAUAn4QFAK2EBQDyhAUA+IQFAEWFBQBRhQUAmIUFAKeFBQDrhQUA9YUFAD6GBQBDhgUAkYYFAJeGBQDkhgUA+IYFADeHBQA/hwUAiocFALKHBQDdhwUA5ocFADCIBQA9iAUAg4gFAJGIBQDWiAUA6YgFACmJBQBFiQUABkgPAIGJBQDPiQUA3IkFACKKBQAvigUAdYoFAIGKBQDIigUA14oFABuLBQAliwUAbosFAHyLBQDBiwUAxosFABSMBQAhjAUAZ4wFAG+MBQBZSA8AxowFAA2NBQAdjQUAYI0FAGmNBQCzjQUAto0FAAaOBQASjgUAWY4FAGCOBQCsSA8A1I4FAP+OBQAIjwUAUo8FAF+PBQCljwUAs48FAPiPBQALkAUAS5AFAGeQBQD/SA8ArJAFAPGQBQAHkQUARJEFAFCRBQCXkQUAnpEFAOqRBQDykQUAPZIFAEKSBQCQkgUAmZIFAOOSBQDtkgUAUkkPADeTBQCJkwUAlZMFANyTBQDikwUAL5QFADGUBQCClAUAjJQFANWUBQDjlAUAKJUFAC2VBQB7lQUAiJUFAM6VBQDWlQUAIZYFACuWBQB0lgUAgpYFAMeWBQDdlgUAGpcFACaXBQBtlwUAdJcFAMCXBQDIlwUAE5gFABiYBQBmmAUAb5gFALmYBQDDmAUApUkPABqZBQBfmQUAdZkFALKZBQC+mQUABZoFAAqaBQBYmgUAYZoFAKuaBQC1mgUA/poFAAqbBQBRmwUAV5sFAKSbBQCqmwUA95sFAPybBQBKnAUAUJwFAPhJDwCinAUA8JwFAP2cBQBDnQUAUJ0FAJadBQCinQUA6Z0FAPidBQA8ngUARp4FAI+eBQCdngUA4p4FAOeeBQA1nwUAQp8FAIifBQCQnwUA8UoPAOmfBQAuoAUARKAFAIGgBQCNoAUA1KAFANmgBQAnoQUAMKEFAHqhBQCEoQUAREsPANmhBQAgogUAMaIFAHOiBQB/ogUAxqIFANWiBQAZowUAI6MFAGyjBQB6owUAv6MFAMSjBQASpAUAH6QFAGWkBQBvpAUAuKQFAHGkBQBJqAUAxqQFAAulBQAhpQUAXqUFAGqlBQCxpQUAtqUFAASmBQANpgUAV6YFAGGmBQCqpgUAtqYFAP2mBQADpwUAUKcFAFanBQCjpwUAqKcFAPanBQD8pwUAl0sPAE+oBQCcqAUAoqgFAO+oBQD0qAUAQqkFAEipBQDqSw8Ao6kFAOipBQD+qQUAO6oFAEeqBQCOqgUAk6oFAOGqBQDqqgUANKsFAD6rBQCHqwUAk6sFANqrBQDtqwUALawFADysBQCArAUAjKwFANOsBQDUrAUAJq0FADCtBQB5rQUAh60FAMytBQDRrQUAH64FACyuBQA9TA8Aga4FAMWuBQDlrgUAGK8FACSvBQBrrwUAda8FAL6vBQDDrwUAEbAFABKwBQBksAUAcLAFALewBQDEsAUACrEFABaxBQBdsQUAcLEFALCxBQC/sQUAA7IFAA+yBQBWsgUAV7IFAKmyBQCzsgUA/LIFAAqzBQBPswUAVLMFAKKzBQCvswUAkEwPABG0BQDjTA8ATrQFAJu0BQChtAUA7rQFAPO0BQBBtQUAR7UFADZNDwCZtQUA57UFAOq1BQA6tgUARrYFAI22BQCTtgUA4LYFAPu2BQAztwUAP7cFAIa3BQCMtwUA2bcFANu3BQAsuAUAR7gFAH+4BQCBuAUA0rgFAOC4BQAluQUANrkFAHi5BQB6uQUAy7kFAOS5BQAeugUAL7oFAHG6BQB9ugUAL04PAM66BQAXuwUAJbsFAGq7BQCAuwUAvbsFAMm7BQAQvAUAFbwFAGO8BQBsvAUAtrwFAMC8BQAJvQUAEb0FAFy9BQBhvQUAr70FAL69BQACvgUAEb4FAFW+BQBevgUAqL4FAK6+BQD7vgUAAb8FAE6/BQBavwUAob8FAKi/BQD0vwUA/L8FAEfABQBJwAUAmsAFAKrABQDtwAUA98AFAEDBBQBMwQUAk8EFAJnBBQDmwQUA7sEFAIJODwBFwgUAjMIFAJ3CBQDfwgUA68IFADLDBQBBwwUAhcMFAI/DBQDYwwUA5sMFACvEBQAwxAUAfsQFAIvEBQDRxAUA2cQFACTFBQAuxQUAKdwFADDFBQB3xQUAfcUFAMrFBQDQxQUAHcYFACLGBQBwxgUAdsYFANVODwDPxgUAFscFABzHBQBpxwUAhMcFALzHBQDIxwUAD8gFABXIBQBiyAUAasgFALXIBQC4yAUACMkFABTJBQBbyQUAbMkFAK7JBQC6yQUAAcoFABDKBQBUygUAXsoFAKfKBQC1ygUA+soFAP/KBQBNywUAWssFAKDLBQCoywUA88sFAP3LBQBGzAUAVMwFAJnMBQCvzAUA7MwFAPjMBQA/zQUARM0FAJLNBQCbzQUA5c0FAO/NBQDOTw8APs4FAIvOBQCRzgUA3s4FAOrOBQAxzwUAPs8FAITPBQCOzwUA188FAN/PBQAq0AUANNAFAH3QBQCC0AUA0NAFANHQBQAj0QUAKNEFAHbRBQCH0QUAydEFAM7RBQAc0gUAM9IFAG/SBQCD0gUAwtIFAN7SBQAV0wUAHdMFACFQDwBw0wUAu9MFAMXTBQAO1AUAItQFAGHUBQBi1AUAtNQFAMDUBQAH1QUAI9UFAFrVBQBi1QUAdFAPALbVBQAA1gUADtYFAFPWBQAP1gUABN0JAF3WBQCm1gUAqNYFAPnWBQAS1wUATNcFAF3XBQCf1wUAq9cFAPLXBQD61wUAx1APAFHYBQCY2AUAntgFAOvYBQAG2QUAPtkFAErZBQCR2QUAl9kFAOTZBQDn2QUAN9oFAD/aBQCK2gUAmtoFAN3aBQDi2gUAMNsFADnbBQCD2wUAkNsFANbbBQDd2wUAGlEPADfcBQB83AUAktwFAM/cBQDb3AUAIt0FACfdBQB13QUAft0FAMjdBQDS3QUAG94FADfeBQBu3gUAdt4FAG1RDwDG3gUAFN8FABzfBQBn3wUAad8FALrfBQDV3wUADeAFAA/gBQBg4AUAbuAFALPgBQDE4AUABuEFAAjhBQBZ4QUAcuEFAKzhBQC94QUA/+EFAAviBQBS4gUAWuIFAMBRDwCx4gUA+OIFAP7iBQBL4wUAZuMFAJ7jBQCq4wUA8eMFAPfjBQBE5AUAR+QFABNSDwC05AUA6uQFAOvkBQA95QUATOUFAJDlBQCV5QUA4+UFAPDlBQA25gUAQ+YFAInmBQCV5gUA3OYFAOvmBQAv5wUAOecFAILnBQCQ5wUA1ecFANrnBQAo6AUANegFAHvoBQCH6AUAzugFANToBQAh6QUA4egFAOH9BQAn6QUAdOkFAHnpBQDH6QUAzekFAGZSDwAf6gUAbeoFAI3qBQDA6gUAzOoFABPrBQAZ6wUAZusFAG7rBQCFFgYAb+sFALnrBQDG6wUADOwFABLsBQBf7AUAa+wFALLsBQC07AUABe0FABTtBQBY7QUAY+0FAKvtBQCt7QUA/u0FABfuBQBR7gUAYu4FAKTuBQCw7gUA9+4FAAPvBQBK7wUAXe8FAJ3vBQCs7wUA8O8FAPzvBQBD8AUARPAFAJbwBQCg8AUA6fAFAPfwBQA88QUAQfEFAI/xBQCc8QUAuVIPAO/xBQA18gUASfIFAIjyBQCk8gUA2/IFAPfyBQAMUw8APfMFAIHzBQCC8wUA1PMFAOPzBQAn9AUALPQFAHr0BQCH9AUAzfQFANr0BQAg9QUALPUFAHP1BQCC9QUAxvUFAND1BQAZ9gUAJ/YFAGz2BQBx9gUAv/YFAMz2BQAS9wUAIvcFAGX3BQBn9wUAuPcFAMb3BQAL+AUAHPgFAF9TDwBl+AUAslMPALb4BQAE+QUAEfkFAFf5BQBk+QUAqvkFALD5BQD9+QUACfoFAFD6BQBg+gUAo/oFAKz6BQD2+gUA+foFAEn7BQBV+wUAnPsFAKP7BQAFVA8A+/sFAEL8BQBS/AUAlfwFAJ78BQDo/AUA6/wFADv9BQBH/QUAjv0FAJX9BQBYVA8A8P0FADT+BQBA/gUAh/4FAIj+BQDa/gUA5P4FAC3/BQA7/wUAgP8FAIX/BQDT/wUA4P8FAKtUDwArAAYAeQAGAIgABgDMAAYA7AAGAB8BBgArAQYAcgEGAHwBBgDFAQYAzQEGABgCBgAkAgYAawIGAHECBgC+AgYAxAIGABEDBgAWAwYAZAMGAGoDBgCkVQ8AvAMGAAoEBgATBAYAXQQGAG4EBgCwBAYAtwQGAAMFBgALBQYAVgUGAGMFBgCpBQYArgUGAPwFBgAGBgYATwYGAFcGBgCiBgYAsQYGAPUGBgD6BgYASAcGAFUHBgCbBwYAqAcGAO4HBgD6BwYAQQgGAFAIBgCUCAYAnggGAOcIBgDvCAYAOgkGAEQJBgCNCQYAkgkGAOAJBgDoCQYAnVYPADgKBgCGCgYAiQoGANkKBgDjCgYA8FYPADILBgB/CwYAhAsGANILBgDyCwYAJQwGADEMBgB4DAYAfgwGAMsMBgDODAYAHg0GACANBgBxDQYAjA0GAMQNBgDGDQYAFw4GACUOBgBqDgYAew4GAL0OBgC/DgYAEA8GACkPBgBjDwYAdA8GALYPBgDCDwYAQ1cPABkQBgBcEAYAfBAGAK8QBgCxEAYAAhEGAA4RBgDWow0AEREGAG8lBgAeEQYAZzIGACsRBgBVEQYAWBEGAKgRBgC3EQYA+xEGAAASBgBOEgYAWxIGAKESBgCuEgYA9BIGAAATBgBHEwYAVhMGAJoTBgCkEwYA7RMGAPsTBgBAFAYARRQGAJMUBgCgFAYA5hQGAPIUBgA5FQYAPxUGAIwVBgCSFQYA3xUGAOQVBgAyFgYAOBYGAJZXDwCbFgYA2BYGANoWBgArFwYAPxcGAH4XBgCGFwYA0RcGAN4XBgAkGAYAKRgGAHcYBgCBGAYAyhgGANIYBgAdGQYANhkGAHAZBgB8GQYAwxkGAMsZBgDpVw8AMRoGAGkaBgBrGgYAvBoGAMoaBgAPGwYAIBsGAGIbBgBkGwYAtRsGAM4bBgAIHAYAGRwGAFscBgBnHAYAPFgPALMcBgABHQYACh0GAFQdBgBlHQYApx0GAK4dBgD6HQYAAh4GAE0eBgBaHgYAoB4GAKUeBgDzHgYA/R4GAEYfBgBOHwYAmR8GALIfBgDsHwYA+B8GAD8gBgBHIAYA4lgPAJUgBgDlIAYA7yAGADghBgA6IQYAiyEGAKQhBgDeIQYA7yEGADEiBgA/IgYAhCIGAIciBgDXIgYA4iIGACojBgA2IwYAfSMGAIQjBgA1WQ8A1SMGACMkBgArJAYAdiQGAIQkBgDJJAYAyiQGABwlBgA3JQYAiFkPAHQlBgDCJQYAzyUGABUmBgAiJgYAaCYGAHQmBgC7JgYAyiYGAA4nBgAYJwYAYScGAG8nBgC0JwYAuScGAAcoBgAUKAYAWigGAGYoBgCtKAYAsygGAAApBgAGKQYAUykGAFgpBgCmKQYArCkGANtZDwAGKgYATCoGAE4qBgCfKgYAuCoGAPIqBgADKwYARSsGAFErBgCYKwYAoCsGANRaDwDwKwYAPiwGAEYsBgCRLAYAqiwGAOQsBgDpLAYANy0GADwtBgCKLQYAlC0GAN0tBgDgLQYAMC4GADouBgCDLgYAiS4GANYuBgDYLgYAKS8GACovBgB8LwYAhC8GAM8vBgDfLwYAIjAGACgwBgB1MAYAejAGAMgwBgDeMAYAGzEGACMxBgBuMQYAljEGAMExBgDkMQYAFDIGADMyBgAnWw8AbzIGAHpbDwDLMgYADTMGABszBgBgMwYAbDMGALMzBgDAMwYABjQGABA0BgBZNAYAYTQGAKw0BgC3NAYA/zQGAAE1BgBSNQYAVTUGAKU1BgCtNQYA+DUGAP41BgBLNgYAVDYGAJ42BgCrNgYA8TYGAPk2BgBENwYASTcGAJc3BgCgNwYA6jcGAPQ3BgA9OAYARTgGAJA4BgCVOAYA4zgGAPM4BgA2OQYAPjkGAIk5BgCLOQYA3DkGAPc5BgAvOgYAMToGAII6BgCQOgYA1ToGAOY6BgAoOwYAKjsGAHs7BgCUOwYAzjsGAN87BgAhPAYALTwGAHQ8BgB8PAYAzVsPAM08BgAaPQYAHz0GAG09BgCNPQYAwD0GAMw9BgATPgYAGT4GAGY+BgBpPgYAuT4GAME+BgAMPwYAFj8GAF8/BgBkPwYAsj8GALo/BgAFQAYAD0AGAFhABgBaQAYAq0AGALxABgD+QAYAHkEGAFFBBgBZQQYApEEGAK5BBgD3QQYA/EEGACBcDwBeQgYAnUIGAKVCBgDwQgYA9UIGAENDBgBTQwYAlkMGAJ5DBgDpQwYA80MGADxEBgBHRAYAj0QGAJtEBgDiRAYA6kQGAHNcDwBBRQYAiEUGAJRFBgDbRQYA4kUGAC5GBgA2RgYAgUYGAJpGBgDURgYA2kYGACdHBgAsRwYAekcGAJpHBgDNRwYA2UcGACBIBgAmSAYAc0gGAHZIBgDGXA8AyEgGABlJBgDUSAYAI5IOABxJBgBsSQYAdkkGAL9JBgDNSQYAEkoGACFKBgBlSgYAaEoGALhKBgB9SgYArm8GAIFKBgDEYAYAxEoGAAtLBgANSwYAXksGAGRLBgCxSwYAwEsGAARMBgAPTAYAV0wGAF9MBgDurQYAcUwGAKpMBgC2TAYA/UwGABBNBgBQTQYAX00GAKNNBgCvTQYA9k0GAPdNBgBJTgYAU04GAJxOBgCqTgYA704GAPROBgBCTwYAT08GABldDwCvTwYA6E8GAPdPBgA7UAYAQFAGAI5QBgCbUAYA4VAGAO5QBgA0UQYAQFEGAIdRBgCWUQYA2lEGAORRBgAtUgYAO1IGAIBSBgCFUgYA01IGAOBSBgAmUwYAMlMGAHlTBgB/UwYAzFMGANJTBgAfVAYAJFQGAHJUBgB4VAYAbF0PAMZUBgAYVQYAzlQGAOy3CADSVAYA0qMIAOVUBgDxsgwAJFUGAGtVBgBxVQYACGgHAHhVBgC+VQYAwVUGABFWBgAdVgYAZFYGAGZWBgC3VgYAvVYGAApXBgAZVwYAXVcGAGhXBgCwVwYAsVcGAANYBgAXWAYAVlgGAHBYBgCpWAYAtVgGAPxYBgAPWQYAT1kGAF5ZBgCiWQYArlkGAPVZBgD2WQYASFoGAFJaBgCbWgYAqVoGAO5aBgDzWgYAQVsGAE5bBgC/XQ8ArlsGAOdbBgD2WwYAOlwGAD9cBgCNXAYAmlwGAOBcBgDtXAYAM10GAD9dBgCGXQYAlV0GANldBgDjXQYALF4GADpeBgB/XgYAhF4GANJeBgDfXgYAJV8GADFfBgB4XwYAfl8GAMtfBgDRXwYAHmAGACNgBgBxYAYAd2AGABJeDwDgYAYAZV4PAB1hBgBqYQYAbGEGAL1hBgDKYQYAEGIGABNiBgBjYgYAZGIGALZiBgC7YgYACWMGAA9jBgBcYwYAZmMGAK9jBgDLYwYAAmQGAB5kBgC4Xg8AW2QGAKhkBgCqZAYA+2QGAAhlBgBOZQYAUWUGAKFlBgCiZQYA9GUGAPllBgBHZgYATWYGAJpmBgCkZgYA7WYGAAlnBgBAZwYAXGcGAAtfDwCZZwYA5mcGAOxnBgA5aAYAPmgGAIxoBgCSaAYAXl8PAO1oBgAyaQYATWkGAIVpBgCTaQYA2GkGAOVpBgAragYAQmoGAH5qBgCNagYA0WoGANZqBgAkawYAMWsGAHdrBgCEawYAymsGANZrBgAdbAYALGwGAHBsBgB6bAYAw2wGANFsBgAWbQYAG20GAGltBgB2bQYAvG0GAL9tBgAPbgYAG24GAGJuBgBobgYAtW4GALtuBgAIbwYADW8GAFtvBgBhbwYAsV8PALhvBgABcAYAB3AGAFRwBgBWcAYAp3AGALRwBgD6cAYA/XAGAE1xBgBOcQYAoHEGAKVxBgDzcQYA+XEGAEZyBgBQcgYAmXIGALNyBgDscgYA+3IGAD9zBgBEcwYAknMGAJ9zBgDlcwYA8nMGADh0BgBEdAYAi3QGAJp0BgDedAYA6HQGADF1BgA/dQYAhHUGAIl1BgDXdQYA5HUGACp2BgA0dgYAkX8GADZ2BgB9dgYAg3YGANB2BgDWdgYAI3cGACh3BgB2dwYAfHcGAARgDwDOdwYAHHgGACl4BgBveAYAfHgGAMJ4BgDOeAYAFXkGACR5BgBoeQYAcnkGALt5BgDJeQYADnoGABN6BgBhegYAbnoGALR6BgC8egYA/WAPAA17BgBaewYAYHsGAK17BgCyewYAAHwGAAZ8BgBQYQ8AVXwGAKZ8BgCvfAYA+XwGAPx8BgBMfQYAWH0GAJ99BgCmfQYA8n0GAPp9BgBFfgYAXn4GAJh+BgCsfgYA634GAAd/BgA+fwYARn8GAPZhDwCffwYA5H8GAPp/BgA3gAYAQ4AGAIqABgCPgAYA3YAGAOaABgAwgQYAOoEGAIOBBgCfgQYA1oEGAN6BBgBJYg8ALoIGAHyCBgCJggYAz4IGANyCBgAigwYALoMGAHWDBgCEgwYAyIMGANKDBgAbhAYAKYQGAG6EBgBzhAYAwYQGAM6EBgAUhQYAHIUGAJxiDwB1hQYAuoUGANCFBgANhgYAGYYGAGCGBgBlhgYAs4YGALyGBgAGhwYAEIcGAFmHBgBhhwYArIcGALuHBgD/hwYAAYgGAFKIBgBbiAYApYgGAKiIBgD4iAYABIkGAEuJBgBSiQYAnokGAKaJBgDxiQYACooGAESKBgBYigYAl4oGALOKBgDqigYA8ooGAO9iDwBCiwYAkIsGAJ2LBgDjiwYA8IsGADaMBgBCjAYAiYwGAJiMBgDcjAYA5owGAC+NBgA5jQYAgo0GAJCNBgDVjQYA640GACiOBgA0jgYAe44GAICOBgDOjgYA144GACGPBgArjwYAdI8GAICPBgDHjwYAzY8GABqQBgAgkAYAbZAGAHKQBgDAkAYAxpAGAEJjDwAfkQYAZpEGAGqRBgC5kQYAyJEGAAySBgARkgYAX5IGAGySBgCykgYAv5IGAAWTBgARkwYAWJMGAGeTBgCrkwYAtZMGAP6TBgAMlAYAUZQGAFaUBgCklAYAsZQGAPeUBgADlQYASpUGAFCVBgCdlQYAo5UGAPCVBgD1lQYAQ5YGAEmWBgCVYw8Am5YGAOmWBgDwlgYAPJcGAEiXBgCPlwYAkZcGAOKXBgCSlwYAZZ0GAP2XBgA1mAYAN5gGAIiYBgCWmAYA25gGAOyYBgAumQYAMJkGAIGZBgCamQYA1JkGAOWZBgAnmgYAM5oGAHqaBgCGmgYAzZoGAOCaBgAgmwYAL5sGAHObBgB/mwYAxpsGAMebBgAZnAYAI5wGAGycBgB6nAYAv5wGAMScBgASnQYAH50GAOhjDwBnnQYAuJ0GANOdBgALngYADZ4GAF6eBgBsngYAsZ4GAMKeBgAEnwYABp8GAFefBgBwnwYAqp8GALufBgD9nwYACaAGAFCgBgBcoAYAo6AGALagBgD2oAYABaEGAEmhBgBVoQYAnKEGAJ2hBgDvoQYA+aEGAEKiBgBQogYAlaIGAJqiBgDoogYA9aIGAOFkDwBAowYAjqMGAJajBgDhowYA46MGADSkBgBFpAYAh6QGAJWkBgDapAYA9aQGAC2lBgA5pQYAgKUGAIilBgDaZQ8A2KUGACamBgAtpgYAeaYGAIWmBgDMpgYAz6YGAB+nBgAnpwYAcqcGAIKnBgDFpwYAyqcGABioBgAhqAYAa6gGAHioBgC+qAYAxagGABGpBgAZqQYALWYPAHGpBgC3qQYAv6kGAAqqBgAeqgYAXaoGAGKqBgCwqgYAuaoGAAOrBgAJqwYAVqsGAF6rBgCpqwYAuKsGAPyrBgANrAYAT6wGAFisBgCirAYApawGAPWsBgD/rAYASK0GAFStBgCbrQYAoa0GAIBmDwD7rQYAQa4GAEauBgCUrgYAm64GAOeuBgDzrgYAOq8GAEKvBgDTZg8AqK8GAOCvBgDirwYAM7AGAEGwBgCGsAYAl7AGANmwBgDbsAYALLEGAEWxBgB/sQYAkLEGANKxBgDesQYAJmcPADSyBgB4sgYAh7IGAMuyBgDUsgYAHrMGACSzBgBxswYAd7MGAMSzBgDQswYAF7QGAB60BgBqtAYAcrQGAL20BgDBtAYAELUGABu1BgBjtQYAcbUGALa1BgDHtQYACbYGABW2BgBctgYAZLYGAHlnDwCytgYAArcGAAy3BgBVtwYAV7cGAKi3BgDBtwYA+7cGAAy4BgBOuAYAXLgGAKG4BgCkuAYA9LgGAP+4BgBHuQYAVbkGAJq5BgCnuQYA7bkGAAS6BgBAugYASLoGAJO6BgCVugYA5roGAO66BgA5uwYASLsGAIy7BgCRuwYA37sGAOy7BgAyvAYAP7wGAIW8BgCRvAYA2LwGAOe8BgArvQYANb0GAH69BgCMvQYA0b0GANa9BgAkvgYAMb4GAHe+BgB/vgYAyr4GANS+BgAdvwYAIr8GAHC/BgB4vwYAw78GAMa/BgAWwAYAM8AGAGnABgB6wAYAvMAGAMTABgAPwQYAEsEGAGLBBgBuwQYAtcEGALvBBgAIwgYAI8IGAFvCBgBnwgYArsIGALTCBgDMZw8AEMMGAFTDBgBVwwYAp8MGAN7DBgD6wwYACMQGAE3EBgBOxAYAoMQGAKjEBgDzxAYAAsUGAEbFBgBLxQYAmcUGAKbFBgDsxQYA+cUGAD/GBgBLxgYAksYGAKHGBgDlxgYA78YGADjHBgBGxwYAi8cGAJDHBgDexwYA68cGADHIBgA5yAYAhMgGAI7IBgDXyAYA3MgGACrJBgAyyQYAfckGAIfJBgDQyQYA28kGACPKBgAvygYAdsoGAH7KBgAfaA8AzsoGABzLBgAfywYAb8sGAHnLBgDCywYAyssGAHJoDwAjzAYAaMwGAH7MBgC7zAYAx8wGAA7NBgATzQYAYc0GAGrNBgC0zQYAvs0GAAfOBgAPzgYAWs4GAGbOBgCtzgYAwM4GAADPBgABzwYAU88GAGHPBgCmzwYArM8GAPnPBgAF0AYATNAGAFPQBgDFaA8AoNAGAPLQBgD+0AYARdEGAFLRBgCY0QYAoNEGAOvRBgD10QYAPtIGAE3SBgCR0gYAktIGAOTSBgDs0gYAN9MGAEbTBgCK0wYAj9MGAN3TBgDq0wYAMNQGAD3UBgCD1AYAj9QGANbUBgDl1AYAKdUGADPVBgB81QYAitUGAM/VBgDU1QYAItYGAC/WBgB11gYAfdYGAMjWBgDM1gYAG9cGACnXBgBu1wYAeNcGAMHXBgDM1wYAFNgGABzYBgBn2AYActgGALrYBgC/2AYADdkGABDZBgBg2QYAatkGALPZBgC72QYABtoGACXaBgAYaQ8AW9oGAKzaBgCt2gYA/9oGAAnbBgBS2wYAYNsGAKXbBgDA2wYA+NsGAATcBgBL3AYAU9wGAGtpDwCq3AYA8dwGAPfcBgBE3QYAX90GAJfdBgCj3QYA6t0GAPDdBgA93gYARd4GAJDeBgCe3gYA494GAObeBgA23wYAPt8GAInfBgCS3wYA3N8GAOnfBgAv4AYAMeAGAILgBgCd4AYA1eAGANfgBgAo4QYANuEGAHvhBgCM4QYAzuEGANDhBgAh4gYAOuIGAHTiBgCF4gYAx+IGANPiBgAa4wYAIuMGAL5pDwBz4wYAwOMGAMjjBgAT5AYAGuQGAGbkBgBr5AYAueQGAMXkBgAM5QYAD+UGAF/lBgBn5QYAsuUGAL/lBgAF5gYACuYGAFjmBgBi5gYAq+YGALPmBgD+5gYACucGAFHnBgBk5wYApOcGALLnBgD35wYA+ucGAEroBgBU6AYAEWoPAKDoBgDw6AYA+OgGAEPpBgBG6QYAlukGAKLpBgDp6QYA7+kGADzqBgBX6gYAj+oGAJvqBgDi6gYA6OoGADXrBgA96wYAiOsGAJbrBgDb6wYA3usGAC7sBgA27AYAgewGAIrsBgDU7AYA4ewGACftBgAp7QYAeu0GAJXtBgDN7QYAz+0GACDuBgAu7gYAc+4GAITuBgDG7gYAyO4GABnvBgAy7wYAbO8GAH3vBgC/7wYAy+8GABLwBgAa8AYAZGoPAGvwBgC48AYAwPAGAAvxBgAS8QYAXvEGAGPxBgCx8QYAvfEGAATyBgAH8gYAV/IGAF/yBgCq8gYAt/IGAP3yBgAC8wYAUPMGAFrzBgCj8wYAq/MGAPbzBgAC9AYASfQGAFz0BgCc9AYAqvQGAO/0BgDy9AYAQvUGAEz1BgC3ag8AmPUGAOj1BgD09QYAO/YGAEH2BgCO9gYAqfYGAOH2BgDt9gYANPcGADr3BgCH9wYAj/cGANr3BgDo9wYALfgGADD4BgCA+AYAiPgGANP4BgDc+AYAJvkGADP5BgB5+QYAe/kGAMz5BgDn+QYAH/oGACH6BgBy+gYAgPoGAMX6BgDW+gYAGPsGABr7BgBr+wYAhPsGAL77BgDP+wYAEfwGAB38BgBk/AYAbPwGAAprDwC9/AYACv0GABL9BgBd/QYAZP0GALD9BgC1/QYAA/4GAA/+BgBW/gYAWf4GAKn+BgCx/gYA/P4GAAn/BgBP/wYAVP8GAKL/BgCs/wYA9f8GAP3/BgBIAAcAVAAHAJsABwCuAAcA7gAHAPwABwBBAQcARAEHAJQBBwCeAQcAXWsPAOkBBwA6AgcA7AEHAAEPCADwAQcAIz8OAPMBBwDAXw0A9QEHADdyCABEAgcApLYNAEsCBwCNAgcAngIHAOACBwDuAgcAMwMHAE8DBwCGAwcAogMHALBrDwDnAwcALAQHADkEBwB/BAcAlgQHANIEBwDeBAcAJQUHACsFBwB4BQcAfgUHAMsFBwDQBQcAHgYHACQGBwADbA8AdgYHAMQGBwDMBgcAFwcHABoHBwBqBwcAdgcHAL0HBwDDBwcAEAgHACsIBwBjCAcAbwgHALYIBwC8CAcACQkHABEJBwBcCQcAXgkHAK8JBwDKCQcAAgoHAAQKBwBVCgcAYwoHAKgKBwC5CgcA+woHAP0KBwBOCwcAZwsHAKELBwCyCwcA9AsHAAAMBwD8bA8AXQwHAJoMBwCpDAcA7QwHAMMMBwDKEQcA7wwHAEANBwBPDQcAkw0HAJ4NBwDmDQcA8g0HADkOBwA8DgcAjA4HAEAOBwAxGwcAVQ4HAAgVBwCYDgcA3w4HAOUOBwAyDwcATQ8HAIUPBwCRDwcA2A8HAN4PBwArEAcANxAHAH4QBwCEEAcA0RAHANcQBwAkEQcAKREHAHcRBwB9EQcAT20PAM0RBwAdEgcAORIHAHASBwB4EgcASG4PAM8SBwAWEwcAHBMHAGkTBwCEEwcAvBMHAMgTBwAPFAcAFRQHAGIUBwBqFAcAtRQHANYUBwCbbg8AEBUHAO5uDwBgFQcArhUHALsVBwABFgcADhYHAFQWBwBgFgcApxYHALYWBwD6FgcABBcHAE0XBwBVFwcAoBcHAKoXBwDzFwcAARgHAEYYBwBcGAcAmRgHAKUYBwDsGAcA8RgHAD8ZBwBIGQcAkhkHAJwZBwDlGQcA7RkHADgaBwBCGgcAixoHAJAaBwDeGgcA5hoHAEFvDwA9GwcAhBsHAJcbBwDXGwcA5hsHACocBwA2HAcAfRwHAH4cBwDQHAcA2hwHACMdBwAxHQcAdh0HAHsdBwDJHQcA1h0HAJRvDwAnHgcAbx4HAHseBwDCHgcAyB4HABUfBwAhHwcAaB8HAHAfBwCNcA8Avh8HAA4gBwAWIAcAYSAHAG4gBwC0IAcAuSAHAAchBwAPIQcAWiEHAFwhBwCtIQcAyCEHAAAiBwACIgcAUyIHAGEiBwCmIgcAtyIHAPkiBwD7IgcATCMHAGUjBwCfIwcAsCMHAPIjBwD+IwcARSQHAE0kBwDgcA8AnSQHAOskBwD4JAcAPiUHAEslBwCRJQcAnSUHAOQlBwDzJQcANyYHAEEmBwCKJgcAmCYHAN0mBwDiJgcAMCcHAD0nBwCDJwcAiycHANYnBwDYJwcAKSgHADMoBwB8KAcAhCgHADNxDwDaKAcAIikHADApBwB1KQcAeCkHAMgpBwDQKQcAGyoHADEqBwBuKgcAcyoHAMEqBwDXKgcAFCsHACArBwBnKwcAdCsHALorBwDEKwcAhnEPAA8sBwBgLAcAbiwHALMsBwDELAcA2XEPAAwtBwBZLQcAZS0HACxyDwCuLQcA/y0HAAUuBwBSLgcAci4HAKUuBwCxLgcA+C4HAP8uBwBLLwcAUy8HAJ4vBwClLwcA8S8HAP0vBwBEMAcARjAHAJcwBwCeMAcAf3IPAO0wBwA9MQcARTEHAJAxBwCgMQcA4zEHAOUxBwA2MgcARDIHAIkyBwCaMgcA0nIPAOMyBwAlcw8APDMHAIIzBwCJMwcA1TMHAN0zBwAoNAcANjQHAHs0BwB+NAcAzjQHANY0BwAhNQcAKDUHAHQ1BwCCNQcAxzUHAMo1BwAaNgcAHDYHAG02BwCGNgcAwDYHANE2BwATNwcAHzcHAGY3BwBtNwcAuTcHAME3BwAMOAcAFTgHAF84BwBsOAcAsjgHALw4BwAFOQcAEzkHAFg5BwBpOQcAqzkHALM5BwD+OQcACDoHAFE6BwBfOgcApDoHALo6BwD3OgcAAzsHAEo7BwBROwcAnTsHAKU7BwDwOwcA9jsHAEM8BwBPPAcAljwHAKA8BwDpPAcA7zwHADw9BwBQPQcAy3MPAJ09BwDiPQcA+z0HADU+BwBLPgcAiD4HAJc+BwDbPgcA9T4HAC4/BwAxPwcAC0QHADk/BwDoSAcAPT8HAIE/BwCGPwcA1D8HAOE/BwAnQAcANEAHAHpABwCGQAcAzUAHANxABwAgQQcAKkEHAHNBBwCBQQcAxkEHAMtBBwAZQgcAJkIHAGxCBwB4QgcAv0IHAMVCBwASQwcAGEMHAGVDBwBqQwcAuEMHAL5DBwAedA8AF0QHAF5EBwBkRAcAsUQHAMxEBwAERQcAEEUHAFdFBwBdRQcAqkUHALFFBwD9RQcAAkYHAJxHBwAJRgcAUEYHAFJGBwCjRgcAqkYHAPZGBwASRwcASUcHAFFHBwAXdQ8AoEcHAO9HBwD8RwcAQkgHAF5IBwCVSAcAnUgHAGp1DwDtSAcAO0kHAD5JBwCOSQcAmEkHAOFJBwDySQcANEoHADlKBwCHSgcAjEoHANpKBwD6SgcALUsHADZLBwCASwcAgUsHANNLBwDfSwcAJkwHACxMBwB5TAcAf0wHAMxMBwDRTAcAH00HACVNBwC9dQ8Ac00HAMVNBwDRTQcAGE4HACVOBwBrTgcAc04HAL5OBwDHTgcAEU8HAB5PBwBkTwcAck8HALdPBwDKTwcAClAHABJQBwBdUAcAYFAHALBQBwC1UAcAA1EHABJRBwBWUQcAdlEHAKlRBwC1UQcA/FEHAAZSBwC2dg8AWVIHAKJSBwCkUgcA9VIHAP9SBwBIUwcAUVMHAJtTBwCeUwcA7lMHAPZTBwBBVAcAdlQHAAl3DwCgVAcA51QHAPZUBwA6VQcAWlUHAI1VBwCZVQcA4FUHAOdVBwAzVgcAOFYHAIZWBwCHVgcA2VYHAOVWBwAsVwcAMlcHAH9XBwCBVwcA0lcHANxXBwAlWAcAM1gHAHhYBwB9WAcAy1gHANhYBwAeWQcAKFkHAHFZBwB/WQcAxFkHANpZBwAXWgcAI1oHAGpaBwBvWgcAvVoHAMZaBwAQWwcAGlsHAGNbBwBvWwcAtlsHAMlbBwAJXAcAGFwHAFxcBwBoXAcAr1wHALBcBwACXQcADF0HAFVdBwBjXQcAqF0HAK1dBwD7XQcACF4HAFx3DwBcXgcAoV4HALdeBwD0XgcAAF8HAEdfBwBOXwcAml8HAKJfBwDtXwcA8l8HAEBgBwBJYAcAk2AHAJ1gBwDmYAcA7mAHADlhBwA9YQcAjGEHAI5hBwDfYQcA7WEHADJiBwA8YgcAhWIHAJNiBwDYYgcA5WIHACtjBwBCYwcAfmMHAIZjBwDRYwcA4WMHACRkBwApZAcAd2QHAH1kBwDKZAcA0mQHAB1lBwAiZQcAcGUHAHFlBwDDZQcAz2UHABZmBwAcZgcAaWYHAGtmBwC8ZgcAxmYHAA9nBwAdZwcAYmcHAGdnBwC1ZwcAwmcHAFV4DwAKaAcAW2gHAGVoBwCuaAcAvGgHAAFpBwAGaQcAVGkHAGFpBwCnaQcAqWkHAEwVCQCxaQcA+mkHAAhqBwBNagcAY2oHAKBqBwCsagcA82oHAPhqBwBGawcAT2sHAJlrBwCjawcA7GsHAPhrBwA/bAcAUmwHAJJsBwChbAcA5WwHAPFsBwA4bQcAOW0HAIttBwCVbQcA3m0HAOxtBwAxbgcANm4HAIRuBwCRbgcAqHgPAOBuBwAqbwcANG8HAH1vBwB/bwcA0G8HANpvBwAjcAcAL3AHAHZwBwB+cAcAoXkPAMpwBwAccQcAKHEHAG9xBwB1cQcAwnEHAMRxBwAVcgcAH3IHAGhyBwB2cgcAu3IHAMByBwAOcwcAG3MHAGFzBwBpcwcAtHMHAL5zBwAHdAcAFXQHAFp0BwBwdAcArXQHALl0BwAAdQcAB3UHAFN1BwBbdQcApnUHAKt1BwD5dQcAAnYHAEx2BwBWdgcAn3YHALR2BwDydgcA+3YHAEV3BwBSdwcAmHcHAJp3BwDrdwcABHgHAD54BwBPeAcAkXgHAJ14BwDkeAcA7HgHAPR5DwA8eQcAinkHAJJ5BwDdeQcA83kHADB6BwA1egcAg3oHAIp6BwDWegcA5HoHACl7BwA5ewcAfHsHAJB7BwDPewcA13sHACJ8BwAxfAcAdXwHAHp8BwDIfAcA0XwHABt9BwAofQcAbn0HAHh9BwDBfQcAzX0HABR+BwAafgcAR3oPAHV+BwC6fgcA0H4HAA1/BwAZfwcAYH8HAGV/BwCzfwcAvH8HAAaABwAQgAcAWYAHAGGABwCsgAcAsIAHAP+ABwABgQcAUoEHAGCBBwClgQcAr4EHAPiBBwAGggcAS4IHAFiCBwCeggcAtYIHAPGCBwD5ggcARIMHAFSDBwCXgwcAnIMHAOqDBwDwgwcAPYQHAEWEBwCQhAcAq4QHAOOEBwDlhAcANoUHAEeFBwCJhQcAkoUHANyFBwDohQcAmnoPADSGBwCChgcAhYYHANWGBwDfhgcAKIcHACqHBwB7hwcAlocHAM6HBwDQhwcAIYgHAC+IBwB0iAcAhYgHAMeIBwDJiAcAGokHADOJBwBtiQcAfokHAMCJBwDMiQcA7XoPADCKBwBmigcAd4oHALmKBwDVigcADIsHABSLBwBAew8AZIsHALKLBwC6iwcABYwHABCMBwBYjAcAXYwHAKuMBwCujAcA/owHAAiNBwBRjQcAVI0HAKSNBwCsjQcA940HAPmNBwBKjgcAZY4HAJ2OBwCfjgcA8I4HAP6OBwBDjwcAVI8HAJaPBwCYjwcA6Y8HAAKQBwA8kAcATZAHAI+QBwCbkAcA4pAHAOqQBwCTew8AQpEHAIiRBwCQkQcA25EHAOWRBwAukgcAOZIHAIGSBwCNkgcA1JIHANySBwDmew8ALJMHAHqTBwB/kwcAzZMHAN6TBwA5fA8ALZQHAHOUBwB1lAcAxpQHAN+UBwAZlQcAKpUHAGyVBwB4lQcAv5UHAMeVBwCMfA8AF5YHAGWWBwBtlgcAuJYHAMeWBwALlwcAEZcHAF6XBwBqlwcAsZcHALOXBwAEmAcADpgHAFeYBwBjmAcAqpgHALKYBwDffA8ACZkHAFCZBwBTmQcAo5kHAKaZBwD2mQcABJoHAEmaBwBOmgcAnJoHAKmaBwAyfQ8AAJsHAEKbBwBKmwcAlZsHAE+bBwCppAcAoJsHAOibBwDtmwcAO5wHAD6cBwCOnAcAmJwHAOGcBwAEnQcANJ0HADedBwCHnQcAq50HANqdBwDinQcAhX0PADOeBwCAngcAjp4HANOeBwDfngcAJp8HAC2fBwB5nwcAgZ8HAMyfBwDcnwcAH6AHACSgBwByoAcAeKAHAMWgBwDNoAcAGKEHADWhBwBroQcAdKEHAL6hBwDKoQcAEaIHABeiBwBkogcAeKIHALeiBwC/ogcACqMHABqjBwBdowcAX6MHALCjBwC+owcAA6QHABSkBwDYfQ8AXaQHACt+DwCupAcA/KQHAAOlBwBPpQcAW6UHAKKlBwClpQcA9aUHAAWmBwBIpgcASqYHAJumBwCppgcA7qYHAP+mBwB+fg8ASKcHANF+DwCnpwcA56cHAPanBwA6qAcARqgHAI2oBwCOqAcA4KgHAOqoBwAzqQcAQakHAIapBwCLqQcA2akHAOapBwAkfw8AMaoHAH+qBwCIqgcA0qoHAOOqBwAlqwcALKsHAHirBwCAqwcAy6sHANirBwAerAcAI6wHAHGsBwB7rAcAxKwHAMysBwAXrQcAHa0HAGqtBwB2rQcAva0HAL+tBwAQrgcAH64HAGOuBwBurgcAtq4HAL6uBwAJrwcAC68HAFyvBwBprwcAr68HAMOvBwACsAcACrAHAFWwBwBksAcAqLAHAK2wBwD7sAcACLEHAE6xBwBYsQcAobEHAKOxBwD0sQcAA7IHAEeyBwBRsgcAmrIHAKKyBwDtsgcA7rIHAECzBwBFswcAk7MHAKGzBwDmswcA87MHADm0BwBDtAcAHYAPAI+0BwDftAcA67QHAMnDBwD7tAcAMrUHADq1BwBwgA8AirUHANi1BwDgtQcAK7YHAC62BwB+tgcAirYHANG2BwDXtgcAJLcHAD+3BwB3twcAg7cHAMq3BwDQtwcAHbgHACC4BwBwuAcAeLgHAMO4BwDFuAcAFrkHADG5BwBpuQcAa7kHALy5BwDKuQcAD7oHACC6BwBiugcAZLoHALW6BwDOugcACLsHABm7BwBbuwcAZ7sHAK67BwC2uwcAw4APAAa8BwBUvAcAWrwHAKe8BwCvvAcA+rwHAAm9BwBNvQcAUr0HAKC9BwCtvQcA870HAAC+BwBGvgcAUr4HAJm+BwCovgcA7L4HAPa+BwA/vwcATb8HAJK/BwCXvwcA5b8HAPK/BwAWgQ8ARMAHAIvABwCRwAcA3sAHAPnABwAxwQcAPcEHAITBBwCKwQcA18EHANrBBwAqwgcANsIHAH3CBwCDwgcA0MIHANbCBwAjwwcAKMMHAHbDBwB8wwcAaYEPAM/DBwAcxAcAIsQHAG/EBwB0xAcAwsQHAMjEBwC8gQ8AGsUHAGjFBwB1xQcAu8UHAMjFBwAOxgcAGsYHAGHGBwBwxgcAtMYHAL7GBwAHxwcAFccHAFrHBwBfxwcArccHALrHBwAAyAcAGMgHAFPIBwBZyAcApsgHALLIBwD5yAcACckHAEzJBwBVyQcAn8kHAKLJBwDyyQcA/skHAEXKBwBMygcAtYIPAJrKBwDrygcA9coHAD7LBwBBywcAkcsHAJnLBwDkywcA58sHADfMBwBDzAcAiswHAJDMBwDdzAcA+MwHADDNBwA8zQcAg80HAInNBwAIgw8A9s0HACnOBwA0zgcAfM4HAIHOBwDPzgcA2M4HACLPBwAlzwcAdc8HAIHPBwDIzwcA1M8HACjaBwDgzwcAG9AHACLQBwBu0AcAdNAHAMHQBwDP0AcAFNEHAC/RBwBn0QcAc9EHALrRBwDA0QcADdIHACfSBwBg0gcAbNIHALPSBwC50gcABtMHAAzTBwBZ0wcAXtMHAKzTBwCy0wcAW4MPAAzUBwBS1AcAXtQHAKXUBwCv1AcA+NQHAPzUBwBL1QcAUNUHAJ7VBwCk1QcA8dUHABHWBwBE1gcAUNYHAJfWBwCd1gcA6tYHAPDWBwA91wcAQtcHAJDXBwCW1wcAAYQPAOjXBwA22AcAPdgHAInYBwCV2AcA3NgHAPjYBwAv2QcAN9kHAPqEDwC62QcA1dkHAPvZBwBNhQ8AO9oHAHvaBwCK2gcAztoHANraBwAh2wcAItsHAHTbBwB+2wcAx9sHANXbBwAa3AcAH9wHAG3cBwB63AcAoIUPAMjcBwCZhg8AGN0HAGbdBwBz3QcAud0HAMbdBwAM3gcAGN4HAF/eBwBu3gcAst4HALzeBwAF3wcAE98HAFjfBwBd3wcAq98HALjfBwD+3wcABuAHAOyGDwBd4AcApOAHALTgBwD34AcAAOEHAErhBwBN4QcAneEHAKnhBwDw4QcA9+EHAD+HDwBO4gcAluIHAKLiBwDp4gcA8eIHAJKHDwBJ4wcAj+MHAJbjBwDi4wcA4+MHADXkBwA65AcAiOQHAJbkBwDb5AcA6OQHAC7lBwA45QcAgeUHAInlBwDU5QcA3eUHACfmBwAt5gcAeuYHAIvmBwDN5gcA6eYHACDnBwAo5wcA5YcPAH7nBwDG5wcA0OcHABnoBwAj6AcAbOgHAG3oBwA4iA8AxOgHABLpBwAf6QcAZekHAHLpBwC46QcAxOkHAAvqBwAa6gcAXuoHAGjqBwCx6gcAueoHAATrBwAO6wcAV+sHAFzrBwCq6wcAsusHAIuIDwAI7AcAUOwHAFzsBwCj7AcAq+wHAN6IDwD77AcASe0HAFjtBwCc7QcAvO0HAO/tBwD77QcAQu4HAEjuBwCV7gcAne4HAOjuBwDv7gcAO+8HAD3vBwCO7wcAmu8HAOHvBwD37wcANPAHADnwBwCH8AcAlPAHADGJDwDf8AcALfEHADzxBwCA8QcAoPEHANPxBwDf8QcAJvIHACzyBwB58gcAgfIHAMzyBwDT8gcAH/MHACHzBwBy8wcAfvMHAMXzBwDb8wcAGPQHAB30BwBr9AcAePQHAL70BwDG9AcAEfUHABf1BwBk9QcAbfUHALf1BwDE9QcACvYHABf2BwBd9gcAa/YHALD2BwC99gcAA/cHABr3BwBW9wcAhPcHAISJDwCv9wcA/PcHALb3BwCccA0AEvgHAE/4BwBd+AcAovgHAKX4BwD1+AcA+PgHAEj5BwBW+QcAm/kHAKD5BwDu+QcA+/kHAEH6BwBJ+gcAlPoHAJv6BwDn+gcA8/oHADr7BwBH+wcAjfsHAJv7BwDg+wcA7PsHADP8BwA6/AcAhvwHAI78BwDZ/AcA3fwHACz9BwA3/QcAf/0HAI39BwDS/QcA4/0HACX+BwAx/gcAeP4HAID+BwDXiQ8A0f4HAB7/BwAy/wcAcf8HAH//BwDE/wcA0f8HABcACAAuAAgAagAIAHIACAC9AAgAxwAIABABCAAVAQgAYwEIAGsBCAC2AQgAxQEIAAkCCAAOAggAXAIIAGkCCACvAggAvAIIAAIDCAAOAwgAVQMIAGQDCACoAwgAsgMIAPsDCAADBAgATgQIAFgECAChBAgApgQIAPQECAD8BAgAKooPAFIFCACaBQgApgUIAO0FCAD1BQgAfYoPAEUGCACTBggAogYIAOYGCAAGBwgAOQcIAEUHCACMBwgAkgcIAN8HCADnBwgAMggIADkICACFCAgAhwgIANgICADkCAgAKwkIAEEJCAB+CQgAgwkIANEJCADeCQgA0IoPAC0KCAB3CggAfQoIAMoKCADYCggAHQsIACoLCABwCwgAhwsIAMMLCADLCwgAFgwIACUMCABpDAgAbgwIALwMCADJDAgADw0IABwNCABiDQgAbg0IALUNCADEDQgACA4IABIOCABbDggAdw4IAK4OCAC2DggAI4sPAA4PCADwGAwAEA8IAFQPCABeDwgAAo0MAHQPCACnDwgAsw8IAPoPCAAAEAgATRAIAFUQCAB/UAgAWRAIAKAQCABnEAgAGTsIALMQCADzEAgAAhEIAEYRCABSEQgAmREIAJoRCADsEQgA9hEIAD8SCABNEggAkhIIAJcSCADlEggA8hIIAHaLDwA+EwgAixMIAJETCADeEwgA4xMIADEUCAA3FAgAb4wPAI8UCADXFAgA5RQIACoVCAA7FQgAfRUIAIkVCADQFQgA2BUIABWNDwAvFggAdhYIAIAWCADJFggA2BYIABwXCAAnFwgAbxcIAH0XCADCFwgAzxcIABUYCAAsGAgAaBgIAHAYCAC7GAgAvhgIAA4ZCAAaGQgAYRkIAGcZCAC0GQgAzxkIAAcaCAATGggAWhoIAGAaCACtGggAtRoIAAAbCAACGwgAUxsIAFQbCACmGwgAtBsIAPkbCAABHAgATBwIAGccCACfHAgAqxwIAPIcCAD4HAgARR0IAEgdCACYHQgAph0IAOsdCADwHQgAPh4IAEseCABojQ8Anh4IABeKDACiHggA5B4IAKQeCABO4QwA8B4IADcfCABEHwgAih8IAI8fCADdHwgA5x8IADAgCABAIAgAgyAIAIggCADWIAgA3yAIACkhCAA2IQgAfCEIAIMhCADPIQgA2yEIACIiCAAoIggAdSIIAHsiCADIIggAzSIIABsjCAAhIwgAu40PAHojCADBIwgAxyMIABQkCAAaJAgAZyQIAHQkCAC6JAgAvyQIAA0lCAAVJQgAYCUIAJYlCACzJQgA4yUIAAYmCAAOJggAWSYIAGYmCACsJggAsSYIAP8mCAAHJwgAUicIAFUnCAClJwgAricIAPgnCAAHKAgASygIAFYoCACeKAgApigIAPEoCAABKQgARCkIAFIpCACXKQgAqCkIAOopCAD2KQgAPSoIAEUqCAC0jg8AlioIAOMqCADrKggANisIAD0rCACJKwgAlysIANwrCADiKwgALywIADssCACCLAgAkSwIANUsCADfLAgAKC0IAC0tCAB7LQgAgS0IAM4tCADiLQgAB48PAC4uCAB0LggAMC4IAPluCAB5LggAxy4IANMuCAAaLwgAJy8IAG0vCAB3LwgAWo8PANsvCAATMAgAFTAIAGYwCABsMAgAuTAIAPAwCAAMMQgAEjEIAF8xCABoMQgAsjEIAL8xCAAFMggAPDIIAFgyCABfMggAqzIIALAyCAD+MggADTMIAFEzCABxMwgApDMIALAzCAD3MwgA/TMIAEo0CABkNAgAnTQIAKA0CADwNAgA9TQIAEM1CABSNQgAljUIALY1CAAAkA8ACTYIADw2CABINggAjzYIAJk2CADiNggA7jYIAF7jCADvNggANTcIADo3CACINwgAkjcIANs3CADrNwgALjgIADM4CACBOAgAijgIANQ4CADhOAgAJzkIAC45CAB6OQgAhjkIAM05CADTOQgAIDoIACY6CABzOggAeDoIAMY6CADMOggAU5APABw7CABsOwgAcTsIAL87CADOOwgAEjwIADI8CAD5kA8AczwIALg8CADFPAgACz0IABI9CABePQgAZj0IALE9CACzPQgABD4IALg9CADpzQoAyD0IAI2TCgAKPggAMLgKAAw+CABXPggAWz4IAB9GCABtPggA81UKAHI+CACqPggArD4IAP0+CAAOPwgAUD8IAF4/CACjPwgAqj8IAPY/CAD+PwgASUAIAFBACACcQAgAoUAIAO9ACAD+QAgAQkEIAGJBCACVQQgAoUEIAOhBCADuQQgAO0IIAENCCACOQggAmkIIAOFCCADuQggANEMIAE9DCACHQwgAlUMIANpDCADgQwgALUQIADJECACARAgAjUQIANNECADpRAgAJkUIADJFCAB5RQgAhkUIAMxFCADWRQgATJEPACRGCAByRggAeEYIAMVGCADlRggAGEcIACZHCABrRwgAeEcIAL5HCADVRwgAEUgIABlICABkSAgAc0gIALdICAC8SAgACkkIABdJCABdSQgAZ0kIALBJCACySQgAA0oIABFKCABWSggAY0oIAKlKCAC1SggA/EoIAAJLCABPSwgAV0sIAKJLCACoSwgA9UsIAP5LCABITAgAVUwIAJtMCAClTAgA7kwIAPxMCABBTQgAV00IAJRNCACgTQgA500IAO9NCACfkQ8ARE4IAI1OCACTTggA4E4IAOJOCAAzTwgAPU8IAIZPCACSTwgA2U8IAPBPCAAsUAgAQFAIAPKRDwCNUAgA0lAIANVQCAAlUQgALVEIAHhRCACEUQgAy1EIANlRCAAeUggAKFIIAHFSCAB8UggAxFIIANBSCAAXUwgAHVMIAGpTCAByUwgAvVMIAMpTCAAQVAgAFVQIAGNUCABtVAgAtlQIAL5UCAAJVQgAD1UIAFxVCABlVQgAr1UIALxVCAACVggAD1YIAFVWCABjVggAqFYIALVWCAD7VggAElcIAE5XCABWVwgAoVcIAKZXCAD0VwgA+lcIAEdYCABPWAgAmlgIALBYCADtWAgA+1gIAEBZCABDWQgAk1kIAKJZCADmWQgA61kIADlaCABGWggAjFoIAJxaCADfWggA7VoIADJbCABJWwgAhVsIAI5bCADYWwgA3lsIACtcCAA3XAgAflwIAIVcCABFkg8A3VwIACRdCAAmXQgAd10IAIFdCADKXQgA1l0IAB1eCAAlXggAmJIPAHVeCADDXggA0l4IABZfCAA2XwgAaV8IAHVfCAC8XwgAwl8IAA9gCAAXYAgAYmAIAGNgCAC1YAgAu2AIAAhhCAANYQgAW2EIAHZhCACuYQgAvGEIAAFiCAAIYggAVGIIAGBiCACnYggArWIIAOuSDwD/YggATWMIAFdjCACgYwgAsWMIAPNjCAD/YwgARmQIAElkCACZZAgAnGQIAOxkCAD0ZAgAP2UIAEZlCACSZQgAl2UIAOVlCAD0ZQgAOGYIAFhmCACLZggAl2YIAN5mCADkZggAMWcIADlnCACEZwgAkWcIANdnCADcZwgAKmgIADRoCAB9aAgAhWgIANBoCADgaAgAI2kIAChpCAB2aQgAf2kIAMlpCADWaQgAHGoIACNqCAA+kw8AdGoIAMJqCADRaggAFWsIADVrCABoawgAdGsIALtrCADBawgADmwIABZsCABhbAgAbWwIALRsCADBbAgAB20IAA5tCABabQgAW20IAK1tCACybQgAAG4IAA5uCABTbggAYG4IAKZuCACwbggAkZMPAP5uCABMbwgAWW8IAJ9vCACsbwgA8m8IAPhvCABFcAgAUXAIAJhwCACocAgA63AIAPRwCAA+cQgAQXEIAJFxCACdcQgA5HEIAOtxCADkkw8AOXIIAIpyCAA+cggAjYwLAEdyCAC+2AsAm3IIAN1yCADlcggAMHMIADpzCACDcwgAknMIANZzCADXcwgAKXQIADF0CACKlA8AhHQIAN2UDwDtdAgAInUIAPJ0CAAoog8A93QIAOiUCAAqdQgAdXUIAIR1CADIdQgAzXUIABt2CAAodggAbnYIAHt2CADBdggAzXYIABR3CAAjdwgAZ3cIAHF3CAC6dwgA3XcIAA14CABDeAgAYHgIAIR4CACzeAgAu3gIACmWDwALeQgAWXkIAF95CACseQgAtHkIAHyWDwANeggAUnoIAG16CACleggAsXoIAPh6CAAJewgAS3sIAF97CACeewgApnsIAPF7CAD3ewgARHwIAFB8CACXfAgAp3wIAOp8CADzfAgAPX0IAEB9CACQfQgAnH0IAON9CADqfQgAz5YPAER+CACJfggAk34IACKXDwDhfggAL38IADx/CACCfwgAj38IANV/CADhfwgAKIAIADeACAB7gAgAhYAIAM6ACADcgAgAIYEIACaBCAB0gQgAgYEIAMeBCADPgQgAdZcPACaCCABtgggAfYIIAMCCCADJgggAE4MIABaDCABmgwgAcoMIALmDCADAgwgAyJcPABuECABfhAgAZIQIALKECAC/hAgABYUIABKFCABYhQgAXoUIAKuFCAC3hQgA/oUIAA6GCABRhggAWoYIAKSGCACnhggA94YIAAOHCABKhwgAUYcIABuYDwCihwgA8IcIAP2HCABDiAgAYYgIAJaICACiiAgA6YgIAPyICAA8iQgASokIAI+JCACSiQgA4okIAOyJCAA1iggAQ4oIAIiKCACViggA24oIAPKKCAAuiwgANosIAIGLCACIiwgA1IsIANmLCAAnjAgAPYwIAHqMCAB8jAgAzYwIANuMCAAgjQgALY0IAG6YDwB7jQgAwZgPAMuNCAAZjggAJo4IAGyOCAB5jggAv44IAMuOCAASjwgAIY8IAGWPCABvjwgAuI8IAMaPCAALkAgAEJAIAF6QCABrkAgAsZAIALmQCAAUmQ8AEJEIAFeRCABnkQgAqpEIALORCAD9kQgAAJIIAFCSCABckggAo5IIAKqSCABnmQ8AApMIAEmTCABZkwgAnJMIAF+TCAD+aQwApZMIAO+TCADykwgAQpQIAE6UCACVlAgAnJQIALqZDwDxlAgAJpgIAPKUCAA7lQgASpUIAI6VCABMlQgA2pYIAI+VCADhlQgA/ZUIADSWCABrlggAh5YIAL6WCAANmg8A3ZYIAC2XCABJlwgAgJcIALeXCADTlwgACpgIAGCaDwAzmAgAeZgIAIeYCADMmAgA35gIAB+ZCAA7mQgAcpkIAKmZCADFmQgA/JkIALOaDwApmggAa5oIAHeaCAC+mggAxpoIAAabDwAWmwgAZJsIAGybCAC3mwgAxpsIAAqcCAAPnAgAXZwIAGqcCACwnAgAvZwIAAOdCAAPnQgAVp0IAGWdCACpnQgAs50IAPydCAAEnggAT54IAFmeCACinggAp54IAPWeCAD9nggAWZsPAFefCACbnwgAWZ8IAOegCACcnwgA7p8IAAqgCABBoAgAeKAIAJSgCADLoAgArJsPAOqgCAA6oQgAVqEIAI2hCADEoQgA4KEIABeiCAD/mw8ANqIIAIaiCACXoggA2aIIAPWiCAAsowgAY6MIAH+jCAC2owgAUpwPAN+jCAAlpAgAMaQIAHikCACHpAgAy6QIANWkCAAepQgALKUIAHGlCAB2pQgAxKUIANGlCAAXpggAH6YIAGqmCABwpggAvaYIAHqmCAAIBwkAyaYIABCnCAAgpwgAY6cIAGynCAC2pwgAuacIAAmoCAAVqAgAXKgIAGOoCAClnA8AtKgIABxVCwC5qAgAAqkIALuoCAD07woADKkIAFWpCABWqQgAqKkIALepCAD7qQgAAKoIAE6qCABbqggAoaoIAK6qCAD0qggAAKsIAEerCABWqwgAmqsIAKSrCADtqwgA+6sIAECsCABFrAgAk6wIAKCsCADmrAgA56wIADmtCAA+rQgAjK0IAJGtCADfrQgA8K0IADKuCABVrggAha4IAJCuCADYrggA3a4IACuvCAAurwgAfq8IAIivCADRrwgA/K8IACSwCABDsAgA+JwPAIOwCADKsAgAzLAIAB2xCAAssQgAcLEIAHuxCADDsQgAy7EIABayCAAdsggAabIIAGuyCAC8sggAxrIIAA+zCAARswgAYrMIAHuzCAC1swgAt7MIAAi0CAALtAgAW7QIAGe0CACutAgAtrQIAEudDwANtQgAVLUIAFq1CACntQgAwrUIAPq1CAAGtggATbYIAFO2CACgtggAqLYIAPO2CAD1tggARrcIAFC3CACZtwgAobcIAJ6dDwD9twgAP7gIAEa4CACSuAgAmrgIAOW4CADyuAgAOLkIAD25CACLuQgAlbkIAN65CADmuQgAMboIAEC6CACEuggAiboIANe6CADkuggAKrsIADe7CAB9uwgAibsIANC7CADfuwgAI7wIAC28CAB2vAgAfrwIAMm8CADTvAgAHL0IACG9CABvvQgAd70IAPGdDwDOvQgAFb4IACW+CABovggAcb4IALu+CAC+vggADr8IABq/CABhvwgAaL8IAESeDwC6vwgAB8AIAA3ACABawAgAX8AIAK3ACACzwAgAl54PAAbBCABTwQgAWcEIAKbBCACrwQgA4R8NALPBCAD5wQgA/sEIAEzCCABUwggAn8IIANLCCAAUyggA18IIAPLCCAAqwwgARcMIAH3DCACYwwgAyMMIAOvDCADzwwgAPsQIAE3ECACRxAgAlsQIAOTECADxxAgAN8UIAETFCACKxQgAlsUIAN3FCADsxQgAMMYIADrGCACDxggAkcYIANbGCADbxggAKccIADbHCAB8xwgAhMcIAM/HCADVxwgAIsgIAC7ICAB1yAgAhcgIAMjICADRyAgAG8kIAB7JCABuyQgAeskIAMHJCADIyQgA6p4PAEzKCABnyggAl8oIALrKCADCyggADcsIABzLCABgywgAZcsIALPLCADAywgABswIABPMCABZzAgAZcwIAKzMCAC7zAgA/8wIAAnNCABSzQgAYM0IAKXNCACqzQgA+M0IAAXOCABLzggAU84IAJ7OCACkzggA8c4IAP3OCABEzwgAVM8IAJfPCACgzwgA6s8IAO3PCAA90AgASdAIAJDQCACX0AgAPZ8PAOXQCAAeLw0A8dAIADbRCABD0QgAidEIAJXRCADc0QgA4tEIAC/SCAA10ggAgtIIAIfSCADV0ggA29IIAJCfDwBO0wgAe9MIAKHTCADO0wgAAdQIACHUCABZ1AgAdNQIAKTUCAA2oA8A09QIABrVCADV1AgAcuUJACTVCABt1QgAh9UIAMDVCADP1QgAE9YIABjWCABm1ggAc9YIALnWCADG1ggADNcIABjXCABf1wgAbtcIALLXCAC81wgABdgIABHYCABY2AgAa9gIAKvYCAC62AgA/tgIAArZCABR2QgAUtkIAKTZCACu2QgA99kIAAXaCABK2ggAT9oIAJ3aCACq2ggAiaAPAPXaCABD2wgAUNsIAJbbCACj2wgA6dsIAPXbCAA83AgAS9wIAI/cCACZ3AgA4twIAPDcCAA13QgAOt0IAIjdCACV3QgA290IAOPdCACCoQ8AOt4IAIHeCACR3ggA1N4IAN3eCAAn3wgAKt8IAHrfCACG3wgAzd8IANTfCADVoQ8AI+AIAHPgCAB74AgAxuAIANLgCAAZ4QgAH+EIAGzhCABy4QgAv+EIAMThCAAS4ggAGOIIAHuiDwCd4ggAuOIIAPDiCAAL4wgAL+MIACGjDwBk4wgAd/wJAHHjCACx4wgAwOMIAATkCAAQ5AgAV+QIAFjkCACq5AgAtOQIAP3kCAAL5QgAUOUIAFXlCACj5QgAsOUIAHSjDwAZ5ggAx6MPAIHmCACc5ggA1OYIAO/mCAAT5wgAGqQPAFDnCACV5wgAmucIAOjnCAD15wgAO+gIAEPoCACO6AgAlOgIAOHoCADt6AgANOkIAETpCACH6QgAkOkIANrpCADd6QgALeoIAGbqCACA6ggAjOoIAG2kDwDZ6ggAJusIAD/rCAB56wgAh+sIAMzrCADZ6wgAH+wIACbsCABy7AgAe+wIAMXsCADS7AgAGO0IAC/tCABr7QgAbu0IAL7tCADA7QgAEe4IABruCABk7ggAdO4IALfuCADQ7ggACu8IAAzvCABd7wgAZu8IALDvCAC47wgAA/AIAAXwCABW8AgAb/AIAKnwCADA8AgA/PAIAAjxCABP8QgAYPEIAKLxCACu8QgA9fEIAADyCABI8ggAVfIIAJvyCACl8ggAwKQPAAHzCABB8wgAT/MIAJTzCAB88wgAr/sIAM7zCADn8wgA9PMIADr0CABC9AgAjfQIAJP0CADg9AgA7PQIADP1CAA+9QgAhvUIAI/1CADZ9QgA3PUIACz2CAAu9ggAf/YIAIb2CADS9ggA1PYIABOlDwAo9wgAePcIAIb3CADL9wgA0PcIAB74CAAr+AgAcfgIAH34CADE+AgAzPgIAGalDwAl+QgAavkIAHr5CAC9+QgAy/kIABD6CAAZ+ggAY/oIAG36CAC2+ggAuPoIAAn7CAAT+wgAXPsIAF77CAC5pQ8AtPsIAAL8CAAK/AgAVfwIAFv8CACo/AgAtPwIAPv8CAAK/QgATv0IAFf9CACh/QgApP0IAPT9CAD2/QgAR/4IAE7+CACa/ggAnP4IAAymDwDy/ggAQP8IAFz/CACT/wgAr/8IAF+mDwDz/wgApRkKAPX/CAA5AAkAPgAJAIwACQCZAAkA3wAJAOwACQAyAQkAOAEJAIUBCQCRAQkA2AEJAOgBCQArAgkANAIJAH4CCQCBAgkA0QIJAN0CCQAkAwkAKwMJALKmDwCGAwkAygMJAM8DCQAdBAkAKgQJAHAECQB9BAkAwwQJAMkECQAWBQkAIgUJAGkFCQB5BQkAvAUJAMUFCQAPBgkAEgYJAGIGCQBuBgkAtQYJALwGCQAFpw8ACgcJAFsHCQBpBwkArgcJAL8HCQBYpw8ACAgJAKunDwBcCAkA/qcPAKwICQD6CAkABwkJAE0JCQBaCQkAoAkJAKwJCQDzCQkAAgoJAEYKCQBQCgkAmQoJAKcKCQDsCgkA8QoJAD8LCQBMCwkAkgsJAJoLCQBRqA8A8QsJADgMCQBIDAkAiwwJAJQMCQDeDAkA4QwJADENCQA9DQkAhA0JAIsNCQCkqA8A3A0JACoOCQAyDgkAfQ4JAIAOCQDQDgkA2Q4JACMPCQAyDwkAdg8JAIEPCQDJDwkA0Q8JABwQCQAsEAkAbxAJAH0QCQDCEAkA0xAJABURCQAhEQkAaBEJAHARCQD3qA8AwREJAA4SCQAWEgkAYRIJAGgSCQC0EgkAwhIJAAcTCQANEwkAWhMJAGYTCQCtEwkAvBMJAAAUCQAKFAkAUxQJAFgUCQCmFAkArBQJAPkUCQANFQkASqkPAF0VCQCfFQkAqxUJAPIVCQD4FQkARRYJAEsWCQCYFgkAnRYJAOsWCQDxFgkAnakPAEMXCQCRFwkAohcJAOQXCQDsFwkANxgJAPAXCQAZNAkA8hcJAIKvDQBBGAkAihgJAJgYCQDdGAkA8xgJADAZCQA8GQkAgxkJAIoZCQDWGQkA3hkJACkaCQAuGgkAfBoJAIUaCQDPGgkA2RoJACIbCQAqGwkAdRsJAHkbCQDIGwkA0xsJABscCQApHAkAbhwJAH8cCQDBHAkAzRwJABQdCQAcHQkA8KkPAGkdCQC6HQkAyB0JAA0eCQAXHgkAYB4JAG4eCQCzHgkAwB4JAAYfCQAdHwkAWR8JAGEfCQCsHwkAvB8JAP8fCQAEIAkAUiAJAFggCQClIAkArSAJAPggCQD6IAkASyEJAFghCQCeIQkApiEJAPEhCQD2IQkARCIJAEUiCQCXIgkAoyIJAOoiCQD3IgkAPSMJAEUjCQCQIwkAnyMJAOMjCQDoIwkANiQJAEMkCQCJJAkAliQJANwkCQDoJAkALyUJAD4lCQCCJQkAjCUJANUlCQDjJQkAKCYJAC0mCQB7JgkAiCYJAEOqDwDRJgkAIScJACknCQB0JwkAgScJAMcnCQDMJwkAGigJACQoCQBtKAkAdSgJAMAoCQDCKAkAEykJAC4pCQBmKQkAaCkJALkpCQDHKQkADCoJAB0qCQBfKgkAYSoJALIqCQDLKgkABSsJABYrCQBYKwkAZCsJAKsrCQDAKwkA/isJAAYsCQBRLAkAVywJAKQsCQCwLAkA9ywJABQtCQBKLQkAUy0JAJ0tCQCpLQkA8C0JAPMtCQBDLgkATS4JAJYuCQCeLgkA6S4JAPMuCQA8LwkASi8JAI8vCQClLwkA4i8JAO4vCQA1MAkAPDAJAIgwCQCQMAkA2zAJAOAwCQAuMQkANzEJAIExCQCLMQkA1DEJANwxCQAnMgkAKTIJAHoyCQCKMgkAzTIJANcyCQAgMwkALDMJAHMzCQB5MwkAxjMJAM4zCQCWqg8AHzQJAGw0CQByNAkAvzQJAMQ0CQASNQkAGDUJAOmqDwBzNQkAuDUJAM41CQALNgkAFzYJAF42CQBjNgkAsTYJALo2CQAENwkADjcJAFc3CQB6NwkAqjcJAK43CQD9NwkAuTcJAEk5CQD/NwkAUDgJAF44CQCjOAkArTgJAPY4CQAaOQkA4qsPAE85CQCcOQkAqDkJAO85CQDxOQkAQjoJAEw6CQCVOgkAoToJAOg6CQAMOwkANawPAD87CQCOOwkASjsJANo8CQCQOwkA4TsJAO87CQA0PAkAPjwJAIc8CQCrPAkAiKwPAOA8CQAtPQkAOT0JAIA9CQCCPQkA0z0JAN09CQAmPgkAMj4JAHk+CQCdPgkA26wPAOk+CQAfPwkAKD8JAHI/CQCAPwkAxT8JAMs/CQAYQAkAJEAJAGtACQBzQAkALq0PAMVACQARQQkAKkEJAGRBCQBzQQkAt0EJAL9BCQAKQgkAGUIJAF1CCQBiQgkAsEIJAL1CCQADQwkAEEMJAFZDCQBiQwkAqUMJALhDCQD8QwkABkQJAE9ECQBdRAkAokQJAKdECQD1RAkAAkUJAIGtDwBJRQkAKcAJAGFFCQCbRQkApUUJAO5FCQDwRQkAQUYJAE9GCQCURgkAoUYJAOdGCQDvRgkAOkcJAGNHCQCNRwkAlEcJAOBHCQD5RwkAM0gJAEJICQCGSAkAjkgJANlICQDoSAkALEkJADFJCQB/SQkAjEkJANJJCQDfSQkAJUoJADFKCQB4SgkAh0oJAMtKCQDVSgkAHksJACxLCQBxSwkAdksJAMRLCQDRSwkA1K0PABxMCQD5WQsAI0wJAGpMCQA/TAkANF4QAH1MCQC9TAkAzEwJABBNCQAcTQkAY00JAG9NCQC2TQkAvU0JAAlOCQAVTgkAXE4JAGNOCQCvTgkAt04JAAJPCQAGTwkAVU8JAGBPCQCoTwkAtE8JAPtPCQAIUAkATlAJAFZQCQChUAkAq1AJAPRQCQD6UAkAR1EJAFtRCQCaUQkAqFEJAO1RCQD6UQkAQFIJAFdSCQCTUgkAm1IJAOZSCQDwUgkAOVMJAD5TCQCMUwkAlFMJAN9TCQDuUwkAMlQJADdUCQCFVAkAklQJANhUCQDlVAkAK1UJADdVCQB+VQkAjVUJANFVCQDbVQkAJ64PACxWCQB3VgkAhlYJAMpWCQDPVgkAHVcJACZXCQBwVwkAgVcJAMNXCQDKVwkAFlgJAB5YCQBpWAkAdlgJALxYCQDBWAkAD1kJABlZCQBiWQkAalkJALVZCQDOWQkACFoJABRaCQBbWgkAY1oJAHquDwC9WgkAAVsJAB5bCQBUWwkAXVsJAKdbCQC1WwkA+lsJAABcCQBNXAkAWVwJAKBcCQCnXAkA81wJAPtcCQBGXQkAVl0JAJldCQCfXQkA7F0JAPFdCQA/XgkAVV4JAJJeCQCaXgkA5V4JAO9eCQA4XwkAQ18JAItfCQCXXwkA3l8JAOZfCQDNrg8APmAJAIRgCQCLYAkA12AJAONgCQAqYQkAMGEJAH1hCQCOYQkA0GEJAORhCQAjYgkAMWIJAHZiCQCDYgkAyWIJAOBiCQAcYwkAJGMJAG9jCQB2YwkAwmMJAMRjCQAVZAkAH2QJAGhkCQBqZAkAu2QJANRkCQAOZQkAEGUJAGFlCQBkZQkAtGUJAMBlCQAHZgkAM2YJACCvDwBpZgkArWYJAMpmCQAAZwkACWcJAFNnCQBhZwkApmcJAKxnCQD5ZwkABWgJAExoCQBUaAkAc68PAKdoCQDyaAkA+GgJAEVpCQBRaQkAmGkJAJtpCQDraQkA8GkJAD5qCQBHagkAkWoJAJdqCQDkagkA82oJADdrCQBDawkAimsJAJJrCQDGrw8A42sJADBsCQA1bAkAg2wJAJlsCQDWbAkA3mwJACltCQA3bQkAfG0JAIZtCQDPbQkA0m0JACJuCQAqbgkAdW4JAHZuCQDIbgkAzm4JABtvCQApbwkAbm8JAIRvCQDBbwkAw28JABRwCQAacAkAZ3AJAHtwCQC6cAkAwnAJAA1xCQAdcQkAYHEJAGJxCQCzcQkAwnEJAAZyCQAQcgkAWXIJAF5yCQCscgkAsnIJAP9yCQATcwkAUnMJAFpzCQClcwkAqnMJAPhzCQD+cwkAS3QJAFN0CQCedAkAoXQJAPF0CQD2dAkARHUJAE11CQCXdQkAnXUJAOp1CQD5dQkAPXYJAEl2CQAZsA8AnHYJAON2CQD2dgkANncJAFJ3CQCJdwkAkXcJAGywDwDqdwkAL3gJAEV4CQCCeAkAjngJANV4CQDaeAkAKHkJADF5CQB7eQkAhXkJAM55CQDWeQkAIXoJACN6CQB0egkAg3oJAMd6CQDkegkAGnsJACN7CQBtewkAe3sJAMB7CQDGewkAE3wJACF8CQBmfAkAc3wJALl8CQDQfAkADH0JABR9CQBffQkAYX0JALJ9CQC6fQkABX4JABR+CQBYfgkAXX4JAKt+CQC4fgkA/n4JAAt/CQBRfwkAXX8JAKR/CQCzfwkA938JAAGACQBKgAkAWIAJAJ2ACQCigAkA8IAJAP2ACQC/sA8ATYEJAJaBCQCYgQkA6YEJAPCBCQA8ggkAQ4IJAI+CCQCVggkA4oIJAPCCCQA1gwkAQoMJAIiDCQCYgwkA24MJAOCDCQAuhAkANoQJAIGECQBKhAkAcfEJAI2ECQDUhAkA1oQJAL+HCQDhhAkAJ4UJACyFCQB6hQkAhIUJAM2FCQDdhQkAIIYJACWGCQBzhgkAfIYJAMaGCQDThgkAGYcJACCHCQBshwkAdIcJABKxDwDNhwkAEogJACqICQBliAkAZ4gJALiICQDPiAkAC4kJAA2JCQBeiQkAbIkJALGJCQC+iQkABIoJAAyKCQBlsQ8AXYoJAKqKCQCsigkA/YoJAAqLCQBQiwkAU4sJAKOLCQC0iwkA9osJAPiLCQBJjAkAU4wJAJyMCQCojAkA74wJAPeMCQC4sQ8AR40JAJWNCQCYjQkA6I0JAPKNCQA7jgkAQ44JAI6OCQCbjgkA4Y4JAOOOCQA0jwkASo8JAIePCQCTjwkA2o8JAOKPCQALsg8AMJAJAICQCQCJkAkA05AJAOGQCQBTugkA4pAJACaRCQAxkQkAeZEJAIGRCQDMkQkA15EJAB+SCQAkkgkAcpIJAHWSCQDFkgkAz5IJALGyDwAekwkAa5MJACKTCQBd0wwAhpMJAL6TCQDKkwkAEZQJABeUCQBklAkAbJQJALeUCQDNlAkACpUJABiVCQBdlQkAYJUJALCVCQDJlQkAA5YJAA+WCQBWlgkAYZYJAKmWCQCrlgkA/JYJABeXCQBPlwkAXZcJAKKXCQCvlwkA9ZcJAAyYCQAEsw8ASpgJAKLVDABemAkAm5gJAJyYCQDumAkA85gJAEGZCQBHmQkAlJkJAJaZCQDnmQkA7ZkJADqaCQBOmgkAjZoJAJWaCQDgmgkA8JoJADObCQA1mwkAhpsJAJSbCQDZmwkA6psJAFezDwAynAkAf5wJAIucCQCqsw8A1JwJACWdCQA2nQkAeJ0JAICdCQDLnQkA1J0JAB6eCQAlngkAcZ4JAHKeCQD9sw8A0J4JABefCQAZnwkAap8JAHGfCQC9nwkAxZ8JABCgCQAZoAkAY6AJAGqgCQC2oAkAt6AJAFC0DwAOoQkAXKEJAGShCQCvoQkAuaEJAAKiCQAQogkAVaIJAGuiCQCoogkAtKIJAPuiCQAAowkATqMJAFejCQChowkAq6MJAKO0DwD1owkAR6QJAE+kCQAqAAsAX6QJAJqkCQCnpAkA7aQJAPmkCQBApQkASqUJAJOlCQCXpQkA5qUJAOulCQA5pgkAP6YJAIymCQCspgkA36YJAPemCQAypwkASacJAIWnCQCRpwkA2KcJAOKnCQArqAkALagJAH6oCQCFqAkA0agJANioCQAkqQkAKqkJAHepCQCDqQkAyqkJAM2pCQAdqgkAIKoJAHCqCQB8qgkAw6oJAMaqCQAWqwkAMqsJAGmrCQBxqwkA9rQPAMirCQAPrAkAGawJAGKsCQBkrAkAtawJALysCQAIrQkAD60JAFutCQBhrQkArq0JALytCQABrgkADq4JAFSuCQBkrgkAp64JAKyuCQD6rgkAAq8JAE2vCQBdrwkAoK8JAKWvCQDzrwkA+a8JAEawCQBOsAkASbUPAJ+wCQDssAkA9LAJAD+xCQBCsQkAkrEJAJ6xCQDlsQkA67EJADiyCQBTsgkAi7IJAJmyCQDesgkA7bIJADGzCQA9swkAhLMJAIyzCQDvtQ8A3LMJACq0CQA0tAkAfbQJAIW0CQDQtAkA8LQJACO1CQAwtQkAdrUJAHu1CQDJtQkAzbUJABy2CQAptgkAQrYPAHS2CQDCtgkAxbYJABW3CQAftwkAaLcJAHS3CQC7twkAzrcJAA64CQAduAkAYbgJAG24CQC0uAkAtbgJAAe5CQARuQkAWrkJAGi5CQCtuQkAsrkJAAC6CQANugkAlbYPAF26CQCmugkAqLoJAPm6CQASuwkATLsJAF27CQCfuwkAq7sJAPK7CQD6uwkAjrcPAEy8CQCYvAkAn7wJAOu8CQDxvAkAPr0JAEq9CQCRvQkAlL0JAOS9CQDnvQkAN74JAD++CQCKvgkAmr4JAN2+CQDivgkAML8JADm/CQCDvwkAkL8JANa/CQDdvwkA4bcPADXACQB8wAkAicAJAM/ACQDXwAkAIsEJACzBCQB1wQkAhMEJAMjBCQDJwQkAG8IJACPCCQBuwgkAfcIJAMHCCQDGwgkAFMMJACHDCQBnwwkAdMMJALrDCQDGwwkADcQJABzECQBgxAkAasQJALPECQDBxAkABsUJAAvFCQBZxQkAZsUJAKzFCQC0xQkA/8UJAAnGCQBSxgkAV8YJAKXGCQCtxgkANLgPAAbHCQBLxwkAV8cJAJ7HCQCkxwkA8ccJAPfHCQBEyAkAScgJAJfICQCdyAkAh7gPAPbICQA9yQkAQ8kJAJDJCQCWyQkA48kJAPDJCQA2ygkAO8oJAInKCQCRygkA3MoJAPrKCQCAuQ8AMcsJANonDAAyywkAfF8LADXLCQAk9QoARcsJAILLCQCDywkA1csJANrLCQAozAkALswJAHvMCQB9zAkAzswJANTMCQAhzQkANc0JAHTNCQB8zQkAx80JANfNCQAazgkAHM4JAG3OCQB7zgkAwM4JANHOCQDTuQ8AGc8JAGbPCQByzwkAJroPAMbPCQAM0AkAFNAJAF/QCQBs0AkAstAJALTQCQAF0QkAG9EJAFjRCQBk0QkAq9EJALPRCQDMug8ACtIJAFHSCQBU0gkApNIJAKnSCQD30gkACNMJAErTCQBT0wkAndMJAKfTCQDw0wkA/tMJAEPUCQBI1AkAltQJAKPUCQAfuw8A9dQJADzVCQBJ1QkAj9UJAJHVCQDi1QkA+NUJADXWCQBB1gkAiNYJAJDWCQByuw8A4NYJAC7XCQA01wkAgdcJAInXCQDU1wkA19cJACfYCQAz2AkAetgJAIDYCQDN2AkA6NgJACDZCQAt2QkAc9kJAHXZCQDG2QkA3NkJABnaCQAl2gkAbNoJAHTaCQDFuw8AxdoJABLbCQAX2wkAZdsJAIDbCQC42wkAxtsJAAvcCQAS3AkAXtwJAGrcCQCx3AkAuNwJABi8DwAP3QkAV90JAF/dCQCq3QkAtd0JAP3dCQAC3gkAUN4JAFPeCQCj3gkArd4JAPbeCQD+3gkASd8JAFffCQCc3wkAn98JAO/fCQD33wkAQuAJAGLgCQCV4AkAouAJAOjgCQDt4AkAO+EJAD/hCQCO4QkAm+EJAGu8DwAB4gkANOIJAD3iCQCH4gkAiOIJANriCQDi4gkALeMJAD3jCQCA4wkAguMJANPjCQDh4wkAJuQJADfkCQC+vA8Af+QJAMzkCQDY5AkAEb0PACblCQBkvQ8Ad+UJAMXlCQDf5QkAGOYJACfmCQBr5gkAduYJAL7mCQDA5gkAEecJAB7nCQBk5wkAcecJALfnCQDD5wkACugJABvoCQBd6AkAYOgJALDoCQDK6AkAA+kJAAzpCQBW6QkAY+kJAKnpCQCv6QkA/OkJAAjqCQBP6gkAUuoJAKLqCQCn6gkA9eoJAAbrCQBI6wkAY+sJAJvrCQCn6wkA7usJAPXrCQBB7AkAQ+wJAJTsCQCb7AkA5+wJAO7sCQA67QkAQO0JAI3tCQCZ7QkA4O0JAOPtCQAz7gkANu4JAIbuCQCS7gkA2e4JAOzuCQAs7wkAO+8JAH/vCQCL7wkA0u8JANPvCQAl8AkAL/AJAHjwCQCG8AkAy/AJANDwCQAe8QkAK/EJALe9DwB58QkACr4PAMbxCQAX8gkALfIJAGryCQB28gkAvfIJAMXyCQBdvg8AFvMJAGPzCQBr8wkAtvMJALnzCQAJ9AkAFfQJAFz0CQBi9AkAr/QJAMr0CQAC9QkAEPUJAFX1CQBk9QkAqPUJALT1CQD79QkAA/YJALC+DwBT9gkAofYJAKv2CQD09gkA/PYJAEf3CQBn9wkAmvcJAKf3CQDt9wkA8vcJAED4CQBE+AkAk/gJAKD4CQADvw8ACfkJAFa/DwA++QkAjPkJAJv5CQDf+QkA//kJADL6CQA++gkAhfoJAI/6CQDY+gkA5PoJACv7CQAx+wkAfvsJAIT7CQDR+wkA1vsJACT8CQAq/AkAqb8PAH38CQDK/AkAz/wJAB39CQAj/QkAT8APAHP9CQDD/QkAzf0JABb+CQAY/gkAaf4JAIL+CQC8/gkAzf4JAA//CQAd/wkAYv8JAGX/CQC1/wkAwP8JAAgACgAQAAoAWwAKAF0ACgCuAAoAtgAKAAEBCgAOAQoAVAEKAGABCgCnAQoAqwEKAPoBCgACAgoATQIKAFwCCgCgAgoApQIKAPMCCgAAAwoARgMKAFMDCgCZAwoApQMKAOwDCgD7AwoAPwQKAEkECgCSBAoAoAQKAOUECgDqBAoAOAUKAEUFCgCiwA8AkwUKAPXADwDiBQoAFQoKAOoFCgAxBgoANwYKAIQGCgCKBgoA1wYKAOQGCgAqBwoALwcKAH0HCgCFBwoA0AcKAAMICgDJCAoACAgKACMICgBJCAoAHAkKAFsICgB2CAoArggKAEjBDwABCQoAm8EPAEIJCgBvCQoAogkKAMIJCgD6CQoA7sEPACMKCgBoCgoAdQoKALsKCgDHCgoADgsKABQLCgBhCwoAZwsKALQLCgC5CwoABwwKAA0MCgBBwg8AgAwKAFMNCgCSDAoArQwKAOUMCgDnwg8AOA0KADrDDwB5DQoApg0KANkNCgD5DQoAMQ4KAI3DDwBWDgoAnw4KAKQOCgDyDgoA+g4KAODDDwBKDwoAmA8KAKEPCgDrDwoA+A8KAD4QCgBFEAoAM8QPAJkQCgCGxA8A9xAKADcRCgBDEQoAihEKAJkRCgDdEQoA5hEKADASCgA6EgoAgxIKAIUSCgDWEgoA7xIKACkTCgA6EwoAfBMKAIgTCgDPEwoA1xMKANnEDwAwFAoAdRQKAIYUCgDIFAoA1BQKABsVCgAjFQoALMUPAHMVCgDBFQoAyxUKABQWCgAcFgoAZxYKAHcWCgC6FgoAvxYKAA0XCgAWFwoAYBcKAG0XCgCzFwoAuhcKAH/FDwAMGAoAvncNABMYCgBZGAoAGRgKAJ5fDABeGAoArBgKALgYCgD/GAoADBkKAFIZCgBcGQoA0sUPAKoZCgD4GQoABBoKAEsaCgBYGgoAnhoKAKgaCgDxGgoADRsKAEQbCgBMGwoAJcYPAJwbCgDqGwoA8hsKAD0cCgBAHAoAkBwKAJkcCgDjHAoA8hwKADYdCgBBHQoAiR0KAJEdCgDcHQoA7B0KAC8eCgA9HgoAgh4KAJMeCgDVHgoA4R4KACgfCgAwHwoAeMYPAIEfCgDOHwoA1h8KACEgCgAoIAoAdCAKAIIgCgDHIAoAzSAKABohCgAmIQoAbSEKAHwhCgDAIQoAyiEKABMiCgAYIgoAZiIKAGwiCgC5IgoAzSIKAAwjCgAUIwoAXyMKAH0jCgCyIwoAuiMKAMvGDwANJAoAHscPAGAkCgCrJAoAxCQKAP4kCgAHJQoAUSUKAGElCgCkJQoAtCUKAPclCgADJgoASiYKAFAmCgCdJgoAqyYKAPAmCgD9JgoAQycKAFonCgCWJwoAnicKAOknCgDzJwoAPCgKAEooCgCPKAoApSgKAOIoCgDuKAoANSkKADwpCgCIKQoAkCkKANspCgDgKQoALioKADcqCgCBKgoAiyoKANQqCgDcKgoAJysKACkrCgB6KwoAiisKAM0rCgDXKwoAICwKACwsCgBzLAoAeSwKAMYsCgDOLAoAxMcPACItCgBsLQoAfS0KAL8tCgDLLQoAEi4KAB8uCgBlLgoAai4KALguCgDCLgoACy8KABsvCgBeLwoAYy8KALEvCgC6LwoABDAKABEwCgBXMAoAXjAKAKowCgC2MAoA/TAKAAMxCgBQMQoAVjEKAKMxCgCoMQoA9jEKAPwxCgAXyA8ATjIKAJwyCgCkMgoA7zIKAAUzCgBCMwoARzMKAJUzCgCcMwoA6DMKAPEzCgA7NAoATDQKAI40CgCaNAoA4TQKAOk0CgAQyQ8ANjUKAIc1CgCdNQoA2jUKAOY1CgAtNgoANDYKAIA2CgCINgoAY8kPANg2CgAmNwoALjcKAHk3CgCPNwoAzDcKANE3CgAfOAoAJjgKAHI4CgB7OAoAxTgKANY4CgAYOQoAJDkKAGs5CgBzOQoAtskPAMA5CgAROgoAJzoKAGQ6CgBwOgoAtzoKAL46CgAKOwoAEjsKAAnKDwBiOwoAsDsKALc7CgADPAoADDwKAFY8CgBnPAoAqTwKALU8CgD8PAoABD0KAFzKDwBRPQoAoj0KALE9CgD1PQoAFT4KAEg+CgBKPgoAmz4KALI+CgDuPgoA+j4KAEE/CgBJPwoAAssPAJk/CgDnPwoA6T8KADpACgBBQAoAjUAKAJVACgDgQAoA6UAKADNBCgA5QQoAhkEKAJdBCgDZQQoA4UEKAKjLDwA4QgoAf0IKAIJCCgDSQgoA10IKACVDCgA2QwoAeEMKAJNDCgDLQwoA10MKAB5ECgAmRAoA+8sPAIdECgDERAoAxUQKABdFCgAcRQoAakUKAHBFCgC9RQoAx0UKABBGCgAYRgoAY0YKAHVGCgBOzA8Aw0YKAAlHCgATRwoAXEcKAGJHCgCvRwoAw0cKAAJICgAKSAoAVUgKAGVICgCoSAoArUgKAPtICgABSQoATkkKAFZJCgChSQoAokkKAPRJCgD2SQoAR0oKAFZKCgCaSgoAukoKAO1KCgDvSgoAQEsKAFdLCgCTSwoAn0sKAOZLCgDuSwoAocwPAEFMCgCMTAoApUwKAN9MCgDoTAoAMk0KADxNCgCFTQoAjU0KANhNCgDoTQoAK04KADBOCgB+TgoAh04KANFOCgDeTgoAJE8KACtPCgB3TwoAf08KAEfNDwDUTwoAHVAKACVQCgBwUAoAflAKAMNQCgDQUAoAFlEKAB5RCgBpUQoAa1EKALxRCgDEUQoAD1IKABBSCgBiUgoAZFIKALVSCgDEUgoACFMKAChTCgBbUwoAXVMKAK5TCgDFUwoAAVQKAA1UCgBUVAoAblQKAKdUCgDQVAoA+lQKAP1UCgBNVQoAUlUKAKBVCgCtVQoAms0PAPVVCgBGVgoAUFYKAJlWCgCoVgoA7FYKAPdWCgA/VwoATVcKAJJXCgCfVwoA5VcKAPxXCgA4WAoAQFgKAItYCgCMWAoA3lgKAOBYCgAxWQoAQFkKAIRZCgCkWQoA11kKANlZCgAqWgoAQVoKAH1aCgCJWgoA0FoKANhaCgDtzQ8AKFsKAHZbCgB8WwoAyVsKANFbCgAcXAoAO1wKAG9cCgB8XAoAwlwKAMNcCgAVXQoAK10KAGhdCgCEXQoAQM4PAMBdCgAOXgoAGF4KAGFeCgBpXgoAtF4KALVeCgAHXwoAtl4KAMhnCgANXwoAWl8KAGZfCgCtXwoAvV8KAABgCgAOYAoAU2AKAGZgCgCmYAoAsmAKAPlgCgAAYQoATGEKAFRhCgCfYQoAo2EKAPJhCgAAYgoARWIKAE9iCgCYYgoAo2IKAOtiCgDzYgoAPmMKAHVjCgCRYwoAmWMKAORjCgDpYwoAN2QKAD1kCgCKZAoAkmQKAN1kCgD3ZAoAMGUKAGdlCgCDZQoAi2UKANZlCgDbZQoAKWYKAC9mCgB8ZgoAhGYKAM9mCgDpZgoAImcKADxnCgB1ZwoArGcKAJPODwDQZwoAG2gKACJoCgBuaAoAemgKAMFoCgDCaAoAFGkKACBpCgBnaQoAdGkKALppCgDBaQoADWoKABlqCgBgagoAbWoKALNqCgDCagoABmsKABprCgDmzg8AW2sKAKxrCgBlawoAwa0MAK9rCgBeIQwAuWsKAFISCwC7awoA/2sKAB9sCgBSbAoAVGwKAKVsCgC8bAoA+GwKAARtCgBLbQoAU20KADnPDwCgbQoA8W0KAP5tCgBEbgoATW4KAJduCgCZbgoA6m4KAPtuCgA9bwoATm8KAJBvCgCkbwoAjM8PAANwCgA2cAoAOHAKAIlwCgCgcAoA3HAKAOhwCgAvcQoAN3EKAN/PDwCEcQoA1XEKANhxCgAocgoAMHIKAHtyCgCIcgoAznIKANNyCgAhcwoAK3MKAHRzCgB8cwoAx3MKAOBzCgAadAoAJnQKAG10CgB5dAoAwHQKAM10CgATdQoAG3UKAGZ1CgB2dQoAuXUKAL51CgAMdgoAFXYKAF92CgBsdgoAsnYKALl2CgAFdwoADXcKADLQDwBldwoAq3cKAK53CgD+dwoACHgKAFF4CgBTeAoApHgKALV4CgD3eAoACHkKAEp5CgBWeQoAnXkKAKR5CgDweQoACnoKAEN6CgBLegoAlnoKAJd6CgD9gwoAoHoKAOl6CgDvegoAPHsKAFB7CgCPewoAl3sKAOJ7CgDsewoANXwKADp8CgCIfAoAkHwKANt8CgDpfAoALn0KADt9CgCBfQoAhH0KANR9CgDefQoAJ34KACl+CgB6fgoAi34KAM1+CgDefgoAIH8KACh/CgCF0A8AfX8KAMZ/CgDifwoAGYAKACGACgDY0A8AbYAKAL+ACgDVgAoAEoEKABqBCgBlgQoAc4EKALiBCgDFgQoAC4IKAA6CCgBeggoAaIIKALGCCgCzggoABIMKABWDCgBXgwoAaIMKAKqDCgCygwoAK9EPAA6ECgBQhAoAXIQKAKOECgClhAoA9oQKAPmECgBJhQoAVYUKAJyFCgCkhQoAftEPAPiFCgBChgoAT4YKAJWGCgCdhgoA6IYKAPqGCgA7hwoASIcKAI6HCgCPhwoA4YcKAPeHCgA0iAoAPIgKAIeICgCViAoA2ogKAOeICgAtiQoAMIkKAICJCgCKiQoA04kKANWJCgAmigoAN4oKAHmKCgCKigoAzIoKANSKCgDR0Q8ALIsKAHKLCgB8iwoAxYsKANOLCgAYjAoALowKAGuMCgB3jAoAvowKAMqMCgARjQoAF40KAGSNCgBqjQoAt40KALyNCgAKjgoAEI4KACTSDwBijgoAsI4KALKOCgADjwoACo8KAFaPCgBejwoAqY8KAKyPCgD8jwoABZAKAE+QCgBekAoAopAKAK2QCgD1kAoA/ZAKAEiRCgBYkQoAm5EKAKmRCgDukQoA/5EKAEGSCgBNkgoAlJIKAJySCgAd0w8ABZMKADqTCgBCkwoAcNMPAJmTCgDgkwoA9pMKADOUCgA7lAoAhpQKAKWUCgDD0w8A3JQKAP7KCgDmlAoALJUKAC+VCgDUYQ4ANJUKAH+VCgA2lQoA+pkMAIGVCgDSlQoAiZUKANGhCgCQlQoAApsKAN+VCgAllgoAOZYKAHiWCgCAlgoAy5YKANCWCgAelwoALpcKAHGXCgB5lwoAxJcKAM6XCgAXmAoAIpgKAGqYCgB2mAoAvZgKAMWYCgAW1A8AFZkKAGOZCgBsmQoAtpkKALyZCgAJmgoAGJoKAFyaCgBomgoAr5oKALKaCgBp1A8AB5sKAFWbCgBkmwoAqJsKAKqbCgD7mwoADJwKAE6cCgBfnAoAoZwKALWcCgD0nAoA/JwKAEedCgBVnQoAmp0KAKedCgDtnQoA8J0KAECeCgBKngoAk54KAJWeCgDmngoA954KADmfCgBKnwoAjJ8KAJifCgDfnwoA5p8KADKgCgA6oAoAhaAKAJygCgDYoAoA5KAKACuhCgBBoQoAfqEKAIGhCgC81A8A3KEKACSiCgAwogoAd6IKAH+iCgAP1Q8A1qIKAB2jCgAzowoAcKMKAHOjCgDDowoAy6MKABakCgAYpAoAaaQKAISkCgC8pAoAvqQKAA+lCgAdpQoAYqUKAHOlCgC1pQoAt6UKAAimCgAhpgoAW6YKAGymCgCupgoAuqYKAGLVDwAHpwoAVKcKAGKnCgCnpwoAwqcKAPqnCgAGqAoATagKAFOoCgCgqAoAqKgKAPOoCgADqQoARqkKAEupCgCZqQoAoqkKAOypCgD5qQoAP6oKAEaqCgCSqgoAmqoKALXVDwDqqgoAOKsKAD6rCgCLqwoAk6sKAN6rCgAHrAoAMawKADisCgCErAoAnawKANesCgDmrAoAKq0KAEatCgAI1g8Agq0KANCtCgDarQoAI64KADOuCgB2rgoAe64KAMmuCgDSrgoAHK8KACmvCgBvrwoAdq8KAMKvCgDOrwoAFbAKACiwCgBosAoAd7AKALuwCgDHsAoADrEKAA+xCgBhsQoAa7EKALSxCgDCsQoAB7IKAAyyCgBasgoAZ7IKAFvWDwC+sgoAALMKAAKzCgBTswoAVrMKAKazCgCpswoA+bMKAAC0CgBMtAoAWLQKAJ+0CgCvtAoA8rQKAAK1CgBFtQoASrUKAJi1CgChtQoA67UKAPi1CgA+tgoARbYKAJG2CgCdtgoA5LYKAOq2CgA3twoAPbcKAIq3CgCPtwoA3bcKAOO3CgBU1w8AOrgKAIO4CgCRuAoA1rgKAOa4CgApuQoAK7kKAHy5CgCLuQoAz7kKANm5CgAiugoAKroKAE3YDwB7ugoAyLoKANS6CgCg2A8AILsKAG67CgB2uwoAwbsKANG7CgAUvAoAIrwKAGe8CgB0vAoAurwKAMG8CgANvQoAFb0KAEbZDwBxvQoAs70KALq9CgAGvgoADr4KAFm+CgBmvgoArL4KALG+CgD/vgoACb8KAFK/CgBavwoApb8KAL6/CgD4vwoABMAKAEvACgBTwAoAmdkPAKrACgDxwAoA9MAKAETBCgBJwQoAl8EKAKjBCgDqwQoABcIKAD3CCgBJwgoAkMIKAJfCCgDjwgoA/8IKADbDCgA+wwoA7NkPAI7DCgDcwwoA5sMKAC/ECgA3xAoAgsQKAJLECgDVxAoA2sQKACjFCgAxxQoAe8UKAIjFCgDOxQoA1cUKAD/aDwAqxgoAdMYKAIHGCgDHxgoA1sYKABrHCgAkxwoAbccKAHvHCgDAxwoAxccKABPICgAgyAoAZsgKAG7ICgCS2g8AxcgKAAzJCgAZyQoAX8kKAGLJCgCyyQoAwMkKAAXKCgAKygoAWMoKAGXKCgCrygoAs8oKAOXaDwAGywoAUcsKAFfLCgCkywoAWMsKANQjCwCwywoA98sKABTMCgBKzAoAU8wKAJ3MCgCrzAoA8MwKAPbMCgBDzQoAT80KAJbNCgCdzQoAONsPAO/NCgA8zgoASs4KAI/OCgCqzgoA4s4KAO7OCgA1zwoAO88KAIvbDwCrzwoA3tsPAODPCgAu0AoAO9AKAIHQCgCO0AoA1NAKAODQCgAn0QoANtEKAHrRCgCE0QoAzdEKANvRCgAg0goAJdIKAHPSCgCA0goAxtIKAOLSCgAZ0woAIdMKADHcDwB40woAv9MKANzTCgAS1AoAG9QKAGXUCgBz1AoAuNQKAL7UCgAL1QoAF9UKAF7VCgBl1QoAsdUKALnVCgAE1goAGtYKAFfWCgBc1goAqtYKALHWCgD91goABtcKAFDXCgBh1woAo9cKAK/XCgD21woA/tcKANfcDwBP2AoAnNgKAKHYCgDv2AoACtkKAELZCgBQ2QoAldkKAJzZCgDo2QoA9NkKADvaCgA+2goAjtoKAJbaCgDh2goA4toKADTbCgA22woAh9sKAJbbCgDa2woA+tsKAC3cCgAv3AoAgNwKAJfcCgDT3AoA39wKACbdCgAu3QoAKt0PAHrdCgDM3QoA2N0KAB/eCgAu3goAct4KAHreCgB93Q8Ax94KABjfCgAm3woAa98KAHzfCgDQ3Q8Axd8KACPeDwAZ4AoAyd4PAG7gCgC34AoAw+AKAArhCgAg4QoAXeEKAGnhCgCw4QoAw+EKAAPiCgAR4goAVuIKAGDiCgAc3w8AseIKAG/fDwAS4woAT+MKAFvjCgCi4woAr+MKAPXjCgD/4woASOQKAErkCgCb5AoApeQKAO7kCgD85AoAQeUKAEblCgCU5QoAoeUKAOflCgDv5QoAOuYKAErmCgCN5goAj+YKAODmCgDp5goAM+cKAETnCgCG5woAkOcKAMLfDwDl5woALOgKAEPoCgB/6AoAmugKABXgDwDr6AoAJekKACvpCgB46QoAgukKAGjgDwDN6QoAHuoKAC/qCgBx6goAeeoKAMTqCgCN6goA/xELANDqCgAX6woAHesKAGrrCgBw6woAvesKAMLrCgAQ7AoAFuwKALvgDwB/7AoAtuwKAL7sCgC04Q8AF+0KAFztCgBt7QoAr+0KAMDtCgAC7goADu4KAFXuCgBc7goAB+IPALnuCgD77goADO8KAE7vCgBa7woAoe8KAKjvCgBa4g8A9u8KAEfwCgBI8AoAmvAKAKLwCgDt8AoA8vAKAEDxCgBJ8QoAk/EKAJ3xCgDm8QoA7vEKADnyCgA+8goAjPIKAJzyCgDf8goA5/IKADLzCgBI8woAhfMKAJHzCgDY8woA7vMKACv0CgAw9AoAfvQKAIT0CgDR9AoA5fQKAK3iDwA69QoAd/UKAIX1CgDK9QoA1/UKAB32CgAf9goAcPYKAHr2CgDD9goAz/YKABb3CgAd9woAafcKAHH3CgC89woA1fcKAA/4CgAj+AoAYvgKAGr4CgC1+AoAt/gKAAj5CgAV+QoAW/kKAGD5CgCu+QoAuPkKAAH6CgAM+goAVPoKAGD6CgCn+goArfoKAPr6CgAC+woATfsKAE77CgCg+woApvsKAPP7CgD4+woARvwKAFX8CgCZ/AoApfwKAOz8CgDv/AoAP/0KAEL9CgAA4w8Al/0KAOX9CgAB/goAU+MPAFj+CgCL/goAk/4KAKbjDwDk/goAMf8KAD3/CgD54w8Aiv8KANf/CgDj/woAPuYPACsACwC7AwsAOgALAH0ACwB/AAsA0AALANoACwAjAQsAJQELAHYBCwCHAQsAyQELANEBCwAcAgsAKAILAG8CCwB1AgsAwgILAMgCCwAVAwsAGgMLAGgDCwBuAwsAkeYPAL0DCwAOBAsAFAQLAGEECwBkBAsAtAQLAMAECwAHBQsADwULAIrnDwBgBQsArQULALMFCwAABgsABQYLAFMGCwBZBgsA3ecPAKgGCwD5BgsAAgcLAEwHCwBjBwsAnwcLAKoHCwDyBwsA/AcLAEUICwBNCAsA1ugPAKUICwDrCAsA8wgLAD4JCwBICQsAkQkLAJwJCwDkCQsA6gkLADcKCwBDCgsAigoLAIwKCwDdCgsA5AoLADALCwA4CwsAgwsLAJULCwAp6Q8AEgwLACkMCwAxDAsAfAwLAJ8MCwAi6g8A0QwLACINCwAvDQsAdQ0LAHwNCwDIDQsA2Q0LABsOCwAnDgsAbg4LAHUOCwDBDgsAwg4LAIcuCwDJDgsAdeoPACcPCwBnDwsAdg8LALoPCwDGDwsADRALAA4QCwBgEAsAahALALMQCwDBEAsABhELAAsRCwBZEQsAZhELAMjqDwC0EQsAG+sPAAcSCwBu6w8AYBILAKUSCwC0EgsA+BILABgTCwBLEwsAVxMLAJ4TCwClEwsA8RMLAPkTCwBEFAsARhQLAJcUCwChFAsAZ+wPAPQUCwA9FQsARRULALrsDwCaFQsA4xULAOsVCwAN7Q8AcxYLAIkWCwCRFgsA3BYLAPoWCwBg7Q8APRcLAIIXCwCJFwsAYpcMAJIXCwDVFwsA5RcLACgYCwA0GAsAexgLAIEYCwDOGAsA6hgLACEZCwApGQsAs+0PAIgZCwDHGQsA0RkLABoaCwAmGgsAbRoLAHUaCwAG7g8AyxoLABMbCwAVGwsAZhsLAGwbCwC5GwsAwRsLAFnuDwAOHAsAXxwLAGIcCwCyHAsAuhwLAAUdCwAVHQsAWB0LAFodCwCrHQsAuR0LAP4dCwAPHgsArO4PAFgeCwD/7g8Aqh4LAPceCwD8HgsASh8LAFAfCwBS7w8Apx8LAPAfCwDyHwsAQyALAFYgCwCWIAsAniALAOkgCwD1IAsAPCELAEIhCwCPIQsAlSELAOIhCwDnIQsANSILADsiCwBL8A8AkSILANsiCwDoIgsALiMLADUjCwCBIwsAiSMLAJ7wDwDgIwsAJyQLADEkCwB6JAsAhiQLAM0kCwDcJAsAICULAColCwBzJQsAfyULAMYlCwDNJQsA8fAPABwmCwDpZQ0AHyYLAGwmCwAoJgsAeIgMAHgmCwC/JgsAxyYLAETxDwAeJwsAZScLAG8nCwC4JwsAxCcLAAsoCwAaKAsAXigLAGgoCwCxKAsAvSgLAAQpCwALKQsAl/EPAGUpCwCqKQsAdykLADt5DADBKQsA/SkLAAoqCwBQKgsAUioLAKMqCwC0KgsA9ioLABIrCwBJKwsAUSsLAOrxDwC1KwsA7ysLAAMsCwBCLAsASiwLAJUsCwCYLAsA6CwLAPYsCwA7LQsAUi0LAI4tCwCbLQsA4S0LAOMtCwA0LgsARS4LAD3yDwCNLgsA2i4LAN8uCwAtLwsAQy8LAIAvCwCOLwsA0y8LANYvCwAmMAsAMjALAHkwCwB/MAsAzDALANgwCwAfMQsASDELAHIxCwB+MQsAxTELANQxCwAYMgsAIjILAGsyCwB5MgsAvjILAMMyCwARMwsAHjMLAJDyDwBmMwsAtzMLAMUzCwAKNAsAFzQLAF00CwBvNAsA4/IPAL80CwADNQsADzULAFY1CwBvNQsAqTULAKs1CwD8NQsACzYLAE82CwBvNgsAojYLAKo2CwD1NgsAGDcLADbzDwBNNwsAmzcLAJ43CwDuNwsA+DcLAEE4CwBJOAsAlDgLAJo4CwDnOAsA8zgLADo5CwBJOQsAjTkLAJk5CwDgOQsA7TkLADM6CwA9OgsAhjoLAI46CwDZOgsA6DoLACw7CwAuOwsAfzsLAJA7CwDSOwsA4zsLACU8CwAtPAsAeDwLAIk8CwDLPAsAzTwLAB49CwAhPQsAcT0LAHs9CwDEPQsA6D0LABc+CwAzPgsAifMPAHA+CwC9PgsAwj4LABA/CwAfPwsAYz8LAG8/CwC2PwsAuT8LAAlACwAMQAsAXEALAGRACwCvQAsAvkALAAJBCwAHQQsAVUELAGtBCwCoQQsAqUELAPtBCwAMQgsATkILAFpCCwChQgsAq0ILAPRCCwAAQwsAR0MLAE5DCwDc8w8AnkMLAO1DCwD7QwsAQEQLAEpECwCTRAsAnkQLAOZECwDuRAsAOUULAEVFCwCMRQsAn0ULAN9FCwDtRQsAMkYLADxGCwCFRgsAjUYLANhGCwDnRgsAK0cLADBHCwB+RwsAhUcLANFHCwDdRwsAL/QPADBICwB3SAsAekgLAMpICwDNSAsAHUkLADdJCwBwSQsAfEkLAMNJCwDWSQsAFkoLACRKCwBpSgsAc0oLALxKCwDfSgsAgvQPABlLCwBiSwsAbksLALVLCwC8SwsACEwLABBMCwBbTAsAX0wLAK5MCwC8TAsAAU0LAAtNCwBUTQsAX00LAKdNCwCvTQsA+k0LAAlOCwBNTgsAUk4LAKBOCwCnTgsA804LAP9OCwBGTwsATk8LANX0DwCvTwsAb0cNALJPCwDsTwsA9k8LAD9QCwBLUAsAklALAJVQCwDlUAsA71ALADhRCwA7UQsAi1ELAJtRCwDeUQsA4FELADFSCwA/UgsAhFILAJVSCwAo9Q8A3lILAHv1DwAzUwsAfVMLADRTCwD7Mw0ASlMLADxtDACWUwsA0FMLANpTCwAjVAsAL1QLAHZUCwB5VAsAyVQLANNUCwDO9Q8AIVULAG9VCwCPVQsAwlULAMpVCwAh9g8AI1YLAGhWCwB+VgsAu1YLAMdWCwAOVwsAFVcLAGFXCwBpVwsAtFcLALlXCwAHWAsAEFgLAFpYCwBkWAsArVgLALVYCwAAWQsADlkLAFNZCwBgWQsAplkLAK5ZCwB09g8ACVoLAExaCwBUWgsAx/YPAKZaCwDyWgsA/loLAEVbCwBMWwsAmFsLAKBbCwDrWwsA9VsLAD5cCwBMXAsAkVwLAKdcCwDkXAsA8FwLADddCwA8XQsAil0LAJNdCwDdXQsA510LADBeCwA4XgsAg14LAIheCwDWXgsA5l4LAClfCwAxXwsAGvcPAIZfCwDPXwsA0l8LADYPDADXXwsAbfcPADBgCwB1YAsAi2ALAMhgCwDUYAsAG2ELACJhCwBuYQsAdmELAMFhCwDGYQsAFGILAB1iCwBnYgsAcWILALpiCwDCYgsADWMLAA9jCwBmbgsAG2MLAGBjCwBtYwsAs2MLALtjCwDA9w8AEmQLAFlkCwBcZAsArGQLALZkCwAT+A8ADWULAFJlCwBoZQsApWULALFlCwD4ZQsA/2ULAEtmCwBTZgsAnmYLAKNmCwDxZgsA+mYLAERnCwBOZwsAl2cLAJ9nCwDqZwsA7GcLAD1oCwBNaAsAkGgLAJpoCwDjaAsA72gLADZpCwA8aQsAufgPAJdpCwDcaQsA8mkLAC9qCwA7agsAgmoLAIdqCwDVagsA3moLAChrCwAyawsAe2sLAINrCwDOawsA8GsLAAz5DwAwbAsAdGwLAIBsCwDHbAsAyGwLABptCwAkbQsAbW0LAHttCwDAbQsAxW0LABNuCwAgbgsAX/kPAHZuCwC5bgsAw24LAAxvCwAYbwsAX28LAGVvCwCybwsAum8LAFj6DwAKcAsAWHALAGBwCwCrcAsAt3ALAGV6CwDEcAsA/nALAApxCwBRcQsAWXELAKv6DwCxcQsA93ELAP9xCwBKcgsAWHILAJ1yCwCqcgsA8HILAPNyCwBDcwsATXMLAJZzCwCYcwsA6XMLAPZzCwA8dAsAS3QLAI90CwCbdAsA4nQLAOp0CwD++g8ARXULAIh1CwCQdQsA23ULAOd1CwAudgsANHYLAIF2CwCHdgsA1HYLANl2CwAndwsALXcLAFH7DwCHdwsAzXcLANJ3CwAgeAsAKngLAHN4CwB7eAsAxngLANJ4CwAZeQsALHkLAGx5CwB6eQsAv3kLAMJ5CwASegsAHHoLAKT7DwB4egsAuHoLAMZ6CwALewsADnsLAF57CwBoewsA9/sPALZ7CwAEfAsAv3sLANiZCwAMfAsAV3wLAGN8CwCqfAsAsHwLAP18CwC9fAsAk5cLAAN9CwBQfQsAVX0LAKN9CwCpfQsASvwPAPx9CwBJfgsATn4LAJx+CwCifgsAnfwPAP1+CwBCfwsAXX8LAJV/CwChfwsA6H8LAO9/CwDw/A8ARIALAI6ACwCbgAsA4YALAO2ACwA0gQsAR4ELAIeBCwCIgQsA2oELAOaBCwAtggsAPIILAICCCwCKggsA04ILAN+CCwAmgwsALYMLAEP9DwB/gwsAzIMLANKDCwAfhAsAJIQLAHKECwB4hAsA6f0PAM6ECwAYhQsAJYULAGuFCwBvhQsAvoULAMCFCwARhgsAHoYLAGSGCwBuhgsAPP4PAL6GCwAKhwsAEocLAF2HCwBphwsAsIcLAMOHCwADiAsAEogLAFaICwBiiAsAqYgLAKqICwD8iAsABokLAE+JCwBdiQsAookLAKeJCwD1iQsAAooLAI/+DwBUigsAm4oLAKGKCwDuigsA9IoLAEGLCwBGiwsAlIsLAJqLCwDi/g8A7IsLADqMCwBEjAsAiP8PAJWMCwDgjAsA7YwLADONCwA4jQsAho0LAJCNCwDZjQsA4Y0LACyOCwA4jgsAf44LAJKOCwDSjgsA044LACWPCwAxjwsAeI8LAIePCwDLjwsA1Y8LAB6QCwAmkAsAcZALAHOQCwDb/w8AzZALABeRCwAmkQsAapELAHmRCwC9kQsAyZELABCSCwATkgsAY5ILAGaSCwAuABAAuJILAAmTCwAMkwsAXJMLAGSTCwCvkwsAvJMLAAKUCwAHlAsAVZQLAF+UCwColAsAsJQLAPuUCwAHlQsATpULAGGVCwChlQsAopULAPSVCwAAlgsAR5YLAFaWCwCalgsApJYLAO2WCwD5lgsAQJcLAEeXCwCBABAAopcLAOaXCwDylwsAOZgLADqYCwCMmAsAlpgLAN+YCwDtmAsAMpkLADeZCwCFmQsAkpkLANQAEADpmQsAJwEQADiaCwB+mgsAjJoLANGaCwDimgsAJJsLAEabCwB6ARAAfJsLAMqbCwB9mwsA9tALANKbCwAdnAsAHpwLAFSgCwAgnAsATaELACKcCwBbnwsAI5wLAJmiCwAknAsAYp4LACycCwBwnAsANpwLAISlCwB1nAsAw5wLANCcCwAWnQsAI50LAGmdCwB1nQsAvJ0LAMudCwAPngsAGZ4LAM0BEABwngsAtZ4LALeeCwAInwsAGZ8LACACEABcnwsArp8LALqfCwABoAsADqALAHMCEABioAsAp6ALALSgCwD6oAsAEaELAMYCEABWoQsA5aMLAFehCwCgoQsAoqELAPOhCwD5oQsARqILAFCiCwAZAxAApaILAOyiCwDuogsAP6MLAE6jCwCSowsAnaMLAGwDEAD0owsAOKQLAEekCwCLpAsAl6QLAN6kCwDqpAsAMaULADilCwC/AxAAkKULANelCwDfpQsAEgQQAEOmCwB9pgsAjqYLANCmCwDcpgsAZQQQACqnCwB2pwsAfqcLAMmnCwDKpwsAHKgLACKoCwBvqAsAdKgLAMKoCwDDqAsAFakLACGpCwBoqQsAbqkLALupCwDFqQsADqoLAByqCwA+rwsAIqoLAGGqCwBpqgsAuAQQAMSqCwAHqwsAD6sLAFqrCwBjqwsArasLAGerCwBFrgsAuqsLAACsCwAHrAsAU6wLAF+sCwCmrAsAtqwLAPmsCwAHrQsATK0LAFmtCwCfrQsAq60LAPKtCwD5rQsACwUQAE6uCwCYrgsAqa4LAOuuCwD8rgsAXgUQAEqvCwCRrwsAlK8LAOSvCwDsrwsAN7ALADywCwCKsAsAmrALAN2wCwDlsAsAMLELADmxCwCDsQsAPbELABu0CwCQsQsA1rELAN2xCwApsgsANbILAHyyCwCMsgsAz7ILAN2yCwAiswsAL7MLAHWzCwCBswsAyLMLAM+zCwCxBRAAJLQLAG60CwB/tAsAwbQLANK0CwAEBhAAGbULAGe1CwB0tQsAurULAMa1CwANtgsAF7YLAGC2CwB0tgsAs7YLALS2CwAGtwsAErcLAFm3CwB4twsArLcLALS3CwD/twsABLgLAFK4CwBruAsApbgLAM64CwD4uAsABLkLAEu5CwBauQsAnrkLAKi5CwDxuQsA+bkLAES6CwBPugsAl7oLAJm6CwDqugsA7boLAD27CwBFuwsAkLsLAJ27CwDjuwsA6LsLADa8CwA+vAsAibwLAIu8CwDcvAsA5rwLAC+9CwA5vQsAgr0LAIi9CwDVvQsA470LACi+CwBBvgsAe74LAIS+CwDOvgsA2L4LACG/CwAtvwsAVwYQAIC/CwDHvwsA0b8LABrACwAlwAsAbcALAHLACwDAwAsAx8ALABPBCwAbwQsAZsELAJDBCwCqBhAAwMELAAzCCwAUwgsAX8ILAInCCwCywgsAt8ILAAXDCwAGwwsAWMMLAGLDCwCrwwsAucMLAP7DCwADxAsAUcQLAF7ECwCkxAsAwMQLAPfECwATxQsA/QYQAFfFCwCdxQsAocULAPDFCwD2xQsAQ8YLAEXGCwCWxgsAl8YLAOnGCwAMxwsAPMcLAGDHCwCPxwsAuccLAOLHCwDqxwsANcgLADrICwCIyAsAlcgLANvICwDjyAsALskLADDJCwCByQsAickLANTJCwD+yQsAJ8oLADTKCwB6ygsAf8oLAM3KCwDaygsAIMsLACzLCwBzywsAncsLAMbLCwDOywsAGcwLADTMCwBszAsAbswLAL/MCwDQzAsAEs0LABvNCwBlzQsAcc0LAFAHEADFzQsAC84LACbOCwBezgsAY84LALHOCwDRzgsABM8LABDPCwBXzwsAX88LAKMHEAC4zwsA/c8LAAfQCwBQ0AsAW9ALAKPQCwCr0AsASQgQAP/QCwBJ0QsAU9ELAJzRCwCn0QsA79ELAAPSCwBC0gsAV9ILAJXSCwCd0gsA6NILAP/SCwA70wsAQNMLAI7TCwCY0wsA4dMLAOnTCwCcCBAANtQLAIfUCwCY1AsA2tQLAN3UCwAt1QsAOdULAO8IEACO1QsA09ULAOTVCwBCCRAAKdYLAHnWCwB81gsAzNYLANjWCwAf1wsAJdcLAHLXCwB81wsAlQkQANLXCwAY2AsAL9gLAGvYCwBz2AsA6AkQAM7YCwAR2QsAHdkLAGTZCwBq2QsAt9kLAMPZCwAK2gsAxdkLAFcUDgAX2gsAXdoLAGzaCwCw2gsAvNoLAAPbCwAL2wsAOwoQAF7bCwCp2wsAq9sLAPzbCwAL3AsAT9wLAFncCwCi3AsAq9wLAPXcCwD33AsASN0LAFndCwCb3QsAsN0LAO7dCwD23QsAQd4LAH/eCwCU3gsAnN4LAOfeCwDz3gsAOt8LAE3fCwCN3wsAjt8LAODfCwDs3wsAM+ALAELgCwCG4AsAkOALANngCwDl4AsALOELADPhCwDhChAAm+ELADQLEADV4QsAJeILAC3iCwB44gsAheILAMviCwDQ4gsAHuMLACjjCwBx4wsAeeMLAMTjCwDO4wsA++cLANTjCwDt6QsA7uMLABfkCwAh5AsAauQLACfkCwAJ5gsAcOQLAL3kCwDG5AsAEOULABzlCwBj5QsAjeULALblCwDS5QsA2gsQAAvmCwBc5gsAbeYLAK/mCwCy5gsAAucLAA7nCwBV5wsAf+cLAKjnCwDE5wsALQwQAAHoCwBO6AsAV+gLAKHoCwCr6AsA9OgLAP/oCwBH6QsAW+kLAJrpCwC26QsAgAwQAO/pCwBA6gsAUeoLAJPqCwCW6gsA5uoLAPrqCwA56wsAVesLANMMEACU6wsAJg0QAOfrCwB5DRAAPuwLAIXsCwCL7AsA2OwLAN7sCwAr7QsAMO0LAH7tCwCE7QsAzA0QANvtCwAk7gsALO4LAHIOEAB97gsAyu4LANLuCwAd7wsAKu8LAHDvCwB87wsAw+8LAMXvCwAW8AsAHPALAGnwCwBx8AsAvPALAM7wCwDFDhAAHPELAGLxCwBp8QsAtfELAL3xCwAI8gsADfILAFvyCwBr8gsArvILALbyCwAB8wsAD/MLAFTzCwBh8wsAp/MLAKjzCwD68wsAA/QLAE30CwBX9AsAGA8QAKX0CwDz9AsA//QLAEb1CwBJ9QsAmfULAKH1CwDs9QsA+fULAD/2CwBE9gsAkvYLAJz2CwDl9gsA7fYLADj3CwBE9wsAi/cLAJ73CwDe9wsA7PcLADH4CwA0+AsAhPgLAI74CwBrDxAA4PgLACr5CwA3+QsAffkLAIf5CwDQ+QsA3vkLACP6CwA5+gsAdvoLAIL6CwDJ+gsA1foLABz7CwAv+wsAb/sLAH77CwDC+wsAzvsLABX8CwAW/AsAaPwLAHL8CwC7/AsAyfwLAA79CwAT/QsAYf0LAG79CwC+DxAAwv0LAAf+CwAd/gsAWv4LAGb+CwCt/gsAtP4LAAD/CwAI/wsAU/8LAFj/CwCm/wsAr/8LAPn/CwADAAwATAAMAFQADACfAAwAowAMAPIADAD0AAwARQEMAFMBDACYAQwAogEMAOsBDAD5AQwAPgIMAEsCDACRAgwAqAIMAOQCDADsAgwANwMMAEcDDACKAwwAjwMMAN0DDADjAwwAMAQMADgEDACDBAwAiAQMANYEDADXBAwAKQUMADUFDAB8BQwAggUMAM8FDADRBQwAIgYMACwGDAB1BgwAgwYMAMgGDADNBgwAGwcMACgHDAC3EBAAhQcMAMEHDADHBwwAFAgMACAIDABnCAwAfggMALoIDAC8CAwADQkMABcJDABgCQwAbAkMALMJDAC/CQwABgoMAAwKDABZCgwAXwoMAKwKDACxCgwA/woMAAULDAAKERAAVQsMABXuDQBdCwwApQsMAKYLDAD4CwwAAgwMAEsMDAB7DAwAXREQAKEMDADxDAwA+wwMALAREABNDQwAlw0MAK0NDADqDQwAAA4MAD0ODAA/DgwAkA4MAJYODADjDgwA9w4MAFYSEAA+DwwAiQ8MAFIPDADgaRAAjw8MALEaDQCZDwwA3A8MAKIPDAAfdg0A3g8MAC8QDAA9EAwAghAMAJMQDACpEhAA3BAMAPwSEAAxEQwAmPoMADQRDAB7EQwAfhEMAM4RDADXEQwAIRIMADISDAB0EgwAfhIMAMcSDADPEgwAGhMMAOMSDAAcRw0AHRMMAG0TDAB2EwwAwBMMANYTDAATFAwAKRQMAGYUDABoFAwAuRQMAL8UDAAMFQwAIBUMAE8TEACKFQwAshUMAN0VDACiExAACxYMAMrnDAARFgwApBcMABIWDABp6QwAFBYMAHDoDAAVFgwAWBYMAFoWDACrFgwAuRYMAP4WDAAPFwwA9RMQAFkXDABIFBAAqhcMAPcXDAD9FwwAShgMAE8YDACdGAwAoxgMAJsUEAD8GAwAQxkMAEsZDABBFRAAohkMAOkZDADzGQwAPBoMAEUaDACPGgwAkBoMAOIaDADqGgwANRsMADobDACIGwwAmBsMAOcVEADnGwwALhwMADAcDACBHAwAhxwMANQcDADbHAwAJx0MACwdDAB6HQwAfh0MAM0dDADaHQwAIB4MACgeDABzHgwAeB4MAMYeDADWHgwAOhYQACofDABsHwwAeB8MAL8fDADOHwwAEiAMABwgDABlIAwAcyAMALggDADFIAwACyEMACIhDACNFhAAYSEMADMXEAC0IQwABCIMALghDAC8JxAADCIMAFciDACCIgwAqiIMANUiDAD9IgwAKCMMAIYXEABZIwwAoyMMAKQjDAD2IwwABSQMAEkkDAAMJAwA6CUMAFokDACcJAwAniQMAO8kDADyJAwAQiUMAEUlDACVJQwAnSUMAH8YEADtJQwAOyYMAEImDACOJgwAlyYMAOEmDADyJgwANCcMAEAnDACHJwwAjycMANIYEADgJwwALSgMADQoDACAKAwAhSgMANMoDADXKAwAJikMADMpDAB5KQwAiCkMAMwpDADdKQwAHyoMACEqDAByKgwAdSoMAMUqDADIKgwAGCsMACArDAAlGRAAcCsMAIhuDAB2KwwAuvoNAHcrDAC+KwwAwSsMABEsDAAbLAwAeBkQAG0sDAC3LAwAxiwMAAotDAAZLQwAXS0MAGktDACwLQwAsy0MAAMuDAAGLgwAyxkQAFkuDACpLgwA1C4MAB4aEAAELwwAcRoQAFcvDADEGhAAqi8MABcbEAD6LwwASDAMAFUwDACbMAwAnjAMAO4wDADzMAwAQTEMAFIxDACUMQwAoDEMAGobEADsMQwAOjIMAEsyDACNMgwAmTIMAOAyDAD6MgwAMzMMADczDAAlNQwAOjMMAGo3DAA9MwwAtjgMAD8zDAAeNgwAQTMMACw0DABEMwwAhjMMAIszDADZMwwA8DMMAL0bEAA5NAwAfzQMAI80DADSNAwA1zQMABAcEAAnNQwAeDUMAH41DADLNQwA2DUMAGMcEAAkNgwAcTYMAHc2DADENgwAyTYMABc3DAAdNwwAthwQAHY3DAC9NwwA1jcMABA4DAAZOAwAYzgMAHo4DAAJHRAAvDgMAAk5DAALOQwAXDkMAGs5DACvOQwAuzkMAFwdEAAEOgwAVToMAGY6DACoOgwAtjoMAPs6DAACOwwATjsMAFA7DAChOwwAqzsMAPQ7DAACPAwARzwMAEw8DACaPAwApzwMAO08DAD1PAwAQD0MAEQ9DACTPQwAlT0MAOY9DADsPQwAOT4MAEY+DACvHRAAmT4MAN8+DAD2PgwAMj8MAE4/DAACHhAAkT8MANg/DADZPwwAK0AMADFADAB+QAwAikAMANFADADgQAwAJEEMACZBDAB3QQwAgUEMAMpBDADYQQwAHUIMACJCDABwQgwAfUIMAMNCDADLQgwAFkMMABpDDABpQwwAa0MMALxDDADCQwwAD0QMABxEDABVHhAAb0QMALVEDADMRAwACEUMACRFDACoHhAAZEUMAK5FDAC8RQwAAUYMAAtGDABURgwAYEYMAKdGDACqRgwA+kYMABZHDABNRwwAVUcMAPseEACsRwwA80cMAPZHDABGSAwAUEgMAPQfEACiSAwA7EgMAPpIDAA/SQwASUkMAJJJDACeSQwA5UkMAO1JDACaIBAAOkoMAItKDACZSgwA3koMAO9KDADtIBAAOEsMAEAhEACJSwwA10sMAN9LDAAqTAwAMEwMAH1MDACGTAwA0EwMAN1MDADmIRAAKE0MAHZNDAAvTQwAFU8MAH9NDADJTQwA000MABxODAAkTgwAb04MALFODADCTgwAyk4MADkiEAAbTwwAaE8MAG5PDAC7TwwAw08MAA5QDABQUAwAYVAMAGlQDACMIhAAvFAMAN8iEAAQUQwAWlEMAGhRDACtUQwAt1EMAABSDAAMUgwAU1IMAFZSDACmUgwArlIMAIUjEAAFUwwATFMMAE9TDACfUwwAqVMMANgjEAD6UwwAKyQQAFNUDACYVAwAqVQMAOtUDAD3VAwAPlUMAEFVDAB+JBAA1VUMAORVDAAoVgwA0SQQAEdWDACKVgwAjFYMAN1WDADrVgwAMFcMAEFXDAAkJRAAn1cMANZXDADeVwwAdyUQAC9YDABQyQwAPFgMAHxYDACLWAwAz1gMANtYDAAiWQwAI1kMAHVZDAB/WQwAyFkMANZZDAAbWgwAIFoMAG5aDAB7WgwAyiUQAM9aDAAUWwwAIVsMAGdbDABvWwwAHSYQAMZbDAANXAwANlwMAGBcDABsXAwAs1wMAMJcDAAGXQwAEF0MAFldDABnXQwArF0MALFdDAD/XQwADF4MAFJeDABaXgwApV4MALNeDAD4XgwABV8MAEtfDABTXwwAcCYQAKBfDADTdA0ArF8MAPFfDAD7XwwARGAMAFBgDACXYAwAnmAMAOpgDADyYAwAPWEMAEFhDACQYQwAnmEMAONhDADtYQwANmIMAEFiDACJYgwAkWIMANxiDADeYgwAL2MMADdjDACCYwwAj2MMANVjDADaYwwAKGQMADVkDAB7ZAwAmWQMAM5kDAD9ZAwAIWUMAC1lDAB0ZQwAemUMAMdlDADMZQwAGmYMACJmDABtZgwAeWYMAMBmDADTZgwAE2cMACFnDABmZwwAcGcMALlnDADBZwwADGgMABtoDABfaAwAZGgMALJoDAC5aAwABWkMABFpDABYaQwAdGkMAKtpDACzaQwAwyYQAABqDABRagwAX2oMAKRqDACxagwA92oMAAVrDABKawwAV2sMAJ1rDAC0awwA8GsMAPhrDABDbAwAUWwMAJZsDACjbAwA6WwMAPFsDABpJxAASm0MAI9tDACQbQwADygQAO5tDAA1bgwAPG4MAGIoEACPbgwA224MAOBuDAC1KBAANm8MAAgpEACJbwwA1G8MAMdvDACuig4A1W8MANTCDADXbwwAxsQMAN1vDAAncAwA3m8MAIjBDADkbwwAzcMMADRwDAB6cAwAhXAMAM1wDADPcAwAIHEMAC1xDABzcQwAenEMAMZxDADXcQwAGXIMACVyDABscgwAc3IMAL9yDADHcgwAWykQABhzDABlcwwAa3MMALhzDAC9cwwAC3QMABF0DACuKRAAanQMALF0DAC7dAwABHUMAAh1DABXdQwAY3UMAKp1DAC2dQwA/XUMAAp2DABQdgwAWHYMAKN2DACtdgwA9nYMAAJ3DABJdwwATHcMAJx3DACmdwwAVCoQAPF3DABCeAwARXgMAJV4DACYeAwA+ioQAPB4DABNKxAASXkMAI55DACPeQwAoCsQAOl5DADzKxAAOXoMAId6DACOegwA2noMAN96DABGLBAANXsMAJksEACIewwA03sMAN17DAAmfAwAMXwMAHl8DACHfAwAzHwMAM98DAAffQwAJ30MAHJ9DAB8fQwAxX0MANF9DAAYfgwAG34MAGt+DAB1fgwA7CwQAMx+DAARfwwAJ38MAGR/DABwfwwAt38MAL5/DAAKgAwAEoAMAF2ADABigAwAsIAMALmADAADgQwADYEMAFaBDABegQwAqYEMAKuBDAD8gQwADIIMAE+CDABZggwAooIMAK6CDAD1ggwA+4IMAEiDDABQgwwAki0QAKmDDADugwwA74MMAOUtEABGhAwAOC4QAJaEDADnhAwA6IQMADqFDAA9hQwAjYUMAJiFDADghQwA5YUMADOGDAA9hgwAiy4QAKqGDADZhgwA4YYMAN4uEAAuhwwAf4cMAJCHDADShwwA44cMACWIDAAoiAwAMS8QAH6IDADLiAwA0IgMAB6JDAAhiQwAcYkMAHSJDADEiQwAzIkMAIQvEAAligwAaooMAG2KDAC9igwAyIoMABCLDAAciwwAY4sMAGqLDAC2iwwAvosMAAmMDAAXjAwAXIwMAGmMDACvjAwAt4wMANcvEAAOjQwAVY0MAFiNDACojQwAso0MAPuNDAADjgwAKjAQAFqODAChjgwAp44MAPSODAD+jgwAR48MAFuPDACajwwAoo8MAH0wEAD6jwwAQJAMAEiQDACTkAwAlpAMAOaQDADykAwAOZEMAEORDACMkQwAlZEMAN+RDADgkQwAMpIMAEqSDACFkgwAh5IMANiSDADpkgwAK5MMADyTDAB+kwwAhpMMANGTDADgkwwAJJQMACaUDAB3lAwAiJQMAMqUDADblAwAHZUMADaVDABwlQwAcpUMAMOVDADSlQwAFpYMADaWDAAjMRAAa5YMALyWDADclgwAD5cMACOXDABvMhAAapcMALWXDADClwwACJgMAA2YDABbmAwAZZgMAK6YDAC2mAwAAZkMAAeZDABUmQwAXZkMAKeZDAC0mQwAwjIQAAaaDABNmgwAU5oMAKCaDACmmgwA85oMAPyaDABGmwwAR5sMAJmbDACjmwwA7JsMAPibDAA/nAwARpwMABUzEACanAwAaDMQAO2cDAC7MxAAQJ0MAA40EACXnQwA3p0MAO6dDAAxngwANp4MAISeDACKngwA154MAOOeDAAqnwwAMp8MAGE0EACOnwwA0J8MAOGfDAAjoAwANaAMAHagDAB+oAwAyaAMANSgDAAcoQwAIaEMAG+hDAB0oQwAwqEMAOKhDAC0NBAAJaIMAGiiDAByogwAu6IMAMeiDAAOowwAFKMMAGGjDABpowwAtKMMALajDAAHpAwAwKMMAIqpDAAYpAwAWqQMAGukDACtpAwAv6QMAAClDAAIpQwAU6UMAF6lDACmpQwAq6UMAPmlDAD+pQwATKYMAGymDAAHNRAAoaYMAPKmDAABpwwARacMAFCnDACYpwwAqqcMAOunDADzpwwAPqgMAEmoDACRqAwAlqgMAOSoDADpqAwAN6kMAFepDABaNRAAjKkMAN2pDADsqQwAMKoMADuqDACDqgwAlaoMANaqDADeqgwAKasMADSrDAB8qwwAgasMAM+rDADUqwwAIqwMAEKsDACtNRAAgqwMAMisDADfrAwAADYQACitDABurQwAha0MAFM2EADOrQwAFK4MABuuDABnrgwAda4MALquDADHrgwADa8MACSvDACmNhAAaK8MAPk2EAC1rwwABrAMABSwDABZsAwAarAMAEw3EAC5sAwA/7AMABaxDACfNxAAXLEMAKWxDACxsQwA+LEMAPuxDABLsgwAVbIMAPI3EAC6sgwARTgQAPmyDACYOBAATLMMAJezDACYswwAKLcMAJqzDAA2tQwAnrMMAPe9DAChswwA6rMMAKazDAAauQwAp7MMACG4DADvswwAUb0MAPazDAA9tAwAQLQMAJC0DACatAwA6zgQAOu0DAA+ORAAP7UMAIm1DABWtQwABbwMAJe1DADctQwA5rUMAC+2DAA7tgwAgrYMAIW2DADVtgwA3bYMAJE5EAAqtwwAe7cMAH63DADOtwwA0bcMAOQ5EAAjuAwAdLgMAIK4DADHuAwA2LgMAIo6EAAcuQwAbbkMAHq5DADAuQwAz7kMABO6DAAfugwAZroMAHe6DAC5ugwAyroMAAy7DAAYuwwAX7sMAGa7DACyuwwAursMADA7EAATvAwAWLwMAFm8DACDOxAAt7wMAP68DAAFvQwA1jsQAFi9DACkvQwAqb0MAHw8EAAAvgwASr4MAFC+DACdvgwAn74MAPC+DAD6vgwAQ78MAFG/DACWvwwAm78MAOm/DAD2vwwAPMAMAFTADACPwAwApcAMAOLADADlwAwANcEMAD3BDAAiPRAAlMEMANvBDADewQwALsIMADjCDAB1PRAAicIMAMg9EADWwgwAJ8MMACrDDAB6wwwAfcMMABs+EADPwwwAIMQMAC7EDABzxAwAhMQMAME+EADPxAwAGcUMACfFDABsxQwAMsUMAOpSDgB2xQwAv8UMAMvFDAASxgwAFcYMAGXGDABtxgwAZz8QANLGDAC6PxAAJccMAF7HDAB4xwwADUAQALbHDACVywwAv8cMADvMDADBxwwABMgMAAbIDABXyAwAZcgMAKrIDAC7yAwAYEAQAATJDACzQBAAVskMAKPJDACoyQwA9skMAPzJDAAGQRAAT8oMAJzKDAChygwA78oMAAXLDABCywwASssMAKxBEAC1ywwA6MsMAPDLDAD/QRAAUswMAI7MDACbzAwA4cwMAObMDAA0zQwAOs0MAIfNDACTzQwA2s0MAOHNDAAtzgwANc4MAIDODACjzgwApUIQAODODAAmzwwANc8MAHnPDAB7zwwAzM8MANXPDAAf0AwANtAMAHLQDAB90AwAxdAMAM/QDAAY0QwAINEMAEtDEABx0QwAvtEMAMTRDAAR0gwAFtIMAGTSDABq0gwAnkMQANnSDAAK0wwAEtMMAEREEABm0wwAsNMMALHTDAAD1AwAC9QMAFbUDABh1AwAqdQMAK7UDAD81AwAAdUMAE/VDABv1QwAl0QQAKjVDAD11QwA/NUMAEjWDABN1gwAm9YMAJ/WDADu1gwA+9YMAEHXDABJ1wwAlNcMAJ/XDADn1wwA7NcMADrYDAA/2AwAjdgMAK3YDADqRBAA79gMADPZDAA+2QwAhtkMAI7ZDADZ2QwA3NkMACzaDADj2QwAF90MADjaDAB/2gwAidoMANLaDADb2gwAJdsMACbbDAB42wwAgNsMAMvbDADW2wwAHtwMACPcDABx3AwAdtwMAMTcDADk3AwAPUUQACPdDABq3QwAbN0MAL3dDADD3QwAEN4MABfeDABj3gwAaN4MALbeDAC63gwACd8MABbfDABc3wwAZN8MAK/fDAC63wwAAuAMAAfgDABV4AwAWuAMAKjgDADI4AwAkEUQAAPhDADjRRAAWOEMAKHhDACq4QwA9OEMAPrhDABH4gwAU+IMAJriDAC44gwA7eIMAO7iDABA4wwAQuMMAJPjDACg4wwA5uMMAPTjDAA55AwASOQMAIzkDACo5AwA3+QMAOfkDACJRhAAReUMAIXlDACG5QwA2OUMAOTlDAAr5gwAOuYMAH7mDACI5gwA0eYMAN3mDAAk5wwAK+cMANxGEAB/5wwAL0cQANPnDAAd6AwAKugMAIJHEAB16AwAw+gMANDoDAAW6QwAIOkMANVHEABr6QwAvOkMANLpDAAP6gwAG+oMAChIEABq6gwA+P0NAIDqDAC16gwA0+oMAAjrDAAQ6wwAW+sMACrrDAD8IA4AXOsMAPrsDABe6wwARu4MAGfrDABPIQ4Aa+sMAK7rDACw6wwAAewMAA/sDABU7AwAZewMAHtIEACv7AwAzkgQAPzsDABN7QwAUO0MAKDtDACj7QwAIUkQAPvtDAB0SRAAUO4MAN5DDQBm7gwAme4MAKfuDADs7gwA7e4MAMdJEABH7wwAGkoQALXvDABtShAA8u8MADjwDABG8AwAi/AMAJXwDADe8AwA5vAMADHxDAAy8QwADvYMAEzxDADJ8wwAWvEMAITxDACN8QwA1/EMANjxDAAq8gwAOPIMAH3yDACH8gwA0PIMANzyDAAj8wwAKfMMAHbzDACS8wwAwEoQANfzDAAc9AwAKfQMAG/0DAB59AwAwvQMAMT0DAAV9QwALPUMAGj1DAB09QwAu/UMANf1DAATSxAAH/YMAGH2DABj9gwAtPYMAL72DAAH9wwAF/cMAFr3DABf9wwArfcMALP3DAAA+AwAFvgMAFP4DABb+AwApvgMAKn4DAD5+AwAAvkMAEz5DABa+QwAn/kMAKn5DADy+QwA/vkMAEX6DABh+gwAZksQAKX6DADr+gwA8/oMAD77DABB+wwAfFENAE77DACR+wwAk/sMAINQDQCf+wwA5PsMAPH7DAA3/AwARfwMAIr8DACN/AwA3fwMAOj8DAAw/QwAPP0MAIP9DACK/QwA1v0MAN79DAAp/gwAK/4MAHz+DACM/gwAz/4MANn+DAAi/wwALv8MAHX/DAB7/wwAyP8MAND/DAC5SxAAHQANAG4ADQB8AA0AwQANAM4ADQAUAQ0AIAENAGcBDQBtAQ0AugENAL0BDQANAg0AFQINAGACDQBiAg0APQcNAGMCDQD/Aw0AcAINALMCDQC1Ag0AxwsNALgCDQAGAw0ADwMNAFkDDQBmAw0ArAMNALMDDQAMTBAACAQNAC8JDQAJBA0AngUNAB8EDQBSBA0AYAQNAKUEDQCmBA0AX0wQAAQFDQBLBQ0AUgUNALJMEACgBQ0A8QUNAPcFDQBEBg0ATgYNAJcGDQCjBg0A6gYNAPEGDQAFTRAAVgcNAJAHDQCVBw0A4wcNAOkHDQA2CA0AQAgNAIkIDQCVCA0A3AgNAOMIDQBYTRAAPgkNAIIJDQCRCQ0A1QkNAOEJDQAoCg0AKwoNAHsKDQB+Cg0AzgoNAN4KDQAhCw0AKgsNAHQLDQCFCw0Aq00QANULDQAaDA0AKwwNAP5NEAB0DA0AUU4QAMgMDQATDQ0AFQ0NAPARDQAWDQ0Asg4NACMNDQBmDQ0AaA0NAHoWDQBrDQ0AuQ0NAMINDQAMDg0AGQ4NAF8ODQBmDg0ApE4QALsODQDiEw0AvA4NAFEQDQDSDg0ABQ8NABMPDQBYDw0AWQ8NAPdOEAC3Dw0A/g8NAAUQDQBKTxAAUxANAKQQDQCqEA0A9xANAAERDQBKEQ0AVhENAJ0RDQCkEQ0AnU8QAAkSDQBDEg0ASBINAJYSDQCcEg0A6RINAPMSDQA8Ew0ASBMNAI8TDQCWEw0A8E8QAPETDQA1FA0ARBQNAIgUDQCUFA0A2xQNAN4UDQAuFQ0AMRUNAIEVDQCRFQ0A1BUNAN0VDQAnFg0AOBYNAENQEACIFg0AzRYNAN4WDQCWUBAAJxcNAOlQEAB7Fw0AxhcNAP4XDQAZGA0AIRgNAGwYDQB8GA0AvxgNAMEYDQASGQ0AIBkNAGUZDQB2GQ0APFEQAL4ZDQALGg0AFxoNAI9REACKGg0ANVIQALoaDQAEGw0AERsNAFcbDQBzGw0AqhsNALIbDQCIUhAADhwNAFAcDQBSHA0AoxwNAKQcDQD2HA0A+RwNAEkdDQBVHQ0AnB0NAKMdDQDvHQ0ACx4NAEIeDQBKHg0ALlMQAKIeDQDoHg0A+B4NADsfDQBAHw0Ajh8NAL4fDQCBUxAA5x8NANRTEAA8IA0AhyANAIggDQCbKQ0AjSANAJ6kDgCRIA0A2iANAJMgDQARJQ0AlyANAHIjDQClIA0A2SwNAN8gDQApnQ4A5SANAEyYDgDmIA0ALSENADAhDQCAIQ0AiiENACdUEADbIQ0AJiINACwiDQB5Ig0AgiINAMwiDQDZIg0AHyMNADsjDQB6VBAAdCMNAMUjDQB3Iw0AL6gOANMjDQAYJA0AKSQNAM1UEABxJA0AviQNAMokDQAgVRAAFyUNAGQlDQBqJQ0AtyUNALwlDQAKJg0AECYNABlWEABkJg0AElcQALUmDQADJw0ACycNAFYnDQBiJw0AqScNALwnDQD8Jw0ACCgNAE8oDQBeKA0AoigNAKsoDQD1KA0A/ygNAEgpDQBUKQ0AuFcQAKwpDQDuKQ0A+ikNAEEqDQBDKg0AlCoNAJcqDQDnKg0A8yoNADorDQBCKw0AC1gQAJkrDQDgKw0A8CsNADMsDQA/LA0AhiwNAIwsDQBeWBAA+ywNACwtDQA0LQ0Afy0NAKctDQDSLQ0A3S0NACUuDQAxLg0AeC4NAIkuDQDLLg0AzC4NALFYEAAkLw0AcS8NAH4vDQAEWRAA0S8NABcwDQAuMA0AajANAJowDQC9MA0AxTANABAxDQAaMQ0AYzENAG8xDQC2MQ0AuTENAAkyDQATMg0AV1kQAGQyDQCvMg0AtTINAAIzDQALMw0AVTMNAGIzDQCoMw0AxDMNAKpZEAD9Mw0ATjQNAAI0DQBGQQ0AWzQNAKE0DQCoNA0A9DQNAPY0DQBHNQ0ATTUNAJo1DQChNQ0A7TUNAAU2DQBANg0ARTYNAJM2DQBMNg0AOTcNAJw2DQDmNg0A8DYNAP1ZEAA/Nw0AjDcNAJI3DQDfNw0A5DcNADI4DQA4OA0AUFoQAIY4DQDYOA0A6TgNACs5DQA3OQ0AfjkNAIg5DQDROQ0A3TkNACQ6DQArOg0Ao1oQAHk6DQDKOg0AgjoNANuzDgDNOg0AHTsNAD07DQBwOw0AeDsNAPZaEADUOw0AFjwNAB08DQBpPA0AcTwNALw8DQC/PA0AWz4NAMw8DQAPPQ0AET0NAGI9DQBwPQ0AtT0NAMY9DQBJWxAADz4NAJxbEABkPg0Arj4NAL0+DQABPw0AED8NAFQ/DQBgPw0Apz8NAKo/DQD6Pw0A/T8NAE1ADQBdQA0AoEANAKlADQDzQA0ABEENAO9bEABLQQ0AmUENAKJBDQDsQQ0A9kENAD9CDQBHQg0AkkINALBCDQDlQg0AA0MNADhDDQBWQw0Ai0MNAKlDDQBCXBAA5UMNADFEDQA2RA0AhEQNAD1EDQB9RQ0AjUQNANdEDQDhRA0AKkUNAEZFDQCVXBAAg0UNANBFDQDWRQ0AI0YNAD9GDQDoXBAAnkYNAI5dEADxRg0A4V0QACRHDQDaXhAAhUcNAMJHDQDERw0AFUgNABtIDQBoSA0AfEgNALtIDQDDSA0ADkkNADZJDQAtXxAAakkNALRJDQDBSQ0AB0oNABVKDQBaSg0AZEoNAK1KDQDHSg0AAEsNAA1LDQBTSw0AX0sNAKZLDQCwSw0A+UsNAAFMDQCAXxAAU0wNAJ9MDQCnTA0A018QAMtMDQDMYBAA/kwNAEVNDQBMTQ0AmE0NAKBNDQAmYBAA7U0NAD5ODQBPTg0AkU4NAJlODQDkTg0A7k4NADdPDQBDTw0Aik8NAI1PDQDdTw0A508NAB9hEABMUA0AcmEQAJFQDQDWUA0A51ANAMVhEAAwUQ0AGGIQAIVRDQDPUQ0A3lENACJSDQAxUg0AdVINAIFSDQDIUg0Ay1INABtTDQAeUw0AblMNAH5TDQDBUw0AylMNABRUDQAlVA0Aa2IQAGlUDQC6VA0Ac1QNAGBVDQC9VA0ADVUNABVVDQC+YhAAZlUNALNVDQC/VQ0ABlYNAA5WDQARYxAAZVYNAKxWDQCvVg0A/1YNAAlXDQBkYxAAV1cNAKVXDQC7Vw0A+FcNAPlXDQBLWA0AXFgNAJ5YDQCqWA0A8VgNAPtYDQBEWQ0AUFkNALdjEACjWQ0A6lkNAO1ZDQA9Wg0AR1oNAF1kEACTWg0A41oNAOZaDQA2Ww0AQlsNAIlbDQCPWw0A3FsNAOZbDQCwZBAANFwNAIJcDQCPXA0A1VwNANhcDQAoXQ0ARF0NAHtdDQCDXQ0AA2UQANZdDQBWZRAAKV4NAKllEAB3Xg0Ax14NAIteDQDTGg4A514NABpfDQAuXw0A/GUQAHpfDQBPZhAAwV8NABNgDQAZYA0AZmANAHJgDQC5YA0AyGANAAxhDQAOYQ0AX2ENAGlhDQCyYQ0AvmENAAViDQAMYg0AomYQAGRiDQD1ZhAAs2INAEhnEAAAYw0AUWMNAF9jDQCkYw0AtWMNADNqEAD9Yw0ASmQNAFZkDQCGahAAo2QNAPBkDQD2ZA0AQ2UNAEhlDQCWZQ0AnGUNACxrEADsZQ0APGYNAEhmDQCPZg0AlWYNAOJmDQDsZg0A0msQADpnDQCIZw0AlWcNANtnDQDeZw0ALmgNAENoDQCBaA0AiWgNACVsEADcaA0AJ2kNADNpDQB6aQ0AgGkNAM1pDQDTaQ0AIGoNACVqDQBzag0AeWoNABduEADVag0AGWsNAChrDQBsaw0AdWsNAL9rDQDFaw0AEmwNABhsDQBlbA0AcWwNALhsDQC/bA0AC20NABNtDQC9bhAAaG0NALFtDQC8bQ0ABG4NABBuDQBXbg0AXW4NAKpuDQCybg0A/W4NAAlvDQBQbw0AVm8NAKNvDQCpbw0A9m8NAPtvDQBJcA0AT3ANABBvEACjcA0A73ANAP1wDQBCcQ0AT3ENAJVxDQCscQ0A6HENAARyDQA7cg0AQ3INAGNvEAChcg0A4XINAONyDQA0cw0ASnMNAIdzDQCIcw0A2nMNAOtzDQAtdA0AOXQNALZvEACcdA0ACXAQAOl0DQAmdQ0AJ3UNAHl1DQCKdQ0AzHUNANh1DQBccBAAJHYNAHJ2DQB4dg0AxXYNAOV2DQAYdw0AJHcNAGt3DQBydw0Ar3AQAMR3DQAReA0AFngNAGR4DQBqeA0AAnEQAMt4DQAKeQ0AC3kNAF15DQBpeQ0AsHkNAMx5DQADeg0AC3oNAPtxEABieg0AqXoNAMV6DQD8eg0ABHsNAKFyEABbew0AonsNAKh7DQD1ew0A+3sNAEh8DQBgfA0Am3wNAKV8DQDufA0A+nwNAEF9DQBEfQ0AlH0NAJ59DQDnfQ0A/30NADp+DQBKfg0AjX4NAI9+DQDgfg0A7n4NADN/DQBEfw0A9HIQAIx/DQDZfw0A5X8NAEdzEAA0gA0A7XMQAIuADQDSgA0A1YANACWBDQAvgQ0AQHQQAHqBDQDLgQ0A2YENAB6CDQAvgg0A5nQQAHiCDQA5dRAAzIINAIx1EAAfgw0AhXYQAGyDDQC9gw0AyoMNABCEDQAfhA0AY4QNAGmEDQC2hA0AwoQNAAmFDQALhQ0AXIUNAGaFDQCvhQ0AvYUNAAKGDQAHhg0AVYYNAGKGDQCohg0AtIYNAPuGDQAOhw0ATocNAF2HDQChhw0ArYcNAPSHDQD1hw0AR4gNAFGIDQCaiA0AqIgNAO2IDQDyiA0AQIkNAE2JDQDYdhAAnYkNAOaJDQD0iQ0AOYoNADyKDQCMig0AnIoNAN+KDQDtig0AMosNAD6LDQCFiw0AjIsNANiLDQDfiw0AK4wNADeMDQB+jA0Af4wNANGMDQDdjA0AJI0NADGNDQB3jQ0Afo0NAMqNDQDWjQ0AHY4NACqODQBwjg0Af44NAMOODQDXjg0AFo8NACKPDQBpjw0AfI8NALyPDQDLjw0AD5ANABuQDQBikA0AY5ANALWQDQC/kA0ACJENABaRDQBbkQ0AYJENAK6RDQC7kQ0AK3cQAAKSDQBUkg0AZZINAKeSDQC1kg0A+pINAAmTDQBNkw0AT5MNAKCTDQCqkw0A85MNAAGUDQBGlA0AS5QNAJmUDQCmlA0A7JQNAPuUDQA/lQ0ARJUNAJKVDQCflQ0A5ZUNAO+VDQA4lg0ARJYNAIuWDQCelg0A3pYNAOiWDQAxlw0APZcNAISXDQCXlw0A15cNAOaXDQAqmA0ANpgNAH2YDQB+mA0A0JgNANqYDQAjmQ0AMZkNAHaZDQB7mQ0AyZkNANaZDQB+dxAAIZoNAG+aDQB8mg0AwpoNAMyaDQAVmw0AG5sNAGibDQBqmw0Au5sNAMibDQAOnA0AEZwNAGGcDQBvnA0AtJwNAMCcDQAHnQ0AFJ0NAFqdDQBknQ0ArZ0NALydDQAAng0ABZ4NAFOeDQBgng0App4NALOeDQD5ng0ABZ8NAEyfDQBbnw0An58NAKmfDQDynw0AAKANAEWgDQBKoA0AmKANAKWgDQDroA0A96ANAD6hDQBRoQ0AkaENAKChDQDkoQ0A8KENADeiDQA4og0AiqINAJSiDQDdog0A66INADCjDQA1ow0Ag6MNAJCjDQDRdxAA6aMNACmkDQA4pA0AfKQNAIikDQDPpA0A0KQNACKlDQAspQ0AdaUNAIOlDQDIpQ0AzaUNABumDQAopg0AJHgQAIGmDQDBpg0A0KYNABSnDQAgpw0AZ6cNAGinDQC6pw0AxKcNAA2oDQAbqA0AYKgNAGWoDQCzqA0AwKgNAHd4EAAIqQ0AWakNAGepDQCsqQ0AuakNAP+pDQALqg0AUqoNAFiqDQClqg0AtqoNAPiqDQD6qg0AS6sNAFSrDQCeqw0Aq6sNAPGrDQAArA0ARKwNAE+sDQCXrA0Ao6wNAOqsDQD9rA0APa0NAEytDQCQrQ0AnK0NAOOtDQDkrQ0ANq4NAECuDQCJrg0Al64NANyuDQDhrg0AL68NADyvDQDKeBAAj68NANWvDQDjrw0AKLANADKwDQB7sA0AibANAM6wDQDQsA0AIbENADKxDQB0sQ0AgrENAMexDQD2sQ0AGrINAByyDQBtsg0Ad7INAMCyDQDOsg0AE7MNABizDQBmsw0Ac7MNALmzDQDFsw0ADLQNAB+0DQBftA0AbrQNALK0DQC+tA0ABbUNAAa1DQBYtQ0AYrUNAKu1DQC5tQ0A/rUNAAO2DQBRtg0AXrYNAB15EACmtg0A97YNAPm2DQBKtw0AWbcNAJ23DQCstw0A8LcNAPy3DQBDuA0ARrgNAJa4DQCZuA0A6bgNAO+4DQA8uQ0ASLkNAI+5DQCSuQ0A4rkNAOe5DQA1ug0AProNAIi6DQCOug0A27oNAOq6DQAuuw0AOrsNAIG7DQCRuw0A1LsNANa7DQAnvA0ANbwNAHq8DQCLvA0AcHkQANO8DQAgvQ0ALL0NAMN5EACGvQ0Axr0NANW9DQAZvg0AJb4NAGy+DQBtvg0Av74NAMm+DQASvw0AIL8NAGW/DQBqvw0AuL8NAMW/DQAWehAAF8ANAF7ADQBowA0AscANANrADQAEwQ0AC8ENAFfBDQBwwQ0AqsENALnBDQD9wQ0ADMINAFDCDQBVwg0Ao8INALDCDQD2wg0AA8MNAEnDDQBVww0AnMMNAKvDDQDvww0A+cMNAELEDQBQxA0AlcQNAJrEDQDoxA0A9cQNADvFDQBHxQ0AjsUNAKHFDQDhxQ0A8MUNADTGDQBAxg0Ah8YNAIjGDQDaxg0A5MYNAC3HDQA7xw0AgMcNAIXHDQDTxw0A4McNAGl6EAA3yA0AecgNAIrIDQDMyA0A2MgNAB/JDQA2yQ0AcskNAHTJDQDFyQ0A1skNABjKDQAbyg0Aa8oNAHXKDQC+yg0AwMoNABHLDQAbyw0AZMsNAHDLDQC3yw0Aw8sNAArMDQAdzA0AXcwNAGzMDQCwzA0AvMwNAAPNDQAEzQ0AVs0NAGDNDQCpzQ0At80NAPzNDQABzg0AT84NAFzODQC8ehAApM4NAPXODQD/zg0ASM8NAFDPDQAPexAArs8NAO7PDQD6zw0AQdANAFDQDQCU0A0AndANAOfQDQDx0A0AOtENAEjRDQCN0Q0AktENAODRDQDt0Q0AM9INAD/SDQCG0g0AmdINANnSDQDo0g0ALNMNADjTDQB/0w0AgNMNANLTDQDc0w0AJdQNADPUDQB41A0AfdQNAMvUDQDY1A0AYnsQACDVDQBx1Q0Ae9UNAMTVDQDM1Q0AtXsQABzWDQBq1g0AgNYNAL3WDQC+1g0AENcNACHXDQBj1w0Ab9cNALbXDQDA1w0ACdgNABfYDQBc2A0AYdgNAK/YDQC82A0AAtkNAA7ZDQBV2Q0AaNkNAKjZDQC32Q0A+9kNAAfaDQBO2g0AT9oNAKHaDQCr2g0A9NoNAALbDQBH2w0ATNsNAJrbDQCn2w0ACHwQAO/bDQBA3A0AStwNAJPcDQCb3A0AW3wQAPzcDQA53Q0ARd0NAIzdDQCR3Q0A390NAOjdDQAy3g0APN4NAIXeDQCR3g0A2N4NAOveDQAr3w0AOt8NAH7fDQCK3w0A0d8NANLfDQAk4A0ALuANAHfgDQCF4A0AyuANAM/gDQAd4Q0AKuENAK58EABy4Q0Aw+ENAM3hDQAW4g0AHuINAAF9EAB24g0AvOINAMviDQAP4w0AGuMNAGLjDQBu4w0AteMNAMTjDQAI5A0AKOQNAFvkDQBn5A0AruQNALXkDQAB5Q0AD+UNAFTlDQBZ5Q0Ap+UNALPlDQD65Q0ADeYNAE3mDQBc5g0AoOYNAKzmDQDz5g0A9OYNAEbnDQBQ5w0AmecNAKfnDQDs5w0A8ecNAD/oDQBM6A0AVH0QAJToDQDl6A0A7+gNADjpDQBA6Q0Ap30QAKjpDQDe6Q0A7+kNADHqDQA96g0AhOoNAJfqDQDX6g0A5uoNACrrDQA26w0AfesNAH7rDQDQ6w0A2usNACPsDQAx7A0AduwNAHvsDQDJ7A0A1uwNAPp9EAAe7Q0Ab+0NAHntDQDC7Q0Ayu0NAE1+EAAy7g0AaO4NAHnuDQC77g0Ax+4NAA7vDQAh7w0AYe8NAHDvDQC07w0AwO8NAAfwDQAI8A0AWvANAGTwDQCt8A0Au/ANAADxDQAF8Q0AU/ENAGDxDQCgfhAAqPENAPnxDQAD8g0ATPINAFTyDQDzfhAAsPINAPLyDQAG8w0ARfMNAEnzDQCY8w0AmvMNAOvzDQD/8w0APvQNAEH0DQCR9A0ArvQNAOT0DQD19A0AN/UNAEP1DQCK9Q0AnfUNAN31DQDs9Q0AMPYNADz2DQCD9g0AhPYNANb2DQDg9g0AKfcNADf3DQB89w0AgfcNAM/3DQDc9w0ARn8QACT4DQB1+A0Af/gNAMj4DQDQ+A0AmX8QAB35DQBu+Q0AfPkNAMH5DQDS+Q0A7H8QABv6DQA/gBAAb/oNAN6BEADA+g0ADfsNABL7DQBg+w0AZPsNALP7DQDA+w0AMYIQAAv8DQBZ/A0AXfwNAKz8DQCu/A0A//wNABj9DQBS/Q0AY/0NAKX9DQCx/Q0AhIIQAPv9DQB7Aw4ABP4NAEv+DQBe/g0Anv4NAJ/+DQDx/g0A/f4NAET/DQBT/w0Al/8NAKH/DQDq/w0A9v8NAD0ADgBEAA4A14IQAJgADgDjAA4A5QAOAI8MDgDmAA4AwAUOAOkADgA2AQ4A7wAOAAUIDgDwAA4Ah2wOAEIBDgCJAQ4AmAEOANwBDgDoAQ4ALwIOAD0CDgCCAg4AnQIOANUCDgDhAg4AKAMOAC8DDgAqgxAAiAMOAM4DDgDQAw4AIQQOACIEDgB0BA4AdwQOAMcEDgDSBA4AGgUOAB8FDgBtBQ4AdwUOAH2DEADNBQ4AEwYOABUGDgBmBg4AZwYOALkGDgC8Bg4ADAcOABcHDgBfBw4AZAcOALIHDgC8Bw4A0IMQABgIDgBYCA4AWQgOAKsIDgC3CA4A/ggOAA0JDgBRCQ4AWwkOAKQJDgCwCQ4A9wkOAP4JDgAjhBAAUgoOAJ0KDgCfCg4A8AoOAP8KDgBDCw4ATQsOAJYLDgCfCw4A6QsOAOsLDgA8DA4ATQwOAMmEEACeDA4A4gwOAOwMDgA1DQ4APg0OAIgNDgCKDQ4A2w0OAOwNDgAuDg4ANg4OAIEODgCfDg4A1A4OANwODgAnDw4AMw8OAHoPDgCNDw4AzQ8OAM4PDgAgEA4ALBAOAHMQDgCCEA4AxhAOANAQDgAZEQ4AJREOAGwRDgBzEQ4AHIUQANARDgASEg4AIxIOAGUSDgBtEg4AuBIOAL8SDgALEw4AGRMOAF4TDgBuEw4AsRMOAMETDgAEFA4AIBQOAG+FEABkFA4AqhQOAMEUDgD9FA4ABRUOAFAVDgBeFQ4AoxUOAK0VDgD2FQ4AAhYOAEkWDgBfFg4AnBYOAJ8WDgDvFg4ACxcOAMKFEABSFw4AlRcOAJ8XDgDoFw4A8BcOADsYDgBKGA4AjhgOAJMYDgDhGA4A7hgOADQZDgA+GQ4AhxkOAIkZDgDaGQ4A6BkOAC0aDgA6Gg4AgBoOAIMaDgAVhhAA3hoOACYbDgAwGw4AeRsOAIEbDgDMGw4A2xsOAB8cDgAkHA4AchwOAH8cDgDFHA4AzxwOABgdDgAaHQ4Aax0OAHkdDgC+HQ4Ayx0OABEeDgAUHg4AaIYQAGceDgC3Hg4Awx4OAAofDgARHw4AXR8OAGUfDgCwHw4AyR8OAAMgDgAXIA4AViAOAHIgDgCpIA4AsSAOAA6HEAAEIQ4AYYcQAFwhDgCiIQ4AqSEOAPUhDgD9IQ4ASCIOAE0iDgCbIg4AqyIOAO4iDgD2Ig4AQSMOAE8jDgCUIw4AoSMOAOcjDgD0Iw4AOiQOAEYkDgCNJA4AkyQOAOAkDgDoJA4AMyUOAD8lDgCGJQ4AmSUOANklDgDoJQ4ALCYOADgmDgB/Jg4AgCYOANImDgDcJg4AJScOADMnDgB4Jw4AfScOAMsnDgDYJw4AtIcQACEoDgBxKA4AeygOAMQoDgDGKA4AFykOACYpDgBqKQ4AiikOAL0pDgDFKQ4AECoOABoqDgBjKg4AaSoOALYqDgC4Kg4ACSsOABgrDgBcKw4AaCsOAK8rDgC3Kw4AB4gQACAsDgBVLA4AcywOAFqIEADBLA4A+ywOAAAtDgBOLQ4AaS0OAKEtDgCtLQ4A9C0OAPwtDgCtiBAAWi4OAJouDgCpLg4A7S4OAPkuDgBALw4AQS8OAJMvDgCdLw4A5i8OAPQvDgA5MA4APjAOAIwwDgCZMA4AAIkQAOMwDgAyMQ4ANDEOAIUxDgCIMQ4A2DEOAOAxDgArMg4ANTIOAH4yDgCJMg4A0TIOAN0yDgAkMw4ALDMOAFOJEACFMw4AyjMOANAzDgAdNA4AKTQOAHA0DgB/NA4AwzQOAM00DgAWNQ4AHjUOAGk1DgB4NQ4AvDUOAL41DgAPNg4AGDYOAGI2DgBlNg4AtTYOAME2DgAINw4AEDcOAKaJEABrNw4ArjcOALY3DgABOA4ACzgOAFQ4DgBfOA4ApzgOALM4DgD6OA4AAjkOAPmJEABSOQ4AoDkOALE5DgDzOQ4ABDoOAEY6DgBLOg4AmToOAJ06DgDsOg4A+joOAD87DgBMOw4AkjsOAKk7DgDlOw4A7TsOADg8DgBEPA4AizwOAJ48DgDePA4A7TwOADE9DgA9PQ4AhD0OAIU9DgDXPQ4A4T0OACo+DgA4Pg4AfT4OAII+DgDQPg4A3T4OAEyKEAApPw4Adj8OAIQ/DgDJPw4A1j8OABxADgAzQA4Ab0AOAHdADgDCQA4AzUAOABVBDgAXQQ4AaEEOAHVBDgC7QQ4AwkEOAA5CDgAfQg4AYUIOAG9CDgC0Qg4AwUIOAAdDDgAeQw4AWkMOAGJDDgCtQw4AskMOAABEDgAQRA4AU0QOAFtEDgCmRA4AsEQOAPlEDgAERQ4ATEUOAFhFDgCfRQ4Ap0UOAPKKEAALRg4ARUYOAEpGDgCYRg4As0YOAOtGDgD3Rg4APkcOAEZHDgBFixAApEcOAORHDgDzRw4AN0gOAENIDgCKSA4Ai0gOAN1IDgDnSA4AMEkOAD5JDgCDSQ4AiEkOANZJDgDjSQ4AmIsQADFKDgB8Sg4AfkoOAM9KDgDcSg4AIksOACdLDgB1Sw4Af0sOAMhLDgDTSw4AG0wOACdMDgBuTA4AdEwOAMFMDgDJTA4AFE0OACBNDgBnTQ4Aek0OALpNDgDJTQ4ADU4OABlODgBgTg4AYU4OALNODgC9Tg4ABk8OABRPDgBZTw4AXk8OAKxPDgC5Tw4A64sQAARQDgBSUA4AYVAOAKVQDgC0UA4A+FAOAAFRDgBLUQ4AUVEOAJ5RDgCkUQ4A8VEOAP1RDgBEUg4AS1IOAJdSDgCzUg4APowQAPRSDgA9Uw4ASVMOAJBTDgCTUw4A41MOAO1TDgCRjBAAPlQOAOSMEACRVA4AN40QAORUDgCKjRAAN1UOAIJVDgCDVQ4A91wOAI9VDgDVVQ4AllUOAF9aDgCZVQ4Ac2MOAJtVDgAEZw4A1lUOAChWDgA+Vg4Ae1YOAINWDgDOVg4A0FYOAGZZDgDcVg4AIVcOAClXDgDdjRAALlcOAHRXDgB3Vw4Ax1cOANFXDgAaWA4AHFgOAG1YDgB+WA4AwFgOANFYDgATWQ4AG1kOADCOEABtWQ4AuVkOAMBZDgAMWg4AFFoOAIOOEABhWg4AsloOALhaDgAFWw4AElsOAFhbDgBgWw4Aq1sOAK1bDgD+Ww4ABVwOAFFcDgBYXA4ApFwOAKxcDgDWjhAABF0OAEpdDgBLXQ4AnV0OALNdDgDwXQ4A+F0OAENeDgBFXg4A22AOAFFeDgCWXg4Anl4OACmPEACjXg4A6V4OAOxeDgA8Xw4ARl8OAI9fDgCRXw4A4l8OAPNfDgA1YA4ARmAOAIhgDgCQYA4AfI8QAOJgDgAuYQ4ANWEOAIFhDgCJYQ4Az48QAN5hDgAnYg4AKWIOAHpiDgCLYg4AzWIOAN5iDgAgYw4AKGMOACKQEAB4Yw4A6GoOAH9jDgDGYw4A3GMOABlkDgAhZA4AbGQOAHpkDgC/ZA4AzGQOABJlDgAVZQ4AZWUOAG9lDgC4ZQ4AumUOAAtmDgAcZg4AXmYOAG9mDgCxZg4AuWYOAHWQEAANZw4AV2cOAGRnDgCqZw4AsWcOAP1nDgAOaA4AUGgOAFxoDgCjaA4Aq2gOAMiQEAADaQ4ASWkOAExpDgCcaQ4ApmkOAO9pDgDxaQ4AQmoOAFNqDgCVag4ApmoOABuREADwag4AO2sOAFJrDgCOaw4AmmsOAOFrDgDraw4ANGwOADxsDgBukRAAiGwOANpsDgDwbA4ALW0OADVtDgCAbQ4Ajm0OANNtDgDbbQ4AwZEQAOBtDgAmbg4AKW4OAHluDgCDbg4AzG4OAM5uDgAfbw4AMG8OAHJvDgCDbw4AxW8OAM1vDgAUkhAAHnAOAGtwDgBwcA4AvnAOANlwDgARcQ4AH3EOAGRxDgBrcQ4At3EOAMNxDgAKcg4AEHIOAF1yDgBgcg4AsHIOALpyDgADcw4ACXMOAFZzDgBYcw4AqXMOALNzDgD8cw4ACHQOAE90DgBmdA4AonQOALZ0DgD1dA4AEXUOAEh1DgBQdQ4AZ5IQAJ11DgDudQ4A/HUOAEF2DgBSdg4AupIQAJt2DgANkxAA9XYOADp3DgBEdw4AjXcOAJh3DgDgdw4A6HcOADN4DgA/eA4AhngOAJl4DgDZeA4A6HgOACx5DgA4eQ4Af3kOAIB5DgDSeQ4A3HkOACV6DgAzeg4AeHoOAH16DgDLeg4A2HoOALOTEAAmew4AcXsOAHt7DgDEew4AyXsOABd8DgAffA4AanwOAHB8DgC9fA4AyXwOABB9DgAWfQ4AY30OAGx9DgC2fQ4Aw30OAAl+DgARfg4AXH4OAF1+DgCvfg4AsX4OAAJ/DgAFfw4AVX8OAFh/DgBZlBAAvn8OAPt/DgADgA4AToAOAFqADgChgA4Ap4AOAPSADgD6gA4AR4EOAEyBDgDtgQ4Ac4EOAJqBDgCigQ4A/5QQAPOBDgBSlRAAVoIOAJOCDgCVgg4A5oIOAPOCDgA5gw4AQIMOAIyDDgCUgw4A34MOAO+DDgAyhA4ANIQOAIWEDgCThA4A2IQOAOmEDgD4lRAAMoUOAEuWEACMhQ4A0YUOANuFDgAkhg4AL4YOAHeGDgB/hg4AyoYOANaGDgAdhw4AMIcOAHCHDgB+hw4Aw4cOAM2HDgAWiA4AHogOAGmIDgB4iA4AvIgOAMGIDgAPiQ4AFokOAGKJDgBuiQ4A8ZYQAPGJDgAIig4ARIoOAFuKDgBjig4ARJcQANaKDgABiw4ADYsOAFSLDgBaiw4Ap4sOAK2LDgD6iw4A/4sOAE2MDgBTjA4Al5cQAKGMDgDzjA4A+YwOAEaNDgBLjQ4AmY0OAKiNDgDsjQ4A+I0OAD+ODgBCjg4Ako4OAJWODgDljg4A7Y4OADiPDgBHjw4Ai48OAJCPDgDejw4A9I8OADGQDgAykA4AhJAOAJWQDgDXkA4A45AOACqRDgA0kQ4AfZEOAImRDgDQkQ4A15EOAOqXEAAzkg4AdpIOAIKSDgDJkg4A2JIOAByTDgAwkw4Ab5MOAH6TDgDCkw4A05MOABWUDgAhlA4APZgQAGqUDgC7lA4AyZQOAA6VDgAflQ4AkJgQAGeVDgC0lQ4AwJUOAOOYEAANlg4AWpYOAGCWDgCtlg4AspYOAACXDgAGlw4A3JkQAFiXDgCmlw4AqJcOAPmXDgAKmA4AKJsQAFiYDgCfmA4ApZgOAPKYDgD+mA4ARZkOAE2ZDgB7mxAAnpkOAOuZDgD3mQ4APpoOAEaaDgDOmxAAnZoOAOSaDgDnmg4AN5sOAEGbDgAhnBAAjJsOAN2bDgDrmw4AMJwOAEGcDgDHnBAAiZwOANacDgDinA4AGp0QADGdDgB8nQ4Af50OAM+dDgDbnQ4AIp4OAC6eDgB1ng4AfZ4OAMCdEADTng4AG58OACefDgBunw4Adp8OABOeEADKnw4AFKAOACWgDgBnoA4AeKAOALqgDgDCoA4ADaEOABChDgBgoQ4AaqEOALOhDgC1oQ4ABqIOABWiDgBZog4AeaIOAKyiDgC0og4A/6IOAAmjDgBSow4AWKMOAKWjDgCnow4A+KMOAAekDgBLpA4AV6QOAGaeEACqpA4A8aQOAA+lDgBEpQ4ASqUOAJelDgCgpQ4A6qUOAPelDgA9pg4ARaYOAJCmDgCmpg4A46YOAOWmDgA2pw4AUacOAImnDgCVpw4A3KcOAOmnDgC5nhAANagOAIKoDgCKqA4A1agOAOuoDgAoqQ4ALakOAHupDgCBqQ4AzqkOANqpDgAhqg4AKaoOAAyfEACBqg4Ax6oOANeqDgAaqw4AH6sOAG2rDgBzqw4AwKsOANarDgATrA4AFawOAGasDgBwrA4AuawOAMesDgAMrQ4AEa0OAF+tDgBsrQ4AX58QAMGtDgAFrg4ADq4OAFiuDgBirg4Aq64OALmuDgD+rg4AA68OAFGvDgBerw4ApK8OAKyvDgD3rw4AB7AOAEqwDgBMsA4AnbAOAKuwDgDwsA4AAbEOALKfEABKsQ4ABaAQAJuxDgDpsQ4A77EOADyyDgBEsg4Aj7IOAJmyDgDisg4A5LIOADWzDgA4sw4AiLMOAKizDgCroBAA57MOAC60DgA0tA4AgbQOAI20DgDUtA4A3LQOAP6gEAAztQ4AerUOAIC1DgDNtQ4A2bUOACC2DgAotg4AUaEQAHW2DgDGtg4A1LYOABm3DgAqtw4ApKEQAHm3DgC/tw4A1rcOAPehEAAcuA4AZbgOAHG4DgC4uA4Au7gOAAu5DgAVuQ4ASqIQAGO5DgCxuQ4AurkOAAS6DgAVug4AV7oOAF66DgCqug4AsroOAP26DgAKuw4AULsOAFW7DgCjuw4ArbsOAPa7DgD+uw4ASbwOAFi8DgCcvA4AobwOAO+8DgAFvQ4AQr0OAEO9DgCVvQ4Ao70OAOi9DgD5vQ4AO74OAEe+DgCOvg4Alr4OAPCiEADlvg4ATAEAAOm+DgBOHxAA7b4OAExMDQBAvw4AwQgAAI+/DgBywg4AM8EOANMpAAB9wQ4AxSsAAILCDgBcOgAAG8MOAEc9AABuww4AYkUAABPEDgCoLA4AFMQOAPpHAAAYxA4Aa2oDABvEDgABwwYAaMQOAM9ZAAAOxQ4A+F8AAGHFDgD3awAABsYOAHNyAABlxg4ANHsAAK3GDgByfgAA/sYOAFaCAACqxw4AaosAAGfIDgCbyA4A6MoOAFDKAADdyw4A/NUAADDMDgAQ3wAA1swOAFTtAACEzQ4AaPYAAO/NDgC79gAAIM4OAA73AAB9zg4A5PwAACHPDgCD/gAAc88OAGADAQAv0A4AIQwBAG/QDgD3EQEA1dAOAAnRDgB40Q4Ar9EOALfRDgAC0g4ADtIOABkZAQBd0g4AsRsBABfTDgBO0w4AVtMOAKHTDgCj0w4A0yIBAADUDgCpKAEAotQOAL0xAQDy1Q4AYUoBAJTWDgDyTQEAqNYOAMHrDwCw1g4Az+kPAATXDgBFTgEAONcOAJFPAQCX1w4A1lEBAN3XDgDBVAEAL9gOALNWAQAw2Q4A22gBAJHZDgDK2Q4A0tkOAC5pAQAs2g4Ac2sBAMjbDgAQhQEAF9wOAGLcDgBy3A4AY4UBABTdDgBHiQEAY90OAK7dDgC+3Q4AmokBAGDeDgAIkgEAn+AOAMYRAgCj4A4AZRMCAKfgDgBupwEAs+AOAFYhAgBH4Q4AoR8QAEjhDgB1ugoAS+EOAFmqAQBb4Q4AqeIKAJrhDgACJQ8AruEOAKyqAQC+4Q4AeWAQAOzhDgD/qgEA7+EOAIlpCwCX4g4A3K8BAOriDgAvsAEAkuMOAFi2AQAz5A4AgbwBANnkDgBlwAEAJuUOAHblDgCC5Q4AC8EBAHfmDgDC5g4AxeYOAGQsDADO5g4Ah8cBACrnDgAfygEAiecOALvnDgAS6A4Aqs8LAB7oDgAQ2AEAOOgOAArNAQBt6A4AM9MBABPpDgC91wEAuekOAAnZAQAc6g4AXNkBALbqDgAC2gEAAusOAPvaAQAA7A4ACOUBAKHsDgCE/woApOwOAOXpAQCm7A4AdawMAPPsDgAyIxAABe0OAD7tDgCZ7Q4A5O0OAK3tDgDy8wEA5+0OAMSQCwDu7Q4Ad5sLAPHtDgCxewsA/+0OANfrAQAF7g4AK5oLAIzuDgAO8AEAsu4OADdWDADr7g4ArfEBADzvDgCm8gEAh/IOAM4EAgDP/w4AdL8LAG8ADwAhxgoAdQAPANyoAgCuAQ8AmOUPALMBDwBRAg8AxwEPADwFDwDPAQ8AfOkPANMBDwBsuAIAUwIPAJAVCwBVAg8AtpILAFYCDwAlsgYAWAIPACQKCABbAg8Av7gCAGACDwASuQIAYgIPAEgVBACGAg8AO14EAKIEDwD8xwIARAUPAI8FDwCQBQ8Aaj4LAJkFDwB/gA0AngUPAF65DgCuBQ8AqHEQAOwFDwDZzAIA3gYPALr0AgDhBg8AxJ4JAOIGDwDl4gIA5AYPAPvTAgDlBg8AftkCAOcGDwDr5gMA6AYPAMPbAgDpBg8AYekCAOoGDwCT1gIA6wYPALTiAwDxBg8Art4CABcHDwC1iQ4AGwoPALYkAwAfCg8Al/kCACMKDwAGZAsAeAoPANz7AgC1DA8AAxoDABYODwBpLwMAvA4PACM5AwBoDw8ABz0DAKUPDwA3QgMAlxAPABNTAwDwEA8AOxEPAEkRDwBYVQMAOBIPAGdUDQBCEg8Axl0DADATDwADbQMAgBQPAFuEAwAgFQ8AdowDANcVDwAYFg8AExcPAA2UBAAUFw8Aza8DABsXDwBD4gcAuhcPALGzAwC+Fw8A2vAHALMYDwAXyQMAtBkPAB3UAwBeGg8AW9cDABEbDwBIGw8AUBsPAJsbDwCqGw8A0N4DAPgbDwAO4gMAnRwPAN7+CgCgHA8AreMDAO8cDwA6HQ8AAx0PAEzkDwBEHQ8AAOQDAOgdDwCD6QMAQh4PAHXrAwDfHg8AS/EDAIIfDwDH9wMAhCAPAO8JBADTIA8AMJUPADohDwBxIQ8AeSEPAMQhDwDRIQ8A0zYKANUhDwAtDQQA3CIPANkYBAAWIw8AAh8EAL0jDwDsLQQAwiMPAAyECADDIw8AnYcIAMUjDwDcfggAJSQPAFwkDwBkJA8AryQPAAQlDwAm1gsACiUPAJ/kDwAMJQ8A1zAEAA4lDwCOcg0AJSUPAFVxEABEJQ8ALIANAF0lDwDCMwQA0iUPAPslDwBYJg8A8jgEAAMnDwBnQAQAnScPAChJBAD6Jw8ANVMEAPwnDwBtSwQARigPAKtOBABKKA8AnVAEAEMpDwDNVQQAQSoPAIBgBACIKg8AXWUEAIorDwDSbAQA7SsPACQsDwBALA8AdywPAIYsDwAebgQAhS4PALwuDwDELg8ADy8PAB4vDwDyiwQAay8PAGeTBABdMA8AgpsEAGgwDwCYygcAsTAPAMCeBACsMQ8Ah7IEALYxDwC/qgQAADIPAP2tBAAEMg8A768EAGIzDwCZMw8AoTMPAOwzDwDxMw8Ar8QEAPszDwDnvAQARTQPACXABABJNA8AF8IEADs2DwBo2gQAMzcPAHXkBADsNw8AIzgPACs4DwB2OA8AfDgPAM7vBADfOA8AX/MEAIU5DwBe/wQAxjkPABgJBQB3Og8A/AwFAB07DwDEFAUA0DsPAAc8DwAPPA8AWjwPAGk8DwBpIQUAajwPAN4oBQCDPA8AFS0FAAw9DwDXKQUAWz0PAKY9DwCwPQ8AKioFALs+DwDyPg8A+j4PAEU/DwBOPw8AYDoFAKI/DwBSPAUAWkAPAJFADwCZQA8A5EAPAOVADwAFRwUA6UAPADaTBQDqQA8ABFMFAPFADwB6TgUA80APANVBBQA9QQ8AE0UFAEFBDwCekAUAOkIPABJRBQAzQw8AqV8FAIZDDwDgYwUA1UMPANlkBQCDRA8A9GwFADdFDwBuRQ8AdkUPAMFFDwDLRQ8AvHQFABdGDwCLewUA1kYPAA1HDwAVRw8AYEcPAG1HDwDCfwUAb0cPAHyJBQC4Rw8ApoMFAF9IDwC6jAUAtEgPAKyOBQAUSg8AS0oPAFNKDwCeSg8ArUoPAJ2cBQD7Sg8A258FAO9MDwBItAUAUk0PAIlNDwClTQ8A3E0PAOlNDwCUtQUA8U4PAChPDwAwTw8Ae08PAH5PDwDDxgUAVlAPAGjTBQDKUA8ARdgFAM5QDwABpwoAelEPAMHeBQDDUQ8ApeIFABZTDwAu8wUAa1MPAF74BQBgVA8Az3QIAHRUDwB8dAgAx1QPAP5UDwAGVQ8AUVUPAFRVDwAmAAYAwFUPAPdVDwD/VQ8ASlYPAFlWDwC3AwYAqFYPADMKBgDrVw8AFhoGAJZYDwCg9AsAm1gPAJ1kDQCeWA8ArhwGAJ9YDwD+Yg0A7lgPAJIgBgD3WQ8ALloPADZaDwCBWg8AiloPAPkpBgDeWg8A6ysGAIlbDwC6MgYA5lsPAMc8BgB2XA8ANUUGABxdDwCVTwYAwl0PAJRbBgBvXg8AF2EGAMJeDwBVZAYAF18PAJNnBgAgYA8AV2APAF9gDwCqYA8AuWAPAMl3BgAJYQ8AB3sGAFhhDwCjYQ8AsmEPAFN8BgBYYg8AKYIGAKZiDwBnhQYA/GIPABORBgD+Yg8APYsGAARkDwA7ZA8AQ2QPAI5kDwD9ZA8ANGUPADxlDwCHZQ8AlGUPADujBgDnZQ8A06UGADtmDwBkqQYA1WYPAI2vBgCFZw8Ar7YGACpoDwDJygYAbmkPAJ7cBgDDaQ8AbeMGAGlqDwBl8AYAD2sPALf8BgC2aw8A2QMHAB9sDwBWbA8AXmwPAKlsDwC2bA8AcQYHAGttDwCibQ8Aqm0PAPVtDwBLbg8AwxIHAP1uDwBbFQcAsG8PAOdvDwDvbw8AOnAPAERwDwAcHgcAm3APALsfBwDvcA8AmCQHAD1xDwDPKAcA4nEPAAYtBwDecg8A3DIHAC1zDwB4cw8AenMPAC8zBwA6dA8AcXQPAHl0DwDEdA8A2XUPABB2DwAYdg8AY3YPAHh3DwCvdw8At3cPAAJ4DwAMeA8ATl4HAMR4DwD7eA8AA3kPAE55DwBYeQ8AZ34HAGR5DwDXbgcApnkPAMlwBwD+eQ8AN3kHAEl7DwAglAcATXsPAF+LBwChew8ANZEHAOd7DwAnkwcAlnwPABKWBwDifA8A/ZgHAI99DwAtngcA5H0PAFakBwCKfg8AQacHAN1+DwCUpwcAQH8PAHd/DwB/fw8Ayn8PANl/DwAsqgcAfYAPAIW1BwDTgA8AAbwHANiBDwAPgg8AF4IPAGKCDwBxgg8AFcUHAF6DDwCugw8AyIMPAP/TBwAdhA8AVIQPAFyEDwCnhA8AtoQPAOPXBwAwhQ8AgtkHALyFDwDzhQ8A+4UPAEaGDwCohg8AE90HAPKGDwBR4AcAnocPADzjBwD3hw8Ac+cHAJKIDwBvaggAlYgPAP3rBwDliA8A9uwHAOGJDwDL/gcANIoPAEcFCACEig8AQAYIAJKLDwDJiw8A0YsPAByMDwAojA8AOBMIAHeMDwDCjA8AxowPAIQUCAAljQ8AIxYIANeNDwAOjg8AFo4PAGGODwCJjg8AbiMIALmODwCQKggAI48PAAUkCgBijw8ArY8PAOSPDwDALwgAdpAPAKaQDwCikQ8AOk4IAJ+SDwBwXggA7JMPADeUDwBTlQ8Ag5UPAKKVDwDWlQ8AOZYPAAZ5CADXlg8ANn4IAHuXDwAagggAzpgPANcNCQDQmA8Axo0IABqZDwAEkQgAEJsPABGbCABcmw8AM6IIAGObDwBInwgATp0PAAG1CABQng8AtL8IAJifDwDjnw8AG6APACjTCACloA8A3KAPAOSgDwAvoQ8APqEPAPDaCACIoQ8ALt4IAC2iDwAg4AgAg6IPAM6iDwAGow8AZeIIAHyjDwD25QgA/6MPAEnmCABspQ8AF/kIAGumDwDm/wgAZKcPAAEICQDHpw8AVAgJAA2oDwCnCAkAV6gPAOULCQD8qA8AuxEJAPSpDwBnHQkABasPADyrDwBEqw8Aj6sPAJmrDwBlNQkAV60PAL5ACQB8rg8ArloJANauDwAxYAkAda8PAJ9oCQDWrw8A3WsJAHawDwDcdwkAw7EPAEKNCQAdsg8AXrIPAGCzDwAsnAkADbUPALyrCQChtQ8AmbAJAPy1DwDXswkAsbYPAOi2DwDwtg8AO7cPAJC3DwBFvAkAo7gPANq4DwDiuA8ALbkPAFW5DwDqyAkA3LkPABPPCQAuug8AeboPAIe6DwC5zwkA0roPAP7RCQB/uw8A29YJAMa7DwC/2gkAx7wPAHnkCQDKvA8AH+UJABe+DwDE8QkAYr4PABDzCQC9vg8ATvYJAAu/DwDm+AkAWb8PADn5CQDNvw8A/L8PAL7ADwCLBQoAHcEPAN4FCgBJwg8AlMIPAMfCDwAADQoAzMIPAFoMCgCSxA8A5BAKAOnEDwAiFAoAOcUPAG4VCgAyxg8AlxsKAH3GDwB7HwoAPccPAHHHDwAzyA8AasgPAHLIDwC9yA8AysgPAEkyCgAdyQ8ANDUKAMPJDwC+OQoAe8oPAK/KDwAUyw8AhNwPACHLDwBVyw8AB8wPALZGCgAJzA8AcUQKALPMDwD0zA8AVc0PAMpPCgD9zQ8AI1sKAE/PDwCebQoA6s8PAIJxCgBA0A8AWHcKAJPQDwBzfwoA5dAPAGyACgCE0Q8A74UKAEDSDwB30g8Af9IPAMrSDwA70w8A55IKABnUDwAQmQoAJtUPAMqiCgDF1Q8A5aoKAHfWDwCu1g8AttYPAAHXDwBw1w8Ap9cPAK/XDwD61w8Ao9gPAPLkDwCo2A8A89gPAKrYDwC3eA0AvNgPANkXEAD92A8AG7sKAJ/ZDwCewAoAk9sPAIjPCgDt2w8A288KANjcDwBJ2AoA3N0PAL7fCgD03Q8ALm8MACveDwB23g8AlN4PABHgCgAd4A8AdkYNAHDgDwDJRg0A1+APAA7hDwAW4Q8AYeEPANThDwAJ7QoAYuIPAJwrCwAB5A8A0DAQAPrkDwCS7wwADuUPAIdeEAAe5Q8AReUPAHHlDwBeGg0AxOUPAOvlDwBB5g8A4lEQAK3mDwDk5g8A7OYPADfnDwCW5w8AWgULAPnnDwAw6A8AOOgPAIPoDwDi6A8AKVgMAD/pDwBkMwsAe+oPALpbDACB6g8AFA8LAOLqDwCsEQsAyesPABTsDwBv7A8Au4YQAMLtDwDAGgsAzO0PAHQZCwC47g8AUR4LAG7vDwCl7w8Are8PAPjvDwBL8Q8AEicLAEzzDwBINwsA5PMPAJpDCwA09Q8A11ILACv2DwAVVgsAcPcPAFtFDABz9w8AKBEMAHf3DwAiYAsAffcPAEVUDAAb+A8AZvgPAHD4DwD/ZAsAe/kPALL5DwC6+Q8ABfoPAK36DwCkcQsAA/sPADV1CwD4/A8AO4ALAEv9DwCW/Q8Aov0PAHmDCwBI/g8At4YLAOr+DwA1/w8ATP8PAOeLCwAUBBAAKqYLAL0EEAC0qgsABgcQAErFCwC1BxAA9gcQAKkIEACA1QsArAgQADTUCwCjCRAAxdcLAF4KEACOChAArAoQAFbbCwAFCxAAf+ELAJULEADS4QsA1A0QAB8OEAAhDhAA0e0LAHcOEAB37gsAfg4QAA/xCwDaDxAAERAQABkQEABkEBAAbhAQALT9CwC4ERAAAxIQAAYSEABEDQwAtRIQANUQDACqExAABRYMAM0TEAB4bBAAERQQAFEXDACeFBAA7hQQAJcVEACWGQwAnhUQANsbDAA/FxAAsSEMAEEXEAAbrQwA4RcQACwYEAB7GRAAwAwNANcZEABWLgwAHhsQAIU/DAAhGxAAoEcMACYbEAD1LwwAMhsQAAI6DAC9HRAAjD4MAGMeEABiRAwArR8QADLlDADJHxAAO10QAPwfEABHIBAASiAQAJlIDACqIBAAOEoMAPkgEAAxSwwASCEQAJMhEACdIRAAhEsMADUjEAAHUQwAPCMQAPlSDADbIxAA8lMMAFQlEACDVwwA0iUQAMFaDABbJxAAm2cQANEnEADEgg0AECgQAOJtDABnKRAAEnMMALYpEAABKhAAGioQAF50DABXKhAApyoQAB4rEADoeAwAxCsQAOF5DABqLBAALXsMAPQsEAA/LRAASS0QAL5+DADmLRAA8kwNAO0uEAAshwwA1TAQAO2PDAC7MRAAyTEQAA4yEAAcMhAAYzQQAH2fDABtNBAAn6YMAAk3EACzrwwAWjcQAKywDACnNxAAUrEMAPU3EACesgwA7jgQAOO0DADsORAANzoQAJI6EADdOhAAhDsQAKu8DADeOxAAKTwQAIQ8EADPPBAAeD0QAIHCDAAjPhAAbj4QAMk+EAAUPxAAFUAQALHHDABsQBAA/cgMAA5BEABZQRAAaUEQAEnKDAAiQhAAUkIQAAFDEADTzgwAV0MQAGvRDADCQxAA8UMQAPhGEAB35wwAl0gQAKfsDAA9SRAA8+0MAONJEAA/7wwAYEwQAPgEDQAKThAAbQwNAPhOEACrDw0AolAQACAXDQBFURAAuBkNAOdSEAD9Gw0ABFQQADQgDQAqVBAA0yENAIJUEADfdRAA1lQQAGskDQDZVBAAXSYNACNVEABzVRAAj1UQAMZVEAAcVhAAbFYQAIhWEAC/VhAAGlcQAGVXEABvVxAAsCYNAMBXEADVmhAAEVgQAI0rDQASWRAAxC8NAFpZEABcMg0AslkQADJ2EAC4WhAAF4MNAFVbEAAIPg0A6l4QABv5DQAwYBAAWVYNACJhEAAwUA0A0WEQAClRDQC/YxAACmQQABRkEACXWQ0AvmQQAC9cDQDgZxAA7mcQADNoEABBaBAAhmgQAJRoEADZaBAA52gQACxpEAA6aRAAf2kQAI1pEAA8ahAA92MNAKJqEADZahAASGsQAH9rEADgaxAANWcNAKNsEADLbBAA9mwQAB5tEABJbRAAcW0QAJxtEADEbRAAH24QAGpuEABvbhAAxmoNALlvEACAdA0AYXEQAAeWDgBlcRAAaJQOABpyEABOchAAwHIQAE97DQD9chAAhn8NAGZzEACacxAASHQQAJN0EACjdBAAeIENAPJ0EABxgg0ATnUQAB57DgB5eRAAzbwNAM95EABzvQ0AxHoQAKLODQBqexAAHtUNABB8EADt2w0AtnwQAHDhDQBcfRAAkugNAAJ+EAAc7Q0AqH4QAKbxDQBOfxAAIvgNAPh/EAAU+g0AWYAQAJKAEACagBAA5YAQACuEEAB2hBAAlIQQAEoKDgC8hxAAHigOACWIEAACLA4AuYgQAEcuDgAIiRAA3zAOAFqJEAB3Mw4Aq4kQAFs3DgAJihAATTkOAGiKEACfihAA9IoQAPJFDgBRixAAkUcOAK2LEAApSg4A84sQAP9PDgCtjBAANlQOANaQEAD2aA4Ad5IQAJt1DgDGkhAAlHYOABWTEABgkxAAZJMQAOd2DgC7kxAABpQQAGGUEACslBAAWpUQAKWVEAAElhAAK4UOAFOWEACelhAAopYQAH6FDgDHlxAAoIwOAJmYEABhlQ4A5pgQADaZEABhmRAAiZkQAN+ZEAAvmhAAWpoQAIKaEADsmhAAU5cOAH2bEACYmQ4A2JsQAJGaDgApnBAAdJwQAIScEACKmw4A0JwQAIOcDgAdnRAAbZ0QAMqdEADIng4AI54QAMGfDgAanxAAdKoOAL6fEABDsQ4ADaAQAFigEABooBAAlrEOAAKhEAAntQ4AYaEQAHO2DgCyoRAAbLcOAP+hEAASuA4ATaIQAJ2iEAA=","fail":"AAAAAAAAAACbhAAAIqYBAMXRAADFVAYAGB4CAOcBBwCZ6AEAGSYLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAAAAAACZ6AEALxcLAAEPCADtkAAA8Q0AAJnoAQCJwwoA3MMKAC/ECgCCxAoARAACAJ5fDADxXwwAErIDAAAAAADFVAYAGB4CABgeAgB7UAMAqwkCAP4JAgBrKwwAiG4MAM6qAgAhqwIAShIBAFnoBADUaA0Ae1ADAJnoAQA+4AQAda0AAMitAAAbrgAAbq4AAMGuAADxDQAAmegBABkmCwDvmgcAGB4CACwnAgBz/AQAWdoGAAAAAADFVAYAmegBAFlrCgC11gMASgsCAK+oCACs/QEAm4QAAAQVAgAX1g0AatYNAOWPAgDvJQAAmegBAAYYCgBZGAoAAUcAAPPSBADtkAAAQJEAAPmYAgDT6ggAJusIAJnoAQAvFwsAAQ8IAO2QAADxDQAAmegBAInDCgDcwwoAL8QKAILECgAqUwsAfVMLAFMAAABTAAAAPhcJABgeAgABRwAAmegBACpTCwCRogEAAAAAAO2QAABKCwIA8Q0AANQdAACrFwAA5wEHADoCBwCIwgAA28IAAC7DAACo0wIAw9sCABbcAgAtkAkApBgAAKxrCgBeIQwATAEAAJ8BAADyAQAARQIAAJgCAAAqUwsAfVMLAFMAAABTAAAAJYIBAHIPBADtkAAAIq0AABgeAgBrHgIAl+QFAJnoAQAZJgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAAD2kggASZMIAAAAAAC9iwAA2nQBABgeAgAsJwIA8Q0AAJnoAQAlggEAcg8EAMUPBABTAAAAmokBAO2JAQBAigEAk4oBAOaKAQA5iwEAjIsBAAAAAACo0wIAuvQCAJGiAQDkogEAN6MBANmUCgD+ygoAUcsKAInDCgDcwwoAL8QKAILECgBEAAIAWRgKABArAgAYmggAa5oIAL6aCADnAQcAmegBAF5tDQDSowgAmegBAGsrDAC6+g0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAAK+oCAD07woAKlMLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAPaSCABJkwgAAAAAAL2LAADtkAAA8Q0AALFnAgAvywkA5wEHAJnoAQAqUwsAqS8AAPwvAABPMAAAojAAAGLqDACs/QEAm4QAACKmAQDUHQAA5wEHAJnoAQAZJgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAKsJAgD+CQIA9mIDAEljAwCcYwMA72MDAInDCgDcwwoAURgAAKQYAACsawoAXiEMAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAAAUJAgBzFw0AxhcNAFlrCgAIPwEAWz8BAPmYAgDadAEA5wEHAMBfDQBZawoArGsKAF4hDABMAQAAnwEAAPIBAABFAgAAYuoMAKz9AQCbhAAAIqYBANQdAADnAQcAmegBABkmCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAqwkCAP4JAgD2YgMASWMDAJxjAwDvYwMAicMKANzDCgBRGAAApBgAAKxrCgBeIQwATAEAAJ8BAADyAQAARQIAAJgCAADF0QAABQkCAHMXDQDGFw0AWWsKAAg/AQBbPwEA+ZgCANp0AQDnAQcAwF8NAJuEAAAipgEAHS4DAKjTAgC69AIAqS8AAPwvAABPMAAAojAAAGLqDADxDQAA1B0AACceAAB6HgAAzR4AACAfAABi6gwA7yUAAJEeCAAYHgIAed0KALFnAgBi6gwAShIBAEcMBwDxDQAAkaIBACdxAABuBwwAQ4EJAN/rCwCT1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAWWsKAKxrCgBeIQwATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAJ70BAPENAACxZwIAmegBAKz9AQBqgw0AGSYLAMS6BQAqUwsA+zMNAPPSBABG0wQALXUBAAAAAAAirQAAIq0AAO2QAADxDQAAkaIBAJnoAQAvFwsAwF8NAKsXAADnHQMA7ZAAAOcBBwCZ6AEA7OgBAIgiCwAYHgIAmegBAL2LAADxDQAA1B0AAJnoAQAAAAAAqxcAAH0/AgCQdgkA/hcAAMXRAACrFwAAmegBAC8XCwA6AgcApLYNAPe2DQCs/QEAm4QAACKmAQDUHQAAAAAAABgeAgBKCwIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBAOcBBwDAXw0AqxcAAOcdAwDtkAAA5wEHAEoLAgDtkAAAQJEAAJrjAAAZuAIArP0BAJuEAABZ2gYASgsCAOcBBwCs/QEASgsCAO2QAABAkQAAmuMAABm4AgC9iwAArP0BACWCAQByDwQAIq0AAJnoAQB9PwIA0D8CACNAAgCZ6AEA9pIIAEmTCAABRwAA89IEAEbTBADtkAAA+ZgCAEyZAgCfmQIAmegBANmUCgD+ygoAUcsKAInDCgDcwwoAL8QKAILECgAZJgsA75oHAEKbBwB4ggEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AAJlPCwBTAAAAUwAAAD4XCQAYHgIAAUcAAC/LCQDnAQcASgsCAJuEAACIwgAA28IAAC7DAABKCwIAShIBAJ0SAQAZLQoAAAAAACWCAQByDwQA7ZAAAKsXAAABRwAAmegBAC8XCwABDwgA7ZAAAPENAACZ6AEAicMKANzDCgAvxAoAgsQKACpTCwB9UwsAUwAAAFMAAAA+FwkAGB4CAAFHAACZ6AEAGSYLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAANMbAgAirQAAnbgBABkfDACZ6AEA9pIIAEmTCAAAAAAAvYsAAO2QAADxDQAAsWcCAC/LCQDnAQcAmegBAKz9AQB7UAMAmegBACpTCwDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAAfnEFACKtAAApngIAVS0CAH5xBQDFVAYA0qMIAJnoAQBZawoAJYIBAL2LAABF9AEA2nQBAC11AQCZ6AEAm4QAAIjCAADbwgAAXdQAABkmCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAPaSCABJkwgAAAAAAL2LAADadAEAGB4CACwnAgAAAAAAGB4CAPpiCADSowgARfQBAFMAAACmAAAA+QAAAJnoAQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAAFfCAQCqwgEAPuAEACmeAgB8ngIAz54CALnBCwAMwgsAX8ILAMXRAADadAEA01kFAFRHAAAcVQsA7LcIAAFHAACZ6AEAGSYLANRoDQB7UAMAmegBAFlrCgCsawoAXiEMAEwBAACfAQAA8gEAAEUCAACYAgAAPuAEAJHgBADk4AQA7yUAAJEeCABF9AEAvYsAABgeAgAsJwIAGB4CAJnoAQA+4AQAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAKlMLANQdAACrFwAAAUcAAJnoAQAZJgsAiMIAANvCAAAuwwAAqwkCAP4JAgD2YgMASWMDAJxjAwDvYwMAicMKANzDCgBRGAAApBgAAKxrCgBeIQwATAEAAJ8BAADyAQAARQIAAJgCAADZlAoA/soKAFHLCgAqUwsA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAO8lAACzqQEABqoBAFmqAQBGLQQAGSYLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBABArAgAYmggAa5oIAL6aCAARmwgAZJsIALebCAAZJgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAC/LCQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQBKEgEARwwHALH4BQCUVAcAm4QAANRoDQDnHQMAErIDAEoSAQCZ6AEAAAAAACKtAACduAEAVnoNAKl6DQCrFwAAECsCAGMrAgC2KwIAkAgBAKjTAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADvJQAAs6kBAAaqAQBZqgEAAAAAAMVUBgDSowgARfQBAJj0AQDxDQAA1B0AALH4BQA4zgUAi84FAHReDQDTWQUA5yQCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA6+YDAD7nAwCR5wMA5OcDADfoAwCK6AMA3egDADDpAwCD6QMA6hQLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAALXUBACceAAB6HgAAzR4AACAfAAAsJwIAQJEAAJrjAAAZuAIAGSYLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAEoLAgAYHgIALCcCAH8nAgC/EQ4A8Q0AANQdAADnAQcAmegBAGLqDAD4/Q0AJYIBAHiCAQDLggEAHoMBAHGDAQDEgwEAxdEAAAUJAgBzFw0AxhcNAPaSCABJkwgAnJMIAO+TCABClAgAlZQIAJnoAQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQAZJgsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEARwwHALH4BQCUVAcAm4QAANRoDQDnHQMAErIDAAFHAABKCwIAm4QAAO+aBwBCmwcAeIIBAMXRAADtkAAA5wEHAJnoAQBi6gwAGB4CAPpiCACs/QEAm4QAAKz9AQAlggEAQhcOAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAAGbgCAO6EAABBhQAAlIUAAOeFAAA6hgAAhoABANmAAQAsgQEAf4EBANKBAQDAXw0AQJEAAJrjAAAZuAIAodsBACKtAADtkAAAUwAAAAFHAAB+cQUAxVQGAJnoAQAAAAAAAAAAAAAAAABGLQQA9pIIAEmTCABz/AQAIqYBAEQOAADSowgAqNMCABQJAAC9iwAA8Q0AANQdAAAnHgAAqxcAABArAgBjKwIAtisCAJmwCQDssAkAP7EJAFlrCgCsawoAXiEMAEwBAACfAQAA8gEAAEUCAACYAgAAicMKANzDCgAvxAoAgsQKABkmCwDvmgcAQpsHAHiCAQDF0QAA7ZAAAOcBBwCrFwAA/hcAAFEYAAAZJgsAeIgMAEGFAACUhQAA54UAADqGAACNhgAAaysMAIhuDAB6dwsAaysMALr6DQDadAEAErIDAGWyAwD5mAIAr6gIABxVCwDxDQAAsWcCAMXRAADadAEA01kFAFRHAACZ6AEA9pIIAGseAgCs/QEArP0BANp0AQDTWQUAShIBAAAAAACZ6AEA7OgBAD/pAQCS6QEA5ekBAJnoAQBZawoAJYIBAEIXDgCbhAAAIqYBANQdAAA+4AQAlFQHAOdUBwA6VQcAjVUHAJnoAQB7UAMAzlADACFRAwAYHgIAmegBAD7gBACR4AQA5OAEADfhBACK4QQA3eEEADDiBACD4gQA5JQDADeVAwCKlQMAT1IHANQdAABQIwwAAUcAAH5xBQAtdQEARfQBAAAAAACrFwAA+ZgCAEyZAgCfmQIAcg8EAOcBBwA6AgcA7oQAAEGFAACUhQAA54UAADqGAACbgwwA0D8CACNAAgDadAEA2nQBAEX0AQCrFwAAECsCAIy0BwC9iwAAGB4CACwnAgCwCwUAAQ8IAO2QAADxDQAAlIQMAP4XAAB3OwEAShIBAFnoBABVLQIAIq0AAOcBBwDAXw0AqxcAAOcdAwDtkAAAAAAAAMVUBgBF9AEA2nQBAC11AQCZ6AEA7OgBAD/pAQCS6QEA5ekBAOzoAQCIIgsAGB4CAJnoAQC9iwAA8Q0AANQdAAAnHgAAmegBAOzoAQA/6QEAkukBAOXpAQDs6AEAiCILABgeAgCZ6AEAvYsAAPENAADUHQAAmegBABkmCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAE6IAQChiAEA9IgBAEeJAQCZ6AEAvYsAAPENAADUHQAAJx4AAKsXAAAQKwIAYysCAPmYAgDT6ggAJusIAHndCgBdegEAxVQGANKjCADadAEALXUBAOcdAwBCCgQAJ70BAEoSAQCZ6AEAKlMLAH1TCwBTAAAAUwAAAD4XCQAYHgIAAUcAAC/LCQDnAQcAmegBABkmCwABkg0A2nQBAJnoAQD5mAIA0+oIACbrCAB53QoAXXoBAMVUBgDSowgAmegBANmUCgAAAAAA8Q0AAJGiAQDkogEAqNMCAPENAAAdLgMAmegBAPaSCAD6YggA7LcIAAFHAAB+cQUALXUBAO2QAADxDQAA8Q0AAJGiAQDUHQAAJx4AAH5xBQDFVAYA0qMIAO2QAABAkQAAmuMAABm4AgCbhAAA2nQBAEIXDgCo0wIA5eICANKcCQBilwwAtZcMAAiYDABbmAwArpgMAAGZDABUmQwAax4CAL4eAgARHwIA7yUAALOpAQAGqgEAWaoBAMBfDQBAkQAAmuMAABm4AgAAAAAAm4QAAPmYAgBMmQIABBUCACWCAQCbhAAA1GgNAEX0AQAEFQIAm4QAACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAA2pAQBgqQEAxVQGAEoSAQBTAAAApgAAAAZQAgB0Xg0Ax14NAEQOAADSowgA7yUAALOpAQAGqgEAdboKAMi6CgC9iwAAJYIBAAFHAAB+cQUAUwAAACWCAQBCFw4AlRcOALOpAQAGqgEAdboKAMi6CgDUHQAAJx4AAJrjAAAZuAIAAAAAAJnoAQCs/QEA//0BAFL+AQCl/gEA+P4BAEv/AQCe/wEA7ZAAAK1LAQA46gEAi+oBAN7qAQAx6wEAhOsBAAYYCgCeXwwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqwkCAP4JAgAGGAoAnl8MADjqAQCL6gEA3uoBADHrAQCE6wEAWCQKACWCAQBCFw4AlRcOAOgXDgA7GA4At9IMALIVDACZ6AEA9pIIAHReDQDTGg4AJhsOAHkbDgBYJAoAqyQKAOzoAQA/6QEAkukBAOXpAQAAAAAAXxUMAJnoAQD2kggAdF4NANMaDgAmGw4AeRsOAFgkCgCrJAoA7OgBAD/pAQCS6QEA5ekBAOzoAQA/6QEAkukBAOXpAQCsqgEARi0EAP5iDQBRYw0ApGMNAPdjDQBKZA0AAAAAAL2LAAAQjAAA5x0DANNZBQAEFQIAi+kNAOcBBwB9PwIAvYsAABCMAADnHQMA01kFAAQVAgCf8g0AGB4CAGseAgCX5AUARwwHAMXRAADFVAYAGB4CAH0/AgAEFQIAm4QAACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAAAAADvJQAAs6kBAAaqAQBZqgEAUwAAAKn3BwCx+AUAAUcAAC/LCQD5mAIATJkCAJ+ZAgDymQIARZoCAPENAACZ6AEAaysMAIhuDAB6dwsArP0BAGqDDQAAAAAAGSYLAOllDQA8Zg0Aj2YNAOJmDQA1Zw0AiGcNANtnDQAGGAoAvncNABF4DQBkeA0AqNMCAAAAAADFVAYAAUcAAKjTAgAirQAAnbgBAPC4AQBDuQEAlrkBAOm5AQAsJwIAsAsFAJnoAQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQC30gwAshUMAAYYCgAAAAAAJYIBAAAAAAC9iwAAm4QAAO+aBwAAAAAAAAAAAL2LAAABRwAAmegBAMXRAAAFCQIAcxcNAJnoAQAGGAoAAAAAAL2LAACbhAAAr6gIABxVCwDstwgAP7gIAJK4CADluAgArP0BADi5CACLuQgA3rkIAKz9AQA+4AQAkeAEAOTgBAAbAA0AbgANAMEADQA+4AQAkeAEAOTgBAAbAA0AbgANAMEADQCbhAAA1GgNAAAAAACZ6AEARfQBAJj0AQDr9AEAAAAAAAFHAAAvywkAfF8LAM9fCwAEFQIAkv0KAOX9CgB7UAMAAUcAAC/LCQB8XwsAz18LAAQVAgBXFQIAax4CAL4eAgARHwIAZB8CAPENAADz0gQAsDQLAL4eAgARHwIAZB8CAAFHAABURwAABvwNAFn8DQCs/A0AAAAAABgeAgAsJwIAe7EBAEcaBQCx+AUAAUcAAPENAAAEFQIA4RkCADQaAgCHGgIA2hoCAC0bAgCAGwIAAUcAANMbAgDrTQ0AVEcAAAb8DQBZ/A0AxVQGAAQVAgDhGQIAVEcAAAb8DQBZ/A0ArPwNAAAAAACbhAAA2nQBABKyAwDUHQAASgsCAO2QAABAkQAAmuMAABm4AgAEFQIA4RkCAFRHAAAG/A0AWfwNAKz8DQAEFQIA4RkCAFRHAAAG/A0AWfwNAHtQAwBTAAAAqfcHAO2QAABAkQAAmuMAABm4AgDtkAAA7yUAAEImAABAkQAALCcCAKsXAAAirQAA7ZAAAO2QAABAkQAAmuMAABm4AgCbhAAAl+QFAEcMBwDtkAAAQJEAAJrjAAAZuAIAAUcAAAFHAADz0gQARtMEAKz9AQD//QEAUv4BAC/LCQDtkAAAQJEAAJrjAAAZuAIAShIBAEcMBwABRwAAVEcAABxVCwDnAQcAwF8NAECRAACa4wAAGbgCACWCAQAlggEAUwAAAD4XCQDadAEALXUBAD81AwCSNQMAJPUKACwnAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAGB4CACwnAgB/JwIA0icCACUoAgB4KAIAyygCAB4pAgBxKQIAxCkCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAA7ZAAAHtQAwDtkAAAQJEAAJrjAAAZuAIA5wEHAMBfDQCtSwEAsq0OAECRAACa4wAAGbgCAAAAAADtkAAAQJEAAPpiCADnAQcAN3IIAPmYAgDadAEAErIDAF16AQDFVAYA0qMIAO2QAABAkQAAmuMAABm4AgCs/QEAxVQGAOy3CAAQjAAA5JsCACWCAQB4ggEAIq0AACmeAgB8ngIAQhcOAECRAACa4wAAGbgCANRoDQBF9AEAQ4EJAO2QAABAkQAAmuMAABm4AgAYHgIARfQBAL2LAABKEgEARwwHAKsXAAABRwAAL8sJACT1CgCa4wAAGbgCAMVUBgDstwgAAUcAANMbAgDvJQAArP0BAMVUBgDstwgAEIwAAOSbAgDxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCbhAAAIqYBAHWmAQCpLwAAKZ4CACKmAQCxZwIAL8sJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQABDwgAGFUGAGtVBgAIaAcAW2gHAK5oBwABaQcAVGkHAKdpBwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BALH4BQA4zgUAi84FAHndCgBdegEAxVQGANKjCADtkAAAQJEAAJrjAAAZuAIAAUcAAJuEAADuhAAAfT8CAMVUBgD5mAIA0+oIACbrCADvJQAAJYIBAHiCAQDF0QAA7ZAAAECRAACa4wAAGbgCAH5xBQDRcQUAlQoEACWCAQBCFw4AShIBAEcMBwCrFwAAAUcAAC/LCQDnAQcAwF8NAECRAACa4wAAGbgCAPENAACZTwsAUwAAAFMAAAA+FwkAGB4CAAFHAAAvywkA5wEHAAEPCAAYVQYAa1UGAAhoBwBbaAcArmgHAAFpBwBUaQcAp2kHAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAJYIBACWCAQBCFw4ARfQBAPjGCQDvmgcAm4QAAAZQAgBZUAIArFACAP9QAgBSUQIApVECAPhRAgBLUgIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BABgeAgBrHgIAe1ADANp0AQAtdQEAwkECABVCAgBoQgIAl1MCAOpTAgA9VAIAkFQCAONUAgA2VQIAiVUCANxVAgAvVgIAglYCANVWAgAoVwIAe1cCAM5XAgAhWAIAdFgCAMdYAgAaWQIAbVkCAEoSAQCs/QEAaoMNAECRAADvJQAAiCILABgeAgBKEgEAWegEAFUtAgAvywkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BANKjCAAirQAAOM4FAIvOBQDezgUAMc8FAITPBQDXzwUAShIBAJ0SAQAZLQoAN3IIAL7YCwCRHggAIq0AACmeAgBVLQIAfnEFAMVUBgDSowgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAAm4QAAO+aBwC9iwAA7ZAAAO2QAABAkQAAmuMAABm4AgDnAQcAwF8NAO8lAACRHggAF4oMAO2QAADnAQcAm4QAAO+aBwBCmwcAlZsHAGsrDACIbgwAencLABkmCwDEugUAShIBAEcMBwCaDAcArP0BAGqDDQBAkQAAmegBAOzoAQC/EQ4AEIwAAKYGCwABRwAAfnEFAMVUBgDSowgAvYsAABCMAADkmwIAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIAdL8LAMe/CwAawAsAbcALAMDACwATwQsAxVQGAJnoAQDs6AEAQiYAAMXRAACZ6AEAGSYLAGwmCwBZUAIArFACAP9QAgBSUQIApVECAPhRAgDxDQAAmegBAGsrDACIbgwAencLAOzoAQC/EQ4AEIwAAKYGCwABRwAAfnEFAMVUBgDSowgA1GgNAKsXAAD+FwAAdzsBAPH/AQD2kggASZMIALALBQDAXw0AsfgFAHWtAADAWQIABlACACwnAgD6YggA8qABAGsrDAA+4AQAe1ADAJ0fCwDwHwsAQyALAJYgCwDtkAAAQJEAAJrjAAAZuAIAqxcAAAFHAACbhAAAVS0CAH5xBQDFVAYA0qMIAO2QAABAkQAAmuMAABm4AgBFDwoAkR4IABeKDADCQQIAmegBACpTCwBluQIAShIBAKz9AQDFVAYA2nQBACx6AgCbhAAAVS0CAH5xBQDFVAYA0qMIAJnoAQAGGAoAvncNABF4DQBkeA0A7OgBAD/pAQCS6QEA5ekBAAAAAACZ6AEA2ZQKACyVCgBSVw0ApVcNAPhXDQBLWA0AlrkBAFUtAgB+cQUArP0BACWCAQBCFw4AaysMAOckAgA6JQIAjSUCAD7gBAApngIAj7MCAOKzAgA1tAIAiLQCANu0AgDhvwIANMACAIfAAgDawAIALcECAIDBAgDTwQIAJsICAHnCAgDMwgIAAAAAAL2LAAAQjAAA5JsCADecAgCKnAIA3ZwCADCdAgCDnQIAPuAEACmeAgCPswIA4rMCADW0AgCItAIA27QCAL2LAADxDQAAaysMAIhuDADOqgIAIasCAEoSAQBZ6AQA1GgNAInDCgDcwwoAL8QKAILECgBEAAIAWRgKAKwYCgDstwgARfQBAEoSAQA4lwEAErIDAJGiAQBdegEALXUBAEX0AQCZ6AEA9pIIAEmTCAABRwAAvYsAABgeAgAvFwsAwF8NALH4BQB1rQAAwFkCAAZQAgAsJwIAsAsFAJnoAQAZJgsA1GgNAOcBBwCZ6AEAicMKANzDCgAvxAoAgsQKAL2LAADxDQAA1B0AANmUCgAslQoAgHUBANN1AQAmdgEAeXYBAMx2AQBbkgEAXm0NABhVBgBrVQYACGgHAFtoBwCuaAcAAWkHAFRpBwBCCgQAlQoEAOgKBAA7CwQAjgsEAOELBADnAQcAmegBABkmCwDUaA0A5wEHAJnoAQCJwwoA3MMKAC/ECgCCxAoAvYsAAPENAADUHQAAKlMLAGW5AgC4uQIAC7oCAF66AgCxugIAMuwLAIXsCwDY7AsAK+0LAH7tCwDUaA0A5x0DACKtAACo0wIAxJ4JAB+LCgByiwoAxYsKABiMCgBrjAoAvowKAP0bDQC+dw0AEXgNAGR4DQCZ6AEAXm0NAOy3CAABRwAAmegBAF5tDQDvJQAAmegBAKz9AQDFVAYA7LcIABCMAADkmwIA9pIIAGseAgDBTQIAFE4CAC/LCQCCywkA1csJAAFHAACZ6AEAaysMAIhuDAB6dwsAGSYLAFnaBgDnAQcAmegBAMXRAADadAEA01kFAFRHAACZ6AEAXm0NAPmYAgDT6ggAJusIAO8lAAAlggEAeIIBACpTCwB9UwsA0FMLACNUCwDz0gQAsDQLAAM1CwD/eQgAmegBAMXRAADadAEA01kFAFRHAACZ6AEAXm0NAPmYAgDT6ggAJusIAO8lAAAlggEAeIIBAEoSAQAnvQEAer0BAM29AQAgvgEAc74BAMa+AQB7UAMAmegBAMXRAADadAEA01kFAFRHAACZ6AEAXm0NAPmYAgDT6ggAJusIAO8lAAAlggEAeIIBAC8XCwCCFwsA+ZgCANp0AQDnAQcAwF8NAMXRAADadAEA01kFAFRHAACZ6AEAXm0NAPmYAgDT6ggAJusIAO8lAAAlggEAeIIBANp0AQAsegIAmegBAFlrCgA+FwkA2nQBAC11AQA/NQMAkjUDACT1CgCZ6AEALxcLAMBfDQBAkQAALCcCAH8nAgDSJwIAJSgCAHgoAgDLKAIAHikCABkmCwDpZQ0APGYNAF16AQCwegEAA3sBAEoSAQBHDAcAqxcAAAFHAACZ6AEAaysMAIhuDAB6dwsABhgKAFkYCgABRwAA89IEAHtQAwCZ6AEA2ZQKACyVCgB/lQoAicMKAOcdAwA6HgMAjR4DAEoSAQBZ6AQAJYIBAHIPBAAirQAA7ZAAAKz9AQDFVAYA7LcIABCMAADkmwIA8Q0AAJnoAQBebQ0A7LcIAAFHAACZ6AEAXm0NAO8lAACZ6AEA9pIIAGseAgDBTQIAFE4CAAFHAAAvywkARfQBAEOBCQBAkQAAmegBAC8XCwCCFwsA+ZgCANp0AQDnAQcAwF8NAKz9AQB7UAMAmegBAAdEAgBaRAIArUQCAH0/AgDQPwIA5wEHAJnoAQAZJgsAVS0CAJAIAQDjCAEAKZ4CAHyeAgDPngIAucELAAzCCwBfwgsAssILAAXDCwBYwwsAq8MLAP7DCwBRxAsApMQLAPfECwBKxQsAncULAPDFCwBDxgsAlsYLAOnGCwA8xwsAj8cLAOLHCwA1yAsAiMgLANvICwAuyQsAgckLANTJCwAnygsAesoLAM3KCwAgywsAc8sLAMbLCwAZzAsAbMwLAL/MCwASzQsAZc0LANp0AQAtdQEAwkECABVCAgBoQgIAKP0CAHv9AgDO/QIAIf4CAHT+AgDH/gIAGv8CAG3/AgDA/wIAEwADAGYAAwC5AAMADAEDAAAAAADFVAYA7LcIAJnoAQAMHAsAXxwLAPmYAgDT6ggAGSYLANRoDQAnaQ0AemkNAM1pDQAgag0Ac2oNANmUCgAslQoAf5UKAHtQAwDOUAMAIVEDABgeAgCZ6AEAKlMLAHK8AwDFvAMAlfUGAOj1BgBluQIAuLkCAAu6AgBeugIAPuAEAJHgBAAZHwwAvYsAAEoSAQCrFwAAmegBAECRAAAsJwIA2ZQKAP7KCgBRywoAicMKANzDCgBRGAAApBgAAKxrCgAGUAIAax4CAJfkBQBHDAcAAUcAAC/LCQAk9QoAmegBAKz9AQD//QEAUv4BAKX+AQBZawoACD8BACwnAgBTAAAApgAAAAZQAgAsJwIAsAsFAJnoAQAqUwsA+zMNAE40DQBVLQIAL8sJAILLCQBHDAcAqxcAAAFHAACZ6AEALxcLADoCBwCktg0A97YNAKz9AQCbhAAAIqYBANQdAAAqUwsAZbkCAGTgCgC34AoACuEKAF3hCgCZ6AEA2ZQKAP7KCgBRywoAKlMLAPszDQBONA0ABlACAAFHAAB+cQUALXUBAEX0AQCZ6AEAvYsAAJABAgC9iwAAAUcAAAFHAAB+cQUALXUBAEX0AQCZ6AEALxcLAAEPCADF0QAA2ZQKACyVCgB/lQoA9pIIAEmTCAAgZAIABPkFAPmYAgDT6ggAJusIAHtQAwCZ6AEAShIBAJ0SAQAZLQoAm4QAAFnaBgA3cggALXUBAEX0AQCZ6AEA9pIIAEmTCACwCwUAAwwFAFYMBQBjaQUA2ZQKAP7KCgBRywoAJYIBAHiCAQDtewMAQHwDAJN8AwDmfAMAOX0DAIx9AwBrKwwAuvoNAKdHAABragMAvmoDABFrAwBkawMAIqYBANQdAABQIwwAmegBANmUCgAslQoAf5UKAEoSAQBHDAcAmgwHAJ0SAQAYHgIA2ZQKAP7KCgBRywoA2ZQKACyVCgB/lQoA0aEKACSiCgB3ogoAWWsKAAg/AQBbPwEAJEgLAHdICwDKSAsAHUkLAJnoAQBebQ0A7yUAAJnoAQAqUwsA+zMNAE40DQAGUAIAAUcAAH5xBQAtdQEARfQBAJnoAQC9iwAAJaQIAHikCADLpAgAHqUIAHGlCADEpQgAF6YIAGqmCABrKwwAiG4MAHp3CwAqUwsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAGSYLAFUtAgBebQ0A0qMIAJnoAQAqUwsARA4AAOk1CAA8NggAjzYIAOI2CACZ6AEAUwAAAAFHAAB+cQUALXUBAEX0AQCZ6AEAPuAEAJHgBADk4AQAN+EEAIrhBADd4QQAMOIEAIPiBADklAMAN5UDACRWCQB3VgkAXm0NANKjCACZ6AEAvYsAABCMAADnHQMAodsBAJnoAQAvFwsAAQ8IAEoSAQBZ6AQA2nQBAC11AQCZ6AEAKlMLAEQOAADpNQgAPDYIAI82CADiNggAmegBAOy3CAA/uAgAkrgIAOW4CAA4uQgAi7kIAN65CAAxuggAhLoIANe6CAAquwgAfbsIANC7CAAjvAgAdrwIAMm8CAAcvQgAb70IACpTCwDUHQAAJx4AAHoeAADNHgAAIB8AAKjTAgDxDQAAmegBAGsrDAC6+g0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAmUkAAOxJAAA/SgAAH4sKAHKLCgCrFwAA5x0DAC11AQBF9AEAmegBAF5tDQDSowgAmegBAAwcCwAcVQsA8Q0AACWCAQB4ggEAIq0AACmeAgB8ngIAz54CAAAAAAAlggEA8Q0AALFnAgAEaAIAVS0CAC/LCQDyoAEAAAAAAAAAAAAAAAAAAAAAAAAAAABPyAIAosgCAPKgAQAAAAAAT8gCAKLIAgAlzgIAkeAEAGC9CgCzvQoABr4KAFm+CgCsvgoA/74KAFK/CgClvwoAj6wDAOKsAwA1rQMAiK0DANutAwAurgMAga4DANSuAwAnrwMAeq8DAM2vAwAgsAMAc7ADAMawAwAZsQMA5OAEADfhBACK4QQA3eEEADDiBACD4gQA5JQDADeVAwCKlQMA3ZUDADCWAwCDlgMA1pYDACmXAwB8lwMAz5cDACKYAwB1mAMAyJgDABuZAwBXigkAqooJAP2KCQBQiwkAo4sJAPaLCQBJjAkAnIwJAO+MCQBCjQkAlY0JAOiNCQA7jgkAjo4JAOGOCQA0jwkAh48JAEX0AQCo0wIAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAKz9AQCbhAAA8Q0AAHK8AwDFvAMAQhcOAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAYO4DALPuAwAG7wMAWe8DAKzvAwD/7wMAUvADAKXwAwD48AMA3ZUDADCWAwDs6AEAP+kBAJLpAQDl6QEA+VIMACoxBAB9MQQA0DEEACMyBAB2MgQAyTIEABwzBABvMwQABhgKAJ5fDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAxdEAAK+oCADadAEALHoCAEIXDgA+4AQAkeAEAOTgBAA34QQAiuEEAN3hBAAw4gQAg+IEANbiBACR4AQA5OAEADfhBACK4QQA3eEEADDiBACD4gQA5JQDADeVAwDv+wUAQvwFAJX8BQDo/AUAO/0FAI79BQBluQIAuLkCACKtAABTAAAAtdYDAAQVAgCbzw0A7s8NAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAEFQIAF9YNACmeAgCPswIA4rMCADW0AgCItAIAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAKsXAAD+FwAAxdEAAO2QAABAkQAAmuMAABm4AgBq1g0A5Y8CAEWTAwCYkwMA65MDAD6UAwCRlAMA5JQDADeVAwDnAQcAAQ8IAO2QAADxDQAAlIQMAP4XAAB3OwEAL8sJAK1LAQAPSwsAErIDALFnAgAvywkAJPUKAJrjAAAZuAIAmegBAD7gBAApngIAfJ4CAM+eAgAinwIA7OgBAD/pAQCS6QEA5ekBAEoSAQBTAAAAPhcJABgeAgABRwAAL8sJACT1CgCa4wAAGbgCACWCAQByDwQAxQ8EAFMAAAChPAAABBUCAIvpDQDadAEArP0BABrqBQBrHgIABlACAHtQAwCZ6AEAicMKANzDCgAvxAoAgsQKACWCAQB4ggEA7XsDAEB8AwDAXw0A5wEHAKjTAgAlggEAeIIBAO17AwBAfAMAk3wDAOZ8AwA5fQMAjH0DAGsrDAC6+g0Ap0cAAJAIAQBTAAAAPhcJAPENAACxZwIARfQBABgeAgAsJwIA8Q0AAHK8AwDFvAMAkAgBAJnoAQAZJgsAeIgMAP95CABSeggApXoIAPh6CAD2kggASZMIACBkAgAE+QUAGB4CAOcBBwCZ6AEAGSYLAFnaBgCs2gYA/9oGAFLbBgAvywkAJPUKAAQVAgCZ6AEAShIBADiXAQASsgMAkaIBAF16AQAtdQEARfQBAJnoAQAZJgsAxLoFAEX0AQBDgQkAShIBAJnoAQDZlAoA01kFACZaBQAvFwsAwF8NABNgDQCp9wcAnHANAO9wDQDxDQAAmegBAF5tDQDSowgAAAAAAAAAAACo0wIA5eICANKcCQAlnQkAeJ0JAMudCQAGGAoAvncNABF4DQBkeA0AaysMAIhuDAB6dwsAPuAEAJHgBADk4AQAN+EEAIrhBADd4QQATA4KAJ8OCgDyDgoAvisMACT1CgB39QoAyvUKAB32CgBw9goAw/YKABb3CgBp9woAvPcKAC8XCwAjPw4A7ZAAAGsrDACIbgwAencLAD7gBACR4AQA5OAEADfhBACK4QQA3eEEADDiBACD4gQA5JQDADeVAwCKlQMA3ZUDAH5xBQDRcQUAJHIFAHdyBQDKcgUAdF4NANNZBQAvywkAPuAEAJHgBADk4AQAN+EEAIrhBADd4QQAMOIEAEoLAgCdCwIAfnEFANFxBQAkcgUAd3IFAMpyBQAdcwUAkeAEAOTgBAA34QQAiuEEAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQAKlMLANQdAAAnHgAAeh4AAM0eAAAgHwAAqNMCAJPWAgBg7gMAs+4DAAbvAwBZ7wMArO8DAP/vAwBS8AMApfADAPjwAwBL8QMAnvEDAPHxAwBE8gMAl/IDAOryAwDdlQMAfnEFANFxBQAkcgUA5wEHAJnoAQBebQ0A7LcIAMPbAgAW3AIALZAJAGzTCgD6YggA7LcIAAFHAAAvywkAaysMAIhuDAB6dwsADBwLABxVCwDxDQAA7ZAAAAFHAADF0QAAxVQGABgeAgB9PwIAmegBANmUCgD+ygoAUcsKAL2LAAAQjAAAGB4CACwnAgBz/AQAxvwEABn9BACbhAAArP0BACWCAQAAAAAAmegBAH0/AgCo7goALXUBAMJBAgCo0wIAk9YCAGDuAwCz7gMABu8DAFnvAwCs7wMA/+8DAKsJAgD+CQIAPuAEACmeAgBkHg4Atx4OAAofDgDf6wsAuvQCAEQOAABKEgEARwwHAJAIAQABRwAAmegBAD7gBACR4AQA5OAEADfhBACK4QQA3eEEADDiBABMDgoAnw4KAPIOCgB7UAMA8Q0AAHK8AwDFvAMAAAAAAKjTAgB3AwkAQJEAAJrjAAAZuAIAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDACp9BQBAkQAAmuMAABm4AgCvqAgAe1ADAAAAAAAAAAAAAAAAAE/IAgCiyAIA8qABAAAAAAAAAAAAAAAAAAAAAABPyAIAosgCACXOAgCR4AQA5OAEADfhBACK4QQA3eEEADDiBACD4gQA5JQDADeVAwCKlQMA7/sFAEL8BQCV/AUA6PwFADv9BQCO/QUAShIBAOBqBAAzawQAhmsEANlrBADnAQcArP0BAJnoAQBKEgEAnRIBABktCgBsLQoAvy0KAEoSAQDgagQAM2sEAIZrBADZawQAIq0AAHWtAADIrQAAG64AAG6uAABZ6AQABlACAHReDQCbhAAAWdoGAEoSAQAnvQEAEIwAAOcdAwAirQAAKZ4CAFUtAgB+cQUAxVQGANKjCADxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAYO4DAIU4DQDJhQQAHIYEAG+GBADChgQAFYcEAGiHBAC7hwQADogEAGGIBAC0iAQAB4kEAJnoAQAlggEAcg8EAC11AQB9PwIAmegBAOzoAQA/6QEAkukBAIT/CgDX/woAGSYLAFnaBgDnAQcAGB4CACwnAgDxDQAAkaIBAF8VDACS8AAA26YEABxVCwDxDQAAsWcCAAqcCABdnAgAsJwIAAOdCABWnQgAqZ0IAPydCABPnggAop4IAPWeCAAZJgsA1GgNAHtQAwCZ6AEAXm0NAO8lAACZ6AEAaysMALr6DQCnRwAA+kcAAFMAAACp9wcAsfgFANp0AQBIigsAkR4IAO2QAADnAQcAmegBAEoSAQDgagQAM2sEAIZrBADZawQAlfUGAAwcCwAcVQsA8Q0AALFnAgAMHAsAHFULAPENAACxZwIAmegBAK+oCAB7UAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABGLQQAmS0EANx+CAAvfwgAgn8IANV/CAAogAgAe4AIAM6ACAAhgQgAdIEIAMeBCAAagggAbYIIAMCCCAATgwgAZoMIALmDCADdlQMAfnEFANFxBQAkcgUA5wEHAJnoAQBebQ0A7LcIAF5tDQAYVQYAa1UGAAhoBwBbaAcArmgHAAFpBwBUaQcAp2kHAJnoAQBrKwwAfnEFANFxBQAkcgUA5wEHAJnoAQBebQ0A7LcIAHIPBABKCwIA8Q0AAHK8AwDFvAMASgsCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAk9YCAGDuAwCz7gMABu8DAFnvAwCs7wMA/+8DAFLwAwCl8AMA+PADAEvxAwCe8QMA8fEDAETyAwCX8gMA6vIDAN2VAwB+cQUA0XEFACRyBQDnAQcAmegBAF5tDQDstwgAXm0NABhVBgBrVQYACGgHAFtoBwCuaAcAAWkHAFRpBwCnaQcAmegBAGsrDAB+cQUA0XEFACRyBQDnAQcAmegBAF5tDQDstwgA3ZUDAH5xBQDRcQUAJHIFAOcBBwCZ6AEAXm0NAOy3CABebQ0AGFUGAGtVBgAIaAcAW2gHAK5oBwABaQcAVGkHAKdpBwCZ6AEAaysMAH5xBQDRcQUAJHIFAOcBBwCZ6AEAXm0NAOy3CAAYHgIAdF4NACx6AgB4ggEAy4IBAHtQAwBKCwIAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAAQHBABi6gwA+P0NAL2LAAAQjAAAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAESYBACXmAQA6pgEAD2ZBACQmQQA45kEADaaBACJmgQA3JoEAC+bBAAtdQEARfQBAJnoAQBrKwwAiG4MACKtAACduAEA5Y8CAEWTAwCYkwMA65MDAD6UAwCRlAMAn94EAPLeBABF3wQAmN8EAOvfBAC9iwAAEIwAAOcdAwCh2wEAmegBACpTCwBEDgAA6TUIADw2CACPNggA4jYIAKjTAgCbhAAAodsBABgeAgAsJwIAAUcAAPPSBABG0wQA7ZAAAPENAABTAAAAqfcHAPz3BwCa4wAALCcCAAAAAAC9iwAA7ZAAAPENAACxZwIAL8sJACT1CgCa4wAAGbgCAMSeCQAXnwkAap8JAMb8BAAZ/QQAbP0EAL/9BAAS/gQAZf4EALj+BAAL/wQAXv8EALH/BAAEAAUAVwAFAKoABQD9AAUAUAEFAKMBBQD2AQUASQIFAJwCBQDvAgUAQgMFAJUDBQDoAwUAOwQFAI4EBQDhBAUANAUFAIcFBQDaBQUALQYFAIAGBQDTBgUAJgcFAHkHBQDMBwUAHwgFAJuEAADuhAAAlFQHAOdUBwDnAQcAmegBAGsrDAC6+g0Ap0cAAEoSAQBZ6AQArOgEAJnoAQD2kggASZMIAAFHAADz0gQARtMEAO2QAADxDQAAmegBAFlrCgDBrQwA/PcHAJnoAQD2kggASZMIAAAAAAC9iwAA7ZAAAPENAACxZwIAmegBACWCAQByDwQAQgoEADiXAQDTWQUAJloFAMXRAACvqAgA2nQBACKtAACUVAcAmegBANmUCgD+ygoA5wEHADdyCAASsgMAqNMCACKtAAApngIAj7MCAOKzAgA1tAIAiLQCACKtAACduAEA5Y8CAEWTAwCYkwMA65MDAD6UAwBupg0AJPUKAJrjAAAZuAIAqS8AAHWtAADIrQAAG64AAG6uAADBrgAAqNMCACKtAAApngIAj7MCAOKzAgA1tAIAiLQCACKtAACduAEA5Y8CAEWTAwCYkwMA65MDAD6UAwBupg0AJPUKAJrjAAAZuAIA7ZAAAOcBBwA3cggAErIDAKkvAACduAEA5Y8CAEWTAwCYkwMA65MDAD6UAwCRlAMA5JQDADeVAwAqfQUAfX0FANB9BQAjfgUAdn4FAMl+BQAcfwUAb38FAHyJBQDPiQUAYL0KALO9CgAGvgoAWb4KAKy+CgD/vgoAUr8KAKW/CgBF9AEAQ4EJAJaBCQCZ6AEAGSYLAMS6BQD2kggASZMIAPENAABEDgAA7LcIABgeAgAirQAAtOIDAAfjAwBa4wMAreMDAADkAwBT5AMApuQDAPnkAwBM5QMAn+UDAPLlAwBF5gMAmOYDAHuxAQDOsQEAIbIBAHSyAQDHsgEAx9QIABrVCABt1QgAwNUIABPWCABm1ggAudYIAAzXCABf1wgAstcIAAXYCABY2AgAq9gIAP7YCABR2QgApNkIAPfZCABK2ggAndoIAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDACp9BQB9fQUA0H0FACN+BQB2fgUAyX4FABx/BQBvfwUA+9MCAE7UAgA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAARJgEAJeYBADqmAQAPZkEAJCZBADjmQQA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAYO4DALPuAwAG7wMAWe8DAKzvAwD/7wMAUvADAKXwAwD48AMAS/EDAJ7xAwDx8QMARPIDAJfyAwDq8gMAWWsKAPSjCQBHpAkAmqQJAO2kCQBApQkAk6UJAOalCQA5pgkAjKYJAN+mCQAypwkAhacJANinCQArqAkAfqgJANGoCQAkqQkAd6kJAMqpCQAdqgkAcKoJAMOqCQDD2wIAFtwCAC2QCQBs0woA+mIIAOy3CAABRwAAL8sJAGsrDACIbgwAencLAAwcCwAcVQsA8Q0AAMSeCQAXnwkAsAsFAAMMBQBWDAUAY2kFACpTCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAADF0QAA7ZAAAKsXAAABRwAAmegBABkmCwDF0QAABQkCAAFHAACZ6AEAxdEAAAUJAgBzFw0AxhcNAInDCgDcwwoAL8QKAILECgBZawoAPhcJAPENAACRogEAXXoBAKz9AQAlggEAQhcOAGsrDACIbgwAencLAD7gBACR4AQA5OAEADfhBACK4QQA3eEEADDiBABMDgoAnw4KAPIOCgBrKwwAuvoNAKdHAAD2kggASZMIALALBQADDAUAVgwFAGNpBQAqUwsA1B0AACceAAB6HgAAzR4AACAfAACS8AAAVykLAGWyAwA+4AQAkeAEAOTgBAA34QQAiuEEAN3hBAAw4gQAg+IEAOSUAwA3lQMAziYJACyVCgB/lQoArP0BABrqBQBt6gUAwOoFABPrBQCrFwAAmegBACpTCwD7Mw0ATjQNAFUtAgDadAEAQgoEAEcMBwDFVAYA7LcIAAFHAAAvywkAJPUKAJrjAAAZuAIAf4ANAH5xBQDRcQUAJHIFAHdyBQDKcgUAHXMFABdMCQA+4AQAkeAEAOTgBAA34QQAiuEEAN3hBAAw4gQAg+IEANbiBAAp4wQAfOMEAM/jBAAi5AQAKlMLANQdAAAnHgAAeh4AAM0eAADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAMPbAgAW3AIALZAJAICQCQDTkAkAJpEJAHmRCQDMkQkA7OgBAJEeCADkHggANx8IAF5tDQAYHgIAmegBAC8XCwCCFwsAGB4CACwnAgAgZAIAAUcAANMbAgAYHgIAe1ADAJnoAQDyoAEAvYsAABCMAADnHQMAodsBAJPWAgBg7gMAs+4DAAbvAwBZ7wMArO8DAP/vAwBS8AMApfADAPjwAwBL8QMAnvEDAPHxAwBE8gMAl/IDAOryAwDPdAgA6JQIACaYCAB5mAgAzJgIAB+ZCADdlQMAfnEFANFxBQAkcgUA5wEHAJnoAQBebQ0A7LcIAF5tDQAYVQYAa1UGAAhoBwBbaAcArmgHAAFpBwBUaQcAp2kHAJnoAQBrKwwAfnEFANFxBQAkcgUA5wEHAJnoAQBebQ0A7LcIAAFHAAB+cQUA0XEFACRyBQB3cgUAynIFAB1zBQBwcwUAw3MFABZ0BQBpdAUAXrkOALG5DgCz7gMABu8DAFnvAwCs7wMA/+8DAFLwAwCl8AMA+PADAN2VAwB+cQUA0XEFACRyBQB3cgUAynIFAHndCgDUHQAAxkgGAEIXDgCx+AUAAUcAAH5xBQDFVAYA0qMIAAFHAAB+cQUA0XEFACRyBQB3cgUAynIFAB1zBQBwcwUAw3MFABZ0BQBpdAUA7ZAAAECRAACa4wAAGbgCAOv0AQB+cQUA0XEFACRyBQB3cgUAynIFAB1zBQBwcwUAIWwLAHRsCwDHbAsAGm0LAG1tCwDAbQsAE24LAEQOAADpNQgAPDYIAI82CADiNggA0xsCABhVBgBrVQYAvlUGAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqNMCAHcDCQBAkQAAmuMAABm4AgCrFwAA/hcAADjABwCLwAcA3sAHADHBBwCEwQcA18EHAGseAgD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAmegBAGsrDAB+cQUA0XEFACRyBQB3cgUAynIFAB1zBQAXTAkA+VkLACKtAAAirQAAOM4FAIvOBQDezgUAMc8FALALBQCZ6AEAGSYLAO8lAAABRwAAL8sJACT1CgAqUwsA1B0AAMZIBgBCFw4AsfgFAAFHAAB+cQUAxVQGANKjCACZ6AEABhgKAL53DQAReA0AZHgNALr0AgAYkwkAa5MJAL6TCQARlAkAZJQJALeUCQA5wgUAjMIFAN/CBQAywwUAhcMFANjDBQArxAUAfsQFANHEBQAkxQUAKdwFAHzcBQDP3AUAIt0FAHXdBQDI3QUAvYsAABgeAgAYHgIALCcCAKsXAAABRwAAmegBAGsrDACIbgwAGFUGAD4XCQAlggEAeIIBAMuCAQB7UAMAqNMCAAAAAACZ6AEAaysMAOckAgA6JQIAjSUCAN/rCwAqUwsAfVMLANp0AQDTWQUAm4QAAKz9AQAlggEAQhcOACpTCwDUHQAAJx4AAHoeAADNHgAAIB8AAM2hBQCZ6AEA7OgBAIgiCwDbIgsALiMLAGsrDAB+cQUA0XEFACRyBQB3cgUAynIFAB1zBQCo0wIAw9sCABbcAgAtkAkAGSYLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQBCFw4AKlMLANQdAAAnHgAAeh4AAM0eAAAgHwAAShIBAAAAAABTAAAAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDACp9BQBAkQAAmuMAABm4AgAYHgIA+mIIAPGyDADQPwIAQJEAAB+LCgByiwoAGB4CACwnAgBz/AQAxvwEABn9BACbhAAArP0BACWCAQBCFw4A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAQjAAAqxcAAHtQAwCo0wIAAUcAACKtAABTAAAAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDAO8lAACzqQEABqoBAFmqAQAirQAAnbgBAOWPAgBFkwMAGB4CACwnAgB/JwIAvxEOAPENAADUHQAAvaYIABCnCABjpwgAtqcIAAmoCABcqAgAfX0FANB9BQAjfgUAdn4FAMl+BQAcfwUAb38FALr0AgBEDgAA6TUIADw2CACPNggA4jYIAJnoAQAGGAoAvncNABF4DQBkeA0AXrkOALG5DgAEug4AV7oOAKq6DgD9ug4AULsOAKO7DgD2uw4ASbwOAJy8DgDvvA4ANa0DAIitAwDbrQMALq4DAIGuAwDUrgMAJ68DAHqvAwAMHAsAHFULAPENAACs/QEAGuoFAG3qBQDA6gUAE+sFAGbrBQB53QoAJ3EAAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQCbhAAA7yUAAH0/AgAJEAYAe7EBAPENAACpLwAAnbgBAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMAKn0FAECRAACa4wAAGbgCAJnoAQBKEgEAWegEAHtQAwCZ6AEAicMKANzDCgAvxAoAgsQKAKz9AQBqgw0AGSYLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQA+4AQAkeAEAGC9CgCzvQoABr4KAFm+CgCsvgoA/74KAFK/CgClvwoA+L8KAEvACgAGGAoA8Q0AALFnAgAEaAIArP0BACWCAQByDwQAErIDAJABAgD07woAaysMAIhuDAB6dwsA2ZQKAFMAAADuhAAAnbgBAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMAKn0FAECRAACa4wAAGbgCAPvTAgBO1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAKz9AQDFVAYAxVQGAAFHAADxDQAAsWcCAPPSBACwNAsAAZINAJnoAQDs6AEAGB4CAPpiCABKEgEAmegBAPKgAQCS8AAAqNMCAJPWAgB1rQAAyK0AABuuAABurgAAwa4AABSvAAAMHAsAXxwLALIcCwAFHQsA9pIIAB+LCgByiwoAmegBAF5tDQDstwgAAUcAAJnoAQBebQ0A7yUAAJnoAQAZJgsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAEIXDgCs/QEAGuoFAG3qBQDA6gUAE+sFAGbrBQB53QoAmegBAGsrDACIbgwAencLAGsrDACbhAAA75oHAH0/AgCZ6AEAaysMANRoDQB7UAMAmegBAF5tDQDvJQAAmegBAGsrDAC6+g0Ap0cAAPpHAABNSAAA7ZAAAOcBBwCZ6AEArP0BABrqBQBt6gUAwOoFABPrBQBm6wUAJYIBAJuEAAAipgEAsWcCAH5xBQAirQAA8Q0AANQdAACbhAAABlACACKtAACUVAcABBUCAJvPDQDuzw0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AAAQVAgAX1g0AatYNAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMAKn0FAECRAACa4wAAGbgCAAAAAABTAAAAqfcHAJxwDQDxDQAA1B0AAJuEAAAGUAIAIq0AAJRUBwBTAAAA4g0CAAQVAgCbzw0A7s8NAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAEFQIAF9YNAGrWDQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDACp9BQBAkQAAmuMAABm4AgCo0wIAAUcAAPPSBACwNAsAwU0CAPENAABTAAAAPhcJABgeAgABRwAAqNMCAAFHAADz0gQAsDQLAMFNAgDxDQAAUwAAAD4XCQAYHgIAAUcAAKjTAgB3AwkAQJEAAJrjAAAZuAIAJYIBAHIPBAD5mAIA2nQBAC11AQBF9AEAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDACRWCQDUHQAAJx4AAJrjAAAZuAIASgsCAJ0LAgDz0gQAsDQLAMFNAgDxDQAAUwAAAD4XCQAYHgIAAUcAAAQVAgAX1g0AatYNAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMAKn0FAECRAACa4wAAGbgCAF65DgCxuQ4As+4DAAbvAwBZ7wMArO8DAP/vAwBS8AMApfADAPjwAwAGGAoAvncNABF4DQBkeA0AErkCACmeAgBkHg4Atx4OAAofDgBdHw4AsB8OAAMgDgBWIA4AqSAOAAyZBQBfmQUAspkFAAWaBQBYmgUAq5oFAP6aBQCo0wIAk9YCAGDuAwCz7gMABu8DAFnvAwCs7wMA/+8DAFLwAwCl8AMA+PADAN2VAwB+cQUA0XEFACRyBQB3cgUAynIFAB1zBQAXTAkAPuAEACmeAgBkHg4Atx4OAAofDgBdHw4AsB8OAAMgDgBWIA4AqSAOAJPWAgBg7gMAs+4DAAbvAwBZ7wMArO8DAP/vAwABRwAAfnEFANFxBQAkcgUAd3IFAMpyBQAdcwUAcHMFAMNzBQAWdAUAaXQFAMPbAgDtkAAAxdEAACKtAACduAEA5Y8CAEWTAwCYkwMA65MDAD6UAwCRlAMA5JQDADeVAwAqfQUAQJEAAJrjAAAZuAIA0qMIAP4XAADp1AkAPNUJAJuEAAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAQhcOAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AACdxAAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAQhcOAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAw9sCABbcAgAtkAkAGSYLAO+aBwByDwQA+ZgCANPqCACJwwoA3MMKAOnUCQA81QkA8Q0AAJnoAQDs6AEAiCILANsiCwAuIwsAgSMLANmUCgAslQoAf5UKAHtQAwDOUAMAIVEDABgeAgCZ6AEAPuAEAHWtAAC9iwAA8Q0AALFnAgAvywkAmegBAInDCgDcwwoA6dQJADzVCQAZJgsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAF5tDQAirQAAIq0AADjOBQCLzgUA3s4FADHPBQCwCwUAmegBAMXRAACvqAgA2nQBACx6AgBCFw4ABhgKAPENAACxZwIABGgCAKz9AQAlggEAcg8EABKyAwCQAQIA2nQBAC11AQBF9AEAmegBABkmCwDEugUAPuAEAJHgBADk4AQAN+EEAIrhBADd4QQAMOIEAIPiBADklAMAN5UDAIqVAwDdlQMAMJYDAIOWAwDWlgMAcrwDAMW8AwCV9QYA6PUGADv2BgCO9gYA4fYGADT3BgBrKwwAIq0AAFMAAAAAAAAA2nQBAFMAAACZ6AEAPuAEAJHgBADk4AQAN+EEAIrhBADd4QQAMOIEAIPiBADklAMAN5UDAIqVAwDdlQMAMJYDAIOWAwBrKwwAuvoNAKdHAAAMHAsAHFULAPENAACxZwIAaysMAH5xBQDRcQUAJHIFAHdyBQDKcgUAHXMFABdMCQBqTAkAvUwJADjqAQDadAEAGB4CACwnAgBebQ0AGFUGAGtVBgC+VQYAmegBAGsrDAAirQAAUwAAAJnoAQA+4AQAkeAEAOTgBAA34QQAiuEEAN3hBAAw4gQAg+IEAOSUAwA3lQMAipUDAMXRAADadAEA01kFAFRHAACZ6AEADBwLABxVCwDxDQAAsWcCAJnoAQDnAQcAOgIHAAGSDQABRwAAfnEFAPmYAgDT6ggAKlMLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAIuJAwDeiQMAMYoDAL2LAAAQjAAAN/0AAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQBCFw4AXm0NABgeAgCZ6AEALxcLAAEPCADtkAAA8Q0AAJnoAQCJwwoA3MMKAC/ECgCCxAoARAACAJ5fDADxXwwAErIDAOcBBwDxDQAAmegBACpTCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAACLiQMA3okDADGKAwC9iwAAEIwAADf9AAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAQhcOAF5tDQAYHgIAmegBAC8XCwABDwgA7ZAAAPENAACZ6AEAicMKANzDCgAvxAoAgsQKAEQAAgCeXwwA8V8MABKyAwCZ6AEAKlMLANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAIuJAwDeiQMAMYoDAL2LAAAQjAAAN/0AAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQBCFw4AXm0NABgeAgCZ6AEALxcLAAEPCADtkAAA8Q0AAJnoAQCJwwoA3MMKAC/ECgCCxAoARAACAJ5fDADxXwwAErIDAAAAAACbhAAA75oHAEKbBwByDwQAqNMCABgeAgB0Xg0ALXUBAEX0AQBDgQkAQJEAAJrjAAAZuAIAw9sCABbcAgAtkAkAgJAJANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AABkmCwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEA7ZAAAEoSAQAirQAAKZ4CAO6EAACUVAcA51QHAPENAADUHQAAJx4AAHoeAADNHgAAIB8AACwnAgBAkQAAmuMAABm4AgB7sQEA8Q0AAKjTAgC69AIAGJMJAGuTCQC+kwkAEZQJAGSUCQC3lAkA3+sLAJPWAgBg7gMAs+4DAAbvAwBZ7wMArO8DAP/vAwBMDgoAnw4KAH5xBQDRcQUAJHIFAHdyBQDKcgUAHXMFABdMCQBrKwwAiG4MAOcBBwDAXw0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAH7ZAgC6+g0Ap0cAACBdAwBzXQMAxl0DABleAwBsXgMAv14DABJfAwBlXwMAGSYLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQBCFw4APuAEAJHgBADk4AQAN+EEAIrhBADd4QQAMOIEAIPiBADklAMAN5UDAIqVAwAZJgsAVS0CANsbDAC6+g0A2nQBABKyAwBlsgMAShIBAJ0SAQBKEgEARwwHAKsXAAAIBwkAWwcJAK4HCQCE/woA1/8KAEoSAQBZ6AQABlACAH0/AgDQPwIA5wEHAJnoAQAvFwsAwF8NAJuEAABfHAsAshwLAAUdCwBYHQsAqx0LAP4dCwBRHgsAJtYLANRoDQDnAQcAmegBANmUCgD+ygoAUcsKANQjCwCCFwsAErIDACdxAACs/QEAJYIBAEIXDgDnAQcAmegBAL2LAAAQjAAAAUcAAH5xBQAsegIAmegBAGsrDAB+cQUA0XEFACRyBQDnAQcAmegBAPaSCABJkwgAAUcAAPPSBAAlggEAcg8EAMUPBADsgAQAIq0AAAQVAgAX1g0AatYNAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMAKn0FAECRAACa4wAAGbgCAIvpDQDUHQAAJx4AAHoeAADNHgAAIB8AAOcBBwDAXw0Am4QAAFnaBgCo0wIAAQ8IAMXRAACrFwAAqNMCAK+oCAAcVQsA8Q0AALFnAgAlggEAeIIBAOHhCQA04gkAh+IJANriCQCp9wcA/PcHAJrjAAAZuAIAOP4KABhVBgBrVQYAvlUGAJnoAQC9iwAAEIwAAOcdAwCh2wEAmegBACpTCwBEDgAA6TUIADw2CACPNggAKlMLAPszDQBONA0AVS0CAL2LAADxDQAAmegBAK+oCAD07woAsfgFAH0/AgDQPwIA5wEHAAEPCAAYVQYAa1UGAAhoBwBbaAcArmgHAAFpBwBUaQcAp2kHAPppBwBNagcAoGoHAPNqBwBGawcAmWsHAOxrBwA/bAcAkmwHAOVsBwA4bQcAi20HAN5tBwAxbgcAhG4HAGd+BwC6fgcADX8HAGB/BwDnAQcAmegBAF5tDQDstwgAAUcAAJnoAQDF0QAABQkCANp0AQDTWQUAfnEFAC11AQBF9AEAmegBAOzoAQCIIgsAGB4CAJnoAQBebQ0AGFUGAGtVBgAIaAcAW2gHAK5oBwABaQcAVGkHAPz3BwBrHgIAVS0CAH5xBQDFVAYA0qMIAAFHAAB+cQUA0XEFACRyBQB3cgUAynIFAB1zBQBwcwUAIWwLAHRsCwDHbAsAGm0LAG1tCwDAbQsAE24LAK7eAgAnvQEAAUcAAJuEAABVLQIAL8sJAF5tDQAYVQYAa1UGAAhoBwBbaAcArmgHAAFpBwBUaQcAp2kHAJnoAQBrKwwAfnEFANFxBQAkcgUA5wEHAJnoAQBebQ0A7LcIAAFHAACrCQIAvYsAABCMAAA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAAShIBAJ0SAQAZLQoAN3IIAL7YCwB7UAMAmegBAD7gBACR4AQAYL0KABCMAAABRwAAL8sJAH7ZAgB+cQUA0XEFACRyBQB3cgUAynIFAB1zBQAXTAkAxdEAAAUJAgDadAEA01kFAH5xBQAtdQEARfQBAJnoAQDs6AEAiCILABgeAgCZ6AEA+ZgCAEyZAgCfmQIA8pkCAK+oCAAcVQsA8Q0AALFnAgAEaAIA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBACKtAAAAAAAAJYIBAKjTAgDD2wIAFtwCAC2QCQAMHAsAHFULAPENAACxZwIA8Q0AAJnoAQAZJgsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAEIXDgDZlAoALJUKAH+VCgDRoQoAJKIKAHeiCgBZawoAPhcJAJEXCQD70wIATtQCADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AABEmAQAGB4CACwnAgBz/AQAVS0CAC/LCQAqUwsA1B0AAPENAACRogEAXXoBAMVUBgAlggEAJYIBAJnoAQAMHAsAHFULAPENAACxZwIAkvAAAFcpCwBGLQQAaysMAPPSBABG0wQA7ZAAAOcBBwCZ6AEA7OgBAIgiCwAYHgIAmegBAAAAAAC9iwAA7ZAAAECRAAB7UAMAmegBAOzoAQA/6QEAkukBAOXpAQCrFwAA/hcAAOnUCQA81QkA8Q0AAO8lAACzqQEABqoBAFmqAQDAXw0ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAJPWAgBg7gMAYL0KALO9CgAGvgoAWb4KAKy+CgD/vgoAUr8KAKW/CgD2kggASZMIAHP8BADG/AQAGf0EAJnoAQAZJgsA1GgNAHtQAwCZ6AEAPuAEAJHgBADk4AQAGwANAG4ADQDuhAAA/3kIAJnoAQBZawoAPhcJANp0AQAtdQEAVS0CAPENAACo0wIAw9sCABbcAgAtkAkAgJAJANQdAAAnHgAAeh4AAM0eAAAgHwAAzaEFAJnoAQAZJgsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAEIXDgDs6AEAiCILABgeAgCZ6AEAPuAEAJHgBADk4AQAN+EEAIrhBADd4QQAMOIEAIPiBADklAMA8Q0AANQdAAAnHgAAeh4AAM0eAAAgHwAAzaEFACCiBQAnHgAAmuMAABm4AgDUHQAAJx4AAJrjAAAZuAIAXrkOALG5DgCz7gMABu8DAFnvAwCs7wMA/+8DAFLwAwCl8AMA+PADAEoLAgAYHgIALCcCAH8nAgC/EQ4A8Q0AANQdAADNdwsAECsCAIy0BwDftAcAmegBACpTCwDUHQAAJx4AAHoeAADNHgAAIq0AAH0/AgCvqAgAHFULAOy3CADxDQAA1B0AAEoLAgDnAQcAGB4CAHReDQD5mAIA0+oIACbrCAAEFQIAm88NAECRAACa4wAAGbgCAAQVAgCrFwAA7ZAAAAFHAADF0QAAxVQGABgeAgB9PwIA0D8CAECRAACa4wAAGbgCAF65DgCxuQ4AVnoNAKl6DQD8eg0AAAAAAAAAAADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKjTAgCT1gIAYO4DALPuAwAG7wMAWe8DAKzvAwD/7wMAUvADAKXwAwD48AMAS/EDAJ7xAwDx8QMARPIDAJfyAwDq8gMAaysMALr6DQCnRwAABhgKAFkYCgDnAQcAUwAAAD4XCQDadAEALXUBAD81AwCZ6AEAvYsAABgeAgAlggEAqNMCABQJAACvqAgAAqkIAFWpCAA+4AQAkeAEAOTgBAA34QQAiuEEAN3hBAAw4gQATA4KAJ8OCgDyDgoAaysMALr6DQCnRwAAa2oDAAEPCABUDwgApw8IAPoPCABNEAgAf1AIAC8XCwA6AgcA7ZAAAEoSAQCdEgEAa2oDAAEPCABUDwgApw8IAPoPCABNEAgAf1AIAC8XCwA6AgcA7ZAAAEoSAQCdEgEA8BIBAJnoAQD2kggAH4sKAHKLCgCrFwAA5x0DAC11AQBF9AEA7ZAAAECRAABKEgEAOJcBABKyAwCRogEAXXoBAMVUBgDSowgAmegBAC8XCwDAXw0AqxcAAOcdAwDtkAAA5wEHAJnoAQDF0QAAr6gIANp0AQAsegIAQhcOAGsrDADz0gQAe1ADANp0AQAtdQEARfQBAJnoAQBrKwwAiG4MAHp3CwA+4AQAkeAEAOTgBAA34QQAiuEEAN3hBAAw4gQATA4KAJ8OCgDyDgoAaysMALr6DQCnRwAAa2oDAAEPCABUDwgApw8IAPoPCABNEAgAf1AIAC8XCwA6AgcA7ZAAAEoSAQCdEgEALxcLACM/DgB2Pw4AyT8OABxADgBvQA4AwkAOAD7gBACR4AQA5OAEADfhBACK4QQA3eEEADDiBADA3AcAxVQGACKtAAB9PwIA0D8CAECRAAAsJwIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAOvmAwCkHgsA9x4LAEofCwC2kgsAr6gIANp0AQAsegIAQhcOAOzoAQBCJgAAAUcAACKtAACUVAcA2nQBAC11AQBF9AEAmegBACpTCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAAZJgsAAZINANp0AQCZ6AEA+ZgCANPqCAAm6wgAed0KAF16AQDFVAYA2nQBACx6AgBCFw4AqxcAAP4XAAB3OwEA7yUAAIgiCwDbIgsALiMLAIEjCwA3nAIAQJEAAJrjAAAZuAIA8qABAADBCABTwQgApsEIAPnBCABMwggAn8IIAAAAAABPyAIAosgCAInDCgDcwwoAURgAAK3VBQAA1gUABN0JAFfdCQCq3QkA7OgBAJEeCADkHggANx8IAF5tDQAYHgIAmegBAC8XCwCCFwsAGB4CACwnAgAgZAIAAUcAANMbAgAYHgIABhgKAFkYCgCsGAoA/xgKAFIZCgAAAAAA+ZgCAEyZAgAGUAIAAAAAABgeAgAfiwoAcosKAAAAAADnAQcAAQ8IAFQPCACnDwgA+g8IAE0QCAAZOwgAbDsIAL87CAASPAgAIq0AAH0/AgDQPwIAAUcAAKsXAAD+FwAAdzsBAO8lAACIIgsA2yILAC4jCwCBIwsAN5wCAECRAACa4wAAGbgCAAQVAgCL6Q0ARA4AAOk1CADVxAoAkR4IABeKDADCQQIAmegBABkmCwDEugUA+ZgCAEyZAgCfmQIAcg8EAOcBBwCZ6AEALxcLAAEPCABUDwgApw8IAPoPCABNEAgAf1AIAAYYCgBZGAoA+ZgCANp0AQAYHgIA+mIIANKjCABKEgEARwwHAKsXAADF0QAAxVQGABgeAgB9PwIAqO4KAC11AQBF9AEAmegBAD7gBACR4AQA5OAEABsADQBuAA0AwQANABQBDQBnAQ0AugENAJnoAQD2kggAH4sKAHKLCgDFiwoAGIwKAGuMCgC+jAoAKlMLAPszDQDz0gQAsDQLAFUtAgAvywkARfQBAJnoAQDZlAoA/soKAFHLCgAGGAoA2nQBANNZBQBURwAAp0cAACBdAwCZ6AEAicMKANzDCgAvxAoAgsQKAPaSCAAfiwoAcosKAKsXAADnHQMALXUBAEX0AQCZ6AEAXm0NABgeAgCZ6AEAShIBADiXAQASsgMAqS8AAJ24AQDljwIA7yUAAJEeCABF9AEAvYsAABgeAgAsJwIAGB4CACwnAgBz/AQAVS0CAC/LCQAvFwsAAQ8IAFQPCACnDwgA+g8IAE0QCAB/UAgAWWsKAAg/AQBbPwEA+ZgCANp0AQDnAQcAwF8NAMVUBgDFVAYAAUcAACWCAQBCFw4A8Q0AAJGiAQCZ6AEALxcLAAEPCABUDwgApw8IAPoPCABNEAgAf1AIAInDCgDcwwoAL8QKAILECgDVxAoAKMUKAHvFCgDOxQoALxcLAAEPCABUDwgApw8IAPoPCABNEAgAf1AIAAYYCgBZGAoA5wEHAFMAAAA+FwkA2nQBAC11AQCx+AUABPkFAFf5BQCq+QUA/fkFAFD6BQCj+gUA9voFAEn7BQCc+wUA2nQBAJuEAADvmgcAmegBAGsrDAAirQAAUwAAAKjTAgCZ6AEAYuoMAPj9DQA+4AQAkeAEAOTgBAA34QQAiuEEAN3hBAAw4gQAkvAAAAAAAABGLQQA/mINAIgiCwAYHgIAAUcAAH5xBQD5mAIA0+oIAMZIBgB7UAMAmegBAPaSCABJkwgAnJMIAO+TCABClAgAlZQIAJnoAQDZlAoAk9YCAGDuAwCz7gMABu8DAFnvAwCs7wMA/+8DAFLwAwCl8AMA+PADAEvxAwCe8QMA8fEDAETyAwCX8gMA6vIDAOvmAwCx+AUABPkFAFf5BQCq+QUA/fkFAFD6BQCj+gUA9voFAEn7BQCc+wUAw9sCABbcAgCWlgYAYuoMAO2QAACtSwEAD0sLABKyAwCxZwIAfnEFAC11AQBF9AEAmegBAC8XCwABDwgAShIBAFnoBADadAEAwNwHABPdBwBm3QcAud0HAAzeBwBf3gcAst4HAAXfBwBY3wcAq98HAP7fBwBR4AcApOAHAPfgBwBK4QcAneEHAPDhBwAYHgIALCcCAH8nAgC/EQ4A8Q0AANQdAADyoAEAAUcAACKtAABTAAAAqNMCAAAAAAAlggEA8Q0AAKjTAgAAAAAAvYsAABCMAADnHQMAodsBAKjTAgAAAAAArP0BACWCAQBCFw4AaysMAIhuDAB6dwsAPuAEAJHgBADk4AQAN+EEAIrhBADd4QQAMOIEAEwOCgCfDgoA8g4KAGsrDAAirQAAUwAAAKjTAgAAAAAAJYIBAPENAACo0wIAAAAAACpTCwCRogEA5KIBAKjTAgAAAAAAqxcAAKsXAADtkAAAsfgFAAFHAAB+cQUAxVQGANKjCACZ6AEA9pIIAEmTCACckwgA75MIAEKUCACVlAgAAAAAAAFHAAABRwAAUwAAACKtAACduAEA5Y8CAEWTAwCYkwMA65MDAD6UAwCRlAMA5JQDADeVAwCofw4APhcJAJEXCQDkFwkAkvAAANumBAAcVQsA8Q0AALFnAgBfFQwA9pIIAEmTCABz/AQAxvwEABn9BACZ6AEALxcLADoCBwCktg0A97YNAKz9AQCbhAAAIqYBANQdAAAqUwsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAGSYLAFUtAgC9iwAAJYIBAOcBBwCZ6AEAicMKANzDCgAvxAoAgsQKAD7gBACR4AQA5OAEADfhBACK4QQA3eEEADDiBABMDgoAnw4KAPIOCgAYHgIALCcCAH8nAgC/EQ4A8Q0AANQdAADAXw0AQJEAAJrjAAAZuAIA7ZAAAECRAACa4wAA7f4IAED/CABRGAAAAAAAAAAAAAAAAAAAT8gCAKLIAgAlzgIAkeAEAOTgBAA34QQAiuEEAN3hBAAw4gQAg+IEAOSUAwA3lQMAipUDAO/7BQBC/AUAlfwFAOj8BQA7/QUAjv0FAAAAAAAAAAAAT8gCAKLIAgAlzgIAkeAEAOTgBAA34QQAiuEEAN3hBAAw4gQAg+IEAOSUAwA3lQMAipUDAO/7BQBC/AUAlfwFAOj8BQA7/QUAjv0FAMXRAADadAEALXUBAO2QAABAkQAAmuMAABm4AgAAAAAAAAAAAAAAAAAAAAAAAAAAAKsXAADtkAAAAUcAAAQVAgAX1g0AatYNAOWPAgBFkwMAmJMDAOuTAwA+lAMAbqYNAMGmDQAUpw0AZ6cNALqnDQANqA0AYKgNALOoDQCT1gIAYO4DALPuAwAG7wMAWe8DAKzvAwD/7wMAUvADAKXwAwD48AMAS/EDAJ7xAwDx8QMARPIDAJfyAwDq8gMAxVQGAPENAACZ6AEABhgKAL53DQAReA0AZHgNAAAAAAAAAAAAAAAAAC/LCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAAAAAAAAAAAAAAAAAK1LAQAPSwsAxVQGANKjCACZ6AEA9pIIAEmTCACckwgA75MIAEKUCAAAAAAA7ZAAAECRAACs/QEA2nQBAC11AQDCQQIAIz8OABCMAABF9AEA8Q0AACdxAACIwgAA7yUAAKz9AQCbhAAAiMIAAJnoAQAZJgsArP0BAEX0AQBDgQkAxkgGAEIXDgCvqAgAqxcAAO2QAACtSwEAD0sLAAAAAACrFwAAmegBAPaSCABJkwgAr6gIAL2LAADxDQAAJ3EAAFnaBgDxDQAAkaIBAF16AQDFVAYA0qMIAO2QAAD2kggAdF4NAEiKCwCRHggAvYsAAAFHAACbhAAAVS0CAAAAAADFVAYAmegBAPaSCABJkwgAIGQCAHNkAgDxDQAAJ3EAAFnaBgCrFwAA/hcAAKjTAgB3AwkAygMJAB0ECQBwBAkAwwQJABYFCQBpBQkAvAUJAA8GCQBiBgkAtQYJAO2QAACx+AUABPkFAFf5BQCq+QUA/fkFAFD6BQCj+gUA9voFAEn7BQCc+wUA7OgBAD/pAQCS6QEA5ekBAKyqAQCT1gIAYO4DALPuAwAG7wMAWe8DAKzvAwD/7wMAUvADAKXwAwD48AMAS/EDAJ7xAwDx8QMARPIDAJfyAwDq8gMAw9sCABbcAgAtkAkAgJAJANOQCQAmkQkAeZEJAMyRCQDs6AEAkR4IAOQeCAA3HwgAXm0NABgeAgCZ6AEALxcLAIIXCwAYHgIALCcCACBkAgABRwAA0xsCABgeAgAQKwIA75oHAEIXDgBAkQAAmuMAABm4AgDFVAYAxVQGACWCAQCZ6AEAaysMAH5xBQDRcQUAJHIFAOcBBwCZ6AEAXm0NAOy3CAABRwAAmegBAMXRAACvqAgA2nQBACx6AgBCFw4AxdEAAAUJAgDadAEA01kFAH5xBQAtdQEARfQBAJnoAQDs6AEAiCILABgeAgCZ6AEAGSYLANRoDQAnaQ0AXm0NABhVBgBrVQYAvlUGAJnoAQA+4AQAkeAEAOTgBAA34QQAiuEEAN3hBAAw4gQAg+IEAOSUAwDZlAoA/soKAFHLCgCJwwoA3MMKAC/ECgCCxAoAGSYLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQBCFw4AqwkCAP4JAgD2kggASZMIAAAAAAC9iwAA7ZAAAPENAACxZwIAmegBAGsrDAB+cQUA0XEFACRyBQDnAQcAmegBAF5tDQDstwgAAUcAAJnoAQAZJgsA7yUAAAFHAAAvywkAJPUKAEIXDgBAkQAAmuMAABm4AgB/gA0AfnEFANFxBQAkcgUAd3IFAMpyBQAdcwUAOzsJAI47CQDhOwkANDwJAIc8CQDaPAkALT0JAIA9CQDTPQkAJj4JAHk+CQCS8AAAxdEAAAUJAgDadAEA01kFAJH1AQAYHgIALCcCAHP8BABVLQIAL8sJAHiIDAAAAAAAvYsAANp0AQAYHgIALCcCAHuxAQDnAQcArP0BACKtAACZ6AEAPuAEAJHgBADk4AQAN+EEAIrhBADd4QQAMOIEAIPiBADklAMAXm0NAKz9AQABRwAAm4QAANp0AQAtdQEAmegBAHuxAQDnAQcArP0BACKtAACZ6AEAPuAEAJHgBADk4AQAN+EEAIrhBADd4QQAMOIEAIPiBADklAMAmegBAAYYCgCeXwwAAEwBAFNMAQCfWgsA8loLAEVbCwCYWwsA61sLAMXRAACvqAgA9O8KAKsXAACZ6AEAaysMAPPSBAB7UAMA2nQBAC11AQBF9AEAmegBAGsrDACIbgwAencLAD7gBACR4AQA5OAEADfhBACK4QQA3eEEAPENAACZ6AEAPuAEAJHgBABgvQoAs70KAAa+CgBZvgoArL4KAP++CgBSvwoApb8KAPi/CgBLwAoAGSYLAHiIDAAAAAAAvYsAANp0AQAYHgIALCcCALALBQCZ6AEA7OgBABgeAgD6YggAShIBAJnoAQBrKwwAuvoNAKdHAAC9iwAAEIwAAOSbAgA3nAIAQJEAACWCAQB7UAMA2nQBAC11AQBF9AEAmegBAC8XCwA6AgcApLYNAPe2DQCs/QEAm4QAACKmAQDUHQAAGSYLAHiIDAAAAAAAvYsAANp0AQAYHgIALCcCABkmCwDEugUA9pIIAEmTCADxDQAARA4AAOy3CAAYHgIAIq0AAO2QAADs6AEAGB4CAPpiCABKEgEAmegBANmUCgDTWQUA8Q0AAJnoAQBZawoACD8BAHReDQBCCgQAWegEAAZQAgB7UAMAmegBAOzoAQA/6QEA7oQAAP95CADTGwIAGB4CAHtQAwCZ6AEAXm0NABgeAgCZ6AEAKlMLAEQOAADstwgAGB4CACKtAACrFwAA7ZAAAK1LAQCo0wIAftkCAH5xBQDRcQUAJHIFAHdyBQDKcgUAHXMFABdMCQAZJgsAeIgMAAAAAAC9iwAA2nQBABgeAgB0Xg0ALXUBAEX0AQCZ6AEAGSYLAMS6BQA+4AQAkeAEAOTgBAA34QQAiuEEAN3hBAAw4gQAg+IEAOSUAwDtkAAAAUcAAJuEAABZ2gYA5wEHABgeAgB0Xg0ALXUBAO8lAACIIgsAmegBAAYYCgBZGAoArBgKAHc7AQDvJQAAiCILANsiCwAuIwsAgSMLAJuEAADadAEASgsCAJuEAABuBwwA+MYJAEvHCQAtdQEABXALAPPSBACwNAsAwU0CAPENAAAdLgMAm4QAAFUtAgAvywkADBwLABxVCwDxDQAAsWcCAJnoAQCJwwoAECsCAGMrAgC2KwIAURgAAK3VBQAA1gUABN0JAFfdCQCq3QkA/d0JAFDeCQCj3gkA1B0AACceAAB6HgAAzR4AACAfAABzHwAAShIBADiXAQASsgMArP0BAGqDDQCvqAgAm4QAAPmYAgDadAEALXUBAL4rDACCywkA1csJACjMCQB7zAkAzswJACHNCQB0zQkAx80JABrOCQBtzgkAwM4JABPPCQBmzwkAghcLAIpyCADdcggAMHMIAL2LAADnAQcA9pIIAEmTCABz/AQAWdoGAJnoAQC9iwAA5wEHAAAAAADFVAYAmegBAGsrDAB+cQUA0XEFACRyBQB3cgUAynIFAK+oCABTAAAASgsCAKsXAADtkAAAAUcAAMXRAADFVAYAGB4CAH0/AgBKCwIARfQBAEOBCQCWgQkA6YEJADyCCQCPggkA4oIJACwnAgDxDQAAkaIBANQdAADxDQAAqNMCAEX0AQBDgQkAloEJAOmBCQA8ggkAj4IJAOKCCQA1gwkAiIMJANuDCQAuhAkAgYQJAOzoAQCIIgsAGB4CAF5tDQAYHgIAmegBACpTCwDUHQAAJx4AAHoeAADadAEAIq0AAO2QAACJwwoA3MMKAC/ECgCCxAoAfT8CAJB2CQD+FwAAxdEAAK+oCAAcVQsA8Q0AALFnAgAvywkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAFPWBQCm1gUA+dYFAEzXBQCf1wUA8tcFABkmCwBZ2gYA5wEHABgeAgAsJwIA8Q0AAJGiAQCZ6AEA7OgBAIgiCwDbIgsALiMLABhVBgBrVQYAvlUGAJnoAQBrKwwAIq0AAFMAAACZ6AEAPuAEAJHgBADk4AQAN+EEAIrhBADd4QQAMOIEAIPiBADklAMAN5UDAIqVAwDdlQMAMJYDAJuEAADadAEA7ZAAAECRAACa4wAAGbgCAPKgAQAAwQgAU8EIAKbBCAD5wQgATMIIAJ/CCADtkAAAShIBAFMAAAA+FwkAGB4CAGseAgAGUAIAe1ADAJnoAQDs6AEAP+kBAJLpAQCE/woA1/8KANmUCgAslQoAf5UKAInDCgAQKwIAYysCALYrAgD2kggASZMIAPENAABEDgAAJYIBAL2LAAABRwAAfnEFAMVUBgDnAQcAwF8NAKsXAAAQKwIAYysCALYrAgCJwwoA3MMKABgeAgCZ6AEAKlMLANQdAAAnHgAAeh4AAKsXAAAQKwIAYysCALYrAgBZawoACD8BAFs/AQD5mAIA2nQBAOcBBwDAXw0AIq0AAJRUBwCZ6AEADBwLABxVCwDxDQAAsWcCAJnoAQDZlAoA/soKAFHLCgB9PwIAkHYJAP4XAADF0QAAxVQGAPGyDAC9iwAAUwAAAJnoAQDs6AEAP+kBAJLpAQCE/woA1/8KAOXpAQDnHQMAxVQGAAQVAgAX1g0AlFQHAJuEAADUaA0AqxcAAO2QAADGSAYA8Q0AAAQVAgBp4g0AvOINABgeAgAsJwIA8Q0AAEQOAAAlggEA+ZgCANPqCADnAQcAOgIHAFnaBgDnAQcAGB4CACwnAgDxDQAAkaIBANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqNMCAMPbAgAQKwIAYysCALYrAgCZsAkA7LAJAD+xCQCSsQkA5bEJADiyCQCLsgkA3rIJADGzCQCEswkA17MJACq0CQB9tAkA0LQJACO1CQB2tQkAybUJABy2CQCZ6AEAVykLAEQOAADpNQgAPDYIAI82CADiNggAXuMIAHf8CQDK/AkAHf0JACT1CgCa4wAAGbgCAAYYCgDxDQAAsWcCAARoAgCs/QEAJYIBAHIPBAASsgMAkAECAJnoAQAZJgsAxLoFAInDCgDtkAAAxdEAAJnoAQA+4AQAkeAEAOTgBAA34QQAiuEEAN3hBAAw4gQAg+IEAOSUAwCo0wIA8qABAADBCABTwQgApsEIAPnBCABMwggAn8IIAPLCCABFwwgAFMoIAAAAAAAAAAAAAAAAAOPQCAA20QgAidEIANzRCAAv0ggAgtIIANXSCAAo0wgAAAAAAAAAAAB70wgAztMIACHUCAAEBwQA0CMGACMkBgDs6AEAiCILANsiCwAuIwsAqNMCAOvmAwA+5wMAsq0OAAWuDgBYrg4Aq64OAJuEAACs/QEAJYIBAEIXDgDs6AEAkR4IAOQeCAA3HwgAicMKANzDCgAvxAoAgsQKANXECgAoxQoAe8UKAM7FCgDtkAAAqxcAAP4XAADtkAAAqxcAAKsXAAD+FwAA7ZAAAKsXAAABRwAAqNMCAMPbAgAW3AIALZAJAICQCQDTkAkAJpEJAHmRCQDMkQkA7OgBAJEeCADkHggANx8IAF5tDQAYHgIAmegBAC8XCwCCFwsAGB4CACwnAgAgZAIAAUcAANMbAgAYHgIAe1ADAJnoAQBi6gwAqNMCAAAAAACZ6AEArP0BAP/9AQDvJQAA7yUAAEImAABAkQAAdF4NAC11AQBF9AEAmegBAGsrDAB+cQUA0XEFACRyBQDnAQcAmegBAF5tDQDstwgAAUcAAJnoAQAZJgsA7yUAAAFHAAAvywkAJPUKAOcBBwAjPw4AJYIBAEIXDgCrFwAA/hcAAHc7AQDvJQAAiCILANsiCwAuIwsAgSMLADecAgBAkQAAmuMAABm4AgDD2wIAFtwCAC2QCQBKEgEAnRIBABktCgBsLQoAvy0KABIuCgCJwwoAECsCAGMrAgC2KwIA5wEHAMPbAgAW3AIALZAJAEoSAQCdEgEAGS0KAGwtCgC/LQoAEi4KAInDCgAQKwIAYysCALYrAgDnAQcAShIBAJ0SAQAZLQoAbC0KAL8tCgASLgoAWWsKAKxrCgD/awoAUmwKAKVsCgD4bAoAS20KACWCAQB4ggEA7XsDAEB8AwCZ6AEAvYsAABgeAgAlggEA9pIIAEmTCADxDQAARA4AACWCAQD5mAIA0+oIANmUCgBCCgQAlQoEAOgKBAA7CwQAjgsEAJnoAQAGGAoAWRgKAAFHAADz0gQAe1ADAJnoAQDs6AEAiCILABgeAgCZ6AEAWWsKAKxrCgD/awoAUmwKAKVsCgD4bAoAS20KAKsJAgD+CQIA9mIDAEljAwCcYwMA72MDAOzoAQCIIgsA2yILAC4jCwCBIwsA2ZQKANNZBQAmWgUA2ZQKACyVCgB/lQoA0pUKAMS6BQBZawoArGsKAP9rCgBSbAoApWwKAPhsCgBLbQoABBUCAHuxAQDxDQAARA4AAEoSAQBZ6AQAVS0CACKtAACUVAcA2nQBAC11AQBF9AEAmegBAFlrCgCsawoA/2sKAFJsCgClbAoA+GwKAEttCgDs6AEAiCILABgeAgCZ6AEAkAgBABS1CwCofw4A+38OAInDCgDcwwoAL8QKAILECgBZawoACD8BACwnAgB/JwIAkR4IAE7hDADtkAAA5wEHAJnoAQDF0QAA2nQBANNZBQBURwAAmegBAAAAAACZ6AEAXm0NABgeAgCZ6AEAC8cMAAAAAACZ6AEAXm0NABgeAgCZ6AEAC8cMAF7HDAAZJgsAxLoFAC8XCwDAXw0AE2ANAKn3BwCccA0A73ANAMBfDQCrFwAAIq0AAFMAAACmAAAA428KADZwCgCJcAoA3HAKAC9xCgBKEgEAWegEANRoDQCM3gEAm4QAAO+aBwBCmwcA7oQAAH0/AgAJEAYAbgcMAEOBCQAMHAsAXxwLALIcCwAFHQsAicMKANzDCgAvxAoAgsQKAKz9AQBqgw0A7ZAAAKsXAACZ6AEA7OgBAIgiCwDbIgsALiMLAIEjCwDZlAoALJUKANRhDgAnYg4AemIOAM1iDgAgYw4AQhcOAOcBBwAEFQIAmegBAGsrDADz0gQAe1ADAJnoAQBrKwwAiG4MAHp3CwDZlAoALJUKANRhDgAnYg4AemIOAM1iDgAgYw4A2ZQKANNZBQCo0wIAw9sCAKh/DgD7fw4AToAOANmUCgAslQoA1GEOACdiDgB6Yg4AzWIOACBjDgBZawoAJYIBAEIXDgCbhAAAIqYBANQdAAD2kggAH4sKAHKLCgCZ6AEAFAkAAKsXAACofw4A+38OAE6ADgDZlAoALJUKANRhDgAnYg4AemIOAM1iDgAgYw4AvYsAABCMAAABRwAAfnEFANFxBQAkcgUA7ZAAAECRAACa4wAAGbgCACWCAQB4ggEA7XsDAEB8AwCZ6AEAKlMLAH1TCwAirQAAlFQHAJnoAQDs6AEAkR4IAOQeCAA3HwgAYuoMALXqDABF9AEAQ4EJAEoSAQCZ6AEA2nQBAC11AQCZ6AEAGSYLANRoDQB7UAMAmegBAF5tDQDvJQAAmegBAGsrDAC6+g0Ap0cAAPpHAABEDgAA7LcIABgeAgAirQAA7ZAAACWCAQB4ggEAIq0AACmeAgB8ngIAz54CAHtQAwCZ6AEA2ZQKACyVCgDUYQ4AJ2IOAHpiDgDNYg4AIGMOAEIXDgDnAQcAmegBAEX0AQBDgQkAShIBAGsrDAC6+g0Ap0cAAEX0AQBDgQkAShIBAPENAACZ6AEAGSYLAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQAvFwsAGB4CAHReDQD5mAIA0+oIACbrCACZ6AEA7OgBAIgiCwDbIgsALiMLAIEjCwDs6AEAiCILABgeAgCZ6AEAe7EBAOcBBwCs/QEAIq0AAJSEDAD+FwAAdzsBAO8lAACIIgsA2yILAC4jCwCBIwsAN5wCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAirQAAda0AAMBZAgATWgIAZloCAOcBBwDAXw0A7yUAAO8lAACIIgsA2yILAC4jCwCBIwsAN5wCAECRAACa4wAAGbgCAGwmCwABRwAAfnEFAEiKCwCzqQEA7oQAAP95CAC9iwAAGB4CAGsrDACIbgwAencLAOzoAQCRHggAF4oMAMJBAgD3qQMASqoDAJ2qAwDwqgMAQ6sDAJarAwDpqwMAPKwDAKz9AQBqgw0A9pIIAEmTCADxDQAARA4AACWCAQD5mAIA0+oIAOcBBwCo0wIAqxcAAP4XAAB3OwEA8f8BAEUPCgCYDwoA6w8KAD4QCgDs6AEAvxEOABCMAACmBgsAAUcAAH5xBQDFVAYA0qMIAAFHAAAvywkAqxcAAPENAABdegEAxVQGANKjCAASsgMAZbIDAPaSCABJkwgAAAAAAL2LAADadAEAGB4CACwnAgAvFwsAGB4CAHReDQD5mAIA0+oIAJnoAQCR9QEA5PUBAOWPAgBFkwMAmJMDAOuTAwA+lAMAkZQDAOSUAwA3lQMAqNMCAPaSCABJkwgAAAAAAL2LAADadAEAGB4CACwnAgCwCwUAmegBAEoSAQCdEgEAGS0KAGwtCgC/LQoAEi4KAFlrCgAIPwEAWz8BAPmYAgDadAEA5wEHAMBfDQDxDQAAmegBAFlrCgCsawoA/2sKAFJsCgClbAoA+GwKAEttCgDxDQAAUwAAAKn3BwCx+AUA7yUAALOpAQAGqgEAWaoBAGLqDADxDQAAsWcCAC/LCQCCywkARwwHAK1LAQAPSwsAqNMCAEX0AQBKEgEARwwHAKsXAAABRwAAm4QAAFUtAgB+cQUAxVQGANKjCACZ6AEA7OgBAD/pAQCIwgAAJYIBAPENAADUHQAA/OIKAPjGCQCs/QEAGuoFAFUtAgCbhAAA75oHAJnoAQAGGAoAvncNABF4DQBkeA0A75oHAKjTAgB9PwIAqO4KAPvuCgBO7woAoe8KANp0AQAsegIAf3oCANJ6AgDtkAAAm4QAAAGSDQCZ6AEAXm0NAOy3CAABRwAAmegBAF5tDQDvJQAAmegBAEoSAQBHDAcAmgwHAJ0SAQAYHgIAQJEAAEoSAQA4lwEAi5cBABArAgCMtAcAL8sJAOcBBwCZ6AEArP0BAHtQAwCZ6AEAGSYLANRoDQD+FwAAdzsBAFRHAACnRwAAIF0DAJnoAQBZawoACD8BAFs/AQAkSAsAd0gLAMpICwBF9AEAmPQBAF5tDQDxsgwAhP8KANf/CgB1ugoAyLoKAJnoAQDs6AEAP+kBAMvpCgAe6goAceoKAMTqCgAX6woAausKAL3rCgAQ7AoAWWsKAKxrCgAGUAIAed0KANQdAAAGGAoAvncNABF4DQBkeA0AIq0AACmeAgBkHg4ARfQBAK+oCAACqQgA2ZQKACyVCgB/lQoA0aEKACSiCgAN+w0ALCcCAHP8BABZ2gYAmegBAAAAAADWCwsAmegBAK+oCACbhAAA1GgNAOcBBwAlggEAQhcOAOcBBwAGGAoAnl8MAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAQVAgCo0wIAS/gCAJ74AgDx+AIAFTsDAGg7AwC7OwMADjwDAGE8AwAZJgsAVS0CABkmCwBVLQIAAAAAADYWCwCZ6AEA5wEHADdyCAC+2AsAEdkLAGTZCwC32QsAqNMCAKz9AQB7UAMAAUcAAC/LCQCT1gIAlFQHAJuEAAAGUAIAr6gIAJuEAAAipgEAmegBAOzoAQA/6QEAkukBAOXpAQC+dw0AEXgNAGR4DQCrFwAAAUcAAJuEAACh2wEAmegBAAYYCgC+dw0AEXgNAGR4DQDFVAYA7LcIABCMAADkmwIALxcLAMBfDQABRwAAL8sJALH4BQABRwAAL8sJAJuEAAAGUAIALCcCAC8XCwDAXw0AAUcAAC/LCQCx+AUAAUcAAC/LCQDxDQAAXXoBALB6AQADewEAVnsBAGPsCgC27AoAmegBAKz9AQB7UAMAmegBACpTCwBdegEAsHoBAAN7AQBWewEAUwAAAAg/AQBbPwEAShIBADiXAQASsgMA1B0AACceAAAsJwIAe7EBAEcaBQCx+AUAAUcAAH5xBQDFVAYAShIBAFnoBADadAEALXUBAGseAgDuhAAA7ZAAAKz9AQCbhAAA7oQAAH0/AgCZ6AEAShIBAJ0SAQDxDQAAsWcCAJnoAQD2kggASZMIACBkAgDvfgsAqxcAAAFHAACZ6AEAPuAEACmeAgB8ngIAz54CACKfAgAlggEAm4QAACKmAQCxZwIARi0EAFlrCgAIPwEAWz8BACRICwB3SAsAykgLAB1JCwCZ6AEAPuAEAJHgBACFOA0A2DgNACs5DQB+OQ0A0TkNACQ6DQCZ6AEAxdEAANp0AQDTWQUAVEcAAJnoAQAGGAoAnl8MAPFfDABEYAwAJloFAD7gBACR4AQAVnoNACKtAADtkAAA8Q0AAJGiAQAEFQIAm88NAO7PDQAPSwsAYksLANp0AQDTWQUAL8sJAOcBBwCZ6AEAxdEAANp0AQDTWQUAVEcAAJnoAQA+4AQAkeAEAFZ6DQCpeg0AvYsAAKz9AQABRwAAL8sJAHxfCwDPXwsANg8MAO8lAACzqQEABqoBAFmqAQDxDQAAmU8LAOxPCwA/UAsAklALAOVQCwDFVAYAxVQGAPGyDABrKwwAfnEFANFxBQAkcgUA5wEHAJnoAQBebQ0A7LcIAAFHAACZ6AEA2ZQKACyVCgBebQ0A7yUAAO2QAADnAQcAwF8NAOcBBwCZ6AEAaysMAH5xBQDRcQUAJHIFAHdyBQDKcgUAHXMFABdMCQD5WQsATFoLAPENAACxZwIAaysMAH5xBQDRcQUAJHIFAOcBBwCZ6AEAXm0NAOy3CAABRwAAmegBANmUCgAslQoAftkCAEiYCQARLAwAImALAHVgCwDIYAsAG2ELAG5hCwDBYQsAFGILAGdiCwC6YgsADWMLAGZuCwC5bgsADG8LAF9vCwB+2QIAfnEFANFxBQAkcgUAd3IFAMpyBQAdcwUAF0wJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAZJgsA7yUAAAFHAAAvywkAJPUKAGsrDACIbgwAencLAKz9AQBqgw0AGSYLANRoDQAnaQ0A2ZQKACyVCgDUYQ4AJ2IOAHpiDgDUaA0AIq0AAO2QAABebQ0A7yUAAJnoAQAGGAoAvncNABF4DQBkeA0AmegBAInDCgDcwwoAL8QKAILECgBEAAIAnl8MAPFfDAASsgMABhgKAJ5fDADxXwwAErIDAInDCgDcwwoAURgAAAYYCgC+dw0AEXgNAGR4DQC+dw0AEXgNAGR4DQDtkAAA2nQBAPmYAgDT6ggAmegBAL2LAAAQjAAAQsUBAJXFAQDoxQEAO8YBAI7GAQDhxgEANMcBAIfHAQD2fQsASX4LAJx+CwCZ6AEAvYsAABCMAADF0QAABQkCAFgJAgAvywkA5wEHAJnoAQAGGAoAnl8MAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAO8lAABCJgAAQJEAAJrjAAAZuAIARfQBAJj0AQDnAQcAmegBAInDCgDcwwoAL8QKAILECgBEAAIAnl8MADjqAQCL6gEA3uoBADHrAQCZ6AEAKlMLAH1TCwAirQAAIq0AAO2QAADxDQAAxdEAAAUJAgBzFw0AxhcNAInDCgDcwwoAL8QKAILECgBEAAIAnl8MADjqAQCL6gEA3uoBADHrAQCE6wEAnl8MAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAOcdAwAAAAAAqxcAAOcdAwA6HgMAaysMAIhuDAB6dwsAPuAEAJHgBADk4AQAN+EEAIrhBADd4QQALxcLAIIXCwCKcggAXm0NABhVBgBrVQYAWWsKANp0AQAtdQEAKlMLAPszDQBONA0ABlACAPaSCABJkwgAc/wEAMb8BAB9UwsAIq0AACKtAADtkAAA7ZAAAKz9AQBqgw0AGSYLAKz9AQAlggEAc/wEAFnaBgCZ6AEAWWsKAAg/AQBbPwEATo4MAKGODAD0jgwAR48MAJqPDABebQ0A7yUAAJnoAQC9iwAAEIwAAOSbAgA3nAIAipwCAN2cAgAwnQIAg50CAInDCgCM3gEAdzQCAH5xBQDtkAAA8Q0AAJnoAQBebQ0A7yUAAJnoAQC9iwAAEIwAAOSbAgA3nAIAipwCAN2cAgAwnQIAg50CAInDCgCM3gEAdzQCAKsXAAD+FwAAlpYGAO2QAAABRwAA5yQCADolAgCNJQIAkAgBAJnoAQBebQ0ArP0BAHuxAQBHGgUAsfgFAAFHAACZ6AEADBwLAF8cCwCyHAsABR0LAInDCgDcwwoAURgAABkmCwBVLQIAqC0CAPstAgBOLgIAoS4CAPQuAgBHLwIAShIBAEcMBwABRwAAVEcAABxVCwDnAQcAmegBAEIXDgDnAQcAmegBAFgkCgDFVAYAGFUGAAFHAAB+cQUAxVQGANKjCACo0wIAvYsAABCMAADF0QAAGNIAAGseAgABkg0AkvAAAK/ZAQBYJAoAqyQKAF5tDQDSowgAmegBABkmCwDEugUAWCQKAKsXAAD+FwAAlpYGAO2QAABYJAoAqyQKAPmYAgBMmQIAn5kCAPKZAgDZlAoALJUKAIB1AQDFVAYA8bIMANA/AgDF0QAA2nQBANNZBQBURwAA89IEAB+LCgABRwAAVEcAAHtQAwCrCQIA/gkCAFEKAgCkCgIA9woCAOzoAQA/6QEA75oHAPENAACJwwoA5x0DABkmCwDpZQ0APGYNAI9mDQDiZg0ANWcNAC11AQBF9AEASIoLAO8lAABCJgAAQJEAACwnAgCrFwAAIq0AAO2QAABi6gwA+P0NABkmCwB4iAwA/3kIAL2LAACbhAAA75oHAKsJAgD+CQIAkAAOAOMADgAFCA4AWAgOAKsIDgD+CA4AUQkOAKQJDgD3CQ4ARi0EANmUCgD+ygoAUcsKAInDCgDcwwoAL8QKAILECgBYJAoAAUcAAPPSBAAfiwoA7ZAAAFgkCgDvJQAAs6kBAO+aBwDxDQAA1B0AAFgkCgAFcAsA89IEAB+LCgABRwAAVEcAAHtQAwDVxAoAP+kBAO+aBwDxDQAAZbkCAKjTAgCo0wIA6SALADwhCwCPIQsA4iELADUiCwCQFQsA4xULAF5tDQAYHgIAmegBAInDCgDtkAAAm4QAAAZQAgCZ6AEABhgKAFkYCgDnAQcAmegBAF5tDQDvJQAAmegBANmUCgAslQoAqH8OAE2bAAAvFwsAAQ8IAO2QAADxDQAAmegBAInDCgDcwwoAL8QKAILECgBEAAIAnl8MAPFfDAASsgMAVxUCAB+LCgByiwoAxYsKABiMCgBrjAoAvowKABGNCgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAftkCAH5xBQDRcQUAJHIFAOcBBwCZ6AEAXm0NAOy3CAABRwAAmegBAMXRAAAFCQIA2nQBANNZBQB+cQUALXUBAEX0AQCZ6AEA7OgBAIgiCwAYHgIAmegBAF5tDQAYVQYAa1UGAAhoBwBbaAcArmgHAAFpBwBUaQcARfQBAEX0AQAYHgIALCcCAEX0AQD4xgkAVS0CAC/LCQDtkAAAQJEAAJrjAAAZuAIAUwAAAPSjCQBHpAkAAUcAAL4rDAARLAwAW0UMAK5FDABvRw0AwkcNABVIDQBoSA0A8Q0AAJnoAQDs6AEAP+kBAJLpAQDl6QEA9pIIAEmTCADxDQAAmU8LACWCAQABRwAAmegBACpTCwB9UwsAb0cNAMJHDQAVSA0AaEgNAAAAAABfFQwAmegBAOzoAQA/6QEAkukBAKniCgAGGAoAvncNABF4DQBkeA0A0qMIAO2QAAAqUwsA1B0AAFAjDACjIwwA9iMMAJnoAQBebQ0AaysMAL4rDADaJwwALSgMAIAoDADTKAwAJikMAHkpDACZ6AEAXm0NACWCAQAlggEAQhcOALH4BQABRwAAfnEFAC11AQD5AAAATEwNAPENAACZ6AEAt9IMALIVDAABRwAAvYsAAFMAAAAirQAAda0AAMBZAgATWgIAZloCAEoSAQCdEgEAGS0KAGwtCgC/LQoAEi4KAJuEAAAGUAIA5wEHAAEPCADF0QAAqxcAACKtAAB1rQAAwFkCABNaAgBmWgIAAUcAAC/LCQB8XwsAxJALABeRCwBqkQsAvZELABCSCwBjkgsA1B0AAPENAAAAAAAAAAAAAAAAAAA+4AQAkeAEAOTgBADnMQwAOjIMAI0yDADxDQAARA4AACWCAQBCFw4ABBUCACWCAQB4ggEAJsgNAC11AQDvJQAAxdEAAAUJAgBtXw0Am88NAECRAACa4wAAGbgCAOcBBwDAXw0ArP0BAP/9AQDhGQIA89IEALA0CwADNQsA+ZgCAEyZAgCfmQIAcg8EAOcBBwA6AgcApLYNAH5xBQDFVAYA0qMIAJnoAQDF0QAABQkCAG1fDQDnHQMALXUBAEX0AQAvFwsAwF8NABNgDQBmYA0AuWANAAxhDQBfYQ0AsmENAH5xBQDFVAYA0qMIAJnoAQDF0QAABQkCAG1fDQDnHQMALXUBAEX0AQAqUwsAfVMLANp0AQDTWQUAL8sJAHxfCwCo0wIAaysMAL4rDAARLAwAW0UMAK5FDAABRgwAVEYMAKdGDADs6AEAP+kBAJLpAQDl6QEA+VIMACoxBAB9MQQALEIKAB+LCgCd6AYAAQ8IAOy3CAABRwAAmegBAAAAAADAXw0AQJEAAJrjAADt4wAAAAAAAAAAAAAqUwsAfVMLANp0AQDTWQUAL8sJAHxfCwDXMAQAngwMAPEMDADADA0A7OgBAJEeCADkHggANx8IAAAAAACRVQwA8qABAO8lAACzqQEABqoBAE/IAgCo0wIABhgKAJ5fDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAmAgLAOsICwD2kggASZMIAHuxAQBHGgUAsfgFAAFHAAB+cQUAxVQGANKjCACZ6AEA2ZQKACyVCgCtSwEAD0sLAGJLCwC1SwsACEwLAFtMCwCuTAsAAU0LAFRNCwCnTQsA+k0LABkmCwDEugUAicMKANzDCgCWlgYAYuoMAAdEAgBaRAIArUQCAABFAgCZ6AEABhgKAJ5fDADxXwwARGAMACZaBQA+4AQAkeAEAFZ6DQCpeg0A/HoNAEoSAQBZ6AQA2nQBAC11AQDnHQMALXUBAEX0AQCZ6AEA2ZQKACyVCgCbgwwA7oMMAPJMDQBFTQ0A0xsCAEGEDABGLQQAAAAAAJnoAQC9iwAAEIwAAM8MCwAiDQsAdQ0LAMgNCwAbDgsAbg4LAMEOCwAUDwsAvncNABF4DQBkeA0ArP0BAGqDDQABRwAAxdEAAO2QAADtkAAAqxcAAJnoAQBrKwwAvisMABEsDABTAAAApgAAAPkAAABGLQQAm4MMAO6DDABGLQQAAUcAANMbAgBBhAwARi0EAAAAAACZ6AEAaysMALr6DQDadAEAErIDAGWyAwC4sgMAvisMABEsDAAiYAsAdWALAMhgCwAbYQsAbmELAMFhCwAUYgsAZ2ILALpiCwANYwsAZm4LALluCwAMbwsAX28LALJvCwB9PwIAqO4KAOcBBwCrFwAAECsCAAGSDQA/2wMAkAECAOMBAgCS8AAAr9kBAK4cBgApngIAfJ4CAM+eAgDuhAAAGB4CAPpiCADxDQAAkaIBAC11AQDnHQMAErIDAJABAgD07woA5wEHAJnoAQDZlAoALJUKAAFHAAAvywkAfF8LAM9fCwAYVQYAa1UGAAhoBwABRwAA5yQCAF5tDQDSowgAmegBACpTCwDUHQAAUCMMAKMjDAD2IwwASgsCAJuEAADvmgcAQpsHAJWbBwA+4AQAKZ4CAHyeAgDPngIArP0BAJuEAADuhAAAJYIBAJuEAAB9PwIAjYwLAOCMCwAzjQsAho0LANmNCwAsjgsA9pIIAB+LCgA/NQMAkjUDACT1CgCa4wAAH4sKAFMAAAABRwAAL8sJAAAAAAAAAAAAAAAAAKz9AQBqgw0A7yUAAIgiCwAYHgIALCcCABkmCwDvmgcAQpsHABQJAABnCQAADBwLABxVCwBvVQsAm4QAAO8lAAABRwAAL8sJACT1CgCZ6AEAGSYLAO+aBwBCmwcAFAkAAGcJAAAMHAsAHFULAG9VCwAGGAoAm4QAAO6EAACUVAcAFAkAAGcJAAAMHAsAHFULAG9VCwAGGAoAm4QAAO6EAACUVAcAFAkAAGcJAAAMHAsAHFULAG9VCwByDwQALXUBAF16AQAtdQEAqfcHAJxwDQDvcA0AQnENAJVxDQAAAAAA7OgBAD/pAQCS6QEAdawMAMisDACZ6AEAaysMAL4rDAARLAwAwAwNAH0/AgAAAAAAmegBAGsrDAC+KwwAESwMAMAMDQAqUwsAfVMLANp0AQDTWQUAL8sJAHxfCwBZawoArGsKAF4hDADs6AEAP+kBAJLpAQA+4AQAKZ4CAI+zAgAirQAA7ZAAAMZIBgAlggEAQhcOAOcBBwA8bQwAj20MAOJtDAA1bgwAiG4MANtuDAAvFwsAIz8OAHY/DgBrHgIAVS0CAH5xBQDFVAYA0qMIAEoLAgBKEgEA8Q0AAGsrDAC+KwwAESwMAMAMDQBZawoArGsKAF4hDADs6AEAP+kBAJLpAQAqUwsAfVMLANp0AQDTWQUAL8sJAHxfCwAEFQIABBUCALjGDACZ6AEA7OgBAD/pAQCS6QEA5ekBAL53DQAReA0AZHgNAOzoAQAYHgIA+mIIAEoSAQBebQ0A8bIMANmUCgBF9AEAqxcAAP4XAAAYHgIALCcCALALBQCZ6AEAvYsAABCMAACmBgsA+QYLAEwHCwCfBwsA8gcLAEUICwApWAwAUMkMAKPJDAD2yQwAXxUMAFfCAQBQIwwAoyMMAPYjDACZ6AEADBwLABxVCwBvVQsA2icMAC0oDACAKAwA0ygMACYpDAB5KQwAmegBAAwcCwAcVQsAb1ULAJuEAADuhAAAlFQHAJnoAQAqUwsA1B0AAFAjDACjIwwA9iMMAJnoAQAMHAsAHFULAG9VCwBrKwwAvisMANonDAAtKAwAgCgMANMoDAAmKQwAeSkMAJnoAQAMHAsAHFULAG9VCwAAAAAAodsBAAFHAAC9iwAAGB4CACwnAgBi6gwAUwAAAKYAAABL+AIAnvgCAPH4AgBE+QIABhgKAJ5fDAA46gEAi+oBAN7qAQAx6wEAhOsBAPLzAQD2kggAH4sKAD7gBACR4AQA5OAEAInDCgAQKwIAYysCAAAAAABi6gwAteoMAPj9DQDs6AEAP+kBAJLpAQCp4goAWWsKAKxrCgBeIQwAqNMCAHsDDgA8bQwAj20MAKjTAgCZ6AEAvYsAABCMAADnHQMA01kFACZaBQB7sQEA5e8MAFMAAADadAEA01kFAC/LCQAk9QoA+ZgCANp0AQAtdQEAPzUDAJuEAABuBwwAQ4EJAFlrCgAlggEAm4QAAFUtAgDvJQAAiCILABgeAgBKEgEAmegBACpTCwB9UwsA2nQBANNZBQAvywkAH4sKAHKLCgCZ6AEA7OgBAJEeCAAXigwAaooMAL2KDAAQiwwAY4sMALaLDAAJjAwAGSYLAO8lAAABRwAAL8sJACT1CgAGqQ0AWakNAKypDQD/qQ0AUqoNAKWqDQB53QoAmegBAOzoAQCIIgsA2yILAC4jCwAqUwsAPG0MAI9tDADibQwANW4MAPszDQBONA0ABlACAAFHAAAvywkAGSYLAKz9AQDFVAYAGB4CAAFHAAAvywkAfVMLACKtAAAirQAA7ZAAAPENAACRogEA7yUAAL8RDgA/6QEAkukBAOXpAQA2DwwAiQ8MANwPDACIIgsA2yILAC4jCwAqUwsAPG0MAI9tDADibQwANW4MAPszDQBONA0ABlACAAFHAAAvywkAGSYLAKz9AQDFVAYAGB4CAAFHAAAvywkAfVMLACKtAAAirQAA7ZAAAPENAACRogEA7yUAAL8RDgAvEAwAghAMANUQDAAipgEAmegBAAAAAACZ6AEA7OgBAD/pAQCS6QEAhP8KANf/CgAAAAAA9pIIAB+LCgByiwoAqNMCAAYYCgDGSAYAGUkGAAGSDQA/2wMA1B0AAOcBBwCo0wIA2nQBAC11AQDvJQAAiCILABm4AgBPyAIAosgCAGsrDAC+KwwAESwMAMAMDQATDQ0AsRoNAAQbDQBXGw0A7OgBAD/pAQCS6QEAhP8KANf/CgAGGAoAvncNABF4DQBkeA0A5ekBAPlSDAAqMQQAfTEEAHD9CQCeXwwAsq0OAAWuDgBYrg4Aq64OAFlrCgAlggEAQhcOAJuEAAAipgEA1B0AAPaSCABJkwgAnJMIANInAgBi6gwAV8IBAKrCAQDyoAEAr6gIAPTvCgDGSAYABQkCAG1fDQDnHQMALXUBAEX0AQBPyAIAosgCAGsrDAC+KwwAESwMAMAMDQATDQ0AsRoNAAQbDQBXGw0AsWcCAARoAgDUaA0A5wEHADoCBwAGUAIA5wEHAEoLAgDFVAYA7LcIAO2QAABAkQAAmuMAABm4AgDwuAEAQ7kBACWCAQBCFw4AAUcAAC/LCQBrKwwAm4QAACKmAQCbgwwA2nQBACx6AgDnAQcAmegBAOzoAQA/6QEAkukBAOXpAQAqUwsAfVMLACKtAAAirQAA7ZAAAPENAACRogEA7yUAAL8RDgAjTQwAdk0MAMlNDAAcTgwAb04MAGLqDAC16gwACOsMAPszDQBGQQ0AmUENAOxBDQA/Qg0AFU8MAGhPDAC7TwwAmegBAJnoAQCo0wIAShIBAEoSAQBZ6AQABlACAHtQAwCZ6AEAodsBAPTbAQBH3AEAmtwBAO3cAQBA3QEAqxcAAO2QAAABRwAAyKYBAOcBBwBTAAAAqfcHAOcBBwABRwAAm4QAAO+aBwCZ6AEAaysMAL4rDAARLAwAwAwNAD/pAQCS6QEA5ekBACpTCwB9UwsAIq0AACKtAADtkAAA8Q0AAJGiAQDvJQAAvxEOAMXRAAAFCQIAcxcNAO2QAABAkQAALCcCAGsrDAC+KwwAESwMACKtAACduAEA8LgBAEO5AQAlggEAQhcOAAFHAABrKwwAvisMABEsDAAZJgsA6WUNADxmDQCPZg0A4mYNADVnDQCIZw0A22cNAC5oDQCo0wIAAAAAAAAAAADadAEAErIDAJuDDAAGUAIA7ZAAAFMAAAAIPwEALCcCACBkAgApngIAVS0CAC/LCQAirQAAAAAAAOzoAQA/6QEAkukBAIT/CgDX/woABhgKAL53DQAReA0AZHgNACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQDxDQAAqwkCAKsXAACZ6AEABhgKAL53DQAReA0AZHgNACWyBgB4sgYAy7IGAB6zBgBxswYAxLMGABe0BgBqtAYAxVQGAAFHAABURwAAp0cAACBdAwCZ6AEABhgKAL53DQAReA0AZHgNAKsXAADnAQcAN3IIAC11AQBF9AEAqNMCAAYYCgCeXwwA03QNACZ1DQB5dQ0AzHUNAPENAACbhAAAl+QFAFMAAAAlggEArP0BAMVUBgAYHgIAfT8CANA/AgBAkQAAmuMAABm4AgABRwAA5yQCADolAgCNJQIA3+sLAOcBBwDAXw0A3+sLAJAIAQDtkAAAQJEAAJrjAABKCwIAnQsCAPALAgBDDAIAlgwCAEoLAgDvJQAAs6kBAAaqAQB1ugoAyLoKAAAAAAB+2QIASJgJABEsDABFVAwAP+kBAJLpAQDl6QEAqwkCAKsJAgDtkAAAm4QAANRoDQAirQAAGB4CACwnAgBz/AQAVS0CAH5xBQDFVAYA0qMIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAJ3EAAFUtAgB+cQUAErIDAO8lAACRHggA7ZAAAOcBBwDnAQcAwF8NABNgDQCp9wcAnHANAO9wDQDAXw0AqxcAACKtAAB7UAMA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBTAAAAUwAAACWCAQByDwQAIq0AACmeAgBVLQIAfnEFAMVUBgDSowgAIq0AAJ24AQDljwIABqkNAC/LCQCtSwEAucgKAAzJCgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqxcAAP4XAACWlgYAAUcAAPPSBACwNAsAwU0CAPENAABdegEA7ZAAAKsXAAABRwAAIq0AAJ24AQDljwIARZMDAJiTAwDrkwMAPpQDAJGUAwDklAMAN5UDACp9BQB9fQUA0H0FACN+BQB2fgUAyX4FABx/BQBvfwUA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAvywkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAFHAACbhAAA2nQBAC11AQDtkAAAQJEAACWCAQCbhAAAiMIAABCMAACmBgsAlFQHAOdUBwCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAcg8EAC11AQDnHQMA01kFAH5xBQCbhAAA75oHAHIPBAAHRAIAm4QAAFUtAgB+cQUAxVQGANKjCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAFUtAgCbhAAAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAAGB4CACwnAgDxDQAARA4AAOy3CAAYHgIAIq0AAO2QAADvJQAAs6kBAAaqAQB1ugoAyLoKAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEARfQBAEOBCQCWgQkAe7EBAOcBBwCs/QEAIq0AACKtAACduAEA5Y8CAEWTAwCYkwMA65MDAD6UAwCRlAMA5JQDADeVAwAqfQUAfX0FANB9BQAjfgUAdn4FAMl+BQAcfwUAb38FANp0AQAsegIAf3oCANJ6AgAlewIAeHsCAMt7AgDxDQAAsWcCAARoAgBVLQIAL8sJAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAOoUCwA9FQsA7ZAAAK1LAQCyrQ4ABa4OAFiuDgCrrg4A/q4OAFGvDgCkrw4A7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEA6hQLAD0VCwAirQAAnbgBAPC4AQBDuQEAJYIBAEIXDgABRwAAfnEFAMVUBgDSowgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEA6hQLAD0VCwB+cQUA0XEFACRyBQB3cgUAynIFAB1zBQBwcwUAIWwLAHRsCwDHbAsAGm0LAG1tCwDAbQsAE24LAPJNAQDqFAsAPRULAL2LAAAQjAAApgYLAJRUBwDnVAcAOlUHAI1VBwDgVQcAM1YHADdyCADFVAYA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEA6hQLAD0VCwDxDQAAcrwDAMW8AwBCFw4ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQDqFAsAPRULAD/bAwCS2wMA5dsDADjcAwCL3AMA3twDADHdAwCE3QMA190DACreAwB93gMA8k0BAOoUCwA9FQsA7yUAACWCAQB7UAMAxdEAAAUJAgB7UAMA8Q0AAHK8AwDFvAMAQhcOAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEA6hQLAD0VCwC04gMAB+MDAFrjAwCt4wMAqNMCAFRHAAAG/A0AWfwNAKz8DQAYHgIA+mIIAMXRAAAFCQIArP0BACWCAQCZ6AEABhgKAJ5fDAA46gEAi+oBAN7qAQAx6wEAhOsBAAAAAACZ6AEA9pIIAEmTCAAgZAIA734LAEJ/CwCVfwsA6H8LACpTCwCUhAwA54QMADqFDACNhQwA4IUMADOGDAAqUwsAlIQMAOeEDAA6hQwAjYUMAOCFDAAzhgwABhgKAJ5fDAA46gEAi+oBAN7qAQAx6wEAhOsBAGLqDAD4/Q0AGSYLAHiIDAD/eQgAvYsAAJuEAAAZJgsAeIgMAP95CAC9iwAAm4QAAO+aBwCZ6AEAYuoMAPj9DQBL/g0Anv4NAPH+DQBE/w0Al/8NAOr/DQA9AA4AvYsAACWCAQAlggEAmegBAC8XCwCCFwsA1RcLACgYCwB0Xg0ALXUBAEX0AQCZ6AEA2ZQKANNZBQAvywkAgssJAPENAADtkAAA7yUAAAFHAACZ6AEAPuAEAJHgBADk4AQAGwANAG4ADQDBAA0AFAENAEX0AQCvqAgAAqkIAJnoAQA+4AQAkeAEAOTgBAAbAA0AbgANAMEADQAUAQ0AiMIAAPENAADUHQAA5wEHAJnoAQCs/QEAe1ADAKjTAgBXwgEAS/4NAFkYCgDnAQcAmegBAF5tDQDvJQAAmegBANmUCgAslQoAqxcAAO2QAABAkQAAmegBAAYYCgCeXwwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BACpTCwD7Mw0ATjQNAFdoAgCqaAIAmegBAGsrDADz0gQAsDQLAAM1CwBWNQsAYuoMALXqDAAZJgsArP0BAMVUBgD5mAIA0+oIAAYYCgCeXwwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAMXRAAAFCQIAcxcNAMYXDQBrKwwAuvoNAKdHAABragMAghcLABgeAgAsJwIAIGQCAAFHAACZ6AEAPuAEACmeAgBkHg4Atx4OAAofDgBebQ0A7yUAAJnoAQBrKwwAuvoNAKdHAADs6AEAiCILACWCAQAlggEAeIIBAMXRAADadAEALXUBAEX0AQCZ6AEABhgKAJ5fDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQC9iwAAGB4CAHReDQAtdQEARfQBAJnoAQAMHAsAXxwLANRoDQDnAQcAJYIBAHIPBAAtdQEARfQBAJnoAQBebQ0A7yUAAJnoAQBrKwwAuvoNAKdHAACoLA4A+ywOAE4tDgChLQ4A9C0OAEcuDgCaLg4A7S4OAEAvDgCTLw4A5i8OADkwDgCMMA4AqwkCAP4JAgCQWg0A1GgNAP4XAAB3OwEAVEcAAKdHAAAgXQMAmegBAAYYCgCeXwwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAF5tDQAirQAAIq0AADjOBQCLzgUA3s4FADHPBQCwCwUA0FMLACNUCwB2VAsAyVQLAKjTAgAAAAAAAAAAAAAAAACZ6AEAicMKAKh/DgD7fw4AToAOANmUCgAslQoA1GEOACdiDgB6Yg4AzWIOACBjDgAZJgsAWdoGAOcBBwB7UAMAm4QAAAZQAgCrFwAAmegBABkmCwBZ2gYA5wEHAFlrCgCrFwAAqH8OAPt/DgBOgA4A2ZQKACyVCgDUYQ4AJ2IOAHpiDgDNYg4AIGMOABkmCwBZ2gYA5wEHAPENAACxZwIABGgCAO+aBwBCmwcARfQBAEOBCQBKEgEAmegBANmUCgAslQoA1GEOACdiDgB6Yg4AzWIOACBjDgCs/QEA//0BAOLxBQDkmwIAJYIBAEIXDgDZlAoALJUKANRhDgAnYg4AemIOAM1iDgCY9AEAmegBAEX0AQBDgQkAloEJAInDCgCofw4A+38OAE6ADgDZlAoALJUKANRhDgAnYg4AemIOAM1iDgAgYw4AUwAAAAg/AQBbPwEA+ZgCANp0AQDnAQcAwF8NAECRAAB53QoAsWcCAPPSBACwNAsAVS0CAC/LCQBF9AEAe1ADAKjTAgC04gMAB+MDAFrjAwCt4wMAxdEAANp0AQDTWQUAVEcAAJnoAQAGGAoAnl8MAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKsJAgD+CQIAaysMAIhuDAB6dwsA9pIIAEmTCABAkQAAH4sKAHKLCgCZ6AEAWWsKAKxrCgBeIQwAUwAAAEoSAQCZ6AEABhgKAL53DQAReA0AAAAAAGR4DQCFOA0AyYUEAFnoBADUaA0A5wEHAJnoAQDs6AEAP+kBAJLpAQDl6QEAxdEAANp0AQDTWQUAVEcAAJnoAQAGGAoAnl8MAPFfDABEYAwAJloFAD7gBACR4AQAVnoNANYLCwApDAsAKQwLAIFvDADyoAEAAMEIAFPBCACmwQgA4R8NADQgDQBTAAAACD8BAFs/AQAkSAsAd0gLAMpICwAdSQsAmegBAD7gBACR4AQAhTgNANg4DQArOQ0AfjkNANE5DQAkOg0Acg8EAEiKCwCbigsAsfgFAHtQAwAirQAAda0AAMXeCgAY3woAa98KAHW6CgDIugoA7ZAAAECRAACa4wAAGbgCAEX0AQCY9AEAm4QAALr6DQCnRwAAIF0DAHNdAwAZJgsAbCYLAL8mCwBrKwwAvisMABEsDABFVAwAP+kBAJLpAQCE/woA1/8KAIhuDAB6dwsAKlMLANQdAADtkAAAaysMALr6DQCnRwAA7OgBAL8RDgASEg4AZRIOALgSDgAqUwsA+zMNAE40DQBXaAIAqmgCAJnoAQBrKwwA89IEALA0CwADNQsA9pIIAEmTCABi6gwAGB4CAB+LCgByiwoAmegBAEoSAQBZ6AQA+ZgCANPqCACIIgsAGB4CAJnoAQBKEgEAnRIBABgeAgAsJwIA2ZQKACyVCgDvJQAAiCILABgeAgBKEgEAWegEAFUtAgB+cQUAxVQGAO2QAACx+AUAOM4FAAFHAAB+cQUAxVQGANKjCACZ6AEA7OgBAD/pAQCS6QEA5ekBAOzoAQCIIgsAGB4CAJnoAQBrKwwAm4QAACKmAQC6+g0Ap0cAACBdAwBzXQMAZ1QNAGBVDQCzVQ0ABlYNAOzoAQA/6QEAkukBAHWsDADIrAwAmegBAGsrDAC+KwwAESwMAJPWAgBg7gMAYL0KALO9CgAGvgoAWb4KAKy+CgD/vgoAUr8KAKW/CgCPrAMA4qwDAIU4DQDYOA0AH8MCAHLDAgBCFw4AdaYBAAjdDgBb3Q4AsWcCAHtQAwB7UAMA5KIBANsGDwAzFxAA5wEHAKE8AACu3Q4AAd4OANsGDwARxA4AmUkAADiBEAAzFxAA5wEHADMXEAAzFxAA5wEHANsGDwB5DRAAMxcQADiBEABF9AEAJx4AAJAIAQA4gRAAkAgBAKsBDwCrAQ8A5wEHAMBfDQAgHwAAkAgBAC7DAACwCwUA4b4OAOG+DgAzFxAAsAsFADMXEABQIwwAP+EOAJLhDgCPWA8ACN0OAFvdDgAGmw8AOIEQABQJAADbBg8AP+EOAJLhDgCQCAEAjNYOAMHrDwAU7A8A4B0PAEX0AQCrAQ8APAUPAI8FDwAI3Q4AW90OALqZDwBKEgEA+P0NAKsBDwBp2w4AqwEPANKjCAD4QhAAj1gPANsGDwCctQ8AMxcQABQJAAAUCQAAmOwOAOvsDgA+7Q4AOIEQAPENAADnAQcAlFQHAOcBBwCY7A4A6+wOADIjEACQCAEAmOwOAOvsDgAyIxAAJx4AAAjdDgBb3Q4AtisCAJnoAQD+ygoA2wYPAKjTAgABRwAAqwEPACx6AgDnAQcA2wYPAGQfAgA/4Q4AkuEOAKsBDwCZ4A4A7OAOAD/hDgCg2A8AP+EOAKDYDwDy5A8AqwEPAHXxDgCR7Q4A5O0OAIzWDgCR7Q4AAAAAAJnoAQCY7A4A6+wOAJjsDgDr7A4AmOwOAOvsDgDl4Q4Aj1gPADNqEACGahAABBUCAJngDgCM1g4AP+EOAJLhDgAEFQIA5wEHAJnoAQA4gRAAmegBANJrEAAO6A4AAnEQANsGDwDbBg8ARi0EAEYtBABGLQQAqNMCAO+aBwBqgw0AMboIAGqDDQAUAQ0AFAENAAFHAADFhAsAU+MPAJLwAADxDQAA8Q0AAP/1DgCs/A0AkvAAAKsBDwDxDQAArPwNAKsBDwCrAQ8AqwEPAKsBDwCrAQ8AjNYOAIzWDgCrAQ8AqwEPAKsBDwCrAQ8AqwEPAKsBDwCM1g4AjNYOAIzWDgCrAQ8AqwEPAKsBDwCM1g4AjNYOANX7DgCM1g4AjNYOAKsBDwCZ6AEAmegBALn/DgBmwQsAmegBADiBEAAYHgIAAMEIAJnoAQDxDQAA8Q0AAKsBDwCrAQ8AJYIBAAJxEACY7A4A6+wOAKjTAgDbBg8AOIEQAPENAADwAw8AmegBANadAgDUHQAAe1ADAK+oCACrFwAA5wEHAKdpBwDnAQcAzA0QANsGDwDbUhAAAnEQAPENAABnTgIAxdEAAMXRAADF0QAAOIEQAMXRAABxKQIAAZINADiBEABnTgIAOIEQAABFAgCUFRAA/QYQAFAHEAASCw8AOIEQABduEABqbhAAsboCAJAIAQA4gRAAL1UOABQJAAA4gRAAUwAAAKsXAADAXw0AEcQOAHtQAwAP1Q8AUwAAAJQVEAAUCQAAFAkAABQJAADxnQ8A2wYPABHEDgCxZwIAe1ADABEXDwBssQMAbpkDALixDwDajwkAi4EQAFnaBgCM1g4AwesPABTsDwDZHg8Ag5YDAJjsDgDr7A4AMiMQAFUlDwCM1g4AOIEQACnjBACKlQMAWFQPAIzWDgCrAQ8AqwEPAJjsDgDr7A4AqwEPADwFDwCPBQ8ARA4AANsGDwARxA4AOIEQAJnoAQDbBg8AAnEQADwFDwCPBQ8AmegBADDiBADgww8AWCQKADiBEAAdcwUAOIEQABdMCQAqNw8A2wYPANkeDwAsHw8AAUcAADiBEACxZwIAQhcOANsGDwB5DRAAkvAAAODDDwCLgRAAqwEPADwFDwCLgRAAqwEPAFhUDwASLgoAwa4AAKz9AQCM1g4AwesPABTsDwCY7A4APuYPAF8VDABZmw8AEcQOAPENAACQCAEAtiMPAHWXDwDIlw8AAUcAAAFHAACM1g4AwesPABTsDwDZHg8ALB8PAAFHAAABRwAAAUcAAAFHAAAXzw4AWzAPAHp3CwDXNg8A2wYPAKsBDwA8BQ8AjwUPAG85DwByCAUAEcQOAPhCEABRywoAi4EQAKsBDwCLgRAAqwEPALpGDwANRw8AYEcPAO2QAACUHA8A5xwPADodDwCNHQ8AiaAPALpGDwANRw8AYEcPABfPDgA2mgQAjNYOAMHrDwAU7A8A2R4PACwfDwAWqwkAOIEQALFnAgB7UAMAOIEQAODDDwARxA4ARi0EAIqVAwAvywkAqwEPADwFDwCPBQ8AKjcPACAfAACM1g4AwesPABTsDwA4gRAAqNMCANkeDwAsHw8AcpkIAAFHAAABRwAAG0UPAG5FDwDBRQ8A2R4PAB1zBQAbRQ8AqwEPAF/5DwCM1g4Ai4EQAKsBDwA8BQ8Ai4EQAEIXDgCZ6AEAAnEQADwFDwCPBQ8AG94FANsGDwB5DRAAOIEQAIEjCwDbBg8AOIEQAM2hBQCrAQ8AjNYOAIuBEAA/4Q4AkuEOAOcBBwClnA8AukYPAA1HDwBgRw8AAnEQADwFDwCPBQ8AERcPALFnAgBCFw4AqwEPADiBEABCFw4AmegBAJnZDwDnAQcA+ZgCAKsBDwA8BQ8AjwUPABfPDgCQCAEA2wYPADiBEACIbgwAEcQOAHndCgCM1g4AqwEPAIzWDgCrAQ8Ai4EQAIuBEACLgRAAqwEPAKsBDwCrAQ8APAUPAI8FDwDZHg8AAnEQAFECDwAOhxAA2wYPANkeDwAOhxAAG0UPAKsBDwCM1g4AwesPABTsDwCM1g4AwesPABTsDwA4gRAAnvAPACT1CgA4gRAAQhcOADiBEACH9wYAEcQOAJnoAQCwCwUAkAgBADiBEAA4gRAAsWcCADiBEACxZwIAOIEQALFnAgCLgRAAqwEPADwFDwCPBQ8AQhcOAKsBDwA8BQ8AjwUPANsGDwAAAAAAeQ0QAHp3CwCM1g4AwesPABTsDwA0Eg8AOIEQAJQVEAABRwAAWKcPAD7mDwBZ2gYArO4PAP/uDwAyIxAAe1ADAKsBDwA8BQ8AjwUPANsGDwDbBg8AqwEPADwFDwCPBQ8A4jYIAAAAAACoeA8A+3gPAE55DwCnaQcAX/kPALL5DwAF+g8AOIEQABfPDgAk9QoARZoCAEIXDgDbBg8AOIEQAA/VDwDkFwkAF88OADiBEADSowgAj1gPAJjsDgDr7A4AP+EOAJLhDgCM1g4AwesPABTsDwA/NQMA2wYPADiBEAA3lQMAqwEPAKsBDwA8BQ8AjwUPAOcBBwAgHwAAqwEPAJjlDwCrAQ8APAUPAI8FDwChchAAAAAAAIzWDgDB6w8AFOwPANsGDwDZHg8ALB8PABHEDgDbBg8AqKkIAODDDwARxA4A8BIBAAAAAAA4gRAA4MMPABHEDgDwEgEAmYYPAIzWDgDB6w8AFOwPAFLvDwBRAg8AOIEQANKjCACrAQ8APAUPAI8FDwA4gRAAe1ADANLFDwCZ6AEA+ZAPAKsBDwCS8AAAPDYIAAFHAADbUhAAe1ADALALBQA4gRAAQJEAAD/aDwA/NQMABVQPAJnoAQCZ6AEA2wYPADIjEABVcRAAkAgBAI9YDwCZ6AEAupkPANNZBQDZHg8ALB8PAAVUDwAtdQEAmYYPAOyGDwA/hw8A5wEHAAAAAAAAAAAAAAAAADiBEADgww8AAAAAAAAAAAAAAAAAupkPAJAIAQA4gRAAlBUQAODDDwDnAQcAqwEPAFhUDwBYVA8AqwEPAFECDwBPyAIAd3gQAMHrDwAU7A8A2R4PACwfDwD4QhAAAnEQAFECDwBGLQQAjNYOAN/WDgBGLQQA7ZAAAAFHAACs2gYAOIEQAJuEAACs2gYAi4EQAAWnDwAFVA8AmOwOAOvsDgDl4Q4A2R4PACwfDwA4gRAAe1ADAKsBDwA4gRAAN5UDAJnoAQCrAQ8APAUPAI8FDwCIrA8A26wPAEYtBABGLQQAOIEQADeVAwA3lQMAMOIEAJnZDwARxA4AAAAAADiBEAA4gRAA7ZAAANsGDwA3lQMAnvAPAJnoAQA4gRAAnLUPABQJAAD23gkARfQBANO5DwAmug8AUwAAAFMAAAAdcwUA2wYPAJnoAQA4gRAAOIEQAKsXAACM1g4AwesPABTsDwDHUA8AgSMLAIOWAwCrAQ8APAUPAI8FDwBi6gwAmOwOAD7mDwDz2A8AnLUPANKjCACctQ8AnLUPAOcBBwCrFwAAmOwOAD7mDwDr7A4AjNYOANsGDwCctQ8A77UPAEK2DwD4QhAAT8APAHzpDwCrAQ8AN5UDANsGDwCYwwgAZ8oIAAAAAACQnw8A458PAAAAAAAAAAAAdNQIAHYkBgCBIwsA2wYPADiBEAA4gRAAP9oPAAFHAADbBg8AOIEQAPj9DQDbBg8AkAgBAJnoAQCrAQ8APAUPAI8FDwA4gRAAmegBADiBEACZ6AEAOIEQAJAIAQA5zw8AkAgBAJnoAQA4gRAAFAkAADnPDwAUCQAAnvAPANKjCAA5zw8AqNMCAAAAAAB7UAMA388PAHtQAwA4gRAAnvAPACKQEADbBg8AIpAQADiBEAAikBAAqwEPADwFDwCPBQ8AOIEQAPj9DQCQCAEAEcQOAPENAADxDQAAEcQOAEIXDgCe8A8AqNMCAIzWDgDB6w8AFOwPAKsBDwA8BQ8AjwUPAJnoAQAsJwIAOIEQAJnoAQA4gRAA2wYPADPEDwCZ6AEAmegBALALBQAm6wgA+EIQANsGDwAUCQAAOIEQADnPDwCZ6AEAP+EOAJLhDgACJQ8A+P0NAGJLCwDbBg8AAUcAAPmYAgABRwAAAnEQADwFDwCPBQ8A2wYPAFriDwDnAQcAe1ADAB1JCwCo0wIAmDgQAD7mDwCsqgEAmegBAPENAAAAAAAAed0KAAAAAACg2A8Au+APAA7hDwBh4Q8AOIEQAAJxEAA8BQ8AjwUPAJnoAQAUCQAARi0EAEYtBAD4QhAAmegBAIzWDgCZ6AEA2wYPAKjTAgDbBg8AtDwDAJQVEACUFRAAYuoMANsGDwA4gRAAmegBAJjsDgDr7A4AAnEQADwFDwCPBQ8AAnEQAJnoAQDnAQcAOIEQAOcBBwC04Q8AY+wKANKjCAAUCQAA+EIQAJktBACjWhAAqXoNAJLwAAA4gRAAP+EOAJLhDgA4UQsAmDgQAH+VCgCZ6AEAx/YPAJnoAQB/lQoAeBkQAG33DwCybwsAV8IBAIzWDgDB6w8AFOwPAJnoAQA4gRAAOIEQAAJxEACxZwIAsWcCAAJxEAACcRAA5wEHAG/mDgDC5g4AnfwPALrzDgCM1g4AqwEPAFECDwDr9AEAGSYLAJGiAQCR7Q4AjNYOADoeAwBXwgEAMOIEAN1yCAC+VQYARfQBAAFHAAAZ/QQA5wEHADiBEABCFw4AfTAQANadAgDKNAIA1p0CAMo0AgCaLwIAWCQKAIuBEABFmgIAOIEQABQJAACZ6AEADfQOANQdAAA6HgMA0msQAJnoAQA4gRAA+EIQACOEEACZLQQAOIEQAKjTAgCo0wIAqNMCAKjTAgDbBg8A2wYPAEvwDwBRAg8ADe0PABQJAAABRwAAsWcCAIzWDgDB6w8AFOwPAKdpBwCrAQ8AT8gCAHgZEABt9w8Au0gNAJjsDgDr7A4Au0gNALIVDACY7A4Ab98PAAJxEACY5Q8AOIEQAJnoAQDvJQAA7yUAAEX0AQBKCwIA4b4OAKITEADf6wsAeQ0QAJnoAQA4gRAAmegBAM9fCwAuABAAXxUMAJnoAQCZ6AEAmegBAOAyDADLggEAiCILAE9mEACrAQ8ARfQBAFY1CwBPZhAAqNMCAE9mEACo0wIA2wYPAJnoAQCZ6AEAeBkQAG33DwA4gRAAmOwOAOvsDgAyIxAAcosKAJnoAQCZ6AEAmegBAAIlDwCZ6AEAsBEQABMNDQDxDQAA5FUMAD/hDgDbBg8AjNYOAD4JCwB/lQoAoXIQAAAAAAB/lQoAn0wNAOUtEACYTQ0AOC4QAI9YDwB16g8AAnEQAFECDwB4GRAAwAwNAOG+DgCPWA8A5S0QAI9YDwA4LhAAj1gPAHgZEABt9w8AWPoPAFMAAAABDwgAAUcAAKbqDgDxDQAAmegBAH+VCgBt9w8AmegBAPPYDwB9PwIAFicQAJtnEADuZxAAe1ADAHKLCgDnAQcAmegBAJnoAQCZ6AEAOIEQAMJVCwDCVQsAwlULAMJVCwBF9AEARfQBAOhxDQCZ6AEAmOwOAAA2EAB4GRAA4GkQAJnoAQB4GRAAEw0NAJnoAQAzFxAATh8QAJjsDgChHxAAmegBAA8oEABiKBAAJmAQALUoEACZ6AEAmegBAHgZEAATDQ0AMxcQAE4fEACY7A4AoR8QAJnoAQC4xgwAuj8QAJjsDgDr7A4AAnEQAFECDwCZ6AEAmDgQAPhCEAD4QhAAkvAAANboDwAGQRAAfOkPAKrCAQDCVQsAwlULAMJVCwDCVQsAmegBABYnEAAZCg8Ake0OANbvDgByiwoAGwANALYrAgCY7A4Ab98PADMXEADbBg8ADygQANsGDwD4QhAAqNMCAN/rCwDf6wsAmegBAIEjCwAPKBAAYigQAOcBBwDnAQcAEhIOAJjsDgDr7A4AgSMLAA8oEABiKBAA5wEHAOcBBwASEg4AqRIQAPwSEACY7A4APuYPAPLkDwAAAAAA2wYPADiBEADbBg8AT8gCAKsBDwB4GRAAqhsNAJjsDgA+5g8A4lEQAIdeEAACcRAAmOUPAKjTAgDr7A4AMiMQAC/LCQA4gRAAJSgCAFMAAABPZhAAeBkQAKobDQABRwAAqwEPAOcBBwCZ6AEAmOwOAOvsDgASEg4ACOsMAKjTAgCo0wIA8qABAPKgAQDyoAEA8qABAKjTAgDbBg8A8qABAJnoAQCZ6AEAmegBAAAAAAAAAAAAeBkQAOBpEACY7A4A6+wOABISDgDGFw0AOIEQAHgZEAAvywkAOIEQAHgZEADSaxAA2wYPAJnoAQCZ6AEAe1ADAKsXAADnAQcA7ZAAAJnoAQAWJxAAm2cQAO5nEABBaBAAlGgQAOdoEAA6aRAAqNMCAJjsDgA+5g8A2RcQAAJxEAA8BQ8AmeAOAP4JAgCiExAAeGwQAMtsEAAebRAAcW0QAAJxEABRAg8AvbQGAAJxEADbBg8AXHAQAKjTAgBCFw4A5wEHAKsBDwD4QhAAkAgBAHkNEACQCAEAeQ0QAD/hDgCg2A8AkAgBAJnoAQB4GRAAbfcPAJjsDgDr7A4A/gkCAIhSEACIUhAA/gkCAIzWDgCM1g4AjNYOALpGDwCM1g4AjNYOAIzWDgCM1g4AP+EOAKDYDwCM1g4AukYPAIzWDgC67A8AjNYOALrsDwCM1g4AuuwPAF/5DwC67A8AjNYOALrsDwCM1g4AuuwPAPUaDwC67A8AjNYOALrsDwCUHA8A5xwPAD7tDgCZ6AEAmegBAKjTAgDbBg8AqxcAAEIXDgCR7Q4A8PwPAIsuEACLLhAAke0OAOTtDgDvmgcA14IQAKjTAgCo0wIA8Q0AAPENAABJDw8A2wYPAKrCAQCM1g4AOIEQAAjrDAA4gRAAjNYOABHEDgA4gRAAEcQOAIzWDgDB6w8AEcQOAK2IEAAAiRAAjNYOAKjTAgDO9Q8A2wYPAJnoAQCZ6AEAmegBACKQEACZ6AEAmegBAJnoAQAikBAAmegBAJWbBwAikBAAOIEQACBjDgCZ6AEAmegBACKQEADbBg8AlBwPAOccDwA6HQ8AjNYOAPJNAQAzFxAATh8QAJnoAQACcRAAUQIPAJjsDgDr7A4AMiMQAKl6DQB8DAsA1FMQAKNaEABCFw4A0N0PAKDYDwDy5A8AXxUMAKsBDwCY5Q8AXxUMADiBEADvmgcANBIPAETxDwB4GRAAbfcPAJjsDgA+5g8A4lEQADiBEAARxA4AVjULAKsXAAA4gRAA0qMIAJjsDgDr7A4AMiMQAJuDDAA0Eg8AEWMQAJjsDgAANhAAeBkQAMAMDQA4gRAA","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAAAAgAMAAAAAAACAAQAAgAMAAIACAACAAwAAgAAAAIADAAAAAAAAgAEAAAAAAACAAwAAgAMAAAADAACAAwAAAAEAAIADAACAAwAAAAEAAAAAAACAAwAAgAAAAIADAACAAAAAgAEAAIADAACAAAAAgAAAAIADAACAAwAAAAIAAIADAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAACAAQAAgAIAAIABAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIAAAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIACAACAAwAAAAMAAAAAAACAAQAAgAAAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAIADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAACAAAAAAIAAQAABgAACAAAAACACAdgQAEAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAACggAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAQAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAEAAAAAAAAAAAAAAAEAAAACAAAAAEAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAEUAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAACAAAAABAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQACBgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAgAAAAAAAAAAAIAEAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAAiAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAgAAAAACAAEAAAYAAIgAAAAAgAgHYECBAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAEAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAgAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAgAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAIAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAARAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAGAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdwQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAIAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQ"},"index":{"lists":[[11,12,91,93,94,95],[1,2,4,5,6,7,8,11,12,13,14,35,36,37,38,39,42,43,44,45,48,49,50,51,52,53,54,55,56,57,58,59,63,68,69,71,72,73,74,75,76,77,78,79,80,81,82,86,87,88,89,91,93,94,95,99,104,105,132,135,136,138,149,150,151,153,154,155,156,157,158,166,169,179,180,184,185,188,197,198,202,206,208,209,210,211,213,215,216,218,219,222,223,224,225,239],[1,2,4,5,6,7,8,11,12,13,14,35,36,37,38,39,41,42,43,44,45,48,49,50,51,52,53,54,55,56,57,58,59,63,64,68,69,71,72,73,74,75,76,77,78,79,80,81,82,85,86,87,88,89,91,93,94,95,99,104,105,111,132,135,136,138,149,150,151,153,154,155,156,157,158,166,169,179,180,181,184,185,188,197,198,202,206,208,209,210,211,213,215,216,218,219,222,223,224,225,228,229,230,239],[11,12,61,84,91,93,94,95,187,228,245],[11,12,91,93,94,95,123,124,125,231,232,233,234,235,236,237],[4,5,11,12,91,93,94,95],[11,12,60,62,91,93,94,95],[11,12,91,93,94,95,219,238],[8,11,12,73,91,93,94,95,104,105,130,131,219,224,225],[8,11,12,91,93,94,95,123,124,125],[8,11,12,59,66,71,74,78,79,91,93,94,95,115,123,124,125,126,143,157,158,160,164,172,174,180,182,183,184,185,196,203,204,205,212,239],[11,12,21,22,23,29,30,91,93,94,95,103,163,176,218],[11,12,91,93,94,95,127,251],[10,11,12,91,93,94,95],[1,8,11,12,14,91,93,94,95,123,124,125,152,165,206,210,211,239],[8,11,12,16,91,93,94,95,123,124,125,129,152,206,210,211,239],[8,11,12,38,91,93,94,95,123,124,125,152,188,206,210,211,223,239],[4,8,11,12,24,91,93,94,95,123,124,125,152,153,175,206,210,211,227,239],[0,2,7,8,9,11,12,27,28,31,32,88,91,93,94,95,123,124,125,146,152,153,159,162,188,190,206,207,210,211,214,217,220,239,240,243,246,247,250,252],[3,8,11,12,15,18,27,31,32,34,41,44,45,67,70,89,90,91,93,94,95,99,101,107,108,110,116,123,124,125,128,133,136,139,146,152,153,161,168,170,171,177,188,189,200,206,210,211,239,248,253],[8,11,12,91,93,94,95,123,124,125,152,206,210,211,239],[8,11,12,91,93,94,95,123,124,125,152,153,206,210,211,239],[8,11,12,13,91,93,94,95,123,124,125,152,206,210,211,239],[8,11,12,91,93,94,95,123,124,125,152,206,210,211,239,244],[8,11,12,87,91,93,94,95,123,124,125,152,153,206,210,211,229,239,241,242],[8,11,12,82,90,91,93,94,95,102,106,117,123,124,125,148,152,192,206,210,211,229,239],[8,11,12,17,41,91,93,94,95,101,109,123,124,125,138,139,152,167,206,210,211,239],[7,8,11,12,33,65,91,93,94,95,123,124,125,152,153,206,210,211,239],[8,11,12,17,47,91,93,94,95,123,124,125,138,152,206,210,211,239],[8,11,12,19,20,40,52,91,93,94,95,100,112,114,118,123,124,125,134,140,141,142,144,145,147,152,156,173,178,179,191,194,199,201,202,206,210,211,221,226,239],[8,11,12,14,55,91,92,93,94,95,123,124,125,152,206,210,211,239],[5,8,11,12,91,93,94,95,123,124,125,152,206,210,211,239],[8,11,12,17,91,93,94,95,123,124,125,152,206,210,211,239],[11,12,91,93,94,95,98,113,119,120,121,122,137,193,195,249],[11,12,63,91,93,94,95],[8,11,12,25,26,91,93,94,95,123,124,125,206,210,211,239],[11,12,35,91,93,94,95],[11,12,36,37,39,42,43,91,93,94,95],[11,12,46,50,51,53,91,93,94,95],[11,12,49,72,91,93,94,95],[11,12,49,91,93,94,95,96,97],[11,12,49,73,75,91,93,94,95],[11,12,49,91,93,94,95],[11,12,54,56,58,72,91,93,94,95,213],[11,12,57,91,93,94,95,155],[11,12,72,91,93,94,95,213],[11,12,73,75,81,91,93,94,95,230],[11,12,75,91,93,94,95],[11,12,80,86,91,93,94,95,213,230],[11,12,83,91,93,94,95,186],[11,12,91,93,94,95,154],[11,12,91,93,94,95,213],[11,12,91,93,94,95,230],[11,12,77,91,93,94,95,216],[11,12,77,91,93,94,95,216,228],[11,12,77,91,93,94,95,197,198,216],[4,5,11,12,77,91,93,94,95,216],[11,12,77,91,93,94,95,216,219],[8,11,12,73,77,91,93,94,95,104,105,216,219,224,225],[8,11,12,77,85,91,93,94,95,197,198,216],[8,11,12,59,64,68,69,71,74,76,77,78,79,91,93,94,95,157,158,169,180,181,184,185,197,198,216,239],[11,12,77,91,93,94,95,216,218],[1,6,8,11,12,14,77,91,93,94,95,197,198,206,208,209,210,211,216,222,239],[8,11,12,77,91,93,94,95,197,198,206,208,209,210,211,216,239],[8,11,12,38,77,91,93,94,95,188,197,198,206,208,209,210,211,216,223,239],[4,8,11,12,77,91,93,94,95,153,197,198,206,208,209,210,211,216,239],[2,7,8,11,12,77,88,91,93,94,95,153,188,197,198,206,208,209,210,211,215,216,239],[8,11,12,41,44,45,77,89,91,93,94,95,99,132,136,153,188,197,198,206,208,209,210,211,216,239],[8,11,12,77,91,93,94,95,166,197,198,206,208,209,210,211,216,239],[8,11,12,77,91,93,94,95,153,197,198,206,208,209,210,211,216,239],[8,11,12,13,77,91,93,94,95,111,197,198,206,208,209,210,211,216,239],[8,11,12,77,87,91,93,94,95,153,197,198,206,208,209,210,211,216,229,239],[8,11,12,77,82,91,93,94,95,197,198,206,208,209,210,211,216,229,239],[8,11,12,41,77,91,93,94,95,138,197,198,206,208,209,210,211,216,239],[7,8,11,12,77,91,93,94,95,153,197,198,206,208,209,210,211,216,239],[8,11,12,77,91,93,94,95,132,135,138,197,198,206,208,209,210,211,216,239],[8,11,12,52,77,91,93,94,95,132,156,179,197,198,202,206,208,209,210,211,216,239],[8,11,12,14,55,77,91,93,94,95,197,198,206,208,209,210,211,216,239],[5,8,11,12,77,91,93,94,95,197,198,206,208,209,210,211,216,239],[11,12,63,77,91,93,94,95,216],[8,11,12,77,91,93,94,95,197,198,206,210,211,216,239],[11,12,35,77,91,93,94,95,216],[11,12,36,37,39,42,43,77,91,93,94,95,216],[11,12,50,51,53,77,91,93,94,95,216],[11,12,48,49,72,77,91,93,94,95,216],[11,12,49,77,91,93,94,95,216],[11,12,49,73,75,77,91,93,94,95,216],[11,12,54,56,58,72,77,91,93,94,95,149,213,216],[11,12,57,77,91,93,94,95,155,216],[11,12,72,77,91,93,94,95,213,216],[11,12,73,75,77,81,91,93,94,95,151,216,230],[11,12,75,77,91,93,94,95,216],[11,12,77,80,86,91,93,94,95,213,216,230],[11,12,77,91,93,94,95,150,216],[11,12,77,91,93,94,95,151,216],[11,12,77,91,93,94,95,154,216],[11,12,77,91,93,94,95,213,216],[11,12,77,91,93,94,95,216,230]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,111,112,114,117,123],[5,6,12,13,65,67,68,69,75,117],[65,67,68,69,92],[65,67,68,69,89,90,91,107,118],[1,65,67,68,69,89,90,91,92,107],[65,67,68,69,89,90,91,107],[7,65,67,68,69,89,90,91,107,108],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,113,116],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,115,121,123],[65,67,68,69,89,90,91,107,108],[65,67,68,69,74,86,89,90,91,103,107],[2,23,65,67,68,69,73,80,89,90,91,98,107,120],[16,44,65,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,98,107],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,110],[35,65,66,67,68,69,89,90,91,107],[2,65,67,68,69,89,90,91,107],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,110],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,109],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,111,112,122],[55,65,67,68,69,108],[55,63,65,67,68,69,108],[23,26,27,55,64,65,67,68,69,72,95,97,98,108],[55,65,67,68,69,119],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,108],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,110],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,110],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,109]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
