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
} from "./chunk-DVRHKHQF.js";
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
var DERIVED = `{"prefilter":{"key":"rules 253\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/\\\\bimports (?<module>[\\\\w.-]{1,100}\\\\.[\\\\w-]{1,60}\\\\/[\\\\w./-]{1,200}): no Go files in /\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,30,31,32,41,50,52,55,56,147,212,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,410,412,413,414,415,416,417,418,421,422,423,425],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,36,56,54,55,123,50,47,49,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":8,"quiet":11669,"states":13145,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAABPWQYABgAAAOgYAgAHAAAAFwcHAAgAAABp4wEACQAAAL2LAAAKAAAAAUcAAAsAAADYrggADAAAAO2QAAANAAAAqxcAAA4AAADadAEADwAAACKtAAAQAAAA7yUAABEAAAAlggEAEgAAABQJAAATAAAAcdYBABQAAABLSwMAFQAAAHsEAgAWAAAAShIBABcAAAAV7wEAGAAAABoGAgAZAAAAfPgBABoAAADUDwIAGwAAAMmTAgAcAAAAeM4CAB0AAAAAAAAAHgAAAML0DAAfAAAAkAgBACAAAABNOgIAIQAAAAAAAAAiAAAAJ70BACMAAACS8AAAJAAAALwoBAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA8qABACkAAAB7sQEAKgAAACcrCgArAAAAvx8MACwAAAAAAAAALQAAAIvqAQAuAAAAAAAAAC8AAADXPgIAMAAAAB/DAgAxAAAAnV0OADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAADYWCwA9AAAAliALAD4AAAD+CA4APwAAAFw5DABAAAAAAAAAAEEAAAACOgwAQgAAAAAAAABDAAAAFFsMAEQAAADxXwwARQAAAAEqEABGAAAA4XkMAEcAAADghQwASAAAAPKmDABJAAAARacMAEoAAACYpwwASwAAAMC5DABMAAAApL0MAE0AAABb6wwATgAAAC5oDQBPAAAAgWgNAFAAAAALbQ0AUQAAAPdcDgBSAAAASl0OAFUAAACmAAAAVgAAAA/WAwBYAAAADR4JAFkAAAAIPwEAXAAAAE2bAABeAAAAw6oJAF8AAAAs/QcAZwAAALIIAgBqAAAAhdEDAHAAAAChPAAAqQAAAPkAAACzAAAAG/MCALUAAACydgoA/AAAAE/HDgBRAQAAnwEAAKUBAADyAQAA+QEAAEUCAABNAgAAmAIAAJoCAADrAgAA9AIAAD4DAABIAwAAkQMAAJwDAADkAwAA8AMAADcEAABEBAAAigQAAJQEAADdBAAA6wQAADAFAAA/BQAAgwUAAIUFAADWBQAA4AUAACkGAAA3BgAAfAYAAIEGAADPBgAA3AYAACIHAAAqBwAAdQcAAIUHAADIBwAAygcAABsIAAApCAAAbggAAH8IAACixw4AyAgAAPXHDgAWCQAAdawMABwJAABnCQAAKQkAAAhTCgAtCQAA66cMADAJAABgFwoAbgkAALoJAAB0CQAAimQKAL8JAAANCgAAGQoAAGAKAABjCgAAswoAALsKAAAGCwAAEwsAAFkLAABeCwAArAsAALYLAAD/CwAABwwAAFIMAABeDAAApQwAAGEMAADjAQIAuAwAAPgMAAAGDQAASw0AAE4NAACeDQAAqA0AAEjIDgDzDQAAJ3EAAPQNAACRogEA9g0AAEQOAAD6DQAA+VkLAPsNAACBYgIA/A0AAGD8AQD9DQAA1B0AAP4NAAD0jgwA/w0AAF16AQAADgAAqS8AAAIOAADtKAMABQ4AADW0AgAODgAAQrcDABEOAAD7jQwASg4AAJcOAABTDgAAbDsIAJ0OAADqDgAA/g4AAD0PAABSDwAAkA8AAJgPAADjDwAA7Q8AADYQAAA7EAAAiRAAAI4QAADcEAAA5BAAAC8RAABFEQAAghEAAIQRAADVEQAA4hEAACgSAAA8EgAAexIAAIMSAADOEgAA3RIAACETAAAyEwAAdBMAAIITAADHEwAA0xMAABoUAAAnFAAAbRQAAHcUAADAFAAAwxQAABMVAAAbFQAAZhUAAGgVAAC5FQAAyhUAAAwWAAASFgAAXxYAAGsWAACyFgAAtBYAAAUXAAAMFwAAWBcAAGwXAACbyA4ArBcAABaIDgCtFwAA4CUCALAXAAD+FwAAtBcAAFzZAQC5FwAAtxgDAAAYAABXyQAAARgAAGjFBwAFGAAAuNsJAAYYAABRGAAACBgAAHc7AQAJGAAAX4sHAAsYAADGmwYADRgAAHy5CgAPGAAAaW0GABQYAAAJLAIAFxgAAJQIBgBSGAAApBgAAFQYAAAV0wUAVxgAADvaCgC7GAAA9xgAAA8ZAABKGQAAVRkAAJ0ZAAC2GQAA8BkAAPIZAABDGgAAXRoAAJYaAAClGgAA6RoAAO4aAAA8GwAASRsAAI8bAACfGwAA4hsAAOobAAA1HAAAQRwAAIgcAACVHAAA2xwAAOUcAAAuHQAANB0AAIEdAACVHQAA7sgOANodAAAnHgAA3h0AALAtDADrHQAAXO0KAEIeAAB6HgAAhh4AAM0eAADTHgAAIB8AACMfAAA1nwUAKB8AAHMfAAB2HwAAob8FAHofAADGHwAAfh8AAAWhBACBHwAAW4QDAMsfAAAZIAAAJSAAAGwgAABvIAAAvyAAAMcgAAASIQAAHyEAAGUhAABqIQAAuCEAAMIhAAALIgAAEyIAAF4iAABhIgAAsSIAALoiAAAEIwAABSMAAFcjAABYIwAAqiMAAK8jAAD9IwAAAyQAAFAkAABaJAAAoyQAAKskAAD2JAAA+SQAAEklAABMJQAAnCUAAK0lAABByQ4A8SUAALOpAQD0JQAA6CwLAPglAAAtGg4A+yUAAEImAAD9JQAAFCQIAFomAACVJgAAmCYAAOgmAAD0JgAAOycAAEgnAACOJwAAlScAAOEnAADjJwAANCgAAD0oAACHKAAAkSgAANooAADlKAAALSkAAEkpAACAKQAAiCkAAJTJDgDYKQAAJioAAC4qAAB5KgAAeioAAMwqAADOKgAAHysAACIrAAByKwAAdSsAAOfJDgDKKwAAGCwAAB4sAABrLAAAciwAAL4sAADGLAAAES0AABQtAABkLQAAbS0AALctAAC4LQAACi4AAAsuAABdLgAAbi4AALAuAAC+LgAAAy8AAA8vAABWLwAAXS8AADrKDgCvLwAA/C8AAP4vAABPMAAAZTAAAKIwAACqMAAA9TAAAPcwAABIMQAAUTEAAJsxAAClMQAA7jEAAPkxAABBMgAATTIAAJQyAAChMgAA5zIAAPEyAAA6MwAASDMAAI0zAACcMwAA4DMAAOIzAAAzNAAAPTQAAIY0AACUNAAA2TQAAN40AAAsNQAAOTUAAH81AACHNQAA0jUAANg1AAAlNgAAMTYAAHg2AACVNgAAyzYAANQ2AAAeNwAALDcAAHE3AAB3NwAAxDcAANA3AAAXOAAAGjgAAGo4AAByOAAAvTgAAM44AAAQOQAAHjkAAGM5AAB8OQAAtjkAALc5AAAJOgAAJjoAAI3KDgBhOgAArzoAALU6AAACOwAACjsAAFU7AABeOwAAqDsAAKs7AAD7OwAABzwAAE48AABUPAAAM8sOAL08AAD0PAAA/DwAAIbLDgBKPQAAmj0AAKs9AADtPQAA9T0AAEA+AABOPgAAkz4AAJY+AADmPgAA7j4AADk/AABGPwAAjD8AAJE/AADfPwAA6T8AADJAAAA6QAAAhUAAAJFAAADYQAAA5UAAACtBAAAtQQAAfkEAAJdBAADRQQAA4kEAACRCAAAwQgAAd0IAAH5CAADKQgAA0kIAAB1DAAAiQwAAcEMAAH1DAADDQwAAy0MAABZEAAAgRAAAaUQAAHREAAC8RAAAyEQAAA9FAAAXRQAA2csOAG5FAAC1RQAAu0UAAAhGAAAjRgAAW0YAAGdGAACuRgAAtEYAACzMDgAGRwAAoxYCAAdHAABizwQACEcAAM3tBgAMRwAAVEcAAA1HAAD+0QkAD0cAAEBuBQAVRwAAtx8CAGBHAACnRwAArUcAAPBXAwCvRwAAf8wOAAZIAABNSAAAU0gAAKBIAAC7SAAA80gAAP9IAABGSQAATEkAAJlJAAChSQAA7EkAAPJJAAA/SgAAS0oAAJJKAACvSgAA5UoAAO5KAAA4SwAAREsAAItLAACOSwAA3ksAAOhLAAAxTAAAPUwAAIRMAACLTAAA10wAAN9MAAAqTQAAK00AAP9eAAAtTQAAfU0AAIxNAADQTQAA1k0AACNOAAAlTgAAdk4AAIxOAADJTgAA504AABxPAAA1TwAAb08AAHFPAADCTwAAxU8AABVQAAAhUAAAaFAAAG9QAAC7UAAAw1AAAA5RAAAQUQAAYVEAAGpRAAC0UQAAvlEAAAdSAAASUgAAWlIAAGZSAACtUgAAulIAAABTAAAKUwAAU1MAAGFTAACmUwAAtVMAAPlTAAD7UwAATFQAAFZUAACfVAAArVQAAPJUAAD3VAAARVUAAFJVAACYVQAArVUAAOtVAADzVQAAPlYAAFdWAACRVgAAmlYAAORWAADuVgAAN1cAAD9XAACKVwAAl1cAAN1XAADiVwAAMFgAADhYAACDWAAAhFgAANZYAADYWAAAKVkAACxZAAB8WQAAf1kAANLMDgDUWQAAIloAAChaAAB1WgAAfFoAAMhaAADQWgAAG1sAAB9bAABuWwAAcFsAAMFbAADEWwAAFFwAABxcAABnXAAAaFwAALpcAADAXAAADV0AABJdAABgXQAAe10AALNdAADBXQAABl4AAA1eAABZXgAAZV4AAKxeAACzXgAAJc0OAAFfAABSXwAAVV8AAKVfAACoXwAAeM0OAP1fAABLYAAAUWAAAJ5gAAClYAAA8WAAAA9hAABEYQAAXWEAAJdhAACZYQAA6mEAAO1hAAA9YgAASWIAAJBiAACXYgAA42IAAOtiAAA2YwAAOGMAAIljAACSYwAA3GMAAOZjAAAvZAAAOmQAAIJkAACOZAAA1WQAAOJkAAAoZQAAMmUAAHtlAACJZQAAzmUAAN1lAAAhZgAAI2YAAHRmAAB+ZgAAx2YAANVmAAAaZwAAH2cAAG1nAAB6ZwAAwGcAANVnAAATaAAAG2gAAGZoAAB/aAAAuWgAAMJoAAAMaQAAFmkAAF9pAABnaQAAsmkAAL9pAAAFagAACmoAAFhqAABgagAAq2oAAKxqAAD+agAAAGsAAFFrAABUawAApGsAAKdrAADLzQ4A/GsAAEpsAABQbAAAnWwAAKRsAADwbAAA+GwAAENtAABHbQAAlm0AAJhtAADpbQAA7G0AADxuAABEbgAAj24AAJBuAADibgAA6G4AADVvAAA6bwAAiG8AAKNvAADbbwAA6W8AAC5wAAA1cAAAgXAAAI1wAADUcAAA23AAAB7ODgAqcQAAenEAAItxAADNcQAA1XEAAN+LAQDpcQAAIHIAAChyAABxzg4AgnIAAMZyAADMcgAAGXMAABtzAABscwAAgnMAAL9zAADdcwAAEnQAABV0AABldAAAcXQAALh0AAC+dAAAC3UAACZ1AABedQAAanUAALF1AAC3dQAABHYAACJ2AABXdgAAZ3YAAKp2AAC4dgAA/XYAAAN3AABQdwAAU3cAAKN3AACtdwAA9ncAABR4AABJeAAAX3gAAJx4AACoeAAA73gAAPJ4AABCeQAARXkAAJV5AACXeQAA6HkAAP95AAA7egAAR3oAAI56AACqegAA4XoAAOl6AADEzg4ARXsAAId7AACVewAA2nsAAOZ7AAAtfAAAOnwAAIB8AACKfAAA03wAANt8AAAmfQAAJ30AAHl9AAB7fQAAzH0AAM99AAAffgAAIn4AABfPDgB3fgAAxX4AAMt+AAAYfwAAH38AAGt/AABzfwAAvn8AANR/AAARgAAAGoAAAGSAAABngAAAt4AAAMGAAAAKgQAAEoEAAF2BAAB2gQAAsIEAALyBAAADggAAC4IAAGrPDgBeggAAqYIAAKyCAAD8ggAABoMAAE+DAABVgwAAooMAALCDAAD1gwAAAoQAAEiEAABfhAAAvc8OAJyEAABhnA0AnoQAACKmAQChhAAA1koCAKKEAACJ3wYAo4QAACy4BQCkhAAAiMIAAKWEAAAlKAIAqIQAADRzDQCqhAAA7oQAAKyEAAAfoAcAsYQAAP/hBQCyhAAAzhEMAPiEAACCfwgA/YQAAEGFAABNhQAAlIUAAJWFAADPlwMAl4UAAOeFAADqhQAAOoYAAEGGAACGgAEAQoYAAI2GAABShgAA/CgBAJSGAADghgAA7IYAADOHAABAhwAAhocAAJSHAADZhwAA5YcAACyIAAAziAAAf4gAAIeIAADSiAAA4ogAACWJAAAqiQAAeIkAAH6JAADLiQAA04kAAB6KAAAnigAAcYoAAHSKAADEigAA0IoAABeLAAAdiwAAENAOAImLAABj0A4AyosAABCMAAASjAAAN/0AABOMAACObAIAF4wAALSWAgAbjAAALxcLAByMAAASwAEAH4wAAAYRCwApjAAAB0QCADCMAABjjAAAcIwAALaMAAC7jAAACY0AAA2NAABcjQAAaY0AAK+NAAC3jQAAAo4AALqNAAA+vQkACY4AAFWOAAARjgAAq1UDAFeOAACojgAAso4AAPuOAAD9jgAATo8AAGePAAChjwAAo48AAPSPAAD3jwAAR5AAAFOQAACakAAAopAAALbQDgDzkAAAQJEAAPWQAAAjhBAA/JAAABn2BQD+kAAAUE0GAACRAACtSwEACZEAAD/2CwBGkQAAmuMAAFiRAACTkQAAlZEAAOaRAACgkQAAAKYAAKyRAAC8lwAA9ZEAADmSAABIkgAAjJIAAJiSAADfkgAA4pIAADKTAAA1kwAAhZMAAJ2TAADYkwAA35MAACuUAAA3lAAAfpQAAIuUAADRlAAA35QAACSVAAAwlQAAd5UAAH6VAADKlQAA4pUAAB2WAAAplgAAcJYAAHaWAADDlgAAyZYAABaXAAAblwAAaZcAAG+XAABc0Q4AvpcAAA+YAAAWmAAAYpgAAHqYAAC1mAAAvJgAAAiZAAAhmQAAW5kAAHOZAACumQAAupkAAAGaAAAHmgAAVJoAAFqaAACnmgAArJoAAPqaAAAAmwAAr9EOAGabAACgmwAAsZsAAPObAAABnAAARpwAAFWcAACZnAAAoZwAAOycAAAMnQAAP50AAEudAACSnQAApp0AAOWdAADtnQAAOJ4AAD6eAACLngAAl54AAN6eAADongAAMZ8AADefAACEnwAAkp8AANefAADjnwAAKqAAAEWgAAB9oAAAf6AAANCgAADhoAAAI6EAACuhAAB2oQAAhKEAAMmhAADMoQAAHKIAACSiAABvogAAfKIAAMKiAADHogAAFaMAAB+jAABoowAAcKMAALujAAC9owAADqQAAB+kAABhpAAAcqQAALSkAAC5pAAAB6UAAAulAABapQAAZqUAAK2lAAC0pQAAAtIOAAWmAABTpgAAXaYAAKamAAC+pgAA+aYAAPymAABMpwAAVacAAJ+nAACgpwAA8qcAAPOnAABFqAAASqgAAJioAACeqAAA66gAAPWoAAA+qQAASqkAAJGpAACYqQAA5KkAAPypAAA3qgAAOaoAAIqqAACTqgAA3aoAAOeqAAAwqwAAO6sAAIOrAACbqwAA1qsAAOyrAAAprAAALqwAAHysAACDrAAAz6wAANusAABV0g4AJK0AAPmYAgAnrQAAnbgBACutAACgywUALa0AAMRZBwAzrQAAda0AAHetAACQVAIAg60AAMitAADUrQAAG64AANetAAAG0wcAKK4AAG6uAAB4rgAAwa4AAMKuAACGeA4Aya4AABSvAAAbrwAAZ68AAC+vAADzlAEAbK8AALqvAADGrwAADbAAABCwAABgsAAAaLAAALOwAADAsAAABrEAAAuxAABZsQAAY7EAAKyxAAC0sQAA/7EAAAKyAABSsgAAW7IAAKWyAACmsgAA+LIAAPmyAABLswAAULMAAJ6zAACkswAA8bMAAPuzAABEtAAATLQAAJe0AACZtAAA6rQAAPO0AAA9tQAAR7UAAJC1AACbtQAA47UAAO+1AAA2tgAAQ7YAAIm2AACTtgAA3LYAAOq2AAAvtwAAPrcAAIK3AACEtwAA1bcAAN+3AAAouAAANrgAAHu4AACAuAAAzrgAANu4AAAhuQAAKbkAAHS5AAB1uQAAx7kAAM25AAAaugAAH7oAAG26AAB3ugAAwLoAAMW6AAATuwAAIrsAAGa7AABruwAAubsAAMq7AAAMvAAAFLwAAF+8AABlvAAAsrwAAL68AAAFvQAAIr0AAFi9AABhvQAAq70AALe9AAD+vQAAAb4AAFG+AABbvgAApL4AALC+AAD3vgAA/r4AAEq/AABSvwAAnb8AALa/AADwvwAABMAAAEPAAABLwAAAlsAAAJnAAADpwAAA9cAAADzBAABCwQAAj8EAAKrBAADiwQAA7sEAADXCAAA7wgAAqNIOAJLCAADbwgAA5sIAAC7DAAA2wwAAXdQAADrDAACBwwAAjsMAANTDAADewwAAJ8QAADXEAAB6xAAAicQAAM3EAADPxAAAIMUAACrFAABzxQAAgcUAAMbFAADLxQAAGcYAACbGAABsxgAAdMYAAL/GAADAxgAAEscAAMPGAABYYwEAz8YAAE6IAQAjxwAAZccAAG7HAAC4xwAAz8cAAAvIAAAZyAAAXsgAAGvIAACxyAAAucgAAATJAAAjyQAA+9IOAGDJAACqyQAAtMkAAP3JAAAIygAATtMOAFLKAACjygAArMoAAPbKAAAAywAAScsAAFTLAACcywAAqMsAAO/LAAD8ywAAQswAAEzMAACVzAAAo8wAAOjMAAD3zAAAO80AAD3NAACOzQAAmM0AAOHNAADvzQAANM4AADnOAACHzgAAlM4AANrOAADizgAALc8AADPPAACAzwAAjM8AANPPAADwzwAAJtAAAC/QAAB50AAAh9AAAMzQAADS0AAAH9EAACvRAABy0QAAedEAAKHTDgDH0QAA1QMCAMvRAAAY0gAAHdIAAGvSAAAm0gAA5DoEAHjSAAC+0gAA1dIAABHTAAAS0wAAZNMAAGbTAAC30wAAutMAAArUAAAN1AAA9NMOAH7UAACw1AAAsdQAAAPVAAAF1QAAVtUAAFnVAACp1QAArNUAAEfUDgAB1gAAT9YAAFXWAACi1gAAqdYAAPXWAAAX1wAASNcAAFDXAACb1wAAqtcAAO7XAADw1wAAQdgAAFLYAACU2AAApdgAAOfYAADz2AAAOtkAAEHZAACN2QAAldkAAODZAADk2QAAM9oAAEHaAACG2gAAkNoAANnaAADk2gAALNsAADHbAAB/2wAAiNsAANLbAADc2wAAJdwAAC3cAAB43AAAetwAAMvcAADY3AAAHt0AADLdAABx3QAAed0AAMTdAADF3QAAF94AABneAABq3gAAbd4AAL3eAADA3gAAmtQOABXfAABj3wAAad8AALbfAAC93wAACeAAABHgAABc4AAAa+AAAK/gAAC04AAAAuEAAA/hAABV4QAAZeEAAKjhAAC24QAA++EAABLiAABO4gAAV+IAAKHiAACn4gAA9OIAAADjAABH4wAATuMAAO3UDgCf4wAA6bICAKLjAADt4wAAp+MAAGkFCQD84wAAQOQAAFHkAACT5AAAoeQAAObkAADy5AAAOeUAAEblAACM5QAAluUAAN/lAADn5QAAMuYAADXmAACF5gAAkeYAANjmAADl5gAAK+cAADXnAAB+5wAAhucAANHnAADT5wAAJOgAAC3oAAB36AAAgegAAMroAADV6AAAHekAADLpAABw6QAAeOkAAMPpAADc6QAAFuoAAB/qAABp6gAAc+oAALzqAADE6gAAD+sAABzrAABi6wAAZ+sAALXrAAC96wAACOwAAAnsAABb7AAAXewAAK7sAACx7AAAAe0AAATtAABA1Q4AWe0AAKftAACt7QAA+u0AAAHuAABN7gAAVe4AAKDuAACu7gAA8+4AAPbuAABG7wAATu8AAJnvAACc7wAA7O8AAPjvAAA/8AAASfAAAJPVDgCT8AAAT4IMAJTwAADl8AAAlfAAALczCwCc8AAAlIQMAJ3wAACkogQAofAAAGHwAQCi8AAAJekKALbwAAB/1AEA7vAAADjxAABC8QAAi/EAAJbxAADe8QAA6vEAADHyAAA+8gAAhPIAAI7yAADX8gAA5fIAACrzAAA58wAAffMAAH/zAADQ8wAA2vMAACP0AAAx9AAAdvQAAHv0AADJ9AAA1vQAABz1AAAs9QAAb/UAAHH1AADC9QAA0PUAABX2AAAm9gAA5tUOAG/2AAA51g4Aw/YAAIzWDgAX9wAAYfcAAGv3AAC09wAAv/cAAAf4AAAT+AAAWvgAAGf4AACt+AAAt/gAAAD5AAAO+QAAU/kAAGL5AACm+QAAqPkAAPn5AAAD+gAATPoAAFr6AACf+gAApPoAAPL6AAD/+gAARfsAAE37AACY+wAAqPsAAOv7AADt+wAAPvwAAEz8AACR/AAAovwAAN/WDgDr/AAAMtcOAFD9AACK/QAAm/0AAN39AADp/QAAMP4AADj+AACF1w4AiP4AANb+AADe/gAAKf8AACv/AAB8/wAALv8AAM/VBgA4/wAADZQEAIX/AADP/wAAi/8AAE5QCQDZ/wAAIgABAC0AAQB1AAEAgQABAMgAAQDVAAEAGwEBACUBAQBuAQEAfAEBAMEBAQDQAQEAFAIBABYCAQBnAgEAcQIBALoCAQDGAgEADQMBABUDAQDY1w4AYwMBALMDAQDBAwEABgQBABMEAQBZBAEAcAQBAKwEAQC0BAEA/wQBABUFAQBSBQEAXgUBAKUFAQC0BQEA+AUBAAMGAQBLBgEATQYBAJ4GAQCrBgEA8QYBAP8GAQBEBwEARwcBAJcHAQCtBwEA6gcBAPIHAQA9CAEATwgBACvYDgCdCAEAdL8LAJ8IAQDjCAEA6AgBADYJAQA9CQEAiQkBAJUJAQDcCQEA6QkBAC8KAQAxCgEAggoBAJgKAQDVCgEA4QoBACgLAQBHCwEAewsBAJcLAQDOCwEA1gsBAH7YDgAjDAEAdAwBAH0MAQDHDAEA0QwBABoNAQAlDQEAbQ0BAHkNAQDADQEAzQ0BABMOAQAdDgEAZg4BAHQOAQC5DgEAyA4BAAwPAQAODwEAXw8BAGkPAQCyDwEAwA8BAAUQAQAKEAEAWBABAGUQAQCrEAEAuxABAP4QAQAAEQEAUREBAF8RAQCkEQEAtREBANHYDgD+EQEAJNkOAEwSAQDI5AQATxIBAJ0SAQBWEgEAdxEHAFgSAQA4lwEAXhIBAKlmBACkEgEA6DMKAKoSAQDwEgEABxMBAEMTAQBIEwEAlhMBAJkTAQDpEwEAoBMBAP2mBQCyEwEAXbEFAO4TAQDaqwUA9RMBADwUAQBCFAEAOyABAEsUAQCPFAEAmBQBAOIUAQDoFAEANRUBAEMVAQCIFQEAkhUBANsVAQDvFQEALhYBADoWAQCBFgEAlBYBANQWAQDjFgEAJxcBADMXAQB6FwEAexcBAM0XAQDXFwEAIBgBAC4YAQBzGAEAeBgBAMYYAQDTGAEAytkOACwZAQBsGQEAexkBAL8ZAQDLGQEAEhoBABMaAQBlGgEAbxoBALgaAQDGGgEACxsBABAbAQBeGwEAaxsBAMPaDgCzGwEABBwBAA0cAQBXHAEAYRwBAKocAQC1HAEA/RwBAAkdAQBQHQEAXR0BAKMdAQCtHQEA9h0BAAQeAQBJHgEAWB4BAJweAQCeHgEA7x4BAPkeAQBCHwEAUB8BAJUfAQCiHwEA6B8BAP8fAQAW2w4AViABAI4gAQCaIAEA4SABAOcgAQA0IQEAQCEBAIchAQCNIQEA2iEBAOAhAQAtIgEAMiIBAIAiAQCGIgEAadsOANwiAQAmIwEAMCMBAHkjAQCEIwEAzCMBANgjAQAfJAEALCQBAHIkAQB8JAEAxSQBANMkAQAYJQEAJyUBAGslAQBtJQEAviUBAMglAQARJgEAHyYBAGQmAQBpJgEAtyYBAMQmAQAKJwEAEicBAF0nAQBtJwEAsCcBALInAQADKAEAESgBAFYoAQBnKAEAYtwOALAoAQC13A4AAikBAE8pAQBbKQEAoikBALIpAQD1KQEA/ikBAEgqAQBLKgEAmyoBAKcqAQDuKgEA9SoBAEErAQBJKwEAlCsBALIrAQDnKwEA7ysBADosAQBLLAEAjSwBAJIsAQDgLAEA9ywBADMtAQBBLQEAhi0BAJMtAQDZLQEA4S0BACwuAQAwLgEAfy4BAIEuAQDSLgEA1S4BACUvAQAtLwEAeC8BAH4vAQDLLwEA1y8BAB4wAQAuMAEAcTABAHowAQDEMAEAxzABABcxAQAjMQEAajEBAHExAQAI3Q4AxjEBABAyAQATMgEAYzIBAHEyAQC2MgEAwzIBAAkzAQAgMwEAXDMBAGQzAQCvMwEAsTMBAAI0AQALNAEAVTQBAF80AQCoNAEAszQBAPs0AQAHNQEATjUBAFs1AQChNQEAqzUBAPQ1AQACNgEARzYBAFY2AQCaNgEAnDYBAO02AQD3NgEAQDcBAE43AQCTNwEAmDcBAOY3AQDzNwEAOTgBAEE4AQCMOAEAojgBAN84AQDrOAEAMjkBAEE5AQCFOQEAkDkBANg5AQDaOQEAKzoBADg6AQB+OgEAjDoBANE6AQDUOgEAJDsBADo7AQBb3Q4AfzsBAMH6AQCFOwEAsWcCAI87AQDKOwEAzDsBAB08AQAuPAEAcDwBAIE8AQDDPAEAyDwBABY9AQAaPQEAaT0BAHU9AQC8PQEAwz0BAA8+AQAXPgEAYj4BAIA+AQC1PgEAvT4BAK7dDgANPwEAWz8BAFw/AQCumAwAaj8BAIRSCwB0PwEArj8BALA/AQABQAEAGkABAFRAAQBlQAEAp0ABALNAAQD6QAEA/EABAE1BAQBWQQEAoEEBAFxBAQAjRwEAqkEBAPNBAQD+QQEARkIBAFJCAQCZQgEApkIBAOxCAQD2QgEAP0MBAE1DAQCSQwEAoUMBAOVDAQDnQwEAOEQBAEJEAQCLRAEAmUQBAN5EAQDjRAEAMUUBAD5FAQCERQEAkEUBANdFAQDdRQEAKkYBADBGAQB9RgEAgkYBANBGAQDWRgEAAd4OADJHAQB2RwEAgkcBAMlHAQDMRwEAHEgBAB9IAQBvSAEAdkgBAMJIAQDOSAEAFUkBACJJAQBoSQEAdkkBALtJAQDHSQEADkoBABVKAQBU3g4AZ0oBALRKAQC6SgEAB0sBAAxLAQBaSwEAYEsBAKfeDgCuSwEACOUBALdLAQCIzwoAuUsBACC2DgC7SwEAb1ULALxLAQAATAEADEwBAFNMAQBUTAEApkwBAF9MAQD/ZAsAsEwBAPlMAQAHTQEATE0BAFFNAQCfTQEArE0BAPreDgD0TQEASh8LAABOAQD4EgsAFU4BAE3fDgBrTgEAmE4BAL9OAQDrTgEAD08BAD5PAQBGTwEAoN8OAJ1PAQDkTwEA5k8BADdQAQA6UAEAilABAI9QAQDdUAEA6lABADBRAQBMUQEAg1EBAItRAQDz3w4A31EBAClSAQDjUQEA41sBACxSAQB8UgEAiFIBAM9SAQDVUgEAIlMBAC9TAQB1UwEAd1MBAMhTAQDeUwEAG1QBACdUAQBuVAEAdlQBAEbgDgDHVAEAFFUBABxVAQBnVQEAaFUBALpVAQC8VQEADVYBABBWAQBgVgEAY1YBAJngDgC4VgEABlcBAAxXAQBZVwEAYFcBAKxXAQC0VwEA/1cBAAxYAQBSWAEAV1gBAKVYAQCvWAEA+FgBAABZAQBLWQEATVkBAJ5ZAQCvWQEA8VkBAAJaAQBEWgEASVoBAJdaAQCbWgEA6loBAPZaAQA9WwEARFsBAJBbAQCiWwEA7OAOAOhbAQA2XAEAPlwBAIlcAQCLXAEA3FwBAOtcAQAvXQEAPl0BAIJdAQCOXQEA1V0BANhdAQAoXgEAK14BAHteAQCDXgEAzl4BANheAQAhXwEAJl8BAHRfAQB8XwEAx18BANFfAQAaYAEAJWABAG1gAQB7YAEAwGABAMNgAQATYQEAG2EBAGZhAQCBYQEAuWEBAMRhAQAMYgEAEWIBAF9iAQBiYgEAsmIBALxiAQAFYwEAF2MBAD/hDgBmYwEAq2MBALVjAQD+YwEACWQBAFFkAQBZZAEApGQBAKpkAQD3ZAEA+WQBAEplAQBjZQEAnWUBALZlAQDwZQEA/mUBAENmAQBNZgEAlmYBAKxmAQDpZgEABmcBADxnAQBEZwEAj2cBAJ9nAQDiZwEA5GcBADVoAQBDaAEAiGgBAJloAQCS4Q4A4mgBAOXhDgAvaQEAgWkBAJJpAQDUaQEA4GkBACdqAQApagEAemoBAH1qAQDNagEA2WoBACBrAQAoawEAi+IOAH5rAQDGawEA0msBABlsAQAobAEAbGwBAIxsAQC/bAEAx2wBABJtAQAmbQEAZW0BAGptAQC4bQEAwW0BAAtuAQARbgEAXm4BAGZuAQCxbgEAwG4BAARvAQAJbwEAV28BAGRvAQCqbwEAt28BAP1vAQAJcAEAUHABAF9wAQCjcAEArXABAPZwAQAEcQEASXEBAE5xAQCccQEAqXEBAO9xAQD3cQEAQnIBAEVyAQCVcgEAoXIBAOhyAQDycgEAO3MBAEVzAQCOcwEAnHMBAOFzAQDucwEANHQBAEt0AQCHdAEAinQBAN7iDgDddAEA4qwDAOR0AQCVVgUA53QBAC11AQDqdAEAqJQLAOt0AQD8dAIA8HQBALgFBAA0dQEAkjwCADd1AQAPMAMAPHUBALJhDQBIdQEAgHUBAIJ1AQDTdQEA5HUBACZ2AQA0dgEAeXYBAIB2AQDMdgEAznYBAB93AQDRdgEAbVkCANR2AQBbkgEALncBAHJ3AQCBdwEAxXcBANF3AQAYeAEAG3gBAGt4AQBueAEAvngBAN54AQAReQEAHXkBAGR5AQB4eQEAt3kBAMV5AQAKegEAEXoBADHjDgB0egEAsHoBALJ6AQAy8woAs3oBADnyCgC9egEAA3sBAAV7AQBWewEAYHsBAKl7AQBnewEAw/YKALJ7AQD8ewEAAnwBAE98AQBbfAEAonwBAKl8AQD1fAEA+nwBAEh9AQBUfQEAm30BAJ59AQDufQEA+30BAEF+AQBGfgEAlH4BAJ5+AQDnfgEA/X4BADp/AQA8fwEAjX8BAJd/AQDgfwEA738BADOAAQA+gAEAhOMOAJKAAQDZgAEA5oABACyBAQA6gQEAf4EBAIuBAQDSgQEA2YEBANfjDgAqggEAeIIBADGCAQCwHw4AM4IBAOgKBAB6ggEAvXYDAH2CAQCw6AkAj4IBAMuCAQDZggEAHoMBACuDAQBxgwEAeYMBAMSDAQDOgwEARdEGANSDAQAXhAEAGYQBAGqEAQB4hAEAvYQBAM6EAQAq5A4AF4UBAH3kDgBohQEAtoUBALyFAQAJhgEAEYYBAFyGAQBlhgEAr4YBALKGAQAChwEADocBAFWHAQBbhwEAqIcBALCHAQD7hwEAGogBACPlDgBQiAEAoYgBAK+IAQD0iAEABYkBAHblDgBOiQEAyeUOAJ+JAQDtiQEA84kBAECKAQBIigEAk4oBAJyKAQDmigEA6YoBADmLAQBFiwEAjIsBAJKLAQBv5g4A4YsBADKMAQA7jAEAhYwBAI+MAQDYjAEA44wBACuNAQA3jQEAfo0BAIuNAQDRjQEA240BACSOAQAyjgEAd44BAIaOAQDKjgEAzI4BAB2PAQAnjwEAcI8BAH6PAQDDjwEAyI8BABaQAQAjkAEAaZABAHGQAQC8kAEAzJABAA+RAQARkQEAYpEBAHCRAQC1kQEAxpEBAMLmDgAPkgEAFecOAGSSAQCukgEAsZIBAAGTAQANkwEAVJMBAFqTAQCnkwEAtJMBAPqTAQD8kwEATZQBAGOUAQCglAEArJQBAGjnDgD/lAEARpUBAEyVAQCZlQEAnJUBAOyVAQD6lQEAP5YBAESWAQCSlgEAn5YBAOWWAQDtlgEAu+cOAEWXAQCLlwEAmZcBAN6XAQD0lwEAMZgBADqYAQCEmAEAmpgBANeYAQDfmAEAKpkBAC2ZAQB9mQEAhpkBANCZAQDRmQEAI5oBACSaAQB2mgEAe5oBAMmaAQDPmgEAHJsBACabAQBvmwEAe5sBAMKbAQDJmwEAFZwBAB2cAQBonAEAapwBALucAQC8nAEADp0BABydAQBhnQEAaZ0BALSdAQDPnQEAB54BABOeAQBangEAYJ4BAK2eAQCwngEAAJ8BAA6fAQBTnwEAWJ8BAKafAQCznwEA+Z8BAAGgAQBMoAEAWqABAJ+gAQCioAEADugOAPWgAQBFoQEA9qABAAzXCAD+oAEAKccIAAChAQD1KA0ABaEBAMFTDQBIoQEAmKEBAKmhAQDroQEAB6IBAD6iAQBGogEAYegOAKKiAQDkogEA7KIBADejAQA9owEAiqMBAI+jAQDdowEA5qMBADCkAQA6pAEAg6QBAJGkAQDWpAEA46QBACmlAQA1pQEAfKUBAH+lAQDPpQEA66UBALToDgAlpgEAdaYBADamAQCz7gMAgaYBAMimAQDOpgEAG6cBACWnAQAH6Q4Ac6cBAMGnAQDOpwEAFKgBAByoAQAw7w4AIKgBAGeoAQAkqAEA464BADCoAQDs9QsAbagBALqoAQDAqAEADakBABKpAQBgqQEAZqkBAFrpDgC9qQEAK/QKAMGpAQAGqgEAF6oBAK3pDgBgqgEAAOoOALSqAQBT6g4ADasBAFKrAQBZqwEApasBAK2rAQD4qwEABawBAEusAQBQrAEAnqwBAKisAQDxrAEA+awBAEStAQBKrQEAl60BAJmtAQDqrQEA+K0BAD2uAQBArgEAkK4BAJyuAQCm6g4A5a4BADavAQBErwEAia8BAJqvAQD56g4A468BAEzrDgA1sAEAgrABAIiwAQDVsAEA2rABACixAQAusQEAn+sOAH2xAQDOsQEAhLEBAEX6DACHsQEAthYFAOmxAQAhsgEAI7IBAHSyAQCOsgEAx7IBANSyAQDw2ggA2LIBABqzAQAcswEAbbMBAHqzAQDAswEA17MBABO0AQAttAEAZrQBAGi0AQC5tAEAbLQBADcDDAC8tAEADLUBAA+1AQBftQEAa7UBALK1AQC4tQEABbYBAA+2AQDy6w4AXbYBAKu2AQC4tgEA/rYBAAq3AQBRtwEAV7cBAKS3AQCqtwEA97cBAPy3AQBKuAEAULgBAEXsDgCkuAEAtoQNAKa4AQDHpAMAqrgBALWKAgCuuAEAeSkMALO4AQDwuAEA8bgBAEO5AQAGuQEAkoEEAEW5AQCWuQEAUbkBAO+9AgCcuQEA6bkBAPe5AQA8ugEAP7oBAI+6AQCUugEA4roBAO+6AQA1uwEARbsBAIi7AQCKuwEA27sBAOm7AQAuvAEAP7wBAJjsDgCHvAEA1LwBAOC8AQDr7A4AL70BAHq9AQCEvQEA10QNAJO9AQDNvQEA1r0BACC+AQAqvgEAc74BAHu+AQDGvgEAyr4BABm/AQAbvwEAbL8BAG+/AQC/vwEA278BAD7tDgAlwAEAZcABAGbAAQC4wAEAxMABAAvBAQAawQEAXsEBAGjBAQCxwQEAvcEBAATCAQALwgEAke0OAF3CAQBWiAsAasIBAKrCAQC5wgEA/cIBAAnDAQBQwwEAUcMBAKPDAQCtwwEA9sMBAATEAQBJxAEATsQBAJzEAQCpxAEAN+4OAPfEAQBCxQEATsUBAJXFAQCoxQEA6MUBAOnFAQA7xgEAR8YBAI7GAQCdxgEA4cYBAOvGAQA0xwEAQMcBAIfHAQCOxwEAiu4OAOvHAQAtyAEAOcgBAIDIAQCQyAEA08gBAN3IAQAmyQEALskBAHnJAQCkyQEAzMkBAKXJAQBWzgEA98kBAB/KAQAnygEAcsoBAHjKAQDFygEA08oBABjLAQAvywEAa8sBAHbLAQC+ywEAyMsBABHMAQA7zAEAZMwBAGzMAQC3zAEAx8wBAArNAQAMzQEAXc0BAGvNAQCwzQEAwc0BAIPvDgAKzgEA1u8OAIHOAQCpzgEAsc4BAPzOAQACzwEAT88BAF3PAQCizwEAuc8BAPXPAQAA0AEASNABAFLQAQCb0AEAxdABAO7QAQD20AEAQdEBAFHRAQCU0QEAltEBAOfRAQD10QEAOtIBAEvSAQAp8A4AlNIBAHzwDgDi0gEAM9MBAEHTAQCG0wEAl9MBAM/wDgDg0wEAIvEOADTUAQB18Q4Ah9QBAMjxDgDU1AEAJdUBADPVAQB41QEAidUBABvyDgDR1QEAHtYBACrWAQBu8g4AetYBAMTWAQDR1gEAF9cBACXXAQBq1wEAdNcBAL3XAQDX1wEAENgBABPYAQBj2AEAatgBALbYAQDW2AEACdkBACPZAQDB8g4AadkBAK/ZAQBt2QEARy8CAHLZAQDfhAIAvdkBAALaAQAM2gEAVdoBAG/aAQCo2gEAuNoBAPvaAQAB2wEATtsBAFDbAQCh2wEAt9sBAPTbAQAA3AEAR9wBAEvcAQCa3AEAn9wBAO3cAQDz3AEAQN0BAGDdAQCT3QEArd0BAObdAQDo3QEAOd4BADzeAQCM3gEAj94BAN/eAQDr3gEAMt8BADjfAQCF3wEAj98BABTzDgDd3wEAK+ABADjgAQB+4AEAiuABANHgAQDk4AEAJOEBADPhAQB34QEAg+EBAMrhAQDL4QEAHeIBACfiAQBw4gEAfuIBAMPiAQDI4gEAFuMBACPjAQBn8w4AauMBAChyCgBr4wEAeTALAGzjAQCKXQsAbuMBAL53DQBv4wEAH5kIAHDjAQCPIQsAc+MBAMs1DAB04wEAbCYLAHXjAQDVHgoAduMBAFjKCgB34wEAqJsKAHjjAQCt3AQAeeMBALzjAQCB4wEAyxkQAIPjAQBr0QwAheMBAMcEDgCM4wEA40UQAJTjAQAX3QwAqeMBAK85DACu4wEAYTQQAL7jAQAP5AEAzeMBAMmgDAAd5AEAYuQBAHPkAQC68w4AvOQBAA30DgAU5QEAW+UBAGrlAQCu5QEAuOUBAAHmAQAN5gEAVOYBACTmAQDmkAwAW+YBALP0DgCp5gEA+uYBAAvnAQBN5wEAVucBAKDnAQCs5wEA8+cBAPbnAQBG6AEATugBAJnoAQCj6AEA7OgBAPHoAQA/6QEAR+kBAJLpAQCr6QEA5ekBAPHpAQA46gEAQOoBAFn1DgCT6gEArPUOAOHqAQAx6wEANOsBAITrAQCQ6wEA1+sBAN3rAQAq7AEANOwBAP/1DgCC7AEA0OwBAN3sAQAj7QEAK+0BAFL2DgB87QEAye0BAM/tAQAc7gEAIe4BAG/uAQB17gEApfYOAMruAQD49g4AF+8BAMfNCQAa7wEAaO8BACHvAQASiAkAcu8BALvvAQB37wEAQ48HAMPvAQAljwsA1+8BAA7wAQAW8AEAS/cOAGbwAQC08AEAyvABAAfxAQAI8QEAWvEBAFzxAQCt8QEAs/EBAADyAQAM8gEAU/IBAFryAQCm8gEArvIBAPnyAQAC8wEATPMBAE/zAQCf8wEArfMBAPLzAQD/8wEARfQBAFz0AQCY9AEAoPQBAOv0AQD39AEA5PUBABb1AQA+9QEAafUBAJH1AQC19QEAnvcOAAH2AQA39gEAQPYBADD3AQBI9gEAivYBALj2AQDd9gEAAfcBAPH3DgAy9wEAg/cBAJT3AQDW9wEABPgBACn4AQBN+AEARPgOAIL4AQCC5wUAhfgBAM/4AQCI+AEAyo0NANn4AQAi+QEA3PgBAErvBQDd+AEAI0YNACr5AQB1+QEAefkBAMj5AQDK+QEAG/oBAB76AQBu+gEAivoBAJf4DgDG+gEAmAgLAMv6AQBlegsAzfoBABT7AQDR+gEAFBYKADH7AQBn+wEAcPsBALr7AQC8+wEADfwBAB78AQDq+A4AZfwBALP8AQC8/AEABv0BABf9AQBZ/QEAYP0BAKz9AQC0/QEA//0BAMb9AQAYHgIADP4BAKX+AQAO/gEA8f8BABj+AQBS/gEAXv4BAD35DgCq/gEA+P4BAAL/AQBL/wEAU/8BAJD5DgCq/wEA4/kOAPb/AQBEAAIAUQACAJcAAgChAAIA6gACAOwAAgA9AQIASwECAJABAgCdAQIANvoOAOgBAgA2AgIAQwICAIkCAgCTAgIA3AICAN4CAgAvAwIAPQMCAIIDAgCPAwIAifoOANgDAgDTIQ0A2wMCAM1pDQDiAwIAKAQCADIEAgDc+g4AgwQCAM4EAgDQBAIA8GQNAOUEAgAhBQIA5wQCAMZdAwAmBQIAdAUCAH4FAgDHBQIAzwUCAC/7DgAkBgIAbQYCAHkGAgDABgIAwwYCABMHAgAdBwIAZgcCAIAHAgC5BwIA0AcCAAwIAgARCAIAXwgCAHsIAgCC+w4AvAgCAAUJAgDDCAIAv0IHABEJAgBYCQIAWwkCAKsJAgC1CQIA/gkCABgKAgBRCgIAVwoCAKQKAgCmCgIA9woCAAULAgBKCwIATQsCAJ0LAgCpCwIA8AsCAPMLAgBDDAIAZgwCANX7DgCYDAIA6QwCAPcMAgA8DQIAPw0CAI8NAgCbDQIA4g0CAOUNAgAo/A4AQA4CAIgOAgCODgIA2w4CAOAOAgAuDwIAMg8CAIEPAgCEDwIAe/wOANUPAgCyFQwA1w8CAOvzDQDaDwIAJxACAN0PAgDJ7A0A3g8CALEUAgDgDwIA+9kNAOIPAgCG0g0A4w8CAHfgDQDkDwIA//wNAOsPAgDyBwsA7g8CABjRDAAzEAIAehACAKMQAgDNEAIA2RACACARAgAvEQIAcxECAH0RAgDGEQIAyRECABkSAgAzEgIAbBICAHYSAgC/EgIAxBICABITAgAcEwIAZRMCAHATAgC4EwIAvhMCAAsUAgAQFAIAXhQCAGIUAgDO/A4AthQCAAQVAgC/FAIARucNAA4VAgBXFQIAYhUCAKoVAgCwFQIA/RUCAAIWAgBQFgIAVBYCACH9DgCoFgIAnqUCAKoWAgChjgwAqxYCANqBCwCtFgIAS1gNAL0WAgD2FgIAABcCAEkXAgBUFwIAnBcCAKIXAgDvFwIA9BcCAEIYAgBGGAIAlRgCALgYAgB0/Q4A6hgCADsZAgDrGAIA2ecKAO0YAgB9aAgA8RgCAO6RCgD0GAIA/CECAPYYAgDUaA0ASBkCAJFIAgBJGQIAjhkCAJEZAgDhGQIA7RkCADQaAgBMGgIAhxoCAJMaAgDaGgIA4BoCAC0bAgAzGwIAgBsCAIUbAgDTGwIA2RsCAMf9DgAwHAIAeRwCAIQcAgDMHAIA0hwCAB8dAgAkHQIAch0CAHYdAgDFHQIAyB0CABr+DgAiHgIAax4CAHYeAgC+HgIAxB4CABEfAgAWHwIAZB8CAGgfAgBt/g4AuB8CAAogAgAWIAIAXSACAGkgAgCwIAIAtiACAAMhAgAJIQIAViECAFshAgCpIQIAryECAMD+DgD+IQIA4vgEAAMiAgAfCAUACyICAPBeAgAMIgIATyICAFsiAgCiIgIAqCICAPUiAgABIwIASCMCAFUjAgCbIwIAqiMCAO4jAgD6IwIAQSQCAE0kAgCUJAIAmiQCAOckAgDtJAIAOiUCAD8lAgCNJQIAkyUCABP/DgDqJQIAvLkHAPYlAgAzJgIA+SUCAEGgCAA/JgIAhiYCAI4mAgA0uA8AkiYCANkmAgDfJgIALCcCADInAgB/JwIAhCcCANInAgDYJwIAZv8OAC0oAgB/GBAALygCAHgoAgB+KAIAyygCAIQoAgB7/QIA2SgCAB4pAgA3KQIAcSkCAHopAgDEKQIAzikCABcqAgAjKgIAaioCAHYqAgC9KgIAwyoCABArAgAWKwIAYysCAGgrAgC2KwIAvCsCALn/DgAVLAIAXCwCAGYsAgCvLAIAuiwCAAItAgAHLQIAVS0CAFwtAgCoLQIAtC0CAPstAgABLgIATi4CAFQuAgChLgIApi4CAPQuAgD6LgIADAAPAFgvAgCaLwIAmy8CAO0vAgCgLwIAyjQCAPIvAgBAMAIATjACAJMwAgCgMAIA5jACAPAwAgA5MQIARTECAIwxAgCSMQIA3zECAOsxAgAyMgIARTICAIUyAgCUMgIA2DICAOQyAgArMwIALDMCAH4zAgCIMwIA0TMCAN8zAgAkNAIAKTQCAHc0AgCENAIAXwAPANY0AgAdNQIALTUCAHA1AgB8NQIAwzUCAMk1AgAWNgIAIjYCAGk2AgB2NgIAvDYCAMs2AgAPNwIAGzcCAGI3AgBuNwIAtTcCAMg3AgAIOAIAFzgCAFs4AgBnOAIArjgCAK84AgABOQIACzkCAFQ5AgBiOQIApzkCAKw5AgD6OQIABzoCALIADwBPOgIAcQ0GAFk6AgCgOgIAWjoCAOg6CQBbOgIACPkKALQ6AgDzOgIA/zoCAEY7AgBMOwIAmTsCAJ87AgDsOwIA8TsCAD88AgBFPAIABQEPAJ48AgDlPAIA8jwCACC3AgD4PAIAOD0CAD09AgBnTgIAQD0CAPj3AgBEPQIAiz0CAJE9AgDePQIA5D0CADE+AgA2PgIAhD4CAIo+AgBYAQ8A4z4CACo/AgAwPwIAfT8CAII/AgDQPwIA1z8CACNAAgAxQAIAdkACAJFAAgDJQAIA10ACABxBAgAfQQIAb0ECAH1BAgDCQQIAx0ECABVCAgAiQgIAaEICAHRCAgC7QgIAwUICAA5DAgAUQwIAYUMCAGZDAgC0QwIAukMCAKsBDwAMRAIAWkQCAGNEAgCtRAIAukQCAABFAgAHRQIAU0UCAGRFAgCmRQIAq0UCAPlFAgAIRgIATEYCAE5GAgCfRgIAsEYCAPJGAgD+RgIARUcCAEtHAgCYRwIAnkcCAOtHAgDwRwIAPkgCAERIAgD+AQ8AqEgCAORIAgDwSAIAN0kCAENJAgCKSQIAkEkCAN1JAgDjSQIAMEoCADVKAgCDSgIAiUoCAFECDwDcSgIAHnwCAO1KAgApSwIAMksCAHxLAgCSSwIAz0sCANtLAgAiTAIAL0wCAHVMAgB/TAIAyEwCANRMAgAbTQIAIU0CAG5NAgB0TQIAwU0CAMZNAgAUTgIAGk4CAKQCDwBwTgIAuk4CAMROAgANTwIAEk8CAGBPAgBwTwIAs08CAMxPAgAGUAIAC1ACAFlQAgBiUAIArFACALlQAgD/UAIABlECAFJRAgBVUQIApVECALFRAgD4UQIAC1ICAEtSAgBaUgIAnlICAKpSAgDxUgIA8lICAERTAgBOUwIAl1MCAKVTAgDqUwIA71MCAD1UAgBKVAIA9wIPAJNUAgDjVAIA5lQCADZVAgBDVQIATLQKAEVVAgCJVQIAi1UCANxVAgDfVQIAL1YCADlWAgCCVgIAjlYCANVWAgDoVgIAKFcCADdXAgB7VwIAh1cCAM5XAgDPVwIAIVgCACtYAgB0WAIAglgCAMdYAgDMWAIAGlkCACdZAgBKAw8AblkCAMBZAgDMWQIAE1oCABlaAgBmWgIAaFoCALlaAgDDWgIADFsCABpbAgBfWwIAZFsCALJbAgC/WwIABVwCABFcAgBYXAIAa1wCAKtcAgC6XAIA/lwCAApdAgBRXQIAUl0CAKRdAgCuXQIA910CAAVeAgBKXgIAT14CAJ1eAgCqXgIAnQMPAPleAgBDXwIA/F4CAE+JCwBJXwIAll8CAJlfAgDpXwIA918CADxgAgBBYAIAj2ACAJxgAgDiYAIA7mACADVhAgA7YQIAiGECAI5hAgDbYQIA4GECAC5iAgA0YgIA8AMPAINiAgDUYgIAiGICAINXDADjYgIAJ2MCAEdjAgB6YwIAf2MCAM1jAgDoYwIAIGQCACxkAgBzZAIAeWQCAMZkAgDWZAIAGWUCACplAgBsZQIAcWUCAL9lAgDDZQIAEmYCAB5mAgBlZgIAa2YCALhmAgC+ZgIAC2cCABBnAgBeZwIAZGcCAEMEDwDAZwIAuGwNAMdnAgAEaAIABWgCAFdoAgBoaAIAqmgCALZoAgD9aAIAE2kCAFBpAgBcaQIAo2kCALBpAgD2aQIAAGoCAElqAgBVagIAnGoCAKNqAgDvagIA+2oCAEJrAgBIawIAlWsCAJtrAgDoawIA7WsCADtsAgBBbAIAlgQPAJBsAgDzkw0Al2wCAOFsAgDibAIANG0CADVtAgCHbQIAjG0CANptAgDgbQIALW4CADduAgCAbgIAjG4CANNuAgDabgIAJm8CACtvAgB5bwIAem8CAMxvAgDYbwIAH3ACACVwAgBycAIAdHACAMVwAgDPcAIAGHECACZxAgBrcQIAcHECAL5xAgDLcQIAEXICAB1yAgBkcgIAd3ICALdyAgDGcgIACnMCABZzAgBdcwIAXnMCALBzAgC6cwIAA3QCABF0AgBWdAIAW3QCAKl0AgC2dAIA6QQPAA11AgBPdQIAW3UCAKJ1AgC5dQIA9XUCAPd1AgBIdgIAWXYCAJt2AgCddgIA7nYCAPR2AgBBdwIAWHcCAJR3AgCddwIA53cCAP13AgA6eAIARngCAI14AgCaeAIA4HgCAOp4AgAzeQIAP3kCAIZ5AgCZeQIA2XkCAOh5AgAsegIAOHoCAH96AgCAegIA0noCANx6AgAlewIAM3sCAHh7AgB9ewIAy3sCANh7AgA8BQ8AIHwCAHF8AgCFfAIAxHwCANJ8AgAXfQIAJH0CAGp9AgBxfQIAvX0CAMl9AgAQfgIAI34CAGN+AgBofgIAtn4CAL9+AgAJfwIAE38CAFx/AgBhfwIAr38CAL9/AgACgAIAG4ACAFWAAgBagAIAqIACALGAAgD7gAIACIECAE6BAgBVgQIAoYECAKSBAgD0gQIAAIICAEeCAgBaggIAmoICAKmCAgDtggIA+YICAECDAgBBgwIAk4MCAJ2DAgDmgwIA9IMCADmEAgA+hAIAjIQCAJmEAgCPBQ8A+IQCADKFAgA+hQIAhYUCAIuFAgDYhQIA6IUCACuGAgAwhgIAfoYCAISGAgDRhgIA54YCACSHAgAmhwIAd4cCAIGHAgDKhwIA1ocCAB2IAgAwiAIAcIgCAH+IAgDDiAIAz4gCABaJAgAXiQIAaYkCAHOJAgC8iQIAyokCAA+KAgAUigIAYooCAG+KAgDiBQ8AuIoCAEc8DAC/igIAZrMNAMGKAgBq+QgAwooCABWOAwDEigIACIsCABGLAgBbiwIAYYsCAK6LAgC0iwIAAYwCAA2MAgBUjAIAYYwCAKeMAgCxjAIA+owCABCNAgBNjQIAUo0CAKCNAgCnjQIA840CAAGOAgBGjgIAVo4CAJmOAgCnjgIA7I4CAPuOAgA/jwIAQY8CAJKPAgCcjwIA5Y8CAPOPAgA4kAIAPZACAIuQAgCYkAIA3pACAOqQAgAxkQIARJECAISRAgCTkQIA15ECAOORAgAqkgIAK5ICAH2SAgCHkgIA0JICAN6SAgAjkwIAKJMCAHaTAgCDkwIANQYPAMuTAgAclAIA1ZMCAE/xCAAtlAIAb5QCAHiUAgDClAIAzpQCABWVAgAdlQIAcg4QACGVAgBolQIAbpUCALuVAgDBlQIADpYCABOWAgBhlgIAZ5YCAIgGDwDAlgIAB5cCABeXAgBalwIAaJcCAK2XAgC6lwIAAJgCAAyYAgBTmAIAWpgCAKaYAgCumAIA2wYPAAKZAgDSJg4ABpkCAF+uAgAKmQIATJkCAF2ZAgCfmQIAp5kCAPKZAgCrmQIAGcwLAPyZAgBFmgIASpoCAJiaAgCgmgIA65oCAO2aAgA+mwIA9JoCAMGgAgBGmwIAkZsCAKebAgDkmwIA8JsCADecAgBNnAIAipwCAKOcAgDdnAIA6ZwCADCdAgA2nQIAg50CAIudAgDWnQIA5p0CACmeAgAyngIAfJ4CAImeAgDPngIA3p4CACKfAgAsnwIAdZ8CAIOfAgDInwIAzZ8CABugAgAooAIAbqACAHagAgAuBw8AzqACABShAgAboQIAZ6ECAHOhAgC6oQIAyqECAA2iAgAbogIAYKICAG2iAgCzogIAv6ICAAajAgANowIAWaMCAGGjAgCBBw8AuKMCAP+jAgAJpAIAUqQCAF2kAgClpAIAqqQCAPikAgD/pAIAS6UCAFOlAgDUBw8ApqUCAPGlAgABpgIARKYCAFCmAgCXpgIAm6YCAOqmAgDypgIAPacCAD+nAgCQpwIAlqcCAOOnAgD6pwIANqgCAD+oAgCJqAIAn6gCANyoAgDoqAIAL6kCADypAgCCqQIAjKkCANWpAgDYqQIAKKoCADCqAgB7qgIAhaoCAM6qAgDTqgIAIasCACmrAgB0qwIAhKsCAMerAgDQqwIAGqwCACesAgBtrAIAfKwCAMCsAgDKrAIAE60CACGtAgBmrQIAa60CALmtAgDGrQIADK4CABSuAgAnCA8AbK4CALKuAgB+rgIAcmIEALeuAgAFrwIAD68CAFivAgBgrwIAq68CAG+vAgBryg0Asa8CAP6vAgC5rwIAGNgLALqvAgBC7gcAu68CALG6AgC8rwIALJUKAAqwAgBRsAIAU7ACAIOxCwBYsAIApLACALCwAgD3sAIABrECAEqxAgBbsQIAnbECAJ+xAgDwsQIA9rECAEOyAgBPsgIAlrICAJ6yAgB6CA8A77ICAM0IDwBIswIAIAkPAJKzAgDGCQ8A5bMCABkKDwDnswIAukAEADi0AgDE6goAQrQCAIi0AgCStAIA27QCAN20AgAutQIAQbUCAIG1AgCJtQIAkvYLAI21AgDUtQIA2rUCACe2AgAttgIAerYCAH+2AgDNtgIA07YCAGwKDwAqtwIAc7cCAHW3AgDGtwIA0LcCABm4AgAnuAIAbLgCAHG4AgC/uAIAzLgCABK5AgAeuQIAZbkCAGu5AgC4uQIAvrkCAAu6AgAQugIAXroCAGS6AgC/Cg8Av7oCAAS7AgARuwIAV7sCAF67AgCquwIAsrsCAP27AgD+uwIAHkQKAAC8AgBQvAIAE7wCACxCCgBkvAIAo7wCALm8AgD2vAIAD70CAEm9AgBOvQIAnL0CAK29AgASCw8AAL4CAEK+AgBEvgIAlb4CAJ++AgDovgIA9r4CADu/AgBAvwIAjr8CAJu/AgDhvwIA6b8CADTAAgBAwAIAh8ACAETAAgDTwQIAjcACANrAAgDgwAIALcECADLBAgCAwQIAhsECAGULDwDVwQIAJsICADTCAgB5wgIAisICALgLDwDTwgIACwwPACfDAgBywwIAZMMCACFJEACAwwIAxcMCAIHDAgD1yAIA0sMCABjEAgAnxAIAa8QCAHDEAgC+xAIA1MQCABHFAgASxQIAZMUCAGbFAgC3xQIAwcUCAArGAgAYxgIAXcYCAHbGAgCwxgIAwcYCAAPHAgAPxwIAVscCAF7HAgAEDQ8AvccCAPzHAgD9xwIAT8gCAFvIAgCiyAIApcgCAFcNDwD3yAIASMkCAFXJAgCbyQIAqMkCAO7JAgDzyQIAQcoCAEvKAgCUygIAnMoCAOfKAgD3ygIAOssCAEjLAgCNywIAmssCAODLAgDnywIAM8wCADvMAgCGzAIAicwCANnMAgDtzAIALM0CAELNAgB/zQIAmM0CANLNAgDXzQIAJc4CADbOAgCqDQ8AgM4CAP0NDwCEzgIA8wkJAJTOAgB2hBAA2M4CAB7PAgAlzwIAcc8CAH3PAgDEzwIA1M8CABfQAgAl0AIAatACAHfQAgC90AIAydACABDRAgAX0QIAUA4PAGXRAgC20QIAaNECAIPpAwDD0QIACdICABbSAgBc0gIAYdICAK/SAgC50gIAAtMCAArTAgBV0wIAXtMCAKjTAgCr0wIA+9MCAAfUAgCjDg8AU9QCAKHUAgBa1AIAF58JAKbUAgD01AIA/NQCAEfVAgBd1QIAmtUCAJzVAgDt1QIA+tUCAEDWAgBU1gIA9g4PAJjWAgDm1gIA7tYCAPyWCQDw1gIAOdcCAEHXAgCM1wIAmNcCAN/XAgDs1wIAMtgCADfYAgCF2AIAjtgCANjYAgDv2AIAK9kCADbZAgBJDw8AjNkCANHZAgDU2QIAJNoCACfaAgB32gIAhdoCAMraAgDX2gIAHdsCADTbAgBw2wIAeNsCAMPbAgDJ2wIAFtwCACLcAgBp3AIAc9wCALzcAgDF3AIAD90CABXdAgBi3QIAb90CAJwPDwDB3QIACN4CAMPdAgChowkAF94CAFveAgBs3gIArt4CALDeAgAB3wIAB98CAFTfAgBg3wIAp98CAK7fAgD63wIAAuACAE3gAgBP4AIAoOACAK3gAgDz4AIA+uACAEbhAgBO4QIAmeECAKbhAgDs4QIA8eECAD/iAgBJ4gIAkuICAJriAgDl4gIA7uICADjjAgA74wIAi+MCAJfjAgDe4wIA5eMCAO8PDwA+5AIAhOQCAEfkAgBh6QIAaOQCANinCQCf5AIA1+QCANnkAgAq5QIAO+UCAH3lAgCL5QIA0OUCANflAgAj5gIAK+YCAHbmAgB75gIAyeYCAMrmAgAc5wIAKOcCAG/nAgB15wIAwucCAMTnAgAV6AIAH+gCAGjoAgB26AIAu+gCAMDoAgAO6QIAG+kCAEIQDwBi6QIAtOkCALnpAgAH6gIADeoCAFrqAgBk6gIAreoCALnqAgAA6wIAB+sCAFPrAgBb6wIApusCAKjrAgD56wIABuwCAEzsAgBT7AIAn+wCAKfsAgDy7AIA/+wCAEXtAgBK7QIAmO0CAKLtAgDr7QIA8+0CAD7uAgBH7gIAke4CAJTuAgDk7gIA8O4CADfvAgA+7wIAlRAPAJbvAgDnmQkAnu8CAN3vAgDq7wIAMPACADrwAgCD8AIAhfACANbwAgDp8AIAKfECADHxAgB88QIAiPECAM/xAgDV8QIAIvICACjyAgB18gIAevICAMjyAgDO8gIA6BAPACnzAgBu8wIAffMCAMHzAgDd8wIAFPQCAOHzAgDlNQMAHPQCADsRDwBw9AIAuvQCAMf0AgAN9QIAF/UCAGD1AgBu9QIAs/UCAMn1AgAG9gIAEvYCAFn2AgBh9gIAjhEPALL2AgD/9gIABfcCAFL3AgBX9wIApfcCAKv3AgDhEQ8A/fcCAEv4AgBU+AIAnvgCAKj4AgDx+AIA+fgCAET5AgBJ+QIAl/kCAKf5AgDq+QIA8vkCAD36AgBD+gIAL/wCAFb6AgCQ+gIAlfoCAOP6AgDs+gIANvsCAEP7AgCJ+wIAkPsCANz7AgDf+wIANBIPADH8AgCC/AIAj/wCANX8AgDs/AIAKP0CADT9AgCHEg8Akf0CAM79AgDP/QIAIf4CACv+AgB0/gIAfP4CAMf+AgDR/gIAGv8CAB//AgBt/wIAdf8CAMD/AgDC/wIAEwADAMP/AgBDBQMAx/8CAOESAwDW/wIAEgwDABoAAwBmAAMAbQADALkAAwDBAAMADAEDABABAwBfAQMAbQEDALIBAwC8AQMABQIDABACAwBYAgMAYAIDAKsCAwCwAgMA/gIDABkDAwBRAwMAXQMDAKQDAwCqAwMA9wMDAAcEAwBKBAMAWwQDAJ0EAwCiBAMA8AQDAPQEAwDaEg8ATAUDAJYFAwCvBQMA6QUDAPMFAwA8BgMAQgYDAI8GAwCRBgMA4gYDAPEGAwA1BwMAPwcDAIgHAwCQBwMA2wcDAN8HAwAuCAMAPAgDAIEIAwCLCAMA1AgDAN8IAwAnCQMALwkDAHoJAwB/CQMAzQkDAOgJAwAgCgMALAoDAHMKAwB5CgMAxgoDANYKAwAZCwMAKgsDAGwLAwBxCwMAvwsDAMMLAwAtEw8AGwwDAGUMAwB2DAMAuAwDAMIMAwALDQMAGQ0DAF4NAwBfDQMAsQ0DAMINAwAEDgMAGA4DAFcOAwBfDgMAqg4DAK4OAwD9DgMACw8DAFAPAwBaDwMAow8DAK4PAwD2DwMA/g8DAEkQAwBOEAMAnBADALcQAwDvEAMA+xADAEIRAwBIEQMAlREDAKURAwDoEQMA+REDADsSAwBAEgMAjhIDAJISAwCAEw8A7xIDADQTAwBPEwMAhxMDAJUTAwDaEwMA4RMDAC0UAwA5FAMAgBQDAIgUAwDTEw8A4RQDACYVAwAwFQMAeRUDAIQVAwDMFQMA1BUDAB8WAwAkFgMAchYDAI0WAwDFFgMA0RYDABgXAwAeFwMAaxcDAHsXAwC+FwMAzxcDABEYAwAWGAMAZBgDAGgYAwAmFA8AyBgDAAoZAwASGQMAXRkDAF4ZAwCwGQMAtRkDAAMaAwARGgMAVhoDAGMaAwCpGgMAsxoDAPwaAwAIGwMATxsDAFUbAwCiGwMAqhsDAPUbAwD8GwMASBwDAFQcAwCbHAMAoRwDAO4cAwD6HAMAQR0DAFEdAwCUHQMAoB0DAOcdAwDtHQMAOh4DAEYeAwCNHgMAmh4DAOAeAwDvHgMAMx8DAD8fAwB5FA8AiR8DANkfAwDcHwMALCADADogAwB/IAMAliADANIgAwDfIAMAJSEDADshAwB4IQMAhCEDAMshAwDYIQMAHiIDACgiAwBxIgMAeSIDAMQiAwDOIgMAFyMDABwjAwBqIwMAciMDAL0jAwDJIwMAECQDAB0kAwBjJAMAbSQDALYkAwC8JAMACSUDAB0lAwBcJQMAZCUDAK8lAwC9JQMAAiYDAA8mAwBVJgMAXSYDAKgmAwC1JgMA+yYDAAknAwBOJwMAXycDAKEnAwCpJwMA9CcDAAooAwBHKAMASSgDAJooAwCbKAMAzBQPAPsoAwBAKQMATykDAJMpAwCfKQMA5ikDAO4pAwAfFQ8APioDAIwqAwCVKgMA3yoDAOwqAwAyKwMAOSsDAIUrAwCIKwMA2CsDAOArAwArLAMAMCwDAH4sAwCHLAMA0SwDANssAwAkLQMALC0DAHctAwB8LQMAyi0DANotAwAdLgMAJS4DAHAuAwB2LgMAwy4DAMUuAwAWLwMAIy8DAGkvAwCALwMAvC8DAMgvAwByFQ8AGzADAGIwAwB5MAMAtTADAMEwAwAIMQMADjEDAFsxAwBjMQMArjEDALUxAwABMgMADzIDAFQyAwBvMgMApzIDALUyAwD6MgMAATMDAE0zAwBZMwMAoDMDAKgzAwDFFQ8ABzQDAEY0AwBONAMAmTQDAMg0AwDsNAMA+DQDAD81AwBFNQMAkjUDAJc1AwAYFg8A8TUDADg2AwA/NgMAizYDAJM2AwDeNgMA4DYDADE3AwA7NwMAhDcDAIw3AwBrFg8A5TcDAHVFAwDmNwMAKjgDACw4AwB9OAMAjjgDANA4AwDhOAMAIzkDAC85AwB2OQMAfTkDAMk5AwDROQMAHDoDAEY6AwBvOgMAdDoDAMI6AwDDOgMAFTsDAB87AwBoOwMAdjsDALs7AwDAOwMADjwDABs8AwBhPAMAfTwDALQ8AwDQPAMAvhYPABQ9AwBaPQMAXj0DAK09AwCzPQMAAD4DAAI+AwBTPgMAVD4DAKY+AwDJPgMA+T4DAB0/AwBMPwMAdj8DAJ8/AwCnPwMA8j8DAPc/AwBFQAMAUkADAJhAAwCgQAMA60ADAO1AAwA+QQMARkEDAJFBAwC7QQMA5EEDAPFBAwA3QgMAPEIDAIpCAwCXQgMA3UIDAOlCAwAwQwMAWkMDAINDAwCLQwMA1kMDAPFDAwApRAMAK0QDAHxEAwCNRAMAz0QDANhEAwAiRQMALkUDABEXDwCCRQMAyEUDAM9FAwAbRgMAJ0YDAG5GAwCBRgMAwUYDAMlGAwAURwMAGUcDAGdHAwBwRwMAukcDAMRHAwANSAMAFUgDAGBIAwBlSAMAs0gDAMNIAwAGSQMADkkDAFlJAwBySQMArEkDALFJAwD/SQMACEoDAFJKAwBfSgMApUoDAKxKAwD4SgMA+0oDAGQXDwBQSwMAnksDAFhLAwD9KQsAp0sDAPFLAwD5SwMAREwDAE9MAwCXTAMAmUwDAOpMAwAFTQMAPU0DAElNAwCQTQMAmE0DALcXDwDwTQMANk4DAD5OAwCJTgMAlU4DANxOAwDiTgMAL08DADVPAwCCTwMAh08DANVPAwDbTwMAChgPADVQAwB7UAMAg1ADAM5QAwDiUAMAIVEDACZRAwB0UQMAfVEDAMdRAwDNUQMAGlIDACJSAwBtUgMAcFIDAMBSAwDdUgMAE1MDACRTAwBmUwMAblMDALlTAwC8UwMADFQDACBUAwBfVAMAbFQDALJUAwC8VAMABVUDAAdVAwBYVQMAa1UDALAYDwCwVQMA/lUDAA9WAwBRVgMAWlYDAKRWAwC6VgMA91YDAARXAwBKVwMAUlcDAJ1XAwC8VwMAAxkPAPxXAwBDWAMAS1gDAFYZDwCZWAMA6VgDAPFYAwA8WQMASVkDAI9ZAwCUWQMA4lkDAOpZAwA1WgMANloDAIhaAwCKWgMA21oDAOFaAwAuWwMAMFsDAIFbAwCXWwMA1FsDAOBbAwAnXAMAMVwDAHpcAwCGXAMAzVwDANNcAwAgXQMAKF0DAHNdAwCkXQMAqRkPAM9dAwAZXgMAI14DAGxeAwB0XgMAv14DAMBeAwASXwMAGF8DAGVfAwBxXwMAuF8DALlfAwALYAMADWADAF5gAwBkYAMAsWADAL1gAwAEYQMAC2EDAFdhAwBfYQMAqmEDAK1hAwD9YQMAB2IDAFBiAwBSYgMAo2IDAK1iAwD2YgMAAmMDAEljAwBfYwMAnGMDAKhjAwDvYwMA/GMDAEJkAwBMZAMAlWQDAJ1kAwDoZAMA+mQDAPwZDwA9ZQMAjmUDAJhlAwDhZQMA42UDADRmAwBNZgMAh2YDAIlmAwDaZgMA3WYDAC1nAwA5ZwMAgGcDAIhnAwBPGg8A52cDACZoAwApaAMAeWgDAINoAwDMaAMA2GgDAB9pAwA1aQMAcmkDAHppAwDFaQMA02kDABhqAwAbagMAa2oDAHNqAwC+agMAwWoDABFrAwDMagMA4HEDABtrAwBkawMAHGsDAE9uAwBmawMAt2sDAL1rAwAKbAMAFGwDAF1sAwBrbAMAsGwDAL1sAwADbQMAGm0DAFZtAwBebQMAqW0DALJtAwD8bQMA/W0DAKIaDwBYbgMAom4DAKxuAwD1bgMA/24DAEhvAwBWbwMAm28DAKhvAwDubwMABXADAEFwAwBJcAMAlHADAJtwAwDncAMA7HADADpxAwA+cQMAjXEDAJpxAwD1Gg8A7XEDADNyAwA7cgMAhnIDAIxyAwDZcgMA5XIDACxzAwA7cwMAf3MDAIRzAwDScwMA7XMDACV0AwAxdAMAeHQDAH50AwDLdAMA33QDAB51AwAmdQMAcXUDAId1AwDEdQMAyXUDABd2AwAedgMAanYDAHZ2AwBIGw8AxHYDABB3AwAedwMAY3cDAHB3AwC2dwMAzXcDAAl4AwAReAMAXHgDAGJ4AwCveAMAu3gDAAJ5AwAJeQMAVXkDAGN5AwCoeQMAq3kDAPt5AwADegMATnoDAFx6AwChegMApHoDAPR6AwD8egMAR3sDAFh7AwCaewMAn3sDAO17AwDvewMAQHwDAEd8AwCTfAMAoXwDAOZ8AwDzfAMAOX0DAFB9AwCMfQMAlH0DAN99AwDpfQMAMn4DAD1+AwCFfgMAkX4DANh+AwDgfgMAmxsPAC1/AwB+fwMAiH8DANF/AwDTfwMAJIADACeAAwB3gAMAg4ADAMqAAwDUgAMAHYEDACWBAwBwgQMAfoEDAMOBAwDQgQMAFoIDAB6CAwBpggMAf4IDALyCAwDIggMAD4MDACWDAwBigwMAZ4MDALWDAwC7gwMACIQDAByEAwDuGw8AXoQDAK6EAwC2hAMAAYUDAA+FAwBUhQMAF4UDANwyBwBhhQMAp4UDAK+FAwD6hQMABIYDAE2GAwBYhgMAoIYDAKyGAwDzhgMA+4YDAEEcDwBMhwMAmYcDAJ6HAwDshwMA+4cDAD+IAwBLiAMAkogDAJWIAwDliAMA6IgDADiJAwBAiQMAi4kDAJCJAwDeiQMA7okDADGKAwA5igMAhIoDAIeKAwDXigMA4YoDACqLAwAsiwMAfYsDAIOLAwDQiwMA2osDACOMAwAxjAMAdowDAIOMAwDJjAMA4IwDAByNAwAkjQMAb40DAHiNAwDCjQMAw40DAJQcDwAhjgMAaI4DAGuOAwCh/QgAd44DALuOAwB7jgMAvu0IAMWOAwAOjwMAFo8DAHoCBAAajwMAzrANAByPAwBhjwMAKo8DAPDhBwBmjwMAtI8DAG6PAwAO2wQAwY8DAAeQAwAKkAMApmcJAA2QAwDrwwgAD5ADAFqQAwARkAMAIZYFABOQAwDseQUAXZADAH9XBwBgkAMAV/kFAGSQAwCtkAMAaJADAJ0tCQBqkAMAPTEHALKQAwAAkQMAuZADADEwBAAIkQMAU5EDAFaRAwCmkQMAspEDAPmRAwD/kQMATJIDAGeSAwCfkgMAq5IDAPKSAwD4kgMARZMDAE2TAwCYkwMAmpMDAOuTAwCdkwMAkZQDAPWTAwA+lAMARpQDAOccDwCelAMA5JQDAOyUAwA3lQMAOpUDAIqVAwCPlQMA3ZUDAOyVAwAwlgMAUJYDAIOWAwCPlgMA1pYDAOCWAwAplwMAMZcDAHyXAwCOlwMAjR0PANmXAwAimAMAMJgDAHWYAwCCmAMAyJgDAN+YAwAbmQMAI5kDAG6ZAwB9mQMAwZkDAMaZAwAUmgMAIZoDAGeaAwB0mgMAupoDAMaaAwANmwMAHJsDAGCbAwBqmwMAs5sDAMGbAwAGnAMAC5wDAFmcAwBmnAMArJwDAK+cAwD/nAMAB50DAFKdAwBXnQMApZ0DALKdAwD4nQMAAJ4DAEueAwBUngMAnp4DAKueAwDxngMA/54DAESfAwBXnwMAl58DAJ+fAwDqnwMA8Z8DAD2gAwBCoAMAkKADAKagAwDjoAMA5aADADahAwBEoQMAiaEDAJahAwDcoQMA5KEDAC+iAwAyogMAgqIDAIeiAwDVogMA5KIDACijAwBIowMAe6MDAIejAwDOowMA2KMDACGkAwAppAMAdKQDAIakAwDgHQ8A2KQDABqlAwAhpQMAbaUDAHWlAwDApQMAzaUDABOmAwAYpgMAZqYDAHCmAwC5pgMAwaYDAAynAwAOpwMA3HcJABGnAwCiUgcAFqcDACaRCQAbpwMAX6cDABynAwDoQQgAZKcDALKnAwC/pwMABagDABKoAwBYqAMAZKgDAKuoAwC6qAMA/qgDAAipAwBRqQMAWakDAKSpAwCuqQMA96kDAPypAwBKqgMAUqoDADMeDwCpqgMA8KoDAPaqAwBDqwMAXqsDAJarAwCiqwMA6asDAO+rAwA8rAMAWKwDAI+sAwCXrAMAhh4PAOqsAwA1rQMAP60DAIitAwCTrQMA260DAOetAwAurgMANq4DANkeDwCNrgMA1K4DANquAwAnrwMAQq8DAHqvAwCGrwMAza8DANOvAwAgsAMAKLADAHOwAwB5sAMAxrADAM+wAwAZsQMAJrEDAGyxAwB5sQMAv7EDAM2xAwASsgMAH7IDAGWyAwB8sgMAuLIDAMCyAwALswMAELMDAF6zAwAcswMAULUDAGuzAwCxswMAubMDAAS0AwAPtAMAV7QDAFy0AwCqtAMArbQDAP20AwAHtQMALB8PAFW1AwCjtQMAsrUDAPa1AwD4tQMASbYDAFq2AwCctgMArbYDAO+2AwADtwMAfx8PAFO3AwCVtwMAmLcDAOi3AwCdtwMAxfoGAKK3AwB8pA0A8rcDADu4AwA9uAMAjrgDAJi4AwDhuAMA7bgDADS5AwBcuQMAh7kDAJK5AwBxbgQArbkDANq5AwAMugMALboDAFO6AwCAugMAproDANO6AwAGuwMAJrsDAFa7AwB5uwMAgbsDAMy7AwD0uwMAH7wDAFO8AwByvAMAorwDAMW8AwDNvAMAGL0DACe9AwBrvQMAcL0DAL69AwDHvQMAEb4DAMu9AwCGxQMAIr4DAGS+AwBrvgMAt74DAL++AwAKvwMAF78DAF2/AwBivwMAsL8DALq/AwADwAMAC8ADAFbAAwBgwAMAAswDAGXAAwCpwAMArsADAPzAAwAJwQMAT8EDAFzBAwCiwQMArsEDAPXBAwAEwgMASMIDAFLCAwCbwgMAo8IDAO7CAwD4wgMAQcMDAEbDAwCUwwMAnMMDANIfDwDzwwMAOsQDAEDEAwCNxAMAqMQDAODEAwDsxAMAM8UDADnFAwAlIA8Ak8UDANnFAwDlxQMALMYDADvGAwB/xgMAicYDANLGAwDgxgMAJccDACrHAwB4xwMAhccDAMvHAwDTxwMAHsgDACjIAwBxyAMAdsgDAMTIAwDMyAMAF8kDABrJAwBqyQMAdskDAL3JAwDDyQMAEMoDACvKAwBjygMAb8oDALbKAwC8ygMACcsDABHLAwBcywMAXssDAK/LAwC5ywMAeCAPAAjMAwBVzAMAV8wDAKjMAwC1zAMA+8wDAP7MAwBOzQMAX80DAKHNAwCjzQMA9M0DAP7NAwBHzgMAU84DAJrOAwCizgMAyyAPAPLOAwBAzwMAQ88DAJPPAwCdzwMA5s8DAO7PAwA50AMARtADAIzQAwCO0AMA39ADAPXQAwAy0QMAPtEDAB4hDwCh0QMA2NEDAPTRAwBxIQ8AMNIDAH7SAwCL0gMA0dIDAN7SAwAk0wMAMNMDAHfTAwCG0wMAytMDANTTAwAd1AMAK9QDAHDUAwB11AMAw9QDANDUAwAW1QMAL9UDAGnVAwBr1QMAvNUDAMPVAwDEIQ8ALNYDAGLWAwBz1gMAtdYDAMHWAwAI1wMAG9cDAFvXAwBq1wMArtcDALrXAwAB2AMAAtgDAFTYAwBe2AMAp9gDALXYAwD62AMA/9gDAE3ZAwBa2QMAFyIPAKXZAwDz2QMAANoDAEbaAwBT2gMAmdoDAKXaAwDs2gMA+9oDAD/bAwBJ2wMAktsDAKDbAwDl2wMA6tsDADjcAwBF3AMAi9wDAJPcAwDe3AMA6NwDADHdAwA23QMAhN0DAIzdAwAQIw8A2d0DACreAwA43gMAfd4DAI7eAwBjIw8A194DALYjDwAo3wMAdt8DAH7fAwDJ3wMA2N8DABzgAwAh4AMAb+ADAHzgAwDC4AMAz+ADABXhAwAh4QMAaOEDAHfhAwC74QMAxeEDAFwkDwAQ4gMAQOMMABTiAwAEKQsAIeIDAGHiAwBw4gMAtOIDAMDiAwAH4wMACOMDAFrjAwBk4wMAreMDALvjAwAA5AMABeQDAFPkAwBg5AMAryQPAKrkAwD55AMABOUDAEzlAwBa5QMAn+UDALDlAwDy5QMA/uUDAEXmAwBN5gMAAiUPAJ3mAwDr5gMA+OYDAD7nAwBL5wMAkecDAJ3nAwDk5wMA8+cDADfoAwBB6AMAiugDAJjoAwDd6AMA6ugDADDpAwBH6QMAVSUPAJDpAwDW6QMA4+kDACnqAwA16gMAfOoDAIvqAwDP6gMA2eoDACLrAwAw6wMAdesDAD7rAwBJkwgAeusDAMjrAwDV6wMAG+wDACPsAwBu7AMAdOwDAMHsAwDN7AMAFO0DACTtAwBn7QMAcO0DALrtAwC97QMADe4DABnuAwBg7gMAZ+4DAKglDwDA7gMABu8DABXvAwBZ7wMAWu8DAKzvAwDD7wMA/+8DABnwAwBS8AMAXvADAKXwAwC48AMA+PADAAfxAwBL8QMAV/EDAJ7xAwCf8QMA8fEDAPvxAwBE8gMAUvIDAJfyAwCc8gMA6vIDAPfyAwD7JQ8AV/MDAJDzAwCf8wMA4/MDAOXzAwA29AMA6PMDAF/6AwBD9AMAifQDAJb0AwDc9AMA4fQDAC/1AwA59QMAgvUDAJH1AwDV9QMA2vUDACj2AwA19gMAe/YDAIj2AwDO9gMA2vYDACH3AwAw9wMAdPcDAH73AwDH9wMA1PcDABr4AwAf+AMAbfgDAHH4AwDA+AMAzPgDABP5AwAZ+QMAZvkDAGz5AwC5+QMAvvkDAAz6AwAS+gMATiYPAGz6AwCy+gMAv/oDAAX7AwAR+wMAWPsDAGf7AwCr+wMAtfsDAP77AwAM/AMAUfwDAFb8AwCk/AMAsfwDAPf8AwD+/AMASv0DAE/9AwCd/QMAqf0DAPD9AwDz/QMAQ/4DAFD+AwCW/gMAm/4DAOn+AwDz/gMAPP8DAEj/AwCP/wMAov8DAOL/AwDw/wMANQAEADgABACIAAQAkgAEANsABADnAAQALgEEADQBBACBAQQAhwEEANQBBADZAQQAJwIEAC0CBAChJg8AhAIEAFooBgCGAgQApDMIAIkCBADNAgQAzwIEACADBAAxAwQAcwMEAIQDBADGAwQAzgMEABkEBAApBAQAbAQEAG4EBAC/BAQAzQQEABIFBAAjBQQA9CYPAGwFBABHJw8AuQUEAAsGBAAQBgQAXgYEAGQGBACxBgQAuwYEAAQHBAAQBwQAVwcEAF0HBACqBwQAsAcEAP0HBAACCAQAUAgEAFYIBACaJw8AsQgEAPYIBAAPCQQASQkEAEoJBACcCQQAuQkEAO8JBAAJCgQAQgoEAEUKBACVCgQAmgoEAJMoDwABCwQAOwsEAEELBACOCwQAUQsEALV8BACQCwQA4QsEAOcLBAA0DAQASAwEAIcMBACPDAQA2gwEAOcMBAAtDQQAMg0EAIANBACKDQQA0w0EANsNBAAmDgQANw4EAHkOBAB+DgQAzA4EAM4OBAAfDwQAJg8EAHIPBAB+DwQAxQ8EAMwPBAAYEAQANBAEAGsQBABzEAQA5igPAMMQBAAREQQAExEEAGQRBABrEQQAtxEEAMURBAAKEgQAFxIEAF0SBAB0EgQAsBIEALgSBAADEwQADRMEAFYTBAAZEwQAfngEAGETBACpEwQAtRMEAPwTBAAEFAQAOSkPAFAUBACiFAQApxQEAPUUBAD4FAQASBUEAFIVBACbFQQAshUEAO4VBAD0FQQAQRYEAE0WBACUFgQAlxYEAOcWBAAEFwQAOhcEAEsXBACNFwQArBcEAOAXBADoFwQAMxgEADUYBACGGAQAlRgEANkYBADjGAQALBkEADoZBAB/GQQAmhkEANIZBADeGQQAJRoEAC0aBACMKQ8AhBoEAMsaBADaGgQAHhsEACMbBABxGwQAdxsEAMQbBADLGwQAFxwEAB8cBABqHAQAbBwEAL0cBADEHAQAEB0EABIdBABjHQQAZB0EALYdBADAHQQACR4EABUeBABcHgQAYh4EAK8eBADJHgQAAh8EAAofBABVHwQAax8EAKgfBAC2HwQA+x8EAP4fBABOIAQAUSAEAKEgBACvIAQA9CAEAAEhBABHIQQAXiEEAJohBACiIQQA7SEEAO8hBABAIgQASCIEAJMiBACqIgQA5iIEAPIiBAA5IwQATyMEAIwjBACUIwQA3yMEAO0jBAAyJAQAPCQEAIUkBACNJAQA2CQEAN8kBAArJQQANyUEAH4lBAB/JQQA0SUEAN0lBAAkJgQAMSYEAHcmBAB+JgQAyiYEAM0mBAAdJwQAJScEAHAnBAB1JwQAwycEANAnBAAWKAQARCgEAGkoBABxKAQA3ykPAMQoBABsXQ8A2CgEAA8pBAAXKQQAMioPAHApBAC1KQQAtykEAAgqBAAZKgQAWyoEAGMqBACuKgQAuioEAAErBAAHKwQAVCsEAForBACnKwQArCsEAPorBAAALAQAhSoPAFIsBACgLAQAWSwEAP4WDACoLAQA8ywEAPgsBADKVgkA+SwEAPtICgD/LAQAPwQKAAItBABGLQQABC0EAGNGCgBLLQQAmS0EAEwtBABUYggApi0EAOwtBAD5LQQAPy4EAEsuBACSLgQAoS4EAOUuBADvLgQA0SsPAEIvBACLLwQAkC8EAN4vBADmLwQAJCwPADcwBACEMAQAmjAEANcwBADlMAQAKjEEADcxBAB9MQQAfzEEANAxBADaMQQAIzIEAC8yBAB2MgQAfTIEAMkyBADRMgQAHDMEACMzBABvMwQAeDMEAMIzBADOMwQAFTQEAB00BADKLA8AbTQEALs0BADDNAQADjUEAB01BABhNQQAZjUEALQ1BADBNQQABzYEABQ2BABaNgQAZjYEAK02BAC8NgQAADcEAAo3BABTNwQAYTcEAKY3BACrNwQA+TcEAAY4BABMOAQAVDgEAJ84BACpOAQA8jgEAAA5BABFOQQAWzkEAJg5BACkOQQA6zkEAPA5BAA+OgQARzoEAJE6BACbOgQAHS0PAO46BAA3OwQAQzsEAIo7BACSOwQAcC0PAOI7BAAwPAQAPTwEAIM8BACQPAQA1jwEAOI8BAApPQQAOD0EAHw9BACGPQQAzz0EAOc9BAAiPgQALD4EAHU+BACDPgQAyD4EAN4+BAAbPwQAJz8EAG4/BABzPwQAwT8EAMo/BAAUQAQAHkAEAGdABABvQAQAwy0PAMdABAANQQQA0EAEAK6KDgAaQQQAYEEEAGxBBACzQQQAwkEEAAZCBAAQQgQAWUIEAGdCBACsQgQAuUIEAP9CBAAWQwQAUkMEAFpDBAClQwQAr0MEAPhDBAD9QwQAS0QEAFNEBAAWLg8AqkQEAPFEBAD3RAQAREUEAF9FBACXRQQAo0UEAOpFBADwRQQAPUYEAFlGBACQRgQAmEYEAGkuDwDoRgQANkcEAENHBACJRwQAlkcEANxHBADoRwQAL0gEAD5IBACCSAQAjEgEANVIBADjSAQAKEkEAC1JBAB7SQQAiEkEAM5JBADWSQQAIUoEACdKBAB0SgQAK0oEAGZMBACASgQAx0oEANdKBAAaSwQAI0sEAG1LBABwSwQAwEsEAMxLBAATTAQAGkwEALwuDwB0TAQAuUwEAM9MBAAMTQQAGE0EAF9NBABmTQQAsk0EALpNBAAFTgQACk4EAFhOBABhTgQAq04EALVOBAAPLw8AA08EAFFPBAAKTwQAiFMEAFlPBACkTwQAqk8EAPdPBAD8TwQASlAEAFNQBACdUAQAp1AEAPBQBAD8UAQAQ1EEAEtRBABiLw8Am1EEAOlRBADxUQQAPFIEAEdSBACPUgQAlFIEAOJSBADlUgQANVMEAD9TBAC1Lw8AklMEANtTBADfUwQALlQEADNUBACBVAQAh1QEANRUBAD0VAQAJ1UEAC9VBAB6VQQAiFUEAM1VBADQVQQAIFYEAChWBABzVgQAfFYEAMZWBADTVgQAGVcEAB9XBABsVwQAeFcEAL9XBADBVwQAElgEACFYBABlWAQAcFgEALhYBAC6WAQAC1kEACRZBABeWQQAb1kEALFZBAC9WQQACDAPAAxaBABXWgQAd1oEAKpaBAC4WgQA/VoEAApbBABQWwQAV1sEAKNbBAC/WwQA9lsEAP5bBABbMA8ATlwEAJxcBACpXAQA71wEAPxcBABCXQQATl0EAJVdBACkXQQA6F0EAPJdBAA7XgQAUF4EAI5eBACWXgQA4V4EAPBeBAA0XwQANl8EAIdfBACQXwQA2l8EAN1fBAAtYAQAOWAEAIBgBACcYAQA02AEANtgBACuMA8AK2EEAHlhBACPYQQAzGEEANhhBAAfYgQAQmIEAAExDwB8YgQAxWIEAM1iBAAYYwQAHmMEAKC2CAAnYwQAa2MEAHBjBAC+YwQAy2MEABFkBAAeZAQAZGQEAHBkBAC3ZAQAxmQEAAplBAAUZQQAXWUEAGVlBACwZQQAumUEAANmBAAIZgQAVmYEAF5mBABUMQ8ArGYEAPxmBAAZZwQAT2cEAGBnBACiZwQAsGcEAHm0BADYZwQA9WcEABFoBABIaAQAZGgEAKcxDwChaAQA7mgEAPRoBABBaQQARmkEAJRpBACaaQQA+jEPAOxpBAA6agQAR2oEAI1qBACaagQA4GoEAOxqBAAzawQAQmsEAIZrBACQawQA2WsEAOdrBAAsbAQAMWwEAH9sBACMbAQA0mwEAN5sBAAlbQQAK20EAHhtBAB+bQQAy20EANBtBAAebgQAJG4EAPMyDwCFbgQAxG4EAOpuBAAXbwQAPW8EAGpvBACQbwQAvW8EAO1vBAAQcAQAGHAEAGNwBACLcAQAtnAEAOxwBAAJcQQAL3EEAFxxBACCcQQAr3EEAOVxBAACcgQAMnIEAFVyBABdcgQAqHIEAK1yBACMyQQAt3IEAPtyBAAAcwQATnMEAFtzBAChcwQArnMEAPRzBAAAdAQAR3QEAFZ0BACadAQApHQEAO10BAD7dAQAQHUEAEV1BACTdQQAoHUEAOZ1BADudQQAOXYEAD92BACMdgQAQ3YEAPTGBACYdgQA33YEAO92BAAydwQAO3cEAIV3BACIdwQA2HcEAOR3BAAreAQAMngEAEYzDwCSeAQA0XgEANR4BAAkeQQAQXkEAHd5BACIeQQAynkEANF5BAAdegQANnoEAHB6BAB4egQAw3oEANl6BAAWewQAG3sEAGl7BABwewQAvHsEAMV7BAAPfAQAIHwEAGJ8BABufAQAmTMPALd8BADzfwQAyXwEAAh9BAALfQQAW30EAHh9BACufQQAv30EAAF+BAAQfgQAVH4EAGV+BACnfgQAtX4EAPp+BAAGfwQATX8EAFp/BACgfwQAqn8EAOwzDwD5fwQARoAEAFSABACZgAQAm4AEAOyABADzgAQAP4EEAFiBBAA/NA8Am4EEAOWBBADygQQAOIIEAEaCBACLggQAmoIEAN6CBADgggQAMYMEADuDBACEgwQAkoMEANeDBADcgwQAKoQEADeEBAB9hAQAgIQEANCEBADchAQAI4UEADaFBAB2hQQAhYUEAMmFBADVhQQAHIYEAB2GBABvhgQAeYYEAMKGBADQhgQAFYcEABqHBABohwQAdYcEAJI0DwDAhwQADogEACSIBABhiAQAd4gEALSIBAC9iAQAB4kEABSJBABaiQQAaIkEAK2JBAC8iQQAAIoEAAKKBABTigQAXYoEAKaKBAC0igQA+YoEAP6KBABMiwQAWYsEAJ+LBACiiwQA8osEAPqLBABFjAQAVowEAJiMBACmjAQA64wEAPiMBAA+jQQAXo0EAJGNBACZjQQA5I0EAPSNBAA3jgQAOY4EAIqOBACYjgQA3Y4EAO6OBACLNQ8ANo8EAIOPBACPjwQA3jUPAN2PBAApkAQA448EANRGBgAwkAQAfJAEAIKQBADPkAQA25AEACKRBAAlkQQAdZEEAHiRBADIkQQA85EEABuSBAA+kgQAbpIEAHmSBADBkgQAxpIEABSTBAAXkwQAZ5MEAHGTBAC6kwQA5ZMEADE2DwASlAQAYJQEAG2UBACzlAQAwJQEAAaVBAASlQQAWZUEAGiVBACslQQAtpUEAP+VBAAHlgQAUpYEAFyWBACllgQAqpYEAPiWBAAAlwQAhDYPAFiXBACelwQAspcEAPGXBAD5lwQARJgEAEmYBACXmAQAp5gEAOqYBADymAQAPZkEAEeZBACQmQQAm5kEAOOZBADvmQQANpoEAD6aBADXNg8AipoEANyaBADomgQAL5sEAD6bBACCmwQAkJsEANWbBADlmwQAKJwEADacBAB7nAQAh5wEAM6cBADVnAQAIZ0EACmdBAB0nQQAip0EAMedBADbnQQAGp4EAB2eBABtngQAip4EAMCeBADRngQAE58EABufBABmnwQAcZ8EALmfBAC+nwQADKAEAA+gBABfoAQAaaAEALKgBAC1oAQAKjcPAAehBAAaNgcACqEEAFihBABboQQAq6EEALWhBAD+oQQABqIEAFGiBABwogQAfTcPALiiBAD3ogQAHaMEAEqjBABwowQAnaMEAMOjBADwowQAJ6QEAEOkBAB5pAQAlqQEALykBADppAQAD6UEADylBABypQQAj6UEALOlBADipQQA/qUEADWmBAA9pgQA0DcPAI2mBADbpgQA6KYEAC6nBAA7pwQAgacEAI2nBADUpwQA46cEACeoBAAxqAQAeqgEAIioBADNqAQA0qgEACCpBAAtqQQAc6kEAHupBADGqQQAzKkEABmqBADQqQQAC6wEACWqBABsqgQAfKoEAL+qBADIqgQAEqsEABWrBABlqwQAcasEALirBAC/qwQAIzgPABmsBABerAQAdKwEALGsBAC9rAQABK0EAAutBABXrQQAX60EAKqtBACvrQQA/a0EAAauBABQrgQAWq4EAHY4DwCkrgQA9q4EAAKvBABJrwQAT68EAJyvBACerwQA768EAPmvBABCsAQAULAEAJWwBACasAQA6LAEAPWwBAA7sQQAQ7EEAI6xBACYsQQA4bEEAO+xBAA0sgQASrIEAIeyBACTsgQA2rIEAOGyBAAtswQANbMEAICzBACFswQA07MEANyzBAAmtAQAMLQEAMk4DwCRtAQAzLQEAM+0BAAftQQAPLUEAHK1BACDtQQAxbUEAN21BAAYtgQAJLYEAGu2BAB+tgQAvrYEAM22BAARtwQAHbcEAGS3BABltwQAt7cEAMG3BAAKuAQAGLgEAF24BABiuAQAsLgEAL24BAAcOQ8ACLkEAFa5BABjuQQAqbkEALa5BAD8uQQACLoEAE+6BABeugQAoroEAKy6BAD1ugQAA7sEAEi7BABNuwQAm7sEAKi7BADuuwQA9rsEAEG8BABHvAQAlLwEAEu8BACGvgQAoLwEAOe8BAD3vAQAOr0EAEO9BACNvQQAkL0EAOC9BADsvQQAM74EADq+BAAVOg8AlL4EANm+BADvvgQALL8EADi/BAB/vwQAhr8EANK/BADavwQAJcAEACrABAB4wAQAgcAEAMvABADVwAQAaDoPAB/BBABxwQQAfcEEAMTBBADKwQQAF8IEABnCBABqwgQAdMIEAL3CBADLwgQAEMMEABXDBABjwwQAcMMEALbDBAC+wwQACcQEABPEBABcxAQAasQEAK/EBADFxAQAAsUEAA7FBABVxQQAXMUEAKjFBACwxQQA+8UEAADGBABOxgQAV8YEAKHGBACrxgQAuzoPAALHBABHxwQAXccEAJrHBACmxwQA7ccEAPTHBABAyAQASMgEAJPIBACYyAQA5sgEAO/IBAA5yQQAQ8kEAA47DwCNyQQA38kEAOvJBAAyygQAOMoEAIXKBACHygQA2MoEAOLKBAArywQAOcsEAH7LBACDywQA0csEAN7LBAAkzAQALMwEAHfMBACBzAQAyswEANjMBAAdzQQAM80EAHDNBAB8zQQAw80EAMrNBAAWzgQAHs4EAGnOBABuzgQAvM4EAMXOBAAPzwQAGc8EAGE7DwBkzwQAED8LAHDPBAC1zwQAxs8EAAjQBAAN0AQAW9AEAHLQBACu0AQAwtAEAAHRBAAZ0QQAVNEEAGPRBACn0QQArNEEAPrRBAAH0gQATdIEAFrSBACg0gQArNIEAPPSBAAC0wQARtMEAFDTBACZ0wQAodMEAOzTBAAK1AQAP9QEAEfUBACS1AQAm9QEAOXUBADy1AQAONUEADrVBACL1QQApNUEAN7VBADv1QQAMdYEAD3WBACE1gQAjNYEALQ7DwDc1gQAKtcEADLXBAB91wQAjNcEANDXBADV1wQAI9gEADDYBAB22AQAg9gEAMnYBADV2AQAHNkEACvZBABv2QQAedkEAMLZBADK2QQAFdoEAB/aBABo2gQAbdoEALvaBADD2gQABzwPACXbBABh2wQAadsEALTbBAC+2wQAB9wEAAzcBABa3AQAYtwEAFo8DwCy3AQAAN0EAAndBAAvxAoADd0EAFPdBAAW3QQA5UINAF3dBAB7Cg0AYN0EAKbdBACy3QQA+d0EAAjeBABM3gQAVt4EAJ/eBACn3gQAGxUKAK3eBADy3gQA/94EAEXfBABc3wQAmN8EAKDfBADr3wQA9d8EAD7gBABD4AQAkeAEAJngBACtPA8A8eAEADfhBABF4QQAiuEEAJ3hBADd4QQA5eEEADDiBAAz4gQAg+IEAIjiBADW4gQA5eIEACnjBABJ4wQAfOMEAIjjBADP4wQA2eMEACLkBAA+5AQAdeQEAH3kBAAAPQ8A2+QEABvlBAAh5QQAbuUEAHrlBADB5QQAy+UEABTmBAAa5gQAZ+YEAHXmBAC65gQAxuYEAA3nBAAQ5wQAYOcEAGHnBACz5wQAv+cEAAboBAAM6AQAWegEAF/oBACs6AQAuOgEAP/oBAAc6QQAUukEAFvpBACl6QQAsekEAPjpBAD76QQAS+oEAFXqBACe6gQAquoEAPHqBAD36gQAROsEAErrBACX6wQAnOsEAOrrBADw6wQAUz0PAEnsBACQ7AQAkuwEAOPsBADy7AQANu0EAEHtBACJ7QQAle0EANztBADj7QQAL+4EADfuBACC7gQAjO4EANXuBADg7gQAKO8EADTvBAB77wQAg+8EAEw+DwDQ7wQAIfAEADTwBAB08AQAfPAEAMfwBADN8AQAGvEEACbxBABt8QQAd/EEAMDxBADG8QQAE/IEACHyBABm8gQAcvIEALnyBAC88gQADPMEABTzBABf8wQAYPMEALLzBAC+8wQABfQEAAv0BABY9AQAYPQEAKv0BACx9AQA/vQEAAr1BABR9QQAbvUEAKT1BACt9QQA9/UEAAP2BABK9gQATfYEAJ32BACn9gQA8PYEAPj2BABD9wQAVPcEAJb3BACk9wQA6fcEAP/3BAA8+AQASvgEAI/4BACZ+AQAnz4PAPH4BAA1+QQAQPkEAIj5BACU+QQA2/kEAOL5BAAu+gQANvoEAIH6BACL+gQA1PoEAN/6BAAn+wQAM/sEAHr7BACC+wQA8j4PAM/7BAAg/AQAM/wEAHP8BAB7/AQAxvwEAMz8BAAZ/QQAJf0EAGz9BAB2/QQAv/0EAMX9BAAS/gQAIP4EAGX+BABx/gQAuP4EALv+BAAL/wQAE/8EAF7/BABf/wQAsf8EAL3/BAAEAAUACgAFAFcABQBfAAUAqgAFALAABQD9AAUACQEFAFABBQBtAQUAowEFAKwBBQD2AQUAAgIFAEkCBQBMAgUAnAIFAKYCBQDvAgUA9wIFAEIDBQBTAwUAlQMFAKMDBQDoAwUA/gMFADsEBQBJBAUAjgQFAJgEBQDhBAUA6QQFADQFBQBXBQUART8PAJIFBQDaBQUA6AUFAC0GBQA8BgUAgAYFAIsGBQDTBgUA2wYFACYHBQA0BwUAeQcFAHwHBQDMBwUA1AcFAJg/DwAtCAUAcggFAHUIBQDFCAUAzQgFACVmBQDRCAUArDsFANQIBQDuDgUA4QgFABgJBQA0CQUA6z8PAG0JBQC+CQUAywkFABEKBQAeCgUAZAoFAGkKBQC3CgUAwQoFAAoLBQAZCwUAXQsFAGILBQCwCwUAvQsFAAMMBQAQDAUAVgwFAGIMBQCpDAUAuAwFAPwMBQAGDQUATw0FAFsNBQCiDQUAqA0FAPUNBQD7DQUASA4FAE0OBQCbDgUAoQ4FAD5ADwDzDgUATDEFAP8OBQBBDwUATw8FAJQPBQCgDwUA5w8FAPQPBQA6EAUARBAFAI0QBQCpEAUA4BAFAPwQBQCRQA8ANREFAIYRBQCTEQUA2REFAOYRBQAsEgUAMRIFAH8SBQCJEgUA0hIFAOESBQAlEwUAKhMFAHgTBQCFEwUAyxMFANgTBQAeFAUAKhQFAHEUBQCAFAUAxBQFAM4UBQAXFQUAIxUFAGoVBQBwFQUAvRUFAMMVBQAQFgUAFRYFAGMWBQBpFgUA5EAPAL0WBQAJFwUAFxcFAFwXBQBfFwUArxcFAL4XBQACGAUABxgFAFUYBQBiGAUAqBgFALUYBQD7GAUABxkFAE4ZBQBdGQUAoRkFAKsZBQD0GQUAAhoFAEcaBQBMGgUAmhoFAKcaBQDtGgUA+RoFAEAbBQBTGwUAkxsFAKIbBQDmGwUA8hsFADkcBQA6HAUAjBwFAJYcBQDfHAUA7RwFADIdBQA3HQUAhR0FAJIdBQA3QQ8A3R0FACseBQA0HgUAfh4FAI8eBQDRHgUA2B4FACQfBQAsHwUAdx8FAIQfBQDKHwUAzx8FAB0gBQAnIAUAcCAFAHggBQDDIAUA2iAFABYhBQAiIQUAaSEFAHMhBQC8IQUAxCEFAA8iBQARIgUAYiIFAGoiBQC1IgUAuyIFAAgjBQAUIwUAWyMFAF4jBQCuIwUAsyMFAAEkBQAKJAUAVCQFAFokBQCnJAUAtiQFAPokBQAGJQUAMEIPAE8lBQCgJQUAriUFAPMlBQAEJgUAg0IPAE0mBQDWQg8AniYFAOwmBQD0JgUAPycFAE4nBQCSJwUAlycFAOUnBQDyJwUAOCgFAEUoBQCLKAUAlygFAN4oBQDtKAUAMSkFADspBQB8Qw8AhikFANcpBQDyKQUAKioFACwqBQB9KgUAlyoFANAqBQDdKgUAIysFAC8rBQB2KwUAgCsFAMkrBQDjKwUAHCwFACssBQBvLAUAdCwFAMIsBQDPLAUAFS0FACItBQBoLQUAdC0FALstBQDKLQUADi4FABguBQBhLgUAbS4FALQuBQDHLgUABy8FABYvBQBaLwUAZi8FAK0vBQCuLwUAADAFAAowBQBTMAUAYTAFAKYwBQCrMAUA+TAFAAYxBQDPQw8AWTEFAJ8xBQCsMQUA8jEFAP4xBQBFMgUAVDIFAJgyBQCiMgUA6zIFAPkyBQA+MwUAQzMFAJEzBQCeMwUA5DMFAPAzBQA3NAUASjQFAIo0BQCZNAUA3TQFAOk0BQAwNQUAMTUFAIM1BQCNNQUA1jUFAOQ1BQApNgUALjYFAHw2BQCJNgUAIkQPANw2BQAiNwUAJDcFAHU3BQCONwUAyDcFANk3BQAbOAUAJzgFAG44BQB2OAUAG0UPAMY4BQAUOQUAHDkFAGc5BQB2OQUAujkFAL85BQANOgUAGjoFAGA6BQBtOgUAszoFAL86BQAGOwUAFTsFAFk7BQBjOwUAbkUPAL87BQD/OwUADjwFAFI8BQBePAUApTwFAKY8BQD4PAUAAj0FAEs9BQBZPQUAnj0FAKM9BQDxPQUA/j0FAMFFDwBJPgUAlz4FAKQ+BQDqPgUA9z4FAD0/BQBJPwUAkD8FAJ8/BQDjPwUA7T8FADZABQBEQAUAiUAFAI5ABQDcQAUA6UAFAC9BBQA3QQUAgkEFAIhBBQDVQQUAjEEFALONBQDhQQUAKEIFADhCBQB7QgUAhEIFAM5CBQDRQgUAIUMFAC1DBQB0QwUAe0MFALpGDwDSQwUAGkQFABtEBQBtRAUAhUQFAMBEBQDNRAUAE0UFAB9FBQBmRQUAcEUFALlFBQC9RQUADEYFABFGBQBfRgUAZUYFALJGBQDSRgUABUcFAB1HBQBYRwUAb0cFAKtHBQC3RwUA/kcFAAhIBQBRSAUAU0gFAKRIBQCrSAUA90gFAP5IBQBKSQUAUEkFAJ1JBQCpSQUA8EkFAPNJBQBDSgUARkoFAJZKBQCiSgUA6UoFAOxKBQANRw8AQUsFAI9LBQCXSwUA4ksFAOhLBQA1TAUAOkwFAIhMBQCRTAUA20wFAOVMBQAuTQUAOk0FAIFNBQCJTQUAYEcPANlNBQAnTgUAL04FAHpOBQCFTgUAzU4FANJOBQAgTwUAI08FAHNPBQB9TwUAs0cPANJPBQAZUAUAIFAFAGxQBQB6UAUAv1AFAMJQBQASUQUAGlEFAGVRBQBoUQUAuFEFAMRRBQALUgUAEVIFAF5SBQB5UgUAsVIFAL1SBQAEUwUAClMFAFdTBQBfUwUAqlMFAK5TBQD9UwUACVQFAFBUBQBdVAUAo1QFAK1UBQD2VAUA/lQFAElVBQBLVQUAnFUFAKBVBQDvVQUA8VUFAEJWBQBWVgUABkgPAJ1WBQDoVgUA7FYFADtXBQA9VwUAjlcFAJFXBQDhVwUA6VcFADRYBQBBWAUAh1gFAIxYBQDaWAUA5FgFAC1ZBQA1WQUAgFkFAIFZBQDTWQUA2FkFACZaBQApWgUAeVoFAHxaBQDMWgUA2loFAB9bBQA4WwUAclsFAINbBQDFWwUA0VsFABhcBQAgXAUAWUgPAHBcBQC+XAUAxlwFABFdBQAgXQUAZF0FAGldBQC3XQUAxF0FAApeBQAXXgUAXV4FAGleBQCwXgUAv14FAANfBQANXwUAVl8FAF5fBQCpXwUAs18FAPxfBQABYAUAT2AFAFdgBQCsSA8ArWAFAPVgBQABYQUASGEFAFBhBQD/SA8Ap2EFAO5hBQD1YQUAQWIFAE9iBQCUYgUAl2IFAOdiBQDvYgUAOmMFAD1jBQCNYwUAmWMFAOBjBQDmYwUAM2QFAE5kBQCGZAUAkmQFANlkBQDfZAUALGUFAE9lBQB/ZQUAgmUFANJlBQD2ZQUAUkkPADRmBQB4ZgUAfWYFAMtmBQDYZgUAHmcFACtnBQBxZwUAfWcFAMRnBQDTZwUAF2gFACFoBQBqaAUAeGgFAL1oBQDCaAUAEGkFAB1pBQBjaQUAa2kFAKVJDwDDaQUACWoFABFqBQBcagUAdWoFAK9qBQC1agUAAmsFAAdrBQBVawUAdWsFAKhrBQC0awUA+2sFAAhsBQBObAUAVmwFAKFsBQCkbAUA9GwFAP5sBQBHbQUASW0FAJptBQCkbQUA7W0FAPltBQD4SQ8AVm4FAJNuBQCfbgUA5m4FAOtuBQA5bwUA7m4FAMZVEABCbwUAjG8FAJZvBQDfbwUA528FAJldCQDrbwUAMnAFAAJwBQC9TAkAOHAFAIVwBQBFcAUAgXYLAItwBQDYcAUA3XAFACtxBQAxcQUAS0oPAIxxBQDRcQUA53EFACRyBQAwcgUAd3IFAHxyBQDKcgUA03IFAB1zBQAncwUAcHMFAHhzBQDDcwUA0nMFABZ0BQAbdAUAaXQFAHZ0BQC8dAUAyXQFAA91BQAbdQUAYnUFAHF1BQC1dQUAv3UFAAh2BQAWdgUAW3YFAGh2BQCudgUAxXYFAAF3BQAJdwUAVHcFAF53BQCndwUArHcFAPp3BQACeAUAREsPAFl4BQCgeAUApngFAPN4BQAOeQUARnkFAFJ5BQCZeQUAn3kFAJdLDwD/eQUAP3oFAE56BQCSegUAnnoFAOV6BQDmegUAOHsFAEJ7BQCLewUAmXsFAN57BQDjewUAMXwFAD58BQDqSw8AiXwFANd8BQDffAUAKn0FAC19BQB9fQUAhn0FANB9BQDffQUAI34FAC5+BQB2fgUAfn4FAMl+BQDZfgUAHH8FACp/BQBvfwUAgH8FAMJ/BQDOfwUAFYAFAB2ABQDjTA8AboAFALuABQDDgAUADoEFABWBBQBhgQUAb4EFALSBBQC6gQUAB4IFABOCBQBaggUAaYIFAK2CBQC3ggUAAIMFAAWDBQBTgwUAWYMFAKaDBQC6gwUA+YMFAAGEBQBMhAUAdIQFAJ+EBQCohAUA8oQFAP+EBQBFhQUAU4UFAJiFBQCrhQUA64UFAAeGBQA2TQ8AQ4YFAJGGBQCehgUA5IYFAPGGBQA3hwUAQ4cFAIqHBQCZhwUA3YcFAOeHBQAwiAUAPogFAIOIBQCIiAUA1ogFAOOIBQApiQUAMYkFAHyJBQCCiQUAz4kFANuJBQAiigUAMooFAHWKBQB+igUAyIoFAMuKBQAbiwUAJ4sFAG6LBQB1iwUAiU0PAOmLBQAUjAUAHYwFAGeMBQB0jAUAuowFAMiMBQANjQUAII0FAGCNBQB8jQUA3E0PAMGNBQAGjgUAHI4FAFmOBQBljgUArI4FALOOBQD/jgUAB48FAFKPBQBXjwUApY8FAK6PBQD4jwUAApAFAC9ODwBMkAUAnpAFAKqQBQDxkAUA95AFAESRBQBGkQUAl5EFAKGRBQDqkQUA+JEFAD2SBQBCkgUAkJIFAJ2SBQDjkgUA65IFADaTBQBAkwUAiZMFAJeTBQDckwUA8pMFAC+UBQA7lAUAgpQFAImUBQDVlAUA3ZQFACiVBQAtlQUAe5UFAISVBQDOlQUA2JUFAIJODwAvlgUAdJYFAIqWBQDHlgUA05YFABqXBQAflwUAbZcFAHaXBQDAlwUAypcFABOYBQAfmAUAZpgFAGyYBQC5mAUAv5gFAAyZBQARmQUAX5kFAGWZBQDVTg8At5kFAAWaBQASmgUAWJoFAGWaBQCrmgUAt5oFAP6aBQANmwUAUZsFAFubBQCkmwUAspsFAPebBQD8mwUASpwFAFecBQCdnAUApZwFAPCcBQD6nAUAQ50FAFGdBQCWnQUArJ0FAOmdBQD1nQUAPJ4FAEGeBQCPngUAmJ4FAOKeBQDsngUAzk8PAEGfBQCInwUAmZ8FANufBQDnnwUALqAFAD2gBQCBoAUAi6AFANSgBQDioAUAJ6EFACyhBQB6oQUAh6EFAM2hBQDXoQUAIKIFANmhBQCxpQUALqIFAHOiBQCJogUAxqIFANKiBQAZowUAHqMFAGyjBQB1owUAv6MFAMmjBQASpAUAHqQFAGWkBQBrpAUAuKQFAL6kBQALpQUAEKUFAF6lBQBkpQUAIVAPALelBQAEpgUACqYFAFemBQBcpgUAqqYFALCmBQB0UA8AC6cFAFCnBQBmpwUAo6cFAK+nBQD2pwUA+6cFAEmoBQBSqAUAnKgFAKaoBQDvqAUA+6gFAEKpBQBVqQUAlakFAKSpBQDoqQUA9KkFADuqBQA8qgUAjqoFAJiqBQDhqgUA76oFADSrBQA5qwUAh6sFAJSrBQDHUA8A6asFAC2sBQBNrAUAgKwFAIysBQDTrAUA3awFACatBQArrQUAea0FAHqtBQDMrQUA2K0FAB+uBQAsrgUAcq4FAH6uBQDFrgUA2K4FABivBQAnrwUAa68FAHevBQC+rwUAv68FABGwBQAbsAUAZLAFAHKwBQC3sAUAvLAFAAqxBQAXsQUAGlEPAHmxBQBtUQ8AtrEFAAOyBQAJsgUAVrIFAFuyBQCpsgUAr7IFAMBRDwABswUAT7MFAFKzBQCiswUArrMFAPWzBQD7swUASLQFAGO0BQCbtAUAp7QFAO60BQD0tAUAQbUFAEO1BQCUtQUAr7UFAOe1BQDptQUAOrYFAEi2BQCNtgUAnrYFAOC2BQDitgUAM7cFAEy3BQCGtwUAl7cFANm3BQDltwUAuVIPADa4BQB/uAUAjbgFANK4BQDouAUAJbkFADG5BQB4uQUAfbkFAMu5BQDUuQUAHroFACi6BQBxugUAeboFAMS6BQDJugUAF7sFACa7BQBquwUAebsFAL27BQDGuwUAELwFABa8BQBjvAUAabwFALa8BQDCvAUACb0FABC9BQBcvQUAZL0FAK+9BQCxvQUAAr4FABK+BQBVvgUAX74FAKi+BQC0vgUA+74FAAG/BQBOvwUAVr8FAAxTDwCtvwUA9L8FAAXABQBHwAUAU8AFAJrABQCpwAUA7cAFAPfABQBAwQUATsEFAJPBBQCYwQUA5sEFAPPBBQA5wgUAQcIFAIzCBQCWwgUAkdkFAJjCBQDfwgUA5cIFADLDBQA4wwUAhcMFAIrDBQDYwwUA3sMFAF9TDwA3xAUAfsQFAITEBQDRxAUA7MQFACTFBQAwxQUAd8UFAH3FBQDKxQUA0sUFAB3GBQAgxgUAcMYFAHzGBQDDxgUA1MYFABbHBQAixwUAaccFAHjHBQC8xwUAxscFAA/IBQAdyAUAYsgFAGfIBQC1yAUAwsgFAAjJBQAQyQUAW8kFAGXJBQCuyQUAvMkFAAHKBQAXygUAVMoFAGDKBQCnygUArMoFAPrKBQADywUATcsFAFfLBQBYVA8ApssFAPPLBQD5ywUARswFAFLMBQCZzAUApswFAOzMBQD2zAUAP80FAEfNBQCSzQUAnM0FAOXNBQDqzQUAOM4FADnOBQCLzgUAkM4FAN7OBQDvzgUAMc8FADbPBQCEzwUAm88FANfPBQDrzwUAKtAFAEbQBQB90AUAhdAFAKtUDwDY0AUAI9EFAC3RBQB20QUAitEFAMnRBQDK0QUAHNIFACjSBQBv0gUAi9IFAMLSBQDK0gUA/lQPAB7TBQBo0wUAdtMFALvTBQB30wUA0+MJAMXTBQAO1AUAENQFAGHUBQB61AUAtNQFAMXUBQAH1QUAE9UFAFrVBQBi1QUAUVUPALnVBQAA1gUABtYFAFPWBQBu1gUAptYFALLWBQD51gUA/9YFAEzXBQBP1wUAn9cFAKfXBQDy1wUAAtgFAEXYBQBK2AUAmNgFAKHYBQDr2AUA+NgFAD7ZBQBF2QUApFUPAJ/ZBQDk2QUA+tkFADfaBQBD2gUAitoFAI/aBQDd2gUA5toFADDbBQA62wUAg9sFAJ/bBQDW2wUA3tsFAPdVDwAu3AUAfNwFAITcBQDP3AUA0dwFACLdBQA93QUAdd0FAHfdBQDI3QUA1t0FABveBQAs3gUAbt4FAHDeBQDB3gUA2t4FABTfBQAl3wUAZ98FAHPfBQC63wUAwt8FAEpWDwAZ4AUAYOAFAGbgBQCz4AUAzuAFAAbhBQAS4QUAWeEFAF/hBQCs4QUAr+EFAJ1WDwAc4gUAUuIFAFPiBQCl4gUAtOIFAPjiBQD94gUAS+MFAFjjBQCe4wUAq+MFAPHjBQD94wUAROQFAFPkBQCX5AUAoeQFAOrkBQD45AUAPeUFAELlBQCQ5QUAneUFAOPlBQDv5QUANuYFADzmBQCJ5gUASeYFAEn7BQCP5gUA3OYFAOHmBQAv5wUANecFAPBWDwCH5wUA1ecFAPXnBQAo6AUANOgFAHvoBQCB6AUAzugFANboBQAPGwYA1+gFACHpBQAu6QUAdOkFAHrpBQDH6QUA0+kFABrqBQAc6gUAbeoFAHzqBQDA6gUAy+oFABPrBQAV6wUAZusFAH/rBQC56wUAyusFAAzsBQAY7AUAX+wFAGvsBQCy7AUAxewFAAXtBQAU7QUAWO0FAGTtBQCr7QUArO0FAP7tBQAI7gUAUe4FAF/uBQCk7gUAqe4FAPfuBQAE7wUAQ1cPAFfvBQCd7wUAse8FAPDvBQAM8AUAQ/AFAF/wBQCWVw8ApfAFAOnwBQDq8AUAPPEFAEvxBQCP8QUAlPEFAOLxBQDv8QUANfIFAELyBQCI8gUAlPIFANvyBQDq8gUALvMFADjzBQCB8wUAj/MFANTzBQDZ8wUAJ/QFADT0BQB69AUAivQFAM30BQDP9AUAIPUFAC71BQBz9QUAhPUFAOlXDwDN9QUAPFgPAB72BQBs9gUAefYFAL/2BQDM9gUAEvcFABj3BQBl9wUAcfcFALj3BQDI9wUAC/gFABT4BQBe+AUAYfgFALH4BQC9+AUABPkFAAv5BQCPWA8AY/kFAKr5BQC6+QUA/fkFAAb6BQBQ+gUAU/oFAKP6BQCv+gUA9voFAP36BQDiWA8AWPsFAJz7BQCo+wUA7/sFAPD7BQBC/AUATPwFAJX8BQCj/AUA6PwFAO38BQA7/QUASP0FADVZDwCT/QUA4f0FAPD9BQA0/gUAVP4FAIf+BQCT/gUA2v4FAOT+BQAt/wUANf8FAID/BQCM/wUA0/8FANn/BQAmAAYALAAGAHkABgB+AAYAzAAGANIABgAuWg8AJAEGAHIBBgB7AQYAxQEGANYBBgAYAgYAHwIGAGsCBgBzAgYAvgIGAMsCBgARAwYAFgMGAGQDBgBuAwYAtwMGAL8DBgAKBAYAGQQGAF0EBgBiBAYAsAQGAL0EBgADBQYAEAUGAFYFBgBiBQYAqQUGALgFBgD8BQYABgYGAE8GBgBXBgYAogYGAKwGBgD1BgYA+gYGAEgHBgBQBwYAJ1sPAKAHBgDuBwYA8QcGAEEIBgBLCAYAelsPAJoIBgDnCAYA7AgGADoJBgBaCQYAjQkGAJkJBgDgCQYA5gkGADMKBgA2CgYAhgoGAIgKBgDZCgYA9AoGACwLBgAuCwYAfwsGAI0LBgDSCwYA4wsGACUMBgAnDAYAeAwGAJEMBgDLDAYA3AwGAB4NBgAqDQYAzVsPAIENBgDEDQYA5A0GABcOBgAZDgYAag4GAHYOBgA2rg0AeQ4GAPkpBgCGDgYA8TYGAJMOBgC9DgYAwA4GABAPBgAdDwYA7RMGAB8PBgBjDwYAaA8GALYPBgDDDwYACRAGABYQBgBcEAYAaBAGAK8QBgC+EAYAAhEGAAwRBgBVEQYAYxEGAKgRBgCtEQYA+xEGAAgSBgBOEgYAWhIGAKESBgCnEgYA9BIGAPoSBgBHEwYATBMGAJoTBgCgEwYAIFwPAPYTBgBAFAYAVhQGAJMUBgCsFAYA5hQGAPIUBgA5FQYAPxUGAIwVBgCRFQYA3xUGAO8VBgAyFgYAOBYGAIUWBgCRFgYA2BYGAOIWBgArFwYAMRcGAH4XBgCMFwYA0RcGAN0XBgAkGAYAJxgGAHcYBgCDGAYAyhgGAN0YBgAdGQYALBkGAHAZBgB8GQYAwxkGAM8ZBgAWGgYAHRoGAGkaBgB1GgYAvBoGAMMaBgBzXA8AJRsGAGIbBgBkGwYAtRsGAMkbBgAIHAYAEBwGAFscBgBoHAYArhwGALMcBgABHQYACx0GAFQdBgBcHQYApx0GAMAdBgD6HQYABh4GAE0eBgBVHgYAxlwPALseBgDzHgYA9R4GAEYfBgBUHwYAmR8GAKofBgDsHwYA7h8GAD8gBgBYIAYAkiAGAKMgBgDlIAYA8SAGABldDwA9IQYAiyEGAJQhBgDeIQYA7yEGADEiBgA4IgYAhCIGAIwiBgDXIgYA5CIGACojBgAvIwYAfSMGAIcjBgDQIwYA2CMGACMkBgA8JAYAdiQGAIIkBgDJJAYA0SQGAL9dDwAfJQYAbyUGAHklBgDCJQYAxCUGABUmBgAuJgYAaCYGAHkmBgC7JgYAySYGAA4nBgARJwYAYScGAGwnBgC0JwYAwCcGAAcoBgAOKAYAEl4PAF8oBgCtKAYAtSgGAAApBgAOKQYAUykGAFQpBgCmKQYAwSkGAGVeDwD+KQYATCoGAFkqBgCfKgYArCoGAPIqBgD+KgYARSsGAFQrBgCYKwYAoisGAOsrBgD5KwYAPiwGAEMsBgCRLAYAniwGAOQsBgDwLAYANy0GAD0tBgCKLQYAkC0GAN0tBgDiLQYAMC4GADYuBgC4Xg8AkC4GANYuBgDYLgYAKS8GAEIvBgB8LwYAjS8GAM8vBgDbLwYAIjAGACowBgCxXw8AejAGAMgwBgDQMAYAGzEGADQxBgBuMQYAczEGAMExBgDGMQYAFDIGAB4yBgBnMgYAajIGALoyBgDEMgYADTMGABMzBgBgMwYAYjMGALMzBgC0MwYABjQGAA40BgBZNAYAaTQGAKw0BgCyNAYA/zQGAAQ1BgBSNQYAaDUGAKU1BgCtNQYA+DUGACA2BgBLNgYAbjYGAJ42BgC9NgYABGAPAPk2BgBXYA8AVTcGAJc3BgClNwYA6jcGAPY3BgA9OAYASjgGAJA4BgCaOAYA4zgGAOs4BgA2OQYAQTkGAIk5BgCLOQYA3DkGAN85BgAvOgYANzoGAII6BgCIOgYA1ToGAN46BgAoOwYANTsGAHs7BgCDOwYAzjsGANM7BgAhPAYAKjwGAHQ8BgB+PAYAxzwGAM88BgAaPQYAHz0GAG09BgB9PQYAwD0GAMg9BgATPgYAFT4GAGY+BgCBPgYAuT4GALs+BgAMPwYAGj8GAF8/BgBwPwYAsj8GALQ/BgAFQAYAHkAGAFhABgBpQAYAq0AGALdABgD+QAYABkEGAKpgDwBXQQYApEEGAKlBBgD3QQYAF0IGAEpCBgBWQgYAnUIGAKNCBgDwQgYA80IGAENDBgBLQwYAlkMGAKBDBgDpQwYA7kMGADxEBgBERAYAj0QGAJlEBgDiRAYA5EQGADVFBgBGRQYAiEUGAKhFBgDbRQYA40UGAC5GBgA4RgYAgUYGAIZGBgD9YA8A6EYGACdHBgAvRwYAekcGAH9HBgDNRwYA3UcGACBIBgAoSAYAc0gGAH1IBgDGSAYA0UgGABlJBgAlSQYAbEkGAHRJBgBQYQ8Ay0kGABJKBgAeSgYAZUoGAGxKBgC4SgYAwEoGAAtLBgAkSwYAXksGAGRLBgCxSwYAtksGAARMBgAkTAYAV0wGAGNMBgCqTAYAsEwGAP1MBgAATQYAo2EPAFJNBgCjTQYAXk0GAJGaDgCmTQYA9k0GAABOBgBJTgYAV04GAJxOBgCrTgYA704GAPJOBgBCTwYAB08GADh0BgALTwYATmUGAE5PBgCVTwYAl08GAOhPBgDuTwYAO1AGAEpQBgCOUAYAmVAGAOFQBgDpUAYAHrMGAPtQBgA0UQYAQFEGAIdRBgCaUQYA2lEGAOlRBgAtUgYAOVIGAIBSBgCBUgYA01IGAN1SBgAmUwYANFMGAHlTBgB+UwYAzFMGANlTBgD2YQ8AOVQGAHJUBgCBVAYAxVQGAMpUBgAYVQYAJVUGAGtVBgB4VQYAvlUGAMpVBgARVgYAIFYGAGRWBgBuVgYAt1YGAMVWBgAKVwYAD1cGAF1XBgBqVwYAsFcGALxXBgADWAYACVgGAFZYBgBcWAYAqVgGAK5YBgD8WAYAAlkGAEliDwBQWQYAolkGAFhZBgAVvggAXFkGAPupCABvWQYAUb0MAK5ZBgD1WQYA+1kGADhtBwACWgYASFoGAEtaBgCbWgYAp1oGAO5aBgDwWgYAQVsGAEdbBgCUWwYAo1sGAOdbBgDyWwYAOlwGADtcBgCNXAYAoVwGAOBcBgD6XAYAM10GAD9dBgCGXQYAmV0GANldBgDoXQYALF4GADheBgB/XgYAgF4GANJeBgDcXgYAJV8GADNfBgB4XwYAfV8GAMtfBgDYXwYAnGIPADhgBgBxYAYAgGAGAMRgBgDJYAYAF2EGACRhBgBqYQYAd2EGAL1hBgDJYQYAEGIGAB9iBgBjYgYAbWIGALZiBgDEYgYACWMGAA5jBgBcYwYAaWMGAK9jBgC7YwYAAmQGAAhkBgBVZAYAW2QGAKhkBgCtZAYA+2QGAAFlBgDvYg8AamUGAEJjDwCnZQYA9GUGAPZlBgBHZgYAVGYGAJpmBgCdZgYA7WYGAO5mBgBAZwYARWcGAJNnBgCZZwYA5mcGAPBnBgA5aAYAVWgGAIxoBgCoaAYAlWMPAOVoBgAyaQYANGkGAIVpBgCSaQYA2GkGANtpBgAragYALGoGAH5qBgCDagYA0WoGANdqBgAkawYALmsGAHdrBgCTawYAymsGAOZrBgDoYw8AI2wGAHBsBgB2bAYAw2wGAMhsBgAWbQYAHG0GADtkDwB3bQYAvG0GANdtBgAPbgYAHW4GAGJuBgBvbgYAtW4GAMxuBgAIbwYAF28GAFtvBgBgbwYArm8GALtvBgABcAYADnAGAFRwBgBgcAYAp3AGALZwBgD6cAYABHEGAE1xBgBbcQYAoHEGAKVxBgDzcQYAAHIGAEZyBgBJcgYAmXIGAKVyBgDscgYA8nIGAD9zBgBFcwYAknMGAJdzBgDlcwYA63MGAI5kDwBCdAYAi3QGAJF0BgDedAYA4HQGADF1BgA+dQYAhHUGAId1BgDXdQYA2HUGACp2BgAvdgYAfXYGAIN2BgDQdgYA2nYGACN3BgA9dwYAdncGAIV3BgDJdwYAzncGABx4BgApeAYAb3gGAHx4BgDCeAYAzngGABV5BgAkeQYAaHkGAHJ5BgC7eQYAyXkGAA56BgATegYAYXoGAG56BgC0egYAvnoGAG6EBgDAegYAB3sGAA17BgBaewYAYHsGAK17BgCyewYAAHwGAAZ8BgDhZA8AWHwGAKZ8BgCzfAYA+XwGAAZ9BgBMfQYAWH0GAJ99BgCufQYA8n0GAPx9BgBFfgYAU34GAJh+BgCdfgYA634GAPh+BgA+fwYARn8GAJF/BgCdfwYA5H8GAOp/BgA3gAYAPYAGAIqABgCPgAYA3YAGAOOABgDaZQ8AMoEGAIOBBgCMgQYA1oEGANmBBgApggYANYIGAHyCBgCDggYAz4IGANeCBgAigwYAO4MGAHWDBgCJgwYAyIMGAOSDBgAbhAYAI4QGAIBmDwB8hAYAwYQGANeEBgAUhQYAIIUGAGeFBgBshQYAuoUGAMOFBgANhgYAF4YGAGCGBgB8hgYAs4YGALuGBgDTZg8AC4cGAFmHBgBmhwYArIcGALmHBgD/hwYAC4gGAFKIBgBhiAYApYgGAK+IBgD4iAYABokGAEuJBgBQiQYAnokGAKuJBgDxiQYA+YkGAESKBgBOigYAl4oGAKWKBgDqigYAAIsGAD2LBgBJiwYAkIsGAJWLBgDjiwYA7IsGADaMBgBAjAYAiYwGAJGMBgDcjAYA64wGAC+NBgAxjQYAgo0GAIuNBgDVjQYA2I0GACiOBgA0jgYAe44GAIKOBgDOjgYA1o4GACGPBgA6jwYAdI8GAIiPBgDHjwYA448GABqQBgAikAYAJmcPAHKQBgDAkAYAzZAGABORBgAgkQYAZpEGAHKRBgC5kQYAyJEGAAySBgAWkgYAX5IGAGmSBgCykgYAwJIGAAWTBgAbkwYAWJMGAGSTBgCrkwYAsJMGAP6TBgAHlAYAUZQGAFuUBgCklAYAsJQGAPeUBgD9lAYASpUGAFCVBgCdlQYAopUGAPCVBgD2lQYAeWcPAE+WBgCWlgYAmpYGAOmWBgD4lgYAPJcGAEGXBgCPlwYAnJcGAOKXBgDvlwYANZgGAEGYBgCImAYAl5gGANuYBgDlmAYALpkGADyZBgCBmQYAhpkGANSZBgDhmQYAJ5oGADOaBgB6mgYAgJoGAM2aBgDTmgYAIJsGACWbBgBzmwYAeZsGAMxnDwDLmwYAGZwGACCcBgBsnAYAeJwGAL+cBgDBnAYAEp0GAMKcBgCVogYALZ0GAGWdBgBnnQYAuJ0GAMadBgALngYAHJ4GAF6eBgBgngYAsZ4GAMqeBgAEnwYAFZ8GAFefBgBjnwYAqp8GALafBgD9nwYAEKAGAFCgBgBfoAYAo6AGAK+gBgD2oAYA96AGAEmhBgBToQYAnKEGAKqhBgDvoQYA9KEGAEKiBgBPogYAH2gPAJeiBgDoogYAA6MGADujBgA9owYAjqMGAJyjBgDhowYA8qMGADSkBgA2pAYAh6QGAKCkBgDapAYA66QGAC2lBgA5pQYAgKUGAIylBgDTpQYA5qUGACamBgA1pgYAeaYGAIWmBgDMpgYAzaYGAB+nBgAppwYAcqcGAICnBgDFpwYAyqcGABioBgAlqAYAGGkPAHCoBgC+qAYAxqgGABGpBgATqQYAZKkGAHWpBgC3qQYAxakGAAqqBgAlqgYAXaoGAGmqBgCwqgYAuKoGABFqDwAIqwYAVqsGAF2rBgCpqwYAtasGAPyrBgD/qwYAT6wGAFesBgCirAYAsqwGAPWsBgD6rAYASK0GAFGtBgCbrQYAqK0GAO6tBgD1rQYAQa4GAEmuBgBkag8Aoa4GAOeuBgDvrgYAOq8GAE6vBgCNrwYAkq8GAOCvBgDprwYAM7AGADmwBgCGsAYAjrAGANmwBgDosAYALLEGAD2xBgB/sQYAiLEGANKxBgDVsQYAJbIGAC+yBgB4sgYAhLIGAMuyBgDRsgYAt2oPACuzBgBxswYAdrMGAMSzBgDLswYAF7QGACO0BgBqtAYAcrQGAAprDwDYtAYAELUGABK1BgBjtQYAcbUGALa1BgDHtQYACbYGAAu2BgBctgYAdbYGAK+2BgDAtgYAArcGAA63BgBdaw8AZLcGAKi3BgC3twYA+7cGAAS4BgBOuAYAVLgGAKG4BgCnuAYA9LgGAAC5BgBHuQYATrkGAJq5BgCiuQYA7bkGAPG5BgBAugYAS7oGAJO6BgChugYA5roGAPe6BgA5uwYARbsGAIy7BgCUuwYAsGsPAOK7BgAyvAYAPLwGAIW8BgCHvAYA2LwGAPG8BgArvQYAPL0GAH69BgCMvQYA0b0GANS9BgAkvgYAL74GAHe+BgCFvgYAyr4GANe+BgAdvwYANL8GAHC/BgB4vwYAw78GAMW/BgAWwAYAHsAGAGnABgB4wAYAvMAGAMHABgAPwQYAHMEGAGLBBgBvwQYAtcEGAMHBBgAIwgYAF8IGAFvCBgBlwgYArsIGALzCBgABwwYABsMGAFTDBgBhwwYAp8MGAK/DBgD6wwYABMQGAE3EBgBSxAYAoMQGAKjEBgDzxAYA9sQGAEbFBgBjxQYAmcUGAKrFBgDsxQYA9MUGAD/GBgBCxgYAksYGAJ7GBgDlxgYA68YGADjHBgBTxwYAi8cGAJfHBgDexwYA5McGAANsDwBAyAYAhMgGAIXIBgDXyAYADskGACrJBgA4yQYAfckGAH7JBgDQyQYA2MkGACPKBgAyygYAdsoGAHvKBgDJygYA1soGABzLBgApywYAb8sGAHvLBgDCywYA0csGABXMBgAfzAYAaMwGAHbMBgC7zAYAwMwGAA7NBgAbzQYAYc0GAGnNBgC0zQYAvs0GAAfOBgAMzgYAWs4GAGLOBgCtzgYAt84GAADPBgALzwYAU88GAF/PBgCmzwYArs8GAFZsDwD+zwYATNAGAE/QBgCf0AYAqdAGAPLQBgD60AYAqWwPAFPRBgCY0QYArtEGAOvRBgD30QYAPtIGAEPSBgCR0gYAmtIGAOTSBgDu0gYAN9MGAD/TBgCK0wYAltMGAN3TBgDw0wYAMNQGADHUBgCD1AYAkdQGANbUBgDc1AYAKdUGADXVBgB81QYAg9UGAPxsDwDQ1QYAItYGAC7WBgB11gYAgtYGAMjWBgDQ1gYAG9cGACXXBgBu1wYAfdcGAMHXBgDC1wYAFNgGABzYBgBn2AYAdtgGALrYBgC/2AYADdkGABrZBgBg2QYAbdkGALPZBgC/2QYABtoGABXaBgBZ2gYAY9oGAKzaBgC62gYA/9oGAATbBgBS2wYAX9sGAKXbBgCt2wYA+NsGAPzbBgBL3AYAWdwGAJ7cBgCo3AYA8dwGAPzcBgBE3QYATN0GAJfdBgCi3QYA6t0GAO/dBgA93gYAQN4GAJDeBgCa3gYA494GAOveBgA23wYAVd8GAE9tDwCL3wYA3N8GAN3fBgAv4AYAOeAGAILgBgCQ4AYA1eAGAPDgBgAo4QYANOEGAHvhBgCD4QYAom0PANrhBgAh4gYAJ+IGAHTiBgCP4gYAx+IGANPiBgAa4wYAIOMGAG3jBgB14wYAwOMGAM7jBgAT5AYAFuQGAGbkBgBu5AYAueQGAMLkBgAM5QYAGeUGAF/lBgBh5QYAsuUGAM3lBgAF5gYAB+YGAFjmBgBm5gYAq+YGALzmBgD+5gYAAOcGAFHnBgBq5wYApOcGALXnBgD35wYAA+gGAEroBgBS6AYA9W0PAKPoBgDw6AYA+OgGAEPpBgBK6QYAlukGAJvpBgDp6QYA9ekGADzqBgA/6gYAj+oGAJfqBgDi6gYA7+oGADXrBgA66wYAiOsGAJLrBgDb6wYA4+sGAC7sBgA67AYAgewGAJTsBgDU7AYA4uwGACftBgAq7QYAeu0GAITtBgBIbg8A0O0GACDuBgAo7gYAc+4GAHbuBgDG7gYA0u4GABnvBgAf7wYAbO8GAIfvBgC/7wYAy+8GABLwBgAY8AYAZfAGAG3wBgC48AYAxvAGAAvxBgAO8QYAXvEGAGbxBgCx8QYAuvEGAATyBgAR8gYAV/IGAFnyBgCq8gYAxfIGAP3yBgD/8gYAUPMGAF7zBgCj8wYAtPMGAPbzBgD48wYASfQGAGL0BgCc9AYArfQGAO/0BgD79AYAQvUGAEr1BgCbbg8Am/UGAOj1BgDw9QYAO/YGAEL2BgCO9gYAk/YGAOH2BgDt9gYANPcGADf3BgCH9wYAj/cGANr3BgDn9wYALfgGADL4BgCA+AYAivgGANP4BgDb+AYAJvkGADL5BgB5+QYAjPkGAMz5BgDa+QYAH/oGACL6BgBy+gYAfPoGAO5uDwDI+gYAGPsGACT7BgBr+wYAcfsGAL77BgDZ+wYAEfwGAB38BgBk/AYAavwGALf8BgC//AYACv0GABj9BgBd/QYAYP0GALD9BgC4/QYAA/4GAAz+BgBW/gYAY/4GAKn+BgCr/gYA/P4GABf/BgBP/wYAUf8GAKL/BgCw/wYA9f8GAAYABwBIAAcASgAHAJsABwC0AAcA7gAHAP8ABwBBAQcATQEHAJQBBwCcAQcAQW8PAO0BBwA6AgcAQgIHAI0CBwCUAgcA4AIHAOUCBwAzAwcAPwMHAIYDBwCJAwcA2QMHAOEDBwAsBAcAOQQHAH8EBwCEBAcA0gQHANwEBwAlBQcALQUHAHgFBwCEBQcAywUHAN4FBwAeBgcALAYHAHEGBwB0BgcAxAYHAM4GBwCUbw8AGQcHAGoHBwAcBwcAhBQIACAHBwCRRw4AIwcHACBqDQAlBwcAuncIAHQHBwAEwQ0AewcHAL0HBwDOBwcAEAgHAB4IBwBjCAcAfwgHALYIBwDSCAcA528PABcJBwBcCQcAaQkHAK8JBwDGCQcAAgoHAA4KBwBVCgcAWwoHAKgKBwCuCgcA+woHAAALBwBOCwcAVAsHADpwDwCmCwcA9AsHAPwLBwBHDAcASgwHAJoMBwCmDAcA7QwHAPMMBwBADQcAWw0HAJMNBwCfDQcA5g0HAOwNBwA5DgcAQQ4HAIwOBwCODgcA3w4HAPoOBwAyDwcANA8HAIUPBwCTDwcA2A8HAOkPBwArEAcALRAHAH4QBwCXEAcA0RAHAOIQBwAkEQcAMBEHADNxDwCNEQcAyhEHANkRBwAdEgcA8xEHAPoWBwAfEgcAcBIHAH8SBwDDEgcAzhIHABYTBwAiEwcAaRMHAGwTBwC8EwcAcBMHAGEgBwCFEwcAOBoHAMgTBwAPFAcAFRQHAGIUBwB9FAcAtRQHAMEUBwAIFQcADhUHAFsVBwBnFQcArhUHALQVBwABFgcABxYHAFQWBwBZFgcApxYHAK0WBwCGcQ8A/RYHAE0XBwBpFwcAoBcHAKgXBwB/cg8A/xcHAEYYBwBMGAcAmRgHALQYBwDsGAcA+BgHAD8ZBwBFGQcAkhkHAJoZBwDlGQcABhoHANJyDwBAGgcAJXMPAJAaBwDeGgcA6xoHADEbBwA+GwcAhBsHAJAbBwDXGwcA5hsHACocBwA0HAcAfRwHAIUcBwDQHAcA2hwHACMdBwAxHQcAdh0HAIwdBwDJHQcA1R0HABweBwAhHgcAbx4HAHgeBwDCHgcAzB4HABUfBwAdHwcAaB8HAHIfBwC7HwcAwB8HAA4gBwAWIAcAeHMPAG0gBwC0IAcAxyAHAAchBwAWIQcAWiEHAGYhBwCtIQcAriEHAAAiBwAKIgcAUyIHAGEiBwCmIgcAqyIHAPkiBwAGIwcAy3MPAFcjBwCfIwcAqyMHAPIjBwD4IwcARSQHAFEkBwCYJAcAoCQHAMR0DwDuJAcAPiUHAEYlBwCRJQcAniUHAOQlBwDpJQcANyYHAD8mBwCKJgcAjCYHAN0mBwD4JgcAMCcHADInBwCDJwcAkScHANYnBwDnJwcAKSgHACsoBwB8KAcAlSgHAM8oBwDgKAcAIikHAC4pBwB1KQcAfSkHABd1DwDNKQcAGyoHACgqBwBuKgcAeyoHAMEqBwDNKgcAFCsHACMrBwBnKwcAcSsHALorBwDIKwcADSwHABIsBwBgLAcAbSwHALMsBwC7LAcABi0HAAgtBwBZLQcAYy0HAKwtBwC0LQcAanUPAAouBwBSLgcAYC4HAKUuBwCoLgcA+C4HAAAvBwBLLwcAYS8HAJ4vBwCjLwcA8S8HAAcwBwBEMAcAUDAHAJcwBwCkMAcA6jAHAPQwBwC9dQ8APzEHAJAxBwCeMQcA4zEHAPQxBwAQdg8APDIHAIkyBwCVMgcAY3YPAN4yBwAvMwcANTMHAIIzBwCiMwcA1TMHAOEzBwAoNAcALzQHAHs0BwCDNAcAzjQHANU0BwAhNQcALTUHAHQ1BwB2NQcAxzUHAM41BwC2dg8AHTYHAG02BwB1NgcAwDYHANA2BwATNwcAFTcHAGY3BwB0NwcAuTcHAMo3BwAJdw8AEzgHAFx3DwBsOAcAsjgHALk4BwAFOQcADTkHAFg5BwBmOQcAqzkHAK45BwD+OQcABjoHAFE6BwBYOgcApDoHALI6BwD3OgcA+joHAEo7BwBMOwcAnTsHALY7BwDwOwcAATwHAEM8BwBPPAcAljwHAJ08BwDpPAcA8TwHADw9BwBFPQcAjz0HAJw9BwDiPQcA7D0HADU+BwBDPgcAiD4HAJk+BwDbPgcA4z4HAC4/BwA4PwcAgT8HAI8/BwDUPwcA6j8HACdABwAzQAcAekAHAIFABwDNQAcA1UAHACBBBwAmQQcAc0EHAH9BBwDGQQcA0EEHABlCBwAfQgcAbEIHAIBCBwACeA8AzUIHABJDBwArQwcAZUMHAHtDBwC4QwcAx0MHAAtEBwAlRAcAXkQHAGFEBwA7SQcAaUQHABhOBwBtRAcAsUQHALZEBwAERQcAEUUHAFdFBwBkRQcAqkUHALZFBwD9RQcADEYHAFBGBwBaRgcAo0YHALFGBwD2RgcA+0YHAElHBwBWRwcAnEcHAKhHBwDvRwcA9UcHAEJIBwBISAcAlUgHAJpIBwDoSAcA7kgHAFV4DwBHSQcAjkkHAJRJBwDhSQcA/EkHADRKBwBASgcAh0oHAI1KBwDaSgcA4UoHAC1LBwAySwcAzEwHADlLBwCASwcAgksHANNLBwDaSwcAJkwHAEJMBwB5TAcAgUwHAE55DwDQTAcAH00HACxNBwByTQcAjk0HAMVNBwDNTQcAoXkPAB1OBwBrTgcAbk4HAL5OBwDITgcAEU8HACJPBwBkTwcAaU8HALdPBwC8TwcAClAHACpQBwBdUAcAZlAHALBQBwCxUAcAA1EHAA9RBwBWUQcAXFEHAKlRBwCvUQcA/FEHAAFSBwBPUgcAVVIHAPR5DwCjUgcA9VIHAAFTBwBIUwcAVVMHAJtTBwCjUwcA7lMHAPdTBwBBVAcATlQHAJRUBwCiVAcA51QHAPpUBwA6VQcAQlUHAI1VBwCQVQcA4FUHAOVVBwAzVgcAQlYHAIZWBwCmVgcA2VYHAOVWBwAsVwcANlcHAO16DwCJVwcA0lcHANRXBwAlWAcAL1gHAHhYBwCBWAcAy1gHAM5YBwAeWQcAJlkHAHFZBwCmWQcAQHsPANBZBwAXWgcAJloHAGpaBwCKWgcAvVoHAMlaBwAQWwcAF1sHAGNbBwBoWwcAtlsHALdbBwAJXAcAFVwHAFxcBwBiXAcAr1wHALFcBwACXQcADF0HAFVdBwBjXQcAqF0HAK1dBwD7XQcACF4HAE5eBwBYXgcAoV4HAK9eBwD0XgcACl8HAEdfBwBTXwcAml8HAJ9fBwDtXwcA9l8HAEBgBwBKYAcAk2AHAJ9gBwDmYAcA+WAHADlhBwBIYQcAjGEHAJhhBwDfYQcA4GEHADJiBwA8YgcAhWIHAJNiBwDYYgcA3WIHACtjBwA4YwcAk3sPAIxjBwDRYwcA52MHACRkBwAwZAcAd2QHAH5kBwDKZAcA0mQHAB1lBwAiZQcAcGUHAHllBwDDZQcAzWUHABZmBwAeZgcAaWYHAG1mBwC8ZgcAvmYHAA9nBwAdZwcAYmcHAGxnBwC1ZwcAw2cHAAhoBwAVaAcAW2gHAHJoBwCuaAcAtmgHAAFpBwARaQcAVGkHAFlpBwCnaQcArWkHAPppBwACagcATWoHAFJqBwCgagcAoWoHAPNqBwD/agcARmsHAExrBwCZawcAm2sHAOxrBwD2awcAP2wHAE1sBwCSbAcAl2wHAOVsBwDybAcAjHwPADptBwCLbQcAlW0HAN5tBwDsbQcAMW4HADZuBwCEbgcAkW4HANduBwDZbgcAGxwJAOFuBwAqbwcAOG8HAH1vBwCTbwcA0G8HANxvBwAjcAcAKHAHAHZwBwB/cAcAyXAHANNwBwAccQcAKHEHAG9xBwCCcQcAwnEHANFxBwAVcgcAIXIHAGhyBwBpcgcAu3IHAMVyBwAOcwcAHHMHAGFzBwBmcwcAtHMHAMFzBwDffA8AEHQHAFp0BwBkdAcArXQHAK90BwAAdQcACnUHAFN1BwBfdQcApnUHAK51BwDYfQ8A+nUHAEx2BwBYdgcAn3YHAKV2BwDydgcA9HYHAEV3BwBPdwcAmHcHAKZ3BwDrdwcA8HcHAD54BwBLeAcAkXgHAJl4BwDkeAcA7ngHADd5BwBFeQcAinkHAKB5BwDdeQcA6XkHADB6BwA3egcAg3oHAIt6BwDWegcA23oHACl7BwAyewcAfHsHAIZ7BwDPewcA5HsHACJ8BwArfAcAdXwHAIJ8BwDIfAcAynwHABt9BwA0fQcAbn0HAH99BwDBfQcAzX0HABR+BwAcfgcAK34PAGx+BwC6fgcAwn4HAA1/BwAjfwcAYH8HAGV/BwCzfwcAun8HAAaABwAUgAcAWYAHAGmABwCsgAcAwIAHAP+ABwAHgQcAUoEHAGGBBwClgQcAqoEHAPiBBwABggcAS4IHAFiCBwCeggcAqIIHAPGCBwD9ggcARIMHAEqDBwB+fg8ApYMHAOqDBwAAhAcAPYQHAEmEBwCQhAcAlYQHAOOEBwDshAcANoUHAECFBwCJhQcAkYUHANyFBwDghQcAL4YHADGGBwCChgcAkIYHANWGBwDfhgcAKIcHADaHBwB7hwcAiIcHAM6HBwDlhwcAIYgHACmIBwB0iAcAhIgHAMeIBwDMiAcAGokHACCJBwBtiQcAdYkHAMCJBwDbiQcAE4oHABWKBwBmigcAd4oHALmKBwDCigcADIsHABiLBwDRfg8AZIsHALKLBwC1iwcABYwHAA+MBwBYjAcAWowHAKuMBwDGjAcA/owHAACNBwBRjQcAX40HAKSNBwC1jQcA940HAPmNBwBKjgcAY44HAJ2OBwCujgcA8I4HAPyOBwAkfw8AYI8HAJaPBwCnjwcA6Y8HAAWQBwA8kAcARJAHAHd/DwCUkAcA4pAHAOqQBwA1kQcAQJEHAIiRBwCNkQcA25EHAN6RBwAukgcAOJIHAIGSBwCEkgcA1JIHANySBwAnkwcAKZMHAHqTBwCVkwcAzZMHAM+TBwAglAcALpQHAHOUBwCElAcAxpQHAMiUBwAZlQcAMpUHAGyVBwB9lQcAv5UHAMuVBwASlgcAGpYHAMp/DwBylgcAuJYHAMCWBwALlwcAFZcHAF6XBwBplwcAsZcHAL2XBwAEmAcADJgHAB2ADwBcmAcAqpgHAK+YBwD9mAcADpkHAHCADwBdmQcAo5kHAKWZBwD2mQcAD5oHAEmaBwBamgcAnJoHAKiaBwDvmgcA95oHAMOADwBHmwcAlZsHAJ2bBwDomwcA95sHADucBwBBnAcAjpwHAJqcBwDhnAcA45wHADSdBwA+nQcAh50HAJOdBwDanQcA4p0HABaBDwA5ngcAgJ4HAIOeBwDTngcA1p4HACafBwA0nwcAeZ8HAH6fBwDMnwcA2Z8HAGmBDwAwoAcAcqAHAHqgBwDFoAcAf6AHANmpBwDQoAcAGKEHAB2hBwBroQcAbqEHAL6hBwDIoQcAEaIHADSiBwBkogcAZ6IHALeiBwDbogcACqMHABKjBwC8gQ8AY6MHALCjBwC+owcAA6QHAA+kBwBWpAcAXaQHAKmkBwCxpAcA/KQHAAylBwBPpQcAVKUHAKKlBwCopQcA9aUHAP2lBwBIpgcAZaYHAJumBwCkpgcA7qYHAPqmBwBBpwcAR6cHAJSnBwCopwcA56cHAO+nBwA6qAcASqgHAI2oBwCPqAcA4KgHAO6oBwAzqQcARKkHAA+CDwCNqQcAYoIPAN6pBwAsqgcAM6oHAH+qBwCLqgcA0qoHANWqBwAlqwcANasHAHirBwB6qwcAy6sHANmrBwAerAcAL6wHALWCDwB4rAcACIMPANesBwAXrQcAJq0HAGqtBwB2rQcAva0HAL6tBwAQrgcAGq4HAGOuBwBxrgcAtq4HALuuBwAJrwcAFq8HAFuDDwBhrwcAr68HALivBwACsAcAE7AHAFWwBwBcsAcAqLAHALCwBwD7sAcACLEHAE6xBwBTsQcAobEHAKuxBwD0sQcA/LEHAEeyBwBNsgcAmrIHAKayBwDtsgcA77IHAECzBwBPswcAk7MHAJ6zBwDmswcA7rMHADm0BwA7tAcAjLQHAJm0BwDftAcA87QHADK1BwA6tQcAhbUHAJS1BwDYtQcA3bUHACu2BwA4tgcAfrYHAIi2BwDRtgcA07YHACS3BwAztwcAd7cHAIG3BwDKtwcA0rcHAB24BwAeuAcAcLgHAHW4BwDDuAcA0bgHABa5BwAjuQcAabkHAHO5BwBUhA8Av7kHAA+6BwAbugcA+cgHACu6BwBiugcAaroHAKeEDwC6ugcACLsHABC7BwBbuwcAXrsHAK67BwC6uwcAAbwHAAe8BwBUvAcAb7wHAKe8BwCzvAcA+rwHAAC9BwBNvQcAUL0HAKC9BwCovQcA870HAPW9BwBGvgcAYb4HAJm+BwCbvgcA7L4HAPq+BwA/vwcAUL8HAJK/BwCUvwcA5b8HAP6/BwA4wAcAScAHAIvABwCXwAcA3sAHAObABwD6hA8ANsEHAITBBwCKwQcA18EHAN/BBwAqwgcAOcIHAH3CBwCCwgcA0MIHAN3CBwAjwwcAMMMHAHbDBwCCwwcAycMHANjDBwAcxAcAJsQHAG/EBwB9xAcAwsQHAMfEBwAVxQcAIsUHAE2FDwB0xQcAu8UHAMHFBwAOxgcAKcYHAGHGBwBtxgcAtMYHALrGBwAHxwcACscHAFrHBwBmxwcArccHALPHBwAAyAcABsgHAFPIBwBYyAcApsgHAKzIBwCghQ8A/8gHAEzJBwBSyQcAn8kHAKTJBwDyyQcA+MkHAPOFDwBKygcAmMoHAKXKBwDrygcA+MoHAD7LBwBKywcAkcsHAKDLBwDkywcA7ssHADfMBwBFzAcAiswHAI/MBwDdzAcA6swHADDNBwBIzQcAg80HAInNBwDWzQcA4s0HACnOBwA5zgcAfM4HAIXOBwDPzgcA0s4HACLPBwAuzwcAdc8HAHzPBwDshg8Ays8HABvQBwAl0AcAbtAHAHHQBwDB0AcAydAHABTRBwAX0QcAZ9EHAHPRBwC60QcAwNEHAA3SBwAo0gcAYNIHAGzSBwCz0gcAudIHAD+HDwAm0wcAWdMHAGTTBwCs0wcAsdMHAP/TBwAI1AcAUtQHAFXUBwCl1AcAsdQHAPjUBwAE1QcAWN8HABDVBwBL1QcAUtUHAJ7VBwCk1QcA8dUHAP/VBwBE1gcAX9YHAJfWBwCj1gcA6tYHAPDWBwA91wcAV9cHAJDXBwCc1wcA49cHAOnXBwA22AcAPNgHAInYBwCO2AcA3NgHAOLYBwCShw8APNkHAILZBwCO2QcA1dkHAN/ZBwAo2gcALNoHAHvaBwCA2gcAztoHANTaBwAh2wcAQdsHAHTbBwCA2wcAx9sHAM3bBwAa3AcAINwHAG3cBwBy3AcAwNwHAMbcBwA4iA8AGN0HAGbdBwBt3QcAud0HAMXdBwAM3gcAKN4HAF/eBwBn3gcAMYkPAOreBwAF3wcAK98HAISJDwBr3wcAq98HALrfBwD+3wcACuAHAFHgBwBS4AcApOAHAK7gBwD34AcABeEHAErhBwBP4QcAneEHAKrhBwDXiQ8A+OEHANCKDwBI4gcAluIHAKPiBwDp4gcA9uIHADzjBwBI4wcAj+MHAJ7jBwDi4wcA7OMHADXkBwBD5AcAiOQHAI3kBwDb5AcA6OQHAC7lBwA25QcAgeUHAIflBwDU5QcA4OUHACfmBwA35gcAeuYHAIPmBwDN5gcA0OYHACDnBwAs5wcAc+cHAHrnBwAjiw8A0ecHABnoBwAl6AcAbOgHAHToBwB2iw8AzOgHABLpBwAZ6QcAZekHAGbpBwC46QcAvekHAAvqBwAZ6gcAXuoHAGvqBwCx6gcAu+oHAATrBwAM6wcAV+sHAGDrBwCq6wcAsOsHAP3rBwAO7AcAUOwHAGzsBwCj7AcAq+wHAMmLDwAB7QcASe0HAFPtBwCc7QcApu0HAO/tBwDw7QcAHIwPAEfuBwCV7gcAou4HAOjuBwD17gcAO+8HAEfvBwCO7wcAne8HAOHvBwDr7wcANPAHADzwBwCH8AcAkfAHANrwBwDf8AcALfEHADXxBwBvjA8Ai/EHANPxBwDf8QcAJvIHAC7yBwDCjA8AfvIHAMzyBwDb8gcAH/MHAD/zBwBy8wcAfvMHAMXzBwDL8wcAGPQHACD0BwBr9AcAcvQHAL70BwDA9AcAEfUHAB31BwBk9QcAevUHALf1BwC89QcACvYHABf2BwAVjQ8AYvYHALD2BwC/9gcAA/cHACP3BwBW9wcAYvcHAKn3BwCv9wcA/PcHAAT4BwBP+AcAVvgHAKL4BwCk+AcA9fgHAAH5BwBI+QcAXvkHAJv5BwCg+QcA7vkHAPv5BwBB+gcASfoHAJT6BwCa+gcA5/oHAPD6BwA6+wcAR/sHAI37BwCa+wcA4PsHAO77BwAz/AcAQPwHAIb8BwCd/AcA2fwHAAf9BwBojQ8AMv0HAH/9BwA5/QcA/HoNAJX9BwDS/QcA4P0HACX+BwAo/gcAeP4HAHv+BwDL/gcA2f4HAB7/BwAj/wcAcf8HAH7/BwDE/wcAzP8HABcACAAeAAgAagAIAHYACAC9AAgAygAIABABCAAeAQgAYwEIAG8BCAC2AQgAvQEIAAkCCAARAggAXAIIAGACCACvAggAugIIAAIDCAAQAwgAVQMIAGYDCACoAwgAtAMIAPsDCAADBAgAu40PAFQECAChBAgAtQQIAPQECAACBQgARwUIAFQFCACaBQgAsQUIAO0FCAD1BQgAQAYIAEoGCACTBggAmAYIAOYGCADuBggAOQcIAEgHCACMBwgAkQcIAN8HCADsBwgAMggIAD8ICACFCAgAkQgIANgICADnCAgAKwkIADUJCAB+CQgAhgkIANEJCADbCQgAJAoIACkKCAB3CggAfwoIAA6ODwDVCggAHQsIACkLCABwCwgAeAsIAGGODwDICwgAFgwIACUMCABpDAgAiQwIALwMCADIDAgADw0IABUNCABiDQgAag0IALUNCAC8DQgACA4IAAoOCABbDggAZw4IAK4OCADEDggAAQ8IAAYPCABUDwgAYQ8IALSODwCwDwgA+g8IAAAQCABNEAgAWxAIAKAQCACtEAgA8xAIAAoRCABGEQgAThEIAJkRCACoEQgA7BEIAPERCAA/EggATBIIAJISCACfEggA5RIIAPESCAA4EwgARxMIAIsTCACVEwgA3hMIAPoTCAAxFAgAORQIAAePDwCRFAgAUCMMAJMUCADXFAgA4RQIAGKXDAD3FAgAKhUIADYVCAB9FQgAgxUIANAVCADYFQgAAlYIANwVCAAjFggA6hUIAJxACAA2FggAdhYIAIUWCADJFggA1RYIABwXCAAdFwgAbxcIAHkXCADCFwgA0BcIABUYCAAaGAgAaBgIAHUYCABajw8AwRgIAA4ZCAAUGQgAYRkIAGYZCAC0GQgAuhkIAFOQDwASGggAWhoIAGgaCACtGggAvhoIAAAbCAAMGwgAUxsIAFsbCAD5kA8AshsIAPkbCAADHAgATBwIAFscCACfHAgAqhwIAPIcCAAAHQgARR0IAFIdCACYHQgArx0IAOsdCADzHQgAPh4IAEEeCACRHggAnR4IAOQeCADqHggANx8IAFIfCACKHwgAlh8IAN0fCADjHwgAMCAIADggCACDIAgAhSAIANYgCADXIAgAKSEIADchCAB8IQgAhCEIAM8hCADqIQgAIiIIAC4iCAB1IggAeyIIAMgiCADLIggAGyMIACkjCABuIwgAcyMIAMEjCADOIwgATJEPACEkCAB3lAwAJSQIAGckCAAnJAgArusMAHMkCAC6JAgAxyQIAA0lCAASJQgAYCUIAGolCACzJQgAwyUIAAYmCAALJggAWSYIAGImCACsJggAuSYIAP8mCAAGJwgAUicIAF4nCAClJwgAqycIAPgnCAD+JwgASygIAFAoCACeKAgApCgIAJ+RDwD9KAgARCkIAEopCACXKQgAnSkIAOopCAD3KQgAPSoIAEIqCACQKggAmCoIAOMqCAAZKwgANisIAGYrCACJKwgAkSsIANwrCADpKwgALywIADQsCACCLAgAiiwIANUsCADYLAgAKC0IADEtCAB7LQgAii0IAM4tCADZLQgAIS4IACkuCAB0LggAhC4IAMcuCADVLggAGi8IACsvCABtLwgAeS8IAMAvCADILwgAmJIPABkwCABmMAgAbjAIALkwCADAMAgADDEIABoxCABfMQgAZTEIALIxCAC+MQgABTIIABQyCABYMggAYjIIAKsyCACwMggA/jIIAAQzCABRMwgAZTMIAOuSDwCxMwgA9zMIALMzCAB8dAgA/DMIAEo0CABWNAgAnTQIAKo0CADwNAgA+jQIAD6TDwBeNQgAljUIAJg1CADpNQgA7zUIADw2CABzNggAjzYIAJU2CADiNggA6zYIADU3CABCNwgAiDcIAL83CADbNwgA4jcIAC44CAAzOAgAgTgIAJA4CADUOAgA9DgIACc5CAAzOQgAejkIAIA5CADNOQgA5zkIACA6CAAjOggAczoIAHg6CADGOggA1ToIABk7CAA5OwgA5JMPAIw7CAC/OwgAyzsIABI8CAAcPAgAZTwIAHE8CADa6QgAcjwIALg8CAC9PAgACz0IABU9CABePQgAbj0IALE9CAC2PQgABD4IAA0+CABXPggAZD4IAKo+CACxPggA/T4IAAk/CABQPwgAVj8IAKM/CACpPwgA9j8IAPs/CABJQAgAT0AIADeUDwCfQAgA70AIAPRACABCQQgAUUEIAJVBCAC1QQgA3ZQPAPZBCAA7QggASEIIAI5CCACVQggA4UIIAOlCCAA0QwgANkMIAIdDCAA7QwgAuNQKAEtDCABcmgoAjUMIAP++CgCPQwgA2kMIAN5DCACiSwgA8EMIAMJcCgD1QwgALUQIAC9ECACARAgAkUQIANNECADhRAgAJkUIAC1FCAB5RQgAgUUIAMxFCADTRQgAH0YIACRGCAByRggAgUYIAMVGCADlRggAGEcIACRHCABrRwgAcUcIAL5HCADGRwgAEUgIAB1ICABkSAgAcUgIALdICADSSAgACkkIABhJCABdSQgAY0kIALBJCAC1SQgAA0oIABBKCABWSggAbEoIAKlKCAC1SggA/EoIAAlLCABPSwgAWUsIADCVDwCnSwgA9UsIAPtLCABITAgAaEwIAJtMCACpTAgA7kwIAPtMCABBTQgAWE0IAJRNCACcTQgA500IAPZNCAA6TggAP04IAI1OCACaTggA4E4IAOpOCAAzTwgANU8IAIZPCACUTwgA2U8IAOZPCAAsUAgAOFAIAH9QCACFUAgA0lAIANpQCAAlUQgAK1EIAHhRCACBUQgAy1EIANhRCAAeUggAKFIIAHFSCAB/UggAxFIIANpSCAAXUwgAI1MIAGpTCAByUwgAg5UPAMdTCAAQVAgAFlQIAGNUCABlVAgAtlQIAMBUCAAJVQgAFVUIAFxVCABzVQgAr1UIAMNVCADWlQ8AEFYIAFVWCABYVggAqFYIALBWCAD7VggAB1cIAE5XCABcVwgAoVcIAKtXCAD0VwgA/1cIAEdYCABTWAgAmlgIAKBYCADtWAgA9VgIAEBZCABNWQgAk1kIAJhZCADmWQgA8FkIADlaCABBWggAjFoIAJJaCADfWggA6FoIADJbCAA/WwgAhVsIAJJbCADYWwgA5lsIACtcCAA4XAgAflwIAJVcCADRXAgA2VwIACRdCAApXQgAd10IAH1dCADKXQgA0l0IAB1eCAAzXggAcF4IAH5eCADDXggAxl4IABZfCAAlXwgAaV8IAG5fCAC8XwgAyV8IAA9gCAAfYAgAYmAIAHBgCAC1YAgAzGAIAAhhCAARYQgAW2EIAGFhCACuYQgAumEIAAFiCAAIYggAKZYPAGBiCACnYggAqWIIAPpiCAAEYwgATWMIAFljCACgYwgAqGMIAHyWDwD4YwgARmQIAFVkCACZZAgAuWQIAOxkCAD4ZAgAP2UIAEVlCACSZQgAmmUIAOVlCADmZQgAOGYIAD5mCACLZggAkGYIAN5mCAD5ZggAMWcIAD9nCACEZwgAi2cIANdnCADjZwgAKmgIADBoCADPlg8AgmgIANBoCADaaAgAI2kIADRpCAB2aQgAgmkIAMlpCADMaQgAHGoIAB9qCABvaggAd2oIAMJqCADJaggAFWsIABprCABoawgAd2sIALtrCADbawgADmwIABpsCABhbAgAZ2wIALRsCAC8bAgAB20IABRtCABabQgAX20IAK1tCAC3bQgAAG4IAAhuCABTbggAY24IAKZuCACrbggA+W4IAAJvCABMbwgAWW8IAJ9vCACmbwgAIpcPAPdvCABFcAgAVHAIAJhwCAC4cAgA63AIAPdwCAA+cQgARHEIAJFxCACZcQgA5HEIAPBxCAA3cggARHIIAIpyCACRcggA3XIIAN5yCAAwcwgANXMIAINzCACRcwgA1nMIAONzCAApdAgAM3QIAHWXDwCBdAgAz3QIANx0CAAidQgAL3UIAHV1CAB7dQgAyHUIANR1CAAbdggAK3YIAG52CAB3dggAwXYIAMR2CAAUdwgAIHcIAGd3CABudwgAyJcPALx3CAANeAgAwXcIAO2WCwDKdwgAHuMLAB54CABgeAgAaHgIALN4CAC9eAgABnkIABV5CABZeQgAWnkIAKx5CAC0eQgAbpgPAAd6CADBmA8AcHoIAKV6CAB1eggAE6UPAHp6CAARmwgArXoIAPh6CAAHewgAS3sIAFB7CACeewgAq3sIAPF7CAD+ewgARHwIAFB8CACXfAgApnwIAOp8CAD0fAgAPX0IAGB9CACQfQgAxn0IAON9CAAHfggANn4IAD5+CAANmg8Ajn4IANx+CADifggAL38IADd/CABgmg8AkH8IANV/CADwfwgAKIAIADSACAB7gAgAjIAIAM6ACADigAgAIYEIACmBCAB0gQgAeoEIAMeBCADTgQgAGoIIACqCCABtgggAdoIIAMCCCADDgggAE4MIAB+DCABmgwgAbYMIALOaDwDHgwgADIQIABaECAAGmw8AZIQIALKECAC/hAgABYUIABKFCABYhQgAZIUIAKuFCAC6hQgA/oUIAAiGCABRhggAX4YIAKSGCACphggA94YIAASHCABKhwgAUocIAJ2HCACjhwgA8IcIAPyHCABDiAgAU4gIAJaICACfiAgA6YgIAOyICAA8iQgASIkIAI+JCACWiQgAWZsPAPGJCAA1iggAOooIAIiKCACViggA24oIAOiKCAAuiwgANIsIAIGLCACNiwgA1IsIAOSLCAAnjAgAMIwIAHqMCAB9jAgAzYwIANmMCAAgjQgAJ40IAKybDwB4jQgAxo0IANONCAAZjggAN44IAGyOCAB4jggAv44IANKOCAASjwgAII8IAGWPCABojwgAuI8IAMKPCAALkAgAGZAIAF6QCABrkAgAsZAIAMiQCAAEkQgADJEIAFeRCABekQgAqpEIAK+RCAD9kQgAE5IIAFCSCABSkggAo5IIALGSCAD2kggAA5MIAP+bDwBRkwgAUpwPAKGTCADvkwgA/JMIAEKUCABPlAgAlZQIAKGUCADolAgA95QIADuVCABFlQgAjpUIAJyVCADhlQgA5pUIADSWCABBlggAh5YIAI+WCADalggA4JYIAC2XCAA5lwgAgJcIAJCXCADTlwgA3JcIACaYCAApmAgAeZgIAIWYCADMmAgA05gIAKWcDwArmQgAcpkIAIKZCADFmQgAiJkIAF50DADOmQgAGJoIABuaCABrmggAd5oIAL6aCADFmggA+JwPABqbCABPnggAG5sIAGSbCABzmwgAt5sIAHWbCAADnQgAuJsIAAqcCAAmnAgAXZwIAJScCACwnAgA55wIAEudDwAGnQgAVp0IAHKdCACpnQgA4J0IAPydCAAznggAnp0PAFyeCACinggAsJ4IAPWeCAAInwgASJ8IAGSfCACbnwgA0p8IAO6fCAAloAgA8Z0PAFKgCACUoAgAoKAIAOegCADvoAgARJ4PAD+hCACNoQgAlaEIAOChCADvoQgAM6IIADiiCACGoggAk6IIANmiCADmoggALKMIADijCAB/owgAjqMIANKjCADcowgAJaQIAC2kCAB4pAgAgqQIAMukCADQpAgAHqUIACalCACXng8AgKUIAMSlCACCpQgAEKcIAMWlCAAXpggAM6YIAGqmCAChpggAvaYIAPSmCADqng8AE6cIAGOnCAB/pwgAtqcIAO2nCAAJqAgAQKgIAD2fDwBfqAgAr6gIAMCoCAACqQgAHqkIAFWpCACMqQgAqKkIAN+pCACQnw8ACKoIAE6qCABaqggAoaoIALCqCAD0qggA/qoIAEerCABVqwgAmqsIAJ+rCADtqwgA+qsIAECsCABIrAgAk6wIAJmsCADmrAgAo6wIAIQNCQDyrAgAOa0IAEmtCACMrQgAla0IAN+tCADirQgAMq4IAD6uCACFrggAjK4IAOOfDwDdrggAfF8LAOKuCAArrwgA5K4IAFT6CgA1rwgAfq8IAH+vCADRrwgA4K8IACSwCAApsAgAd7AIAISwCADKsAgA17AIAB2xCAApsQgAcLEIAH+xCADDsQgAzbEIABayCAAksggAabIIAG6yCAC8sggAybIIAA+zCAAQswgAYrMIAGezCAC1swgAurMIAAi0CAAZtAgAW7QIAH60CACutAgAubQIAAG1CAAGtQgAVLUIAFe1CACntQgAsbUIAPq1CAAltggATbYIAGy2CAA2oA8ArLYIAPO2CAD1tggARrcIAFW3CACZtwgApLcIAOy3CAD0twgAP7gIAEa4CACSuAgAlLgIAOW4CADvuAgAOLkIADq5CACLuQgApLkIAN65CADguQgAMboIADS6CACEuggAkLoIANe6CADfuggAiaAPADa7CAB9uwgAg7sIANC7CADruwgAI7wIAC+8CAB2vAgAfLwIAMm8CADRvAgAHL0IAB69CABvvQgAeb0IAMK9CADKvQgA3KAPACa+CABovggAb74IALu+CADDvggADr8IABu/CABhvwgAZr8IALS/CAC+vwgAB8AIAA/ACABawAgAacAIAK3ACACywAgAAMEIAA3BCABTwQgAYMEIAKbBCACywQgA+cEIAAjCCABMwggAVsIIAJ/CCACnwggA8sIIAPzCCABFwwgASsMIAJjDCACgwwgAL6EPAPfDCAA+xAgATsQIAJHECACaxAgA5MQIAOfECAA3xQgAQ8UIAIrFCACRxQgAgqEPAOPFCAAwxggANsYIAIPGCACIxggA1sYIANzGCADVoQ8AL8cIAHzHCACCxwgAz8cIANTHCABBKg0A3McIACLICAAnyAgAdcgIAH3ICADIyAgA+8gIAD3QCAAAyQgAG8kIAFPJCABuyQgApskIAMHJCADxyQgAFMoIABzKCABnyggAdsoIALrKCAC/yggADcsIABrLCABgywgAbcsIALPLCAC/ywgABswIABXMCABZzAgAY8wIAKzMCAC6zAgA/8wIAATNCABSzQgAX80IAKXNCACtzQgA+M0IAP7NCABLzggAV84IAJ7OCACuzggA8c4IAPrOCABEzwgAR88IAJfPCACjzwgA6s8IAPHPCAAoog8AddAIAJDQCADA0AgA49AIAOvQCAA20QgARdEIAInRCACO0QgA3NEIAOnRCAAv0ggAPNIIAILSCACO0ggA1dIIAOTSCAAo0wgAMtMIAHvTCACJ0wgAztMIANPTCAAh1AgALtQIAHTUCAB81AgAx9QIAM3UCAAa1QgAJtUIAG3VCAB91QgAwNUIAMnVCAAT1ggAFtYIAGbWCABy1ggAudYIAMDWCAB7og8ADtcIAH45DQAa1wgAX9cIAGzXCACy1wgAvtcIAAXYCAAL2AgAWNgIAF7YCACr2AgAsNgIAP7YCAAE2QgAzqIPAHfZCACk2QgAytkIAPfZCAAq2ggAStoIAILaCACd2ggAzdoIAHSjDwD82ggAQ9sIAP7aCABB7AkATdsIAJbbCACw2wgA6dsIAPjbCAA83AgAQdwIAI/cCACc3AgA4twIAO/cCAA13QgAQd0IAIjdCACX3QgA290IAOXdCAAu3ggAOt4IAIHeCACU3ggA1N4IAOPeCAAn3wgAM98IAHrfCAB73wgAzd8IANffCAAg4AgALuAIAHPgCAB44AgAxuAIANPgCADHow8AHuEIAGzhCAB54QgAv+EIAMzhCAAS4ggAHuIIAGXiCAB04ggAuOIIAMLiCAAL4wgAGeMIAF7jCABj4wgAseMIAL7jCAAE5AgADOQIAFfkCABd5AgAquQIALbkCAD95AgADeUIAFDlCABZ5QgAo+UIAKblCAD25QgAAuYIAEnmCABQ5ggAwKQPAJ/mCADv5ggA9+YIAELnCABO5wgAlecIAJvnCADo5wgA7ucIADvoCABA6AgAjugIAJToCABmpQ8AGekIADTpCABs6QgAh+kIAKvpCAAMpg8A4OkIAEYDCgDt6QgALeoIADzqCACA6ggAjOoIANPqCADU6ggAJusIADDrCAB56wgAh+sIAMzrCADR6wgAH+wIACzsCABfpg8AlewIALKmDwD97AgAGO0IAFDtCABr7QgAj+0IAAWnDwDM7QgAEe4IABbuCABk7ggAce4IALfuCAC/7ggACu8IABDvCABd7wgAae8IALDvCADA7wgAA/AIAAzwCABW8AgAWfAIAKnwCADi8AgA/PAIAAjxCABYpw8AVfEIAKLxCAC78QgA9fEIAAPyCABI8ggAVfIIAJvyCACi8ggA7vIIAPfyCABB8wgATvMIAJTzCACr8wgA5/MIAOrzCAA69AgAPPQIAI30CACW9AgA4PQIAPD0CAAz9QgATPUIAIb1CACI9QgA2fUIAOL1CAAs9ggANPYIAH/2CACB9ggA0vYIAOv2CAAl9wgAPPcIAHj3CACE9wgAy/cIANz3CAAe+AgAKvgIAHH4CAB8+AgAxPgIANH4CAAX+QgAIfkIAKunDwB9+QgAvfkIAMv5CAAQ+ggA+PkIACsCCQBK+ggAY/oIAHD6CAC2+ggAvvoIAAn7CAAP+wgAXPsIAGj7CACv+wgAuvsIAAL8CAAL/AgAVfwIAFj8CACo/AgAqvwIAPv8CAAC/QgATv0IAFD9CAD+pw8ApP0IAPT9CAAC/ggAR/4IAEz+CACa/ggAp/4IAO3+CAD5/ggAQP8IAEj/CABRqA8Aof8IAOb/CAD2/wgAOQAJAEcACQCMAAkAlQAJAN8ACQDpAAkAMgEJADQBCQCFAQkAjwEJANgBCQDaAQkApKgPADACCQB+AgkAhgIJANECCQDXAgkAJAMJADADCQB3AwkAhgMJAMoDCQDTAwkAHQQJACAECQBwBAkAcgQJAMMECQDKBAkAFgUJABgFCQD3qA8AbgUJALwFCQDYBQkADwYJACsGCQBKqQ8AbwYJAHQgCgBxBgkAtQYJALoGCQAIBwkAFQcJAFsHCQBoBwkArgcJALQHCQABCAkADQgJAFQICQBkCAkApwgJALAICQD6CAkA/QgJAE0JCQBZCQkAoAkJAKcJCQCdqQ8AAgoJAEYKCQBLCgkAmQoJAKYKCQDsCgkA+QoJAD8LCQBFCwkAkgsJAJ4LCQDlCwkA9QsJADgMCQBBDAkAiwwJAI4MCQDeDAkA6gwJADENCQA4DQkA8KkPAIYNCQDXDQkA5Q0JACoOCQA7DgkAQ6oPAIQOCQCWqg8A2A4JAOmqDwAoDwkAdg8JAIMPCQDJDwkA1g8JABwQCQAoEAkAbxAJAH4QCQDCEAkAzBAJABURCQAjEQkAaBEJAG0RCQC7EQkAyBEJAA4SCQAWEgkAYRIJAGcSCQC0EgkAwBIJAAcTCQAXEwkAWhMJAGMTCQCtEwkAsBMJAAAUCQAMFAkAUxQJAFoUCQA8qw8AqxQJAPkUCQABFQkATBUJAE8VCQCfFQkAqBUJAPIVCQABFgkARRYJAFAWCQCYFgkAoBYJAOsWCQD7FgkAPhcJAEwXCQCRFwkAohcJAOQXCQDwFwkANxgJAD8YCQCPqw8AkBgJAN0YCQDlGAkAMBkJADcZCQCDGQkAkRkJANYZCQDcGQkAKRoJADUaCQB8GgkAixoJAM8aCQDZGgkAIhsJACcbCQB1GwkAexsJAMgbCQDcGwkA4qsPACwcCQBuHAkAehwJAMEcCQDHHAkAFB0JABodCQBnHQkAbB0JALodCQDAHQkANawPABIeCQBgHgkAcR4JALMeCQC7HgkABh8JAL8eCQCbRQkAwR4JAOK5DQAQHwkAWR8JAGcfCQCsHwkAwh8JAP8fCQALIAkAUiAJAFkgCQClIAkArSAJAPggCQD9IAkASyEJAFQhCQCeIQkAqCEJAPEhCQD5IQkARCIJAEgiCQCXIgkAoiIJAOoiCQD4IgkAPSMJAE4jCQCQIwkAnCMJAOMjCQDrIwkAiKwPADgkCQCJJAkAlyQJANwkCQDmJAkALyUJAD0lCQCCJQkAjyUJANUlCQDsJQkAKCYJADAmCQB7JgkAiyYJAM4mCQDTJgkAIScJACcnCQB0JwkAfCcJAMcnCQDJJwkAGigJACcoCQBtKAkAdSgJAMAoCQDFKAkAEykJABQpCQBmKQkAcikJALkpCQDGKQkADCoJABQqCQBfKgkAbioJALIqCQC3KgkABSsJABIrCQBYKwkAZSsJAKsrCQC3KwkA/isJAA0sCQBRLAkAWywJAKQsCQCyLAkA9ywJAPwsCQBKLQkAVy0JANusDwCgLQkA8C0JAPgtCQBDLgkAUC4JAJYuCQCbLgkA6S4JAPMuCQA8LwkARC8JAI8vCQCRLwkA4i8JAP0vCQA1MAkANzAJAIgwCQCWMAkA2zAJAOwwCQAuMQkAMDEJAIExCQCaMQkA1DEJAOUxCQAnMgkAMzIJAHoyCQCPMgkAzTIJANUyCQAgMwkAJjMJAHMzCQB/MwkAxjMJAOMzCQAZNAkAIjQJAGw0CQB4NAkAvzQJAMI0CQASNQkAHDUJAGU1CQBtNQkAuDUJAMI1CQALNgkAGTYJAF42CQB0NgkAsTYJAL02CQAENwkACzcJAFc3CQBfNwkAqjcJAK83CQD9NwkABjgJAFA4CQBaOAkAozgJAKs4CQD2OAkA+DgJAEk5CQBZOQkAnDkJAKY5CQDvOQkA+zkJAEI6CQBIOgkAlToJAJ06CQAurQ8A9DoJADs7CQBOOwkAjjsJAKo7CQDhOwkA6TsJAIGtDwBCPAkAhzwJAJ08CQDaPAkA5jwJAC09CQAyPQkAgD0JAIk9CQDTPQkA3T0JACY+CQAuPgkAeT4JAHs+CQDMPgkA2z4JAB8/CQA8PwkAcj8JAHs/CQDFPwkA0z8JABhACQAeQAkAa0AJAHlACQC+QAkAy0AJABFBCQAoQQkAZEEJAGxBCQC3QQkAuUEJAApCCQASQgkAXUIJAGxCCQCwQgkAtUIJAANDCQAQQwkAVkMJAGNDCQCpQwkAtUMJAPxDCQALRAkAT0QJAFlECQCiRAkAsEQJAPVECQD6RAkASEUJAFVFCQDUrQ8AoUUJAO5FCQD0RQkAQUYJAEZGCQCURgkAmkYJACeuDwD1RgkAOkcJAFBHCQCNRwkAmUcJAOBHCQDlRwkAM0gJADxICQCGSAkAkEgJANlICQD8SAkALEkJADBJCQB/SQkAO0kJAMtKCQCBSQkA0kkJAOBJCQAlSgkAL0oJAHhKCQCcSgkAIK8PANFKCQAeSwkAKksJAHFLCQBzSwkAxEsJAM5LCQAXTAkAI0wJAGpMCQCOTAkAc68PAMFMCQAQTQkAzEwJAFxOCQASTQkAY00JAHFNCQC2TQkAwE0JAAlOCQAtTgkAxq8PAGJOCQCvTgkAu04JAAJPCQAETwkAVU8JAF9PCQCoTwkAtE8JAPtPCQAfUAkAGbAPAGtQCQChUAkAqlAJAPRQCQACUQkAR1EJAE1RCQCaUQkAplEJAO1RCQD1UQkAbLAPAEdSCQCTUgkArFIJAOZSCQD1UgkAOVMJAEFTCQCMUwkAm1MJAN9TCQDkUwkAMlQJAD9UCQCFVAkAklQJANhUCQDkVAkAK1UJADpVCQB+VQkAiFUJANFVCQDfVQkAJFYJAClWCQB3VgkAhFYJAL+wDwDLVgkA+MYJAONWCQAdVwkAJ1cJAHBXCQByVwkAw1cJANFXCQAWWAkAI1gJAGlYCQBxWAkAvFgJAOVYCQAPWQkAFlkJAGJZCQB7WQkAtVkJAMRZCQAIWgkAEFoJAFtaCQBqWgkArloJALNaCQABWwkADlsJAFRbCQBhWwkAp1sJALNbCQD6WwkACVwJAE1cCQBXXAkAoFwJAK5cCQDzXAkA+FwJAEZdCQBTXQkAErEPAJ5dCQBZZAsApV0JAOxdCQDBXQkAH2EQAP9dCQA/XgkATl4JAJJeCQCeXgkA5V4JAPFeCQA4XwkAP18JAItfCQCXXwkA3l8JAOVfCQAxYAkAOWAJAIRgCQCIYAkA12AJAOJgCQAqYQkANmEJAH1hCQCKYQkA0GEJANhhCQAjYgkALWIJAHZiCQB8YgkAyWIJAN1iCQAcYwkAKmMJAG9jCQB8YwkAwmMJANljCQAVZAkAHWQJAGhkCQByZAkAu2QJAMBkCQAOZQkAFmUJAGFlCQBwZQkAtGUJALllCQAHZgkAFGYJAFpmCQBnZgkArWYJALlmCQAAZwkAD2cJAFNnCQBdZwkAZbEPAK5nCQD5ZwkACGgJAExoCQBRaAkAn2gJAKhoCQDyaAkAA2kJAEVpCQBMaQkAmGkJAKBpCQDraQkA+GkJAD5qCQBDagkAkWoJAJtqCQDkagkA7GoJADdrCQBQawkAimsJAJZrCQDdawkA5WsJALixDwA/bAkAg2wJAKBsCQDWbAkA32wJACltCQA3bQkAfG0JAIJtCQDPbQkA220JACJuCQApbgkAdW4JAH1uCQDIbgkA2G4JABtvCQAhbwkAbm8JAHNvCQDBbwkA128JABRwCQAccAkAZ3AJAHFwCQC6cAkAxXAJAA1xCQAZcQkAYHEJAGhxCQALsg8AwHEJAAZyCQANcgkAWXIJAGVyCQCscgkAsnIJAP9yCQAQcwkAUnMJAGZzCQClcwkAs3MJAPhzCQAFdAkAS3QJAGJ0CQCedAkApnQJAPF0CQD4dAkARHUJAEZ1CQCXdQkAoXUJAOp1CQDsdQkAPXYJAFZ2CQCQdgkAknYJAON2CQDmdgkANncJAEJ3CQCJdwkAtXcJAF6yDwDrdwkAL3gJAEx4CQCCeAkAi3gJANV4CQDjeAkAKHkJAC55CQB7eQkAh3kJAM55CQDWeQkAsbIPACl6CQB0egkAenoJAMd6CQDTegkAGnsJAB17CQBtewkAcnsJAMB7CQDJewkAE3wJABl8CQBmfAkAdXwJALl8CQDFfAkADH0JABR9CQAEsw8AZX0JALJ9CQC3fQkABX4JABt+CQBYfgkAYH4JAKt+CQC5fgkA/n4JAAh/CQBRfwkAVH8JAKR/CQCsfwkA938JAPh/CQBKgAkAUIAJAJ2ACQCrgAkA8IAJAAaBCQBDgQkARYEJAJaBCQCcgQkA6YEJAP2BCQA8ggkARIIJAI+CCQCfggkA4oIJAOSCCQA1gwkARIMJAIiDCQCSgwkA24MJAOCDCQAuhAkANIQJAIGECQCVhAkA1IQJANyECQAnhQkALIUJAHqFCQCAhQkAzYUJANWFCQAghgkAI4YJAHOGCQB4hgkAxoYJAM+GCQAZhwkAH4cJAGyHCQB7hwkAv4cJAMuHCQBXsw8AHIgJAGWICQBniAkAuIgJAL+ICQALiQkAEokJAF6JCQBkiQkAsYkJAL+JCQAEigkAEYoJAFeKCQBnigkAqooJAK+KCQD9igkABYsJAFCLCQAZiwkAQPgJAFyLCQCjiwkApYsJAI6OCQCwiwkA9osJAPuLCQBJjAkAU4wJAJyMCQCsjAkA74wJAPSMCQBCjQkAS40JAJWNCQCijQkA6I0JAO+NCQA7jgkAQ44JAKqzDwCcjgkA4Y4JAPmOCQA0jwkANo8JAIePCQCejwkA2o8JANyPCQAtkAkAO5AJAICQCQCNkAkA05AJANuQCQD9sw8ALJEJAHmRCQB7kQkAzJEJANmRCQAfkgkAIpIJAHKSCQCDkgkAxZIJAMeSCQAYkwkAIpMJAGuTCQB3kwkAvpMJAMaTCQBQtA8AFpQJAGSUCQBnlAkAt5QJAMGUCQAKlQkAEpUJAF2VCQBqlQkAsJUJALKVCQADlgkAGZYJAFaWCQBilgkAqZYJALGWCQCjtA8A/5YJAE+XCQATlwkASOQKAFiXCQCilwkAsJcJACLBCQCxlwkA9ZcJAACYCQBImAkAUJgJAJuYCQCmmAkA7pgJAPOYCQBBmQkARJkJAJSZCQCemQkASbUPAO2ZCQA6mgkA8ZkJAL3dDABVmgkAjZoJAJmaCQDgmgkA5poJADObCQA7mwkAhpsJAJybCQDZmwkA55sJACycCQAvnAkAf5wJAJicCQDSnAkA3pwJACWdCQAwnQkAeJ0JAHqdCQDLnQkA5p0JAB6eCQAsngkAcZ4JAH6eCQDEngkA254JAJy1DwAZnwkAAuAMAC2fCQBqnwkAa58JAL2fCQDCnwkAEKAJABagCQBjoAkAZaAJALagCQC8oAkACaEJAB2hCQBcoQkAZKEJAK+hCQC/oQkAAqIJAASiCQBVogkAY6IJAKiiCQC5ogkA77UPAAGjCQBOowkAWqMJAEK2DwCjowkA9KMJAAWkCQBHpAkAT6QJAJqkCQCjpAkA7aQJAPSkCQBApQkAQaUJAJW2DwCfpQkA5qUJAOilCQA5pgkAQKYJAIymCQCUpgkA36YJAOimCQAypwkAOacJAIWnCQCGpwkA6LYPAN2nCQArqAkAM6gJAH6oCQCIqAkA0agJAN+oCQAkqQkAOqkJAHepCQCDqQkAyqkJAM+pCQAdqgkAJqoJAHCqCQB6qgkAO7cPAMSqCQAWqwkAHqsJAIoKCwAuqwkAaasJAHarCQC8qwkAyKsJAA+sCQAZrAkAYqwJAGasCQC1rAkAuqwJAAitCQAOrQkAW60JAHutCQCurQkAxq0JAAGuCQAYrgkAVK4JAGCuCQCnrgkAsa4JAPquCQD8rgkATa8JAFSvCQCgrwkAp68JAPOvCQD5rwkARrAJAFKwCQCZsAkAnLAJAOywCQDvsAkAP7EJAEuxCQCSsQkAlbEJAOWxCQABsgkAOLIJAECyCQCOtw8Al7IJAN6yCQDosgkAMbMJADOzCQCEswkAi7MJANezCQDeswkAKrQJADC0CQB9tAkAi7QJANC0CQDdtAkAI7UJADO1CQB2tQkAe7UJAMm1CQDRtQkAHLYJACy2CQBvtgkAdLYJAMK2CQDItgkAFbcJAB23CQDhtw8AbrcJALu3CQDDtwkADrgJABG4CQBhuAkAbbgJALS4CQC6uAkAB7kJACK5CQBauQkAaLkJAK25CQC8uQkAALoJAAy6CQBTugkAW7oJAIe4DwCrugkA+boJAAO7CQBMuwkAVLsJAJ+7CQC/uwkA8rsJAP+7CQBFvAkASrwJAJi8CQCcvAkA67wJAPi8CQDauA8AQ70JAJG9CQCUvQkA5L0JAO69CQA3vgkAQ74JAIq+CQCdvgkA3b4JAOy+CQAwvwkAPL8JAIO/CQCEvwkA1r8JAOC/CQApwAkAN8AJAHzACQCBwAkAz8AJANzACQAtuQ8ALMEJAHXBCQB3wQkAyMEJAOHBCQAbwgkALMIJAG7CCQB6wgkAwcIJAMnCCQAmug8AG8MJAGfDCQBuwwkAusMJAMDDCQANxAkAGcQJAGDECQBjxAkAs8QJALbECQAGxQkADsUJAFnFCQBpxQkArMUJALHFCQD/xQkACMYJAFLGCQBfxgkApcYJAKzGCQB5ug8ABMcJAEvHCQBYxwkAnscJAKbHCQDxxwkA+8cJAETICQBTyAkAl8gJAJjICQDqyAkA8sgJAD3JCQBMyQkAkMkJAJXJCQDjyQkA8MkJADbKCQBDygkAicoJAJXKCQDcygkA68oJAC/LCQA5ywkAgssJAJDLCQDVywkA2ssJACjMCQA1zAkAe8wJAIPMCQDOzAkA2MwJACHNCQAmzQkAdM0JAHzNCQDMug8A1c0JABrOCQAmzgkAbc4JAHPOCQDAzgkAxs4JABPPCQAYzwkAZs8JAGzPCQAfuw8Axc8JAAzQCQAS0AkAX9AJAGXQCQCy0AkAv9AJAAXRCQAK0QkAWNEJAGDRCQCr0QkAydEJABi8DwAA0gkAOjIMAAHSCQDcaQsABNIJAIT/CgAU0gkAUdIJAFLSCQCk0gkAqdIJAPfSCQD90gkAStMJAEzTCQCd0wkAo9MJAPDTCQAE1AkAQ9QJAEvUCQCW1AkAptQJAOnUCQDr1AkAPNUJAErVCQCP1QkAoNUJAGu8DwDo1QkANdYJAEHWCQC+vA8AldYJANvWCQDj1gkALtcJADvXCQCB1wkAg9cJANTXCQDq1wkAJ9gJADPYCQB62AkAgtgJAGS9DwDZ2AkAINkJACPZCQBz2QkAeNkJAMbZCQDX2QkAGdoJACLaCQBs2gkAdtoJAL/aCQDN2gkAEtsJABfbCQBl2wkActsJALe9DwDE2wkAC9wJABjcCQBe3AkAYNwJALHcCQDH3AkABN0JABDdCQBX3QkAX90JAAq+DwCv3QkA/d0JAAPeCQBQ3gkAWN4JAKPeCQCm3gkA9t4JAALfCQBJ3wkAT98JAJzfCQC33wkA798JAPzfCQBC4AkAROAJAJXgCQCr4AkA6OAJAPTgCQA74QkAQ+EJAF2+DwCU4QkA4eEJAObhCQA04gkAT+IJAIfiCQCV4gkA2uIJAOHiCQAt4wkAOeMJAIDjCQCH4wkAsL4PAN7jCQAm5AkALuQJAHnkCQCE5AkAzOQJANHkCQAf5QkAIuUJAHLlCQB85QkAxeUJAM3lCQAY5gkAJuYJAGvmCQBu5gkAvuYJAMbmCQAR5wkAMecJAGTnCQBx5wkAt+cJALznCQAK6AkADugJAF3oCQBq6AkAA78PANDoCQAD6QkADOkJAFbpCQBX6QkAqekJALHpCQD86QkADOoJAE/qCQBR6gkAouoJALDqCQD16gkABusJAFa/DwBO6wkAm+sJAKfrCQCpvw8A9esJAPy/DwBG7AkAlOwJAK7sCQDn7AkA9uwJADrtCQBF7QkAje0JAI/tCQDg7QkA7e0JADPuCQBA7gkAhu4JAJLuCQDZ7gkA6u4JACzvCQAv7wkAf+8JAJnvCQDS7wkA2+8JACXwCQAy8AkAePAJAH7wCQDL8AkA1/AJAB7xCQAh8QkAcfEJAHbxCQDE8QkA1fEJABfyCQAy8gkAavIJAHbyCQC98gkAxPIJABDzCQAS8wkAY/MJAGrzCQC28wkAvfMJAAn0CQAP9AkAXPQJAGj0CQCv9AkAsvQJAAL1CQAF9QkAVfUJAGH1CQCo9QkAu/UJAPv1CQAK9gkATvYJAFr2CQCh9gkAovYJAPT2CQD+9gkAR/cJAFX3CQCa9wkAn/cJAO33CQD69wkAT8APAEj4CQCiwA8AlfgJAOb4CQD8+AkAOfkJAEX5CQCM+QkAlPkJAPXADwDl+QkAMvoJADr6CQCF+gkAiPoJANj6CQDk+gkAK/sJADH7CQB++wkAmfsJANH7CQDf+wkAJPwJADP8CQB3/AkAg/wJAMr8CQDS/AkASMEPACL9CQBw/QkAev0JAMP9CQDL/QkAFv4JADb+CQBp/gkAdv4JALz+CQDB/gkAD/8JABP/CQBi/wkAb/8JAJvBDwDY/wkA7sEPAA0ACgBbAAoAagAKAK4ACgDOAAoAAQEKAA0BCgBUAQoAXgEKAKcBCgCzAQoA+gEKAAACCgBNAgoAUwIKAKACCgClAgoA8wIKAPkCCgBBwg8ATAMKAJkDCgCeAwoA7AMKAPIDCgDnwg8AQgQKAJIECgCcBAoA5QQKAOcECgA4BQoAUQUKAIsFCgCcBQoA3gUKAOwFCgAxBgoANAYKAIQGCgCPBgoA1wYKAN8GCgAqBwoALAcKAH0HCgCFBwoA0AcKAN0HCgAjCAoALwgKAHYICgB6CAoAyQgKANEICgAcCQoAKwkKAG8JCgB0CQoAwgkKAM8JCgAVCgoAIgoKAGgKCgB0CgoAuwoKAMoKCgAOCwoAGAsKAGELCgBvCwoAtAsKALkLCgAHDAoAFAwKADrDDwBiDAoAjcMPALEMCgDkEAoAuQwKAAANCgAGDQoAUw0KAFkNCgCmDQoAsw0KAPkNCgD+DQoATA4KAFQOCgCfDgoA0g4KAJgPCgDXDgoA8g4KABgPCgDrDwoAKg8KAEUPCgB9DwoA4MMPANAPCgAzxA8AERAKAD4QCgBxEAoAkRAKAMkQCgCGxA8A8hAKADcRCgBEEQoAihEKAJYRCgDdEQoA4xEKADASCgA2EgoAgxIKAIgSCgDWEgoA3BIKANnEDwBPEwoAIhQKAGETCgB8EwoAtBMKAH/FDwAHFAoA0sUPAEgUCgB1FAoAqBQKAMgUCgAAFQoAJcYPACUVCgBuFQoAcxUKAMEVCgDJFQoAeMYPABkWCgBnFgoAcBYKALoWCgDHFgoADRcKABQXCgDLxg8AaBcKAB7HDwDGFwoABhgKABIYCgBZGAoAaBgKAKwYCgC1GAoA/xgKAAkZCgBSGQoAVBkKAKUZCgC+GQoA+BkKAAkaCgBLGgoAVxoKAJ4aCgCmGgoAcccPAP8aCgBEGwoAVRsKAJcbCgCjGwoA6hsKAPIbCgDExw8AQhwKAJAcCgCaHAoA4xwKAOscCgA2HQoARh0KAIkdCgCOHQoA3B0KAOUdCgAvHgoAPB4KAIIeCgCJHgoAF8gPANseCgAegg0A4h4KACgfCgDoHgoA/mkMAC0fCgB7HwoAhx8KAM4fCgDbHwoAISAKACsgCgBqyA8AeSAKAMcgCgDTIAoAGiEKACchCgBtIQoAdyEKAMAhCgDcIQoAEyIKABsiCgC9yA8AayIKALkiCgDBIgoADCMKAA8jCgBfIwoAaCMKALIjCgDBIwoABSQKABAkCgBYJAoAYCQKAKskCgC7JAoA/iQKAAwlCgBRJQoAYiUKAKQlCgCwJQoA9yUKAP8lCgAQyQ8AUCYKAJ0mCgClJgoA8CYKAPcmCgBDJwoAUScKAJYnCgCcJwoA6ScKAPUnCgA8KAoASygKAI8oCgCZKAoA4igKAOcoCgA1KQoAOykKAIgpCgCcKQoA2ykKAOMpCgAuKgoATCoKAIEqCgCJKgoAY8kPANwqCgC2yQ8ALysKAHorCgCTKwoAzSsKANYrCgAgLAoAMCwKAHMsCgCDLAoAxiwKANIsCgAZLQoAHy0KAGwtCgB6LQoAvy0KAMwtCgASLgoAKS4KAGUuCgBtLgoAuC4KAMIuCgALLwoAGS8KAF4vCgB0LwoAsS8KAL0vCgAEMAoACzAKAFcwCgBfMAoAqjAKAK8wCgD9MAoABjEKAFAxCgBaMQoAozEKAKsxCgD2MQoA+DEKAEkyCgBZMgoAnDIKAKYyCgDvMgoA+zIKAEIzCgBIMwoAlTMKAJ0zCgBcyg8A8TMKADs0CgBMNAoAjjQKAJo0CgDhNAoA7jQKADQ1CgA5NQoAhzUKAJE1CgDaNQoA6jUKAC02CgAyNgoAgDYKAIk2CgDTNgoA4DYKACY3CgAtNwoAeTcKAIU3CgDMNwoA0jcKAB84CgAlOAoAcjgKAHc4CgDFOAoAyzgKAK/KDwAdOQoAazkKAHM5CgC+OQoA1DkKABE6CgAWOgoAZDoKAGs6CgC3OgoAwDoKAAo7CgAbOwoAXTsKAGk7CgCwOwoAuDsKAKjLDwAFPAoAVjwKAGw8CgCpPAoAtTwKAPw8CgADPQoATz0KAFc9CgD7yw8Apz0KAPU9CgD9PQoASD4KAF4+CgCbPgoAoD4KAO4+CgD1PgoAQT8KAEo/CgCUPwoApT8KAOc/CgDzPwoAOkAKAEJACgBOzA8Aj0AKAOBACgD2QAoAM0EKAD9BCgCGQQoAjUEKANlBCgDhQQoAocwPADFCCgB/QgoAhkIKANJCCgDbQgoAJUMKADZDCgB4QwoAhEMKAMtDCgDTQwoA9MwPACBECgBxRAoAgEQKAMRECgDkRAoAF0UKABlFCgBqRQoAgUUKAL1FCgDJRQoAEEYKABhGCgCazQ8AaEYKALZGCgC4RgoACUcKABBHCgBcRwoAZEcKAK9HCgC4RwoAAkgKAAhICgBVSAoAZkgKAKhICgCwSAoAQM4PAAdJCgBOSQoAUUkKAKFJCgCmSQoA9EkKAAVKCgBHSgoAYkoKAJpKCgCmSgoA7UoKAPVKCgCTzg8AVksKAJNLCgCUSwoA5ksKAOtLCgA5TAoAP0wKAIxMCgCWTAoA30wKAOdMCgAyTQoARE0KAObODwCSTQoA2E0KAOJNCgArTgoAMU4KAH5OCgCSTgoA0U4KANlOCgAkTwoANE8KAHdPCgB8TwoAyk8KANBPCgAdUAoAJVAKAHBQCgBxUAoAw1AKAMVQCgAWUQoAJVEKAGlRCgCJUQoAvFEKAL5RCgAPUgoAJlIKAGJSCgBuUgoAtVIKAL1SCgA5zw8AEFMKAFtTCgB0UwoArlMKALdTCgABVAoAC1QKAFRUCgBcVAoAp1QKALdUCgD6VAoA/1QKAE1VCgBWVQoAoFUKAK1VCgDzVQoA+lUKAEZWCgBOVgoA388PAKNWCgDsVgoA9FYKAD9XCgBNVwoAklcKAJ9XCgDlVwoA7VcKADhYCgA6WAoAi1gKAJNYCgDeWAoA31gKADFZCgAzWQoAhFkKAJNZCgDXWQoA91kKACpaCgAsWgoAfVoKAJRaCgDQWgoA3FoKACNbCgA9WwoAdlsKAJ9bCgDJWwoAzFsKABxcCgAhXAoAb1wKAHxcCgAy0A8AxFwKABVdCgAfXQoAaF0KAHddCgC7XQoAxl0KAA5eCgAcXgoAYV4KAG5eCgC0XgoAy14KAAdfCgAPXwoAWl8KAFtfCgCtXwoAr18KAABgCgAPYAoAU2AKAHNgCgCmYAoAqGAKAPlgCgAQYQoATGEKAFhhCgCfYQoAp2EKAIXQDwD3YQoARWIKAEtiCgCYYgoAoGIKAOtiCgAKYwoAPmMKAEtjCgCRYwoAkmMKAORjCgD6YwoAN2QKAFNkCgDY0A8Aj2QKAN1kCgDnZAoAMGUKADhlCgCDZQoAhGUKANZlCgCFZQoAl24KANxlCgApZgoANWYKAHxmCgCMZgoAz2YKAN1mCgAiZwoANWcKAHVnCgCBZwoAyGcKAM9nCgAbaAoAI2gKAG5oCgByaAoAwWgKAM9oCgAUaQoAHmkKAGdpCgByaQoAumkKAMJpCgANagoARGoKAGBqCgBoagoAs2oKALhqCgAGawoADGsKAFlrCgBhawoArGsKAMZrCgD/awoANmwKAFJsCgBabAoApWwKAKpsCgD4bAoA/mwKAEttCgBTbQoAnm0KALhtCgDxbQoAC24KAERuCgB7bgoAK9EPAJ9uCgDqbgoA8W4KAD1vCgBJbwoAkG8KAJFvCgDjbwoA728KADZwCgBDcAoAiXAKAJBwCgDccAoA6HAKAC9xCgA8cQoAgnEKAJFxCgDVcQoA6XEKAH7RDwAqcgoAe3IKADRyCgAhuAwAfnIKAL4rDACIcgoAshwLAIpyCgDOcgoA7nIKACFzCgAjcwoAdHMKAItzCgDHcwoA03MKABp0CgAidAoA0dEPAG90CgDAdAoAzXQKABN1CgAcdQoAZnUKAGh1CgC5dQoAynUKAAx2CgAddgoAX3YKAHN2CgAk0g8A0nYKAAV3CgAHdwoAWHcKAG93CgCrdwoAt3cKAP53CgAGeAoAd9IPAFN4CgCkeAoAp3gKAPd4CgD/eAoASnkKAFd5CgCdeQoAonkKAPB5CgD6eQoAQ3oKAEt6CgCWegoAr3oKAOl6CgD1egoAPHsKAEh7CgCPewoAnHsKAOJ7CgDqewoANXwKAEV8CgCIfAoAjXwKANt8CgDkfAoALn0KADt9CgCBfQoAiH0KANR9CgDcfQoAytIPADR+CgB6fgoAfX4KAM1+CgDXfgoAIH8KACJ/CgBzfwoAhH8KAMZ/CgDXfwoAGYAKACWACgBsgAoAc4AKAL+ACgDZgAoAEoEKABqBCgBlgQoAZoEKAMyKCgBvgQoAuIEKAL6BCgALggoAH4IKAF6CCgBmggoAsYIKALuCCgAEgwoACYMKAFeDCgBfgwoAqoMKALiDCgD9gwoACoQKAFCECgBThAoAo4QKAK2ECgD2hAoA+IQKAEmFCgBahQoAnIUKAK2FCgDvhQoA94UKAB3TDwBMhgoAlYYKALGGCgDohgoA8IYKAHDTDwA8hwoAjocKAKSHCgDhhwoA6YcKADSICgBCiAoAh4gKAJSICgDaiAoA3YgKAC2JCgA3iQoAgIkKAIKJCgDTiQoA5IkKACaKCgA3igoAeYoKAIGKCgDD0w8A3YoKAB+LCgAriwoAcosKAHSLCgDFiwoAyIsKABiMCgAkjAoAa4wKAHOMCgAW1A8Ax4wKABGNCgAejQoAZI0KAGyNCgC3jQoAyY0KAAqOCgAXjgoAXY4KAF6OCgCwjgoAxo4KAAOPCgALjwoAVo8KAGSPCgCpjwoAto8KAPyPCgD/jwoAT5AKAFmQCgCikAoApJAKAPWQCgAGkQoASJEKAFmRCgCbkQoAo5EKAGnUDwD7kQoAQZIKAEuSCgCUkgoAopIKAOeSCgD9kgoAOpMKAEaTCgCNkwoAmZMKAOCTCgDmkwoAM5QKADmUCgCGlAoAi5QKANmUCgDflAoAvNQPADGVCgB/lQoAgZUKANKVCgDZlQoAJZYKAC2WCgB4lgoAe5YKAMuWCgDUlgoAHpcKAC2XCgBxlwoAfJcKAMSXCgDMlwoAF5gKACeYCgBqmAoAeJgKAL2YCgDOmAoAEJkKAByZCgBjmQoAa5kKALXVDwDUmQoACZoKABGaCgAI1g8AaJoKAK+aCgDFmgoAApsKAAqbCgBVmwoAdJsKAFvWDwCrmwoAzdEKALWbCgD7mwoA/psKAEJqDgADnAoATpwKAAWcCgBapAwAUJwKAKGcCgBYnAoAoKgKAF+cCgDRoQoArpwKAPScCgAInQoAR50KAE+dCgCanQoAn50KAO2dCgD9nQoAQJ4KAEieCgCTngoAnZ4KAOaeCgDxngoAOZ8KAEWfCgCMnwoAlJ8KAK7WDwDknwoAMqAKADugCgCFoAoAi6AKANigCgDnoAoAK6EKADehCgB+oQoAgaEKAAHXDwDWoQoAJKIKADOiCgB3ogoAeaIKAMqiCgDbogoAHaMKAC6jCgBwowoAhKMKAMOjCgDLowoAFqQKACSkCgBppAoAdqQKALykCgC/pAoAD6UKABmlCgBipQoAZKUKALWlCgDGpQoACKYKABmmCgBbpgoAZ6YKAK6mCgC1pgoAAacKAAmnCgBUpwoAa6cKAKenCgCzpwoA+qcKABCoCgBNqAoAUKgKAFTXDwCrqAoA86gKAP+oCgBGqQoATqkKAKfXDwClqQoA7KkKAAKqCgA/qgoAQqoKAJKqCgCaqgoA5aoKAOeqCgA4qwoAU6sKAIurCgCNqwoA3qsKAOyrCgAxrAoAQqwKAISsCgCGrAoA16wKAPCsCgAqrQoAO60KAH2tCgCJrQoA+tcPANatCgAjrgoAMa4KAHauCgCRrgoAya4KANWuCgAcrwoAIq8KAG+vCgB3rwoAwq8KANKvCgAVsAoAGrAKAGiwCgBxsAoAu7AKAMiwCgAOsQoAFbEKAGGxCgBpsQoATdgPALmxCgAHsgoADbIKAFqyCgBisgoArbIKANayCgAAswoAB7MKAFOzCgBsswoAprMKALWzCgD5swoAFbQKAKDYDwBRtAoAn7QKAKm0CgDytAoAArUKAEW1CgBKtQoAmLUKAKG1CgDrtQoA+LUKAD62CgBFtgoAkbYKAJ22CgDktgoA97YKADe3CgBGtwoAircKAJa3CgDdtwoA3rcKADC4CgA6uAoAg7gKAJG4CgDWuAoA27gKACm5CgA2uQoA89gPAI25CgDPuQoA0bkKACK6CgAlugoAdboKAHi6CgDIugoAz7oKABu7CgAnuwoAbrsKAH67CgDBuwoA0bsKABS8CgAZvAoAZ7wKAHC8CgC6vAoAx7wKAA29CgAUvQoAYL0KAGy9CgCzvQoAub0KAAa+CgAMvgoAWb4KAF6+CgCsvgoAsr4KAOzZDwAJvwoAUr8KAGC/CgClvwoAtb8KAPi/CgD6vwoAS8AKAFrACgCewAoAqMAKAPHACgD5wAoA5doPAErBCgCXwQoAo8EKADjbDwDvwQoAPcIKAEXCCgCQwgoAoMIKAOPCCgDxwgoANsMKAEPDCgCJwwoAkMMKANzDCgDkwwoA3tsPAEDECgCCxAoAicQKANXECgDdxAoAKMUKADXFCgB7xQoAgMUKAM7FCgDYxQoAIcYKACnGCgB0xgoAjcYKAMfGCgDTxgoAGscKACLHCgAx3A8AeccKAMDHCgDDxwoAE8gKABjICgBmyAoAd8gKALnICgDUyAoADMkKABjJCgBfyQoAZskKALLJCgDOyQoABcoKAA3KCgCE3A8AXcoKAKvKCgC1ygoA/soKAAbLCgBRywoAYcsKAKTLCgCpywoA98sKAADMCgBKzAoAV8wKAJ3MCgCkzAoA19wPAPnMCgBDzQoAUM0KAJbNCgClzQoA6c0KAPPNCgA8zgoASs4KAI/OCgCUzgoA4s4KAO/OCgA1zwoAPc8KACrdDwCUzwoA288KAOjPCgAu0AoAMdAKAIHQCgCP0AoA1NAKANnQCgAn0QoANNEKAHrRCgCC0QoAfd0PANXRCgAg0goAJtIKAHPSCgAn0goANC4LAH/SCgDG0goA49IKABnTCgAi0woAbNMKAHrTCgC/0woAxdMKABLUCgAe1AoAZdQKAGzUCgDQ3Q8AvtQKAAvVCgAZ1QoAXtUKAHnVCgCx1QoAvdUKAATWCgAK1goAI94PAHrWCgB23g8Ar9YKAP3WCgAK1woAUNcKAF3XCgCj1woAr9cKAPbXCgAF2AoASdgKAFPYCgCc2AoAqtgKAO/YCgD02AoAQtkKAE/ZCgCV2QoAsdkKAOjZCgDw2QoAyd4PAEfaCgCO2goAq9oKAOHaCgDq2goANNsKAELbCgCH2woAjdsKANrbCgDm2woALdwKADTcCgCA3AoAiNwKANPcCgDp3AoAJt0KACvdCgB53QoAgN0KAMzdCgDV3QoAH94KADDeCgBy3goAft4KAMXeCgDN3goAb98PAB7fCgBr3woAcN8KAL7fCgDZ3woAEeAKAB/gCgBk4AoAa+AKALfgCgDD4AoACuEKAA3hCgBd4QoAZeEKALDhCgCx4QoAA+IKAAXiCgBW4goAZeIKAKniCgDJ4goA/OIKAP7iCgBP4woAZuMKAKLjCgCu4woA9eMKAP3jCgDC3w8ATeQKAJvkCgCj5AoA7uQKAP7kCgBB5QoAT+UKAJTlCgCl5QoA5+UKAPPlCgA65goAPeYKAI3mCgCV5goA4OYKAO7mCgAz5woAQOcKAIbnCgCO5woAFeAPANrnCgAs6AoAOOgKAH/oCgCO6AoA0ugKANroCgBo4A8AJ+kKAHjpCgCG6QoAy+kKANzpCgC74A8AJeoKAA7hDwB56goAtOEPAM7qCgAX6woAI+sKAGrrCgCA6woAvesKAMnrCgAQ7AoAI+wKAGPsCgBx7AoAtuwKAMDsCgAH4g8AEe0KAFriDwBy7QoAr+0KALvtCgAC7goAD+4KAFXuCgBf7goAqO4KAKruCgD77goABe8KAE7vCgBc7woAoe8KAKbvCgD07woAAfAKAEfwCgBP8AoAmvAKAKrwCgDt8AoA7/AKAEDxCgBJ8QoAk/EKAKTxCgDm8QoA8PEKAK3iDwBF8goAjPIKAKPyCgDf8goA+vIKAADjDwBL8woAhfMKAIvzCgDY8woA4vMKAFPjDwAt9AoAfvQKAI/0CgDR9AoA2fQKACT1CgDt9AoAXxwLADD1CgB39QoAffUKAMr1CgDQ9QoAHfYKACL2CgBw9goAdvYKAKbjDwDf9goAFvcKAB73CgCf5A8Ad/cKALz3CgDN9woAD/gKACD4CgBi+AoAbvgKALX4CgC8+AoA8uQPABn5CgBb+QoAbPkKAK75CgC6+QoAAfoKAAj6CgBF5Q8AVvoKAKf6CgCo+goA+voKAAL7CgBN+woAUvsKAKD7CgCp+woA8/sKAP37CgBG/AoATvwKAJn8CgCe/AoA7PwKAPz8CgA//QoAR/0KAJL9CgCo/QoA5f0KAPH9CgA4/goATv4KAIv+CgCQ/goA3v4KAOT+CgAx/woARf8KAJjlDwCa/woA1/8KAOX/CgAqAAsANwALAH0ACwB/AAsA0AALANoACwAjAQsALwELAHYBCwB9AQsAyQELANEBCwAcAgsANQILAG8CCwCDAgsAwgILAMoCCwAVAwsAFwMLAGgDCwB1AwsAuwMLAMADCwAOBAsAGAQLAGEECwBsBAsAtAQLAMAECwAHBQsADQULAFoFCwBiBQsArQULAK4FCwAABgsABgYLAFMGCwBYBgsApgYLALUGCwD5BgsABQcLAEwHCwBPBwsAnwcLAKIHCwDr5Q8A9wcLAEUICwBhCAsAPuYPALgICwDrCAsA8wgLAJHmDwBECQsAkQkLAJ0JCwDk5g8A6gkLADcKCwBDCgsAKekPAIsKCwAbDgsAmgoLAN0KCwDfCgsAMAsLADoLCwCDCwsAhQsLANYLCwDnCwsAKQwLADEMCwB8DAsAiAwLAM8MCwDVDAsAIg0LACgNCwB1DQsAeg0LAMgNCwDODQsAfOkPAB0OCwBuDgsAdA4LAMEOCwDEDgsAFA8LACAPCwBnDwsAbw8LAHXqDwDADwsADRALABMQCwBgEAsAZRALALMQCwC5EAsAyOoPAAgRCwBZEQsAYhELAKwRCwDDEQsA/xELAAoSCwBSEgsAXBILAKUSCwCtEgsAwesPAAUTCwBLEwsAUxMLAJ4TCwCoEwsA8RMLAPwTCwBEFAsAShQLAJcUCwCjFAsA6hQLAOwUCwA9FQsARBULAJAVCwCYFQsA4xULAPUVCwAU7A8AchYLAIkWCwCRFgsA3BYLAP8WCwAN7Q8AMRcLAIIXCwCPFwsA1RcLANwXCwAoGAsAORgLAHsYCwCHGAsAzhgLANUYCwAhGQsAIhkLAOc4CwApGQsAYO0PAIcZCwDHGQsA1hkLABoaCwAmGgsAbRoLAG4aCwDAGgsAyhoLABMbCwAhGwsAZhsLAGsbCwC5GwsAxhsLALPtDwAUHAsABu4PAGccCwBZ7g8AwBwLAAUdCwAUHQsAWB0LAHgdCwCrHQsAtx0LAP4dCwAFHgsAUR4LAFkeCwCkHgsAph4LAPceCwABHwsAUu8PAFQfCwCdHwsApR8LAKXvDwD6HwsAQyALAEsgCwD47w8A0yALAOkgCwDxIAsAPCELAFohCwBL8A8AnSELAOIhCwDpIQsAwqEMAPIhCwA1IgsARSILAIgiCwCUIgsA2yILAOEiCwAuIwsASiMLAIEjCwCJIwsAnvAPAOgjCwAnJAsAMSQLAHokCwCGJAsAzSQLANUkCwDx8A8AKyULAHMlCwB1JQsAxiULAMwlCwAZJgsAISYLAETxDwBuJgsAvyYLAMImCwASJwsAGicLAGUnCwB1JwsAuCcLALonCwALKAsAGSgLAF4oCwBvKAsAl/EPALgoCwDq8Q8ACikLAFcpCwBcKQsAqikLALApCwA98g8AByoLAFAqCwBSKgsAoyoLALYqCwD2KgsA/ioLAEkrCwBVKwsAnCsLAKIrCwDvKwsA9SsLAEIsCwBHLAsAlSwLAJssCwA28w8A8SwLADstCwBILQsAji0LAJUtCwDhLQsA6S0LAInzDwBALgsAhy4LAJEuCwDaLgsA5i4LAC0vCwA8LwsAgC8LAIovCwDTLwsA3y8LACYwCwAtMAsA3PMPAHwwCwBJcA0AfzALAMwwCwCIMAsA2JIMANgwCwAfMQsAJzELAC/0DwB+MQsAxTELAM8xCwAYMgsAJDILAGsyCwB6MgsAvjILAMgyCwARMwsAHTMLAGQzCwBrMwsAgvQPAMUzCwAKNAsA1zMLAJuDDAAhNAsAXTQLAGo0CwCwNAsAsjQLAAM1CwAUNQsAVjULAHI1CwCpNQsAsTULANX0DwAVNgsATzYLAGM2CwCiNgsAqjYLAPU2CwD4NgsASDcLAFY3CwCbNwsAsjcLAO43CwD7NwsAQTgLAEM4CwCUOAsApTgLACj1DwDtOAsAOjkLAD85CwCNOQsAozkLAOA5CwDuOQsAMzoLADY6CwCGOgsAkjoLANk6CwDfOgsALDsLADg7CwB/OwsAqDsLANI7CwDeOwsAJTwLADQ8CwB4PAsAgjwLAMs8CwDZPAsAHj0LACM9CwBxPQsAfj0LAHv1DwDGPQsAFz4LACU+CwBqPgsAdz4LAL0+CwDPPgsAzvUPAB8/CwBjPwsAbz8LALY/CwDPPwsACUALAAtACwBcQAsAa0ALAK9ACwDPQAsAAkELAApBCwBVQQsAeEELACH2DwCtQQsA+0ELAP5BCwBOQgsAWEILAKFCCwCpQgsA9EILAPpCCwBHQwsAU0MLAJpDCwCpQwsA7UMLAPlDCwBARAsATUQLAJNECwCdRAsA5kQLAO5ECwA5RQsASEULAIxFCwCORQsA30ULAPBFCwAyRgsAQ0YLAIVGCwCNRgsA2EYLAOlGCwArRwsALUcLAH5HCwCBRwsA0UcLANtHCwAkSAsASEgLAHdICwCTSAsAdPYPANBICwAdSQsAIkkLAHBJCwB/SQsAw0kLAM9JCwAWSgsAGUoLAGlKCwBsSgsAvEoLAMRKCwAPSwsAHksLAGJLCwBnSwsAtUsLAMtLCwAITAsACUwLAFtMCwBsTAsArkwLALpMCwABTQsAC00LAFRNCwBgTQsAp00LAK5NCwDH9g8A/k0LAE1OCwBbTgsAoE4LAKpOCwDzTgsA/k4LAEZPCwBOTwsAmU8LAKVPCwDsTwsA/08LAD9QCwBNUAsAklALAJxQCwDlUAsA7VALADhRCwBHUQsAi1ELAJBRCwDeUQsA5VELADFSCwA9UgsAGvcPAJBSCwDXUgsA2lILACpTCwAtUwsAfVMLAJdTCwDQUwsA3FMLACNUCwA2VAsAdlQLAIRUCwDJVAsA01QLABxVCwA/VQsAbfcPAHlVCwDCVQsAzlULABVWCwAcVgsAaFYLAHBWCwC7VgsAv1YLAA5XCwAcVwsAYVcLAGtXCwC0VwsAv1cLAAdYCwAPWAsAWlgLAGlYCwCtWAsAslgLAABZCwAHWQsAU1kLAF9ZCwCmWQsArlkLAMD3DwAPWgsAz1ENABJaCwBMWgsAVloLAJ9aCwCrWgsA8loLAPVaCwBFWwsAT1sLAJhbCwCbWwsA61sLAPtbCwA+XAsAQFwLAJFcCwCfXAsA5FwLAPVcCwAT+A8APl0LAGb4DwCTXQsA3V0LAJRdCwBbPg0Aql0LAJx3DAD2XQsAMF4LADpeCwCDXgsAj14LANZeCwDZXgsAKV8LADNfCwC5+A8AgV8LAM9fCwDvXwsAImALACpgCwAM+Q8Ag2ALAMhgCwDeYAsAG2ELACdhCwBuYQsAdWELAMFhCwDJYQsAFGILABliCwBnYgsAcGILALpiCwDEYgsADWMLABVjCwBgYwsAbmMLALNjCwDAYwsABmQLAA5kCwBf+Q8AaWQLAKxkCwC0ZAsAsvkPAAZlCwBSZQsAXmULAKVlCwCsZQsA+GULAABmCwBLZgsAVWYLAJ5mCwCsZgsA8WYLAAdnCwBEZwsAUGcLAJdnCwCcZwsA6mcLAPNnCwA9aAsAR2gLAJBoCwCYaAsA42gLAOhoCwA2aQsARmkLAIlpCwCRaQsABfoPAOZpCwAvagsAMmoLAJYZDAA3agsAWPoPAJBqCwDVagsA62oLAChrCwA0awsAe2sLAIJrCwDOawsA1msLACFsCwAmbAsAdGwLAH1sCwDHbAsA0WwLABptCwAibQsAbW0LAG9tCwDGeAsAe20LAMBtCwDNbQsAE24LABtuCwCr+g8Acm4LALluCwC8bgsADG8LABZvCwD++g8AbW8LALJvCwDIbwsABXALABFwCwBYcAsAX3ALAKtwCwCzcAsA/nALAANxCwBRcQsAWnELAKRxCwCucQsA93ELAP9xCwBKcgsATHILAJ1yCwCtcgsA8HILAPpyCwBDcwsAT3MLAJZzCwCccwsApPsPAPdzCwA8dAsAUnQLAI90CwCbdAsA4nQLAOd0CwA1dQsAPnULAIh1CwCSdQsA23ULAON1CwAudgsAUHYLAPf7DwCQdgsA1HYLAOB2CwAndwsAKHcLAHp3CwCEdwsAzXcLANt3CwAgeAsAJXgLAHN4CwCAeAsASvwPANZ4CwAZeQsAI3kLAGx5CwB4eQsAv3kLAMV5CwASegsAGnoLAEP9DwBqegsAuHoLAMB6CwALewsAF3sLAMWECwAkewsAXnsLAGp7CwCxewsAuXsLAJb9DwARfAsAV3wLAF98CwCqfAsAuHwLAP18CwAKfQsAUH0LAFN9CwCjfQsArX0LAPZ9CwD4fQsASX4LAFZ+CwCcfgsAq34LAO9+CwD7fgsAQn8LAEp/CwDp/Q8ApX8LAOh/CwDwfwsAO4ALAEeACwCOgAsAlIALAOGACwDngAsANIELADmBCwCHgQsAjYELADz+DwDngQsALYILADKCCwCAggsAioILANOCCwDbggsAJoMLADKDCwB5gwsAjIMLAMyDCwDagwsAH4QLACKECwByhAsAfIQLAI/+DwDYhAsAGIULACaFCwBrhQsAboULAL6FCwDIhQsA4v4PABaGCwBkhgsAH4YLADikCwBshgsAt4YLAMOGCwAKhwsAEIcLAF2HCwAdhwsA86ELAGOHCwCwhwsAtYcLAAOICwAJiAsANf8PAFyICwCpiAsArogLAPyICwACiQsAiP8PAF2JCwCiiQsAvYkLAPWJCwABigsASIoLAE+KCwDb/w8ApIoLAO6KCwD7igsAQYsLAE2LCwCUiwsAp4sLAOeLCwDoiwsAOowLAEaMCwCNjAsAnIwLAOCMCwDqjAsAM40LAD+NCwCGjQsAjY0LAC4AEADfjQsALI4LADKOCwB/jgsAhI4LANKOCwDYjgsA1AAQAC6PCwB4jwsAhY8LAMuPCwDPjwsAHpALACCQCwBxkAsAfpALAMSQCwDOkAsAJwEQAB6RCwBqkQsAcpELAL2RCwDJkQsAEJILACOSCwBjkgsAcpILALaSCwDCkgsACZMLAAqTCwBckwsAZpMLAK+TCwC9kwsAApQLAAeUCwBVlAsAYpQLAHoBEAC0lAsA+5QLAAGVCwBOlQsAVJULAKGVCwCmlQsA9JULAPqVCwDNARAATJYLAJqWCwCklgsAcwIQAPWWCwBAlwsATZcLAJOXCwCYlwsA5pcLAPCXCwA5mAsAQZgLAIyYCwCYmAsA35gLAPKYCwAymQsAM5kLAIWZCwCRmQsA2JkLAOeZCwArmgsANZoLAH6aCwCGmgsA0ZoLANOaCwDGAhAALZsLAHebCwCGmwsAypsLANmbCwAdnAsAKZwLAHCcCwBznAsAw5wLAMacCwAZAxAAGJ0LAGmdCwBsnQsAvJ0LAMSdCwAPngsAHJ4LAGKeCwBnngsAtZ4LAL+eCwAInwsAEJ8LAFufCwBnnwsArp8LAMGfCwABoAsAAqALAFSgCwBgoAsAp6ALALagCwD6oAsABKELAE2hCwBZoQsAoKELAKehCwBsAxAAAqILAEaiCwBSogsAmaILAJqiCwDsogsA9qILAD+jCwBNowsAkqMLAJejCwDlowsA8qMLAL8DEABJpAsAEgQQAJikCwDepAsA7KQLADGlCwBCpQsAhKULAKalCwBlBBAA3KULACqmCwDdpQsAVtsLADKmCwB9pgsAfqYLALSqCwCApgsArasLAIKmCwC7qQsAg6YLAPmsCwCEpgsAwqgLAIymCwDQpgsAlqYLAOSvCwDVpgsAI6cLADCnCwB2pwsAg6cLAMmnCwDVpwsAHKgLACuoCwBvqAsAeagLALgEEADQqAsAFakLABepCwBoqQsAeakLAAsFEAC8qQsADqoLABqqCwBhqgsAbqoLAF4FEADCqgsAB6sLABSrCwBaqwsAcasLALEFEAC2qwsARa4LALerCwAArAsAAqwLAFOsCwBZrAsApqwLALCsCwAEBhAABa0LAEytCwBOrQsAn60LAK6tCwDyrQsA/a0LAFcGEABUrgsAmK4LAKeuCwDrrgsA964LAD6vCwBKrwsAka8LAJivCwCqBhAA8K8LADewCwA/sAsA/QYQAKOwCwDdsAsA7rALADCxCwA8sQsAUAcQAIqxCwDWsQsA3rELACmyCwAqsgsAfLILAIKyCwDPsgsA1LILACKzCwAjswsAdbMLAIGzCwDIswsAzrMLABu0CwAltAsAbrQLAHy0CwCeuQsAgrQLAMG0CwDJtAsAowcQACS1CwBntQsAb7ULALq1CwDDtQsADbYLAMe1CwCluAsAGrYLAGC2CwBntgsAs7YLAL+2CwAGtwsAFrcLAFm3CwBntwsArLcLALm3CwD/twsAC7gLAFK4CwBZuAsA9gcQAK64CwD4uAsACbkLAEu5CwBcuQsASQgQAKq5CwDxuQsA9LkLAES6CwBMugsAl7oLAJy6CwDqugsA+roLAD27CwBFuwsAkLsLAJm7CwDjuwsAnbsLAHu+CwDwuwsANrwLAD28CwCJvAsAlbwLANy8CwDsvAsAL70LAD29CwCCvQsAj70LANW9CwDhvQsAKL4LAC++CwCcCBAAhL4LAM6+CwDfvgsAIb8LADK/CwDvCBAAeb8LAMe/CwDUvwsAGsALACbACwBtwAsAd8ALAMDACwDUwAsAE8ELABTBCwBmwQsAcsELALnBCwDYwQsADMILABTCCwBfwgsAZMILALLCCwDLwgsABcMLAC7DCwBYwwsAZMMLAKvDCwC6wwsA/sMLAAjECwBRxAsAWcQLAKTECwCvxAsA98QLAPnECwBKxQsATcULAJ3FCwClxQsA8MULAP3FCwBDxgsASMYLAJbGCwCexgsA6cYLAOvGCwA8xwsARscLAI/HCwCZxwsA4scLAOjHCwA1yAsAQ8gLAIjICwChyAsA28gLAOTICwAuyQsAOMkLAIHJCwCNyQsAQgkQAODJCwAnygsAMcoLAHrKCwCFygsAzcoLANLKCwAgywsAJ8sLAHPLCwB7ywsAxssLAPDLCwCVCRAAIMwLAGzMCwB0zAsAv8wLAOnMCwASzQsAF80LAGXNCwBmzQsAuM0LAMLNCwALzgsAGc4LAF7OCwBjzgsAsc4LAL7OCwAEzwsAIM8LAFfPCwBzzwsA6AkQALfPCwD9zwsAAdALAFDQCwBW0AsAo9ALAKXQCwD20AsA99ALAEnRCwBs0QsAnNELAMDRCwDv0QsAGdILAELSCwBK0gsAldILAJrSCwDo0gsA9dILADvTCwBD0wsAjtMLAJDTCwDh0wsA6dMLADTUCwBe1AsAh9QLAJTUCwDa1AsA39QLAC3VCwA61QsAgNULAIzVCwDT1QsA/dULACbWCwAu1gsAedYLAJTWCwDM1gsAztYLAB/XCwAw1wsActcLAHvXCwDF1wsA0dcLADsKEAAl2AsAa9gLAIbYCwC+2AsAw9gLABHZCwAx2QsAZNkLAHDZCwC32QsAv9kLAI4KEAAY2gsAXdoLAGfaCwCw2gsAu9oLAAPbCwAL2wsANAsQAF/bCwCp2wsAs9sLAPzbCwAH3AsAT9wLAGPcCwCi3AsAt9wLAPXcCwD93AsASN0LAF/dCwCb3QsAoN0LAO7dCwD43QsAQd4LAEneCwCHCxAAlt4LAOfeCwD43gsAOt8LAD3fCwCN3wsAmd8LANoLEADu3wsAM+ALAETgCwAtDBAAieALANngCwDc4AsALOELADjhCwB/4QsAheELANLhCwDc4QsAgAwQADLiCwB44gsAj+ILAMviCwDT4gsA0wwQAC7jCwBx4wsAfeMLAMTjCwDK4wsAF+QLACPkCwBq5AsAJeQLAMUcDgB35AsAveQLAMzkCwAQ5QsAHOULAGPlCwBr5QsAJg0QAL7lCwAJ5gsAC+YLAFzmCwBr5gsAr+YLALnmCwAC5wsAC+cLAFXnCwBX5wsAqOcLALnnCwD75wsAEOgLAE7oCwBW6AsAoegLAN/oCwD06AsA/OgLAEfpCwBT6QsAmukLAK3pCwDt6QsA7ukLAEDqCwBM6gsAk+oLAKLqCwDm6gsA8OoLADnrCwBF6wsAjOsLAJPrCwDMDRAA++sLAB8OEAA17AsAhewLAI3sCwDY7AsA5ewLACvtCwAw7QsAfu0LAIjtCwDR7QsA2e0LACTuCwAu7gsAW/ILADTuCwBN9AsATu4LAHfuCwCB7gsAyu4LAIfuCwBp8AsA0O4LAB3vCwAm7wsAcO8LAHzvCwDD7wsA7e8LABbwCwAy8AsAxQ4QAGvwCwC88AsAzfALAA/xCwAS8QsAYvELAG7xCwC18QsA3/ELAAjyCwAk8gsAGA8QAGHyCwCu8gsAt/ILAAHzCwAL8wsAVPMLAF/zCwCn8wsAu/MLAPrzCwAW9AsAaw8QAE/0CwCg9AsAsfQLAPP0CwD29AsARvULAFr1CwCZ9QsAtfULAL4PEAD09QsAERAQAEf2CwBkEBAAnvYLAOX2CwDr9gsAOPcLAD73CwCL9wsAkPcLAN73CwDk9wsAtxAQADv4CwCE+AsAjPgLAF0READd+AsAKvkLADL5CwB9+QsAivkLAND5CwDc+QsAI/oLACX6CwB2+gsAfPoLAMn6CwDR+gsAHPsLAC77CwCwERAAfPsLAML7CwDJ+wsAFfwLAB38CwBo/AsAbfwLALv8CwDL/AsADv0LABb9CwBh/QsAb/0LALT9CwDB/QsAB/4LAAj+CwBa/gsAY/4LAK3+CwC3/gsAAxIQAAX/CwBT/wsAX/8LAKb/CwCp/wsA+f8LAAEADABMAAwAWQAMAJ8ADACkAAwA8gAMAPwADABFAQwATQEMAJgBDACkAQwA6wEMAP4BDAA+AgwATAIMAJECDACUAgwA5AIMAO4CDABWEhAAQAMMAIoDDACXAwwA3QMMAOcDDAAwBAwAPgQMAIMEDACZBAwA1gQMAOIEDAApBQwANQUMAHwFDACPBQwAzwUMAN4FDAAiBgwALgYMAHUGDAB2BgwAyAYMANIGDAAbBwwAKQcMAG4HDABzBwwAwQcMAM4HDACpEhAAIggMAGcIDAB9CAwAuggMAMYIDAANCQwAFAkMAGAJDABoCQwAswkMALgJDAAGCgwADwoMAFkKDABjCgwArAoMALQKDAD/CgwAAwsMAFILDABUCwwApQsMALMLDAD4CwwAAgwMAEsMDABZDAwAngwMAKsMDADxDAwACA0MAEQNDABMDQwAlw0MAKcNDADqDQwA7w0MAD0ODABDDgwAkA4MAJgODADjDgwA6A4MADYPDAA3DwwAiQ8MAJUPDADcDwwA4g8MAC8QDAAxEAwAghAMAIwQDADVEAwA4xAMACgRDAAtEQwAexEMAIgRDACiExAA5REMACESDAAnEgwAdBIMAIASDADHEgwA3hIMABoTDAAcEwwAbRMMAHcTDADAEwwAzBMMABMUDAAfFAwAZhQMAGwUDAC5FAwAvxQMAAwVDAARFQwAXxUMAGUVDAD1ExAAtRUMAHX4DQC9FQwABRYMAAYWDABYFgwAYhYMAKsWDADbFgwASBQQAAEXDABRFwwAWxcMAJsUEACtFwwA9xcMAA0YDABKGAwAYBgMAJ0YDACfGAwA8BgMAPYYDABDGQwAVxkMAEEVEACeGQwA6RkMALIZDADLbBAA7xkMABElDQD5GQwAPBoMAAIaDAB/gA0APhoMAI8aDACdGgwA4hoMAPMaDACUFRAAPBsMAOcVEACRGwwA+AQNAJQbDADbGwwA3hsMAC4cDAA3HAwAgRwMAJIcDADUHAwA3hwMACcdDAAvHQwAeh0MAEMdDAB8UQ0AfR0MAM0dDADWHQwAIB4MADYeDABzHgwAiR4MAMYeDADIHgwAGR8MAB8fDABsHwwAgB8MADoWEADqHwwAEiAMAD0gDACNFhAAayAMACryDABxIAwABCIMAHIgDADJ8wwAdCAMANDyDAB1IAwAuCAMALogDAALIQwAGSEMAF4hDABvIQwA4BYQALkhDAAzFxAACiIMAFciDABdIgwAqiIMAK8iDAD9IgwAAyMMAIYXEABcIwwAoyMMAKsjDAAsGBAAAiQMAEkkDABTJAwAnCQMAKUkDADvJAwA8CQMAEIlDABKJQwAlSUMAJolDADoJQwA+CUMANIYEABHJgwAjiYMAJAmDADhJgwA5yYMADQnDAA7JwwAhycMAIwnDADaJwwA3icMAC0oDAA6KAwAgCgMAIgoDADTKAwA2CgMACYpDAA2KQwAJRkQAIopDADMKQwA2CkMAB8qDAAuKgwAcioMAHwqDADFKgwA0yoMABgrDAAlKwwAaysMAIIrDAB4GRAAwSsMAB4aEAAULAwAZCwMABgsDACnKhAAbCwMALcsDADiLAwACi0MADUtDABdLQwAiC0MAHEaEAC5LQwAAy4MAAQuDABWLgwAZS4MAKkuDABsLgwASDAMALouDAD8LgwA/i4MAE8vDABSLwwAoi8MAKUvDAD1LwwA/S8MAGobEABNMAwAmzAMAKIwDADuMAwA9zAMAEExDABSMQwAlDEMAKAxDADnMQwA7zEMAL0bEABAMgwAjTIMAJQyDADgMgwA5TIMADMzDAA3MwwAhjMMAJMzDADZMwwA6DMMACw0DAA9NAwAfzQMAIE0DADSNAwA1TQMACU1DAAoNQwAeDUMAIA1DAAQHBAA0DUMAOh4DADWNQwAGgUOANc1DAAeNgwAITYMAHE2DAB7NgwAYxwQAM02DAAXNwwAJjcMAGo3DAB5NwwAvTcMAMk3DAAQOAwAEzgMAGM4DABmOAwAthwQALk4DAAJOQwANDkMAAkdEABkOQwAXB0QALc5DACvHRAACjoMAAIeEABaOgwAqDoMALU6DAD7OgwA/joMAE47DABTOwwAoTsMALI7DAD0OwwAADwMAFUeEABMPAwAmjwMAKs8DADtPAwA+TwMAEA9DABaPQwAkz0MAJc9DACFPwwAmj0MAMpBDACdPQwAFkMMAJ89DAB+QAwAoT0MAIw+DACkPQwA5j0MAOs9DAA5PgwAUD4MAKgeEACZPgwA3z4MAO8+DAAyPwwANz8MAPseEACHPwwA2D8MAN4/DAArQAwAOEAMAE4fEACEQAwA0UAMANdADAAkQQwAKUEMAHdBDAB9QQwAoR8QANZBDAAdQgwANkIMAHBCDAB5QgwAw0IMANpCDAD0HxAAHEMMAGlDDABrQwwAvEMMAMtDDAAPRAwAG0QMAEcgEABkRAwAtUQMAMZEDAAIRQwAFkUMAFtFDABiRQwArkUMALBFDAABRgwAC0YMAFRGDABiRgwAp0YMAKxGDAD6RgwAB0cMAE1HDABVRwwAoEcMAKRHDADzRwwA9UcMAEZIDABMSAwAmUgMAKZIDACaIBAA+UgMAD9JDABWSQwAkkkMAK5JDADtIBAA8UkMADhKDAA5SgwAi0oMAJFKDADeSgwA6koMADFLDABASwwAhEsMAIZLDADXSwwA4UsMACpMDAA4TAwAfUwMAIJMDADQTAwA3UwMACNNDAArTQwAdk0MAHpNDADJTQwAy00MABxODAAiTgwAb04MAHxODABAIRAAz04MABVPDAAsTwwAaE8MAIRPDACTIRAAxE8MAA5QDAAcUAwAYVAMAGtQDAC0UAwAwFAMAAdRDAAKUQwAWlEMAHZRDACtUQwAtVEMAOYhEAAMUgwAU1IMAFZSDACmUgwAsFIMAN8iEAACUwwATFMMAFpTDACfUwwAqVMMAPJTDAD+UwwARVQMAE1UDACFIxAAmlQMAOtUDAD5VAwAPlUMAE9VDADYIxAAmFUMACskEADpVQwAN1YMAD9WDACKVgwAkFYMAN1WDADmVgwAMFcMAD1XDADRJBAAiFcMANZXDACPVwwAdVkMAN9XDAApWAwAM1gMAHxYDACEWAwAz1gMABFZDAAiWQwAKlkMACQlEAB7WQwAyFkMAM5ZDAAbWgwAI1oMAG5aDACwWgwAwVoMAMlaDAB3JRAAHFsMAMolEABwWwwAulsMAMhbDAANXAwAF1wMAGBcDABsXAwAs1wMALZcDAAGXQwADl0MAHAmEABlXQwArF0MAK9dDAD/XQwACV4MAMMmEABaXgwAFicQALNeDAD4XgwACV8MAEtfDABXXwwAnl8MAKFfDABpJxAANWAMAERgDACIYAwAvCcQAKdgDADqYAwA7GAMAD1hDABLYQwAkGEMAKFhDAAPKBAA/2EMADZiDAA+YgwAYigQAI9iDACw0wwAnGIMANxiDADrYgwAL2MMADtjDACCYwwAg2MMANVjDADfYwwAKGQMADZkDAB7ZAwAgGQMAM5kDADbZAwAtSgQAC9lDAB0ZQwAgWUMAMdlDADPZQwACCkQACZmDABtZgwAlmYMAMBmDADMZgwAE2cMACJnDABmZwwAcGcMALlnDADHZwwADGgMABFoDABfaAwAbGgMALJoDAC6aAwABWkMABNpDABYaQwAZWkMAKtpDACzaQwAWykQAABqDAAzfw0ADGoMAFFqDABbagwApGoMALBqDAD3agwA/moMAEprDABSawwAnWsMAKFrDADwawwA/msMAENsDABNbAwAlmwMAKFsDADpbAwA8WwMADxtDAA+bQwAj20MAJdtDADibQwA720MADVuDAA6bgwAiG4MAJVuDADbbgwA+W4MAC5vDABdbwwAgW8MAI1vDADUbwwA2m8MACdwDAAscAwAenAMAIJwDADNcAwA2XAMACBxDAAzcQwAc3EMAIFxDADGcQwA0HEMABlyDAAhcgwAbHIMAHtyDAC/cgwAxHIMABJzDAAZcwwAZXMMAHFzDAC4cwwA1HMMAAt0DAATdAwArikQAGB0DACxdAwAv3QMAAR1DAARdQwAV3UMAGV1DACqdQwAt3UMAP11DAAUdgwAUHYMAFh2DACjdgwAsXYMAPZ2DAADdwwASXcMAFF3DABUKhAAqncMAO93DADwdwwA+ioQAE54DACVeAwAnHgMAE0rEADveAwAO3kMAEB5DACgKxAAlnkMAPMrEADpeQwANHoMACd6DAAckw4ANXoMADTNDAA3egwAJs8MAD16DACHegwAPnoMAOjLDABEegwALc4MAJR6DADaegwA5XoMAC17DAAvewwAgHsMAI17DADTewwA2nsMACZ8DAA3fAwAeXwMAIV8DADMfAwA03wMAB99DAAnfQwARiwQAHh9DADFfQwAy30MABh+DAAdfgwAa34MAHF+DACZLBAAyn4MABF/DAAbfwwAZH8MAGh/DAC3fwwAw38MAAqADAAWgAwAXYAMAGqADACwgAwAuIAMAAOBDAANgQwAVoEMAGKBDACpgQwArIEMAPyBDAAGggwAPy0QAFGCDACiggwApYIMAPWCDAD4ggwA5S0QAFCDDAA4LhAAqYMMAO6DDADvgwwAiy4QAEmEDADeLhAAmYQMAOeEDADuhAwAOoUMAD+FDAAxLxAAlYUMAIQvEADohQwAM4YMAD2GDACGhgwAkYYMANmGDADnhgwALIcMAC+HDAB/hwwAh4cMANKHDADchwwAJYgMADGIDAB4iAwAe4gMAMuIDADViAwA1y8QACyJDABxiQwAh4kMAMSJDADQiQwAF4oMAB6KDABqigwAcooMAL2KDADCigwAEIsMABmLDABjiwwAbYsMALaLDAC+iwwACYwMAAuMDABcjAwAbIwMAK+MDAC5jAwAAo0MAA6NDABVjQwAW40MAKiNDACwjQwAfTAQAAmODABOjgwAT44MANAwEACmjgwAIzEQAPaODABHjwwASI8MAJqPDACdjwwA7Y8MAPiPDABAkAwARZAMAJOQDACdkAwAdjEQAAqRDAA5kQwAQZEMAMkxEACOkQwA35EMAPCRDAAykgwAQ5IMAIWSDACIkgwAHDIQAN6SDAArkwwAMJMMAH6TDACBkwwA0ZMMANSTDAAklAwALJQMAG8yEACFlAwAypQMAM2UDAAdlQwAKJUMAHCVDAB8lQwAw5UMAMqVDAAWlgwAHpYMAGmWDAB3lgwAvJYMAMmWDAAPlwwAF5cMAMIyEABulwwAtZcMALiXDAAImAwAEpgMAFuYDABjmAwAFTMQALqYDAABmQwAB5kMAFSZDABemQwAp5kMALuZDAD6mQwAApoMAGgzEABamgwAoJoMAKiaDADzmgwA9poMAEabDABSmwwAmZsMAKObDADsmwwA9ZsMAD+cDABAnAwAkpwMAKqcDADlnAwA55wMADidDABJnQwAi50MAJydDADenQwA5p0MADGeDABAngwAhJ4MAIaeDADXngwA6J4MACqfDAA7nwwAfZ8MAJafDADQnwwA0p8MACOgDAAyoAwAdqAMAJagDAAONBAAy6AMAByhDAA8oQwAb6EMAIOhDABaNRAAyqEMABWiDAAiogwAaKIMAG2iDAC7ogwAxaIMAA6jDAAWowwAYaMMAGejDAC0owwAvaMMAAekDAAUpAwArTUQAGakDACtpAwAs6QMAAClDAAGpQwAU6UMAFylDACmpQwAp6UMAPmlDAADpgwATKYMAFimDACfpgwApqYMAAA2EAD6pgwAUzYQAE2nDACmNhAAoKcMAPk2EAD3pwwAPqgMAE6oDACRqAwAlqgMAOSoDADqqAwAN6kMAEOpDACKqQwAkqkMAEw3EADuqQwAMKoMAEGqDACDqgwAlaoMANaqDADeqgwAKasMADSrDAB8qwwAgasMAM+rDADUqwwAIqwMAEKsDACfNxAAhawMAMisDADSrAwAG60MACetDABurQwAdK0MAMGtDADJrQwAFK4MABauDABnrgwAIK4MAOqzDAB4rgwAuq4MAMuuDAANrwwAH68MAGCvDABorwwAs68MAL6vDAAGsAwAC7AMAFmwDABesAwArLAMAMywDADyNxAAAbEMAFKxDABhsQwApbEMALCxDAD4sQwACrIMAEuyDABTsgwAnrIMAKmyDADxsgwA9rIMAESzDABJswwAl7MMALezDABFOBAA7LMMAD20DABMtAwAkLQMAJu0DADjtAwA9bQMADa1DAA+tQwAibUMAJS1DADctQwA4bUMAC+2DAA0tgwAgrYMAKK2DACYOBAA4rYMACi3DAA/twwA6zgQAIi3DADOtwwA5bcMAD45EAAuuAwAdLgMAHu4DADHuAwA1bgMABq5DAAnuQwAbbkMAIS5DACRORAAyLkMAOQ5EAAVugwAZroMAHS6DAC5ugwAyroMADc6EAAZuwwAX7sMAHa7DACKOhAAvLsMAAW8DAARvAwAWLwMAFu8DACrvAwAtbwMAN06EAAavQwAMDsQAFm9DACDOxAArL0MAPe9DAD4vQwAiMEMAPq9DACWvwwA/r0MAFfIDAABvgwASr4MAAa+DAB6wwwAB74MAIHCDABPvgwAsccMAFa+DACdvgwAoL4MAPC+DAD6vgwA1jsQAEu/DAApPBAAn78MAOm/DAC2vwwAZcYMAPe/DAA8wAwARsAMAI/ADACbwAwA4sAMAOXADAA1wQwAPcEMAHw8EACKwQwA28EMAN7BDAAuwgwAMcIMAM88EACDwgwA1MIMAOLCDAAnwwwAOMMMAHU9EAB8wwwAzcMMANrDDAAgxAwAL8QMAHPEDAB/xAwAxsQMANfEDAAZxQwAKsUMAGzFDAB4xQwAv8UMAMbFDAASxgwAGsYMABs+EABzxgwAuMYMALnGDABuPhAAF8cMAF7HDABlxwwAwT4QALjHDAAEyAwACcgMAGc/EABgyAwAqsgMALDIDAD9yAwA/8gMAFDJDABayQwAo8kMALHJDAD2yQwA+8kMAEnKDABWygwAnMoMALTKDADvygwABcsMAELLDABFywwAlcsMAJ3LDAANQBAA9MsMADvMDAA+zAwAjswMAJjMDABgQBAA6cwMALNAEAA2zQwAh80MAIrNDADazQwA3c0MAAZBEAAvzgwAgM4MAI7ODADTzgwA5M4MAKxBEAAvzwwAec8MAIfPDADMzwwAks8MAFhbDgDWzwwAH9AMACvQDABy0AwAddAMAMXQDADN0AwAUkIQADLRDAClQhAAhdEMAL7RDADY0QwA+EIQABbSDAD11QwAH9IMAJvWDAAh0gwAZNIMAGbSDAC30gwAxdIMAArTDAAb0wwAS0MQAGTTDACeQxAAttMMAAPUDAAI1AwAVtQMAFzUDADxQxAAr9QMAPzUDAAB1QwAT9UMAGXVDACi1QwAqtUMAJdEEAAV1gwASNYMAFDWDADqRBAAstYMAO7WDAD71gwAQdcMAEbXDACU1wwAmtcMAOfXDADz1wwAOtgMAEHYDACN2AwAldgMAODYDAAD2QwAkEUQAEDZDACG2QwAldkMANnZDADb2QwALNoMADXaDAB/2gwAltoMANLaDADd2gwAJdsMAC/bDAB42wwAgNsMADZGEADR2wwAHtwMACTcDABx3AwAdtwMAMTcDADK3AwAiUYQADndDABq3QwAct0MAC9HEADG3QwAEN4MABHeDABj3gwAa94MALbeDADB3gwACd8MAA7fDABc3wwAYd8MAK/fDADP3wwAgkcQAAjgDABV4AwAXOAMAKjgDACt4AwA++AMAP/gDABO4QwAW+EMAKHhDACp4QwA9OEMAP/hDABH4gwATOIMAJriDACf4gwA7eIMAA3jDADVRxAAT+MMAJPjDACe4wwA5uMMAO7jDAA55AwAPOQMAIzkDABD5AwAd+cMAJjkDADf5AwA6eQMADLlDAA75QwAheUMAIblDADY5QwA4OUMACvmDAA25gwAfuYMAIPmDADR5gwA1uYMACTnDABE5wwAKEgQAIPnDADK5wwAzOcMAB3oDAAj6AwAcOgMAHfoDADD6AwAyOgMABbpDAAa6QwAaekMAHbpDAC86QwAxOkMAA/qDAAa6gwAYuoMAGfqDAC16gwAuuoMAAjrDAAo6wwAe0gQAGPrDADOSBAAuOsMAAHsDAAK7AwAVOwMAFrsDACn7AwAs+wMAPrsDAAY7QwATe0MAE7tDACg7QwAou0MAPPtDAAA7gwARu4MAFTuDACZ7gwAqO4MAOzuDAAI7wwAP+8MAEfvDAB0SRAApe8MAOXvDADm7wwAOPAMAETwDACL8AwAmvAMAN7wDADo8AwAMfEMAD3xDACE8QwAi/EMAMdJEADf8QwAGkoQADPyDAB98gwAivIMAG1KEADV8gwAI/MMADDzDAB28wwAgPMMAMBKEADL8wwAHPQMADL0DABv9AwAe/QMABNLEADK9AwAZgYOAOD0DAAV9QwAM/UMAGj1DABw9QwAu/UMAIr1DABqKQ4AvPUMAFr3DAC+9QwApvgMAMf1DAC9KQ4Ay/UMAA72DAAQ9gwAYfYMAG/2DAC09gwAxfYMAGZLEAAP9wwAuUsQAFz3DACt9wwAsPcMAAD4DAAD+AwADEwQAFv4DABfTBAAsPgMAD5ODQDG+AwA+fgMAAf5DABM+QwATfkMALJMEACn+QwABU0QABX6DABYTRAAUvoMAJj6DACm+gwA6/oMAPX6DAA++wwARvsMAJH7DACS+wwAbgANAKz7DAAp/gwAuvsMAOT7DADt+wwAN/wMADj8DACK/AwAmPwMAN38DADn/AwAMP0MADz9DACD/QwAif0MANb9DADy/QwAq00QADf+DAB8/gwAif4MAM/+DADZ/gwAIv8MACT/DAB1/wwAjP8MAMj/DADU/wwAGwANADcADQD+TRAAfwANAMEADQDDAA0AFAENAB4BDQBnAQ0AdwENALoBDQC/AQ0ADQINABMCDQBgAg0AdgINALMCDQC7Ag0ABgMNAAkDDQBZAw0AYgMNAKwDDQC6Aw0A/wMNAAkEDQBSBA0AXgQNAKUEDQDBBA0AUU4QAAUFDQBLBQ0AUwUNAJ4FDQChBQ0A3FsNAK4FDQDxBQ0A8wUNAONaDQD/BQ0ARAYNAFEGDQCXBg0ApQYNAOoGDQDtBg0APQcNAEgHDQCQBw0AnAcNAOMHDQDqBw0ANggNAD4IDQCJCA0AiwgNANwIDQDsCA0ALwkNADkJDQCCCQ0AjgkNANUJDQDbCQ0AKAoNADAKDQCkThAAfQoNAM4KDQDcCg0AIQsNAC4LDQB0Cw0AgAsNAMcLDQDNCw0AGgwNAB0MDQBtDA0AdQwNAMAMDQDCDA0AnRENAMMMDQBfDg0A0AwNABMNDQAVDQ0AJxYNABgNDQBmDQ0Abw0NALkNDQDGDQ0ADA4NABMODQD3ThAAaA4NAI8TDQBpDg0A/g8NAH8ODQCyDg0AwA4NAAUPDQAGDw0ASk8QAGQPDQCrDw0Asg8NAJ1PEAAAEA0AURANAFcQDQCkEA0ArhANAPcQDQADEQ0AShENAFERDQDwTxAAthENAPARDQD1EQ0AQxINAEkSDQCWEg0AoBINAOkSDQD1Eg0APBMNAEMTDQBDUBAAnhMNAOITDQDxEw0ANRQNAEEUDQCIFA0AixQNANsUDQDeFA0ALhUNAD4VDQCBFQ0AihUNANQVDQDlFQ0AllAQADUWDQB6Fg0AixYNAOlQEADUFg0APFEQACgXDQBzFw0AdRcNAFAcDQB2Fw0AEhkNAIMXDQDGFw0AyBcNANogDQDLFw0AGRgNACIYDQBsGA0AeRgNAL8YDQDGGA0Aj1EQABsZDQBCHg0AHBkNALEaDQAyGQ0AZRkNAHMZDQC4GQ0AuRkNAOJREAAXGg0AXhoNAGUaDQA1UhAAsxoNAAQbDQAKGw0AVxsNAGEbDQCqGw0AthsNAP0bDQAEHA0AiFIQAGkcDQCjHA0AqBwNAPYcDQD8HA0ASR0NAFMdDQCcHQ0AqB0NAO8dDQD2HQ0A21IQAFEeDQCVHg0ApB4NAOgeDQD0Hg0AOx8NAD4fDQCOHw0AkR8NAOEfDQDxHw0ANCANAD0gDQCHIA0AmCANAC5TEADoIA0ALSENAD4hDQCBUxAAhyENANRTEADbIQ0AJiINAF4iDQB5Ig0AgSINAMwiDQDcIg0AHyMNACEjDQByIw0AgCMNAMUjDQDWIw0AJ1QQAB4kDQBrJA0AdyQNAHpUEADqJA0AIFUQABolDQBkJQ0AcSUNALclDQDTJQ0ACiYNABImDQBzVRAAbiYNALAmDQCyJg0AAycNAAQnDQBWJw0AWScNAKknDQC1Jw0A/CcNAAMoDQBPKA0AaygNAKIoDQCqKA0AGVYQAAIpDQBIKQ0AWCkNAJspDQCgKQ0A7ikNAB4qDQBsVhAARyoNAL9WEACcKg0A5yoNAOgqDQD7Mw0A7SoNAAytDgDxKg0AOisNAPMqDQBxLw0A9yoNANItDQAFKw0AOTcNAD8rDQCXpQ4ARSsNALqgDgBGKw0AjSsNAJArDQDgKw0A6isNABJXEAA7LA0AhiwNAIwsDQDZLA0A4iwNACwtDQA5LQ0Afy0NAJstDQBlVxAA1C0NACUuDQDXLQ0AnbAOADMuDQB4Lg0AiS4NALhXEADRLg0AHi8NACovDQALWBAAdy8NAMQvDQDKLw0AFzANABwwDQBqMA0AcDANAARZEADEMA0A/VkQABUxDQBjMQ0AazENALYxDQDCMQ0ACTINABwyDQBcMg0AaDINAK8yDQC+Mg0AAjMNAAszDQBVMw0AXzMNAKgzDQC0Mw0Ao1oQAAw0DQBONA0AWjQNAKE0DQCjNA0A9DQNAPc0DQBHNQ0AUzUNAJo1DQCiNQ0A9loQAPk1DQBANg0AUDYNAJM2DQCfNg0A5jYNAOw2DQBJWxAAWzcNAIw3DQCUNw0A3zcNAAc4DQAyOA0APTgNAIU4DQCROA0A2DgNAOk4DQArOQ0ALDkNAJxbEACEOQ0A0TkNAN45DQDvWxAAMToNAHc6DQCOOg0AyjoNAPo6DQAdOw0AJTsNAHA7DQB6Ow0AwzsNAM87DQAWPA0AGTwNAGk8DQBzPA0AQlwQAMQ8DQAPPQ0AFT0NAGI9DQBrPQ0AtT0NAMI9DQAIPg0AJD4NAJVcEABdPg0Arj4NAGI+DQCmSw0Auz4NAAE/DQAIPw0AVD8NAFY/DQCnPw0ArT8NAPo/DQABQA0ATUANAGVADQCgQA0ApUANAPNADQCsQA0AmUENAPxADQBGQQ0AUEENAOhcEACfQQ0A7EENAPJBDQA/Qg0AREINAJJCDQCYQg0AO10QAOZCDQA4Qw0ASUMNAItDDQCXQw0A3kMNAOhDDQAxRA0APUQNAIREDQCLRA0Ajl0QANlEDQAqRQ0A4kQNAEm8DgAtRQ0AfUUNAJ1FDQDQRQ0A2EUNAOFdEAA0Rg0AdkYNAH1GDQDJRg0A0UYNABxHDQAfRw0Au0gNACxHDQBvRw0AcUcNAMJHDQDQRw0AFUgNACZIDQA0XhAAb0gNAIdeEADESA0ADkkNAB1JDQBhSQ0AcEkNALRJDQDASQ0AB0oNAApKDQBaSg0AXUoNAK1KDQC9Sg0AAEsNAAlLDQBTSw0AZEsNANpeEACrSw0A+UsNAAJMDQBMTA0AVkwNAJ9MDQCnTA0A8kwNABBNDQBFTQ0AY00NAJhNDQC2TQ0A600NAAlODQAtXxAARU4NAJFODQCWTg0A5E4NAJ1ODQDdTw0A7U4NADdPDQBBTw0Aik8NAKZPDQCAXxAA408NADBQDQA2UA0Ag1ANAJ9QDQDTXxAA/lANAHlgEABRUQ0AzGAQAIRRDQDFYRAA5VENACJSDQAkUg0AdVINAHtSDQDIUg0A3FINABtTDQAjUw0AblMNAJZTDQAYYhAAylMNABRUDQAhVA0AZ1QNAHVUDQC6VA0AxFQNAA1VDQAnVQ0AYFUNAG1VDQCzVQ0Av1UNAAZWDQAQVg0AWVYNAGFWDQBrYhAAs1YNAP9WDQAHVw0AvmIQACtXDQC3YxAAXlcNAKVXDQCsVw0A+FcNAABYDQARYxAATVgNAJ5YDQCvWA0A8VgNAPlYDQBEWQ0ATlkNAJdZDQCjWQ0A6lkNAO1ZDQA9Wg0AR1oNAApkEACsWg0AXWQQAPFaDQA2Ww0AR1sNALBkEACQWw0AA2UQAOVbDQAvXA0APlwNAIJcDQCRXA0A1VwNAOFcDQAoXQ0AK10NAHtdDQB+XQ0Azl0NAN5dDQAhXg0AKl4NAHReDQCFXg0AVmUQAMleDQAaXw0A014NAMBfDQAdXw0AbV8NAHVfDQCpZRAAxl8NABNgDQAfYA0AZmANAG5gDQD8ZRAAxWANAAxhDQAPYQ0AX2ENAGlhDQBPZhAAt2ENAAViDQAbYg0AWGINAFliDQCrYg0AvGINAP5iDQAKYw0AUWMNAFtjDQCkYw0AsGMNAKJmEAADZA0ASmQNAE1kDQCdZA0Ap2QNAEhnEADzZA0AQ2UNAEZlDQCWZQ0AomUNAOllDQDvZQ0APGYNAEZmDQCbZxAAlGYNAOJmDQDvZg0ANWcNADhnDQCIZw0ApGcNANtnDQDjZw0A7mcQADZoDQBBaBAAiWgNAJRoEADXaA0AJ2kNAOtoDQBBIw4AR2kNAHppDQCOaQ0A52gQANppDQA6aRAAIWoNAHNqDQB5ag0AxmoNANJqDQAZaw0AKGsNAGxrDQBuaw0Av2sNAMlrDQASbA0AHmwNAGVsDQBsbA0AjWkQAMRsDQDgaRAAE20NADNqEABgbQ0AsW0NAL9tDQAEbg0AFW4NAB5tEABdbg0Aqm4NALZuDQBxbRAAA28NAFBvDQBWbw0Ao28NAKhvDQD2bw0A/G8NABduEABMcA0AnHANAKhwDQDvcA0A9XANAEJxDQBMcQ0AvW4QAJpxDQDocQ0A9XENADtyDQA+cg0AjnINAKNyDQDhcg0A6XINABBvEAA8cw0Ah3MNAJNzDQDacw0A4HMNAC10DQAzdA0AgHQNAIV0DQDTdA0A2XQNAAJxEAA1dQ0AeXUNAIh1DQDMdQ0A1XUNAB92DQAldg0AcnYNAHh2DQDFdg0A0XYNABh3DQAfdw0Aa3cNAHN3DQCocRAAyHcNABF4DQAceA0AZHgNAHB4DQC3eA0AvXgNAAp5DQASeQ0AXXkNAGl5DQCweQ0AtnkNAAN6DQAJeg0AVnoNAFt6DQCpeg0Ar3oNAPtxEAADew0AT3sNAF17DQCiew0Ar3sNAPV7DQAMfA0ASHwNAGR8DQCbfA0Ao3wNAE5yEAABfQ0AQX0NAEN9DQCUfQ0Aqn0NAOd9DQDofQ0AOn4NAEt+DQCNfg0AmX4NAKFyEAD8fg0A9HIQAEl/DQCGfw0Ah38NANl/DQDqfw0ALIANADiADQBHcxAAhIANANKADQDYgA0AJYENAEWBDQB4gQ0AhIENAMuBDQDSgQ0AmnMQACSCDQBxgg0AdoINAMSCDQDKgg0A7XMQACuDDQBqgw0Aa4MNAL2DDQDJgw0AEIQNACyEDQBjhA0Aa4QNAOZ0EADChA0ACYUNACWFDQBchQ0AZIUNAIx1EAC7hQ0AAoYNAAiGDQBVhg0AW4YNAKiGDQDAhg0A+4YNAAWHDQBOhw0AWocNAKGHDQCkhw0A9IcNAP6HDQBHiA0AX4gNAJqIDQCqiA0A7YgNAO+IDQBAiQ0ATokNAJOJDQCkiQ0A33UQAOyJDQA5ig0ARYoNADJ2EACUig0A2HYQAOuKDQAyiw0ANYsNAIWLDQCPiw0AK3cQANqLDQArjA0AOYwNAH6MDQCPjA0A0XcQANiMDQAkeBAALI0NAHd4EAB/jQ0AcHkQAMyNDQAdjg0AKo4NAHCODQB/jg0Aw44NAMmODQAWjw0AIo8NAGmPDQBrjw0AvI8NAMaPDQAPkA0AHZANAGKQDQBnkA0AtZANAMKQDQAIkQ0AFJENAFuRDQBukQ0ArpENAL2RDQABkg0ADZINAFSSDQBVkg0Ap5INALGSDQD6kg0ACJMNAE2TDQBSkw0AoJMNAK2TDQDDeRAA/ZMNAEaUDQBUlA0AmZQNAJyUDQDslA0A/JQNAD+VDQBNlQ0AkpUNAJ6VDQDllQ0A7JUNADiWDQA/lg0Ai5YNAJeWDQDelg0A35YNADGXDQA9lw0AhJcNAJGXDQDXlw0A3pcNACqYDQA2mA0AfZgNAIqYDQDQmA0A35gNACOZDQA3mQ0AdpkNAIKZDQDJmQ0A3JkNAByaDQArmg0Ab5oNAHuaDQDCmg0Aw5oNABWbDQAfmw0AaJsNAHabDQC7mw0AwJsNAA6cDQAbnA0AFnoQAGKcDQC0nA0AxZwNAAedDQAVnQ0AWp0NAGmdDQCtnQ0Ar50NAACeDQAKng0AU54NAGGeDQCmng0Aq54NAPmeDQAGnw0ATJ8NAFufDQCfnw0ApJ8NAPKfDQD/nw0ARaANAE+gDQCYoA0ApKANAOugDQD+oA0APqENAEihDQCRoQ0AnaENAOShDQD3oQ0AN6INAEaiDQCKog0AlqINAN2iDQDeog0AMKMNADqjDQCDow0AkaMNANajDQDbow0AKaQNADakDQBpehAAgaQNAM+kDQDcpA0AIqUNACylDQB1pQ0Ae6UNAMilDQDKpQ0AG6YNACimDQBupg0AcaYNAMGmDQDPpg0AFKcNACCnDQBnpw0AdKcNALqnDQDEpw0ADagNAByoDQBgqA0AZagNALOoDQDAqA0ABqkNABOpDQBZqQ0AZakNAKypDQC7qQ0A/6kNAAmqDQBSqg0AYKoNAKWqDQCqqg0A+KoNAAWrDQBLqw0AV6sNAJ6rDQCxqw0A8asNAACsDQBErA0AUKwNAJesDQCYrA0A6qwNAPSsDQA9rQ0AS60NAJCtDQCVrQ0A460NAPCtDQC8ehAASa4NAImuDQCYrg0A3K4NAOiuDQAvrw0AMK8NAIKvDQCMrw0A1a8NAOOvDQAosA0ALbANAHuwDQCIsA0AD3sQAOGwDQAhsQ0AMLENAHSxDQCAsQ0Ax7ENAMixDQAasg0AJLINAG2yDQB7sg0AwLINAMWyDQATsw0AILMNAGJ7EABosw0AubMNAMezDQAMtA0AGbQNAF+0DQBrtA0AsrQNALi0DQAFtQ0AFrUNAFi1DQBatQ0Aq7UNALS1DQD+tQ0AC7YNAFG2DQBgtg0ApLYNAK+2DQD3tg0AA7cNAEq3DQBdtw0AnbcNAKy3DQDwtw0A/LcNAEO4DQBEuA0AlrgNAKC4DQDpuA0A97gNADy5DQBBuQ0Aj7kNAJy5DQC1exAA77kNADW6DQBDug0AiLoNAJK6DQDbug0A6boNAC67DQAwuw0AgbsNAJK7DQDUuw0A4rsNACe8DQBWvA0AerwNAHy8DQDNvA0A17wNACC9DQAuvQ0Ac70NAHi9DQDGvQ0A070NABm+DQAlvg0AbL4NAH++DQC/vg0Azr4NABK/DQAevw0AZb8NAGa/DQC4vw0Awr8NAAvADQAZwA0AXsANAGPADQCxwA0AvsANAAh8EAAGwQ0AV8ENAFnBDQCqwQ0AucENAP3BDQAMwg0AUMINAFzCDQCjwg0ApsINAPbCDQD5wg0AScMNAE/DDQCcww0AqMMNAO/DDQDyww0AQsQNAEfEDQCVxA0AnsQNAOjEDQDuxA0AO8UNAErFDQCOxQ0AmsUNAOHFDQDxxQ0ANMYNADbGDQCHxg0AlcYNANrGDQDrxg0AW3wQADPHDQCAxw0AjMcNAK58EADmxw0AJsgNADXIDQB5yA0AhcgNAMzIDQDNyA0AH8kNACnJDQByyQ0AgMkNAMXJDQDKyQ0AGMoNACXKDQABfRAAd8oNAL7KDQDIyg0AEcsNADrLDQBkyw0Aa8sNALfLDQDQyw0ACswNABnMDQBdzA0AbMwNALDMDQC1zA0AA80NABDNDQBWzQ0AY80NAKnNDQC1zQ0A/M0NAAvODQBPzg0AWc4NAKLODQCwzg0A9c4NAPrODQBIzw0AVc8NAJvPDQCnzw0A7s8NAAHQDQBB0A0AUNANAJTQDQCg0A0A59ANAOjQDQA60Q0ARNENAI3RDQCb0Q0A4NENAOXRDQAz0g0AQNINAFR9EACX0g0A2dINAOrSDQAs0w0AONMNAH/TDQCW0w0A0tMNANTTDQAl1A0ANtQNAHjUDQB71A0Ay9QNANXUDQAe1Q0AINUNAHHVDQB71Q0AxNUNANDVDQAX1g0AI9YNAGrWDQB91g0AvdYNAMzWDQAQ1w0AHNcNAGPXDQBk1w0AttcNAMDXDQAJ2A0AF9gNAFzYDQBh2A0Ar9gNALzYDQCnfRAABNkNAFXZDQBf2Q0AqNkNALDZDQD6fRAADtoNAE7aDQBa2g0AodoNALDaDQD02g0A/doNAEfbDQBR2w0AmtsNAKjbDQDt2w0A8tsNAEDcDQBN3A0Ak9wNAJ/cDQDm3A0A+dwNADndDQBI3Q0AjN0NAJjdDQDf3Q0A4N0NADLeDQA83g0Ahd4NAJPeDQDY3g0A3d4NACvfDQA43w0ATX4QAIDfDQDR3w0A298NACTgDQAs4A0AoH4QAHzgDQDK4A0A4OANAB3hDQAe4Q0AcOENAIHhDQDD4Q0Az+ENABbiDQAg4g0AaeINAHfiDQC84g0AweINAA/jDQAc4w0AYuMNAG7jDQC14w0AyOMNAAjkDQAX5A0AW+QNAGfkDQCu5A0Ar+QNAAHlDQAL5Q0AVOUNAGLlDQCn5Q0ArOUNAPrlDQAH5g0A834QAE/mDQCg5g0AquYNAPPmDQD75g0ARn8QAFznDQCZ5w0ApecNAOznDQDx5w0AP+gNAEjoDQCS6A0AnOgNAOXoDQDx6A0AOOkNAEvpDQCL6Q0AmukNAN7pDQDq6Q0AMeoNADLqDQCE6g0AjuoNANfqDQDl6g0AKusNAC/rDQB96w0AiusNAJl/EADS6w0AI+wNAC3sDQB27A0AfuwNAOx/EADW7A0AHO0NACvtDQBv7Q0Aeu0NAMLtDQDO7Q0AFe4NACTuDQBo7g0AiO4NALvuDQDH7g0ADu8NABXvDQBh7w0Ab+8NALTvDQC57w0AB/ANABPwDQBa8A0AbfANAK3wDQC88A0AAPENAAzxDQBT8Q0AVPENAKbxDQCw8Q0A+fENAAfyDQBM8g0AUfINAJ/yDQCs8g0AP4AQAPTyDQBF8w0AT/MNAJjzDQCg8w0AkoAQAAj0DQA+9A0AT/QNAJH0DQCd9A0A5PQNAPf0DQA39Q0ARvUNAIr1DQCW9Q0A3fUNAN71DQAw9g0AOvYNAIP2DQCR9g0A1vYNANv2DQAp9w0ANvcNAOWAEAB+9w0Az/cNANn3DQAi+A0AKvgNADiBEACS+A0AyPgNANn4DQAb+Q0AJ/kNAG75DQCB+Q0AwfkNAND5DQAU+g0AIPoNAGf6DQBo+g0AuvoNAMT6DQAN+w0AG/sNAGD7DQBl+w0As/sNAMD7DQCLgRAACPwNAFn8DQBj/A0ArPwNALT8DQDegRAAEP0NAFL9DQBm/Q0Apf0NAKn9DQD4/Q0A+v0NAEv+DQBf/g0Anv4NAKH+DQDx/g0ADv8NAET/DQBV/w0Al/8NAKP/DQDq/w0A/f8NAD0ADgBMAA4AkAAOAJwADgDjAA4A5AAOADYBDgBAAQ4AiQEOAJcBDgDcAQ4A4QEOAC8CDgA8Ag4AMYIQAIQCDgDVAg4A3wIOACgDDgAwAw4AhIIQAH0DDgDOAw4A3AMOACEEDgAyBA4A14IQAHsEDgAqgxAAzwQOAMmEEAAgBQ4AbQUOAHIFDgDABQ4AxAUOABMGDgAgBg4AHIUQAGkGDgDpCw4AcgYOALkGDgDMBg4ADAcOAA0HDgBfBw4AawcOALIHDgDBBw4ABQgOAA8IDgBYCA4AZAgOAKsIDgCyCA4Ab4UQAAYJDgBRCQ4AUwkOAP0UDgBUCQ4ALg4OAFcJDgCkCQ4AXQkOAHMQDgBeCQ4A9XQOALAJDgD3CQ4ABgoOAEoKDgBWCg4AnQoOAKsKDgDwCg4ACwsOAEMLDgBPCw4AlgsOAJ0LDgDChRAA9gsOADwMDgA+DA4AjwwOAJAMDgDiDA4A5QwOADUNDgBADQ4AiA0OAI0NDgDbDQ4A5Q0OABWGEAA7Dg4AgQ4OAIMODgDUDg4A1Q4OACcPDgAqDw4Aeg8OAIUPDgDNDw4A0g8OACAQDgAqEA4AaIYQAIYQDgDGEA4AxxAOABkRDgAlEQ4AbBEOAHsRDgC/EQ4AyREOABISDgAeEg4AZRIOAGwSDgC7hhAAwBIOAAsTDgANEw4AXhMOAG0TDgCxEw4AuxMOAAQUDgANFA4AVxQOAFkUDgCqFA4AuxQOAGGHEAAMFQ4AUBUOAFoVDgCjFQ4ArBUOAPYVDgD4FQ4ASRYOAFoWDgCcFg4ApBYOAO8WDgANFw4AQhcOAEoXDgCVFw4AoRcOAOgXDgD7Fw4AOxgOADwYDgCOGA4AmhgOAOEYDgDwGA4ANBkOAD4ZDgCHGQ4AkxkOANoZDgDhGQ4AtIcQAD4aDgCAGg4AkRoOANMaDgDbGg4AJhsOAC0bDgB5Gw4AhxsOAMwbDgDcGw4AHxwOAC8cDgByHA4AjhwOAAeIEADSHA4AGB0OAC8dDgBrHQ4Acx0OAL4dDgDMHQ4AER4OABseDgBkHg4AcB4OALceDgDNHg4ACh8OAA0fDgBdHw4AeR8OAFqIEADAHw4AAyAOAA0gDgBWIA4AXiAOAKkgDgC4IA4A/CAOAAEhDgBPIQ4AXCEOAKIhDgCsIQ4A9SEOAPchDgBIIg4AViIOAJsiDgCoIg4A7iIOAPEiDgCtiBAATCMOAJQjDgCeIw4A5yMOAO8jDgA6JA4ASSQOAI0kDgCSJA4A4CQOAO0kDgAzJQ4APSUOAIYlDgCIJQ4A2SUOAOclDgAsJg4AOSYOAH8mDgCCJg4AAIkQANUmDgAlJw4AMScOAHgnDgB/Jw4AyycOANMnDgAeKA4ANygOAHEoDgCFKA4AxCgOAOAoDgAXKQ4AHykOAKaJEAByKQ4A+YkQAMopDgAQKg4AFyoOAGMqDgBrKg4AtioOALsqDgAJKw4AGSsOAFwrDgBkKw4ArysOAL0rDgACLA4ADywOAFUsDgBiLA4AqCwOALQsDgD7LA4AAS0OAE4tDgBWLQ4AoS0OAK0tDgD0LQ4ABy4OAEcuDgBWLg4Ami4OAKYuDgDtLg4A7i4OAEAvDgBKLw4Aky8OAKEvDgDmLw4A6y8OADkwDgBGMA4ATIoQAI8wDgDfMA4A6TAOADIxDgA0MQ4AhTEOAJQxDgDYMQ4A+DEOACsyDgAzMg4AfjIOAIgyDgDRMg4A1zIOACQzDgAmMw4AdzMOAIYzDgDKMw4A1jMOAB00DgAlNA4An4oQAI40DgDDNA4A4TQOAPKKEAAvNQ4AaTUOAG41DgC8NQ4A1zUOAA82DgAbNg4AYjYOAGo2DgBFixAAyDYOAAg3DgAXNw4AWzcOAGc3DgCuNw4ArzcOAAE4DgALOA4AVDgOAGI4DgCnOA4ArDgOAPo4DgAHOQ4AmIsQAFE5DgCgOQ4AojkOAPM5DgD2OQ4ARjoOAE46DgCZOg4AozoOAOw6DgD3Og4APzsOAEs7DgCSOw4AmjsOAOuLEADzOw4AODwOAD48DgCLPA4AlzwOAN48DgDtPA4AMT0OADs9DgCEPQ4AjD0OANc9DgDmPQ4AKj4OACw+DgB9Pg4Ahj4OANA+DgDTPg4AIz8OAC8/DgB2Pw4Afj8OAD6MEADZPw4AHEAOACRADgBvQA4AeUAOAMJADgDNQA4AFUEOACFBDgBoQQ4AcEEOAJGMEADAQQ4ADkIOAB9CDgBhQg4AckIOALRCDgC5Qg4AB0MOAAtDDgBaQw4AaEMOAK1DDgC6Qw4AAEQOABdEDgBTRA4AW0QOAKZEDgCyRA4A+UQOAAxFDgBMRQ4AW0UOAJ9FDgCrRQ4A8kUOAPNFDgBFRg4AT0YOAJhGDgCmRg4A60YOAPBGDgA+Rw4AS0cOAOSMEACXRw4A5EcOAPJHDgA3SA4AREgOAIpIDgChSA4A3UgOAOVIDgAwSQ4AO0kOAINJDgCFSQ4A1kkOAONJDgApSg4AMEoOAHxKDgCNSg4Az0oOAN1KDgAiSw4AL0sOAHVLDgCMSw4AyEsOANBLDgAbTA4AIEwOAG5MDgB+TA4AwUwOAMlMDgAUTQ4AHk0OAGdNDgByTQ4Auk0OAMZNDgANTg4AFU4OAIqNEAB5Tg4As04OALhODgAGTw4AIU8OAFlPDgBlTw4ArE8OALRPDgDdjRAAElAOAFJQDgBhUA4ApVAOALFQDgD4UA4A+VAOAEtRDgBVUQ4AnlEOAKxRDgDxUQ4A9lEOAERSDgBRUg4AMI4QAJ9SDgDqUg4A7FIOAD1TDgBKUw4AkFMOAJVTDgDjUw4A7VMOADZUDgBBVA4AiVQOAJVUDgDcVA4A4lQOAC9VDgA3VQ4AglUOAI5VDgDVVQ4A6FUOAChWDgA3Vg4Ae1YOAIdWDgDOVg4Az1YOACFXDgArVw4AdFcOAIJXDgDHVw4AzFcOABpYDgAnWA4Ag44QAHJYDgDAWA4Az1gOABNZDgAiWQ4AZlkOAG9ZDgC5WQ4Av1kOAAxaDgASWg4AX1oOAGtaDgCyWg4AuVoOAAVbDgAhWw4A1o4QAGJbDgCrWw4At1sOAP5bDgABXA4AUVwOAFtcDgApjxAArFwOAHyPEAD/XA4Az48QAFJdDgAikBAApV0OAPBdDgDxXQ4AZWUOAP1dDgBDXg4ABF4OAM1iDgAHXg4A4WsOAAleDgBybw4ARF4OAJZeDgCsXg4A6V4OAPFeDgA8Xw4APl8OANRhDgBKXw4Aj18OAJdfDgB1kBAAnF8OAOJfDgDlXw4ANWAOAD9gDgCIYA4AimAOANtgDgDsYA4ALmEOAD9hDgCBYQ4AiWEOAMiQEADbYQ4AJ2IOAC5iDgB6Yg4AgmIOABuREADPYg4AIGMOACZjDgBzYw4AgGMOAMZjDgDOYw4AGWQOABtkDgBsZA4Ac2QOAL9kDgDGZA4AEmUOABplDgBukRAAcmUOALhlDgC5ZQ4AC2YOACFmDgBeZg4AZmYOALFmDgCzZg4ASWkOAL9mDgAEZw4ADGcOAMGREAARZw4AV2cOAFpnDgCqZw4AtGcOAP1nDgD/Zw4AUGgOAGFoDgCjaA4AtGgOAPZoDgD+aA4AFJIQAFBpDgCcaQ4Ao2kOAO9pDgD3aQ4AZ5IQAExqDgCVag4Al2oOAOhqDgD5ag4AO2sOAExrDgCOaw4AlmsOALqSEADmaw4AVnMOAO1rDgA0bA4ASmwOAIdsDgCPbA4A2mwOAOhsDgAtbQ4AOm0OAIBtDgCDbQ4A020OAN1tDgAmbg4AKG4OAHluDgCKbg4AzG4OAN1uDgAfbw4AJ28OAA2TEAB7bw4AxW8OANJvDgAYcA4AH3AOAGtwDgB8cA4AvnAOAMpwDgARcQ4AGXEOAGCTEABxcQ4At3EOALpxDgAKcg4AFHIOAF1yDgBfcg4AsHIOAMFyDgADcw4AFHMOALOTEABecw4AqXMOAMBzDgD8cw4ACHQOAE90DgBZdA4AonQOAKp0DgAGlBAA9nQOAEh1DgBedQ4Am3UOAKN1DgDudQ4A/HUOAEF2DgBJdg4AWZQQAE52DgCUdg4Al3YOAOd2DgDxdg4AOncOADx3DgCNdw4AnncOAOB3DgDxdw4AM3gOADt4DgCslBAAjHgOANl4DgDeeA4ALHkOAEd5DgB/eQ4AjXkOANJ5DgDZeQ4AJXoOADF6DgB4eg4AfnoOAMt6DgDOeg4AHnsOACh7DgBxew4Ad3sOAMR7DgDGew4AF3wOACF8DgBqfA4AdnwOAL18DgDUfA4AEH0OACR9DgBjfQ4Af30OALZ9DgC+fQ4A/5QQAAt+DgBcfg4Aan4OAK9+DgDAfg4AUpUQAAl/DgCllRAAY38OAKh/DgCyfw4A+38OAAaADgBOgA4AVoAOAKGADgCtgA4A9IAOAAeBDgBHgQ4AVoEOAJqBDgCmgQ4A7YEOAO6BDgBAgg4ASoIOAJOCDgChgg4A5oIOAOuCDgA5gw4ARoMOAEuWEACUgw4A34MOAOmDDgAyhA4AN4QOAIWEDgCNhA4A2IQOAN6EDgArhQ4AN4UOAH6FDgCEhQ4A0YUOANqFDgAkhg4AMYYOAHeGDgB/hg4AyoYOAMuGDgAdhw4AH4cOAHCHDgBzhw4Aw4cOAMaHDgDxlhAALIgOAGmIDgBxiA4AvIgOAMiIDgAPiQ4AFYkOAGKJDgBoiQ4AtYkOALqJDgBbig4A4YkOAAiKDgAQig4Al5cQAGGKDgDqlxAAxIoOAAGLDgADiw4AVIsOAGGLDgCniw4ArosOAPqLDgACjA4ATYwOAF2MDgCgjA4AoowOAPOMDgABjQ4ARo0OAFeNDgCQmBAAoI0OAOOYEAD6jQ4AP44OAEmODgCSjg4AnY4OAOWODgDtjg4AOI8OAESPDgCLjw4Ano8OAN6PDgDsjw4AMZAOADuQDgCEkA4AjJAOANeQDgDmkA4AKpEOAC+RDgB9kQ4AhJEOANCRDgDckQ4AiZkQAF+SDgB2kg4AspIOAMmSDgDRkg4A3JkQAESTDgBvkw4Ae5MOAMKTDgDIkw4AFZQOABuUDgBolA4AbZQOALuUDgDBlA4AL5oQAA+VDgBhlQ4AZ5UOALSVDgC5lQ4AB5YOABaWDgBalg4AZpYOAK2WDgCwlg4AAJcOAAOXDgBTlw4AW5cOAKaXDgC1lw4A+ZcOAP6XDgBMmA4AYpgOAJ+YDgCgmA4A8pgOAAOZDgBFmQ4AUZkOAJiZDgCimQ4A65kOAPeZDgA+mg4ARZoOAIKaEAChmg4A5JoOAPCaDgA3mw4ARpsOAIqbDgCemw4A3ZsOAOybDgAwnA4AQZwOAIOcDgCPnA4A1ZoQANicDgApnQ4AN50OAHydDgCNnQ4AKJsQANWdDgAing4ALp4OAHubEAB7ng4AyJ4OAM6eDgAbnw4AIJ8OAG6fDgB0nw4AdJwQAMafDgAUoA4AFqAOAGegDgB4oA4AwJ0QAMagDgANoQ4AE6EOAGChDgBsoQ4As6EOALuhDgATnhAADKIOAFmiDgBlog4ArKIOALSiDgBmnhAAC6MOAFKjDgBVow4ApaMOAK+jDgC5nhAA+qMOAEukDgBZpA4AnqQOAK+kDgBfnxAA96QOAESlDgBQpQ4Asp8QAJ+lDgDqpQ4A7aUOAD2mDgBJpg4AkKYOAJymDgDjpg4A66YOAFigEABBpw4AiacOAJWnDgDcpw4A5KcOAKugEAA4qA4AgqgOAJOoDgDVqA4A5qgOACipDgAwqQ4Ae6kOAH6pDgDOqQ4A2KkOACGqDgAjqg4AdKoOAIOqDgDHqg4A56oOABqrDgAiqw4AbasOAHerDgDAqw4AxqsOABOsDgAVrA4AZqwOAHWsDgC5rA4AxawOAP6gEAAYrQ4AX60OAH2tDgCyrQ4AuK0OAAWuDgAOrg4AWK4OAGWuDgCrrg4As64OAP6uDgAUrw4AUa8OAFOvDgCkrw4Av68OAPevDgADsA4ASrAOAFewDgBRoRAAo7AOAPCwDgD4sA4AQ7EOAFmxDgCWsQ4Am7EOAOmxDgDvsQ4APLIOAEiyDgCPsg4Al7IOAKShEADvsg4ANbMOAEWzDgCIsw4AjbMOANuzDgDhsw4ALrQOAES0DgCBtA4Ag7QOANS0DgDetA4AJ7UOADW1DgB6tQ4Af7UOAM21DgDatQ4A96EQAC+2DgBztg4AfLYOAMa2DgDQtg4AGbcOACe3DgBstw4AcbcOAL+3DgDMtw4AErgOABq4DgBluA4AdbgOALi4DgC6uA4AC7kOABm5DgBeuQ4Ab7kOAEqiEAC4uQ4AnaIQAAm6DgBXug4AXboOAKq6DgCyug4A/boOAAe7DgBQuw4AUrsOAKO7DgCmuw4A9rsOABa8DgBDoxAAVbwOAJy8DgCivA4A77wOAPu8DgBCvQ4ASr0OAJajEAChvQ4A6L0OAO69DgA7vg4AR74OAI6+DgCWvg4A6aMQAOO+DgA0vw4AQr8OAIe/DgCYvw4APKQQAOe/DgAtwA4ARMAOAI+kEACKwA4A08AOAN/ADgAmwQ4AKcEOAHnBDgCDwQ4A4qQQANHBDgAfwg4AKMIOAHLCDgCDwg4AxcIOAMzCDgAYww4AIMMOAGvDDgB4ww4AvsMOAMPDDgARxA4AG8QOAGTEDgBsxA4At8QOAMbEDgAKxQ4AD8UOAF3FDgBzxQ4AsMUOALHFDgADxg4AEcYOAFbGDgBnxg4AqcYOALXGDgD8xg4ABMcOAIilEABTxw4ATAEAAFfHDgA5IhAAW8cOAKxWDQCuxw4AwQgAAP3HDgDgyg4AockOANMpAADryQ4AxSsAAPDKDgBcOgAAicsOAEc9AADcyw4AYkUAAIHMDgAWNQ4AgswOAPpHAACGzA4AO2UDAInMDgAxyAYA1swOAM9ZAAB8zQ4A+F8AAM/NDgD3awAAdM4OAHNyAADTzg4ANHsAABvPDgByfgAAbM8OAFaCAAAY0A4AaosAANXQDgAJ0Q4AVtMOAFDKAABL1A4A/NUAAJ7UDgAQ3wAARNUOAFTtAADy1Q4AaPYAAF3WDgC79gAAjtYOAA73AADr1g4A5PwAAI/XDgCD/gAA4dcOAGADAQCd2A4AIQwBAN3YDgD3EQEAQ9kOAHfZDgDm2Q4AHdoOACXaDgBw2g4AfNoOABkZAQDL2g4AsRsBAIXbDgC82w4AxNsOAA/cDgAR3A4A0yIBAG7cDgCpKAEAEN0OAL0xAQBg3g4AYUoBAALfDgDyTQEAFt8OAKzuDwAe3w4AuuwPAHLfDgBFTgEApt8OAJFPAQAF4A4A1lEBAEvgDgDBVAEAneAOALNWAQCe4Q4A22gBAP/hDgA44g4AQOIOAC5pAQCa4g4Ac2sBADbkDgAQhQEAheQOANDkDgDg5A4AY4UBAILlDgBHiQEA0eUOABzmDgAs5g4AmokBAM7mDgAIkgEADekOAJYMAgAR6Q4ANQ4CABXpDgBupwEAIekOACYcAgC16Q4AjCIQALbpDgBEwQoAuekOAFmqAQDJ6Q4ACe0KAAjqDgB+Kw8AHOoOAKyqAQAs6g4AZGMQAFrqDgD/qgEAXeoOAOlzCwAF6w4A3K8BAFjrDgAvsAEAAOwOAFi2AQCh7A4AgbwBAJntDgDk7Q4A5+0OAMQ2DADw7Q4AV8IBAEzuDgDvxAEAq+4OAN3uDgA07w4ACtoLAEDvDgDg0gEAWu8OANrHAQCP7w4AA84BADXwDgCN0gEA2/AOANnTAQA+8Q4ALNQBANjxDgDS1AEAJPIOAMvVAQAi8w4A2N8BAMPzDgDkCQsAxvMOALXkAQDI8w4A1bYMABX0DgAdJhAAJ/QOAGD0DgC79A4ABvUOAM/0DgDC7gEACfUOACSbCwAQ9Q4A16ULABP1DgARhgsAIfUOAKfmAQAn9Q4Ai6QLAK71DgDe6gEA1PUOAJdgDAAN9g4AfewBAF72DgB27QEAqfkOAJ7/AQDxBg8A1MkLAJEHDwDwzAoAlwcPAKyjAgDQCA8Ag+gPANUIDwBzCQ8A6QgPAF4MDwDxCA8AZ+wPAPUIDwA8swIAdQkPAPAfCwB3CQ8AFp0LAHgJDwBVtwYAegkPAKcPCAB9CQ8Aj7MCAIIJDwDiswIAhAkPAL4QBACoCQ8ABFoEAMQLDwDMwgIAZgwPALEMDwCyDA8AykgLALsMDwDfig0AwAwPAMzBDgDQDA8Ak3QQAA4NDwCpxwIAAA4PAIrvAgADDg8Ak6UJAAQODwC13QIABg4PAMvOAgAHDg8ATtQCAAkODwAO4gMACg4PAJPWAgALDg8AMeQCAAwODwBj0QIADQ4PANfdAwATDg8AftkCADkODwAjkg4APREPAIYfAwBBEQ8AZ/QCAEURDwBmbgsAmhEPAKz2AgDXEw8A0xQDADgVDwA5KgMA3hUPAPMzAwCKFg8A1zcDAMcWDwAHPQMAuRcPAONNAwASGA8AXRgPAGsYDwAoUAMAWhkPAMdeDQBkGQ8AllgDAFIaDwDTZwMAohsPACt/AwBCHA8ARocDAPkcDwA6HQ8ANR4PANaPBAA2Hg8AnaoDAD0eDwDG5wcA3B4PAIGuAwDgHg8AXfYHANUfDwDnwwMA1iAPAO3OAwCAIQ8AK9IDADMiDwBqIg8AciIPAL0iDwDMIg8AoNkDAGwjDwA+CQsAbyMPANDeAwC+Iw8ACSQPANIjDwA35w8AEyQPACPfAwC3JA8ApuQDABElDwCY5gMA/iUPAD3zAwAAJw8AZQUEAE8nDwAUmQ8AticPAO0nDwD1Jw8AQCgPAE0oDwCiPQoAUSgPAKMIBABYKQ8ATxQEAJIpDwB4GgQAOSoPAGIpBAA+Kg8A4okIAD8qDwBzjQgAQSoPAF+ECAChKg8A2CoPAOAqDwArKw8AgCsPAIbgCwCGKw8AiucPAIgrDwBNLAQAiisPAO58DQChKw8AQHQQAMArDwCMig0A2SsPADgvBABOLA8AdywPANQsDwBoNAQAfy0PAN07BAAZLg8AnkQEAHYuDwD+TgQAeC4PAONGBABsLw8AllEEAGowDwBJXAQAsTAPACZhBACzMQ8Am2gEABYyDwBNMg8AaTIPAKAyDwCvMg8A52kEAK40DwDlNA8A7TQPADg1DwBHNQ8Au4cEAJQ1DwAwjwQAhjYPAEuXBACRNg8AyM8HANo2DwCJmgQA1TcPAKOuBADfNw8AiKYEADg5DwBvOQ8AdzkPAMI5DwDHOQ8AHsEEANE5DwADuQQAvjsPANfWBAC2PA8A5OAEAG89DwCmPQ8Arj0PAPk9DwD/PQ8APewEAGI+DwDO7wQACD8PAM37BABJPw8AhwUFAPo/DwBrCQUAoEAPADMRBQBTQQ8AikEPAJJBDwDdQQ8A7EEPANgdBQDtQQ8ATSUFAAZCDwCEKQUAj0IPAEYmBQDeQg8AKUMPADNDDwCZJgUAPkQPAHVEDwB9RA8AyEQPANFEDwDPNgUAJUUPAME4BQDdRQ8AFEYPABxGDwBnRg8AaEYPAMdDBQBsRg8AS5AFAG1GDwDGTwUAdEYPADxLBQB2Rg8ARD4FAGpHDwDUTQUAY0gPAGtcBQC2SA8AomAFAAVJDwCbYQUAs0kPALZpBQBnSg8AnkoPAKZKDwDxSg8A+0oPAH5xBQBHSw8ATXgFAAZMDwA9TA8ARUwPAJBMDwCdTA8AhHwFAJ9MDwA+hgUA6EwPAGiABQCRTQ8AwYsFAPFODwAoTw8AME8PAHtPDwCKTw8AspkFAHlRDwCwsQUA3FEPABNSDwAvUg8AZlIPAHNSDwD8sgUAe1MPALJTDwC6Uw8ABVQPAAhUDwArxAUA4FQPANDQBQBUVQ8ArdUFAFhVDwDQrQoABFYPACncBQBNVg8ADeAFAKBXDwCW8AUA9VcPAMb1BQDqWA8AUnoIAP5YDwD/eQgAUVkPAIhZDwCQWQ8A21kPAN5ZDwCO/QUASloPAIFaDwCJWg8A1FoPAONaDwAfAQYAMlsPAJsHBgDIXA8AoB4GAHNdDwAA/wsAeF0PAP1uDQB7XQ8AOCEGAHxdDwBebQ0Ay10PABwlBgDUXg8AC18PABNfDwBeXw8AZ18PAIMuBgC7Xw8AdTAGAGZgDwBENwYAw2APAFFBBgBTYQ8Av0kGAPlhDwAfVAYAn2IPAB5gBgBMYw8AoWUGAJ9jDwDfaAYA9GMPAB1sBgD9ZA8ANGUPADxlDwCHZQ8AlmUPAFN8BgDiZQ8ALWYPADxmDwAwgQYA4mYPAAaHBgAzZw8AQ5YGADVnDwBtkAYAO2gPAHJoDwB6aA8AxWgPADRpDwBraQ8Ac2kPAL5pDwDLaQ8Aa6gGAB5qDwADqwYAcmoPAJSuBgAMaw8AvbQGALxrDwDfuwYAYWwPAPnPBgClbQ8AzuEGAPptDwCd6AYAoG4PAJX1BgBGbw8A5wEHAO1vDwAJCQcAVnAPAI1wDwCVcA8A4HAPAO1wDwChCwcAonEPANlxDwDhcQ8ALHIPAIJyDwDzFwcANHMPAIsaBwDncw8AHnQPACZ0DwBxdA8Ae3QPAEwjBwDSdA8A6yQHACZ1DwDIKQcAdHUPAP8tBwAZdg8ANjIHABV3DwAMOAcAZHcPAK93DwCxdw8AXzgHAHF4DwCoeA8AsHgPAPt4DwAQeg8AR3oPAE96DwCaeg8Ar3sPAOZ7DwDuew8AOXwPAEN8DwB+YwcA+3wPADJ9DwA6fQ8AhX0PAI99DwCXgwcAm30PAAd0BwDdfQ8A+XUHADV+DwBnfgcAgH8PAFCZBwCEfw8Aj5AHANh/DwBllgcAHoAPAFeYBwDNgA8AQpsHABmBDwAtngcAxoEPAF2jBwAbgg8AhqkHAMGCDwBxrAcAFIMPAMSsBwB3gw8AroMPALaDDwABhA8AEIQPAFyvBwC0hA8AtboHAAqFDwAxwQcAD4YPAEaGDwBOhg8AmYYPAKiGDwBFygcAlYcPAOWHDwD/hw8AL9kHAFSIDwCLiA8Ak4gPAN6IDwDtiA8AE90HAGeJDwCy3gcA84kPACqKDwAyig8AfYoPAN+KDwBD4gcAgosPAL/oBwDbiw8A9uwHAHaMDwDybwgAeYwPAIDxBwDJjA8AefIHAMWNDwBOBAgAGI4PAMoKCABojg8AwwsIAHaPDwCtjw8AtY8PAACQDwAMkA8AuxgIAFuQDwCmkA8AqpAPAAcaCAAJkQ8AphsIALuRDwDykQ8A+pEPAEWSDwBtkg8A8SgIAJ2SDwATMAgAB5MPANQqCgBGkw8AkZMPAMiTDwBDNQgAWpQPAIqUDwCGlQ8AvVMIAIOWDwDzYwgA0JcPABuYDwA3mQ8AZ5kPAIaZDwC6mQ8AHZoPAIl+CAC7mg8AuYMIAF+cDwCmFAkAYZwPAJyTCABOng8AOqEIAJqeDwBcqAgAoZ4PAHGlCACMoA8AKrsIAI6hDwDdxQgA1qIPACGjDwBZow8AUdkIAOOjDwAapA8AIqQPAG2kDwB8pA8AGeEIABilDwCc5ggAbqUPALmlDwDxpQ8A4egIAGemDwBy7AgA6qYPAMXsCABXqA8Ak/8IAFapDwBiBgkAT6oPAH0OCQCyqg8A0A4JAPiqDwAjDwkAlKsPAIoYCQCMrA8ANiQJAIutDwA0PAkAQ64PAHquDwCCrg8Aza4PANeuDwDnRgkAlbAPAEBSCQC6sQ8AMGwJABSyDwCzcQkAs7IPACF6CQAUsw8AX30JAFu0DwARlAkAtbQPAPa0DwD4tQ8A+6IJAKW3DwCLsgkAObgPAGi3CQCUuA8AproJAEm5DwCAuQ8AiLkPANO5DwAoug8AFMMJADu7DwByuw8AersPAMW7DwDtuw8Auc8JAHS8DwDi1QkAxrwPABG9DwAfvQ8AiNYJAGq9DwDN2AkAF74PAKrdCQBevg8AjuEJAF+/DwBI6wkAYr8PAO7rCQCvwA8Ak/gJAPrADwDf+QkAVcEPAB39CQCjwQ8Atf8JAPHBDwAIAAoAZcIPAJTCDwBWww8AWgwKALXDDwCtDAoA4cQPACzFDwBfxQ8AzxMKAGTFDwApEwoAKscPALMXCgCBxw8A8RoKANHHDwA9HAoAysgPAGYiCgAVyQ8ASiYKANXJDwAJyg8Ay8oPAALLDwAKyw8AVcsPAGLLDwAYOQoAtcsPAAM8CgBbzA8AjUAKABPNDwBHzQ8ArM0PABzfDwC5zQ8A7c0PAJ/ODwCFTQoAoc4PAEBLCgBLzw8AjM8PAO3PDwCZVgoAldAPAPJhCgDn0Q8AbXQKAILSDwBReAoA2NIPACd+CgAr0w8AQoYKAH3TDwA7hwoAHNQPAL6MCgDY1A8AD9UPABfVDwBi1Q8A09UPALaZCgCx1g8A358KAL7XDwCZqQoAXdgPALSxCgAP2Q8ARtkPAE7ZDwCZ2Q8ACNoPAD/aDwBH2g8AktoPADvbDwDd5w8AQNsPAIvbDwBC2w8AF4MNAFTbDwDEGhAAldsPAOrBCgA33A8AbccKACveDwBX1goAhd4PAKrWCgBw3w8AGN8KAMfgDwAe6goA3+APAI55DAAW4Q8AYeEPAH/hDwBx6goACOMPANZQDQBb4w8AKVENAMLjDwD54w8AAeQPAEzkDwC/5A8AafcKAE3lDwD8NQsA7OYPALszEADl5w8A8vkMAPnnDwByYRAACegPADDoDwBc6A8AviQNAK/oDwDW6A8ALOkPAM1UEACY6Q8Az+kPANfpDwAi6g8AgeoPALoPCwDk6g8AG+sPACPrDwBu6w8AzesPAIliDAAq7A8AxD0LAGbtDwAaZgwAbO0PAHQZCwDN7Q8ADBwLALTuDwD/7g8AWu8PAFOJEACt8A8AICULALfwDwDUIwsAo/EPALEoCwBZ8g8AkPIPAJjyDwDj8g8ANvQPAHIxCwA39g8AqEELAM/2DwD6TQsAH/gPADddCwAW+Q8AdWALAFv6DwC7TwwAXvoPAIgbDABi+g8AgmoLAGj6DwClXgwABvsPAFH7DwBb+w8AX28LAGb8DwCd/A8ApfwPAPD8DwCY/Q8ABHwLAO79DwCVfwsA4/8PAJuKCwA2ABAAgQAQAI0AEADZjQsAMwEQABeRCwDVARAAIAIQADcCEABHlgsA/wYQAIqwCwCoBxAAFLULAPEJEACqzwsAoAoQAOEKEACUCxAA4N8LAJcLEACU3gsAjgwQACXiCwBJDRAAeQ0QAJcNEAC25QsA8A0QAN/rCwCADhAAMuwLAL8QEAAKERAADBEQADH4CwBiERAA1/gLAGkREABv+wsAxRIQAPwSEAAEExAATxMQAFkTEAAUCAwAoxQQAO4UEADxFBAApBcMAKAVEAA1GwwAlRYQAGUgDAC4FhAAY28QAPwWEACxIQwAiRcQANkXEACCGBAA9iMMAIkYEAA7JgwAKhoQABEsDAAsGhAAe7cMAMwaEAAXGxAAZhwQACAXDQDCHBAAtjgMAAkeEADlSQwADB4QAABSDAARHhAAVToMAB0eEABiRAwAqCAQAOxIDABOIRAAwk4MAJgiEACS7wwAtCIQACZgEADnIhAAMiMQADUjEAD5UgwAlSMQAJhUDADkIxAAkVUMADMkEAB+JBAAiCQQAORVDAAgJhAAZ1sMACcmEABZXQwAxiYQAFJeDAA/KBAA42EMAL0oEAAhZQwARioQAIZqEAC8KhAAJI0NAPsqEABCeAwAUiwQAHJ9DAChLBAA7CwQAAUtEAC+fgwAQi0QAJItEAAJLhAASIMMAK8uEABBhAwAVS8QAI2FDADfLxAAKjAQADQwEAAeiQwA0TAQAFJXDQDYMRAAjJEMAMAzEABNmgwApjQQALQ0EAD5NBAABzUQAE43EADdqQwAWDcQAP+wDAD0ORAAE7oMAEU6EAAMuwwAkjoQALK7DADgOhAA/rwMANk7EABDvwwA1zwQACI9EAB9PRAAyD0QAG8+EAALxwwAyT4QABQ/EABvPxAAuj8QAGNAEADhzAwADkEQAFlBEAC0QRAA/0EQAABDEAAR0gwAV0MQAF3TDAD5QxAAREQQAFREEACp1AwADUUQAD1FEADsRRAAM9kMAEJGEADL2wwArUYQANxGEADjSRAA1/EMAIJLEAAH9wwAKEwQAFP4DADOTBAAn/kMAEtPEABYDw0A9VAQAM0WDQDjURAACxoNAI1TEACAIQ0AMFQQABgkDQDSVRAAXSYNAO9WEACUKg0AFVcQADMsDQBtVxAAyngQAMFXEADLLg0AxFcQAL0wDQAOWBAAXlgQAHpYEACxWBAAB1kQAFdZEABzWRAAqlkQAAVaEABQWhAAWloQABAxDQCrWhAAbZ0QAPxaEADtNQ0A/VsQACQ6DQBFXBAAvDwNAJ1cEAAdeRAAo10QAHeNDQBAXhAAaEgNANVhEAB7Aw4AG2MQALlgDQANZBAAkFoNALxkEACJWw0AqmYQAPVmEAD/ZhAA92MNAKlnEACPZg0Ay2oQANlqEAAeaxAALGsQAHFrEAB/axAAxGsQANJrEAAXbBAAJWwQAGpsEAB4bBAAJ20QAFduDQCNbRAAxG0QADNuEABqbhAAy24QAJVxDQCObxAAtm8QAOFvEAAJcBAANHAQAFxwEACHcBAAr3AQAApxEABVcRAAWnEQACZ1DQCkchAA4H4NAEx0EAB1ng4AUHQQANacDgAFdRAAOXUQAKt1EACvhQ0A6HUQAOaJDQBRdhAAhXYQADN3EAB+dxAAjncQANiLDQDddxAA0YwNADl4EACMgw4AZHwQAC3HDQC6fBAA08cNAK99EAAC2Q0AVX4QAH7fDQD7fhAATeYNAKF/EADQ6w0AR4AQAPLyDQDtgBAAfPcNAJOBEAAG/A0AOYIQAIICDgDjghAAdAQOAESDEAB9gxAAhYMQANCDEADDhhAADocQACyHEAC4Eg4AVIoQAIwwDgC9ihAAcDQOAFGLEAC1Ng4AoIsQAE05DgDyixAA5TsOAEOMEADJPw4AoYwQALtBDgAAjRAAN40QAIyNEABgTg4A6Y0QAP9PDgBFjhAAl1IOAIuOEABtWA4ARY8QAKRcDgBukxAAZHEOAA+VEAAJfg4AXpUQAAJ/DgCtlRAA+JUQAPyVEABVfw4AU5YQAJ6WEAD5lhAARJcQAPKXEAA9mBAAnJgQAJmNDgDrmBAANpkQADqZEADsjQ4AX5oQAA6VDgAxmxAAz50OAH6bEADOmxAA+ZsQACGcEAB3nBAAx5wQAPKcEAAanRAAhJ0QAMGfDgAVnhAABqIOAHCeEAD/og4AwZ4QAAyfEAAcnxAA+KMOAGifEADxpA4AtZ8QAAWgEABioBAANqcOALugEAAvqA4AsqEQAOKyDgBWohAAsbkOAKWiEADwohAAAKMQAAS6DgCaoxAAlb0OAPmjEADhvg4ASqQQANq/DgCXpBAAgMAOAOWkEAA1pRAA","fail":"AAAAAAAAAACbhAAAIqYBAMXRAABPWQYA6BgCABcHBwBp4wEAeTALAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAAAAAABp4wEAjyELAIQUCADtkAAA8Q0AAGnjAQBYygoAq8oKAP7KCgBRywoAFPsBAP5pDABRagwA4qwDAAAAAABPWQYA6BgCAOgYAgBLSwMAewQCAM4EAgDLNQwA6HgMAJ6lAgDxpQIAShIBAMjkBAA0cw0AS0sDAGnjAQCt3AQAda0AAMitAAAbrgAAbq4AAMGuAADxDQAAaeMBAHkwCwAfoAcA6BgCAPwhAgDi+AQAid8GAAAAAABPWQYAaeMBAChyCgCF0QMAGgYCANiuCAB8+AEAm4QAANQPAgB34A0AyuANALWKAgDvJQAAaeMBANUeCgAoHwoAAUcAAGLPBADtkAAAQJEAAMmTAgBP8QgAovEIAGnjAQCPIQsAhBQIAO2QAADxDQAAaeMBAFjKCgCrygoA/soKAFHLCgCKXQsA3V0LAFMAAABTAAAADR4JAOgYAgABRwAAaeMBAIpdCwCRogEAAAAAAO2QAAAaBgIA8Q0AANQdAACrFwAAFwcHAGoHBwCIwgAA28IAAC7DAAB4zgIAk9YCAObWAgD8lgkApBgAAHtyCgC+KwwATAEAAJ8BAADyAQAARQIAAJgCAACKXQsA3V0LAFMAAABTAAAAJYIBAOgKBADtkAAAIq0AAOgYAgA7GQIA/+EFAGnjAQB5MAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAAAfmQgAcpkIAAAAAAC9iwAA2nQBAOgYAgD8IQIA8Q0AAGnjAQAlggEA6AoEADsLBABTAAAAmokBAO2JAQBAigEAk4oBAOaKAQA5iwEAjIsBAAAAAAB4zgIAiu8CAJGiAQDkogEAN6MBAKibCgDN0QoAINIKAFjKCgCrygoA/soKAFHLCgAU+wEAKB8KAOAlAgBBoAgAlKAIAOegCAAXBwcAaeMBAL53DQD7qQgAaeMBAMs1DAAaBQ4Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAANiuCABU+goAil0LANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAB+ZCABymQgAAAAAAL2LAADtkAAA8Q0AAIFiAgD+0QkAFwcHAGnjAQCKXQsAqS8AAPwvAABPMAAAojAAAML0DAB8+AEAm4QAACKmAQDUHQAAFwcHAGnjAQB5MAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAHsEAgDOBAIAxl0DABleAwBsXgMAv14DAFjKCgCrygoAURgAAKQYAAB7cgoAvisMAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAANUDAgDTIQ0AJiINAChyCgAIPwEAWz8BAMmTAgDadAEAFwcHACBqDQAocgoAe3IKAL4rDABMAQAAnwEAAPIBAABFAgAAwvQMAHz4AQCbhAAAIqYBANQdAAAXBwcAaeMBAHkwCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAewQCAM4EAgDGXQMAGV4DAGxeAwC/XgMAWMoKAKvKCgBRGAAApBgAAHtyCgC+KwwATAEAAJ8BAADyAQAARQIAAJgCAADF0QAA1QMCANMhDQAmIg0AKHIKAAg/AQBbPwEAyZMCANp0AQAXBwcAIGoNAJuEAAAipgEA7SgDAHjOAgCK7wIAqS8AAPwvAABPMAAAojAAAML0DADxDQAA1B0AACceAAB6HgAAzR4AACAfAADC9AwA7yUAABQkCADoGAIA2ecKAIFiAgDC9AwAShIBAHcRBwDxDQAAkaIBACdxAADOEQwAEogJAD/2CwBj0QIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAKHIKAHtyCgC+KwwATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAvYsAAPENAACBYgIAaeMBAHz4AQDKjQ0AeTALACy4BQCKXQsAWz4NAGLPBAC1zwQALXUBAAAAAAAirQAAIq0AAO2QAADxDQAAkaIBAGnjAQCPIQsAIGoNAKsXAAC3GAMA7ZAAABcHBwBp4wEAvOMBAOgsCwDoGAIAaeMBAL2LAADxDQAA1B0AAGnjAQAAAAAAqxcAAE06AgDoOgkA/hcAAMXRAACrFwAAaeMBAI8hCwBqBwcABMENAFfBDQB8+AEAm4QAACKmAQDUHQAAAAAAAOgYAgAaBgIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBABcHBwAgag0AqxcAALcYAwDtkAAAFwcHABoGAgDtkAAAQJEAAJrjAADpsgIAfPgBAJuEAACJ3wYAGgYCABcHBwB8+AEAGgYCAO2QAABAkQAAmuMAAOmyAgC9iwAAfPgBACWCAQDoCgQAIq0AAGnjAQBNOgIAoDoCAPM6AgBp4wEAH5kIAHKZCAABRwAAYs8EALXPBADtkAAAyZMCAByUAgBvlAIAaeMBAKibCgDN0QoAINIKAFjKCgCrygoA/soKAFHLCgB5MAsAH6AHAHKgBwB4ggEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AAPlZCwBTAAAAUwAAAA0eCQDoGAIAAUcAAP7RCQAXBwcAGgYCAJuEAACIwgAA28IAAC7DAAAaBgIAShIBAJ0SAQDoMwoAAAAAACWCAQDoCgQA7ZAAAKsXAAABRwAAaeMBAI8hCwCEFAgA7ZAAAPENAABp4wEAWMoKAKvKCgD+ygoAUcsKAIpdCwDdXQsAUwAAAFMAAAANHgkA6BgCAAFHAABp4wEAeTALAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAAKMWAgAirQAAnbgBAHkpDABp4wEAH5kIAHKZCAAAAAAAvYsAAO2QAADxDQAAgWICAP7RCQAXBwcAaeMBAHz4AQBLSwMAaeMBAIpdCwDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAAQG4FACKtAAD5mAIAJSgCAEBuBQBPWQYA+6kIAGnjAQAocgoAJYIBAL2LAAAV7wEA2nQBAC11AQBp4wEAm4QAAIjCAADbwgAAXdQAAHkwCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAB+ZCABymQgAAAAAAL2LAADadAEA6BgCAPwhAgAAAAAA6BgCAH1oCAD7qQgAFe8BAFMAAACmAAAA+QAAAGnjAQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAACe9AQB6vQEArdwEAPmYAgBMmQIAn5kCABnMCwBszAsAv8wLAMXRAADadAEAlVYFAFRHAAB8XwsAFb4IAAFHAABp4wEAeTALADRzDQBLSwMAaeMBAChyCgB7cgoAvisMAEwBAACfAQAA8gEAAEUCAACYAgAArdwEAADdBABT3QQA7yUAABQkCAAV7wEAvYsAAOgYAgD8IQIA6BgCAGnjAQCt3AQAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAil0LANQdAACrFwAAAUcAAGnjAQB5MAsAiMIAANvCAAAuwwAAewQCAM4EAgDGXQMAGV4DAGxeAwC/XgMAWMoKAKvKCgBRGAAApBgAAHtyCgC+KwwATAEAAJ8BAADyAQAARQIAAJgCAAComwoAzdEKACDSCgCKXQsA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAO8lAACzqQEABqoBAFmqAQC8KAQAeTALAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAOAlAgBBoAgAlKAIAOegCAA6oQgAjaEIAOChCAB5MAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAP7RCQC9iwAA8Q0AAF16AQAtdQEAFe8BAGnjAQBKEgEAdxEHABn2BQDEWQcAm4QAADRzDQC3GAMA4qwDAEoSAQBp4wEAAAAAACKtAACduAEAtoQNAAmFDQCrFwAA4CUCADMmAgCGJgIAkAgBAHjOAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADvJQAAs6kBAAaqAQBZqgEAAAAAAE9ZBgD7qQgAFe8BAGjvAQDxDQAA1B0AABn2BQCgywUA88sFANRoDQCVVgUAtx8CAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEADuIDAGHiAwC04gMAB+MDAFrjAwCt4wMAAOQDAFPkAwCm5AMASh8LAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAALXUBACceAAB6HgAAzR4AACAfAAD8IQIAQJEAAJrjAADpsgIAeTALAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBABoGAgDoGAIA/CECAE8iAgAtGg4A8Q0AANQdAAAXBwcAaeMBAML0DABmBg4AJYIBAHiCAQDLggEAHoMBAHGDAQDEgwEAxdEAANUDAgDTIQ0AJiINAB+ZCABymQgAxZkIABiaCABrmggAvpoIAGnjAQC9iwAA8Q0AAF16AQAtdQEAFe8BAGnjAQB5MAsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEAdxEHABn2BQDEWQcAm4QAADRzDQC3GAMA4qwDAAFHAAAaBgIAm4QAAB+gBwByoAcAeIIBAMXRAADtkAAAFwcHAGnjAQDC9AwA6BgCAH1oCAB8+AEAm4QAAHz4AQAlggEAsB8OAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAA6bICAO6EAABBhQAAlIUAAOeFAAA6hgAAhoABANmAAQAsgQEAf4EBANKBAQAgag0AQJEAAJrjAADpsgIAcdYBACKtAADtkAAAUwAAAAFHAABAbgUAT1kGAGnjAQAAAAAAAAAAAAAAAAC8KAQAH5kIAHKZCADi+AQAIqYBAEQOAAD7qQgAeM4CABQJAAC9iwAA8Q0AANQdAAAnHgAAqxcAAOAlAgAzJgIAhiYCAGi3CQC7twkADrgJAChyCgB7cgoAvisMAEwBAACfAQAA8gEAAEUCAACYAgAAWMoKAKvKCgD+ygoAUcsKAHkwCwAfoAcAcqAHAHiCAQDF0QAA7ZAAABcHBwCrFwAA/hcAAFEYAAB5MAsA2JIMAEGFAACUhQAA54UAADqGAACNhgAAyzUMAOh4DADagQsAyzUMABoFDgDadAEA4qwDADWtAwDJkwIA2K4IAHxfCwDxDQAAgWICAMXRAADadAEAlVYFAFRHAABp4wEAH5kIADsZAgB8+AEAfPgBANp0AQCVVgUAShIBAAAAAABp4wEAvOMBAA/kAQBi5AEAteQBAGnjAQAocgoAJYIBALAfDgCbhAAAIqYBANQdAACt3AQAxFkHABdaBwBqWgcAvVoHAGnjAQBLSwMAnksDAPFLAwDoGAIAaeMBAK3cBAAA3QQAU90EAKbdBAD53QQATN4EAJ/eBADy3gQAtI8DAAeQAwBakAMAf1cHANQdAACwLQwAAUcAAEBuBQAtdQEAFe8BAAAAAACrFwAAyZMCAByUAgBvlAIA6AoEABcHBwBqBwcA7oQAAEGFAACUhQAA54UAADqGAAD7jQwAoDoCAPM6AgDadAEA2nQBABXvAQCrFwAA4CUCALy5BwC9iwAA6BgCAPwhAgAfCAUAhBQIAO2QAADxDQAA9I4MAP4XAAB3OwEAShIBAMjkBAAlKAIAIq0AABcHBwAgag0AqxcAALcYAwDtkAAAAAAAAE9ZBgAV7wEA2nQBAC11AQBp4wEAvOMBAA/kAQBi5AEAteQBALzjAQDoLAsA6BgCAGnjAQC9iwAA8Q0AANQdAAAnHgAAaeMBALzjAQAP5AEAYuQBALXkAQC84wEA6CwLAOgYAgBp4wEAvYsAAPENAADUHQAAaeMBAHkwCwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAE6IAQChiAEA9IgBAEeJAQBp4wEAvYsAAPENAADUHQAAJx4AAKsXAADgJQIAMyYCAMmTAgBP8QgAovEIANnnCgBdegEAT1kGAPupCADadAEALXUBALcYAwC4BQQAvYsAAEoSAQBp4wEAil0LAN1dCwBTAAAAUwAAAA0eCQDoGAIAAUcAAP7RCQAXBwcAaeMBAHkwCwBhnA0A2nQBAGnjAQDJkwIAT/EIAKLxCADZ5woAXXoBAE9ZBgD7qQgAaeMBAKibCgAAAAAA8Q0AAJGiAQDkogEAeM4CAPENAADtKAMAaeMBAB+ZCAB9aAgAFb4IAAFHAABAbgUALXUBAO2QAADxDQAA8Q0AAJGiAQDUHQAAJx4AAEBuBQBPWQYA+6kIAO2QAABAkQAAmuMAAOmyAgCbhAAA2nQBALAfDgB4zgIAtd0CAKGjCQDCoQwAFaIMAGiiDAC7ogwADqMMAGGjDAC0owwAOxkCAI4ZAgDhGQIA7yUAALOpAQAGqgEAWaoBACBqDQBAkQAAmuMAAOmyAgAAAAAAm4QAAMmTAgAclAIA1A8CACWCAQCbhAAANHMNABXvAQDUDwIAm4QAACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAA2pAQBgqQEAT1kGAEoSAQBTAAAApgAAANZKAgDUaA0AJ2kNAEQOAAD7qQgA7yUAALOpAQAGqgEARMEKAJfBCgAAAAAAaeMBAHz4AQDP+AEAIvkBAHX5AQDI+QEAG/oBAG76AQDtkAAArUsBAAjlAQBb5QEAruUBAAHmAQBU5gEA1R4KAP5pDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQB7BAIAzgQCANUeCgD+aQwACOUBAFvlAQCu5QEAAeYBAFTmAQAnKwoAJYIBALAfDgADIA4AViAOAKkgDgAX3QwAEiAMAGnjAQAfmQgA1GgNAEEjDgCUIw4A5yMOACcrCgB6KwoAvOMBAA/kAQBi5AEAteQBAAAAAAC/HwwAaeMBAB+ZCADUaA0AQSMOAJQjDgDnIw4AJysKAHorCgC84wEAD+QBAGLkAQC15AEAvOMBAA/kAQBi5AEAteQBAKyqAQC8KAQAXm0NALFtDQAEbg0AV24NAKpuDQAAAAAAvYsAABCMAAC3GAMAlVYFANQPAgDr8w0AFwcHAE06AgC9iwAAEIwAALcYAwCVVgUA1A8CAP/8DQDoGAIAOxkCAP/hBQB3EQcAxdEAAE9ZBgDoGAIATToCANQPAgCbhAAAIqYBAHWmAQDIpgEAG6cBAG6nAQDBpwEAFKgBAGeoAQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAAAAAO8lAACzqQEABqoBAFmqAQBTAAAALP0HABn2BQABRwAA/tEJAMmTAgAclAIAb5QCAMKUAgAVlQIA8Q0AAGnjAQDLNQwA6HgMANqBCwB8+AEAyo0NAAAAAAB5MAsASXANAJxwDQDvcA0AQnENAJVxDQDocQ0AO3INANUeCgAegg0AcYINAMSCDQB4zgIAAAAAAE9ZBgABRwAAeM4CACKtAACduAEA8LgBAEO5AQCWuQEA6bkBAPwhAgAfCAUAaeMBAL2LAADxDQAAXXoBAC11AQAV7wEAaeMBABfdDAASIAwA1R4KAAAAAAAlggEAAAAAAL2LAACbhAAAH6AHAAAAAAAAAAAAvYsAAAFHAABp4wEAxdEAANUDAgDTIQ0AaeMBANUeCgAAAAAAvYsAAJuEAADYrggAfF8LABW+CABovggAu74IAA6/CAB8+AEAYb8IALS/CAAHwAgAfPgBAK3cBAAA3QQAU90EAHsKDQDOCg0AIQsNAK3cBAAA3QQAU90EAHsKDQDOCg0AIQsNAJuEAAA0cw0AAAAAAGnjAQAV7wEAaO8BALvvAQAAAAAAAUcAAP7RCQDcaQsAL2oLANQPAgDyBwsARQgLAEtLAwABRwAA/tEJANxpCwAvagsA1A8CACcQAgA7GQIAjhkCAOEZAgA0GgIA8Q0AAGLPBAAQPwsAjhkCAOEZAgA0GgIAAUcAAFRHAADoGAIAfWgIAMXRAAAAAAAA6BgCAPwhAgB7sQEAthYFABn2BQABRwAA8Q0AANQPAgCxFAIABBUCAFcVAgCqFQIA/RUCAFAWAgABRwAAoxYCAEtYDQBURwAA6BgCAH1oCABPWQYA1A8CALEUAgBURwAA6BgCAH1oCADF0QAAAAAAAJuEAADadAEA4qwDANQdAAAaBgIA7ZAAAECRAACa4wAA6bICANQPAgCxFAIAVEcAAOgYAgB9aAgAxdEAANQPAgCxFAIAVEcAAOgYAgB9aAgAS0sDAFMAAAAs/QcA7ZAAAECRAACa4wAA6bICAO2QAADvJQAAQiYAAECRAAD8IQIAqxcAACKtAADtkAAA7ZAAAECRAACa4wAA6bICAJuEAAD/4QUAdxEHAO2QAABAkQAAmuMAAOmyAgABRwAAAUcAAGLPBAC1zwQAfPgBAM/4AQAi+QEA/tEJAO2QAABAkQAAmuMAAOmyAgBKEgEAdxEHAAFHAABURwAAfF8LABcHBwAgag0AQJEAAJrjAADpsgIAJYIBACWCAQBTAAAADR4JANp0AQAtdQEADzADAGIwAwCE/woA/CECAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDoGAIA/CECAE8iAgCiIgIA9SICAEgjAgCbIwIA7iMCAEEkAgCUJAIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAAAAADtkAAAS0sDAO2QAABAkQAAmuMAAOmyAgAXBwcAIGoNAK1LAQAgtg4AQJEAAJrjAADpsgIAAAAAAO2QAABAkQAAfWgIABcHBwC6dwgAyZMCANp0AQDirAMAXXoBAE9ZBgD7qQgA7ZAAAECRAACa4wAA6bICAHz4AQBPWQYAFb4IABCMAAC0lgIAJYIBAHiCAQAirQAA+ZgCAEyZAgCwHw4AQJEAAJrjAADpsgIANHMNABXvAQASiAkA7ZAAAECRAACa4wAA6bICAOgYAgAV7wEAvYsAAEoSAQB3EQcAqxcAAAFHAAD+0QkAhP8KAJrjAADpsgIAT1kGABW+CAABRwAAoxYCAO8lAAB8+AEAT1kGABW+CAAQjAAAtJYCAPENAADUHQAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAJuEAAAipgEAdaYBAKkvAAD5mAIAIqYBAIFiAgD+0QkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAIQUCACiWQYA9VkGADhtBwCLbQcA3m0HADFuBwCEbgcA124HAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAGfYFAKDLBQDzywUA2ecKAF16AQBPWQYA+6kIAO2QAABAkQAAmuMAAOmyAgABRwAAm4QAAO6EAABNOgIAT1kGAMmTAgBP8QgAovEIAO8lAAAlggEAeIIBAMXRAADtkAAAQJEAAJrjAADpsgIAQG4FAJNuBQALBgQAJYIBALAfDgBKEgEAdxEHAKsXAAABRwAA/tEJABcHBwAgag0AQJEAAJrjAADpsgIA8Q0AAPlZCwBTAAAAUwAAAA0eCQDoGAIAAUcAAP7RCQAXBwcAhBQIAKJZBgD1WQYAOG0HAIttBwDebQcAMW4HAIRuBwDXbgcA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAlggEAJYIBALAfDgAV7wEAx80JAB+gBwCbhAAA1koCAClLAgB8SwIAz0sCACJMAgB1TAIAyEwCABtNAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA6BgCADsZAgBLSwMA2nQBAC11AQCSPAIA5TwCADg9AgBnTgIAuk4CAA1PAgBgTwIAs08CAAZQAgBZUAIArFACAP9QAgBSUQIApVECAPhRAgBLUgIAnlICAPFSAgBEUwIAl1MCAOpTAgA9VAIAShIBAHz4AQDKjQ0AQJEAAO8lAADoLAsA6BgCAEoSAQDI5AQAJSgCAP7RCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA+6kIACKtAACgywUA88sFAEbMBQCZzAUA7MwFAD/NBQBKEgEAnRIBAOgzCgC6dwgAHuMLABQkCAAirQAA+ZgCACUoAgBAbgUAT1kGAPupCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAAAAACbhAAAH6AHAL2LAADtkAAA7ZAAAECRAACa4wAA6bICABcHBwAgag0A7yUAABQkCAB3lAwA7ZAAABcHBwCbhAAAH6AHAHKgBwDFoAcAyzUMAOh4DADagQsAeTALACy4BQBKEgEAdxEHAMoRBwB8+AEAyo0NAECRAABp4wEAvOMBAC0aDgAQjAAABhELAAFHAABAbgUAT1kGAPupCAC9iwAAEIwAALSWAgAHlwIAWpcCAK2XAgAAmAIAU5gCAKaYAgDUyQsAJ8oLAHrKCwDNygsAIMsLAHPLCwBPWQYAaeMBALzjAQBCJgAAxdEAAGnjAQB5MAsAzDALAClLAgB8SwIAz0sCACJMAgB1TAIAyEwCAPENAABp4wEAyzUMAOh4DADagQsAvOMBAC0aDgAQjAAABhELAAFHAABAbgUAT1kGAPupCAA0cw0AqxcAAP4XAAB3OwEAwfoBAB+ZCABymQgAHwgFACBqDQAZ9gUAda0AAJBUAgDWSgIA/CECAH1oCADyoAEAyzUMAK3cBABLSwMA/SkLAFAqCwCjKgsA9ioLAO2QAABAkQAAmuMAAOmyAgCrFwAAAUcAAJuEAAAlKAIAQG4FAE9ZBgD7qQgA7ZAAAECRAACa4wAA6bICABQWCgAUJAgAd5QMAJI8AgBp4wEAil0LADW0AgBKEgEAfPgBAE9ZBgDadAEA/HQCAJuEAAAlKAIAQG4FAE9ZBgD7qQgAaeMBANUeCgAegg0AcYINAMSCDQC84wEAD+QBAGLkAQC15AEAAAAAAGnjAQComwoA+5sKALJhDQAFYg0AWGINAKtiDQCWuQEAJSgCAEBuBQB8+AEAJYIBALAfDgDLNQwAtx8CAAogAgBdIAIArdwEAPmYAgBfrgIAsq4CAAWvAgBYrwIAq68CALG6AgAEuwIAV7sCAKq7AgD9uwIAULwCAKO8AgD2vAIASb0CAJy9AgAAAAAAvYsAABCMAAC0lgIAB5cCAFqXAgCtlwIAAJgCAFOYAgCt3AQA+ZgCAF+uAgCyrgIABa8CAFivAgCrrwIAvYsAAPENAADLNQwA6HgMAJ6lAgDxpQIAShIBAMjkBAA0cw0AWMoKAKvKCgD+ygoAUcsKABT7AQAoHwoAex8KABW+CAAV7wEAShIBADiXAQDirAMAkaIBAF16AQAtdQEAFe8BAGnjAQAfmQgAcpkIAAFHAAC9iwAA6BgCAI8hCwAgag0AGfYFAHWtAACQVAIA1koCAPwhAgAfCAUAaeMBAHkwCwA0cw0AFwcHAGnjAQBYygoAq8oKAP7KCgBRywoAvYsAAPENAADUHQAAqJsKAPubCgCAdQEA03UBACZ2AQB5dgEAzHYBAFuSAQC+dw0AolkGAPVZBgA4bQcAi20HAN5tBwAxbgcAhG4HALgFBAALBgQAXgYEALEGBAAEBwQAVwcEABcHBwBp4wEAeTALADRzDQAXBwcAaeMBAFjKCgCrygoA/soKAFHLCgC9iwAA8Q0AANQdAACKXQsANbQCAIi0AgDbtAIALrUCAIG1AgCS9gsA5fYLADj3CwCL9wsA3vcLADRzDQC3GAMAIq0AAHjOAgCTpQkA7pEKAEGSCgCUkgoA55IKADqTCgCNkwoAXSYNAB6CDQBxgg0AxIINAGnjAQC+dw0AFb4IAAFHAABp4wEAvncNAO8lAABp4wEAfPgBAE9ZBgAVvggAEIwAALSWAgAfmQgAOxkCAJFIAgDkSAIA/tEJAFHSCQCk0gkAAUcAAGnjAQDLNQwA6HgMANqBCwB5MAsAid8GABcHBwBp4wEAxdEAANp0AQCVVgUAVEcAAGnjAQC+dw0AyZMCAE/xCACi8QgA7yUAACWCAQB4ggEAil0LAN1dCwAwXgsAg14LAGLPBAAQPwsAYz8LAIJ/CABp4wEAxdEAANp0AQCVVgUAVEcAAGnjAQC+dw0AyZMCAE/xCACi8QgA7yUAACWCAQB4ggEAShIBAL2LAAAlggEAAUcAAEBuBQBTAAAAJYIBAEtLAwBp4wEAxdEAANp0AQCVVgUAVEcAAGnjAQC+dw0AyZMCAE/xCACi8QgA7yUAACWCAQB4ggEAjyELAOIhCwDJkwIA2nQBABcHBwAgag0AxdEAANp0AQCVVgUAVEcAAGnjAQC+dw0AyZMCAE/xCACi8QgA7yUAACWCAQB4ggEA2nQBAPx0AgBp4wEAKHIKAA0eCQDadAEALXUBAA8wAwBiMAMAhP8KAGnjAQCPIQsAIGoNAECRAAD8IQIATyICAKIiAgD1IgIASCMCAJsjAgDuIwIAeTALAElwDQCccA0AXXoBALB6AQADewEAShIBAHcRBwCrFwAAAUcAAGnjAQDLNQwA6HgMANqBCwDVHgoAKB8KAAFHAABizwQAS0sDAGnjAQComwoA+5sKAE6cCgBYygoAtxgDAAoZAwBdGQMAShIBAMjkBAAlggEA6AoEACKtAADtkAAAfPgBAE9ZBgAVvggAEIwAALSWAgDxDQAAaeMBAL53DQAVvggAAUcAAGnjAQC+dw0A7yUAAGnjAQAfmQgAOxkCAJFIAgDkSAIAAUcAAP7RCQAV7wEAEogJAECRAABp4wEAjyELAOIhCwDJkwIA2nQBABcHBwAgag0AfPgBAEtLAwBp4wEA1z4CACo/AgB9PwIATToCAKA6AgAXBwcAaeMBAHkwCwAlKAIAkAgBAOMIAQD5mAIATJkCAJ+ZAgAZzAsAbMwLAL/MCwASzQsAZc0LALjNCwALzgsAXs4LALHOCwAEzwsAV88LAKrPCwD9zwsAUNALAKPQCwD20AsASdELAJzRCwDv0QsAQtILAJXSCwDo0gsAO9MLAI7TCwDh0wsANNQLAIfUCwDa1AsALdULAIDVCwDT1QsAJtYLAHnWCwDM1gsAH9cLAHLXCwDF1wsA2nQBAC11AQCSPAIA5TwCADg9AgD49wIAS/gCAJ74AgDx+AIARPkCAJf5AgDq+QIAPfoCAJD6AgDj+gIANvsCAIn7AgDc+wIAAAAAAE9ZBgAVvggAaeMBAGwmCwC/JgsAyZMCAE/xCAB5MAsANHMNAIdzDQDacw0ALXQNAIB0DQDTdA0AqJsKAPubCgBOnAoAS0sDAJ5LAwDxSwMA6BgCAGnjAQCKXQsAQrcDAJW3AwDF+gYAGPsGADW0AgCItAIA27QCAC61AgCt3AQAAN0EAHkpDAC9iwAAShIBAKsXAABp4wEAQJEAAPwhAgComwoAzdEKACDSCgBYygoAq8oKAFEYAACkGAAAe3IKANZKAgA7GQIA/+EFAHcRBwABRwAA/tEJAIT/CgBp4wEAfPgBAM/4AQAi+QEAdfkBAChyCgAIPwEA/CECAFMAAACmAAAA1koCAPwhAgAfCAUAaeMBAIpdCwBbPg0Arj4NACUoAgD+0QkAUdIJAHcRBwCrFwAAAUcAAGnjAQCPIQsAagcHAATBDQBXwQ0AfPgBAJuEAAAipgEA1B0AAIpdCwA1tAIAxOoKABfrCgBq6woAvesKAGnjAQComwoAzdEKACDSCgCKXQsAWz4NAK4+DQDWSgIAAUcAAEBuBQAtdQEAFe8BAGnjAQC9iwAAYPwBAL2LAAABRwAAAUcAAEBuBQAtdQEAFe8BAGnjAQCPIQsAhBQIAMXRAAComwoA+5sKAE6cCgAfmQgAcpkIAPBeAgBs9gUAyZMCAE/xCACi8QgAS0sDAGnjAQBKEgEAnRIBAOgzCgCbhAAAid8GALp3CAAtdQEAFe8BAGnjAQAfmQgAcpkIAB8IBQByCAUAxQgFACVmBQComwoAzdEKACDSCgAlggEAeIIBAL12AwAQdwMAY3cDALZ3AwAJeAMAXHgDAMs1DAAaBQ4Ap0cAADtlAwCOZQMA4WUDADRmAwAipgEA1B0AALAtDABp4wEAqJsKAPubCgBOnAoAShIBAHcRBwDKEQcAnRIBAOgYAgComwoAzdEKACDSCgComwoA+5sKAE6cCgCgqAoA86gKAEapCgAocgoACD8BAFs/AQCEUgsA11ILACpTCwB9UwsAaeMBAL53DQDvJQAAaeMBAIpdCwBbPg0Arj4NANZKAgABRwAAQG4FAC11AQAV7wEAaeMBAL2LAABOqggAoaoIAPSqCABHqwgAmqsIAO2rCABArAgAk6wIAMs1DADoeAwA2oELAIpdCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAB5MAsAJSgCAL53DQD7qQgAaeMBAIpdCwBEDgAAbDsIAL87CAASPAgAZTwIAGnjAQBTAAAAAUcAAEBuBQAtdQEAFe8BAGnjAQCt3AQAAN0EAFPdBACm3QQA+d0EAEzeBACf3gQA8t4EALSPAwAHkAMApmcJAPlnCQC+dw0A+6kIAGnjAQC9iwAAEIwAALcYAwBx1gEAaeMBAI8hCwCEFAgAShIBAMjkBADadAEALXUBAGnjAQCKXQsARA4AAGw7CAC/OwgAEjwIAGU8CABp4wEAFb4IAGi+CAC7vggADr8IAGG/CAC0vwgAB8AIAFrACACtwAgAAMEIAFPBCACmwQgA+cEIAEzCCACfwggA8sIIAEXDCACYwwgAil0LANQdAAAnHgAAeh4AAM0eAAAgHwAAeM4CAPENAABp4wEAyzUMABoFDgCnRwAA+kcAAE1IAACgSAAA80gAAEZJAACZSQAA7EkAAD9KAADukQoAQZIKAKsXAAC3GAMALXUBABXvAQBp4wEAvncNAPupCABp4wEAbCYLAHxfCwDxDQAAJYIBAHiCAQAirQAA+ZgCAEyZAgCfmQIAAAAAACWCAQDxDQAAgWICANRiAgAlKAIA/tEJAPKgAQAAAAAAAAAAAAAAAAAAAAAAAAAAAB/DAgBywwIA8qABAAAAAAAfwwIAcsMCAPXIAgAA3QQAL8QKAILECgDVxAoAKMUKAHvFCgDOxQoAIcYKAHTGCgBfpwMAsqcDAAWoAwBYqAMAq6gDAP6oAwBRqQMApKkDAPepAwBKqgMAnaoDAPCqAwBDqwMAlqsDAOmrAwBT3QQApt0EAPndBABM3gQAn94EAPLeBAC0jwMAB5ADAFqQAwCtkAMAAJEDAFORAwCmkQMA+ZEDAEySAwCfkgMA8pIDAEWTAwCYkwMA65MDACaRCQB5kQkAzJEJAB+SCQBykgkAxZIJABiTCQBrkwkAvpMJABGUCQBklAkAt5QJAAqVCQBdlQkAsJUJAAOWCQBWlgkAFe8BAHjOAgAirQAAnbgBALWKAgAVjgMAaI4DALuOAwAOjwMAYY8DALSPAwAHkAMAfPgBAJuEAADxDQAAQrcDAJW3AwCwHw4ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAGPRAgCD6QMA1ukDACnqAwB86gMAz+oDACLrAwB16wMAyOsDABvsAwBu7AMArZADAACRAwC84wEAD+QBAGLkAQC15AEAWV0MAKAsBADzLAQARi0EAJktBADsLQQAPy4EAJIuBADlLgQA1R4KAP5pDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAxdEAANiuCADadAEA/HQCALAfDgCt3AQAAN0EAFPdBACm3QQA+d0EAEzeBACf3gQA8t4EAEXfBAAA3QQAU90EAKbdBAD53QQATN4EAJ/eBADy3gQAtI8DAAeQAwBakAMAV/kFAKr5BQD9+QUAUPoFAKP6BQD2+gUANbQCAIi0AgAirQAAUwAAAIXRAwDUDwIA+9kNAE7aDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAA1A8CAHfgDQD5mAIAX64CALKuAgAFrwIAWK8CACKtAACduAEAtYoCABWOAwBojgMAu44DAA6PAwCrFwAA/hcAAMXRAADtkAAAQJEAAJrjAADpsgIAyuANALWKAgAVjgMAaI4DALuOAwAOjwMAYY8DALSPAwAHkAMAFwcHAIQUCADtkAAA8Q0AAPSODAD+FwAAdzsBAP7RCQCtSwEAb1ULAOKsAwCBYgIA/tEJAIT/CgCa4wAA6bICAGnjAQCt3AQA+ZgCAEyZAgCfmQIA8pkCALzjAQAP5AEAYuQBALXkAQBKEgEAUwAAAA0eCQDoGAIAAUcAAP7RCQCE/woAmuMAAOmyAgAlggEA6AoEADsLBABTAAAAoTwAANQPAgDr8w0A2nQBAHz4AQCC5wUAOxkCANZKAgBLSwMAaeMBAFjKCgCrygoA/soKAFHLCgAlggEAeIIBAL12AwAQdwMAIGoNABcHBwB4zgIAJYIBAHiCAQC9dgMAEHcDAGN3AwC2dwMACXgDAFx4AwDLNQwAGgUOAKdHAACQCAEAUwAAAA0eCQDxDQAAgWICABXvAQDoGAIA/CECAPENAABCtwMAlbcDAJAIAQBp4wEAeTALANiSDACCfwgA1X8IACiACAB7gAgAH5kIAHKZCADwXgIAbPYFAOgYAgAXBwcAaeMBAHkwCwCJ3wYA3N8GAC/gBgCC4AYA/tEJAIT/CgDUDwIAaeMBAEoSAQA4lwEA4qwDAJGiAQBdegEALXUBABXvAQBp4wEAeTALACy4BQAV7wEAEogJAEoSAQBp4wEAqJsKAJVWBQDoVgUAjyELACBqDQBzag0ALP0HAPx6DQBPew0A8Q0AAGnjAQC+dw0A+6kIAAAAAAAAAAAAeM4CALXdAgChowkA9KMJAEekCQCapAkA1R4KAB6CDQBxgg0AxIINAMs1DADoeAwA2oELAK3cBAAA3QQAU90EAKbdBAD53QQATN4EABsVCgBuFQoAwRUKAB42DACE/woA1/8KACoACwB9AAsA0AALACMBCwB2AQsAyQELABwCCwCPIQsAkUcOAO2QAADLNQwA6HgMANqBCwCt3AQAAN0EAFPdBACm3QQA+d0EAEzeBACf3gQA8t4EALSPAwAHkAMAWpADAK2QAwBAbgUAk24FAOZuBQA5bwUAjG8FANRoDQCVVgUA/tEJAK3cBAAA3QQAU90EAKbdBAD53QQATN4EAJ/eBAAaBgIAbQYCAEBuBQCTbgUA5m4FADlvBQCMbwUA328FAADdBABT3QQApt0EAPndBABM3gQAn94EAPLeBABF3wQAmN8EAOvfBAA+4AQAkeAEAIpdCwDUHQAAJx4AAHoeAADNHgAAIB8AAHjOAgBj0QIAg+kDANbpAwAp6gMAfOoDAM/qAwAi6wMAdesDAMjrAwAb7AMAbuwDAMHsAwAU7QMAZ+0DALrtAwAN7gMAYO4DAK2QAwBAbgUAk24FAOZuBQAXBwcAaeMBAL53DQAVvggAk9YCAObWAgD8lgkAO9oKAH1oCAAVvggAAUcAAP7RCQDLNQwA6HgMANqBCwBsJgsAfF8LAPENAADtkAAAAUcAAMXRAABPWQYA6BgCAE06AgBp4wEAqJsKAM3RCgAg0goAvYsAABCMAADoGAIA/CECAOL4BAA1+QQAiPkEAJuEAAB8+AEAJYIBAAAAAABp4wEATToCAAj5CgAtdQEAkjwCAHjOAgBj0QIAg+kDANbpAwAp6gMAfOoDAM/qAwAi6wMAewQCAM4EAgCt3AQA+ZgCANImDgAlJw4AeCcOAD/2CwCK7wIARA4AAEoSAQB3EQcAkAgBAAFHAABp4wEArdwEAADdBABT3QQApt0EAPndBABM3gQAn94EABsVCgBuFQoAwRUKAEtLAwDxDQAAQrcDAJW3AwAAAAAAeM4CAPMJCQBAkQAAmuMAAOmyAgAirQAAnbgBALWKAgAVjgMAaI4DALuOAwAOjwMAYY8DALSPAwAHkAMA7HkFAECRAACa4wAA6bICANiuCABLSwMAAAAAAAAAAAAAAAAAH8MCAHLDAgDyoAEAAAAAAAAAAAAAAAAAAAAAAB/DAgBywwIA9cgCAADdBABT3QQApt0EAPndBABM3gQAn94EAPLeBAC0jwMAB5ADAFqQAwBX+QUAqvkFAP35BQBQ+gUAo/oFAPb6BQBKEgEAqWYEAPxmBABPZwQAomcEABcHBwB8+AEAaeMBAEoSAQCdEgEA6DMKADs0CgCONAoAShIBAKlmBAD8ZgQAT2cEAKJnBAAirQAAda0AAMitAAAbrgAAbq4AAMjkBADWSgIA1GgNAJuEAACJ3wYAShIBAL2LAAAQjAAAtxgDACKtAAD5mAIAJSgCAEBuBQBPWQYA+6kIAPENAADUHQAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAGPRAgCD6QMA5UINAJKBBADlgQQAOIIEAIuCBADeggQAMYMEAISDBADXgwQAKoQEAH2EBADQhAQAaeMBACWCAQDoCgQALXUBAE06AgBp4wEAvOMBAA/kAQBi5AEA5AkLADcKCwB5MAsAid8GABcHBwDoGAIA/CECAPENAACRogEAvx8MAJLwAACkogQAfF8LAPENAACBYgIAM6IIAIaiCADZoggALKMIAH+jCADSowgAJaQIAHikCADLpAgAHqUIAHkwCwA0cw0AS0sDAGnjAQC+dw0A7yUAAGnjAQDLNQwAGgUOAKdHAAD6RwAAUwAAACz9BwAZ9gUA2nQBAKiUCwAUJAgA7ZAAABcHBwBp4wEAShIBAKlmBAD8ZgQAT2cEAKJnBADF+gYAbCYLAHxfCwDxDQAAgWICAGwmCwB8XwsA8Q0AAIFiAgBp4wEA2K4IAEtLAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALwoBAAPKQQAX4QIALKECAAFhQgAWIUIAKuFCAD+hQgAUYYIAKSGCAD3hggASocIAJ2HCADwhwgAQ4gIAJaICADpiAgAPIkIAI+JCACtkAMAQG4FAJNuBQDmbgUAFwcHAGnjAQC+dw0AFb4IAL53DQCiWQYA9VkGADhtBwCLbQcA3m0HADFuBwCEbgcA124HAGnjAQDLNQwAQG4FAJNuBQDmbgUAFwcHAGnjAQC+dw0AFb4IAOgKBAAaBgIA8Q0AAEK3AwCVtwMAGgYCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAY9ECAIPpAwDW6QMAKeoDAHzqAwDP6gMAIusDAHXrAwDI6wMAG+wDAG7sAwDB7AMAFO0DAGftAwC67QMADe4DAGDuAwCtkAMAQG4FAJNuBQDmbgUAFwcHAGnjAQC+dw0AFb4IAL53DQCiWQYA9VkGADhtBwCLbQcA3m0HADFuBwCEbgcA124HAGnjAQDLNQwAQG4FAJNuBQDmbgUAFwcHAGnjAQC+dw0AFb4IAK2QAwBAbgUAk24FAOZuBQAXBwcAaeMBAL53DQAVvggAvncNAKJZBgD1WQYAOG0HAIttBwDebQcAMW4HAIRuBwDXbgcAaeMBAMs1DABAbgUAk24FAOZuBQAXBwcAaeMBAL53DQAVvggA6BgCANRoDQD8dAIAeIIBAMuCAQBLSwMAGgYCACKtAACduAEAtYoCABWOAwBojgMAu44DAA6PAwB6AgQAwvQMAGYGDgC9iwAAEIwAADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AAANlAQAYJQEALOUBAAGlQQAWZUEAKyVBAD/lQQAUpYEAKWWBAD4lgQALXUBABXvAQBp4wEAyzUMAOh4DAAirQAAnbgBALWKAgAVjgMAaI4DALuOAwAOjwMAYY8DAA7bBABh2wQAtNsEAAfcBABa3AQAvYsAABCMAAC3GAMAcdYBAGnjAQCKXQsARA4AAGw7CAC/OwgAEjwIAGU8CAB4zgIAm4QAAHHWAQDoGAIA/CECAAFHAABizwQAtc8EAO2QAADxDQAAUwAAACz9BwB//QcAmuMAAPwhAgAAAAAAvYsAAO2QAADxDQAAgWICAP7RCQCE/woAmuMAAOmyAgCTpQkA5qUJADmmCQA1+QQAiPkEANv5BAAu+gQAgfoEANT6BAAn+wQAevsEAM37BAAg/AQAc/wEAMb8BAAZ/QQAbP0EAL/9BAAS/gQAZf4EALj+BAAL/wQAXv8EALH/BAAEAAUAVwAFAKoABQD9AAUAUAEFAKMBBQD2AQUASQIFAJwCBQDvAgUAQgMFAJUDBQDoAwUAOwQFAI4EBQCbhAAA7oQAAMRZBwAXWgcAFwcHAGnjAQDLNQwAGgUOAKdHAABKEgEAyOQEABvlBABp4wEAH5kIAHKZCAABRwAAYs8EALXPBADtkAAA8Q0AAGnjAQAocgoAIbgMAH/9BwBp4wEAH5kIAHKZCAAAAAAAvYsAAO2QAADxDQAAgWICAGnjAQAlggEA6AoEALgFBAA4lwEAlVYFAOhWBQDF0QAA2K4IANp0AQAirQAAxFkHAGnjAQComwoAzdEKABcHBwC6dwgA4qwDAHjOAgAirQAA+ZgCAF+uAgCyrgIABa8CAFivAgAirQAAnbgBALWKAgAVjgMAaI4DALuOAwAOjwMAzrANAIT/CgCa4wAA6bICAKkvAAB1rQAAyK0AABuuAABurgAAwa4AAHjOAgAirQAA+ZgCAF+uAgCyrgIABa8CAFivAgAirQAAnbgBALWKAgAVjgMAaI4DALuOAwAOjwMAzrANAIT/CgCa4wAA6bICAO2QAAAXBwcAuncIAOKsAwCpLwAAnbgBALWKAgAVjgMAaI4DALuOAwAOjwMAYY8DALSPAwAHkAMA7HkFAD96BQCSegUA5XoFADh7BQCLewUA3nsFADF8BQA+hgUAkYYFAC/ECgCCxAoA1cQKACjFCgB7xQoAzsUKACHGCgB0xgoAFe8BABKICQBliAkAaeMBAHkwCwAsuAUAH5kIAHKZCADxDQAARA4AABW+CADoGAIAIq0AANfdAwAq3gMAfd4DANDeAwAj3wMAdt8DAMnfAwAc4AMAb+ADAMLgAwAV4QMAaOEDALvhAwB7sQEAzrEBACGyAQB0sgEAx7IBAPDaCABD2wgAltsIAOnbCAA83AgAj9wIAOLcCAA13QgAiN0IANvdCAAu3ggAgd4IANTeCAAn3wgAet8IAM3fCAAg4AgAc+AIAMbgCACduAEAtYoCABWOAwBojgMAu44DAA6PAwBhjwMAtI8DAAeQAwDseQUAP3oFAJJ6BQDlegUAOHsFAIt7BQDeewUAMXwFAMvOAgAezwIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAA2UBABglAQAs5QEAAaVBABZlQQArJUEANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAY9ECAIPpAwDW6QMAKeoDAHzqAwDP6gMAIusDAHXrAwDI6wMAG+wDAG7sAwDB7AMAFO0DAGftAwC67QMADe4DAGDuAwAocgoAw6oJABarCQBpqwkAvKsJAA+sCQBirAkAtawJAAitCQBbrQkArq0JAAGuCQBUrgkAp64JAPquCQBNrwkAoK8JAPOvCQBGsAkAmbAJAOywCQA/sQkAkrEJAJPWAgDm1gIA/JYJADvaCgB9aAgAFb4IAAFHAAD+0QkAyzUMAOh4DADagQsAbCYLAHxfCwDxDQAAk6UJAOalCQAfCAUAcggFAMUIBQAlZgUAil0LANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAMXRAADtkAAAqxcAAAFHAABp4wEAeTALAMXRAADVAwIAAUcAAGnjAQDF0QAA1QMCANMhDQAmIg0AWMoKAKvKCgD+ygoAUcsKAChyCgANHgkA8Q0AAJGiAQBdegEAfPgBACWCAQCwHw4AyzUMAOh4DADagQsArdwEAADdBABT3QQApt0EAPndBABM3gQAn94EABsVCgBuFQoAwRUKAMs1DAAaBQ4Ap0cAAB+ZCABymQgAHwgFAHIIBQDFCAUAJWYFAIpdCwDUHQAAJx4AAHoeAADNHgAAIB8AAJLwAAC3MwsANa0DAK3cBAAA3QQAU90EAKbdBAD53QQATN4EAJ/eBADy3gQAtI8DAAeQAwCdLQkA+5sKAE6cCgB8+AEAgucFANXnBQAo6AUAe+gFAKsXAABp4wEAil0LAFs+DQCuPg0AJSgCANp0AQC4BQQAdxEHAE9ZBgAVvggAAUcAAP7RCQCE/woAmuMAAOmyAgDfig0AQG4FAJNuBQDmbgUAOW8FAIxvBQDfbwUAmV0JAK3cBAAA3QQAU90EAKbdBAD53QQATN4EAJ/eBADy3gQARd8EAJjfBADr3wQAPuAEAJHgBACKXQsA1B0AACceAAB6HgAAzR4AAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAk9YCAObWAgD8lgkAT5cJAKKXCQD1lwkASJgJAJuYCQC84wEAFCQIAGckCAC6JAgAvncNAOgYAgBp4wEAjyELAOIhCwDoGAIA/CECAPBeAgABRwAAoxYCAOgYAgBLSwMAaeMBAPKgAQC9iwAAEIwAALcYAwBx1gEAY9ECAIPpAwDW6QMAKeoDAHzqAwDP6gMAIusDAHXrAwDI6wMAG+wDAG7sAwDB7AMAFO0DAGftAwC67QMADe4DAGDuAwBSeggAEZsIAE+eCACinggA9Z4IAEifCACtkAMAQG4FAJNuBQDmbgUAFwcHAGnjAQC+dw0AFb4IAL53DQCiWQYA9VkGADhtBwCLbQcA3m0HADFuBwCEbgcA124HAGnjAQDLNQwAQG4FAJNuBQDmbgUAFwcHAGnjAQC+dw0AFb4IAAFHAABAbgUAk24FAOZuBQA5bwUAjG8FAN9vBQAycAUAhXAFANhwBQArcQUAzMEOAB/CDgDW6QMAKeoDAHzqAwDP6gMAIusDAHXrAwDI6wMAG+wDAG7sAwCtkAMAQG4FAJNuBQDmbgUAOW8FAIxvBQDZ5woA1B0AAFBNBgCwHw4AGfYFAAFHAABAbgUAT1kGAPupCAABRwAAQG4FAJNuBQDmbgUAOW8FAIxvBQDfbwUAMnAFAIVwBQDYcAUAK3EFAO2QAABAkQAAmuMAAOmyAgC77wEAQG4FAJNuBQDmbgUAOW8FAIxvBQDfbwUAMnAFAIF2CwDUdgsAJ3cLAHp3CwDNdwsAIHgLAHN4CwBEDgAAbDsIAL87CAASPAgAZTwIAKMWAgCiWQYA9VkGAEhaBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAHjOAgDzCQkAQJEAAJrjAADpsgIAqxcAAP4XAABoxQcAu8UHAA7GBwBhxgcAtMYHAAfHBwA7GQIAyZMCAByUAgDadAEA/HQCAJuEAAB8+AEAJYIBAGnjAQDLNQwAQG4FAJNuBQDmbgUAOW8FAIxvBQDfbwUAmV0JAFlkCwAirQAAIq0AAKDLBQDzywUARswFAJnMBQAfCAUAaeMBAHkwCwDvJQAAAUcAAP7RCQCE/woAil0LANQdAABQTQYAsB8OABn2BQABRwAAQG4FAE9ZBgD7qQgAaeMBANUeCgAegg0AcYINAMSCDQCK7wIA55kJADqaCQCNmgkA4JoJADObCQCGmwkAob8FAPS/BQBHwAUAmsAFAO3ABQBAwQUAk8EFAObBBQA5wgUAjMIFAJHZBQDk2QUAN9oFAIraBQDd2gUAMNsFAL2LAADoGAIA6BgCAPwhAgCrFwAAAUcAAGnjAQDLNQwA6HgMAKJZBgANHgkAJYIBAHiCAQDLggEAS0sDAHjOAgAAAAAAaeMBAMs1DAC3HwIACiACAF0gAgA/9gsAil0LAN1dCwDadAEAlVYFAJuEAAB8+AEAJYIBALAfDgCKXQsA1B0AACceAAB6HgAAzR4AACAfAAA1nwUAaeMBALzjAQDoLAsAOy0LAI4tCwDLNQwAQG4FAJNuBQDmbgUAOW8FAIxvBQDfbwUAeM4CAJPWAgDm1gIA/JYJAHkwCwDJkwIAHJQCANp0AQD8dAIAm4QAAHz4AQAlggEAsB8OAIpdCwDUHQAAJx4AAHoeAADNHgAAIB8AAEoSAQAAAAAAUwAAACKtAACduAEAtYoCABWOAwBojgMAu44DAA6PAwBhjwMAtI8DAAeQAwDseQUAQJEAAJrjAADpsgIA6BgCAH1oCABRvQwAoDoCAECRAADukQoAQZIKAOgYAgD8IQIA4vgEADX5BACI+QQAm4QAAHz4AQAlggEAsB8OAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAEIwAAKsXAABLSwMAeM4CAAFHAAAirQAAUwAAACKtAACduAEAtYoCABWOAwBojgMAu44DAA6PAwBhjwMAtI8DAAeQAwDvJQAAs6kBAAaqAQBZqgEAIq0AAJ24AQC1igIAFY4DAOgYAgD8IQIATyICAC0aDgDxDQAA1B0AAOasCAA5rQgAjK0IAN+tCAAyrggAha4IAD96BQCSegUA5XoFADh7BQCLewUA3nsFADF8BQCK7wIARA4AAGw7CAC/OwgAEjwIAGU8CABp4wEA1R4KAB6CDQBxgg0AxIINAMzBDgAfwg4AcsIOAMXCDgAYww4Aa8MOAL7DDgARxA4AZMQOALfEDgAKxQ4AXcUOAAWoAwBYqAMAq6gDAP6oAwBRqQMApKkDAPepAwBKqgMAbCYLAHxfCwDxDQAAfPgBAILnBQDV5wUAKOgFAHvoBQDO6AUA2ecKACdxAADJkwIAHJQCANp0AQD8dAIAm4QAAHz4AQAlggEAm4QAAO8lAABNOgIAcQ0GAHuxAQDxDQAAqS8AAJ24AQC1igIAFY4DAGiOAwC7jgMADo8DAGGPAwC0jwMAB5ADAOx5BQBAkQAAmuMAAOmyAgD0jgwAXNkBAN+EAgAyhQIAhYUCANiFAgB9aAgA7yUAAOgYAgD8IQIAAUcAAGLPBAC1zwQA7ZAAAPENAADUHQAArUsBAABMAQBTTAEA/2QLAFJlCwClZQsAaeMBAEoSAQDI5AQAS0sDAGnjAQBYygoAq8oKAP7KCgBRywoAfPgBAMqNDQB5MAsAyZMCAByUAgDadAEA/HQCAJuEAAB8+AEAJYIBAK3cBAAA3QQAL8QKAILECgDVxAoAKMUKAHvFCgDOxQoAIcYKAHTGCgDHxgoAGscKANUeCgDxDQAAgWICANRiAgB8+AEAJYIBAOgKBADirAMAYPwBAFT6CgDLNQwA6HgMANqBCwComwoAUwAAAO6EAACduAEAtYoCABWOAwBojgMAu44DAA6PAwBhjwMAtI8DAAeQAwDseQUAQJEAAJrjAADpsgIAy84CAB7PAgA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAAfPgBAE9ZBgBPWQYAAUcAAPENAACBYgIAYs8EABA/CwBhnA0AaeMBALzjAQDoGAIAfWgIAEoSAQBp4wEA8qABAJLwAAB4zgIAY9ECAHWtAADIrQAAG64AAG6uAADBrgAAFK8AAGwmCwC/JgsAEicLAGUnCwAfmQgA7pEKAEGSCgBp4wEAvncNABW+CAABRwAAaeMBAL53DQDvJQAAaeMBAHkwCwDJkwIAHJQCANp0AQD8dAIAm4QAAHz4AQAlggEAsB8OAHz4AQCC5wUA1ecFACjoBQB76AUAzugFANnnCgBp4wEAyzUMAOh4DADagQsAyzUMAJuEAAAfoAcATToCAGnjAQDLNQwANHMNAEtLAwBp4wEAvncNAO8lAABp4wEAyzUMABoFDgCnRwAA+kcAAE1IAADtkAAAFwcHAGnjAQB8+AEAgucFANXnBQAo6AUAe+gFAM7oBQAlggEAm4QAACKmAQCBYgIAQG4FACKtAADxDQAA1B0AAJuEAADWSgIAIq0AAMRZBwDUDwIA+9kNAE7aDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAA1A8CAHfgDQDK4A0AtYoCABWOAwBojgMAu44DAA6PAwBhjwMAtI8DAAeQAwDseQUAQJEAAJrjAADpsgIAAAAAAFMAAAAs/QcA/HoNAPENAADUHQAAm4QAANZKAgAirQAAxFkHAFMAAACyCAIA1A8CAPvZDQBO2g0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AANQPAgB34A0AyuANALWKAgAVjgMAaI4DALuOAwAOjwMAYY8DALSPAwAHkAMA7HkFAECRAACa4wAA6bICAHjOAgABRwAAYs8EABA/CwCRSAIA8Q0AAFMAAAANHgkA6BgCAAFHAAB4zgIAAUcAAGLPBAAQPwsAkUgCAPENAABTAAAADR4JAOgYAgABRwAAeM4CAPMJCQBAkQAAmuMAAOmyAgAlggEA6AoEAMmTAgDadAEALXUBABXvAQAirQAAnbgBALWKAgAVjgMAaI4DALuOAwAOjwMAYY8DALSPAwAHkAMApmcJANQdAAAnHgAAmuMAAOmyAgAaBgIAbQYCAGLPBAAQPwsAkUgCAPENAABTAAAADR4JAOgYAgABRwAA1A8CAHfgDQDK4A0AtYoCABWOAwBojgMAu44DAA6PAwBhjwMAtI8DAAeQAwDseQUAQJEAAJrjAADpsgIAzMEOAB/CDgDW6QMAKeoDAHzqAwDP6gMAIusDAHXrAwDI6wMAG+wDAG7sAwDVHgoAHoINAHGCDQDEgg0A4rMCAPmYAgDSJg4AJScOAHgnDgDLJw4AHigOAHEoDgDEKA4AFykOACGWBQB0lgUAx5YFABqXBQBtlwUAwJcFABOYBQB4zgIAY9ECAIPpAwDW6QMAKeoDAHzqAwDP6gMAIusDAHXrAwDI6wMAG+wDAG7sAwCtkAMAQG4FAJNuBQDmbgUAOW8FAIxvBQDfbwUAmV0JAK3cBAD5mAIA0iYOACUnDgB4Jw4AyycOAB4oDgBxKA4AxCgOABcpDgBj0QIAg+kDANbpAwAp6gMAfOoDAM/qAwAi6wMAAUcAAEBuBQCTbgUA5m4FADlvBQCMbwUA328FADJwBQCFcAUA2HAFACtxBQCT1gIA7ZAAAMXRAAAirQAAnbgBALWKAgAVjgMAaI4DALuOAwAOjwMAYY8DALSPAwAHkAMA7HkFAECRAACa4wAA6bICAPupCAD+FwAAuNsJAAvcCQCbhAAAyZMCAByUAgDadAEA/HQCAJuEAAB8+AEAJYIBALAfDgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAncQAAyZMCAByUAgDadAEA/HQCAJuEAAB8+AEAJYIBALAfDgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAJPWAgDm1gIA/JYJAHkwCwAfoAcA6AoEAMmTAgBP8QgAWMoKAKvKCgC42wkAC9wJAPENAABp4wEAvOMBAOgsCwA7LQsAji0LAOEtCwComwoA+5sKAE6cCgBLSwMAnksDAPFLAwDoGAIAaeMBAK3cBAB1rQAAvYsAAPENAACBYgIA/tEJAGnjAQBYygoAq8oKALjbCQAL3AkAeTALAMmTAgAclAIA2nQBAPx0AgCbhAAAfPgBACWCAQC+dw0AIq0AACKtAACgywUA88sFAEbMBQCZzAUAHwgFAGnjAQDF0QAA2K4IANp0AQD8dAIAsB8OANUeCgDxDQAAgWICANRiAgB8+AEAJYIBAOgKBADirAMAYPwBANp0AQAtdQEAFe8BAGnjAQB5MAsALLgFAK3cBAAA3QQAU90EAKbdBAD53QQATN4EAJ/eBADy3gQAtI8DAAeQAwBakAMArZADAACRAwBTkQMAppEDAEK3AwCVtwMAxfoGABj7BgBr+wYAvvsGABH8BgBk/AYAyzUMACKtAABTAAAAAAAAANp0AQBTAAAAaeMBAK3cBAAA3QQAU90EAKbdBAD53QQATN4EAJ/eBADy3gQAtI8DAAeQAwBakAMArZADAACRAwBTkQMAyzUMABoFDgCnRwAAbCYLAHxfCwDxDQAAgWICAMs1DABAbgUAk24FAOZuBQA5bwUAjG8FAN9vBQCZXQkA7F0JAD9eCQAI5QEA2nQBAOgYAgD8IQIAvncNAKJZBgD1WQYASFoGAGnjAQDLNQwAIq0AAFMAAABp4wEArdwEAADdBABT3QQApt0EAPndBABM3gQAn94EAPLeBAC0jwMAB5ADAFqQAwDF0QAA2nQBAJVWBQBURwAAaeMBAGwmCwB8XwsA8Q0AAIFiAgBp4wEAFwcHAGoHBwBhnA0AAUcAAEBuBQDJkwIAT/EIAIpdCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABbhAMAroQDAAGFAwC9iwAAEIwAADf9AADJkwIAHJQCANp0AQD8dAIAm4QAAHz4AQAlggEAsB8OAL53DQDoGAIAaeMBAI8hCwCEFAgA7ZAAAPENAABp4wEAWMoKAKvKCgD+ygoAUcsKABT7AQD+aQwAUWoMAOKsAwAXBwcA8Q0AAGnjAQCKXQsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAW4QDAK6EAwABhQMAvYsAABCMAAA3/QAAyZMCAByUAgDadAEA/HQCAJuEAAB8+AEAJYIBALAfDgC+dw0A6BgCAGnjAQCPIQsAhBQIAO2QAADxDQAAaeMBAFjKCgCrygoA/soKAFHLCgAU+wEA/mkMAFFqDADirAMAaeMBAIpdCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABbhAMAroQDAAGFAwC9iwAAEIwAADf9AADJkwIAHJQCANp0AQD8dAIAm4QAAHz4AQAlggEAsB8OAL53DQDoGAIAaeMBAI8hCwCEFAgA7ZAAAPENAABp4wEAWMoKAKvKCgD+ygoAUcsKABT7AQD+aQwAUWoMAOKsAwAAAAAAm4QAAB+gBwByoAcA6AoEAHjOAgDoGAIA1GgNAC11AQAV7wEAEogJAECRAACa4wAA6bICAJPWAgDm1gIA/JYJAE+XCQDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAAB5MAsAyZMCAByUAgDadAEA/HQCAJuEAAB8+AEAJYIBAO2QAABKEgEAIq0AAPmYAgDuhAAAxFkHABdaBwDxDQAA1B0AACceAAB6HgAAzR4AACAfAAD8IQIAQJEAAJrjAADpsgIAe7EBAPENAAB4zgIAiu8CAOeZCQA6mgkAjZoJAOCaCQAzmwkAhpsJAD/2CwBj0QIAg+kDANbpAwAp6gMAfOoDAM/qAwAi6wMAGxUKAG4VCgBAbgUAk24FAOZuBQA5bwUAjG8FAN9vBQCZXQkAyzUMAOh4DAAXBwcAIGoNAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBO1AIAGgUOAKdHAADwVwMAQ1gDAJZYAwDpWAMAPFkDAI9ZAwDiWQMANVoDAHkwCwDJkwIAHJQCANp0AQD8dAIAm4QAAHz4AQAlggEAsB8OAK3cBAAA3QQAU90EAKbdBAD53QQATN4EAJ/eBADy3gQAtI8DAAeQAwBakAMAeTALACUoAgA7JgwAGgUOANp0AQDirAMANa0DAEoSAQCdEgEAShIBAHcRBwCrFwAAhA0JANcNCQAqDgkA5AkLADcKCwBKEgEAyOQEANZKAgBNOgIAoDoCABcHBwBp4wEAjyELACBqDQCbhAAAvyYLABInCwBlJwsAuCcLAAsoCwBeKAsAsSgLAIbgCwA0cw0AFwcHAGnjAQComwoAzdEKACDSCgA0LgsA4iELAOKsAwAncQAAfPgBACWCAQCwHw4AFwcHAGnjAQC9iwAAEIwAAAFHAABAbgUA/HQCAGnjAQDLNQwAQG4FAJNuBQDmbgUAFwcHAGnjAQAfmQgAcpkIAAFHAABizwQAJYIBAOgKBAA7CwQAtXwEACKtAADUDwIAd+ANAMrgDQC1igIAFY4DAGiOAwC7jgMADo8DAGGPAwC0jwMAB5ADAOx5BQBAkQAAmuMAAOmyAgDr8w0A1B0AACceAAB6HgAAzR4AACAfAAAXBwcAIGoNAJuEAACJ3wYAeM4CAIQUCADF0QAAqxcAAHjOAgDYrggAfF8LAPENAACBYgIAJYIBAHiCAQCw6AkAA+kJAFbpCQCp6QkALP0HAH/9BwCa4wAA6bICAJgICwCiWQYA9VkGAEhaBgBp4wEAvYsAABCMAAC3GAMAcdYBAGnjAQCKXQsARA4AAGw7CAC/OwgAEjwIAIpdCwBbPg0Arj4NACUoAgC9iwAA8Q0AAGnjAQDYrggAVPoKABn2BQBNOgIAoDoCABcHBwCEFAgAolkGAPVZBgA4bQcAi20HAN5tBwAxbgcAhG4HANduBwAqbwcAfW8HANBvBwAjcAcAdnAHAMlwBwAccQcAb3EHAMJxBwAVcgcAaHIHALtyBwAOcwcAYXMHALRzBwCXgwcA6oMHAD2EBwCQhAcAFwcHAGnjAQC+dw0AFb4IAAFHAABp4wEAxdEAANUDAgDadAEAlVYFAEBuBQAtdQEAFe8BAGnjAQC84wEA6CwLAOgYAgBp4wEAvncNAKJZBgD1WQYAOG0HAIttBwDebQcAMW4HAIRuBwB//QcAOxkCACUoAgBAbgUAT1kGAPupCAABRwAAQG4FAJNuBQDmbgUAOW8FAIxvBQDfbwUAMnAFAIF2CwDUdgsAJ3cLAHp3CwDNdwsAIHgLAHN4CwB+2QIAvYsAAAFHAACbhAAAJSgCAP7RCQC+dw0AolkGAPVZBgA4bQcAi20HAN5tBwAxbgcAhG4HANduBwBp4wEAyzUMAEBuBQCTbgUA5m4FABcHBwBp4wEAvncNABW+CAABRwAAewQCAL2LAAAQjAAAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAEoSAQCdEgEA6DMKALp3CAAe4wsAS0sDAGnjAQCt3AQAAN0EAC/ECgAQjAAAAUcAAP7RCQBO1AIAQG4FAJNuBQDmbgUAOW8FAIxvBQDfbwUAmV0JAMXRAADVAwIA2nQBAJVWBQBAbgUALXUBABXvAQBp4wEAvOMBAOgsCwDoGAIAaeMBAMmTAgAclAIAb5QCAMKUAgDYrggAfF8LAPENAACBYgIA1GICAMmTAgAclAIA2nQBAPx0AgCbhAAAfPgBACWCAQAirQAAAAAAACWCAQB4zgIAk9YCAObWAgD8lgkAbCYLAHxfCwDxDQAAgWICAPENAABp4wEAeTALAMmTAgAclAIA2nQBAPx0AgCbhAAAfPgBACWCAQCwHw4AqJsKAPubCgBOnAoAoKgKAPOoCgBGqQoAKHIKAA0eCQBgHgkAy84CAB7PAgA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAADZQEAOgYAgD8IQIA4vgEACUoAgD+0QkAil0LANQdAADxDQAAkaIBAF16AQBPWQYAJYIBACWCAQBp4wEAbCYLAHxfCwDxDQAAgWICAJLwAAC3MwsAvCgEAMs1DABizwQAtc8EAO2QAAAXBwcAaeMBALzjAQDoLAsA6BgCAGnjAQAAAAAAvYsAAO2QAABAkQAAS0sDAGnjAQC84wEAD+QBAGLkAQC15AEAqxcAAP4XAAC42wkAC9wJAPENAADvJQAAs6kBAAaqAQBZqgEAIGoNAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBj0QIAg+kDAC/ECgCCxAoA1cQKACjFCgB7xQoAzsUKACHGCgB0xgoAH5kIAHKZCADi+AQANfkEAIj5BABp4wEAeTALADRzDQBLSwMAaeMBAK3cBAAA3QQAU90EAHsKDQDOCg0A7oQAAIJ/CABp4wEAKHIKAA0eCQDadAEALXUBACUoAgDxDQAAeM4CAJPWAgDm1gIA/JYJAE+XCQDUHQAAJx4AAHoeAADNHgAAIB8AADWfBQBp4wEAeTALAMmTAgAclAIA2nQBAPx0AgCbhAAAfPgBACWCAQCwHw4AvOMBAOgsCwDoGAIAaeMBAK3cBAAA3QQAU90EAKbdBAD53QQATN4EAJ/eBADy3gQAtI8DAPENAADUHQAAJx4AAHoeAADNHgAAIB8AADWfBQCInwUAJx4AAJrjAADpsgIA1B0AACceAACa4wAA6bICAMzBDgAfwg4A1ukDACnqAwB86gMAz+oDACLrAwB16wMAyOsDABvsAwAaBgIA6BgCAPwhAgBPIgIALRoOAPENAADUHQAALYILAOAlAgC8uQcAD7oHAGnjAQCKXQsA1B0AACceAAB6HgAAzR4AACKtAABNOgIA2K4IAHxfCwAVvggA8Q0AANQdAAAaBgIAFwcHAOgYAgDUaA0AyZMCAE/xCACi8QgA1A8CAPvZDQBAkQAAmuMAAOmyAgDUDwIAqxcAAO2QAAABRwAAxdEAAE9ZBgDoGAIATToCAKA6AgBAkQAAmuMAAOmyAgDMwQ4AH8IOALaEDQAJhQ0AXIUNAAAAAAAAAAAA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQB4zgIAY9ECAIPpAwDW6QMAKeoDAHzqAwDP6gMAIusDAHXrAwDI6wMAG+wDAG7sAwDB7AMAFO0DAGftAwC67QMADe4DAGDuAwDLNQwAGgUOAKdHAADVHgoAKB8KABcHBwBTAAAADR4JANp0AQAtdQEADzADAGnjAQC9iwAA6BgCACWCAQB4zgIAFAkAANiuCAArrwgAfq8IAK3cBAAA3QQAU90EAKbdBAD53QQATN4EAJ/eBAAbFQoAbhUKAMEVCgDLNQwAGgUOAKdHAAA7ZQMAhBQIANcUCAAqFQgAfRUIANAVCAACVggAjyELAGoHBwDtkAAAShIBAJ0SAQA7ZQMAhBQIANcUCAAqFQgAfRUIANAVCAACVggAjyELAGoHBwDtkAAAShIBAJ0SAQDwEgEAaeMBAB+ZCADukQoAQZIKAKsXAAC3GAMALXUBABXvAQDtkAAAQJEAAEoSAQA4lwEA4qwDAJGiAQBdegEAT1kGAPupCABp4wEAjyELACBqDQCrFwAAtxgDAO2QAAAXBwcAaeMBAMXRAADYrggA2nQBAPx0AgCwHw4AyzUMAGLPBABLSwMA2nQBAC11AQAV7wEAaeMBAMs1DADoeAwA2oELAK3cBAAA3QQAU90EAKbdBAD53QQATN4EAJ/eBAAbFQoAbhUKAMEVCgDLNQwAGgUOAKdHAAA7ZQMAhBQIANcUCAAqFQgAfRUIANAVCAACVggAjyELAGoHBwDtkAAAShIBAJ0SAQCPIQsAkUcOAORHDgA3SA4AikgOAN1IDgAwSQ4ArdwEAADdBABT3QQApt0EAPndBABM3gQAn94EAPDhBwBPWQYAIq0AAE06AgCgOgIAQJEAAPwhAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEADuIDAAQpCwBXKQsAqikLABadCwDYrggA2nQBAPx0AgCwHw4AvOMBAEImAAABRwAAIq0AAMRZBwDadAEALXUBABXvAQBp4wEAil0LANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAHkwCwBhnA0A2nQBAGnjAQDJkwIAT/EIAKLxCADZ5woAXXoBAE9ZBgDadAEA/HQCALAfDgCrFwAA/hcAAHc7AQDvJQAA6CwLADstCwCOLQsA4S0LAAeXAgBAkQAAmuMAAOmyAgDyoAEAKccIAHzHCADPxwgAIsgIAHXICADIyAgAAAAAAB/DAgBywwIAWMoKAKvKCgBRGAAAFdMFAGjTBQDT4wkAJuQJAHnkCQC84wEAFCQIAGckCAC6JAgAvncNAOgYAgBp4wEAjyELAOIhCwDoGAIA/CECAPBeAgABRwAAoxYCAOgYAgDVHgoAKB8KAHsfCgDOHwoAISAKAAAAAADJkwIAHJQCANZKAgAAAAAA6BgCAO6RCgBBkgoAAAAAABcHBwCEFAgA1xQIACoVCAB9FQgA0BUIAJxACADvQAgAQkEIAJVBCAAirQAATToCAKA6AgABRwAAqxcAAP4XAAB3OwEA7yUAAOgsCwA7LQsAji0LAOEtCwAHlwIAQJEAAJrjAADpsgIA1A8CAOvzDQBEDgAAbDsIAKTLCgAUJAgAd5QMAJI8AgBp4wEAeTALACy4BQDJkwIAHJQCAG+UAgDoCgQAFwcHAGnjAQCPIQsAhBQIANcUCAAqFQgAfRUIANAVCAACVggA1R4KACgfCgDJkwIA2nQBAOgYAgB9aAgA+6kIAEoSAQB3EQcAqxcAAMXRAABPWQYA6BgCAE06AgAI+QoALXUBABXvAQBp4wEArdwEAADdBABT3QQAewoNAM4KDQAhCw0AdAsNAMcLDQAaDA0AaeMBAB+ZCADukQoAQZIKAJSSCgDnkgoAOpMKAI2TCgCKXQsAWz4NAGLPBAAQPwsAJSgCAP7RCQAV7wEAaeMBAKibCgDN0QoAINIKANUeCgDadAEAlVYFAFRHAACnRwAA8FcDAGnjAQBYygoAq8oKAP7KCgBRywoAH5kIAO6RCgBBkgoAqxcAALcYAwAtdQEAFe8BAGnjAQC+dw0A6BgCAGnjAQBKEgEAOJcBAOKsAwCpLwAAnbgBALWKAgDvJQAAFCQIABXvAQC9iwAA6BgCAPwhAgDoGAIA/CECAOL4BAAlKAIA/tEJAI8hCwCEFAgA1xQIACoVCAB9FQgA0BUIAAJWCAAocgoACD8BAFs/AQDJkwIA2nQBABcHBwAgag0AT1kGAE9ZBgABRwAAJYIBALAfDgDxDQAAkaIBAGnjAQCPIQsAhBQIANcUCAAqFQgAfRUIANAVCAACVggAWMoKAKvKCgD+ygoAUcsKAKTLCgD3ywoASswKAJ3MCgCPIQsAhBQIANcUCAAqFQgAfRUIANAVCAACVggA1R4KACgfCgAXBwcAUwAAAA0eCQDadAEALXUBABn2BQBs9gUAv/YFABL3BQBl9wUAuPcFAAv4BQBe+AUAsfgFAAT5BQDadAEAm4QAAB+gBwBp4wEAyzUMACKtAABTAAAAeM4CAGnjAQDC9AwAZgYOAK3cBAAA3QQAU90EAKbdBAD53QQATN4EAJ/eBACS8AAAAAAAALwoBABebQ0A6CwLAOgYAgABRwAAQG4FAMmTAgBP8QgAUE0GAEtLAwBp4wEAH5kIAHKZCADFmQgAGJoIAGuaCAC+mggAaeMBAKibCgBj0QIAg+kDANbpAwAp6gMAfOoDAM/qAwAi6wMAdesDAMjrAwAb7AMAbuwDAMHsAwAU7QMAZ+0DALrtAwAN7gMAYO4DAA7iAwAZ9gUAbPYFAL/2BQAS9wUAZfcFALj3BQAL+AUAXvgFALH4BQAE+QUAk9YCAObWAgDGmwYAwvQMAO2QAACtSwEAb1ULAOKsAwCBYgIAQG4FAC11AQAV7wEAaeMBAI8hCwCEFAgAShIBAMjkBADadAEA8OEHAEPiBwCW4gcA6eIHADzjBwCP4wcA4uMHADXkBwCI5AcA2+QHAC7lBwCB5QcA1OUHACfmBwB65gcAzeYHACDnBwBz5wcA6BgCAPwhAgBPIgIALRoOAPENAADUHQAA8qABAAFHAAAirQAAUwAAAHjOAgAAAAAAJYIBAPENAAB4zgIAAAAAAL2LAAAQjAAAtxgDAHHWAQB4zgIAAAAAAHz4AQAlggEAsB8OAMs1DADoeAwA2oELAK3cBAAA3QQAU90EAKbdBAD53QQATN4EAJ/eBAAbFQoAbhUKAMEVCgDLNQwAIq0AAFMAAAB4zgIAAAAAACWCAQDxDQAAeM4CAAAAAACKXQsAkaIBAOSiAQB4zgIAAAAAAKsXAACrFwAA7ZAAABn2BQABRwAAQG4FAE9ZBgD7qQgAaeMBAB+ZCABymQgAxZkIABiaCABrmggAvpoIAAAAAAABRwAAAUcAAFMAAAAirQAAnbgBALWKAgAVjgMAaI4DALuOAwAOjwMAYY8DALSPAwAHkAMAFogOAA0eCQBgHgkAsx4JAJLwAACkogQAfF8LAPENAACBYgIAvx8MAB+ZCABymQgA4vgEADX5BACI+QQAaeMBAI8hCwBqBwcABMENAFfBDQB8+AEAm4QAACKmAQDUHQAAil0LANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAHkwCwAlKAIAvYsAACWCAQAXBwcAaeMBAFjKCgCrygoA/soKAFHLCgCt3AQAAN0EAFPdBACm3QQA+d0EAEzeBACf3gQAGxUKAG4VCgDBFQoA6BgCAPwhAgBPIgIALRoOAPENAADUHQAAIGoNAECRAACa4wAA6bICAO2QAABAkQAAmuMAAGkFCQC8BQkAURgAAAAAAAAAAAAAAAAAAB/DAgBywwIA9cgCAADdBABT3QQApt0EAPndBABM3gQAn94EAPLeBAC0jwMAB5ADAFqQAwBX+QUAqvkFAP35BQBQ+gUAo/oFAPb6BQAAAAAAAAAAAB/DAgBywwIA9cgCAADdBABT3QQApt0EAPndBABM3gQAn94EAPLeBAC0jwMAB5ADAFqQAwBX+QUAqvkFAP35BQBQ+gUAo/oFAPb6BQDF0QAA2nQBAC11AQDtkAAAQJEAAJrjAADpsgIAAAAAAAAAAAAAAAAAAAAAAAAAAACrFwAA7ZAAAAFHAADUDwIAd+ANAMrgDQC1igIAFY4DAGiOAwC7jgMADo8DAM6wDQAhsQ0AdLENAMexDQAasg0AbbINAMCyDQATsw0AY9ECAIPpAwDW6QMAKeoDAHzqAwDP6gMAIusDAHXrAwDI6wMAG+wDAG7sAwDB7AMAFO0DAGftAwC67QMADe4DAGDuAwBPWQYA8Q0AAGnjAQDVHgoAHoINAHGCDQDEgg0AAAAAAAAAAAAAAAAA/tEJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAAAAAAAAAAAAAAAAArUsBAG9VCwBPWQYA+6kIAGnjAQAfmQgAcpkIAMWZCAAYmggAa5oIAAAAAADtkAAAQJEAAHz4AQDadAEALXUBAJI8AgCRRw4AEIwAABXvAQDxDQAAJ3EAAIjCAADvJQAAfPgBAJuEAACIwgAAaeMBAHkwCwB8+AEAFe8BABKICQBQTQYAsB8OANiuCACrFwAA7ZAAAK1LAQBvVQsAAAAAAKsXAABp4wEAH5kIAHKZCADYrggAvYsAAPENAAAncQAAid8GAPENAACRogEAXXoBAE9ZBgD7qQgA7ZAAAB+ZCADUaA0AqJQLABQkCAC9iwAAAUcAAJuEAAAlKAIAAAAAAE9ZBgBp4wEAH5kIAHKZCADwXgIAQ18CAPENAAAncQAAid8GAKsXAAD+FwAAeM4CAPMJCQBGCgkAmQoJAOwKCQA/CwkAkgsJAOULCQA4DAkAiwwJAN4MCQAxDQkA7ZAAABn2BQBs9gUAv/YFABL3BQBl9wUAuPcFAAv4BQBe+AUAsfgFAAT5BQC84wEAD+QBAGLkAQC15AEArKoBAGPRAgCD6QMA1ukDACnqAwB86gMAz+oDACLrAwB16wMAyOsDABvsAwBu7AMAwewDABTtAwBn7QMAuu0DAA3uAwBg7gMAk9YCAObWAgD8lgkAT5cJAKKXCQD1lwkASJgJAJuYCQC84wEAFCQIAGckCAC6JAgAvncNAOgYAgBp4wEAjyELAOIhCwDoGAIA/CECAPBeAgABRwAAoxYCAOgYAgDgJQIAH6AHALAfDgBAkQAAmuMAAOmyAgBPWQYAT1kGACWCAQBp4wEAyzUMAEBuBQCTbgUA5m4FABcHBwBp4wEAvncNABW+CAABRwAAaeMBAMXRAADYrggA2nQBAPx0AgCwHw4AxdEAANUDAgDadAEAlVYFAEBuBQAtdQEAFe8BAGnjAQC84wEA6CwLAOgYAgBp4wEAeTALADRzDQCHcw0AvncNAKJZBgD1WQYASFoGAGnjAQCt3AQAAN0EAFPdBACm3QQA+d0EAEzeBACf3gQA8t4EALSPAwComwoAzdEKACDSCgBYygoAq8oKAP7KCgBRywoAeTALAMmTAgAclAIA2nQBAPx0AgCbhAAAfPgBACWCAQCwHw4AewQCAM4EAgAfmQgAcpkIAAAAAAC9iwAA7ZAAAPENAACBYgIAaeMBAMs1DABAbgUAk24FAOZuBQAXBwcAaeMBAL53DQAVvggAAUcAAGnjAQB5MAsA7yUAAAFHAAD+0QkAhP8KAKsXAADtkAAArUsBAHjOAgBO1AIAQG4FAJNuBQDmbgUAOW8FAIxvBQDfbwUAmV0JAHkwCwDYkgwAAAAAAL2LAADadAEA6BgCANRoDQAtdQEAFe8BAGnjAQB5MAsALLgFAK3cBAAA3QQAU90EAKbdBAD53QQATN4EAJ/eBADy3gQAtI8DALAfDgBAkQAAmuMAAOmyAgDfig0AQG4FAJNuBQDmbgUAOW8FAIxvBQDfbwUAvUwJABBNCQBjTQkAtk0JAAlOCQBcTgkAr04JAAJPCQBVTwkAqE8JAPtPCQCS8AAAxdEAANUDAgDadAEAlVYFAGHwAQDoGAIA/CECAOL4BAAlKAIA/tEJANiSDAAAAAAAvYsAANp0AQDoGAIA/CECAHuxAQAXBwcAfPgBACKtAABp4wEArdwEAADdBABT3QQApt0EAPndBABM3gQAn94EAPLeBAC0jwMAvncNAHz4AQABRwAAm4QAANp0AQAtdQEAaeMBAHuxAQAXBwcAfPgBACKtAABp4wEArdwEAADdBABT3QQApt0EAPndBABM3gQAn94EAPLeBAC0jwMAaeMBANUeCgD+aQwAAEwBAFNMAQD/ZAsAUmULAKVlCwD4ZQsAS2YLAMXRAADYrggAVPoKAKsXAABp4wEAyzUMAGLPBABLSwMA2nQBAC11AQAV7wEAaeMBAMs1DADoeAwA2oELAK3cBAAA3QQAU90EAKbdBAD53QQATN4EAPENAABp4wEArdwEAADdBAAvxAoAgsQKANXECgAoxQoAe8UKAM7FCgAhxgoAdMYKAMfGCgAaxwoAeTALANiSDAAAAAAAvYsAANp0AQDoGAIA/CECAB8IBQBp4wEAvOMBAOgYAgB9aAgAShIBAGnjAQDLNQwAGgUOAKdHAAC9iwAAEIwAALSWAgAHlwIAQJEAACWCAQBLSwMA2nQBAC11AQAV7wEAaeMBAI8hCwBqBwcABMENAFfBDQB8+AEAm4QAACKmAQDUHQAAeTALANiSDAAAAAAAvYsAANp0AQDoGAIA/CECAHkwCwAsuAUAH5kIAHKZCADxDQAARA4AABW+CADoGAIAIq0AAO2QAAC84wEA6BgCAH1oCABKEgEAaeMBAKibCgCVVgUA8Q0AAGnjAQAocgoACD8BANRoDQC4BQQAyOQEANZKAgBLSwMAaeMBALzjAQAP5AEA7oQAAIJ/CACjFgIA6BgCAEtLAwBp4wEAvncNAOgYAgBp4wEAil0LAEQOAAAVvggA6BgCACKtAADtkAAAAUcAAJuEAACJ3wYAFwcHAOgYAgDUaA0ALXUBAO8lAADoLAsAaeMBANUeCgAoHwoAex8KAHc7AQDvJQAA6CwLADstCwCOLQsA4S0LAJuEAADadAEAGgYCAJuEAADOEQwAx80JABrOCQAtdQEAZXoLAGLPBAAQPwsAkUgCAPENAADtKAMAm4QAACUoAgD+0QkAbCYLAHxfCwDxDQAAgWICAGnjAQBYygoA4CUCADMmAgCGJgIAURgAABXTBQBo0wUA0+MJACbkCQB55AkAzOQJAB/lCQBy5QkA1B0AACceAAB6HgAAzR4AACAfAABzHwAAShIBADiXAQDirAMAfPgBAMqNDQDYrggAm4QAAMmTAgDadAEALXUBAB42DABR0gkApNIJAPfSCQBK0wkAndMJAPDTCQBD1AkAltQJAOnUCQA81QkAj9UJAOLVCQA11gkA4iELAA14CABgeAgAs3gIAL2LAAAXBwcAH5kIAHKZCADi+AQAid8GAGnjAQC9iwAAFwcHAAAAAABPWQYAaeMBAMs1DABAbgUAk24FAOZuBQA5bwUAjG8FANiuCABTAAAAGgYCAKsXAADtkAAAAUcAAMXRAABPWQYA6BgCAE06AgAaBgIAFe8BABKICQBliAkAuIgJAAuJCQBeiQkAsYkJAPwhAgDxDQAAkaIBANQdAADxDQAAeM4CABXvAQASiAkAZYgJALiICQALiQkAXokJALGJCQAEigkAV4oJAKqKCQD9igkAUIsJALzjAQDoLAsA6BgCAL53DQDoGAIAaeMBAIpdCwDUHQAAJx4AAHoeAADadAEAIq0AAO2QAABYygoAq8oKAP7KCgBRywoATToCAOg6CQD+FwAAxdEAANiuCAB8XwsA8Q0AAIFiAgD+0QkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BALvTBQAO1AUAYdQFALTUBQAH1QUAWtUFAHkwCwCJ3wYAFwcHAOgYAgD8IQIA8Q0AAJGiAQBp4wEAvOMBAOgsCwA7LQsAji0LAKJZBgD1WQYASFoGAGnjAQDLNQwAIq0AAFMAAABp4wEArdwEAADdBABT3QQApt0EAPndBABM3gQAn94EAPLeBAC0jwMAB5ADAFqQAwCtkAMAAJEDAJuEAADadAEA7ZAAAECRAACa4wAA6bICAPKgAQApxwgAfMcIAM/HCAAiyAgAdcgIAMjICADtkAAAShIBAFMAAAANHgkA6BgCADsZAgDWSgIAS0sDAGnjAQC84wEAD+QBAGLkAQDkCQsANwoLAKibCgD7mwoATpwKAFjKCgDgJQIAMyYCAIYmAgAfmQgAcpkIAPENAABEDgAAJYIBAL2LAAABRwAAQG4FAE9ZBgAXBwcAIGoNAKsXAADgJQIAMyYCAIYmAgBYygoAq8oKAOgYAgBp4wEAil0LANQdAAAnHgAAeh4AAKsXAADgJQIAMyYCAIYmAgAocgoACD8BAFs/AQDJkwIA2nQBABcHBwAgag0AIq0AAMRZBwBp4wEAbCYLAHxfCwDxDQAAgWICAGnjAQComwoAzdEKACDSCgBNOgIA6DoJAP4XAADF0QAAT1kGAFG9DAC9iwAAUwAAAGnjAQC84wEAD+QBAGLkAQDkCQsANwoLALXkAQC3GAMAT1kGANQPAgB34A0AxFkHAJuEAAA0cw0AqxcAAO2QAABQTQYA8Q0AANQPAgDJ7A0AHO0NAOgYAgD8IQIA8Q0AAEQOAAAlggEAyZMCAE/xCAAXBwcAagcHAInfBgAXBwcA6BgCAPwhAgDxDQAAkaIBANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAeM4CAJPWAgDgJQIAMyYCAIYmAgBotwkAu7cJAA64CQBhuAkAtLgJAAe5CQBauQkArbkJAAC6CQBTugkAproJAPm6CQBMuwkAn7sJAPK7CQBFvAkAmLwJAOu8CQBp4wEAtzMLAEQOAABsOwgAvzsIABI8CABlPAgA2ukIAEYDCgCZAwoA7AMKAIT/CgCa4wAA6bICANUeCgDxDQAAgWICANRiAgB8+AEAJYIBAOgKBADirAMAYPwBAGnjAQB5MAsALLgFAFjKCgDtkAAAxdEAAGnjAQCt3AQAAN0EAFPdBACm3QQA+d0EAEzeBACf3gQA8t4EALSPAwB4zgIA8qABACnHCAB8xwgAz8cIACLICAB1yAgAyMgIABvJCABuyQgAPdAIAAAAAAAAAAAAAAAAAAzXCABf1wgAstcIAAXYCABY2AgAq9gIAP7YCABR2QgAAAAAAAAAAACk2QgA99kIAEraCAB6AgQAWigGAK0oBgC84wEA6CwLADstCwCOLQsAeM4CAA7iAwBh4gMAILYOAHO2DgDGtg4AGbcOAJuEAAB8+AEAJYIBALAfDgC84wEAFCQIAGckCAC6JAgAWMoKAKvKCgD+ygoAUcsKAKTLCgD3ywoASswKAJ3MCgDtkAAAqxcAAP4XAADtkAAAqxcAAKsXAAD+FwAA7ZAAAKsXAAABRwAAeM4CAJPWAgDm1gIA/JYJAE+XCQCilwkA9ZcJAEiYCQCbmAkAvOMBABQkCABnJAgAuiQIAL53DQDoGAIAaeMBAI8hCwDiIQsA6BgCAPwhAgDwXgIAAUcAAKMWAgDoGAIAS0sDAGnjAQDC9AwAeM4CAAAAAABp4wEAfPgBAM/4AQDvJQAA7yUAAEImAABAkQAA1GgNAC11AQAV7wEAaeMBAMs1DABAbgUAk24FAOZuBQAXBwcAaeMBAL53DQAVvggAAUcAAGnjAQB5MAsA7yUAAAFHAAD+0QkAhP8KABcHBwCRRw4AJYIBALAfDgCrFwAA/hcAAHc7AQDvJQAA6CwLADstCwCOLQsA4S0LAAeXAgBAkQAAmuMAAOmyAgCT1gIA5tYCAPyWCQBKEgEAnRIBAOgzCgA7NAoAjjQKAOE0CgBYygoA4CUCADMmAgCGJgIAFwcHAJPWAgDm1gIA/JYJAEoSAQCdEgEA6DMKADs0CgCONAoA4TQKAFjKCgDgJQIAMyYCAIYmAgAXBwcAShIBAJ0SAQDoMwoAOzQKAI40CgDhNAoAKHIKAHtyCgDOcgoAIXMKAHRzCgDHcwoAGnQKACWCAQB4ggEAvXYDABB3AwBp4wEAvYsAAOgYAgAlggEAH5kIAHKZCADxDQAARA4AACWCAQDJkwIAT/EIAKibCgC4BQQACwYEAF4GBACxBgQABAcEAGnjAQDVHgoAKB8KAAFHAABizwQAS0sDAGnjAQC84wEA6CwLAOgYAgBp4wEAKHIKAHtyCgDOcgoAIXMKAHRzCgDHcwoAGnQKAHsEAgDOBAIAxl0DABleAwBsXgMAv14DALzjAQDoLAsAOy0LAI4tCwDhLQsAqJsKAJVWBQDoVgUAqJsKAPubCgBOnAoAoZwKACy4BQAocgoAe3IKAM5yCgAhcwoAdHMKAMdzCgAadAoA1A8CAHuxAQDxDQAARA4AAEoSAQDI5AQAJSgCACKtAADEWQcA2nQBAC11AQAV7wEAaeMBAChyCgB7cgoAznIKACFzCgB0cwoAx3MKABp0CgC84wEA6CwLAOgYAgBp4wEAkAgBAHS/CwAWiA4AaYgOAFjKCgCrygoA/soKAFHLCgAocgoACD8BAPwhAgBPIgIAFCQIAK7rDADtkAAAFwcHAGnjAQDF0QAA2nQBAJVWBQBURwAAaeMBAAAAAABp4wEAvncNAOgYAgBp4wEAa9EMAAAAAABp4wEAvncNAOgYAgBp4wEAa9EMAL7RDAB5MAsALLgFAI8hCwAgag0Ac2oNACz9BwD8eg0AT3sNACBqDQCrFwAAIq0AAFMAAACmAAAAsnYKAAV3CgBYdwoAq3cKAP53CgBKEgEAyOQEADRzDQBc2QEAm4QAAB+gBwByoAcA7oQAAE06AgBxDQYAzhEMABKICQBsJgsAvyYLABInCwBlJwsAWMoKAKvKCgD+ygoAUcsKAHz4AQDKjQ0A7ZAAAKsXAABp4wEAvOMBAOgsCwA7LQsAji0LAOEtCwComwoA+5sKAEJqDgCVag4A6GoOADtrDgCOaw4AsB8OABcHBwDUDwIAaeMBAMs1DABizwQAS0sDAGnjAQDLNQwA6HgMANqBCwComwoA+5sKAEJqDgCVag4A6GoOADtrDgCOaw4AqJsKAJVWBQB4zgIAk9YCABaIDgBpiA4AvIgOAKibCgD7mwoAQmoOAJVqDgDoag4AO2sOAI5rDgAocgoAJYIBALAfDgCbhAAAIqYBANQdAAAfmQgA7pEKAEGSCgBp4wEAFAkAAKsXAAAWiA4AaYgOALyIDgComwoA+5sKAEJqDgCVag4A6GoOADtrDgCOaw4AvYsAABCMAAABRwAAQG4FAJNuBQDmbgUA7ZAAAECRAACa4wAA6bICACWCAQB4ggEAvXYDABB3AwBp4wEAil0LAN1dCwAirQAAxFkHAGnjAQC84wEAFCQIAGckCAC6JAgAwvQMABX1DAAV7wEAEogJAEoSAQBp4wEA2nQBAC11AQBp4wEAeTALADRzDQBLSwMAaeMBAL53DQDvJQAAaeMBAMs1DAAaBQ4Ap0cAAPpHAABEDgAAFb4IAOgYAgAirQAA7ZAAACWCAQB4ggEAIq0AAPmYAgBMmQIAn5kCAEtLAwBp4wEAqJsKAPubCgBCag4AlWoOAOhqDgA7aw4AjmsOALAfDgAXBwcAaeMBABXvAQASiAkAShIBAMs1DAAaBQ4Ap0cAABXvAQASiAkAShIBAPENAABp4wEAeTALAMmTAgAclAIA2nQBAPx0AgCbhAAAfPgBACWCAQCPIQsA6BgCANRoDQDJkwIAT/EIAKLxCABp4wEAvOMBAOgsCwA7LQsAji0LAOEtCwC84wEA6CwLAOgYAgBp4wEAe7EBABcHBwB8+AEAIq0AAPSODAD+FwAAdzsBAO8lAADoLAsAOy0LAI4tCwDhLQsAB5cCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAirQAAda0AAJBUAgDjVAIANlUCABcHBwAgag0A7yUAAO8lAADoLAsAOy0LAI4tCwDhLQsAB5cCAECRAACa4wAA6bICAMwwCwABRwAAQG4FAKiUCwCzqQEA7oQAAIJ/CAC9iwAA6BgCAMs1DADoeAwA2oELALzjAQAUJAgAd5QMAJI8AgDHpAMAGqUDAG2lAwDApQMAE6YDAGamAwC5pgMADKcDAHz4AQDKjQ0AH5kIAHKZCADxDQAARA4AACWCAQDJkwIAT/EIABcHBwB4zgIAqxcAAP4XAAB3OwEAwfoBABQWCgBnFgoAuhYKAA0XCgC84wEALRoOABCMAAAGEQsAAUcAAEBuBQBPWQYA+6kIAAFHAAD+0QkAqxcAAPENAABdegEAT1kGAPupCADirAMANa0DAB+ZCABymQgAAAAAAL2LAADadAEA6BgCAPwhAgCPIQsA6BgCANRoDQDJkwIAT/EIAGnjAQBh8AEAtPABALWKAgAVjgMAaI4DALuOAwAOjwMAYY8DALSPAwAHkAMAeM4CAB+ZCABymQgAAAAAAL2LAADadAEA6BgCAPwhAgAfCAUAaeMBAEoSAQCdEgEA6DMKADs0CgCONAoA4TQKAChyCgAIPwEAWz8BAMmTAgDadAEAFwcHACBqDQDxDQAAaeMBAChyCgB7cgoAznIKACFzCgB0cwoAx3MKABp0CgAV7wEAaO8BAGnjAQC84wEAFCQIAGckCAC6JAgA8Q0AAGnjAQComwoA+5sKAPENAABTAAAALP0HABn2BQDvJQAAs6kBAAaqAQBZqgEAwvQMAPENAACBYgIA/tEJAFHSCQB3EQcArUsBAG9VCwB4zgIAFe8BAEoSAQB3EQcAqxcAAAFHAACbhAAAJSgCAEBuBQBPWQYA+6kIAGnjAQC84wEAD+QBAIjCAAAlggEA8Q0AANQdAABc7QoAx80JAHz4AQCC5wUAJSgCAJuEAAAfoAcAaeMBANUeCgAegg0AcYINAMSCDQAfoAcAeM4CAE06AgAI+QoAW/kKAK75CgAB+goA2nQBAPx0AgBPdQIAonUCAO2QAACbhAAAYZwNAGnjAQC+dw0AFb4IAAFHAABp4wEAvncNAO8lAABp4wEAShIBAHcRBwDKEQcAnRIBAOgYAgBAkQAAShIBADiXAQCLlwEA4CUCALy5BwD+0QkAFwcHAGnjAQB8+AEAS0sDAGnjAQB5MAsANHMNAP4XAAB3OwEAVEcAAKdHAADwVwMAaeMBAChyCgAIPwEAWz8BAIRSCwDXUgsAKlMLABXvAQBo7wEAvncNAFG9DADkCQsANwoLAETBCgCXwQoAaeMBALzjAQAP5AEAK/QKAH70CgDR9AoAJPUKAHf1CgDK9QoAHfYKAHD2CgAocgoAe3IKANZKAgDZ5woA1B0AANUeCgAegg0AcYINAMSCDQAirQAA+ZgCANImDgAV7wEA2K4IACuvCAComwoA+5sKAE6cCgCgqAoA86gKAG0FDgD8IQIA4vgEAInfBgBp4wEAAAAAADYWCwBp4wEA2K4IAJuEAAA0cw0AFwcHACWCAQCwHw4AFwcHANUeCgD+aQwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA1A8CAHjOAgAb8wIAbvMCAMHzAgDlNQMAODYDAIs2AwDeNgMAMTcDAHkwCwAlKAIAeTALACUoAgAAAAAAliALAGnjAQAXBwcAuncIAB7jCwBx4wsAxOMLABfkCwB4zgIAfPgBAEtLAwABRwAA/tEJAGPRAgDEWQcAm4QAANZKAgDYrggAm4QAACKmAQBp4wEAvOMBAA/kAQBi5AEAteQBAB6CDQBxgg0AxIINAKsXAAABRwAAm4QAAHHWAQBp4wEA1R4KAB6CDQBxgg0AxIINAE9ZBgAVvggAEIwAALSWAgCPIQsAIGoNAAFHAAD+0QkAGfYFAAFHAAD+0QkAm4QAANZKAgD8IQIAjyELACBqDQABRwAA/tEJABn2BQABRwAA/tEJAPENAABdegEAsHoBAAN7AQBWewEAw/YKABb3CgBp4wEAfPgBAEtLAwBp4wEAil0LAF16AQCwegEAA3sBAFZ7AQBTAAAACD8BAFs/AQBKEgEAOJcBAOKsAwDUHQAAJx4AAPwhAgB7sQEAthYFABn2BQABRwAAQG4FAE9ZBgBKEgEAyOQEANp0AQAtdQEAOxkCAO6EAADtkAAAfPgBAJuEAADuhAAATToCAGnjAQBKEgEAnRIBAPENAACBYgIAaeMBAB+ZCABymQgA8F4CAE+JCwCrFwAAAUcAAGnjAQCt3AQA+ZgCAEyZAgCfmQIA8pkCACWCAQCbhAAAIqYBAIFiAgC8KAQAKHIKAAg/AQBbPwEAhFILANdSCwAqUwsAfVMLAGnjAQCt3AQAAN0EAOVCDQA4Qw0Ai0MNAN5DDQAxRA0AhEQNAGnjAQDF0QAA2nQBAJVWBQBURwAAaeMBANUeCgD+aQwAUWoMAKRqDADoVgUArdwEAADdBAC2hA0AIq0AAO2QAADxDQAAkaIBANQPAgD72Q0ATtoNAG9VCwDCVQsA2nQBAJVWBQD+0QkAFwcHAGnjAQDF0QAA2nQBAJVWBQBURwAAaeMBAK3cBAAA3QQAtoQNAAmFDQC9iwAAfPgBAAFHAAD+0QkA3GkLAC9qCwCWGQwA7yUAALOpAQAGqgEAWaoBAPENAAD5WQsATFoLAJ9aCwDyWgsARVsLAE9ZBgBPWQYAUb0MAMs1DABAbgUAk24FAOZuBQAXBwcAaeMBAL53DQAVvggAAUcAAGnjAQComwoA+5sKAL53DQDvJQAA7ZAAABcHBwAgag0AFwcHAGnjAQDLNQwAQG4FAJNuBQDmbgUAOW8FAIxvBQDfbwUAmV0JAFlkCwCsZAsA8Q0AAIFiAgDLNQwAQG4FAJNuBQDmbgUAFwcHAGnjAQC+dw0AFb4IAAFHAABp4wEAqJsKAPubCgBO1AIAF58JAHE2DACCagsA1WoLAChrCwB7awsAzmsLACFsCwB0bAsAx2wLABptCwBtbQsAxngLABl5CwBseQsAv3kLAE7UAgBAbgUAk24FAOZuBQA5bwUAjG8FAN9vBQCZXQkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAHkwCwDvJQAAAUcAAP7RCQCE/woAyzUMAOh4DADagQsAfPgBAMqNDQB5MAsANHMNAIdzDQComwoA+5sKAEJqDgCVag4A6GoOADRzDQAirQAA7ZAAAL53DQDvJQAAaeMBANUeCgAegg0AcYINAMSCDQBp4wEAWMoKAKvKCgD+ygoAUcsKABT7AQD+aQwAUWoMAOKsAwDVHgoA/mkMAFFqDADirAMAWMoKAKvKCgBRGAAA1R4KAB6CDQBxgg0AxIINAB6CDQBxgg0AxIINAO2QAADadAEAyZMCAE/xCABp4wEAvYsAABCMAAASwAEAZcABALjAAQALwQEAXsEBALHBAQAEwgEAV8IBAFaICwCpiAsA/IgLAGnjAQC9iwAAEIwAAMXRAADVAwIAKAQCAP7RCQAXBwcAaeMBANUeCgD+aQwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA7yUAAEImAABAkQAAmuMAAOmyAgAV7wEAaO8BABcHBwBp4wEAWMoKAKvKCgD+ygoAUcsKABT7AQD+aQwACOUBAFvlAQCu5QEAAeYBAGnjAQCKXQsA3V0LACKtAAAirQAA7ZAAAPENAADF0QAA1QMCANMhDQAmIg0AWMoKAKvKCgD+ygoAUcsKABT7AQD+aQwACOUBAFvlAQCu5QEAAeYBAFTmAQD+aQwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAtxgDAAAAAACrFwAAtxgDAAoZAwDLNQwA6HgMANqBCwCt3AQAAN0EAFPdBACm3QQA+d0EAEzeBACPIQsA4iELAA14CAC+dw0AolkGAPVZBgAocgoA2nQBAC11AQCKXQsAWz4NAK4+DQDWSgIAH5kIAHKZCADi+AQANfkEAN1dCwAirQAAIq0AAO2QAADtkAAAfPgBAMqNDQB5MAsAfPgBACWCAQDi+AQAid8GAGnjAQAocgoACD8BAFs/AQCumAwAAZkMAFSZDACnmQwA+pkMAL53DQDvJQAAaeMBAL2LAAAQjAAAtJYCAAeXAgBalwIArZcCAACYAgBTmAIAWMoKAFzZAQBHLwIAQG4FAO2QAADxDQAAaeMBAL53DQDvJQAAaeMBAL2LAAAQjAAAtJYCAAeXAgBalwIArZcCAACYAgBTmAIAWMoKAFzZAQBHLwIAqxcAAP4XAADGmwYA7ZAAAAFHAAC3HwIACiACAF0gAgCQCAEAaeMBAL53DQB8+AEAe7EBALYWBQAZ9gUAAUcAAGnjAQBsJgsAvyYLABInCwBlJwsAWMoKAKvKCgBRGAAAeTALACUoAgB4KAIAyygCAB4pAgBxKQIAxCkCABcqAgBKEgEAdxEHAAFHAABURwAAfF8LABcHBwBp4wEAsB8OABcHBwBp4wEAJysKAE9ZBgCiWQYAAUcAAEBuBQBPWQYA+6kIAHjOAgC9iwAAEIwAAMXRAAAY0gAAOxkCAGGcDQCS8AAAf9QBACcrCgB6KwoAvncNAPupCABp4wEAeTALACy4BQAnKwoAqxcAAP4XAADGmwYA7ZAAACcrCgB6KwoAyZMCAByUAgBvlAIAwpQCAKibCgD7mwoAgHUBAE9ZBgBRvQwAoDoCAMXRAADadAEAlVYFAFRHAABizwQA7pEKAAFHAABURwAAS0sDAHsEAgDOBAIAIQUCAHQFAgDHBQIAvOMBAA/kAQAfoAcA8Q0AAFjKCgC3GAMAeTALAElwDQCccA0A73ANAEJxDQCVcQ0ALXUBABXvAQColAsA7yUAAEImAABAkQAA/CECAKsXAAAirQAA7ZAAAML0DABmBg4AeTALANiSDACCfwgAvYsAAJuEAAAfoAcAewQCAM4EAgD+CA4AUQkOAHMQDgDGEA4AGREOAGwRDgC/EQ4AEhIOAGUSDgC8KAQAqJsKAM3RCgAg0goAWMoKAKvKCgD+ygoAUcsKACcrCgABRwAAYs8EAO6RCgDtkAAAJysKAO8lAACzqQEAH6AHAPENAADUHQAAJysKAGV6CwBizwQA7pEKAAFHAABURwAAS0sDAKTLCgAP5AEAH6AHAPENAAA1tAIAeM4CAHjOAgBJKwsAnCsLAO8rCwBCLAsAlSwLAPAfCwBDIAsAvncNAOgYAgBp4wEAWMoKAO2QAACbhAAA1koCAGnjAQDVHgoAKB8KABcHBwBp4wEAvncNAO8lAABp4wEAqJsKAPubCgAWiA4ATZsAAI8hCwCEFAgA7ZAAAPENAABp4wEAWMoKAKvKCgD+ygoAUcsKABT7AQD+aQwAUWoMAOKsAwAnEAIA7pEKAEGSCgCUkgoA55IKADqTCgCNkwoA4JMKAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBO1AIAQG4FAJNuBQDmbgUAFwcHAGnjAQC+dw0AFb4IAAFHAABp4wEAxdEAANUDAgDadAEAlVYFAEBuBQAtdQEAFe8BAGnjAQC84wEA6CwLAOgYAgBp4wEAvncNAKJZBgD1WQYAOG0HAIttBwDebQcAMW4HAIRuBwAV7wEAFe8BAOgYAgD8IQIAFe8BAMfNCQAlKAIA/tEJAO2QAABAkQAAmuMAAOmyAgBTAAAAw6oJABarCQABRwAAHjYMAHE2DAC7TwwADlAMAM9RDQAiUg0AdVINAMhSDQDxDQAAaeMBALzjAQAP5AEAYuQBALXkAQAfmQgAcpkIAPENAAD5WQsAJYIBAAFHAABp4wEAil0LAN1dCwDPUQ0AIlINAHVSDQDIUg0AAAAAAL8fDABp4wEAvOMBAA/kAQBi5AEACe0KANUeCgAegg0AcYINAMSCDQD7qQgA7ZAAAIpdCwDUHQAAsC0MAAMuDABWLgwAaeMBAL53DQDLNQwAHjYMADoyDACNMgwA4DIMADMzDACGMwwA2TMMAGnjAQC+dw0AJYIBACWCAQCwHw4AGfYFAAFHAABAbgUALXUBAPkAAACsVg0A8Q0AAGnjAQAX3QwAEiAMAAFHAAC9iwAAUwAAACKtAAB1rQAAkFQCAONUAgA2VQIAShIBAJ0SAQDoMwoAOzQKAI40CgDhNAoAm4QAANZKAgAXBwcAhBQIAMXRAACrFwAAIq0AAHWtAACQVAIA41QCADZVAgABRwAA/tEJANxpCwAkmwsAd5sLAMqbCwAdnAsAcJwLAMOcCwDUHQAA8Q0AAAAAAAAAAAAAAAAAAK3cBAAA3QQAU90EAEc8DACaPAwA7TwMAPENAABEDgAAJYIBALAfDgDUDwIAJYIBAHiCAQCG0g0ALXUBAO8lAADF0QAA1QMCAM1pDQD72Q0AQJEAAJrjAADpsgIAFwcHACBqDQB8+AEAz/gBALEUAgBizwQAED8LAGM/CwDJkwIAHJQCAG+UAgDoCgQAFwcHAGoHBwAEwQ0AQG4FAE9ZBgD7qQgAaeMBAMXRAADVAwIAzWkNALcYAwAtdQEAFe8BAI8hCwAgag0Ac2oNAMZqDQAZaw0AbGsNAL9rDQASbA0AQG4FAE9ZBgD7qQgAaeMBAMXRAADVAwIAzWkNALcYAwAtdQEAFe8BAIpdCwDdXQsA2nQBAJVWBQD+0QkA3GkLAHjOAgDLNQwAHjYMAHE2DAC7TwwADlAMAGFQDAC0UAwAB1EMALzjAQAP5AEAYuQBALXkAQBZXQwAoCwEAPMsBAD7SAoA7pEKAM3tBgCEFAgAFb4IAAFHAABp4wEAAAAAACBqDQBAkQAAmuMAAO3jAAAAAAAAAAAAAIpdCwDdXQsA2nQBAJVWBQD+0QkA3GkLAE0sBAD+FgwAURcMACAXDQC84wEAFCQIAGckCAC6JAgAAAAAAPFfDADyoAEA7yUAALOpAQAGqgEAH8MCAHjOAgDVHgoA/mkMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQD4EgsASxMLAB+ZCABymQgAe7EBALYWBQAZ9gUAAUcAAEBuBQBPWQYA+6kIAGnjAQComwoA+5sKAK1LAQBvVQsAwlULABVWCwBoVgsAu1YLAA5XCwBhVwsAtFcLAAdYCwBaWAsAeTALACy4BQBYygoAq8oKAMabBgDC9AwA1z4CACo/AgB9PwIA0D8CAGnjAQDVHgoA/mkMAFFqDACkagwA6FYFAK3cBAAA3QQAtoQNAAmFDQBchQ0AShIBAMjkBADadAEALXUBALcYAwAtdQEAFe8BAGnjAQComwoA+5sKAPuNDABOjgwAUlcNAKVXDQCjFgIAoY4MALwoBAAAAAAAaeMBAL2LAAAQjAAALxcLAIIXCwDVFwsAKBgLAHsYCwDOGAsAIRkLAHQZCwAegg0AcYINAMSCDQB8+AEAyo0NAAFHAADF0QAA7ZAAAO2QAACrFwAAaeMBAMs1DAAeNgwAcTYMAFMAAACmAAAA+QAAALwoBAD7jQwATo4MALwoBAABRwAAoxYCAKGODAC8KAQAAAAAAGnjAQDLNQwAGgUOANp0AQDirAMANa0DAIitAwAeNgwAcTYMAIJqCwDVagsAKGsLAHtrCwDOawsAIWwLAHRsCwDHbAsAGm0LAG1tCwDGeAsAGXkLAGx5CwC/eQsAEnoLAE06AgAI+QoAFwcHAKsXAADgJQIAYZwNAA/WAwBg/AEAs/wBAJLwAAB/1AEAOCEGAPmYAgBMmQIAn5kCAO6EAADoGAIAfWgIAPENAACRogEALXUBALcYAwDirAMAYPwBAFT6CgAXBwcAaeMBAKibCgD7mwoAAUcAAP7RCQDcaQsAL2oLAKJZBgD1WQYAOG0HAAFHAAC3HwIAvncNAPupCABp4wEAil0LANQdAACwLQwAAy4MAFYuDAAaBgIAm4QAAB+gBwByoAcAxaAHAK3cBAD5mAIATJkCAJ+ZAgB8+AEAm4QAAO6EAAAlggEAm4QAAE06AgDtlgsAQJcLAJOXCwDmlwsAOZgLAIyYCwAfmQgA7pEKAA8wAwBiMAMAhP8KAJrjAADukQoAUwAAAAFHAAD+0QkAAAAAAAAAAAAAAAAAfPgBAMqNDQDvJQAA6CwLAOgYAgD8IQIAeTALAB+gBwByoAcAFAkAAGcJAABsJgsAfF8LAM9fCwCbhAAA7yUAAAFHAAD+0QkAhP8KAGnjAQB5MAsAH6AHAHKgBwAUCQAAZwkAAGwmCwB8XwsAz18LANUeCgCbhAAA7oQAAMRZBwAUCQAAZwkAAGwmCwB8XwsAz18LANUeCgCbhAAA7oQAAMRZBwAUCQAAZwkAAGwmCwB8XwsAz18LAOgKBAAtdQEAXXoBAC11AQAs/QcA/HoNAE97DQCiew0A9XsNAAAAAAC84wEAD+QBAGLkAQDVtgwAKLcMAGnjAQDLNQwAHjYMAHE2DAAgFw0ATToCAAAAAABp4wEAyzUMAB42DABxNgwAIBcNAIpdCwDdXQsA2nQBAJVWBQD+0QkA3GkLAChyCgB7cgoAvisMALzjAQAP5AEAYuQBAK3cBAD5mAIAX64CACKtAADtkAAAUE0GACWCAQCwHw4AFwcHAJx3DADvdwwAQngMAJV4DADoeAwAO3kMAI8hCwCRRw4A5EcOADsZAgAlKAIAQG4FAE9ZBgD7qQgAGgYCAEoSAQDxDQAAyzUMAB42DABxNgwAIBcNAChyCgB7cgoAvisMALzjAQAP5AEAYuQBAIpdCwDdXQsA2nQBAJVWBQD+0QkA3GkLANQPAgDUDwIAGNEMAGnjAQC84wEAD+QBAGLkAQC15AEAHoINAHGCDQDEgg0AvOMBAOgYAgB9aAgAShIBAL53DQBRvQwAqJsKABXvAQCrFwAA/hcAAOgYAgD8IQIAHwgFAGnjAQC9iwAAEIwAAAYRCwBZEQsArBELAP8RCwBSEgsApRILAIliDACw0wwAA9QMAFbUDAC/HwwAJ70BALAtDAADLgwAVi4MAGnjAQBsJgsAfF8LAM9fCwA6MgwAjTIMAOAyDAAzMwwAhjMMANkzDABp4wEAbCYLAHxfCwDPXwsAm4QAAO6EAADEWQcAaeMBAIpdCwDUHQAAsC0MAAMuDABWLgwAaeMBAGwmCwB8XwsAz18LAMs1DAAeNgwAOjIMAI0yDADgMgwAMzMMAIYzDADZMwwAaeMBAGwmCwB8XwsAz18LAAAAAABx1gEAAUcAAL2LAADoGAIA/CECAML0DABTAAAApgAAABvzAgBu8wIAwfMCABT0AgDVHgoA/mkMAAjlAQBb5QEAruUBAAHmAQBU5gEAwu4BAB+ZCADukQoArdwEAADdBABT3QQAWMoKAOAlAgAzJgIAAAAAAML0DAAV9QwAZgYOALzjAQAP5AEAYuQBAAntCgAocgoAe3IKAL4rDAB4zgIA6QsOAJx3DADvdwwAeM4CAGnjAQC9iwAAEIwAALcYAwCVVgUA6FYFAHuxAQBF+gwAUwAAANp0AQCVVgUA/tEJAIT/CgDJkwIA2nQBAC11AQAPMAMAm4QAAM4RDAASiAkAKHIKACWCAQCbhAAAJSgCAO8lAADoLAsA6BgCAEoSAQBp4wEAil0LAN1dCwDadAEAlVYFAP7RCQDukQoAQZIKAGnjAQC84wEAFCQIAHeUDADKlAwAHZUMAHCVDADDlQwAFpYMAGmWDAB5MAsA7yUAAAFHAAD+0QkAhP8KAGazDQC5sw0ADLQNAF+0DQCytA0ABbUNANnnCgBp4wEAvOMBAOgsCwA7LQsAji0LAIpdCwCcdwwA73cMAEJ4DACVeAwAWz4NAK4+DQDWSgIAAUcAAP7RCQB5MAsAfPgBAE9ZBgDoGAIAAUcAAP7RCQDdXQsAIq0AACKtAADtkAAA8Q0AAJGiAQDvJQAALRoOAA/kAQBi5AEAteQBAJYZDADpGQwAPBoMAOgsCwA7LQsAji0LAIpdCwCcdwwA73cMAEJ4DACVeAwAWz4NAK4+DQDWSgIAAUcAAP7RCQB5MAsAfPgBAE9ZBgDoGAIAAUcAAP7RCQDdXQsAIq0AACKtAADtkAAA8Q0AAJGiAQDvJQAALRoOAI8aDADiGgwANRsMACKmAQBp4wEAAAAAAGnjAQC84wEAD+QBAGLkAQDkCQsANwoLAAAAAAAfmQgA7pEKAEGSCgB4zgIA1R4KAFBNBgCjTQYAYZwNAA/WAwDUHQAAFwcHAHjOAgDadAEALXUBAO8lAADoLAsA6bICAB/DAgBywwIAyzUMAB42DABxNgwAIBcNAHMXDQARJQ0AZCUNALclDQC84wEAD+QBAGLkAQDkCQsANwoLANUeCgAegg0AcYINAMSCDQC15AEAWV0MAKAsBADzLAQAPwQKAP5pDAAgtg4Ac7YOAMa2DgAZtw4AKHIKACWCAQCwHw4Am4QAACKmAQDUHQAAH5kIAHKZCADFmQgAoiICAML0DAAnvQEAer0BAPKgAQDYrggAVPoKAFBNBgDVAwIAzWkNALcYAwAtdQEAFe8BAB/DAgBywwIAyzUMAB42DABxNgwAIBcNAHMXDQARJQ0AZCUNALclDQCBYgIA1GICADRzDQAXBwcAagcHANZKAgAXBwcAGgYCAE9ZBgAVvggA7ZAAAECRAACa4wAA6bICAPC4AQBDuQEAJYIBALAfDgABRwAA/tEJAMs1DACbhAAAIqYBAPuNDADadAEA/HQCABcHBwBp4wEAvOMBAA/kAQBi5AEAteQBAIpdCwDdXQsAIq0AACKtAADtkAAA8Q0AAJGiAQDvJQAALRoOAINXDADWVwwAKVgMAHxYDADPWAwAwvQMABX1DABo9QwAWz4NAKZLDQD5Sw0ATEwNAJ9MDQB1WQwAyFkMABtaDABp4wEAaeMBAHjOAgBKEgEAShIBAMjkBADWSgIAS0sDAGnjAQBx1gEAxNYBABfXAQBq1wEAvdcBABDYAQCrFwAA7ZAAAAFHAADIpgEAFwcHAFMAAAAs/QcAFwcHAAFHAACbhAAAH6AHAGnjAQDLNQwAHjYMAHE2DAAgFw0AD+QBAGLkAQC15AEAil0LAN1dCwAirQAAIq0AAO2QAADxDQAAkaIBAO8lAAAtGg4AxdEAANUDAgDTIQ0A7ZAAAECRAAD8IQIAyzUMAB42DABxNgwAIq0AAJ24AQDwuAEAQ7kBACWCAQCwHw4AAUcAAMs1DAAeNgwAcTYMAHkwCwBJcA0AnHANAO9wDQBCcQ0AlXENAOhxDQA7cg0AjnINAHjOAgAAAAAAAAAAANp0AQDirAMA+40MANZKAgDtkAAAUwAAAAg/AQD8IQIA8F4CAPmYAgAlKAIA/tEJACKtAAAAAAAAvOMBAA/kAQBi5AEA5AkLADcKCwDVHgoAHoINAHGCDQDEgg0AIqYBAHWmAQDIpgEAG6cBAG6nAQDBpwEAFKgBAPENAAB7BAIAqxcAAGnjAQDVHgoAHoINAHGCDQDEgg0AVbcGAKi3BgD7twYATrgGAKG4BgD0uAYAR7kGAJq5BgBPWQYAAUcAAFRHAACnRwAA8FcDAGnjAQDVHgoAHoINAHGCDQDEgg0AqxcAABcHBwC6dwgALXUBABXvAQB4zgIA1R4KAP5pDAAzfw0Ahn8NANl/DQAsgA0A8Q0AAJuEAAD/4QUAUwAAACWCAQB8+AEAT1kGAOgYAgBNOgIAoDoCAECRAACa4wAA6bICAAFHAAC3HwIACiACAF0gAgA/9gsAFwcHACBqDQA/9gsAkAgBAO2QAABAkQAAmuMAABoGAgBtBgIAwAYCABMHAgBmBwIAGgYCAO8lAACzqQEABqoBAETBCgCXwQoAAAAAAE7UAgAXnwkAcTYMAKVeDAAP5AEAYuQBALXkAQB7BAIAewQCAO2QAACbhAAANHMNACKtAADoGAIA/CECAOL4BAAlKAIAQG4FAE9ZBgD7qQgA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAncQAAJSgCAEBuBQDirAMA7yUAABQkCADtkAAAFwcHABcHBwAgag0Ac2oNACz9BwD8eg0AT3sNACBqDQCrFwAAIq0AAEtLAwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAFMAAABTAAAAJYIBAOgKBAAirQAA+ZgCACUoAgBAbgUAT1kGAPupCAAirQAAnbgBALWKAgBmsw0A/tEJAK1LAQCIzwoA288KAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCrFwAA/hcAAMabBgABRwAAYs8EABA/CwCRSAIA8Q0AAF16AQDtkAAAqxcAAAFHAAAirQAAnbgBALWKAgAVjgMAaI4DALuOAwAOjwMAYY8DALSPAwAHkAMA7HkFAD96BQCSegUA5XoFADh7BQCLewUA3nsFADF8BQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAP7RCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAUcAAJuEAADadAEALXUBAO2QAABAkQAAJYIBAJuEAACIwgAAEIwAAAYRCwDEWQcAF1oHAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDoCgQALXUBALcYAwCVVgUAQG4FAJuEAAAfoAcA6AoEANc+AgCbhAAAJSgCAEBuBQBPWQYA+6kIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAJSgCAJuEAACbhAAA7oQAAEGFAACUhQAA54UAADqGAADoGAIA/CECAPENAABEDgAAFb4IAOgYAgAirQAA7ZAAAO8lAACzqQEABqoBAETBCgCXwQoA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAV7wEAEogJAGWICQB7sQEAFwcHAHz4AQAirQAAIq0AAJ24AQC1igIAFY4DAGiOAwC7jgMADo8DAGGPAwC0jwMAB5ADAOx5BQA/egUAknoFAOV6BQA4ewUAi3sFAN57BQAxfAUA2nQBAPx0AgBPdQIAonUCAPV1AgBIdgIAm3YCAPENAACBYgIA1GICACUoAgD+0QkA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEASh8LAJ0fCwDtkAAArUsBACC2DgBztg4AxrYOABm3DgBstw4Av7cOABK4DgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQBKHwsAnR8LACKtAACduAEA8LgBAEO5AQAlggEAsB8OAAFHAABAbgUAT1kGAPupCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQBKHwsAnR8LAEBuBQCTbgUA5m4FADlvBQCMbwUA328FADJwBQCBdgsA1HYLACd3CwB6dwsAzXcLACB4CwBzeAsA8k0BAEofCwCdHwsAvYsAABCMAAAGEQsAxFkHABdaBwBqWgcAvVoHABBbBwBjWwcAuncIAE9ZBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQBKHwsAnR8LAPENAABCtwMAlbcDALAfDgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAEofCwCdHwsAD9YDAGLWAwC11gMACNcDAFvXAwCu1wMAAdgDAFTYAwCn2AMA+tgDAE3ZAwDyTQEASh8LAJ0fCwDvJQAAJYIBAEtLAwDF0QAA1QMCAEtLAwDxDQAAQrcDAJW3AwCwHw4ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQBKHwsAnR8LANfdAwAq3gMAfd4DANDeAwB4zgIAVEcAAOgYAgB9aAgAxdEAAGnjAQDVHgoA/mkMAAjlAQBb5QEAruUBAAHmAQBU5gEAAAAAAGnjAQAfmQgAcpkIAPBeAgBPiQsAookLAPWJCwBIigsAil0LAPSODABHjwwAmo8MAO2PDABAkAwAk5AMAIpdCwD0jgwAR48MAJqPDADtjwwAQJAMAJOQDADVHgoA/mkMAAjlAQBb5QEAruUBAAHmAQBU5gEAwvQMAGYGDgB5MAsA2JIMAIJ/CAC9iwAAm4QAAHkwCwDYkgwAgn8IAL2LAACbhAAAH6AHAGnjAQDC9AwAZgYOALkGDgAMBw4AXwcOALIHDgAFCA4AWAgOAKsIDgC9iwAAJYIBACWCAQBp4wEAjyELAOIhCwA1IgsAiCILANRoDQAtdQEAFe8BAGnjAQComwoAlVYFAP7RCQBR0gkA8Q0AAO2QAADvJQAAAUcAAGnjAQCt3AQAAN0EAFPdBAB7Cg0AzgoNACELDQB0Cw0AFe8BANiuCAArrwgAaeMBAK3cBAAA3QQAU90EAHsKDQDOCg0AIQsNAHQLDQCIwgAA8Q0AANQdAAAXBwcAaeMBAHz4AQBLSwMAeM4CACe9AQC5Bg4AKB8KABcHBwBp4wEAvncNAO8lAABp4wEAqJsKAPubCgCrFwAA7ZAAAECRAABp4wEA1R4KAP5pDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAil0LAFs+DQCuPg0AJ2MCAHpjAgBp4wEAyzUMAGLPBAAQPwsAYz8LALY/CwDC9AwAFfUMAHkwCwB8+AEAT1kGAMmTAgBP8QgA1R4KAP5pDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAxdEAANUDAgDTIQ0AJiINAMs1DAAaBQ4Ap0cAADtlAwDiIQsA6BgCAPwhAgDwXgIAAUcAAGnjAQCt3AQA+ZgCANImDgAlJw4AeCcOAL53DQDvJQAAaeMBAMs1DAAaBQ4Ap0cAALzjAQDoLAsAJYIBACWCAQB4ggEAxdEAANp0AQAtdQEAFe8BAGnjAQDVHgoA/mkMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAL2LAADoGAIA1GgNAC11AQAV7wEAaeMBAGwmCwC/JgsANHMNABcHBwAlggEA6AoEAC11AQAV7wEAaeMBAL53DQDvJQAAaeMBAMs1DAAaBQ4Ap0cAABY1DgBpNQ4AvDUOAA82DgBiNg4AtTYOAAg3DgBbNw4ArjcOAAE4DgBUOA4ApzgOAPo4DgB7BAIAzgQCAPBkDQA0cw0A/hcAAHc7AQBURwAAp0cAAPBXAwBp4wEA1R4KAP5pDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAvncNACKtAAAirQAAoMsFAPPLBQBGzAUAmcwFAB8IBQAwXgsAg14LANZeCwApXwsAeM4CAAAAAAAAAAAAAAAAAGnjAQBYygoAFogOAGmIDgC8iA4AqJsKAPubCgBCag4AlWoOAOhqDgA7aw4AjmsOAHkwCwCJ3wYAFwcHAEtLAwCbhAAA1koCAKsXAABp4wEAeTALAInfBgAXBwcAKHIKAKsXAAAWiA4AaYgOALyIDgComwoA+5sKAEJqDgCVag4A6GoOADtrDgCOaw4AeTALAInfBgAXBwcA8Q0AAIFiAgDUYgIAH6AHAHKgBwAV7wEAEogJAEoSAQBp4wEAqJsKAPubCgBCag4AlWoOAOhqDgA7aw4AjmsOAHz4AQDP+AEASu8FALSWAgAlggEAsB8OAKibCgD7mwoAQmoOAJVqDgDoag4AO2sOAGjvAQBp4wEAFe8BABKICQBliAkAWMoKABaIDgBpiA4AvIgOAKibCgD7mwoAQmoOAJVqDgDoag4AO2sOAI5rDgBTAAAACD8BAFs/AQDJkwIA2nQBABcHBwAgag0AQJEAANnnCgCBYgIAYs8EABA/CwAlKAIA/tEJABXvAQBLSwMAeM4CANfdAwAq3gMAfd4DANDeAwDF0QAA2nQBAJVWBQBURwAAaeMBANUeCgD+aQwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAewQCAM4EAgDLNQwA6HgMANqBCwAfmQgAcpkIAECRAADukQoAQZIKAGnjAQAocgoAe3IKAL4rDABTAAAAShIBAGnjAQDVHgoAHoINAHGCDQAAAAAAxIINAOVCDQCSgQQAyOQEADRzDQAXBwcAaeMBALzjAQAP5AEAYuQBALXkAQDF0QAA2nQBAJVWBQBURwAAaeMBANUeCgD+aQwAUWoMAKRqDADoVgUArdwEAADdBAC2hA0ANhYLAIkWCwCJFgsA4XkMAPKgAQApxwgAfMcIAM/HCABBKg0AlCoNAFMAAAAIPwEAWz8BAIRSCwDXUgsAKlMLAH1TCwBp4wEArdwEAADdBADlQg0AOEMNAItDDQDeQw0AMUQNAIREDQDoCgQAqJQLAPuUCwAZ9gUAS0sDACKtAAB1rQAAJekKAHjpCgDL6QoARMEKAJfBCgDtkAAAQJEAAJrjAADpsgIAFe8BAGjvAQCbhAAAGgUOAKdHAADwVwMAQ1gDAHkwCwDMMAsAHzELAMs1DAAeNgwAcTYMAKVeDAAP5AEAYuQBAOQJCwA3CgsA6HgMANqBCwCKXQsA1B0AAO2QAADLNQwAGgUOAKdHAAC84wEALRoOAIAaDgDTGg4AJhsOAIpdCwBbPg0Arj4NACdjAgB6YwIAaeMBAMs1DABizwQAED8LAGM/CwAfmQgAcpkIAML0DADoGAIA7pEKAEGSCgBp4wEAShIBAMjkBADJkwIAT/EIAOgsCwDoGAIAaeMBAEoSAQCdEgEA6BgCAPwhAgComwoA+5sKAO8lAADoLAsA6BgCAEoSAQDI5AQAJSgCAEBuBQBPWQYA7ZAAABn2BQCgywUAAUcAAEBuBQBPWQYA+6kIAGnjAQC84wEAD+QBAGLkAQC15AEAvOMBAOgsCwDoGAIAaeMBAMs1DACbhAAAIqYBABoFDgCnRwAA8FcDAENYAwDHXg0AwF8NABNgDQBmYA0AvOMBAA/kAQBi5AEA1bYMACi3DABp4wEAyzUMAB42DABxNgwAY9ECAIPpAwAvxAoAgsQKANXECgAoxQoAe8UKAM7FCgAhxgoAdMYKAF+nAwCypwMA5UINADhDDQDvvQIAQr4CALAfDgB1pgEAduUOAMnlDgCBYgIAS0sDAEtLAwDkogEA/Q0PAB4aEAAXBwcAoTwAABzmDgBv5g4A/Q0PAH/MDgCZSQAAI4QQAB4aEAAXBwcAHhoQAB4aEAAXBwcA/Q0PAGQQEAAeGhAAI4QQABXvAQAnHgAAkAgBACOEEACQCAEAzQgPAM0IDwAXBwcAIGoNACAfAACQCAEALsMAAB8IBQBPxw4AT8cOAB4aEAAfCAUAHhoQALAtDACt6Q4AAOoOAGxdDwB25Q4AyeUOAESeDwAjhBAAFAkAAP0NDwCt6Q4AAOoOAJAIAQD63g4ArO4PAP/uDwCvJA8AFe8BAM0IDwBeDA8AsQwPAHblDgDJ5Q4A+JwPAEoSAQBmBg4AzQgPANfjDgDNCA8A+6kIAONFEABsXQ8A/Q0PADS4DwAeGhAAFAkAABQJAAC68w4ADfQOAGD0DgAjhBAA8Q0AABcHBwDEWQcAFwcHALrzDgAN9A4AHSYQAJAIAQC68w4ADfQOAB0mEAAnHgAAduUOAMnlDgCGJgIAaeMBAM3RCgD9DQ8AeM4CAAFHAADNCA8A/HQCABcHBwD9DQ8ANBoCAK3pDgAA6g4AzQgPAAfpDgBa6Q4ArekOADjbDwCX+A4As/QOAAb1DgD63g4As/QOAAAAAABp4wEAuvMOAA30DgC68w4ADfQOALrzDgAN9A4AU+oOAGxdDwAebRAAcW0QANQPAgAH6Q4A+t4OAK3pDgAA6g4A1A8CABcHBwBp4wEAI4QQAGnjAQC9bhAAMO8OAO1zEAD9DQ8A/Q0PALwoBAC8KAQAvCgEAHjOAgAfoAcAyo0NAFrACADKjQ0AdAsNAHQLDQABRwAAJY8LAD7mDwCS8AAA8Q0AAPENAAAh/Q4AxdEAAJLwAADNCA8A8Q0AAMXRAADNCA8AzQgPAM0IDwDNCA8AzQgPAPreDgD63g4AzQgPAM0IDwDNCA8AzQgPAM0IDwDNCA8A+t4OAPreDgD63g4AzQgPAM0IDwDNCA8A+t4OAPreDgD3Ag8A+t4OAPreDgDNCA8AaeMBAGnjAQDbBg8AxssLAGnjAQAjhBAA6BgCACnHCABp4wEA8Q0AAPENAADNCA8AzQgPACWCAQDtcxAAuvMOAA30DgB4zgIA/Q0PACOEEADxDQAAEgsPAGnjAQCmmAIA1B0AAEtLAwDYrggAqxcAABcHBwDXbgcAFwcHALcQEAD9DQ8AxlUQAO1zEADxDQAAN0kCAMXRAADF0QAAxdEAACOEEADF0QAAQSQCAGGcDQAjhBAAN0kCACOEEADQPwIAfxgQAOgJEAA7ChAANBIPACOEEAACcRAAVXEQAIG1AgCQCAEAI4QQAJ1dDgAUCQAAI4QQAFMAAACrFwAAIGoNAH/MDgBLSwMAp9cPAFMAAAB/GBAAFAkAABQJAAAUCQAAL6EPAP0NDwB/zA4AgWICAEtLAwAzHg8APKwDAD6UAwBQtA8AqZYJAHaEEACJ3wYA+t4OAKzuDwD/7g8AU5EDALrzDgAN9A4AHSYQANErDwD63g4AI4QQAJjfBADiWA8A+t4OAM0IDwDNCA8AuvMOAA30DgDNCA8AXgwPALEMDwBEDgAA/Q0PAH/MDgAjhBAAaeMBAP0NDwDtcxAAXgwPALEMDwBp4wEAn94EAHjGDwAnKwoAI4QQAN9vBQAjhBAAmV0JAK08DwD9DQ8AqCUPAAFHAAAjhBAAgWICALAfDgD9DQ8AZBAQAJLwAAB4xg8AdoQQAM0IDwBeDA8AdoQQAM0IDwDiWA8A4TQKAMGuAAB8+AEA+t4OAKzuDwD/7g8AuvMOACnpDwC/HwwAl54PAH/MDgDxDQAAkAgBADIqDwBZmw8AAUcAAAFHAAD63g4ArO4PAP/uDwCoJQ8AAUcAAAFHAAABRwAAAUcAAIXXDgCENg8A2oELAFo8DwD9DQ8AzQgPAF4MDwCxDA8A8j4PAOEEBQB/zA4A40UQACDSCgB2hBAAzQgPAHaEEADNCA8A6ksPAD1MDwCQTA8A7ZAAAGMjDwC2Iw8ACSQPAFwkDwDHow8A6ksPAD1MDwCQTA8AhdcOAP+VBAD63g4ArO4PAP/uDwCoJQ8A5bEJACOEEACBYgIAS0sDACOEEAB4xg8Af8wOALwoBABakAMA/tEJAM0IDwBeDA8AsQwPAK08DwAgHwAA+t4OAKzuDwD/7g8AI4QQAHjOAgCoJQ8Am58IAAFHAAABRwAAS0oPAJ5KDwDxSg8A328FAEtKDwDNCA8ASvwPAPreDgB2hBAAzQgPAF4MDwB2hBAAsB8OAGnjAQDtcxAAXgwPALEMDwCD2wUA/Q0PAGQQEAAjhBAA4S0LAP0NDwAjhBAANZ8FAM0IDwD63g4AdoQQAK3pDgAA6g4AFwcHAOOfDwDqSw8APUwPAJBMDwDtcxAAXgwPALEMDwAzHg8AgWICALAfDgDNCA8A+GULACOEEACwHw4AaeMBADHcDwAXBwcAyZMCAM0IDwBeDA8AsQwPAIXXDgCQCAEA/Q0PACOEEADoeAwAf8wOANnnCgD63g4AzQgPAPreDgDNCA8AdoQQAHaEEAB2hBAAzQgPAM0IDwDNCA8AXgwPALEMDwDtcxAAcwkPAKaJEAD9DQ8ApokQAEtKDwDNCA8A+t4OAKzuDwD/7g8A+t4OAKzuDwD/7g8AI4QQAInzDwCE/woAI4QQALAfDgAjhBAAt/wGAH/MDgBp4wEAHwgFAJAIAQAjhBAAI4QQAIFiAgAjhBAAgWICACOEEACBYgIAdoQQAM0IDwBeDA8AsQwPALAfDgDNCA8AXgwPALEMDwD9DQ8AAAAAAGQQEADagQsA+t4OAKzuDwD/7g8AVhkPACOEEAB/GBAAAUcAAEOqDwAp6Q8Aid8GAJfxDwDq8Q8AHSYQAEtLAwDNCA8AXgwPALEMDwD9DQ8A/Q0PAM0IDwBeDA8AsQwPAGU8CAAAAAAA33wPADJ9DwCFfQ8A124HAEr8DwCd/A8A8PwPACOEEACF1w4AhP8KABWVAgCwHw4A/Q0PACOEEACn1w8Asx4JAIXXDgAjhBAA+6kIAGxdDwC68w4ADfQOAK3pDgAA6g4A+t4OAKzuDwD/7g8ADzADAP0NDwAjhBAAB5ADAM0IDwDNCA8AXgwPALEMDwAXBwcAIB8AAM0IDwCD6A8AzQgPAF4MDwCxDA8AjHUQAAAAAAD63g4ArO4PAP/uDwD9DQ8AqCUPAH/MDgD9DQ8A0a8IAHjGDwB/zA4A8BIBAAAAAAAjhBAAeMYPAH/MDgDwEgEA0IoPAPreDgCs7g8A/+4PAD3yDwBzCQ8AI4QQAPupCADNCA8AXgwPALEMDwAjhBAAS0sDAGrIDwBp4wEA3ZQPAM0IDwCS8AAAvzsIAAFHAADGVRAAS0sDAB8IBQAjhBAAQJEAANfcDwAPMAMAj1gPAGnjAQBp4wEA/Q0PAB0mEABAdBAAkAgBAGxdDwBp4wEA+JwPAJVWBQCoJQ8Aj1gPAC11AQDQig8AI4sPABcHBwAAAAAAAAAAAAAAAAAjhBAAeMYPAAAAAAAAAAAAAAAAAPicDwCQCAEAI4QQAH8YEAB4xg8AFwcHAM0IDwDiWA8A4lgPAM0IDwBzCQ8AH8MCAGJ7EACs7g8A/+4PAKglDwDjRRAA7XMQAHMJDwC8KAQA+t4OAE3fDgC8KAQA7ZAAAAFHAADc3wYAI4QQAJuEAADc3wYAdoQQAPCpDwCPWA8AuvMOAA30DgBT6g4AqCUPACOEEABLSwMAzQgPACOEEAAHkAMAaeMBAP0NDwAHkAMAzQgPAF4MDwCxDA8Axq8PABmwDwC8KAQAvCgEACOEEAAHkAMAB5ADAJ/eBAAx3A8Af8wOAAAAAAAjhBAAI4QQAO2QAACJ8w8AaeMBACOEEAA0uA8AFAkAAMXlCQAV7wEAa7wPAL68DwBTAAAAUwAAAN9vBQD9DQ8AaeMBACOEEAAjhBAAqxcAAPreDgCs7g8A/+4PAFFVDwDhLQsAU5EDAM0IDwBeDA8AsQwPAML0DAC68w4AKekPAIvbDwA0uA8A+6kIADS4DwA0uA8AFwcHAKsXAAC68w4AKekPAA30DgD63g4A/Q0PADS4DwCHuA8A2rgPAONFEADnwg8AZ+wPAM0IDwAHkAMA/Q0PAMHJCACQ0AgAAAAAAM6iDwAhow8AAAAAAAAAAACd2ggAACkGAOEtCwD9DQ8AI4QQACOEEADX3A8AAUcAAP0NDwAjhBAAZgYOAP0NDwCQCAEAaeMBAM0IDwBeDA8AsQwPACOEEABp4wEAI4QQAGnjAQAjhBAAkAgBANHRDwCQCAEAaeMBACOEEAAUCQAA0dEPABQJAACJ8w8A+6kIANHRDwB4zgIAAAAAAEtLAwB30g8AS0sDACOEEACJ8w8AupIQAP0NDwC6khAAI4QQALqSEADNCA8AXgwPALEMDwAjhBAAZgYOAJAIAQB/zA4A8Q0AAPENAAB/zA4AsB8OAInzDwB4zgIA+t4OAKzuDwD/7g8AzQgPAF4MDwCxDA8AaeMBAPwhAgAjhBAAaeMBACOEEAD9DQ8Ay8YPAGnjAQBp4wEAHwgFAKLxCADjRRAA/Q0PABQJAAAjhBAA0dEPAE6cCgBp4wEArekOAADqDgB+Kw8AZgYOAMJVCwD9DQ8AAUcAAMmTAgABRwAA7XMQAF4MDwCxDA8A/Q0PAEXlDwAXBwcAS0sDAH1TCwB4zgIAgzsQACnpDwCsqgEAaeMBAPENAAAAAAAA2ecKAAAAAAA42w8ApuMPAPnjDwBM5A8AI4QQAO1zEABeDA8AsQwPAGnjAQAUCQAAvCgEALwoBADjRRAAaeMBAPreDgBp4wEA/Q0PAHjOAgD9DQ8AhDcDAH8YEAB/GBAAwvQMAP0NDwAjhBAAaeMBALrzDgAN9A4A7XMQAF4MDwCxDA8A7XMQAGnjAQAXBwcAI4QQABcHBwCf5A8Aw/YKAPupCAAUCQAA40UQAA8pBACOXRAACYUNAJLwAAAjhBAArekOAADqDgCYWwsAgzsQAE6cCgBp4wEAsvkPAGnjAQBOnAoAYxwQAFj6DwASegsAJ70BAPreDgCs7g8A/+4PAGnjAQAjhBAAI4QQAO1zEACBYgIAgWICAO1zEADtcxAAFwcHAJHtDgDk7Q4AiP8PANz6DgD63g4AzQgPAHMJDwC77wEAeTALAJGiAQCz9A4A+t4OAAoZAwAnvQEAn94EAGB4CABIWgYAFe8BAAFHAACI+QQAFwcHACOEEACwHw4AaDMQAKaYAgCaLwIAppgCAJovAgBqKgIAJysKAHaEEAAVlQIAI4QQABQJAABp4wEAL/sOANQdAAAKGQMAvW4QAGnjAQAjhBAA40UQALuGEAAPKQQAI4QQAHjOAgB4zgIAeM4CAHjOAgD9DQ8A/Q0PADbzDwBzCQ8A+O8PABQJAAABRwAAgWICAPreDgCs7g8A/+4PANduBwDNCA8AH8MCAGMcEABY+g8AG1MNALrzDgAN9A4AG1MNABIgDAC68w4AWuIPAO1zEACD6A8AI4QQAGnjAQDvJQAA7yUAABXvAQAaBgIAT8cOAI0WEAA/9gsAZBAQAGnjAQAjhBAAaeMBAC9qCwAZAxAAvx8MAGnjAQBp4wEAaeMBAEA9DADLggEA6CwLADppEADNCA8AFe8BALY/CwA6aRAAeM4CADppEAB4zgIA/Q0PAGnjAQBp4wEAYxwQAFj6DwAjhBAAuvMOAA30DgAdJhAAQZIKAGnjAQBp4wEAaeMBAH4rDwBp4wEAmxQQAHMXDQDxDQAARGAMAK3pDgD9DQ8A+t4OAJ4TCwBOnAoAjHUQAAAAAABOnAoA/1YNANAwEAD4Vw0AIzEQAGxdDwBg7Q8A7XMQAHMJDwBjHBAAIBcNAE/HDgBsXQ8A0DAQAGxdDwAjMRAAbF0PAGMcEABY+g8AQ/0PAFMAAACEFAgAAUcAAMjxDgDxDQAAaeMBAE6cCgBY+g8AaeMBAIvbDwBNOgIAASoQAIZqEADZahAAS0sDAEGSCgAXBwcAaeMBAGnjAQBp4wEAI4QQACJgCwAiYAsAImALACJgCwAV7wEAFe8BAEh8DQBp4wEAuvMOAOs4EABjHBAAy2wQAGnjAQBjHBAAcxcNAGnjAQAeGhAAOSIQALrzDgCMIhAAaeMBAPoqEABNKxAAEWMQAKArEABp4wEAaeMBAGMcEABzFw0AHhoQADkiEAC68w4AjCIQAGnjAQAY0QwApUIQALrzDgAN9A4A7XMQAHMJDwBp4wEAgzsQAONFEADjRRAAkvAAAMHrDwDxQxAAZ+wPAHq9AQAiYAsAImALACJgCwAiYAsAaeMBAAEqEAA7EQ8As/QOAPj2DgBBkgoAewoNAIYmAgC68w4AWuIPAB4aEAD9DQ8A+ioQAP0NDwDjRRAAeM4CAD/2CwA/9gsAaeMBAOEtCwD6KhAATSsQABcHBwAXBwcAgBoOALrzDgAN9A4A4S0LAPoqEABNKxAAFwcHABcHBwCAGg4AlBUQAOcVEAC68w4AKekPAN3nDwAAAAAA/Q0PACOEEAD9DQ8AH8MCAM0IDwBjHBAACiYNALrzDgAp6Q8AzVQQAHJhEADtcxAAg+gPAHjOAgAN9A4AHSYQAP7RCQAjhBAA9SICAFMAAAA6aRAAYxwQAAomDQABRwAAzQgPABcHBwBp4wEAuvMOAA30DgCAGg4AaPUMAHjOAgB4zgIA8qABAPKgAQDyoAEA8qABAHjOAgD9DQ8A8qABAGnjAQBp4wEAaeMBAAAAAAAAAAAAYxwQAMtsEAC68w4ADfQOAIAaDgAmIg0AI4QQAGMcEAD+0QkAI4QQAGMcEAC9bhAA/Q0PAGnjAQBp4wEAS0sDAKsXAAAXBwcA7ZAAAGnjAQABKhAAhmoQANlqEAAsaxAAf2sQANJrEAAlbBAAeM4CALrzDgAp6Q8AxBoQAO1zEABeDA8AB+kOAM4EAgCNFhAAY28QALZvEAAJcBAAXHAQAO1zEABzCQ8A7bkGAO1zEAD9DQ8AR3MQAHjOAgCwHw4AFwcHAM0IDwDjRRAAkAgBAGQQEACQCAEAZBAQAK3pDgA42w8AkAgBAGnjAQBjHBAAWPoPALrzDgAN9A4AzgQCAHNVEABzVRAAzgQCAPreDgD63g4A+t4OAOpLDwD63g4A+t4OAPreDgD63g4ArekOADjbDwD63g4A6ksPAPreDgCl7w8A+t4OAKXvDwD63g4Ape8PAEr8DwCl7w8A+t4OAKXvDwD63g4Ape8PABciDwCl7w8A+t4OAKXvDwBjIw8AtiMPAGD0DgBp4wEAaeMBAHjOAgD9DQ8AqxcAALP0DgDb/w8AdjEQAHYxEACz9A4ABvUOAB+gBwBvhRAAeM4CAHjOAgDxDQAA8Q0AAGsWDwD9DQ8Aer0BAPreDgAjhBAAaPUMACOEEAD63g4Af8wOACOEEAB/zA4A+t4OAKzuDwB/zA4ARYsQAJiLEAD63g4AeM4CALn4DwD9DQ8AaeMBAGnjAQBp4wEAupIQAGnjAQBp4wEAaeMBALqSEABp4wEAxaAHALqSEAAjhBAAjmsOAGnjAQBp4wEAupIQAP0NDwBjIw8AtiMPAAkkDwD63g4A8k0BAB4aEAA5IhAAaeMBAO1zEABzCQ8AuvMOAA30DgAdJhAACYUNANwWCwC/VhAAjl0QALAfDgC74A8AONsPAN3nDwC/HwwAzQgPAIPoDwC/HwwAI4QQAB+gBwBWGQ8AL/QPAGMcEABY+g8AuvMOACnpDwDNVBAAI4QQAH/MDgC2PwsAqxcAACOEEAD7qQgAuvMOAA30DgAdJhAA+40MAFYZDwD8ZRAAuvMOAOs4EABjHBAAIBcNACOEEAA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAAAAgAMAAAAAAACAAQAAgAMAAIACAACAAwAAgAAAAIADAAAAAwAAAAMAAIADAAAAAQAAgAMAAIADAAAAAQAAAAAAAIADAACAAAAAgAMAAIAAAACAAQAAgAMAAIAAAACAAAAAgAMAAIADAAAAAgAAgAMAAIAAAACAAQAAgAMAAAADAACAAwAAAAMAAIABAACAAgAAgAEAAAADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAABAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAgAMAAIADAAAAAwAAgAAAAIADAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIAAAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAIAAIADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAQAAgAMAAIABAACAAwAAgAAAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAQAAgAAAAIABAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIABAACAAAAAgAMAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAACAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAACAAwAAgAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAIAAAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAMAAAADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIAAAACAAwAAgAIAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAIABAACAAAAAgAEAAIABAACAAAAAgAAAAIADAAAAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAMAAAABAACAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAACAAwAAAAMAAAABAACAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIABAACAAAAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAAAAgAMAAIADAAAAAQAAAAAAAIABAACAAAAAgAEAAAABAAAAAQAAgAEAAAABAAAAAQAAAAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAAAEAAAAAAACAAQAAgAAAAIABAACAAQAAgAEAAIAAAACAAwAAgAAAAIABAACAAAAAgAMAAIABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAABAACAAQAAgAMAAIAAAACAAQAAgAEAAAAAAACAAQAAgAEAAIAAAACAAwAAgAEAAIABAAAAAQAAAAAAAIABAAAAAQAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAAAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIAAAACAAQAAAAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAAAAIABAACAAQAAAAEAAAABAACAAQAAgAIAAIADAACAAwAAAAEAAIADAAAAAQAAgAEAAIAAAACAAQAAAAEAAAABAAAAAwAAgAEAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAAAAAgAAgAMAAAACAACAAgAAgAIAAIACAACAAAAAgAAAAIADAACAAgAAgAAAAIACAACAAgAAgAIAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAgAAgAIAAIABAACAAAAAgAEAAIACAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAAAAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAMAAIADAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAIAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAIAAIAAAACAAQAAAAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAAAAIABAAAAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAABAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAgAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAIAAAAAAgABAAAGAAAIAAAAAIAIB2BAAQAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAKCAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAABAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAgAAAQAAAAAAAAAAAAAAAQAAAAIAAAAAQAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAARQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAIGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgCAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAACAAAAAAAAAAAAgAQAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAACIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAACAAAAAAIAAQAABgAAiAAAAACACAdgQIEAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAAAAQAAAAAAAQAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAIAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIAgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACACAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgACAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEACAAAAAAAAgAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAACAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAYAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAQAAAAAAAAAAgABAAAGAAAIAAAAAIAAB3BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAxAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAADEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAABAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAIAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgCAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAIAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAEAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAI"},"index":{"lists":[[11,12,91,93,94,95],[1,2,4,5,6,7,8,11,12,13,14,35,36,37,38,39,42,43,44,45,48,49,50,51,52,53,54,55,56,57,58,59,63,68,69,71,72,73,74,75,76,77,78,79,80,81,82,86,87,88,89,91,93,94,95,99,104,105,132,135,136,138,149,150,151,153,154,155,156,157,158,166,169,179,180,184,185,188,197,198,202,206,208,209,210,211,213,215,216,218,221,222,223,224,238],[1,2,4,5,6,7,8,11,12,13,14,35,36,37,38,39,41,42,43,44,45,48,49,50,51,52,53,54,55,56,57,58,59,63,64,68,69,71,72,73,74,75,76,77,78,79,80,81,82,85,86,87,88,89,91,93,94,95,99,104,105,111,132,135,136,138,149,150,151,153,154,155,156,157,158,166,169,179,180,181,184,185,188,197,198,202,206,208,209,210,211,213,215,216,218,221,222,223,224,227,228,229,238],[11,12,61,84,91,93,94,95,187,227,244],[11,12,91,93,94,95,123,124,125,230,231,232,233,234,235,236],[4,5,11,12,91,93,94,95],[11,12,60,62,91,93,94,95],[11,12,91,93,94,95,218,237],[8,11,12,73,91,93,94,95,104,105,130,131,218,223,224],[8,11,12,91,93,94,95,123,124,125],[8,11,12,59,66,71,74,78,79,91,93,94,95,115,123,124,125,126,143,157,158,160,164,172,174,180,182,183,184,185,196,203,204,205,212,238],[11,12,21,22,23,29,30,91,93,94,95,103,163,176],[11,12,91,93,94,95,127,250],[10,11,12,91,93,94,95],[1,8,11,12,14,91,93,94,95,123,124,125,152,165,206,210,211,238],[8,11,12,16,91,93,94,95,123,124,125,129,152,206,210,211,238],[8,11,12,38,91,93,94,95,123,124,125,152,188,206,210,211,222,238],[4,8,11,12,24,91,93,94,95,123,124,125,152,153,175,206,210,211,226,238],[0,2,7,8,9,11,12,27,28,31,32,88,91,93,94,95,123,124,125,146,152,153,159,162,188,190,206,207,210,211,214,217,219,238,239,242,245,246,249,251],[3,8,11,12,15,18,27,31,32,34,41,44,45,67,70,89,90,91,93,94,95,99,101,107,108,110,116,123,124,125,128,133,136,139,146,152,153,161,168,170,171,177,188,189,200,206,210,211,238,247,252],[8,11,12,91,93,94,95,123,124,125,152,206,210,211,238],[8,11,12,91,93,94,95,123,124,125,152,153,206,210,211,238],[8,11,12,13,91,93,94,95,123,124,125,152,206,210,211,238],[8,11,12,91,93,94,95,123,124,125,152,206,210,211,238,243],[8,11,12,87,91,93,94,95,123,124,125,152,153,206,210,211,228,238,240,241],[8,11,12,82,90,91,93,94,95,102,106,117,123,124,125,148,152,192,206,210,211,228,238],[8,11,12,17,41,91,93,94,95,101,109,123,124,125,138,139,152,167,206,210,211,238],[7,8,11,12,33,65,91,93,94,95,123,124,125,152,153,206,210,211,238],[8,11,12,17,47,91,93,94,95,123,124,125,138,152,206,210,211,238],[8,11,12,19,20,40,52,91,93,94,95,100,112,114,118,123,124,125,134,140,141,142,144,145,147,152,156,173,178,179,191,194,199,201,202,206,210,211,220,225,238],[8,11,12,14,55,91,92,93,94,95,123,124,125,152,206,210,211,238],[5,8,11,12,91,93,94,95,123,124,125,152,206,210,211,238],[8,11,12,17,91,93,94,95,123,124,125,152,206,210,211,238],[11,12,91,93,94,95,98,113,119,120,121,122,137,193,195,248],[11,12,63,91,93,94,95],[8,11,12,25,26,91,93,94,95,123,124,125,206,210,211,238],[11,12,35,91,93,94,95],[11,12,36,37,39,42,43,91,93,94,95],[11,12,46,50,51,53,91,93,94,95],[11,12,49,72,91,93,94,95],[11,12,49,91,93,94,95,96,97],[11,12,49,73,75,91,93,94,95],[11,12,49,91,93,94,95],[11,12,54,56,58,72,91,93,94,95,213],[11,12,57,91,93,94,95,155],[11,12,72,91,93,94,95,213],[11,12,73,75,81,91,93,94,95,229],[11,12,75,91,93,94,95],[11,12,80,86,91,93,94,95,213,229],[11,12,83,91,93,94,95,186],[11,12,91,93,94,95,154],[11,12,91,93,94,95,213],[11,12,91,93,94,95,229],[11,12,77,91,93,94,95,216],[11,12,77,91,93,94,95,216,227],[11,12,77,91,93,94,95,197,198,216],[4,5,11,12,77,91,93,94,95,216],[11,12,77,91,93,94,95,216,218],[8,11,12,73,77,91,93,94,95,104,105,216,218,223,224],[8,11,12,77,85,91,93,94,95,197,198,216],[8,11,12,59,64,68,69,71,74,76,77,78,79,91,93,94,95,157,158,169,180,181,184,185,197,198,216,238],[1,6,8,11,12,14,77,91,93,94,95,197,198,206,208,209,210,211,216,221,238],[8,11,12,77,91,93,94,95,197,198,206,208,209,210,211,216,238],[8,11,12,38,77,91,93,94,95,188,197,198,206,208,209,210,211,216,222,238],[4,8,11,12,77,91,93,94,95,153,197,198,206,208,209,210,211,216,238],[2,7,8,11,12,77,88,91,93,94,95,153,188,197,198,206,208,209,210,211,215,216,238],[8,11,12,41,44,45,77,89,91,93,94,95,99,132,136,153,188,197,198,206,208,209,210,211,216,238],[8,11,12,77,91,93,94,95,166,197,198,206,208,209,210,211,216,238],[8,11,12,77,91,93,94,95,153,197,198,206,208,209,210,211,216,238],[8,11,12,13,77,91,93,94,95,111,197,198,206,208,209,210,211,216,238],[8,11,12,77,87,91,93,94,95,153,197,198,206,208,209,210,211,216,228,238],[8,11,12,77,82,91,93,94,95,197,198,206,208,209,210,211,216,228,238],[8,11,12,41,77,91,93,94,95,138,197,198,206,208,209,210,211,216,238],[7,8,11,12,77,91,93,94,95,153,197,198,206,208,209,210,211,216,238],[8,11,12,77,91,93,94,95,132,135,138,197,198,206,208,209,210,211,216,238],[8,11,12,52,77,91,93,94,95,132,156,179,197,198,202,206,208,209,210,211,216,238],[8,11,12,14,55,77,91,93,94,95,197,198,206,208,209,210,211,216,238],[5,8,11,12,77,91,93,94,95,197,198,206,208,209,210,211,216,238],[11,12,63,77,91,93,94,95,216],[8,11,12,77,91,93,94,95,197,198,206,210,211,216,238],[11,12,35,77,91,93,94,95,216],[11,12,36,37,39,42,43,77,91,93,94,95,216],[11,12,50,51,53,77,91,93,94,95,216],[11,12,48,49,72,77,91,93,94,95,216],[11,12,49,77,91,93,94,95,216],[11,12,49,73,75,77,91,93,94,95,216],[11,12,54,56,58,72,77,91,93,94,95,149,213,216],[11,12,57,77,91,93,94,95,155,216],[11,12,72,77,91,93,94,95,213,216],[11,12,73,75,77,81,91,93,94,95,151,216,229],[11,12,75,77,91,93,94,95,216],[11,12,77,80,86,91,93,94,95,213,216,229],[11,12,77,91,93,94,95,150,216],[11,12,77,91,93,94,95,151,216],[11,12,77,91,93,94,95,154,216],[11,12,77,91,93,94,95,213,216],[11,12,77,91,93,94,95,216,229]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,53,53,53,53,61,62,63,64,65,66,67,62,68,69,62,62,62,70,71,72,62,73,74,75,76,77,68,62,62,62,53,53,53,78,79,53,61,62,63,64,65,66,67,62,68,69,62,62,62,70,71,72,62,73,74,75,76,77,68,62,62,62,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,80],[9679,81],[9135,82],[215,83],[10095,84],[10003,85],[8595,84],[10008,86],[9472,87],[10007,88],[10004,89],[8730,90],[10006,91],[8505,53],[9762,92],[9888,92],[8617,93],[8226,94],[10060,95],[9654,96],[65123,96]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,111,112,114,117,123],[5,6,12,13,65,67,68,69,75,117],[65,67,68,69,92],[65,67,68,69,89,90,91,107,118],[1,65,67,68,69,89,90,91,92,107],[65,67,68,69,89,90,91,107],[7,65,67,68,69,89,90,91,107,108],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,113,116],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,115,121,123],[65,67,68,69,89,90,91,107,108],[65,67,68,69,74,86,89,90,91,103,107],[2,23,65,67,68,69,73,80,89,90,91,98,107,120],[16,44,65,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,98,107],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,110],[35,65,66,67,68,69,89,90,91,107],[2,65,67,68,69,89,90,91,107],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,110],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,109],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,111,112,122],[55,65,67,68,69,108],[55,63,65,67,68,69,108],[23,26,27,55,64,65,67,68,69,72,95,97,98,108],[55,65,67,68,69,119],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,108],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,110],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,110],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,109]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
  if (/\bMultiple Failures \(\d{1,6} failures?\)/.test(line)) return true;
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
