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
} from "./chunk-PKSS2W2F.js";
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
} from "./chunk-VUYHQBYS.js";
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
var DERIVED = `{"prefilter":{"key":"rules 259\\n/FATAL:\\\\s+(?:password authentication failed|database \\"[^\\"]{1,200}\\" does not exist|role \\"[^\\"]{1,200}\\" does not exist|sorry, too many clients already|no pg_hba\\\\.conf entry)/\\n/server does not support SSL/\\n/fe_sendauth: no password supplied|SCRAM authentication requires libpq|password authentication failed for user/\\n/pq: SSL is not enabled on the server|The server requested (?:SCRAM|password)-based authentication, but no password was provided|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string/\\n/Access denied for user '/\\n/Unknown database '/\\n/ER_ACCESS_DENIED_ERROR|ER_BAD_DB_ERROR/\\n/Public Key Retrieval is not allowed|ER_NOT_SUPPORTED_AUTH_MODE|Client does not support authentication protocol requested by server|Authentication plugin '[\\\\w-]{1,64}' cannot be loaded/\\n/NOAUTH Authentication required|WRONGPASS/\\n/AUTH <password> called without any password configured|ERR Client sent AUTH, but no password is set/\\n/\\\\(AuthenticationFailed\\\\) Authentication failed|unable to authenticate using mechanism \\"|'codeName': 'AuthenticationFailed'|MongoSecurityException: Exception authenticating|MongoServerError: Authentication failed/\\n/ACCESS_REFUSED - Login was refused using authentication mechanism|NOT_ALLOWED - (?:vhost \\\\S{1,200} not found|access to vhost '[^']{0,200}' refused)/\\n/ProbableAuthenticationError|ProbableAccessDeniedError|Exception \\\\(403\\\\) Reason: \\"(?:username or password not allowed|no access to this vhost)\\"|Authentication with RabbitMQ failed\\\\. Please check your connection settings/\\n/\\\\b(?:InvalidAccessKeyId|SignatureDoesNotMatch|AccessDenied)\\\\b/\\n/\\\\bNOAUTH\\\\b|\\\\bWRONGPASS\\\\b|Login failed for user '|\\\\bAuthentication failed\\\\b|authentication failed for user|SASL authentication failed|ACCESS_REFUSED - Login was refused|invalid username[/ -]password|Access denied for user/i\\n/client version [\\\\d.]{1,10} is too old|Minimum supported API version is/\\n/\\\\[SSL: [A-Z_]{1,60}\\\\]|SSL routines:/\\n/(?<!except |raise |:raises )\\\\bAssertionError(?=:(?! Traceback \\\\(most recent call last\\\\):)|\\\\s*$| \\\\[ERR_ASSERTION\\\\])/\\n/^E\\\\s+assert\\\\b/\\n/Failed: DID NOT RAISE/\\n/AssertionFailedError|java\\\\.lang\\\\.AssertionError|ComparisonFailure|MultipleFailuresError/\\n/expected:\\\\s?<.{0,200}> but was:\\\\s?</\\n/Unexpected exception, expected<[^>\\\\n]{1,300}> but was<[^>\\\\n]{1,300}>/\\n/assertion \`left (?:==|!=) right\` failed|assertion failed: /\\n/^\\\\s{0,12}Assertion with \\\\S{1,4} failed\\\\b|^\\\\s{0,12}Expected truthy, got (?:false|nil)\\\\b/\\n/Assert\\\\.\\\\w+\\\\(\\\\) Failure|Xunit\\\\.Sdk\\\\.(?:Equal|NotEqual|True|False|Null|NotNull|Contains|DoesNotContain|Throws|Empty|NotEmpty|Single|All|Same|NotSame|InRange|IsType|IsAssignableFrom|StartsWith|EndsWith|Matches|AssertActualExpected|Xunit)Exception|NUnit\\\\.Framework\\\\.AssertionException|Assert\\\\.\\\\w+ failed\\\\./\\n/Expected values to be (?:strictly |loosely )?(?:deep-)?equal/\\n/\u2718 Assertion Error\\\\b/\\n/^Failed asserting /\\n/^\\\\s{0,12}'?Difference \\\\(- actual, \\\\+ expected\\\\):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{0,12}'?Value is not (?:\`true\`|\`false\`|truthy|falsy):(?:'\\\\s{0,4}:(?:\\\\s{0,4}\\\\|-?)?)?\\\\s*$/\\n/^\\\\s{2,12}assertion: (?:t\\\\.)?(?:is|not|deepEqual|notDeepEqual|like|true|false|truthy|falsy|regex|notRegex|throws|throwsAsync|notThrows|notThrowsAsync|snapshot|fail|assert)(?:\\\\(\\\\))?\\\\s*$/\\n/^\\\\s*(?:Expected|Received)(?: (?:substring|message|value|pattern|constructor|length|string|array|object|number of calls))?: /\\n/^\\\\s+expected: |^\\\\s+got: |\\\\(compared using (?:==|eql\\\\?|equal\\\\?)\\\\)/\\n/\\\\bexpected .{1,200} to (?:equal|be|deep|include|match|have|contain|throw|eql)\\\\b/\\n/Expected .{0,200} to (?:be|equal|include|eq)\\\\b/\\n/^\\\\s*But was:|Expected: .{0,200}\\\\s+But was:/\\n/\\\\bexpected:? [^\\\\n]{1,100}, got:? \\\\S|\\\\bexpected:? [^\\\\n]{1,100} but got:? \\\\S/i\\n/Error:\\\\s+(?:Not equal|Should (?:be|not be|contain)|Expected|\\"[^\\"]*\\" does not contain)/\\n/\\\\bgot:? .{0,200}\\\\bwant:? |\\\\bwant .{0,200}, got /\\n/_test\\\\.go:\\\\d+: .{0,300}\\\\b(?:want|wanted|expected)\\\\b/\\n/^(?!.{0,600}(?:refused|\\\\bdial\\\\b|connect|timed? ?out|unreachable|no such host|\\\\blookup\\\\b|EOF))\\\\s{0,8}[\\\\w.-]{1,100}_test\\\\.go:\\\\d{1,6}: .{1,300}? != .{1,300}$/\\n/pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw/\\n/(?<!except |except \\\\(|rescue |catch \\\\()\\\\b(?:TypeError|ReferenceError|NameError|AttributeError|NoMethodError|NullPointerException|NullReferenceException|KeyError|IndexError|ZeroDivisionError|UnboundLocalError|RangeError|ArgumentError|IndexOutOfBoundsException|ClassCastException|InvalidOperationException|RecursionError|StackOverflowError|NotImplementedError|UnsupportedOperationException|IllegalArgumentException|ArrayIndexOutOfBoundsException|NumberFormatException|ConcurrentModificationException|ValueError)(?=\\\\s?:|\\\\s*$| at [\\\\w$.]{1,200}\\\\.(?:java|kt|scala|groovy):\\\\d| \\\\()/\\n/\\\\bUndefined (?:variable \\\\$\\\\w|array key |offset: |property: [\\\\w\\\\\\\\]{1,200}::\\\\$|index: )|Call to a member function \\\\w{1,100}\\\\(\\\\) on (?:null|array|string|int|bool|float)\\\\b|Call to undefined method [\\\\w\\\\\\\\]{1,200}::\\\\w{1,100}\\\\(\\\\)|Too few arguments to function |Cannot redeclare \\\\w/\\n/error\\\\[E\\\\d{4}\\\\]|error TS\\\\d{4}|error CS\\\\d{4}/\\n/(?<!except )\\\\b(?:SyntaxError|IndentationError)(?=:|\\\\s*$)/\\n/cannot find symbol|COMPILATION ERROR|Compilation failed/\\n/\\\\.(?:c|cc|cpp|cxx|h|hpp):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error: /\\n/\\\\.java:\\\\[\\\\d+,\\\\d+\\\\] (?:incompatible types|cannot find symbol)/\\n/^e: \\\\S{1,500}\\\\.kts?:\\\\d+:\\\\d+ /\\n/\\\\.go:\\\\d+:\\\\d+: (?:undefined|cannot use|too many|not enough|missing return|declared and not used|invalid operation|imported and not used|syntax error)/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@/\\n/panic: runtime error|index out of (?:bounds|range)|attempt to (?:add|subtract|multiply|divide) with overflow|nil pointer dereference|panic: assignment to entry in nil map|slice bounds out of range|integer divide by zero/\\n/panicked at '(?:called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|index out of bounds)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\bsyntax error at or near \\"|\\\\bsyntax error at end of input\\\\b)/\\n/^(?!.{0,120}\\\\[\\\\d{1,7}\\\\](?: \\\\S{1,80})? (?:ERROR|STATEMENT|LOG|DETAIL|HINT):).{0,2000}?(?:\\\\b(?:column|operator) \\"[^\\"\\\\n]{1,200}\\" does not exist\\\\b|\\\\bfunction [\\\\w.\\"]{1,200}\\\\([^)\\\\n]{0,300}\\\\) does not exist\\\\b)/\\n/You have an error in your SQL syntax|\\\\bUnknown column '[^'\\\\n]{1,200}' in '/\\n/\\\\bthere is no parameter \\\\$\\\\d{1,5}\\\\b|\\\\bbind message supplies \\\\d{1,5} parameters?, but prepared statement \\"[^\\"\\\\n]{0,200}\\" requires \\\\d{1,5}\\\\b/\\n/the database system is (?:starting up|shutting down|in recovery mode)/\\n/LOADING Redis is loading the dataset in memory/\\n/server is in the process of starting up/i\\n/connection to server at \\"(?<host>[^\\"]{1,255})\\"(?: \\\\([^)]{0,64}\\\\))?, port (?<port>\\\\d{1,5}) failed/\\n/connection to server on socket \\"(?<socket>[^\\"]{1,255})\\" failed/\\n/accepting connections on Unix domain socket \\"(?<socket>[^\\"]{1,255})\\"/\\n/could not connect to server: (?:Connection refused|No such file or directory|Connection timed out|Connexion refus|Verbindungsaufbau abgelehnt|Conexi[o\xF3]n rehusada)/\\n/Is the server running (?:on host|locally)/\\n/SQLSTATE\\\\[08006\\\\] \\\\[7\\\\] (?:could not connect to server|connection to server at|could not translate host name)/\\n/PG::ConnectionBad\\\\b(?!: FATAL)/\\n/PSQLException: Connection to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) refused/\\n/Npgsql(?:\\\\.Npgsql)?Exception[^:]{0,40}: (?:Failed to connect|Exception while connecting|Connection refused)/\\n/asyncpg\\\\.exceptions\\\\.(?:CannotConnectNowError|ConnectionDoesNotExistError)/\\n/asyncpg.{0,80}Connect call failed/\\n/ImportError: libpq\\\\.so|Library not loaded: .{0,80}libpq/\\n/Error loading the 'postgresql' Active Record adapter\\\\. Missing a gem it depends on\\\\? (?!can't activate)/\\n/(?:^|\\\\s|: )(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) \\\\([^)]{0,255}\\\\): dial error: /\\n/failed to connect to \`[^\`]{1,300}\`: dial error/\\n/Connection terminated due to connection timeout/\\n/write CONNECT_TIMEOUT (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/error connecting to server: (?:Connection refused|connection timed out|Connection timed out|No route to host|Network is unreachable)/\\n/Error \\\\{ kind: Connect, cause: Some\\\\((?:Os \\\\{ code: \\\\d{1,5}, kind: (?:ConnectionRefused|TimedOut|HostUnreachable|NetworkUnreachable)|Custom \\\\{ kind: TimedOut)/\\n/Can't connect to (?:local )?(?:MySQL )?server (?:on '?(?<host>[\\\\w.:-]{1,255})'?|through socket)/\\n/Mysql2::Error::ConnectionError/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/Error loading MySQLdb module|lib(?:mysqlclient|mariadb)[\\\\w.]{0,20}(?:: cannot open shared object file|\\\\.dylib)/\\n/CommunicationsException: Communications link failure/\\n/Could not connect to address=\\\\(host=(?<host>[\\\\w.:-]{1,255})\\\\)\\\\(port=(?<port>\\\\d{1,5})\\\\)/\\n/Unable to connect to any of the specified MySQL hosts/\\n/Unknown (?:MySQL )?server host '(?<host>[\\\\w.-]{1,255})'/\\n/\\\\(HY000\\\\/2002\\\\): (?:Connection refused|Connection timed out|Operation timed out)/\\n/mysqli_sql_exception: (?:Connection refused|Connection timed out|Operation timed out)/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] (?:Connection timed out|Operation timed out)/\\n/(?<!\\\\()trilogy_connect - unable to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?!\\\\)|: (?:SSL Error|TRILOGY_DNS_ERROR|TRILOGY_UNSUPPORTED|TRILOGY_AUTH_PLUGIN_ERROR|TRILOGY_CLOSED_CONNECTION))/\\n/Error (?:-?\\\\d+ )?(?:while )?connecting to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Error \\\\d{1,4} connecting to unix socket: (?<socket>\\\\S{1,255}?)\\\\.? (?:No such file or directory|Connection refused)/\\n/MaxRetriesPerRequestError: Reached the max retries per request limit|Reached the max retries per request limit \\\\(which is \\\\d{1,6}\\\\)\\\\. Refer to \\"maxRetriesPerRequest\\" option/\\n/(?:Redis|RedisClient)::CannotConnectError/\\n/JedisConnectionException: (?:Failed to connect|java\\\\.net\\\\.ConnectException)/\\n/RedisConnectionException: Unable to connect/\\n/RedisException: (?:Connection refused|php_network_getaddresses|No route to host|Redis server went away)/\\n/It was not possible to connect to the redis server\\\\(s\\\\)[^\\\\n]{0,300}?\\\\b(?:UnableToConnect|SocketFailure|ConnectTimeout|UnableToResolvePhysicalConnection)\\\\b/\\n/\\\\bRedis connection (?:to \\\\S{1,300} )?failed|Redis connection in broken state/\\n/TimeoutError: Timeout connecting to server/\\n/ConnectionException: (?:Connection (?:refused|timed out)|Operation timed out|No route to host|Network is unreachable) \\\\[(?:tcp|tls|redis|rediss):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\]/\\n/ConnectionException: (?:No such file or directory|Connection refused) \\\\[unix:(?<socket>[^\\\\]\\\\s]{1,255})\\\\]/\\n/RedisException: (?:Connection timed out|Operation timed out)\\\\b/\\n/ConnectionTimeoutError: Connection timeout/\\n/ServerSelectionTimeoutError|Mongo(?:ose)?ServerSelectionError|MongoTimeoutException|MongoSocketOpenException|Mongo::Error::NoServerAvailable/\\n/A timeout occurred after \\\\d+ms selecting a server/\\n/server selection error: server selection timeout/\\n/server selection error: .{0,200}?current topology: \\\\{ Type: \\\\w{1,40}, Servers: \\\\[\\\\{ Addr: [^,\\\\s]{1,255}, Type: Unknown,[^}]{0,300}?Last error: (?![^}]{0,200}auth error)/\\n/No suitable servers found[^[]{0,80}\\\\[(?:connection refused|connection timeout|socket timeout|unknown connection error)/\\n/No suitable servers found[^[]{0,80}\\\\[Failed to resolve '(?<host>[\\\\w.-]{1,255})'/\\n/Server selection timeout: No available servers/\\n/AMQPConnectionError|BrokerUnreachableException|Bunny::TCPConnectionFailed/\\n/amqp.{0,40}(?:ECONNREFUSED|Connection refused)/i\\n/AMQPConnectionException: Socket error: could not connect to host/\\n/Error Connecting to server ?\\\\(-?\\\\d{1,5}\\\\): (?:Connection refused|Connection timed out|No route to host|Network is unreachable|php_network_getaddresses)/\\n/NoBrokersAvailable|KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded/\\n/Broker may not be available/\\n/Connection to node -?\\\\d+ \\\\((?:[\\\\w.-]*\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)\\\\) could not be established/\\n/Connect to ipv[46]#(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) failed: /\\n/KafkaConnectionError: Unable to bootstrap from \\\\[\\\\('(?<host>[^']{1,255})', (?<port>\\\\d{1,5})/\\n/kafka: client has run out of available brokers to talk to(?!: dial tcp: lookup )/\\n/Could not connect to any of the seed brokers/\\n/elasticsearch\\\\.exceptions\\\\.ConnectionError|opensearchpy\\\\.exceptions\\\\.ConnectionError|Elastic::Transport::Transport::Error|NoLivingConnectionsError/\\n/elastic_transport\\\\.ConnectionError: Connection error caused by: (?![^\\\\n]{0,400}\\\\[Errno -[235]\\\\])/\\n/elastic_transport\\\\.ConnectionTimeout: Connection timeout caused by: (?:ConnectTimeoutError|NewConnectionError)/\\n/NoNodeAvailableException: (?:No alive nodes\\\\. All the \\\\d{1,4} nodes seem to be down|Exceeded maximum number of retries)/\\n/NoNodesAvailableException: No alive nodes found in your cluster/\\n/no (?:active connection found: no )?Elasticsearch node available/\\n/error (?:has )?occurred while establishing a connection to SQL Server/\\n/The TCP\\\\/IP connection to the host (?<host>[\\\\w.-]{1,255}), port (?<port>\\\\d{1,5}) has failed/\\n/Login timeout expired/\\n/unable to open tcp connection with host '(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)'(?!: dial tcp: lookup )/\\n/(?:\\\\]| SQL Server : )TCP Provider: Error code 0x(?:2749|274D|2AF9)\\\\b/\\n/(?:Adaptive|TDS) Server is unavailable or does not exist|SQL Server is unavailable or does not exist/\\n/Dalli::RingError: No server available/\\n/MemcacheServerError: .{0,80}(?:refused|unreachable)/i\\n/memcache(?:d)?.{0,60}(?:Connection refused|ECONNREFUSED)/i\\n/MemJS: Server <[^>]{1,300}> failed/\\n/memcache: connect timeout to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/MemcachedException: There is no available connection at this moment/\\n/[Mm]emcached?\\\\b[^\\\\n]{0,160}(?<![\\\\w.:[\\\\]-])(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[^\\\\w\\\\n][^\\\\n]{0,60}?\\\\b(?:CONNECTION FAILURE|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/pylibmc\\\\.(?:ConnectionError|ServerDead|ServerDown|HostLookupError): /\\n/\\\\b(?:SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)\\\\b/\\n/(?:[Mm]emcache|memcached_\\\\w{1,40}\\\\().{0,200}?\\\\b(?:CONNECTION FAILURE|COULD NOT OPEN UNIX SOCKET)\\\\b/\\n/Connection Status \\\\{ ?(?:[\\\\w.-]{0,255})?\\\\/?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d) active: false\\\\b/\\n/CheckedOperationTimeoutException: Timed out waiting for operation(?: - failing node: \\\\S{1,300})?/\\n/^\\\\s{0,20}java\\\\.lang\\\\.RuntimeException: Timed out waiting for operation\\\\s*$/\\n/OperationTimeoutException: (?:Mutate operation timed out,unable to modify counter|Timeout waiting for value)/\\n/NoHostAvailable(?:Error|Exception)?:/\\n/gocql: no hosts available in the pool|gocql: unable to create session/\\n/All host\\\\(s\\\\) tried for query failed/\\n/AllNodesFailedException: Could not reach any contact point(?![^\\\\n]{0,2000}(?:AuthenticationException|InvalidKeyspaceException|UnsupportedProtocolVersionException))/\\n/nats: no servers available for connection/\\n/NoServersError/\\n/NatsError: CONNECTION_REFUSED/\\n/Unable to connect to NATS servers?/\\n/clickhouse_driver\\\\.errors\\\\.NetworkError: Code: 210/\\n/ClickHouseException: .{0,200}(?:Connection refused|Connect timed out)/\\n/clickhouse.{0,80}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/minio.{0,120}(?:ECONNREFUSED|Connection refused|connect: connection refused)/i\\n/io\\\\.minio\\\\.(?:errors\\\\.)?\\\\w{0,80}Exception: .{0,120}(?:Connection refused|Failed to connect)/\\n/Could not connect to the endpoint URL: \\"https?:\\\\/\\\\/(?<host>[\\\\w.-]{1,255})(?::(?<port>\\\\d{1,5}))?[/\\"]/\\n/Cannot connect to the Docker daemon|Is the docker daemon running\\\\?|permission denied while trying to connect to the Docker daemon/i\\n/error during connect: .{0,80}docker/i\\n/DockerException: Error while fetching server API version/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory.{0,40}(?:docker|sock)/i\\n/connect ENOENT \\\\/var\\\\/run\\\\/docker\\\\.sock/\\n/SocketNotFoundError\\\\(\\"?[^\\")\\\\n]{0,200}docker\\\\.sock/\\n/docker\\\\.sock.{0,40}(?:No such file or directory|not found|does not exist)/i\\n/Could not find a valid Docker environment|Could not find a working container runtime strategy|Docker is either not running or misconfigured|failed to create Docker provider|rootless Docker not found|Cannot connect to Docker endpoint/i\\n/(?:connect ECONNREFUSED |dial tcp |Connection refused: (?:[\\\\w.-]{1,255}\\\\/)?|Connect call failed \\\\(')(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})(?:'?, |:)(?<port>\\\\d{1,5})(?!\\\\d)/\\n/Connection refused - connect\\\\(2\\\\) for \\"?(?<host>[\\\\w.:-]{1,255})\\"? port (?<port>\\\\d{1,5})/\\n/actively refused it\\\\.? \\\\(?(?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\)?/\\n/tcp connect \\\\((?<host>[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\): (?:connection refused|econnrefused|non-existing domain)/\\n/dial tcp :(?<port>\\\\d{1,5}): connect: connection refused/\\n/https?:\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})[^\\\\s\\"']{0,300}[\\"']?:? (?:Connection refused|connect(?:ion)? refused)/i\\n/Connection refused \\\\[(?:tcp|tls|unix):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\((?:Connection refused|.{0,40}\\\\b111\\\\b)/\\n/\\\\b(?:tcp|tls|redis|rediss|amqp|mongodb|memcached?):\\\\/\\\\/(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?![\\\\d/])[^\\\\n]{0,160}?\\\\b(?:Connection refused|ECONNREFUSED)/\\n/\\\\b(?:at|to|on) (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)[.:,]? \\\\(?(?:[Cc]onnection refused|ECONNREFUSED)/\\n/HTTPConnectionPool\\\\(host='(?<host>[^']{1,255})', port=(?<port>\\\\d{1,5})\\\\)/\\n/Failed to connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)(?: -| in|:|$)/\\n/Can't reach database server at \\\\\`?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255})\\\\\`?:\\\\\`?(?<port>\\\\d{1,5})/\\n/[Cc]ould not connect to (?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})(?!\\\\d)/\\n/ConnectionRefusedError|\\\\[Errno 111\\\\] Connection refused|\\\\[Errno 61\\\\] Connection refused|\\\\[WinError 10061\\\\]/\\n/java\\\\.net\\\\.ConnectException: Connection refused|ConnectionRefused|Connection refused \\\\(os error 111\\\\)|SocketException \\\\(111\\\\)|actively refused it|ECONNREFUSED/\\n/Connexion refus\xE9e|Verbindungsaufbau abgelehnt|Conexi\xF3n rehusada|Connessione rifiutata|Conex\xE3o recusada/\\n/Errno::ECONNREFUSED/\\n/:econnrefused\\\\b/\\n/SQLSTATE\\\\[HY000\\\\] \\\\[2002\\\\] Connection refused/\\n/\\\\b[Cc]onnection failed: Connection refused\\\\b/\\n/Connect to (?:https?:\\\\/\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5}) \\\\[[^\\\\]\\\\n]{0,300}\\\\] failed: (?:Connection refused|[Cc]onnect timed out|Connection timed out)/\\n/Timeout connecting to \\\\[(?:[\\\\w.-]{1,255}\\\\/)?(?<host>\\\\[[0-9A-Fa-f:.]{1,64}\\\\]|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,64}|[\\\\w.-]{1,255}):(?<port>\\\\d{1,5})\\\\]/\\n/java\\\\.net\\\\.SocketTimeoutException: [Cc]onnect timed out\\\\b/\\n/java\\\\.net\\\\.ConnectException: Connection timed out\\\\b/\\n/dial unix (?<socket>\\\\/[^\\\\s:]{1,255}): connect: (?:no such file or directory|connection refused)/\\n/connect ENOENT (?<socket>\\\\/\\\\S{1,255}\\\\.sock)/\\n/OperationalError\\\\)? .{0,80}(?:could not connect|connection refused|Can't connect|unable to (?:open|connect)|connection (?:to server )?(?:failed|timed out))/i\\n/pool timed out while waiting for an open connection/\\n/Connection is not available, request timed out after \\\\d+ ?ms(?! ?\\\\(total=\\\\d{1,6}, active=[1-9])/\\n/Knex: Timeout acquiring a connection/\\n/(?:Pool|pool)Error: Timeout\\\\((?:Wait|Create)\\\\)|deadpool.{0,80}Timeout\\\\((?:Wait|Create)\\\\)/\\n/Unable to acquire JDBC Connection|Failed to obtain JDBC Connection/\\n/timeout exceeded when trying to connect/\\n/Connections could not be acquired from the underlying database!|could not acquire a resource from its primary factory or source/\\n/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[\\\\w.-]{1,255})/\\n/could not translate host name \\"(?<host>[\\\\w.-]{1,255})\\"/\\n/lookup (?<host>[\\\\w.-]{1,255})(?: on [\\\\d.:[\\\\]]{1,64})?: (?:no such host|server misbehaving|Temporary failure|dial udp|read udp|i\\\\/o timeout)/\\n/Error -[23] connecting to (?<host>[\\\\w.-]{1,255}):/\\n/php_network_getaddresses: getaddrinfo for (?<host>[\\\\w.-]{1,255}) failed/\\n/Name or service not known.{0,40}\\\\b(?<host>[\\\\w.-]{1,255}):\\\\d/\\n/UnknownHostException: (?<host>[\\\\w.-]{1,255})/\\n/dial (?:tcp|udp)\\\\d?: address (?<host>[\\\\w.-]{1,255}): no suitable address found/\\n/Failed to open TCP connection to (?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\((?:getaddrinfo|Name or service not known|nodename nor servname)/\\n/[Uu]nable to connect to (?:tcp|tls|ssl):\\\\/\\\\/(?<host>[\\\\w.-]{1,255}):\\\\d{1,5} \\\\(.{0,60}(?:Unknown host|Name or service not known|getaddrinfo)/\\n/^\\\\s*(?:Uncaught )?AggregateError(?: \\\\[ECONNREFUSED\\\\])?:?\\\\s*$/\\n/gaierror: \\\\[Errno -[235]\\\\]|Name or service not known|Temporary failure in name resolution|nodename nor servname provided|No such host is known|Host (?:name )?lookup fail(?:ure|ed)/\\n/java\\\\.nio\\\\.channels\\\\.UnresolvedAddressException|getaddrinfo: Name or service not known \\\\(SocketError\\\\)|^\\\\s*SocketError\\\\s*$/\\n/Failed to establish a new connection: \\\\[(?:Errno|WinError) (?:111|61|10061)\\\\b/\\n/NewConnectionError\\\\(.{0,200}Failed to establish a new connection(?!: \\\\[Errno -)/\\n/\\\\b(?:[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?<service>clickhouse\\\\-server|testcontainers|elasticsearch|nats\\\\-server|postgresql|opensearch|sql\\\\-server|clickhouse|sqlserver|memcached|cassandra|postgres|rabbitmq|memcache|scylladb|s3\\\\-minio|mariadb|mongodb|elastic|dockerd|valkey|rabbit|scylla|docker|pgsql|mysql|redis|mongo|kafka|mssql|minio|amqp|nats)\\\\b(?! (?:at|on) [\\\\w.-]{1,255}:\\\\d)/i\\n/(?:^|[\\\\s:])(?<tool>[\\\\w.-]{2,40}): (?:command )?not found/\\n/exec: \\"(?<tool>[\\\\w.-]{2,40})\\": executable file not found/\\n/\\\\bspawn (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40}) ENOENT\\\\b/\\n/Errno::ENOENT: No such file or directory - (?:[\\\\w./-]{0,300}\\\\/)?(?<tool>[\\\\w.-]{2,40})$/\\n/FileNotFoundError: \\\\[Errno 2\\\\] No such file or directory: '(?:[\\\\w./-]{0,300}\\\\/bin\\\\/)?(?<tool>[\\\\w.-]{2,40})'$/\\n/Operation \`[^\`]{1,200}\` buffering timed out after \\\\d+ ?ms/\\n/Local: All broker connections are down/\\n/(?:ModuleNotFoundError|ImportError): No module named '?(?<module>[\\\\w.]{1,200})'?/\\n/Cannot find (?:module|package) '(?<module>[^'\\\\s]{1,200})'/\\n/Failed to load url (?<module>[^\\\\s(]{1,200}) \\\\(resolved id/\\n/Failed to resolve (?:import|entry for package) \\"(?<module>[^\\"\\\\s]{1,200})\\"/\\n/Could not resolve \\"(?<module>[^\\"\\\\s]{1,200})\\", but found it in a package\\\\.json/\\n/Could not find a matching package for 'npm:(?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})(?:@[^'\\\\s]{0,60})?'/\\n/Relative import path \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not prefixed with \\\\/ or \\\\.\\\\/ or \\\\.\\\\.\\\\//\\n/Import \\"(?<module>[^\\"./\\\\s][^\\"\\\\s]{0,200})\\" not a dependency/\\n/Please install (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200}) package manually/\\n/package has not been found installed\\\\. (?:Try to install it: npm install|Please run \\"npm install) (?<module>(?:@[\\\\w.-]{1,100}\\\\/)?[\\\\w.-]{1,200})/\\n/(?:ImportError|ModuleNotFoundError|RuntimeError): (?:The )?'?(?<module>[A-Za-z_]\\\\w{0,60})'? (?:module |package |library )?(?:is not installed|is required|must be installed|could not be imported)\\\\b/\\n/cannot load such file -- (?<module>[\\\\w/.-]{1,200})/\\n/Could not find gem '(?<module>[\\\\w-]{1,100})/\\n/Could not find (?<module>[a-z][\\\\w-]{0,100}?)-\\\\d[\\\\w.]{0,40} in (?:any of the sources|locally installed gems|the gems available)/\\n/No suitable driver found for jdbc:(?<protocol>\\\\w{1,40})/\\n/ClassNotFoundException: (?<module>[\\\\w.$]{1,200})/\\n/NoClassDefFoundError: (?<module>[\\\\w/$]{1,200})/\\n/Could not find artifact (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/Failure to find (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/artifacts? could not be resolved: (?<module>[\\\\w.-]{1,200}):[\\\\w.-]{1,200}:/\\n/\\\\b(?:Class|Interface) [\\"'](?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})[\\"'] not found/\\n/\\\\bCall to undefined function (?<module>\\\\\\\\?[A-Za-z_][\\\\w\\\\\\\\]{0,200})\\\\(\\\\)/\\n/\\\\b(?:The |PHP )?(?<module>[A-Za-z_]\\\\w{1,40}) (?:PHP )?extension (?:is )?not (?:loaded|installed|available|enabled)/i\\n/\\\\bExtension (?<module>[A-Za-z_]\\\\w{1,40}) is required\\\\b/\\n/\\\\bcould not find driver \\\\(Connection: (?<service>[\\\\w-]{1,40})/\\n/\\\\bcould not find driver(?=$|[\\"'.,;)]|\\\\s\\\\(|\\\\s+in\\\\s)/\\n/cannot find package \\"(?<module>[\\\\w./-]{1,200})\\"/\\n/no required module provides package (?<module>[\\\\w./-]{1,200})/\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^\\\\d{3}[+-] /\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^error: Test failed$/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^(?:E {1,8})?(?:Caused by: |Error: |\\\\s{0,8}Suppressed: |\\\\s{0,8})?(?:[A-Za-z_$][\\\\w$]{0,80}\\\\.){0,8}(?:[A-Z][\\\\w$]{0,80}(?:Error|Exception|Failure)|Exception|Failed|SystemExit)(?: \\\\[\\\\w{1,40}\\\\])?: \\\\S|^\\\\s{1,8}[\\\\w-]{1,100}_test\\\\.go:\\\\d{1,6}: \\\\S|^(?:FAIL|Error|error): \\\\S|Segmentation fault|SIGSEGV|SIGABRT|^fatal error: |^panic: |signal: killed|^Killed$|heap out of memory|terminated by another process|\\\\.(?:c|cc|cpp|h|rs|go|java|kt|cs|ts):\\\\d{1,6}:\\\\d{1,6}: (?:fatal )?error|^\\\\s{1,8}[\\\\w-]{1,100}\\\\.go:\\\\d{1,6}: \\\\S|^not ok \\\\d|: Failure$|: FAILED:$|^\\\\s*\u2718 |^\\\\[ {2}FAILED {2}\\\\] |^(?:FAILURES|ERRORS)!$|\\\\b[1-9]\\\\d{0,5} (?:tests?|specs?) failed\\\\b|^\\\\d{1,6} specs?, [1-9]\\\\d{0,5} failures?|PHP (?:Fatal|Parse) error: |Uncaught [A-Z]|^Exception in thread \\"|\\\\((?:[A-Z]\\\\w{0,80}::){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception)\\\\)\\\\s*$|^\\\\s{0,8}\\\\*\\\\* \\\\([A-Z][\\\\w.]{0,200}\\\\)|^Unhandled exception\\\\. |^Fatal error: |^\\\\s{1,8}Error: \\\\S|^(?:ERROR|FATAL): \\\\S|\\\\bERROR: \\\\S|^\\\\S{1,300}:\\\\d{1,6}: (?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z]\\\\w{0,80}(?:Error|Exception): \\\\S|^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at|^\\\\s{2,}(?:Caused by: )?[\\\\w$.]{1,200}(?:Exception|Error) at [\\\\w$]{1,200}\\\\.(?:java|kt|scala|groovy):-?\\\\d{1,6}\\\\s*$/\\n/^(?:E {1,8})?\\\\s{0,8}(?:Suppressed: )?(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}: \\\\S|^E {1,8}(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}\\\\s*$|^\\\\s{2,}(?:[A-Z]\\\\w{0,80}::){1,8}[A-Z]\\\\w{0,80}:\\\\s*$|^\\\\s{2,}[A-Z]\\\\w{0,80}(?:Error|Exception|Failure):\\\\s*$|^\\\\s*(?:[A-Za-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80} : \\\\S|^\\\\s{0,8}(?:[a-z_]\\\\w{0,80}\\\\.){1,8}[A-Z]\\\\w{0,80}(?:Exception|Error)\\\\s*$/\\n/^@@ -\\\\d{1,9}(?:,\\\\d{1,9})? \\\\+\\\\d{1,9}(?:,\\\\d{1,9})? @@|^\\\\S{1,300} \\\\S{1,300} differ: (?:byte|char) \\\\d|\\\\bcheck .{1,300} has failed\\\\b|^\\\\S{1,300}:\\\\d{1,6}: error: \\\\S|^\\\\S{1,300}\\\\(\\\\d{1,6}\\\\): (?:fatal )?error\\\\b|\\\\b[Ss]yntax error\\\\b|^Found [1-9]\\\\d{0,5} errors? in \\\\d{1,6} files?|\\\\bAssertion [\`'\\"].{1,300}['\\"\`] failed|^\\\\*\\\\*\\\\* [1-9]\\\\d{0,5} failures? (?:is|are) detected|\\\\(signal: \\\\d{1,2}, SIG[A-Z]{2,6}|\\\\bsignal: (?:\\\\d{1,2}|SIG[A-Z]{2,6})\\\\b|\\\\bkilled by signal\\\\b/\\n/^\\\\d{1,9}(?:,\\\\d{1,9})?[acd]\\\\d{1,9}(?:,\\\\d{1,9})?\\\\s*$|^\\\\s{0,8}[\u2717\u2718\u2716\u274C] \\\\S|^E\\\\s{1,40}(?:[A-Za-z_]\\\\w{0,80}\\\\.){0,8}[A-Z][\\\\w$]{1,120}(?::\\\\s.*|\\\\s*)$|^\\\\s{2,12}error: ['\\"]\\\\S|^\\\\s{4}\\\\S[^\\\\n]{0,500} thrown$|^error$|^\\\\s{0,20}=> (?:Exception: )?[\\\\w$.]{1,200}(?:Exception|Error|Throwable)\\\\b/\\n/^\\\\s*(?:- Expected\\\\b|\\\\+ Received\\\\b|- Snapshot\\\\b|\\\\+ Snapshot\\\\b|\\\\+ expected - actual\\\\b|\\\\+ actual - expected\\\\b)|^E\\\\s{1,12}(?:Full diff:|Differing items:|Left contains|Right contains)/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s{1,12}at \\\\S/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^panic: |^fatal error: |Unhandled (?:promise )?rejection|UnhandledPromiseRejection|Uncaught (?:exception|[A-Z]\\\\w{0,60}(?:Error|Exception))|^Exception in thread \\"main\\"|^Traceback \\\\(most recent call last\\\\):|^Error: Process completed with exit code|process\\\\.exit\\\\(|exited with code [1-9]/i\\n/failureType: '?subtestsFailed|^\\\\s*error: '?\\\\d+ subtests? failed/\\n/^( {0,64})# Subtest: /\\n/^( {0,64})(not )?ok \\\\d{1,6}\\\\b/\\n/^( {0,64})(\u25B6|\u2716|\u2714|\uFE63) \\\\S/\\n/Hook timed out in \\\\d+ ?ms|Timeout of \\\\d+ ?ms exceeded|Exceeded timeout of \\\\d+ ?ms|Test timed out in \\\\d+ ?ms|panic: test timed out after|Failed: Timeout >|TimeoutException: .{0,80}timed out after|test timed out after \\\\d/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/\\\\bnot to be an instance of Error\\\\b|\\\\bto not exist\\\\b|\\\\bnot to exist\\\\b|\\\\b(?:expected no error|unexpected error|Received unexpected error|got unwanted exception|ifError got|did not expect an? (?:error|exception)|expected success|should not (?:have )?(?:thrown|raised|failed|errored)|Unexpected exception|error was not expected|Expected no exception|expected nil(?: error| err)?, (?:but )?got|expected <nil>|expected to (?:connect|dial|open|ping|start|reach|succeed|be able))/i\\n/Call to a member function \\\\w{1,100}\\\\(\\\\) on null|NullPointerException|NullReferenceException|Cannot read propert(?:y|ies) of (?:undefined|null)|'NoneType' object has no attribute|undefined method \`\\\\w+' for nil|nil pointer dereference|called \`Option::unwrap\\\\(\\\\)\` on a \`None\` value|Cannot invoke \\"[^\\"]{1,200}\\" because \\"?[^\\"]{0,200}\\"? is null/\\n/Unexpected exception, expected<|pytest\\\\.raises\\\\(|assertRaises|assertThrows|\\\\.rejects\\\\.toThrow|\\\\.toThrow(?:Error)?\\\\(|to\\\\.throw\\\\(|raise_error\\\\b|Assert\\\\.Throws|should\\\\.throw|\\\\bexpected (?:an? )?[\\\\w.]{0,80}(?:Error|Exception|error)\\\\b.{0,80}\\\\b(?:got|but|to be)/i","value":{"lineStart":[18,24,28,29,30,31,32,41,50,52,55,56,149,218,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299,300,301,302,303,304,305,306,307,308,309,310,311,312,313,314,315,316,317,318,319,320,321,322,323,324,325,326,327,328,329,330,331,332,333,334,335,336,337,338,339,340,341,342,343,344,345,346,347,348,349,350,351,352,353,354,355,356,357,358,359,360,361,362,363,364,365,366,367,368,369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388,389,390,391,392,393,394,395,396,397,398,399,400,401,402,403,404,405,406,407,408,409,410,411,412,413,416,418,419,420,421,422,423,424,427,428,429,431],"safe":true,"ruleGate":true,"gated":[true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false,false,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,true],"scanner":{"canon":[80,65,83,87,79,82,68,32,85,84,72,69,78,73,67,70,76,34,88,89,44,77,71,95,66,46,86,58,81,45,39,75,60,62,40,41,52,48,51,91,74,96,61,33,10008,63,90,93,36,56,54,55,123,50,47,57,49,201,211,195,42,64,43,9676,8250,9679,124,215,9135,9472,35,94,10003,10004,8730,10006,8505,10095,9762,9888,8226,9654,65123],"words":8,"quiet":11813,"states":13319,"edges":"AAAAAAAAAAABAAAAVAAAAAIAAAA0hgAAAwAAABwOAAAEAAAATNQAAAUAAABEagYABgAAAKAkAgAHAAAAIDAHAAgAAAB87gEACQAAAGyNAAAKAAAA3EcAAAsAAAD83AgADAAAAKySAAANAAAA9BcAAA4AAABYeQEADwAAADivAAAQAAAAZCYAABEAAADMhgEAEgAAADAJAAATAAAAXOEBABQAAAC0WgMAFQAAAPQPAgAWAAAAmBUBABcAAABM+gEAGAAAAJgRAgAZAAAA0AMCABoAAABwGwIAGwAAAPygAgAcAAAAYNwCAB0AAAAAAAAAHgAAAABKDQAfAAAAwAsBACAAAABsRgIAIQAAAAAAAAAiAAAAxMcBACMAAAB48wAAJAAAANA6BAAlAAAAAAAAACYAAAAAAAAAJwAAAAAAAAAoAAAA+KUBACkAAAC0tgEAKgAAAOhwCgArAAAAbHIMACwAAAAAAAAALQAAALT1AQAuAAAAAAAAAC8AAAAESwIAMAAAAOTQAgAxAAAALLkOADIAAAAAAAAAMwAAAAAAAAA0AAAAAAAAADUAAAAAAAAANgAAAAAAAAA3AAAAAAAAADgAAAAAAAAAOQAAAAAAAAA6AAAAAAAAADsAAAAAAAAAPAAAAAAAAAA9AAAABGYLAD4AAACEcAsAPwAAAIhjDgBAAAAAWIwMAEEAAAAAAAAAQgAAAACNDABDAAAAAAAAAEQAAAB4rgwARQAAAGSzDABGAAAAoJQQAEcAAACkzQwASAAAAMjZDABJAAAAQPsMAEoAAACU+wwASwAAAOj7DABMAAAASA4NAE0AAAA4Eg0ATgAAAHxADQBPAAAA0L4NAFAAAAAkvw0AUQAAALzDDQBSAAAAhLgOAFMAAADYuA4AVgAAAKgAAABXAAAAJOcDAFkAAADkYAkAWgAAAOBCAQBdAAAALJ0AAF8AAAD47gkAYAAAACwpCABoAAAAOBQCAGsAAACM4gMAcQAAAFw9AACrAAAA/AAAALUAAAB0AQMAtwAAADDICgD/AAAAJCQPAFUBAACkAQAAqgEAAPgBAAD/AQAATAIAAFQCAACgAgAAogIAAPQCAAD9AgAASAMAAFIDAACcAwAApwMAAPADAAD8AwAARAQAAFEEAACYBAAAogQAAOwEAAD6BAAAQAUAAE8FAACUBQAAlgUAAOgFAADyBQAAPAYAAEoGAACQBgAAlQYAAOQGAADxBgAAOAcAAEAHAACMBwAAnAcAAOAHAADiBwAANAgAAEIIAACICAAAmQgAAHgkDwDjCAAAzCQPADIJAADUAA0AOAkAAIQJAABFCQAAGKQKAEkJAAA8/AwATAkAAORcCgCLCQAA2AkAAJEJAADQtQoA3QkAACwKAAA4CgAAgAoAAIMKAADUCgAA3AoAACgLAAA1CwAAfAsAAIELAADQCwAA2gsAACQMAAAsDAAAeAwAAIQMAADMDAAAhwwAAFQNAgDfDAAAIA0AAC4NAAB0DQAAdw0AAMgNAADSDQAAICUPAB4OAACEcgAAHw4AAJynAQAhDgAAcA4AACUOAACYqgsAJg4AABxvAgAnDgAAwAcCACgOAAAwHgAAKQ4AAPjiDAAqDgAA7H4BACsOAAA8MAAALQ4AAOw3AwAwDgAAzMECADkOAAD4xwMAPA4AAPzhDAB2DgAAxA4AAH8OAAAsaAgAyg4AABgPAAAsDwAAbA8AAIEPAADADwAAyA8AABQQAAAeEAAAaBAAAG0QAAC8EAAAwRAAABARAAAYEQAAZBEAAHoRAAC4EQAAuhEAAAwSAAAZEgAAYBIAAHQSAAC0EgAAvBIAAAgTAAAXEwAAXBMAAG0TAACwEwAAvhMAAAQUAAAQFAAAWBQAAGUUAACsFAAAthQAAAAVAAADFQAAVBUAAFwVAACoFQAAqhUAAPwVAAANFgAAUBYAAFYWAACkFgAAsBYAAPgWAAD6FgAATBcAAFMXAACgFwAAtBcAAHQlDwD1FwAAKOQOAPYXAADAMQIA+RcAAEgYAAD9FwAAUOQBAAIYAACEJwMAShgAAMTLAABLGAAAvPAHAE8YAACEIAoAUBgAAJwYAABSGAAARD8BAFMYAAAAtgcAVRgAAIitBgBXGAAAyAsLAFkYAACcfgYAXhgAAPw3AgBhGAAAkBgGAJ0YAADwGAAAnxgAAGziBQCiGAAA7CwLAAcZAABEGQAAXBkAAJgZAACjGQAA7BkAAAUaAABAGgAAQhoAAJQaAACuGgAA6BoAAPcaAAA8GwAAQRsAAJAbAACdGwAA5BsAAPQbAAA4HAAAQBwAAIwcAACYHAAA4BwAAO0cAAA0HQAAPh0AAIgdAACOHQAA3B0AAPAdAADIJQ8ANh4AAIQeAAA6HgAAiIAMAEceAACsPAsAnx4AANgeAADkHgAALB8AADIfAACAHwAAgx8AAOytBQCIHwAA1B8AANcfAAC8zgUA2x8AACggAADfHwAAOLQEAOIfAAB0lAMALSAAAHwgAACIIAAA0CAAANMgAAAkIQAALCEAAHghAACFIQAAzCEAANEhAAAgIgAAKiIAAHQiAAB8IgAAyCIAAMsiAAAcIwAAJSMAAHAjAABxIwAAxCMAAMUjAAAYJAAAHSQAAGwkAAByJAAAwCQAAMokAAAUJQAAHCUAAGglAABrJQAAvCUAAL8lAAAQJgAAISYAABwmDwBmJgAA1K4BAGkmAAD8fAsAbSYAAOx0DgBwJgAAuCYAAHImAACMUAgA0CYAAAwnAAAPJwAAYCcAAGwnAAC0JwAAwScAAAgoAAAPKAAAXCgAAF4oAACwKAAAuSgAAAQpAAAOKQAAWCkAAGMpAACsKQAAyCkAAAAqAAAIKgAAcCYPAFkqAACoKgAAsCoAAPwqAAD9KgAAUCsAAFIrAACkKwAApysAAPgrAAD7KwAAxCYPAFEsAACgLAAApiwAAPQsAAD7LAAASC0AAFAtAACcLQAAny0AAPAtAAD5LQAARC4AAEUuAACYLgAAmS4AAOwuAAD9LgAAQC8AAE4vAACULwAAoC8AAOgvAADvLwAAGCcPAEIwAACQMAAAkjAAAOQwAAD6MAAAODEAAEAxAACMMQAAjjEAAOAxAADpMQAANDIAAD4yAACIMgAAkzIAANwyAADoMgAAMDMAAD0zAACEMwAAjjMAANgzAADmMwAALDQAADs0AACANAAAgjQAANQ0AADeNAAAKDUAADY1AAB8NQAAgTUAANA1AADdNQAAJDYAACw2AAB4NgAAfjYAAMw2AADYNgAAIDcAAD03AAB0NwAAfTcAAMg3AADWNwAAHDgAACI4AABwOAAAfDgAAMQ4AADHOAAAGDkAACA5AABsOQAAfTkAAMA5AADOOQAAFDoAAC06AABoOgAAaToAALw6AADZOgAAbCcPABU7AABkOwAAajsAALg7AADAOwAADDwAABU8AABgPAAAYzwAALQ8AADAPAAACD0AAA49AAAUKA8AeD0AALA9AAC4PQAAaCgPAAc+AABYPgAAaT4AAKw+AAC0PgAAAD8AAA4/AABUPwAAVz8AAKg/AACwPwAA/D8AAAlAAABQQAAAVUAAAKRAAACuQAAA+EAAAABBAABMQQAAWEEAAKBBAACtQQAA9EEAAPZBAABIQgAAYUIAAJxCAACtQgAA8EIAAPxCAABEQwAAS0MAAJhDAACgQwAA7EMAAPFDAABARAAATUQAAJREAACcRAAA6EQAAPJEAAA8RQAAR0UAAJBFAACcRQAA5EUAAOxFAAC8KA8AREYAAIxGAACSRgAA4EYAAPtGAAA0RwAAQEcAAIhHAACORwAAECkPAOFHAABUIgIA4kcAACTjBADjRwAAiBYHAOdHAAAwSAAA6EcAAKwWCgDqRwAAYHwFAPBHAACEKwIANkgAAPBeDgA8SAAAhEgAAIpIAACAZwMAjEgAAGQpDwDkSAAALEkAADJJAACASQAAm0kAANRJAADgSQAAKEoAAC5KAAB8SgAAhEoAANBKAADWSgAAJEsAADBLAAB4SwAAlUsAAMxLAADVSwAAIEwAACxMAAB0TAAAd0wAAMhMAADSTAAAHE0AAChNAABwTQAAd00AAMRNAADMTQAAGE4AABlOAAAkYAAAG04AAGxOAAB7TgAAwE4AAMZOAAAUTwAAFk8AAGhPAAB+TwAAvE8AANpPAAAQUAAAKVAAAGRQAABmUAAAuFAAALtQAAAMUQAAGFEAAGBRAABnUQAAtFEAALxRAAAIUgAAClIAAFxSAABlUgAAsFIAALpSAAAEUwAAD1MAAFhTAABkUwAArFMAALlTAAAAVAAAClQAAFRUAABiVAAAqFQAALdUAAD8VAAA/lQAAFBVAABaVQAApFUAALJVAAD4VQAA/VUAAExWAABZVgAAoFYAALVWAAD0VgAA/FYAAEhXAABhVwAAnFcAAKVXAADwVwAA+lcAAERYAABMWAAAmFgAAKVYAADsWAAA8VgAAEBZAABIWQAAlFkAAJVZAADoWQAA6lkAADxaAAA/WgAAkFoAAJNaAAC4KQ8A6VoAADhbAAA+WwAAjFsAAJNbAADgWwAA6FsAADRcAAA4XAAAiFwAAIpcAADcXAAA31wAADBdAAA4XQAAhF0AAIVdAADYXQAA3l0AACxeAAAxXgAAgF4AAJteAADUXgAA4l4AAChfAAAvXwAAfF8AAIhfAADQXwAA118AAAwqDwAmYAAAeGAAAHtgAADMYAAAz2AAAGAqDwAlYQAAdGEAAHphAADIYQAAz2EAABxiAAA6YgAAcGIAAIliAADEYgAAxmIAABhjAAAbYwAAbGMAAHhjAADAYwAAx2MAABRkAAAcZAAAaGQAAGpkAAC8ZAAAxWQAABBlAAAaZQAAZGUAAG9lAAC4ZQAAxGUAAAxmAAAZZgAAYGYAAGpmAAC0ZgAAwmYAAAhnAAAXZwAAXGcAAF5nAACwZwAAumcAAARoAAASaAAAWGgAAF1oAACsaAAAuWgAAABpAAAVaQAAVGkAAFxpAACoaQAAwWkAAPxpAAAFagAAUGoAAFpqAACkagAArGoAAPhqAAAFawAATGsAAFFrAACgawAAqGsAAPRrAAD1awAASGwAAEpsAACcbAAAn2wAAPBsAADzbAAAtCoPAEltAACYbQAAnm0AAOxtAADzbQAAQG4AAEhuAACUbgAAmG4AAOhuAADqbgAAPG8AAD9vAACQbwAAmG8AAORvAADlbwAAOHAAAD5wAACMcAAAkXAAAOBwAAD7cAAANHEAAEJxAACIcQAAj3EAANxxAADocQAAMHIAADdyAAAIKw8Ah3IAANhyAADpcgAALHMAADRzAACkkAEASHMAAIBzAACIcwAAXCsPAONzAAAodAAALnQAAHx0AAB+dAAA0HQAAOZ0AAAkdQAAQnUAAHh1AAB7dQAAzHUAANh1AAAgdgAAJnYAAHR2AACPdgAAyHYAANR2AAAcdwAAIncAAHB3AACOdwAAxHcAANR3AAAYeAAAJngAAGx4AAByeAAAwHgAAMN4AAAUeQAAHnkAAGh5AACGeQAAvHkAANJ5AAAQegAAHHoAAGR6AABnegAAuHoAALt6AAAMewAADnsAAGB7AAB3ewAAtHsAAMB7AAAIfAAAJHwAAFx8AABkfAAAsCsPAMF8AAAEfQAAEn0AAFh9AABkfQAArH0AALl9AAAAfgAACn4AAFR+AABcfgAAqH4AAKl+AAD8fgAA/n4AAFB/AABTfwAApH8AAKd/AAAELA8A/X8AAEyAAABSgAAAoIAAAKeAAAD0gAAA/IAAAEiBAABegQAAnIEAAKWBAADwgQAA84EAAESCAABOggAAmIIAAKCCAADsggAABYMAAECDAABMgwAAlIMAAJyDAABYLA8A8IMAADyEAAA/hAAAkIQAAJqEAADkhAAA6oQAADiFAABGhQAAjIUAAJmFAADghQAA94UAAKwsDwA1hgAApPMNADeGAAA4qwEAOoYAAChXAgA7hgAAGAgHADyGAAAwxwUAPYYAAODEAAA+hgAADDQCAEGGAAD4yQ0AQ4YAAIiGAABFhgAAAMsHAEqGAACE8QUAS4YAAFBkDACShgAAFK0IAJeGAADchgAA6IYAADCHAAAxhwAAJKgDADOHAACEhwAAh4cAANiHAADfhwAAKIUBAOCHAAAsiAAA8IcAAJAsAQAziAAAgIgAAIyIAADUiAAA4YgAACiJAAA2iQAAfIkAAIiJAADQiQAA14kAACSKAAAsigAAeIoAAIiKAADMigAA0YoAACCLAAAmiwAAdIsAAHyLAADIiwAA0YsAAByMAAAfjAAAcIwAAHyMAADEjAAAyowAAAAtDwA3jQAAVC0PAHmNAADAjQAAwo0AAEQAAQDDjQAASHkCAMeNAADwowIAy40AAABnCwDMjQAAuMoBAM+NAADEYAsA2Y0AAERQAgDgjQAAFI4AACGOAABojgAAbY4AALyOAADAjgAAEI8AAB2PAABkjwAAbI8AALiPAABvjwAArAEKAL+PAAAMkAAAx48AADRlAwAOkAAAYJAAAGqQAAC0kAAAtpAAAAiRAAAhkQAAXJEAAF6RAACwkQAAs5EAAASSAAAQkgAAWJIAAGCSAACoLQ8AspIAAACTAAC0kgAA2O8QALuSAADcBQYAvZIAACBeBgC/kgAArE8BAMiSAABsSAwABpMAAFjmAAAYkwAAVJMAAFaTAACokwAAYZMAAACoAABtkwAAkJkAALeTAAD8kwAAC5QAAFCUAABclAAApJQAAKeUAAD4lAAA+5QAAEyVAABklQAAoJUAAKeVAAD0lQAAAJYAAEiWAABVlgAAnJYAAKqWAADwlgAA/JYAAESXAABLlwAAmJcAALCXAADslwAA+JcAAECYAABGmAAAlJgAAJqYAADomAAA7ZgAADyZAABCmQAAUC4PAJKZAADkmQAA65kAADiaAABQmgAAjJoAAJOaAADgmgAA+ZoAADSbAABMmwAAiJsAAJSbAADcmwAA4psAADCcAAA2nAAAhJwAAImcAADYnAAA3pwAAKQuDwBFnQAAgJ0AAJGdAADUnQAA4p0AACieAAA3ngAAfJ4AAISeAADQngAA8J4AACSfAAAwnwAAeJ8AAIyfAADMnwAA1J8AACCgAAAmoAAAdKAAAICgAADIoAAA0qAAAByhAAAioQAAcKEAAH6hAADEoQAA0KEAABiiAAAzogAAbKIAAG6iAADAogAA0aIAABSjAAAcowAAaKMAAHajAAC8owAAv6MAABCkAAAYpAAAZKQAAHGkAAC4pAAAvaQAAAylAAAWpQAAYKUAAGilAAC0pQAAtqUAAAimAAAZpgAAXKYAAG2mAACwpgAAtaYAAASnAAAIpwAAWKcAAGSnAACspwAAs6cAAPguDwAFqAAAVKgAAF6oAACoqAAAwKgAAPyoAAD/qAAAUKkAAFmpAACkqQAApakAAPipAAD5qQAATKoAAFGqAACgqgAApqoAAPSqAAD+qgAASKsAAFSrAACcqwAAo6sAAPCrAAAIrAAARKwAAEasAACYrAAAoawAAOysAAD2rAAAQK0AAEutAACUrQAArK0AAOitAAD+rQAAPK4AAEGuAACQrgAAl64AAOSuAADwrgAATC8PADqvAAA8pgIAPa8AAOy9AQBBrwAA4NoFAEOvAADMgwcASa8AAIyvAACOrwAAAGECAJqvAADgrwAA7K8AADSwAADvrwAAhP4HAEGwAACIsAAAkrAAANywAADdsAAAaNQOAOSwAAAwsQAAN7EAAISxAABLsQAA1JkBAImxAADYsQAA5LEAACyyAAAvsgAAgLIAAIiyAADUsgAA4bIAACizAAAtswAAfLMAAIazAADQswAA2LMAACS0AAAntAAAeLQAAIG0AADMtAAAzbQAACC1AAAhtQAAdLUAAHm1AADItQAAzrUAABy2AAAmtgAAcLYAAHi2AADEtgAAxrYAABi3AAAhtwAAbLcAAHa3AADAtwAAy7cAABS4AAAguAAAaLgAAHW4AAC8uAAAxrgAABC5AAAeuQAAZLkAAHO5AAC4uQAAurkAAAy6AAAWugAAYLoAAG66AAC0ugAAuboAAAi7AAAVuwAAXLsAAGS7AACwuwAAsbsAAAS8AAAKvAAAWLwAAF28AACsvAAAtrwAAAC9AAAFvQAAVL0AAGO9AACovQAArb0AAPy9AAANvgAAUL4AAFi+AACkvgAAqr4AAPi+AAAEvwAATL8AAGm/AACgvwAAqb8AAPS/AAAAwAAASMAAAEvAAACcwAAApsAAAPDAAAD8wAAARMEAAEvBAACYwQAAoMEAAOzBAAAFwgAAQMIAAFTCAACUwgAAnMIAAOjCAADrwgAAPMMAAEjDAACQwwAAlsMAAOTDAAD/wwAAOMQAAETEAACMxAAAksQAAKAvDwDqxAAANMUAAD/FAACIxQAAkMUAAOzWAACUxQAA3MUAAOnFAAAwxgAAOsYAAITGAACSxgAA2MYAAOfGAAAsxwAALscAAIDHAACKxwAA1McAAOLHAAAoyAAALcgAAHzIAACJyAAA0MgAANjIAAAkyQAAJckAAHjJAAAoyQAAoGcBADTJAAAIjQEAickAAMzJAADVyQAAIMoAADfKAAB0ygAAgsoAAMjKAADVygAAHMsAACTLAABwywAAj8sAAPQvDwDNywAAGMwAACLMAABszAAAd8wAAEgwDwDCzAAAFM0AAB3NAABozQAAcs0AALzNAADHzQAAEM4AABzOAABkzgAAcc4AALjOAADCzgAADM8AABrPAABgzwAAb88AALTPAAC2zwAACNAAABLQAABc0AAAatAAALDQAAC10AAABNEAABHRAABY0QAAYNEAAKzRAACy0QAAANIAAAzSAABU0gAAcdIAAKjSAACx0gAA/NIAAArTAABQ0wAAVtMAAKTTAACw0wAA+NMAAP/TAACcMA8ATtQAAEwPAgBS1AAAoNQAAKXUAAD01AAArtQAADBNBAAB1QAASNUAAF/VAACc1QAAndUAAPDVAADy1QAARNYAAEfWAACY1gAAm9YAAPAwDwAN1wAAQNcAAEHXAACU1wAAltcAAOjXAADr1wAAPNgAAD/YAABEMQ8AldgAAOTYAADq2AAAONkAAD/ZAACM2QAArtkAAODZAADo2QAANNoAAEPaAACI2gAAitoAANzaAADt2gAAMNsAAEHbAACE2wAAkNsAANjbAADf2wAALNwAADTcAACA3AAAhNwAANTcAADi3AAAKN0AADLdAAB83QAAh90AANDdAADV3QAAJN4AAC3eAAB43gAAgt4AAMzeAADU3gAAIN8AACLfAAB03wAAgd8AAMjfAADc3wAAHOAAACTgAABw4AAAceAAAMTgAADG4AAAGOEAABvhAABs4QAAb+EAAJgxDwDF4QAAFOIAABriAABo4gAAb+IAALziAADE4gAAEOMAAB/jAABk4wAAaeMAALjjAADF4wAADOQAABzkAABg5AAAbuQAALTkAADL5AAACOUAABHlAABc5QAAYuUAALDlAAC85QAABOYAAAvmAADsMQ8AXeYAAHzAAgBg5gAArOYAAGXmAACYNAkAu+YAAADnAAAR5wAAVOcAAGLnAACo5wAAtOcAAPznAAAJ6AAAUOgAAFroAACk6AAArOgAAPjoAAD76AAATOkAAFjpAACg6QAArekAAPTpAAD+6QAASOoAAFDqAACc6gAAnuoAAPDqAAD56gAAROsAAE7rAACY6wAAo+sAAOzrAAAB7AAAQOwAAEjsAACU7AAArewAAOjsAADx7AAAPO0AAEbtAACQ7QAAmO0AAOTtAADx7QAAOO4AAD3uAACM7gAAlO4AAODuAADh7gAANO8AADbvAACI7wAAi+8AANzvAADf7wAAQDIPADXwAACE8AAAivAAANjwAADf8AAALPEAADTxAACA8QAAjvEAANTxAADX8QAAKPIAADDyAAB88gAAf/IAANDyAADc8gAAJPMAAC7zAACUMg8AefMAACzWDAB68wAAzPMAAHvzAADggwsAgvMAAHjYDACD8wAA3LUEAIfzAACc+wEAiPMAAGg4CwCc8wAAZN8BANXzAAAg9AAAKvQAAHT0AAB/9AAAyPQAANT0AAAc9QAAKfUAAHD1AAB69QAAxPUAANL1AAAY9gAAJ/YAAGz2AABu9gAAwPYAAMr2AAAU9wAAIvcAAGj3AABt9wAAvPcAAMn3AAAQ+AAAIPgAAGT4AABm+AAAuPgAAMb4AAAM+QAAHfkAAOgyDwBn+QAAPDMPALz5AACQMw8AEfoAAFz6AABm+gAAsPoAALv6AAAE+wAAEPsAAFj7AABl+wAArPsAALb7AAAA/AAADvwAAFT8AABj/AAAqPwAAKr8AAD8/AAABv0AAFD9AABe/QAApP0AAKn9AAD4/QAABf4AAEz+AABU/gAAoP4AALD+AAD0/gAA9v4AAEj/AABW/wAAnP8AAK3/AADkMw8A9/8AADg0DwBdAAEAmAABAKkAAQDsAAEA+AABAEABAQBIAQEAjDQPAJkBAQDoAQEA8AEBADwCAQA+AgEAkAIBAEECAQDw5wYASwIBABinBACZAgEA5AIBAJ8CAQDAkwkA7gIBADgDAQBDAwEAjAMBAJgDAQDgAwEA7QMBADQEAQA+BAEAiAQBAJYEAQDcBAEA6wQBADAFAQAyBQEAhAUBAI4FAQDYBQEA5AUBACwGAQA0BgEA4DQPAIMGAQDUBgEA4gYBACgHAQA1BwEAfAcBAJMHAQDQBwEA2AcBACQIAQA6CAEAeAgBAIQIAQDMCAEA2wgBACAJAQArCQEAdAkBAHYJAQDICQEA1QkBABwKAQAqCgEAcAoBAHMKAQDECgEA2goBABgLAQAgCwEAbAsBAH4LAQA0NQ8AzQsBAPgQDADPCwEAFAwBABkMAQBoDAEAbwwBALwMAQDIDAEAEA0BAB0NAQBkDQEAZg0BALgNAQDODQEADA4BABgOAQBgDgEAfw4BALQOAQDQDgEACA8BABAPAQCINQ8AXg8BALAPAQC5DwEABBABAA4QAQBYEAEAYxABAKwQAQC4EAEAABEBAA0RAQBUEQEAXhEBAKgRAQC2EQEA/BEBAAsSAQBQEgEAUhIBAKQSAQCuEgEA+BIBAAYTAQBMEwEAURMBAKATAQCtEwEA9BMBAAQUAQBIFAEAShQBAJwUAQCqFAEA8BQBAAEVAQDcNQ8ASxUBADA2DwCaFQEAzPgEAJ0VAQDsFQEAoRUBAITCAQCkFQEAoDoHAKYVAQAgnAEArBUBACh5BADzFQEAmIQKAPkVAQBAFgEAVxYBAJQWAQCZFgEA6BYBAOsWAQA8FwEA8hYBAMy1BQAEFwEATMAFAEEXAQC4ugUASBcBAJAXAQCWFwEAtCMBAJ8XAQDkFwEA7RcBADgYAQA+GAEAjBgBAJoYAQDgGAEA6hgBADQZAQBIGQEAiBkBAJQZAQDcGQEA7xkBADAaAQA/GgEAhBoBAJAaAQDYGgEA2RoBACwbAQA2GwEAgBsBAI4bAQDUGwEA2RsBACgcAQA1HAEA2DYPAI8cAQDQHAEA3xwBACQdAQAwHQEAeB0BAHkdAQDMHQEA1h0BACAeAQAuHgEAdB4BAHkeAQDIHgEA1R4BANQ3DwAeHwEAcB8BAHkfAQDEHwEAzh8BABggAQAjIAEAbCABAHggAQDAIAEAzSABABQhAQAeIQEAaCEBAHYhAQC8IQEAyyEBABAiAQASIgEAZCIBAG4iAQC4IgEAxiIBAAwjAQAZIwEAYCMBAHcjAQAoOA8AzyMBAAgkAQAUJAEAXCQBAGIkAQCwJAEAvCQBAAQlAQAKJQEAWCUBAF4lAQCsJQEAsSUBAAAmAQAGJgEAfDgPAF0mAQCoJgEAsiYBAPwmAQAHJwEAUCcBAFwnAQCkJwEAsScBAPgnAQACKAEATCgBAFooAQCgKAEArygBAPQoAQD2KAEASCkBAFIpAQCcKQEAqikBAPApAQD1KQEARCoBAFEqAQCYKgEAoCoBAOwqAQD8KgEAQCsBAEIrAQCUKwEAoisBAOgrAQD5KwEAeDkPAEMsAQDMOQ8AliwBAOQsAQDwLAEAOC0BAEgtAQCMLQEAlS0BAOAtAQDjLQEANC4BAEAuAQCILgEAjy4BANwuAQDkLgEAMC8BAE4vAQCELwEAjC8BANgvAQDpLwEALDABADEwAQCAMAEAlzABANQwAQDiMAEAKDEBADUxAQB8MQEAhDEBANAxAQDUMQEAJDIBACYyAQB4MgEAezIBAMwyAQDUMgEAIDMBACYzAQB0MwEAgDMBAMgzAQDYMwEAHDQBACU0AQBwNAEAczQBAMQ0AQDQNAEAGDUBAB81AQAgOg8AdTUBAMA1AQDDNQEAFDYBACI2AQBoNgEAdTYBALw2AQDTNgEAEDcBABg3AQBkNwEAZjcBALg3AQDBNwEADDgBABY4AQBgOAEAazgBALQ4AQDAOAEACDkBABU5AQBcOQEAZjkBALA5AQC+OQEABDoBABM6AQBYOgEAWjoBAKw6AQC2OgEAADsBAA47AQBUOwEAWTsBAKg7AQC1OwEA/DsBAAQ8AQBQPAEAZjwBAKQ8AQCwPAEA+DwBAAc9AQBMPQEAVz0BAKA9AQCiPQEA9D0BAAE+AQBIPgEAVj4BAJw+AQCfPgEA8D4BAAY/AQB0Og8ATD8BABwGAgBSPwEAXHQCAFw/AQCYPwEAmj8BAOw/AQD9PwEAQEABAFFAAQCUQAEAmUABAOhAAQDsQAEAPEEBAEhBAQCQQQEAl0EBAORBAQDsQQEAOEIBAFZCAQCMQgEAlEIBAMg6DwDlQgEANEMBADVDAQDQ7AwAQ0MBAAyjCwBNQwEAiEMBAIpDAQDcQwEA9UMBADBEAQBBRAEAhEQBAJBEAQDYRAEA2kQBACxFAQA1RQEAgEUBADtFAQAUSwEAikUBANRFAQDfRQEAKEYBADRGAQB8RgEAiUYBANBGAQDaRgEAJEcBADJHAQB4RwEAh0cBAMxHAQDORwEAIEgBACpIAQB0SAEAgkgBAMhIAQDNSAEAHEkBAClJAQBwSQEAfEkBAMRJAQDKSQEAGEoBAB5KAQBsSgEAcUoBAMBKAQDGSgEAHDsPACNLAQBoSwEAdEsBALxLAQC/SwEAEEwBABNMAQBkTAEAa0wBALhMAQDETAEADE0BABlNAQBgTQEAbk0BALRNAQDATQEACE4BAA9OAQBwOw8AYk4BALBOAQC2TgEABE8BAAlPAQBYTwEAXk8BAMQ7DwCtTwEAIPABALZPAQAYIgsAuE8BAMASDwC6TwEAAKYLALtPAQAAUAEADFABAFRQAQBVUAEAqFABAGBQAQBstQsAslABAPxQAQAKUQEAUFEBAFVRAQCkUQEAsVEBABg8DwD6UQEANG8LAAZSAQC8YgsAG1IBAGw8DwByUgEAoFIBAMdSAQD0UgEAGFMBAEhTAQBQUwEAwDwPAKhTAQDwUwEA8lMBAERUAQBHVAEAmFQBAJ1UAQDsVAEA+VQBAEBVAQBcVQEAlFUBAJxVAQAUPQ8A8VUBADxWAQD1VQEAFGABAD9WAQCQVgEAnFYBAORWAQDqVgEAOFcBAEVXAQCMVwEAjlcBAOBXAQD2VwEANFgBAEBYAQCIWAEAkFgBAGg9DwDiWAEAMFkBADhZAQCEWQEAhVkBANhZAQDaWQEALFoBAC9aAQCAWgEAg1oBALw9DwDZWgEAKFsBAC5bAQB8WwEAg1sBANBbAQDYWwEAJFwBADFcAQB4XAEAfVwBAMxcAQDWXAEAIF0BAChdAQB0XQEAdl0BAMhdAQDZXQEAHF4BAC1eAQBwXgEAdV4BAMReAQDIXgEAGF8BACRfAQBsXwEAc18BAMBfAQDSXwEAED4PABlgAQBoYAEAcGABALxgAQC+YAEAEGEBAB9hAQBkYQEAc2EBALhhAQDEYQEADGIBAA9iAQBgYgEAY2IBALRiAQC8YgEACGMBABJjAQBcYwEAYWMBALBjAQC4YwEABGQBAA5kAQBYZAEAY2QBAKxkAQC6ZAEAAGUBAANlAQBUZQEAXGUBAKhlAQDDZQEA/GUBAAdmAQBQZgEAVWYBAKRmAQCnZgEA+GYBAAJnAQBMZwEAXmcBAGQ+DwCuZwEA9GcBAP5nAQBIaAEAU2gBAJxoAQCkaAEA8GgBAPZoAQBEaQEARmkBAJhpAQCxaQEA7GkBAAVqAQBAagEATmoBAJRqAQCeagEA6GoBAP5qAQA8awEAWWsBAJBrAQCYawEA5GsBAPRrAQA4bAEAOmwBAIxsAQCabAEA4GwBAPFsAQC4Pg8AO20BAAw/DwCJbQEA3G0BAO1tAQAwbgEAPG4BAIRuAQCGbgEA2G4BANtuAQAsbwEAOG8BAIBvAQCIbwEAtD8PAN9vAQAocAEANHABAHxwAQCLcAEA0HABAPBwAQAkcQEALHEBAHhxAQCMcQEAzHEBANFxAQAgcgEAKXIBAHRyAQB6cgEAyHIBANByAQAccwEAK3MBAHBzAQB1cwEAxHMBANFzAQAYdAEAJXQBAGx0AQB4dAEAwHQBAM90AQAUdQEAHnUBAGh1AQB2dQEAvHUBAMF1AQAQdgEAHXYBAGR2AQBsdgEAuHYBALt2AQAMdwEAGHcBAGB3AQBqdwEAtHcBAL53AQAIeAEAFngBAFx4AQBpeAEAsHgBAMd4AQAEeQEAB3kBAAhADwBbeQEAeL0DAGJ5AQBsZAUAZXkBAKx5AQBoeQEAqOULAGl5AQDQgQIAbnkBAGAXBACzeQEAuEgCALZ5AQAkPwMAu3kBAEC4DQDHeQEAAHoBAAJ6AQBUegEAZXoBAKh6AQC2egEA/HoBAAN7AQBQewEAUnsBAKR7AQBVewEA7GUCAFh7AQA0lwEAs3sBAPh7AQAHfAEATHwBAFh8AQCgfAEAo3wBAPR8AQD3fAEASH0BAGh9AQCcfQEAqH0BAPB9AQAEfgEARH4BAFJ+AQCYfgEAn34BAFxADwADfwEAQH8BAEJ/AQCUQgsAQ38BAJhBCwBNfwEAlH8BAJZ/AQDofwEA8n8BADyAAQD5fwEAMEYLAEWAAQCQgAEAloABAOSAAQDwgAEAOIEBAD+BAQCMgQEAkYEBAOCBAQDsgQEANIIBADeCAQCIggEAlYIBANyCAQDhggEAMIMBADqDAQCEgwEAmoMBANiDAQDagwEALIQBADaEAQCAhAEAj4QBANSEAQDfhAEAsEAPADSFAQB8hQEAiYUBANCFAQDehQEAJIYBADCGAQB4hgEAf4YBAARBDwDRhgEAIIcBANiGAQCAeg4A2oYBAKAcBAAihwEArIYDACWHAQCkLQoAL4cBAMR5CgA3hwEAdIcBAIKHAQDIhwEA1YcBAByIAQAkiAEAcIgBAHqIAQBY4wYAgIgBAMSIAQDGiAEAGIkBACaJAQBsiQEAfYkBAFhBDwDHiQEArEEPABmKAQBoigEAbooBALyKAQDEigEAEIsBABmLAQBkiwEAZ4sBALiLAQDEiwEADIwBABKMAQBgjAEAaIwBALSMAQDTjAEAVEIPAAqNAQBcjQEAao0BALCNAQDBjQEAqEIPAAuOAQD8Qg8AXY4BAKyOAQCyjgEAAI8BAAiPAQBUjwEAXY8BAKiPAQCrjwEA/I8BAAiQAQBQkAEAVpABAKRDDwCmkAEA+JABAAGRAQBMkQEAVpEBAKCRAQCrkQEA9JEBAACSAQBIkgEAVZIBAJySAQCmkgEA8JIBAP6SAQBEkwEAU5MBAJiTAQCakwEA7JMBAPaTAQBAlAEATpQBAJSUAQCZlAEA6JQBAPWUAQA8lQEARJUBAJCVAQCglQEA5JUBAOaVAQA4lgEARpYBAIyWAQCdlgEA+EMPAOeWAQBMRA8APZcBAIiXAQCLlwEA3JcBAOiXAQAwmAEANpgBAISYAQCRmAEA2JgBANqYAQAsmQEAQpkBAICZAQCMmQEAoEQPAOCZAQAomgEALpoBAHyaAQB/mgEA0JoBAN6aAQAkmwEAKZsBAHibAQCFmwEAzJsBANSbAQD0RA8ALZwBAHScAQCCnAEAyJwBAN6cAQAcnQEAJZ0BAHCdAQCGnQEAxJ0BAMydAQAYngEAG54BAGyeAQB1ngEAwJ4BAMGeAQAUnwEAFZ8BAGifAQBtnwEAvJ8BAMKfAQAQoAEAGqABAGSgAQBwoAEAuKABAL+gAQAMoQEAFKEBAGChAQBioQEAtKEBALWhAQAIogEAFqIBAFyiAQBkogEAsKIBAMuiAQAEowEAEKMBAFijAQBeowEArKMBAK+jAQAApAEADqQBAFSkAQBZpAEAqKQBALWkAQD8pAEABKUBAFClAQBepQEApKUBAKelAQBIRQ8A+6UBAEymAQD8pQEArAUJAASmAQCY9QgABqYBANR+DQALpgEAJKoNAE+mAQCgpgEAsaYBAPSmAQAQpwEASKcBAFCnAQCcRQ8AracBAPCnAQD4pwEARKgBAEqoAQCYqAEAnagBAOyoAQD1qAEAQKkBAEqpAQCUqQEAoqkBAOipAQD1qQEAPKoBAEiqAQCQqgEAk6oBAOSqAQAAqwEA8EUPADurAQCMqwEATKsBABQABACYqwEA4KsBAOarAQA0rAEAPqwBAERGDwCNrAEA3KwBAOmsAQAwrQEAOK0BANBNDwA8rQEAhK0BAECtAQAUtAEATK0BABhIDACKrQEA2K0BAN6tAQAsrgEAMa4BAICuAQCGrgEAmEYPAN6uAQCQQwsA4q4BACivAQA5rwEA7EYPAIOvAQBARw8A2K8BAJRHDwAysAEAeLABAH+wAQDMsAEA1LABACCxAQAtsQEAdLEBAHmxAQDIsQEA0rEBAByyAQAksgEAcLIBAHayAQDEsgEAxrIBABizAQAmswEAbLMBAG+zAQDAswEAzLMBAOhHDwAWtAEAaLQBAHa0AQC8tAEAzbQBADxIDwAXtQEAkEgPAGq1AQC4tQEAvrUBAAy2AQARtgEAYLYBAGa2AQDkSA8AtrYBAAi3AQC9tgEAlE8NAMC2AQBUKwUAI7cBAFy3AQBetwEAsLcBAMq3AQAEuAEAEbgBAJwJCQAVuAEAWLgBAFq4AQCsuAEAubgBAAC5AQAXuQEAVLkBAG65AQCouQEAqrkBAPy5AQCuuQEAjFUMAP+5AQBQugEAU7oBAKS6AQCwugEA+LoBAP66AQBMuwEAVrsBADhJDwCluwEA9LsBAAG8AQBIvAEAVLwBAJy8AQCivAEA8LwBAPa8AQBEvQEASb0BAJi9AQCevQEAjEkPAPO9AQCw2w0A9b0BAES1AwD5vQEAzJcCAP29AQBEfAwAAr4BAEC+AQBBvgEAlL4BAFa+AQBklAQAlr4BAOi+AQCivgEApMsCAO6+AQA8vwEASr8BAJC/AQCTvwEA5L8BAOm/AQA4wAEARcABAIzAAQCcwAEA4MABAOLAAQA0wQEAQsEBAIjBAQCZwQEA4EkPAOLBAQAwwgEAPMIBADRKDwCVwgEA2MIBAOLCAQAswwEAOsMBAIDDAQCBwwEA1MMBAOXDAQAoxAEANMQBAHzEAQCMxAEA0MQBANLEAQAkxQEAMsUBAHjFAQCJxQEAiEoPANLFAQAgxgEALMYBANxKDwB6xgEAyMYBAM7GAQAcxwEAIccBAHDHAQB2xwEAhEsPAMzHAQAYyAEAIsgBAAybDQAxyAEAbMgBAHXIAQDAyAEAysgBABTJAQAcyQEAaMkBAGzJAQC8yQEAvskBABDKAQATygEAZMoBAIDKAQDYSw8Ay8oBAAzLAQANywEAYMsBAGzLAQC0ywEAw8sBAAjMAQASzAEAXMwBAGjMAQCwzAEAt8wBACxMDwAKzQEAMNkLABfNAQBYzQEAZ80BAKzNAQC4zQEAAM4BAAHOAQBUzgEAXs4BAKjOAQC2zgEA/M4BAAHPAQBQzwEAXc8BANRMDwCszwEA+M8BAATQAQBM0AEAX9ABAKDQAQCh0AEA9NABAADRAQBI0QEAV9EBAJzRAQCm0QEA8NEBAPzRAQBE0gEAS9IBAChNDwCp0gEA7NIBAPjSAQBA0wEAUNMBAJTTAQCe0wEA6NMBAPDTAQA81AEAZ9QBAJDUAQBo1AEAKNkBALvUAQDk1AEA7NQBADjVAQA+1QEAjNUBAJrVAQDg1QEA99UBADTWAQA/1gEAiNYBAJLWAQDc1gEABtcBADDXAQA41wEAhNcBAJTXAQDY1wEA2tcBACzYAQA62AEAgNgBAJHYAQAkTg8A29gBAHhODwBT2QEAfNkBAITZAQDQ2QEA1tkBACTaAQAy2gEAeNoBAI/aAQDM2gEA19oBACDbAQAq2wEAdNsBAJ7bAQDI2wEA0NsBABzcAQAs3AEAcNwBAHLcAQDE3AEA0twBABjdAQAp3QEAzE4PAHPdAQAgTw8Awt0BABTeAQAi3gEAaN4BAHneAQB0Tw8Aw94BAMhPDwAY3wEAHFAPAGzfAQBwUA8Aut8BAAzgAQAa4AEAYOABAHHgAQDEUA8AuuABAAjhAQAU4QEAGFEPAGXhAQCw4QEAveEBAATiAQAS4gEAWOIBAGLiAQCs4gEAxuIBAADjAQAD4wEAVOMBAFvjAQCo4wEAyOMBAPzjAQAW5AEAbFEPAF3kAQCk5AEAYeQBAEQ7AgBm5AEA5JECALLkAQD45AEAAuUBAEzlAQBm5QEAoOUBALDlAQD05QEA+uUBAEjmAQBK5gEAnOYBALLmAQDw5gEA/OYBAETnAQBI5wEAmOcBAJ3nAQDs5wEA8ucBAEDoAQBg6AEAlOgBAK7oAQDo6AEA6ugBADzpAQA/6QEAkOkBAJPpAQDk6QEA8OkBADjqAQA+6gEAjOoBAJbqAQDAUQ8A5eoBADTrAQBB6wEAiOsBAJTrAQDc6wEA7+sBADDsAQA/7AEAhOwBAJDsAQDY7AEA2ewBACztAQA27QEAgO0BAI7tAQDU7QEA2e0BACjuAQA17gEAFFIPAH3uAQCYwwoAfu4BAJiACwB/7gEA+PoGAIHuAQCQzg0Agu4BAADHCACD7gEAgHELAIbuAQC8iAwAh+4BAGx2CwCI7gEAcGQKAInuAQDYHAsAiu4BAJjtCgCL7gEAmPAEAIzuAQDQ7gEAlO4BADiEEACW7gEAPCYNAJjuAQBMXQ4An+4BANiwEACn7gEADDINAL3uAQCsjAwAwu4BACCfEADS7gEAJO8BAOHuAQAE9QwAMu8BAHjvAQCJ7wEAaFIPANPvAQC8Ug8ALPABAHTwAQCD8AEAyPABANLwAQAc8QEAKPEBAHDxAQA/8QEA8OQMAHfxAQBkUw8AxvEBABjyAQAp8gEAbPIBAHXyAQDA8gEAzPIBABTzAQAX8wEAaPMBAHDzAQC88wEAxvMBABD0AQAV9AEAZPQBAGz0AQC49AEA0fQBAAz1AQAY9QEAYPUBAGj1AQAMVA8AvPUBAGBUDwAL9gEAXPYBAF/2AQCw9gEAvPYBAAT3AQAK9wEAWPcBAGL3AQC0VA8AsfcBAAD4AQAN+AEAVPgBAFz4AQAIVQ8ArvgBAPz4AQAC+QEAUPkBAFX5AQCk+QEAqvkBAFxVDwAA+gEAsFUPAE76AQBoEgoAUfoBAKD6AQBY+gEA3MsJAKr6AQD0+gEAr/oBAPC5BwD8+gEAFOALABD7AQBI+wEAUPsBAARWDwCh+wEA8PsBAAb8AQBE/AEARfwBAJj8AQCa/AEA7PwBAPL8AQBA/QEATP0BAJT9AQCb/QEA6P0BAPD9AQA8/gEARf4BAJD+AQCT/gEA5P4BAPL+AQA4/wEARf8BAIz/AQCj/wEA4P8BAOj/AQA0AAIAQAACADABAgBfAAIAiAACALMAAgDcAAIAAAECAFhWDwBNAQIAhAECAI0BAgCAAgIAlQECANgBAgAGAgIALAICAFACAgCsVg8AggICANQCAgDlAgIAKAMCAFYDAgB8AwIAoAMCAABXDwDWAwIAGPcFANkDAgAkBAIA3AMCAODkDQAuBAIAeAQCADEEAgD4/gUAMgQCAFycDQCABAIAzAQCANAEAgAgBQIAIgUCAHQFAgB3BQIAyAUCAOQFAgBUVw8AIQYCADxYCwAmBgIAFMsLACgGAgBwBgIALAYCAJRbCgCNBgIAxAYCAM0GAgAYBwIAGgcCAGwHAgB9BwIAqFcPAMUHAgAUCAIAHQgCAGgIAgB5CAIAvAgCAMMIAgAQCQIAGAkCAGQJAgAqCQIA4CkCAHEJAgAMCgIAcwkCAFwLAgB9CQIAuAkCAMQJAgD8Vw8AEQoCAGAKAgBqCgIAtAoCALwKAgBQWA8AFAsCAKRYDwBhCwIAsAsCAL0LAgAEDAIADgwCAFgMAgBaDAIArAwCALoMAgAADQIADQ0CAPhYDwBZDQIAqA0CALUNAgD8DQIABg4CAFAOAgBSDgIApA4CALIOAgD4DgIABQ8CAExZDwBPDwIAnHcNAFIPAgB0wA0AWQ8CAKAPAgCqDwIAoFkPAPwPAgBIEAIAShACAIi7DQBfEAIAnBACAGEQAgBobQMAoRACAPAQAgD6EAIARBECAEwRAgD0WQ8AohECAOwRAgD4EQIAQBICAEMSAgCUEgIAnhICAOgSAgACEwIAPBMCAFMTAgCQEwIAlRMCAOQTAgAAFAIASFoPAEIUAgCMFAIASRQCAIBsBwCYFAIA4BQCAOMUAgA0FQIAPhUCAIgVAgCiFQIA3BUCAOIVAgAwFgIAMhYCAIQWAgCSFgIA2BYCANsWAgAsFwIAOBcCAIAXAgCDFwIA1BcCAPcXAgCcWg8AKhgCAHwYAgCKGAIA0BgCANMYAgAkGQIAMBkCAHgZAgB7GQIA8FoPANcZAgAgGgIAJhoCAHQaAgB5GgIAyBoCAMwaAgAcGwIAHxsCAERbDwBxGwIAQGgMAHMbAgA8TA4AdhsCAMQbAgB5GwIABEUOAHobAgBcIAIAfBsCAPwxDgB+GwIAcCoOAH8bAgCMOA4AgBsCAGxVDgCHGwIAlFcLAIobAgDoJQ0A0BsCABgcAgBBHAIAbBwCAHgcAgDAHAIAzxwCABQdAgAeHQIAaB0CAGsdAgC8HQIA1h0CABAeAgAaHgIAZB4CAGkeAgC4HgIAwh4CAAwfAgAXHwIAYB8CAGYfAgC0HwIAuR8CAAggAgAMIAIAmFsPAGEgAgCwIAIAaiACAHA/DgC6IAIABCECAA8hAgBYIQIAXiECAKwhAgCxIQIAACICAAQiAgDsWw8AWSICAAizAgBbIgIApOIMAFwiAgCg0gsAXiICALyuDQBuIgIAqCICALIiAgD8IgIAByMCAFAjAgBWIwIApCMCAKkjAgD4IwIA/CMCAEwkAgBvJAIAQFwPAKIkAgD0JAIAoyQCABg3CwClJAIAyJUIAKkkAgDA4woArCQCANAtAgCuJAIAeL8NAAElAgDcVAIAAiUCAEglAgBLJQIAnCUCAKglAgDwJQIACCYCAEQmAgBQJgIAmCYCAJ4mAgDsJgIA8iYCAEAnAgBFJwIAlCcCAJonAgCUXA8A8icCADwoAgBHKAIAkCgCAJYoAgDkKAIA6SgCADgpAgA8KQIAjCkCAI8pAgDoXA8A6ikCADQqAgA/KgIAiCoCAI4qAgDcKgIA4SoCADArAgA0KwIAPF0PAIUrAgDYKwIA5CsCACwsAgA4LAIAgCwCAIYsAgDULAIA2iwCACgtAgAtLQIAfC0CAIItAgCQXQ8A0i0CACQNBQDXLQIAkBwFAN8tAgCAawIA4C0CACQuAgAwLgIAeC4CAH4uAgDMLgIA2C4CACAvAgAtLwIAdC8CAIMvAgDILwIA1C8CABwwAgAoMAIAcDACAHYwAgDEMAIAyjACABgxAgAdMQIAbDECAHIxAgDkXQ8AyjECAOzkBwDWMQIAFDICANkxAgA4zggAIDICAGgyAgBwMgIAzCAQAHQyAgC8MgIAwjICABAzAgAWMwIAZDMCAGkzAgC4MwIAvjMCADheDwAUNAIA6IIQABY0AgBgNAIAZjQCALQ0AgBsNAIA9AsDAMI0AgAINQIAITUCAFw1AgBlNQIAsDUCALo1AgAENgIAEDYCAFg2AgBkNgIArDYCALI2AgAANwIABjcCAFQ3AgBZNwIAqDcCAK43AgCMXg8ACDgCAFA4AgBaOAIApDgCAK84AgD4OAIA/TgCAEw5AgBTOQIAoDkCAKw5AgD0OQIA+jkCAEg6AgBOOgIAnDoCAKE6AgDwOgIA9joCAOBeDwBVOwIAmDsCAJk7AgDsOwIAnjsCANhAAgDxOwIAQDwCAE48AgCUPAIAoTwCAOg8AgDyPAIAPD0CAEg9AgCQPQIAlj0CAOQ9AgDwPQIAOD4CAEs+AgCMPgIAmz4CAOA+AgDsPgIAND8CADU/AgCIPwIAkj8CANw/AgDqPwIAMEACADVAAgCEQAIAkUACADRfDwDkQAIALEECADxBAgCAQQIAjEECANRBAgDaQQIAKEICADRCAgB8QgIAiUICANBCAgDfQgIAJEMCADBDAgB4QwIAhEMCAMxDAgDfQwIAIEQCAC9EAgB0RAIAgEQCAMhEAgDJRAIAHEUCACZFAgBwRQIAfkUCAMRFAgDJRQIAGEYCACVGAgCIXw8AbkYCAHwdBgB4RgIAwEYCAHlGAgAYfgkAekYCAHxICwDURgIAFEcCACBHAgBoRwIAbkcCALxHAgDCRwIAEEgCABVIAgBkSAIAakgCANxfDwDESAIADEkCABlJAgDAxAIAH0kCAGBJAgBlSQIAxFoCAGhJAgBgBgMAbEkCALRJAgC6SQIACEoCAA5KAgBcSgIAYUoCALBKAgC2SgIAMGAPABBLAgBYSwIAXksCAKxLAgCxSwIAAEwCAAdMAgBUTAIAYkwCAKhMAgDDTAIA/EwCAApNAgBQTQIAU00CAKRNAgCyTQIA+E0CAP1NAgBMTgIAWU4CAKBOAgCsTgIA9E4CAPpOAgBITwIATk8CAJxPAgChTwIA8E8CAPZPAgCEYA8ASVACAJhQAgChUAIA7FACAPlQAgBAUQIAR1ECAJRRAgClUQIA6FECAO1RAgA8UgIAS1ICAJBSAgCSUgIA5FICAPVSAgA4UwIARFMCAIxTAgCSUwIA4FMCAOZTAgA0VAIAOVQCAIhUAgCOVAIA2GAPAPNUAgAwVQIAPFUCAIRVAgCQVQIA2FUCAN5VAgAsVgIAMlYCAIBWAgCFVgIA1FYCANpWAgAsYQ8ALlcCAAiJAgA/VwIAfFcCAIVXAgDQVwIA5lcCACRYAgAwWAIAeFgCAIVYAgDMWAIA1lgCACBZAgAsWQIAdFkCAHpZAgDIWQIAzlkCABxaAgAhWgIAcFoCAHZaAgCAYQ8AzVoCABhbAgAiWwIAbFsCAHFbAgDAWwIA0FsCABRcAgAtXAIAaFwCAG1cAgC8XAIAxVwCABBdAgAdXQIAZF0CAGtdAgC4XQIAu10CAAxeAgAYXgIAYF4CAHNeAgC0XgIAw14CAAhfAgAUXwIAXF8CAF1fAgCwXwIAul8CAARgAgASYAIAWGACAF1gAgCsYAIAuWACANRhDwADYQIAVGECAFdhAgCoYQIAtWECAIgGCwC3YQIA/GECAP5hAgBQYgIAU2ICAKRiAgCuYgIA+GICAARjAgBMYwIAX2MCAKBjAgCvYwIA9GMCAABkAgBIZAIASWQCAJxkAgCmZAIA8GQCAP5kAgBEZQIASWUCAJhlAgClZQIAKGIPAO1lAgBAZgIATGYCAJRmAgCaZgIA6GYCAOpmAgA8ZwIARmcCAJBnAgCeZwIA5GcCAOlnAgA4aAIARWgCAIxoAgCYaAIA4GgCAPNoAgA0aQIAQ2kCAIhpAgCUaQIA3GkCAN1pAgAwagIAOmoCAIRqAgCSagIA2GoCAN1qAgAsawIAOWsCAHxiDwCJawIA1GsCAIxrAgAs2gsA2msCAChsAgArbAIAfGwCAIpsAgDQbAIA1WwCACRtAgAxbQIAeG0CAIRtAgDMbQIA0m0CACBuAgAmbgIAdG4CAHluAgDIbgIAzm4CANBiDwAebwIAcG8CACNvAgDcqgwAf28CAMRvAgDkbwIAGHACAB1wAgBscAIAh3ACAMBwAgDMcAIAFHECABpxAgBocQIAeHECALxxAgDNcQIAEHICABVyAgBkcgIAaHICALhyAgDEcgIADHMCABJzAgBgcwIAZnMCALRzAgC5cwIACHQCAA50AgAkYw8Aa3QCAGjDDQBydAIAsHQCALF0AgAEdQIAFXUCAFh1AgBkdQIArHUCAMJ1AgAAdgIADHYCAFR2AgBhdgIAqHYCALJ2AgD8dgIACHcCAFB3AgBXdwIApHcCALB3AgD4dwIA/ncCAEx4AgBSeAIAoHgCAKV4AgD0eAIA+ngCAHhjDwBKeQIAHOsNAFF5AgCceQIAnXkCAPB5AgDxeQIARHoCAEl6AgCYegIAnnoCAOx6AgD2egIAQHsCAEx7AgCUewIAm3sCAOh7AgDtewIAPHwCAD18AgCQfAIAnHwCAOR8AgDqfAIAOH0CADp9AgCMfQIAln0CAOB9AgDufQIANH4CADl+AgCIfgIAlX4CANx+AgDofgIAMH8CAEN/AgCEfwIAk38CANh/AgDkfwIALIACAC2AAgCAgAIAioACANSAAgDigAIAKIECAC2BAgB8gQIAiYECAMxjDwDhgQIAJIICADCCAgB4ggIAj4ICAMyCAgDOggIAIIMCADGDAgB0gwIAdoMCAMiDAgDOgwIAHIQCADOEAgBwhAIAeYQCAMSEAgDahAIAGIUCACSFAgBshQIAeYUCAMCFAgDKhQIAFIYCACCGAgBohgIAe4YCALyGAgDLhgIAEIcCAByHAgBkhwIAZYcCALiHAgDChwIADIgCABqIAgBgiAIAZYgCALSIAgDBiAIAIGQPAAqJAgBciQIAcIkCALCJAgC+iQIABIoCABGKAgBYigIAX4oCAKyKAgC4igIAAIsCABOLAgBUiwIAWYsCAKiLAgCxiwIA/IsCAAaMAgBQjAIAVYwCAKSMAgC0jAIA+IwCABGNAgBMjQIAUY0CAKCNAgCpjQIA9I0CAAGOAgBIjgIAT44CAJyOAgCfjgIA8I4CAPyOAgBEjwIAV48CAJiPAgCnjwIA7I8CAPiPAgBAkAIAQZACAJSQAgCekAIA6JACAPaQAgA8kQIAQZECAJCRAgCdkQIAdGQPAP2RAgA4kgIARJICAIySAgCSkgIA4JICAPCSAgA0kwIAOZMCAIiTAgCOkwIA3JMCAPKTAgAwlAIAMpQCAISUAgCOlAIA2JQCAOSUAgAslQIAP5UCAICVAgCPlQIA1JUCAOCVAgAolgIAKZYCAHyWAgCGlgIA0JYCAN6WAgAklwIAKZcCAHiXAgCFlwIAyGQPAM+XAgBMjwwA1pcCAPAKDgDYlwIAdCgJANmXAgBMngMA25cCACCYAgApmAIAdJgCAHqYAgDImAIAzpgCAByZAgAomQIAcJkCAH2ZAgDEmQIAzpkCABiaAgAumgIAbJoCAHGaAgDAmgIAx5oCABSbAgAimwIAaJsCAHibAgC8mwIAypsCABCcAgAfnAIAZJwCAGacAgC4nAIAwpwCAAydAgAanQIAYJ0CAGWdAgC0nQIAwZ0CAAieAgAUngIAXJ4CAG+eAgCwngIAv54CAASfAgAQnwIAWJ8CAFmfAgCsnwIAtp8CAACgAgAOoAIAVKACAFmgAgCooAIAtaACABxlDwD+oAIAUKECAAihAgBAIAkAYaECAKShAgCtoQIA+KECAASiAgBMogIAVKICALx4EABYogIAoKICAKaiAgD0ogIA+qICAEijAgBNowIAnKMCAKKjAgBwZQ8A/KMCAESkAgBUpAIAmKQCAKakAgDspAIA+aQCAEClAgBMpQIAlKUCAJulAgDopQIA8KUCAMRlDwBFpgIAuIEOAEmmAgDkuwIATaYCAJCmAgChpgIA5KYCAOymAgA4pwIA8KYCAMQdDABCpwIAjKcCAJGnAgDgpwIA6KcCADSoAgA2qAIAiKgCAD2oAgAcrgIAkKgCANyoAgDyqAIAMKkCADypAgCEqQIAmqkCANipAgDxqQIALKoCADiqAgCAqgIAhqoCANSqAgDcqgIAKKsCADirAgB8qwIAhasCANCrAgDdqwIAJKwCADOsAgB4rAIAgqwCAMysAgDarAIAIK0CACWtAgB0rQIAga0CAMitAgDQrQIAGGYPACmuAgBwrgIAd64CAMSuAgDQrgIAGK8CACivAgBsrwIAeq8CAMCvAgDNrwIAFLACACCwAgBosAIAb7ACALywAgDEsAIAbGYPAByxAgBksQIAbrECALixAgDDsQIADLICABGyAgBgsgIAZ7ICALSyAgC8sgIAwGYPABCzAgBcswIAbLMCALCzAgC8swIABLQCAAi0AgBYtAIAYLQCAKy0AgCutAIAALUCAAa1AgBUtQIAa7UCAKi1AgCxtQIA/LUCABK2AgBQtgIAXLYCAKS2AgCxtgIA+LYCAAK3AgBMtwIAT7cCAKC3AgCotwIA9LcCAP63AgBIuAIATbgCAJy4AgCkuAIA8LgCAAC5AgBEuQIATbkCAJi5AgCluQIA7LkCAPu5AgBAugIASroCAJS6AgCiugIA6LoCAO26AgA8uwIASbsCAJC7AgCYuwIAFGcPAPG7AgA4vAIAA7wCAOR0BAA9vAIAjLwCAJa8AgDgvAIA6LwCADS9AgD3vAIAPCIOADq9AgCIvQIAQr0CAOgpDABDvQIAFBoIAES9AgBcyAIARb0CAAjnCgCUvQIA3L0CAN69AgDcAgwA470CADC+AgA8vgIAhL4CAJO+AgDYvgIA6b4CACy/AgAuvwIAgL8CAIa/AgDUvwIA4L8CACjAAgAwwAIAaGcPAILAAgC8Zw8A3MACABBoDwAnwQIAuGgPAHvBAgAMaQ8AfcECABhTBADPwQIADDoLANnBAgAgwgIAKsICAHTCAgB2wgIAyMICANvCAgAcwwIAJMMCAMBIDAAowwIAcMMCAHbDAgDEwwIAysMCABjEAgAdxAIAbMQCAHLEAgBgaQ8AysQCABTFAgAWxQIAaMUCAHLFAgC8xQIAysUCABDGAgAVxgIAZMYCAHHGAgC4xgIAxMYCAAzHAgASxwIAYMcCAGbHAgC0xwIAuccCAAjIAgAOyAIAtGkPAGrIAgCwyAIAvcgCAATJAgALyQIAWMkCAGDJAgCsyQIArckCAACVCgCvyQIAAMoCAMLJAgAIkwoAFMoCAFTKAgBqygIAqMoCAMHKAgD8ygIAAcsCAFDLAgBhywIACGoPALXLAgD4ywIA+ssCAEzMAgBWzAIAoMwCAK7MAgD0zAIA+cwCAEjNAgBVzQIAnM0CAKTNAgDwzQIA/M0CAETOAgAAzgIAlM8CAErOAgCYzgIAns4CAOzOAgDxzgIAQM8CAEbPAgBcag8Als8CAOjPAgD2zwIAPNACAE3QAgCwag8Al9ACAARrDwDs0AIAONECAO7QAgDI8QYAKtECACC0EABG0QIAjNECAEfRAgDM1gIAmdECAODRAgDv0QIANNICADnSAgCI0gIAntICANzSAgDd0gIAMNMCADLTAgCE0wIAjtMCANjTAgDm0wIALNQCAEXUAgCA1AIAkdQCANTUAgDg1AIAKNUCADDVAgAAbA8AkNUCANDVAgDR1QIAJNYCADDWAgB41gIAe9YCAFRsDwDO1gIAINcCAC3XAgB01wIAgdcCAMjXAgDN1wIAHNgCACbYAgBw2AIAeNgCAMTYAgDU2AIAGNkCACbZAgBs2QIAedkCAMDZAgDH2QIAFNoCABzaAgBo2gIAa9oCALzaAgDQ2gIAENsCACbbAgBk2wIAfdsCALjbAgC92wIADNwCAB3cAgCobA8AaNwCAPxsDwBs3AIAMDkJAHzcAgAs8BAAwdwCAAjdAgAP3QIAXN0CAGjdAgCw3QIAwN0CAATeAgAS3gIAWN4CAGXeAgCs3gIAuN4CAADfAgAH3wIAUG0PAFbfAgCo3wIAWd8CANT6AwC13wIA/N8CAAngAgBQ4AIAVeACAKTgAgCu4AIA+OACAADhAgBM4QIAVeECAKDhAgCj4QIA9OECAADiAgCkbQ8ATeICAJziAgBU4gIAKOMJAKHiAgDw4gIA+OICAETjAgBa4wIAmOMCAJrjAgDs4wIA+eMCAEDkAgBU5AIA+G0PAJnkAgDo5AIA8OQCAPTaCQDy5AIAPOUCAETlAgCQ5QIAnOUCAOTlAgDx5QIAOOYCAD3mAgCM5gIAleYCAODmAgD35gIANOcCAD/nAgBMbg8AlucCANznAgDf5wIAMOgCADPoAgCE6AIAkugCANjoAgDl6AIALOkCAEPpAgCA6QIAiOkCANTpAgDa6QIAKOoCADTqAgB86gIAhuoCANDqAgDZ6gIAJOsCACrrAgB46wIAhesCAKBuDwDY6wIAIOwCANrrAgDA5wkAL+wCAHTsAgCF7AIAyOwCAMrsAgAc7QIAIu0CAHDtAgB87QIAxO0CAMvtAgAY7gIAIO4CAGzuAgBu7gIAwO4CAM3uAgAU7wIAG+8CAGjvAgBw7wIAvO8CAMnvAgAQ8AIAFfACAGTwAgBu8AIAuPACAMDwAgAM8QIAFfECAGDxAgBj8QIAtPECAMDxAgAI8gIAD/ICAPRuDwBp8gIAsPICAHLyAgCc9wIAk/ICAATsCQDL8gIABPMCAAbzAgBY8wIAafMCAKzzAgC68wIAAPQCAAf0AgBU9AIAXPQCAKj0AgCt9AIA/PQCAP30AgBQ9QIAXPUCAKT1AgCq9QIA+PUCAPr1AgBM9gIAVvYCAKD2AgCu9gIA9PYCAPn2AgBI9wIAVfcCAEhvDwCd9wIA8PcCAPX3AgBE+AIASvgCAJj4AgCi+AIA7PgCAPj4AgBA+QIAR/kCAJT5AgCc+QIA6PkCAOr5AgA8+gIASfoCAJD6AgCX+gIA5PoCAOz6AgA4+wIARfsCAIz7AgCR+wIA4PsCAOr7AgA0/AIAPPwCAIj8AgCR/AIA3PwCAN/8AgAw/QIAPP0CAIT9AgCL/QIAnG8PAOT9AgDo3QkA7P0CACz+AgA5/gIAgP4CAIr+AgDU/gIA1v4CACj/AgA7/wIAfP8CAIT/AgDQ/wIA3P8CACQAAwAqAAMAeAADAH4AAwDMAAMA0QADACABAwAmAQMA8G8PAIIBAwDIAQMA1wEDABwCAwA4AgMAcAIDADwCAwAMRQMAeAIDAERwDwDNAgMAGAMDACUDAwBsAwMAdgMDAMADAwDOAwMAFAQDACoEAwBoBAMAdAQDALwEAwDEBAMAmHAPABYFAwBkBQMAagUDALgFAwC9BQMADAYDABIGAwDscA8AZQYDALQGAwC9BgMACAcDABIHAwBcBwMAZAcDALAHAwC1BwMABAgDABQIAwBYCAMAYAgDAKwIAwCyCAMApAoDAMUIAwAACQMABQkDAFQJAwBdCQMAqAkDALUJAwD8CQMAAwoDAFAKAwBTCgMAQHEPAKYKAwD4CgMABQsDAEwLAwBjCwMAoAsDAKwLAwCUcQ8ACgwDAEgMAwBJDAMAnAwDAKYMAwDwDAMA+AwDAEQNAwBODQMAmA0DAJ0NAwDsDQMA9A0DAEAOAwBCDgMAlA4DAEMOAwDUEwMARw4DAJwhAwBWDgMAuBoDAJsOAwDoDgMA7w4DADwPAwBEDwMAkA8DAJQPAwDkDwMA8g8DADgQAwBCEAMAjBADAJcQAwDgEAMA6BADADQRAwA5EQMAiBEDAKMRAwDcEQMA6BEDADASAwA2EgMAhBIDAJQSAwDYEgMA6RIDACwTAwAxEwMAgBMDAIQTAwDocQ8A3RMDACgUAwBBFAMAfBQDAIYUAwDQFAMA1hQDACQVAwAmFQMAeBUDAIcVAwDMFQMA1hUDACAWAwAoFgMAdBYDAHgWAwDIFgMA1hYDABwXAwAmFwMAcBcDAHsXAwDEFwMAzBcDABgYAwAdGAMAbBgDAIcYAwDAGAMAzBgDABQZAwAaGQMAaBkDAHgZAwC8GQMAzRkDABAaAwAVGgMAZBoDAGgaAwA8cg8AwRoDAAwbAwAdGwMAYBsDAGobAwC0GwMAwhsDAAgcAwAJHAMAXBwDAG0cAwCwHAMAxBwDAAQdAwAMHQMAWB0DAFwdAwCsHQMAuh0DAAAeAwAKHgMAVB4DAF8eAwCoHgMAsB4DAPweAwABHwMAUB8DAGsfAwCkHwMAsB8DAPgfAwD+HwMATCADAFwgAwCgIAMAsSADAPQgAwD5IAMASCEDAEwhAwCQcg8AqiEDAPAhAwALIgMARCIDAFIiAwCYIgMAnyIDAOwiAwD4IgMAQCMDAEgjAwDkcg8AoiMDAOgjAwDyIwMAPCQDAEckAwCQJAMAmCQDAOQkAwDpJAMAOCUDAFMlAwCMJQMAmCUDAOAlAwDmJQMANCYDAEQmAwCIJgMAmSYDANwmAwDhJgMAMCcDADQnAwA4cw8AlScDANgnAwDgJwMALCgDAC0oAwCAKAMAhSgDANQoAwDiKAMAKCkDADUpAwB8KQMAhikDANApAwDcKQMAJCoDACoqAwB4KgMAgCoDAMwqAwDTKgMAICsDACwrAwB0KwMAeisDAMgrAwDUKwMAHCwDACwsAwBwLAMAfCwDAMQsAwDKLAMAGC0DACQtAwBsLQMAeS0DAMAtAwDPLQMAFC4DACAuAwCMcw8Aay4DALwuAwC/LgMAEC8DAB4vAwBkLwMAey8DALgvAwDFLwMADDADACIwAwBgMAMAbDADALQwAwDBMAMACDEDABIxAwBcMQMAZDEDALAxAwC6MQMABDIDAAkyAwBYMgMAYDIDAKwyAwC4MgMAADMDAA0zAwBUMwMAXjMDAKgzAwCuMwMA/DMDABA0AwBQNAMAWDQDAKQ0AwCyNAMA+DQDAAU1AwBMNQMAVDUDAKA1AwCtNQMA9DUDAAI2AwBINgMAWTYDAJw2AwCkNgMA8DYDAAY3AwBENwMARjcDAJg3AwCZNwMA4HMPAPo3AwBAOAMATzgDAJQ4AwCgOAMA6DgDAPA4AwA0dA8AQTkDAJA5AwCZOQMA5DkDAPE5AwA4OgMAPzoDAIw6AwCPOgMA4DoDAOg6AwA0OwMAOTsDAIg7AwCROwMA3DsDAOY7AwAwPAMAODwDAIQ8AwCJPAMA2DwDAOg8AwAsPQMAND0DAIA9AwCGPQMA1D0DANY9AwAoPgMANT4DAHw+AwCTPgMA0D4DANw+AwCIdA8AMD8DAHg/AwCPPwMAzD8DANg/AwAgQAMAJkADAHRAAwB8QAMAyEADAM9AAwAcQQMAKkEDAHBBAwCLQQMAxEEDANJBAwAYQgMAH0IDAGxCAwB4QgMAwEIDAMhCAwDcdA8AKEMDAGhDAwBwQwMAvEMDAOtDAwAQRAMAHEQDAGREAwBqRAMAuEQDAL1EAwAwdQ8AGEUDAGBFAwBnRQMAtEUDALxFAwAIRgMACkYDAFxGAwBmRgMAsEYDALhGAwCEdQ8AEkcDAMxUAwATRwMAWEcDAFpHAwCsRwMAvUcDAABIAwARSAMAVEgDAGBIAwCoSAMAr0gDAPxIAwAESQMAUEkDAHpJAwCkSQMAqUkDAPhJAwD5SQMATEoDAFZKAwCgSgMArkoDAPRKAwD5SgMASEsDAFVLAwCcSwMAuEsDAPBLAwAMTAMA2HUPAFFMAwCYTAMAnEwDAOxMAwDyTAMAQE0DAEJNAwCUTQMAlU0DAOhNAwALTgMAPE4DAGBOAwCQTgMAuk4DAOROAwDsTgMAOE8DAD1PAwCMTwMAmU8DAOBPAwDoTwMANFADADZQAwCIUAMAkFADANxQAwAGUQMAMFEDAD1RAwCEUQMAiVEDANhRAwDlUQMALFIDADhSAwCAUgMAqlIDANRSAwDcUgMAKFMDAENTAwB8UwMAflMDANBTAwDhUwMAJFQDAC1UAwB4VAMAhFQDACx2DwDZVAMAIFUDACdVAwB0VQMAgFUDAMhVAwDbVQMAHFYDACRWAwBwVgMAdVYDAMRWAwDNVgMAGFcDACJXAwBsVwMAdFcDAMBXAwDFVwMAFFgDACRYAwBoWAMAcFgDALxYAwDVWAMAEFkDABVZAwBkWQMAbVkDALhZAwDFWQMADFoDABNaAwBgWgMAY1oDAIB2DwC5WgMACFsDAMFaAwAIegsAEVsDAFxbAwBkWwMAsFsDALtbAwAEXAMABlwDAFhcAwBzXAMArFwDALhcAwAAXQMACF0DANR2DwBhXQMAqF0DALBdAwD8XQMACF4DAFBeAwBWXgMApF4DAKpeAwD4XgMA/V4DAExfAwBSXwMAKHcPAK1fAwD0XwMA/F8DAEhgAwBcYAMAnGADAKFgAwDwYAMA+WADAERhAwBKYQMAmGEDAKBhAwDsYQMA72EDAEBiAwBdYgMAlGIDAKViAwDoYgMA8GIDADxjAwA/YwMAkGMDAKRjAwDkYwMA8WMDADhkAwBCZAMAjGQDAI5kAwDgZAMA82QDANB3DwA5ZQMAiGUDAJllAwDcZQMA5WUDADBmAwBGZgMAhGYDAJFmAwDYZgMA4GYDACxnAwBLZwMAJHgPAIxnAwDUZwMA3GcDAHh4DwAraAMAfGgDAIRoAwDQaAMA3WgDACRpAwApaQMAeGkDAIBpAwDMaQMAzWkDACBqAwAiagMAdGoDAHpqAwDIagMAymoDABxrAwAyawMAcGsDAHxrAwDEawMAzmsDABhsAwAkbAMAbGwDAHJsAwDAbAMAyGwDABRtAwBFbQMAzHgPAHFtAwC8bQMAxm0DABBuAwAYbgMAZG4DAGVuAwC4bgMAvm4DAAxvAwAYbwMAYG8DAGFvAwC0bwMAtm8DAAhwAwAOcAMAXHADAGhwAwCwcAMAt3ADAARxAwAMcQMAWHEDAFtxAwCscQMAtnEDAAByAwACcgMAVHIDAF5yAwCocgMAtHIDAPxyAwAScwMAUHMDAFxzAwCkcwMAsXMDAPhzAwACdAMATHQDAFR0AwCgdAMAsnQDACB5DwD2dAMASHUDAFJ1AwCcdQMAnnUDAPB1AwAJdgMARHYDAEZ2AwCYdgMAm3YDAOx2AwD4dgMAQHcDAEh3AwB0eQ8AqHcDAOh3AwDrdwMAPHgDAEZ4AwCQeAMAnHgDAOR4AwD6eAMAOHkDAEB5AwCMeQMAmnkDAOB5AwDjeQMANHoDADx6AwCIegMAi3oDANx6AwCWegMAwIEDAOZ6AwAwewMA53oDACR+AwAyewMAhHsDAIp7AwDYewMA4nsDACx8AwA6fAMAgHwDAI18AwDUfAMA63wDACh9AwAwfQMAfH0DAIV9AwDQfQMA0X0DAMh5DwAtfgMAeH4DAIJ+AwDMfgMA1n4DACB/AwAufwMAdH8DAIF/AwDIfwMA338DAByAAwAkgAMAcIADAHeAAwDEgAMAyYADABiBAwAcgQMAbIEDAHmBAwAceg8AzYEDABSCAwAcggMAaIIDAG6CAwC8ggMAyIIDABCDAwAfgwMAZIMDAGmDAwC4gwMA04MDAAyEAwAYhAMAYIQDAGaEAwC0hAMAyIQDAAiFAwAQhQMAXIUDAHKFAwCwhQMAtYUDAASGAwALhgMAWIYDAGSGAwBweg8As4YDAACHAwAOhwMAVIcDAGGHAwCohwMAv4cDAPyHAwAEiAMAUIgDAFaIAwCkiAMAsIgDAPiIAwD/iAMATIkDAFqJAwCgiQMAo4kDAPSJAwD8iQMASIoDAFaKAwCcigMAn4oDAPCKAwD4igMARIsDAFWLAwCYiwMAnYsDAOyLAwDuiwMAQIwDAEeMAwCUjAMAoowDAOiMAwD1jAMAPI0DAFONAwCQjQMAmI0DAOSNAwDujQMAOI4DAEOOAwCMjgMAmI4DAOCOAwDojgMAxHoPADaPAwCIjwMAko8DANyPAwDejwMAMJADADOQAwCEkAMAkJADANiQAwDikAMALJEDADSRAwCAkQMAjpEDANSRAwDhkQMAKJIDADCSAwB8kgMAkpIDANCSAwDckgMAJJMDADqTAwB4kwMAfZMDAMyTAwDSkwMAIJQDADSUAwAYew8Ad5QDAMiUAwDQlAMAHJUDACqVAwBwlQMAMpUDAGxcBwB9lQMAxJUDAMyVAwAYlgMAIpYDAGyWAwB3lgMAwJYDAMyWAwAUlwMAHJcDAGx7DwBulwMAvJcDAMGXAwAQmAMAH5gDAGSYAwBwmAMAuJgDALuYAwAMmQMAD5kDAGCZAwBomQMAtJkDALmZAwAImgMAGJoDAFyaAwBkmgMAsJoDALOaAwAEmwMADpsDAFibAwBamwMArJsDALKbAwAAnAMACpwDAFScAwBinAMAqJwDALWcAwD8nAMAE50DAFCdAwBYnQMApJ0DAK2dAwD4nQMA+Z0DAMB7DwBYngMAoJ4DAKOeAwC4LAkAr54DAPSeAwCzngMApBwJAP6eAwBInwMAUJ8DABgUBABUnwMAUAgOAFafAwCcnwMAZJ8DAJwNCAChnwMA8J8DAKmfAwD07gQA/Z8DAESgAwBHoAMADKsJAEqgAwBQ8ggATKADAJigAwBOoAMAvKQFAFCgAwAwiAUAm6ADAICBBwCeoAMAJAkGAKKgAwDsoAMApqADAKRwCQCooAMAyFoHAPGgAwBAoQMA+KADAFxCBAD6oAMA+EYJAEihAwCUoQMAl6EDAOihAwD0oQMAPKIDAEKiAwCQogMAq6IDAOSiAwDwogMAOKMDAD6jAwCMowMAlKMDAOCjAwDiowMANKQDAOWjAwDcpAMAPqQDAIikAwCQpAMAFHwPAOmkAwAwpQMAOKUDAISlAwCHpQMA2KUDAN2lAwAspgMAO6YDAICmAwCgpgMA1KYDAOCmAwAopwMAMqcDAHynAwCEpwMA0KcDAOKnAwC8fA8ALqgDAHioAwCGqAMAzKgDANmoAwAgqQMAN6kDAHSpAwB8qQMAyKkDANepAwAcqgMAIaoDAHCqAwB9qgMAxKoDANGqAwAYqwMAJKsDAGyrAwB7qwMAwKsDAMqrAwAUrAMAIqwDAGisAwBtrAMAvKwDAMmsAwAQrQMAE60DAGStAwBsrQMAuK0DAL2tAwAMrgMAGa4DAGCuAwBorgMAtK4DAL2uAwAIrwMAFa8DAFyvAwBqrwMAsK8DAMOvAwAEsAMADLADAFiwAwBfsAMArLADALGwAwAAsQMAFrEDAFSxAwBWsQMAqLEDALaxAwD8sQMACbIDAFCyAwBYsgMApLIDAKeyAwD4sgMA/bIDAEyzAwBbswMAoLMDAMCzAwD0swMAALQDAEi0AwBStAMAnLQDAKS0AwDwtAMAArUDABB9DwBVtQMAmLUDAJ+1AwDstQMA9LUDAEC2AwBNtgMAlLYDAJm2AwDotgMA8rYDADy3AwBEtwMAkLcDAJK3AwB0uwkAlbcDAJR8BwCatwMADNUJAJ+3AwDktwMAoLcDALxuCADptwMAOLgDAEW4AwCMuAMAmbgDAOC4AwDsuAMANLkDAEO5AwCIuQMAkrkDANy5AwDkuQMAMLoDADq6AwCEugMAiboDANi6AwDgugMAZH0PADi7AwCAuwMAhrsDANS7AwDvuwMAKLwDADS8AwB8vAMAgrwDANC8AwDsvAMAJL0DACy9AwC4fQ8AgL0DAMy9AwDWvQMAIL4DACu+AwB0vgMAgL4DAMi+AwDQvgMADH4PACi/AwBwvwMAdr8DAMS/AwDfvwMAGMADACTAAwBswAMAcsADAMDAAwDIwAMAFMEDABrBAwBowQMAccEDALzBAwDJwQMAEMIDAB3CAwBkwgMAcsIDALjCAwDFwgMADMMDACPDAwBgwwMAaMMDALTDAwC5wwMACMQDAMXDAwAAxgMAFcQDAFzEAwBkxAMAsMQDALvEAwAExQMACcUDAFjFAwBbxQMArMUDALbFAwBgfg8ABcYDAFTGAwBjxgMAqMYDAKrGAwD8xgMADccDAFDHAwBhxwMApMcDALjHAwC0fg8ACcgDAEzIAwBPyAMAoMgDAFTIAwCoIwcAWcgDANj7DQCqyAMA9MgDAPbIAwBIyQMAUskDAJzJAwCoyQMA8MkDABjKAwBEygMAT8oDAAiBBABqygMAmMoDAMrKAwDsygMAEssDAEDLAwBmywMAlMsDAMfLAwDoywMAGMwDADzMAwBEzAMAkMwDALjMAwDkzAMAGM0DADjNAwBozQMAjM0DAJTNAwDgzQMA780DADTOAwA5zgMAiM4DAJHOAwDczgMAlc4DAGjWAwDtzgMAMM8DADfPAwCEzwMAjM8DANjPAwDlzwMALNADADHQAwCA0AMAitADANTQAwDc0AMAKNEDADLRAwD43AMAN9EDAHzRAwCB0QMA0NEDAN3RAwAk0gMAMdIDAHjSAwCE0gMAzNIDANvSAwAg0wMAKtMDAHTTAwB80wMAyNMDANLTAwAc1AMAIdQDAHDUAwB41AMACH8PANDUAwAY1QMAHtUDAGzVAwCH1QMAwNUDAMzVAwAU1gMAGtYDAFx/DwB11gMAvNYDAMjWAwAQ1wMAH9cDAGTXAwBu1wMAuNcDAMbXAwAM2AMAEdgDAGDYAwBt2AMAtNgDALzYAwAI2QMAEtkDAFzZAwBh2QMAsNkDALjZAwAE2gMAB9oDAFjaAwBk2gMArNoDALLaAwAA2wMAG9sDAFTbAwBg2wMAqNsDAK7bAwD82wMABNwDAFDcAwBS3AMApNwDAK7cAwCwfw8A/twDAEzdAwBO3QMAoN0DAK3dAwD03QMA990DAEjeAwBZ3gMAnN4DAJ7eAwDw3gMA+t4DAETfAwBQ3wMAmN8DAKDfAwAEgA8A8d8DAEDgAwBD4AMAlOADAJ7gAwDo4AMA8OADADzhAwBJ4QMAkOEDAJLhAwDk4QMA+uEDADjiAwBE4gMAWIAPAKjiAwDg4gMA/OIDAKyADwA54wMAiOMDAJXjAwDc4wMA6eMDADDkAwA85AMAhOQDAJPkAwDY5AMA4uQDACzlAwA65QMAgOUDAIXlAwDU5QMA4eUDACjmAwBB5gMAfOYDAH7mAwDQ5gMA1+YDAACBDwBB5wMAeOcDAInnAwDM5wMA2OcDACDoAwAz6AMAdOgDAIPoAwDI6AMA1OgDABzpAwAd6QMAcOkDAHrpAwDE6QMA0ukDABjqAwAd6gMAbOoDAHnqAwBUgQ8AxeoDABTrAwAh6wMAaOsDAHXrAwC86wMAyOsDABDsAwAf7AMAZOwDAG7sAwC47AMAxuwDAAztAwAR7QMAYO0DAG3tAwC07QMAvO0DAAjuAwAS7gMAXO4DAGHuAwCw7gMAuO4DAFCCDwAG7wMAWO8DAGbvAwCs7wMAve8DAKSCDwAH8AMA+IIPAFnwAwCo8AMAsPADAPzwAwAL8QMAUPEDAFXxAwCk8QMAsfEDAPjxAwAF8gMATPIDAFjyAwCg8gMAr/IDAPTyAwD+8gMAoIMPAErzAwBIOA0ATvMDAAx5CwBb8wMAnPMDAKvzAwDw8wMA/PMDAET0AwBF9AMAmPQDAKL0AwDs9AMA+vQDAED1AwBF9QMAlPUDAKH1AwD0gw8A7PUDADz2AwBH9gMAkPYDAJ72AwDk9gMA9fYDADj3AwBE9wMAjPcDAJT3AwBIhA8A5fcDADT4AwBB+AMAiPgDAJX4AwDc+AMA6PgDADD5AwA/+QMAhPkDAI75AwDY+QMA5vkDACz6AwA5+gMAgPoDAJf6AwCchA8A4foDACj7AwA1+wMAfPsDAIj7AwDQ+wMA3/sDACT8AwAu/AMAePwDAIb8AwDM/AMAlPwDABjBCADR/AMAIP0DAC39AwB0/QMAfP0DAMj9AwDO/QMAHP4DACj+AwBw/gMAgP4DAMT+AwDN/gMAGP8DABv/AwBs/wMAeP8DAMD/AwDH/wMA8IQPACEABABoAAQAdwAEALwABAC9AAQAEAEEACcBBABkAQQAfgEEALgBBADEAQQADAIEAB8CBABgAgQAbwIEALQCBADAAgQACAMEAAkDBABcAwQAZgMEALADBAC+AwQABAQEAAkEBABYBAQAZQQEAESFDwDGBAQAAAUEAA8FBABUBQQAVgUEAKgFBABZBQQA5AsEALUFBAD8BQQACQYEAFAGBABVBgQApAYEAK4GBAD4BgQABwcEAEwHBABRBwQAoAcEAK0HBAD0BwQAAQgEAEgIBABUCAQAnAgEAKsIBADwCAQA+ggEAEQJBABRCQQAmAkEAJ0JBADsCQQA8AkEAEAKBABMCgQAlAoEAJoKBADoCgQA7goEADwLBABBCwQAkAsEAJYLBACYhQ8A8QsEADgMBABFDAQAjAwEAJgMBADgDAQA7wwEADQNBAA+DQQAiA0EAJYNBADcDQQA4Q0EADAOBAA9DgQAhA4EAIsOBADYDgQA3Q4EACwPBAA4DwQAgA8EAIMPBADUDwQA4Q8EACgQBAAtEAQAfBAEAIYQBADQEAQA3BAEACQRBAA3EQQAeBEEAIYRBADMEQQAzxEEACASBAAqEgQAdBIEAIASBADIEgQAzhIEABwTBAAiEwQAcBMEAHUTBADEEwQAyhMEAOyFDwAiFAQAuDgGACQUBABMYAgAJxQEAGwUBABuFAQAwBQEANEUBAAUFQQAJRUEAGgVBABwFQQAvBUEAMwVBAAQFgQAEhYEAGQWBAByFgQAuBYEAMkWBABAhg8AExcEAJSGDwBhFwQAtBcEALkXBAAIGAQADhgEAFwYBABmGAQAsBgEALwYBAAEGQQAChkEAFgZBABeGQQArBkEALEZBAAAGgQABhoEAOiGDwBiGgQAqBoEAMEaBAD8GgQA/RoEAFAbBABtGwQApBsEAL4bBAD4GwQA+xsEAEwcBABRHAQA5IcPALkcBAD0HAQA+hwEAEgdBAAKHQQAeI8EAEodBACcHQQAoh0EAPAdBAAEHgQARB4EAEweBACYHgQApR4EAOweBADxHgQAQB8EAEofBACUHwQAnB8EAOgfBAD5HwQAPCAEAEEgBACQIAQAkiAEAOQgBADrIAQAOCEEAEQhBACMIQQAkyEEAOAhBAD8IQQANCIEADwiBAA4iA8AjSIEANwiBADeIgQAMCMEADcjBACEIwQAkiMEANgjBADlIwQALCQEAEMkBACAJAQAiCQEANQkBADeJAQAKCUEAOokBAA0iwQAMyUEAHwlBACIJQQA0CUEANglBACMiA8AJSYEAHgmBAB9JgQAzCYEAM8mBAAgJwQAKicEAHQnBACLJwQAyCcEAM4nBAAcKAQAKCgEAHAoBABzKAQAxCgEAOEoBAAYKQQAKSkEAGwpBACLKQQAwCkEAMgpBAAUKgQAFioEAGgqBAB3KgQAvCoEAMYqBAAQKwQAHisEAGQrBAB/KwQAuCsEAMQrBAAMLAQAFCwEAOCIDwBsLAQAtCwEAMMsBAAILQQADS0EAFwtBABiLQQAsC0EALctBAAELgQADC4EAFguBABaLgQArC4EALMuBAAALwQAAi8EAFQvBABVLwQAqC8EALIvBAD8LwQACDAEAFAwBABWMAQApDAEAL4wBAD4MAQAADEEAEwxBABiMQQAoDEEAK4xBAD0MQQA9zEEAEgyBABLMgQAnDIEAKoyBADwMgQA/TIEAEQzBABbMwQAmDMEAKAzBADsMwQA7jMEAEA0BABINAQAlDQEAKs0BADoNAQA9DQEADw1BABSNQQAkDUEAJg1BADkNQQA8jUEADg2BABCNgQAjDYEAJQ2BADgNgQA5zYEADQ3BABANwQAiDcEAIk3BADcNwQA6DcEADA4BAA9OAQAhDgEAIs4BADYOAQA2zgEACw5BAA0OQQAgDkEAIU5BADUOQQA4TkEACg6BABWOgQAfDoEAIQ6BAA0iQ8A2DoEAGC9DwDsOgQAJDsEACw7BACIiQ8AhjsEAMw7BADOOwQAIDwEADE8BAB0PAQAfDwEAMg8BADUPAQAHD0EACI9BABwPQQAdj0EAMQ9BADJPQQAGD4EAB4+BADciQ8AcT4EAMA+BAB4PgQAkGkMAMg+BAAUPwQAGT8EAFCaCQAaPwQA7JkKACA/BACISQoAIz8EAGg/BAAlPwQATJcKAG0/BAC8PwQAbj8EAIyPCADJPwQAEEAEAB1ABABkQAQAcEAEALhABADHQAQADEEEABZBBAAsiw8AakEEALRBBAC5QQQACEIEABBCBACAiw8AYkIEALBCBADGQgQABEMEABJDBABYQwQAZUMEAKxDBACuQwQAAEQEAApEBABURAQAYEQEAKhEBACvRAQA/EQEAARFBABQRQQAV0UEAKRFBACtRQQA+EUEAARGBABMRgQAVEYEACiMDwClRgQA9EYEAPxGBABIRwQAV0cEAJxHBAChRwQA8EcEAP1HBABESAQAUUgEAJhIBACkSAQA7EgEAPtIBABASQQASkkEAJRJBACiSQQA6EkEAO1JBAA8SgQASUoEAJBKBACYSgQA5EoEAO5KBAA4SwQARksEAIxLBACiSwQA4EsEAOxLBAA0TAQAOUwEAIhMBACRTAQA3EwEAOZMBAB8jA8AOk0EAIRNBACQTQQA2E0EAOBNBADQjA8AMU4EAIBOBACNTgQA1E4EAOFOBAAoTwQANE8EAHxPBACLTwQA0E8EANpPBAAkUAQAPFAEAHhQBACCUAQAzFAEANpQBAAgUQQANlEEAHRRBACAUQQAyFEEAM1RBAAcUgQAJVIEAHBSBAB6UgQAxFIEAMxSBAAkjQ8AJVMEAGxTBAAuUwQAyOYOAHlTBADAUwQAzFMEABRUBAAjVAQAaFQEAHJUBAC8VAQAylQEABBVBAAdVQQAZFUEAHtVBAC4VQQAwFUEAAxWBAAWVgQAYFYEAGVWBAC0VgQAvFYEAHiNDwAUVwQAXFcEAGJXBACwVwQAy1cEAARYBAAQWAQAWFgEAF5YBADMjQ8AtFgEACCODwAFWQQAVFkEAGFZBACoWQQAtVkEAPxZBAAIWgQAUFoEAF9aBACkWgQArloEAPhaBAAGWwQATFsEAFFbBACgWwQArVsEAPRbBAD8WwQASFwEAE5cBACcXAQAUlwEAJReBACoXAQA8FwEAABdBABEXQQATV0EAJhdBACbXQQA7F0EAPhdBABAXgQAR14EAHSODwCiXgQA6F4EAP5eBAA8XwQASF8EAJBfBACXXwQA5F8EAOxfBAA4YAQAPWAEAIxgBACVYAQA4GAEAOpgBADIjg8AOWEEAIhhBABAYQQAzGUEAJBhBADcYQQA4mEEADBiBAA1YgQAhGIEAI1iBADYYgQA4mIEACxjBAA4YwQAgGMEAIhjBAAcjw8A2WMEAChkBAAwZAQAfGQEAIdkBADQZAQA1WQEACRlBAAnZQQAeGUEAIJlBABwjw8A1mUEACBmBAAkZgQAdGYEAHlmBADIZgQAzmYEABxnBAA8ZwQAcGcEAHhnBADEZwQA0mcEABhoBAAbaAQAbGgEAHRoBADAaAQAyWgEABRpBAAhaQQAaGkEAG5pBAC8aQQAyGkEABBqBAASagQAZGoEAHNqBAC4agQAw2oEAAxrBAAOawQAYGsEAHlrBAC0awQAxWsEAAhsBAAUbAQAxI8PAGRsBACwbAQA0GwEAARtBAASbQQAWG0EAGVtBACsbQQAs20EAABuBAAcbgQAVG4EAFxuBAAYkA8ArW4EAPxuBAAJbwQAUG8EAF1vBACkbwQAsG8EAPhvBAAHcAQATHAEAFZwBACgcAQAtXAEAPRwBAD8cAQASHEEAFdxBACccQQAnnEEAPBxBAD5cQQARHIEAEdyBACYcgQApHIEAOxyBAAIcwQAQHMEAEhzBABskA8AmXMEAOhzBAD+cwQAPHQEAEh0BACQdAQAs3QEAMCQDwDudAQAOHUEAEB1BACMdQQAknUEANzkCACbdQQA4HUEAOV1BAA0dgQAQXYEAIh2BACVdgQA3HYEAOh2BAAwdwQAP3cEAIR3BACOdwQA2HcEAOB3BAAseAQANngEAIB4BACFeAQA1HgEANx4BAAUkQ8AK3kEAHx5BACZeQQA0HkEAOF5BAAkegQAMnoEAOjHBABaegQAeHoEAJR6BADMegQA6HoEAGiRDwAmewQAdHsEAHp7BADIewQAzXsEABx8BAAifAQAvJEPAHV8BADEfAQA0XwEABh9BAAlfQQAbH0EAHh9BADAfQQAz30EABR+BAAefgQAaH4EAHZ+BAC8fgQAwX4EABB/BAAdfwQAZH8EAHB/BAC4fwQAvn8EAAyABAASgAQAYIAEAGWABAC0gAQAuoAEALiSDwAcgQQAXIEEAIKBBACwgQQA1oEEAASCBAAqggQAWIIEAIiCBACsggQAtIIEAACDBAAogwQAVIMEAIqDBACogwQAzoMEAPyDBAAihAQAUIQEAIaEBACkhAQA1IQEAPiEBAAAhQQATIUEAFGFBAA83QQAW4UEAKCFBAClhQQA9IUEAAGGBABIhgQAVYYEAJyGBACohgQA8IYEAP+GBABEhwQATocEAJiHBACmhwQA7IcEAPGHBABAiAQATYgEAJSIBACciAQA6IgEAO6IBAA8iQQA8ogEAJzaBABIiQQAkIkEAKCJBADkiQQA7YkEADiKBAA7igQAjIoEAJiKBADgigQA54oEAAyTDwBIiwQAiIsEAIuLBADciwQA+YsEADCMBABBjAQAhIwEAIuMBADYjAQA8YwEACyNBAA0jQQAgI0EAJaNBADUjQQA2Y0EACiOBAAvjgQAfI4EAIWOBADQjgQA4Y4EACSPBAAwjwQAYJMPAHqPBADAkgQAjI8EAMyPBADPjwQAIJAEAD2QBAB0kAQAhZAEAMiQBADXkAQAHJEEAC2RBABwkQQAfpEEAMSRBADQkQQAGJIEACWSBABskgQAdpIEALSTDwDGkgQAFJMEACKTBABokwQAapMEALyTBADDkwQAEJQEACmUBAAIlA8AbZQEALiUBADFlAQADJUEABqVBABglQQAb5UEALSVBAC2lQQACJYEABKWBABclgQAapYEALCWBAC1lgQABJcEABGXBABYlwQAW5cEAKyXBAC4lwQAAJgEABOYBABUmAQAY5gEAKiYBAC0mAQA/JgEAP2YBABQmQQAWpkEAKSZBACymQQA+JkEAP2ZBABMmgQAWZoEAFyUDwClmgQA9JoEAAqbBABImwQAXpsEAJybBAClmwQA8JsEAP2bBABEnAQAUpwEAJicBACnnAQA7JwEAO6cBABAnQQASp0EAJSdBACinQQA6J0EAO2dBAA8ngQASZ4EAJCeBACTngQA5J4EAOyeBAA4nwQASZ8EAIyfBACanwQA4J8EAO2fBAA0oAQAVKAEAIigBACQoAQA3KAEAOygBAAwoQQAMqEEAIShBACSoQQA2KEEAOmhBABYlQ8AMqIEAICiBACMogQArJUPANuiBAAoowQA4aIEAJBXBgAvowQAfKMEAIKjBADQowQA3KMEACSkBAAnpAQAeKQEAHukBADMpAQA96QEACClBABDpQQAdKUEAH+lBADIpQQAzaUEABymBAAfpgQAcKYEAHqmBADEpgQA76YEAACWDwAdpwQAbKcEAHmnBADApwQAzacEABSoBAAgqAQAaKgEAHeoBAC8qAQAxqgEABCpBAAYqQQAZKkEAG6pBAC4qQQAvakEAAyqBAAUqgQAVJYPAG2qBAC0qgQAyKoEAAirBAAQqwQAXKsEAGGrBACwqwQAwKsEAASsBAAMrAQAWKwEAGKsBACsrAQAt6wEAACtBAAMrQQAVK0EAFytBAColg8Aqa0EAPytBAAIrgQAUK4EAF+uBACkrgQAsq4EAPiuBAAIrwQATK8EAFqvBACgrwQArK8EAPSvBAD7rwQASLAEAFCwBACcsAQAsrAEAPCwBAAEsQQARLEEAEexBACYsQQAtbEEAOyxBAD9sQQAQLIEAEiyBACUsgQAn7IEAOiyBADtsgQAPLMEAD+zBACQswQAmrMEAOSzBADnswQA/JYPADq0BAC0XwcAPbQEAIy0BACPtAQA4LQEAOq0BAA0tQQAPLUEAIi1BACntQQAUJcPAPC1BAAwtgQAVrYEAIS2BACqtgQA2LYEAP62BAAstwQAY7cEAIC3BAC2twQA1LcEAPq3BAAouAQATrgEAHy4BACyuAQA0LgEAPS4BAAkuQQAQLkEAHi5BACAuQQApJcPANG5BAAgugQALboEAHS6BACBugQAyLoEANS6BAAcuwQAK7sEAHC7BAB6uwQAxLsEANK7BAAYvAQAHbwEAGy8BAB5vAQAwLwEAMi8BAAUvQQAGr0EAGi9BAAevQQAYL8EAHS9BAC8vQQAzL0EABC+BAAZvgQAZL4EAGe+BAC4vgQAxL4EAAy/BAATvwQA+JcPAG6/BAC0vwQAyr8EAAjABAAUwAQAXMAEAGPABACwwAQAuMAEAATBBAAJwQQAWMEEAGHBBACswQQAtsEEAEyYDwABwgQAVMIEAGDCBACowgQArsIEAPzCBAD+wgQAUMMEAFrDBACkwwQAssMEAPjDBAD9wwQATMQEAFnEBACgxAQAqMQEAPTEBAD+xAQASMUEAFbFBACcxQQAssUEAPDFBAD8xQQARMYEAEvGBACYxgQAoMYEAOzGBADxxgQAQMcEAEnHBACUxwQAnscEAKCYDwAAyAQAPMgEAD/IBACQyAQArcgEAOTIBAD1yAQAOMkEAFDJBACMyQQAmMkEAODJBADzyQQANMoEAEPKBACIygQAlMoEANzKBADdygQAMMsEADrLBACEywQAkssEANjLBADdywQALMwEADnMBAD0mA8AhcwEANTMBADhzAQAKM0EADXNBAB8zQQAiM0EANDNBADfzQQAJM4EAC7OBAB4zgQAhs4EAMzOBADRzgQAIM8EAC3PBAB0zwQAfM8EAMjPBADOzwQAHNAEANLPBAAU0gQAKNAEAHDQBACA0AQAxNAEAM3QBAAY0QQAG9EEAGzRBAB40QQAwNEEAMfRBADwmQ8AItIEAGjSBAB+0gQAvNIEAMjSBAAQ0wQAF9MEAGTTBABs0wQAuNMEAL3TBAAM1AQAFdQEAGDUBABq1AQARJoPALXUBAAI1QQAFNUEAFzVBABi1QQAsNUEALLVBAAE1gQADtYEAFjWBABm1gQArNYEALHWBAAA1wQADdcEAFTXBABc1wQAqNcEALLXBAD81wQACtgEAFDYBABm2AQApNgEALDYBAD42AQA/9gEAEzZBABU2QQAoNkEAKXZBAD02QQA/dkEAEjaBABS2gQAmJoPAKraBADw2gQABtsEAETbBABQ2wQAmNsEAJ/bBADs2wQA9NsEAEDcBABF3AQAlNwEAJ3cBADo3AQA8twEAOyaDwA93QQAkN0EAJzdBADk3QQA6t0EADjeBAA63gQAjN4EAJbeBADg3gQA7t4EADTfBAA53wQAiN8EAJXfBADc3wQA5N8EADDgBAA64AQAhOAEAJLgBADY4AQA7uAEACzhBAA44QQAgOEEAIfhBADU4QQA3OEEACjiBAAt4gQAfOIEAIXiBADQ4gQA2uIEAECbDwAm4wQAXI8LADLjBAB44wQAieMEAMzjBADR4wQAIOQEADfkBAB05AQAiOQEAMjkBADg5AQAHOUEACvlBABw5QQAdeUEAMTlBADR5QQAGOYEACXmBABs5gQAeOYEAMDmBADP5gQAFOcEAB7nBABo5wQAcOcEALznBADa5wQAEOgEABjoBABk6AQAbegEALjoBADF6AQADOkEAA7pBABg6QQAeekEALTpBADF6QQACOoEABTqBABc6gQAZOoEAJSbDwC16gQABOsEAAzrBABY6wQAZ+sEAKzrBACx6wQAAOwEAA3sBABU7AQAYewEAKjsBAC07AQA/OwEAAvtBABQ7QQAWu0EAKTtBACs7QQA+O0EAALuBABM7gQAUe4EAKDuBACo7gQA6JsPAAvvBABI7wQAUO8EAJzvBACm7wQA8O8EAPXvBABE8AQATPAEADycDwCd8AQA7PAEAPXwBACcFgsA+fAEAEDxBAAC8QQAFJkNAErxBAD8Xw0ATfEEAJTxBACg8QQA6PEEAPfxBAA88gQARvIEAJDyBACY8gQAmFoKAJ7yBADk8gQA8fIEADjzBABP8wQAjPMEAJTzBADg8wQA6vMEADT0BAA59AQAiPQEAJD0BACQnA8A6fQEADD1BAA+9QQAhPUEAJf1BADY9QQA4PUEACz2BAAv9gQAgPYEAIX2BADU9gQA4/YEACj3BABI9wQAfPcEAIj3BADQ9wQA2vcEACT4BABA+AQAePgEAID4BADknA8A3/gEACD5BAAm+QQAdPkEAID5BADI+QQA0vkEABz6BAAi+gQAcPoEAH76BADE+gQA0PoEABj7BAAb+wQAbPsEAG37BADA+wQAzPsEABT8BAAa/AQAaPwEAG78BAC8/AQAyPwEABD9BAAt/QQAZP0EAG39BAC4/QQAxP0EAAz+BAAP/gQAYP4EAGr+BAC0/gQAwP4EAAj/BAAO/wQAXP8EAGL/BACw/wQAtf8EAAQABQAKAAUAOJ0PAGQABQCsAAUArgAFAAABBQAPAQUAVAEFAF8BBQCoAQUAtAEFAPwBBQADAgUAUAIFAFgCBQCkAgUArgIFAPgCBQADAwUATAMFAFgDBQCgAwUAqAMFADSeDwD2AwUASAQFAFsEBQCcBAUApAQFAPAEBQD2BAUARAUFAFAFBQCYBQUAogUFAOwFBQDyBQUAQAYFAE4GBQCUBgUAoAYFAOgGBQDrBgUAPAcFAEQHBQCQBwUAkQcFAOQHBQDwBwUAOAgFAD4IBQCMCAUAlAgFAOAIBQDmCAUANAkFAEAJBQCICQUApQkFANwJBQDlCQUAMAoFADwKBQCECgUAhwoFANgKBQDiCgUALAsFADQLBQCACwUAkQsFANQLBQDiCwUAKAwFAD4MBQB8DAUAigwFANAMBQDaDAUAiJ4PADMNBQB4DQUAgw0FAMwNBQDYDQUAIA4FACcOBQB0DgUAfA4FAMgOBQDSDgUAHA8FACcPBQBwDwUAfA8FAMQPBQDMDwUA3J4PABoQBQBsEAUAfxAFAMAQBQDIEAUAFBEFABoRBQBoEQUAdBEFALwRBQDGEQUAEBIFABYSBQBkEgUAchIFALgSBQDEEgUADBMFAA8TBQBgEwUAaBMFALQTBQC1EwUACBQFABQUBQBcFAUAYhQFALAUBQC4FAUABBUFAAoVBQBYFQUAZBUFAKwVBQDJFQUAABYFAAkWBQBUFgUAYBYFAKgWBQCrFgUA/BYFAAYXBQBQFwUAWBcFAKQXBQC1FwUA+BcFAAYYBQBMGAUAYhgFAKAYBQCuGAUA9BgFAP4YBQBIGQUAUBkFAJwZBQC/GQUAMJ8PAPsZBQBEGgUAUhoFAJgaBQCnGgUA7BoFAPcaBQBAGwUASBsFAJQbBQCiGwUA6BsFAOsbBQA8HAUARBwFAISfDwCeHAUA5BwFAOccBQA4HQUAQB0FACx0BQBEHQUAMEkFAEcdBQB0IwUAVB0FAIwdBQCoHQUA2J8PAOIdBQA0HgUAQR4FAIgeBQCVHgUA3B4FAOEeBQAwHwUAOh8FAIQfBQCTHwUA2B8FAN0fBQAsIAUAOSAFAIAgBQCNIAUA1CAFAOAgBQAoIQUANyEFAHwhBQCGIQUA0CEFANwhBQAkIgUAKiIFAHgiBQB+IgUAzCIFANEiBQAgIwUAJiMFACygDwB5IwUAsD4FAIUjBQDIIwUA1iMFABwkBQAoJAUAcCQFAH0kBQDEJAUAziQFABglBQA0JQUAbCUFAIglBQCAoA8AwiUFABQmBQAhJgUAaCYFAHUmBQC8JgUAwSYFABAnBQAaJwUAZCcFAHMnBQC4JwUAvScFAAwoBQAZKAUAYCgFAG0oBQC0KAUAwCgFAAgpBQAXKQUAXCkFAGYpBQCwKQUAvCkFAAQqBQAKKgUAWCoFAF4qBQCsKgUAsSoFAAArBQAGKwUA1KAPAFsrBQCoKwUAtisFAPwrBQD/KwUAUCwFAF8sBQCkLAUAqSwFAPgsBQAFLQUATC0FAFktBQCgLQUArC0FAPQtBQADLgUASC4FAFIuBQCcLgUAqi4FAPAuBQD1LgUARC8FAFEvBQCYLwUApC8FAOwvBQD/LwUAQDAFAE8wBQCUMAUAoDAFAOgwBQDpMAUAPDEFAEYxBQCQMQUAnjEFAOQxBQDpMQUAODIFAEUyBQAooQ8AjjIFAOAyBQDuMgUANDMFAEUzBQAkog8AjzMFAHiiDwDhMwUAMDQFADg0BQCENAUAkzQFANg0BQDdNAUALDUFADk1BQCANQUAjTUFANQ1BQDgNQUAKDYFADc2BQB8NgUAhjYFACCjDwDSNgUAJDcFAD83BQB4NwUAejcFAMw3BQDmNwUAIDgFAC04BQB0OAUAgDgFAMg4BQDSOAUAHDkFADY5BQBwOQUAfzkFAMQ5BQDJOQUAGDoFACU6BQBsOgUAeToFAMA6BQDMOgUAFDsFACM7BQBoOwUAcjsFALw7BQDIOwUAEDwFACM8BQBkPAUAczwFALg8BQDEPAUADD0FAA09BQBgPQUAaj0FALQ9BQDCPQUACD4FAA0+BQBcPgUAaT4FAHSjDwC9PgUABD8FABE/BQBYPwUAZD8FAKw/BQC7PwUAAEAFAApABQBUQAUAYkAFAKhABQCtQAUA/EAFAAlBBQBQQQUAXEEFAKRBBQC3QQUA+EEFAAdCBQBMQgUAWEIFAKBCBQChQgUA9EIFAP5CBQBIQwUAVkMFAJxDBQChQwUA8EMFAP1DBQDIow8AUUQFAJhEBQCaRAUA7EQFAAVFBQBARQUAUUUFAJRFBQCgRQUA6EUFAPBFBQDEpA8AQUYFAJBGBQCYRgUA5EYFAPNGBQA4RwUAPUcFAIxHBQCZRwUA4EcFAO1HBQA0SAUAQEgFAIhIBQCXSAUA3EgFAOZIBQAYpQ8AQ0kFAIRJBQCTSQUA2EkFAORJBQAsSgUALUoFAIBKBQCKSgUA1EoFAOJKBQAoSwUALUsFAHxLBQCJSwUAbKUPANVLBQAkTAUAMUwFAHhMBQCFTAUAzEwFANhMBQAgTQUAL00FAHRNBQB+TQUAyE0FANZNBQAcTgUAIU4FAHBOBQB9TgUAxE4FAMxOBQAYTwUAHk8FAGxPBQAiTwUANJwFAHhPBQDATwUA0E8FABRQBQAdUAUAaFAFAGtQBQC8UAUAyFAFABBRBQAXUQUAaKYPAG9RBQC4UQUAuVEFAAxSBQAkUgUAYFIFAG1SBQC0UgUAwFIFAAhTBQASUwUAXFMFAGBTBQCwUwUAtVMFAARUBQAKVAUAWFQFAHhUBQCsVAUAxFQFAABVBQAXVQUAVFUFAGBVBQCoVQUAslUFAPxVBQD+VQUAUFYFAFdWBQCkVgUAq1YFAPhWBQD+VgUATFcFAFhXBQCgVwUAo1cFAPRXBQD3VwUASFgFAFRYBQCcWAUAn1gFALymDwD1WAUARFkFAExZBQCYWQUAnlkFAOxZBQDxWQUAQFoFAElaBQCUWgUAnloFAOhaBQD0WgUAPFsFAERbBQAQpw8AlVsFAORbBQDsWwUAOFwFAENcBQCMXAUAkVwFAOBcBQDjXAUANF0FAD5dBQBkpw8AlF0FANxdBQDjXQUAMF4FAD5eBQCEXgUAh14FANheBQDgXgUALF8FAC9fBQCAXwUAjF8FANRfBQDaXwUAKGAFAENgBQB8YAUAiGAFANBgBQDWYAUAJGEFACxhBQB4YQUAfGEFAMxhBQDYYQUAIGIFAC1iBQB0YgUAfmIFAMhiBQDQYgUAHGMFAB5jBQBwYwUAdGMFAMRjBQDGYwUAGGQFACxkBQC4pw8AdGQFAMBkBQDEZAUAFGUFABZlBQBoZQUAa2UFALxlBQDEZQUAEGYFAB1mBQBkZgUAaWYFALhmBQDCZgUADGcFABRnBQBgZwUAYWcFALRnBQC5ZwUACGgFAAtoBQBcaAUAX2gFALBoBQC+aAUABGkFAB1pBQBYaQUAaWkFAKxpBQC4aQUAAGoFAAhqBQAMqA8AWWoFAKhqBQCwagUA/GoFAAtrBQBQawUAVWsFAKRrBQCxawUA+GsFAAVsBQBMbAUAWGwFAKBsBQCvbAUA9GwFAP5sBQBIbQUAUG0FAJxtBQCmbQUA8G0FAPVtBQBEbgUATG4FAGCoDwCjbgUA7G4FAPhuBQBAbwUASG8FALSoDwCgbwUA6G8FAO9vBQA8cAUASnAFAJBwBQCTcAUA5HAFAOxwBQA4cQUAO3EFAIxxBQCYcQUA4HEFAOZxBQA0cgUAT3IFAIhyBQCUcgUA3HIFAOJyBQAwcwUAU3MFAIRzBQCHcwUA2HMFAPxzBQAIqQ8AO3QFAIB0BQCFdAUA1HQFAOF0BQAodQUANXUFAHx1BQCIdQUA0HUFAN91BQAkdgUALnYFAHh2BQCGdgUAzHYFANF2BQAgdwUALXcFAHR3BQB8dwUAXKkPANV3BQAceAUAJHgFAHB4BQCJeAUAxHgFAMp4BQAYeQUAHXkFAGx5BQCMeQUAwHkFAMx5BQAUegUAIXoFAGh6BQBwegUAvHoFAL96BQAQewUAGnsFAGR7BQBmewUAuHsFAMJ7BQAMfAUAGHwFALCpDwB2fAUAtHwFAMB8BQAIfQUADX0FAFx9BQAQfQUA7MAQAGV9BQCwfQUAun0FAAR+BQAMfgUAREkJABB+BQBYfgUAJ34FACSQCQBefgUArH4FAGt+BQAkxwsAsn4FAAB/BQAFfwUAVH8FAFp/BQAEqg8Atn8FAPx/BQASgAUAUIAFAFyABQCkgAUAqYAFAPiABQABgQUATIEFAFaBBQCggQUAqIEFAPSBBQADggUASIIFAE2CBQCcggUAqYIFAPCCBQD9ggUARIMFAFCDBQCYgwUAp4MFAOyDBQD2gwUAQIQFAE6EBQCUhAUAoYQFAOiEBQD/hAUAPIUFAESFBQCQhQUAmoUFAOSFBQDphQUAOIYFAECGBQAAqw8AmIYFAOCGBQDmhgUANIcFAE+HBQCIhwUAlIcFANyHBQDihwUAVKsPAEOIBQCEiAUAk4gFANiIBQDkiAUALIkFAC2JBQCAiQUAiokFANSJBQDiiQUAKIoFAC2KBQB8igUAiYoFAKirDwDVigUAJIsFACyLBQB4iwUAe4sFAMyLBQDViwUAIIwFAC+MBQB0jAUAf4wFAMiMBQDQjAUAHI0FACyNBQBwjQUAfo0FAMSNBQDVjQUAGI4FACSOBQBsjgUAdI4FAKSsDwDGjgUAFI8FAByPBQBojwUAb48FALyPBQDKjwUAEJAFABaQBQBkkAUAcJAFALiQBQDHkAUADJEFABaRBQBgkQUAZZEFALSRBQC6kQUACJIFABySBQBckgUAZJIFALCSBQDYkgUABJMFAA2TBQBYkwUAZZMFAKyTBQC6kwUAAJQFABOUBQBUlAUAcJQFAPisDwCtlAUA/JQFAAmVBQBQlQUAXZUFAKSVBQCwlQUA+JUFAAeWBQBMlgUAVpYFAKCWBQCulgUA9JYFAPmWBQBIlwUAVZcFAJyXBQCklwUA8JcFAPaXBQBEmAUAUJgFAJiYBQComAUA7JgFAPWYBQBAmQUAQ5kFAJSZBQCgmQUA6JkFAO+ZBQBMrQ8AZJoFAJCaBQCZmgUA5JoFAPGaBQA4mwUARpsFAIybBQCfmwUA4JsFAPybBQCgrQ8AQpwFAIicBQCenAUA3JwFAOicBQAwnQUAN50FAISdBQCMnQUA2J0FAN2dBQAsngUANZ4FAICeBQCKngUA9K0PANWeBQAonwUANJ8FAHyfBQCCnwUA0J8FANKfBQAkoAUALqAFAHigBQCGoAUAzKAFANGgBQAgoQUALaEFAHShBQB8oQUAyKEFANKhBQAcogUAKqIFAHCiBQCGogUAxKIFANCiBQAYowUAH6MFAGyjBQB0owUAwKMFAMWjBQAUpAUAHaQFAGikBQBypAUASK4PAMqkBQAQpQUAJqUFAGSlBQBwpQUAuKUFAL2lBQAMpgUAFaYFAGCmBQBqpgUAtKYFAMCmBQAIpwUADqcFAFynBQBipwUAsKcFALWnBQAEqAUACqgFAJyuDwBdqAUArKgFALmoBQAAqQUADakFAFSpBQBgqQUAqKkFALepBQD8qQUABqoFAFCqBQBeqgUApKoFAKmqBQD4qgUABasFAEyrBQBUqwUAoKsFAKqrBQD0qwUAAqwFAEisBQBerAUAnKwFAKisBQDwrAUA9awFAEStBQBNrQUAmK0FAKKtBQCYrw8A+K0FAECuBQBRrgUAlK4FAKCuBQDorgUA964FADyvBQBGrwUAkK8FAJ6vBQDkrwUA6a8FADiwBQBFsAUAjLAFAJawBQDgsAUAmLAFAHy0BQDusAUANLEFAEqxBQCIsQUAlLEFANyxBQDhsQUAMLIFADmyBQCEsgUAjrIFANiyBQDksgUALLMFADKzBQCAswUAhrMFANSzBQDZswUAKLQFAC60BQDsrw8AgrQFANC0BQDWtAUAJLUFACm1BQB4tQUAfrUFAECwDwDatQUAILYFADa2BQB0tgUAgLYFAMi2BQDNtgUAHLcFACW3BQBwtwUAercFAMS3BQDQtwUAGLgFACu4BQBsuAUAe7gFAMC4BQDMuAUAFLkFABW5BQBouQUAcrkFALy5BQDKuQUAELoFABW6BQBkugUAcboFAJSwDwDHugUADLsFACy7BQBguwUAbLsFALS7BQC+uwUACLwFAA28BQBcvAUAXbwFALC8BQC8vAUABL0FABG9BQBYvQUAZL0FAKy9BQC/vQUAAL4FAA++BQBUvgUAYL4FAKi+BQCpvgUA/L4FAAa/BQBQvwUAXr8FAKS/BQCpvwUA+L8FAAXABQDosA8AaMAFADyxDwCmwAUA9MAFAPrABQBIwQUATcEFAJzBBQCiwQUAkLEPAPXBBQBEwgUAR8IFAJjCBQCkwgUA7MIFAPLCBQBAwwUAW8MFAJTDBQCgwwUA6MMFAO7DBQA8xAUAPsQFAJDEBQCrxAUA5MQFAObEBQA4xQUARsUFAIzFBQCdxQUA4MUFAOLFBQA0xgUATcYFAIjGBQCZxgUA3MYFAOjGBQCMsg8AOscFAITHBQCSxwUA2McFAO7HBQAsyAUAOMgFAIDIBQCFyAUA1MgFAN3IBQAoyQUAMskFAHzJBQCEyQUA0MkFANXJBQAkygUAM8oFAHjKBQCHygUAzMoFANXKBQAgywUAJssFAHTLBQB6ywUAyMsFANTLBQAczAUAI8wFAHDMBQB4zAUAxMwFAMbMBQAYzQUAKM0FAGzNBQB2zQUAwM0FAMzNBQAUzgUAGs4FAGjOBQBwzgUA4LIPAMjOBQAQzwUAIc8FAGTPBQBwzwUAuM8FAMfPBQAM0AUAFtAFAGDQBQBu0AUAtNAFALnQBQAI0QUAFdEFAFzRBQBk0QUAsNEFALrRBQD86AUAvNEFAATSBQAK0gUAWNIFAF7SBQCs0gUAsdIFAADTBQAG0wUANLMPAGDTBQCo0wUArtMFAPzTBQAX1AUAUNQFAFzUBQCk1AUAqtQFAPjUBQAA1QUATNUFAE/VBQCg1QUArNUFAPTVBQAF1gUASNYFAFTWBQCc1gUAq9YFAPDWBQD61gUARNcFAFLXBQCY1wUAndcFAOzXBQD51wUAQNgFAEjYBQCU2AUAntgFAOjYBQD22AUAPNkFAFLZBQCQ2QUAnNkFAOTZBQDp2QUAONoFAEHaBQCM2gUAltoFADC0DwDm2gUANNsFADrbBQCI2wUAlNsFANzbBQDp2wUAMNwFADrcBQCE3AUAjNwFANjcBQDi3AUALN0FADHdBQCA3QUAgd0FANTdBQDZ3QUAKN4FADneBQB83gUAgd4FANDeBQDn3gUAJN8FADjfBQB43wUAlN8FAMzfBQDU3wUAhLQPACjgBQB04AUAfuAFAMjgBQDc4AUAHOEFAB3hBQBw4QUAfOEFAMThBQDg4QUAGOIFACDiBQDYtA8AdeIFAMDiBQDO4gUAFOMFAM/iBQC4KAoAHuMFAGjjBQBq4wUAvOMFANXjBQAQ5AUAIeQFAGTkBQBw5AUAuOQFAMDkBQAstQ8AGOUFAGDlBQBm5QUAtOUFAM/lBQAI5gUAFOYFAFzmBQBi5gUAsOYFALPmBQAE5wUADOcFAFjnBQBo5wUArOcFALHnBQAA6AUACegFAFToBQBh6AUAqOgFAK/oBQCAtQ8ACukFAFDpBQBm6QUApOkFALDpBQD46QUA/ekFAEzqBQBV6gUAoOoFAKrqBQD06gUAEOsFAEjrBQBQ6wUA1LUPAKHrBQDw6wUA+OsFAETsBQBG7AUAmOwFALPsBQDs7AUA7uwFAEDtBQBO7QUAlO0FAKXtBQDo7QUA6u0FADzuBQBV7gUAkO4FAKHuBQDk7gUA8O4FADjvBQBA7wUAKLYPAJjvBQDg7wUA5u8FADTwBQBP8AUAiPAFAJTwBQDc8AUA4vAFADDxBQAz8QUAfLYPAKHxBQDY8QUA2fEFACzyBQA78gUAgPIFAIXyBQDU8gUA4fIFACjzBQA18wUAfPMFAIjzBQDQ8wUA3/MFACT0BQAu9AUAePQFAIb0BQDM9AUA0fQFACD1BQAt9QUAdPUFAID1BQDI9QUAzvUFABz2BQDb9QUAHAsGACL2BQBw9gUAdfYFAMT2BQDK9gUA0LYPAB33BQBs9wUAjPcFAMD3BQDM9wUAFPgFABr4BQBo+AUAcPgFAEQrBgBx+AUAvPgFAMn4BQAQ+QUAFvkFAGT5BQBw+QUAuPkFALr5BQAM+gUAG/oFAGD6BQBr+gUAtPoFALb6BQAI+wUAIfsFAFz7BQBt+wUAsPsFALz7BQAE/AUAEPwFAFj8BQBr/AUArPwFALv8BQAA/QUADP0FAFT9BQBV/QUAqP0FALL9BQD8/QUACv4FAFD+BQBV/gUApP4FALH+BQAktw8ABf8FAEz/BQBg/wUAoP8FALz/BQD0/wUAEAAGAHi3DwBXAAYAnAAGAJ0ABgDwAAYA/wAGAEQBBgBJAQYAmAEGAKUBBgDsAQYA+QEGAEACBgBMAgYAlAIGAKMCBgDoAgYA8gIGADwDBgBKAwYAkAMGAJUDBgDkAwYA8QMGADgEBgBIBAYAjAQGAI4EBgDgBAYA7gQGADQFBgBFBQYAzLcPAI8FBgAguA8A4QUGADAGBgA9BgYAhAYGAJEGBgDYBgYA3gYGACwHBgA4BwYAgAcGAJAHBgDUBwYA3QcGACgIBgArCAYAfAgGAIgIBgDQCAYA1wgGAHS4DwAwCQYAeAkGAIgJBgDMCQYA1QkGACAKBgAjCgYAdAoGAIAKBgDICgYAzwoGAMi4DwArCwYAcAsGAHwLBgDECwYAxQsGABgMBgAiDAYAbAwGAHoMBgDADAYAxQwGABQNBgAhDQYAHLkPAG0NBgC8DQYAyw0GABAOBgAwDgYAZA4GAHAOBgC4DgYAwg4GAAwPBgAUDwYAYA8GAGwPBgC0DwYAug8GAAgQBgAOEAYAXBAGAGEQBgCwEAYAthAGABi6DwAJEQYAWBEGAGERBgCsEQYAvREGAAASBgAHEgYAVBIGAFwSBgCoEgYAtRIGAPwSBgABEwYAUBMGAFoTBgCkEwYArBMGAPgTBgAHFAYATBQGAFEUBgCgFAYArRQGAPQUBgABFQYASBUGAFQVBgCcFQYAqxUGAPAVBgD6FQYARBYGAEwWBgCYFgYAohYGAOwWBgDxFgYAQBcGAEgXBgAUuw8AmRcGAOgXBgDrFwYAPBgGAEYYBgBouw8AlhgGAOQYBgDpGAYAOBkGAFgZBgCMGQYAmBkGAOAZBgDmGQYANBoGADcaBgCIGgYAihoGANwaBgD3GgYAMBsGADIbBgCEGwYAkhsGANgbBgDpGwYALBwGAC4cBgCAHAYAmRwGANQcBgDlHAYAKB0GADQdBgC8uw8AjB0GANAdBgDwHQYAJB4GACYeBgB4HgYAhB4GALAFDgCHHgYAXDoGAJQeBgB8RwYAoR4GAMweBgDPHgYAIB8GAC0fBgAMJAYALx8GAHQfBgB5HwYAyB8GANUfBgAcIAYAKSAGAHAgBgB8IAYAxCAGANMgBgAYIQYAIiEGAGwhBgB6IQYAwCEGAMUhBgAUIgYAISIGAGgiBgB0IgYAvCIGAMIiBgAQIwYAFiMGAGQjBgBpIwYAuCMGAL4jBgAQvA8AFSQGAGAkBgB2JAYAtCQGAM0kBgAIJQYAFCUGAFwlBgBiJQYAsCUGALUlBgAEJgYAFCYGAFgmBgBeJgYArCYGALgmBgAAJwYACicGAFQnBgBaJwYAqCcGALYnBgD8JwYACCgGAFAoBgBTKAYApCgGALAoBgD4KAYACykGAEwpBgBbKQYAoCkGAKwpBgD0KQYAACoGAEgqBgBPKgYAnCoGAKgqBgDwKgYA9yoGAGS8DwBaKwYAmCsGAJorBgDsKwYAACwGAEAsBgBILAYAlCwGAKEsBgDoLAYA7SwGADwtBgBGLQYAkC0GAJgtBgDkLQYA/S0GADguBgBELgYAjC4GAJQuBgC4vA8A+y4GADQvBgA2LwYAiC8GAJYvBgDcLwYA7S8GADAwBgAyMAYAhDAGAJ0wBgDYMAYA6TAGACwxBgA4MQYADL0PAIUxBgDUMQYA3TEGACgyBgA5MgYAfDIGAIMyBgDQMgYA2DIGACQzBgAxMwYAeDMGAH0zBgDMMwYA1jMGACA0BgAoNAYAdDQGAI00BgDINAYA1DQGABw1BgAkNQYAtL0PAHM1BgDENQYAzjUGABg2BgAaNgYAbDYGAIU2BgDANgYA0TYGABQ3BgAiNwYAaDcGAGs3BgC8NwYAxzcGABA4BgAcOAYAZDgGAGs4BgAIvg8AvTgGAAw5BgAUOQYAYDkGAG45BgC0OQYAtTkGAAg6BgAjOgYAXL4PAGE6BgCwOgYAvToGAAQ7BgAROwYAWDsGAGQ7BgCsOwYAuzsGAAA8BgAKPAYAVDwGAGI8BgCoPAYArTwGAPw8BgAJPQYAUD0GAFw9BgCkPQYAqj0GAPg9BgD+PQYATD4GAFE+BgCgPgYApj4GALC+DwABPwYASD8GAEo/BgCcPwYAtT8GAPA/BgABQAYAREAGAFBABgCYQAYAoEAGAKy/DwDxQAYAQEEGAEhBBgCUQQYArUEGAOhBBgDtQQYAPEIGAEFCBgCQQgYAmkIGAORCBgDnQgYAOEMGAEJDBgCMQwYAkkMGAOBDBgDiQwYANEQGADVEBgCIRAYAkEQGANxEBgDsRAYAMEUGADZFBgCERQYAiUUGANhFBgDuRQYALEYGADRGBgCARgYAqEYGANRGBgD3RgYAKEcGAEdHBgAAwA8AhEcGAFTADwDhRwYAJEgGADJIBgB4SAYAhEgGAMxIBgDZSAYAIEkGACpJBgB0SQYAfEkGAMhJBgDTSQYAHEoGAB5KBgBwSgYAc0oGAMRKBgDMSgYAGEsGAB5LBgBsSwYAdUsGAMBLBgDNSwYAFEwGABxMBgBoTAYAbUwGALxMBgDFTAYAEE0GABpNBgBkTQYAbE0GALhNBgC9TQYADE4GABxOBgBgTgYAaE4GALROBgC2TgYACE8GACNPBgBcTwYAXk8GALBPBgC+TwYABFAGABVQBgBYUAYAWlAGAKxQBgDFUAYAAFEGABFRBgBUUQYAYFEGAKhRBgCwUQYAqMAPAAJSBgBQUgYAVVIGAKRSBgDEUgYA+FIGAARTBgBMUwYAUlMGAKBTBgCjUwYA9FMGAPxTBgBIVAYAUlQGAJxUBgChVAYA8FQGAPhUBgBEVQYATlUGAJhVBgCaVQYA7FUGAP1VBgBAVgYAYFYGAJRWBgCcVgYA6FYGAPJWBgA8VwYAQVcGAPzADwCkVwYA5FcGAOxXBgA4WAYAPVgGAIxYBgCcWAYA4FgGAOhYBgA0WQYAPlkGAIhZBgCTWQYA3FkGAOhZBgAwWgYAOFoGAFDBDwCQWgYA2FoGAORaBgAsWwYAM1sGAIBbBgCIWwYA1FsGAO1bBgAoXAYALlwGAHxcBgCBXAYA0FwGAPBcBgAkXQYAMF0GAHhdBgB+XQYAzF0GAM9dBgCkwQ8AIl4GAHReBgAuXgYA3PYOAHdeBgDIXgYA0l4GABxfBgAqXwYAcF8GAH9fBgDEXwYAx18GABhgBgDcXwYAgIUGAOBfBgBodgYAJGAGAGxgBgBuYAYAwGAGAMZgBgAUYQYAI2EGAGhhBgBzYQYAvGEGAMRhBgAoxQYA1mEGABBiBgAcYgYAZGIGAHdiBgC4YgYAx2IGAAxjBgAYYwYAYGMGAGFjBgC0YwYAvmMGAAhkBgAWZAYAXGQGAGFkBgCwZAYAvWQGAPjBDwAeZQYAWGUGAGdlBgCsZQYAsWUGAABmBgANZgYAVGYGAGFmBgCoZgYAtGYGAPxmBgALZwYAUGcGAFpnBgCkZwYAsmcGAPhnBgD9ZwYATGgGAFloBgCgaAYArGgGAPRoBgD6aAYASGkGAE5pBgCcaQYAoWkGAPBpBgD2aQYATMIPAEVqBgCYagYATWoGAGjsCABRagYAENgIAFNqBgBsyQYAZGoGAOQRDQCkagYA7GoGAPJqBgB8lwcA+WoGAEBrBgBDawYAlGsGAKBrBgDoawYA6msGADxsBgBCbAYAkGwGAJ9sBgDkbAYA72wGADhtBgA5bQYAjG0GAKBtBgDgbQYA+m0GADRuBgBAbgYAiG4GAJtuBgDcbgYA624GADBvBgA8bwYAhG8GAIVvBgDYbwYA4m8GACxwBgA6cAYAgHAGAIVwBgDUcAYA4XAGAKDCDwBCcQYAfHEGAItxBgDQcQYA1XEGACRyBgAxcgYAeHIGAIVyBgDMcgYA2HIGACBzBgAvcwYAdHMGAH5zBgDIcwYA1nMGABx0BgAhdAYAcHQGAH10BgDEdAYA0HQGABh1BgAedQYAbHUGAHJ1BgDAdQYAxXUGABR2BgAadgYA9MIPAIR2BgBIww8AwnYGABB3BgASdwYAZHcGAHF3BgC4dwYAu3cGAAx4BgANeAYAYHgGAGV4BgC0eAYAungGAAh5BgASeQYAXHkGAHh5BgCweQYAzHkGAJzDDwAKegYAWHoGAFp6BgCsegYAuXoGAAB7BgADewYAVHsGAFV7BgCoewYArXsGAPx7BgACfAYAUHwGAFp8BgCkfAYAwHwGAPh8BgAUfQYA8MMPAFJ9BgCgfQYApn0GAPR9BgD5fQYASH4GAE5+BgBExA8Aqn4GAPB+BgALfwYARH8GAFJ/BgCYfwYApX8GAOx/BgADgAYAQIAGAE+ABgCUgAYAmYAGAOiABgD1gAYAPIEGAEmBBgCQgQYAnIEGAOSBBgDzgQYAOIIGAEKCBgCMggYAmoIGAOCCBgDlggYANIMGAEGDBgCIgwYAi4MGANyDBgDogwYAMIQGADaEBgCEhAYAioQGANiEBgDdhAYALIUGADKFBgCYxA8AioUGANSFBgDahQYAKIYGACqGBgB8hgYAiYYGANCGBgDThgYAJIcGACWHBgB4hwYAfYcGAMyHBgDShwYAIIgGACqIBgB0iAYAjogGAMiIBgDXiAYAHIkGACGJBgBwiQYAfYkGAMSJBgDRiQYAGIoGACSKBgBsigYAe4oGAMCKBgDKigYAFIsGACKLBgBoiwYAbYsGALyLBgDJiwYAEIwGABqMBgDolQYAHIwGAGSMBgBqjAYAuIwGAL6MBgAMjQYAEY0GAGCNBgBmjQYA7MQPALmNBgAIjgYAFY4GAFyOBgBpjgYAsI4GALyOBgAEjwYAE48GAFiPBgBijwYArI8GALqPBgAAkAYABZAGAFSQBgBhkAYAqJAGALCQBgD8kAYACJEGAFCRBgBWkQYApJEGAKqRBgD4kQYA/ZEGAEySBgBSkgYA6MUPAKKSBgD0kgYA/ZIGAEiTBgBLkwYAnJMGAKiTBgDwkwYA95MGAESUBgBMlAYAmJQGALGUBgDslAYAAJUGAECVBgBclQYAlJUGAJyVBgCQxg8A9pUGADyWBgBSlgYAkJYGAJyWBgDklgYA6ZYGADiXBgBBlwYAjJcGAJaXBgDglwYA/JcGADSYBgA8mAYA5MYPAI2YBgDcmAYA6ZgGADCZBgA9mQYAhJkGAJCZBgDYmQYA55kGACyaBgA2mgYAgJoGAI6aBgDUmgYA2ZoGACibBgA1mwYAfJsGAISbBgDQmwYA2psGACScBgAynAYAeJwGAI6cBgDMnAYA2JwGACCdBgAlnQYAdJ0GAH2dBgDInQYA0p0GAByeBgAkngYAcJ4GAH+eBgDEngYAxp4GABifBgAhnwYAbJ8GAG+fBgDAnwYAzJ8GABSgBgAboAYAaKAGAHCgBgC8oAYA1aAGABChBgAkoQYAZKEGAIChBgC4oQYAwKEGADjHDwARogYAYKIGAG2iBgC0ogYAwaIGAAijBgAUowYAXKMGAGujBgCwowYAuqMGAASkBgAOpAYAWKQGAGakBgCspAYAwqQGAAClBgAMpQYAVKUGAFmlBgCopQYAsaUGAPylBgAGpgYAUKYGAFymBgCkpgYAqqYGAPimBgD+pgYATKcGAFGnBgCgpwYApqcGAIzHDwAAqAYASKgGAEyoBgCcqAYAq6gGAPCoBgD1qAYARKkGAFGpBgCYqQYApakGAOypBgD4qQYAQKoGAE+qBgCUqgYAnqoGAOiqBgD2qgYAPKsGAEGrBgCQqwYAnasGAOSrBgDwqwYAOKwGAD6sBgCMrAYAkqwGAOCsBgDlrAYANK0GADqtBgDgxw8Aja0GANytBgDjrQYAMK4GADyuBgCErgYAhq4GANiuBgCHrgYAbLQGAPOuBgAsrwYALq8GAICvBgCOrwYA1K8GAOWvBgAosAYAKrAGAHywBgCVsAYA0LAGAOGwBgAksQYAMLEGAHixBgCEsQYAzLEGAN+xBgAgsgYAL7IGAHSyBgCAsgYAyLIGAMmyBgAcswYAJrMGAHCzBgB+swYAxLMGAMmzBgAYtAYAJbQGADTIDwButAYAwLQGANu0BgAUtQYAFrUGAGi1BgB2tQYAvLUGAM21BgAQtgYAErYGAGS2BgB9tgYAuLYGAMm2BgAMtwYAGLcGAGC3BgBstwYAtLcGAMe3BgAIuAYAF7gGAFy4BgBouAYAsLgGALG4BgAEuQYADrkGAFi5BgBmuQYArLkGALG5BgAAugYADboGADDJDwBZugYAqLoGALC6BgD8ugYA/roGAFC7BgBhuwYApLsGALK7BgD4uwYAE7wGAEy8BgBYvAYAoLwGAKi8BgAsyg8A+bwGAEi9BgBPvQYAnL0GAKi9BgDwvQYA870GAES+BgBMvgYAmL4GAKi+BgDsvgYA8b4GAEC/BgBJvwYAlL8GAKG/BgDovwYA778GADzABgBEwAYAgMoPAJ3ABgDkwAYA7MAGADjBBgBMwQYAjMEGAJHBBgDgwQYA6cEGADTCBgA6wgYAiMIGAJDCBgDcwgYA68IGADDDBgBBwwYAhMMGAI3DBgDYwwYA28MGACzEBgA2xAYAgMQGAIzEBgDUxAYA2sQGANTKDwA1xQYAfMUGAIHFBgDQxQYA18UGACTGBgAwxgYAeMYGAIDGBgAoyw8A58YGACDHBgAixwYAdMcGAILHBgDIxwYA2ccGABzIBgAeyAYAcMgGAInIBgDEyAYA1cgGABjJBgAkyQYAfMsPAHvJBgDAyQYAyckGABTKBgAaygYAaMoGAG7KBgC8ygYAyMoGABDLBgAXywYAZMsGAGzLBgC4ywYAvMsGAAzMBgAXzAYAYMwGAG7MBgC0zAYAxcwGAAjNBgAUzQYAXM0GAGTNBgDQyw8As80GAATOBgAOzgYAWM4GAFrOBgCszgYAxc4GAADPBgARzwYAVM8GAGLPBgCozwYAq88GAPzPBgAH0AYAUNAGAF7QBgCk0AYAsdAGAPjQBgAP0QYATNEGAFTRBgCg0QYAotEGAPTRBgD80QYASNIGAFfSBgCc0gYAodIGAPDSBgD90gYARNMGAFHTBgCY0wYApNMGAOzTBgD70wYAQNQGAErUBgCU1AYAotQGAOjUBgDt1AYAPNUGAEnVBgCQ1QYAmNUGAOTVBgDu1QYAONYGAD3WBgCM1gYAlNYGAODWBgDj1gYANNcGAFHXBgCI1wYAmdcGANzXBgDk1wYAMNgGADPYBgCE2AYAkNgGANjYBgDe2AYALNkGAEfZBgCA2QYAjNkGANTZBgDa2QYAJMwPADfaBgB82gYAfdoGANDaBgAH2wYAJNsGADLbBgB42wYAedsGAMzbBgDU2wYAINwGAC/cBgB03AYAedwGAMjcBgDV3AYAHN0GACndBgBw3QYAfN0GAMTdBgDT3QYAGN4GACLeBgBs3gYAet4GAMDeBgDF3gYAFN8GACHfBgBo3wYAcN8GALzfBgDG3wYAEOAGABXgBgBk4AYAbOAGALjgBgDC4AYADOEGABfhBgBg4QYAbOEGALThBgC84QYAeMwPAA3iBgBc4gYAX+IGALDiBgC64gYABOMGAAzjBgDMzA8AZuMGAKzjBgDC4wYAAOQGAAzkBgBU5AYAWeQGAKjkBgCx5AYA/OQGAAblBgBQ5QYAWOUGAKTlBgCw5QYA+OUGAAvmBgBM5gYATeYGAKDmBgCu5gYA9OYGAPrmBgBI5wYAVOcGAJznBgCj5wYAIM0PAPHnBgBE6AYAUOgGAJjoBgCl6AYA7OgGAPToBgBA6QYASukGAJTpBgCj6QYA6OkGAOnpBgA86gYAROoGAJDqBgCf6gYA5OoGAOnqBgA46wYAResGAIzrBgCZ6wYA4OsGAOzrBgA07AYAQ+wGAIjsBgCS7AYA3OwGAOrsBgAw7QYANe0GAITtBgCR7QYA2O0GAODtBgAs7gYAMO4GAIDuBgCO7gYA1O4GAN7uBgAo7wYAM+8GAHzvBgCE7wYA0O8GANvvBgAk8AYAKfAGAHjwBgB78AYAzPAGANbwBgAg8QYAKPEGAHTxBgCT8QYAdM0PANfxBgAc8gYAHfIGAHDyBgB48gYAxPIGAMXyBgAY8wYAHvMGAGzzBgBx8wYAwPMGANvzBgAU9AYAIvQGAGj0BgBv9AYAvPQGAMj0BgAQ9QYAFvUGAGT1BgCA9QYAuPUGAMD1BgDIzQ8AEvYGAGD2BgBm9gYAtPYGALn2BgAI9wYADvcGABzODwBh9wYAsPcGALf3BgAE+AYAEPgGAFj4BgBg+AYAxM4PAL/4BgAA+QYANvkGAFT5BgBW+QYAUPoGAIj5BgCo+QYAzfkGAPz5BgAD+gYAbM8PADT6BgAYzw8AYPoGAKT6BgDc+gYAwM8PAAH7BgA0rgsAAvsGAHyUDQAV+wYATPsGABj7BgBYywwAXfsGAKD7BgCo+wYA9PsGAPf7BgBI/AYAVPwGAJz8BgCi/AYA8PwGAAv9BgBE/QYAUP0GAJj9BgCe/QYA7P0GAPT9BgBA/gYAXP4GAJT+BgCc/gYAFNAPAPf+BgA8/wYAPf8GAJD/BgCY/wYA5P8GAOX/BgA4AAcAPgAHAIwABwCRAAcA4AAHAPsABwA0AQcAQgEHAIgBBwCPAQcA3AEHAOgBBwAwAgcANgIHAIQCBwCgAgcA2AIHAOACBwBo0A8AMgMHAIADBwCGAwcA1AMHANkDBwAoBAcALgQHALzQDwCBBAcA0AQHANcEBwAkBQcAMAUHAHgFBwCABQcAZNEPAN8FBwAgBgcAVgYHAHQGBwB2BgcAcAcHAKgGBwDIBgcA7QYHABwHBwAjBwcADNIPAFQHBwC40Q8AgAcHAMQHBwD8BwcAYNIPABoIBwBsCAcAbQgHAMAIBwDKCAcAFAkHACIJBwBoCQcAgwkHALwJBwDICQcAEAoHABgKBwC00g8AcAoHALgKBwC+CgcADAsHACcLBwBgCwcAbAsHALQLBwC6CwcACAwHABAMBwBcDAcAagwHALAMBwCzDAcABA0HAAwNBwBYDQcAYQ0HAKwNBwC5DQcAAA4HAAIOBwBUDgcAbw4HAKgOBwCqDgcA/A4HAAoPBwBQDwcAYQ8HAKQPBwCmDwcA+A8HABEQBwBMEAcAXRAHAKAQBwCsEAcA9BAHAPwQBwAI0w8AThEHAJwRBwCkEQcA8BEHAPcRBwBEEgcASRIHAJgSBwCkEgcA7BIHAO8SBwBAEwcASBMHAJQTBwChEwcA6BMHAO0TBwA8FAcARhQHAJAUBwCYFAcA5BQHAPAUBwA4FQcASxUHAIwVBwCaFQcA4BUHAOMVBwA0FgcAPhYHAFzTDwCLFgcA3BYHAOQWBwAwFwcAMxcHAIQXBwCQFwcA2BcHAN4XBwAsGAcARxgHAIAYBwCMGAcA1BgHANoYBwAoGQcAMBkHAHwZBwCKGQcA0BkHANMZBwAkGgcALBoHAHgaBwCBGgcAzBoHANkaBwAgGwcAIhsHAHQbBwCPGwcAyBsHAMobBwAcHAcAKhwHAHAcBwCBHAcAxBwHAMYcBwAYHQcAMR0HAGwdBwB9HQcAwB0HAMwdBwAUHgcAHB4HALDTDwBuHgcAvB4HAMQeBwAQHwcAFx8HAGQfBwBpHwcAuB8HAMQfBwAMIAcADyAHAGAgBwBoIAcAtCAHAMEgBwAIIQcADSEHAFwhBwBmIQcAsCEHALghBwAEIgcAECIHAFgiBwBrIgcArCIHALoiBwAAIwcAAyMHAFQjBwBeIwcABNQPAKsjBwD8IwcACCQHAFAkBwBWJAcApCQHAL8kBwD4JAcABCUHAEwlBwBSJQcAoCUHAKglBwD0JQcAAiYHAEgmBwBLJgcAnCYHAKQmBwDwJgcA+SYHAEQnBwBRJwcAmCcHAJonBwDsJwcABygHAEAoBwBCKAcAlCgHAKIoBwDoKAcA+SgHADwpBwA+KQcAkCkHAKkpBwDkKQcA9SkHADgqBwBEKgcAjCoHAJQqBwBY1A8A5ioHADQrBwA8KwcAiCsHAI8rBwDcKwcA4SsHADAsBwA8LAcAhCwHAIcsBwDYLAcA4CwHACwtBwA5LQcAgC0HAIUtBwDULQcA3i0HACguBwAwLgcAfC4HAIguBwDQLgcA4y4HACQvBwAyLwcAeC8HAHsvBwDMLwcA1i8HAKzUDwAiMAcAdDAHACUwBwDMQAgAKTAHANyiDgAsMAcAyMANAC4wBwA0pQgAfjAHALgYDgCFMAcAyDAHANkwBwAcMQcAKjEHAHAxBwCMMQcAxDEHAOAxBwAA1Q8AJjIHAGwyBwB5MgcAwDIHANcyBwAUMwcAIDMHAGgzBwBuMwcAvDMHAMIzBwAQNAcAFTQHAGQ0BwBqNAcAVNUPAL00BwAMNQcAFDUHAGA1BwBjNQcAtDUHAMA1BwAINgcADjYHAFw2BwB3NgcAsDYHALw2BwAENwcACjcHAFg3BwBgNwcArDcHAK43BwAAOAcAGzgHAFQ4BwBWOAcAqDgHALY4BwD8OAcADTkHAFA5BwBSOQcApDkHAL05BwD4OQcACToHAEw6BwBYOgcAUNYPALY6BwD0OgcAAzsHAEg7BwAdOwcANEAHAEo7BwCcOwcAqzsHAPA7BwD7OwcARDwHAFA8BwCYPAcAmzwHAOw8BwCfPAcAuEkHALQ8BwB8QwcA+DwHAEA9BwBGPQcAlD0HAK89BwDoPQcA9D0HADw+BwBCPgcAkD4HAJw+BwDkPgcA6j4HADg/BwA+PwcAjD8HAJE/BwDgPwcA5j8HAKTWDwA3QAcAiEAHAKRABwDcQAcA5EAHAKDXDwA8QQcAhEEHAIpBBwDYQQcA80EHACxCBwA4QgcAgEIHAIZCBwDUQgcA3EIHAChDBwBJQwcA9NcPAIRDBwBI2A8A1UMHACREBwAxRAcAeEQHAIVEBwDMRAcA2EQHACBFBwAvRQcAdEUHAH5FBwDIRQcA0EUHABxGBwAmRgcAcEYHAH5GBwDERgcA2kYHABhHBwAkRwcAbEcHAHFHBwDARwcAyUcHABRIBwAeSAcAaEgHAHBIBwC8SAcAxkgHABBJBwAVSQcAZEkHAGxJBwCc2A8AxEkHAAxKBwAfSgcAYEoHAG9KBwC0SgcAwEoHAAhLBwAJSwcAXEsHAGZLBwCwSwcAvksHAARMBwAJTAcAWEwHAGVMBwDw2A8At0wHAABNBwAMTQcAVE0HAFpNBwCoTQcAtE0HAPxNBwAETgcA7NkPAFNOBwCkTgcArE4HAPhOBwAFTwcATE8HAFFPBwCgTwcAqE8HAPRPBwD2TwcASFAHAGNQBwCcUAcAnlAHAPBQBwD+UAcARFEHAFVRBwCYUQcAmlEHAOxRBwAFUgcAQFIHAFFSBwCUUgcAoFIHAOhSBwDwUgcAQNoPAEFTBwCQUwcAnVMHAORTBwDxUwcAOFQHAERUBwCMVAcAm1QHAOBUBwDqVAcANFUHAEJVBwCIVQcAjVUHANxVBwDpVQcAMFYHADhWBwCEVgcAhlYHANhWBwDiVgcALFcHADRXBwCU2g8Ai1cHANRXBwDiVwcAKFgHACtYBwB8WAcAhFgHANBYBwDmWAcAJFkHAClZBwB4WQcAjlkHAMxZBwDYWQcAIFoHAC1aBwB0WgcAfloHAOjaDwDKWgcAHFsHACpbBwBwWwcAgVsHADzbDwDKWwcAGFwHACRcBwCQ2w8AblwHAMBcBwDGXAcAFF0HADRdBwBoXQcAdF0HALxdBwDDXQcAEF4HABheBwBkXgcAa14HALheBwDEXgcADF8HAA5fBwBgXwcAZ18HAOTbDwC3XwcACGAHABBgBwBcYAcAbGAHALBgBwCyYAcABGEHABJhBwBYYQcAaWEHADjcDwCzYQcAjNwPAA1iBwBUYgcAW2IHAKhiBwCwYgcA/GIHAApjBwBQYwcAU2MHAKRjBwCsYwcA+GMHAP9jBwBMZAcAWmQHAKBkBwCjZAcA9GQHAPZkBwBIZQcAYWUHAJxlBwCtZQcA8GUHAPxlBwBEZgcAS2YHAJhmBwCgZgcA7GYHAPVmBwBAZwcATWcHAJRnBwCeZwcA6GcHAPZnBwA8aAcATWgHAJBoBwCYaAcA5GgHAO5oBwA4aQcARmkHAIxpBwCiaQcA4GkHAOxpBwA0agcAO2oHAIhqBwCQagcA3GoHAOJqBwAwawcAPGsHAIRrBwCOawcA2GsHAN5rBwAsbAcAQGwHADTdDwCObAcA1GwHAO1sBwAobQcAPm0HAHxtBwCLbQcA0G0HAOptBwAkbgcAJ24HABBzBwAvbgcA/HcHADNuBwB4bgcAfW4HAMxuBwDZbgcAIG8HAC1vBwB0bwcAgG8HAMhvBwDXbwcAHHAHACZwBwBwcAcAfnAHAMRwBwDJcAcAGHEHACVxBwBscQcAeHEHAMBxBwDGcQcAFHIHABpyBwBocgcAbXIHALxyBwDCcgcAiN0PABxzBwBkcwcAanMHALhzBwDTcwcADHQHABh0BwBgdAcAZnQHALR0BwC7dAcACHUHAA11BwCsdgcAFHUHAFx1BwBedQcAsHUHALd1BwAEdgcAIHYHAFh2BwBgdgcAhN4PALB2BwAAdwcADXcHAFR3BwBwdwcAqHcHALB3BwDY3g8AAXgHAFB4BwBTeAcApHgHAK54BwD4eAcACXkHAEx5BwBReQcAoHkHAKV5BwD0eQcAFHoHAEh6BwBRegcAnHoHAJ16BwDwegcA/HoHAER7BwBKewcAmHsHAJ57BwDsewcA8XsHAEB8BwBGfAcALN8PAJV8BwDofAcA9HwHADx9BwBJfQcAkH0HAJh9BwDkfQcA7X0HADh+BwBFfgcAjH4HAJp+BwDgfgcA834HADR/BwA8fwcAiH8HAIt/BwDcfwcA4X8HADCABwA/gAcAhIAHAKSABwDYgAcA5IAHACyBBwA2gQcAKOAPAIqBBwDUgQcA1oEHACiCBwAyggcAfIIHAIWCBwDQggcA04IHACSDBwAsgwcAeIMHAK2DBwB84A8A2IMHACCEBwAvhAcAdIQHAJSEBwDIhAcA1IQHAByFBwAjhQcAcIUHAHWFBwDEhQcAxYUHABiGBwAkhgcAbIYHAHKGBwDAhgcAwoYHABSHBwAehwcAaIcHAHaHBwC8hwcAwYcHABCIBwAdiAcAZIgHAG6IBwC4iAcAxogHAAyJBwAiiQcAYIkHAGyJBwC0iQcAuYkHAAiKBwARigcAXIoHAGaKBwCwigcAvIoHAASLBwAXiwcAWIsHAGeLBwCsiwcAuIsHAACMBwABjAcAVIwHAF6MBwCojAcAtowHAPyMBwABjQcAUI0HAF2NBwDQ4A8Aso0HAPiNBwAOjgcATI4HAFiOBwCgjgcAp44HAPSOBwD8jgcASI8HAE2PBwCcjwcApY8HAPCPBwD6jwcARJAHAEyQBwCYkAcAnJAHAOyQBwDukAcAQJEHAE6RBwCUkQcAnpEHAOiRBwD2kQcAPJIHAEmSBwCQkgcAp5IHAOSSBwDskgcAOJMHAEiTBwCMkwcAkZMHAOCTBwDmkwcANJQHADyUBwCIlAcAjZQHANyUBwDdlAcAMJUHADyVBwCElQcAipUHANiVBwDalQcALJYHADaWBwCAlgcAjpYHANSWBwDZlgcAKJcHADWXBwDM4Q8AfpcHANCXBwDalwcAJJgHADKYBwB4mAcAfZgHAMyYBwDZmAcAIJkHACKZBwDsXgkAKpkHAHSZBwCCmQcAyJkHAN6ZBwAcmgcAKJoHAHCaBwB1mgcAxJoHAM2aBwAYmwcAIpsHAGybBwB4mwcAwJsHANObBwAUnAcAI5wHAGicBwB0nAcAvJwHAL2cBwAQnQcAGp0HAGSdBwBynQcAuJ0HAL2dBwAMngcAGZ4HACDiDwBpngcAtJ4HAL6eBwAInwcACp8HAFyfBwBmnwcAsJ8HALyfBwAEoAcADKAHABzjDwBZoAcArKAHALigBwAAoQcABqEHAFShBwBWoQcAqKEHALKhBwD8oQcACqIHAFCiBwBVogcApKIHALGiBwD4ogcAAKMHAEyjBwBWowcAoKMHAK6jBwD0owcACqQHAEikBwBUpAcAnKQHAKOkBwDwpAcA+KQHAESlBwBJpQcAmKUHAKGlBwDspQcA9qUHAECmBwBVpgcAlKYHAJ2mBwDopgcA9aYHADynBwA+pwcAkKcHAKmnBwDkpwcA9acHADioBwBEqAcAjKgHAJSoBwBw4w8A5agHADSpBwA8qQcAiKkHAJ6pBwDcqQcA4akHADCqBwA3qgcAhKoHAJKqBwDYqgcA6KoHACyrBwBAqwcAgKsHAIirBwDUqwcA46sHACisBwAtrAcAfKwHAIWsBwDQrAcA3awHACStBwAurQcAeK0HAIStBwDMrQcA0q0HAMTjDwAurgcAdK4HAIquBwDIrgcA1K4HAByvBwAhrwcAcK8HAHmvBwDErwcAzq8HABiwBwAgsAcAbLAHAHCwBwDAsAcAwrAHABSxBwAisQcAaLEHAHKxBwC8sQcAyrEHABCyBwAdsgcAZLIHAHuyBwC4sgcAwLIHAAyzBwAcswcAYLMHAGWzBwC0swcAurMHAAi0BwAQtAcAXLQHAHe0BwCwtAcAsrQHAAS1BwAVtQcAWLUHAGG1BwCstQcAuLUHABjkDwAFtgcAVLYHAFe2BwCotgcAsrYHAPy2BwD+tgcAULcHAGu3BwCktwcAprcHAPi3BwAGuAcATLgHAF24BwCguAcAorgHAPS4BwANuQcASLkHAFm5BwCcuQcAqLkHAGzkDwANugcARLoHAFW6BwCYugcAtLoHAOy6BwD0ugcAwOQPAEW7BwCUuwcAnLsHAOi7BwDzuwcAPLwHAEG8BwCQvAcAk7wHAOS8BwDuvAcAOL0HADu9BwCMvQcAlL0HAOC9BwDivQcANL4HAE++BwCIvgcAir4HANy+BwDqvgcAML8HAEG/BwCEvwcAhr8HANi/BwDxvwcALMAHAD3ABwCAwAcAjMAHANTABwDcwAcAFOUPADXBBwB8wQcAhMEHANDBBwDawQcAJMIHAC/CBwB4wgcAhMIHAMzCBwDUwgcAaOUPACXDBwB0wwcAecMHAMjDBwDZwwcAvOUPACnEBwBwxAcAcsQHAMTEBwDdxAcAGMUHACnFBwBsxQcAeMUHAMDFBwDIxQcAEOYPABnGBwBoxgcAcMYHALzGBwDLxgcAEMcHABbHBwBkxwcAcMcHALjHBwC6xwcADMgHABbIBwBgyAcAbMgHALTIBwC8yAcAZOYPABTJBwBcyQcAX8kHALDJBwCzyQcABMoHABLKBwBYygcAXcoHAKzKBwC5ygcAuOYPABHLBwBUywcAXMsHAKjLBwBhywcA2NQHALPLBwD8ywcAAcwHAFDMBwBTzAcApMwHAK7MBwD4zAcAG80HAEzNBwBPzQcAoM0HAMTNBwD0zQcA/M0HAAznDwBOzgcAnM4HAKrOBwDwzgcA/M4HAETPBwBLzwcAmM8HAKDPBwDszwcA/M8HAEDQBwBF0AcAlNAHAJrQBwDo0AcA8NAHADzRBwBZ0QcAkNEHAJnRBwDk0QcA8NEHADjSBwA+0gcAjNIHAKDSBwDg0gcA6NIHADTTBwBE0wcAiNMHAIrTBwDc0wcA6tMHADDUBwBB1AcAYOcPAIvUBwC05w8A3dQHACzVBwAz1QcAgNUHAIzVBwDU1QcA19UHACjWBwA41gcAfNYHAH7WBwDQ1gcA3tYHACTXBwA11wcACOgPAH/XBwBc6A8A39cHACDYBwAv2AcAdNgHAIDYBwDI2AcAydgHABzZBwAm2QcAcNkHAH7ZBwDE2QcAydkHABjaBwAl2gcAsOgPAHHaBwDA2gcAydoHABTbBwAl2wcAaNsHAG/bBwC82wcAxNsHABDcBwAd3AcAZNwHAGncBwC43AcAwtwHAAzdBwAU3QcAYN0HAGbdBwC03QcAwN0HAAjeBwAK3gcAXN4HAGveBwCw3gcAu94HAATfBwAM3wcAWN8HAFrfBwCs3wcAud8HAADgBwAU4AcAVOAHAFzgBwCo4AcAt+AHAPzgBwAB4QcAUOEHAF3hBwCk4QcAruEHAPjhBwD64QcATOIHAFviBwCg4gcAquIHAPTiBwD84gcASOMHAEnjBwCc4wcAoeMHAPDjBwD+4wcAROQHAFHkBwCY5AcAouQHAKzpDwDv5AcAQOUHAEzlBwBY9AcAXOUHAJTlBwCc5QcAAOoPAO3lBwA85gcAROYHAJDmBwCT5gcA5OYHAPDmBwA45wcAPucHAIznBwCn5wcA4OcHAOznBwA06AcAOugHAIjoBwCL6AcA3OgHAOToBwAw6QcAMukHAITpBwCf6QcA2OkHANrpBwAs6gcAOuoHAIDqBwCR6gcA1OoHANbqBwAo6wcAQesHAHzrBwCN6wcA0OsHANzrBwAk7AcALOwHAFTqDwB97AcAzOwHANLsBwAg7QcAKO0HAHTtBwCD7QcAyO0HAM3tBwAc7gcAKe4HAHDuBwB97gcAxO4HANDuBwAY7wcAJ+8HAGzvBwB27wcAwO8HAM7vBwAU8AcAGfAHAGjwBwB18AcAqOoPAMjwBwAQ8QcAFvEHAGTxBwB/8QcAuPEHAMTxBwAM8gcAEvIHAGDyBwBj8gcAtPIHAMDyBwAI8wcADvMHAFzzBwBi8wcAsPMHALXzBwAE9AcACvQHAPzqDwBe9AcArPQHALL0BwAA9QcABfUHAFT1BwBa9QcAUOsPAK31BwD89QcACfYHAFD2BwBd9gcApPYHALD2BwD49gcAB/cHAEz3BwBW9wcAoPcHAK73BwD09wcA+fcHAEj4BwBV+AcAnPgHALT4BwDw+AcA9vgHAET5BwBQ+QcAmPkHAKj5BwDs+QcA9fkHAED6BwBD+gcAlPoHAKD6BwDo+gcA7/oHAEzsDwA++wcAkPsHAJr7BwDk+wcA5/sHADj8BwBA/AcAjPwHAI/8BwDg/AcA7PwHADT9BwA6/QcAiP0HAKP9BwDc/QcA6P0HADD+BwA2/gcAoOwPAKT+BwDY/gcA4/4HACz/BwAx/wcAgP8HAIn/BwDU/wcA1/8HACgACAA0AAgAfAAIAIgACAD8CggAlAAIANAACADXAAgAJAEIACoBCAB4AQgAhgEIAMwBCADnAQgAIAIIACwCCAB0AggAegIIAMgCCADiAggAHAMIACgDCABwAwgAdgMIAMQDCADKAwgAGAQIAB0ECABsBAgAcgQIAPTsDwDNBAgAFAUIACAFCABoBQgAcgUIALwFCADABQgAEAYIABUGCABkBggAagYIALgGCADYBggADAcIABgHCABgBwgAZgcIALQHCAC6BwgACAgIAA0ICABcCAgAYggIAJztDwC1CAgABAkIAAsJCABYCQgAZAkIAKwJCADICQgAAAoIAAgKCACY7g8AjQoIAKgKCADOCggA7O4PAA8LCABQCwgAXwsIAKQLCACwCwgA+AsIAPkLCABMDAgAVgwIAKAMCACuDAgA9AwIAPkMCABIDQgAVQ0IAEDvDwCkDQgAPPAPAPUNCABEDggAUQ4IAJgOCAClDggA7A4IAPgOCABADwgATw8IAJQPCACeDwgA6A8IAPYPCAA8EAgAQRAIAJAQCACdEAgA5BAIAOwQCAA4EQgAPhEIAIwRCACYEQgA4BEIAPARCAA0EggAPRIIAIgSCACLEggA3BIIAOgSCAAwEwgANxMIAJDwDwCPEwgA2BMIAOQTCAAsFAgANBQIAOTwDwCNFAgA1BQIANsUCAAoFQgAKRUIAHwVCACBFQgA0BUIAN4VCAAkFggAMRYIAHgWCACCFggAzBYIANQWCAAgFwgAKRcIAHQXCAB6FwgAyBcIANkXCAAcGAgAOBgIAHAYCAB4GAgAOPEPAM8YCAAYGQgAIhkIAGwZCAB2GQgAwBkIAMEZCACM8Q8AGRoIAGgaCAB1GggAvBoIAMkaCAAQGwgAHBsIAGQbCABzGwgAuBsIAMIbCAAMHAgAFBwIAGAcCABqHAgAtBwIALkcCAAIHQgAEB0IAODxDwBnHQgAsB0IALwdCAAEHggADB4IADTyDwBdHggArB4IALseCAAAHwgAIB8IAFQfCABgHwgAqB8IAK4fCAD8HwgABCAIAFAgCABXIAgApCAIAKYgCAD4IAgABCEIAEwhCABiIQgAoCEIAKUhCAD0IQgAASIIAIjyDwBNIggAnCIIAKsiCADwIggAECMIAEQjCABQIwgAmCMIAJ4jCADsIwgA9CMIAEAkCABHJAgAlCQIAJYkCADoJAgA9CQIADwlCABSJQgAkCUIAJUlCADkJQgA8SUIADgmCABAJggAjCYIAJImCADgJggA6SYIADQnCABBJwgAiCcIAJUnCADcJwgA6icIADAoCAA9KAgAhCgIAJsoCADYKAgABikIANzyDwAyKQgAgCkIADkpCADY0Q0AlikIANQpCADiKQgAKCoIACsqCAB8KggAfyoIANAqCADeKggAJCsIACkrCAB4KwgAhSsIAMwrCADUKwgAICwIACcsCAB0LAgAgCwIAMgsCADVLAgAHC0IACotCABwLQgAfC0IAMQtCADLLQgAGC4IACAuCABsLggAcC4IAMAuCADLLggAFC8IACIvCABoLwgAeS8IALwvCADILwgAEDAIABgwCAAw8w8AajAIALgwCADMMAgADDEIABoxCABgMQgAbTEIALQxCADLMQgACDIIABAyCABcMggAZjIIALAyCAC1MggABDMIAAwzCABYMwgAZzMIAKwzCACxMwgAADQIAA00CABUNAgAYTQIAKg0CAC0NAgA/DQIAAs1CABQNQgAWjUIAKQ1CACsNQgA+DUIAAI2CABMNggAUTYIAKA2CACoNggAhPMPAP82CABINwgAVDcIAJw3CACkNwgA2PMPAPU3CABEOAgAUzgIAJg4CAC4OAgA7DgIAPg4CABAOQgARjkIAJQ5CACcOQgA6DkIAO85CAA8OggAPjoIAJA6CACcOggA5DoIAPo6CAA4OwgAPTsIAIw7CACZOwgALPQPAOk7CAA0PAgAOjwIAIg8CACWPAgA3DwIAOk8CAAwPQgARz0IAIQ9CACMPQgA2D0IAOc9CAAsPggAMT4IAIA+CACNPggA1D4IAOE+CAAoPwgAND8IAHw/CACLPwgA0D8IANo/CAAkQAgAQEAIAHhACACAQAgAgPQPANlACAAIdgwA20AIACBBCAAqQQgAgOsMAEBBCAB0QQgAgEEIAMhBCADOQQgAHEIIACRCCAAUgwgAKEIIAHBCCAA2QggAbG0IAINCCADEQggA00IIABhDCAAkQwgAbEMIAG1DCADAQwgAykMIABRECAAiRAgAaEQIAG1ECAC8RAgAyUQIANT0DwAWRQgAZEUIAGpFCAC4RQgAvUUIAAxGCAASRggA0PUPAGtGCAC0RggAwkYIAAhHCAAZRwgAXEcIAGhHCACwRwgAuEcIAHj2DwAQSAgAWEgIAGJICACsSAgAu0gIAABJCAALSQgAVEkIAGJJCACoSQgAtUkIAPxJCAATSggAUEoIAFhKCACkSggAp0oIAPhKCAAESwgATEsIAFJLCACgSwgAu0sIAPRLCAAATAgASEwIAE5MCACcTAgApEwIAPBMCADyTAgARE0IAEVNCACYTQgApk0IAOxNCAD0TQgAQE4IAFtOCACUTggAoE4IAOhOCADuTggAPE8IAD9PCACQTwgAnk8IAORPCADpTwgAOFAIAEVQCADM9g8AmVAIAIzoDACdUAgA4FAIAJ9QCADQQA0A7FAIADRRCABBUQgAiFEIAI1RCADcUQgA5lEIADBSCABAUggAhFIIAIlSCADYUggA4VIIACxTCAA5UwgAgFMIAIdTCADUUwgA4FMIAChUCAAuVAgAfFQIAIJUCADQVAgA1VQIACRVCAAqVQgAIPcPAIRVCADMVQgA0lUIACBWCAAmVggAdFYIAIFWCADIVggAzVYIABxXCAAkVwgAcFcIAKZXCADEVwgA9FcIABhYCAAgWAgAbFgIAHlYCADAWAgAxVgIABRZCAAcWQgAaFkIAGtZCAC8WQgAxVkIABBaCAAfWggAZFoIAG9aCAC4WggAwFoIAAxbCAAcWwgAYFsIAG5bCAC0WwgAxVsIAAhcCAAUXAgAXFwIAGRcCAAc+A8AtlwIAARdCAAMXQgAWF0IAF9dCACsXQgAul0IAABeCAAGXggAVF4IAGBeCACoXggAt14IAPxeCAAGXwgAUF8IAFVfCACkXwgAql8IAPhfCAAMYAgAcPgPAFlgCACgYAgAW2AIAOyhCAClYAgA9GAIAABhCABIYQgAVWEIAJxhCACmYQgAxPgPAAtiCABEYggARmIIAJhiCACeYggA7GIIACNjCABAYwgARmMIAJRjCACdYwgA6GMIAPVjCAA8ZAgAc2QIAJBkCACXZAgA5GQIAOlkCAA4ZQgAR2UIAIxlCACsZQgA4GUIAOxlCAA0ZggAOmYIAIhmCACiZggA3GYIAN9mCAAwZwgANWcIAIRnCACTZwgA2GcIAPhnCABs+Q8ATGgIAIBoCACMaAgA1GgIAN5oCAAoaQgANGkIALQYCQA1aQgAfGkIAIFpCADQaQgA2mkIACRqCAA0aggAeGoIAH1qCADMaggA1WoIACBrCAAtawgAdGsIAHtrCADIawgA1GsIABxsCAAibAgAcGwIAHZsCADEbAgAyWwIABhtCAAebQgAwPkPAG9tCADAbQgAxW0IABRuCAAjbggAaG4IAIhuCABo+g8Aym4IABBvCAAdbwgAZG8IAGtvCAC4bwgAwG8IAAxwCAAOcAgAYHAIABNwCABYJwsAI3AIAEjsCgBmcAgAXBELAGhwCAC0cAgAuHAIAJR4CADKcAgA8K0KAM9wCAAIcQgACnEIAFxxCABtcQgAsHEIAL5xCAAEcggAC3IIAFhyCABgcggArHIIALNyCAAAcwgABXMIAFRzCABjcwgAqHMIAMhzCAD8cwgACHQIAFB0CABWdAgApHQIAKx0CAD4dAgABHUIAEx1CABZdQgAoHUIALt1CAD0dQgAAnYIAEh2CABOdggAnHYIAKF2CADwdggA/XYIAER3CABadwgAmHcIAKR3CADsdwgA+XcIAEB4CABKeAgAvPoPAJl4CADoeAgA7ngIADx5CABceQgAkHkIAJ55CADkeQgA8XkIADh6CABPeggAjHoIAJR6CADgeggA73oIADR7CAA5ewgAiHsIAJV7CADcewgA5nsIADB8CAAyfAgAhHwIAJJ8CADYfAgA5XwIACx9CAA4fQgAgH0IAIZ9CADUfQgA3H0IACh+CAAufggAfH4IAIV+CADQfggA3X4IACR/CAAufwgAeH8IAIZ/CADMfwgA4n8IACCACAAsgAgAdIAIAHyACAAQ+w8A0oAIAByBCAAigQgAcIEIAHKBCADEgQgAzoEIABiCCAAkgggAbIIIAIOCCADAgggA1IIIAGT7DwAigwgAaIMIAGuDCAC8gwgAxIMIABCECAAchAgAZIQIAHKECAC4hAgAwoQIAAyFCAAXhQgAYIUIAGyFCAC0hQgAuoUIAAiGCAAQhggAXIYIAGmGCACwhggAtYYIAASHCAAOhwgAWIcIAGCHCACshwgAsocIAACICAAJiAgAVIgIAGGICACoiAgAtYgIAPyICAAKiQgAUIkIAF2JCACkiQgAu4kIAPiJCAAAiggATIoIAFGKCACgiggApooIAPSKCAD8iggASIsIAF6LCACciwgAqosIAPCLCADziwgARIwIAFOMCACYjAgAnYwIAOyMCAD5jAgAQI0IAFCNCACUjQgAoo0IAOiNCAD/jQgAPI4IAEWOCACQjggAlo4IAOSOCADwjggAOI8IAD+PCAC4+w8AmI8IAOCPCADijwgANJAIAD6QCACIkAgAlJAIANyQCADkkAgADPwPADWRCACEkQgAk5EIANiRCAD4kQgALJIIADiSCACAkggAhpIIANSSCADckggAKJMIACmTCAB8kwgAgpMIANCTCADVkwgAJJQIAD+UCAB4lAgAhpQIAMyUCADTlAgAIJUIACyVCAB0lQgAepUIAGD8DwDNlQgAHJYIACaWCABwlggAgZYIAMSWCADQlggAGJcIABuXCABslwgAb5cIAMCXCADIlwgAFJgIABuYCABomAgAbZgIALyYCADLmAgAEJkIADCZCABkmQgAcJkIALiZCAC+mQgADJoIABSaCABgmggAbZoIALSaCAC5mggACJsIABKbCABcmwgAZJsIALCbCADAmwgABJwIAAmcCABYnAgAYZwIAKycCAC5nAgAAJ0IAAedCAC0/A8AWZ0IAKidCAC3nQgA/J0IAByeCABQnggAXJ4IAKSeCACqnggA+J4IAACfCABMnwgAWJ8IAKCfCACtnwgA9J8IAPufCABIoAgASaAIAJygCAChoAgA8KAIAP6gCABEoQgAUaEIAJihCACioQgACP0PAPGhCABAoggATaIIAJSiCAChoggA6KIIAO6iCAA8owgASKMIAJCjCACgowgA5KMIAO2jCAA4pAgAO6QIAIykCACYpAgA4KQIAOekCABc/Q8ANqUIAIilCAA7pQgA9OcLAESlCAAQNQwAmaUIANylCADkpQgAMKYIADqmCACEpggAk6YIANimCADZpggALKcIADSnCAAE/g8AiKcIAFj+DwDypwgAKKgIAPenCADQChAA/KcIAPjICAAwqAgAfKgIAIuoCADQqAgA1agIACSpCAAxqQgAeKkIAIWpCADMqQgA2KkIACCqCAAvqggAdKoIAH6qCADIqggA66oIAByrCABSqwgAcKsIAJSrCADEqwgAzKsIAKj/DwAdrAgAbKwIAHKsCADArAgAyKwIAPz/DwAirQgAaK0IAIOtCAC8rQgAyK0IABCuCAAhrggAZK4IAHiuCAC4rggAwK4IAAyvCAASrwgAYK8IAGyvCAC0rwgAxK8IAAiwCAARsAgAXLAIAF+wCACwsAgAvLAIAASxCAALsQgAUAAQAGaxCACssQgAtrEIAKQAEAAFsggAVLIIAGGyCACosggAtbIIAPyyCAAIswgAULMIAF+zCACkswgArrMIAPizCAAGtAgATLQIAFG0CACgtAgArbQIAPS0CAD8tAgASLUIAE61CACctQgAqLUIAPC1CAAAtggARLYIAE22CACYtggAm7YIAOy2CAD4tggAQLcIAEe3CAD4ABAAo7cIAOi3CADttwgAPLgIAEm4CACQuAgAnbgIAOS4CADquAgAOLkIAES5CACMuQgAnLkIAOC5CADpuQgANLoIADe6CACIuggAlLoIANy6CADjuggATAEQADW7CACEuwgAkbsIANi7CAD2uwgALLwIADi8CACAvAgAk7wIANS8CADivAgAKL0IACu9CAB8vQgAhr0IANC9CADevQgAJL4IADG+CAB4vggAj74IAMy+CADUvggAIL8IACe/CAB0vwgAeb8IAMi/CADevwgAHMAIAB7ACABwwAgAfsAIAMTACADRwAgAoAEQACDBCAD0ARAAccEIAMDBCADNwQgAFMIIACHCCABowggAdMIIALzCCADLwggAEMMIABrDCABkwwgAcsMIALjDCAC9wwgADMQIABnECABgxAgAaMQIALTECAC6xAgACMUIABTFCABcxQgAbMUIALDFCAC5xQgABMYIAAfGCABYxggAZMYIAKzGCACzxggASAIQAAzHCABUxwgAZMcIAKjHCABqxwgAEMgMALHHCAD8xwgA/8cIAFDICABcyAgApMgIAKvICACcAhAAAckIAEDMCAACyQgATMkIAFvJCACgyQgAXckIAPDKCAChyQgA9MkIABDKCABIyggAf8oIAJzKCADTyggA8AIQAPPKCABEywgAYMsIAJjLCADPywgA7MsIACPMCABEAxAATcwIAJTMCACizAgA6MwIAPvMCAA8zQgAWM0IAJDNCADHzQgA5M0IABvOCACYAxAASc4IAIzOCACYzggA4M4IAOjOCADsAxAAOc8IAIjPCACQzwgA3M8IAOvPCAAw0AgANdAIAITQCACR0AgA2NAIAOXQCAAs0QgAONEIAIDRCACP0QgA1NEIAN7RCAAo0ggAMNIIAHzSCACG0ggA0NIIANXSCAAk0wgALNMIAEAEEACH0wgAzNMIAInTCAAc1QgAzdMIACDUCAA81AgAdNQIAKvUCADI1AgA/9QIAJQEEAAf1QgAcNUIAIzVCADE1QgA+9UIABjWCABP1ggA6AQQAG/WCADA1ggA0dYIABTXCAAw1wgAaNcIAJ/XCAC81wgA89cIADwFEAAd2AgAZNgIAHDYCAC42AgAx9gIAAzZCAAW2QgAYNkIAGjZCAAERAkAbtkIALTZCAC52QgACNoIABXaCABc2ggAZNoIALDaCAC22ggABNsIAMDaCADMPAkAENsIAFjbCABo2wgArNsIALXbCAAA3AgAA9wIAFTcCABg3AgAqNwIAK/cCACQBRAAAd0IANivCwAG3QgAUN0IAAjdCADMSQsAWt0IAKTdCACl3QgA+N0IAAfeCABM3ggAUd4IAKDeCACt3ggA9N4IAAHfCABI3wgAVN8IAJzfCACr3wgA8N8IAPrfCABE4AgAUuAIAJjgCACd4AgA7OAIAPngCABA4QgAQeEIAJThCACZ4QgA6OEIAO3hCAA84ggATeIIAJDiCACz4ggA5OIIAO/iCAA44wgAPeMIAIzjCACP4wgA4OMIAOrjCAA05AgAX+QIAIjkCACn5AgA5AUQAOjkCAAw5QgAMuUIAITlCACT5QgA2OUIAOPlCAAs5ggANOYIAIDmCACH5ggA1OYIANbmCAAo5wgAMucIAHznCAB+5wgA0OcIAOnnCAAk6AgAJugIAHjoCAB76AgAzOgIANjoCAAg6QgAKOkIADgGEACA6QgAyOkIAM7pCAAc6ggAN+oIAHDqCAB86ggAxOoIAMrqCAAY6wgAIOsIAGzrCABu6wgAwOsIAMrrCAAU7AgAHOwIAIwGEAB57AgAvOwIAMPsCAAQ7QgAGO0IAGTtCABx7QgAuO0IAL3tCAAM7ggAFu4IAGDuCABo7ggAtO4IAMPuCAAI7wgADe8IAFzvCABp7wgAsO8IAL3vCAAE8AgAEPAIAFjwCABn8AgArPAIALbwCAAA8QgACPEIAFTxCABe8QgAqPEIAK3xCAD88QgABPIIAOAGEABc8ggApPIIALTyCAD48ggAAfMIAEzzCABP8wgAoPMIAKzzCAD08wgA+/MIADQHEABO9AgAnPQIAKL0CADw9AgA9fQIAET1CABK9QgAiAcQAJ71CADs9QgA8vUIAED2CABF9ggAJIANAE32CACU9ggAmfYIAOj2CADw9ggAPPcIAG/3CADI/ggAdfcIAJD3CADJ9wgA5PcIAB34CAA4+AgAaPgIAIz4CACU+AgA4PgIAO/4CAA0+QgAOfkIAIj5CACV+QgA3PkIAOn5CAAw+ggAPPoIAIT6CACT+ggA2PoIAOL6CAAs+wgAOvsIAID7CACF+wgA1PsIAOH7CAAo/AgAMPwIAHz8CACC/AgA0PwIANz8CAAk/QgANP0IAHj9CACB/QgAzP0IAM/9CAAg/ggALP4IAHT+CAB7/ggA3AcQAAH/CAAc/wgATP8IAHD/CAB4/wgAxP8IANP/CAAYAAkAHQAJAGwACQB5AAkAwAAJAM0ACQAUAQkAIAEJAGgBCQB3AQkAvAEJAMYBCQAQAgkAHgIJAGQCCQBpAgkAuAIJAMUCCQAMAwkAFAMJAGADCQBmAwkAtAMJAMADCQAIBAkAGAQJAFwECQBlBAkAsAQJALMECQAEBQkAEAUJAFgFCQBfBQkAMAgQAK4FCQCQjw0AugUJAAAGCQANBgkAVAYJAGAGCQCoBgkArgYJAPwGCQACBwkAUAcJAFUHCQCkBwkAqgcJAIQIEAAeCAkATAgJAHIICQCgCAkA0wgJAPQICQAtCQkASAkJAHgJCQAsCRAAqAkJAPAJCQCqCQkAQDEKAPoJCQBECgkAXgoJAJgKCQCbCgkA3E0JAKcKCQDsCgkA8QoJAEALCQBNCwkAlAsJAKELCQDoCwkA9AsJADwMCQBLDAkAkAwJAJoMCQDkDAkA8AwJADgNCQBLDQkAjA0JAJsNCQDgDQkA7A0JADQOCQA1DgkAiA4JAJIOCQDcDgkA6g4JADAPCQA1DwkAhA8JAJEPCQCACRAA3Q8JACwQCQA5EAkAgBAJAI0QCQDUEAkA4BAJACgRCQA3EQkAfBEJAIYRCQDQEQkA3hEJACQSCQApEgkAeBIJAIUSCQDMEgkA1BIJACATCQAmEwkAdBMJACoTCQDAVAkAgBMJAMgTCQDYEwkAHBQJACUUCQBwFAkAcxQJAMQUCQDQFAkAGBUJAB8VCQB8ChAAbxUJAMAVCQDIFQkAFBYJACAWCQBoFgkAbhYJALwWCQDCFgkAEBcJABUXCQBkFwkAahcJACQLEADxFwkADBgJAEUYCQBgGAkAhBgJAMwLEAC6GAkAjEgKAMcYCQAIGQkAFxkJAFwZCQBoGQkAsBkJALEZCQAEGgkADhoJAFgaCQBmGgkArBoJALEaCQAAGwkADRsJACAMEAB3GwkAdAwQAOEbCQD8GwkANRwJAFAcCQB0HAkAyAwQALIcCQD4HAkA/RwJAEwdCQBZHQkAoB0JAKgdCQD0HQkA+h0JAEgeCQBUHgkAnB4JAKweCQDwHgkA+R4JAEQfCQBHHwkAmB8JANIfCQDsHwkA+B8JABwNEABGIAkAlCAJAK0gCQDoIAkA9iAJADwhCQBJIQkAkCEJAJchCQDkIQkA7SEJADgiCQBFIgkAjCIJAKMiCQDgIgkA4yIJADQjCQA2IwkAiCMJAJEjCQDcIwkA7CMJADAkCQBJJAkAhCQJAIYkCQDYJAkA4SQJACwlCQA0JQkAgCUJAIIlCQDUJQkA7SUJACgmCQA/JgkAfCYJAIgmCQDQJgkA4SYJACQnCQAwJwkAeCcJAIMnCQDMJwkA2ScJACAoCQAqKAkAcA0QAIcoCQDIKAkA1igJABwpCQAEKQkAUDEJAFcpCQBwKQkAfSkJAMQpCQDMKQkAGCoJAB4qCQBsKgkAeCoJAMAqCQDLKgkAFCsJAB0rCQBoKwkAaysJALwrCQC+KwkAECwJABcsCQBkLAkAZiwJAMQNEAC7LAkADC0JABotCQBgLQkAZS0JALQtCQDBLQkACC4JABQuCQBcLgkAZC4JABgOEAC+LgkABC8JABQvCQBYLwkAZi8JAKwvCQC1LwkAADAJAAowCQBUMAkAVjAJAKgwCQCyMAkA/DAJAP4wCQBsDhAAVTEJAKQxCQCsMQkA+DEJAP4xCQBMMgkAWDIJAKAyCQCvMgkA9DIJAP0yCQBIMwkASzMJAJwzCQCeMwkA8DMJAPczCQBENAkARjQJAMAOEACdNAkA7DQJAAg1CQBANQkAXDUJABQPEAChNQkAFGYKAKM1CQDoNQkA7TUJADw2CQBJNgkAkDYJAJ02CQDkNgkA6jYJADg3CQBENwkAjDcJAJw3CQDgNwkA6TcJADQ4CQA3OAkAiDgJAJQ4CQDcOAkA4zgJAGgPEAA/OQkAhDkJAIk5CQDYOQkA5TkJACw6CQA5OgkAgDoJAIY6CQDUOgkA4DoJACg7CQA4OwkAfDsJAIU7CQDQOwkA0zsJACQ8CQAwPAkAeDwJAH88CQC8DxAAzjwJACA9CQAuPQkAdD0JAIU9CQAQEBAAzz0JAGQQEAAkPgkAuBAQAHU+CQDEPgkA0T4JABg/CQAlPwkAbD8JAHg/CQDAPwkAzz8JABRACQAeQAkAaEAJAHZACQC8QAkAwUAJABBBCQAdQQkAZEEJAGxBCQC4QQkAvkEJAAxCCQAYQgkAYEIJAHBCCQC0QgkAvUIJAAhDCQALQwkAXEMJAGhDCQCwQwkAt0MJAAwREAAORAkAWEQJAGZECQCsRAkAwkQJAABFCQAMRQkAVEUJAFtFCQCoRQkAsEUJAPxFCQABRgkAUEYJAFlGCQCkRgkArkYJAGAREAAORwkATEcJAFhHCQCgRwkAp0cJAPRHCQD8RwkASEgJAE1ICQCcSAkApUgJAPBICQD6SAkAtBEQAElJCQDEtAsAUEkJADShCQBTSQkAmEkJAGxJCQBozBAAnUkJAOxJCQD5SQkAQEoJAE1KCQCUSgkAoEoJAOhKCQD3SgkAPEsJAEZLCQCQSwkAnksJAORLCQDxSwkAOEwJAE9MCQCMTAkAlEwJAOBMCQDqTAkANE0JADlNCQCITQkAkE0JAAgSEADhTQkAME4JAD9OCQCETgkApE4JANhOCQDkTgkALE8JADZPCQCATwkAik8JANRPCQDiTwkAKFAJAD5QCQB8UAkAiFAJANBQCQDVUAkAJFEJAC1RCQB4UQkAglEJAMxRCQDYUQkAIFIJADNSCQB0UgkAg1IJAMhSCQDUUgkAHFMJAB1TCQBwUwkAelMJAMRTCQDSUwkAGFQJAB1UCQBsVAkAeVQJALASEADOVAkAFFUJACpVCQBoVQkAdFUJALxVCQDDVQkAEFYJABhWCQBkVgkAaVYJALhWCQDBVgkADFcJABZXCQCsExAAZVcJALRXCQC8VwkACFgJAAtYCQBcWAkAZVgJALBYCQC/WAkABFkJAA9ZCQBYWQkAYFkJAKxZCQC8WQkAAFoJAA5aCQBUWgkAZVoJAKhaCQC0WgkA/FoJAARbCQAAFBAAVlsJAKRbCQCsWwkA+FsJAP9bCQBMXAkAWlwJAKBcCQCmXAkA9FwJAABdCQBIXQkAV10JAJxdCQCmXQkA8F0JAPVdCQBEXgkASl4JAJheCQCsXgkAVBQQAP1eCQBAXwkATF8JAJRfCQCaXwkA6F8JAO5fCQA8YAkAQWAJAJBgCQCWYAkAqBQQAOlgCQA4YQkASWEJAIxhCQCUYQkA4GEJAJhhCQDsiAkAmmEJAIARDgDqYQkANGIJAEJiCQCIYgkAnmIJANxiCQDoYgkAMGMJADdjCQCEYwkAjGMJANhjCQDdYwkALGQJADVkCQCAZAkAimQJANRkCQDcZAkAKGUJACxlCQB8ZQkAh2UJANBlCQDeZQkAJGYJADVmCQB4ZgkAhGYJAMxmCQDUZgkA/BQQACJnCQB0ZwkAgmcJAMhnCQDSZwkAHGgJACpoCQBwaAkAfWgJAMRoCQDbaAkAGGkJACBpCQBsaQkAfGkJAMBpCQDFaQkAFGoJABpqCQBoagkAcGoJALxqCQC+agkAEGsJAB1rCQBkawkAbGsJALhrCQC9awkADGwJAA1sCQBgbAkAbGwJALRsCQDBbAkACG0JABBtCQBcbQkAa20JALBtCQC1bQkABG4JABFuCQBYbgkAZW4JAKxuCQC4bgkAAG8JAA9vCQBUbwkAXm8JAKhvCQC2bwkA/G8JAAFwCQBQcAkAXXAJAFAVEACncAkA+HAJAABxCQBMcQkAWXEJAKBxCQClcQkA9HEJAP5xCQBIcgkAUHIJAJxyCQCecgkA8HIJAAtzCQBEcwkARnMJAJhzCQCmcwkA7HMJAP1zCQBAdAkAQnQJAJR0CQCtdAkA6HQJAPl0CQA8dQkASHUJAJB1CQCldQkA5HUJAOx1CQA4dgkAPnYJAIx2CQCYdgkA4HYJAP12CQA0dwkAPXcJAIh3CQCUdwkA3HcJAN93CQAweAkAOngJAIR4CQCMeAkA2HgJAOJ4CQAseQkAOnkJAIB5CQCWeQkA1HkJAOB5CQAoegkAL3oJAHx6CQCEegkA0HoJANV6CQAkewkALXsJAHh7CQCCewkAzHsJANR7CQAgfAkAInwJAHR8CQCEfAkAyHwJANJ8CQAcfQkAKH0JAHB9CQB2fQkAxH0JAMx9CQCkFRAAJH4JAGx+CQB/fgkAwH4JANx+CQAUfwkAHH8JAPgVEAB2fwkAvH8JANJ/CQAQgAkAHIAJAGSACQBpgAkAuIAJAMGACQAMgQkAFoEJAGCBCQBogQkAtIEJALaBCQAIggkAF4IJAFyCCQB5ggkAsIIJALmCCQAEgwkAEoMJAFiDCQBegwkArIMJALqDCQAAhAkADYQJAFSECQBrhAkAqIQJALCECQD8hAkA/oQJAFCFCQBYhQkApIUJALOFCQD4hQkA/YUJAEyGCQBZhgkAoIYJAK2GCQD0hgkAAIcJAEiHCQBXhwkAnIcJAKaHCQDwhwkA/ocJAESICQBJiAkAmIgJAKWICQBMFhAA8ogJAECJCQBGiQkAlIkJAJmJCQDoiQkA7okJAKAWEABKigkAkIoJAKaKCQDkigkA8IoJADiLCQA9iwkAjIsJAJWLCQDgiwkA6osJADSMCQBXjAkAiIwJAIyMCQDcjAkAl4wJACyOCQDejAkAMI0JAD6NCQCEjQkAjo0JANiNCQD8jQkAnBcQADKOCQCAjgkAjI4JANSOCQDWjgkAKI8JADKPCQB8jwkAiI8JANCPCQD0jwkA8BcQACiQCQB4kAkAM5AJAMiRCQB6kAkAzJAJANqQCQAgkQkAKpEJAHSRCQCYkQkARBgQAM6RCQAckgkAKJIJAHCSCQBykgkAxJIJAM6SCQAYkwkAJJMJAGyTCQCQkwkAmBgQAN2TCQAUlAkAHZQJAGiUCQB2lAkAvJQJAMKUCQAQlQkAHJUJAGSVCQBslQkA7BgQAL+VCQAMlgkAJZYJAGCWCQBvlgkAtJYJALyWCQAIlwkAF5cJAFyXCQBhlwkAsJcJAL2XCQAEmAkAEZgJAFiYCQBkmAkArJgJALuYCQAAmQkACpkJAFSZCQBimQkAqJkJAK2ZCQD8mQkACZoJAEAZEABRmgkAhAsKAGmaCQCkmgkArpoJAPiaCQD6mgkATJsJAFqbCQCgmwkArZsJAPSbCQD8mwkASJwJAHGcCQCcnAkAo5wJAPCcCQAJnQkARJ0JAFOdCQCYnQkAoJ0JAOydCQD7nQkAQJ4JAEWeCQCUngkAoZ4JAOieCQD1ngkAPJ8JAEifCQCQnwkAn58JAOSfCQDunwkAOKAJAEagCQCMoAkAkaAJAOCgCQDtoAkAlBkQAEehCQCIoQkAl6EJANyhCQDooQkAMKIJADyiCQCEogkAi6IJANiiCQDkogkALKMJADOjCQCAowkAiKMJANSjCQDYowkAKKQJADOkCQB8pAkAiKQJANCkCQDdpAkAJKUJACylCQB4pQkAgqUJAMylCQDSpQkAIKYJADSmCQB0pgkAgqYJAMimCQDVpgkAHKcJADOnCQBwpwkAeKcJAMSnCQDOpwkAGKgJAB2oCQBsqAkAdKgJAMCoCQDPqAkAFKkJABmpCQBoqQkAdakJALypCQDJqQkAEKoJAByqCQBkqgkAc6oJALiqCQDCqgkA6BkQABSrCQBgqwkAb6sJALSrCQC5qwkACKwJABGsCQBcrAkAbawJALCsCQC3rAkABK0JAAytCQBYrQkAZa0JAKytCQCxrQkAAK4JAAquCQBUrgkAXK4JAKiuCQDBrgkA/K4JAAivCQBQrwkAWK8JADwaEACzrwkA+K8JABWwCQBMsAkAVbAJAKCwCQCusAkA9LAJAPqwCQBIsQkAVLEJAJyxCQCjsQkA8LEJAPixCQBEsgkAVLIJAJiyCQCesgkA7LIJAPGyCQBAswkAVrMJAJSzCQCcswkA6LMJAPKzCQA8tAkAR7QJAJC0CQCctAkA5LQJAOy0CQCQGhAARbUJAIy1CQCTtQkA4LUJAOy1CQA0tgkAOrYJAIi2CQCZtgkA3LYJAPC2CQAwtwkAPrcJAIS3CQCRtwkA2LcJAO+3CQAsuAkANLgJAIC4CQCHuAkA1LgJANa4CQAouQkAMrkJAHy5CQB+uQkA0LkJAOm5CQAkugkAJroJAHi6CQB7ugkAzLoJANi6CQAguwkATLsJAOQaEACDuwkAyLsJAOW7CQAcvAkAJbwJAHC8CQB+vAkAxLwJAMq8CQAYvQkAJL0JAGy9CQB0vQkAOBsQAMi9CQAUvgkAGr4JAGi+CQB0vgkAvL4JAL++CQAQvwkAFb8JAGS/CQBtvwkAuL8JAL6/CQAMwAkAG8AJAGDACQBswAkAtMAJALzACQCMGxAADsEJAFzBCQBhwQkAsMEJAMbBCQAEwgkADMIJAFjCCQBmwgkArMIJALbCCQAAwwkAA8MJAFTDCQBcwwkAqMMJAKnDCQD8wwkAAsQJAFDECQBexAkApMQJALrECQD4xAkA+sQJAEzFCQBSxQkAoMUJALTFCQD0xQkA/MUJAEjGCQBYxgkAnMYJAJ7GCQDwxgkA/8YJAETHCQBOxwkAmMcJAJ3HCQDsxwkA8scJAEDICQBUyAkAlMgJAJzICQDoyAkA7cgJADzJCQBCyQkAkMkJAJjJCQDkyQkA58kJADjKCQA9ygkAjMoJAJXKCQDgygkA5soJADTLCQBDywkAiMsJAJTLCQDgGxAA5ssJADDMCQAyzAkAhMwJAIvMCQDYzAkA38wJACzNCQAyzQkAgM0JAI7NCQDUzQkA4c0JACjOCQA4zgkAfM4JAIHOCQDQzgkA2M4JACTPCQDszgkAZD0KADDPCQB4zwkAes8JAGzSCQCFzwkAzM8JANHPCQAg0AkAKtAJAHTQCQCE0AkAyNAJAM3QCQAc0QkAJdEJAHDRCQB90QkAxNEJAMvRCQAY0gkAINIJADQcEAB60gkAwNIJANjSCQAU0wkAFtMJAGjTCQB/0wkAvNMJAL7TCQAQ1AkAHtQJAGTUCQBx1AkAuNQJAMDUCQCIHBAAEtUJAGDVCQBi1QkAtNUJAMHVCQAI1gkAC9YJAFzWCQBt1gkAsNYJALLWCQAE1wkADtcJAFjXCQBk1wkArNcJALTXCQDcHBAABdgJAFTYCQBX2AkAqNgJALLYCQD82AkABNkJAFDZCQBd2QkApNkJAKbZCQD42QkADtoJAEzaCQBY2gkAoNoJAKjaCQAwHRAA99oJAEjbCQBR2wkAnNsJAKrbCQCcBQoAq9sJAPDbCQD72wkARNwJAEzcCQCY3AkAo9wJAOzcCQDx3AkAQN0JAEPdCQCU3QkAnt0JANgdEADu3QkAPN4JAPLdCQC0Mg0AV94JAJDeCQCc3gkA5N4JAOreCQA43wkAQN8JAIzfCQCi3wkA4N8JAO7fCQA04AkAN+AJAIjgCQCh4AkA3OAJAOjgCQAw4QkAO+EJAIThCQCG4QkA2OEJAPPhCQAs4gkAOuIJAIDiCQCN4gkA1OIJAOviCQAsHhAAKuMJAAA1DQA+4wkAfOMJAH3jCQDQ4wkA1eMJACTkCQAq5AkAeOQJAHrkCQDM5AkA0uQJACDlCQA05QkAdOUJAHzlCQDI5QkA2OUJABzmCQAe5gkAcOYJAH7mCQDE5gkA1eYJAIAeEAAe5wkAbOcJAHjnCQDUHhAAwucJABToCQAl6AkAaOgJAHDoCQC86AkAxegJABDpCQAX6QkAZOkJAGXpCQAoHxAAxOkJAAzqCQAO6gkAYOoJAGfqCQC06gkAvOoJAAjrCQAR6wkAXOsJAGPrCQCw6wkAsesJAHwfEAAJ7AkAWOwJAGDsCQCs7AkAtuwJAADtCQAO7QkAVO0JAGrtCQCo7QkAtO0JAPztCQAB7gkAUO4JAFnuCQCk7gkAru4JANAfEAD57gkATO8JAFTvCQA0WgsAZO8JAKDvCQCt7wkA9O8JAADwCQBI8AkAUvAJAJzwCQCg8AkA8PAJAPXwCQBE8QkASvEJAJjxCQC48QkA7PEJAATyCQBA8gkAV/IJAJTyCQCg8gkA6PIJAPLyCQA88wkAPvMJAJDzCQCX8wkA5PMJAOvzCQA49AkAPvQJAIz0CQCY9AkA4PQJAOP0CQA09QkAN/UJAIj1CQCU9QkA3PUJAN/1CQAw9gkATPYJAIT2CQCM9gkAJCAQAOT2CQAs9wkANvcJAID3CQCC9wkA1PcJANv3CQAo+AkAL/gJAHz4CQCC+AkA0PgJAN74CQAk+QkAMfkJAHj5CQCI+QkAzPkJANH5CQAg+gkAKPoJAHT6CQCE+gkAyPoJAM36CQAc+wkAIvsJAHD7CQB4+wkAeCAQAMr7CQAY/AkAIPwJAGz8CQBv/AkAwPwJAMz8CQAU/QkAGv0JAGj9CQCD/QkAvP0JAMr9CQAQ/gkAH/4JAGT+CQBw/gkAuP4JAMD+CQAgIRAAEf8JAGD/CQBq/wkAtP8JALz/CQAIAAoAKAAKAFwACgBpAAoAsAAKALUACgAEAQoACAEKAFgBCgBlAQoAdCEQALEBCgAAAgoAAwIKAFQCCgBeAgoAqAIKALQCCgD8AgoADwMKAFADCgBfAwoApAMKALADCgD4AwoA+QMKAEwECgBWBAoAoAQKAK4ECgD0BAoA+QQKAEgFCgBVBQoAyCEQAKYFCgDwBQoA8gUKAEQGCgBdBgoAmAYKAKkGCgDsBgoA+AYKAEAHCgBIBwoAxCIQAJsHCgDoBwoA7wcKADwICgBCCAoAkAgKAJwICgDkCAoA5wgKADgJCgA7CQoAjAkKAJQJCgDgCQoA8AkKADQKCgA5CgoAiAoKAJEKCgDcCgoA6QoKADALCgA3CwoAGCMQAJALCgDYCwoA5QsKACwMCgA0DAoAgAwKAIoMCgDUDAoA4wwKACgNCgApDQoAfA0KAIQNCgDQDQoA3w0KACQOCgApDgoAeA4KAIUOCgDMDgoA2Q4KACAPCgAsDwoAdA8KAIMPCgDIDwoA0g8KABwQCgAqEAoAcBAKAHUQCgDEEAoA0RAKABgRCgAgEQoAbBEKAHYRCgDAEQoAxREKABQSCgAcEgoAbCMQAHYSCgC8EgoAyBIKABATCgAWEwoAZBMKAGoTCgC4EwoAvRMKAAwUCgASFAoAwCMQAGwUCgC0FAoAuhQKAAgVCgAOFQoAXBUKAGkVCgCwFQoAtRUKAAQWCgAMFgoAWBYKAHYWCgC8JBAArhYKACCFDACvFgoAWLoLALIWCgAMTwsAwhYKAAAXCgABFwoAVBcKAFkXCgCoFwoArhcKAPwXCgD+FwoAUBgKAFYYCgCkGAoAuBgKAPgYCgAAGQoATBkKAFwZCgCgGQoAohkKAPQZCgACGgoASBoKAFkaCgAQJRAAohoKAPAaCgD8GgoAZCUQAFEbCgCYGwoAoBsKAOwbCgD5GwoAQBwKAEIcCgCUHAoAqhwKAOgcCgD0HAoAPB0KAEQdCgAMJhAAnB0KAOQdCgDnHQoAOB4KAD0eCgCMHgoAnR4KAOAeCgDpHgoANB8KAD4fCgCIHwoAlh8KANwfCgDhHwoAMCAKAD0gCgBgJhAAkCAKANggCgDlIAoALCEKAC4hCgCAIQoAliEKANQhCgDgIQoAKCIKADAiCgC0JhAAgSIKANAiCgDWIgoAJCMKACwjCgB4IwoAeyMKAMwjCgDYIwoAICQKACYkCgB0JAoAjyQKAMgkCgDVJAoAHCUKAB4lCgBwJQoAhiUKAMQlCgDQJQoAGCYKACAmCgAIJxAAciYKAMAmCgDFJgoAFCcKAC8nCgBoJwoAdicKALwnCgDDJwoAECgKABwoCgBkKAoAaygKAFwnEADDKAoADCkKABQpCgBgKQoAaykKALQpCgC5KQoACCoKAAsqCgBcKgoAZioKALAqCgC4KgoABCsKABIrCgBYKwoAWysKAKwrCgC0KwoAACwKACAsCgBULAoAYSwKAKgsCgCtLAoA/CwKAAAtCgBQLQoAXS0KALAnEADELQoA+C0KAAEuCgBMLgoATS4KAKAuCgCoLgoA9C4KAAQvCgBILwoASi8KAJwvCgCqLwoA8C8KAAEwCgAEKBAASjAKAJgwCgCkMAoAWCgQAPMwCgCsKBAARTEKAJQxCgCuMQoA6DEKAPcxCgA8MgoARzIKAJAyCgCSMgoA5DIKAPEyCgA4MwoARTMKAIwzCgCYMwoA4DMKAPEzCgA0NAoANzQKAIg0CgCiNAoA3DQKAOU0CgAwNQoAPTUKAIQ1CgCKNQoA2DUKAOQ1CgAsNgoALzYKAIA2CgCFNgoA1DYKAOU2CgAoNwoAQzcKAHw3CgCINwoA0DcKANc3CgAkOAoAJjgKAHg4CgB/OAoAzDgKANM4CgAgOQoAJjkKAHQ5CgCAOQoAyDkKAMs5CgAcOgoAHzoKAHA6CgB8OgoAxDoKANc6CgAYOwoAJzsKAGw7CgB4OwoAwDsKAME7CgAUPAoAHjwKAGg8CgB2PAoAvDwKAME8CgAQPQoAHT0KAAApEABsPQoAVCkQALo9CgAMPgoAIj4KAGA+CgBsPgoAtD4KALw+CgCoKRAADj8KAFw/CgBkPwoAsD8KALM/CgAEQAoAEEAKAFhACgBeQAoArEAKAMdACgAAQQoADkEKAFRBCgBjQQoAqEEKALRBCgD8QQoABEIKAPwpEABVQgoApEIKAK5CCgD4QgoAAEMKAExDCgBsQwoAoEMKAK1DCgD0QwoA+UMKAEhECgBMRAoAnEQKAKlECgBQKhAAE0UKAKQqEABJRQoAmEUKAKdFCgDsRQoADEYKAEBGCgBMRgoAlEYKAJ5GCgDoRgoA9EYKADxHCgBCRwoAkEcKAJZHCgDkRwoA6UcKADhICgA+SAoA+CoQAJJICgDgSAoA5UgKADRJCgA6SQoAoCsQAItJCgDcSQoA5kkKADBKCgAySgoAhEoKAJ1KCgDYSgoA6UoKACxLCgA6SwoAgEsKAINLCgDUSwoA30sKAChMCgAwTAoAfEwKAH5MCgDQTAoA2EwKACRNCgAxTQoAeE0KAIRNCgDMTQoA0E0KACBOCgAoTgoAdE4KAINOCgDITgoAzU4KABxPCgApTwoAcE8KAH1PCgDETwoA0E8KABhQCgAnUAoAbFAKAHZQCgDAUAoAzlAKABRRCgAZUQoAaFEKAHVRCgD0KxAAxFEKAEgsEAAUUgoAVFYKABxSCgBkUgoAalIKALhSCgC+UgoADFMKABlTCgBgUwoAZVMKALRTCgC8UwoACFQKADtUCgAEVQoAQVQKAFxUCgCCVAoAWFUKAJVUCgCwVAoA6VQKAJwsEAA9VQoA8CwQAH5VCgCsVQoA31UKAABWCgA5VgoARC0QAGJWCgCoVgoAtVYKAPxWCgAIVwoAUFcKAFZXCgCkVwoAqlcKAPhXCgD9VwoATFgKAFJYCgCYLRAAxlgKAJxZCgDZWAoA9FgKAC1ZCgBALhAAgVkKAJQuEADCWQoA8FkKACNaCgBEWgoAfVoKAOguEACiWgoA7FoKAPFaCgBAWwoASFsKADwvEACZWwoA6FsKAPFbCgA8XAoASVwKAJBcCgCXXAoAkC8QAOxcCgDkLxAAS10KAIxdCgCYXQoA4F0KAO9dCgA0XgoAPV4KAIheCgCSXgoA3F4KAN5eCgAwXwoASV8KAIRfCgCVXwoA2F8KAORfCgAsYAoANGAKADgwEACOYAoA1GAKAOVgCgAoYQoANGEKAHxhCgCEYQoAjDAQANVhCgAkYgoALmIKAHhiCgCAYgoAzGIKANxiCgAgYwoAJWMKAHRjCgB9YwoAyGMKANVjCgAcZAoAI2QKAOAwEAB2ZAoAENkNAH1kCgDEZAoAg2QKAJC9DADJZAoAGGUKACRlCgBsZQoAeWUKAMBlCgDKZQoANDEQABlmCgBoZgoAdGYKALxmCgDJZgoAEGcKABpnCgBkZwoAgGcKALhnCgDAZwoAiDEQABFoCgBgaAoAaGgKALRoCgC3aAoACGkKABFpCgBcaQoAa2kKALBpCgC7aQoABGoKAAxqCgBYagoAaGoKAKxqCgC6agoAAGsKABFrCgBUawoAYGsKAKhrCgCwawoA3DEQAAJsCgBQbAoAWGwKAKRsCgCrbAoA+GwKAAZtCgBMbQoAUm0KAKBtCgCsbQoA9G0KAANuCgBIbgoAUm4KAJxuCgChbgoA8G4KAPZuCgBEbwoAWG8KAJhvCgCgbwoA7G8KAApwCgBAcAoASHAKADAyEACccAoAhDIQAPBwCgA8cQoAVXEKAJBxCgCZcQoA5HEKAPRxCgA4cgoASHIKAIxyCgCYcgoA4HIKAOZyCgA0cwoAQnMKAIhzCgCVcwoA3HMKAPNzCgAwdAoAOHQKAIR0CgCOdAoA2HQKAOZ0CgAsdQoAQnUKAIB1CgCMdQoA1HUKANt1CgAodgoAMHYKAHx2CgCBdgoA0HYKANl2CgAkdwoALncKAHh3CgCAdwoAzHcKAM53CgAgeAoAMHgKAHR4CgB+eAoAyHgKANR4CgAceQoAInkKAHB5CgB4eQoALDMQAMZ5CgAYegoAKXoKAGx6CgCIegoAwHoKAMh6CgCAMxAAJXsKAGh7CgB5ewoAvHsKAMR7CgAQfAoAKXwKAGR8CgBqfAoAuHwKAL18CgAMfQoALH0KAGB9CgBsfQoAtH0KALp9CgAIfgoAEH4KAFx+CgBrfgoAsH4KALV+CgAEfwoAEX8KAFh/CgBlfwoArH8KALh/CgAAgAoAD4AKAFSACgBegAoAqIAKALaACgD8gAoAAYEKAFCBCgBdgQoApIEKAKeBCgD4gQoAAIIKAEyCCgBOggoAoIIKAKaCCgD0ggoAAIMKAEiDCgBQgwoA1DMQAKGDCgDwgwoA9IMKAESECgBRhAoAKDQQAKGECgDshAoA/YQKAECFCgBMhQoAlIUKAKGFCgDohQoA7YUKADyGCgBGhgoAkIYKAKCGCgDkhgoA6YYKADiHCgBBhwoAjIcKAJmHCgDghwoA54cKADSICgBAiAoAiIgKAI6ICgDciAoA4ogKADCJCgA1iQoAhIkKAIqJCgB8NBAA3YkKACyKCgA0igoAgIoKAJaKCgDUigoA2YoKACiLCgAviwoAfIsKAIWLCgDQiwoA4YsKACSMCgAwjAoAeIwKAICMCgB4NRAAzowKACCNCgA2jQoAdI0KAICNCgDIjQoAz40KAByOCgAkjgoAzDUQAHWOCgDEjgoAzI4KABiPCgAujwoAbI8KAHGPCgDAjwoAx48KABSQCgAdkAoAaJAKAHmQCgC8kAoAyJAKABCRCgAYkQoAIDYQAGaRCgC4kQoAzpEKAAySCgAYkgoAYJIKAGeSCgC0kgoAvJIKAHQ2EAANkwoAXJMKAGOTCgCwkwoAuZMKAASUCgAVlAoAWJQKAGSUCgCslAoAtJQKAMg2EAAClQoAVJUKAGOVCgColQoAyJUKAPyVCgD+lQoAUJYKAGeWCgCklgoAsJYKAPiWCgAAlwoAcDcQAFGXCgCglwoAopcKAPSXCgD7lwoASJgKAFCYCgCcmAoApZgKAPCYCgD2mAoARJkKAFWZCgCYmQoAoJkKABg4EAD4mQoAQJoKAEOaCgCUmgoAmZoKAOiaCgD5mgoAPJsKAFebCgCQmwoAnJsKAOSbCgDsmwoAbDgQAE6cCgCMnAoAjZwKAOCcCgDlnAoANJ0KADqdCgCInQoAkp0KANydCgDknQoAMJ4KAEKeCgDAOBAAkZ4KANieCgDingoALJ8KADKfCgCAnwoAlJ8KANSfCgDcnwoAKKAKADigCgB8oAoAgaAKANCgCgDWoAoAJKEKACyhCgB4oQoAeaEKAMyhCgDOoQoAIKIKAC+iCgB0ogoAlKIKAMiiCgDKogoAHKMKADOjCgBwowoAfKMKAMSjCgDMowoAFDkQACCkCgBspAoAhaQKAMCkCgDJpAoAFKUKAB6lCgBopQoAcKUKALylCgDMpQoAEKYKABWmCgBkpgoAbaYKALimCgDFpgoADKcKABOnCgBgpwoAaKcKALw5EAC+pwoACKgKABCoCgBcqAoAaqgKALCoCgC9qAoABKkKAAypCgBYqQoAWqkKAKypCgC0qQoAAKoKAAGqCgBUqgoAVqoKAKiqCgC3qgoA/KoKAByrCgBQqwoAUqsKAKSrCgC7qwoA+KsKAASsCgBMrAoAZqwKAKCsCgDJrAoA9KwKAPesCgBIrQoATa0KAJytCgCprQoAEDoQAPKtCgBErgoATq4KAJiuCgCnrgoA7K4KAPeuCgBArwoATq8KAJSvCgChrwoA6K8KAP+vCgA8sAoARLAKAJCwCgCRsAoA5LAKAOawCgA4sQoAR7EKAIyxCgCssQoA4LEKAOKxCgA0sgoAS7IKAIiyCgCUsgoA3LIKAOSyCgBkOhAANbMKAISzCgCKswoA2LMKAOCzCgAstAoAS7QKAIC0CgCNtAoA1LQKANW0CgAotQoAPrUKAHy1CgCYtQoAuDoQANW1CgAktgoALrYKAHi2CgCAtgoAzLYKAM22CgAgtwoAzrYKAPy/CgAmtwoAdLcKAIC3CgDItwoA2LcKABy4CgAquAoAcLgKAIO4CgDEuAoA0LgKABi5CgAfuQoAbLkKAHS5CgDAuQoAxLkKABS6CgAiugoAaLoKAHK6CgC8ugoAx7oKABC7CgAYuwoAZLsKAJu7CgC4uwoAwLsKAAy8CgARvAoAYLwKAGa8CgC0vAoAvLwKAAi9CgAivQoAXL0KAJO9CgCwvQoAuL0KAAS+CgAJvgoAWL4KAF6+CgCsvgoAtL4KAAC/CgAavwoAVL8KAG6/CgCovwoA378KAAw7EAAEwAoAUMAKAFfACgCkwAoAsMAKAPjACgD5wAoATMEKAFjBCgCgwQoArcEKAPTBCgD7wQoASMIKAFTCCgCcwgoAqcIKAPDCCgD/wgoARMMKAFjDCgBgOxAAmsMKAOzDCgCkwwoApAwNAO/DCgCQfgwA+cMKAJRsCwD7wwoAQMQKAGDECgCUxAoAlsQKAOjECgD/xAoAPMUKAEjFCgCQxQoAmMUKALQ7EADmxQoAOMYKAEXGCgCMxgoAlcYKAODGCgDixgoANMcKAEXHCgCIxwoAmccKANzHCgDwxwoACDwQAFDICgCEyAoAhsgKANjICgDvyAoALMkKADjJCgCAyQoAiMkKAFw8EADWyQoAKMoKACvKCgB8ygoAhMoKANDKCgDdygoAJMsKACnLCgB4ywoAgssKAMzLCgDUywoAIMwKADnMCgB0zAoAgMwKAMjMCgDUzAoAHM0KACnNCgBwzQoAeM0KAMTNCgDUzQoAGM4KAB3OCgBszgoAdc4KAMDOCgDNzgoAFM8KABvPCgBozwoAcM8KALA8EADJzwoAENAKABPQCgBk0AoAbtAKALjQCgC60AoADNEKAB3RCgBg0QoAcdEKALTRCgDA0QoACNIKAA/SCgBc0goAdtIKALDSCgC40goABNMKAAXTCgCI3AoADtMKAFjTCgBe0woArNMKAMDTCgAA1AoACNQKAFTUCgBe1AoAqNQKAK3UCgD81AoABNUKAFDVCgBe1QoApNUKALHVCgD41QoA+9UKAEzWCgBW1goAoNYKAKLWCgD01goABdcKAEjXCgBZ1woAnNcKAKTXCgAEPRAA+tcKAETYCgBg2AoAmNgKAKDYCgBYPRAA7dgKAEDZCgBW2QoAlNkKAJzZCgDo2QoA9tkKADzaCgBJ2goAkNoKAJPaCgDk2goA7toKADjbCgA62woAjNsKAJ3bCgDg2woA8dsKADTcCgA83AoArD0QAJncCgDc3AoA6NwKADDdCgAy3QoAhN0KAIfdCgDY3QoA5N0KACzeCgA03goAAD4QAIneCgDU3goA4d4KACjfCgAw3woAfN8KAI7fCgDQ3woA3d8KACTgCgAl4AoAeOAKAI7gCgDM4AoA1OAKACDhCgAu4QoAdOEKAIHhCgDI4QoAy+EKABziCgAm4goAcOIKAHLiCgDE4goA1eIKABjjCgAp4woAbOMKAHTjCgBUPhAAzeMKABTkCgAe5AoAaOQKAHbkCgC85AoA0uQKABDlCgAc5QoAZOUKAHDlCgC45QoAvuUKAAzmCgAS5goAYOYKAGXmCgC05goAuuYKAKg+EAAN5woAXOcKAF7nCgCw5woAt+cKAAToCgAM6AoAWOgKAFvoCgCs6AoAtegKAADpCgAP6QoAVOkKAF/pCgCo6QoAsOkKAPzpCgAM6goAUOoKAF7qCgCk6goAteoKAPjqCgAE6woATOsKAFTrCgCkPxAAvusKAPTrCgD86woA+D8QAFTsCgCc7AoAsuwKAPDsCgD47AoARO0KAGPtCgBMQBAAm+0KAGQkCwCl7QoA7O0KAO/tCgD4xQ4A9O0KAEDuCgD27QoAoPgMAELuCgCU7goASu4KALj6CgBR7goA1PMKAKHuCgDo7goA/O4KADzvCgBE7woAkO8KAJXvCgDk7woA9O8KADjwCgBA8AoAjPAKAJbwCgDg8AoA6/AKADTxCgBA8QoAiPEKAJDxCgCgQBAA4fEKADDyCgA58goAhPIKAIryCgDY8goA5/IKACzzCgA48woAgPMKAIPzCgD0QBAA2fMKACj0CgA39AoAfPQKAH70CgDQ9AoA4fQKACT1CgA19QoAePUKAIz1CgDM9QoA1PUKACD2CgAu9goAdPYKAIH2CgDI9goAy/YKABz3CgAm9woAcPcKAHL3CgDE9woA1fcKABj4CgAp+AoAbPgKAHj4CgDA+AoAx/gKABT5CgAc+QoAaPkKAH/5CgC8+QoAyPkKABD6CgAm+goAZPoKAGf6CgBIQRAAw/oKAAz7CgAY+woAYPsKAGj7CgCcQRAAwPsKAAj8CgAe/AoAXPwKAF/8CgCw/AoAuPwKAAT9CgAG/QoAWP0KAHP9CgCs/QoArv0KAAD+CgAO/goAVP4KAGX+CgCo/goAqv4KAPz+CgAV/woAUP8KAGH/CgCk/woAsP8KAPBBEAD+/woATAALAFoACwCgAAsAuwALAPQACwAAAQsASAELAE4BCwCcAQsApAELAPABCwAAAgsARAILAEkCCwCYAgsAoQILAOwCCwD5AgsAQAMLAEcDCwCUAwsAnAMLAERCEADtAwsAPAQLAEIECwCQBAsAmAQLAOQECwANBQsAOAULAD8FCwCMBQsApQULAOAFCwDvBQsANAYLAFAGCwCYQhAAjQYLANwGCwDmBgsAMAcLAEAHCwCEBwsAiQcLANgHCwDhBwsALAgLADkICwCACAsAhwgLANQICwDgCAsAKAkLADsJCwB8CQsAiwkLANAJCwDcCQsAJAoLACUKCwB4CgsAggoLAMwKCwDaCgsAIAsLACULCwB0CwsAgQsLAOxCEADZCwsAHAwLAB4MCwBwDAsAcwwLAMQMCwDHDAsAGA0LAB8NCwBsDQsAeA0LAMANCwDQDQsAFA4LACQOCwBoDgsAbQ4LALwOCwDFDgsAEA8LAB0PCwBkDwsAaw8LALgPCwDEDwsADBALABIQCwBgEAsAZhALALQQCwC5EAsACBELAA4RCwDoQxAAZhELALARCwC+EQsABBILABQSCwBYEgsAWhILAKwSCwC7EgsAABMLAAoTCwBUEwsAXBMLAOREEACuEwsA/BMLAAgUCwA4RRAAVRQLAKQUCwCsFAsA+BQLAAgVCwBMFQsAWhULAKAVCwCtFQsA9BULAPsVCwBIFgsAUBYLAOBFEACtFgsA8BYLAPcWCwBEFwsATBcLAJgXCwClFwsA7BcLAPEXCwBAGAsAShgLAJQYCwCcGAsA6BgLAAEZCwA8GQsASBkLAJAZCwCYGQsANEYQAPAZCwA4GgsAOxoLAIwaCwCRGgsA4BoLAPEaCwA0GwsATxsLAIgbCwCUGwsA3BsLAOMbCwAwHAsATBwLAIQcCwCMHAsAiEYQAN0cCwAsHQsANh0LAIAdCwCIHQsA1B0LAOQdCwAoHgsALR4LAHweCwCFHgsA0B4LAN0eCwAkHwsAKx8LANxGEACBHwsAzB8LANkfCwAgIAsALyALAHQgCwB+IAsAyCALANYgCwAcIQsAISELAHAhCwB9IQsAxCELAMwhCwAwRxAAJCILAGwiCwB5IgsAwCILAMMiCwAUIwsAIiMLAGgjCwBtIwsAvCMLAMkjCwAQJAsAGCQLAIRHEABsJAsAuCQLAL4kCwAMJQsAvyQLAEx+CwAYJQsAYCULAH0lCwC0JQsAvSULAAgmCwAWJgsAXCYLAGImCwCwJgsAvCYLAAQnCwALJwsA2EcQAF4nCwCsJwsAuicLAAAoCwAbKAsAVCgLAGAoCwCoKAsArigLACxIEAAfKQsAgEgQAFUpCwCkKQsAsSkLAPgpCwAFKgsATCoLAFgqCwCgKgsAryoLAPQqCwD+KgsASCsLAFYrCwCcKwsAoSsLAPArCwD9KwsARCwLAGAsCwCYLAsAoCwLANRIEAD4LAsAQC0LAF0tCwCULQsAnS0LAOgtCwD2LQsAPC4LAEIuCwCQLgsAnC4LAOQuCwDrLgsAOC8LAEAvCwCMLwsAoi8LAOAvCwDlLwsANDALADswCwCIMAsAkTALANwwCwDtMAsAMDELADwxCwCEMQsAjDELAHxJEADeMQsALDILADEyCwCAMgsAmzILANQyCwDiMgsAKDMLAC8zCwB8MwsAiDMLANAzCwDTMwsAJDQLACw0CwB4NAsAeTQLAMw0CwDONAsAIDULAC81CwB0NQsAlDULAMg1CwDKNQsAHDYLADM2CwBwNgsAfDYLAMQ2CwDMNgsA0EkQABk3CwBsNwsAeDcLAMA3CwDPNwsAFDgLABw4CwAkShAAajgLALw4CwDKOAsAEDkLACE5CwB4ShAAazkLAMxKEADAOQsAdEsQABY6CwBgOgsAbDoLALQ6CwDKOgsACDsLABQ7CwBcOwsAbzsLALA7CwC+OwsABDwLAA48CwDISxAAYDwLABxMEADCPAsAAD0LAAw9CwBUPQsAYT0LAKg9CwCyPQsA/D0LAP49CwBQPgsAWj4LAKQ+CwCyPgsA+D4LAP0+CwBMPwsAWT8LAKA/CwCoPwsA9D8LAARACwBIQAsASkALAJxACwClQAsA8EALAAFBCwBEQQsATkELAHBMEACkQQsA7EELAANCCwBAQgsAW0ILAMRMEACtQgsA6EILAO5CCwA8QwsARkMLABhNEACSQwsA5EMLAPVDCwA4RAsAQEQLAIxECwBURAsAQGwLAJhECwDgRAsA5kQLADRFCwA6RQsAiEULAI1FCwDcRQsA4kULAGxNEABMRgsAhEYLAIxGCwBoThAA5kYLACxHCwA9RwsAgEcLAJFHCwDURwsA4EcLAChICwAvSAsAvE4QAI1ICwDQSAsA4UgLACRJCwAwSQsAeEkLAH9JCwAQTxAAzkkLACBKCwAhSgsAdEoLAHxKCwDISgsAzUoLABxLCwAlSwsAcEsLAHpLCwDESwsAzEsLABhMCwAdTAsAbEwLAHxMCwDATAsAyEwLABRNCwAqTQsAaE0LAHRNCwC8TQsA0k0LABBOCwAVTgsAZE4LAGpOCwC4TgsAzE4LAGRPEAAiTwsAYE8LAG5PCwC0TwsAwU8LAAhQCwAKUAsAXFALAGZQCwCwUAsAvFALAARRCwALUQsAWFELAGBRCwCsUQsAxVELAABSCwAUUgsAVFILAFxSCwCoUgsAqlILAPxSCwAJUwsAUFMLAFVTCwCkUwsArlMLAPhTCwADVAsATFQLAFhUCwCgVAsAplQLAPRUCwD8VAsASFULAElVCwCcVQsAolULAPBVCwD1VQsARFYLAFNWCwCYVgsApFYLAOxWCwDvVgsAQFcLAENXCwC4TxAAmVcLAOhXCwAEWAsADFAQAFxYCwCQWAsAmFgLAGBQEADqWAsAOFkLAERZCwC0UBAAklkLAOBZCwDsWQsAAFMQADVaCwDQXQsARFoLAIhaCwCKWgsA3FoLAOZaCwAwWwsAMlsLAIRbCwCVWwsA2FsLAOBbCwAsXAsAOFwLAIBcCwCGXAsA1FwLANpcCwAoXQsALV0LAHxdCwCCXQsAVFMQANJdCwAkXgsAKl4LAHheCwB7XgsAzF4LANheCwAgXwsAKF8LAFBUEAB6XwsAyF8LAM5fCwAcYAsAIWALAHBgCwB2YAsApFQQAMZgCwAYYQsAIWELAGxhCwCDYQsAwGELAMthCwAUYgsAHmILAGhiCwBwYgsAoFUQAMliCwAQYwsAGGMLAGRjCwBuYwsAuGMLAMNjCwAMZAsAEmQLAGBkCwBsZAsAtGQLALZkCwAIZQsAD2ULAFxlCwBkZQsAsGULAMJlCwD0VRAAQWYLAFhmCwBgZgsArGYLAM9mCwDwVhAAAmcLAFRnCwBhZwsAqGcLAK9nCwD8ZwsADWgLAFBoCwBcaAsApGgLAKtoCwD4aAsA+WgLACCJCwAAaQsARFcQAF9pCwCgaQsAr2kLAPRpCwAAagsASGoLAElqCwCcagsApmoLAPBqCwD+agsARGsLAElrCwCYawsApWsLAJhXEAD0awsA7FcQAEhsCwBAWBAAomwLAOhsCwD3bAsAPG0LAFxtCwCQbQsAnG0LAORtCwDrbQsAOG4LAEBuCwCMbgsAjm4LAOBuCwDqbgsAPFkQAD5vCwCIbwsAkG8LAJBZEADmbwsAMHALADhwCwDkWRAAwnALANhwCwDgcAsALHELAEpxCwA4WhAAjnELANRxCwDbcQsAAPYMAORxCwAocgsAOHILAHxyCwCIcgsA0HILANZyCwAkcwsAQHMLAHhzCwCAcwsAjFoQAOBzCwAgdAsAKnQLAHR0CwCAdAsAyHQLANB0CwDgWhAAJ3ULAHB1CwBydQsAxHULAMp1CwAYdgsAIHYLADRbEABudgsAwHYLAMN2CwAUdwsAHHcLAGh3CwB4dwsAvHcLAL53CwAQeAsAHngLAGR4CwB1eAsAiFsQAL94CwDcWxAAEnkLAGB5CwBleQsAtHkLALp5CwAwXBAAEnoLAFx6CwBeegsAsHoLAMN6CwAEewsADHsLAFh7CwBkewsArHsLALJ7CwAAfAsABnwLAFR8CwBZfAsAqHwLAK58CwAsXRAABX0LAFB9CwBdfQsApH0LAKt9CwD4fQsAAH4LAIBdEABYfgsAoH4LAKp+CwD0fgsAAH8LAEh/CwBXfwsAnH8LAKZ/CwDwfwsA/H8LAESACwBLgAsA1F0QAJuACwAExw0AnoALAOyACwCngAsA6OYMAPiACwBAgQsASIELACheEACggQsA6IELAPKBCwA8ggsASIILAJCCCwCfggsA5IILAO6CCwA4gwsARIMLAIyDCwCTgwsAfF4QAO6DCwA0hAsAAIQLAHzXDABLhAsAiIQLAJWECwDchAsA3oQLADCFCwBBhQsAhIULAKCFCwDYhQsA4IULANBeEABFhgsAgIYLAJSGCwDUhgsA3IYLACiHCwArhwsAfIcLAIqHCwDQhwsA54cLACSICwAxiAsAeIgLAHqICwDMiAsA3YgLACRfEAAmiQsAdIkLAHmJCwDIiQsA3okLAByKCwAqigsAcIoLAHOKCwDEigsA0IoLABiLCwAeiwsAbIsLAHiLCwDAiwsA6YsLABSMCwAgjAsAaIwLAHeMCwC8jAsAxowLABCNCwAejQsAZI0LAGmNCwC4jQsAxY0LAHhfEAAOjgsAYI4LAG6OCwC0jgsAwY4LAAiPCwAajwsAzF8QAGuPCwCwjwsAvI8LAASQCwAdkAsAWJALAFqQCwCskAsAu5ALAACRCwAgkQsAVJELAFyRCwCokQsAy5ELACBgEAABkgsAUJILAFOSCwCkkgsArpILAPiSCwAAkwsATJMLAFKTCwCgkwsArJMLAPSTCwADlAsASJQLAFSUCwCclAsAqZQLAPCUCwD6lAsARJULAEyVCwCYlQsAp5ULAOyVCwDulQsAQJYLAFGWCwCUlgsApZYLAOiWCwDwlgsAPJcLAE2XCwCQlwsAkpcLAOSXCwDnlwsAOJgLAEKYCwCMmAsAsJgLAOCYCwD8mAsAdGAQADqZCwCImQsAjZkLANyZCwDrmQsAMJoLADyaCwCEmgsAh5oLANiaCwDbmgsALJsLADSbCwCAmwsAj5sLANSbCwDZmwsAKJwLAD6cCwB8nAsAfZwLANCcCwDhnAsAJJ0LADCdCwB4nQsAgp0LAMydCwDYnQsAIJ4LACeeCwDIYBAAeJ4LAMieCwDWngsAHJ8LACafCwBwnwsAe58LAMSfCwDMnwsAGKALACSgCwBsoAsAf6ALAMCgCwDOoAsAFKELAB6hCwBooQsAcKELALyhCwDLoQsAEKILABWiCwBkogsAa6ILALiiCwDEogsAHGEQABijCwBgowsAY6MLALSjCwC3owsACKQLACKkCwBcpAsAaKQLALCkCwDDpAsABKULABKlCwBYpQsAYqULAKylCwDPpQsAcGEQAAqmCwBUpgsAYKYLAKimCwCvpgsA/KYLAASnCwBQpwsAVKcLAKSnCwCypwsA+KcLAAKoCwBMqAsAV6gLAKCoCwCoqAsA9KgLAAOpCwBIqQsATakLAJypCwCjqQsA8KkLAPypCwBEqgsATKoLAMRhEACuqgsALKgNALGqCwDsqgsA9qoLAECrCwBMqwsAlKsLAJerCwDoqwsA8qsLADysCwA/rAsAkKwLAKCsCwDkrAsA5qwLADitCwBGrQsAjK0LAJ2tCwAYYhAA560LAGxiEABNrgsAiK4LAJKuCwDcrgsA6K4LADCvCwAzrwsAhK8LAI6vCwDAYhAA3a8LACywCwBMsAsAgLALAIiwCwAUYxAA4rALACixCwA+sQsAfLELAIixCwDQsQsA17ELACSyCwAssgsAeLILAH2yCwDMsgsA1bILACCzCwAqswsAdLMLAHyzCwDIswsA1rMLABy0CwAptAsAcLQLAHi0CwBoYxAA1LQLABi1CwAgtQsAvGMQAHO1CwDAtQsAzLULABS2CwAbtgsAaLYLAHC2CwC8tgsAxrYLABC3CwAetwsAZLcLAHq3CwC4twsAxLcLAAy4CwARuAsAYLgLAGm4CwC0uAsAvrgLAAi5CwAQuQsAXLkLAGG5CwCwuQsAwLkLAAS6CwAMugsAEGQQAGK6CwCsugsAr7oLADBsDAC0ugsAZGQQAA67CwBUuwsAarsLAKi7CwC0uwsA/LsLAAO8CwBQvAsAWLwLAKS8CwCpvAsA+LwLAAG9CwBMvQsAVr0LAKC9CwCovQsA9L0LAPa9CwBwyQsAAr4LAEi+CwBVvgsAnL4LAKS+CwC4ZBAA/L4LAES/CwBHvwsAmL8LAKK/CwAMZRAA+r8LAEDACwBWwAsAlMALAKDACwDowAsA78ALADzBCwBEwQsAkMELAJXBCwDkwQsA7cELADjCCwBCwgsAjMILAJTCCwDgwgsA4sILADTDCwBEwwsAiMMLAJLDCwDcwwsA6MMLADDECwA2xAsAtGUQAJLECwDYxAsA7sQLACzFCwA4xQsAgMULAIXFCwDUxQsA3cULACjGCwAyxgsAfMYLAITGCwDQxgsA8sYLAAhmEAAzxwsAeMcLAITHCwDMxwsAzccLACDICwAqyAsAdMgLAILICwDIyAsAzcgLABzJCwApyQsAXGYQAIDJCwDEyQsAzskLABjKCwAkygsAbMoLAHLKCwDAygsAyMoLAFhnEAAZywsAaMsLAHDLCwC8ywsAyMsLAJTVCwDVywsAEMwLABzMCwBkzAsAbMwLAKxnEADFzAsADM0LABTNCwBgzQsAbs0LALTNCwDBzQsACM4LAAvOCwBczgsAZs4LALDOCwCyzgsABM8LABHPCwBYzwsAZ88LAKzPCwC4zwsAANALAAjQCwAAaBAAZNALAKjQCwCw0AsA/NALAAjRCwBQ0QsAVtELAKTRCwCq0QsA+NELAP3RCwBM0gsAUtILAFRoEACt0gsA9NILAPnSCwBI0wsAUtMLAJzTCwCk0wsA8NMLAPzTCwBE1AsAV9QLAJjUCwCm1AsA7NQLAO/UCwBA1QsAStULAKhoEACn1QsA6NULAPbVCwA81gsAP9YLAJDWCwCa1gsA/GgQAOnWCwA41wsA8tYLAGj1CwBA1wsAjNcLAJjXCwDg1wsA5tcLADTYCwDz1wsAHPMLADrYCwCI2AsAjdgLANzYCwDi2AsAUGkQADbZCwCE2QsAidkLANjZCwDe2QsApGkQADraCwCA2gsAm9oLANTaCwDg2gsAKNsLAC/bCwD4aRAAhdsLANDbCwDd2wsAJNwLADDcCwB43AsAi9wLAMzcCwDN3AsAIN0LACzdCwB03QsAg90LAMjdCwDS3QsAHN4LACjeCwBw3gsAd94LAExqEADK3gsAGN8LAB7fCwBs3wsAcd8LAMDfCwDG3wsA9GoQAB3gCwBo4AsAdeALALzgCwDA4AsAEOELABLhCwBk4QsAceELALjhCwDC4QsASGsQABPiCwBg4gsAaOILALTiCwDA4gsACOMLABvjCwBc4wsAa+MLALDjCwC84wsABOQLAAXkCwBY5AsAYuQLAKzkCwC65AsAAOULAAXlCwBU5QsAYeULAJxrEAC05QsA/OULAALmCwBQ5gsAVuYLAKTmCwCp5gsA+OYLAP7mCwDwaxAAUecLAKDnCwCq5wsAmGwQAPznCwBI6AsAVegLAJzoCwCh6AsA8OgLAProCwBE6QsATOkLAJjpCwCk6QsA7OkLAP/pCwBA6gsAQeoLAJTqCwCg6gsA6OoLAPfqCwA86wsARusLAJDrCwCY6wsA5OsLAObrCwDsbBAAQewLAIzsCwCb7AsA4OwLAO/sCwA07QsAQO0LAIjtCwCL7QsA3O0LAN/tCwBAbRAAMu4LAITuCwCH7gsA2O4LAODuCwAs7wsAOe8LAIDvCwCF7wsA1O8LAN7vCwAo8AsAMPALAHzwCwCI8AsA0PALAOPwCwAk8QsAJfELAHjxCwCE8QsAzPELANvxCwAg8gsAKvILAHTyCwCA8gsAyPILAM/yCwCUbRAAK/MLAHDzCwB88wsAxPMLAMXzCwAY9AsAIvQLAGz0CwB69AsAwPQLAMX0CwAU9QsAIfULAOhtEAB59QsAPG4QAMn1CwAQ9gsAHvYLAGT2CwB19gsAuPYLANr2CwCQbhAAEfcLAGD3CwAS9wsAMC0MAGj3CwC09wsAtfcLAPj7CwC39wsA9PwLALn3CwD8+gsAuvcLAET+CwC79wsAAPoLAMP3CwAI+AsAzfcLADgBDAAN+AsAXPgLAGn4CwCw+AsAvfgLAAT5CwAQ+QsAWPkLAGf5CwCs+QsAtvkLAORuEAAO+gsAVPoLAFb6CwCo+gsAufoLADhvEAD9+gsAUPsLAFz7CwCk+wsAsfsLAIxvEAAG/AsATPwLAFn8CwCg/AsAt/wLAOBvEAD9/AsAlP8LAP78CwBI/QsASv0LAJz9CwCi/QsA8P0LAPr9CwA0cBAAUP4LAJj+CwCa/gsA7P4LAPv+CwBA/wsAS/8LAIhwEACj/wsA6P8LAPf/CwA8AAwASAAMAJAADACcAAwA5AAMAOsADADccBAARAEMAIwBDACUAQwAMHEQAPkBDAA0AgwARQIMAIgCDACUAgwAhHEQAOMCDAAwAwwAOAMMAIQDDACFAwwA2AMMAN4DDAAsBAwAMQQMAIAEDACBBAwA1AQMAOAEDAAoBQwALgUMAHwFDACGBQwA0AUMAN4FDAAQCwwA5AUMACQGDAAsBgwA2HEQAIgGDADMBgwA1AYMACAHDAApBwwAdAcMAC0HDAAUCgwAgQcMAMgHDADPBwwAHAgMACgIDABwCAwAgAgMAMQIDADSCAwAGAkMACUJDABsCQwAeAkMAMAJDADHCQwALHIQAB0KDABoCgwAeQoMALwKDADNCgwAgHIQABwLDABkCwwAZwsMALgLDADACwwADAwMABEMDABgDAwAcAwMALQMDAC8DAwACA0MABENDABcDQwAFQ0MAPwPDABpDQwAsA0MALcNDAAEDgwAEA4MAFgODABoDgwArA4MALoODAAADwwADQ8MAFQPDABgDwwAqA8MAK8PDADUchAABRAMAFAQDABhEAwApBAMALUQDAAocxAA/RAMAEwRDABZEQwAoBEMAKwRDAD0EQwA/hEMAEgSDABcEgwAnBIMAJ0SDADwEgwA/BIMAEQTDABjEwwAmBMMAKATDADsEwwA8RMMAEAUDABZFAwAlBQMAL0UDADoFAwA9BQMADwVDABLFQwAkBUMAJoVDADkFQwA7BUMADgWDABDFgwAjBYMAI4WDADgFgwA4xYMADQXDAA8FwwAiBcMAJUXDADcFwwA4RcMADAYDAA4GAwAhBgMAIYYDADYGAwA4hgMACwZDAA2GQwAgBkMAIYZDADUGQwA4hkMACgaDABBGgwAfBoMAIUaDADQGgwA2hoMACQbDAAwGwwAfHMQAIQbDADMGwwA1hsMACAcDAArHAwAdBwMAHkcDADIHAwAzxwMABwdDAAkHQwAcB0MAJodDADQcxAAyx0MABgeDAAgHgwAbB4MAJYeDADAHgwAxR4MABQfDAAVHwwAaB8MAHIfDAC8HwwAyh8MABAgDAAVIAwAZCAMAHEgDAC4IAwA1CAMAAwhDAAoIQwAJHQQAG0hDAC0IQwAuCEMAAgiDAAOIgwAXCIMAF4iDACwIgwAsSIMAAQjDAAnIwwAWCMMAHwjDACsIwwA1iMMAAAkDAAIJAwAVCQMAFkkDACoJAwAtSQMAPwkDAAEJQwAUCUMAFIlDACkJQwArCUMAPglDAAiJgwATCYMAFkmDACgJgwApSYMAPQmDAABJwwASCcMAFQnDACcJwwAxicMAPAnDAD4JwwARCgMAF8oDACYKAwAmigMAOwoDAD9KAwAQCkMAEkpDACUKQwAoCkMAHh0EAD1KQwAPCoMAFcqDACQKgwAlSoMAOQqDAAEKwwAOCsMAEQrDACMKwwAlCsMAMx0EADuKwwANCwMAD4sDACILAwAkywMANwsDADkLAwAdHUQADktDACELQwAji0MANgtDADjLQwALC4MAEAuDACALgwAlS4MANQuDADcLgwAKC8MAD8vDAB8LwwAgS8MANAvDADaLwwAJDAMACwwDADIdRAAejAMAMwwDADdMAwAIDEMACMxDAB0MQwAgDEMABx2EADWMQwAHDIMAC0yDABwdhAAczIMAMQyDADHMgwAGDMMACQzDABsMwwAcjMMAMAzDADKMwwAxHYQACE0DABoNAwAfzQMALw0DADENAwAGHcQACA1DABkNQwAcDUMALg1DAC+NQwADDYMABg2DABgNgwAGjYMAIx3DgBtNgwAtDYMAMM2DAAINwwAFDcMAFw3DABkNwwAbHcQALg3DAAEOAwABjgMAFg4DABnOAwArDgMALY4DAAAOQwACTkMAFQ5DABWOQwAqDkMALk5DAD8OQwAEToMAFA6DABYOgwApDoMAOM6DAD4OgwAADsMAEw7DABYOwwAoDsMALM7DAD0OwwA9TsMAEg8DABUPAwAnDwMAKs8DADwPAwA+jwMAEQ9DABQPQwAmD0MAJ89DAAUeBAACD4MAGh4EABDPgwAlD4MAJw+DADoPgwA9T4MADw/DABBPwwAkD8MAJo/DADkPwwA7D8MADhADABCQAwAfEQMAEhADAB0RgwAYkAMAIxADACWQAwA4EAMAJxADACEQgwA5kAMADRBDAA9QQwAiEEMAJRBDADcQQwABkIMADBCDABMQgwAEHkQAIZCDADYQgwA6UIMACxDDAAvQwwAgEMMAIxDDADUQwwA/kMMAChEDABERAwAZHkQAIJEDADQRAwA2UQMACRFDAAuRQwAeEUMAINFDADMRQwA4EUMACBGDAA8RgwAuHkQAHZGDADIRgwA2UYMABxHDAAfRwwAcEcMAIRHDADERwwA4EcMAAx6EAAgSAwAYHoQAHRIDAC0ehAAzEgMABRJDAAaSQwAaEkMAG5JDAC8SQwAwUkMABBKDAAWSgwACHsQAG5KDAC4SgwAwEoMALB7EAASSwwAYEsMAGhLDAC0SwwAwUsMAAhMDAAUTAwAXEwMAF5MDACwTAwAtkwMAARNDAAMTQwAWE0MAGpNDAAEfBAAuU0MAABODAAHTgwAVE4MAFxODACoTgwArU4MAPxODAAMTwwAUE8MAFhPDACkTwwAsk8MAPhPDAAFUAwATFAMAE1QDACgUAwAqVAMAPRQDAD+UAwAWHwQAE1RDACcUQwAqFEMAPBRDADzUQwARFIMAExSDACYUgwApVIMAOxSDADxUgwAQFMMAEpTDACUUwwAnFMMAOhTDAD0UwwAPFQMAE9UDACQVAwAnlQMAORUDADnVAwAOFUMAEJVDACsfBAAlVUMAOBVDADtVQwANFYMAD5WDACIVgwAllYMANxWDADyVgwAMFcMADxXDACEVwwAkFcMANhXDADrVwwALFgMADtYDACAWAwAjFgMANRYDADVWAwAKFkMADJZDAB8WQwAilkMANBZDADVWQwAJFoMADFaDAAAfRAAhloMAMxaDADiWgwAIFsMACxbDAB0WwwAe1sMAMhbDADQWwwAHFwMACFcDABwXAwAeVwMAMRcDADOXAwAGF0MACBdDABsXQwAcF0MAMBdDADCXQwAFF4MACJeDABoXgwAcl4MALxeDADKXgwAEF8MAB1fDABkXwwAe18MALhfDADAXwwADGAMABxgDABgYAwAZWAMALRgDAC6YAwACGEMABBhDABcYQwAYWEMALBhDACxYQwABGIMABBiDABYYgwAXmIMAKxiDACuYgwAAGMMAApjDABUYwwAYmMMAKhjDACtYwwA/GMMAAlkDAD8fRAAZ2QMAKRkDACqZAwA+GQMAARlDABMZQwAY2UMAKBlDACiZQwA9GUMAP5lDABIZgwAVGYMAJxmDACoZgwA8GYMAPZmDABEZwwASmcMAJhnDACdZwwA7GcMAPJnDABQfhAAQ2gMANRQDgBLaAwAlGgMAJVoDADoaAwA8mgMADxpDABsaQwApH4QAJNpDADkaQwA7mkMAPh+EABBagwAjGoMAKJqDADgagwA9moMADRrDAA2awwAiGsMAI5rDADcawwA8GsMAKB/EAA4bAwAhGwMAExsDAA42BAAimwMAOR6DQCUbAwA2GwMAJ1sDABs1w0A2mwMACxtDAA6bQwAgG0MAJFtDAD0fxAA220MAEiAEAAxbgwAaFoNADRuDAB8bgwAf24MANBuDADZbgwAJG8MADVvDAB4bwwAgm8MAMxvDADUbwwAIHAMAOhvDADYpw0AI3AMAHRwDAB9cAwAyHAMAN5wDAAccQwAMnEMAHBxDABycQwAxHEMAMpxDAAYcgwALHIMAJyAEACXcgwAwHIMAOtyDADwgBAAGnMMAGBHDQAgcwwAuHQMACFzDAAESQ0AI3MMAAhIDQAkcwwAaHMMAGpzDAC8cwwAynMMABB0DAAhdAwARIEQAGx0DACYgRAAvnQMAAx1DAASdQwAYHUMAGV1DAC0dQwAunUMAOyBEAAUdgwAXHYMAGR2DACUghAAvHYMAAR3DAAOdwwAWHcMAGF3DACsdwwArXcMAAB4DAAIeAwAVHgMAFl4DACoeAwAuHgMADyDEAAIeQwAUHkMAFJ5DACkeQwAqnkMAPh5DAD/eQwATHoMAFF6DACgegwApHoMAPR6DAABewwASHsMAFB7DACcewwAoXsMAPB7DAAAfAwAkIMQAFV8DACYfAwApHwMAOx8DAD7fAwAQH0MAEp9DACUfQwAon0MAOh9DAD1fQwAPH4MAFN+DADkgxAAk34MAIyEEADnfgwAOH8MAOt+DABIlRAAQH8MAIx/DAC3fwwA4H8MAAuADAA0gAwAX4AMAOCEEACRgAwA3IAMAN2ADAAwgQwAP4EMAISBDABGgQwAKIMMAJWBDADYgQwA2oEMACyCDAAvggwAgIIMAIOCDADUggwA3IIMANyFEAAtgwwAfIMMAIODDADQgwwA2YMMACSEDAA1hAwAeIQMAISEDADMhAwA1IQMADCGEAAmhQwAdIUMAHuFDADIhQwAzYUMAByGDAAghgwAcIYMAH2GDADEhgwA04YMABiHDAAphwwAbIcMAG6HDADAhwwAw4cMABSIDAAXiAwAaIgMAHCIDACEhhAAwYgMAKjMDADHiAwAoF0OAMiIDAAQiQwAE4kMAGSJDABuiQwA2IYQAMGJDAAMigwAG4oMAGCKDABvigwAtIoMAMCKDAAIiwwAC4sMAFyLDABfiwwALIcQALOLDAAEjAwAL4wMAICHEABgjAwA1IcQALSMDAAoiBAACI0MAHyIEABZjQwAqI0MALWNDAD8jQwA/40MAFCODABVjgwApI4MALWODAD4jgwABI8MANCIEABRjwwAoI8MALGPDAD0jwwAAJAMAEiQDABikAwAnJAMAKCQDACUkgwAo5AMAOCUDACmkAwAMJYMAKiQDACQkwwAqpAMAJiRDACtkAwA8JAMAPWQDABEkQwAW5EMACSJEAClkQwA7JEMAPyRDABAkgwARZIMAHiJEACWkgwA6JIMAO6SDAA8kwwASZMMAMyJEACWkwwA5JMMAOqTDAA4lAwAPZQMAIyUDACSlAwAIIoQAOyUDAA0lQwATZUMAIiVDACRlQwA3JUMAPOVDAB0ihAANpYMAISWDACGlgwA2JYMAOeWDAAslwwAOJcMAMiKEACClwwA1JcMAOWXDAAomAwANpgMAHyYDACDmAwA0JgMANKYDAAkmQwALpkMAHiZDACGmQwAzJkMANGZDAAgmgwALZoMAHSaDAB8mgwAyJoMAMyaDAAcmwwAHpsMAHCbDAB2mwwAxJsMANGbDAAcixAAJZwMAGycDACDnAwAwJwMANycDABwixAAIJ0MAGidDABpnQwAvJ0MAMKdDAAQngwAHJ4MAGSeDABzngwAuJ4MALqeDAAMnwwAFp8MAGCfDABunwwAtJ8MALmfDAAIoAwAFaAMAFygDABkoAwAsKAMALSgDAAEoQwABqEMAFihDABeoQwArKEMALmhDADEixAADaIMAFSiDABrogwAqKIMAMSiDAAYjBAABaMMAFCjDABeowwApKMMAK6jDAD4owwABKQMAEykDABPpAwAoKQMALykDAD0pAwA/KQMAGyMEABUpQwAnKUMAJ+lDADwpQwA+qUMAGiNEABNpgwAmKYMAKamDADspgwA9qYMAECnDABMpwwAlKcMAJynDAAQjhAA6qcMADyoDABKqAwAkKgMAKGoDABkjhAA66gMALiOEAA9qQwAjKkMAJSpDADgqQwA5qkMADSqDAA9qgwAiKoMAJWqDABgjxAA4aoMADCrDADoqgwA1KwMADmrDACEqwwAjqsMANirDADgqwwALKwMAG+sDACArAwAiKwMALSPEADarAwAKK0MAC6tDAB8rQwAhK0MANCtDAATrgwAJK4MACyuDAAIkBAAgK4MAFyQEADVrgwAIK8MAC6vDAB0rwwAfq8MAMivDADUrwwAHLAMAB+wDABwsAwAeLAMAASREADQsAwAGLEMABuxDABssQwAdrEMAFiREADIsQwArJEQACKyDABosgwAebIMALyyDADIsgwAELMMABOzDAAAkhAAqbMMALizDAD9swwAVJIQABy0DABgtAwAYrQMALS0DADCtAwACLUMABm1DACokhAAeLUMALC1DAC4tQwA/JIQAAq2DACIKA0AF7YMAFi2DABntgwArLYMALi2DAAAtwwAAbcMAFS3DABetwwAqLcMALa3DAD8twwAAbgMAFC4DABduAwAUJMQALK4DAD4uAwABbkMAEy5DABUuQwApJMQAKy5DAD0uQwAHboMAEi6DABUugwAnLoMAKu6DADwugwA+roMAES7DABSuwwAmLsMAJ27DADsuwwA+bsMAEC8DABIvAwAlLwMAKK8DADovAwA9bwMADy9DABEvQwA+JMQAJK9DAAc1g0Anr0MAOS9DADuvQwAOL4MAES+DACMvgwAk74MAOC+DADovgwANL8MADi/DACIvwwAlr8MANy/DADmvwwAMMAMADvADACEwAwAjMAMANjADADawAwALMEMADTBDACAwQwAjcEMANTBDADZwQwAKMIMADXCDAB8wgwAmsIMANDCDAD/wgwAJMMMADDDDAB4wwwAfsMMAMzDDADRwwwAIMQMACjEDAB0xAwAgMQMAMjEDADbxAwAHMUMACrFDABwxQwAesUMAMTFDADMxQwAGMYMACfGDABsxgwAccYMAMDGDADHxgwAFMcMACDHDABoxwwAhMcMALzHDADExwwATJQQABLIDABkyAwAcsgMALjIDADFyAwADMkMABrJDABgyQwAbckMALTJDADLyQwACMoMABDKDABcygwAasoMALDKDAC9ygwABMsMAAzLDAD0lBAAZssMAKzLDACtywwAnJUQAAzMDABUzAwAW8wMAPCVEACvzAwA/MwMAAHNDABElhAAWM0MAJiWEACszQwA+M0MAOvNDABQ7w4A+c0MAPghDQD7zQwA8CMNAAHODABMzgwAAs4MAKggDQAIzgwA9CINAFnODACgzgwAq84MAPTODAD2zgwASM8MAFXPDACczwwAo88MAPDPDAAB0AwARNAMAFDQDACY0AwAn9AMAOzQDAD00AwA7JYQAEbRDACU0QwAmtEMAOjRDADt0QwAPNIMAELSDABAlxAAnNIMAOTSDADu0gwAONMMADzTDACM0wwAmNMMAODTDADs0wwANNQMAEHUDACI1AwAkNQMANzUDADm1AwAMNUMADzVDACE1QwAh9UMANjVDADi1QwA6JcQAC7WDACA1gwAg9YMANTWDADX1gwAkJgQADDXDADkmBAAitcMANDXDADR1wwAOJkQACzYDACMmRAAfdgMAMzYDADT2AwAINkMACXZDADgmRAAfNkMADSaEADQ2QwAHNoMACbaDABw2gwAe9oMAMTaDADS2gwAGNsMABvbDABs2wwAdNsMAMDbDADK2wwAFNwMACDcDABo3AwAa9wMALzcDADG3AwAiJoQAB7dDABk3QwAet0MALjdDADE3QwADN4MABPeDABg3gwAaN4MALTeDAC53gwACN8MABHfDABc3wwAZt8MALDfDAC43wwABOAMAAbgDABY4AwAaOAMAKzgDAC24AwAAOEMAAzhDABU4QwAWuEMAKjhDACw4QwAMJsQAAriDABQ4gwAUeIMAISbEACp4gwA2JsQAPriDABM4wwATeMMAKDjDACj4wwA9OMMAP/jDABI5AwATeQMAJzkDACm5AwALJwQABTlDABE5QwATOUMAICcEACa5QwA7OUMAP3lDABA5gwAUeYMAJTmDACX5gwA1JwQAO7mDAA85wwAQecMAJDnDACT5wwA5OcMAOfnDAA46AwAQOgMACidEACa6AwA4OgMAOPoDAA06QwAP+kMAIjpDACU6QwA3OkMAOPpDAAw6gwAOOoMAITqDACS6gwA2OoMAOXqDAAs6wwANOsMAHydEACM6wwA1OsMANfrDAAo7AwAMuwMAHzsDACE7AwA0J0QANzsDAAk7QwAKu0MAHjtDACC7QwAzO0MAODtDAAg7gwAKO4MACSeEACB7gwAyO4MANDuDAAc7wwAH+8MAHDvDAB87wwAxO8MAM7vDAAY8AwAIfAMAGzwDABt8AwAwPAMANjwDAAU8QwAFvEMAGjxDAB58QwAvPEMAM3xDAAQ8gwAGPIMAGTyDABz8gwAuPIMALryDAAM8wwAHfMMAGDzDABx8wwAtPMMAM3zDAAI9AwACvQMAFz0DABr9AwAsPQMAND0DADMnhAABvUMAFj1DAB49QwArPUMAMD1DAAcoBAACPYMAFT2DABh9gwAqPYMAK32DAD89gwABvcMAFD3DABY9wwApPcMAKr3DAD49wwAAfgMAEz4DABZ+AwAcKAQAKz4DAD0+AwA+vgMAEj5DABO+QwAnPkMAKX5DADw+QwA8fkMAET6DABO+gwAmPoMAKT6DADs+gwA8/oMAMSgEABI+wwAGKEQAJz7DABsoRAA8PsMAMChEABI/AwAkPwMAKD8DADk/AwA6fwMADj9DAA+/QwAjP0MAJj9DADg/QwA6P0MABSiEABF/gwAiP4MAJn+DADc/gwA7v4MADD/DAA4/wwAhP8MAI//DADY/wwA3f8MACwADQAxAA0AgAANAKAADQBoohAA5AANACgBDQAyAQ0AfAENAIgBDQDQAQ0A1gENACQCDQAsAg0AeAINAHoCDQDMAg0AhAINAGAIDQDdAg0AIAMNADEDDQB0Aw0AhgMNAMgDDQDQAw0AHAQNACcEDQBwBA0AdQQNAMQEDQDJBA0AGAUNADgFDQC8ohAAbgUNAMAFDQDPBQ0AFAYNAB8GDQBoBg0AegYNALwGDQDEBg0AEAcNABsHDQBkBw0AaQcNALgHDQC9Bw0ADAgNACwIDQAQoxAAYggNALQIDQDDCA0ACAkNABMJDQBcCQ0AbgkNALAJDQC4CQ0ABAoNAA8KDQBYCg0AXQoNAKwKDQCxCg0AAAsNACALDQBkoxAAYQsNAKgLDQC/Cw0AuKMQAAkMDQBQDA0AZwwNAAykEACxDA0A+AwNAP8MDQBMDQ0AWg0NAKANDQCtDQ0A9A0NAAsODQBgpBAAUA4NALSkEACeDg0A8A4NAP4ODQBEDw0AVQ8NAAilEAClDw0A7A8NAAMQDQBcpRAAShANAJQQDQCgEA0A6BANAOsQDQA8EQ0ARhENALClEACsEQ0ABKYQAOwRDQBYphAAQBINAIwSDQCNEg0AKBYNAI8SDQAwFA0AkxINAAwdDQCWEg0A4BINAJsSDQAgGA0AnBINACQXDQDlEg0AZBwNAOwSDQA0Ew0ANxMNAIgTDQCSEw0ArKYQAOQTDQAApxAAORQNAIQUDQBQFA0AFBsNAJIUDQDYFA0A4hQNACwVDQA4FQ0AgBUNAIMVDQDUFQ0A3BUNAFSnEAAqFg0AfBYNAH8WDQDQFg0A0xYNAKinEAAmFw0AeBcNAIYXDQDMFw0A3RcNAFCoEAAiGA0AdBgNAIEYDQDIGA0A1xgNABwZDQAoGQ0AcBkNAIEZDQDEGQ0A1RkNABgaDQAkGg0AbBoNAHMaDQDAGg0AyBoNAPioEAAiGw0AaBsNAGkbDQBMqRAAyBsNABAcDQAXHA0AoKkQAGscDQC4HA0AvRwNAEiqEAAVHQ0AYB0NAGYdDQC0HQ0Ath0NAAgeDQASHg0AXB4NAGoeDQCwHg0AtR4NAAQfDQARHw0AWB8NAHAfDQCsHw0Awh8NAAAgDQADIA0AVCANAFwgDQDwqhAAtCANAPwgDQD/IA0AUCENAFohDQBEqxAArCENAJirEAD6IQ0ATCINAE8iDQCgIg0AoyINAOyrEAD2Ig0ASCMNAFYjDQCcIw0ArSMNAJSsEAD5Iw0ARCQNAFIkDQCYJA0AXSQNAOC2DgCiJA0A7CQNAPgkDQBAJQ0AQyUNAJQlDQCcJQ0APK0QAAImDQCQrRAAViYNAJAmDQCqJg0A5K0QAOkmDQDUKg0A8iYNAHwrDQD0Jg0AOCcNADonDQCMJw0AmicNAOAnDQDxJw0AOK4QADsoDQCMrhAAjigNANwoDQDhKA0AMCkNADYpDQDgrhAAiikNANgpDQDdKQ0ALCoNAEIqDQCAKg0AiCoNAIivEAD0Kg0AKCsNADArDQDcrxAAkysNANArDQDdKw0AJCwNACksDQB4LA0AfiwNAMwsDQDYLA0AIC0NACctDQB0LQ0AfC0NAMgtDQDrLQ0AhLAQACkuDQBwLg0Afy4NAMQuDQDGLg0AGC8NACEvDQBsLw0Agy8NAMAvDQDLLw0AFDANAB4wDQBoMA0AcDANACyxEADCMA0AEDENABYxDQBkMQ0AaTENALgxDQC+MQ0AgLEQAC4yDQBgMg0AaDINACiyEAC9Mg0ACDMNAAkzDQBcMw0AZDMNALAzDQC7Mw0ABDQNAAk0DQBYNA0AXTQNAKw0DQDMNA0AfLIQAAY1DQBUNQ0AWzUNAKg1DQCtNQ0A/DUNAAA2DQBQNg0AXTYNAKQ2DQCsNg0A+DYNAAM3DQBMNw0AUTcNAKA3DQClNw0A9DcNABQ4DQDQshAAVzgNAJw4DQCnOA0A8DgNAPg4DQBEOQ0ARzkNAJg5DQBOOQ0AjDwNAKQ5DQDsOQ0A9jkNAEA6DQBJOg0AlDoNAJU6DQDoOg0A8DoNADw7DQBHOw0AkDsNAJU7DQDkOw0A6TsNADg8DQBYPA0AJLMQAJg8DQDgPA0A4jwNADQ9DQA6PQ0AiD0NAI89DQDcPQ0A4T0NADA+DQA0Pg0AhD4NAJE+DQDYPg0A4D4NACw/DQA3Pw0AgD8NAIU/DQDUPw0A2T8NAChADQBIQA0AeLMQAIRADQDMsxAA2kANACRBDQAtQQ0AeEENAH5BDQDMQQ0A2EENACBCDQA+Qg0AdEINAHVCDQDIQg0AykINABxDDQApQw0AcEMNAH5DDQDEQw0A00MNABhEDQA0RA0AbEQNAHREDQB0tBAA00QNABRFDQAVRQ0AaEUNAHRFDQC8RQ0Ay0UNABBGDQAaRg0AZEYNAHBGDQC4Rg0Av0YNAMi0EAAURw0AHLUQAGlHDQC0Rw0AwUcNAHC1EAANSA0AXEgNAGlIDQCwSA0AukgNAMS1EAAGSQ0AWEkNAG5JDQCsSQ0AuEkNABi2EAAISg0A6GAOAB5KDQBUSg0AckoNAKhKDQCwSg0A/EoNAMpKDQBYhA4A/UoNAKBMDQD/Sg0A8E0NAAhLDQCshA4ADEsNAFBLDQBSSw0ApEsNALJLDQD4Sw0ACUwNAGy2EABUTA0AwLYQAKJMDQD0TA0A90wNAEhNDQBLTQ0AFLcQAKRNDQBotxAA+k0NAJCkDQAQTg0ARE4NAFJODQCYTg0AmU4NALy3EAD0Tg0AELgQAGNPDQBkuBAAoU8NAOhPDQD2Tw0APFANAEZQDQCQUA0AmFANAORQDQDlUA0A0FUNAP9QDQCEUw0ADVENADhRDQBBUQ0AjFENAI1RDQDgUQ0A7lENADRSDQA+Ug0AiFINAJRSDQDcUg0A4lINADBTDQBMUw0AuLgQAJJTDQDYUw0A5VMNACxUDQA2VA0AgFQNAIJUDQDUVA0A61QNAChVDQA0VQ0AfFUNAJhVDQAMuRAA4VUNACRWDQAmVg0AeFYNAIJWDQDMVg0A3FYNACBXDQAlVw0AdFcNAHpXDQDIVw0A3lcNABxYDQAkWA0AcFgNAHNYDQDEWA0AzVgNABhZDQAmWQ0AbFkNAHZZDQDAWQ0AzFkNABRaDQAwWg0AYLkQAHVaDQC8Wg0AxFoNABBbDQATWw0AWLINACBbDQBkWw0AZlsNAFyxDQByWw0AuFsNAMVbDQAMXA0AGlwNAGBcDQBjXA0AtFwNAL9cDQAIXQ0AFF0NAFxdDQBjXQ0AsF0NALhdDQAEXg0ABl4NAFheDQBoXg0ArF4NALZeDQAAXw0ADF8NAFRfDQBaXw0AqF8NALBfDQC0uRAA/l8NAFBgDQBeYA0ApGANALFgDQD4YA0ABGENAExhDQBSYQ0AoGENAKNhDQD0YQ0A/GENAEhiDQBKYg0ANGcNAEtiDQDsYw0AWGINAJxiDQCeYg0AzGsNAKFiDQDwYg0A+WINAERjDQBRYw0AmGMNAJ9jDQAIuhAA9WMNACxpDQD2Yw0AkGUNAAxkDQBAZA0ATmQNAJRkDQCVZA0AXLoQAPRkDQA8ZQ0AQ2UNALC6EACSZQ0A5GUNAOplDQA4Zg0AQmYNAIxmDQCYZg0A4GYNAOdmDQAEuxAATWcNAIhnDQCNZw0A3GcNAOJnDQAwaA0AOmgNAIRoDQCQaA0A2GgNAN9oDQBYuxAAO2kNAIBpDQCPaQ0A1GkNAOBpDQAoag0AK2oNAHxqDQB/ag0A0GoNAOBqDQAkaw0ALWsNAHhrDQCJaw0ArLsQANprDQAgbA0AMWwNAAC8EAB7bA0AVLwQANBsDQAcbQ0AHm0NAAhyDQAfbQ0AwG4NACxtDQBwbQ0Acm0NAKB2DQB1bQ0AxG0NAM1tDQAYbg0AJW4NAGxuDQBzbg0AqLwQAMluDQAAdA0Aym4NAGRwDQDgbg0AFG8NACJvDQBobw0AaW8NAPy8EADIbw0AEHANABdwDQBQvRAAZnANALhwDQC+cA0ADHENABZxDQBgcQ0AbHENALRxDQC7cQ0ApL0QACFyDQBccg0AYXINALByDQC2cg0ABHMNAA5zDQBYcw0AZHMNAKxzDQCzcw0A+L0QAA90DQBUdA0AY3QNAKh0DQC0dA0A/HQNAP90DQBQdQ0AU3UNAKR1DQC0dQ0A+HUNAAF2DQBMdg0AXXYNAEy+EACudg0A9HYNAAV3DQCgvhAAT3cNAPS+EACkdw0A8HcNACl4DQBEeA0ATHgNAJh4DQCoeA0A7HgNAO54DQBAeQ0ATnkNAJR5DQCleQ0ASL8QAO55DQA8eg0ASHoNAJy/EAC8eg0ARMAQAO16DQA4ew0ARXsNAIx7DQCoew0A4HsNAOh7DQCYwBAARXwNAIh8DQCKfA0A3HwNAN18DQAwfQ0AM30NAIR9DQCQfQ0A2H0NAN99DQAsfg0ASH4NAIB+DQCIfg0AQMEQAOF+DQAofw0AOH8NAHx/DQCBfw0A0H8NAACADQCUwRAAKoANAOjBEACAgA0AzIANAM2ADQD8iQ0A0oANAJAJDwDWgA0AIIENANiADQBkhQ0A3IANAMCDDQDqgA0ARI0NACWBDQAEAg8AK4ENABj9DgAsgQ0AdIENAHeBDQDIgQ0A0oENADzCEAAkgg0AcIINAHaCDQDEgg0AzYINABiDDQAlgw0AbIMNAIiDDQCQwhAAwoMNABSEDQDFgw0ALA0PACKEDQBohA0AeYQNAOTCEADChA0AEIUNAByFDQA4wxAAaoUNALiFDQC+hQ0ADIYNABGGDQBghg0AZoYNADTEEAC7hg0AMMUQAA2HDQBchw0AZIcNALCHDQC8hw0ABIgNABeIDQBYiA0AZIgNAKyIDQC7iA0AAIkNAAmJDQBUiQ0AXokNAKiJDQC0iQ0A2MUQAA2KDQBQig0AXIoNAKSKDQCmig0A+IoNAPuKDQBMiw0AWIsNAKCLDQCoiw0ALMYQAACMDQBIjA0AWIwNAJyMDQCojA0A8IwNAPaMDQCAxhAAZo0NAJiNDQCgjQ0A7I0NABSODQBAjg0AS44NAJSODQCgjg0A6I4NAPmODQA8jw0APY8NANTGEACWjw0A5I8NAPGPDQAoxxAARZANAIyQDQCjkA0A4JANABCRDQA0kQ0APJENAIiRDQCSkQ0A3JENAOiRDQAwkg0AM5INAISSDQCOkg0AfMcQAOCSDQAskw0AMpMNAICTDQCJkw0A1JMNAOGTDQAolA0ARJQNANDHEAB+lA0A0JQNAIOUDQDwoQ0A3ZQNACSVDQArlQ0AeJUNAHqVDQDMlQ0A0pUNACCWDQAnlg0AdJYNAIyWDQDIlg0AzZYNAByXDQDUlg0AxJcNACWXDQBwlw0AepcNACTIEADKlw0AGJgNAB6YDQBsmA0AcZgNAMCYDQDGmA0AeMgQABWZDQBomQ0AeZkNALyZDQDImQ0AEJoNABqaDQBkmg0AcJoNALiaDQC/mg0AzMgQAA6bDQBgmw0AF5sNAPwYDwBjmw0AtJsNANSbDQAInA0AEJwNACDJEABtnA0AsJwNALecDQAEnQ0ADJ0NAFidDQBbnQ0A/J4NAGidDQCsnQ0Arp0NAACeDQAOng0AVJ4NAGWeDQB0yRAAr54NAMjJEAAFnw0AUJ8NAF+fDQCknw0As58NAPifDQAEoA0ATKANAE+gDQCgoA0Ao6ANAPSgDQAEoQ0ASKENAFGhDQCcoQ0AraENABzKEAD1oQ0ARKINAE2iDQCYog0AoqINAOyiDQD0og0AQKMNAF6jDQCUow0AsqMNAOijDQAGpA0APKQNAFqkDQBwyhAAl6QNAOSkDQDppA0AOKUNAPCkDQA0pg0AQaUNAIylDQCWpQ0A4KUNAPylDQDEyhAAOqYNAIimDQCOpg0A3KYNAPimDQAYyxAAWKcNAMDLEACspw0AFMwQAOCnDQAQzRAAQqgNAICoDQCCqA0A1KgNANqoDQAoqQ0APKkNAHypDQCEqQ0A0KkNAPipDQBkzRAALaoNAHiqDQCFqg0AzKoNANqqDQAgqw0AKqsNAHSrDQCOqw0AyKsNANWrDQAcrA0AKKwNAHCsDQB6rA0AxKwNAMysDQC4zRAAH60NAGytDQB0rQ0ADM4QAJitDQAIzxAAzK0NABSuDQAbrg0AaK4NAHCuDQBgzhAAvq4NABCvDQAhrw0AZK8NAGyvDQC4rw0Awq8NAAywDQAYsA0AYLANAGOwDQC0sA0AvrANAFzPEAAksQ0AsM8QAGqxDQCwsQ0AwbENAATQEAALsg0AWNAQAGGyDQCssg0Au7INAACzDQAPsw0AVLMNAGCzDQCosw0Aq7MNAPyzDQD/sw0AULQNAGC0DQCktA0ArbQNAPi0DQAJtQ0ArNAQAE61DQCgtQ0AWLUNAEi2DQCjtQ0A9LUNAPy1DQAA0RAATrYNAJy2DQCotg0A8LYNAPi2DQBU0RAAULcNAJi3DQCbtw0A7LcNAPa3DQCo0RAARbgNAJS4DQCquA0A6LgNAOm4DQA8uQ0ATbkNAJC5DQCcuQ0A5LkNAO65DQA4ug0ARLoNAPzREACYug0A4LoNAOO6DQA0uw0APrsNAKTSEACLuw0A3LsNAN+7DQAwvA0APLwNAIS8DQCKvA0A2LwNAOK8DQD40hAAMb0NAIC9DQCNvQ0A1L0NANe9DQAovg0ARL4NAHy+DQCEvg0ATNMQANi+DQCg0xAALL8NAPTTEAB7vw0AzL8NAI+/DQAcfg4A7L8NACDADQA0wA0ASNQQAIHADQCc1BAAycANABzBDQAiwQ0AcMENAHzBDQDEwQ0A08ENABjCDQAawg0AbMINAHbCDQDAwg0AzMINABTDDQAbww0A8NQQAHTDDQBE1RAAxMMNAJjVEAASxA0AZMQNAHLEDQC4xA0AycQNAIzYEAASxQ0AYMUNAGzFDQDg2BAAusUNAAjGDQAOxg0AXMYNAGHGDQCwxg0AtsYNAIjZEAAHxw0AWMcNAGTHDQCsxw0AsscNAADIDQAKyA0AMNoQAFnIDQCoyA0AtcgNAPzIDQD/yA0AUMkNAGXJDQCkyQ0ArMkNAITaEAAAyg0ATMoNAFjKDQCgyg0ApsoNAPTKDQD6yg0ASMsNAE3LDQCcyw0AossNAHzcEAD/yw0ARMwNAFPMDQCYzA0AocwNAOzMDQDyzA0AQM0NAEbNDQCUzQ0AoM0NAOjNDQDvzQ0APM4NAETODQAk3RAAms4NAOTODQDvzg0AOM8NAETPDQCMzw0Aks8NAODPDQDozw0ANNANAEDQDQCI0A0AjtANANzQDQDi0A0AMNENADXRDQCE0Q0AitENAHjdEADf0Q0ALNINADrSDQCA0g0AjdINANTSDQDr0g0AKNMNAETTDQB80w0AhNMNAMzdEADj0w0AJNQNACbUDQB41A0AjtQNAMzUDQDN1A0AINUNADHVDQB01Q0AgNUNACDeEADk1Q0AdN4QADLWDQBw1g0AcdYNAMTWDQDV1g0AGNcNACTXDQDI3hAAcdcNAMDXDQDG1w0AFNgNADTYDQBo2A0AdNgNALzYDQDD2A0AHN8QABbZDQBk2Q0AadkNALjZDQC+2Q0AcN8QACDaDQBg2g0AYdoNALTaDQDA2g0ACNsNACTbDQBc2w0AZNsNAGzgEAC82w0ABNwNACDcDQBY3A0AYNwNABThEAC43A0AAN0NAAbdDQBU3Q0AWt0NAKjdDQDA3Q0A/N0NAAbeDQBQ3g0AXN4NAKTeDQCn3g0A+N4NAALfDQBM3w0AZN8NAKDfDQCw3w0A9N8NAPbfDQBI4A0AVuANAJzgDQCt4A0AaOEQAPbgDQBE4Q0AUOENALzhEACg4Q0AZOIQAPjhDQBA4g0AQ+INAJTiDQCe4g0AuOIQAOriDQA84w0ASuMNAJDjDQCh4w0AYOMQAOvjDQC04xAAQOQNAAjkEACU5A0ABOUQAOLkDQA05Q0AQeUNAIjlDQCX5Q0A3OUNAOLlDQAw5g0APOYNAITmDQCG5g0A2OYNAOLmDQAs5w0AOucNAIDnDQCF5w0A1OcNAOHnDQAo6A0ANOgNAHzoDQCP6A0A0OgNAN/oDQAk6Q0AMOkNAHjpDQB56Q0AzOkNANbpDQAg6g0ALuoNAHTqDQB56g0AyOoNANXqDQBY5RAAJusNAHDrDQB+6w0AxOsNAMfrDQAY7A0AKOwNAGzsDQB67A0AwOwNAMzsDQAU7Q0AG+0NAGjtDQBv7Q0AvO0NAMjtDQAQ7g0AEe4NAGTuDQBw7g0AuO4NAMXuDQAM7w0AE+8NAGDvDQBs7w0AtO8NAMHvDQAI8A0AF/ANAFzwDQBw8A0AsPANALzwDQAE8Q0AF/ENAFjxDQBn8Q0ArPENALjxDQAA8g0AAfINAFTyDQBe8g0AqPINALbyDQD88g0AAfMNAFDzDQBd8w0ArOUQAKXzDQD48w0ACfQNAEz0DQBa9A0AoPQNAK/0DQD09A0A9vQNAEj1DQBS9Q0AnPUNAKr1DQDw9Q0A9fUNAET2DQBR9g0AmPYNAKf2DQDs9g0A8fYNAED3DQBN9w0AlPcNAJ73DQDo9w0A9PcNADz4DQBP+A0AkPgNAJr4DQDk+A0A8PgNADj5DQBL+Q0AjPkNAJv5DQDg+Q0A7PkNADT6DQA1+g0AiPoNAJL6DQDc+g0A6voNADD7DQA1+w0AhPsNAJH7DQAA5hAA3fsNACz8DQA5/A0AgPwNAIr8DQDU/A0A2vwNACj9DQAq/Q0AfP0NAIn9DQDQ/Q0A0/0NACT+DQAy/g0AeP4NAIT+DQDM/g0A2f4NACD/DQAq/w0AdP8NAIP/DQDI/w0Azf8NABwADgApAA4AcAAOAH0ADgDEAA4A0AAOABgBDgAnAQ4AbAEOAHYBDgDAAQ4AzgEOABQCDgAZAg4AaAIOAHUCDgC8Ag4AyAIOABADDgAjAw4AZAMOAHMDDgC4Aw4AxAMOAAwEDgANBA4AYAQOAGoEDgC0BA4AwgQOAAgFDgANBQ4AXAUOAGkFDgBU5hAAwwUOAAQGDgATBg4AWAYOAGQGDgCsBg4ArQYOAAAHDgAKBw4AVAcOAGIHDgCoBw4ArQcOAPwHDgAJCA4AqOYQAGMIDgCkCA4AswgOAPgIDgAECQ4ATAkOAE0JDgCgCQ4AqgkOAPQJDgACCg4ASAoOAE0KDgCcCg4AqQoOAPzmEADyCg4ARAsOAFILDgCYCw4ApQsOAOwLDgD4Cw4AQAwOAEYMDgCUDA4ApQwOAOgMDgDqDA4APA0OAEUNDgCQDQ4AnQ0OAOQNDgDzDQ4AOA4OAEMODgCMDg4AmA4OAOAODgDzDg4ANA8OAEMPDgCIDw4AlA8OANwPDgDdDw4AMBAOADoQDgCEEA4AkhAOANgQDgDdEA4ALBEOADkRDgBQ5xAAjREOANQRDgDiEQ4AKBIOADISDgB8Eg4AihIOANASDgDSEg4AJBMOADUTDgB4Ew4AhhMOAMwTDgD7Ew4AIBQOACIUDgB0FA4AfhQOAMgUDgDWFA4AHBUOACEVDgBwFQ4AfRUOAMQVDgDQFQ4AGBYOACsWDgBsFg4AexYOAMAWDgDMFg4AFBcOABUXDgBoFw4AchcOALwXDgDKFw4AEBgOABUYDgBkGA4AcRgOAKTnEAC6GA4ADBkOAA4ZDgBgGQ4AbxkOALQZDgDDGQ4ACBoOABQaDgBcGg4AXxoOALAaDgCzGg4ABBsOAAobDgBYGw4AZBsOAKwbDgCvGw4AABwOAAUcDgBUHA4AXRwOAKgcDgCuHA4A/BwOAAsdDgBQHQ4AXB0OAKQdDgC0HQ4A+B0OAPodDgBMHg4AWh4OAKAeDgCxHg4A+OcQAPoeDgBIHw4AVB8OAEzoEACvHw4A8B8OAP8fDgBEIA4AUCAOAJggDgCZIA4A7CAOAPYgDgBAIQ4ATiEOAJQhDgCZIQ4A6CEOAPUhDgCg6BAASCIOAJAiDgCaIg4A5CIOAA0jDgA4Iw4APyMOAIwjDgClIw4A4CMOAO8jDgA0JA4AQyQOAIgkDgCNJA4A3CQOAOkkDgAwJQ4APSUOAIQlDgCQJQ4A2CUOAOclDgAsJg4ANiYOAIAmDgCOJg4A1CYOANkmDgAoJw4ANScOAHwnDgCIJw4A0CcOAOMnDgAkKA4AMygOAHgoDgCEKA4AzCgOAM0oDgAgKQ4AKikOAHQpDgCCKQ4AyCkOAM0pDgAcKg4AKSoOAPToEACBKg4AxCoOANUqDgAYKw4AJCsOAGwrDgCDKw4AwCsOAMIrDgAULA4AJSwOAGgsDgBrLA4AvCwOAMYsDgAQLQ4AEi0OAGQtDgBuLQ4AuC0OAMQtDgAMLg4AGC4OAGAuDgBzLg4AtC4OAMMuDgAILw4AFC8OAFwvDgBdLw4AsC8OALovDgAEMA4AEjAOAFgwDgBdMA4ArDAOALkwDgBI6RAAAjEOAFQxDgBeMQ4AqDEOALAxDgCc6RAADzIOAFAyDgBcMg4ApDIOALMyDgD4Mg4AATMOAEwzDgBWMw4AoDMOAK4zDgD0Mw4A+TMOAEg0DgBVNA4AnDQOAKg0DgDwNA4AAzUOAEQ1DgBTNQ4AmDUOAKQ1DgDsNQ4A7TUOAEA2DgBKNg4AlDYOAKI2DgDoNg4A7TYOADw3DgBJNw4A8OkQAJI3DgDkNw4A7jcOADg4DgBAOA4AROoQAJE4DgDgOA4A9jgOADQ5DgA1OQ4AiDkOAJk5DgDcOQ4A6DkOADA6DgA6Og4AhDoOAJI6DgDYOg4A3ToOACw7DgA5Ow4AgDsOAIw7DgDUOw4A5zsOACg8DgA3PA4AfDwOAIg8DgDQPA4A0TwOACQ9DgAuPQ4AeD0OAIY9DgDMPQ4A0T0OACA+DgAtPg4AmOoQAHY+DgDIPg4A0j4OABw/DgAkPw4A7OoQAIY/DgDEPw4A0D8OABhADgAdQA4AbEAOAHVADgDAQA4AykAOABRBDgAgQQ4AaEEOAHtBDgC8QQ4Ay0EOABBCDgAcQg4AZEIOAGVCDgC4Qg4AwkIOAAxDDgAaQw4AYEMOAGVDDgC0Qw4AwUMOAEDrEAAKRA4AXEQOAGZEDgCwRA4AuEQOAJTrEAARRQ4AWEUOAGdFDgCsRQ4At0UOAABGDgAMRg4AVEYOAGNGDgCoRg4AyEYOAPxGDgAIRw4AUEcOAFdHDgCkRw4AskcOAPhHDgD9Rw4ATEgOAFhIDgCgSA4As0gOAPRIDgADSQ4ASEkOAFRJDgCcSQ4AnUkOAPBJDgD6SQ4AREoOAFJKDgCYSg4AnUoOAOxKDgD5Sg4A6OsQAEJLDgCUSw4AnksOAOhLDgDwSw4APOwQAFlMDgCQTA4AoUwOAORMDgDwTA4AOE0OAEtNDgCMTQ4Am00OAOBNDgDsTQ4ANE4OADVODgCITg4Akk4OANxODgDqTg4AME8OADVPDgCETw4AkU8OAJDsEADaTw4ALFAOADZQDgCAUA4AiFAOAOTsEADxUA4AKFEOADlRDgB8UQ4AiFEOANBRDgDjUQ4AJFIOADNSDgB4Ug4AhFIOAMxSDgDNUg4AIFMOACpTDgB0Uw4AglMOAMhTDgDNUw4AHFQOAClUDgA47RAAclQOAMRUDgDOVA4AGFUOACBVDgCM7RAAfVUOAMBVDgDUVQ4AFFYOABhWDgBoVg4AalYOALxWDgDQVg4AEFcOABNXDgBkVw4AgVcOALhXDgDJVw4ADFgOABhYDgBgWA4Ac1gOALRYDgDDWA4ACFkOABRZDgBcWQ4AXVkOALBZDgC6WQ4ABFoOABJaDgBYWg4AXVoOAKxaDgC5Wg4A4O0QAAJbDgBUWw4AXlsOAKhbDgCwWw4ANO4QAP5bDgBQXA4AXlwOAKRcDgC1XA4AiO4QAP9cDgDc7hAAVF0OAIDwEACmXQ4A9F0OAPldDgBIXg4ATF4OAJxeDgCpXg4A1PAQAPVeDgBEXw4ASF8OAJhfDgCaXw4A7F8OAAVgDgBAYA4AUWAOAJRgDgCgYA4AKPEQAOtgDgB8Zg4A9GAOADxhDgBPYQ4AkGEOAJFhDgDkYQ4A8GEOADhiDgBHYg4AjGIOAJZiDgDgYg4A7GIOADRjDgA7Yw4AfPEQAJBjDgDcYw4A3mMOAKxvDgDfYw4AyGgOAOJjDgAwZA4A6GMOABRrDgDpYw4AzNAOADxkDgCEZA4Ak2QOANhkDgDkZA4ALGUOADplDgCAZQ4Am2UOANRlDgDgZQ4AKGYOAC9mDgDQ8RAAiWYOANBmDgDSZg4AJGcOACVnDgB4Zw4Ae2cOAMxnDgDXZw4AIGgOACVoDgB0aA4AfmgOACTyEADVaA4AHGkOAB5pDgBwaQ4AcWkOAMRpDgDHaQ4AGGoOACNqDgBsag4AcWoOAMBqDgDKag4AePIQACdrDgBoaw4AaWsOALxrDgDIaw4AEGwOAB9sDgBkbA4AbmwOALhsDgDEbA4ADG0OABNtDgDM8hAAaG0OALRtDgC2bQ4ACG4OABduDgBcbg4AZm4OALBuDgC5bg4ABG8OAAZvDgBYbw4AaW8OAHTzEAC7bw4AAHAOAApwDgBUcA4AXXAOAKhwDgCqcA4A/HAOAA1xDgBQcQ4AWHEOAKRxDgDCcQ4A+HEOAAByDgBMcg4AWHIOAKByDgCzcg4A9HIOAPVyDgBIcw4AVHMOAJxzDgCrcw4A8HMOAPpzDgBEdA4AUHQOAJh0DgCfdA4AyPMQAP10DgBAdQ4AUXUOAJR1DgCcdQ4A6HUOAO91DgA8dg4ASnYOAJB2DgCgdg4A5HYOAPR2DgA4dw4AVHcOABz0EACZdw4A4HcOAPd3DgA0eA4APHgOAIh4DgCWeA4A3HgOAOZ4DgAweQ4APHkOAIR5DgCaeQ4A2HkOANt5DgAseg4ASHoOAHD0EACQeg4A1HoOAN56DgAoew4AMHsOAHx7DgCLew4A0HsOANV7DgAkfA4AMXwOAHh8DgCCfA4AzHwOAM58DgAgfQ4ALn0OAHR9DgCBfQ4AyH0OAMt9DgDE9BAAJ34OAHB+DgB6fg4AxH4OAMx+DgAYfw4AJ38OAGx/DgBxfw4AwH8OAM1/DgAUgA4AHoAOAGiADgBqgA4AvIAOAMqADgAQgQ4AHYEOAGSBDgBngQ4AGPUQALuBDgAMgg4AGIIOAGCCDgBngg4AtIIOALyCDgAIgw4AIYMOAFyDDgBwgw4AsIMOAMyDDgAEhA4ADIQOAMD1EABghA4AFPYQALmEDgAAhQ4AB4UOAFSFDgBchQ4AqIUOAK2FDgD8hQ4ADIYOAFCGDgBYhg4ApIYOALKGDgD4hg4ABYcOAEyHDgBZhw4AoIcOAKyHDgD0hw4A+ocOAEiIDgBQiA4AnIgOAKiIDgDwiA4AA4kOAESJDgBTiQ4AmIkOAKSJDgDsiQ4A7YkOAECKDgBKig4AlIoOAKKKDgDoig4A7YoOADyLDgBJiw4AaPYQAJOLDgDkiw4A7osOADiMDgA6jA4AjIwOAJuMDgDgjA4AAI0OADSNDgA8jQ4AiI0OAJKNDgDcjQ4A4o0OADCODgAyjg4AhI4OAJOODgDYjg4A5I4OACyPDgA0jw4AvPYQAJ6PDgDUjw4A8o8OABD3EABBkA4AfJAOAIGQDgDQkA4A65AOACSRDgAwkQ4AeJEOAICRDgBk9xAA35EOACCSDgAvkg4AdJIOAICSDgDIkg4AyZIOAByTDgAmkw4AcJMOAH6TDgDEkw4AyZMOABiUDgAllA4AuPcQAHCUDgDAlA4AwpQOABSVDgAXlQ4AaJUOAHCVDgC8lQ4AxpUOABCWDgAblg4AZJYOAHCWDgC4lg4AwJYOAAz4EAAalw4AYJcOAGaXDgC0lw4AwJcOAAiYDgAXmA4AXJgOAGaYDgCwmA4AuJgOAASZDgATmQ4AWJkOAFqZDgCsmQ4AtZkOAACaDgADmg4AVJoOAGCaDgComg4AsJoOAGD4EAAMmw4AUJsOAFibDgCkmw4ArpsOAPibDgADnA4ATJwOAFicDgCgnA4AqJwOALT4EAD5nA4ASJ0OAFmdDgCcnQ4ArZ0OAPCdDgD1nQ4ARJ4OAEieDgCYng4App4OAOyeDgD5ng4AQJ8OAFefDgCUnw4AnJ8OAOifDgD0nw4APKAOAE+gDgCQoA4An6AOAOSgDgDwoA4AOKEOADmhDgCMoQ4AlqEOAOChDgDuoQ4ANKIOADmiDgCIog4AlaIOAAj5EADiog4AMKMOAD6jDgCEow4AkaMOANijDgDvow4ALKQOADSkDgCApA4Ai6QOANSkDgDWpA4AKKUOADWlDgB8pQ4Ag6UOANClDgDhpQ4AJKYOADKmDgB4pg4AhaYOAMymDgDjpg4AIKcOACinDgB0pw4AeacOAMinDgDYpw4AHKgOACSoDgBwqA4AeqgOAMSoDgDPqA4AGKkOACSpDgBsqQ4AdKkOALD5EADZqQ4AFKoOABmqDgBoqg4Ag6oOALyqDgDIqg4AEKsOABirDgAE+hAAd6sOALirDgDHqw4ADKwOABisDgBgrA4AYawOALSsDgC+rA4ACK0OABatDgBcrQ4AYa0OALCtDgC9rQ4AWPoQAAyuDgBYrg4AWq4OAKyuDgC5rg4AAK8OAAWvDgBUrw4AXq8OAKivDgCzrw4A/K8OAAiwDgBQsA4AVrAOAKSwDgCssA4A+LAOAASxDgBMsQ4AX7EOAKCxDgCvsQ4A9LEOAACyDgBIsg4ASbIOAJyyDgCmsg4A8LIOAP6yDgBEsw4ASbMOAJizDgClsw4ArPoQAPGzDgBAtA4AT7QOAJS0DgCjtA4A6LQOAPG0DgA8tQ4AQrUOAJC1DgCWtQ4A5LUOAPC1DgA4tg4AP7YOAIy2DgCotg4AAPsQAOq2DgA0tw4AQLcOAIi3DgCLtw4A3LcOAOa3DgBU+xAAOLgOAKj7EACMuA4A/PsQAOC4DgBQ/BAANLkOAIC5DgCBuQ4ADMEOAI25DgDUuQ4AlLkOAGy+DgCXuQ4AnMcOAJm5DgA4yw4A1bkOACi6DgA+ug4AfLoOAIS6DgDQug4A0roOAHC9DgDeug4AJLsOACy7DgCk/BAAMbsOAHi7DgB7uw4AzLsOANa7DgAgvA4AIrwOAHS8DgCFvA4AyLwOANm8DgAcvQ4AJL0OAPj8EAB3vQ4AxL0OAMu9DgAYvg4AIL4OAEz9EABuvg4AwL4OAMa+DgAUvw4AIb8OAGi/DgBwvw4AvL8OAL6/DgAQwA4AF8AOAGTADgBrwA4AuMAOAMDADgCg/RAAGcEOAGDBDgBhwQ4AtMEOAMrBDgAIwg4AEMIOAFzCDgBewg4A/MQOAGrCDgCwwg4AuMIOAPT9EAC9wg4ABMMOAAfDDgBYww4AYsMOAKzDDgCuww4AAMQOABHEDgBUxA4AZcQOAKjEDgCwxA4ASP4QAAPFDgBQxQ4AV8UOAKTFDgCsxQ4AnP4QAALGDgBMxg4ATsYOAKDGDgCxxg4A9MYOAAXHDgBIxw4AUMcOAPD+EAChxw4AKM8OAKjHDgDwxw4ABsgOAETIDgBMyA4AmMgOAKbIDgDsyA4A+cgOAEDJDgBDyQ4AlMkOAJ7JDgDoyQ4A6skOADzKDgBNyg4AkMoOAKHKDgDkyg4A7MoOAET/EABByw4AjMsOAJnLDgDgyw4A58sOADTMDgBFzA4AiMwOAJTMDgDczA4A5MwOAJj/EAA9zQ4AhM0OAIfNDgDYzQ4A4s0OACzODgAuzg4AgM4OAJHODgDUzg4A5c4OAOz/EAAwzw4AfM8OAJPPDgDQzw4A3M8OACTQDgAu0A4AeNAOAIDQDgBAABEAzdAOACDRDgA20Q4AdNEOAHzRDgDI0Q4A1tEOABzSDgAk0g4AlAARACnSDgBw0g4Ac9IOAMTSDgDO0g4AGNMOABrTDgBs0w4AfdMOAMDTDgDR0w4AFNQOABzUDgDoABEAbtQOALzUDgDB1A4AENUOACvVDgBk1Q4ActUOALjVDgC/1Q4ADNYOABjWDgBg1g4AZtYOALTWDgC31g4ACNcOABLXDgBc1w4AYtcOALDXDgCy1w4ABNgOAA7YDgBY2A4AZNgOAKzYDgDD2A4AANkOABTZDgBU2Q4AcNkOAKjZDgCw2Q4APAERAP7ZDgBQ2g4AXtoOAKTaDgC12g4AkAERAP/aDgDkAREAWtsOAKDbDgCq2w4A9NsOAP/bDgBI3A4AUNwOAJzcDgCo3A4A8NwOAAPdDgBE3Q4AU90OAJjdDgCk3Q4A7N0OAO3dDgBA3g4ASt4OAJTeDgCi3g4A6N4OAO3eDgA83w4ASd8OAIwCEQCY3w4A5N8OAO7fDgA44A4APeAOAIzgDgCU4A4A4OAOAObgDgA04Q4AQOEOAIjhDgCO4Q4A3OEOAOXhDgAw4g4APeIOAITiDgCM4g4A2OIOANniDgAs4w4ALuMOAIDjDgCD4w4A1OMOANfjDgA0AxEAPuQOAHzkDgCE5A4A0OQOANzkDgAk5Q4AKuUOAHjlDgB+5Q4AzOUOANHlDgB05g4A+OUOACDmDgAo5g4A3AMRAHrmDgAwBBEA3uYOABznDgAe5w4AcOcOAH3nDgDE5w4Ay+cOABjoDgAg6A4AbOgOAHzoDgDA6A4AwugOABTpDgAi6Q4AaOkOAHnpDgDYBBEAw+kOACwFEQAe6g4AZOoOAG7qDgC46g4Aw+oOAAzrDgAU6w4AYOsOAGzrDgC06w4Ax+sOAAjsDgAW7A4AXOwOAGbsDgCw7A4AuOwOAATtDgAT7Q4AWO0OAF3tDgCs7Q4As+0OAADuDgAM7g4A1AURAJHuDgCo7g4A5e4OAPzuDgAE7w4AKAYRAHjvDgCk7w4AsO8OAPjvDgD+7w4ATPAOAFLwDgCg8A4ApfAOAPTwDgD68A4AfAYRAEnxDgCc8Q4AovEOAPDxDgD18Q4ARPIOAFPyDgCY8g4ApPIOAOzyDgDv8g4AQPMOAEPzDgCU8w4AnPMOAOjzDgD38w4APPQOAEH0DgCQ9A4ApvQOAOT0DgDl9A4AOPUOAEn1DgCM9Q4AmPUOAOD1DgDq9Q4ANPYOAED2DgCI9g4Aj/YOANAGEQDs9g4AMPcOADz3DgCE9w4Ak/cOANj3DgDs9w4ALPgOADv4DgCA+A4AkfgOANT4DgDg+A4AJAcRACr5DgB8+Q4AivkOAND5DgDh+Q4AeAcRACr6DgB4+g4AhPoOAMwHEQDS+g4AIPsOACb7DgB0+w4AefsOAMj7DgDO+w4AyAgRACH8DgBw/A4AcvwOAMT8DgDV/A4AGAoRACT9DgBs/Q4Acv0OAMD9DgDM/Q4AFP4OABz+DgBsChEAbv4OALz+DgDI/g4AEP8OABj/DgDAChEAcP8OALj/DgC7/w4ADAAPABYADwAUCxEAYgAPALQADwDCAA8ACAEPABkBDwC8CxEAYgEPALABDwC8AQ8AEAwRAAwCDwBYAg8AWwIPAKwCDwC4Ag8AAAMPAAwDDwBUAw8AXAMPALgMEQCzAw8A/AMPAAgEDwBQBA8AWAQPAAwNEQCtBA8A+AQPAAkFDwBMBQ8AXQUPAKAFDwCoBQ8A9AUPAPcFDwBIBg8AUgYPAJwGDwCeBg8A8AYPAP8GDwBEBw8AZAcPAJgHDwCgBw8A7AcPAPYHDwBACA8ARggPAJQIDwCWCA8A6AgPAPcIDwA8CQ8ASAkPAGANEQCcCQ8A5AkPAAIKDwA4Cg8APgoPAIwKDwCVCg8A4AoPAO0KDwA0Cw8APAsPAIgLDwCeCw8A3AsPAN4LDwAwDA8ASwwPAIQMDwCQDA8A2AwPAOUMDwC0DREAMg0PAIANDwCIDQ8A1A0PAOoNDwAoDg8ALQ4PAHwODwCCDg8A0A4PANwODwAkDw8ALA8PAAgOEQCFDw8AzA8PANwPDwAgEA8AJRAPAHQQDwB6EA8AyBAPAN4QDwAcEQ8AHhEPAHARDwB6EQ8AxBEPANIRDwAYEg8AHRIPAGwSDwB5Eg8AXA4RAM8SDwAUEw8AHRMPAGgTDwByEw8AvBMPAMoTDwAQFA8AFRQPAGQUDwBxFA8AuBQPAMAUDwAMFQ8AHBUPAGAVDwBiFQ8AtBUPAMIVDwAIFg8AGRYPALAOEQBjFg8ABA8RALUWDwAEFw8AChcPAFgXDwBgFw8ArBcPALYXDwAAGA8AAhgPAFQYDwBXGA8AqBgPAMgYDwCsDxEACBkPAFAZDwBWGQ8ApBkPALAZDwD4GQ8AABoPAAAQEQBYGg8AoBoPAKYaDwD0Gg8AABsPAEgbDwBQGw8AVBARAJ4bDwDwGw8A/hsPAEQcDwBVHA8AqBARAKUcDwDsHA8AAx0PAPwQEQBKHQ8AlB0PAKAdDwDoHQ8A6x0PADweDwBGHg8AUBERAJUeDwDkHg8A7R4PADgfDwBJHw8AjB8PAJMfDwDgHw8A6B8PADQgDwBBIA8AiCAPAI0gDwDcIA8A5iAPADAhDwA4IQ8AhCEPAJMhDwDYIQ8A3SEPACwiDwBCIg8AgCIPAIEiDwDUIg8A4iIPACgjDwA5Iw8AfCMPAIgjDwDQIw8A2CMPAPgREQAoJA8AUAEAACwkDwDAjBAAMCQPABitDQCEJA8A3AgAANQkDwDAJw8AfSYPAFQqAADIJg8ATCwAANAnDwAQOwAAaygPAAQ+AAC/KA8AOEYAAGYpDwAokA4AZykPANhIAABrKQ8A9HQDAG4pDwAo2gYAvCkPAORaAABkKg8AIGEAALgqDwBEbQAAXysPANRzAAC/Kw8AsHwAAAgsDwD4fwAAWiwPAOiDAAAILQ8AGI0AAMctDwD8LQ8AUDAPAMDMAABIMQ8AkNgAAJwxDwDA4QAARDIPADDwAAD0Mg8AYPkAAGAzDwC0+QAAkjMPAAj6AADwMw8A8P8AAJY0DwCUAQEA6TQPAIAGAQCnNQ8AXA8BAOg1DwBEFQEATzYPAIQ2DwD0Ng8ALDcPADQ3DwCANw8AjDcPAHwcAQDcNw8AHB8BAJg4DwDQOA8A2DgPACQ5DwAmOQ8AVCYBAIQ5DwA8LAEAKDoPAGw1AQB8Ow8AXE4BACA8DwD4UQEANDwPAJRYEAA8PA8AnFYQAJE8DwBMUgEAxjwPAJxTAQAmPQ8A6FUBAG09DwDcWAEAwD0PANRaAQDEPg8ANG0BACY/DwBgPw8AaD8PAIhtAQDDPw8A1G8BAGRBDwDAiQEAtEEPAABCDwAQQg8AFIoBALRCDwAEjgEABEMPAFBDDwBgQw8AWI4BAAREDwDglgEASkYPACgYAgBORg8AzBkCAFJGDwCIrAEAXkYPAOgnAgD0Rg8AFI0QAPVGDwCoEwsA+EYPAHyvAQAIRw8AWDwLAEhHDwDYig8AXEcPANCvAQBsRw8AtM4QAJtHDwAksAEAnkcPAITECwBISA8AELUBAJxIDwBktQEARkkPAKC7AQDpSQ8A3MEBAJFKDwDMxQEA30oPADBLDwA8Sw8AdMYBADRMDwCATA8Ag0wPALiJDACMTA8ABM0BAOlMDwCkzwEASU0PAHxNDwDUTQ8A4CsMAOBNDwDA3QEA+k0PAJjSAQAwTg8A1NgBANhODwBs3QEAgE8PALzeAQDkTw8AEN8BAIBQDwC43wEAzVAPALTgAQDOUQ8A4OoBAHFSDwCMWQsAdFIPAMzvAQB2Ug8AVAsNAMRSDwCwkBAA1lIPABBTDwBsUw8AuFMPAIBTDwD4+QEAu1MPADjsCwDCUw8ADPcLAMVTDwDk1gsA01MPAMTxAQDZUw8AvPULAGJUDwAI9gEAiFQPAAy0DADCVA8ArPcBABRVDwCo+AEAaVgPAAgLAgDaZQ8AeBsMAHxmDwB4HwsAgmYPABCxAgC/Zw8AWFIQAMRnDwBkaA8A2GcPAFhrDwDgZw8ASFYQAORnDwDQwAIAZmgPANxvCwBoaA8AMO4LAGtoDwDgOwgAbmgPACTBAgBzaA8AeMECAHVoDwCIIgQAmWgPAFxsBAC8ag8AkNACAGBrDwCsaw8ArWsPADSZCwC2aw8A7OENALtrDwCQHg8Ay2sPABjgEAAKbA8AfNUCAP9sDwDY/QIAAm0PALjpCQADbQ8AzOsCAAVtDwC03AIABm0PAEjiAgAIbQ8ASPMDAAltDwCU5AIACm0PAFzyAgALbQ8AVN8CAAxtDwAE7wMAEm0PAIjnAgA5bQ8AVO4OAEZwDwBoLgMASnAPAMQCAwBOcA8A8L4LAKRwDwAQBQMA6HIPAJQjAwBNdA8APDkDAPV0DwAUQwMAo3UPAARHAwDhdQ8AREwDANZ2DwBUXQMAMHcPAHx3DwCKdw8AoF8DAHx4DwBMtQ0AhngPAChoAwB3eQ8AlHcDAMt6DwA0jwMAbXsPAGiXAwAmfA8AaHwPAGZ9DwDUogQAZ30PACy7AwBufQ8AhBMIAA9+DwAcvwMAE34PAEgiCAALfw8AxNQDAA+ADwDs3wMAu4APADTjAwBwgQ8AqIEPALCBDwD8gQ8AC4IPAMDqAwCtgg8A5FgLALCCDwAA8AMAAIMPAEyDDwAUgw8ACFEQAFaDDwBU8AMA/IMPAOj1AwBXhA8A4PcDAEeFDwCsBAQATIYPAAwXBACchg8ArP4PAASHDwA8hw8ARIcPAJCHDwCdhw8AcI4KAKGHDwBUGgQAq4gPACQmBADmiA8AYCwEAI+JDwB4OwQAlIkPAJS3CACViQ8AMLsIAJeJDwAAsggA+IkPADCKDwA4ig8AhIoPANqKDwBwMgwA4IoPAFxREADiig8AbD4EAOSKDwDQ0w0A+4oPAMTfEAAbiw8AmOENADSLDwBgQQQAqosPANSLDwAyjA8AoEYEAN+MDwAsTgQAe40PAAhXBADojQ8ArFgEAC2ODwA0YQQAL44PAABZBAAmjw8A1GMEACeQDwCobgQAb5APAJRzBAB0kQ8AIHsEANiRDwAQkg8ALJIPAGSSDwBzkg8AcHwEAHiUDwCwlA8AuJQPAASVDwATlQ8AoJoEAGGVDwAsogQAVpYPAGCqBABhlg8APPsHAKuWDwCorQQAqZcPAADCBACzlw8AzLkEABCZDwBImQ8AUJkPAJyZDwChmQ8AtNQEAKuZDwCAzAQAnpsPALDqBACZnA8A3PQEAFSdDwCMnQ8AlJ0PAOCdDwDmnQ8AWAAFAEqeDwD0AwUA8p4PABgQBQA0nw8A8BkFAOefDwDgHQUAj6APAMAlBQBEoQ8AfKEPAIShDwDQoQ8A4KEPAIwyBQD5oQ8A0DYFADCiDwCIMwUAgKIPAMyiDwDWog8A3DMFAOSjDwAcpA8AJKQPAHCkDwB5pA8AREQFAM6kDwA8RgUAiKUPAMClDwDIpQ8AFKYPABWmDwBkUQUAGaYPANSeBQAapg8AiF0FACGmDwDwWAUAI6YPANBLBQAapw8AkFsFABaoDwBUagUAaqgPAJhuBQC6qA8AlG8FAGqpDwDIdwUAIKoPAFiqDwBgqg8ArKoPALaqDwCofwUAA6sPAIyGBQDEqw8A/KsPAASsDwBQrA8AXawPANCKBQBfrA8AqJQFAKmsDwDAjgUAVK0PADyaBQC4rg8A8K4PAPiuDwBErw8AU68PAFioBQBIsQ8AoMAFAKyxDwDksQ8AALIPADiyDwBFsg8A8MEFAFCzDwCIsw8AkLMPANyzDwDfsw8AVNMFALm0DwAg4AUAL7UPAAzlBQAztQ8A+P8KAOG1DwCc6wUAK7YPAIzvBQCCtw8ASAAGANi3DwCIBQYA0LgPANSnCADkuA8AgKcIADi5DwBwuQ8AeLkPAMS5DwDHuQ8AaA0GADS6DwBsug8AdLoPAMC6DwDPug8ABBEGAB+7DwCUFwYAurwPAOAuBgBnvQ8ASFEMAGy9DwC0xQ0Ab70PAIAxBgBwvQ8AEMQNAMC9DwBwNQYAzL4PAAS/DwAMvw8AWL8PAGG/DwD0PgYAtr8PAOxABgBjwA8A0EcGAMHADwD8UQYAU8EPAIRaBgD7wQ8ABGUGAKPCDwAocQYAUsMPALx2BgCmww8ABHoGAPzDDwBMfQYACMUPAEDFDwBIxQ8AlMUPAKPFDwC0jQYA8MUPADzGDwBLxg8AoJIGAPPGDwCImAYARccPAPSnBgBHxw8ADKIGAFDIDwCIyA8AkMgPANzIDwBMyQ8AhMkPAIzJDwDYyQ8A5ckPAFS6BgA5yg8A9LwGAI7KDwCQwAYAKssPAMzGBgDcyw8AsM0GAIPMDwAI4gYA1M0PAAz2BgAkzg8AcM4PAH/ODwBc9wYA6s4PAKz4BgAe0A8A6P4GAHTQDwAsAwcAxNAPABDRDwAf0Q8AfAQHAIrRDwDMBQcAt9IPAGQKBwAN0w8ASBEHALXTDwBoHgcAXdQPAOAqBwAG1Q8AGDIHAHDVDwCo1Q8AsNUPAPzVDwAJ1g8AuDQHAMDWDwD41g8AANcPAEzXDwCj1w8AMEEHAFfYDwDQQwcADNkPAETZDwBM2Q8AmNkPAKLZDwCsTAcA+tkPAFBOBwBP2g8APFMHAJ7aDwCAVwcARdsPAMRbBwBE3A8ArGEHAJTcDwDg3A8A4twPAABiBwCk3Q8A3N0PAOTdDwAw3g8ASN8PAIDfDwCI3w8A1N8PAOzgDwAk4Q8ALOEPAHjhDwCC4Q8ApI0HADziDwB04g8AfOIPAMjiDwDS4g8AIK4HAN7iDwBgngcAIeMPAFigBwB64w8A4KgHAMnkDwAcxAcAzeQPAEC7BwAi5Q8AKMEHAGnlDwAgwwcAGuYPABTGBwBn5g8ACMkHABbnDwBIzgcAbOcPAITUBwAU6A8AeNcHAGjoDwDM1wcAzOgPAATpDwAM6Q8AWOkPAGfpDwBs2gcADeoPAOjlBwBk6g8AeOwHAGzrDwCk6w8ArOsPAPjrDwAH7A8AqPUHAPfsDwBI7Q8AYu0PAMAECAC47Q8A8O0PAPjtDwBE7g8AU+4PALAICADO7g8AVAoIAFzvDwCU7w8AnO8PAOjvDwBL8A8A8A0IAPDwDwCAFAgASvEPAMQYCADn8Q8AVJ0IAOrxDwBcHQgAO/IPAFgeCAA68w8AZDAIAI7zDwD0NggA3/MPAPA3CADw9A8AKPUPADD1DwB89Q8AiPUPABBFCADY9Q8AJPYPACj2DwBgRggAiPYPAARICAA89w8AdPcPAHz3DwDI9w8A8PcPAHhVCAAh+A8AsFwIAIz4DwCUcAoAzPgPABj5DwBP+Q8A8GEIAOP5DwAU+g8AE/sPAMiACAAT/A8AMJEIAGT9DwCw/Q8Az/4PAAD/DwAf/w8AVP8PALj/DwAYrAgAWAAQAFixCAABAhAAYFcJAAMCEABswQgA9gMQADTPCABDBBAAbNYIAEoEEAB40wgAOwYQAHTpCABABxAASPQIAIwIEADYCBAAEQkQAPgHCQCcCRAA1AkQANwJEAAoChAANwoQANgPCQDVChAAbBUJACwLEAB4CxAAsQsQALgXCQAoDBAAVBsJAK0MEACoGwkAHg4QALAuCQAgDxAAlDUJABwQEADIPQkAgBAQABw+CQDHEBAAcD4JADASEABcEhAAzBIQAAQTEAAMExAAWBMQAAUUEABQWwkAABUQACBnCQACFhAAaH8JALwWEAD0FhAA/BYQAEgXEABSFxAAPIoJABUZEAC4lQkAPhoQAKSvCQCZGhAAOLUJADobEADAvQkAnBsQAAjBCQDnHBAAANgJAEIdEACEHRAAiR4QABjnCQA7IBAA2PYJANEgEADE+wkALSEQAAz/CQDkIRAAHCIQACQiEABwIhAAxiIQAJQHCgDcIxAAFCQQABwkEABoJBAAkCQQAGAUCgAZJRAAnBoKAGwlEAC4JRAAxiUQAEQbCgASJhAAkB0KAMEmEAB8IgoACScQAGwmCgANKBAARDAKABAoEADsMAoAYSkQALg9CgCtKRAACD8KAAkqEABQQgoAWCoQAPBECgCnKhAAREUKABwrEABMKxAAECwQALxRCgBwLBAAEFIKAKAtEADsLRAAHy4QAEhZCgAlLhAAoFgKAPAvEAA4XQoASDAQAIBgCgCZMBAA0GEKAJUxEAAMaAoA4TEQAPxrCgCjMhAA2DIQAIIzEAAUewoA2zMQAJyDCgCYNBAA0DQQANg0EAAkNRAAMTUQANiJCgCFNRAAzIwKAC02EABkkQoA5zYQABw3EACCNxAAKEkQAI83EADENxAAeDgQAISeCgB6OBAAOJwKACY5EABoORAAyjkQALSnCgB0OhAAMLMKAMo7EADkxQoAZzwQANTJCgC+PBAAvM8KABI9EADw1woAZT0QAOzYCgAGPhAAgN4KAMQ+EAD8PhAABD8QAFA/EADCPxAAoOsKAKNAEADc8QoAs0EQALT7CgBUQhAA6AMLAAhDEABAQxAASEMQAJRDEAAERBAAPEQQAEREEACQRBAAO0UQALBREABARRAAjEUQAEJFEAAM2g0AVEUQADSFEACWRRAAUBQLADpGEADkGQsANEgQAPwoCwCPSBAAUCkLAH1JEADYMQsAhEoQAGQ5CwCcShAAUM0MANRKEAAgSxAAPksQALg5CwDMTBAAMKcNACBNEACEpw0AiE0QAMBNEADITRAAFE4QAIhOEADYRgsAGE8QACyGCwC8UBAAeJ4QALhREABATw0AzFEQALzMEADcURAABFIQADBSEACQeg0AhFIQAKxSEAADUxAA8L8QAHBTEACoUxAAsFMQAPxTEABcVBAAdF8LAMBUEAD4VBAAAFUQAExVEACsVRAABLYMAApWEAAMjgsASlcQAKC5DABQVxAATGkLALJXEADsawsAnFgQAOhYEABEWRAAbPUQAJtaEAAcdQsApVoQAMxzCwCUWxAAuHgLAExcEACEXBAAjFwQANhcEAAvXhAAlIELADZgEAD8kQsA0GAQAHSeCwAkYhAA4K0LAB5jEADUsAsAZ2QQAPyiDABqZBAAKG4MAG5kEAAAuwsAdGQQABSyDAAUZRAAYGUQAGplEADsvwsAeGYQALBmEAC4ZhAABGcQAK5nEAC4zAsABWgQAFTQCwAAahAAfNsLAFRqEACgahAArGoQAMTeCwBUaxAADOILAPhrEABEbBAAW2wQAEznCwAycRAA4AEMAN1xEAB4BgwALXQQAGAhDADedBAAIHUQANV1EADIMQwA2HUQAHgwDADSdhAAFDQMAI93EADAdxAA3ncQALA3DAA4eBAA7D0MAMp4EABAPgwAEHsQAFx7EABeexAAZEoMALV7EAAMSwwAvHsQAKxNDAAcfRAAVH0QAFx9EACofRAAsn0QAHhaDAAAfxAATH8QAE9/EAA4agwAAIAQANRtDAD4gBAAFHMMABuBEADY2hAAYIEQAGR0DADvgRAAQIIQAOuCEACwdgwA8oIQAPx4DACYhBAA5H4MAJqEEAD8Cw0APIUQAIiFEADbhhAAyGwNADiHEACwiwwAg4gQABSdDACGiBAASKUMAIuIEABUjQwAl4gQAICXDAAqixAAGJwMANKLEAAAogwAII0QAMBEDQA8jRAAbMsQAHCNEAC8jRAAv40QAESmDAAgjhAA6KcMAHCOEADkqAwAwI4QAAyPEAAWjxAAOKkMALOQEADMrgwAupAQAMSwDABbkRAAwLEMANiSEABctQwAWJMQAKS4DADmlBAA7NUQAF2VEAA45A0AnZUQAADMDAD4lhAAQNEMAEiXEACUlxAArZcQAJDSDADrlxAAPJgQALSYEAAo1wwAXJkQACTYDAAEmhAAdNkMAJCaEADcmhAA5poQABDdDACFmxAAwK0NAI+cEACY5QwAfZ4QAHTuDABmnxAAdJ8QALqfEADInxAAFqIQADT+DAAgohAAbAUNAMSkEACcDg0AFqUQAJgPDQBkpRAAQBANALOlEACQEQ0Ar6YQANwTDQCwpxAA/KcQAFioEACkqBAATakQALwbDQCoqRAA9KkQAFCqEACcqhAAR6sQAKQhDQD0qxAAQKwQAJysEADorBAA7K0QAOQmDQBErhAANCgNAOiuEAA0rxAARK8QAIQpDQD/rxAAMLAQAOGwEAAcLg0AOLEQALwwDQCksRAA1LEQAOS0EAAMRw0AiLYQAExMDQAwtxAAnE0NANi3EADsTg0AXboQAOhkDQAMvBAAdGwNAP28EAC8bw0ArL4QAEh3DQBRvxAA6HkNAPjAEAA0fA0AGMIQAHiADQA/whAAHIINAJjCEABc5BAA7cIQALyEDQDwwhAAtIYNADvDEACMwxAAqMMQAODDEAA3xBAAiMQQAKTEEADcxBAAOMUQAITFEACOxRAACIcNAODFEADECREAMsYQAPSLDQA2xxAAOJANAH/HEADYkg0A2McQALDkEADhyBAAjOQNAIDJEACong0AIM0QAPxbDgBqzhAARLcNAF/PEAAIsQ0AENAQAASyDQAE0hAAUNIQAFrSEACMug0ABtMQACy9DQAy1hAAQNYQAIbWEACU1hAA2tYQAOjWEAAu1xAAPNcQAILXEACQ1xAA1tcQAOTXEACV2BAADMUNAPzYEAA02RAApNkQANzZEAA+2hAAVMgNAAPbEAAs2xAAV9sQAIDbEACr2xAA1NsQAP/bEAAo3BAAhNwQANDcEADV3BAA8MsNACPeEADI1Q0A0N8QAMz6DgDU3xAAKPkOAIvgEADA4BAAM+EQAKzcDQBx4RAA8OANANvhEAAQ4hAAwOIQAAzjEAAc4xAA6OINAGzjEADk4w0AyeMQAJDfDgAB6BAA9B4OAFjoEACcHw4AUOkQAAAxDgD46RAAkDcOAKDqEAB0Pg4ASOsQAAhEDgDw6xAAQEsOAJjsEADYTw4AQO0QAHBUDgDo7RAAAFsOAJTuEAD4XA4A9u4QADDvEAA47xAAhO8QANTyEAAg8xAAPvMQAGBtDgBw9hAAkIsOANr2EACAjw4AcPcQAMyRDgDA9xAAbJQOABP4EAAMlw4AZfgQAPyaDgDE+BAA9JwOACT5EABc+RAAsvkQAMCpDgAQ+hAAZKsOAG36EAAErg4AtPoQAOyzDgBw+xAAMLgOAKb/EAAwzQ4ATAERAPzZDgCcAREA+NoOAOwBEQA4AhEAPAIRAEzbDgCUAhEA4AIRADwDEQCIAxEAOAQRAIQEEQDkBBEAvOkOADQFEQCABREAhAURABDqDgCsBhEASPEOAIEHEQAk+g4AzwcRACAIEQBLCBEAdAgRAMsIEQAcCREARwkRAHAJEQDbCREAHPwOAG4KEQBo/g4AygoRAGT/DgAcCxEAaAsRAHgLEQBgAA8AxQsRAFwBDwATDBEAZAwRAMIMEQCoAw8AHA0RAKQEDwAWDhEAeA8PALwOEQBcFg8ADA8RAFgPEQBoDxEAsBYPAAQQEQBMGg8AZBARAJwbDwC2EBEAmBwPAAQREQBAHQ8AUxERAKQREQA=","fail":"AAAAAAAAAAA0hgAAOKsBAEzUAABEagYAoCQCACAwBwB87gEAmIALAODEAAA0xQAAiMUAANzFAAAwxgAAhMYAANjGAAAsxwAAgMcAANTHAAAoyAAAfMgAANDIAAAkyQAACI0BAFyNAQCwjQEABI4BAAAAAAB87gEAgHELAMxACACskgAAHA4AAHzuAQDYHAsALB0LAIAdCwDUHQsAcAYCAJC9DADkvQwAeL0DAAAAAABEagYAoCQCAKAkAgC0WgMA9A8CAEgQAgC8iAwAqMwMAAizAgBcswIAmBUBAMz4BAD4yQ0AtFoDAHzuAQCY8AQAjK8AAOCvAAA0sAAAiLAAANywAAAcDgAAfO4BAJiACwAAywcAoCQCANAtAgAkDQUAGAgHAAAAAABEagYAfO4BAJjDCgCM4gMAmBECAPzcCADQAwIANIYAAHAbAgCMOA4A4DgOAMyXAgBkJgAAfO4BAHBkCgDEZAoA3EcAACTjBACskgAAAJMAAPygAgBAIAkAlCAJAHzuAQCAcQsAzEAIAKySAAAcDgAAfO4BANgcCwAsHQsAgB0LANQdCwD4+gYANK4LAFQAAABUAAAA5GAJAKAkAgDcRwAAfO4BAPj6BgCcpwEAAAAAAKySAACYEQIAHA4AADAeAAD0FwAAIDAHAHQwBwDgxAAANMUAAIjFAABg3AIAlOQCAOjkAgD02gkA8BgAAOzDCgCQfgwAUAEAAKQBAAD4AQAATAIAAKACAAD4+gYANK4LAFQAAABUAAAAzIYBAKAcBACskgAAOK8AAKAkAgD0JAIAhPEFAHzuAQCYgAsA4MQAADTFAACIxQAA3MUAADDGAACExgAA2MYAACzHAACAxwAA1McAACjIAAB8yAAA0MgAACTJAAAAxwgAVMcIAAAAAABsjQAAWHkBAKAkAgDQLQIAHA4AAHzuAQDMhgEAoBwEAPQcBABUAAAAWI4BAKyOAQAAjwEAVI8BAKiPAQD8jwEAUJABAAAAAABg3AIA2P0CAJynAQDwpwEARKgBAJjtCgBkJAsAuCQLANgcCwAsHQsAgB0LANQdCwBwBgIAxGQKAMAxAgA4zggAjM4IAODOCAAgMAcAfO4BAJDODQAQ2AgAfO4BALyIDACgXQ4AhEgAANhIAAAsSQAAgEkAANRJAAAoSgAAAAAAAPzcCADMSQsA+PoGADAeAACEHgAA2B4AACwfAACAHwAA1B8AAADHCABUxwgAAAAAAGyNAACskgAAHA4AABxvAgCsFgoAIDAHAHzuAQD4+gYAPDAAAJAwAADkMAAAODEAAABKDQDQAwIANIYAADirAQAwHgAAIDAHAHzuAQCYgAsA4MQAADTFAACIxQAA3MUAADDGAACExgAA2MYAACzHAACAxwAA1McAACjIAAB8yAAA0MgAAPQPAgBIEAIAaG0DALxtAwAQbgMAZG4DANgcCwAsHQsAnBgAAPAYAADswwoAkH4MAFABAACkAQAA+AEAAEwCAACgAgAATNQAAEwPAgCcdw0A8HcNAJjDCgDgQgEANEMBAPygAgBYeQEAIDAHAMjADQCYwwoA7MMKAJB+DABQAQAApAEAAPgBAABMAgAAAEoNANADAgA0hgAAOKsBADAeAAAgMAcAfO4BAJiACwDgxAAANMUAAIjFAADcxQAAMMYAAITGAADYxgAALMcAAIDHAADUxwAAKMgAAHzIAADQyAAA9A8CAEgQAgBobQMAvG0DABBuAwBkbgMA2BwLACwdCwCcGAAA8BgAAOzDCgCQfgwAUAEAAKQBAAD4AQAATAIAAKACAABM1AAATA8CAJx3DQDwdw0AmMMKAOBCAQA0QwEA/KACAFh5AQAgMAcAyMANADSGAAA4qwEA7DcDAGDcAgDY/QIAPDAAAJAwAADkMAAAODEAAABKDQAcDgAAMB4AAIQeAADYHgAALB8AAIAfAAAASg0AZCYAAIxQCACgJAIAGDcLABxvAgAASg0AmBUBAKA6BwAcDgAAnKcBAIRyAABQZAwA3MsJAGxIDABU3wIAjK8AAOCvAAA0sAAAiLAAANywAAAwsQAAmMMKAOzDCgCQfgwAUAEAAKQBAAD4AQAATAIAAKACAACYFQEAhMIBABwOAAAcbwIAfO4BANADAgDg5A0AmIALADDHBQD4+gYAfJQNACTjBAB44wQArHkBAAAAAAA4rwAAOK8AAKySAAAcDgAAnKcBAHzuAQCAcQsAyMANAPQXAACEJwMArJIAACAwBwB87gEA0O4BAPx8CwCgJAIAfO4BAGyNAAAcDgAAMB4AAHzuAQAAAAAA9BcAAGxGAgAYfgkASBgAAEzUAAD0FwAAfO4BAIBxCwB0MAcAuBgOAAwZDgDQAwIANIYAADirAQAwHgAAAAAAAKAkAgCYEQIANIYAAIiGAADchgAAMIcAAISHAADYhwAAkCwBACAwBwDIwA0A9BcAAIQnAwCskgAAIDAHAJgRAgCskgAAAJMAAFjmAAB8wAIA0AMCADSGAAAYCAcAmBECACAwBwDQAwIAmBECAKySAAAAkwAAWOYAAHzAAgBsjQAA0AMCAMyGAQCgHAQAOK8AAHzuAQBsRgIAwEYCABRHAgB87gEAAMcIAFTHCADcRwAAJOMEAHjjBACskgAA/KACAFChAgCkoQIAfO4BAJjtCgBkJAsAuCQLANgcCwAsHQsAgB0LANQdCwCYgAsAAMsHAFTLBwAghwEATNQAAKySAAD0FwAASBgAAEQ/AQCYPwEAHA4AAJiqCwBUAAAAVAAAAORgCQCgJAIA3EcAAKwWCgAgMAcAmBECADSGAADgxAAANMUAAIjFAACYEQIAmBUBAOwVAQCYhAoAAAAAAMyGAQCgHAQArJIAAPQXAADcRwAAfO4BAIBxCwDMQAgArJIAABwOAAB87gEA2BwLACwdCwCAHQsA1B0LAPj6BgA0rgsAVAAAAFQAAADkYAkAoCQCANxHAAB87gEAmIALAODEAAA0xQAAiMUAANzFAAAwxgAAhMYAANjGAAAsxwAAgMcAANTHAAAoyAAAfMgAANDIAAAkyQAAeMkAAOBCAQA0QwEA3EcAAFQiAgBsyQYA7L0BAER8DAB87gEAAMcIAFTHCAAAAAAAbI0AAKySAAAcDgAAHG8CAKwWCgAgMAcAfO4BANADAgC0WgMAfO4BAPj6BgAwHgAAhB4AANgeAAAsHwAAbI0AANxHAAAwSAAAhEgAAPQXAADcRwAAYHwFADivAAA8pgIADDQCAGB8BQBEagYAENgIAHzuAQCYwwoAzIYBAGyNAABM+gEAWHkBAKx5AQB87gEANIYAAODEAAA0xQAA7NYAAJiACwDgxAAANMUAAIjFAADcxQAAMMYAAITGAADYxgAALMcAAIDHAADUxwAAKMgAAHzIAADQyAAAJMkAAADHCABUxwgAAAAAAGyNAABYeQEAoCQCANAtAgAAAAAAoCQCAMiVCAAQ2AgATPoBAFQAAACoAAAA/AAAAHzuAQAAAAAAVAAAAKgAAAD8AAAAUAEAAKQBAAD4AQAATAIAAMTHAQAYyAEAmPAEADymAgCQpgIA5KYCAMQdDAAYHgwAbB4MAEzUAABYeQEAbGQFADBIAADYrwsAaOwIANxHAAB87gEAmIALAPjJDQC0WgMAfO4BAJjDCgDswwoAkH4MAFABAACkAQAA+AEAAEwCAACgAgAAmPAEAOzwBABA8QQAZCYAAIxQCABM+gEAbI0AAKAkAgDQLQIAoCQCAHzuAQCY8AQAjK8AAOCvAAA0sAAAiLAAANywAAAwsQAA+PoGADAeAAD0FwAA3EcAAHzuAQCYgAsA4MQAADTFAACIxQAA9A8CAEgQAgBobQMAvG0DABBuAwBkbgMA2BwLACwdCwCcGAAA8BgAAOzDCgCQfgwAUAEAAKQBAAD4AQAATAIAAKACAACY7QoAZCQLALgkCwD4+gYAMB4AAAAAAAA0hgAA4MQAADTFAACIxQAA3MUAADDGAACExgAA2MYAACzHAACAxwAA1McAACjIAAB8yAAA0MgAAGQmAADUrgEAKK8BAHyvAQDQOgQAmIALAODEAAA0xQAAiMUAANzFAAAwxgAAhMYAANjGAAAsxwAAgMcAANTHAAAoyAAAfMgAANDIAAAkyQAACI0BAFyNAQCwjQEABI4BAMAxAgA4zggAjM4IAODOCAA0zwgAiM8IANzPCACYgAsA4MQAADTFAACIxQAA3MUAADDGAACExgAA2MYAACzHAACAxwAA1McAAKwWCgBsjQAAHA4AAOx+AQCseQEATPoBAHzuAQCYFQEAoDoHANwFBgDMgwcANIYAAPjJDQCEJwMAeL0DAJgVAQB87gEAAAAAADivAADsvQEAsNsNAATcDQD0FwAAwDECABQyAgBoMgIAwAsBAGDcAgDACwEANIYAAODEAAA0xQAAiMUAANzFAAAwxgAAhMYAANjGAAAsxwAAgMcAANTHAAAoyAAAfMgAANDIAABkJgAA1K4BACivAQB8rwEAAAAAAERqBgAQ2AgATPoBAKD6AQAcDgAAMB4AANwFBgDg2gUANNsFAHi/DQBsZAUAhCsCAKySAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEASPMDAJzzAwDw8wMARPQDAJj0AwDs9AMAQPUDAJT1AwDo9QMANG8LAODEAAA0xQAAiMUAANzFAAAwxgAAhMYAANjGAAAsxwAAgMcAANTHAAAoyAAArHkBAIQeAADYHgAALB8AAIAfAADQLQIAAJMAAFjmAAB8wAIAmIALAODEAAA0xQAAiMUAANzFAAAwxgAAhMYAANjGAAAsxwAAgMcAANTHAAAoyAAAfMgAANDIAAAkyQAACI0BAFyNAQCwjQEABI4BAJgRAgCgJAIA0C0CACQuAgDsdA4AHA4AADAeAAAgMAcAfO4BAABKDQDoYA4AzIYBACCHAQB0hwEAyIcBAByIAQBwiAEATNQAAEwPAgCcdw0A8HcNAADHCABUxwgAqMcIAPzHCABQyAgApMgIAHzuAQBsjQAAHA4AAOx+AQCseQEATPoBAHzuAQCYgAsA4MQAADTFAACIxQAA3MUAADDGAACExgAA2MYAACzHAACAxwAA1McAACjIAAB8yAAA0MgAACTJAACYFQEAoDoHANwFBgDMgwcANIYAAPjJDQCEJwMAeL0DANxHAACYEQIANIYAAADLBwBUywcAIIcBAEzUAACskgAAIDAHAHzuAQAASg0AoCQCAMiVCADQAwIANIYAANADAgDMhgEAgHoOADSGAADgxAAANMUAAIjFAADcxQAAMMYAAITGAADYxgAALMcAAIDHAADUxwAAKMgAAHzIAADQyAAArJIAAACTAABY5gAAfMACAIiGAADchgAAMIcAAISHAADYhwAAKIUBAHyFAQDQhQEAJIYBAHiGAQDIwA0AAJMAAFjmAAB8wAIAXOEBADivAACskgAAVAAAANxHAABgfAUARGoGAHzuAQAAAAAAAAAAAAAAAADQOgQAAMcIAFTHCAAkDQUAOKsBAHAOAAAQ2AgAYNwCADAJAABsjQAAHA4AADAeAACEHgAA9BcAAMAxAgAUMgIAaDICAMT7CQAY/AkAbPwJAJjDCgDswwoAkH4MAFABAACkAQAA+AEAAEwCAACgAgAA2BwLACwdCwCAHQsA1B0LAJiACwAAywcAVMsHACCHAQBM1AAArJIAACAwBwD0FwAASBgAAJwYAACYgAsA6OYMANyGAAAwhwAAhIcAANiHAAAsiAAAvIgMAKjMDACg0gsAvIgMAKBdDgBYeQEAeL0DAMy9AwD8oAIA/NwIANivCwAcDgAAHG8CAEzUAABYeQEAbGQFADBIAAB87gEAAMcIAPQkAgDQAwIA0AMCAFh5AQBsZAUAmBUBAAAAAAB87gEA0O4BACTvAQB47wEAzO8BAHzuAQCYwwoAzIYBAIB6DgA0hgAAOKsBADAeAACY8AQAzIMHACCEBwB0hAcAyIQHAHzuAQC0WgMACFsDAFxbAwCgJAIAfO4BAJjwBADs8AQAQPEEAJTxBADo8QQAPPIEAJDyBADk8gQA8J8DAESgAwCYoAMAgIEHADAeAACIgAwA3EcAAGB8BQCseQEATPoBAAAAAAD0FwAA/KACAFChAgCkoQIAoBwEACAwBwB0MAcAiIYAANyGAAAwhwAAhIcAANiHAAD84QwAwEYCABRHAgBYeQEAWHkBAEz6AQD0FwAAwDECAOzkBwBsjQAAoCQCANAtAgCQHAUAzEAIAKySAAAcDgAA+OIMAEgYAABEPwEAmBUBAMz4BAAMNAIAOK8AACAwBwDIwA0A9BcAAIQnAwCskgAAAAAAAERqBgBM+gEAWHkBAKx5AQB87gEA0O4BACTvAQB47wEAzO8BANDuAQD8fAsAoCQCAHzuAQBsjQAAHA4AADAeAACEHgAAfO4BANDuAQAk7wEAeO8BAMzvAQDQ7gEA/HwLAKAkAgB87gEAbI0AABwOAAAwHgAAfO4BAJiACwDgxAAANMUAAIjFAADcxQAAMMYAAITGAADYxgAALMcAAIDHAADUxwAAKMgAAHzIAADQyAAAJMkAAAiNAQBcjQEAsI0BAASOAQB87gEAbI0AABwOAAAwHgAAhB4AAPQXAADAMQIAFDICAPygAgBAIAkAlCAJABg3CwDsfgEARGoGABDYCABYeQEArHkBAIQnAwBgFwQAhMIBAJgVAQB87gEA+PoGADSuCwBUAAAAVAAAAORgCQCgJAIA3EcAAKwWCgAgMAcAfO4BAJiACwCk8w0AWHkBAHzuAQD8oAIAQCAJAJQgCQAYNwsA7H4BAERqBgAQ2AgAfO4BAJjtCgAAAAAAHA4AAJynAQDwpwEAYNwCABwOAADsNwMAfO4BAADHCADIlQgAaOwIANxHAABgfAUArHkBAKySAAAcDgAAHA4AAJynAQAwHgAAhB4AAGB8BQBEagYAENgIAKySAAAAkwAAWOYAAHzAAgA0hgAAWHkBAIB6DgBg3AIAzOsCAMDnCQAA9gwAVPYMAKj2DAD89gwAUPcMAKT3DAD49wwA9CQCAEglAgCcJQIAZCYAANSuAQAorwEAfK8BAMjADQAAkwAAWOYAAHzAAgAAAAAANIYAAPygAgBQoQIAcBsCAMyGAQA0hgAA+MkNAEz6AQBwGwIANIYAADirAQCMqwEA4KsBADSsAQCIrAEA3KwBADCtAQCErQEA2K0BACyuAQCArgEARGoGAJgVAQBUAAAAqAAAAChXAgB4vw0AzL8NAHAOAAAQ2AgAZCYAANSuAQAorwEAqBMLAPwTCwBsjQAAzIYBANxHAABgfAUAVAAAAMyGAQCAeg4A1HoOANSuAQAorwEAqBMLAPwTCwAwHgAAhB4AAFjmAAB8wAIAAAAAAHzuAQDQAwIAJAQCAHgEAgDMBAIAIAUCAHQFAgDIBQIArJIAAKxPAQAg8AEAdPABAMjwAQAc8QEAcPEBAHBkCgCQvQwAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEA9A8CAEgQAgBwZAoAkL0MACDwAQB08AEAyPABABzxAQBw8QEA6HAKAMyGAQCAeg4A1HoOACh7DgB8ew4ADDINAMByDAB87gEAAMcIAHi/DQAcfg4AcH4OAMR+DgDocAoAPHEKANDuAQAk7wEAeO8BAMzvAQAAAAAAbHIMAHzuAQAAxwgAeL8NABx+DgBwfg4AxH4OAOhwCgA8cQoA0O4BACTvAQB47wEAzO8BANDuAQAk7wEAeO8BAMzvAQDQrwEA0DoEABDEDQBkxA0AuMQNAAzFDQBgxQ0AAAAAAGyNAADAjQAAhCcDAGxkBQBwGwIAPEwOACAwBwBsRgIAbI0AAMCNAACEJwMAbGQFAHAbAgBsVQ4AoCQCAPQkAgCE8QUAoDoHAEzUAABEagYAoCQCAGxGAgBwGwIANIYAADirAQCMqwEA4KsBADSsAQCIrAEA3KwBADCtAQCErQEArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAAAAAABkJgAA1K4BACivAQB8rwEAVAAAACwpCADcBQYA3EcAAKwWCgD8oAIAUKECAKShAgD4oQIATKICABwOAAB87gEAvIgMAKjMDACg0gsA0AMCAODkDQAAAAAAmIALAATHDQBYxw0ArMcNAADIDQBUyA0AqMgNAPzIDQBwZAoAENkNAGTZDQC42Q0AYNwCAAAAAABEagYA3EcAAGDcAgA4rwAA7L0BAEC+AQCUvgEA6L4BADy/AQDQLQIAkBwFAHzuAQBsjQAAHA4AAOx+AQCseQEATPoBAHzuAQAMMg0AwHIMAHBkCgAAAAAAzIYBAAAAAABsjQAANIYAAADLBwAAAAAAAAAAAGyNAADcRwAAfO4BAEzUAABMDwIAnHcNAHzuAQBwZAoAAAAAAGyNAAA0hgAA/NwIANivCwBo7AgAvOwIABDtCABk7QgA0AMCALjtCAAM7ggAYO4IANADAgCY8AQA7PAEAEDxBAD8Xw0AUGANAKRgDQCY8AQA7PAEAEDxBAD8Xw0AUGANAKRgDQA0hgAA+MkNAAAAAAB87gEATPoBAKD6AQD0+gEAAAAAANxHAACsFgoAWLoLAKy6CwBwGwIAlFcLAOhXCwC0WgMA3EcAAKwWCgBYugsArLoLAHAbAgDEGwIA9CQCAEglAgCcJQIA8CUCABwOAAAk4wQAXI8LAEglAgCcJQIA8CUCANxHAAAwSAAA8F4OAERfDgCYXw4AAAAAAKAkAgDQLQIAtLYBAFQrBQDcBQYA3EcAABwOAABwGwIAXCACALAgAgAEIQIAWCECAKwhAgAAIgIA3EcAAFQiAgC8rg0AMEgAAPBeDgBEXw4ARGoGAHAbAgBcIAIAMEgAAPBeDgBEXw4AmF8OAAAAAAA0hgAAWHkBAHi9AwAwHgAAmBECAKySAAAAkwAAWOYAAHzAAgBwGwIAXCACADBIAADwXg4ARF8OAJhfDgBwGwIAXCACADBIAADwXg4ARF8OALRaAwBUAAAALCkIAKySAAAAkwAAWOYAAHzAAgCskgAAZCYAALgmAAAAkwAA0C0CAPQXAAA4rwAArJIAAKySAAAAkwAAWOYAAHzAAgA0hgAAhPEFAKA6BwCskgAAAJMAAFjmAAB8wAIA3EcAANxHAAAk4wQAeOMEANADAgAkBAIAeAQCAKwWCgCskgAAAJMAAFjmAAB8wAIAmBUBAKA6BwDcRwAAMEgAANivCwAgMAcAyMANAACTAABY5gAAfMACAMyGAQDMhgEAVAAAAORgCQBYeQEArHkBACQ/AwB4PwMADE8LANAtAgCsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAoCQCANAtAgAkLgIAeC4CAMwuAgAgLwIAdC8CAMgvAgAcMAIAcDACAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQAAAAAArJIAALRaAwCskgAAAJMAAFjmAAB8wAIAIDAHAMjADQCsTwEAwBIPAACTAABY5gAAfMACAAAAAACskgAAAJMAAMiVCAAgMAcANKUIAPygAgBYeQEAeL0DAOx+AQBEagYAENgIAKySAAAAkwAAWOYAAHzAAgDQAwIARGoGAGjsCADAjQAA8KMCAMyGAQAghwEAxHkKABh6CgBsegoAgHoOAACTAABY5gAAfMACAPjJDQBM+gEA3MsJAKySAAAAkwAAWOYAAHzAAgCgJAIATPoBAGyNAACYFQEAoDoHAPQXAADcRwAArBYKAAxPCwBY5gAAfMACAERqBgBo7AgA3EcAAFQiAgBkJgAA0AMCAERqBgBo7AgAwI0AAPCjAgAcDgAAMB4AAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQA0hgAAOKsBAIyrAQA8MAAAPKYCADirAQAcbwIArBYKAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQDMQAgAmGoGAOxqBgB8lwcA0JcHACSYBwB4mAcAzJgHACCZBwCskgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBANwFBgDg2gUANNsFABg3CwDsfgEARGoGABDYCACskgAAAJMAAFjmAAB8wAIA3EcAADSGAACIhgAAbEYCAERqBgD8oAIAQCAJAJQgCQBkJgAAzIYBACCHAQBM1AAArJIAAACTAABY5gAAfMACAGB8BQC0fAUAtBcEAMyGAQCAeg4AmBUBAKA6BwD0FwAA3EcAAKwWCgAgMAcAyMANAACTAABY5gAAfMACABwOAACYqgsAVAAAAFQAAADkYAkAoCQCANxHAACsFgoAIDAHAMxACACYagYA7GoGAHyXBwDQlwcAJJgHAHiYBwDMmAcAIJkHAKySAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAzIYBAMyGAQCAeg4ATPoBAGgSCgAAywcANIYAAChXAgB8VwIA0FcCACRYAgB4WAIAzFgCACBZAgB0WQIArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAKAkAgD0JAIAtFoDAFh5AQCseQEAuEgCAAxJAgBgSQIAxFoCABhbAgBsWwIAwFsCABRcAgBoXAIAvFwCABBdAgBkXQIAuF0CAAxeAgBgXgIAtF4CAAhfAgBcXwIAsF8CAARgAgBYYAIArGACAJgVAQDQAwIA4OQNAACTAABkJgAA/HwLAKAkAgCYFQEAzPgEAAw0AgCsFgoArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBABDYCAA4rwAA4NoFADTbBQCI2wUA3NsFADDcBQCE3AUAmBUBAOwVAQCYhAoANKUIABA1DACMUAgAOK8AADymAgAMNAIAYHwFAERqBgAQ2AgArJIAAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQAAAAAANIYAAADLBwBsjQAArJIAAKySAAAAkwAAWOYAAHzAAgAgMAcAyMANAGQmAACMUAgAjOgMAKySAAAgMAcANIYAAADLBwBUywcAqMsHALyIDACozAwAoNILAJiACwAwxwUAmBUBAKA6BwD0OgcA0AMCAODkDQAAkwAAfO4BANDuAQDsdA4AwI0AAMRgCwDcRwAAYHwFAERqBgAQ2AgAbI0AAMCNAADwowIARKQCAJikAgDspAIAQKUCAJSlAgDopQIAeBsMAMwbDAAgHAwAdBwMAMgcDAAcHQwARGoGAHzuAQDQ7gEAuCYAAEzUAAB87gEAmIALAOyACwB8VwIA0FcCACRYAgB4WAIAzFgCACBZAgAcDgAAfO4BALyIDACozAwAoNILANDuAQDsdA4AwI0AAMRgCwDcRwAAYHwFAERqBgAQ2AgA+MkNAPQXAABIGAAARD8BABwGAgAAxwgAVMcIAJAcBQDIwA0A3AUGAIyvAAAAYQIAKFcCANAtAgDIlQgA+KUBALyIDACY8AQAtFoDAAh6CwBcegsAsHoLAAR7CwCskgAAAJMAAFjmAAB8wAIA9BcAANxHAAA0hgAADDQCAGB8BQBEagYAENgIAKySAAAAkwAAWOYAAHzAAgCUWwoAjFAIAIzoDAC4SAIAfO4BAPj6BgDMwQIAmBUBANADAgBEagYAWHkBANCBAgA0hgAADDQCAGB8BQBEagYAENgIAHzuAQBwZAoAENkNAGTZDQC42Q0A0O4BACTvAQB47wEAzO8BAAAAAAB87gEAmO0KAOztCgBAuA0AlLgNAOi4DQA8uQ0A6L4BAAw0AgBgfAUA0AMCAMyGAQCAeg4AvIgMAIQrAgDYKwIALCwCAJjwBAA8pgIA5LsCADi8AgCMvAIA4LwCADS9AgBcyAIAsMgCAATJAgBYyQIArMkCAADKAgBUygIAqMoCAPzKAgBQywIAAAAAAGyNAADAjQAA8KMCAESkAgCYpAIA7KQCAEClAgCUpQIAmPAEADymAgDkuwIAOLwCAIy8AgDgvAIANL0CAGyNAAAcDgAAvIgMAKjMDAAIswIAXLMCAJgVAQDM+AQA+MkNANgcCwAsHQsAgB0LANQdCwBwBgIAxGQKABhlCgBo7AgATPoBAJgVAQAgnAEAeL0DAJynAQDsfgEArHkBAEz6AQB87gEAAMcIAFTHCADcRwAAbI0AAKAkAgCAcQsAyMANANwFBgCMrwAAAGECAChXAgDQLQIAkBwFAHzuAQCYgAsA+MkNACAwBwB87gEA2BwLACwdCwCAHQsA1B0LAGyNAAAcDgAAMB4AAJjtCgDs7QoAAHoBAFR6AQCoegEA/HoBAFB7AQA0lwEAkM4NAJhqBgDsagYAfJcHANCXBwAkmAcAeJgHAMyYBwBgFwQAtBcEAAgYBABcGAQAsBgEAAQZBAAgMAcAfO4BAJiACwD4yQ0AIDAHAHzuAQDYHAsALB0LAIAdCwDUHQsAbI0AABwOAAAwHgAA+PoGAMzBAgAgwgIAdMICAMjCAgAcwwIAwEgMABRJDABoSQwAvEkMABBKDAD4yQ0AhCcDADivAABg3AIAuOkJAMDjCgAU5AoAaOQKALzkCgAQ5QoAZOUKADR8DQAQ2Q0AZNkNALjZDQB87gEAkM4NAGjsCADcRwAAfO4BAJDODQBkJgAAfO4BANADAgBEagYAaOwIAMCNAADwowIAAMcIAPQkAgDcVAIAMFUCAKwWCgAAFwoAVBcKANxHAAB87gEAvIgMAKjMDACg0gsAmIALABgIBwAgMAcAfO4BAEzUAABYeQEAbGQFADBIAAB87gEAkM4NAPygAgBAIAkAlCAJAGQmAADMhgEAIIcBAPj6BgA0rgsAiK4LANyuCwAk4wQAXI8LALCPCwAUrQgAfO4BAEzUAABYeQEAbGQFADBIAAB87gEAkM4NAPygAgBAIAkAlCAJAGQmAADMhgEAIIcBAJgVAQCEwgEA2MIBACzDAQCAwwEA1MMBACjEAQC0WgMAfO4BAEzUAABYeQEAbGQFADBIAAB87gEAkM4NAPygAgBAIAkAlCAJAGQmAADMhgEAIIcBAIBxCwDUcQsA/KACAFh5AQAgMAcAyMANAEzUAABYeQEAbGQFADBIAAB87gEAkM4NAPygAgBAIAkAlCAJAGQmAADMhgEAIIcBAFh5AQDQgQIAfO4BAJjDCgDkYAkAWHkBAKx5AQAkPwMAeD8DAAxPCwB87gEAgHELAMjADQAAkwAA0C0CACQuAgB4LgIAzC4CACAvAgB0LwIAyC8CAJiACwAExw0AWMcNAOx+AQBAfwEAlH8BAJgVAQCgOgcA9BcAANxHAAB87gEAvIgMAKjMDACg0gsAcGQKAMRkCgDcRwAAJOMEALRaAwB87gEAmO0KAOztCgBA7goA2BwLAIQnAwDYJwMALCgDAJgVAQDM+AQAzIYBAKAcBAA4rwAArJIAANADAgBEagYAaOwIAMCNAADwowIAHA4AAHzuAQCQzg0AaOwIANxHAAB87gEAkM4NAGQmAAB87gEAAMcIAPQkAgDcVAIAMFUCANxHAACsFgoATPoBANzLCQAAkwAAfO4BAIBxCwDUcQsA/KACAFh5AQAgMAcAyMANANADAgC0WgMAfO4BAARLAgBYSwIArEsCAGxGAgDARgIAIDAHAHzuAQCYgAsADDQCAMALAQAUDAEAPKYCAJCmAgDkpgIAxB0MABgeDABsHgwAwB4MABQfDABoHwwAvB8MABAgDABkIAwAuCAMAAwhDABgIQwAtCEMAAgiDABcIgwAsCIMAAQjDABYIwwArCMMAAAkDABUJAwAqCQMAPwkDABQJQwApCUMAPglDABMJgwAoCYMAPQmDABIJwwAnCcMAPAnDABEKAwAmCgMAOwoDABAKQwAlCkMAFh5AQCseQEAuEgCAAxJAgBgSQIAYAYDALQGAwAIBwMAXAcDALAHAwAECAMAWAgDAKwIAwAACQMAVAkDAKgJAwD8CQMAUAoDAAAAAABEagYAaOwIAHzuAQBsdgsAwHYLAPygAgBAIAkAmIALAPjJDQBMyg0AoMoNAPTKDQBIyw0AnMsNAJjtCgDs7QoAQO4KALRaAwAIWwMAXFsDAKAkAgB87gEA+PoGAEz7BgCg+wYA9PsGAEj8BgDMwQIAIMICAHTCAgDIwgIAmPAEAOzwBABEfAwAbI0AAJgVAQD0FwAAfO4BAACTAADQLQIAmO0KAGQkCwC4JAsA2BwLACwdCwCcGAAA8BgAAOzDCgAoVwIA9CQCAITxBQCgOgcA3EcAAKwWCgAMTwsAfO4BANADAgAkBAIAeAQCAMwEAgCYwwoA4EIBANAtAgBUAAAAqAAAAChXAgDQLQIAkBwFAHzuAQD4+gYAfJQNANCUDQAMNAIArBYKAAAXCgCgOgcA9BcAANxHAAB87gEAgHELAHQwBwC4GA4ADBkOANADAgA0hgAAOKsBADAeAAD4+gYAzMECAAw6CwBgOgsAtDoLAAg7CwB87gEAmO0KAGQkCwC4JAsA+PoGAHyUDQDQlA0AKFcCANxHAABgfAUArHkBAEz6AQB87gEAbI0AAMAHAgBsjQAA3EcAANxHAABgfAUArHkBAEz6AQB87gEAgHELAMxACABM1AAAmO0KAOztCgBA7goAAMcIAFTHCACAawIAMAYGAPygAgBAIAkAlCAJALRaAwB87gEAmBUBAOwVAQCYhAoANIYAABgIBwA0pQgArHkBAEz6AQB87gEAAMcIAFTHCACQHAUA5BwFADgdBQAsdAUAmO0KAGQkCwC4JAsAzIYBACCHAQCshgMAAIcDAFSHAwCohwMA/IcDAFCIAwC8iAwAoF0OAIRIAAD0dAMASHUDAJx1AwDwdQMAOKsBADAeAACIgAwAfO4BAJjtCgDs7QoAQO4KAJgVAQCgOgcA9DoHAOwVAQCgJAIAmO0KAGQkCwC4JAsAmO0KAOztCgBA7goAuPoKAAz7CgBg+woAmMMKAOBCAQA0QwEADKMLAGCjCwC0owsACKQLAHzuAQCQzg0AZCYAAHzuAQD4+gYAfJQNANCUDQAoVwIA3EcAAGB8BQCseQEATPoBAHzuAQBsjQAAZNgIALjYCAAM2QgAYNkIALTZCAAI2ggAXNoIALDaCAC8iAwAqMwMAKDSCwD4+gYAMB4AAIQeAADYHgAALB8AAIAfAADUHwAAmIALAAw0AgCQzg0AENgIAHzuAQD4+gYAcA4AACxoCACAaAgA1GgIAChpCAB87gEAVAAAANxHAABgfAUArHkBAEz6AQB87gEAmPAEAOzwBABA8QQAlPEEAOjxBAA88gQAkPIEAOTyBADwnwMARKADAAyrCQBgqwkAkM4NABDYCAB87gEAbI0AAMCNAACEJwMAXOEBAHzuAQCAcQsAzEAIAJgVAQDM+AQAWHkBAKx5AQB87gEA+PoGAHAOAAAsaAgAgGgIANRoCAAoaQgAfO4BAGjsCAC87AgAEO0IAGTtCAC47QgADO4IAGDuCAC07ggACO8IAFzvCACw7wgABPAIAFjwCACs8AgAAPEIAFTxCACo8QgA/PEIAPj6BgAwHgAAhB4AANgeAAAsHwAAgB8AAGDcAgAcDgAAfO4BALyIDACgXQ4AhEgAANhIAAAsSQAAgEkAANRJAAAoSgAAfEoAANBKAAAkSwAAwOMKABTkCgD0FwAAhCcDAKx5AQBM+gEAfO4BAJDODQAQ2AgAfO4BAGx2CwDYrwsAHA4AAMyGAQAghwEAxHkKABh6CgBsegoA5KYCAAAAAADMhgEAHA4AABxvAgBwbwIADDQCAKwWCgD4pQEAAAAAAAAAAAAAAAAAAAAAAAAAAADk0AIAONECAPilAQAAAAAA5NACADjRAgDM1gIA7PAEAJwWCwDwFgsARBcLAJgXCwDsFwsAQBgLAJQYCwDoGAsA5LcDADi4AwCMuAMA4LgDADS5AwCIuQMA3LkDADC6AwCEugMA2LoDACy7AwCAuwMA1LsDACi8AwB8vAMAQPEEAJTxBADo8QQAPPIEAJDyBADk8gQA8J8DAESgAwCYoAMA7KADAEChAwCUoQMA6KEDADyiAwCQogMA5KIDADijAwCMowMA4KMDADSkAwAM1QkAYNUJALTVCQAI1gkAXNYJALDWCQAE1wkAWNcJAKzXCQAA2AkAVNgJAKjYCQD82AkAUNkJAKTZCQD42QkATNoJAEz6AQBg3AIAOK8AAOy9AQDMlwIATJ4DAKCeAwD0ngMASJ8DAJyfAwDwnwMARKADANADAgA0hgAAHA4AAPjHAwBMyAMAgHoOAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQBU3wIA1PoDACj7AwB8+wMA0PsDACT8AwB4/AMAzPwDACD9AwB0/QMAyP0DAOygAwBAoQMA0O4BACTvAQB47wEAzO8BAMSwDADAPgQAFD8EAGg/BAC8PwQAEEAEAGRABAC4QAQADEEEAHBkCgCQvQwAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEA+FEBAEzUAAD83AgAWHkBANCBAgCAeg4AmPAEAOzwBABA8QQAlPEEAOjxBAA88gQAkPIEAOTyBAA48wQA7PAEAEDxBACU8QQA6PEEADzyBACQ8gQA5PIEAPCfAwBEoAMAmKADACQJBgB4CQYAzAkGACAKBgB0CgYAyAoGAMzBAgAgwgIAOK8AAFQAAACM4gMAcBsCAPwxDgBQMg4AAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAHA4AAHAbAgCMOA4APKYCAOS7AgA4vAIAjLwCAOC8AgA4rwAA7L0BAMyXAgBMngMAoJ4DAPSeAwBInwMA9BcAAEgYAABM1AAArJIAAACTAABY5gAAfMACAOA4DgDMlwIATJ4DAKCeAwD0ngMASJ8DAJyfAwDwnwMARKADACAwBwDMQAgArJIAABwOAAD44gwASBgAAEQ/AQCsFgoArE8BAACmCwB4vQMAHG8CAKwWCgAMTwsAWOYAAHzAAgAERAkAmPAEADymAgCQpgIA5KYCADinAgDQ7gEAJO8BAHjvAQDM7wEAmBUBAFQAAADkYAkAoCQCANxHAACsFgoADE8LAFjmAAB8wAIAzIYBAKAcBAD0HAQAVAAAAFw9AABwGwIAPEwOAFh5AQDQAwIAGPcFAPQkAgAoVwIAtFoDAHzuAQDYHAsALB0LAIAdCwDUHQsAzIYBACCHAQCshgMAAIcDAMjADQAgMAcAYNwCAMyGAQAghwEArIYDAACHAwBUhwMAqIcDAPyHAwBQiAMAvIgMAKBdDgCESAAAwAsBAFQAAADkYAkAHA4AABxvAgBM+gEAoCQCANAtAgAcDgAA+McDAEzIAwDACwEAfO4BAJiACwDo5gwAFK0IAGitCAC8rQgAEK4IAADHCABUxwgAgGsCADAGBgCgJAIAIDAHAHzuAQCYgAsAGAgHAGwIBwDACAcAFAkHAKwWCgAMTwsAcBsCAHzuAQCYFQEAIJwBAHi9AwCcpwEA7H4BAKx5AQBM+gEAfO4BAJiACwAwxwUATPoBANzLCQCYFQEAfO4BAJjtCgBsZAUAwGQFAIBxCwDIwA0AHMENACwpCADY0Q0ALNINABwOAAB87gEAkM4NABDYCAAAAAAAAAAAAGDcAgDM6wIAwOcJABToCQBo6AkAvOgJAHBkCgAQ2Q0AZNkNALjZDQC8iAwAqMwMAKDSCwCY8AQA7PAEAEDxBACU8QQA6PEEADzyBACYWgoA7FoKAEBbCgAQiQwADE8LAGBPCwC0TwsACFALAFxQCwCwUAsABFELAFhRCwCsUQsAgHELANyiDgCskgAAvIgMAKjMDACg0gsAmPAEAOzwBABA8QQAlPEEAOjxBAA88gQAkPIEAOTyBADwnwMARKADAJigAwDsoAMA+EYJAExHCQCgRwkAXH0FALB9BQB4vw0AbGQFAKwWCgCY8AQA7PAEAEDxBACU8QQA6PEEADzyBACQ8gQAmBECAOwRAgBgfAUAtHwFAAh9BQBcfQUAsH0FAAR+BQDs8AQAQPEEAJTxBADo8QQAPPIEAJDyBADk8gQAOPMEAIzzBADg8wQANPQEAIj0BAD4+gYAMB4AAIQeAADYHgAALB8AAGDcAgBU3wIA1PoDACj7AwB8+wMA0PsDACT8AwB4/AMAzPwDACD9AwB0/QMAyP0DABz+AwBw/gMAxP4DABj/AwBs/wMAwP8DAOygAwD4RgkATEcJAKBHCQD0RwkASEgJAJxICQDwSAkAlOQCAOjkAgD02gkA7CwLAMiVCABo7AgA3EcAAKwWCgC8iAwAqMwMAKDSCwBsdgsA2K8LABwOAACskgAA3EcAAEzUAABEagYAoCQCAGxGAgB87gEAmO0KAGQkCwC4JAsAbI0AAMCNAACgJAIA0C0CACQNBQB4DQUAzA0FADSGAADQAwIAzIYBAAAAAAB87gEAbEYCAHxICwCseQEAuEgCAGDcAgBU3wIA1PoDACj7AwB8+wMA0PsDACT8AwB4/AMA9A8CAEgQAgCY8AQAPKYCALiBDgAMgg4AYIIOAGxIDADY/QIAcA4AAJgVAQCgOgcAwAsBANxHAAB87gEAmPAEAOzwBABA8QQAlPEEAOjxBAA88gQAkPIEAJhaCgDsWgoAQFsKALRaAwAcDgAA+McDAEzIAwAAAAAAYNwCADA5CQAAkwAAWOYAAHzAAgA4rwAA7L0BAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAMIgFAACTAABY5gAAfMACAPzcCAC0WgMAAAAAAAAAAAAAAAAA5NACADjRAgD4pQEAAAAAAAAAAAAAAAAAAAAAAOTQAgA40QIAzNYCAOzwBABA8QQAlPEEAOjxBAA88gQAkPIEAOTyBADwnwMARKADAJigAwAkCQYAeAkGAMwJBgAgCgYAdAoGAMgKBgCYFQEAKHkEAHx5BADQeQQAJHoEACAwBwDQAwIAfO4BAJgVAQDsFQEAmIQKAOyECgBAhQoAmBUBACh5BAB8eQQA0HkEACR6BAA4rwAAjK8AAOCvAAA0sAAAiLAAAMz4BAAoVwIAeL8NADSGAAAYCAcAmBUBAITCAQDAjQAAhCcDADivAAA8pgIADDQCAGB8BQBEagYAENgIABwOAAAwHgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAFTfAgDU+gMAFJkNAGSUBAC4lAQADJUEAGCVBAC0lQQACJYEAFyWBACwlgQABJcEAFiXBACslwQAfO4BAMyGAQCgHAQArHkBAGxGAgB87gEA0O4BACTvAQB47wEAjFkLAOBZCwCYgAsAGAgHACAwBwCgJAIA0C0CABwOAACcpwEAbHIMAHjzAADctQQA2K8LABwOAAAcbwIAMNAIAITQCADY0AgALNEIAIDRCADU0QgAKNIIAHzSCADQ0ggAJNMIAJiACwD4yQ0AtFoDAHzuAQCQzg0AZCYAAHzuAQC8iAwAoF0OAIRIAADYSAAAVAAAACwpCADcBQYAWHkBAKjlCwCMUAgArJIAACAwBwB87gEAmBUBACh5BAB8eQQA0HkEACR6BACoIwcAbHYLANivCwAcDgAAHG8CAGx2CwDYrwsAHA4AABxvAgB87gEA/NwIALRaAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANA6BAAkOwQAALIIAFSyCACosggA/LIIAFCzCACkswgA+LMIAEy0CACgtAgA9LQIAEi1CACctQgA8LUIAES2CACYtggA7LYIAEC3CADsoAMA+EYJAExHCQCgRwkA9EcJAEhICQCcSAkA8EgJAJDODQCYagYA7GoGAHyXBwDQlwcAJJgHAHiYBwDMmAcAIJkHAHzuAQC8iAwAYHwFALR8BQAIfQUAIDAHAHzuAQCQzg0AaOwIAKAcBACYEQIAHA4AAPjHAwBMyAMAmBECAKySAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAVN8CANT6AwAo+wMAfPsDAND7AwAk/AMAePwDAMz8AwAg/QMAdP0DAMj9AwAc/gMAcP4DAMT+AwAY/wMAbP8DAMD/AwDsoAMA+EYJAExHCQCgRwkA9EcJAEhICQCcSAkA8EgJAJDODQCYagYA7GoGAHyXBwDQlwcAJJgHAHiYBwDMmAcAIJkHAHzuAQC8iAwAYHwFALR8BQAIfQUAIDAHAHzuAQCQzg0AaOwIAOygAwD4RgkATEcJAKBHCQD0RwkASEgJAJxICQDwSAkAkM4NAJhqBgDsagYAfJcHANCXBwAkmAcAeJgHAMyYBwAgmQcAfO4BALyIDABgfAUAtHwFAAh9BQAgMAcAfO4BAJDODQBo7AgAoCQCAHi/DQDQgQIAIIcBAHSHAQC0WgMAmBECADivAADsvQEAzJcCAEyeAwCgngMA9J4DAEifAwAYFAQAAEoNAOhgDgBsjQAAwI0AAEQAAQCYAAEA7AABAEABAQCUAQEA6AEBADwCAQAYpwQAbKcEAMCnBAAUqAQAaKgEALyoBAAQqQQAZKkEALipBAAMqgQArHkBAEz6AQB87gEAvIgMAKjMDAA4rwAA7L0BAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPTuBABI7wQAnO8EAPDvBABE8AQAbI0AAMCNAACEJwMAXOEBAHzuAQD4+gYAcA4AACxoCACAaAgA1GgIAChpCABg3AIANIYAAFzhAQCgJAIA0C0CANxHAAAk4wQAeOMEAKySAAAcDgAAVAAAACwpCACAKQgAWOYAANAtAgAAAAAAbI0AAKySAAAcDgAAHG8CAKwWCgAMTwsAWOYAAHzAAgC46QkADOoJAGDqCQB4DQUAzA0FACAOBQB0DgUAyA4FABwPBQBwDwUAxA8FABgQBQBsEAUAwBAFABQRBQBoEQUAvBEFABASBQBkEgUAuBIFAAwTBQBgEwUAtBMFAAgUBQBcFAUAsBQFAAQVBQBYFQUArBUFAAAWBQBUFgUAqBYFAPwWBQBQFwUApBcFAPgXBQBMGAUAoBgFAPQYBQA0hgAAiIYAAMyDBwAghAcAIDAHAHzuAQC8iAwAoF0OAIRIAACYFQEAzPgEACD5BAB87gEAAMcIAFTHCADcRwAAJOMEAHjjBACskgAAHA4AAHzuAQCYwwoApAwNAIApCAB87gEAAMcIAFTHCAAAAAAAbI0AAKySAAAcDgAAHG8CAHzuAQDMhgEAoBwEAGAXBAAgnAEAbGQFAMBkBQBM1AAA/NwIAFh5AQA4rwAAzIMHAHzuAQCY7QoAZCQLACAwBwA0pQgAeL0DAGDcAgA4rwAAPKYCAOS7AgA4vAIAjLwCAOC8AgA4rwAA7L0BAMyXAgBMngMAoJ4DAPSeAwBInwMAUAgOAAxPCwBY5gAAfMACADwwAACMrwAA4K8AADSwAACIsAAA3LAAAGDcAgA4rwAAPKYCAOS7AgA4vAIAjLwCAOC8AgA4rwAA7L0BAMyXAgBMngMAoJ4DAPSeAwBInwMAUAgOAAxPCwBY5gAAfMACAKySAAAgMAcANKUIAHi9AwA8MAAA7L0BAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAMIgFAISIBQDYiAUALIkFAICJBQDUiQUAKIoFAHyKBQAE7wMAWO8DAKzvAwAA8AMAVPADAKjwAwD88AMAUPEDAKTxAwD48QMATPIDAKDyAwD08gMAtLYBAAi3AQBctwEAsLcBAAS4AQCcCQkA8AkJAEQKCQCYCgkA7AoJAEALCQCUCwkA6AsJADwMCQCQDAkA5AwJADgNCQCMDQkA4A0JADQOCQCIDgkA3A4JADAPCQCEDwkA7L0BAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAMIgFAISIBQDYiAUALIkFAICJBQDUiQUAKIoFAHyKBQC03AIACN0CAEQAAQCYAAEA7AABAEABAQCUAQEA6AEBADwCAQAYpwQAbKcEAMCnBAAUqAQAaKgEALyoBAAwHgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAFTfAgDU+gMAKPsDAHz7AwDQ+wMAJPwDAHj8AwDM/AMAIP0DAHT9AwDI/QMAHP4DAHD+AwDE/gMAGP8DAGz/AwDA/wMAmMMKAPjuCQBM7wkAoO8JAPTvCQBI8AkAnPAJAPDwCQBE8QkAmPEJAOzxCQBA8gkAlPIJAOjyCQA88wkAkPMJAOTzCQA49AkAjPQJAOD0CQA09QkAiPUJANz1CQCU5AIA6OQCAPTaCQDsLAsAyJUIAGjsCADcRwAArBYKALyIDACozAwAoNILAGx2CwDYrwsAHA4AALjpCQAM6gkAkBwFAOQcBQA4HQUALHQFAPj6BgAwHgAAhB4AANgeAAAsHwAAgB8AANQfAABM1AAArJIAAPQXAADcRwAAfO4BAJiACwBM1AAATA8CANxHAAB87gEATNQAAEwPAgCcdw0A8HcNANgcCwAsHQsAgB0LANQdCwCYwwoA5GAJABwOAACcpwEA7H4BANADAgDMhgEAgHoOALyIDACozAwAoNILAJjwBADs8AQAQPEEAJTxBADo8QQAPPIEAJDyBACYWgoA7FoKAEBbCgC8iAwAoF0OAIRIAAAAxwgAVMcIAJAcBQDkHAUAOB0FACx0BQD4+gYAMB4AAIQeAADYHgAALB8AAIAfAAB48wAA4IMLAMy9AwCY8AQA7PAEAEDxBACU8QQA6PEEADzyBACQ8gQA5PIEAPCfAwBEoAMApHAJAOztCgBA7goA0AMCABj3BQBs9wUAwPcFABT4BQD0FwAAfO4BAPj6BgB8lA0A0JQNAAw0AgBYeQEAYBcEAKA6BwBEagYAaOwIANxHAACsFgoADE8LAFjmAAB8wAIA7OENAGB8BQC0fAUACH0FAFx9BQCwfQUABH4FAERJCQCYSQkA7EkJAEBKCQCUSgkA6EoJADxLCQCQSwkA5EsJADhMCQCMTAkA4EwJADRNCQCITQkA+PoGADAeAACEHgAA2B4AACwfAACskgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAJTkAgDo5AIA9NoJAEjbCQCc2wkA8NsJAETcCQCY3AkA0O4BAIxQCADgUAgANFEIAJDODQCgJAIAfO4BAIBxCwDUcQsAoCQCANAtAgCAawIA3EcAAFQiAgCgJAIAtFoDAHzuAQD4pQEAbI0AAMCNAACEJwMAXOEBAFTfAgDU+gMAKPsDAHz7AwDQ+wMAJPwDAHj8AwDM/AMAIP0DAHT9AwDI/QMAHP4DAHD+AwDE/gMAGP8DAGz/AwDA/wMA1KcIAPjICABAzAgAlMwIAOjMCAA8zQgA7KADAPhGCQBMRwkAoEcJAPRHCQBISAkAnEgJAPBICQCQzg0AmGoGAOxqBgB8lwcA0JcHACSYBwB4mAcAzJgHACCZBwB87gEAvIgMAGB8BQC0fAUACH0FACAwBwB87gEAkM4NAGjsCADcRwAAYHwFALR8BQAIfQUAXH0FALB9BQAEfgUAWH4FAKx+BQAAfwUAVH8FAJAeDwDkHg8AKPsDAHz7AwDQ+wMAJPwDAHj8AwDM/AMAIP0DAHT9AwDI/QMA7KADAPhGCQBMRwkAoEcJAFx9BQCwfQUAGDcLADAeAAAgXgYAgHoOANwFBgDcRwAAYHwFAERqBgAQ2AgA3EcAAGB8BQC0fAUACH0FAFx9BQCwfQUABH4FAFh+BQCsfgUAAH8FAFR/BQCskgAAAJMAAFjmAAB8wAIA9PoBAGB8BQC0fAUACH0FAFx9BQCwfQUABH4FAFh+BQAkxwsAeMcLAMzHCwAgyAsAdMgLAMjICwAcyQsAcA4AACxoCACAaAgA1GgIAChpCABUIgIAmGoGAOxqBgBAawYArJIAAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQBg3AIAMDkJAACTAABY5gAAfMACAPQXAABIGAAAvPAHABDxBwBk8QcAuPEHAAzyBwBg8gcA9CQCAPygAgBQoQIAWHkBANCBAgA0hgAA0AMCAMyGAQB87gEAvIgMAGB8BQC0fAUACH0FAFx9BQCwfQUABH4FAERJCQDEtAsAbMkGAMDJBgAUygYAaMoGALzKBgAQywYAZMsGALjLBgCYgAsAZCYAANxHAACsFgoADE8LAPj6BgAwHgAAIF4GAIB6DgDcBQYA3EcAAGB8BQBEagYAENgIAHzuAQBwZAoAENkNAGTZDQC42Q0A2P0CAOjdCQA83gkAkN4JAOTeCQA43wkAjN8JALzOBQAQzwUAZM8FALjPBQAM0AUAYNAFALTQBQAI0QUAXNEFALDRBQD86AUAUOkFAKTpBQD46QUATOoFAKDqBQBsjQAAoCQCAKAkAgDQLQIA9BcAANxHAAB87gEAvIgMAKjMDACYagYA5GAJAMyGAQAghwEAdIcBALRaAwBg3AIAAAAAAHzuAQC8iAwAhCsCANgrAgAsLAIAbEgMAPj6BgA0rgsAWHkBAGxkBQA0hgAA0AMCAMyGAQCAeg4A+PoGADAeAACEHgAA2B4AACwfAACAHwAA7K0FAHzuAQDQ7gEA/HwLAFB9CwCkfQsAvIgMAGB8BQC0fAUACH0FAFx9BQCwfQUABH4FAGDcAgCU5AIA6OQCAPTaCQCYgAsA/KACAFChAgBYeQEA0IECADSGAADQAwIAzIYBAIB6DgD4+gYAMB4AAIQeAADYHgAALB8AAIAfAACYFQEAAAAAAFQAAAA4rwAA7L0BAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAMIgFAACTAABY5gAAfMACAKAkAgDIlQgA5BENAMBGAgAAkwAAwOMKABTkCgCgJAIA0C0CACQNBQB4DQUAzA0FADSGAADQAwIAzIYBAIB6DgCskgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAMCNAAD0FwAAtFoDAGDcAgDcRwAAOK8AAFQAAAA4rwAA7L0BAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAZCYAANSuAQAorwEAfK8BADivAADsvQEAzJcCAEyeAwCgJAIA0C0CACQuAgDsdA4AHA4AADAeAAAE2wgAWNsIAKzbCAAA3AgAVNwIAKjcCACEiAUA2IgFACyJBQCAiQUA1IkFACiKBQB8igUA2P0CAHAOAAAsaAgAgGgIANRoCAAoaQgAfO4BAHBkCgAQ2Q0AZNkNALjZDQCQHg8A5B4PADgfDwCMHw8A4B8PADQgDwCIIA8A3CAPADAhDwCEIQ8A2CEPACwiDwCMuAMA4LgDADS5AwCIuQMA3LkDADC6AwCEugMA2LoDAGx2CwDYrwsAHA4AANADAgAY9wUAbPcFAMD3BQAU+AUAaPgFABg3CwCEcgAA/KACAFChAgBYeQEA0IECADSGAADQAwIAzIYBADSGAABkJgAAbEYCAHwdBgC0tgEAHA4AADwwAADsvQEAzJcCAEyeAwCgngMA9J4DAEifAwCcnwMA8J8DAESgAwAwiAUAAJMAAFjmAAB8wAIA+OIMAFDkAQDkkQIAOJICAIySAgDgkgIAyJUIAGQmAACgJAIA0C0CANxHAAAk4wQAeOMEAKySAAAcDgAAMB4AAKxPAQAAUAEAVFABAGy1CwDAtQsAFLYLAHzuAQCYFQEAzPgEALRaAwB87gEA2BwLACwdCwCAHQsA1B0LANADAgDg5A0AmIALAPygAgBQoQIAWHkBANCBAgA0hgAA0AMCAMyGAQCY8AQA7PAEAJwWCwDwFgsARBcLAJgXCwDsFwsAQBgLAJQYCwDoGAsAPBkLAJAZCwBwZAoAHA4AABxvAgBwbwIA0AMCAMyGAQCgHAQAeL0DAMAHAgDMSQsAWEQJAKjMDACg0gsAmO0KAFQAAACIhgAA7L0BAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAMIgFAACTAABY5gAAfMACALTcAgAI3QIARAABAJgAAQDsAAEAQAEBAJQBAQDoAQEAPAIBANADAgBEagYARGoGANxHAAAcDgAAHG8CACTjBABcjwsApPMNAHzuAQDQ7gEAoCQCAMiVCACYFQEAfO4BAPilAQB48wAAYNwCAFTfAgCMrwAA4K8AADSwAACIsAAA3LAAADCxAABsdgsAwHYLABR3CwBodwsAAMcIAMDjCgAU5AoAfO4BAJDODQBo7AgA3EcAAHzuAQCQzg0AZCYAAHzuAQCYgAsA/KACAFChAgBYeQEA0IECADSGAADQAwIAzIYBAIB6DgDQAwIAGPcFAGz3BQDA9wUAFPgFAGj4BQAYNwsAfO4BALyIDACozAwAoNILALyIDAA0hgAAAMsHAGxGAgB87gEAvIgMAPjJDQC0WgMAfO4BAJDODQBkJgAAfO4BALyIDACgXQ4AhEgAANhIAAAsSQAArJIAACAwBwB87gEA0AMCABj3BQBs9wUAwPcFABT4BQBo+AUAzIYBADSGAAA4qwEAHG8CAGB8BQA4rwAAHA4AADAeAAA0hgAAKFcCADivAADMgwcAcBsCAPwxDgBQMg4AAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAHA4AAHAbAgCMOA4A4DgOAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAMIgFAACTAABY5gAAfMACAAAAAABUAAAALCkIANjRDQAcDgAAMB4AADSGAAAoVwIAOK8AAMyDBwBUAAAAOBQCAHAbAgD8MQ4AUDIOAABQAQBUUAEAqFABAPxQAQBQUQEApFEBABwOAABwGwIAjDgOAOA4DgDMlwIATJ4DAKCeAwD0ngMASJ8DAJyfAwDwnwMARKADADCIBQAAkwAAWOYAAHzAAgBg3AIA3EcAACTjBABcjwsA3FQCABwOAABUAAAA5GAJAKAkAgDcRwAAYNwCANxHAAAk4wQAXI8LANxUAgAcDgAAVAAAAORgCQCgJAIA3EcAAGDcAgAwOQkAAJMAAFjmAAB8wAIAzIYBAKAcBAD8oAIAWHkBAKx5AQBM+gEAOK8AAOy9AQDMlwIATJ4DAKCeAwD0ngMASJ8DAJyfAwDwnwMARKADAAyrCQAwHgAAhB4AAFjmAAB8wAIAmBECAOwRAgAk4wQAXI8LANxUAgAcDgAAVAAAAORgCQCgJAIA3EcAAHAbAgCMOA4A4DgOAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAMIgFAACTAABY5gAAfMACAJAeDwDkHg8AKPsDAHz7AwDQ+wMAJPwDAHj8AwDM/AMAIP0DAHT9AwDI/QMAcGQKABDZDQBk2Q0AuNkNAHjBAgA8pgIAuIEOAAyCDgBggg4AtIIOAAiDDgBcgw4AsIMOAASEDgC8pAUAEKUFAGSlBQC4pQUADKYFAGCmBQC0pgUAYNwCAFTfAgDU+gMAKPsDAHz7AwDQ+wMAJPwDAHj8AwDM/AMAIP0DAHT9AwDI/QMA7KADAPhGCQBMRwkAoEcJAFx9BQCwfQUABH4FAERJCQCYSQkAPKYCALiBDgAMgg4AYIIOALSCDgAIgw4AXIMOALCDDgAEhA4AVN8CANT6AwAo+wMAfPsDAND7AwAk/AMAePwDANxHAABgfAUAtHwFAAh9BQBcfQUAsH0FAAR+BQBYfgUArH4FAAB/BQBUfwUAlOQCAKySAABM1AAAOK8AAOy9AQDMlwIATJ4DAKCeAwD0ngMASJ8DAJyfAwDwnwMARKADADCIBQAAkwAAWOYAAHzAAgAQ2AgASBgAAIQgCgDYIAoANIYAAPygAgBQoQIAWHkBANCBAgA0hgAA0AMCAMyGAQCAeg4ArJIAAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQAcDgAAhHIAAPygAgBQoQIAWHkBANCBAgA0hgAA0AMCAMyGAQCAeg4ArJIAAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQCU5AIA6OQCAPTaCQCYgAsAAMsHAKAcBAD8oAIAQCAJANgcCwAsHQsAhCAKANggCgAcDgAAfO4BANDuAQD8fAsAUH0LAKR9CwD4fQsAmO0KAOztCgBA7goAtFoDAAhbAwBcWwMAoCQCAHzuAQCY8AQAjK8AAGyNAAAcDgAAHG8CAKwWCgB87gEA2BwLACwdCwCEIAoA2CAKAJiACwD8oAIAUKECAFh5AQDQgQIANIYAANADAgDMhgEAOK8AADivAADg2gUANNsFAIjbBQDc2wUAkBwFAHzuAQBM1AAA/NwIAFh5AQDQgQIAgHoOAHBkCgAcDgAAHG8CAHBvAgDQAwIAzIYBAKAcBAB4vQMAwAcCAFh5AQCseQEATPoBAHzuAQCYgAsAMMcFAJjwBADs8AQAQPEEAJTxBADo8QQAPPIEAJDyBADk8gQA8J8DAESgAwCYoAMA7KADAEChAwCUoQMA6KEDAEz7BgCg+wYA9PsGAEj8BgCc/AYA8PwGAET9BgCY/QYAvIgMADivAABUAAAAAAAAAFh5AQBUAAAAfO4BAJjwBADs8AQAQPEEAJTxBADo8QQAPPIEAJDyBADk8gQA8J8DAESgAwCYoAMA7KADAEChAwCUoQMAvIgMAKBdDgCESAAAbHYLANivCwAcDgAAHG8CALyIDABgfAUAtHwFAAh9BQBcfQUAsH0FAAR+BQBESQkANKEJAIihCQAg8AEAWHkBAKAkAgDQLQIAkM4NAJhqBgDsagYAQGsGAHzuAQC8iAwAOK8AAFQAAAB87gEAmPAEAOzwBABA8QQAlPEEAOjxBAA88gQAkPIEAOTyBADwnwMARKADAJigAwBM1AAAWHkBAGxkBQAwSAAAfO4BAGx2CwDYrwsAHA4AABxvAgB87gEA3EcAADivAABUAAAAfO4BAJjDCgDgQgEANEMBAPygAgBYeQEAIDAHAMjADQAAkwAAYNwCAEjzAwAMeQsAYHkLALR5CwB4wQIAGFMEALDbDQAE3A0AAAAAAFzhAQAAAAAAAAAAAAAAAAA0hgAAZCYAABwOAAD4xwMATMgDAKgjBwD8IwcAUCQHAKQkBwD4JAcATCUHAKAlBwD0JQcATF0OAEjiAgA4rwAAVAAAAHzuAQCYwwoA4EIBADRDAQD8oAIAWHkBACAwBwDIwA0AAJMAAGDcAgBI8wMADHkLAGB5CwC0eQsAeMECABhTBACw2w0ABNwNAAAAAABc4QEAAAAAAAAAAAAAAAAANIYAAGQmAAAgMAcAdDAHAKTzDQDcRwAAYHwFAPygAgBAIAkA+PoGADAeAACEHgAA2B4AACwfAACAHwAA1B8AAHSUAwDIlAMAHJUDAGyNAADAjQAARAABAPygAgBQoQIAWHkBANCBAgA0hgAA0AMCAMyGAQCAeg4AkM4NAKAkAgB87gEAgHELAMxACACskgAAHA4AAHzuAQDYHAsALB0LAIAdCwDUHQsAcAYCAJC9DADkvQwAeL0DACAwBwAcDgAAfO4BAPj6BgAwHgAAhB4AANgeAAAsHwAAgB8AANQfAAB0lAMAyJQDAByVAwBsjQAAwI0AAEQAAQD8oAIAUKECAFh5AQDQgQIANIYAANADAgDMhgEAgHoOAJDODQCgJAIAfO4BAIBxCwDMQAgArJIAABwOAAB87gEA2BwLACwdCwCAHQsA1B0LAHAGAgCQvQwA5L0MAHi9AwB87gEA+PoGADAeAACEHgAA2B4AACwfAACAHwAA1B8AAHSUAwDIlAMAHJUDAGyNAADAjQAARAABAPygAgBQoQIAWHkBANCBAgA0hgAA0AMCAMyGAQCAeg4AkM4NAKAkAgB87gEAgHELAMxACACskgAAHA4AAHzuAQDYHAsALB0LAIAdCwDUHQsAcAYCAJC9DADkvQwAeL0DAAAAAAA0hgAAAMsHAFTLBwCgHAQAYNwCAKAkAgB4vw0ArHkBAEz6AQDcywkAAJMAAFjmAAB8wAIAlOQCAOjkAgD02gkASNsJADAeAACEHgAA2B4AACwfAACAHwAA1B8AAJiACwD8oAIAUKECAFh5AQDQgQIANIYAANADAgDMhgEArJIAAJgVAQA4rwAAPKYCAIiGAADMgwcAIIQHABwOAAAwHgAAhB4AANgeAAAsHwAAgB8AANAtAgAAkwAAWOYAAHzAAgC0tgEAHA4AAGDcAgDY/QIA6N0JADzeCQCQ3gkA5N4JADjfCQCM3wkAbEgMAFTfAgDU+gMAKPsDAHz7AwDQ+wMAJPwDAHj8AwCYWgoA7FoKAKxECQAARQkAVEUJAFx9BQCwfQUABH4FAERJCQC8iAwAqMwMACAwBwDIwA0ArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAEjiAgCgXQ4AhEgAAIBnAwDUZwMAKGgDAHxoAwDQaAMAJGkDAHhpAwDMaQMAmIALAPygAgBQoQIAWHkBANCBAgA0hgAA0AMCAMyGAQCAeg4AmPAEAOzwBABA8QQAlPEEAOjxBAA88gQAkPIEAOTyBADwnwMARKADAJigAwCYgAsADDQCAPx4DACgXQ4AWHkBAHi9AwDMvQMAmBUBAOwVAQCYFQEAoDoHAPQXAADMPAkAID0JAHQ9CQCMWQsA4FkLAJgVAQDM+AQAKFcCAGxGAgDARgIAIDAHAHzuAQCAcQsAyMANADSGAADAdgsAFHcLAGh3CwC8dwsAEHgLAGR4CwC4eAsAcDIMAPjJDQAgMAcAfO4BAJjtCgBkJAsAuCQLAEx+CwDUcQsAeL0DAIRyAADQAwIAzIYBAIB6DgAgMAcAfO4BAGyNAADAjQAA3EcAAGB8BQDQgQIAfO4BALyIDABgfAUAtHwFAAh9BQAgMAcAfO4BAADHCABUxwgA3EcAACTjBADMhgEAoBwEAPQcBAB4jwQAOK8AAHAbAgCMOA4A4DgOAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAMIgFAACTAABY5gAAfMACADxMDgAwHgAAhB4AANgeAAAsHwAAgB8AACAwBwDIwA0ANIYAABgIBwBg3AIAzEAIAEzUAAD0FwAAYNwCAPzcCADYrwsAHA4AABxvAgDMhgEAIIcBAKQtCgD4LQoATC4KAKAuCgAsKQgAgCkIAFjmAAB8wAIAPFgLAJhqBgDsagYAQGsGAHzuAQBsjQAAwI0AAIQnAwBc4QEAfO4BAPj6BgBwDgAALGgIAIBoCADUaAgA+PoGAHyUDQDQlA0ADDQCAGyNAAAcDgAAfO4BAPzcCADMSQsA3AUGAGxGAgDARgIAIDAHAMxACACYagYA7GoGAHyXBwDQlwcAJJgHAHiYBwDMmAcAIJkHAHSZBwDImQcAHJoHAHCaBwDEmgcAGJsHAGybBwDAmwcAFJwHAGicBwC8nAcAEJ0HAGSdBwC4nQcADJ4HACCuBwB0rgcAyK4HAByvBwAgMAcAfO4BAJDODQBo7AgA3EcAAHzuAQBM1AAATA8CAFh5AQBsZAUAYHwFAKx5AQBM+gEAfO4BANDuAQD8fAsAoCQCAHzuAQCQzg0AmGoGAOxqBgB8lwcA0JcHACSYBwB4mAcAzJgHAIApCAD0JAIADDQCAGB8BQBEagYAENgIANxHAABgfAUAtHwFAAh9BQBcfQUAsH0FAAR+BQBYfgUAJMcLAHjHCwDMxwsAIMgLAHTICwDIyAsAHMkLAIjnAgCEwgEA3EcAADSGAAAMNAIArBYKAJDODQCYagYA7GoGAHyXBwDQlwcAJJgHAHiYBwDMmAcAIJkHAHzuAQC8iAwAYHwFALR8BQAIfQUAIDAHAHzuAQCQzg0AaOwIANxHAAD0DwIAbI0AAMCNAABEAAEAmAABAOwAAQBAAQEAlAEBAOgBAQA8AgEAmBUBAOwVAQCYhAoANKUIABA1DAC0WgMAfO4BAJjwBADs8AQAnBYLAMCNAADcRwAArBYKAEjiAgBgfAUAtHwFAAh9BQBcfQUAsH0FAAR+BQBESQkATNQAAEwPAgBYeQEAbGQFAGB8BQCseQEATPoBAHzuAQDQ7gEA/HwLAKAkAgB87gEA/KACAFChAgCkoQIA+KECAPzcCADYrwsAHA4AABxvAgBwbwIA/KACAFChAgBYeQEA0IECADSGAADQAwIAzIYBAGzJBgAAAAAAzIYBAGDcAgCU5AIA6OQCAPTaCQBsdgsA2K8LABwOAAAcbwIAHA4AAHzuAQCYgAsA/KACAFChAgBYeQEA0IECADSGAADQAwIAzIYBAIB6DgCY7QoA7O0KAEDuCgC4+goADPsKAGD7CgCYwwoA5GAJADhhCQC03AIACN0CAEQAAQCYAAEA7AABAEABAQCUAQEA6AEBADwCAQAYpwQAoCQCANAtAgAkDQUADDQCAKwWCgD4+gYAMB4AABwOAACcpwEA7H4BAERqBgDMhgEAzIYBAHzuAQBsdgsA2K8LABwOAAAcbwIAePMAAOCDCwDQOgQAvIgMACTjBAB44wQArJIAACAwBwB87gEA0O4BAPx8CwCgJAIAfO4BAAAAAABsjQAArJIAAACTAAC0WgMAfO4BANDuAQAk7wEAeO8BAMzvAQD0FwAASBgAAIQgCgDYIAoAHA4AAGQmAADUrgEAKK8BAHyvAQDIwA0ArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAFTfAgDU+gMAnBYLAPAWCwBEFwsAmBcLAOwXCwBAGAsAlBgLAOgYCwAAxwgAVMcIACQNBQB4DQUAzA0FAHzuAQCYgAsA+MkNALRaAwB87gEAmPAEAOzwBABA8QQA/F8NAFBgDQCIhgAAFK0IAHzuAQCYwwoA5GAJAFh5AQCseQEADDQCABwOAABg3AIAlOQCAOjkAgD02gkASNsJADAeAACEHgAA2B4AACwfAACAHwAA7K0FAHzuAQCYgAsA/KACAFChAgBYeQEA0IECADSGAADQAwIAzIYBAIB6DgDQ7gEA/HwLAKAkAgB87gEAmPAEAOzwBABA8QQAlPEEAOjxBAA88gQAkPIEAOTyBADwnwMAHA4AADAeAACEHgAA2B4AACwfAACAHwAA7K0FAECuBQCEHgAAWOYAAHzAAgAwHgAAhB4AAFjmAAB8wAIAkB4PAOQeDwAo+wMAfPsDAND7AwAk/AMAePwDAMz8AwAg/QMAdP0DAJgRAgCgJAIA0C0CACQuAgDsdA4AHA4AADAeAAD00gsAwDECAOzkBwBA5QcAfO4BAPj6BgAwHgAAhB4AANgeAAAsHwAAOK8AAGxGAgD83AgA2K8LAGjsCAAcDgAAMB4AAJgRAgAgMAcAoCQCAHi/DQD8oAIAQCAJAJQgCQBwGwIA/DEOAACTAABY5gAAfMACAHAbAgD0FwAArJIAANxHAABM1AAARGoGAKAkAgBsRgIAwEYCAACTAABY5gAAfMACAJAeDwDkHg8AsNsNAATcDQBY3A0AAAAAAAAAAACskgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAGDcAgBU3wIA1PoDACj7AwB8+wMA0PsDACT8AwB4/AMAzPwDACD9AwB0/QMAyP0DABz+AwBw/gMAxP4DABj/AwBs/wMAwP8DALyIDACgXQ4AhEgAAHBkCgDEZAoAIDAHAFQAAADkYAkAWHkBAKx5AQAkPwMAfO4BAGyNAACgJAIAzIYBAGDcAgAwCQAA/NwIAFDdCACk3QgAmPAEAOzwBABA8QQAlPEEAOjxBAA88gQAkPIEAJhaCgDsWgoAQFsKALyIDACgXQ4AhEgAAPR0AwDMQAgAIEEIAHRBCADIQQgAHEIIABSDCACAcQsAdDAHAKySAACYFQEA7BUBAPR0AwDMQAgAIEEIAHRBCADIQQgAHEIIABSDCACAcQsAdDAHAKySAACYFQEA7BUBAEAWAQB87gEAAMcIAMDjCgAU5AoA9BcAAIQnAwCseQEATPoBAKySAAAAkwAAmBUBACCcAQB4vQMAnKcBAOx+AQBEagYAENgIAHzuAQCAcQsAyMANAPQXAACEJwMArJIAACAwBwB87gEATNQAAPzcCABYeQEA0IECAIB6DgC8iAwAJOMEALRaAwBYeQEArHkBAEz6AQB87gEAvIgMAKjMDACg0gsAmPAEAOzwBABA8QQAlPEEAOjxBAA88gQAkPIEAJhaCgDsWgoAQFsKALyIDACgXQ4AhEgAAPR0AwDMQAgAIEEIAHRBCADIQQgAHEIIABSDCACAcQsAdDAHAKySAACYFQEA7BUBAIBxCwDcog4AMKMOAISjDgDYow4ALKQOAICkDgCY8AQA7PAEAEDxBACU8QQA6PEEADzyBACQ8gQAnA0IAERqBgBsyQYAbEYCAMBGAgAAkwAA0C0CAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQBI8wMADHkLAGB5CwC0eQsAMO4LAPzcCABYeQEA0IECAIB6DgDQ7gEAuCYAANxHAAA4rwAAzIMHAFh5AQCseQEATPoBAHzuAQD4+gYAMB4AAIQeAADYHgAALB8AAIAfAADUHwAAmIALAKTzDQBYeQEAfO4BAPygAgBAIAkAlCAJABg3CwDsfgEARGoGAFh5AQDQgQIAgHoOAPQXAABIGAAARD8BAGQmAAD8fAsAUH0LAKR9CwD4fQsARKQCAACTAABY5gAAfMACAPilAQCY9QgA7PUIAED2CACU9ggA6PYIADz3CAAAAAAA5NACADjRAgDYHAsALB0LAJwYAABs4gUAwOIFALgoCgAMKQoAYCkKANDuAQCMUAgA4FAIADRRCACQzg0AoCQCAHzuAQCAcQsA1HELAKAkAgDQLQIAgGsCANxHAABUIgIAoCQCAHBkCgDEZAoAGGUKAGxlCgDAZQoAAAAAAPygAgBQoQIAKFcCAAAAAACgJAIAwOMKABTkCgAAAAAAIDAHAMxACAAgQQgAdEEIAMhBCAAcQggAbG0IAMBtCAAUbggAaG4IAGzJBgBsRgIAwEYCANxHAAD0FwAASBgAAEQ/AQBkJgAA/HwLAFB9CwCkfQsA+H0LAESkAgAAkwAAWOYAAHzAAgBwGwIAPEwOAHAOAAAsaAgAKB4LAIxQCACM6AwAuEgCAHzuAQCYgAsAMMcFAPygAgBQoQIApKECAKAcBAAgMAcAfO4BAIBxCwDMQAgAIEEIAHRBCADIQQgAHEIIABSDCABwZAoAxGQKAPygAgBYeQEAoCQCAMiVCAAQ2AgAmBUBAKA6BwD0FwAATNQAAERqBgCgJAIAbEYCAHxICwCseQEATPoBAHzuAQCY8AQA7PAEAEDxBAD8Xw0AUGANAKRgDQD4YA0ATGENAKBhDQB87gEAAMcIAMDjCgAU5AoAaOQKALzkCgAQ5QoAZOUKAPj6BgB8lA0AJOMEAFyPCwAMNAIArBYKAEz6AQB87gEAmO0KAGQkCwC4JAsAcGQKAFh5AQBsZAUAMEgAAIRIAACAZwMAfO4BANgcCwAsHQsAgB0LANQdCwAAxwgAwOMKABTkCgD0FwAAhCcDAKx5AQBM+gEAfO4BAJDODQCgJAIAfO4BAJgVAQAgnAEAeL0DADwwAADsvQEAzJcCAGQmAACMUAgATPoBAGyNAACgJAIA0C0CAKAkAgDQLQIAJA0FAAw0AgCsFgoAgHELAMxACAAgQQgAdEEIAMhBCAAcQggAFIMIAJjDCgDgQgEANEMBAPygAgBYeQEAIDAHAMjADQBEagYARGoGANxHAADMhgEAgHoOABwOAACcpwEAfO4BAIBxCwDMQAgAIEEIAHRBCADIQQgAHEIIABSDCADYHAsALB0LAIAdCwDUHQsAKB4LAHweCwDQHgsAJB8LAIBxCwDMQAgAIEEIAHRBCADIQQgAHEIIABSDCABwZAoAxGQKACAwBwBUAAAA5GAJAFh5AQCseQEA3AUGADAGBgCEBgYA2AYGACwHBgCABwYA1AcGACgIBgB8CAYA0AgGAFh5AQA0hgAAAMsHAHzuAQC8iAwAOK8AAFQAAABg3AIAfO4BAABKDQDoYA4AmPAEAOzwBABA8QQAlPEEAOjxBAA88gQAkPIEAHjzAAAAAAAA0DoEABDEDQD8fAsAoCQCANxHAABgfAUA/KACAEAgCQAgXgYAtFoDAHzuAQAAxwgAVMcIAKjHCAD8xwgAUMgIAKTICAB87gEAmO0KAFTfAgDU+gMAKPsDAHz7AwDQ+wMAJPwDAHj8AwDM/AMAIP0DAHT9AwDI/QMAHP4DAHD+AwDE/gMAGP8DAGz/AwDA/wMASPMDANwFBgAwBgYAhAYGANgGBgAsBwYAgAcGANQHBgAoCAYAfAgGANAIBgCU5AIA6OQCAIitBgAASg0ArJIAAKxPAQAApgsAeL0DABxvAgBgfAUArHkBAEz6AQB87gEAgHELAMxACACYFQEAzPgEAFh5AQCcDQgA8A0IAEQOCACYDggA7A4IAEAPCACUDwgA6A8IADwQCACQEAgA5BAIADgRCACMEQgA4BEIADQSCACIEggA3BIIADATCACgJAIA0C0CACQuAgDsdA4AHA4AADAeAAD4pQEA3EcAADivAABUAAAAYNwCAAAAAADMhgEAHA4AAGDcAgAAAAAAbI0AAMCNAACEJwMAXOEBAGDcAgAAAAAA0AMCAMyGAQCAeg4AvIgMAKjMDACg0gsAmPAEAOzwBABA8QQAlPEEAOjxBAA88gQAkPIEAJhaCgDsWgoAQFsKALyIDAA4rwAAVAAAAGDcAgAAAAAAzIYBABwOAABg3AIAAAAAAPj6BgCcpwEA8KcBAGDcAgAAAAAA9BcAAPQXAACskgAA3AUGANxHAABgfAUARGoGABDYCAB87gEAAMcIAFTHCACoxwgA/McIAFDICACkyAgAAAAAANxHAADcRwAAVAAAADivAADsvQEAzJcCAEyeAwCgngMA9J4DAEifAwCcnwMA8J8DAESgAwAo5A4A5GAJADhhCQCMYQkAePMAANy1BADYrwsAHA4AABxvAgBscgwAAMcIAFTHCAAkDQUAeA0FAMwNBQB87gEAgHELAHQwBwC4GA4ADBkOANADAgA0hgAAOKsBADAeAAD4+gYAMB4AAIQeAADYHgAALB8AAIAfAADUHwAAmIALAAw0AgBsjQAAzIYBACAwBwB87gEA2BwLACwdCwCAHQsA1B0LAJjwBADs8AQAQPEEAJTxBADo8QQAPPIEAJDyBACYWgoA7FoKAEBbCgCgJAIA0C0CACQuAgDsdA4AHA4AADAeAADIwA0AAJMAAFjmAAB8wAIArJIAAACTAABY5gAAmDQJAOw0CQCcGAAAAAAAAAAAAAAAAAAA5NACADjRAgDM1gIA7PAEAEDxBACU8QQA6PEEADzyBACQ8gQA5PIEAPCfAwBEoAMAmKADACQJBgB4CQYAzAkGACAKBgB0CgYAyAoGAAAAAAAAAAAA5NACADjRAgDM1gIA7PAEAEDxBACU8QQA6PEEADzyBACQ8gQA5PIEAPCfAwBEoAMAmKADACQJBgB4CQYAzAkGACAKBgB0CgYAyAoGAEzUAABYeQEArHkBAKySAAAAkwAAWOYAAHzAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAPQXAACskgAA3EcAAHAbAgCMOA4A4DgOAMyXAgBMngMAoJ4DAPSeAwBInwMAUAgOAKQIDgD4CA4ATAkOAKAJDgD0CQ4ASAoOAJwKDgBU3wIA1PoDACj7AwB8+wMA0PsDACT8AwB4/AMAzPwDACD9AwB0/QMAyP0DABz+AwBw/gMAxP4DABj/AwBs/wMAwP8DAERqBgAcDgAAfO4BAHBkCgAQ2Q0AZNkNALjZDQAAAAAAAAAAAAAAAACsFgoArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAPhRAQAAAAAAAAAAAAAAAACsTwEAAKYLAERqBgAQ2AgAfO4BAADHCABUxwgAqMcIAPzHCABQyAgAAAAAAKySAAAAkwAA0AMCAFh5AQCseQEAuEgCANyiDgDAjQAATPoBABwOAACEcgAA4MQAAGQmAADQAwIANIYAAODEAAB87gEAmIALANADAgBM+gEA3MsJACBeBgCAeg4A/NwIAPQXAACskgAArE8BAACmCwAAAAAA9BcAAHzuAQAAxwgAVMcIAPzcCABsjQAAHA4AAIRyAAAYCAcAHA4AAJynAQDsfgEARGoGABDYCACskgAAAMcIAHi/DQCo5QsAjFAIAGyNAADcRwAANIYAAAw0AgAAAAAARGoGAHzuAQAAxwgAVMcIAIBrAgDUawIAHA4AAIRyAAAYCAcA9BcAAEgYAABg3AIAMDkJAIQ5CQDYOQkALDoJAIA6CQDUOgkAKDsJAHw7CQDQOwkAJDwJAHg8CQCskgAA3AUGADAGBgCEBgYA2AYGACwHBgCABwYA1AcGACgIBgB8CAYA0AgGANDuAQAk7wEAeO8BAMzvAQDQrwEAVN8CANT6AwAo+wMAfPsDAND7AwAk/AMAePwDAMz8AwAg/QMAdP0DAMj9AwAc/gMAcP4DAMT+AwAY/wMAbP8DAMD/AwB87gEAvIgMAGB8BQC0fAUACH0FACAwBwB87gEAkM4NAGjsCABgfAUAtHwFAAh9BQAgMAcAfO4BAJDODQBo7AgAfO4BAJjwBADs8AQAQPEEAJTxBADo8QQAPPIEAJDyBADk8gQAOPMEAIzzBADg8wQANPQEAIj0BAA8TA4AcA4AACxoCACAaAgA1GgIAChpCADcRwAAYHwFALR8BQAIfQUAXH0FALB9BQAEfgUAWH4FACTHCwB4xwsAzMcLACDICwB0yAsAyMgLABzJCwDsoAMA+EYJAExHCQCgRwkA9EcJAEhICQCcSAkA8EgJAJTkAgDo5AIA9NoJAEjbCQCc2wkA8NsJAETcCQCY3AkA0O4BAIxQCADgUAgANFEIAJDODQCgJAIAfO4BAIBxCwDUcQsAoCQCANAtAgCAawIA3EcAAFQiAgCgJAIAwDECAADLBwCAeg4AAJMAAFjmAAB8wAIARGoGAERqBgDMhgEAfO4BALyIDABgfAUAtHwFAAh9BQAgMAcAfO4BAJDODQBo7AgA3EcAAHzuAQBM1AAA/NwIAFh5AQDQgQIAgHoOAEzUAABMDwIAWHkBAGxkBQBgfAUArHkBAEz6AQB87gEA0O4BAPx8CwCgJAIAfO4BAJiACwD4yQ0ATMoNAJDODQCYagYA7GoGAEBrBgB87gEAmPAEAOzwBABA8QQAlPEEAOjxBAA88gQAkPIEAOTyBADwnwMAmO0KAGQkCwC4JAsA2BwLACwdCwCAHQsA1B0LAJiACwD8oAIAUKECAFh5AQDQgQIANIYAANADAgDMhgEAgHoOAPQPAgBIEAIAAMcIAFTHCAAAAAAAbI0AAKySAAAcDgAAHG8CAHzuAQC8iAwAYHwFALR8BQAIfQUAIDAHAHzuAQCQzg0AaOwIANxHAAB87gEAmIALAGQmAADcRwAArBYKAAxPCwD0FwAArJIAAKxPAQBg3AIASOICAGB8BQC0fAUACH0FAFx9BQCwfQUABH4FAERJCQCYgAsA6OYMAAAAAABsjQAAWHkBAKAkAgB4vw0ArHkBAEz6AQB87gEAmIALADDHBQCY8AQA7PAEAEDxBACU8QQA6PEEADzyBACQ8gQA5PIEAPCfAwCAeg4AAJMAAFjmAAB8wAIA7OENAGB8BQC0fAUACH0FAFx9BQCwfQUABH4FACSQCQB4kAkAzJAJACCRCQB0kQkAyJEJABySCQBwkgkAxJIJABiTCQBskwkAePMAAEzUAABMDwIAWHkBAGxkBQCc+wEAoCQCANAtAgAkDQUADDQCAKwWCgDo5gwAAAAAAGyNAABYeQEAoCQCANAtAgC0tgEAIDAHANADAgA4rwAAfO4BAJjwBADs8AQAQPEEAJTxBADo8QQAPPIEAJDyBADk8gQA8J8DAJDODQDQAwIA3EcAADSGAABYeQEArHkBAHzuAQC0tgEAIDAHANADAgA4rwAAfO4BAJjwBADs8AQAQPEEAJTxBADo8QQAPPIEAJDyBADk8gQA8J8DAHBkCgCQvQwAAFABAFRQAQBstQsAwLULABS2CwBotgsAvLYLAEzUAAD83AgAzEkLAPQXAAB87gEAvIgMACTjBAC0WgMAWHkBAKx5AQBM+gEAfO4BALyIDACozAwAoNILAJjwBADs8AQAQPEEAJTxBADo8QQAPPIEABwOAAB87gEAmPAEAOzwBACcFgsA8BYLAEQXCwCYFwsA7BcLAEAYCwCUGAsA6BgLADwZCwCQGQsAmIALAOjmDAAAAAAAbI0AAFh5AQCgJAIA0C0CAJAcBQB87gEA0O4BAKAkAgDIlQgAmBUBAHzuAQC8iAwAoF0OAIRIAABsjQAAwI0AAPCjAgBEpAIAAJMAAMyGAQC0WgMAWHkBAKx5AQBM+gEAfO4BAIBxCwB0MAcAuBgOAAwZDgDQAwIANIYAADirAQAwHgAAmIALAOjmDAAAAAAAbI0AAFh5AQCgJAIA0C0CAJiACwAwxwUAAMcIAFTHCAAcDgAAcA4AAGjsCACgJAIAOK8AAKySAADQ7gEAoCQCAMiVCACYFQEAfO4BAJjtCgBsZAUAHA4AAHzuAQCYwwoA4EIBAHi/DQBgFwQAzPgEAChXAgC0WgMAfO4BANDuAQAk7wEAiIYAABStCABUIgIAoCQCALRaAwB87gEAkM4NAKAkAgB87gEA+PoGAHAOAABo7AgAoCQCADivAACskgAA3EcAADSGAAAYCAcAIDAHAKAkAgB4vw0ArHkBAGQmAAD8fAsAfO4BAHBkCgDEZAoAGGUKAEQ/AQBkJgAA/HwLAFB9CwCkfQsA+H0LADSGAABYeQEAmBECADSGAABQZAwAaBIKALwSCgCseQEAFMsLACTjBABcjwsA3FQCABwOAADsNwMANIYAAAw0AgCsFgoAbHYLANivCwAcDgAAHG8CAHzuAQDYHAsAwDECABQyAgBoMgIAnBgAAGziBQDA4gUAuCgKAAwpCgBgKQoAtCkKAAgqCgBcKgoAMB4AAIQeAADYHgAALB8AAIAfAADUHwAAmBUBACCcAQB4vQMA0AMCAODkDQD83AgANIYAAPygAgBYeQEArHkBABCJDAAAFwoAVBcKAKgXCgD8FwoAUBgKAKQYCgD4GAoATBkKAKAZCgD0GQoASBoKAJwaCgDwGgoA1HELAIilCADcpQgAMKYIAGyNAAAgMAcAAMcIAFTHCAAkDQUAGAgHAHzuAQBsjQAAIDAHAAAAAABEagYAfO4BALyIDABgfAUAtHwFAAh9BQBcfQUAsH0FAPzcCABUAAAAmBECAPQXAACskgAA3EcAAEzUAABEagYAoCQCAGxGAgCYEQIATPoBANzLCQAwzAkAhMwJANjMCQAszQkAgM0JANAtAgAcDgAAnKcBADAeAAAcDgAAYNwCAEz6AQDcywkAMMwJAITMCQDYzAkALM0JAIDNCQDUzQkAKM4JAHzOCQDQzgkAJM8JANDuAQD8fAsAoCQCAJDODQCgJAIAfO4BAPj6BgAwHgAAhB4AANgeAABYeQEAOK8AAKySAADYHAsALB0LAIAdCwDUHQsAbEYCABh+CQBIGAAATNQAAPzcCADYrwsAHA4AABxvAgCsFgoArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBABTjBQBo4wUAvOMFABDkBQBk5AUAuOQFAJiACwAYCAcAIDAHAKAkAgDQLQIAHA4AAJynAQB87gEA0O4BAPx8CwBQfQsApH0LAJhqBgDsagYAQGsGAHzuAQC8iAwAOK8AAFQAAAB87gEAmPAEAOzwBABA8QQAlPEEAOjxBAA88gQAkPIEAOTyBADwnwMARKADAJigAwDsoAMAQKEDADSGAABYeQEArJIAAACTAABY5gAAfMACAPilAQCY9QgA7PUIAED2CACU9ggA6PYIADz3CACskgAAmBUBAFQAAADkYAkAoCQCAPQkAgAoVwIAtFoDAHzuAQDQ7gEAJO8BAHjvAQCMWQsA4FkLAJjtCgDs7QoAQO4KANgcCwDAMQIAFDICAGgyAgAAxwgAVMcIABwOAABwDgAAzIYBAGyNAADcRwAAYHwFAERqBgAgMAcAyMANAPQXAADAMQIAFDICAGgyAgDYHAsALB0LAKAkAgB87gEA+PoGADAeAACEHgAA2B4AAPQXAADAMQIAFDICAGgyAgCYwwoA4EIBADRDAQD8oAIAWHkBACAwBwDIwA0AOK8AAMyDBwB87gEAbHYLANivCwAcDgAAHG8CAHzuAQCY7QoAZCQLALgkCwBsRgIAGH4JAEgYAABM1AAARGoGAOQRDQBsjQAAVAAAAHzuAQDQ7gEAJO8BAHjvAQCMWQsA4FkLAMzvAQCEJwMARGoGAHAbAgCMOA4AzIMHADSGAAD4yQ0A9BcAAKySAAAgXgYAHA4AAHAbAgAERQ4AWEUOAKAkAgDQLQIAHA4AAHAOAADMhgEA/KACAEAgCQAgMAcAdDAHABgIBwAgMAcAoCQCANAtAgAcDgAAnKcBADAeAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAYNwCAJTkAgDAMQIAFDICAGgyAgDE+wkAGPwJAGz8CQDA/AkAFP0JAGj9CQC8/QkAEP4JAGT+CQC4/gkADP8JAGD/CQC0/wkACAAKAFwACgCwAAoABAEKAFgBCgB87gEA4IMLAHAOAAAsaAgAgGgIANRoCAAoaQgAtBgJAIxICgDgSAoANEkKAAxPCwBY5gAAfMACAHBkCgAcDgAAHG8CAHBvAgDQAwIAzIYBAKAcBAB4vQMAwAcCAHzuAQCYgAsAMMcFANgcCwCskgAATNQAAHzuAQCY8AQA7PAEAEDxBACU8QQA6PEEADzyBACQ8gQA5PIEAPCfAwBg3AIA+KUBAJj1CADs9QgAQPYIAJT2CADo9ggAPPcIAJD3CADk9wgAyP4IAAAAAAAAAAAAAAAAAKwFCQAABgkAVAYJAKgGCQD8BgkAUAcJAKQHCQD4BwkAAAAAAAAAAABMCAkAoAgJAPQICQAYFAQAuDgGAAw5BgDQ7gEA/HwLAFB9CwCkfQsAYNwCAEjzAwCc8wMAwBIPABQTDwBoEw8AvBMPADSGAADQAwIAzIYBAIB6DgDQ7gEAjFAIAOBQCAA0UQgA2BwLACwdCwCAHQsA1B0LACgeCwB8HgsA0B4LACQfCwCskgAA9BcAAEgYAACskgAA9BcAAPQXAABIGAAArJIAAPQXAADcRwAAYNwCAJTkAgDo5AIA9NoJAEjbCQCc2wkA8NsJAETcCQCY3AkA0O4BAIxQCADgUAgANFEIAJDODQCgJAIAfO4BAIBxCwDUcQsAoCQCANAtAgCAawIA3EcAAFQiAgCgJAIAtFoDAHzuAQAASg0AYNwCAAAAAAB87gEA0AMCACQEAgBkJgAAZCYAALgmAAAAkwAAeL8NAKx5AQBM+gEAfO4BALyIDABgfAUAtHwFAAh9BQAgMAcAfO4BAJDODQBo7AgA3EcAAHzuAQCYgAsAZCYAANxHAACsFgoADE8LAGzJBgA8pgIAkKYCAGDcAgCYgAsAAMsHAFTLBwCoywcA0AMCABj3BQBs9wUAwPcFABT4BQBo+AUARCsGAJjwBADs8AQAQPEEAJTxBADo8QQAPPIEAJDyBADk8gQA8J8DAESgAwAMqwkAYKsJAJiACwDsgAsAQIELAJSBCwDMQAgATNQAACAwBwDcog4AzIYBAIB6DgD0FwAASBgAAEQ/AQBkJgAA/HwLAFB9CwCkfQsA+H0LAESkAgAAkwAAWOYAAHzAAgCU5AIA6OQCAPTaCQCYFQEA7BUBAJiECgDshAoAQIUKAJSFCgDYHAsAwDECABQyAgBoMgIAIDAHAJTkAgDo5AIA9NoJAJgVAQDsFQEAmIQKAOyECgBAhQoAlIUKANgcCwDAMQIAFDICAGgyAgAgMAcAmBUBAOwVAQCYhAoA7IQKAECFCgCUhQoAmMMKAOzDCgBAxAoAlMQKAOjECgA8xQoAkMUKAMyGAQAghwEArIYDAACHAwB87gEAbI0AAKAkAgDMhgEAAMcIAFTHCAAcDgAAcA4AAMyGAQD8oAIAQCAJAJjtCgBgFwQAtBcEAAgYBABcGAQAsBgEAHzuAQBwZAoAxGQKANxHAAAk4wQAtFoDAHzuAQDQ7gEA/HwLAKAkAgB87gEAmMMKAOzDCgBAxAoAlMQKAOjECgA8xQoAkMUKAPQPAgBIEAIAaG0DALxtAwAQbgMAZG4DANDuAQD8fAsAUH0LAKR9CwD4fQsAmO0KAGxkBQDAZAUAmO0KAOztCgBA7goAlO4KADDHBQCYwwoA7MMKAEDECgCUxAoA6MQKADzFCgCQxQoAcBsCALS2AQAcDgAAcA4AAJgVAQDM+AQADDQCADivAADMgwcAWHkBAKx5AQBM+gEAfO4BAJjDCgDswwoAQMQKAJTECgDoxAoAPMUKAJDFCgDQ7gEA/HwLAKAkAgB87gEAwAsBAPgQDAAo5A4AfOQOANgcCwAsHQsAgB0LANQdCwCYwwoA4EIBANAtAgAkLgIAjFAIANBADQCskgAAIDAHAHzuAQBM1AAAWHkBAGxkBQAwSAAAfO4BAAAAAAB87gEAkM4NAKAkAgB87gEAPCYNAAAAAAB87gEAkM4NAKAkAgB87gEAPCYNAJAmDQCYgAsAMMcFAIBxCwDIwA0AHMENACwpCADY0Q0ALNINAMjADQD0FwAAOK8AAFQAAACoAAAAMMgKAITICgDYyAoALMkKAIDJCgCYFQEAzPgEAPjJDQBQ5AEANIYAAADLBwBUywcAiIYAAGxGAgB8HQYAUGQMANzLCQBsdgsAwHYLABR3CwBodwsA2BwLACwdCwCAHQsA1B0LANADAgDg5A0ArJIAAPQXAAB87gEA0O4BAPx8CwBQfQsApH0LAPh9CwCY7QoA7O0KAPjFDgBMxg4AoMYOAPTGDgBIxw4AgHoOACAwBwBwGwIAfO4BALyIDAAk4wQAtFoDAHzuAQC8iAwAqMwMAKDSCwCY7QoA7O0KAPjFDgBMxg4AoMYOAPTGDgBIxw4AmO0KAGxkBQBg3AIAlOQCACjkDgB85A4A0OQOAJjtCgDs7QoA+MUOAEzGDgCgxg4A9MYOAEjHDgCYwwoAzIYBAIB6DgA0hgAAOKsBADAeAAAAxwgAwOMKABTkCgB87gEAMAkAAPQXAAAo5A4AfOQOANDkDgCY7QoA7O0KAPjFDgBMxg4AoMYOAPTGDgBIxw4AbI0AAMCNAADcRwAAYHwFALR8BQAIfQUArJIAAACTAABY5gAAfMACAMyGAQAghwEArIYDAACHAwB87gEA+PoGADSuCwA4rwAAzIMHAHzuAQDQ7gEAjFAIAOBQCAA0UQgAAEoNAFRKDQBM+gEA3MsJAJgVAQB87gEAWHkBAKx5AQB87gEAmIALAPjJDQC0WgMAfO4BAJDODQBkJgAAfO4BALyIDACgXQ4AhEgAANhIAABwDgAAaOwIAKAkAgA4rwAArJIAAMyGAQAghwEAxHkKABh6CgBsegoA5KYCALRaAwB87gEAmO0KAOztCgD4xQ4ATMYOAKDGDgD0xg4ASMcOAIB6DgAgMAcAfO4BAEz6AQDcywkAmBUBALyIDACgXQ4AhEgAAEz6AQDcywkAmBUBABwOAAB87gEAmIALAPygAgBQoQIAWHkBANCBAgA0hgAA0AMCAMyGAQCAcQsAoCQCAHi/DQD8oAIAQCAJAJQgCQB87gEA0O4BAPx8CwBQfQsApH0LAPh9CwDQ7gEA/HwLAKAkAgB87gEAtLYBACAwBwDQAwIAOK8AAPjiDABIGAAARD8BAGQmAAD8fAsAUH0LAKR9CwD4fQsARKQCAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQBsyQYAjK8AAABhAgBUYQIAqGECACAwBwDIwA0AZCYAAGQmAAD8fAsAUH0LAKR9CwD4fQsARKQCAACTAABY5gAAfMACAOyACwDcRwAAYHwFAKjlCwDUrgEAiIYAABStCABsjQAAoCQCALyIDACozAwAoNILANDuAQCMUAgAjOgMALhIAgBEtQMAmLUDAOy1AwBAtgMAlLYDAOi2AwA8twMAkLcDANADAgDg5A0AAMcIAFTHCAAcDgAAcA4AAMyGAQD8oAIAQCAJACAwBwBg3AIA9BcAAEgYAABEPwEAHAYCAJRbCgDoWwoAPFwKAJBcCgDQ7gEA7HQOAMCNAADEYAsA3EcAAGB8BQBEagYAENgIANxHAACsFgoA9BcAABwOAADsfgEARGoGABDYCAB4vQMAzL0DAADHCABUxwgAAAAAAGyNAABYeQEAoCQCANAtAgCAcQsAoCQCAHi/DQD8oAIAQCAJAHzuAQCc+wEA8PsBAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAYNwCAADHCABUxwgAAAAAAGyNAABYeQEAoCQCANAtAgCQHAUAfO4BAJgVAQDsFQEAmIQKAOyECgBAhQoAlIUKAJjDCgDgQgEANEMBAPygAgBYeQEAIDAHAMjADQAcDgAAfO4BAJjDCgDswwoAQMQKAJTECgDoxAoAPMUKAJDFCgAcDgAAVAAAACwpCADcBQYAZCYAANSuAQAorwEAfK8BAABKDQAcDgAAHG8CAKwWCgAAFwoAoDoHAKxPAQAApgsAYNwCAEz6AQCYFQEAoDoHAPQXAADcRwAANIYAAAw0AgBgfAUARGoGABDYCAB87gEA0O4BACTvAQDgxAAAzIYBABwOAAAwHgAArDwLAGgSCgDQAwIAGPcFAAw0AgA0hgAAAMsHAHzuAQBwZAoAENkNAGTZDQC42Q0AAMsHAGDcAgBsRgIAfEgLANBICwAkSQsAeEkLAFh5AQDQgQIAJIICAHiCAgCskgAANIYAAKTzDQB87gEAkM4NAGjsCADcRwAAfO4BAJDODQBkJgAAfO4BAJgVAQCgOgcA9DoHAOwVAQCgJAIAAJMAAJgVAQAgnAEAdJwBAMAxAgDs5AcArBYKACAwBwB87gEA0AMCALRaAwB87gEAmIALAPjJDQBIGAAARD8BADBIAACESAAAgGcDAHzuAQCYwwoA4EIBADRDAQAMowsAYKMLALSjCwBM+gEAoPoBAJDODQDkEQ0AjFkLAOBZCwCoEwsA/BMLAHzuAQDQ7gEAJO8BAJBDCwDkQwsAOEQLAIxECwDgRAsANEULAIhFCwDcRQsAmMMKAOzDCgAoVwIAGDcLADAeAABwZAoAENkNAGTZDQC42Q0AOK8AADymAgC4gQ4ATPoBAPzcCABQ3QgAmO0KAOztCgBA7goAuPoKAAz7CgD0XQ4A0C0CACQNBQAYCAcAfO4BAAAAAAAEZgsAfO4BAPzcCAA0hgAA+MkNACAwBwDMhgEAgHoOACAwBwBwZAoAkL0MAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAHAbAgBg3AIAdAEDAMgBAwAcAgMADEUDAGBFAwC0RQMACEYDAFxGAwCYgAsADDQCAJiACwAMNAIAAAAAAIRwCwB87gEAIDAHADSlCAAQNQwAZDUMALg1DAAMNgwAYNwCANADAgC0WgMA3EcAAKwWCgBU3wIAzIMHADSGAAAoVwIA/NwIADSGAAA4qwEAfO4BANDuAQAk7wEAeO8BAMzvAQAQ2Q0AZNkNALjZDQD0FwAA3EcAADSGAABc4QEAfO4BAHBkCgAQ2Q0AZNkNALjZDQBEagYAaOwIAMCNAADwowIAgHELAMjADQDcRwAArBYKANwFBgDcRwAArBYKADSGAAAoVwIA0C0CAIBxCwDIwA0A3EcAAKwWCgDcBQYA3EcAAKwWCgAcDgAA7H4BAEB/AQCUfwEA6H8BADBGCwCERgsAfO4BANADAgC0WgMAfO4BAPj6BgDsfgEAQH8BAJR/AQDofwEAVAAAAOBCAQA0QwEAmBUBACCcAQB4vQMAMB4AAIQeAADQLQIAtLYBAFQrBQDcBQYA3EcAAGB8BQBEagYAmBUBAMz4BABYeQEArHkBAPQkAgCIhgAArJIAANADAgA0hgAAiIYAAGxGAgB87gEAmBUBAOwVAQAcDgAAHG8CAHzuAQAAxwgAVMcIAIBrAgAs2gsA9BcAANxHAAB87gEAmPAEADymAgCQpgIA5KYCADinAgDMhgEANIYAADirAQAcbwIA0DoEAJjDCgDgQgEANEMBAAyjCwBgowsAtKMLAAikCwB87gEAmPAEAOzwBAAUmQ0AaJkNALyZDQAQmg0AZJoNALiaDQB87gEATNQAAFh5AQBsZAUAMEgAAHzuAQBwZAoAkL0MAOS9DAA4vgwAwGQFAJjwBADs8AQAsNsNAGzJBgCskgAAHA4AAJynAQBwGwIA/DEOAFAyDgAApgsAVKYLAFh5AQBsZAUArBYKACAwBwB87gEATNQAAFh5AQBsZAUAMEgAAHzuAQCY8AQA7PAEALDbDQAE3A0AbI0AANADAgDcRwAArBYKAFi6CwCsugsAMGwMAGQmAADUrgEAKK8BAHyvAQCYqgsA7KoLAECrCwCUqwsA6KsLAERqBgBEagYA5BENALyIDABgfAUAtHwFAAh9BQAgMAcAfO4BAJDODQBo7AgA3EcAAHzuAQCY7QoA7O0KAJDODQBkJgAArJIAACAwBwDIwA0AIDAHAHzuAQC8iAwAYHwFALR8BQAIfQUAXH0FALB9BQAEfgUAREkJAMS0CwAYtQsAHA4AABxvAgC8iAwAYHwFALR8BQAIfQUAIDAHAHzuAQCQzg0AaOwIANxHAAB87gEAmO0KAOztCgBI4gIAKOMJAGSJDAAAuwsAVLsLAKi7CwD8uwsAULwLAKS8CwD4vAsATL0LAKC9CwD0vQsAcMkLAMTJCwAYygsAbMoLAEjiAgBgfAUAtHwFAAh9BQBcfQUAsH0FAAR+BQBESQkArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAJiACwBkJgAA3EcAAKwWCgAMTwsAvIgMAKjMDACg0gsA0AMCAODkDQCYgAsA+MkNAEzKDQCY7QoA7O0KAPjFDgBMxg4AoMYOAPjJDQA4rwAArJIAAJDODQBkJgAAfO4BAHBkCgAQ2Q0AZNkNALjZDQB87gEA2BwLACwdCwCAHQsA1B0LAHAGAgCQvQwA5L0MAHi9AwBwZAoAkL0MAOS9DAB4vQMA2BwLACwdCwCcGAAAcGQKABDZDQBk2Q0AuNkNABDZDQBk2Q0AuNkNAKySAABYeQEA/KACAEAgCQB87gEAbI0AAMCNAAC4ygEADMsBAGDLAQC0ywEACMwBAFzMAQCwzAEABM0BADDZCwCE2QsA2NkLAHzuAQBsjQAAwI0AAEzUAABMDwIAoA8CAKwWCgAgMAcAfO4BAHBkCgCQvQwAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAZCYAALgmAAAAkwAAWOYAAHzAAgBM+gEAoPoBACAwBwB87gEA2BwLACwdCwCAHQsA1B0LAHAGAgCQvQwAIPABAHTwAQDI8AEAHPEBAHzuAQD4+gYANK4LADivAAA4rwAArJIAABwOAABM1AAATA8CAJx3DQDwdw0A2BwLACwdCwCAHQsA1B0LAHAGAgCQvQwAIPABAHTwAQDI8AEAHPEBAHDxAQCQvQwAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEAhCcDAAAAAAD0FwAAhCcDANgnAwC8iAwAqMwMAKDSCwCY8AQA7PAEAEDxBACU8QQA6PEEADzyBACAcQsA1HELAIilCACQzg0AmGoGAOxqBgCYwwoAWHkBAKx5AQD4+gYAfJQNANCUDQAoVwIAAMcIAFTHCAAkDQUAeA0FADSuCwA4rwAAOK8AAKySAACskgAA0AMCAODkDQCYgAsA0AMCAMyGAQAkDQUAGAgHAHzuAQCYwwoA4EIBADRDAQDQ7AwAJO0MAHjtDADM7QwAIO4MAJDODQBkJgAAfO4BAGyNAADAjQAA8KMCAESkAgCYpAIA7KQCAEClAgCUpQIA2BwLAFDkAQBEOwIAYHwFAKySAAAcDgAAfO4BAJDODQBkJgAAfO4BAGyNAADAjQAA8KMCAESkAgCYpAIA7KQCAEClAgCUpQIA2BwLAFDkAQBEOwIA9BcAAEgYAACIrQYArJIAANxHAACEKwIA2CsCACwsAgDACwEAfO4BAJDODQDQAwIAtLYBAFQrBQDcBQYA3EcAAHzuAQBsdgsAwHYLABR3CwBodwsA2BwLACwdCwCcGAAAmIALAAw0AgBgNAIAtDQCAAg1AgBcNQIAsDUCAAQ2AgCYFQEAoDoHANxHAAAwSAAA2K8LACAwBwB87gEAgHoOACAwBwB87gEA6HAKAERqBgCYagYA3EcAAGB8BQBEagYAENgIAGDcAgBsjQAAwI0AAEzUAACg1AAA9CQCAKTzDQB48wAAZN8BAOhwCgA8cQoAkM4NABDYCAB87gEAmIALADDHBQDocAoA9BcAAEgYAACIrQYArJIAAOhwCgA8cQoA/KACAFChAgCkoQIA+KECAJjtCgDs7QoAAHoBAERqBgDkEQ0AwEYCAEzUAABYeQEAbGQFADBIAAAk4wQAwOMKANxHAAAwSAAAtFoDAPQPAgBIEAIAnBACAPAQAgBEEQIA0O4BACTvAQAAywcAHA4AANgcCwCEJwMAmIALAATHDQBYxw0ArMcNAADIDQBUyA0ArHkBAEz6AQCo5QsAZCYAALgmAAAAkwAA0C0CAPQXAAA4rwAArJIAAABKDQDoYA4AmIALAOjmDAAUrQgAbI0AADSGAAAAywcA9A8CAEgQAgCIYw4A3GMOABRrDgBoaw4AvGsOABBsDgBkbA4AuGwOAAxtDgDQOgQAmO0KAGQkCwC4JAsA2BwLACwdCwCAHQsA1B0LAOhwCgDcRwAAJOMEAMDjCgCskgAA6HAKAGQmAADUrgEAAMsHABwOAAAwHgAA6HAKABTLCwAk4wQAwOMKANxHAAAwSAAAtFoDACgeCwAk7wEAAMsHABwOAADMwQIAYNwCAGDcAgBYewsArHsLAAB8CwBUfAsAqHwLANxvCwAwcAsAkM4NAKAkAgB87gEA2BwLAKySAAA0hgAAKFcCAHzuAQBwZAoAxGQKACAwBwB87gEAkM4NAGQmAAB87gEAmO0KAOztCgAo5A4ALJ0AAIBxCwDMQAgArJIAABwOAAB87gEA2BwLACwdCwCAHQsA1B0LAHAGAgCQvQwA5L0MAHi9AwDEGwIAwOMKABTkCgBo5AoAvOQKABDlCgBk5QoAuOUKAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQBI4gIAYHwFALR8BQAIfQUAIDAHAHzuAQCQzg0AaOwIANxHAAB87gEATNQAAEwPAgBYeQEAbGQFAGB8BQCseQEATPoBAHzuAQDQ7gEA/HwLAKAkAgB87gEAkM4NAJhqBgDsagYAfJcHANCXBwAkmAcAeJgHAMyYBwBM+gEATPoBAKAkAgDQLQIATPoBAGgSCgAMNAIArBYKAKySAAAAkwAAWOYAAHzAAgBUAAAA+O4JAEzvCQDcRwAAEIkMAGSJDAD8ogwAUKMMACyoDQCAqA0A1KgNACipDQAcDgAAfO4BANDuAQAk7wEAeO8BAMzvAQAAxwgAVMcIABwOAACYqgsAzIYBANxHAAB87gEA+PoGADSuCwAsqA0AgKgNANSoDQAoqQ0AAAAAAGxyDAB87gEA0O4BACTvAQB47wEAWDwLAHBkCgAQ2Q0AZNkNALjZDQAQ2AgArJIAAPj6BgAwHgAAiIAMANyADAAwgQwAfO4BAJDODQC8iAwAEIkMACCFDAB0hQwAyIUMAByGDABwhgwAxIYMAHzuAQCQzg0AzIYBAMyGAQCAeg4A3AUGANxHAABgfAUArHkBAPwAAAAYrQ0AHA4AAHzuAQAMMg0AwHIMANxHAABsjQAAVAAAADivAACMrwAAAGECAFRhAgCoYQIAmBUBAOwVAQCYhAoA7IQKAECFCgCUhQoANIYAAChXAgAgMAcAzEAIAEzUAAD0FwAAOK8AAIyvAAAAYQIAVGECAKhhAgDcRwAArBYKAFi6CwA47AsAjOwLAODsCwA07QsAiO0LANztCwAwHgAAHA4AAAAAAAAAAAAAAAAAAJjwBADs8AQAQPEEAEyPDACgjwwA9I8MABwOAABwDgAAzIYBAIB6DgBwGwIAzIYBACCHAQBwKg4ArHkBAGQmAABM1AAATA8CAHTADQD8MQ4AAJMAAFjmAAB8wAIAIDAHAMjADQDQAwIAJAQCAFwgAgAk4wQAXI8LALCPCwD8oAIAUKECAKShAgCgHAQAIDAHAHQwBwC4GA4AYHwFAERqBgAQ2AgAfO4BAEzUAABMDwIAdMANAIQnAwCseQEATPoBAIBxCwDIwA0AHMENAHDBDQDEwQ0AGMINAGzCDQDAwg0AYHwFAERqBgAQ2AgAfO4BAEzUAABMDwIAdMANAIQnAwCseQEATPoBAPj6BgA0rgsAWHkBAGxkBQCsFgoAWLoLAGDcAgC8iAwAEIkMAGSJDAD8ogwAUKMMAKSjDAD4owwATKQMANDuAQAk7wEAeO8BAMzvAQDEsAwAwD4EABQ/BADsmQoAwOMKAIgWBwDMQAgAaOwIANxHAAB87gEAAAAAAMjADQAAkwAAWOYAAKzmAAAAAAAAAAAAAPj6BgA0rgsAWHkBAGxkBQCsFgoAWLoLAGw+BACQaQwA5GkMAMhsDQDQ7gEAjFAIAOBQCAA0UQgAAAAAAGSzDAD4pQEAZCYAANSuAQAorwEA5NACAGDcAgBwZAoAkL0MAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAPhRAQC8YgsAEGMLAADHCABUxwgAtLYBAFQrBQDcBQYA3EcAAGB8BQBEagYAENgIAHzuAQCY7QoA7O0KAKxPAQAApgsAVKYLAKimCwD8pgsAUKcLAKSnCwD4pwsATKgLAKCoCwD0qAsAmIALADDHBQDYHAsALB0LAIitBgAASg0ABEsCAFhLAgCsSwIAAEwCAHzuAQBwZAoAkL0MAOS9DAA4vgwAwGQFAJjwBADs8AQAsNsNAATcDQBY3A0AmBUBAMz4BABYeQEArHkBAIQnAwCseQEATPoBAHzuAQCY7QoA7O0KAPzhDABQ4gwAwK0NABSuDQBUIgIApOIMANA6BAAAAAAAfO4BAGyNAADAjQAAAGcLAFRnCwCoZwsA/GcLAFBoCwCkaAsA+GgLAExpCwAQ2Q0AZNkNALjZDQDQAwIA4OQNANxHAABM1AAArJIAAKySAAD0FwAAfO4BALyIDAAQiQwAZIkMAFQAAACoAAAA/AAAANA6BAD84QwAUOIMANA6BADcRwAAVCICAKTiDADQOgQAAAAAAHzuAQC8iAwAoF0OAFh5AQB4vQMAzL0DACC+AwAQiQwAZIkMAAC7CwBUuwsAqLsLAPy7CwBQvAsApLwLAPi8CwBMvQsAoL0LAPS9CwBwyQsAxMkLABjKCwBsygsAwMoLAGxGAgB8SAsAIDAHAPQXAADAMQIApPMNACTnAwDABwIAFAgCAHjzAABk3wEAgDEGADymAgCQpgIA5KYCAIiGAACgJAIAyJUIABwOAACcpwEArHkBAIQnAwB4vQMAwAcCAMxJCwAgMAcAfO4BAJjtCgDs7QoA3EcAAKwWCgBYugsArLoLAJhqBgDsagYAfJcHANxHAACEKwIAkM4NABDYCAB87gEA+PoGADAeAACIgAwA3IAMADCBDACYEQIANIYAAADLBwBUywcAqMsHAJjwBAA8pgIAkKYCAOSmAgDQAwIANIYAAIiGAADMhgEANIYAAGxGAgD05wsASOgLAJzoCwDw6AsAROkLAJjpCwAAxwgAwOMKACQ/AwB4PwMADE8LAFjmAADA4woAVAAAANxHAACsFgoAAAAAAAAAAAAAAAAA0AMCAODkDQBkJgAA/HwLAKAkAgDQLQIAmIALAADLBwBUywcAMAkAAIQJAABsdgsA2K8LACywCwA0hgAAZCYAANxHAACsFgoADE8LAHzuAQCYgAsAAMsHAFTLBwAwCQAAhAkAAGx2CwDYrwsALLALAHBkCgA0hgAAiIYAAMyDBwAwCQAAhAkAAGx2CwDYrwsALLALAHBkCgA0hgAAiIYAAMyDBwAwCQAAhAkAAGx2CwDYrwsALLALAKAcBACseQEA7H4BAKx5AQAsKQgA2NENACzSDQCA0g0A1NINAAAAAADQ7gEAJO8BAHjvAQBUCw0AqAsNAHzuAQC8iAwAEIkMAGSJDADIbA0AbEYCAAAAAAB87gEAvIgMABCJDABkiQwAyGwNAPj6BgA0rgsAWHkBAGxkBQCsFgoAWLoLAJjDCgDswwoAkH4MANDuAQAk7wEAeO8BAJjwBAA8pgIA5LsCADivAACskgAAIF4GAMyGAQCAeg4AIDAHAFjLDACsywwAAMwMAFTMDACozAwA/MwMAIBxCwDcog4AMKMOAPQkAgAMNAIAYHwFAERqBgAQ2AgAmBECAJgVAQAcDgAAvIgMABCJDABkiQwAyGwNAJjDCgDswwoAkH4MANDuAQAk7wEAeO8BAPj6BgA0rgsAWHkBAGxkBQCsFgoAWLoLAHAbAgBwGwIA6CUNAHzuAQDQ7gEAJO8BAHjvAQDM7wEAENkNAGTZDQC42Q0A0O4BAKAkAgDIlQgAmBUBAJDODQDkEQ0AmO0KAEz6AQD0FwAASBgAAKAkAgDQLQIAkBwFAHzuAQBsjQAAwI0AAMRgCwAYYQsAbGELAMBhCwAUYgsAaGILAAS2DACIKA0A3CgNADApDQBscgwAxMcBAIiADADcgAwAMIEMAHzuAQBsdgsA2K8LACywCwAghQwAdIUMAMiFDAAchgwAcIYMAMSGDAB87gEAbHYLANivCwAssAsANIYAAIiGAADMgwcAfO4BAPj6BgAwHgAAiIAMANyADAAwgQwAfO4BAGx2CwDYrwsALLALALyIDAAQiQwAIIUMAHSFDADIhQwAHIYMAHCGDADEhgwAfO4BAGx2CwDYrwsALLALAAAAAABc4QEA3EcAAGyNAACgJAIA0C0CAABKDQBUAAAAqAAAAHQBAwDIAQMAHAIDAHACAwBwZAoAkL0MACDwAQB08AEAyPABABzxAQBw8QEA+PkBAADHCADA4woAmPAEAOzwBABA8QQA2BwLAMAxAgAUMgIAAAAAAABKDQBUSg0A6GAOANDuAQAk7wEAeO8BAFg8CwCYwwoA7MMKAJB+DABg3AIAfGYOAFjLDACsywwAYNwCAHzuAQBsjQAAwI0AAIQnAwBsZAUAwGQFALS2AQCUTw0AVAAAAFh5AQBsZAUArBYKAAxPCwD8oAIAWHkBAKx5AQAkPwMANIYAAFBkDADcywkAmMMKAMyGAQA0hgAADDQCAGQmAAD8fAsAoCQCAJgVAQB87gEA+PoGADSuCwBYeQEAbGQFAKwWCgDA4woAFOQKAHzuAQDQ7gEAjFAIAIzoDADg6AwANOkMAIjpDADc6QwAMOoMAITqDACYgAsAZCYAANxHAACsFgoADE8LAPAKDgBECw4AmAsOAOwLDgBADA4AlAwOABg3CwB87gEA0O4BAPx8CwBQfQsApH0LAPj6BgBYywwArMsMAADMDABUzAwAfJQNANCUDQAoVwIA3EcAAKwWCgCYgAsA0AMCAERqBgCgJAIA3EcAAKwWCgA0rgsAOK8AADivAACskgAAHA4AAJynAQBkJgAA7HQOACTvAQB47wEAzO8BADBsDACEbAwA2GwMAPx8CwBQfQsApH0LAPj6BgBYywwArMsMAADMDABUzAwAfJQNANCUDQAoVwIA3EcAAKwWCgCYgAsA0AMCAERqBgCgJAIA3EcAAKwWCgA0rgsAOK8AADivAACskgAAHA4AAJynAQBkJgAA7HQOACxtDACAbQwA1G0MADirAQB87gEAAAAAAHzuAQDQ7gEAJO8BAHjvAQCMWQsA4FkLAAAAAAAAxwgAwOMKABTkCgBg3AIAcGQKACBeBgB0XgYApPMNACTnAwAwHgAAIDAHAGDcAgBYeQEArHkBAGQmAAD8fAsAfMACAOTQAgA40QIAvIgMABCJDABkiQwAyGwNABxtDQDkeg0AOHsNAIx7DQDQ7gEAJO8BAHjvAQCMWQsA4FkLAHBkCgAQ2Q0AZNkNALjZDQDM7wEAxLAMAMA+BAAUPwQAiEkKAJC9DADAEg8AFBMPAGgTDwC8Ew8AmMMKAMyGAQCAeg4ANIYAADirAQAwHgAAAMcIAFTHCACoxwgAeC4CAABKDQDExwEAGMgBAPilAQD83AgAzEkLACBeBgBMDwIAdMANAIQnAwCseQEATPoBAOTQAgA40QIAvIgMABCJDABkiQwAyGwNABxtDQDkeg0AOHsNAIx7DQAcbwIAcG8CAPjJDQAgMAcAdDAHAChXAgAgMAcAmBECAERqBgBo7AgArJIAAACTAABY5gAAfMACAEC+AQCUvgEAzIYBAIB6DgDcRwAArBYKALyIDAA0hgAAOKsBAPzhDABYeQEA0IECACAwBwB87gEA0O4BACTvAQB47wEAzO8BAPj6BgA0rgsAOK8AADivAACskgAAHA4AAJynAQBkJgAA7HQOANyqDAAwqwwAhKsMANirDAAsrAwAAEoNAFRKDQCoSg0AfJQNAPChDQBEog0AmKINAOyiDQDUrAwAKK0MAHytDAB87gEAfO4BAGDcAgCYFQEAmBUBAMz4BAAoVwIAtFoDAHzuAQBc4QEAsOEBAATiAQBY4gEArOIBAADjAQD0FwAArJIAANxHAADgqwEAIDAHAFQAAAAsKQgAIDAHANxHAAA0hgAAAMsHAHzuAQC8iAwAEIkMAGSJDADIbA0AJO8BAHjvAQDM7wEA+PoGADSuCwA4rwAAOK8AAKySAAAcDgAAnKcBAGQmAADsdA4ATNQAAEwPAgCcdw0ArJIAAACTAADQLQIAvIgMABCJDABkiQwAOK8AAOy9AQBAvgEAlL4BAMyGAQCAeg4A3EcAALyIDAAQiQwAZIkMAJiACwAExw0AWMcNAKzHDQAAyA0AVMgNAKjIDQD8yA0AUMkNAGDcAgAAAAAAAAAAAFh5AQB4vQMA/OEMAChXAgCskgAAVAAAAOBCAQDQLQIAgGsCADymAgAMNAIArBYKADivAAAAAAAA0O4BACTvAQB47wEAjFkLAOBZCwBwZAoAENkNAGTZDQC42Q0AOKsBAIyrAQDgqwEANKwBAIisAQDcrAEAMK0BABwOAAD0DwIA9BcAAHzuAQBwZAoAENkNAGTZDQC42Q0AkM4NAGzJBgDAyQYAFMoGAGjKBgC8ygYAEMsGAGTLBgBEagYA3EcAADBIAACESAAAgGcDAHzuAQBwZAoAENkNAGTZDQC42Q0A9BcAACAwBwA0pQgArHkBAEz6AQBg3AIAcGQKAJC9DAAc1g0AcNYNAMTWDQAY1w0AHA4AADSGAACE8QUAVAAAAMyGAQDQAwIARGoGAKAkAgBsRgIAwEYCAACTAABY5gAAfMACANxHAACEKwIA2CsCACwsAgBsSAwAIDAHAMjADQBsSAwAwAsBAKySAAAAkwAAWOYAAJgRAgDsEQIAQBICAJQSAgDoEgIAmBECAGQmAADUrgEAKK8BAKgTCwD8EwsAAAAAAEjiAgAo4wkAZIkMABSyDAAk7wEAeO8BAMzvAQD0DwIA9A8CAKySAAA0hgAA+MkNADivAACgJAIA0C0CACQNBQAMNAIAYHwFAERqBgAQ2AgArJIAAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQCEcgAADDQCAGB8BQB4vQMAZCYAAIxQCACskgAAIDAHACAwBwDIwA0AHMENACwpCADY0Q0ALNINAMjADQD0FwAAOK8AALRaAwCskgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAFQAAABUAAAAzIYBAKAcBAA4rwAAPKYCAAw0AgBgfAUARGoGABDYCAA4rwAA7L0BAMyXAgDwCg4ArBYKAKxPAQAYIgsAbCILAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQD0FwAASBgAAIitBgDcRwAAJOMEAFyPCwDcVAIAHA4AAOx+AQCskgAA9BcAANxHAAA4rwAA7L0BAMyXAgBMngMAoJ4DAPSeAwBInwMAnJ8DAPCfAwBEoAMAMIgFAISIBQDYiAUALIkFAICJBQDUiQUAKIoFAHyKBQCskgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAKwWCgCsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEA3EcAADSGAABYeQEArHkBAKySAAAAkwAAzIYBADSGAADgxAAAwI0AAMRgCwDMgwcAIIQHAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQCgHAQArHkBAIQnAwBsZAUAYHwFADSGAAAAywcAoBwEAARLAgA0hgAADDQCAGB8BQBEagYAENgIAKySAACsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEADDQCADSGAAA0hgAAiIYAANyGAAAwhwAAhIcAANiHAACgJAIA0C0CABwOAABwDgAAaOwIAKAkAgA4rwAArJIAAGQmAADUrgEAKK8BAKgTCwD8EwsArJIAAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQBM+gEA3MsJADDMCQC0tgEAIDAHANADAgA4rwAAOK8AAOy9AQDMlwIATJ4DAKCeAwD0ngMASJ8DAJyfAwDwnwMARKADADCIBQCEiAUA2IgFACyJBQCAiQUA1IkFACiKBQB8igUAWHkBANCBAgAkggIAeIICAMyCAgAggwIAdIMCABwOAAAcbwIAcG8CAAw0AgCsFgoArJIAAKxPAQAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQD4UQEANG8LAIhvCwCskgAArE8BAMASDwAUEw8AaBMPALwTDwAQFA8AZBQPALgUDwCskgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAPhRAQA0bwsAiG8LADivAADsvQEAQL4BAJS+AQDMhgEAgHoOANxHAABgfAUARGoGABDYCACskgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAPhRAQA0bwsAiG8LAGB8BQC0fAUACH0FAFx9BQCwfQUABH4FAFh+BQAkxwsAeMcLAMzHCwAgyAsAdMgLAMjICwAcyQsA+FEBADRvCwCIbwsAbI0AAMCNAADEYAsAzIMHACCEBwB0hAcAyIQHAByFBwBwhQcANKUIAERqBgCskgAArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAPhRAQA0bwsAiG8LABwOAAD4xwMATMgDAIB6DgCsTwEAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEA+FEBADRvCwCIbwsAJOcDAHjnAwDM5wMAIOgDAHToAwDI6AMAHOkDAHDpAwDE6QMAGOoDAGzqAwD4UQEANG8LAIhvCwBkJgAAzIYBALRaAwBM1AAATA8CALRaAwAcDgAA+McDAEzIAwCAeg4ArE8BAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAPhRAQA0bwsAiG8LAATvAwBY7wMArO8DAADwAwBg3AIAMEgAAPBeDgBEXw4AmF8OAKAkAgDIlQgATNQAAEwPAgDQAwIAzIYBAHzuAQBwZAoAkL0MACDwAQB08AEAyPABABzxAQBw8QEAAAAAAHzuAQAAxwgAVMcIAIBrAgAs2gsAgNoLANTaCwAo2wsA+PoGAPjiDABM4wwAoOMMAPTjDABI5AwAnOQMAPj6BgD44gwATOMMAKDjDAD04wwASOQMAJzkDABwZAoAkL0MACDwAQB08AEAyPABABzxAQBw8QEAAEoNAOhgDgCYgAsA6OYMABStCABsjQAANIYAAJiACwDo5gwAFK0IAGyNAAA0hgAAAMsHAHzuAQAASg0A6GAOADxhDgCQYQ4A5GEOADhiDgCMYg4A4GIOADRjDgBsjQAAzIYBAMyGAQB87gEAgHELANRxCwAocgsAfHILAHi/DQCseQEATPoBAHzuAQCY7QoAbGQFAKwWCgAAFwoAHA4AAKySAABkJgAA3EcAAHzuAQCY8AQA7PAEAEDxBAD8Xw0AUGANAKRgDQD4YA0ATPoBAPzcCABQ3QgAfO4BAJjwBADs8AQAQPEEAPxfDQBQYA0ApGANAPhgDQDgxAAAHA4AADAeAAAgMAcAfO4BANADAgC0WgMAYNwCAMTHAQA8YQ4AxGQKACAwBwB87gEAkM4NAGQmAAB87gEAmO0KAOztCgD0FwAArJIAAACTAAB87gEAcGQKAJC9DAAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQD4UQEA+PoGAHyUDQDQlA0AxG8CABhwAgB87gEAvIgMACTjBABcjwsAsI8LAASQCwAASg0AVEoNAJiACwDQAwIARGoGAPygAgBAIAkAcGQKAJC9DAAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQD4UQEATNQAAEwPAgCcdw0A8HcNALyIDACgXQ4AhEgAAPR0AwDUcQsAoCQCANAtAgCAawIA3EcAAHzuAQCY8AQAPKYCALiBDgAMgg4AYIIOAJDODQBkJgAAfO4BALyIDACgXQ4AhEgAANDuAQD8fAsAzIYBAMyGAQAghwEATNQAAFh5AQCseQEATPoBAHzuAQBwZAoAkL0MAABQAQBUUAEAqFABAPxQAQBQUQEApFEBAGyNAACgJAIAeL8NAKx5AQBM+gEAfO4BAGx2CwDAdgsA+MkNACAwBwDMhgEAoBwEAKx5AQBM+gEAfO4BAJDODQBkJgAAfO4BALyIDACgXQ4AhEgAACiQDgB8kA4A0JAOACSRDgB4kQ4AzJEOACCSDgB0kg4AyJIOAByTDgBwkw4AxJMOABiUDgD0DwIASBACAIi7DQD4yQ0ASBgAAEQ/AQAwSAAAhEgAAIBnAwB87gEAcGQKAJC9DAAAUAEAVFABAKhQAQD8UAEAUFEBAKRRAQD4UQEAkM4NAGzJBgDAyQYAFMoGAGjKBgC8ygYAEMsGAGTLBgCIrgsA3K4LADCvCwCErwsAYNwCAAAAAAAAAAAAAAAAAHzuAQDYHAsAKOQOAHzkDgDQ5A4AmO0KAOztCgD4xQ4ATMYOAKDGDgD0xg4ASMcOAJiACwAYCAcAIDAHALRaAwA0hgAAKFcCAPQXAAB87gEAmIALABgIBwAgMAcAmMMKAPQXAAAo5A4AfOQOANDkDgCY7QoA7O0KAPjFDgBMxg4AoMYOAPTGDgBIxw4AmIALABgIBwAgMAcAHA4AABxvAgBwbwIAAMsHAFTLBwBM+gEA3MsJAJgVAQB87gEAmO0KAOztCgD4xQ4ATMYOAKDGDgD0xg4ASMcOANADAgAkBAIA+P4FAPCjAgDMhgEAgHoOAJjtCgDs7QoA+MUOAEzGDgCgxg4A9MYOAKD6AQB87gEATPoBANzLCQAwzAkA2BwLACjkDgB85A4A0OQOAJjtCgDs7QoA+MUOAEzGDgCgxg4A9MYOAEjHDgBUAAAA4EIBADRDAQD8oAIAWHkBACAwBwDIwA0AAJMAABg3CwAcbwIAJOMEAFyPCwAMNAIArBYKAEz6AQC0WgMAYNwCAATvAwBY7wMArO8DAADwAwBM1AAAWHkBAGxkBQAwSAAAfO4BAHBkCgCQvQwAAFABAFRQAQCoUAEA/FABAFBRAQCkUQEA9A8CAEgQAgC8iAwAqMwMAKDSCwAAxwgAVMcIAACTAADA4woAFOQKAHzuAQCYwwoA7MMKAJB+DABUAAAAmBUBAHzuAQBwZAoAENkNAGTZDQAAAAAAuNkNABSZDQBklAQAzPgEAPjJDQAgMAcAfO4BANDuAQAk7wEAeO8BAMzvAQBM1AAAWHkBAGxkBQAwSAAAfO4BAHBkCgCQvQwA5L0MADi+DADAZAUAmPAEAOzwBACw2w0ABGYLAFhmCwBYZgsApM0MAPilAQCY9QgA7PUIAED2CAAkgA0AeIANAFQAAADgQgEANEMBAAyjCwBgowsAtKMLAAikCwB87gEAmPAEAOzwBAAUmQ0AaJkNALyZDQAQmg0AZJoNALiaDQCgHAQAqOULAPzlCwDcBQYAtFoDADivAACMrwAAaDgLALw4CwAQOQsAqBMLAPwTCwCskgAAAJMAAFjmAAB8wAIATPoBAKD6AQA0hgAAoF0OAIRIAACAZwMA1GcDAJiACwDsgAsAQIELALyIDAAQiQwAZIkMABSyDAAk7wEAeO8BAIxZCwDgWQsAqMwMAKDSCwD4+gYAMB4AAKySAAC8iAwAoF0OAIRIAADQ7gEA7HQOAEB1DgCUdQ4A6HUOAPj6BgB8lA0A0JQNAMRvAgAYcAIAfO4BALyIDAAk4wQAXI8LALCPCwAAxwgAVMcIAABKDQCgJAIAwOMKABTkCgB87gEAmBUBAMz4BAD8oAIAQCAJAPx8CwCgJAIAfO4BAJgVAQDsFQEAoCQCANAtAgCY7QoA7O0KAGQmAAD8fAsAoCQCAJgVAQDM+AQADDQCAGB8BQBEagYArJIAANwFBgDg2gUA3EcAAGB8BQBEagYAENgIAHzuAQDQ7gEAJO8BAHjvAQDM7wEA0O4BAPx8CwCgJAIAfO4BALyIDAA0hgAAOKsBAKBdDgCESAAAgGcDANRnAwBMtQ0ASLYNAJy2DQDwtg0A0O4BACTvAQB47wEAVAsNAKgLDQB87gEAvIgMABCJDABkiQwAVN8CANT6AwCcFgsA8BYLAEQXCwCYFwsA7BcLAEAYCwCUGAsA6BgLAOS3AwA4uAMAFJkNAGiZDQCkywIA+MsCAIB6DgCMqwEAqEIPAPxCDwAcbwIAtFoDALRaAwDwpwEA/GwPAIyEEAAgMAcAXD0AAFBDDwCkQw8A/GwPAGQpDwB8SgAA2O8QAIyEEAAgMAcAjIQQAIyEEAAgMAcA/GwPALR6EACMhBAA2O8QAEz6AQCEHgAAwAsBANjvEADACwEAvGcPALxnDwAgMAcAyMANAIAfAADACwEAiMUAAJAcBQAkJA8AJCQPAIyEEACQHAUAjIQQAIiADADsRg8AQEcPAGC9DwCoQg8A/EIPAOwDEADY7xAAMAkAAPxsDwDsRg8AQEcPAMALAQAYPA8AlFgQAOhYEAD0gw8ATPoBALxnDwBYaw8ArGsPAKhCDwD8Qg8AnAIQAJgVAQDoYA4AvGcPAARBDwC8Zw8AENgIANiwEABgvQ8A/GwPAMwgEACMhBAAMAkAADAJAABoUg8AvFIPABBTDwDY7xAAHA4AACAwBwDMgwcAIDAHAGhSDwC8Ug8AsJAQAMALAQBoUg8AvFIPALCQEACEHgAAqEIPAPxCDwBoMgIAfO4BAGQkCwD8bA8AYNwCANxHAAC8Zw8A0IECACAwBwD8bA8A8CUCAOxGDwBARw8AvGcPAERGDwCYRg8A7EYPADhFEADsRg8AOEUQALBREAC8Zw8AVFcPAGRTDwC4Uw8AGDwPAGRTDwAAAAAAfO4BAGhSDwC8Ug8AaFIPALxSDwBoUg8AvFIPAJRHDwBgvQ8AjNgQAODYEABwGwIAREYPABg8DwDsRg8AQEcPAHAbAgAgMAcAfO4BANjvEAB87gEAMNoQANBNDwBw3xAA/GwPAPxsDwDQOgQA0DoEANA6BABg3AIAAMsHAODkDQC07ggA4OQNAPhgDQD4YA0A3EcAABTgCwAMUBAAePMAABwOAAAcDgAA7FsPAJhfDgB48wAAvGcPABwOAACYXw4AvGcPALxnDwC8Zw8AvGcPALxnDwAYPA8AGDwPALxnDwC8Zw8AvGcPALxnDwC8Zw8AvGcPABg8DwAYPA8AGDwPALxnDwC8Zw8AvGcPABg8DwAYPA8A1GEPABg8DwAYPA8AvGcPAHzuAQB87gEAxGUPAHAdDAB87gEA2O8QAKAkAgCY9QgAfO4BABwOAAAcDgAAvGcPALxnDwDMhgEAcN8QAGhSDwC8Ug8AYNwCAPxsDwDY7xAAHA4AAAhqDwB87gEA6KUCADAeAAC0WgMA/NwIAPQXAAAgMAcAIJkHACAwBwAIexAA/GwPAOzAEABw3xAAHA4AAIRVAgBM1AAATNQAAEzUAADY7xAATNQAABwwAgCk8w0A2O8QAIRVAgDY7xAAAEwCAOiCEAAkdBAAeHQQAEBxDwDY7xAAfNwQANDcEAAcwwIAwAsBANjvEAAsuQ4AMAkAANjvEABUAAAA9BcAAMjADQBkKQ8AtFoDAJxBEABUAAAA6IIQADAJAAAwCQAAMAkAAOAGEAD8bA8AZCkPABxvAgC0WgMAZH0PANC8AwCIpAMA3BwQAKDaCQAs8BAAGAgHABg8DwCUWBAA6FgQAJShAwBoUg8AvFIPALCQEAAsiw8AGDwPANjvEACM8wQAyLgPABg8DwC8Zw8AvGcPAGhSDwC8Ug8AvGcPAFhrDwCsaw8AcA4AAPxsDwBkKQ8A2O8QAHzuAQD8bA8AcN8QAFhrDwCsaw8AfO4BAJDyBAA8LxAA6HAKANjvEAAEfgUA2O8QAERJCQCQnA8AgB8AAPxsDwDwhA8AtBEQANjvEAAcbwIAgHoOAPxsDwC0ehAAePMAADwvEAAs8BAAvGcPAFhrDwAs8BAAvGcPAMi4DwCUhQoA3LAAANADAgAYPA8AlFgQAOhYEABoUg8AAFMQAGxyDABABBAAZCkPABwOAADACwEAiIkPAPgAEAC0ERAA3EcAABg8DwCUWBAA6FgQAPCEDwC0ERAA3EcAALQREADcRwAAjDQPAFSWDwCg0gsAPJwPAPxsDwC8Zw8AWGsPAKxrDwDcng8ASBkFAGQpDwDYsBAAuCQLACzwEAC8Zw8ALPAQALxnDwCoqw8A/KsPAFCsDwCkgg8A+IIPAEyDDwCggw8AgAkQAKirDwD8qw8AUKwPAIw0DwAQqQQAGDwPAJRYEADoWBAA8IQPADD2CQDY7xAAHG8CALRaAwDY7xAAPC8QAGQpDwDQOgQAmKADAKwWCgC8Zw8AWGsPAKxrDwAIEhAAgB8AABg8DwCUWBAA6FgQANjvEABg3AIA8IQPAJDNCAC0ERAA3EcAAASqDwBYqg8ArKoPAAR+BQAEqg8AvGcPAFxmEAAYPA8ALPAQALxnDwBYaw8ALPAQAIB6DgB87gEAcN8QAFhrDwCsaw8A9OoFAPxsDwC0ehAA2O8QAPh9CwD8bA8A2O8QAOytBQC8Zw8AGDwPACzwEADsRg8AQEcPACAwBwCQBRAAqKsPAPyrDwBQrA8AcN8QAFhrDwCsaw8AZH0PABxvAgCAeg4AvGcPAGi2CwDY7xAAgHoOAHzuAQA0RhAAIDAHAPygAgC8Zw8AWGsPAKxrDwCMNA8AwAsBAPxsDwDY7xAAqMwMAGQpDwAYNwsAGDwPALxnDwAYPA8AvGcPACzwEAAs8BAALPAQALxnDwC8Zw8AvGcPAFhrDwCsaw8AcN8QAGRoDwDA9RAA/GwPAMD1EAAEqg8AvGcPABg8DwCUWBAA6FgQABg8DwCUWBAA6FgQANjvEACAXRAADE8LANjvEACAeg4A2O8QAOz9BgBkKQ8AfO4BAJAcBQDACwEA/GwPADBcEABkaA8A2O8QAAAAAAAgMAcAAAAAAIDwEAD8bA8AMFwQAGRoDwDY7xAAAAAAACAwBwAAAAAA2O8QANjvEAAcbwIA2O8QABxvAgDY7xAAHG8CACzwEAC8Zw8AWGsPAKxrDwCAeg4AvGcPAFhrDwCsaw8A/GwPAAAAAAC0ehAAoNILABg8DwCUWBAA6FgQAHh4DwDY7xAA6IIQANxHAAAQEBAAAFMQABgIBwCIWxAA3FsQALCQEAC0WgMAvGcPAFhrDwCsaw8A/GwPAPxsDwC8Zw8AWGsPAKxrDwAoaQgAAAAAACDiDwB04g8AyOIPACCZBwBcZhAAsGYQAARnEADY7xAAjDQPAAxPCwBMogIAgHoOAPxsDwDY7xAAnEEQAIxhCQCMNA8A2O8QABDYCABgvQ8AaFIPALxSDwDsRg8AQEcPABg8DwCUWBAA6FgQACQ/AwD8bA8A2O8QAESgAwC8Zw8AvGcPAFhrDwCsaw8AIDAHAIAfAAC8Zw8AWFIQALxnDwBYaw8ArGsPABThEAAAAAAAGDwPAJRYEADoWBAA/GwPAPCEDwBkKQ8A/GwPAPjdCAA8LxAAZCkPAEAWAQAAAAAA2O8QADwvEABkKQ8AQBYBADzwDwAYPA8AlFgQAOhYEAAwXBAAZGgPANjvEAAQ2AgAvGcPAFhrDwCsaw8A2O8QALRaAwA0MRAAfO4BAGj6DwC8Zw8AePMAAIBoCADcRwAA7MAQALRaAwCQHAUA2O8QAACTAADcRhAAJD8DAHS4DwB87gEAfO4BAPxsDwCwkBAAxN8QAMALAQBgvQ8AfO4BAJwCEABsZAUA8IQPAHS4DwCseQEAPPAPAJDwDwAgMAcAAAAAAAAAAAAAAAAA2O8QADwvEAAAAAAAAAAAAAAAAACcAhAAwAsBANjvEADoghAAPC8QACAwBwC8Zw8AyLgPAMi4DwC8Zw8AZGgPAOTQAgD85hAAlFgQAOhYEADwhA8A2LAQAHDfEABkaA8A0DoEABg8DwBsPA8A0DoEAKySAADcRwAAbAgHANjvEAA0hgAAbAgHACzwEAC8DxAAdLgPAGhSDwC8Ug8AlEcPAPCEDwDcRwAA3EcAAJCcDwD4pQEAXGYQALBmEAAEZxAAtBEQANjvEAC0WgMAvGcPANjvEABEoAMAfO4BAPxsDwBEoAMAvGcPAFhrDwCsaw8ARBgQAJgYEADQOgQA0DoEANjvEABEoAMARKADAJDyBAA0RhAAZCkPAAAAAADY7xAA2O8QAKySAACAXRAAfO4BANjvEADMIBAAMAkAALAqCgBM+gEAECUQAGQlEABUAAAAVAAAAAR+BQD8bA8AfO4BANjvEADY7xAA9BcAABg8DwCUWBAA6FgQACy1DwD4fQsAlKEDALxnDwBYaw8ArGsPAABKDQBoUg8AAFMQAIxFEADMIBAAENgIAMwgEADMIBAAIDAHAPQXAABoUg8AAFMQALxSDwAYPA8A/GwPAMwgEAAgIRAAdCEQANiwEACgKxAASFYQALxnDwBEoAMA/GwPADj4CAAc/wgAAAAAAIQIEADYCBAAAAAAAAAAAABICQkAYDkGAPh9CwD8bA8A2O8QANjvEADcRhAA3EcAAPxsDwDY7xAA6GAOAPxsDwDACwEAfO4BAPxsDwAoXhAA9BcAALxnDwBYaw8ArGsPANjvEAB87gEA2O8QAHzuAQDY7xAAwAsBALQ7EADACwEAfO4BANjvEAAwCQAAtDsQADAJAACAXRAAENgIALQ7EABg3AIAAAAAALRaAwBcPBAAtFoDANjvEACAXRAA8P4QAPxsDwDw/hAA2O8QAPD+EAC8Zw8AWGsPAKxrDwDY7xAA6GAOAMALAQBkKQ8AHA4AABwOAABkKQ8AgHoOAIBdEABg3AIAGDwPAJRYEADoWBAAvGcPAFhrDwCsaw8AfO4BANAtAgDY7xAAfO4BANjvEAD8bA8AkC8QAHzuAQB87gEAkBwFAJQgCQDYsBAA/GwPADAJAADY7xAAtDsQAHzuAQDsRg8AQEcPANiKDwDoYA4AVKYLAPxsDwDcRwAA/KACANxHAABw3xAAWGsPAKxrDwD8bA8AEE8QACAwBwC0WgMACKQLAGDcAgBYphAAAFMQANCvAQB87gEAHA4AAAAAAAAYNwsAAAAAADhFEABsTRAAwE0QABROEADY7xAAcN8QAFhrDwCsaw8AfO4BADAJAADQOgQA0DoEANiwEAB87gEAGDwPAHzuAQD8bA8AYNwCAPxsDwCwRgMA6IIQAOiCEAAASg0A/GwPANjvEAB87gEAaFIPALxSDwBw3xAAWGsPAKxrDwBw3xAAfO4BACAwBwDY7xAAIDAHAGhOEAAwRgsAENgIADAJAADYsBAAJDsEAMzIEAAE3A0AePMAANjvEADsRg8AQEcPADysCwBYphAAQO4KAHzuAQC8YxAAfO4BAEDuCgDYhhAAZGQQAMDKCwDExwEAGDwPAJRYEADoWBAAfO4BANjvEADY7xAAcN8QABxvAgAcbwIAcN8QAHDfEAAgMAcALEwPAIBMDwCkaRAAoFkPABg8DwC8Zw8AZGgPAPT6AQCYgAsAnKcBAGRTDwAYPA8A2CcDAMTHAQCQ8gQA3KUIAEBrBgBM+gEA3EcAAMwNBQAgMAcA2O8QAIB6DgAknhAA6KUCAJg7AgDopQIAmDsCAFg2AgDocAoALPAQAEyiAgDY7xAAMAkAAHzuAQD0WQ8AMB4AANgnAwAw2hAAfO4BANjvEADYsBAAzPIQACQ7BADY7xAAYNwCAGDcAgBg3AIAYNwCAPxsDwD8bA8ALF0QAGRoDwDkWRAAMAkAANxHAAAcbwIAGDwPAJRYEADoWBAAIJkHALxnDwDk0AIA2IYQAGRkEAB8qQ0AaFIPALxSDwB8qQ0AwHIMAGhSDwAcTBAAcN8QAFhSEADY7xAAfO4BAGQmAABkJgAATPoBAJgRAgAkJA8A8IAQAGxIDAC0ehAAfO4BANjvEAB87gEArLoLAEBtEABscgwAfO4BAHzuAQB87gEASJAMAHSHAQD8fAsAnNQQALxnDwBM+gEABJALAJzUEABg3AIAnNQQAGDcAgD8bA8AfO4BAHzuAQDYhhAAZGQQANjvEABoUg8AvFIPALCQEAAU5AoAfO4BAHzuAQB87gEA2IoPAHzuAQD4fhAAHG0NABwOAAC4swwA7EYPAPxsDwAYPA8AZGMLAEDuCgAU4RAAAAAAAEDuCgBsrQ0AhJsQAGiuDQDYmxAAYL0PAERXEABw3xAAZGgPANiGEADIbA0AJCQPAGC9DwCEmxAAYL0PANibEABgvQ8A2IYQAGRkEABYZxAAVAAAAMxACADcRwAAcFAPABwOAAB87gEAQO4KAGRkEAB87gEAjEUQAGxGAgCglBAA7NUQAEDWEAC0WgMAFOQKACAwBwB87gEAfO4BAHzuAQDY7xAAgLALAICwCwCAsAsAgLALAEz6AQBM+gEAKNMNAHzuAQBoUg8AuKMQANiGEAA42BAAfO4BANiGEAAcbQ0AfO4BAIyEEADAjBAAaFIPABSNEAB87gEAnJUQAPCVEABgzhAARJYQAHzuAQB87gEA2IYQABxtDQCMhBAAwIwQAGhSDwAUjRAAfO4BAOglDQCQrRAAaFIPALxSDwBw3xAAZGgPAHzuAQBYphAA2LAQANiwEAB48wAAoFUQAOCuEABIVhAAGMgBAICwCwCAsAsAgLALAICwCwB87gEAoJQQAERwDwBkUw8AsFUPABTkCgD8Xw0AaDICAGhSDwAcTBAAjIQQAPxsDwCclRAA/GwPANiwEABg3AIAbEgMAGxIDAB87gEA+H0LAJyVEADwlRAAIDAHACAwBwBAdQ4AaFIPALxSDwD4fQsAnJUQAPCVEAAgMAcAIDAHAEB1DgD0fxAASIAQAGhSDwAAUxAAsFEQAAAAAAD8bA8A2O8QAPxsDwDk0AIAvGcPANiGEADgew0AaFIPAABTEADwvxAAvMwQAHDfEABYUhAAYNwCALxSDwCwkBAArBYKANjvEADMLgIAVAAAAJzUEADYhhAA4HsNANxHAAC8Zw8AIDAHAHzuAQBoUg8AvFIPAEB1DgCoSg0AYNwCAGDcAgD4pQEA+KUBAPilAQD4pQEAYNwCAPxsDwD4pQEAfO4BAHzuAQB87gEAAAAAAAAAAADYhhAAONgQAGhSDwC8Ug8AQHUOAPB3DQDY7xAA2IYQAKwWCgDY7xAA2IYQADDaEAD8bA8AfO4BAHzuAQC0WgMA9BcAACAwBwCskgAAfO4BAKCUEADs1RAAQNYQAJTWEADo1hAAPNcQAJDXEABg3AIAaFIPAABTEAA0hRAAcN8QAFhrDwBERg8ASBACAPCAEADY2hAALNsQAIDbEADU2xAAcN8QAGRoDwC4ywYAcN8QAPxsDwDI3hAAYNwCAIB6DgAgMAcAvGcPANiwEADACwEAtHoQAMALAQC0ehAA7EYPADhFEADACwEAfO4BANiGEABkZBAAaFIPALxSDwBIEAIAmMAQAJjAEABIEAIAGDwPABg8DwAYPA8AqKsPABg8DwAYPA8AGDwPABg8DwDsRg8AOEUQABg8DwCoqw8AGDwPAJBZEAAYPA8AkFkQABg8DwCQWRAAXGYQAJBZEAAYPA8AkFkQABg8DwCQWRAAVIEPAJBZEAAYPA8AkFkQAKSCDwD4gg8AEFMPAHzuAQB87gEAYNwCAPxsDwD0FwAAgHoOAGRTDwD4aRAALJwQACycEABkUw8AuFMPAADLBwB88RAAYNwCAGDcAgAcDgAAHA4AAIR1DwD8bA8AGMgBABg8DwDY7xAAqEoNANjvEAAYPA8AZCkPANjvEABkKQ8AGDwPAJRYEABkKQ8AZPcQALj3EAAYPA8AYNwCAMBiEAD8bA8AfO4BAHzuAQB87gEA8P4QAHzuAQB87gEAfO4BAPD+EAB87gEAqMsHAPD+EADY7xAASMcOAHzuAQB87gEA8P4QAPxsDwCkgg8A+IIPAEyDDwAYPA8A+FEBAIyEEADAjBAAfO4BAHDfEABkaA8AaFIPALxSDwCwkBAABNwNAKxmCwDowRAAzMgQAIB6DgB4ShAAOEUQALBREABscgwAvGcPAFhSEABscgwA2O8QAADLBwB4eA8AKF4QANiGEABkZBAAaFIPAABTEADwvxAA2O8QAGQpDwAEkAsA9BcAANjvEAAQ2AgAaFIPALxSDwCwkBAA/OEMAHh4DwBU0RAAaFIPALijEADYhhAAyGwNANjvEAA=","out":"AAAAgAAAAIADAACAAwAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIAAAACAAwAAAAAAAIACAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIAAAACAAAAAgAMAAAAAAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAQAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAwAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAAAAgAMAAIAAAACAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAwAAgAMAAAACAACAAwAAgAAAAIABAACAAAAAgAMAAAAAAACAAQAAgAMAAIACAACAAwAAgAAAAIADAAAAAAAAgAEAAAAAAACAAwAAgAMAAAADAACAAwAAAAEAAIADAACAAwAAAAEAAAAAAACAAwAAgAAAAIADAACAAAAAgAEAAIADAACAAAAAgAAAAIADAACAAwAAAAIAAIADAACAAAAAgAEAAIADAAAAAwAAgAMAAAADAACAAQAAgAIAAIABAAAAAwAAgAMAAIADAACAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAQAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIADAAAAAwAAAAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAACAAwAAgAMAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAIABAACAAwAAAAAAAIADAAAAAwAAAAMAAIADAACAAwAAAAMAAIAAAACAAwAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAEAAIAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAABAACAAAAAgAEAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAAAMAAAABAACAAwAAgAMAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAgAAgAMAAAADAAAAAAAAgAEAAIAAAACAAAAAgAMAAIADAAAAAwAAAAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAACAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAAAMAAIABAACAAAAAgAMAAIAAAACAAwAAAAEAAIAAAACAAQAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAADAAAAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAADAAAAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAwAAgAMAAIADAACAAwAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAgAMAAIAAAACAAAAAgAMAAIADAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAIADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAQAAgAAAAIADAACAAAAAgAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAEAAIADAACAAQAAgAMAAIAAAACAAAAAgAAAAIADAACAAwAAgAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAAAAIAAAACAAwAAgAMAAIABAACAAAAAgAMAAIABAACAAAAAgAEAAIAAAACAAQAAAAMAAAAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAEAAIAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAQAAgAAAAIADAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAgAAgAMAAAABAACAAAAAgAEAAIAAAACAAAAAgAAAAIADAAAAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAwAAAAEAAIAAAACAAwAAgAMAAIADAACAAQAAgAAAAIADAACAAwAAAAMAAAABAACAAAAAgAEAAIADAAAAAQAAgAAAAIABAACAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAACAAAAAgAEAAIABAACAAAAAgAEAAIADAAAAAAAAgAAAAIADAAAAAwAAgAEAAIAAAACAAwAAgAMAAAADAAAAAQAAgAAAAIABAACAAAAAgAMAAIACAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAAAAgAMAAAADAACAAQAAgAAAAIABAACAAQAAgAAAAIAAAACAAwAAAAEAAIAAAACAAwAAgAAAAIADAAAAAwAAAAMAAAADAAAAAQAAgAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAADAACAAAAAgAAAAIADAAAAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAMAAAAAAACAAwAAgAMAAAADAAAAAwAAgAMAAAADAAAAAQAAgAAAAIADAAAAAQAAgAAAAIABAACAAwAAAAAAAIABAACAAAAAgAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAMAAAAAAACAAQAAgAAAAIADAAAAAwAAAAMAAAADAAAAAwAAAAEAAIAAAACAAwAAgAMAAAAAAACAAwAAAAMAAIAAAACAAwAAAAMAAAAAAACAAwAAAAEAAIAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAAAAIADAAAAAAAAgAAAAIADAAAAAwAAAAMAAAAAAACAAAAAgAMAAAADAAAAAwAAAAAAAIADAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAMAAAABAACAAAAAgAMAAIADAAAAAAAAgAEAAIAAAACAAAAAgAMAAAAAAACAAAAAgAMAAAADAAAAAAAAgAMAAIADAACAAwAAgAAAAIAAAACAAAAAgAMAAAAAAACAAwAAgAMAAAADAACAAwAAAAAAAIADAAAAAwAAAAMAAAABAACAAAAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAAAAIAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAAAAgAMAAAABAACAAAAAgAMAAIAAAACAAwAAAAAAAIADAAAAAAAAgAMAAAAAAACAAwAAAAMAAAAAAACAAwAAAAAAAIADAAAAAQAAAAMAAAAAAACAAwAAAAMAAAADAAAAAAAAgAMAAAAAAACAAQAAAAAAAIAAAACAAwAAgAAAAIADAACAAQAAgAAAAIADAACAAAAAgAMAAAADAAAAAAAAgAMAAAADAAAAAAAAgAMAAAABAAAAAwAAAAEAAIAAAACAAwAAgAEAAIAAAACAAwAAgAMAAAABAAAAAAAAgAMAAAAAAACAAwAAgAMAAAADAAAAAwAAAAMAAAADAAAAAAAAgAMAAIADAAAAAAAAgAMAAIABAAAAAAAAgAEAAIAAAACAAQAAAAEAAAABAACAAQAAAAEAAAABAAAAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAgAEAAIABAAAAAQAAAAAAAIABAACAAAAAgAEAAIABAACAAQAAgAAAAIADAACAAAAAgAEAAIAAAACAAwAAgAEAAAABAAAAAQAAAAEAAAABAACAAQAAgAEAAIABAAAAAQAAgAAAAIABAACAAQAAAAEAAIABAACAAwAAgAAAAIABAACAAQAAAAAAAIABAACAAQAAgAAAAIADAACAAQAAgAEAAAABAAAAAAAAgAEAAAABAACAAQAAAAEAAAABAAAAAAAAgAEAAAAAAACAAQAAgAEAAAABAACAAAAAgAEAAIABAAAAAAAAgAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAAAAIABAAAAAQAAAAEAAIAAAACAAQAAgAEAAAAAAACAAAAAgAEAAIABAAAAAQAAAAEAAIABAACAAgAAgAMAAIADAAAAAQAAgAMAAAABAACAAQAAgAAAAIABAAAAAQAAAAEAAAADAACAAQAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAABAAAAAQAAAAEAAAABAAAAAQAAAAAAAIABAAAAAAAAgAEAAAACAACAAwAAAAIAAIACAACAAgAAgAIAAIAAAACAAAAAgAMAAIACAACAAAAAgAIAAIACAACAAgAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIACAACAAgAAgAEAAIAAAACAAQAAgAIAAIADAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAAABAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAwAAgAMAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIACAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAEAAIAAAACAAgAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAIAAIAAAACAAgAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAAAAgAEAAAABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIABAACAAQAAgAEAAIAAAACAAQAAgAMAAAAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIADAACAAgAAgAAAAIAAAACAAwAAgAMAAAAAAACAAwAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIABAACAAQAAgAAAAIABAAAAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAEAAIAAAACAAQAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAQAAgAAAAIAAAACAAAAAgAEAAAAAAACAAAAAgAEAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIABAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACA","tagWords":"AAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAgAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAACAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAACAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAQAAAAAQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAACAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAgAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAEAAAAAECAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAIAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAABAAAAABAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAIADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAACAAAAAAIAAQAABgAACAAAAACACAdgQAEAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAACggAAAAAAAAAAAIAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAQAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAIAAAEAAAAAAAAAAAAAAAEAAAACAAAAAEAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAACAAAAAAAACAYAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAEUAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAACAAAAAACAAAgAAAAAIAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAIAAAAAAIAACAAAAAAgAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAgAAIAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAgAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAIAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAgAAAAAIAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAACAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAACAAAAABAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQACBgAACAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAEAAAAIBgAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAABAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAgAAAAAAAAAAAIAEAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgABAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAAiAAAAACAAAdgQAEAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAAAAAAhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAgAAAAACAAEAAAYAAIgAAAAAgAgHYECBAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAAEAAAAAAAEAAAAAAAAgMAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAgAAAgAAHYEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEAAAAAAAAAAAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAgAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAIAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAgACAAAAAAAAACAAAAARAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAgAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAGAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAQAAAAgGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdwQAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAABAAAAAAAAAAAAAMAAAAQAAAAAYAAAAAAAAAAAgAAAAAAAAAAAgAAAAAAAAAAgABAAAGAAAIAAAAAIAAB2BAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAwAAABAAAAABgAAAAAAAAAACAAAAAAAAAAACAAAAAAAAAACAAEAAAYAAAgAAAAAgAAHYEABAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAIBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAQAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAACAAABAAAACAYAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAIBgAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAwAAABAAAAABgAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgGAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAACAAIAAAAAAAAAIAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAABAAAAAAAAAAAAAAAAIDAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAEAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAIAAQAABgAACAAAAACAAAdgQAEAAAAAAAAAAAACAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAgAAAAAAAIAAAAAAAAAAAAAAADAAAAEAAAAAGAAAAAAAAAAAIAAAAAAAAAAAIAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAIAAgAAAAAAAAAgAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAQ"},"index":{"lists":[[11,12,91,93,94,95],[1,2,4,5,6,7,8,11,12,13,14,35,36,37,38,39,42,43,44,45,48,49,50,51,52,53,54,55,56,57,58,59,63,68,69,71,72,73,74,75,76,77,78,79,80,81,82,86,87,88,89,91,93,94,95,99,104,105,132,135,136,138,149,150,151,153,154,155,156,157,158,166,169,179,180,184,185,188,197,198,202,206,208,209,210,211,213,215,216,218,219,222,223,224,225,239],[1,2,4,5,6,7,8,11,12,13,14,35,36,37,38,39,41,42,43,44,45,48,49,50,51,52,53,54,55,56,57,58,59,63,64,68,69,71,72,73,74,75,76,77,78,79,80,81,82,85,86,87,88,89,91,93,94,95,99,104,105,111,132,135,136,138,149,150,151,153,154,155,156,157,158,166,169,179,180,181,184,185,188,197,198,202,206,208,209,210,211,213,215,216,218,219,222,223,224,225,228,229,230,239],[11,12,61,84,91,93,94,95,187,228,245],[11,12,91,93,94,95,123,124,125,231,232,233,234,235,236,237],[4,5,11,12,91,93,94,95],[11,12,60,62,91,93,94,95],[11,12,91,93,94,95,219,238],[8,11,12,73,91,93,94,95,104,105,130,131,219,224,225],[8,11,12,91,93,94,95,123,124,125],[8,11,12,59,66,71,74,78,79,91,93,94,95,115,123,124,125,126,143,157,158,160,164,172,174,180,182,183,184,185,196,203,204,205,212,239],[11,12,21,22,23,29,30,91,93,94,95,103,163,176,218],[11,12,91,93,94,95,127,251],[10,11,12,91,93,94,95],[1,8,11,12,14,91,93,94,95,123,124,125,152,165,206,210,211,239],[8,11,12,16,91,93,94,95,123,124,125,129,152,206,210,211,239],[8,11,12,38,91,93,94,95,123,124,125,152,188,206,210,211,223,239],[4,8,11,12,24,91,93,94,95,123,124,125,152,153,175,206,210,211,227,239],[0,2,7,8,9,11,12,27,28,31,32,88,91,93,94,95,123,124,125,146,152,153,159,162,188,190,206,207,210,211,214,217,220,239,240,243,246,247,250,252],[3,8,11,12,15,18,27,31,32,34,41,44,45,67,70,89,90,91,93,94,95,99,101,107,108,110,116,123,124,125,128,133,136,139,146,152,153,161,168,170,171,177,188,189,200,206,210,211,239,248,253],[8,11,12,91,93,94,95,123,124,125,152,206,210,211,239],[8,11,12,91,93,94,95,123,124,125,152,153,206,210,211,239],[8,11,12,13,91,93,94,95,123,124,125,152,206,210,211,239],[8,11,12,91,93,94,95,123,124,125,152,206,210,211,239,244],[8,11,12,87,91,93,94,95,123,124,125,152,153,206,210,211,229,239,241,242],[8,11,12,82,90,91,93,94,95,102,106,117,123,124,125,148,152,192,206,210,211,229,239],[8,11,12,17,41,91,93,94,95,101,109,123,124,125,138,139,152,167,206,210,211,239],[7,8,11,12,33,65,91,93,94,95,123,124,125,152,153,206,210,211,239],[8,11,12,17,47,91,93,94,95,123,124,125,138,152,206,210,211,239],[8,11,12,19,20,40,52,91,93,94,95,100,112,114,118,123,124,125,134,140,141,142,144,145,147,152,156,173,178,179,191,194,199,201,202,206,210,211,221,226,239],[8,11,12,14,55,91,92,93,94,95,123,124,125,152,206,210,211,239],[5,8,11,12,91,93,94,95,123,124,125,152,206,210,211,239],[8,11,12,17,91,93,94,95,123,124,125,152,206,210,211,239],[11,12,91,93,94,95,98,113,119,120,121,122,137,193,195,249],[11,12,63,91,93,94,95],[8,11,12,25,26,91,93,94,95,123,124,125,206,210,211,239],[11,12,35,91,93,94,95],[11,12,36,37,39,42,43,91,93,94,95],[11,12,46,50,51,53,91,93,94,95],[11,12,49,72,91,93,94,95],[11,12,49,91,93,94,95,96,97],[11,12,49,73,75,91,93,94,95],[11,12,49,91,93,94,95],[11,12,54,56,58,72,91,93,94,95,213],[11,12,57,91,93,94,95,155],[11,12,72,91,93,94,95,213],[11,12,73,75,81,91,93,94,95,230],[11,12,75,91,93,94,95],[11,12,80,86,91,93,94,95,213,230],[11,12,83,91,93,94,95,186],[11,12,91,93,94,95,154],[11,12,91,93,94,95,213],[11,12,91,93,94,95,230],[11,12,77,91,93,94,95,216],[11,12,77,91,93,94,95,216,228],[11,12,77,91,93,94,95,197,198,216],[4,5,11,12,77,91,93,94,95,216],[11,12,77,91,93,94,95,216,219],[8,11,12,73,77,91,93,94,95,104,105,216,219,224,225],[8,11,12,77,85,91,93,94,95,197,198,216],[8,11,12,59,64,68,69,71,74,76,77,78,79,91,93,94,95,157,158,169,180,181,184,185,197,198,216,239],[11,12,77,91,93,94,95,216,218],[1,6,8,11,12,14,77,91,93,94,95,197,198,206,208,209,210,211,216,222,239],[8,11,12,77,91,93,94,95,197,198,206,208,209,210,211,216,239],[8,11,12,38,77,91,93,94,95,188,197,198,206,208,209,210,211,216,223,239],[4,8,11,12,77,91,93,94,95,153,197,198,206,208,209,210,211,216,239],[2,7,8,11,12,77,88,91,93,94,95,153,188,197,198,206,208,209,210,211,215,216,239],[8,11,12,41,44,45,77,89,91,93,94,95,99,132,136,153,188,197,198,206,208,209,210,211,216,239],[8,11,12,77,91,93,94,95,166,197,198,206,208,209,210,211,216,239],[8,11,12,77,91,93,94,95,153,197,198,206,208,209,210,211,216,239],[8,11,12,13,77,91,93,94,95,111,197,198,206,208,209,210,211,216,239],[8,11,12,77,87,91,93,94,95,153,197,198,206,208,209,210,211,216,229,239],[8,11,12,77,82,91,93,94,95,197,198,206,208,209,210,211,216,229,239],[8,11,12,41,77,91,93,94,95,138,197,198,206,208,209,210,211,216,239],[7,8,11,12,77,91,93,94,95,153,197,198,206,208,209,210,211,216,239],[8,11,12,77,91,93,94,95,132,135,138,197,198,206,208,209,210,211,216,239],[8,11,12,52,77,91,93,94,95,132,156,179,197,198,202,206,208,209,210,211,216,239],[8,11,12,14,55,77,91,93,94,95,197,198,206,208,209,210,211,216,239],[5,8,11,12,77,91,93,94,95,197,198,206,208,209,210,211,216,239],[11,12,63,77,91,93,94,95,216],[8,11,12,77,91,93,94,95,197,198,206,210,211,216,239],[11,12,35,77,91,93,94,95,216],[11,12,36,37,39,42,43,77,91,93,94,95,216],[11,12,50,51,53,77,91,93,94,95,216],[11,12,48,49,72,77,91,93,94,95,216],[11,12,49,77,91,93,94,95,216],[11,12,49,73,75,77,91,93,94,95,216],[11,12,54,56,58,72,77,91,93,94,95,149,213,216],[11,12,57,77,91,93,94,95,155,216],[11,12,72,77,91,93,94,95,213,216],[11,12,73,75,77,81,91,93,94,95,151,216,230],[11,12,75,77,91,93,94,95,216],[11,12,77,80,86,91,93,94,95,213,216,230],[11,12,77,91,93,94,95,150,216],[11,12,77,91,93,94,95,151,216],[11,12,77,91,93,94,95,154,216],[11,12,77,91,93,94,95,213,216],[11,12,77,91,93,94,95,216,230]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,5,6,0,0,7,0,8,9,0,10,10,10,10,10,10,10,10,10,10,0,0,0,11,12,0,13,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,33,0,0,34,35,0,14,15,16,17,18,19,20,20,21,22,20,20,23,24,25,26,20,27,28,29,30,31,21,32,20,20,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,36],[9679,37],[9135,38],[215,39],[10095,40],[10003,41],[8595,42],[10008,43],[9472,44],[10007,45],[10004,46],[8730,47],[10006,48],[8505,49],[9762,0],[9888,0],[8617,0],[8226,50],[10060,51],[9654,52],[65123,52]],"plainDefault":0,"spaced":[53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,55,53,53,56,53,53,53,57,53,58,59,53,60,60,60,60,60,60,60,60,60,60,53,53,53,61,53,53,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,79,80,53,62,63,64,65,66,67,68,63,69,70,63,63,63,71,72,73,63,74,75,76,77,78,69,63,63,63,53,53,53,53,53],"spacedOther":[[160,53],[5760,53],[8192,53],[8193,53],[8194,53],[8195,53],[8196,53],[8197,53],[8198,53],[8199,53],[8200,53],[8201,53],[8202,53],[8232,53],[8233,53],[8239,53],[8287,53],[12288,53],[65279,53],[9676,81],[9679,82],[9135,83],[215,84],[10095,85],[10003,86],[8595,85],[10008,87],[9472,88],[10007,89],[10004,90],[8730,91],[10006,92],[8505,53],[9762,93],[9888,93],[8617,94],[8226,95],[10060,96],[9654,97],[65123,97]],"spacedDefault":53,"blank":53}}},"markers":{"key":"\\n/^FAIL (?<name>[^\\\\n]{0,400}? \\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])\\\\s*$/\\n/^BORK (?<name>[^\\\\n]{0,400}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\])/\\n/^(?:PASS|SKIP|XFAIL) [^\\\\n]{0,500}\\\\[[^\\\\]\\\\n]{1,300}\\\\.phpt\\\\]/\\n/^FAILED TEST SUMMARY$/\\n/^Tests failed\\\\s{0,20}:|^TEST RESULT SUMMARY$/\\n/^=== FAIL: (?<name>\\\\S{1,300}) {2}\\\\([\\\\d.]{1,12}s\\\\)$|^=== (?<name2>Errors)$/\\n/^=== FAIL: (?<name>\\\\S{1,300} \\\\S[^\\\\n]{0,500}?) \\\\([\\\\d.]{1,12}s\\\\)$/\\n/^DONE \\\\d{1,7} tests?\\\\b/\\n/^_{1,80} (?:ERROR|FAILURE) (?:at (?:setup|teardown) of|collecting) (?<name>\\\\S[^\\\\n]{0,400}?) _{1,80}$/\\n/^_{1,80} (?<name>[\\\\w.[\\\\]:/-][^\\\\n]{0,400}?) _{1,80}$/\\n/^(?:FAILED|ERROR) (?<path>[^\\\\s:]{1,300})::(?<name>[^\\\\s]{1,400}?)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^ERROR (?<name>[^\\\\s:]{1,300}\\\\.py)(?: - (?<reason>[^\\\\n]{0,2000}))?$/\\n/^={3,} PASSES ={3,}$/\\n/^={3,}(?: (?!(?:RUN|CONT|PAUSE|NAME)\\\\b)|$)/\\n/^(?:ERROR|FAIL): (?<name>[\\\\w.]{1,300} \\\\([\\\\w.]+\\\\)[^\\\\n]{0,200})$/\\n/^(?:ERROR|FAIL): (?<name>(?:Failure: |setUpClass |setUpModule |tearDownClass )[^\\\\n]{0,300})$/\\n/^Ran \\\\d+ tests? in /\\n/^FAILED \\\\([^)\\\\n]{0,100}?(?<name>unexpected successes=\\\\d{1,6})/\\n/^\\\\s*\u25CC (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\u25CF [^\\\\n]{1,500}? \u203A [\\\\d.]{1,20} ?ms$/\\n/^\\\\s{0,6}\u25CF Console\\\\s*$|^\\\\s{0,6}console\\\\.(?:log|info|warn|error|debug|trace)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?:Validation|Deprecation) Warning:\\\\s*$/\\n/^Test Suites: /\\n/^ ?(?:PASS|FAIL) {1,2}(?![^\\\\n]{0,600}(?: > | \\\\[ ))(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\(\\\\d[\\\\d.]{0,12} m?s(?:, [^)]{0,80})?\\\\))?\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>Test suite failed to run)\\\\s*$/\\n/^\\\\s{0,6}\u25CF (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S[^\\\\n]{0,500}? > [^\\\\n]{1,500})$/\\n/^\\\\s{0,2}FAIL\\\\s{1,3}(?<name>\\\\S{1,500}\\\\.[cm]?[jt]sx? \\\\[[^\\\\n]{1,300}\\\\])$|^\u23AF{3,} (?<name2>Unhandled (?:Errors?|Rejection)) \u23AF{3,}$/\\n/^(?:stdout|stderr) \\\\| (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{3,8}\xD7 \\\\S[^\\\\n]{0,500}? \\\\d+ ?ms$/\\n/^\\\\s{0,2}[\u276F\u2713\xD7\u2193] \\\\S[^\\\\n]{0,500}? \\\\(\\\\d{1,6} tests?[| \\\\w]{0,80}\\\\)(?: \\\\d{1,7} ?ms)?$/\\n/^\\\\s*\u23AF{3,} Failed Suites (?<count>\\\\d{1,6}) \u23AF{3,}\\\\s*$/\\n/^\\\\s*\u23AF{3,} Failed Tests \\\\d{1,6} \u23AF{3,}\\\\s*$|^\\\\s*Test Files\\\\s/\\n/^\\\\s*\u23AF{3,}/\\n/^\\\\s{0,4}\u2718 \\\\[fail\\\\]: (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s{0,4}(?:Uncaught exception|Unhandled rejection) in (?<name>\\\\S[^\\\\n]{0,300})$/\\n/^\\\\s{0,4}\u2718 (?<name>\\\\S[^\\\\n]{0,300}?) exited with a non-zero exit code: \\\\d{1,4}$/\\n/^\\\\s{0,4}\u2500$/\\n/^\\\\s{0,4}\u2718 \\\\d{1,6} tests? remaining in \\\\S/\\n/^\\\\s{0,4}\\\\d{1,6} (?:tests?|hooks?|known failures?|uncaught exceptions?|unhandled rejections?) (?:failed|passed|skipped|todo)$/\\n/^\\\\(fail\\\\) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^# (?<name>Unhandled error between tests)$/\\n/^\\\\((?:pass|skip|todo)\\\\) \\\\S/\\n/^\\\\s{0,8}\\\\^ this test timed out after \\\\d{1,9} ?ms\\\\.?$/\\n/^ \\\\d{1,6} (?:pass|fail|skip|todo|snapshots?|expect\\\\(\\\\) calls)\\\\b|^Ran \\\\d{1,6} tests? across \\\\d{1,6} files?\\\\./\\n/^\\\\d{1,6} specs?, \\\\d{1,6} failures?(?:, \\\\d{1,6} pending specs?)?$|^Finished in [\\\\d.]{1,12} seconds?$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>(?:test|doctest|property) [^\\\\n]{1,500}? \\\\([A-Z][\\\\w.]{0,200}\\\\))$/\\n/^\\\\s{2}(?<key>\\\\d{1,5})\\\\) (?<name>[A-Z][\\\\w.]{0,200}: failure on setup_all callback[^\\\\n]{0,200})$/\\n/^Finished in [\\\\d.]+ seconds?/\\n/^\\\\s{0,4}\\\\d{1,5}\\\\) (?<name>(?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A [^\\\\n]{1,500}?) \u2500{3,}\\\\s*$/\\n/^\\\\s{0,4}(?:\u2718|\xD7|\u2717)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}(?:\u2713|\u2714|-)\\\\s{1,3}\\\\d{1,6} (?:\\\\[[^\\\\]\\\\n]{1,100}\\\\] \u203A )?\\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6} \u203A /\\n/^\\\\s{0,4}\\\\d{1,6} (?:failed|flaky|passed|skipped|did not run|interrupted)(?: \\\\([\\\\d.]{1,12}m?s\\\\))?$/\\n/^\\\\s*(?:\u2713|\u2714|\u221A) \\\\S/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>[^\\\\n]{0,300}\\"(?:before all|after all|before each|after each)\\" hook[^\\\\n]{0,300})$/\\n/^\\\\s{1,8}(?:\\\\S[^\\\\n]{0,500}?: {1,8})?(?<key>\\\\d{1,5})\\\\) (?!(?:Error|Failure):$)(?<name>\\\\S[^\\\\n]{0,500})$/\\n/^\\\\s*\\\\d+ failing$/\\n/^\\\\s*\\\\d+ (?:passing|pending)\\\\b/\\n/^\\\\s*\u2716 failing tests:$/\\n/^\\\\s*\u2714 |^\\\\s*ok \\\\d+ - /\\n/^\u2139 (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) \\\\d|^# (?:tests|pass|fail|suites) \\\\d|^ {2}\\\\.\\\\.\\\\.$/\\n/^\\\\s*\u2716 (?!ERROR: )(?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\([\\\\d.]+m?s\\\\))?$/\\n/^\\\\s*not ok \\\\d+(?: -)? (?<name>[^\\\\n#]{1,500}?)(?: # [^\\\\n]{0,200})?$/\\n/^\\\\s{0,2}ERRORS\\\\s{0,2}$/\\n/^\\\\s{0,2}FAILURES\\\\s{0,2}$|^(?:FAILED|ok) \\\\| \\\\d{1,6} passed\\\\b/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. FAILED(?: \\\\(due to [^()\\\\n]{1,200}\\\\))? \\\\([\\\\d.]{1,12} ?[m\xB5n]?s\\\\)$/\\n/^Uncaught error from \\\\S{1,300} FAILED$/\\n/^\\\\s{0,40}\\\\S[^\\\\n]{0,500}? \\\\.\\\\.\\\\. (?:ok|ignored) \\\\([\\\\d.]{1,12} ?(?:[m\xB5n]?s)\\\\)$/\\n/^(?<name>\\\\S{1,300}) \\\\(uncaught error\\\\)$/\\n/^(?<name>\\\\S[^\\\\n]{0,500}?) => (?:\\\\.{1,2}\\\\/|file:\\\\/\\\\/\\\\/?|\\\\/)\\\\S{0,300}?:\\\\d{1,6}:\\\\d{1,6}$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}?: (?:Setup|Teardown|Each setup|Each teardown) hook)$/\\n/^\u276F (?<name>\\\\S[^\\\\n]{0,300}? \\\\/ [^\\\\n]{1,300}?)$/\\n/^\\\\[\\\\d{1,6}\\\\/\\\\d{1,6}\\\\]\u2500|^\\\\s?FAILED\\\\s?$|^Tests\\\\s{1,4}\\\\d{1,6} (?:passed|failed)\\\\b/\\n/^(?:FAIL|PANIC|FIXTURE-PANIC|FAIL EXPECTED): (?<name>\\\\S{1,300}\\\\.go:\\\\d{1,6}: [\\\\w.]{1,300})$/\\n/^OOPS: \\\\d{1,6} passed/\\n/^=== (?:RUN|CONT|NAME)\\\\s+(?<name>\\\\S{1,500})/\\n/^\\\\s*--- FAIL: (?<name>\\\\S{1,500})/\\n/^\\\\s*--- (?:PASS|SKIP): (?<name>\\\\S{1,500})/\\n/^ok {1,3}\\\\t?(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)\\\\s/\\n/^FAIL\\\\s{1,3}(?<name>[\\\\w.-]{1,200}(?:\\\\/\\\\S{1,300})?)(?:\\\\s|$)/\\n/^FAIL$|^PASS$/\\n/^Failures \\\\(\\\\d{1,6}\\\\):$/\\n/^ {2}(?<name>JUnit (?:Jupiter|Vintage|Platform Suite):[^\\\\n]{1,500})$/\\n/^Test run finished after \\\\d{1,9} ms$|^\\\\[\\\\s{1,20}\\\\d{1,6} (?:containers|tests) (?:found|skipped|started|aborted|successful|failed)\\\\s{0,20}\\\\]$/\\n/^There (?:was 1 failure|were \\\\d{1,6} failures):$/\\n/^(?<key>\\\\d{1,5})\\\\) (?<name>[\\\\w$]{1,300}\\\\([\\\\w.$]{1,300}\\\\)|[a-z][\\\\w$]{0,100}\\\\.[\\\\w$.]{1,300})$/\\n/^FAILURES!!!$|^OK \\\\(\\\\d{1,6} tests?\\\\)$|^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: \\\\d{1,6}$/\\n/^\\\\[ERROR\\\\] (?<name>\\\\S[^\\\\n]{0,400}?)(?: --)?\\\\s+Time elapsed: [^\\\\n]{0,60}<<< (?:FAILURE|ERROR)!$/\\n/^\\\\[INFO\\\\]|^\\\\[ERROR\\\\] (?:Tests run:|Failures:|Errors:|Failed to execute|Please refer|-> \\\\[Help)|^\\\\[WARNING\\\\] Tests run:/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) STANDARD_(?:OUT|ERROR)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) (?:PASSED|SKIPPED)$/\\n/^(?<name>[\\\\w.$]{1,300} > [^\\\\n]{1,400}) FAILED$/\\n/^\\\\d+ tests? completed|^> Task |^FAILURE: |^BUILD (?:FAILED|SUCCESSFUL)/\\n/^---- (?<name>\\\\S{1,500}) stdout ----$/\\n/^--- STD(?:OUT|ERR):\\\\s+(?<name>\\\\S[^\\\\n]{0,500}?) ---$/\\n/^\\\\s+(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \\\\[\\\\s*[\\\\d.]+s\\\\] (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^failures:$|^test result: |^\\\\s+Summary \\\\[/\\n/^\\\\s*Failed (?<name>\\\\S[^\\\\n]{0,400}?) \\\\[[^\\\\]\\\\n]{1,20}\\\\]$|^\\\\[xUnit\\\\.net [\\\\d:.]+\\\\]\\\\s+(?<name2>\\\\S[^\\\\n]{0,400}?) \\\\[FAIL\\\\]$/\\n/^\\\\s*(?:Passed|Skipped) \\\\S|^(?:Failed|Passed)!\\\\s+-|^Total tests:|^Test Run (?:Failed|Successful)/\\n/^There (?:was|were) \\\\d{1,6} (?:errors?|failures?):$/\\n/^\\\\d{1,6}\\\\) (?<name>[\\\\w\\\\\\\\]{1,300}::\\\\w{1,300}(?: with data set [^\\\\n]{1,300})?)$/\\n/^There (?:was|were) \\\\d{1,6} (?:skipped tests?|incomplete tests?):$/\\n/^There (?:was|were) \\\\d{1,6} (?:warnings?|risky tests?):$/\\n/^(?:FAILURES|ERRORS)!$|^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}|^OK \\\\(\\\\d{1,9} tests?/\\n/^\\\\s{1,8}\u2718 (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}(?:\u2622|\u26A0) (?<name>\\\\S[^\\\\n]{0,500}?)(?: \\\\[[\\\\d.]{1,12} ?m?s\\\\])?$/\\n/^\\\\s{1,8}[\u2714\u21A9] \\\\S/\\n/^(?<name>[A-Z][\\\\w ]{0,300} \\\\([A-Za-z_][\\\\w\\\\\\\\]{0,600}\\\\\\\\\\\\w{1,200}\\\\))\\\\s*$/\\n/^\\\\s{0,4}(?:FAILED|ERROR|RISKY|WARN|INCOMPLETE|DEPRECATED|NOTICE)\\\\s{1,4}(?<name>\\\\S[^\\\\n>]{0,300} > [^\\\\n]{1,500}?)(?:\\\\s{2,}[A-Z]\\\\w{0,100})?\\\\s*$/\\n/^\\\\s{0,4}\u2022 (?<name>[\\\\w\\\\\\\\]{1,300} > [^\\\\n]{1,500}?)\\\\s*$/\\n/^\\\\s{0,4}\u2500{20,}\\\\s*$|^\\\\s{0,4}Tests:\\\\s{2,10}\\\\d{1,6} (?:deprecated|failed|warnings?|risky|incomplete|notices?|todos?|skipped|passed|pending)\\\\b/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Failure):$/\\n/^\\\\s{0,4}(?<key>\\\\d{1,5})\\\\) (?<name>Error):$/\\n/^Error:$/\\n/^\\\\d+ runs, \\\\d+ assertions, /\\n/^Failure: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\))(?::|$| \\\\[)/\\n/^Error: (?<name>\\\\w[^\\\\n(]{0,300}\\\\([\\\\w:]{1,200}\\\\)): (?<reason>\\\\S[^\\\\n]{0,2000})$/\\n/^={40,}$|^\\\\d+ tests, \\\\d+ assertions, /\\n/^An error occurred (?:while loading (?<name>\\\\S{1,300})|(?<name2>in an? \`(?:before|after)\\\\(:(?:suite|context|all)\\\\)\` hook))/\\n/^\\\\s{1,12}Got \\\\d{1,6} failures? and \\\\d{1,6} other errors?:$/\\n/^Pending: /\\n/^Failures:$/\\n/^\\\\s{1,8}(?<key>\\\\d{1,5})\\\\) (?<name>\\\\S[^\\\\n]{0,500})$/\\n/^Finished in |^Failed examples:|^\\\\d+ examples?, /","value":{"lists":[[65,67,68,69],[18,19,20,21,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,46,47,49,50,51,52,53,54,55,56,57,58,59,61,62,63,64,65,67,68,69,72,76,77,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[18,19,20,21,23,24,25,26,27,29,30,31,32,33,34,35,36,37,38,39,43,44,46,47,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,67,68,69,72,76,77,82,95,96,97,98,104,105,106,108,109,110,111,112,119,122],[41,60,65,67,68,69],[65,67,68,69,89,90,91],[40,42,65,67,68,69],[51,65,67,68,69,76,77,93,94],[39,45,49,52,56,57,65,67,68,69,85,89,90,91,92,100,111,112,114,117,123],[5,6,12,13,65,67,68,69,75,117],[65,67,68,69,92],[65,67,68,69,89,90,91,107,118],[1,65,67,68,69,89,90,91,92,107],[65,67,68,69,89,90,91,107],[7,65,67,68,69,89,90,91,107,108],[10,11,14,15,63,65,67,68,69,89,90,91,103,107,108,113,116],[0,3,10,14,15,17,23,26,27,45,48,64,65,67,68,69,72,73,79,80,81,86,89,90,91,92,97,98,103,107,108,115,121,123],[65,67,68,69,89,90,91,107,108],[65,67,68,69,74,86,89,90,91,103,107],[2,23,65,67,68,69,73,80,89,90,91,98,107,120],[16,44,65,67,68,69,89,90,91,107,108],[2,65,67,68,69,89,90,91,98,107],[4,22,32,65,67,68,69,72,83,84,86,89,90,91,98,99,101,102,103,107,110],[35,65,66,67,68,69,89,90,91,107],[2,65,67,68,69,89,90,91,107],[65,67,68,69,72,83,87,88,97],[43,65,67,68,69],[8,9,65,67,68,69,89,90,91],[20,65,67,68,69,89,90,91],[65,67,68,69,89,90,91,96],[62,65,67,68,69,89,90,91],[59,64,65,67,68,69,78,89,90,91],[28,65,67,68,69,89,90,91],[18,65,67,68,69],[19,20,21,24,25,65,67,68,69],[27,31,32,33,65,67,68,69],[30,50,65,67,68,69],[30,65,67,68,69,70,71],[30,51,53,65,67,68,69],[30,65,67,68,69],[34,36,38,50,65,67,68,69],[37,65,67,68,69,110],[50,65,67,68,69],[51,53,59,65,67,68,69],[53,65,67,68,69],[58,61,65,67,68,69],[60,65,67,68,69],[65,67,68,69,109],[55,65,67,68,69],[55,60,65,67,68,69],[51,55,65,67,68,69,76,77],[39,44,46,47,49,52,54,55,56,57,65,67,68,69,111,112,122],[55,65,67,68,69,108],[55,63,65,67,68,69,108],[23,26,27,55,64,65,67,68,69,72,95,97,98,108],[55,65,67,68,69,119],[55,65,67,68,69,82],[23,55,65,67,68,69,98],[44,55,65,67,68,69,108],[55,65,67,68,69,95,96,98],[32,55,65,67,68,69,72,95,98,110],[35,55,65,67,68,69],[55,65,67,68,69,72,97],[43,55,65,67,68,69],[20,55,65,67,68,69],[55,65,67,68,69,96],[55,62,65,67,68,69],[55,59,64,65,67,68,69],[18,55,65,67,68,69],[19,20,21,24,25,55,65,67,68,69],[27,31,32,33,55,65,67,68,69],[29,30,50,55,65,67,68,69],[30,55,65,67,68,69],[30,51,53,55,65,67,68,69],[34,36,38,50,55,65,67,68,69,104],[37,55,65,67,68,69,110],[50,55,65,67,68,69],[51,53,55,59,65,67,68,69,106],[53,55,65,67,68,69],[55,58,61,65,67,68,69],[55,65,67,68,69,105],[55,65,67,68,69,106],[55,65,67,68,69,109]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,4,0,0,0,5,0,0,0,0,6,4,0,7,7,7,7,7,7,7,7,7,7,0,0,0,8,9,0,0,10,11,12,13,14,15,12,12,16,12,12,12,12,16,17,18,12,19,20,21,22,12,16,23,12,12,24,0,0,25,26,0,4,4,27,4,4,28,4,4,4,4,4,4,4,29,30,4,4,4,31,28,4,4,4,4,4,4,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[9676,32],[9679,33],[9135,34],[215,35],[10095,36],[10003,37],[8595,38],[10008,39],[9472,40],[10007,41],[10004,42],[8730,43],[10006,44],[8505,45],[9762,0],[9888,0],[8617,0],[8226,46]],"plainDefault":0,"spaced":[47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,47,48,47,47,47,47,47,47,47,47,47,49,48,47,50,50,50,50,50,50,50,50,50,50,47,47,47,47,47,47,47,47,47,47,51,52,53,54,47,51,55,47,47,47,51,47,56,47,57,58,59,60,47,51,47,47,47,61,47,47,62,47,47,47,47,63,47,47,64,47,47,47,47,47,47,47,65,66,47,47,47,47,64,47,47,47,47,47,47,47,47,47,47,47],"spacedOther":[[160,47],[5760,47],[8192,47],[8193,47],[8194,47],[8195,47],[8196,47],[8197,47],[8198,47],[8199,47],[8200,47],[8201,47],[8202,47],[8232,47],[8233,47],[8239,47],[8287,47],[12288,47],[65279,47],[9676,67],[9679,68],[9135,69],[215,70],[10095,71],[10003,72],[8595,71],[10008,73],[9472,74],[10007,75],[10004,76],[8730,77],[10006,78],[8505,48],[9762,79],[9888,79],[8617,80],[8226,81]],"spacedDefault":47,"blank":47}},"reported":{"key":"\\n/^Tests (?:failed|borked)\\\\s{0,20}:\\\\s{0,20}(\\\\d{1,6})/\\n/^DONE \\\\d{1,7} tests?(?:, \\\\d{1,7} skipped)?, (\\\\d{1,7}) failures?/\\n/^=+ (?:[^\\\\n]{0,200}?, )??(?:(\\\\d{1,6}) failed\\\\b(?:, [^\\\\n]{0,200}?\\\\b(\\\\d{1,6}) errors?\\\\b)?|(\\\\d{1,6}) errors?\\\\b)/\\n/^FAILED \\\\((?:failures=(\\\\d{1,6})(?:, errors=(\\\\d{1,6}))?|errors=(\\\\d{1,6}))/\\n/^Tests:\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s*Tests\\\\s+(\\\\d{1,6}) failed\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) tests? failed$/\\n/^ (\\\\d{1,6}) fail$/\\n/^\\\\d{1,6} specs?, (\\\\d{1,6}) failures?/\\n/^\\\\d{1,6} (?:tests?|doctests?|propert(?:y|ies))[^\\\\n]{0,200}?, (\\\\d{1,6}) failures?\\\\b/\\n/^\\\\s{0,4}(\\\\d{1,6}) failed$/\\n/^\\\\s*(\\\\d{1,6}) failing$/\\n/^\u2139 fail (\\\\d{1,6})$|^# fail (\\\\d{1,6})$/\\n/^FAILED \\\\| \\\\d{1,6} passed(?: \\\\(\\\\d{1,6} steps?\\\\))? \\\\| (\\\\d{1,6}) failed/\\n/^Tests\\\\s{1,4}(?:\\\\d{1,6} passed, )?(\\\\d{1,6}) failed/\\n/^OOPS: \\\\d{1,6} passed, (\\\\d{1,6}) FAILED/\\n/^\\\\[\\\\s{1,20}(\\\\d{1,6}) tests failed\\\\s{0,20}\\\\]$/\\n/^Tests run: \\\\d{1,6},\\\\s{1,3}Failures: (\\\\d{1,6})$/\\n/^\\\\[(?:ERROR|WARNING)\\\\] Tests run: \\\\d+, Failures: (\\\\d+)(?:, Errors: (\\\\d+))?/\\n/^\\\\d+ tests? completed, (\\\\d+) failed/\\n/^test result: FAILED\\\\. \\\\d+ passed; (\\\\d{1,6}) failed/\\n/^Failed!\\\\s+-\\\\s+Failed:\\\\s+(\\\\d{1,6})/\\n/^Tests: \\\\d{1,9}, Assertions: \\\\d{1,9}, (?:Errors: (\\\\d{1,6})(?:, Failures: (\\\\d{1,6}))?|Failures: (\\\\d{1,6}))/\\n/^\\\\s{0,4}Tests:\\\\s{2,10}(?:[^\\\\n]{0,200}?, )?(\\\\d{1,6}) failed\\\\b/\\n/^\\\\d+ runs, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ tests, \\\\d+ assertions, (\\\\d{1,6}) failures(?:, (\\\\d{1,6}) errors)?/\\n/^\\\\d+ examples?, (\\\\d{1,6}) failures?/","value":{"lists":[[],[5,6,10,11,23],[5,6,7,10,11,23],[12],[6,8,9,10,11,19,24,25,26],[2],[1],[3,13,21],[15],[0,4,5,14,17,22,23],[16,18],[20],[6,7,10,11],[5,23]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,3,0,0,0,0,0,0,0,0,0,0,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,5,0,0,0,0,0,0,6,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,9,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11,0,0,0,0,0,0,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1],[8505,3]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0],[8505,0]],"spacedDefault":0,"blank":0}},"signs":{"key":"\\n/^(?:E\\\\s{1,8})?Traceback \\\\(most recent call last\\\\):\\\\s*$/\\n/^\\\\s{1,12}at \\\\S/\\n/^thread '[^']{1,300}'(?: \\\\(\\\\d{1,10}\\\\))? panicked at \\\\S{1,300}:\\\\d{1,6}:\\\\d{1,6}:$/\\n/^\\\\s*Caused by: |^\\\\s*---> [\\\\w.]{1,200}(?:Exception|Error)|^\\\\s*--- End of inner exception stack trace ---/\\n/^The above exception was the direct cause of the following exception:/\\n/^During handling of the above exception, another exception occurred:/\\n/^\\\\$ npm (?:i|install|add) |^\\\\$ yarn add |^\\\\$ pnpm (?:i|install|add) |^\\\\$ pip3? install |^\\\\$ gem install |^\\\\$ bundle install|^\\\\$ go get |^\\\\+ npm (?:i|install) |^\\\\s*\\\\w{1,80}ClientProviderStrategy: failed with exception (?![^\\\\n]{0,400}(?:is too old|API version))|^error: test failed, to rerun pass |^npm ERR! |^npm error |^error Command failed with exit code|^make(?:\\\\[\\\\d+\\\\])?: \\\\*\\\\*\\\\* |^##\\\\[error\\\\]Process completed|^Error: Process completed with exit code|^ELIFECYCLE|^FAILED \\\\((?:failures|errors)=|^\\\\[ERROR\\\\] (?:Failed to execute goal|There are test failures|To see the full stack trace|Re-run Maven|For more information)|^Execution failed for task|^> There were failing tests|^error: could not compile .{0,200} due to \\\\d+ previous error|^FAIL\\\\s*$/\\n/^\\\\d{3}[+-] /\\n/^\\\\s*(?:error: '(?:test failed|\\\\d+ subtests? failed)'|failureType: '\\\\w+'|code: 'ERR_TEST_FAILURE')\\\\s*$/\\n/^error: Test failed$/\\n/^rspec \\\\S{1,300}(?::\\\\d{1,6}|\\\\[[\\\\d:,]{1,100}\\\\]) # |\\\\(FAILED - \\\\d{1,6}\\\\)\\\\s*$/\\n/^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:BeanCreationException|UnsatisfiedDependencyException|ApplicationContextException|SQLNonTransientConnectionException|CommunicationsException|KafkaException|ConnectException|ContainerLaunchException|JedisConnectionException|RedisConnectionException|MongoTimeoutException|PoolInitializationException|DataAccessResourceFailureException|CannotGetJdbcConnectionException|[\\\\w$]{0,60}Connect(?:ion)?\\\\w{0,60}Exception) at [\\\\w$.]{1,200}:-?\\\\d+\\\\s*$|^\\\\s+(?:Caused by: )?[\\\\w$.]{0,200}\\\\.(?:IllegalStateException|ExecutionException|CompletionException|TimeoutException|UncheckedIOException|SQLException|PSQLException|FlywaySqlException) at (?:DockerClientProviderStrategy|DefaultCacheAwareContextLoaderDelegate|DriverManager|GenericContainer|KafkaProducer|KafkaConsumer|ConnectionFactoryImpl|HikariPool|PoolBase|JedisFactory|JedisPool|RedisClient|MongoClientImpl|BaseCluster|AbstractJdbc\\\\w{0,40}|HikariDataSource|DriverDataSource|JdbcUtils|DataSourceUtils|DockerClientFactory|TestcontainersExtension|SpringExtension)\\\\.java:-?\\\\d+\\\\s*$/","value":{"lists":[[10],[1,3,6,8,10,11],[6,10],[3,10],[6,7,10],[3,6,10],[5,6,10],[0,6,10],[0,4,6,10],[6,8,10],[6,8,9,10],[2,6,10],[6,10,11],[10,11],[3,6,10,11],[1,6,10,11],[6,8,10,11]],"plain":[0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,2,2,0,0,0,0,0,0,2,0,3,0,0,4,4,4,4,4,4,4,4,4,4,0,0,0,0,2,0,0,2,2,5,6,7,2,2,2,2,2,2,2,2,2,2,2,2,2,2,8,2,2,2,2,2,2,2,0,0,0,2,0,2,2,9,2,10,9,2,2,2,2,2,2,2,2,2,2,2,2,2,11,2,2,2,2,2,2,0,0,0,0,0],"plainOther":[[160,1],[5760,1],[8192,1],[8193,1],[8194,1],[8195,1],[8196,1],[8197,1],[8198,1],[8199,1],[8200,1],[8201,1],[8202,1],[8232,1],[8233,1],[8239,1],[8287,1],[12288,1],[65279,1]],"plainDefault":0,"spaced":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,12,0,0,0,0,0,0,2,0,3,13,0,12,12,12,12,12,12,12,12,12,12,0,0,0,0,2,0,0,12,12,14,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,2,0,0,0,12,0,15,12,16,12,16,16,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,0,0,0,0,0],"spacedOther":[[160,0],[5760,0],[8192,0],[8193,0],[8194,0],[8195,0],[8196,0],[8197,0],[8198,0],[8199,0],[8200,0],[8201,0],[8202,0],[8232,0],[8233,0],[8239,0],[8287,0],[12288,0],[65279,0]],"spacedDefault":0,"blank":0}}}`;

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
var ASSERTION_CONTEXT = /AssertionError|AssertionFailedError|\bassert(?:Equals?|That|Raises|Throws)?\b|\bexpect\(|\bExpected(?: \w+)?:|\bReceived(?: \w+)?:|(?<!\b(?:seems?|appears?) )\bto (?:equal|match|include|contain|throw|be)\b(?! up to date\b)|\bshould (?:equal|be|match|include|contain|raise)\b|\bbut was\b|pytest\.raises|Assert\.\w+\(/;
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
