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
} from "./chunk-FUMKQ7HG.js";
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
var DERIVED = `{"prefilter":{"key":"rules 250\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b/\\n/\\\\b(?:column|relation|type|schema|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '|\\\\bTable '[^'\\\\n]{1,200}' doesn't exist\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Could not get a resource|Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,30,31,32,49,51,145,210,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,407,409,410,411,412,413,414,415,418,419,420,422],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,56,54,55,123,50,47,49,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123,36],"words":8,"quiet":11648,"states":13126,"edges":"AAAAAAAAAAABAAAAUwAAAAIAAACbhAAAAwAAAPENAAAEAAAAxdEAAAUAAAAQYgYABgAAABgeAgAHAAAA2A8HAAgAAACZ6AEACQAAAL2LAAAKAAAAAUcAAAsAAACZtwgADAAAAO2QAAANAAAAqxcAAA4AAADadAEADwAAACKtAAAQAAAA7yUAABEAAAAlggEAEgAAABQJAAATAAAAodsBABQAAABzXQMAFQAAAKsJAgAWAAAAShIBABcAAABF9AEAGAAAAEoLAgAZAAAArP0BABoAAAAEFQIAGwAAAPmYAgAcAAAAqNMCAB0AAAAAAAAAHgAAAE3tDAAfAAAAkAgBACAAAAB9PwIAIQAAAAAAAAAiAAAAV8IBACMAAACS8AAAJAAAAOlYAwAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA8qABACkAAAB7sQEAKgAAAOgzCgArAAAAShgMACwAAAAAAAAALQAAALvvAQAuAAAAAAAAAC8AAAAHRAIAMAAAAE/IAgAxAAAAAAAAADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAABmGwsAPAAAAMYlCwA9AAAALwIOAD4AAADnMQwAPwAAAAAAAABAAAAAjTIMAEEAAAAAAAAAQgAAAJ9TDABDAAAAfFgMAEQAAACFIxAARQAAAGxyDABGAAAAa34MAEcAAAB9nwwASAAAANCfDABJAAAAI6AMAEoAAABLsgwASwAAAC+2DABMAAAA5uMMAE0AAABfYQ0ATgAAALJhDQBPAAAAPGYNAFAAAAAoVg4AUQAAAHtWDgBSAAAAzlYOAFUAAACmAAAAVgAAACPfAwBYAAAAziYJAFkAAAAIPwEAXAAAAE2bAABeAAAAhLMJAF8AAADtBQgAZwAAAOINAgBqAAAAmdoDAHAAAAChPAAAqQAAAPkAAACzAAAAS/gCALUAAABzfwoA/AAAAIDADgBRAQAAnwEAAKUBAADyAQAA+QEAAEUCAABNAgAAmAIAAJoCAADrAgAA9AIAAD4DAABIAwAAkQMAAJwDAADkAwAA8AMAADcEAABEBAAAigQAAJQEAADdBAAA6wQAADAFAAA/BQAAgwUAAIUFAADWBQAA4AUAACkGAAA3BgAAfAYAAIEGAADPBgAA3AYAACIHAAAqBwAAdQcAAIUHAADIBwAAygcAABsIAAApCAAAbggAAH8IAADTwA4AyAgAACbBDgAWCQAAAKUMABwJAABnCQAAKQkAAMlbCgAtCQAAdqAMADAJAAAhIAoAbgkAALoJAAB0CQAAS20KAL8JAAANCgAAGQoAAGAKAABjCgAAswoAALsKAAAGCwAAEwsAAFkLAABeCwAArAsAALYLAAD/CwAABwwAAFIMAABeDAAApQwAAGEMAAATBwIAuAwAAPgMAAAGDQAASw0AAE4NAACeDQAAqA0AAHnBDgDzDQAAJ3EAAPQNAACRogEA9g0AAEQOAAD6DQAAKV8LAPsNAACxZwIA/A0AAJABAgD9DQAA1B0AAP4NAAB/hwwA/w0AAF16AQAADgAAqS8AAAIOAAAdLgMABQ4AAGW5AgAODgAAVsADABEOAACGhgwASg4AAJcOAABTDgAALUQIAJ0OAADqDgAA/g4AAD0PAABSDwAAkA8AAJgPAADjDwAA7Q8AADYQAAA7EAAAiRAAAI4QAADcEAAA5BAAAC8RAABFEQAAghEAAIQRAADVEQAA4hEAACgSAAA8EgAAexIAAIMSAADOEgAA3RIAACETAAAyEwAAdBMAAIITAADHEwAA0xMAABoUAAAnFAAAbRQAAHcUAADAFAAAwxQAABMVAAAbFQAAZhUAAGgVAAC5FQAAyhUAAAwWAAASFgAAXxYAAGsWAACyFgAAtBYAAAUXAAAMFwAAWBcAAGwXAADMwQ4ArBcAAEeBDgCtFwAAECsCALAXAAD+FwAAtBcAAIzeAQC5FwAA5x0DAAAYAABXyQAAARgAACnOBwAFGAAAeeQJAAYYAABRGAAACBgAAHc7AQAJGAAAIJQHAAsYAACHpAYADRgAAD3CCgAPGAAAKnYGABQYAAA5MQIAFxgAAFURBgBSGAAApBgAAFQYAADW2wUAVxgAAPziCgC7GAAA9xgAAA8ZAABKGQAAVRkAAJ0ZAAC2GQAA8BkAAPIZAABDGgAAXRoAAJYaAAClGgAA6RoAAO4aAAA8GwAASRsAAI8bAACfGwAA4hsAAOobAAA1HAAAQRwAAIgcAACVHAAA2xwAAOUcAAAuHQAANB0AAIEdAACVHQAAH8IOANodAAAnHgAA3h0AADsmDADrHQAAjPIKAEIeAAB6HgAAhh4AAM0eAADTHgAAIB8AACMfAAD2pwUAKB8AAHMfAAB2HwAAYsgFAHofAADGHwAAfh8AAMapBACBHwAAb40DAMsfAAAZIAAAJSAAAGwgAABvIAAAvyAAAMcgAAASIQAAHyEAAGUhAABqIQAAuCEAAMIhAAALIgAAEyIAAF4iAABhIgAAsSIAALoiAAAEIwAABSMAAFcjAABYIwAAqiMAAK8jAAD9IwAAAyQAAFAkAABaJAAAoyQAAKskAAD2JAAA+SQAAEklAABMJQAAnCUAAK0lAABywg4A8SUAALOpAQD0JQAAGDILAPglAABeEw4A+yUAAEImAAD9JQAA1SwIAFomAACVJgAAmCYAAOgmAAD0JgAAOycAAEgnAACOJwAAlScAAOEnAADjJwAANCgAAD0oAACHKAAAkSgAANooAADlKAAALSkAAEkpAACAKQAAiCkAAMXCDgDYKQAAJioAAC4qAAB5KgAAeioAAMwqAADOKgAAHysAACIrAAByKwAAdSsAABjDDgDKKwAAGCwAAB4sAABrLAAAciwAAL4sAADGLAAAES0AABQtAABkLQAAbS0AALctAAC4LQAACi4AAAsuAABdLgAAbi4AALAuAAC+LgAAAy8AAA8vAABWLwAAXS8AAGvDDgCvLwAA/C8AAP4vAABPMAAAZTAAAKIwAACqMAAA9TAAAPcwAABIMQAAUTEAAJsxAAClMQAA7jEAAPkxAABBMgAATTIAAJQyAAChMgAA5zIAAPEyAAA6MwAASDMAAI0zAACcMwAA4DMAAOIzAAAzNAAAPTQAAIY0AACUNAAA2TQAAN40AAAsNQAAOTUAAH81AACHNQAA0jUAANg1AAAlNgAAMTYAAHg2AACVNgAAyzYAANQ2AAAeNwAALDcAAHE3AAB3NwAAxDcAANA3AAAXOAAAGjgAAGo4AAByOAAAvTgAAM44AAAQOQAAHjkAAGM5AAB8OQAAtjkAALc5AAAJOgAAJjoAAL7DDgBhOgAArzoAALU6AAACOwAACjsAAFU7AABeOwAAqDsAAKs7AAD7OwAABzwAAE48AABUPAAAZMQOAL08AAD0PAAA/DwAALfEDgBKPQAAmj0AAKs9AADtPQAA9T0AAEA+AABOPgAAkz4AAJY+AADmPgAA7j4AADk/AABGPwAAjD8AAJE/AADfPwAA6T8AADJAAAA6QAAAhUAAAJFAAADYQAAA5UAAACtBAAAtQQAAfkEAAJdBAADRQQAA4kEAACRCAAAwQgAAd0IAAH5CAADKQgAA0kIAAB1DAAAiQwAAcEMAAH1DAADDQwAAy0MAABZEAAAgRAAAaUQAAHREAAC8RAAAyEQAAA9FAAAXRQAACsUOAG5FAAC1RQAAu0UAAAhGAAAjRgAAW0YAAGdGAACuRgAAtEYAAF3FDgAGRwAA0xsCAAdHAAAj2AQACEcAAI72BgAMRwAAVEcAAA1HAAC/2gkAD0cAAAF3BQAVRwAA5yQCAGBHAACnRwAArUcAAFJXDQCvRwAAsMUOAAZIAABNSAAAU0gAAKBIAAC7SAAA80gAAP9IAABGSQAATEkAAJlJAAChSQAA7EkAAPJJAAA/SgAAS0oAAJJKAACvSgAA5UoAAO5KAAA4SwAAREsAAItLAACOSwAA3ksAAOhLAAAxTAAAPUwAAIRMAACLTAAA10wAAN9MAAAqTQAAK00AAP9eAAAtTQAAfU0AAIxNAADQTQAA1k0AACNOAAAlTgAAdk4AAIxOAADJTgAA504AABxPAAA1TwAAb08AAHFPAADCTwAAxU8AABVQAAAhUAAAaFAAAG9QAAC7UAAAw1AAAA5RAAAQUQAAYVEAAGpRAAC0UQAAvlEAAAdSAAASUgAAWlIAAGZSAACtUgAAulIAAABTAAAKUwAAU1MAAGFTAACmUwAAtVMAAPlTAAD7UwAATFQAAFZUAACfVAAArVQAAPJUAAD3VAAARVUAAFJVAACYVQAArVUAAOtVAADzVQAAPlYAAFdWAACRVgAAmlYAAORWAADuVgAAN1cAAD9XAACKVwAAl1cAAN1XAADiVwAAMFgAADhYAACDWAAAhFgAANZYAADYWAAAKVkAACxZAAB8WQAAf1kAAAPGDgDUWQAAIloAAChaAAB1WgAAfFoAAMhaAADQWgAAG1sAAB9bAABuWwAAcFsAAMFbAADEWwAAFFwAABxcAABnXAAAaFwAALpcAADAXAAADV0AABJdAABgXQAAe10AALNdAADBXQAABl4AAA1eAABZXgAAZV4AAKxeAACzXgAAVsYOAAFfAABSXwAAVV8AAKVfAACoXwAAqcYOAP1fAABLYAAAUWAAAJ5gAAClYAAA8WAAAA9hAABEYQAAXWEAAJdhAACZYQAA6mEAAO1hAAA9YgAASWIAAJBiAACXYgAA42IAAOtiAAA2YwAAOGMAAIljAACSYwAA3GMAAOZjAAAvZAAAOmQAAIJkAACOZAAA1WQAAOJkAAAoZQAAMmUAAHtlAACJZQAAzmUAAN1lAAAhZgAAI2YAAHRmAAB+ZgAAx2YAANVmAAAaZwAAH2cAAG1nAAB6ZwAAwGcAANVnAAATaAAAG2gAAGZoAAB/aAAAuWgAAMJoAAAMaQAAFmkAAF9pAABnaQAAsmkAAL9pAAAFagAACmoAAFhqAABgagAAq2oAAKxqAAD+agAAAGsAAFFrAABUawAApGsAAKdrAAD8xg4A/GsAAEpsAABQbAAAnWwAAKRsAADwbAAA+GwAAENtAABHbQAAlm0AAJhtAADpbQAA7G0AADxuAABEbgAAj24AAJBuAADibgAA6G4AADVvAAA6bwAAiG8AAKNvAADbbwAA6W8AAC5wAAA1cAAAgXAAAI1wAADUcAAA23AAAE/HDgAqcQAAenEAAItxAADNcQAA1XEAAN+LAQDpcQAAIHIAAChyAACixw4AgnIAAMZyAADMcgAAGXMAABtzAABscwAAgnMAAL9zAADdcwAAEnQAABV0AABldAAAcXQAALh0AAC+dAAAC3UAACZ1AABedQAAanUAALF1AAC3dQAABHYAACJ2AABXdgAAZ3YAAKp2AAC4dgAA/XYAAAN3AABQdwAAU3cAAKN3AACtdwAA9ncAABR4AABJeAAAX3gAAJx4AACoeAAA73gAAPJ4AABCeQAARXkAAJV5AACXeQAA6HkAAP95AAA7egAAR3oAAI56AACqegAA4XoAAOl6AAD1xw4ARXsAAId7AACVewAA2nsAAOZ7AAAtfAAAOnwAAIB8AACKfAAA03wAANt8AAAmfQAAJ30AAHl9AAB7fQAAzH0AAM99AAAffgAAIn4AAEjIDgB3fgAAxX4AAMt+AAAYfwAAH38AAGt/AABzfwAAvn8AANR/AAARgAAAGoAAAGSAAABngAAAt4AAAMGAAAAKgQAAEoEAAF2BAAB2gQAAsIEAALyBAAADggAAC4IAAJvIDgBeggAAqYIAAKyCAAD8ggAABoMAAE+DAABVgwAAooMAALCDAAD1gwAAAoQAAEiEAABfhAAA7sgOAJyEAACSlQ0AnoQAACKmAQChhAAABlACAKKEAABK6AYAo4QAAO3ABQCkhAAAiMIAAKWEAABVLQIAqIQAAGVsDQCqhAAA7oQAAKyEAADgqAcAsYQAAMDqBQCyhAAAWQoMAPiEAABDiAgA/YQAAEGFAABNhQAAlIUAAJWFAADjoAMAl4UAAOeFAADqhQAAOoYAAEGGAACGgAEAQoYAAI2GAABShgAA/CgBAJSGAADghgAA7IYAADOHAABAhwAAhocAAJSHAADZhwAA5YcAACyIAAAziAAAf4gAAIeIAADSiAAA4ogAACWJAAAqiQAAeIkAAH6JAADLiQAA04kAAB6KAAAnigAAcYoAAHSKAADEigAA0IoAABeLAAAdiwAAQckOAImLAACUyQ4AyosAABCMAAASjAAAN/0AABOMAAC+cQIAF4wAAOSbAgAbjAAAXxwLAByMAABCxQEAH4wAADYWCwApjAAAN0kCADCMAABjjAAAcIwAALaMAAC7jAAACY0AAA2NAABcjQAAaY0AAK+NAAC3jQAAAo4AALqNAAD/xQkACY4AAFWOAAARjgAA02cDAFeOAACojgAAso4AAPuOAAD9jgAATo8AAGePAAChjwAAo48AAPSPAAD3jwAAR5AAAFOQAACakAAAopAAAOfJDgDzkAAAQJEAAPWQAAD6fRAA/JAAANr+BQD+kAAAEVYGAACRAACtSwEACZEAAG/7CwBGkQAAmuMAAFiRAACTkQAAlZEAAOaRAACgkQAAAKYAAKyRAAC8lwAA9ZEAADmSAABIkgAAjJIAAJiSAADfkgAA4pIAADKTAAA1kwAAhZMAAJ2TAADYkwAA35MAACuUAAA3lAAAfpQAAIuUAADRlAAA35QAACSVAAAwlQAAd5UAAH6VAADKlQAA4pUAAB2WAAAplgAAcJYAAHaWAADDlgAAyZYAABaXAAAblwAAaZcAAG+XAACNyg4AvpcAAA+YAAAWmAAAYpgAAHqYAAC1mAAAvJgAAAiZAAAhmQAAW5kAAHOZAACumQAAupkAAAGaAAAHmgAAVJoAAFqaAACnmgAArJoAAPqaAAAAmwAA4MoOAGabAACgmwAAsZsAAPObAAABnAAARpwAAFWcAACZnAAAoZwAAOycAAAMnQAAP50AAEudAACSnQAApp0AAOWdAADtnQAAOJ4AAD6eAACLngAAl54AAN6eAADongAAMZ8AADefAACEnwAAkp8AANefAADjnwAAKqAAAEWgAAB9oAAAf6AAANCgAADhoAAAI6EAACuhAAB2oQAAhKEAAMmhAADMoQAAHKIAACSiAABvogAAfKIAAMKiAADHogAAFaMAAB+jAABoowAAcKMAALujAAC9owAADqQAAB+kAABhpAAAcqQAALSkAAC5pAAAB6UAAAulAABapQAAZqUAAK2lAAC0pQAAM8sOAAWmAABTpgAAXaYAAKamAAC+pgAA+aYAAPymAABMpwAAVacAAJ+nAACgpwAA8qcAAPOnAABFqAAASqgAAJioAACeqAAA66gAAPWoAAA+qQAASqkAAJGpAACYqQAA5KkAAPypAAA3qgAAOaoAAIqqAACTqgAA3aoAAOeqAAAwqwAAO6sAAIOrAACbqwAA1qsAAOyrAAAprAAALqwAAHysAACDrAAAz6wAANusAACGyw4AJK0AACmeAgAnrQAAnbgBACutAABh1AUALa0AAIViBwAzrQAAda0AAHetAADAWQIAg60AAMitAADUrQAAG64AANetAADH2wcAKK4AAG6uAAB4rgAAwa4AAMKuAAC3cQ4Aya4AABSvAAAbrwAAZ68AAC+vAADzlAEAbK8AALqvAADGrwAADbAAABCwAABgsAAAaLAAALOwAADAsAAABrEAAAuxAABZsQAAY7EAAKyxAAC0sQAA/7EAAAKyAABSsgAAW7IAAKWyAACmsgAA+LIAAPmyAABLswAAULMAAJ6zAACkswAA8bMAAPuzAABEtAAATLQAAJe0AACZtAAA6rQAAPO0AAA9tQAAR7UAAJC1AACbtQAA47UAAO+1AAA2tgAAQ7YAAIm2AACTtgAA3LYAAOq2AAAvtwAAPrcAAIK3AACEtwAA1bcAAN+3AAAouAAANrgAAHu4AACAuAAAzrgAANu4AAAhuQAAKbkAAHS5AAB1uQAAx7kAAM25AAAaugAAH7oAAG26AAB3ugAAwLoAAMW6AAATuwAAIrsAAGa7AABruwAAubsAAMq7AAAMvAAAFLwAAF+8AABlvAAAsrwAAL68AAAFvQAAIr0AAFi9AABhvQAAq70AALe9AAD+vQAAAb4AAFG+AABbvgAApL4AALC+AAD3vgAA/r4AAEq/AABSvwAAnb8AALa/AADwvwAABMAAAEPAAABLwAAAlsAAAJnAAADpwAAA9cAAADzBAABCwQAAj8EAAKrBAADiwQAA7sEAADXCAAA7wgAA2csOAJLCAADbwgAA5sIAAC7DAAA2wwAAXdQAADrDAACBwwAAjsMAANTDAADewwAAJ8QAADXEAAB6xAAAicQAAM3EAADPxAAAIMUAACrFAABzxQAAgcUAAMbFAADLxQAAGcYAACbGAABsxgAAdMYAAL/GAADAxgAAEscAAMPGAABYYwEAz8YAAE6IAQAjxwAAZccAAG7HAAC4xwAAz8cAAAvIAAAZyAAAXsgAAGvIAACxyAAAucgAAATJAAAjyQAALMwOAGDJAACqyQAAtMkAAP3JAAAIygAAf8wOAFLKAACjygAArMoAAPbKAAAAywAAScsAAFTLAACcywAAqMsAAO/LAAD8ywAAQswAAEzMAACVzAAAo8wAAOjMAAD3zAAAO80AAD3NAACOzQAAmM0AAOHNAADvzQAANM4AADnOAACHzgAAlM4AANrOAADizgAALc8AADPPAACAzwAAjM8AANPPAADwzwAAJtAAAC/QAAB50AAAh9AAAMzQAADS0AAAH9EAACvRAABy0QAAedEAANLMDgDH0QAABQkCAMvRAAAY0gAAHdIAAGvSAAAm0gAApUMEAHjSAAC+0gAA1dIAABHTAAAS0wAAZNMAAGbTAAC30wAAutMAAArUAAAN1AAAJc0OAH7UAACw1AAAsdQAAAPVAAAF1QAAVtUAAFnVAACp1QAArNUAAHjNDgAB1gAAT9YAAFXWAACi1gAAqdYAAPXWAAAX1wAASNcAAFDXAACb1wAAqtcAAO7XAADw1wAAQdgAAFLYAACU2AAApdgAAOfYAADz2AAAOtkAAEHZAACN2QAAldkAAODZAADk2QAAM9oAAEHaAACG2gAAkNoAANnaAADk2gAALNsAADHbAAB/2wAAiNsAANLbAADc2wAAJdwAAC3cAAB43AAAetwAAMvcAADY3AAAHt0AADLdAABx3QAAed0AAMTdAADF3QAAF94AABneAABq3gAAbd4AAL3eAADA3gAAy80OABXfAABj3wAAad8AALbfAAC93wAACeAAABHgAABc4AAAa+AAAK/gAAC04AAAAuEAAA/hAABV4QAAZeEAAKjhAAC24QAA++EAABLiAABO4gAAV+IAAKHiAACn4gAA9OIAAADjAABH4wAATuMAAB7ODgCf4wAAGbgCAKLjAADt4wAAp+MAACoOCQD84wAAQOQAAFHkAACT5AAAoeQAAObkAADy5AAAOeUAAEblAACM5QAAluUAAN/lAADn5QAAMuYAADXmAACF5gAAkeYAANjmAADl5gAAK+cAADXnAAB+5wAAhucAANHnAADT5wAAJOgAAC3oAAB36AAAgegAAMroAADV6AAAHekAADLpAABw6QAAeOkAAMPpAADc6QAAFuoAAB/qAABp6gAAc+oAALzqAADE6gAAD+sAABzrAABi6wAAZ+sAALXrAAC96wAACOwAAAnsAABb7AAAXewAAK7sAACx7AAAAe0AAATtAABxzg4AWe0AAKftAACt7QAA+u0AAAHuAABN7gAAVe4AAKDuAACu7gAA8+4AAPbuAABG7wAATu8AAJnvAACc7wAA7O8AAPjvAAA/8AAASfAAAMTODgCT8AAA2noMAJTwAADl8AAAlfAAAOc4CwCc8AAAH30MAJ3wAABlqwQAofAAAJH1AQCi8AAAVe4KALbwAACv2QEA7vAAADjxAABC8QAAi/EAAJbxAADe8QAA6vEAADHyAAA+8gAAhPIAAI7yAADX8gAA5fIAACrzAAA58wAAffMAAH/zAADQ8wAA2vMAACP0AAAx9AAAdvQAAHv0AADJ9AAA1vQAABz1AAAs9QAAb/UAAHH1AADC9QAA0PUAABX2AAAm9gAAF88OAG/2AABqzw4Aw/YAAL3PDgAX9wAAYfcAAGv3AAC09wAAv/cAAAf4AAAT+AAAWvgAAGf4AACt+AAAt/gAAAD5AAAO+QAAU/kAAGL5AACm+QAAqPkAAPn5AAAD+gAATPoAAFr6AACf+gAApPoAAPL6AAD/+gAARfsAAE37AACY+wAAqPsAAOv7AADt+wAAPvwAAEz8AACR/AAAovwAABDQDgDr/AAAY9AOAFD9AACK/QAAm/0AAN39AADp/QAAMP4AADj+AAC20A4AiP4AANb+AADe/gAAKf8AACv/AAB8/wAALv8AAJDeBgA4/wAAzpwEAIX/AADP/wAAi/8AAA9ZCQDZ/wAAIgABAC0AAQB1AAEAgQABAMgAAQDVAAEAGwEBACUBAQBuAQEAfAEBAMEBAQDQAQEAFAIBABYCAQBnAgEAcQIBALoCAQDGAgEADQMBABUDAQAJ0Q4AYwMBALMDAQDBAwEABgQBABMEAQBZBAEAcAQBAKwEAQC0BAEA/wQBABUFAQBSBQEAXgUBAKUFAQC0BQEA+AUBAAMGAQBLBgEATQYBAJ4GAQCrBgEA8QYBAP8GAQBEBwEARwcBAJcHAQCtBwEA6gcBAPIHAQA9CAEATwgBAFzRDgCYCAEAGGoDAJ0IAQCkxAsAnwgBAOMIAQDoCAEANgkBAD0JAQCJCQEAlQkBANwJAQDpCQEALwoBADEKAQCCCgEAmAoBANUKAQDhCgEAKAsBAEcLAQB7CwEAlwsBAM4LAQDWCwEAr9EOACMMAQB0DAEAfQwBAMcMAQDRDAEAGg0BACUNAQBtDQEAeQ0BAMANAQDNDQEAEw4BAB0OAQBmDgEAdA4BALkOAQDIDgEADA8BAA4PAQBfDwEAaQ8BALIPAQDADwEABRABAAoQAQBYEAEAZRABAKsQAQC7EAEA/hABAAARAQBREQEAXxEBAKQRAQC1EQEAAtIOAP4RAQBV0g4ATBIBAIntBABPEgEAnRIBAFMSAQAnvQEAVhIBADgaBwBYEgEAOJcBAF4SAQBqbwQApBIBAKk8CgCqEgEA8BIBAAcTAQBDEwEASBMBAJYTAQCZEwEA6RMBAKATAQC+rwUAshMBAB66BQDuEwEAm7QFAPUTAQA8FAEAQhQBADsgAQBLFAEAjxQBAJgUAQDiFAEA6BQBADUVAQBDFQEAiBUBAJIVAQDbFQEA7xUBAC4WAQA6FgEAgRYBAJQWAQDUFgEA4xYBACcXAQAzFwEAehcBAHsXAQDNFwEA1xcBACAYAQAuGAEAcxgBAHgYAQDGGAEA0xgBAPvSDgAsGQEAbBkBAHsZAQC/GQEAyxkBABIaAQATGgEAZRoBAG8aAQC4GgEAxhoBAAsbAQAQGwEAXhsBAGsbAQD00w4AsxsBAAQcAQANHAEAVxwBAGEcAQCqHAEAtRwBAP0cAQAJHQEAUB0BAF0dAQCjHQEArR0BAPYdAQAEHgEASR4BAFgeAQCcHgEAnh4BAO8eAQD5HgEAQh8BAFAfAQCVHwEAoh8BAOgfAQD/HwEAR9QOAFYgAQCOIAEAmiABAOEgAQDnIAEANCEBAEAhAQCHIQEAjSEBANohAQDgIQEALSIBADIiAQCAIgEAhiIBAJrUDgDcIgEAJiMBADAjAQB5IwEAhCMBAMwjAQDYIwEAHyQBACwkAQByJAEAfCQBAMUkAQDTJAEAGCUBACclAQBrJQEAbSUBAL4lAQDIJQEAESYBAB8mAQBkJgEAaSYBALcmAQDEJgEACicBABInAQBdJwEAbScBALAnAQCyJwEAAygBABEoAQBWKAEAZygBAJPVDgCwKAEA5tUOAAIpAQBPKQEAWykBAKIpAQCyKQEA9SkBAP4pAQBIKgEASyoBAJsqAQCnKgEA7ioBAPUqAQBBKwEASSsBAJQrAQCyKwEA5ysBAO8rAQA6LAEASywBAI0sAQCSLAEA4CwBAPcsAQAzLQEAQS0BAIYtAQCTLQEA2S0BAOEtAQAsLgEAMC4BAH8uAQCBLgEA0i4BANUuAQAlLwEALS8BAHgvAQB+LwEAyy8BANcvAQAeMAEALjABAHEwAQB6MAEAxDABAMcwAQAXMQEAIzEBAGoxAQBxMQEAOdYOAMYxAQAQMgEAEzIBAGMyAQBxMgEAtjIBAMMyAQAJMwEAIDMBAFwzAQBkMwEArzMBALEzAQACNAEACzQBAFU0AQBfNAEAqDQBALM0AQD7NAEABzUBAE41AQBbNQEAoTUBAKs1AQD0NQEAAjYBAEc2AQBWNgEAmjYBAJw2AQDtNgEA9zYBAEA3AQBONwEAkzcBAJg3AQDmNwEA8zcBADk4AQBBOAEAjDgBAKI4AQDfOAEA6zgBADI5AQBBOQEAhTkBAJA5AQDYOQEA2jkBACs6AQA4OgEAfjoBAIw6AQDROgEA1DoBACQ7AQA6OwEAjNYOAH87AQDx/wEAhTsBAOFsAgCPOwEAyjsBAMw7AQAdPAEALjwBAHA8AQCBPAEAwzwBAMg8AQAWPQEAGj0BAGk9AQB1PQEAvD0BAMM9AQAPPgEAFz4BAGI+AQCAPgEAtT4BAL0+AQDf1g4ADT8BAFs/AQBcPwEAOZEMAGo/AQC0VwsAdD8BAK4/AQCwPwEAAUABABpAAQBUQAEAZUABAKdAAQCzQAEA+kABAPxAAQBNQQEAVkEBAKBBAQBcQQEAI0cBAKpBAQDzQQEA/kEBAEZCAQBSQgEAmUIBAKZCAQDsQgEA9kIBAD9DAQBNQwEAkkMBAKFDAQDlQwEA50MBADhEAQBCRAEAi0QBAJlEAQDeRAEA40QBADFFAQA+RQEAhEUBAJBFAQDXRQEA3UUBACpGAQAwRgEAfUYBAIJGAQDQRgEA1kYBADLXDgAyRwEAdkcBAIJHAQDJRwEAzEcBABxIAQAfSAEAb0gBAHZIAQDCSAEAzkgBABVJAQAiSQEAaEkBAHZJAQC7SQEAx0kBAA5KAQAVSgEAhdcOAGdKAQC0SgEAukoBAAdLAQAMSwEAWksBAGBLAQDY1w4ArksBADjqAQC3SwEASdgKALlLAQBRrw4Au0sBAJ9aCwC8SwEAAEwBAAxMAQBTTAEAVEwBAKZMAQBfTAEAL2oLALBMAQD5TAEAB00BAExNAQBRTQEAn00BAKxNAQAr2A4A9E0BAHokCwAATgEAKBgLABVOAQB+2A4Aa04BAJhOAQC/TgEA604BAA9PAQA+TwEARk8BANHYDgCdTwEA5E8BAOZPAQA3UAEAOlABAIpQAQCPUAEA3VABAOpQAQAwUQEATFEBAINRAQCLUQEAJNkOAN9RAQApUgEA41EBAONbAQAsUgEAfFIBAIhSAQDPUgEA1VIBACJTAQAvUwEAdVMBAHdTAQDIUwEA3lMBABtUAQAnVAEAblQBAHZUAQB32Q4Ax1QBABRVAQAcVQEAZ1UBAGhVAQC6VQEAvFUBAA1WAQAQVgEAYFYBAGNWAQDK2Q4AuFYBAAZXAQAMVwEAWVcBAGBXAQCsVwEAtFcBAP9XAQAMWAEAUlgBAFdYAQClWAEAr1gBAPhYAQAAWQEAS1kBAE1ZAQCeWQEAr1kBAPFZAQACWgEARFoBAElaAQCXWgEAm1oBAOpaAQD2WgEAPVsBAERbAQCQWwEAolsBAB3aDgDoWwEANlwBAD5cAQCJXAEAi1wBANxcAQDrXAEAL10BAD5dAQCCXQEAjl0BANVdAQDYXQEAKF4BACteAQB7XgEAg14BAM5eAQDYXgEAIV8BACZfAQB0XwEAfF8BAMdfAQDRXwEAGmABACVgAQBtYAEAe2ABAMBgAQDDYAEAE2EBABthAQBmYQEAgWEBALlhAQDEYQEADGIBABFiAQBfYgEAYmIBALJiAQC8YgEABWMBABdjAQBw2g4AZmMBAKtjAQC1YwEA/mMBAAlkAQBRZAEAWWQBAKRkAQCqZAEA92QBAPlkAQBKZQEAY2UBAJ1lAQC2ZQEA8GUBAP5lAQBDZgEATWYBAJZmAQCsZgEA6WYBAAZnAQA8ZwEARGcBAI9nAQCfZwEA4mcBAORnAQA1aAEAQ2gBAIhoAQCZaAEAw9oOAOJoAQAW2w4AL2kBAIFpAQCSaQEA1GkBAOBpAQAnagEAKWoBAHpqAQB9agEAzWoBANlqAQAgawEAKGsBALzbDgB+awEAxmsBANJrAQAZbAEAKGwBAGxsAQCMbAEAv2wBAMdsAQASbQEAJm0BAGVtAQBqbQEAuG0BAMFtAQALbgEAEW4BAF5uAQBmbgEAsW4BAMBuAQAEbwEACW8BAFdvAQBkbwEAqm8BALdvAQD9bwEACXABAFBwAQBfcAEAo3ABAK1wAQD2cAEABHEBAElxAQBOcQEAnHEBAKlxAQDvcQEA93EBAEJyAQBFcgEAlXIBAKFyAQDocgEA8nIBADtzAQBFcwEAjnMBAJxzAQDhcwEA7nMBADR0AQBLdAEAh3QBAIp0AQAP3A4A3XQBAPa1AwDkdAEAVl8FAOd0AQAtdQEA6nQBANiZCwDrdAEALHoCAPB0AQDMDgQANHUBAMJBAgA3dQEAPzUDADx1AQDjWg0ASHUBAIB1AQCCdQEA03UBAOR1AQAmdgEANHYBAHl2AQCAdgEAzHYBAM52AQAfdwEA0XYBAJ1eAgDUdgEAW5IBAC53AQBydwEAgXcBAMV3AQDRdwEAGHgBABt4AQBreAEAbngBAL54AQDeeAEAEXkBAB15AQBkeQEAeHkBALd5AQDFeQEACnoBABF6AQBi3A4AdHoBALB6AQCyegEAYvgKALN6AQBp9woAvXoBAAN7AQAFewEAVnsBAGB7AQCpewEAZ3sBAPP7CgCyewEA/HsBAAJ8AQBPfAEAW3wBAKJ8AQCpfAEA9XwBAPp8AQBIfQEAVH0BAJt9AQCefQEA7n0BAPt9AQBBfgEARn4BAJR+AQCefgEA534BAP1+AQA6fwEAPH8BAI1/AQCXfwEA4H8BAO9/AQAzgAEAPoABALXcDgCSgAEA2YABAOaAAQAsgQEAOoEBAH+BAQCLgQEA0oEBANmBAQAI3Q4AKoIBAHiCAQAxggEA4RgOADOCAQD8EwQAeoIBANF/AwB9ggEAcfEJAI+CAQDLggEA2YIBAB6DAQArgwEAcYMBAHmDAQDEgwEAzoMBAAbaBgDUgwEAF4QBABmEAQBqhAEAeIQBAL2EAQDOhAEAW90OABeFAQCu3Q4AaIUBALaFAQC8hQEACYYBABGGAQBchgEAZYYBAK+GAQCyhgEAAocBAA6HAQBVhwEAW4cBAKiHAQCwhwEA+4cBABqIAQBU3g4AUIgBAKGIAQCviAEA9IgBAAWJAQCn3g4ATokBAPreDgCfiQEA7YkBAPOJAQBAigEASIoBAJOKAQCcigEA5ooBAOmKAQA5iwEARYsBAIyLAQCSiwEAoN8OAOGLAQAyjAEAO4wBAIWMAQCPjAEA2IwBAOOMAQArjQEAN40BAH6NAQCLjQEA0Y0BANuNAQAkjgEAMo4BAHeOAQCGjgEAyo4BAMyOAQAdjwEAJ48BAHCPAQB+jwEAw48BAMiPAQAWkAEAI5ABAGmQAQBxkAEAvJABAMyQAQAPkQEAEZEBAGKRAQBwkQEAtZEBAMaRAQDz3w4AD5IBAEbgDgBkkgEArpIBALGSAQABkwEADZMBAFSTAQBakwEAp5MBALSTAQD6kwEA/JMBAE2UAQBjlAEAoJQBAKyUAQCZ4A4A/5QBAEaVAQBMlQEAmZUBAJyVAQDslQEA+pUBAD+WAQBElgEAkpYBAJ+WAQDllgEA7ZYBAOzgDgBFlwEAi5cBAJmXAQDelwEA9JcBADGYAQA6mAEAhJgBAJqYAQDXmAEA35gBACqZAQAtmQEAfZkBAIaZAQDQmQEA0ZkBACOaAQAkmgEAdpoBAHuaAQDJmgEAz5oBABybAQAmmwEAb5sBAHubAQDCmwEAyZsBABWcAQAdnAEAaJwBAGqcAQC7nAEAvJwBAA6dAQAcnQEAYZ0BAGmdAQC0nQEAz50BAAeeAQATngEAWp4BAGCeAQCtngEAsJ4BAACfAQAOnwEAU58BAFifAQCmnwEAs58BAPmfAQABoAEATKABAFqgAQCfoAEAoqABAD/hDgD1oAEARaEBAPagAQDN3wgA/qABAOrPCAAAoQEAgCENAAWhAQBMTA0ASKEBAJihAQCpoQEA66EBAAeiAQA+ogEARqIBAJLhDgCiogEA5KIBAOyiAQA3owEAPaMBAIqjAQCPowEA3aMBAOajAQAwpAEAOqQBAIOkAQCRpAEA1qQBAOOkAQAppQEANaUBAHylAQB/pQEAz6UBAOulAQDl4Q4AJaYBAHWmAQA2pgEAx/cDAIGmAQDIpgEAzqYBABunAQAlpwEAOOIOAHOnAQDBpwEAzqcBABSoAQAcqAEArekOACCoAQBnqAEAJKgBAOOuAQAwqAEAHPsLAG2oAQC6qAEAwKgBAA2pAQASqQEAYKkBAGapAQCL4g4AvakBAFv5CgDBqQEABqoBABeqAQDe4g4AYKoBADHjDgC0qgEAhOMOAA2rAQBSqwEAWasBAKWrAQCtqwEA+KsBAAWsAQBLrAEAUKwBAJ6sAQCorAEA8awBAPmsAQBErQEASq0BAJetAQCZrQEA6q0BAPitAQA9rgEAQK4BAJCuAQCcrgEA1+MOAOWuAQA2rwEARK8BAImvAQCarwEAKuQOAOOvAQB95A4ANbABAIKwAQCIsAEA1bABANqwAQAosQEALrEBANDkDgB9sQEAzrEBAISxAQDQ8gwAh7EBAHcfBQDpsQEAIbIBACOyAQB0sgEAjrIBAMeyAQDUsgEAseMIANiyAQAaswEAHLMBAG2zAQB6swEAwLMBANezAQATtAEALbQBAGa0AQBotAEAubQBAGy0AQDC+wsAvLQBAAy1AQAPtQEAX7UBAGu1AQCytQEAuLUBAAW2AQAPtgEAI+UOAF22AQCrtgEAuLYBAP62AQAKtwEAUbcBAFe3AQCktwEAqrcBAPe3AQD8twEASrgBAFC4AQB25Q4ApLgBAOd9DQCmuAEA260DAKq4AQDljwIArrgBAAQiDACzuAEA8LgBAPG4AQBDuQEABrkBAFOKBABFuQEAlrkBAFG5AQAfwwIAnLkBAOm5AQD3uQEAPLoBAD+6AQCPugEAlLoBAOK6AQDvugEANbsBAEW7AQCIuwEAirsBANu7AQDpuwEALrwBAD+8AQDJ5Q4Ah7wBANS8AQDgvAEAHOYOADi9AQB6vQEAhL0BAM29AQDbvQEAIL4BACG+AQBzvgEAhL4BAMa+AQDSvgEAGb8BACm/AQBsvwEAbr8BAL+/AQDNvwEAEsABACPAAQBv5g4Aa8ABALjAAQDEwAEAwuYOABHBAQBewQEAZMEBALHBAQC2wQEABMIBAArCAQBo5w4AX8IBAKrCAQC0wgEAYj0NAMPCAQD9wgEABsMBAFDDAQBawwEAo8MBAKvDAQD2wwEA+sMBAEnEAQBLxAEAnMQBAJ/EAQDvxAEAC8UBALvnDgBVxQEAlcUBAJbFAQDoxQEA9MUBADvGAQBKxgEAjsYBAJjGAQDhxgEA7cYBADTHAQA7xwEADugOAI3HAQCGjQsAmscBANrHAQDpxwEALcgBADnIAQCAyAEAgcgBANPIAQDdyAEAJskBADTJAQB5yQEAfskBAMzJAQDZyQEAtOgOACfKAQByygEAfsoBAMXKAQDYygEAGMsBABnLAQBrywEAd8sBAL7LAQDNywEAEcwBABvMAQBkzAEAcMwBALfMAQC+zAEAB+kOABvNAQBdzQEAac0BALDNAQDAzQEAA84BAA3OAQBWzgEAXs4BAKnOAQDUzgEA/M4BANXOAQCG0wEAJ88BAE/PAQBXzwEAos8BAKjPAQD1zwEAA9ABAEjQAQBf0AEAm9ABAKbQAQDu0AEA+NABAEHRAQBr0QEAlNEBAJzRAQDn0QEA99EBADrSAQA80gEAjdIBAJvSAQDg0gEA8dIBAADqDgA60wEAU+oOALHTAQDZ0wEA4dMBACzUAQAy1AEAf9QBAI3UAQDS1AEA6dQBACXVAQAw1QEAeNUBAILVAQDL1QEA9dUBAB7WAQAm1gEAcdYBAIHWAQDE1gEAxtYBABfXAQAl1wEAatcBAHvXAQCm6g4AxNcBAPnqDgAS2AEAY9gBAHHYAQC22AEAx9gBAEzrDgAQ2QEAn+sOAGTZAQDy6w4At9kBAEXsDgAE2gEAVdoBAGPaAQCo2gEAudoBAJjsDgAB2wEATtsBAFrbAQDr7A4AqtsBAPTbAQAB3AEAR9wBAFXcAQCa3AEApNwBAO3cAQAH3QEAQN0BAEPdAQCT3QEAmt0BAObdAQAG3gEAOd4BAFPeAQA+7Q4Amd4BAN/eAQCd3gEAdzQCAKLeAQAPigIA7d4BADLfAQA83wEAhd8BAJ/fAQDY3wEA6N8BACvgAQAx4AEAfuABAIDgAQDR4AEA5+ABACThAQAw4QEAd+EBAHvhAQDK4QEAz+EBAB3iAQAj4gEAcOIBAJDiAQDD4gEA3eIBABbjAQAY4wEAaeMBAGzjAQC84wEAv+MBAA/kAQAb5AEAYuQBAGjkAQC15AEAv+QBAJHtDgAN5QEAW+UBAGjlAQCu5QEAuuUBAAHmAQAU5gEAVOYBAGPmAQCn5gEAs+YBAPrmAQD75gEATecBAFfnAQCg5wEArucBAPPnAQD45wEARugBAFPoAQDk7Q4AmugBAOl6CgCb6AEAqTULAJzoAQC6YgsAnugBAO9wDQCf6AEA4KEIAKDoAQC/JgsAo+gBAFYuDACk6AEAnCsLAKXoAQCWJwoApugBABnTCgCn6AEAaaQKAKjoAQBu5QQAqegBAOzoAQCx6AEATxMQALPoAQD2yQwAtegBAPj9DQC86AEAZz8QAMToAQCi1QwA2OgBADoyDADd6AEA5S0QAO7oAQA/6QEA/egBAFSZDABN6QEAkukBAKPpAQA37g4A7OkBAIruDgBE6gEAi+oBAJrqAQDe6gEA6OoBADHrAQA96wEAhOsBAFTrAQBxiQwAi+sBADDvDgDZ6wEAKuwBADvsAQB97AEAhuwBANDsAQDc7AEAI+0BACbtAQB27QEAfu0BAMntAQDT7QEAHO4BACHuAQBv7gEAd+4BAMLuAQDb7gEAFe8BACHvAQBo7wEAcO8BANbvDgDD7wEAKfAOABHwAQBh8AEAZPABALTwAQDA8AEAB/EBAA3xAQBa8QEAZPEBAHzwDgCy8QEAAPIBAA3yAQBT8gEAW/IBAM/wDgCs8gEA+fIBAP/yAQBM8wEAUfMBAJ/zAQCl8wEAIvEOAPrzAQB18Q4AR/QBAIjWCQBK9AEAmPQBAFH0AQDTkAkAovQBAOv0AQCn9AEABJgHAPP0AQBVlAsAB/UBAD71AQBG9QEAyPEOAJb1AQDk9QEA+vUBADf2AQA49gEAivYBAIz2AQDd9gEA4/YBADD3AQA89wEAg/cBAIr3AQDW9wEA3vcBACn4AQAy+AEAfPgBAH/4AQDP+AEA3fgBACL5AQAv+QEAdfkBAIz5AQDI+QEA0PkBABv6AQAn+gEAFPsBAEb6AQBu+gEAmfoBAMH6AQDl+gEAG/IOADH7AQBn+wEAcPsBAGD8AQB4+wEAuvsBAOj7AQAN/AEAMfwBAG7yDgBi/AEAs/wBAMT8AQAG/QEANP0BAFn9AQB9/QEAwfIOALL9AQBD8AUAtf0BAP/9AQC4/QEA+4YNAAn+AQBS/gEADP4BAAv4BQAN/gEArj4NAFr+AQCl/gEAqf4BAPj+AQD6/gEAS/8BAE7/AQCe/wEAuv8BABTzDgD2/wEAyA0LAPv/AQCVfwsA/f8BAEQAAgABAAIA1R4KAGEAAgCXAAIAoAACAOoAAgDsAAIAPQECAE4BAgBn8w4AlQECAOMBAgDsAQIANgICAEcCAgCJAgIAkAICANwCAgDkAgIALwMCAPYCAgBIIwIAPAMCANUDAgA+AwIAIQUCAEgDAgCCAwIAjgMCALrzDgDaAwIAKAQCADIEAgB7BAIAgwQCAA30DgDaBAIAYPQOACYFAgB0BQIAgQUCAMcFAgDRBQIAGgYCABwGAgBtBgIAewYCAMAGAgDNBgIAs/QOABgHAgBmBwIAcwcCALkHAgDDBwIADAgCAA4IAgBfCAIAbQgCALIIAgC/CAIABvUOAAgJAgBeGg0ACwkCAP5iDQASCQIAWAkCAGIJAgBZ9Q4AswkCAP4JAgAACgIAIV4NABUKAgBRCgIAVgoCAKQKAgCuCgIA9woCAP8KAgCs9Q4AVAsCAJ0LAgCpCwIA8AsCAPMLAgBDDAIATQwCAJYMAgCwDAIA6QwCAAANAgA8DQIAQQ0CAI8NAgCrDQIA//UOAOwNAgA1DgIA8w0CAIBLBwBBDgIAiA4CAIsOAgDbDgIA5Q4CAC4PAgBIDwIAgQ8CAIcPAgDUDwIA1g8CACcQAgA1EAIAehACAH0QAgDNEAIA2RACACARAgAjEQIAcxECAJYRAgBS9g4AyBECABkSAgAnEgIAbBICAG8SAgC/EgIAyxICABITAgAVEwIApfYOAHATAgC4EwIAvhMCAAsUAgAQFAIAXhQCAGIUAgCxFAIAtBQCAPj2DgAFFQIAPQ4MAAcVAgAc7Q0AChUCAFcVAgANFQIA+uUNAA4VAgDhGQIAEBUCACzTDQASFQIAt8sNABMVAgCo2Q0AFBUCADD2DQAbFQIAIg0LAB4VAgCjyQwAYxUCAKoVAgDTFQIA/RUCAAkWAgBQFgIAXxYCAKMWAgCtFgIA9hYCAPkWAgBJFwIAYxcCAJwXAgCmFwIA7xcCAPQXAgBCGAIATBgCAJUYAgCgGAIA6BgCAO4YAgA7GQIAQBkCAI4ZAgCSGQIAS/cOAOYZAgA0GgIA7xkCAHfgDQA+GgIAhxoCAJIaAgDaGgIA4BoCAC0bAgAyGwIAgBsCAIQbAgCe9w4A2BsCAM6qAgDaGwIALIcMANsbAgAKhwsA3RsCANZQDQDtGwIAJhwCADAcAgB5HAIAhBwCAMwcAgDSHAIAHx0CACQdAgByHQIAdh0CAMUdAgDoHQIA8fcOABoeAgBrHgIAGx4CAAntCgAdHgIAPnEIACEeAgCvmgoAJB4CACwnAgAmHgIABWINAHgeAgDBTQIAeR4CAL4eAgDBHgIAER8CAB0fAgBkHwIAfB8CALcfAgDDHwIACiACABAgAgBdIAIAYyACALAgAgC1IAIAAyECAAkhAgBE+A4AYCECAKkhAgC0IQIA/CECAAIiAgBPIgIAVCICAKIiAgCmIgIA9SICAPgiAgCX+A4AUiMCAJsjAgCmIwIA7iMCAPQjAgBBJAIARiQCAJQkAgCYJAIA6vgOAOgkAgA6JQIARiUCAI0lAgCZJQIA4CUCAOYlAgAzJgIAOSYCAIYmAgCLJgIA2SYCAN8mAgA9+Q4ALicCAKMBBQAzJwIA4BAFADsnAgAgZAIAPCcCAH8nAgCLJwIA0icCANgnAgAlKAIAMSgCAHgoAgCFKAIAyygCANooAgAeKQIAKikCAHEpAgB9KQIAxCkCAMopAgAXKgIAHSoCAGoqAgBvKgIAvSoCAMMqAgCQ+Q4AGisCAH3CBwAmKwIAYysCACkrAgACqQgAbysCALYrAgC+KwIA/bMPAMIrAgAJLAIADywCAFwsAgBiLAIArywCALQsAgACLQIACC0CAOP5DgBdLQIAAxIQAF8tAgCoLQIAri0CAPstAgC0LQIAqwIDAAkuAgBOLgIAZy4CAKEuAgCqLgIA9C4CAP4uAgBHLwIAUy8CAJovAgCmLwIA7S8CAPMvAgBAMAIARjACAJMwAgCYMAIA5jACAOwwAgA2+g4ARTECAIwxAgCWMQIA3zECAOoxAgAyMgIANzICAIUyAgCMMgIA2DICAOQyAgArMwIAMTMCAH4zAgCEMwIA0TMCANYzAgAkNAIAKjQCAIn6DgCINAIAyjQCAMs0AgAdNQIA0DQCAPo5AgAiNQIAcDUCAH41AgDDNQIA0DUCABY2AgAgNgIAaTYCAHU2AgC8NgIAwjYCAA83AgAbNwIAYjcCAHU3AgC1NwIAxDcCAAg4AgAUOAIAWzgCAFw4AgCuOAIAuDgCAAE5AgAPOQIAVDkCAFk5AgCnOQIAtDkCANz6DgAGOgIATToCAF06AgCgOgIArDoCAPM6AgD5OgIARjsCAFI7AgCZOwIApjsCAOw7AgD7OwIAPzwCAEs8AgCSPAIAnjwCAOU8AgD4PAIAOD0CAEc9AgCLPQIAlz0CAN49AgDfPQIAMT4CADs+AgCEPgIAkj4CANc+AgDcPgIAKj8CADc/AgAv+w4Afz8CADIWBgCJPwIA0D8CAIo/AgCpQwkAiz8CADj+CgDkPwIAI0ACAC9AAgB2QAIAfEACAMlAAgDPQAIAHEECACFBAgBvQQIAdUECAIL7DgDOQQIAFUICACJCAgBQvAIAKEICAGhCAgBtQgIAl1MCAHBCAgAo/QIAdEICALtCAgDBQgIADkMCABRDAgBhQwIAZkMCALRDAgC6QwIA1fsOABNEAgBaRAIAYEQCAK1EAgCyRAIAAEUCAAdFAgBTRQIAYUUCAKZFAgDBRQIA+UUCAAdGAgBMRgIAT0YCAJ9GAgCtRgIA8kYCAPdGAgBFRwIAUkcCAJhHAgCkRwIA60cCAPFHAgA+SAIAREgCAJFIAgCWSAIA5EgCAOpIAgAo/A4APEkCAIpJAgCTSQIA3UkCAOpJAgAwSgIAN0oCAINKAgCUSgIA1koCANtKAgApSwIAOEsCAHxLAgB+SwIAz0sCAOBLAgAiTAIALkwCAHVMAgB7TAIAyEwCAM5MAgAbTQIAIE0CAG5NAgB0TQIAe/wOANhNAgAUTgIAIE4CAGdOAgBzTgIAuk4CAMBOAgANTwIAE08CAGBPAgBlTwIAs08CALlPAgDO/A4ADFACAE6BAgAdUAIAWVACAGJQAgCsUAIAwlACAP9QAgALUQIAUlECAF9RAgClUQIAr1ECAPhRAgAEUgIAS1ICAFFSAgCeUgIApFICAPFSAgD2UgIARFMCAEpTAgAh/Q4AoFMCAOpTAgD0UwIAPVQCAEJUAgCQVAIAoFQCAONUAgD8VAIANlUCADtVAgCJVQIAklUCANxVAgDpVQIAL1YCADZWAgCCVgIAhVYCANVWAgDhVgIAKFcCADtXAgB7VwIAilcCAM5XAgDaVwIAIVgCACJYAgB0WAIAflgCAMdYAgDVWAIAGlkCAB9ZAgBtWQIAelkCAHT9DgDDWQIAE1oCABZaAgBmWgIAc1oCAA29CgB1WgIAuVoCALtaAgAMWwIAD1sCAF9bAgBpWwIAslsCAL5bAgAFXAIAGFwCAFhcAgBnXAIAq1wCALdcAgD+XAIA/1wCAFFdAgBbXQIApF0CALJdAgD3XQIA/F0CAEpeAgBXXgIAx/0OAJ5eAgDwXgIA/F4CAENfAgBJXwIAll8CAJhfAgDpXwIA818CADxgAgBKYAIAj2ACAJRgAgDiYAIA72ACADVhAgBBYQIAiGECAJthAgDbYQIA6mECAC5iAgA6YgIAgWICAIJiAgDUYgIA3mICACdjAgA1YwIAemMCAH9jAgDNYwIA2mMCABr+DgApZAIAc2QCACxkAgB/jgsAeWQCAMZkAgDJZAIAGWUCACdlAgBsZQIAcWUCAL9lAgDMZQIAEmYCAB5mAgBlZgIAa2YCALhmAgC+ZgIAC2cCABBnAgBeZwIAZGcCAG3+DgCzZwIABGgCALhnAgAOUAwAE2gCAFdoAgB3aAIAqmgCAK9oAgD9aAIAGGkCAFBpAgBcaQIAo2kCAKlpAgD2aQIABmoCAElqAgBaagIAnGoCAKFqAgDvagIA82oCAEJrAgBOawIAlWsCAJtrAgDoawIA7msCADtsAgBAbAIAjmwCAJRsAgDA/g4A8GwCAOllDQD3bAIANG0CADVtAgCHbQIAmG0CANptAgDmbQIALW4CAENuAgCAbgIAjG4CANNuAgDgbgIAJm8CADBvAgB5bwIAhW8CAMxvAgDTbwIAH3ACACtwAgBycAIAeHACAMVwAgDLcAIAGHECAB1xAgBrcQIAcXECABP/DgDAcQIAJI0NAMdxAgARcgIAEnICAGRyAgBlcgIAt3ICALxyAgAKcwIAEHMCAF1zAgBncwIAsHMCALxzAgADdAIACnQCAFZ0AgBbdAIAqXQCAKp0AgD8dAIACHUCAE91AgBVdQIAonUCAKR1AgD1dQIA/3UCAEh2AgBWdgIAm3YCAKB2AgDudgIA+3YCAEF3AgBNdwIAlHcCAKd3AgDndwIA9ncCADp4AgBGeAIAjXgCAI54AgDgeAIA6ngCADN5AgBBeQIAhnkCAIt5AgDZeQIA5nkCAGb/DgA9egIAf3oCAIt6AgDSegIA6XoCACV7AgAnewIAeHsCAIl7AgDLewIAzXsCAB58AgAkfAIAcXwCAIh8AgDEfAIAzXwCABd9AgAtfQIAan0CAHZ9AgC9fQIAyn0CABB+AgAafgIAY34CAG9+AgC2fgIAyX4CAAl/AgAYfwIAXH8CAGh/AgCvfwIAsH8CAAKAAgAMgAIAVYACAGOAAgCogAIArYACAPuAAgAIgQIAuf8OAFCBAgChgQIAtYECAPSBAgACggIAR4ICAFSCAgCaggIAoYICAO2CAgD5ggIAQIMCAFODAgCTgwIAmIMCAOaDAgDvgwIAOYQCAEOEAgCMhAIAkYQCAN+EAgDvhAIAMoUCAEuFAgCFhQIAioUCANiFAgDhhQIAK4YCADiGAgB+hgIAhYYCANGGAgDUhgIAJIcCADCHAgB3hwIAiocCAMqHAgDZhwIAHYgCACmIAgBwiAIAcYgCAMOIAgDNiAIAFokCACSJAgBpiQIAbokCALyJAgDJiQIADAAPACiKAgBiigIAbooCALWKAgC7igIACIsCABiLAgBbiwIAYIsCAK6LAgC0iwIAAYwCABeMAgBUjAIAVowCAKeMAgCxjAIA+owCAAaNAgBNjQIAYI0CAKCNAgCvjQIA840CAP+NAgBGjgIAR44CAJmOAgCjjgIA7I4CAPqOAgA/jwIARI8CAJKPAgCfjwIAXwAPAOiPAgDSNAwA748CAJesDQDxjwIAKwIJAPKPAgAplwMA9I8CADiQAgBBkAIAi5ACAJGQAgDekAIA5JACADGRAgA9kQIAhJECAJGRAgDXkQIA4ZECACqSAgBAkgIAfZICAIKSAgDQkgIA15ICACOTAgAxkwIAdpMCAIaTAgDJkwIA15MCAByUAgArlAIAb5QCAHGUAgDClAIAzJQCABWVAgAjlQIAaJUCAG2VAgC7lQIAyJUCAA6WAgAalgIAYZYCAHSWAgC0lgIAw5YCAAeXAgATlwIAWpcCAFuXAgCtlwIAt5cCAACYAgAOmAIAU5gCAFiYAgCmmAIAs5gCALIADwD7mAIATJkCAAWZAgAQ+ggAXZkCAJ+ZAgComQIA8pkCAP6ZAgBFmgIATZoCAOgJEABRmgIAmJoCAJ6aAgDrmgIA8ZoCAD6bAgBDmwIAkZsCAJebAgAFAQ8A8JsCADecAgBHnAIAipwCAJicAgDdnAIA6pwCADCdAgA8nQIAg50CAIqdAgDWnQIA3p0CAFgBDwAyngIAAyAOADaeAgCPswIAOp4CAHyeAgCNngIAz54CANeeAgAinwIA254CAEnRCwAsnwIAdZ8CAHqfAgDInwIA0J8CABugAgAdoAIAbqACACSgAgDxpQIAdqACAMGgAgDXoAIAFKECACChAgBnoQIAfaECALqhAgDToQIADaICABmiAgBgogIAZqICALOiAgC7ogIABqMCABajAgBZowIAYqMCAKyjAgC5owIA/6MCAA6kAgBSpAIAXKQCAKWkAgCzpAIA+KQCAP2kAgBLpQIAWKUCAJ6lAgCmpQIAqwEPAP6lAgBEpgIAS6YCAJemAgCjpgIA6qYCAPqmAgA9pwIAS6cCAJCnAgCdpwIA46cCAO+nAgA2qAIAPagCAImoAgCRqAIA/gEPAOioAgAvqQIAOakCAIKpAgCNqQIA1akCANqpAgAoqgIAL6oCAHuqAgCDqgIAUQIPANaqAgAhqwIAMasCAHSrAgCAqwIAx6sCAMurAgAarAIAIqwCAG2sAgBvrAIAwKwCAMasAgATrQIAKq0CAGatAgBvrQIAua0CAM+tAgAMrgIAGK4CAF+uAgBsrgIAsq4CALyuAgAFrwIACK8CAFivAgBgrwIAq68CALWvAgD+rwIAA7ACAFGwAgBZsAIApLACALSwAgD3sAIAALECAEqxAgBXsQIAnbECAKyxAgDwsQIA+rECAEOyAgBRsgIAlrICAJuyAgDpsgIA9rICADyzAgBEswIApAIPAJyzAgDiswIArrMCADNrBADnswIANbQCAD+0AgCItAIAkLQCANu0AgCftAIAnMMNAOG0AgAutQIA6bQCAEjdCwDqtAIAA/cHAOu0AgDhvwIA7LQCAO2dCgA6tQIAgbUCAIO1AgCztgsAiLUCANS1AgDgtQIAJ7YCADa2AgB6tgIAi7YCAM22AgDPtgIAILcCACa3AgBztwIAf7cCAMa3AgDOtwIA9wIPAB+4AgBKAw8AeLgCAJ0DDwDCuAIAQwQPABW5AgCWBA8AF7kCAHtJBABouQIA9O8KAHK5AgC4uQIAwrkCAAu6AgANugIAXroCAHG6AgCxugIAuboCAHtQAwC9ugIABLsCAAq7AgBXuwIAXbsCAKq7AgCvuwIA/bsCAAO8AgDpBA8AWrwCAKO8AgClvAIA9rwCAAC9AgBJvQIAV70CAJy9AgChvQIA770CAPy9AgBCvgIATr4CAJW+AgCbvgIA6L4CAO6+AgA7vwIAQL8CAI6/AgCUvwIAPAUPAO+/AgA0wAIAQcACAIfAAgCOwAIA2sACAOLAAgAtwQIALsECAN9MCgAwwQIAgMECAEPBAgDtSgoAlMECANPBAgDpwQIAJsICAD/CAgB5wgIAfsICAMzCAgDdwgIAjwUPADDDAgBywwIAdMMCAMXDAgDPwwIAGMQCACbEAgBrxAIAcMQCAL7EAgDLxAIAEcUCABnFAgBkxQIAcMUCALfFAgB0xQIAA8cCAL3FAgAKxgIAEMYCAF3GAgBixgIAsMYCALbGAgDiBQ8ABccCAFbHAgBkxwIAqccCALrHAgA1Bg8AA8gCAIgGDwBXyAIAosgCAJPIAgClQhAAsMgCAPXIAgCxyAIAJc4CAALJAgBIyQIAV8kCAJvJAgCgyQIA7skCAATKAgBBygIAQsoCAJTKAgCWygIA58oCAPHKAgA6ywIASMsCAI3LAgCmywIA4MsCAPHLAgAzzAIAP8wCAIbMAgCOzAIAgQcPAO3MAgAszQIALc0CAH/NAgCLzQIA0s0CANXNAgDUBw8AJ84CAHjOAgCFzgIAy84CANjOAgAezwIAI88CAHHPAgB7zwIAxM8CAMzPAgAX0AIAJ9ACAGrQAgB40AIAvdACAMrQAgAQ0QIAF9ECAGPRAgBr0QIAttECALnRAgAJ0gIAHdICAFzSAgBy0gIAr9ICAMjSAgAC0wIAB9MCAFXTAgBm0wIAJwgPALDTAgB6CA8AtNMCALQSCQDE0wIATX4QAAjUAgBO1AIAVdQCAKHUAgCt1AIA9NQCAATVAgBH1QIAVdUCAJrVAgCn1QIA7dUCAPnVAgBA1gIAR9YCAM0IDwCV1gIA5tYCAJjWAgCX8gMA89YCADnXAgBG1wIAjNcCAJHXAgDf1wIA6dcCADLYAgA62AIAhdgCAI7YAgDY2AIA29gCACvZAgA32QIAIAkPAIPZAgDR2QIAitkCANinCQDW2QIAJNoCACzaAgB32gIAjdoCAMraAgDM2gIAHdsCACrbAgBw2wIAhNsCAHMJDwDI2wIAFtwCAB7cAgC9nwkAINwCAGncAgBx3AIAvNwCAMjcAgAP3QIAHN0CAGLdAgBn3QIAtd0CAL7dAgAI3gIAH94CAFveAgBm3gIAxgkPALzeAgAB3wIABN8CAFTfAgBX3wIAp98CALXfAgD63wIAB+ACAE3gAgBk4AIAoOACAKjgAgDz4AIA+eACAEbhAgBS4QIAmeECAKPhAgDs4QIA9eECAD/iAgBF4gIAkuICAJ/iAgAZCg8A8eICADjjAgDz4gIAYqwJAEfjAgCL4wIAnOMCAN7jAgDg4wIAMeQCADfkAgCE5AIAkOQCANfkAgDe5AIAKuUCADLlAgB95QIAf+UCANDlAgDd5QIAI+YCACrmAgB25gIAfuYCAMnmAgDW5gIAHOcCACHnAgBv5wIAeecCAMLnAgDK5wIAFegCAB7oAgBo6AIAa+gCALvoAgDH6AIADukCABXpAgBsCg8AbukCALTpAgB36QIAke4CAJfpAgCZsAkAz+kCAAfqAgAJ6gIAWuoCAGvqAgCt6gIAu+oCAADrAgAH6wIAU+sCAFvrAgCm6wIAq+sCAPnrAgD66wIATOwCAFjsAgCf7AIApewCAPLsAgD07AIARe0CAE/tAgCY7QIApu0CAOvtAgDw7QIAPu4CAEvuAgC/Cg8Aku4CAOTuAgDp7gIAN+8CAD3vAgCK7wIAlO8CAN3vAgDp7wIAMPACADfwAgCD8AIAi/ACANbwAgDY8AIAKfECADbxAgB88QIAg/ECAM/xAgDX8QIAIvICAC/yAgB18gIAevICAMjyAgDS8gIAG/MCACPzAgBu8wIAd/MCAMHzAgDE8wIAFPQCACD0AgBn9AIAbvQCABILDwDG9AIAqKIJAM70AgAN9QIAGvUCAGD1AgBq9QIAs/UCALX1AgAG9gIAGfYCAFn2AgBh9gIArPYCALj2AgD/9gIABfcCAFL3AgBY9wIApfcCAKr3AgD49wIA/vcCAGULDwBZ+AIAnvgCAK34AgDx+AIADfkCAET5AgAR+QIAFTsDAEz5AgC4Cw8AoPkCAOr5AgD3+QIAPfoCAEf6AgCQ+gIAnvoCAOP6AgD5+gIANvsCAEL7AgCJ+wIAkfsCAAsMDwDi+wIAL/wCADX8AgCC/AIAh/wCANX8AgDb/AIAXgwPAC39AgB7/QIAhP0CAM79AgDY/QIAIf4CACn+AgB0/gIAef4CAMf+AgDX/gIAGv8CACL/AgBt/wIAc/8CAF8BAwCG/wIAwP8CAMX/AgATAAMAHAADAGYAAwBzAAMAuQADAMAAAwAMAQMADwEDALEMDwBhAQMAsgEDAL8BAwAFAgMAHAIDAFgCAwBkAgMABA0PAMECAwD+AgMA/wIDAFEDAwBbAwMApAMDAKwDAwD3AwMAAQQDAEoEAwBPBAMAnQQDAKUEAwDwBAMA8gQDAEMFAwDzBAMAcwoDAPcEAwARGAMABgUDAEIRAwBKBQMAlgUDAJ0FAwDpBQMA8QUDADwGAwBABgMAjwYDAJ0GAwDiBgMA7AYDADUHAwBABwMAiAcDAJAHAwDbBwMA4AcDAC4IAwBJCAMAgQgDAI0IAwDUCAMA2ggDACcJAwA3CQMAegkDAIsJAwDNCQMA0gkDACAKAwAkCgMAVw0PAHwKAwDGCgMA3woDABkLAwAjCwMAbAsDAHILAwC/CwMAwQsDABIMAwAhDAMAZQwDAG8MAwC4DAMAwAwDAAsNAwAPDQMAXg0DAGwNAwCxDQMAuw0DAAQOAwAPDgMAVw4DAF8OAwCqDgMArw4DAP0OAwAYDwMAUA8DAFwPAwCjDwMAqQ8DAPYPAwAGEAMASRADAFoQAwCcEAMAoRADAO8QAwDzEAMAqg0PAEsRAwCVEQMAphEDAOgRAwDyEQMAOxIDAEkSAwCOEgMAjxIDAOESAwDyEgMANBMDAEgTAwCHEwMAjxMDANoTAwDeEwMALRQDADsUAwCAFAMAihQDANMUAwDeFAMAJhUDAC4VAwB5FQMAfhUDAMwVAwDnFQMAHxYDACsWAwByFgMAeBYDAMUWAwDVFgMAGBcDACkXAwBrFwMAcBcDAL4XAwDCFwMA/Q0PAB8YAwBkGAMAfxgDALcYAwDFGAMAChkDABEZAwBdGQMAaRkDALAZAwC4GQMAUA4PABEaAwBWGgMAYBoDAKkaAwC0GgMA/BoDAAQbAwBPGwMAVBsDAKIbAwC9GwMA9RsDAAEcAwBIHAMAThwDAJscAwCrHAMA7hwDAP8cAwBBHQMARh0DAJQdAwCYHQMAow4PAPgdAwA6HgMAQh4DAI0eAwCOHgMA4B4DAOUeAwAzHwMAQR8DAIYfAwCTHwMA2R8DAOMfAwAsIAMAOCADAH8gAwCFIAMA0iADANogAwAlIQMALCEDAHghAwCEIQMAyyEDANEhAwAeIgMAKiIDAHEiAwCBIgMAxCIDANAiAwAXIwMAHSMDAGojAwB2IwMAvSMDAMojAwAQJAMAHyQDAGMkAwBvJAMA9g4PALkkAwAJJQMADCUDAFwlAwBqJQMAryUDAMYlAwACJgMADyYDAFUmAwBrJgMAqCYDALQmAwD7JgMACCcDAE4nAwBYJwMAoScDAKknAwD0JwMA/icDAEcoAwBMKAMAmigDAKIoAwDtKAMA+SgDAEApAwBNKQMAkykDAJ0pAwDmKQMA7CkDADkqAwBNKgMAjCoDAJQqAwDfKgMA7SoDADIrAwA/KwMAhSsDAI0rAwDYKwMA5SsDACssAwA5LAMAfiwDAI8sAwDRLAMA2SwDACQtAwA6LQMAdy0DAHktAwDKLQMAyy0DAEkPDwArLgMAcC4DAH8uAwDDLgMAzy4DABYvAwAeLwMAnA8PAG4vAwC8LwMAxS8DAA8wAwAcMAMAYjADAGkwAwC1MAMAuDADAAgxAwAQMQMAWzEDAGAxAwCuMQMAtzEDAAEyAwALMgMAVDIDAFwyAwCnMgMArDIDAPoyAwAKMwMATTMDAFUzAwCgMwMApjMDAPMzAwD1MwMARjQDAFM0AwCZNAMAsDQDAOw0AwD4NAMA7w8PAEs1AwCSNQMAqTUDAOU1AwDxNQMAODYDAD42AwCLNgMAkzYDAN42AwDlNgMAMTcDAD83AwCENwMAnzcDANc3AwDlNwMAKjgDADE4AwB9OAMAiTgDANA4AwDYOAMAQhAPADc5AwB2OQMAfjkDAMk5AwD4OQMAHDoDACg6AwBvOgMAdToDAMI6AwDHOgMAlRAPACE7AwBoOwMAbzsDALs7AwDDOwMADjwDABA8AwBhPAMAazwDALQ8AwC8PAMA6BAPABU9AwClSgMAFj0DAFo9AwBcPQMArT0DAL49AwAAPgMAET4DAFM+AwBfPgMApj4DAK0+AwD5PgMAAT8DAEw/AwB2PwMAnz8DAKQ/AwDyPwMA8z8DAEVAAwBPQAMAmEADAKZAAwDrQAMA8EADAD5BAwBLQQMAkUEDAK1BAwDkQQMAAEIDADsRDwBEQgMAikIDAI5CAwDdQgMA40IDADBDAwAyQwMAg0MDAIRDAwDWQwMA+UMDAClEAwBNRAMAfEQDAKZEAwDPRAMA10QDACJFAwAnRQMAdUUDAIJFAwDIRQMA0EUDABtGAwAdRgMAbkYDAHZGAwDBRgMA60YDABRHAwAhRwMAZ0cDAGxHAwC6RwMAx0cDAA1IAwAZSAMAYEgDAIpIAwCzSAMAu0gDAAZJAwAhSQMAWUkDAFtJAwCsSQMAvUkDAP9JAwAISgMAUkoDAF5KAwCOEQ8AskoDAPhKAwD/SgMAS0sDAFdLAwCeSwMAsUsDAPFLAwD5SwMAREwDAElMAwCXTAMAoEwDAOpMAwD0TAMAPU0DAEVNAwCQTQMAlU0DAONNAwDzTQMANk4DAD5OAwCJTgMAok4DANxOAwDhTgMAL08DADhPAwCCTwMAj08DANVPAwDcTwMAKFADACtQAwDhEQ8Ah1ADAM5QAwDUUAMAIVEDACdRAwB0UQMAeVEDAMdRAwDNUQMANBIPACRSAwBtUgMAdVIDANoSDwDGUgMAE1MDABtTAwBmUwMAc1MDALlTAwDFUwMADFQDAA5UAwBfVAMAZVQDALJUAwC6VAMABVUDABdVAwAtEw8AZVUDAKtVAwCyVQMA/lUDAAZWAwBRVgMAVlYDAKRWAwC0VgMA91YDAP9WAwBKVwMAWFcDAJ1XAwCqVwMA8FcDAPFXAwBDWAMATFgDAJZYAwCgWAMAgBMPAPFYAwDTEw8ABVkDANAxBABBWQMAj1kDAJtZAwDiWQMA5VkDADVaAwA9WgMAiFoDAJVaAwDbWgMA4FoDAC5bAwA4WwMAgVsDAIlbAwDUWwMA4FsDACdcAwA6XAMAelwDAIhcAwDNXAMA0FwDACBdAwAqXQMAJhQPAHhdAwDGXQMAgF0DAC0vCwDPXQMAGV4DACFeAwBsXgMAd14DAL9eAwDBXgMAEl8DAC1fAwBlXwMAcV8DALhfAwDAXwMAeRQPABhgAwBeYAMAZmADALFgAwC9YAMABGEDAAphAwBXYQMAXWEDAKphAwCvYQMA/WEDAANiAwDMFA8AXWIDAKNiAwCrYgMA9mIDAApjAwBJYwMATmMDAJxjAwClYwMA72MDAPVjAwBCZAMASmQDAJVkAwCYZAMA6GQDAAVlAwA7ZQMATGUDAI5lAwCWZQMA4WUDAORlAwA0ZgMASGYDAIdmAwCUZgMA2mYDAORmAwAtZwMAL2cDAIBnAwCTZwMAchUPANhnAwAmaAMAN2gDAHloAwCCaAMAzGgDAOJoAwAfaQMALGkDAHJpAwB6aQMAxWkDAORpAwDFFQ8AH2oDAGtqAwBwagMAvmoDAMpqAwARawMAFGsDAGRrAwBxawMAt2sDANZrAwAKbAMAFGwDAF1sAwBlbAMAsGwDALxsAwADbQMAFm0DAFZtAwBkbQMAqW0DAKxtAwD8bQMABm4DABgWDwBRbgMAom4DAKxuAwD1bgMA924DAEhvAwBhbwMAm28DAJ1vAwDubwMA8W8DAEFwAwBNcAMAlHADAJxwAwBrFg8A+3ADADpxAwA9cQMAjXEDAJdxAwDgcQMA7HEDADNyAwBJcgMAhnIDAI5yAwDZcgMA53IDACxzAwAvcwMAf3MDAIdzAwDScwMA1XMDACV0AwDgcwMA9HoDAC90AwB4dAMAMHQDAGN3AwB6dAMAy3QDANF0AwAedQMAKHUDAHF1AwB/dQMAxHUDANF1AwAXdgMALnYDAGp2AwBydgMAvXYDAMZ2AwAQdwMAEXcDAL4WDwBsdwMAtncDAMB3AwAJeAMAE3gDAFx4AwBqeAMAr3gDALx4AwACeQMAGXkDAFV5AwBdeQMAqHkDAK95AwD7eQMAAHoDAE56AwBSegMAoXoDAK56AwARFw8AAXsDAEd7AwBPewMAmnsDAKB7AwDtewMA+XsDAEB8AwBPfAMAk3wDAJh8AwDmfAMAAX0DADl9AwBFfQMAjH0DAJJ9AwDffQMA830DADJ+AwA6fgMAhX4DAJt+AwDYfgMA3X4DACt/AwAyfwMAfn8DAIp/AwBkFw8A2H8DACSAAwAygAMAd4ADAISAAwDKgAMA4YADAB2BAwAlgQMAcIEDAHaBAwDDgQMAz4EDABaCAwAdggMAaYIDAHeCAwC8ggMAv4IDAA+DAwAXgwMAYoMDAHCDAwC1gwMAuIMDAAiEAwAQhAMAW4QDAGyEAwCuhAMAs4QDAAGFAwADhQMAVIUDAFuFAwCnhQMAtYUDAPqFAwAHhgMATYYDAGSGAwCghgMAqIYDAPOGAwD9hgMARocDAFGHAwCZhwMApYcDAOyHAwD0hwMAtxcPAEGIAwCSiAMAnIgDAOWIAwDniAMAOIkDADuJAwCLiQMAl4kDAN6JAwDoiQMAMYoDADmKAwCEigMAkooDANeKAwDkigMAKosDADKLAwB9iwMAk4sDANCLAwDciwMAI4wDADmMAwB2jAMAe4wDAMmMAwDPjAMAHI0DADCNAwAKGA8Aco0DAMKNAwDKjQMAFY4DACOOAwBojgMAK44DAJ07BwB1jgMAu44DAMOOAwAOjwMAGI8DAGGPAwBsjwMAtI8DAMCPAwAHkAMAD5ADAF0YDwBgkAMArZADALKQAwAAkQMAD5EDAFORAwBfkQMAppEDAKmRAwD5kQMA/JEDAEySAwBUkgMAn5IDAKSSAwDykgMAApMDAEWTAwBNkwMAmJMDAJuTAwDrkwMA9ZMDAD6UAwBAlAMAkZQDAJeUAwDklAMA7pQDADeVAwBFlQMAipUDAJeVAwDdlQMA9JUDADCWAwA4lgMAg5YDAIyWAwDWlgMA15YDALAYDwA1lwMAfJcDAH+XAwBiBgkAi5cDAM+XAwCPlwMAf/YIANmXAwAimAMAKpgDAI4LBAAumAMA/6kNADCYAwB1mAMAPpgDALHqBwB6mAMAyJgDAIKYAwDP4wQA1ZgDABuZAwAemQMAZ3AJACGZAwCszAgAI5kDAG6ZAwAlmQMA4p4FACeZAwCtggUAcZkDAEBgBwB0mQMAGAIGAHiZAwDBmQMAfJkDAF42CQB+mQMA/jkHAMaZAwAUmgMAzZkDAPI4BAAcmgMAZ5oDAGqaAwC6mgMAxpoDAA2bAwATmwMAYJsDAHubAwCzmwMAv5sDAAacAwAMnAMAWZwDAGGcAwCsnAMArpwDAP+cAwCxnAMApZ0DAAmdAwBSnQMAWp0DAAMZDwCynQMA+J0DAACeAwBLngMATp4DAJ6eAwCjngMA8Z4DAACfAwBEnwMAZJ8DAJefAwCjnwMA6p8DAPSfAwA9oAMARaADAJCgAwCioAMAqRkPAO2gAwA2oQMARKEDAImhAwCWoQMA3KEDAPOhAwAvogMAN6IDAIKiAwCRogMA1aIDANqiAwAoowMANaMDAHujAwCIowMAzqMDANqjAwAhpAMAMKQDAHSkAwB+pAMAx6QDANWkAwAapQMAH6UDAG2lAwB6pQMAwKUDAMOlAwATpgMAG6YDAGamAwBrpgMAuaYDAMamAwAMpwMAFKcDAF+nAwBopwMAsqcDAL+nAwAFqAMAE6gDAFioAwBrqAMAq6gDALOoAwD+qAMABakDAFGpAwBWqQMApKkDALqpAwD3qQMA+akDAEqqAwBYqgMAnaoDAKqqAwDwqgMA+KoDAEOrAwBGqwMAlqsDAJurAwDpqwMA+KsDADysAwBcrAMAj6wDAJusAwDirAMA7KwDADWtAwA9rQMAiK0DAJqtAwD8GQ8A7K0DAC6uAwA1rgMAga4DAImuAwDUrgMA4a4DACevAwAsrwMAeq8DAISvAwDNrwMA1a8DACCwAwAisAMAnYAJACWwAwBjWwcAKrADAOeZCQAvsAMAc7ADADCwAwCpSggAeLADAMawAwDTsAMAGbEDACaxAwBssQMAeLEDAL+xAwDOsQMAErIDAByyAwBlsgMAbbIDALiyAwDCsgMAC7MDABCzAwBeswMAZrMDAE8aDwC9swMABLQDAAq0AwBXtAMAcrQDAKq0AwC2tAMA/bQDAAO1AwBQtQMAbLUDAKO1AwCrtQMAohoPAP61AwBJtgMAU7YDAJy2AwCntgMA77YDAPu2AwBCtwMASrcDAPUaDwChtwMA6LcDAO63AwA7uAMAVrgDAI64AwCauAMA4bgDAOe4AwA0uQMAPLkDAIe5AwCNuQMA2rkDAOO5AwAtugMAOroDAIC6AwCNugMA07oDAOG6AwAmuwMAM7sDAHm7AwCQuwMAzLsDANS7AwAfvAMAJLwDAHK8AwAwvAMAZL4DAH+8AwDFvAMAzbwDABi9AwAjvQMAa70DAHC9AwC+vQMAwb0DABG+AwAbvgMASBsPAGm+AwC3vgMAxr4DAAq/AwAMvwMAXb8DAG6/AwCwvwMAwb8DAAPAAwAXwAMAmxsPAGfAAwCpwAMArMADAPzAAwCxwAMAhgMHALbAAwCtnQ0ABsEDAE/BAwBRwQMAosEDAKzBAwD1wQMAAcIDAEjCAwBwwgMAm8IDAKbCAwAydwQAwcIDAO7CAwAfwwMAQcMDAGfDAwCUwwMAusMDAOfDAwAZxAMAOsQDAGrEAwCNxAMAlcQDAODEAwAIxQMAM8UDAGbFAwCGxQMAtsUDANnFAwDhxQMALMYDADvGAwB/xgMAhMYDANLGAwDbxgMAJccDAN/GAwCazgMANscDAHjHAwB/xwMAy8cDANPHAwAeyAMAK8gDAHHIAwB2yAMAxMgDAM7IAwAXyQMAH8kDAGrJAwB0yQMAFtUDAHnJAwC9yQMAwskDABDKAwAdygMAY8oDAHDKAwC2ygMAwsoDAAnLAwAYywMAXMsDAGbLAwCvywMAt8sDAALMAwAMzAMAVcwDAFrMAwCozAMAsMwDAO4bDwAHzQMATs0DAFTNAwChzQMAvM0DAPTNAwAAzgMAR84DAE3OAwBBHA8Ap84DAO3OAwD5zgMAQM8DAE/PAwCTzwMAnc8DAObPAwD0zwMAOdADAD7QAwCM0AMAmdADAN/QAwDn0AMAMtEDADzRAwCF0QMAitEDANjRAwDg0QMAK9IDAC7SAwB+0gMAitIDANHSAwDX0gMAJNMDAD/TAwB30wMAg9MDAMrTAwDQ0wMAHdQDACXUAwBw1AMActQDAMPUAwDN1AMAlBwPABzVAwBp1QMAa9UDALzVAwDJ1QMAD9YDABLWAwBi1gMAc9YDALXWAwC31gMACNcDABLXAwBb1wMAZ9cDAK7XAwC21wMA5xwPAAbYAwBU2AMAV9gDAKfYAwCx2AMA+tgDAALZAwBN2QMAWtkDAKDZAwCi2QMA89kDAAnaAwBG2gMAUtoDADodDwC12gMA7NoDAAjbAwCNHQ8ARNsDAJLbAwCf2wMA5dsDAPLbAwA43AMARNwDAIvcAwCa3AMA3twDAOjcAwAx3QMAP90DAITdAwCJ3QMA190DAOTdAwAq3gMAQ94DAH3eAwB/3gMA0N4DANfeAwDgHQ8AQN8DAHbfAwCH3wMAyd8DANXfAwAc4AMAL+ADAG/gAwB+4AMAwuADAM7gAwAV4QMAFuEDAGjhAwBy4QMAu+EDAMnhAwAO4gMAE+IDAGHiAwBu4gMAMx4PALniAwAH4wMAFOMDAFrjAwBn4wMAreMDALnjAwAA5AMAD+QDAFPkAwBd5AMApuQDALTkAwD55AMA/uQDAEzlAwBZ5QMAn+UDAKflAwDy5QMA/OUDAEXmAwBK5gMAmOYDAKDmAwAsHw8A7eYDAD7nAwBM5wMAkecDAKLnAwB/Hw8A6+cDANIfDwA86AMAiugDAJLoAwDd6AMA7OgDADDpAwA16QMAg+kDAJDpAwDW6QMA4+kDACnqAwA16gMAfOoDAIvqAwDP6gMA2eoDAHggDwAk6wMAy9sMACjrAwA0LgsANesDAHXrAwCE6wMAyOsDANTrAwAb7AMAHOwDAG7sAwB47AMAwewDAM/sAwAU7QMAGe0DAGftAwB07QMAyyAPAL7tAwAN7gMAGO4DAGDuAwBu7gMAs+4DAMTuAwAG7wMAEu8DAFnvAwBh7wMAHiEPALHvAwD/7wMADPADAFLwAwBf8AMApfADALHwAwD48AMAB/EDAEvxAwBV8QMAnvEDAKzxAwDx8QMA/vEDAETyAwBb8gMAcSEPAKTyAwDq8gMA9/IDAD3zAwBJ8wMAkPMDAJ/zAwDj8wMA7fMDADb0AwBE9AMAifQDAFL0AwAKnAgAjvQDANz0AwDp9AMAL/UDADf1AwCC9QMAiPUDANX1AwDh9QMAKPYDADj2AwB79gMAhPYDAM72AwDR9gMAIfcDAC33AwB09wMAe/cDAMQhDwDU9wMAGvgDACn4AwBt+AMAbvgDAMD4AwDX+AMAE/kDAC35AwBm+QMAcvkDALn5AwDM+QMADPoDABv6AwBf+gMAa/oDALL6AwCz+gMABfsDAA/7AwBY+wMAZvsDAKv7AwCw+wMA/vsDAAv8AwAXIg8Aa/wDAKT8AwCz/AMA9/wDAPn8AwBK/QMA/PwDAHMDBABX/QMAnf0DAKr9AwDw/QMA9f0DAEP+AwBN/gMAlv4DAKX+AwDp/gMA7v4DADz/AwBJ/wMAj/8DAJz/AwDi/wMA7v8DADUABABEAAQAiAAEAJIABADbAAQA6AAEAC4BBAAzAQQAgQEEAIUBBADUAQQA4AEEACcCBAAtAgQAegIEAIACBADNAgQA0gIEACADBAAmAwQAaiIPAIADBADGAwQA0wMEABkEBAAlBAQAbAQEAHsEBAC/BAQAyQQEABIFBAAgBQQAZQUEAGoFBAC4BQQAxQUEAAsGBAASBgQAXgYEAGMGBACxBgQAvQYEAAQHBAAHBwQAVwcEAGQHBACqBwQArwcEAP0HBAAHCAQAUAgEAFwIBACjCAQAtggEAPYIBAAECQQASQkEAEwJBACcCQQApgkEAO8JBAD7CQQAQgoEAEgKBACVCgQAmwoEAOgKBADtCgQAOwsEAEELBAC9Ig8AmAsEABsxBgCaCwQAZTwIAJ0LBADhCwQA4wsEADQMBABFDAQAhwwEAJgMBADaDAQA4gwEAC0NBAA9DQQAgA0EAIINBADTDQQA4Q0EACYOBAA3DgQAECMPAIAOBABjIw8AzQ4EAB8PBAAkDwQAcg8EAHgPBADFDwQAzw8EABgQBAAkEAQAaxAEAHEQBAC+EAQAxBAEABERBAAWEQQAZBEEAGoRBAC2Iw8AxREEAAoSBAAjEgQAXRIEAF4SBACwEgQAzRIEAAMTBAAdEwQAVhMEAFkTBACpEwQArhMEAK8kDwAVFAQATxQEAFUUBACiFAQAZRQEAHaFBACkFAQA9RQEAPsUBABIFQQAXBUEAJsVBACjFQQA7hUEAPsVBABBFgQARhYEAJQWBACeFgQA5xYEAO8WBAA6FwQASxcEAI0XBACSFwQA4BcEAOIXBAAzGAQAOhgEAIYYBACSGAQA2RgEAOAYBAAsGQQASBkEAH8ZBACHGQQAAiUPANcZBAAlGgQAJxoEAHgaBAB/GgQAyxoEANkaBAAeGwQAKxsEAHEbBACIGwQAxBsEAMwbBAAXHAQAIRwEAGocBAAtHAQAP4EEAHUcBAC9HAQAyRwEABAdBAAYHQQAVSUPAGQdBAC2HQQAux0EAAkeBAAMHgQAXB4EAGYeBACvHgQAxh4EAAIfBAAIHwQAVR8EAGEfBACoHwQAqx8EAPsfBAAYIAQATiAEAF8gBAChIAQAwCAEAPQgBAD8IAQARyEEAEkhBACaIQQAqSEEAO0hBAD3IQQAQCIEAE4iBACTIgQAriIEAOYiBADyIgQAOSMEAEEjBACoJQ8AmCMEAN8jBADuIwQAMiQEADckBACFJAQAiyQEANgkBADfJAQAKyUEADMlBAB+JQQAgCUEANElBADYJQQAJCYEACYmBAB3JgQAeCYEAMomBADUJgQAHScEACknBABwJwQAdicEAMMnBADdJwQAFigEAB4oBABpKAQAfygEALwoBADKKAQADykEABIpBABiKQQAZSkEALUpBADDKQQACCoEABUqBABbKgQAcioEAK4qBAC2KgQAASsEAAMrBABUKwQAXCsEAKcrBAC+KwQA+isEAAYsBABNLAQAYywEAKAsBACoLAQA8ywEAAEtBABGLQQAUC0EAJktBAChLQQA7C0EAPMtBAA/LgQASy4EAJIuBACTLgQA5S4EAPEuBAA4LwQARS8EAIsvBACSLwQA3i8EAOEvBAAxMAQAOTAEAIQwBACJMAQA1zAEAOQwBAAqMQQAWDEEAH0xBACFMQQA+yUPANgxBABOJg8AMTIEAHYyBAB4MgQAyTIEANoyBAAcMwQAJDMEAG8zBAB7MwQAwjMEAMgzBAAVNAQAGzQEAGg0BABtNAQAuzQEAME0BAChJg8AEzUEAGE1BAAaNQQAiQ8MAGk1BAC0NQQAuTUEAItfCQC6NQQAvFEKAMA1BAAADQoAwzUEAAc2BADFNQQAJE8KAAw2BABaNgQADTYEABVrCABnNgQArTYEALo2BAAANwQADDcEAFM3BABiNwQApjcEALA3BADtJw8AAzgEAEw4BABROAQAnzgEAKc4BABAKA8A+DgEAEU5BABbOQQAmDkEAKY5BADrOQQA+DkEAD46BABAOgQAkToEAJs6BADkOgQA8DoEADc7BAA+OwQAijsEAJI7BADdOwQA5DsEADA8BAA5PAQAgzwEAI88BADWPAQA3jwEAOYoDwAuPQQAfD0EAIQ9BADPPQQA3j0EACI+BAAnPgQAdT4EAII+BADIPgQA1T4EABs/BAAnPwQAbj8EAH0/BADBPwQAyz8EABRABAAiQAQAZ0AEAGxABAC6QAQAx0AEAA1BBAAVQQQAYEEEAGpBBACzQQQAwUEEAAZCBAAcQgQAWUIEAGVCBACsQgQAsUIEAP9CBAAIQwQAUkMEAFxDBAA5KQ8Ar0MEAPhDBAAERAQAS0QEAFNEBACMKQ8Ao0QEAPFEBAD+RAQAREUEAFFFBACXRQQAo0UEAOpFBAD5RQQAPUYEAEdGBACQRgQAqEYEAONGBADtRgQANkcEAERHBACJRwQAn0cEANxHBADoRwQAL0gEADRIBACCSAQAi0gEANVIBADfSAQAKEkEADBJBADfKQ8AiEkEAM5JBACRSQQA34MOANtJBAAhSgQALUoEAHRKBACDSgQAx0oEANFKBAAaSwQAKEsEAG1LBAB6SwQAwEsEANdLBAATTAQAG0wEAGZMBABwTAQAuUwEAL5MBAAMTQQAFE0EADIqDwBrTQQAsk0EALhNBAAFTgQAIE4EAFhOBABkTgQAq04EALFOBAD+TgQAGk8EAFFPBABZTwQAhSoPAKlPBAD3TwQABFAEAEpQBABXUAQAnVAEAKlQBADwUAQA/1AEAENRBABNUQQAllEEAKRRBADpUQQA7lEEADxSBABJUgQAj1IEAJdSBADiUgQA6FIEADVTBADsUgQAJ1UEAEFTBACIUwQAmFMEANtTBADkUwQALlQEADFUBACBVAQAjVQEANRUBADbVAQA2CoPADVVBAB6VQQAkFUEAM1VBADZVQQAIFYEACdWBABzVgQAe1YEAMZWBADLVgQAGVcEACJXBABsVwQAdlcEACsrDwDEVwQAElgEAMtXBABJXAQAGlgEAGVYBABrWAQAuFgEAL1YBAALWQQAFFkEAF5ZBABoWQQAsVkEAL1ZBAAEWgQADFoEAH4rDwBcWgQAqloEALJaBAD9WgQACFsEAFBbBABVWwQAo1sEAKZbBAD2WwQAAFwEANErDwBTXAQAnFwEAKBcBADvXAQA9FwEAEJdBABIXQQAlV0EALVdBADoXQQA8F0EADteBABJXgQAjl4EAJFeBADhXgQA6V4EADRfBAA9XwQAh18EAJRfBADaXwQA4F8EAC1gBAA5YAQAgGAEAIJgBADTYAQA4mAEACZhBAAxYQQAeWEEAHthBADMYQQA5WEEAB9iBAAwYgQAcmIEAH5iBAAkLA8AzWIEABhjBAA4YwQAa2MEAHljBAC+YwQAy2MEABFkBAAYZAQAZGQEAIBkBAC3ZAQAv2QEAHcsDwAPZQQAXWUEAGplBACwZQQAvWUEAANmBAAPZgQAVmYEAGVmBACpZgQAs2YEAPxmBAARZwQAT2cEAFdnBACiZwQAsWcEAPVnBAD3ZwQASGgEAFFoBACbaAQAnmgEAO5oBAD6aAQAQWkEAF1pBACUaQQAnGkEAMosDwDsaQQAOmoEAFBqBACNagQAmWoEAOBqBAADawQAHS0PAD1rBACGawQAjmsEANlrBADfawQAYb8IAOhrBAAsbAQAMWwEAH9sBACMbAQA0mwEAN9sBAAlbQQAMW0EAHhtBACHbQQAy20EANVtBAAebgQAJm4EAHFuBAB7bgQAxG4EAMluBAAXbwQAH28EAHAtDwBtbwQAvW8EANpvBAAQcAQAIXAEAGNwBABxcAQAOr0EAJhwBAC2cAQA0nAEAAlxBAAlcQQAwy0PAGJxBACvcQQAtXEEAAJyBAAHcgQAVXIEAFtyBAAWLg8ArXIEAPtyBAAIcwQATnMEAFtzBAChcwQArXMEAPRzBAADdAQAR3QEAFF0BACadAQAqHQEAO10BADydAQAQHUEAE11BACTdQQAn3UEAOZ1BADsdQQAOXYEAD92BACMdgQAkXYEAN92BADldgQADy8PAEZ3BACFdwQAq3cEANh3BAD+dwQAK3gEAFF4BAB+eAQArngEANF4BADZeAQAJHkEAEx5BAB3eQQArHkEAMp5BADweQQAHXoEAEN6BABwegQApXoEAMN6BADzegQAFnsEAB57BABpewQAbnsEAE3SBAB4ewQAvHsEAMF7BAAPfAQAHHwEAGJ8BABvfAQAtXwEAMF8BAAIfQQAF30EAFt9BABlfQQArn0EALx9BAABfgQABn4EAFR+BABhfgQAp34EAK9+BAD6fgQAAH8EAE1/BAAEfwQAtc8EAFl/BACgfwQAsH8EAPN/BAD8fwQARoAEAEmABACZgAQApYAEAOyABADzgAQAYi8PAFOBBACSgQQAlYEEAOWBBAACggQAOIIEAEmCBACLggQAkoIEAN6CBAD3ggQAMYMEADmDBACEgwQAmoMEANeDBADcgwQAKoQEADGEBAB9hAQAhoQEANCEBADhhAQAI4UEAC+FBAC1Lw8AeIUEALSIBACKhQQAyYUEAMyFBAAchgQAOYYEAG+GBACAhgQAwoYEANGGBAAVhwQAJocEAGiHBAB2hwQAu4cEAMeHBAAOiAQAG4gEAGGIBABriAQACDAPALqIBAAHiQQAFYkEAFqJBABciQQArYkEALSJBAAAigQAGYoEAFswDwBcigQApooEALOKBAD5igQAB4sEAEyLBABbiwQAn4sEAKGLBADyiwQA/IsEAEWMBABTjAQAmIwEAJ2MBADrjAQA+IwEAD6NBABBjQQAkY0EAJ2NBADkjQQA940EADeOBABGjgQAio4EAJaOBADdjgQA3o4EADCPBAA6jwQAg48EAJGPBADWjwQA248EACmQBAA2kAQArjAPAIGQBADPkAQA5ZAEACKRBAA4kQQAdZEEAH6RBADIkQQA1ZEEABuSBAApkgQAbpIEAH2SBADBkgQAw5IEABSTBAAekwQAZ5MEAHWTBAC6kwQAv5MEAA2UBAAalAQAYJQEAGOUBACzlAQAu5QEAAaVBAAXlQQAWZUEAGeVBACslQQAuZUEAP+VBAAflgQAUpYEAFqWBACllgQAtZYEAPiWBAD6lgQAS5cEAFmXBACelwQAr5cEAKcxDwD3lwQARJgEAFCYBAD6MQ8AnpgEAOqYBACkmAQAlU8GAPGYBAA9mQQAQ5kEAJCZBACcmQQA45kEAOaZBAA2mgQAOZoEAImaBAC0mgQA3JoEAP+aBAAvmwQAOpsEAIKbBACHmwQA1ZsEANibBAAonAQAMpwEAHucBACmnAQATTIPANOcBAAhnQQALp0EAHSdBACBnQQAx50EANOdBAAangQAKZ4EAG2eBAB3ngQAwJ4EAMieBAATnwQAHZ8EAGafBABrnwQAuZ8EAMGfBACgMg8AGaAEAF+gBABzoAQAsqAEALqgBAAFoQQACqEEAFihBABooQQAq6EEALOhBAD+oQQACKIEAFGiBABcogQApKIEALCiBAD3ogQA/6IEAPMyDwBLowQAnaMEAKmjBADwowQA/6MEAEOkBABRpAQAlqQEAKakBADppAQA96QEADylBABIpQQAj6UEAJalBADipQQA6qUEADWmBABLpgQAiKYEAJymBADbpgQA3qYEAC6nBABLpwQAgacEAJKnBADUpwQA3KcEACeoBAAyqAQAeqgEAH+oBADNqAQA0KgEACCpBAAqqQQAc6kEAHapBABGMw8AyKkEANs+BwDLqQQAGaoEAByqBABsqgQAdqoEAL+qBADHqgQAEqsEADGrBACZMw8AeasEALirBADeqwQAC6wEADGsBABerAQAhKwEALGsBADnrAQABK0EADmtBABXrQQAfa0EAKqtBADQrQQA/a0EADKuBABQrgQAdK4EAKOuBAC/rgQA9q4EAP6uBADsMw8ATq8EAJyvBACprwQA768EAPyvBABCsAQATrAEAJWwBACksAQA6LAEAPKwBAA7sQQASbEEAI6xBACTsQQA4bEEAO6xBAA0sgQAPLIEAIeyBACNsgQA2rIEAJGyBADMtAQA5rIEAC2zBAA9swQAgLMEAImzBADTswQA1rMEACa0BAAytAQAebQEAIC0BAA/NA8A2rQEAB+1BAA1tQQAcrUEAH61BADFtQQAzLUEABi2BAAgtgQAa7YEAHC2BAC+tgQAx7YEABG3BAAbtwQAkjQPAGW3BAC3twQAw7cEAAq4BAAQuAQAXbgEAF+4BACwuAQAurgEAAO5BAARuQQAVrkEAFu5BACpuQQAtrkEAPy5BAAEugQAT7oEAFm6BACiugQAsLoEAPW6BAALuwQASLsEAFS7BACbuwQAorsEAO67BAD2uwQAQbwEAEa8BACUvAQAnbwEAOe8BADxvAQA5TQPAFK9BACNvQQAkL0EAOC9BAD9vQQAM74EAES+BACGvgQAnr4EANm+BADlvgQALL8EAD+/BAB/vwQAjr8EANK/BADevwQAJcAEACbABAB4wAQAgsAEAMvABADZwAQAHsEEACPBBABxwQQAfsEEADg1DwDJwQQAF8IEACTCBABqwgQAd8IEAL3CBADJwgQAEMMEAB/DBABjwwQAbcMEALbDBADEwwQACcQEAA7EBABcxAQAacQEAK/EBAC3xAQAAsUEAAjFBABVxQQADMUEAEfHBABhxQQAqMUEALjFBAD7xQQABMYEAE7GBABRxgQAocYEAK3GBAD0xgQA+8YEADE2DwBVxwQAmscEALDHBADtxwQA+ccEAEDIBABHyAQAk8gEAJvIBADmyAQA68gEADnJBABCyQQAjMkEAJbJBACENg8A4MkEADLKBAA+ygQAhcoEAIvKBADYygQA2soEACvLBAA1ywQAfssEAIzLBADRywQA1ssEACTMBAAxzAQAd8wEAH/MBADKzAQA1MwEAB3NBAArzQQAcM0EAIbNBADDzQQAz80EABbOBAAdzgQAac4EAHHOBAC8zgQAwc4EAA/PBAAYzwQAYs8EAGzPBADXNg8Aw88EAAjQBAAe0AQAW9AEAGfQBACu0AQAtdAEAAHRBAAJ0QQAVNEEAFnRBACn0QQAsNEEAPrRBAAE0gQAKjcPAE7SBACg0gQArNIEAPPSBAD50gQARtMEAEjTBACZ0wQAo9MEAOzTBAD60wQAP9QEAETUBACS1AQAn9QEAOXUBADt1AQAONUEAELVBACL1QQAmdUEAN7VBAD01QQAMdYEAD3WBACE1gQAi9YEANfWBADf1gQAKtcEAC/XBAB91wQAhtcEANDXBADa1wQAfTcPACXYBABARAsAMdgEAHbYBACH2AQAydgEAM7YBAAc2QQAM9kEAG/ZBACD2QQAwtkEANrZBAAV2gQAJNoEAGjaBABt2gQAu9oEAMjaBAAO2wQAG9sEAGHbBABt2wQAtNsEAMPbBAAH3AQAEdwEAFrcBABi3AQArdwEAMvcBAAA3QQACN0EAFPdBABc3QQApt0EALPdBAD53QQA+90EAEzeBABl3gQAn94EALDeBADy3gQA/t4EAEXfBABN3wQA0DcPAJ3fBADr3wQA898EAD7gBABN4AQAkeAEAJbgBADk4AQA8eAEADfhBABE4QQAiuEEAJbhBADd4QQA7OEEADDiBAA64gQAg+IEAIviBADW4gQA4OIEACnjBAAu4wQAfOMEAITjBAAjOA8A5uMEACLkBAAq5AQAdeQEAH/kBADI5AQAzeQEABvlBAAj5QQAdjgPAHPlBADB5QQAyuUEAPDMCgDO5QQAFOYEANflBABwOw0AHuYEAAYDDQAh5gQAZ+YEAHPmBAC65gQAyeYEAA3nBAAX5wQAYOcEAGjnBADcHQoAbucEALPnBADA5wQABugEAB3oBABZ6AQAYegEAKzoBAC26AQA/+gEAATpBABS6QQAWukEAMk4DwCy6QQA+OkEAAbqBABL6gQAXuoEAJ7qBACm6gQA8eoEAPTqBABE6wQASesEAJfrBACm6wQA6usEAArsBAA97AQASewEAJDsBACa7AQA4+wEAP/sBAA27QQAPu0EABw5DwCc7QQA3O0EAOLtBAAv7gQAO+4EAILuBACM7gQA1e4EANvuBAAo7wQANu8EAHvvBACH7wQAzu8EANHvBAAh8AQAIvAEAHTwBACA8AQAx/AEAM3wBAAa8QQAIPEEAG3xBAB58QQAwPEEAN3xBAAT8gQAHPIEAGbyBABy8gQAufIEALzyBAAM8wQAFvMEAF/zBABr8wQAsvMEALjzBAAF9AQAC/QEAFj0BABd9AQAq/QEALH0BABvOQ8ACvUEAFH1BABT9QQApPUEALP1BAD39QQAAvYEAEr2BABW9gQAnfYEAKT2BADw9gQA+PYEAEP3BABN9wQAlvcEAKH3BADp9wQA9fcEADz4BABE+AQAaDoPAJH4BADi+AQA9fgEADX5BAA9+QQAiPkEAI75BADb+QQA5/kEAC76BAA4+gQAgfoEAIf6BADU+gQA4voEACf7BAAz+wQAevsEAH37BADN+wQA1fsEACD8BAAh/AQAc/wEAH/8BADG/AQAzPwEABn9BAAh/QQAbP0EAHL9BAC//QQAy/0EABL+BAAv/gQAZf4EAG7+BAC4/gQAxP4EAAv/BAAO/wQAXv8EAGj/BACx/wQAuf8EAAQABQAVAAUAVwAFAGUABQCqAAUAwAAFAP0ABQALAQUAUAEFAFoBBQC7Og8AsgEFAPYBBQABAgUASQIFAFUCBQCcAgUAowIFAO8CBQD3AgUAQgMFAEwDBQCVAwUAoAMFAOgDBQD0AwUAOwQFAEMEBQAOOw8AkAQFAOEEBQD0BAUANAUFADwFBQCHBQUAjQUFANoFBQDmBQUALQYFADcGBQCABgUAhgYFANMGBQDhBgUAJgcFADIHBQB5BwUAfAcFAMwHBQDUBwUAHwgFACAIBQByCAUAfggFAMUIBQDLCAUAGAkFACAJBQBrCQUAcQkFAL4JBQDKCQUAEQoFAC4KBQBkCgUAbQoFALcKBQDDCgUACgsFAA0LBQBdCwUAZwsFALALBQC4CwUAAwwFABQMBQBWDAUAZAwFAKkMBQC/DAUA/AwFAAoNBQBPDQUAWQ0FAKINBQCqDQUA9Q0FABgOBQBhOw8AUw4FAJsOBQCpDgUA7g4FAP0OBQBBDwUATA8FAJQPBQCcDwUA5w8FAPUPBQA6EAUAPRAFAI0QBQCVEAUAtDsPAO4QBQAzEQUANhEFAIYRBQCOEQUA5m4FAJIRBQBtRAUAlREFAK8XBQCiEQUA2REFAPURBQAHPA8ALhIFAH8SBQCMEgUA0hIFAN8SBQAlEwUAKhMFAHgTBQCCEwUAyxMFANoTBQAeFAUAIxQFAHEUBQB+FAUAxBQFANEUBQAXFQUAIxUFAGoVBQB5FQUAvRUFAMcVBQAQFgUAHBYFAGMWBQBpFgUAthYFALwWBQAJFwUADhcFAFwXBQBiFwUAWjwPALQXBQANOgUAwBcFAAIYBQAQGAUAVRgFAGEYBQCoGAUAtRgFAPsYBQAFGQUAThkFAGoZBQChGQUAvRkFAK08DwD2GQUARxoFAFQaBQCaGgUApxoFAO0aBQDyGgUAQBsFAEobBQCTGwUAohsFAOYbBQDrGwUAORwFAEYcBQCMHAUAmRwFAN8cBQDrHAUAMh0FAEEdBQCFHQUAjx0FANgdBQDkHQUAKx4FADEeBQB+HgUAhB4FANEeBQDWHgUAJB8FACofBQAAPQ8Afh8FAMofBQDYHwUAHSAFACAgBQBwIAUAfyAFAMMgBQDIIAUAFiEFACMhBQBpIQUAdiEFALwhBQDIIQUADyIFAB4iBQBiIgUAbCIFALUiBQDDIgUACCMFAA0jBQBbIwUAaCMFAK4jBQC6IwUAASQFABQkBQBUJAUAYyQFAKckBQCzJAUA+iQFAPskBQBNJQUAVyUFAKAlBQCuJQUA8yUFAPglBQBGJgUAUyYFAFM9DwCeJgUA7CYFAPUmBQA/JwUAUCcFAJInBQCZJwUA5ScFAO0nBQA4KAUARSgFAIsoBQCQKAUA3igFAOgoBQAxKQUAOSkFAIQpBQCbKQUA1ykFAOMpBQAqKgUANCoFAH0qBQCFKgUA0CoFANIqBQAjKwUAKysFAHYrBQB8KwUAySsFANUrBQAcLAUAHywFAG8sBQB0LAUAwiwFAMssBQAVLQUAGy0FAGgtBQB3LQUAuy0FAMctBQBMPg8AEC4FAGEuBQBvLgUAtC4FAMUuBQCfPg8ADi8FAPI+DwBfLwUArS8FALUvBQAAMAUADzAFAFMwBQBYMAUApjAFALMwBQD5MAUABjEFAEwxBQBYMQUAnzEFAK4xBQDyMQUA/DEFAJg/DwBHMgUAmDIFALMyBQDrMgUA7TIFAD4zBQBYMwUAkTMFAJ4zBQDkMwUA8DMFADc0BQBBNAUAijQFAKQ0BQDdNAUA7DQFADA1BQA1NQUAgzUFAJA1BQDWNQUA4zUFACk2BQA1NgUAfDYFAIs2BQDPNgUA2TYFACI3BQAuNwUAdTcFAIg3BQDINwUA1zcFABs4BQAnOAUAbjgFAG84BQDBOAUAyzgFABQ5BQAiOQUAZzkFAGw5BQC6OQUAxzkFAOs/DwAaOgUAYDoFAG06BQCzOgUAvzoFAAY7BQAVOwUAWTsFAGM7BQCsOwUAujsFAP87BQAEPAUAUjwFAF88BQClPAUAsTwFAPg8BQALPQUASz0FAFo9BQCePQUAqj0FAPE9BQDyPQUARD4FAE4+BQCXPgUApT4FAOo+BQDvPgUAPT8FAEo/BQA+QA8AnT8FAOM/BQDlPwUANkAFAE9ABQCJQAUAmkAFANxABQDoQAUAL0EFADdBBQA3QQ8Ah0EFANVBBQDdQQUAKEIFADdCBQB7QgUAgEIFAM5CBQDbQgUAIUMFAC5DBQB0QwUAgEMFAMdDBQDWQwUAGkQFACREBQCKQQ8AgEQFAMBEBQDPRAUAE0UFAB9FBQBmRQUAZ0UFALlFBQDDRQUADEYFABpGBQBfRgUAZEYFALJGBQC/RgUA3UEPAApHBQBYRwUAZUcFAKtHBQC4RwUA/kcFAApIBQBRSAUAYEgFAKRIBQCuSAUA90gFAAVJBQBKSQUAT0kFAJ1JBQCqSQUA8EkFAPhJBQBDSgUASUoFAJZKBQBNSgUAdJYFAKJKBQDpSgUA+UoFADxLBQBFSwUAj0sFAJJLBQDiSwUA7ksFADVMBQA8TAUA1kIPAJNMBQDbTAUA3EwFAC5NBQBGTQUAgU0FAI5NBQDUTQUA4E0FACdOBQAxTgUAek4FAH5OBQDNTgUA0k4FACBPBQAmTwUAc08FAJNPBQDGTwUA3k8FABlQBQAwUAUAbFAFAHhQBQC/UAUAyVAFABJRBQAUUQUAZVEFAGxRBQC4UQUAv1EFAAtSBQARUgUAXlIFAGpSBQCxUgUAtFIFAARTBQAHUwUAV1MFAGNTBQCqUwUArVMFAClDDwACVAUAUFQFAFhUBQCjVAUAqVQFAPZUBQD7VAUASVUFAFJVBQCcVQUAplUFAO9VBQD7VQUAQlYFAEpWBQB8Qw8AmlYFAOhWBQDwVgUAO1cFAEZXBQCOVwUAk1cFAOFXBQDkVwUANFgFAD5YBQDPQw8Ak1gFANpYBQDhWAUALVkFADtZBQCAWQUAg1kFANNZBQDbWQUAJloFAClaBQB5WgUAhVoFAMxaBQDSWgUAH1sFADpbBQByWwUAflsFAMVbBQDLWwUAGFwFACBcBQBrXAUAb1wFAL5cBQDKXAUAEV0FAB5dBQBkXQUAbl0FALddBQC/XQUACl4FAAxeBQBdXgUAYV4FALBeBQCyXgUAA18FABdfBQAiRA8AXl8FAKlfBQCtXwUA/F8FAP5fBQBPYAUAUmAFAKJgBQCqYAUA9WAFAAJhBQBIYQUATWEFAJthBQClYQUA7mEFAPZhBQBBYgUAQmIFAJRiBQCZYgUA52IFAOpiBQA6YwUAPWMFAI1jBQCbYwUA4GMFAPljBQAzZAUARGQFAIZkBQCSZAUA2WQFAOFkBQB1RA8AMWUFAH9lBQCHZQUA0mUFAOFlBQAlZgUAKmYFAHhmBQCFZgUAy2YFANhmBQAeZwUAKmcFAHFnBQCAZwUAxGcFAM5nBQAXaAUAH2gFAGpoBQB0aAUAvWgFAMJoBQAQaQUAGGkFAMhEDwBuaQUAtmkFAMJpBQAJagUAEWoFABtFDwBoagUAr2oFALZqBQACawUAEGsFAFVrBQBYawUAqGsFALBrBQD7awUA/msFAE5sBQBabAUAoWwFAKdsBQD0bAUAD20FAEdtBQBTbQUAmm0FAKBtBQDtbQUAEG4FAEBuBQBDbgUAk24FALduBQBuRQ8A9W4FADlvBQA+bwUAjG8FAJlvBQDfbwUA7G8FADJwBQA+cAUAhXAFAJRwBQDYcAUA4nAFACtxBQA5cQUAfnEFAINxBQDRcQUA3nEFACRyBQAscgUAwUUPAIRyBQDKcgUA0nIFAB1zBQA2cwUAcHMFAHZzBQDDcwUAyHMFABZ0BQA2dAUAaXQFAHV0BQC8dAUAyXQFAA91BQAXdQUAYnUFAGV1BQC1dQUAv3UFAAh2BQAKdgUAW3YFAGV2BQCudgUAunYFABRGDwAXdwUAVHcFAGB3BQCndwUArHcFAPp3BQCvdwUASk8QAAN4BQBNeAUAV3gFAKB4BQCoeAUAWmYJAKx4BQDzeAUAw3gFAH5VCQD5eAUARnkFAAZ5BQCxewsATHkFAJl5BQCeeQUA7HkFAPJ5BQBnRg8ATXoFAJJ6BQCoegUA5XoFAPF6BQA4ewUAPXsFAIt7BQCUewUA3nsFAOh7BQAxfAUAOXwFAIR8BQCTfAUA13wFANx8BQAqfQUAN30FAH19BQCKfQUA0H0FANx9BQAjfgUAMn4FAHZ+BQCAfgUAyX4FANd+BQAcfwUAKX8FAG9/BQCGfwUAwn8FAMp/BQAVgAUAH4AFAGiABQBtgAUAu4AFAMOABQBgRw8AGoEFAGGBBQBngQUAtIEFAM+BBQAHggUAE4IFAFqCBQBgggUAs0cPAMCCBQAAgwUAD4MFAFODBQBfgwUApoMFAKeDBQD5gwUAA4QFAEyEBQBahAUAn4QFAKSEBQDyhAUA/4QFAAZIDwBKhQUAmIUFAKCFBQDrhQUA7oUFAD6GBQBHhgUAkYYFAKCGBQDkhgUA74YFADeHBQA/hwUAiocFAJqHBQDdhwUA64cFADCIBQBBiAUAg4gFAI+IBQDWiAUA3ogFAP9IDwAviQUAfIkFAISJBQDPiQUA1okFACKKBQAwigUAdYoFAHuKBQDIigUA1IoFABuLBQAqiwUAbosFAHiLBQDBiwUAxosFABSMBQAajAUAZ4wFAHuMBQC6jAUAwowFAA2NBQA1jQUAYI0FAGmNBQCzjQUAwI0FAAaOBQAUjgUAWY4FAGyOBQCsjgUAyI4FAFJJDwAEjwUAUo8FAF+PBQCljwUAso8FAPiPBQAEkAUAS5AFAFqQBQCekAUAqJAFAPGQBQD/kAUARJEFAEmRBQCXkQUApJEFAOqRBQDykQUAPZIFAEOSBQCQkgUAnJIFAOOSBQDzkgUANpMFAD+TBQCJkwUAjJMFANyTBQDokwUAL5QFADaUBQClSQ8AqpQFANWUBQDelAUAKJUFADWVBQB7lQUAiZUFAM6VBQDhlQUAIZYFAD2WBQD4SQ8AgpYFAMeWBQDdlgUAGpcFACaXBQBtlwUAdJcFAMCXBQDIlwUAE5gFABiYBQBmmAUAb5gFALmYBQDDmAUAS0oPAA2ZBQBfmQUAa5kFALKZBQC4mQUABZoFAAeaBQBYmgUAYpoFAKuaBQC5mgUA/poFAAObBQBRmwUAXpsFAKSbBQCsmwUA95sFAAGcBQBKnAUAWJwFAJ2cBQCznAUA8JwFAPycBQBDnQUASp0FAJadBQCenQUA6Z0FAO6dBQA8ngUARZ4FAI+eBQCZngUAnkoPAPCeBQA1nwUAS58FAIifBQCUnwUA258FAOCfBQAuoAUAN6AFAIGgBQCLoAUA1KAFAOCgBQAnoQUALaEFAHqhBQCAoQUAzaEFANKhBQAgogUAJqIFAPFKDwB4ogUAxqIFANOiBQAZowUAJqMFAGyjBQB4owUAv6MFAM6jBQASpAUAHKQFAGWkBQBzpAUAuKQFAL2kBQALpQUAGKUFAF6lBQBmpQUAsaUFALulBQAEpgUAEqYFAFemBQBtpgUAqqYFALamBQD9pgUAAqcFAFCnBQBZpwUAo6cFAK2nBQDqSw8AAqgFAEmoBQBaqAUAnKgFAKioBQDvqAUA/qgFAEKpBQBMqQUAlakFAKOpBQDoqQUA7akFADuqBQBIqgUAjqoFAJiqBQDhqgUAmqoFAHKuBQDvqgUANKsFAEqrBQCHqwUAk6sFANqrBQDfqwUALawFADasBQCArAUAiqwFANOsBQDfrAUAJq0FACytBQB5rQUAf60FAMytBQDRrQUAH64FACWuBQA9TA8AeK4FAMWuBQDLrgUAGK8FAB2vBQBrrwUAca8FAJBMDwDMrwUAEbAFACewBQBksAUAcLAFALewBQC8sAUACrEFABOxBQBdsQUAZ7EFALCxBQC8sQUAA7IFABayBQBWsgUAZbIFAKmyBQC1sgUA/LIFAP2yBQBPswUAWbMFAKKzBQCwswUA9bMFAPqzBQBItAUAVbQFAONMDwCqtAUA7rQFAA61BQBBtQUATbUFAJS1BQCetQUA57UFAOy1BQA6tgUAO7YFAI22BQCZtgUA4LYFAO22BQAztwUAP7cFAIa3BQCZtwUA2bcFAOi3BQAsuAUAOLgFAH+4BQCAuAUA0rgFANy4BQAluQUAM7kFAHi5BQB9uQUAy7kFANi5BQA2TQ8AOroFAIlNDwB3ugUAxLoFAMq6BQAXuwUAHLsFAGq7BQBwuwUA3E0PAMK7BQAQvAUAE7wFAGO8BQBvvAUAtrwFALy8BQAJvQUAJL0FAFy9BQBovQUAr70FALW9BQACvgUABL4FAFW+BQBwvgUAqL4FAKq+BQD7vgUACb8FAE6/BQBfvwUAob8FAKO/BQD0vwUADcAFAEfABQBYwAUAmsAFAKbABQDVTg8A98AFAEDBBQBOwQUAk8EFAKnBBQDmwQUA8sEFADnCBQA+wgUAjMIFAJXCBQDfwgUA6cIFADLDBQA6wwUAhcMFAIrDBQDYwwUA58MFACvEBQA6xAUAfsQFAIfEBQDRxAUA18QFACTFBQAqxQUAd8UFAIPFBQDKxQUA0cUFAB3GBQAlxgUAcMYFAHLGBQDDxgUA08YFABbHBQAgxwUAaccFAHXHBQC8xwUAwscFAA/IBQAXyAUAKE8PAG7IBQC1yAUAxsgFAAjJBQAUyQUAW8kFAGrJBQCuyQUAuMkFAAHKBQAPygUAVMoFAFnKBQCnygUAtMoFAPrKBQACywUATcsFAFfLBQBS4gUAWcsFAKDLBQCmywUA88sFAPnLBQBGzAUAS8wFAJnMBQCfzAUAe08PAPjMBQA/zQUARc0FAJLNBQCtzQUA5c0FAPHNBQA4zgUAPs4FAIvOBQCTzgUA3s4FAOHOBQAxzwUAPc8FAITPBQCVzwUA188FAOPPBQAq0AUAOdAFAH3QBQCH0AUA0NAFAN7QBQAj0QUAKNEFAHbRBQCD0QUAydEFANHRBQAc0gUAJtIFAG/SBQB90gUAwtIFANjSBQAV0wUAIdMFAGjTBQBt0wUAu9MFAMTTBQAO1AUAGNQFAHRQDwBn1AUAtNQFALrUBQAH1QUAE9UFAFrVBQBn1QUArdUFALfVBQAA1gUACNYFAFPWBQBd1gUAptYFAKvWBQD51gUA+tYFAEzXBQBR1wUAn9cFALDXBQDy1wUA99cFAEXYBQBc2AUAmNgFAKzYBQDr2AUAB9kFAD7ZBQBG2QUAx1APAJnZBQDk2QUA7tkFADfaBQBL2gUAitoFAIvaBQDd2gUA6doFADDbBQBM2wUAg9sFAIvbBQAaUQ8A39sFACncBQA33AUAfNwFADjcBQCU7AkAhtwFAM/cBQDR3AUAIt0FADvdBQB13QUAht0FAMjdBQDU3QUAG94FACPeBQBtUQ8Aet4FAMHeBQDH3gUAFN8FAC/fBQBn3wUAc98FALrfBQDA3wUADeAFABDgBQBg4AUAaOAFALPgBQDD4AUABuEFAAvhBQBZ4QUAYuEFAKzhBQC54QUA/+EFAAbiBQDAUQ8AYOIFAKXiBQC74gUA+OIFAATjBQBL4wUAUOMFAJ7jBQCn4wUA8eMFAPvjBQBE5AUAYOQFAJfkBQCf5AUAE1IPAO/kBQA95QUAReUFAJDlBQCS5QUA4+UFAP7lBQA25gUAOOYFAInmBQCX5gUA3OYFAO3mBQAv5wUAMecFAILnBQCb5wUA1ecFAObnBQAo6AUANOgFAHvoBQCD6AUAZlIPANroBQAh6QUAJ+kFAHTpBQCP6QUAx+kFANPpBQAa6gUAIOoFAG3qBQBw6gUAuVIPAN3qBQAT6wUAFOsFAGbrBQB16wUAuesFAL7rBQAM7AUAGewFAF/sBQBs7AUAsuwFAL7sBQAF7QUAFO0FAFjtBQBi7QUAq+0FALntBQD+7QUAA+4FAFHuBQBe7gUApO4FALDuBQD37gUA/e4FAErvBQAK7wUACgQGAFDvBQCd7wUAou8FAPDvBQD27wUADFMPAEjwBQCW8AUAtvAFAOnwBQD18AUAPPEFAELxBQCP8QUAl/EFANAjBgCY8QUA4vEFAO/xBQA18gUAO/IFAIjyBQCU8gUA2/IFAN3yBQAu8wUAPfMFAIHzBQCM8wUA1PMFANbzBQAn9AUAQPQFAHr0BQCL9AUAzfQFANn0BQAg9QUALPUFAHP1BQCG9QUAxvUFANX1BQAZ9gUAJfYFAGz2BQBt9gUAv/YFAMn2BQAS9wUAIPcFAGX3BQBq9wUAuPcFAMX3BQBfUw8AGPgFAF74BQBy+AUAsfgFAM34BQAE+QUAIPkFALJTDwBm+QUAqvkFAKv5BQD9+QUADPoFAFD6BQBV+gUAo/oFALD6BQD2+gUAA/sFAEn7BQBV+wUAnPsFAKv7BQDv+wUA+fsFAEL8BQBQ/AUAlfwFAJr8BQDo/AUA9fwFADv9BQBL/QUAjv0FAJD9BQDh/QUA7/0FADT+BQBF/gUABVQPAI7+BQBYVA8A3/4FAC3/BQA6/wUAgP8FAI3/BQDT/wUA2f8FACYABgAyAAYAeQAGAIkABgDMAAYA1QAGAB8BBgAiAQYAcgEGAH4BBgDFAQYAzAEGAKtUDwAkAgYAawIGAHsCBgC+AgYAxwIGABEDBgAUAwYAZAMGAHADBgC3AwYAvgMGAP5UDwAZBAYAXQQGAGkEBgCwBAYAsQQGAAMFBgANBQYAVgUGAGQFBgCpBQYArgUGAPwFBgAJBgYAUVUPAFQGBgCiBgYAsQYGAPUGBgAVBwYASAcGAFQHBgCbBwYApQcGAO4HBgD2BwYAQQgGAE0IBgCUCAYAmggGAOcIBgDtCAYAOgkGAD8JBgCNCQYAkwkGAEpWDwDlCQYAMwoGADwKBgCGCgYAlwoGANkKBgDgCgYALAsGADQLBgB/CwYAjAsGANILBgDXCwYAJQwGAC8MBgB4DAYAgAwGAMsMBgDaDAYAHg0GACMNBgBxDQYAfg0GAMQNBgDRDQYAFw4GACMOBgBqDgYAeQ4GAL0OBgDHDgYAEA8GABgPBgBjDwYAbQ8GALYPBgC7DwYACRAGABEQBgBDVw8AYRAGAK8QBgCyEAYAAhEGAAwRBgCWVw8AWxEGAKgRBgCtEQYA+xEGABsSBgBOEgYAWhIGAKESBgCnEgYA9BIGAPcSBgBHEwYASRMGAJoTBgC1EwYA7RMGAO8TBgBAFAYAThQGAJMUBgCkFAYA5hQGAOgUBgA5FQYAUhUGAIwVBgCdFQYA3xUGAOsVBgDpVw8AQhYGAIUWBgClFgYA2BYGANoWBgArFwYANxcGAGenDQA6FwYAujIGAEcXBgCyPwYAVBcGAH4XBgCBFwYA0RcGAN4XBgCuHAYA4BcGACQYBgApGAYAdxgGAIQYBgDKGAYA1xgGAB0ZBgApGQYAcBkGAH8ZBgDDGQYAzRkGABYaBgAkGgYAaRoGAG4aBgC8GgYAyRoGAA8bBgAbGwYAYhsGAGgbBgC1GwYAuxsGAAgcBgANHAYAWxwGAGEcBgA8WA8AtxwGAAEdBgAXHQYAVB0GAG0dBgCnHQYAsx0GAPodBgAAHgYATR4GAFIeBgCgHgYAsB4GAPMeBgD5HgYARh8GAFIfBgCZHwYAox8GAOwfBgDyHwYAPyAGAE0gBgCSIAYAniAGAOUgBgDoIAYAOCEGAEQhBgCLIQYAniEGAN4hBgDtIQYAMSIGAD0iBgCEIgYAkCIGANciBgDeIgYAKiMGADYjBgB9IwYAhCMGAI9YDwDmIwYAIyQGACUkBgB2JAYAiiQGAMkkBgDRJAYAHCUGACklBgBvJQYAdCUGAMIlBgDMJQYAFSYGAB0mBgBoJgYAgSYGALsmBgDHJgYADicGABYnBgDiWA8AfCcGALQnBgC2JwYABygGABUoBgBaKAYAaygGAK0oBgCvKAYAACkGABkpBgBTKQYAZCkGAKYpBgCyKQYANVkPAP4pBgBMKgYAVSoGAJ8qBgCwKgYA8ioGAPkqBgBFKwYATSsGAJgrBgClKwYA6ysGAPArBgA+LAYASCwGAJEsBgCZLAYA5CwGAP0sBgA3LQYAQy0GAIotBgCSLQYAiFkPAOAtBgAwLgYAOi4GAIMuBgCFLgYA1i4GAO8uBgApLwYAOi8GAHwvBgCKLwYAzy8GANIvBgAiMAYALTAGAHUwBgCBMAYAyDAGAM8wBgDbWQ8AIDEGAG4xBgB2MQYAwTEGAM8xBgAUMgYAFTIGAGcyBgCCMgYALloPAL8yBgANMwYAGjMGAGAzBgBtMwYAszMGAL8zBgAGNAYAFTQGAFk0BgBjNAYArDQGALo0BgD/NAYABDUGAFI1BgBfNQYApTUGALE1BgD4NQYA/jUGAEs2BgBRNgYAnjYGAKM2BgDxNgYA9zYGAIFaDwBRNwYAlzcGAJk3BgDqNwYAAzgGAD04BgBOOAYAkDgGAJw4BgDjOAYA6zgGAHpbDwA7OQYAiTkGAJE5BgDcOQYA9TkGAC86BgA0OgYAgjoGAIc6BgDVOgYA3zoGACg7BgArOwYAezsGAIU7BgDOOwYA1DsGACE8BgAjPAYAdDwGAHU8BgDHPAYAzzwGABo9BgAqPQYAbT0GAHM9BgDAPQYAxT0GABM+BgApPgYAZj4GAG4+BgC5PgYA4T4GAAw/BgAvPwYAXz8GAH4/BgDNWw8Auj8GACBcDwAWQAYAWEAGAGZABgCrQAYAt0AGAP5ABgALQQYAUUEGAFtBBgCkQQYArEEGAPdBBgACQgYASkIGAExCBgCdQgYAoEIGAPBCBgD4QgYAQ0MGAElDBgCWQwYAn0MGAOlDBgD2QwYAPEQGAEREBgCPRAYAlEQGAOJEBgDrRAYANUUGAD9FBgCIRQYAkEUGANtFBgDgRQYALkYGAD5GBgCBRgYAiUYGANRGBgDWRgYAJ0cGAEJHBgB6RwYAfEcGAM1HBgDbRwYAIEgGADFIBgBzSAYAdUgGAMZIBgDfSAYAGUkGACpJBgBsSQYAeEkGAL9JBgDHSQYAc1wPABhKBgBlSgYAakoGALhKBgDYSgYAC0sGABdLBgBeSwYAZEsGALFLBgC0SwYABEwGAAxMBgBXTAYAYUwGAKpMBgCvTAYA/UwGAAVNBgBQTQYAWk0GAKNNBgClTQYA9k0GAAdOBgBJTgYAaU4GAJxOBgCkTgYA704GAPlOBgBCTwYAR08GAMZcDwCpTwYA6E8GAPBPBgA7UAYAQFAGAI5QBgCeUAYA4VAGAOlQBgA0UQYAPlEGAIdRBgCSUQYA2lEGAOZRBgAtUgYANVIGABldDwCMUgYA01IGAN9SBgAmUwYALVMGAHlTBgCBUwYAzFMGAOVTBgAfVAYAJVQGAHJUBgB3VAYAxVQGAOVUBgAYVQYAJFUGAGtVBgBxVQYAvlUGAMFVBgBsXQ8AE1YGAGRWBgAfVgYAwpMOAGdWBgC3VgYAwVYGAApXBgAYVwYAXVcGAGxXBgCwVwYAs1cGAANYBgDIVwYA+XwGAMxXBgAPbgYAD1gGAFZYBgBYWAYAqVgGAK9YBgD8WAYAC1kGAE9ZBgBaWQYAolkGAKpZBgDfuwYAvFkGAPVZBgABWgYASFoGAFtaBgCbWgYAqloGAO5aBgD6WgYAQVsGAEJbBgCUWwYAnlsGAOdbBgD1WwYAOlwGAD9cBgCNXAYAmlwGAL9dDwD6XAYAM10GAEJdBgCGXQYAi10GANldBgDmXQYALF4GADleBgB/XgYAi14GANJeBgDhXgYAJV8GAC9fBgB4XwYAhl8GAMtfBgDQXwYAHmAGACtgBgBxYAYAfWAGAMRgBgDKYAYAF2EGAB1hBgBqYQYAb2EGAL1hBgDDYQYAEl4PABFiBgBjYgYAGWIGANbGCAAdYgYAvLIIADBiBgDctQwAb2IGALZiBgC8YgYA+XUHAMNiBgAJYwYADGMGAFxjBgBoYwYAr2MGALFjBgACZAYACGQGAFVkBgBkZAYAqGQGALNkBgD7ZAYA/GQGAE5lBgBiZQYAoWUGALtlBgD0ZQYAAGYGAEdmBgBaZgYAmmYGAKlmBgDtZgYA+WYGAEBnBgBBZwYAk2cGAJ1nBgDmZwYA9GcGADloBgA+aAYAjGgGAJloBgBlXg8A+WgGADJpBgBBaQYAhWkGAIppBgDYaQYA5WkGACtqBgA4agYAfmoGAIpqBgDRagYA4GoGACRrBgAuawYAd2sGAIVrBgDKawYAz2sGAB1sBgAqbAYAcGwGAHxsBgDDbAYAyWwGABZtBgAcbQYAaW0GAG5tBgC8bQYAwm0GALheDwArbgYAC18PAGhuBgC1bgYAt24GAAhvBgAVbwYAW28GAF5vBgCubwYAr28GAAFwBgAGcAYAVHAGAFpwBgCncAYAsXAGAPpwBgAWcQYATXEGAGlxBgBeXw8ApnEGAPNxBgD1cQYARnIGAFNyBgCZcgYAnHIGAOxyBgDtcgYAP3MGAERzBgCScwYAmHMGAOVzBgDvcwYAOHQGAFR0BgCLdAYAp3QGALFfDwDkdAYAMXUGADd1BgCEdQYAiXUGANd1BgDddQYABGAPADh2BgB9dgYAmHYGANB2BgDedgYAI3cGADB3BgB2dwYAjXcGAMl3BgDYdwYAHHgGACF4BgBveAYAfHgGAMJ4BgDPeAYAFXkGACF5BgBoeQYAd3kGALt5BgDFeQYADnoGABx6BgBhegYAZnoGALR6BgDBegYAB3sGAAp7BgBaewYAZnsGAK17BgCzewYAAHwGAAZ8BgBTfAYAWHwGAKZ8BgCsfAYAV2APAAN9BgBMfQYAUn0GAJ99BgChfQYA8n0GAP99BgBFfgYASH4GAJh+BgCZfgYA634GAPB+BgA+fwYARH8GAJF/BgCbfwYA5H8GAP5/BgA3gAYARoAGAIqABgCPgAYA3YAGAOqABgAwgQYAPYEGAIOBBgCPgQYA1oEGAOWBBgApggYAM4IGAHyCBgCKggYAz4IGANSCBgAigwYAL4MGAHWDBgB/gwYAL40GAIGDBgDIgwYAzoMGABuEBgAhhAYAboQGAHOEBgDBhAYAx4QGAKpgDwAZhQYAZ4UGAHSFBgC6hQYAx4UGAA2GBgAZhgYAYIYGAG+GBgCzhgYAvYYGAAaHBgAUhwYAWYcGAF6HBgCshwYAuYcGAP+HBgAHiAYAUogGAF6IBgCliAYAq4gGAPiIBgD+iAYAS4kGAFCJBgCeiQYApIkGAKNhDwDziQYARIoGAE2KBgCXigYAmooGAOqKBgD2igYAPYsGAESLBgCQiwYAmIsGAOOLBgD8iwYANowGAEqMBgCJjAYApYwGANyMBgDkjAYASWIPAD2NBgCCjQYAmI0GANWNBgDhjQYAKI4GAC2OBgB7jgYAhI4GAM6OBgDYjgYAIY8GAD2PBgB0jwYAfI8GAJxiDwDMjwYAGpAGACeQBgBtkAYAepAGAMCQBgDMkAYAE5EGACKRBgBmkQYAcJEGALmRBgDHkQYADJIGABGSBgBfkgYAbJIGALKSBgC6kgYABZMGAA+TBgBYkwYAZpMGAKuTBgDBkwYA/pMGAAqUBgBRlAYAVpQGAKSUBgCtlAYA95QGAAGVBgBKlQYAUpUGAJ2VBgCslQYA8JUGAPKVBgBDlgYATJYGAJaWBgCZlgYA6ZYGAPWWBgA8lwYAQ5cGAI+XBgCXlwYA4pcGAPuXBgA1mAYASZgGAIiYBgCkmAYA25gGAOOYBgDvYg8AM5kGAIGZBgCOmQYA1JkGAOGZBgAnmgYAM5oGAHqaBgCJmgYAzZoGANeaBgAgmwYAKpsGAHObBgCBmwYAxpsGANybBgAZnAYAJZwGAGycBgBxnAYAv5wGAMicBgASnQYAHJ0GAGWdBgBxnQYAuJ0GAL6dBgALngYAEZ4GAF6eBgBjngYAsZ4GALeeBgBCYw8AEJ8GAFefBgBbnwYAqp8GALmfBgD9nwYAAqAGAFCgBgBdoAYAo6AGALCgBgD2oAYAAqEGAEmhBgBYoQYAnKEGAKahBgDvoQYA/aEGAEKiBgBHogYAlaIGAKKiBgDoogYA9KIGADujBgBBowYAjqMGAJSjBgDhowYA5qMGADSkBgA6pAYAlWMPAIykBgDapAYA4aQGAC2lBgA5pQYAgKUGAIKlBgDTpQYAg6UGAFarBgDupQYAJqYGACimBgB5pgYAh6YGAMymBgDdpgYAH6cGACGnBgBypwYAi6cGAMWnBgDWpwYAGKgGACSoBgBrqAYAd6gGAL6oBgDRqAYAEakGACCpBgBkqQYAcKkGALepBgC4qQYACqoGABSqBgBdqgYAa6oGALCqBgC1qgYAA6sGABCrBgDoYw8AWKsGAKmrBgDEqwYA/KsGAP6rBgBPrAYAXawGAKKsBgCzrAYA9awGAPesBgBIrQYAYa0GAJutBgCsrQYA7q0GAPqtBgBBrgYATa4GAJSuBgCnrgYA564GAPauBgA6rwYARq8GAI2vBgCOrwYA4K8GAOqvBgAzsAYAQbAGAIawBgCLsAYA2bAGAOawBgDhZA8AMbEGAH+xBgCHsQYA0rEGANSxBgAlsgYANrIGAHiyBgCGsgYAy7IGAOayBgAeswYAKrMGAHGzBgB5swYA2mUPAMmzBgAXtAYAHrQGAGq0BgB2tAYAvbQGAMC0BgAQtQYAGLUGAGO1BgBztQYAtrUGALu1BgAJtgYAErYGAFy2BgBptgYAr7YGALa2BgACtwYACrcGAC1mDwBitwYAqLcGALC3BgD7twYAD7gGAE64BgBTuAYAobgGAKq4BgD0uAYA+rgGAEe5BgBPuQYAmrkGAKm5BgDtuQYA/rkGAEC6BgBJugYAk7oGAJa6BgDmugYA8LoGADm7BgBFuwYAjLsGAJK7BgCAZg8A7LsGADK8BgA3vAYAhbwGAIy8BgDYvAYA5LwGACu9BgAzvQYA02YPAJm9BgDRvQYA070GACS+BgAyvgYAd74GAIi+BgDKvgYAzL4GAB2/BgA2vwYAcL8GAIG/BgDDvwYAz78GACZnDwAlwAYAacAGAHjABgC8wAYAxcAGAA/BBgAVwQYAYsEGAGjBBgC1wQYAwcEGAAjCBgAPwgYAW8IGAGPCBgCuwgYAssIGAAHDBgAMwwYAVMMGAGLDBgCnwwYAuMMGAPrDBgAGxAYATcQGAFXEBgB5Zw8Ao8QGAPPEBgD9xAYARsUGAEjFBgCZxQYAssUGAOzFBgD9xQYAP8YGAE3GBgCSxgYAlcYGAOXGBgDwxgYAOMcGAEbHBgCLxwYAmMcGAN7HBgD1xwYAMcgGADnIBgCEyAYAhsgGANfIBgDfyAYAKskGADnJBgB9yQYAgskGANDJBgDdyQYAI8oGADDKBgB2ygYAgsoGAMnKBgDYygYAHMsGACbLBgBvywYAfcsGAMLLBgDHywYAFcwGACLMBgBozAYAcMwGALvMBgDFzAYADs0GABPNBgBhzQYAac0GALTNBgC3zQYAB84GACTOBgBazgYAa84GAK3OBgC1zgYAAM8GAAPPBgBTzwYAX88GAKbPBgCszwYA+c8GABTQBgBM0AYAWNAGAJ/QBgCl0AYAzGcPAAHRBgBF0QYARtEGAJjRBgDO0QYA69EGAPnRBgA+0gYAP9IGAJHSBgCZ0gYA5NIGAPPSBgA30wYAPNMGAIrTBgCX0wYA3dMGAOrTBgAw1AYAPNQGAIPUBgCS1AYA1tQGAODUBgAp1QYAN9UGAHzVBgCB1QYAz9UGANzVBgAi1gYAKtYGAHXWBgB/1gYAyNYGAM3WBgAb1wYAI9cGAG7XBgB41wYAwdcGAMzXBgAU2AYAINgGAGfYBgBv2AYAH2gPAL/YBgAN2QYAENkGAGDZBgBq2QYAs9kGALvZBgByaA8AFNoGAFnaBgBv2gYArNoGALjaBgD/2gYABNsGAFLbBgBb2wYApdsGAK/bBgD42wYAANwGAEvcBgBX3AYAntwGALHcBgDx3AYA8twGAETdBgBS3QYAl90GAJ3dBgDq3QYA9t0GAD3eBgBE3gYAxWgPAJHeBgDj3gYA794GADbfBgBD3wYAid8GAJHfBgDc3wYA5t8GAC/gBgA+4AYAguAGAIPgBgDV4AYA3eAGACjhBgA34QYAe+EGAIDhBgDO4QYA2+EGACHiBgAu4gYAdOIGAIDiBgDH4gYA1uIGABrjBgAk4wYAbeMGAHvjBgDA4wYAxeMGABPkBgAg5AYAZuQGAG7kBgC55AYAveQGAAzlBgAa5QYAX+UGAGnlBgCy5QYAveUGAAXmBgAN5gYAWOYGAGPmBgCr5gYAsOYGAP7mBgAB5wYAUecGAFvnBgCk5wYArOcGAPfnBgAW6AYAGGkPAEzoBgCd6AYAnugGAPDoBgD66AYAQ+kGAFHpBgCW6QYAsekGAOnpBgD16QYAPOoGAETqBgBraQ8Am+oGAOLqBgDo6gYANesGAFDrBgCI6wYAlOsGANvrBgDh6wYALuwGADbsBgCB7AYAj+wGANTsBgDX7AYAJ+0GAC/tBgB67QYAg+0GAM3tBgDa7QYAIO4GACLuBgBz7gYAju4GAMbuBgDI7gYAGe8GACfvBgBs7wYAfe8GAL/vBgDB7wYAEvAGACvwBgBl8AYAdvAGALjwBgDE8AYAC/EGABPxBgC+aQ8AZPEGALHxBgC58QYABPIGAAvyBgBX8gYAXPIGAKryBgC28gYA/fIGAADzBgBQ8wYAWPMGAKPzBgCw8wYA9vMGAPvzBgBJ9AYAU/QGAJz0BgCk9AYA7/QGAPv0BgBC9QYAVfUGAJX1BgCj9QYA6PUGAOv1BgA79gYARfYGABFqDwCR9gYA4fYGAOn2BgA09wYAN/cGAIf3BgCT9wYA2vcGAOD3BgAt+AYASPgGAID4BgCM+AYA0/gGANn4BgAm+QYALvkGAHn5BgCH+QYAzPkGAM/5BgAf+gYAJ/oGAHL6BgB7+gYAxfoGANL6BgAY+wYAGvsGAGv7BgCG+wYAvvsGAMD7BgAR/AYAH/wGAGT8BgB1/AYAt/wGALn8BgAK/QYAI/0GAF39BgBu/QYAsP0GALz9BgAD/gYAC/4GAGRqDwBc/gYAqf4GALH+BgD8/gYAA/8GAE//BgBU/wYAov8GAK7/BgD1/wYA+P8GAEgABwBQAAcAmwAHAKgABwDuAAcA8wAHAEEBBwBLAQcAlAEHAJwBBwDnAQcA8wEHADoCBwBNAgcAjQIHAJsCBwDgAgcA4wIHADMDBwA9AwcAt2oPAIkDBwDZAwcA5QMHACwEBwAyBAcAfwQHAJoEBwDSBAcA3gQHACUFBwArBQcAeAUHAIAFBwDLBQcA2QUHAB4GBwAhBgcAcQYHAHkGBwDEBgcAzQYHABcHBwAkBwcAagcHAGwHBwC9BwcA2AcHABAIBwASCAcAYwgHAHEIBwC2CAcAxwgHAAkJBwALCQcAXAkHAHUJBwCvCQcAwAkHAAIKBwAOCgcAVQoHAF0KBwAKaw8ArgoHAPsKBwADCwcATgsHAFULBwChCwcApgsHAPQLBwAADAcARwwHAEoMBwCaDAcAogwHAO0MBwD6DAcAQA0HAEUNBwCTDQcAnQ0HAOYNBwDuDQcAOQ4HAEUOBwCMDgcAnw4HAN8OBwDtDgcAMg8HADUPBwCFDwcAjw8HAF1rDwDaDwcAKxAHAN0PBwBFHQgA4Q8HAMJADgDkDwcAUWMNAOYPBwB7gAgANRAHADW6DQA8EAcAfhAHAI8QBwDREAcA3xAHACQRBwBAEQcAdxEHAJMRBwCwaw8A2BEHAB0SBwAqEgcAcBIHAIcSBwDDEgcAzxIHABYTBwAcEwcAaRMHAG8TBwC8EwcAwRMHAA8UBwAVFAcAA2wPAGcUBwC1FAcAvRQHAAgVBwALFQcAWxUHAGcVBwCuFQcAtBUHAAEWBwAcFgcAVBYHAGAWBwCnFgcArRYHAPoWBwACFwcATRcHAE8XBwCgFwcAuxcHAPMXBwD1FwcARhgHAFQYBwCZGAcAqhgHAOwYBwDuGAcAPxkHAFgZBwCSGQcAoxkHAOUZBwDxGQcA/GwPAE4aBwCLGgcAmhoHAN4aBwC0GgcAux8HAOAaBwAxGwcAQBsHAIQbBwCPGwcA1xsHAOMbBwAqHAcALRwHAH0cBwAxHAcAIikHAEYcBwD5IgcAiRwHANAcBwDWHAcAIx0HAD4dBwB2HQcAgh0HAMkdBwDPHQcAHB4HACgeBwBvHgcAdR4HAMIeBwDIHgcAFR8HABofBwBoHwcAbh8HAE9tDwC+HwcADiAHACogBwBhIAcAaSAHAEhuDwDAIAcAByEHAA0hBwBaIQcAdSEHAK0hBwC5IQcAACIHAAYiBwBTIgcAWyIHAKYiBwDHIgcAm24PAAEjBwDubg8AUSMHAJ8jBwCsIwcA8iMHAP8jBwBFJAcAUSQHAJgkBwCnJAcA6yQHAPUkBwA+JQcARiUHAJElBwCbJQcA5CUHAPIlBwA3JgcATSYHAIomBwCWJgcA3SYHAOImBwAwJwcAOScHAIMnBwCNJwcA1icHAN4nBwApKAcAMygHAHwoBwCBKAcAzygHANcoBwBBbw8ALikHAHUpBwCIKQcAyCkHANcpBwAbKgcAJyoHAG4qBwBvKgcAwSoHAMsqBwAUKwcAIisHAGcrBwBsKwcAuisHAMcrBwCUbw8AGCwHAGAsBwBsLAcAsywHALksBwAGLQcAEi0HAFktBwBhLQcAjXAPAK8tBwD/LQcABy4HAFIuBwBfLgcApS4HAKouBwD4LgcAAC8HAEsvBwBNLwcAni8HALkvBwDxLwcA8y8HAEQwBwBSMAcAlzAHAKgwBwDqMAcA7DAHAD0xBwBWMQcAkDEHAKExBwDjMQcA7zEHADYyBwA+MgcA4HAPAI4yBwDcMgcA6TIHAC8zBwA8MwcAgjMHAI4zBwDVMwcA5DMHACg0BwAyNAcAezQHAIk0BwDONAcA0zQHACE1BwAuNQcAdDUHAHw1BwDHNQcAyTUHABo2BwAkNgcAbTYHAHU2BwAzcQ8AyzYHABM3BwAhNwcAZjcHAGk3BwC5NwcAwTcHAAw4BwAiOAcAXzgHAGQ4BwCyOAcAyDgHAAU5BwAROQcAWDkHAGU5BwCrOQcAtTkHAIZxDwAAOgcAUToHAF86BwCkOgcAtToHANlxDwD9OgcASjsHAFY7BwAscg8AnzsHAPA7BwD2OwcAQzwHAGM8BwCWPAcAojwHAOk8BwDwPAcAPD0HAEQ9BwCPPQcAlj0HAOI9BwDuPQcANT4HADc+BwCIPgcAjz4HAH9yDwDePgcALj8HADY/BwCBPwcAkT8HANQ/BwDWPwcAJ0AHADVABwB6QAcAi0AHANJyDwDUQAcAJXMPAC1BBwBzQQcAekEHAMZBBwDOQQcAGUIHACdCBwBsQgcAb0IHAL9CBwDHQgcAEkMHABlDBwBlQwcAc0MHALhDBwC7QwcAC0QHAA1EBwBeRAcAd0QHALFEBwDCRAcABEUHABBFBwBXRQcAXkUHAKpFBwCyRQcA/UUHAAZGBwBQRgcAXUYHAKNGBwCtRgcA9kYHAARHBwBJRwcAWkcHAJxHBwCkRwcA70cHAPlHBwBCSAcAUEgHAJVIBwCrSAcA6EgHAPRIBwA7SQcAQkkHAI5JBwCWSQcA4UkHAOdJBwA0SgcAQEoHAIdKBwCRSgcA2koHAOBKBwAtSwcAQUsHAMtzDwCOSwcA00sHAOxLBwAmTAcAPEwHAHlMBwCITAcAzEwHAOZMBwAfTQcAIk0HAPxRBwAqTQcA2VYHAC5NBwByTQcAd00HAMVNBwDSTQcAGE4HACVOBwBrTgcAd04HAL5OBwDNTgcAEU8HABtPBwBkTwcAck8HALdPBwC8TwcAClAHABdQBwBdUAcAaVAHALBQBwC2UAcAA1EHAAlRBwBWUQcAW1EHAKlRBwCvUQcAHnQPAAhSBwBPUgcAVVIHAKJSBwC9UgcA9VIHAAFTBwBIUwcATlMHAJtTBwCiUwcA7lMHAPNTBwCNVQcA+lMHAEFUBwBDVAcAlFQHAJtUBwDnVAcAA1UHADpVBwBCVQcAF3UPAJFVBwDgVQcA7VUHADNWBwBPVgcAhlYHAI5WBwBqdQ8A3lYHACxXBwAvVwcAf1cHAIlXBwDSVwcA41cHACVYBwAqWAcAeFgHAH1YBwDLWAcA61gHAB5ZBwAnWQcAcVkHAHJZBwDEWQcA0FkHABdaBwAdWgcAaloHAHBaBwC9WgcAwloHABBbBwAWWwcAvXUPAGRbBwC2WwcAwlsHAAlcBwAWXAcAXFwHAGRcBwCvXAcAuFwHAAJdBwAPXQcAVV0HAGNdBwCoXQcAu10HAPtdBwADXgcATl4HAFFeBwChXgcApl4HAPReBwADXwcAR18HAGdfBwCaXwcApl8HAO1fBwD3XwcAtnYPAEpgBwCTYAcAlWAHAOZgBwDwYAcAOWEHAEJhBwCMYQcAj2EHAN9hBwDnYQcAMmIHAGZiBwAJdw8AkWIHANhiBwDnYgcAK2MHAEtjBwB+YwcAimMHANFjBwDYYwcAJGQHAClkBwB3ZAcAeGQHAMpkBwDWZAcAHWUHACNlBwBwZQcAcmUHAMNlBwDNZQcAFmYHACRmBwBpZgcAbmYHALxmBwDJZgcAD2cHABlnBwBiZwcAcGcHALVnBwDLZwcACGgHABRoBwBbaAcAYGgHAK5oBwC3aAcAAWkHAAtpBwBUaQcAYGkHAKdpBwC6aQcA+mkHAAlqBwBNagcAWWoHAKBqBwChagcA82oHAP1qBwBGawcAVGsHAJlrBwCeawcA7GsHAPlrBwBcdw8ATWwHAJJsBwCobAcA5WwHAPFsBwA4bQcAP20HAIttBwCTbQcA3m0HAONtBwAxbgcAOm4HAIRuBwCObgcA124HAN9uBwAqbwcALm8HAH1vBwB/bwcA0G8HAN5vBwAjcAcALXAHAHZwBwCEcAcAyXAHANZwBwAccQcAM3EHAG9xBwB3cQcAwnEHANJxBwAVcgcAGnIHAGhyBwBucgcAu3IHAMNyBwAOcwcAE3MHAGFzBwBicwcAtHMHAMBzBwAHdAcADXQHAFp0BwBcdAcArXQHALd0BwAAdQcADnUHAFN1BwBYdQcApnUHALN1BwBVeA8A+3UHAEx2BwBWdgcAn3YHAK12BwDydgcA93YHAEV3BwBSdwcAmHcHAJp3BwDcJAkAoncHAOt3BwD5dwcAPngHAFR4BwCReAcAnXgHAOR4BwDpeAcAN3kHAEB5BwCKeQcAlHkHAN15BwDpeQcAMHoHAEN6BwCDegcAknoHANZ6BwDiegcAKXsHACp7BwB8ewcAhnsHAM97BwDdewcAInwHACd8BwB1fAcAgnwHAKh4DwDRfAcAG30HACV9BwBufQcAcH0HAMF9BwDLfQcAFH4HACB+BwBnfgcAb34HAKF5DwC7fgcADX8HABl/BwBgfwcAZn8HALN/BwC1fwcABoAHABCABwBZgAcAZ4AHAKyABwCxgAcA/4AHAAyBBwBSgQcAWoEHAKWBBwCvgQcA+IEHAAaCBwBLggcAYYIHAJ6CBwCqggcA8YIHAPiCBwBEgwcATIMHAJeDBwCcgwcA6oMHAPODBwA9hAcAR4QHAJCEBwClhAcA44QHAOyEBwA2hQcAQ4UHAImFBwCLhQcA3IUHAPWFBwAvhgcAQIYHAIKGBwCOhgcA1YYHAN2GBwD0eQ8ALYcHAHuHBwCDhwcAzocHAOSHBwAhiAcAJogHAHSIBwB7iAcAx4gHANWIBwAaiQcAKokHAG2JBwCBiQcAwIkHAMiJBwATigcAIooHAGaKBwBrigcAuYoHAMKKBwAMiwcAGYsHAF+LBwBpiwcAsosHAL6LBwAFjAcAC4wHAEd6DwBmjAcAq4wHAMGMBwD+jAcACo0HAFGNBwBWjQcApI0HAK2NBwD3jQcAAY4HAEqOBwBSjgcAnY4HAKGOBwDwjgcA8o4HAEOPBwBRjwcAlo8HAKCPBwDpjwcA948HADyQBwBJkAcAj5AHAKaQBwDikAcA6pAHADWRBwBFkQcAiJEHAI2RBwDbkQcA4ZEHAC6SBwA2kgcAgZIHAJySBwDUkgcA1pIHACeTBwA4kwcAepMHAIOTBwDNkwcA2ZMHAJp6DwAllAcAc5QHAHaUBwDGlAcA0JQHABmVBwAblQcAbJUHAIeVBwC/lQcAwZUHABKWBwAglgcAZZYHAHaWBwC4lgcAupYHAAuXBwAklwcAXpcHAG+XBwCxlwcAvZcHAO16DwAhmAcAV5gHAGiYBwCqmAcAxpgHAP2YBwAFmQcAQHsPAFWZBwCjmQcAq5kHAPaZBwABmgcASZoHAE6aBwCcmgcAn5oHAO+aBwD5mgcAQpsHAEWbBwCVmwcAnZsHAOibBwDqmwcAO5wHAFacBwCOnAcAkJwHAOGcBwDvnAcANJ0HAEWdBwCHnQcAiZ0HANqdBwDznQcALZ4HAD6eBwCAngcAjJ4HANOeBwDbngcAk3sPADOfBwB5nwcAgZ8HAMyfBwDWnwcAH6AHACqgBwByoAcAfqAHAMWgBwDNoAcA5nsPAB2hBwBroQcAcKEHAL6hBwDPoQcAOXwPAB6iBwBkogcAZqIHALeiBwDQogcACqMHABujBwBdowcAaaMHALCjBwC4owcAjHwPAAikBwBWpAcAXqQHAKmkBwC4pAcA/KQHAAKlBwBPpQcAW6UHAKKlBwCkpQcA9aUHAP+lBwBIpgcAVKYHAJumBwCjpgcA33wPAPqmBwBBpwcARKcHAJSnBwCXpwcA56cHAPWnBwA6qAcAP6gHAI2oBwCaqAcAMn0PAPGoBwAzqQcAO6kHAIapBwBAqQcAmrIHAJGpBwDZqQcA3qkHACyqBwAvqgcAf6oHAImqBwDSqgcA9aoHACWrBwAoqwcAeKsHAJyrBwDLqwcA06sHAIV9DwAkrAcAcawHAH+sBwDErAcA0KwHABetBwAerQcAaq0HAHKtBwC9rQcAza0HABCuBwAVrgcAY64HAGmuBwC2rgcAvq4HAAmvBwAmrwcAXK8HAGWvBwCvrwcAu68HAAKwBwAIsAcAVbAHAGmwBwCosAcAsLAHAPuwBwALsQcATrEHAFCxBwChsQcAr7EHAPSxBwAFsgcA2H0PAE6yBwArfg8An7IHAO2yBwD0sgcAQLMHAEyzBwCTswcAlrMHAOazBwD2swcAObQHADu0BwCMtAcAmrQHAN+0BwDwtAcAfn4PADm1BwDRfg8AmLUHANi1BwDntQcAK7YHADe2BwB+tgcAf7YHANG2BwDbtgcAJLcHADK3BwB3twcAfLcHAMq3BwDXtwcAJH8PACK4BwBwuAcAebgHAMO4BwDUuAcAFrkHAB25BwBpuQcAcbkHALy5BwDJuQcAD7oHABS6BwBiugcAbLoHALW6BwC9ugcACLsHAA67BwBbuwcAZ7sHAK67BwCwuwcAAbwHABC8BwBUvAcAX7wHAKe8BwCvvAcA+rwHAPy8BwBNvQcAWr0HAKC9BwC0vQcA870HAPu9BwBGvgcAVb4HAJm+BwCevgcA7L4HAPm+BwA/vwcASb8HAJK/BwCUvwcA5b8HAPS/BwA4wAcAQsAHAIvABwCTwAcA3sAHAN/ABwAxwQcANsEHAITBBwCSwQcA18EHAOTBBwAqwgcANMIHAB2ADwCAwgcA0MIHANzCBwC60QcA7MIHACPDBwArwwcAcIAPAHvDBwDJwwcA0cMHABzEBwAfxAcAb8QHAHvEBwDCxAcAyMQHABXFBwAwxQcAaMUHAHTFBwC7xQcAwcUHAA7GBwARxgcAYcYHAGnGBwC0xgcAtsYHAAfHBwAixwcAWscHAFzHBwCtxwcAu8cHAADIBwARyAcAU8gHAFXIBwCmyAcAv8gHAPnIBwAKyQcATMkHAFjJBwCfyQcAp8kHAMOADwD3yQcARcoHAEvKBwCYygcAoMoHAOvKBwD6ygcAPssHAEPLBwCRywcAnssHAOTLBwDxywcAN8wHAEPMBwCKzAcAmcwHAN3MBwDnzAcAMM0HAD7NBwCDzQcAiM0HANbNBwDjzQcAFoEPADXOBwB8zgcAgs4HAM/OBwDqzgcAIs8HAC7PBwB1zwcAe88HAMjPBwDLzwcAG9AHACfQBwBu0AcAdNAHAMHQBwDH0AcAFNEHABnRBwBn0QcAbdEHAGmBDwDA0QcADdIHABPSBwBg0gcAZdIHALPSBwC50gcAvIEPAAvTBwBZ0wcAZtMHAKzTBwC50wcA/9MHAAvUBwBS1AcAYdQHAKXUBwCv1AcA+NQHAAbVBwBL1QcAUNUHAJ7VBwCr1QcA8dUHAAnWBwBE1gcAStYHAJfWBwCj1gcA6tYHAPrWBwA91wcARtcHAJDXBwCT1wcA49cHAO/XBwA22AcAPdgHALWCDwCL2AcA3NgHAObYBwAv2QcAMtkHAILZBwCK2QcA1dkHANjZBwAo2gcANNoHAHvaBwCB2gcAztoHAOnaBwAh2wcALdsHAHTbBwB62wcACIMPAOfbBwAa3AcAJdwHAG3cBwBy3AcAwNwHAMncBwAT3QcAFt0HAGbdBwBy3QcAud0HAMXdBwAZ6AcA0d0HAAzeBwAT3gcAX94HAGXeBwCy3gcAwN4HAAXfBwAg3wcAWN8HAGTfBwCr3wcAsd8HAP7fBwAY4AcAUeAHAF3gBwCk4AcAquAHAPfgBwD94AcASuEHAE/hBwCd4QcAo+EHAFuDDwD94QcAQ+IHAE/iBwCW4gcAoOIHAOniBwDt4gcAPOMHAEHjBwCP4wcAleMHAOLjBwAC5AcANeQHAEHkBwCI5AcAjuQHANvkBwDh5AcALuUHADPlBwCB5QcAh+UHAAGEDwDZ5QcAJ+YHAC7mBwB65gcAhuYHAM3mBwDp5gcAIOcHACjnBwD6hA8AqucHAMbnBwDs5wcATYUPACzoBwBs6AcAe+gHAL/oBwDL6AcAEukHABPpBwBl6QcAb+kHALjpBwDG6QcAC+oHABDqBwBe6gcAa+oHAKCFDwC56gcAmYYPAAnrBwBX6wcAZOsHAKrrBwC36wcA/esHAAnsBwBQ7AcAX+wHAKPsBwCt7AcA9uwHAATtBwBJ7QcATu0HAJztBwCp7QcA7+0HAPftBwBC7gcASO4HAJXuBwCh7gcA6O4HAPjuBwA77wcARO8HAI7vBwCR7wcA4e8HAO3vBwA08AcAO/AHAOyGDwCS8AcA2vAHAObwBwAt8QcANfEHAD+HDwCN8QcA0/EHANrxBwAm8gcAJ/IHAHnyBwB+8gcAzPIHANryBwAf8wcALPMHAHLzBwB88wcAxfMHAM3zBwAY9AcAIfQHAGv0BwBx9AcAvvQHAM/0BwAR9QcALfUHAGT1BwBs9QcAkocPAML1BwAK9gcAFPYHAF32BwBn9gcAsPYHALH2BwDlhw8ACPcHAFb3BwBj9wcAqfcHALb3BwD89wcACPgHAE/4BwBe+AcAovgHAKz4BwD1+AcA/fgHAEj5BwBS+QcAm/kHAKD5BwDu+QcA9vkHADiIDwBM+gcAlPoHAKD6BwDn+gcA7/oHAIuIDwA/+wcAjfsHAJz7BwDg+wcAAPwHADP8BwA//AcAhvwHAIz8BwDZ/AcA4fwHACz9BwAz/QcAf/0HAIH9BwDS/QcA3v0HACX+BwA7/gcAeP4HAH3+BwDL/gcA2P4HAN6IDwAj/wcAcf8HAID/BwDE/wcA5P8HABcACAAjAAgAagAIAHAACAC9AAgAxQAIABABCAAXAQgAYwEIAGUBCAC2AQgAwgEIAAkCCAAfAggAXAIIAGECCACvAggAvAIIAAIDCAAKAwgAVQMIAFsDCACoAwgAsQMIAPsDCAAIBAgATgQIAFsECAChBAgArwQIAPQECAABBQgARwUIAF4FCACaBQgAyAUIADGJDwDzBQgAQAYIAPoFCAAtdA0AVgYIAJMGCAChBggA5gYIAOkGCAA5BwgAPAcIAIwHCACaBwgA3wcIAOQHCAAyCAgAPwgIAIUICACNCAgA2AgIAN8ICAArCQgANwkIAH4JCACLCQgA0QkIAN8JCAAkCggAMAoIAHcKCAB+CggAygoIANIKCAAdCwgAIQsIAHALCAB7CwgAwwsIANELCAAWDAgAJwwIAGkMCAB1DAgAvAwIAMQMCACEiQ8AFQ0IAGINCAB2DQgAtQ0IAMMNCAAIDggAFQ4IAFsOCAByDggArg4IALYOCAABDwgACw8IAFQPCABZDwgApw8IAK8PCAD6DwgACRAIAE0QCABSEAgAoBAIAK0QCADzEAgAABEIAEYRCABSEQgAmREIAKgRCADsEQgA9hEIAD8SCABHEggAkhIIAJwSCADlEggA6hIIADgTCABAEwgA14kPAJYTCADeEwgA6hMIADEUCAA5FAgAKooPAIkUCADXFAgA5hQIACoVCABKFQgAfRUIAIkVCADQFQgA1hUIACMWCAArFggAdhYIAH0WCADJFggAyxYIABwXCAAoFwgAbxcIAIUXCADCFwgAxxcIABUYCAAiGAgAfYoPAHEYCAC7GAgAwRgIAA4ZCAAcGQgAYRkIAG4ZCAC0GQgAyxkIAAcaCAAPGggAWhoIAGkaCACtGggAshoIAAAbCAANGwgAUxsIAGAbCACmGwgAshsIAPkbCAAIHAgATBwIAFYcCACfHAgAuxwIAPIcCAD6HAgA0IoPAFIdCADbGwwAVB0IAJgdCACiHQgA7Y8MALgdCADrHQgA9x0IAD4eCABEHggAkR4IAJkeCADDXggAnR4IAOQeCACrHggAXUkIAPceCAA3HwgARh8IAIofCACWHwgA3R8IAN4fCAAwIAgAOiAIAIMgCACRIAgA1iAIANsgCAApIQgANiEIACOLDwCCIQgAzyEIANUhCAAiIggAJyIIAHUiCAB7IggAHIwPANMiCAAbIwgAKSMIAG4jCAB/IwgAwSMIAM0jCAAUJAgAHCQIAMKMDwBzJAgAuiQIAMQkCAANJQgAHCUIAGAlCABrJQgAsyUIAMElCAAGJggAEyYIAFkmCABwJggArCYIALQmCAD/JggAAicIAFInCABeJwgApScIAKsnCAD4JwgAEygIAEsoCABXKAgAnigIAKQoCADxKAgA+SgIAEQpCABGKQgAlykIAJgpCADqKQgA+CkIAD0qCABFKggAkCoIAKsqCADjKggA7yoIADYrCAA8KwgAiSsIAIwrCADcKwgA6isIAC8sCAA0LAgAgiwIAI8sCAAVjQ8A4iwIAAKNDADmLAgAKC0IAOgsCAA55AwANC0IAHstCACILQgAzi0IANMtCAAhLggAKy4IAHQuCACELggAxy4IAMwuCAAaLwgAIy8IAG0vCAB6LwgAwC8IAMcvCAATMAgAHzAIAGYwCABsMAgAuTAIAL8wCAAMMQgAETEIAF8xCABlMQgAaI0PAL4xCAAFMggACzIIAFgyCABeMggAqzIIALgyCAD+MggAAzMIAFEzCABZMwgApDMIANkzCAD3MwgAJzQIAEo0CABSNAgAnTQIAKo0CADwNAgA9TQIAEM1CABLNQgAljUIAJk1CADpNQgA8jUIADw2CABLNggAjzYIAJo2CADiNggA6jYIADU3CABFNwgAiDcIAJY3CADbNwgA7DcIAC44CAA6OAgAgTgIAIk4CABhjg8A2jgIACc5CAAvOQgAejkIAIE5CADNOQgA2zkIACA6CAAmOggAczoIAH86CADGOggA1ToIABk7CAAjOwgAbDsIAHE7CAC/OwgAxTsIABI8CAAmPAgAtI4PAHI8CAC4PAgAdDwIAD19CAC9PAgACz0IABc9CABePQgAaz0IALE9CAC7PQgAB48PAB8+CABXPggAWT4IAKo+CACwPggA/T4IADM/CABQPwgAVj8IAKM/CACsPwgA9j8IAANACABJQAgAf0AIAJxACACjQAgA70AIAPRACABCQQgAUUEIAJVBCAC1QQgA6EEIAPRBCAA7QggAQUIIAI5CCACoQggA4UIIAORCCAA0QwgAOUMIAIdDCACWQwgA2kMIAPpDCACtjw8ATUQIAIBECACMRAgA00QIAN1ECAAmRQgAMkUIAJvyCAAzRQgAeUUIAH5FCADMRQgA1kUIAB9GCAAvRggAckYIAHdGCADFRggAzkYIABhHCAAlRwgAa0cIAHJHCAC+RwgAykcIABFICAAXSAgAZEgIAGpICAC3SAgAvEgIAApJCAAQSQgAAJAPAGBJCACwSQgAtUkIAANKCAASSggAVkoIAHZKCACmkA8At0oIAPxKCAAJSwgAT0sIAFZLCACiSwgAqksIAPVLCAD3SwgASEwIAPxLCAB53QoADEwIAB2jCgBOTAgAwMcKAFBMCACbTAgAn0wIAGNUCACxTAgAg2UKALZMCADuTAgA8EwIAEFNCABSTQgAlE0IAKJNCADnTQgA7k0IADpOCABCTggAjU4IAJROCADgTggA5U4IADNPCABCTwgAhk8IAKZPCADZTwgA5U8IACxQCAAyUAgAf1AIAIdQCADSUAgA3lAIACVRCAAyUQgAeFEIAJNRCADLUQgA2VEIAB5SCAAkUggAcVIIAHZSCADEUggA0VIIABdTCAAtUwgAalMIAHZTCAC9UwgAylMIABBUCAAaVAgA+ZAPAGhUCAC2VAgAvFQIAAlVCAApVQgAXFUIAGpVCACvVQgAvFUIAAJWCAAZVggAVVYIAF1WCACoVggAt1YIAPtWCAAAVwgATlcIAFtXCAChVwgAq1cIAPRXCAD2VwgAR1gIAFVYCACaWAgAp1gIAO1YCAD5WAgAQFkIAEZZCACTWQgAm1kIAOZZCADsWQgAOVoIAEJaCACMWggAmVoIAN9aCADpWggAMlsIAEBbCACFWwgAm1sIANhbCADkWwgAK1wIADNcCABMkQ8AiFwIANFcCADXXAgAJF0IACZdCAB3XQgAgV0IAMpdCADWXQgAHV4IADReCABwXggAhF4IAJ+RDwDRXggAFl8IABlfCABpXwgAcV8IALxfCADIXwgAD2AIAB1gCABiYAgAbGAIALVgCADAYAgACGEIABRhCABbYQgAYWEIAK5hCAC2YQgAAWIIAA5iCABUYggAWWIIAKdiCACxYggA+mIIAAJjCABNYwgAU2MIAKBjCACpYwgA82MIAABkCABGZAgAU2QIAJlkCACnZAgA7GQIAPlkCAA/ZQgAVmUIAJJlCACaZQgA5WUIAOplCAA4ZggAPmYIAItmCACTZggA3mYIAPRmCAAxZwgAP2cIAIRnCACHZwgA12cIAOZnCAAqaAgAL2gIAH1oCACKaAgA0GgIAOBoCAAjaQgAMWkIAHZpCACNaQgAyWkIANJpCAAcaggAImoIAG9qCAB7aggAwmoIAMlqCADykQ8AIWsIAGhrCABqawgAu2sIAMVrCAAObAgAGmwIAGFsCABpbAgARZIPALlsCAAHbQgAFm0IAFptCAB6bQgArW0IALltCAAAbggABm4IAFNuCABbbggApm4IAKduCAD5bggA/24IAExvCABRbwgAn28IALpvCADybwgAAHAIAEVwCABMcAgAmHAIAKRwCADrcAgA8XAIAJiSDwBDcQgAkXEIAJtxCADkcQgA9XEIADdyCABDcggAinIIAI1yCADdcggA4HIIADBzCAA4cwgAg3MIAIpzCADWcwgA23MIACl0CAA4dAgAfHQIAJx0CADPdAgA23QIACJ1CAAodQgAdXUIAH11CADIdQgA1XUIABt2CAAgdggAbnYIAHh2CADBdggAyXYIABR3CAAkdwgAZ3cIAGx3CAC6dwgAw3cIAA14CAAaeAgAYHgIAGd4CADrkg8AuHgIAAZ5CAAVeQgAWXkIAHl5CACseQgAuHkIAP95CAAFeggAUnoIAFp6CACleggAsXoIAPh6CAAFewgAS3sIAFJ7CACeewgAn3sIAPF7CAD2ewgARHwIAFJ8CACXfAgApHwIAOp8CAD0fAgAPpMPAEJ9CACQfQgAnX0IAON9CADwfQgANn4IADx+CACJfggAlX4IANx+CADsfggAL38IADh/CACCfwgAhX8IANV/CADhfwgAKIAIAC+ACACRkw8AfYAIAM6ACACCgAgAHZwLAIuACABO6AsA34AIACGBCAApgQgAdIEIAH6BCADHgQgA1oEIABqCCAAbgggAbYIIAHWCCAA3lA8AyIIIAIqUDwAxgwgAZoMIADaDCADcoA8AO4MIANKjCABugwgAuYMIAMiDCAAMhAgAEYQIAF+ECABshAgAsoQIAL+ECAAFhQgAEYUIAFiFCABnhQgAq4UIALWFCAD+hQgAIYYIAFGGCACGhggApIYIAMiGCAD3hggA/4YIANaVDwBPhwgAnYcIAKOHCADwhwgA+IcIACmWDwBRiAgAlogIALGICADpiAgA9YgIADyJCABNiQgAj4kIAKOJCADiiQgA6okIADWKCAA7iggAiIoIAJSKCADbiggA64oIAC6LCAA3iwgAgYsIAISLCADUiwgA4IsIACeMCAAujAgAfJYPAIiMCADNjAgA14wIAM+WDwAljQgAc40IAICNCADGjQgA040IABmOCAAljggAbI4IAHuOCAC/jggAyY4IABKPCAAgjwgAZY8IAGqPCAC4jwgAxY8IAAuQCAATkAgAXpAIAGSQCACxkAgAvZAIAASRCAAUkQgAV5EIAGCRCACqkQgArZEIAP2RCAAJkggAUJIIAFeSCAAilw8AspIIAPaSCAD7kggASZMIAFaTCACckwgAqZMIAO+TCAD1kwgAQpQIAE6UCACVlAgApZQIAOiUCADxlAgAO5UIAD6VCACOlQgAmpUIAOGVCADolQgAdZcPADmWCACHlggAlJYIANqWCAD4lggALZcIADmXCACAlwgAk5cIANOXCADhlwgAJpgIACmYCAB5mAgAg5gIAMyYCADamAgAH5kIACyZCABymQgAiZkIAMWZCADNmQgAGJoIAB+aCABrmggAcJoIAL6aCADUmggAEZsIABObCABkmwgAcpsIALebCADEmwgAyJcPABKcCAAbmA8AYpwIALCcCAC9nAgAA50IABCdCABWnQgAYp0IAKmdCAC4nQgA/J0IAAaeCABPnggAXZ4IAKKeCACnnggA9Z4IAAKfCABInwgAUJ8IAJufCAChnwgA7p8IAPqfCABBoAgAUaAIAJSgCACdoAgA56AIAOqgCAA6oQgARqEIAI2hCACUoQgAbpgPAOyhCAAzoggAQ6IIAIaiCABJoggA6WwMAI+iCADZoggA3KIIACyjCAA4owgAf6MIAIajCADBmA8A26MIABCnCADcowgAJaQIADSkCAB4pAgANqQIAMSlCAB5pAgAy6QIAOekCAAepQgAVKUIAHGlCACnpQgAFJkPAMelCAAXpggAM6YIAGqmCACgpggAvaYIAPOmCABnmQ8AHacIAGOnCABxpwgAtqcIAMmnCAAJqAgAJagIAFyoCACSqAgAr6gIAOWoCAC6mQ8AE6kIAFWpCABhqQgAqKkIALCpCAANmg8AAKoIAE6qCABWqggAoaoIALCqCAD0qggA+aoIAEerCABUqwgAmqsIAKerCADtqwgA+asIAECsCABPrAgAk6wIAJ2sCADmrAgA7qwIADmtCABDrQgAjK0IAJGtCADfrQgA560IAGCaDwBBrggAha4IAEOuCADRrwgAhq4IANiuCAD0rggAK68IAGGvCAB+rwgAtK8IALOaDwDUrwgAJLAIAECwCAB3sAgArbAIAMqwCAAAsQgABpsPACCxCABwsQgAgbEIAMOxCADfsQgAFrIIAEyyCABpsggAn7IIAFmbDwDJsggAD7MIABuzCABiswgAcbMIALWzCAC/swgACLQIABa0CABbtAgAYLQIAK60CAC7tAgAAbUIAAm1CABUtQgAWrUIAKe1CABktQgARRYJALO1CAD6tQgACrYIAE22CABWtggAoLYIAKO2CADztggA/7YIAEa3CABNtwgArJsPAJ63CACsZAsAo7cIAOy3CACltwgAhP8KAPa3CAA/uAgAQLgIAJK4CAChuAgA5bgIAOq4CAA4uQgARbkIAIu5CACYuQgA3rkIAOq5CAAxuggAQLoIAIS6CACOuggA17oIAOW6CAAquwgAL7sIAH27CACKuwgA0LsIANG7CAAjvAgAKLwIAHa8CAB7vAgAybwIANq8CAAcvQgAP70IAG+9CAB6vQgAwr0IAMe9CAAVvggAGL4IAGi+CAByvggAu74IAOa+CAAOvwgALb8IAP+bDwBtvwgAtL8IALa/CAAHwAgAFsAIAFrACABlwAgArcAIALXACAAAwQgAB8EIAFPBCABVwQgApsEIALDBCAD5wQgA+8EIAEzCCABlwggAn8IIAKHCCADywggA9cIIAEXDCABRwwgAmMMIAKDDCABSnA8A98MIAD7ECABExAgAkcQIAKzECADkxAgA8MQIADfFCAA9xQgAisUIAJLFCADdxQgA38UIADDGCAA6xggAg8YIAIvGCAClnA8A58YIACnHCAAwxwgAfMcIAITHCADPxwgA3McIACLICAAnyAgAdcgIAH/ICADIyAgA0MgIABvJCAAqyQgAbskIAHPJCADByQgAzskIABTKCAAhyggAZ8oIAHPKCAC6yggAycoIAA3LCAAXywgAYMsIAGjLCACzywgAvcsIAAbMCAALzAgAWcwIAGHMCAD4nA8AuMwIAP/MCAAPzQgAUs0IAFvNCAClzQgAqM0IAPjNCAAEzggAS84IAFLOCABLnQ8ApM4IAPHOCAD3zggARM8IAEnPCACXzwgAnc8IAJ6dDwDwzwgAPdAIAEPQCACQ0AgAldAIAMwiDQCd0AgA49AIAOjQCAA20QgAPtEIAInRCAC70QgA/tgIAMDRCADc0QgAE9IIAC/SCABm0ggAgtIIALLSCADV0ggA3dIIACjTCAA30wgAe9MIAIDTCADO0wgA29MIACHUCAAu1AgAdNQIAIDUCADH1AgA1tQIABrVCAAk1QgAbdUIAHvVCADA1QgAxdUIABPWCAAg1ggAZtYIAG7WCAC51ggAv9YIAAzXCAAY1wgAX9cIAG/XCACy1wgAu9cIAAXYCAAI2AgAWNgIAGTYCACr2AgAstgIAPGdDwA12QgAUdkIAIHZCACk2QgArNkIAPfZCAAG2ggAStoIAE/aCACd2ggAqtoIAPDaCAD92ggAQ9sIAE/bCACW2wgApdsIAOnbCADz2wgAPNwIAErcCACP3AgAlNwIAOLcCADv3AgANd0IAD3dCACI3QgAjt0IANvdCADn3QgALt4IAD7eCACB3ggAit4IANTeCADX3ggAJ98IADPfCAB63wgAgd8IAESeDwDP3wgACTINANvfCAAg4AgALeAIAHPgCAB/4AgAxuAIAMzgCAAZ4QgAH+EIAGzhCABx4QgAv+EIAMXhCACXng8AOOIIAGXiCACL4ggAuOIIAOriCAAL4wgAQuMIAF7jCACO4wgAPZ8PAL3jCAAE5AgAv+MIAAL1CQAO5AgAV+QIAHHkCACq5AgAueQIAP3kCAAC5QgAUOUIAF3lCACj5QgAsOUIAPblCAAC5ggASeYIAFjmCACc5ggApuYIAO/mCAD75ggAQucIAFXnCACV5wgApOcIAOjnCAD05wgAO+gIADzoCACO6AgAmOgIAOHoCADv6AgANOkIADnpCACH6QgAlOkIAJCfDwDf6QgALeoIADrqCACA6ggAjeoIANPqCADf6ggAJusIADXrCAB56wgAg+sIAMzrCADa6wgAH+wIACTsCABy7AgAf+wIAMXsCADN7AgAGO0IAB7tCABr7QgAd+0IAL7tCADO7QgAEe4IABruCABk7ggAZ+4IALfuCADD7ggACu8IABHvCACJoA8AYO8IALDvCAC47wgAA/AIAA/wCABW8AgAXPAIAKnwCACv8AgA/PAIAAHxCABP8QgAVfEIAC+hDwDZ8QgA9fEIACzyCABI8ggAbPIIANWhDwCh8ggABwwKAK7yCADu8ggA/fIIAEHzCABN8wgAlPMIAJXzCADn8wgA8fMIADr0CABI9AgAjfQIAJL0CADg9AgA7fQIACiiDwBW9QgAe6IPAL31CADZ9QgAEPYIACz2CABQ9ggAzqIPAI32CADS9ggA1/YIACX3CAAy9wgAePcIAID3CADL9wgA0fcIAB74CAAq+AgAcfgIAIH4CADE+AgAzfgIABf5CAAa+QgAavkIAKL5CAC9+QgAyfkIACGjDwAW+ggAY/oIAHz6CAC2+ggAxPoIAAn7CAAW+wgAXPsIAGP7CACv+wgAuPsIAAL8CAAP/AgAVfwIAGz8CACo/AgAq/wIAPv8CAD9/AgATv0IAFf9CACh/QgAsf0IAPT9CAAN/ggAR/4IAEn+CACa/ggAo/4IAO3+CAD1/ggAQP8IAEL/CACT/wgArP8IAOb/CAD9/wgAOQAJAEUACQCMAAkAnQAJAN8ACQDrAAkAMgEJAD0BCQCFAQkAkgEJANgBCQDiAQkAdKMPAD4CCQB+AgkAjAIJANECCQC4AgkA7AoJAAoDCQAkAwkAMQMJAHcDCQB/AwkAygMJANADCQAdBAkAKQQJAHAECQB7BAkAwwQJAMwECQAWBQkAGQUJAGkFCQBrBQkAvAUJAMMFCQAPBgkAEQYJAMejDwBlBgkAtQYJAMMGCQAIBwkADQcJAFsHCQBoBwkArgcJALoHCQABCAkACQgJABqkDwBiCAkApwgJALcICQD6CAkACAkJAE0JCQBWCQkAoAkJAKoJCQDzCQkA9QkJAEYKCQBQCgkAmQoJAJsKCQBtpA8A8QoJAD8LCQBHCwkAkgsJAJgLCQDlCwkA8QsJADgMCQBHDAkAiwwJAJQMCQDeDAkA4QwJADENCQAzDQkAhA0JAIsNCQDXDQkA2Q0JAMCkDwAvDgkAfQ4JAJkOCQDQDgkA7A4JABOlDwAwDwkANSkKADIPCQB2DwkAew8JAMkPCQDWDwkAHBAJACkQCQBvEAkAdRAJAMIQCQDOEAkAFREJACURCQBoEQkAcREJALsRCQC+EQkADhIJABoSCQBhEgkAaBIJAGalDwDDEgkABxMJAAwTCQBaEwkAZxMJAK0TCQC6EwkAABQJAAYUCQBTFAkAXxQJAKYUCQC2FAkA+RQJAAIVCQBMFQkATxUJAJ8VCQCrFQkA8hUJAPkVCQC5pQ8ARxYJAJgWCQCmFgkA6xYJAPwWCQAMpg8ARRcJAF+mDwCZFwkAsqYPAOkXCQA3GAkARBgJAIoYCQCXGAkA3RgJAOkYCQAwGQkAPxkJAIMZCQCNGQkA1hkJAOQZCQApGgkALhoJAHwaCQCJGgkAzxoJANcaCQAiGwkAKBsJAHUbCQCBGwkAyBsJANgbCQAbHAkAJBwJAG4cCQBxHAkAwRwJAM0cCQAUHQkAGx0JAAWnDwBsHQkAuh0JAMIdCQANHgkAEB4JAGAeCQBpHgkAsx4JAMIeCQAGHwkAER8JAFkfCQBhHwkArB8JALwfCQD/HwkADSAJAFIgCQBjIAkApSAJALEgCQD4IAkAACEJAFinDwBRIQkAniEJAKYhCQDxIQkA+CEJAEQiCQBSIgkAlyIJAJ0iCQDqIgkA9iIJAD0jCQBMIwkAkCMJAJojCQDjIwkA6CMJADYkCQA8JAkAiSQJAJ0kCQCrpw8A7SQJAC8lCQA7JQkAgiUJAIglCQDVJQkA2yUJACgmCQAtJgkAeyYJAIEmCQD+pw8A0yYJACEnCQAyJwkAdCcJAHwnCQDHJwkAgCcJAFxOCQCCJwkAE7MNANEnCQAaKAkAKCgJAG0oCQCDKAkAwCgJAMwoCQATKQkAGikJAGYpCQBuKQkAuSkJAL4pCQAMKgkAFSoJAF8qCQBpKgkAsioJALoqCQAFKwkACSsJAFgrCQBjKwkAqysJALkrCQD+KwkADywJAFEsCQBdLAkApCwJAKwsCQBRqA8A+SwJAEotCQBYLQkAnS0JAKctCQDwLQkA/i0JAEMuCQBQLgkAli4JAK0uCQDpLgkA8S4JADwvCQBMLwkAjy8JAJQvCQDiLwkA6C8JADUwCQA9MAkAiDAJAIowCQDbMAkA6DAJAC4xCQA2MQkAgTEJAIYxCQDUMQkA1TEJACcyCQAzMgkAejIJAIcyCQDNMgkA1TIJACAzCQAvMwkAczMJAHgzCQDGMwkA0zMJABk0CQAmNAkAbDQJAHg0CQC/NAkAzjQJABI1CQAcNQkAZTUJAHM1CQC4NQkAvTUJAAs2CQAYNgkApKgPAGE2CQCxNgkAuTYJAAQ3CQARNwkAVzcJAFw3CQCqNwkAtDcJAP03CQAFOAkAUDgJAFI4CQCjOAkAvjgJAPY4CQD4OAkASTkJAFc5CQCcOQkArTkJAO85CQDxOQkAQjoJAFs6CQCVOgkApjoJAOg6CQD0OgkAOzsJAFA7CQCOOwkAljsJAOE7CQDnOwkANDwJAEA8CQCHPAkApDwJANo8CQDjPAkALT0JADk9CQCAPQkAgz0JANM9CQDdPQkAJj4JAC4+CQB5PgkAgz4JAMw+CQDaPgkAHz8JADU/CQByPwkAfj8JAMU/CQDMPwkAGEAJACBACQBrQAkAcEAJAL5ACQDHQAkAEUEJABtBCQBkQQkAbEEJALdBCQC5QQkACkIJABpCCQBdQgkAZ0IJALBCCQC8QgkAA0MJAAlDCQBWQwkAXkMJAPeoDwC1QwkA/EMJAA9ECQBPRAkAa0QJAKJECQCqRAkASqkPAANFCQBIRQkAXkUJAJtFCQCnRQkA7kUJAPNFCQBBRgkASkYJAJRGCQCeRgkA50YJAO9GCQA6RwkAPEcJAI1HCQCcRwkA4EcJAP1HCQAzSAkAPEgJAIZICQCUSAkA2UgJAN9ICQAsSQkAOkkJAH9JCQCMSQkA0kkJAOlJCQAlSgkALUoJAHhKCQB6SgkAy0oJANNKCQAeSwkALUsJAHFLCQB2SwkAxEsJANFLCQAXTAkAJEwJAGpMCQB2TAkAvUwJAMxMCQAQTQkAGk0JAGNNCQBxTQkAtk0JALtNCQAJTgkAFk4JAJ2pDwBiTgkAr04JALVOCQACTwkAB08JAFVPCQBbTwkA8KkPALZPCQD7TwkAEVAJAE5QCQBaUAkAoVAJAKZQCQD0UAkA/VAJAEdRCQBRUQkAmlEJAL1RCQDtUQkA8VEJAEBSCQD8UQkAjFMJAEJSCQCTUgkAoVIJAOZSCQDwUgkAOVMJAF1TCQDpqg8AklMJAN9TCQDrUwkAMlQJADRUCQCFVAkAj1QJANhUCQDkVAkAK1UJAE9VCQA8qw8AglUJANFVCQCNVQkAHVcJANNVCQAkVgkAMlYJAHdWCQCBVgkAylYJAO5WCQCPqw8AI1cJAHBXCQB8VwkAw1cJAMVXCQAWWAkAIFgJAGlYCQB1WAkAvFgJAOBYCQDiqw8ALFkJAGJZCQBrWQkAtVkJAMNZCQAIWgkADloJAFtaCQBnWgkArloJALZaCQA1rA8ACFsJAFRbCQBtWwkAp1sJALZbCQD6WwkAAlwJAE1cCQBcXAkAoFwJAKVcCQDzXAkAAF0JAEZdCQBTXQkAmV0JAKVdCQDsXQkA+10JAD9eCQBJXgkAkl4JAKBeCQDlXgkA6l4JADhfCQBFXwkAiKwPAIxfCQC5zwkApF8JAN5fCQDoXwkAMWAJADNgCQCEYAkAkmAJANdgCQDkYAkAKmEJADJhCQB9YQkApmEJANBhCQDXYQkAI2IJADxiCQB2YgkAhWIJAMliCQDRYgkAHGMJACtjCQBvYwkAdGMJAMJjCQDPYwkAFWQJACJkCQBoZAkAdGQJALtkCQDKZAkADmUJABhlCQBhZQkAb2UJALRlCQC5ZQkAB2YJABRmCQDbrA8AX2YJAIlpCwBmZgkArWYJAIJmCQCjWhAAwGYJAABnCQAPZwkAU2cJAF9nCQCmZwkAsmcJAPlnCQAAaAkATGgJAFhoCQCfaAkApmgJAPJoCQD6aAkARWkJAElpCQCYaQkAo2kJAOtpCQD3aQkAPmoJAEtqCQCRagkAmWoJAORqCQDuagkAN2sJAD1rCQCKawkAnmsJAN1rCQDrawkAMGwJAD1sCQCDbAkAmmwJANZsCQDebAkAKW0JADNtCQB8bQkAgW0JAM9tCQDXbQkAIm4JADFuCQB1bgkAem4JAMhuCQDVbgkAG28JAChvCQBubwkAem8JAMFvCQDQbwkAFHAJAB5wCQAurQ8Ab3AJALpwCQDJcAkADXEJABJxCQBgcQkAaXEJALNxCQDEcQkABnIJAA1yCQBZcgkAYXIJAKxyCQC5cgkA/3IJAARzCQBScwkAXHMJAKVzCQCtcwkA+HMJABF0CQBLdAkAV3QJAJ50CQCmdAkAga0PAAB1CQBEdQkAYXUJAJd1CQCgdQkA6nUJAPh1CQA9dgkAQ3YJAJB2CQCcdgkA43YJAOp2CQA2dwkAPncJAIl3CQCZdwkA3HcJAOJ3CQAveAkANHgJAIJ4CQCYeAkA1XgJAN14CQAoeQkAMnkJAHt5CQCGeQkAznkJANp5CQAhegkAKXoJANStDwCBegkAx3oJAM56CQAaewkAJnsJAG17CQBzewkAwHsJANF7CQATfAkAJ3wJAGZ8CQB0fAkAuXwJAMZ8CQAMfQkAI30JAF99CQBnfQkAsn0JALl9CQAFfgkAB34JAFh+CQBifgkAq34JAK1+CQD+fgkAF38JAFF/CQBTfwkApH8JAKd/CQD3fwkAA4AJAEqACQB2gAkAJ64PAKyACQDwgAkADYEJAEOBCQBMgQkAloEJAKSBCQDpgQkA74EJADyCCQBIggkAj4IJAJeCCQB6rg8A6oIJADWDCQA7gwkAiIMJAJSDCQDbgwkA3oMJAC6ECQAzhAkAgYQJAIqECQDUhAkA2oQJACeFCQA2hQkAeoUJAIaFCQDNhQkA1YUJAM2uDwAmhgkAc4YJAHiGCQDGhgkA3IYJABmHCQAhhwkAbIcJAHqHCQC/hwkAyYcJABKICQAViAkAZYgJAG2ICQC4iAkAuYgJAAuJCQARiQkAXokJAGyJCQCxiQkAx4kJAASKCQAGigkAV4oJAF2KCQCqigkAvooJAP2KCQAFiwkAUIsJAGCLCQCjiwkApYsJAPaLCQAFjAkASYwJAFOMCQCcjAkAoYwJAO+MCQD1jAkAQo0JAFaNCQCVjQkAnY0JAOiNCQDtjQkAO44JAEGOCQCOjgkAlo4JAOGOCQDkjgkANI8JADmPCQCHjwkAkI8JANqPCQDgjwkALZAJADyQCQCAkAkAjJAJACCvDwDdkAkAJpEJACiRCQB5kQkAgJEJAMyRCQDTkQkAH5IJACWSCQBykgkAgJIJAMWSCQDSkgkAGJMJACiTCQBrkwkAcJMJAL6TCQDGkwkAEZQJANqTCQABAQoAHZQJAGSUCQBmlAkAT5cJAHGUCQC3lAkAvJQJAAqVCQAUlQkAXZUJAG2VCQCwlQkAtZUJAAOWCQAMlgkAVpYJAGOWCQCplgkAsJYJAPyWCQAElwkAc68PAF2XCQCilwkAupcJAPWXCQD3lwkASJgJAF+YCQCbmAkAnZgJAO6YCQD8mAkAQZkJAE6ZCQCUmQkAnJkJAMavDwDtmQkAOpoJADyaCQCNmgkAmpoJAOCaCQDjmgkAM5sJAESbCQCGmwkAiJsJANmbCQDjmwkALJwJADicCQB/nAkAh5wJABmwDwDXnAkAJZ0JACidCQB4nQkAgp0JAMudCQDTnQkAHp4JACueCQBxngkAc54JAMSeCQDangkAF58JACOfCQBqnwkAcp8JAGywDwDAnwkAEKAJABmgCQBjoAkAcaAJAOPJCQByoAkAtqAJAMGgCQAJoQkAEaEJAFyhCQBnoQkAr6EJALShCQACogkABaIJAFWiCQBfogkAErEPAK6iCQD7ogkAsqIJAEjWDAAWowkATqMJAFqjCQChowkAp6MJAPSjCQD8owkAR6QJAF2kCQCapAkAqKQJAO2kCQDwpAkAQKUJAFmlCQCTpQkAn6UJAOalCQDxpQkAOaYJADumCQCMpgkAp6YJAN+mCQDtpgkAMqcJAD+nCQCFpwkAnKcJAGWxDwDapwkAjdgMAO6nCQArqAkALKgJAH6oCQCDqAkA0agJANeoCQAkqQkAJqkJAHepCQB9qQkAyqkJAN6pCQAdqgkAJaoJAHCqCQCAqgkAw6oJAMWqCQAWqwkAJKsJAGmrCQB6qwkAuLEPAMKrCQAPrAkAG6wJAAuyDwBkrAkAtawJAMasCQAIrQkAEK0JAFutCQBkrQkArq0JALWtCQABrgkAAq4JAF6yDwBgrgkAp64JAKmuCQD6rgkAAa8JAE2vCQBVrwkAoK8JAKmvCQDzrwkA+q8JAEawCQBHsAkAsbIPAJ6wCQDssAkA9LAJAD+xCQBJsQkAkrEJAKCxCQDlsQkA+7EJADiyCQBEsgkAi7IJAJCyCQDesgkA57IJADGzCQA7swkABLMPAIWzCQDXswkA37MJALoPCwDvswkAKrQJADe0CQB9tAkAibQJANC0CQDatAkAI7UJACe1CQB2tQkAe7UJAMm1CQDPtQkAHLYJADy2CQBvtgkAh7YJAMK2CQDZtgkAFbcJACG3CQBotwkAcrcJALu3CQC9twkADrgJABW4CQBhuAkAaLgJALS4CQC6uAkAB7kJABO5CQBauQkAXbkJAK25CQCwuQkAALoJAAy6CQBTugkAVroJAKa6CQDCugkA+boJAAG7CQBXsw8AWLsJAJ+7CQCpuwkA8rsJAPS7CQBFvAkATLwJAJi8CQCfvAkA67wJAPG8CQA+vQkATL0JAJG9CQCevQkA5L0JAPS9CQA3vgkAPL4JAIq+CQCSvgkA3b4JAO2+CQAwvwkANb8JAIO/CQCJvwkA1r8JAN6/CQCqsw8AL8AJAHzACQCEwAkAz8AJANLACQAiwQkALsEJAHXBCQB7wQkAyMEJAOPBCQAbwgkAKcIJAG7CCQB9wgkAwcIJAM3CCQAUwwkAHMMJAFC0DwBswwkAusMJAMTDCQANxAkAFcQJAGDECQCAxAkAs8QJAMDECQAGxQkAC8UJAFnFCQBdxQkArMUJALnFCQCjtA8ABMYJAFLGCQBVxgkApcYJAK/GCQD4xgkABMcJAEvHCQBexwkAnscJAK3HCQDxxwkA/ccJAETICQBFyAkAl8gJAKHICQDqyAkA+MgJAD3JCQBCyQkAkMkJAJ3JCQD2tA8A7ckJADbKCQA4ygkAicoJAKLKCQDcygkA7coJAC/LCQA7ywkAgssJAIrLCQDvtQ8A3MsJACjMCQAvzAkAe8wJAIHMCQDOzAkA2swJACHNCQAkzQkAdM0JAHfNCQDHzQkAz80JABrOCQAqzgkAbc4JAHLOCQDAzgkAyc4JABPPCQAgzwkAZs8JAG3PCQBCtg8Axc8JAAzQCQAZ0AkAX9AJAGfQCQCy0AkAvNAJAAXRCQAU0QkAWNEJAFnRCQCr0QkAs9EJAP7RCQAN0gkAUdIJAFbSCQCk0gkAsdIJAPfSCQAE0wkAStMJAFbTCQCd0wkArNMJAPDTCQD60wkAQ9QJAFHUCQCW1AkAm9QJAOnUCQD21AkAPNUJAETVCQCP1QkAmdUJAOLVCQDn1QkANdYJAD3WCQCVtg8AltYJANvWCQDn1gkALtcJADTXCQCB1wkAh9cJANTXCQDZ1wkAJ9gJAC3YCQDotg8AhtgJAM3YCQDT2AkAINkJACbZCQBz2QkAgNkJAMbZCQDL2QkAGdoJACHaCQBs2gkAitoJAOG3DwDB2gkAxSoMAMLaCQAMbwsAxdoJALQECwDV2gkAEtsJABPbCQBl2wkAatsJALjbCQC+2wkAC9wJAA3cCQBe3AkAZNwJALHcCQDF3AkABN0JAAzdCQBX3QkAZ90JAKrdCQCs3QkA/d0JAAveCQBQ3gkAYd4JADS4DwCp3gkA9t4JAALfCQCHuA8AVt8JAJzfCQCk3wkA798JAPzfCQBC4AkAROAJAJXgCQCr4AkA6OAJAPTgCQA74QkAQ+EJAC25DwCa4QkA4eEJAOThCQA04gkAOeIJAIfiCQCY4gkA2uIJAOPiCQAt4wkAN+MJAIDjCQCO4wkA0+MJANjjCQAm5AkAM+QJAIC5DwCF5AkAzOQJANnkCQAf5QkAIeUJAHLlCQCI5QkAxeUJANHlCQAY5gkAIOYJANO5DwBw5gkAvuYJAMTmCQAR5wkAGecJAGTnCQBn5wkAt+cJAMPnCQAK6AkAEOgJAF3oCQB46AkAsOgJAL3oCQAD6QkABekJAFbpCQBs6QkAqekJALXpCQD86QkABOoJACa6DwBV6gkAouoJAKfqCQD16gkAEOsJAEjrCQBW6wkAm+sJAKLrCQDu6wkA+usJAEHsCQBI7AkAeboPAJ/sCQDn7AkA7+wJADrtCQBF7QkAje0JAJLtCQDg7QkA4+0JADPuCQA97gkAhu4JAI7uCQDZ7gkA5+4JACzvCQAv7wkAf+8JAIfvCQDS7wkA8u8JACXwCQAy8AkAePAJAH3wCQDL8AkAz/AJAB7xCQAr8QkAzLoPAJHxCQDE8QkAzfEJABfyCQAY8gkAavIJAHLyCQC98gkAzfIJABDzCQAS8wkAY/MJAHHzCQC28wkAx/MJAB+7DwAP9AkAXPQJAGj0CQByuw8AtvQJAMW7DwAH9QkAVfUJAG/1CQCo9QkAt/UJAPv1CQAG9gkATvYJAFD2CQCh9gkArvYJAPT2CQAB9wkAR/cJAFP3CQCa9wkAq/cJAO33CQDw9wkAQPgJAFr4CQCT+AkAnPgJAOb4CQDz+AkAOfkJAD/5CQCM+QkAmPkJAN/5CQDi+QkAMvoJADf6CQCF+gkAlvoJANj6CQDz+gkAK/sJADf7CQB++wkAhfsJANH7CQDT+wkAJPwJACv8CQB3/AkAfvwJAMr8CQDQ/AkAHf0JACn9CQBw/QkAc/0JAMP9CQDG/QkAFv4JACL+CQBp/gkAfP4JALz+CQDL/gkAD/8JABv/CQBi/wkAY/8JALX/CQC//wkACAAKABYACgBbAAoAYAAKAK4ACgC7AAoAGLwPAAkBCgBrvA8AVgEKAKcBCgC9AQoA+gEKAAYCCgBNAgoAVQIKAL68DwCmAgoA8wIKAPsCCgBGAwoASQMKAJkDCgClAwoA7AMKAPIDCgA/BAoAWgQKAJIECgCgBAoA5QQKAPQECgA4BQoARAUKAIsFCgCTBQoAEb0PAOMFCgAxBgoAOwYKAIQGCgCMBgoA1wYKAPcGCgAqBwoANwcKAH0HCgCCBwoA0AcKANQHCgAjCAoAMAgKAGS9DwCZCAoAt70PAM4ICgAcCQoAKwkKAG8JCgCPCQoAwgkKAM4JCgAVCgoAHwoKAGgKCgB0CgoAuwoKAMEKCgAOCwoAFAsKAGELCgBmCwoAtAsKALoLCgAKvg8ADQwKAFoMCgBfDAoArQwKALMMCgCwvg8AAw0KAFMNCgBdDQoApg0KAKgNCgD5DQoAEg4KAEwOCgBdDgoAnw4KAK0OCgDyDgoA9Q4KAEUPCgBQDwoAmA8KAKAPCgDrDwoA7Q8KAD4QCgBGEAoAkRAKAJ4QCgDkEAoA8BAKADcRCgA7EQoAihEKAJIRCgDdEQoA7BEKADASCgA1EgoAgxIKAJASCgDWEgoA4xIKACkTCgA1EwoAfBMKAIsTCgDPEwoA2RMKACIUCgAwFAoAdRQKAHoUCgDIFAoA1RQKAAO/DwAjFQoAVr8PAHIVCgClGQoAehUKAMEVCgDHFQoAFBYKABoWCgBnFgoAdBYKALoWCgC/FgoADRcKABUXCgBgFwoAkhcKAFkYCgCXFwoAsxcKANkXCgCsGAoA6hcKAAYYCgA9GAoAqb8PAJAYCgD8vw8A0hgKAP8YCgAxGQoAUhkKAIkZCgBPwA8AsxkKAPgZCgAFGgoASxoKAFcaCgCeGgoApBoKAPEaCgD3GgoARBsKAEkbCgCXGwoAnRsKAKLADwAQHAoA4xwKACEcCgA9HAoAdBwKAEjBDwDHHAoAm8EPAAkdCgA2HQoAaB0KAIkdCgDAHQoA7sEPAOYdCgAvHgoANB4KAIIeCgCKHgoAQcIPANoeCgAoHwoAMR8KAHsfCgCIHwoAzh8KANUfCgCUwg8AKSAKAOfCDwCHIAoAxyAKANMgCgAaIQoAKSEKAG0hCgB2IQoAwCEKAMohCgATIgoAFSIKAGYiCgB/IgoAuSIKAMoiCgAMIwoAGCMKAF8jCgBnIwoAOsMPAMAjCgAFJAoAFiQKAFgkCgBkJAoAqyQKALMkCgCNww8AAyUKAFElCgBbJQoApCUKAKwlCgD3JQoAByYKAEomCgBPJgoAnSYKAKYmCgDwJgoA/SYKAEMnCgBKJwoA4MMPAJwnCgBPew0AoycKAOknCgCpJwoAiWIMAO4nCgA8KAoASCgKAI8oCgCcKAoA4igKAOwoCgAzxA8AOikKAIgpCgCUKQoA2ykKAOgpCgAuKgoAOCoKAIEqCgCdKgoA1CoKANwqCgCGxA8ALCsKAHorCgCCKwoAzSsKANArCgAgLAoAKSwKAHMsCgCCLAoAxiwKANEsCgAZLQoAIS0KAGwtCgB8LQoAvy0KAM0tCgASLgoAIy4KAGUuCgBxLgoAuC4KAMAuCgDZxA8AES8KAF4vCgBmLwoAsS8KALgvCgAEMAoAEjAKAFcwCgBdMAoAqjAKALYwCgD9MAoADDEKAFAxCgBaMQoAozEKAKgxCgD2MQoA/DEKAEkyCgBdMgoAnDIKAKQyCgDvMgoADTMKAEIzCgBKMwoALMUPAJ0zCgB/xQ8A8DMKADs0CgBUNAoAjjQKAJc0CgDhNAoA8TQKADQ1CgBENQoAhzUKAJM1CgDaNQoA4DUKAC02CgA7NgoAgDYKAI02CgDTNgoA6jYKACY3CgAuNwoAeTcKAIM3CgDMNwoA2jcKAB84CgA1OAoAcjgKAH44CgDFOAoAzDgKABg5CgAgOQoAazkKAHA5CgC+OQoAxzkKABE6CgAbOgoAZDoKAGw6CgC3OgoAuToKAAo7CgAaOwoAXTsKAGc7CgCwOwoAvDsKAAM8CgAJPAoAVjwKAF48CgAlxg8AsjwKAPw8CgANPQoATz0KAFs9CgCiPQoArz0KAPU9CgD6PQoASD4KAFI+CgCbPgoAqz4KAO4+CgDzPgoAQT8KAEo/CgCUPwoAoT8KAOc/CgDuPwoAOkAKAEZACgCNQAoAk0AKAOBACgDmQAoAM0EKADhBCgCGQQoAjEEKAHjGDwDeQQoALEIKADRCCgB/QgoAlUIKANJCCgDXQgoAJUMKACxDCgB4QwoAgUMKAMtDCgDcQwoAHkQKACpECgBxRAoAeUQKAHHHDwDGRAoAF0UKAC1FCgBqRQoAdkUKAL1FCgDERQoAEEYKABhGCgDExw8AaEYKALZGCgC+RgoACUcKAB9HCgBcRwoAYUcKAK9HCgC2RwoAAkgKAAtICgBVSAoAZkgKAKhICgC0SAoA+0gKAANJCgAXyA8AUEkKAKFJCgC3SQoA9EkKAABKCgBHSgoATkoKAJpKCgCiSgoAasgPAPJKCgBASwoAR0sKAJNLCgCcSwoA5ksKAPdLCgA5TAoARUwKAIxMCgCUTAoAvcgPAOFMCgAyTQoAQU0KAIVNCgClTQoA2E0KANpNCgArTgoAQk4KAH5OCgCKTgoA0U4KANlOCgBjyQ8AKU8KAHdPCgB5TwoAyk8KANFPCgAdUAoAJVAKAHBQCgB5UAoAw1AKAMlQCgAWUQoAJ1EKAGlRCgBxUQoACcoPAMhRCgAPUgoAElIKAGJSCgBnUgoAtVIKAMZSCgAIUwoAI1MKAFtTCgBnUwoArlMKALZTCgBcyg8AF1QKAFRUCgBVVAoAp1QKAKxUCgD6VAoAAFUKAE1VCgBXVQoAoFUKAKhVCgDzVQoABVYKAK/KDwBTVgoAmVYKAKNWCgDsVgoA8lYKAD9XCgBTVwoAklcKAJpXCgDlVwoA9VcKADhYCgA9WAoAi1gKAJFYCgDeWAoA5lgKADFZCgAyWQoAhFkKAIZZCgDXWQoA5lkKACpaCgBKWgoAfVoKAH9aCgDQWgoA51oKACNbCgAvWwoAdlsKAH5bCgACyw8A0VsKABxcCgA1XAoAb1wKAHhcCgDCXAoAzFwKABVdCgAdXQoAaF0KAHhdCgC7XQoAwF0KAA5eCgAXXgoAYV4KAG5eCgC0XgoAu14KAAdfCgAPXwoAqMsPAGRfCgCtXwoAtV8KAABgCgAOYAoAU2AKAGBgCgCmYAoArmAKAPlgCgD7YAoATGEKAFRhCgCfYQoAoGEKAPJhCgD0YQoARWIKAFRiCgCYYgoAuGIKAOtiCgDtYgoAPmMKAFVjCgCRYwoAnWMKAORjCgD+YwoAN2QKAGBkCgCKZAoAjWQKAN1kCgDiZAoAMGUKAD1lCgD7yw8AhWUKANZlCgDgZQoAKWYKADhmCgB8ZgoAh2YKAM9mCgDdZgoAImcKAC9nCgB1ZwoAjGcKAMhnCgDQZwoAG2gKABxoCgBuaAoAcGgKAMFoCgDQaAoAFGkKADRpCgBnaQoAaWkKALppCgDRaQoADWoKABlqCgBgagoAaGoKAE7MDwC4agoABmsKAAxrCgBZawoAYWsKAKxrCgDLawoA/2sKAAxsCgBSbAoAU2wKAKVsCgC7bAoA+GwKABRtCgChzA8AUG0KAJ5tCgCobQoA8W0KAPltCgBEbgoARW4KAJduCgBGbgoAWHcKAJ1uCgDqbgoA9m4KAD1vCgBNbwoAkG8KAJ5vCgDjbwoA9m8KADZwCgBCcAoAiXAKAJBwCgDccAoA5HAKAC9xCgAzcQoAgnEKAJBxCgDVcQoA33EKAChyCgAzcgoAe3IKAINyCgDOcgoABHMKACFzCgApcwoAdHMKAHlzCgDHcwoAzXMKABp0CgAidAoAbXQKAId0CgDAdAoA9nQKABN1CgAbdQoAZnUKAGt1CgC5dQoAv3UKAAx2CgAUdgoAX3YKAHl2CgCydgoAzHYKAAV3CgA7dwoA9MwPAGB3CgCrdwoAsncKAP53CgAKeAoAUXgKAFJ4CgCkeAoAsHgKAPd4CgAEeQoASnkKAFF5CgCdeQoAqXkKAPB5CgD9eQoAQ3oKAFJ6CgCWegoAqnoKAEfNDwDregoAPHsKAPV6CgCssAwAP3sKAEkkDABJewoA4iELAEt7CgCPewoAr3sKAOJ7CgDkewoANXwKAEx8CgCIfAoAlHwKANt8CgDjfAoAms0PADB9CgCBfQoAjn0KANR9CgDdfQoAJ34KACl+CgB6fgoAi34KAM1+CgDefgoAIH8KADR/CgDtzQ8Ak38KAMZ/CgDIfwoAGYAKADCACgBsgAoAeIAKAL+ACgDHgAoAQM4PABSBCgBlgQoAaIEKALiBCgDAgQoAC4IKABiCCgBeggoAY4IKALGCCgC7ggoABIMKAAyDCgBXgwoAcIMKAKqDCgC2gwoA/YMKAAmECgBQhAoAXYQKAKOECgCrhAoA9oQKAAaFCgBJhQoAToUKAJyFCgClhQoA74UKAPyFCgBChgoASYYKAJWGCgCdhgoAk84PAPWGCgA7hwoAPocKAI6HCgCYhwoA4YcKAOOHCgA0iAoARYgKAIeICgCYiAoA2ogKAOaICgAtiQoANIkKAICJCgCaiQoA04kKANuJCgAmigoAJ4oKAI2TCgAwigoAeYoKAH+KCgDMigoA4IoKAB+LCgAniwoAcosKAHyLCgDFiwoAyosKABiMCgAgjAoAa4wKAHmMCgC+jAoAy4wKABGNCgAUjQoAZI0KAG6NCgC3jQoAuY0KAAqOCgAbjgoAXY4KAG6OCgCwjgoAuI4KAObODwANjwoAVo8KAHKPCgCpjwoAsY8KADnPDwD9jwoAT5AKAGWQCgCikAoAqpAKAPWQCgADkQoASJEKAFWRCgCbkQoAnpEKAO6RCgD4kQoAQZIKAEOSCgCUkgoApZIKAOeSCgD4kgoAOpMKAEKTCgCMzw8AnpMKAOCTCgDskwoAM5QKADWUCgCGlAoAiZQKANmUCgDllAoALJUKADSVCgDfzw8AiJUKANKVCgDflQoAJZYKAC2WCgB4lgoAipYKAMuWCgDYlgoAHpcKAB+XCgBxlwoAh5cKAMSXCgDMlwoAF5gKACWYCgBqmAoAd5gKAL2YCgDAmAoAEJkKABqZCgBjmQoAZZkKALaZCgDHmQoACZoKABqaCgBcmgoAZJoKADLQDwC8mgoAApsKAAybCgBVmwoAY5sKAKibCgC+mwoA+5sKAAecCgBOnAoAWpwKAKGcCgCnnAoA9JwKAPqcCgBHnQoATJ0KAJqdCgCgnQoAhdAPAPKdCgBAngoAQp4KAJOeCgCangoA5p4KAO6eCgA5nwoAPJ8KAIyfCgCVnwoA358KAO6fCgAyoAoAPaAKAIWgCgCNoAoA2KAKAOigCgAroQoAOaEKAH6hCgCPoQoA0aEKAN2hCgAkogoALKIKAH7RDwCVogoAyqIKANKiCgDR0Q8AKaMKAHCjCgCGowoAw6MKAMujCgAWpAoANaQKACTSDwBspAoAjtoKAHakCgC8pAoAv6QKAHNjDgDEpAoAD6UKAMakCgDlnAwAEaUKAGKlCgAZpQoAYbEKACClCgCSqgoAb6UKALWlCgDJpQoACKYKABCmCgBbpgoAYKYKAK6mCgC+pgoAAacKAAmnCgBUpwoAXqcKAKenCgCypwoA+qcKAAaoCgBNqAoAVagKAHfSDwClqAoA86gKAPyoCgBGqQoATKkKAJmpCgCoqQoA7KkKAPipCgA/qgoAQqoKAMrSDwCXqgoA5aoKAPSqCgA4qwoAOqsKAIurCgCcqwoA3qsKAO+rCgAxrAoARawKAISsCgCMrAoA16wKAOWsCgAqrQoAN60KAH2tCgCArQoA0K0KANqtCgAjrgoAJa4KAHauCgCHrgoAya4KANquCgAcrwoAKK8KAG+vCgB2rwoAwq8KAMqvCgAVsAoALLAKAGiwCgB0sAoAu7AKANGwCgAOsQoAEbEKAB3TDwBssQoAtLEKAMCxCgAHsgoAD7IKAHDTDwBmsgoArbIKAMOyCgAAswoAA7MKAFOzCgBbswoAprMKAKizCgD5swoAFLQKAEy0CgBOtAoAn7QKAK20CgDytAoAA7UKAEW1CgBHtQoAmLUKALG1CgDrtQoA/LUKAD62CgBKtgoAw9MPAJe2CgDktgoA8rYKADe3CgBStwoAircKAJa3CgDdtwoA47cKADC4CgA4uAoAg7gKAJO4CgDWuAoA27gKACm5CgAyuQoAfLkKAIm5CgDPuQoA1rkKACK6CgAqugoAFtQPAHq6CgDIugoAzroKABu7CgAjuwoAbrsKAJe7CgDBuwoAyLsKABS8CgAtvAoAZ7wKAHa8CgC6vAoA1rwKAGnUDwASvQoAYL0KAGq9CgCzvQoAw70KAAa+CgALvgoAWb4KAGK+CgCsvgoAub4KAP++CgAGvwoAUr8KAF6/CgClvwoAuL8KAPi/CgAHwAoAS8AKAFfACgCewAoAn8AKAPHACgD7wAoARMEKAFLBCgCXwQoAnMEKAOrBCgD3wQoAvNQPAE7CCgCQwgoAksIKAOPCCgDmwgoANsMKADnDCgCJwwoAkMMKANzDCgDowwoAL8QKAD/ECgCCxAoAksQKANXECgDaxAoAKMUKADHFCgB7xQoAiMUKAM7FCgDVxQoAIcYKAC3GCgB0xgoAesYKAMfGCgDNxgoAGscKAB/HCgBtxwoAc8cKALXVDwDKxwoAE8gKACHICgBmyAoAdsgKALnICgC7yAoADMkKABvJCgBfyQoAackKALLJCgC6yQoArtYPAAvKCgBYygoAZMoKAAHXDwCwygoA/soKAAbLCgBRywoAYcsKAKTLCgCyywoA98sKAATMCgBKzAoAUcwKAJ3MCgClzAoAp9cPAAHNCgBDzQoASs0KAJbNCgCezQoA6c0KAPbNCgA8zgoAQc4KAI/OCgCZzgoA4s4KAOrOCgA1zwoATs8KAIjPCgCUzwoA288KAOPPCgD61w8AOtAKAIHQCgCE0AoA1NAKANnQCgAn0QoAONEKAHrRCgCV0QoAzdEKANnRCgAg0goAJ9IKAHPSCgCP0goAxtIKAM7SCgBN2A8AHtMKAGzTCgB20woAv9MKAMfTCgAS1AoAItQKAGXUCgBq1AoAuNQKAMHUCgAL1QoAGNUKAF7VCgBl1QoAoNgPALrVCgAE1goAEdYKAFfWCgBm1goAqtYKALTWCgD91goAC9cKAFDXCgBV1woAo9cKALDXCgD21woA/tcKAPPYDwBV2AoAnNgKAKnYCgDv2AoA8tgKAELZCgBQ2QoAldkKAJrZCgDo2QoA9dkKADvaCgBD2goARtkPAJbaCgDh2goA59oKADTbCgDo2goAZDMLAEDbCgCH2woApNsKANrbCgDj2woALdwKADvcCgCA3AoAhtwKANPcCgDf3AoAJt0KAC3dCgCZ2Q8Af90KAMzdCgDa3QoAH94KADreCgBy3goAft4KAMXeCgDL3goA7NkPADvfCgA/2g8AcN8KAL7fCgDL3woAEeAKAB7gCgBk4AoAcOAKALfgCgDG4AoACuEKABThCgBd4QoAa+EKALDhCgC14QoAA+IKABDiCgBW4goAcuIKAKniCgCx4goAktoPAAjjCgBP4woAbOMKAKLjCgCr4woA9eMKAAPkCgBI5AoATuQKAJvkCgCn5AoA7uQKAPXkCgBB5QoASeUKAJTlCgCq5QoA5+UKAOzlCgA65goAQeYKAI3mCgCW5goA4OYKAPHmCgAz5woAP+cKAIbnCgCO5woAONsPAN/nCgAs6AoAMegKAH/oCgCa6AoA0ugKAODoCgAl6QoALOkKAHjpCgCE6QoAy+kKAM7pCgAe6goAJuoKAHHqCgBy6goAxOoKAMbqCgAX6woAJusKAGrrCgCK6woAvesKAL/rCgAQ7AoAJ+wKAGPsCgBv7AoAtuwKAL7sCgCL2w8ACu0KAFztCgBo7QoAr+0KAL7tCgAC7goACu4KAN7bDwBX7goAqO4KALbuCgD77goADO8KADHcDwBV7woAhNwPAKnvCgAq3Q8A/u8KAEfwCgBT8AoAmvAKALDwCgDt8AoA+fAKAEDxCgBT8QoAk/EKAKHxCgDm8QoA8PEKAH3dDwBB8goA0N0PAKLyCgDf8goA6/IKADLzCgA/8woAhfMKAI/zCgDY8woA2vMKACv0CgA19AoAfvQKAIz0CgDR9AoA1vQKACT1CgAx9QoAd/UKAH/1CgDK9QoA2vUKAB32CgAf9goAcPYKAHn2CgDD9goA1PYKABb3CgAg9woAI94PAHX3CgC89woA0/cKAA/4CgAq+AoAdt4PAHv4CgC1+AoAu/gKAAj5CgAS+QoAyd4PAF35CgCu+QoAv/kKAAH6CgAJ+goAVPoKAB36CgCPIQsAYPoKAKf6CgCt+goA+voKAAD7CgBN+woAUvsKAKD7CgCm+woAHN8PAA/8CgBG/AoATvwKABXgDwCn/AoA7PwKAP38CgA//QoAUP0KAJL9CgCe/QoA5f0KAOz9CgBo4A8ASf4KAIv+CgCc/goA3v4KAOr+CgAx/woAOP8KALvgDwCG/woA1/8KANj/CgAqAAsAMgALAH0ACwCCAAsA0AALANkACwAjAQsALQELAHYBCwB+AQsAyQELAM4BCwAcAgsALAILAG8CCwB3AgsAwgILANgCCwAVAwsAIQMLAGgDCwB+AwsAuwMLAMADCwAOBAsAFAQLAGEECwB1BAsADuEPAMoECwAHBQsAFQULAFoFCwBnBQsArQULAK8FCwAABgsACgYLAFMGCwBfBgsApgYLAK0GCwD5BgsAAQcLAEwHCwBlBwsAnwcLALMHCwDyBwsA+gcLAEUICwBHCAsAmAgLAKUICwDrCAsA8AgLAD4JCwBICQsAkQkLAJwJCwDkCQsA8AkLADcKCwA9CgsAigoLAJIKCwDdCgsA3goLADALCwA2CwsAgwsLAIgLCwDWCwsA5QsLACkMCwA1DAsAfAwLAH8MCwDPDAsA0gwLAGHhDwAnDQsAdQ0LAJENCwC04Q8A6A0LABsOCwAjDgsAB+IPAHQOCwDBDgsAzQ4LAFriDwAaDwsAZw8LAHMPCwCf5A8Auw8LAEsTCwDKDwsADRALAA8QCwBgEAsAahALALMQCwC1EAsABhELABcRCwBZEQsAYRELAKwRCwC4EQsA/xELAAUSCwBSEgsAWBILAKUSCwCqEgsA+BILAP4SCwDy5A8ATRMLAJ4TCwCkEwsA8RMLAPQTCwBEFAsAUBQLAJcUCwCfFAsA6+UPAPAUCwA9FQsAQxULAJAVCwCVFQsA4xULAOkVCwA+5g8AOBYLAIkWCwCSFgsA3BYLAPMWCwAvFwsAOhcLAIIXCwCMFwsA1RcLAN0XCwA35w8ANRgLAHsYCwCDGAsAzhgLANgYCwAhGQsALBkLAHQZCwB6GQsAxxkLANMZCwAaGgsAHBoLAG0aCwB0GgsAwBoLAMgaCwATGwsAJRsLAIrnDwChGwsAuRsLAMEbCwAMHAsALxwLAIPoDwBhHAsAshwLAL8cCwAFHQsADB0LAFgdCwBpHQsAqx0LALcdCwD+HQsABR4LAFEeCwBSHgsAFz4LAFkeCwDW6A8Atx4LAPceCwAGHwsASh8LAFYfCwCdHwsAnh8LAPAfCwD6HwsAQyALAFEgCwCWIAsAmyALAOkgCwD2IAsAKekPAEQhCwB86Q8AlyELAM/pDwDwIQsANSILAEQiCwCIIgsAqCILANsiCwDnIgsALiMLADUjCwCBIwsAiSMLANQjCwDWIwsAJyQLADEkCwDI6g8AhCQLAM0kCwDVJAsAG+sPAColCwBzJQsAeyULAG7rDwACJgsAGSYLACEmCwBsJgsAiiYLAMHrDwDNJgsAEicLABknCwBNmgwAIicLAGUnCwB1JwsAuCcLAMQnCwALKAsAESgLAF4oCwB6KAsAsSgLALkoCwAU7A8AGCkLAFcpCwBhKQsAqikLALYpCwD9KQsABSoLAGfsDwBbKgsAoyoLAKUqCwD2KgsA/CoLAEkrCwBRKwsAuuwPAJ4rCwDvKwsA8isLAEIsCwBKLAsAlSwLAKUsCwDoLAsA6iwLADstCwBJLQsAji0LAJ8tCwAN7Q8A6C0LAGDtDwA6LgsAhy4LAIwuCwDaLgsA4C4LALPtDwA3LwsAgC8LAIIvCwDTLwsA5i8LACYwCwAuMAsAeTALAIUwCwDMMAsA0jALAB8xCwAlMQsAcjELAHcxCwDFMQsAyzELAKzuDwAhMgsAazILAHgyCwC+MgsAxTILABEzCwAZMwsA/+4PAHAzCwC3MwsAwTMLAAo0CwAWNAsAXTQLAGw0CwCwNAsAujQLAAM1CwAPNQsAVjULAF01CwBS7w8ArDULAHppDQCvNQsA/DULALg1CwBjiwwACDYLAE82CwBXNgsApe8PAK42CwD1NgsA/zYLAEg3CwBUNwsAmzcLAKo3CwDuNwsA+DcLAEE4CwBNOAsAlDgLAJs4CwD47w8A9TgLADo5CwAHOQsAJnwMAFE5CwCNOQsAmjkLAOA5CwDiOQsAMzoLAEQ6CwCGOgsAojoLANk6CwDhOgsAS/APAEU7CwB/OwsAkzsLANI7CwDaOwsAJTwLACg8CwB4PAsAhjwLAMs8CwDiPAsAHj0LACs9CwBxPQsAcz0LAMQ9CwDVPQsAnvAPAB0+CwBqPgsAbz4LAL0+CwDTPgsAED8LAB4/CwBjPwsAZj8LALY/CwDCPwsACUALAA9ACwBcQAsAaEALAK9ACwDYQAsAAkELAA5BCwBVQQsAZEELAKhBCwCyQQsA+0ELAAlCCwBOQgsAU0ILAKFCCwCuQgsA8fAPAPZCCwBHQwsAVUMLAJpDCwCnQwsA7UMLAP9DCwBE8Q8AT0QLAJNECwCfRAsA5kQLAP9ECwA5RQsAO0ULAIxFCwCbRQsA30ULAP9FCwAyRgsAOkYLAIVGCwCoRgsAl/EPAN1GCwArRwsALkcLAH5HCwCIRwsA0UcLANlHCwAkSAsAKkgLAHdICwCDSAsAykgLANlICwAdSQsAKUkLAHBJCwB9SQsAw0kLAM1JCwAWSgsAHkoLAGlKCwB4SgsAvEoLAL5KCwAPSwsAIEsLAGJLCwBzSwsAtUsLAL1LCwAITAsAGUwLAFtMCwBdTAsArkwLALFMCwABTQsAC00LAFRNCwB4TQsAp00LAMNNCwDq8Q8AAE4LAE1OCwBSTgsAoE4LAK9OCwDzTgsA/04LAEZPCwBJTwsAmU8LAJxPCwDsTwsA9E8LAD9QCwBOUAsAklALAJdQCwDlUAsA+1ALADhRCwA5UQsAi1ELAJxRCwDeUQsA6lELADFSCwA7UgsAhFILAJBSCwDXUgsA3lILAD3yDwAuUwsAfVMLAItTCwDQUwsA2lMLACNUCwAuVAsAdlQLAH5UCwDJVAsA1VQLABxVCwAvVQsAb1ULAH1VCwDCVQsAzFULABVWCwAdVgsAaFYLAHdWCwC7VgsAwFYLAA5XCwAVVwsAYVcLAG1XCwCQ8g8AwFcLAAdYCwAKWAsAWlgLAF1YCwCtWAsAx1gLAABZCwAMWQsAU1kLAGZZCwCmWQsAtFkLAPlZCwADWgsATFoLAG9aCwDj8g8AqVoLAPJaCwD+WgsARVsLAExbCwCYWwsAoFsLAOtbCwDvWwsAPlwLAExcCwCRXAsAm1wLAORcCwDvXAsAN10LAD9dCwCKXQsAmV0LAN1dCwDiXQsAMF4LADdeCwCDXgsAj14LANZeCwDeXgsANvMPAD9fCwBaSg0AQl8LAHxfCwCGXwsAz18LANtfCwAiYAsAJWALAHVgCwB/YAsAyGALAMtgCwAbYQsAK2ELAG5hCwBwYQsAwWELAM9hCwAUYgsAJWILAInzDwBuYgsA3PMPAMNiCwANYwsAxGILAOY2DQDaYgsAJ3AMACZjCwBgYwsAamMLALNjCwC/YwsABmQLAAlkCwBZZAsAY2QLAC/0DwCxZAsA/2QLAB9lCwBSZQsAWmULAIL0DwCzZQsA+GULAA5mCwBLZgsAV2YLAJ5mCwClZgsA8WYLAPlmCwBEZwsASWcLAJdnCwCgZwsA6mcLAPRnCwA9aAsARWgLAJBoCwCeaAsA42gLAPBoCwA2aQsAPmkLANX0DwCZaQsA3GkLAORpCwAo9Q8ANmoLAIJqCwCOagsA1WoLANxqCwAoawsAMGsLAHtrCwCFawsAzmsLANxrCwAhbAsAN2wLAHRsCwCAbAsAx2wLAMxsCwAabQsAI20LAG1tCwB3bQsAwG0LAMhtCwATbgsAGG4LAGZuCwB2bgsAuW4LAMFuCwB79Q8AFm8LAF9vCwBibwsAIRIMAGdvCwDO9Q8AwG8LAAVwCwAbcAsAWHALAGRwCwCrcAsAsnALAP5wCwAGcQsAUXELAFZxCwCkcQsArXELAPdxCwABcgsASnILAFJyCwCdcgsAn3ILAPZ9CwCrcgsA8HILAP1yCwBDcwsAS3MLACH2DwCicwsA6XMLAOxzCwA8dAsARnQLAHT2DwCddAsA4nQLAPh0CwA1dQsAQXULAIh1CwCPdQsA23ULAON1CwAudgsAM3YLAIF2CwCKdgsA1HYLAN52CwAndwsAL3cLAHp3CwB8dwsAzXcLAN13CwAgeAsAKngLAHN4CwB/eAsAxngLAMx4CwAa9w8AJ3kLAGx5CwCCeQsAv3kLAMt5CwASegsAF3oLAGV6CwBuegsAuHoLAMJ6CwALewsAE3sLAF57CwCAewsAbfcPAMB7CwAEfAsAEHwLAFd8CwBYfAsAqnwLALR8CwD9fAsAC30LAFB9CwBVfQsAo30LALB9CwDA9w8ABn4LAEl+CwBTfgsAnH4LAKh+CwDvfgsA9X4LAEJ/CwBKfwsAufgPAJp/CwDofwsA8H8LADuACwBHgAsA9YkLAFSACwCOgAsAmoALAOGACwDpgAsADPkPAEGBCwCHgQsAj4ELANqBCwDogQsALYILADqCCwCAggsAg4ILANOCCwDdggsAJoMLACiDCwB5gwsAhoMLAMyDCwDbgwsAH4QLACuECwByhAsAeoQLAF/5DwDVhAsAGIULACCFCwBrhQsAd4ULAL6FCwDEhQsAEYYLABeGCwBkhgsAaYYLALeGCwC9hgsAsvkPABeHCwBdhwsAYocLALCHCwC6hwsAA4gLAAuICwBWiAsAYogLAKmICwC8iAsA/IgLAAqJCwBPiQsAUokLAKKJCwCsiQsABfoPAAiKCwBIigsAVooLAJuKCwCeigsA7ooLAPiKCwBY+g8ARosLAJSLCwBPiwsAaKkLAJyLCwDniwsA84sLADqMCwBAjAsAjYwLAE2MCwAjpwsAk4wLAOCMCwDljAsAM40LADmNCwCr+g8AjI0LANmNCwDejQsALI4LADKOCwD++g8AjY4LANKOCwDtjgsAJY8LADGPCwB4jwsAf48LAFH7DwDUjwsAHpALACuQCwBxkAsAfZALAMSQCwDXkAsAF5ELABiRCwBqkQsAdpELAL2RCwDMkQsAEJILABqSCwBjkgsAb5ILALaSCwC9kgsApPsPAA+TCwBckwsAYpMLAK+TCwC0kwsAApQLAAiUCwBK/A8AXpQLAKiUCwC1lAsA+5QLAP+UCwBOlQsAUJULAKGVCwCulQsA9JULAP6VCwCd/A8ATpYLAJqWCwCilgsA7ZYLAPmWCwBAlwsAU5cLAJOXCwCilwsA5pcLAPKXCwA5mAsAOpgLAIyYCwCWmAsA35gLAO2YCwAymQsAN5kLAIWZCwCSmQsA8PwPAOSZCwArmgsAMZoLAH6aCwCEmgsA0ZoLANaaCwAkmwsAKpsLAEP9DwB8mwsAypsLANSbCwDp/Q8AJZwLAHCcCwB9nAsAw5wLAMicCwAWnQsAIJ0LAGmdCwBxnQsAvJ0LAMidCwAPngsAIp4LAGKeCwBjngsAtZ4LAMGeCwAInwsAF58LAFufCwBlnwsArp8LALafCwABoAsAA6ALADz+DwBdoAsAp6ALALagCwD6oAsACaELAE2hCwBZoQsAoKELAKOhCwDzoQsA9qELAI/+DwBIogsAmaILAJyiCwDsogsA9KILAD+jCwBMowsAkqMLAJejCwDlowsA76MLADikCwBApAsAi6QLAJekCwDepAsA8aQLADGlCwAypQsAhKULAJClCwDXpQsA5qULACqmCwA0pgsAfaYLAImmCwDQpgsA16YLAOL+DwAypwsAdqcLAIKnCwDJpwsAyqcLAByoCwAmqAsAb6gLAH2oCwDCqAsAx6gLABWpCwAiqQsANf8PAHmpCwCI/w8AyKkLAA6qCwAcqgsAYaoLAHKqCwC0qgsA1qoLANv/DwAMqwsAWqsLAA2rCwCG4AsAYqsLAK2rCwCuqwsA5K8LALCrCwDdsAsAsqsLAOuuCwCzqwsAKbILALSrCwDyrQsAvKsLAACsCwDGqwsAFLULAAWsCwBTrAsAYKwLAKasCwCzrAsA+awLAAWtCwBMrQsAW60LAJ+tCwCprQsALgAQAACuCwBFrgsAR64LAJiuCwCprgsAgQAQAOyuCwA+rwsASq8LAJGvCwCerwsA1AAQAPKvCwA3sAsARLALAIqwCwChsAsAJwEQAOawCwB1swsA57ALADCxCwAysQsAg7ELAImxCwDWsQsA4LELAHoBEAA1sgsAfLILAH6yCwDPsgsA3rILACKzCwAtswsAzQEQAISzCwDIswsA17MLABu0CwAntAsAbrQLAHq0CwDBtAsAyLQLACACEAAgtQsAZ7ULAG+1CwBzAhAA07ULAA22CwAetgsAYLYLAGy2CwDGAhAAurYLAAa3CwAOtwsAWbcLAFq3CwCstwsAsrcLAP+3CwAEuAsAUrgLAFO4CwCluAsAsbgLAPi4CwD+uAsAS7kLAFW5CwCeuQsArLkLAM6+CwCyuQsA8bkLAPm5CwAZAxAAVLoLAJe6CwCfugsA6roLAPO6CwA9uwsA97oLANW9CwBKuwsAkLsLAJe7CwDjuwsA77sLADa8CwBGvAsAibwLAJe8CwDcvAsA6bwLAC+9CwA7vQsAgr0LAIm9CwBsAxAA3r0LACi+CwA5vgsAe74LAIy+CwC/AxAA2r4LACG/CwAkvwsAdL8LAHy/CwDHvwsAzL8LABrACwAqwAsAbcALAHXACwDAwAsAycALABPBCwDNwAsAq8MLACDBCwBmwQsAbcELALnBCwDFwQsADMILABzCCwBfwgsAbcILALLCCwC/wgsABcMLABHDCwBYwwsAX8MLABIEEAC0wwsA/sMLAA/ECwBRxAsAYsQLAGUEEACpxAsA98QLAATFCwBKxQsAVsULAJ3FCwCnxQsA8MULAATGCwBDxgsARMYLAJbGCwCixgsA6cYLAAjHCwA8xwsARMcLAI/HCwCUxwsA4scLAPvHCwA1yAsAXsgLAIjICwCUyAsA28gLAOrICwAuyQsAOMkLAIHJCwCJyQsA1MkLAN/JCwAnygsAKcoLAHrKCwB9ygsAzcoLANXKCwAgywsALcsLAHPLCwB4ywsAxssLAM7LCwAZzAsAG8wLAGzMCwB2zAsAv8wLAMnMCwASzQsAGM0LAGXNCwBzzQsAuM0LANHNCwALzgsAFM4LAF7OCwBozgsAsc4LAL3OCwC4BBAAEM8LAFfPCwBhzwsAqs8LALXPCwD9zwsAAtALAFDQCwBX0AsAo9ALAKvQCwD20AsAINELAAsFEABQ0QsAnNELAKTRCwDv0QsAGdILAELSCwBH0gsAldILAJbSCwDo0gsA8tILADvTCwBJ0wsAjtMLAJPTCwDh0wsA7tMLADTUCwBQ1AsAh9QLAKPUCwBeBRAA59QLAC3VCwAx1QsAgNULAIbVCwDT1QsA1dULACbWCwAn1gsAedYLAJzWCwDM1gsA8NYLAB/XCwBJ1wsActcLAHrXCwDF1wsAytcLABjYCwAl2AsAa9gLAHPYCwC+2AsAwNgLABHZCwAZ2QsAZNkLAI7ZCwC32QsAxNkLAAraCwAP2gsAXdoLAGraCwCw2gsAvNoLAAPbCwAt2wsAVtsLAF7bCwCp2wsAxNsLAPzbCwD+2wsAT9wLAGDcCwCi3AsAq9wLAPXcCwAB3QsAsQUQAFXdCwCb3QsAtt0LAO7dCwDz3QsAQd4LAGHeCwCU3gsAoN4LAOfeCwDv3gsABAYQAEjfCwCN3wsAl98LAODfCwDr3wsAM+ALADvgCwCqBhAAj+ALANngCwDj4AsALOELADfhCwB/4QsAk+ELANLhCwDn4QsAJeILAC3iCwB44gsAj+ILAMviCwDQ4gsAHuMLACjjCwBx4wsAeeMLAP0GEADG4wsAF+QLACjkCwBq5AsAbeQLAL3kCwDJ5AsAUAcQAB7lCwBj5QsAdOULAKMHEAC55QsACeYLAAzmCwBc5gsAaOYLAK/mCwC15gsAAucLAAznCwD2BxAAYucLAKjnCwC/5wsA++cLAAPoCwBJCBAAXugLAKHoCwCt6AsA9OgLAProCwBH6QsAU+kLAJrpCwBV6QsA9hUOAKfpCwDt6QsA/OkLAEDqCwBM6gsAk+oLAJvqCwCcCBAA7uoLADnrCwA76wsAjOsLAJvrCwDf6wsA6esLADLsCwA77AsAhewLAIfsCwDY7AsA6ewLACvtCwBA7QsAfu0LAIbtCwDR7QsADu4LACTuCwAs7gsAd+4LAIPuCwDK7gsA3e4LAB3vCwAe7wsAcO8LAHzvCwDD7wsA0u8LABbwCwAg8AsAafALAHXwCwC88AsAw/ALAEIJEAAr8QsAlQkQAGXxCwC18QsAvfELAAjyCwAV8gsAW/ILAGDyCwCu8gsAuPILAAHzCwAJ8wsAVPMLAF7zCwCL9wsAZPMLAH35CwB+8wsAp/MLALHzCwD68wsAt/MLAJn1CwAA9AsATfQLAFb0CwCg9AsArPQLAPP0CwAd9QsARvULAGL1CwA7ChAAm/ULAOz1CwD99QsAP/YLAEL2CwCS9gsAnvYLAOX2CwAP9wsAOPcLAFT3CwCOChAAkfcLAN73CwDn9wsAMfgLADv4CwCE+AsAj/gLANf4CwDr+AsAKvkLAEb5CwDhChAAf/kLAND5CwDh+QsAI/oLACb6CwB2+gsAivoLAMn6CwDl+gsANAsQACT7CwCHCxAAd/sLANoLEADL+wsAFfwLACL8CwBo/AsAcvwLALv8CwDJ/AsADv0LACT9CwBh/QsAbf0LALT9CwDA/QsAB/4LABr+CwBa/gsAaf4LAK3+CwC5/gsAAP8LAAH/CwBT/wsAXf8LAKb/CwC0/wsA+f8LAP7/CwBMAAwAWQAMAC0MEACtAAwA8gAMAAgBDABFAQwAUQEMAJgBDACfAQwA6wEMAPMBDAA+AgwAQwIMAJECDACaAgwA5AIMAO4CDAA3AwwAPwMMAIoDDACOAwwA3QMMAN8DDAAwBAwAPgQMAIMEDACNBAwA1gQMAOQEDAApBQwANgUMAHwFDACTBQwAzwUMANcFDAAiBgwAMgYMAHUGDAB6BgwAyAYMAM4GDAAbBwwAIwcMAG4HDABzBwwAwQcMAMIHDAAUCAwAIAgMAGcIDABtCAwAuggMALwIDAANCQwAFwkMAGAJDABuCQwAswkMALgJDAAGCgwAEwoMACYNEABwCgwArAoMALIKDAD/CgwACwsMAFILDABpCwwApQsMAKcLDAD4CwwAAgwMAEsMDABXDAwAngwMAKoMDADxDAwA9wwMAEQNDABKDQwAlw0MAJwNDADqDQwA8A0MAHkNEABADgwApvENAEgODACQDgwAkQ4MAOMODADtDgwANg8MAGYPDADMDRAAjA8MANwPDADmDwwAHw4QADgQDACCEAwAmBAMANUQDADrEAwAKBEMACoRDAB7EQwAgREMAM4RDADiEQwAxQ4QACkSDAB0EgwAPRIMAKJmEAB6EgwAnB0NAIQSDADHEgwAjRIMALB5DQDJEgwAGhMMACgTDABtEwwAfhMMABgPEADHEwwAaw8QABwUDACD/QwAHxQMAGYUDABpFAwAuRQMAMIUDAAMFQwAHRUMAF8VDABpFQwAshUMALoVDAAFFgwAzhUMAAdKDQAIFgwAWBYMAGEWDACrFgwAwRYMAP4WDAAUFwwAURcMAFMXDACkFwwAqhcMAPcXDAALGAwAvg8QAHUYDACdGAwAyBgMABEQEAD2GAwAteoMAPwYDACPGgwA/RgMAFTsDAD/GAwAW+sMAAAZDABDGQwARRkMAJYZDACkGQwA6RkMAPoZDABkEBAARBoMALcQEACVGgwA4hoMAOgaDAA1GwwAOhsMAIgbDACOGwwAChEQAOcbDAAuHAwANhwMALAREACNHAwA1BwMAN4cDAAnHQwAMB0MAHodDAB7HQwAzR0MANUdDAAgHgwAJR4MAHMeDACDHgwAVhIQANIeDAAZHwwAGx8MAGwfDAByHwwAvx8MAMYfDAASIAwAFyAMAGUgDABpIAwAuCAMAMUgDAALIQwAEyEMAF4hDABjIQwAsSEMAMEhDACpEhAAFSIMAFciDABjIgwAqiIMALkiDAD9IgwAByMMAFAjDABeIwwAoyMMALAjDAD2IwwADSQMAPwSEABMJAwAohMQAJ8kDADvJAwAoyQMACskEAD3JAwAQiUMAG0lDACVJQwAwCUMAOglDAATJgwA9RMQAEQmDACOJgwAjyYMAOEmDADwJgwANCcMAPcmDADTKAwARScMAIcnDACJJwwA2icMAN0nDAAtKAwAMCgMAIAoDACIKAwA7hQQANgoDAAmKQwALSkMAHkpDACCKQwAzCkMAN0pDAAfKgwAKyoMAHIqDAB6KgwAQRUQAMsqDAAYKwwAHysMAGsrDABwKwwAvisMAMIrDAARLAwAHiwMAGQsDABzLAwAtywMAMgsDAAKLQwADC0MAF0tDABgLQwAsC0MALMtDAADLgwACy4MAJQVEABbLgwAc3EMAGEuDABL/g0AYi4MAKkuDACsLgwA/C4MAAYvDADnFRAAWC8MAKIvDACxLwwA9S8MAAQwDABIMAwAVDAMAJswDACeMAwA7jAMAPEwDAA6FhAARDEMAJQxDAC/MQwAjRYQAO8xDADgFhAAQjIMADMXEACVMgwAhhcQAOUyDAAzMwwAQDMMAIYzDACJMwwA2TMMAN4zDAAsNAwAPTQMAH80DACLNAwA2RcQANc0DAAlNQwANjUMAHg1DACENQwAyzUMAOU1DAAeNgwAIjYMABA4DAAlNgwAVToMACg2DAChOwwAKjYMAAk5DAAsNgwAFzcMAC82DABxNgwAdjYMAMQ2DADbNgwALBgQACQ3DABqNwwAejcMAL03DADCNwwAfxgQABI4DABjOAwAaTgMALY4DADDOAwA0hgQAA85DABcOQwAYjkMAK85DAC0OQwAAjoMAAg6DAAlGRAAYToMAKg6DADBOgwA+zoMAAQ7DABOOwwAZTsMAHgZEACnOwwA9DsMAPY7DABHPAwAVjwMAJo8DACmPAwAyxkQAO88DABAPQwAUT0MAJM9DAChPQwA5j0MAO09DAA5PgwAOz4MAIw+DACWPgwA3z4MAO0+DAAyPwwANz8MAIU/DACSPwwA2D8MAOA/DAArQAwAL0AMAH5ADACAQAwA0UAMANdADAAkQQwAMUEMAB4aEACEQQwAykEMAOFBDAAdQgwAOUIMAHEaEAB8QgwAw0IMAMRCDAAWQwwAHEMMAGlDDAB1QwwAvEMMAMtDDAAPRAwAEUQMAGJEDABsRAwAtUQMAMNEDAAIRQwADUUMAFtFDABoRQwArkUMALZFDAABRgwABUYMAFRGDABWRgwAp0YMAK1GDAD6RgwAB0cMAMQaEABaRwwAoEcMALdHDADzRwwAD0gMABcbEABPSAwAmUgMAKdIDADsSAwA9kgMAD9JDABLSQwAkkkMAJVJDADlSQwAAUoMADhKDABASgwAahsQAJdKDADeSgwA4UoMADFLDAA7SwwAYxwQAI1LDADXSwwA5UsMACpMDAA0TAwAfUwMAIlMDADQTAwA2EwMAAkdEAAlTQwAdk0MAIRNDADJTQwA2k0MAFwdEAAjTgwArx0QAHRODADCTgwAyk4MABVPDAAbTwwAaE8MAHFPDAC7TwwAyE8MAFUeEAATUAwAYVAMABpQDAAAUgwAalAMALRQDAC+UAwAB1EMAA9RDABaUQwAm1EMAK1RDAC1UQwAqB4QAAZSDABTUgwAWVIMAKZSDACuUgwA+VIMADpTDABMUwwAVFMMAPseEACnUwwATh8QAPtTDABFVAwAU1QMAJhUDACiVAwA61QMAPdUDAA+VQwAQVUMAJFVDACZVQwA9B8QAPBVDAA3VgwAOlYMAIpWDACUVgwARyAQAOVWDACaIBAAPlcMAINXDACUVwwA1lcMAOJXDAApWAwALFgMAO0gEAC/WAwAz1gMABJZDABAIRAAMlkMAHVZDAB3WQwAyFkMANZZDAAbWgwALFoMAJMhEACKWgwAwVoMAMlaDADmIRAAGlsMADvMDAAnWwwAZ1sMAHZbDAC6WwwAxlsMAA1cDAAOXAwAYFwMAGpcDACzXAwAwVwMAAZdDAALXQwAWV0MAGZdDAA5IhAAul0MAP9dDAAMXgwAUl4MAFpeDACMIhAAsV4MAPheDAAhXwwAS18MAFdfDACeXwwArV8MAPFfDAD7XwwARGAMAFJgDACXYAwAnGAMAOpgDAD3YAwAPWEMAEVhDACQYQwAnmEMAONhDADwYQwANmIMAD5iDADfIhAAi2IMAGR4DQCXYgwA3GIMAOZiDAAvYwwAO2MMAIJjDACJYwwA1WMMAN1jDAAoZAwALGQMAHtkDACJZAwAzmQMANhkDAAhZQwALGUMAHRlDAB8ZQwAx2UMAMllDAAaZgwAImYMAG1mDAB6ZgwAwGYMAMVmDAATZwwAIGcMAGZnDACEZwwAuWcMAOhnDAAMaAwAGGgMAF9oDABlaAwAsmgMALdoDAAFaQwADWkMAFhpDABkaQwAq2kMAL5pDAD+aQwADGoMAFFqDABbagwApGoMAKxqDAD3agwABmsMAEprDABPawwAnWsMAKRrDADwawwA/GsMAENsDABfbAwAlmwMAJ5sDAAyIxAA62wMADxtDABKbQwAj20MAJxtDADibQwA8G0MADVuDABCbgwAiG4MAJ9uDADbbgwA424MAC5vDAA8bwwAgW8MAI5vDADUbwwA3G8MANgjEAA1cAwAenAMAHtwDAB+JBAA2XAMACBxDAAncQwA0SQQAHpxDADGcQwAy3EMACQlEAAhcgwAdyUQAHRyDAC/cgwAsXIMAE2MDgDAcgwAv8UMAMJyDACxxwwAyHIMABJzDADJcgwAc8QMAM9yDAC4xgwAH3MMAGVzDABwcwwAuHMMALpzDAALdAwAGHQMAF50DABldAwAsXQMAMJ0DAAEdQwAEHUMAFd1DABedQwAqnUMALJ1DADKJRAAA3YMAFB2DABWdgwAo3YMAKh2DAD2dgwA/HYMAB0mEABVdwwAnHcMAKZ3DADvdwwA83cMAEJ4DABOeAwAlXgMAKF4DADoeAwA9XgMADt5DABDeQwAjnkMAJh5DADheQwA7XkMADR6DAA3egwAh3oMAJF6DADDJhAA3HoMAC17DAAwewwAgHsMAIN7DABpJxAA23sMALwnEAA0fAwAeXwMAHp8DAAPKBAA1HwMAGIoEAAkfQwAcn0MAHl9DADFfQwAyn0MALUoEAAgfgwACCkQAHN+DAC+fgwAyH4MABF/DAAcfwwAZH8MAHJ/DAC3fwwAun8MAAqADAASgAwAXYAMAGeADACwgAwAvIAMAAOBDAAGgQwAVoEMAGCBDABbKRAAt4EMAPyBDAASggwAT4IMAFuCDACiggwAqYIMAPWCDAD9ggwASIMMAE2DDACbgwwApIMMAO6DDAD4gwwAQYQMAEmEDACUhAwAloQMAOeEDAD3hAwAOoUMAESFDACNhQwAmYUMAOCFDADmhQwAM4YMADuGDAABKhAAlIYMANmGDADahgwAVCoQADGHDACnKhAAgYcMANKHDADThwwAJYgMACiIDAB4iAwAg4gMAMuIDADQiAwAHokMACiJDAD6KhAAlYkMAMSJDADMiQwATSsQABmKDABqigwAe4oMAL2KDADOigwAEIsMABOLDACgKxAAaYsMALaLDAC7iwwACYwMAAyMDABcjAwAX4wMAK+MDAC3jAwA8ysQABCNDABVjQwAWI0MAKiNDACzjQwA+40MAAeODABOjgwAVY4MAKGODACpjgwA9I4MAAKPDABHjwwAVI8MAJqPDACijwwARiwQAPmPDABAkAwAQ5AMAJOQDACdkAwA5pAMAO6QDACZLBAARZEMAIyRDACSkQwA35EMAOmRDAAykgwARpIMAIWSDACNkgwA7CwQAOWSDAArkwwAM5MMAH6TDACBkwwA0ZMMAN2TDAAklAwALpQMAHeUDACAlAwAypQMAMuUDAAdlQwANZUMAHCVDABylQwAw5UMANSVDAAWlgwAJ5YMAGmWDABxlgwAvJYMAMuWDAAPlwwAEZcMAGKXDABzlwwAtZcMAMaXDAAImAwAIZgMAFuYDABdmAwArpgMAL2YDAABmQwAIZkMAJItEABWmQwAp5kMAMeZDAD6mQwADpoMAN4uEABVmgwAoJoMAK2aDADzmgwA+JoMAEabDABQmwwAmZsMAKGbDADsmwwA8psMAD+cDABInAwAkpwMAJ+cDAAxLxAA8ZwMADidDAA+nQwAi50MAJGdDADenQwA550MADGeDAAyngwAhJ4MAI6eDADXngwA454MACqfDAAxnwwAhC8QAIWfDADXLxAA2J8MACowEAAroAwAfTAQAIKgDADJoAwA2aAMAByhDAAhoQwAb6EMAHWhDADCoQwAzqEMABWiDAAdogwA0DAQAHmiDAC7ogwAzKIMAA6jDAAgowwAYaMMAGmjDAC0owwAv6MMAAekDAAMpAwAWqQMAF+kDACtpAwAzaQMACMxEAAQpQwAU6UMAF2lDACmpQwAsqUMAPmlDAD/pQwATKYMAFSmDACfpgwAoaYMAPKmDACrpgwAdawMAAOnDABFpwwAVqcMAJinDACqpwwA66cMAPOnDAA+qAwASagMAJGoDACWqAwA5KgMAOmoDAA3qQwAV6kMAHYxEACMqQwA3akMAOypDAAwqgwAO6oMAIOqDACVqgwA1qoMAN6qDAApqwwANKsMAHyrDACBqwwAz6sMANSrDAAirAwAQqwMAMkxEAB3rAwAyKwMANesDAAbrQwAJq0MAG6tDACArQwAwa0MAMmtDAAUrgwAH64MAGeuDABsrgwAuq4MAL+uDAANrwwALa8MABwyEABtrwwAs68MAMqvDABvMhAAE7AMAFmwDABwsAwAwjIQALmwDAD/sAwABrEMAFKxDABgsQwApbEMALKxDAD4sQwAD7IMABUzEABTsgwAaDMQAKCyDADxsgwA/7IMAESzDABVswwAuzMQAKSzDADqswwAAbQMAA40EABHtAwAkLQMAJy0DADjtAwA5rQMADa1DABAtQwAYTQQAKW1DAC0NBAA5LUMAAc1EAA3tgwAgrYMAIO2DAATugwAhbYMACG4DACJtgwA4sAMAIy2DADVtgwAkbYMAAW8DACStgwADLsMANq2DAA8wAwA4bYMACi3DAArtwwAe7cMAIW3DABaNRAA1rcMAK01EAAquAwAdLgMAEG4DADwvgwAgrgMAMe4DADRuAwAGrkMACa5DABtuQwAcLkMAMC5DADIuQwAADYQABW6DABmugwAaboMALm6DAC8ugwAUzYQAA67DABfuwwAbbsMALK7DADDuwwA+TYQAAe8DABYvAwAZbwMAKu8DAC6vAwA/rwMAAq9DABRvQwAYr0MAKS9DAC1vQwA970MAAO+DABKvgwAUb4MAJ2+DAClvgwAnzcQAP6+DABDvwwARL8MAPI3EACivwwA6b8MAPC/DABFOBAAQ8AMAI/ADACUwAwA6zgQAOvADAA1wQwAO8EMAIjBDACKwQwA28EMAOXBDAAuwgwAPMIMAIHCDACGwgwA1MIMAOHCDAAnwwwAP8MMAHrDDACQwwwAzcMMANDDDAAgxAwAKMQMAJE5EAB/xAwAxsQMAMnEDAAZxQwAI8UMAOQ5EAB0xQwANzoQAMHFDAASxgwAFcYMAGXGDABoxgwAijoQALrGDAALxwwAGccMAF7HDABvxwwAMDsQALrHDAAEyAwAEsgMAFfIDAAdyAwAiVQOAGHIDACqyAwAtsgMAP3IDAAAyQwAUMkMAFjJDADWOxAAvckMACk8EAAQygwAScoMAGPKDAB8PBAAocoMAIDODACqygwAJs8MAKzKDADvygwA8coMAELLDABQywwAlcsMAKbLDADPPBAA78sMACI9EABBzAwAjswMAJPMDADhzAwA58wMAHU9EAA6zQwAh80MAIzNDADazQwA8M0MAC3ODAA1zgwAGz4QAKDODADTzgwA284MAG4+EAA9zwwAec8MAIbPDADMzwwA0c8MAB/QDAAl0AwActAMAH7QDADF0AwAzNAMABjRDAAg0QwAa9EMAI7RDAAUPxAAy9EMABHSDAAg0gwAZNIMAGbSDAC30gwAwNIMAArTDAAh0wwAXdMMAGjTDACw0wwAutMMAAPUDAAL1AwAuj8QAFzUDACp1AwAr9QMAPzUDAAB1QwAT9UMAFXVDAANQBAAxNUMAPXVDAD91QwAs0AQAFHWDACb1gwAnNYMAO7WDAD21gwAQdcMAEzXDACU1wwAmdcMAOfXDADs1wwAOtgMAFrYDAAGQRAAk9gMAODYDADn2AwAM9kMADjZDACG2QwAitkMANnZDADm2QwALNoMADTaDAB/2gwAitoMANLaDADX2gwAJdsMACrbDAB42wwAmNsMAFlBEADa2wwAHtwMACncDABx3AwAedwMAMTcDADH3AwAF90MAM7cDAAC4AwAI90MAGrdDAB03QwAvd0MAMbdDAAQ3gwAEd4MAGPeDABr3gwAtt4MAMHeDAAJ3wwADt8MAFzfDABh3wwAr98MAM/fDACsQRAADuAMAFXgDABX4AwAqOAMAK7gDAD74AwAAuEMAE7hDABT4QwAoeEMAKXhDAD04QwAAeIMAEfiDABP4gwAmuIMAKXiDADt4gwA8uIMAEDjDABF4wwAk+MMALPjDAD/QRAA7uMMAFJCEABD5AwAjOQMAJXkDADf5AwA5eQMADLlDAA+5QwAheUMAKPlDADY5QwA2eUMACvmDAAt5gwAfuYMAIvmDADR5gwA3+YMACTnDAAz5wwAd+cMAJPnDADK5wwA0ucMAPhCEAAw6AwAcOgMAHHoDADD6AwAz+gMABbpDAAl6QwAaekMAHPpDAC86QwAyOkMAA/qDAAW6gwAS0MQAGrqDACeQxAAvuoMAAjrDAAV6wwA8UMQAGDrDACu6wwAu+sMAAHsDAAL7AwAREQQAFbsDACn7AwAvewMAPrsDAAG7QwAl0QQAFXtDACX/w0Aa+0MAKDtDAC+7QwA8+0MAPvtDABG7gwAFe4MAJsiDgBH7gwA5e8MAEnuDAAx8QwAUu4MAO4iDgBW7gwAme4MAJvuDADs7gwA+u4MAD/vDABQ7wwA6kQQAJrvDAA9RRAA5+8MADjwDAA78AwAi/AMAI7wDACQRRAA5vAMAONFEAA78QwAyUYNAFHxDACE8QwAkvEMANfxDADY8QwANkYQADLyDACJRhAAoPIMANxGEADd8gwAI/MMADHzDAB28wwAgPMMAMnzDADR8wwAHPQMAB30DAD5+AwAN/QMALT2DABF9AwAb/QMAHj0DADC9AwAw/QMABX1DAAj9QwAaPUMAHL1DAC79QwAx/UMAA72DAAU9gwAYfYMAH32DAAvRxAAwvYMAAf3DAAU9wwAWvcMAGT3DACt9wwAr/cMAAD4DAAX+AwAU/gMAF/4DACm+AwAwvgMAIJHEAAK+QwATPkMAE75DACf+QwAqfkMAPL5DAAC+gwARfoMAEr6DACY+gwAnvoMAOv6DAAB+wwAPvsMAEb7DACR+wwAlPsMAOT7DADt+wwAN/wMAEX8DACK/AwAlPwMAN38DADp/AwAMP0MAEz9DADVRxAAkP0MANb9DADe/QwAKf4MACz+DABnVA0AOf4MAHz+DAB+/gwAblMNAIr+DADP/gwA3P4MACL/DAAw/wwAdf8MAHj/DADI/wwA0/8MABsADQAnAA0AbgANAHUADQDBAA0AyQANABQBDQAWAQ0AZwENAHcBDQC6AQ0AxAENAA0CDQAZAg0AYAINAGYCDQCzAg0AuwINAChIEAAIAw0AWQMNAGcDDQCsAw0AuQMNAP8DDQALBA0AUgQNAFgEDQClBA0AqAQNAPgEDQAABQ0ASwUNAE0FDQAoCg0ATgUNAOoGDQBbBQ0AngUNAKAFDQCyDg0AowUNAPEFDQD6BQ0ARAYNAFEGDQCXBg0AngYNAHtIEADzBg0AGgwNAPQGDQCJCA0ACgcNAD0HDQBLBw0AkAcNAJEHDQDOSBAA7wcNADYIDQA9CA0AIUkQAIsIDQDcCA0A4ggNAC8JDQA5CQ0AggkNAI4JDQDVCQ0A3AkNAHRJEABBCg0AewoNAIAKDQDOCg0A1AoNACELDQArCw0AdAsNAIALDQDHCw0AzgsNAMdJEAApDA0AbQwNAHwMDQDADA0AzAwNABMNDQAWDQ0AZg0NAGkNDQC5DQ0AyQ0NAAwODQAVDg0AXw4NAHAODQAaShAAwA4NAAUPDQAWDw0AbUoQAF8PDQDAShAAsw8NAP4PDQAAEA0A2xQNAAEQDQCdEQ0ADhANAFEQDQBTEA0AZRkNAFYQDQCkEA0ArRANAPcQDQAEEQ0AShENAFERDQATSxAAphENAM0WDQCnEQ0APBMNAL0RDQDwEQ0A/hENAEMSDQBEEg0AZksQAKISDQDpEg0A8BINALlLEAA+Ew0AjxMNAJUTDQDiEw0A7BMNADUUDQBBFA0AiBQNAI8UDQAMTBAA9BQNAC4VDQAzFQ0AgRUNAIcVDQDUFQ0A3hUNACcWDQAzFg0AehYNAIEWDQBfTBAA3BYNACAXDQAvFw0AcxcNAH8XDQDGFw0AyRcNABkYDQAcGA0AbBgNAHwYDQC/GA0AyBgNABIZDQAjGQ0AskwQAHMZDQC4GQ0AyRkNAAVNEAASGg0AWE0QAGYaDQCxGg0A6BoNAAQbDQAMGw0AVxsNAGcbDQCqGw0ArBsNAP0bDQALHA0AUBwNAGEcDQCrTRAAqRwNAPYcDQACHQ0A/k0QAHUdDQCkThAApR0NAO8dDQD8HQ0AQh4NAF4eDQCVHg0AnR4NAPdOEAD5Hg0AOx8NAD0fDQCOHw0Ajx8NAOEfDQDkHw0ANCANAEAgDQCHIA0AjiANANogDQD2IA0ALSENADUhDQCdTxAAjSENANMhDQDjIQ0AJiINACsiDQB5Ig0AqSINAPBPEADSIg0AQ1AQACcjDQByIw0AcyMNAIYsDQB4Iw0APaYOAHwjDQDFIw0AfiMNAPwnDQCCIw0AXSYNAJAjDQDELw0AyiMNAMieDgDQIw0A65kOANEjDQAYJA0AGyQNAGskDQB1JA0AllAQAMYkDQARJQ0AFyUNAGQlDQBtJQ0AtyUNAMQlDQAKJg0AJiYNAOlQEABfJg0AsCYNAGImDQDOqQ4AviYNAAMnDQAUJw0APFEQAFwnDQCpJw0AtScNAI9REAACKA0ATygNAFUoDQCiKA0ApygNAPUoDQD7KA0AiFIQAE8pDQCBUxAAoCkNAO4pDQD2KQ0AQSoNAE0qDQCUKg0ApyoNAOcqDQDzKg0AOisNAEkrDQCNKw0AlisNAOArDQDqKw0AMywNAD8sDQAnVBAAlywNANksDQDlLA0ALC0NAC4tDQB/LQ0Agi0NANItDQDeLQ0AJS4NAC0uDQB6VBAAhC4NAMsuDQDbLg0AHi8NACovDQBxLw0Ady8NAM1UEADmLw0AFzANAB8wDQBqMA0AkjANAL0wDQDIMA0AEDENABwxDQBjMQ0AdDENALYxDQC3MQ0AIFUQAA8yDQBcMg0AaTINAHNVEAC8Mg0AAjMNABkzDQBVMw0AhTMNAKgzDQCwMw0A+zMNAAU0DQBONA0AWjQNAKE0DQCkNA0A9DQNAP40DQDGVRAATzUNAJo1DQCgNQ0A7TUNAPY1DQBANg0ATTYNAJM2DQCvNg0AGVYQAOg2DQA5Nw0A7TYNADFEDQBGNw0AjDcNAJM3DQDfNw0A4TcNADI4DQA4OA0AhTgNAIw4DQDYOA0A8DgNACs5DQAwOQ0AfjkNADc5DQAkOg0AhzkNANE5DQDbOQ0AbFYQACo6DQB3Og0AfToNAMo6DQDPOg0AHTsNACM7DQC/VhAAcTsNAMM7DQDUOw0AFjwNACI8DQBpPA0AczwNALw8DQDIPA0ADz0NABY9DQASVxAAZD0NALU9DQBtPQ0AerUOALg9DQAIPg0AKD4NAFs+DQBjPg0AZVcQAL8+DQABPw0ACD8NAFQ/DQBcPw0Apz8NAKo/DQBGQQ0Atz8NAPo/DQD8Pw0ATUANAFtADQCgQA0AsUANALhXEAD6QA0AC1gQAE9BDQCZQQ0AqEENAOxBDQD7QQ0AP0INAEtCDQCSQg0AlUINAOVCDQDoQg0AOEMNAEhDDQCLQw0AlEMNAN5DDQDvQw0AXlgQADZEDQCERA0AjUQNANdEDQDhRA0AKkUNADJFDQB9RQ0Am0UNANBFDQDuRQ0AI0YNAEFGDQB2Rg0AlEYNALFYEADQRg0AHEcNACFHDQBvRw0AKEcNAGhIDQB4Rw0AwkcNAMxHDQAVSA0AMUgNAARZEABuSA0Au0gNAMFIDQAOSQ0AKkkNAFdZEACJSQ0A/VkQANxJDQBQWhAAD0oNAElbEABwSg0ArUoNAK9KDQAASw0ABksNAFNLDQBnSw0ApksNAK5LDQD5Sw0AIUwNAJxbEABVTA0An0wNAKxMDQDyTA0AAE0NAEVNDQBPTQ0AmE0NALJNDQDrTQ0A+E0NAD5ODQBKTg0AkU4NAJtODQDkTg0A7E4NAO9bEAA+Tw0Aik8NAJJPDQBCXBAAtk8NADtdEADpTw0AMFANADdQDQCDUA0Ai1ANAJVcEADYUA0AKVENADpRDQB8UQ0AhFENAM9RDQDZUQ0AIlINAC5SDQB1Ug0AeFINAMhSDQDSUg0Ajl0QADdTDQDhXRAAfFMNAMFTDQDSUw0ANF4QABtUDQCHXhAAcFQNALpUDQDJVA0ADVUNABxVDQBgVQ0AbFUNALNVDQC2VQ0ABlYNAAlWDQBZVg0AaVYNAKxWDQC1Vg0A/1YNABBXDQDaXhAAXlcNAKVXDQCtVw0ALV8QAPpXDQBLWA0ABFgNAPFYDQBOWA0AnlgNAKZYDQCAXxAA91gNAERZDQBQWQ0Al1kNAJ9ZDQDTXxAA9lkNAD1aDQBAWg0AkFoNAJpaDQAmYBAA6FoNADZbDQBMWw0AiVsNAIpbDQDcWw0A7VsNAC9cDQA7XA0AglwNAIxcDQDVXA0A4VwNAHlgEAA0XQ0Ae10NAH5dDQDOXQ0A2F0NAB9hEAAkXg0AdF4NAHdeDQDHXg0A014NABpfDQAgXw0AbV8NAHdfDQByYRAAxV8NABNgDQAgYA0AZmANAGlgDQC5YA0A1WANAAxhDQAUYQ0AxWEQAGdhDQAYYhAAumENAGtiEAAIYg0AWGINABxiDQByHA4AeGINAKtiDQC/Yg0AvmIQAAtjDQARYxAAUmMNAKRjDQCqYw0A92MNAANkDQBKZA0AWWQNAJ1kDQCfZA0A8GQNAPpkDQBDZQ0AT2UNAJZlDQCdZQ0AZGMQAPVlDQC3YxAARGYNAApkEACRZg0A4mYNAPBmDQA1Zw0ARmcNAPVmEACOZw0A22cNAOdnDQBIZxAANGgNAIFoDQCHaA0A1GgNANloDQAnaQ0ALWkNAO5nEAB9aQ0AzWkNANlpDQAgag0AJmoNAHNqDQB9ag0AlGgQAMtqDQAZaw0AJmsNAGxrDQBvaw0Av2sNANRrDQASbA0AGmwNAOdoEABtbA0AuGwNAMRsDQALbQ0AEW0NAF5tDQBkbQ0AsW0NALZtDQAEbg0ACm4NANlqEABmbg0Aqm4NALluDQD9bg0ABm8NAFBvDQBWbw0Ao28NAKlvDQD2bw0AAnANAElwDQBQcA0AnHANAKRwDQB/axAA+XANAEJxDQBNcQ0AlXENAKFxDQDocQ0A7nENADtyDQBDcg0AjnINAJpyDQDhcg0A53INADRzDQA6cw0Ah3MNAIxzDQDacw0A4HMNANJrEAA0dA0AgHQNAI50DQDTdA0A4HQNACZ1DQA9dQ0AeXUNAJV1DQDMdQ0A1HUNACVsEAAydg0AcnYNAHR2DQDFdg0A23YNABh3DQAZdw0Aa3cNAHx3DQC+dw0AyncNAHhsEAAteA0Ay2wQAHp4DQC3eA0AuHgNAAp5DQAbeQ0AXXkNAGl5DQAebRAAtXkNAAN6DQAJeg0AVnoNAHZ6DQCpeg0AtXoNAPx6DQADew0AcW0QAFV7DQCiew0Ap3sNAPV7DQD7ew0AxG0QAFx8DQCbfA0AnHwNAO58DQD6fA0AQX0NAF19DQCUfQ0AnH0NAL1uEADzfQ0AOn4NAFZ+DQCNfg0AlX4NAGNvEADsfg0AM38NADl/DQCGfw0AjH8NANl/DQDxfw0ALIANADaADQB/gA0Ai4ANANKADQDVgA0AJYENAC+BDQB4gQ0AkIENAMuBDQDbgQ0AHoINACCCDQBxgg0Af4INAMSCDQDVgg0Atm8QAB2DDQBqgw0AdoMNAAlwEADFgw0Ar3AQAByEDQBjhA0AZoQNALaEDQDAhA0AAnEQAAuFDQBchQ0AaoUNAK+FDQDAhQ0AqHEQAAmGDQD7cRAAXYYNAE5yEACwhg0AR3MQAP2GDQBOhw0AW4cNAKGHDQCwhw0A9IcNAPqHDQBHiA0AU4gNAJqIDQCciA0A7YgNAPeIDQBAiQ0ATokNAJOJDQCYiQ0A5okNAPOJDQA5ig0ARYoNAIyKDQCfig0A34oNAO6KDQAyiw0APosNAIWLDQCGiw0A2IsNAOKLDQArjA0AOYwNAH6MDQCDjA0A0YwNAN6MDQCacxAALo0NAHeNDQCFjQ0Ayo0NAM2NDQAdjg0ALY4NAHCODQB+jg0Aw44NAM+ODQAWjw0AHY8NAGmPDQBwjw0AvI8NAMiPDQAPkA0AEJANAGKQDQBukA0AtZANAMKQDQAIkQ0AD5ENAFuRDQBnkQ0ArpENALuRDQABkg0AEJINAFSSDQBokg0Ap5INALOSDQD6kg0ADZMNAE2TDQBckw0AoJMNAKyTDQDzkw0A9JMNAEaUDQBQlA0AmZQNAKeUDQDslA0A8ZQNAD+VDQBMlQ0A7XMQAJOVDQDllQ0A9pUNADiWDQBGlg0Ai5YNAJqWDQDelg0A4JYNADGXDQA7lw0AhJcNAJKXDQDXlw0A3JcNACqYDQA3mA0AfZgNAIyYDQDQmA0A1ZgNACOZDQAwmQ0AdpkNAICZDQDJmQ0A1ZkNAByaDQAvmg0Ab5oNAHmaDQDCmg0AzpoNABWbDQAomw0AaJsNAHebDQC7mw0Ax5sNAA6cDQAPnA0AYZwNAGucDQC0nA0AwpwNAAedDQAMnQ0AWp0NAGedDQBAdBAAsp0NAACeDQANng0AU54NAF2eDQCmng0ArJ4NAPmeDQD7ng0ATJ8NAFmfDQCfnw0Aop8NAPKfDQAAoA0ARaANAFGgDQCYoA0ApaANAOugDQD1oA0APqENAE2hDQCRoQ0AlqENAOShDQDxoQ0AN6INAESiDQCKog0AlqINAN2iDQDsog0AMKMNADqjDQCDow0AkaMNANajDQDbow0AKaQNADakDQB8pA0AiKQNAM+kDQDipA0AIqUNADGlDQB1pQ0AgaUNAMilDQDJpQ0AG6YNACWmDQBupg0AfKYNAMGmDQDGpg0AFKcNACGnDQCTdBAAeqcNALqnDQDJpw0ADagNABmoDQBgqA0AYagNALOoDQC9qA0ABqkNABSpDQBZqQ0AXqkNAKypDQC5qQ0A5nQQABKqDQBSqg0AYaoNAKWqDQCxqg0A+KoNAPmqDQBLqw0AVasNAJ6rDQCsqw0A8asNAParDQBErA0AUawNADl1EACZrA0A6qwNAPisDQA9rQ0ASq0NAJCtDQCcrQ0A460NAOmtDQA2rg0AR64NAImuDQCLrg0A3K4NAOWuDQAvrw0APK8NAIKvDQCRrw0A1a8NAOCvDQAosA0ANLANAHuwDQCOsA0AzrANAN2wDQAhsQ0ALbENAHSxDQB1sQ0Ax7ENANGxDQAasg0AKLINAG2yDQBysg0AwLINAM2yDQCMdRAAILMNAGazDQB0sw0AubMNAMOzDQAMtA0AGrQNAF+0DQBhtA0AsrQNAMO0DQAFtQ0AE7UNAFi1DQCHtQ0Aq7UNAK21DQD+tQ0ACLYNAFG2DQBftg0ApLYNAKm2DQD3tg0ABLcNAEq3DQBWtw0AnbcNALC3DQDwtw0A/7cNAEO4DQBPuA0AlrgNAJe4DQDpuA0A87gNADy5DQBKuQ0Aj7kNAJS5DQDiuQ0A77kNAN91EAA3ug0AiLoNAIq6DQDbug0A6roNAC67DQA9uw0AgbsNAI27DQDUuw0A17sNACe8DQAqvA0AerwNAIC8DQDNvA0A2bwNACC9DQAjvQ0Ac70NAHi9DQDGvQ0Az70NABm+DQAfvg0AbL4NAHu+DQC/vg0Ay74NABK/DQAivw0AZb8NAGe/DQC4vw0Axr8NAAvADQAcwA0AMnYQAGTADQCxwA0AvcANAIV2EAAXwQ0AV8ENAGbBDQCqwQ0AtsENAP3BDQD+wQ0AUMINAFrCDQCjwg0AscINAPbCDQD7wg0AScMNAFbDDQDYdhAAqMMNAO/DDQD5ww0AQsQNAGvEDQCVxA0AnMQNAOjEDQABxQ0AO8UNAErFDQCOxQ0AncUNAOHFDQDmxQ0ANMYNAEHGDQCHxg0AlMYNANrGDQDmxg0ALccNADzHDQCAxw0AiscNANPHDQDhxw0AJsgNACvIDQB5yA0AhsgNAMzIDQDYyA0AH8kNADLJDQByyQ0AgckNAMXJDQDRyQ0AGMoNABnKDQBryg0AdcoNAL7KDQDMyg0AEcsNABbLDQBkyw0AccsNACt3EADIyw0ACswNABvMDQBdzA0AacwNALDMDQDHzA0AA80NAAXNDQBWzQ0AZ80NAKnNDQCszQ0A/M0NAAbODQBPzg0AUc4NAKLODQCszg0A9c4NAAHPDQBIzw0AVM8NAJvPDQCuzw0A7s8NAP3PDQBB0A0ATdANAJTQDQCV0A0A59ANAPHQDQA60Q0ASNENAI3RDQCS0Q0A4NENAO3RDQB+dxAANdINAIbSDQCQ0g0A2dINAOHSDQDRdxAAP9MNAH/TDQCL0w0A0tMNAOHTDQAl1A0ALtQNAHjUDQCC1A0Ay9QNANnUDQAe1Q0AI9UNAHHVDQB+1Q0AxNUNANDVDQAX1g0AKtYNAGrWDQB51g0AvdYNAMnWDQAQ1w0AEdcNAGPXDQBt1w0AttcNAMTXDQAJ2A0ADtgNAFzYDQBp2A0AJHgQALHYDQAC2Q0ADNkNAFXZDQBd2Q0Ad3gQAK3ZDQD72Q0AEdoNAE7aDQBP2g0AodoNALLaDQD02g0AANsNAEfbDQBR2w0AmtsNAKjbDQDt2w0A8tsNAEDcDQBN3A0Ak9wNAJ/cDQDm3A0A+dwNADndDQBI3Q0AjN0NAJjdDQDf3Q0A4N0NADLeDQA83g0Ahd4NAJPeDQDY3g0A3d4NACvfDQA43w0AyngQAIDfDQDR3w0A298NACTgDQAs4A0AHXkQAI3gDQDK4A0A1uANAB3hDQAi4Q0AcOENAHnhDQDD4Q0AzeENABbiDQAi4g0AaeINAHziDQC84g0Ay+INAA/jDQAb4w0AYuMNAGPjDQC14w0Av+MNAAjkDQAW5A0AW+QNAGDkDQCu5A0Au+QNAHB5EAAD5Q0AVOUNAF7lDQCn5Q0Ar+UNAMN5EAAH5g0ATeYNAFzmDQCg5g0Aq+YNAPPmDQD/5g0ARucNAFXnDQCZ5w0AuecNAOznDQD45w0AP+gNAEboDQCS6A0AoOgNAOXoDQDq6A0AOOkNAETpDQCL6Q0AnukNAN7pDQDt6Q0AMeoNAD3qDQCE6g0AheoNANfqDQDh6g0AKusNADjrDQB96w0AgusNANDrDQDd6w0AFnoQACXsDQB27A0AgOwNAMnsDQDR7A0AaXoQADntDQBv7Q0AgO0NAMLtDQDO7Q0AFe4NACjuDQBo7g0Ad+4NALvuDQDH7g0ADu8NAA/vDQBh7w0Aa+8NALTvDQDC7w0AB/ANAAzwDQBa8A0AZ/ANALx6EACv8A0AAPENAArxDQBT8Q0AW/ENAA97EADD8Q0A+fENAAryDQBM8g0AWPINAJ/yDQCy8g0A8vINAAHzDQBF8w0AUfMNAJjzDQCZ8w0A6/MNAPXzDQA+9A0ATPQNAJH0DQCW9A0A5PQNAPH0DQBiexAAOfUNAIr1DQCU9Q0A3fUNAOX1DQC1exAAQfYNAIP2DQCX9g0A1vYNANr2DQAp9w0AK/cNAHz3DQCQ9w0Az/cNANL3DQAi+A0AP/gNAHX4DQCG+A0AyPgNANT4DQAb+Q0ALvkNAG75DQB9+Q0AwfkNAM35DQAU+g0AFfoNAGf6DQBx+g0AuvoNAMj6DQAN+w0AEvsNAGD7DQBt+w0ACHwQALX7DQAG/A0AEPwNAFn8DQBh/A0AW3wQAK78DQD//A0ADf0NAFL9DQBj/Q0ArnwQAKz9DQABfRAAAP4NAKB+EABR/g0Anv4NAKP+DQDx/g0A9f4NAET/DQBR/w0A834QAJr/DQAaBQ4Ao/8NAOr/DQD9/w0APQAOAD4ADgCQAA4AnAAOAOMADgDyAA4ANgEOAEABDgCJAQ4AlQEOANwBDgDjAQ4ARn8QADcCDgCCAg4AhAIOAC4ODgCFAg4AXwcOAIgCDgDVAg4AjgIOAKQJDgCPAg4AJm4OAOECDgAoAw4ANwMOAHsDDgCHAw4AzgMOANwDDgAhBA4APAQOAHQEDgCABA4AxwQOAM4EDgCZfxAAJwUOAG0FDgBvBQ4AwAUOAMEFDgATBg4AFgYOAGYGDgBxBg4AuQYOAL4GDgAMBw4AFgcOAOx/EABsBw4AsgcOALQHDgAFCA4ABggOAFgIDgBbCA4AqwgOALYIDgD+CA4AAwkOAFEJDgBbCQ4AP4AQALcJDgD3CQ4A+AkOAEoKDgBWCg4AnQoOAKwKDgDwCg4A+goOAEMLDgBPCw4AlgsOAJ0LDgCSgBAA8QsOADwMDgA+DA4AjwwOAJ4MDgDiDA4A7AwOADUNDgA+DQ4AiA0OAIoNDgDbDQ4A7A0OADiBEAA9Dg4AgQ4OAIsODgDUDg4A3Q4OACcPDgApDw4Aeg8OAIsPDgDNDw4A1Q8OACAQDgA+EA4AcxAOAHsQDgDGEA4A0hAOABkRDgAsEQ4AbBEOAG0RDgC/EQ4AyxEOABISDgAhEg4AZRIOAG8SDgC4Eg4AxBIOAAsTDgASEw4Ai4EQAG8TDgCxEw4AwhMOAAQUDgAMFA4AVxQOAF4UDgCqFA4AuBQOAP0UDgANFQ4AUBUOAGAVDgCjFQ4AvxUOAN6BEAADFg4ASRYOAGAWDgCcFg4ApBYOAO8WDgD9Fg4AQhcOAEwXDgCVFw4AoRcOAOgXDgD+Fw4AOxgOAD4YDgCOGA4AqhgOADGCEADxGA4ANBkOAD4ZDgCHGQ4AjxkOANoZDgDpGQ4ALRoOADIaDgCAGg4AjRoOANMaDgDdGg4AJhsOACgbDgB5Gw4AhxsOAMwbDgDZGw4AHxwOACIcDgCEghAAfRwOAMUcDgDPHA4AGB0OACAdDgBrHQ4Aeh0OAL4dDgDDHQ4AER4OAB4eDgBkHg4Abh4OALceDgC5Hg4ACh8OABgfDgBdHw4Aah8OALAfDgCzHw4A14IQAAYgDgBWIA4AYiAOAKkgDgCwIA4A/CAOAAQhDgBPIQ4AaCEOAKIhDgC2IQ4A9SEOABEiDgBIIg4AUCIOAH2DEACjIg4A0IMQAPsiDgBBIw4ASCMOAJQjDgCcIw4A5yMOAOwjDgA6JA4ASiQOAI0kDgCVJA4A4CQOAO4kDgAzJQ4AQCUOAIYlDgCTJQ4A2SUOAOUlDgAsJg4AMiYOAH8mDgCHJg4A0iYOAN4mDgAlJw4AOCcOAHgnDgCHJw4AyycOANcnDgAeKA4AHygOAHEoDgB7KA4AxCgOANIoDgAXKQ4AHCkOAGopDgB3KQ4AI4QQAMApDgAQKg4AGioOAGMqDgBlKg4AtioOAMUqDgAJKw4AKSsOAFwrDgBkKw4ArysOALkrDgACLA4ACCwOAFUsDgBXLA4AqCwOALcsDgD7LA4ABy0OAE4tDgBWLQ4AdoQQAL8tDgD0LQ4AEi4OAMmEEABgLg4Ami4OAJ8uDgDtLg4ACC8OAEAvDgBMLw4Aky8OAJsvDgAchRAA+S8OADkwDgBIMA4AjDAOAJgwDgDfMA4A4DAOADIxDgA8MQ4AhTEOAJMxDgDYMQ4A3TEOACsyDgA4Mg4Ab4UQAIIyDgDRMg4A0zIOACQzDgAnMw4AdzMOAH8zDgDKMw4A1DMOAB00DgAoNA4AcDQOAHw0DgDDNA4AyzQOAMKFEAAkNQ4AaTUOAG81DgC8NQ4AyDUOAA82DgAeNg4AYjYOAGw2DgC1Ng4AvTYOAAg3DgAXNw4AWzcOAF03DgCuNw4AtzcOAAE4DgAEOA4AVDgOAGA4DgCnOA4ArzgOABWGEAAKOQ4ATTkOAFU5DgCgOQ4AqjkOAPM5DgD+OQ4ARjoOAFI6DgCZOg4AoToOAGiGEADxOg4APzsOAFA7DgCSOw4AozsOAOU7DgDqOw4AODwOADw8DgCLPA4AmTwOAN48DgDrPA4AMT0OAEg9DgCEPQ4AjD0OANc9DgDjPQ4AKj4OAD0+DgB9Pg4AjD4OANA+DgDcPg4AIz8OACQ/DgB2Pw4AgD8OAMk/DgDXPw4AHEAOACFADgBvQA4AfEAOALuGEADIQA4AFUEOACNBDgBoQQ4AdUEOALtBDgDSQQ4ADkIOABZCDgBhQg4AbEIOALRCDgC2Qg4AB0MOABRDDgBaQw4AYUMOAK1DDgC+Qw4AAEQOAA5EDgBTRA4AYEQOAKZEDgC9RA4A+UQOAAFFDgBMRQ4AUUUOAJ9FDgCvRQ4A8kUOAPpFDgBFRg4AT0YOAJhGDgCjRg4A60YOAPdGDgA+Rw4ARkcOAGGHEACqRw4A5EcOAOlHDgA3SA4AUkgOAIpIDgCWSA4A3UgOAOVIDgC0hxAAQ0kOAINJDgCSSQ4A1kkOAOJJDgApSg4AKkoOAHxKDgCGSg4Az0oOAN1KDgAiSw4AJ0sOAHVLDgCCSw4AB4gQANBLDgAbTA4AHUwOAG5MDgB7TA4AwUwOAMZMDgAUTQ4AHk0OAGdNDgByTQ4Auk0OAMZNDgANTg4AE04OAGBODgBoTg4As04OAL9ODgAGTw4AGU8OAFlPDgBoTw4ArE8OALhPDgD/Tw4AAFAOAFJQDgBcUA4ApVAOALNQDgD4UA4A/VAOAEtRDgBYUQ4AWogQAKNRDgDxUQ4AAFIOAERSDgBTUg4Al1IOAKBSDgDqUg4A8FIOAD1TDgBDUw4AkFMOAJxTDgDjUw4A6lMOADZUDgBSVA4ArYgQAJNUDgDcVA4A6FQOAC9VDgAyVQ4AglUOAIxVDgAAiRAA3VUOAFOJEAAwVg4ApokQAINWDgD5iRAA1lYOACFXDgAiVw4All4OAC5XDgB0Vw4ANVcOAP5bDgA4Vw4AEmUOADpXDgCjaA4AdVcOAMdXDgDdVw4AGlgOACJYDgBtWA4Ab1gOAAVbDgB7WA4AwFgOAMhYDgBMihAAzVgOABNZDgAWWQ4AZlkOAHBZDgC5WQ4Au1kOAAxaDgAdWg4AX1oOAHBaDgCyWg4AuloOAJ+KEAAMWw4AWFsOAF9bDgCrWw4As1sOAPKKEAAAXA4AUVwOAFdcDgCkXA4AsVwOAPdcDgD/XA4ASl0OAExdDgCdXQ4ApF0OAPBdDgD3XQ4AQ14OAEteDgBFixAAo14OAOleDgDqXg4APF8OAFJfDgCPXw4Al18OAOJfDgDkXw4AemIOAPBfDgA1YA4APWAOAJiLEABCYA4AiGAOAItgDgDbYA4A5WAOAC5hDgAwYQ4AgWEOAJJhDgDUYQ4A5WEOACdiDgAvYg4A64sQAIFiDgDNYg4A1GIOACBjDgAoYw4APowQAH1jDgDGYw4AyGMOABlkDgAqZA4AbGQOAH1kDgC/ZA4Ax2QOAJGMEAAXZQ4Ah2wOAB5lDgBlZQ4Ae2UOALhlDgDAZQ4AC2YOABlmDgBeZg4Aa2YOALFmDgC0Zg4ABGcOAA5nDgBXZw4AWWcOAKpnDgC7Zw4A/WcOAA5oDgBQaA4AWGgOAOSMEACsaA4A9mgOAANpDgBJaQ4AUGkOAJxpDgCtaQ4A72kOAPtpDgBCag4ASmoOADeNEACiag4A6GoOAOtqDgA7aw4ARWsOAI5rDgCQaw4A4WsOAPJrDgA0bA4ARWwOAIqNEACPbA4A2mwOAPFsDgAtbQ4AOW0OAIBtDgCKbQ4A020OANttDgDdjRAAJ24OAHluDgCPbg4AzG4OANRuDgAfbw4ALW8OAHJvDgB6bw4AMI4QAH9vDgDFbw4AyG8OABhwDgAicA4Aa3AOAG1wDgC+cA4Az3AOABFxDgAicQ4AZHEOAGxxDgCDjhAAvXEOAApyDgAPcg4AXXIOAHhyDgCwcg4AvnIOAANzDgAKcw4AVnMOAGJzDgCpcw4Ar3MOAPxzDgD/cw4AT3QOAFl0DgCidA4AqHQOAPV0DgD3dA4ASHUOAFJ1DgCbdQ4Ap3UOAO51DgAFdg4AQXYOAFV2DgCUdg4AsHYOAOd2DgDvdg4A1o4QADx3DgCNdw4Am3cOAOB3DgDxdw4AKY8QADp4DgB8jxAAlHgOANl4DgDjeA4ALHkOADd5DgB/eQ4Ah3kOANJ5DgDeeQ4AJXoOADh6DgB4eg4Ah3oOAMt6DgDXeg4AHnsOAB97DgBxew4Ae3sOAMR7DgDSew4AF3wOABx8DgBqfA4Ad3wOACKQEADFfA4AEH0OABp9DgBjfQ4AaH0OALZ9DgC+fQ4ACX4OAA9+DgBcfg4AaH4OAK9+DgC1fg4AAn8OAAt/DgBVfw4AYn8OAKh/DgCwfw4A+38OAPx/DgBOgA4AUIAOAKGADgCkgA4A9IAOAPeADgDIkBAAXYEOAJqBDgCigQ4A7YEOAPmBDgBAgg4ARoIOAJOCDgCZgg4A5oIOAOuCDgCMgw4AEoMOADmDDgBBgw4AbpEQAJKDDgDBkRAA9YMOADKEDgA0hA4AhYQOAJKEDgDYhA4A34QOACuFDgAzhQ4AfoUOAI6FDgDRhQ4A04UOACSGDgAyhg4Ad4YOAIiGDgBnkhAA0YYOALqSEAArhw4AcIcOAHqHDgDDhw4AzocOABaIDgAeiA4AaYgOAHWIDgC8iA4Az4gOAA+JDgAdiQ4AYokOAGyJDgC1iQ4AvYkOAAiKDgAXig4AW4oOAGCKDgCuig4AtYoOAAGLDgANiw4AYJMQAI+LDgCniw4A4osOAPqLDgACjA4As5MQAHWMDgCgjA4ArIwOAPOMDgD5jA4ARo0OAEyNDgCZjQ4Ano0OAOyNDgDyjQ4ABpQQAECODgCSjg4AmI4OAOWODgDqjg4AOI8OAEePDgCLjw4Al48OAN6PDgDhjw4AMZAOADSQDgCEkA4AjJAOANeQDgDmkA4AKpEOAC+RDgB9kQ4Ak5EOANCRDgDRkQ4AI5IOADSSDgB2kg4AgpIOAMmSDgDTkg4AHJMOACiTDgBvkw4AdpMOAFmUEADSkw4AFZQOACGUDgBolA4Ad5QOALuUDgDPlA4ADpUOAB2VDgBhlQ4AcpUOALSVDgDAlQ4ArJQQAAmWDgBalg4AaJYOAK2WDgC+lg4A/5QQAAaXDgBTlw4AX5cOAFKVEACslw4A+ZcOAP+XDgBMmA4AUZgOAJ+YDgClmA4AS5YQAPeYDgBFmQ4AR5kOAJiZDgCpmQ4Al5cQAPeZDgA+mg4ARJoOAJGaDgCdmg4A5JoOAOyaDgDqlxAAPZsOAIqbDgCWmw4A3ZsOAOWbDgA9mBAAPJwOAIOcDgCGnA4A1pwOAOCcDgCQmBAAK50OAHydDgCKnQ4Az50OAOCdDgA2mRAAKJ4OAHWeDgCBng4AiZkQANCeDgAbnw4AHp8OAG6fDgB6nw4AwZ8OAM2fDgAUoA4AHKAOAC+aEAByoA4AuqAOAMagDgANoQ4AFaEOAIKaEABpoQ4As6EOAMShDgAGog4AF6IOAFmiDgBhog4ArKIOAK+iDgD/og4ACaMOAFKjDgBUow4ApaMOALSjDgD4ow4AGKQOAEukDgBTpA4AnqQOAKikDgDxpA4A96QOAESlDgBGpQ4Al6UOAKalDgDqpQ4A9qUOANWaEABJpg4AkKYOAK6mDgDjpg4A6aYOADanDgA/pw4AiacOAJanDgDcpw4A5KcOAC+oDgBFqA4AgqgOAISoDgDVqA4A8KgOACipDgA0qQ4Ae6kOAIipDgAomxAA1KkOACGqDgApqg4AdKoOAIqqDgDHqg4AzKoOABqrDgAgqw4AbasOAHmrDgDAqw4AyKsOAHubEAAgrA4AZqwOAHasDgC5rA4AvqwOAAytDgASrQ4AX60OAHWtDgCyrQ4AtK0OAAWuDgAPrg4AWK4OAGauDgCrrg4AsK4OAP6uDgALrw4AzpsQAGCvDgCkrw4Ara8OAPevDgABsA4ASrAOAFiwDgCdsA4AorAOAPCwDgD9sA4AQ7EOAEuxDgCWsQ4AprEOAOmxDgDrsQ4APLIOAEqyDgCPsg4AoLIOACGcEADpsg4AdJwQADqzDgCIsw4AjrMOANuzDgDjsw4ALrQOADi0DgCBtA4Ag7QOANS0DgDXtA4AJ7UOAEe1DgAanRAAhrUOAM21DgDTtQ4AILYOACy2DgBztg4Ae7YOAG2dEADStg4AGbcOAB+3DgBstw4AeLcOAL+3DgDHtw4AwJ0QABS4DgBluA4Ac7gOALi4DgDJuA4AE54QABi5DgBeuQ4AdbkOAGaeEAC7uQ4ABLoOABC6DgBXug4AWroOAKq6DgC0ug4AuZ4QAAK7DgBQuw4AWbsOAKO7DgC0uw4A9rsOAP27DgBJvA4AUbwOAJy8DgCpvA4A77wOAPS8DgBCvQ4ATL0OAJW9DgCdvQ4A6L0OAPe9DgA7vg4AQL4OAI6+DgCkvg4A4b4OAOK+DgA0vw4AQr8OAIe/DgCYvw4A2r8OAOa/DgAtwA4ANcAOAF+fEACEwA4ATAEAAIjADgC9GxAAjMAOADdPDQDfwA4AwQgAAC7BDgARxA4A0sIOANMpAAAcww4AxSsAACHEDgBcOgAAusQOAEc9AAANxQ4AYkUAALLFDgBHLg4As8UOAPpHAAC3xQ4AT24DALrFDgDy0AYAB8YOAM9ZAACtxg4A+F8AAADHDgD3awAApccOAHNyAAAEyA4ANHsAAEzIDgByfgAAncgOAFaCAABJyQ4AaosAAAbKDgA6yg4Ah8wOAFDKAAB8zQ4A/NUAAM/NDgAQ3wAAdc4OAFTtAAAjzw4AaPYAAI7PDgC79gAAv88OAA73AAAc0A4A5PwAAMDQDgCD/gAAEtEOAGADAQDO0Q4AIQwBAA7SDgD3EQEAdNIOAKjSDgAX0w4ATtMOAFbTDgCh0w4ArdMOABkZAQD80w4AsRsBALbUDgDt1A4A9dQOAEDVDgBC1Q4A0yIBAJ/VDgCpKAEAQdYOAL0xAQCR1w4AYUoBADPYDgDyTQEAR9gOACLqDwBP2A4AMOgPAKPYDgBFTgEA19gOAJFPAQA22Q4A1lEBAHzZDgDBVAEAztkOALNWAQDP2g4A22gBADDbDgBp2w4AcdsOAC5pAQDL2w4Ac2sBAGfdDgAQhQEAtt0OAAHeDgAR3g4AY4UBALPeDgBHiQEAAt8OAE3fDgBd3w4AmokBAP/fDgAIkgEAPuIOAMYRAgBC4g4AZRMCAEbiDgBupwEAUuIOAFYhAgDm4g4AEBwQAOfiDgAFygoA6uIOAFmqAQD64g4AOfIKADnjDgCaJw8ATeMOAKyqAQBd4w4A6FwQAIvjDgD/qgEAjuMOABl5CwA25A4A3K8BAInkDgAvsAEAMeUOAFi2AQDS5Q4AgbwBAHjmDgBlwAEAxeYOABXnDgAh5w4AC8EBABboDgBh6A4AZOgOAE8vDABt6A4Ah8cBAMnoDgAfygEAKOkOAFrpDgCx6Q4AOt8LAL3pDgAQ2AEA1+kOAArNAQAM6g4AM9MBALLqDgC91wEAWOsOAAnZAQC76w4AXNkBAFXsDgAC2gEAoewOAPvaAQCf7Q4ACOUBAEDuDgAUDwsAQ+4OAOXpAQBF7g4AYK8MAJLuDgChHxAApO4OAN3uDgA47w4Ag+8OAEzvDgDy8wEAhu8OAFSgCwCN7w4AB6sLAJDvDgBBiwsAnu8OANfrAQCk7w4Au6kLACvwDgAO8AEAUfAOACJZDACK8A4ArfEBANvwDgCm8gEAJvQOAM4EAgBuAQ8ABM8LAA4CDwCx1QoAFAIPANyoAgBNAw8A+eMPAFIDDwDwAw8AZgMPANsGDwBuAw8A3ecPAHIDDwBsuAIA8gMPACAlCwD0Aw8ARqILAPUDDwAWwAYA9wMPAGgYCAD6Aw8Av7gCAP8DDwASuQIAAQQPANIZBAAkBA8AxWIEAEEGDwD8xwIA4wYPAC4HDwAvBw8A+k0LADgHDwAQhA0APQcPAP26DgBNBw8Aam4QAIsHDwDZzAIAfQgPALr0AgCACA8AVK4JAIEIDwDl4gIAgwgPAPvTAgCECA8AftkCAIYIDwAi6wMAhwgPAMPbAgCICA8AYekCAIkIDwCT1gIAiggPAOvmAwCQCA8Art4CALUIDwBUiw4AugsPALYkAwC+Cw8Al/kCAMILDwCWcwsAFwwPANz7AgBUDg8AAxoDALUPDwBpLwMAWxAPACM5AwAHEQ8ABz0DAEQRDwA3QgMAPBIPAIcSDwCJEg8AGlIDAN8SDwDAUgMA5hIPAFhVAwDaEw8APFkDAN8TDwAuaA0A4hMPAPkpBgDjEw8Aj2YNAHsUDwALYAMA1BQPAB8VDwAtFQ8AUGIDAG4WDwDncAMAvhcPAD+IAwBeGA8AWpADABUZDwBWGQ8AURoPAJeYBABSGg8AsbMDAFkaDwCH8AcA+BoPAJW3AwD8Gg8AHv8HAPEbDwD7zAMA8hwPAAHYAwCcHQ8AP9sDAE8eDwCGHg8Ajh4PANkeDwDoHg8AtOIDAIgfDwBuDgsAix8PAOTnAwDaHw8AJSAPAO4fDwCt4g8ALyAPADfoAwDTIA8Auu0DAC0hDwCs7wMAGiIPAFH8AwAcIw8AeQ4EAGsjDwDdlA8A0iMPAAkkDwARJA8AXCQPAGkkDwBjRgoAbSQPALcRBAB0JQ8AYx0EAK4lDwCMIwQAVSYPACMyBABaJg8Ao5IIAFsmDwA0lggAXSYPACCNCAC9Jg8A9CYPAPwmDwBHJw8AnCcPALblCwCiJw8AAOMPAKQnDwAONQQApicPAB92DQC9Jw8AF24QANsnDwC9gw0A9ScPAPk3BABqKA8AkygPAPAoDwApPQQAmykPAJ5EBAA1Kg8AX00EAJIqDwC/VwQAlCoPAKRPBACIKw8AV1oEAIYsDwAKZQQAzSwPAOdpBADPLQ8AXHEEADIuDwBpLg8AhS4PALwuDwDLLg8AqHIEAMowDwABMQ8ACTEPAFQxDwBjMQ8AfJAEALAxDwDxlwQAojIPAAygBACtMg8AidgHAPYyDwBKowQA8TMPAGS3BAD7Mw8ASa8EAFQ1DwCLNQ8AkzUPAN41DwDjNQ8A38kEAO01DwDEwQQA2jcPAJjfBADSOA8ApekEAIs5DwDCOQ8AyjkPABU6DwAbOg8A/vQEAH46DwCP+AQAJDsPAI4EBQBlOw8ASA4FABY8DwAsEgUAvDwPAPQZBQBvPQ8Apj0PAK49DwD5PQ8ACD4PAJkmBQAJPg8ADi4FACI+DwBFMgUAqz4PAAcvBQD6Pg8ART8PAE8/DwBaLwUAWkAPAJFADwCZQA8A5EAPAO1ADwCQPwUAQUEPAIJBBQD5QQ8AMEIPADhCDwCDQg8AhEIPAIhMBQCIQg8ADJkFAIlCDwCHWAUAkEIPAP1TBQCSQg8ABUcFAIZDDwCVVgUAf0QPACxlBQDSRA8AY2kFACFFDwBcagUAz0UPAHdyBQCDRg8AukYPAMJGDwANRw8AF0cPAD96BQBjRw8ADoEFACJIDwBZSA8AYUgPAKxIDwC5SA8ARYUFALtIDwD/jgUABEkPACmJBQCtSQ8AgpQFAA1LDwBESw8ATEsPAJdLDwCmSw8Ac6IFAJVNDwBxugUA+E0PAC9ODwBLTg8Agk4PAI9ODwC9uwUAl08PAM5PDwDWTw8AIVAPACRQDwDszAUA+1APAJHZBQBwUQ8Abt4FAHRRDwCRtgoAIFIPAOrkBQBpUg8AzugFALxTDwBX+QUAEVQPAIf+BQAGVQ8AE4MIABpVDwDAgggAbVUPAKRVDwCsVQ8A91UPAPpVDwBPBgYAZlYPAJ1WDwClVg8A8FYPAP9WDwDgCQYATlcPAFwQBgDkWA8AYScGAJRZDwDdLQYAnVoPANRaDwDcWg8AJ1sPADBbDwBENwYAhFsPADY5BgAvXA8ABUAGAIxcDwASSgYAHF0PAIBSBgDCXQ8A4FwGAGheDwDfaAYAFV8PAGJuBgBoXw8AoHEGAL1fDwDedAYAxmAPAP1gDwAFYQ8AUGEPAF9hDwAUhQYAq2EPAPZhDwAFYg8A8YkGAKtiDwDHjwYA/GIPAASfBgD+Yg8ALpkGAARkDwA7ZA8AQ2QPAI5kDwD9ZA8ANGUPADxlDwCHZQ8AlGUPACyxBgDnZQ8AxLMGADtmDwBVtwYA1WYPAH69BgCFZw8AoMQGACpoDwC62AYAbmkPAI/qBgDDaQ8AXvEGAGlqDwBW/gYAD2sPAKgKBwC2aw8AyhEHAB9sDwBWbA8AXmwPAKlsDwC2bA8AYhQHAGttDwCibQ8Aqm0PAPVtDwBLbg8AtCAHAP1uDwBMIwcAsG8PAOdvDwDvbw8AOnAPAERwDwANLAcAm3APAKwtBwDvcA8AiTIHAD1xDwDANgcA4nEPAPc6BwDecg8AzUAHAC1zDwB4cw8AenMPACBBBwA6dA8AcXQPAHl0DwDEdA8A2XUPABB2DwAYdg8AY3YPAHh3DwCvdw8At3cPAAJ4DwAMeA8AP2wHAMR4DwD7eA8AA3kPAE55DwBYeQ8AWIwHAGR5DwDIfAcApnkPALp+BwD+eQ8AKIcHAEl7DwARogcATXsPAFCZBwChew8AJp8HAOd7DwAYoQcAlnwPAAOkBwDifA8A7qYHAI99DwAerAcA5H0PAEeyBwCKfg8AMrUHAN1+DwCFtQcAQH8PAHd/DwB/fw8Ayn8PANl/DwAduAcAfYAPAHbDBwDTgA8A8skHANiBDwAPgg8AF4IPAGKCDwBxgg8ABtMHAF6DDwCugw8AyIMPAPDhBwAdhA8AVIQPAFyEDwCnhA8AtoQPANTlBwAvhQ8Ac+cHALyFDwDzhQ8A+4UPAEaGDwCohg8ABOsHAEuHDwCA8QcApIcPALf1BwA/iA8As3gIAEKIDwBB+gcAkogPADr7BwCOiQ8ADw0IAOGJDwCLEwgAMYoPAIQUCAA/iw8AdosPAH6LDwDJiw8A1YsPAHwhCAAkjA8Ab4wPAHOMDwDIIggA0owPAGckCACEjQ8Au40PAMONDwAOjg8ANo4PALIxCABmjg8A1DgIANCODwCVMwoAD48PAFqPDwCQjw8ABD4IACOQDwBTkA8AT5EPAH5cCABMkg8AtGwIAJmTDwDkkw8AAJUPADCVDwBPlQ8Ag5UPAOaVDwBKhwgAhJYPAHqMCAAomA8AZx0JACqYDwBdnAgAF5oPAPupCABjmg8AHbEIAGqaDwAyrggAVZwPAOvDCABXnQ8Ans4IAJ+eDwDqng8AIZ8PABLiCACsnw8A458PAOufDwA2oA8ARaAPANrpCADhoA8AXe8IADehDwCCoQ8AuaEPAKLxCAAwog8AM/UIALKiDwCG9QgAIKQPAFQICQAfpQ8AIw8JABimDwA+FwkAe6YPAJEXCQDBpg8A5BcJAF2nDwBLIQkAVagPAPcsCQBUqQ8A9UQJAAyqDwBDqg8AS6oPAJaqDwCgqg8AqE8JAF6sDwABWwkAg60PAPF0CQDdrQ8AdHoJAHyuDwDiggkA3a4PACCGCQAksA8A0pwJAH6wDwC/sA8AwbEPALyrCQBusw8ATLsJAAK0DwApwAkAXbQPAGfDCQAStQ8ASbUPAFG1DwCctQ8A8bUPANXLCQAEtw8AO7cPAEO3DwCOtw8AtrcPAHrYCQA9uA8Ao94JAI+4DwDauA8A6LgPAEnfCQAzuQ8AjuEJAOC5DwBr5gkAJ7oPAE/qCQAouw8ACfQJACu7DwCv9AkAeLwPAFQBCgDDvA8AoAIKAB69DwDeBQoAbL0PAHYICgC6vQ8AyQgKAC6+DwBdvg8AH78PABsVCgB+vw8AbhUKAKrADwD1wA8AJ8EPAJAcCgAswQ8A6hsKAPPCDwB0IAoASsMPALIjCgCaww8A/iQKAJPEDwAnKwoA3sQPAAsvCgCexQ8A0sUPAJTGDwDLxg8A08YPAB7HDwArxw8A2UEKAH7HDwDERAoAJMgPAE5JCgDcyA8AEMkPAHXJDwDl2g8AgskPALbJDwBoyg8ARlYKAGrKDwABVAoAFMsPAFXLDwC2yw8AWl8KAF7MDwCzagoAsM0PAC59CgBLzg8AEoEKAKHODwDohgoA9M4PAAOPCgBGzw8A/I8KAOXPDwB/lQoAodAPANjQDwDg0A8AK9EPAJzRDwB3ogoAetIPAKCoCgCH0w8AWrIKACbUDwB1ugoA2NQPAA/VDwAX1Q8AYtUPANHVDwAI1g8AENYPAFvWDwAE1w8AU+MPAAnXDwBU1w8AC9cPAEh8DQAd1w8ASBQQAF7XDwCrygoAANgPAC7QCgD02Q8AGN8KAE7aDwBr3woAOdsPANnnCgA93A8ATu8KAFXcDwAZcgwAjNwPANfcDwD13A8Aoe8KAH7eDwBhSQ0A0d4PALRJDQA43w8Ab98PAHffDwDC3w8ANeAPAJn8CgDD4A8ALDsLAGLiDwA/LRAAW+MPAH3yDABv4w8A9loQAH/jDwCm4w8A0uMPAEkdDQAl5A8ATOQPAKLkDwBRThAADuUPAEXlDwBN5Q8AmOUPAPflDwDqFAsAWuYPAJHmDwCZ5g8A5OYPAEPnDwAUWwwAoOcPAPRCCwDc6A8ApV4MAOLoDwCkHgsAQ+kPADwhCwAq6g8AdeoPANDqDwAqgxAAI+wPAFAqCwAt7A8ABCkLABntDwDhLQsAz+0PAAbuDwAO7g8AWe4PAKzvDwCiNgsArfEPANhGCwBF8g8AKlMLAJXzDwBnYgsAjPQPAKVlCwDR9Q8ARkgMANT1DwATFAwA2PUPALJvCwDe9Q8AMFcMAHz2DwDH9g8A0fYPAI90CwDc9w8AE/gPABv4DwBm+A8ADvkPADSBCwBk+Q8AxYQLAFn7DwDLjwsArPsPAPf7DwAD/A8ACZMLAKn8DwBHlgsAS/0PAJb9DwCt/Q8Ad5sLAHUCEAC6tQsAHgMQAES6CwBnBRAA2tQLABYGEABXBhAACgcQABDlCwANBxAAxOMLAAQIEABV5wsAvwgQAO8IEAANCRAA5uoLAGYJEAAP8QsA9gkQAGLxCwBJDBAAgAwQAIgMEADTDBAA3QwQAJ8ADAAnDhAAcg4QAHUOEAAvEAwAJA8QAMATDAAZEBAA8BgMADwQEAA6aRAAgBAQADwaDAANERAAXREQAAYSEACBHAwADRIQAMYeDACuExAAnCQMALATEAAGsAwAUBQQAJsUEADqFRAAqw8NAEYWEABBMQwAjRcQAHBCDACQFxAAi0oMAJUXEADgMgwAoRcQAO08DAAsGhAAd0EMANIaEABNRwwAHBwQAB3oDAA4HBAAqlkQAGscEAC2HBAAuRwQAIRLDAAZHRAAI00MAGgdEAAcTgwAtx0QAAIeEAAMHhAAb04MAKQfEADyUwwAqx8QAORVDABKIBAA3VYMAMMhEABuWgwAQSIQAKxdDADJIxAAXWQQAEAkEABVhg0AfyQQAM1wDADWJRAA/XUMACUmEABwJhAAiSYQAEl3DADGJhAAFicQAI0nEADTewwAMygQAMx8DADZKBAAGH4MAGMpEACuKRAAuCkQAKmBDABVKhAA3U8NAFwrEAAXigwARC0QANiSDAApLhAAOC4QAHwuEACLLhAA0jAQAGiiDADcMBAAiqkMAHgzEACesgwAyTMQAJezDAAWNBAAPbQMAGQ0EACJtQwAXTUQAM63DABbNhAApjYQAAE3EABMNxAA8zcQAJa/DABNOBAAmDgQAPM4EAA+ORAA5zkQAGzFDACSOhAA3ToQADg7EACDOxAAhDwQAJzKDADbPBAA6MsMAH09EADIPRAA2D0QADTNDACRPhAAwT4QAHA/EAC+0QwAxj8QAFbUDAAxQBAAYEAQAGdDEABi6gwABkUQAJLvDACsRRAA3vAMAFJGEAAq8gwAz0gQAOMHDQB5ShAAWA8NAGdLEACWEg0AEU0QAAsaDQC0TRAAoxwNAFZPEADoHg0Ac1AQAB8jDQCZUBAAviQNAPFQEAChchAARVEQAFYnDQBIURAASCkNAJJREADiURAA/lEQADVSEACLUhAA21IQAPdSEAAuUxAAiVMQANRTEADeUxAAmykNAC9UEABElxAAgFQQAHguDQCBVRAArzINAMlVEABHNQ0AIVYQAPRyEAAnVxAAqIYNAMRXEADzQA0AWVsQAKz8DQCfXBAA6lkNAJFdEAAbUw0AQF4QABRUDQAxXxAA+FcNAIFgEADMYBAA1mAQAChdDQCAYRAAwF8NAKFkEACwZBAA9GQQAANlEABHZRAAVmUQAJplEACpZRAA7WUQAPxlEABAZhAAT2YQAP5mEACIZw0AZGcQAJtnEAAKaBAAQWgQAKJoEADGag0AZWkQAI1pEAC4aRAA4GkQAAtqEAAzahAAXmoQAIZqEADhahAALGsQADFrEABXbg0Ae2wQABF4DQAjbhAAppcOACduEAAHlg4A3G4QABBvEACCbxAA4H4NAL9vEAAXgw0AKHAQAFxwEAAKcRAAVXEQAGVxEAAJhQ0AtHEQAAKGDQAQchAAvXwOADt2EABewA0AkXYQAATBDQCGdxAAM9INACx4EACv2A0A0ngQAH7fDQB4eRAAAeUNAB56EAAj7A0AxHoQAK3wDQBqexAAN/UNABB8EACz+w0AunwQAKX9DQAbfRAAVH0QAFx9EACnfRAAmoAQAOWAEAADgRAA6QsOACuEEAC9KQ4AlIQQAKEtDgAohRAA5i8OAHeFEAB+Mg4AyYUQABY1DgAahhAA+jgOAHiGEADsOg4A14YQAA6HEABjhxAAkUcOAMCHEAAwSQ4AHIgQAMhLDgBiiBAAnlEOAByJEADVVQ4ARY0QAJVqDgDmjhAAOncOADWPEAAzeA4AhI8QAM+PEADTjxAAhngOACqQEAB1kBAA0JAQABuREADJkRAAFJIQAHOSEADKhg4AwpIQAA2TEAARkxAAHYcOADaUEAA/jg4ACJUQAACXDgBVlRAApZUQANCVEAD4lRAATpYQAJ6WEADJlhAA8ZYQAFuXEADymA4A7JcQADebDgBHmBAAMJwOAJiYEADjmBAA85gQACmdDgA/mRAAIp4OAIyZEADcmRAAOZoQAGegDgCSmhAAYKEOAImbEAATrA4ALZwQAOKyDgB8nBAAx5wQANecEAA1sw4AcZ0QAMa2DgDQnRAAErgOACGeEAALuQ4Abp4QALG5DgC8nhAADJ8QAA==","fail":"AAAAAAAAAACbhAAAIqYBAMXRAAAQYgYAGB4CANgPBwCZ6AEAqTULAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAAAAAACZ6AEAvyYLAEUdCADtkAAA8Q0AAJnoAQAZ0woAbNMKAL/TCgAS1AoARAACAIliDADcYgwA9rUDAAAAAAAQYgYAGB4CABgeAgBzXQMAqwkCAP4JAgBWLgwAc3EMAM6qAgAhqwIAShIBAIntBABlbA0Ac10DAJnoAQBu5QQAda0AAMitAAAbrgAAbq4AAMGuAADxDQAAmegBAKk1CwDgqAcAGB4CACwnAgCjAQUASugGAAAAAAAQYgYAmegBAOl6CgCZ2gMASgsCAJm3CACs/QEAm4QAAAQVAgCo2Q0A+9kNAOWPAgDvJQAAmegBAJYnCgDpJwoAAUcAACPYBADtkAAAQJEAAPmYAgAQ+ggAY/oIAJnoAQC/JgsARR0IAO2QAADxDQAAmegBABnTCgBs0woAv9MKABLUCgC6YgsADWMLAFMAAABTAAAAziYJABgeAgABRwAAmegBALpiCwCRogEAAAAAAO2QAABKCwIA8Q0AANQdAACrFwAA2A8HACsQBwCIwgAA28IAAC7DAACo0wIAw9sCABbcAgC9nwkApBgAADx7CgBJJAwATAEAAJ8BAADyAQAARQIAAJgCAAC6YgsADWMLAFMAAABTAAAAJYIBAPwTBADtkAAAIq0AABgeAgBrHgIAwOoFAJnoAQCpNQsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAADgoQgAM6IIAAAAAAC9iwAA2nQBABgeAgAsJwIA8Q0AAJnoAQAlggEA/BMEAE8UBABTAAAAmokBAO2JAQBAigEAk4oBAOaKAQA5iwEAjIsBAAAAAACo0wIAuvQCAJGiAQDkogEAN6MBAGmkCgCO2goA4doKABnTCgBs0woAv9MKABLUCgBEAAIA6ScKABArAgACqQgAVakIAKipCADYDwcAmegBAO9wDQC8sggAmegBAFYuDABL/g0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAAAAAAJm3CACE/woAumILANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAOChCAAzoggAAAAAAL2LAADtkAAA8Q0AALFnAgC/2gkA2A8HAJnoAQC6YgsAqS8AAPwvAABPMAAAojAAAE3tDACs/QEAm4QAACKmAQDUHQAA2A8HAJnoAQCpNQsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAKsJAgD+CQIArP0BAP/9AQBS/gEApf4BABnTCgBs0woAURgAAKQYAAA8ewoASSQMAEwBAACfAQAA8gEAAEUCAACYAgAAxdEAAAUJAgBeGg0AsRoNAOl6CgAIPwEAWz8BAPmYAgDadAEA2A8HAFFjDQDpegoAPHsKAEkkDABMAQAAnwEAAPIBAABFAgAATe0MAKz9AQCbhAAAIqYBANQdAADYDwcAmegBAKk1CwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAqwkCAP4JAgCs/QEA//0BAFL+AQCl/gEAGdMKAGzTCgBRGAAApBgAADx7CgBJJAwATAEAAJ8BAADyAQAARQIAAJgCAADF0QAABQkCAF4aDQCxGg0A6XoKAAg/AQBbPwEA+ZgCANp0AQDYDwcAUWMNAJuEAAAipgEAHS4DAKjTAgC69AIAqS8AAPwvAABPMAAAojAAAE3tDADxDQAA1B0AACceAAB6HgAAzR4AACAfAABN7QwA7yUAANUsCAAYHgIACe0KALFnAgBN7QwAShIBADgaBwDxDQAAkaIBACdxAABZCgwA05AJAG/7CwCT1gIAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAA6XoKADx7CgBJJAwATAEAAJ8BAADyAQAARQIAAJgCAABKEgEAJ70BAPENAACxZwIAmegBAKz9AQD7hg0AqTULAO3ABQC6YgsA5jYNACPYBAB22AQALXUBAAAAAAAirQAAIq0AAO2QAADxDQAAkaIBAJnoAQC/JgsAUWMNAKsXAADnHQMA7ZAAANgPBwCZ6AEA7OgBABgyCwAYHgIAmegBAL2LAADxDQAA1B0AAJnoAQAAAAAAqxcAAH0/AgCpQwkA/hcAAMXRAACrFwAAmegBAL8mCwArEAcANboNAIi6DQCs/QEAm4QAACKmAQDUHQAAAAAAABgeAgBKCwIAm4QAAO6EAABBhQAAlIUAAOeFAAA6hgAA/CgBANgPBwBRYw0AqxcAAOcdAwDtkAAA2A8HAEoLAgDtkAAAQJEAAJrjAAAZuAIArP0BAJuEAABK6AYASgsCANgPBwCs/QEASgsCAO2QAABAkQAAmuMAABm4AgC9iwAArP0BACWCAQD8EwQAIq0AAJnoAQB9PwIA0D8CACNAAgCZ6AEA4KEIADOiCAABRwAAI9gEAHbYBADtkAAA+ZgCAEyZAgCfmQIAmegBAGmkCgCO2goA4doKABnTCgBs0woAv9MKABLUCgCpNQsA4KgHADOpBwB4ggEAxdEAAO2QAACrFwAA/hcAAHc7AQDKOwEA8Q0AAClfCwBTAAAAUwAAAM4mCQAYHgIAAUcAAL/aCQDYDwcASgsCAJuEAACIwgAA28IAAC7DAABKCwIAShIBAJ0SAQCpPAoAAAAAACWCAQD8EwQA7ZAAAKsXAAABRwAAmegBAL8mCwBFHQgA7ZAAAPENAACZ6AEAGdMKAGzTCgC/0woAEtQKALpiCwANYwsAUwAAAFMAAADOJgkAGB4CAAFHAACZ6AEAqTULAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAAEscAAAg/AQBbPwEAAUcAANMbAgAirQAAnbgBAAQiDACZ6AEA4KEIADOiCAAAAAAAvYsAAO2QAADxDQAAsWcCAL/aCQDYDwcAmegBAKz9AQBzXQMAmegBALpiCwDUHQAAJx4AAHoeAADNHgAAvYsAAAFHAABURwAAp0cAAKsXAAABRwAAAXcFACKtAAApngIAVS0CAAF3BQAQYgYAvLIIAJnoAQDpegoAJYIBAL2LAABF9AEA2nQBAC11AQCZ6AEAm4QAAIjCAADbwgAAXdQAAKk1CwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAOChCAAzoggAAAAAAL2LAADadAEAGB4CACwnAgAAAAAAGB4CAD5xCAC8sggARfQBAFMAAACmAAAA+QAAAJnoAQAAAAAAUwAAAKYAAAD5AAAATAEAAJ8BAADyAQAARQIAAFfCAQCqwgEAbuUEACmeAgB8ngIAz54CAEnRCwCc0QsA79ELAMXRAADadAEAVl8FAFRHAACsZAsA1sYIAAFHAACZ6AEAqTULAGVsDQBzXQMAmegBAOl6CgA8ewoASSQMAEwBAACfAQAA8gEAAEUCAACYAgAAbuUEAMHlBAAU5gQA7yUAANUsCABF9AEAvYsAABgeAgAsJwIAGB4CAJnoAQBu5QQAda0AAMitAAAbrgAAbq4AAMGuAAAUrwAAumILANQdAACrFwAAAUcAAJnoAQCpNQsAiMIAANvCAAAuwwAAqwkCAP4JAgCs/QEA//0BAFL+AQCl/gEAGdMKAGzTCgBRGAAApBgAADx7CgBJJAwATAEAAJ8BAADyAQAARQIAAJgCAABppAoAjtoKAOHaCgC6YgsA1B0AAAAAAACbhAAAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAO8lAACzqQEABqoBAFmqAQDpWAMAqTULAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBABArAgACqQgAVakIAKipCAD7qQgATqoIAKGqCACpNQsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAL/aCQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQBKEgEAOBoHANr+BQCFYgcAm4QAAGVsDQDnHQMA9rUDAEoSAQCZ6AEAAAAAACKtAACduAEA530NADp+DQCrFwAAECsCAGMrAgC2KwIAkAgBAKjTAgCQCAEAm4QAAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAADvJQAAs6kBAAaqAQBZqgEAAAAAABBiBgC8sggARfQBAJj0AQDxDQAA1B0AANr+BQBh1AUAtNQFAAViDQBWXwUA5yQCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAIusDAHXrAwDI6wMAG+wDAG7sAwDB7AMAFO0DAGftAwC67QMAeiQLAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAALXUBACceAAB6HgAAzR4AACAfAAAsJwIAQJEAAJrjAAAZuAIAqTULAIjCAADbwgAALsMAAIHDAADUwwAAJ8QAAHrEAADNxAAAIMUAAHPFAADGxQAAGcYAAGzGAAC/xgAATogBAKGIAQD0iAEAR4kBAEoLAgAYHgIALCcCAH8nAgBeEw4A8Q0AANQdAADYDwcAmegBAE3tDACX/w0AJYIBAHiCAQDLggEAHoMBAHGDAQDEgwEAxdEAAAUJAgBeGg0AsRoNAOChCAAzoggAhqIIANmiCAAsowgAf6MIAJnoAQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQCpNQsAiMIAANvCAAAuwwAAgcMAANTDAAAnxAAAesQAAM3EAAAgxQAAc8UAAMbFAAAZxgAAbMYAAL/GAABKEgEAOBoHANr+BQCFYgcAm4QAAGVsDQDnHQMA9rUDAAFHAABKCwIAm4QAAOCoBwAzqQcAeIIBAMXRAADtkAAA2A8HAJnoAQBN7QwAGB4CAD5xCACs/QEAm4QAAKz9AQAlggEA4RgOAJuEAACIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAA7ZAAAECRAACa4wAAGbgCAO6EAABBhQAAlIUAAOeFAAA6hgAAhoABANmAAQAsgQEAf4EBANKBAQBRYw0AQJEAAJrjAAAZuAIAodsBACKtAADtkAAAUwAAAAFHAAABdwUAEGIGAJnoAQAAAAAAAAAAAAAAAADpWAMA4KEIADOiCACjAQUAIqYBAEQOAAC8sggAqNMCABQJAAC9iwAA8Q0AANQdAAAnHgAAqxcAABArAgBjKwIAtisCACnACQB8wAkAz8AJAOl6CgA8ewoASSQMAEwBAACfAQAA8gEAAEUCAACYAgAAGdMKAGzTCgC/0woAEtQKAKk1CwDgqAcAM6kHAHiCAQDF0QAA7ZAAANgPBwCrFwAA/hcAAFEYAACpNQsAY4sMAEGFAACUhQAA54UAADqGAACNhgAAVi4MAHNxDAAKhwsAVi4MAEv+DQDadAEA9rUDAEm2AwD5mAIAmbcIAKxkCwDxDQAAsWcCAMXRAADadAEAVl8FAFRHAACZ6AEA4KEIAGseAgCs/QEArP0BANp0AQBWXwUAShIBAAAAAACZ6AEA7OgBAD/pAQCS6QEA5ekBAJnoAQDpegoAJYIBAOEYDgCbhAAAIqYBANQdAABu5QQAhWIHANhiBwArYwcAfmMHAJnoAQBzXQMAxl0DABleAwAYHgIAmegBAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBACz5wQAyJgDABuZAwBumQMAQGAHANQdAAA7JgwAAUcAAAF3BQAtdQEARfQBAAAAAACrFwAA+ZgCAEyZAgCfmQIA/BMEANgPBwArEAcA7oQAAEGFAACUhQAA54UAADqGAACGhgwA0D8CACNAAgDadAEA2nQBAEX0AQCrFwAAECsCAH3CBwC9iwAAGB4CACwnAgDgEAUARR0IAO2QAADxDQAAf4cMAP4XAAB3OwEAShIBAIntBABVLQIAIq0AANgPBwBRYw0AqxcAAOcdAwDtkAAAAAAAABBiBgBF9AEA2nQBAC11AQCZ6AEA7OgBAD/pAQCS6QEA5ekBAOzoAQAYMgsAGB4CAJnoAQC9iwAA8Q0AANQdAAAnHgAAmegBAOzoAQA/6QEAkukBAOXpAQDs6AEAGDILABgeAgCZ6AEAvYsAAPENAADUHQAAmegBAKk1CwCIwgAA28IAAC7DAACBwwAA1MMAACfEAAB6xAAAzcQAACDFAABzxQAAxsUAABnGAABsxgAAv8YAAE6IAQChiAEA9IgBAEeJAQCZ6AEAvYsAAPENAADUHQAAJx4AAKsXAAAQKwIAYysCAPmYAgAQ+ggAY/oIAAntCgBdegEAEGIGALyyCADadAEALXUBAOcdAwDMDgQAJ70BAEoSAQCZ6AEAumILAA1jCwBTAAAAUwAAAM4mCQAYHgIAAUcAAL/aCQDYDwcAmegBAKk1CwCSlQ0A2nQBAJnoAQD5mAIAEPoIAGP6CAAJ7QoAXXoBABBiBgC8sggAmegBAGmkCgAAAAAA8Q0AAJGiAQDkogEAqNMCAPENAAAdLgMAmegBAOChCAA+cQgA1sYIAAFHAAABdwUALXUBAO2QAADxDQAA8Q0AAJGiAQDUHQAAJx4AAAF3BQAQYgYAvLIIAO2QAABAkQAAmuMAABm4AgCbhAAA2nQBAOEYDgCo0wIA5eICAGKsCQBNmgwAoJoMAPOaDABGmwwAmZsMAOybDAA/nAwAax4CAL4eAgARHwIA7yUAALOpAQAGqgEAWaoBAFFjDQBAkQAAmuMAABm4AgAAAAAAm4QAAPmYAgBMmQIABBUCACWCAQCbhAAAZWwNAEX0AQAEFQIAm4QAACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEAuqgBAA2pAQBgqQEAEGIGAEoSAQBTAAAApgAAAAZQAgAFYg0AWGINAEQOAAC8sggA7yUAALOpAQAGqgEABcoKAFjKCgC9iwAAJYIBAAFHAAABdwUAUwAAACWCAQDhGA4ANBkOALOpAQAGqgEABcoKAFjKCgDUHQAAJx4AAJrjAAAZuAIAAAAAAJnoAQCs/QEA//0BAFL+AQCl/gEA+P4BAEv/AQCe/wEA7ZAAAK1LAQA46gEAi+oBAN7qAQAx6wEAhOsBAJYnCgCJYgwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqwkCAP4JAgCWJwoAiWIMADjqAQCL6gEA3uoBADHrAQCE6wEA6DMKACWCAQDhGA4ANBkOAIcZDgDaGQ4AotUMAJ0YDACZ6AEA4KEIAAViDQByHA4AxRwOABgdDgDoMwoAOzQKAOzoAQA/6QEAkukBAOXpAQAAAAAAShgMAJnoAQDgoQgABWINAHIcDgDFHA4AGB0OAOgzCgA7NAoA7OgBAD/pAQCS6QEA5ekBAOzoAQA/6QEAkukBAOXpAQCsqgEA6VgDAI9mDQDiZg0ANWcNAIhnDQDbZw0AAAAAAL2LAAAQjAAA5x0DAFZfBQAEFQIAHO0NANgPBwB9PwIAvYsAABCMAADnHQMAVl8FAAQVAgAw9g0AGB4CAGseAgDA6gUAOBoHAMXRAAAQYgYAGB4CAH0/AgAEFQIAm4QAACKmAQB1pgEAyKYBABunAQBupwEAwacBABSoAQBnqAEArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAAAAADvJQAAs6kBAAaqAQBZqgEAUwAAAO0FCADa/gUAAUcAAL/aCQD5mAIATJkCAJ+ZAgDymQIARZoCAPENAACZ6AEAVi4MAHNxDAAKhwsArP0BAPuGDQAAAAAAqTULAHppDQDNaQ0AIGoNAHNqDQDGag0AGWsNAGxrDQCWJwoAT3sNAKJ7DQD1ew0AqNMCAAAAAAAQYgYAAUcAAKjTAgAirQAAnbgBAPC4AQBDuQEAlrkBAOm5AQAsJwIA4BAFAJnoAQC9iwAA8Q0AAF16AQAtdQEARfQBAJnoAQCi1QwAnRgMAJYnCgAAAAAAJYIBAAAAAAC9iwAAm4QAAOCoBwAAAAAAAAAAAL2LAAABRwAAmegBAMXRAAAFCQIAXhoNAJnoAQCWJwoAAAAAAL2LAACbhAAAmbcIAKxkCwDWxggAKccIAHzHCADPxwgArP0BACLICAB1yAgAyMgIAKz9AQBu5QQAweUEABTmBAAGAw0AWQMNAKwDDQBu5QQAweUEABTmBAAGAw0AWQMNAKwDDQCbhAAAZWwNAAAAAACZ6AEARfQBAJj0AQDr9AEAAAAAAAFHAAC/2gkADG8LAF9vCwAEFQIAIg0LAHUNCwBzXQMAAUcAAL/aCQAMbwsAX28LAAQVAgBXFQIAax4CAL4eAgARHwIAZB8CAPENAAAj2AQAQEQLAL4eAgARHwIAZB8CAAFHAABURwAAGB4CAD5xCADF0QAAAAAAABgeAgAsJwIAe7EBAHcfBQDa/gUAAUcAAPENAAAEFQIA4RkCADQaAgCHGgIA2hoCAC0bAgCAGwIAAUcAANMbAgDWUA0AVEcAABgeAgA+cQgAEGIGAAQVAgDhGQIAVEcAABgeAgA+cQgAxdEAAAAAAACbhAAA2nQBAPa1AwDUHQAASgsCAO2QAABAkQAAmuMAABm4AgAEFQIA4RkCAFRHAAAYHgIAPnEIAMXRAAAEFQIA4RkCAFRHAAAYHgIAPnEIAHNdAwBTAAAA7QUIAO2QAABAkQAAmuMAABm4AgDtkAAA7yUAAEImAABAkQAALCcCAKsXAAAirQAA7ZAAAO2QAABAkQAAmuMAABm4AgCbhAAAwOoFADgaBwDtkAAAQJEAAJrjAAAZuAIAAUcAAAFHAAAj2AQAdtgEAKz9AQD//QEAUv4BAL/aCQDtkAAAQJEAAJrjAAAZuAIAShIBADgaBwABRwAAVEcAAKxkCwDYDwcAUWMNAECRAACa4wAAGbgCACWCAQAlggEAUwAAAM4mCQDadAEALXUBAD81AwCSNQMAtAQLACwnAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAGB4CACwnAgB/JwIA0icCACUoAgB4KAIAyygCAB4pAgBxKQIAxCkCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAA7ZAAAHNdAwDtkAAAQJEAAJrjAAAZuAIA2A8HAFFjDQCtSwEAUa8OAECRAACa4wAAGbgCAAAAAADtkAAAQJEAAD5xCADYDwcAe4AIAPmYAgDadAEA9rUDAF16AQAQYgYAvLIIAO2QAABAkQAAmuMAABm4AgCs/QEAEGIGANbGCAAQjAAA5JsCACWCAQB4ggEAIq0AACmeAgB8ngIA4RgOAECRAACa4wAAGbgCAGVsDQBF9AEA05AJAO2QAABAkQAAmuMAABm4AgAYHgIARfQBAL2LAABKEgEAOBoHAKsXAAABRwAAv9oJALQECwCa4wAAGbgCABBiBgDWxggAAUcAANMbAgDvJQAArP0BABBiBgDWxggAEIwAAOSbAgDxDQAA1B0AAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCbhAAAIqYBAHWmAQCpLwAAKZ4CACKmAQCxZwIAv9oJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBFHQgAY2IGALZiBgD5dQcATHYHAJ92BwDydgcARXcHAJh3BwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BANr+BQBh1AUAtNQFAAntCgBdegEAEGIGALyyCADtkAAAQJEAAJrjAAAZuAIAAUcAAJuEAADuhAAAfT8CABBiBgD5mAIAEPoIAGP6CADvJQAAJYIBAHiCAQDF0QAA7ZAAAECRAACa4wAAGbgCAAF3BQBUdwUAHw8EACWCAQDhGA4AShIBADgaBwCrFwAAAUcAAL/aCQDYDwcAUWMNAECRAACa4wAAGbgCAPENAAApXwsAUwAAAFMAAADOJgkAGB4CAAFHAAC/2gkA2A8HAEUdCABjYgYAtmIGAPl1BwBMdgcAn3YHAPJ2BwBFdwcAmHcHAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAJYIBACWCAQDhGA4ARfQBAIjWCQDgqAcAm4QAAAZQAgBZUAIArFACAP9QAgBSUQIApVECAPhRAgBLUgIArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BABgeAgBrHgIAc10DANp0AQAtdQEAwkECABVCAgBoQgIAl1MCAOpTAgA9VAIAkFQCAONUAgA2VQIAiVUCANxVAgAvVgIAglYCANVWAgAoVwIAe1cCAM5XAgAhWAIAdFgCAMdYAgAaWQIAbVkCAEoSAQCs/QEA+4YNAECRAADvJQAAGDILABgeAgBKEgEAie0EAFUtAgC/2gkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BALyyCAAirQAAYdQFALTUBQAH1QUAWtUFAK3VBQAA1gUAShIBAJ0SAQCpPAoAe4AIAE7oCwDVLAgAIq0AACmeAgBVLQIAAXcFABBiBgC8sggA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAAAAAAm4QAAOCoBwC9iwAA7ZAAAO2QAABAkQAAmuMAABm4AgDYDwcAUWMNAO8lAADVLAgAAo0MAO2QAADYDwcAm4QAAOCoBwAzqQcAhqkHAFYuDABzcQwACocLAKk1CwDtwAUAShIBADgaBwCLGgcArP0BAPuGDQBAkQAAmegBAOzoAQBeEw4AEIwAADYWCwABRwAAAXcFABBiBgC8sggAvYsAABCMAADkmwIAN5wCAIqcAgDdnAIAMJ0CAIOdAgDWnQIABM8LAFfPCwCqzwsA/c8LAFDQCwCj0AsAEGIGAJnoAQDs6AEAQiYAAMXRAACZ6AEAqTULAPw1CwBZUAIArFACAP9QAgBSUQIApVECAPhRAgDxDQAAmegBAFYuDABzcQwACocLAOzoAQBeEw4AEIwAADYWCwABRwAAAXcFABBiBgC8sggAZWwNAKsXAAD+FwAAdzsBAPH/AQDgoQgAM6IIAOAQBQBRYw0A2v4FAHWtAADAWQIABlACACwnAgA+cQgA8qABAFYuDABu5QQAc10DAC0vCwCALwsA0y8LACYwCwDtkAAAQJEAAJrjAAAZuAIAqxcAAAFHAACbhAAAVS0CAAF3BQAQYgYAvLIIAO2QAABAkQAAmuMAABm4AgDVHgoA1SwIAAKNDADCQQIAmegBALpiCwBluQIAShIBAKz9AQAQYgYA2nQBACx6AgCbhAAAVS0CAAF3BQAQYgYAvLIIAJnoAQCWJwoAT3sNAKJ7DQD1ew0A7OgBAD/pAQCS6QEA5ekBAAAAAACZ6AEAaaQKALykCgDjWg0ANlsNAIlbDQDcWw0AlrkBAFUtAgABdwUArP0BACWCAQDhGA4AVi4MAOckAgA6JQIAjSUCAG7lBAApngIAj7MCAOKzAgA1tAIAiLQCANu0AgDhvwIANMACAIfAAgDawAIALcECAIDBAgDTwQIAJsICAHnCAgDMwgIAAAAAAL2LAAAQjAAA5JsCADecAgCKnAIA3ZwCADCdAgCDnQIAbuUEACmeAgCPswIA4rMCADW0AgCItAIA27QCAL2LAADxDQAAVi4MAHNxDADOqgIAIasCAEoSAQCJ7QQAZWwNABnTCgBs0woAv9MKABLUCgBEAAIA6ScKADwoCgDWxggARfQBAEoSAQA4lwEA9rUDAJGiAQBdegEALXUBAEX0AQCZ6AEA4KEIADOiCAABRwAAvYsAABgeAgC/JgsAUWMNANr+BQB1rQAAwFkCAAZQAgAsJwIA4BAFAJnoAQCpNQsAZWwNANgPBwCZ6AEAGdMKAGzTCgC/0woAEtQKAL2LAADxDQAA1B0AAGmkCgC8pAoAgHUBANN1AQAmdgEAeXYBAMx2AQBbkgEA73ANAGNiBgC2YgYA+XUHAEx2BwCfdgcA8nYHAEV3BwDMDgQAHw8EAHIPBADFDwQAGBAEAGsQBADYDwcAmegBAKk1CwBlbA0A2A8HAJnoAQAZ0woAbNMKAL/TCgAS1AoAvYsAAPENAADUHQAAumILAGW5AgC4uQIAC7oCAF66AgCxugIAe1ADAM5QAwAhUQMAdFEDAMdRAwBlbA0A5x0DACKtAACo0wIAVK4JAK+aCgACmwoAVZsKAKibCgD7mwoATpwKAOgeDQBPew0AonsNAPV7DQCZ6AEA73ANANbGCAABRwAAmegBAO9wDQDvJQAAmegBAKz9AQAQYgYA1sYIABCMAADkmwIA4KEIAGseAgDBTQIAFE4CAL/aCQAS2wkAZdsJAAFHAACZ6AEAVi4MAHNxDAAKhwsAqTULAEroBgDYDwcAmegBAMXRAADadAEAVl8FAFRHAACZ6AEA73ANAPmYAgAQ+ggAY/oIAO8lAAAlggEAeIIBALpiCwANYwsAYGMLALNjCwAj2AQAQEQLAJNECwBDiAgAmegBAMXRAADadAEAVl8FAFRHAACZ6AEA73ANAPmYAgAQ+ggAY/oIAO8lAAAlggEAeIIBAEoSAQAnvQEAer0BAM29AQAgvgEAc74BAMa+AQBzXQMAmegBAMXRAADadAEAVl8FAFRHAACZ6AEA73ANAPmYAgAQ+ggAY/oIAO8lAAAlggEAeIIBAL8mCwASJwsA+ZgCANp0AQDYDwcAUWMNAMXRAADadAEAVl8FAFRHAACZ6AEA73ANAPmYAgAQ+ggAY/oIAO8lAAAlggEAeIIBANp0AQAsegIAmegBAOl6CgDOJgkA2nQBAC11AQA/NQMAkjUDALQECwCZ6AEAvyYLAFFjDQBAkQAALCcCAH8nAgDSJwIAJSgCAHgoAgDLKAIAHikCAKk1CwB6aQ0AzWkNAF16AQCwegEAA3sBAEoSAQA4GgcAqxcAAAFHAACZ6AEAVi4MAHNxDAAKhwsAlicKAOknCgABRwAAI9gEAHNdAwCZ6AEAaaQKALykCgAPpQoAGdMKAOcdAwA6HgMAjR4DAEoSAQCJ7QQAJYIBAPwTBAAirQAA7ZAAAKz9AQAQYgYA1sYIABCMAADkmwIA8Q0AAJnoAQDvcA0A1sYIAAFHAACZ6AEA73ANAO8lAACZ6AEA4KEIAGseAgDBTQIAFE4CAAFHAAC/2gkARfQBANOQCQBAkQAAmegBAL8mCwASJwsA+ZgCANp0AQDYDwcAUWMNAKz9AQBzXQMAmegBAAdEAgBaRAIArUQCAH0/AgDQPwIA2A8HAJnoAQCpNQsAVS0CAJAIAQDjCAEAKZ4CAHyeAgDPngIASdELAJzRCwDv0QsAQtILAJXSCwDo0gsAO9MLAI7TCwDh0wsANNQLAIfUCwDa1AsALdULAIDVCwDT1QsAJtYLAHnWCwDM1gsAH9cLAHLXCwDF1wsAGNgLAGvYCwC+2AsAEdkLAGTZCwC32QsACtoLAF3aCwCw2gsAA9sLAFbbCwCp2wsA/NsLAE/cCwCi3AsA9dwLANp0AQAtdQEAwkECABVCAgBoQgIAKP0CAHv9AgDO/QIAIf4CAHT+AgDH/gIAGv8CAG3/AgDA/wIAEwADAGYAAwC5AAMADAEDAHkwCwDMMAsAHzELAHIxCwDFMQsAICULAHMlCwDvcA0AGB4CAJnoAQAZ0woA7ZAAAJuEAAAGUAIAmegBAJYnCgDpJwoA2A8HAJnoAQDvcA0A7yUAAJnoAQBppAoAvKQKAEeBDgBNmwAAAAAAAL8mCwBFHQgA7ZAAAPENAACZ6AEAGdMKAGzTCgC/0woAEtQKAEQAAgCJYgwA3GIMAPa1AwAAAAAAEGIGANbGCACZ6AEAnCsLAO8rCwD5mAIAEPoIAKk1CwBlbA0AuGwNAAttDQBebQ0AsW0NAARuDQBppAoAvKQKAA+lCgBzXQMAxl0DABleAwAYHgIAmegBALpiCwBWwAMAqcADAIYDBwDZAwcAZbkCALi5AgALugIAXroCAG7lBADB5QQABCIMAL2LAABKEgEAqxcAAJnoAQCZ6AEAvyYLAEUdCADtkAAA8Q0AAH+HDACQCAEAAUcAAJnoAQCWJwoAiWIMANxiDAD2tQMAvyYLACsQBwA1ug0AiLoNAKz9AQCbhAAAIqYBANQdAAC6YgsAZbkCAPTvCgBH8AoAmvAKAO3wCgCZ6AEAaaQKAI7aCgDh2goAumILAOY2DQA5Nw0ABlACAAFHAAABdwUALXUBAEX0AQCZ6AEAvYsAAJABAgC9iwAAAUcAAAFHAAABdwUALXUBAEX0AQCZ6AEAvyYLAEUdCADF0QAAaaQKALykCgAPpQoA4KEIADOiCAAgZAIALf8FAPmYAgAQ+ggAY/oIAHNdAwCZ6AEAShIBAJ0SAQCpPAoAm4QAAEroBgB7gAgALXUBAEX0AQCZ6AEA4KEIADOiCADgEAUAMxEFAIYRBQDmbgUAaaQKAI7aCgDh2goAJYIBAHiCAQDRfwMAJIADAHeAAwDKgAMAHYEDAHCBAwBWLgwAS/4NAKdHAABPbgMAom4DAPVuAwBIbwMAIqYBANQdAAA7JgwAmegBAGmkCgC8pAoAD6UKAEoSAQA4GgcAixoHAJ0SAQAYHgIAaaQKAI7aCgDh2goAaaQKALykCgAPpQoAYbEKALSxCgAHsgoA6XoKAAg/AQBbPwEAtFcLAAdYCwBaWAsArVgLAJnoAQDvcA0A7yUAAJnoAQC6YgsA5jYNADk3DQAGUAIAAUcAAAF3BQAtdQEARfQBAJnoAQC9iwAAD7MIAGKzCAC1swgACLQIAFu0CACutAgAAbUIAFS1CABWLgwAc3EMAAqHCwC6YgsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAqTULAFUtAgDvcA0AvLIIAJnoAQC6YgsARA4AAC1ECACARAgA00QIACZFCACZ6AEAUwAAAAFHAAABdwUALXUBAEX0AQCZ6AEAbuUEAMHlBAAU5gQAZ+YEALrmBAAN5wQAYOcEALPnBADImAMAG5kDAGdwCQC6cAkA73ANALyyCACZ6AEAvYsAABCMAADnHQMAodsBAJnoAQC/JgsARR0IAEoSAQCJ7QQA2nQBAC11AQCZ6AEAumILAEQOAAAtRAgAgEQIANNECAAmRQgAmegBANbGCAApxwgAfMcIAM/HCAAiyAgAdcgIAMjICAAbyQgAbskIAMHJCAAUyggAZ8oIALrKCAANywgAYMsIALPLCAAGzAgAWcwIALpiCwDUHQAAJx4AAHoeAADNHgAAIB8AAKjTAgDxDQAAmegBAFYuDABL/g0Ap0cAAPpHAABNSAAAoEgAAPNIAABGSQAAmUkAAOxJAAA/SgAAr5oKAAKbCgCrFwAA5x0DAC11AQBF9AEAmegBAO9wDQC8sggAmegBAJwrCwCsZAsA8Q0AACWCAQB4ggEAIq0AACmeAgB8ngIAz54CAAAAAAAlggEA8Q0AALFnAgAEaAIAVS0CAL/aCQDyoAEAAAAAAAAAAAAAAAAAAAAAAAAAAABPyAIAosgCAPKgAQAAAAAAT8gCAKLIAgAlzgIAweUEAPDMCgBDzQoAls0KAOnNCgA8zgoAj84KAOLOCgA1zwoAc7ADAMawAwAZsQMAbLEDAL+xAwASsgMAZbIDALiyAwALswMAXrMDALGzAwAEtAMAV7QDAKq0AwD9tAMAFOYEAGfmBAC65gQADecEAGDnBACz5wQAyJgDABuZAwBumQMAwZkDABSaAwBnmgMAupoDAA2bAwBgmwMAs5sDAAacAwBZnAMArJwDAP+cAwDnmQkAOpoJAI2aCQDgmgkAM5sJAIabCQDZmwkALJwJAH+cCQDSnAkAJZ0JAHidCQDLnQkAHp4JAHGeCQDEngkAF58JAEX0AQCo0wIAIq0AAJ24AQDljwIAKZcDAHyXAwDPlwMAIpgDAHWYAwDImAMAG5kDAKz9AQCbhAAA8Q0AAFbAAwCpwAMA4RgOAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAl/IDAOryAwA98wMAkPMDAOPzAwA29AMAifQDANz0AwAv9QMAgvUDAMGZAwAUmgMA7OgBAD/pAQCS6QEA5ekBAORVDABhNQQAtDUEAAc2BABaNgQArTYEAAA3BABTNwQApjcEAJYnCgCJYgwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAMXRAACZtwgA2nQBACx6AgDhGA4AbuUEAMHlBAAU5gQAZ+YEALrmBAAN5wQAYOcEALPnBAAG6AQAweUEABTmBABn5gQAuuYEAA3nBABg5wQAs+cEAMiYAwAbmQMAbpkDABgCBgBrAgYAvgIGABEDBgBkAwYAtwMGAGW5AgC4uQIAIq0AAFMAAACZ2gMABBUCACzTDQB/0w0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AAAQVAgCo2Q0AKZ4CAI+zAgDiswIANbQCAIi0AgAirQAAnbgBAOWPAgAplwMAfJcDAM+XAwAimAMAqxcAAP4XAADF0QAA7ZAAAECRAACa4wAAGbgCAPvZDQDljwIAKZcDAHyXAwDPlwMAIpgDAHWYAwDImAMAG5kDANgPBwBFHQgA7ZAAAPENAAB/hwwA/hcAAHc7AQC/2gkArUsBAJ9aCwD2tQMAsWcCAL/aCQC0BAsAmuMAABm4AgCZ6AEAbuUEACmeAgB8ngIAz54CACKfAgDs6AEAP+kBAJLpAQDl6QEAShIBAFMAAADOJgkAGB4CAAFHAAC/2gkAtAQLAJrjAAAZuAIAJYIBAPwTBABPFAQAUwAAAKE8AAAEFQIAHO0NANp0AQCs/QEAQ/AFAGseAgAGUAIAc10DAJnoAQAZ0woAbNMKAL/TCgAS1AoAJYIBAHiCAQDRfwMAJIADAFFjDQDYDwcAqNMCACWCAQB4ggEA0X8DACSAAwB3gAMAyoADAB2BAwBwgQMAVi4MAEv+DQCnRwAAkAgBAFMAAADOJgkA8Q0AALFnAgBF9AEAGB4CACwnAgDxDQAAVsADAKnAAwCQCAEAGGoDAKk1CwBjiwwAQ4gIAJaICADpiAgAPIkIAOChCAAzoggAIGQCAC3/BQAYHgIA2A8HAJnoAQCpNQsASugGAJ3oBgDw6AYAQ+kGAL/aCQC0BAsABBUCAJnoAQBKEgEAOJcBAPa1AwCRogEAXXoBAC11AQBF9AEAmegBAKk1CwDtwAUARfQBANOQCQBKEgEAmegBAGmkCgBWXwUAqV8FAL8mCwBRYw0ApGMNAO0FCAAtdA0AgHQNAPENAACZ6AEA73ANALyyCAAAAAAAqNMCAOXiAgBirAkAtawJAAitCQBbrQkAlicKAE97DQCiew0A9XsNAFYuDABzcQwACocLAG7lBADB5QQAFOYEAGfmBAC65gQADecEANwdCgAvHgoAgh4KAKkuDAC0BAsABwULAFoFCwCtBQsAAAYLAFMGCwCmBgsA+QYLAEwHCwC/JgsAwkAOAO2QAABWLgwAc3EMAAqHCwBu5QQAweUEABTmBABn5gQAuuYEAA3nBABg5wQAs+cEAMiYAwAbmQMAbpkDAMGZAwABdwUAVHcFAKd3BQD6dwUATXgFAAViDQBWXwUAv9oJAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBABKCwIAnQsCAAF3BQBUdwUAp3cFAPp3BQBNeAUAoHgFAMHlBAAU5gQAZ+YEALrmBAAN5wQAYOcEALPnBAAG6AQAWegEAKzoBAD/6AQAUukEALpiCwDUHQAAJx4AAHoeAADNHgAAIB8AAKjTAgCT1gIAl/IDAOryAwA98wMAkPMDAOPzAwA29AMAifQDANz0AwAv9QMAgvUDANX1AwAo9gMAe/YDAM72AwAh9wMAdPcDAMGZAwABdwUAVHcFAKd3BQDYDwcAmegBAO9wDQDWxggAw9sCABbcAgC9nwkA/OIKAD5xCADWxggAAUcAAL/aCQBWLgwAc3EMAAqHCwCcKwsArGQLAPENAADtkAAAAUcAAMXRAAAQYgYAGB4CAH0/AgCZ6AEAaaQKAI7aCgDh2goAvYsAABCMAAAYHgIALCcCAKMBBQD2AQUASQIFAJuEAACs/QEAJYIBAAAAAACZ6AEAfT8CADj+CgAtdQEAwkECAKjTAgCT1gIAl/IDAOryAwA98wMAkPMDAOPzAwA29AMAqwkCAP4JAgBu5QQAKZ4CAAMgDgBWIA4AqSAOAG/7CwC69AIARA4AAEoSAQA4GgcAkAgBAAFHAACZ6AEAbuUEAMHlBAAU5gQAZ+YEALrmBAAN5wQAYOcEANwdCgAvHgoAgh4KAHNdAwDxDQAAVsADAKnAAwAAAAAAqNMCALQSCQBAkQAAmuMAABm4AgAirQAAnbgBAOWPAgAplwMAfJcDAM+XAwAimAMAdZgDAMiYAwAbmQMArYIFAECRAACa4wAAGbgCAJm3CABzXQMAAAAAAAAAAAAAAAAAT8gCAKLIAgDyoAEAAAAAAAAAAAAAAAAAAAAAAE/IAgCiyAIAJc4CAMHlBAAU5gQAZ+YEALrmBAAN5wQAYOcEALPnBADImAMAG5kDAG6ZAwAYAgYAawIGAL4CBgARAwYAZAMGALcDBgBKEgEAam8EAL1vBAAQcAQAY3AEANgPBwCs/QEAmegBAEoSAQCdEgEAqTwKAPw8CgBPPQoAShIBAGpvBAC9bwQAEHAEAGNwBAAirQAAda0AAMitAAAbrgAAbq4AAIntBAAGUAIABWINAJuEAABK6AYAShIBACe9AQAQjAAA5x0DACKtAAApngIAVS0CAAF3BQAQYgYAvLIIAPENAADUHQAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAJPWAgCX8gMAcDsNAFOKBACmigQA+YoEAEyLBACfiwQA8osEAEWMBACYjAQA64wEAD6NBACRjQQAmegBACWCAQD8EwQALXUBAH0/AgCZ6AEA7OgBAD/pAQCS6QEAFA8LAGcPCwCpNQsASugGANgPBwAYHgIALCcCAPENAACRogEAShgMAJLwAABlqwQArGQLAPENAACxZwIA9KoIAEerCACaqwgA7asIAECsCACTrAgA5qwIADmtCACMrQgA360IAKk1CwBlbA0Ac10DAJnoAQDvcA0A7yUAAJnoAQBWLgwAS/4NAKdHAAD6RwAAUwAAAO0FCADa/gUA2nQBANiZCwDVLAgA7ZAAANgPBwCZ6AEAShIBAGpvBAC9bwQAEHAEAGNwBACGAwcAnCsLAKxkCwDxDQAAsWcCAJwrCwCsZAsA8Q0AALFnAgCZ6AEAmbcIAHNdAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOlYAwDQMQQAII0IAHONCADGjQgAGY4IAGyOCAC/jggAEo8IAGWPCAC4jwgAC5AIAF6QCACxkAgABJEIAFeRCACqkQgA/ZEIAFCSCADBmQMAAXcFAFR3BQCndwUA2A8HAJnoAQDvcA0A1sYIAO9wDQBjYgYAtmIGAPl1BwBMdgcAn3YHAPJ2BwBFdwcAmHcHAJnoAQBWLgwAAXcFAFR3BQCndwUA2A8HAJnoAQDvcA0A1sYIAPwTBABKCwIA8Q0AAFbAAwCpwAMASgsCAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAk9YCAJfyAwDq8gMAPfMDAJDzAwDj8wMANvQDAIn0AwDc9AMAL/UDAIL1AwDV9QMAKPYDAHv2AwDO9gMAIfcDAHT3AwDBmQMAAXcFAFR3BQCndwUA2A8HAJnoAQDvcA0A1sYIAO9wDQBjYgYAtmIGAPl1BwBMdgcAn3YHAPJ2BwBFdwcAmHcHAJnoAQBWLgwAAXcFAFR3BQCndwUA2A8HAJnoAQDvcA0A1sYIAMGZAwABdwUAVHcFAKd3BQDYDwcAmegBAO9wDQDWxggA73ANAGNiBgC2YgYA+XUHAEx2BwCfdgcA8nYHAEV3BwCYdwcAmegBAFYuDAABdwUAVHcFAKd3BQDYDwcAmegBAO9wDQDWxggAGB4CAAViDQAsegIAeIIBAMuCAQBzXQMASgsCACKtAACduAEA5Y8CACmXAwB8lwMAz5cDACKYAwCOCwQATe0MAJf/DQC9iwAAEIwAADf9AACK/QAA3f0AADD+AACD/gAA1v4AACn/AADOnAQAIZ0EAHSdBADHnQQAGp4EAG2eBADAngQAE58EAGafBAC5nwQALXUBAEX0AQCZ6AEAVi4MAHNxDAAirQAAnbgBAOWPAgAplwMAfJcDAM+XAwAimAMAdZgDAM/jBAAi5AQAdeQEAMjkBAAb5QQAvYsAABCMAADnHQMAodsBAJnoAQC6YgsARA4AAC1ECACARAgA00QIACZFCACo0wIAm4QAAKHbAQAYHgIALCcCAAFHAAAj2AQAdtgEAO2QAADxDQAAUwAAAO0FCABABggAmuMAACwnAgAAAAAAvYsAAO2QAADxDQAAsWcCAL/aCQC0BAsAmuMAABm4AgBUrgkAp64JAPquCQD2AQUASQIFAJwCBQDvAgUAQgMFAJUDBQDoAwUAOwQFAI4EBQDhBAUANAUFAIcFBQDaBQUALQYFAIAGBQDTBgUAJgcFAHkHBQDMBwUAHwgFAHIIBQDFCAUAGAkFAGsJBQC+CQUAEQoFAGQKBQC3CgUACgsFAF0LBQCwCwUAAwwFAFYMBQCpDAUA/AwFAE8NBQCbhAAA7oQAAIViBwDYYgcA2A8HAJnoAQBWLgwAS/4NAKdHAABKEgEAie0EANztBACZ6AEA4KEIADOiCAABRwAAI9gEAHbYBADtkAAA8Q0AAJnoAQDpegoArLAMAEAGCACZ6AEA4KEIADOiCAAAAAAAvYsAAO2QAADxDQAAsWcCAJnoAQAlggEA/BMEAMwOBAA4lwEAVl8FAKlfBQDF0QAAmbcIANp0AQAirQAAhWIHAJnoAQBppAoAjtoKANgPBwB7gAgA9rUDAKjTAgAirQAAKZ4CAI+zAgDiswIANbQCAIi0AgAirQAAnbgBAOWPAgAplwMAfJcDAM+XAwAimAMA/6kNALQECwCa4wAAGbgCAKkvAAB1rQAAyK0AABuuAABurgAAwa4AAKjTAgAirQAAKZ4CAI+zAgDiswIANbQCAIi0AgAirQAAnbgBAOWPAgAplwMAfJcDAM+XAwAimAMA/6kNALQECwCa4wAAGbgCAO2QAADYDwcAe4AIAPa1AwCpLwAAnbgBAOWPAgAplwMAfJcDAM+XAwAimAMAdZgDAMiYAwAbmQMArYIFAACDBQBTgwUApoMFAPmDBQBMhAUAn4QFAPKEBQD/jgUAUo8FAPDMCgBDzQoAls0KAOnNCgA8zgoAj84KAOLOCgA1zwoARfQBANOQCQAmkQkAmegBAKk1CwDtwAUA4KEIADOiCADxDQAARA4AANbGCAAYHgIAIq0AAOvmAwA+5wMAkecDAOTnAwA36AMAiugDAN3oAwAw6QMAg+kDANbpAwAp6gMAfOoDAM/qAwB7sQEAzrEBACGyAQB0sgEAx7IBALHjCAAE5AgAV+QIAKrkCAD95AgAUOUIAKPlCAD25QgASeYIAJzmCADv5ggAQucIAJXnCADo5wgAO+gIAI7oCADh6AgANOkIAIfpCACduAEA5Y8CACmXAwB8lwMAz5cDACKYAwB1mAMAyJgDABuZAwCtggUAAIMFAFODBQCmgwUA+YMFAEyEBQCfhAUA8oQFAPvTAgBO1AIAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAM6cBAAhnQQAdJ0EAMedBAAangQAbZ4EANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAk9YCAJfyAwDq8gMAPfMDAJDzAwDj8wMANvQDAIn0AwDc9AMAL/UDAIL1AwDV9QMAKPYDAHv2AwDO9gMAIfcDAHT3AwDpegoAhLMJANezCQAqtAkAfbQJANC0CQAjtQkAdrUJAMm1CQActgkAb7YJAMK2CQAVtwkAaLcJALu3CQAOuAkAYbgJALS4CQAHuQkAWrkJAK25CQAAugkAU7oJAMPbAgAW3AIAvZ8JAPziCgA+cQgA1sYIAAFHAAC/2gkAVi4MAHNxDAAKhwsAnCsLAKxkCwDxDQAAVK4JAKeuCQDgEAUAMxEFAIYRBQDmbgUAumILANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAMXRAADtkAAAqxcAAAFHAACZ6AEAqTULAMXRAAAFCQIAAUcAAJnoAQDF0QAABQkCAF4aDQCxGg0AGdMKAGzTCgC/0woAEtQKAOl6CgDOJgkA8Q0AAJGiAQBdegEArP0BACWCAQDhGA4AVi4MAHNxDAAKhwsAbuUEAMHlBAAU5gQAZ+YEALrmBAAN5wQAYOcEANwdCgAvHgoAgh4KAFYuDABL/g0Ap0cAAOChCAAzoggA4BAFADMRBQCGEQUA5m4FALpiCwDUHQAAJx4AAHoeAADNHgAAIB8AAJLwAADnOAsASbYDAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBACz5wQAyJgDABuZAwBeNgkAvKQKAA+lCgCs/QEAQ/AFAJbwBQDp8AUAPPEFAKsXAACZ6AEAumILAOY2DQA5Nw0AVS0CANp0AQDMDgQAOBoHABBiBgDWxggAAUcAAL/aCQC0BAsAmuMAABm4AgAQhA0AAXcFAFR3BQCndwUA+ncFAE14BQCgeAUAWmYJAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBACz5wQABugEAFnoBACs6AQA/+gEAFLpBAC6YgsA1B0AACceAAB6HgAAzR4AAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAw9sCABbcAgC9nwkAEKAJAGOgCQC2oAkACaEJAFyhCQDs6AEA1SwIACgtCAB7LQgA73ANABgeAgCZ6AEAvyYLABInCwAYHgIALCcCACBkAgABRwAA0xsCABgeAgBzXQMAmegBAPKgAQC9iwAAEIwAAOcdAwCh2wEAk9YCAJfyAwDq8gMAPfMDAJDzAwDj8wMANvQDAIn0AwDc9AMAL/UDAIL1AwDV9QMAKPYDAHv2AwDO9gMAIfcDAHT3AwATgwgA0qMIABCnCABjpwgAtqcIAAmoCADBmQMAAXcFAFR3BQCndwUA2A8HAJnoAQDvcA0A1sYIAO9wDQBjYgYAtmIGAPl1BwBMdgcAn3YHAPJ2BwBFdwcAmHcHAJnoAQBWLgwAAXcFAFR3BQCndwUA2A8HAJnoAQDvcA0A1sYIAAFHAAABdwUAVHcFAKd3BQD6dwUATXgFAKB4BQDzeAUARnkFAJl5BQDseQUA/boOAFC7DgDq8gMAPfMDAJDzAwDj8wMANvQDAIn0AwDc9AMAL/UDAIL1AwDBmQMAAXcFAFR3BQCndwUA+ncFAE14BQAJ7QoA1B0AABFWBgDhGA4A2v4FAAFHAAABdwUAEGIGALyyCAABRwAAAXcFAFR3BQCndwUA+ncFAE14BQCgeAUA83gFAEZ5BQCZeQUA7HkFAO2QAABAkQAAmuMAABm4AgDr9AEAAXcFAFR3BQCndwUA+ncFAE14BQCgeAUA83gFALF7CwAEfAsAV3wLAKp8CwD9fAsAUH0LAKN9CwBEDgAALUQIAIBECADTRAgAJkUIANMbAgBjYgYAtmIGAAljBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAKjTAgC0EgkAQJEAAJrjAAAZuAIAqxcAAP4XAAApzgcAfM4HAM/OBwAizwcAdc8HAMjPBwBrHgIA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAJnoAQBWLgwAAXcFAFR3BQCndwUA+ncFAE14BQCgeAUAWmYJAIlpCwAirQAAIq0AAGHUBQC01AUAB9UFAFrVBQDgEAUAmegBAKk1CwDvJQAAAUcAAL/aCQC0BAsAumILANQdAAARVgYA4RgOANr+BQABRwAAAXcFABBiBgC8sggAmegBAJYnCgBPew0AonsNAPV7DQC69AIAqKIJAPuiCQBOowkAoaMJAPSjCQBHpAkAYsgFALXIBQAIyQUAW8kFAK7JBQABygUAVMoFAKfKBQD6ygUATcsFAFLiBQCl4gUA+OIFAEvjBQCe4wUA8eMFAL2LAAAYHgIAGB4CACwnAgCrFwAAAUcAAJnoAQBWLgwAc3EMAGNiBgDOJgkAJYIBAHiCAQDLggEAc10DAKjTAgAAAAAAmegBAFYuDADnJAIAOiUCAI0lAgBv+wsAumILAA1jCwDadAEAVl8FAJuEAACs/QEAJYIBAOEYDgC6YgsA1B0AACceAAB6HgAAzR4AACAfAAD2pwUAmegBAOzoAQAYMgsAazILAL4yCwBWLgwAAXcFAFR3BQCndwUA+ncFAE14BQCgeAUAqNMCAMPbAgAW3AIAvZ8JAKk1CwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEA4RgOALpiCwDUHQAAJx4AAHoeAADNHgAAIB8AAEoSAQAAAAAAUwAAACKtAACduAEA5Y8CACmXAwB8lwMAz5cDACKYAwB1mAMAyJgDABuZAwCtggUAQJEAAJrjAAAZuAIAGB4CAD5xCADctQwA0D8CAECRAACvmgoAApsKABgeAgAsJwIAowEFAPYBBQBJAgUAm4QAAKz9AQAlggEA4RgOAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAEIwAAKsXAABzXQMAqNMCAAFHAAAirQAAUwAAACKtAACduAEA5Y8CACmXAwB8lwMAz5cDACKYAwB1mAMAyJgDABuZAwDvJQAAs6kBAAaqAQBZqgEAIq0AAJ24AQDljwIAKZcDABgeAgAsJwIAfycCAF4TDgDxDQAA1B0AAKe1CAD6tQgATbYIAKC2CADztggARrcIAACDBQBTgwUApoMFAPmDBQBMhAUAn4QFAPKEBQC69AIARA4AAC1ECACARAgA00QIACZFCACZ6AEAlicKAE97DQCiew0A9XsNAP26DgBQuw4Ao7sOAPa7DgBJvA4AnLwOAO+8DgBCvQ4Alb0OAOi9DgA7vg4Ajr4OABmxAwBssQMAv7EDABKyAwBlsgMAuLIDAAuzAwBeswMAnCsLAKxkCwDxDQAArP0BAEPwBQCW8AUA6fAFADzxBQCP8QUACe0KACdxAAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEAm4QAAO8lAAB9PwIAMhYGAHuxAQDxDQAAqS8AAJ24AQDljwIAKZcDAHyXAwDPlwMAIpgDAHWYAwDImAMAG5kDAK2CBQBAkQAAmuMAABm4AgB/hwwAjN4BAA+KAgBiigIAtYoCAAiLAgA+cQgA7yUAABgeAgAsJwIAAUcAACPYBAB22AQA7ZAAAPENAADUHQAArUsBAABMAQBTTAEAL2oLAIJqCwDVagsAmegBAEoSAQCJ7QQAc10DAJnoAQAZ0woAbNMKAL/TCgAS1AoArP0BAPuGDQCpNQsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAG7lBADB5QQA8MwKAEPNCgCWzQoA6c0KADzOCgCPzgoA4s4KADXPCgCIzwoA288KAJYnCgDxDQAAsWcCAARoAgCs/QEAJYIBAPwTBAD2tQMAkAECAIT/CgBWLgwAc3EMAAqHCwBppAoAUwAAAO6EAACduAEA5Y8CACmXAwB8lwMAz5cDACKYAwB1mAMAyJgDABuZAwCtggUAQJEAAJrjAAAZuAIA+9MCAE7UAgA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAArP0BABBiBgAQYgYAAUcAAPENAACxZwIAI9gEAEBECwCSlQ0AmegBAOzoAQAYHgIAPnEIAEoSAQCZ6AEA8qABAJLwAACo0wIAk9YCAHWtAADIrQAAG64AAG6uAADBrgAAFK8AAJwrCwDvKwsAQiwLAJUsCwDgoQgAr5oKAAKbCgCZ6AEA73ANANbGCAABRwAAmegBAO9wDQDvJQAAmegBAKk1CwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEA4RgOAKz9AQBD8AUAlvAFAOnwBQA88QUAj/EFAAntCgCZ6AEAVi4MAHNxDAAKhwsAVi4MAJuEAADgqAcAfT8CAJnoAQBWLgwAZWwNAHNdAwCZ6AEA73ANAO8lAACZ6AEAVi4MAEv+DQCnRwAA+kcAAE1IAADtkAAA2A8HAJnoAQCs/QEAQ/AFAJbwBQDp8AUAPPEFAI/xBQAlggEAm4QAACKmAQCxZwIAAXcFACKtAADxDQAA1B0AAJuEAAAGUAIAIq0AAIViBwAEFQIALNMNAH/TDQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDxDQAABBUCAKjZDQD72Q0A5Y8CACmXAwB8lwMAz5cDACKYAwB1mAMAyJgDABuZAwCtggUAQJEAAJrjAAAZuAIAAAAAAFMAAADtBQgALXQNAPENAADUHQAAm4QAAAZQAgAirQAAhWIHAFMAAADiDQIABBUCACzTDQB/0w0AAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8Q0AAAQVAgCo2Q0A+9kNAOWPAgAplwMAfJcDAM+XAwAimAMAdZgDAMiYAwAbmQMArYIFAECRAACa4wAAGbgCAKjTAgABRwAAI9gEAEBECwDBTQIA8Q0AAFMAAADOJgkAGB4CAAFHAACo0wIAAUcAACPYBABARAsAwU0CAPENAABTAAAAziYJABgeAgABRwAAqNMCALQSCQBAkQAAmuMAABm4AgAlggEA/BMEAPmYAgDadAEALXUBAEX0AQAirQAAnbgBAOWPAgAplwMAfJcDAM+XAwAimAMAdZgDAMiYAwAbmQMAZ3AJANQdAAAnHgAAmuMAABm4AgBKCwIAnQsCACPYBABARAsAwU0CAPENAABTAAAAziYJABgeAgABRwAABBUCAKjZDQD72Q0A5Y8CACmXAwB8lwMAz5cDACKYAwB1mAMAyJgDABuZAwCtggUAQJEAAJrjAAAZuAIA/boOAFC7DgDq8gMAPfMDAJDzAwDj8wMANvQDAIn0AwDc9AMAL/UDAIL1AwCWJwoAT3sNAKJ7DQD1ew0AErkCACmeAgADIA4AViAOAKkgDgD8IA4ATyEOAKIhDgD1IQ4ASCIOAOKeBQA1nwUAiJ8FANufBQAuoAUAgaAFANSgBQCo0wIAk9YCAJfyAwDq8gMAPfMDAJDzAwDj8wMANvQDAIn0AwDc9AMAL/UDAIL1AwDBmQMAAXcFAFR3BQCndwUA+ncFAE14BQCgeAUAWmYJAG7lBAApngIAAyAOAFYgDgCpIA4A/CAOAE8hDgCiIQ4A9SEOAEgiDgCT1gIAl/IDAOryAwA98wMAkPMDAOPzAwA29AMAAUcAAAF3BQBUdwUAp3cFAPp3BQBNeAUAoHgFAPN4BQBGeQUAmXkFAOx5BQDD2wIA7ZAAAMXRAAAirQAAnbgBAOWPAgAplwMAfJcDAM+XAwAimAMAdZgDAMiYAwAbmQMArYIFAECRAACa4wAAGbgCALyyCAD+FwAAeeQJAMzkCQCbhAAA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAOEYDgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPENAAAncQAA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAOEYDgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAMPbAgAW3AIAvZ8JAKk1CwDgqAcA/BMEAPmYAgAQ+ggAGdMKAGzTCgB55AkAzOQJAPENAACZ6AEA7OgBABgyCwBrMgsAvjILABEzCwBppAoAvKQKAA+lCgBzXQMAxl0DABleAwAYHgIAmegBAG7lBAB1rQAAvYsAAPENAACxZwIAv9oJAJnoAQAZ0woAbNMKAHnkCQDM5AkAqTULAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQDvcA0AIq0AACKtAABh1AUAtNQFAAfVBQBa1QUA4BAFAJnoAQDF0QAAmbcIANp0AQAsegIA4RgOAJYnCgDxDQAAsWcCAARoAgCs/QEAJYIBAPwTBAD2tQMAkAECANp0AQAtdQEARfQBAJnoAQCpNQsA7cAFAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBACz5wQAyJgDABuZAwBumQMAwZkDABSaAwBnmgMAupoDAFbAAwCpwAMAhgMHANkDBwAsBAcAfwQHANIEBwAlBQcAVi4MACKtAABTAAAAAAAAANp0AQBTAAAAmegBAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBACz5wQAyJgDABuZAwBumQMAwZkDABSaAwBnmgMAVi4MAEv+DQCnRwAAnCsLAKxkCwDxDQAAsWcCAFYuDAABdwUAVHcFAKd3BQD6dwUATXgFAKB4BQBaZgkArWYJAABnCQA46gEA2nQBABgeAgAsJwIA73ANAGNiBgC2YgYACWMGAJnoAQBWLgwAIq0AAFMAAACZ6AEAbuUEAMHlBAAU5gQAZ+YEALrmBAAN5wQAYOcEALPnBADImAMAG5kDAG6ZAwDF0QAA2nQBAFZfBQBURwAAmegBAJwrCwCsZAsA8Q0AALFnAgCZ6AEA2A8HACsQBwCSlQ0AAUcAAAF3BQD5mAIAEPoIALpiCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABvjQMAwo0DABWOAwC9iwAAEIwAADf9AAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEA4RgOAO9wDQAYHgIAmegBAL8mCwBFHQgA7ZAAAPENAACZ6AEAGdMKAGzTCgC/0woAEtQKAEQAAgCJYgwA3GIMAPa1AwDYDwcA8Q0AAJnoAQC6YgsA1B0AACceAAB6HgAAzR4AACAfAABzHwAAb40DAMKNAwAVjgMAvYsAABCMAAA3/QAA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAOEYDgDvcA0AGB4CAJnoAQC/JgsARR0IAO2QAADxDQAAmegBABnTCgBs0woAv9MKABLUCgBEAAIAiWIMANxiDAD2tQMAmegBALpiCwDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAABvjQMAwo0DABWOAwC9iwAAEIwAADf9AAD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEA4RgOAO9wDQAYHgIAmegBAL8mCwBFHQgA7ZAAAPENAACZ6AEAGdMKAGzTCgC/0woAEtQKAEQAAgCJYgwA3GIMAPa1AwAAAAAAm4QAAOCoBwAzqQcA/BMEAKjTAgAYHgIABWINAC11AQBF9AEA05AJAECRAACa4wAAGbgCAMPbAgAW3AIAvZ8JABCgCQDUHQAAJx4AAHoeAADNHgAAIB8AAHMfAACpNQsA+ZgCAEyZAgDadAEALHoCAJuEAACs/QEAJYIBAO2QAABKEgEAIq0AACmeAgDuhAAAhWIHANhiBwDxDQAA1B0AACceAAB6HgAAzR4AACAfAAAsJwIAQJEAAJrjAAAZuAIAe7EBAPENAACo0wIAuvQCAKiiCQD7ogkATqMJAKGjCQD0owkAR6QJAG/7CwCT1gIAl/IDAOryAwA98wMAkPMDAOPzAwA29AMA3B0KAC8eCgABdwUAVHcFAKd3BQD6dwUATXgFAKB4BQBaZgkAVi4MAHNxDADYDwcAUWMNAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQB+2QIAS/4NAKdHAABSVw0ApVcNAGmkCgCO2goA4doKABnTCgBs0woAURgAAKk1CwD5mAIATJkCANp0AQAsegIAm4QAAKz9AQAlggEA4RgOAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBACz5wQAyJgDABuZAwBumQMAqTULAFUtAgDGHgwAS/4NANp0AQD2tQMASbYDAEoSAQCdEgEAShIBADgaBwCrFwAARRYJAJgWCQDrFgkAFA8LAGcPCwBKEgEAie0EAAZQAgB9PwIA0D8CANgPBwCZ6AEAvyYLAFFjDQCbhAAA7ysLAEIsCwCVLAsA6CwLADstCwCOLQsA4S0LALblCwBlbA0A2A8HAJnoAQBppAoAjtoKAOHaCgBkMwsAEicLAPa1AwAncQAArP0BACWCAQDhGA4A2A8HAJnoAQC9iwAAEIwAAAFHAAABdwUALHoCAJnoAQBWLgwAAXcFAFR3BQCndwUA2A8HAJnoAQDgoQgAM6IIAAFHAAAj2AQAJYIBAPwTBABPFAQAdoUEACKtAAAEFQIAqNkNAPvZDQDljwIAKZcDAHyXAwDPlwMAIpgDAHWYAwDImAMAG5kDAK2CBQBAkQAAmuMAABm4AgAc7Q0A1B0AACceAAB6HgAAzR4AACAfAADYDwcAUWMNAJuEAABK6AYAqNMCAEUdCADF0QAAqxcAAKjTAgCZtwgArGQLAPENAACxZwIAJYIBAHiCAQBx8QkAxPEJABfyCQBq8gkA7QUIAEAGCACa4wAAGbgCAMgNCwBjYgYAtmIGAAljBgCZ6AEAvYsAABCMAADnHQMAodsBAJnoAQC6YgsARA4AAC1ECACARAgA00QIALpiCwDmNg0AOTcNAFUtAgC9iwAA8Q0AAJnoAQCZtwgAhP8KANr+BQB9PwIA0D8CANgPBwBFHQgAY2IGALZiBgD5dQcATHYHAJ92BwDydgcARXcHAJh3BwDrdwcAPngHAJF4BwDkeAcAN3kHAIp5BwDdeQcAMHoHAIN6BwDWegcAKXsHAHx7BwDPewcAInwHAHV8BwBYjAcAq4wHAP6MBwBRjQcA2A8HAJnoAQDvcA0A1sYIAAFHAACZ6AEAxdEAAAUJAgDadAEAVl8FAAF3BQAtdQEARfQBAJnoAQDs6AEAGDILABgeAgCZ6AEA73ANAGNiBgC2YgYA+XUHAEx2BwCfdgcA8nYHAEV3BwBABggAax4CAFUtAgABdwUAEGIGALyyCAABRwAAAXcFAFR3BQCndwUA+ncFAE14BQCgeAUA83gFALF7CwAEfAsAV3wLAKp8CwD9fAsAUH0LAKN9CwCu3gIAJ70BAAFHAACbhAAAVS0CAL/aCQDvcA0AY2IGALZiBgD5dQcATHYHAJ92BwDydgcARXcHAJh3BwCZ6AEAVi4MAAF3BQBUdwUAp3cFANgPBwCZ6AEA73ANANbGCAABRwAAqwkCAL2LAAAQjAAAN/0AAIr9AADd/QAAMP4AAIP+AADW/gAAKf8AAEoSAQCdEgEAqTwKAHuACABO6AsAc10DAJnoAQBu5QQAweUEAPDMCgAQjAAAAUcAAL/aCQB+2QIAAXcFAFR3BQCndwUA+ncFAE14BQCgeAUAWmYJAMXRAAAFCQIA2nQBAFZfBQABdwUALXUBAEX0AQCZ6AEA7OgBABgyCwAYHgIAmegBAPmYAgBMmQIAn5kCAPKZAgCZtwgArGQLAPENAACxZwIABGgCAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQAirQAAAAAAACWCAQCo0wIAw9sCABbcAgC9nwkAnCsLAKxkCwDxDQAAsWcCAPENAACZ6AEAqTULAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQDhGA4AaaQKALykCgAPpQoAYbEKALSxCgAHsgoA6XoKAM4mCQAhJwkA+9MCAE7UAgA3/QAAiv0AAN39AAAw/gAAg/4AANb+AAAp/wAAzpwEABgeAgAsJwIAowEFAFUtAgC/2gkAumILANQdAADxDQAAkaIBAF16AQAQYgYAJYIBACWCAQCZ6AEAnCsLAKxkCwDxDQAAsWcCAJLwAADnOAsA6VgDAFYuDAAj2AQAdtgEAO2QAADYDwcAmegBAOzoAQAYMgsAGB4CAJnoAQAAAAAAvYsAAO2QAABAkQAAc10DAJnoAQDs6AEAP+kBAJLpAQDl6QEAqxcAAP4XAAB55AkAzOQJAPENAADvJQAAs6kBAAaqAQBZqgEAUWMNAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCT1gIAl/IDAPDMCgBDzQoAls0KAOnNCgA8zgoAj84KAOLOCgA1zwoA4KEIADOiCACjAQUA9gEFAEkCBQCZ6AEAqTULAGVsDQBzXQMAmegBAG7lBADB5QQAFOYEAAYDDQBZAw0A7oQAAEOICACZ6AEA6XoKAM4mCQDadAEALXUBAFUtAgDxDQAAqNMCAMPbAgAW3AIAvZ8JABCgCQDUHQAAJx4AAHoeAADNHgAAIB8AAPanBQCZ6AEAqTULAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQDhGA4A7OgBABgyCwAYHgIAmegBAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBACz5wQAyJgDAPENAADUHQAAJx4AAHoeAADNHgAAIB8AAPanBQBJqAUAJx4AAJrjAAAZuAIA1B0AACceAACa4wAAGbgCAP26DgBQuw4A6vIDAD3zAwCQ8wMA4/MDADb0AwCJ9AMA3PQDAC/1AwBKCwIAGB4CACwnAgB/JwIAXhMOAPENAADUHQAAXYcLABArAgB9wgcA0MIHAJnoAQC6YgsA1B0AACceAAB6HgAAzR4AACKtAAB9PwIAmbcIAKxkCwDWxggA8Q0AANQdAABKCwIA2A8HABgeAgAFYg0A+ZgCABD6CABj+ggABBUCACzTDQBAkQAAmuMAABm4AgAEFQIAqxcAAO2QAAABRwAAxdEAABBiBgAYHgIAfT8CANA/AgBAkQAAmuMAABm4AgD9ug4AULsOAOd9DQA6fg0AjX4NAAAAAAAAAAAA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCo0wIAk9YCAJfyAwDq8gMAPfMDAJDzAwDj8wMANvQDAIn0AwDc9AMAL/UDAIL1AwDV9QMAKPYDAHv2AwDO9gMAIfcDAHT3AwBWLgwAS/4NAKdHAACWJwoA6ScKANgPBwBTAAAAziYJANp0AQAtdQEAPzUDAJnoAQC9iwAAGB4CACWCAQCo0wIAFAkAAJm3CADstwgAP7gIAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBADcHQoALx4KAIIeCgBWLgwAS/4NAKdHAABPbgMARR0IAJgdCADrHQgAPh4IAJEeCADDXggAvyYLACsQBwDtkAAAShIBAJ0SAQBPbgMARR0IAJgdCADrHQgAPh4IAJEeCADDXggAvyYLACsQBwDtkAAAShIBAJ0SAQDwEgEAmegBAOChCACvmgoAApsKAKsXAADnHQMALXUBAEX0AQDtkAAAQJEAAEoSAQA4lwEA9rUDAJGiAQBdegEAEGIGALyyCACZ6AEAvyYLAFFjDQCrFwAA5x0DAO2QAADYDwcAmegBAMXRAACZtwgA2nQBACx6AgDhGA4AVi4MACPYBABzXQMA2nQBAC11AQBF9AEAmegBAFYuDABzcQwACocLAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBADcHQoALx4KAIIeCgBWLgwAS/4NAKdHAABPbgMARR0IAJgdCADrHQgAPh4IAJEeCADDXggAvyYLACsQBwDtkAAAShIBAJ0SAQC/JgsAwkAOABVBDgBoQQ4Au0EOAA5CDgBhQg4AbuUEAMHlBAAU5gQAZ+YEALrmBAAN5wQAYOcEALHqBwAQYgYAIq0AAH0/AgDQPwIAQJEAACwnAgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAIusDADQuCwCHLgsA2i4LAEaiCwCZtwgA2nQBACx6AgDhGA4A7OgBAEImAAABRwAAIq0AAIViBwDadAEALXUBAEX0AQCZ6AEAumILANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAKk1CwCSlQ0A2nQBAJnoAQD5mAIAEPoIAGP6CAAJ7QoAXXoBABBiBgDadAEALHoCAOEYDgCrFwAA/hcAAHc7AQDvJQAAGDILAGsyCwC+MgsAETMLADecAgBAkQAAmuMAABm4AgDyoAEA6s8IAD3QCACQ0AgA49AIADbRCACJ0QgAAAAAAE/IAgCiyAIAGdMKAGzTCgBRGAAA1tsFACncBQCU7AkA5+wJADrtCQDs6AEA1SwIACgtCAB7LQgA73ANABgeAgCZ6AEAvyYLABInCwAYHgIALCcCACBkAgABRwAA0xsCABgeAgCWJwoA6ScKADwoCgCPKAoA4igKAAAAAAD5mAIATJkCAAZQAgAAAAAAGB4CAK+aCgACmwoAAAAAANgPBwBFHQgAmB0IAOsdCAA+HggAkR4IAF1JCACwSQgAA0oIAFZKCAAirQAAfT8CANA/AgABRwAAqxcAAP4XAAB3OwEA7yUAABgyCwBrMgsAvjILABEzCwA3nAIAQJEAAJrjAAAZuAIABBUCABztDQBEDgAALUQIAGXUCgDVLAgAAo0MAMJBAgCZ6AEAqTULAO3ABQD5mAIATJkCAJ+ZAgD8EwQA2A8HAJnoAQC/JgsARR0IAJgdCADrHQgAPh4IAJEeCADDXggAlicKAOknCgD5mAIA2nQBABgeAgA+cQgAvLIIAEoSAQA4GgcAqxcAAMXRAAAQYgYAGB4CAH0/AgA4/goALXUBAEX0AQCZ6AEAbuUEAMHlBAAU5gQABgMNAFkDDQCsAw0A/wMNAFIEDQClBA0AmegBAOChCACvmgoAApsKAFWbCgComwoA+5sKAE6cCgC6YgsA5jYNACPYBABARAsAVS0CAL/aCQBF9AEAmegBAGmkCgCO2goA4doKAJYnCgDadAEAVl8FAFRHAACnRwAAUlcNAJnoAQAZ0woAbNMKAL/TCgAS1AoA4KEIAK+aCgACmwoAqxcAAOcdAwAtdQEARfQBAJnoAQDvcA0AGB4CAJnoAQBKEgEAOJcBAPa1AwCpLwAAnbgBAOWPAgDvJQAA1SwIAEX0AQC9iwAAGB4CACwnAgAYHgIALCcCAKMBBQBVLQIAv9oJAL8mCwBFHQgAmB0IAOsdCAA+HggAkR4IAMNeCADpegoACD8BAFs/AQD5mAIA2nQBANgPBwBRYw0AEGIGABBiBgABRwAAJYIBAOEYDgDxDQAAkaIBAJnoAQC/JgsARR0IAJgdCADrHQgAPh4IAJEeCADDXggAGdMKAGzTCgC/0woAEtQKAGXUCgC41AoAC9UKAF7VCgC/JgsARR0IAJgdCADrHQgAPh4IAJEeCADDXggAlicKAOknCgDYDwcAUwAAAM4mCQDadAEALXUBANr+BQAt/wUAgP8FANP/BQAmAAYAeQAGAMwABgAfAQYAcgEGAMUBBgDadAEAm4QAAOCoBwCZ6AEAVi4MACKtAABTAAAAqNMCAJnoAQBN7QwAl/8NAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBACS8AAAAAAAAOlYAwCPZg0AGDILABgeAgABRwAAAXcFAPmYAgAQ+ggAEVYGAHNdAwCZ6AEA4KEIADOiCACGoggA2aIIACyjCAB/owgAmegBAGmkCgCT1gIAl/IDAOryAwA98wMAkPMDAOPzAwA29AMAifQDANz0AwAv9QMAgvUDANX1AwAo9gMAe/YDAM72AwAh9wMAdPcDACLrAwDa/gUALf8FAID/BQDT/wUAJgAGAHkABgDMAAYAHwEGAHIBBgDFAQYAw9sCABbcAgCHpAYATe0MAO2QAACtSwEAn1oLAPa1AwCxZwIAAXcFAC11AQBF9AEAmegBAL8mCwBFHQgAShIBAIntBADadAEAseoHAATrBwBX6wcAqusHAP3rBwBQ7AcAo+wHAPbsBwBJ7QcAnO0HAO/tBwBC7gcAle4HAOjuBwA77wcAju8HAOHvBwA08AcAGB4CACwnAgB/JwIAXhMOAPENAADUHQAA8qABAAFHAAAirQAAUwAAAKjTAgAAAAAAJYIBAPENAACo0wIAAAAAAL2LAAAQjAAA5x0DAKHbAQCo0wIAAAAAAKz9AQAlggEA4RgOAFYuDABzcQwACocLAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBADcHQoALx4KAIIeCgBWLgwAIq0AAFMAAACo0wIAAAAAACWCAQDxDQAAqNMCAAAAAAC6YgsAkaIBAOSiAQCo0wIAAAAAAKsXAACrFwAA7ZAAANr+BQABRwAAAXcFABBiBgC8sggAmegBAOChCAAzoggAhqIIANmiCAAsowgAf6MIAAAAAAABRwAAAUcAAFMAAAAirQAAnbgBAOWPAgAplwMAfJcDAM+XAwAimAMAdZgDAMiYAwAbmQMAR4EOAM4mCQAhJwkAdCcJAJLwAABlqwQArGQLAPENAACxZwIAShgMAOChCAAzoggAowEFAPYBBQBJAgUAmegBAL8mCwArEAcANboNAIi6DQCs/QEAm4QAACKmAQDUHQAAumILANQdAAAnHgAAeh4AAM0eAAAgHwAAcx8AAKk1CwBVLQIAvYsAACWCAQDYDwcAmegBABnTCgBs0woAv9MKABLUCgBu5QQAweUEABTmBABn5gQAuuYEAA3nBABg5wQA3B0KAC8eCgCCHgoAGB4CACwnAgB/JwIAXhMOAPENAADUHQAAUWMNAECRAACa4wAAGbgCAO2QAABAkQAAmuMAACoOCQB9DgkAURgAAAAAAAAAAAAAAAAAAE/IAgCiyAIAJc4CAMHlBAAU5gQAZ+YEALrmBAAN5wQAYOcEALPnBADImAMAG5kDAG6ZAwAYAgYAawIGAL4CBgARAwYAZAMGALcDBgAAAAAAAAAAAE/IAgCiyAIAJc4CAMHlBAAU5gQAZ+YEALrmBAAN5wQAYOcEALPnBADImAMAG5kDAG6ZAwAYAgYAawIGAL4CBgARAwYAZAMGALcDBgDF0QAA2nQBAC11AQDtkAAAQJEAAJrjAAAZuAIAAAAAAAAAAAAAAAAAAAAAAAAAAACrFwAA7ZAAAAFHAAAEFQIAqNkNAPvZDQDljwIAKZcDAHyXAwDPlwMAIpgDAP+pDQBSqg0ApaoNAPiqDQBLqw0AnqsNAPGrDQBErA0Ak9YCAJfyAwDq8gMAPfMDAJDzAwDj8wMANvQDAIn0AwDc9AMAL/UDAIL1AwDV9QMAKPYDAHv2AwDO9gMAIfcDAHT3AwAQYgYA8Q0AAJnoAQCWJwoAT3sNAKJ7DQD1ew0AAAAAAAAAAAAAAAAAv9oJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAAAAAAAAAAAAAAAAArUsBAJ9aCwAQYgYAvLIIAJnoAQDgoQgAM6IIAIaiCADZoggALKMIAAAAAADtkAAAQJEAAKz9AQDadAEALXUBAMJBAgDCQA4AEIwAAEX0AQDxDQAAJ3EAAIjCAADvJQAArP0BAJuEAACIwgAAmegBAKk1CwCs/QEARfQBANOQCQARVgYA4RgOAJm3CACrFwAA7ZAAAK1LAQCfWgsAAAAAAKsXAACZ6AEA4KEIADOiCACZtwgAvYsAAPENAAAncQAASugGAPENAACRogEAXXoBABBiBgC8sggA7ZAAAOChCAAFYg0A2JkLANUsCAC9iwAAAUcAAJuEAABVLQIAAAAAABBiBgCZ6AEA4KEIADOiCAAgZAIAc2QCAPENAAAncQAASugGAKsXAAD+FwAAqNMCALQSCQAHEwkAWhMJAK0TCQAAFAkAUxQJAKYUCQD5FAkATBUJAJ8VCQDyFQkA7ZAAANr+BQAt/wUAgP8FANP/BQAmAAYAeQAGAMwABgAfAQYAcgEGAMUBBgDs6AEAP+kBAJLpAQDl6QEArKoBAJPWAgCX8gMA6vIDAD3zAwCQ8wMA4/MDADb0AwCJ9AMA3PQDAC/1AwCC9QMA1fUDACj2AwB79gMAzvYDACH3AwB09wMAw9sCABbcAgC9nwkAEKAJAGOgCQC2oAkACaEJAFyhCQDs6AEA1SwIACgtCAB7LQgA73ANABgeAgCZ6AEAvyYLABInCwAYHgIALCcCACBkAgABRwAA0xsCABgeAgAQKwIA4KgHAOEYDgBAkQAAmuMAABm4AgAQYgYAEGIGACWCAQCZ6AEAVi4MAAF3BQBUdwUAp3cFANgPBwCZ6AEA73ANANbGCAABRwAAmegBAMXRAACZtwgA2nQBACx6AgDhGA4AxdEAAAUJAgDadAEAVl8FAAF3BQAtdQEARfQBAJnoAQDs6AEAGDILABgeAgCZ6AEAqTULAGVsDQC4bA0A73ANAGNiBgC2YgYACWMGAJnoAQBu5QQAweUEABTmBABn5gQAuuYEAA3nBABg5wQAs+cEAMiYAwBppAoAjtoKAOHaCgAZ0woAbNMKAL/TCgAS1AoAqTULAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQDhGA4AqwkCAP4JAgDgoQgAM6IIAAAAAAC9iwAA7ZAAAPENAACxZwIAmegBAFYuDAABdwUAVHcFAKd3BQDYDwcAmegBAO9wDQDWxggAAUcAAJnoAQCpNQsA7yUAAAFHAAC/2gkAtAQLAKsXAADtkAAArUsBAKjTAgB+2QIAAXcFAFR3BQCndwUA+ncFAE14BQCgeAUAWmYJAKk1CwBjiwwAAAAAAL2LAADadAEAGB4CAAViDQAtdQEARfQBAJnoAQCpNQsA7cAFAG7lBADB5QQAFOYEAGfmBAC65gQADecEAGDnBACz5wQAyJgDAOEYDgBAkQAAmuMAABm4AgAQhA0AAXcFAFR3BQCndwUA+ncFAE14BQCgeAUAflUJANFVCQAkVgkAd1YJAMpWCQAdVwkAcFcJAMNXCQAWWAkAaVgJALxYCQCS8AAAxdEAAAUJAgDadAEAVl8FAJH1AQAYHgIALCcCAKMBBQBVLQIAv9oJAGOLDAAAAAAAvYsAANp0AQAYHgIALCcCAHuxAQDYDwcArP0BACKtAACZ6AEAbuUEAMHlBAAU5gQAZ+YEALrmBAAN5wQAYOcEALPnBADImAMA73ANAKz9AQABRwAAm4QAANp0AQAtdQEAmegBAHuxAQDYDwcArP0BACKtAACZ6AEAbuUEAMHlBAAU5gQAZ+YEALrmBAAN5wQAYOcEALPnBADImAMAmegBAJYnCgCJYgwAAEwBAFNMAQAvagsAgmoLANVqCwAoawsAe2sLAMXRAACZtwgAhP8KAKsXAACZ6AEAVi4MACPYBABzXQMA2nQBAC11AQBF9AEAmegBAFYuDABzcQwACocLAG7lBADB5QQAFOYEAGfmBAC65gQADecEAPENAACZ6AEAbuUEAMHlBADwzAoAQ80KAJbNCgDpzQoAPM4KAI/OCgDizgoANc8KAIjPCgDbzwoAqTULAGOLDAAAAAAAvYsAANp0AQAYHgIALCcCAOAQBQCZ6AEA7OgBABgeAgA+cQgAShIBAJnoAQBWLgwAS/4NAKdHAAC9iwAAEIwAAOSbAgA3nAIAQJEAACWCAQBzXQMA2nQBAC11AQBF9AEAmegBAL8mCwArEAcANboNAIi6DQCs/QEAm4QAACKmAQDUHQAAqTULAGOLDAAAAAAAvYsAANp0AQAYHgIALCcCAKk1CwDtwAUA4KEIADOiCADxDQAARA4AANbGCAAYHgIAIq0AAO2QAADs6AEAGB4CAD5xCABKEgEAmegBAGmkCgBWXwUA8Q0AAJnoAQDpegoACD8BAAViDQDMDgQAie0EAAZQAgBzXQMAmegBAOzoAQA/6QEA7oQAAEOICADTGwIAGB4CAHNdAwCZ6AEA73ANABgeAgCZ6AEAumILAEQOAADWxggAGB4CACKtAADtkAAAAUcAAJuEAABK6AYA2A8HABgeAgAFYg0ALXUBAO8lAAAYMgsAmegBAJYnCgDpJwoAPCgKAHc7AQDvJQAAGDILAGsyCwC+MgsAETMLAJuEAADadAEASgsCAJuEAABZCgwAiNYJANvWCQAtdQEAlX8LACPYBABARAsAwU0CAPENAAAdLgMAm4QAAFUtAgC/2gkAnCsLAKxkCwDxDQAAsWcCAJnoAQAZ0woAECsCAGMrAgC2KwIAURgAANbbBQAp3AUAlOwJAOfsCQA67QkAje0JAODtCQAz7gkA1B0AACceAAB6HgAAzR4AACAfAABzHwAAShIBADiXAQD2tQMArP0BAPuGDQCZtwgAm4QAAPmYAgDadAEALXUBAKkuDAAS2wkAZdsJALjbCQAL3AkAXtwJALHcCQAE3QkAV90JAKrdCQD93QkAUN4JAKPeCQD23gkAEicLAM6ACAAhgQgAdIEIAL2LAADYDwcA4KEIADOiCACjAQUASugGAJnoAQC9iwAA2A8HAAAAAAAQYgYAmegBAFYuDAABdwUAVHcFAKd3BQD6dwUATXgFAJm3CABTAAAASgsCAKsXAADtkAAAAUcAAMXRAAAQYgYAGB4CAH0/AgBKCwIARfQBANOQCQAmkQkAeZEJAMyRCQAfkgkAcpIJACwnAgDxDQAAkaIBANQdAADxDQAAqNMCAEX0AQDTkAkAJpEJAHmRCQDMkQkAH5IJAHKSCQDFkgkAGJMJAGuTCQC+kwkAEZQJAOzoAQAYMgsAGB4CAO9wDQAYHgIAmegBALpiCwDUHQAAJx4AAHoeAADadAEAIq0AAO2QAAAZ0woAbNMKAL/TCgAS1AoAfT8CAKlDCQD+FwAAxdEAAJm3CACsZAsA8Q0AALFnAgC/2gkArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAHzcBQDP3AUAIt0FAHXdBQDI3QUAG94FAKk1CwBK6AYA2A8HABgeAgAsJwIA8Q0AAJGiAQCZ6AEA7OgBABgyCwBrMgsAvjILAGNiBgC2YgYACWMGAJnoAQBWLgwAIq0AAFMAAACZ6AEAbuUEAMHlBAAU5gQAZ+YEALrmBAAN5wQAYOcEALPnBADImAMAG5kDAG6ZAwDBmQMAFJoDAJuEAADadAEA7ZAAAECRAACa4wAAGbgCAPKgAQDqzwgAPdAIAJDQCADj0AgANtEIAInRCADtkAAAShIBAFMAAADOJgkAGB4CAGseAgAGUAIAc10DAJnoAQDs6AEAP+kBAJLpAQAUDwsAZw8LAGmkCgC8pAoAD6UKABnTCgAQKwIAYysCALYrAgDgoQgAM6IIAPENAABEDgAAJYIBAL2LAAABRwAAAXcFABBiBgDYDwcAUWMNAKsXAAAQKwIAYysCALYrAgAZ0woAbNMKABgeAgCZ6AEAumILANQdAAAnHgAAeh4AAKsXAAAQKwIAYysCALYrAgDpegoACD8BAFs/AQD5mAIA2nQBANgPBwBRYw0AIq0AAIViBwCZ6AEAnCsLAKxkCwDxDQAAsWcCAJnoAQBppAoAjtoKAOHaCgB9PwIAqUMJAP4XAADF0QAAEGIGANy1DAC9iwAAUwAAAJnoAQDs6AEAP+kBAJLpAQAUDwsAZw8LAOXpAQDnHQMAEGIGAAQVAgCo2Q0AhWIHAJuEAABlbA0AqxcAAO2QAAARVgYA8Q0AAAQVAgD65Q0ATeYNABgeAgAsJwIA8Q0AAEQOAAAlggEA+ZgCABD6CADYDwcAKxAHAEroBgDYDwcAGB4CACwnAgDxDQAAkaIBANQdAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqNMCAMPbAgAQKwIAYysCALYrAgApwAkAfMAJAM/ACQAiwQkAdcEJAMjBCQAbwgkAbsIJAMHCCQAUwwkAZ8MJALrDCQANxAkAYMQJALPECQAGxQkAWcUJAKzFCQCZ6AEA5zgLAEQOAAAtRAgAgEQIANNECAAmRQgAm/IIAAcMCgBaDAoArQwKALQECwCa4wAAGbgCAJYnCgDxDQAAsWcCAARoAgCs/QEAJYIBAPwTBAD2tQMAkAECAJnoAQCpNQsA7cAFABnTCgDtkAAAxdEAAJnoAQBu5QQAweUEABTmBABn5gQAuuYEAA3nBABg5wQAs+cEAMiYAwCo0wIA8qABAOrPCAA90AgAkNAIAOPQCAA20QgAidEIANzRCAAv0ggA/tgIAAAAAAAAAAAAAAAAAM3fCAAg4AgAc+AIAMbgCAAZ4QgAbOEIAL/hCAAS4ggAAAAAAAAAAABl4ggAuOIIAAvjCACOCwQAGzEGAG4xBgDs6AEAGDILAGsyCwC+MgsAqNMCACLrAwB16wMAUa8OAKSvDgD3rw4ASrAOAJuEAACs/QEAJYIBAOEYDgDs6AEA1SwIACgtCAB7LQgAGdMKAGzTCgC/0woAEtQKAGXUCgC41AoAC9UKAF7VCgDtkAAAqxcAAP4XAADtkAAAqxcAAKsXAAD+FwAA7ZAAAKsXAAABRwAAqNMCAMPbAgAW3AIAvZ8JABCgCQBjoAkAtqAJAAmhCQBcoQkA7OgBANUsCAAoLQgAey0IAO9wDQAYHgIAmegBAL8mCwASJwsAGB4CACwnAgAgZAIAAUcAANMbAgAYHgIAc10DAJnoAQBN7QwAqNMCAAAAAACZ6AEArP0BAP/9AQDvJQAA7yUAAEImAABAkQAABWINAC11AQBF9AEAmegBAFYuDAABdwUAVHcFAKd3BQDYDwcAmegBAO9wDQDWxggAAUcAAJnoAQCpNQsA7yUAAAFHAAC/2gkAtAQLANgPBwDCQA4AJYIBAOEYDgCrFwAA/hcAAHc7AQDvJQAAGDILAGsyCwC+MgsAETMLADecAgBAkQAAmuMAABm4AgDD2wIAFtwCAL2fCQBKEgEAnRIBAKk8CgD8PAoATz0KAKI9CgAZ0woAECsCAGMrAgC2KwIA2A8HAMPbAgAW3AIAvZ8JAEoSAQCdEgEAqTwKAPw8CgBPPQoAoj0KABnTCgAQKwIAYysCALYrAgDYDwcAShIBAJ0SAQCpPAoA/DwKAE89CgCiPQoA6XoKADx7CgCPewoA4nsKADV8CgCIfAoA23wKACWCAQB4ggEA0X8DACSAAwCZ6AEAvYsAABgeAgAlggEA4KEIADOiCADxDQAARA4AACWCAQD5mAIAEPoIAGmkCgDMDgQAHw8EAHIPBADFDwQAGBAEAJnoAQCWJwoA6ScKAAFHAAAj2AQAc10DAJnoAQDs6AEAGDILABgeAgCZ6AEA6XoKADx7CgCPewoA4nsKADV8CgCIfAoA23wKAKsJAgD+CQIArP0BAP/9AQBS/gEApf4BAOzoAQAYMgsAazILAL4yCwARMwsAaaQKAFZfBQCpXwUAaaQKALykCgAPpQoAYqUKAO3ABQDpegoAPHsKAI97CgDiewoANXwKAIh8CgDbfAoABBUCAHuxAQDxDQAARA4AAEoSAQCJ7QQAVS0CACKtAACFYgcA2nQBAC11AQBF9AEAmegBAOl6CgA8ewoAj3sKAOJ7CgA1fAoAiHwKANt8CgDs6AEAGDILABgeAgCZ6AEAkAgBAKTECwBHgQ4AmoEOABnTCgBs0woAv9MKABLUCgDpegoACD8BACwnAgB/JwIA1SwIADnkDADtkAAA2A8HAJnoAQDF0QAA2nQBAFZfBQBURwAAmegBAAAAAACZ6AEA73ANABgeAgCZ6AEA9skMAAAAAACZ6AEA73ANABgeAgCZ6AEA9skMAEnKDACpNQsA7cAFAL8mCwBRYw0ApGMNAO0FCAAtdA0AgHQNAFFjDQCrFwAAIq0AAFMAAACmAAAAc38KAMZ/CgAZgAoAbIAKAL+ACgBKEgEAie0EAGVsDQCM3gEAm4QAAOCoBwAzqQcA7oQAAH0/AgAyFgYAWQoMANOQCQCcKwsA7ysLAEIsCwCVLAsAGdMKAGzTCgC/0woAEtQKAKz9AQD7hg0A7ZAAAKsXAACZ6AEA7OgBABgyCwBrMgsAvjILABEzCwBppAoAvKQKAHNjDgDGYw4AGWQOAGxkDgC/ZA4A4RgOANgPBwAEFQIAmegBAFYuDAAj2AQAc10DAJnoAQBWLgwAc3EMAAqHCwBppAoAvKQKAHNjDgDGYw4AGWQOAGxkDgC/ZA4AaaQKAFZfBQCo0wIAw9sCAEeBDgCagQ4A7YEOAGmkCgC8pAoAc2MOAMZjDgAZZA4AbGQOAL9kDgDpegoAJYIBAOEYDgCbhAAAIqYBANQdAADgoQgAr5oKAAKbCgCZ6AEAFAkAAKsXAABHgQ4AmoEOAO2BDgBppAoAvKQKAHNjDgDGYw4AGWQOAGxkDgC/ZA4AvYsAABCMAAABRwAAAXcFAFR3BQCndwUA7ZAAAECRAACa4wAAGbgCACWCAQB4ggEA0X8DACSAAwCZ6AEAumILAA1jCwAirQAAhWIHAJnoAQDs6AEA1SwIACgtCAB7LQgATe0MAKDtDABF9AEA05AJAEoSAQCZ6AEA2nQBAC11AQCZ6AEAqTULAGVsDQBzXQMAmegBAO9wDQDvJQAAmegBAFYuDABL/g0Ap0cAAPpHAABEDgAA1sYIABgeAgAirQAA7ZAAACWCAQB4ggEAIq0AACmeAgB8ngIAz54CAHNdAwCZ6AEAaaQKALykCgBzYw4AxmMOABlkDgBsZA4Av2QOAOEYDgDYDwcAmegBAEX0AQDTkAkAShIBAFYuDABL/g0Ap0cAAEX0AQDTkAkAShIBAPENAACZ6AEAqTULAPmYAgBMmQIA2nQBACx6AgCbhAAArP0BACWCAQC/JgsAGB4CAAViDQD5mAIAEPoIAGP6CACZ6AEA7OgBABgyCwBrMgsAvjILABEzCwDs6AEAGDILABgeAgCZ6AEAe7EBANgPBwCs/QEAIq0AAH+HDAD+FwAAdzsBAO8lAAAYMgsAazILAL4yCwARMwsAN5wCAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAirQAAda0AAMBZAgATWgIAZloCANgPBwBRYw0A7yUAAO8lAAAYMgsAazILAL4yCwARMwsAN5wCAECRAACa4wAAGbgCAPw1CwABRwAAAXcFANiZCwCzqQEA7oQAAEOICAC9iwAAGB4CAFYuDABzcQwACocLAOzoAQDVLAgAAo0MAMJBAgDbrQMALq4DAIGuAwDUrgMAJ68DAHqvAwDNrwMAILADAKz9AQD7hg0A4KEIADOiCADxDQAARA4AACWCAQD5mAIAEPoIANgPBwCo0wIAqxcAAP4XAAB3OwEA8f8BANUeCgAoHwoAex8KAM4fCgDs6AEAXhMOABCMAAA2FgsAAUcAAAF3BQAQYgYAvLIIAAFHAAC/2gkAqxcAAPENAABdegEAEGIGALyyCAD2tQMASbYDAOChCAAzoggAAAAAAL2LAADadAEAGB4CACwnAgC/JgsAGB4CAAViDQD5mAIAEPoIAJnoAQCR9QEA5PUBAOWPAgAplwMAfJcDAM+XAwAimAMAdZgDAMiYAwAbmQMAqNMCAOChCAAzoggAAAAAAL2LAADadAEAGB4CACwnAgDgEAUAmegBAEoSAQCdEgEAqTwKAPw8CgBPPQoAoj0KAOl6CgAIPwEAWz8BAPmYAgDadAEA2A8HAFFjDQDxDQAAmegBAOl6CgA8ewoAj3sKAOJ7CgA1fAoAiHwKANt8CgDxDQAAUwAAAO0FCADa/gUA7yUAALOpAQAGqgEAWaoBAE3tDADxDQAAsWcCAL/aCQAS2wkAOBoHAK1LAQCfWgsAqNMCAEX0AQBKEgEAOBoHAKsXAAABRwAAm4QAAFUtAgABdwUAEGIGALyyCACZ6AEA7OgBAD/pAQCIwgAAJYIBAPENAADUHQAAjPIKAIjWCQCs/QEAQ/AFAFUtAgCbhAAA4KgHAJnoAQCWJwoAT3sNAKJ7DQD1ew0A4KgHAKjTAgB9PwIAOP4KAIv+CgDe/goAMf8KANp0AQAsegIAf3oCANJ6AgDtkAAAm4QAAJKVDQCZ6AEA73ANANbGCAABRwAAmegBAO9wDQDvJQAAmegBAEoSAQA4GgcAixoHAJ0SAQAYHgIAQJEAAEoSAQA4lwEAi5cBABArAgB9wgcAv9oJANgPBwCZ6AEArP0BAHNdAwCZ6AEAqTULAGVsDQD+FwAAdzsBAFRHAACnRwAAUlcNAJnoAQDpegoACD8BAFs/AQC0VwsAB1gLAFpYCwBF9AEAmPQBAO9wDQDctQwAFA8LAGcPCwAFygoAWMoKAJnoAQDs6AEAP+kBAFv5CgCu+QoAAfoKAFT6CgCn+goA+voKAE37CgCg+woA6XoKADx7CgAGUAIACe0KANQdAACWJwoAT3sNAKJ7DQD1ew0AIq0AACmeAgADIA4ARfQBAJm3CADstwgAaaQKALykCgAPpQoAYbEKALSxCgCe/g0ALCcCAKMBBQBK6AYAmegBAAAAAABmGwsAmegBAJm3CACbhAAAZWwNANgPBwAlggEA4RgOANgPBwCWJwoAiWIMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAAQVAgCo0wIAS/gCAJ74AgDx+AIAFTsDAGg7AwC7OwMADjwDAGE8AwCpNQsAVS0CAKk1CwBVLQIAAAAAAMYlCwCZ6AEA2A8HAHuACABO6AsAoegLAPToCwBH6QsAqNMCAKz9AQBzXQMAAUcAAL/aCQCT1gIAhWIHAJuEAAAGUAIAmbcIAJuEAAAipgEAmegBAOzoAQA/6QEAkukBAOXpAQBPew0AonsNAPV7DQCrFwAAAUcAAJuEAACh2wEAmegBAJYnCgBPew0AonsNAPV7DQAQYgYA1sYIABCMAADkmwIAvyYLAFFjDQABRwAAv9oJANr+BQABRwAAv9oJAJuEAAAGUAIALCcCAL8mCwBRYw0AAUcAAL/aCQDa/gUAAUcAAL/aCQDxDQAAXXoBALB6AQADewEAVnsBAPP7CgBG/AoAmegBAKz9AQBzXQMAmegBALpiCwBdegEAsHoBAAN7AQBWewEAUwAAAAg/AQBbPwEAShIBADiXAQD2tQMA1B0AACceAAAsJwIAe7EBAHcfBQDa/gUAAUcAAAF3BQAQYgYAShIBAIntBADadAEALXUBAGseAgDuhAAA7ZAAAKz9AQCbhAAA7oQAAH0/AgCZ6AEAShIBAJ0SAQDxDQAAsWcCAJnoAQDgoQgAM6IIACBkAgB/jgsAqxcAAAFHAACZ6AEAbuUEACmeAgB8ngIAz54CACKfAgAlggEAm4QAACKmAQCxZwIA6VgDAOl6CgAIPwEAWz8BALRXCwAHWAsAWlgLAK1YCwCZ6AEAbuUEAMHlBABwOw0AwzsNABY8DQBpPA0AvDwNAA89DQCZ6AEAxdEAANp0AQBWXwUAVEcAAJnoAQCWJwoAiWIMANxiDAAvYwwAqV8FAG7lBADB5QQA530NACKtAADtkAAA8Q0AAJGiAQAEFQIALNMNAH/TDQCfWgsA8loLANp0AQBWXwUAv9oJANgPBwCZ6AEAxdEAANp0AQBWXwUAVEcAAJnoAQBu5QQAweUEAOd9DQA6fg0AvYsAAKz9AQABRwAAv9oJAAxvCwBfbwsAIRIMAO8lAACzqQEABqoBAFmqAQDxDQAAKV8LAHxfCwDPXwsAImALAHVgCwAQYgYAEGIGANy1DABWLgwAAXcFAFR3BQCndwUA2A8HAJnoAQDvcA0A1sYIAAFHAACZ6AEAaaQKALykCgDvcA0A7yUAAO2QAADYDwcAUWMNANgPBwCZ6AEAVi4MAAF3BQBUdwUAp3cFAPp3BQBNeAUAoHgFAFpmCQCJaQsA3GkLAPENAACxZwIAVi4MAAF3BQBUdwUAp3cFANgPBwCZ6AEA73ANANbGCAABRwAAmegBAGmkCgC8pAoAftkCANinCQD8LgwAsm8LAAVwCwBYcAsAq3ALAP5wCwBRcQsApHELAPdxCwBKcgsAnXILAPZ9CwBJfgsAnH4LAO9+CwB+2QIAAXcFAFR3BQCndwUA+ncFAE14BQCgeAUAWmYJAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCpNQsA7yUAAAFHAAC/2gkAtAQLAFYuDABzcQwACocLAKz9AQD7hg0AqTULAGVsDQC4bA0AaaQKALykCgBzYw4AxmMOABlkDgBlbA0AIq0AAO2QAADvcA0A7yUAAJnoAQCWJwoAT3sNAKJ7DQD1ew0AmegBABnTCgBs0woAv9MKABLUCgBEAAIAiWIMANxiDAD2tQMAlicKAIliDADcYgwA9rUDABnTCgBs0woAURgAAJYnCgBPew0AonsNAPV7DQBPew0AonsNAPV7DQDtkAAA2nQBAPmYAgAQ+ggAmegBAL2LAAAQjAAAQsUBAJXFAQDoxQEAO8YBAI7GAQDhxgEANMcBAIfHAQCGjQsA2Y0LACyOCwCZ6AEAvYsAABCMAADF0QAABQkCAFgJAgC/2gkA2A8HAJnoAQCWJwoAiWIMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAO8lAABCJgAAQJEAAJrjAAAZuAIARfQBAJj0AQDYDwcAmegBABnTCgBs0woAv9MKABLUCgBEAAIAiWIMADjqAQCL6gEA3uoBADHrAQCZ6AEAumILAA1jCwAirQAAIq0AAO2QAADxDQAAxdEAAAUJAgBeGg0AsRoNABnTCgBs0woAv9MKABLUCgBEAAIAiWIMADjqAQCL6gEA3uoBADHrAQCE6wEAiWIMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAOcdAwAAAAAAqxcAAOcdAwA6HgMAVi4MAHNxDAAKhwsAbuUEAMHlBAAU5gQAZ+YEALrmBAAN5wQAvyYLABInCwDOgAgA73ANAGNiBgC2YgYA6XoKANp0AQAtdQEAumILAOY2DQA5Nw0ABlACAOChCAAzoggAowEFAPYBBQANYwsAIq0AACKtAADtkAAA7ZAAAKz9AQD7hg0AqTULAKz9AQAlggEAowEFAEroBgCZ6AEA6XoKAAg/AQBbPwEAOZEMAIyRDADfkQwAMpIMAIWSDADvcA0A7yUAAJnoAQC9iwAAEIwAAOSbAgA3nAIAipwCAN2cAgAwnQIAg50CABnTCgCM3gEAdzQCAAF3BQDtkAAA8Q0AAJnoAQDvcA0A7yUAAJnoAQC9iwAAEIwAAOSbAgA3nAIAipwCAN2cAgAwnQIAg50CABnTCgCM3gEAdzQCAKsXAAD+FwAAh6QGAO2QAAABRwAA5yQCADolAgCNJQIAkAgBABhqAwDvcA0ArP0BAHuxAQB3HwUA2v4FAAFHAACZ6AEAnCsLAO8rCwBCLAsAlSwLABnTCgBs0woAURgAAKk1CwBVLQIAqC0CAPstAgBOLgIAoS4CAPQuAgBHLwIAShIBADgaBwABRwAAVEcAAKxkCwDYDwcAmegBAOEYDgDYDwcAmegBAOgzCgAQYgYAY2IGAAFHAAABdwUAEGIGALyyCACo0wIAvYsAABCMAADF0QAAGNIAAGseAgCSlQ0AkvAAAK/ZAQDoMwoAOzQKAO9wDQC8sggAmegBAKk1CwDtwAUA6DMKAKsXAAD+FwAAh6QGAO2QAADoMwoAOzQKAPmYAgBMmQIAn5kCAPKZAgBppAoAvKQKAIB1AQAQYgYA3LUMANA/AgDF0QAA2nQBAFZfBQBURwAAI9gEAK+aCgABRwAAVEcAAHNdAwCrCQIA/gkCAFEKAgCkCgIA9woCAOzoAQA/6QEA4KgHAPENAAAZ0woA5x0DAKk1CwB6aQ0AzWkNACBqDQBzag0AxmoNAC11AQBF9AEA2JkLAO8lAABCJgAAQJEAACwnAgCrFwAAIq0AAO2QAABN7QwAl/8NAKk1CwBjiwwAQ4gIAL2LAACbhAAA4KgHAKsJAgD+CQIALwIOAIICDgCkCQ4A9wkOAEoKDgCdCg4A8AoOAEMLDgCWCw4A6VgDAGmkCgCO2goA4doKABnTCgBs0woAv9MKABLUCgDoMwoAAUcAACPYBACvmgoA7ZAAAOgzCgDvJQAAs6kBAOCoBwDxDQAA1B0AAOgzCgCVfwsAI9gEAK+aCgABRwAAVEcAAHNdAwBl1AoAP+kBAOCoBwDxDQAAZbkCAKjTAgCo0wIAVxUCAK+aCgACmwoAVZsKAKibCgD7mwoATpwKAKGcCgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAftkCAAF3BQBUdwUAp3cFANgPBwCZ6AEA73ANANbGCAABRwAAmegBAMXRAAAFCQIA2nQBAFZfBQABdwUALXUBAEX0AQCZ6AEA7OgBABgyCwAYHgIAmegBAO9wDQBjYgYAtmIGAPl1BwBMdgcAn3YHAPJ2BwBFdwcARfQBAEX0AQAYHgIALCcCAEX0AQCI1gkAVS0CAL/aCQDtkAAAQJEAAJrjAAAZuAIAUwAAAISzCQDXswkAAUcAAKkuDAD8LgwARkgMAJlIDABaSg0ArUoNAABLDQBTSw0A8Q0AAJnoAQDs6AEAP+kBAJLpAQDl6QEA4KEIADOiCADxDQAAKV8LACWCAQABRwAAmegBALpiCwANYwsAWkoNAK1KDQAASw0AU0sNAAAAAABKGAwAmegBAOzoAQA/6QEAkukBADnyCgCWJwoAT3sNAKJ7DQD1ew0AvLIIAO2QAAC6YgsA1B0AADsmDACOJgwA4SYMAJnoAQDvcA0AVi4MAKkuDADFKgwAGCsMAGsrDAC+KwwAESwMAGQsDACZ6AEA73ANACWCAQAlggEA4RgOANr+BQABRwAAAXcFAC11AQD5AAAAN08NAPENAACZ6AEAotUMAJ0YDAABRwAAvYsAAFMAAAAirQAAda0AAMBZAgATWgIAZloCAEoSAQCdEgEAqTwKAPw8CgBPPQoAoj0KAJuEAAAGUAIA2A8HAEUdCADF0QAAqxcAACKtAAB1rQAAwFkCABNaAgBmWgIAAUcAAL/aCQAMbwsAVKALAKegCwD6oAsATaELAKChCwDzoQsA1B0AAPENAAAAAAAAAAAAAAAAAABu5QQAweUEABTmBADSNAwAJTUMAHg1DADxDQAARA4AACWCAQDhGA4ABBUCACWCAQB4ggEAt8sNAC11AQDvJQAAxdEAAAUJAgD+Yg0ALNMNAECRAACa4wAAGbgCANgPBwBRYw0ArP0BAP/9AQDhGQIAI9gEAEBECwCTRAsA+ZgCAEyZAgCfmQIA/BMEANgPBwArEAcANboNAAF3BQAQYgYAvLIIAJnoAQDF0QAABQkCAP5iDQDnHQMALXUBAEX0AQC/JgsAUWMNAKRjDQD3Yw0ASmQNAJ1kDQDwZA0AQ2UNAAF3BQAQYgYAvLIIAJnoAQDF0QAABQkCAP5iDQDnHQMALXUBAEX0AQC6YgsADWMLANp0AQBWXwUAv9oJAAxvCwCo0wIAVi4MAKkuDAD8LgwARkgMAJlIDADsSAwAP0kMAJJJDADs6AEAP+kBAJLpAQDl6QEA5FUMAGE1BAC0NQQAvFEKAK+aCgCO9gYARR0IANbGCAABRwAAmegBAAAAAABRYw0AQJEAAJrjAADt4wAAAAAAAAAAAAC6YgsADWMLANp0AQBWXwUAv9oJAAxvCwAONQQAiQ8MANwPDACrDw0A7OgBANUsCAAoLQgAey0IAAAAAAB8WAwA8qABAO8lAACzqQEABqoBAE/IAgCo0wIAlicKAIliDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAKBgLAHsYCwDgoQgAM6IIAHuxAQB3HwUA2v4FAAFHAAABdwUAEGIGALyyCACZ6AEAaaQKALykCgCtSwEAn1oLAPJaCwBFWwsAmFsLAOtbCwA+XAsAkVwLAORcCwA3XQsAil0LAKk1CwDtwAUAGdMKAGzTCgCHpAYATe0MAAdEAgBaRAIArUQCAABFAgCZ6AEAlicKAIliDADcYgwAL2MMAKlfBQBu5QQAweUEAOd9DQA6fg0AjX4NAEoSAQCJ7QQA2nQBAC11AQDnHQMALXUBAEX0AQCZ6AEAaaQKALykCgCGhgwA2YYMAN1PDQAwUA0A0xsCACyHDADpWAMAAAAAAJnoAQC9iwAAEIwAAF8cCwCyHAsABR0LAFgdCwCrHQsA/h0LAFEeCwCkHgsAT3sNAKJ7DQD1ew0ArP0BAPuGDQABRwAAxdEAAO2QAADtkAAAqxcAAJnoAQBWLgwAqS4MAPwuDABTAAAApgAAAPkAAADpWAMAhoYMANmGDADpWAMAAUcAANMbAgAshwwA6VgDAAAAAACZ6AEAVi4MAEv+DQDadAEA9rUDAEm2AwCctgMAqS4MAPwuDACybwsABXALAFhwCwCrcAsA/nALAFFxCwCkcQsA93ELAEpyCwCdcgsA9n0LAEl+CwCcfgsA734LAEJ/CwB9PwIAOP4KANgPBwCrFwAAECsCAJKVDQAj3wMAkAECAOMBAgCS8AAAr9kBAPkpBgApngIAfJ4CAM+eAgDuhAAAGB4CAD5xCADxDQAAkaIBAC11AQDnHQMA9rUDAJABAgCE/woA2A8HAJnoAQBppAoAvKQKAAFHAAC/2gkADG8LAF9vCwBjYgYAtmIGAPl1BwABRwAA5yQCAO9wDQC8sggAmegBALpiCwDUHQAAOyYMAI4mDADhJgwASgsCAJuEAADgqAcAM6kHAIapBwBu5QQAKZ4CAHyeAgDPngIArP0BAJuEAADuhAAAJYIBAJuEAAB9PwIAHZwLAHCcCwDDnAsAFp0LAGmdCwC8nQsA4KEIAK+aCgA/NQMAkjUDALQECwCa4wAAr5oKAFMAAAABRwAAv9oJAAAAAAAAAAAAAAAAAKz9AQD7hg0A7yUAABgyCwAYHgIALCcCAKk1CwDgqAcAM6kHABQJAABnCQAAnCsLAKxkCwD/ZAsAm4QAAO8lAAABRwAAv9oJALQECwCZ6AEAqTULAOCoBwAzqQcAFAkAAGcJAACcKwsArGQLAP9kCwCWJwoAm4QAAO6EAACFYgcAFAkAAGcJAACcKwsArGQLAP9kCwCWJwoAm4QAAO6EAACFYgcAFAkAAGcJAACcKwsArGQLAP9kCwD8EwQALXUBAF16AQAtdQEA7QUIAC10DQCAdA0A03QNACZ1DQAAAAAA7OgBAD/pAQCS6QEAYK8MALOvDACZ6AEAVi4MAKkuDAD8LgwAqw8NAH0/AgAAAAAAmegBAFYuDACpLgwA/C4MAKsPDQC6YgsADWMLANp0AQBWXwUAv9oJAAxvCwDpegoAPHsKAEkkDADs6AEAP+kBAJLpAQBu5QQAKZ4CAI+zAgAirQAA7ZAAABFWBgAlggEA4RgOANgPBwAncAwAenAMAM1wDAAgcQwAc3EMAMZxDAC/JgsAwkAOABVBDgBrHgIAVS0CAAF3BQAQYgYAvLIIAEoLAgBKEgEA8Q0AAFYuDACpLgwA/C4MAKsPDQDpegoAPHsKAEkkDADs6AEAP+kBAJLpAQC6YgsADWMLANp0AQBWXwUAv9oJAAxvCwAEFQIABBUCAKPJDACZ6AEA7OgBAD/pAQCS6QEA5ekBAE97DQCiew0A9XsNAOzoAQAYHgIAPnEIAEoSAQDvcA0A3LUMAGmkCgBF9AEAqxcAAP4XAAAYHgIALCcCAOAQBQCZ6AEAvYsAABCMAAA2FgsAiRYLANwWCwAvFwsAghcLANUXCwAUWwwAO8wMAI7MDADhzAwAShgMAFfCAQA7JgwAjiYMAOEmDACZ6AEAnCsLAKxkCwD/ZAsAxSoMABgrDABrKwwAvisMABEsDABkLAwAmegBAJwrCwCsZAsA/2QLAJuEAADuhAAAhWIHAJnoAQC6YgsA1B0AADsmDACOJgwA4SYMAJnoAQCcKwsArGQLAP9kCwBWLgwAqS4MAMUqDAAYKwwAaysMAL4rDAARLAwAZCwMAJnoAQCcKwsArGQLAP9kCwAAAAAAodsBAAFHAAC9iwAAGB4CACwnAgBN7QwAUwAAAKYAAABL+AIAnvgCAPH4AgBE+QIAlicKAIliDAA46gEAi+oBAN7qAQAx6wEAhOsBAPLzAQDgoQgAr5oKAG7lBADB5QQAFOYEABnTCgAQKwIAYysCAAAAAABN7QwAoO0MAJf/DQDs6AEAP+kBAJLpAQA58goA6XoKADx7CgBJJAwAqNMCABoFDgAncAwAenAMAKjTAgCZ6AEAvYsAABCMAADnHQMAVl8FAKlfBQB7sQEA0PIMAFMAAADadAEAVl8FAL/aCQC0BAsA+ZgCANp0AQAtdQEAPzUDAJuEAABZCgwA05AJAOl6CgAlggEAm4QAAFUtAgDvJQAAGDILABgeAgBKEgEAmegBALpiCwANYwsA2nQBAFZfBQC/2gkAr5oKAAKbCgCZ6AEA7OgBANUsCAACjQwAVY0MAKiNDAD7jQwATo4MAKGODAD0jgwAqTULAO8lAAABRwAAv9oJALQECwCXrA0A6qwNAD2tDQCQrQ0A460NADauDQAJ7QoAmegBAOzoAQAYMgsAazILAL4yCwC6YgsAJ3AMAHpwDADNcAwAIHEMAOY2DQA5Nw0ABlACAAFHAAC/2gkAqTULAKz9AQAQYgYAGB4CAAFHAAC/2gkADWMLACKtAAAirQAA7ZAAAPENAACRogEA7yUAAF4TDgA/6QEAkukBAOXpAQAhEgwAdBIMAMcSDAAYMgsAazILAL4yCwC6YgsAJ3AMAHpwDADNcAwAIHEMAOY2DQA5Nw0ABlACAAFHAAC/2gkAqTULAKz9AQAQYgYAGB4CAAFHAAC/2gkADWMLACKtAAAirQAA7ZAAAPENAACRogEA7yUAAF4TDgAaEwwAbRMMAMATDAAipgEAmegBAAAAAACZ6AEA7OgBAD/pAQCS6QEAFA8LAGcPCwAAAAAA4KEIAK+aCgACmwoAqNMCAJYnCgARVgYAZFYGAJKVDQAj3wMA1B0AANgPBwCo0wIA2nQBAC11AQDvJQAAGDILABm4AgBPyAIAosgCAFYuDACpLgwA/C4MAKsPDQD+Dw0AnB0NAO8dDQBCHg0A7OgBAD/pAQCS6QEAFA8LAGcPCwCWJwoAT3sNAKJ7DQD1ew0A5ekBAORVDABhNQQAtDUEAAANCgCJYgwAUa8OAKSvDgD3rw4ASrAOAOl6CgAlggEA4RgOAJuEAAAipgEA1B0AAOChCAAzoggAhqIIANInAgBN7QwAV8IBAKrCAQDyoAEAmbcIAIT/CgARVgYABQkCAP5iDQDnHQMALXUBAEX0AQBPyAIAosgCAFYuDACpLgwA/C4MAKsPDQD+Dw0AnB0NAO8dDQBCHg0AsWcCAARoAgBlbA0A2A8HACsQBwAGUAIA2A8HAEoLAgAQYgYA1sYIAO2QAABAkQAAmuMAABm4AgDwuAEAQ7kBACWCAQDhGA4AAUcAAL/aCQBWLgwAm4QAACKmAQCGhgwA2nQBACx6AgDYDwcAmegBAOzoAQA/6QEAkukBAOXpAQC6YgsADWMLACKtAAAirQAA7ZAAAPENAACRogEA7yUAAF4TDgAOUAwAYVAMALRQDAAHUQwAWlEMAE3tDACg7QwA8+0MAOY2DQAxRA0AhEQNANdEDQAqRQ0AAFIMAFNSDACmUgwAmegBAJnoAQCo0wIAShIBAEoSAQCJ7QQABlACAHNdAwCZ6AEAodsBAPTbAQBH3AEAmtwBAO3cAQBA3QEAqxcAAO2QAAABRwAAyKYBANgPBwBTAAAA7QUIANgPBwABRwAAm4QAAOCoBwCZ6AEAVi4MAKkuDAD8LgwAqw8NAD/pAQCS6QEA5ekBALpiCwANYwsAIq0AACKtAADtkAAA8Q0AAJGiAQDvJQAAXhMOAECRAAAsJwIAxdEAAAUJAgBeGg0A7ZAAAECRAAAsJwIAVi4MAKkuDAD8LgwAIq0AAJ24AQDwuAEAQ7kBACWCAQDhGA4AAUcAAFYuDACpLgwA/C4MAKk1CwB6aQ0AzWkNACBqDQBzag0AxmoNABlrDQBsaw0Av2sNAKjTAgAAAAAAAAAAANp0AQD2tQMAhoYMAAZQAgDtkAAAUwAAAAg/AQAsJwIAIGQCACmeAgBVLQIAv9oJACKtAAAAAAAA7OgBAD/pAQCS6QEAFA8LAGcPCwCWJwoAT3sNAKJ7DQD1ew0AIqYBAHWmAQDIpgEAG6cBAG6nAQDBpwEAFKgBAPENAACrCQIAqxcAAJnoAQCWJwoAT3sNAKJ7DQD1ew0AFsAGAGnABgC8wAYAD8EGAGLBBgC1wQYACMIGAFvCBgAQYgYAAUcAAFRHAACnRwAAUlcNAJnoAQCWJwoAT3sNAKJ7DQD1ew0AqxcAANgPBwB7gAgALXUBAEX0AQCo0wIAlicKAIliDABkeA0At3gNAAp5DQBdeQ0A8Q0AAJuEAADA6gUAUwAAACWCAQCs/QEAEGIGABgeAgB9PwIA0D8CAECRAACa4wAAGbgCAAFHAADnJAIAOiUCAI0lAgBv+wsA2A8HAFFjDQBv+wsAkAgBAO2QAABAkQAAmuMAAEoLAgCdCwIA8AsCAEMMAgCWDAIASgsCAO8lAACzqQEABqoBAAXKCgBYygoAAAAAAH7ZAgDYpwkA/C4MADBXDAA/6QEAkukBAOXpAQCrCQIAqwkCAO2QAACbhAAAZWwNACKtAAAYHgIALCcCAKMBBQBVLQIAAXcFABBiBgC8sggA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQAncQAAVS0CAAF3BQD2tQMA7yUAANUsCADtkAAA2A8HANgPBwBRYw0ApGMNAO0FCAAtdA0AgHQNAFFjDQCrFwAAIq0AAHNdAwDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAFMAAABTAAAAJYIBAPwTBAAirQAAKZ4CAFUtAgABdwUAEGIGALyyCAAirQAAnbgBAOWPAgCXrA0Av9oJAK1LAQBJ2AoAnNgKAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQCrFwAA/hcAAIekBgABRwAAI9gEAEBECwDBTQIA8Q0AAF16AQDtkAAAqxcAAAFHAAAirQAAnbgBAOWPAgAplwMAfJcDAM+XAwAimAMAdZgDAMiYAwAbmQMArYIFAACDBQBTgwUApoMFAPmDBQBMhAUAn4QFAPKEBQDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAL/aCQCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAAUcAAJuEAADadAEALXUBAO2QAABAkQAAJYIBAJuEAACIwgAAEIwAADYWCwCFYgcA2GIHAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQD8EwQALXUBAOcdAwBWXwUAAXcFAJuEAADgqAcA/BMEAAdEAgCbhAAAVS0CAAF3BQAQYgYAvLIIAO2QAACtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAVS0CAJuEAACbhAAA7oQAAEGFAACUhQAA54UAADqGAAAYHgIALCcCAPENAABEDgAA1sYIABgeAgAirQAA7ZAAAO8lAACzqQEABqoBAAXKCgBYygoA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQBF9AEA05AJACaRCQB7sQEA2A8HAKz9AQAirQAAIq0AAJ24AQDljwIAKZcDAHyXAwDPlwMAIpgDAHWYAwDImAMAG5kDAK2CBQAAgwUAU4MFAKaDBQD5gwUATIQFAJ+EBQDyhAUA2nQBACx6AgB/egIA0noCACV7AgB4ewIAy3sCAPENAACxZwIABGgCAFUtAgC/2gkA7ZAAAK1LAQAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAeiQLAM0kCwDtkAAArUsBAFGvDgCkrw4A968OAEqwDgCdsA4A8LAOAEOxDgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQB6JAsAzSQLACKtAACduAEA8LgBAEO5AQAlggEA4RgOAAFHAAABdwUAEGIGALyyCADtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQB6JAsAzSQLAAF3BQBUdwUAp3cFAPp3BQBNeAUAoHgFAPN4BQCxewsABHwLAFd8CwCqfAsA/XwLAFB9CwCjfQsA8k0BAHokCwDNJAsAvYsAABCMAAA2FgsAhWIHANhiBwArYwcAfmMHANFjBwAkZAcAe4AIABBiBgDtkAAArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQB6JAsAzSQLAPENAABWwAMAqcADAOEYDgCtSwEAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEA8k0BAHokCwDNJAsAI98DAHbfAwDJ3wMAHOADAG/gAwDC4AMAFeEDAGjhAwC74QMADuIDAGHiAwDyTQEAeiQLAM0kCwDvJQAAJYIBAHNdAwDF0QAABQkCAHNdAwDxDQAAVsADAKnAAwDhGA4ArUsBAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAPJNAQB6JAsAzSQLAOvmAwA+5wMAkecDAOTnAwCo0wIAVEcAABgeAgA+cQgAxdEAAJnoAQCWJwoAiWIMADjqAQCL6gEA3uoBADHrAQCE6wEAAAAAAJnoAQDgoQgAM6IIACBkAgB/jgsA0o4LACWPCwB4jwsAumILAH+HDADShwwAJYgMAHiIDADLiAwAHokMALpiCwB/hwwA0ocMACWIDAB4iAwAy4gMAB6JDACWJwoAiWIMADjqAQCL6gEA3uoBADHrAQCE6wEATe0MAJf/DQCpNQsAY4sMAEOICAC9iwAAm4QAAKk1CwBjiwwAQ4gIAL2LAACbhAAA4KgHAJnoAQBN7QwAl/8NAOr/DQA9AA4AkAAOAOMADgA2AQ4AiQEOANwBDgC9iwAAJYIBACWCAQCZ6AEAvyYLABInCwBlJwsAuCcLAAViDQAtdQEARfQBAJnoAQBppAoAVl8FAL/aCQAS2wkA8Q0AAO2QAADvJQAAAUcAAJnoAQBu5QQAweUEABTmBAAGAw0AWQMNAKwDDQD/Aw0ARfQBAJm3CADstwgAmegBAG7lBADB5QQAFOYEAAYDDQBZAw0ArAMNAP8DDQCIwgAA8Q0AANQdAADYDwcAmegBAKz9AQBzXQMAqNMCAFfCAQDq/w0A6ScKANgPBwCZ6AEA73ANAO8lAACZ6AEAaaQKALykCgCrFwAA7ZAAAECRAACZ6AEAlicKAIliDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAumILAOY2DQA5Nw0AV2gCAKpoAgCZ6AEAVi4MACPYBABARAsAk0QLAOZECwBN7QwAoO0MAKk1CwCs/QEAEGIGAPmYAgAQ+ggAlicKAIliDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEAxdEAAAUJAgBeGg0AsRoNAFYuDABL/g0Ap0cAAE9uAwASJwsAGB4CACwnAgAgZAIAAUcAAJnoAQBu5QQAKZ4CAAMgDgBWIA4AqSAOAO9wDQDvJQAAmegBAFYuDABL/g0Ap0cAAOzoAQAYMgsAJYIBACWCAQB4ggEAxdEAANp0AQAtdQEARfQBAJnoAQCWJwoAiWIMAABMAQBTTAEApkwBAPlMAQBMTQEAn00BAL2LAAAYHgIABWINAC11AQBF9AEAmegBAJwrCwDvKwsAZWwNANgPBwAlggEA/BMEAC11AQBF9AEAmegBAO9wDQDvJQAAmegBAFYuDABL/g0Ap0cAAEcuDgCaLg4A7S4OAEAvDgCTLw4A5i8OADkwDgCMMA4A3zAOADIxDgCFMQ4A2DEOACsyDgCrCQIA/gkCACFeDQBlbA0A/hcAAHc7AQBURwAAp0cAAFJXDQCZ6AEAlicKAIliDAAATAEAU0wBAKZMAQD5TAEATE0BAJ9NAQDyTQEA73ANACKtAAAirQAAYdQFALTUBQAH1QUAWtUFAOAQBQBgYwsAs2MLAAZkCwBZZAsAqNMCAAAAAAAAAAAAAAAAAJnoAQAZ0woAR4EOAJqBDgDtgQ4AaaQKALykCgBzYw4AxmMOABlkDgBsZA4Av2QOAKk1CwBK6AYA2A8HAHNdAwCbhAAABlACAKsXAACZ6AEAqTULAEroBgDYDwcA6XoKAKsXAABHgQ4AmoEOAO2BDgBppAoAvKQKAHNjDgDGYw4AGWQOAGxkDgC/ZA4AqTULAEroBgDYDwcA8Q0AALFnAgAEaAIA4KgHADOpBwBF9AEA05AJAEoSAQCZ6AEAaaQKALykCgBzYw4AxmMOABlkDgBsZA4Av2QOAKz9AQD//QEAC/gFAOSbAgAlggEA4RgOAGmkCgC8pAoAc2MOAMZjDgAZZA4AbGQOAJj0AQCZ6AEARfQBANOQCQAmkQkAGdMKAEeBDgCagQ4A7YEOAGmkCgC8pAoAc2MOAMZjDgAZZA4AbGQOAL9kDgBTAAAACD8BAFs/AQD5mAIA2nQBANgPBwBRYw0AQJEAAAntCgCxZwIAI9gEAEBECwBVLQIAv9oJAEX0AQBzXQMAqNMCAOvmAwA+5wMAkecDAOTnAwDF0QAA2nQBAFZfBQBURwAAmegBAJYnCgCJYgwAAEwBAFNMAQCmTAEA+UwBAExNAQCfTQEAqwkCAP4JAgBWLgwAc3EMAAqHCwDgoQgAM6IIAECRAACvmgoAApsKAJnoAQDpegoAPHsKAEkkDABTAAAAShIBAJnoAQCWJwoAT3sNAKJ7DQAAAAAA9XsNAHA7DQBTigQAie0EAGVsDQDYDwcAmegBAOzoAQA/6QEAkukBAOXpAQDF0QAA2nQBAFZfBQBURwAAmegBAJYnCgCJYgwA3GIMAC9jDACpXwUAbuUEAMHlBADnfQ0AZhsLALkbCwC5GwsAbHIMAPKgAQDqzwgAPdAIAJDQCADMIg0AHyMNAFMAAAAIPwEAWz8BALRXCwAHWAsAWlgLAK1YCwCZ6AEAbuUEAMHlBABwOw0AwzsNABY8DQBpPA0AvDwNAA89DQD8EwQA2JkLACuaCwDa/gUAc10DACKtAAB1rQAAVe4KAKjuCgD77goABcoKAFjKCgDtkAAAQJEAAJrjAAAZuAIARfQBAJj0AQCbhAAAS/4NAKdHAABSVw0ApVcNAKk1CwD8NQsATzYLAFYuDACpLgwA/C4MADBXDAA/6QEAkukBABQPCwBnDwsAc3EMAAqHCwC6YgsA1B0AAO2QAABWLgwAS/4NAKdHAADs6AEAXhMOALETDgAEFA4AVxQOALpiCwDmNg0AOTcNAFdoAgCqaAIAmegBAFYuDAAj2AQAQEQLAJNECwDgoQgAM6IIAE3tDAAYHgIAr5oKAAKbCgCZ6AEAShIBAIntBAD5mAIAEPoIABgyCwAYHgIAmegBAEoSAQCdEgEAGB4CACwnAgBppAoAvKQKAO8lAAAYMgsAGB4CAEoSAQCJ7QQAVS0CAAF3BQAQYgYA7ZAAANr+BQBh1AUAAUcAAAF3BQAQYgYAvLIIAJnoAQDs6AEAP+kBAJLpAQDl6QEA7OgBABgyCwAYHgIAmegBAFYuDACbhAAAIqYBAEv+DQCnRwAAUlcNAKVXDQD4Vw0A8VgNAERZDQCXWQ0A7OgBAD/pAQCS6QEAYK8MALOvDACZ6AEAVi4MAKkuDAD8LgwAk9YCAJfyAwDwzAoAQ80KAJbNCgDpzQoAPM4KAI/OCgDizgoANc8KAHOwAwDGsAMAcDsNAMM7DQAfwwIAcsMCAOEYDgB1pgEAp94OAPreDgCxZwIAc10DAHNdAwDkogEAeggPAKITEADYDwcAoTwAAE3fDgCg3w4AeggPALDFDgCZSQAA+n0QAKITEADYDwcAohMQAKITEADYDwcAeggPANoLEACiExAA+n0QAEX0AQAnHgAAkAgBAPp9EACQCAEASgMPAEoDDwDYDwcAUWMNACAfAACQCAEALsMAAOAQBQCAwA4AgMAOAKITEADgEAUAohMQADsmDADe4g4AMeMOANMTDwCn3g4A+t4OAA2aDwD6fRAAFAkAAHoIDwDe4g4AMeMOAJAIAQAr2A4AIuoPAHXqDwDLIA8ARfQBAEoDDwDbBg8ALgcPAKfeDgD63g4AwZgPAEoSAQCX/w0ASgMPAAjdDgBKAw8AvLIIAGc/EADTEw8AeggPAP2zDwCiExAAFAkAABQJAAA37g4Aiu4OAN3uDgD6fRAA8Q0AANgPBwCFYgcA2A8HADfuDgCK7g4AoR8QAJAIAQA37g4Aiu4OAKEfEAAnHgAAp94OAPreDgC2KwIAmegBAI7aCgB6CA8AqNMCAAFHAABKAw8ALHoCANgPBwB6CA8AZB8CAN7iDgAx4w4ASgMPADjiDgCL4g4A3uIOAAHXDwDe4g4AAdcPAFPjDwBKAw8AFPMOADDvDgCD7w4AK9gOADDvDgAAAAAAmegBADfuDgCK7g4AN+4OAIruDgA37g4Aiu4OAITjDgDTEw8A9WYQAEhnEAAEFQIAOOIOACvYDgDe4g4AMeMOAAQVAgDYDwcAmegBAPp9EACZ6AEAlGgQAK3pDgDEbRAAeggPAHoIDwDpWAMA6VgDAOlYAwCo0wIA4KgHAPuGDQAbyQgA+4YNAP8DDQD/Aw0AAUcAAFWUCwC04Q8AkvAAAPENAADxDQAAnvcOAMXRAACS8AAASgMPAPENAADF0QAASgMPAEoDDwBKAw8ASgMPAEoDDwAr2A4AK9gOAEoDDwBKAw8ASgMPAEoDDwBKAw8ASgMPACvYDgAr2A4AK9gOAEoDDwBKAw8ASgMPACvYDgAr2A4AdP0OACvYDgAr2A4ASgMPAJnoAQCZ6AEAWAEPAPbQCwCZ6AEA+n0QABgeAgDqzwgAmegBAPENAADxDQAASgMPAEoDDwAlggEAxG0QADfuDgCK7g4AqNMCAHoIDwD6fRAA8Q0AAI8FDwCZ6AEA1p0CANQdAABzXQMAmbcIAKsXAADYDwcAmHcHANgPBwA0Eg8AeggPAEpPEADEbRAA8Q0AAGdOAgDF0QAAxdEAAMXRAAD6fRAAxdEAAHEpAgCSlQ0A+n0QAGdOAgD6fRAAAEUCAAMSEABeBRAAsQUQALEMDwCs7g8A8AMPAG7rDwAUCQAAAUcAAJnoAQCxZwIA+n0QANlqEAAsaxAAsboCAJAIAQCxZwIA+n0QAFMAAACrFwAAUWMNALDFDgBzXQMAcNMPAFMAAAADEhAAFAkAABQJAAAUCQAA+JwPAHoIDwCwxQ4AsWcCAHNdAwBPGg8AULUDAFKdAwAZsA8Aap8JAE1+EABK6AYAK9gOACLqDwB16g8AZ5oDADfuDgCK7g4AoR8QAO0nDwAr2A4A+n0QAFnoBAD+VA8AK9gOAEoDDwBKAw8AN+4OAIruDgBKAw8A2wYPAC4HDwBEDgAAeggPALDFDgD6fRAAmegBAHoIDwDEbRAA2wYPAC4HDwCZ6AEAYOcEAEHCDwDoMwoA+n0QAKB4BQD6fRAAWmYJAMk4DwB6CA8AxCEPAAFHAAD6fRAAsWcCAOEYDgB6CA8A2gsQAJLwAABBwg8ATX4QAEoDDwDbBg8ATX4QAEoDDwD+VA8Aoj0KAMGuAACs/QEAK9gOACLqDwB16g8AN+4OAJ/kDwBKGAwAYJoPALDFDgDxDQAAkAgBAE4mDwAilw8AAUcAAAFHAAAr2A4AIuoPAHXqDwDEIQ8AAUcAAAFHAAABRwAAAUcAALbQDgCgMg8ACocLAHY4DwB6CA8ASgMPANsGDwAuBw8ADjsPAKINBQCwxQ4AZz8QAOHaCgBNfhAASgMPAE1+EABKAw8ABkgPAFlIDwCsSA8A7ZAAAH8fDwDSHw8AJSAPAHggDwCQnw8ABkgPAFlIDwCsSA8AttAOAMCeBAAr2A4AIuoPAHXqDwDEIQ8AproJAPp9EACxZwIAc10DAPp9EABBwg8AsMUOAOlYAwBumQMAv9oJAEoDDwDbBg8ALgcPAMk4DwAgHwAAK9gOACLqDwB16g8A+n0QAKjTAgDEIQ8AXKgIAAFHAAABRwAAZ0YPALpGDwANRw8AoHgFAGdGDwBKAw8AwPcPACvYDgBNfhAASgMPANsGDwBNfhAA4RgOAJnoAQDEbRAA2wYPAC4HDwBE5AUAeggPANoLEAD6fRAAETMLAHoIDwD6fRAA9qcFAEoDDwAr2A4ATX4QAN7iDgAx4w4A2A8HAKybDwAGSA8AWUgPAKxIDwDEbRAA2wYPAC4HDwBPGg8AsWcCAOEYDgBKAw8AKGsLAPp9EADhGA4A+tcPANgPBwD5mAIASgMPANsGDwAuBw8AttAOAJAIAQB6CA8A+n0QAHNxDACwxQ4ACe0KACvYDgBKAw8AK9gOAEoDDwBNfhAATX4QAE1+EABKAw8ASgMPAEoDDwDbBg8ALgcPAMRtEADwAw8AfYMQAHoIDwB9gxAAZ0YPAEoDDwAr2A4AIuoPAHXqDwAr2A4AIuoPAHXqDwD6fRAA/+4PALQECwD6fRAA4RgOAPp9EAB4BQcAsMUOAJnoAQDgEAUAkAgBAPp9EAD6fRAAsWcCAPp9EACxZwIA+n0QALFnAgBNfhAASgMPANsGDwAuBw8A4RgOAEoDDwDbBg8ALgcPAHoIDwAAAAAA2gsQAAqHCwAr2A4AIuoPAHXqDwAtXxAA+n0QAAMSEAABRwAADKYPAJ/kDwBK6AYADe0PAGDtDwChHxAAc10DAEoDDwDbBg8ALgcPAHoIDwB6CA8ASgMPANsGDwAuBw8AJkUIAAAAAACoeA8A+3gPAE55DwCYdwcAwPcPABP4DwBm+A8A+n0QALbQDgC0BAsARZoCAOEYDgB6CA8A+n0QAHDTDwB0JwkAttAOAPp9EAC8sggA0xMPADfuDgCK7g4A3uIOADHjDgAr2A4AIuoPAHXqDwA/NQMAeggPAPp9EAAbmQMASgMPAEoDDwDbBg8ALgcPANgPBwAgHwAASgMPAPnjDwBKAw8A2wYPAC4HDwBjbxAAAAAAACvYDgAi6g8AdeoPAHoIDwDEIQ8AsMUOAHoIDwCSuAgAQcIPALDFDgDwEgEAAAAAAPp9EABBwg8AsMUOAPASAQCZhg8AK9gOACLqDwB16g8As+0PAPADDwD6fRAAvLIIAEoDDwDbBg8ALgcPAPp9EABzXQMAM8QPAJnoAQCmkA8ASgMPAJLwAACARAgAAUcAAEpPEABzXQMA4BAFAPp9EABAkQAAoNgPAD81AwCrVA8AmegBAJnoAQB6CA8AoR8QABduEACQCAEA0xMPAJnoAQDBmA8AVl8FAMQhDwCrVA8ALXUBAJmGDwDshg8A2A8HAAAAAAAAAAAAAAAAAPp9EABBwg8AAAAAAAAAAAAAAAAAwZgPAJAIAQD6fRAAAxIQAEHCDwDYDwcASgMPAP5UDwD+VA8ASgMPAPADDwBPyAIAOXUQACLqDwB16g8AxCEPAGc/EADEbRAA8AMPAOlYAwAr2A4AftgOAOlYAwDtkAAAAUcAAJ3oBgD6fRAAm4QAAJ3oBgBNfhAAuaUPAKtUDwA37g4Aiu4OAITjDgDEIQ8A+n0QAHNdAwBKAw8A+n0QABuZAwCZ6AEAeggPABuZAwBKAw8A2wYPAC4HDwCPqw8A4qsPAOlYAwDpWAMA+n0QABuZAwAbmQMAYOcEAPrXDwCwxQ4AAAAAAPp9EAD6fRAA7ZAAAP/uDwCZ6AEA+n0QAP2zDwAUCQAAhu4JAEX0AQA0uA8Ah7gPAFMAAABTAAAAoHgFAHoIDwCZ6AEA+n0QAPp9EACrFwAAK9gOACLqDwB16g8AbVEPABEzCwBnmgMASgMPANsGDwAuBw8ATe0MADfuDgCf5A8AVNcPAP2zDwC8sggA/bMPAP2zDwDYDwcAqxcAADfuDgCf5A8Aiu4OACvYDgB6CA8A/bMPAFC0DwCjtA8AZz8QALC+DwDd5w8ASgMPABuZAwB6CA8AgtIIAFHZCAAAAAAAl54PAOqeDwAAAAAAAAAAAF7jCADBMQYAETMLAHoIDwD6fRAA+n0QAKDYDwABRwAAeggPAPp9EACX/w0AeggPAJAIAQCZ6AEASgMPANsGDwAuBw8A+n0QAJnoAQD6fRAAmegBAPp9EACQCAEAms0PAJAIAQCZ6AEA+n0QABQJAACazQ8AFAkAAP/uDwC8sggAms0PAKjTAgAAAAAAc10DAEDODwBzXQMA+n0QAP/uDwCRjBAAeggPAJGMEAD6fRAAkYwQAEoDDwDbBg8ALgcPAPp9EACX/w0AkAgBALDFDgDxDQAA8Q0AALDFDgDhGA4A/+4PAKjTAgAr2A4AIuoPAHXqDwBKAw8A2wYPAC4HDwCZ6AEALCcCAPp9EACZ6AEA+n0QAHoIDwCUwg8AmegBAJnoAQDgEAUAY/oIAGc/EAB6CA8AFAkAAPp9EACazQ8AmegBAN7iDgAx4w4AmicPAJf/DQDyWgsAeggPAAFHAAD5mAIAAUcAAMRtEADbBg8ALgcPAHoIDwC74A8A2A8HAHNdAwCtWAsAqNMCAAc1EACf5A8ArKoBAJnoAQDxDQAAAAAAAAntCgAAAAAAAdcPABzfDwBv3w8Awt8PAPp9EADEbRAA2wYPAC4HDwCZ6AEAFAkAAOlYAwDpWAMAZz8QAJnoAQAr2A4AmegBAHoIDwCo0wIAeggPALQ8AwADEhAAAxIQAE3tDAB6CA8A+n0QAJnoAQA37g4Aiu4OAMRtEADbBg8ALgcPAMRtEACZ6AEA2A8HAPp9EADYDwcAFeAPAPP7CgC8sggAFAkAAGc/EADQMQQAElcQADp+DQCS8AAA+n0QAN7iDgAx4w4AyGALAAc1EAAPpQoAmegBACj1DwCZ6AEAD6UKAOcVEADO9Q8AQn8LAFfCAQAr2A4AIuoPAHXqDwCZ6AEA+n0QAPp9EADEbRAAsWcCALFnAgDEbRAAxG0QANgPBwAO6A4AYegOAP76DwBZ9Q4AK9gOAEoDDwDwAw8A6/QBAKk1CwCRogEAMO8OACvYDgA6HgMAV8IBAGDnBAAhgQgACWMGAEX0AQABRwAASQIFANgPBwD6fRAA4RgOAOwsEADWnQIAyjQCANadAgDKNAIAmi8CAOgzCgBNfhAARZoCAPp9EAAUCQAAmegBAKz1DgDUHQAAOh4DAJRoEACZ6AEA+n0QAGc/EACSgBAA0DEEAPp9EACo0wIAqNMCAKjTAgCo0wIAeggPAHoIDwAr2A4AIuoPAHXqDwCYdwcASgMPAE/IAgDnFRAAzvUPAKZLDQA37g4Aiu4OAKZLDQCdGAwAN+4OANDdDwDEbRAA+eMPAPp9EACZ6AEA7yUAAO8lAABF9AEASgsCAIDADgAREBAAb/sLANoLEACZ6AEA+n0QAJnoAQBfbwsAj/4PAEoYDACZ6AEAmegBAJnoAQDLNQwAy4IBABgyCwARYxAASgMPAEX0AQDmRAsAEWMQAKjTAgARYxAAqNMCAHoIDwCZ6AEAmegBAOcVEADO9Q8A+n0QADfuDgCK7g4AoR8QAAKbCgCZ6AEAmegBAJnoAQCaJw8AmegBAB8OEAD+Dw0A8Q0AAM9YDADe4g4AeggPACvYDgDOGAsAD6UKAGNvEAAAAAAAD6UKAIpPDQBUKhAAg1ANAKcqEADTEw8A1ugPAMRtEADwAw8A5xUQAKsPDQCAwA4A0xMPAFQqEADTEw8ApyoQANMTDwDnFRAAzvUPALn4DwBTAAAARR0IAAFHAABF7A4A8Q0AAJnoAQAPpQoAzvUPAJnoAQBU1w8AfT8CAIUjEABdZBAAsGQQAHNdAwACmwoA2A8HAJnoAQCZ6AEAmegBAPp9EABSZQsAUmULAFJlCwBSZQsARfQBAEX0AQB5dQ0AmegBADfuDgBvMhAA5xUQAKJmEACZ6AEA5xUQAP4PDQCZ6AEAohMQAL0bEAA37g4AEBwQAJnoAQB+JBAA0SQQAJVcEAAkJRAAmegBAJnoAQDnFRAA/g8NAKITEAC9GxAAN+4OABAcEACZ6AEAo8kMACk8EAA37g4Aiu4OAMRtEADwAw8AmegBAAc1EABnPxAAZz8QAJLwAAA35w8AdT0QAN3nDwCqwgEAUmULAFJlCwBSZQsAUmULAJnoAQCFIxAAuAsPADDvDgB18Q4AApsKAAYDDQC2KwIAN+4OANDdDwCiExAAeggPAH4kEAB6CA8AZz8QAKjTAgBv+wsAb/sLAJnoAQARMwsAfiQQANEkEADYDwcA2A8HALETDgA37g4Aiu4OABEzCwB+JBAA0SQQANgPBwDYDwcAsRMOABgPEABrDxAAN+4OAJ/kDwBT4w8AAAAAAHoIDwD6fRAAeggPAE/IAgBKAw8A5xUQAJUeDQA37g4An+QPAFFOEAD2WhAAxG0QAPnjDwCo0wIAiu4OAKEfEAC/2gkA+n0QACUoAgBTAAAAEWMQAOcVEACVHg0AAUcAAEoDDwDYDwcAmegBADfuDgCK7g4AsRMOAPPtDACo0wIAqNMCAPKgAQDyoAEA8qABAPKgAQCo0wIAeggPAPKgAQCZ6AEAmegBAJnoAQAAAAAAAAAAAOcVEACiZhAAN+4OAIruDgCxEw4A+n0QALEaDQD6fRAA5xUQAL/aCQD6fRAA5xUQAJRoEAB6CA8AmegBAJnoAQBzXQMAqxcAANgPBwDtkAAAmegBAIUjEABdZBAAsGQQAANlEABWZRAAqWUQAPxlEACo0wIAN+4OAJ/kDwBIFBAAxG0QANsGDwA44g4A/gkCABEQEAA6aRAAjWkQAOBpEAAzahAAxG0QAPADDwCuwgYAxG0QAHoIDwAebRAAqNMCAOEYDgDYDwcASgMPAGc/EACQCAEA2gsQAJAIAQDaCxAA3uIOAAHXDwCQCAEAmegBAOcVEADO9Q8AN+4OAIruDgD+CQIA904QAPdOEAD+CQIAK9gOACvYDgAr2A4ABkgPACvYDgAr2A4AK9gOACvYDgDe4g4AAdcPACvYDgAGSA8AK9gOABvrDwAr2A4AG+sPACvYDgAb6w8AwPcPABvrDwAr2A4AG+sPACvYDgAb6w8AMx4PABvrDwAr2A4AG+sPAH8fDwDSHw8A3e4OAJnoAQCZ6AEAqNMCAHoIDwCrFwAAMO8OAFH7DwD6KhAA+ioQADDvDgCD7w4A4KgHAEZ/EACo0wIAqNMCAPENAADxDQAA6BAPAHoIDwCqwgEAK9gOAPp9EADz7QwA+n0QACvYDgCwxQ4A+n0QALDFDgAr2A4AIuoPALDFDgAchRAAb4UQACvYDgCo0wIAL/QPAHoIDwCZ6AEAmegBAJnoAQCRjBAAmegBAJnoAQCZ6AEAkYwQAJnoAQCGqQcAkYwQAPp9EAC/ZA4AmegBAJnoAQCRjBAAeggPAH8fDwDSHw8AJSAPACvYDgDyTQEAohMQAL0bEACZ6AEAxG0QAPADDwA37g4Aiu4OAKEfEAA6fg0ADBwLAENQEAASVxAA4RgOADHcDwAB1w8AU+MPAEoYDABKAw8A+eMPAEoYDAD6fRAA4KgHAC1fEACl7w8A5xUQAM71DwA37g4An+QPAFFOEAD6fRAAsMUOAOZECwCrFwAA+n0QALyyCAA37g4Aiu4OAKEfEACGhgwALV8QANNfEAA37g4AbzIQAOcVEACrDw0A+n0QAA==","out":"AAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAAAAgAMAAAAAAACAAQAAgAMAAIACAACAAwAAgAAAAIADAAAAAAAAgAEAAAAAAACAAwAAgAMAAAADAACAAwAAAAEAAIADAACAAwAAAAEAAAAAAACAAwAAgAAAAIADAACAAAAAgAEAAIADAACAAAAAgAAAAIADAACAAwAAAAIAAIADAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAACAAQAAgAIAAIABAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAwAAAAAAAIABAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAEAAIADAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAIAAAACAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAIAAIADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAADAACAAwAAgAMAAIADAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAACAAwAAgAAAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAMAAAABAACAAwAAgAEAAIADAACAAAAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAAAAgAMAAIADAACAAQAAgAAAAIADAACAAQAAgAAAAIABAACAAAAAgAEAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAIAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAIADAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAwAAAAEAAIAAAACAAQAAgAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAgAAAAIABAACAAQAAgAAAAIABAACAAwAAAAAAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAQAAgAAAAIADAACAAgAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAgAEAAIAAAACAAQAAgAEAAIAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAEAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAIADAAAAAwAAAAEAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAAAAACAAQAAgAAAAIADAAAAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAAAAIADAAAAAwAAgAAAAIADAAAAAwAAAAAAAIADAAAAAQAAgAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAQAAgAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAgAMAAIADAACAAAAAgAAAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAIADAAAAAAAAgAMAAAADAAAAAwAAAAEAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAAAAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIABAAAAAAAAgAAAAIADAACAAAAAgAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAEAAAADAAAAAQAAgAAAAIADAACAAQAAgAAAAIADAACAAwAAAAEAAAAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAAAAACAAwAAgAEAAAAAAACAAQAAgAAAAIABAAAAAQAAAAEAAIABAAAAAQAAAAEAAAABAACAAAAAgAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAAABAAAAAAAAgAEAAIAAAACAAQAAgAEAAIABAACAAAAAgAMAAIAAAACAAQAAgAAAAIADAACAAQAAAAEAAAABAAAAAQAAAAEAAIABAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAQAAgAEAAIADAACAAAAAgAEAAIABAAAAAAAAgAEAAIABAACAAAAAgAMAAIABAACAAQAAAAEAAAAAAACAAQAAAAEAAIABAAAAAQAAAAEAAAAAAACAAQAAAAAAAIABAACAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAAAAgAEAAAABAAAAAQAAgAAAAIABAACAAQAAAAAAAIAAAACAAQAAgAEAAAABAAAAAQAAgAEAAIACAACAAwAAgAMAAAABAACAAwAAAAEAAIABAACAAAAAgAEAAAABAAAAAQAAAAMAAIABAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAAAIAAIADAAAAAgAAgAIAAIACAACAAgAAgAAAAIAAAACAAwAAgAIAAIAAAACAAgAAgAIAAIACAACAAgAAgAIAAIACAACAAQAAgAAAAIABAACAAgAAgAMAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAAAEAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIADAACAAwAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAMAAIACAACAAAAAgAAAAIADAACAAwAAAAAAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIABAACAAAAAgAEAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAAAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIA=","tagWords":"AAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABgAAAAAMAAAQAAEAAAKAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAQAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAABAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABgAAAAAMAAAQAAEAAAKAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABgAAAAAMAAAQAAEAAAKAjEIAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAABAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAAEAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABgAAAAAMAAAQAAEAAAKAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABgAAAAAMAAAQAAEAAAKAjEIAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAEAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAEAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAEAABAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAABAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAIAAAAAAAAgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAEAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAQAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAQAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAAIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAEAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAACBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAEAAAAAAYAAAAADAAAEAABAAACkIxCAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAFBAAAAAAAAAAAAQAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAIAAAAABBAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAABACAAAAAAAAAAAAAAACAAAABAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAABAAAAAAAAAAEEAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgACAAAoAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAAAAAABAAAQAABAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAEAAAAAAEAABAAAEAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAABAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAQAAEAAAQAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAABAAAQAABAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAAACAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAgAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAEAAAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAQAAAAAAAAQAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAEAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAABAAAAAAAACAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAEDAAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAACAAAAAAQQAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAIAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAEAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAACAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAABAAAAAAAAAAACQAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAACAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAABAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADQAAEAABAAACgIxCAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAQAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAABAAAAAAGAAAAAA0AABAAAQAAApCNQgAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAACAAAAAAACAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAEAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAABAAEAAAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAARAAAQAAAoCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABgAAAAAMAAAQABEAAAKAjEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAABAAAAAAAAAAAABAAEAAAAAAAAAAAAQAACACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAEAAAAAAAAAAAAQAACACAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAQAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAABAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAABAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAIAAAAAAwAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAggAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAIAAAAAAAAwAAAAAAAAAABAAAAAAAAAAAAgAAAAAAAAABgAAAAAMAAAQAAEAAAKAjGIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAIABCAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAgAEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAABgAgAAAAAAADAAAAAAAAAAAEAAAAAAAAAAACAAAAAAAAAAGAAAAAAwAABAAAQAAAoCMQgAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAgAAAAAEEAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQQAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAABgAgAAAAAAADAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAABBAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABAAEAAAAAAAAAAAAQAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAQGAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAYAAAAADAAAEAABAAACgIxCAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAQAAAAAAAAAAAAAAAGACAAAAAAAAMAAAAAAAAAAAQAAAAAAAAAAAIAAAAAAAAAAAAIAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAEAAQAAAAAAAAAAABAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAQ=="},"index":{"lists":[[88,90,91,92],[1,2,4,5,6,7,10,11,32,33,34,35,36,39,40,41,42,45,46,47,48,49,50,51,52,53,54,55,56,60,65,66,68,69,70,71,72,73,74,75,76,77,78,79,83,84,85,86,88,90,91,92,96,101,102,129,132,133,135,146,147,148,150,151,152,153,154,155,163,166,176,177,181,182,185,194,195,199,203,205,206,207,208,210,212,213,215,218,219,220,221,235],[1,2,4,5,6,7,10,11,32,33,34,35,36,38,39,40,41,42,45,46,47,48,49,50,51,52,53,54,55,56,60,61,65,66,68,69,70,71,72,73,74,75,76,77,78,79,82,83,84,85,86,88,90,91,92,96,101,102,108,129,132,133,135,146,147,148,150,151,152,153,154,155,163,166,176,177,178,181,182,185,194,195,199,203,205,206,207,208,210,212,213,215,218,219,220,221,224,225,226,235],[58,81,88,90,91,92,184,224,241],[88,90,91,92,120,121,122,227,228,229,230,231,232,233],[4,5,88,90,91,92],[57,59,88,90,91,92],[88,90,91,92,215,234],[70,88,90,91,92,101,102,127,128,215,220,221],[88,90,91,92,120,121,122],[56,63,68,71,75,76,88,90,91,92,112,120,121,122,123,140,154,155,157,161,169,171,177,179,180,181,182,193,200,201,202,209,235],[18,19,20,26,27,88,90,91,92,100,160,173],[88,90,91,92,124,247],[9,88,90,91,92],[1,11,88,90,91,92,120,121,122,149,162,203,207,208,235],[13,88,90,91,92,120,121,122,126,149,203,207,208,235],[35,88,90,91,92,120,121,122,149,185,203,207,208,219,235],[4,21,88,90,91,92,120,121,122,149,150,172,203,207,208,223,235],[0,2,7,8,24,25,28,29,85,88,90,91,92,120,121,122,143,149,150,156,159,185,187,203,204,207,208,211,214,216,235,236,239,242,243,246,248],[3,12,15,24,28,29,31,38,41,42,64,67,86,87,88,90,91,92,96,98,104,105,107,113,120,121,122,125,130,133,136,143,149,150,158,165,167,168,174,185,186,197,203,207,208,235,244,249],[88,90,91,92,120,121,122,149,203,207,208,235],[88,90,91,92,120,121,122,149,150,203,207,208,235],[10,88,90,91,92,120,121,122,149,203,207,208,235],[88,90,91,92,120,121,122,149,203,207,208,235,240],[84,88,90,91,92,120,121,122,149,150,203,207,208,225,235,237,238],[79,87,88,90,91,92,99,103,114,120,121,122,145,149,189,203,207,208,225,235],[14,38,88,90,91,92,98,106,120,121,122,135,136,149,164,203,207,208,235],[7,30,62,88,90,91,92,120,121,122,149,150,203,207,208,235],[14,44,88,90,91,92,120,121,122,135,149,203,207,208,235],[16,17,37,49,88,90,91,92,97,109,111,115,120,121,122,131,137,138,139,141,142,144,149,153,170,175,176,188,191,196,198,199,203,207,208,217,222,235],[11,52,88,89,90,91,92,120,121,122,149,203,207,208,235],[5,88,90,91,92,120,121,122,149,203,207,208,235],[14,88,90,91,92,120,121,122,149,203,207,208,235],[88,90,91,92,95,110,116,117,118,119,134,190,192,245],[60,88,90,91,92],[22,23,88,90,91,92,120,121,122,203,207,208,235],[32,88,90,91,92],[33,34,36,39,40,88,90,91,92],[43,47,48,50,88,90,91,92],[46,69,88,90,91,92],[46,88,90,91,92,93,94],[46,70,72,88,90,91,92],[46,88,90,91,92],[51,53,55,69,88,90,91,92,210],[54,88,90,91,92,152],[69,88,90,91,92,210],[70,72,78,88,90,91,92,226],[72,88,90,91,92],[77,83,88,90,91,92,210,226],[80,88,90,91,92,183],[88,90,91,92,151],[88,90,91,92,210],[88,90,91,92,226],[74,88,90,91,92,213],[74,88,90,91,92,213,224],[74,88,90,91,92,194,195,213],[4,5,74,88,90,91,92,213],[74,88,90,91,92,213,215],[70,74,88,90,91,92,101,102,213,215,220,221],[74,82,88,90,91,92,194,195,213],[56,61,65,66,68,71,73,74,75,76,88,90,91,92,154,155,166,177,178,181,182,194,195,213,235],[1,6,11,74,88,90,91,92,194,195,203,205,206,207,208,213,218,235],[74,88,90,91,92,194,195,203,205,206,207,208,213,235],[35,74,88,90,91,92,185,194,195,203,205,206,207,208,213,219,235],[4,74,88,90,91,92,150,194,195,203,205,206,207,208,213,235],[2,7,74,85,88,90,91,92,150,185,194,195,203,205,206,207,208,212,213,235],[38,41,42,74,86,88,90,91,92,96,129,133,150,185,194,195,203,205,206,207,208,213,235],[74,88,90,91,92,163,194,195,203,205,206,207,208,213,235],[74,88,90,91,92,150,194,195,203,205,206,207,208,213,235],[10,74,88,90,91,92,108,194,195,203,205,206,207,208,213,235],[74,84,88,90,91,92,150,194,195,203,205,206,207,208,213,225,235],[74,79,88,90,91,92,194,195,203,205,206,207,208,213,225,235],[38,74,88,90,91,92,135,194,195,203,205,206,207,208,213,235],[7,74,88,90,91,92,150,194,195,203,205,206,207,208,213,235],[74,88,90,91,92,129,132,135,194,195,203,205,206,207,208,213,235],[49,74,88,90,91,92,129,153,176,194,195,199,203,205,206,207,208,213,235],[11,52,74,88,90,91,92,194,195,203,205,206,207,208,213,235],[5,74,88,90,91,92,194,195,203,205,206,207,208,213,235],[60,74,88,90,91,92,213],[74,88,90,91,92,194,195,203,207,208,213,235],[32,74,88,90,91,92,213],[33,34,36,39,40,74,88,90,91,92,213],[47,48,50,74,88,90,91,92,213],[45,46,69,74,88,90,91,92,213],[46,74,88,90,91,92,213],[46,70,72,74,88,90,91,92,213],[51,53,55,69,74,88,90,91,92,146,210,213],[54,74,88,90,91,92,152,213],[69,74,88,90,91,92,210,213],[70,72,74,78,88,90,91,92,148,213,226],[72,74,88,90,91,92,213],[74,77,83,88,90,91,92,210,213,226],[74,88,90,91,92,147,213],[74,88,90,91,92,148,213],[74,88,90,91,92,151,213],[74,88,90,91,92,210,213],[74,88,90,91,92,213,226]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,53,53,53,53,61,62,63,64,65,66,67,62,68,69,62,62,62,70,71,72,62,73,74,75,76,77,68,62,62,62,53,53,53,78,79,53,61,62,63,64,65,66,67,62,68,69,62,62,62,70,71,72,62,73,74,75,76,77,68,62,62,62,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,80],[9679,81],[9135,82],[215,83],[10095,84],[10003,85],[8595,84],[10008,86],[9472,87],[10007,88],[10004,89],[8730,90],[10006,91],[8505,53],[9762,92],[9888,92],[8617,93],[8226,94],[10060,95],[9654,96],[65123,96]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,111,112,114,117,123],[5,6,12,13,65,67,68,69,75,117],[65,67,68,69,92],[65,67,68,69,89,90,91,107,118],[1,65,67,68,69,89,90,91,92,107],[65,67,68,69,89,90,91,107],[7,65,67,68,69,89,90,91,107,108],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,113,116],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,115,121,123],[65,67,68,69,89,90,91,107,108],[65,67,68,69,74,86,89,90,91,103,107],[2,23,65,67,68,69,73,80,89,90,91,98,107,120],[16,44,65,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,98,107],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,110],[35,65,66,67,68,69,89,90,91,107],[2,65,67,68,69,89,90,91,107],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,110],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,109],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,111,112,122],[55,65,67,68,69,108],[55,63,65,67,68,69,108],[23,26,27,55,64,65,67,68,69,72,95,97,98,108],[55,65,67,68,69,119],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,108],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,110],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,110],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,109]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var PDO_DRIVER_FRAME = /Driver\/PDO\/?(PgSQL|PgSql|MySQL|MySql|SQLSrv|Sqlsrv)\/Driver\.php|Driver\/API\/(PostgreSQL|MySQL|SQLSrv)\/ExceptionConverter\.php|Database\/Connectors\/(Postgres|MySql|SqlServer)Connector\.php/;
var PDO_DATABASE = { pgsql: "postgresql", postgresql: "postgresql", postgres: "postgresql", mysql: "mysql", sqlsrv: "sqlserver", sqlserver: "sqlserver" };
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
    const service = found ? PDO_DATABASE[(found[1] ?? found[2] ?? found[3] ?? "").toLowerCase()] : void 0;
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
  /** AVA's wrapper of a thrown or rejected error: withdrawn if the error under its `values:` is a sure refusal, before the block ends. */
  avaWrapper;
  followAvaBlock(line) {
    const named = this.avaNamed;
    this.avaNamed = void 0;
    if (named !== void 0 && this.lineNumber === named.line + 1 && AVA_TAP_WRAPPER.test(line)) {
      this.avaWrapper = { unit: named.unit, finding: named.finding };
      return;
    }
    if (this.avaWrapper !== void 0 && (/^\s{0,8}\.\.\.\s*$/.test(line) || markerOf(line))) this.avaWrapper = void 0;
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
      if (this.avaWrapper?.unit === unit && finding.kind === "infrastructure" && finding.confidence === "high" && !finding.continuing) {
        uncount(unit, this.avaWrapper.finding);
        this.avaWrapper = void 0;
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
